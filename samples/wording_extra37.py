"""The forty-first wording pool and the printing habits of the thirty-seventh extra pair.

``EXPORT_KEYS`` (the field names of a flat data export in three naming schemes: a specialist
system's snake_case abbreviations, an online service's camelCase names, a host system's upper
case columns), ``EXPORT_SECTIONS`` (section, table and prefix names), ``EXPORT_TECH`` (the
technical fields that carry no truth value) and ``EXPORT_WORDS`` belong to the ``dataexport``
layout; ``CHANGE_LABELS`` (the items of a change-of-particulars form or register extract),
``CHANGE_HEADS``, ``CHANGE_TITLES``, ``CHANGE_PAIRS`` (how the form names the previous and the
new entry), ``CHANGE_SAME`` (how it marks an item that did not change) and ``CHANGE_WORDS`` to
the ``changeform`` layout. They are used only by the layouts in ``EXTRA37_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra37``, nor tune on those layouts' failures. None of the label
strings repeats a string of the forty other pools, nor any string literal of the older modules
of ``samples``, not even up to case, punctuation or spacing (a test checks this).

The module also prints dates (ISO, ISO basic, numeric, long, unpadded), sex, nationality and
the choice values as these layouts do. The ground truth stays the catalog's normalised value.
Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

# --- dates ---------------------------------------------------------------------------------------

#: how an export writes a day ("compact": ISO basic, 19870314)
EXPORT_DATE_STYLES: Final = ("iso", "compact", "iso", "numeric")
#: how a change form prints a day
CHANGE_DATE_STYLES: Final = ("numeric", "long", "unpadded", "numeric")


def date37(d: date, style: str) -> str:
    """``d`` as this pair prints it (always with a four-digit year)."""
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {date37(d, s) for s in (*EXPORT_DATE_STYLES, *CHANGE_DATE_STYLES)}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER37: Final = ("F", "M", "D", "X")
SEX_WORD37: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "keine Angabe"}
#: the code letter an export stores
SEX_CODE37: Final[dict[str, str]] = {"F": "W", "M": "M", "D": "D", "X": "X"}

#: "code_word" (the code and its meaning), "code", "word"
EXPORT_SEX_MODES: Final = ("code_word", "code", "word", "code_word")
#: "word" or "choice" (printed boxes, the chosen one crossed)
CHANGE_SEX_MODES: Final = ("word", "choice", "word")


def sex_text(code: str, mode: str) -> str:
    if mode == "code":
        return SEX_CODE37[code]
    return SEX_WORD37[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD37[code], SEX_CODE37[code]}


#: "alpha3" (the ISO code), "alpha3_word" (the code and the adjective), "word" (the adjective)
EXPORT_NATIONALITY_MODES: Final = ("alpha3", "alpha3_word", "word", "alpha3")
#: "adjective" or "country"
CHANGE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode in ("alpha3", "alpha3_word"):
        return code
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, code}


PURPOSE_ORDER37: Final = ("study", "employment", "family", "humanitarian", "other")
#: (an export's enumeration key, an export's meaning, a change form's wording)
PURPOSE37: Final[dict[str, tuple[str, str, str]]] = {
    "study": ("AZ_STUDIUM", "Aufenthalt zu Studienzwecken",
              "Studium an einer staatlich anerkannten Hochschule"),
    "employment": ("AZ_ERWERB", "Aufenthalt zur Ausübung einer Beschäftigung",
                   "Aufnahme oder Fortsetzung einer Beschäftigung"),
    "family": ("AZ_FAMILIE", "Aufenthalt wegen familiärer Bindungen",
               "Zusammenleben mit Familienangehörigen im Bundesgebiet"),
    "humanitarian": ("AZ_HUMANITAER", "Aufenthalt wegen humanitärer Schutzgründe",
                     "Schutz aus humanitären oder politischen Gründen (Schutzstatus)"),
    "other": ("AZ_SONSTIGE", "Aufenthalt zu einem anderen Zweck",
              "ein anderer, gesondert erläuterter Aufenthaltszweck"),
}
DWELLING_ORDER37: Final = ("main", "secondary")
#: (an export's key, an export's meaning, a change form's wording)
DWELLING37: Final[dict[str, tuple[str, str, str]]] = {
    "main": ("WST_HAUPT", "alleinige Wohnung oder Hauptwohnung", "künftig Hauptwohnung"),
    "secondary": ("WST_NEBEN", "weitere Wohnung (Nebenwohnsitz)", "künftig Nebenwohnung"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE37[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING37[code]


# --- dataexport: a flat data export --------------------------------------------------------------

#: per field: its name in three schemes (snake_case with a table prefix, dotted camelCase paths,
#: a host system's numbered upper-case columns; the numbers are added below)
_EXPORT_BASE: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("ew_nm_familie", "person.famName", "FNAME"),
    "given_names": ("ew_nm_vornamen", "person.vorNamen", "VNAMEN"),
    "birth_name": ("ew_nm_geburt", "person.gebName", "GEBNAME_ALT"),
    "date_of_birth": ("ew_dt_geburt", "person.gebDatum", "GEBDAT"),
    "place_of_birth": ("ew_ort_geburt", "person.gebOrt", "GEBORT"),
    "sex": ("ew_kz_geschlecht", "person.geschlechtKz", "GESCHL"),
    "sex_word": ("ew_tx_geschlecht", "person.geschlechtText", "GESCHL_TX"),
    "nationality": ("ew_cd_staatsang", "person.staatsangCode", "STAANG"),
    "nationality_word": ("ew_tx_staatsang", "person.staatsangText", "STAANG_TX"),
    "move_in_date": ("ew_dt_einzug", "wohnung.einzugAm", "EINZDAT"),
    "street": ("ew_adr_strasse", "wohnung.strasseName", "STR"),
    "house_number": ("ew_adr_hausnr", "wohnung.hausNr", "HNR"),
    "postal_code": ("ew_adr_plz", "wohnung.postleitzahl", "PLZ"),
    "city": ("ew_adr_ort", "wohnung.ortName", "ORT"),
    "address": ("ew_adr_zeile", "wohnung.anschriftZeile", "ANSCHR_ZL"),
    "previous_address": ("ew_adr_vorher", "vorwohnung.anschriftZeile", "VORANSCHR_ZL"),
    "dwelling": ("ew_kz_wohnstatus", "wohnung.statusKz", "WSTAT"),
    "dwelling_word": ("ew_tx_wohnstatus", "wohnung.statusText", "WSTAT_TX"),
    "landlord_name": ("wg_nm_geber", "wohnungsgeber.nameFirmaVoll", "WGB_NM"),
    "landlord_address": ("wg_adr_geber", "wohnungsgeber.anschriftZeile", "WGB_ANSCHR_ZL"),
    "landlord_role": ("wg_kz_eigentuemer", "wohnungsgeber.istEigentuemer", "WGB_EIGT_JN"),
    "tenant": ("wg_mp_name_{n}", "meldepflichtige[{n}].vollerName", "MPF{n}_NM"),
    "vin": ("kf_fz_fin", "fahrzeug.fin17", "FZ_FIN"),
    "evb": ("kf_vs_evb", "versicherung.evbNr", "VS_EVB"),
    "desired_plate": ("kf_kz_wunsch", "kennzeichen.vorgemerktWunsch", "WUNSCHKZ"),
    "iban": ("kf_bk_iban", "mandat.ibanKonto", "MD_IBAN"),
    "bic": ("kf_bk_bic", "mandat.bicKonto", "MD_BIC"),
    "account_holder": ("kf_bk_inhaber", "mandat.kontoinhaberName", "MD_KTOINH"),
    "make": ("kf_fz_hersteller", "fahrzeug.herstellerName", "FZHERSTELLER"),
    "passport_number": ("ab_ps_nummer", "pass.nummerPass", "PASSNR"),
    "passport_expiry": ("ab_ps_gueltig_bis", "pass.gueltigBisDatum", "PASS_GBIS"),
    "entry_date": ("ab_dt_einreise", "aufenthalt.einreiseAm", "EINRDAT"),
    "purpose": ("ab_kz_zweck", "aufenthalt.zweckKz", "AUFZWECK"),
    "purpose_word": ("ab_tx_zweck", "aufenthalt.zweckText", "AUFZWECK_TX"),
    "doc_kind": ("dk_art_format", "dokument.formatMrz", "DOKFMT"),
    "doc_code": ("dk_art_code", "dokument.artCode", "DOKART"),
    "issuing_state": ("dk_staat_aussteller", "dokument.ausstellerStaatCode", "DOKSTAAT"),
    "doc_number": ("dk_nr_dokument", "dokument.nummerDok", "DOKNR"),
    "expiry_date": ("dk_dt_ablauf", "dokument.gueltigBisDatum", "DOKABL"),
    "mrz_line": ("dk_mrz_{n}", "dokument.mrz[{n}]", "MRZ{n}"),
    "mother_name": ("ps_nm_mutter", "eltern.mutterVollerName", "MUTTERNAME_VOLL"),
    "father_name": ("ps_nm_vater", "eltern.vaterVollerName", "VATERNAME_VOLL"),
    "registry_office": ("ps_standesamt", "register.standesamtName", "STA_NM"),
    "register_number": ("ps_reg_nr", "register.nummerMitJahr", "REGNR"),
    "issue_date": ("ps_dt_ausstellung", "urkunde.ausstellungsTag", "AUSSTDAT"),
    "date_of_death": ("ps_dt_tod", "sterbefall.todesTag", "STERBDAT"),
    "place_of_death": ("ps_ort_tod", "sterbefall.todesOrt", "STERBORT"),
    "marriage_date": ("ps_dt_eheschl", "eheschliessung.tagTrauung", "EHEDAT"),
    "marriage_place": ("ps_ort_eheschl", "eheschliessung.ortTrauung", "EHEORT"),
}
EXPORT_KEYS: Final[dict[str, tuple[str, str, str]]] = {
    key: (snake, dotted, f"F{n:02d}_{upper}")
    for n, (key, (snake, dotted, upper)) in enumerate(_EXPORT_BASE.items(), start=1)
}

#: prefixes a flat export puts before a person's keys (snake, dotted, upper)
EXPORT_PREFIXES: Final[dict[str, tuple[str, str, str]]] = {
    "spouse1": ("egt1_", "gatte1.", "E1"),
    "spouse2": ("egt2_", "gatte2.", "E2"),
    "holder": ("ha_", "halter.", "H"),
}

#: section / table names (INI sections, SQL tables), one per scheme
EXPORT_SECTIONS: Final[dict[str, tuple[str, str, str]]] = {
    "meta": ("t_exportkopf", "exportMetadatenBlock", "S00_KOPF"),
    "person": ("t_meldeperson", "meldepersonBlock", "S01_PERSON"),
    "dwelling": ("t_wohnung_neu", "bezogeneWohnungBlock", "S02_WOHNUNG"),
    "landlord": ("t_wohnungsgeber", "wohnungsgeberAngabenBlock", "S03_WGEBER"),
    "tenants": ("t_meldepflichtige", "meldepflichtigeBlock", "S04_MPFL"),
    "vehicle": ("t_fahrzeug", "fahrzeugAngabenBlock", "S05_FZG"),
    "holder": ("t_halter", "halterAngabenBlock", "S06_HALTER"),
    "sepa": ("t_sepa_mandat", "lastschriftBlock", "S07_SEPA"),
    "stay": ("t_aufenthalt", "aufenthaltBlock", "S08_AUFENTH"),
    "passport": ("t_nationalpass", "nationalpassBlock", "S09_PASS"),
    "document": ("t_dokument", "ausweisdokumentBlock", "S10_DOKUMENT"),
    "zone": ("t_mrz_zeilen", "mrzZeilenBlock", "S11_MRZ"),
    "child": ("t_kind", "kindAngabenBlock", "S12_KIND"),
    "parents": ("t_eltern", "elternAngabenBlock", "S13_ELTERN"),
    "spouse1": ("t_ehegatte_1", "ersterEhegatteBlock", "S14_EHEG1"),
    "spouse2": ("t_ehegatte_2", "zweiterEhegatteBlock", "S15_EHEG2"),
    "marriage": ("t_eheschliessung", "eheschliessungBlock", "S16_EHE"),
    "deceased": ("t_verstorbene", "verstorbeneBlock", "S17_VERST"),
    "death": ("t_sterbefall", "sterbefallAngabenBlock", "S18_STERBEF"),
    "register": ("t_registereintrag", "registereintragBlock", "S19_REGISTER"),
}

#: technical fields (none of them a truth value)
EXPORT_TECH: Final[dict[str, tuple[str, str, str]]] = {
    "record_id": ("sys_satz_id", "meta.datensatzUuid", "T01_SATZID"),
    "created": ("sys_ts_erstellt", "meta.erstelltZeitpunkt", "T02_TSERST"),
    "changed": ("sys_ts_geaendert", "meta.geaendertZeitpunkt", "T03_TSAEND"),
    "hash": ("sys_sha256", "meta.inhaltPruefwertSha256", "T04_HASH"),
    "case": ("sys_vorgang_nr", "meta.vorgangsKennzeichen", "T05_VORGNR"),
    "channel": ("sys_kanal", "meta.eingangsKanalKz", "T06_KANAL"),
    "version": ("sys_schema_version", "meta.schemaVersionNr", "T07_VERS"),
    "user": ("sys_bearbeiter", "meta.sachbearbeiterKz", "T08_BEARB"),
    "office_key": ("sys_ags", "meta.gemeindeschluesselAgs", "T09_AGS"),
    "fee": ("sys_gebuehr_eur", "meta.gebuehrEuroCent", "T10_GEB"),
}

#: furniture of an export's print: tools, print heads, comment lines
EXPORT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "tool": ("Exportdienst Fachverfahren, Schnittstelle Datenauskunft",
             "Portal-Datenexport (Auskunftsersuchen nach Art. 15 DS-GVO)",
             "Datenübergabe aus dem Fachverfahren an die Poststelle"),
    "comment_head": ("Datei erzeugt durch den automatischen Export – nicht bearbeiten",
                     "Kopie der Übergabedatei zur Akte genommen",
                     "Ausdruck der Rohdaten für die Sachbearbeitung"),
    "enc": ("Zeichensatz UTF-8, Trennung durch Semikolon oder Komma",
            "Kodierung: UTF-8 ohne BOM",
            "Zeilenende LF, Felder in Anführungszeichen wo nötig"),
    "dict_head": ("Feldbeschreibung zur Exportdatei", "Satzbeschreibung der Übergabedatei",
                  "Erläuterung der Spaltennamen der Exportdatei"),
    "dict_cols": ("Feldkennung|Inhalt|Format", "Spalte|Bedeutung|Datentyp",
                  "Name|Beschreibung|Typ"),
    "printed": ("gedruckt am {ts} von {user}", "Druck: {ts} ({user})",
                "Ausdruck vom {ts}, Benutzer {user}"),
    "page": ("{n}. Seite von {m}", "Bl. {n} v. {m}", "- {n} -"),
    "rows": ("1 Datensatz exportiert", "Anzahl Sätze: 1", "(1 Zeile betroffen)"),
}

#: what a field dictionary says about a field (its meaning), per catalog key
EXPORT_MEANINGS: Final[dict[str, str]] = {
    "family_name": "enthält den aktuell geführten Familiennamen",
    "given_names": "enthält alle Vornamen in ihrer Reihenfolge",
    "birth_name": "enthält den Namen, der bei Geburt geführt wurde",
    "date_of_birth": "enthält den Geburtstag der Person",
    "place_of_birth": "enthält den Geburtsort laut Personenstandsurkunde",
    "sex": "enthält den Geschlechtsschlüssel (W, M, D, X)",
    "nationality": "enthält die Staatsangehörigkeit als dreistelligen ISO-Code",
    "move_in_date": "enthält den Tag, an dem die Wohnung bezogen wurde",
    "street": "enthält den Straßennamen der bezogenen Wohnung",
    "house_number": "enthält die Hausnummer samt Zusatzbuchstaben",
    "postal_code": "enthält die Postleitzahl der bezogenen Wohnung",
    "city": "enthält die Gemeinde der bezogenen Wohnung",
    "address": "enthält die Anschrift der bezogenen Wohnung in einer Zeile",
    "previous_address": "enthält die Anschrift der vorher bewohnten Wohnung",
    "dwelling": "enthält den Schlüssel des Wohnungsstatus",
    "landlord_name": "enthält Name oder Firma der wohnungsgebenden Stelle",
    "landlord_address": "enthält die Anschrift der wohnungsgebenden Stelle",
    "tenant": "enthält den vollen Namen je einziehender Person",
    "vin": "enthält die 17-stellige Fahrzeug-Identifizierungsnummer",
    "evb": "enthält die siebenstellige eVB-Nummer des Versicherers",
    "desired_plate": "enthält das reservierte Wunschkennzeichen, falls vorhanden",
    "iban": "enthält die IBAN des Kontos für den Steuereinzug",
    "account_holder": "enthält den Namen der kontoführenden Person",
    "passport_number": "enthält die Nummer des Nationalpasses",
    "passport_expiry": "enthält den letzten Gültigkeitstag des Passes",
    "entry_date": "enthält den Tag der Einreise ins Bundesgebiet",
    "purpose": "enthält den Schlüssel des beantragten Zwecks",
    "mother_name": "enthält den vollen Namen der Mutter",
    "father_name": "enthält den vollen Namen des Vaters (leer, wenn nicht eingetragen)",
    "registry_office": "enthält die Bezeichnung des registerführenden Standesamts",
    "register_number": "enthält Registerart, laufende Nummer und Jahrgang",
    "issue_date": "enthält den Ausstellungstag der Urkunde",
    "date_of_death": "enthält den Sterbetag laut Sterberegister",
    "place_of_death": "enthält den Sterbeort laut Sterberegister",
    "marriage_date": "enthält den Tag der Trauung",
    "marriage_place": "enthält den Ort der Trauung",
}


# --- changeform: a change-of-particulars form or register extract --------------------------------

#: per field: three labels of a change form's items
CHANGE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (Stand der Mitteilung)", "Name, Familienname – Änderungsposten",
                    "Familienname der meldenden Person"),
    "given_names": ("Vorname(n) (Stand der Mitteilung)", "Vornamen – Änderungsposten",
                    "Vornamen der meldenden Person"),
    "birth_name": ("Geburtsname (Stand der Mitteilung)", "Geburtsname – Änderungsposten",
                   "Geburtsname der meldenden Person"),
    "date_of_birth": ("Geburtsdatum (Stand der Mitteilung)", "Geburtstag – Änderungsposten",
                      "Geburtsdatum der meldenden Person"),
    "place_of_birth": ("Geburtsort (Stand der Mitteilung)", "Geburtsort – Änderungsposten",
                       "Geburtsort der meldenden Person"),
    "sex": ("Geschlecht (Stand der Mitteilung)", "Geschlecht – Änderungsposten",
            "Geschlecht der meldenden Person"),
    "nationality": ("Staatsangehörigkeit(en) (Stand der Mitteilung)",
                    "Staatsangehörigkeit – Änderungsposten",
                    "Staatsangehörigkeit der meldenden Person"),
    "move_in_date": ("Änderung wirksam ab (Einzugstag)", "Tag des Bezugs – Änderungsposten",
                     "Einzug in die jetzige Wohnung am"),
    "street": ("Straße der Wohnung (Stand der Mitteilung)", "Straße – Änderungsposten",
               "Straße der jetzigen Wohnanschrift"),
    "house_number": ("Haus-Nr. (Stand der Mitteilung)", "Hausnummer – Änderungsposten",
                     "Hausnummer der jetzigen Wohnanschrift"),
    "postal_code": ("PLZ (Stand der Mitteilung)", "Postleitzahl – Änderungsposten",
                    "Postleitzahl der jetzigen Wohnanschrift"),
    "city": ("Wohnort (Stand der Mitteilung)", "Gemeinde – Änderungsposten",
             "Ort der jetzigen Wohnanschrift"),
    "address": ("Wohnanschrift (Stand der Mitteilung)", "Anschrift – Änderungsposten",
                "jetzige Wohnanschrift (Straße Nr., PLZ Ort)"),
    "dwelling": ("Art der Wohnung (Stand der Mitteilung)", "Wohnungsstatus – Änderungsposten",
                 "Nutzung der Wohnanschrift als"),
    "landlord_name": ("Wohnungsgeber/in (Stand der Mitteilung)",
                      "Wohnungsgeber – Änderungsposten", "Name des Wohnungsgebers der Wohnung"),
    "landlord_address": ("Anschrift Wohnungsgeber/in (Stand der Mitteilung)",
                         "Anschrift Wohnungsgeber – Änderungsposten",
                         "Anschrift des Wohnungsgebers der Wohnung"),
    "tenant": ("einziehende Personen (Stand der Mitteilung)",
               "einziehende Personen – Änderungsposten", "Namen aller einziehenden Personen"),
    "vin": ("FIN des Fahrzeugs (Stand der Mitteilung)", "Fahrzeug-Ident.-Nr. – Änderungsposten",
            "Fahrzeug-Identifizierungsnummer des Fahrzeugs"),
    "evb": ("eVB-Nummer (Stand der Mitteilung)", "Versicherungsbestätigung – Änderungsposten",
            "eVB-Nummer der Haftpflichtversicherung"),
    "plate": ("Kennzeichen (Stand der Mitteilung)", "Kennzeichen – Änderungsposten",
              "amtliches Kennzeichen des Fahrzeugs"),
    "iban": ("IBAN für die Kfz-Steuer (Stand der Mitteilung)", "IBAN – Änderungsposten",
             "IBAN des Kontos für die Kraftfahrzeugsteuer"),
    "account_holder": ("Kontoinhaber/in (Stand der Mitteilung)",
                       "Kontoinhaber – Änderungsposten", "Inhaber des Kontos für die Steuer"),
    "passport_number": ("Passnummer (Stand der Mitteilung)", "Pass-Nr. – Änderungsposten",
                        "Nummer des gültigen Nationalpasses"),
    "passport_expiry": ("Pass gültig bis (Stand der Mitteilung)",
                        "Passgültigkeit – Änderungsposten", "Gültigkeitsende des Nationalpasses"),
    "entry_date": ("Einreise am (Stand der Mitteilung)", "Einreisetag – Änderungsposten",
                   "Tag der ersten Einreise nach Deutschland"),
    "purpose": ("Aufenthaltszweck (Stand der Mitteilung)",
                "Zweck des Aufenthalts – Änderungsposten",
                "künftiger Zweck des Aufenthalts"),
    "doc_kind": ("Dokumentart (Stand der Mitteilung)", "Ausweisart – Änderungsposten",
                 "Art des jetzt vorgelegten Ausweisdokuments"),
    "doc_number": ("Dokumentennummer (Stand der Mitteilung)",
                   "Seriennummer Dokument – Änderungsposten",
                   "Nummer des jetzt vorgelegten Ausweisdokuments"),
    "expiry_date": ("Dokument gültig bis (Stand der Mitteilung)",
                    "Ablaufdatum Dokument – Änderungsposten",
                    "Gültigkeitsende des jetzt vorgelegten Dokuments"),
    "issuing_state": ("ausstellender Staat (Stand der Mitteilung)",
                      "Ausstellerstaat – Änderungsposten",
                      "Staat, der das jetzt vorgelegte Dokument ausstellte"),
    "mother_name": ("Mutter (Stand des Eintrags)", "Mutter – Änderungsposten",
                    "Name der Mutter laut geändertem Eintrag"),
    "father_name": ("Vater (Stand des Eintrags)", "Vater – Änderungsposten",
                    "Name des Vaters laut geändertem Eintrag"),
    "registry_office": ("führendes Standesamt (Stand des Eintrags)",
                        "Standesamt – Änderungsposten",
                        "Standesamt, das den geänderten Eintrag führt"),
    "register_number": ("Registernummer (Stand des Eintrags)", "Reg.-Nr. – Änderungsposten",
                        "Nummer des geänderten Registereintrags"),
    "issue_date": ("Auszug nach Änderung erstellt am", "Datum dieses Auszugs – Änderungsposten",
                   "Tag der Ausstellung dieses Änderungsauszugs"),
    "date_of_death": ("Sterbetag (Stand des Eintrags)", "Todestag – Änderungsposten",
                      "Tag des Todes laut geändertem Eintrag"),
    "place_of_death": ("Sterbeort (Stand des Eintrags)", "Ort des Todes – Änderungsposten",
                       "Ort des Todes laut geändertem Eintrag"),
    "marriage_date": ("Tag der Eheschließung (Stand des Eintrags)",
                      "Eheschließungstag – Änderungsposten",
                      "Tag der Eheschließung laut geändertem Eintrag"),
    "marriage_place": ("Ort der Eheschließung (Stand des Eintrags)",
                       "Eheschließungsort – Änderungsposten",
                       "Ort der Eheschließung laut geändertem Eintrag"),
}

#: section heads of a change form
CHANGE_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "person": ("A. Angaben zur Person (mit Änderungen)", "Personendaten – bisher und neu",
               "Zur Person: Gegenüberstellung"),
    "dwelling": ("B. Wohnung (mit Änderungen)", "Wohnungsdaten – bisher und neu",
                 "Zur Wohnung: Gegenüberstellung"),
    "landlord": ("B. Wohnungsgeber (mit Änderungen)", "Wohnungsgeberdaten – bisher und neu",
                 "Zum Wohnungsgeber: Gegenüberstellung"),
    "tenants": ("C. Einziehende Personen (mit Änderungen)", "Personenliste – bisher und neu",
                "Zu den einziehenden Personen: Gegenüberstellung"),
    "holder": ("A. Halterin / Halter (mit Änderungen)", "Halterdaten – bisher und neu",
               "Zum Halter: Gegenüberstellung"),
    "vehicle": ("B. Fahrzeug und Versicherung (mit Änderungen)",
                "Fahrzeugdaten – bisher und neu", "Zum Fahrzeug: Gegenüberstellung"),
    "sepa": ("C. Lastschriftmandat Kfz-Steuer (mit Änderungen)", "Kontodaten – bisher und neu",
             "Zum Konto: Gegenüberstellung"),
    "stay": ("B. Pass und Aufenthalt (mit Änderungen)", "Aufenthaltsdaten – bisher und neu",
             "Zum Aufenthalt: Gegenüberstellung"),
    "document": ("B. Ausweisdokument (mit Änderungen)", "Dokumentdaten – bisher und neu",
                 "Zum Dokument: Gegenüberstellung"),
    "child": ("A. Kind (Folgebeurkundung)", "Daten des Kindes – bisher und neu",
              "Zum Kind: Gegenüberstellung"),
    "parents": ("B. Eltern (Folgebeurkundung)", "Daten der Eltern – bisher und neu",
                "Zu den Eltern: Gegenüberstellung"),
    "spouse1": ("A. Erster Ehegatte (Folgebeurkundung)", "Ehegatte 1 – bisher und neu",
                "Zum ersten Ehegatten: Gegenüberstellung"),
    "spouse2": ("B. Zweiter Ehegatte (Folgebeurkundung)", "Ehegatte 2 – bisher und neu",
                "Zum zweiten Ehegatten: Gegenüberstellung"),
    "marriage": ("C. Eheschließung (Folgebeurkundung)", "Eheschließung – bisher und neu",
                 "Zur Eheschließung: Gegenüberstellung"),
    "deceased": ("A. Verstorbene Person (Berichtigung)",
                 "Daten der verstorbenen Person – bisher und neu",
                 "Zur verstorbenen Person: Gegenüberstellung"),
    "death": ("B. Sterbefall (Berichtigung)", "Sterbefalldaten – bisher und neu",
              "Zum Sterbefall: Gegenüberstellung"),
    "register": ("Registerdaten dieses Auszugs", "Eintrag im Personenstandsregister – Stand",
                 "Zum Registereintrag nach der Änderung"),
}

#: titles per type
CHANGE_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Mitteilung über die Änderung von Meldedaten (Ummeldung)",
                  "Ummeldung innerhalb Deutschlands – Gegenüberstellung alt / neu",
                  "Veränderungsanzeige zum Melderegister"),
    "wohnungsgeberbestaetigung": ("Berichtigte Wohnungsgeberbestätigung nach § 19 BMG",
                                  "Änderungsmeldung zur Wohnungsgeberbestätigung",
                                  "Wohnungsgeberbestätigung – Änderung einer früheren Bestätigung"),
    "geburtsurkunde": ("Auszug aus dem Geburtenregister mit Folgebeurkundung",
                       "Geburtseintrag – Mitteilung über eine Änderung",
                       "Änderungsnachweis zum Geburtseintrag"),
    "eheurkunde": ("Auszug aus dem Eheregister mit Folgebeurkundung",
                   "Eheeintrag – Mitteilung über eine Änderung",
                   "Änderungsnachweis zum Eheeintrag"),
    "sterbeurkunde": ("Auszug aus dem Sterberegister mit Berichtigung",
                      "Sterbeeintrag – Mitteilung über eine Berichtigung",
                      "Änderungsnachweis zum Sterbeeintrag"),
    "antrag_zulassung": ("Änderung der Halter- und Fahrzeugdaten mit SEPA-Mandat",
                         "Umschreibung / Änderungsanzeige Kraftfahrzeug",
                         "Änderungsantrag Zulassung – Gegenüberstellung"),
    "aufenthaltstitel_antrag": ("Antrag auf Änderung des Aufenthaltstitels (Zweckwechsel)",
                                "Änderungsmitteilung an die Ausländerbehörde",
                                "Aufenthalt: Mitteilung geänderter Angaben"),
    "identity_document": ("Mitteilung über ein neues Ausweisdokument",
                          "Änderung der Dokumentdaten – neues Dokument vorgelegt",
                          "Dokumentenwechsel: Gegenüberstellung der Daten"),
}

#: (previous, new) column heads or line captions
CHANGE_PAIRS: Final = (("bisher", "neu"), ("alt", "neu"), ("zuvor", "jetzt"),
                       ("bisheriger Eintrag", "neuer Eintrag"),
                       ("Stand vor der Änderung", "Stand nach der Änderung"))
#: how an unchanged item is marked
CHANGE_SAME: Final = ("unverändert", "keine Änderung", "bleibt", "wie bisher")

#: furniture of a change form
CHANGE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "item": ("Angabe / Merkmal", "Merkmal der Mitteilung", "Position (Änderungsposten)"),
    "reason": ("Grund der Änderung", "Anlass der Mitteilung", "Änderungsgrund"),
    "reasons_anm": ("Umzug innerhalb Deutschlands", "Namensänderung",
                    "Wechsel der Staatsangehörigkeit",
                    "Änderung des Wohnungsstatus"),
    "reasons_wg": ("Einzugstag berichtigt", "Eigentümerwechsel", "weitere Person zieht ein",
                   "Anschrift des Wohnungsgebers geändert"),
    "reasons_cert": ("Folgebeurkundung (Nachtrag)", "Berichtigung nach § 47 PStG",
                     "Namenserklärung", "Anerkennung der Vaterschaft"),
    "reasons_kfz": ("Umzug des Halters", "neue Bankverbindung", "Versichererwechsel",
                    "Fahrzeugwechsel"),
    "reasons_aus": ("Zweckwechsel", "neuer Nationalpass", "Umzug"),
    "reasons_id": ("neues Dokument ausgestellt", "Namensänderung", "Verlust des alten Dokuments"),
    "declare": ("Ich versichere, dass die Angaben zutreffen. Die bisherigen Angaben sind nur zur "
                "Gegenüberstellung aufgeführt.",
                "Maßgeblich sind die neuen Angaben; bisherige Angaben dienen nur dem Abgleich.",
                "Nicht geänderte Angaben gelten fort. Bitte nur Änderungen eintragen."),
    "sign": ("Ort, Datum und Unterschrift zur Änderung",
             "Unterschrift der Person, die die Änderung meldet",
             "Datum und Unterschrift"),
    "office": ("Bearbeitungsvermerke der Behörde zur Änderung", "Vermerk: im Register geändert am",
               "nur für den Dienstbetrieb"),
    "certify": ("Die Übereinstimmung dieses Auszugs mit dem Registereintrag wird beglaubigt.",
                "Der Auszug gibt den Eintrag nach der Änderung wieder.",
                "Beglaubigt. Der jetzige Stand ist maßgeblich."),
    "form_no": ("Vordruck ÄM {n}", "Form. {n}-Ä", "Nr. {n}/Änd."),
    "page": ("Seite {n} aus {m}", "Blatt {n}", "S. {n}/{m}"),
    "copy_note": ("Kopie des neuen Dokuments", "Ablichtung des neu vorgelegten Dokuments",
                  "neues Dokument (Kopie)"),
}


# --- the wording object --------------------------------------------------------------------------


class Extra37Wording(Wording):
    """Chooses the keys, labels, heads and furniture of one document from the forty-first pool
    (one family per document)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.export = layout == "dataexport"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (EXPORT_KEYS if self.export else CHANGE_LABELS)[key]
            self._chosen[key] = options[self.fam]
        return self._chosen[key]

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def section(self, key: str) -> str:
        return EXPORT_SECTIONS[key][self.fam]

    def tech(self, key: str) -> str:
        return EXPORT_TECH[key][self.fam]

    def prefix(self, key: str) -> str:
        return EXPORT_PREFIXES[key][self.fam]

    def head(self, key: str) -> str:
        return CHANGE_HEADS[key][self.fam]

    def title(self, doc_type: str) -> str:
        return self._once(1, doc_type, CHANGE_TITLES[doc_type])

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        options = (EXPORT_WORDS if self.export else CHANGE_WORDS)[key]
        return self._once(2, key, options)

    def pick(self, options: tuple[str, ...]) -> str:
        """One of ``options``, chosen afresh each time."""
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra37Style(Style):
    """The style of one document of the pair: dates as ``date37`` prints them."""

    def date(self, d: date) -> str:
        return date37(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (export keys in all schemes, change-form
    labels)."""
    out = [s for pool in (EXPORT_KEYS, CHANGE_LABELS, EXPORT_TECH)
           for options in pool.values() for s in options]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed patterns rather than wordings
FURNITURE_VALUES: Final = frozenset({"page", "printed", "form_no", "dict_cols", "rows"})


def all_label_strings() -> list[str]:
    """Every label, key, heading, title and furniture wording of this pool (the short column
    captions of ``CHANGE_PAIRS`` and ``CHANGE_SAME`` are common words and stay out)."""
    out = label_strings()
    for pool in (EXPORT_SECTIONS, CHANGE_HEADS, CHANGE_TITLES):
        out += [s for options in pool.values() for s in options]
    out += list(EXPORT_MEANINGS.values())
    for words in (EXPORT_WORDS, CHANGE_WORDS):
        out += [s for key, options in words.items() if key not in FURNITURE_VALUES
                and not key.startswith("reasons") for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE37, DWELLING37) for options in table.values()
           for s in options]
    return list(dict.fromkeys(out))
