"""The eighteenth wording pool and the printing habits of the fourteenth extra pair of layouts.

``DUPLEX_LABELS`` (the small captions inside the input boxes of a two-sided paper form),
``GOV_LABELS`` (the right-aligned labels of an online service's one-page summary, some of them
questions), their section headings (``DUPLEX_SECTIONS``, ``GOV_SECTIONS``), titles
(``DUPLEX_TITLES``, ``GOV_TITLES``), the duplex form's fine-print instructions
(``DUPLEX_HINTS``) and the page furniture (``DUPLEX_WORDS``, ``GOV_WORDS``) are used only by the
layouts in ``EXTRA14_LAYOUTS`` of ``samples.generate`` (``duplex`` and ``gov``). They are a
blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra14``, nor tune on those layouts' failures. None of the strings repeats a
string of the seventeen other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this), except where
German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with the weekday
written out or in ISO style, names with the family name first, purposes, dwellings, landlord
roles and document kinds in wordings of their own). The ground truth stays the catalog's
normalised value.
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

# --- duplex: captions inside the boxes of a two-sided paper form -----------------------------

DUPLEX_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name lt. Personaldokument", "Nachname – amtliche Schreibweise"),
    "given_names": ("Vorname(n) lt. Personaldokument", "Sämtliche Vornamen – amtl. Schreibweise"),
    "birth_name": ("Nachname bei Geburt (sofern anders)",
                   "Geburtsname – nur wenn abweichend vom Nachnamen"),
    "date_of_birth": ("Geboren – Tag/Monat/Jahr", "Geburt am (TT.MM.JJJJ)"),
    "place_of_birth": ("Geboren in – Stadt/Gemeinde", "Geburtsort lt. Personaldokument"),
    "sex": ("Geschlecht lt. Personaldokument", "Geschlechtseintrag lt. Register"),
    "nationality": ("Staatsangehörigkeit lt. Personaldokument",
                    "Staatsangehörigkeit – derzeit besessen"),
    "move_in_date": ("Eingezogen am (TT.MM.JJJJ)", "Bezogen am – Tag des Einzugs"),
    "street": ("Straße/Weg/Platz der Wohnung", "Straßenname – Hausnr. bitte rechts"),
    "house_number": ("Nr./Zusatz", "Hausnr./Zusatz der Wohnung"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Gemeinde, in der die Wohnung liegt", "Gemeinde – ohne Ortsteil"),
    "street_line": ("Straße u. Hausnr. (eine Zeile)", "Straße, Nummer – zusammen"),
    "city_line": ("PLZ u. Wohnort (eine Zeile)", "PLZ, Gemeinde – zusammen"),
    "address_line": ("Anschrift – komplett in einer Zeile", "Volle Adresse (Straße Nr., PLZ Ort)"),
    "previous_address": ("Zuletzt gemeldet unter (Adresse)", "Auszug aus folgender Adresse"),
    "dwelling": ("Nutzung als – bitte ankreuzen", "Diese Wohnung ist meine"),
    "landlord_name": ("Wohnungsgeber – Name/Firmierung", "Name bzw. Firma des Vermietenden"),
    "landlord_address": ("Anschrift des Vermietenden", "Wohnungsgeber – postalische Adresse"),
    "landlord_role": ("Vermietende Seite handelt als", "Stellung des Vermietenden"),
    "flat_line": ("Lage der vermieteten Wohnung", "Bezogene Wohnung – vollst. Adresse"),
    "tenant": ("Eingezogen ist (Vor- u. Nachname)", "Zugezogene Person – Vor-/Nachname"),
    "birth_time": ("Geboren um (Std.:Min.)", "Uhrzeit der Entbindung"),
    "mother_name": ("Kindesmutter – Vor- u. Nachname", "Kindesmutter lt. Geburtsanzeige"),
    "father_name": ("Kindesvater – Vor- u. Nachname", "Kindesvater lt. Geburtsanzeige"),
    "registry_office": ("Beurkundendes Amt", "Registerführende Stelle"),
    "register_number": ("Nr. des Registereintrags (Amt)", "Eintrag-Nr. im Register"),
    "issue_date": ("Ausfertigung erstellt am", "Datum dieser Ausfertigung (Amt)"),
    "marriage_date": ("Eheschließung erfolgt am", "Heiratsdatum (TT.MM.JJJJ)"),
    "marriage_place": ("Eheschließung erfolgt in", "Heiratsort lt. Register"),
    "date_of_death": ("Verstorben am (TT.MM.JJJJ)", "Todestag lt. Anzeige"),
    "place_of_death": ("Verstorben in – Stadt/Gemeinde", "Todesort lt. Anzeige"),
    "last_residence": ("Zuletzt wohnhaft – vollst. Adresse",
                       "Letzte Meldeadresse der verstorbenen Person"),
    "make": ("Fabrikat/Marke des Kfz", "Marke des Kfz"),
    "model": ("Typ/Modellbezeichnung", "Modell – Handelsbez."),
    "vin": ("Fahrzeug-Ident-Nr. (17 Stellen)", "FIN – siehe Zulassungsbescheinigung"),
    "evb_number": ("eVB-Nr. (7 Stellen, vom Versicherer)",
                   "Elektron. Versicherungsbestätigung – Code"),
    "desired_plate": ("Reserviertes Wunschkennz.", "Reserviertes Kennz. – sofern vorhanden"),
    "account_holder": ("Kontoinhaber/in – Vor- u. Nachname", "Zahler/in (Kontoinhaber)"),
    "iban": ("IBAN", "IBAN (DE + 20 Stellen)"),
    "bic": ("BIC", "BIC (8/11-stellig)"),
    "bank": ("Geldinstitut des Kontos", "Kontoführendes Geldinstitut – Name"),
    "passport_number": ("Reisepass – Dokumentennr.", "Passnr. (siehe Datenseite)"),
    "passport_expiry_date": ("Reisepass gültig bis einschl.", "Pass – Ende der Gültigkeit am"),
    "entry_date": ("Einreise ins Bundesgebiet erfolgt am", "Datum der Einreise (TT.MM.JJJJ)"),
    "purpose": ("Aufenthalt beantragt zum Zweck", "Zweck – zutreffendes ankreuzen"),
    "doc_kind": ("Vorgelegt wurde (Art des Dokuments)", "Dokumentart – ankreuzen"),
    "doc_code": ("Dokumententyp lt. Lesezone", "Typ-Kürzel (Zone)"),
    "doc_number": ("Ausweis-/Pass-Nr.", "Seriennummer des Dokuments"),
    "issuing_state": ("Ausstellerland (Code)", "Ausgestellt von Staat (Code)"),
    "expiry_date": ("Dokument gültig bis einschl.", "Gültigkeitsende des Dokuments"),
    "mrz_family": ("Nachname lt. Lesezone", "Familienname – Schreibweise der Zone"),
    "mrz_given": ("Vorname(n) lt. Lesezone", "Vornamen – Schreibweise der Zone"),
}

DUPLEX_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Angaben zur meldenden Person", "Zur Person des Meldenden"),
    "dwelling": ("Angaben zur neu bezogenen Wohnung", "Die neu bezogene Wohnung"),
    "previous": ("Angaben zur zuvor bewohnten Wohnung", "Die vorige Wohnung"),
    "landlord": ("Angaben zum Vermietenden", "Die vermietende Seite"),
    "flat": ("Angaben zur überlassenen Wohnung", "Die überlassene Wohnung"),
    "tenants": ("Angaben zu den Zugezogenen", "Die zugezogenen Personen"),
    "child": ("Angaben zum Kind lt. Geburtsanzeige", "Das Kind lt. Geburtsanzeige"),
    "parents": ("Angaben zu den Eltern des Kindes", "Kindesmutter und Kindesvater"),
    "register": ("Angaben zur Beurkundung", "Registerführung und Ausfertigung"),
    "marriage": ("Angaben zur vollzogenen Trauung", "Die vollzogene Trauung"),
    "spouse1": ("Angaben zum ersten Ehepartner", "Ehepartner – erste Person"),
    "spouse2": ("Angaben zum zweiten Ehepartner", "Ehepartner – zweite Person"),
    "deceased": ("Angaben zur verstorbenen Person lt. Anzeige",
                 "Die verstorbene Person lt. Anzeige"),
    "death": ("Angaben zum Todesfall", "Der Todesfall"),
    "holder": ("Angaben zur Halterin bzw. zum Halter des Kfz", "Die Halterin bzw. der Halter"),
    "vehicle": ("Angaben zum zuzulassenden Kraftfahrzeug", "Das Kraftfahrzeug"),
    "sepa": ("Angaben zur Abbuchung der Steuer", "Abbuchung der Kraftfahrzeugsteuer"),
    "passport": ("Angaben zu Reisepass und Einreisetag", "Reisepass und Einreisetag"),
    "residence": ("Angaben zur Wohnadresse im Inland", "Wohnadresse im Inland"),
    "stay": ("Angaben zum Zweck des beantragten Aufenthalts", "Der beantragte Aufenthalt"),
    "document": ("Angaben zum vorgelegten Dokument", "Das vorgelegte Dokument"),
    "holder_id": ("Angaben zur Inhaberin/zum Inhaber", "Inhaberin bzw. Inhaber"),
}

# Fine print in the right margin column, one per section (instructions; never a value).
DUPLEX_HINTS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Namen bitte genau so eintragen, wie sie im Personaldokument stehen. Mehrere "
               "Vornamen vollständig angeben.",
               "Alle Angaben in Blockschrift. Bei Doppelnamen Bindestrich mitschreiben."),
    "dwelling": ("Die Anschrift der Wohnung angeben, in die Sie eingezogen sind. Zusätze wie "
                 "Hinterhaus gehören zur Hausnummer.",
                 "Ist die Wohnung nicht Ihr Lebensmittelpunkt, kreuzen Sie die zweite Wohnung "
                 "an."),
    "previous": ("Nur ausfüllen, wenn Sie vorher im Inland gemeldet waren.",
                 "Zuzug aus dem Ausland: Feld frei lassen."),
    "landlord": ("Die vermietende Seite ist verpflichtet, den Einzug binnen zwei Wochen zu "
                 "bestätigen.",
                 "Bei Verwaltungen bitte die Firma und deren Geschäftsanschrift eintragen."),
    "flat": ("Genaue Lage der Wohnung angeben, in die eingezogen wurde.",
             "Stockwerk und Lage können Sie im Feld der Hausnummer ergänzen."),
    "tenants": ("Je Person ein Kästchen. Weitere Personen bitte auf einem Beiblatt.",
                "Nur Personen eintragen, die tatsächlich eingezogen sind."),
    "child": ("Vornamen in der Reihenfolge eintragen, in der sie erteilt wurden.",
              "Der Eintrag folgt der Geburtsanzeige der Klinik."),
    "parents": ("Namen der Eltern wie im Register geführt.",
                "Ist der Vater nicht eingetragen, bleibt das Kästchen leer."),
    "register": ("Diese Angaben trägt das Amt ein.",
                 "Vom Amt auszufüllen – bitte nichts eintragen."),
    "marriage": ("Tag und Ort der Trauung wie im Register.",
                 "Die Angaben stammen aus dem Eintrag der Trauung."),
    "spouse1": ("Namen wie zum Zeitpunkt der Trauung geführt.",
                "Geburtsname nur, wenn er vom Namen abweicht."),
    "spouse2": ("Angaben entsprechend dem ersten Ehepartner.",
                "Gleiche Reihenfolge wie beim ersten Ehepartner."),
    "deceased": ("Angaben laut Personaldokument der verstorbenen Person.",
                 "Bitte Sterbefallanzeige beifügen."),
    "death": ("Ort und Tag laut ärztlicher Bescheinigung.",
              "Bei Tod im Krankenhaus die Gemeinde des Krankenhauses angeben."),
    "holder": ("Halter ist, wer das Fahrzeug auf eigene Rechnung nutzt.",
               "Anschrift muss mit der Meldeadresse übereinstimmen."),
    "vehicle": ("Die Ident-Nr. steht in Feld E der Zulassungsbescheinigung Teil I.",
                "Die eVB erhalten Sie von Ihrem Versicherer."),
    "sepa": ("Mit der Unterschrift auf der Rückseite erteilen Sie das Mandat für die "
             "Steuer.",
             "Das Konto muss im SEPA-Raum geführt werden."),
    "passport": ("Nummer und Gültigkeit stehen auf der Datenseite des Passes.",
                 "Einreisestempel oder Flugticket bereithalten."),
    "residence": ("Anschrift, unter der Sie derzeit gemeldet sind.",
                  "Bei Untermiete den Namen am Briefkasten ergänzen."),
    "stay": ("Nur einen Zweck ankreuzen. Nachweise beifügen.",
             "Der Zweck bestimmt die Art des Titels."),
    "document": ("Angaben wie auf dem vorgelegten Dokument.",
                 "Das Amt gleicht die Angaben mit der Lesezone ab."),
    "holder_id": ("Namen in der Schreibweise der Lesezone.",
                  "Umlaute erscheinen in der Zone umschrieben."),
}

DUPLEX_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein – Anzeige des Einzugs", "Anzeige über den Bezug einer Wohnung"),
    "wohnungsgeberbestaetigung": ("Bescheinigung über den Einzug – Vordruck für Vermietende",
                                  "Einzugsbescheinigung des Vermietenden"),
    "geburtsurkunde": ("Urkunde über eine Geburt – Vordruck", "Geburtsurkunde (zweiseitig)"),
    "eheurkunde": ("Urkunde über eine Eheschließung – Vordruck", "Eheurkunde (zweiseitig)"),
    "sterbeurkunde": ("Urkunde über einen Sterbefall – Vordruck", "Sterbeurkunde (zweiseitig)"),
    "antrag_zulassung": ("Antragsvordruck Kfz-Zulassung", "Zulassungsantrag mit Lastschrift"),
    "aufenthaltstitel_antrag": ("Antragsvordruck Aufenthaltserlaubnis",
                                "Antrag auf Erteilung eines Titels"),
    "identity_document": ("Erfassungsbogen – vorgelegtes Ausweisdokument",
                          "Dokumentenerfassung (Vorder- und Rückseite)"),
}

DUPLEX_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "front": ("Vorderseite", "Blatt 1 – vorn"),
    "back": ("Rückseite", "Blatt 1 – hinten"),
    "turn": ("Weiter auf der Rückseite", "Bitte wenden!"),
    "cont": ("(Fortsetzung von Seite 1)", "– fortgesetzt –"),
    "form_no": ("Vordruck-Nr. (Amt)", "Formular-Kennung"),
    "edition": ("Vordruckfassung", "Druckstand vom"),
    "fill_in": ("Bitte mit Kugelschreiber in Druckbuchstaben ausfüllen.",
                "Bitte deutlich und nur innerhalb der Kästchen schreiben."),
    "place_date": ("Ort, Tag der Unterschrift", "Unterschrieben in/am"),
    "sign": ("Eigenhändige Unterschrift (Vorder- und Rückseite geprüft)",
             "Unterschrift der meldenden bzw. erklärenden Person"),
    "sign_office": ("Unterschrift Standesbeamter/in", "Für das Amt (Unterschrift)"),
    "office_box": ("Nur für amtliche Vermerke", "Amtsinterne Bearbeitung"),
    "received": ("Eingang beim Amt", "Erfasst im Verfahren"),
    "seal": ("Dienstsiegel des Amtes (Abdruck)", "Siegel des Amtes"),
    "copy_caption": ("Kopie des vorgelegten Dokuments", "Abbild des Dokuments"),
}

# --- gov: a one-page summary of an online service --------------------------------------------

GOV_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname (aktuell)", "Welchen Nachnamen führen Sie derzeit?"),
    "given_names": ("Vorname(n) (aktuell)", "Welche Vornamen führen Sie derzeit?"),
    "name_pair": ("NACHNAME, Vorname(n)", "Name (Nachname zuerst)"),
    "birth_name": ("Abweichender Geburtsname", "Hatten Sie bei Geburt einen anderen Namen?"),
    "date_of_birth": ("Geburtsdatum (angegeben)", "Wann wurden Sie geboren?"),
    "place_of_birth": ("Geburtsort (angegeben)", "Wo wurden Sie geboren?"),
    "sex": ("Geschlecht (angegeben)", "Welcher Geschlechtseintrag gilt für Sie?"),
    "nationality": ("Staatsangehörigkeit (angegeben)",
                    "Welche Staatsangehörigkeit besitzen Sie derzeit?"),
    "move_in_date": ("Einzugsdatum (angegeben)", "Seit wann wohnen Sie unter der neuen Adresse?"),
    "street": ("Straße (neue Adresse)", "Straße der Wohnadresse"),
    "house_number": ("Hausnummer (neue Adresse)", "Hausnummer der Wohnadresse"),
    "postal_code": ("PLZ", "Postleitzahl", "Postleitzahl der Wohnadresse"),
    "city": ("Ort (neue Adresse)", "Ort der Wohnadresse"),
    "street_line": ("Straße und Hausnummer (Wohnadresse)", "Adresszeile 1 (Straße, Hausnummer)"),
    "city_line": ("Postleitzahl und Ort (Wohnadresse)", "Adresszeile 2 (PLZ, Ort)"),
    "address_line": ("Wohnadresse (angegeben)", "Unter welcher Adresse wohnen Sie?"),
    "previous_address": ("Bisherige Adresse (angegeben)",
                         "Unter welcher Adresse waren Sie zuvor gemeldet?"),
    "dwelling": ("Nutzung der Wohnung (angegeben)", "Ist das Ihre Hauptwohnung?"),
    "landlord_name": ("Vermietende Person oder Firma", "Wer stellt die Wohnung zur Verfügung?"),
    "landlord_address": ("Adresse der vermietenden Stelle",
                         "Wie lautet die Adresse des Vermieters?"),
    "landlord_role": ("Rolle der vermietenden Stelle", "Sind Sie Eigentümer der Wohnung?"),
    "flat_line": ("Adresse der überlassenen Wohnung", "Welche Wohnung wurde überlassen?"),
    "tenant": ("Eingezogene Person (angegeben)", "Wer ist in die Wohnung eingezogen (Name)?"),
    "birth_time": ("Uhrzeit der Geburt (beurkundet)", "Geburtszeit laut Eintrag"),
    "mother_name": ("Mutter (beurkundet)", "Name der Mutter laut Eintrag"),
    "father_name": ("Vater (beurkundet)", "Name des Vaters laut Eintrag"),
    "registry_office": ("Ausstellende Behörde", "Welches Standesamt hat beurkundet?"),
    "register_number": ("Registernummer (beurkundet)", "Kennung des Registereintrags"),
    "issue_date": ("Datum der Ausstellung (elektronisch)", "Wann wurde die Urkunde ausgestellt?"),
    "marriage_date": ("Datum der Eheschließung (beurkundet)", "Wann wurde die Ehe geschlossen?"),
    "marriage_place": ("Ort der Eheschließung (beurkundet)", "Wo wurde die Ehe geschlossen?"),
    "date_of_death": ("Todesdatum (beurkundet)",
                      "An welchem Tag ist die Person verstorben (beurkundet)?"),
    "place_of_death": ("Todesort (beurkundet)", "In welcher Gemeinde ist die Person verstorben?"),
    "last_residence": ("Letzte Wohnadresse (beurkundet)", "Wo war die Person zuletzt gemeldet?"),
    "make": ("Marke (angegeben)", "Welche Marke hat das zuzulassende Fahrzeug?"),
    "model": ("Modell (angegeben)", "Welches Modell hat das zuzulassende Fahrzeug?"),
    "vin": ("Fahrzeug-Identifizierungsnummer (angegeben)", "Wie lautet die FIN?"),
    "evb_number": ("eVB-Nummer (angegeben)", "Wie lautet Ihre eVB-Nummer?"),
    "desired_plate": ("Reserviertes Kennzeichen (angegeben)",
                      "Welches Kennzeichen ist reserviert?"),
    "account_holder": ("Name der kontoführenden Person",
                       "Wer ist Inhaberin oder Inhaber des Kontos (Name)?"),
    "iban": ("IBAN", "IBAN (angegeben)"),
    "bic": ("BIC", "BIC (angegeben)"),
    "bank": ("Kreditinstitut (angegeben)", "Bei welchem Kreditinstitut wird das Konto geführt?"),
    "passport_number": ("Passnummer (angegeben)", "Wie lautet Ihre Passnummer?"),
    "passport_expiry_date": ("Pass gültig bis (angegeben)",
                             "Bis zu welchem Datum ist Ihr Reisepass gültig?"),
    "entry_date": ("Einreisedatum (angegeben)",
                   "An welchem Tag sind Sie ins Bundesgebiet eingereist?"),
    "purpose": ("Zweck des Aufenthalts (angegeben)", "Wozu möchten Sie sich hier aufhalten?"),
    "doc_kind": ("Art des geprüften Dokuments", "Welches Dokument wurde geprüft?"),
    "doc_code": ("Dokumentkennung (ausgelesen)", "Typkennung laut Chip/Zone"),
    "doc_number": ("Dokumentnummer (ausgelesen)", "Nummer des geprüften Dokuments"),
    "issuing_state": ("Ausstellungsstaat (ausgelesen)", "Welcher Staat hat es ausgestellt?"),
    "expiry_date": ("Gültig bis (ausgelesen)", "Bis wann gilt das Dokument?"),
    "mrz_family": ("Nachname (ausgelesen)", "Familienname aus der Zone"),
    "mrz_given": ("Vorname(n) (ausgelesen)", "Vornamen aus der Zone"),
}

GOV_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Ihre persönlichen Daten (angegeben)", "Persönliche Angaben im Überblick"),
    "dwelling": ("Ihre neue Wohnadresse", "Neue Wohnadresse im Überblick"),
    "previous": ("Ihre bisherige Wohnadresse", "Bisherige Wohnadresse im Überblick"),
    "landlord": ("Angaben zur vermietenden Stelle", "Vermietende Stelle im Überblick"),
    "flat": ("Angaben zur bezogenen Wohnung (online)", "Bezogene Wohnung im Überblick"),
    "tenants": ("Angaben zu eingezogenen Personen", "Eingezogene Personen im Überblick"),
    "child": ("Beurkundete Daten des Kindes", "Kind – beurkundete Daten"),
    "parents": ("Beurkundete Daten der Eltern", "Eltern – beurkundete Daten"),
    "register": ("Angaben zur Beurkundung und Ausstellung", "Beurkundung und Ausstellung"),
    "marriage": ("Beurkundete Eheschließung", "Eheschließung – beurkundete Daten"),
    "spouse1": ("Beurkundete Daten: Ehegatte 1", "Erste Person der Ehe"),
    "spouse2": ("Beurkundete Daten: Ehegatte 2", "Zweite Person der Ehe"),
    "deceased": ("Beurkundete Daten der verstorbenen Person", "Verstorbene Person – Daten"),
    "death": ("Beurkundeter Sterbefall", "Sterbefall – beurkundete Daten"),
    "holder": ("Angaben zur haltenden Person (online)", "Haltende Person im Überblick"),
    "vehicle": ("Angaben zum Fahrzeug (online)", "Fahrzeug im Überblick"),
    "sepa": ("Angaben zum Lastschriftmandat", "Lastschriftmandat im Überblick"),
    "passport": ("Angaben zu Reisepass und Einreise", "Reisepass und Einreise im Überblick"),
    "residence": ("Ihre Wohnadresse in Deutschland", "Wohnadresse in Deutschland im Überblick"),
    "stay": ("Angaben zum gewünschten Aufenthalt", "Gewünschter Aufenthalt im Überblick"),
    "document": ("Ergebnis der Dokumentenprüfung", "Geprüftes Dokument im Überblick"),
    "holder_id": ("Ausgelesene Personendaten", "Personendaten aus dem Dokument"),
}

GOV_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Zusammenfassung Ihrer elektronischen Wohnsitzanmeldung",
                  "Online-Wohnsitzanmeldung – Ihre Angaben auf einen Blick"),
    "wohnungsgeberbestaetigung": ("Zusammenfassung der Online-Vermieterbestätigung",
                                  "Vermieterbestätigung online – Ihre Angaben auf einen Blick"),
    "geburtsurkunde": ("Elektronischer Urkundenausdruck – Geburt",
                       "Ausdruck der elektronischen Geburtsurkunde"),
    "eheurkunde": ("Elektronischer Urkundenausdruck – Eheschließung",
                   "Ausdruck der elektronischen Eheurkunde"),
    "sterbeurkunde": ("Elektronischer Urkundenausdruck – Sterbefall",
                      "Ausdruck der elektronischen Sterbeurkunde"),
    "antrag_zulassung": ("Zusammenfassung Ihres Online-Zulassungsantrags",
                         "Fahrzeugzulassung online – Ihre Angaben auf einen Blick"),
    "aufenthaltstitel_antrag": ("Zusammenfassung Ihres Online-Antrags auf einen Aufenthaltstitel",
                                "Aufenthaltstitel online beantragen – Ihre Angaben"),
    "identity_document": ("Zusammenfassung der Online-Ausweisprüfung",
                          "Ausweisprüfung online – Ergebnis auf einen Blick"),
}

GOV_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "service": ("Verwaltungsportal des Bundes", "Bürgerservice online"),
    "summary": ("Zusammenfassung (eine Seite)", "Übersicht zum Ausdrucken"),
    "tx": ("Transaktionsnummer (Portal)", "Vorgangs-ID (Portal)"),
    "created": ("Zusammenfassung erstellt", "Abgerufen"),
    "submitted": ("Status: an die Behörde übermittelt", "Status: elektronisch eingereicht"),
    "verified": ("Status: Signatur gültig", "Status: elektronisch geprüft"),
    "verify_note": ("Die Echtheit dieses Ausdrucks lässt sich mit der Transaktionsnummer im "
                    "Portal nachprüfen.",
                    "Die elektronische Urkunde ist qualifiziert signiert; dieser Ausdruck dient "
                    "der Information."),
    "legal": ("Rechtsgrundlage der Datenverarbeitung: Art. 6 Abs. 1 lit. c und e DSGVO in "
              "Verbindung mit den jeweiligen Fachgesetzen. Ihre Angaben werden nur für dieses "
              "Verfahren verwendet.",
              "Hinweis nach Art. 13 DSGVO: Verantwortlich ist die zuständige Behörde. "
              "Informationen zu Ihren Rechten finden Sie im Portal unter Datenschutz.",
              "Dieser Ausdruck wurde maschinell erstellt und ist ohne Unterschrift gültig. "
              "Bewahren Sie ihn für Rückfragen auf."),
    "page": ("Seite {n} von {m}", "Seite {n}/{m}"),
    "cont": ("Fortsetzung der Zusammenfassung", "Zusammenfassung – Fortsetzung"),
    "copy_caption": ("Hochgeladenes Bild des Dokuments", "Bild des Dokuments (Upload)"),
    "imprint": ("Impressum · Barrierefreiheit · Datenschutz", "Hilfe · Kontakt · Impressum"),
}

# --- printing habits ------------------------------------------------------------------------

DUPLEX_DATE_STYLES: Final = ("numeric", "numeric", "long", "slashed", "numeric_short")
GOV_DATE_STYLES: Final = ("iso", "weekday", "iso", "weekday_short", "numeric")
EXTRA14_DATE_STYLES: Final = tuple(dict.fromkeys((*DUPLEX_DATE_STYLES, *GOV_DATE_STYLES)))
WEEKDAYS14: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag")
WEEKDAYS14_SHORT: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")


def format_extra14_date(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "weekday":  # "Samstag, 14. März 1987"
        return f"{WEEKDAYS14[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday_short":  # "Sa., 14.03.1987"
        return f"{WEEKDAYS14_SHORT[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "slashed":  # "14/03/1987"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "numeric_short":  # "14.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra14_date(d, s) for s in EXTRA14_DATE_STYLES}


SEX14: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    "letter": {"F": "W", "M": "M", "D": "D", "X": "X"},
    "paired": {"F": "weiblich (Kennung W)", "M": "männlich (Kennung M)", "D": "divers (Kennung D)",
               "X": "ohne Angabe (Kennung X)"},
}
DUPLEX_SEX_MODES: Final = ("choice", "choice", "word")
GOV_SEX_MODES: Final = ("word", "paired", "word")
SEX_ORDER14: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX14.get(mode, SEX14["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX14.values()}


DUPLEX_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")
GOV_NATIONALITY_MODES: Final = ("adjective", "country_code", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "country_code":
        return f"{country} ({code})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m) for m in ("adjective", "country", "country_code")}


# purposes: (duplex option, gov wording)
PURPOSE14: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studienaufenthalt an einer Hochschule", "Aufenthalt für ein Hochschulstudium"),
    "employment": ("Aufnahme einer Arbeitsstelle", "Aufenthalt zur Ausübung einer Arbeit"),
    "family": ("Zusammenleben mit Angehörigen", "Aufenthalt zum Zusammenleben mit der Familie"),
    "humanitarian": ("Schutzbedürftigkeit", "Aufenthalt wegen Schutzbedarfs"),
    "other": ("Anderer Anlass", "Aufenthalt aus einem weiteren Anlass"),
}
PURPOSE_ORDER14: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (duplex option, gov wording)
DWELLING14: Final[dict[str, tuple[str, str]]] = {
    "main": ("vorwiegend genutzte Wohnung", "Ja – vorwiegend genutzte Wohnung"),
    "secondary": ("weitere (nicht vorwiegende) Wohnung", "Nein – weitere Wohnung"),
}
DWELLING_ORDER14: Final = ("main", "secondary")
# landlord roles: (duplex option, gov wording); owner first
LANDLORD_ROLES14: Final = (
    ("Eigentümer/in – handelt selbst", "Ja – Eigentum der vermietenden Person"),
    ("vom Eigentum beauftragte Stelle", "Nein – im Auftrag des Eigentums tätig"),
)
# document kinds: (duplex option, gov wording)
ID_KINDS14: Final = {"P": ("Pass (Datenseite)", "Reisepass – Datenseite geprüft"),
                     "I": ("Ausweiskarte", "Ausweiskarte – beide Seiten geprüft")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X", "Ja", "Nein",
})


class Extra14Wording(Wording):
    """Captions or labels, headings, furniture and titles from the eighteenth pool, chosen once
    per document (the duplex form's pool or the online summary's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.duplex = layout == "duplex"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The caption (duplex) or the label (gov) of ``key``."""
        if key not in self._chosen:
            options = (DUPLEX_LABELS if self.duplex else GOV_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def statement(self, key: str) -> str:
        """The summary's label of ``key`` as a statement (its first option, never a question)."""
        return GOV_LABELS[key][0]

    def section(self, key: str) -> str:
        """Section headings follow one scheme per document."""
        k = "s:" + key
        if k not in self._other:
            options = (DUPLEX_SECTIONS if self.duplex else GOV_SECTIONS)[key]
            self._other[k] = options[min(self._scheme, len(options) - 1)]
        return self._other[k]

    def hint(self, key: str) -> str:
        return self._once("h:", key, DUPLEX_HINTS[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (DUPLEX_WORDS if self.duplex else GOV_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (DUPLEX_TITLES if self.duplex else GOV_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra14Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra14_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that labels a value: the box captions and the summary's labels."""
    return [s for pool in (DUPLEX_LABELS, GOV_LABELS) for options in pool.values()
            for s in options]


def all_label_strings() -> list[str]:
    """Every label, heading, title, instruction and furniture word of this pool (for tests)."""
    pools_ = (DUPLEX_LABELS, DUPLEX_SECTIONS, DUPLEX_HINTS, DUPLEX_TITLES, DUPLEX_WORDS,
              GOV_LABELS, GOV_SECTIONS, GOV_TITLES, GOV_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX14.values() for s in table.values()]
    out += [s for options in PURPOSE14.values() for s in options]
    out += [s for options in DWELLING14.values() for s in options]
    out += [s for pair in LANDLORD_ROLES14 for s in pair]
    out += [s for pair in ID_KINDS14.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
