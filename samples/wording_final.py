"""The fourth wording pool and the printing habits of the final held-out layouts.

``FINAL`` labels and titles are used only by the layouts in ``FINAL_LAYOUTS`` of
``samples.generate`` (``compact``, an online-form printout, and ``portal``, a web-portal
export). They are a last blind measurement: whoever tunes extraction must not read this
module nor tune on those layouts' failures. None of its strings repeats one of ``COMMON``,
``HOLDOUT`` or ``BLIND`` (a test checks this).

Besides labels, the final layouts print some values in ways of their own (dates with the
weekday in front, ISO dates, capitalised sex words, nationality as the country with its code,
purposes in portal wording). The ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Choice, Entry, Form, Item, Section, Style
from samples.wording import (
    MONTHS,
    PURPOSE_WORDING,
    SEX_OPTIONS,
    SEX_WORDS,
    Wording,
    format_date,
)

FINAL: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname der Person", "Familienname (vollständig)"),
    "given_names": ("Vorname(n) (vollständig)", "Alle Vornamen"),
    "birth_name": ("Geburtsname (nur bei Abweichung)", "Früherer Familienname"),
    "date_of_birth": ("Geburtsdatum der Person", "Tag, Monat und Jahr der Geburt"),
    "place_of_birth": ("Geburtsort und -land", "Ort und Staat der Geburt"),
    "sex": ("Geschlechtseintrag", "Angabe zum Geschlecht"),
    "nationality": ("Staatsangehörigkeit (derzeit)", "Derzeitige Staatsangehörigkeit(en)"),
    "marital": ("Ehe-/Familienstand",),
    "phone": ("Mobil / Telefon", "Telefon tagsüber"),
    "move_in_date": ("Bezugsdatum", "Eingezogen zum"),
    "street": ("Straßenbezeichnung", "Straße/Weg"),
    "house_number": ("Hausnummer inkl. Zusatz", "HNr."),
    "postal_code": ("PLZ (5-stellig)", "Postleitzahl des Wohnorts"),
    "city": ("Ort / Ortsteil", "Stadt/Gemeinde"),
    "street_line": ("Straße + Hausnummer", "Straße, Nr."),
    "city_line": ("PLZ + Ort", "PLZ und Ort"),
    "address_line": ("Vollständige Anschrift", "Wohnadresse (Straße, Nr., PLZ, Ort)"),
    "new_dwelling": ("Einzugsadresse", "Anschrift nach dem Umzug"),
    "person": ("Antragstellende Person", "Ihre persönlichen Daten"),
    "previous_address": ("Auszugsadresse", "Anschrift vor dem Umzug"),
    "dwelling": ("Art der Nutzung", "Die Wohnung ist für mich"),
    "landlord_name": ("Vermietende Person / Firma", "Name der vermietenden Stelle"),
    "landlord_address": ("Adresse der vermietenden Person", "Anschrift (Vermietung)"),
    "landlord": ("Vermietende Stelle", "Ihre Daten als Wohnungsgeber/in"),
    "landlord_role": ("Sie handeln als", "Rolle des Wohnungsgebers"),
    "flat": ("Angaben zum Mietobjekt", "Adresse des Mietobjekts"),
    "wg_move_in": ("Einzug der Mieter zum", "Übergabe der Wohnung am"),
    "tenant_names": ("Einziehende Person(en)", "Namen aller eingezogenen Personen"),
    "child": ("Geborenes Kind", "Zum Kind"),
    "mother_name": ("Vor- und Familienname der Mutter", "Mutter (Name)"),
    "father_name": ("Vor- und Familienname des Vaters", "Vater (Name)"),
    "parents": ("Elternteile", "Zu den Eltern"),
    "birth_time": ("Uhrzeit (Geburt)", "Zeitpunkt der Geburt"),
    "register_number": ("Eintragsnummer (Register)", "Nr. im Register"),
    "issue_date": ("Tag der Ausstellung", "Erstellt am"),
    "spouse": ("Ehegattin/Ehegatte", "Eheperson"),
    "marriage_date": ("Datum der Eheschließung (Trauung)", "Eheschließung erfolgte am"),
    "marriage_place": ("Ort (Eheschließung)", "Eheschließung in"),
    "marriage": ("Zur Eheschließung", "Daten der Eheschließung"),
    "deceased": ("Zur verstorbenen Person", "Verstorbene/r"),
    "date_of_death": ("Todeszeitpunkt (Datum)", "Datum des Todes"),
    "place_of_death": ("Ort des Versterbens", "Gestorben in"),
    "last_residence": ("Letzte Wohnanschrift", "Wohnort zuletzt"),
    "holder": ("Künftige Halterin / künftiger Halter", "Halterdaten"),
    "vehicle": ("Zum Fahrzeug", "Fahrzeugangaben"),
    "make": ("Hersteller (Marke)", "Fahrzeughersteller"),
    "model": ("Typ / Variante / Version", "Modell"),
    "vin": ("FIN (17-stellig)", "Fahrzeugidentifizierungsnummer"),
    "evb_number": ("eVB-Code", "Versicherungsbestätigung (7-stellig)"),
    "desired_plate": ("Kennzeichenreservierung", "Gewünschtes amtliches Kennzeichen"),
    "sepa": ("SEPA-Mandat für die Kfz-Steuer", "Bankverbindung für den Steuereinzug"),
    "iban": ("IBAN (Konto)", "Internationale Bankkontonummer (IBAN)"),
    "bic": ("BIC / SWIFT", "Bank Identifier Code (BIC)"),
    "bank": ("Name des Kreditinstituts", "Bankname"),
    "account_holder": ("Name Kontoinhaber/in", "Kontoinhaberin / Kontoinhaber"),
    "passport": ("Reisepass (Angaben)", "Ihr Nationalpass"),
    "passport_number": ("Passnummer (laut Pass)", "Nummer des Reisepasses"),
    "passport_expiry_date": ("Pass gültig bis einschließlich", "Gültigkeitsende des Passes"),
    "entry_date": ("Einreisetag", "Eingereist nach Deutschland am"),
    "purpose": ("Zweck (Aufenthalt)", "Grund für den Antrag"),
    "stay": ("Ihr Aufenthalt", "Zum Aufenthalt"),
    "residence": ("Meldeadresse in Deutschland", "Aktuelle Meldeanschrift"),
    "signed": ("Ort / Datum", "Erstellt in/am"),
}

FINAL_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Elektronische Wohnsitzanmeldung", "Anmeldung des Wohnsitzes (Online-Antrag)"),
    "wohnungsgeberbestaetigung": (
        "Bestätigung über den Einzug in eine Wohnung",
        "Einzugsbestätigung (§ 19 BMG) – Online-Formular",
    ),
    "geburtsurkunde": ("Urkunde über die Geburt", "Geburtsurkunde (Ausfertigung)"),
    "eheurkunde": ("Urkunde über die Eheschließung", "Eheurkunde (Ausfertigung)"),
    "sterbeurkunde": ("Urkunde über den Sterbefall", "Sterbeurkunde (Ausfertigung)"),
    "antrag_zulassung": (
        "Online-Antrag Fahrzeugzulassung (i-Kfz)", "Neuzulassung eines Fahrzeugs",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag Aufenthaltserlaubnis – Online-Service",
        "Erteilung eines Aufenthaltstitels – Antrag",
    ),
    "identity_document": (
        "Nachweis: Identitätsdokument (Kopie)", "Hochgeladenes Ausweisdokument",
    ),
}

# Noise of an online form: the service, submission data, consent lines, support footers.
PORTALS: Final = ("Serviceportal", "Bürgerportal", "Online-Dienste", "Digitales Rathaus")
CONSENTS: Final = (
    "Ich versichere, dass meine Angaben vollständig und richtig sind.",
    "Die Datenschutzhinweise habe ich zur Kenntnis genommen.",
    "Ich bin damit einverstanden, per E-Mail über den Bearbeitungsstand informiert zu werden.",
)
SUPPORT: Final = (
    "Technische Fragen: support@serviceportal.example · Behördennummer 115",
    "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    "Bitte bewahren Sie diese Eingangsbestätigung für Ihre Unterlagen auf.",
)
FIELD_HEADERS: Final = (("Feld", "Angabe"), ("Frage", "Ihre Antwort"),
                        ("Bezeichnung", "Eingabe"))
WEEKDAYS: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
WEEKDAYS_LONG: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                        "Sonntag")

# Date styles of the final layouts; every one contains a four-digit year.
FINAL_DATE_STYLES: Final = ("numeric", "iso", "weekday", "weekday_long", "long")
SEX_CAPITAL: Final = {code: word[0].upper() + word[1:] for code, word in SEX_WORDS.items()}
SEX_PAIRED: Final = {"F": "weiblich (w)", "M": "männlich (m)", "D": "divers (d)",
                     "X": "ohne Angabe (x)"}
# The portals' own wording for the purpose of a stay (the truth stays the catalog key).
PURPOSE_PORTAL: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studienaufenthalt", "Studium an einer Hochschule"),
    "employment": ("Ausübung einer Beschäftigung", "Arbeitsaufnahme"),
    "family": ("Nachzug zu Familienangehörigen", "Familiäre Gründe"),
    "humanitarian": ("Schutz aus humanitären Gründen", "Humanitärer Aufenthalt"),
    "other": ("Anderer Zweck", "Sonstiger Aufenthaltszweck"),
}


def format_final_date(d: date, style: str) -> str:
    """A date as the final layouts print it."""
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    if style == "weekday_long":
        return f"{WEEKDAYS_LONG[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way a final layout may print ``d`` (for tests)."""
    return {format_final_date(d, s) for s in FINAL_DATE_STYLES}


def nationality_printings(code: str) -> set[str]:
    """Every way a final layout may print a nationality (for tests)."""
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, f"{country} ({code})", adjective[0].upper() + adjective[1:]}


class FinalWording(Wording):
    """Labels and titles from the final pool, chosen once per document."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng, holdout=True)
        self._pool = FINAL

    def title(self, doc_type: str) -> str:
        options = FINAL_TITLES[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class FinalStyle(Style):
    """A ``Style`` whose dates and sex follow the final layouts' printing habits."""

    def date(self, d: date) -> str:
        return format_final_date(d, self.date_style)

    def sex(self, code: str) -> Entry:
        label = self.words("sex")
        if self.sex_mode == "choice":
            options = tuple(SEX_CAPITAL[c] for c in SEX_OPTIONS)
            return Choice("sex", label, options, SEX_OPTIONS.index(code))
        table = {"capital": SEX_CAPITAL, "paired": SEX_PAIRED}.get(self.sex_mode, SEX_WORDS)
        return Item("sex", label, table[code])


def _nationality(value: str, mode: str) -> str:
    for code, (adjective, country) in pools.NATIONALITIES.items():
        if value in (adjective, country):
            if mode == "coded":
                return f"{country} ({code})"
            if mode == "capital" and value == adjective:
                return adjective[0].upper() + adjective[1:]
    return value


_PLATE: Final = re.compile(r"^(\S+)[- ]([A-Z]+) (\d+)$")
_GROUPED_IBAN: Final = re.compile(r"^[A-Z]{2}\d{2}( [A-Z0-9]{1,4})+$")


def refill(form: Form, rng: random.Random) -> None:
    """Rewrite values in ``form`` the way one final document prints them (in place)."""
    nationality_mode = rng.choice(("as_is", "coded", "capital"))
    entries = [e for block in form.blocks if isinstance(block, Section) for e in block.entries]
    for e in entries:
        if not isinstance(e, Item):
            continue
        if e.key == "nationality":
            e.value = _nationality(e.value, nationality_mode)
        elif e.key == "purpose" and rng.random() < 0.6:
            for key, wordings in PURPOSE_PORTAL.items():
                if e.value in PURPOSE_WORDING[key]:
                    e.value = rng.choice(wordings)
                    break
        elif e.key == "desired_plate":
            match = _PLATE.match(e.value)
            if match:
                area, letters, digits = match.groups()
                e.value = rng.choice((f"{area}-{letters} {digits}", f"{area} {letters} {digits}"))
        elif e.key == "iban" and _GROUPED_IBAN.match(e.value) and rng.random() < 0.3:
            e.value = e.value.replace(" ", "")

