"""How forms print things: label wording variants, titles, date, sex and nationality styles.

Two pools per label: ``COMMON`` wording for the tuning layouts and ``HOLDOUT`` wording that
only the held-out layout uses, so that an evaluation on the holdout shows whether extraction
copes with labels it was not tuned on.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Final

from samples import pools

MONTHS: Final = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)

DATE_STYLES: Final = ("numeric", "numeric_short", "long", "long_zero", "iso")


def format_date(d: date, style: str) -> str:
    """A date as printed; every style keeps the four-digit year."""
    if style == "numeric":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "numeric_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


SEX_WORDS: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_ABBR: Final = {"F": "w", "M": "m", "D": "d", "X": "ohne Angabe"}
SEX_OPTIONS: Final = ("F", "M", "D", "X")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


PURPOSE_OPTIONS: Final = (
    ("study", "Studium"),
    ("employment", "Erwerbstätigkeit"),
    ("family", "Familiennachzug"),
    ("humanitarian", "humanitäre Gründe"),
    ("other", "Sonstiges"),
)

PURPOSE_WORDING: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium", "Aufnahme eines Studiums", "Studium (§ 16b AufenthG)"),
    "employment": (
        "Erwerbstätigkeit", "Beschäftigung als Fachkraft", "Erwerbstätigkeit (§ 18b AufenthG)",
    ),
    "family": ("Familiennachzug", "Familienzusammenführung", "Familiennachzug zum Ehegatten"),
    "humanitarian": (
        "humanitäre Gründe", "Aufenthalt aus humanitären Gründen",
        "humanitäre Gründe (§ 25 AufenthG)",
    ),
    "other": ("Sonstiges", "Sonstiges: Sprachkurs", "sonstiger Zweck (Au-pair)"),
}

DWELLING_OPTIONS: Final = (("main", "Hauptwohnung"), ("secondary", "Nebenwohnung"))

COMMON: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname", "Name", "Nachname"),
    "given_names": ("Vornamen", "Vorname(n)", "Vorname"),
    "birth_name": ("Geburtsname", "Geburtsname (falls abweichend)"),
    "date_of_birth": ("Geburtsdatum", "Tag der Geburt", "geboren am"),
    "place_of_birth": ("Geburtsort", "Ort der Geburt"),
    "sex": ("Geschlecht",),
    "nationality": ("Staatsangehörigkeit", "Staatsangehörigkeit(en)"),
    "marital": ("Familienstand",),
    "phone": ("Telefon (freiwillig)", "Telefonnummer"),
    "move_in_date": ("Tag des Einzugs", "Einzugsdatum", "Datum des Einzugs", "eingezogen am"),
    "street": ("Straße", "Straße/Platz"),
    "house_number": ("Hausnummer", "Hausnr.", "Nr."),
    "postal_code": ("Postleitzahl", "PLZ"),
    "city": ("Ort", "Wohnort", "Gemeinde"),
    "street_line": ("Straße, Hausnummer", "Straße und Hausnummer", "Straße / Nr."),
    "city_line": ("Postleitzahl, Ort", "PLZ / Wohnort", "PLZ, Ort"),
    "address_line": ("Anschrift", "Adresse", "Neue Anschrift"),
    "new_dwelling": ("Neue Wohnung", "Angaben zur neuen Wohnung", "Anschrift der neuen Wohnung"),
    "person": ("Angaben zur Person", "Persönliche Angaben", "Meldepflichtige Person"),
    "previous_address": ("Bisherige Wohnung", "bisherige Anschrift", "Letzte Wohnung"),
    "dwelling": ("Die neue Wohnung ist", "Art der Wohnung", "Wohnungsstatus"),
    "landlord_name": (
        "Name des Wohnungsgebers", "Wohnungsgeber", "Name / Firma des Wohnungsgebers",
    ),
    "landlord_address": (
        "Anschrift des Wohnungsgebers", "Adresse des Wohnungsgebers", "Anschrift",
    ),
    "landlord": ("Angaben zum Wohnungsgeber", "Wohnungsgeber"),
    "landlord_role": ("Der Wohnungsgeber ist", "Wohnungsgeber ist"),
    "flat": ("Anschrift der Wohnung", "Angaben zur Wohnung", "Lage der Wohnung"),
    "wg_move_in": ("Einzug am", "Tag des Einzugs", "Datum des Einzugs"),
    "tenant_names": (
        "Folgende Person(en) ist/sind eingezogen", "Name(n) der meldepflichtigen Person(en)",
        "Eingezogene Personen",
    ),
    "child": ("Angaben zum Kind", "Kind"),
    "mother_name": ("Mutter", "Name der Mutter"),
    "father_name": ("Vater", "Name des Vaters"),
    "parents": ("Eltern", "Angaben zu den Eltern"),
    "birth_time": ("Uhrzeit der Geburt", "Geburtszeit"),
    "register_number": ("Registernummer", "Reg.-Nr.", "Register-Nr."),
    "issue_date": ("Datum der Ausstellung", "Ausgestellt am", "Ausstellungsdatum"),
    "spouse": ("Ehegatte",),
    "marriage_date": ("Tag der Eheschließung", "Datum der Eheschließung", "Eheschließung am"),
    "marriage_place": ("Ort der Eheschließung", "Eheschließungsort"),
    "marriage": ("Eheschließung", "Angaben zur Eheschließung"),
    "deceased": ("Verstorbene Person", "Angaben zur verstorbenen Person"),
    "date_of_death": ("Sterbetag", "Tag des Todes", "verstorben am"),
    "place_of_death": ("Sterbeort", "Ort des Todes"),
    "last_residence": ("Letzter Wohnsitz", "zuletzt wohnhaft"),
    "holder": ("Angaben zum Halter", "Halter", "Fahrzeughalter"),
    "vehicle": ("Angaben zum Fahrzeug", "Fahrzeug"),
    "make": ("Hersteller", "Marke"),
    "model": ("Typ / Modell", "Handelsbezeichnung"),
    "vin": ("Fahrzeug-Identifizierungsnummer (FIN)", "FIN", "Fahrzeug-Ident.-Nr."),
    "evb_number": ("eVB-Nummer", "Versicherungsbestätigung (eVB)", "eVB-Nr."),
    "desired_plate": ("Wunschkennzeichen", "Reserviertes Kennzeichen", "Gewünschtes Kennzeichen"),
    "sepa": (
        "SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer", "SEPA-Lastschriftmandat",
        "Einzugsermächtigung Kfz-Steuer (SEPA)",
    ),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Kreditinstitut", "Bank"),
    "account_holder": ("Kontoinhaber", "Kontoinhaber/in", "Name des Kontoinhabers"),
    "passport": ("Angaben zum Pass", "Reisepass"),
    "passport_number": ("Passnummer", "Reisepass-Nr.", "Nummer des Passes"),
    "passport_expiry_date": ("Pass gültig bis", "Gültig bis", "Ablaufdatum des Passes"),
    "entry_date": ("Tag der Einreise", "Einreisedatum", "eingereist am"),
    "purpose": ("Zweck des Aufenthalts", "Aufenthaltszweck", "Beantragter Aufenthaltszweck"),
    "stay": ("Aufenthalt", "Angaben zum Aufenthalt"),
    "residence": ("Wohnung in Deutschland", "Anschrift in Deutschland", "Derzeitige Anschrift"),
    "signed": ("Datum", "Ort, Datum"),
}

HOLDOUT: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Zuname", "Familien-/Nachname"),
    "given_names": ("Rufname und weitere Vornamen", "Vornamen (sämtliche)"),
    "birth_name": ("früherer Name / Geburtsname",),
    "date_of_birth": ("Geb.-Datum", "Geburtstag"),
    "place_of_birth": ("Geburtsort / Land", "geboren in"),
    "sex": ("Geschl.",),
    "nationality": ("Nationalität", "Staatsangeh."),
    "marital": ("Fam.-Stand",),
    "phone": ("Rückrufnummer",),
    "move_in_date": ("Einzugstag", "Bezug der Wohnung am"),
    "street": ("Straßenname",),
    "house_number": ("Haus-Nr.",),
    "postal_code": ("Postleitzahl",),
    "city": ("Gemeinde/Stadt",),
    "street_line": ("Straße Hausnr.",),
    "city_line": ("PLZ Gemeinde",),
    "address_line": ("Wohnanschrift",),
    "new_dwelling": ("Zuzug in folgende Wohnung",),
    "person": ("Wer meldet sich an?",),
    "previous_address": ("Wegzug aus (frühere Wohnung)", "Vorherige Anschrift"),
    "dwelling": ("Nutzung der Wohnung als",),
    "landlord_name": ("Vermieter/in bzw. Eigentümer/in",),
    "landlord_address": ("Postanschrift Vermieter/in",),
    "landlord": ("Wer bestätigt den Einzug?",),
    "landlord_role": ("Bestätigung erfolgt als",),
    "flat": ("Betroffene Wohnung",),
    "wg_move_in": ("Schlüsselübergabe / Einzug",),
    "tenant_names": ("Eingezogene Personen (Vor- und Familienname)",),
    "child": ("Neugeborenes",),
    "mother_name": ("Elternteil (Mutter)",),
    "father_name": ("Elternteil (Vater)",),
    "parents": ("Abstammung",),
    "birth_time": ("Geburtsstunde",),
    "register_number": ("Registereintrag",),
    "issue_date": ("Urkunde ausgestellt",),
    "spouse": ("Eheschließende Person",),
    "marriage_date": ("Tag der Heirat",),
    "marriage_place": ("Ort der Heirat",),
    "marriage": ("Heirat",),
    "deceased": ("Sterbefall",),
    "date_of_death": ("Todestag",),
    "place_of_death": ("Todesort",),
    "last_residence": ("Letzte Anschrift",),
    "holder": ("Antragsteller/in (künftige/r Halter/in)",),
    "vehicle": ("Zuzulassendes Fahrzeug",),
    "make": ("Fabrikat",),
    "model": ("Modellbezeichnung",),
    "vin": ("Fahrgestellnummer (VIN)",),
    "evb_number": ("Nr. der elektron. Versicherungsbestätigung",),
    "desired_plate": ("Kennzeichenwunsch",),
    "sepa": ("Abbuchungsauftrag Kfz-Steuer (Hauptzollamt)",),
    "iban": ("IBAN (internationale Kontonummer)",),
    "bic": ("SWIFT/BIC",),
    "bank": ("Geldinstitut",),
    "account_holder": ("Zahlungspflichtige/r (Kontoinhaber)",),
    "passport": ("Nationalpass",),
    "passport_number": ("Pass-/Ausweisnummer",),
    "passport_expiry_date": ("Gültigkeit des Passes (bis)",),
    "entry_date": ("Datum der Einreise nach Deutschland",),
    "purpose": ("Ich beantrage den Aufenthalt zum Zweck",),
    "stay": ("Beantragter Aufenthalt",),
    "residence": ("Aktuelle Wohnadresse",),
    "signed": ("Unterschrieben am",),
}

TITLES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "anmeldung": (
        ("Anmeldung bei der Meldebehörde", "Meldeschein", "Anmeldung einer Wohnung"),
        ("Meldeformular – Zuzug",),
    ),
    "wohnungsgeberbestaetigung": (
        ("Wohnungsgeberbestätigung", "Bestätigung des Wohnungsgebers",
         "Wohnungsgeberbestätigung nach § 19 BMG"),
        ("Einzugsbestätigung des Vermieters (§ 19 Bundesmeldegesetz)",),
    ),
    "geburtsurkunde": (("Geburtsurkunde",), ("Geburtsurkunde – Auszug aus dem Geburtenregister",)),
    "eheurkunde": (("Eheurkunde",), ("Eheurkunde (Heiratsurkunde)",)),
    "sterbeurkunde": (("Sterbeurkunde",), ("Sterbeurkunde – Auszug aus dem Sterberegister",)),
    "antrag_zulassung": (
        ("Antrag auf Zulassung eines Fahrzeugs", "Antrag auf Zulassung", "Zulassungsantrag"),
        ("Fahrzeugzulassung – Antragsformular",),
    ),
    "aufenthaltstitel_antrag": (
        ("Antrag auf Erteilung eines Aufenthaltstitels", "Antrag auf Aufenthaltserlaubnis"),
        ("Aufenthaltstitel – Erstantrag",),
    ),
    "identity_document": (("Kopie Ausweisdokument",), ("Ausweiskopie",)),
}

AUTHORITIES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Einwohnermeldeamt", "Bürgeramt – Meldebehörde"),
    "wohnungsgeberbestaetigung": ("Meldebehörde", "Bürgerbüro"),
    "antrag_zulassung": ("Straßenverkehrsamt", "Zulassungsstelle"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Migration und Integration"),
}


class Wording:
    """Chooses a label per key once per document, from the common or the holdout pool."""

    def __init__(self, rng: random.Random, holdout: bool) -> None:
        self._rng = rng
        self._pool = HOLDOUT if holdout else COMMON
        self._chosen: dict[str, str] = {}
        self.holdout = holdout

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = self._pool.get(key) or COMMON[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def title(self, doc_type: str) -> str:
        common, holdout = TITLES[doc_type]
        options = holdout if self.holdout else common
        return options[self._rng.randrange(len(options))]

FOOTNOTES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Hinweis: Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug bei der "
        "Meldebehörde vorzunehmen (§ 17 Abs. 1 BMG). Die Wohnungsgeberbestätigung ist beizufügen.",
        "Die Angaben zu Familienstand und Religion sind freiwillig, soweit nicht gesetzlich "
        "vorgeschrieben. Bitte bringen Sie Ihren Personalausweis oder Reisepass mit.",
    ),
    "wohnungsgeberbestaetigung": (
        "Es ist verboten, eine Wohnanschrift für eine Anmeldung anzubieten oder zur Verfügung "
        "zu stellen, wenn ein tatsächlicher Bezug der Wohnung nicht beabsichtigt ist "
        "(§ 19 Abs. 6 BMG). Ein Verstoß kann mit einer Geldbuße bis zu 50.000 Euro geahndet "
        "werden.",
    ),
    "geburtsurkunde": (
        "Diese Urkunde wurde aus dem elektronisch geführten Geburtenregister erstellt.",
    ),
    "eheurkunde": ("Diese Urkunde wurde aus dem elektronisch geführten Eheregister erstellt.",),
    "sterbeurkunde": (
        "Diese Urkunde wurde aus dem elektronisch geführten Sterberegister erstellt.",
    ),
    "antrag_zulassung": (
        "Die Kraftfahrzeugsteuer wird vom zuständigen Hauptzollamt erhoben. Das Mandat gilt "
        "für wiederkehrende Lastschriften. Die Mandatsreferenz wird gesondert mitgeteilt.",
        "Bitte legen Sie die Zulassungsbescheinigung Teil II, einen gültigen Ausweis und ggf. "
        "den Nachweis der Hauptuntersuchung vor.",
    ),
    "aufenthaltstitel_antrag": (
        "Bitte legen Sie Ihren gültigen Pass, ein aktuelles biometrisches Lichtbild sowie "
        "Nachweise zum Aufenthaltszweck und zur Sicherung des Lebensunterhalts vor.",
        "Unrichtige oder unvollständige Angaben können zur Ablehnung des Antrags und zur "
        "Ausweisung führen (§ 54 Abs. 2 Nr. 8 AufenthG).",
    ),
}
