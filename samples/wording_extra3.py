"""The seventh wording pool and the printing habits of the third extra pair of layouts.

``EXTRA3`` (field labels), ``EXTRA3_SECTIONS`` (group headings) and the titles below are used
only by the layouts in ``EXTRA3_LAYOUTS`` of ``samples.generate`` (``mobile``, the export of a
citizen-portal form filled in on a phone, and ``carbon``, a carbon copy of a pre-printed form
filled in on a typewriter). They are a blind measurement: whoever tunes extraction must not
read this module nor ``samples.render_extra3``, nor tune on those layouts' failures. None of
the label strings repeats one of the six other pools, not even up to case, punctuation or
spacing (a test checks this), except where German has only one usual word (``IBAN``, ``BIC``,
``PLZ``, ``Postleitzahl``).

Besides labels, these layouts print some values in ways of their own (dates with Roman or
abbreviated months, sex and nationality in capitals, purposes in words of their own). The
ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording, format_date

# Field labels. A key missing here is a programming error, never a fallback to another pool.
EXTRA3: Final[dict[str, tuple[str, ...]]] = {
    # the person filling in the form (or the vehicle holder)
    "family_name": ("Familienname (Nachname)", "Familienname laut Ausweisdokument",
                    "Jetziger Familienname"),
    "given_names": ("Vorname(n), Rufname zuerst", "Vornamen laut Ausweisdokument",
                    "Jetzige Vornamen"),
    "date_of_birth": ("Geboren am (Tag, Monat, Jahr)", "Geburtsdatum laut Ausweisdokument",
                      "Geburtstag (Datum)"),
    "place_of_birth": ("Geboren in (Ort, Staat)", "Geburtsort laut Ausweisdokument",
                       "Geburtsort (Stadt/Land)"),
    "sex": ("Geschlecht (Angabe laut Register)", "Geschlecht laut Ausweisdokument",
            "Geschlechtszuordnung"),
    "nationality": ("Staatsangehörigkeit(en) – alle nennen",
                    "Staatsangehörigkeit laut Ausweisdokument", "Jetzige Staatsangehörigkeit"),
    "birth_name": ("Familienname bei Geburt", "Geburtsname (sofern anders)"),
    "marital": ("Familienstand – aktuell", "Familienstand zum Stichtag"),
    "doctor": ("Doktorgrad (soweit vorhanden)", "Akademischer Grad"),
    "artist_name": ("Ordens- oder Künstlername", "Künstlername (falls geführt)"),
    "religion": ("Religionsgesellschaft (rechtl. Zugehörigkeit)",
                 "Rechtliche Zugehörigkeit zu einer Religionsgesellschaft"),
    "phone": ("Telefon für Rückfragen (optional)", "Handynummer",
              "Rufnummer (freiwillige Angabe)"),
    # addresses
    "move_in_date": ("Einzug in die Wohnung am", "Datum des Wohnungsbezugs",
                     "Neue Wohnung bezogen seit"),
    "street": ("Straße / Weg / Platz", "Straßenangabe"),
    "house_number": ("Hausnummer und Zusatz", "Hausnummer (ggf. mit Buchstabe)"),
    "postal_code": ("Postleitzahl", "PLZ"),
    "city": ("Ort bzw. Gemeinde", "Ortsangabe"),
    "street_line": ("Straßenname und Hausnummer", "Straße mit Hausnummer"),
    "city_line": ("Postleitzahl mit Ort", "PLZ und Gemeinde"),
    "address_line": ("Adresse (Straße Nr., PLZ Ort)", "Wohnungsadresse"),
    "previous_address": ("Bisheriger Wohnsitz (Anschrift)", "Vorherige Wohnanschrift",
                         "Zuletzt gewohnt in"),
    "dwelling": ("Wohnungsart (Haupt/Neben)", "Nutzung der neuen Wohnung"),
    # landlord's confirmation
    "landlord_name": ("Wohnungsgebende Person / Firma", "Name der Vermieterin / des Vermieters",
                      "Vermieter bzw. Verwalter (Name)"),
    "landlord_address": ("Anschrift der wohnungsgebenden Person", "Postanschrift des Vermieters",
                         "Vermieter – Anschrift"),
    "landlord_role": ("Sie bestätigen als", "Rechtsverhältnis zur Wohnung"),
    "wg_move_in": ("Tag der Schlüsselübergabe", "Bezug durch die Mieter am",
                   "Einzugsdatum der Bewohner"),
    "flat": ("Adresse der vermieteten Wohnung", "Wohnungslage (Anschrift)"),
    "tenant_names": ("Eingezogene Bewohner/innen", "Namen der Mieterinnen und Mieter",
                     "Einziehende Bewohner"),
    "tenant_each": ("Bewohner/in", "Mietpartei"),
    # birth register
    "child_family": ("Familienname des Neugeborenen", "Kind – Familienname"),
    "child_given": ("Vornamen des Neugeborenen", "Kind – Vornamen"),
    "child_sex": ("Geschlecht des Neugeborenen", "Kind – Geschlecht"),
    "child_dob": ("Geburtsdatum des Neugeborenen", "Kind – geboren am"),
    "child_pob": ("Geburtsort des Neugeborenen", "Kind – geboren in"),
    "birth_time": ("Geburtszeit (Stunde:Minute)", "Geboren um (Uhrzeit)"),
    "mother_name": ("Name der Mutter (vollständig)", "Mutter laut Eintrag"),
    "father_name": ("Name des Vaters (vollständig)", "Vater laut Eintrag"),
    # register data of certificates
    "registry_office": ("Beurkundendes Standesamt", "Registerführendes Standesamt"),
    "register_number": ("Beurkundungsnummer", "Aktenzeichen des Eintrags", "Lfd. Nr. im Register"),
    "issue_date": ("Ausstellungsdatum der Urkunde", "Urkunde erteilt am", "Tag der Erteilung"),
    # persons in a register (spouses, the deceased)
    "reg_family": ("Familienname (laut Register)", "Familienname, wie eingetragen"),
    "reg_given": ("Vornamen (laut Register)", "Vornamen, wie eingetragen"),
    "reg_dob": ("Geburtsdatum (laut Register)", "Geburtsdatum, wie eingetragen"),
    "reg_pob": ("Geburtsort (laut Register)", "Geburtsort, wie eingetragen"),
    "spouse": ("Verheiratete Person", "Ehepartnerin/Ehepartner"),
    "marriage_date": ("Verheiratet seit", "Datum der standesamtlichen Trauung",
                      "Ehe eingegangen am"),
    "marriage_place": ("Standesamtlich getraut in", "Ort der standesamtlichen Trauung",
                       "Ehe eingegangen in"),
    "date_of_death": ("Datum des Ablebens", "Verstorben am (Tag, Monat, Jahr)"),
    "place_of_death": ("Ort des Ablebens", "Verstorben in (Gemeinde)"),
    "last_residence": ("Zuletzt gemeldete Anschrift", "Letzte Meldeadresse der Person"),
    # vehicle registration
    "make": ("Marke des Fahrzeugs", "Hersteller/Marke (D.1)"),
    "model": ("Modell / Handelsname", "Typ (D.2) / Bezeichnung"),
    "vin": ("Fahrzeug-Identnummer (17 Stellen)", "Identnummer des Fahrzeugs"),
    "evb_number": ("eVB-Nummer (7 Zeichen)", "Nummer der Versicherungsbestätigung"),
    "desired_plate": ("Gewünschtes Kfz-Kennzeichen", "Vorgemerktes Kennzeichen"),
    "account_holder": ("Kontoinhaberin oder Kontoinhaber", "Name der zahlenden Person"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Name des Geldinstituts", "Kontoführende Bank"),
    # residence permit
    "passport_number": ("Reisepassnummer", "Nummer des Nationalpasses"),
    "passport_expiry_date": ("Reisepass gültig bis", "Ablauf des Nationalpasses"),
    "entry_date": ("Eingereist in die Bundesrepublik am", "Datum der Ankunft in Deutschland"),
    "purpose": ("Gewünschter Aufenthaltszweck", "Anlass des Aufenthalts"),
    # what else a pre-printed form prints: signature lines, office boxes, a copy's filing
    "signed": ("Ausgefüllt in / am", "Ort und Tag"),
    "signature": ("Unterschrift (eigenhändig)", "Unterschrift der antragstellenden Person"),
    "office_use": ("Raum für den Eingangsstempel", "Nur vom Amt auszufüllen"),
    "remarks": ("Nachträge und Vermerke", "Spätere Vermerke"),
    "registrar": ("Der Standesbeamte", "Standesbeamtin/Standesbeamter"),
    "case_ref": ("Aktenzeichen des Vorgangs", "Vorgang (Az.)"),
    "presented": ("Original vorgelegt am", "Vorlage des Originals am"),
    "certified": ("Beglaubigungsvermerk", "Amtliche Beglaubigung"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("family_name", "given_names", "date_of_birth", "place_of_birth", "sex",
               "nationality"),
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_sex", "child_dob", "child_pob"),
    "parents": ("mother_name", "father_name"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

# Group headings (a portal's steps, a form's printed section lines).
EXTRA3_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Persönliche Daten", "Zu Ihrer Person", "Angaben über Sie"),
    "new_dwelling": ("Ihre neue Wohnung", "Einzug / neue Adresse"),
    "previous": ("Umzug von", "Frühere Adresse"),
    "contact": ("Erreichbarkeit", "Kontaktdaten (freiwillig)"),
    "landlord": ("Angaben zur wohnungsgebenden Person", "Vermieterin / Vermieter"),
    "flat": ("Die vermietete Wohnung", "Mietobjekt (Lage)"),
    "tenants": ("Bewohnerinnen und Bewohner", "Wer ist eingezogen?"),
    "child": ("Das Neugeborene", "Angaben zur Geburt des Kindes"),
    "parents": ("Mutter und Vater", "Elternangaben"),
    "register": ("Beurkundung", "Registerführung"),
    "marriage": ("Standesamtliche Trauung", "Zur Trauung"),
    "deceased": ("Verstorbene (Personalien)", "Personalien der verstorbenen Person"),
    "death": ("Tod und Sterbeort", "Angaben zum Ableben"),
    "holder": ("Halterin oder Halter", "Angaben zur Halterperson"),
    "address": ("Ihre Anschrift", "Meldeadresse"),
    "vehicle": ("Ihr Fahrzeug", "Fahrzeug (Angaben lt. Zulassungsbescheinigung)"),
    "sepa": ("Lastschrift für die Kfz-Steuer", "Kfz-Steuer – Bankverbindung"),
    "passport": ("Ihr Reisepass", "Pass und Einreise"),
    "residence": ("Wohnsitz in Deutschland", "Inlandsanschrift"),
}

# Titles of the portal exports.
MOBILE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Wohnsitz anmelden", "Online-Anmeldung nach Umzug",
                  "Umzug melden – Anmeldung"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung online ausfüllen",
                                  "Einzug bestätigen (Vermieter)"),
    "geburtsurkunde": ("Geburtsurkunde anfordern – Zusammenfassung", "Digitale Geburtsurkunde"),
    "eheurkunde": ("Eheurkunde anfordern – Zusammenfassung", "Digitale Eheurkunde"),
    "sterbeurkunde": ("Sterbeurkunde anfordern – Zusammenfassung", "Digitale Sterbeurkunde"),
    "antrag_zulassung": ("Fahrzeug online zulassen", "Kfz-Zulassung beantragen"),
    "aufenthaltstitel_antrag": ("Aufenthaltserlaubnis online beantragen",
                                "Antrag Aufenthalt – Zusammenfassung"),
    "identity_document": ("Ausweis hochladen", "Upload: Ausweisdokument"),
}

# Titles of the pre-printed forms (carbon copies).
CARBON_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldeschein (Durchschrift)", "Meldeschein A – Zuzug",
                  "Meldevordruck: Anmeldung"),
    "wohnungsgeberbestaetigung": ("Bescheinigung über den Einzug (Wohnungsgeber)",
                                  "Einzugsbescheinigung des Vermieters"),
    "geburtsurkunde": ("Geburtsurkunde (Abschrift aus dem Geburtenbuch)",
                       "Auszug aus dem Geburtenbuch"),
    "eheurkunde": ("Heiratsurkunde (Abschrift aus dem Heiratsbuch)", "Auszug aus dem Heiratsbuch"),
    "sterbeurkunde": ("Sterbeurkunde (Abschrift aus dem Sterbebuch)", "Auszug aus dem Sterbebuch"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Kraftfahrzeuges",
                         "Zulassungsantrag Kfz (Durchschrift)"),
    "aufenthaltstitel_antrag": ("Aufenthaltserlaubnis – Antragsvordruck (Durchschrift)",
                                "Antrag auf Aufenthaltsgenehmigung"),
    "identity_document": ("Ablichtung eines Ausweises (Durchschrift)",
                          "Anlage: Ablichtung Personaldokument"),
}

# --- printing habits -----------------------------------------------------------------------------

MONTHS_SHORT: Final = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
                       "Nov", "Dez")
ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Date styles; every one keeps the four-digit year.
MOBILE_DATE_STYLES: Final = ("numeric", "iso", "mon", "long")
CARBON_DATE_STYLES: Final = ("numeric", "numeric_short", "roman", "spaced_short", "long")
EXTRA3_DATE_STYLES: Final = tuple(dict.fromkeys((*MOBILE_DATE_STYLES, *CARBON_DATE_STYLES)))
# The format hint a portal prints under a date field.
DATE_HINTS: Final = {"numeric": "Format: TT.MM.JJJJ", "iso": "Format: JJJJ-MM-TT"}

SEX_CAPITAL: Final = {"F": "Weiblich", "M": "Männlich", "D": "Divers", "X": "Ohne Angabe"}
SEX_SHORT: Final = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "o. A."}
SEX_UPPER: Final = {code: word.upper() for code, word in SEX_WORDS.items()}
SEX_TABLES: Final = {"word": SEX_WORDS, "capital": SEX_CAPITAL, "short": SEX_SHORT,
                     "upper": SEX_UPPER, "choice": SEX_CAPITAL}
SEX_ORDER: Final = ("F", "M", "D", "X")

DWELLING_WORDS: Final = {"main": "Hauptwohnung", "secondary": "Nebenwohnung"}
LANDLORD_ROLES: Final = ("Eigentümer/in", "Beauftragte/r des Eigentümers")

# How these layouts name a purpose (the truth keeps the catalog key): the option of a choice
# first, then what a typed or text-only value may say.
PURPOSE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium an einer Hochschule", "Hochschulstudium", "STUDIUM"),
    "employment": ("Arbeit / Beschäftigung", "Arbeitsaufnahme", "BESCHÄFTIGUNG"),
    "family": ("Familiäre Gründe (Nachzug)", "Zuzug zur Familie", "FAMILIENNACHZUG"),
    "humanitarian": ("Humanitäre Gründe / Schutz", "Schutz aus humanitären Gründen",
                     "HUMANITÄRE GRÜNDE"),
    "other": ("Anderer Zweck", "Sonstiger Aufenthaltszweck", "SONSTIGES"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")

# The words of an "arrived" rubber stamp and its months.
STAMP_WORDS: Final = ("EINGANG", "EINGEGANGEN", "POSTEINGANG")
STAMP_MONTHS: Final = ("JAN.", "FEB.", "MÄRZ", "APR.", "MAI", "JUNI", "JULI", "AUG.", "SEP.",
                       "OKT.", "NOV.", "DEZ.")


def format_extra3_date(d: date, style: str) -> str:
    """A date as the mobile / carbon layouts print it."""
    if style == "mon":
        return f"{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}"
    if style == "roman":
        return f"{d.day}. {ROMAN[d.month - 1]}. {d.year}"
    if style == "spaced_short":
        return f"{d.day}. {d.month}. {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` (for tests)."""
    return {format_extra3_date(d, s) for s in EXTRA3_DATE_STYLES}


def stamp_date(d: date, numeric: bool) -> str:
    """A date as a rubber date stamp prints it."""
    if numeric:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}. {STAMP_MONTHS[d.month - 1]} {d.year}"


def parse_stamp_date(text: str) -> date | None:
    """The date in a stamp's text (for tests); ``None`` when there is none."""
    words = text.replace(".", ". ").split()
    for k in range(len(words) - 2):
        day, month, year = words[k].rstrip("."), words[k + 1], words[k + 2].rstrip(".")
        if not (day.isdigit() and year.isdigit() and len(year) == 4):
            continue
        if month.rstrip(".").isdigit():
            return date(int(year), int(month.rstrip(".")), int(day))
        names = [m.rstrip(".") for m in STAMP_MONTHS]
        if month.rstrip(".") in names:
            return date(int(year), names.index(month.rstrip(".")) + 1, int(day))
    return None


def nationality_word(code: str, mode: str) -> str:
    """A nationality as these layouts print it."""
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "capital":
        return adjective[0].upper() + adjective[1:]
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in ("adjective", "country", "upper", "capital")}


def long_month(d: date) -> str:
    return MONTHS[d.month - 1]


class Extra3Wording(Wording):
    """Labels from the seventh pool, chosen once per document; the titles of one layout."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self._pool = EXTRA3
        self._layout = layout
        self._sections: dict[str, str] = {}
        self._groups: dict[str, int] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = EXTRA3[key]  # no fallback to another pool
            group = _GROUP_OF.get(key)
            if group is None:
                index = self._rng.randrange(len(options))
            else:
                index = self._groups.setdefault(group, self._rng.randrange(6)) % len(options)
            self._chosen[key] = options[index]
        return self._chosen[key]

    def section(self, key: str) -> str:
        if key not in self._sections:
            options = EXTRA3_SECTIONS[key]
            self._sections[key] = options[self._rng.randrange(len(options))]
        return self._sections[key]

    def title(self, doc_type: str) -> str:
        titles = CARBON_TITLES if self._layout == "carbon" else MOBILE_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra3Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra3_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading and title of this pool (for tests)."""
    out = [s for options in EXTRA3.values() for s in options]
    out += [s for options in EXTRA3_SECTIONS.values() for s in options]
    out += [s for titles in (MOBILE_TITLES, CARBON_TITLES) for options in titles.values()
            for s in options]
    return out
