"""The thirty-third extra pair of blind held-out layouts: ``alpine`` and ``archive``.

``alpine`` is a document as issued in Austria, Switzerland, Liechtenstein or South Tyrol and
handed in at a German office, in the regional official wording of its issuer: the Austrian
registration slip's boxed grid with numbered sections (stair and door cells, the question
whether the lodging is the main residence answered with yes or no, the lodging provider's
signature box, a central-register number), a Swiss residents' office form (label and value rows,
Swiss spelling without sharp s, home town and civil status), extracts from an Austrian or South
Tyrolean civil-status register (a ruled extract per person with numbered rows, or a classic
certificate with label and value lines), and identity documents as a copy of an Austrian, Swiss,
Liechtenstein or Italian (South Tyrolean) passport or identity card with a transcription of its
data page and the whole machine-readable zone. Austrian documents print the months as Jänner and
Feber, Swiss ones short dates (``3.1.1980``); South Tyrolean documents print German / Italian
label pairs, dates and place names, Swiss documents of the French-speaking part German / French
pairs. Foreign addresses (a previous residence, a landlord abroad, a last residence) keep the
country's postal code (four digits, sometimes with the country prefix ``A-``, ``CH-``, ``FL-`` or
``I-``); the catalog's own address fields are the German lodging's and keep five digits. The
records are localised before drawing (``localise``): a registration's person may be Austrian,
Swiss, Liechtenstein or Italian, a certificate's registry office, places and names are Austrian
or South Tyrolean (an Austrian or South Tyrolean civil registry is a ``Standesamt``, so the
catalog's ``registry_office`` keeps its form), a vehicle's SEPA account may be Austrian, Swiss or
Liechtenstein, an identity document is Austrian, Swiss, Liechtenstein or Italian.

``archive`` is an older German document, re-issued or certified as a copy: a West or East German
pre-printed form of the 1960s to the 1990s filled in on a typewriter (printed labels in the
orthography of the day, typed monospaced values off the dotted lines, a pre-printed century
``19`` in date fields with the rest of the year typed after it, a struck ``19`` with the full
year typed after it where the year is from 2000 on, boxes with a typed ``x``, a form number with
its edition year and a printer's imprint), certificates as a certified copy of an old register
entry (typed running prose or a pre-printed certificate blank, the stamp "Beglaubigte Abschrift",
the certification clause with the day of certification as the certificate's issue date, a seal)
with marginal notes ("Randvermerke") added later. A marginal note that corrects or completes the
entry (a name given by a later declaration, a corrected given name, a father recognised later, a
corrected day of death) is what a clerk takes: the truth holds the note's value and the entry
shows the superseded one; a marginal note that records a later event (the child's marriage, a
divorce, a burial) changes no value and its days, offices and register numbers are none of the
truth's. East German entries carry the terms of their day (``Rat der Stadt``, ``Kreis``,
``Bezirk``, ``Personalausweis für Bürger der DDR``) and their towns; on some forms the typewriter
had no sharp s, so a typed street reads ``…strasse`` (the truth is the street as typed).

Every value is in the text layer. Two printings are deliberate: a date on a form with a
pre-printed century is drawn as the typed day and month, the printed ``19`` and the typed rest
of the year (three text runs; where the year is from 2000 on the printed ``19`` is struck through
with a line and the four-digit year follows it, so the text layer reads ``19 2006``), and a value
corrected by a marginal note shows twice (the superseded entry and the note).

Both draw straight from the record with the wording of ``samples.wording_extra33``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from stdnum import iban as stdnum_iban

from samples import data, mrz, pools
from samples.content import Style, group_iban
from samples.data import (
    Address,
    Anmeldung,
    Aufenthalt,
    Ehe,
    Geburt,
    Identity,
    Person,
    Record,
    Sterbe,
    Wohnungsgeber,
    Zulassung,
)
from samples.fonts import mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra33 import (
    ALPINE_VIZ,
    DWELLING33,
    DWELLING_ANSWER,
    DWELLING_ORDER33,
    ID_KINDS33,
    ISSUER_DATES,
    PURPOSE33,
    PURPOSE_ORDER33,
    ROLE33,
    SEX_ALPINE,
    SEX_GENITIVE,
    SEX_OLD,
    Extra33Wording,
    alpine_date,
    archive_date,
    century_parts,
    nationality_text,
    printed_dates,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
ISSUERS: Final = ("AT", "CH", "LI", "ST")
#: the day the East German registers end (later events are registered in the West's way)
DDR_END: Final = date(1990, 10, 3)

# --- places, names and banks of the issuers ------------------------------------------------------

#: issuer -> (town, postal code, the town's Italian or French name)
ALPINE_TOWNS: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "AT": (("Wien", "1070", ""), ("Graz", "8010", ""), ("Linz", "4020", ""),
           ("Salzburg", "5020", ""), ("Innsbruck", "6020", ""),
           ("Klagenfurt am Wörthersee", "9020", ""), ("Villach", "9500", ""), ("Wels", "4600", ""),
           ("St. Pölten", "3100", ""), ("Dornbirn", "6850", ""), ("Feldkirch", "6800", ""),
           ("Bregenz", "6900", ""), ("Kufstein", "6330", "")),
    "CH": (("Zürich", "8004", ""), ("Bern", "3011", "Berne"), ("Luzern", "6003", ""),
           ("St. Gallen", "9000", ""), ("Basel", "4051", "Bâle"), ("Winterthur", "8400", ""),
           ("Chur", "7000", ""), ("Schaffhausen", "8200", ""), ("Zug", "6300", ""),
           ("Thalwil", "8800", ""), ("Freiburg", "1700", "Fribourg"), ("Biel", "2502", "Bienne")),
    "LI": (("Vaduz", "9490", ""), ("Schaan", "9494", ""), ("Balzers", "9496", ""),
           ("Triesen", "9495", ""), ("Eschen", "9492", "")),
    "ST": (("Bozen", "39100", "Bolzano"), ("Meran", "39012", "Merano"),
           ("Brixen", "39042", "Bressanone"), ("Bruneck", "39031", "Brunico"),
           ("Sterzing", "39049", "Vipiteno"), ("Schlanders", "39028", "Silandro")),
}
CANTONS: Final = {"Zürich": "ZH", "Bern": "BE", "Luzern": "LU", "St. Gallen": "SG",
                  "Basel": "BS", "Winterthur": "ZH", "Chur": "GR", "Schaffhausen": "SH",
                  "Zug": "ZG", "Thalwil": "ZH", "Freiburg": "FR", "Biel": "BE"}
HEIMATORTE: Final = ("Glarus GL", "Appenzell AI", "Altdorf UR", "Sarnen OW", "Stans NW",
                     "Schwyz SZ", "Frauenfeld TG", "Herisau AR", "Langnau im Emmental BE",
                     "Sitten VS", "Liestal BL", "Aarau AG")
ALPINE_STREETS: Final[dict[str, tuple[str, ...]]] = {
    "AT": ("Mariahilfer Straße", "Maria-Theresien-Straße", "Herrengasse", "Getreidegasse",
           "Annenstraße", "Landstraße", "Museumstraße", "Kaiserstraße", "Schmiedgasse"),
    "CH": ("Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kramgasse", "Rennweg", "Hauptgasse",
           "Zürcherstrasse", "Marktgasse"),
    "LI": ("Städtle", "Landstrasse", "Feldkircherstrasse", "Im Gässle", "Zollstrasse"),
    "ST": ("Laubengasse", "Freiheitsstraße", "Rennweg", "Dantestraße", "Andreas-Hofer-Straße"),
}
POSTAL_PREFIX: Final = {"AT": "A-", "CH": "CH-", "LI": "FL-", "ST": "I-"}
COUNTRY: Final = {"AT": "Österreich", "CH": "Schweiz", "LI": "Liechtenstein", "ST": "Italien"}
ISSUER_NATION: Final = {"AT": "AUT", "CH": "CHE", "LI": "LIE", "ST": "ITA"}
NATION_ISSUER: Final = {v: k for k, v in ISSUER_NATION.items()}
ALPINE_FAMILY: Final[dict[str, tuple[str, ...]]] = {
    "AT": ("Gruber", "Huber", "Wallner", "Pichler", "Moser", "Steiner", "Hofer", "Leitner",
           "Egger", "Schwaiger"),
    "CH": ("Meier", "Keller", "Brunner", "Wyss", "Zürcher", "Baumann", "Frei", "Gerber",
           "Widmer", "Bachmann"),
    "LI": ("Büchel", "Marxer", "Frick", "Kaiser", "Ospelt", "Hasler", "Quaderer", "Batliner"),
    "ST": ("Pircher", "Kofler", "Oberhofer", "Thaler", "Mair", "Gasser", "Ploner", "Rainer"),
}
ALPINE_WOMEN: Final = ("Johanna", "Theresia", "Valentina", "Leonie", "Magdalena", "Katharina",
                       "Anna-Lena", "Nadine", "Corinne", "Chiara", "Elisabeth", "Martina")
ALPINE_MEN: Final = ("Florian", "Matthias", "Lukas", "Reto", "Urs", "Beat", "Thomas", "Hannes",
                     "Stefan", "Andreas", "Dominik", "Markus")
ALPINE_COMPANIES: Final[dict[str, tuple[str, ...]]] = {
    "AT": ("Alpenland Wohnbau GmbH", "Tiroler Immobilien Treuhand GmbH"),
    "CH": ("Immobilien Treuhand AG Zürich", "Seeblick Liegenschaften AG"),
    "LI": ("Liegenschaftsverwaltung Rheintal Anstalt", "Vaduzer Immobilien AG"),
    "ST": ("Wohnbau Südtirol GmbH", "Immobilienverwaltung Etschtal GmbH"),
}
#: issuer -> (bank, BIC, bank code digits)
ALPINE_BANKS: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "AT": (("Raiffeisen-Landesbank Tirol", "RZTIAT22XXX", "36000"),
           ("Erste Bank der österreichischen Sparkassen", "GIBAATWWXXX", "20111")),
    "CH": (("Zürcher Kantonalbank", "ZKBKCHZZ80A", "00700"),
           ("PostFinance", "POFICHBEXXX", "09000")),
    "LI": (("Liechtensteinische Landesbank", "LILALI2XXXX", "08800"),),
}
ALPINE_AUTHORITIES: Final[dict[str, tuple[str, ...]]] = {
    "AT": ("BH Innsbruck-Land", "Magistrat der Stadt Wien", "BH Feldkirch", "LPD Salzburg"),
    "CH": ("Passbüro Zürich", "Kanton Luzern", "Passbüro Bern"),
    "LI": ("Ausländer- und Passamt",),
    "ST": ("Comune di Bolzano", "Comune di Merano"),
}
#: East German towns whose registry offices an old entry may name (with their district)
DDR_TOWNS: Final[dict[str, str]] = {
    "Leipzig": "Leipzig", "Dresden": "Dresden", "Rostock": "Rostock", "Magdeburg": "Magdeburg",
    "Erfurt": "Erfurt", "Gera": "Gera", "Cottbus": "Cottbus", "Schwerin": "Schwerin",
    "Halle (Saale)": "Halle", "Suhl": "Suhl", "Potsdam": "Potsdam", "Görlitz": "Dresden",
    "Neubrandenburg": "Neubrandenburg", "Frankfurt (Oder)": "Frankfurt (Oder)",
}
#: East German towns of ``samples.pools.CITIES`` (an old East German form may be used there)
EAST_CITIES: Final = ("Leipzig", "Dresden", "Halle (Saale)", "Görlitz")
#: towns an East German born person may name (the name of the day included)
DDR_BIRTH_TOWNS: Final = ("Leipzig", "Karl-Marx-Stadt", "Zwickau", "Plauen", "Dessau",
                          "Stralsund", "Wismar", "Eisenach", "Jena", "Weimar")
#: towns of West German registry offices and courts in marginal notes (never truth values)
OTHER_TOWNS: Final = ("Kassel", "Bielefeld", "Hannover", "Bremen", "Mainz", "Kiel",
                      "Regensburg", "Augsburg", "Ulm", "Trier")


def _alpine_given(rng: random.Random, sex: str) -> str:
    pool = ALPINE_WOMEN if sex == "F" else ALPINE_MEN if sex == "M" else rng.choice(
        (ALPINE_WOMEN, ALPINE_MEN))
    return rng.choice(pool)


def _issuer_pick(rng: random.Random, certificate: bool = False) -> str:
    if certificate:  # an Austrian or South Tyrolean civil registry is a "Standesamt"
        return "AT" if rng.random() < 0.65 else "ST"
    roll = rng.random()
    return "AT" if roll < 0.38 else "CH" if roll < 0.68 else "LI" if roll < 0.8 else "ST"


def foreign_address(rng: random.Random, issuer: str) -> Address:
    """An address in the issuer's country, its postal code as the country writes it."""
    town, code, _ = rng.choice(ALPINE_TOWNS[issuer])
    street = rng.choice(ALPINE_STREETS[issuer])
    number = str(rng.randint(1, 120))
    if issuer == "AT" and rng.random() < 0.5:
        number += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}"  # house / stair / door
    elif rng.random() < 0.15:
        number += rng.choice("ab")
    prefix = POSTAL_PREFIX[issuer] if rng.random() < 0.55 else ""
    return Address(street, number, prefix + code, town)


def _foreign_line(a: Address, issuer: str, rng: random.Random) -> str:
    line = a.line
    if not a.postal_code.startswith(POSTAL_PREFIX[issuer]) or rng.random() < 0.3:
        line += f", {COUNTRY[issuer]}"
    return line


def _alpine_person(p: Person, issuer: str, rng: random.Random, nationality: str | None = None,
                   place: bool = True) -> Person:
    family = rng.choice(ALPINE_FAMILY[issuer])
    birth = p.birth_name
    if birth is not None:
        birth = rng.choice([n for n in ALPINE_FAMILY[issuer] if n != family])
    pob = rng.choice(ALPINE_TOWNS[issuer])[0] if place else p.pob
    return Person(_alpine_given(rng, p.sex), family, p.sex, nationality or p.nationality, p.dob,
                  pob, birth)


def _alpine_iban(rng: random.Random, issuer: str) -> tuple[str, str, str]:
    bank, bic, code = rng.choice(ALPINE_BANKS[issuer])
    if issuer == "AT":
        bban = f"{code}{rng.randint(0, 10**11 - 1):011d}"
    else:
        bban = f"{code}{rng.randint(0, 10**12 - 1):012d}"
    value = f"{issuer}{stdnum_iban.calc_check_digits(f'{issuer}00{bban}')}{bban}"
    stdnum_iban.validate(value)
    return value, bank, bic


def _alpine_identity(r: Identity, rng: random.Random) -> Identity:
    issuer = rng.choice(("AT", "AT", "CH", "CH", "LI", "ST"))
    nat = ISSUER_NATION[issuer]
    card = issuer != "LI" and rng.random() < 0.45
    width = 30 if card else 39
    while True:
        p = _alpine_person(replace(r.person, birth_name=None), issuer, rng, nat)
        if mrz.name_fits(p.family, p.given, width):
            break
    if issuer == "AT":
        number = f"{rng.randint(1000000, 9999999)}" if card else \
            rng.choice("PUT") + f"{rng.randint(0, 9999999):07d}"
    elif issuer == "CH":
        number = rng.choice("CE") + f"{rng.randint(0, 9999999):07d}" if card else \
            rng.choice("XS") + f"{rng.randint(0, 9999999):07d}"
    elif issuer == "LI":
        number = "R" + f"{rng.randint(0, 999999):06d}"
    else:
        number = "C" + rng.choice("ABD") + f"{rng.randint(0, 99999):05d}" + "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    code = ("CI" if issuer == "ST" else "ID") if card else "P"
    expiry = r.expiry
    lines_data = mrz.MrzData(code, nat, p.family, p.given, number, nat, p.dob, p.sex, expiry, "")
    lines = mrz.td1(lines_data) if card else mrz.td3(lines_data)
    authority = rng.choice(ALPINE_AUTHORITIES[issuer])
    return Identity("TD1" if card else "TD3", p, nat, code, number, expiry, r.issue, authority,
                    lines)


def _typed_street(a: Address) -> Address:
    """The address as a typewriter without a sharp s typed it."""
    return replace(a, street=a.street.replace("ß", "ss"))


def localise(record: Record, layout: str, rng: random.Random) -> Record:
    """The record as a document of ``layout`` holds it: for ``alpine`` the issuer's persons,
    places, offices, accounts and documents, for ``archive`` East German register entries of
    events before the unification and, on some forms, streets typed without a sharp s. The
    truth is taken from what this returns."""
    if layout == "alpine":
        return _alpine_record(record, rng)
    return _archive_record(record, rng)


def _alpine_record(record: Record, rng: random.Random) -> Record:
    match record:
        case Anmeldung():
            issuer = _issuer_pick(rng)
            p = record.person
            if rng.random() < 0.65:
                p = _alpine_person(p, issuer, rng, ISSUER_NATION[issuer], rng.random() < 0.8)
            previous = record.previous
            if rng.random() < 0.85:
                previous = _foreign_line(foreign_address(rng, issuer), issuer, rng)
            return replace(record, person=p, previous=previous)
        case Wohnungsgeber():
            issuer = _issuer_pick(rng)
            landlord = record.landlord_name
            if record.landlord_name in pools.LANDLORD_COMPANIES:
                if rng.random() < 0.6:
                    landlord = rng.choice(ALPINE_COMPANIES[issuer])
            elif rng.random() < 0.6:
                landlord = f"{_alpine_given(rng, rng.choice('FM'))} " \
                           f"{rng.choice(ALPINE_FAMILY[issuer])}"
            address = record.landlord_address
            if rng.random() < 0.75:
                address = foreign_address(rng, issuer)
            return replace(record, landlord_name=landlord, landlord_address=address)
        case Geburt():
            issuer = _issuer_pick(rng, True)
            town = rng.choice(ALPINE_TOWNS[issuer])[0]
            child = replace(record.child, pob=town)
            mother, father = record.mother, record.father
            if rng.random() < 0.7:
                family = rng.choice(ALPINE_FAMILY[issuer])
                child = replace(child, family=family, given=_alpine_given(rng, child.sex))
                other = rng.choice(ALPINE_FAMILY[issuer]) if rng.random() < 0.3 else family
                mother = f"{_alpine_given(rng, 'F')} {other}"
                father = f"{_alpine_given(rng, 'M')} {family}" if record.father else None
            return replace(record, child=child, office=town, mother=mother, father=father)
        case Ehe():
            issuer = _issuer_pick(rng, True)
            town = rng.choice(ALPINE_TOWNS[issuer])[0]
            s1, s2 = record.spouse1, record.spouse2
            if rng.random() < 0.6:
                s1 = _alpine_person(s1, issuer, rng, place=rng.random() < 0.5)
            if rng.random() < 0.6:
                s2 = _alpine_person(s2, issuer, rng, place=rng.random() < 0.5)
            return replace(record, spouse1=s1, spouse2=s2, office=town, marriage_place=town)
        case Sterbe():
            issuer = _issuer_pick(rng, True)
            town = rng.choice(ALPINE_TOWNS[issuer])[0]
            p = record.person
            if rng.random() < 0.6:
                p = _alpine_person(p, issuer, rng, place=rng.random() < 0.7)
            residence = _foreign_line(foreign_address(rng, issuer), issuer, rng)
            return replace(record, person=p, office=town, place_of_death=town,
                           last_residence=residence)
        case Zulassung():
            if rng.random() < 0.75:
                issuer = rng.choice(("AT", "AT", "CH", "CH", "LI"))
                number, bank, bic = _alpine_iban(rng, issuer)
                return replace(record, iban=number, bank=bank, bic=bic)
            return record
        case Identity():
            return _alpine_identity(record, rng)
    return record


def _archive_record(record: Record, rng: random.Random) -> Record:
    match record:
        case Geburt():
            if record.child.dob < DDR_END and rng.random() < 0.6:
                town = rng.choice(sorted(DDR_TOWNS))
                return replace(record, office=town, child=replace(record.child, pob=town))
        case Ehe():
            if record.marriage_date < DDR_END and rng.random() < 0.6:
                town = rng.choice(sorted(DDR_TOWNS))
                return replace(record, office=town, marriage_place=town)
        case Sterbe():
            if record.person.dob < DDR_END and rng.random() < 0.3:
                return replace(record, person=replace(record.person,
                                                      pob=rng.choice(DDR_BIRTH_TOWNS)))
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            if rng.random() < 0.25:  # a lodging in the East, registered on an East German form
                record = replace(record, address=data.address(rng, rng.choice(EAST_CITIES)))
            if rng.random() < 0.3:
                record = replace(record, address=_typed_street(record.address))
                if isinstance(record, Anmeldung) and record.previous:
                    record = replace(record, previous=record.previous.replace("ß", "ss"))
                if isinstance(record, Wohnungsgeber):
                    record = replace(record,
                                     landlord_address=_typed_street(record.landlord_address))
    return record


def issuer_of(record: Record) -> str | None:
    """The alpine issuer a localised record shows (``None`` when it shows none)."""
    towns = {t[0]: k for k, v in ALPINE_TOWNS.items() for t in v}
    match record:
        case Geburt() | Ehe() | Sterbe():
            return towns.get(record.office)
        case Identity():
            return NATION_ISSUER.get(record.person.nationality)
        case Anmeldung():
            for town, issuer in towns.items():
                if record.previous and f" {town}" in record.previous:
                    return issuer
            return NATION_ISSUER.get(record.person.nationality)
        case Wohnungsgeber():
            return towns.get(record.landlord_address.city)
        case Zulassung():
            return record.iban[:2] if record.iban[:2] in ("AT", "CH", "LI") else None
    return None


def ddr_entry(record: Record) -> bool:
    """Whether a localised record is an East German register entry, or an application in an
    East German town (drawn on an East German form)."""
    match record:
        case Geburt():
            return record.office in DDR_TOWNS and record.child.dob < DDR_END
        case Ehe():
            return record.office in DDR_TOWNS and record.marriage_date < DDR_END
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city in EAST_CITIES
    return False


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field or that a marginal note supersedes; ``a+b`` for values printed
    together), for choices the options and the chosen one, the printed label and its second
    language line, the day a date shows, whether an archive form draws it with a pre-printed
    century, how many grid units it takes, and whether it stands in a sentence."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    label: str = ""
    second: str = ""
    day: date | None = None
    century: bool = False
    struck: bool = False  # a century that does not fit: the printed 19 is struck
    weight: int = 2
    optional: bool = False
    prose: bool = False


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Note:
    """A marginal note of an archive register entry: ``key`` is the field it replaces (``old``
    the entry's superseded value, ``new`` the truth's), empty for a note of a later event."""

    kind: str
    text: str
    day: date
    key: str = ""
    old: str = ""
    new: str = ""


@dataclass(slots=True)
class AlpLook:
    """An alpine document's print (one draw per document)."""

    issuer: str = "AT"
    lang: str = ""  # "" | it | fr: the second language of a bilingual document
    structure: str = "grid"  # grid | rows | extract | urkunde | copy
    date_style: str = "numeric"
    accent: RGB = (0.7, 0.1, 0.12)
    band: str = "dark"  # dark | tint | line
    numbering: str = "digit"  # digit | letter | none
    register_no: str = ""  # a central register number (distractor)
    form_no: str = ""
    fee: str = ""
    heimatort: str = ""
    received: date | None = None
    size: float = 9.5
    lsize: float = 6.4


@dataclass(slots=True)
class ArcLook:
    """An archive document's print (one draw per document)."""

    era: str = "west"  # west | ddr
    mode: str = "form"  # form | abschrift | formblatt | copy
    century: bool = False
    arrange: str = "lines"  # lines | stacked
    ink: RGB = (0.3, 0.3, 0.32)
    tface: str = "Courier"
    tsize: float = 10.0
    lsize: float = 7.6
    leader: str = "dots"  # dots | rule | under
    form_no: str = ""
    office: str = ""
    printer: str = ""
    kreis: str = ""
    bezirk: str = ""
    ddr_id: str = ""
    notes: list[Note] = field(default_factory=list)
    received: date | None = None
    entered: date | None = None
    seed: int = 0
    spaced_title: bool = True
    stamp_ink: RGB = (0.35, 0.2, 0.55)


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    kind: str  # form | cert | id
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    vface: str
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    alp: AlpLook = field(default_factory=AlpLook)
    arc: ArcLook = field(default_factory=ArcLook)
    drawn: int = 0
    scale: float = 1.0
    distractors: list[str] = field(default_factory=list)
    centuries: list[tuple[str, str, bool]] = field(default_factory=list)  # drawn split dates


def _w(s: Style) -> Extra33Wording:
    assert isinstance(s.words, Extra33Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _field(doc: Doc, key: str, sec: str | None = None) -> Fld | None:
    for s in doc.sections:
        if sec is None or s.key == sec:
            for f in s.items:
                if f.key == key:
                    return f
    return None


SHORT: Final = frozenset({"date_of_birth", "sex", "postal_code", "house_number", "stair", "door",
                          "move_in_date", "marital", "religion", "expiry_date", "doc_issue",
                          "issuing_state", "entry_date", "passport_expiry_date", "birth_time",
                          "register_number", "issue_date", "marriage_date", "date_of_death",
                          "evb_number", "bic", "desired_plate", "prev_plate", "phone",
                          "doc_number", "passport_number", "heimatort", "nationality", "land"})
LONG: Final = frozenset({"address_line", "previous_address", "landlord_address", "purpose",
                         "last_residence", "dwelling", "role", "doc_kind", "tenant", "iban",
                         "vin", "account_holder", "prev_permit", "abroad_q", "dwelling_q"})
#: date fields an archive form may print with a pre-printed century
CENTURY_KEYS: Final = frozenset({"date_of_birth", "marriage_date", "move_in_date", "entry_date",
                                 "passport_expiry_date", "doc_issue", "expiry_date"})


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.w = _w(s)
        self.alpine = doc.layout == "alpine"
        self.j = 0 if self.alpine else 1

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "") -> Fld:
        weight = 1 if key in SHORT else 3 if key in LONG else 2
        f = Fld(key, value, name, weight=weight)
        self.doc.sections[-1].items.append(f)
        return f

    def optional(self, key: str, value: str, name: str) -> Fld:
        f = self.add(key, value, name if value else "")
        f.optional = True
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        if self.alpine:
            style = self.doc.alp.date_style
            if self.rng.random() < 0.15:
                style = self.rng.choice(ISSUER_DATES[self.doc.alp.issuer])
            f = self.add(key, alpine_date(d, style), name)
        else:
            style = self.s.date_style
            century = (self.doc.arc.century and key in CENTURY_KEYS and self.doc.kind != "id"
                       and self.rng.random() < 0.85)
            if century:
                cstyle = style if style in ("numeric", "unpadded", "spaced") else "numeric"
                head, rest, struck = century_parts(d, cstyle)
                f = self.add(key, f"{head}19{rest}" if not struck else f"{head}19 {rest}", name)
                f.century, f.struck = True, struck
            else:
                f = self.add(key, archive_date(d, style), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        if mode == "choice" and self.doc.kind == "form":
            if self.alpine:
                words = tuple(SEX_ALPINE[c] for c in ("F", "M", "D", "X"))
                f = self.add("sex", words[("F", "M", "D", "X").index(code)], name)
                f.options, f.chosen = words, ("F", "M", "D", "X").index(code)
                return f
            if code in ("F", "M"):
                words = (SEX_OLD["M"], SEX_OLD["F"])
                f = self.add("sex", SEX_OLD[code], name)
                f.options, f.chosen = words, 0 if code == "M" else 1
                return f
            mode = "word"
        if mode == "choice":
            mode = "word"
        return self.add("sex", sex_text(code, mode, self.alpine), name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        lang = self.doc.alp.lang if self.alpine else ""
        return self.add("nationality", nationality_text(code, self.s.nationality_mode, lang),
                        name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice" and self.doc.kind == "form":
            f.options, f.chosen = words, chosen
        return f

    def address(self, a: Address, grid_extras: bool = False) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number")
            self.add("city_line", a.city_line, "postal_code+city")
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number")
            if grid_extras:
                none = self.w.word("stair_none")
                self.add("stair", none)
                self.add("door", none if self.rng.random() < 0.5 else str(self.rng.randint(1, 9)))
            self.add("postal_code", a.postal_code, "postal_code")
            self.add("city", a.city, "city")
        if grid_extras and self.rng.random() < 0.5:
            self.add("land", self.w.word("land_value") if a.city in _NRW else _land(a.city))

    def names(self, p: Person, prefix: str = "") -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")


_NRW: Final = frozenset({"Bochum", "Dortmund", "Essen", "Gelsenkirchen", "Herne", "Witten",
                         "Hattingen", "Mülheim an der Ruhr", "Düsseldorf", "Köln", "Münster",
                         "Lüdenscheid"})
_LANDS: Final = {"Berlin": "Berlin", "Hamburg": "Hamburg", "München": "Bayern",
                 "Leipzig": "Sachsen", "Dresden": "Sachsen", "Görlitz": "Sachsen",
                 "Halle (Saale)": "Sachsen-Anhalt", "Frankfurt am Main": "Hessen",
                 "Gießen": "Hessen", "Würzburg": "Bayern", "Fürth": "Bayern",
                 "Lübeck": "Schleswig-Holstein", "Osnabrück": "Niedersachsen",
                 "Saarbrücken": "Saarland"}


def _land(city: str) -> str:
    return _LANDS.get(city, "Nordrhein-Westfalen")


MARITAL_OLD: Final = {"ledig": "led.", "verheiratet": "verh.", "geschieden": "gesch.",
                      "verwitwet": "verw."}


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc)
    j = b.j
    alpine = b.alpine
    grid = alpine and doc.alp.structure == "grid"
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            if not alpine and p.birth_name and rng.random() < 0.5:
                # an old form's family name line with the birth name after it
                b.add("family_name", f"{' '.join(p.family.split())} geb. {p.birth_name}",
                      "family_name+birth_name")
                b.add("given_names", " ".join(p.given.split()), "given_names")
            else:
                b.names(p)
                b.optional("birth_name", p.birth_name or "", "birth_name")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if alpine and p.nationality == "CHE":
                b.add("heimatort", doc.alp.heimatort)
            if rng.random() < 0.5:
                b.add("marital", record.marital if alpine else MARITAL_OLD[record.marital])
            if rng.random() < 0.25:
                b.add("religion", b.w.word("religion_none") if alpine else
                      rng.choice(("ev.", "rk.", "ohne")))
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address, grid)
            if not alpine and rng.random() < 0.5:
                b.add("kreis", b.w.word("kreis_free"))
            if record.dwelling:
                if alpine and rng.random() < 0.45:
                    answers = (b.w.word("yes"), b.w.word("no"))
                    f = b.add("dwelling_q", DWELLING_ANSWER[record.dwelling], "dwelling")
                    f.options = answers
                    f.chosen = 0 if record.dwelling == "main" else 1
                else:
                    words = tuple(DWELLING33[d][j] for d in DWELLING_ORDER33)
                    b.choice("dwelling", words, DWELLING_ORDER33.index(record.dwelling),
                             "dwelling")
            if record.previous or rng.random() < 0.5:
                b.section("previous")
                b.optional("previous_address", record.previous or "", "previous_address")
                if alpine and record.previous:
                    country = next((c for c in COUNTRY.values() if c in record.previous), "")
                    if country:
                        b.add("abroad_q", b.w.word("abroad").format(country))
            if record.phone and rng.random() < 0.5:
                b.section("contact")
                b.add("phone", record.phone)
                if not alpine and rng.random() < 0.6:
                    b.add("id_card", _id_card_no(rng))
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", tuple(ROLE33[k][j] for k in (True, False)),
                     0 if record.landlord_is_owner else 1)
            b.section("flat")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address, grid)
            b.section("tenants")
            for name in record.tenants:
                b.add("tenant", name, "tenant_names")
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if rng.random() < 0.5:
                b.add("birth_time", f"{record.birth_time} Uhr")
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father or rng.random() < 0.4:
                b.optional("father_name", record.father or "", "father_name")
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
                if rng.random() < 0.6:
                    b.add("place_of_birth", p.pob)
                if alpine and p.nationality == "CHE":
                    b.add("heimatort", rng.choice(HEIMATORTE))
            b.section("marriage")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if rng.random() < 0.6:
                b.add("last_residence", record.last_residence)
            b.section("death")
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            _register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.date("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address, grid)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            if rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            if alpine and rng.random() < 0.6:
                b.add("prev_plate", _foreign_plate(rng, doc.alp.issuer))
            b.optional("desired_plate", record.plate or "", "desired_plate")
            b.section("insurance")
            b.add("evb_number", record.evb, "evb_number")
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban")
            if rng.random() < 0.5:
                b.add("bic", record.bic)
        case Aufenthalt():
            p = record.person
            b.section("applicant")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            if alpine and rng.random() < 0.6:
                b.add("prev_permit", _foreign_permit(rng, doc.alp.issuer))
            b.section("stay")
            words = tuple(PURPOSE33[x][j] for x in PURPOSE_ORDER33)
            b.choice("purpose", words, PURPOSE_ORDER33.index(record.purpose), "purpose")
            b.section("home")
            b.address(record.address, grid)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS33["P"][j], ID_KINDS33["I"][j]),
                     0 if kind == "P" else 1)
            b.add("doc_number", str(t["document_number"]), "document_number")
            b.add("issuing_state", str(t["issuing_state"]), "issuing_state")
            if record.authority and rng.random() < 0.6:
                b.add("authority", record.authority)
            if rng.random() < 0.5:
                b.date("doc_issue", record.issue)
            b.date("expiry_date", record.expiry, "expiry_date")
            b.section("holder_id")
            b.add("family_name", str(t["family_name"]), "family_name")
            b.add("given_names", str(t["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            if rng.random() < 0.5:
                b.add("place_of_birth", record.person.pob)
            b.sex(str(t["sex"]))
            b.nationality(record.person.nationality)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number")
    b.date("issue_date", r.issue, "issue_date")


def _id_card_no(rng: random.Random) -> str:
    return "".join(rng.choice("CFGHJKLMNPRTVWXYZ") for _ in range(2)) + \
        f"{rng.randint(0, 9999999):07d}"


def _foreign_plate(rng: random.Random, issuer: str) -> str:
    """A foreign registration plate (Austrian, Swiss or Liechtenstein); never a catalog plate."""
    kind = {"AT": 0, "ST": 0, "CH": 1, "LI": 2}.get(issuer, 0)
    if kind == 0:
        return f"{rng.choice(('I', 'IL', 'KU', 'FK', 'B', 'S', 'G', 'W'))} " \
               f"{rng.randint(1, 999)} {rng.choice(('AB', 'HK', 'TZ', 'RS', 'MP'))}"
    if kind == 1:
        return f"{rng.choice(('ZH', 'SG', 'LU', 'BE', 'GR'))} {rng.randint(1000, 999999)}"
    return f"FL {rng.randint(100, 99999)}"


def _foreign_permit(rng: random.Random, issuer: str) -> str:
    if issuer == "CH":
        return f"Ausweis {rng.choice('BCL')} Nr. {rng.randint(10000000, 99999999)}"
    return f"Aufenthaltsbewilligung Nr. {rng.randint(100000, 999999)}/{rng.randint(2018, 2025)}"


# --- drawing helpers -----------------------------------------------------------------------------


@dataclass(slots=True)
class Blk:
    """A piece of a page: its height and how to draw it below ``top``; ``breakable`` says a
    page may end before it."""

    height: float
    draw: Callable[[float], None]
    breakable: bool = True


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit(text: str, face: str, size: float, width: float, least: float
         ) -> tuple[list[str], float]:
    """The lines and the size that fit ``text`` into ``width``: shrunk down to ``least``, then
    wrapped at spaces."""
    sz = size
    while sz > least and _sw(text, face, sz) > width:
        sz -= 0.25
    if _sw(text, face, sz) <= width:
        return [text], sz
    lines = list(simpleSplit(text, face, sz, width))
    return lines or [text], sz


def _put(pen: Pen, x: float, y: float, text: str, face: str, size: float,
         colour: RGB | None = None) -> float:
    c = pen.c
    if colour is not None:
        c.setFillColorRGB(*colour)
    c.setFont(face, size)
    c.drawString(x, y, text)
    if colour is not None:
        c.setFillColorRGB(0, 0, 0)
    return x + _sw(text, face, size)


def _paginate(build: Callable[[float], list[Blk]], pages: int, rooms: tuple[float, float],
              scales: tuple[float, ...]) -> tuple[list[list[Blk]], float]:
    """The blocks on one or two pages: a one-page plan shrinks the type as far as ``scales``
    allow and runs onto a second page when nothing fits; a two-page plan cuts where the first
    page holds about three fifths (or as much as fits)."""
    if pages == 1:
        for scale in scales:
            blocks = build(scale)
            if sum(b.height for b in blocks) <= rooms[0]:
                return [blocks], scale
    chunks: list[list[Blk]] = []
    scale = scales[0]
    for scale in scales:
        blocks = build(scale)
        chunks = _split(blocks, rooms, pages == 2)
        if all(sum(b.height for b in ch) <= rooms[min(k, 1)] + 0.01
               for k, ch in enumerate(chunks)):
            break
    return chunks, scale


def _split(blocks: list[Blk], rooms: tuple[float, float], balanced: bool) -> list[list[Blk]]:
    cands = [i for i, b in enumerate(blocks) if b.breakable and 0 < i < len(blocks)]
    if not cands:
        cands = list(range(1, max(2, len(blocks))))
    total = sum(b.height for b in blocks)

    def first(i: int) -> float:
        return sum(b.height for b in blocks[:i])

    fitting = [i for i in cands if first(i) <= rooms[0]]
    if balanced and total <= rooms[0] * 1.02:
        cut = min(cands, key=lambda i: abs(first(i) - total * 0.6))
    else:
        cut = max(fitting) if fitting else min(cands)
    return [blocks[:cut], blocks[cut:]]


def _box(pen: Pen, x: float, y: float, size: float, grey: float = 0.0,
         colour: RGB | None = None) -> None:
    """An empty printed tick box with its bottom-left corner at (x, y)."""
    c = pen.c
    c.saveState()
    c.setLineWidth(0.6)
    if colour is not None:
        c.setStrokeColorRGB(*colour)
    else:
        c.setStrokeGray(grey)
    c.rect(x, y, size, size, stroke=1, fill=0)
    c.restoreState()


def _emblem(pen: Pen, issuer: str, x: float, top: float, h: float) -> None:
    """A small coat of arms: a shield in the issuer's colours."""
    c = pen.c
    w = h * 0.8
    c.saveState()
    path = c.beginPath()
    path.moveTo(x, top)
    path.lineTo(x + w, top)
    path.lineTo(x + w, top - h * 0.55)
    path.curveTo(x + w, top - h * 0.85, x + w * 0.6, top - h * 0.95, x + w / 2, top - h)
    path.curveTo(x + w * 0.4, top - h * 0.95, x, top - h * 0.85, x, top - h * 0.55)
    path.close()
    c.setLineWidth(0.8)
    if issuer == "CH":
        c.setFillColorRGB(0.82, 0.1, 0.12)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + w * 0.4, top - h * 0.72, w * 0.2, h * 0.5, stroke=0, fill=1)
        c.rect(x + w * 0.2, top - h * 0.55, w * 0.6, h * 0.17, stroke=0, fill=1)
    elif issuer == "LI":
        c.setFillColorRGB(0.1, 0.2, 0.55)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColorRGB(0.8, 0.1, 0.12)
        c.rect(x + 0.5, top - h * 0.72, w - 1, h * 0.2, stroke=0, fill=1)
    elif issuer == "ST":
        c.setFillColorRGB(1, 1, 1)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColorRGB(0.75, 0.1, 0.12)
        c.circle(x + w / 2, top - h * 0.45, w * 0.22, stroke=0, fill=1)
    else:
        c.setFillColorRGB(0.82, 0.1, 0.12)
        c.drawPath(path, stroke=1, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(x + 0.5, top - h * 0.55, w - 1, h * 0.22, stroke=0, fill=1)
    c.restoreState()


# --- alpine --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Al:
    pen: Pen
    doc: Doc
    w: Extra33Wording
    s: Style
    record: Record
    x0: float
    x1: float
    rng: random.Random
    scale: float = 1.0

    @property
    def look(self) -> AlpLook:
        return self.doc.alp

    @property
    def size(self) -> float:
        return self.look.size * self.scale

    @property
    def lsize(self) -> float:
        return self.look.lsize * self.scale


#: the furniture options each issuer uses (indexes into the pool's options)
ISSUER_WORDS: Final[dict[str, dict[str, tuple[int, ...]]]] = {
    "received": {"AT": (0,), "CH": (1,), "LI": (1,), "ST": (0, 2)},
    "sign_host": {"AT": (0,), "CH": (1,), "LI": (1,), "ST": (0,)},
    "sign_registrar": {"AT": (0, 1), "CH": (2,), "LI": (2,), "ST": (0, 1)},
    "seal": {"AT": (0, 1), "CH": (0, 1), "LI": (0, 1), "ST": (2,)},
    "fee": {"AT": (0,), "CH": (1,), "LI": (1,), "ST": (2,)},
    "form_no": {"AT": (0, 2), "CH": (1,), "LI": (1,), "ST": (2,)},
    "instruct": {"AT": (0,), "CH": (1,), "LI": (1,), "ST": (0, 2)},
    "office_box": {"AT": (0, 2), "CH": (1,), "LI": (1,), "ST": (0, 2)},
}
#: the label families (and so the headings) an issuer's documents use, per document kind
ISSUER_FAMILIES: Final[dict[str, dict[str, tuple[int, ...]]]] = {
    "form": {"AT": (0,), "CH": (1,), "LI": (1,), "ST": (0,)},
    "cert": {"AT": (2, 0), "CH": (2, 1), "LI": (2, 1), "ST": (2, 0)},
    "id": {"AT": (2, 0), "CH": (1, 2), "LI": (1, 2), "ST": (2, 0)},
}
#: the titles an issuer's documents take, per document kind
ISSUER_TITLES: Final[dict[str, dict[str, tuple[int, ...]]]] = {
    "form": {"AT": (0, 2), "CH": (1,), "LI": (1,), "ST": (0, 2)},
    "cert": {"AT": (0, 1), "CH": (1,), "LI": (1,), "ST": (1, 2)},
    "id": {"AT": (0, 2), "CH": (1, 2), "LI": (1, 2), "ST": (0, 2)},
}


def _aw(w: Extra33Wording, issuer: str, key: str, lang: str = "") -> str:
    """An alpine furniture wording as the issuer prints it."""
    if key == "page":
        return w.word(key, (2,) if lang == "it" else (0, 1))
    return w.word(key, ISSUER_WORDS.get(key, {}).get(issuer))


ALP_ACCENTS: Final[dict[str, tuple[RGB, ...]]] = {
    "AT": ((0.72, 0.1, 0.12), (0.25, 0.25, 0.28)),
    "CH": ((0.8, 0.1, 0.12), (0.2, 0.2, 0.2)),
    "LI": ((0.12, 0.22, 0.55), (0.6, 0.1, 0.12)),
    "ST": ((0.15, 0.3, 0.5), (0.55, 0.12, 0.12)),
}


def _num(al: _Al, n: int) -> str:
    if al.look.numbering == "letter":
        return f"{chr(65 + n)}"
    if al.look.numbering == "digit":
        return f"{n + 1}"
    return ""


def _label_lines(al: _Al, f: Fld, width: float) -> list[tuple[str, str, float]]:
    """(text, face, size) of a field's label and its second-language line."""
    out: list[tuple[str, str, float]] = []
    for line in simpleSplit(f.label, al.doc.faces.regular, al.lsize, width) or [f.label]:
        out.append((line, al.doc.faces.regular, al.lsize))
    if f.second:
        sz = al.lsize * 0.92
        for line in simpleSplit(f.second, al.doc.faces.italic, sz, width) or [f.second]:
            out.append((line, al.doc.faces.italic, sz))
    return out


def _option_rows(al: _Al, f: Fld, width: float) -> list[list[int]]:
    size = al.size * 0.9
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        w = size + 4 + _sw(option, al.doc.faces.regular, size) + 12
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def _value_lines(al: _Al, f: Fld, width: float) -> tuple[list[str], float]:
    return _fit(f.value, al.doc.vface, al.size, width, al.size * 0.72)


def _draw_options(al: _Al, f: Fld, x: float, y: float, width: float) -> float:
    """The options with a box each, the chosen one crossed; returns the y below them."""
    size = al.size * 0.9
    rows = _option_rows(al, f, width)
    for row in rows:
        cx = x
        for i in row:
            _box(al.pen, cx, y - 1, size * 0.8)
            if i == f.chosen:
                _put(al.pen, cx + size * 0.1, y, "X", al.doc.vface, size * 0.8)
            cx = _put(al.pen, cx + size * 0.8 + 4, y, f.options[i], al.doc.faces.regular,
                      size) + 12
        y -= size * 1.45
    return y


def _cell_height(al: _Al, f: Fld, width: float) -> float:
    inner = width - 8
    labels = _label_lines(al, f, inner)
    h = 4 + sum(sz * 1.2 for _, _, sz in labels) + 3
    if f.options:
        h += len(_option_rows(al, f, inner)) * al.size * 0.9 * 1.45 + 2
    else:
        lines, sz = _value_lines(al, f, inner)
        h += len(lines) * sz * 1.25 + 4
    return max(h, al.lsize * 2 + al.size * 1.6)


def _draw_cell(al: _Al, f: Fld, x: float, top: float, width: float, height: float) -> None:
    c = al.pen.c
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeGray(0.2)
    c.rect(x, top - height, width, height, stroke=1, fill=0)
    c.restoreState()
    inner = width - 8
    y = top - 4
    for text, face, sz in _label_lines(al, f, inner):
        y -= sz * 1.05
        _put(al.pen, x + 4, y, text, face, sz, (0.25, 0.25, 0.28))
        y -= sz * 0.15
    y -= 3
    if f.options:
        _draw_options(al, f, x + 4, y - al.size * 0.9, inner)
        return
    lines, sz = _value_lines(al, f, inner)
    y -= sz
    for line in lines:
        _put(al.pen, x + 4, y, line, al.doc.vface, sz)
        y -= sz * 1.25


def _pack(items: list[Fld], capacity: int) -> list[list[Fld]]:
    rows: list[list[Fld]] = []
    used = capacity
    for f in items:
        weight = 4 if f.options and f.weight >= 3 else f.weight
        if used + weight > capacity or not rows:
            rows.append([])
            used = 0
        rows[-1].append(f)
        used += weight
    return rows


def _al_head(al: _Al, n: int, text: str) -> Blk:
    size = al.lsize * 1.35
    h = size * 2.1 + 2
    accent = al.look.accent

    def draw(top: float) -> None:
        c = al.pen.c
        label = f"{_num(al, n)}  {text}".strip() if _num(al, n) else text
        base = top - h + size * 0.7
        c.saveState()
        if al.look.band == "dark":
            c.setFillColorRGB(*accent)
            c.rect(al.x0, top - h + 1, al.x1 - al.x0, h - 2, stroke=0, fill=1)
            _put(al.pen, al.x0 + 5, base, label, al.doc.faces.bold, size, (1, 1, 1))
        elif al.look.band == "tint":
            c.setFillColorRGB(*(0.88 + 0.1 * v for v in accent))
            c.rect(al.x0, top - h + 1, al.x1 - al.x0, h - 2, stroke=0, fill=1)
            _put(al.pen, al.x0 + 5, base, label, al.doc.faces.bold, size, accent)
        else:
            _put(al.pen, al.x0, base, label, al.doc.faces.bold, size, accent)
            c.setStrokeColorRGB(*accent)
            c.setLineWidth(1.0)
            c.line(al.x0, top - h + 2, al.x1, top - h + 2)
        c.restoreState()

    return Blk(h, draw, True)


def _al_grid_rows(al: _Al, items: list[Fld]) -> list[Blk]:
    out: list[Blk] = []
    width = al.x1 - al.x0
    for row in _pack(items, 4):
        total = sum(4 if f.options and f.weight >= 3 else f.weight for f in row)
        widths = [width * (4 if f.options and f.weight >= 3 else f.weight) / max(total, 1)
                  for f in row]
        height = max(_cell_height(al, f, w) for f, w in zip(row, widths, strict=True))

        def draw(top: float, row: list[Fld] = row, widths: list[float] = widths,
                 height: float = height) -> None:
            x = al.x0
            for f, w in zip(row, widths, strict=True):
                _draw_cell(al, f, x, top, w, height)
                x += w

        out.append(Blk(height, draw, False))
    return out


def _al_row(al: _Al, f: Fld, k: int, numbered: str = "") -> Blk:
    """A label / value row (a Swiss form or a register extract)."""
    width = al.x1 - al.x0
    lw = width * (0.42 if al.look.structure == "extract" else 0.38)
    vx = al.x0 + lw + 6
    vw = al.x1 - vx - 4
    lx = al.x0 + (22 if numbered else 4)
    labels = _label_lines(al, f, lw - (lx - al.x0) - 4)
    lh = sum(sz * 1.2 for _, _, sz in labels)
    if f.options:
        vh = len(_option_rows(al, f, vw)) * al.size * 0.9 * 1.45
        lines: list[str] = []
        vsz = al.size
    else:
        lines, vsz = _value_lines(al, f, vw)
        vh = len(lines) * vsz * 1.25
    h = max(lh, vh) + 7
    extract = al.look.structure == "extract"

    def draw(top: float) -> None:
        c = al.pen.c
        c.saveState()
        if extract:
            c.setLineWidth(0.4)
            c.setStrokeGray(0.35)
            c.rect(al.x0, top - h, width, h, stroke=1, fill=0)
            c.line(al.x0 + lw, top, al.x0 + lw, top - h)
        elif k % 2 == 0:
            c.setFillGray(0.94)
            c.rect(al.x0, top - h, width, h, stroke=0, fill=1)
        c.restoreState()
        if numbered:
            _put(al.pen, al.x0 + 4, top - 4 - al.lsize, numbered, al.doc.faces.regular, al.lsize,
                 (0.4, 0.4, 0.4))
        y = top - 3.5
        for text, face, sz in labels:
            y -= sz * 1.05
            _put(al.pen, lx, y, text, face, sz, (0.2, 0.2, 0.22))
            y -= sz * 0.15
        if f.options:
            _draw_options(al, f, vx, top - 3.5 - al.size * 0.9, vw)
            return
        y = top - 3.5 - vsz
        for line in lines:
            _put(al.pen, vx, y, line, al.doc.vface, vsz)
            y -= vsz * 1.25

    return Blk(h, draw, False)


def _al_urkunde_row(al: _Al, f: Fld) -> Blk:
    """A classic certificate's line: a small label at the left, the value in bold after it."""
    width = al.x1 - al.x0
    lw = width * 0.36
    vx = al.x0 + lw + 8
    vw = al.x1 - vx
    labels = _label_lines(al, f, lw)
    lh = sum(sz * 1.2 for _, _, sz in labels)
    lines, vsz = _fit(f.value, al.doc.faces.bold, al.size * 1.08, vw, al.size * 0.75)
    h = max(lh, len(lines) * vsz * 1.25) + al.size * 0.9

    def draw(top: float) -> None:
        y = top - al.size * 0.3
        for text, face, sz in labels:
            y -= sz * 1.05
            _put(al.pen, al.x0, y, text, face, sz, (0.3, 0.3, 0.3))
            y -= sz * 0.15
        y = top - al.size * 0.3 - vsz
        for line in lines:
            _put(al.pen, vx, y, line, al.doc.faces.bold, vsz)
            y -= vsz * 1.25
        c = al.pen.c
        c.saveState()
        c.setDash(1, 2)
        c.setLineWidth(0.4)
        c.line(vx, top - h + al.size * 0.45, al.x1, top - h + al.size * 0.45)
        c.restoreState()

    return Blk(h, draw, False)


def _al_header(al: _Al) -> list[Blk]:
    doc, look, w = al.doc, al.look, al.w
    issuer = look.issuer
    first = w.word(f"issuer_{issuer}")
    town = doc.city
    if issuer == "CH":
        canton = {"ZH": "Zürich", "BE": "Bern", "LU": "Luzern", "SG": "St. Gallen",
                  "BS": "Basel-Stadt", "GR": "Graubünden", "SH": "Schaffhausen", "ZG": "Zug",
                  "FR": "Freiburg"}.get(CANTONS.get(town, "ZH"), "Zürich")
        first = first.replace("{}", canton)
    elif "{}" in first:
        first = first.format(town, _italian(town)) if first.count("{}") == 2 \
            else first.format(town)
    lines: list[tuple[str, str, float]] = [(first, doc.faces.bold, al.size * 0.95)]
    if doc.kind == "cert":
        office = f"Standesamt {town}"
        if look.lang == "it":
            office += f" – Ufficio di stato civile di {_italian(town)}"
        lines.append((office, doc.faces.regular, al.size * 0.95))
    emb = al.size * 3.4
    text_w = al.x1 - al.x0 - emb - 12
    wrapped: list[tuple[str, str, float]] = []
    for text, face, sz in lines:
        wrapped += [(t, face, sz) for t in simpleSplit(text, face, sz, text_w) or [text]]
    top_h = max(emb, 4 + sum(sz * 1.3 for _, _, sz in wrapped)) + 8
    urkunde = look.structure == "urkunde"
    title_size = al.size * (1.9 if urkunde else 1.55)
    title = doc.title.upper() if urkunde else doc.title
    tlines = simpleSplit(title, doc.faces.bold, title_size, al.x1 - al.x0) or [title]
    second = w.title_second(doc.doc_type, look.lang) if look.lang else ""
    note = look.form_no if doc.kind == "form" else look.register_no if doc.kind == "cert" \
        else ""
    instruct = _aw(w, issuer, "instruct") if doc.kind == "form" else ""
    h = top_h + len(tlines) * title_size * 1.2 + (al.size * 1.4 if second else 0)
    h += (al.lsize * 1.8 if instruct else 0) + 8

    def draw(top: float) -> None:
        _emblem(al.pen, issuer, al.x0, top - 2, emb)
        y = top - 4
        for text, face, sz in wrapped:
            y -= sz * 1.15
            _put(al.pen, al.x0 + emb + 8, y, text, face, sz)
            y -= sz * 0.15
        y = top - top_h
        if note:
            al.pen.c.setFont(doc.faces.regular, al.lsize)
            al.pen.c.drawRightString(al.x1, y + 3, note)
        for t in tlines:
            y -= title_size
            if urkunde:
                al.pen.c.setFont(doc.faces.bold, title_size)
                al.pen.c.drawCentredString((al.x0 + al.x1) / 2, y, t)
            else:
                _put(al.pen, al.x0, y, t, doc.faces.bold, title_size, look.accent)
            y -= title_size * 0.2
        if second:
            y -= al.size * 1.15
            if urkunde:
                al.pen.c.setFont(doc.faces.italic, al.size * 0.95)
                al.pen.c.drawCentredString((al.x0 + al.x1) / 2, y, second)
            else:
                _put(al.pen, al.x0, y, second, doc.faces.italic, al.size * 0.95)
        if instruct:
            y -= al.lsize * 1.7
            _put(al.pen, al.x0, y, instruct, doc.faces.italic, al.lsize)

    return [Blk(h, draw, False)]


def _italian(town: str) -> str:
    for rows in ALPINE_TOWNS.values():
        for name, _, other in rows:
            if name == town:
                return other or name
    return town


def _al_text(al: _Al, text: str, size: float, face: str, gap: float = 4.0,
             breakable: bool = False) -> Blk:
    lines = simpleSplit(text, face, size, al.x1 - al.x0) or [text]
    h = len(lines) * size * 1.3 + gap

    def draw(top: float) -> None:
        y = top - gap
        for line in lines:
            y -= size
            _put(al.pen, al.x0, y, line, face, size)
            y -= size * 0.3

    return Blk(h, draw, breakable)


def _al_form_foot(al: _Al) -> list[Blk]:
    doc, look, w = al.doc, al.look, al.w
    size = al.lsize
    day = doc.printed or data.REFERENCE_DATE
    place_date = w.word("place_date").format(doc.city, alpine_date(day, look.date_style))
    doc.distractors.append(place_date)
    boxes = [w.word("sign_person", (0, 1) if doc.doc_type in (
        "anmeldung", "wohnungsgeberbestaetigung") else (2,))]
    if doc.doc_type in ("anmeldung", "wohnungsgeberbestaetigung"):
        boxes.append(_aw(w, look.issuer, "sign_host"))
    office = _aw(w, look.issuer, "office_box")
    received = _aw(w, look.issuer, "received").format(
        alpine_date(look.received or day, look.date_style))
    doc.distractors.append(received)
    box_h = size * 6.5
    h = size * 3 + box_h + 8 + box_h + 10

    def draw(top: float) -> None:
        y = top - size * 2.2
        _put(al.pen, al.x0, y, place_date, doc.vface, al.size * 0.95)
        y -= size * 1.2
        width = (al.x1 - al.x0) / len(boxes)
        c = al.pen.c
        for k, caption in enumerate(boxes):
            x = al.x0 + k * width
            c.saveState()
            c.setLineWidth(0.5)
            c.rect(x, y - box_h, width, box_h, stroke=1, fill=0)
            c.restoreState()
            for j, line in enumerate(simpleSplit(caption, doc.faces.regular, size, width - 8)):
                _put(al.pen, x + 4, y - size * 1.2 * (j + 1), line, doc.faces.regular, size,
                     (0.3, 0.3, 0.3))
            _signature(al.pen, x + 14, y - box_h + 12, random.Random(k + 33))
        y -= box_h + 8
        c.saveState()
        c.setDash(3, 2)
        c.setLineWidth(0.5)
        c.setStrokeColorRGB(*look.accent)
        c.rect(al.x0, y - box_h, al.x1 - al.x0, box_h, stroke=1, fill=0)
        c.restoreState()
        _put(al.pen, al.x0 + 4, y - size * 1.3, office, doc.faces.bold, size, look.accent)
        _put(al.pen, al.x0 + 4, y - size * 2.9, received, doc.faces.regular, size)
        if look.register_no:
            _put(al.pen, al.x0 + 4, y - size * 4.3, look.register_no, doc.faces.regular, size)

    return [Blk(h, draw, True)]


def _al_cert_foot(al: _Al) -> list[Blk]:
    doc, look, w = al.doc, al.look, al.w
    size = al.size
    rec = al.record
    assert isinstance(rec, Geburt | Ehe | Sterbe)
    place_date = w.word("place_date").format(doc.city, alpine_date(rec.issue, look.date_style))
    notes = [w.word("no_changes"), w.word("apostille")]
    if look.lang:
        notes.append(w.word("transl_note"))
    if look.fee:
        notes.append(look.fee)
    signer = _aw(w, look.issuer, "sign_registrar")
    h = size * 1.6 + len(notes) * size * 1.25 + size * 6.5

    def draw(top: float) -> None:
        y = top - size * 1.3
        _put(al.pen, al.x0, y, place_date, doc.faces.regular, size)
        for note in notes:
            y -= size * 1.25
            _put(al.pen, al.x0, y, note, doc.faces.italic, size * 0.82)
        cx = al.x0 + (al.x1 - al.x0) * 0.3
        _seal(al.pen, cx, y - size * 3.2, size * 2.6, 0.55)
        _put(al.pen, cx - size * 1.6, y - size * 6.3, _aw(w, look.issuer, "seal"),
             doc.faces.regular,
             size * 0.7, (0.45, 0.45, 0.45))
        sx = al.x0 + (al.x1 - al.x0) * 0.58
        _signature(al.pen, sx + 10, y - size * 3.4, random.Random(len(place_date)))
        al.pen.c.setLineWidth(0.5)
        al.pen.c.line(sx, y - size * 4.2, al.x1, y - size * 4.2)
        ssz = min(size * 0.8, (al.x1 - sx) / max(1.0, _sw(signer, doc.faces.regular, 1.0)))
        _put(al.pen, sx, y - size * 5.2, signer, doc.faces.regular, ssz)

    return [Blk(h, draw, True)]


def _viz_date(d: date, issuer: str) -> str:
    if issuer == "CH":
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if issuer == "ST":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _viz_size(r: Identity, part: str, scale: float) -> tuple[float, float]:
    mm = 72 / 25.4
    if r.mrz_format == "TD3":
        return 125 * mm * scale, 88 * mm * scale
    one = 54 * mm * scale
    return 85.6 * mm * scale, (one if part in ("front", "back") else 2 * one + 10 * scale)


def _draw_viz(al: _Al, r: Identity, x: float, top: float, scale: float, part: str) -> None:
    """The issuer's passport data page or card (front above back) with its top-left corner at
    (x, top): headings and labels in the issuer's languages, the values, the whole zone."""
    issuer = NATION_ISSUER.get(r.person.nationality, "AT")
    labels = ALPINE_VIZ[issuer]
    c = al.pen.c
    p = r.person
    face, bold = al.doc.faces.regular, al.doc.faces.bold
    nat = {"AT": "ÖSTERREICH", "CH": "SCHWEIZ", "LI": "LIECHTENSTEIN", "ST": "ITALIANA"}[issuer]
    place = al.look.heimatort if issuer == "CH" and al.look.heimatort else p.pob.upper()
    rows = [("surname", p.family.upper()), ("given", p.given.upper()),
            ("nationality", nat), ("dob", _viz_date(p.dob, issuer)), ("sex", p.sex),
            ("place", place), ("issue", _viz_date(r.issue, issuer)),
            ("expiry", _viz_date(r.expiry, issuer)), ("authority", r.authority.upper())]
    w, _h = _viz_size(r, "front", scale)
    one = 54 * 72 / 25.4 * scale if r.mrz_format == "TD1" else 88 * 72 / 25.4 * scale
    accent = ALP_ACCENTS[issuer][0]
    title = labels["title_p" if r.mrz_format == "TD3" else "title_i"]

    def frame(y_top: float) -> None:
        c.saveState()
        c.setFillColorRGB(0.97, 0.96, 0.93)
        c.setLineWidth(0.8)
        c.roundRect(x, y_top - one, w, one, 7 * scale, stroke=1, fill=1)
        c.setFillColorRGB(*accent)
        c.rect(x + 1, y_top - 14 * scale, w - 2, 12 * scale, stroke=0, fill=1)
        c.restoreState()
        tsz = min(6.2 * scale, (w - 12) / max(1.0, _sw(title, bold, 1.0)))
        _put(al.pen, x + 6 * scale, y_top - 10.5 * scale, title, bold, tsz, (1, 1, 1))

    def zone(y_bottom: float) -> None:
        mface = mrz_font()
        msz = (w - 12 * scale) / _sw("<" * len(r.lines[0]), mface, 1.0)
        for k, line in enumerate(reversed(r.lines)):
            _put(al.pen, x + 6 * scale, y_bottom + 6 * scale + k * msz * 1.4, line, mface, msz)

    if part in ("front", "both", "page"):
        frame(top)
        c.saveState()
        c.setFillGray(0.85)
        pw, ph = 26 * scale * (1.4 if r.mrz_format == "TD3" else 1.0), 34 * scale * (
            1.4 if r.mrz_format == "TD3" else 1.0)
        c.rect(x + 8 * scale, top - 22 * scale - ph, pw, ph, stroke=0, fill=1)
        c.restoreState()
        nx = x + 14 * scale + pw
        _put(al.pen, nx, top - 22 * scale, f"{labels['number']}  {r.document_number}", bold,
             6 * scale)
        y = top - 32 * scale
        col = (x + w - 6 * scale - nx) / 2
        shown = rows if r.mrz_format == "TD3" else rows[:6]
        lines = [[pair] for pair in shown[:2]] + [shown[i:i + 2] for i in range(2, len(shown), 2)]
        for line in lines:
            for j, (key, value) in enumerate(line):
                cx = nx + j * col
                room = (col if len(line) > 1 else 2 * col) - 4
                lsz = min(3.9 * scale, room / max(1.0, _sw(labels[key], face, 1.0)))
                _put(al.pen, cx, y, labels[key], face, lsz, (0.3, 0.3, 0.3))
                vsz = min(6.6 * scale, room / max(1.0, _sw(value, bold, 1.0)))
                _put(al.pen, cx, y - 7.5 * scale, value, bold, vsz)
            y -= 17 * scale
        if r.mrz_format == "TD3":
            zone(top - one)
    if r.mrz_format == "TD1" and part in ("back", "both"):
        back = top if part == "back" else top - one - 10 * scale
        frame(back)
        y = back - 24 * scale
        for key, value in rows[6:]:
            _put(al.pen, x + 8 * scale, y, labels[key], face, 3.9 * scale, (0.3, 0.3, 0.3))
            _put(al.pen, x + 8 * scale, y - 7.5 * scale, value, bold, 6.4 * scale)
            y -= 17 * scale
        zone(back - one)


def _al_zone(al: _Al) -> Blk:
    doc = al.doc
    mface = mrz_font()
    width = al.x1 - al.x0 - 16
    msize = min(al.size * 1.05, width / max(1.0, _sw("<" * len(doc.zone[0]), mface, 1.0)))
    note = al.w.word("zone_note")
    h = al.size * 2.2 + len(doc.zone) * msize * 1.55 + 6

    def draw(top: float) -> None:
        _put(al.pen, al.x0, top - al.size * 1.2, note, doc.faces.italic, al.size * 0.9)
        y = top - al.size * 2.2 - msize
        c = al.pen.c
        c.saveState()
        c.setFillGray(0.95)
        c.rect(al.x0, y - msize * 0.6 - (len(doc.zone) - 1) * msize * 1.55,
               al.x1 - al.x0, len(doc.zone) * msize * 1.55 + msize * 0.4, stroke=0, fill=1)
        c.restoreState()
        for line in doc.zone:
            _put(al.pen, al.x0 + 8, y, line, mface, msize)
            y -= msize * 1.55

    return Blk(h, draw, False)


def _al_viz_block(al: _Al, r: Identity, part: str, limit: float) -> Blk:
    bw, bh = _viz_size(r, part, 1.0)
    scale = min(1.35, (al.x1 - al.x0) * 0.85 / bw, limit / bh)
    w, h = _viz_size(r, part, scale)

    def draw(top: float) -> None:
        _draw_viz(al, r, al.x0 + (al.x1 - al.x0 - w) / 2, top - 6, scale, part)

    return Blk(h + 14, draw, True)


def _al_blocks(al: _Al) -> list[Blk]:
    doc, look = al.doc, al.look
    blocks = _al_header(al)
    if doc.kind == "id":
        r = al.record
        assert isinstance(r, Identity)
        if r.mrz_format == "TD3":
            blocks.append(_al_viz_block(al, r, "page", 260 * al.scale))
        else:
            blocks.append(_al_viz_block(al, r, "front", 170 * al.scale))
            blocks.append(_al_viz_block(al, r, "back", 170 * al.scale))
        k = 0
        for n, sec in enumerate(doc.sections):
            blocks.append(_al_head(al, n, sec.head))
            for f in sec.items:
                blocks.append(_al_row(al, f, k))
                k += 1
        blocks.append(_al_zone(al))
        blocks.append(_al_text(al, al.w.word("copy_note"), al.size * 0.9, doc.faces.italic, 8))
        day = doc.printed or data.REFERENCE_DATE
        place = al.w.word("place_date").format(doc.city, alpine_date(day, look.date_style))
        doc.distractors.append(place)
        blocks.append(_al_text(al, place, al.size, doc.faces.regular, 6))
        return blocks
    for n, sec in enumerate(doc.sections):
        if not sec.items:
            continue
        if look.structure == "urkunde":
            blocks.append(_al_text(al, sec.head, al.size * 0.95, doc.faces.bold, 6, True))
            blocks += [_al_urkunde_row(al, f) for f in sec.items]
            continue
        blocks.append(_al_head(al, n, sec.head))
        if look.structure == "grid":
            blocks += _al_grid_rows(al, sec.items)
        elif look.structure == "extract":
            blocks += [_al_row(al, f, k, f"{n + 1}.{k + 1}") for k, f in enumerate(sec.items)]
        else:
            blocks += [_al_row(al, f, k) for k, f in enumerate(sec.items)]
        blocks.append(Blk(4, lambda top: None, False))
    if doc.kind == "cert":
        return blocks + _al_cert_foot(al)
    return blocks + _al_form_foot(al)


def _draw_alpine(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                 pages: int) -> None:
    x0 = rng.uniform(46, 62)
    x1 = PAGE_W - rng.uniform(42, 58)
    al = _Al(pen, doc, _w(s), s, record, x0, x1, rng)
    top = PAGE_H - rng.uniform(40, 54)
    bottom = rng.uniform(50, 62)

    def build(scale: float) -> list[Blk]:
        al.scale = scale
        doc.distractors.clear()
        return _al_blocks(al)

    rooms = (top - bottom, top - bottom - 20)
    chunks, scale = _paginate(build, pages, rooms, (1.0, 0.94, 0.88, 0.82, 0.76, 0.7))
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    page_fmt = _aw(_w(s), doc.alp.issuer, "page", doc.alp.lang)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        y = top
        if k:
            _put(pen, x0, y - 8, doc.title, doc.faces.italic, 7.5)
            y -= 20
        for b in chunk:
            b.draw(y)
            y -= b.height
        text = page_fmt.format(*([k + 1, count] * page_fmt.count("{}"))[:page_fmt.count("{}")])
        pen.c.setFont(doc.faces.regular, 7)
        pen.c.drawRightString(x1, bottom - 22, text)
        if doc.kind == "form" and doc.alp.form_no:
            _put(pen, x0, bottom - 22, doc.alp.form_no, doc.faces.regular, 6.5, (0.4, 0.4, 0.4))


def _alp_look(doc: Doc, s: Style, rng: random.Random, record: Record) -> AlpLook:
    look = AlpLook()
    issuer = issuer_of(record)
    if issuer is None:
        issuer = _issuer_pick(rng, doc.kind == "cert")
    look.issuer = issuer
    if issuer == "ST":
        look.lang = "it" if rng.random() < 0.85 else ""
    elif issuer == "CH":
        look.lang = "fr" if rng.random() < 0.35 else ""
    styles = ISSUER_DATES[issuer]
    look.date_style = s.date_style if s.date_style in styles else rng.choice(styles)
    if look.lang == "" and look.date_style in ("it_bi", "fr_bi"):
        look.date_style = styles[0] if styles[0] not in ("it_bi", "fr_bi") else "numeric"
    if issuer == "CH" and look.lang == "fr" and rng.random() < 0.5:
        look.date_style = "fr_bi"
    look.accent = rng.choice(ALP_ACCENTS[issuer])
    look.band = rng.choice(("dark", "tint", "line"))
    look.numbering = rng.choice(("digit", "digit", "letter", "none"))
    if doc.kind == "form":
        look.structure = "grid" if issuer in ("AT", "ST") and rng.random() < 0.75 else \
            "rows" if issuer in ("CH", "LI") and rng.random() < 0.7 else \
            rng.choice(("grid", "rows"))
        form = _aw(_w(s), issuer, "form_no")
        look.form_no = form.format(rng.randint(100, 999), rng.randint(2009, 2024)) \
            if "{}" in form else form
    elif doc.kind == "cert":
        look.structure = rng.choice(("extract", "extract", "urkunde"))
    else:
        look.structure = "copy"
    if issuer == "AT":
        key = "zmr" if doc.kind != "cert" else "zpr"
        look.register_no = _w(s).word(key).format(
            " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(3)))
    elif issuer == "CH":
        look.register_no = _w(s).word("infostar").format(
            f"{rng.randint(100, 999)}.{rng.randint(1000, 9999)}.{rng.randint(1000, 9999)}."
            f"{rng.randint(10, 99)}")
    if doc.kind == "cert" and rng.random() < 0.6:
        look.fee = _aw(_w(s), issuer, "fee").format(rng.choice((9, 12, 14, 20, 30)))
    look.heimatort = rng.choice(HEIMATORTE)
    look.size = rng.uniform(9.0, 10.2)
    look.lsize = rng.uniform(6.0, 6.8)
    return look


# --- archive -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ar:
    pen: Pen
    doc: Doc
    w: Extra33Wording
    s: Style
    record: Record
    x0: float
    x1: float
    scale: float = 1.0

    @property
    def look(self) -> ArcLook:
        return self.doc.arc

    @property
    def tsize(self) -> float:
        return self.look.tsize * self.scale

    @property
    def lsize(self) -> float:
        return self.look.lsize * self.scale

    def jitter(self, key: str) -> tuple[float, float]:
        """How far a typed value sits off its place (the same at every scale)."""
        r = random.Random(f"{self.look.seed}/{key}")
        return r.uniform(-3.0, 9.0), r.uniform(-1.5, 2.5)


ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
PRINT_INKS: Final[tuple[RGB, ...]] = ((0.22, 0.22, 0.25), (0.1, 0.32, 0.2), (0.5, 0.12, 0.1),
                                      (0.14, 0.2, 0.45), (0.22, 0.22, 0.25))
STAMP_INKS: Final[tuple[RGB, ...]] = ((0.35, 0.2, 0.55), (0.15, 0.25, 0.6), (0.55, 0.15, 0.2))


def _typed(ar: _Ar, x: float, y: float, text: str, size: float | None = None) -> float:
    return _put(ar.pen, x, y, text, ar.look.tface, size or ar.tsize, (0.08, 0.08, 0.1))


def _printed(ar: _Ar, x: float, y: float, text: str, size: float | None = None,
             bold: bool = False, italic: bool = False) -> float:
    face = ar.doc.faces.bold if bold else ar.doc.faces.italic if italic else ar.doc.faces.regular
    return _put(ar.pen, x, y, text, face, size or ar.lsize, ar.look.ink)


def _leader(ar: _Ar, x0: float, x1: float, y: float) -> None:
    if x1 - x0 < 6:
        return
    c = ar.pen.c
    c.saveState()
    c.setStrokeColorRGB(*ar.look.ink)
    c.setLineWidth(0.5)
    if ar.look.leader == "dots":
        c.setDash(0.6, 2.2)
    elif ar.look.leader == "under":
        c.setDash(3, 1.2)
    c.line(x0, y, x1, y)
    c.restoreState()


def _century_width(ar: _Ar, f: Fld, size: float) -> float:
    assert f.day is not None
    head, rest, _ = _century_split(f)
    return _sw(head, ar.look.tface, size) + 3 + _sw("19", ar.doc.faces.regular, size) + 2 + \
        _sw(rest, ar.look.tface, size)


def _century_split(f: Fld) -> tuple[str, str, bool]:
    """A century field's typed day and month, its typed rest of the year, whether the printed
    19 is struck (read back from the value the builder made)."""
    at = f.value.rindex("19")
    return f.value[:at], f.value[at + 2:].strip(), f.struck


def _draw_century(ar: _Ar, f: Fld, x: float, y: float, size: float) -> None:
    """Typed day and month, the printed ``19``, the typed rest of the year (a struck ``19``
    where the year does not start with it)."""
    head, rest, struck = _century_split(f)
    x = _typed(ar, x, y, head, size) + 3
    cx = x
    x = _put(ar.pen, x, y - 1.2, "19", ar.doc.faces.regular, size, ar.look.ink) + 2
    if struck:
        c = ar.pen.c
        c.saveState()
        c.setLineWidth(0.9)
        c.setStrokeColorRGB(0.08, 0.08, 0.1)
        c.line(cx - 1, y + size * 0.1, x - 1, y + size * 0.55)
        c.restoreState()
    _typed(ar, x, y, rest, size)
    ar.doc.centuries.append((head, rest, struck))


def _ar_choice_rows(ar: _Ar, f: Fld, width: float) -> list[list[int]]:
    size = ar.lsize * 1.15
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        w = size + 5 + _sw(option, ar.doc.faces.regular, size) + 14
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def _draw_ar_choice(ar: _Ar, f: Fld, x: float, y: float, width: float) -> None:
    size = ar.lsize * 1.15
    for row in _ar_choice_rows(ar, f, width):
        cx = x
        for i in row:
            _box(ar.pen, cx, y - 1, size * 0.85, colour=ar.look.ink)
            if i == f.chosen:
                _typed(ar, cx + size * 0.12, y, ar.w.word("cross"), size)
            cx = _printed(ar, cx + size * 0.85 + 5, y, f.options[i], size) + 14
        y -= size * 1.6


def _ar_value_h(ar: _Ar, f: Fld, width: float) -> tuple[float, list[str], float]:
    if f.options:
        rows = _ar_choice_rows(ar, f, width)
        return len(rows) * ar.lsize * 1.15 * 1.6, [], ar.tsize
    if f.century:
        return ar.tsize * 1.45, [f.value], ar.tsize
    lines, sz = _fit(f.value, ar.look.tface, ar.tsize, width, ar.tsize * 0.7)
    return len(lines) * sz * 1.45, lines, sz


def _draw_ar_value(ar: _Ar, f: Fld, x: float, y: float, width: float, lines: list[str],
                   sz: float) -> None:
    if f.options:
        _draw_ar_choice(ar, f, x, y, width)
    elif f.century:
        _draw_century(ar, f, x, y, sz)
    else:
        for line in lines:
            _typed(ar, x, y, line, sz)
            y -= sz * 1.45


def _ar_row(ar: _Ar, f: Fld, n: int) -> Blk:
    """A printed label with its number, a dotted line, the typed value on it (a little off)."""
    width = ar.x1 - ar.x0
    lw = width * 0.4
    jx, jy = ar.jitter(f"{f.key}/{n}")
    vx = ar.x0 + lw + 4 + jx
    vw = ar.x1 - vx - 2
    labels = simpleSplit(f.label, ar.doc.faces.regular, ar.lsize, lw - 22) or [f.label]
    lh = len(labels) * ar.lsize * 1.25
    vh, lines, sz = _ar_value_h(ar, f, vw)
    h = max(lh, vh) + ar.lsize * 1.1

    def draw(top: float) -> None:
        base = top - max(ar.lsize, sz) - 2
        _printed(ar, ar.x0, base, f"{n}", ar.lsize)
        y = base
        end = ar.x0 + 18
        for k, line in enumerate(labels):
            end = _printed(ar, ar.x0 + 18, y - k * ar.lsize * 1.25, line)
        label_base = base - (len(labels) - 1) * ar.lsize * 1.25
        if not f.options:
            n_lines = max(1, len(lines))
            for k in range(n_lines):
                ly = base - 1.5 - k * sz * 1.45
                start = end + 3 if ly == label_base - 1.5 else ar.x0 + lw
                _leader(ar, max(start, ar.x0 + 18), ar.x1, ly)
        _draw_ar_value(ar, f, vx, base + jy, vw, lines, sz)

    return Blk(h, draw, False)


def _ar_pair(ar: _Ar, pair: list[tuple[Fld, int]]) -> Blk:
    """Fields stacked: a small printed label above a rule, the typed value on the rule."""
    width = (ar.x1 - ar.x0) / len(pair)
    parts = []
    for k, (f, n) in enumerate(pair):
        jx, jy = ar.jitter(f"{f.key}/{n}")
        x = ar.x0 + k * width
        labels = simpleSplit(f"{n}  {f.label}", ar.doc.faces.regular, ar.lsize * 0.92,
                             width - 8) or [f.label]
        vh, lines, sz = _ar_value_h(ar, f, width - 12)
        parts.append((f, x, labels, vh, lines, sz, jx, jy))
    h = max(len(p[2]) * ar.lsize * 1.15 + p[3] for p in parts) + ar.lsize * 1.6

    def draw(top: float) -> None:
        for f, x, labels, _vh, lines, sz, jx, jy in parts:
            y = top - ar.lsize
            for line in labels:
                _printed(ar, x, y, line, ar.lsize * 0.92)
                y -= ar.lsize * 1.15
            y -= sz * 0.35
            base = y - sz * 0.6
            if not f.options:
                for k in range(max(1, len(lines))):
                    _leader(ar, x, x + width - 8, base - 1.5 - k * sz * 1.45)
            _draw_ar_value(ar, f, x + 4 + max(0.0, jx / 2), base + jy, width - 12, lines, sz)

    return Blk(h, draw, False)


def _ar_head(ar: _Ar, n: int, text: str) -> Blk:
    size = ar.lsize * 1.2
    h = size * 2.4

    def draw(top: float) -> None:
        y = top - size * 1.6
        _printed(ar, ar.x0, y, f"{ROMAN[n % len(ROMAN)]}.  {text}", size, bold=True)
        c = ar.pen.c
        c.saveState()
        c.setStrokeColorRGB(*ar.look.ink)
        c.setLineWidth(0.7)
        c.line(ar.x0, y - size * 0.45, ar.x1, y - size * 0.45)
        c.restoreState()

    return Blk(h, draw, True)


def _ar_title(ar: _Ar, typed: bool) -> Blk:
    doc = ar.doc
    size = ar.tsize * 1.1 if typed else ar.lsize * 1.9
    title = doc.title
    spaced = ar.look.spaced_title and typed and len(title) <= 44
    text = "   ".join(" ".join(word) for word in title.split()) if spaced else \
        title.upper() if not typed else title
    face = ar.look.tface if typed else doc.faces.bold
    if _sw(text, face, size) <= ar.x1 - ar.x0:
        lines = [text]  # (simpleSplit would close up the letter-spacing)
    else:
        lines = simpleSplit(title, face, size, ar.x1 - ar.x0) or [title]
    h = len(lines) * size * 1.35 + size

    def draw(top: float) -> None:
        y = top - size * 0.6
        for line in lines:
            y -= size
            ar.pen.c.setFillColorRGB(*((0.08, 0.08, 0.1) if typed else ar.look.ink))
            ar.pen.c.setFont(face, size)
            ar.pen.c.drawCentredString((ar.x0 + ar.x1) / 2, y, line,
                                       charSpace=0 if typed else size * 0.08)
            ar.pen.c.setFillColorRGB(0, 0, 0)
            y -= size * 0.35

    return Blk(h, draw, False)


def _ar_form_header(ar: _Ar) -> list[Blk]:
    doc, look = ar.doc, ar.look
    office = simpleSplit(look.office, doc.faces.regular, ar.lsize, (ar.x1 - ar.x0) * 0.55)
    h = max(len(office), 2) * ar.lsize * 1.3 + 6

    def draw(top: float) -> None:
        y = top - ar.lsize
        for line in office:
            _printed(ar, ar.x0, y, line)
            y -= ar.lsize * 1.3
        ar.pen.c.setFillColorRGB(*look.ink)
        ar.pen.c.setFont(doc.faces.regular, ar.lsize * 0.9)
        ar.pen.c.drawRightString(ar.x1, top - ar.lsize, look.form_no)
        ar.pen.c.setFillColorRGB(0, 0, 0)

    blocks = [Blk(h, draw, False), _ar_title(ar, False)]
    instruct = ar.w.word("instruct", None if ar.doc.doc_type == "anmeldung" else (0, 2))
    lines = simpleSplit(instruct, doc.faces.italic, ar.lsize, ar.x1 - ar.x0) or [instruct]

    def draw_i(top: float) -> None:
        y = top - ar.lsize
        for line in lines:
            _printed(ar, ar.x0, y, line, italic=True)
            y -= ar.lsize * 1.25

    blocks.append(Blk(len(lines) * ar.lsize * 1.25 + 6, draw_i, False))
    return blocks


def _ar_fields(ar: _Ar, items: list[Fld], start: int) -> list[Blk]:
    out: list[Blk] = []
    n = start
    if ar.look.arrange == "stacked":
        pending: list[tuple[Fld, int]] = []
        for f in items:
            n += 1
            if f.weight >= 3 or f.options:
                if pending:
                    out.append(_ar_pair(ar, pending))
                    pending = []
                out.append(_ar_pair(ar, [(f, n)]))
                continue
            pending.append((f, n))
            if len(pending) == 2:
                out.append(_ar_pair(ar, pending))
                pending = []
        if pending:
            out.append(_ar_pair(ar, pending))
        return out
    for f in items:
        n += 1
        out.append(_ar_row(ar, f, n))
    return out


def _ar_form_foot(ar: _Ar) -> list[Blk]:
    doc, look, w = ar.doc, ar.look, ar.w
    decl = w.word("declaration")
    dlines = simpleSplit(decl, doc.faces.regular, ar.lsize, ar.x1 - ar.x0) or [decl]
    day = doc.printed or data.REFERENCE_DATE
    place = w.word("place_date").format(doc.city, archive_date(day, ar.s.date_style))
    doc.distractors.append(place)
    registration = doc.doc_type == "anmeldung"
    signs = [w.word("sign", None if registration else (2,))]
    if doc.doc_type == "wohnungsgeberbestaetigung":
        signs = [w.word("sign_landlord")]
    received = w.word("received", None if registration else (1,)).format(
        archive_date(look.received or day, "numeric"))
    doc.distractors.append(received)
    box = ar.lsize * 5.5
    h = len(dlines) * ar.lsize * 1.3 + 8 + ar.tsize * 4 + box + 10

    def draw(top: float) -> None:
        y = top - 6
        for line in dlines:
            y -= ar.lsize
            _printed(ar, ar.x0, y, line)
            y -= ar.lsize * 0.3
        y -= ar.tsize * 1.6
        _typed(ar, ar.x0 + 4, y, place)
        sx = ar.x0 + (ar.x1 - ar.x0) * 0.52
        _signature(ar.pen, sx + 12, y + 2, random.Random(look.seed))
        _leader(ar, sx, ar.x1, y - 3)
        _printed(ar, sx, y - 3 - ar.lsize * 1.2, signs[0], ar.lsize * 0.9)
        y -= ar.tsize * 2.4
        c = ar.pen.c
        c.saveState()
        c.setStrokeColorRGB(*look.ink)
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.rect(ar.x0, y - box, (ar.x1 - ar.x0) * 0.62, box, stroke=1, fill=0)
        c.restoreState()
        _printed(ar, ar.x0 + 4, y - ar.lsize * 1.2,
                 w.word("office_box", None if registration else (2,)), bold=True)
        _typed(ar, ar.x0 + 10, y - ar.lsize * 3.2, received, ar.tsize * 0.9)

    return [Blk(h, draw, True)]


def _stamp(ar: _Ar, text: str, cx: float, cy: float, size: float, angle: float) -> None:
    """A rubber stamp: the words in a double frame, in stamp ink, a little turned."""
    c = ar.pen.c
    face = ar.doc.faces.bold
    w = _sw(text, face, size) + size * 1.6
    h = size * 2.2
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setStrokeColorRGB(*ar.look.stamp_ink)
    c.setFillColorRGB(*ar.look.stamp_ink)
    c.setLineWidth(1.2)
    c.rect(-w / 2, -h / 2, w, h, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect(-w / 2 + 2.5, -h / 2 + 2.5, w - 5, h - 5, stroke=1, fill=0)
    c.setFont(face, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def _ar_stamp_block(ar: _Ar, text: str) -> Blk:
    size = ar.tsize * 1.25
    h = size * 3.2
    angle = random.Random(ar.look.seed + 5).uniform(-5, 5)

    def draw(top: float) -> None:
        _stamp(ar, text, ar.x1 - _sw(text, ar.doc.faces.bold, size) / 2 - size * 1.5,
               top - h / 2, size, angle)

    return Blk(h, draw, False)


def _typed_par(ar: _Ar, text: str, gap: float = 0.0, indent: float = 0.0,
               breakable: bool = False, size: float | None = None) -> Blk:
    sz = size or ar.tsize
    lines = simpleSplit(text, ar.look.tface, sz, ar.x1 - ar.x0 - indent) or [text]
    h = len(lines) * sz * 1.5 + gap

    def draw(top: float) -> None:
        y = top - gap
        for line in lines:
            y -= sz * 1.1
            _typed(ar, ar.x0 + indent, y, line, sz)
            y -= sz * 0.4

    return Blk(h, draw, breakable)


def _val(doc: Doc, key: str, sec: str | None = None) -> str:
    f = _field(doc, key, sec)
    return f.value if f is not None else ""


def _sentence(ar: _Ar) -> list[str]:
    """The register entry in typed sentences (its values from the fields: a value a marginal
    note supersedes shows as the entry had it)."""
    doc, w, rec = ar.doc, ar.w, ar.record
    out: list[str] = []
    match rec:
        case Geburt():
            sexf = _field(doc, "sex")
            code = rec.child.sex
            if code in SEX_GENITIVE:
                child = w.prose("child_sex").format(SEX_GENITIVE[code])
            else:
                child = w.prose("child_plain")
            out.append(w.prose("birth_entry").format(
                mother=_val(doc, "mother_name"), town=doc.city, date=_val(doc, "date_of_birth"),
                place=_val(doc, "place_of_birth"), child=child, given=_val(doc, "given_names")))
            out.append(w.prose("birth_name_line").format(family=_val(doc, "family_name")))
            if code not in ("F", "M") and sexf is not None:
                out.append(w.prose("sex_line").format(sexf.value))
            father = _val(doc, "father_name")
            if father:
                out.append(w.prose("father_line").format(father=father))
        case Ehe():
            out.append(w.prose("marriage_entry").format(place=_val(doc, "marriage_place"),
                                                        date=_val(doc, "marriage_date")))
            for k in (1, 2):
                sec = f"spouse{k}"
                line = w.prose("spouse_line").format(
                    given=_val(doc, "given_names", sec), family=_val(doc, "family_name", sec),
                    dob=_val(doc, "date_of_birth", sec))
                pob = _val(doc, "place_of_birth", sec)
                if pob:
                    line += w.prose("pob_suffix").format(pob)
                if ar.look.era == "ddr":
                    line += "; " + w.prose("ddr_id").format(f"{ar.look.ddr_id}{k}")
                out.append(line + ".")
        case Sterbe():
            out.append(w.prose("death_entry").format(
                given=_val(doc, "given_names"), family=_val(doc, "family_name"),
                dob=_val(doc, "date_of_birth"), pob=_val(doc, "place_of_birth"),
                date=_val(doc, "date_of_death"), place=_val(doc, "place_of_death")))
            residence = _val(doc, "last_residence")
            if residence:
                out.append(w.prose("residence_line").format(residence=residence))
    return out


def _ar_cert_head(ar: _Ar) -> list[Blk]:
    doc, look = ar.doc, ar.look
    rec = ar.record
    assert isinstance(rec, Geburt | Ehe | Sterbe)
    left: list[str] = []
    if look.era == "ddr":
        left.append(look.office)
    office = _field(doc, "registry_office")
    number = _field(doc, "register_number")
    left.append(office.value if office is not None else f"Standesamt {rec.office}")
    if look.era == "ddr":
        left.append(f"{look.kreis}, {look.bezirk}")
    right = f"Nr. {number.value}" if number is not None else ""
    h = len(left) * ar.tsize * 1.5 + 6

    def draw(top: float) -> None:
        y = top - ar.tsize
        for line in left:
            _typed(ar, ar.x0, y, line)
            y -= ar.tsize * 1.5
        ar.pen.c.setFont(look.tface, ar.tsize)
        ar.pen.c.drawRightString(ar.x1, top - ar.tsize, right)

    return [Blk(h, draw, False), _ar_stamp_block(ar, ar.w.word("stamp_copy", (0,))),
            _ar_title(ar, look.mode == "abschrift")]


def _ar_notes(ar: _Ar) -> list[Blk]:
    look, w = ar.look, ar.w
    blocks: list[Blk] = []
    if not look.notes:
        return [_typed_par(ar, w.word("no_notes"), gap=ar.tsize * 0.6)]
    blocks.append(_typed_par(ar, w.prose("randvermerk_head"), gap=ar.tsize * 0.8,
                             breakable=True))
    for k, note in enumerate(look.notes, 1):
        blocks.append(_typed_par(ar, f"{k}. {note.text}", indent=ar.tsize * 1.2))
    return blocks


def _ar_certify(ar: _Ar) -> list[Blk]:
    doc, look, w = ar.doc, ar.look, ar.w
    rec = ar.record
    assert isinstance(rec, Geburt | Ehe | Sterbe)
    book = {"geburtsurkunde": 0, "eheurkunde": 1, "sterbeurkunde": 2}[doc.doc_type]
    clause = w.word("certify").format(ARCHIVE_BOOKS[book])
    issue = _val(doc, "issue_date")
    place = w.word("place_date").format(doc.city, issue)
    clause_blk = _typed_par(ar, clause, gap=ar.tsize, breakable=True)
    size = ar.tsize
    h = size * 8

    def draw(top: float) -> None:
        y = top - size * 1.2
        f = _field(doc, "issue_date")
        if f is not None and f.century:
            x = _typed(ar, ar.x0, y, f"{doc.city}, ")
            _draw_century(ar, f, x, y, size)
        else:
            _typed(ar, ar.x0, y, place)
        cx = ar.x0 + (ar.x1 - ar.x0) * 0.22
        _seal(ar.pen, cx, y - size * 3.6, size * 2.4, 0.5)
        _typed(ar, cx - size * 1.6, y - size * 6.6, ar.w.word("seal"), size * 0.8)
        sx = ar.x0 + (ar.x1 - ar.x0) * 0.55
        _signature(ar.pen, sx + 10, y - size * 2.8, random.Random(look.seed + 1))
        _typed(ar, sx, y - size * 4.2, ar.w.word("registrar"))

    return [clause_blk, Blk(h, draw, False)]


ARCHIVE_BOOKS: Final = ("Geburtenbuch", "Heiratsbuch", "Sterbebuch")


def _ar_blocks(ar: _Ar) -> list[Blk]:
    doc, look = ar.doc, ar.look
    if doc.kind == "form":
        blocks = _ar_form_header(ar)
        n = 0
        for k, sec in enumerate(doc.sections):
            if not sec.items:
                continue
            blocks.append(_ar_head(ar, k, sec.head))
            blocks += _ar_fields(ar, sec.items, n)
            n += len(sec.items)
        return blocks + _ar_form_foot(ar)
    if doc.kind == "id":
        return _ar_id_blocks(ar)
    blocks = _ar_cert_head(ar)
    main = [s for s in doc.sections if s.key != "notes"]
    if look.mode == "abschrift":
        for text in _sentence(ar):
            blocks.append(_typed_par(ar, text, gap=ar.tsize * 0.5))
        extra = [f for s in main for f in s.items if not f.prose and f.value
                 and f.key not in ("registry_office", "register_number", "issue_date")]
        for f in extra:
            blocks.append(_typed_par(ar, f"{f.label}: {f.value}", gap=ar.tsize * 0.2))
        if look.entered is not None:
            text = ar.w.prose("entered").format(archive_date(look.entered, ar.s.date_style))
            doc.distractors.append(text)
            blocks.append(_typed_par(ar, text, gap=ar.tsize * 0.4))
    else:
        n = 0
        for k, sec in enumerate(main):
            items = [f for f in sec.items if f.key != "registry_office"]
            if not items:
                continue
            blocks.append(_ar_head(ar, k, sec.head))
            blocks += _ar_fields(ar, items, n)
            n += len(items)
    blocks += _ar_notes(ar)
    return blocks + _ar_certify(ar)


def _ar_id_blocks(ar: _Ar) -> list[Blk]:
    doc, look, w = ar.doc, ar.look, ar.w
    r = ar.record
    assert isinstance(r, Identity)
    head = look.office

    def draw_head(top: float) -> None:
        _typed(ar, ar.x0, top - ar.tsize, head)

    blocks = [Blk(ar.tsize * 1.8, draw_head, False),
              _ar_stamp_block(ar, w.word("stamp_copy", (1, 2))),
              _ar_title(ar, True)]
    parts = ["page"] if r.mrz_format == "TD3" else ["front", "back"]
    for part in parts:
        bw, bh = _card_size(r, part, 1.0)
        scale = min(1.25, (ar.x1 - ar.x0) * 0.8 / bw, (300 if part == "page" else 190)
                    * ar.scale / bh)
        cw, ch = _card_size(r, part, scale)

        def draw(top: float, part: str = part, scale: float = scale, cw: float = cw) -> None:
            rr = random.Random(look.seed + 3)
            _draw_copy(ar.pen, r, part, ar.x0 + (ar.x1 - ar.x0 - cw) / 2, top - 6, scale,
                       VIZ_STYLES[look.seed % len(VIZ_STYLES)], rr, True)
            ar.pen.c.setFillGray(0)
            ar.pen.c.setStrokeGray(0)

        blocks.append(Blk(ch + 14, draw, True))
    n = 0
    for k, sec in enumerate(doc.sections):
        blocks.append(_ar_head(ar, k, sec.head))
        blocks += _ar_fields(ar, sec.items, n)
        n += len(sec.items)
    blocks.append(_typed_par(ar, w.word("certify_copy"), gap=ar.tsize, breakable=True))
    day = doc.printed or data.REFERENCE_DATE
    place = w.word("place_date").format(doc.city, archive_date(day, ar.s.date_style))
    doc.distractors.append(place)
    size = ar.tsize

    def draw_sign(top: float) -> None:
        y = top - size * 1.3
        _typed(ar, ar.x0, y, place)
        cx = ar.x0 + (ar.x1 - ar.x0) * 0.2
        _seal(ar.pen, cx, y - size * 3.4, size * 2.3, 0.5)
        sx = ar.x0 + (ar.x1 - ar.x0) * 0.55
        _signature(ar.pen, sx + 10, y - size * 2.6, random.Random(look.seed + 2))
        _typed(ar, sx, y - size * 4.0, w.word("clerk"))

    blocks.append(Blk(size * 7.2, draw_sign, False))
    return blocks


def _draw_archive(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                  pages: int) -> None:
    x0 = rng.uniform(50, 68)
    x1 = PAGE_W - rng.uniform(44, 60)
    ar = _Ar(pen, doc, _w(s), s, record, x0, x1)
    top = PAGE_H - rng.uniform(40, 56)
    bottom = rng.uniform(54, 66)

    def build(scale: float) -> list[Blk]:
        ar.scale = scale
        doc.distractors.clear()
        return _ar_blocks(ar)

    rooms = (top - bottom, top - bottom - 22)
    chunks, scale = _paginate(build, pages, rooms, (1.0, 0.94, 0.88, 0.82, 0.76, 0.7))
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    doc.centuries.clear()
    w = _w(s)
    page_fmt = w.word("page")
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        y = top
        if k:
            _put(pen, x0, y - 8, doc.title, doc.arc.tface, 8)
            y -= 22
        for b in chunk:
            b.draw(y)
            y -= b.height
        if count > 1:
            text = page_fmt.format(*[k + 1, count][:page_fmt.count("{}")])
            pen.c.setFont(doc.arc.tface, 8)
            pen.c.drawCentredString((x0 + x1) / 2, bottom - 26, text)
            if k < count - 1:
                pen.c.drawRightString(x1, bottom - 14, w.word("continued"))
        if doc.kind == "form" and doc.arc.printer:
            _put(pen, x0, bottom - 38, doc.arc.printer, doc.faces.regular, 6,
                 doc.arc.ink)


# --- marginal notes ------------------------------------------------------------------------------


def _taken(record: Record) -> set[str]:
    """Every truth value, its words and its printed dates (distractors hit none)."""
    out: set[str] = set()
    for value in truth_fields(record).values():
        for v in value if isinstance(value, list) else [value]:
            out.add(v)
            out.update(v.replace(",", " ").split())
            if len(v) == 10 and v[4] == "-" and v[7] == "-":
                out |= printed_dates(date.fromisoformat(v))
    if isinstance(record, Identity):
        out.update(record.lines)
    return out


def truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"}


def _other_day(record: Record, lo: date, hi: date, rng: random.Random) -> date:
    """A day from ``lo`` to ``hi`` (``lo`` when the span is empty) that is none of the truth's
    dates (past ``hi`` only when every day of the span is one)."""
    taken = truth_days(record)
    span = max(0, (hi - lo).days)
    free = [lo + timedelta(days=k) for k in range(span + 1)
            if lo + timedelta(days=k) not in taken]
    if free:
        return free[rng.randrange(len(free))]
    day = hi + timedelta(days=1)
    while day in taken:
        day += timedelta(days=1)
    return day


def _other_family(rng: random.Random, taken: set[str]) -> str:
    names = [n for n in pools.NAMES["DEU"][0] if " " not in n and n not in taken]
    return rng.choice(names)


def _other_given(rng: random.Random, taken: set[str], sex: str) -> str:
    _, women, men = pools.NAMES["DEU"]
    pool = [n for n in (women if sex == "F" else men) if " " not in n and n not in taken]
    return rng.choice(pool)


def _arc_notes(doc: Doc, record: Record, s: Style, rng: random.Random) -> None:
    """Marginal notes for an archive register entry: one that replaces a value (the entry then
    shows the superseded value, the note the truth's) and one that records a later event."""
    if not isinstance(record, Geburt | Ehe | Sterbe):
        return
    w = _w(s)
    taken = _taken(record)
    look = doc.arc
    event = {Geburt: lambda r: r.child.dob, Ehe: lambda r: r.marriage_date,
             Sterbe: lambda r: r.date_of_death}[type(record)](record)
    issue = record.issue
    style = s.date_style

    def day_text(d: date) -> str:
        return archive_date(d, style)

    def replace_value(key: str, old: str, new: str, kind: str, which: str = "",
                      sec: str | None = None) -> None:
        f = _field(doc, key, sec)
        assert f is not None
        name = f.name
        gap = (issue - event).days
        day = _other_day(record, event + timedelta(days=max(1, min(30, gap // 3))),
                         issue - timedelta(days=max(1, min(20, gap // 3))), rng)
        text = w.prose(kind).format(day=day_text(day), new=new, which=which)
        f.value, f.name = old, ""
        note_f = Fld(key, new, name, prose=True)
        doc.sections.append(Sec("notes", w.prose("randvermerk_head"), [note_f]))
        look.notes.append(Note(kind.removeprefix("rv_"), text, day, name, old, new))
        doc.furniture.append(day)

    if rng.random() < 0.6 and (issue - event).days >= 4:
        match record:
            case Geburt():
                options = ["rv_family", "rv_given"] + (["rv_father"] if record.father else [])
                kind = rng.choice(options)
                if kind == "rv_family":
                    replace_value("family_name", _other_family(rng, taken),
                                  truth_fields(record)["family_name"].__str__(), kind)
                elif kind == "rv_given":
                    replace_value("given_names", _other_given(rng, taken, record.child.sex),
                                  str(truth_fields(record)["given_names"]), kind)
                else:
                    f = _field(doc, "father_name")
                    if f is None:
                        doc.sections[-1].items.append(Fld("father_name", "", "father_name"))
                    replace_value("father_name", "", str(record.father), kind)
            case Ehe():
                k = rng.choice((1, 2))
                p = record.spouse1 if k == 1 else record.spouse2
                replace_value("given_names", _other_given(rng, taken, p.sex),
                              " ".join(p.given.split()), "rv_spouse_given",
                              "ersten" if k == 1 else "zweiten", f"spouse{k}")
            case Sterbe():
                wrong = record.date_of_death - timedelta(days=rng.choice((1, 2, 3)))
                while wrong in truth_days(record):
                    wrong -= timedelta(days=1)
                f = _field(doc, "date_of_death")
                assert f is not None
                new = f.value
                old = archive_date(wrong, style) if not f.century else f.value
                f.day = wrong
                replace_value("date_of_death", old, new, "rv_death_date")
    if rng.random() < 0.45:
        town = rng.choice(OTHER_TOWNS)
        match record:
            case Geburt() if record.child.dob < data.REFERENCE_DATE - timedelta(days=365 * 20):
                lo = data.shift_years(record.child.dob, 19)
                day = _other_day(record, lo, min(issue, lo + timedelta(days=3000)), rng)
                register = f"E {rng.randint(1, 999)}/{day.year}"
                text = w.prose("rv_marriage_of_child").format(day=day_text(day), office=town,
                                                              register=register)
                look.notes.append(Note("marriage_of_child", text, day))
                doc.furniture.append(day)
            case Ehe() if record.marriage_date < data.REFERENCE_DATE - timedelta(days=800):
                day = _other_day(record, record.marriage_date + timedelta(days=400),
                                 data.REFERENCE_DATE - timedelta(days=200), rng)
                text = w.prose("rv_divorce").format(day=day_text(day), office=town)
                look.notes.append(Note("divorce", text, day))
                doc.furniture.append(day)
            case Sterbe() if (issue - record.date_of_death).days >= 5:
                day = _other_day(record, record.date_of_death + timedelta(days=3),
                                 min(record.date_of_death + timedelta(days=12),
                                     issue - timedelta(days=1)), rng)
                text = w.prose("rv_burial").format(day=day_text(day), office=record.office)
                look.notes.append(Note("burial", text, day))
                doc.furniture.append(day)
    look.notes.sort(key=lambda n: n.day)


def _arc_look(doc: Doc, s: Style, rng: random.Random, record: Record) -> ArcLook:
    look = ArcLook()
    w = _w(s)
    look.era = "ddr" if ddr_entry(record) else "west"
    w.family((1,) if look.era == "ddr" else rng.choice(((0, 2), (2, 0))))
    if doc.kind == "form":
        look.mode = "form"
        look.century = rng.random() < 0.7
    elif doc.kind == "cert":
        look.mode = rng.choice(("abschrift", "abschrift", "formblatt"))
        look.century = look.mode == "formblatt" and rng.random() < 0.8
    else:
        look.mode = "copy"
    look.arrange = rng.choice(("lines", "lines", "stacked"))
    look.ink = rng.choice(PRINT_INKS)
    look.stamp_ink = rng.choice(STAMP_INKS)
    name, fallback = MONO9[rng.randrange(len(MONO9))]
    look.tface = _reg(name, fallback)
    look.tsize = rng.uniform(9.2, 10.4)
    look.lsize = rng.uniform(7.0, 8.0)
    look.leader = rng.choice(("dots", "rule", "under"))
    year = rng.randint(1961, 1989 if look.era == "ddr" else 1994)
    form = w.word("form_no")
    look.form_no = form.format(f"{rng.randint(1, 99)}{rng.choice(('', 'a', 'b'))}", year)
    printer = w.word("printer", (1,) if look.era == "ddr" else (0, 2))
    look.printer = printer.format(doc.city)
    if look.era == "ddr":
        look.office = w.word("ddr_office", (1,) if doc.kind == "form" else (0, 2)).format(
            doc.city)
        bezirk = DDR_TOWNS.get(doc.city, doc.city)
        look.bezirk = w.word("bezirk").format(bezirk)
        look.kreis = w.word("kreis").format(doc.city)
        look.ddr_id = f"{rng.choice('ABCDE')} {rng.randint(100000, 999999)}"
    else:
        key = {"antrag_zulassung": "west_office_car",
               "aufenthaltstitel_antrag": "west_office_alien"}.get(doc.doc_type, "west_office")
        look.office = w.word(key).format(doc.city)
    look.seed = rng.randrange(10**6)
    look.spaced_title = rng.random() < 0.6
    return look


# --- whole documents -----------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "alpine" if w.alpine else "archive"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    city = _city(record)
    if w.alpine:
        faces = _set4(SANS9[rng.randrange(len(SANS9))] if rng.random() < 0.7
                      else SERIF9[rng.randrange(len(SERIF9))])
    else:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if rng.random() < 0.6
                      else SANS9[rng.randrange(len(SANS9))])
    doc = Doc(doc_type, layout, kind, "", city, [], faces, faces.regular)
    if w.alpine:
        doc.alp = _alp_look(doc, s, rng, record)
        issuer = doc.alp.issuer
        w.family(ISSUER_FAMILIES[kind][issuer])
        doc.title = w.title(doc_type, ISSUER_TITLES[kind][issuer])
        vf = rng.random()
        mono = MONO9[rng.randrange(len(MONO9))]
        doc.vface = faces.regular if vf < 0.45 else faces.bold if vf < 0.75 else \
            _reg(*mono)
        doc.alp.received = _furniture_day(record, rng)
        doc.furniture.append(doc.alp.received)
    else:
        doc.arc = _arc_look(doc, s, rng, record)
        doc.vface = doc.arc.tface
        ddr = doc.arc.era == "ddr"
        doc.title = w.title(doc_type, (1,) if ddr else (0, 2))
    _content(record, s, rng, doc)
    for f in fields(doc):
        f.label = w(f.key)
        if w.alpine and doc.alp.lang:
            f.second = w.second(f.key, doc.alp.lang)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    if not w.alpine:
        doc.arc.received = _furniture_day(record, rng)
        doc.furniture.append(doc.arc.received)
        if isinstance(record, Geburt | Ehe | Sterbe):
            event = {Geburt: lambda r: r.child.dob, Ehe: lambda r: r.marriage_date,
                     Sterbe: lambda r: r.date_of_death}[type(record)](record)
            if rng.random() < 0.7 and (record.issue - event).days >= 3:
                doc.arc.entered = _other_day(record, event + timedelta(days=1),
                                             min(record.issue - timedelta(days=1),
                                                 event + timedelta(days=9)), rng)
                doc.furniture.append(doc.arc.entered)
            _arc_notes(doc, record, s, rng)
            if doc.arc.mode == "abschrift":
                _mark_prose(doc, record)
            for f in fields(doc):  # the head and the certification say these without a label
                if f.key == "registry_office" or (doc.arc.mode == "abschrift" and f.key in (
                        "register_number", "issue_date")):
                    f.prose = True
    return doc


#: the fields an old register entry says in its sentences (the rest follow as typed lines)
PROSE_KEYS: Final[dict[str, frozenset[str]]] = {
    "geburtsurkunde": frozenset({"family_name", "given_names", "sex", "date_of_birth",
                                 "place_of_birth", "mother_name", "father_name"}),
    "eheurkunde": frozenset({"family_name", "given_names", "date_of_birth", "place_of_birth",
                             "marriage_date", "marriage_place"}),
    "sterbeurkunde": frozenset({"family_name", "given_names", "date_of_birth", "place_of_birth",
                                "date_of_death", "place_of_death", "last_residence"}),
}


def _mark_prose(doc: Doc, record: Geburt | Ehe | Sterbe) -> None:
    """Mark the fields the entry's sentences print (a girl's or a boy's sex as the sentence
    says it)."""
    for f in fields(doc):
        if f.key in PROSE_KEYS[doc.doc_type]:
            f.prose = True
            if f.key == "sex" and isinstance(record, Geburt) and record.child.sex in SEX_GENITIVE:
                f.value = SEX_GENITIVE[record.child.sex]


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            auth = record.authority
            for town in (t[0] for rows in ALPINE_TOWNS.values() for t in rows):
                if town in auth or _italian(town) in auth:
                    return town
            return auth.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


def _furniture_day(record: Record, rng: random.Random) -> date:
    """A recent day (signature, print, receipt) that is none of the truth's dates."""
    day = _other_day(record, data.REFERENCE_DATE - timedelta(days=rng.randint(3, 40)),
                     data.REFERENCE_DATE - timedelta(days=1), rng)
    return min(day, data.REFERENCE_DATE - timedelta(days=1))


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    if doc.layout == "alpine":
        _draw_alpine(pen, record, s, rng, doc, pages)
    else:
        _draw_archive(pen, record, s, rng, doc, pages)
    return doc


def draw_extra33(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Fld", "Note", "build_doc", "draw_doc", "draw_extra33",
           "fields", "issuer_of", "localise"]
