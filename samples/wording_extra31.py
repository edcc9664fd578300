"""The thirty-fifth wording pool and the printing habits of the thirty-first extra pair.

``EASY_QUESTIONS`` (the questions of a form in easy language, addressed to the citizen, long
compound words split with the middle dot), ``EASY_FACTS`` (the short statements an easy-language
explanatory copy of a certificate or an identity document lists its data under), ``EASY_NOTES``
(small-print explanations under a question), ``EASY_GLOSS`` (boxes that explain a hard word),
``EASY_HEADS``, ``EASY_TITLES``, ``EASY_INTRO`` and ``EASY_WORDS`` (badge, page counter, tick
instructions, signature, important notes, the zone's explanation, contact lines) belong to the
``easyread`` layout; ``STICKER_LABELS`` (the pre-printed labels of a form whose values were
printed on adhesive labels), ``STICKER_KEYS`` (the keys a label printer prints on a data-block
label), ``STICKER_HEADS``, ``STICKER_TITLES`` and ``STICKER_WORDS`` (the form's own print:
authority lines, form number, instructions, office box, label references) to the ``stickers``
layout. Both are used only by the layouts in ``EXTRA31_LAYOUTS`` of ``samples.generate``. They are
a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra31``, nor tune on those layouts' failures. None of the strings repeats a
string of the thirty-four other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this).

An easy-language document splits long compound words with the middle dot (``Geburts·datum``) or,
in some documents, with a hyphen and a capital letter (``Geburts-Datum``); ``split_words`` turns
the pool's middle-dot spelling into the document's. The ground truth stays the catalog's
normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording

DOT: Final = "·"

# --- easyread: forms and certificates in easy language -------------------------------------------

#: per field: three questions a form in easy language asks the citizen
EASY_QUESTIONS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": (
        "Wie ist Ihr Nach·name? Das ist Ihr Familien·name.",
        "Wie heißen Sie mit Familien·namen?",
        "Welchen Nach·namen haben Sie?",
    ),
    "given_names": (
        "Wie ist Ihr Vor·name?",
        "Wie heißen Sie mit Vor·namen? Bitte alle Vor·namen.",
        "Welche Vor·namen stehen in Ihrem Pass oder Ausweis?",
    ),
    "birth_name": (
        "Wie war Ihr Nach·name, als Sie ein Baby waren?",
        "Hatten Sie früher einen anderen Nach·namen? Welchen?",
        "Welchen Geburts·namen haben Sie?",
    ),
    "date_of_birth": (
        "Wann sind Sie geboren? Tag, Monat und Jahr.",
        "Wann haben Sie Geburts·tag? Mit dem Jahr bitte.",
        "Wie ist Ihr Geburts·datum?",
    ),
    "place_of_birth": (
        "Wo sind Sie geboren? In welcher Stadt?",
        "In welchem Ort sind Sie auf die Welt gekommen?",
        "Wie heißt Ihr Geburts·ort?",
    ),
    "sex": (
        "Sind Sie eine Frau oder ein Mann?",
        "Was steht in Ihrem Ausweis beim Geschlecht?",
        "Welches Geschlecht steht bei Ihnen im Pass?",
    ),
    "nationality": (
        "Welche Staats·angehörigkeit haben Sie jetzt?",
        "Aus welchem Land ist Ihr Pass?",
        "Zu welchem Staat gehören Sie? Das ist Ihre Staats·angehörigkeit.",
    ),
    "marital": (
        "Sind Sie verheiratet, ledig, geschieden oder verwitwet?",
        "Wie ist Ihr Familien·stand im Moment?",
        "Haben Sie einen Ehe·partner oder eine Ehe·partnerin?",
    ),
    "move_in_date": (
        "Wann sind Sie eingezogen? Bitte den Tag.",
        "An welchem Tag sind Sie in die Wohnung gezogen?",
        "Seit welchem Tag wohnen Sie in der neuen Wohnung?",
    ),
    "street": (
        "In welcher Straße wohnen Sie?",
        "Wie heißt Ihre Straße?",
        "Wie heißt die Straße, in der Sie wohnen?",
    ),
    "house_number": (
        "Welche Haus·nummer hat Ihr Haus?",
        "Wie ist Ihre Haus·nummer?",
        "Welche Nummer steht an Ihrem Haus?",
    ),
    "postal_code": (
        "Wie ist Ihre Post·leit·zahl?",
        "Welche Post·leit·zahl hat Ihr Wohn·ort?",
        "Wie heißt die Post·leit·zahl bei Ihnen?",
    ),
    "city": (
        "In welcher Stadt wohnen Sie?",
        "Wie heißt Ihr Wohn·ort?",
        "In welchem Ort ist Ihre Wohnung?",
    ),
    "street_line": (
        "Wie ist Ihre Straße und Ihre Haus·nummer?",
        "In welcher Straße und in welchem Haus wohnen Sie?",
        "Bitte schreiben Sie Straße und Haus·nummer auf.",
    ),
    "city_line": (
        "Wie ist Ihre Post·leit·zahl und Ihr Wohn·ort?",
        "In welchem Ort wohnen Sie? Bitte mit Post·leit·zahl.",
        "Bitte schreiben Sie Post·leit·zahl und Ort auf.",
    ),
    "address_line": (
        "Wie ist Ihre ganze Adresse?",
        "Wo wohnen Sie jetzt? Bitte die ganze Adresse.",
        "Wie ist Ihre Adresse mit Straße, Haus·nummer, Post·leit·zahl und Ort?",
    ),
    "dwelling": (
        "Ist das Ihre Haupt·wohnung oder eine Neben·wohnung?",
        "Wie oft wohnen Sie in dieser Wohnung?",
        "Wohnen Sie meistens in dieser Wohnung?",
    ),
    "previous_address": (
        "Wo haben Sie vor diesem Umzug gewohnt?",
        "Wie war Ihre alte Adresse? Bitte ganz auf·schreiben.",
        "Wo war Ihre letzte Wohnung?",
    ),
    "phone": (
        "Wie können wir Sie an·rufen?",
        "Wie ist Ihre Telefon·nummer?",
        "Unter welcher Telefon·nummer erreichen wir Sie?",
    ),
    "landlord_name": (
        "Wie heißen Sie? Oder wie heißt Ihre Firma?",
        "Wer vermietet die Wohnung? Bitte Ihren Namen oder den Namen der Firma.",
        "Wie ist Ihr Name als Vermieter oder Vermieterin?",
    ),
    "landlord_address": (
        "Wo wohnen Sie? Oder wo ist Ihre Firma?",
        "Wie ist Ihre Adresse als Vermieter oder Vermieterin?",
        "Wie ist Ihre eigene Adresse oder die Adresse der Firma?",
    ),
    "role": (
        "Gehört Ihnen die Wohnung?",
        "Sind Sie der Eigentümer? Oder vermieten Sie für den Eigentümer?",
        "Wem gehört die Wohnung?",
    ),
    "tenant": (
        "Wer ist in die Wohnung eingezogen? Bitte alle Namen.",
        "Welche Personen wohnen jetzt in der Wohnung?",
        "Wie heißen die neuen Bewohner? Bitte Vor·name und Nach·name.",
    ),
    "flat_move_in_date": (
        "Wann sind die Personen eingezogen?",
        "An welchem Tag war der Einzug?",
        "Seit wann wohnen die Personen in der Wohnung?",
    ),
    "flat_street": (
        "In welcher Straße ist die vermietete Wohnung?",
        "An welcher Straße liegt die Wohnung?",
        "Wie heißt die Straße von der vermieteten Wohnung?",
    ),
    "flat_house_number": (
        "Welche Haus·nummer hat das Haus mit der Wohnung?",
        "Wie ist die Haus·nummer von der Wohnung?",
        "In welchem Haus ist die Wohnung? Bitte die Nummer.",
    ),
    "flat_postal_code": (
        "Wie ist die Post·leit·zahl von der Wohnung?",
        "Welche Post·leit·zahl hat der Ort von der Wohnung?",
        "Welche Post·leit·zahl gehört zu der Wohnung?",
    ),
    "flat_city": (
        "In welcher Stadt ist die Wohnung?",
        "Wie heißt der Ort, in dem die Wohnung ist?",
        "In welchem Ort liegt die vermietete Wohnung?",
    ),
    "flat_street_line": (
        "Wie ist die Straße und die Haus·nummer von der Wohnung?",
        "In welcher Straße und in welchem Haus ist die Wohnung?",
        "Wo ist die Wohnung? Bitte Straße und Haus·nummer.",
    ),
    "flat_city_line": (
        "Wie ist die Post·leit·zahl und der Ort von der Wohnung?",
        "In welchem Ort ist die Wohnung? Bitte mit Post·leit·zahl.",
        "Welche Post·leit·zahl und welcher Ort gehören zu der Wohnung?",
    ),
    "flat_address_line": (
        "Wie ist die ganze Adresse von der Wohnung?",
        "Wo ist die Wohnung? Bitte die ganze Adresse.",
        "Wie ist die Adresse von der Wohnung mit Post·leit·zahl und Ort?",
    ),
    "vin": (
        "Wie ist die Fahrzeug-Identifizierungs·nummer von Ihrem Auto?",
        "Welche FIN hat Ihr Auto? Die Nummer hat 17 Zeichen.",
        "Wie ist die Fahr·gestell·nummer von Ihrem Fahrzeug?",
    ),
    "make": (
        "Von welcher Marke ist Ihr Auto?",
        "Welche Marke hat Ihr Fahrzeug? Zum Beispiel: Opel.",
        "Welche Firma hat das Auto gebaut?",
    ),
    "model": (
        "Welches Modell ist Ihr Auto?",
        "Wie heißt das Modell von Ihrem Auto genau?",
        "Welches Modell hat das Fahrzeug?",
    ),
    "desired_plate": (
        "Möchten Sie ein Wunsch·kenn·zeichen? Welches?",
        "Welches Kenn·zeichen wünschen Sie sich?",
        "Haben Sie ein Kenn·zeichen reserviert? Welches?",
    ),
    "evb_number": (
        "Wie ist Ihre eVB-Nummer? Die Nummer bekommen Sie von der Versicherung.",
        "Welche eVB-Nummer hat Ihnen die Versicherung geschickt?",
        "Wie ist die Nummer von der Versicherungs·bestätigung (eVB)?",
    ),
    "account_holder": (
        "Wem gehört das Bank·konto? Bitte den Namen.",
        "Wie heißt die Person mit dem Bank·konto?",
        "Auf welchen Namen läuft das Bank·konto?",
    ),
    "iban": (
        "Wie ist die IBAN von dem Bank·konto?",
        "Welche IBAN hat Ihr Bank·konto?",
        "Wie ist Ihre IBAN? Die IBAN steht auf Ihrer Bank·karte.",
    ),
    "bic": (
        "Wie ist die BIC von Ihrer Bank?",
        "Welche BIC hat Ihre Bank?",
        "Kennen Sie die BIC von Ihrer Bank? Bitte hier auf·schreiben.",
    ),
    "passport_number": (
        "Welche Nummer hat Ihr Pass? Bitte genau ab·schreiben.",
        "Wie ist die Nummer von Ihrem Reise·pass?",
        "Wie ist Ihre Pass·nummer?",
    ),
    "passport_expiry_date": (
        "Bis wann gilt Ihr Pass noch?",
        "Wann ist Ihr Reise·pass nicht mehr gültig?",
        "Bis zu welchem Tag ist Ihr Pass gültig?",
    ),
    "entry_date": (
        "Wann sind Sie nach Deutschland gekommen? Bitte den Tag.",
        "An welchem Tag sind Sie in Deutschland angekommen?",
        "Wann war Ihre Einreise nach Deutschland?",
    ),
    "purpose": (
        "Warum möchten Sie für längere Zeit in Deutschland bleiben?",
        "Warum sind Sie in Deutschland?",
        "Aus welchem Grund brauchen Sie den Aufenthalts·titel?",
    ),
}

#: per field: three statements an explanatory copy lists a certificate's or a document's data under
EASY_FACTS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": (
        "Der Nach·name von der Person ist:",
        "So heißt die Person mit Nach·namen:",
        "Das ist der Familien·name:",
    ),
    "given_names": (
        "Der Vor·name ist:",
        "So heißt die Person mit Vor·namen:",
        "Das sind alle Vor·namen:",
    ),
    "date_of_birth": (
        "Geboren ist die Person am:",
        "Das ist der Geburts·tag:",
        "Der Tag von der Geburt ist:",
    ),
    "place_of_birth": (
        "Geboren ist die Person in:",
        "Der Ort von der Geburt ist:",
        "In diesem Ort war die Geburt:",
    ),
    "sex": (
        "Das Geschlecht ist:",
        "Beim Geschlecht steht:",
        "Als Geschlecht ist eingetragen:",
    ),
    "nationality": (
        "Die Staats·angehörigkeit ist:",
        "Die Person gehört zu diesem Staat:",
        "Das ist die Staats·angehörigkeit:",
    ),
    "mother_name": (
        "Die Mutter von dem Kind heißt:",
        "Der Name von der Mutter ist:",
        "So heißt die Mutter von dem Kind:",
    ),
    "father_name": (
        "Der Vater von dem Kind heißt:",
        "Der Name von dem Vater ist:",
        "So heißt der Vater von dem Kind:",
    ),
    "registry_office": (
        "Das Standes·amt ist:",
        "Diese Behörde hat die Urkunde gemacht:",
        "Die Urkunde kommt von diesem Amt:",
    ),
    "register_number": (
        "Die Nummer im Register ist:",
        "So ist die Urkunde im Register eingetragen:",
        "Die Register·nummer lautet:",
    ),
    "issue_date": (
        "Die Urkunde ist gemacht am:",
        "Das Standes·amt hat die Urkunde ausgestellt am:",
        "Ausgestellt wurde die Urkunde am:",
    ),
    "marriage_date": (
        "Geheiratet haben die beiden am:",
        "Der Tag von der Hochzeit ist:",
        "An diesem Tag war die Hochzeit:",
    ),
    "marriage_place": (
        "Geheiratet haben die beiden in:",
        "Der Ort von der Hochzeit ist:",
        "In diesem Ort war die Hochzeit:",
    ),
    "date_of_death": (
        "Gestorben ist die Person am:",
        "Der Tag von dem Tod ist:",
        "An diesem Tag ist die Person gestorben:",
    ),
    "place_of_death": (
        "Gestorben ist die Person in:",
        "Der Ort von dem Tod ist:",
        "In diesem Ort ist die Person gestorben:",
    ),
    "birth_time": (
        "Die Uhr·zeit von der Geburt ist:",
        "Um diese Uhr·zeit kam das Kind zur Welt:",
        "Das Kind ist um diese Uhr·zeit geboren:",
    ),
    "last_residence": (
        "Zuletzt hat die Person hier gewohnt:",
        "Die letzte Adresse von der Person ist:",
        "Die letzte Wohnung war hier:",
    ),
    "doc_kind": (
        "Das Dokument ist:",
        "Diese Art von Ausweis ist es:",
        "Das ist die Art von dem Dokument:",
    ),
    "doc_code": (
        "Der Kenn·buchstabe ist:",
        "Der Buchstabe für die Art von dem Dokument:",
        "Das Dokument hat den Kenn·buchstaben:",
    ),
    "doc_number": (
        "Die Nummer von dem Dokument ist:",
        "Das Dokument hat diese Nummer:",
        "Die Ausweis·nummer ist:",
    ),
    "issuing_state": (
        "Dieser Staat hat das Dokument gemacht:",
        "Das Land von dem Dokument als Kürzel:",
        "Das Kürzel von dem Staat, der es ausgestellt hat:",
    ),
    "expiry_date": (
        "Das Dokument gilt bis:",
        "Gültig ist das Dokument bis zum:",
        "Das ist der letzte Tag, an dem es gilt:",
    ),
    "authority": (
        "Diese Behörde hat es ausgestellt:",
        "Das Amt von dem Dokument ist:",
        "Ausgestellt hat es dieses Amt:",
    ),
    "doc_issue": (
        "Ausgestellt ist das Dokument am:",
        "Das Dokument ist gemacht am:",
        "Der Tag von der Ausstellung ist:",
    ),
}

#: small-print explanations under a question or a statement
EASY_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Schreiben Sie den Namen so wie in Ihrem Ausweis.",
                    "Bitte in Druck·buchstaben schreiben."),
    "given_names": ("Haben Sie mehrere Vor·namen? Dann schreiben Sie alle auf.",
                    "Alle Vor·namen, auch den zweiten Vor·namen."),
    "birth_name": ("Das ist wichtig, wenn Sie nach der Hochzeit anders heißen.",
                   "Wenn Sie immer so hießen: Dann lassen Sie das Feld frei."),
    "date_of_birth": ("Das Datum steht in Ihrem Ausweis.", "Zuerst den Tag, dann den Monat, "
                      "dann das Jahr."),
    "nationality": ("Haben Sie mehr als 1 Staats·angehörigkeit? Dann schreiben Sie alle auf.",),
    "move_in_date": ("Das ist der Tag, an dem Sie in die Wohnung gezogen sind.",
                     "Sie müssen sich in 2 Wochen an·melden."),
    "postal_code": ("Die Post·leit·zahl hat 5 Zahlen.", "Die Post·leit·zahl steht vor dem Ort."),
    "house_number": ("Manchmal hat die Haus·nummer einen Buchstaben. Zum Beispiel: 12 a.",),
    "previous_address": ("Sind Sie aus einem anderen Land gekommen? Dann schreiben Sie das "
                         "Land auf.",),
    "phone": ("Das müssen Sie nicht aus·füllen.", "Diese Angabe ist freiwillig."),
    "tenant": ("Schreiben Sie für jede Person eine Zeile.",),
    "vin": ("Die Nummer steht in der Zulassungs·bescheinigung Teil 2.",),
    "evb_number": ("Die Nummer hat 7 Zeichen.", "Fragen Sie Ihre Versicherung nach der Nummer."),
    "iban": ("Von diesem Konto holt sich das Amt die Kfz-Steuer.",),
    "passport_number": ("Die Nummer steht oben rechts in Ihrem Pass.",),
    "entry_date": ("Das Datum steht oft als Stempel in Ihrem Pass.",),
    "desired_plate": ("Kein Wunsch? Dann bekommen Sie ein Kenn·zeichen vom Amt.",),
    "register_number": ("Mit dieser Nummer findet das Amt die Urkunde wieder.",),
    "issue_date": ("An diesem Tag hat das Amt die Urkunde gedruckt.",),
    "expiry_date": ("Nach diesem Tag brauchen Sie ein neues Dokument.",),
    "doc_number": ("Die Nummer ist wichtig. Bitte gut auf·bewahren.",),
}

#: boxes that explain a hard word (the word before " bedeutet" is printed bold)
EASY_GLOSS: Final[dict[str, tuple[str, ...]]] = {
    "nationality": ("Staats·angehörigkeit bedeutet: Sie gehören zu einem Land. Sie haben "
                    "einen Pass von diesem Land.",),
    "postal_code": ("Post·leit·zahl bedeutet: Eine Zahl mit 5 Ziffern. Die Post findet damit "
                    "den Ort.",),
    "dwelling": ("Haupt·wohnung bedeutet: Hier wohnen Sie die meiste Zeit. Eine "
                 "Neben·wohnung ist eine zweite Wohnung.",),
    "evb_number": ("eVB bedeutet: elektronische Versicherungs·bestätigung. Die Versicherung "
                   "gibt Ihnen diese Nummer.",),
    "iban": ("IBAN bedeutet: Das ist die Nummer von einem Bank·konto. Sie ist lang und "
             "beginnt mit 2 Buchstaben.",),
    "vin": ("FIN bedeutet: Fahrzeug-Identifizierungs·nummer. Jedes Auto hat eine eigene "
            "Nummer.",),
    "registry_office": ("Standes·amt bedeutet: Dieses Amt schreibt Geburten, Hochzeiten und "
                        "Todes·fälle auf.",),
    "register_number": ("Register bedeutet: Ein großes Verzeichnis beim Amt. Dort steht jede "
                        "Urkunde mit einer Nummer.",),
    "birth_name": ("Geburts·name bedeutet: So hießen Sie mit Nach·namen, als Sie geboren "
                   "wurden.",),
    "purpose": ("Aufenthalts·titel bedeutet: Eine Erlaubnis. Mit der Erlaubnis dürfen Sie in "
                "Deutschland bleiben.",),
    "move_in_date": ("Einzug bedeutet: Sie ziehen in eine Wohnung. Ab diesem Tag wohnen Sie "
                     "dort.",),
    "zone": ("Maschinen·zeilen bedeutet: Zeilen mit Buchstaben, Zahlen und spitzen Klammern. "
             "Ein Computer liest diese Zeilen.",),
}

EASY_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Das sind Sie selbst", "Alles über Sie", "Jetzt geht es um Sie"),
    "dwelling": ("Das ist Ihre neue Wohnung", "Hier wohnen Sie jetzt", "Das ist die neue Wohnung"),
    "previous": ("Das war Ihre alte Wohnung", "Hier haben Sie vorher gewohnt",
                 "Das war Ihre Wohnung vorher"),
    "contact": ("So erreichen wir Sie", "Für Fragen von uns", "Falls wir Fragen haben"),
    "landlord": ("Sie sind der Vermieter", "Das sind Sie als Vermieter oder Vermieterin",
                 "Jetzt geht es um Sie als Vermieter"),
    "flat": ("Um diese Wohnung geht es hier", "Hier ist die Wohnung",
             "Das ist die vermietete Wohnung"),
    "tenants": ("Diese Personen sind neu eingezogen", "Die neuen Bewohner",
                "Wer wohnt jetzt in der Wohnung?"),
    "child": ("Das ist das Kind", "Jetzt geht es um das Kind", "Das Kind, das geboren ist"),
    "parents": ("Das sind die Eltern", "Mutter und Vater von dem Kind",
                "Jetzt geht es um die Eltern"),
    "spouse1": ("Die erste Person in der Ehe", "Der erste Ehe·partner oder die erste "
                "Ehe·partnerin", "Person Nummer 1 in der Ehe"),
    "spouse2": ("Die zweite Person in der Ehe", "Der zweite Ehe·partner oder die zweite "
                "Ehe·partnerin", "Person Nummer 2 in der Ehe"),
    "marriage": ("Das ist die Hochzeit", "Jetzt geht es um die Hochzeit",
                 "Wann und wo war die Hochzeit?"),
    "deceased": ("Diese Person ist gestorben", "Jetzt geht es um die gestorbene Person",
                 "Wer ist gestorben?"),
    "death": ("Wann und wo ist die Person gestorben?", "Das ist der Todes·fall",
              "Jetzt geht es um den Tod"),
    "register": ("So steht es im Register", "Das Register beim Standes·amt",
                 "Wo steht die Urkunde im Register?"),
    "holder": ("Das sind Sie als Halter oder Halterin", "Ihnen gehört das Auto",
               "Jetzt geht es um Sie als Halter"),
    "vehicle": ("Das ist Ihr Auto", "Jetzt geht es um das Fahrzeug", "Alles über Ihr Auto"),
    "insurance": ("Die Versicherung für das Auto", "Ihr Auto ist versichert",
                  "Jetzt geht es um die Versicherung"),
    "account": ("Das Bank·konto für die Kfz-Steuer", "Von diesem Konto zahlen Sie die Steuer",
                "Jetzt geht es um Ihr Bank·konto"),
    "applicant": ("Das sind Sie als Antrag·steller", "Wer stellt den Antrag?",
                  "Jetzt geht es um Sie persönlich"),
    "passport": ("Ihr Pass und Ihre Reise nach Deutschland", "Jetzt geht es um Ihren Reise·pass",
                 "Das ist Ihr Pass"),
    "stay": ("Warum Sie in Deutschland sind", "Der Grund für den Aufenthalt",
             "Jetzt geht es um Ihren Aufenthalt"),
    "home": ("Ihre Wohnung in Deutschland", "Hier wohnen Sie jetzt in Deutschland",
             "Jetzt geht es um Ihre Adresse in Deutschland"),
    "document": ("Das ist das Dokument", "Jetzt geht es um Ihren Ausweis",
                 "Über das Ausweis-Dokument"),
    "holder_id": ("Das steht über Sie in dem Dokument", "Wem gehört das Dokument?",
                  "Die Person in dem Dokument"),
    "zone": ("Die Zeilen für den Computer", "Die Maschinen·zeilen",
             "Zeichen für die Lese·maschine"),
    "sign": ("Zum Schluss: Bitte unter·schreiben", "Jetzt fehlt nur noch Ihre Unter·schrift",
             "Das Letzte: Ihre Unter·schrift"),
    "contact_office": ("So erreichen Sie uns", "Haben Sie noch Fragen?", "Hier bekommen Sie Hilfe"),
}

EASY_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung von Ihrer Wohnung", "Sie sind umgezogen: Bitte melden Sie sich an",
                  "Formular zum An·melden von Ihrer Wohnung"),
    "wohnungsgeberbestaetigung": ("Der Vermieter bestätigt den Einzug",
                                  "Bestätigung vom Vermieter in Leichter Sprache",
                                  "Wohnungs·geber·bestätigung in Leichter Sprache"),
    "geburtsurkunde": ("Die Geburts·urkunde einfach erklärt",
                       "Erklärung zur Geburts·urkunde in Leichter Sprache",
                       "Was steht in der Geburts·urkunde?"),
    "eheurkunde": ("Die Ehe·urkunde einfach erklärt", "Erklärung zur Ehe·urkunde in Leichter "
                   "Sprache", "Was steht in der Ehe·urkunde?"),
    "sterbeurkunde": ("Die Sterbe·urkunde in einfachen Worten",
                      "Erklärung zur Sterbe·urkunde in Leichter Sprache",
                      "Was steht in der Sterbe·urkunde?"),
    "antrag_zulassung": ("Antrag: Ein Auto an·melden", "Sie wollen Ihr Auto zu·lassen",
                         "Zulassung von einem Fahrzeug in Leichter Sprache"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthalts·titel in Leichter Sprache",
                                "Sie möchten in Deutschland bleiben: Der Antrag",
                                "Antrag für Ihren Aufenthalt in Deutschland"),
    "identity_document": ("Ihr Ausweis-Dokument einfach erklärt",
                          "Erklärung zu Ihrem Pass oder Ausweis",
                          "Das steht in Ihrem Ausweis-Dokument"),
}

#: opening sentences (one sentence a line when printed)
EASY_INTRO: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Sie haben eine neue Wohnung. Dann müssen Sie sich beim Bürger·amt an·melden. "
        "Bitte beantworten Sie die Fragen.",
        "Sie sind umgezogen. Das Amt muss Ihre neue Adresse kennen. Darum gibt es dieses "
        "Formular.",
    ),
    "wohnungsgeberbestaetigung": (
        "Jemand ist in Ihre Wohnung eingezogen. Sie vermieten die Wohnung. Dann müssen Sie "
        "den Einzug bestätigen.",
        "Die neuen Bewohner brauchen dieses Blatt für das Amt. Bitte füllen Sie es aus.",
    ),
    "geburtsurkunde": (
        "Ein Kind ist geboren. Das Standes·amt hat die Geburt aufgeschrieben. Auf diesem "
        "Blatt erklären wir die Urkunde.",
        "Hier steht, was in der Geburts·urkunde steht. Wir haben es in einfachen Worten "
        "geschrieben.",
    ),
    "eheurkunde": (
        "Zwei Menschen haben geheiratet. Das Standes·amt hat die Hochzeit aufgeschrieben. Auf "
        "diesem Blatt erklären wir die Urkunde.",
        "Hier steht, was in der Ehe·urkunde steht. Wir haben es in einfachen Worten "
        "geschrieben.",
    ),
    "sterbeurkunde": (
        "Ein Mensch ist gestorben. Das tut uns leid. Das Standes·amt hat den Tod "
        "aufgeschrieben.",
        "Hier steht, was in der Sterbe·urkunde steht. Wir haben es in einfachen Worten "
        "geschrieben.",
    ),
    "antrag_zulassung": (
        "Sie haben ein Auto. Sie möchten mit dem Auto fahren. Dafür muss das Auto zugelassen "
        "sein.",
        "Mit diesem Antrag melden Sie Ihr Auto an. Bitte beantworten Sie alle Fragen.",
    ),
    "aufenthaltstitel_antrag": (
        "Sie kommen aus einem anderen Land. Sie möchten in Deutschland bleiben. Dafür "
        "brauchen Sie eine Erlaubnis.",
        "Mit diesem Antrag fragen Sie nach einer Erlaubnis für Deutschland. Bitte beantworten "
        "Sie die Fragen.",
    ),
    "identity_document": (
        "Sie haben uns Ihr Ausweis-Dokument gezeigt. Wir haben die Angaben abgeschrieben. "
        "Hier können Sie alles nach·lesen.",
        "Das ist eine Erklärung zu Ihrem Dokument. Bitte prüfen Sie: Stimmt alles?",
    ),
}

EASY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "badge": ("Leichte Sprache", "Text in Leichter Sprache", "Einfach gesagt"),
    "page": ("Seite {} von insgesamt {}", "Das ist Seite {} von {}.", "Blatt Nummer {} von {}"),
    "next": ("Auf der nächsten Seite geht es weiter.", "Bitte drehen Sie das Blatt um.",
             "Es geht auf der nächsten Seite weiter."),
    "tick": ("Machen Sie ein Kreuz in das Kästchen.", "Kreuzen Sie an, was stimmt.",
             "Bitte nur 1 Kreuz machen."),
    "city": ("Die Stadt {} informiert", "Bürger·amt der Stadt {}", "Rat·haus {}"),
    "office": ("Bürger·service im Rat·haus", "Ihr Bürger·büro", "Team Bürger·dienste"),
    "sign_text": ("Ich habe alles richtig auf·geschrieben.", "Meine Angaben stimmen.",
                  "Alles auf diesem Blatt ist richtig und vollständig."),
    "place_date": ("Geschrieben in {} am {}", "Das war in {} am {}", "In {}, am {}"),
    "signature": ("Hier bitte unter·schreiben", "Ihre Unter·schrift hier",
                  "Unter·schrift von Ihnen"),
    "important": ("Das ist wichtig:", "Bitte lesen Sie das genau:", "Achtung, wichtig:"),
    "cert_note": (
        "Dieses Blatt ist eine Erklärung. Es ist keine Urkunde. Nur die echte Urkunde gilt.",
        "Dieses Blatt hilft beim Lesen. Bei Ämtern zeigen Sie bitte die echte Urkunde.",
    ),
    "id_note": (
        "Dieses Blatt ist kein Ausweis. Bitte tragen Sie immer Ihr echtes Dokument bei sich.",
        "Diese Erklärung ersetzt nicht Ihren Ausweis. Sie hilft Ihnen nur beim Lesen.",
    ),
    "zone_text": (
        "Unten auf dem Dokument stehen Zeilen mit Zeichen. Ein Computer kann diese Zeilen lesen.",
        "Auf dem Dokument gibt es Zeilen für den Computer. Wir haben sie hier genau "
        "abgeschrieben.",
    ),
    "zone_here": ("So sehen die Zeilen aus:", "Das sind die Zeilen aus Ihrem Dokument:",
                  "Genau diese Zeichen stehen dort:"),
    "copy_here": ("Das ist ein Bild von Ihrem Dokument:", "So sieht Ihr Dokument aus:",
                  "Hier sehen Sie eine Kopie von dem Dokument:"),
    "contact": ("Haben Sie Fragen? Dann rufen Sie uns an: {}",
                "Bei Fragen helfen wir Ihnen gern. Unsere Telefon·nummer: {}",
                "Sie verstehen etwas nicht? Rufen Sie an: {}"),
    "hours": ("Wir sind von Montag bis Freitag für Sie da.",
              "Sie können auch vorbei·kommen. Bitte machen Sie vorher einen Termin.",
              "Sie können uns auch eine E-Mail schreiben."),
    "gloss_head": ("Schweres Wort erklärt", "Das Wort erklären wir", "Was heißt das?"),
    "not_there": ("Das gibt es bei mir nicht.", "Trifft bei mir nicht zu."),
    "cert_made": ("Die echte Urkunde hat das Standes·amt {} gemacht.",
                  "Die Urkunde kommt vom Standes·amt in {}."),
    "seen": ("Wir haben die echte Urkunde gesehen.", "Die Angaben sind aus der echten "
             "Urkunde abgeschrieben."),
    "tenant_more": ("Noch eine Person:", "Und diese Person:"),
}

# --- stickers: a pre-printed form with the values on adhesive labels ------------------------------

#: per field: three pre-printed labels of a form made for label-printer stickers (a form family
#: marks its sticker fields as "Klebefeld", "Etikett" or "Aufkleber")
STICKER_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (Klebefeld)", "Nachname – Etikett",
                    "Name (Familienname) – Aufkleber"),
    "given_names": ("Vornamen (Klebefeld)", "sämtliche Vornamen – Etikett",
                    "Vorname(n) – Aufkleber"),
    "birth_name": ("Geburtsname, falls abweichend (Klebefeld)", "Name bei Geburt – Etikett",
                   "frühere Namen/Geburtsname – Aufkleber"),
    "date_of_birth": ("Geburtsdatum (Klebefeld)", "geboren am – Etikett",
                      "Tag der Geburt – Aufkleber"),
    "place_of_birth": ("Geburtsort (Klebefeld)", "geboren in – Etikett",
                       "Ort der Geburt – Aufkleber"),
    "sex": ("Geschlecht (Punkt kleben)", "Geschlecht – Etikett oder Kreuz",
            "Geschlechtseintrag – Aufkleber"),
    "nationality": ("Staatsangehörigkeit (Klebefeld)", "Staatsangeh. – Etikett",
                    "Nationalität – Aufkleber"),
    "marital": ("Familienstand (Klebefeld)", "Familienstand – Etikett",
                "Personenstand – Aufkleber"),
    "move_in_date": ("Einzugsdatum (Klebefeld)", "eingezogen am – Etikett",
                     "Tag des Einzugs – Aufkleber"),
    "street": ("Straße (Klebefeld)", "Straße – Etikett", "Straßenbezeichnung – Aufkleber"),
    "house_number": ("Hausnummer (Klebefeld)", "Haus-Nr. – Etikett", "Hausnr./Zusatz – Aufkleber"),
    "postal_code": ("Postleitzahl (Klebefeld)", "PLZ – Etikett", "PLZ (5-stellig) – Aufkleber"),
    "city": ("Ort (Klebefeld)", "Gemeinde – Etikett", "Wohnort – Aufkleber"),
    "street_line": ("Straße und Hausnummer (Klebefeld)", "Straße, Haus-Nr. – Etikett",
                    "Str./Hausnr. – Aufkleber"),
    "city_line": ("PLZ und Ort (Klebefeld)", "PLZ, Ort – Etikett", "PLZ/Gemeinde – Aufkleber"),
    "address_line": ("Anschrift (Klebefeld)", "vollständige Anschrift – Etikett",
                     "Wohnanschrift – Aufkleber"),
    "dwelling": ("Art der Wohnung (Punkt kleben)", "Wohnungsstatus – Etikett oder Kreuz",
                 "Haupt- oder Nebenwohnung – Aufkleber"),
    "previous_address": ("bisherige Anschrift (Klebefeld)", "frühere Wohnung – Etikett",
                         "Zuzug von (Anschrift) – Aufkleber"),
    "phone": ("Telefon für Rückfragen (Klebefeld)", "Rufnummer (freiwillig) – Etikett",
              "Telefon – Aufkleber"),
    "landlord_name": ("Name/Firma des Wohnungsgebers (Klebefeld)",
                      "Wohnungsgeber, Name – Etikett", "Vermieter/Wohnungsgeber – Aufkleber"),
    "landlord_address": ("Anschrift des Wohnungsgebers (Klebefeld)",
                         "Wohnungsgeber, Anschrift – Etikett", "Anschrift Vermieter – Aufkleber"),
    "role": ("Wohnungsgeber ist (Punkt kleben)", "Eigentümer oder Beauftragter – Etikett oder "
             "Kreuz", "Stellung des Wohnungsgebers – Aufkleber"),
    "tenant": ("Name der eingezogenen Person (Klebefeld)", "eingezogene Person – Etikett",
               "Mieter/in (Vorname Name) – Aufkleber"),
    "vin": ("Fahrzeug-Identifizierungsnummer (Klebefeld)", "FIN – Etikett",
            "Fahrgestellnummer – Aufkleber"),
    "make": ("Marke (Klebefeld)", "Hersteller – Etikett", "Fabrikat – Aufkleber"),
    "model": ("Typ/Modell (Klebefeld)", "Handelsname – Etikett", "Modell – Aufkleber"),
    "desired_plate": ("Wunschkennzeichen (Klebefeld)", "reserviertes Kennzeichen – Etikett",
                      "Kennzeichen (Wunsch) – Aufkleber"),
    "evb_number": ("eVB-Nummer (Klebefeld)", "Versicherungsbestätigung – Etikett",
                   "eVB – Aufkleber"),
    "account_holder": ("Kontoinhaber (Klebefeld)", "Kontoinhaber/in – Etikett",
                       "Inhaber des Kontos – Aufkleber"),
    "iban": ("IBAN (Klebefeld)", "IBAN – Etikett", "IBAN/Kontoverbindung – Aufkleber"),
    "bic": ("BIC (Klebefeld)", "BIC – Etikett", "BIC der Bank – Aufkleber"),
    "passport_number": ("Passnummer (Klebefeld)", "Nr. des Nationalpasses – Etikett",
                        "Reisepass-Nr. – Aufkleber"),
    "passport_expiry_date": ("Pass gültig bis (Klebefeld)", "Gültigkeit des Passes – Etikett",
                             "Pass, Ablaufdatum – Aufkleber"),
    "entry_date": ("Einreisedatum (Klebefeld)", "eingereist am – Etikett",
                   "Tag der Einreise – Aufkleber"),
    "purpose": ("Aufenthaltszweck (Punkt kleben)", "Zweck – Etikett oder Kreuz",
                "beantragter Zweck – Aufkleber"),
    "mother_name": ("Mutter (Klebefeld)", "Name der Mutter – Etikett",
                    "Mutter (Vorname Name) – Aufkleber"),
    "father_name": ("Vater (Klebefeld)", "Name des Vaters – Etikett",
                    "Vater (Vorname Name) – Aufkleber"),
    "registry_office": ("Standesamt (Klebefeld)", "Standesamt – Etikett",
                        "Registerbehörde – Aufkleber"),
    "register_number": ("Registernummer (Klebefeld)", "Eintrag Nr. – Etikett",
                        "Registereintrag – Aufkleber"),
    "issue_date": ("Ausstellungsdatum (Klebefeld)", "ausgestellt am – Etikett",
                   "Datum der Urkunde – Aufkleber"),
    "marriage_date": ("Tag der Eheschließung (Klebefeld)", "Eheschließung am – Etikett",
                      "Datum der Trauung – Aufkleber"),
    "marriage_place": ("Ort der Eheschließung (Klebefeld)", "Eheschließung in – Etikett",
                       "Trauort – Aufkleber"),
    "date_of_death": ("Sterbedatum (Klebefeld)", "verstorben am – Etikett", "Todestag – Aufkleber"),
    "place_of_death": ("Sterbeort (Klebefeld)", "verstorben in – Etikett",
                       "Ort des Todes – Aufkleber"),
    "birth_time": ("Geburtszeit (Klebefeld)", "Uhrzeit der Geburt – Etikett",
                   "geboren um – Aufkleber"),
    "last_residence": ("letzter Wohnsitz (Klebefeld)", "zuletzt wohnhaft – Etikett",
                       "letzte Anschrift – Aufkleber"),
    "doc_kind": ("Dokumentart (Punkt kleben)", "Art des Dokuments – Etikett oder Kreuz",
                 "Dokumententyp – Aufkleber"),
    "doc_code": ("Dokumentcode (Klebefeld)", "Typ/Code – Etikett", "Dokumentkürzel – Aufkleber"),
    "doc_number": ("Dokumentnummer (Klebefeld)", "Nummer des Dokuments – Etikett",
                   "Ausweis-/Pass-Nr. – Aufkleber"),
    "issuing_state": ("Ausstellungsstaat (Klebefeld)", "ausstellender Staat – Etikett",
                      "Ausstellerland – Aufkleber"),
    "expiry_date": ("gültig bis (Klebefeld)", "Ablaufdatum – Etikett",
                    "Gültigkeitsende – Aufkleber"),
    "authority": ("ausstellende Behörde (Klebefeld)", "Behörde – Etikett",
                  "ausgestellt von – Aufkleber"),
    "doc_issue": ("Ausstellungsdatum Dokument (Klebefeld)", "Dokument ausgestellt am – Etikett",
                  "Ausgabetag – Aufkleber"),
    "names": ("Familienname, Vornamen (Klebefeld)", "Name, Vornamen – Etikett",
              "Familien- und Vornamen – Aufkleber"),
}

#: keys a label printer prints before the values on a data-block label (with a field code)
STICKER_KEYS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("01 FAMILIENNAME", "FNAM/01", "#01 NACHNAME"),
    "given_names": ("02 VORNAMEN", "VNAM/02", "#02 VORN."),
    "date_of_birth": ("03 GEBURTSTAG", "GDAT/03", "#03 GEB-DATUM"),
    "place_of_birth": ("04 GEBURTSORT", "GORT/04", "#04 GEB-ORT"),
    "sex": ("05 GESCHLECHT", "GSCH/05", "#05 GESCHL"),
    "nationality": ("06 STAATSANGEH", "STAN/06", "#06 STAATSANG"),
    "mother_name": ("07 MUTTER", "MUTT/07", "#07 NAME MUTTER"),
    "father_name": ("08 VATER", "VATR/08", "#08 NAME VATER"),
    "registry_office": ("09 STANDESAMT", "STAM/09", "#09 STA"),
    "register_number": ("10 REGISTERNR", "REGN/10", "#10 REG-NR"),
    "issue_date": ("11 AUSGESTELLT", "AUSD/11", "#11 AUSST-DATUM"),
    "marriage_date": ("12 EHESCHLIESSUNG", "EHED/12", "#12 HEIRAT AM"),
    "marriage_place": ("13 EHESCHL-ORT", "EHEO/13", "#13 HEIRAT IN"),
    "date_of_death": ("14 STERBETAG", "TODD/14", "#14 GESTORBEN AM"),
    "place_of_death": ("15 STERBEORT", "TODO/15", "#15 GESTORBEN IN"),
    "birth_time": ("16 GEBURTSZEIT", "GZEI/16", "#16 UHRZEIT"),
    "last_residence": ("17 LETZTER WOHNSITZ", "LWOH/17", "#17 ZULETZT WOHNHAFT"),
    "doc_number": ("21 DOKUMENTNR", "DOKN/21", "#21 DOK-NR"),
    "issuing_state": ("22 AUSSTELLERSTAAT", "AUSS/22", "#22 STAAT"),
    "expiry_date": ("23 GUELTIG BIS", "GUEL/23", "#23 ABLAUF"),
}

STICKER_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Block A · Person (Klebefelder)", "A – Personendaten, Etiketten",
               "Etikettenblock A: Person"),
    "dwelling": ("Block B · neue Wohnung (Klebefelder)", "B – Wohnungsdaten, Etiketten",
                 "Etikettenblock B: Wohnung"),
    "previous": ("Block C · bisherige Wohnung (Klebefelder)", "C – frühere Wohnung, Etiketten",
                 "Etikettenblock C: bisherige Wohnung"),
    "contact": ("Block D · Kontakt (Klebefelder)", "D – Rückfragen, Etiketten",
                "Etikettenblock D: Kontakt"),
    "landlord": ("Block A · Wohnungsgeber (Klebefelder)", "A – Wohnungsgeberdaten, Etiketten",
                 "Etikettenblock A: Wohnungsgeber"),
    "flat": ("Block B · überlassene Wohnung (Klebefelder)", "B – Mietwohnung, Etiketten",
             "Etikettenblock B: überlassene Wohnung"),
    "tenants": ("Block C · eingezogene Personen (je Person ein Etikett)",
                "C – eingezogene Personen, Etiketten", "Etikettenblock C: Bewohner"),
    "child": ("Block 1 · Kind (Registeretiketten)", "1 – Angaben Kind, Etiketten",
              "Etikettenblock 1: Kind"),
    "parents": ("Block 2 · Eltern (Registeretiketten)", "2 – Angaben Eltern, Etiketten",
                "Etikettenblock 2: Eltern"),
    "spouse1": ("Block 1 · erste Person der Ehe (Etiketten)", "1 – Ehegatte/Ehegattin, Etiketten",
                "Etikettenblock 1: erster Ehegatte"),
    "spouse2": ("Block 2 · zweite Person der Ehe (Etiketten)",
                "2 – Ehegatte/Ehegattin, Etiketten", "Etikettenblock 2: zweiter Ehegatte"),
    "marriage": ("Block 3 · Eheschließung (Etiketten)", "3 – Angaben Eheschließung, Etiketten",
                 "Etikettenblock 3: Eheschließung"),
    "deceased": ("Block 1 · verstorbene Person (Etiketten)", "1 – Angaben Verstorbene/r, Etiketten",
                 "Etikettenblock 1: verstorbene Person"),
    "death": ("Block 2 · Sterbefall (Etiketten)", "2 – Angaben Sterbefall, Etiketten",
              "Etikettenblock 2: Sterbefall"),
    "register": ("Block R · Registereintrag (Etiketten)", "R – Registerdaten, Etiketten",
                 "Etikettenblock R: Register"),
    "holder": ("Block A · Halter/in (Klebefelder)", "A – Halterdaten, Etiketten",
               "Etikettenblock A: Halter"),
    "vehicle": ("Block B · Fahrzeug (Klebefelder)", "B – Fahrzeugdaten, Etiketten",
                "Etikettenblock B: Fahrzeug"),
    "insurance": ("Block C · Versicherung (Klebefelder)", "C – Versicherungsdaten, Etiketten",
                  "Etikettenblock C: Versicherung"),
    "account": ("Block D · Kontoverbindung (Klebefelder)", "D – Lastschriftkonto, Etiketten",
                "Etikettenblock D: Konto"),
    "applicant": ("Block A · Antragsteller/in (Klebefelder)", "A – Antragstellerdaten, Etiketten",
                  "Etikettenblock A: Antragsteller/in"),
    "passport": ("Block B · Pass und Einreise (Klebefelder)", "B – Pass/Einreise, Etiketten",
                 "Etikettenblock B: Pass"),
    "stay": ("Block C · Aufenthaltszweck (Punkt kleben)", "C – Zweck des Aufenthalts, Etiketten",
             "Etikettenblock C: Zweck"),
    "home": ("Block D · Anschrift im Inland (Klebefelder)", "D – Inlandsanschrift, Etiketten",
             "Etikettenblock D: Anschrift"),
    "document": ("Block 1 · Dokument (Klebefelder)", "1 – Dokumentdaten, Etiketten",
                 "Etikettenblock 1: Dokument"),
    "holder_id": ("Block 2 · Inhaber/in (Klebefelder)", "2 – Inhaberdaten, Etiketten",
                  "Etikettenblock 2: Inhaber/in"),
    "zone": ("Block 3 · maschinenlesbare Zone (Abdruck, kein Etikett)",
             "3 – MRZ, vom Dokument abgedruckt", "Abdruckfeld 3: Lesezone"),
}

STICKER_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein – Anmeldung (Etikettenvordruck)", "Anmeldung einer Wohnung – "
                  "Vordruck mit Klebefeldern", "Meldeschein Zuzug (Etikettenformular)"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbescheinigung (Etikettenvordruck)",
                                  "Bescheinigung des Wohnungsgebers – Etikettenformular",
                                  "Einzugsbestätigung Wohnungsgeber (Klebefeldvordruck)"),
    "geburtsurkunde": ("Geburtsurkunde (Etikettendruck)", "Geburtsurkunde – Etikettenvordruck",
                       "Geburtsurkunde mit Registeretikett"),
    "eheurkunde": ("Eheurkunde (Etikettendruck)", "Eheurkunde – Etikettenvordruck",
                   "Eheurkunde mit Registeretikett"),
    "sterbeurkunde": ("Sterbeurkunde (Etikettendruck)", "Sterbeurkunde – Etikettenvordruck",
                      "Sterbeurkunde mit Registeretikett"),
    "antrag_zulassung": ("Antrag auf Zulassung (Etikettenvordruck)", "Zulassungsantrag Kfz – "
                         "Etikettenformular", "Antrag Fahrzeugzulassung (Klebefeldvordruck)"),
    "aufenthaltstitel_antrag": ("Antrag auf Aufenthaltstitel (Etikettenvordruck)",
                                "Aufenthaltsantrag – Etikettenformular",
                                "Antrag Aufenthaltserlaubnis (Klebefeldvordruck)"),
    "identity_document": ("Kopierblatt Ausweisdokument (Etiketten)",
                          "Datenblatt zur Dokumentenkopie (Klebefelder)",
                          "Ablichtung Ausweisdokument – Etikettendatenblatt"),
}

STICKER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "authority": ("Stadt {} – Bürgerbüro (Etikettenstelle)", "Stadtverwaltung {} · Bürgerservice",
                  "Der Oberbürgermeister der Stadt {} – Servicetheke"),
    "unit": ("Einwohnermeldestelle (Etikettendruck)", "Bürgerdienste – Servicetheke",
             "Zulassungsstelle – Schalterdruck", "Ausländerbehörde – Antragsservice"),
    "form_no": ("Vordr. {} (Etikettenform.)", "Formular {} – Etikettenausführung",
                "Vordruck-Nr. {} E"),
    "edition": ("Ausg. {} (Etikettenfassung)", "Druckstand {} (E)", "Fassung {} – Etiketten"),
    "instruction": (
        "Bitte die Etiketten nur innerhalb der Klebefelder aufkleben.",
        "Etiketten vom Etikettendrucker bitte gerade und vollständig aufkleben.",
        "Felder ohne Etikett bitte mit Schreibmaschine oder in Druckschrift ausfüllen.",
    ),
    "office_box": ("Vom Amt auszufüllen – keine Etiketten", "Nur für den Dienstgebrauch (E)",
                   "Bearbeitungsvermerke Amt – nicht bekleben"),
    "received": ("Eingang (Etikettenstelle)", "Eingangsvermerk – Klebefeld",
                 "eingegangen – Stempelfeld"),
    "clerk": ("Sachbearb. (Kürzel)", "Bearbeitung durch", "Kürzel SB (Etikett)"),
    "sign": ("Unterschrift (kein Etikett)", "eigenhändige Unterschrift – nicht kleben",
             "Unterschrift – bitte handschriftlich"),
    "place_date": ("Ort, Datum (Etikett)", "Ort und Datum – Etikett oder Hand"),
    "label_ref": ("ETK {}", "LBL-{}", "Etik.-Nr. {}"),
    "printer": ("Etikettendrucker {}", "Etik.-Drucker {}", "Label-Pr. {}"),
    "page": ("Blatt {}/{} (Vordruck)", "Vordruckseite {} von {}",
             "Seite {} von {} – Etikettenformular"),
    "continued": ("Fortsetzung auf Blatt 2", "weiter auf der Rückseite (Blatt 2)",
                  "Fortsetzung nächstes Blatt"),
    "cert_clause": (
        "Die Angaben auf den Etiketten stimmen mit dem Eintrag im Register überein.",
        "Die aufgeklebten Angaben sind dem Personenstandsregister entnommen.",
    ),
    "registrar": ("Standesbeamt. (Unterschrift)", "Der/die Standesbeamte – i. A.",
                  "gez. Standesbeamt."),
    "seal": ("Siegelabdruck (kein Etikett)", "Dienstsiegel (Abdruck, kein Etikett)"),
    "copy_head": ("Ablichtung vom vorgelegten Original", "Kopie des Dokuments (Vorderseite)",
                  "Dokument – Kopie angefügt"),
    "copy_note": ("Die Ablichtung wurde vom Original gefertigt.",
                  "Kopie stimmt mit dem vorgelegten Original überein."),
    "check": ("Echtheit geprüft", "Dokument gesichtet", "Original lag bei Etikettierung vor"),
    "ticks": ("Zutreffendes bitte ankreuzen bzw. Punkt aufkleben",
              "Auswahl: Punkt-Etikett aufkleben oder ankreuzen"),
    "blank": ("– entfällt, kein Etikett –", "(Feld frei)"),
    "cert_intro": (
        "Die Angaben aus dem Register sind auf den folgenden Etiketten gedruckt.",
        "Registerdaten siehe aufgeklebte Datenetiketten.",
    ),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER31: Final = ("F", "M", "D", "X")
#: an easy-language form's options, one sentence each
SEX_EASY_OPTIONS31: Final[dict[str, str]] = {
    "F": "Ich bin eine Frau oder ein Mädchen.", "M": "Ich bin ein Mann oder ein Junge.",
    "D": "Mein Geschlecht ist divers.",
    "X": "Beim Geschlecht steht nichts.",
}
#: easy words for an adult and for a child
SEX_EASY31: Final[dict[str, str]] = {"F": "Frau", "M": "Mann", "D": "divers", "X": "ohne Angabe"}
SEX_CHILD31: Final[dict[str, str]] = {"F": "Mädchen", "M": "Junge", "D": "divers",
                                      "X": "ohne Angabe"}
#: a label printer's key letters and capitals
SEX_LETTER31: Final[dict[str, str]] = {"F": "W", "M": "M", "D": "D", "X": "X"}

PURPOSE_ORDER31: Final = ("study", "employment", "family", "humanitarian", "other")
#: (easyread, stickers)
PURPOSE31: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Ich will in Deutschland an einer Hoch·schule studieren.",
              "§ 16b AufenthG – Studium"),
    "employment": ("Ich will in Deutschland arbeiten und Geld verdienen.",
                   "§ 18 ff. AufenthG – Erwerbstätigkeit"),
    "family": ("Ich möchte bei meiner Familie leben.", "§ 27 ff. AufenthG – Familiennachzug"),
    "humanitarian": ("Ich brauche in Deutschland Schutz vor Gefahr.",
                     "§ 22 ff. AufenthG – humanitär"),
    "other": ("Ich habe einen anderen Grund für den Aufenthalt.", "§ 7 AufenthG – sonstiger Zweck"),
}
DWELLING_ORDER31: Final = ("main", "secondary")
DWELLING31: Final[dict[str, tuple[str, ...]]] = {
    "main": ("Das ist meine Haupt·wohnung. Hier wohne ich meistens.", "HW – Hauptwohnung (Etik.)"),
    "secondary": ("Das ist eine Neben·wohnung. Ich wohne meistens woanders.",
                  "NW – Nebenwohnung (Etik.)"),
}
ROLE31: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Ja. Die Wohnung ist mein Eigentum.", "Eigentümer/in selbst (Etik.)"),
    False: ("Nein. Ich vermiete die Wohnung für den Eigentümer.",
            "beauftragt vom Eigentümer (Etik.)"),
}
ID_KINDS31: Final[dict[str, tuple[str, ...]]] = {
    "P": ("ein Reise·pass", "REISEPASS / Typ P"),
    "I": ("ein Personal·ausweis", "AUSWEISKARTE / Typ I"),
}

# --- dates ----------------------------------------------------------------------------------------

EASY_DATE_STYLES: Final = ("long", "numeric", "weekday", "long", "long", "numeric")
STICKER_DATE_STYLES: Final = ("numeric", "iso", "dash", "mon_upper", "numeric", "spaced_iso")
EXTRA31_DATE_STYLES: Final = ("long", "numeric", "weekday", "iso", "dash", "mon_upper",
                              "spaced_iso")
WEEKDAYS31: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag")
MONTHS_UPPER31: Final = ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT",
                         "NOV", "DEZ")


def format_extra31_date(d: date, style: str) -> str:
    if style == "long":  # 3. März 1990
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS31[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "mon_upper":
        return f"{d.day:02d} {MONTHS_UPPER31[d.month - 1]} {d.year}"
    if style == "spaced_iso":
        return f"{d.year} {d.month:02d} {d.day:02d}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra31_date(d, s) for s in EXTRA31_DATE_STYLES}


EASY_SEX_MODES: Final = ("choice", "easy", "word", "choice")
STICKER_SEX_MODES: Final = ("letter", "word", "dot", "upper", "dot")


def sex_word(code: str, mode: str, child: bool = False) -> str:
    if mode == "easy":
        return (SEX_CHILD31 if child else SEX_EASY31)[code]
    if mode == "letter":
        return SEX_LETTER31[code]
    if mode == "upper":
        return SEX_WORDS[code].upper()
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_EASY31[code], SEX_CHILD31[code], SEX_LETTER31[code],
            SEX_WORDS[code].upper(), SEX_EASY_OPTIONS31[code]}


EASY_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
STICKER_NATIONALITY_MODES: Final = ("adjective", "upper", "code", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "code":
        return code
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, adjective.upper(), code}


# --- splitting long words -------------------------------------------------------------------------

SPLIT_STYLES: Final = ("dot", "dot", "hyphen")


def split_words(text: str, style: str) -> str:
    """The pool's middle-dot spelling as a document prints it: kept (``dot``), or a hyphen
    (``hyphen``), the part after it of a noun in capitals (``Post·leit·zahl`` becomes
    ``Post-Leit-Zahl``, ``an·melden`` becomes ``an-melden``)."""
    if style != "hyphen" or DOT not in text:
        return text
    return re.sub(r"(\w+)·(\w+)(?:·(\w+))?", _hyphen, text)


def _hyphen(m: re.Match[str]) -> str:
    parts = [p for p in m.groups() if p]
    if not parts[0][:1].isupper():
        return "-".join(parts)
    return "-".join([parts[0], *(p[:1].upper() + p[1:] for p in parts[1:])])


def easy_variants(text: str) -> set[str]:
    """Every way a document may print a middle-dot wording."""
    return {split_words(text, s) for s in SPLIT_STYLES}


def purpose_printings(code: str) -> tuple[str, ...]:
    return tuple(sorted({v for s in PURPOSE31[code] for v in easy_variants(s)}))


def dwelling_printings(code: str) -> tuple[str, ...]:
    return tuple(sorted({v for s in DWELLING31[code] for v in easy_variants(s)}))


# --- the wording object ---------------------------------------------------------------------------


class Extra31Wording(Wording):
    """Labels, questions, headings, titles and furniture, chosen once per document from the
    thirty-fifth pool. An easy-language document splits its long words in one way throughout."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.easy = layout == "easyread"
        self.split = rng.choice(SPLIT_STYLES)
        self.heads = rng.randrange(3)  # one family of headings per document
        self.fam = rng.randrange(3)  # one family of sticker-field labels and printer keys
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def sp(self, text: str) -> str:
        """``text`` with its long words split as this document splits them."""
        return split_words(text, self.split) if self.easy else text

    def __call__(self, key: str) -> str:
        """A form's question (easyread) or pre-printed label (stickers)."""
        if key not in self._chosen:
            if self.easy:
                options: tuple[str, ...] = EASY_QUESTIONS[key]
                pick = self._rng.randrange(len(options))
            else:  # a form marks its sticker fields mostly in one way
                options = STICKER_LABELS[key.removeprefix("flat_")]
                pick = self.fam if self._rng.random() < 0.8 else self._rng.randrange(3)
            self._chosen[key] = self.sp(options[pick])
        return self._chosen[key]

    def fact(self, key: str) -> str:
        """The statement an explanatory copy lists a value under (easyread)."""
        return self.sp(self._once(1, key, EASY_FACTS[key]))

    def key(self, key: str) -> str:
        """A label printer's key (stickers): one printer, one style of keys."""
        return STICKER_KEYS[key][self.fam]

    def head(self, key: str) -> str:
        options = (EASY_HEADS if self.easy else STICKER_HEADS)[key]
        return self.sp(options[self.heads % len(options)])

    def word(self, key: str) -> str:
        return self.sp(self._once(3, key, (EASY_WORDS if self.easy else STICKER_WORDS)[key]))

    def title(self, doc_type: str) -> str:
        return self.sp(self._once(4, doc_type, (EASY_TITLES if self.easy else STICKER_TITLES)[
            doc_type]))

    def intro(self, doc_type: str) -> str:
        return self.sp(self._once(5, doc_type, EASY_INTRO[doc_type]))

    def note(self, key: str) -> str:
        options = EASY_NOTES.get(key.removeprefix("flat_"))
        return self.sp(self._once(6, key, options)) if options else ""

    def gloss(self, key: str) -> str:
        options = EASY_GLOSS.get(key.removeprefix("flat_"))
        return self.sp(self._once(7, key, options)) if options else ""

    def pick(self, key: str) -> str:
        """A fresh choice each time."""
        options = (EASY_WORDS if self.easy else STICKER_WORDS)[key]
        return self.sp(options[self._rng.randrange(len(options))])


@dataclass(slots=True)
class Extra31Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra31_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [s for pool in (EASY_QUESTIONS, EASY_FACTS, STICKER_LABELS, STICKER_KEYS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, question, heading, title, sentence and furniture wording of this pool."""
    out = label_strings()
    for pool in (EASY_NOTES, EASY_GLOSS, EASY_HEADS, EASY_TITLES, EASY_INTRO, EASY_WORDS,
                 STICKER_HEADS, STICKER_TITLES, STICKER_WORDS):
        out += [s for options in pool.values() for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [
        s
        for table in (PURPOSE31, DWELLING31, ROLE31, ID_KINDS31)
        for options in table.values()
        for s in options
    ]
    out += list(SEX_EASY_OPTIONS31.values())
    return list(dict.fromkeys(out))
