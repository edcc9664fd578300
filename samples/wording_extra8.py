"""The twelfth wording pool and the printing habits of the eighth extra pair of layouts.

``KIOSK_LABELS`` (the upper-case, heavily abbreviated keys of a self-service terminal's
receipt), ``SHEET_LABELS`` (the field names of a spreadsheet printed from an office program),
their section headings (``KIOSK_SECTIONS``, ``SHEET_SECTIONS``), titles (``KIOSK_TITLES``,
``SHEET_TITLES``), the receipt's furniture (``KIOSK_WORDS``), the sheet's column headers and
page furniture (``SHEET_WORDS``) and the sheet's remarks and status cells (``SHEET_NOTES``) are
used only by the layouts in ``EXTRA8_LAYOUTS`` of ``samples.generate`` (``kiosk`` and
``sheet``). They are a blind measurement: whoever tunes extraction must not read this module
nor ``samples.render_extra8``, nor tune on those layouts' failures. None of the strings repeats
one of the eleven other pools, not even up to case, punctuation or spacing (a test checks
this), except where German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with upper-case
or spreadsheet month abbreviations, a spreadsheet's long date with the weekday, sex and
nationality in capitals, as letters or with their code, purposes in short words). The ground
truth stays the catalog's normalised value; names, places and addresses keep their case.
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

# --- kiosk: the receipt of a self-service terminal ----------------------------------------------

KIOSK_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("FAMILIENNAME (ERF.)", "FAM.NAME AKT."),
    "given_names": ("VORN. (ALLE)", "VORNAME(N) GESAMT", "RUF-/VORNAMEN"),
    "birth_name": ("GEB.-NAME (FRUEHER)", "GEBURTSNAME/ALT", "GEB.NAME ABW."),
    "date_of_birth": ("GEBOREN (DAT.)", "DAT. GEBURT", "GEB.TAG (DAT)"),
    "place_of_birth": ("ORT D. GEBURT", "ORT/STAAT GEBURT", "GEBURTSORT (KOMPL.)"),
    "sex": ("GESCHLECHT LT. REG.", "GESCHL.-EINTR."),
    "nationality": ("STAATSANGEH./NAT.", "NATIONALITAET", "STAATSANG.(EN)"),
    "marital": ("STAND (FAM.)", "FAMILIENSTAND/AKT."),
    "phone": ("TEL. RUECKRUF", "RUFNR. (OPT.)", "KONTAKT-TEL."),
    "move_in_date": ("EINZUGSTAG/DATUM", "DAT.EINZ.", "EINZ.-DATUM"),
    "street": ("STRASSE (NEU)", "STR.NAME NEU"),
    "house_number": ("HNR/ZUSATZ", "HAUSNR (NEU)"),
    "postal_code": ("PLZ",),
    "city": ("WOHNORT NEU", "ORT NEU (GEM.)"),
    "street_line": ("STR./HNR.", "ANSCHR. STR/NR", "STRASSE, HNR. (NEU)"),
    "city_line": ("PLZ + ORT NEU", "ANSCHR. PLZ/ORT"),
    "address_line": ("NEUE ANSCHR.", "ANSCHRIFT NEU (KOMPL.)", "WHG. NEU/ANSCHR."),
    "previous_address": ("ALTE ANSCHR.", "ANSCHRIFT BISHER (KOMPL.)", "WHG. ALT/ANSCHR."),
    "dwelling": ("WHG.-ART", "ART D. WOHNUNG", "WOHNUNG (H/N)"),
    "landlord_name": ("WG-GEBER NAME", "VERMIETER/WG-GEBER", "NAME WOHNUNGSGEB."),
    "landlord_address": ("WG-GEBER ANSCHR.", "ANSCHR. VERMIETER/WG", "ADR. WOHNUNGSGEB."),
    "landlord_role": ("WG-GEBER IST", "EIGENSCHAFT WG-GEB.", "ROLLE WG-GEBER"),
    "flat_line": ("WHG.-ANSCHR.", "BEZOGENE WHG. (ANSCHR.)", "ANSCHR. D. WHG."),
    "tenant": ("PERS.", "MELDEPFL. PERS.", "EINGEZ. PERS."),
    "birth_time": ("UHRZ. GEBURT", "ZEIT D. GEBURT", "GEB.UHRZ."),
    "mother_name": ("NAME D. MUTTER", "ELTERNT. 1/MUTTER", "MUTTER (VOR-/NACHN.)"),
    "father_name": ("NAME D. VATERS", "ELTERNT. 2/VATER", "VATER (VOR-/NACHN.)"),
    "registry_office": ("STA (BEURK.)", "BEURK. STANDESAMT", "STDA."),
    "register_number": ("REG.-NR./JG.", "REGISTERNR./JAHR", "REG-NR (EINTR.)"),
    "issue_date": ("AUSGEST. AM", "DAT. AUSSTELLUNG", "AUSST.-DAT."),
    "marriage_date": ("EHESCHL. AM", "DAT. EHESCHL.", "TRAUUNG AM"),
    "marriage_place": ("EHESCHL. IN", "ORT EHESCHL.", "TRAUUNGSORT (GEM.)"),
    "date_of_death": ("VERST. AM", "DAT. D. TODES", "TODESTAG (DAT.)"),
    "place_of_death": ("STERBEORT (GEM.)", "VERST. IN", "TODESORT/GEM."),
    "last_residence": ("LETZTER WOHNSITZ (ADR.)", "ZULETZT WOHNH.", "LETZTE ADR."),
    "make": ("FABR./MARKE", "HERST. (D.1)", "MARKE/HERST."),
    "model": ("TYP (D.3)", "HANDELSBEZ. (D.3)", "FZG-TYP/MODELL"),
    "vin": ("FIN (17-ST.)", "FAHRG.-NR/FIN", "FZG-IDENT (FIN)"),
    "evb_number": ("EVB (VERS.-BEST.)", "VERS.-BEST. EVB", "EVB/VERS."),
    "desired_plate": ("KENNZ. (RESERV.)", "RESERV. KZ", "WUNSCHKZ/RESERV."),
    "account_holder": ("KTO-INHABER", "INHABER/IN KTO", "KONTOINH. (SEPA)"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("BANK/SPK.", "INSTITUT (BANK)", "KRED.-INST."),
    "passport_number": ("NR. PASS/PASSERSATZ", "REISEP.-NR"),
    "passport_expiry_date": ("PASS GUELTIG BIS", "GUELT. PASS", "ABLAUF PASS"),
    "entry_date": ("EINGEREIST (DAT.)", "EINREISEDAT.", "DAT. GRENZUEBERTRITT"),
    "purpose": ("ZWECK AUFENTH.", "AUFENTH.-ZWECK", "ZWECK (AE)"),
    "doc_kind": ("DOK.-ART", "AUSWEISTYP", "DOKUMENT (ART)"),
    "doc_number": ("DOK.-NR", "AUSWEIS-NR./DOK.", "NR. DOKUMENT"),
    "issuing_state": ("AUSST.-STAAT", "STAAT (AUSST.)", "AUSSTELLERSTAAT"),
    "expiry_date": ("GUELTIG BIS", "ABLAUF DOK.", "GUELT.-ENDE"),
    "mrz": ("MRZ (GELESEN)", "MASCH.-LESB. ZONE", "ZONE (OCR)"),
    "spouse": ("PARTNER/IN EHE", "EHEG. NR", "EHEGATTE/-IN (PERS.)"),
}

KIOSK_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("ANGABEN PERSON", "PERS.-DATEN", "PERSONENDATEN (ERF.)"),
    "dwelling": ("WOHNUNG NEU", "NEUE WHG.", "ZUZUG/WOHNUNG"),
    "previous": ("WOHNUNG ALT", "BISHERIGE WHG.", "AUSZUG/ALT"),
    "landlord": ("WG-GEBER/VERMIETER", "ANGABEN WG-GEBER", "WOHNUNGSGEB. (DATEN)"),
    "flat": ("BEZOGENE WHG.", "WHG. + EINZUG", "EINZUG/WOHNUNG"),
    "tenants": ("EINGEZOGENE PERS.", "MELDEPFL. PERSONEN", "PERSONEN (ZUZUG)"),
    "child": ("ANGABEN KIND", "KIND (EINTRAG)", "KIND/DATEN"),
    "parents": ("ANGABEN ELTERN", "ELTERN (LT. REG.)", "MUTTER/VATER"),
    "register": ("REGISTER", "REG.-ANGABEN", "BEURK./REGISTER"),
    "marriage": ("ANGABEN TRAUUNG", "EHESCHL.", "EHESCHL. (DAT./ORT)"),
    "deceased": ("ANGABEN VERST.", "PERS. (VERST.)", "VERSTORBENE PERS."),
    "death": ("TOD (DAT./ORT)", "ANGABEN STERBEFALL", "STERBEFALL/DATEN"),
    "holder": ("FZG-HALTER", "ANGABEN HALTER"),
    "vehicle": ("FZG-DATEN", "ANGABEN FZG", "FAHRZEUG (ZB I)"),
    "sepa": ("SEPA-LASTSCHR. KFZ-STEUER", "KFZ-STEUER/SEPA", "LASTSCHRIFT (SEPA)"),
    "passport": ("PASS/EINREISE", "REISEDOK. + EINREISE", "ANGABEN PASS"),
    "residence": ("WOHNANSCHR. INLAND", "ANSCHR. (INLAND)", "WHG. INLAND"),
    "document": ("GELESENES DOKUMENT", "DOK.-PRUEFUNG", "AUSWEISLESER"),
}

KIOSK_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("VORERFASSUNG ANMELDUNG", "MELDUNG ZUZUG (SB)", "ANMELDUNG - SELBSTERFASSUNG"),
    "wohnungsgeberbestaetigung": ("WG-GEBER-BESTAETIGUNG (SB)", "BESTAETIGUNG VERMIETER",
                                  "VORERFASSUNG WG-BESTAET."),
    "geburtsurkunde": ("AUSDRUCK GEBURTSEINTRAG", "GEB.-URKUNDE (DATEN)", "URKUNDENDATEN GEBURT"),
    "eheurkunde": ("AUSDRUCK EHEEINTRAG", "EHEURK. (DATEN)", "URKUNDENDATEN EHE"),
    "sterbeurkunde": ("AUSDRUCK STERBEEINTRAG", "STERBEURK. (DATEN)", "URKUNDENDATEN TOD"),
    "antrag_zulassung": ("VORERFASSUNG ZULASSUNG", "KFZ-ZULASSUNG (SB)",
                         "ZULASSUNGSANTRAG - SB-DATEN"),
    "aufenthaltstitel_antrag": ("VORERFASSUNG AUFENTHALT", "ANTRAG AE (SB)",
                                "AUFENTH.-TITEL - SELBSTERFASSUNG"),
    "identity_document": ("AUSWEIS-LESEPROTOKOLL", "DOKUMENTENLESER - ERGEBNIS",
                          "SB-AUSWEISPRUEFUNG"),
}

KIOSK_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "ticket": ("WARTE-NR.", "IHRE AUFRUFNUMMER", "TICKET"),
    "terminal": ("TERMINAL-ID", "SB-GERAET", "AUTOMAT NR."),
    "location": ("STANDORT", "AUFSTELLORT", "FILIALE"),
    "transaction": ("BELEG-NR.", "TRANS.-NR.", "VORG.-NR"),
    "printed": ("GEDRUCKT", "DRUCK", "DRUCKZEIT"),
    "time": ("ZEIT", "UHR", "UHRZ."),
    "keep": ("BELEG BITTE AUFBEWAHREN", "BITTE BELEG MITBRINGEN", "DIESEN BON AUFHEBEN"),
    "counter": ("BITTE AM SCHALTER VORLEGEN", "AUFRUF ERFOLGT AM MONITOR",
                "BITTE IM WARTEBEREICH PLATZ NEHMEN"),
    "thanks": ("VIELEN DANK FUER IHREN BESUCH", "DANKE - IHR BUERGERSERVICE", "AUF WIEDERSEHEN"),
    "continued": ("FORTS. BELEG", "BELEG TEIL 2", "FORTSETZUNG BON"),
    "part": ("TEIL", "ABSCHN.", "BON"),
    "waiting": ("VORAUSSICHTL. WARTEZEIT", "WARTEZEIT CA.", "GESCH. WARTEZEIT"),
    "minutes": ("MIN.", "MINUTEN"),
    "scan": ("CODE AM SCHALTER SCANNEN", "QR-CODE FUER SACHBEARB.", "STRICHCODE NICHT KNICKEN"),
    "checked": ("PRUEFZIFFERN OK", "ZONE GELESEN - OK", "LESUNG ERFOLGREICH"),
    "copy": ("KOPIE DOKUMENT (SCAN)", "SCAN DES DOKUMENTS"),
}

# --- sheet: a spreadsheet printed from an office program -----------------------------------------

SHEET_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname (amtl.)", "Familienname gem. Ausweis"),
    "given_names": ("Vorname(n) komplett", "Vorname/n gem. Ausweis", "Vornamen (sämtl.)"),
    "birth_name": ("Geburtsname gem. Urkunde", "Name_Geburt", "Geburtsname (falls abw.)"),
    "date_of_birth": ("Geburtsdatum (Datumsformat)", "Datum_Geburt", "Geburtstag gem. Ausweis"),
    "place_of_birth": ("Ort_Geburt", "Geburtsort gem. Ausweis"),
    "sex": ("Geschlecht (Auswahl)", "Geschlecht_Code", "Geschl. (Liste)"),
    "nationality": ("Staatsangehörigkeit (Liste)", "Staatsang_aktuell", "Nationalität (Auswahl)"),
    "marital": ("Familienstand (Auswahl)", "Fam.-Stand lt. Register", "Familienstand_Code"),
    "phone": ("Tel_Kontakt", "Rufnummer f. Rückfragen", "Telefon (Rückfragen, opt.)"),
    "move_in_date": ("Einzugsdatum (tatsächl.)", "Datum_Einzug", "Tag d. Einzugs (Datum)"),
    "street": ("Straße (neue Whg.)", "Str. (neue Whg.)"),
    "house_number": ("Hausnr. inkl. Buchstabe", "Hausnummer (neue Whg.)"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Ort (neue Whg.)", "Gemeinde (Wohnort)", "Ort_Neu_Whg"),
    "street_line": ("Straße u. Haus-Nr. (neu)", "Strasse_und_Nr", "Straße/Haus-Nr. (neu)"),
    "city_line": ("PLZ u. Ort (neu)", "Postleitzahl + Ort (neu)", "PLZ & Ort (neue Whg.)"),
    "address_line": ("Neue Anschrift (eine Zeile)", "Anschrift_Neu_Whg",
                     "Anschrift neue Whg. komplett"),
    "previous_address": ("Bisherige Anschrift (eine Zeile)", "Anschrift_alt",
                         "Anschrift alte Whg. komplett"),
    "dwelling": ("Art der Wohnung (HW/NW)", "Wohnungsart", "Haupt-/Nebenwhg."),
    "landlord_name": ("WG_Name", "Vermieter bzw. Wohnungsgeber"),
    "landlord_address": ("Wohnungsgeber Anschrift (eine Zeile)", "WG_Anschrift_komplett",
                         "Anschrift Vermieter/Wohnungsgeber"),
    "landlord_role": ("WG_Eigenschaft", "Eigentümer/Beauftragter"),
    "flat_line": ("Anschrift bezogene Whg.", "Whg_Anschrift", "Anschrift der Mietwohnung"),
    "tenant": ("Name eingez. Person (Vor- + Nachname)", "Person_Name",
               "Vor- u. Zuname (Mieter/in)"),
    "birth_time": ("Geburtszeit (hh:mm)", "Geburtsuhrzeit", "Zeit_Geburt"),
    "mother_name": ("Mutter (Vor- + Nachname)", "Mutter gem. Register"),
    "father_name": ("Vater (Vor- + Nachname)", "Vater gem. Register"),
    "registry_office": ("Standesamt (Registerort)", "StA_Register", "Standesamt gem. Eintrag"),
    "register_number": ("Reg.-Nr. (Buchst. Nr/Jahr)", "Registernummer gem. Eintrag",
                        "Reg_Nr_Jahr"),
    "issue_date": ("Datum_Ausstellung", "Urkunde ausgestellt (Datum)", "Ausstellung (Datum)"),
    "marriage_date": ("Datum_Ehe", "Heiratsdatum", "Eheschließung (Datum)"),
    "marriage_place": ("Ort_Ehe", "Eheschließung (Ort)", "Heiratsort (Gemeinde)"),
    "date_of_death": ("Todestag (Datum)", "Datum_Tod", "Sterbedatum gem. Eintrag"),
    "place_of_death": ("Ort_Sterbefall", "Sterbeort (Gemeinde/Stadt)", "Todesort (Gemeinde)"),
    "last_residence": ("Letzte Wohnanschrift (1 Zeile)", "Anschrift_letzte",
                       "Wohnanschrift zuletzt"),
    "make": ("Fzg_Marke", "Marke lt. ZB I", "Hersteller gem. Fzg.-Schein"),
    "model": ("Typ/Modell (Feld D.3)", "Fzg_Typ", "Handelsbezeichnung lt. ZB I"),
    "vin": ("FIN (Feld E)", "Fzg_FIN", "Fahrzeug-Ident.-Nr. lt. ZB I"),
    "evb_number": ("eVB (7-stellig)", "eVB-Nr. (Versicherer)"),
    "desired_plate": ("Wunschkennz. (reserv.)", "Kennz_Wunsch"),
    "account_holder": ("Kontoinhaber/in (SEPA)", "Kontoinhaber gem. Mandat"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Bank/Sparkasse (Name)", "Institut_Name", "Kreditinstitut (Bank/Sparkasse)"),
    "passport_number": ("Nummer Reisepass/Passersatz", "Reisepass Nr. (Datenseite)"),
    "passport_expiry_date": ("Pass_Ablaufdatum", "Gültigkeit Reisepass (bis)",
                             "Ablaufdatum Reisepass"),
    "entry_date": ("Einreise ins Bundesgebiet (Datum)", "Einreise_Datum_BRD",
                   "Einreisetag gem. Stempel"),
    "purpose": ("Aufenthaltszweck (Auswahl)", "Zweck gem. Antrag"),
    "doc_kind": ("Dokumenttyp", "Dok_Typ", "Art des Ausweises"),
    "doc_number": ("Dokumentnummer", "Dok_Nummer", "Ausweisnummer gem. MRZ"),
    "issuing_state": ("Ausstellerstaat (Code)", "Staat_Ausstellung", "Ausstellender Staat"),
    "expiry_date": ("Gültig bis (Datum)", "Datum_Ablauf", "Ablaufdatum Ausweis"),
    "mrz": ("MRZ Zeile", "Zeile der Lesezone", "Lesezone_Zeile"),
    "spouse": ("Ehegatte Nr.", "Pers.-Nr. (Ehe)"),
}

SHEET_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Block A – Person", "Personendaten (Erfassung)", "Person (Stammdaten)"),
    "dwelling": ("Block B – neue Wohnung", "Daten neue Wohnung"),
    "previous": ("Block C – alte Wohnung", "Daten alte Wohnung"),
    "landlord": ("Wohnungsgeber/Vermieter", "Block A – Wohnungsgeber", "Daten Wohnungsgeber"),
    "flat": ("Mietwohnung + Einzug", "Block B – Wohnung/Einzug", "Daten Wohnung/Einzug"),
    "tenants": ("Eingezogene Personen (Liste)", "Block C – Personen", "Personenliste Einzug"),
    "child": ("Kind (gem. Eintrag)", "Block A – Kind", "Daten Kind"),
    "parents": ("Eltern (gem. Eintrag)", "Block B – Eltern", "Daten Eltern"),
    "register": ("Register/Beurkundung", "Block R – Register", "Registerangaben (Tabelle)"),
    "marriage": ("Eheschließung (Datum/Ort)", "Block B – Eheschließung", "Daten Eheschließung"),
    "spouses": ("Ehegatten (Tabelle)", "Block A – Ehegatten", "Daten Ehegatten"),
    "deceased": ("Block A – verstorbene Person", "Daten Verstorbene/r",
                 "Verstorbene/r (Stammdaten)"),
    "death": ("Sterbefall (Datum/Ort)", "Block B – Sterbefall", "Daten Sterbefall"),
    "holder": ("Block A – Halter/in", "Stammdaten Halter/in", "Halter/in (Tabelle)"),
    "vehicle": ("Fahrzeugdaten (ZB I)", "Block B – Fahrzeug", "Daten Fahrzeug"),
    "sepa": ("Block C – Bankverbindung", "Daten Lastschrift", "SEPA/Kfz-Steuer (Tabelle)"),
    "passport": ("Block B – Pass und Einreise", "Daten Reisedokument",
                 "Pass + Einreise (Tabelle)"),
    "residence": ("Anschrift Inland", "Block C – Anschrift", "Daten Wohnanschrift"),
    "document": ("Ausweisdaten (aus MRZ)", "Block A – Dokument", "Daten Ausweisdokument"),
}

SHEET_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Erfassungsblatt Anmeldung (Zuzug)", "Anmeldung – Datenerfassung",
                  "Meldedaten Zuzug (Tabelle)"),
    "wohnungsgeberbestaetigung": ("Erfassungsblatt Wohnungsgeberbestätigung",
                                  "Wohnungsgeberbestätigung – Datenerfassung",
                                  "Vermieterbestätigung (Tabelle)"),
    "geburtsurkunde": ("Erfassungsblatt Geburtsurkunde", "Geburtsurkunde – Datenübersicht",
                       "Geburtseintrag (Tabelle)"),
    "eheurkunde": ("Erfassungsblatt Eheurkunde", "Eheurkunde – Datenübersicht",
                   "Eheeintrag (Tabelle)"),
    "sterbeurkunde": ("Erfassungsblatt Sterbeurkunde", "Sterbeurkunde – Datenübersicht",
                      "Sterbeeintrag (Tabelle)"),
    "antrag_zulassung": ("Erfassungsblatt Fahrzeugzulassung",
                         "Zulassungsantrag – Datenerfassung", "Zulassung Kfz (Tabelle)"),
    "aufenthaltstitel_antrag": ("Erfassungsblatt Aufenthaltstitel",
                                "Antrag Aufenthaltstitel – Datenerfassung",
                                "Aufenthaltsantrag (Tabelle)"),
    "identity_document": ("Erfassungsblatt Ausweiskopie", "Ausweisdaten – Übersicht",
                          "Ausweiskopie (Tabelle)"),
}

SHEET_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "field": ("Feldbezeichnung", "Datenfeld", "Merkmal (Feld)"),
    "value": ("Inhalt", "Erfasster Wert", "Eintrag (Wert)"),
    "remark": ("Hinweis", "Prüfvermerk", "Anmerkung Sachbearb."),
    "status": ("Status", "Prüfstatus", "Stand Prüfung"),
    "number": ("lfd. Zeile", "Pos.-Nr.", "Zeile Nr."),
    "page": ("Seite", "Blatt", "S."),
    "created": ("Erstellt", "Angelegt", "Ausdruck vom"),
    "clerk": ("Bearb.", "Sachbearbeitung", "Erfasst durch"),
    "picture": ("Scan Ausweis (eingefügt)", "Bild: Ausweiskopie", "Grafik 1 – Ausweisscan"),
    "sheets": ("Tabelle1", "Erfassungsmaske", "Blatt1"),
}

# Cells of the sheet's remarks and status columns (never a value of the document).
SHEET_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "status": ("geprüft", "o.k.", "offen", "übernommen", "Rückfrage", "erl."),
    "remark": ("lt. Vorlage", "aus Ausweis übernommen", "Pflichtangabe (Tabelle)", "optional",
               "Nachweis liegt vor", "manuell erfasst", "bitte prüfen",
               "Angabe freiwillig (Tab.)"),
}

# --- printing habits ----------------------------------------------------------------------------

MONTHS_UPPER8: Final = ("JAN", "FEB", "MRZ", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT",
                        "NOV", "DEZ")
# how a German spreadsheet program abbreviates months (format code MMM)
MONTHS_SHEET8: Final = ("Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
                        "Nov", "Dez")
WEEKDAYS8: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag")
KIOSK_DATE_STYLES: Final = ("numeric", "mon_upper", "dash", "numeric")
SHEET_DATE_STYLES: Final = ("numeric", "xl_mmm", "xl_dash", "xl_long", "iso", "numeric")
EXTRA8_DATE_STYLES: Final = tuple(dict.fromkeys((*KIOSK_DATE_STYLES, *SHEET_DATE_STYLES)))


def format_extra8_date(d: date, style: str) -> str:
    """A date as the kiosk / sheet layouts print it (always with the four-digit year)."""
    if style == "mon_upper":
        return f"{d.day:02d}.{MONTHS_UPPER8[d.month - 1]}.{d.year}"
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "xl_mmm":
        return f"{d.day:02d}. {MONTHS_SHEET8[d.month - 1]} {d.year}"
    if style == "xl_dash":
        return f"{d.day:02d}-{MONTHS_SHEET8[d.month - 1]}-{d.year}"
    if style == "xl_long":
        return f"{WEEKDAYS8[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` as a value (for tests)."""
    return {format_extra8_date(d, s) for s in EXTRA8_DATE_STYLES}


SEX8: Final[dict[str, dict[str, str]]] = {
    # kiosk
    "upper": {"F": "WEIBLICH", "M": "MÄNNLICH", "D": "DIVERS", "X": "KEINE ANGABE"},
    "abbr": {"F": "WEIBL.", "M": "MÄNNL.", "D": "DIV.", "X": "K.A."},
    "letter": {"F": "W/WEIBLICH", "M": "M/MÄNNLICH", "D": "D/DIVERS", "X": "X/KEINE ANGABE"},
    # sheet
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "keine Angabe"},
    "lower": {"F": "w", "M": "m", "D": "d", "X": "x"},
    "capital": {"F": "Weiblich", "M": "Männlich", "D": "Divers", "X": "Keine Angabe"},
}
KIOSK_SEX_MODES: Final = ("upper", "abbr", "letter", "upper")
SHEET_SEX_MODES: Final = ("word", "lower", "capital", "word")


def sex_word(code: str, mode: str) -> str:
    return SEX8.get(mode, SEX8["word"])[code]


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex (for tests)."""
    return {table[code] for table in SEX8.values()}


KIOSK_NATIONALITY_MODES: Final = ("upper", "country_upper", "code_upper", "upper")
SHEET_NATIONALITY_MODES: Final = ("adjective", "country", "code_country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "upper":
        return adjective.upper()
    if mode == "country_upper":
        return country.upper()
    if mode == "code_upper":
        return f"{code}/{adjective.upper()}"
    if mode == "country":
        return country
    if mode == "code_country":
        return f"{code} ({country})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    modes = (*KIOSK_NATIONALITY_MODES, *SHEET_NATIONALITY_MODES)
    return {nationality_word(code, m) for m in modes}


# purposes and dwellings: (kiosk full, kiosk short, sheet full, sheet short)
PURPOSE8: Final[dict[str, tuple[str, str, str, str]]] = {
    "study": ("STUDIUM", "STUD.-AUFENTH.", "Studium (§ 16b AufenthG)", "Studium"),
    "employment": ("ERWERBSTAETIGKEIT", "BESCHAEFTIGUNG", "Erwerbstätigkeit (§§ 18 ff. AufenthG)",
                   "Erwerbstätigkeit"),
    "family": ("FAMILIENNACHZUG", "FAM. GRUENDE", "Familiennachzug (§§ 27 ff. AufenthG)",
               "familiäre Gründe"),
    "humanitarian": ("HUMANITAERE GRUENDE", "HUMANITAER", "humanitäre Gründe (§§ 22 ff. AufenthG)",
                     "humanitär"),
    "other": ("SONSTIGER ZWECK", "SONSTIGES", "sonstiger Zweck", "Sonstiges"),
}
PURPOSE_ORDER8: Final = ("study", "employment", "family", "humanitarian", "other")
DWELLING8: Final[dict[str, tuple[str, str, str, str]]] = {
    "main": ("HAUPTWOHNUNG", "HAUPTWHG.", "Hauptwohnung", "HW – Hauptwohnung"),
    "secondary": ("NEBENWOHNUNG", "NEBENWHG.", "Nebenwohnung", "NW – Nebenwohnung"),
}
LANDLORD_ROLES8: Final = (("EIGENTUEMER/IN", "Eigentümer/in"),
                          ("BEAUFTR. D. EIGENTUEMERS", "vom Eigentümer beauftragt"))
MARITAL8: Final = (("LEDIG", "ledig"), ("VERH.", "verheiratet"), ("GESCH.", "geschieden"),
                   ("VERW.", "verwitwet"))
ID_KINDS8: Final = {"P": ("REISEPASS", "Reisepass"), "I": ("PERS.-AUSWEIS", "Personalausweis")}


class Extra8Wording(Wording):
    """Labels, headings, furniture and titles from the twelfth pool, chosen once per
    document (the kiosk's pool or the sheet's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.kiosk = layout == "kiosk"
        self._other: dict[str, str] = {}

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            pool = KIOSK_LABELS if self.kiosk else SHEET_LABELS
            options = pool[key]  # no fallback to another pool
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        return self._once("s:", key, (KIOSK_SECTIONS if self.kiosk else SHEET_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (KIOSK_WORDS if self.kiosk else SHEET_WORDS)[key])

    def note(self, key: str) -> str:
        """A remark or status cell (drawn afresh each time)."""
        options = SHEET_NOTES[key]
        return options[self._rng.randrange(len(options))]

    def title(self, doc_type: str) -> str:
        options = (KIOSK_TITLES if self.kiosk else SHEET_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra8Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra8_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool (for tests)."""
    pools_ = (KIOSK_LABELS, KIOSK_SECTIONS, KIOSK_TITLES, KIOSK_WORDS, SHEET_LABELS,
              SHEET_SECTIONS, SHEET_TITLES, SHEET_WORDS, SHEET_NOTES)
    return [s for pool in pools_ for options in pool.values() for s in options]
