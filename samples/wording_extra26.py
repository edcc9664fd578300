"""The thirtieth wording pool and the printing habits of the twenty-sixth extra pair.

``SCAN_LABELS`` (field labels of the born-digital form), ``SCAN_HEADS`` (section headings),
``SCAN_TITLES`` and ``SCAN_WORDS`` (issuer, form numbers, filling-in notes, signature and office
boxes, footers) belong to the ``searchable`` layout; ``ROLE_LABELS`` (the labels that recur for
every person), ``ROLE_NAMES`` (the roles as headings and column heads), ``ROLE_SHORT`` (the roles
as label prefixes and side captions), ``ROLE_LEADS`` (a sentence before a person's block),
``ROLE_HEADS``, ``ROLE_TITLES`` and ``ROLE_WORDS`` (markers for sections that do not apply,
relations, furniture) to the ``roles`` layout. Both are used only by the layouts in
``EXTRA26_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra26``, nor tune on those layouts'
failures. None of the strings repeats a string of the twenty-nine other pools, nor any string
literal of the older modules of ``samples``, not even up to case, punctuation or spacing (a test
checks this).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
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

# --- searchable: a born-digital form, scanned with OCR or filled in with ink ---------------------

SCAN_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname laut Pass oder Personalausweis", "Nachname (so wie im Pass)",
                    "Familienname bzw. Nachname der Person"),
    "given_names": ("Vornamen laut Pass oder Personalausweis",
                    "alle Vornamen – amtliche Schreibweise",
                    "Vornamen (so wie im Pass)"),
    "birth_name": ("Geburtsname laut Pass oder Personalausweis",
                   "Geburtsname – nur wenn er abweicht",
                   "früherer Familienname (Geburtsname)"),
    "date_of_birth": ("Geburtsdatum laut Pass oder Personalausweis",
                      "geboren am – Datum der Geburt",
                      "Geburtsdatum (so wie im Pass)"),
    "place_of_birth": ("Geburtsort laut Pass oder Personalausweis", "geboren in – Ort der Geburt",
                       "Geburtsort (so wie im Pass)"),
    "sex": ("Geschlecht laut Pass oder Personalausweis", "Angabe zum Geschlecht (bitte wählen)",
            "Geschlecht (so wie im Pass)"),
    "nationality": ("Staatsangehörigkeit laut Pass oder Personalausweis",
                    "Staatsangehörigkeit – derzeit bestehend", "Staatsbürgerschaft der Person"),
    "marital": ("Familienstand (Angabe freiwillig)", "Familienstand laut Selbstauskunft",
                "Familienstand zum Zeitpunkt der Meldung"),
    "phone": ("Telefon, falls Rückfragen bestehen", "Rückrufnummer tagsüber",
              "Mobil- oder Festnetznummer (freiwillig)"),
    "move_in_date": ("Einzugstag (bezogene Wohnung)", "Datum, an dem Sie eingezogen sind",
                     "Einzug erfolgte zum (Datum)"),
    "street": ("Straße (Anschrift, ohne Hausnummer)", "Straßenname, wie in der Anschrift",
               "Straße – bitte ohne Hausnummer"),
    "house_number": ("Hausnummer (mit Buchstabe, falls vorhanden)", "Hausnr. / Zusatzbuchstabe",
                     "Hausnummer der Anschrift"),
    "postal_code": ("Postleitzahl (fünf Ziffern)", "PLZ (fünf Stellen)",
                    "Postleitzahl der Anschrift"),
    "city": ("Gemeinde bzw. Stadt der Anschrift", "Wohnort (Stadt oder Gemeinde)",
             "Ort laut Anschrift"),
    "street_line": ("Straße und Hausnummer (Anschrift)", "Straße, Nr. – laut Anschrift",
                    "Wohnanschrift, erste Zeile (Straße, Nr.)"),
    "city_line": ("Postleitzahl und Ort (Anschrift)", "PLZ und Ort – laut Anschrift",
                  "Wohnanschrift, zweite Zeile (PLZ, Ort)"),
    "address_line": ("Anschrift (Straße Nr., PLZ Ort) in einer Zeile",
                     "vollständige Anschrift in einer Zeile",
                     "Wohnanschrift, in einer Zeile geschrieben"),
    "previous_address": ("Anschrift bis zum Umzug (vollständig)",
                         "Ihre vorherige Anschrift (vollständig)",
                         "zuletzt gemeldet unter der Anschrift"),
    "dwelling": ("Nutzung der bezogenen Wohnung", "Die bezogene Wohnung wird genutzt als",
                 "Wohnungsart laut dieser Meldung"),
    "landlord_name": ("Wohnungsgeber (Name oder Firma, vollständig)",
                      "Name der Vermieterin bzw. des Vermieters",
                      "Vermieter/in – Name bzw. Firma"),
    "landlord_address": ("Postanschrift der Vermieterin bzw. des Vermieters",
                         "Vermieter/in – Postanschrift in einer Zeile",
                         "Wohnungsgeber – vollständige Postanschrift"),
    "role": ("Verhältnis des Wohnungsgebers zur Wohnung", "Der Wohnungsgeber ist gleichzeitig",
             "Stellung des Wohnungsgebers (ankreuzen)"),
    "tenant": ("Name der einziehenden Person (Vorname Familienname)",
               "eingezogen ist – Vorname und Familienname", "Mieter/in (Vorname Familienname)"),
    "mother_name": ("Name der Mutter (Vorname Familienname)", "Mutter (Vorname, dann Familienname)",
                    "Mutter des eingetragenen Kindes"),
    "father_name": ("Name des Vaters (Vorname Familienname)", "Vater (Vorname, dann Familienname)",
                    "Vater des eingetragenen Kindes"),
    "birth_time": ("Geburtszeit laut Eintragung (Std.:Min.)", "geboren um (Uhrzeit, 24 Std.)",
                   "Uhrzeit der Geburt laut Eintragung"),
    "registry_office": ("ausstellendes Standesamt (Bezeichnung)", "Standesamt der Ausstellung",
                        "Standesamt, das die Urkunde ausstellt"),
    "register_number": ("Registernummer mit Jahrgang",
                        "Eintragsnummer im Personenstandsregister (mit Jahr)",
                                                                   "Eintragsnummer des Registers"),
    "issue_date": ("Ausstellungsdatum dieser Ausfertigung", "Ausgabe dieser Urkunde am",
                   "Ausstellungstag dieser Urkunde (Datum)"),
    "marriage_date": ("Trauungstag laut Eintragung", "Datum der Heirat laut Eintragung",
                      "Eheschließung erfolgte am (Datum)"),
    "marriage_place": ("Trauungsort laut Eintragung", "Ort der Heirat laut Eintragung",
                       "Eheschließung erfolgte in (Ort)"),
    "date_of_death": ("Todestag laut Eintragung", "Datum des Versterbens",
                      "verstorben am – Datum laut Register"),
    "place_of_death": ("Ort, an dem die Person verstarb", "Sterbeort (Gemeinde) laut Eintragung",
                       "verstorben in – Ort laut Register"),
    "last_residence": ("letzter Wohnsitz (vollständige Anschrift)",
                       "zuletzt wohnhaft unter der Anschrift", "Anschrift zum Zeitpunkt des Todes"),
    "make": ("Hersteller bzw. Marke des anzumeldenden Fahrzeugs",
             "Marke des anzumeldenden Fahrzeugs",
             "Hersteller laut Fahrzeugpapieren"),
    "model": ("Modell bzw. Typ des Fahrzeugs", "Handelsbezeichnung des anzumeldenden Fahrzeugs",
              "Fahrzeugtyp laut Fahrzeugpapieren"),
    "vin": ("Fahrzeug-Ident.-Nr. (FIN, 17-stellig)", "FIN bzw. Fahrgestellnummer",
            "Fahrzeugidentnummer laut Fahrzeugpapieren"),
    "evb_number": ("eVB-Nummer, sieben Stellen", "elektronische Versicherungsbestätigung (eVB-Nr.)",
                   "eVB-Code vom Versicherer"),
    "desired_plate": ("Wunschkennzeichen, soweit bereits reserviert",
                      "reserviertes Kennzeichen (Wunsch, falls vorhanden)",
                                                 "gewünschtes und reserviertes Kennzeichen"),
    "account_holder": ("Kontoinhaberin bzw. Kontoinhaber (Name)",
                       "Kontoinhaber/in (Vorname Familienname)", "Das Konto lautet auf"),
    "iban": ("IBAN des Kontos für die Steuer", "Kontonummer im IBAN-Format (DE…)",
             "IBAN für die Abbuchung der Kfz-Steuer"),
    "bic": ("BIC des Geldinstituts (Kontoführung)", "BIC bzw. SWIFT-Code",
            "BIC der Bank (8 oder 11 Stellen)"),
    "passport_number": ("Reisepassnummer (siehe Datenseite)", "Passnummer laut Datenseite",
                        "Reisepass-Nummer (Ihre)"),
    "passport_expiry_date": ("Ihr Reisepass ist gültig bis", "Ablaufdatum des gültigen Reisepasses",
                             "Reisepass – Gültigkeitsdatum"),
    "entry_date": ("Einreise nach Deutschland am (Datum)", "Datum Ihrer Einreise nach Deutschland",
                   "Sie sind nach Deutschland eingereist am"),
    "purpose": ("Zweck des gewünschten Aufenthalts", "gewünschter Aufenthaltszweck (ankreuzen)",
                "Aufenthaltszweck – bitte eine Option wählen"),
    "doc_kind": ("Art des eingereichten Dokuments", "Dokumenttyp – bitte ankreuzen",
                 "eingereichtes Dokument ist ein(e)"),
    "doc_number": ("Dokumentennummer (wie aufgedruckt)", "Nummer des eingereichten Dokuments",
                   "Seriennummer des eingereichten Dokuments"),
    "issuing_state": ("Ausstellungsstaat (Code, dreistellig)",
                      "Staat, der das Dokument ausgestellt hat (Code)",
                      "ausstellendes Land laut Dokument"),
    "expiry_date": ("gültig bis (laut Datenseite)", "Ablaufdatum des eingereichten Dokuments",
                    "Gültigkeit endet am (Datum)"),
}

# on certificates the persons' labels speak of the register entry, not of an identity document
SCAN_CERT_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname laut Eintragung", "Familienname, wie beurkundet",
                    "eingetragener Familienname (Urkunde)"),
    "given_names": ("Vornamen laut Eintragung", "Vornamen, so wie beurkundet",
                    "eingetragene Vornamen (Urkunde)"),
    "date_of_birth": ("Geburtsdatum laut Eintragung", "Geburtsdatum, wie beurkundet",
                      "eingetragenes Geburtsdatum (Urkunde)"),
    "place_of_birth": ("Geburtsort laut Eintragung", "Geburtsort, wie beurkundet",
                       "eingetragener Geburtsort (Urkunde)"),
    "sex": ("Geschlecht laut Eintragung", "eingetragenes Geschlecht (Urkunde)",
            "Geschlechtsangabe laut Eintragung"),
}

SCAN_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Ihre persönlichen Angaben", "Angaben zur meldenden Person (Pflichtangaben)",
               "Persönliche Angaben der meldenden Person"),
    "applicant": ("Ihre Angaben als Antragsteller/in", "Persönliche Angaben (Antrag)",
                  "Angaben zur antragstellenden Person (Pflicht)"),
    "dwelling": ("Ihre neue Wohnung (bezogen)", "Angaben über die bezogene Wohnung",
                 "Neue Wohnanschrift (bezogene Wohnung)"),
    "previous": ("Ihre bisherige Wohnung", "Ihre vorherige Wohnanschrift",
                 "Angaben zur aufgegebenen Anschrift"),
    "landlord": ("Angaben zur Vermieterin / zum Vermieter", "Wer überlässt die Wohnung?",
                 "Vermieter/in bzw. Wohnungsgeber"),
    "tenants": ("Eingezogene Personen (alle)", "Eingezogene Mieterinnen und Mieter",
                "Wer zieht in die Wohnung ein?"),
    "flat": ("Angaben zur vermieteten Wohnung (Lage)",
             "Die Wohnung, in die eingezogen wurde – Anschrift", "Überlassene Wohnung (Lage)"),
    "child": ("Angaben über das Kind laut Eintragung", "Angaben über das eingetragene Kind",
              "Eintragung zum Kind"),
    "parents": ("Die eingetragenen Eltern des Kindes", "Angaben über die Eltern laut Eintragung",
                "Eintragung zu den Eltern"),
    "spouse1": ("Angaben über die erste Person (Ehe)", "Erste Person der Trauung",
                "Eintragung zur ersten Person"),
    "spouse2": ("Angaben über die zweite Person (Ehe)", "Zweite Person der Trauung",
                "Eintragung zur zweiten Person"),
    "marriage": ("Angaben über die Trauung laut Eintragung", "Die Trauung laut Eintragung",
                 "Eintragung zur Heirat"),
    "deceased": ("Angaben über die verstorbene Person laut Eintragung",
                 "Verstorbene Person laut Eintragung",
                 "Eintragung zur verstorbenen Person"),
    "death": ("Angaben über den Sterbefall", "Der Sterbefall laut Eintragung",
              "Eintragung zum Todesfall"),
    "register": ("Angaben über die Ausstellung", "Register und Ausstellung dieser Urkunde",
                 "Eintragung und Ausstellung"),
    "holder": ("Angaben zur künftigen Halterin / zum künftigen Halter",
               "Wer wird Halter/in des Fahrzeugs?", "Künftige/r Halter/in (Pflichtangaben)"),
    "vehicle": ("Angaben zum anzumeldenden Fahrzeug", "Welches Fahrzeug wird angemeldet?",
                "Das anzumeldende Fahrzeug"),
    "account": ("Lastschriftmandat für die Kraftfahrzeugsteuer", "Konto für die Kfz-Steuer (SEPA)",
                "Abbuchung der Kfz-Steuer vom Konto"),
    "passport": ("Angaben zum gültigen Reisepass", "Ihr Reisepass und Ihre Einreise",
                 "Angaben aus Ihrem Reisepass"),
    "stay": ("Wozu soll der Aufenthalt dienen?", "Gewünschter Zweck des Aufenthalts",
             "Aufenthaltszweck (Pflichtangabe)"),
    "home": ("Ihre Anschrift in Deutschland", "Ihre Wohnanschrift im Bundesgebiet",
             "Derzeitige Wohnanschrift in Deutschland"),
    "document": ("Angaben zum eingereichten Dokument", "Das eingereichte Ausweisdokument",
                 "Daten des eingereichten Dokuments"),
}

SCAN_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung einer Wohnung – Online-Formular", "Formular: Wohnsitz anmelden",
                  "Meldung des Einzugs in eine Wohnung (Formularservice)"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Einzugs durch die Vermieterin / den Vermieter",
                                  "Formular: Einzug bestätigen (Wohnungsgeber)",
                                  "Vermieterbestätigung über den Einzug (Formularservice)"),
    "geburtsurkunde": ("Geburtsurkunde (elektronisch erstellt)",
                       "Geburtsurkunde – elektronische Ausfertigung",
                       "Urkunde über eine Geburt (Registerauszug)"),
    "eheurkunde": ("Eheurkunde (elektronisch erstellt)", "Eheurkunde – elektronische Ausfertigung",
                   "Urkunde über eine Eheschließung (Registerauszug)"),
    "sterbeurkunde": ("Sterbeurkunde (elektronisch erstellt)",
                      "Sterbeurkunde – elektronische Ausfertigung",
                      "Urkunde über einen Sterbefall (Registerauszug)"),
    "antrag_zulassung": ("Antrag auf Zulassung – Online-Formular", "Formular: Fahrzeug anmelden",
                         "Zulassung eines Fahrzeugs mit Lastschriftmandat (Formularservice)"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthaltstitel – Online-Formular",
                                "Formular: Aufenthaltserlaubnis beantragen",
                                "Erteilung eines Aufenthaltstitels (Formularservice)"),
    "identity_document": ("Begleitblatt zum eingereichten Ausweisdokument",
                          "Formular: Ausweisdokument einreichen",
                          "Erfassung eines Ausweisdokuments (Formularservice)"),
}

SCAN_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {0} · Formularservice", "Stadtverwaltung {0} – Online-Dienste",
               "Serviceportal der Stadt {0}"),
    "issuer_reg": ("Stadt {0} · Standesamt · Urkundenstelle",
                   "Standesamt der Stadt {0} – Urkunden"),
    "issuer_kfz": ("Stadt {0} · Kfz-Zulassung · Formularservice",),
    "issuer_abh": ("Stadt {0} · Ausländerangelegenheiten · Formularservice",),
    "form_no": ("Formular-ID {0}", "Formularversion {0}", "Vordruck-Kennung {0}"),
    "hint": ("Bitte am Bildschirm ausfüllen, ausdrucken oder digital unterschreiben.",
             "Pflichtfelder sind mit einem Stern markiert.",
             "Ihre Angaben benötigen wir, um Ihr Anliegen zu bearbeiten."),
    "pen_hint": ("Eintragungen mit dem Eingabestift vorgenommen.",
                 "Handschriftlich am Tablet ausgefüllt."),
    "place_date": ("Ort, Datum der Eingabe: {0}, {1}", "eingegeben in {0} am {1}",
                   "{0}, den {1} (Datum der Eingabe)"),
    "place_caption": ("Ort und Tag der Unterschrift (Eingabe)", "Ort, Tag (handschriftlich)",
                      "Ort/Datum (von Hand eintragen)"),
    "place_date_reg": ("{0}, Ausstellungsort und -tag siehe oben",
                       "ausgestellt durch die Urkundsstelle in {0}"),
    "sign": ("Unterschrift (am Tablet geleistet)", "Unterschrift der meldenden Person (digital)",
             "Unterschrift mit Eingabestift"),
    "sign_landlord": ("Unterschrift der Vermieterin / des Vermieters",
                      "Unterschrift Wohnungsgeber (digital)"),
    "sign_reg": ("Unterschrift für das Standesamt (Urkundsstelle)", "für die Urkundsstelle"),
    "sign_id": ("Unterschrift der einreichenden Person", "entgegengenommen (Unterschrift)"),
    "office": ("Vermerke der Verwaltung (intern)",
               "Bearbeitungsfeld der Behörde (nicht ausfüllen)"),
    "office_rows": ("Eingang am (intern)|geprüft von|erfasst im System",
                    "Aktenzeichen intern|Sachbearbeitung durch|Datum der Prüfung"),
    "page": ("Seite {0} von {1} – Formularservice", "Bl. {0}/{1}", "Formularseite {0} von {1}"),
    "seal": ("Dienstsiegel der Urkundsstelle",),
    "image": ("Bild des eingereichten Dokuments", "Abbild der Datenseite (Kopie)"),
    "required": ("* Pflichtangabe im Formular", "Felder mit * sind auszufüllen"),
    "certify": ("Diese Urkunde wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
                "Die Angaben stimmen mit der Eintragung im Register überein."),
    "consent": ("Ich versichere, dass meine Angaben stimmen und vollständig sind.",
                "Mit dem Absenden bestätige ich die Richtigkeit meiner Angaben."),
}

# --- roles: the same labels for several persons, one role holds the catalog's field ---------------

ROLE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (wie im Ausweis)", "Name der Person (Familienname)",
                    "Familien- bzw. Nachname (Person)"),
    "given_names": ("Vornamen (wie im Ausweis eingetragen)", "sämtliche Vornamen der Person",
                    "Vor-/Rufnamen"),
    "full_name": ("Vor- und Familienname", "Name, Vorname(n) in einer Zeile",
                  "vollständiger Name (Vorname Familienname)"),
    "birth_name": ("Geburtsname (wie im Ausweis)", "Name bei Geburt, wenn abweichend",
                   "Geburtsname (ggf.)"),
    "date_of_birth": ("geboren am (Tag, Monat, Jahr – Person)", "Geburtsdatum/Tag der Geburt",
                      "Geburtsdatum (wie im Ausweis)"),
    "place_of_birth": ("geboren in (Gemeinde, ggf. Staat)", "Geburtsort/Ort der Geburt",
                       "Geburtsort (wie im Ausweis)"),
    "sex": ("Geschlecht (w/m/d/x)", "Geschlecht/Geschlechtseintrag",
            "Geschlecht (wie im Ausweis)"),
    "nationality": ("Staatsangehörigkeit (wie im Ausweis)", "Nationalität/Staatsangehörigkeit",
                    "derzeitige Staatsangehörigkeit(en) der Person"),
    "street": ("Straße (Anschrift)", "Straße der Wohnanschrift", "Wohnanschrift – Straße"),
    "house_number": ("Hausnummer (Anschrift)", "Hausnummer der Wohnanschrift",
                     "Wohnanschrift – Hausnummer"),
    "postal_code": ("Postleitzahl (Anschrift)", "PLZ der Wohnanschrift", "Wohnanschrift – PLZ"),
    "city": ("Ort (Anschrift)", "Wohnort der Person", "Wohnanschrift – Ort"),
    "street_line": ("Straße, Hausnummer (Anschrift)", "Anschrift: Straße und Nr.",
                    "Wohnanschrift – Straße/Nr."),
    "city_line": ("PLZ, Ort (Anschrift)", "Anschrift: PLZ und Ort", "Wohnanschrift – PLZ/Ort"),
    "address_line": ("Wohnanschrift (Straße Nr., PLZ Ort)",
                     "Wohnanschrift, komplett in einer Zeile",
                     "Wohnanschrift/Sitz"),
    "phone": ("Telefon/E-Mail", "Erreichbarkeit (Telefon)", "Rufnummer (tagsüber)"),
    "relation": ("Verhältnis zur Person", "Beziehung zur Hauptperson",
                 "Verhältnis/Beziehung"),
    "id_number": ("Nr. des eigenen Ausweises", "Ausweis-Nr. (eigener Ausweis)",
                  "eigenes Ausweisdokument, Nummer"),
    "occupation": ("Beruf/Tätigkeit", "ausgeübter Beruf", "Tätigkeit (Beruf)"),
    "move_in_date": ("Einzug am (Datum)", "Datum des Einzugs/Bezugs", "bezogen ab (Datum)"),
    "previous_address": ("bisherige Wohnanschrift (einzeilig)",
                         "vorherige Wohnanschrift in einer Zeile",
                         "Anschrift bis zum Umzug"),
    "dwelling": ("Wohnung ist (ankreuzen)", "Art der bezogenen Wohnung (ankreuzen)",
                 "bezogen als"),
    "landlord_name": ("Name bzw. Firma", "Name/Firmenbezeichnung", "Firma oder Name"),
    "landlord_address": ("Anschrift (eine Zeile)", "Postanschrift, in eine Zeile geschrieben",
                         "Postanschrift (einzeilig)"),
    "role": ("Eigentumsverhältnis (ankreuzen)", "ist Eigentümer/in der Wohnung?",
             "Eigentum an der vermieteten Wohnung"),
    "birth_time": ("Geburt um ... Uhr", "Geburt um (Uhrzeit)",
                   "Uhrzeit, zu der die Geburt erfolgte"),
    "registry_office": ("Standesamt (Name der Behörde)", "beurkundende Stelle (Standesamt)",
                        "Standesamt, das beurkundet hat"),
    "register_number": ("Register-Nr. (mit Jahrgang)", "Eintragsnummer/Jahrgang",
                        "Eintrag im Register unter Nr."),
    "issue_date": ("ausgefertigt am (Tag)", "Datum der Ausfertigung dieses Auszugs",
                   "Ausfertigungsdatum (Urkunde)"),
    "marriage_date": ("Trauung am (Datum)", "Datum der Trauung/Heirat", "getraut am (Datum)"),
    "marriage_place": ("Trauung in (Ort)", "Ort der Trauung/Heirat", "getraut in (Ort)"),
    "date_of_death": ("verstorben am (Tag des Todes)", "Sterbedatum/Todestag", "Todesdatum (Tag)"),
    "place_of_death": ("Todesort (Gemeinde/Stadt)", "Sterbeort/Ort des Todes",
                       "Ort des Todes (Sterbeort)"),
    "last_residence": ("letzte Anschrift (eine Zeile)", "zuletzt wohnhaft (Anschrift, einzeilig)",
                       "letzte Wohnanschrift vor dem Tod"),
    "make": ("Fahrzeughersteller laut Teil I", "Marke (Fahrzeug)",
             "Fahrzeug – Marke laut Papieren"),
    "model": ("Modell/Typ (Fahrzeug)", "Modell (Fahrzeug)", "Fahrzeug: Typ/Modell"),
    "vin": ("Fahrzeug-Ident.-Nr. (FIN)", "FIN (siebzehn Zeichen)", "Fahrzeug-Identnummer/FIN"),
    "evb_number": ("eVB-Nr. (Kfz-Versicherung)", "eVB-Nummer/Versicherungsbestätigung",
                   "eVB (sieben Zeichen)"),
    "desired_plate": ("Wunschkennzeichen (bereits reserviert)", "Kennzeichenreservierung (Wunsch)",
                      "Wunschkennzeichen laut Reservierung"),
    "account_holder": ("Kontoinhaber/in (Vor- und Familienname)",
                       "Name auf dem Konto (Kontoinhaber/in)",
                       "Kontoinhaber/in, vollständiger Name"),
    "iban": ("IBAN (Konto für die Lastschrift)", "IBAN/Konto-Nr.", "Konto-IBAN"),
    "bic": ("BIC (Konto für die Lastschrift)", "BIC bzw. SWIFT (Konto)", "Bank-BIC"),
    "bank": ("Geldinstitut – Bezeichnung", "Bankname (Konto)",
             "Geldinstitut, das das Konto führt"),
    "passport_number": ("Pass-Nr. (Nationalpass der Person)", "Passnummer/Reisepass-Nr.",
                        "Nummer des Passes (Nationalpass)"),
    "passport_expiry_date": ("Gültigkeitsende des Passes (Tag)",
                             "Gültigkeit des Passes/Ablaufdatum",
                             "Passablauf am"),
    "entry_date": ("Einreise erfolgte am", "Einreisedatum/Tag der Einreise",
                   "Tag der Einreise (Datum)"),
    "purpose": ("beantragter Zweck (ankreuzen)", "Aufenthaltszweck/Zweck des Aufenthalts",
                "beantragter Aufenthaltszweck (Wahl)"),
    "doc_kind": ("Dokumentart – bitte wählen", "Art des Ausweisdokuments/Dokumenttyp",
                 "Dokument ist ein(e)"),
    "doc_number": ("Dokument-Nr. (Ausweis/Pass)", "Nummer des Ausweisdokuments (laut Datenseite)",
                   "Seriennummer/Dokumentnummer"),
    "issuing_state": ("Ausstellerstaat (Dreibuchstaben)", "Staat, der ausstellt (Code)",
                      "ausgestellt durch Staat"),
    "expiry_date": ("Gültigkeitsende (Datum)", "gültig bis/Ablaufdatum",
                    "Gültigkeit endet (Datum)"),
    "collect_date": ("Abholung am (Datum)", "Tag der Abholung", "Abholtermin"),
}

# the roles as headings and column heads
ROLE_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "registrant": ("Person, die sich hier anmeldet", "anmeldende Person (meldepflichtig)",
                   "Meldepflichtige/r"),
    "representative": ("gesetzliche/r Vertreter/in", "gesetzliche Vertretung (Eltern, Vormund)",
                       "Vertretungsberechtigte/r"),
    "agent": ("bevollmächtigte Person", "Bevollmächtigte/r (mit Vollmacht)",
              "Vertreter/in mit schriftlicher Vollmacht"),
    "contact": ("Ansprechperson für Rückfragen", "Kontaktperson (Rückfragen)",
                "erreichbare Person bei Rückfragen"),
    "landlord": ("Wohnungsgeber/in (Vermieter/in)", "Vermieter/in (Wohnungsgeber/in)",
                 "Wohnungsgeberin bzw. Wohnungsgeber"),
    "manager": ("Hausverwaltung (im Auftrag des Wohnungsgebers)", "beauftragte Verwaltung",
                "handelnd im Auftrag des Wohnungsgebers"),
    "owner": ("Eigentümer/in der überlassenen Wohnung (falls abweichend)", "Wohnungseigentümer/in",
              "Eigentümerin bzw. Eigentümer (falls nicht Wohnungsgeber)"),
    "tenant": ("neu einziehende Person(en)", "neue Bewohner/innen der Wohnung",
               "Personen, die einziehen"),
    "leaving": ("ausziehende Person(en) (Vormieter/in)", "bisherige Bewohner/innen der Wohnung",
                "Personen, die ausgezogen sind"),
    "holder": ("Halter/in des zuzulassenden Fahrzeugs",
               "künftige Halterin bzw. künftiger Halter (Zulassung)",
               "Fahrzeughalter/in (Zulassung auf)"),
    "prev_holder": ("bisherige/r Halter/in", "Voreigentümer/in (Verkäufer/in)",
                    "vorheriger Halter laut Teil II"),
    "payer": ("Kontoinhaber/in für die Steuer", "zahlende Person (Lastschrift)",
              "Inhaber/in des Steuerkontos"),
    "applicant": ("antragstellende Person (Titel für)", "Antragsteller/in (Titelinhaber/in)",
                  "Person, für die der Titel beantragt wird"),
    "sponsor": ("Verpflichtungsgeber/in", "Gastgeber/in in Deutschland", "einladende Person"),
    "relative": ("Bezugsperson im Bundesgebiet", "Familienangehörige/r in Deutschland",
                 "Person, zu der der Nachzug erfolgt"),
    "child": ("Kind (eingetragene Person)", "das eingetragene Kind (Geburt)",
              "Geburtseintrag: Kind"),
    "mother": ("Mutter des Kindes (Elternteil)", "Mutter des Kindes (eingetragen)",
               "eingetragene Mutter (Elternteil)"),
    "father": ("Vater des Kindes (Elternteil)", "Vater des Kindes (eingetragen)",
               "eingetragener Vater (Elternteil)"),
    "informant": ("anzeigende Person (Anzeige)", "Person, die den Fall angezeigt hat",
                  "Anzeigende/r (Meldung an das Standesamt)"),
    "registrar": ("Standesbeamtin/Standesbeamter (beurkundend)", "beurkundende Person",
                  "Urkundsperson (Standesamt)"),
    "witness": ("Trauzeugin/Trauzeuge", "Zeugin bzw. Zeuge der Trauung", "Zeugin/Zeuge (Trauung)"),
    "spouse1": ("Ehegattin/Ehegatte – Nr. 1", "Eheschließende/r Nr. 1", "Ehepartner/in 1"),
    "spouse2": ("Ehegattin/Ehegatte – Nr. 2", "Eheschließende/r Nr. 2", "Ehepartner/in 2"),
    "deceased": ("verstorbene Person (eingetragen)", "Verstorbene/r (eingetragen)",
                 "die verstorbene Person laut Register"),
    "widow": ("hinterbliebene Ehegattin bzw. hinterbliebener Ehegatte",
              "überlebende/r Ehepartner/in",
              "Witwe bzw. Witwer"),
    "doc_holder": ("Inhaber/in des Dokuments", "Dokumentinhaber/in (Datenseite)",
                   "Person, auf die das Dokument lautet"),
    "collector": ("abholende Person (bevollmächtigt)", "Abholer/in mit Vollmacht",
                  "Person, die das Dokument abholt"),
}

# the roles as label prefixes and side captions
ROLE_SHORT: Final[dict[str, tuple[str, ...]]] = {
    "registrant": ("Meldende/r", "Anmeldende/r"),
    "representative": ("ges. Vertreter/in", "Vertretung"),
    "agent": ("Bevollm. Person", "Bevollmächtigte/r"),
    "contact": ("Kontakt (Rückfragen)", "Rückfragen an"),
    "landlord": ("Wohnungsgeb.", "Vermietende/r"),
    "manager": ("Verwalter/in", "Hausverw."),
    "owner": ("Eigentümer/in (abweichend)", "Eigentum"),
    "tenant": ("Zuziehende/r", "Neubewohner/in"),
    "leaving": ("Ausziehende/r", "Auszug"),
    "holder": ("Halterseite", "künft. Halter/in"),
    "prev_holder": ("Vorbesitzer/in", "bish. Halter/in"),
    "payer": ("Kontoinhaberseite", "Lastschriftzahler/in"),
    "applicant": ("Antragst.", "Antragstellerseite"),
    "sponsor": ("Verpflichtungsgeb.", "Gastgeber/in"),
    "relative": ("Bezugsperson", "Angehörige/r"),
    "child": ("das Kind (Eintrag)", "Kindesdaten"),
    "mother": ("Mutter (Kind)", "Elternteil M."),
    "father": ("Vater (Kind)", "Elternteil V."),
    "informant": ("Anzeigeerstatter/in", "Anzeige durch"),
    "registrar": ("Beurkundende/r", "Standesbeamt."),
    "witness": ("Trauzeug/in", "Zeug/in"),
    "spouse1": ("Ehegatte 1", "Ehepartner/in Nr. 1"),
    "spouse2": ("Ehegatte 2", "Ehepartner/in Nr. 2"),
    "deceased": ("verst. Person", "Sterbefallperson"),
    "widow": ("Hinterbl.", "Witwe/Witwer"),
    "doc_holder": ("Inhaberseite", "Dok.-Inhaber/in"),
    "collector": ("Abholer/in", "Abholende/r"),
}

# a sentence before a person's block
ROLE_LEADS: Final[dict[str, tuple[str, ...]]] = {
    "registrant": ("Die folgenden Angaben betreffen die Person, die hiermit angemeldet wird.",
                   "Hier folgen die Daten der Person, die die Wohnung bezogen hat."),
    "representative": ("Nur bei Minderjährigen: Angaben zur gesetzlichen Vertretung.",
                       "Für eine minderjährige Person handelt die folgende Vertretung."),
    "agent": ("Die Unterlagen reicht eine bevollmächtigte Person ein; ihre Daten:",
              "Die nachstehende Person handelt mit Vollmacht und ist nicht die Hauptperson."),
    "contact": ("Für Rückfragen ist die folgende Person erreichbar:",
                "Bei Unklarheiten wenden Sie sich bitte an:"),
    "landlord": ("Die Wohnung wird von der folgenden Person oder Firma zur Verfügung gestellt:",
                 "Wohnungsgeber im Sinne des Bundesmeldegesetzes ist:"),
    "manager": ("Die Bestätigung wird im Auftrag des Wohnungsgebers abgegeben von:",
                "Für den Wohnungsgeber handelt die folgende Verwaltung (nicht Wohnungsgeber):"),
    "owner": ("Eigentümer der Wohnung ist, sofern nicht selbst Wohnungsgeber:",
              "Nur falls abweichend: Eigentümer/in der Wohnung."),
    "tenant": ("In die Wohnung sind die folgenden Personen eingezogen:",
               "Der Einzug wird für diese Personen bestätigt:"),
    "leaving": ("Aus der Wohnung ausgezogen sind (nur zur Information):",
                "Bisher wohnten in der Wohnung (nicht Gegenstand dieser Bestätigung):"),
    "holder": ("Das Fahrzeug soll auf die folgende Person zugelassen werden:",
               "Künftig wird das Fahrzeug gehalten von:"),
    "prev_holder": ("Das Fahrzeug wurde erworben von (bisherige Halterin / bisheriger Halter):",
                    "Bis zum Verkauf war Halter/in des Fahrzeugs:"),
    "payer": ("Die Kraftfahrzeugsteuer wird vom Konto der folgenden Person eingezogen:",
              "Das Lastschriftmandat erteilt als Kontoinhaber/in:"),
    "applicant": ("Der Aufenthaltstitel wird für die folgende Person beantragt:",
                  "Die Person, die den Titel erhalten soll:"),
    "sponsor": ("Eine Verpflichtungserklärung wurde abgegeben von:",
                "Gastgeber/in bzw. einladende Person in Deutschland:"),
    "relative": ("Der Nachzug erfolgt zu der folgenden Person im Bundesgebiet:",
                 "Familienangehörige/r, die/der bereits in Deutschland lebt:"),
    "child": ("Im Geburtenregister ist das folgende Kind eingetragen:",
              "Beurkundet wurde die Geburt des folgenden Kindes:"),
    "mother": ("Als Mutter des Kindes ist eingetragen:", "Die Mutter des Kindes:"),
    "father": ("Als Vater des Kindes ist eingetragen:", "Der Vater des Kindes:"),
    "informant": ("Der Fall wurde dem Standesamt angezeigt von:",
                  "Die Anzeige erstattete die folgende Person:"),
    "registrar": ("Die Beurkundung erfolgte durch:", "Die Eintragung nahm vor:"),
    "witness": ("Bei der Trauung wirkte als Zeugin bzw. Zeuge mit:",
                "Als Trauzeuge/Trauzeugin war anwesend:"),
    "spouse1": ("Die erste eheschließende Person:",
                "Als erste/r Ehegatte/Ehegattin ist eingetragen:"),
    "spouse2": ("Die zweite eheschließende Person:",
                "Als zweite/r Ehegatte/Ehegattin ist eingetragen:"),
    "deceased": ("Im Sterberegister ist die folgende verstorbene Person eingetragen:",
                 "Beurkundet wurde der Tod der folgenden Person:"),
    "widow": ("Die verstorbene Person hinterlässt diesen Ehegatten bzw. diese Ehegattin:",
              "Hinterbliebene/r Ehepartner/in (nur zur Information):"),
    "doc_holder": ("Das Dokument lautet auf die folgende Person:",
                   "Inhaber/in des bereitliegenden Dokuments:"),
    "collector": ("Das Dokument wird abgeholt von der folgenden bevollmächtigten Person:",
                  "Zur Abholung ist bevollmächtigt:"),
}

ROLE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "dwelling": ("Die angemeldete Wohnung (neue Anschrift)", "Neue Wohnung der meldenden Person",
                 "Angemeldete Anschrift"),
    "previous": ("Bisherige Wohnung der meldenden Person", "Vorherige Anschrift (Auszug)",
                 "Anschrift vor dem Einzug"),
    "flat": ("Die Wohnung, in die eingezogen wurde", "Lage der bezogenen Wohnung (Anschrift)",
             "Bezogene Wohnung (Lage)"),
    "vehicle": ("Fahrzeug (laut Zulassungsbescheinigung)", "Das zuzulassende Fahrzeug (Daten)",
                "Angaben zum Fahrzeug (Teil I/II)"),
    "account": ("SEPA-Lastschrift für die Kfz-Steuer",
                "Einzugsermächtigung für die Kraftfahrzeugsteuer",
                "Bankverbindung für die Steuer"),
    "stay": ("Beantragter Zweck und Einreise", "Zweck und Einreise", "Aufenthalt und Einreise"),
    "passport": ("Nationalpass der antragstellenden Person",
                 "Pass der Person, für die beantragt wird",
                 "Passdaten (antragstellende Person)"),
    "event_birth": ("Geburt (Ereignis)", "Angaben zur Geburt", "Geburtsereignis"),
    "event_marriage": ("Trauung (Ereignis)", "Angaben zur Trauung im Register",
                       "Eheschließungsereignis"),
    "event_death": ("Sterbefall (Ereignis)", "Angaben zum Tod", "Todesereignis"),
    "register": ("Registerangaben und Ausfertigung", "Beurkundung und Ausfertigung",
                 "Register/Ausfertigung"),
    "document": ("Bereitliegendes Dokument", "Dokument zur Abholung", "Abzuholendes Dokument"),
    "copy": ("Kopie der Datenseite", "Ablichtung der Datenseite", "Datenseite (Kopie)"),
}

ROLE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung – mit Angaben zu Vertretung und Vollmacht",
                  "Meldeschein (Anmeldung) mit Vertretungsteil",
                  "Anmeldeformular für Einzug (Person, Vertretung, Kontakt)"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung mit Angaben zur Verwaltung",
                                  "Einzugsbestätigung (Wohnungsgeber, Verwaltung, Bewohner)",
                                  "Bestätigung nach § 19 BMG – Beteiligte"),
    "geburtsurkunde": ("Geburtsurkunde – Beteiligte", "Auszug Geburtseintrag mit Eltern",
                       "Geburtsurkunde (Kind, Eltern, Beurkundung)"),
    "eheurkunde": ("Eheurkunde – Beteiligte", "Auszug Eheeintrag mit Zeugen",
                   "Eheurkunde (Ehegatten, Zeugen, Beurkundung)"),
    "sterbeurkunde": ("Sterbeurkunde – Beteiligte", "Auszug Sterbeeintrag mit Anzeige",
                      "Sterbeurkunde (verstorbene Person, Anzeige, Beurkundung)"),
    "antrag_zulassung": ("Zulassungsantrag (Halter, Vollmacht, Vorbesitz)",
                         "Antrag auf Zulassung mit Vollmacht und Lastschrift",
                         "Fahrzeugzulassung – Beteiligte Personen"),
    "aufenthaltstitel_antrag": ("Antrag Aufenthaltstitel (Antragsteller, Gastgeber, Vertretung)",
                                "Aufenthaltstitel – Antrag mit Verpflichtungsgeber",
                                "Titelantrag – Beteiligte Personen"),
    "identity_document": ("Abholung eines Ausweisdokuments durch Bevollmächtigte",
                          "Vollmacht zur Abholung eines Dokuments",
                          "Ausgabe eines Dokuments an eine bevollmächtigte Person"),
}

ROLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {0} – Bürgerservice", "Stadt {0} · Bürgerdienste und Meldewesen",
               "Bürgerservice der Stadt {0}"),
    "issuer_reg": ("Standesamt der Stadt {0}", "Stadt {0} – Personenstandswesen"),
    "issuer_kfz": ("Stadt {0} – Straßenverkehrsangelegenheiten",),
    "issuer_abh": ("Stadt {0} – Migration und Aufenthalt",),
    "form_no": ("Vordr. {0}", "Formular {0} (Beteiligte)", "Muster-Nr. {0}"),
    "void": ("entfällt – nicht zutreffend", "trifft in diesem Fall nicht zu",
             "– bleibt frei –", "nicht ausgefüllt (nicht zutreffend)"),
    "void_box": ("Abschnitt trifft nicht zu", "kein Eintrag erforderlich"),
    "attr_col": ("Merkmal der Person", "erfragt wird", "Eintrag für"),
    "relations_f": ("Tochter der Person|Schwester der Person|Nichte der Person|Nachbarin|"
                    "Arbeitskollegin",),
    "relations_m": ("Sohn der Person|Bruder der Person|Neffe der Person|Nachbar|"
                    "Arbeitskollege",),
    "kin_f": ("Ehefrau der Person|Mutter der Person|Schwester der Person|Tochter der Person",),
    "kin_m": ("Ehemann der Person|Vater der Person|Bruder der Person|Sohn der Person",),
    "relations_x": ("Bekannte Person|befreundete Person|Person aus dem Haushalt",),
    "place_date": ("{0}, am {1}", "Ort und Tag: {0}, {1}", "{0} – {1}"),
    "sign": ("Unterschrift meldepflichtige Person bzw. Vertretung",
             "Unterschrift (Person oder bevollmächtigte Person)",
                            "Unterschrift(en) der Beteiligten"),
    "sign_landlord": ("Unterschrift Wohnungsgeber/in oder beauftragte Verwaltung",
                      "Unterschrift für den Wohnungsgeber"),
    "sign_reg": ("Unterschrift der beurkundenden Person", "Standesamt – Unterschrift und Siegel"),
    "sign_id": ("Unterschrift der abholenden Person",
                "Empfang bestätigt (Unterschrift Abholer/in)"),
    "sign_holder": ("Unterschrift Inhaber/in (Vollmachtgeber/in)",
                    "Vollmacht erteilt (Unterschrift)"),
    "seal": ("Siegelabdruck des Standesamts",),
    "page": ("Blatt {0} von {1} (Beteiligte)", "Seite {0}/{1} – Formular", "S. {0} v. {1}"),
    "certify": ("Die Übereinstimmung mit dem Eintrag im Register wird beglaubigt.",
                "Diese Ausfertigung entspricht dem Registereintrag."),
    "note_roles": ("Bitte für jede beteiligte Person einen eigenen Abschnitt ausfüllen.",
                   "Angaben zu weiteren Personen nur, soweit sie beteiligt sind.",
                   "Nicht zutreffende Abschnitte bitte freilassen oder streichen."),
    "office": ("Verwaltungsvermerke", "nur für das Amt"),
    "power": ("Die bevollmächtigte Person hat eine schriftliche Vollmacht vorgelegt.",
              "Vollmacht liegt im Original vor."),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER26: Final = ("F", "M", "D", "X")
SEX_LETTERS26: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
PURPOSE_ORDER26: Final = ("study", "employment", "family", "humanitarian", "other")
PURPOSE26: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium an einer Hochschule im Bundesgebiet", "Aufenthalt zum Zweck des Studiums"),
    "employment": ("Aufnahme einer Beschäftigung in Deutschland",
                   "Aufenthalt zum Zweck der Erwerbstätigkeit"),
    "family": ("Nachzug zu Familienangehörigen im Bundesgebiet",
               "Aufenthalt zum Zweck der Familienzusammenführung"),
    "humanitarian": ("Aufenthalt aus humanitären oder politischen Gründen",
                     "Schutz aus völkerrechtlichen Gründen"),
    "other": ("ein anderer Aufenthaltszweck", "Aufenthalt zu einem sonstigen Zweck"),
}
DWELLING_ORDER26: Final = ("main", "secondary")
DWELLING26: Final[dict[str, tuple[str, ...]]] = {
    "main": ("Hauptwohnung (überwiegend benutzt)", "Hauptwohnung bzw. einzige Wohnung"),
    "secondary": ("Nebenwohnung (zusätzlich benutzt)", "Nebenwohnung neben der Hauptwohnung"),
}
ROLE26: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümer/in und Wohnungsgeber/in zugleich", "ist selbst Eigentümer/in der Wohnung"),
    False: ("nicht Eigentümer/in (vom Eigentümer beauftragt)", "Vermietung im Auftrag"),
}
ID_KINDS26: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Reisepass (Heft mit Datenseite)", "Pass mit Datenseite"),
    "I": ("Ausweiskarte (Scheckkartenformat)", "Karte mit Lesezone auf der Rückseite"),
}

TICK_WORDS: Final = re.compile(r"ankreuzen|wählen")
BASE_VALUE_WORDS: Final = frozenset({*SEX_WORDS.values(), *SEX_LETTERS26.values()})

# --- dates ----------------------------------------------------------------------------------------

SEARCHABLE_DATE_STYLES: Final = ("numeric", "numeric", "long", "unpadded", "spaced")
ROLES_DATE_STYLES: Final = ("numeric", "long", "iso", "long_zero", "numeric")
EXTRA26_DATE_STYLES: Final = ("numeric", "unpadded", "long", "long_zero", "iso", "spaced")


def format_extra26_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":  # "04. März 1987"
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "spaced":  # "04. 03. 1987", as some forms print it
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra26_date(d, s) for s in EXTRA26_DATE_STYLES}


# sex: tick boxes, the word or its letter
SEARCHABLE_SEX_MODES: Final = ("choice", "word", "choice")
ROLES_SEX_MODES: Final = ("word", "letter", "word")


def sex_text(code: str, mode: str) -> str:
    if mode == "letter":
        return SEX_LETTERS26[code]
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_LETTERS26[code]}


SEARCHABLE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
ROLES_NATIONALITY_MODES: Final = ("adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return set(pools.NATIONALITIES[code])


# --- the wording object ---------------------------------------------------------------------------


class Extra26Wording(Wording):
    """Labels, headings, role names, titles and furniture, chosen once per document from the
    thirtieth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.searchable = layout == "searchable"
        self.certificate = False  # set for certificates before the labels are chosen
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def _options(self, key: str) -> tuple[str, ...]:
        options = (SCAN_LABELS if self.searchable else ROLE_LABELS)[key]
        if self.searchable and self.certificate and key in SCAN_CERT_LABELS:
            options = SCAN_CERT_LABELS[key]
        elif self.certificate:  # a register entry is no identity document
            options = tuple(o for o in options
                            if "Ausweis" not in o and "Pass" not in o) or options
        return options

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = self._options(key)
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def label(self, key: str, ticks: bool) -> str:
        """The label of ``key``; one that asks for a tick only where the value is ticked."""
        if key not in self._chosen and not ticks:
            options = self._options(key)
            options = tuple(o for o in options if not TICK_WORDS.search(o)) or options
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self(key)

    def head(self, key: str) -> str:
        return self._once(2, key, (SCAN_HEADS if self.searchable else ROLE_HEADS)[key])

    def word(self, key: str) -> str:
        return self._once(3, key, (SCAN_WORDS if self.searchable else ROLE_WORDS)[key])

    def any_word(self, key: str) -> str:
        """A fresh choice each time."""
        options = (SCAN_WORDS if self.searchable else ROLE_WORDS)[key]
        return options[self._rng.randrange(len(options))]

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (SCAN_TITLES if self.searchable else ROLE_TITLES)[doc_type])

    def role(self, role: str) -> str:
        """The role as a heading or a column head."""
        return self._once(5, role, ROLE_NAMES[role])

    def short(self, role: str) -> str:
        """The role as a label prefix or a side caption."""
        return self._once(6, role, ROLE_SHORT[role])

    def lead(self, role: str) -> str:
        """A sentence that introduces a person's block."""
        return self._once(7, role, ROLE_LEADS[role])


@dataclass(slots=True)
class Extra26Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra26_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [s for pool in (SCAN_LABELS, SCAN_CERT_LABELS, ROLE_LABELS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, heading, role name, lead sentence, title and furniture wording of this pool
    (``|`` lists count item by item)."""
    out = label_strings()
    for pool in (SCAN_HEADS, SCAN_TITLES, SCAN_WORDS, ROLE_NAMES, ROLE_SHORT, ROLE_LEADS,
                 ROLE_HEADS, ROLE_TITLES, ROLE_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in (PURPOSE26, DWELLING26, ROLE26, ID_KINDS26)
           for options in table.values() for s in options]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
