"""The thirteenth wording pool and the printing habits of the ninth extra pair of layouts.

``TYPED_LABELS`` (the small printed labels of a pre-printed official paper form that was filled
in on a mechanical typewriter), ``ORNATE_LABELS`` (the labels of a formal certificate or form
printed on security paper, partly in an older wording), their section headings
(``TYPED_SECTIONS``, ``ORNATE_SECTIONS``), titles (``TYPED_TITLES``, ``ORNATE_TITLES``), page
furniture (``TYPED_WORDS``, ``ORNATE_WORDS``) and the printed words between the typed values of
the certificates' prose (``TYPED_PROSE``, ``ORNATE_PROSE``) are used only by the layouts in
``EXTRA9_LAYOUTS`` of ``samples.generate`` (``typed`` and ``ornate``). They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra9``,
nor tune on those layouts' failures. None of the label strings repeats one of the twelve other
pools, not even up to case, punctuation or spacing (a test checks this), except where German
has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with Roman month
numerals, with the day as an ordinal word, unpadded or padded, sex in an older genitive phrase
or abbreviated as a typist would, nationality as the adjective, in capitals or as the country,
purposes and dwellings in wordings of their own). The ground truth stays the catalog's
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

# Where German has only one usual word, this pool uses it too.
SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- typed: a pre-printed paper form filled in on a typewriter ----------------------------------

TYPED_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname, Doktorgrad gesondert", "Familienname lt. Personalausweis",
                    "Familienname (ohne Doktorgrad)"),
    "given_names": ("Vornamen (Rufname unterstrichen)", "Vornamen lt. Personenstandsurkunde",
                    "Vorname(n), Rufname vorangestellt"),
    "birth_name": ("Geburtsname bei Abweichung vom Fam.-Namen",
                   "Geburtsname (nur bei Namensänderung)",
                   "Geburtsname (wenn abweichend vom Fam.-Namen)"),
    "date_of_birth": ("Geb.-Tag (Tag/Monat/Jahr)", "Geburtstag, -monat, -jahr",
                      "geb. am (Tag, Monat, Jahr)"),
    "place_of_birth": ("Geb.-Ort (Kreis/Land)", "Geburtsort (ggf. Kreis und Staat)",
                       "geb. in (Gemeinde, Kreis, Staat)"),
    "sex": ("Geschlecht (m/w/d/o.A.)", "Geschl. (zutr. ankreuzen)",
            "Geschlecht lt. Personenstandseintrag"),
    "nationality": ("Staatsangehörigkeit(en) z. Zt.", "Staatsangeh. (sämtliche)",
                    "Staatsangehörigkeit zur Zeit"),
    "marital": ("Fam.-Stand (led./verh./gesch./verw.)", "Familienstand z. Zt. der Anmeldung",
                "Familienstand am Einzugstag"),
    "phone": ("Fernsprecher (freiwillig)", "Fernruf-Nr. (für Rückfragen)",
              "Fernsprechanschluß (Angabe freiwillig)"),
    "move_in_date": ("Einzugstag (Tag/Monat/Jahr)", "Datum des Bezugs der Wohnung",
                     "Wohnung bezogen am (Tag/Monat/Jahr)"),
    "street": ("Straße bzw. Platz", "Straße/Platz (ohne Haus-Nr.)", "Straße, Weg oder Platz"),
    "house_number": ("Hausnummer (ggf. mit Buchstaben)", "Haus-Nr. (mit Zusatzbuchst.)"),
    "city": ("Gemeinde bzw. Stadt", "Ort, ggf. Ortsteil", "Wohnort (Gemeinde/Stadt)"),
    "street_line": ("Straße und Haus-Nr. (Wohnung)", "Straße, Haus-Nr. (Wohnung)"),
    "city_line": ("Postleitzahl, Wohnort", "PLZ und Ort (Wohnung)", "Postleitzahl / Gemeinde"),
    "address_line": ("Wohnung (Straße, Nr., PLZ, Gemeinde)", "Wohnanschrift (Str., Nr., PLZ, Ort)",
                     "Anschrift der Wohnung (vollst.)"),
    "previous_address": ("Bisherige Wohnung (Straße, Nr., PLZ, Ort, ggf. Staat)",
                         "Letzte frühere Wohnung",
                         "Vorherige Anschrift (bei Zuzug aus dem Ausland: Staat)"),
    "dwelling": ("Neue Wohnung wird genutzt als", "Neue Wohnung ist (zutr. ankreuzen)",
                 "Die neue Wohnung ist für mich die"),
    "landlord_name": ("Name des Wohnungsgebers (Eigentümer/Vermieter)",
                      "Wohnungsgeber (Name, Vorname bzw. Firma)",
                      "Wohnungsgeber – Familienname, Vorname oder Firma"),
    "landlord_address": ("Wohnungsgeber wohnhaft / Sitz", "Wohnsitz bzw. Sitz des Wohnungsgebers",
                         "Anschrift Wohnungsgeber (Str., Nr., PLZ, Ort)"),
    "landlord_role": ("Wohnungsgeber ist zugleich", "Der Wohnungsgeber ist (zutr. ankreuzen)",
                      "Rechtsstellung des Wohnungsgebers"),
    "flat_line": ("Lage der Wohnung (Straße, Nr., PLZ, Ort)", "Wohnung gelegen in (Anschrift)",
                  "Anschrift der Wohnung, in die eingezogen wurde (vollst.)"),
    "tenant": ("Name, Vorname der eingezogenen Person",
               "Eingezogene Person (Vor- und Familienname)", "Eingezogen ist (Vor-/Fam.-Name)"),
    "birth_time": ("Stunde und Minute der Geburt", "Geburtszeit (Std. u. Min.)",
                   "Zeitpunkt der Geburt (Uhr)"),
    "mother_name": ("Kindesmutter (Vor- u. Fam.-Name)", "Vor- und Familienname der Kindesmutter",
                    "Mutter: Vorname(n) und Familienname"),
    "father_name": ("Kindesvater (Vor- u. Fam.-Name)", "Vor- und Familienname des Kindesvaters",
                    "Vater: Vorname(n) und Familienname"),
    "registry_office": ("Standesamt des Registereintrags", "Registerführendes Standesamt (Ort)",
                        "Eingetragen beim Standesamt"),
    "register_number": ("Eintrag Nr.", "Nr. des Registereintrags (Buchst./Jahr)",
                        "Reg.-Nr. (Buchst./Jahr)"),
    "issue_date": ("Tag der Ausfertigung", "Ausgefertigt am (Tag/Monat/Jahr)",
                   "Datum der Registerabschrift"),
    "marriage_date": ("Tag der Eheschließung (Tag/Monat/Jahr)", "Eheschließung: Tag",
                      "Heiratstag (Tag/Monat/Jahr)"),
    "marriage_place": ("Ort der Eheschließung (Standesamtsbezirk)", "Eheschließung: Gemeinde",
                       "Heiratsort (Standesamtsbezirk)"),
    "date_of_death": ("Gestorben am", "Sterbetag (Tag/Monat/Jahr)", "Todestag (Tag, Monat, Jahr)"),
    "place_of_death": ("Sterbeort (Gemeinde, ggf. Kreis)", "gest. in",
                       "Gestorben in (Gemeinde, Kreis)"),
    "last_residence": ("Letzte Wohnung des Verstorbenen", "Letzte Anschrift des/der Verstorbenen",
                       "Zuletzt gewohnt (Anschrift)"),
    "make": ("Fabrikmarke (Hersteller)", "Hersteller / Marke (Ziff. 2)", "Fabrikat bzw. Marke"),
    "model": ("Typ und Ausführung", "Typ / Ausführung", "Typ, Ausführung (Ziff. 2.2)"),
    "vin": ("Fahrzeug-Ident.-Nr. (Fahrgestell-Nr.)", "Fahrgestell-Nr. (17 Stellen)",
            "Fahrzeug-Identifizierungs-Nr. (Ziff. 4)"),
    "evb_number": ("Nr. der Versicherungsbestätigung", "Versicherungsbestätigung Nr.",
                   "Vers.-Bestätigung (eVB-Code)"),
    "desired_plate": ("Kennzeichen (falls reserviert)", "Reserv. Wunschkennzeichen",
                      "Amtl. Kennzeichen – reserviert –"),
    "account_holder": ("Kontoinhaber (falls abweichend: Name)", "Konto lautet auf (Name)",
                       "Inhaber des Kontos (Name, Vorname)"),
    "bank": ("Geldinstitut (Bezeichnung, Ort)", "Kreditinstitut / Sparkasse",
             "Geldinstitut, bei dem das Konto geführt wird"),
    "passport_number": ("Reisepaß Nr. (Paßnummer)", "Paß-Nr. (lt. Paß)", "Nr. des Heimatpasses"),
    "passport_expiry_date": ("Gültigkeitsdauer des Passes", "Ablauf der Paßgültigkeit",
                             "Paß gültig bis (Tag/Monat/Jahr)"),
    "entry_date": ("Einreise in die Bundesrepublik am", "Tag der Einreise (Tag/Monat/Jahr)",
                   "Eingereist ins Bundesgebiet am"),
    "purpose": ("Zweck des beabsichtigten Aufenthalts", "Aufenthaltszweck (zutr. ankreuzen)",
                "Beabsichtigter Aufenthaltszweck"),
    "doc_kind": ("Art des Ausweispapiers", "Ausweispapier (Art)", "Vorgelegtes Papier (Art)"),
    "doc_number": ("Nummer des Ausweispapiers", "Ausweispapier Nr.", "Nr. des vorgelegten Papiers"),
    "issuing_state": ("Ausgestellt von (Staat)", "Ausstellungsstaat (Kennbuchstaben)",
                      "Papier ausgestellt durch (Staat)"),
    "expiry_date": ("Gültig bis einschl.", "Gültigkeit (bis)", "Papier gültig bis"),
    "holder": ("Inhaber/in des Papiers", "Name lt. Ausweispapier"),
    "spouse": ("Ehegatte zu", "Angaben zum Ehegatten"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

TYPED_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Persönliche Angaben (Antragsteller/in)", "Angaben zur Person – Personalien",
               "Personalien (lt. Paß oder Ausweis)"),
    "dwelling": ("Neue Wohnung (Zuzug)", "Zuzug in die Wohnung",
                 "Angaben über die neue Wohnung (Zuzug)"),
    "previous": ("Bisherige Wohnung (Wegzug)", "Wegzug aus der Wohnung",
                 "Angaben über die bisherige Wohnung"),
    "landlord": ("Wohnungsgeber (Eigentümer/Vermieter)",
                 "Angaben über den Wohnungsgeber (Vermieter)",
                 "Wohnungsgeber – Personalien bzw. Firma"),
    "flat": ("Bezogene Wohnung und Einzug", "Angaben über Wohnung und Einzugstag",
             "Wohnung (Lage) und Einzugstag"),
    "tenants": ("Eingezogene meldepflichtige Personen", "Namentliche Aufstellung der Eingezogenen",
                "Eingezogene Personen (namentlich, je Zeile eine)"),
    "child": ("Personenstandsdaten des Kindes", "Angaben über das Kind (Registerdaten)",
              "Kind – Personenstandsdaten"),
    "parents": ("Eltern des Kindes (lt. Register)", "Angaben über die Eltern (Registerdaten)",
                "Eltern (Vor- und Familiennamen)"),
    "register": ("Registerangaben (Standesamt)", "Beurkundungsangaben",
                 "Standesamt und Registereintrag"),
    "marriage": ("Eheschließung (Tag und Ort)", "Angaben über die Eheschließung (Registerdaten)",
                 "Tag und Ort der Heirat (Register)"),
    "spouse1": ("Erster Ehegatte", "Ehegatte zu 1", "Angaben zum ersten Ehegatten"),
    "spouse2": ("Zweiter Ehegatte", "Ehegatte zu 2", "Angaben zum zweiten Ehegatten"),
    "deceased": ("Personalien des/der Verstorbenen",
                 "Angaben über die verstorbene Person (Registerdaten)",
                 "Verstorbene/r – Personalien lt. Register"),
    "death": ("Sterbefall (Tag und Ort)", "Tag und Ort des Sterbefalls",
              "Angaben über den Sterbefall (Registerdaten)"),
    "holder": ("Halter des Fahrzeugs (Personalien)", "Angaben über den Halter (Personalien)",
               "Fahrzeughalter – Personalien"),
    "vehicle": ("Fahrzeugangaben (lt. Fahrzeugbrief)", "Angaben über das Fahrzeug (Fahrzeugbrief)",
                "Fahrzeug – Angaben lt. Fahrzeugschein"),
    "sepa": ("Einzugsermächtigung Kraftfahrzeugsteuer", "Lastschriftmandat für die Kfz-Steuer",
             "Abbuchung der Kraftfahrzeugsteuer (Ermächtigung)"),
    "passport": ("Paß und Einreise (Angaben)", "Nationalpaß und Einreise",
                 "Angaben über Paß und Einreise (Zweck)"),
    "residence": ("Zur Wohnung im Inland", "Anschrift im Bundesgebiet (Wohnung)",
                  "Wohnung im Bundesgebiet (Anschrift)"),
    "document": ("Angaben zum vorgelegten Ausweispapier", "Zum Ausweispapier",
                 "Vorgelegtes Ausweispapier (Daten)"),
}

TYPED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein zur Anmeldung", "Anmeldung der Wohnung (Meldeschein)",
                  "Meldeschein – Anmeldung bei der Meldebehörde –"),
    "wohnungsgeberbestaetigung": ("Bescheinigung des Wohnungsgebers über den Einzug (Vordruck)",
                                  "Einzugsbestätigung des Wohnungsgebers (Vordruck)",
                                  "Bestätigung des Wohnungsgebers (§ 19 BMG)"),
    "geburtsurkunde": ("Geburtsurkunde (Registerabschrift)", "Auszug aus dem Geburtseintrag",
                       "Geburtsurkunde – Abschrift aus dem Register –"),
    "eheurkunde": ("Eheurkunde (Registerabschrift)", "Auszug aus dem Heiratseintrag",
                   "Eheurkunde – Abschrift aus dem Register –"),
    "sterbeurkunde": ("Sterbeurkunde (Registerabschrift)", "Auszug aus dem Sterbeeintrag",
                      "Sterbeurkunde – Abschrift aus dem Register –"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Kraftfahrzeugs",
                         "Antrag auf Zuteilung eines amtl. Kennzeichens",
                         "Zulassungsantrag für ein Kraftfahrzeug (Vordruck)"),
    "aufenthaltstitel_antrag": ("Antrag auf Aufenthaltserlaubnis (Vordruck)",
                                "Antrag auf Erteilung eines Aufenthaltstitels (Vordruck)",
                                "Aufenthaltsantrag – Ausländerbehörde –"),
    "identity_document": ("Deckblatt zur Ausweiskopie", "Vorlageblatt Ausweispapier",
                          "Aktenvermerk über ein vorgelegtes Ausweispapier"),
}

TYPED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form_no": ("Vordr.-Nr.", "Formblatt Nr.", "Vordruckmuster"),
    "edition": ("Druckausgabe", "Ausg.", "Stand des Vordrucks"),
    "typewriter": ("Mit Schreibmaschine ausfüllen – Zutreffendes ankreuzen",
                   "Maschinenschriftlich oder in Druckbuchstaben ausfüllen",
                   "Bitte in Maschinenschrift ausfüllen"),
    "office": ("Raum für behördliche Vermerke", "Nicht vom Antragsteller auszufüllen",
               "Vermerke der Meldebehörde (nicht ausfüllen)"),
    "place_date": ("Ort, Tag", "Ort und Tag der Unterschrift", "Ort, Tag der Unterzeichnung"),
    "signature": ("Unterschrift des Antragstellers / der Antragstellerin",
                  "(eigenhändige Unterschrift des Antragstellers)"),
    "signature_reg": ("Unterschrift des Meldepflichtigen",
                      "Unterschrift der meldepflichtigen Person"),
    "signature_landlord": ("Unterschrift des Wohnungsgebers oder Beauftragten",
                           "(Unterschrift Wohnungsgeber)"),
    "registrar": ("Standesbeamter", "Standesbeamtin"),
    "continued": ("Fortsetzung von Blatt 1", "Blatt 2 des Vordrucks"),
    "printer": ("Druck: Verwaltungsdruckerei", "Vordruckverlag W. Kohlhammer",
                "Amtliche Vordrucke – Nachdruck verboten"),
    "margin": ("Randvermerke", "Raum für Randvermerke"),
    "enclosure": ("Anlage", "Beiblatt (Ablichtung)", "Anlage zum Vorlageblatt"),
    "copy_note": ("Kopie angeheftet", "Ablichtung anbei (geheftet)", "Fotokopie angeklammert"),
    "presented": ("Vorgelegt am", "Papier vorgelegt am", "Vorlage erfolgte am"),
    "clerk": ("Sachbearbeiter", "Bearbeitet von", "Handzeichen"),
    "seal": ("Dienstsiegel", "Siegel des Standesamts"),
    "fee": ("Gebühr entrichtet", "Verwaltungsgebühr"),
}

# Printed words around the typed values in the prose parts of the certificate blanks. The
# pairs (born, born_end), (married_on, married_end), (died_on, died_end) and (moved, moved_end)
# are chosen together (``Extra9Wording.prose_pair``) so that the sentence stays grammatical.
TYPED_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "born": ("ist am", "wurde am"),
    "born_in": ("in", "zu"),
    "born_end": ("geboren worden.", "geboren."),
    "married": ("und", "sowie"),
    "married_on": ("haben am", "sind am"),
    "married_end": ("die Ehe geschlossen.", "die Ehe miteinander eingegangen."),
    "married_before": ("vor dem Standesamt", "vor dem Standesbeamten in"),
    "died_on": ("ist am", "verstarb am"),
    "died_end": ("verstorben.", "."),
    "parents": ("Eltern:", "Die Eltern sind:"),
    "true_copy": ("Die Übereinstimmung mit dem Eintrag im Register wird bestätigt.",
                  "Dieser Auszug stimmt mit dem Eintrag im Register überein."),
}

# --- ornate: a formal certificate or form on security paper --------------------------------------

ORNATE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Geschlechtsname", "Familienname (Zuname)", "Familienname (Geschlechtsname)"),
    "given_names": ("Rufname und übrige Vornamen", "Vorname(n), sämtlich",
                    "Taufnamen bzw. Vornamen"),
    "birth_name": ("Geburtsname (vormals)", "geborene (Geburtsname)", "vormals geführter Name"),
    "date_of_birth": ("Tag und Jahr der Geburt", "Geburtstag und -jahr",
                      "geboren am (Tag der Geburt)"),
    "place_of_birth": ("Geburtsort (Gemeinde, Kreis, Land)", "geboren zu", "Geburtsort (zu)"),
    "sex": ("Geschlecht (nach dem Register)", "Geschlecht (Angabe)", "Geschlecht (laut Urkunde)"),
    "nationality": ("Staatsangehörigkeit (gegenwärtig)", "besitzt die Staatsangehörigkeit",
                    "Staatsangehörigkeit (derzeitige, sämtliche)"),
    "marital": ("Familienstand, gegenwärtig", "Personenstand (ledig/verheiratet)",
                "gegenwärtiger Familienstand"),
    "phone": ("Fernsprech-Nr. (freiwillig)", "Fernsprechanschluß", "Fernruf (freiwillig)"),
    "move_in_date": ("Zugezogen am", "Tag des Zuzugs", "Tag des Einzuges"),
    "street": ("Straße oder Platz", "in der Straße", "Straße oder Platz der Wohnung"),
    "house_number": ("Hausnummer (nebst Zusatz)", "Nummer des Hauses", "Haus Nr. (mit Zusatz)"),
    "city": ("Gemeinde des Wohnsitzes", "in der Gemeinde", "Wohnsitzgemeinde"),
    "street_line": ("Wohnung (Straße und Haus-Nr.)", "gelegen in der Straße",
                    "Straße und Hausnummer (Wohnsitz)"),
    "city_line": ("Postleitzahl und Wohngemeinde", "PLZ nebst Gemeinde", "Ort der Wohnung (PLZ)"),
    "address_line": ("wohnhaft (Anschrift)", "Wohnsitz (Straße, Haus, Ort)",
                     "wohnhaft, Anschrift der Wohnung"),
    "previous_address": ("vormals wohnhaft", "Bisheriger Wohnsitz", "zuvor wohnhaft in"),
    "dwelling": ("Die Wohnung dient als", "Nutzung der Wohnung", "Art der Wohnung (Nutzung)"),
    "landlord_name": ("Vor- und Zuname bzw. Firma des Wohnungsgebers", "Der Wohnungsgeber",
                      "Wohnungsgeber (Zuname bzw. Firma)"),
    "landlord_address": ("Wohnungsgeber, wohnhaft in", "Sitz bzw. Wohnort des Wohnungsgebers",
                         "Wohnort oder Sitz (Wohnungsgeber)"),
    "landlord_role": ("Stellung des Wohnungsgebers", "handelnd als", "in der Eigenschaft als"),
    "flat_line": ("Die Wohnung liegt in", "bezogene Wohnung, gelegen",
                  "gelegen (Anschrift der Wohnung)"),
    "tenant": ("Vor- und Zuname der eingezogenen Person", "Eingezogen ist", "Vor- und Zuname"),
    "birth_time": ("Zeit der Geburt (Stunde, Minute)", "um (Uhrzeit)",
                   "Stunde und Minute (Geburt)"),
    "mother_name": ("Vor- und Zuname der Mutter", "Mutter (Vor- und Zuname)",
                    "Mutter des Kindes (Vor- und Zuname)"),
    "father_name": ("Vor- und Zuname des Vaters", "Vater (Vor- und Zuname)",
                    "Vater des Kindes (Vor- und Zuname)"),
    "registry_office": ("Standesamtsbezirk", "Standesamt (Bezirk)", "beurkundet beim Standesamt"),
    "register_number": ("Nummer im Register", "eingetragen unter Nr.",
                        "Registernummer (Buch und Jahr)"),
    "issue_date": ("ausgefertigt den", "Tag der Ausfertigung (Urkunde)", "Ausfertigung vom"),
    "marriage_date": ("getraut am", "Tag der Eheschließung (Trauung)",
                      "Datum der Trauung vor dem Standesamt"),
    "marriage_place": ("getraut in", "Trauungsort", "getraut zu"),
    "date_of_death": ("verstorben den", "Sterbetag (Tag des Ablebens)", "Tag des Todes (Ableben)"),
    "place_of_death": ("verschieden zu", "verstorben zu", "Ort des Ablebens (Gemeinde)"),
    "last_residence": ("letzte Wohnung, gelegen", "zuletzt wohnhaft gewesen",
                       "letzter Wohnsitz, gelegen in"),
    "make": ("Herstellerfirma", "Fabrikat des Fahrzeuges", "Marke (Fabrikat)"),
    "model": ("Typbezeichnung", "Fahrzeugtyp", "Typbezeichnung des Fahrzeuges"),
    "vin": ("Fahrgestellnummer", "Fahrzeug-Identifizierung (Fahrgestell)",
            "Nummer des Fahrgestells"),
    "evb_number": ("Versicherungsbestätigung, Nummer", "eVB-Nummer (Versicherer)",
                   "Versicherungsnachweis Nr."),
    "desired_plate": ("Amtliches Kennzeichen (reserviert)", "vorgemerktes amtliches Kennzeichen",
                      "Kennzeichen (vorgemerkt)"),
    "account_holder": ("Inhaber des Bankkontos", "Kontoinhaber (Vor- und Zuname)",
                       "Konto geführt auf den Namen"),
    "bank": ("Bankhaus / Sparkasse", "Bankhaus bzw. Sparkasse", "Bezeichnung der Bank"),
    "passport_number": ("Nummer des Reisepasses (Paß)", "Reisepaß, lautend unter Nr.",
                        "Paßnummer (Reisepaß)"),
    "passport_expiry_date": ("Paß gültig bis zum", "Reisepaß gültig bis zum",
                             "Gültigkeitsdauer des Reisepasses"),
    "entry_date": ("Tag der Einreise ins Bundesgebiet", "ins Bundesgebiet eingereist am",
                   "Einreisetag (Bundesgebiet)"),
    "purpose": ("Zweck des Aufenthaltes", "Zweck des Aufenthaltes (Angabe)",
                "Aufenthaltszweck (nach Angabe)"),
    "doc_kind": ("Art der Urkunde", "Vorgelegte Urkunde", "Art des Ausweises (Urkunde)"),
    "doc_number": ("Nummer der Urkunde", "Urkunde Nr.", "Ausweis-Nummer (lt. Urkunde)"),
    "issuing_state": ("Ausstellender Staat (lt. Urkunde)", "ausgestellt vom Staat",
                      "Staat der Ausstellung"),
    "expiry_date": ("gültig bis zum", "Gültigkeitsende", "Ende der Gültigkeit"),
    "holder": ("Inhaber der Urkunde", "lautend auf"),
    "spouse": ("Eheteil", "Ehegatte (Eheteil)"),
    "postal_code": ("Postleitzahl", "PLZ"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

ORNATE_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Über die Person", "Personalien (nach Ausweis)", "Angaben über die Person selbst"),
    "dwelling": ("Die Wohnung", "Über die neue Wohnung", "Die bezogene Wohnung (Lage)"),
    "previous": ("Vormaliger Wohnsitz", "Über die frühere Wohnung", "Der bisherige Wohnsitz"),
    "landlord": ("Über den Wohnungsgeber", "Der Wohnungsgeber (Person oder Firma)",
                 "Vom Wohnungsgeber"),
    "flat": ("Die Wohnung und der Einzug", "Über Wohnung und Einzug", "Lage der Wohnung, Einzug"),
    "tenants": ("Über die eingezogenen Personen", "Namentlich eingezogen",
                "Eingezogene (namentlich)"),
    "child": ("Über das Kind", "Das Kind (Personalien)", "Vom Kinde"),
    "parents": ("Über die Eltern", "Eltern (nach dem Register)", "Von den Eltern"),
    "register": ("Über die Beurkundung", "Register und Ausfertigung", "Beurkundung und Register"),
    "marriage": ("Über die Eheschließung", "Trauung (Tag und Ort)", "Von der Eheschließung"),
    "spouse1": ("Der erste Ehegatte", "Erster Eheteil", "Über den ersten Ehegatten"),
    "spouse2": ("Der zweite Ehegatte", "Zweiter Eheteil", "Über den zweiten Ehegatten"),
    "deceased": ("Über die verstorbene Person", "Die verstorbene Person (Personalien)",
                 "Vom Verstorbenen"),
    "death": ("Der Sterbefall", "Über den Sterbefall", "Ableben (Tag und Ort)"),
    "holder": ("Der Halter", "Über den Halter", "Personalien des Halters"),
    "vehicle": ("Über das Fahrzeug", "Fahrzeug (Bezeichnung)", "Vom Fahrzeug"),
    "sepa": ("Ermächtigung zum Einzug der Kraftfahrzeugsteuer", "Über die Bankverbindung",
             "Einzug der Steuer (Lastschrift)"),
    "passport": ("Reisepaß und Einreise", "Über Paß und Einreise",
                 "Paß, Einreise und Zweck des Aufenthaltes"),
    "residence": ("Wohnsitz im Bundesgebiet", "Über den Wohnsitz", "Wohnung im Inland (Anschrift)"),
    "document": ("Angaben der Urkunde", "Über die vorgelegte Urkunde",
                 "Urkunde (Auszug der Daten)"),
}

ORNATE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Erklärung über den Bezug einer Wohnung",
                  "Anmeldung bei der Meldebehörde (Wohnung)", "Anmeldung eines Wohnsitzes"),
    "wohnungsgeberbestaetigung": ("Bescheinigung des Wohnungsgebers",
                                  "Erklärung des Wohnungsgebers über den Einzug",
                                  "Bestätigung über den Bezug einer Wohnung"),
    "geburtsurkunde": ("Geburtsschein", "Geburtsurkunde – amtliche Ausfertigung –",
                       "Abschrift aus dem Geburtenbuch"),
    "eheurkunde": ("Trauschein", "Heiratsurkunde (Ausfertigung)", "Abschrift aus dem Heiratsbuch"),
    "sterbeurkunde": ("Sterbeschein", "Sterbeurkunde – amtliche Ausfertigung –",
                      "Abschrift aus dem Sterbebuch"),
    "antrag_zulassung": ("Antrag auf Zulassung zum Straßenverkehr",
                         "Gesuch um Zulassung eines Kraftfahrzeuges",
                         "Zulassung eines Fahrzeuges (Antrag)"),
    "aufenthaltstitel_antrag": ("Gesuch um Erteilung einer Aufenthaltserlaubnis",
                                "Antrag auf Aufenthaltserlaubnis (förmlich)",
                                "Ersuchen um einen Aufenthaltstitel"),
    "identity_document": ("Amtlich beglaubigte Ablichtung", "Beglaubigte Kopie eines Ausweises",
                          "Beglaubigte Ablichtung eines Ausweisdokuments"),
}

ORNATE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "certify_head": ("Beglaubigungsvermerk (amtlich)", "Amtliche Beglaubigung der Ablichtung",
                     "Beglaubigung"),
    "only_for": ("Die Beglaubigung wird nur zur Vorlage bei einer Behörde erteilt.",
                 "Nur zur Vorlage bei Behörden bestimmt."),
    "registrar": ("Die Standesbeamtin", "Der Standesbeamte (in Vertretung)"),
    "official": ("Im Auftrag", "Der Oberbürgermeister – Im Auftrag", "Für die Richtigkeit"),
    "seal": ("L. S.", "(Amtssiegel)"),
    "fee": ("Gebührenfrei gemäß Gebührenordnung", "Verwaltungsgebühr entrichtet", "Gebühr"),
    "declare": ("Ich versichere die Richtigkeit meiner Angaben.",
                "Für die Richtigkeit der Angaben zeichnet",
                "Die Angaben sind nach bestem Wissen und Gewissen gemacht."),
    "signature": ("Eigenhändige Unterschrift des Erklärenden", "(Unterschrift des Erklärenden)",
                  "Unterschrift des Gesuchstellers"),
    "place_date": ("Ort, den", "gegeben zu", "ausgefertigt zu"),
    "continued": ("– Folgeseite –", "Blatt zwei", "Fortsetzung der Urkunde"),
    "notes": ("Anmerkungen", "Fußnoten", "Erläuterungen"),
    "security": ("Urkundenpapier mit Schutzdruck", "Fälschungsschutzdruck",
                 "Sicherheitspapier (Schutzdruck)"),
}

# The certification sentence of a certified copy.
ORNATE_CERTIFY: Final = (
    "Die Übereinstimmung der vorstehenden Ablichtung mit der vorgelegten Urschrift wird hiermit "
    "amtlich beglaubigt.",
    "Es wird amtlich beglaubigt, dass die vorstehende Ablichtung mit dem vorgelegten Original "
    "übereinstimmt.",
    "Hiermit wird die Übereinstimmung dieser Kopie mit dem Original amtlich bescheinigt.",
)

# Footnotes of the ornate certificates and forms (no values, no dates).
ORNATE_FOOTNOTES: Final[dict[str, tuple[str, ...]]] = {
    "certificate": (
        "Angaben nach dem Stand des Registers am Tag der Ausfertigung.",
        "Vornamen in der Reihenfolge der Eintragung.",
        "Diese Urkunde ist ohne Unterschrift und Siegel ungültig.",
        "Änderungen und Zusätze machen die Urkunde ungültig.",
        "Nicht Zutreffendes ist zu streichen.",
    ),
    "form": (
        "Nicht Zutreffendes ist zu streichen.",
        "Zutreffendes ist anzukreuzen oder auszufüllen.",
        "Vornamen in der Reihenfolge des Ausweises.",
        "Die Angaben werden nach den gesetzlichen Vorschriften verarbeitet.",
        "Angaben wie im Ausweis oder Paß.",
    ),
}

# Printed words around the values in the ornate prose.
ORNATE_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "born": ("ist am", "wurde am"),
    "born_in": ("zu", "in"),
    "born_end": ("geboren worden.", "geboren."),
    "child_is": ("Das Kind ist", "Es ist ein Kind"),
    "married_on": ("haben am", "sind am"),
    "married_before": ("vor dem Standesbeamten zu", "vor dem Standesamt in"),
    "married_end": ("die Ehe miteinander geschlossen.", "die Ehe eingegangen."),
    "died_on": ("ist am", "ist am"),
    "died_in": ("zu", "in"),
    "died_end": ("verstorben.", "verschieden."),
    "moved": ("hat am", "ist am"),
    "moved_end": ("die nachstehend bezeichnete Wohnung bezogen.", "in die folgende Wohnung "
                  "eingezogen."),
    "landlord_confirms": ("Der Wohnungsgeber bestätigt hiermit, dass am",
                          "Hiermit wird bestätigt, dass am"),
    "landlord_end": ("folgende Person(en) in die Wohnung eingezogen ist/sind:",
                     "nachstehende Person(en) die Wohnung bezogen hat/haben:"),
    "applicant": ("Der/Die Unterzeichnete", "Antragsteller/in"),
}

# The printed back of a certificate blank / the notes page of an ornate certificate (no values,
# no dates).
TYPED_BACK: Final = (
    "Urkunden aus den Personenstandsregistern haben die gleiche Beweiskraft wie die Register "
    "selbst.",
    "Diese Abschrift ist nur mit Dienstsiegel und Unterschrift gültig.",
    "Änderungen der Eintragung nach dem Tag der Ausfertigung sind in dieser Abschrift nicht "
    "berücksichtigt.",
    "Für die Ausstellung von Urkunden werden Gebühren nach dem Landesrecht erhoben.",
    "Auskunft über die Eintragung erteilt das Standesamt, das das Register führt.",
    "Radierungen und Überklebungen sind unzulässig.",
)
TYPED_BACK_HEADS: Final = ("Hinweise zur Abschrift", "Rückseite – Hinweise",
                           "Vermerke und Hinweise")
# The notes page behind an application form (both layouts; no values, no dates).
APP_BACK: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Wer eine Wohnung bezieht, hat sich innerhalb von zwei Wochen nach dem Einzug bei der "
        "Meldebehörde anzumelden.",
        "Der Anmeldung ist die Bestätigung des Wohnungsgebers beizufügen.",
        "Hat eine Person mehrere Wohnungen, so ist anzugeben, welche die vorwiegend benutzte "
        "Wohnung ist.",
    ),
    "wohnungsgeberbestaetigung": (
        "Der Wohnungsgeber ist verpflichtet, bei der Anmeldung mitzuwirken und den Einzug "
        "schriftlich zu bestätigen.",
        "Eine Wohnanschrift darf nicht zur Anmeldung angeboten werden, wenn ein Bezug der "
        "Wohnung nicht beabsichtigt ist.",
        "Die Bestätigung ist der meldepflichtigen Person rechtzeitig auszuhändigen.",
    ),
    "antrag_zulassung": (
        "Vorzulegen sind der Fahrzeugbrief, der Fahrzeugschein und ein gültiger "
        "Personalausweis.",
        "Die Kraftfahrzeugsteuer wird durch Lastschrift vom angegebenen Konto eingezogen.",
        "Ein reserviertes Kennzeichen verfällt, wenn es nicht fristgerecht zugeteilt wird.",
    ),
    "aufenthaltstitel_antrag": (
        "Bitte legen Sie Ihren gültigen Paß und ein aktuelles Lichtbild vor.",
        "Die Erteilung des Aufenthaltstitels setzt in der Regel die Sicherung des "
        "Lebensunterhalts voraus.",
        "Der Antrag ist rechtzeitig vor Ablauf des bisherigen Aufenthaltsrechts zu stellen.",
    ),
    "all": (
        "Unrichtige oder unvollständige Angaben können als Ordnungswidrigkeit geahndet werden.",
        "Die erhobenen Daten werden ausschließlich zur Erfüllung der gesetzlichen Aufgaben "
        "verarbeitet.",
        "Über die Verarbeitung Ihrer Daten erhalten Sie auf Wunsch Auskunft bei der Behörde.",
        "Der Antrag gilt erst mit Eingang aller Unterlagen als vollständig gestellt.",
    ),
}
APP_BACK_HEADS: Final = ("Wichtige Hinweise", "Hinweise für Antragsteller",
                         "Belehrung und Hinweise")
ORNATE_BACK: Final = (
    "Diese Urkunde ist auf Urkundenpapier mit Schutzdruck ausgefertigt.",
    "Die Urkunde hat die gleiche Beweiskraft wie das Register, aus dem sie ausgestellt ist.",
    "Nachträgliche Änderungen oder Ergänzungen der Urkunde sind unzulässig.",
    "Die Echtheit der Urkunde kann beim ausstellenden Standesamt erfragt werden.",
    "Für die Verwendung im Ausland kann eine Apostille oder Legalisation erforderlich sein.",
    "Der Schutzdruck ist bei Durchsicht gegen das Licht sichtbar.",
)
ORNATE_BACK_HEADS: Final = ("Erläuterungen zur Urkunde", "Amtliche Hinweise", "Zur Beachtung")

# --- printing habits ----------------------------------------------------------------------------

ROMAN9: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# the day of the month as an ordinal word (as older certificates print it)
DAY_WORDS9: Final = (
    "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten",
    "neunten", "zehnten", "elften", "zwölften", "dreizehnten", "vierzehnten", "fünfzehnten",
    "sechzehnten", "siebzehnten", "achtzehnten", "neunzehnten", "zwanzigsten",
    "einundzwanzigsten", "zweiundzwanzigsten", "dreiundzwanzigsten", "vierundzwanzigsten",
    "fünfundzwanzigsten", "sechsundzwanzigsten", "siebenundzwanzigsten", "achtundzwanzigsten",
    "neunundzwanzigsten", "dreißigsten", "einunddreißigsten",
)
TYPED_DATE_STYLES: Final = ("numeric", "roman_tight", "unpadded", "numeric", "long")
# "word_day" prints the day as an ordinal word ("vierzehnter März 1987"); in a sentence
# ("am vierzehnten März 1987") the renderer asks for "word_day_dat"
ORNATE_DATE_STYLES: Final = ("long", "word_day", "long", "numeric", "long_zero")
EXTRA9_DATE_STYLES: Final = tuple(dict.fromkeys((*TYPED_DATE_STYLES, *ORNATE_DATE_STYLES,
                                                  "word_day_dat")))


def format_extra9_date(d: date, style: str) -> str:
    """A date as the typed / ornate layouts print it (always with the four-digit year)."""
    if style == "roman_tight":
        return f"{d.day}.{ROMAN9[d.month - 1]}.{d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "word_day":  # nominative: "vierzehnter"
        return f"{DAY_WORDS9[d.day - 1][:-1]}r {MONTHS[d.month - 1]} {d.year}"
    if style == "word_day_dat":  # after "am" / "den": "vierzehnten"
        return f"{DAY_WORDS9[d.day - 1]} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` as a value (for tests)."""
    return {format_extra9_date(d, s) for s in EXTRA9_DATE_STYLES}


SEX9: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    "caps": {"F": "WEIBLICH", "M": "MÄNNLICH", "D": "DIVERS", "X": "OHNE ANGABE"},
    # the older genitive of certificates
    "genitive": {"F": "weiblichen Geschlechts", "M": "männlichen Geschlechts",
                 "D": "diversen Geschlechts", "X": "ohne Angabe des Geschlechts"},
}
TYPED_SEX_MODES: Final = ("word", "caps", "choice", "word", "choice")
ORNATE_SEX_MODES: Final = ("word", "genitive", "word", "choice")
SEX_ORDER9: Final = ("M", "F", "D", "X")
# the printed options beside the boxes (typed: short, ornate: full words)
SEX_BOXES9: Final = {"typed": ("männl.", "weibl.", "divers", "ohne Angabe"),
                     "ornate": ("männlich", "weiblich", "divers", "ohne Angabe")}


def sex_word(code: str, mode: str) -> str:
    return SEX9.get(mode, SEX9["word"])[code]


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex as a value (for tests)."""
    return {table[code] for table in SEX9.values()}


TYPED_NATIONALITY_MODES: Final = ("adjective", "caps", "adjective", "country")
ORNATE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "caps":
        return adjective.upper()
    if mode == "country":
        return country
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    modes = (*TYPED_NATIONALITY_MODES, *ORNATE_NATIONALITY_MODES)
    return {nationality_word(code, m) for m in modes}


# purposes: (typed box option, typed word, ornate word)
PURPOSE9: Final[dict[str, tuple[str, str, str]]] = {
    "study": ("Studium/Studienkolleg", "Aufnahme eines Hochschulstudiums",
              "zum Zwecke des Studiums"),
    "employment": ("Aufnahme einer Arbeit", "Aufnahme einer Arbeitnehmertätigkeit",
                   "zum Zwecke der Erwerbstätigkeit"),
    "family": ("Familienzusammenführung (Nachzug)", "Zusammenführung mit Angehörigen",
               "zum Zwecke der Familienzusammenführung"),
    "humanitarian": ("humanitäre/polit. Gründe", "Aufenthalt aus humanitären Erwägungen",
                     "aus humanitären Rücksichten"),
    "other": ("anderer Zweck (Anlage)", "sonstiger Aufenthaltszweck (s. Anlage)",
              "zu anderen Zwecken"),
}
PURPOSE_ORDER9: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (typed box option, typed word, ornate word)
DWELLING9: Final[dict[str, tuple[str, str, str]]] = {
    "main": ("Hauptwohnung", "Hauptwohnung (überwiegend genutzt)",
             "vorwiegend benutzte Wohnung (Hauptwohnung)"),
    "secondary": ("Nebenwohnung", "Nebenwohnung (zusätzlich genutzt)",
                  "weitere Wohnung (Nebenwohnung)"),
}
DWELLING_ORDER9: Final = ("main", "secondary")
# landlord roles: (typed, ornate); owner first
LANDLORD_ROLES9: Final = (("Eigentümer der Wohnung", "Eigentümer (selbst)"),
                          ("vom Eigentümer beauftragte Person", "vom Eigentümer Bevollmächtigter"))
MARITAL9: Final = {"ledig": ("led.", "ledig"), "verheiratet": ("verh.", "verheiratet"),
                   "geschieden": ("gesch.", "geschieden"), "verwitwet": ("verw.", "verwitwet")}
ID_KINDS9: Final = {"P": ("Reisepaß", "Reisepaß"), "I": ("Personalausweis", "Personalausweis")}

# Value wordings that every pool must use (the plain German words), exempt from the
# uniqueness check of ``value_strings``.
BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "WEIBLICH", "MÄNNLICH", "DIVERS",
    "OHNE ANGABE", "Hauptwohnung", "Nebenwohnung", "ledig", "verheiratet", "geschieden",
    "verwitwet", "Personalausweis", "led.", "verh.", "gesch.", "verw.",
})


class Extra9Wording(Wording):
    """Labels, headings, furniture and titles from the thirteenth pool, chosen once per
    document (the typed form's pool or the ornate one's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.typed = layout == "typed"
        self._other: dict[str, str] = {}

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            pool = TYPED_LABELS if self.typed else ORNATE_LABELS
            options = pool[key]  # no fallback to another pool
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        return self._once("s:", key, (TYPED_SECTIONS if self.typed else ORNATE_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (TYPED_WORDS if self.typed else ORNATE_WORDS)[key])

    def prose(self, key: str) -> str:
        return self._once("p:", key, (TYPED_PROSE if self.typed else ORNATE_PROSE)[key])

    def prose_pair(self, first: str, second: str) -> tuple[str, str]:
        """Two prose pieces of one sentence, chosen with the same index."""
        table = TYPED_PROSE if self.typed else ORNATE_PROSE
        key = "p:" + first
        if key not in self._other:
            i = self._rng.randrange(len(table[first]))
            self._other[key] = table[first][i]
            self._other["p:" + second] = table[second][i]
        return self._other[key], self._other["p:" + second]

    def title(self, doc_type: str) -> str:
        options = (TYPED_TITLES if self.typed else ORNATE_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date  # (inside the class below, ``date`` names its method)


@dataclass(slots=True)
class Extra9Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra9_date(d, self.date_style)

    def date_in_sentence(self, d: Day) -> str:
        """The date after "am" or "den" (an ordinal day word is then in the dative)."""
        style = "word_day_dat" if self.date_style == "word_day" else self.date_style
        return format_extra9_date(d, style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool (for tests)."""
    pools_ = (TYPED_LABELS, TYPED_SECTIONS, TYPED_TITLES, TYPED_WORDS, ORNATE_LABELS,
              ORNATE_SECTIONS, ORNATE_TITLES, ORNATE_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (sex phrases, purposes, dwellings, roles)."""
    out = [s for table in SEX9.values() for s in table.values()]
    out += [s for options in PURPOSE9.values() for s in options]
    out += [s for options in DWELLING9.values() for s in options]
    out += [s for pair in LANDLORD_ROLES9 for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
