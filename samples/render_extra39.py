"""The thirty-ninth extra pair of blind held-out layouts: ``wrapped`` and ``split``.

``wrapped`` prints a form or certificate in narrow columns or narrow cells, so that labels and
values wrap over two or three lines: two or three newspaper-like columns of fields (the label
above its value, or run in before it), two or three ruled label/value tables side by side, or a
grid of narrow table cells whose caption and value wrap inside the cell. Labels are hyphenated
at line ends ("Geburts-" / "datum", "Staatsange-" / "hörigkeit"); a value continues on the next
line under its column and breaks only at its spaces and after its own hyphens
("Hans-Böckler-" / "Straße"). The records are lengthened first (``adapt``, from a stream of
their own): double-barrelled family names, several given names, long street names, long
places ("Mülheim an der Ruhr", "Brandenburg an der Havel"), long company names. The truth is
each value whole, as the catalog formats it.

``split`` enters one catalog field in several sub-cells with tiny captions that a reader has to
join: a date as day, month and year cells (numbers, the month's name, or a box per digit), an
address as street, house number, suffix, postal code and place, a full name as family name and
given names (in either order) where the catalog wants one value, an IBAN in groups of four or as
country, check digits, bank code and account, a vehicle identification number in 17 boxes or as
its three sections, a number plate as area, letters and digits, a register number as its kind,
number and year. The captions stand above, below or inside the cells and their wording varies.
The truth is the catalog's value recomposed from the parts.

Identity documents come as a data sheet in the pair's manner with the document's copy (its
machine-readable zone unchanged) below, beside or on the second page.

Both draw straight from the record with the wording of ``samples.wording_extra39``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

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
from samples.pen import PAGE_H, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy
from samples.render_extra9 import MONO9, SANS9, SERIF9, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra39 import (
    DWELLING39,
    DWELLING_ORDER39,
    OWNER39,
    PURPOSE39,
    PURPOSE_ORDER39,
    SEX_ORDER39,
    SEX_WORD39,
    Extra39Wording,
    clean,
    date39,
    date_parts,
    nationality_text,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
#: how a wrapped document is laid out
WRAP_MODES: Final = ("columns", "ledger", "grid")
#: how a split document is laid out
SPLIT_MODES: Final = ("rows", "blocks", "inside")
#: where a split document's sub-cell captions stand, per mode
CAPTION_PLACES: Final[dict[str, tuple[str, ...]]] = {
    "rows": ("above", "below"), "blocks": ("below", "inside", "above"), "inside": ("inside",)}

Block = Callable[[Pen, float, float], float]
Item = Callable[[Pen, float, float, float, float], float]  # (pen, x, y, width, size) -> height

# --- longer records (wrapped) and house-number suffixes (split) ---------------------------------

LONG_STREETS: Final = (
    "Hans-Böckler-Straße", "Konrad-Adenauer-Allee", "Bürgermeister-Smidt-Straße",
    "Kardinal-von-Galen-Ring", "Carl-von-Ossietzky-Straße", "Dietrich-Bonhoeffer-Weg",
    "Friedrich-Wilhelm-Straße", "Graf-Engelbert-Straße", "An der Alten Zeche Hannibal",
    "Am Oberen Mühlenteich", "Sankt-Antonius-Kirchplatz", "Dechant-Wiedemeyer-Straße",
    "Zeche-Ewald-Straße", "Von-der-Recke-Straße", "Erich-Ollenhauer-Straße",
    "Marie-Juchacz-Straße", "Unterer Schloßgartenweg", "Heinrich-von-Kleist-Straße",
)
#: long municipality names: (postal codes, plate area)
LONG_CITIES: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "Castrop-Rauxel": (("44575", "44577", "44579", "44581"), "RE"),
    "Recklinghausen": (("45657", "45659", "45661", "45663", "45665"), "RE"),
    "Oer-Erkenschwick": (("45739",), "RE"),
    "Mülheim an der Ruhr": pools.CITIES["Mülheim an der Ruhr"],
    "Bergisch Gladbach": (("51465", "51467", "51469"), "GL"),
    "Neukirchen-Vluyn": (("47506",), "WES"),
    "Rheda-Wiedenbrück": (("33378",), "GT"),
    "Villingen-Schwenningen": (("78048", "78050", "78052", "78054", "78056"), "VS"),
    "Garmisch-Partenkirchen": (("82467",), "GAP"),
    "Ludwigshafen am Rhein": (("67059", "67061", "67063", "67065"), "LU"),
    "Brandenburg an der Havel": (("14770", "14772", "14774", "14776"), "BRB"),
    "Freiburg im Breisgau": (("79098", "79100", "79102", "79104"), "FR"),
    "Bad Neuenahr-Ahrweiler": (("53474",), "AW"),
    "Schwäbisch Gmünd": (("73525", "73527", "73529"), "AA"),
    "Frankfurt am Main-Höchst": (("65929",), "F"),
    "Königs Wusterhausen": (("15711",), "LDS"),
    "Frankfurt am Main": pools.CITIES["Frankfurt am Main"],
    "Halle (Saale)": pools.CITIES["Halle (Saale)"],
}
#: registry offices with long names (in the service's region)
LONG_OFFICES: Final = ("Mülheim an der Ruhr", "Castrop-Rauxel", "Recklinghausen",
                       "Oer-Erkenschwick", "Gelsenkirchen", "Neukirchen-Vluyn")
LONG_COMPANIES: Final = (
    "Wohnungsbaugenossenschaft Rhein-Ruhr-Emscher eG",
    "Gemeinnützige Wohnungsbaugesellschaft Castrop-Rauxel mbH",
    "Immobilienverwaltung Brüggemann-Overbeck GmbH & Co. KG",
    "Evangelische Kirchengemeinde Bochum-Langendreer",
    "Allbau Wohnungsgesellschaft Mülheim-Saarn GmbH",
    "Hausverwaltung Schulze-Höing & Partner GbR",
)
LONG_GIVEN_DEU: Final[dict[str, tuple[str, ...]]] = {
    "F": ("Anna-Katharina", "Marie-Theres", "Eva-Maria", "Ann-Kathrin", "Hannelore Elisabeth",
          "Marie-Luise Henriette", "Katharina Johanna Sophie"),
    "M": ("Hans-Joachim", "Karl-Friedrich", "Franz-Josef", "Klaus-Dieter", "Heinz-Wilhelm",
          "Friedrich Wilhelm Maximilian", "Jan-Hendrik Konstantin"),
}
#: name groups whose second given name is written after a space
_TWO_GIVEN: Final = ("DEU", "POL", "SOUTH", "TUR", "SYR", "UKR", "ARA", "PER", "NGA", "USA",
                     "BRA", "IND")
_ADDRESS_LINE: Final = re.compile(r"^(.+) (\d+)([a-z]?), (\d{5}) (.+)$")


def adapt(record: Record, layout: str, rng: random.Random) -> Record:
    """The record as a document of ``layout`` holds it: for ``wrapped`` longer names, streets,
    places and companies; for ``split`` house numbers with a letter suffix more often. The
    truth is taken from what this returns."""
    if layout == "wrapped":
        return _Longer(rng).record(record)
    return _suffixed(record, rng)


def _suffixed(record: Record, rng: random.Random) -> Record:
    def more(a: Address) -> Address:
        if a.number.isdigit() and rng.random() < 0.4:
            return replace(a, number=a.number + rng.choice("abcd"))
        return a

    match record:
        case Anmeldung() | Zulassung() | Aufenthalt():
            return replace(record, address=more(record.address))
        case Wohnungsgeber():
            return replace(record, address=more(record.address),
                           landlord_address=more(record.landlord_address))
    return record


class _Longer:
    """Lengthens a record's names, streets, places and companies."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def family(self, family: str, nationality: str) -> str:
        group = pools.NAME_GROUP[nationality]
        names = [n for n in pools.NAMES[group][0] if n != family and " " not in n and "-" not in n]
        if " " in family or "-" in family or not names:
            return family
        other = self.rng.choice(names)
        if nationality in ("ESP", "BRA"):  # two family names side by side
            return f"{family} {other}"
        if group != "DEU" and self.maybe(0.5):
            other = self.rng.choice([n for n in pools.NAMES["DEU"][0] if "-" not in n])
        return f"{family}-{other}"

    def given(self, given: str, nationality: str, sex: str) -> str:
        group = pools.NAME_GROUP[nationality]
        if group == "DEU" and self.maybe(0.55):
            key = sex if sex in ("F", "M") else self.rng.choice("FM")
            return self.rng.choice(LONG_GIVEN_DEU[key])
        if group not in _TWO_GIVEN or len(given.split()) > 1:
            return given
        _, female, male = pools.NAMES[group]
        pool = [n for n in (female if sex == "F" else male if sex == "M" else female + male)
                if n != given and " " not in n]
        return f"{given} {self.rng.choice(pool)}" if pool else given

    def person(self, p: Person, family: str | None = None) -> Person:
        fam = family if family is not None else (
            self.family(p.family, p.nationality) if self.maybe(0.7) else p.family)
        given = self.given(p.given, p.nationality, p.sex) if self.maybe(0.7) else p.given
        pob = p.pob
        german = p.pob in pools.CITIES or p.pob in data.GERMAN_BIRTH_TOWNS
        if german and self.maybe(0.5):
            pob = self.rng.choice(tuple(LONG_CITIES))
        return replace(p, family=fam, given=given, pob=pob)

    def full(self, full: str, family: str | None = None) -> str:
        """A person's full name, longer (its family name replaced by ``family`` if given);
        unchanged when its family and given names cannot be told apart."""
        parts = split_full(full)
        if parts is None:
            return full
        old, given = parts
        nationality = _nationality_of(given)
        if family is None:
            family = self.family(old, nationality)
        if self.maybe(0.5):
            given = self.given(given, nationality, _sex_of(given) or self.rng.choice("FM"))
        return f"{given} {family}"

    def address(self, a: Address, p_city: float = 0.55) -> Address:
        street = self.rng.choice(LONG_STREETS) if self.maybe(0.75) else a.street
        city, postal = a.city, a.postal_code
        if self.maybe(p_city):
            city = self.rng.choice(tuple(LONG_CITIES))
            postal = self.rng.choice(LONG_CITIES[city][0])
        number = a.number
        if self.maybe(0.3):
            number = str(self.rng.randint(100, 180)) + self.rng.choice(("", "a", "b"))
        return Address(street, number, postal, city)

    def plate(self, city: str) -> str:
        area = LONG_CITIES[city][1] if city in LONG_CITIES else pools.CITIES[city][1]
        letters = "".join(self.rng.choice(data.PLATE_LETTERS)
                          for _ in range(self.rng.randint(1, 2)))
        most = min(4, 8 - len(area) - len(letters))
        return f"{area}-{letters} {self.rng.randint(1, 10 ** self.rng.randint(1, most) - 1)}"

    def office(self) -> str:
        return self.rng.choice(LONG_OFFICES)

    def record(self, r: Record) -> Record:
        match r:
            case Anmeldung():
                previous = r.previous
                if previous and _ADDRESS_LINE.match(previous) and self.maybe(0.6):
                    city = self.rng.choice(tuple(LONG_CITIES))
                    previous = Address(self.rng.choice(LONG_STREETS),
                                       str(self.rng.randint(1, 180)),
                                       self.rng.choice(LONG_CITIES[city][0]), city).line
                return replace(r, person=self.person(r.person), address=self.address(r.address),
                               previous=previous)
            case Wohnungsgeber():
                landlord = r.landlord_name
                if landlord in pools.LANDLORD_COMPANIES:
                    if self.maybe(0.7):
                        landlord = self.rng.choice(LONG_COMPANIES)
                elif self.maybe(0.7):
                    landlord = self.full(landlord)
                parts = [split_full(t) for t in r.tenants]
                families = [q[0] for q in parts if q]
                shared = len(parts) > 1 and len(families) == len(parts) and len(
                    set(families)) == 1
                family = self.family(families[0], _nationality_of(parts[0][1])) if (
                    shared and parts[0]) else None
                tenants: list[str] = []
                for t in r.tenants:
                    name = self.full(t, family) if family or self.maybe(0.8) else t
                    tenants.append(name if name not in tenants else t)
                return replace(r, landlord_name=landlord,
                               landlord_address=self.address(r.landlord_address, 0.4),
                               address=self.address(r.address), tenants=tuple(tenants))
            case Geburt():
                office = self.office() if self.maybe(0.8) else r.office
                old = r.child.family
                child = replace(self.person(r.child), pob=office)
                mother = r.mother
                if mother.endswith(" " + old):
                    mother = self.full(mother, child.family) if self.maybe(0.6) else (
                        mother[: -len(old)] + child.family)
                elif self.maybe(0.6):
                    mother = self.full(mother)
                father = r.father
                if father and father.endswith(" " + old):
                    father = self.full(father, child.family) if self.maybe(0.6) else (
                        father[: -len(old)] + child.family)
                return replace(r, child=child, mother=_tidy(mother),
                               father=_tidy(father) if father else None, office=office)
            case Ehe():
                office = self.office() if self.maybe(0.8) else r.office
                return replace(r, spouse1=self.person(r.spouse1), spouse2=self.person(r.spouse2),
                               office=office, marriage_place=office)
            case Sterbe():
                office = self.office() if self.maybe(0.8) else r.office
                last = r.last_residence
                m = _ADDRESS_LINE.match(last)
                if m and self.maybe(0.6):
                    last = self.address(Address(m[1], m[2] + m[3], m[4], m[5])).line
                return replace(r, person=self.person(r.person), office=office,
                               place_of_death=office, last_residence=last)
            case Zulassung():
                holder = self.person(r.holder)
                account = r.account_holder
                if account == r.holder.full:
                    account = holder.full
                elif account.endswith(" " + r.holder.family):
                    account = account[: -len(r.holder.family)] + holder.family
                home = self.address(r.address)
                plate = self.plate(home.city) if r.plate else None
                return replace(r, holder=holder, address=home, account_holder=_tidy(account),
                               plate=plate)
            case Aufenthalt():
                return replace(r, person=self.person(r.person), address=self.address(r.address))
            case Identity():
                return self.identity(r)
        raise TypeError(type(r))

    def identity(self, r: Identity) -> Identity:
        card = r.mrz_format == "TD1"
        width = 30 if card else 39
        p = r.person
        for _ in range(12):
            q = replace(self.person(p), pob=p.pob)
            if q.family != p.family and self.maybe(0.35):
                q = replace(q, given=p.given)  # a longer family name alone fits more often
            if mrz.name_fits(q.family, q.given, width):
                break
        else:
            return r
        optional = "" if card else r.lines[1][28:42].rstrip("<")
        state = mrz.ICAO_CODE.get(r.issuing_state, r.issuing_state)
        sex = r.lines[1][7] if card else r.lines[1][20]
        zone = mrz.MrzData(r.document_code, state, q.family, q.given, r.document_number, state,
                           q.dob, sex, r.expiry, optional)
        lines = mrz.td1(zone) if card else mrz.td3(zone)
        return replace(r, person=q, lines=lines)


def _tidy(name: str) -> str:
    return " ".join(name.split())


#: a nationality per name group (to lengthen a name in its own group)
_GROUP_NATION: Final = {g: n for n, g in reversed(pools.NAME_GROUP.items())}


def _sex_of(given: str) -> str | None:
    """"F" or "M" when the first of ``given`` is a female or a male name of the pools."""
    first = given.split()[0] if given.split() else given
    for _families, female, male in pools.NAMES.values():
        if any(first == n.split()[0] for n in female):
            return "F"
        if any(first == n.split()[0] for n in male):
            return "M"
    return None


def _nationality_of(given: str) -> str:
    """A nationality whose name group holds the first of ``given`` (else German)."""
    first = given.split()[0] if given.split() else given
    for group, (_families, female, male) in pools.NAMES.items():
        if any(first == n.split()[0] for n in (*female, *male)):
            return _GROUP_NATION.get(group, "DEU")
    return "DEU"


# --- names: splitting a full name into family and given names -----------------------------------

_FAMILIES: Final = frozenset(n for group in pools.NAMES.values() for n in group[0]) | frozenset(
    pools.PARTICLE_FAMILY_NAMES)
_GIVEN: Final = frozenset(g for group in pools.NAMES.values() for pool in group[1:] for n in pool
                          for g in n.split())


def split_full(full: str, family: str | None = None) -> tuple[str, str] | None:
    """(family name, given names) of a full name "Given Family", when unambiguous."""
    if family and full.endswith(" " + family) and len(full) > len(family) + 1:
        return family, full[: -len(family) - 1]
    words = full.split()
    found = []
    for k in range(1, len(words)):
        given, fam = words[:k], " ".join(words[k:])
        if fam in _FAMILIES and all(g in _GIVEN for g in given):
            found.append((fam, " ".join(given)))
    return found[0] if len(found) == 1 else None


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field. ``kind`` says how a split form enters it (``text``, ``date``,
    ``choice``, ``name_row`` (family and given names, two truth fields), ``address`` (street to
    place, four truth fields), ``line`` (an address as one truth value), ``foreign`` (a place
    abroad and its state), ``person`` (a full name as one truth value), ``iban``, ``vin``,
    ``plate``, ``register``, ``comb`` (a box per character), ``time``, ``make``, ``doc_kind``);
    ``name`` is the truth field ("" for none; for ``name_row`` and ``address`` the fields joined
    by "+"); ``value`` the value printed whole; ``n`` numbers a repeated field (tenants)."""

    key: str
    kind: str
    name: str
    value: str
    day: date | None = None
    parts: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    ticked: int | None = None
    n: int = 0


@dataclass(slots=True)
class Grp:
    head: str
    fields: list[Fld]


@dataclass(slots=True)
class Shown:
    """What a document printed for a truth field: ``kind`` is ``text`` (the lines of a value
    wrapped whole), ``choice`` (the crossed option), or a split kind (``date``, ``house``,
    ``line``, ``foreign``, ``person``, ``join``, ``plate``, ``register``) with its parts."""

    name: str
    kind: str
    parts: tuple[str, ...]


@dataclass(slots=True)
class Doc39:
    doc_type: str
    layout: str
    mode: str
    groups: list[Grp]
    place: str = ""  # split: where captions stand; wrapped: how a column prints a field
    cols: int = 0
    shown: list[Shown] = field(default_factory=list)
    copy_at: str = ""  # identity documents: below | beside | page2


class _Build:
    """Turns a record into groups of fields."""

    def __init__(self, record: Record, s: Style, rng: random.Random) -> None:
        self.r = record
        self.s = s
        self.rng = rng
        self.wrapped = s.layout == "wrapped"

    def d(self, key: str, name: str, x: date) -> Fld:
        return Fld(key, "date", name, self.s.date(x), day=x)

    def text(self, key: str, name: str, value: str) -> Fld:
        return Fld(key, "text", name, value)

    def name_row(self, p: Person | tuple[str, str], prefix: str = "") -> Fld:
        family, given = (p.family, p.given) if isinstance(p, Person) else p
        return Fld("name_row", "name_row", f"{prefix}family_name+{prefix}given_names",
                   f"{given} {family}", parts=(family, given))

    def sex(self, code: str, name: str = "sex") -> Fld:
        if self.s.sex_mode == "choice":
            options = tuple(SEX_WORD39[c] for c in SEX_ORDER39)
            return Fld("sex", "choice", name, SEX_WORD39[code], options=options,
                       ticked=SEX_ORDER39.index(code))
        return Fld("sex", "text", name, sex_text(code, self.s.sex_mode))

    def nat(self, code: str, name: str = "nationality") -> Fld:
        return Fld("nationality", "text", name, nationality_text(code, self.s.nationality_mode))

    def choice(self, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
               code: str) -> Fld:
        k = 0 if self.wrapped else 1
        wording = table[code][k]
        if self.s.purpose_mode == "choice" or not self.wrapped:
            return Fld(key, "choice", key, wording, options=tuple(table[c][k] for c in order),
                       ticked=order.index(code))
        return Fld(key, "text", key, wording)

    def address(self, a: Address) -> Fld:
        m = re.fullmatch(r"(\d+)([a-z]?)", a.number)
        number, suffix = (m[1], m[2]) if m else (a.number, "")
        return Fld("address", "address", "street+house_number+postal_code+city", a.line,
                   parts=(a.street, number, suffix, a.postal_code, a.city))

    def line(self, key: str, name: str, text: str) -> Fld:
        m = _ADDRESS_LINE.match(text)
        if m:
            return Fld(key, "line", name, text, parts=(m[1], m[2], m[3], m[4], m[5]))
        if text.count(", ") == 1:
            return Fld(key, "foreign", name, text, parts=tuple(text.split(", ")))
        return Fld(key, "text", name, text)

    def person(self, key: str, name: str, full: str, family: str | None = None,
               n: int = 0) -> Fld:
        parts = split_full(full, family)
        if parts is None:
            return Fld(key, "text", name, full, n=n)
        return Fld(key, "person", name, full, parts=parts, n=n)

    def person_groups(self, p: Person, prefix: str = "", *, pob: bool = True,
                      pob_truth: bool = True) -> list[Fld]:
        out = [self.name_row(p, prefix)]
        if p.birth_name and not prefix and isinstance(self.r, Anmeldung):
            out.append(self.text("birth_name", "birth_name", p.birth_name))
        out.append(self.d("date_of_birth", f"{prefix}date_of_birth", p.dob))
        if pob:
            out.append(self.text("place_of_birth", "place_of_birth" if pob_truth else "", p.pob))
        return out

    def register(self, office: str, register: str, issue: date) -> Grp:
        letter, rest = register.split(" ", 1)
        number, year = rest.split("/")
        return Grp("register", [
            self.text("registry_office", "registry_office", f"Standesamt {office}"),
            Fld("register_number", "register", "register_number", register,
                parts=(letter, number, year)),
            self.d("issue_date", "issue_date", issue)])

    def groups(self) -> list[Grp]:
        r = self.r
        match r:
            case Anmeldung():
                person = self.person_groups(r.person)
                person += [self.sex(r.person.sex), self.nat(r.person.nationality),
                           self.text("marital", "", r.marital)]
                if r.phone:
                    person.append(self.text("phone", "", r.phone))
                dwelling = [self.d("move_in_date", "move_in_date", r.move_in),
                            self.address(r.address)]
                if r.dwelling:
                    dwelling.append(self.choice("dwelling", DWELLING39, DWELLING_ORDER39,
                                                r.dwelling))
                out = [Grp("person", person), Grp("dwelling", dwelling)]
                if r.previous:
                    prev = self.line("previous_address", "previous_address", r.previous)
                    if self.rng.random() < 0.5:
                        out.append(Grp("previous", [prev]))
                    else:
                        dwelling.append(prev)
                return out
            case Wohnungsgeber():
                company = not split_full(r.landlord_name) or any(
                    t in r.landlord_name for t in ("GmbH", " eG", " KG", "GbR", "gemeinde"))
                landlord = (self.text("landlord_name", "landlord_name", r.landlord_name)
                            if company else self.person("landlord_name", "landlord_name",
                                                        r.landlord_name))
                yes, no = OWNER39[self.s.layout]
                owner = Fld("owner_flag", "choice", "", yes if r.landlord_is_owner else no,
                            options=(yes, no), ticked=0 if r.landlord_is_owner else 1)
                tenants = [self.person("tenant", f"tenant_names:{i}", t, n=i + 1)
                           for i, t in enumerate(r.tenants)]
                return [Grp("landlord", [landlord, self.line(
                            "landlord_address", "landlord_address", r.landlord_address.line),
                                         owner]),
                        Grp("flat", [self.d("move_in_date", "move_in_date", r.move_in),
                                     self.address(r.address)]),
                        Grp("tenants", tenants)]
            case Geburt():
                c = r.child
                child = [self.name_row(c), self.sex(c.sex),
                         self.d("date_of_birth", "date_of_birth", c.dob),
                         self.text("place_of_birth", "place_of_birth", c.pob)]
                hh, mm = r.birth_time.split(":")
                child.append(Fld("birth_time", "time", "", r.birth_time, parts=(hh, mm)))
                parents = [self.person("mother_name", "mother_name", r.mother, c.family)]
                if r.father:
                    parents.append(self.person("father_name", "father_name", r.father, c.family))
                return [Grp("child", child), Grp("parents", parents),
                        self.register(r.office, r.register, r.issue)]
            case Ehe():
                return [Grp("spouse1", self.person_groups(r.spouse1, "spouse1_", pob_truth=False)),
                        Grp("spouse2", self.person_groups(r.spouse2, "spouse2_", pob_truth=False)),
                        Grp("marriage", [self.d("marriage_date", "marriage_date", r.marriage_date),
                                         self.text("marriage_place", "marriage_place",
                                                   r.marriage_place)]),
                        self.register(r.office, r.register, r.issue)]
            case Sterbe():
                deceased = self.person_groups(r.person)
                deceased.append(self.line("last_residence", "", r.last_residence))
                return [Grp("deceased", deceased),
                        Grp("death", [self.d("date_of_death", "date_of_death", r.date_of_death),
                                      self.text("place_of_death", "place_of_death",
                                                r.place_of_death)]),
                        self.register(r.office, r.register, r.issue)]
            case Zulassung():
                h = r.holder
                holder = [self.name_row(h, "holder_"),
                          self.d("date_of_birth", "holder_date_of_birth", h.dob),
                          self.address(r.address)]
                vehicle = [Fld("make", "make", "", f"{r.make} {r.model}", parts=(r.make, r.model)),
                           Fld("vin", "vin", "vin", r.vin,
                               parts=(r.vin[:3], r.vin[3:9], r.vin[9:])),
                           Fld("evb", "comb", "evb_number", r.evb, parts=tuple(r.evb))]
                if r.plate:
                    area, rest = r.plate.split("-", 1)
                    letters, digits = rest.split(" ")
                    vehicle.append(Fld("plate", "plate", "desired_plate", r.plate,
                                       parts=(area, letters, digits)))
                sepa = [self.person("account_holder", "account_holder", r.account_holder,
                                    h.family),
                        Fld("iban", "iban", "iban", group_iban(r.iban) if self.wrapped
                            else r.iban),
                        self.text("bic", "", r.bic)]
                return [Grp("holder", holder), Grp("vehicle", vehicle), Grp("sepa", sepa)]
            case Aufenthalt():
                person = [*self.person_groups(r.person), self.nat(r.person.nationality),
                          self.sex(r.person.sex, "")]
                stay = [Fld("passport_number", "comb", "passport_number", r.passport_number,
                            parts=tuple(r.passport_number)),
                        self.d("passport_expiry", "passport_expiry_date", r.passport_expiry),
                        self.d("entry_date", "entry_date", r.entry),
                        self.choice("purpose", PURPOSE39, PURPOSE_ORDER39, r.purpose)]
                return [Grp("person", person), Grp("stay", stay),
                        Grp("home", [self.address(r.address)])]
            case Identity():
                tf = truth_fields(r)
                kind = {"P": "Reisepass", "ID": "Personalausweis"}.get(r.document_code,
                                                                       "ID-Karte (Ausland)")
                doc = [Fld("doc_kind", "doc_kind", "", f"{kind} ({r.document_code})",
                           parts=(kind, r.document_code)),
                       Fld("issuing_state", "comb", "issuing_state", r.issuing_state,
                           parts=tuple(r.issuing_state)),
                       Fld("doc_number", "comb", "document_number", r.document_number,
                           parts=tuple(r.document_number))]
                holder = [self.name_row((str(tf["family_name"]), str(tf["given_names"]))),
                          self.d("date_of_birth", "date_of_birth", r.person.dob),
                          self.text("place_of_birth", "", r.person.pob),
                          self.nat(r.person.nationality), self.sex(str(tf["sex"])),
                          self.d("expiry_date", "expiry_date", r.expiry)]
                if r.authority:
                    holder.append(self.text("authority", "", r.authority))
                return [Grp("document", doc), Grp("holder_id", holder)]
        raise TypeError(type(r))


def _for_wrapped(groups: list[Grp], address_mode: str) -> list[Grp]:
    """A wrapped form prints a name as two fields and an address as four (or one line)."""
    out = []
    for g in groups:
        fields: list[Fld] = []
        for f in g.fields:
            if f.kind == "name_row":
                fam, given = f.name.split("+")
                fields += [Fld("family_name", "text", fam, f.parts[0]),
                           Fld("given_names", "text", given, f.parts[1])]
            elif f.kind == "address" and address_mode != "one_line":
                street, number, suffix, postal, city = f.parts
                fields += [Fld("street", "text", "street", street),
                           Fld("house_number", "text", "house_number", number + suffix),
                           Fld("postal_code", "text", "postal_code", postal),
                           Fld("city", "text", "city", city)]
            else:
                fields.append(f)
        out.append(Grp(g.head, fields))
    return out


# --- drawing: shared -----------------------------------------------------------------------------


@dataclass(slots=True)
class Ink:
    """The faces and colours of one document."""

    reg: str
    bold: str
    ital: str
    value: str
    rgb: tuple[float, float, float]


def _ink(rng: random.Random, serif: float) -> Ink:
    faces = _set4(rng.choice(SERIF9 if rng.random() < serif else SANS9))
    value = faces.regular
    if rng.random() < 0.25:
        value = _reg(*rng.choice(MONO9))
    rgb = rng.choice(((0.0, 0.0, 0.0), (0.06, 0.12, 0.45), (0.15, 0.15, 0.15)))
    return Ink(faces.regular, faces.bold, faces.italic, value, rgb)


def _w(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _breaks(word: str, soft: bool) -> list[tuple[str, str]]:
    """Where ``word`` may break at a line end, longest first: (what the line ends with, what
    the next line begins with). After its own hyphens (and slashes, in labels) always; at its
    ``~`` marks, with a hyphen printed, when ``soft``."""
    out = []
    for i, ch in enumerate(word[:-1]):
        if ch == "~" and soft:
            head = clean(word[:i])
            if len(head) >= 2 and len(clean(word[i + 1:])) >= 2:
                out.append((head + "-", word[i + 1:]))
        elif ch == "-" or (ch == "/" and soft):
            head = clean(word[: i + 1])
            if len(head) >= 3 and word[i + 1] not in "~-/)":
                out.append((head, word[i + 1:]))
    return out[::-1]


def wrap39(text: str, font: str, size: float, width: float, first: float | None = None,
           soft: bool = True) -> list[str]:
    """``text`` in lines no wider than ``width`` (the first no wider than ``first``): words
    break at spaces; a word too wide for the room breaks after its own hyphens and, when
    ``soft``, at its ``~`` marks with a hyphen printed. The marks never print."""
    lines: list[str] = []
    cur = ""
    room = width if first is None else first
    for word in text.split():
        while word:
            whole = clean(word)
            cand = f"{cur} {whole}" if cur else whole
            if _w(cand, font, size) <= room:
                cur, word = cand, ""
                break
            fitted = None
            for head, rest in _breaks(word, soft):
                cand = f"{cur} {head}" if cur else head
                if _w(cand, font, size) <= room:
                    fitted = cand, rest
                    break
            if fitted:
                lines.append(fitted[0])
                cur, word, room = "", fitted[1], width
                continue
            if cur:
                lines.append(cur)
                cur, room = "", width
                continue
            pieces = _breaks(word, soft)
            if pieces:  # nothing fits: the shortest piece overhangs
                lines.append(pieces[-1][0])
                word, room = pieces[-1][1], width
                continue
            cur, word = whole, ""
    if cur or not lines:
        lines.append(cur)
    return lines


def _widest_piece(text: str, font: str, size: float) -> float:
    """The widest piece of a value that cannot break (a word, or a part between hyphens)."""
    out = 0.0
    for word in text.split():
        for piece in re.findall(r"[^-]+-?", word) or [word]:
            out = max(out, _w(piece, font, size))
    return out


def _fit_size(text: str, font: str, size: float, width: float, least: float = 0.62) -> float:
    """``size``, or smaller so that no unbreakable piece of ``text`` overhangs ``width``."""
    widest = _widest_piece(text, font, size)
    if widest <= width:
        return size
    return size * max(least, width / widest)


def _scratch(pen: Pen) -> Pen:
    """A pen on a canvas nobody keeps: blocks are measured by drawing them there."""
    p = Pen(Canvas(io.BytesIO(), pagesize=A4), pen.faces, pen.left, pen.right)
    p.scratch = True  # type: ignore[attr-defined]
    return p


def _live(pen: Pen) -> bool:
    return not getattr(pen, "scratch", False)


def _run(pen: Pen, blocks: list[Block], y: float, size: float) -> float:
    for block in blocks:
        y = block(pen, y, size)
    return y


def _fit(pen: Pen, pages: list[tuple[list[Block], float, float]], size: float,
         least: float = 5.4) -> float:
    """The largest size (from ``size`` down) at which every page's blocks fit between its top
    and its floor."""
    scratch = _scratch(pen)
    while size > least:
        if all(_run(scratch, blocks, top, size) >= floor for blocks, top, floor in pages):
            return size
        size -= 0.2
    return least


def _city_of(record: Record) -> str:
    for attr in ("address", "landlord_address"):
        a = getattr(record, attr, None)
        if isinstance(a, Address):
            return a.city
    office = getattr(record, "office", None)
    if isinstance(office, str):
        return office
    authority = getattr(record, "authority", "")
    return authority.replace("Stadt ", "") if authority else "Bochum"


_OFFICES: Final = {
    "anmeldung": "Bürgerbüro – Meldeangelegenheiten",
    "wohnungsgeberbestaetigung": "Bürgerbüro – Meldeangelegenheiten",
    "geburtsurkunde": "Standesamt", "eheurkunde": "Standesamt", "sterbeurkunde": "Standesamt",
    "antrag_zulassung": "Straßenverkehrsamt – Zulassungsstelle",
    "aufenthaltstitel_antrag": "Ausländerbehörde", "identity_document": "Bürgerbüro",
}
CLOSING_TOP: Final = 150.0
PAGE_FLOOR: Final = 56.0


class _Frame:
    """A document's page head, title and closing."""

    def __init__(self, pen: Pen, record: Record, w: Extra39Wording, ink: Ink,
                 rng: random.Random, doc_type: str, pages: int) -> None:
        self.w, self.ink, self.doc_type, self.pages = w, ink, doc_type, pages
        self.city = _city_of(record)
        self.form_no = clean(w.word("form_no")).format(n=rng.randint(11, 989))
        self.left, self.right = pen.left, pen.right
        self.cert = doc_type in CERTIFICATES
        signed = getattr(record, "signed", None)
        taken = {v for v in truth_fields(record).values() if isinstance(v, str)}
        self.place = self.city
        if isinstance(signed, date) and signed.isoformat() not in taken:
            self.place += ", " + date39(signed, "numeric")
        elif self.cert or doc_type == "identity_document":
            self.place = ""
        self.stamp = rng.random() < 0.7

    def head(self, pen: Pen, page: int) -> float:
        ink = self.ink
        y = float(PAGE_H) - 44
        pen.text(self.left, y, f"Stadt {self.city}", 10.5, font=ink.bold)
        pen.text(self.left, y - 11, _OFFICES[self.doc_type], 8, font=ink.reg)
        pen.c.setFillGray(0.3)
        pen.c.setFont(ink.reg, 7.4)
        pen.c.drawRightString(self.right, y, self.form_no)
        pen.c.drawRightString(self.right, y - 10,
                              clean(self.w.word("page")).format(n=page, m=self.pages))
        pen.c.setFillGray(0)
        pen.hline(self.left, self.right, y - 17, 0.8)
        if page > 1:
            pen.text(self.left, y - 32, clean(self.w.word("continued")), 9.5, font=ink.bold)
            return y - 48
        return y - 30

    def title(self, soft: bool) -> Block:
        intro_key = "intro_cert" if self.cert else "intro"

        def draw(pen: Pen, y: float, size: float) -> float:
            width = self.right - self.left
            tsz = size * 1.4
            for ln in wrap39(self.w.title(self.doc_type), self.ink.bold, tsz, width, soft=soft):
                pen.text(self.left, y - 4, ln, tsz, font=self.ink.bold)
                y -= tsz * 1.2
            y -= size * 0.5
            for ln in wrap39(self.w.word(intro_key), self.ink.ital, size * 0.84, width,
                             soft=soft):
                pen.text(self.left, y, ln, size * 0.84, font=self.ink.ital)
                y -= size * 1.1
            return y - size * 0.7
        return draw

    def closing(self, pen: Pen) -> None:
        """The signature line (and a stamp box) at the foot of the last page."""
        ink = self.ink
        key = {"wohnungsgeberbestaetigung": "sign_wg", "identity_document": "sign_id"}.get(
            self.doc_type, "sign_cert" if self.cert else "sign")
        y = 96.0
        if self.place:
            pen.c.setFillColorRGB(*ink.rgb)
            pen.text(self.left, y + 5, self.place, 9, font=ink.value)
            pen.c.setFillColorRGB(0, 0, 0)
        pen.hline(self.left, self.left + 220, y, 0.5)
        for k, ln in enumerate(wrap39(self.w.word(key), ink.reg, 6.8, 220)):
            pen.text(self.left, y - 8 - k * 7.6, ln, 6.8, font=ink.reg)
        if self.stamp or self.cert:
            bx = self.right - 150
            pen.c.setStrokeGray(0.5)
            pen.c.setLineWidth(0.5)
            pen.c.rect(bx, y - 22, 150, 52, 1, 0)
            pen.c.setStrokeGray(0)
            pen.c.setFillGray(0.35)
            for k, ln in enumerate(wrap39(self.w.word("stamp"), ink.reg, 6.2, 142)):
                pen.text(bx + 4, y + 22 - k * 7, ln, 6.2, font=ink.reg)
            pen.c.setFillGray(0)

    def notes(self, soft: bool) -> Block:
        """The notes a second page ends with."""
        def draw(pen: Pen, y: float, size: float) -> float:
            width = self.right - self.left
            y -= size * 0.8
            for ln in wrap39(self.w.word("notes_head"), self.ink.bold, size, width, soft=soft):
                pen.text(self.left, y, ln, size, font=self.ink.bold)
                y -= size * 1.25
            for ln in wrap39(self.w.word("notes"), self.ink.reg, size * 0.82, width * 0.8,
                             soft=soft):
                pen.text(self.left, y, ln, size * 0.82, font=self.ink.reg)
                y -= size * 1.08
            return y - size * 0.5
        return draw


def _pages_of(groups: list[Grp], pages: int, rng: random.Random) -> list[list[Grp]]:
    """The groups of each page (a two-page plan turns the sheet after about half of them)."""
    if pages == 1 or len(groups) < 2:
        return [groups] + ([[]] if pages == 2 else [])
    k = max(1, min(len(groups) - 1, round(len(groups) * 0.6 + rng.choice((-0.2, 0.2)))))
    return [groups[:k], groups[k:]]


# --- wrapped: drawing ----------------------------------------------------------------------------


class _WrapPaint:
    """Items and blocks of one wrapped document."""

    def __init__(self, doc: Doc39, ink: Ink, w: Extra39Wording, rng: random.Random) -> None:
        self.doc, self.ink, self.w = doc, ink, w
        self.rule = rng.random() < 0.6  # columns: a thin rule between columns
        self.colon = rng.choice((":", "", ":"))
        self.grey = rng.choice((0.0, 0.25, 0.35))
        self.head_fill = rng.choice((0.86, 0.92, 1.0))

    def label(self, f: Fld) -> str:
        text = self.w(f.key)
        return text.format(n=f.n) if f.n else text

    def show(self, pen: Pen, f: Fld, parts: tuple[str, ...], kind: str = "text") -> None:
        if f.name and _live(pen):
            self.doc.shown.append(Shown(f.name, kind, parts))

    def value_lines(self, f: Fld, size: float, width: float, first: float | None = None
                    ) -> tuple[list[str], float]:
        vsz = _fit_size(f.value, self.ink.value, size, width)
        return wrap39(f.value, self.ink.value, vsz, width, first, soft=False), vsz

    def put_value(self, pen: Pen, x: float, y: float, text: str, size: float) -> None:
        pen.c.setFillColorRGB(*self.ink.rgb)
        pen.text(x, y, text, size, font=self.ink.value)
        pen.c.setFillColorRGB(0, 0, 0)

    def put_label(self, pen: Pen, x: float, y: float, text: str, size: float,
                  font: str | None = None) -> None:
        pen.c.setFillGray(self.grey)
        pen.text(x, y, text, size, font=font or self.ink.reg)
        pen.c.setFillGray(0)

    def options(self, pen: Pen, f: Fld, x: float, y: float, width: float, size: float,
                lead: float) -> float:
        """A choice's options one under another (each wraps beside its box); returns the
        height."""
        box = pen.box_width(size) + 3
        h = 0.0
        for i, opt in enumerate(f.options):
            osz = _fit_size(opt, self.ink.reg, size, width - box)
            lines = wrap39(opt, self.ink.reg, osz, width - box, soft=False)
            pen.tick(x, y - h, i == f.ticked, size)
            for k, ln in enumerate(lines):
                pen.text(x + box, y - h - k * lead, ln, osz, font=self.ink.reg)
            if i == f.ticked:
                self.show(pen, f, tuple(lines), "choice")
            h += len(lines) * lead + size * 0.15
        return h

    # items: one head or one field within a column of ``width``

    def head_item(self, key: str) -> Item:
        def draw(pen: Pen, x: float, y: float, width: float, size: float) -> float:
            lines = wrap39(self.w.head(key), self.ink.bold, size * 0.98, width - 4)
            lead = size * 1.15
            h = len(lines) * lead + size * 0.5
            if self.head_fill < 1:
                pen.c.setFillGray(self.head_fill)
                pen.c.rect(x, y - h + lead * 0.75, width, h, 0, 1)
                pen.c.setFillGray(0)
            for k, ln in enumerate(lines):
                pen.text(x + 2, y - k * lead, ln, size * 0.98, font=self.ink.bold)
            pen.hline(x, x + width, y - h + lead * 0.75, 0.6)
            return h + size * 0.55
        return draw

    def stack_item(self, f: Fld) -> Item:
        """The label above its value (columns)."""
        def draw(pen: Pen, x: float, y: float, width: float, size: float) -> float:
            lsz, lead_l, lead_v = size * 0.76, size * 0.9, size * 1.17
            lab = wrap39(self.label(f), self.ink.reg, lsz, width)
            for k, ln in enumerate(lab):
                self.put_label(pen, x, y - k * lead_l, ln, lsz)
            vy = y - len(lab) * lead_l - size * 0.22
            if f.options:
                h = self.options(pen, f, x + 4, vy, width - 4, size * 0.9, lead_v * 0.92)
            else:
                lines, vsz = self.value_lines(f, size, width - 6)
                for k, ln in enumerate(lines):
                    self.put_value(pen, x + 6, vy - k * lead_v, ln, vsz)
                self.show(pen, f, tuple(lines))
                h = len(lines) * lead_v
            return len(lab) * lead_l + size * 0.22 + h + size * 0.45
        return draw

    def runin_item(self, f: Fld) -> Item:
        """The label in bold with the value run in after it (columns)."""
        def draw(pen: Pen, x: float, y: float, width: float, size: float) -> float:
            lead = size * 1.16
            lsz = size * 0.84
            lab = wrap39(self.label(f) + self.colon, self.ink.bold, lsz, width)
            for k, ln in enumerate(lab):
                self.put_label(pen, x, y - k * lead, ln, lsz, self.ink.bold)
            end = _w(lab[-1], self.ink.bold, lsz) + 5
            if f.options:
                vy = y - len(lab) * lead
                h = self.options(pen, f, x + 8, vy, width - 8, size * 0.9, lead * 0.95)
                return len(lab) * lead + h + size * 0.35
            room = width - end
            first, _vsz = self.value_lines(f, size, width - 8, room)
            if room < width * 0.38 or _w(first[0], self.ink.value, _vsz) > room:
                lines, vsz = self.value_lines(f, size, width - 8)
                vy, xs = y - len(lab) * lead, [x + 8] * len(lines)
                used = len(lab) + len(lines)
            else:
                lines, vsz = self.value_lines(f, size, width - 8, room)
                vy = y - (len(lab) - 1) * lead
                xs = [x + end] + [x + 8] * (len(lines) - 1)
                used = len(lab) + len(lines) - 1
            for k, (ln, lx) in enumerate(zip(lines, xs, strict=True)):
                self.put_value(pen, lx, vy - k * lead, ln, vsz)
            self.show(pen, f, tuple(lines))
            return used * lead + size * 0.42
        return draw

    def ledger_item(self, f: Fld, frac: float) -> Item:
        """A ruled row of a label/value table (ledger)."""
        def draw(pen: Pen, x: float, y: float, width: float, size: float) -> float:
            lw = width * frac
            lsz, lead_l, lead_v = size * 0.76, size * 0.9, size * 1.15
            lab = wrap39(self.label(f), self.ink.reg, lsz, lw - 5)
            for k, ln in enumerate(lab):
                self.put_label(pen, x + 2.5, y - k * lead_l, ln, lsz)
            vx, vw = x + lw + 3, width - lw - 5
            if f.options:
                h = self.options(pen, f, vx, y, vw, size * 0.86, lead_v * 0.9)
            else:
                lines, vsz = self.value_lines(f, size, vw)
                for k, ln in enumerate(lines):
                    self.put_value(pen, vx, y - k * lead_v, ln, vsz)
                self.show(pen, f, tuple(lines))
                h = len(lines) * lead_v
            height = max(len(lab) * lead_l, h) + size * 0.35
            bottom = y - height + size * 0.72
            pen.c.setStrokeGray(0.45)
            pen.hline(x, x + width, bottom, 0.35)
            pen.c.setLineWidth(0.35)
            pen.c.line(x + lw, y + size * 0.95, x + lw, bottom)
            pen.c.setStrokeGray(0)
            return height
        return draw

    def flow(self, items: list[Item], x0: float, x1: float, ncols: int, floor: float,
             boxed: bool) -> Block:
        """Items flowed into ``ncols`` columns between ``y`` and ``floor`` (balanced); returns
        the lowest baseline used, or far below the page when they do not fit."""
        gap = 12.0 if boxed else 16.0

        def draw(pen: Pen, y: float, size: float) -> float:
            width = (x1 - x0 - (ncols - 1) * gap) / ncols
            scratch = _scratch(pen) if _live(pen) else pen
            heights = [item(scratch, 0, PAGE_H - 10, width, size) for item in items]
            if not _live(pen):
                pen.c.showPage()  # measured on a page of its own
            heads = {i for i, item in enumerate(items) if getattr(item, "head", False)}

            def columns(limit: float) -> list[int]:
                """The column of each item when a column holds at most ``limit``."""
                out, col, used = [], 0, 0.0
                for i, h in enumerate(heights):
                    need = h + (heights[i + 1] if i in heads and i + 1 < len(items) else 0)
                    if used and used + need > limit:
                        col, used = col + 1, 0.0
                    out.append(col)
                    used += h
                return out

            room = y - floor
            least = max(heights, default=0.0)
            while least < room and columns(least)[-1:] > [ncols - 1]:
                least += 2.0  # the shortest columns that hold everything
            if least > room or (columns(least)[-1:] > [ncols - 1]):
                return -1e6
            where = columns(least)
            tops = [y] * ncols
            bottoms = [y] * ncols
            for item, h, col in zip(items, heights, where, strict=True):
                item(pen, x0 + col * (width + gap), tops[col], width, size)
                tops[col] -= h
                bottoms[col] = tops[col]
            low = min(bottoms)
            for c in range(ncols):
                cx = x0 + c * (width + gap)
                if boxed and bottoms[c] < y:
                    pen.c.setStrokeGray(0.3)
                    pen.c.setLineWidth(0.7)
                    pen.c.rect(cx, bottoms[c] + size * 0.72, width, y - bottoms[c] + size * 0.3,
                               1, 0)
                    pen.c.setStrokeGray(0)
                elif self.rule and c and not boxed:
                    pen.c.setStrokeGray(0.6)
                    pen.c.setLineWidth(0.4)
                    pen.c.line(cx - gap / 2, y + size, cx - gap / 2, low + size * 0.6)
                    pen.c.setStrokeGray(0)
            return low - size * 0.4
        return draw

    def grid(self, g: Grp, x0: float, x1: float, em: float) -> Block:
        """A group as a table of narrow cells (about ``em`` times the size wide, at least
        three a row); long values span two cells."""
        k = 3

        def span(f: Fld) -> int:
            if f.options or f.key in ("address", "previous_address", "landlord_address",
                                      "last_residence", "purpose"):
                return min(2, k)
            return 1

        def cell(pen: Pen, f: Fld, x: float, y: float, width: float, size: float) -> float:
            csz, lead_c, lead_v = size * 0.68, size * 0.8, size * 1.14
            cap = wrap39(self.label(f), self.ink.reg, csz, width - 5)
            for j, ln in enumerate(cap):
                self.put_label(pen, x + 2.5, y - j * lead_c, ln, csz)
            vy = y - len(cap) * lead_c - size * 0.42
            if f.options:
                h = self.options(pen, f, x + 3, vy, width - 6, size * 0.86, lead_v * 0.9)
            else:
                lines, vsz = self.value_lines(f, size * 0.96, width - 7)
                for j, ln in enumerate(lines):
                    self.put_value(pen, x + 4, vy - j * lead_v, ln, vsz)
                self.show(pen, f, tuple(lines))
                h = len(lines) * lead_v
            return len(cap) * lead_c + size * 0.42 + h + size * 0.3

        def draw(pen: Pen, y: float, size: float) -> float:
            nonlocal k
            width = x1 - x0
            k = max(3, min(7, int(width / (size * em))))
            head = self.head_item(g.head)
            y -= head(pen, x0, y, width, size)
            unit = width / k
            rows: list[list[Fld]] = [[]]
            used = 0
            for f in g.fields:
                s = span(f)
                if used + s > k:
                    rows.append([])
                    used = 0
                rows[-1].append(f)
                used += s
            scratch = _scratch(pen) if _live(pen) else pen
            top = y + size * 0.95
            for row in rows:
                if not row:
                    continue
                xs = [x0]
                for f in row[:-1]:
                    xs.append(xs[-1] + span(f) * unit)
                widths = [span(f) * unit for f in row]
                widths[-1] = x1 - xs[-1]  # the last cell takes the rest of the row
                h = max(cell(scratch, f, 0, PAGE_H - 10, cw, size)
                        for f, cw in zip(row, widths, strict=True))
                if not _live(pen):
                    pen.c.showPage()
                for f, cx, cw in zip(row, xs, widths, strict=True):
                    cell(pen, f, cx, y, cw, size)
                    pen.c.setStrokeGray(0.35)
                    pen.c.setLineWidth(0.5)
                    pen.c.rect(cx, top - h - size * 0.15, cw, h + size * 0.15, 1, 0)
                    pen.c.setStrokeGray(0)
                y -= h + size * 0.15
                top -= h + size * 0.15
            return y - size * 0.6
        return draw


def _head_item(item: Item) -> Item:
    item.head = True  # type: ignore[attr-defined]
    return item


def _draw_wrapped(pen: Pen, doc: Doc39, record: Record, s: Style, w: Extra39Wording,
                  rng: random.Random, pages: int) -> None:
    ink = _ink(rng, 0.45 if doc.doc_type in CERTIFICATES else 0.3)
    frame = _Frame(pen, record, w, ink, rng, doc.doc_type, pages)
    paint = _WrapPaint(doc, ink, w, rng)
    left, right = pen.left, pen.right
    identity = isinstance(record, Identity)
    groups = _for_wrapped(doc.groups, s.address_mode)
    frac = rng.uniform(0.4, 0.48) if doc.cols > 2 else rng.uniform(0.5, 0.58)
    em = rng.uniform(7.2, 9.0)

    def body(gs: list[Grp], x0: float, x1: float, floor: float, ncols: int) -> list[Block]:
        if doc.mode == "grid":
            return [paint.grid(g, x0, x1, em) for g in gs]
        items: list[Item] = []
        for g in gs:
            items.append(_head_item(paint.head_item(g.head)))
            for f in g.fields:
                if doc.mode == "ledger":
                    items.append(paint.ledger_item(f, frac))
                elif doc.place == "runin":
                    items.append(paint.runin_item(f))
                else:
                    items.append(paint.stack_item(f))
        return [paint.flow(items, x0, x1, ncols, floor, doc.mode == "ledger")] if items else []

    top1 = float(PAGE_H) - 74
    top2 = float(PAGE_H) - 92
    title = frame.title(True)
    if identity:
        _draw_identity(pen, doc, record, frame, rng, pages, title,
                       lambda gs, x0, x1, floor, n: body(gs, x0, x1, floor, n), True)
        return
    split = _pages_of(groups, pages, rng)
    plan: list[tuple[list[Block], float, float]] = []
    for i, gs in enumerate(split):
        last = i == len(split) - 1
        floor = CLOSING_TOP if last else PAGE_FLOOR
        blocks = ([title] if i == 0 else []) + body(gs, left, right, floor, doc.cols)
        if last and pages == 2:
            blocks.append(frame.notes(True))
        plan.append((blocks, top1 if i == 0 else top2, floor))
    size = _fit(pen, plan, rng.uniform(9.6, 11.2))
    doc.shown.clear()
    for i, (blocks, _top, _floor) in enumerate(plan):
        if i:
            pen.new_page()
        y = frame.head(pen, i + 1)
        _run(pen, blocks, y, size)
    frame.closing(pen)


# --- split: drawing ------------------------------------------------------------------------------


@dataclass(slots=True)
class Sub:
    """A sub-cell: its caption, its text, its share of the free width, its boxes (0: one
    cell), and whether a wider gap follows it."""

    caption: str
    text: str
    weight: float = 1.0
    boxes: int = 0
    gap: bool = False


class _SplitPaint:
    """Sub-cells and rows of one split document."""

    def __init__(self, doc: Doc39, ink: Ink, w: Extra39Wording, s: Style,
                 rng: random.Random) -> None:
        self.doc, self.ink, self.w, self.s = doc, ink, w, s
        self.family_first = rng.random() < 0.65
        self.iban_parts = rng.random() < 0.4
        self.iban_boxes = rng.random() < 0.5
        self.vin_boxes = rng.random() < 0.55
        self.postal_boxes = rng.random() < 0.5
        self.numbers = rng.choice(("{n}.", "{n}", "({n})", "Feld {n}"))
        self.grey = rng.choice((0.3, 0.4, 0.0))
        self.counter = 0

    def label(self, f: Fld) -> str:
        text = self.w({"address": "address_row"}.get(f.key, f.key))
        return text.format(n=f.n) if f.n else text

    def show(self, pen: Pen, name: str, kind: str, parts: tuple[str, ...]) -> None:
        if name and _live(pen):
            self.doc.shown.append(Shown(name, kind, parts))

    def subs(self, pen: Pen, f: Fld) -> list[Sub]:
        """The sub-cells of a field (and what they show, recorded)."""
        w = self.w
        kind = f.kind
        if kind == "date":
            assert f.day is not None
            cap = w.captions("date")
            style = self.s.date_style
            if style == "comb":
                d = f"{f.day.day:02d}"
                m = f"{f.day.month:02d}"
                y = str(f.day.year)
                self.show(pen, f.name, "date", (d, m, y))
                return [Sub(cap[0], d, boxes=2, gap=True), Sub(cap[1], m, boxes=2, gap=True),
                        Sub(cap[2], y, boxes=4)]
            d, m, y = date_parts(f.day, style)
            self.show(pen, f.name, "date", (d, m, y))
            return [Sub(cap[0], d, 0.7), Sub(cap[1], m, 1.4 if style == "month" else 0.7),
                    Sub(cap[2], y, 1.0)]
        if kind == "name_row":
            fam_name, given_name = f.name.split("+")
            cap = w.captions("name")
            family, given = f.parts
            self.show(pen, fam_name, "text", (family,))
            self.show(pen, given_name, "text", (given,))
            cells = [Sub(cap[0], family, 1.0), Sub(cap[1], given, 1.2)]
            return cells if self.family_first else cells[::-1]
        if kind == "person":
            cap = w.captions("name")
            family, given = f.parts
            self.show(pen, f.name, "person", (family, given))
            cells = [Sub(cap[0], family, 1.0), Sub(cap[1], given, 1.2)]
            return cells if self.family_first else cells[::-1]
        if kind in ("address", "line"):
            cap = w.captions("address")
            street, number, suffix, postal, city = f.parts
            if kind == "address":
                self.show(pen, "street", "text", (street,))
                self.show(pen, "house_number", "house", (number, suffix))
                self.show(pen, "postal_code", "join", tuple(postal))
                self.show(pen, "city", "text", (city,))
            else:
                self.show(pen, f.name, "line", (street, number, suffix, postal, city))
            plz = (Sub(cap[3], postal, boxes=5) if self.postal_boxes
                   else Sub(cap[3], postal, 0.6))
            return [Sub(cap[0], street, 2.2), Sub(cap[1], number, 0.5),
                    Sub(cap[2], suffix, 0.45, gap=True), plz, Sub(cap[4], city, 1.6)]
        if kind == "foreign":
            cap = w.captions("foreign")
            self.show(pen, f.name, "foreign", f.parts)
            return [Sub(cap[0], f.parts[0], 1.2), Sub(cap[1], f.parts[1], 1.0)]
        if kind == "iban":
            iban = f.value.replace(" ", "")
            if self.iban_parts and iban.startswith("DE") and len(iban) == 22:
                cap = w.captions("iban_parts")
                parts = (iban[:2], iban[2:4], iban[4:12], iban[12:])
                self.show(pen, f.name, "join", parts)
                if self.iban_boxes:
                    return [Sub(c, p, boxes=len(p), gap=True)
                            for c, p in zip(cap, parts, strict=True)]
                return [Sub(c, p, wt) for c, p, wt in zip(cap, parts, (0.5, 0.5, 1.2, 1.4),
                                                          strict=True)]
            groups = tuple(iban[i:i + 4] for i in range(0, len(iban), 4))
            self.show(pen, f.name, "join", groups)
            pattern = w.captions("iban_group")[0]
            return [Sub(pattern.format(a=4 * k + 1, b=4 * k + len(g), k=k + 1), g,
                        boxes=len(g) if self.iban_boxes else 0, gap=True)
                    for k, g in enumerate(groups)]
        if kind == "vin":
            cap = w.captions("vin")
            self.show(pen, f.name, "join", f.parts)
            if self.vin_boxes:
                return [Sub(c, p, boxes=len(p), gap=True)
                        for c, p in zip(cap, f.parts, strict=True)]
            return [Sub(c, p, wt) for c, p, wt in zip(cap, f.parts, (0.6, 1.0, 1.3), strict=True)]
        if kind == "plate":
            cap = w.captions("plate")
            self.show(pen, f.name, "plate", f.parts)
            return [Sub(c, p, wt) for c, p, wt in zip(cap, f.parts, (0.8, 0.8, 0.9), strict=True)]
        if kind == "register":
            cap = w.captions("register")
            self.show(pen, f.name, "register", f.parts)
            return [Sub(c, p, wt) for c, p, wt in zip(cap, f.parts, (0.5, 0.9, 0.8), strict=True)]
        if kind == "comb":
            self.show(pen, f.name, "join", f.parts)
            extra = 2 if f.key in ("passport_number", "doc_number") else 0
            return [Sub(w.hint(), f.value + " " * extra, boxes=len(f.value) + extra)]
        if kind in ("time", "make", "doc_kind"):
            cap = w.captions(kind)
            return [Sub(c, p, wt) for c, p, wt in zip(cap, f.parts, (1.0, 1.3), strict=True)]
        self.show(pen, f.name, "text", (f.value,))
        return [Sub("", f.value, 1.0)]

    # geometry

    def strip(self, pen: Pen, subs: list[Sub], x0: float, x1: float, y: float, size: float,
              place: str) -> float:
        """Sub-cells in rows within [x0, x1], the first row's cell top at ``y``; returns the
        height."""
        bw = size * 1.45
        vsz = size * 0.98
        csz = size * 0.6
        gap, wide = 2.0, 7.0
        inside = place == "inside"
        ch = size * (2.5 if inside else 1.75)

        def need(sub: Sub) -> float:
            cap = _w(sub.caption, self.ink.reg, csz) + 6 if sub.caption else 0.0
            if sub.boxes:
                return max(sub.boxes * bw, cap * 0.85)
            return max(_w(sub.text, self.ink.value, vsz) + 10, cap * 0.8, 22.0)

        rows: list[list[Sub]] = [[]]
        used = 0.0
        for sub in subs:
            n = need(sub) + (wide if sub.gap else gap)
            if rows[-1] and used + n > x1 - x0:
                rows.append([])
                used = 0.0
            rows[-1].append(sub)
            used += n
        cap_h = 0.0 if inside else csz * 1.25
        row_h = ch + cap_h + size * 0.35
        ty = y
        for row in rows:
            needs = [need(sb) for sb in row]
            gaps = sum(wide if sb.gap else gap for sb in row[:-1])
            spare = max(0.0, x1 - x0 - sum(needs) - gaps)
            weights = [0.0 if sb.boxes else sb.weight for sb in row]
            total = sum(weights)
            if total == 0:
                widths = needs
            else:
                widths = [nd + spare * wt / total for nd, wt in zip(needs, weights, strict=True)]
            cx = x0
            top = ty - (cap_h if place == "above" else 0.0)
            for sb, cw in zip(row, widths, strict=True):
                self.cell(pen, sb, cx, top, cw, ch, size, bw, vsz, csz, place)
                cx += cw + (wide if sb.gap else gap)
            ty -= row_h
        return y - ty

    def cell(self, pen: Pen, sb: Sub, x: float, top: float, width: float, ch: float,
             size: float, bw: float, vsz: float, csz: float, place: str) -> None:
        c = pen.c
        c.setStrokeGray(0.25)
        c.setLineWidth(0.55)
        base = top - ch + (ch - vsz * 0.72) / 2 - (size * 0.35 if place == "inside" else 0)
        if sb.boxes:
            # with its caption inside, a row of boxes stands in a frame as wide as the caption
            outer = max(sb.boxes * bw, width) if place == "inside" else sb.boxes * bw
            c.rect(x, top - ch, outer, ch, 1, 0)
            for k in range(1, sb.boxes + (1 if outer > sb.boxes * bw + 1 else 0)):
                c.setLineWidth(0.3)
                c.line(x + k * bw, top - ch, x + k * bw, top - ch + ch * 0.45)
            c.setFillColorRGB(*self.ink.rgb)
            for k, ch_ in enumerate(sb.text):
                if ch_.strip():
                    c.setFont(self.ink.value, vsz)
                    c.drawCentredString(x + (k + 0.5) * bw, base, ch_)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.rect(x, top - ch, width, ch, 1, 0)
            if sb.text:
                tsz = vsz * min(1.0, (width - 8) / max(_w(sb.text, self.ink.value, vsz), 1.0))
                c.setFillColorRGB(*self.ink.rgb)
                pen.text(x + 4, base, sb.text, tsz, font=self.ink.value)
                c.setFillColorRGB(0, 0, 0)
        c.setStrokeGray(0)
        if not sb.caption:
            return
        cap = sb.caption
        csz2 = csz * max(0.8, min(1.0, (width - 2) / max(_w(cap, self.ink.reg, csz), 1.0)))
        c.setFillGray(self.grey)
        if place == "above":
            pen.text(x + 1, top + csz * 0.45, cap, csz2, font=self.ink.reg)
        elif place == "below":
            pen.text(x + 1, top - ch - csz * 1.05, cap, csz2, font=self.ink.reg)
        else:
            pen.text(x + 2, top - csz * 1.05, cap, csz2, font=self.ink.reg)
        c.setFillGray(0)

    def choice_row(self, pen: Pen, f: Fld, x0: float, x1: float, y: float, size: float) -> float:
        """A choice's options side by side (wrapping); returns the height."""
        osz = size * 0.92
        box = pen.box_width(osz) + 3
        cx, cy = x0, y - osz
        lead = osz * 1.5
        for i, opt in enumerate(f.options):
            need = box + _w(opt, self.ink.reg, osz) + 12
            if cx > x0 and cx + need > x1:
                cx, cy = x0, cy - lead
            pen.tick(cx, cy, i == f.ticked, osz)
            pen.text(cx + box, cy, opt, osz, font=self.ink.reg)
            if i == f.ticked:
                self.show(pen, f.name, "choice", (opt,))
            cx += need
        return y - cy + osz * 0.6

    def body(self, pen: Pen, f: Fld, x0: float, x1: float, y: float, size: float,
             place: str) -> float:
        if f.options:
            return self.choice_row(pen, f, x0, x1, y, size)
        return self.strip(pen, self.subs(pen, f), x0, x1, y, size, place)

    def number(self) -> str:
        self.counter += 1
        return self.numbers.format(n=self.counter)

    def group(self, g: Grp, x0: float, x1: float) -> Block:
        mode, place = self.doc.mode, self.doc.place

        def draw(pen: Pen, y: float, size: float) -> float:
            ink = self.ink
            y -= size * 0.9
            pen.c.setFillGray(0.85)
            pen.c.rect(x0, y - size * 0.42, x1 - x0, size * 1.5, 0, 1)
            pen.c.setFillGray(0)
            pen.text(x0 + 3, y, clean(self.w.head(g.head)), size, font=ink.bold)
            y -= size * 1.75
            for f in g.fields:
                label = clean(self.label(f))
                no = self.number()
                if mode == "rows":
                    lw = (x1 - x0) * 0.3
                    lab = wrap39(f"{no} {label}", ink.reg, size * 0.8, lw - 6)
                    for k, ln in enumerate(lab):
                        pen.text(x0 + 1, y - size * 0.9 - k * size * 0.95, ln, size * 0.8,
                                 font=ink.reg)
                    h = self.body(pen, f, x0 + lw, x1, y, size, place)
                    h = max(h, len(lab) * size * 0.95 + size * 0.5)
                    pen.c.setStrokeGray(0.7)
                    pen.hline(x0, x1, y - h - size * 0.05, 0.3)
                    pen.c.setStrokeGray(0)
                    y -= h + size * 0.35
                elif mode == "blocks":
                    pen.text(x0 + 1, y - size * 0.8, no, size * 0.85, font=ink.bold)
                    nx = x0 + 1 + _w(no, ink.bold, size * 0.85) + 5
                    lab = wrap39(label, ink.reg, size * 0.85, x1 - nx)
                    for k, ln in enumerate(lab):
                        pen.text(nx, y - size * 0.8 - k * size, ln, size * 0.85, font=ink.reg)
                    y -= len(lab) * size + size * (0.55 if place == "above" else 0.3)
                    y -= self.body(pen, f, nx, x1, y, size, place) + size * 0.25
                else:  # inside: a frame per field, its label at the top left
                    top = y
                    lab = wrap39(f"{no} {label}", ink.reg, size * 0.7, x1 - x0 - 8)
                    for k, ln in enumerate(lab):
                        pen.text(x0 + 3, y - size * 0.75 - k * size * 0.8, ln, size * 0.7,
                                 font=ink.reg)
                    y -= len(lab) * size * 0.8 + size * 0.35
                    y -= self.body(pen, f, x0 + 6, x1 - 6, y, size, place) + size * 0.1
                    pen.c.setStrokeGray(0.15)
                    pen.c.setLineWidth(0.8)
                    pen.c.rect(x0, y, x1 - x0, top - y, 1, 0)
                    pen.c.setStrokeGray(0)
                    y -= size * 0.15
            return y - size * 0.5
        return draw


def _draw_split(pen: Pen, doc: Doc39, record: Record, s: Style, w: Extra39Wording,
                rng: random.Random, pages: int) -> None:
    ink = _ink(rng, 0.35 if doc.doc_type in CERTIFICATES else 0.2)
    frame = _Frame(pen, record, w, ink, rng, doc.doc_type, pages)
    paint = _SplitPaint(doc, ink, w, s, rng)
    left, right = pen.left, pen.right
    title = frame.title(False)

    def body(gs: list[Grp], x0: float, x1: float, _floor: float, _n: int) -> list[Block]:
        return [paint.group(g, x0, x1) for g in gs]

    if isinstance(record, Identity):
        _draw_identity(pen, doc, record, frame, rng, pages, title, body, False, paint)
        return
    split = _pages_of(doc.groups, pages, rng)
    plan: list[tuple[list[Block], float, float]] = []
    top1, top2 = float(PAGE_H) - 74, float(PAGE_H) - 92
    for i, gs in enumerate(split):
        last = i == len(split) - 1
        floor = CLOSING_TOP if last else PAGE_FLOOR
        blocks = ([title] if i == 0 else []) + body(gs, left, right, floor, 1)
        if last and pages == 2:
            blocks.append(frame.notes(False))
        plan.append((blocks, top1 if i == 0 else top2, floor))
    size = _fit_split(pen, plan, paint, rng.uniform(9.2, 10.6))
    doc.shown.clear()
    paint.counter = 0
    for i, (blocks, _top, _floor) in enumerate(plan):
        if i:
            pen.new_page()
        y = frame.head(pen, i + 1)
        _run(pen, blocks, y, size)
    frame.closing(pen)


def _fit_split(pen: Pen, plan: list[tuple[list[Block], float, float]], paint: _SplitPaint,
               size: float) -> float:
    """``_fit`` with the field numbers restarting at each trial."""
    scratch = _scratch(pen)
    while size > 5.4:
        paint.counter = 0
        if all(_run(scratch, blocks, top, size) >= floor for blocks, top, floor in plan):
            return size
        size -= 0.2
    return 5.4


# --- identity documents --------------------------------------------------------------------------


def _draw_identity(pen: Pen, doc: Doc39, r: Identity, frame: _Frame, rng: random.Random,
                   pages: int, title: Block,
                   body: Callable[[list[Grp], float, float, float, int], list[Block]],
                   wrapped: bool, paint: _SplitPaint | None = None) -> None:
    """The data sheet with the document's copy below it, beside it or on the second page."""
    left, right = pen.left, pen.right
    groups = _for_wrapped(doc.groups, "split") if wrapped else doc.groups
    viz = rng.choice(VIZ_STYLES)
    seed = rng.randrange(10**6)
    card = r.mrz_format == "TD1"
    copy_caption = clean(frame.w.word("copy"))
    top1 = float(PAGE_H) - 74
    if pages == 2:
        doc.copy_at = "page2"
    elif rng.random() < 0.45:
        doc.copy_at = "beside"
    else:
        doc.copy_at = "below"

    def copy(p: Pen, x: float, top: float, scale: float) -> float:
        cw, ch = _card_size(r, "both", scale)
        for ln in wrap39(copy_caption, frame.ink.bold, 8.6, cw):
            p.text(x, top, ln, 8.6, font=frame.ink.bold)
            top -= 10.5
        _draw_copy(p, r, "both", x, top + 2, scale, viz, random.Random(seed), False)
        return top + 2 - ch

    if doc.copy_at == "page2":
        blocks = [title, *body(groups, left, right, PAGE_FLOOR, doc.cols), frame.notes(wrapped)]
        size = _fit_any(pen, [(blocks, top1, PAGE_FLOOR)], rng.uniform(9.4, 11.0), paint)
        doc.shown.clear()
        if paint:
            paint.counter = 0
        _run(pen, blocks, frame.head(pen, 1), size)
        pen.new_page()
        y = frame.head(pen, 2)
        one = _card_size(r, "both", 1.0)
        scale = min(1.1 if card else 1.0, (right - left) / one[0], (y - CLOSING_TOP - 30) / one[1])
        copy(pen, left + ((right - left) - one[0] * scale) / 2, y - 6, scale)
        frame.closing(pen)
        return
    if doc.copy_at == "beside":
        scale = 0.8 if card else 0.66
        cw, ch = _card_size(r, "both", scale)
        x1 = right - cw - 18
        cols = 1 if x1 - left < 260 else 2
        blocks = [title, *body(groups, left, x1, CLOSING_TOP, cols)]
        size = _fit_any(pen, [(blocks, top1, CLOSING_TOP)], rng.uniform(9.4, 11.0), paint)
        doc.shown.clear()
        if paint:
            paint.counter = 0
        y = frame.head(pen, 1)
        y = title(pen, y, size)
        copy(pen, right - cw, y, scale)
        _run(pen, blocks[1:], y, size)
        frame.closing(pen)
        return
    one = _card_size(r, "both", 1.0)
    scale = min(0.8 if card else 0.85, (right - left) / one[0])
    _cw, ch = _card_size(r, "both", scale)
    floor = CLOSING_TOP + ch + 26
    blocks = [title, *body(groups, left, right, floor, doc.cols)]
    size = _fit_any(pen, [(blocks, top1, floor)], rng.uniform(9.4, 11.0), paint)
    doc.shown.clear()
    if paint:
        paint.counter = 0
    y = frame.head(pen, 1)
    y = _run(pen, blocks, y, size)
    copy(pen, left + rng.uniform(0, max(0.0, right - left - _cw)), y - 16, scale)
    frame.closing(pen)


def _fit_any(pen: Pen, plan: list[tuple[list[Block], float, float]], size: float,
             paint: _SplitPaint | None) -> float:
    return _fit_split(pen, plan, paint, size) if paint else _fit(pen, plan, size)


# --- entry point -------------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc39:
    """The content of one document and how it is laid out."""
    groups = _Build(record, s, rng).groups()
    if s.layout == "wrapped":
        mode = rng.choice(WRAP_MODES)
        place = rng.choice(("stack", "runin")) if mode == "columns" else ""
        if mode == "columns":
            cols = 4 if place == "stack" else rng.choice((3, 4))
        else:
            cols = rng.choice((2, 3, 3))
        return Doc39(doc_type, "wrapped", mode, groups, place, cols)
    mode = rng.choice(SPLIT_MODES)
    return Doc39(doc_type, "split", mode, groups, rng.choice(CAPTION_PLACES[mode]), 1)


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc39:
    """Draw one document; returns its content and what it printed for each truth field."""
    w = s.words
    assert isinstance(w, Extra39Wording)
    doc = build_doc(record, s, rng, doc_type)
    if s.layout == "wrapped":
        _draw_wrapped(pen, doc, record, s, w, rng, pages)
    else:
        _draw_split(pen, doc, record, s, w, rng, pages)
    return doc


def draw_extra39(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CAPTION_PLACES", "CERTIFICATES", "SPLIT_MODES", "WRAP_MODES", "Doc39", "Fld", "Grp",
           "Shown", "adapt", "build_doc", "draw_doc", "draw_extra39", "split_full", "wrap39"]
