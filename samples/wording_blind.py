"""The third wording pool and the printing habits of the blind held-out layouts.

``BLIND`` labels and titles are used only by the layouts in ``BLIND_LAYOUTS`` of
``samples.generate``. Whoever tunes extraction must not read this module: it is what keeps
those layouts a blind measurement. None of its strings repeats one of ``COMMON`` or
``HOLDOUT`` (a test checks this).

Besides labels, the blind layouts print some values in ways the other layouts never do (long
dates with abbreviated months, spaced numeric dates, capitalised sex and nationality words,
register numbers and plates written without a space). The ground truth stays the catalog's
normalised value; only the printed form changes.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Choice, Entry, Form, Item, Section, Style
from samples.wording import MONTHS, SEX_OPTIONS, Wording, format_date

BLIND: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname, ggf. Doktorgrad", "Name (Familienname)"),
    "given_names": ("Sämtliche Vornamen", "Vorname(n) (Rufname unterstreichen)"),
    "birth_name": ("Name bei Geburt", "Geburtsname, sofern abweichend"),
    "date_of_birth": ("Geb. am", "Datum der Geburt", "Geburtsdatum (TT.MM.JJJJ)"),
    "place_of_birth": ("Geburtsort (Gemeinde, Staat)", "Geb.-Ort"),
    "sex": ("Geschlecht (m/w/d)", "Geschlechtsangabe"),
    "nationality": ("Staatsangehörigkeit(en), alle angeben", "Staatsbürgerschaft"),
    "marital": ("Personenstand",),
    "phone": ("Telefonisch erreichbar unter", "Tel. für Rückfragen"),
    "move_in_date": ("Einzug erfolgte am", "Datum des Bezugs"),
    "street": ("Straße (ohne Hausnummer)", "Str."),
    "house_number": ("Hausnummer/Zusatz", "Hs.-Nr."),
    "postal_code": ("Postleitz.", "Postleitzahl (PLZ)"),
    "city": ("Ort/Gemeinde", "Wohnort (Gemeinde)"),
    "street_line": ("Straße/Hausnummer", "Straße, Haus-Nr."),
    "city_line": ("PLZ Ort", "Postleitzahl und Ort"),
    "address_line": ("Anschrift (Straße, Nr., PLZ, Ort)", "Wohnsitz"),
    "new_dwelling": ("Neue Anschrift (Zuzug)", "Angaben zur bezogenen Wohnung"),
    "person": ("Personalien", "Zur Person"),
    "previous_address": ("Bisherige Anschrift (Wegzug)", "Frühere Wohnung"),
    "dwelling": ("Die Wohnung wird genutzt als", "Status der Wohnung"),
    "landlord_name": ("Name des Vermieters / Eigentümers", "Vermieter (Name, Firma)"),
    "landlord_address": ("Anschrift Vermieter", "Anschrift des Eigentümers/Verwalters"),
    "landlord": ("Angaben zur Wohnungsgeberin / zum Wohnungsgeber", "Vermieter/Eigentümer"),
    "landlord_role": ("Eigenschaft des Wohnungsgebers",),
    "flat": ("Bezogene Wohnung", "Wohnungsanschrift"),
    "wg_move_in": ("Datum des Einzugs der Mieter", "Einzugsdatum (Mietbeginn)"),
    "tenant_names": ("Name(n) der eingezogenen Person(en)", "Eingezogen sind"),
    "child": ("Daten des Kindes", "Kind (Angaben)"),
    "mother_name": ("Name der Mutter (Vor- und Familienname)", "Mutter des Kindes"),
    "father_name": ("Name des Vaters (Vor- und Familienname)", "Vater des Kindes"),
    "parents": ("Eltern des Kindes",),
    "birth_time": ("Geburtszeit (Std., Min.)", "Uhrzeit"),
    "register_number": ("Nr. des Registereintrags", "Register-Nummer"),
    "issue_date": ("Ausstellungstag", "Datum der Urkundenausstellung"),
    "spouse": ("Ehepartner/in",),
    "marriage_date": ("Datum der Trauung", "Trauungstag"),
    "marriage_place": ("Ort der Trauung", "Trauort"),
    "marriage": ("Trauung", "Angaben zur Trauung"),
    "deceased": ("Angaben zum Verstorbenen", "Die verstorbene Person"),
    "date_of_death": ("Todesdatum", "Sterbedatum"),
    "place_of_death": ("Sterbeort (Gemeinde)", "verstorben in"),
    "last_residence": ("Letzter Wohnort", "Zuletzt wohnhaft in"),
    "holder": ("Angaben zur Halterin / zum Halter", "Künftiger Fahrzeughalter"),
    "vehicle": ("Fahrzeugdaten", "Angaben zum Kraftfahrzeug"),
    "make": ("Marke/Hersteller", "Herstellerbezeichnung"),
    "model": ("Typ", "Modell / Variante"),
    "vin": ("Fahrzeug-Ident-Nummer", "FIN (Feld E der ZB I)"),
    "evb_number": ("eVB", "Versicherungsbestätigungs-Nr."),
    "desired_plate": ("Kennzeichen (Wunsch/Reservierung)", "Wunsch-Kennzeichen"),
    "sepa": (
        "Erteilung eines SEPA-Lastschriftmandats (Kraftfahrzeugsteuer)",
        "Lastschriftmandat Kfz-Steuer",
    ),
    "iban": ("Kontonummer (IBAN)", "IBAN-Nr."),
    "bic": ("BIC (SWIFT-Code)", "BIC-Code"),
    "bank": ("Name der Bank", "Kreditinstitut (Name)"),
    "account_holder": ("Kontoinhaber (Name, Vorname)", "Inhaber des Kontos"),
    "passport": ("Pass / Passersatz", "Reisedokument"),
    "passport_number": ("Nr. des Reisedokuments", "Passnr."),
    "passport_expiry_date": ("gültig bis (Pass)", "Ablauf der Gültigkeit"),
    "entry_date": ("Einreise am", "Tag der Einreise in das Bundesgebiet"),
    "purpose": ("Aufenthaltszweck (Rechtsgrundlage)", "Grund des Aufenthalts"),
    "stay": ("Angaben zum beantragten Aufenthalt", "Einreise und Aufenthalt"),
    "residence": ("Wohnanschrift im Bundesgebiet", "Derzeitiger Wohnsitz"),
    "signed": ("Ort und Datum",),
}

BLIND_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein für die Anmeldung", "Anmeldung – Bundesmeldeschein"),
    "wohnungsgeberbestaetigung": (
        "Bescheinigung des Wohnungsgebers über den Einzug", "Wohnungsgeberbescheinigung",
    ),
    "geburtsurkunde": (
        "Geburtsurkunde · Registerauszug", "Beglaubigter Ausdruck aus dem Geburtenregister",
    ),
    "eheurkunde": ("Eheurkunde · Registerauszug", "Beglaubigter Ausdruck aus dem Eheregister"),
    "sterbeurkunde": (
        "Sterbeurkunde · Registerauszug", "Beglaubigter Ausdruck aus dem Sterberegister",
    ),
    "antrag_zulassung": (
        "Antrag auf Zulassung eines Kraftfahrzeugs (Neuzulassung)",
        "Zulassung eines Fahrzeugs – Antrag",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf Erteilung oder Verlängerung eines Aufenthaltstitels",
        "Aufenthaltserlaubnis – Antrag",
    ),
    "identity_document": ("Anlage: Ausweiskopie", "Kopie des Passes / Personalausweises"),
}

# Noise a printed form carries: instructions under the title, office-use boxes, footers.
INSTRUCTIONS: Final = (
    "Bitte in Druckbuchstaben ausfüllen und Zutreffendes ankreuzen.",
    "Felder mit * sind Pflichtangaben. Nicht zutreffende Felder bitte freilassen.",
    "Vom Antragsteller auszufüllen – grau hinterlegte Felder nur für die Behörde.",
)
OFFICE_USE: Final = ("Eingangsstempel", "Vermerke der Behörde", "Bearbeitet (Kürzel, Datum)")
FOOTERS: Final = (
    "Servicetelefon 115 · Mo–Fr 8–18 Uhr · www.service.bund.de",
    "Öffnungszeiten: Mo, Di, Do 8–16 Uhr, Mi 8–13 Uhr, Fr 8–12 Uhr",
    "Dieser Vordruck ist bei der zuständigen Stelle unentgeltlich erhältlich.",
)
CERT_REMARKS: Final = (
    "Hinweise / Zusätze: keine",
    "Die Übereinstimmung mit dem Registereintrag wird beglaubigt.",
    "Gebührenfrei gemäß Landesgebührengesetz.",
)

MONTHS_ABBR: Final = (
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
    "Dez.",
)
# Date styles of the blind layouts; every one keeps the four-digit year.
BLIND_DATE_STYLES: Final = ("long", "long_abbr", "long_upper", "spaced", "numeric")
SEX_CAPITAL: Final = {"F": "Weiblich", "M": "Männlich", "D": "Divers", "X": "Keine Angabe"}
SEX_SHORT: Final = {"F": "weibl.", "M": "männl.", "D": "divers", "X": "keine Angabe"}
SEX_LETTER: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}


def format_blind_date(d: date, style: str) -> str:
    """A date as the blind layouts print it."""
    if style == "long_abbr":
        return f"{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == "long_upper":
        return f"{d.day:02d}. {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "spaced":
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way a blind layout may print ``d`` (for tests)."""
    return {format_blind_date(d, s) for s in BLIND_DATE_STYLES} | {
        f"{d.day:02d} {d.month:02d} {d.year}"}


class BlindWording(Wording):
    """Labels and titles from the blind pool, chosen once per document."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng, holdout=True)
        self._pool = BLIND

    def title(self, doc_type: str) -> str:
        options = BLIND_TITLES[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class BlindStyle(Style):
    """A ``Style`` whose dates and sex follow the blind layouts' printing habits."""

    def date(self, d: date) -> str:
        return format_blind_date(d, self.date_style)

    def sex(self, code: str) -> Entry:
        label = self.words("sex")
        if self.sex_mode == "choice":
            options = tuple(SEX_CAPITAL[c] for c in SEX_OPTIONS)
            return Choice("sex", label, options, SEX_OPTIONS.index(code))
        table = {"capital": SEX_CAPITAL, "short": SEX_SHORT, "letter": SEX_LETTER}[self.sex_mode]
        return Item("sex", label, table[code])


_ADJECTIVES: Final = {adj: country for adj, country in pools.NATIONALITIES.values()}


def _nationality(value: str, mode: str) -> str:
    if mode == "capital" and value in _ADJECTIVES:
        return value[0].upper() + value[1:]
    if mode == "upper":
        return value.upper()
    return value


def _register(value: str, rng: random.Random) -> str:
    # Registry software prints "G 1234/2026"; hand-kept registers often drop the space.
    return value.replace(" ", "", 1) if rng.random() < 0.4 else value


_PLATE: Final = re.compile(r"^(\S+)[- ]([A-Z]+) (\d+)$")


def _plate(value: str, rng: random.Random) -> str:
    match = _PLATE.match(value)
    if not match:
        return value
    area, letters, digits = match.groups()
    return rng.choice((f"{area}-{letters} {digits}", f"{area} {letters} {digits}",
                       f"{area}-{letters}{digits}"))


def restyle(form: Form, rng: random.Random) -> None:
    """Rewrite values in ``form`` the way one blind document prints them (in place)."""
    nationality_mode = rng.choice(("as_is", "capital", "upper"))
    entries = [e for block in form.blocks if isinstance(block, Section) for e in block.entries]
    for e in entries:
        if not isinstance(e, Item):
            continue
        if e.key == "nationality":
            e.value = _nationality(e.value, nationality_mode)
        elif e.key == "register_number":
            e.value = _register(e.value, rng)
        elif e.key == "desired_plate":
            e.value = _plate(e.value, rng)
