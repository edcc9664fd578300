"""The twenty-seventh wording pool and the printing habits of the twenty-third extra pair.

``CHAT_ASK`` (the assistant's questions), ``CHAT_SAY`` (the citizen's answer sentences),
``CHAT_NO``, ``CHAT_FIX`` (corrections), ``CHAT_HINTS``, ``CHAT_OPEN``, ``CHAT_TITLES``,
``CHAT_WORDS`` (header, system lines, summary and closing), ``SUM_LABELS`` (the assistant's
summary) and ``CARD_LABELS`` / ``CARD_HEADS`` (the delivered certificate's preview card) belong to
the ``chat`` layout; ``DIALOG_LABELS`` (field labels of a desktop application), ``DIALOG_GROUPS``
(group box captions), ``DIALOG_TABS``, ``DIALOG_COLS`` (grid column headers), ``DIALOG_TITLES``
and ``DIALOG_WORDS`` (menus, buttons, status bar, message boxes, hardcopy lines) to the
``dialog`` layout. Both are used only by the layouts in ``EXTRA23_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra23``, nor tune on those layouts' failures. None of the strings
repeats a string of the twenty-six other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this), except where
German has only one usual word (``SHARED_WORDS``).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording
from samples.wording_extra4 import WEEKDAYS

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "Postleitzahl"})

# --- chat: the assistant's questions -------------------------------------------------------------

# keyed by what is asked: a field key, or a key for several values in one answer
CHAT_ASK: Final[dict[str, tuple[str, ...]]] = {
    "full_name": (
        "Wie lautet Ihr vollständiger Name, also alle Vornamen und der Nachname?",
        "Verraten Sie mir bitte Ihren Vor- und Familiennamen?",
        "Mit wem habe ich das Vergnügen? Bitte Vorname(n) und Nachname.",
    ),
    "name_two": (
        "Bitte schreiben Sie mir Ihren Nachnamen und danach, mit Komma getrennt, alle Vornamen.",
        "Wie heißen Sie? Am liebsten in der Form „Nachname, Vornamen“.",
    ),
    "family_name": (
        "Wie lautet denn Ihr Nachname?",
        "Zuerst bräuchte ich Ihren jetzigen Familiennamen.",
        "Fangen wir mit dem Nachnamen an – wie heißen Sie mit Nachnamen?",
    ),
    "given_names": (
        "Und Ihre Vornamen? Bitte alle, nicht nur den Rufnamen.",
        "Welche Vornamen stehen in Ihrem Ausweis?",
        "Jetzt noch Ihr Vorname bzw. Ihre Vornamen, bitte.",
    ),
    "birth_name": (
        "Hatten Sie bei Ihrer Geburt einen anderen Nachnamen als heute?",
        "Gibt es einen Geburtsnamen, der vom heutigen Namen abweicht?",
    ),
    "birth": (
        "Wann und wo sind Sie geboren?",
        "Nennen Sie mir bitte Ihren Geburtstag samt Jahr und den Ort der Geburt.",
        "An welchem Tag und in welchem Ort kamen Sie zur Welt?",
    ),
    "date_of_birth": (
        "Wann haben Sie Geburtstag – mit Jahreszahl, bitte.",
        "Und Ihr Geburtsdatum, bitte?",
        "An welchem Datum sind Sie geboren?",
    ),
    "place_of_birth": (
        "In welchem Ort sind Sie denn geboren?",
        "Und wo war das – in welcher Stadt bzw. welchem Ort?",
        "Wo genau sind Sie zur Welt gekommen?",
    ),
    "sex": (
        "Welcher Geschlechtseintrag steht in Ihren Papieren?",
        "Bitte wählen Sie Ihren Geschlechtseintrag aus.",
        "Welches Geschlecht darf ich eintragen?",
    ),
    "status": (
        "Welcher Geschlechtseintrag und welche Staatsangehörigkeit gelten für Sie?",
        "Noch zwei kurze Punkte: Ihr Geschlecht laut Papieren und Ihre Staatsangehörigkeit?",
    ),
    "nationality": (
        "Welche Staatsangehörigkeit besitzen Sie denn?",
        "Aus welchem Staat stammt Ihr Pass bzw. welche Staatsbürgerschaft haben Sie?",
        "Welcher Nationalität gehören Sie an?",
    ),
    "move_in_date": (
        "Seit wann genau wohnen Sie in der neuen Wohnung?",
        "An welchem Tag sind Sie dort eingezogen?",
        "Wann war der Einzug genau?",
    ),
    "address_line": (
        "Wie lautet die Adresse? Straße, Hausnummer, PLZ und Ort in einer Nachricht genügt.",
        "Bitte schicken Sie mir die komplette Anschrift der Wohnung.",
        "Wo liegt die Wohnung? Gern die ganze Adresse auf einmal.",
    ),
    "street_line": (
        "In welcher Straße liegt die Wohnung, mit Hausnummer?",
        "Straße und Hausnummer der Wohnung, bitte.",
    ),
    "city_line": (
        "Und Postleitzahl und Ort?",
        "Jetzt bitte noch PLZ und Stadt bzw. Gemeinde.",
    ),
    "street": (
        "Wie heißt die Straße? Die Hausnummer frage ich gleich separat.",
        "Zuerst nur der Straßenname, bitte.",
    ),
    "house_number": (
        "Welche Hausnummer hat das Haus?",
        "Und die Hausnummer, gegebenenfalls mit Buchstabe?",
    ),
    "postal_code": (
        "Wie lautet die Postleitzahl dort?",
        "Welche PLZ gehört zu der Adresse?",
    ),
    "city": (
        "In welcher Stadt bzw. Gemeinde liegt die Wohnung?",
        "Und wie heißt der Ort?",
    ),
    "dwelling": (
        "Wird das Ihre Haupt- oder Ihre Nebenwohnung?",
        "Wie nutzen Sie die neue Wohnung – überwiegend oder nur zeitweise?",
    ),
    "previous_address": (
        "Wo haben Sie zuletzt gewohnt? Bitte die alte Adresse.",
        "Wie lautete Ihre vorige Anschrift?",
        "Von welcher Adresse sind Sie umgezogen?",
    ),
    "phone": (
        "Unter welcher Nummer erreichen wir Sie bei Rückfragen? Das ist freiwillig.",
        "Möchten Sie eine Telefonnummer für eventuelle Rückfragen hinterlassen?",
    ),
    "landlord_name": (
        "Wie heißen Sie bzw. Ihre Firma, als Wohnungsgeber?",
        "Wer stellt die Wohnung zur Verfügung? Bitte Name oder Firmenname.",
    ),
    "role": (
        "Sind Sie selbst Eigentümer der Wohnung oder handeln Sie im Auftrag?",
        "In welcher Eigenschaft bestätigen Sie uns den Einzug?",
    ),
    "landlord_address": (
        "Unter welcher Anschrift erreichen wir Sie selbst?",
        "Wie lautet Ihre eigene Postanschrift als Vermieterseite?",
    ),
    "tenant": (
        "Wer ist eingezogen? Bitte alle Personen mit Vor- und Nachnamen.",
        "Welche Personen haben die Wohnung bezogen?",
        "Nennen Sie mir bitte die Namen aller eingezogenen Personen.",
    ),
    "floor": (
        "In welchem Stockwerk liegt die Wohnung?",
        "Auf welcher Etage befindet sich die Wohnung?",
    ),
    "holder_name": (
        "Auf wen soll das Fahrzeug zugelassen werden? Bitte Vor- und Nachname.",
        "Wer wird Halterin bzw. Halter? Ich brauche den vollen Namen.",
    ),
    "vehicle": (
        "Um welches Fahrzeug geht es? Marke und Modell reichen mir.",
        "Was für ein Auto möchten Sie zulassen?",
    ),
    "vin": (
        "Wie lautet die Fahrzeug-Identifizierungsnummer (FIN) des Wagens?",
        "Bitte tippen Sie die FIN aus der Zulassungsbescheinigung ab.",
    ),
    "evb_number": (
        "Haben Sie die eVB-Nummer Ihrer Versicherung zur Hand?",
        "Welche Nummer hat Ihre elektronische Versicherungsbestätigung?",
    ),
    "desired_plate": (
        "Haben Sie ein Wunschkennzeichen reserviert?",
        "Möchten Sie ein bestimmtes Kennzeichen haben?",
    ),
    "account_holder": (
        "Wer ist denn Inhaber des Kontos für die Kfz-Steuer?",
        "Auf wessen Namen läuft das Konto für den Steuereinzug?",
    ),
    "iban": (
        "Und die IBAN dieses Kontos?",
        "Bitte nennen Sie mir die IBAN für die Lastschrift.",
    ),
    "bic": (
        "Kennen Sie auch den BIC der Bank?",
        "Haben Sie den BIC zufällig griffbereit?",
    ),
    "passport": (
        "Wie lautet Ihre Passnummer, und bis wann ist der Pass gültig?",
        "Bitte nennen Sie Passnummer und Ablaufdatum Ihres Passes.",
    ),
    "passport_number": (
        "Welche Nummer hat Ihr Reisepass?",
        "Wie lautet die Seriennummer Ihres Passes?",
    ),
    "passport_expiry_date": (
        "Bis wann ist Ihr Pass noch gültig?",
        "Wann läuft der Pass ab?",
    ),
    "entry_date": (
        "Wann genau sind Sie nach Deutschland eingereist?",
        "Seit welchem Tag halten Sie sich in Deutschland auf?",
    ),
    "purpose": (
        "Aus welchem Grund möchten Sie in Deutschland bleiben?",
        "Wofür beantragen Sie den Aufenthaltstitel?",
    ),
    "cert_kind": (
        "Welche Urkunde darf ich für Sie heraussuchen?",
        "Um welche Urkunde geht es?",
    ),
    "cert_person": (
        "Auf welchen Namen ist die Urkunde ausgestellt? Bitte vollständig.",
        "Wie heißt die Person, um deren Urkunde es geht?",
    ),
    "cert_birth": (
        "Wann und wo wurde diese Person geboren?",
        "Nennen Sie mir bitte Geburtstag und Geburtsort der Person.",
    ),
    "cert_dob": (
        "Und das Geburtsdatum der Person?",
        "An welchem Tag wurde die Person geboren?",
    ),
    "spouse_self": (
        "Wie lautet Ihr eigener Name, so wie er im Eheregister steht?",
        "Ihren vollen Namen bitte, wie bei der Heirat eingetragen.",
    ),
    "spouse_other": (
        "Und wie heißt Ihr Ehepartner bzw. Ihre Ehepartnerin?",
        "Jetzt noch der vollständige Name der anderen Person.",
    ),
    "marriage": (
        "Wann und wo haben Sie geheiratet?",
        "An welchem Tag und in welcher Stadt war die Trauung?",
    ),
    "marriage_date": (
        "An welchem Tag war die Trauung?",
        "Wann haben Sie geheiratet?",
    ),
    "deceased": (
        "Wie hieß die verstorbene Person? Bitte vollständig.",
        "Darf ich den vollständigen Namen der verstorbenen Person erfahren?",
    ),
    "death": (
        "Wann und wo ist die Person verstorben?",
        "Nennen Sie mir bitte Sterbetag und Sterbeort.",
    ),
    "date_of_death": (
        "An welchem Tag ist die Person verstorben?",
        "Wann war der Todestag?",
    ),
    "id_kind": (
        "Welches Dokument möchten Sie hinterlegen?",
        "Um welche Art von Ausweisdokument handelt es sich?",
    ),
    "upload": (
        "Bitte laden Sie ein gut lesbares Foto des Dokuments hoch.",
        "Schicken Sie mir bitte ein Bild der Datenseite bzw. beider Kartenseiten.",
    ),
}

# the citizen's answer sentences; ``{}`` stands for a value (two for two values)
CHAT_SAY: Final[dict[str, tuple[str, ...]]] = {
    "full_name": ("Ich heiße {}.", "Mein voller Name ist {}.", "{} heiße ich."),
    "name_two": ("Also: {}, {}", "Nachname zuerst – {}, {}"),
    "family_name": ("Mein Nachname ist {}.", "{} ist mein jetziger Familienname."),
    "given_names": ("Mit Vornamen heiße ich {}.", "Meine Vornamen sind {}."),
    "birth_name": ("Ja, früher hieß ich {}.", "Geboren wurde ich als {}."),
    "birth": ("Am {} in {} bin ich geboren.", "Geboren bin ich am {} in {}.",
              "Das war der {}, in {}."),
    "date_of_birth": ("Ich bin am {} geboren.", "Mein Geburtstag ist der {}."),
    "place_of_birth": ("Ich bin in {} geboren.", "Geboren wurde ich in {}."),
    "sex": ("Bei mir steht {}.", "Eingetragen ist bei mir {}."),
    "nationality": ("Ich habe die Staatsangehörigkeit {}.", "Meine Nationalität ist {}."),
    "status": ("{}; meine Staatsangehörigkeit ist {}.", "Eingetragen ist {}, und ich bin {}."),
    "move_in_date": ("Eingezogen bin ich am {}.", "Seit dem {} wohne ich dort."),
    "address_line": ("Die neue Adresse ist {}.", "Jetzt wohne ich in der {}."),
    "street_line": ("Das ist die {}.", "Wir wohnen jetzt {}."),
    "city_line": ("{} ist das richtig.", "Das wäre dann {}."),
    "street": ("Die Straße heißt {}, ganz normal.", "{} heißt die Straße."),
    "house_number": ("Das Haus hat die Nummer {}.", "Die Hausnummer ist die {}."),
    "postal_code": ("Die PLZ dort ist {}.", "Postleitzahl wäre {}."),
    "city": ("Das liegt in {}.", "In {}, also mitten in der Stadt."),
    "previous_address": ("Vorher habe ich in der {} gewohnt.", "Bisher wohnte ich {}."),
    "phone": ("Gern, {}.", "Sie erreichen mich unter {}."),
    "landlord_name": ("Das bin ich, {}.", "Wohnungsgeber ist hier {}."),
    "landlord_address": ("Meine eigene Anschrift lautet {}.", "Post bitte an {}."),
    "tenant": ("Eingezogen sind dort {}.", "Das sind {}."),
    "floor": ("Die liegt im {}.", "{}, direkt an der Treppe."),
    "holder_name": ("Auf mich, {}.", "Die Halterin bzw. der Halter ist {}."),
    "vehicle": ("Ein {} {}.", "Es ist ein {} {}, gebraucht gekauft."),
    "vin": ("Die FIN lautet {}.", "Laut Fahrzeugbrief ist es {}."),
    "evb_number": ("Ja, die Nummer ist {}.", "Die eVB-Nummer meiner Versicherung ist {}."),
    "desired_plate": ("Ja, ich habe {} reserviert.", "Gern {}, das ist schon reserviert."),
    "account_holder": ("Das Konto läuft auf {}.", "Kontoinhaberin bzw. Kontoinhaber ist {}."),
    "iban": ("Die IBAN ist {}.", "Hier ist sie: {}"),
    "bic": ("Der BIC lautet {}.", "BIC ist der {}."),
    "passport": ("Passnummer {}, gültig bis {}.", "{}, der Pass gilt bis {}."),
    "passport_number": ("Die Passnummer lautet {}.", "Im Pass steht die Nummer {}."),
    "passport_expiry_date": ("Er gilt bis zum {}.", "Der Pass läuft am {} ab."),
    "entry_date": ("Ich bin am {} eingereist.", "Ins Land gekommen bin ich am {}."),
    "cert_person": ("Die Urkunde lautet auf {}.", "Es geht um die Urkunde von {}."),
    "cert_birth": ("Die Person ist am {} in {} geboren.", "Geboren am {} in {}."),
    "cert_dob": ("Das Geburtsdatum ist der {}.", "Sie ist am {} geboren."),
    "spouse_self": ("Ich heiße {} und stehe so im Register.", "{} – so stehe ich im Register."),
    "spouse_other": ("Mein Partner bzw. meine Partnerin heißt {}.", "Das ist {}, mein Ehegatte."),
    "marriage": ("Wir haben am {} in {} geheiratet.", "Geheiratet wurde am {} in {}."),
    "marriage_date": ("Das war am {}, ein schöner Tag.", "Geheiratet haben wir am {}."),
    "deceased": ("Es geht um meinen Angehörigen {}.", "Verstorben ist {}."),
    "death": ("Die Person ist am {} in {} gestorben.", "Sie ist am {} in {} verstorben."),
    "date_of_death": ("Verstorben ist sie am {}.", "Der Todestag war der {}."),
}

# the citizen's answers when there is nothing to tell
CHAT_NO: Final[dict[str, tuple[str, ...]]] = {
    "birth_name": ("Nein, ich heiße seit meiner Geburt so.", "Nein, keinen anderen."),
    "previous_address": ("Das möchte ich lieber im Bürgerbüro klären.",
                         "Muss ich erst nachschauen, das reiche ich nach."),
    "desired_plate": ("Nein, irgendeins ist mir recht.", "Nein, ist mir egal."),
    "phone": ("Lieber nicht, danke.", "Nein, danke – lieber per Post."),
    "bic": ("Nein, den habe ich gerade nicht zur Hand.", "Keine Ahnung, ehrlich gesagt."),
}

# a corrected answer: the wrong value before, then one of these with the right value
CHAT_FIX: Final = ("ach nein, {}", "Moment, Korrektur: {}", "sorry, vertippt – richtig ist {}",
                   "Nein warte, es ist {}", "Ups, falsch. Gemeint war {}")

# format hints and examples printed under a question
CHAT_HINTS: Final[dict[str, tuple[str, ...]]] = {
    "date": ("Format bitte TT.MM.JJJJ", "bitte mit vierstelligem Jahr", "Tag, Monat und Jahr"),
    "example": ("zum Beispiel {}", "etwa so: {}", "so zum Beispiel: {}"),
    "vin": ("17 Zeichen, zu finden in Feld E", "ohne Leerzeichen, 17 Stellen"),
    "evb_number": ("sieben Zeichen aus Buchstaben und Ziffern", "steht auf der Versicherungsmail"),
    "iban": ("gern mit Leerzeichen in Vierergruppen", "beginnt bei deutschen Konten mit DE"),
    "postal_code": ("fünf Ziffern",),
    "choose": ("Tippen Sie auf eine Antwort oder schreiben Sie frei.",
               "Eine Option auswählen:"),
}

# the citizen's first message per document type
CHAT_OPEN: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Hallo, ich bin umgezogen und möchte mich anmelden.",
                  "Guten Tag, ich muss meinen neuen Wohnsitz melden.",
                  "Ich will meine neue Adresse anmelden, geht das hier?"),
    "wohnungsgeberbestaetigung": ("Ich möchte den Einzug meiner neuen Mieter bestätigen.",
                                  "Hallo, ich brauche die Bestätigung für den Einzug in meine "
                                  "Wohnung."),
    "geburtsurkunde": ("Ich bräuchte eine Kopie meiner Geburtsurkunde.",
                       "Kann ich hier eine Geburtsurkunde anfordern?"),
    "eheurkunde": ("Wir brauchen eine neue Ausfertigung unserer Heiratsurkunde.",
                   "Hallo, ich möchte eine Eheurkunde bestellen."),
    "sterbeurkunde": ("Ich benötige eine Sterbeurkunde für einen Angehörigen.",
                      "Guten Tag, ich brauche die Sterbeurkunde meines Angehörigen."),
    "antrag_zulassung": ("Ich möchte ein Auto zulassen.",
                         "Hallo! Ich habe ein Fahrzeug gekauft und will es anmelden."),
    "aufenthaltstitel_antrag": ("Ich möchte eine Aufenthaltserlaubnis beantragen.",
                                "Guten Tag, mein Visum läuft aus, ich brauche einen "
                                "Aufenthaltstitel."),
    "identity_document": ("Ich soll meinen Ausweis hochladen.",
                          "Hallo, ich möchte mein Ausweisdokument hinterlegen."),
}

# the conversation's topic line in the export header
CHAT_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Thema: Wohnsitz anmelden", "Anliegen – Anmeldung nach Umzug"),
    "wohnungsgeberbestaetigung": ("Thema: Einzug bestätigen (Vermieter)",
                                  "Anliegen – Bestätigung der Vermieterseite"),
    "geburtsurkunde": ("Thema: Geburtsurkunde bestellen", "Anliegen – Urkunde zur Geburt"),
    "eheurkunde": ("Thema: Heiratsurkunde bestellen", "Anliegen – Urkunde zur Eheschließung"),
    "sterbeurkunde": ("Thema: Sterbeurkunde bestellen", "Anliegen – Urkunde zum Sterbefall"),
    "antrag_zulassung": ("Thema: Fahrzeug zulassen", "Anliegen – Zulassung eines Autos"),
    "aufenthaltstitel_antrag": ("Thema: Aufenthaltserlaubnis beantragen",
                                "Anliegen – Titel zum Aufenthalt"),
    "identity_document": ("Thema: Ausweisdokument hinterlegen", "Anliegen – Ausweis hochladen"),
}

CHAT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "service": ("Bürgerassistent {}", "Chat-Service der Stadt {}", "Frag {}! – digitaler "
                "Bürgerservice", "{} direkt – Ihr Rathaus im Chat"),
    "bot_name": ("Assistent Emil", "Rathaus-Lotse", "Stadtbot Ella", "Digitale Auskunft"),
    "user_name": ("Ich (Gast)", "Bürger-Konto", "Sie schreiben"),
    "conv_id": ("Konversations-ID", "Chatverlauf Nr.", "Sitzungskennung"),
    "exported": ("Chat exportiert am", "Verlauf gesichert am", "PDF des Chats erstellt am"),
    "today": ("Heute",),
    "yesterday": ("Gestern",),
    "joined": ("Verbindung zum Assistenten hergestellt", "Sie chatten jetzt mit dem "
               "Bürgerassistenten"),
    "uploaded": ("Datei hochgeladen", "Bild erfolgreich übertragen"),
    "resumed": ("Sitzung fortgesetzt", "Gespräch wieder aufgenommen"),
    "greet": ("Hallo! Ich bin der digitale Assistent Ihrer Stadtverwaltung. Wobei kann ich "
              "helfen?", "Guten Tag! Schreiben Sie mir einfach, worum es geht.",
              "Willkommen im Bürgerchat. Was kann ich heute für Sie tun?"),
    "start": ("Gern, das erledigen wir gemeinsam. Ich stelle Ihnen ein paar Fragen.",
              "Alles klar, dann legen wir los. Es dauert nur wenige Minuten.",
              "Kein Problem! Dafür brauche ich einige Angaben von Ihnen."),
    "thanks": ("Danke sehr!", "Super, notiert.", "Prima, weiter geht es.",
               "Gut, habe ich.", "Vielen Dank dafür."),
    "summary_intro": ("Ich fasse kurz zusammen, was ich notiert habe:",
                      "Das habe ich von Ihnen aufgenommen:",
                      "Hier noch einmal alles im Überblick:"),
    "summary_ask": ("Ist alles korrekt?", "Passt das so?", "Soll ich das so absenden?"),
    "confirm_yes": ("Ja, alles richtig.", "Passt, danke!", "Ja, bitte absenden."),
    "done": ("Vielen Dank! Ihre Angaben sind übermittelt. Ihre Vorgangsnummer lautet {}.",
             "Erledigt. Unter der Nummer {} finden Sie Ihr Anliegen wieder.",
             "Geschafft! Ihr Antrag ist mit der Kennung {} eingegangen."),
    "cert_found": ("Ich habe den Eintrag gefunden. Hier ist Ihre digitale Urkunde:",
                   "Gefunden! Die elektronische Ausfertigung hänge ich Ihnen an:"),
    "cert_done": ("Die Urkunde liegt außerdem in Ihrem Servicekonto-Postfach.",
                  "Ein Papierexemplar schicken wir Ihnen zusätzlich per Post."),
    "id_read": ("Danke! Aus dem Dokument konnte ich Folgendes lesen:",
                "Das Bild ist gut lesbar. Erkannt habe ich:"),
    "id_check": ("Stimmen diese Daten so?", "Ist das richtig erkannt?"),
    "id_done": ("Danke, das Dokument ist hinterlegt.", "Perfekt, damit ist alles vollständig."),
    "placeholder": ("Nachricht eingeben …", "Ihre Antwort hier tippen", "Schreiben Sie uns …"),
    "page": ("Chatprotokoll, Seite {} von {}", "Gesprächsexport {}/{}"),
    "continued": ("Fortsetzung des Chatverlaufs", "weiter im Gespräch"),
    "attachment": ("digitale Ausfertigung, PDF", "elektronische Urkunde (signiert)"),
    "verify": ("Prüfcode der Ausfertigung", "Echtheitscode"),
    "photo": ("Foto vom Dokument", "Bildanhang"),
    "read_mark": ("gelesen", "zugestellt"),
    "seal": ("elektronisch signiert", "qualifiziertes Siegel der Stadt"),
}

# the assistant's summary and an identity document's read data: one label per value
SUM_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "full_name": ("Ihr Name, vollständig", "Name (Ihre Angabe)"),
    "family_name": ("Ihr Familienname", "Nachname (Ihre Angabe)"),
    "given_names": ("Ihre sämtlichen Vornamen", "Vornamen (Ihre Angabe)"),
    "birth_name": ("Ihr Geburtsname laut Chat", "Geburtsname (Ihre Angabe)"),
    "date_of_birth": ("Ihr Tag der Geburt", "Geburtstag (Ihre Angabe)"),
    "place_of_birth": ("Ort Ihrer Geburt", "Geburtsort (Ihre Angabe)"),
    "sex": ("Ihr Eintrag zum Geschlecht", "Geschlecht (Ihre Angabe)"),
    "nationality": ("Ihre Staatsangehörigkeit laut Chat", "Staatsangehörigkeit (Ihre Angabe)"),
    "move_in_date": ("Ihr Einzugstag", "Einzugstag (Ihre Angabe)"),
    "address_line": ("Ihre neue Anschrift", "Adresse (Ihre Angabe)"),
    "street_line": ("Straße mit Hausnummer (Ihre Angabe)", "Ihre Straße samt Nummer"),
    "city_line": ("PLZ mit Ort (Ihre Angabe)", "Ihre PLZ samt Ort"),
    "street": ("Straße allein", "Straße (Ihre Angabe)"),
    "house_number": ("Hausnummer allein", "Hausnummer (Ihre Angabe)"),
    "postal_code": ("Ihre Postleitzahl", "PLZ (Ihre Angabe)"),
    "city": ("Ihre Stadt bzw. Gemeinde", "Ort (Ihre Angabe)"),
    "previous_address": ("Ihre bisherige Adresse", "frühere Adresse (Ihre Angabe)"),
    "dwelling": ("Wohnung genutzt als", "Wohnungsnutzung (Ihre Angabe)"),
    "phone": ("Telefon (freiwillig angegeben)", "Ihre Rückrufnummer"),
    "landlord_name": ("Wohnungsgeberseite (Ihre Angabe)", "Sie als Wohnungsgeber"),
    "role": ("Ihre Eigenschaft (Vermietung)", "Eigentum oder Auftrag"),
    "landlord_address": ("Ihre Anschrift als Wohnungsgeber", "Postanschrift (Ihre Angabe)"),
    "tenant": ("eingezogene Personen (Ihre Angabe)", "Ihre neuen Bewohner"),
    "floor": ("Stockwerk (Ihre Angabe)", "Ihre Etagenangabe"),
    "holder_name": ("Halter/in laut Chat", "Halterseite (Ihre Angabe)"),
    "make": ("Marke (Ihre Angabe)", "Ihr Fahrzeughersteller"),
    "model": ("Modell (Ihre Angabe)", "Ihr Fahrzeugmodell"),
    "vin": ("FIN (Ihre Angabe)", "Ihre Fahrzeug-Ident-Nr."),
    "evb_number": ("eVB (Ihre Angabe)", "Ihre eVB laut Chat"),
    "desired_plate": ("Wunschkennzeichen (Ihre Angabe)", "Ihr Wunschkennzeichen"),
    "account_holder": ("Kontoinhaber/in (Ihre Angabe)", "Ihr Konto lautet auf"),
    "iban": ("IBAN (Ihre Angabe)", "Ihre IBAN"),
    "bic": ("BIC (Ihre Angabe)", "Ihr BIC"),
    "passport_number": ("Passnummer (Ihre Angabe)", "Ihre Passnummer laut Chat"),
    "passport_expiry_date": ("Pass gültig bis (Ihre Angabe)", "Ihr Pass gilt bis"),
    "entry_date": ("Einreise (Ihre Angabe)", "Ihr Einreisetag"),
    "purpose": ("Aufenthaltsgrund (Ihre Angabe)", "Ihr Grund für den Aufenthalt"),
    "doc_kind": ("erkannte Dokumentart", "Dokument (vom Foto gelesen)"),
    "doc_code": ("Kürzel (Lesezone)", "Code (vom Foto gelesen)"),
    "doc_number": ("Dokumentnummer (vom Foto gelesen)", "erkannte Nummer"),
    "issuing_state": ("Ausstellerstaat (erkannt)", "Staat (vom Foto gelesen)"),
    "expiry_date": ("Ablaufdatum (erkannt)", "gültig bis (vom Foto gelesen)"),
    "id_family_name": ("Name (erkannt)", "Nachname (vom Foto gelesen)"),
    "id_given_names": ("Vornamen (erkannt)", "Vornamen (vom Foto gelesen)"),
    "id_date_of_birth": ("Geburtsdatum (erkannt)", "Geburtstag (vom Foto gelesen)"),
    "id_nationality": ("Nationalität (erkannt)", "Staatsangehörigkeit (vom Foto gelesen)"),
    "id_sex": ("Geschlecht (erkannt)", "Geschlecht (vom Foto gelesen)"),
}

# the certificate's preview card (register data)
CARD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname im Eintrag", "Familienname (digitaler Eintrag)"),
    "given_names": ("Vornamen im Eintrag", "Vornamen (digitaler Eintrag)"),
    "sex": ("Geschlecht im Eintrag", "Geschlecht (lt. Eintrag)"),
    "date_of_birth": ("Geburtstag im Eintrag", "Geburtsdatum (digitaler Eintrag)"),
    "place_of_birth": ("Geburtsort im Eintrag", "Geburtsort (digitaler Eintrag)"),
    "birth_time": ("Geburtszeit im Eintrag", "Uhrzeit (lt. Eintrag)"),
    "mother_name": ("Mutter im Eintrag", "Mutter (digitaler Eintrag)"),
    "father_name": ("Vater im Eintrag", "Vater (digitaler Eintrag)"),
    "marriage_date": ("Trauungstag im Eintrag", "Eheschließung am (lt. Eintrag)"),
    "marriage_place": ("Trauungsort im Eintrag", "Eheschließung in (lt. Eintrag)"),
    "date_of_death": ("Sterbetag im Eintrag", "Todestag (digitaler Eintrag)"),
    "place_of_death": ("Sterbeort im Eintrag", "Todesort (lt. Eintrag)"),
    "last_residence": ("letzter Wohnort im Eintrag", "Wohnsitz zuletzt (lt. Eintrag)"),
    "registry_office": ("ausgestellt durch (digital)", "Urkundsstelle (lt. Eintrag)"),
    "register_number": ("Eintragsnummer im Register", "Registernummer (lt. Eintrag)"),
    "issue_date": ("Ausfertigungstag (digital)", "ausgestellt am (lt. Eintrag)"),
}
CARD_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "child": ("Kind laut digitalem Eintrag", "Zum Kind (digitaler Eintrag)"),
    "parents": ("Eltern laut digitalem Eintrag", "Zu den eingetragenen Eltern"),
    "spouse1": ("Ehegatte/Ehegattin eins (digital)", "Erste eingetragene Person"),
    "spouse2": ("Ehegatte/Ehegattin zwei (digital)", "Zweite eingetragene Person"),
    "marriage": ("Trauung laut digitalem Eintrag", "Zur eingetragenen Trauung"),
    "deceased": ("Verstorbene Person laut Eintrag", "Zur eingetragenen Person"),
    "death": ("Todesfall laut digitalem Eintrag", "Zum Sterbefall (digitaler Eintrag)"),
    "register": ("Register laut digitalem Eintrag", "Zur Eintragung selbst"),
}

# --- dialog: a desktop specialist application ----------------------------------------------------

DIALOG_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname derzeit", "Familienname jetzt", "Name der Person (Fam.)"),
    "given_names": ("Vornamen der Person", "Vorname(n) lt. Dokument", "Vornamen (sämtl., Pers.)"),
    "birth_name": ("Geburtsname abweichend", "Name vor Eheschl."),
    "date_of_birth": ("Geburtstag der Person", "geb. am (Datum, Pers.)", "Datum d. Geburt"),
    "place_of_birth": ("Geburtsort der Person", "geb. in (Ort/Staat)", "Ort d. Geburt (Pers.)"),
    "sex": ("Geschl. (Auswahl)", "Geschlecht (Pers., Ausw.)"),
    "nationality": ("Staatsangeh. (Auswahl)", "Staatsangehörigkeit 1"),
    "move_in_date": ("Bezugsdatum Wohnung", "Einzugstag (Whg.)", "bezogen am (Datum)"),
    "street": ("Straße (Whg., ohne Nr.)", "Straßenname (Whg.)"),
    "house_number": ("Hausnr./Zusatz (Whg.)", "Hausnummer/Zusatz (Whg.)"),
    "postal_code": ("Postleitzahl", "PLZ (Whg., 5-st.)"),
    "city": ("Gemeinde (Whg.)", "Gemeindename (Whg.)"),
    "street_no": ("Straße / Hausnr. (Whg.)", "Straße, HNr (Whg.)"),
    "plz_city": ("PLZ / Gemeindename (Whg.)", "PLZ, Ortsname (Whg.)"),
    "street_line": ("Straße u. Hausnr. (Whg.)", "Anschriftzeile 1 (Whg.)"),
    "city_line": ("PLZ u. Gemeinde (Whg.)", "Anschriftzeile 2 (Whg.)"),
    "address_line": ("Anschrift einzeilig (Whg.)", "Adresse gesamt (Whg.)"),
    "previous_address": ("Vorwohnung einzeilig", "letzte Anschr. (Freitext)",
                         "Zuzug von (Anschr.)"),
    "dwelling": ("Wohnungsart (HW/NW)", "Status der Wohnung (HW/NW)"),
    "landlord_name": ("Name/Firma WG", "Wohnungsgeber – Name o. Firma"),
    "landlord_address": ("Anschrift WG einzeilig", "Postanschrift WG"),
    "role": ("Rolle WG (E/B)", "Stellung des WG"),
    "tenant": ("Person (Zuzug)", "zugezogene Person (Name)"),
    "mother_name": ("Mutter, vollst. Name", "Mutter – Name vollständig (Reg.)"),
    "father_name": ("Vater, vollst. Name", "Vater – Name vollständig (Reg.)"),
    "registry_office": ("Standesamt (Reg.-Eintrag)", "beurk. Stelle (StA)"),
    "register_number": ("Reg.-Eintrag Nr.", "Registernr. (Reg.-Eintrag)"),
    "issue_date": ("Urkunde ausgefertigt", "Ausfertigungsdatum (Urk.)"),
    "marriage_date": ("Eheschließung am (Reg.)", "Datum d. Trauung"),
    "marriage_place": ("Eheschließung in (Reg.)", "Ort d. Trauung"),
    "date_of_death": ("Sterbetag (Eintrag)", "Datum d. Todes"),
    "place_of_death": ("Sterbeort (Eintrag)", "Ort d. Todes (Reg.)"),
    "make": ("Herst.-Klartext", "Hersteller (Fz.)"),
    "model": ("Handelsbez. (Typ)", "Modell (Fz.)"),
    "vin": ("FIN (Fz., 17-st.)", "Fz.-Ident.-Nr. (17)"),
    "evb_number": ("eVB-Nummer (Vers.)", "Versicherungsbestät. (eVB)"),
    "desired_plate": ("Wunschkennz. (res.)", "Kennzeichen, reserviert (Wunsch)"),
    "account_holder": ("Kontoinhaber Mandat", "Kontoinhaber/in (Lastschr.)"),
    "iban": ("IBAN", "IBAN Mandat"),
    "bic": ("BIC", "BIC Mandat"),
    "passport_number": ("Passnr. (Reisedok.)", "Reisedokument-Nr."),
    "passport_expiry_date": ("Reisedok. gültig bis", "Gültigkeit Pass (bis)"),
    "entry_date": ("Einreise am (Datum)", "Tag d. Einreise (Antrag)"),
    "purpose": ("Aufenthaltszweck (Schl.)", "Zweck d. Aufenthalts (Ausw.)"),
    "doc_kind": ("Dok.-Art erkannt", "Dokumentenart (Ausw.)"),
    "doc_code": ("Code (MRZ)", "Dokumentcode (gelesen)"),
    "doc_number": ("Nummer Dok. (MRZ)", "Dok.-Nr. (gelesen)"),
    "issuing_state": ("Ausstellerstaat (MRZ)", "Ausst.-Staat (gelesen)"),
    "expiry_date": ("gültig bis (MRZ)", "Ablauf (gelesen)"),
    # values that are no field of the catalog
    "degree": ("Doktorgrad (Pers.)", "akad. Grad (Pers.)"),
    "marital": ("Familienstand (Schlüssel)", "Fam.-Stand (Ausw.)"),
    "religion": ("Religion (Auswahl)", "Rel.-Gem. (Schl.)"),
    "phone": ("Telefon (Pers.)", "Rückruf-Nr. (Pers.)"),
    "email": ("E-Mail (Pers.)", "Mailadresse (Pers.)"),
    "birth_time": ("Uhrzeit d. Geb.", "Geburtszeit (Uhr, Reg.)"),
    "last_residence": ("letzter Wohnort (Eintrag)", "zuletzt wohnhaft (Gem.)"),
    "floor": ("Geschoss/Lage (Whg.)", "Stockwerk/Seite (Whg.)"),
    "case_no": ("Vorgangsnummer intern", "Aktenzeichen (Fall)"),
    "entered": ("angelegt am", "Erfassungsdatum (Fall)"),
    "clerk": ("Sachbearbeiter/in (Kürzel)", "Bearbeiter-Kz."),
    "office_no": ("Dienststelle (Nr.)", "Org.-Einheit (Fall)"),
    "block": ("Auskunftssperre gesetzt", "Übermittlungssperre aktiv"),
    "abroad": ("Zuzug aus dem Ausland", "Wegzug ins Ausland geplant"),
    "verified": ("geprüft (Sichtkontrolle)", "Identität festgestellt (Fall)"),
    "original": ("Original vorgelegt", "Vorlage im Original (Fall)"),
    "quality": ("Bildgüte (Scan)", "Scanqualität (Leser)"),
    "mrz_lines": ("MRZ roh", "Lesezone (Rohdaten)"),
}

DIALOG_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "name": ("Namensdaten (Person)", "Name und Titel (Person)"),
    "birth": ("Geburt (Person)", "Geburtsangaben (Person)"),
    "status": ("Merkmale (Person)", "Personenmerkmale (Stamm)"),
    "new_flat": ("Zuzugswohnung (neu)", "Wohnung beim Zuzug"),
    "previous": ("Vorwohnung (Wegzug)", "Wohnung – Wegzug"),
    "contact": ("Erreichbarkeit (freiw.)", "Rückfragen an (Pers.)"),
    "landlord": ("Wohnungsgeber (Stamm)", "Angaben Vermieterseite (WG)"),
    "flat": ("Objekt/Lage (Whg.)", "Wohnung als Objekt"),
    "tenants": ("Bewohnerliste (Zuzug)", "Zugezogene Personen (Liste)"),
    "child": ("Kind (Registereintrag)", "Daten Kind (Reg.)"),
    "parents": ("Elternteile (Reg.)", "Eltern (Registereintrag)"),
    "register": ("Beurkundung (Reg.)", "Registereintrag (StA)"),
    "spouses": ("Ehegatten (Liste)", "Beteiligte Ehegatten (Reg.)"),
    "spouse1": ("Ehegatte 1 (Reg.)", "Ehegatt(in) eins"),
    "spouse2": ("Ehegatte 2 (Reg.)", "Ehegatt(in) zwei"),
    "marriage": ("Eheschließung (StA-Register)", "Trauung (Registereintrag)"),
    "deceased": ("Verstorbene/r (Reg.)", "Personendaten Sterbefall (Reg.)"),
    "death": ("Todesdaten (Reg.)", "Sterbefall (Registereintrag)"),
    "holder": ("Halter/in (Stamm)", "Halterdaten (Person)"),
    "holder_address": ("Halteranschrift (Stamm)", "Anschrift (Halterseite)"),
    "vehicle": ("Fahrzeugdaten (ZB I/II)", "Fahrzeugstamm (Technik)"),
    "sepa": ("SEPA-Mandat (Steuereinzug)", "Lastschrift (Steuer)"),
    "applicant": ("Antragsteller/in (Stamm)", "Person (Titelantrag)"),
    "passport": ("Reisedokument (Antrag)", "Passdaten (Antrag)"),
    "stay": ("Einreise / Zweck (Antrag)", "Aufenthaltsdaten (Antrag)"),
    "residence": ("Inlandsanschrift (Antrag)", "Wohnanschrift (Inland)"),
    "document": ("Ausgelesene Daten (Leser)", "Leseergebnis (Dokument)"),
    "scan": ("Scanvorschau (Leser)", "Bild des Dokuments (Scan)"),
    "case": ("Vorgangsdaten (intern)", "Verwaltung (Fall)"),
    "checks": ("Prüfungen (Fall)", "Kontrollen (intern)"),
}

DIALOG_TABS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Person (Stamm)|Wohnungen|Sperren|Historie|Dokumente",
                  "Stammdaten|Anschriften|Auskunftssperren|Verlauf"),
    "wohnungsgeberbestaetigung": ("Bestätigung|Wohnungsdaten|Prüfvermerke|Historie",
                                  "Stammdaten|Wohnungen|Anlagen (Scan)|Verlauf"),
    "geburtsurkunde": ("Eintrag|Folgebeurkundungen|Hinweise (intern)|Urkunden",
                       "Grunddaten|Randvermerk|Ausfertigungen"),
    "eheurkunde": ("Eintrag|Mitteilungen|Hinweise (intern)|Urkunden",
                   "Grunddaten|Randvermerk|Ausfertigungen"),
    "sterbeurkunde": ("Eintrag|Mitteilungen|Benachrichtigungen|Urkunden",
                      "Grunddaten|Randvermerk|Ausfertigungen"),
    "antrag_zulassung": ("Antrag|Technik|Steuer|Kennzeichen|Gebühren",
                         "Stammdaten|Zahlungsdaten|Kennzeichen|Verlauf"),
    "aufenthaltstitel_antrag": ("Antrag|Reisedaten|Zweckangaben|Biometrie|Verlauf",
                                "Grunddaten|Dokumente|Bescheide|Historie"),
    "identity_document": ("Scanvorgang|Prüfergebnis|Protokoll", "Lesedaten|Echtheit|Verlauf"),
}

DIALOG_COLS: Final[dict[str, tuple[str, ...]]] = {
    "nr": ("Lfd. Nr. (Liste)", "Pos. in Liste"),
    "name": ("Vor- u. Familienname (Liste)", "Person (voller Name)"),
    "family_name": ("Familienname (Liste)", "Nachname (Spalte)"),
    "given_names": ("Vornamen (Spalte)", "Vorname(n) der Person (Liste)"),
    "dob": ("geb. am (Liste)", "Geburtstag (Spalte)"),
    "pob": ("Geburtsort (Liste)", "geb. in (Spalte)"),
    "role": ("Beteiligung (Liste)", "Rolle (Spalte)"),
    "since": ("seit (Liste)", "gültig ab (Spalte)"),
}

DIALOG_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldefall Zuzug – Erfassung", "Anmeldung (Meldefall) bearbeiten"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung erfassen",
                                  "Bestätigung WG – Bearbeitung"),
    "geburtsurkunde": ("Geburtenregister – Eintrag anzeigen",
                       "Registeransicht Geburt (Beurkundung)"),
    "eheurkunde": ("Eheregister – Eintrag anzeigen", "Registeransicht Ehe (Beurkundung)"),
    "sterbeurkunde": ("Sterberegister – Eintrag anzeigen",
                      "Registeransicht Sterbefall (Beurkundung)"),
    "antrag_zulassung": ("Zulassungsvorgang – Neuzulassung", "Kfz-Antrag bearbeiten"),
    "aufenthaltstitel_antrag": ("Antrag Aufenthaltstitel – Erfassung",
                                "Titelantrag (AufenthG) bearbeiten"),
    "identity_document": ("Dokumentenscan – Ausweis einlesen",
                          "Dokumentenprüfung – Lesegerät"),
}

DIALOG_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "app": ("KommunaPlus Melde 4", "CivisDesk Fachverfahren", "RegiStar Bürgerdienste",
            "OSKAR-Client 7"),
    "menus": ("Akte|Bearbeitung|Ansicht|Extras|Fenster|Hilfe",
              "Vorgänge|Erfassen|Auswertung|Optionen|Fenster",
              "Programm|Fall|Suchen|Listen|Navigation|Hilfe"),
    "buttons": ("Sichern|Abbrechen|Prüfen",
                "Übernehmen|Schließen|Plausibilität",
                "Sichern + Schließen|Verwerfen|Prüfen|Hilfe"),
    "user": ("Anwender", "angemeldeter Benutzer"),
    "database": ("DB", "Datenbestand"),
    "tenant_db": ("PROD-MELD", "EWO_PROD", "REG-LIVE", "KFZ-P01"),
    "ready": ("Bereit", "Datensatz geladen", "Keine Änderungen"),
    "hardcopy": ("Bildschirmausdruck", "Hardcopy des Bildschirms", "Druck der Maske"),
    "printed_by": ("gedruckt von", "Druck durch"),
    "printed_at": ("Druck am", "Hardcopy vom"),
    "page": ("Ausdruck {} von {}", "Maskendruck Blatt {}/{}"),
    "required": ("* Pflichtfeld der Maske", "Felder mit * sind Pflicht"),
    "msg_title": ("Information", "Plausibilitätsprüfung", "Systemmeldung"),
    "msg_text": ("Prüfung ohne Beanstandung beendet.",
                 "Der Datensatz wurde zuletzt von einer anderen Sitzung geändert.",
                 "Es liegen neue Nachrichten im Postkorb vor."),
    "msg_button": ("Verstanden", "Fortfahren"),
    "back_title": ("Postkorb", "Vorgangsliste", "Suche nach Personen"),
    "scan_hint": ("Dokument auf das Glas legen und Scannen drücken.",
                  "Auflegen – Lesen – Übernehmen"),
    "scan_button": ("Scannen", "Erneut lesen"),
    "quality_ok": ("gut lesbar", "ausreichend"),
    "yes": ("vorhanden", "liegt vor"),
}

# --- values ---------------------------------------------------------------------------------------

SEX_WORDS23: Final = dict(SEX_WORDS)
SEX_LETTERS23: Final = {code: word[0].upper() if code != "X" else code
                        for code, word in SEX_WORDS.items()}
SEX_ORDER: Final = ("F", "M", "D", "X")
# purposes: (chat reply, dialog list entry)
PURPOSE23: Final[dict[str, tuple[str, str]]] = {
    "study": ("Ich möchte hier studieren", "Studium (§ 16b) – Hochschule"),
    "employment": ("Ich habe hier eine Arbeitsstelle", "Beschäftigung/Erwerb (§§ 18 ff.)"),
    "family": ("Ich komme zu meiner Familie hierher", "Nachzug Familie (§§ 27 ff.)"),
    "humanitarian": ("Ich brauche Schutz", "Völkerrechtl./humanitär (§§ 22 ff.)"),
    "other": ("Etwas anderes", "sonstiger Zweck (Freitext)"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")
DWELLING23: Final[dict[str, tuple[str, str]]] = {
    "main": ("Das wird meine Hauptwohnung", "HW – Hauptwohnung (alleinige)"),
    "secondary": ("Nur als Nebenwohnung", "NW – Nebenwohnung (weitere)"),
}
DWELLING_ORDER: Final = ("main", "secondary")
ROLE23: Final[dict[str, tuple[str, str]]] = {
    "owner": ("Mir gehört die Wohnung", "E – Eigentümer/in"),
    "agent": ("Ich verwalte sie im Auftrag", "V – Verwaltung im Auftrag"),
}
ID_KINDS23: Final = {
    "P": ("Meinen Reisepass", "Pass (TD3, Datenseite)"),
    "I": ("Meinen Ausweis (Karte)", "ID-Karte (TD1, 2 Seiten)"),
}
CERT_KINDS23: Final = {
    "geburtsurkunde": "Urkunde zur Geburt",
    "eheurkunde": "Urkunde zur Heirat",
    "sterbeurkunde": "Urkunde zum Todesfall",
}
MARITAL23: Final = ("LD – ledig", "VH – verheiratet", "GS – geschieden", "VW – verwitwet")

BASE_VALUE_WORDS: Final = frozenset({*SEX_WORDS23.values(), *SEX_LETTERS23.values()})

# --- dates ----------------------------------------------------------------------------------------

CHAT_DATE_STYLES: Final = ("numeric", "unpadded", "long", "abbr", "numeric")
DIALOG_DATE_STYLES: Final = ("numeric", "numeric", "iso", "unpadded")
EXTRA23_DATE_STYLES: Final = ("numeric", "unpadded", "long", "abbr", "iso")


def _abbr(month: int) -> str:
    name = MONTHS[month - 1]
    return name if len(name) <= 4 else name[:3] + "."


def format_extra23_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":  # "4. Aug. 1987"
        return f"{d.day}. {_abbr(d.month)} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra23_date(d, s) for s in EXTRA23_DATE_STYLES}


def weekday(d: date) -> str:
    return str(WEEKDAYS[d.weekday()])


# sex: the word, or quick replies with the chosen one repeated (chat); a combo box showing the
# word, radio buttons, or a combo showing the letter (dialog)
CHAT_SEX_MODES: Final = ("word", "reply", "word", "reply")
DIALOG_SEX_MODES: Final = ("combo", "radio", "letter", "combo")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS23[code], SEX_LETTERS23[code]}


CHAT_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
DIALOG_NATIONALITY_MODES: Final = ("adjective", "country", "code_adjective", "code")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object ---------------------------------------------------------------------------


class Extra23Wording(Wording):
    """Questions, answer sentences and summary labels (chat) or field labels, captions and
    furniture (dialog), chosen once per document from the twenty-seventh pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.chat = layout == "chat"
        self._other: dict[tuple[int, str], str] = {}
        # one naming scheme per document for the summary, the read data and the card
        self._scheme = rng.randrange(2)

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The summary label (chat) or the field label (dialog) of a value."""
        if key not in self._chosen:
            if self.chat:
                options = SUM_LABELS[key]
                self._chosen[key] = options[self._scheme % len(options)]
            else:
                options = DIALOG_LABELS[key]
                self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def ask(self, key: str) -> str:
        return self._once(1, key, CHAT_ASK[key])

    def say(self, key: str) -> str:
        """An answer sentence; chosen anew each time (a citizen varies)."""
        options = CHAT_SAY[key]
        return options[self._rng.randrange(len(options))]

    def fix(self) -> str:
        """A correction's lead-in, chosen anew each time."""
        return CHAT_FIX[self._rng.randrange(len(CHAT_FIX))]

    def no(self, key: str) -> str:
        return self._once(2, key, CHAT_NO[key])

    def hint(self, key: str) -> str:
        return self._once(3, key, CHAT_HINTS[key])

    def card(self, key: str) -> str:
        options = CARD_LABELS[key]
        return options[self._scheme % len(options)]

    def head(self, key: str) -> str:
        options = CARD_HEADS[key]
        return options[self._scheme % len(options)]

    def word(self, key: str) -> str:
        return self._once(6, key, (CHAT_WORDS if self.chat else DIALOG_WORDS)[key])

    def pick(self, key: str) -> str:
        """A furniture wording chosen anew each time (thanks, ...)."""
        options = (CHAT_WORDS if self.chat else DIALOG_WORDS)[key]
        return options[self._rng.randrange(len(options))]

    def group(self, key: str) -> str:
        return self._once(7, key, DIALOG_GROUPS[key])

    def col(self, key: str) -> str:
        return self._once(8, key, DIALOG_COLS[key])

    def tabs(self, doc_type: str) -> list[str]:
        return self._once(9, doc_type, DIALOG_TABS[doc_type]).split("|")

    def opening(self, doc_type: str) -> str:
        return self._once(10, doc_type, CHAT_OPEN[doc_type])

    def title(self, doc_type: str) -> str:
        return self._once(11, doc_type, (CHAT_TITLES if self.chat else DIALOG_TITLES)[doc_type])


Day = date


@dataclass(slots=True)
class Extra23Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra23_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (summary, card and field labels, columns)."""
    return [s for pool in (SUM_LABELS, CARD_LABELS, DIALOG_LABELS, DIALOG_COLS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, question, answer sentence, heading, title and furniture wording of this
    pool (``|`` lists count item by item)."""
    out = label_strings()
    for pool in (CHAT_ASK, CHAT_SAY, CHAT_NO, CHAT_HINTS, CHAT_OPEN, CHAT_TITLES, CHAT_WORDS,
                 CARD_HEADS, DIALOG_GROUPS, DIALOG_TABS, DIALOG_TITLES, DIALOG_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    out += list(CHAT_FIX)
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in (PURPOSE23, DWELLING23, ROLE23, ID_KINDS23)
           for options in table.values() for s in options]
    out += [*CERT_KINDS23.values(), *MARITAL23]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
