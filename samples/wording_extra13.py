"""The seventeenth wording pool and the printing habits of the thirteenth extra pair of layouts.

``QUIZ_QUESTIONS`` (the numbered plain-language questions of a citizen-friendly questionnaire
in easy language), ``QUIZ_PARTS`` (the captions of its sub-answers), ``QUIZ_HELP`` (the short
explanation lines under some questions), ``REGISTER_LABELS`` (the coded labels of a certified
register printout or of an authority's case-file printout), their block headings
(``QUIZ_SECTIONS``, ``REGISTER_SECTIONS``), titles (``QUIZ_TITLES``, ``REGISTER_TITLES``) and
page furniture (``QUIZ_WORDS``, ``REGISTER_WORDS``, ``REGISTER_NOTES``) are used only by the
layouts in ``EXTRA13_LAYOUTS`` of ``samples.generate`` (``quiz`` and ``register``). They are a
blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra13``, nor tune on those layouts' failures. None of the strings repeats a
string of the sixteen other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this), except where
German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates in day / month /
year boxes or with upper-case month abbreviations, sex as a plain-language option or as a
register key, purposes, dwellings, landlord roles and document kinds in wordings of their
own). The ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- quiz: a questionnaire in easy language --------------------------------------------------

# One plain-language question per field. Keys with a prefix ask about somebody else: ``c_`` the
# child of a birth certificate, ``s1_`` / ``s2_`` the two spouses, ``d_`` the deceased; the
# plain keys ask the person who fills the form in (``Sie``).
QUIZ_QUESTIONS: Final[dict[str, tuple[str, ...]]] = {
    # the person filling in the form
    "name": ("Wie heißen Sie?", "Wie ist Ihr ganzer Name?"),
    "family_name": ("Wie ist Ihr Nach-Name?", "Welchen Familien-Namen haben Sie heute?"),
    "given_names": ("Wie sind Ihre Vor-Namen?", "Welche Vor-Namen haben Sie?"),
    "birth_name_gate": ("Hatten Sie bei Ihrer Geburt einen anderen Nach-Namen?",
                        "War Ihr Nach-Name früher einmal anders?"),
    "birth_name": ("Wie war Ihr Nach-Name bei der Geburt?",
                   "Welchen Nach-Namen hatten Sie, als Sie geboren wurden?"),
    "date_of_birth": ("Wann genau sind Sie geboren?",
                      "An welchem Tag sind Sie auf die Welt gekommen?",
                      "Was ist Ihr Geburts-Datum?"),
    "place_of_birth": ("In welchem Ort sind Sie geboren?",
                       "In welcher Stadt sind Sie auf die Welt gekommen?"),
    "sex": ("Welches Geschlecht haben Sie?", "Was ist Ihr Geschlecht?"),
    "nationality": ("Welche Staats-Angehörigkeit haben Sie heute?",
                    "Von welchem Staat sind Sie Bürgerin oder Bürger?"),
    "marital": ("Sind Sie verheiratet oder ledig?", "Wie ist Ihr Familien-Stand heute?"),
    "phone": ("Unter welcher Telefon-Nummer können wir Sie anrufen?",
              "Wie ist Ihre Telefon-Nummer? Sie müssen das nicht sagen."),
    "move_in_date": ("Wann sind Sie in die neue Wohnung gezogen?",
                     "An welchem Tag sind Sie eingezogen?"),
    "new_address": ("Wo ist Ihre neue Wohnung?", "Wie ist Ihre neue Adresse?"),
    "home_address": ("Wo wohnen Sie heute?", "Wie ist Ihre Adresse? Wo wohnen Sie jetzt?"),
    "residence_address": ("Wo wohnen Sie jetzt in Deutschland?",
                          "Wie ist Ihre Adresse hier in Deutschland?"),
    "street": ("In welcher Straße ist die Wohnung?", "Wie heißt die Straße von der Wohnung?"),
    "house_number": ("Welche Nummer hat das Haus?", "Wie ist die Haus-Nummer?"),
    "postal_code": ("Wie ist die Post-Leit-Zahl von dem Ort?",
                    "Welche Post-Leit-Zahl hat die Wohnung?"),
    "city": ("In welcher Stadt oder Gemeinde ist die Wohnung?",
             "Wie heißt der Ort von der Wohnung?"),
    "previous_gate": ("Haben Sie vorher in einer anderen Wohnung gewohnt?",
                      "Hatten Sie vor dem Umzug eine andere Adresse?"),
    "previous_address": ("Wo haben Sie vor dem Umzug gewohnt?", "Wie war Ihre alte Adresse?"),
    "dwelling": ("Wohnen Sie die meiste Zeit in dieser Wohnung?",
                 "Was für eine Wohnung ist das für Sie?"),
    # the landlord
    "landlord_name": ("Wie heißen Sie als Vermieter? Oder: Wie heißt Ihre Firma?",
                      "Wer vermietet die Wohnung? Bitte den Namen oder die Firma."),
    "landlord_address": ("Wie ist Ihre Adresse als Vermieter?",
                         "Wo kann man den Vermieter erreichen? Bitte die ganze Adresse."),
    "landlord_role": ("Gehört Ihnen die Wohnung selbst?",
                      "Sind Sie der Eigentümer oder die Eigentümerin von der Wohnung?"),
    "wg_move_in": ("Wann ist die Person in die Wohnung eingezogen?",
                   "An welchem Tag war der Einzug in die Wohnung?"),
    "flat_address": ("Wo ist die Wohnung, die Sie vermieten?",
                     "Wie ist die Adresse von der vermieteten Wohnung?"),
    "tenants": ("Wer ist in die Wohnung eingezogen?",
                "Welche Personen wohnen jetzt neu in der Wohnung?"),
    # the child (birth certificate)
    "c_name": ("Wie heißt das Kind?", "Welchen Namen hat das Kind bekommen?"),
    "c_family_name": ("Wie ist der Nach-Name von dem Kind?",
                      "Welchen Familien-Namen hat das Kind?"),
    "c_given_names": ("Welche Vor-Namen hat das Kind?", "Wie sind die Vor-Namen von dem Kind?"),
    "c_date_of_birth": ("Wann ist das Kind geboren?",
                        "An welchem Tag ist das Kind auf die Welt gekommen?"),
    "c_place_of_birth": ("Wo ist das Kind geboren?",
                         "In welcher Stadt ist das Kind auf die Welt gekommen?"),
    "c_sex": ("Ist das Kind ein Mädchen oder ein Junge?",
              "Welches Geschlecht hat das Kind bekommen?"),
    "birth_time": ("Zu welcher Uhr-Zeit ist das Kind auf die Welt gekommen?",
                   "Wie spät war es bei der Geburt?"),
    "mother_name": ("Wie heißt die Mutter von dem Kind?", "Wer ist die Mutter von dem Kind?"),
    "father_name": ("Wie heißt der Vater von dem Kind?", "Wer ist der Vater von dem Kind?"),
    # the certificate itself
    "registry_office": ("Welches Standes-Amt hat die Urkunde ausgestellt?",
                        "Welches Amt hat den Eintrag gemacht?"),
    "register_number": ("Unter welcher Nummer steht der Eintrag im Register?",
                        "Welche Nummer hat der Eintrag?"),
    "issue_date": ("Wann hat das Standes-Amt die Urkunde ausgestellt?",
                   "Von welchem Tag ist die Urkunde?"),
    # the two spouses and the marriage
    "s1_name": ("Wie heißt die erste Person?", "Welchen Namen hat die erste Ehe-Person?"),
    "s2_name": ("Wie heißt die zweite Person?", "Welchen Namen hat die zweite Ehe-Person?"),
    "s1_family_name": ("Wie ist der Nach-Name von der ersten Person?",
                       "Welchen Familien-Namen hat die erste Ehe-Person?"),
    "s2_family_name": ("Wie ist der Nach-Name von der zweiten Person?",
                       "Welchen Familien-Namen hat die zweite Ehe-Person?"),
    "s1_given_names": ("Wie sind die Vor-Namen von der ersten Person?",
                       "Welche Vor-Namen hat die erste Ehe-Person?"),
    "s2_given_names": ("Wie sind die Vor-Namen von der zweiten Person?",
                       "Welche Vor-Namen hat die zweite Ehe-Person?"),
    "s1_date_of_birth": ("Wann ist die erste Person geboren?",
                         "Welches Geburts-Datum hat die erste Ehe-Person?"),
    "s2_date_of_birth": ("Wann ist die zweite Person geboren?",
                         "Welches Geburts-Datum hat die zweite Ehe-Person?"),
    "s1_birth_name": ("Wie war der Nach-Name von der ersten Person bei der Geburt?",),
    "s2_birth_name": ("Wie war der Nach-Name von der zweiten Person bei der Geburt?",),
    "s1_place_of_birth": ("Wo ist die erste Person geboren?",),
    "s2_place_of_birth": ("Wo ist die zweite Person geboren?",),
    "marriage_date": ("Wann haben die beiden geheiratet?", "An welchem Tag war die Hochzeit?"),
    "marriage_place": ("Wo haben die beiden geheiratet?", "In welcher Stadt war die Hochzeit?"),
    # the deceased
    "d_name": ("Wie hieß die verstorbene Person?", "Welchen Namen hatte die verstorbene Person?"),
    "d_family_name": ("Wie war der Nach-Name von der verstorbenen Person?",
                      "Welchen Familien-Namen hatte die verstorbene Person?"),
    "d_given_names": ("Wie waren die Vor-Namen von der verstorbenen Person?",
                      "Welche Vor-Namen hatte die verstorbene Person?"),
    "d_date_of_birth": ("Wann ist die verstorbene Person geboren?",
                        "An welchem Tag ist die verstorbene Person auf die Welt gekommen?"),
    "d_place_of_birth": ("Wo ist die verstorbene Person geboren?",
                         "In welchem Ort ist die verstorbene Person auf die Welt gekommen?"),
    "date_of_death": ("Wann ist die Person gestorben?", "An welchem Tag ist die Person gestorben?"),
    "place_of_death": ("Wo ist die Person gestorben?", "In welchem Ort ist die Person gestorben?"),
    "last_residence": ("Wo hat die Person zuletzt gewohnt?",
                       "Wie war die letzte Adresse von der Person?"),
    # the vehicle and the bank account
    "make": ("Von welcher Marke ist das Fahrzeug?", "Welche Marke hat das Auto?"),
    "model": ("Welches Modell ist das Fahrzeug?", "Wie heißt das Modell von dem Auto?"),
    "vin": ("Wie ist die Fahrzeug-Identifizierungs-Nummer?",
            "Welche Nummer hat das Fahrzeug? Gemeint ist die FIN."),
    "evb_number": ("Wie ist die Nummer von Ihrer Versicherung (eVB-Nummer)?",
                   "Welche eVB-Nummer hat Ihnen die Versicherung gegeben?"),
    "plate_gate": ("Haben Sie schon ein Wunsch-Kenn-Zeichen reserviert?",
                   "Haben Sie ein Kenn-Zeichen ausgesucht und reserviert?"),
    "desired_plate": ("Welches Kenn-Zeichen haben Sie reserviert?",
                      "Wie ist Ihr Wunsch-Kenn-Zeichen?"),
    "account_holder": ("Wem gehört das Konto für die Steuer?",
                       "Wer ist der Inhaber oder die Inhaberin von dem Konto?"),
    "iban": ("Wie ist die IBAN von dem Konto?", "Welche IBAN hat das Konto für die Steuer?"),
    "bic": ("Wie ist der BIC von der Bank?", "Welchen BIC hat die Bank?"),
    "bank": ("Bei welcher Bank ist das Konto?", "Wie heißt die Bank von dem Konto?"),
    # passport and stay
    "passport_number": ("Welche Nummer hat Ihr Pass?", "Wie ist die Nummer von Ihrem Pass?"),
    "passport_expiry_date": ("Bis zu welchem Tag gilt Ihr Pass?", "Wann läuft Ihr Pass ab?"),
    "entry_date": ("Wann sind Sie nach Deutschland gekommen?",
                   "An welchem Tag sind Sie nach Deutschland eingereist?"),
    "purpose": ("Warum möchten Sie länger in Deutschland bleiben?",
                "Wofür brauchen Sie die Aufenthalts-Erlaubnis?"),
    # an identity document
    "doc_kind": ("Was für ein Ausweis ist das?", "Welches Dokument haben Sie geschickt?"),
    "doc_number": ("Welche Nummer hat der Ausweis?", "Wie ist die Nummer von dem Dokument?"),
    "expiry_date": ("Bis wann gilt der Ausweis?", "Wann läuft das Dokument ab?"),
}

# Captions of the sub-answers (one question, several answer lines or boxes).
QUIZ_PARTS: Final[dict[str, tuple[str, ...]]] = {
    "given": ("Vor-Name oder Vor-Namen", "Die Vor-Namen sind"),
    "family": ("Nach-Name (Familien-Name)", "Der Nach-Name ist"),
    "street": ("Name von der Straße", "Die Straße heißt"),
    "house_number": ("Nummer von dem Haus", "Die Haus-Nummer ist"),
    "postal_code": ("Post-Leit-Zahl (5 Zahlen)", "Die Post-Leit-Zahl ist"),
    "city": ("Name von dem Ort", "Der Ort heißt"),
    "street_line": ("Straße und Nummer von dem Haus", "Die Straße mit der Haus-Nummer"),
    "city_line": ("Post-Leit-Zahl und Name von dem Ort", "Die Post-Leit-Zahl mit dem Ort"),
    "day": ("Tag (2 Zahlen)", "der Tag"),
    "month": ("Monat (2 Zahlen)", "der Monat"),
    "year": ("Jahr (4 Zahlen)", "das Jahr"),
    "tenant": ("Person Nummer", "Name von Person"),
}

# A short explanation in smaller type under some questions (never a value).
QUIZ_HELP: Final[dict[str, tuple[str, ...]]] = {
    "name": ("Schreiben Sie bitte alle Vor-Namen auf. So wie im Ausweis.",
             "Bitte genau so, wie es in Ihrem Ausweis steht."),
    "given_names": ("Haben Sie mehr als einen Vor-Namen? Dann schreiben Sie alle auf.",),
    "birth_name_gate": ("Zum Beispiel: Sie haben geheiratet und einen neuen Namen bekommen.",),
    "date_of_birth": ("Das steht in Ihrem Ausweis oder in Ihrem Pass.",),
    "nationality": ("Das ist das Land, von dem Sie einen Pass haben.",),
    "move_in_date": ("Das ist der Tag, an dem Sie in der Wohnung geschlafen haben. Zum ersten Mal.",
                     "Den Tag weiß auch Ihr Vermieter."),
    "new_address": ("Die Adresse steht auch auf dem Brief-Kasten.",),
    "previous_gate": ("Wenn Sie aus dem Ausland kommen: Kreuzen Sie trotzdem an.",),
    "dwelling": ("Haben Sie nur eine Wohnung? Dann kreuzen Sie Ja an.",),
    "tenants": ("Schreiben Sie Vor-Name und Nach-Name von jeder Person auf.",),
    "flat_address": ("Das ist die Wohnung, in die jemand eingezogen ist.",),
    "vin": ("Die Nummer hat 17 Zeichen. Sie steht in den Papieren von dem Fahrzeug.",),
    "evb_number": ("Diese Nummer bekommen Sie von Ihrer Kfz-Versicherung. Sie hat 7 Zeichen.",),
    "iban": ("Die IBAN steht auf Ihrer Bank-Karte oder auf dem Konto-Auszug.",),
    "account_holder": ("Von diesem Konto bucht das Amt die Kfz-Steuer ab.",),
    "passport_expiry_date": ("Das Datum steht in Ihrem Pass. Auf der Seite mit dem Foto.",),
    "entry_date": ("Das ist der Tag, an dem Sie über die Grenze gekommen sind.",),
    "purpose": ("Kreuzen Sie bitte nur einen Grund an.",),
    "register_number": ("Mit dieser Nummer findet das Standes-Amt den Eintrag schnell.",),
    "issue_date": ("Das Datum steht unten auf der Urkunde.",),
    "doc_number": ("Die Nummer steht oben rechts auf dem Dokument.",),
}

QUIZ_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Fragen zu Ihrer Person", "Das sind Sie"),
    "dwelling": ("Fragen zu Ihrer neuen Wohnung", "Ihre Wohnung nach dem Umzug"),
    "previous": ("Fragen zu Ihrer alten Wohnung", "Ihre Wohnung vor dem Umzug"),
    "landlord": ("Fragen zu Ihnen als Vermieter", "Sie vermieten die Wohnung"),
    "flat": ("Fragen zu der Wohnung", "Die Wohnung, die Sie vermieten"),
    "tenants": ("Fragen zu den neuen Bewohnern", "Wer neu in der Wohnung wohnt"),
    "child": ("Das Kind in der Urkunde", "Das steht über das Kind in der Urkunde"),
    "parents": ("Die Eltern von dem Kind", "Die Mutter und der Vater"),
    "register": ("Die Urkunde selbst", "Das Standes-Amt und die Urkunde"),
    "marriage": ("Die Hochzeit", "Wann und wo die Hochzeit war"),
    "spouse1": ("Die erste Ehe-Person", "Person Nummer 1"),
    "spouse2": ("Die zweite Ehe-Person", "Person Nummer 2"),
    "deceased": ("Wer gestorben ist", "Über die Person, die gestorben ist"),
    "death": ("Der Tod von der Person", "Wann und wo die Person gestorben ist"),
    "holder": ("Fragen zu Ihnen als Halter", "Ihnen gehört das Fahrzeug"),
    "vehicle": ("Fragen zu dem Fahrzeug", "Ihr Auto"),
    "sepa": ("Fragen zu Ihrem Konto", "Ihr Konto für die Kfz-Steuer"),
    "passport": ("Fragen zu Ihrem Pass und zur Einreise", "Ihr Pass und Ihre Einreise"),
    "residence": ("Fragen zu Ihrer Wohnung in Deutschland", "Hier wohnen Sie in Deutschland"),
    "document": ("Fragen zu Ihrem Ausweis", "Ihr Ausweis-Dokument"),
}

QUIZ_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Sie ziehen um? Dann melden Sie sich bitte an.",
                  "Fragebogen zur Anmeldung – in Leichter Sprache"),
    "wohnungsgeberbestaetigung": ("Bestätigung vom Vermieter: Jemand ist eingezogen",
                                  "Fragebogen für Vermieter – in Leichter Sprache"),
    "geburtsurkunde": ("Informationen zu Ihrer Geburts-Urkunde",
                       "Ihre Geburts-Urkunde – einfach erklärt"),
    "eheurkunde": ("Informationen zu Ihrer Ehe-Urkunde", "Ihre Ehe-Urkunde – einfach erklärt"),
    "sterbeurkunde": ("Informationen zu der Sterbe-Urkunde",
                      "Die Sterbe-Urkunde – einfach erklärt"),
    "antrag_zulassung": ("Sie möchten ein Fahrzeug anmelden",
                         "Fragebogen zur Zulassung von Ihrem Auto – in Leichter Sprache"),
    "aufenthaltstitel_antrag": ("Sie möchten länger in Deutschland bleiben",
                                "Fragebogen zum Aufenthalts-Titel – in Leichter Sprache"),
    "identity_document": ("Die Kopie von Ihrem Ausweis", "Ihr Ausweis – Fragen zur Kopie"),
}

QUIZ_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("Bitte beantworten Sie alle Fragen. Lesen Sie jede Frage genau.",
              "Auf den nächsten Seiten stehen Fragen. Schreiben Sie die Antwort immer unter "
              "die Frage.",
              "Hier stehen einige Fragen. Die Antworten brauchen wir für Ihren Antrag."),
    "print_hint": ("Schreiben Sie bitte deutlich. Am besten in Druck-Buchstaben.",
                   "Bitte schreiben Sie gut lesbar."),
    "tick": ("Bitte kreuzen Sie an:", "Machen Sie ein Kreuz:"),
    "answer": ("Ihre Antwort hier:", "Meine Antwort:", "Das ist die Antwort:"),
    "if_yes": ("Wenn Sie Ja angekreuzt haben:", "Nur bei Ja:"),
    "question": ("Frage Nummer", "Frage Nr."),
    "page": ("Seite {n} von {m} Seiten", "Das ist Seite {n}. Es gibt {m} Seiten."),
    "cont": ("Es geht weiter auf der nächsten Seite.", "Bitte umblättern."),
    "cont_head": ("Weiter mit den Fragen", "Hier geht es weiter"),
    "thanks": ("Vielen Dank für Ihre Antworten!", "Danke, dass Sie alles ausgefüllt haben!"),
    "place_date": ("Wo und wann haben Sie unterschrieben?", "Ort und heutiges Datum"),
    "sign": ("Hier unterschreiben Sie bitte.", "Ihre Unterschrift bitte hier"),
    "contact": ("Haben Sie Fragen? Rufen Sie uns an. Wir helfen Ihnen gern.",
                "Sie brauchen Hilfe beim Ausfüllen? Dann kommen Sie zu uns."),
    "greeting": ("Liebe Bürgerin, lieber Bürger,", "Hallo und guten Tag,"),
    "letter_intro": ("Sie haben eine Urkunde von uns bekommen. In diesem Brief erklären wir die "
                     "wichtigsten Angaben. Mit Fragen und Antworten.",
                     "Hier steht noch einmal, was in der Urkunde steht. In einfachen Worten."),
    "letter_note": ("Wichtig: Dieser Brief ist keine Urkunde. Bitte heben Sie die Urkunde gut "
                    "auf.",
                    "Dieser Brief ersetzt die Urkunde nicht. Er erklärt sie nur."),
    "closing": ("Viele Grüße von Ihrem Standes-Amt", "Es grüßt Sie herzlich Ihr Standes-Amt"),
    "copy_caption": ("So sieht die Kopie von Ihrem Ausweis aus:",
                     "Hier ist die Kopie von dem Ausweis:"),
    "back_caption": ("Das ist die Rück-Seite von dem Ausweis:",
                     "Hier sehen Sie die Rück-Seite:"),
    "edition": ("Stand vom", "Ausgabe vom"),
    "office": ("Ihr Amt in der Stadt", "Ihre Stadt-Verwaltung"),
}

# --- register: a certified register printout or a case-file printout -------------------------

REGISTER_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (Registerstand)", "Familienname, derzeit geführt"),
    "given_names": ("Name: Vornamen", "Vornamen (Registerstand)"),
    "birth_name": ("Name: Geburtsname", "Geburtsname (Registerstand)"),
    "date_of_birth": ("Geburt: Tag", "Tag der Geburt (Registerstand)"),
    "place_of_birth": ("Geburt: Ort", "Geburtsort (Registerstand)"),
    "sex": ("Geschlecht: Schlüssel/Text", "Geschlecht (Registerstand)"),
    "nationality": ("Staatsangehörigkeit: Schlüssel/Text", "Staatsangehörigkeit (Registerstand)"),
    "marital": ("Familienstand: Schlüssel/Text", "Familienstand (Registerstand)"),
    "phone": ("Kontakt: Telefon", "Telefon (Kontaktangabe)"),
    "move_in_date": ("Einzugstag (Meldedatum)", "Wohnung bezogen am (Meldedatum)"),
    "street": ("Anschrift: Straße", "Straße (Straßenschlüssel)"),
    "house_number": ("Anschrift: Hausnummer", "Hausnummer (mit Buchstabe)"),
    "postal_code": ("PLZ", "Postleitzahl", "Anschrift: PLZ"),
    "city": ("Anschrift: Gemeinde", "Gemeinde (Ortsname)"),
    "street_line": ("Anschrift: Straße/Hausnummer", "Straße/Hausnummer (einzeilig)"),
    "city_line": ("Anschrift: PLZ/Gemeinde", "PLZ/Gemeinde (einzeilig)"),
    "address_line": ("Anschrift: vollständig", "Anschrift (einzeilig)"),
    "previous_address": ("Vorherige Anschrift: vollständig", "Anschrift vor Zuzug (einzeilig)"),
    "dwelling": ("Wohnung: Status", "Wohnungsstatus (Schlüssel)"),
    "landlord_name": ("Name/Firma (Wohnungsgeber)", "Wohnungsgeber: Name bzw. Firmenname"),
    "landlord_address": ("Wohnungsgeber: Sitz bzw. Anschrift", "Anschrift/Sitz (einzeilig)"),
    "landlord_role": ("Eigenschaft (Wohnungsgeber)", "Wohnungsgeber: Eigenschaft/Rolle"),
    "flat_line": ("Wohnung: Anschrift vollständig", "Anschrift der Wohnung (einzeilig)"),
    "tenant": ("Meldepflichtige Person: Name", "Name (meldepflichtige Person)"),
    "birth_time": ("Geburt: Uhrzeit (Std./Min.)", "Geburtszeit (Registerstand)"),
    "mother_name": ("Mutter: Name (Vorname Familienname)", "Mutter (Name, einzeilig)"),
    "father_name": ("Vater: Name (Vorname Familienname)", "Vater (Name, einzeilig)"),
    "registry_office": ("Register geführt von (Standesamt)", "Standesamt (Registerführung, Ort)"),
    "register_number": ("Registernummer (Eintrag)", "Register: Eintragsnummer"),
    "issue_date": ("Register: Ausfertigungsdatum", "Ausfertigungsdatum (Registerausdruck)"),
    "marriage_date": ("Eheschließung: Datum (Tag)", "Tag der Eheschließung (Registerstand)"),
    "marriage_place": ("Eheschließung: Ort (Gemeinde)", "Ort der Eheschließung (Registerstand)"),
    "date_of_death": ("Tod: Tag", "Sterbetag (Registerstand)"),
    "place_of_death": ("Tod: Ort", "Sterbeort (Registerstand)"),
    "last_residence": ("Letzte Anschrift (einzeilig)", "Letzter Wohnsitz: Anschrift vollständig"),
    "make": ("Hersteller (Klartext)", "Fahrzeug: Hersteller (Klartext)"),
    "model": ("Handelsname (Modell)", "Fahrzeug: Handelsname"),
    "vin": ("FIN (Fahrzeug-Identnummer)", "Fahrzeug: FIN"),
    "evb_number": ("Versicherung: eVB-Nummer", "eVB (Nummer der Bestätigung)"),
    "desired_plate": ("Wunschkennzeichen (Reservierung)", "Kennzeichen (vorab reserviert)"),
    "account_holder": ("Kontoinhaber (Mandatsgeber)", "Mandat: Kontoinhaber"),
    "iban": ("IBAN", "Mandat: IBAN"),
    "bic": ("BIC", "Mandat: BIC"),
    "bank": ("Kreditinstitut (Klartext)", "Mandat: Kreditinstitut"),
    "passport_number": ("Passnummer (Registerstand)", "Pass: Nummer des Dokuments"),
    "passport_expiry_date": ("Pass: Ablauf der Gültigkeit", "Gültigkeit des Passes (Ende)"),
    "entry_date": ("Einreise: Datum (Tag)", "Einreise in das Bundesgebiet (Tag)"),
    "purpose": ("Aufenthalt: Zweck", "Aufenthaltszweck (Schlüssel/Text)"),
    "doc_kind": ("Dokumentenart (Klartext)", "Dokument: Art (Klartext)"),
    "doc_code": ("Dokumentencode (Zone)", "Dokument: Code"),
    "doc_number": ("Dokumentennummer (Registerstand)", "Nummer des Ausweisdokuments"),
    "issuing_state": ("Ausstellender Staat (Code)", "Dokument: Ausstellerstaat"),
    "expiry_date": ("Ablaufdatum (Dokument)", "Dokument: gültig bis"),
    "mrz_family": ("Zone: Familienname", "Familienname (Zone)"),
    "mrz_given": ("Zone: Vornamen", "Vornamen (Zone)"),
}

REGISTER_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Daten der meldepflichtigen Person", "Block A – Antragsteller/in"),
    "dwelling": ("Daten der neuen Wohnung", "Block B – Wohnung nach Zuzug"),
    "previous": ("Daten der bisherigen Wohnung", "Block C – Bisherige Wohnung"),
    "landlord": ("Daten des Wohnungsgebers", "Block A – Wohnungsgeber/in"),
    "flat": ("Daten der bezogenen Wohnung", "Block B – Wohnung"),
    "tenants": ("Daten der eingezogenen Personen", "Block C – Eingezogene Personen"),
    "child": ("Daten zum Kind", "Block 1 – Kind"),
    "mother": ("Daten zur Mutter", "Block 2 – Mutter"),
    "father": ("Daten zum Vater", "Block 3 – Vater"),
    "register": ("Datenblock Registereintrag", "Block R – Eintrag"),
    "marriage": ("Daten zur Eheschließung", "Block 0 – Eheschließung"),
    "spouse1": ("Daten Ehegatte 1", "Block 1 – Ehegatte 1"),
    "spouse2": ("Daten Ehegatte 2", "Block 2 – Ehegatte 2"),
    "deceased": ("Daten zur verstorbenen Person", "Block 1 – Verstorbene Person"),
    "death": ("Datenblock Sterbefall", "Block 2 – Tod"),
    "holder": ("Daten des Halters", "Block A – Halter/Halterin"),
    "vehicle": ("Daten des Fahrzeugs", "Block B – Fahrzeugdaten"),
    "sepa": ("Daten SEPA-Mandat Kfz-Steuer", "Block C – Lastschriftmandat"),
    "passport": ("Daten Reisepass und Einreise", "Block B – Pass/Einreise"),
    "residence": ("Daten Wohnsitz Bundesgebiet", "Block C – Wohnsitz"),
    "document": ("Daten des Ausweisdokuments", "Block A – Dokumentdaten"),
    "zone": ("Maschinenlesbare Zone (Ausdruck)", "Block Z – Lesezone"),
    "image": ("Abbild der Datenseite", "Block D – Bild der Datenseite"),
}

REGISTER_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Vorgangsausdruck – Anmeldung einer Wohnung",
                  "Vorgangsausdruck Meldewesen: Zuzug"),
    "wohnungsgeberbestaetigung": ("Vorgangsausdruck – Bestätigung des Wohnungsgebers",
                                  "Vorgangsausdruck Meldewesen: Wohnungsgebererklärung"),
    "geburtsurkunde": ("Beglaubigter Registerausdruck – Geburtenregister",
                       "Registerauszug (Ausdruck) aus dem Geburtenregister"),
    "eheurkunde": ("Beglaubigter Registerausdruck – Eheregister",
                   "Registerauszug (Ausdruck) aus dem Eheregister"),
    "sterbeurkunde": ("Beglaubigter Registerausdruck – Sterberegister",
                      "Registerauszug (Ausdruck) aus dem Sterberegister"),
    "antrag_zulassung": ("Vorgangsausdruck – Zulassung eines Fahrzeugs",
                         "Vorgangsausdruck Zulassungswesen: Neuzulassung"),
    "aufenthaltstitel_antrag": ("Vorgangsausdruck – Antrag auf einen Aufenthaltstitel",
                                "Vorgangsausdruck Ausländerwesen: Titelantrag"),
    "identity_document": ("Systemausdruck – Erfassung eines Ausweisdokuments",
                          "Vorgangsausdruck Dokumentenprüfung"),
}

REGISTER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "entry": ("Registereintrag (Nummer)", "Eintrag im Register"),
    "case": ("Vorgang (Nummer)", "Vorgangskennung"),
    "printed": ("Ausdruck erstellt am", "Druckzeitpunkt"),
    "user": ("Benutzerkennung", "Bearb.-Kennung"),
    "sheet": ("Blatt {n} von {m}", "Bl. {n}/{m}"),
    "system_reg": ("Personenstandsregister – elektronische Führung",
                   "Elektronisches Personenstandsregister"),
    "system_case": ("Fachverfahren – Vorgangsverwaltung", "Vorgangsbearbeitung (Fachverfahren)"),
    "notes_cert": ("Hinweise und Folgebeurkundungen", "Folgebeurkundungen/Hinweise zum Eintrag"),
    "notes_case": ("Bearbeitungsvermerke zum Vorgang", "Vermerke der Sachbearbeitung"),
    "certify_cert": ("Die Übereinstimmung dieses Ausdrucks mit dem Registereintrag wird "
                     "beglaubigt.",
                     "Dieser Ausdruck gibt den Registereintrag vollständig wieder; beglaubigt."),
    "certify_case": ("Der Ausdruck gibt den Vorgang zum Zeitpunkt des Drucks wieder.",
                     "Ausdruck aus dem Fachverfahren, maschinell erstellt und geprüft."),
    "registrar": ("Standesbeamtin bzw. Standesbeamter", "Für das Standesamt, i. A."),
    "clerk": ("Sachbearbeiter/in (Kennung)", "Ausgedruckt durch"),
    "seal": ("(Dienstsiegel des Standesamts)", "Siegelabdruck"),
    "cont": ("Fortsetzung des Ausdrucks", "Fortsetzung von Blatt {p}"),
    "end": ("*** Ende des Ausdrucks ***", "– Ende der Ausgabe –"),
    "none": ("– keine Eintragungen –", "(keine Vermerke)"),
    "code": ("Kennz.", "Kennziffer"),
    "zone_line": ("Zeile {n}", "Z{n}"),
}

# Marginal notes: other days ({d}), places ({p}) and field codes ({c}); never a truth value.
REGISTER_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "geburtsurkunde": (
        "Beischreibung vom {d}: Erklärung zur Namensführung, entgegengenommen vom "
        "Standesamt {p}.",
        "Mitteilung an die Meldebehörde {p} übersandt am {d}.",
        "Berichtigung vom {d} (Schreibfehler in Feld {c}), Standesamt {p}.",
        "Folgebeurkundung vom {d}: Anerkennung der Vaterschaft, beurkundet in {p}.",
    ),
    "eheurkunde": (
        "Erklärung zur Namensführung in der Ehe, abgegeben am {d} in {p}.",
        "Mitteilung an das Standesamt {p} (Geburtseintrag) am {d}.",
        "Berichtigung vom {d} (Feld {c}), veranlasst durch das Standesamt {p}.",
        "Anmeldung der Eheschließung aufgenommen am {d} in {p}.",
    ),
    "sterbeurkunde": (
        "Sterbefall angezeigt am {d} durch ein Bestattungsunternehmen aus {p}.",
        "Mitteilung an das Nachlassgericht {p} am {d}.",
        "Berichtigung vom {d} (Feld {c}), Standesamt {p}.",
        "Hinweis an das Standesamt {p} (Geburtseintrag) vom {d}.",
    ),
    "case": (
        "Persönliche Vorsprache am {d} im Bürgerbüro {p}.",
        "Unterlagen eingegangen am {d}; Kopie an die Dienststelle {p}.",
        "Wiedervorlage am {d} (Feld {c} prüfen).",
        "Datenübermittlung an die Behörde in {p} am {d}.",
        "Rückfrage schriftlich am {d}, Antwort aus {p} abgewartet.",
    ),
    "identity_document": (
        "Dokument vorgelegt am {d} in {p}; Sichtprüfung ohne Befund.",
        "Lesezone automatisch geprüft am {d} (Feld {c}).",
        "Kopie zur Akte genommen am {d}, Dienststelle {p}.",
    ),
}

# --- printing habits ------------------------------------------------------------------------

QUIZ_DATE_STYLES: Final = ("long", "numeric", "boxes", "long", "weekday", "boxes")
REGISTER_DATE_STYLES: Final = ("numeric", "numeric", "iso", "mon_upper", "dashed", "long")
EXTRA13_DATE_STYLES: Final = tuple(dict.fromkeys((*QUIZ_DATE_STYLES, *REGISTER_DATE_STYLES)))
MONTHS_UP13: Final = ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV",
                      "DEZ")
WEEKDAYS13: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag")


def date_parts(d: date) -> tuple[str, str, str]:
    """Day, month and year as printed in the three boxes of a date."""
    return f"{d.day:02d}", f"{d.month:02d}", str(d.year)


def format_extra13_date(d: date, style: str) -> str:
    if style == "boxes":  # the three boxes read as "14 03 1987"
        return " ".join(date_parts(d))
    if style == "long":  # "14. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":  # "Samstag, 14. März 1987"
        return f"{WEEKDAYS13[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mon_upper":  # "14 MÄR 1987"
        return f"{d.day:02d} {MONTHS_UP13[d.month - 1]} {d.year}"
    if style == "dashed":  # "14-03-1987"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra13_date(d, s) for s in EXTRA13_DATE_STYLES}


# sex: plain-language options of the questionnaire (the person itself, a child), register keys
SEX13: Final[dict[str, dict[str, str]]] = {
    "self": {"F": "Ich bin eine Frau.", "M": "Ich bin ein Mann.", "D": "Ich bin divers.",
             "X": "Ich mache dazu keine Angabe."},
    "child": {"F": "Das Kind ist ein Mädchen.", "M": "Das Kind ist ein Junge.",
              "D": "Das Kind ist divers.", "X": "Es gibt keinen Eintrag."},
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    "key": {"F": "weiblich (Schl. W)", "M": "männlich (Schl. M)",
            "D": "divers (Schl. D)", "X": "ohne Angabe (Schl. X)"},
    "letter": {"F": "W", "M": "M", "D": "D", "X": "X"},
}
QUIZ_SEX_MODES: Final = ("choice", "choice", "word")
REGISTER_SEX_MODES: Final = ("word", "key", "letter", "key")
SEX_ORDER13: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX13.get(mode, SEX13["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX13.values()}


QUIZ_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
REGISTER_NATIONALITY_MODES: Final = ("adjective", "code", "code_adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "code":
        return code
    if mode == "code_adjective":
        return f"{code} ({adjective})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m) for m in ("adjective", "country", "code", "code_adjective")}


# purposes: (quiz option, register wording)
PURPOSE13: Final[dict[str, tuple[str, str]]] = {
    "study": ("Ich möchte in Deutschland studieren.", "Studium an einer Hochschule (Inland)"),
    "employment": ("Ich möchte in Deutschland arbeiten.", "Beschäftigung/Erwerb (Arbeit)"),
    "family": ("Ich möchte zu meiner Familie ziehen.", "Nachzug zur Familie"),
    "humanitarian": ("Ich brauche Schutz in Deutschland.", "Humanitärer Aufenthalt (Schutz)"),
    "other": ("Ich habe einen anderen Grund.", "Aufenthalt zu sonstigem Zweck"),
}
PURPOSE_ORDER13: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (quiz option, register wording)
DWELLING13: Final[dict[str, tuple[str, str]]] = {
    "main": ("Ja. Hier wohne ich meistens. Das ist meine Haupt-Wohnung.", "Hauptwohnsitz (HW)"),
    "secondary": ("Nein. Ich wohne meistens woanders. Das ist eine Neben-Wohnung.",
                  "Nebenwohnsitz (NW)"),
}
DWELLING_ORDER13: Final = ("main", "secondary")
# landlord roles: (quiz option, register wording); owner first
LANDLORD_ROLES13: Final = (
    ("Ja. Die Wohnung gehört mir.", "Eigentümer/in (selbst)"),
    ("Nein. Der Eigentümer hat mich beauftragt.", "vom Eigentümer beauftragt (Verwalter)"),
)
# yes / no of a gate question
YES_NO13: Final = (("Ja", "Nein"), ("Ja, das stimmt.", "Nein, das stimmt nicht."))
# document kinds: (quiz option, register wording)
ID_KINDS13: Final = {"P": ("Das ist ein Reise-Pass.", "Reisepass (Nationalpass)"),
                     "I": ("Das ist ein Personal-Ausweis.", "Personalausweis/Identitätskarte")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X", "Ja", "Nein",
})


class Extra13Wording(Wording):
    """Questions or labels, headings, furniture and titles from the seventeenth pool, chosen
    once per document (the questionnaire's pool or the register printout's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.quiz = layout == "quiz"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The question (quiz) or the label (register) of ``key``."""
        if key not in self._chosen:
            options = (QUIZ_QUESTIONS if self.quiz else REGISTER_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def part(self, key: str) -> str:
        """The caption of a sub-answer (quiz)."""
        return self._once("p:", key, QUIZ_PARTS[key])

    def help(self, key: str) -> str | None:
        """The explanation line under a question, if the pool has one."""
        options = QUIZ_HELP.get(key)
        return self._once("h:", key, options) if options else None

    def section(self, key: str) -> str:
        """Block headings follow one scheme per document."""
        k = "s:" + key
        if k not in self._other:
            options = (QUIZ_SECTIONS if self.quiz else REGISTER_SECTIONS)[key]
            self._other[k] = options[min(self._scheme, len(options) - 1)]
        return self._other[k]

    def word(self, key: str) -> str:
        return self._once("w:", key, (QUIZ_WORDS if self.quiz else REGISTER_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (QUIZ_TITLES if self.quiz else REGISTER_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]

    def notes(self, kind: str) -> tuple[str, ...]:
        return REGISTER_NOTES[kind]


Day = date


@dataclass(slots=True)
class Extra13Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra13_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that labels a value: questions, sub-answer captions and register labels."""
    pools_ = (QUIZ_QUESTIONS, QUIZ_PARTS, REGISTER_LABELS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, question, heading, title and furniture word of this pool (for tests)."""
    pools_ = (QUIZ_QUESTIONS, QUIZ_PARTS, QUIZ_HELP, QUIZ_SECTIONS, QUIZ_TITLES, QUIZ_WORDS,
              REGISTER_LABELS, REGISTER_SECTIONS, REGISTER_TITLES, REGISTER_WORDS,
              REGISTER_NOTES)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX13.values() for s in table.values()]
    out += [s for options in PURPOSE13.values() for s in options]
    out += [s for options in DWELLING13.values() for s in options]
    out += [s for pair in LANDLORD_ROLES13 for s in pair]
    out += [s for pair in YES_NO13 for s in pair]
    out += [s for pair in ID_KINDS13.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
