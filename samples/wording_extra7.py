"""The eleventh wording pool and the printing habits of the seventh extra pair of layouts.

``LABELS7`` (the labels of an authority's downloadable form with filling-in instructions, and
of a colour-printed official form), ``SECTIONS7`` (section headings), ``GUIDED_TITLES`` and
``TINTED_TITLES`` (form and document titles) and ``SHEET_WORDS`` (running headers, page counts,
continuation headers, office boxes) are used only by the layouts in ``EXTRA7_LAYOUTS`` of
``samples.generate`` (``guided`` and ``tinted``). They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra7``, nor tune on those layouts'
failures. None of the label strings repeats one of the ten other pools, not even up to case,
punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

The instructions (``NOTES7``, ``GENERAL7``, ``PRIVACY7``, ``FOOTNOTES7``) are running text that
names fields and gives example formats; they never state one of the document's values (the
renderer drops or redraws whatever would).

Besides labels, these layouts print some values in ways of their own (dates with DIN month
abbreviations, spaced dots, upper-case months or in day / month / year cells, sex as a letter
with its word, nationality with its code). The ground truth stays the catalog's normalised
value.
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

# --- labels -------------------------------------------------------------------------------------

LABELS7: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name, Familien-", "Familienname (derzeitiger)", "Nachname, amtlich"),
    "given_names": ("Vornamen (sämtliche, Rufname zuerst)", "Vornamen – alle aufführen",
                    "Vornamen, vollständig aufgeführt"),
    "birth_name": ("Geburtsname (bei Abweichung)", "Name, Geburts-",
                   "Name bei der Geburt, falls anders lautend"),
    "date_of_birth": ("Geburtsdatum (TT.MM.JJJJ) – Tag/Monat/Jahr", "Datum, Geburts-",
                      "geb. am (Datum)"),
    "place_of_birth": ("Geburtsort – Gemeinde; Staat bei Ausland", "Ort, Geburts-",
                       "geb. in (Ort/Land)"),
    "sex": ("Geschlecht (wie im Geburtenregister)", "Geschlecht, amtlich",
            "Geschlecht (Person)"),
    "nationality": ("Staatsangehörigkeiten (jede angeben)", "Staatsangeh. (derzeit)",
                    "Staatsangehörigkeit(en), aktuell"),
    "marital": ("Familienstand (aktueller)", "Stand, Familien-", "Fam.-Stand (z. Zt.)"),
    "phone": ("Telefon für Rückfragen (freiwillig)", "Tel. (tagsüber, freiw.)",
              "Rückrufnummer (freiwillige Angabe)"),
    "email": ("E-Mail (freiwillige Angabe)", "E-Mail, Angabe freiwillig",
              "elektron. Postfach (freiwillig)"),
    "doctor": ("Doktorgrad (nur falls vorhanden)", "Grad, akademischer (Dr.)",
               "Dr.-Grad (falls eingetragen)"),
    "religion": ("Religion (rechtliche Zugehörigkeit)", "Religionsgemeinschaft (öffentl.-rechtl.)",
                 "Zugehörigkeit, religiöse"),
    "move_in_date": ("Einzugsdatum (Tag des Bezugs)", "Datum, Einzugs-", "eingezogen am (Datum)"),
    "street": ("Straße (ohne Nummer)", "Straßenname, amtlich", "Str. (Name)"),
    "house_number": ("Hausnummer samt Buchstabenzusatz", "Hausnr. + Zusatz (z. B. Buchstabe)",
                     "Nummer, Haus-"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Gemeinde (amtl. Bezeichnung)", "Wohnort (politische Gemeinde)", "Gemeinde, Wohn-"),
    "street_line": ("Straße, Hausnr., Zusatz", "Str./Hausnr.", "Anschrift: Straße, Hausnr."),
    "city_line": ("PLZ und Ort (Gemeinde)", "PLZ u. Wohnort",
                  "Anschrift – Postleitzahl u. Gemeinde"),
    "address_line": ("Anschrift der bezogenen Wohnung (vollständig)",
                     "Wohnung, neue – Anschrift", "neue Anschrift (Str., Nr., PLZ, Ort)"),
    "holder_line": ("Anschrift, Halter/-in (vollständig)", "Wohnsitz der Halterin/des Halters",
                    "Halteranschrift (Str., Nr., PLZ, Ort)"),
    "residence_line": ("Wohnanschrift im Bundesgebiet (vollständig)",
                       "Anschrift, derzeitige (Inland)", "Wohnsitz Inland (Str., Nr., PLZ, Ort)"),
    "previous_address": ("bisherige Anschrift (vollständig)", "Anschrift, bisherige",
                         "frühere Wohnung (Anschrift, ggf. Ausland)"),
    "dwelling": ("Status der neuen Wohnung", "Wohnungsstatus (neue Wohnung)",
                 "Status der Wohnung (neu)"),
    "landlord_name": ("Wohnungsgeber/-in: Name oder Firma", "Name, Wohnungsgeber/-in",
                      "Wohnungsgeber: Name/Firmenname"),
    "landlord_address": ("Wohnungsgeber/-in, Anschrift (vollst.)",
                         "Wohnungsgeber – Anschrift (vollständig)",
                         "Anschrift der wohnungsgebenden Stelle (vollst.)"),
    "landlord_role": ("Wohnungsgeber/-in handelt als", "Eigenschaft, Wohnungsgeber/-in",
                      "Wohnungsgeber: Eigenschaft"),
    "wg_move_in": ("Einzug erfolgte am (Datum)", "Datum des Einzugs (Person/-en)",
                   "Einzug am (Tag)"),
    "flat": ("Wohnung, in die eingezogen wurde (Anschrift)", "Anschrift, bezogene Wohnung",
             "Anschrift der bezogenen Wohnung (Lage)"),
    "tenant_names": ("Namen der eingezogenen Personen (Vor- u. Familienname)",
                     "Personen, eingezogene (Vor- u. Familienname)",
                     "eingezogen sind (Namen)"),
    "tenant_each": ("lfd. Nr. Person", "Person Nr.", "eingezogen, Person"),
    "child_family": ("Kind – Familienname (eingetragen)", "Familienname (Kind)",
                     "Name, Familien- (Kind)"),
    "child_given": ("Kind – Vornamen (eingetragen)", "Vornamen des Kindes (Eintrag)",
                    "Vornamen, sämtliche (Kind)"),
    "child_sex": ("Kind – Geschlecht (eingetragen)", "Geschlecht des Kindes (Eintrag)",
                  "Kind, Geschlecht lt. Eintrag"),
    "child_dob": ("Kind – Geburtsdatum (eingetragen)", "Geburtsdatum des Kindes (Eintrag)",
                  "Datum, Geburts- (Kind)"),
    "child_pob": ("Kind – Geburtsort (eingetragen)", "Geburtsort des Kindes (Eintrag)",
                  "Ort, Geburts- (Kind)"),
    "birth_time": ("Uhrzeit (Geburt), Std./Min.", "Geburt, Uhrzeit", "Zeit (Std./Min.)"),
    "mother_name": ("Mutter – Vor- u. Familienname (eingetragen)", "Mutter des Kindes (Eintrag)",
                    "Name der Mutter (Eintrag)"),
    "father_name": ("Vater – Vor- u. Familienname (eingetragen)", "Vater des Kindes (Eintrag)",
                    "Name des Vaters (Eintrag)"),
    "registry_office": ("Standesamt (beurkundend)", "Registerführung (Standesamt)",
                        "Standesamt, registerführendes (Ort)"),
    "register_number": ("Registernummer (Buchst. Nr./Jahr)", "Reg.-Nr. (Buchstabe/Nr./Jahr)",
                        "Nummer, Register-"),
    "issue_date": ("ausgestellt am (Datum)", "Ausstellungsdatum (Urkunde)", "Datum, Ausstellungs-"),
    "reg_family": ("Familienname (Registereintrag)", "Name lt. Eintrag im Register",
                   "Familienname, eingetragen"),
    "reg_given": ("Vornamen – Eintrag im Register", "Vornamen lt. Eintrag im Register",
                  "Vornamen, eingetragen"),
    "reg_dob": ("Geburtsdatum (Registereintrag)", "geboren am lt. Registereintrag",
                "Geburtsdatum, eingetragen"),
    "reg_pob": ("Geburtsort (Registereintrag)", "geboren in lt. Registereintrag",
                "Geburtsort, eingetragen"),
    "spouse": ("Ehegatte bzw. Ehegattin Nr.", "Ehegatte/-gattin Nr.", "Person (Ehe) Nr."),
    "marriage_date": ("Eheschließung am (Datum)", "Datum, Eheschließungs-",
                      "Tag der Trauung (Datum)"),
    "marriage_place": ("Eheschließung in (Gemeinde/Stadt)", "Ort, Eheschließungs-",
                       "Ort der Trauung (Gemeinde)"),
    "date_of_death": ("Sterbedatum (Tag)", "Datum, Sterbe-", "gestorben am (Datum)"),
    "place_of_death": ("Sterbeort (politische Gemeinde)", "Ort, Sterbe-",
                       "gestorben in (Gemeinde)"),
    "last_residence": ("letzte Wohnanschrift (vollständig)", "Wohnsitz, letzter",
                       "zuletzt wohnhaft gewesen (Anschrift)"),
    "make": ("Marke/Hersteller (lt. Teil I)", "Hersteller/Marke (Feld D.1)",
             "Fabrikat (Marke, Hersteller)"),
    "model": ("Typ/Handelsbezeichnung", "Handelsname (Feld D.3)", "Modell/Typ (Handelsname)"),
    "vin": ("FIN (Fahrzeug-Identifizierungsnr.)", "Fz.-Ident.-Nr. (Feld E)",
            "Identifizierungsnummer, Fahrzeug-"),
    "evb_number": ("eVB (7 Stellen)", "Versicherungsbestätigung, elektron. (eVB)",
                   "eVB-Nummer, Versicherung"),
    "desired_plate": ("Wunschkennz. (reserviert)", "Kennzeichen, reserviertes",
                      "reserviertes Wunschkennzeichen (falls vorhanden)"),
    "account_holder": ("Kontoinhaber/-in, Name des Kontos", "Konto lautet auf (Inhaber/-in)",
                       "Kontoinhabende Person (Vor- u. Zuname)"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Kreditinstitut, Name und Sitz", "Bank bzw. Sparkasse (Name)", "Institut, Kredit-"),
    "passport_number": ("Passnummer (Seriennr.)", "Nr. des Passes/Passersatzes",
                        "Nummer, Pass-"),
    "passport_expiry_date": ("Pass gültig bis (Tag)", "Ablaufdatum, Pass",
                             "Ende der Passgültigkeit (Datum)"),
    "entry_date": ("Einreisedatum (Bundesgebiet)", "Datum, Einreise-",
                   "eingereist am (Tag der Einreise)"),
    "purpose": ("Zweck des Aufenthalts (bitte wählen)", "Aufenthaltszweck, beantragter",
                "Zweck, Aufenthalts-"),
    "signed": ("Ort und Datum (Unterzeichnung)", "Ort/Datum (Unterzeichnung)",
               "unterzeichnet in/am"),
    "signature": ("Unterschrift (antragstellende Person)", "Unterschrift, eigenhändige",
                  "Unterschrift Antragsteller/-in (eigenhändig)"),
    "registrar": ("Standesbeamtin/-beamter (Unterschrift)", "Unterschrift (Standesamt)",
                  "i. A. Standesamt (Unterschrift)"),
    "employer": ("Arbeitgeber/-in (Name)", "beschäftigt bei (Firma)", "Name, Arbeitgeber"),
    "remarks": ("Ergänzende Angaben", "Raum für Ergänzungen", "weitere Angaben (formlos)"),
    "id_kind": ("Art des vorgelegten Dokuments", "Dokumentart (vorgelegt)",
                "vorgelegtes Ausweisdokument"),
    "copy_date": ("Kopie erstellt am (Tag)", "Datum der Ablichtung", "abgelichtet am"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_sex", "child_dob", "child_pob"),
    "parents": ("mother_name", "father_name"),
    "landlord": ("landlord_name", "landlord_address", "landlord_role"),
    "lines": ("street_line", "city_line"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

SECTIONS7: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Angaben zur Person (Antragsteller/-in)", "Person, meldepflichtige",
               "Persönliche Daten der meldenden Person"),
    "new_dwelling": ("Neue Wohnung und Einzug", "Bezogene Wohnung (Angaben)",
                     "Wohnung, neue (Einzug)"),
    "previous": ("Bisherige Anschrift (Auszug)", "Wohnung, bisherige",
                 "Auszug aus der bisherigen Wohnung"),
    "contact": ("Kontakt für Rückfragen (freiwillig)", "Erreichbarkeit, freiwillige Angaben"),
    "landlord": ("Wohnungsgeber/-in (Angaben)", "Wohnungsgebende Person (Angaben)",
                 "Wohnungsgebende Stelle"),
    "flat": ("Bezogene Wohnung und Einzugsdatum", "Wohnung, Einzug",
             "Angaben zur Wohnung (Einzug)"),
    "tenants": ("Eingezogene meldepflichtige Personen (Namen)", "Personen, eingezogene",
                "In die Wohnung eingezogene Personen (Namen)"),
    "child": ("Kind (Angaben laut Register)", "Kind (Geburt)", "Kind (Personalien laut Eintrag)"),
    "parents": ("Eltern (Angaben laut Register)", "Eltern des Kindes (laut Eintrag)",
                "Eltern (Namen)"),
    "register": ("Register (Angaben zur Beurkundung)", "Beurkundung (Register)",
                 "Register, Standesamt"),
    "marriage": ("Eheschließung – Angaben", "Eheschließung (Datum und Gemeinde)",
                 "Trauung (Datum, Gemeinde)"),
    "deceased": ("Verstorbene Person (Angaben)", "Person, verstorbene",
                 "Verstorbene Person (Personalien)"),
    "death": ("Sterbefall (Angaben laut Register)", "Sterbefall (Tag, Ort)", "Tod (Datum, Ort)"),
    "holder": ("Halter/-in (Angaben)", "Halter/-in (Person)", "Künftige Halterschaft"),
    "address": ("Anschrift der Halterin/des Halters", "Halter/-in (Anschrift)",
                "Wohnsitz, Halter/-in"),
    "vehicle": ("Fahrzeug (Angaben lt. Teil I)", "Fahrzeugdaten (lt. Zulassungsbescheinigung)",
                "Fahrzeugangaben (Teil I)"),
    "sepa": ("SEPA-Mandat für die Kfz-Steuer (Lastschrift)", "Lastschrift, Kfz-Steuer (SEPA)",
             "Einzug der Kraftfahrzeugsteuer (SEPA-Mandat)"),
    "passport": ("Pass, Einreise (Angaben)", "Reisedokument, Einreisetag und Zweck",
                 "Angaben zu Pass, Einreise und Zweck"),
    "residence": ("Anschrift im Inland", "Wohnung (Bundesgebiet)", "Inländische Wohnanschrift"),
    "closing": ("Erklärung, Ort, Datum, Unterschrift", "Unterschrift und Erklärung (Abschluss)",
                "Abschluss und Unterschrift"),
    "office": ("Nur für behördliche Vermerke", "Vermerke (Behörde)", "Behördenvermerke"),
    "copy": ("Angaben zur vorgelegten Kopie", "Kopie (Angaben)", "Ablichtung, Angaben"),
}

# --- titles ---------------------------------------------------------------------------------------

GUIDED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein zur Anmeldung (Formular mit Ausfüllhinweisen)",
                  "Anmeldung einer Wohnung – Formular", "Formular: Anmeldung (Meldeschein)"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung (§ 19 BMG) – Formular",
                                  "Formular: Bestätigung der wohnungsgebenden Person",
                                  "Bestätigung über den Wohnungsbezug (Formular)"),
    "geburtsurkunde": ("Geburtsurkunde (mit Erläuterungen)",
                       "Geburtsurkunde (Ausfertigung mit Erläuterungen)"),
    "eheurkunde": ("Eheurkunde (mit Erläuterungen)", "Eheurkunde (Ausfertigung mit Erläuterungen)"),
    "sterbeurkunde": ("Sterbeurkunde (mit Erläuterungen)",
                      "Sterbeurkunde (Ausfertigung mit Erläuterungen)"),
    "antrag_zulassung": ("Antrag auf Zulassung (Formular mit Hinweisen)",
                         "Formular: Zulassung eines Fahrzeugs", "Zulassungsantrag (Formular)"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthaltstitel (Formular mit Hinweisen)",
                                "Formular: Aufenthaltstitel (Antrag)",
                                "Vordruck: Antrag auf Aufenthaltstitel"),
    "identity_document": ("Anlage: Ausweiskopie (mit Hinweisen)", "Anlage – Ausweisdokument"),
}

TINTED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung", "Anmeldung der Wohnung", "Meldeschein – Anmeldung"),
    "wohnungsgeberbestaetigung": ("Bestätigung Wohnungsgeber/-in (§ 19 BMG)",
                                  "Bestätigung Wohnungsgeber/-in",
                                  "Einzugsbestätigung (Wohnungsgeber/-in)"),
    "geburtsurkunde": ("Geburtsurkunde · Standesamt", "Urkunde · Geburt"),
    "eheurkunde": ("Eheurkunde · Standesamt", "Urkunde · Eheschließung"),
    "sterbeurkunde": ("Sterbeurkunde · Standesamt", "Urkunde · Sterbefall"),
    "antrag_zulassung": ("Zulassung Fahrzeug · Antrag", "Fahrzeugzulassung (Antrag)",
                         "Antrag Zulassung"),
    "aufenthaltstitel_antrag": ("Aufenthaltstitel · Erteilung (Antrag)",
                                "Antrag Aufenthaltserlaubnis",
                                "Aufenthalt: Antrag auf Erteilung"),
    "identity_document": ("Ausweiskopie (Anlage)", "Kopie des Ausweises – Anlage"),
}

# Running headers, page counts, continuation headers and the like (none is a value).
SHEET_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "applicant": ("Antragsteller/-in:", "Name (Antrag):", "betrifft:"),
    "reference": ("Vorgangsnummer:", "Ref.", "Kennung"),
    "continued": ("Fortsetzung von Seite", "noch:", "(Fortsetzung)"),
    "instructions": ("Ausfüllhinweise", "Hinweise zum Ausfüllen", "Erläuterungen zum Formular"),
    "see_notes": ("Bitte beachten Sie die Ausfüllhinweise.",
                  "Vor dem Ausfüllen bitte die Hinweise lesen.",
                  "Die Hinweise auf dem Beiblatt sind zu beachten."),
    "required": ("* Pflichtangabe", "* Pflichtfeld", "* muss ausgefüllt werden"),
    "form": ("Formular", "Vordruck-Nr.", "Form."),
    "explanations": ("Erläuterungen zu dieser Urkunde", "Hinweise zur vorliegenden Urkunde"),
    "copy_notes": ("Hinweise zur Ausweiskopie (Anlage)", "Merkblatt: Kopie des Ausweises"),
    "edition": ("Stand", "Ausgabe", "Fassung"),
}

# --- instructions and footnotes (prose; no values) -------------------------------------------

INSTR_HEADINGS7: Final[dict[str, tuple[str, ...]]] = {
    "general": ("Allgemeines zum Ausfüllen", "Vorab das Wichtigste", "Grundsätzliches"),
    "fields": ("Erläuterungen zu einzelnen Feldern", "Zu den Feldern im Einzelnen",
               "Feldbezogene Hinweise"),
    "privacy": ("Informationen zum Datenschutz (Art. 13 DSGVO)", "Hinweise zum Datenschutz",
                "Datenschutzinformation"),
    "marks": ("Zeichenerklärung", "Bedeutung der Markierungen", "Fußnoten und Zeichen"),
}

# {ex} is an example value drawn by the renderer; {label} the form's label of the field.
NOTES7: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Zu „{label}“: Tragen Sie den Namen so ein, wie er im Pass oder "
                    "Personalausweis steht, z. B. {ex}.",
                    "„{label}“: bitte den derzeit geführten Namen angeben (Beispiel: {ex}).",),
    "given_names": ("Bei „{label}“ sind alle Vornamen anzugeben; den Rufnamen bitte zuerst "
                    "nennen.",
                    "„{label}“: sämtliche Vornamen in der Reihenfolge des Ausweises.",),
    "date_of_birth": ("Datumsangaben bitte immer achtstellig im Format TT.MM.JJJJ eintragen, "
                      "z. B. {ex}.",
                      "Alle Daten sind mit Tag, Monat und vierstelligem Jahr anzugeben "
                      "(Beispiel: {ex}).",),
    "postal_code": ("Die Postleitzahl ist immer fünfstellig, z. B. {ex}.",
                    "„{label}“: fünf Ziffern, auch mit führender Null (etwa {ex}).",),
    "street": ("Straße und Hausnummer bitte getrennt eintragen, z. B. {ex}.",
               "Bei der Anschrift den Straßennamen ausschreiben; Beispiel: {ex}.",),
    "nationality": ("Besitzen Sie mehrere Staatsangehörigkeiten, geben Sie bitte alle an.",
                    "„{label}“: maßgeblich ist der gültige Pass oder Ausweis.",),
    "sex": ("„{label}“: Bitte das im Geburtenregister eingetragene Geschlecht ankreuzen.",
            "Zum Geschlecht ist die Angabe laut Personenstandsregister maßgeblich.",),
    "move_in_date": ("„{label}“: maßgeblich ist der Tag, an dem Sie die Wohnung tatsächlich "
                     "bezogen haben, nicht der Beginn des Mietvertrags.",
                     "Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug "
                     "vorzunehmen.",),
    "previous_address": ("Bei einem Zuzug aus dem Ausland genügt als bisherige Anschrift der "
                         "Ort und der Staat.",
                         "„{label}“: die Wohnung, aus der Sie ausgezogen sind.",),
    "dwelling": ("Hauptwohnung ist die vorwiegend benutzte Wohnung; haben Sie mehrere "
                 "Wohnungen, ist zusätzlich die Nebenwohnung anzugeben.",
                 "„{label}“: Wer nur eine Wohnung hat, kreuzt die erste Möglichkeit an.",),
    "landlord_name": ("„{label}“: Name der Person oder Firma, die die Wohnung zur Verfügung "
                      "stellt, z. B. eine Hausverwaltung.",
                      "Wohnungsgeber ist, wer einem anderen eine Wohnung tatsächlich zur "
                      "Benutzung überlässt.",),
    "tenant_names": ("„{label}“: bitte jede eingezogene Person mit Vor- und Familiennamen "
                     "aufführen, je Zeile eine Person.",
                     "Für mehr als drei Personen verwenden Sie bitte ein Beiblatt.",),
    "vin": ("„{label}“: siebzehnstellig, zu finden in Feld E der Zulassungsbescheinigung "
            "Teil I.",
            "Die Fahrzeug-Identifizierungsnummer enthält nie die Buchstaben I, O und Q.",),
    "evb_number": ("„{label}“: die siebenstellige Nummer erhalten Sie von Ihrer "
                   "Kfz-Versicherung, z. B. {ex}.",
                   "Die eVB-Nummer besteht aus sieben Buchstaben und Ziffern (etwa {ex}).",),
    "desired_plate": ("Ein Wunschkennzeichen muss vorher reserviert sein; Schreibweise z. B. "
                      "{ex}.",
                      "„{label}“ bitte nur ausfüllen, wenn eine Reservierung vorliegt.",),
    "iban": ("Die IBAN hat in Deutschland 22 Stellen, z. B. {ex}.",
             "„{label}“: bitte ohne Leerzeichen oder in Vierergruppen eintragen.",),
    "account_holder": ("„{label}“: ist die kontoführende Person nicht die Halterin oder der "
                       "Halter, unterschreibt sie das Mandat selbst.",
                       "Das Konto muss nicht auf die Halterin oder den Halter lauten.",),
    "passport_number": ("„{label}“: wie im Pass auf der Datenseite angegeben.",
                        "Bei einem Passersatz bitte dessen Nummer eintragen.",),
    "entry_date": ("„{label}“: der Tag des Grenzübertritts, z. B. laut Einreisestempel.",
                   "Für das Einreisedatum gilt das Datumsformat wie oben (TT.MM.JJJJ).",),
    "purpose": ("„{label}“: Bitte nur einen Zweck ankreuzen; weitere Gründe können Sie "
                "formlos ergänzen.",
                "Je nach Aufenthaltszweck sind weitere Nachweise beizufügen.",),
    "register_number": ("„{label}“: Buchstabe des Registers, laufende Nummer und Jahrgang "
                        "(Muster: {ex}).",
                        "Die Registernummer setzt sich aus Kennbuchstabe, Nummer und Jahr "
                        "zusammen.",),
    "issue_date": ("Das Ausstellungsdatum gibt den Tag an, an dem diese Ausfertigung "
                   "erstellt wurde.",
                   "„{label}“: maßgeblich für die Aktualität der Urkunde.",),
    "registry_office": ("„{label}“: das Standesamt, bei dem der Eintrag geführt wird.",
                        "Auskünfte zum Eintrag erteilt das registerführende Standesamt.",),
}

GENERAL7: Final = (
    "Bitte füllen Sie das Formular in Druckbuchstaben mit dunkler Tinte oder am Bildschirm aus.",
    "Zutreffendes bitte ankreuzen. Felder mit * sind Pflichtangaben.",
    "Unvollständig ausgefüllte Formulare können nicht bearbeitet werden.",
    "Die Ziffern in den Überschriften verweisen auf die Abschnitte des Formulars.",
    "Hochgestellte Ziffern verweisen auf die Fußnoten am Ende der jeweiligen Seite.",
    "Reicht der Platz nicht aus, verwenden Sie bitte ein gesondertes Blatt.",
)
CERT_NOTES7: Final = (
    "Diese Urkunde gibt den Inhalt des Registereintrags zum Zeitpunkt der Ausstellung wieder.",
    "Für die Verwendung im Ausland kann eine Apostille oder Legalisation erforderlich sein.",
    "Spätere Änderungen des Eintrags werden nur auf neu ausgestellten Urkunden berücksichtigt.",
    "Die hochgestellten Ziffern verweisen auf die Erläuterungen unten auf dieser Seite.",
    "Namen werden in der im Register eingetragenen Schreibweise wiedergegeben.",
)
ID_NOTES7: Final = (
    "Kopieren Sie bitte Vorder- und Rückseite bzw. die vollständige Datenseite.",
    "Die maschinenlesbare Zone am unteren Rand muss vollständig und lesbar sein.",
    "Nicht benötigte Angaben (z. B. die Zugangsnummer) dürfen Sie schwärzen.",
    "Die Kopie wird nach Abschluss des Verfahrens vernichtet.",
    "Die Kopie darf nur zur Identitätsprüfung verwendet werden (§ 20 PAuswG).",
)
PRIVACY7: Final = (
    "Datenschutzhinweis: Ihre Angaben werden nur zur Erfüllung der gesetzlichen Aufgaben der "
    "im Formular genannten Behörde verarbeitet (Art. 6 Abs. 1 lit. c und e DSGVO).",
    "Verantwortlich ist die im Formular genannte Stelle; Sie erreichen die oder den "
    "Datenschutzbeauftragten über die Poststelle der Verwaltung.",
    "Sie haben das Recht auf Auskunft, Berichtigung und Einschränkung der Verarbeitung sowie "
    "ein Beschwerderecht bei der Landesbeauftragten für Datenschutz.",
    "Die Daten werden gelöscht, sobald sie für den Zweck der Verarbeitung nicht mehr "
    "erforderlich sind.",
)
FOOTNOTES7: Final = (
    "freiwillige Angabe; sie erleichtert Rückfragen",
    "bei mehreren Angaben bitte alle aufführen",
    "nur auszufüllen, wenn zutreffend",
    "Nachweis bitte beifügen",
    "Angabe laut Ausweisdokument",
    "Datumsformat siehe Ausfüllhinweise",
    "Schreibweise wie im Register eingetragen",
)
DECLARATIONS7: Final = (
    "Ich versichere die Richtigkeit und Vollständigkeit meiner Angaben.",
    "Die vorstehenden Angaben sind nach bestem Wissen gemacht.",
    "Mir ist bekannt, dass unrichtige Angaben eine Ordnungswidrigkeit darstellen können.",
)
CERT_CLAUSES7: Final = (
    "Die Richtigkeit der Angaben wird beglaubigt.",
    "Übereinstimmend mit dem Registereintrag.",
)
# Example values the instructions may give (the renderer drops any that is a value of the
# document).
EXAMPLE_NAMES7: Final = ("Mustermann", "Musterfrau", "Beispiel", "Gabler-Muster")
EXAMPLE_STREETS7: Final = ("Musterweg 3", "Beispielstraße 12a", "Am Musterplatz 7",
                           "Lange Reihe 101")
EXAMPLE_EVB7: Final = ("A1B2C3D", "X7K9P2M", "0AB12CD")

# --- printing habits ----------------------------------------------------------------------------

MONTHS_DIN: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                     "Okt.", "Nov.", "Dez.")
GUIDED_DATE_STYLES: Final = ("numeric", "din_abbr", "long", "dot_spaced", "numeric")
TINTED_DATE_STYLES: Final = ("numeric", "cells", "iso", "long_upper_zero", "din_abbr")
EXTRA7_DATE_STYLES: Final = tuple(dict.fromkeys((*GUIDED_DATE_STYLES, *TINTED_DATE_STYLES)))


def format_extra7_date(d: date, style: str) -> str:
    """A date as the guided / tinted layouts print it (always with the four-digit year)."""
    if style == "din_abbr":
        return f"{d.day}. {MONTHS_DIN[d.month - 1]} {d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_upper_zero":
        return f"{d.day:02d}. {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "dot_spaced":
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "cells":  # day, month and year in cells of their own
        return f"{d.day:02d} {d.month:02d} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` as a value (for tests)."""
    return {format_extra7_date(d, s) for s in EXTRA7_DATE_STYLES}


SEX_WORDS7: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTER7: Final = {"F": "W (weiblich)", "M": "M (männlich)", "D": "D (divers)",
                      "X": "X (ohne Angabe)"}
SEX_SHORT7: Final = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "o. A."}
SEX_TABLES7: Final = {"word": SEX_WORDS7, "letter": SEX_LETTER7, "short": SEX_SHORT7,
                      "choice": SEX_WORDS7}
SEX_ORDER7: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX_TABLES7.get(mode, SEX_WORDS7)[code]


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex (for tests)."""
    return {table[code] for table in SEX_TABLES7.values()}


NATIONALITY_MODES7: Final = ("adjective", "country", "coded")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "coded":
        return f"{adjective} ({code})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in NATIONALITY_MODES7}


# Dwelling: the form's option with its explanation, then the bare word.
DWELLING7: Final = {"main": ("Hauptwohnung (vorwiegend genutzt)", "Hauptwohnung"),
                    "secondary": ("Nebenwohnung (weitere Wohnung)", "Nebenwohnung")}
MARITAL7: Final = ("ledig", "verheiratet", "geschieden", "verwitwet")
LANDLORD_ROLES7: Final = ("Eigentümer/-in", "vom Eigentümer beauftragt (Verwaltung)")
ID_KINDS7: Final = ("Reisepass", "Personalausweis", "Passersatz")

# How these layouts name a purpose: the form's option first, then a short wording.
PURPOSE7: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium an einer Hochschule", "Studienaufenthalt"),
    "employment": ("Arbeitsaufnahme / Beschäftigung", "Erwerbsaufenthalt"),
    "family": ("Zusammenführung mit Familienangehörigen", "Familienzusammenführung"),
    "humanitarian": ("Aufenthalt aus humanitären Gründen", "humanitärer Aufenthalt"),
    "other": ("anderer Zweck (bitte erläutern)", "anderer Zweck"),
}
PURPOSE_ORDER7: Final = ("study", "employment", "family", "humanitarian", "other")


class Extra7Wording(Wording):
    """Labels, headings, sheet words and titles from the eleventh pool, chosen once per
    document."""

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

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            self._chosen[key] = self._pick(key, LABELS7[key])  # no fallback to another pool
        return self._chosen[key]

    def section(self, key: str) -> str:
        k = "s:" + key
        if k not in self._other:
            self._other[k] = self._pick(k, SECTIONS7[key])
        return self._other[k]

    def sheet(self, key: str) -> str:
        k = "t:" + key
        if k not in self._other:
            self._other[k] = self._pick(k, SHEET_WORDS[key])
        return self._other[k]

    def title(self, doc_type: str) -> str:
        titles = GUIDED_TITLES if self._layout == "guided" else TINTED_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra7Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra7_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and sheet word of this pool (for tests)."""
    pools_ = (LABELS7, SECTIONS7, GUIDED_TITLES, TINTED_TITLES, SHEET_WORDS, INSTR_HEADINGS7)
    return [s for pool in pools_ for options in pool.values() for s in options]
