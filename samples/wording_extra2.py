"""The sixth wording pool and the printing habits of the second extra pair of layouts.

``EXTRA2`` (the labels of the short lists inside letters), ``EXTRA2_COLUMNS`` (the column
headers of register printouts) and the titles below are used only by the layouts in
``EXTRA2_LAYOUTS`` of ``samples.generate`` (``letter``, documents written as letters, and
``headers``, register printouts with column headers). They are a blind measurement: whoever
tunes extraction must not read this module nor ``samples.render_extra2``, nor tune on those
layouts' failures. None of the label strings repeats one of ``COMMON``, ``HOLDOUT``,
``BLIND``, ``FINAL`` or ``EXTRA`` (a test checks this), except where German has only one usual
word (``IBAN``, ``BIC``, ``PLZ``, ``Postleitzahl``).

Besides labels, these layouts print some values in ways of their own (dates with abbreviated
months, sex as a letter, nationality as its ISO code, purposes in sentences). The ground truth
stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import SEX_WORDS, Wording, format_date

# Labels of the "Label value" lists a letter carries (and of a registry letter's key-value
# block). A key missing here is a programming error, never a fallback to another pool.
EXTRA2: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname lt. Ausweis", "Familienname laut Pass", "Nachname, wie im Pass"),
    "given_names": ("Vornamen lt. Ausweis", "Vorname(n) laut Pass", "Vornamen, wie im Pass"),
    "birth_name": ("Geburtsname lt. Urkunde", "geborene(r)", "ursprünglicher Familienname"),
    "date_of_birth": ("Geburtsdatum lt. Ausweis", "Geboren (Datum)", "Tag meiner Geburt"),
    "place_of_birth": ("Geburtsort lt. Ausweis", "Geboren in (Ort)", "Ort meiner Geburt"),
    "sex": ("Geschlecht lt. Ausweis", "Geschlechtszugehörigkeit", "Geschlecht im Register"),
    "nationality": ("Staatsangehörigkeit lt. Pass", "Nationalität lt. Pass",
                    "Staatsangehörigkeit (jetzt)"),
    "marital": ("Familienstand derzeit", "Personenstand derzeit"),
    "phone": ("Erreichbar unter Tel.", "Mobilnummer", "Tel. (mobil)"),
    "move_in_date": ("Einzug zum", "Datum meines Einzugs", "Wohnung bezogen am"),
    "street": ("Straßenname (neu)", "Straße, ohne Nr."),
    "house_number": ("Hausnummer (neu)", "Nr. mit Zusatz"),
    "postal_code": ("Postleitzahl (neu)", "PLZ (neu)"),
    "city": ("Ort (neu)", "Stadt bzw. Gemeinde"),
    "address_line": ("Neue Wohnanschrift", "Wohnung (vollst. Anschrift)",
                     "Anschrift der Wohnung (neu)"),
    "home_line": ("Wohnhaft in", "Meine Anschrift", "Hauptwohnsitz (Anschrift)"),
    "previous_address": ("Zuzug von (Anschrift)", "Vorige Wohnung", "Umzug aus"),
    "dwelling": ("Nutzung als", "Wohnung dient als"),
    "landlord_name": ("Wohnungsgeber (Name/Firma)", "Vermietet durch", "Eigentümer bzw. Verwalter"),
    "landlord_address": ("Sitz/Anschrift Wohnungsgeber", "Anschrift Vermietung/Verwaltung",
                         "Erreichbar (Wohnungsgeber)"),
    "wg_move_in": ("Einzugstag der Mieter", "Mietbeginn / Einzug", "Bezogen seit"),
    "flat": ("Lage der Mietwohnung", "Mietwohnung (Anschrift)", "Objekt"),
    "tenant_names": ("Mieter/in", "Eingezogene Mieter"),
    "reg_family": ("Familienname (Eintrag)", "Name lt. Registereintrag"),
    "reg_given": ("Vornamen (Eintrag)", "Vornamen lt. Registereintrag"),
    "reg_dob": ("Geburtsdatum (Eintrag)", "Geburtstag lt. Registereintrag"),
    "reg_pob": ("Geburtsort (Eintrag)", "Geburtsort lt. Registereintrag"),
    "child_family": ("Familienname des Kindes", "Nachname (Kind)"),
    "child_given": ("Vornamen des Kindes", "Vorname(n) (Kind)"),
    "child_dob": ("Tag der Geburt des Kindes", "Geburtstag (Kind)"),
    "child_pob": ("Geburtsort des Kindes", "Geburtsort (Kind)"),
    "child_sex": ("Geschlecht des Kindes", "Geschlecht (Kind)"),
    "birth_time": ("Uhrzeit der Geburt (Std./Min.)", "Geburtsstunde (Uhrzeit)"),
    "mother_name": ("Mutter, Vor- und Familienname", "Eingetragene Mutter"),
    "father_name": ("Vater, Vor- und Familienname", "Eingetragener Vater"),
    "register_number": ("Registereintrag Nr.", "Eintragungsnummer", "Beurkundet unter Nr."),
    "issue_date": ("Ausgefertigt (Datum)", "Datum dieser Ausfertigung", "Ausfertigungsdatum"),
    "spouse": ("Partner/in der Ehe", "Eheschließende/r"),
    "marriage_date": ("Tag der Heirat (Datum)", "Ehe geschlossen am", "Datum der Heirat"),
    "marriage_place": ("Ort der Heirat (Standesamt)", "Ehe geschlossen in", "Heiratsort"),
    "date_of_death": ("Sterbedatum lt. Register", "Datum des Sterbefalls", "Tag des Versterbens"),
    "place_of_death": ("Ort des Sterbefalls", "Verstorben in (Ort)", "Sterbeort lt. Register"),
    "last_residence": ("Letzte Wohnadresse", "Zuletzt gemeldet in"),
    "make": ("Fabrikat (Marke)", "Hersteller lt. ZB I"),
    "model": ("Typ/Modell lt. ZB I", "Modellname", "Handelsname"),
    "vin": ("Fahrgestell-Nr.", "FIN/VIN", "Identifizierungsnummer"),
    "evb_number": ("eVB-Kennung", "Versicherungsnachweis (eVB)", "eVB-Nummer der Versicherung"),
    "desired_plate": ("Kennzeichen (online reserviert)", "Reserviertes Wunschkennzeichen",
                      "Kennzeichenwunsch (reserviert)"),
    "account_holder": ("Konto lautend auf", "Kontoinhaber/Zahler", "Zahler/in"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Bankinstitut", "Bank des Kontos", "Geldinstitut (Bank)"),
    "passport_number": ("Nr. des Reisepasses", "Nummer meines Passes", "Passnummer lt. Pass"),
    "passport_expiry_date": ("Pass gültig bis einschl.", "Gültigkeit des Reisepasses",
                             "Reisepass läuft ab am"),
    "entry_date": ("Einreise nach Deutschland", "Eingereist (Datum)", "Tag meiner Einreise"),
    "purpose": ("Beantragt für (Zweck)", "Zweck meines Aufenthalts", "Aufenthalt zum Zweck"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("family_name", "given_names", "date_of_birth", "place_of_birth", "sex",
               "nationality"),
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_dob", "child_pob", "child_sex"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

# Column headers of the register printouts: abbreviated as IT printouts have them; a "\n"
# marks where a two-line header breaks.
EXTRA2_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name (Fam.)", "Famname\n(amtl.)", "Nachn."),
    "given_names": ("Vorn./Rufn.", "Vornamen\n(alle)", "VORNAMEN-LISTE"),
    "birth_name": ("Name b. Geb.", "Geb.-\nfamilienname"),
    "date_of_birth": ("Geb.-Tag", "Datum\n(Geb.)", "Dat. Geb."),
    "place_of_birth": ("Geb.-Ort/Land", "Geburts-\nort (Staat)", "Ort Geb."),
    "sex": ("Geschl.-Kz.", "Gschl.", "G"),
    "nationality": ("StA", "Staats-\nang.", "StAng"),
    "marital": ("FamSt", "Fam.-\nstd."),
    "phone": ("Tel./Mobil", "Rufnr."),
    "move_in_date": ("EinzDat", "Einzug\nDatum", "Dat. Einzug"),
    "street": ("Strassenbez.", "Straße\n(o. Nr.)", "Str.-Bez."),
    "house_number": ("HNR/ZUS", "Haus-\nnr./Zus.", "Nr./Zus."),
    "postal_code": ("PLZ",),
    "city": ("Ortsname", "Wohn-\ngemeinde", "Gem."),
    "street_line": ("Strasse/HsNr", "Straße\nHausnr./Zus."),
    "city_line": ("PLZ/Ortsname", "PLZ\nWohngemeinde"),
    "address_line": ("Anschrift (neu)", "Wohnung\n(Anschrift neu)", "Zuzugsadr."),
    "home_line": ("Wohnanschr.", "Wohnsitz\n(Anschrift)", "Meldeadr."),
    "previous_address": ("Vorh. Anschrift", "Wegzug\n(Anschrift alt)", "Vorige Adr."),
    "dwelling": ("WoStatus", "Art\nWohnung", "HW/NW"),
    "landlord_name": ("WG-Name/Firma", "Name\nWohnungsg.", "Vermieter/Verw."),
    "landlord_address": ("WG-Anschrift", "Anschrift\nWohnungsgeber", "Adr. Vermieter"),
    "landlord_role": ("WG-Eigensch.", "Handelt\nals"),
    "tenant_names": ("Vor- u. Fam.-Name", "Mieter\n(Name)", "Name Mieter"),
    "row": ("Lfd", "Pos.", "lfd.\nNr."),
    "mother_name": ("Mutter\n(Vor-/Famname)", "Name Mutter", "Mu. Name"),
    "father_name": ("Vater\n(Vor-/Famname)", "Name Vater", "Va. Name"),
    "birth_time": ("GebZeit", "Zeit\n(hh:mm)", "Zeit Geb."),
    "register_number": ("Eintr.-Nr.", "Reg.-\nEintrag", "Nr. Reg."),
    "registry_office": ("Beurk.-Stelle", "Register-\nbehörde", "Standesamt/Reg."),
    "issue_date": ("AusfDat", "Ausgef.\nam", "Dat. Ausf."),
    "spouse_row": ("Eheg.", "Pers.\nNr.", "EhePt."),
    "marriage_date": ("EheDat", "Dat.\nHeirat", "Heirat am"),
    "marriage_place": ("EheOrt", "Ort\nHeirat", "Heirat in"),
    "date_of_death": ("SterbeDat", "Tod\nam", "Dat. Tod"),
    "place_of_death": ("Ort d. Todes", "Tod\nin", "Ort Tod"),
    "last_residence": ("Letzte Anschr.", "Zuletzt\nwohnhaft (Adr.)", "Zul. wohnh."),
    "make": ("Fabr.", "Fabrikat/\nMarke", "Marke/Fabr."),
    "model": ("Typ/Mod.", "Handels-\nbez.", "Mod."),
    "vin": ("FzIdNr", "Fz.-Ident.-\nNummer", "FIN (17)"),
    "evb_number": ("eVB-Kz.", "Vers.-\nbest.", "VB-Nr."),
    "desired_plate": ("Wunsch-Kz.", "Kennz.\n(res.)", "Kz.-Reserv."),
    "account_holder": ("Kto.-Inh.", "Inhaber\n(Konto)", "Zahlungspfl."),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Kreditinst.", "Bank\nKurzbez.", "Bankbez."),
    "passport_number": ("Pass-Nr./Dok.", "Reisedok.-\nNr.", "Dok.-Nr. Pass"),
    "passport_expiry_date": ("Pass gült. bis", "Gültig-\nkeit Pass", "PassAblauf"),
    "entry_date": ("EinrDat", "Einreise\nin BRD", "Dat. Einreise"),
    "purpose": ("AufZweck", "Aufenthalts-\nzweck (Kurz)", "Zweck (AufenthG)"),
}

# Captions over the printouts' tables.
EXTRA2_CAPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Personendatensatz", "Stammdaten Person"),
    "birth": ("Geburtsdaten", "Daten zur Geburt"),
    "new_dwelling": ("Zuzug – Wohnungsdaten", "Wohnung (Zuzug)"),
    "previous": ("Wegzug", "Vorherige Wohnung (Wegzug)"),
    "landlord": ("Wohnungsgeberdaten", "Vermieter / Verwaltung"),
    "flat": ("Mietobjekt", "Bezogene Mietwohnung"),
    "tenants": ("Mieterliste", "Eingezogene Mieter (Liste)"),
    "register": ("Registerdaten", "Registerangaben"),
    "child": ("Kind – Eintragsdaten", "Eintrag Kind"),
    "parents": ("Elterndaten", "Eltern (Eintrag)"),
    "marriage": ("Eheschließungsdaten", "Daten der Heirat"),
    "spouses": ("Ehegattendaten", "Ehepartner (Liste)"),
    "deceased": ("Daten der verstorbenen Person", "Sterbefalldaten Person"),
    "death": ("Sterbefall – Eintrag", "Daten zum Sterbefall"),
    "holder": ("Halterdatensatz", "Stammdaten Halter"),
    "address": ("Anschriftsdaten", "Anschrift (Halter)"),
    "vehicle": ("Fahrzeugdatensatz", "Fahrzeug (Stammdaten)"),
    "sepa": ("SEPA-Mandatsdaten Kfz-Steuer", "Bankverbindung (Steuer)"),
    "passport": ("Pass- und Einreisedaten", "Reisedokument / Einreise"),
    "residence": ("Wohnanschrift im Inland", "Meldeanschrift Inland"),
    "filing": ("Ablage", "Erfassung"),
    "history": ("Änderungshistorie", "Bearbeitungsvermerke"),
}

# Subject lines of the letters (applications) and titles of the registry letters.
LETTER_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung meines neuen Wohnsitzes", "Wohnsitzanmeldung nach Umzug",
                  "Meldung meines Einzugs"),
    "wohnungsgeberbestaetigung": (
        "Bestätigung des Einzugs meiner Mieter", "Einzugsbestätigung nach § 19 BMG",
        "Bestätigung über den Einzug in meine Wohnung",
    ),
    "geburtsurkunde": ("Geburtsurkunde – beglaubigte Abschrift",
                       "Ihr Antrag auf eine Geburtsurkunde", "Geburtsurkunde nach § 59 PStG"),
    "eheurkunde": ("Eheurkunde – beglaubigte Abschrift", "Ihr Antrag auf eine Eheurkunde",
                   "Eheurkunde nach § 57 PStG"),
    "sterbeurkunde": ("Sterbeurkunde – beglaubigte Abschrift",
                      "Ihr Antrag auf eine Sterbeurkunde", "Sterbeurkunde nach § 60 PStG"),
    "antrag_zulassung": ("Zulassung meines Fahrzeugs", "Antrag auf Zulassung meines Pkw",
                         "Fahrzeugzulassung auf meinen Namen"),
    "aufenthaltstitel_antrag": (
        "Antrag auf Erteilung einer Aufenthaltserlaubnis", "Beantragung eines Aufenthaltstitels",
        "Mein Antrag auf eine Aufenthaltserlaubnis",
    ),
    "identity_document": ("Kopie meines Ausweisdokuments", "Anlage: Kopie Ausweis/Pass"),
}

# Titles of the register printouts.
HEADERS_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldedatensatz Zuzug – Ausdruck", "Erfassungsprotokoll Anmeldung",
                  "Anmeldung Wohnsitz – Datenblatt"),
    "wohnungsgeberbestaetigung": ("Erfassung Wohnungsgeberbestätigung – Ausdruck",
                                  "Wohnungsgeberbestätigung – Datenblatt"),
    "geburtsurkunde": ("Registerausdruck Geburtenregister", "Geburtsurkunde – Registerausdruck",
                       "Geburtenregister – Eintragsdaten (Ausdruck)"),
    "eheurkunde": ("Registerausdruck Eheregister", "Eheurkunde – Registerausdruck",
                   "Eheregister – Eintragsdaten (Ausdruck)"),
    "sterbeurkunde": ("Registerausdruck Sterberegister", "Sterbeurkunde – Registerausdruck",
                      "Sterberegister – Eintragsdaten (Ausdruck)"),
    "antrag_zulassung": ("Zulassungsvorgang – Antragsdaten", "Kfz-Zulassung – Datenblatt Antrag"),
    "aufenthaltstitel_antrag": ("Antragsdaten Aufenthaltstitel – Ausdruck",
                                "Aufenthaltserlaubnis – Erfassungsbogen"),
    "identity_document": ("Ausweisdokument – Scan zur Akte", "Dokumentenscan Ausweis/Pass"),
}

# --- printing habits -----------------------------------------------------------------------------

MONTHS_SHORT: Final = ("Jan.", "Febr.", "Mrz.", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                       "Okt.", "Nov.", "Dez.")
# Date styles; every one keeps the four-digit year.
LETTER_DATE_STYLES: Final = ("numeric", "numeric_short", "long", "long_zero")
HEADERS_DATE_STYLES: Final = ("numeric", "iso", "month_short")
EXTRA2_DATE_STYLES: Final = (*LETTER_DATE_STYLES, "iso", "month_short")

SEX_LETTER: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
SEX_SHORT: Final = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "o. A."}
SEX_TABLES: Final = {"word": SEX_WORDS, "letter": SEX_LETTER, "short": SEX_SHORT}

DWELLING_WORDS: Final = {"main": "Hauptwohnung", "secondary": "Nebenwohnung"}

# How a letter says why the writer wants to stay (the truth keeps the catalog key).
PURPOSE_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "study": ("zum Zweck des Studiums", "für die Aufnahme eines Studiums",
              "zum Studium an einer deutschen Hochschule"),
    "employment": ("zur Ausübung einer Beschäftigung", "zum Zweck der Erwerbstätigkeit",
                   "für eine Tätigkeit als Fachkraft"),
    "family": ("zum Familiennachzug", "zur Herstellung der familiären Lebensgemeinschaft",
               "für den Nachzug zu meinem Ehegatten"),
    "humanitarian": ("aus humanitären Gründen", "aus dringenden humanitären Gründen"),
    "other": ("für einen Au-pair-Aufenthalt", "zur Teilnahme an einem Sprachkurs",
              "zu einem sonstigen Zweck (Sprachkurs)"),
}
# How a printout's purpose column says it.
PURPOSE_CODES: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium", "§ 16b Studium"),
    "employment": ("Erwerbstätigkeit", "§ 18b Beschäftigung"),
    "family": ("Familiennachzug", "§ 30 Familiennachzug"),
    "humanitarian": ("Humanitär", "§ 25 humanitär"),
    "other": ("Sonstiger Zweck", "§ 7 sonstiger Zweck"),
}


def format_extra2_date(d: date, style: str) -> str:
    """A date as the letter / headers layouts print it."""
    if style == "month_short":
        return f"{d.day:02d}. {MONTHS_SHORT[d.month - 1]} {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way a letter or printout may print ``d`` (for tests)."""
    return {format_extra2_date(d, s) for s in EXTRA2_DATE_STYLES}


def nationality_word(code: str, mode: str) -> str:
    """A nationality as a letter or printout prints it."""
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in ("adjective", "country", "code", "upper")}


class Extra2Wording(Wording):
    """Labels from the sixth pool, chosen once per document; the titles of one layout."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self._pool = EXTRA2
        self._layout = layout
        self._columns: dict[str, str] = {}
        self._captions: dict[str, str] = {}
        self._groups: dict[str, int] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = EXTRA2[key]  # no fallback to another pool
            group = _GROUP_OF.get(key)
            if group is None:
                index = self._rng.randrange(len(options))
            else:
                index = self._groups.setdefault(group, self._rng.randrange(6)) % len(options)
            self._chosen[key] = options[index]
        return self._chosen[key]

    def column(self, key: str) -> str:
        if key not in self._columns:
            options = EXTRA2_COLUMNS[key]
            self._columns[key] = options[self._rng.randrange(len(options))]
        return self._columns[key]

    def caption(self, key: str) -> str:
        if key not in self._captions:
            options = EXTRA2_CAPTIONS[key]
            self._captions[key] = options[self._rng.randrange(len(options))]
        return self._captions[key]

    def title(self, doc_type: str) -> str:
        titles = HEADERS_TITLES if self._layout == "headers" else LETTER_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra2Style(Style):
    """A ``Style`` whose dates, sex and nationality follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra2_date(d, self.date_style)

    def sex_word(self, code: str) -> str:
        return SEX_TABLES.get(self.sex_mode, SEX_WORDS)[code]

    def nationality_word(self, code: str) -> str:
        return nationality_word(code, self.nationality_mode)


def all_label_strings() -> list[str]:
    """Every label, caption and title of this pool, two-line headers joined (for tests)."""
    out = [s for options in EXTRA2.values() for s in options]
    for options in EXTRA2_COLUMNS.values():
        for s in options:
            out.append(s.replace("\n", " "))
            if "\n" in s:
                out.append(s.replace("-\n", "").replace("\n", ""))
    out += [s for options in EXTRA2_CAPTIONS.values() for s in options]
    out += [s for titles in (LETTER_TITLES, HEADERS_TITLES) for options in titles.values()
            for s in options]
    return out
