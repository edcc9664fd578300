"""The twenty-eighth wording pool and the printing habits of the twenty-fourth extra pair.

``HIST_FIELDS`` (a case-management system's field names in three naming schemes: plain words,
abbreviations, technical names), ``HIST_ACTIONS`` (event actions), ``HIST_PHRASES`` (change
sentences), ``HIST_TITLES`` and ``HIST_WORDS`` (header, columns, current-state block, footer)
belong to the ``history`` layout; ``CONTRACT_LABELS`` (indented value lines), ``CONTRACT_HEADS``
(paragraph headings), ``CONTRACT_PROSE`` (clauses with places for values), ``CONTRACT_TITLES``,
``CONTRACT_ROLES`` (defined terms for the parties) and ``CONTRACT_WORDS`` (parties block,
closing, signatures, certification clause, footer) to the ``contract`` layout. Both are used
only by the layouts in ``EXTRA24_LAYOUTS`` of ``samples.generate``. They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra24``,
nor tune on those layouts' failures. None of the strings repeats a string of the twenty-seven
other pools, nor any string literal of the older modules of ``samples``, not even up to case,
punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

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

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "Postleitzahl"})

# --- history: field names of the case-management system ------------------------------------------

# key -> (plain words, abbreviated, technical name)
HIST_FIELDS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Nachname des Betroffenen", "NName Betr.", "BTR_NACHNAME"),
    "given_names": ("Vornamen des Betroffenen", "VNamen Betr.", "BTR_VORNAMEN"),
    "birth_name": ("früherer Nachname des Betroffenen", "GebName Betr.", "BTR_GEBNAME"),
    "date_of_birth": ("Tag der Geburt des Betroffenen", "GebDat Betr.", "BTR_GEBDAT"),
    "place_of_birth": ("Ort der Geburt des Betroffenen", "GebOrt Betr.", "BTR_GEBORT"),
    "sex": ("Geschlechtseintrag des Betroffenen", "Geschl.-Kz Betr.", "BTR_GESCHL_KZ"),
    "nationality": ("Staatsbürgerschaft des Betroffenen", "StAng Betr.", "BTR_STAATSANG"),
    "move_in_date": ("Bezugstag der Wohnung laut Meldung", "BezDat Whg", "WHG_BEZUGSDATUM"),
    "street": ("Straßenname, unter dem die Wohnung liegt", "Str. Whg", "WHG_STRASSE"),
    "house_number": ("Hausnummer der Wohnung", "Whg.HsNr", "WHG_HAUSNR"),
    "postal_code": ("Postleitzahl", "Whg.PLZ", "WHG_POSTLEITZAHL"),
    "city": ("Gemeindename der bezogenen Wohnung", "Whg.Gem", "WHG_GEMEINDE"),
    "street_line": ("Straße samt Hausnummer der Wohnung", "Whg.Str+HsNr", "WHG_ANSCHR_Z1"),
    "city_line": ("Postleitzahl samt Gemeinde der Wohnung", "Whg.PLZ+Gem", "WHG_ANSCHR_Z2"),
    "address_line": ("vollständige Wohnungsanschrift", "Anschr. Whg kompl.", "WHG_ANSCHR_VOLL"),
    "previous_address": ("Anschrift, von der zugezogen wurde", "Anschr. VorWhg", "VORWHG_ANSCHR"),
    "dwelling": ("Art der Wohnungsnutzung", "Nutz.-Art Whg", "WHG_NUTZUNG_KZ"),
    "marital": ("Familienstand des Betroffenen", "FamSt Betr.", "BTR_FAMSTAND"),
    "phone": ("Rückrufnummer des Betroffenen", "Tel. Rückfr.", "BTR_RUECKRUF_TEL"),
    "landlord_name": ("Wohnungsgeber (Name oder Firmierung)", "Name WGeber", "WGB_NAME"),
    "landlord_address": ("Wohnungsgeber, eigene Anschrift", "Anschr. WGeber", "WGB_ANSCHRIFT"),
    "role": ("Rechtsstellung des Wohnungsgebers (Kz.)", "Stellg. WGeber", "WGB_ROLLE_KZ"),
    "tenant": ("Person, die einzieht", "EinzPers(n)", "EINZ_PERSON"),
    "mother_name": ("Mutter, Name laut Registereintrag", "Name Mu.", "ELT_MUTTER_NAME"),
    "father_name": ("Vater, Name laut Registereintrag", "Name Va.", "ELT_VATER_NAME"),
    "birth_time": ("Geburtsuhrzeit des Kindes laut Register", "Kind.GebUhr", "KIND_GEB_UHRZEIT"),
    "registry_office": ("eintragendes Standesamt", "StA zust.", "REG_FUEHRENDES_STA"),
    "register_number": ("Nummer des Registereintrags", "EintrNr.Reg", "REG_LFD_EINTRAGSNR"),
    "issue_date": ("Ausfertigungstag der Urkunde laut Register", "Urk.AusfDat", "URK_AUSFERT_DAT"),
    "marriage_date": ("Datum der Trauung laut Register", "Ehe.TrauDat", "EHE_DATUM"),
    "marriage_place": ("Trauort laut Register", "Ehe.TrauOrt", "EHE_ORT_TRAUUNG"),
    "date_of_death": ("Sterbefall, Datum", "Stf.Dat", "STF_TODESDATUM"),
    "place_of_death": ("Sterbefall, Ort", "Stf.Ort", "STF_TODESORT"),
    "last_residence": ("letzter Wohnsitz des Verstorbenen", "letzt. WS", "STF_LETZTER_WS"),
    "make": ("Hersteller des Fahrzeugs", "Herst. Fzg", "FZG_HERSTELLER"),
    "model": ("Fahrzeugtyp bzw. Modell", "Typ Fzg", "FZG_MODELL_TYP"),
    "vin": ("Identnummer des Fahrzeugs (FIN)", "FIdNr. Fzg", "FZG_IDENTNR_17"),
    "evb_number": ("eVB-Kennung des Kfz-Versicherers", "eVB-Nr. Fzg", "VERS_EVB_NR"),
    "desired_plate": ("reserviertes Wunschkennzeichen (Halter)", "WKZ", "KZ_WUNSCH"),
    "account_holder": ("Konto für Steuereinzug lautet auf", "Sepa.KtoInh", "SEPA_KTO_INHABER"),
    "iban": ("IBAN", "IBAN Kto", "SEPA_IBAN"),
    "bic": ("BIC", "BIC Kto", "SEPA_BIC"),
    "passport_number": ("Nationalpass des Antragstellers, Nr.", "Rd.PassNr", "RD_NATPASS_NR"),
    "passport_expiry_date": ("Nationalpass gültig bis einschließlich", "Rd.GueltBis",
                             "RD_GUELTIG_BIS"),
    "entry_date": ("Einreisetag ins Bundesgebiet (Antragsteller)", "Auf.EinrDat",
                   "AUF_EINREISE_DAT"),
    "purpose": ("Aufenthalt, beantragter Zweck", "Zweck.Auf", "AUF_ZWECK_KZ"),
    "doc_kind": ("Dokumenttyp laut Lesegerät", "LG.DokTyp", "LESER_DOK_ART"),
    "doc_code": ("Dokumentkennung laut Lesezone", "LG.DokCode", "LESER_DOK_CODE"),
    "doc_number": ("Dokumentnummer laut Lesegerät", "LG.DokNr", "LESER_DOK_NR"),
    "issuing_state": ("Dokument, ausstellender Staat", "LG.Staat", "DOK_AUSST_STAAT"),
    "expiry_date": ("Dokument gültig bis zum", "LG.GueltBis", "DOK_ABLAUF"),
}

# qualifiers for two persons of one document (spouses), per naming scheme
HIST_PERSONS: Final[dict[str, tuple[str, str, str]]] = {
    "spouse1": ("(Person 1 der Ehe)", "[EG1]", "_EHG1"),
    "spouse2": ("(Person 2 der Ehe)", "[EG2]", "_EHG2"),
}

# event actions: creation, change, filling an empty field, taking over, checking, …
HIST_ACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "created": ("Vorgang neu angelegt", "Datensatz erstellt", "Fall eröffnet (Ersterfassung)"),
    "changed": ("Angabe geändert", "Feldinhalt überschrieben", "Korrektur vorgenommen"),
    "filled": ("Angabe nachgetragen", "fehlenden Wert ergänzt", "Feld befüllt"),
    "taken": ("aus Onlineantrag übernommen", "Daten aus Vorsystem importiert",
              "Übernahme aus Posteingang"),
    "checked": ("Vollständigkeit geprüft", "Plausibilitätskontrolle bestanden",
                "Sichtprüfung erledigt"),
    "assigned": ("an Sachgebiet weitergeleitet", "Zuständigkeit zugewiesen",
                 "Wiedervorlagefrist notiert"),
    "printed": ("Druckauftrag ausgelöst", "Ausdruck der Historie angefordert"),
    "reg_created": ("Registereintrag beurkundet", "Haupteintrag erfasst"),
    "reg_fixed": ("Berichtigung des Eintrags", "Folgebeurkundung eingetragen"),
    "reg_issued": ("Ausfertigung einer Urkunde erstellt", "Urkunde ausgefertigt und versandt"),
    "scan": ("Dokument aufgelegt und gelesen", "Lesevorgang am Dokumentenleser"),
    "scan_ok": ("Echtheitsmerkmale ohne Befund", "Prüfsummen der Lesezone stimmen"),
    "scan_fields": ("Lesedaten in den Fall übernommen", "erkannte Werte gespeichert"),
}

# change sentences: field, old value, new value
HIST_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "change": ("{f} von »{a}« auf »{b}« geändert",
               "{f}: bisheriger Inhalt »{a}«, neuer Inhalt »{b}«",
               "Im Feld {f} wurde »{a}« durch »{b}« ersetzt"),
    "fill": ("{f} erstmals mit »{b}« belegt", "{f}: bisher ohne Inhalt, jetzt »{b}«",
             "Leeres Feld {f} erhält den Wert »{b}«"),
    "set": ("Wert für {f} festgelegt: »{b}«", "{f} gesetzt auf »{b}«"),
}

HIST_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Änderungsnachweis Meldevorgang", "Protokollauszug – Anmeldung Zuzug"),
    "wohnungsgeberbestaetigung": ("Änderungsnachweis Einzugsbestätigung",
                                  "Protokollauszug – Bestätigung des Wohnungsgebers"),
    "geburtsurkunde": ("Änderungsnachweis Geburteneintrag", "Protokollauszug – Geburtsregister"),
    "eheurkunde": ("Änderungsnachweis Eheeintrag", "Protokollauszug – Eheregister"),
    "sterbeurkunde": ("Änderungsnachweis Sterbeeintrag", "Protokollauszug – Sterbebuch"),
    "antrag_zulassung": ("Änderungsnachweis Zulassungsvorgang",
                         "Protokollauszug – Kfz-Neuzulassung"),
    "aufenthaltstitel_antrag": ("Änderungsnachweis Titelverfahren",
                                "Protokollauszug – Aufenthaltsverfahren"),
    "identity_document": ("Änderungsnachweis Dokumentprüfung",
                          "Protokollauszug – Ausweisprüfung am Lesegerät"),
}

HIST_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "system": ("VERA Vorgangsverwaltung 5", "AKTIS Fallakte", "NOVUM Bürgeramt-Suite",
               "KommFall Pro"),
    "case": ("Vorgangskennung (VV)", "Fallnummer intern", "Akten-Nr. (System)"),
    "print_user": ("Ausdruck durch Benutzer", "Historie gedruckt von", "Druckende Kennung"),
    "print_time": ("Ausdruck erzeugt um", "gedruckt am/um", "Druckzeitstempel"),
    "office": ("Organisationseinheit", "Dienststelle (System)"),
    "col_time": ("Zeitpunkt (System)", "Tag/Uhrzeit der Buchung"),
    "col_user": ("Nutzerkennung", "Anmeldename"),
    "col_action": ("Vorgangsschritt", "Buchungsart"),
    "col_field": ("Feld (Systemname)", "betroffenes Feld"),
    "col_old": ("vorher", "alter Inhalt"),
    "col_new": ("nachher", "neuer Inhalt"),
    "col_detail": ("Einzelheiten", "Details zum Schritt"),
    "empty": ("(leer)", "<ohne Inhalt>"),
    "state": ("Aktueller Stand der Angaben", "Zusammenfassung: gegenwärtige Feldwerte",
              "Stand nach letzter Änderung"),
    "page": ("Historienauszug Blatt {0} von {1}", "Protokollseite {0}/{1}"),
    "continued": ("Fortsetzung des Änderungsnachweises", "Historie, fortgesetzt"),
    "filter": ("Filter: alle Ereignisse, aufsteigend", "Sortierung: älteste zuerst"),
    "end": ("*** Ende des Auszugs ***", "-- keine weiteren Ereignisse --"),
    "reason": ("Grund: Schreibfehler", "Grund: Angabe laut Nachweis",
               "Grund: Rückfrage beim Bürger"),
    "image": ("Bild des gelesenen Dokuments", "Abbild vom Dokumentenleser"),
}

# --- contract: legal-style documents ------------------------------------------------------------

CONTRACT_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname lt. Personalpapier", "Zuname der Vertragspartei"),
    "given_names": ("sämtliche Vornamen lt. Personalpapier", "Vornamen der Vertragspartei"),
    "birth_name": ("Name bei Geburt lt. Personalpapier", "geborene/r (Vertragspartei)"),
    "date_of_birth": ("geboren am (Vertragspartei)", "Tag der Geburt lt. Personalpapier"),
    "place_of_birth": ("geboren in (Vertragspartei)", "Geburtsort lt. Personalpapier"),
    "sex": ("Geschlecht lt. Personalpapier", "Geschlechtsangabe der Vertragspartei"),
    "nationality": ("Staatsangehörigkeit lt. Personalpapier", "Staatszugehörigkeit der Partei"),
    "address": ("wohnhaft (Vertragspartei)", "Anschrift lt. Vertrag"),
    "previous_address": ("bislang wohnhaft", "vormals wohnhaft in"),
    "passport_number": ("Reisepass Nr. (Vertragspartei)", "Passnummer lt. Vorlage"),
    "passport_expiry_date": ("Reisepass gültig bis (Vertragspartei)", "Pass gilt lt. Vorlage bis"),
    "entry_date": ("eingereist am (lt. Partei)", "Einreisetag lt. Vorlage"),
    "vin": ("Fahrgestell-Nr. lt. Vertrag", "FIN lt. Kaufvertrag"),
    "make_model": ("Fabrikat/Typ lt. Vertrag", "Hersteller und Modell lt. Kaufvertrag"),
    "evb_number": ("eVB-Nr. lt. Vertrag", "Versicherungsnachweis (eVB) lt. Vertrag"),
    "desired_plate": ("amtl. Kennzeichen (reserviert) lt. Vertrag",
                      "Wunschkennzeichen lt. Vertrag"),
    "account_holder": ("Kontoinhaber lt. Mandat", "Kontoinhaber/in des Einzugskontos"),
    "iban": ("IBAN", "IBAN des Einzugskontos"),
    "bic": ("BIC", "BIC des Einzugskontos"),
    "tenant": ("Mietpartei (Name)", "mitvertragliche Bewohnerin bzw. Bewohner"),
    "landlord_address": ("Anschrift der Vermieterseite", "ladungsfähige Anschrift Vermieter"),
    "phone": ("fernmündlich erreichbar", "Rufnummer der Vertragspartei"),
    "marital": ("Familienstand lt. Vertragspartei", "Familienstand (Angabe der Partei)"),
    # register extracts (certificates)
    "family_name_reg": ("Familienname lt. Registerabschrift", "Nachname (Abschrift)"),
    "given_names_reg": ("Vornamen lt. Registerabschrift", "Vornamen (Abschrift)"),
    "date_of_birth_reg": ("Geburtstag lt. Registerabschrift", "geboren am (Abschrift)"),
    "place_of_birth_reg": ("Geburtsort lt. Registerabschrift", "geboren in (Abschrift)"),
    "sex_reg": ("Geschlecht lt. Registerabschrift", "Geschlecht (Abschrift)"),
    "birth_time": ("Geburtszeit lt. Registerabschrift", "Uhrzeit (Abschrift)"),
    "mother_name": ("Mutter lt. Registerabschrift", "Mutter (Abschrift)"),
    "father_name": ("Vater lt. Registerabschrift", "Vater (Abschrift)"),
    "marriage_date": ("Eheschließung am lt. Registerabschrift", "Heiratstag (Abschrift)"),
    "marriage_place": ("Eheschließung in lt. Registerabschrift", "Heiratsort (Abschrift)"),
    "date_of_death": ("verstorben am lt. Registerabschrift", "Todestag (Abschrift)"),
    "place_of_death": ("verstorben in lt. Registerabschrift", "Sterbeort (Abschrift)"),
    "last_residence": ("letzter Wohnsitz lt. Registerabschrift", "zuletzt wohnhaft (Abschrift)"),
    "registry_office": ("Registerbehörde lt. Abschrift", "führendes Standesamt (Abschrift)"),
    "register_number": ("Registernummer lt. Abschrift", "Eintrag Nr. (Abschrift)"),
    "issue_date": ("Urkunde ausgestellt am (Abschrift)", "Ausstellungsdatum lt. Abschrift"),
    # identity documents
    "doc_kind": ("Art des vorgelegten Ausweispapiers", "Art des Ausweispapiers lt. Vorlage"),
    "doc_number": ("Dokumentnummer lt. Vorlage", "Ausweis-Nr. (vorgelegt)"),
    "expiry_date": ("gültig bis lt. Vorlage", "Ablauf des vorgelegten Papiers"),
    "issuing_state": ("ausstellender Staat lt. Vorlage", "Ausstellungsstaat (vorgelegt)"),
}

# paragraph headings
CONTRACT_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "object": ("Mietgegenstand", "Gegenstand des Mietverhältnisses"),
    "lease_start": ("Mietzeit und Übergabe", "Beginn des Mietverhältnisses"),
    "use": ("Nutzung der Mieträume", "Zweck der Überlassung"),
    "rent": ("Miete und Nebenkosten", "Mietzins"),
    "persons": ("Mitbewohner und Haushaltsangehörige", "Personen im Haushalt"),
    "registration": ("Meldepflichten", "Pflicht zur Anmeldung"),
    "vehicle": ("Kaufgegenstand", "Fahrzeugbeschreibung"),
    "price": ("Kaufpreis und Zahlung", "Zahlungsmodalitäten"),
    "insurance": ("Versicherungsschutz", "Kfz-Haftpflicht des Käufers"),
    "admission": ("Zulassung und Kennzeichen", "Umschreibung auf den Käufer"),
    "sepa": ("Einzug der Kfz-Steuer", "Lastschriftmandat für die Steuer"),
    "person": ("Zur Person der Beschäftigten", "Personalien der begünstigten Person"),
    "passport": ("Reisepass und Tag der Einreise", "Reisedokument der Person"),
    "activity": ("Tätigkeit bzw. Studium", "Art und Umfang des Vorhabens"),
    "residence": ("Unterkunft im Inland", "Anschrift der Unterkunft im Inland"),
    "final": ("Schlussbestimmungen", "Salvatorische Klausel und Schriftform"),
    "extract": ("Abschrift aus dem Register", "Wortlaut des Registerauszugs"),
    "certification": ("Vermerk über die Beglaubigung", "Bescheinigung der Übereinstimmung"),
    "identity": ("Feststellung der Identität", "Nachweis der Person"),
}

# clauses; {0}, {1} … stand for values
CONTRACT_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "object": ("Vermietet wird die Wohnung im Anwesen {0} zur ausschließlichen Nutzung als "
               "Wohnraum.",
               "Der Vermieter überlässt dem Mieter die im Hause {0} gelegenen Räume zu "
               "Wohnzwecken."),
    "floor": ("Die Wohnung liegt im {0} des Hauses.", "Lage im Gebäude: {0}."),
    "lease_start": ("Das Mietverhältnis beginnt am {0} und läuft auf unbestimmte Zeit.",
             "Die Übergabe der Mieträume erfolgt am {0}; ab diesem Tag ist die Wohnung bezogen."),
    "use_main": ("Der Mieter nutzt die Mieträume als {0}.",
                 "Die Parteien sind sich einig, dass die Wohnung dem Mieter als {0} dient."),
    "rent": ("Die monatliche Grundmiete beträgt {0} EUR zuzüglich einer Vorauszahlung auf die "
             "Betriebskosten von {1} EUR.",
             "Als Miete werden monatlich {0} EUR netto kalt vereinbart; für Nebenkosten sind "
             "{1} EUR vorauszuzahlen."),
    "persons": ("Neben dem Mieter ziehen folgende Personen in die Wohnung ein:",
                "In die Mieträume ziehen mit Zustimmung des Vermieters ein:"),
    "registration": ("Der Vermieter bestätigt hiermit den Einzug der genannten Personen zum "
                     "{0} gegenüber der Meldebehörde.",
                     "Dem Mieter wird der Bezug der Wohnung am {0} zur Vorlage bei der "
                     "Meldebehörde bestätigt."),
    "registration_tenant": ("Der Mieter verpflichtet sich, sich fristgerecht bei der "
                            "Meldebehörde anzumelden.",
                            "Die Anmeldung bei der zuständigen Behörde obliegt dem Mieter."),
    "previous": ("Der Mieter war bislang unter der Anschrift {0} wohnhaft.",
                 "Bisherige Wohnung des Mieters: {0}."),
    "vehicle": ("Der Verkäufer verkauft dem Käufer das gebrauchte Kraftfahrzeug der Marke {0}, "
                "Typ {1}.",
                "Gegenstand dieses Vertrages ist der Personenkraftwagen {0} {1}."),
    "vin": ("Das Fahrzeug trägt die Fahrzeug-Identifizierungsnummer {0}.",
            "Die Identität des Fahrzeugs ergibt sich aus der FIN {0}."),
    "price": ("Der Kaufpreis beträgt {0} EUR und ist bei Übergabe in bar zu entrichten.",
              "Der Käufer zahlt einen Kaufpreis von {0} EUR durch Überweisung."),
    "insurance": ("Der Käufer hat Versicherungsschutz nachgewiesen; die Nummer der "
                  "elektronischen Versicherungsbestätigung lautet {0}.",
                  "Für die Zulassung legt der Käufer die eVB mit der Nummer {0} vor."),
    "plate": ("Für das Fahrzeug ist das Kennzeichen {0} reserviert.",
              "Der Käufer beantragt die Zuteilung des reservierten Kennzeichens {0}."),
    "plate_none": ("Ein bestimmtes Kennzeichen wird nicht gewünscht.",
                   "Die Zuteilung eines beliebigen freien Kennzeichens genügt."),
    "admission": ("Der Käufer verpflichtet sich, das Fahrzeug unverzüglich auf sich zuzulassen.",
                  "Die Zulassung auf den Käufer erfolgt binnen einer Woche nach Übergabe."),
    "sepa": ("Die Kraftfahrzeugsteuer wird vom folgenden Konto eingezogen:",
             "Für den Einzug der Kraftfahrzeugsteuer wird folgendes Konto benannt:"),
    "passport": ("Der Arbeitnehmer bzw. Studierende besitzt den Reisepass Nr. {0}, gültig bis "
                 "{1}.",
                 "Vorgelegt wurde der Reisepass mit der Nummer {0}; er gilt bis zum {1}."),
    "entry": ("Die Einreise in die Bundesrepublik Deutschland erfolgte am {0}.",
              "Eingereist ist die genannte Person am {0}."),
    "purpose": ("Der Aufenthalt dient folgendem Zweck: {0}.",
                "Zweck des Aufenthalts im Sinne dieser Erklärung ist: {0}."),
    "activity_work": ("Die Tätigkeit umfasst wöchentlich {0} Stunden bei einem Bruttogehalt "
                      "von {1} EUR monatlich.",
                      "Vereinbart sind {0} Wochenstunden; das Monatsentgelt beträgt {1} EUR."),
    "activity_study": ("Die Einschreibung umfasst {0} Fachsemester; der Studienbeitrag "
                       "beträgt {1} EUR.",
                       "Die Regelstudienzeit beträgt {0} Semester bei einem Beitrag von "
                       "{1} EUR."),
    "residence": ("Die genannte Person wohnt in {0}.",
                  "Als Unterkunft im Inland wird die Anschrift {0} angegeben."),
    "final": ("Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform. Sollte "
              "eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen unberührt.",
              "Mündliche Nebenabreden bestehen nicht. Die Unwirksamkeit einzelner "
              "Bestimmungen berührt die Gültigkeit des Vertrages im Übrigen nicht."),
    "certification": ("Die Übereinstimmung der vorstehenden Abschrift mit der mir vorgelegten "
                      "Urschrift wird hiermit beglaubigt.",
                      "Hiermit beglaubige ich, dass die vorstehende Abschrift mit der mir "
                      "vorliegenden Ausfertigung wörtlich übereinstimmt."),
    "cert_intro": ("Auszug aus dem {0} des Standesamts; die Urkunde trägt das "
                   "Ausstellungsdatum {1}.",
                   "Die Vorlage ist eine Urkunde aus dem {0}, ausgestellt am {1}."),
    "identity": ("Der Erschienene wies sich aus durch Vorlage des nachstehend abgebildeten "
                 "Dokuments.",
                 "Zur Feststellung der Person wurde das unten abgebildete Ausweispapier im "
                 "Original vorgelegt."),
}

CONTRACT_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Mietvertrag über Wohnraum (Auszug)", "Wohnraummietvertrag – Auszug"),
    "wohnungsgeberbestaetigung": ("Mietvertrag und Einzugsbestätigung",
                                  "Vertrag über die Vermietung einer Wohnung"),
    "geburtsurkunde": ("Beglaubigte Abschrift – Geburtsregister",
                       "Notariell beglaubigte Abschrift einer Geburtsurkunde"),
    "eheurkunde": ("Beglaubigte Abschrift – Eheregister",
                   "Notariell beglaubigte Abschrift einer Heiratsurkunde"),
    "sterbeurkunde": ("Beglaubigte Abschrift – Sterberegister",
                      "Notariell beglaubigte Abschrift einer Sterbeurkunde"),
    "antrag_zulassung": ("Kaufvertrag über ein gebrauchtes Kraftfahrzeug",
                         "Fahrzeugkaufvertrag mit Zulassungsvereinbarung"),
    "aufenthaltstitel_antrag": ("Bestätigung über ein Beschäftigungsverhältnis",
                                "Bescheinigung über Studium bzw. Tätigkeit"),
    "identity_document": ("Niederschrift über die Feststellung der Identität",
                          "Vermerk zur Identitätsprüfung (Anlage zum Vertrag)"),
}

# defined terms: (party one, party two)
CONTRACT_ROLES: Final[dict[str, tuple[str, ...]]] = {
    "rent": ("Vermieter|Mieterseite", "Vermietende Partei|Mietende Partei",
             "Überlassende|Nutzungsberechtigte"),
    "sale": ("Verkäufer|Käufer", "Veräußerer|Erwerber"),
    "work": ("Arbeitgeber|Arbeitnehmer", "Unternehmen|Beschäftigte Person"),
    "study": ("Hochschule|Studierende Person", "Bildungseinrichtung|Eingeschriebene Person"),
    "other": ("Gastgeber|Gast", "Erklärende Stelle|Begünstigte Person"),
    "notary": ("Notar|Beteiligter", "Notarin|Erschienene Person"),
}

CONTRACT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "between": ("zwischen", "Zwischen den Parteien"),
    "and": ("und andererseits", "sowie ferner"),
    "named": ("– nachstehend „{0}“ genannt –", "(im Folgenden: {0})", "– im Weiteren „{0}“ –"),
    "agree": ("wird folgender Vertrag geschlossen:", "wird Nachstehendes vereinbart:",
              "kommt folgende Vereinbarung zustande:"),
    "confirm": ("wird hiermit Folgendes bestätigt:", "wird nachstehende Erklärung abgegeben:"),
    "place_date": ("{0}, den {1}", "Ort, Datum: {0}, {1}", "Geschehen zu {0} am {1}"),
    "sign": ("(Unterschrift {0})", "Unterschrift der Partei: {0}", "{0} – eigenhändig"),
    "initials": ("Paraphe", "Handzeichen der Parteien"),
    "page": ("Seite {0} von {1}", "– Seite {0} von {1} des Vertrages –"),
    "continued": ("Fortsetzung des Vertragstextes", "noch: Vertragsurkunde"),
    "registry": ("Register der Geburten|Register der Ehen|Register der Sterbefälle",),
    "seal": ("Siegel des Notars", "L.S. – Amtssiegel"),
    "notary": ("Notar mit Amtssitz in {0}", "Notarin in {0}"),
    "fee": ("Kostenberechnung gemäß GNotKG anbei", "Gebühr nach GNotKG erhoben"),
    "urno": ("UR-Nr. {0}", "Urkundenrolle Nr. {0}"),
    "annex": ("Anlage: Abbild des vorgelegten Dokuments", "Abbildung des Ausweispapiers"),
    "copy_note": ("Diese Abschrift stimmt mit der Urschrift überein.",),
}

# --- values ---------------------------------------------------------------------------------------

SEX_LETTERS24: Final = {code: word[0].upper() if code != "X" else code
                        for code, word in SEX_WORDS.items()}
PURPOSE24: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Aufnahme eines Vollzeitstudiums", "STUDIUM_VOLLZEIT"),
    "employment": ("Ausübung einer Erwerbstätigkeit", "ERWERB_BESCHAEFT"),
    "family": ("Familienzusammenführung im Inland", "FAMILIE_NACHZUG"),
    "humanitarian": ("Gründe humanitärer Art", "HUMANITAER_SCHUTZ"),
    "other": ("Zweck anderer Art", "ZWECK_SONSTIGER"),
}
DWELLING24: Final[dict[str, tuple[str, ...]]] = {
    "main": ("vorwiegend genutzte Wohnung (Hauptwohnsitz)", "NUTZ_HAUPT"),
    "secondary": ("Zweitwohnung (nicht vorwiegend genutzt)", "NUTZ_NEBEN"),
}
ROLE24: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümerin bzw. Eigentümer selbst", "ROLLE_EIGENTUM"),
    False: ("vom Eigentümer beauftragte Verwaltung", "ROLLE_VERWALTUNG"),
}
ID_KINDS24: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Reisepass (Buchform)", "DOKART_PASS"),
    "I": ("Ausweiskarte im Scheckkartenformat", "DOKART_KARTE"),
}
MARITAL24: Final = ("ledig (lt. Angabe)", "verheiratet (lt. Angabe)", "geschieden (lt. Angabe)",
                    "verwitwet (lt. Angabe)")

BASE_VALUE_WORDS: Final = frozenset({*SEX_WORDS.values(), *SEX_LETTERS24.values()})

# --- dates ----------------------------------------------------------------------------------------

HISTORY_DATE_STYLES: Final = ("numeric", "iso", "unpadded", "numeric")
CONTRACT_DATE_STYLES: Final = ("long", "numeric", "long_zero", "long", "unpadded")
EXTRA24_DATE_STYLES: Final = ("numeric", "unpadded", "long", "long_zero", "iso")


def format_extra24_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":  # "04. März 1987"
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra24_date(d, s) for s in EXTRA24_DATE_STYLES}


# sex: the word, its letter or the word in capitals
HISTORY_SEX_MODES: Final = ("word", "letter", "word")
CONTRACT_SEX_MODES: Final = ("word", "upper", "word")


def sex_text(code: str, mode: str) -> str:
    if mode == "letter":
        return SEX_LETTERS24[code]
    if mode == "upper":
        return SEX_WORDS[code].upper()
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_LETTERS24[code], SEX_WORDS[code].upper()}


HISTORY_NATIONALITY_MODES: Final = ("code", "adjective", "country")
CONTRACT_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object ---------------------------------------------------------------------------


class Extra24Wording(Wording):
    """Field names (history, one naming scheme per document) or value-line labels (contract),
    headings, clauses and furniture, chosen once per document from the twenty-eighth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.history = layout == "history"
        self.scheme = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            if self.history:
                self._chosen[key] = HIST_FIELDS[key][self.scheme]
            else:
                options = CONTRACT_LABELS[key]
                self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def person(self, who: str) -> str:
        return HIST_PERSONS[who][self.scheme]

    def action(self, key: str) -> str:
        options = HIST_ACTIONS[key]
        return options[self._rng.randrange(len(options))]

    def phrase(self, key: str) -> str:
        return self._once(1, key, HIST_PHRASES[key])

    def word(self, key: str) -> str:
        return self._once(2, key, (HIST_WORDS if self.history else CONTRACT_WORDS)[key])

    def head(self, key: str) -> str:
        return self._once(3, key, CONTRACT_HEADS[key])

    def prose(self, key: str) -> str:
        return self._once(4, key, CONTRACT_PROSE[key])

    def roles(self, key: str) -> tuple[str, str]:
        a, b = self._once(5, key, CONTRACT_ROLES[key]).split("|")
        return a, b

    def title(self, doc_type: str) -> str:
        return self._once(6, doc_type,
                          (HIST_TITLES if self.history else CONTRACT_TITLES)[doc_type])


@dataclass(slots=True)
class Extra24Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra24_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value (field names and value lines)."""
    return [s for pool in (HIST_FIELDS, CONTRACT_LABELS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, field name, action, sentence, heading, title, clause and furniture wording
    of this pool (``|`` lists count item by item)."""
    out = label_strings()
    for pool in (HIST_PERSONS, HIST_ACTIONS, HIST_PHRASES, HIST_TITLES, HIST_WORDS,
                 CONTRACT_HEADS, CONTRACT_PROSE, CONTRACT_TITLES, CONTRACT_ROLES,
                 CONTRACT_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in (PURPOSE24, DWELLING24, ROLE24, ID_KINDS24)
           for options in table.values() for s in options]
    out += list(MARITAL24)
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
