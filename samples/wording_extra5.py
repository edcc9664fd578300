"""The ninth wording pool and the printing habits of the fifth extra pair of layouts.

``FRAGMENTS`` (the loose "key: value" fragments a citizen or a landlord types into an e-mail),
``MAIL_HEADER`` (the header fields of a printed e-mail), ``REGISTER5`` (the key lines of a
register extract pasted into an e-mail), ``BOOKLET`` (the small labels of a booklet form printed
two pages per sheet), the section lead-ins and headings, the subjects and the titles below are
used only by the layouts in ``EXTRA5_LAYOUTS`` of ``samples.generate`` (``email`` and
``twoup``). They are a blind measurement: whoever tunes extraction must not read this module
nor ``samples.render_extra5``, nor tune on those layouts' failures. None of the label strings
repeats one of the eight other pools, not even up to case, punctuation or spacing (a test checks
this), except where German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with abbreviated
months or a short weekday, nationalities abbreviated or inflected in a sentence, sex, marital
status and dwelling abbreviated). The ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

# Where German has only one usual word, this pool uses it too.
SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- email: what a citizen, a landlord or a car owner types as "key: value" ----------------------

FRAGMENTS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname laut Perso", "Zuname (Familienname)", "Name (nur Nachname)"),
    "given_names": ("Vorname(n) laut Perso", "sämtliche Vornamen (laut Perso)",
                    "Rufname + weitere Vornamen"),
    "birth_name": ("Geburtsname (früherer Name)", "Mädchenname / Geburtsname",
                   "Name vor der Heirat"),
    "date_of_birth": ("Geb.datum (TT.MM.JJJJ)", "Geburtsdatum laut Perso", "geb. den"),
    "place_of_birth": ("Geburtsort/Geburtsland", "geb. in (Ort)", "Geburtsstadt"),
    "sex": ("Geschlecht laut Perso", "Geschl. (m/w/d)", "Angabe Geschlecht"),
    "nationality": ("Staatsangehörigk.", "Nationalität(en)", "Staatsbürgerschaft(en)"),
    "marital": ("Familienstd.", "Familienstand z. Zt."),
    "phone": ("Handy", "Handynr.", "tagsüber erreichbar unter"),
    "move_in_date": ("Einzug", "eingezogen ab", "Umzugsdatum"),
    "street": ("Straßenname (Wohnung)", "Str. (ohne Hausnr.)", "Straße bzw. Weg"),
    "house_number": ("Hausnr. inkl. Zusatz", "Hausnr. (mit Buchst.)", "Nr. (Haus)"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Wohnort/Stadt", "Stadt", "Ort (Gemeinde/Stadt)"),
    "street_line": ("Straße & Hausnummer (mit Zusatz)", "Str./Hs.-Nr.", "Straße u. Nr."),
    "city_line": ("PLZ & Stadt/Gemeinde", "PLZ/Stadt", "PLZ u. Ort"),
    "address_line": ("neue Adresse", "Neue Wohnadresse", "jetzige Adresse"),
    "home_line": ("meine Adresse", "Wohnadresse (aktuell)", "Anschrift (Wohnsitz)"),
    "previous_address": ("alte Adresse", "vorherige Adresse", "bisher wohnhaft"),
    "dwelling": ("Haupt- oder Nebenwohnsitz", "Wohnsitzart", "Art des Wohnsitzes"),
    "landlord_name": ("Vermieter/in", "Vermieter/Firma", "Eigentümer/Vermieter"),
    "landlord_address": ("Anschrift d. Vermieters", "Adresse des Vermieters",
                         "Adresse Vermieter/in"),
    "landlord_role": ("Eigentümer ja/nein", "Vermieter ist", "Eigentumsverhältnis"),
    "wg_move_in": ("Einzugstermin der Mieter", "Einzug (Mietbeginn)", "Einzug der Mieter"),
    "flat": ("Mietobjekt (Adresse)", "Wohnungsadresse (Mietobjekt)", "vermietete Wohnung"),
    "tenant_names": ("Mieter", "Mieter/innen", "Mieter (eingezogen)"),
    "tenant_each": ("Mieterin/Mieter", "Bewohner", "Mietpartei Nr."),
    "make": ("Fahrzeugmarke", "Auto-Marke", "Autohersteller"),
    "model": ("Modell/Typ", "Typ (Handelsname)", "Modell (genau)"),
    "vin": ("Fahrgestellnr. (FIN)", "FIN, 17 Stellen", "Fzg.-Ident-Nr."),
    "evb_number": ("eVB-Code der Versicherung", "eVB von der Versicherung",
                   "eVB-Nr. (Versicherung)"),
    "desired_plate": ("Wunschkennz.", "reserviertes Kennz.", "Wunschkennzeichen ist reserviert"),
    "account_holder": ("Kontoinh.", "Konto lautet auf", "Inhaber/in des Kontos"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Bank (Kreditinstitut)", "Hausbank", "Bankverbindung bei"),
    "passport_number": ("Pass-Nr. (Reisepass)", "Nummer meines Reisepasses",
                        "Reisepassnummer (Pass)"),
    "passport_expiry_date": ("Pass läuft ab am", "Pass noch gültig bis", "Pass gilt bis"),
    "entry_date": ("Datum Einreise (DE)", "in Deutschland seit", "Tag der Einreise nach DE"),
    "purpose": ("Zweck", "Grund für den Aufenthalt", "Aufenthaltsgrund"),
}

# The lead-in line an e-mail writes above a list of fragments.
EMAIL_LEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Meine Daten", "Zu meiner Person", "Hier noch meine Angaben"),
    "new_dwelling": ("Zur neuen Wohnung", "Neue Adresse im Überblick", "Zur Wohnung"),
    "previous": ("Wo ich vorher gewohnt habe", "Zum Auszug"),
    "contact": ("Erreichbar bin ich so", "Für Rückfragen erreichbar"),
    "landlord": ("Zum Vermieter", "Angaben Vermieter"),
    "flat": ("Zur Wohnung und zum Einzug", "Mietobjekt und Einzug"),
    "tenants": ("Eingezogen sind folgende Personen", "Folgende Mieter"),
    "holder": ("Halterin/Halter", "Zum Halter"),
    "address": ("Adresse des Halters", "Wohnhaft"),
    "vehicle": ("Daten zum Auto", "Angaben zum Auto"),
    "sepa": ("Für die Kfz-Steuer (Lastschrift)", "Bankdaten für die Steuer"),
    "passport": ("Reisepass & Einreise", "Zu Pass und Einreise"),
    "residence": ("Wohnung hier", "Meine Adresse hier"),
}

# The header fields of a printed e-mail.
MAIL_HEADER: Final[dict[str, tuple[str, ...]]] = {
    "from": ("Von", "Absender", "Absender/in"),
    "to": ("An", "Empfänger", "Empfänger/in"),
    "date": ("Gesendet", "Gesendet am", "Datum/Uhrzeit"),
    "subject": ("Betreff", "Betr.", "Thema"),
    "cc": ("Cc", "Kopie an"),
    "attach": ("Anlagen", "Anhang", "Anhänge"),
}

# The key lines of a register extract that a registry office mailed and someone forwarded.
REGISTER5: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname gem. Eintrag", "Name (Registereintrag)"),
    "given_names": ("Vornamen gem. Eintrag", "Vornamen (Registereintrag)"),
    "sex": ("Geschlecht gem. Eintrag", "Geschlecht (Registereintrag)"),
    "dob": ("Geburtsdatum gem. Eintrag", "geboren am (Registereintrag)"),
    "pob": ("Geburtsort gem. Eintrag", "geboren in (Registereintrag)"),
    "birth_time": ("Geburtszeit gem. Eintrag", "Uhrzeit (Registereintrag)"),
    "mother": ("Mutter gem. Eintrag", "Mutter (Registereintrag)"),
    "father": ("Vater gem. Eintrag", "Vater (Registereintrag)"),
    "spouse": ("Ehegatte/in", "Ehegatte/-gattin"),
    "marriage_date": ("Heiratsdatum gem. Eintrag", "Tag der Heirat (Registereintrag)"),
    "marriage_place": ("Heiratsort gem. Eintrag", "Ort der Heirat (Registereintrag)"),
    "date_of_death": ("Todestag gem. Eintrag", "Todesdatum (Registereintrag)"),
    "place_of_death": ("Sterbeort gem. Eintrag", "Ort des Todes (Registereintrag)"),
    "last_residence": ("zuletzt wohnhaft gem. Eintrag", "letzte Wohnanschrift (Register)"),
    "registry_office": ("Standesamt (registerführend)", "Standesamt (Register)"),
    "register_number": ("Registernr./Jahrgang", "Eintragsnummer"),
    "issue_date": ("Ausgefertigt am (Datum)", "Datum Ausfertigung Auszug"),
}

# The heading of a pasted register extract.
REGISTER_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "geburtsurkunde": ("Elektronischer Auszug – Geburtenregister",
                       "Registerauszug (Geburt) zur Vorlage"),
    "eheurkunde": ("Elektronischer Auszug – Eheregister", "Registerauszug (Ehe) zur Vorlage"),
    "sterbeurkunde": ("Elektronischer Auszug – Sterberegister",
                      "Registerauszug (Tod) zur Vorlage"),
}

# --- twoup: the small labels of a booklet form printed two pages per sheet ---------------------

BOOKLET: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname – lt. Ausweisdokument", "Nachname – wie im Pass eingetragen",
                    "Familien- bzw. Nachname"),
    "given_names": ("Vornamen – lt. Ausweisdokument", "Vornamen – wie im Pass eingetragen",
                    "Vor- und Rufnamen"),
    "birth_name": ("Geburtsname – nur falls abweichend", "Name zum Zeitpunkt der Geburt",
                   "Geburtsfamilienname"),
    "date_of_birth": ("Geburtsdatum – lt. Ausweisdokument",
                      "Geburtsdatum – wie im Pass eingetragen", "Geb.-Datum (TT.MM.JJJJ)"),
    "place_of_birth": ("Geburtsort – Gemeinde und Staat", "Geb.-Ort und -Staat",
                       "Geburtsgemeinde, -staat"),
    "sex": ("Geschlecht – lt. Ausweisdokument", "Geschlecht – wie im Pass eingetragen",
            "Geschlechtseintrag (m/w/d/o. E.)"),
    "nationality": ("Staatsangehörigkeit – sämtliche", "Staatsangeh. (wie im Pass)",
                    "Staatsangehörigkeit – ggf. mehrere"),
    "marital": ("Familienstand – Stand heute", "Fam.-Stand (derzeit)"),
    "phone": ("Telefon / E-Mail (freiwillig)", "Telefon am Tag"),
    "move_in_date": ("Tag des Bezugs", "Bezogen am", "Bezugsdatum der Wohnung"),
    "street": ("Straße / Platz / Weg", "Straßenbezeichnung (ohne Nr.)"),
    "house_number": ("Hs.-Nr. / Zusatz", "Hausnr. und Zusatz"),
    "postal_code": ("Postleitzahl", "PLZ"),
    "city": ("Gemeinde (mit Ortsteil)", "Gemeinde (Ort)"),
    "street_line": ("Straße und Hs.-Nr. (Whg.)", "Straße mit Hs.-Nr."),
    "city_line": ("PLZ / Gemeinde (Whg.)", "PLZ mit Gemeinde"),
    "address_line": ("Anschrift der Wohnung – vollständig", "Wohnungsanschrift (vollständig)"),
    "holder_line": ("Wohnanschrift – vollständig", "Halteranschrift (vollständig)"),
    "residence_line": ("Anschrift im Inland – vollständig", "Inlandsanschrift (vollständig)"),
    "previous_address": ("Frühere Wohnung – Anschrift", "Letzte Anschrift vor dem Zuzug",
                         "Vorige Wohnung (Anschrift)"),
    "dwelling": ("Wohnung genutzt als (Wohnsitz)", "Verwendung der Wohnung"),
    "landlord_name": ("Wohnungsgeber/in – Name bzw. Firma", "Name / Firma (Wohnungsgeber/in)"),
    "landlord_address": ("Wohnungsgeber/in – Anschrift", "Anschrift (Wohnungsgeber/in)"),
    "landlord_role": ("Wohnungsgeber/in ist", "Eigenschaft der wohnungsgebenden Person"),
    "wg_move_in": ("Einzug erfolgt am", "In die Wohnung eingezogen am"),
    "flat": ("Bezogene Wohnung – Lage/Anschrift", "Lage der bezogenen Wohnung"),
    "tenant_names": ("Eingezogene Person(en) – Namen", "Personen, die eingezogen sind"),
    "tenant_each": ("Person", "Einziehende Person"),
    "child_family": ("Kind – Familienname (Eintrag)", "Familienname des Kindes lt. Eintrag"),
    "child_given": ("Kind – Vornamen (Eintrag)", "Vornamen des Kindes lt. Eintrag"),
    "child_sex": ("Kind – Geschlecht (Eintrag)", "Geschlecht des Kindes lt. Eintrag"),
    "child_dob": ("Kind – Tag der Geburt", "Geburtstag des Kindes lt. Eintrag"),
    "child_pob": ("Kind – Ort der Geburt", "Geburtsort des Kindes lt. Eintrag"),
    "birth_time": ("Kind – Stunde und Minute", "Geburtszeit lt. Eintrag"),
    "mother_name": ("Mutter – Vorname(n), Familienname", "Mutter lt. Eintrag"),
    "father_name": ("Vater – Vorname(n), Familienname", "Vater lt. Eintrag"),
    "registry_office": ("Bezeichnung des Standesamts", "Ausstellende Behörde (Standesamt)"),
    "register_number": ("Lfd. Nr./Jahr des Eintrags", "Registereintrag – Nr./Jahr"),
    "issue_date": ("Ausgestellt – Datum", "Datum der Urkunde"),
    "reg_family": ("Familienname lt. Eintrag", "Im Eintrag: Familienname"),
    "reg_given": ("Vornamen lt. Eintrag", "Im Eintrag: Vornamen"),
    "reg_dob": ("Geburtsdatum lt. Eintrag", "Im Eintrag: Geburtsdatum"),
    "reg_pob": ("Geburtsort lt. Eintrag", "Im Eintrag: Geburtsort"),
    "spouse": ("Eheschließende Person Nr.", "Ehegatte/Ehegattin lfd. Nr."),
    "marriage_date": ("Tag der Heirat lt. Eintrag", "Geheiratet am"),
    "marriage_place": ("Ort der Heirat (Gemeinde)", "Geheiratet in (Gemeinde)"),
    "date_of_death": ("Todestag lt. Eintrag", "Verstorben – Datum"),
    "place_of_death": ("Sterbeort lt. Eintrag", "Verstorben – Ort"),
    "last_residence": ("Letzte Wohnung lt. Eintrag", "Zuletzt wohnhaft – Anschrift lt. Eintrag"),
    "make": ("Marke (Zulassungsbescheinigung D.1)", "Fahrzeugmarke / Hersteller"),
    "model": ("Typ/Variante (D.2)", "Handelsbezeichnung (D.3)"),
    "vin": ("Fahrzeug-Identifizierungsnr. (E)", "FIN (Ziffer E)"),
    "evb_number": ("Versicherungsbestätigung – eVB-Nr.", "eVB-Nummer (7-stellig)"),
    "desired_plate": ("Kennzeichen – bereits reserviert", "Wunschkennzeichen (vorab reserviert)"),
    "account_holder": ("Kontoinhaber/in – Name", "Name der kontoinhabenden Person"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Kreditinstitut (kontoführend)", "Bank – Bezeichnung"),
    "passport_number": ("Pass – Nummer (Nationalpass)", "Nr. des Nationalpasses"),
    "passport_expiry_date": ("Pass – Gültigkeitsende", "Nationalpass gültig bis"),
    "entry_date": ("Einreise ins Bundesgebiet am", "Tag der Einreise (Bundesgebiet)"),
    "purpose": ("Aufenthaltszweck – beantragt", "Beantragter Zweck"),
    # what else the booklet prints
    "signed": ("Ort, Datum (Unterschrift)", "Ort und Datum der Unterschrift"),
    "signature": ("Unterschrift Antragsteller/in", "Unterschrift der antragstellenden Person – "
                  "eigenhändig"),
    "office_use": ("Nur für die Behörde", "Behördliche Vermerke"),
    "case_ref": ("Aktenzeichen (Behörde)", "Az. / Vorgang"),
    "copy_date": ("Kopie vom", "Ablichtung gefertigt am"),
    "registrar": ("Standesbeamtin / Standesbeamter (Unterschrift)", "Für das Standesamt"),
}

BOOKLET_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur antragstellenden Person",
               "Persönliche Daten der Antragstellerin / des Antragstellers",
               "Angaben über die Person"),
    "new_dwelling": ("Die bezogene Wohnung", "Neue Wohnanschrift (Bezug)"),
    "previous": ("Die frühere Wohnung", "Frühere Wohnanschrift (Auszug)"),
    "contact": ("Kontakt (freiwillig)", "Für Rückfragen der Behörde"),
    "landlord": ("Wohnungsgeber/in", "Angaben über die wohnungsgebende Person"),
    "flat": ("Wohnung und Einzug", "Bezogene Wohnung / Einzug"),
    "tenants": ("Meldepflichtige Personen (eingezogen)", "Namen der einziehenden Personen"),
    "child": ("Zum Kind (lt. Register)", "Kind – Angaben lt. Register"),
    "parents": ("Zu den Eltern (lt. Register)", "Eltern – Angaben lt. Register"),
    "register": ("Zum Registereintrag", "Beurkundung im Register"),
    "marriage": ("Zur Heirat (lt. Register)", "Angaben über die Heirat"),
    "deceased": ("Zur verstorbenen Person (lt. Register)",
                 "Verstorbene Person – Angaben lt. Register"),
    "death": ("Zum Tod (lt. Register)", "Todesfall – Angaben lt. Register"),
    "holder": ("Halter/in", "Angaben über die Halterin / den Halter"),
    "address": ("Anschrift Halter/in", "Wohnanschrift (Halter/in)"),
    "vehicle": ("Das Fahrzeug", "Angaben über das Fahrzeug"),
    "sepa": ("SEPA-Mandat Kfz-Steuer", "Einzugsermächtigung (SEPA) Kfz-Steuer"),
    "passport": ("Pass / Einreise / Zweck", "Angaben über Pass, Einreise und Zweck"),
    "residence": ("Wohnung im Bundesgebiet", "Anschrift im Inland (Bundesgebiet)"),
    "closing": ("Erklärung und Unterschrift", "Versicherung der Richtigkeit"),
    "copy": ("Angaben zur Ablichtung", "Ablichtung – Vermerke"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("family_name", "given_names", "birth_name", "date_of_birth", "sex"),
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_sex", "child_dob", "child_pob",
              "birth_time"),
    "parents": ("mother_name", "father_name"),
    "r:person": ("r:family_name", "r:given_names", "r:sex", "r:dob", "r:pob", "r:birth_time",
                 "r:mother", "r:father", "r:date_of_death", "r:place_of_death",
                 "r:last_residence", "r:marriage_place"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

# --- titles ---------------------------------------------------------------------------------------

EMAIL_SUBJECTS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung nach Umzug – meine Daten", "Ummeldung – neue Adresse",
                  "Wohnsitzanmeldung / Unterlagen"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbescheinigung – Einzug",
                                  "Bestätigung Einzug Mieter",
                                  "Einzugsbestätigung für das Bürgerbüro"),
    "geburtsurkunde": ("Auszug Geburtenregister", "Geburtsurkunde – Daten aus dem Register",
                       "Registerauszug Geburt"),
    "eheurkunde": ("Auszug Eheregister", "Eheurkunde – Daten aus dem Register",
                   "Registerauszug Eheschließung"),
    "sterbeurkunde": ("Auszug Sterberegister", "Sterbeurkunde – Daten aus dem Register",
                      "Registerauszug Sterbefall"),
    "antrag_zulassung": ("Zulassung Neufahrzeug – Antragsdaten", "Kfz-Zulassung: Unterlagen",
                         "Antrag auf Zulassung (Halterdaten)"),
    "aufenthaltstitel_antrag": ("Antrag Aufenthaltserlaubnis – meine Angaben",
                                "Aufenthaltstitel – Antrag per E-Mail",
                                "Erteilung Aufenthaltstitel – Unterlagen"),
    "identity_document": ("Ausweisdokument – Kopie anbei", "Ausweiskopie wie angefordert",
                          "Foto meines Ausweises"),
}

BOOKLET_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung einer Wohnung – Antragsheft", "Meldeschein (Heftform) – Anmeldung",
                  "Anmeldung bei der Meldebehörde – Formularheft"),
    "wohnungsgeberbestaetigung": ("Bescheinigung des Wohnungsgebers (§ 19 BMG) – Heftform",
                                  "Wohnungsgeberbescheinigung – Formularheft"),
    "geburtsurkunde": ("Geburtsurkunde – Stammbuchformat", "Geburtsurkunde (Heftform A5)"),
    "eheurkunde": ("Eheurkunde – Stammbuchformat", "Eheurkunde (Heftform A5)"),
    "sterbeurkunde": ("Sterbeurkunde – Stammbuchformat", "Sterbeurkunde (Heftform A5)"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs – Antragsheft",
                         "Zulassungsantrag (Heftform)"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels – Antragsheft",
                                "Aufenthaltstitel – Antrag (Heftform)"),
    "identity_document": ("Anlage: Kopie des Ausweisdokuments",
                          "Ausweiskopie – Beiblatt zum Antragsheft"),
}

# --- email: prose (sentences, not labels) --------------------------------------------------------

GREETINGS: Final = ("Sehr geehrte Damen und Herren,", "Guten Tag,", "Hallo,",
                    "Sehr geehrtes Team,", "Guten Morgen,")
CLOSINGS: Final = ("Mit freundlichen Grüßen", "Viele Grüße", "MfG", "Beste Grüße",
                   "Freundliche Grüße")
THANKS: Final = (
    "Bitte geben Sie mir kurz Bescheid, ob noch etwas fehlt.",
    "Vielen Dank im Voraus für die Bearbeitung!",
    "Falls noch Unterlagen benötigt werden, melden Sie sich gern.",
    "Ich bitte um eine kurze Eingangsbestätigung.",
)
INTROS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "hiermit möchte ich meinen Umzug melden und mich unter der neuen Adresse anmelden.",
        "wie am Telefon besprochen schicke ich Ihnen vorab meine Daten für die Anmeldung.",
        "leider habe ich online keinen Termin bekommen, deshalb versuche ich es per E-Mail.",
    ),
    "wohnungsgeberbestaetigung": (
        "hiermit bestätige ich als Vermieter den Einzug in meine Wohnung.",
        "anbei die gewünschte Bestätigung des Einzugs für Ihre Meldebehörde.",
        "meine Mieter haben mich gebeten, Ihnen den Einzug per Mail zu bestätigen.",
    ),
    "antrag_zulassung": (
        "ich möchte mein Fahrzeug zulassen und schicke Ihnen vorab die Daten.",
        "für den Zulassungstermin nächste Woche hier schon einmal alle Angaben.",
    ),
    "aufenthaltstitel_antrag": (
        "hiermit beantrage ich einen Aufenthaltstitel. Meine Angaben finden Sie unten.",
        "wie in Ihrem Schreiben verlangt, schicke ich Ihnen meine Angaben zum Antrag.",
    ),
    "certificate": (
        "für meinen Vorgang benötigen Sie die Daten aus dem Register. Ich leite Ihnen die "
        "Nachricht des Standesamts weiter.",
        "anbei wie gewünscht der Registerauszug, den ich vom Standesamt bekommen habe.",
        "die Urkunde im Original bringe ich zum Termin mit, vorab die Daten per Mail:",
    ),
    "identity_document": (
        "anbei wie gewünscht ein Foto meines Ausweisdokuments.",
        "Sie hatten noch eine Kopie meines Ausweises angefordert, hier ist sie.",
        "hier das Foto des Dokuments, das Original zeige ich beim Termin vor.",
    ),
}

# Sentences that carry one value (``{v}``) in a citizen's own words.
PROSE_SELF: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Mein Nachname lautet {v}.", "Mit Nachnamen heiße ich {v}."),
    "given_names": ("Mit Vornamen heiße ich {v}.", "Meine Vornamen lauten {v}."),
    "birth_name": ("Mein Geburtsname ist {v}.", "Geboren wurde ich mit dem Namen {v}."),
    "date_of_birth": ("Geboren bin ich am {v}.", "Mein Geburtsdatum ist der {v}."),
    "place_of_birth": ("Geburtsort ist {v}.", "Zur Welt gekommen bin ich in {v}."),
    "sex": ("Als Geschlecht ist bei mir {v} eingetragen.", "Beim Geschlecht steht {v}."),
    "nationality_prose": ("Ich besitze die {v} Staatsangehörigkeit.",
                          "Ich habe die {v} Staatsangehörigkeit."),
    "marital": ("Ich bin {v}.", "Familienstand ist {v}."),
    "phone": ("Sie erreichen mich unter {v}.", "Telefonisch bin ich unter {v} erreichbar."),
    "move_in_date": ("Ich bin am {v} eingezogen.", "Der Einzug war am {v}.",
                     "Eingezogen bin ich zum {v}."),
    "address_line": ("Meine neue Anschrift: {v}.", "Ich wohne jetzt hier: {v}."),
    "home_line": ("Meine Wohnanschrift lautet {v}.", "Gemeldet bin ich unter {v}."),
    "previous_address": ("Meine alte Adresse war {v}.", "Zuvor war ich gemeldet unter {v}."),
    "dwelling": ("Die Wohnung ist mein {v}.", "Es handelt sich um meinen {v}."),
    "passport_number": ("Meine Passnummer ist {v}.", "Der Reisepass hat die Nummer {v}."),
    "passport_expiry_date": ("Der Pass ist gültig bis {v}.", "Mein Pass läuft am {v} ab."),
    "entry_date": ("Eingereist bin ich am {v}.", "Ich bin am {v} nach Deutschland gekommen."),
    "purpose": ("Grund für den Aufenthalt: {v}.", "Beantragt wird der Aufenthalt für: {v}."),
    "vin": ("Die Fahrgestellnummer lautet {v}.", "Die FIN ist {v}."),
    "evb_number": ("Die eVB-Nummer der Versicherung ist {v}.",
                   "Von der Versicherung habe ich die eVB {v} bekommen."),
    "desired_plate": ("Reserviert habe ich das Kennzeichen {v}.",
                      "Ich hätte gern das Kennzeichen {v} (reserviert)."),
    "account_holder": ("Das Konto läuft auf {v}.", "Kontoinhaber ist {v}."),
    "iban": ("Die Kfz-Steuer bitte von der IBAN {v} abbuchen.",
             "Abbuchung bitte vom Konto mit der IBAN {v}."),
    "bank": ("Das Konto ist bei der {v}.", "Meine Bank ist die {v}."),
    "bic": ("Der BIC lautet {v}.", "BIC dazu: {v}."),
    "make": ("Es ist ein Fahrzeug der Marke {v}.", "Die Marke ist {v}."),
    "model": ("Modell: {v}.", "Genauer gesagt ein {v}."),
}

# Sentences a landlord writes (values of the flat, the tenants and himself).
PROSE_LANDLORD: Final[dict[str, tuple[str, ...]]] = {
    "wg_move_in": ("Der Einzug erfolgte am {v}.", "Die Mieter sind am {v} eingezogen."),
    "flat": ("Es geht um die Wohnung {v}.", "Betroffen ist die Wohnung {v}."),
    "tenant_names": ("Eingezogen ist/sind: {v}.", "In die Wohnung eingezogen sind {v}."),
    "landlord_address": ("Meine Anschrift als Vermieter: {v}.",
                         "Postalisch erreichen Sie mich unter {v}."),
    "landlord_name": ("Vermieter der Wohnung ist {v}.", "Die Wohnung gehört {v}."),
    "landlord_role": ("Eigentumsverhältnis: {v}.", "Zur Eigentumsfrage: {v}."),
}

QUOTE_BODIES: Final = (
    "für die weitere Bearbeitung Ihres Anliegens benötigen wir noch einige Angaben. Bitte "
    "antworten Sie bis zum {deadline} auf diese Nachricht.",
    "vielen Dank für Ihre Nachricht. Ihr Termin ist am {deadline} um {time} Uhr, Zimmer {room}. "
    "Bitte senden Sie uns die fehlenden Angaben vorab per E-Mail.",
    "leider fehlen in Ihren Unterlagen noch Angaben. Bitte reichen Sie diese bis {deadline} "
    "nach, sonst kann der Vorgang nicht bearbeitet werden.",
)
FORWARD_MARKS: Final = ("---------- Weitergeleitete Nachricht ----------",
                        "-----Ursprüngliche Nachricht-----",
                        "Anfang der weitergeleiteten Nachricht:")
DISCLAIMERS: Final = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail.",
    "Gesendet von meinem Smartphone.",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
)
BOOKLET_NOTES: Final = (
    "Hinweise zum Ausfüllen: Bitte in Druckbuchstaben ausfüllen. Zutreffendes ankreuzen. "
    "Nicht benötigte Seiten bitte nicht entfernen.",
    "Datenschutz: Ihre Angaben werden nur für die Bearbeitung dieses Antrags verwendet und nach "
    "Ablauf der gesetzlichen Fristen gelöscht. Auskunft erteilt die Datenschutzbeauftragte.",
    "Bitte bringen Sie zur Vorsprache einen gültigen Pass oder Personalausweis mit. Gebühren "
    "werden nach der Verwaltungsgebührensatzung erhoben.",
    "Falsche Angaben können als Ordnungswidrigkeit verfolgt werden.",
)

# --- printing habits ----------------------------------------------------------------------------

MONTHS_DIN: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                     "Okt.", "Nov.", "Dez.")
WEEKDAYS_SHORT: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
WEEKDAYS_LONG: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                        "Sonntag")
EMAIL_DATE_STYLES: Final = ("numeric", "typed", "mon_abbr", "long_tight", "weekday_short")
TWOUP_DATE_STYLES: Final = ("numeric", "long", "spaced", "mon_abbr_zero")
EXTRA5_DATE_STYLES: Final = tuple(dict.fromkeys((*EMAIL_DATE_STYLES, *TWOUP_DATE_STYLES)))


def format_extra5_date(d: date, style: str) -> str:
    """A date as the email / twoup layouts print it (every style keeps the four-digit year)."""
    if style == "typed":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "mon_abbr":
        return f"{d.day}. {MONTHS_DIN[d.month - 1]} {d.year}"
    if style == "mon_abbr_zero":
        return f"{d.day:02d}. {MONTHS_DIN[d.month - 1]} {d.year}"
    if style == "long_tight":
        return f"{d.day}.{MONTHS[d.month - 1]} {d.year}"
    if style == "weekday_short":
        return f"{WEEKDAYS_SHORT[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "spaced":
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` (for tests)."""
    return {format_extra5_date(d, s) for s in EXTRA5_DATE_STYLES}


SEX_WORDS5: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Eintrag"}
SEX_SHORT5: Final = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "o. Eintr."}
SEX_CAPITAL5: Final = {code: word[0].upper() + word[1:] for code, word in SEX_WORDS5.items()}
SEX_TABLES: Final = {"word": SEX_WORDS5, "short": SEX_SHORT5, "capital": SEX_CAPITAL5,
                     "choice": SEX_CAPITAL5}
SEX_ORDER: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX_TABLES.get(mode, SEX_WORDS5)[code]


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex (for tests)."""
    return {table[code] for table in SEX_TABLES.values()}


NATIONALITY_ABBR: Final = {
    "DEU": "dt.", "TUR": "türk.", "POL": "poln.", "SYR": "syr.", "UKR": "ukr.", "ITA": "ital.",
    "ESP": "span.", "FRA": "franz.", "GRC": "griech.", "ROU": "rumän.", "IND": "ind.",
    "VNM": "vietn.", "AFG": "afghan.", "NGA": "nigerian.", "CHN": "chin.", "USA": "US-amerik.",
    "BRA": "brasil.", "IRN": "iran.", "EGY": "ägypt.", "MAR": "marokk.",
}
NATIONALITY_MODES: Final = ("adjective", "abbr", "country", "prose", "upper")


def nationality_word(code: str, mode: str) -> str:
    """A nationality as these layouts print it (``prose``: inflected, "die türkische ...")."""
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "abbr":
        return NATIONALITY_ABBR[code]
    if mode == "prose":
        return f"{adjective}e"
    if mode == "upper":
        return adjective.upper()
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in NATIONALITY_MODES}


# Dwelling: the word, then the abbreviation an office uses.
DWELLING5: Final = {"main": ("Hauptwohnsitz", "HWS"), "secondary": ("Nebenwohnsitz", "NWS")}
MARITAL5: Final = {"ledig": "led.", "verheiratet": "verh.", "geschieden": "gesch.",
                   "verwitwet": "verw."}
LANDLORD_ROLES5: Final = ("selbst Eigentümer/in", "Verwaltung im Auftrag des Eigentümers")

# How these layouts name a purpose: the long wording first, then a short one.
PURPOSE5: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium (Universität/Hochschule)", "Studium/Uni"),
    "employment": ("Arbeitsaufnahme / Beschäftigung", "Arbeit/Job"),
    "family": ("Nachzug zu Familienangehörigen", "zur Familie"),
    "humanitarian": ("Schutz aus humanitären Gründen", "humanitärer Schutz"),
    "other": ("anderer Aufenthaltszweck", "anderer Grund"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")


class Extra5Wording(Wording):
    """Fragments (email) or booklet labels (twoup) from the ninth pool, chosen once per
    document; the mail header, register keys, lead-ins and headings likewise."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self._layout = layout
        self._groups: dict[str, int] = {}
        self._other: dict[str, str] = {}

    def _pick(self, key: str, options: tuple[str, ...]) -> str:
        group = _GROUP_OF.get(key)
        if group is None:
            return options[self._rng.randrange(len(options))]
        return options[self._groups.setdefault(group, self._rng.randrange(6)) % len(options)]

    def _once(self, key: str, options: tuple[str, ...]) -> str:
        if key not in self._other:
            self._other[key] = self._pick(key, options)
        return self._other[key]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            pool = FRAGMENTS if self._layout == "email" else BOOKLET
            self._chosen[key] = self._pick(key, pool[key])  # no fallback to another pool
        return self._chosen[key]

    def register(self, key: str) -> str:
        """A key line of a pasted register extract."""
        return self._once("r:" + key, REGISTER5[key])

    def header(self, key: str) -> str:
        """A header field of the printed e-mail."""
        return self._once("h:" + key, MAIL_HEADER[key])

    def section(self, key: str) -> str:
        sections = EMAIL_LEADS if self._layout == "email" else BOOKLET_SECTIONS
        return self._once("s:" + key, sections[key])

    def title(self, doc_type: str) -> str:
        titles = EMAIL_SUBJECTS if self._layout == "email" else BOOKLET_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra5Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra5_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, header field, lead-in, heading, subject and title of this pool (for
    tests)."""
    pools_ = (FRAGMENTS, EMAIL_LEADS, MAIL_HEADER, REGISTER5, REGISTER_HEADINGS, BOOKLET,
              BOOKLET_SECTIONS, EMAIL_SUBJECTS, BOOKLET_TITLES)
    return [s for pool in pools_ for options in pool.values() for s in options]
