"""The fifth wording pool and the printing habits of the extra held-out layouts.

``EXTRA`` labels and titles are used only by the layouts in ``EXTRA_LAYOUTS`` of
``samples.generate`` (``caption``, a pre-printed authority form with captions under the value
lines, and ``bilingual``, a German / English form or register extract). They are a last blind
measurement: whoever tunes extraction must not read this module nor tune on those layouts'
failures. None of its strings repeats one of ``COMMON``, ``HOLDOUT``, ``BLIND`` or ``FINAL``
(a test checks this).

Besides labels, the extra layouts print some values in ways of their own (dates with dashes,
slashes or three-letter months, sex in capitals or in two languages, nationality as its ISO
code). The ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Choice, Entry, Form, Item, Section, Style
from samples.wording import PURPOSE_WORDING, SEX_OPTIONS, SEX_WORDS, Wording, format_date

EXTRA: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Fam.-Name", "Familienname (ggf. Ehename)"),
    "given_names": ("Vornamen (alle, in Reihenfolge)", "Vorn."),
    "birth_name": ("Geb.-Name", "Familienname zur Zeit der Geburt"),
    "date_of_birth": ("Geb.-Dat.", "Geburtsdatum (Tag, Monat, Jahr)"),
    "place_of_birth": ("Geburtsort (Ort, Kreis, Staat)", "Geb.-Ort, Staat"),
    "sex": ("Geschl.-Eintrag", "Geschlecht lt. Geburtseintrag"),
    "nationality": ("Staatsangeh. (alle)", "Staatsangehörigkeit (Nationalität)"),
    "marital": ("Fam.Stand",),
    "phone": ("Tel.-Nr. (für Rückfragen)", "Telefon (tagsüber erreichbar)"),
    "move_in_date": ("Bezugstag", "Tag des Bezugs der Wohnung"),
    "street": ("Straße, Platz o. ä.", "Straßenname (ohne Nr.)"),
    "house_number": ("Hausnr. / Zusatz", "Haus-Nr. (mit Buchstabe)"),
    "postal_code": ("Postleitz. (PLZ)", "PLZ (Wohnort)"),
    "city": ("Gemeinde / Ortsteil", "Wohnort (Stadt, Gemeinde)"),
    "street_line": ("Straße u. Hausnummer", "Straße, Hausnr."),
    "city_line": ("PLZ, Wohnort", "Postleitzahl / Ort"),
    "address_line": ("Wohnung (Straße, Hausnr., PLZ, Ort)", "Anschrift – Wohnung"),
    "new_dwelling": ("Angaben zur Wohnung, die bezogen wird", "Zuzugsanschrift"),
    "person": ("Angaben zur meldepflichtigen Person", "Personendaten"),
    "previous_address": ("Bisherige Wohnung (Straße, Nr., PLZ, Ort)", "Wegzugsanschrift"),
    "dwelling": ("Art der Wohnung (Haupt- oder Nebenwohnung)", "Die bezogene Wohnung ist"),
    "landlord_name": ("Name bzw. Firma des Wohnungsgebers", "Wohnungsgeber/in (Name)"),
    "landlord_address": ("Anschrift des Wohnungsgebers (Straße, Nr., PLZ, Ort)",
                         "Wohnungsgeber – Anschrift"),
    "landlord": ("Wohnungsgeber (Eigentümer oder Beauftragter)",
                 "Angaben zum Wohnungsgeber / zur Wohnungsgeberin"),
    "landlord_role": ("Wohnungsgeber handelt als", "Eigenschaft (Eigentümer/Beauftragter)"),
    "flat": ("Anschrift der bezogenen Wohnung", "Die Wohnung liegt"),
    "wg_move_in": ("Tag des Einzugs (Schlüsselübergabe)", "Einzugstermin"),
    "tenant_names": ("Vor- und Familiennamen der eingezogenen Personen", "Eingezogene Person(en)"),
    "child": ("Angaben über das Kind", "Das Kind"),
    "mother_name": ("Mutter (Vorname, Familienname)", "Name der Mutter des Kindes"),
    "father_name": ("Vater (Vorname, Familienname)", "Name des Vaters des Kindes"),
    "parents": ("Angaben über die Eltern", "Die Eltern"),
    "birth_time": ("Geburtsstunde und -minute", "Uhrzeit (Std.:Min.)"),
    "register_number": ("Registernr.", "Nr. des Eintrags im Register"),
    "issue_date": ("Datum der Ausfertigung", "Ausgefertigt am"),
    "spouse": ("Ehepartner", "Ehegatte/Ehegattin"),
    "marriage_date": ("Datum der Trauung (Eheschließung)", "Tag der Trauung"),
    "marriage_place": ("Ort der Trauung (Standesamt)", "Eheschließungsort (Gemeinde)"),
    "marriage": ("Angaben über die Eheschließung", "Die Eheschließung"),
    "deceased": ("Angaben über die verstorbene Person", "Der/Die Verstorbene"),
    "date_of_death": ("Sterbetag (Datum)", "Tag des Ablebens"),
    "place_of_death": ("Ort des Todes (Gemeinde)", "Sterbeort (Ort, Staat)"),
    "last_residence": ("Letzter Wohnsitz (Anschrift)", "Zuletzt wohnhaft (Anschrift)"),
    "holder": ("Angaben zum künftigen Halter", "Halter/in des Fahrzeugs"),
    "vehicle": ("Angaben zum zuzulassenden Fahrzeug", "Fahrzeugdaten (lt. ZB II)"),
    "make": ("Marke (Feld D.1)", "Fabrikat / Hersteller"),
    "model": ("Typ/Handelsbez. (Feld D.2/D.3)", "Handelsbezeichnung (Modell)"),
    "vin": ("Fz.-Ident.-Nr.", "Fahrzeug-Identifizierungsnr. (Feld E)"),
    "evb_number": ("eVB-Nr. (Versicherungsbestätigung)", "Nr. der eVB"),
    "desired_plate": ("Gewünschtes Kennz.", "Kennzeichen (reserviert)"),
    "sepa": ("SEPA-Lastschriftmandat (Kfz-Steuer, Hauptzollamt)",
             "Mandat für den Einzug der Kfz-Steuer"),
    "iban": ("IBAN des Kontos", "Internat. Kontonr. (IBAN)"),
    "bic": ("BIC des Kreditinstituts", "BIC (8 oder 11 Stellen)"),
    "bank": ("Geldinstitut (Name)", "Bank / Sparkasse"),
    "account_holder": ("Kontoinhaber/-in", "Name des Kontoinhabers / der Kontoinhaberin"),
    "passport": ("Pass oder Passersatzpapier", "Angaben zum Reisepass"),
    "passport_number": ("Pass-Nr.", "Nummer des Passes / Passersatzes"),
    "passport_expiry_date": ("Pass gültig bis (Datum)", "Gültigkeitsdauer des Passes bis"),
    "entry_date": ("Datum der Einreise", "Eingereist am (Datum)"),
    "purpose": ("Zweck des beantragten Aufenthalts", "Aufenthaltszweck (bitte angeben)"),
    "stay": ("Angaben zum Aufenthaltszweck", "Einreise / Aufenthalt"),
    "residence": ("Anschrift im Bundesgebiet", "Wohnanschrift in Deutschland"),
    "signed": ("Ort, Datum der Unterschrift",),
}

# The English line the ``bilingual`` layout prints under (or after) the German label.
EXTRA_EN: Final[dict[str, str]] = {
    "family_name": "Surname", "given_names": "Given names", "birth_name": "Name at birth",
    "date_of_birth": "Date of birth", "place_of_birth": "Place of birth", "sex": "Sex",
    "nationality": "Nationality", "marital": "Marital status", "phone": "Telephone",
    "move_in_date": "Date of moving in", "street": "Street", "house_number": "House number",
    "postal_code": "Postcode", "city": "Town / municipality",
    "street_line": "Street and number", "city_line": "Postcode and town",
    "address_line": "Full address", "new_dwelling": "New residence",
    "person": "Personal details", "previous_address": "Previous address",
    "dwelling": "Type of residence", "landlord_name": "Name of landlord",
    "landlord_address": "Address of landlord", "landlord": "Landlord",
    "landlord_role": "Landlord acts as", "flat": "Dwelling", "wg_move_in": "Moved in on",
    "tenant_names": "Persons who moved in", "child": "Child", "mother_name": "Mother",
    "father_name": "Father", "parents": "Parents", "birth_time": "Time of birth",
    "register_number": "Register entry no.", "issue_date": "Date of issue",
    "spouse": "Spouse", "marriage_date": "Date of marriage",
    "marriage_place": "Place of marriage", "marriage": "Marriage", "deceased": "Deceased",
    "date_of_death": "Date of death", "place_of_death": "Place of death",
    "last_residence": "Last residence", "holder": "Registered keeper", "vehicle": "Vehicle",
    "make": "Make", "model": "Model / type", "vin": "Vehicle identification number",
    "evb_number": "Insurance confirmation (eVB)", "desired_plate": "Requested number plate",
    "sepa": "SEPA direct debit mandate (vehicle tax)",
    "iban": "International bank account number", "bic": "Bank identifier code",
    "bank": "Name of bank", "account_holder": "Account holder", "passport": "Passport",
    "passport_number": "Passport number", "passport_expiry_date": "Passport valid until",
    "entry_date": "Date of entry", "purpose": "Purpose of stay", "stay": "Entry and stay",
    "residence": "Address in Germany", "signed": "Place, date",
}

EXTRA_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein zur Anmeldung (Zuzug)", "Anmeldung einer Wohnung – Vordruck"),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbestätigung gem. § 19 BMG (Vordruck)",
        "Bescheinigung des Wohnungsgebers (Einzug)",
    ),
    "geburtsurkunde": ("Auszug aus dem Geburtenregister", "Geburtsurkunde (Auszug)"),
    "eheurkunde": ("Auszug aus dem Eheregister", "Eheurkunde (Auszug)"),
    "sterbeurkunde": ("Auszug aus dem Sterberegister", "Sterbeurkunde (Auszug)"),
    "antrag_zulassung": (
        "Antrag auf Zulassung eines Kfz", "Zulassungsantrag (Neu-/Wiederzulassung)",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf einen Aufenthaltstitel (§ 81 AufenthG)", "Aufenthaltstitel – Antragsvordruck",
    ),
    "identity_document": (
        "Ablichtung des Ausweisdokuments", "Vorgelegtes Identitätsdokument (Kopie)",
    ),
}

EXTRA_TITLES_EN: Final[dict[str, str]] = {
    "anmeldung": "Registration of residence",
    "wohnungsgeberbestaetigung": "Landlord's confirmation of moving in",
    "geburtsurkunde": "Extract from the register of births",
    "eheurkunde": "Extract from the register of marriages",
    "sterbeurkunde": "Extract from the register of deaths",
    "antrag_zulassung": "Application for vehicle registration",
    "aufenthaltstitel_antrag": "Application for a residence title",
    "identity_document": "Copy of identity document",
}

# Page furniture of the extra layouts.
MARGIN_NOTES: Final = (
    "Bitte mit Schreibmaschine oder in Blockschrift ausfüllen.",
    "Namen so angeben, wie sie im Pass oder Ausweis eingetragen sind.",
    "Nichtzutreffendes bleibt frei. Zutreffendes bitte ankreuzen.",
    "Bei mehreren Angaben ein Beiblatt verwenden.",
    "Die Angaben werden nach dem Meldegesetz erhoben.",
    "Nachweise sind im Original vorzulegen.",
    "Änderungen nur mit Dienstsiegel gültig.",
)
FORM_NUMBERS: Final = ("Vordruck", "Formblatt", "Muster")
CERT_CLAUSES: Final = (
    ("Die Richtigkeit des vorstehenden Auszugs wird bestätigt.",
     "The accuracy of the above extract is certified."),
    ("Dieser Auszug stimmt mit dem Eintrag im Register überein.",
     "This extract corresponds to the entry in the register."),
)
MARGINAL_NOTES: Final = ("keine", "– keine –", "Folgebeurkundungen: keine")
OFFICE_BOXES: Final = ("Nur für Vermerke der Behörde", "Eingangsvermerk / Sachbearbeitung")

MONTHS_THREE: Final = ("Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.",
                       "Okt.", "Nov.", "Dez.")
# Date styles of the extra layouts; every one keeps the four-digit year.
EXTRA_DATE_STYLES: Final = ("numeric", "dash", "slash", "month3", "iso")
SEX_UPPER: Final = {code: word.upper() for code, word in SEX_WORDS.items()}
SEX_BILINGUAL: Final = {"F": "weiblich / female", "M": "männlich / male",
                        "D": "divers / diverse", "X": "ohne Angabe / not stated"}
PURPOSE_BILINGUAL: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium / studies",),
    "employment": ("Erwerbstätigkeit / employment",),
    "family": ("Familiennachzug / family reunion",),
    "humanitarian": ("humanitäre Gründe / humanitarian reasons",),
    "other": ("Sonstiges / other purpose",),
}


def format_extra_date(d: date, style: str) -> str:
    """A date as the extra layouts print it."""
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "month3":
        return f"{d.day:02d}. {MONTHS_THREE[d.month - 1]} {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way an extra layout may print ``d`` (for tests)."""
    return {format_extra_date(d, s) for s in EXTRA_DATE_STYLES}


def nationality_printings(code: str) -> set[str]:
    """Every way an extra layout may print a nationality (for tests)."""
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, code, f"{adjective} ({code})"}


class ExtraWording(Wording):
    """Labels and titles from the extra pool, chosen once per document."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng, holdout=True)
        self._pool = EXTRA

    def title(self, doc_type: str) -> str:
        options = EXTRA_TITLES[doc_type]
        return options[self._rng.randrange(len(options))]


def english(label: str) -> str | None:
    """The English gloss of a label of the extra pool (``None`` for other text)."""
    for key, options in EXTRA.items():
        if label in options:
            return EXTRA_EN[key]
    for key, options in EXTRA.items():  # spouse titles: "Ehepartner 1"
        for option in options:
            if label.startswith(option + " ") and label[len(option) + 1:].isdigit():
                return f"{EXTRA_EN[key]} {label[len(option) + 1:]}"
    return None


@dataclass(slots=True)
class ExtraStyle(Style):
    """A ``Style`` whose dates and sex follow the extra layouts' printing habits."""

    def date(self, d: date) -> str:
        return format_extra_date(d, self.date_style)

    def sex(self, code: str) -> Entry:
        label = self.words("sex")
        if self.sex_mode == "choice":
            options = tuple(SEX_WORDS[c] for c in SEX_OPTIONS)
            return Choice("sex", label, options, SEX_OPTIONS.index(code))
        table = {"upper": SEX_UPPER, "bilingual": SEX_BILINGUAL}.get(self.sex_mode, SEX_WORDS)
        return Item("sex", label, table[code])


def _nationality(value: str, mode: str) -> str:
    for code, (adjective, country) in pools.NATIONALITIES.items():
        if value in (adjective, country):
            if mode == "code":
                return code
            if mode == "adjective_code":
                return f"{adjective} ({code})"
    return value


_PLATE: Final = re.compile(r"^(\S+)[- ]([A-Z]+) (\d+)$")


def reprint(form: Form, rng: random.Random, bilingual: bool) -> None:
    """Rewrite values in ``form`` the way one extra document prints them (in place)."""
    modes = ("as_is", "code", "adjective_code") if bilingual else ("as_is", "as_is", "code")
    nationality_mode = rng.choice(modes)
    entries = [e for block in form.blocks if isinstance(block, Section) for e in block.entries]
    for e in entries:
        if not isinstance(e, Item):
            continue
        if e.key == "nationality":
            e.value = _nationality(e.value, nationality_mode)
        elif e.key == "purpose" and bilingual and rng.random() < 0.7:
            for key, wordings in PURPOSE_BILINGUAL.items():
                if e.value in PURPOSE_WORDING[key]:
                    e.value = rng.choice(wordings)
                    break
        elif e.key == "desired_plate":
            match = _PLATE.match(e.value)
            if match:
                area, letters, digits = match.groups()
                e.value = rng.choice((f"{area}-{letters} {digits}", f"{area} {letters} {digits}"))
