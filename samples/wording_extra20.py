"""The twenty-fourth wording pool and the printing habits of the twentieth extra pair of layouts.

``MATRIX_LABELS`` (row labels of a form whose persons or roles are columns), ``MATRIX_SHORT``
(their abbreviated forms for a narrow label column), ``MATRIX_SUBS`` (small explanatory lines
under some row labels), ``MATRIX_COLUMNS`` (column headings), ``MATRIX_SECTIONS``,
``MATRIX_TITLES`` and ``MATRIX_WORDS`` belong to the ``matrix`` layout; ``WEB_LABELS`` (the
labels of an online service's summary page), ``WEB_SECTIONS``, ``WEB_TITLES`` and ``WEB_WORDS``
(navigation, steps, notices, footer and the browser's print furniture) to the ``webprint``
layout. Both are used only by the layouts in ``EXTRA20_LAYOUTS`` of ``samples.generate``. They
are a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra20``, nor tune on those layouts' failures. None of the label strings
repeats a string of the twenty-three other pools, nor any string literal of the older modules
of ``samples``, not even up to case, punctuation or spacing (a test checks this), except where
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
from samples.wording import MONTHS, Wording

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- matrix: persons or roles as columns, fields as rows ---------------------------------------

MATRIX_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Familienname – ggf. mit Doktorgrad und Passname",
        "Familienname wie im Identitätsdokument",
        "derzeit geführter Familienname (je Person)",
    ),
    "given_names": (
        "Vornamen (den Rufnamen bitte unterstreichen)",
        "alle Vornamen wie im Identitätsdokument",
        "Vornamen der Person, vollständig",
    ),
    "birth_name": (
        "Geburtsname – nur wenn abweichend",
        "bei Geburt geführter Familienname",
        "Geburtsname (vom Familiennamen abweichend)",
    ),
    "date_of_birth": (
        "Geburtsdatum je Spalte (Tag, Monat, vierstelliges Jahr)",
        "Tag der Geburt der Person",
        "Geburtsdatum, achtstellig mit Punkten",
    ),
    "place_of_birth": (
        "Geburtsort – bei Auslandsgeburt mit Staat",
        "Ort der Geburt, ggf. mit Geburtsstaat",
        "Geburtsort – Gemeinde und ggf. Staat",
    ),
    "sex": (
        "Geschlecht (m/w/d/ohne Angabe)",
        "Geschlecht der Person lt. Register",
        "Geschlecht – je Spalte ein Kreuz",
    ),
    "nationality": (
        "Staatsangehörigkeiten (sämtliche)",
        "Staatsangehörigkeit(en) – sämtliche Staaten",
        "Staatsangehörigkeit – alle Staaten nennen",
    ),
    "move_in_date": (
        "Tag des Einzugs (Datum)",
        "Einzugsdatum in die neue Wohnung",
        "Einzug in die Wohnung am (Datum)",
    ),
    "street": (
        "Straße/Platz (ohne Hausnummer)",
        "Straße der Wohnung (Name)",
        "Straßenbezeichnung der Wohnung",
    ),
    "house_number": (
        "Hausnummer/Zusatzbuchstabe",
        "Hausnummer der Wohnung (mit Zusatz)",
        "Hausnummer – ggf. mit Zusatz",
    ),
    "postal_code": (
        "Postleitzahl",
        "Postleitzahl der bezogenen Wohnung",
        "PLZ der Wohnung (fünfstellig)",
    ),
    "city": (
        "Gemeinde/Ortsteil der Wohnung",
        "Ort (Gemeinde) der Wohnung",
        "Gemeindename, ggf. Ortsteil",
    ),
    "street_line": (
        "Straße, Hausnummer und Zusatz der Wohnung",
        "Straße/Hausnummer (Wohnungsanschrift)",
        "Anschrift – Straße und Hausnummer",
    ),
    "city_line": (
        "Postleitzahl und Gemeinde der Wohnung",
        "PLZ/Gemeinde (Wohnungsanschrift)",
        "Anschrift – Postleitzahl und Ort",
    ),
    "previous_address": (
        "Anschrift der bisherigen Wohnung (vollständig)",
        "bisherige Wohnanschrift – Straße, Nr., PLZ, Ort",
        "zuletzt bewohnte Wohnung (Anschrift)",
    ),
    "dwelling": (
        "Nutzung der neuen Wohnung (bitte ankreuzen)",
        "Art der neuen Wohnung lt. § 21 BMG",
        "die neue Wohnung ist für die Person",
    ),
    "landlord_name": (
        "Name, Vorname bzw. Firma der vermietenden Stelle",
        "Wohnungsgeber/in – Name bzw. Firmenbezeichnung",
        "Bezeichnung der Wohnungsgeberin bzw. des Wohnungsgebers",
    ),
    "landlord_address": (
        "Anschrift der Wohnungsgeberin bzw. des Wohnungsgebers",
        "Wohnungsgeber/in – Postanschrift",
        "Postanschrift der vermietenden Stelle (Straße, PLZ, Ort)",
    ),
    "tenant": (
        "Vor- und Familienname der meldepflichtigen Person",
        "einziehende Person – Vor- und Familienname",
        "Vorname und Familienname (einziehend)",
    ),
    "mother_name": (
        "Mutter – Vorname und Familienname",
        "Vor- und Familienname der Mutter (Eintrag)",
        "Name der Mutter lt. Geburtseintrag",
    ),
    "father_name": (
        "Vater – Vorname und Familienname",
        "Vor- und Familienname des Vaters (Eintrag)",
        "Name des Vaters lt. Geburtseintrag",
    ),
    "registry_office": (
        "Standesamt, bei dem das Register geführt wird",
        "registerführendes Standesamt (Eintrag)",
        "Standesamt der Beurkundung (Register)",
    ),
    "register_number": (
        "Registernummer – Buchstabe, lfd. Nr./Jahrgang",
        "Nummer und Jahrgang des Registereintrags",
        "Eintrag im Register Nr. (mit Jahr)",
    ),
    "issue_date": (
        "Datum der Ausstellung dieser Urkunde",
        "Urkunde ausgestellt am (Datum)",
        "Ausstellungstag der Urkunde (Datum)",
    ),
    "marriage_date": (
        "Trauung am – Datum (beide Spalten)",
        "Eheschließung am (Datum der Trauung)",
        "Tag der Eheschließung – für beide Spalten",
    ),
    "marriage_place": (
        "Ort der Trauung (Gemeinde, für beide)",
        "Eheschließung in (Gemeinde der Trauung)",
        "Gemeinde, in der die Trauung stattfand",
    ),
    "date_of_death": (
        "Sterbedatum (Tag des Todes)",
        "Tag des Todes – Datum",
        "Todestag der Person (Datum)",
    ),
    "place_of_death": (
        "Sterbeort (Gemeinde des Todes)",
        "Gemeinde, in welcher der Tod eingetreten ist",
        "Sterbeort der Person (Gemeinde)",
    ),
    "make": (
        "Marke/Hersteller (Feld D.1 der ZB I)",
        "Hersteller des Fahrzeugs lt. ZB II",
        "Fahrzeugmarke (Hersteller, D.1)",
    ),
    "model": (
        "Typ/Handelsbezeichnung (Feld D.3 der ZB I)",
        "Handelsbezeichnung lt. ZB II",
        "Fahrzeugmodell (Handelsname, D.3)",
    ),
    "vin": (
        "Fahrzeug-Ident.-Nr. (Feld E der ZB I)",
        "FIN lt. ZB II (17 Stellen)",
        "Fahrzeug-Identifizierungsnummer – siebzehnstellig",
    ),
    "evb_number": (
        "eVB-Nummer (elektr. Versicherungsbestätigung)",
        "Nummer der Versicherungsbestätigung (eVB, 7 Stellen)",
        "eVB des Kfz-Haftpflichtversicherers",
    ),
    "desired_plate": (
        "Wunschkennzeichen – falls online reserviert",
        "reserviertes Kennzeichen (Wunschkennzeichen)",
        "amtliches Kennzeichen (Wunsch, Reservierung)",
    ),
    "account_holder": (
        "Kontoinhaber/in (Name, Vorname) für die Kfz-Steuer",
        "Inhaber/in des Kontos – Vor- und Familienname",
        "Name der kontoführenden Person (Inhaber/in)",
    ),
    "iban": ("IBAN", "IBAN des Kontos (Einzug der Kfz-Steuer)", "IBAN (Lastschrift Kfz-Steuer)"),
    "bic": ("BIC", "BIC des kontoführenden Instituts", "BIC (Kreditinstitut, 8 oder 11 Stellen)"),
    "passport_number": (
        "Pass/Passersatz – Seriennummer",
        "Nummer des Nationalpasses bzw. Passersatzes",
        "Pass-Nr. (Datenseite)",
    ),
    "passport_expiry_date": (
        "Pass/Passersatz – gültig bis",
        "Gültigkeitsdauer des Nationalpasses (bis)",
        "Pass gültig bis (Datenseite)",
    ),
    "entry_date": (
        "Tag der letzten Einreise in das Bundesgebiet",
        "Einreise nach Deutschland am (letzte)",
        "eingereist in die Bundesrepublik am (Datum)",
    ),
    "purpose": (
        "Zweck des Aufenthalts – nur ein Kreuz",
        "beantragter Aufenthaltszweck (ein Kreuz)",
        "Aufenthaltszweck, für den der Titel beantragt wird",
    ),
    "doc_kind": (
        "vorgelegtes Identitätsdokument – Art",
        "Art des Identitätsdokuments (Vorlage)",
        "Dokumentenart lt. Sichtprüfung",
    ),
    "doc_code": (
        "Dokumentencode lt. maschinenlesbarer Zone",
        "Kennbuchstabe(n) des Dokuments (MRZ)",
        "Code des Dokuments (1. Zeile der MRZ)",
    ),
    "doc_number": (
        "Dokumentennummer lt. Vorlage",
        "Seriennummer lt. Sichtprüfung",
        "Nummer des Dokuments (Datenfeld)",
    ),
    "issuing_state": (
        "Ausstellungsstaat lt. MRZ (Dreibuchstabencode)",
        "ausstellender Staat (Code der Lesezone)",
        "Staat der Ausstellung (ICAO-Code)",
    ),
    "expiry_date": (
        "gültig bis lt. Dokument (Datum)",
        "Ablaufdatum lt. Sichtprüfung",
        "Ende der Gültigkeit lt. Datenseite",
    ),
    # rows that belong to no catalog field
    "marital": ("Familienstand (ledig/verheiratet/…)", "Familienstand bei Einzug"),
    "religion": (
        "rechtliche Zugehörigkeit zu einer öffentlich-rechtl. Religionsgesellschaft",
        "Religionsgesellschaft (öffentlich-rechtlich)",
    ),
    "phone": (
        "Telefonnummer (freiwillig, für Rückfragen)",
        "telefonisch erreichbar unter (freiwillig)",
    ),
    "floor": ("Stockwerk und Lage der Wohnung", "Geschoss, Lage (z. B. 2. OG rechts)"),
    "birth_time": ("Uhrzeit der Geburt (Stunde/Minute)", "Geburt erfolgte um (Uhrzeit)"),
    "last_residence": (
        "letzte Wohnanschrift der verstorbenen Person",
        "zuletzt gemeldet gewesen unter",
    ),
    "role": ("Wohnungsgeber/in ist (ankreuzen)", "die Wohnungsgeberin bzw. der Wohnungsgeber ist"),
    "moved_out": ("Auszug aus der bisherigen Wohnung am", "bisherige Wohnung aufgegeben am"),
}

# abbreviated row labels (a narrow label column)
MATRIX_SHORT: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("FamName, Dr., Passn.", "Fam.-Name/Dr.-Grad"),
    "given_names": ("Vorn. (Rufn. unterstr.)", "alle Vornamen (Dok.)"),
    "birth_name": ("Geb.-Name, wenn abw.", "Name b. Geburt (Fam.)"),
    "date_of_birth": ("Geb.-Datum (achtst.)", "Geb.-Dat. (Person)"),
    "place_of_birth": ("Geb.-Ort (Gem./Staat)", "Geb.-Ort, ggf. Staat"),
    "sex": ("Geschl. (m/w/d/o.A.)", "Geschl. (ankreuzen)"),
    "nationality": ("StAng. (sämtl.)", "Staatsang.(en) d. Pers."),
    "move_in_date": ("Einzug am (Dat.)", "Einzugsdat. neue Whg."),
    "street": ("Str./Platz o. Nr.", "Straße (Whg.-Anschr.)"),
    "house_number": ("Hausnr./Zusatzbuchst.", "Hausnr. (m. Zusatz)"),
    "postal_code": ("PLZ (fünfst.)", "PLZ d. Whg."),
    "city": ("Gem./OT d. Whg.", "Ort (Gem.) d. Whg."),
    "street_line": ("Str., Hausnr., Zus. (Whg.)", "Str./Hausnr. (Anschr.)"),
    "city_line": ("PLZ u. Gem. (Whg.)", "PLZ/Gem. (Anschr.)"),
    "previous_address": ("bish. Whg. (vollst. Anschr.)", "zuletzt bewohnt (Anschr.)"),
    "dwelling": ("Nutzung neue Whg. (ankr.)", "Whg.-Art § 21 BMG"),
    "landlord_name": ("Name/Firma d. Wohnungsgebers",),
    "landlord_address": ("Postanschr. d. Wohnungsgebers",),
    "tenant": ("Vor-/Fam.-Name (meldepfl.)",),
    "mother_name": ("Mutter – Vorn., Fam.-Name",),
    "father_name": ("Vater – Vorn., Fam.-Name",),
    "registry_office": ("StA d. Eintrags (Reg.)",),
    "register_number": ("Reg.-Nr. (Buchst., lfd. Nr./Jg.)",),
    "issue_date": ("Urk. ausgest. am (Dat.)",),
    "marriage_date": ("Eheschl. am (Dat.)",),
    "marriage_place": ("Eheschl. in (Gem.)",),
    "date_of_death": ("Sterbedat. (Tag d. Todes)",),
    "place_of_death": ("Sterbeort (Gem. d. Todes)",),
    "make": ("Marke/Herst. (D.1)",),
    "model": ("Typ/Handelsbez. (D.3)",),
    "vin": ("FIN (E), 17-stellig",),
    "evb_number": ("eVB-Nr. (7 Stellen)",),
    "desired_plate": ("Wunsch-Kz., sofern res.",),
    "account_holder": ("Kto.-Inh. (Kfz-St.)",),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "passport_number": ("Pass/Passers. – Nr.",),
    "passport_expiry_date": ("Pass/Passers. gült. bis",),
    "entry_date": ("letzte Einreise (BRD) am",),
    "purpose": ("Aufenth.-Zweck (ein Kreuz)",),
    "doc_kind": ("Dok.-Art (Sichtprüfung)",),
    "doc_code": ("Dok.-Code (MRZ Z. 1)",),
    "doc_number": ("Dok.-Nr. (Sichtprüfung)",),
    "issuing_state": ("Ausst.-Staat (ICAO)",),
    "expiry_date": ("gült. bis (Sichtprüfung)",),
    "marital": ("Fam.-Stand (derz.)",),
    "religion": ("Religionsges. (ö.-r.)",),
    "phone": ("Tel. (freiw., Rückfr.)",),
    "floor": ("Geschoss u. Lage",),
    "birth_time": ("Geb.-Zeit (Std./Min.)",),
    "last_residence": ("letzte Wohnanschr. (Verst.)",),
    "role": ("Wohnungsgeber ist (ankr.)",),
    "moved_out": ("Auszug bish. Whg. am",),
}

# small explanatory lines under some row labels
MATRIX_SUBS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "wie im Pass oder Personalausweis eingetragen",
        "Doktorgrad vor den Namen setzen",
    ),
    "given_names": ("in der Reihenfolge des Ausweises", "Rufnamen bitte unterstreichen"),
    "birth_name": ("nur ausfüllen, wenn abweichend", "Name laut Geburtseintrag"),
    "date_of_birth": ("Tag, Monat, Jahr (vierstellig)", "vierstellige Jahreszahl angeben"),
    "place_of_birth": ("bei Geburt im Ausland auch den Staat", "Gemeinde, Kreis, Staat"),
    "sex": ("Zutreffendes bitte ankreuzen", "Eintrag im Geburtenregister"),
    "nationality": ("bei mehreren alle angeben", "Staat, dem die Person angehört"),
    "move_in_date": ("Tag der Schlüsselübergabe genügt nicht", "Tag, an dem Sie eingezogen sind"),
    "previous_address": ("bei Zuzug aus dem Ausland: Ort und Staat", "letzte Wohnung im Inland"),
    "dwelling": ("vorwiegend benutzt = Hauptwohnung", "§ 21 Bundesmeldegesetz"),
    "landlord_address": ("für Rückfragen der Meldebehörde",),
    "tenant": ("je Spalte eine Person", "alle einziehenden Personen"),
    "register_number": ("Buchstabe, laufende Nummer / Jahr",),
    "vin": ("siebzehnstellig, ohne I, O und Q",),
    "evb_number": ("vom Kfz-Versicherer mitgeteilt",),
    "iban": ("Konto für die Abbuchung der Kfz-Steuer",),
    "passport_number": ("Nummer auf der Datenseite", "wie im Reisepass angegeben"),
    "entry_date": ("bei mehreren Einreisen die letzte",),
    "purpose": ("nur ein Zweck je Antrag",),
    "religion": ("nur für den Kirchensteuerabzug",),
}

# column headings (persons or roles)
MATRIX_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "applicant": (
        "Person 1 – Antragsteller/in (Spalte 1)",
        "meldepflichtige Person Nr. 1",
        "erste meldepflichtige Person",
    ),
    "further": (
        "weitere meldepflichtige Person",
        "Familienangehörige/r (mitziehend)",
        "mitziehende/r Angehörige/r",
    ),
    "new": (
        "neue Wohnung (Spalte Zuzug)",
        "Wohnung, die bezogen wird (neu)",
        "Zuzugsanschrift (neu)",
    ),
    "old": (
        "bisherige Wohnung (Spalte Wegzug)",
        "Wohnung, die aufgegeben wird (bisher)",
        "Wegzugsanschrift (bisher)",
    ),
    "landlord": (
        "Wohnungsgeber/in (Spalte A)",
        "Wohnungsgeberin bzw. Wohnungsgeber (A)",
        "vermietende Stelle (Spalte A)",
    ),
    "tenant": (
        "einziehende Person (Spalte)",
        "meldepflichtige/r Bewohner/in (einziehend)",
        "neue/r Bewohner/in der Wohnung",
    ),
    "child": ("Kind (Spalte 1)", "neugeborenes Kind (Spalte 1)", "das geborene Kind (Sp. 1)"),
    "mother": ("Mutter (Spalte 2)", "Angaben zur Mutter des Kindes", "die Mutter (Sp. 2)"),
    "father": ("Vater (Spalte 3)", "Angaben zum Vater des Kindes", "der Vater (Sp. 3)"),
    "spouse1": (
        "Ehegatte/Ehegattin 1 (Spalte A)",
        "erste/r Ehegatte/Ehegattin",
        "Ehegatte/Ehegattin (Sp. A)",
    ),
    "spouse2": (
        "Ehegatte/Ehegattin 2 (Spalte B)",
        "zweite/r Ehegatte/Ehegattin",
        "Ehegatte/Ehegattin (Sp. B)",
    ),
    "deceased": (
        "verstorbene Person (Spalte 1)",
        "die/der Verstorbene (Sp. 1)",
        "Verstorbene/r – Spalte 1",
    ),
    "widow": ("hinterbliebene/r Ehegatte/Ehegattin", "Ehe-/Lebenspartner/in (hinterblieben)"),
    "holder": (
        "Halter/in (Spalte 1)",
        "künftige/r Fahrzeughalter/in (Sp. 1)",
        "Halter/in lt. Antrag (Sp. 1)",
    ),
    "agent": (
        "Bevollmächtigte/r (falls beauftragt)",
        "Vertreter/in der Halterin/des Halters",
        "Beauftragte/r mit Vollmacht (Sp. 2)",
    ),
    "spouse": (
        "Ehegatte/Ehegattin (mitreisend)",
        "Ehe- bzw. Lebenspartner/in (Sp. 2)",
        "Partner/in (mitreisend)",
    ),
    "kid": (
        "minderjähriges Kind (Sp. 3)",
        "Kind unter 18 Jahren",
        "mitreisendes Kind (minderjährig)",
    ),
    "document": (
        "Angabe lt. Vorlage (Original)",
        "wie auf dem Dokument abgedruckt",
        "Vorlage – Eintrag",
    ),
    "check": ("geprüft (Handzeichen)", "abgeglichen mit Original", "Sichtprüfung erfolgt"),
}

MATRIX_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "persons": (
        "Angaben zu den meldepflichtigen Personen (je Spalte eine Person)",
        "Personen, die die Wohnung gemeinsam beziehen",
        "Zur Person – eine Spalte je Person",
    ),
    "dwelling": (
        "Neue und bisherige Wohnung (Gegenüberstellung)",
        "Zuzug und Wegzug im Vergleich",
        "Wohnungen: neu und bisher",
    ),
    "parties": (
        "Wohnungsgeber/in und einziehende Personen",
        "Beteiligte des Einzugs (Spalten)",
        "Vermietende Stelle und Bewohner/innen",
    ),
    "flat": (
        "Angaben zur Wohnung, in die eingezogen wurde",
        "Die bezogene Wohnung – Lage und Einzug",
        "Lage der Wohnung und Tag des Einzugs",
    ),
    "family": (
        "Kind und Eltern (Spalten 1–3)",
        "Angaben zum Kind und zu den Eltern",
        "Kind – Mutter – Vater",
    ),
    "spouses": (
        "Angaben zu den Ehegatten (Spalten A/B)",
        "Die Ehegatten nebeneinander",
        "Ehegatten A und B",
    ),
    "marriage": (
        "Angaben zur Eheschließung (für beide)",
        "Zur Trauung der Ehegatten",
        "Eheschließung – Zeit und Ort",
    ),
    "deceased": (
        "Zur verstorbenen Person (Spalte 1)",
        "Verstorbene Person und Hinterbliebene",
        "Verstorbene/r und Ehe-/Lebenspartner/in",
    ),
    "death": (
        "Zum Tod – Zeit und Ort",
        "Angaben zum Todesfall (Register)",
        "Todesfall: Datum und Gemeinde",
    ),
    "register": (
        "Registerangaben dieser Urkunde",
        "Zur Beurkundung im Register",
        "Beurkundung und Ausstellung dieser Urkunde",
    ),
    "holder": (
        "Halter/in und Vertretung (Spalten)",
        "Angaben zur Halterin bzw. zum Halter (Spalte 1)",
        "Halter/in – Antragsteller/in",
    ),
    "vehicle": (
        "Zuzulassendes Fahrzeug (für alle Spalten)",
        "Das Fahrzeug laut Zulassungsbescheinigung Teil I/II",
        "Fahrzeugdaten lt. ZB I/II",
    ),
    "sepa": (
        "SEPA-Mandat zum Einzug der Kraftfahrzeugsteuer",
        "Einzugsermächtigung für die Kfz-Steuer (Zoll)",
        "Lastschriftmandat – Hauptzollamt",
    ),
    "applicants": (
        "Antragsteller/in und Familienangehörige (je Spalte)",
        "Personen, für die ein Titel beantragt wird",
        "Antragstellende Personen (Spalten)",
    ),
    "stay": (
        "Beantragter Aufenthaltstitel – Zweck",
        "Zweck des Aufenthalts (Titel)",
        "Zum beantragten Aufenthaltstitel",
    ),
    "residence": (
        "Derzeitige Wohnanschrift im Bundesgebiet",
        "Anschrift in Deutschland (derzeit)",
        "Wohnung im Inland – derzeitige Anschrift",
    ),
    "filing": (
        "Erfassungsdaten für die Akte",
        "Erfassung des vorgelegten Dokuments",
        "Aktenvermerk zum Identitätsdokument",
    ),
}

MATRIX_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Anmeldung bei der Meldebehörde – Personenbogen",
        "Meldeschein zur Anmeldung (mehrere Personen)",
        "Anmeldung einer Wohnung – Mehrpersonenformular",
    ),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbestätigung – Übersicht der Beteiligten",
        "Bestätigung über den Einzug (tabellarisch)",
        "Einzugsbestätigung der vermietenden Stelle",
    ),
    "geburtsurkunde": (
        "Geburtsurkunde (tabellarische Form)",
        "Urkunde über die Geburt eines Kindes (Tabelle)",
        "Geburtsurkunde – Kind und Eltern",
    ),
    "eheurkunde": (
        "Eheurkunde (tabellarische Form)",
        "Urkunde über die Eheschließung zweier Personen",
        "Eheurkunde – Ehegatten nebeneinander",
    ),
    "sterbeurkunde": (
        "Sterbeurkunde (tabellarische Form)",
        "Urkunde über den Tod einer Person (Tabelle)",
        "Sterbeurkunde – Übersicht",
    ),
    "antrag_zulassung": (
        "Antrag auf Zulassung – Halterbogen",
        "Zulassungsantrag (tabellarisch)",
        "Antrag: Zulassung eines Kfz auf die Halterin/den Halter",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf einen Aufenthaltstitel – Familienbogen",
        "Antrag Aufenthaltstitel (mehrere Personen)",
        "Erteilung/Verlängerung eines Aufenthaltstitels – Bogen",
    ),
    "identity_document": (
        "Kopie des Identitätsdokuments mit Erfassungsbogen",
        "Dokumentenkopie und Erfassung",
        "Ablichtung zur Akte (mit Erfassungstabelle)",
    ),
}

MATRIX_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form_no": ("Formular-Nr. (Vordruck)", "Kennziffer des Vordrucks", "Formularkennziffer"),
    "edition": ("Vordruckstand (Monat/Jahr)", "Vordruckversion"),
    "received": (
        "Eingangsstempel der Meldebehörde",
        "Eingang (nur für die Behörde)",
        "Eingangsstempel/Datum (Behörde)",
    ),
    "place_date": (
        "Ort, Datum der Unterzeichnung",
        "unterzeichnet – Ort, Tag",
        "Ort und Tag der Unterschriftsleistung",
    ),
    "signature": (
        "Unterschrift der meldepflichtigen Person(en)",
        "Unterschrift (Person in Spalte 1)",
        "eigenhändige Unterschrift der Antragstellerin/des Antragstellers",
    ),
    "sign_landlord": (
        "Unterschrift Wohnungsgeber/in bzw. beauftragte Person",
        "Unterschrift der vermietenden Stelle",
    ),
    "registrar": (
        "Standesbeamtin/Standesbeamter (Unterschrift, Siegel)",
        "für das Standesamt – Urkundsperson",
        "Unterschrift der Urkundsperson (Standesamt)",
    ),
    "seal_note": (
        "Siegel des ausstellenden Standesamts",
        "Dienstsiegel (Standesamt)",
        "Dienstsiegel des Standesamts (Abdruck)",
    ),
    "certified": (
        "Die Übereinstimmung dieser Tabelle mit dem Registereintrag wird beglaubigt.",
        "Diese Urkunde stimmt mit dem Registereintrag überein (§ 55 PStG).",
        "Beglaubigt nach dem Personenstandsgesetz (tabellarische Urkunde).",
    ),
    "hint": (
        "Bitte in Druckschrift ausfüllen. Nicht zutreffende Spalten frei lassen.",
        "Je Person eine Spalte verwenden; leere Spalten streichen.",
        "Spalten für weitere Personen nur bei gemeinsamem Einzug ausfüllen.",
    ),
    "cont": (
        "Fortsetzung von Blatt 1 (Tabelle)",
        "Fortsetzungsblatt zur Tabelle",
        "Tabelle – Fortsetzung auf Blatt 2",
    ),
    "sheet": ("Vordruckblatt", "Tabellenblatt"),
    "owner": ("Eigentümer/in der Wohnung (selbst)", "selbst Eigentümerin/Eigentümer"),
    "agent": (
        "von der Eigentümerin/vom Eigentümer beauftragt",
        "Beauftragte/r der Eigentümerseite",
    ),
    "copy_note": (
        "Kopie angefertigt von der Vorlage im Original",
        "Ablichtung des vorgelegten Originals",
        "Kopie zur Akte (Original lag vor)",
    ),
    "case": ("Vorgangsnummer (Behörde)", "Geschäftszeichen der Meldebehörde", "Az. des Vorgangs"),
    "clerk": ("Sachbearbeitung (Handzeichen)", "bearbeitet durch (Hz.)", "Bearbeiter/in – Kürzel"),
    "office_use": (
        "Nur für Vermerke der Meldestelle",
        "Vermerke der Meldebehörde",
        "Raum für Vermerke des Amtes (Tabelle)",
    ),
    "fee": ("Gebühr erhoben (EUR)", "Gebührenvermerk (EUR)", "Verwaltungsgebühr lt. Tarif"),
}

# --- webprint: the printed summary page of an online service --------------------------------

WEB_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Familienname (Pflichtfeld)",
        "Ihr Nachname laut Ausweisdokument",
        "Nachname – Ihre Eingabe",
    ),
    "given_names": (
        "Vornamen (Pflichtangabe)",
        "Ihre Vornamen laut Ausweisdokument",
        "Vornamen – Ihre Eingabe",
    ),
    "birth_name": (
        "Geburtsname (freiwillig, falls abweichend)",
        "Ihr Name bei der Geburt (falls anders)",
        "Geburtsname – Ihre Eingabe",
    ),
    "date_of_birth": (
        "Geburtsdatum (Pflichtangabe)",
        "Ihr Geburtsdatum laut Ausweisdokument",
        "Geburtsdatum – Ihre Eingabe",
    ),
    "place_of_birth": (
        "Geburtsort (Pflichtangabe)",
        "Ihr Geburtsort (Stadt/Land)",
        "Geburtsort – Ihre Eingabe",
    ),
    "sex": (
        "Geschlecht (Auswahlliste)",
        "Ihr Geschlechtseintrag (Auswahl)",
        "Geschlecht – Ihre Auswahl",
    ),
    "nationality": (
        "Staatsangehörigkeit (Auswahlliste)",
        "Ihre Staatsangehörigkeit(en) (Auswahl)",
        "Staatsangehörigkeit – Ihre Auswahl",
    ),
    "move_in_date": (
        "Einzugsdatum (Kalenderauswahl)",
        "Wann war Ihr Einzugstag? (Kalender)",
        "Einzugsdatum – Ihre Eingabe",
    ),
    "street": (
        "Straße (aus Adressverzeichnis)",
        "Straße Ihrer neuen Adresse",
        "Straße – Ihre Eingabe",
    ),
    "house_number": (
        "Hausnummer (aus Adressverzeichnis)",
        "Hausnummer Ihrer neuen Adresse",
        "Hausnummer – Ihre Eingabe",
    ),
    "postal_code": (
        "Postleitzahl (aus Adressverzeichnis)",
        "PLZ Ihrer neuen Adresse",
        "Postleitzahl – Ihre Eingabe",
    ),
    "city": ("Ort (aus Adressverzeichnis)", "Ort Ihrer neuen Adresse", "Wohnort – Ihre Eingabe"),
    "street_line": (
        "Straße und Hausnummer (Adressverzeichnis)",
        "Ihre neue Adresse (Straße, Nr.)",
        "Straße, Hausnummer – Ihre Eingabe",
    ),
    "city_line": (
        "Postleitzahl und Ort (Adressverzeichnis)",
        "Ihre neue Adresse (PLZ, Ort)",
        "PLZ, Ort – Ihre Eingabe",
    ),
    "previous_address": (
        "Ihre bisherige Anschrift (vollständig)",
        "Bisherige Adresse – Ihre Eingabe",
        "Von wo ziehen Sie zu?",
    ),
    "dwelling": (
        "Nutzen Sie die Wohnung überwiegend?",
        "Wohnungsart – Ihre Auswahl",
        "Haupt- oder Nebenwohnung? (Auswahl)",
    ),
    "landlord_name": (
        "Name oder Firma der Wohnungsgeberin/des Wohnungsgebers (Pflichtfeld)",
        "Wohnungsgeber/in – Ihre Eingabe",
        "Wer überlässt Ihnen die Wohnung (Name)?",
    ),
    "landlord_address": (
        "Anschrift der Wohnungsgeberin/des Wohnungsgebers (Pflichtfeld)",
        "Anschrift Wohnungsgeber/in – Ihre Eingabe",
        "Unter welcher Anschrift ist die vermietende Stelle erreichbar?",
    ),
    "tenant": (
        "Vor- und Nachname (eingezogene Person)",
        "Eingezogene Person – Ihre Eingabe",
        "Wer ist eingezogen? (Vor- und Nachname)",
    ),
    "mother_name": (
        "Mutter – Vor- und Familienname (Register)",
        "Mutter des Kindes (Registereintrag)",
        "Mutter lt. Registerdaten",
    ),
    "father_name": (
        "Vater – Vor- und Familienname (Register)",
        "Vater des Kindes (Registereintrag)",
        "Vater lt. Registerdaten",
    ),
    "registry_office": (
        "Ausstellendes Standesamt (elektronisch)",
        "Standesamt lt. Registerdaten",
        "Herausgebendes Standesamt (Viewer)",
    ),
    "register_number": (
        "Registernummer lt. Registerdaten",
        "Nummer des Registereintrags (elektronisch)",
        "Eintragsnummer (Viewer)",
    ),
    "issue_date": (
        "Ausstellungsdatum (elektronisch)",
        "Ausgestellt am lt. Registerdaten",
        "Datum der Ausstellung (Viewer)",
    ),
    "marriage_date": (
        "Datum der Eheschließung lt. Registerdaten",
        "Eheschließung am (elektronisch)",
        "Tag der Eheschließung (Viewer)",
    ),
    "marriage_place": (
        "Ort der Eheschließung lt. Registerdaten",
        "Eheschließung in (elektronisch)",
        "Ort der Eheschließung (Viewer)",
    ),
    "date_of_death": (
        "Sterbedatum lt. Registerdaten",
        "Todestag (elektronisch)",
        "Sterbedatum (Viewer)",
    ),
    "place_of_death": (
        "Sterbeort lt. Registerdaten",
        "Sterbeort (elektronisch)",
        "Ort des Todes (Viewer)",
    ),
    "make": ("Hersteller (Auswahlliste)", "Hersteller Ihres Fahrzeugs", "Marke – Ihre Auswahl"),
    "model": ("Modell (Freitext)", "Modellbezeichnung Ihres Fahrzeugs", "Modell – Ihre Eingabe"),
    "vin": (
        "Fahrzeug-Identifizierungsnummer (FIN) (Pflichtfeld)",
        "FIN Ihres Fahrzeugs (17 Zeichen)",
        "FIN – Ihre Eingabe",
    ),
    "evb_number": (
        "eVB-Nummer (Pflichtfeld)",
        "eVB-Nummer Ihrer Kfz-Versicherung",
        "eVB – Ihre Eingabe",
    ),
    "desired_plate": (
        "Reserviertes Wunschkennzeichen (optional)",
        "Ihr online reserviertes Kennzeichen",
        "Wunschkennzeichen – Ihre Eingabe",
    ),
    "account_holder": (
        "Kontoinhaberin/Kontoinhaber (Pflichtfeld)",
        "Inhaber/in des angegebenen Kontos",
        "Kontoinhaber/in – Ihre Eingabe",
    ),
    "iban": ("IBAN", "IBAN (Pflichtfeld)", "IBAN – Ihre Eingabe"),
    "bic": ("BIC", "BIC (wird automatisch ergänzt)", "BIC – Ihre Eingabe"),
    "passport_number": (
        "Reisepassnummer (Pflichtfeld)",
        "Nummer Ihres Nationalpasses",
        "Passnummer – Ihre Eingabe",
    ),
    "passport_expiry_date": (
        "Pass gültig bis (Pflichtfeld)",
        "Gültigkeit Ihres Passes endet am",
        "Pass gültig bis – Ihre Eingabe",
    ),
    "entry_date": (
        "Einreisedatum (Pflichtfeld)",
        "Wann sind Sie nach Deutschland eingereist? (Kalender)",
        "Einreisedatum – Ihre Eingabe",
    ),
    "purpose": (
        "Aufenthaltszweck (Pflichtfeld)",
        "Aus welchem Grund möchten Sie in Deutschland leben?",
        "Aufenthaltszweck – Ihre Auswahl",
    ),
    "doc_kind": (
        "Art des hochgeladenen Dokuments",
        "Dokumenttyp – Ihre Auswahl",
        "Welches Dokument haben Sie hochgeladen?",
    ),
    "doc_code": ("Dokumentcode (automatisch erkannt)", "Dokumentcode – erkannt"),
    "doc_number": ("Dokumentnummer (Pflichtfeld)", "Dokumentnummer – Ihre Eingabe"),
    "issuing_state": ("Ausstellungsstaat (Auswahlliste)", "Ausstellungsstaat – Ihre Auswahl"),
    "expiry_date": ("Dokument gültig bis (Pflichtfeld)", "Gültigkeitsende – Ihre Eingabe"),
    # entries that belong to no catalog field
    "email": (
        "E-Mail-Adresse (für die Eingangsbestätigung)",
        "Ihre E-Mail-Adresse (Pflichtfeld)",
        "E-Mail – Ihre Eingabe",
    ),
    "phone": ("Telefonnummer (freiwillige Angabe)", "Telefon – Ihre Eingabe (optional)"),
    "marital": ("Familienstand (Auswahlliste)", "Familienstand – Ihre Auswahl"),
    "appointment": ("Gebuchter Termin (Bürgerbüro)", "Ihr Termin zur Vorsprache"),
    "delivery": ("Zustellung der Bestätigung (Auswahl)", "Wie erhalten Sie die Meldebestätigung?"),
    "role": ("Ihre Rolle als Wohnungsgeber/in (Auswahl)", "Sie sind – Ihre Auswahl"),
}

# labels of a person's data in the certificate viewer (register data, not entries)
WEB_REGISTER_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname lt. Registerdaten", "Familienname (elektronisch)"),
    "given_names": ("Vornamen lt. Registerdaten", "Vornamen (elektronisch)"),
    "date_of_birth": ("Geburtsdatum lt. Registerdaten", "Geburtsdatum (elektronisch)"),
    "place_of_birth": ("Geburtsort lt. Registerdaten", "Geburtsort (elektronisch)"),
    "sex": ("Geschlecht lt. Registerdaten", "Geschlecht (elektronisch)"),
}

WEB_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": (
        "Angaben zur Person (Schritt 1)",
        "Ihre persönlichen Daten (Schritt 1)",
        "Persönliche Daten – Ihre Angaben",
    ),
    "dwelling": (
        "Neue Wohnung und Einzugsdatum",
        "Ihre neue Adresse und Ihr Einzug",
        "Angaben zur neuen Wohnung (Schritt 2)",
    ),
    "previous": (
        "Ihre bisherige Wohnung (Schritt 2)",
        "Bisherige Adresse und Wegzug",
        "Wo Sie bisher gewohnt haben",
    ),
    "contact": (
        "Kontaktdaten und Zustellung",
        "So erreichen wir Sie (Kontakt)",
        "Ihre Kontaktdaten (optional)",
    ),
    "landlord": (
        "Angaben zur Wohnungsgeberin/zum Wohnungsgeber (Schritt 1)",
        "Ihre Daten als Wohnungsgeber/in (Schritt 1)",
        "Wohnungsgeber/in (Sie)",
    ),
    "flat": (
        "Angaben zur vermieteten Wohnung (Schritt 2)",
        "Wohnung und Einzugsdatum (Wohnungsgeber/in)",
        "Die Wohnung, in die eingezogen wurde (online)",
    ),
    "tenants": (
        "Eingezogene Personen (Schritt 3)",
        "Personen, die eingezogen sind (Schritt 3)",
        "Meldepflichtige Personen (online)",
    ),
    "child": (
        "Angaben zum Kind (Registerdaten)",
        "Kind – Registerdaten",
        "Das Kind lt. Register (elektronisch)",
    ),
    "parents": (
        "Angaben zu den Eltern (Registerdaten)",
        "Eltern – Registerdaten",
        "Die Eltern lt. Register (elektronisch)",
    ),
    "spouse1": (
        "Ehegattin/Ehegatte 1 (Registerdaten)",
        "Erste Person der Ehe (Registerdaten)",
        "Person 1 lt. Register (elektronisch)",
    ),
    "spouse2": (
        "Ehegattin/Ehegatte 2 (Registerdaten)",
        "Zweite Person der Ehe (Registerdaten)",
        "Person 2 lt. Register (elektronisch)",
    ),
    "marriage": (
        "Angaben zur Eheschließung (Registerdaten)",
        "Eheschließung – Registerdaten",
        "Die Eheschließung lt. Register (elektronisch)",
    ),
    "deceased": (
        "Angaben zur verstorbenen Person (Registerdaten)",
        "Verstorbene Person – Registerdaten",
        "Die verstorbene Person lt. Register (elektronisch)",
    ),
    "death": (
        "Angaben zum Sterbefall (Registerdaten)",
        "Sterbefall – Registerdaten",
        "Der Sterbefall lt. Register (elektronisch)",
    ),
    "register": (
        "Angaben zur Beurkundung (Registerdaten)",
        "Beurkundung – Registerdaten",
        "Registerangaben (elektronisch)",
    ),
    "holder": (
        "Angaben zur Halterin/zum Halter (Schritt 1)",
        "Ihre Halterdaten (Schritt 1)",
        "Halterin/Halter – Ihre Angaben",
    ),
    "address": (
        "Ihre Anschrift (Schritt 1)",
        "Adresse der Halterin/des Halters (online)",
        "Wohnanschrift der Halterin/des Halters (Schritt 1)",
    ),
    "vehicle": (
        "Ihr Fahrzeug (Schritt 2)",
        "Fahrzeugdaten – Ihre Angaben",
        "Angaben zum Fahrzeug (Schritt 2)",
    ),
    "sepa": (
        "SEPA-Lastschriftmandat für die Kfz-Steuer (Schritt 3)",
        "Bankverbindung für die Kfz-Steuer (online)",
        "Zahlung der Kraftfahrzeugsteuer per Lastschrift",
    ),
    "passport": (
        "Ihr Reisepass und Ihre Einreise (Schritt 2)",
        "Reisepass und Einreise – Ihre Angaben",
        "Pass und Einreise (online)",
    ),
    "stay": (
        "Ihr Anliegen (Schritt 3)",
        "Aufenthaltszweck – Ihre Angaben",
        "Worum geht es in Ihrem Antrag?",
    ),
    "residence": (
        "Ihre Adresse in Deutschland (Schritt 4)",
        "Wohnanschrift in Deutschland – Ihre Angaben",
        "Aktuelle Adresse in Deutschland (online)",
    ),
    "upload": (
        "Hochgeladene Dateien (Schritt 2)",
        "Ihr Upload – Übersicht",
        "Dokument-Upload (Nachweis)",
    ),
    "document": (
        "Angaben zum Dokument (Schritt 1)",
        "Ihre Angaben zum Ausweisdokument",
        "Dokumentdaten – Ihre Angaben",
    ),
}

WEB_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Wohnsitz online anmelden (Zusammenfassung)",
        "Elektronische Wohnsitzanmeldung – Prüfung",
        "Anmeldung einer Wohnung über das Serviceportal",
    ),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbestätigung online abgeben (Prüfung)",
        "Digitale Wohnungsgeberbestätigung – Übersicht",
        "Einzug bestätigen als Wohnungsgeber/in (online)",
    ),
    "geburtsurkunde": (
        "Digitale Geburtsurkunde (Urkundenansicht)",
        "Geburtsurkunde – elektronischer Abruf",
        "Elektronischer Registerauszug: Geburt",
    ),
    "eheurkunde": (
        "Digitale Eheurkunde (Urkundenansicht)",
        "Eheurkunde – elektronischer Abruf",
        "Elektronischer Registerauszug: Eheschließung",
    ),
    "sterbeurkunde": (
        "Digitale Sterbeurkunde (Urkundenansicht)",
        "Sterbeurkunde – elektronischer Abruf",
        "Elektronischer Registerauszug: Sterbefall",
    ),
    "antrag_zulassung": (
        "Fahrzeug online zulassen (i-Kfz) – Zusammenfassung",
        "Internetbasierte Fahrzeugzulassung – Prüfung",
        "Zulassung eines Neufahrzeugs über das Portal",
    ),
    "aufenthaltstitel_antrag": (
        "Aufenthaltstitel online beantragen (Zusammenfassung)",
        "Antrag auf Aufenthaltserlaubnis über das Portal",
        "Digitaler Antrag auf einen Aufenthaltstitel – Prüfung",
    ),
    "identity_document": (
        "Ausweisdokument hochladen – Bestätigung",
        "Nachweis hochladen: Pass oder Ausweis (Bestätigung)",
        "Upload Ihres Identitätsnachweises – erledigt",
    ),
}

WEB_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "check_head": (
        "Bitte prüfen Sie Ihre Angaben vor dem Absenden",
        "Zusammenfassung – bitte sorgfältig kontrollieren",
        "Überprüfen Sie Ihre Eingaben vor dem Versand",
    ),
    "check_intro": (
        "Bitte kontrollieren Sie alle Angaben sorgfältig, bevor Sie den Antrag "
        "absenden. Über den Link neben einem Abschnitt gelangen Sie zurück zum "
        "jeweiligen Schritt.",
        "Hier sehen Sie alle Ihre Eingaben auf einen Blick. Nach dem Absenden "
        "sind keine Änderungen mehr möglich.",
        "Bitte überprüfen Sie Ihre Eingaben. Fehlerhafte Angaben können Sie "
        "jetzt noch korrigieren.",
    ),
    "edit": ("Angaben ändern", "Abschnitt bearbeiten", "Eingabe korrigieren"),
    "home": ("Startseite des Serviceportals", "Start (Serviceportal)", "Portal-Startseite"),
    "services": ("Leistungen von A bis Z", "Bürgerservice im Internet", "Online-Dienste der Stadt"),
    "nav": (
        "Leistungen von A bis Z|Termin buchen|Formularcenter|Mein Servicekonto|Hilfe & Kontakt",
        "Bürgerservice im Internet|Rathaus & Politik|Online-Dienste der Stadt|Kontakt aufnehmen|"
        "Abmelden (Konto)",
        "Portal-Startseite|Alle Dienstleistungen|Terminvereinbarung online|"
        "Mein Postfach (Portal)|Sicher abmelden",
    ),
    "summary": (
        "Zusammenfassung Ihrer Angaben",
        "Angaben prüfen (Übersicht)",
        "Übersicht Ihrer Eingaben",
    ),
    "steps": (
        "Ihre Person|Ihre neue Wohnung (Schritt)|Nachweise hochladen|Angaben prüfen (Übersicht)|"
        "Absenden & fertig",
        "Eingabe der Daten|Unterlagen beifügen|Zusammenfassung Ihrer Angaben|"
        "Gebühr bezahlen|Bestätigung erhalten",
        "Loslegen|Daten eingeben|Upload der Nachweise|Prüfung der Eingaben|Versand an die Behörde",
    ),
    "step_of": ("Schritt {0} von {1}", "Schritt {0}/{1} – Prüfung", "Fortschritt: {0} von {1}"),
    "submit": (
        "Jetzt verbindlich absenden",
        "Antrag kostenpflichtig absenden",
        "Daten an die Behörde senden",
    ),
    "back": ("Zurück zum vorherigen Schritt", "« Zurück zur Eingabe", "Schritt zurück"),
    "draft": (
        "Entwurf im Servicekonto speichern",
        "Zwischenspeichern und später fortsetzen",
        "Später weiter ausfüllen",
    ),
    "info": (
        "Gut zu wissen: Die Meldebehörde prüft Ihre Angaben und meldet sich bei "
        "Rückfragen per E-Mail.",
        "Hinweis: Halten Sie Ihren Personalausweis mit Online-Ausweisfunktion bereit.",
        "Info: Sie erhalten nach dem Absenden eine Eingangsbestätigung mit Vorgangsnummer.",
    ),
    "session": (
        "Ihre Sitzung läuft in {0} Minuten ab.",
        "Sitzung aktiv – automatische Abmeldung in {0} Min.",
        "Aus Sicherheitsgründen endet Ihre Sitzung in {0} Minuten.",
    ),
    "cookie": (
        "Diese Website verwendet nur technisch notwendige Cookies. Mehr erfahren",
        "Wir verwenden Cookies, um das Angebot nutzerfreundlich zu gestalten. "
        "Einstellungen | Alle akzeptieren",
        "Cookie-Hinweis: Es werden nur Sitzungs-Cookies gespeichert. Verstanden",
    ),
    "footer": (
        "Impressum und Anbieterkennzeichnung|Datenschutzerklärung des Portals|"
        "Erklärung zur Barrierefreiheit (Portal)|Kontaktformular des Bürgerservice",
        "Impressum (Anbieter des Portals)|Hinweise zum Datenschutz im Portal|"
        "Barrierefreiheit – Erklärung|Leichte Sprache (Portal)|Gebärdensprache (Videos)",
        "Anbieterkennzeichnung des Portals|Datenschutz nach DSGVO|"
        "Barrierefreiheitserklärung der Stadt|Hilfe und häufige Fragen",
    ),
    "copyright": ("© {0} Stadt {1}", "© Stadtverwaltung {1} {0}", "Ein Angebot der Stadt {1}"),
    "case_no": ("Vorgangsnummer (online)", "Antragsnummer im Portal", "Ihre Vorgangs-ID"),
    "required": ("Pflichtangaben sind mit * gekennzeichnet.", "* kennzeichnet ein Pflichtfeld"),
    "not_given": ("keine Angabe gemacht", "– nicht angegeben –", "(Feld leer gelassen)"),
    "viewer": (
        "Urkunden-Viewer des Standesamts",
        "Digitale Urkunde anzeigen",
        "Elektronischer Registerauszug (Ansicht)",
    ),
    "verify": ("Prüfcode zur Echtheitsprüfung", "Verifikationscode (Auszug)", "Echtheits-ID"),
    "verify_hint": (
        "Die Echtheit dieses Auszugs können Sie unter Angabe des Prüfcodes online prüfen.",
        "Zur Prüfung der Echtheit geben Sie den Verifikationscode im Portal ein.",
        "Dieser Auszug ist elektronisch signiert und ohne Unterschrift gültig.",
    ),
    "issuer": (
        "Ausstellende Stelle (Standesamt)",
        "Herausgeber des Auszugs",
        "Ausgestellt durch (Behörde)",
    ),
    "retrieved": (
        "Abgerufen am (Zeitpunkt)",
        "Abrufzeitpunkt des Auszugs",
        "Letzter Abruf im Portal",
    ),
    "download": ("Als PDF herunterladen", "Seite drucken (Browser)", "Link zum Auszug teilen"),
    "uploaded_ok": (
        "Ihr Dokument wurde erfolgreich hochgeladen.",
        "Upload abgeschlossen – vielen Dank!",
        "Die Datei ist bei uns angekommen.",
    ),
    "file_name": ("Dateiname (Upload)", "Hochgeladene Datei", "Name der hochgeladenen Datei"),
    "file_size": ("Dateigröße (Upload)", "Größe der Datei", "Umfang der Datei"),
    "upload_time": ("Hochgeladen am (Zeitpunkt)", "Upload-Zeitpunkt", "Eingang der Datei am"),
    "preview": ("Vorschau der Datei", "So sieht Ihr Upload aus", "Bildvorschau (verkleinert)"),
    "replace": ("Datei ersetzen", "Andere Datei wählen", "Erneut hochladen"),
    "status": (
        "Status: Prüfung durch die Behörde",
        "Status: Datei eingegangen",
        "Status: Upload vollständig",
    ),
    "owner": ("Ich bin Eigentümer/in der Wohnung", "Eigentümerin/Eigentümer (selbst vermietend)"),
    "agent": (
        "Ich bin von der Eigentümerin/vom Eigentümer beauftragt",
        "Hausverwaltung (beauftragt)",
    ),
    "delivery_ways": (
        "per E-Mail an die angegebene Adresse|per Briefpost|Abholung im Bürgerbüro",
        "in das Servicekonto-Postfach|per Briefpost an die neue Adresse",
    ),
    "person_n": ("Person (eingezogen) Nr.", "Eingezogene Person Nr.", "Bewohner/in Nr."),
}

# --- values ---------------------------------------------------------------------------------

SEX_WORDS20: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTERS20: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
SEX_ORDER: Final = ("F", "M", "D", "X")
# purposes: (matrix wording, webprint wording)
PURPOSE20: Final[dict[str, tuple[str, str]]] = {
    "study": (
        "Studium an einer Hochschule/Universität",
        "Ich möchte an einer Hochschule studieren",
    ),
    "employment": ("Beschäftigung/Arbeitsaufnahme", "Ich möchte hier eine Arbeit aufnehmen"),
    "family": (
        "Familiennachzug/Zusammenleben mit Familie",
        "Ich möchte mit meiner Familie zusammenleben",
    ),
    "humanitarian": (
        "humanitäre/politische Schutzgründe",
        "Ich benötige Schutz (humanitäre Gründe)",
    ),
    "other": ("sonstiger Zweck (siehe Anlage)", "Ein anderer Grund (bitte erläutern)"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (matrix wording, webprint wording)
DWELLING20: Final[dict[str, tuple[str, str]]] = {
    "main": ("Hauptwohnung (überwiegend von der Person genutzt)", "Ja, das ist meine Hauptwohnung"),
    "secondary": (
        "Nebenwohnung (weitere, nicht überwiegend genutzt)",
        "Nein, das ist eine Nebenwohnung",
    ),
}
# document kinds: (matrix wording, webprint wording)
ID_KINDS20: Final = {
    "P": ("Reisepass – Datenseite (Kopie)", "Reisepass (Seite mit Lichtbild)"),
    "I": ("Ausweis – Vorder- und Rückseite", "Personalausweis/ID-Karte (beide Seiten)"),
}

BASE_VALUE_WORDS: Final = frozenset(
    {
        "weiblich",
        "männlich",
        "divers",
        "ohne Angabe",
        "W",
        "M",
        "D",
        "X",
    }
)

# --- dates ------------------------------------------------------------------------------------

MONTHS_ABBR20: Final = (
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
)
WEEKDAYS20: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MATRIX_DATE_STYLES: Final = ("numeric", "numeric", "unpadded", "spaced", "long_abbr")
WEB_DATE_STYLES: Final = ("numeric", "long", "iso", "unpadded", "weekday", "numeric")
EXTRA20_DATE_STYLES: Final = (
    "numeric",
    "unpadded",
    "spaced",
    "long_abbr",
    "long",
    "iso",
    "weekday",
)


def format_extra20_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "spaced":  # "04. 03. 1987"
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    if style == "long_abbr":  # "4. Sept. 1987"
        return f"{d.day}. {MONTHS_ABBR20[d.month - 1]} {d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "weekday":  # "Mi., 04.03.1987"
        return f"{WEEKDAYS20[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra20_date(d, s) for s in EXTRA20_DATE_STYLES}


MATRIX_SEX_MODES: Final = ("tick", "word", "letter", "tick")
WEB_SEX_MODES: Final = ("word", "word", "letter")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS20[code], SEX_LETTERS20[code]}


MATRIX_NATIONALITY_MODES: Final = ("adjective", "country", "code", "adjective")
WEB_NATIONALITY_MODES: Final = ("country", "adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object -----------------------------------------------------------------------


class Extra20Wording(Wording):
    """Row labels, column headings and section names (matrix) or summary labels, headings and
    page furniture (webprint), chosen once per document from the twenty-fourth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.matrix = layout == "matrix"
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The field's row label (matrix) or its summary label (webprint)."""
        if key not in self._chosen:
            options = (MATRIX_LABELS if self.matrix else WEB_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def register(self, key: str) -> str:
        """A certificate viewer's label of register data (the summary label otherwise)."""
        if key not in WEB_REGISTER_LABELS:
            return self(key)
        return self._once(6, key, WEB_REGISTER_LABELS[key])

    def short(self, key: str) -> str:
        return self._once(1, key, MATRIX_SHORT[key])

    def sub(self, key: str) -> str:
        return self._once(2, key, MATRIX_SUBS.get(key, ("",)))

    def column(self, key: str) -> str:
        return self._once(3, key, MATRIX_COLUMNS[key])

    def section(self, key: str) -> str:
        return self._once(4, key, (MATRIX_SECTIONS if self.matrix else WEB_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once(5, key, (MATRIX_WORDS if self.matrix else WEB_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (MATRIX_TITLES if self.matrix else WEB_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra20Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra20_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (row labels, short forms, summary labels)."""
    return [
        s
        for pool in (MATRIX_LABELS, MATRIX_SHORT, WEB_LABELS, WEB_REGISTER_LABELS)
        for options in pool.values()
        for s in options
    ]


def _split(s: str) -> list[str]:
    return [p for p in s.split("|") if p]


def all_label_strings() -> list[str]:
    """Every label, heading, sub-line, title and furniture wording of this pool (the ``|``
    lists of navigation items, steps and footer links count item by item)."""
    pools_ = (
        MATRIX_LABELS,
        MATRIX_SHORT,
        MATRIX_SUBS,
        MATRIX_COLUMNS,
        MATRIX_SECTIONS,
        MATRIX_TITLES,
        MATRIX_WORDS,
        WEB_LABELS,
        WEB_REGISTER_LABELS,
        WEB_SECTIONS,
        WEB_TITLES,
        WEB_WORDS,
    )
    out = [
        p for pool in pools_ for options in pool.values() for s in options if s for p in _split(s)
    ]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for options in PURPOSE20.values() for s in options]
    out += [s for options in DWELLING20.values() for s in options]
    out += [s for pair in ID_KINDS20.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
