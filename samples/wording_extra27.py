"""The thirty-first wording pool and the printing habits of the twenty-seventh extra pair.

``DENSE_LABELS`` (field labels of the crowded office form, catalog fields and the many fields the
catalog does not ask for), ``DENSE_HEADS`` (section bands), ``DENSE_TITLES`` and ``DENSE_WORDS``
(issuer, form number and edition, footnotes, marginal notes, signature and office boxes) belong to
the ``dense`` layout; ``MIXED_LABELS`` (several synonyms per field, drawn per field),
``MIXED_HEADS``, ``MIXED_TITLES``, ``MIXED_WORDS`` and ``MIXED_PROSE`` (certificate sentences) to
the ``assorted`` layout. Both are used only by the layouts in ``EXTRA27_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra27``, nor tune on those layouts' failures. None of the strings
repeats a string of the thirty other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this).

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

# --- dense: the crowded office form ---------------------------------------------------------------

DENSE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    # catalog fields
    "family_name": (
        "Familienname, gegenwärtig geführt",
        "jetziger Familienname (lt. Personenstand)",
        "Familienname – heutige Schreibweise",
    ),
    "given_names": (
        "Vornamen vollständig, Rufname unterstrichen",
        "Vornamen, vollzählig",
        "Vornamen in amtlicher Reihenfolge",
    ),
    "birth_name": (
        "Geburtsname, sofern abweichend vom Familiennamen",
        "Familienname bei Geburt (nur wenn anders)",
        "Name bei Geburt (falls anders lautend)",
    ),
    "date_of_birth": (
        "Geburtstag (Tag, Monat, Jahr vollständig)",
        "Geburtsdatum – TT.MM.JJJJ eintragen",
        "Datum der Geburt, vollständig",
    ),
    "place_of_birth": (
        "Geburtsort mit Kreis bzw. Staat",
        "Ort der Geburt (Gemeinde, Land)",
        "Geburtsgemeinde bzw. -ort",
    ),
    "sex": (
        "Geschlecht gem. Geburtseintrag",
        "Geschlecht lt. Ausweispapier",
        "Geschlecht (Eintrag im Melderegister)",
    ),
    "nationality": (
        "Staatsangehörigkeit(en) – erste",
        "erste bzw. einzige Staatsangehörigkeit",
        "Staatsangehörigkeit, vorrangig",
    ),
    "move_in_date": (
        "Wohnung bezogen seit (Tag)",
        "Beziehen der Wohnung am",
        "Bezugstag der neuen Wohnung",
    ),
    "street": (
        "Straße bzw. Platz (neue Wohnung)",
        "Straßenbezeichnung der neuen Wohnung",
        "Straße der bezogenen Wohnung (ohne Nr.)",
    ),
    "house_number": (
        "Haus-Nr. samt Zusatzbuchstabe",
        "Hausnummer samt etwaigem Buchstabenzusatz",
        "Gebäude-Nr.",
    ),
    "postal_code": (
        "Postleitzahl der neuen Wohnung (5-stellig)",
        "PLZ der Wohnungsanschrift",
        "Postleitbereich der Wohnung",
    ),
    "city": ("Gemeinde/Ortsteil (neu)", "Gemeinde der bezogenen Wohnung", "Gemeindename"),
    "street_line": (
        "Straße, Hausnummer (neue Wohnung)",
        "Straße und Haus-Nr. der bezogenen Wohnung",
        "Lage: Straße mit Hausnummer",
    ),
    "city_line": (
        "Postleitzahl, Gemeinde (neue Wohnung)",
        "PLZ und Gemeinde der bezogenen Wohnung",
        "Lage: Postleitzahl mit Gemeinde",
    ),
    "address_line": (
        "Anschrift der neuen Wohnung (eine Zeile)",
        "Wohnungsanschrift, zusammenhängend",
        "vollständige Lagebezeichnung der Wohnung",
    ),
    "previous_address": (
        "letzte Wohnung im Inland bzw. Zuzug von",
        "vorige Wohnung (Straße, Nr., PLZ, Ort)",
        "aufgegebene Wohnung – Anschrift",
    ),
    "dwelling": (
        "die bezogene Wohnung ist (melderechtlich)",
        "Wohnungsstatus lt. Meldung",
        "Einordnung der neuen Wohnung",
    ),
    "landlord_name": (
        "Wohnungsgeberin/Wohnungsgeber – Name bzw. Bezeichnung",
        "Name oder Firma der überlassenden Stelle",
        "überlassende Person/Firma",
    ),
    "landlord_address": (
        "Anschrift der überlassenden Person/Firma",
        "Sitz bzw. Wohnanschrift Wohnungsgeber/in",
        "Postadresse der überlassenden Stelle",
    ),
    "role": (
        "Eigentumsverhältnis der überlassenden Stelle",
        "überlassende Stelle handelt als",
        "Rechtsstellung zur Wohnung",
    ),
    "tenant": (
        "meldepflichtige Person (Vor- und Familienname)",
        "einziehend: Vor- und Familienname",
        "Vor-/Familienname der eingezogenen Person",
    ),
    "mother_name": (
        "Mutter: Vorname(n), Familienname lt. Eintrag",
        "Vorname und Name der Mutter (lt. Register)",
        "Elternteil Mutter, Vor- und Familienname",
    ),
    "father_name": (
        "Vater: Vorname(n), Familienname lt. Eintrag",
        "Vorname und Name des Vaters (lt. Register)",
        "Elternteil Vater, Vor- und Familienname",
    ),
    "registry_office": (
        "beurkundende Stelle",
        "Registerbehörde (Standesamt)",
        "Personenstandsbehörde",
    ),
    "register_number": (
        "Registereintrag – Nummer/Jahrgang",
        "laufende Nr. des Registereintrags",
        "eingetragen im Register unter Nr.",
    ),
    "issue_date": (
        "Tag der Ausfertigung dieses Auszugs",
        "Auszug ausgefertigt am",
        "Datum, an dem der Auszug erstellt wurde",
    ),
    "marriage_date": (
        "Tag der Trauung (Eheschließung)",
        "Eheschließungsdatum",
        "Trauung vollzogen am",
    ),
    "marriage_place": (
        "Ort der Trauung (Eheschließung)",
        "Eheschließungsgemeinde",
        "Trauung vollzogen in",
    ),
    "date_of_death": (
        "Todestag lt. Sterbefallanzeige",
        "Todesdatum lt. Anzeige",
        "Ableben am (Datum lt. Anzeige)",
    ),
    "place_of_death": (
        "Ableben in (Gemeinde lt. Anzeige)",
        "Sterbegemeinde lt. Anzeige",
        "Sterbegemeinde",
    ),
    "vin": (
        "Fahrzeug-Identifizierungsnr. (Feld E der ZB I)",
        "FIN lt. Teil I (E)",
        "Identifizierungsnr. des Fahrzeugs (17 Stellen)",
    ),
    "evb_number": (
        "eVB-Nr. (Versicherungsnachweis)",
        "Nummer der Versicherungsbestätigung (eVB)",
        "Nummer der eVB des Haftpflichtversicherers",
    ),
    "desired_plate": (
        "vorab reserviertes Wunschkennzeichen",
        "Kennzeichen laut Reservierung",
        "Wunschkennz. lt. Reservierungsbeleg",
    ),
    "iban": (
        "IBAN für den Kfz-Steuereinzug",
        "Steuerkonto – IBAN",
        "IBAN (Einzug der Kraftfahrzeugsteuer)",
    ),
    "account_holder": (
        "Kontoinhaber/in – Konto für die Kfz-Steuer",
        "Name Kontoinhaber/in (Kfz-Steuer)",
        "Zahlungspflichtige/r laut Mandat",
    ),
    "passport_number": (
        "Pass-Nr. des Nationalpasses",
        "Nationalpass, Seriennummer",
        "Passnummer lt. Heimatpass",
    ),
    "passport_expiry_date": (
        "Nationalpass – gültig bis einschl.",
        "Ablaufdatum Nationalpass",
        "Heimatpass – Ablaufdatum",
    ),
    "entry_date": (
        "Tag der Einreise in das Bundesgebiet (zuletzt)",
        "zuletzt eingereist am",
        "Tag der letzten Einreise",
    ),
    "purpose": (
        "angestrebter Aufenthaltszweck",
        "Aufenthalt begehrt zum Zweck",
        "Zweck lt. Antrag",
    ),
    "doc_kind": (
        "Art des vorgelegten Dokuments (lt. Sichtprüfung)",
        "Dokumentart lt. Sichtprüfung",
        "vorgelegtes Papier (Art lt. Sichtprüfung)",
    ),
    "doc_number": (
        "Dokument-Nr. lt. Sichtprüfung",
        "Seriennr. des vorgelegten Dokuments",
        "Nummer lt. Datenseite",
    ),
    "issuing_state": (
        "ausgebender Staat (Dreibuchstabencode)",
        "Ausgabestaat lt. Datenseite",
        "Herkunftsstaat des Dokuments",
    ),
    "expiry_date": (
        "Dokument gültig bis (lt. Datenseite)",
        "Gültigkeitsende lt. Datenseite",
        "Ablauf lt. Sichtprüfung",
    ),
    # fields the catalog does not ask for
    "religion": (
        "Zugehörigkeit zu einer Religionsgesellschaft (Steuermerkmal)",
        "Religionsgesellschaft, öffentlich-rechtliche",
        "Konfession lt. Steuermerkmal",
    ),
    "marital": (
        "Familienstand seit",
        "Familienstand zum Meldezeitpunkt",
        "Familienstand (aktueller Stand)",
    ),
    "marital_since": (
        "Datum und Ort der Eheschließung/Scheidung",
        "Familienstand geändert am",
        "Tag der letzten Änderung des Familienstands",
    ),
    "nationality2": (
        "weitere Staatsangehörigkeit",
        "zweite Staatsangehörigkeit",
        "zusätzliche Staatsbürgerschaft",
    ),
    "artist_name": (
        "Ordens- oder Künstlername (lt. Ausweis)",
        "Künstler- oder Ordensname",
        "Künstlername (sofern eingetragen)",
    ),
    "doctor": ("Doktorgrad", "akademischer Grad (Dr.)", "Doktorgrad lt. Urkunde"),
    "prev_names": (
        "frühere Namen (mit Zeitraum)",
        "abgelegte Familiennamen",
        "zuvor geführte Namen",
    ),
    "hh_name": (
        "Haushaltsmitglied – Name",
        "Angehörige/r im Haushalt",
        "mitziehende Person – Name",
    ),
    "hh_dob": (
        "Haushaltsmitglied – geb.",
        "Angehörige/r – Geburtstag",
        "mitziehende Person – geb. am",
    ),
    "hh_doc": (
        "Ausweis/Pass des Haushaltsmitglieds",
        "Dokumentart Angehörige/r",
        "Papier der mitziehenden Person",
    ),
    "hh_doc_no": (
        "Ausweis-/Pass-Nr. Haushaltsmitglied",
        "Dokument-Nr. Angehörige/r",
        "Seriennr. mitziehende Person",
    ),
    "hh_authority": (
        "ausgestellt durch (Haushaltsmitglied)",
        "Ausstellungsbehörde Angehörige/r",
        "Behörde – mitziehende Person",
    ),
    "hh_issued": (
        "ausgestellt am (Haushaltsmitglied)",
        "Ausstellungstag Angehörige/r",
        "Datum Ausstellung – mitziehende Person",
    ),
    "hh_valid": (
        "gültig bis (Haushaltsmitglied)",
        "Ablauf Dokument Angehörige/r",
        "Gültigkeit – mitziehende Person",
    ),
    "own_doc": (
        "eigener Personalausweis/Pass",
        "eigenes Ausweisdokument (Art)",
        "Ausweisdokument der Person",
    ),
    "own_doc_no": (
        "Nummer des eigenen Dokuments",
        "Dokumentnr. (eigenes Papier)",
        "Seriennummer Ausweis der Person",
    ),
    "own_authority": (
        "ausstellende Behörde (eigenes Dokument)",
        "Behörde (eigenes Papier)",
        "ausgestellt von (Ausweisbehörde)",
    ),
    "own_issued": (
        "Ausstellungstag (eigenes Dokument)",
        "Ausweis ausgestellt am",
        "eigenes Papier ausgestellt am",
    ),
    "own_valid": ("Ablauf (eigenes Dokument)", "Ausweis gültig bis", "eigenes Papier gültig bis"),
    "tax_class": (
        "Steuerklasse (Lohnsteuer)",
        "Lohnsteuerklasse lt. Bescheid",
        "steuerliche Klasse",
    ),
    "tax_id": (
        "Steuer-Identifikationsnr.",
        "steuerliche Ident.-Nr. (elfstellig)",
        "persönliche Steuer-ID",
    ),
    "school": (
        "besuchte Schule bzw. Hochschule",
        "Schule/Hochschule (derzeit)",
        "Bildungsstätte (zurzeit besucht)",
    ),
    "employer": ("Arbeitgeber (Name, Ort)", "derzeitiger Arbeitgeber", "Dienstherr/Firma"),
    "occupation": ("Beruf (derzeit ausgeübt)", "Berufsbezeichnung", "Tätigkeit/Erwerb"),
    "child_name": (
        "Kind – Vor- und Familienname",
        "minderjähriges Kind, Name",
        "Name des Kindes im Haushalt",
    ),
    "child_dob": (
        "Kind – Geburtstag",
        "minderjähriges Kind, geb.",
        "Geburtsdatum des Kindes im Haushalt",
    ),
    "insurance": (
        "Krankenkasse bzw. -versicherung",
        "Krankenversicherung (Träger)",
        "Versicherungsträger Krankheit",
    ),
    "insurance_no": ("Versichertennummer", "Krankenversichertennr.", "Mitgliedsnummer Kasse"),
    "phone": (
        "Telefon – tagsüber, freiwillige Angabe",
        "Rufnummer, unter der Sie tagsüber erreichbar sind",
        "Tel. (Vorwahl/Nr.)",
    ),
    "email": (
        "E-Mail-Postfach (freiwillig, für Nachfragen)",
        "elektronische Postadresse",
        "E-Mail für Nachfragen",
    ),
    "abroad": (
        "frühere Anschrift im Ausland",
        "vorletzte Anschrift (Ausland)",
        "Wohnsitz im Ausland vor dem Zuzug",
    ),
    "abroad_until": ("Auslandswohnsitz bis", "dort gewohnt bis", "Wegzug aus dem Ausland am"),
    "fee_iban": (
        "IBAN für Gebühren und Auslagen",
        "Gebührenkonto (IBAN)",
        "Konto für Verwaltungsgebühren – IBAN",
    ),
    "fee_holder": (
        "Inhaber/in Gebührenkonto",
        "Gebührenkonto lautet auf",
        "Kontoinhaber (Gebühren)",
    ),
    "make": ("Marke lt. Feld D.1", "Fabrikmarke (D.1)", "Hersteller-Kurzbezeichnung"),
    "model": ("Typ/Variante/Version (D.2)", "Handelsname (D.3)", "Modell lt. Handelsbezeichnung"),
    "power": ("Nennleistung in kW (P.2)", "Leistung (kW)", "Motorleistung kW"),
    "displacement": ("Hubraum in cm³ (P.1)", "Hubraum (cm³)", "Zylinderinhalt cm³"),
    "colour": ("Farbe des Fahrzeugs (R)", "Fahrzeugfarbe", "Farbton lt. Papieren"),
    "first_reg": ("Tag der Erstzulassung (B)", "Erstzulassung am", "erstmals zugelassen am"),
    "mass": ("zulässige Gesamtmasse kg (F.2)", "Gesamtgewicht zul. (kg)", "zGM in kg"),
    "old_plate": (
        "bisheriges Kennzeichen",
        "Kennzeichen vor Umschreibung",
        "zuletzt geführtes Kennzeichen",
    ),
    "prev_title": (
        "bisheriger Aufenthaltstitel (Art)",
        "vorheriger Titel – Art",
        "zuletzt erteilter Aufenthaltstitel",
    ),
    "prev_title_no": (
        "Nr. des bisherigen Titels",
        "Kartennummer bisheriger Titel",
        "Seriennr. vorheriger Titel",
    ),
    "prev_title_until": (
        "bisheriger Titel gültig bis",
        "vorheriger Titel – Ablauf",
        "Titel befristet bis",
    ),
    "visa_no": ("Visum-Nr. (Einreise)", "Nummer des Einreisevisums", "Visumsnummer"),
    "birth_time": (
        "Uhrzeit (Stunde, Minute)",
        "Geburtszeitpunkt (Stunde:Minute)",
        "Geburt erfolgte um … Uhr",
    ),
    "parent_dob": (
        "geb. am (Elternteil)",
        "Geburtstag des Elternteils",
        "Elternteil – Geburtsdatum",
    ),
    "parent_pob": ("geb. in (Elternteil)", "Geburtsort des Elternteils", "Elternteil – Geburtsort"),
    "parent_religion": (
        "Religion (Elternteil)",
        "Bekenntnis des Elternteils",
        "Elternteil – Religionszugehörigkeit",
    ),
    "parent_address": (
        "Wohnort (Elternteil)",
        "Wohnanschrift des Elternteils",
        "Elternteil – wohnhaft in",
    ),
    "last_residence": (
        "zuletzt gemeldete Wohnanschrift des/der Verstorbenen",
        "letzter Wohnort des Verstorbenen",
        "Wohnung des Verstorbenen zuletzt",
    ),
    "spouse_name": (
        "Ehegatte/Lebenspartner – Name",
        "Name des hinterbliebenen Ehegatten",
        "verheiratet gewesen mit",
    ),
    "spouse_dob": (
        "Ehegatte/Lebenspartner – geb.",
        "hinterbliebener Ehegatte, geb. am",
        "Geburtstag Ehegatte",
    ),
    "witness": ("Trauzeuge/Trauzeugin", "Zeuge/Zeugin der Trauung", "Trauzeuge (Name)"),
    "note_text": ("Randvermerk Nr.", "Folgebeurkundung", "Hinweis im Register"),
    "informant": ("Anzeigende/r (Name)", "Anzeige erstattet von", "angezeigt durch"),
    "cause": ("Todesart lt. Bescheinigung", "Leichenschauschein Nr.", "Bescheinigung Nr."),
    "place_hosp": ("Einrichtung (Klinik)", "Krankenhaus bzw. Heim", "Sterbeort – Einrichtung"),
    "eye": ("Augenfarbe (lt. Dokument)", "Farbe der Augen", "Augenfarbe"),
    "height": ("Größe in cm (lt. Dokument)", "Körpergröße", "Größe (cm)"),
    "issued_by": (
        "Behörde lt. Dokument",
        "ausstellende Stelle lt. Dokument",
        "Ausgabebehörde (Datenseite)",
    ),
    "doc_issued_day": (
        "ausgestellt am (lt. Dokument)",
        "Ausgabedatum lt. Datenseite",
        "Ausstellungstag lt. Dokument",
    ),
    "checked_by": ("geprüft (Kürzel)", "Sichtprüfung durch", "Bearbeiterkennung"),
    "case_no": ("Vorgangs-Nr. der Stelle", "Geschäftszeichen (intern)", "Bearbeitungsnummer"),
}

DENSE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": (
        "Personalien der meldepflichtigen Person (Pflichtteil)",
        "Personalien gem. Ausweisdokument",
        "Personalien lt. Ausweis",
    ),
    "extra": (
        "Weitere Merkmale (teils freiwillig)",
        "Ergänzende Personalien",
        "Zusatzangaben zur Person",
    ),
    "docs": ("Personaldokumente", "Ausweis- und Passdaten", "Ausweispapiere im Haushalt"),
    "household": (
        "Haushalt und Familie",
        "Im Haushalt lebende Personen",
        "Familienangehörige/Haushalt",
    ),
    "dwelling": ("Neue Wohnung (Lage)", "Lage der neu bezogenen Wohnung", "Zuzug in Wohnung"),
    "previous": ("Bisherige Wohnungen", "Vorwohnungen (Inland/Ausland)", "Frühere Wohnsitze"),
    "work": (
        "Beruf, Steuer, Versicherung",
        "Erwerb und Sozialversicherung",
        "Beschäftigung und Steuermerkmale",
    ),
    "contact": ("Erreichbarkeit bei Nachfragen", "Kontaktangaben (freiwillig)", "Rückfragen"),
    "fees": ("Zahlungsweg für Gebühren", "Gebühren und Auslagen", "Gebührenabbuchung"),
    "landlord": (
        "Wohnungsgeberin/Wohnungsgeber",
        "Überlassende Stelle",
        "Angaben der überlassenden Stelle",
    ),
    "flat": ("Überlassener Wohnraum (Lage)", "Lage des Mietobjekts", "Mietobjekt (Anschrift)"),
    "tenants": (
        "Meldepflichtige Personen",
        "Eingezogene Bewohnerinnen und Bewohner",
        "Bewohner nach Einzug",
    ),
    "holder": (
        "Künftige Halterin/künftiger Halter – Personalien",
        "Halterangaben",
        "Zulassungsinhaber/in",
    ),
    "vehicle": (
        "Technische Daten (Zulassungsbescheinigung)",
        "Fahrzeugdaten lt. Papieren",
        "Fahrzeug lt. Zulassungsbescheinigung Teil II",
    ),
    "insurance": ("Haftpflichtversicherungsschutz", "Haftpflichtdeckung", "Kfz-Versicherung"),
    "account": (
        "SEPA-Lastschrift Kraftfahrzeugsteuer",
        "Steuerkonto (Hauptzollamt)",
        "Kfz-Steuer – Einzugsermächtigung",
    ),
    "applicant": (
        "Personalien der antragstellenden Person (Pflichtteil)",
        "Antragsteller/in – Personalien",
        "Person, für die ein Titel beantragt wird",
    ),
    "passport": (
        "Nationalpass und Einreise (Angaben)",
        "Heimatpass, Visum, Einreise",
        "Pass- und Einreisedaten der Person",
    ),
    "stay": (
        "Aufenthaltszweck und bisheriger Status",
        "Zweck und Vorgeschichte des Aufenthalts",
        "Begehrter Aufenthalt",
    ),
    "home": (
        "Wohnsitz im Bundesgebiet (derzeit)",
        "Inländische Wohnanschrift (derzeit)",
        "Wohnung im Inland (jetzt)",
    ),
    "child": ("Kind (Registerangaben)", "Geborene Person", "Geborenes Kind – Registerdaten"),
    "mother": ("Elternteil 1", "Mutter des Kindes (Register)", "Erster Elternteil"),
    "father": ("Elternteil 2", "Vater des Kindes (Register)", "Zweiter Elternteil"),
    "spouse1": ("Ehegatte 1 (Register)", "Erster Ehegatte (Register)", "Ehegatte/Ehegattin zu 1"),
    "spouse2": ("Ehegatte 2 (Register)", "Zweiter Ehegatte (Register)", "Ehegatte/Ehegattin zu 2"),
    "marriage": ("Trauung (Ort und Tag)", "Eheschließung – Ort und Tag", "Trauung – Registerdaten"),
    "deceased": (
        "Verstorbene Person (Register)",
        "Angaben zum/zur Verstorbenen",
        "Personalien Verstorbene/r",
    ),
    "death": ("Sterbefall (Register)", "Tod – Ort und Zeit", "Tod – Registerdaten"),
    "register": (
        "Registerangaben zum Eintrag",
        "Beurkundung und Registerführung",
        "Registerführung (Angaben)",
    ),
    "notes": (
        "Randvermerke (Hinweisteil)",
        "Hinweise und Folgebeurkundungen zum Eintrag",
        "Vermerke zum Eintrag",
    ),
    "document": ("Erfasste Dokumentdaten", "Daten lt. Sichtprüfung", "Erfassung Dokument"),
    "capture": ("Erfassungsvermerke", "Prüfvermerke der Stelle", "Bearbeitung Erfassung"),
}

DENSE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Meldeschein zur Anmeldung (Hauptvordruck)",
        "Anmeldeschein mit Beiblatt",
        "Meldeschein – Anmeldung mit Zusatzangaben",
    ),
    "wohnungsgeberbestaetigung": (
        "Erklärung der überlassenden Stelle nach dem BMG",
        "Einzugserklärung des Wohnungsgebers (ausführlich)",
        "Vordruck Wohnungsgebererklärung – Langfassung",
    ),
    "geburtsurkunde": (
        "Auszug aus dem Geburtenregister (erweitert)",
        "Geburtenregister – beglaubigter Auszug",
        "Registerauszug Geburt mit Hinweisteil",
    ),
    "eheurkunde": (
        "Auszug aus dem Eheregister (erweitert)",
        "Eheregister – beglaubigter Auszug",
        "Registerauszug Eheschließung mit Hinweisteil",
    ),
    "sterbeurkunde": (
        "Auszug aus dem Sterberegister (erweitert)",
        "Sterberegister – beglaubigter Auszug",
        "Registerauszug Sterbefall mit Hinweisteil",
    ),
    "antrag_zulassung": (
        "Zulassungsantrag mit Steuermandat (Sammelvordruck)",
        "Antrag Fahrzeugzulassung – Gesamtvordruck",
        "Zulassung/Umschreibung – Antragsbogen",
    ),
    "aufenthaltstitel_antrag": (
        "Antragsbogen Aufenthaltstitel (Vollfassung)",
        "Antrag auf Erteilung/Verlängerung – Gesamtbogen",
        "Aufenthaltsrechtlicher Antragsbogen",
    ),
    "identity_document": (
        "Erfassungsbogen Identitätsdokument",
        "Datenerfassung – vorgelegtes Ausweisdokument",
        "Erhebungsbogen Pass/Ausweis",
    ),
}

DENSE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": (
        "Stadt {0} – Amt für Bürgerangelegenheiten",
        "Stadtverwaltung {0}, Meldestelle",
        "Der Oberbürgermeister der Stadt {0} – Einwohnerwesen",
    ),
    "issuer_reg": ("Der Standesbeamte der Stadt {0}", "Stadt {0} – Standesamtsbezirk"),
    "issuer_kfz": ("Stadt {0} – Zulassungsbehörde (Kfz)", "Kreisfreie Stadt {0}, Zulassungsstelle"),
    "issuer_abh": ("Stadt {0} – Ausländerbehörde, Sachgebiet Titel", "Stadt {0}, Aufenthaltsrecht"),
    "form_no": ("Vordr.-Nr. {0} · Ausgabe {1}", "Form {0} (Stand {1})", "Muster {0}/Ausg. {1}"),
    "fill": (
        "Bitte in Druckschrift ausfüllen. Zutreffendes ankreuzen.",
        "Nicht Zutreffendes bleibt frei. Freiwillige Angaben sind gekennzeichnet.",
        "Felder mit Hochzahl: siehe Fußnoten am Ende des Bogens.",
    ),
    "fn1": (
        "¹ Angabe freiwillig; sie erleichtert die Bearbeitung.",
        "¹ Nur ausfüllen, soweit zutreffend (sonst frei lassen).",
    ),
    "fn2": (
        "² Für jedes Haushaltsmitglied gesondert anzugeben.",
        "² Daten des Ausweisdokuments laut Vorlage.",
    ),
    "fn3": (
        "³ Angaben werden für die Gebührenerhebung benötigt.",
        "³ Wird für statistische Zwecke erhoben.",
    ),
    "fn4": ("* Pflichtangabe nach dem Melderecht.", "* Ohne diese Angabe keine Bearbeitung."),
    "place": (
        "Ort und Tag (Unterzeichnung des Bogens)",
        "unterschrieben zu (Ort), am (Tag)",
        "Ort/Tag der Unterschriftsleistung",
    ),
    "sign": (
        "Unterschrift der/des Meldepflichtigen (eigenhändig)",
        "Unterschrift – eigenhändig, nicht in Druckschrift",
        "Unterschrift – antragstellende Person, eigenhändig",
    ),
    "sign_landlord": (
        "Unterschrift Wohnungsgeber/in bzw. Beauftragte/r",
        "Unterschrift überlassende Stelle",
    ),
    "sign_reg": (
        "Standesbeamtin bzw. Standesbeamter (Zeichnung)",
        "gezeichnet: Standesbeamtin/Standesbeamter",
    ),
    "sign_id": (
        "Unterschrift der erfassenden Sachbearbeitung",
        "Kürzel und Unterschrift der erfassenden Stelle",
    ),
    "seal": ("Dienstsiegel der Stadt", "(Abdruck Dienstsiegel Standesamt)"),
    "office": ("Verfügung der Behörde", "Bearbeitungsvermerke (amtlich)"),
    "office_rows": (
        "Eingang am (Stempel)|erfasst von (Kürzel)|Gebühr erhoben (Betrag)",
        "Eingang vermerkt|Prüfung erfolgt|Weiterleitung an",
    ),
    "page": ("Bogen {0}/{1}", "Blatt {0} – {1} Blätter", "Seite {0} des Vordrucks ({1})"),
    "cont": ("Fortsetzung von Bogen 1", "Fortsetzungsblatt", "Anschlussblatt zu Bogen 1"),
    "certify": (
        "Dieser Auszug stimmt mit dem Eintrag im Register überein (beglaubigt).",
        "Es wird bescheinigt, dass dieser Auszug dem Eintrag entspricht.",
    ),
    "margin": ("Hinweisteil/Randvermerke", "Vermerke am Rand"),
    "copy_caption": (
        "Ablichtung der Datenseite (Original vorgelegt)",
        "Abbild des vorgelegten Dokuments",
    ),
    "none": ("entf.", "– nicht belegt –"),
    "notes": (
        "keine Folgebeurkundung|Namensänderung nach Heirat beurkundet|"
        "Hinweis auf Geburtseintrag eines Kindes|Vaterschaft anerkannt (Vermerk)|"
        "Berichtigung eines Schreibfehlers|Auslandsbeurkundung übernommen",
    ),
}

# --- assorted: ordinary forms, each composing its own design --------------------------------------

MIXED_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Nachname bzw. Familienname",
        "Fam.-Name (Nachname)",
        "Familienname – so im Ausweis",
        "Nachn. (Familienname)",
    ),
    "given_names": (
        "Vorname(n) – alle angeben",
        "Vorn. (sämtl., lt. Ausweis)",
        "alle Vornamen (Rufname zuerst)",
        "Vornamen, sämtliche (lt. Ausweis)",
    ),
    "birth_name": (
        "Geb.-Name (nur falls abweichend)",
        "Geburtsname (ggf. frühere Schreibweise)",
        "geb. (Geburtsname)",
        "Name vor der Eheschließung",
    ),
    "date_of_birth": (
        "Geb.-Datum (Tag.Monat.Jahr)",
        "geboren am (Tagesdatum)",
        "Geburtsdatum – Tag/Monat/Jahr (vierstellig)",
        "Datum d. Geburt (TT.MM.JJJJ)",
    ),
    "place_of_birth": (
        "Geb.-Ort (Stadt)",
        "geboren in (Ort; Staat, wenn Ausland)",
        "Geburtsort – Stadt, ggf. Land",
        "Ort d. Geburt (Gemeinde)",
    ),
    "sex": (
        "Geschl. (bitte angeben)",
        "Geschlecht (lt. Personenstand)",
        "Geschlechtsangabe (amtlich)",
        "männl./weibl./divers/o. A.",
    ),
    "nationality": (
        "Staatsang. (jetzige)",
        "Nationalität bzw. Staatsangehörigkeit",
        "Staatsangehörigkeit (jetzige)",
        "Staatsbürgerschaft (aktuell)",
    ),
    "move_in_date": (
        "eingezogen (Datum)",
        "Einzug (Tag)",
        "Bezug der Wohnung",
        "Einzugsdatum (TT.MM.JJJJ) bitte",
    ),
    "street": (
        "Str. (ohne Nr.)",
        "Straße (Wohnung)",
        "Straßenname der neuen Wohnung",
        "Straße/Weg/Platz (neu)",
    ),
    "house_number": (
        "Nr. (Haus, ggf. Zusatz)",
        "Hausnummer der neuen Wohnung",
        "Haus-Nr. (ggf. mit Zusatz)",
        "HsNr. (neu)",
    ),
    "postal_code": (
        "Postleitz. (5-st.)",
        "PLZ (Wohnung)",
        "Postleitzahl der neuen Wohnung",
        "PLZ-Bereich",
    ),
    "city": (
        "Ort (Wohnung)",
        "Gemeinde, in der die neue Wohnung liegt",
        "Stadt bzw. Gemeinde (neu)",
        "Wohnort (jetzt)",
    ),
    "street_line": (
        "Str. u. Hausnr.",
        "Straße mit Hausnummer (neu)",
        "Straße, Haus-Nr. – neue Wohnung",
        "Anschrift Zeile 1",
    ),
    "city_line": (
        "PLZ u. Wohnort (neu)",
        "Postleitzahl mit Gemeinde (neue Wohnung)",
        "PLZ, Gemeinde – neue Wohnung",
        "Anschrift Zeile 2",
    ),
    "address_line": (
        "Anschrift (vollst.)",
        "Adresse der neuen Wohnung (Straße Nr., PLZ Ort)",
        "Adresse der Wohnung (komplett)",
        "Wohnungsadresse, vollständig",
    ),
    "previous_address": (
        "vorherige Adresse (vollst.)",
        "bisherige Adr.",
        "alte Anschrift (vor Umzug)",
        "Wohnung vorher",
    ),
    "dwelling": (
        "Hauptw./Nebenw.",
        "Status der Wohnung (Haupt/Neben)",
        "Wohnung gilt als (bitte wählen)",
        "Art der Wohnung (melderechtlich)",
    ),
    "landlord_name": (
        "Vermieter (Name)",
        "Name Wohnungsgeber",
        "Vermieter bzw. Eigentümer (Name)",
        "Wohnungsgeber: Name bzw. Firmenname (vollst.)",
    ),
    "landlord_address": (
        "Adresse d. Vermieters",
        "Anschrift des Vermieters (vollst.)",
        "Anschrift Wohnungsgeber (Str., PLZ, Ort)",
        "Vermieter-Adresse",
    ),
    "role": (
        "Eigentümer? (bitte ankreuzen)",
        "Der Vermieter ist",
        "Stellung als Eigentümer",
        "Wohnungsgeber ist (Eigentum)",
    ),
    "tenant": (
        "Mieter (Vor- u. Nachname)",
        "Bewohner/in (Name)",
        "Mieter/in, eingezogen (Vor- u. Nachname)",
        "Name Mieter/in",
    ),
    "mother_name": (
        "Mutter (Name lt. Eintrag)",
        "Name der Mutter des Kindes (Vor-/Nachname)",
        "Mutter (Vor- u. Zuname)",
        "Mutter, mit Vor- und Nachnamen",
    ),
    "father_name": (
        "Vater (Name lt. Eintrag)",
        "Name des Vaters des Kindes (Vor-/Nachname)",
        "Vater (Vor- u. Zuname)",
        "Vater, mit Vor- und Nachnamen",
    ),
    "registry_office": (
        "ausstellendes Standesamt (Name)",
        "StA (Urkundsstelle)",
        "Urkundsstelle bzw. Standesamt",
        "registerführendes Standesamt (Name)",
    ),
    "register_number": (
        "Reg.-Nr. (Eintrag)",
        "Registernr. mit Jahr",
        "Eintrag Nr./Jahr (lt. Register)",
        "Registriernummer",
    ),
    "issue_date": (
        "ausgestellt am (Datum der Urkunde)",
        "Datum d. Ausstellung",
        "Ausfertigungsdatum dieser Urkunde",
        "ausgefertigt am (Tagesdatum)",
    ),
    "marriage_date": (
        "Heiratsdatum (Tag)",
        "Tag d. Eheschließung",
        "Datum der Trauung (Tag)",
        "verheiratet seit (Tag)",
    ),
    "marriage_place": (
        "Heiratsort (Gemeinde/Stadt)",
        "Ort d. Eheschließung",
        "Trauungsort (Stadt)",
        "verheiratet in (Ort)",
    ),
    "date_of_death": (
        "gest. am (Datum)",
        "Todestag (Tagesdatum)",
        "verstorben am (Tagesdatum)",
        "Tag d. Todes (Datum)",
    ),
    "place_of_death": (
        "gest. in (Ort)",
        "Todesort (Stadt)",
        "verstorben in (Ort/Gemeinde)",
        "Ort d. Todes (Gemeinde)",
    ),
    "vin": (
        "FIN (Fahrzeug-Ident.)",
        "Fahrgestell-Nr. bzw. FIN",
        "Fz.-Ident.-Nr. (17-st.)",
        "Fahrzeugidentifikationsnummer (17 Zeichen)",
    ),
    "evb_number": (
        "eVB-Nr. (vom Versicherer)",
        "eVB-Code (Versicherung)",
        "Versicherungsbest.-Nr.",
        "eVB – siebenstelliger Code",
    ),
    "desired_plate": (
        "Wunsch-Kz. (reserviert)",
        "gewünschtes Kennz. (falls reserviert)",
        "Kennzeichenwunsch (bereits reserviert)",
        "Wunschkennzeichen – nur wenn schon reserviert",
    ),
    "iban": (
        "IBAN (Konto für Steuer)",
        "Konto-IBAN (Kfz-Steuer)",
        "IBAN d. Kontos",
        "Bankverbindung – IBAN des Kontos",
    ),
    "account_holder": (
        "Kontoinh. (Name)",
        "Inhaber/in des Kontos (Vor-/Nachname)",
        "Konto lautet auf (Vorname Nachname)",
        "Kontoinhaber/-in, Vor- u. Zuname",
    ),
    "passport_number": (
        "Pass-Nr. (Heimatstaat)",
        "Reisepass-Nr. (Heimat)",
        "Passnummer (Heimatstaat)",
        "Nr. d. Passes",
    ),
    "passport_expiry_date": (
        "Pass gültig bis (Tagesdatum)",
        "Gültigkeit d. Passes (bis)",
        "Reisepass läuft ab am (Datum)",
        "Passablauf (Tag)",
    ),
    "entry_date": (
        "Einreise (Tag, Monat, Jahr)",
        "eingereist am (Tagesdatum)",
        "Einreisedatum (nach Deutschland)",
        "Tag d. Einreise (Datum)",
    ),
    "purpose": (
        "Zweck (bitte wählen)",
        "Aufenthaltszweck (Grund)",
        "Grund des Aufenthalts (Zweck)",
        "Zweck d. Aufenthalts (Auswahl)",
    ),
    "doc_kind": (
        "Dokument (Art lt. Vorlage)",
        "Art d. Dokuments",
        "Dokumentenart",
        "Pass oder Ausweis?",
    ),
    "doc_number": (
        "Dok.-Nr. (aufgedruckt)",
        "Nummer d. Dokuments",
        "Dokumentnummer (aufgedruckt)",
        "Ausweis-/Pass-Nr. (Dokument)",
    ),
    "issuing_state": (
        "Ausstellerstaat (Länderkürzel)",
        "Staat d. Ausstellung",
        "Ausgabeland (Code)",
        "Ausstellungsland (Dokument)",
    ),
    "expiry_date": (
        "gültig bis (Dokument)",
        "Ablaufdatum (Dok.)",
        "Ende d. Gültigkeit",
        "Dokument läuft ab am (Datum)",
    ),
    "phone": (
        "Tel.-Nr. (freiw.)",
        "Telefon (für Rückfragen)",
        "Telefonnr. (tagsüber)",
        "Tel. tagsüber (freiwillig anzugeben)",
    ),
    "marital": (
        "Fam.-Stand (zurzeit)",
        "Familienstand (zum heutigen Tag)",
        "Stand (ledig/verh./...)",
        "Familienstand jetzt",
    ),
    "make": (
        "Fabrikat (Herstellermarke)",
        "Hersteller bzw. Marke des Kfz",
        "Marke/Hersteller (Kfz)",
        "Fahrzeugmarke (Herstellername)",
    ),
    "model": (
        "Typ (Modellname)",
        "Modell/Typ (Kfz)",
        "Typbezeichnung (Handelsname)",
        "Fahrzeugmodell (Typ)",
    ),
    "bic": ("BIC (SWIFT-Code d. Bank)", "BIC-Code d. Bank", "Bank-BIC (8/11 St.)", "BIC d. Bank"),
    "birth_time": (
        "Uhrzeit d. Geburt",
        "um (Uhr)",
        "Geburtszeit (Std./Min., 24 h)",
        "Stunde d. Geburt",
    ),
    "last_residence": (
        "letzter Wohnsitz (Adresse)",
        "letzte Adresse (vollst.)",
        "zuletzt wohnhaft in (vollst. Anschrift)",
        "Wohnanschrift zuletzt (vollst.)",
    ),
}

MIXED_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": (
        "Zur meldenden Person (Angaben)",
        "Person (Meldung)",
        "Meldende Person – Daten",
        "Persönliche Daten (Meldung)",
    ),
    "dwelling": (
        "Neue Adresse (Einzug)",
        "Wohnung – neu bezogen",
        "Zuzugsadresse",
        "Einzug (Adresse)",
    ),
    "previous": (
        "Vorherige Wohnung (Auszug)",
        "Auszug aus",
        "Bisheriger Wohnsitz (Adresse)",
        "Alte Wohnung (Adresse)",
    ),
    "landlord": (
        "Vermieter (Angaben)",
        "Wohnungsgeber bzw. Vermieter",
        "Eigentümer bzw. Vermieter",
        "Vermietende Seite (Angaben)",
    ),
    "flat": (
        "Wohnung (vermietet)",
        "Adresse der Mietwohnung",
        "Mietwohnung (Lage)",
        "Objekt (Mietwohnung)",
    ),
    "tenants": (
        "Mieter (neu eingezogen)",
        "Bewohner (neu)",
        "Folgende Personen sind neu eingezogen",
        "Einziehende Personen (Vor- u. Nachnamen)",
    ),
    "child": (
        "Kind (Geburtsdaten)",
        "Das geborene Kind (Daten)",
        "Angaben Kind (Geburt)",
        "Geburt des Kindes",
    ),
    "parents": (
        "Eltern (Namen lt. Urkunde)",
        "Die Eltern des Kindes (Namen)",
        "Eltern – Vor- und Nachnamen",
        "Angaben zu den Eltern (Urkunde)",
    ),
    "spouse1": (
        "erste/r Eheschließende/r",
        "Erste/r Ehepartner/in",
        "Partner/in A",
        "Ehegatte A (Daten)",
    ),
    "spouse2": (
        "zweite/r Eheschließende/r",
        "Zweite/r Ehepartner/in",
        "Partner/in B",
        "Ehegatte B (Daten)",
    ),
    "marriage": ("Heirat (Angaben)", "Eheschließung – Daten", "Die Heirat", "Trauung (Daten)"),
    "deceased": (
        "Verstorbene/r (Angaben)",
        "Die verstorbene Person (Daten)",
        "Angaben zur/zum Verstorbenen (Person)",
        "Person (verstorben)",
    ),
    "death": (
        "Tod (Angaben)",
        "Todesfall (Daten)",
        "Angaben zum Todesfall (Ort, Tag)",
        "Sterbefall – Ort und Tag",
    ),
    "register": (
        "Register (Urkunde)",
        "Registerdaten (Urkunde)",
        "Beurkundung (Register und Datum)",
        "Urkundsangaben",
    ),
    "holder": (
        "Halter (Person)",
        "Fahrzeughalter/in (Angaben)",
        "Künftiger Halter (Person)",
        "Halter/in (Daten)",
    ),
    "vehicle": (
        "Fahrzeug (Angaben zum Kfz)",
        "Kfz-Daten (Angaben)",
        "Angaben zum Kfz",
        "Das anzumeldende Kfz",
    ),
    "account": (
        "Lastschrift für die Kfz-Steuer (Konto)",
        "Bankverbindung für die Kfz-Steuer (SEPA)",
        "SEPA-Mandat Kfz-Steuer (Konto)",
        "Kontodaten Steuer",
    ),
    "applicant": (
        "Antragsteller (Person)",
        "Antragsteller/in (Person)",
        "Wer beantragt?",
        "Person (Antrag)",
    ),
    "passport": (
        "Reisepass (Angaben zum Pass)",
        "Pass und Einreise (Daten zum Pass)",
        "Passdaten (Heimatpass)",
        "Heimatpass/Einreise",
    ),
    "stay": (
        "Zweck (Auswahl)",
        "Zweck des Aufenthalts (Auswahl)",
        "Aufenthalt – Zweck (Auswahl)",
        "Begehrter Zweck",
    ),
    "home": (
        "Adresse (Inland)",
        "Wohnadresse (Inland)",
        "Adresse in Deutschland",
        "Wohnanschrift in Deutschland (jetzt)",
    ),
    "document": (
        "Dokument (Angaben zur Kopie)",
        "Vorgelegtes Dokument (Daten)",
        "Ausweisdaten (Kopie)",
        "Dokumentdaten (Kopie)",
    ),
    "contact": (
        "Kontakt (freiw.)",
        "Rückfragen bitte an",
        "Erreichbarkeit per Telefon",
        "Telefonisch erreichbar",
    ),
}

MIXED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Anmeldung (Wohnsitz, Formular)",
        "Anmeldeformular Wohnung",
        "Wohnsitzanmeldung",
        "Melde-Formular: Zuzug in die Stadt",
    ),
    "wohnungsgeberbestaetigung": (
        "Vermieterbescheinigung",
        "Bestätigung des Vermieters (Einzug)",
        "Einzugsbescheinigung (Vermieter)",
        "Wohnungsgeber-Erklärung",
    ),
    "geburtsurkunde": (
        "Geburtsurkunde (Bürgerausfertigung)",
        "GEBURTSURKUNDE – Standesamt der Stadt",
        "Urkunde über die Geburt (Standesamt)",
        "Geburtsurkunde, Ausfertigung für den Bürger",
    ),
    "eheurkunde": (
        "Eheurkunde (Bürgerausfertigung)",
        "EHEURKUNDE – Standesamt der Stadt",
        "Urkunde über die Heirat",
        "Eheurkunde, Ausfertigung für die Eheleute",
    ),
    "sterbeurkunde": (
        "Sterbeurkunde (Bürgerausfertigung)",
        "STERBEURKUNDE – Standesamt der Stadt",
        "Urkunde über den Tod",
        "Sterbeurkunde, Ausfertigung für die Angehörigen",
    ),
    "antrag_zulassung": (
        "Antrag Kfz-Zulassung",
        "Fahrzeug zulassen (Antrag)",
        "Zulassungsantrag samt SEPA-Mandat",
        "Antrag: Zulassung eines Kfz",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf Aufenthaltserlaubnis (Formular)",
        "Aufenthaltstitel – Antragsformular (Bürger)",
        "Antrag: Aufenthalt in Deutschland",
        "Antragsformular Aufenthaltstitel",
    ),
    "identity_document": (
        "Deckblatt zur Ausweiskopie (Vorlage)",
        "Kopie Ausweisdokument (Deckblatt)",
        "Vorlage: Pass/Ausweis",
        "Ausweiskopie – Begleitblatt",
    ),
}

MIXED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": (
        "Stadt {0} (Bürgeramt)",
        "Stadtverwaltung {0} (Bürgeramt)",
        "Bürgeramt {0}",
        "Stadt {0} · Einwohnerangelegenheiten",
    ),
    "issuer_reg": (
        "Standesamt {0} (Urkundenstelle)",
        "Stadt {0} · Standesamt (Urkunden)",
        "Urkundenstelle {0}",
    ),
    "issuer_kfz": (
        "Stadt {0} · Kfz-Zulassung",
        "Zulassungsstelle {0}",
        "Straßenverkehrsamt {0} (Zulassung)",
    ),
    "issuer_abh": (
        "Stadt {0} · Ausländeramt",
        "Ausländerbehörde {0} (Aufenthalt)",
        "Stadt {0} · Zuwanderung",
    ),
    "ref": ("Zeichen {0}", "Vorgang {0}", "Ref. {0}", "Az {0}"),
    "place_date": (
        "{0}, d. {1}",
        "{0}, am {1} (Ort, Datum)",
        "Ausgefüllt in {0} · {1}",
        "{0}, {1} (Ort/Tag)",
    ),
    "sign": (
        "Unterschrift (Person)",
        "Unterschrift (antragstellende Person selbst)",
        "Unterschrift der Person",
        "gez. (Unterschrift)",
    ),
    "sign_landlord": (
        "Unterschrift Vermieter",
        "Unterschrift Wohnungsgeber/in (Vermieter)",
        "Vermieter – Unterschrift",
    ),
    "sign_reg": ("Standesbeamter/in", "Für das Standesamt – gezeichnet", "i. A. (Standesamt)"),
    "sign_id": (
        "Unterschrift (Vorlegende/r)",
        "Unterschrift Einreicher/in",
        "Unterschrift Ausweisinhaber/in",
    ),
    "seal": (
        "L.S. (Standesamt)",
        "Siegel des Standesamts (L.S.)",
        "Dienstsiegel, Standesamt der Stadt",
    ),
    "copy": (
        "Kopie (Dokument)",
        "Ablichtung des Ausweisdokuments (vom Original)",
        "Kopie des vorgelegten Ausweises bzw. Passes",
        "Dokumentkopie (Vorder-/Datenseite)",
    ),
    "cover": (
        "Dem Antrag liegt die unten abgebildete Kopie bei.",
        "Die Kopie wurde vom Original gefertigt.",
        "Bitte Kopie nicht knicken.",
        "Kopie bitte zur Akte nehmen.",
    ),
    "note": (
        "Angaben bitte vollständig.",
        "Bitte gut leserlich ausfüllen.",
        "Zutreffendes bitte ankreuzen oder eintragen.",
        "Unvollständige Formulare verzögern die Bearbeitung.",
    ),
    "page": ("Seite {0} · gesamt {1}", "– Seite {0} –", "S. {0}/{1}", "Blatt {0}"),
}

MIXED_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "birth": (
        "{given} {family} wurde am {dob} in {pob} geboren.",
        "Am {dob} kam in {pob} {given} {family} zur Welt.",
        "{given} {family}, geboren in {pob} am {dob}.",
    ),
    "sex": (
        "Geschlecht des Kindes: {sex}.",
        "Das Kind ist {sex}.",
        "Als Geschlecht ist {sex} eingetragen.",
    ),
    "mother": (
        "Mutter ist {mother}.",
        "Die Mutter des Kindes ist {mother}.",
        "Die Mutter heißt {mother}.",
    ),
    "father": (
        "Vater ist {father}.",
        "Als Vater ist {father} eingetragen.",
        "Der Vater heißt {father}.",
    ),
    "no_father": ("Ein Vater ist nicht eingetragen.", "Zum Vater liegt kein Eintrag vor."),
    "marriage": (
        "{p1} und {p2} haben am {date} in {place} geheiratet.",
        "Am {date} schlossen {p1} und {p2} in {place} die Ehe.",
        "In {place} wurde am {date} die Ehe zwischen {p1} und {p2} geschlossen.",
    ),
    "spouse_born": (
        "{name}, geboren am {dob}.",
        "{name} (geb. {dob})",
        "{name} – Geburtstag {dob}.",
    ),
    "death": (
        "{given} {family} ist am {dod} in {pod} gestorben.",
        "Am {dod} verstarb {given} {family} in {pod}.",
        "{given} {family} starb in {pod} am {dod}.",
    ),
    "dead_born": (
        "Die Person war am {dob} in {pob} geboren worden.",
        "Geburtsdaten: {dob} in {pob}.",
        "Sie war am {dob} in {pob} zur Welt gekommen.",
    ),
    "register": (
        "Eingetragen beim {office} unter {number}.",
        "Registereintrag {number} des {office}.",
        "{office}, Eintrag {number}.",
    ),
    "issued": (
        "Ausgestellt am {date}.",
        "Diese Urkunde wurde am {date} ausgestellt.",
        "Ausfertigung vom {date}.",
    ),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER27: Final = ("F", "M", "D", "X")
PURPOSE_ORDER27: Final = ("study", "employment", "family", "humanitarian", "other")
PURPOSE27: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium bzw. Studienvorbereitung", "zum Studieren"),
    "employment": ("Arbeitsaufnahme bzw. Beschäftigung", "zum Arbeiten"),
    "family": ("Familiennachzug bzw. Familienleben", "zum Zusammenleben mit der Familie"),
    "humanitarian": (
        "humanitäre Gründe bzw. Schutzbedarf",
        "aus humanitären Gründen (Schutzstatus)",
    ),
    "other": ("anderer Zweck (sonstiges)", "zu einem weiteren, anderen Zweck"),
}
DWELLING_ORDER27: Final = ("main", "secondary")
DWELLING27: Final[dict[str, tuple[str, ...]]] = {
    "main": ("Hauptwohnung – vorwiegend selbst genutzt", "als Hauptwohnung"),
    "secondary": ("Nebenwohnung – weitere, seltener genutzt", "als Nebenwohnung"),
}
ROLE27: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümer/in der Wohnung in eigener Person", "selbst Eigentümer"),
    False: ("beauftragt, nicht Eigentümer/in", "im Auftrag des Eigentümers"),
}
ID_KINDS27: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Reisepass in Buchform", "Pass (Buch)"),
    "I": ("Personalausweis bzw. ID-Karte", "Ausweis im Kartenformat"),
}

# values of the fields the catalog does not ask for (never truth values)
RELIGIONS: Final = (
    "römisch-katholisch",
    "evangelisch",
    "altkatholisch",
    "keine",
    "jüdisch",
    "freireligiös",
    "nicht erfasst",
)
MARITAL: Final = ("ledig", "verheiratet", "geschieden", "verwitwet", "Lebenspartnerschaft")
TAX_CLASSES: Final = ("I", "II", "III", "IV", "V", "VI")
DOCTOR: Final = ("Dr. med.", "Dr. rer. nat.", "Dr. phil.", "Dr.-Ing.", "Dr. jur.")
INSURERS: Final = (
    "AOK Nordwest",
    "Barmer",
    "Techniker Krankenkasse",
    "DAK-Gesundheit",
    "IKK classic",
    "KKH",
    "BKK Mobil",
    "HUK-Coburg Kranken",
)
EMPLOYERS: Final = (
    "Stadtwerke",
    "Klinikum",
    "Logistik GmbH",
    "Bäckerei Sommer",
    "Ingenieurbüro Kessler",
    "Pflegedienst Lindenhof",
    "Spedition Arnold",
    "Maschinenbau Hoffmann KG",
)
SCHOOLS: Final = (
    "Ruhr-Universität",
    "Technische Universität",
    "Gesamtschule Nord",
    "Berufskolleg Mitte",
    "Fachhochschule",
    "Gymnasium am Park",
)
OCCUPATIONS: Final = (
    "Pflegefachkraft",
    "Elektroniker",
    "Verkäuferin",
    "Softwareentwickler",
    "Lagerist",
    "Erzieherin",
    "Student",
    "Rentnerin",
    "Bauzeichner",
)
COLOURS: Final = ("schwarz", "silber", "weiß", "blau", "grau", "rot", "grün")
EYES: Final = ("braun", "blau", "grün", "grau", "blaugrau")
TITLES_PREV: Final = (
    "Visum (national)",
    "Aufenthaltserlaubnis",
    "Fiktionsbescheinigung",
    "Aufenthaltsgestattung",
    "Blaue Karte EU",
)
CAUSES: Final = ("natürlicher Tod", "ungeklärt", "Todesart offen")
HOSPITALS: Final = (
    "St.-Josef-Hospital",
    "Evangelisches Krankenhaus",
    "Seniorenzentrum",
    "Marienhospital",
    "Klinikum Nord",
    "in der Wohnung",
)
EMAIL_HOSTS: Final = ("web.de", "gmx.de", "t-online.de", "posteo.de", "mail.de")
DOC_KINDS: Final = ("Personalausweis", "Reisepass", "Kinderreisepass", "eID-Karte")

# --- dates ----------------------------------------------------------------------------------------

MONTHS_ABBR27: Final = (
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
DENSE_DATE_STYLES: Final = ("numeric", "numeric", "unpadded", "abbr", "long")
ASSORTED_DATE_STYLES: Final = ("numeric", "unpadded", "long", "iso", "abbr", "numeric")
EXTRA27_DATE_STYLES: Final = ("numeric", "unpadded", "long", "iso", "abbr")


def format_extra27_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":  # "4. Okt. 1987"
        return f"{d.day}. {MONTHS_ABBR27[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra27_date(d, s) for s in EXTRA27_DATE_STYLES}


# sex: tick boxes or the word
DENSE_SEX_MODES: Final = ("choice", "word", "choice")
ASSORTED_SEX_MODES: Final = ("choice", "word")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code]}


DENSE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
ASSORTED_NATIONALITY_MODES: Final = ("adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return set(pools.NATIONALITIES[code])


# --- the wording object ---------------------------------------------------------------------------


class Extra27Wording(Wording):
    """Labels, headings, titles and furniture, chosen once per document (labels of ``assorted``
    per field) from the thirty-first pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.dense = layout == "dense"
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (DENSE_LABELS if self.dense else MIXED_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def head(self, key: str) -> str:
        return self._once(2, key, (DENSE_HEADS if self.dense else MIXED_HEADS)[key])

    def word(self, key: str) -> str:
        return self._once(3, key, (DENSE_WORDS if self.dense else MIXED_WORDS)[key])

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (DENSE_TITLES if self.dense else MIXED_TITLES)[doc_type])

    def prose(self, key: str) -> str:
        return self._once(5, key, MIXED_PROSE[key])


@dataclass(slots=True)
class Extra27Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra27_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [
        s for pool in (DENSE_LABELS, MIXED_LABELS) for options in pool.values() for s in options
    ]


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool (``|`` lists
    count item by item)."""
    out = label_strings()
    for pool in (
        DENSE_HEADS,
        DENSE_TITLES,
        DENSE_WORDS,
        MIXED_HEADS,
        MIXED_TITLES,
        MIXED_WORDS,
        MIXED_PROSE,
    ):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [
        s
        for table in (PURPOSE27, DWELLING27, ROLE27, ID_KINDS27)
        for options in table.values()
        for s in options
    ]
    return list(dict.fromkeys(out))
