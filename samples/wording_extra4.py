"""The eighth wording pool and the printing habits of the fourth extra pair of layouts.

``COMB`` (numbered field labels of a form with comb boxes), ``QUESTIONS`` (the questions of a
questionnaire sent by fax), ``REGISTER`` (the labels of a register printout sent by fax), the
section headings and the titles below are used only by the layouts in ``EXTRA4_LAYOUTS`` of
``samples.generate`` (``comb`` and ``fax``). They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra4``, nor tune on those layouts'
failures. None of the label strings repeats one of the seven other pools, not even up to case,
punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates in comb boxes,
dates with a weekday, nationalities as an answer, sex as a key number). The ground truth stays
the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording, format_date

# Where German has only one usual word, this pool uses it too.
SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- comb: numbered labels over comb boxes -------------------------------------------------------

COMB: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (in Druckschrift)", "Name, wie im Pass / Ausweis",
                    "Familienname – Blockschrift"),
    "given_names": ("Sämtliche Vornamen (in Druckschrift)", "Vornamen, wie im Pass / Ausweis",
                    "Vornamen – Blockschrift"),
    "birth_name": ("Geburtsname, falls abweichend (Druckschrift)", "Name bei der Geburt",
                   "Geburtsname – Blockschrift"),
    "date_of_birth": ("Tag der Geburt (TT MM JJJJ)", "Geburtstag – Tag / Monat / Jahr",
                      "Geburtsdatum (Ziffern)"),
    "place_of_birth": ("Ort der Geburt, ggf. Staat", "Geburtsort – Blockschrift",
                       "Geburtsort samt Staat"),
    "sex": ("Geschlecht – bitte ankreuzen", "Geschlecht (Schlüsselzahl)",
            "Eingetragenes Geschlecht (ankreuzen)"),
    "nationality": ("Staatsangehörigkeit – Blockschrift", "Staatsangehörigkeit(en) (alle)",
                    "Derzeitige Staatsangehörigkeit"),
    "marital": ("Familienstand (ledig/verh./gesch./verw.)", "Familienstand – Eintrag"),
    "phone": ("Telefon tagsüber (freiwillig)", "Rückrufnummer (freiwillig)"),
    "move_in_date": ("Einzugstag (TT MM JJJJ)", "Wohnung bezogen am (Ziffern)",
                     "Einzug – Tag / Monat / Jahr"),
    "street": ("Straße – ohne Haus-Nr. –", "Straßenname – Blockschrift"),
    "house_number": ("Haus-Nr. samt Buchstabe", "Nr. des Hauses"),
    "postal_code": ("Postleitzahl", "PLZ"),
    "city": ("Gemeinde – Blockschrift", "Wohnort – Blockschrift"),
    "street_line": ("Straße und Haus-Nr. – Blockschrift", "Straße/Haus-Nr. – Blockschrift"),
    "city_line": ("PLZ und Gemeinde – Blockschrift", "Postleitzahl/Gemeinde – Blockschrift"),
    "address_line": ("Anschrift in einer Zeile", "Straße Nr., PLZ Ort (eine Zeile)"),
    "previous_address": ("Letzte Anschrift vor dem Umzug", "Bisherige Adresse (eine Zeile)",
                         "Auszug aus (Anschrift)"),
    "dwelling": ("Die Wohnung ist – bitte ankreuzen", "Art der Wohnung (ankreuzen)"),
    "landlord_name": ("Name / Firma des Wohnungsgebers (Druckschrift)",
                      "Wohnungsgeber – Name oder Firma"),
    "landlord_address": ("Anschrift des Wohnungsgebers (eine Zeile)",
                         "Wohnungsgeber – Postanschrift eine Zeile"),
    "landlord_role": ("Der Wohnungsgeber ist – ankreuzen", "Der Wohnungsgeber bestätigt als"),
    "wg_move_in": ("Einzug erfolgte am (TT MM JJJJ)", "Tag des Einzugs der Mieter"),
    "flat": ("Anschrift der Wohnung (eine Zeile)", "Lage der Wohnung – Anschrift"),
    "tenant_each": ("Eingezogene Person", "Name der eingezogenen Person"),
    "child_family": ("Familienname des Kindes (Druckschrift)", "Kind: Name"),
    "child_given": ("Vornamen des Kindes (Druckschrift)", "Kind: Vornamen (Druckschrift)"),
    "child_sex": ("Geschlecht des Kindes – ankreuzen", "Kind: Geschlechtseintrag"),
    "child_dob": ("Geburtstag des Kindes (TT MM JJJJ)", "Kind: geboren am (Ziffern)"),
    "child_pob": ("Kind: Geburtsgemeinde", "Geburtsgemeinde des Kindes"),
    "birth_time": ("Uhrzeit der Geburt (hh:mm)", "Kind: Uhrzeit"),
    "mother_name": ("Kindesmutter – Vorname Name", "Name der Kindesmutter"),
    "father_name": ("Kindesvater – Vorname Name", "Name des Kindesvaters"),
    "registry_office": ("Ausstellendes Standesamt", "Standesamt (Bezeichnung)"),
    "register_number": ("Registernr. (Buchstabe Nr./Jahr)", "Eintrag im Register Nr."),
    "issue_date": ("Ausgestellt am (TT MM JJJJ)", "Tag der Ausstellung (Ziffern)"),
    "reg_family": ("Name laut Eintrag (Druckschrift)", "Eintrag: Familienname"),
    "reg_given": ("Vornamen laut Eintrag (Druckschrift)", "Eintrag: Vornamen"),
    "reg_dob": ("Geburtstag laut Eintrag (TT MM JJJJ)", "Eintrag: geboren am"),
    "reg_pob": ("Geburtsort laut Eintrag", "Eintrag: geboren in"),
    "spouse": ("Ehegatte/Ehegattin – Nr.", "Person der Ehe – Nr."),
    "marriage_date": ("Tag der Trauung (TT MM JJJJ)", "Eheschließung am (Ziffern)"),
    "marriage_place": ("Gemeinde der Trauung", "Eheschließung in (Gemeinde)"),
    "date_of_death": ("Sterbetag (TT MM JJJJ)", "Tag des Todes (Ziffern)"),
    "place_of_death": ("Gemeinde des Sterbeorts", "Gemeinde, in der der Tod eintrat"),
    "last_residence": ("Letzter Wohnsitz (eine Zeile)", "Letzte Wohnanschrift – eine Zeile"),
    "make": ("Hersteller (Feld D.1)", "Fabrikmarke"),
    "model": ("Typ / Handelsbezeichnung (D.2/D.3)", "Modell – Blockschrift"),
    "vin": ("Fahrzeug-Ident.-Nr. (Feld E)", "FIN – 17 Zeichen"),
    "evb_number": ("eVB – 7 Zeichen", "eVB-Nr. der Versicherung"),
    "desired_plate": ("Reserviertes Kennzeichen (Wunsch)", "Wunschkennzeichen – falls reserviert"),
    "account_holder": ("Kontoinhaber/in (Druckschrift)", "Name des Zahlungspflichtigen"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Geldinstitut – Blockschrift", "Kreditinstitut – Bezeichnung"),
    "passport_number": ("Pass-Nr. (Nationalpass)", "Passnummer – Blockschrift"),
    "passport_expiry_date": ("Pass gültig bis (TT MM JJJJ)", "Gültigkeit des Passes (Ziffern)"),
    "entry_date": ("Einreisetag (TT MM JJJJ)", "Eingereist am (Ziffern)"),
    "purpose": ("Zweck des Aufenthalts – ankreuzen", "Aufenthaltszweck (ankreuzen)"),
    # what else the form prints
    "signed": ("Ort, Datum (TT MM JJJJ)", "Gemeinde, Tag"),
    "signature": ("Eigenhändige Unterschrift", "Unterschrift (wie im Ausweis)"),
    "office_use": ("Behördenvermerke – nicht ausfüllen",
                   "Bearbeitungsvermerke – nicht beschriften"),
    "case_ref": ("Vorgangs-Nr.", "Geschäftszeichen – Behörde"),
    "copy_date": ("Kopie gefertigt am", "Kopiert am"),
}

# --- fax: the questions of a questionnaire, and the labels of a faxed register printout -----------

QUESTIONS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Wie lautet Ihr Familienname?", "Welchen Familiennamen führen Sie?",
                    "Ihr Nachname?"),
    "given_names": ("Wie lauten Ihre Vornamen?", "Welche Vornamen führen Sie?",
                    "Ihre Vornamen (alle)?"),
    "birth_name": ("Wie lautete Ihr Name bei der Geburt?", "Hatten Sie früher einen anderen "
                   "Familiennamen? Wenn ja, welchen?"),
    "date_of_birth": ("Wann sind Sie geboren?", "An welchem Tag wurden Sie geboren?",
                      "Ihr Geburtstag?"),
    "place_of_birth": ("Wo sind Sie geboren?", "In welchem Ort wurden Sie geboren?",
                       "Ihr Geburtsort (Stadt, ggf. Land)?"),
    "sex": ("Welches Geschlecht ist bei Ihnen eingetragen?", "Ihr Geschlecht?",
            "Welchen Geschlechtseintrag haben Sie?"),
    "nationality": ("Welche Staatsangehörigkeit besitzen Sie?",
                    "Welche Staatsangehörigkeit haben Sie?", "Ihre Staatsangehörigkeit?"),
    "marital": ("Wie ist Ihr Familienstand?", "Sind Sie ledig, verheiratet, geschieden oder "
                "verwitwet?"),
    "phone": ("Unter welcher Nummer sind Sie tagsüber erreichbar?",
              "Wie können wir Sie telefonisch erreichen?"),
    "move_in_date": ("Wann sind Sie in die neue Wohnung eingezogen?",
                     "Seit wann wohnen Sie in der neuen Wohnung?",
                     "An welchem Tag haben Sie die Wohnung bezogen?"),
    "street": ("In welcher Straße liegt die Wohnung?", "Straße der Wohnung?"),
    "house_number": ("Welche Hausnummer?", "Hausnummer (mit Zusatz)?"),
    "postal_code": ("Welche Postleitzahl?", "Postleitzahl der Wohnung?"),
    "city": ("In welchem Ort liegt die Wohnung?", "Ort der Wohnung?"),
    "street_line": ("Straße und Hausnummer der Wohnung?", "Wie lautet die Straße mit "
                    "Hausnummer?"),
    "city_line": ("Postleitzahl und Ort der Wohnung?", "Wie lauten Postleitzahl und Ort?"),
    "address_line": ("Wie lautet die vollständige Anschrift der Wohnung?",
                     "Unter welcher Anschrift wohnen Sie jetzt?"),
    "residence_line": ("Wo wohnen Sie in Deutschland (Anschrift)?",
                       "Wie lautet Ihre jetzige Wohnanschrift?"),
    "holder_line": ("Wie lautet Ihre Wohnanschrift?", "Unter welcher Anschrift sind Sie "
                    "gemeldet?"),
    "previous_address": ("Wo haben Sie vorher gewohnt?", "Wie lautete Ihre letzte Anschrift?",
                         "Von wo sind Sie zugezogen?"),
    "dwelling": ("Ist die neue Wohnung Ihre Haupt- oder Ihre Nebenwohnung?",
                 "Wie nutzen Sie die Wohnung – als Haupt- oder als Nebenwohnung?"),
    "landlord_name": ("Wer ist Wohnungsgeber (Name oder Firma)?",
                      "Wie heißt der Wohnungsgeber?"),
    "landlord_address": ("Unter welcher Anschrift ist der Wohnungsgeber erreichbar?",
                         "Wo hat der Wohnungsgeber seinen Sitz bzw. Wohnsitz?"),
    "landlord_role": ("Ist der Wohnungsgeber zugleich Eigentümer der Wohnung?",
                      "In welcher Eigenschaft bestätigen Sie den Einzug?"),
    "wg_move_in": ("Wann sind die Mieter eingezogen?", "An welchem Tag erfolgte der Einzug?"),
    "flat": ("Welche Wohnung wurde bezogen (Anschrift)?", "Wo liegt die vermietete Wohnung?"),
    "tenant_names": ("Welche Personen sind eingezogen?", "Wer ist in die Wohnung eingezogen "
                     "(alle Personen)?"),
    "make": ("Welche Marke hat das Fahrzeug?", "Von welchem Hersteller ist das Fahrzeug?"),
    "model": ("Welches Modell?", "Wie lautet die Typbezeichnung?"),
    "vin": ("Wie lautet die Fahrzeug-Identifizierungsnummer?", "Welche FIN hat das Fahrzeug?"),
    "evb_number": ("Wie lautet die eVB-Nummer Ihrer Versicherung?",
                   "Welche eVB-Nummer hat Ihnen die Versicherung genannt?"),
    "desired_plate": ("Haben Sie ein Wunschkennzeichen reserviert? Wenn ja, welches?",
                      "Welches Kennzeichen wünschen Sie?"),
    "account_holder": ("Wer ist Inhaber des Kontos für die Kfz-Steuer?",
                       "Auf wessen Namen läuft das Konto?"),
    "iban": ("Wie lautet die IBAN?", "Welche IBAN hat das Konto?"),
    "bic": ("Wie lautet der BIC?", "BIC der Bank?"),
    "bank": ("Bei welcher Bank wird das Konto geführt?", "Wie heißt die kontoführende Bank?"),
    "passport_number": ("Wie lautet die Nummer Ihres Reisepasses?",
                        "Welche Passnummer hat Ihr Reisepass?"),
    "passport_expiry_date": ("Bis wann ist Ihr Reisepass gültig?",
                             "Wann läuft Ihr Reisepass ab?"),
    "entry_date": ("Wann sind Sie nach Deutschland eingereist?",
                   "An welchem Tag kamen Sie nach Deutschland?"),
    "purpose": ("Zu welchem Zweck möchten Sie sich in Deutschland aufhalten?",
                "Warum möchten Sie in Deutschland bleiben?"),
}

REGISTER: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname lt. Register", "Eingetragener Familienname"),
    "given_names": ("Vorname(n) lt. Register", "Vornamen im Register"),
    "sex": ("Geschlecht lt. Register", "Eingetragenes Geschlecht"),
    "birth": ("Tag und Ort der Geburt", "Geburtstag und Geburtsort"),
    "mother": ("Eltern – Mutter", "Die Mutter"),
    "father": ("Eltern – Vater", "Der Vater"),
    "marriage": ("Tag und Ort der Eheschließung", "Eheschließung – Tag, Ort"),
    "death": ("Tag und Ort des Todes", "Sterbetag und Sterbeort"),
    "register_number": ("Nummer im Personenstandsregister", "Eintrag Nr. / Jahr (Register)"),
    "issue_date": ("Urkunde ausgefertigt am", "Tag, an dem die Urkunde ausgefertigt wurde"),
    "spouse": ("Ehegatte/Ehegattin (lt. Register)", "Eheschließende Person lt. Register"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("family_name", "given_names", "birth_name"),
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_sex", "child_dob", "child_pob"),
    "parents": ("mother_name", "father_name"),
    "dates": ("move_in_date", "wg_move_in", "issue_date", "marriage_date", "date_of_death",
              "passport_expiry_date", "entry_date", "child_dob", "reg_dob"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

# Group headings (a comb form's parts, a questionnaire's parts).
EXTRA4_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur meldepflichtigen Person", "Teil A – Person", "Persönliches"),
    "new_dwelling": ("Zur bezogenen Wohnung", "Teil B – Wohnung", "Die neue Wohnung"),
    "previous": ("Angaben zur früheren Wohnung", "Teil C – Vorherige Wohnung"),
    "contact": ("Für Rückfragen", "Teil D – Rückfragen"),
    "landlord": ("Zum Wohnungsgeber", "Teil A – Wohnungsgeber"),
    "flat": ("Angaben zur Wohnung und zum Einzug", "Teil B – Wohnung und Einzug"),
    "tenants": ("Angaben zu den eingezogenen Personen", "Teil C – Eingezogene Personen"),
    "child": ("Zum Kind (Neugeborenes)", "Teil A – Kind"),
    "parents": ("Zu Mutter und Vater", "Teil B – Eltern"),
    "register": ("Angaben zum Registereintrag", "Teil R – Register"),
    "marriage": ("Zur Trauung vor dem Standesamt", "Teil B – Eheschließung"),
    "deceased": ("Zur Person der/des Verstorbenen", "Teil A – Verstorbene Person"),
    "death": ("Angaben zum Sterbefall", "Teil B – Sterbefall"),
    "holder": ("Zur Halterin / zum Halter", "Teil A – Halter"),
    "address": ("Wohnanschrift der Halterin / des Halters", "Teil B – Halteranschrift"),
    "vehicle": ("Zum Kraftfahrzeug", "Teil C – Fahrzeug"),
    "sepa": ("SEPA-Lastschriftmandat Kfz-Steuer", "Teil D – Lastschriftmandat"),
    "passport": ("Angaben zum Pass und zur Einreise", "Teil B – Pass, Einreise, Zweck"),
    "residence": ("Angaben zur Wohnung in Deutschland", "Teil C – Wohnung im Inland"),
}

COMB_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung einer Wohnung – Vordruck für Druckschrift",
                  "Meldeschein zur Anmeldung (maschinenlesbar)", "Anmeldeformular"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung – Vordruck",
                                  "Bestätigung des Wohnungsgebers (maschinenlesbar)"),
    "geburtsurkunde": ("Geburtsurkunde – Ausfertigung auf Vordruck",
                       "Geburtsurkunde (maschinell erstellt)"),
    "eheurkunde": ("Eheurkunde – Ausfertigung auf Vordruck", "Eheurkunde (maschinell erstellt)"),
    "sterbeurkunde": ("Sterbeurkunde – Ausfertigung auf Vordruck",
                      "Sterbeurkunde (maschinell erstellt)"),
    "antrag_zulassung": ("Zulassungsantrag mit Lastschriftmandat", "Antrag Fahrzeugzulassung "
                         "(maschinenlesbar)"),
    "aufenthaltstitel_antrag": ("Antrag Aufenthaltstitel – Vordruck für Druckschrift",
                                "Antrag auf einen Aufenthaltstitel (maschinenlesbar)"),
    "identity_document": ("Anlage – Kopie des Pass- oder Ausweisdokuments",
                          "Beiblatt Ausweiskopie"),
}

FAX_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Fragebogen zur Anmeldung", "Fragebogen – Wohnsitzanmeldung"),
    "wohnungsgeberbestaetigung": ("Fragebogen für Wohnungsgeber",
                                  "Wohnungsgeber – Fragen zum Einzug"),
    "geburtsurkunde": ("Geburtsurkunde – vorab per Telefax", "Geburtsurkunde (Faxkopie)"),
    "eheurkunde": ("Eheurkunde – vorab per Telefax", "Eheurkunde (Faxkopie)"),
    "sterbeurkunde": ("Sterbeurkunde – vorab per Telefax", "Sterbeurkunde (Faxkopie)"),
    "antrag_zulassung": ("Fragebogen zur Fahrzeugzulassung", "Zulassung – Fragebogen"),
    "aufenthaltstitel_antrag": ("Fragebogen zum Antrag auf einen Aufenthaltstitel",
                                "Fragebogen Aufenthaltstitel"),
    "identity_document": ("Ausweisdokument – Kopie für die Akte", "Ausweiskopie (per Fax)"),
}

# Instructions a comb form prints (not labels).
COMB_INSTRUCTIONS: Final = (
    "Bitte in Druckschrift ausfüllen – je Kästchen nur ein Zeichen.",
    "Bitte mit Schreibmaschine oder in Blockschrift ausfüllen, ein Zeichen pro Kästchen.",
    "Zutreffendes ankreuzen. Je Kästchen ein Buchstabe oder eine Ziffer.",
)

# --- printing habits -----------------------------------------------------------------------------

WEEKDAYS: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
COMB_DATE_STYLES: Final = ("dotted", "grouped")
FAX_DATE_STYLES: Final = ("numeric", "numeric_short", "long", "weekday", "long_upper")
EXTRA4_DATE_STYLES: Final = (*COMB_DATE_STYLES, *FAX_DATE_STYLES)


def format_extra4_date(d: date, style: str) -> str:
    """A date as the comb / fax layouts print it (every style keeps the four-digit year)."""
    if style == "dotted":  # typed into ten cells, the dots in cells of their own
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "grouped":  # typed into boxes grouped day / month / year
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_upper":
        return f"{d.day:02d}. {MONTHS[d.month - 1].upper()} {d.year}"
    return format_date(d, style)


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` (for tests)."""
    return {format_extra4_date(d, s) for s in EXTRA4_DATE_STYLES}


SEX_WORDS4: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "keine Angabe"}
SEX_CAPITAL4: Final = {code: word[0].upper() + word[1:] for code, word in SEX_WORDS4.items()}
SEX_ORDER: Final = ("F", "M", "D", "X")
# The key of a comb form: a number in one box, explained beside it.
SEX_KEYS: Final = {"F": "1", "M": "2", "D": "3", "X": "4"}
SEX_TABLES: Final = {"word": SEX_WORDS4, "capital": SEX_CAPITAL4}


def sex_key_legend() -> str:
    return ", ".join(f"{SEX_KEYS[c]} = {SEX_WORDS4[c]}" for c in SEX_ORDER)


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex (for tests; the key form prints its legend)."""
    return {SEX_WORDS4[code], SEX_CAPITAL4[code], f"{SEX_KEYS[code]} = {SEX_WORDS4[code]}"}


def nationality_word(code: str, mode: str) -> str:
    """A nationality as these layouts print it."""
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "answer":  # "die türkische"
        return f"die {adjective}e"
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in ("adjective", "country", "upper", "answer")}


DWELLING_WORDS: Final = {"main": "Hauptwohnung", "secondary": "Nebenwohnung"}
LANDLORD_ROLES: Final = ("Eigentümer/in der Wohnung", "vom Eigentümer beauftragt")

# How these layouts name a purpose: the option of a comb form first, then an answer.
PURPOSE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium / Studienvorbereitung", "Zum Studium an einer Universität"),
    "employment": ("Erwerbstätigkeit / Beschäftigung", "Um hier zu arbeiten"),
    "family": ("Familiennachzug / familiäre Gründe", "Um mit meiner Familie zu leben"),
    "humanitarian": ("Humanitäre / politische Gründe", "Aus humanitären Gründen (Schutz)"),
    "other": ("Sonstiger Zweck", "Aus einem anderen Grund"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")


class Extra4Wording(Wording):
    """Labels (comb) or questions (fax) from the eighth pool, chosen once per document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self._layout = layout
        self._sections: dict[str, str] = {}
        self._groups: dict[str, int] = {}
        self._register: dict[str, str] = {}

    def _pick(self, key: str, options: tuple[str, ...]) -> str:
        group = _GROUP_OF.get(key)
        if group is None:
            return options[self._rng.randrange(len(options))]
        return options[self._groups.setdefault(group, self._rng.randrange(6)) % len(options)]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            pool = COMB if self._layout == "comb" else QUESTIONS
            self._chosen[key] = self._pick(key, pool[key])  # no fallback to another pool
        return self._chosen[key]

    def register(self, key: str) -> str:
        """A label of the faxed register printout."""
        if key not in self._register:
            self._register[key] = self._pick("r:" + key, REGISTER[key])
        return self._register[key]

    def section(self, key: str) -> str:
        if key not in self._sections:
            options = EXTRA4_SECTIONS[key]
            self._sections[key] = options[self._rng.randrange(len(options))]
        return self._sections[key]

    def title(self, doc_type: str) -> str:
        titles = COMB_TITLES if self._layout == "comb" else FAX_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra4Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra4_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, question, heading and title of this pool (for tests)."""
    out = [s for pool in (COMB, QUESTIONS, REGISTER, EXTRA4_SECTIONS) for options in pool.values()
           for s in options]
    out += [s for titles in (COMB_TITLES, FAX_TITLES) for options in titles.values()
            for s in options]
    return out
