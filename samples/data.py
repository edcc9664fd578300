"""Random but plausible content for every document type, with its ground truth.

Every generator takes a ``random.Random`` and returns a typed record; ``truth_fields`` turns a
record into the catalog's normalised field values.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final, TypeVar

from stdnum import iban as stdnum_iban

from samples import mrz, pools

# Fixed "today" so that a seed always yields the same documents.
REFERENCE_DATE: Final = date(2026, 11, 2)

VIN_ALPHABET: Final = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
EVB_ALPHABET: Final = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
PLATE_LETTERS: Final = "ABCDEFGHJKLMNPRSTUVWXYZ"
GERMAN_BIRTH_TOWNS: Final = (
    "Castrop-Rauxel", "Recklinghausen", "Bottrop", "Hagen", "Iserlohn", "Gladbeck",
    "Oberhausen", "Duisburg", "Bielefeld", "Paderborn", "Siegen", "Remscheid",
)
PURPOSES: Final = ("study", "employment", "family", "humanitarian", "other")


@dataclass(frozen=True, slots=True)
class Address:
    street: str
    number: str
    postal_code: str
    city: str

    @property
    def street_line(self) -> str:
        return f"{self.street} {self.number}"

    @property
    def city_line(self) -> str:
        return f"{self.postal_code} {self.city}"

    @property
    def line(self) -> str:
        return f"{self.street_line}, {self.city_line}"


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    family: str
    sex: str
    nationality: str
    dob: date
    pob: str
    birth_name: str | None = None

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@dataclass(frozen=True, slots=True)
class Anmeldung:
    person: Person
    move_in: date
    address: Address
    previous: str | None
    dwelling: str | None
    signed: date
    marital: str
    phone: str | None


@dataclass(frozen=True, slots=True)
class Wohnungsgeber:
    landlord_name: str
    landlord_is_owner: bool
    landlord_address: Address
    move_in: date
    address: Address
    tenants: tuple[str, ...]
    signed: date


@dataclass(frozen=True, slots=True)
class Geburt:
    child: Person
    mother: str
    father: str | None
    office: str
    register: str
    issue: date
    birth_time: str


@dataclass(frozen=True, slots=True)
class Ehe:
    spouse1: Person
    spouse2: Person
    marriage_date: date
    marriage_place: str
    office: str
    register: str
    issue: date


@dataclass(frozen=True, slots=True)
class Sterbe:
    person: Person
    date_of_death: date
    place_of_death: str
    office: str
    register: str
    issue: date
    last_residence: str


@dataclass(frozen=True, slots=True)
class Zulassung:
    holder: Person
    address: Address
    vin: str
    make: str
    model: str
    evb: str
    plate: str | None
    iban: str
    bank: str
    bic: str
    account_holder: str
    signed: date


@dataclass(frozen=True, slots=True)
class Aufenthalt:
    person: Person
    passport_number: str
    passport_expiry: date
    entry: date
    purpose: str
    address: Address
    signed: date


@dataclass(frozen=True, slots=True)
class Identity:
    mrz_format: str
    person: Person
    issuing_state: str
    document_code: str
    document_number: str
    expiry: date
    issue: date
    authority: str
    lines: tuple[str, ...] = field(default=())


Record = Anmeldung | Wohnungsgeber | Geburt | Ehe | Sterbe | Zulassung | Aufenthalt | Identity


# --- small helpers -------------------------------------------------------------------------

T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def shift_years(d: date, years: int) -> date:
    """``d`` moved by whole years (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def years_ago(years: int) -> date:
    return shift_years(REFERENCE_DATE, -years)


def random_sex(rng: random.Random, rare: bool = True) -> str:
    roll = rng.random()
    if rare and roll < 0.03:
        return "D"
    if rare and roll < 0.06:
        return "X"
    return "F" if roll < 0.53 else "M"


def given_names(rng: random.Random, group: str, sex: str) -> str:
    _, female, male = pools.NAMES[group]
    pool = female if sex == "F" else male if sex == "M" else pick(rng, (female, male))
    first = pick(rng, pool)
    if group in ("DEU", "POL", "SOUTH") and " " not in first and chance(rng, 0.25):
        second = pick(rng, pool)
        if second != first and " " not in second:
            return f"{first} {second}"
    return first


def family_name(rng: random.Random, group: str, particles: bool) -> str:
    """A family name; without ``particles`` it is one word (prose layouts need that)."""
    if particles and group == "DEU" and chance(rng, 0.08):
        return pick(rng, pools.PARTICLE_FAMILY_NAMES)
    names = pools.NAMES[group][0]
    return pick(rng, names if particles else tuple(n for n in names if " " not in n))


def birth_place(rng: random.Random, nationality: str, german_born: float = 0.12) -> str:
    if nationality == "DEU" or chance(rng, german_born):
        return pick(rng, (*pools.CITIES, *GERMAN_BIRTH_TOWNS))
    return pick(rng, pools.FOREIGN_PLACES[nationality])


def person(
    rng: random.Random,
    nationality: str,
    *,
    born: tuple[date, date] = (date(1946, 1, 1), date(2007, 12, 31)),
    sex: str | None = None,
    particles: bool = True,
    family: str | None = None,
) -> Person:
    group = pools.NAME_GROUP[nationality]
    sex = sex or random_sex(rng)
    return Person(
        given=given_names(rng, group, sex),
        family=family or family_name(rng, group, particles),
        sex=sex,
        nationality=nationality,
        dob=day_between(rng, *born),
        pob=birth_place(rng, nationality),
    )


def address(rng: random.Random, city: str | None = None) -> Address:
    """An address; without ``city`` mostly in the Ruhr, sometimes anywhere in Germany."""
    if city is None:
        city = pick(rng, pools.HOME_CITIES if chance(rng, 0.85) else tuple(pools.CITIES))
    number = str(rng.randint(1, 180))
    if chance(rng, 0.15):
        number += pick(rng, ("a", "b", "c"))
    return Address(pick(rng, pools.STREETS), number, pick(rng, pools.CITIES[city][0]), city)


def register_number(rng: random.Random, letter: str, year: int) -> str:
    return f"{letter} {rng.randint(1, 2999)}/{year}"


def german_nationality(rng: random.Random, p_german: float) -> str:
    if chance(rng, p_german):
        return "DEU"
    return pick(rng, (*pools.EU_FOREIGN, *pools.THIRD_COUNTRY))


def issue_date(rng: random.Random, event: date) -> date:
    """A certificate's issue date: within the last 300 days, after the event it records."""
    start = max(REFERENCE_DATE - timedelta(days=300), event + timedelta(days=1))
    return day_between(rng, start, REFERENCE_DATE)


def iban(rng: random.Random) -> tuple[str, str, str]:
    """(IBAN, bank name, BIC); mostly German, sometimes Austrian or Dutch."""
    roll = rng.random()
    if roll < 0.1:
        bban = f"{rng.randint(10000, 99999)}{rng.randint(0, 10**11 - 1):011d}"
        country, bank, bic = "AT", "Erste Bank", "GIBAATWWXXX"
    elif roll < 0.18:
        bban = f"INGB{rng.randint(0, 10**10 - 1):010d}"
        country, bank, bic = "NL", "ING Bank", "INGBNL2AXXX"
    else:
        code, bank, bic = pick(rng, pools.BANKS)
        bban = f"{code}{rng.randint(10**6, 10**10 - 1):010d}"
        country = "DE"
    digits = stdnum_iban.calc_check_digits(f"{country}00{bban}")
    value = f"{country}{digits}{bban}"
    stdnum_iban.validate(value)
    return value, bank, bic


def vin(rng: random.Random) -> tuple[str, str, str]:
    """(VIN, make, model)."""
    wmi, make = pick(rng, pools.VIN_MAKERS)
    body = "".join(pick(rng, VIN_ALPHABET) for _ in range(8))
    serial = f"{rng.randint(0, 999999):06d}"
    return wmi + body + serial, make, pick(rng, pools.VEHICLE_MODELS[make])


def plate(rng: random.Random, city: str) -> str:
    area = pools.CITIES[city][1]
    letters = "".join(pick(rng, PLATE_LETTERS) for _ in range(rng.randint(1, 2)))
    max_digits = min(4, 8 - len(area) - len(letters))
    digits = str(rng.randint(1, 10 ** rng.randint(1, max_digits) - 1))
    return f"{area}-{letters} {digits}"


def evb(rng: random.Random) -> str:
    return "".join(pick(rng, EVB_ALPHABET) for _ in range(7))


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(151, 179)} {rng.randint(1000000, 99999999)}"


# --- one generator per type ----------------------------------------------------------------

def make_anmeldung(rng: random.Random, particles: bool) -> Anmeldung:
    nat = german_nationality(rng, 0.6)
    p = person(rng, nat, particles=particles)
    if chance(rng, 0.3):
        group = pools.NAME_GROUP[nat]
        p = Person(p.given, p.family, p.sex, p.nationality, p.dob, p.pob,
                   birth_name=family_name(rng, group, particles=False))
    move_in = day_between(rng, REFERENCE_DATE - timedelta(days=40), REFERENCE_DATE)
    previous: str | None = None
    if chance(rng, 0.6):
        if nat != "DEU" and chance(rng, 0.3):
            previous = f"{pick(rng, pools.FOREIGN_PLACES[nat])}, {pools.NATIONALITIES[nat][1]}"
        else:
            previous = address(rng, pick(rng, tuple(pools.CITIES))).line
    return Anmeldung(
        person=p,
        move_in=move_in,
        address=address(rng),
        previous=previous,
        dwelling=pick(rng, ("main", "main", "main", "secondary", None)),
        signed=min(move_in + timedelta(days=rng.randint(0, 13)), REFERENCE_DATE),
        marital=pick(rng, ("ledig", "verheiratet", "geschieden", "verwitwet")),
        phone=phone(rng) if chance(rng, 0.5) else None,
    )


def make_wohnungsgeber(rng: random.Random, particles: bool) -> Wohnungsgeber:
    company = chance(rng, 0.45)
    if company:
        landlord = pick(rng, pools.LANDLORD_COMPANIES)
    else:
        landlord = person(rng, german_nationality(rng, 0.8), particles=particles).full
    home = address(rng)
    nat = german_nationality(rng, 0.6)
    family = family_name(rng, pools.NAME_GROUP[nat], particles) if chance(rng, 0.5) else None
    tenants: list[str] = []
    wanted = pick(rng, (1, 1, 2, 2, 3))
    while len(tenants) < wanted:
        name = person(rng, nat, particles=particles, family=family).full
        if name not in tenants:
            tenants.append(name)
    move_in = day_between(rng, REFERENCE_DATE - timedelta(days=40), REFERENCE_DATE)
    return Wohnungsgeber(
        landlord_name=landlord,
        landlord_is_owner=not company and chance(rng, 0.7),
        landlord_address=address(rng, pick(rng, tuple(pools.CITIES))),
        move_in=move_in,
        address=home,
        tenants=tuple(tenants),
        signed=min(move_in + timedelta(days=rng.randint(-10, 10)), REFERENCE_DATE),
    )


def make_geburt(rng: random.Random, particles: bool) -> Geburt:
    office = pick(rng, pools.HOME_CITIES)
    born = (date(1950, 1, 1), REFERENCE_DATE - timedelta(days=20))
    if chance(rng, 0.5):
        born = (REFERENCE_DATE - timedelta(days=700), born[1])
    nat = german_nationality(rng, 0.75)
    child = person(rng, nat, born=born, particles=particles)
    child = Person(child.given, child.family, child.sex, nat, child.dob, office)
    group = pools.NAME_GROUP[nat]
    mother = f"{given_names(rng, group, 'F')} {child.family}"
    if chance(rng, 0.3):
        mother = f"{given_names(rng, group, 'F')} {family_name(rng, group, particles)}"
    father = f"{given_names(rng, group, 'M')} {child.family}" if chance(rng, 0.75) else None
    return Geburt(
        child=child, mother=mother, father=father, office=office,
        register=register_number(rng, "G", child.dob.year), issue=issue_date(rng, child.dob),
        birth_time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    )


def make_ehe(rng: random.Random, particles: bool) -> Ehe:
    place = pick(rng, pools.HOME_CITIES)
    marriage = day_between(rng, date(1975, 1, 1), REFERENCE_DATE - timedelta(days=7))
    born = (shift_years(marriage, -60), shift_years(marriage, -18))
    sexes = pick(rng, (("F", "M"), ("M", "F"), ("F", "M"), ("F", "F"), ("M", "M")))
    s1 = person(rng, german_nationality(rng, 0.7), born=born, sex=sexes[0], particles=particles)
    s2 = person(rng, german_nationality(rng, 0.7), born=born, sex=sexes[1], particles=particles)
    return Ehe(
        spouse1=s1, spouse2=s2, marriage_date=marriage, marriage_place=place, office=place,
        register=register_number(rng, "E", marriage.year),
        issue=issue_date(rng, marriage),
    )


def make_sterbe(rng: random.Random, particles: bool) -> Sterbe:
    office = pick(rng, pools.HOME_CITIES)
    death = day_between(rng, REFERENCE_DATE - timedelta(days=400), REFERENCE_DATE - timedelta(3))
    p = person(rng, german_nationality(rng, 0.8),
               born=(date(1925, 1, 1), date(1990, 12, 31)), particles=particles)
    issue = day_between(rng, death + timedelta(days=1), REFERENCE_DATE)
    return Sterbe(
        person=p, date_of_death=death, place_of_death=office, office=office,
        register=register_number(rng, "S", death.year), issue=issue,
        last_residence=address(rng).line,
    )


def make_zulassung(rng: random.Random, particles: bool) -> Zulassung:
    holder = person(rng, german_nationality(rng, 0.75),
                    born=(date(1946, 1, 1), years_ago(18)), particles=particles)
    home = address(rng)
    number, bank, bic = iban(rng)
    vin_value, make, model = vin(rng)
    account_holder = holder.full
    if chance(rng, 0.2):
        account_holder = person(rng, "DEU", particles=particles, family=holder.family).full
    return Zulassung(
        holder=holder, address=home, vin=vin_value, make=make, model=model, evb=evb(rng),
        plate=plate(rng, home.city) if chance(rng, 0.6) else None,
        iban=number, bank=bank, bic=bic, account_holder=account_holder,
        signed=day_between(rng, REFERENCE_DATE - timedelta(days=20), REFERENCE_DATE),
    )


def passport_number(rng: random.Random, nationality: str) -> str:
    if nationality == "DEU":
        return "C" + "".join(pick(rng, "CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if nationality in ("TUR", "SYR", "IRN", "EGY"):
        return pick(rng, "UNSPA") + f"{rng.randint(0, 10**8 - 1):08d}"
    if nationality in ("UKR", "POL", "RUS"):
        return pick(rng, ("FA", "FB", "EK", "EA")) + f"{rng.randint(0, 10**6 - 1):06d}"
    letters = "".join(pick(rng, PLATE_LETTERS) for _ in range(rng.randint(1, 2)))
    return letters + f"{rng.randint(0, 10**7 - 1):07d}"


def make_aufenthalt(rng: random.Random, particles: bool) -> Aufenthalt:
    nat = pick(rng, pools.THIRD_COUNTRY)
    p = person(rng, nat, born=(date(1960, 1, 1), years_ago(17)), particles=particles)
    p = Person(p.given, p.family, p.sex, nat, p.dob, birth_place(rng, nat, 0.0))
    entry = day_between(rng, REFERENCE_DATE - timedelta(days=700), REFERENCE_DATE)
    return Aufenthalt(
        person=p, passport_number=passport_number(rng, nat),
        passport_expiry=day_between(rng, REFERENCE_DATE + timedelta(days=90),
                                    REFERENCE_DATE + timedelta(days=3600)),
        entry=entry, purpose=pick(rng, PURPOSES), address=address(rng),
        signed=day_between(rng, entry, REFERENCE_DATE),
    )


def id_card_number(rng: random.Random, nationality: str) -> str:
    if nationality == "DEU":
        return pick(rng, "LMNT") + "".join(pick(rng, "CFGHJKLMNPRTVWXYZ0123456789")
                                          for _ in range(8))
    return "".join(pick(rng, PLATE_LETTERS) for _ in range(3)) + f"{rng.randint(0, 999999):06d}"


def make_identity(rng: random.Random, particles: bool) -> Identity:
    nat = pick(rng, ("DEU", "DEU", "DEU", "TUR", "POL", "SYR", "UKR", "ITA", "IND", "USA"))
    card = nat in ("DEU", "POL", "ITA") and chance(rng, 0.5)
    fmt = "TD1" if card else "TD3"
    width = 30 if card else 39
    while True:
        p = person(rng, nat, born=(date(1950, 1, 1), years_ago(16)), sex=random_sex(rng, False),
                   particles=particles)
        if mrz.name_fits(p.family, p.given, width):
            break
    issue = day_between(rng, REFERENCE_DATE - timedelta(days=3000), REFERENCE_DATE)
    validity = 10 if issue.year - p.dob.year >= 24 else 6
    expiry = shift_years(issue, validity) - timedelta(days=1)
    if expiry <= REFERENCE_DATE:
        expiry = shift_years(expiry, validity)
    number = id_card_number(rng, nat) if card else passport_number(rng, nat)
    code = ("ID" if nat == "DEU" else "I") if card else "P"
    state = mrz.ICAO_CODE.get(nat, nat)
    sex = "<" if (card and nat == "DEU") else p.sex
    optional = ""
    if not card and nat == "TUR":
        optional = f"{rng.randint(10**10, 10**11 - 1)}"
    data = mrz.MrzData(code, state, p.family, p.given, number, state, p.dob, sex, expiry,
                       optional)
    lines = mrz.td1(data) if card else mrz.td3(data)
    authority = "Stadt " + pick(rng, pools.HOME_CITIES) if nat == "DEU" else ""
    return Identity(fmt, p, nat, code, number, expiry, issue, authority, lines)


GENERATORS: Final[dict[str, Callable[[random.Random, bool], Record]]] = {
    "anmeldung": make_anmeldung,
    "wohnungsgeberbestaetigung": make_wohnungsgeber,
    "geburtsurkunde": make_geburt,
    "eheurkunde": make_ehe,
    "sterbeurkunde": make_sterbe,
    "antrag_zulassung": make_zulassung,
    "aufenthaltstitel_antrag": make_aufenthalt,
    "identity_document": make_identity,
}


def make_record(doc_type: str, rng: random.Random, particles: bool = True) -> Record:
    """A random record of ``doc_type``; ``particles`` allows names like "von der Heide"."""
    return GENERATORS[doc_type](rng, particles)
