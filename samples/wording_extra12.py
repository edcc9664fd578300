"""The sixteenth wording pool and the printing habits of the twelfth extra pair of layouts.

``MARKED_LABELS`` (the printed captions of an ordinary office form or certificate that a clerk
has worked on before it was scanned), ``LANDSCAPE_LABELS`` (the small captions of a form
printed across a landscape sheet in narrow columns), their section headings
(``MARKED_SECTIONS``, ``LANDSCAPE_SECTIONS``), titles (``MARKED_TITLES``, ``LANDSCAPE_TITLES``)
and page furniture (``MARKED_WORDS``, ``LANDSCAPE_WORDS``) are used only by the layouts in
``EXTRA12_LAYOUTS`` of ``samples.generate`` (``marked`` and ``landscape``). They are a blind
measurement: whoever tunes extraction must not read this module nor
``samples.render_extra12``, nor tune on those layouts' failures. None of the label strings
repeats one of the fifteen other pools, not even up to case, punctuation or spacing (a test
checks this), except where German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with abbreviated
months or dashes, sex as a word with its letter, purposes, dwellings and landlord roles in
wordings of their own). The ground truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- marked: an office form a clerk has worked on ----------------------------------------------

MARKED_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (so wie er im Personalausweis steht)",
                    "Ihr Familienname – bitte wie im Ausweis", "Jetziger Nachname der Person"),
    "given_names": ("Vorname(n) – alle, in richtiger Reihenfolge",
                    "Ihre Vornamen (Reihenfolge wie im Ausweis)",
                    "Vornamen der Person (ungekürzt)"),
    "birth_name": ("Nachname zum Zeitpunkt der Geburt", "Geburtsname (nur wenn anders lautend)"),
    "date_of_birth": ("Ihr Geburtsdatum (Tag/Monat/Jahr)", "Geburtsdatum der Person (TT.MM.JJJJ)"),
    "place_of_birth": ("Wo sind Sie geboren? (Ort)", "Geburtsort der Person, ggf. mit Land"),
    "sex": ("Geschlecht der Person (lt. Geburtseintrag)", "Welches Geschlecht ist eingetragen?"),
    "nationality": ("Ihre Staatsangehörigkeit – ggf. alle angeben",
                    "Staatsangehörigkeit der Person, derzeit"),
    "marital": ("Derzeitiger Familienstand der Person", "Ihr Familienstand zurzeit"),
    "phone": ("Unter welcher Nummer sind Sie erreichbar?", "Tel.-Nr. für eventuelle Rückfragen"),
    "move_in_date": ("Seit welchem Tag bewohnen Sie die neue Wohnung?",
                     "Tag des Einzugs in die neue Wohnung",
                     "Einzugsdatum (neue Anschrift)"),
    "street": ("Straße der neuen Anschrift", "Straßenname der Wohnung, in die Sie gezogen sind"),
    "house_number": ("Haus-Nr. (ggf. mit Zusatz a, b …)", "Hausnummer der neuen Anschrift"),
    "city": ("Ort der neuen Anschrift", "In welcher Gemeinde liegt die Wohnung?"),
    "street_line": ("Straße + Hausnummer der neuen Anschrift", "Neue Anschrift – Straße/Nr."),
    "city_line": ("Neue Anschrift – PLZ/Ort", "PLZ + Ort der neuen Anschrift"),
    "address_line": ("Neue Anschrift (Straße, Nr., PLZ, Ort)",
                     "Wo wohnen Sie jetzt? (vollständige Anschrift)"),
    "previous_address": ("Wo haben Sie bisher gewohnt?", "Bisherige Anschrift (vor dem Zuzug)"),
    "dwelling": ("Nutzung der neuen Wohnung als", "Ist die neue Wohnung Haupt- oder Nebenwohnung?"),
    "landlord_name": ("Vermieter bzw. Eigentümer (Name/Firma)",
                      "Wer stellt die Wohnung zur Verfügung? (Name)"),
    "landlord_address": ("Anschrift des Vermieters bzw. Eigentümers",
                         "Wo ist der Wohnungsgeber erreichbar? (Anschrift)"),
    "landlord_role": ("Der Unterzeichnende handelt als", "In welcher Eigenschaft wird bestätigt?"),
    "flat_line": ("Anschrift der überlassenen Wohnung", "Lage der Wohnung (volle Anschrift)"),
    "tenant": ("Eingezogene Person – Vor- und Nachname", "Zugezogen ist folgende Person"),
    "birth_time": ("Geburt um (Stunde:Minute)", "Um wie viel Uhr wurde das Kind geboren?"),
    "mother_name": ("Name der Mutter (Vorname Nachname)", "Die Mutter heißt"),
    "father_name": ("Name des Vaters (Vorname Nachname)", "Der Vater heißt"),
    "registry_office": ("Zuständiges Standesamt (Register)", "Register geführt vom Standesamt"),
    "register_number": ("Register-Nr. des Eintrags", "Eintrag im Register unter Nummer"),
    "issue_date": ("Tag der Ausstellung dieser Urkunde", "Ausfertigungsdatum der Urkunde"),
    "marriage_date": ("Heiratsdatum lt. Eheregister", "Die Ehe wurde geschlossen am"),
    "marriage_place": ("Heiratsort lt. Eheregister", "Die Ehe wurde geschlossen in"),
    "date_of_death": ("Todestag der verstorbenen Person", "Sterbetag lt. Sterberegister"),
    "place_of_death": ("Todesort der verstorbenen Person", "Sterbeort lt. Sterberegister"),
    "last_residence": ("Letzte Anschrift der verstorbenen Person", "Zuletzt wohnhaft gewesen in"),
    "make": ("Marke des zuzulassenden Fahrzeugs", "Fahrzeughersteller lt. Zulassungsbescheinigung"),
    "model": ("Fahrzeugtyp bzw. Modellbezeichnung", "Welches Modell ist es?"),
    "vin": ("Fahrgestell-Nr. (FIN, 17 Zeichen)", "Identifizierungsnummer des Fahrzeugs (FIN)"),
    "evb_number": ("eVB-Nr. der Kfz-Haftpflichtversicherung", "Ihre eVB-Nummer vom Versicherer"),
    "desired_plate": ("Vorab reserviertes Kennzeichen (falls vorhanden)",
                      "Gewünschtes Kennzeichen (reserviert)"),
    "account_holder": ("Wer ist Inhaber des Kontos?", "Kontoinhaber/in lt. Bankverbindung"),
    "bank": ("Bank/Sparkasse des Kontos", "Kontoführendes Institut für die Lastschrift"),
    "passport_number": ("Ihre Reisepassnummer", "Reisepass – Nummer des Dokuments"),
    "passport_expiry_date": ("Reisepass – Ablaufdatum", "Bis wann ist Ihr Pass gültig?"),
    "entry_date": ("Tag Ihrer Einreise nach Deutschland", "Einreisedatum (Deutschland)"),
    "purpose": ("Wofür wird der Aufenthaltstitel benötigt?", "Grund des beantragten Aufenthalts"),
    "doc_kind": ("Vorgelegtes Dokument (Art)",),
    "doc_number": ("Vorgelegtes Dokument (Nummer)",),
    "issuing_state": ("Vorgelegtes Dokument (Ausstellerstaat)",),
    "expiry_date": ("Vorgelegtes Dokument (gültig bis)",),
    "holder": ("Vorgelegtes Dokument (Inhaber)",),
    "spouse": ("Name des Ehepartners bzw. der Ehepartnerin",),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

MARKED_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("1. Persönliche Angaben", "Angaben zu Ihrer Person"),
    "dwelling": ("2. Neue Anschrift", "Angaben zur neuen Anschrift"),
    "previous": ("3. Bisherige Anschrift", "Angaben zur bisherigen Anschrift"),
    "landlord": ("1. Vermieter/Eigentümer", "Angaben zum Vermieter bzw. Eigentümer"),
    "flat": ("2. Vermietete Wohnung", "Angaben zur vermieteten Wohnung"),
    "tenants": ("3. Eingezogene Personen", "3. Folgende Personen sind eingezogen"),
    "child": ("Angaben zum neugeborenen Kind", "Zum Neugeborenen"),
    "parents": ("Angaben zu Mutter und Vater", "Zu Mutter und Vater des Kindes"),
    "mother": ("Angaben zur Kindesmutter", "Zur Kindesmutter"),
    "father": ("Angaben zum Kindesvater", "Zum Kindesvater"),
    "register": ("Registervermerk", "Daten zum Registereintrag"),
    "marriage": ("Angaben zur Heirat", "Zur Heirat"),
    "spouse1": ("Erster Ehepartner", "Daten des ersten Ehepartners"),
    "spouse2": ("Zweiter Ehepartner", "Daten des zweiten Ehepartners"),
    "deceased": ("Angaben zur/zum Verstorbenen", "Zur/zum Verstorbenen"),
    "death": ("Angaben zu Tod und Sterbeort", "Zu Tod und Sterbeort"),
    "holder": ("1. Künftiger Halter", "Wer wird Halter des Fahrzeugs?"),
    "vehicle": ("2. Das Fahrzeug", "Angaben zum Fahrzeug selbst"),
    "sepa": ("3. Lastschriftmandat Kfz-Steuer", "Bankverbindung für die Kraftfahrzeugsteuer"),
    "passport": ("2. Pass und Einreise", "Angaben zu Pass und Einreise"),
    "residence": ("3. Wohnsitz in Deutschland", "Angaben zum Wohnsitz in Deutschland"),
    "document": ("Angaben zum vorgelegten Ausweis",),
}

MARKED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldeschein für die Meldebehörde", "Meldeschein – Anmeldung der Wohnung"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Vermieters über den Einzug",
                                  "Einzugsbestätigung für die Meldebehörde"),
    "geburtsurkunde": ("Geburtsurkunde (Ausfertigung des Standesamts)",
                       "Geburtsurkunde – Registerausfertigung"),
    "eheurkunde": ("Eheurkunde (Ausfertigung des Standesamts)",
                   "Eheurkunde – Registerausfertigung"),
    "sterbeurkunde": ("Sterbeurkunde (Ausfertigung des Standesamts)",
                      "Sterbeurkunde – Registerausfertigung"),
    "antrag_zulassung": ("Antrag: Zulassung eines Fahrzeugs", "Zulassungsantrag (Kfz)"),
    "aufenthaltstitel_antrag": ("Antrag: Erteilung eines Aufenthaltstitels",
                                "Aufenthaltstitel – Antrag auf Erteilung"),
    "identity_document": ("Kopie des vorgelegten Ausweises", "Ausweiskopie zur Akte"),
}

MARKED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "received": ("EINGEGANGEN BEI DER STADT", "EINGANG ERFASST", "POSTEINGANG – ERHALTEN"),
    "office": ("Zentrale Poststelle", "Bürgeramt – Annahme", "Servicecenter Bürgerdienste"),
    "note": ("bitte Rückruf!", "Unterlagen nachfordern", "mit Akte vorlegen",
             "Kopie an Sachbearb.", "Termin vereinbaren"),
    "remark": ("i.O. lt. PA", "gepr. – passt", "stimmt lt. Ausweis", "abgeglichen!",
               "vgl. Vorakte"),
    "footer": ("Gedruckt am", "Formulardruck vom"),
    "form": ("Formularvordruck Nr.", "Formular Nr."),
    "place_date": ("Ort und Datum der Unterzeichnung", "Unterzeichnet in (Ort), am (Datum)"),
    "sign": ("Unterschrift der Antragstellerin/des Antragstellers",
             "Unterschrift (bitte eigenhändig)"),
    "registrar": ("Der/Die Standesbeamte", "Im Auftrag der Standesbeamtin"),
}

# --- landscape: a form across a landscape sheet -------------------------------------------------

LANDSCAPE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Fam.-Name lt. Ausweis", "Nachname / Fam.-Name"),
    "given_names": ("Vorname(n) vollst.", "Sämtl. Vornamen"),
    "birth_name": ("Name b. Geburt", "Geb.-Name, falls anders"),
    "date_of_birth": ("Geboren am – Tag, Monat und Jahr", "Geb.-Datum der Person"),
    "place_of_birth": ("geboren in (Ort, ggf. Land)", "Geb.-Ort der Person"),
    "sex": ("Geschl. (lt. Register)", "Geschlecht d. Person"),
    "nationality": ("Staatsang. (derzeit)", "Staatsangehörigkeit(en) derzeit"),
    "marital": ("Fam.-Stand am Antragstag", "Familienstand heute"),
    "phone": ("Tel. (freiw. Angabe)", "Tel. tagsüber"),
    "move_in_date": ("eingezogen zum (Datum)", "Einzug zum (Datum)"),
    "street": ("Str. (neu)", "Straße d. neuen Whg."),
    "house_number": ("Nr. (neu)", "Haus-Nr. d. neuen Whg."),
    "city": ("Gemeinde (neu)", "Ort d. neuen Whg."),
    "street_line": ("Str./Nr. (neu)", "Straße u. Nr. d. neuen Whg."),
    "city_line": ("PLZ/Gemeinde (neu)", "PLZ u. Ort d. neuen Whg."),
    "address_line": ("Anschrift (neu, vollst.)", "Neue Whg. – Anschrift komplett"),
    "previous_address": ("Anschrift (bisher, vollst.)", "Bisherige Whg. – Anschrift"),
    "dwelling": ("Whg.-Art (neu)", "Neue Whg. ist"),
    "landlord_name": ("Wohnungsgeber: Name bzw. Firma", "Name/Firma des Whg.-Gebers"),
    "landlord_address": ("Wohnungsgeber: Anschrift bzw. Sitz", "Anschrift des Whg.-Gebers"),
    "landlord_role": ("Bestätigt als", "Unterzeichner ist"),
    "flat_line": ("Whg.-Anschrift (bezogen)", "Bezogene Whg. – Anschrift"),
    "tenant": ("Eingez. Person", "Einzug von (Name)"),
    "birth_time": ("Uhrzeit (Geb.)", "Geb.-Uhrzeit"),
    "mother_name": ("Mutter (Vor- u. Nachname)", "Mutter, Name vollst."),
    "father_name": ("Vater (Vor- u. Nachname)", "Vater, Name vollst."),
    "registry_office": ("Registerführendes StA", "Standesamt (führt Register)"),
    "register_number": ("Eintrags-Nr. (Reg.)", "Registernr. (Eintrag)"),
    "issue_date": ("Auszug erstellt am", "Tag d. Ausfertigung"),
    "marriage_date": ("Heirat am (Datum)", "Datum d. Heirat"),
    "marriage_place": ("Heirat in (Ort)", "Ort d. Heirat"),
    "date_of_death": ("verst. am (Datum)", "Todestag (lt. Register)"),
    "place_of_death": ("verst. in (Ort)", "Sterbeort lt. Reg."),
    "last_residence": ("zuletzt wohnh. in (Anschrift)", "Letzte Wohnanschrift (vollst.)"),
    "make": ("Marke/Herst. (Fz.)", "Fabrikat des Fz."),
    "model": ("Modell/Typ (Fz.)", "Handelsbez. (Modell)"),
    "vin": ("FIN (17 Stellen, ohne Leerz.)", "Fz.-Ident.-Nr. (17-stellig)"),
    "evb_number": ("eVB-Nummer (7-st.)", "eVB (Vers.-Bestät.)"),
    "desired_plate": ("Wunsch-Kennz. (falls reserv.)", "Kennz. – reserviert"),
    "account_holder": ("Kto.-Inh. (Lastschrift)", "Inh. d. Kontos"),
    "bank": ("Geldinstitut d. Kontos", "Bank d. Kontos"),
    "passport_number": ("Pass-Nr. (Reisedokument)", "Nr. d. Reisepasses"),
    "passport_expiry_date": ("Reisepass gültig bis (Tag)", "Pass läuft ab am (Datum)"),
    "entry_date": ("Einreise nach DE am", "Tag d. Einreise"),
    "purpose": ("Aufenth.-Zweck (ankreuzen)", "Zweck d. Aufenthalts"),
    "doc_kind": ("Art d. Dok.",),
    "doc_number": ("Nr. d. vorgel. Dok.",),
    "issuing_state": ("Ausstellerstaat d. Dok.",),
    "expiry_date": ("Dok. gült. bis",),
    "holder": ("Dok.-Inhaber",),
    "spouse": ("Name Ehepartner/in",),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

LANDSCAPE_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("A  PERSON", "Spalte A · Person"),
    "dwelling": ("B  NEUE WHG.", "Spalte B · Neue Whg."),
    "previous": ("C  BISHERIGE WHG.", "Spalte C · Bisherige Whg."),
    "landlord": ("A  WOHNUNGSGEBER", "Spalte A · Wohnungsgeber"),
    "flat": ("B  BEZOGENE WOHNUNG", "Spalte B · Bezogene Whg."),
    "tenants": ("C  EINGEZOGEN SIND", "Spalte C · Eingezogene"),
    "child": ("NEUGEBORENES KIND", "Spalte · Kind"),
    "parents": ("ELTERN (MUTTER/VATER)", "Spalte · Eltern"),
    "mother": ("KINDESMUTTER", "Spalte · Mutter"),
    "father": ("KINDESVATER", "Spalte · Vater"),
    "register": ("REGISTERVERMERKE", "Spalte · Register"),
    "marriage": ("HEIRAT (DATUM/ORT)", "Spalte · Eheschließung"),
    "spouse1": ("EHEPARTNER 1", "Spalte · Ehepartner 1"),
    "spouse2": ("EHEPARTNER 2", "Spalte · Ehepartner 2"),
    "deceased": ("VERSTORBENE/R: PERSONENDATEN", "Spalte · Verstorbene/r"),
    "death": ("TODESTAG UND -ORT", "Spalte · Sterbefall"),
    "holder": ("A  HALTER/IN", "Spalte A · Halter/in"),
    "vehicle": ("B  FAHRZEUG", "Spalte B · Fahrzeug"),
    "sepa": ("C  SEPA / KFZ-STEUER", "Spalte C · SEPA-Mandat"),
    "passport": ("B  PASS / EINREISE", "Spalte B · Pass/Einreise"),
    "residence": ("C  WOHNSITZ INLAND", "Spalte C · Wohnsitz Inland"),
    "document": ("AUSWEISDATEN",),
}

LANDSCAPE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldeschein (Querformat)", "Anmeldung – Erfassungsbogen quer"),
    "wohnungsgeberbestaetigung": ("Einzugsbestätigung des Wohnungsgebers (Querformat)",
                                  "Wohnungsgeber-Erklärung – Erfassungsbogen quer"),
    "geburtsurkunde": ("Auszug Geburtenregister (Querformat)", "Geburtseintrag – Registerauszug"),
    "eheurkunde": ("Auszug Eheregister (Querformat)", "Eheeintrag – Registerauszug"),
    "sterbeurkunde": ("Auszug Sterberegister (Querformat)", "Sterbeeintrag – Registerauszug"),
    "antrag_zulassung": ("Zulassungsbogen Kfz (Querformat)",
                         "Kfz-Zulassung – Erfassungsbogen quer"),
    "aufenthaltstitel_antrag": ("Aufenthaltsantrag (Querformat)",
                                "Aufenthaltstitel – Erfassungsbogen quer"),
    "identity_document": ("Deckblatt Ausweiskopie", "Deckblatt – Kopie Ausweisdokument"),
}

LANDSCAPE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form": ("Bogen-Nr.", "Erfassungsbogen"),
    "edition": ("Fassung vom", "Auflage"),
    "page": ("Blatt Nr.", "Bl.-Nr."),
    "cont": ("Forts. von Blatt 1", "weiter von Bl. 1"),
    "place_date": ("Ort/Datum d. Unterschrift", "Ort, Tag d. Unterzeichnung"),
    "sign": ("Unterschr. Antragsteller/in", "Unterschrift (Antragsteller)"),
    "registrar": ("Standesamt – i. A.", "Unterschr. Standesamt"),
    "reference": ("Vorgangs-Nr. (intern)", "Gesch.-Z."),
    "sheet": ("Deckblatt zur Ablage", "Ablage-Deckblatt"),
    "copy": ("Die Kopie stimmt mit dem vorgelegten Original überein.",
             "Kopie nach Vorlage des Originals gefertigt."),
    "printed": ("Druckdatum", "gedruckt am (Datum)"),
    "certify": ("Der Auszug stimmt mit dem Registereintrag überein.",
                "Übereinstimmung mit dem Register wird beglaubigt."),
}

# --- printing habits ----------------------------------------------------------------------------

MARKED_DATE_STYLES: Final = ("numeric", "long", "month3", "numeric")
LANDSCAPE_DATE_STYLES: Final = ("numeric", "iso", "dashed", "numeric", "spaced")
EXTRA12_DATE_STYLES: Final = tuple(dict.fromkeys((*MARKED_DATE_STYLES,
                                                  *LANDSCAPE_DATE_STYLES)))
MONTHS3: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.",
                  "Nov.", "Dez.")


def format_extra12_date(d: date, style: str) -> str:
    if style == "month3":  # "14. März 1987", "3. Okt. 1987"
        return f"{d.day}. {MONTHS3[d.month - 1]} {d.year}"
    if style == "iso":  # "1987-03-14"
        return d.isoformat()
    if style == "dashed":  # "14-03-1987"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "spaced":  # "14 03 1987"
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra12_date(d, s) for s in EXTRA12_DATE_STYLES}


SEX12: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    # the word with its register letter
    "paired": {"F": "weiblich (Kz. W)", "M": "männlich (Kz. M)", "D": "divers (Kz. D)",
               "X": "ohne Eintrag (Kz. X)"},
    "letter": {"F": "w", "M": "m", "D": "d", "X": "x"},
}
MARKED_SEX_MODES: Final = ("choice", "word", "paired")
LANDSCAPE_SEX_MODES: Final = ("choice", "letter", "choice", "paired")
SEX_ORDER12: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX12.get(mode, SEX12["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX12.values()}


MARKED_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")
LANDSCAPE_NATIONALITY_MODES: Final = ("adjective", "country", "code_country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "code_country":
        return f"{country} ({code})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m) for m in ("adjective", "country", "code_country")}


# purposes: (marked wording, landscape wording)
PURPOSE12: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium an einer Hochschule in Deutschland", "Studium"),
    "employment": ("Arbeitsaufnahme / Erwerbstätigkeit", "Arbeit (Erwerb)"),
    "family": ("Zusammenführung mit der Familie", "Familienzusammenf."),
    "humanitarian": ("Schutz aus humanitären bzw. völkerrechtl. Gründen", "Schutz (humanitär)"),
    "other": ("zu einem anderen Zweck", "anderer Zweck (s. Anl.)"),
}
PURPOSE_ORDER12: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (marked wording, landscape wording)
DWELLING12: Final[dict[str, tuple[str, str]]] = {
    "main": ("Hauptwohnung (überwiegend bewohnt)", "Hauptwhg. (vorwiegend)"),
    "secondary": ("Nebenwohnung (zusätzlich bewohnt)", "Nebenwhg. (weitere)"),
}
DWELLING_ORDER12: Final = ("main", "secondary")
# landlord roles: (marked, landscape); owner first
LANDLORD_ROLES12: Final = (
    ("Eigentümer/in der überlassenen Wohnung", "Eigent. d. Whg."),
    ("vom Eigentümer bevollmächtigte Person", "Bevollm."),
)
ID_KINDS12: Final = {"P": ("Reisepass", "Pass"), "I": ("Personalausweis", "Ausweis")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "w", "m", "d", "x",
    "Reisepass", "Personalausweis", "Pass", "Ausweis", "Studium",
})


class Extra12Wording(Wording):
    """Labels, headings, furniture and titles from the sixteenth pool, chosen once per
    document (the marked form's pool or the landscape form's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.marked = layout == "marked"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (MARKED_LABELS if self.marked else LANDSCAPE_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        """Section headings follow one scheme per document (numbered, bands or captions)."""
        k = "s:" + key
        if k not in self._other:
            options = (MARKED_SECTIONS if self.marked else LANDSCAPE_SECTIONS)[key]
            self._other[k] = options[min(self._scheme, len(options) - 1)]
        return self._other[k]

    def word(self, key: str) -> str:
        return self._once("w:", key, (MARKED_WORDS if self.marked else LANDSCAPE_WORDS)[key])

    def pick(self, key: str) -> str:
        """A furniture word chosen afresh each time (notes, remarks)."""
        options = (MARKED_WORDS if self.marked else LANDSCAPE_WORDS)[key]
        return options[self._rng.randrange(len(options))]

    def title(self, doc_type: str) -> str:
        options = (MARKED_TITLES if self.marked else LANDSCAPE_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra12Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra12_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool (for tests)."""
    pools_ = (MARKED_LABELS, MARKED_SECTIONS, MARKED_TITLES, MARKED_WORDS, LANDSCAPE_LABELS,
              LANDSCAPE_SECTIONS, LANDSCAPE_TITLES, LANDSCAPE_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX12.values() for s in table.values()]
    out += [s for options in PURPOSE12.values() for s in options]
    out += [s for options in DWELLING12.values() for s in options]
    out += [s for pair in LANDLORD_ROLES12 for s in pair]
    out += [s for pair in ID_KINDS12.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
