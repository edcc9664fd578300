"""The fifteenth wording pool and the printing habits of the eleventh extra pair of layouts.

``PHOTO_LABELS`` (the printed captions of an ordinary paper form or certificate that a citizen
photographed with a phone), ``LEGACY_LABELS`` (the abbreviated upper-case keys and column
headers of a mainframe line-printer listing), their section headings (``PHOTO_SECTIONS``,
``LEGACY_SECTIONS``), titles (``PHOTO_TITLES``, ``LEGACY_TITLES``) and page furniture
(``PHOTO_WORDS``, ``LEGACY_WORDS``) are used only by the layouts in ``EXTRA11_LAYOUTS`` of
``samples.generate`` (``photo`` and ``legacy``). They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra11``, nor tune on those layouts'
failures. None of the label strings repeats one of the fourteen other pools, not even up to
case, punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (compact numeric dates
without separators, sex and nationality as register keys, purposes and dwellings in wordings
of their own, names in capitals on some listings). The ground truth stays the catalog's
normalised value.
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

# --- photo: an ordinary printed form or certificate, photographed ------------------------------

PHOTO_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name der Familie (laut Ausweis)", "Familienname, wie im Pass eingetragen",
                    "Derzeitiger Familienname (amtlich)"),
    "given_names": ("Sämtliche Vornamen (Rufname unterstreichen)",
                    "Vornamen, vollständig wie im Ausweis"),
    "birth_name": ("Früherer Name (Geburtsname), falls abweichend",
                   "Familienname bei der Geburt, sofern anders"),
    "date_of_birth": ("Datum, an dem die Person geboren wurde", "Geburtstag (vollständiges Datum)"),
    "place_of_birth": ("Geboren in (Ort, ggf. Staat)", "Geburtsort (Gemeinde, ggf. Staat)"),
    "sex": ("Geschlechtsangabe laut Geburtenregister", "Geschlecht gemäß Registereintrag"),
    "nationality": ("Staatsangehörigkeit (bei mehreren: alle)", "Nationalität gemäß Reisedokument"),
    "marital": ("Familienstand am Tag der Unterschrift", "Familienstand am Tag des Antrags"),
    "phone": ("Telefonisch erreichbar unter (tagsüber)", "Rufnummer für Rückfragen der Behörde"),
    "move_in_date": ("Eingezogen am (Tag, Monat, Jahr)", "Datum des Bezugs der neuen Wohnung",
                     "Tag, an dem die Wohnung bezogen wurde"),
    "street": ("Straßenname der bezogenen Wohnung", "Straße der neu bezogenen Wohnung",
               "Straße (Schreibweise laut Straßenschild)"),
    "house_number": ("Nummer des Hauses (mit Zusatz)", "Hausnummer einschl. Buchstabenzusatz"),
    "city": ("Gemeinde der neu bezogenen Wohnung", "Wohnort (Gemeinde) der neuen Wohnung",
             "Politische Gemeinde der Wohnung"),
    "street_line": ("Straße und Hausnummer (neue Wohnung)", "Anschriftzeile: Straße, Hausnummer"),
    "city_line": ("Anschriftzeile: Postleitzahl, Ort", "PLZ und Ort (neue Wohnung)"),
    "address_line": ("Anschrift der neu bezogenen Wohnung", "Neue Wohnung, komplette Anschrift"),
    "previous_address": ("Anschrift der zuletzt bewohnten Wohnung",
                         "Letzte Wohnung vor dem Umzug (Anschrift)"),
    "dwelling": ("Wohnungsstatus (bitte ankreuzen)", "Die neue Wohnung dient als"),
    "landlord_name": ("Wohnungsgeberin/Wohnungsgeber: Name oder Firma",
                      "Name oder Firma des Wohnungsgebers"),
    "landlord_address": ("Wohnungsgeberin/Wohnungsgeber: Anschrift",
                         "Anschrift oder Sitz des Wohnungsgebers"),
    "landlord_role": ("Die Bestätigung gibt ab", "Bestätigung abgegeben in der Eigenschaft als"),
    "flat_line": ("In diese Wohnung wurde eingezogen (Anschrift)",
                  "Anschrift der Wohnung, die bezogen wurde"),
    "tenant": ("Eingezogen ist (Vor- und Familienname)", "Person, die eingezogen ist (Name)"),
    "birth_time": ("Geburtszeit in Stunden und Minuten", "Uhrzeit, zu der das Kind geboren wurde"),
    "mother_name": ("Mutter des Kindes (Vor- und Familienname)",
                    "Vor- und Familienname der Mutter des Kindes"),
    "father_name": ("Vater des Kindes (Vor- und Familienname)",
                    "Vor- und Familienname des Vaters des Kindes"),
    "registry_office": ("Standesamt, das das Register führt", "Registerführung beim Standesamt"),
    "register_number": ("Nummer des Eintrags im Personenstandsregister",
                        "Eintragsnummer (Personenstandsregister)"),
    "issue_date": ("Ausstellungsdatum dieser Urkunde", "Diese Urkunde wurde ausgestellt am"),
    "marriage_date": ("Eheschließung erfolgt am (Datum)", "Trauung vor dem Standesamt am"),
    "marriage_place": ("Eheschließung erfolgt in (Ort)", "Ort der Trauung vor dem Standesamt"),
    "date_of_death": ("Datum des Todes der Person", "Die Person verstarb am"),
    "place_of_death": ("Ort, an dem die Person verstorben ist", "Die Person verstarb in"),
    "last_residence": ("Wohnsitz zuletzt (Anschrift)", "Anschrift des letzten Wohnsitzes"),
    "make": ("Marke / Hersteller des Kraftfahrzeugs", "Hersteller (Marke) laut Fahrzeugpapieren"),
    "model": ("Modell / Typ laut Fahrzeugpapieren", "Typbezeichnung (Modell) des Kraftfahrzeugs"),
    "vin": ("17-stellige Fahrzeug-Identifizierungsnummer",
            "Fahrzeug-Identifizierungsnummer laut Papieren"),
    "evb_number": ("Nummer der eVB (Versicherungsbestätigung)",
                   "eVB – Nummer der elektronischen Versicherungsbestätigung"),
    "desired_plate": (
        "Kennzeichen, sofern reserviert",
        "Wunschkennzeichen, falls bereits reserviert",
    ),
    "account_holder": ("Kontoinhaberin/Kontoinhaber (Name)", "Inhaberin/Inhaber des Kontos"),
    "bank": ("Kreditinstitut (Name der Bank)", "Name der Bank bzw. Sparkasse"),
    "passport_number": ("Passnummer (Reisepass/Passersatz)",
                        "Nummer des Reisepasses bzw. Passersatzes"),
    "passport_expiry_date": ("Reisepass gültig bis (Datum)",
                             "Ablauf der Gültigkeit des Reisepasses"),
    "entry_date": ("Datum der Einreise in das Bundesgebiet", "In das Bundesgebiet eingereist am"),
    "purpose": ("Zweck des Aufenthalts (bitte ankreuzen)", "Aufenthalt wird beantragt zum Zweck"),
    "doc_kind": ("Ausweisdokument, Art",),
    "doc_number": ("Ausweisdokument, Nummer",),
    "issuing_state": ("Ausweisdokument, ausstellender Staat",),
    "expiry_date": ("Ausweisdokument, gültig bis",),
    "holder": ("Ausweisdokument, Inhaber/in",),
    "spouse": ("Ehegattin/Ehegatte, Name",),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

PHOTO_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Teil A – Angaben zur meldepflichtigen Person", "Zur Person der Antragsteller/in"),
    "dwelling": ("Teil B – Angaben zur bezogenen Wohnung", "Zur neu bezogenen Wohnung"),
    "previous": ("Teil C – Angaben zur früheren Wohnung", "Zur früheren Wohnung"),
    "landlord": ("Teil A – Angaben zum Wohnungsgeber", "Zur Wohnungsgeberin/zum Wohnungsgeber"),
    "flat": ("Teil B – Angaben zu Wohnung und Einzug", "Zu Wohnung und Einzugstag"),
    "tenants": ("Teil C – Angaben zu den Eingezogenen", "Zu den eingezogenen Personen"),
    "child": ("Zum geborenen Kind", "Angaben über das geborene Kind"),
    "parents": ("Zu den Eltern des Kindes", "Angaben über Mutter und Vater des Kindes"),
    "register": ("Zum Eintrag im Register", "Angaben über den Registereintrag"),
    "marriage": ("Zur Eheschließung vor dem Standesamt", "Angaben über die Trauung"),
    "spouse1": ("Zur ersten Ehegattin/zum ersten Ehegatten", "Angaben über Ehegatte/Ehegattin 1"),
    "spouse2": ("Zur zweiten Ehegattin/zum zweiten Ehegatten", "Angaben über Ehegatte/Ehegattin 2"),
    "deceased": ("Zu der verstorbenen Person", "Angaben über die Person, die verstorben ist"),
    "death": ("Zum Todesfall", "Angaben über den Todesfall"),
    "holder": (
        "Teil A – Angaben zur Halterin/zum Halter",
        "Zur künftigen Halterin/zum künftigen Halter",
    ),
    "vehicle": ("Teil B – Angaben zum Fahrzeug", "Zum zuzulassenden Fahrzeug"),
    "sepa": ("Teil C – SEPA-Lastschrift für die Kfz-Steuer", "Zum Konto für die Kfz-Steuer"),
    "passport": ("Teil B – Angaben zu Reisepass und Einreise", "Zu Reisepass und Einreise"),
    "residence": ("Teil C – Angaben zur Wohnung im Bundesgebiet", "Zur Wohnung im Bundesgebiet"),
    "document": ("Zum Ausweisdokument",),
}

PHOTO_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Anmeldeformular Wohnsitz (Meldebehörde)",
        "Anmeldung eines Wohnsitzes – Vordruck",
    ),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbescheinigung zum Einzug (§ 19 BMG)",
        "Bescheinigung der Wohnungsgeberin/des Wohnungsgebers",
    ),
    "geburtsurkunde": (
        "Geburtsurkunde (Ausfertigung nach § 59 PStG)",
        "Geburtsurkunde – Ausfertigung für die Eltern",
    ),
    "eheurkunde": (
        "Eheurkunde (Ausfertigung nach § 57 PStG)",
        "Eheurkunde – Ausfertigung für die Ehegatten",
    ),
    "sterbeurkunde": (
        "Sterbeurkunde (Ausfertigung nach § 60 PStG)",
        "Sterbeurkunde – Ausfertigung für Angehörige",
    ),
    "antrag_zulassung": (
        "Vordruck: Antrag auf Zulassung eines Kfz",
        "Kfz-Zulassung – Antragsvordruck",
    ),
    "aufenthaltstitel_antrag": (
        "Vordruck: Antrag auf Erteilung eines Aufenthaltstitels",
        "Antragsvordruck zum Aufenthaltstitel",
    ),
    "identity_document": ("Ausweisdokument (Handyfoto)",),
}

PHOTO_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": (
        "Bitte gut lesbar in Druckbuchstaben ausfüllen.",
        "Zutreffendes bitte deutlich ankreuzen und die Angaben vollständig eintragen.",
        "Bitte vollständig ausfüllen; unvollständige Vordrucke verzögern die Bearbeitung.",
    ),
    "place_date": ("Unterschrieben in (Ort) am (Datum)", "Ausgefüllt in (Ort) am (Datum)"),
    "sign": (
        "Unterschrift der Person, die den Vordruck ausfüllt",
        "Unterschrift (eigenhändig, Tinte)",
    ),
    "registrar": (
        "Die Standesbeamtin/der Standesbeamte",
        "für die Standesbeamtin/den Standesbeamten",
    ),
    "form": ("Vordrucknummer", "Formularnummer"),
    "edition": ("Druckstand", "Vordruckausgabe"),
    "printed": ("Ausgedruckt am", "Druck vom"),
}

# --- legacy: a mainframe line-printer listing --------------------------------------------------

LEGACY_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("EW-FNAM", "FNAM-EW", "EWFAMNAM"),
    "given_names": ("EW-VNAM", "VNAM-EW", "EWVORNAM"),
    "birth_name": ("EW-GNAM", "GNAM-EW", "EWGEBNAM"),
    "date_of_birth": ("EW-GDAT", "GDAT-EW", "EWGEBDAT"),
    "place_of_birth": ("EW-GORT", "GORT-EW", "EWGEBORT"),
    "sex": ("EW-GESKZ", "GESKZ-EW", "EWGESCHL"),
    "nationality": ("EW-STAKZ", "STAKZ-EW", "EWSTAATS"),
    "marital": ("EW-FSTKZ", "FSTKZ-EW"),
    "phone": ("EW-TELNR", "TELNR-EW"),
    "move_in_date": ("WH-EZDAT", "EZDAT-WH", "WHEINZDT"),
    "street": ("WH-STRNAM", "STRNAM-WH", "WHSTRASS"),
    "house_number": ("WH-HSNR", "HSNR-WH", "WHHAUSNR"),
    "city": ("WH-GEMNAM", "GEMNAM-WH", "WHGEMEIN"),
    "street_line": ("WH-ADRZ1", "ADRZ1-WH"),
    "city_line": ("WH-ADRZ2", "ADRZ2-WH"),
    "address_line": ("WH-ANSCHR", "ANSCHR-WH", "WHNEUADR"),
    "previous_address": ("WA-ANSCHR", "ANSCHR-WA", "WHALTADR"),
    "dwelling": ("WH-STATKZ", "STATKZ-WH"),
    "landlord_name": ("WG-NAMFIR", "NAME-WG", "WGNAMFRM"),
    "landlord_address": ("WG-ANSCHR", "WGSITZADR"),
    "landlord_role": ("WG-EIGKZ", "EIGKZ-WG"),
    "flat_line": ("WB-ANSCHR", "ANSCHR-WB"),
    "tenant": ("WB-PERSNAM", "PERSNAM-WB"),
    "birth_time": ("KD-GZEIT", "GZEIT-KD"),
    "mother_name": ("KD-MUTNAM", "MUTNAM-KD"),
    "father_name": ("KD-VATNAM", "VATNAM-KD"),
    "registry_office": ("RG-STAMT", "STAMT-RG"),
    "register_number": ("RG-EINTRNR", "EINTRNR-RG", "RGNRPSTR"),
    "issue_date": ("RG-AUSDAT", "AUSDAT-RG", "RGAUSSDT"),
    "marriage_date": ("EH-SCHLDAT", "SCHLDAT-EH"),
    "marriage_place": ("EH-SCHLORT", "SCHLORT-EH"),
    "date_of_death": ("ST-TODDAT", "TODDAT-ST"),
    "place_of_death": ("ST-TODORT", "TODORT-ST"),
    "last_residence": ("ST-LWHADR", "LWHADR-ST"),
    "make": ("FZ-HERSTNAM", "HERSTNAM-FZ"),
    "model": ("FZ-TYPBEZ", "TYPBEZ-FZ"),
    "vin": ("FZ-IDNR17", "IDNR17-FZ"),
    "evb_number": ("FZ-EVBNR", "EVBNR-FZ"),
    "desired_plate": ("FZ-KZRES", "KZRES-FZ"),
    "account_holder": ("SE-KTOINH", "KTOINH-SE"),
    "bank": ("SE-KINAME", "KINAME-SE"),
    "passport_number": ("AU-PASSNR", "PASSNR-AU"),
    "passport_expiry_date": ("AU-PASSGLT", "PASSGLT-AU"),
    "entry_date": ("AU-EINRDAT", "EINRDAT-AU"),
    "purpose": ("AU-ZWECKKZ", "ZWECKKZ-AU"),
    "doc_kind": ("DK-ARTKZ", "ARTKZ-DK"),
    "doc_number": ("DK-DOKNR", "DOKNR-DK"),
    "issuing_state": ("DK-STAATKZ", "STAATKZ-DK"),
    "expiry_date": ("DK-GLTBIS", "GLTBIS-DK"),
    "holder": ("DK-INHNAM", "INHNAM-DK"),
    "spouse": ("EH-GATNAM",),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

LEGACY_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("SATZART 01 PERSONALDATEN EW", "EW-STAMMSATZ PERSONALIEN"),
    "dwelling": ("SATZART 02 WOHNUNG ZUZUG", "WHG-SATZ ZUZUG"),
    "previous": ("SATZART 03 WOHNUNG WEGZUG", "WHG-SATZ WEGZUG"),
    "landlord": ("SATZART 11 WOHNUNGSGEBER", "WG-STAMMSATZ"),
    "flat": ("SATZART 12 BEZOGENE WOHNUNG", "WHG-SATZ BEZUG"),
    "tenants": ("SATZART 13 EINGEZOGENE PERSONEN", "PERS-LISTE EINZUG"),
    "child": ("SATZART 21 KIND", "GEB-SATZ KIND"),
    "parents": ("SATZART 22 ELTERN", "GEB-SATZ ELTERN"),
    "register": ("SATZART 90 REGISTERDATEN", "REG-STEUERSATZ"),
    "marriage": ("SATZART 31 EHESCHLIESSUNG", "EHE-SATZ EREIGNIS"),
    "spouse1": ("SATZART 32 EHEGATTE 1", "EHE-SATZ PERSON 1"),
    "spouse2": ("SATZART 33 EHEGATTE 2", "EHE-SATZ PERSON 2"),
    "deceased": ("SATZART 41 VERSTORBENE PERSON", "STERBE-SATZ PERSON"),
    "death": ("SATZART 42 STERBEFALL", "STERBE-SATZ EREIGNIS"),
    "holder": ("SATZART 51 HALTER", "ZUL-SATZ HALTER"),
    "vehicle": ("SATZART 52 FAHRZEUG", "ZUL-SATZ FAHRZEUG"),
    "sepa": ("SATZART 53 KFZ-STEUER LASTSCHRIFT", "ZUL-SATZ SEPA"),
    "passport": ("SATZART 61 PASS/EINREISE", "AUFH-SATZ PASS"),
    "residence": ("SATZART 62 INLANDSANSCHRIFT", "AUFH-SATZ ANSCHRIFT"),
    "document": ("SATZART 71 AUSWEISDATEN", "DOK-SATZ"),
}

LEGACY_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("EWO-ANMELDUNG  ERFASSUNGSPROTOKOLL", "ZUZUGSMELDUNG  DRUCKLISTE"),
    "wohnungsgeberbestaetigung": (
        "WOHNUNGSGEBERBESTAETIGUNG  ERFASSUNGSPROTOKOLL",
        "EINZUGSBESTAETIGUNG WG  DRUCKLISTE",
    ),
    "geburtsurkunde": ("REGISTERAUSZUG GEBURTENREGISTER", "MASCHINELLER AUSZUG GEBURTSEINTRAG"),
    "eheurkunde": ("REGISTERAUSZUG EHEREGISTER", "MASCHINELLER AUSZUG EHEEINTRAG"),
    "sterbeurkunde": ("REGISTERAUSZUG STERBEREGISTER", "MASCHINELLER AUSZUG STERBEEINTRAG"),
    "antrag_zulassung": ("ZULASSUNGSANTRAG  ERFASSUNGSPROTOKOLL", "KFZ-ZULASSUNG  DRUCKLISTE"),
    "aufenthaltstitel_antrag": (
        "ANTRAG AUFENTHALTSTITEL  ERFASSUNGSPROTOKOLL",
        "AUFENTHALTSANTRAG  DRUCKLISTE",
    ),
    "identity_document": ("AUSWEISKOPIE MIT KARTEIZEILE", "DOKUMENTKOPIE  KARTEIDRUCK"),
}

LEGACY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "system": ("EWO/390", "MESO-BS2000", "KOMM-HOST", "PSTR/MVS", "KFZ-ZEVIS/370"),
    "job": ("JOB-ID", "JOBNAME", "AUFTRAG-NR"),
    "date": ("DRUCKDAT", "LAUFDATUM"),
    "time": ("DRUCKUHRZ", "LAUFZEIT"),
    "page": ("LISTENBLATT", "SEITE-NR"),
    "program": ("PROGRAMM-ID", "PGM-NAME"),
    "end": ("*** ENDE DER LISTE ***", "*** LISTENENDE ***"),
    "cont": ("*** FORTSETZUNG FOLGT ***", "*** FORTS. NAECHSTES BLATT ***"),
    "index": ("KARTEI-NR", "KARTEIZEILE"),
    "certify": (
        "DIE UEBEREINSTIMMUNG DIESES AUSDRUCKS MIT DEM REGISTEREINTRAG WIRD BESTAETIGT.",
        "DIESER MASCHINELLE AUSZUG STIMMT MIT DEM EINTRAG IM REGISTER UEBEREIN.",
    ),
    "records": ("SAETZE GELESEN", "ANZ. SAETZE"),
    "user": ("BENUTZER-ID", "TERM-ID"),
}

# --- printing habits ----------------------------------------------------------------------------

PHOTO_DATE_STYLES: Final = ("numeric", "long", "numeric", "slash")
LEGACY_DATE_STYLES: Final = ("compact_dmy", "compact_ymd", "numeric", "compact_dmy")
EXTRA11_DATE_STYLES: Final = tuple(dict.fromkeys((*PHOTO_DATE_STYLES, *LEGACY_DATE_STYLES)))


def format_extra11_date(d: date, style: str) -> str:
    if style == "compact_dmy":  # "14031987"
        return f"{d.day:02d}{d.month:02d}{d.year}"
    if style == "compact_ymd":  # "19870314"
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "slash":  # "14/03/1987"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra11_date(d, s) for s in EXTRA11_DATE_STYLES}


SEX11: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    # a register key with its short word, as a host system prints it
    "key": {"F": "W=WEIBL", "M": "M=MAENNL", "D": "D=DIV", "X": "X=OHNE ANG"},
    "letter": {"F": "W", "M": "M", "D": "D", "X": "X"},
}
PHOTO_SEX_MODES: Final = ("choice", "word", "choice")
LEGACY_SEX_MODES: Final = ("key", "letter", "key")
SEX_ORDER11: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX11.get(mode, SEX11["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX11.values()}


PHOTO_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")
LEGACY_NATIONALITY_MODES: Final = ("upper", "code", "upper_country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "upper":
        return upper(adjective)
    if mode == "upper_country":
        return upper(country)
    if mode == "code":
        return code
    if mode == "country":
        return country
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m)
            for m in ("adjective", "country", "upper", "upper_country", "code")}


def upper(text: str) -> str:
    """Capitals as a line printer prints them: no capital sharp s."""
    return text.replace("ß", "\x00").upper().replace("\x00", "ß")


# purposes: (photo tick-box text, legacy key text)
PURPOSE11: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium oder Ausbildung an einer Hochschule", "01 STUDIUM/HOCHSCH"),
    "employment": ("Beschäftigung (Erwerbstätigkeit)", "02 ERWERBSTAET/BESCH"),
    "family": ("Familiennachzug zu Angehörigen", "03 FAMNACHZUG"),
    "humanitarian": ("Schutzgewährung (humanitäre Gründe)", "04 HUMANITAER/SCHUTZ"),
    "other": ("Aus einem sonstigen Grund", "09 SONST GRUND"),
}
PURPOSE_ORDER11: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (photo tick-box text, legacy key text)
DWELLING11: Final[dict[str, tuple[str, str]]] = {
    "main": ("alleinige Wohnung bzw. Hauptwohnung", "1 HAUPTWHG"),
    "secondary": ("Nebenwohnung (Zweitwohnung)", "2 NEBENWHG"),
}
DWELLING_ORDER11: Final = ("main", "secondary")
# landlord roles: (photo, legacy); owner first
LANDLORD_ROLES11: Final = (
    ("Eigentümerin/Eigentümer", "E EIGENTUEMER"),
    ("beauftragte Person (Verwaltung)", "B BEAUFTRAGTER"),
)
MARITAL11: Final = {"ledig": "LD", "verheiratet": "VH", "geschieden": "GS", "verwitwet": "VW"}
ID_KINDS11: Final = {"P": ("Reisepass", "P REISEPASS"), "I": ("Personalausweis", "I AUSWEIS")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X",
    "Reisepass", "Personalausweis", "LD", "VH", "GS", "VW",
})


class Extra11Wording(Wording):
    """Labels, headings, furniture and titles from the fifteenth pool, chosen once per
    document (the photographed form's pool or the listing's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.photo = layout == "photo"
        self._other: dict[str, str] = {}
        # a listing names its keys in one scheme (prefix, suffix or run together)
        self._scheme = rng.randrange(3)

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (PHOTO_LABELS if self.photo else LEGACY_LABELS)[key]
            if self.photo or key in ("postal_code", "iban", "bic"):
                self._chosen[key] = options[self._rng.randrange(len(options))]
            else:
                self._chosen[key] = options[min(self._scheme, len(options) - 1)]
        return self._chosen[key]

    def section(self, key: str) -> str:
        return self._once("s:", key, (PHOTO_SECTIONS if self.photo else LEGACY_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (PHOTO_WORDS if self.photo else LEGACY_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (PHOTO_TITLES if self.photo else LEGACY_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra11Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra11_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool (for tests)."""
    pools_ = (PHOTO_LABELS, PHOTO_SECTIONS, PHOTO_TITLES, PHOTO_WORDS, LEGACY_LABELS,
              LEGACY_SECTIONS, LEGACY_TITLES, LEGACY_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX11.values() for s in table.values()]
    out += [s for options in PURPOSE11.values() for s in options]
    out += [s for options in DWELLING11.values() for s in options]
    out += [s for pair in LANDLORD_ROLES11 for s in pair]
    out += [s for pair in ID_KINDS11.values() for s in pair]
    out += list(MARITAL11.values())
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
