"""The twenty-fifth extra pair of blind held-out layouts: ``corrected`` and ``keyed``.

``corrected`` is a filled-in printed form (certificates: a register extract) on which the office
or the citizen later corrected some entries: one to four values per document show the original
entry struck through (a single, double or zigzag line, crossed out character by character, or
bracketed with a deletion mark) and the corrected value beside it, smaller above it between the
lines, in the right margin with a reference mark, or only in a correction notice at the foot of
the document that names the field and gives the new value. A correction may carry initials, a
date stamp (never a truth date) and a short reason. Choices sometimes show a tick moved from one
box to another (the first tick circled or struck and marked void). The original entries are
plausible slips (a digit swapped in a date or postal code, a misspelt name, another house number,
another city) and never truth values; the truth is always the corrected value. Labels sit beside
or above the values, values are filled in another face or in blue ink, corrections in red, blue
or black ink.

``keyed`` is a form whose fields are identified by key numbers (like the line numbers of tax
forms or the keys of machine-readable mailroom forms): small key numbers (consecutive, sparse,
with a prefix, or with line numbers) stand before comb boxes, plain boxes or underlines holding
the values; what a key means is printed beside it in small type, or only in a legend elsewhere
(at the top, at the bottom, in a side column or on the second sheet) as a table, a running list
or two columns, in varied order; sometimes the values are an entry block of "key: value" lines.
Distractor keys refer to items outside the catalog and are left empty or hold no truth value.
Certificates are register extracts keyed the same way; identity documents a keyed cover sheet
with the picture of the document.

Both draw straight from the record with the wording of ``samples.wording_extra25``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from samples import data, pools
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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature, other_day
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.render_extra13 import _furniture_day, _truth_strings
from samples.render_extra24 import Block, _fits, _split, wrap_runs
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra25 import (
    DWELLING25,
    DWELLING_ORDER25,
    ID_KINDS25,
    MARITAL25,
    PURPOSE25,
    PURPOSE_ORDER25,
    ROLE25,
    SEX_ORDER25,
    Extra25Wording,
    nationality_word,
    printed_dates,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
NATIONS: Final = ("DEU", "POL", "TUR", "ITA", "UKR", "SYR", "ROU", "GRC", "ESP", "FRA")
INKS: Final[dict[str, RGB]] = {"black": (0.06, 0.06, 0.08), "blue": (0.08, 0.2, 0.62),
                               "red": (0.72, 0.07, 0.09), "navy": (0.1, 0.12, 0.4)}
_MARITAL: Final = ("ledig", "verheiratet", "geschieden", "verwitwet")

# --- content ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), the person it belongs
    to when a document has two (spouses), how a slip of it may look, and for choices the options
    and the chosen one. ``corrected`` adds the struck original (``wrong``, never a truth value) or
    the voided tick (``first``), how the correction is shown and its initials, stamp and reason;
    ``keyed`` adds the key number and, for choices printed as a number, the option numbers.
    ``label`` is the wording that names the value (beside, above or in the legend)."""

    key: str
    value: str
    name: str = ""
    who: str = ""
    slip: str = ""
    short: bool = False
    options: tuple[str, ...] = ()
    chosen: int = -1
    boxes: bool = False
    codes: tuple[str, ...] = ()
    wrong: str = ""
    first: int = -1
    how: str = ""
    initials: str = ""
    stamp: date | None = None
    reason: str = ""
    code: str = ""
    line: int = 0
    label: str = ""


@dataclass(slots=True)
class Sec:
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    extras: list[Fld] = field(default_factory=list)  # keyed: keys for no catalog item
    form_no: str = ""


def _w(s: Style) -> Extra25Wording:
    assert isinstance(s.words, Extra25Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed value of a document (for tests; with ``keyed`` the distractor keys of
    ``doc.extras`` too, whose ``name`` is empty)."""
    return [f for sec in doc.sections for f in sec.items]


def _truth_days(record: Record) -> set[str]:
    return {v for v in truth_fields(record).values()
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"}


def _taken(record: Record) -> set[str]:
    """Every truth value, its words and all its date printings (slips and distractors hit
    none)."""
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(date.fromisoformat(d))
    return out


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.corrected = _w(s).corrected

    def section(self, head: str) -> None:
        self.doc.sections.append(Sec(head, []))

    def add(self, key: str, value: str, name: str = "", *, slip: str = "", who: str = "",
            short: bool = False) -> Fld:
        f = Fld(key, value, name, who=who, slip=slip, short=short)
        self.doc.sections[-1].items.append(f)
        return f

    def choice(self, key: str, options: tuple[str, ...], chosen: int, name: str = "",
               mode: str = "", who: str = "") -> Fld:
        """A choice: ``choice`` as boxes, ``code`` as an option number, ``tick`` as keyed boxes,
        anything else as the chosen words."""
        f = self.add(key, options[chosen], name, who=who, slip="option")
        f.options, f.chosen = options, chosen
        if mode in ("choice", "tick"):
            f.boxes = True
        elif mode == "code":
            start = self.rng.choice((0, 1, 1))
            f.codes = tuple(str(start + i) for i in range(len(options)))
            f.value = f.codes[chosen]
            f.short = True
        return f

    def date(self, key: str, d: date, name: str = "", who: str = "") -> Fld:
        return self.add(key, self.s.date(d), name, slip=f"date:{d.isoformat()}", who=who,
                        short=True)

    def sex(self, code: str) -> Fld:
        mode = self.s.sex_mode
        if mode == "choice" and self.doc.doc_type in CERTIFICATES:
            mode = "word"  # a register extract writes the entry out
        if mode in ("choice", "code"):
            options = tuple(SEX_WORDS[c] for c in SEX_ORDER25)
            return self.choice("sex", options, SEX_ORDER25.index(code), "sex", mode)
        f = self.add("sex", sex_text(code, mode), "sex", short=True,
                     slip="" if mode == "letter" else f"sex:{code}")
        return f

    def nationality(self, code: str) -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode),
                        "nationality", slip=f"nat:{code}", short=True)

    def person(self, p: Person, prefix: str = "", *, pob: bool = True, status: bool = True,
               who: str = "", birth_name: bool = True) -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name",
                 slip="name", who=who)
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names",
                 slip="name", who=who)
        if birth_name and p.birth_name:
            self.add("birth_name", p.birth_name, "birth_name", slip="name", who=who)
        self.date("date_of_birth", p.dob, prefix + "date_of_birth", who=who)
        if pob:
            self.add("place_of_birth", p.pob, "place_of_birth", slip="place", short=True)
        if status:
            self.sex(p.sex)
            self.nationality(p.nationality)

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city",
                     slip="digits")
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number", slip="digits")
            self.add("city_line", a.city_line, "postal_code+city", slip="digits")
        else:
            self.add("street", a.street, "street", slip="street")
            self.add("house_number", a.number, "house_number", slip="house", short=True)
            self.add("postal_code", a.postal_code, "postal_code", slip="digits", short=True)
            self.add("city", a.city, "city", slip="place", short=True)


def _choice_mode(s: Style) -> str:
    return s.purpose_mode


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc)
    mode = _choice_mode(s)
    variant = rng.randrange(2)
    match record:
        case Anmeldung():
            b.section("person")
            b.person(record.person)
            if record.marital in _MARITAL and rng.random() < 0.7:
                b.add("marital", MARITAL25[_MARITAL.index(record.marital)], short=True)
            if record.phone and rng.random() < 0.5:
                b.add("phone", record.phone, short=True)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING25[k][variant] for k in DWELLING_ORDER25),
                         DWELLING_ORDER25.index(record.dwelling), "dwelling", mode)
            if record.previous:
                b.section("previous")
                b.add("previous_address", record.previous, "previous_address", slip="digits")
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name", slip="name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address",
                  slip="digits")
            b.choice("role", (ROLE25[True][variant], ROLE25[False][variant]),
                     0 if record.landlord_is_owner else 1, "", mode)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.section("tenants")
            for tenant in record.tenants:
                b.add("tenant", " ".join(tenant.split()), "tenant_names", slip="name")
        case Geburt():
            b.section("child")
            b.person(record.child, status=False, birth_name=False)
            b.sex(record.child.sex)
            b.add("birth_time", record.birth_time, short=True, slip="digits")
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name", slip="name")
            if record.father:
                b.add("father_name", record.father, "father_name", slip="name")
            _register(b, record)
        case Ehe():
            b.section("spouse1")
            b.person(record.spouse1, "spouse1_", pob=False, status=False, who="spouse1")
            b.section("spouse2")
            b.person(record.spouse2, "spouse2_", pob=False, status=False, who="spouse2")
            b.section("marriage")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place", slip="place",
                  short=True)
            _register(b, record)
        case Sterbe():
            b.section("deceased")
            b.person(record.person, status=False, birth_name=False)
            b.section("death")
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death", slip="place",
                  short=True)
            b.add("last_residence", record.last_residence, slip="digits")
            _register(b, record)
        case Zulassung():
            b.section("holder")
            b.person(record.holder, "holder_", pob=False, status=False, birth_name=False)
            b.address(record.address)
            b.section("vehicle")
            b.add("make", record.make, short=True)
            b.add("model", record.model, short=True)
            b.add("vin", record.vin, "vin", slip="digits")
            b.add("evb_number", record.evb, "evb_number", short=True)
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate", slip="digits", short=True)
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder", slip="name")
            iban = group_iban(record.iban) if rng.random() < 0.55 else record.iban
            b.add("iban", iban, "iban", slip="digits")
            if rng.random() < 0.6:
                b.add("bic", record.bic, short=True)
        case Aufenthalt():
            b.section("applicant")
            b.person(record.person, status=False, birth_name=False)
            b.nationality(record.person.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number", slip="digits",
                  short=True)
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.section("stay")
            b.choice("purpose", tuple(PURPOSE25[k][variant] for k in PURPOSE_ORDER25),
                     PURPOSE_ORDER25.index(record.purpose), "purpose", mode)
            b.section("home")
            b.address(record.address)
        case Identity():
            tf = truth_fields(record)
            b.section("document")
            kind = 0 if record.mrz_format == "TD3" else 1
            b.choice("doc_kind", (ID_KINDS25["P"][variant], ID_KINDS25["I"][variant]), kind,
                     "mrz_format", mode)
            b.add("doc_number", record.document_number, "document_number", slip="digits",
                  short=True)
            b.add("family_name", str(tf["family_name"]), "family_name", slip="name")
            b.add("given_names", str(tf["given_names"]), "given_names", slip="name")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            b.date("expiry_date", record.expiry, "expiry_date")
            if rng.random() < 0.6:
                b.add("nationality", nationality_word(str(tf["nationality"]),
                                                      s.nationality_mode), "nationality",
                      short=True)
            if rng.random() < 0.5:
                b.add("issuing_state", record.issuing_state, "issuing_state", short=True)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number", slip="digits", short=True)
    b.date("issue_date", r.issue, "issue_date")


# --- slips (the struck originals of ``corrected``) ------------------------------------------------


def _slip_day(record: Record, d: date, rng: random.Random) -> date:
    """A plausible slip in a date: swapped digits of the day, month or year, or a nearby day;
    never a truth date."""
    days = {date.fromisoformat(x) for x in sorted(_truth_days(record))}
    cands: list[date] = []
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", str(d.year)
    for part, flip in (("day", dd[::-1]), ("month", mm[::-1])):
        if flip[0] != flip[1]:
            with contextlib.suppress(ValueError):  # no such day or month
                cands.append(d.replace(**{part: int(flip)}))
    if yy[2] != yy[3]:
        year = int(yy[:2] + yy[3] + yy[2])
        if 1920 < year <= 2036:
            with contextlib.suppress(ValueError):  # 29 February
                cands.append(d.replace(year=year))
    for k in (1, 2, 3, 10):
        cands += [d + timedelta(days=k), d - timedelta(days=k)]
    cands = [c for c in cands if c != d and c not in days]
    return rng.choice(cands)


def _digit_slip(value: str, taken: set[str], rng: random.Random) -> str:
    """Two neighbouring digits swapped, or one digit changed: no truth value."""
    for _ in range(40):
        chars = list(value)
        spots = [i for i in range(len(chars) - 1) if chars[i].isdigit() and chars[i + 1].isdigit()
                 and chars[i] != chars[i + 1]]
        if spots and rng.random() < 0.7:
            i = rng.choice(spots)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            digits = [i for i, ch in enumerate(chars) if ch.isdigit()]
            if not digits:
                return ""
            i = rng.choice(digits)
            chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
        cand = "".join(chars)
        if cand != value and cand not in taken and not cand.startswith("0" * len(cand)):
            return cand
    return ""


_VOWELS: Final = "aeiou"
_PLAIN: Final = str.maketrans("äöüÄÖÜß", "aouAOUs")


def _typo(value: str, taken: set[str], rng: random.Random) -> str:
    """A misspelling of one word of a name: swapped, doubled or dropped letters, a lost umlaut
    or another vowel; no truth value."""
    words = value.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 4]
    if not spots:
        return ""
    for _ in range(40):
        i = rng.choice(spots)
        w = words[i]
        op = rng.randrange(5)
        j = rng.randint(1, len(w) - 2)
        if op == 0 and w[j] != w[j + 1] and w[j + 1].isalpha():
            new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1 and w[j].isalpha() and w[j].lower() not in _VOWELS:
            new = w[:j] + w[j] + w[j:]
        elif op == 2 and len(w) >= 5 and w[j].isalpha():
            new = w[:j] + w[j + 1:]
        elif op == 3 and any(ch in w for ch in "äöüÄÖÜß"):
            new = w.translate(_PLAIN)
        elif op == 4 and w[j].lower() in _VOWELS:
            other = rng.choice([v for v in _VOWELS if v != w[j].lower()])
            new = w[:j] + (other.upper() if w[j].isupper() else other) + w[j + 1:]
        else:
            continue
        cand = " ".join([*words[:i], new, *words[i + 1:]])
        if new != w and cand not in taken and new not in taken:
            return cand
    return ""


_TOWNS: Final = tuple(sorted({*pools.CITIES, *data.GERMAN_BIRTH_TOWNS}))


def _wrong(f: Fld, record: Record, s: Style, rng: random.Random, taken: set[str]) -> str:
    kind = f.slip
    if kind.startswith("date:"):
        return s.date(_slip_day(record, date.fromisoformat(kind[5:]), rng))
    if kind == "digits":
        return _digit_slip(f.value, taken, rng)
    if kind == "name":
        return _typo(f.value, taken, rng)
    if kind == "house":
        num = "".join(ch for ch in f.value if ch.isdigit())
        suffix = f.value[len(num):]
        for _ in range(20):
            cand = str(max(1, int(num) + rng.choice((-3, -2, -1, 1, 2, 4, 10, 20)))) + suffix
            if cand != f.value and cand not in taken:
                return cand
        return ""
    if kind == "place":
        if f.value in _TOWNS and rng.random() < 0.75:
            towns = [t for t in _TOWNS if t not in taken and not set(t.split()) & taken]
            return rng.choice(towns) if towns else ""
        return _typo(f.value, taken, rng)
    if kind == "street":
        if rng.random() < 0.5:
            streets = [t for t in pools.STREETS if t not in taken and t != f.value]
            return rng.choice(streets) if streets else ""
        return _typo(f.value, taken, rng)
    if kind.startswith("nat:"):
        code = rng.choice([c for c in NATIONS if c != kind[4:]])
        cand = nationality_word(code, s.nationality_mode)
        return "" if cand in taken else cand
    if kind.startswith("sex:"):
        code = rng.choice([c for c in SEX_ORDER25 if c != kind[4:]])
        return sex_text(code, s.sex_mode)
    if kind == "option" and f.options and not f.codes:
        others = [o for i, o in enumerate(f.options) if i != f.chosen]
        return rng.choice(others)
    return ""


def _initials(rng: random.Random) -> str:
    letters = "ABDEFGHKLMNPRSTW"
    style = rng.randrange(3)
    a, b = rng.choice(letters), rng.choice(letters)
    if style == 0:
        return f"{a}.{b}."
    if style == 1:
        return f"{a}{b.lower()}"
    return f"{a}{b}"


def _corrections(doc: Doc, record: Record, s: Style, rng: random.Random) -> None:
    """One to four slips per document, each with the way it was corrected."""
    w = _w(s)
    taken = _taken(record)
    cert = doc.doc_type in CERTIFICATES
    cands = [f for f in fields(doc) if f.slip and f.key != "issue_date"]
    rng.shuffle(cands)
    wanted = rng.choice((1, 2, 2, 2, 3, 3, 4))
    done = 0
    hows = (("note", "note", "beside", "above", "margin") if cert
            else ("beside", "beside", "above", "above", "margin", "note"))
    for f in cands:
        if done >= wanted:
            break
        if f.boxes:
            f.first = rng.choice([i for i in range(len(f.options)) if i != f.chosen])
            f.how = "tick"
        else:
            wrong = _wrong(f, record, s, rng, taken)
            if not wrong or wrong == f.value or wrong in taken:
                continue
            f.wrong = wrong
            f.how = rng.choice(hows)
        done += 1
        if rng.random() < 0.65:
            f.initials = _initials(rng)
        if rng.random() < 0.45:
            f.stamp = other_day(record, doc.printed or data.REFERENCE_DATE, rng, 6)
            doc.furniture.append(f.stamp)
        if f.how == "note" or rng.random() < 0.35:
            group = ("reason_digits" if f.slip in ("digits", "house") or f.slip.startswith("date:")
                     else "reason_name" if f.slip in ("name", "street", "place") else "reason")
            f.reason = w.any_word(group if rng.random() < 0.75 else "reason")


# --- keys ---------------------------------------------------------------------------------------

_PREFIXES: Final = ("K", "KZ ", "F-", "Z")


def _extras(doc: Doc, record: Record, w: Extra25Wording, rng: random.Random) -> None:
    """Two to four keys for items outside the catalog: empty, or a value that is no truth
    value."""
    taken = _taken(record)
    for label in w.extras(rng.randint(2, 4)):
        value = ""
        if rng.random() < 0.45:
            if "Anzahl" in label:
                value = str(rng.randint(1, 4))
            elif "EUR" in label:
                value = f"{rng.randint(12, 61)},{rng.choice(('00', '50', '80', '70'))}"
            elif "1 = " in label:
                value = rng.choice(("1", "2")) if "2 = " in label else "1"
        if value in taken:
            value = ""
        doc.extras.append(Fld("extra", value, "", short=True, reason=label))


def _assign_keys(doc: Doc, rng: random.Random) -> str:
    """Key numbers for every field and distractor (one scheme per document); distractors join
    the sections at random places. Returns the scheme."""
    for x in doc.extras:
        sec = rng.choice(doc.sections)
        sec.items.insert(rng.randint(0, len(sec.items)), x)
    scheme = rng.choice(("consecutive", "sparse", "prefixed", "lines"))
    prefix = rng.choice(_PREFIXES)
    n = rng.choice((10, 20, 30, 100, 200)) if scheme == "consecutive" else rng.randint(100, 420)
    line = 0
    for k, sec in enumerate(doc.sections):
        if scheme == "consecutive" and k and rng.random() < 0.5:
            n = (n // 10 + 1) * 10
        for f in sec.items:
            line += 1
            f.line = line
            if scheme == "prefixed":
                f.code = f"{prefix}{n}"
            else:
                f.code = str(n)
            n += 1 if scheme == "consecutive" else rng.randint(1, 7)
    return scheme


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The document's content: sections of printed fields, for ``corrected`` with the slips and
    their corrections, for ``keyed`` with the key numbers and the distractor keys."""
    w = _w(s)
    doc = Doc(doc_type, w.title(doc_type), _city(record), [])
    doc.printed = _furniture_day(record, rng, 40)
    doc.furniture.append(doc.printed)
    doc.form_no = rng.choice((f"{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                              f"{rng.choice('ABDKMS')} {rng.randint(1, 49)}/{rng.randint(1, 9)}",
                              f"{rng.randint(1000, 9999)}.{rng.randint(10, 99)}"))
    _content(record, s, rng, doc)
    if w.corrected:
        _corrections(doc, record, s, rng)
    else:
        _extras(doc, record, w, rng)
        _assign_keys(doc, rng)
    for f in fields(doc):
        if f.key == "extra":
            f.label = f.reason
        else:
            f.label = w(f.key)
            if f.who and not w.corrected:
                f.label = f"{f.label} {w.person(f.who)}"
    return doc


# --- drawing helpers ----------------------------------------------------------------------------


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit_size(text: str, face: str, size: float, width: float) -> float:
    """``size``, or smaller so that ``text`` fits in ``width``."""
    wd = _sw(text, face, size)
    return size if wd <= width or wd == 0 else max(4.0, size * width / wd)


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    lines = wrap_runs([(text, face)], size, width)
    return [" ".join(seg[1] for seg in line) for line in lines if line] or [""]


def _box(c: Canvas, x: float, y: float, size: float) -> None:
    c.rect(x, y, size, size, stroke=1, fill=0)


def _cross(pen: Pen, x: float, y: float, size: float, ink: RGB, rng: random.Random) -> None:
    """A written cross over the box at (x, y)."""
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(rng.uniform(0.9, 1.3))
    j = size * 0.12
    c.line(x + j + rng.uniform(-1, 1), y + j, x + size - j, y + size - j + rng.uniform(-1, 1))
    c.line(x + j, y + size - j + rng.uniform(-1, 1), x + size - j + rng.uniform(-1, 1), y + j)
    c.restoreState()


@dataclass(slots=True)
class _Cx:
    """Per-document drawing choices of ``corrected``."""

    pen: Pen
    faces: Set4
    vface: str
    cface: str
    ink: RGB
    cink: RGB
    x0: float
    x1: float
    ls: float  # label size
    vs: float  # value size
    rng: random.Random
    w: Extra25Wording
    record: Record
    s: Style
    place: str  # beside | above
    lw: float  # label column (beside)
    rule: str  # dots | line | none
    heads: str  # band | rule | caps
    strike: str  # single | double | zigzag | xx | bracket
    marks: str  # digits | stars | paren
    viz: str
    sub: random.Random


def _mark(cx: _Cx, n: int) -> str:
    if cx.marks == "stars":
        return "*" * n
    if cx.marks == "paren":
        return f"{n})"
    return str(n)


def _strike(cx: _Cx, x: float, y: float, text: str, face: str, size: float) -> float:
    """The original entry in the value ink, struck out in the correction ink; returns the x
    after it."""
    c = cx.pen.c
    wd = _sw(text, face, size)
    c.setFillColorRGB(*cx.ink)
    bracket = cx.strike == "bracket"
    if bracket:
        c.setFillColorRGB(*cx.cink)
        c.setFont(face, size)
        c.drawString(x, y, "[")
        x += _sw("[", face, size)
        c.setFillColorRGB(*cx.ink)
    c.setFont(face, size)
    c.drawString(x, y, text)
    c.saveState()
    c.setStrokeColorRGB(*cx.cink)
    c.setLineWidth(0.8)
    mid = y + size * 0.32
    if cx.strike == "double":
        c.line(x - 1, mid - size * 0.1, x + wd + 1, mid - size * 0.06)
        c.line(x - 1, mid + size * 0.12, x + wd + 1, mid + size * 0.16)
    elif cx.strike == "zigzag":
        p = c.beginPath()
        p.moveTo(x - 1, mid)
        step = size * 0.45
        k = 0
        xx = x - 1
        while xx < x + wd:
            xx = min(x + wd + 1, xx + step)
            k += 1
            p.lineTo(xx, mid + (size * 0.22 if k % 2 else -size * 0.22))
        c.drawPath(p, stroke=1, fill=0)
    elif cx.strike == "xx":
        cw = wd / max(1, len(text))
        c.setLineWidth(0.45)
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            a = x + i * cw
            c.line(a + cw * 0.2, y + size * 0.08, a + cw * 0.8, y + size * 0.6)
            c.line(a + cw * 0.2, y + size * 0.6, a + cw * 0.8, y + size * 0.08)
    else:
        c.line(x - 1.5, mid - size * 0.05, x + wd + 1.5, mid + size * 0.08)
    c.restoreState()
    x += wd
    if bracket:
        c.setFillColorRGB(*cx.cink)
        c.setFont(face, size)
        c.drawString(x, y, "]")
        x += _sw("]", face, size)
        # the proofreader's deletion sign: a loop above the bracket
        c.saveState()
        c.setStrokeColorRGB(*cx.cink)
        c.setLineWidth(0.7)
        p = c.beginPath()
        p.moveTo(x - 1, y + size * 0.55)
        p.curveTo(x + 2, y + size * 0.95, x + 7, y + size * 0.75, x + 3, y + size * 0.4)
        p.curveTo(x + 1, y + size * 0.2, x + 6, y - size * 0.05, x + 9, y + size * 0.3)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()
        x += 6
    c.setFillColorRGB(0, 0, 0)
    return x


def _ink_text(cx: _Cx, x: float, y: float, text: str, face: str, size: float,
              ink: RGB) -> float:
    c = cx.pen.c
    c.setFillColorRGB(*ink)
    c.setFont(face, size)
    c.drawString(x, y, text)
    c.setFillColorRGB(0, 0, 0)
    return x + _sw(text, face, size)


def _extra_note(cx: _Cx, f: Fld) -> str:
    """Initials and stamp written beside a correction."""
    parts = []
    if f.stamp is not None:
        parts.append(cx.w.word("stamp").format(f.stamp.strftime("%d.%m.%y")))
    if f.initials:
        parts.append(f.initials)
    return " ".join(parts)


@dataclass(slots=True)
class _Pass:
    """How one layout pass shows each correction (a correction that does not fit beside its
    original or in the margin goes to the notice) and the reference marks it hands out."""

    plan: dict[int, tuple[str, str]] = field(default_factory=dict)
    notes: list[tuple[str, Fld]] = field(default_factory=list)
    count: int = 0

    def settle(self, cx: _Cx, f: Fld, width: float) -> tuple[str, str]:
        if id(f) in self.plan:
            return self.plan[id(f)]
        how = f.how if f.wrong else ("tick" if f.first >= 0 else "")
        if f.wrong:
            wrong_w = _sw(f.wrong, cx.vface, cx.vs) + 12
            value_w = _sw(f.value, cx.cface, cx.vs)
            if how == "beside" and wrong_w + value_w + 10 > width - 4:
                how = "above"
            if how == "margin" and wrong_w + value_w + 24 > width - 4:
                how = "note"
        mark = ""
        if how in ("note", "margin"):
            self.count += 1
            mark = _mark(cx, self.count)
            if how == "note":
                self.notes.append((mark, f))
        self.plan[id(f)] = (how, mark)
        return how, mark


def _label_text(cx: _Cx, f: Fld) -> str:
    return f.label


def _value_height(cx: _Cx, f: Fld, width: float, how: str) -> float:
    """Height of a field's value area (without its label)."""
    vs = cx.vs
    if f.boxes:
        rows = _option_rows(cx, f, width)
        return len(rows) * vs * 1.8 + (vs * 0.75 if how == "tick" else 0.0)
    h = vs * 1.8
    if how == "above":
        h += vs * 0.95
    return h


def _option_rows(cx: _Cx, f: Fld, width: float) -> list[list[int]]:
    bs = cx.vs * 0.95
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, o in enumerate(f.options):
        ow = bs + 4 + _sw(o, cx.faces.regular, cx.ls + 0.5) + 14
        if rows[-1] and used + ow > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += ow
    return rows


def _draw_value(cx: _Cx, f: Fld, x: float, top: float, width: float, ps: _Pass) -> None:
    """A field's value (plain, corrected, or as tick boxes) in the area below ``top``."""
    c = cx.pen.c
    vs = cx.vs
    rng = cx.sub
    if f.boxes:
        bs = vs * 0.95
        y = top - vs * (1.35 + (0.75 if f.how == "tick" else 0.0))
        last = (x, y)
        for row in _option_rows(cx, f, width):
            xx = x
            for i in row:
                o = f.options[i]
                c.setStrokeGray(0.15)
                c.setLineWidth(0.6)
                _box(c, xx, y - 1, bs)
                if i == f.chosen:
                    _cross(cx.pen, xx, y - 1, bs, cx.cink if f.how == "tick" else cx.ink, rng)
                if i == f.first:
                    _cross(cx.pen, xx, y - 1, bs, cx.ink, rng)
                    c.saveState()
                    c.setStrokeColorRGB(*cx.cink)
                    c.setLineWidth(0.8)
                    if rng.random() < 0.5:
                        c.circle(xx + bs / 2, y - 1 + bs / 2, bs * 0.95, stroke=1, fill=0)
                    else:
                        c.line(xx - 3, y - 3, xx + bs + 3, y + bs + 1)
                    c.restoreState()
                c.setFillGray(0)
                tx = _ink_text(cx, xx + bs + 4, y, o, cx.faces.regular, cx.ls + 0.5,
                               (0, 0, 0))
                if i == f.first:
                    _ink_text(cx, xx, y + bs + 1.5, cx.w.word("void"), cx.cface, cx.ls * 0.85,
                              cx.cink)
                xx = tx + 14
            last = (xx, y)
            y -= vs * 1.75
        note = _extra_note(cx, f) if f.how == "tick" else ""
        if note and last[0] + _sw(note, cx.cface, cx.ls * 0.8) < x + width:
            _ink_text(cx, last[0], last[1], note, cx.cface, cx.ls * 0.8, cx.cink)
        return
    base = top - vs * (1.3 + (0.95 if ps.plan.get(id(f), ("", ""))[0] == "above" else 0.0))
    if cx.rule != "none":
        c.saveState()
        c.setStrokeGray(0.45)
        c.setLineWidth(0.4)
        if cx.rule == "dots":
            c.setDash(1, 2)
        c.line(x, base - 2.2, x + width, base - 2.2)
        c.restoreState()
    if not f.wrong:
        size = _fit_size(f.value, cx.vface, vs, width - 4)
        _ink_text(cx, x + 2, base, f.value, cx.vface, size, cx.ink)
        return
    size = vs
    how, m = ps.plan[id(f)]
    note = _extra_note(cx, f)
    if how == "above":
        size = _fit_size(f.wrong, cx.vface, vs, width - 16)
    end = _strike(cx, x + 2, base, f.wrong, cx.vface, size)
    if how == "beside":
        xx = _ink_text(cx, end + 8, base + rng.uniform(-0.8, 1.2), f.value, cx.cface, size,
                       cx.cink)
        extra = f"({f.reason})" if f.reason else ""
        tail = " ".join(t for t in (note, extra) if t)
        if tail and xx + 6 + _sw(tail, cx.cface, cx.ls * 0.8) < x + width:
            _ink_text(cx, xx + 6, base, tail, cx.cface, cx.ls * 0.8, cx.cink)
    elif how == "above":
        small = _fit_size(f.value, cx.cface, vs * 0.82, width - 10)
        ax = x + 6 + rng.uniform(0, 12)
        xx = _ink_text(cx, ax, base + vs * 0.98, f.value, cx.cface, small, cx.cink)
        # a caret under the inserted value
        c.saveState()
        c.setStrokeColorRGB(*cx.cink)
        c.setLineWidth(0.6)
        c.line(ax - 3, base + vs * 0.78, ax, base + vs * 0.95)
        c.line(ax - 3, base + vs * 0.78, ax - 6, base + vs * 0.95)
        c.restoreState()
        if note and xx + 8 + _sw(note, cx.cface, cx.ls * 0.75) < x + width:
            _ink_text(cx, xx + 8, base + vs * 0.98, note, cx.cface, cx.ls * 0.75, cx.cink)
    elif how == "margin":
        _ink_text(cx, end + 1, base + size * 0.45, m, cx.cface, size * 0.62, cx.cink)
        text = f"{m} {f.value}"
        mx = x + width - _sw(text, cx.cface, size) - 2
        _ink_text(cx, mx, base + rng.uniform(-1, 1.5), text, cx.cface, size, cx.cink)
    else:
        _ink_text(cx, end + 1, base + size * 0.45, m, cx.cface, size * 0.62, cx.cink)


def _field_block(cx: _Cx, cells: list[Fld], ps: _Pass, breakable: bool = True) -> Block:
    """One row of one field (label beside) or of one or two fields (label above)."""
    width = cx.x1 - cx.x0
    gap = 12.0
    if cx.place == "beside":
        f = cells[0]
        vw = width - cx.lw
        how, _ = ps.settle(cx, f, vw)
        above = cx.vs * 0.95 if how == "above" else 0.0
        label_lines = _wrap(_label_text(cx, f), cx.faces.regular, cx.ls, cx.lw - 8)
        first = cx.vs * 1.3 + above
        h = max(first + (len(label_lines) - 1) * cx.ls * 1.15 + cx.ls * 0.6,
                _value_height(cx, f, vw, how)) + cx.vs * 0.3

        def draw(top: float) -> None:
            c = cx.pen.c
            c.setFillGray(0.1)
            y = top - first
            if f.boxes:
                y = top - cx.vs * 1.35 - (cx.vs * 0.75 if how == "tick" else 0.0)
            c.setFont(cx.faces.regular, cx.ls)
            for line in label_lines:
                c.drawString(cx.x0, y, line)
                y -= cx.ls * 1.15
            c.setFillGray(0)
            _draw_value(cx, f, cx.x0 + cx.lw, top, vw, ps)

        return Block(h, draw, breakable)
    cw = (width - gap * (len(cells) - 1)) / len(cells)
    label_h = cx.ls * 1.2
    hows = [ps.settle(cx, f, cw)[0] for f in cells]
    h = label_h + max(_value_height(cx, f, cw, how) for f, how in zip(cells, hows, strict=True)
                      ) + cx.vs * 0.3

    def draw_above(top: float) -> None:
        c = cx.pen.c
        for k, f in enumerate(cells):
            x = cx.x0 + k * (cw + gap)
            size = _fit_size(_label_text(cx, f), cx.faces.regular, cx.ls, cw)
            c.setFont(cx.faces.regular, size)
            c.setFillGray(0.25)
            c.drawString(x, top - cx.ls, _label_text(cx, f))
            c.setFillGray(0)
            _draw_value(cx, f, x, top - label_h, cw, ps)

    return Block(h, draw_above, breakable)


def _heading(cx: _Cx, text: str, n: int) -> Block:
    size = cx.ls + 1.6
    h = size * 2.1 + 3

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - size * 1.45
        label = f"{n}. {text}" if cx.heads != "caps" else f"{n}  {text.upper()}"
        if cx.heads == "band":
            c.setFillGray(0.86)
            c.rect(cx.x0 - 3, y - size * 0.35, cx.x1 - cx.x0 + 6, size * 1.35, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont(cx.faces.bold, _fit_size(label, cx.faces.bold, size, cx.x1 - cx.x0))
        c.drawString(cx.x0, y, label)
        if cx.heads == "rule":
            c.setLineWidth(0.7)
            c.line(cx.x0, y - size * 0.35, cx.x1, y - size * 0.35)

    return Block(h, draw, True)


def _para(cx: _Cx, text: str, face: str, size: float, grey: float = 0.0,
          after: float = 0.4, ink: RGB | None = None) -> Block:
    lines = _wrap(text, face, size, cx.x1 - cx.x0)
    h = size * 1.25 * len(lines) + size * after

    def draw(top: float) -> None:
        c = cx.pen.c
        if ink:
            c.setFillColorRGB(*ink)
        else:
            c.setFillGray(grey)
        c.setFont(face, size)
        y = top - size
        for line in lines:
            c.drawString(cx.x0, y, line)
            y -= size * 1.25
        c.setFillGray(0)

    return Block(h, draw, True)


def _space(h: float) -> Block:
    return Block(h, lambda top: None, True)


def _notes_block(cx: _Cx, ps: _Pass, cert: bool) -> Block:
    """The correction notice: one line per marked correction, naming the field and giving
    the new value, with its reason, initials and stamp."""
    w = cx.w
    size = cx.ls + 0.4
    width = cx.x1 - cx.x0
    head = w.word("notes_head_reg" if cert else "notes_head")
    template = w.word("note")
    items: list[list[list[tuple[float, str, str, float]]]] = []
    for m, f in ps.notes:
        label = _label_text(cx, f)
        if f.who:
            label = f"{label} ({cx.w.head(f.who)})"
        before, _, after = template.partition("{v}")
        runs = [(f"{m} ", cx.faces.bold), (before.format(f=label), cx.faces.regular),
                (f.value, cx.cface), (after, cx.faces.regular)]
        tail = [t for t in (f.reason, _extra_note(cx, f)) if t]
        if tail:
            face = cx.faces.italic if cx.faces.italic != cx.cface else cx.faces.regular
            runs.append((" – " + "; ".join(tail), face))
        items.append(wrap_runs(runs, size, width - 10))
    lead = size * 1.3
    h = size * 2.2 + sum(len(x) for x in items) * lead + 8

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setStrokeGray(0.3)
        c.setLineWidth(0.5)
        c.line(cx.x0, top - 2, cx.x0 + width * 0.45, top - 2)
        c.setFont(cx.faces.bold, size + 0.5)
        c.drawString(cx.x0, top - size * 1.6, head)
        y = top - size * 1.6 - lead
        for lines in items:
            for line in lines:
                for ox, t, face, sz in line:
                    ink = cx.cink if face == cx.cface else (0.0, 0.0, 0.0)
                    _ink_text(cx, cx.x0 + 6 + ox, y, t, face, sz, ink)
                y -= lead

    return Block(h, draw, False)


def _header(cx: _Cx, doc: Doc, issuer: str) -> Block:
    w = cx.w
    title_size = cx.ls + 6.5
    hint = "" if doc.doc_type in CERTIFICATES else w.word("hint")
    hint_lines = _wrap(hint, cx.faces.italic, cx.ls - 0.5, cx.x1 - cx.x0) if hint else []
    h = 30 + title_size * 1.5 + len(hint_lines) * (cx.ls + 0.6) + 8

    def draw(top: float) -> None:
        c = cx.pen.c
        form = w.word("form_no").format(doc.form_no)
        room = cx.x1 - cx.x0 - _sw(form, cx.faces.regular, cx.ls - 0.5) - 16
        c.setFont(cx.faces.bold, _fit_size(issuer, cx.faces.bold, cx.ls + 1.5, room))
        c.drawString(cx.x0, top - cx.ls - 1, issuer)
        c.setFont(cx.faces.regular, cx.ls - 0.5)
        c.drawRightString(cx.x1, top - cx.ls - 1, form)
        y = top - 30 - title_size * 0.9
        c.setFont(cx.faces.bold, _fit_size(doc.title, cx.faces.bold, title_size, cx.x1 - cx.x0))
        c.drawString(cx.x0, y, doc.title)
        y -= title_size * 0.6 + cx.ls
        c.setFont(cx.faces.italic, cx.ls - 0.5)
        c.setFillGray(0.25)
        for line in hint_lines:
            c.drawString(cx.x0, y, line)
            y -= cx.ls + 0.6
        c.setFillGray(0)

    return Block(h, draw, False)


def _closing(cx: _Cx, doc: Doc) -> Block:
    w = cx.w
    dt = doc.doc_type
    cert = dt in CERTIFICATES
    assert doc.printed is not None
    day = cx.s.date(doc.printed)
    if cert:
        assert isinstance(cx.record, Geburt | Ehe | Sterbe)
        day = cx.s.date(cx.record.issue)
    sign_key = ("sign_reg" if cert else "sign_id" if dt == "identity_document"
                else "sign_landlord" if dt == "wohnungsgeberbestaetigung" else "sign")
    place = w.word("place_date_reg" if cert else "place_date")
    before, _, after = place.partition("{1}")
    h = cx.ls * 9.5 + (14 if cert else 0)

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - cx.ls * 2.2
        x = _ink_text(cx, cx.x0, y, before.format(doc.city), cx.faces.regular, cx.ls + 0.5,
                      (0, 0, 0))
        x = _ink_text(cx, x, y, day, cx.vface, cx.ls + 0.5, cx.ink if not cert else (0, 0, 0))
        _ink_text(cx, x, y, after, cx.faces.regular, cx.ls + 0.5, (0, 0, 0))
        sx = cx.x0 + (cx.x1 - cx.x0) * 0.52
        line_y = y - cx.ls * 3.4
        c.setLineWidth(0.5)
        c.setStrokeGray(0.2)
        c.line(sx, line_y, cx.x1, line_y)
        _signature(cx.pen, sx + 12, line_y + 5, cx.sub)
        cap = w.word(sign_key)
        c.setFont(cx.faces.regular, _fit_size(cap, cx.faces.regular, cx.ls - 1, cx.x1 - sx))
        c.setFillGray(0.3)
        c.drawString(sx, line_y - cx.ls, cap)
        c.setFillGray(0)
        if cert:
            _seal(cx.pen, cx.x0 + 60, line_y - 2, 24, 0.45)
            c.setFont(cx.faces.regular, cx.ls - 1.5)
            c.setFillGray(0.45)
            c.drawCentredString(cx.x0 + 60, line_y - 34, w.word("seal"))
            c.setFillGray(0)

    return Block(h, draw, False)


def _office_box(cx: _Cx) -> Block:
    w = cx.w
    rows = w.word("office_rows").split("|")
    h = cx.ls * 1.6 + len(rows) * cx.ls * 1.9 + 14

    def draw(top: float) -> None:
        c = cx.pen.c
        bw = (cx.x1 - cx.x0) * 0.55
        x = cx.x1 - bw
        c.setStrokeGray(0.35)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(x, top - h + 8, bw, h - 10, stroke=1, fill=0)
        c.setDash()
        c.setFont(cx.faces.bold, cx.ls - 0.5)
        c.setFillGray(0.35)
        c.drawString(x + 5, top - 2 - cx.ls * 1.2, w.word("office"))
        y = top - 2 - cx.ls * 1.2
        c.setFont(cx.faces.regular, cx.ls - 1)
        for r in rows:
            y -= cx.ls * 1.9
            c.drawString(x + 5, y, r)
            c.setStrokeGray(0.6)
            c.line(x + 5 + _sw(r, cx.faces.regular, cx.ls - 1) + 4, y - 1, x + bw - 6, y - 1)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Block(h, draw, False)


def _image(cx_pen: Pen, r: Identity, x0: float, x1: float, frac: float, caption: str,
           face: str, size: float, viz: str, sub: random.Random, rng: random.Random,
           max_h: float = 330.0) -> Block:
    """The picture of the document (both sides of a card) with its whole zone."""
    base_w, base_h = _card_size(r, "both", 1.0)
    scale = min(1.2, (x1 - x0) * frac / base_w, max_h / base_h)
    w0, h0 = _card_size(r, "both", scale)
    h = h0 + size * 2.6 + 12
    indent = (x1 - x0 - w0) * rng.choice((0.0, 0.5, 0.12))

    def draw(top: float) -> None:
        c = cx_pen.c
        x = x0 + indent
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        c.rect(x - 4, top - h0 - 8, w0 + 8, h0 + 8, stroke=1, fill=0)
        _draw_copy(cx_pen, r, "both", x, top - 4, scale, viz, sub, True)
        c.setFont(face, size)
        c.setFillGray(0.3)
        c.drawString(x - 4, top - h0 - 8 - size * 1.4, caption)
        c.setFillGray(0)

    return Block(h, draw, True)


def _paginate(build: Callable[[float], tuple[list[Block], list[Block]]], pages: int,
              top_room: list[float], bottom: float, start: float = 1.0
              ) -> tuple[list[list[Block]], float]:
    """Shrink until the blocks fit on ``pages`` sheets; ``build`` gets the scale and returns
    the flowing blocks and (for a forced second sheet) the second sheet's blocks."""
    scale = start
    chunks: list[list[Block]] = []
    for _ in range(40):
        blocks, second = build(scale)
        room = [top_room[k] - bottom for k in range(pages)]
        if pages == 1:
            chunks = [blocks]
        elif second:
            chunks = [blocks, second]
        else:
            chunks = _split(blocks, room)
        if _fits(chunks, room) or scale < 0.55:
            break
        scale *= 0.95
    return chunks, scale


# --- corrected --------------------------------------------------------------------------------


def _issuer(w: Extra25Wording, doc: Doc, record: Record) -> str:
    if doc.doc_type in CERTIFICATES:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        return f"Standesamt {record.office}"
    key = {"antrag_zulassung": "issuer_kfz",
           "aufenthaltstitel_antrag": "issuer_abh"}.get(doc.doc_type, "issuer")
    return w.word(key).format(doc.city)


def _rows(cx: _Cx, sec: Sec, ps: _Pass) -> list[Block]:
    """The section's fields as rows: one per row beside their labels, or, with labels above,
    two short fields to a row (the first row stays with the section's heading)."""
    groups: list[list[Fld]] = []
    pending: list[Fld] = []
    for f in sec.items:
        if cx.place == "beside":
            groups.append([f])
            continue
        if f.short and not f.boxes and f.how not in ("beside", "margin"):
            pending.append(f)
            if len(pending) == 2:
                groups.append(pending)
                pending = []
            continue
        if pending:
            groups.append(pending)
            pending = []
        groups.append([f])
    if pending:
        groups.append(pending)
    return [_field_block(cx, g, ps, breakable=k > 0) for k, g in enumerate(groups)]


def draw_corrected(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                   pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    sans = rng.random() < 0.6
    faces = _set4(rng.choice(SANS9 if sans else SERIF9))
    other = _set4(rng.choice(SERIF9 if sans else SANS9))
    vchoice = rng.randrange(4)
    if vchoice == 0:
        vface = _reg(*rng.choice(MONO9))
    elif vchoice == 1:
        vface = other.regular
    elif vchoice == 2:
        vface = faces.italic
    else:
        vface = faces.regular
    blue = rng.random() < 0.5
    ink = INKS["blue" if blue else "black"]
    cink = INKS[rng.choice(("red", "red", "black") if blue else ("red", "blue", "navy"))]
    cface = rng.choice((faces.italic, other.italic, vface, faces.bold_italic))
    margin = rng.uniform(42, 62)
    base_ls = rng.uniform(7.6, 9.0)
    base_vs = base_ls + rng.uniform(1.6, 3.0)
    cx = _Cx(pen, faces, vface, cface, ink, cink, margin, PAGE_W - margin + rng.uniform(-6, 4),
             base_ls, base_vs, rng, w, record, s, rng.choice(("beside", "beside", "above")),
             rng.uniform(130, 175), rng.choice(("dots", "line", "none")),
             rng.choice(("band", "rule", "caps")),
             rng.choice(("single", "single", "double", "zigzag", "xx", "bracket")),
             rng.choice(("digits", "stars", "paren")), rng.choice(VIZ_STYLES),
             random.Random(rng.random()))
    cert = doc_type in CERTIFICATES
    issuer = _issuer(w, doc, record)
    seed = rng.random()
    office = not cert and rng.random() < 0.6
    image_frac = rng.uniform(0.5, 0.7)

    def build(scale: float) -> tuple[list[Block], list[Block]]:
        cx.ls, cx.vs = base_ls * scale, base_vs * scale
        cx.sub = random.Random(seed)
        ps = _Pass()
        blocks: list[Block] = [_header(cx, doc, issuer)]
        for n, sec in enumerate(doc.sections, 1):
            blocks.append(_heading(cx, w.head(sec.head), n))
            blocks += _rows(cx, sec, ps)
        if isinstance(record, Identity):
            blocks.append(_space(6))
            blocks.append(_para(cx, w.word("copy_ok"), faces.italic, cx.ls))
            blocks.append(_image(pen, record, cx.x0, cx.x1, image_frac, w.word("image"),
                                 faces.italic, cx.ls * 0.9, cx.viz,
                                 random.Random(seed + 1), random.Random(seed + 2)))
        if cert:
            blocks.append(_space(6))
            blocks.append(_para(cx, w.word("certify"), faces.regular, cx.ls + 0.3))
        blocks.append(_closing(cx, doc))
        if office:
            blocks.append(_office_box(cx))
        if ps.notes:
            blocks.append(_space(4))
            blocks.append(_notes_block(cx, ps, cert))
        return blocks, []

    chunks, _ = _paginate(build, pages, [PAGE_H - 44.0, PAGE_H - 44.0], 52.0,
                          rng.uniform(1.0, 1.15))
    total = len(chunks)
    page_fmt = w.word("page")
    form = w.word("form_no").format(doc.form_no)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        c = pen.c
        y = PAGE_H - 44
        for b in chunk:
            b.draw(y)
            y -= b.height
        c.setFont(faces.regular, 6.8)
        c.setFillGray(0.35)
        c.drawString(cx.x0, 30, form)
        c.drawRightString(cx.x1, 30, page_fmt.format(k + 1, total))
        c.setFillGray(0)


# --- keyed ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Kx:
    """Per-document drawing choices of ``keyed``."""

    pen: Pen
    faces: Set4
    mono: str
    vface: str
    x0: float
    x1: float
    ls: float
    vs: float
    rng: random.Random
    w: Extra25Wording
    record: Record
    s: Style
    labels: str  # beside | legend | list
    boxes: str  # comb | box | line
    keys: str  # tag | plain | circle
    lines: bool
    legend_at: str  # top | bottom | side | page2
    legend_style: str  # table | running | two_col
    legend_order: str  # keys | shuffled | sections
    two_up: bool
    viz: str
    sub: random.Random
    sep: str = ": "


def _meaning(kx: _Kx, f: Fld) -> str:
    return f.label


def _codes_text(kx: _Kx, f: Fld) -> str:
    pairs = ", ".join(f"{c} = {o}" for c, o in zip(f.codes, f.options, strict=True))
    return kx.w.word("codes").format(pairs)


def _key_width(kx: _Kx) -> float:
    return _sw("KZ 000", kx.faces.bold, kx.ls) + 8


def _draw_key(kx: _Kx, f: Fld, x: float, y: float) -> float:
    """The key number (and the line number) at the start of a row; returns the x after it."""
    c = kx.pen.c
    size = kx.ls
    if kx.lines:
        c.setFont(kx.faces.regular, size * 0.85)
        c.setFillGray(0.45)
        c.drawRightString(x + size * 1.6, y, f"{f.line:02d}")
        c.setFillGray(0)
        x += size * 2.2
    kw = _key_width(kx)
    tw = _sw(f.code, kx.faces.bold, size)
    if kx.keys == "tag":
        c.setFillGray(0.82)
        c.rect(x, y - size * 0.35, tw + 6, size * 1.3, stroke=0, fill=1)
        c.setFillGray(0)
    elif kx.keys == "circle":
        c.setLineWidth(0.5)
        c.roundRect(x, y - size * 0.35, tw + 6, size * 1.3, size * 0.6, stroke=1, fill=0)
    c.setFont(kx.faces.bold, size)
    c.drawString(x + 3, y, f.code)
    return x + max(kw, tw + 10)


def _comb_cells(kx: _Kx, f: Fld, width: float) -> int:
    """Cells of a comb field, or 0 when the value needs a plain box."""
    if kx.boxes != "comb" or not f.value or f.boxes:
        return 0
    pitch = kx.vs * 0.95
    cells = max(len(f.value) + kx.rng.choice((0, 1, 2)), 4)
    if cells * pitch > width:
        return 0
    return cells


def _draw_entry(kx: _Kx, f: Fld, x: float, base: float, width: float) -> None:
    """The value of a keyed field: comb cells, a plain box or an underline (choices as keyed
    tick boxes)."""
    c = kx.pen.c
    vs = kx.vs
    h = vs * 1.45
    if f.boxes:
        bs = vs * 0.9
        xx = x
        yy = base
        for i, o in enumerate(f.options):
            ow = bs + 4 + _sw(o, kx.faces.regular, kx.ls) + 12
            if xx + ow > x + width and xx > x:
                xx = x
                yy -= vs * 1.5
            c.setLineWidth(0.6)
            _box(c, xx, yy - 1, bs)
            if i == f.chosen:
                _cross(kx.pen, xx, yy - 1, bs, (0.05, 0.05, 0.05), kx.sub)
            c.setFont(kx.faces.regular, kx.ls)
            c.drawString(xx + bs + 4, yy, o)
            xx += ow
        return
    cells = _comb_cells(kx, f, width)
    c.setStrokeGray(0.3)
    c.setLineWidth(0.55)
    if cells:
        pitch = vs * 0.95
        for i in range(cells + 1):
            tick = h if i in (0, cells) else h * 0.38
            c.line(x + i * pitch, base - vs * 0.35, x + i * pitch, base - vs * 0.35 + tick)
        c.line(x, base - vs * 0.35, x + cells * pitch, base - vs * 0.35)
        if f.value:
            adv = _sw("M", kx.mono, vs)
            c.setFont(kx.mono, vs)
            c.drawString(x + (pitch - adv) / 2, base, f.value, charSpace=pitch - adv)
    else:
        bw = width
        if f.short:
            bw = min(width, max(_sw(f.value, kx.vface, vs) + 16, width * 0.45))
        if kx.boxes == "line":
            c.line(x, base - vs * 0.35, x + bw, base - vs * 0.35)
        else:
            c.rect(x, base - vs * 0.35, bw, h, stroke=1, fill=0)
        if f.value:
            size = _fit_size(f.value, kx.vface, vs, bw - 6)
            c.setFont(kx.vface, size)
            c.drawString(x + 3, base, f.value)
    c.setStrokeGray(0)


def _entry_height(kx: _Kx, f: Fld, width: float) -> float:
    if f.boxes:
        bs = kx.vs * 0.9
        rows, used = 1, 0.0
        for o in f.options:
            ow = bs + 4 + _sw(o, kx.faces.regular, kx.ls) + 12
            if used + ow > width and used:
                rows += 1
                used = 0.0
            used += ow
        return rows * kx.vs * 1.5 + kx.vs * 0.6
    return kx.vs * 2.0


def _key_row(kx: _Kx, cells: list[Fld]) -> Block:
    """One row of keyed fields (one, or two short ones side by side)."""
    width = kx.x1 - kx.x0
    gap = 14.0
    cw = (width - gap * (len(cells) - 1)) / len(cells)
    lead = (kx.ls * 2.2 if kx.lines else 0) + _key_width(kx)
    beside = kx.labels == "beside"
    lab_w = min(cw * 0.38, 150.0) if beside else 0.0
    entry_w = cw - lead - lab_w
    hs = []
    labs: list[list[str]] = []
    code_lines: list[list[str]] = []
    for f in cells:
        lab = _wrap(_meaning(kx, f), kx.faces.regular, kx.ls * 0.82, lab_w - 6) if beside else []
        codes: list[str] = []
        if f.codes and beside:
            codes = _wrap(_codes_text(kx, f), kx.faces.italic, kx.ls * 0.75, entry_w)
        labs.append(lab)
        code_lines.append(codes)
        hs.append(max(_entry_height(kx, f, entry_w) + len(codes) * kx.ls * 0.9,
                      len(lab) * kx.ls * 0.95 + 6))
    h = max(hs) + 2

    def draw(top: float) -> None:
        c = kx.pen.c
        for k, f in enumerate(cells):
            x = kx.x0 + k * (cw + gap)
            base = top - kx.vs * 1.35
            ex = _draw_key(kx, f, x, base)
            if beside:
                y = top - kx.ls * 0.95
                c.setFont(kx.faces.regular, kx.ls * 0.82)
                c.setFillGray(0.2)
                for line in labs[k]:
                    c.drawString(ex, y, line)
                    y -= kx.ls * 0.95
                c.setFillGray(0)
                ex += lab_w
            _draw_entry(kx, f, ex, base, x + cw - ex)
            if code_lines[k]:
                y = top - _entry_height(kx, f, entry_w) - kx.ls * 0.2
                c.setFont(kx.faces.italic, kx.ls * 0.75)
                c.setFillGray(0.3)
                for line in code_lines[k]:
                    c.drawString(ex, y, line)
                    y -= kx.ls * 0.9
                c.setFillGray(0)

    return Block(h, draw, True)


def _key_heading(kx: _Kx, text: str, n: int, width: float | None = None) -> Block:
    size = kx.ls + 1.3
    h = size * 2.0 + 2
    letter = "ABCDEFGH"[n % 8]

    def draw(top: float) -> None:
        c = kx.pen.c
        y = top - size * 1.4
        wd = (kx.x1 - kx.x0) if width is None else width
        c.setFillGray(0.2)
        c.rect(kx.x0, y - size * 0.35, size * 1.5, size * 1.35, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(kx.faces.bold, size)
        c.drawCentredString(kx.x0 + size * 0.75, y, letter)
        c.setFillGray(0)
        c.drawString(kx.x0 + size * 2.0, y, text)
        c.setLineWidth(0.5)
        c.line(kx.x0 + size * 1.5, y - size * 0.35, kx.x0 + wd, y - size * 0.35)

    return Block(h, draw, True)


def _list_block(kx: _Kx, sec: Sec, n: int) -> list[Block]:
    """A section as an entry block of "key: value" lines (values in the typewriter face)."""
    out = [_key_heading(kx, kx.w.head(sec.head), n)]
    size = kx.vs * 0.95
    sep = kx.sep
    width = kx.x1 - kx.x0 - 12
    for k, f in enumerate(sec.items):
        text = f"{f.code}{sep}{f.value}"
        lines = _wrap(text, kx.mono, size, width)
        h = size * 1.35 * len(lines) + 1

        def draw(top: float, lines: list[str] = lines, f: Fld = f) -> None:
            c = kx.pen.c
            y = top - size
            c.setFont(kx.mono, size)
            for i, line in enumerate(lines):
                if kx.lines and i == 0:
                    c.setFont(kx.faces.regular, size * 0.8)
                    c.setFillGray(0.45)
                    c.drawRightString(kx.x0 + 6, y, f"{f.line:02d}")
                    c.setFillGray(0)
                    c.setFont(kx.mono, size)
                c.drawString(kx.x0 + 12, y, line)
                y -= size * 1.35

        out.append(Block(h, draw, k > 0))
    return out


def _legend_items(kx: _Kx, doc: Doc) -> list[tuple[str, str]]:
    """(key, meaning) pairs in the legend's order; choices printed as numbers carry their
    option numbers."""
    items: list[tuple[str, str, int, int]] = []
    for si, sec in enumerate(doc.sections):
        for fi, f in enumerate(sec.items):
            text = _meaning(kx, f)
            if f.codes:
                text = f"{text} ({_codes_text(kx, f)})"
            items.append((f.code, text, si, fi))
    if kx.legend_order == "shuffled":
        kx.rng.shuffle(items)
    elif kx.legend_order == "keys":
        items.sort(key=lambda t: (len(t[0]), t[0]))
    return [(a, b) for a, b, _, _ in items]


def _legend_blocks(kx: _Kx, doc: Doc, x0: float, x1: float) -> list[Block]:
    """The legend: a heading, then a table, a running list or two columns."""
    w = kx.w
    size = kx.ls * 0.92
    width = x1 - x0
    items = _legend_items(kx, doc)
    out: list[Block] = []
    head = w.word("legend_head")
    intro = w.word("legend_intro") if kx.rng.random() < 0.5 else ""

    def text_block(text: str, face: str, sz: float, after: float = 0.3) -> Block:
        lines = _wrap(text, face, sz, width)
        h = sz * 1.25 * len(lines) + sz * after

        def draw(top: float) -> None:
            c = kx.pen.c
            c.setFont(face, sz)
            y = top - sz
            for line in lines:
                c.drawString(x0, y, line)
                y -= sz * 1.25

        return Block(h, draw, True)

    out.append(text_block(head, kx.faces.bold, size + 1.2))
    if intro:
        out.append(text_block(intro, kx.faces.italic, size))
    style = kx.legend_style
    if style == "running":
        joiner = kx.rng.choice(("; ", " · ", " – "))
        sep = kx.rng.choice((" = ", ": ", " "))
        text = joiner.join(f"{a}{sep}{b}" for a, b in items)
        lines = wrap_runs([(text, kx.faces.regular)], size, width)
        lead = size * 1.3
        # each printed line is a block of its own, so a long list may break
        for line in lines:
            def draw(top: float, line: list[tuple[float, str, str, float]] = line) -> None:
                c = kx.pen.c
                for ox, t, face, sz in line:
                    c.setFont(face, sz)
                    c.drawString(x0 + ox, top - size, t)

            out.append(Block(lead, draw, True))
        return out
    cols = 2 if style == "two_col" and width > 300 else 1
    colw = (width - 12 * (cols - 1)) / cols
    kw = max(_sw(a, kx.faces.bold, size) for a, _ in items) + 8
    rows = [items[i:i + cols] for i in range(0, len(items), cols)] if cols == 2 else [
        [it] for it in items]
    if style == "table":
        cap = (w.word("col_key"), w.word("col_meaning"))
        kw = max(kw, _sw(cap[0], kx.faces.bold, size) + 8)

        def draw_cap(top: float) -> None:
            c = kx.pen.c
            c.setFillGray(0.85)
            c.rect(x0, top - size * 1.5, width, size * 1.5, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(kx.faces.bold, size)
            c.drawString(x0 + 3, top - size * 1.1, cap[0])
            c.drawString(x0 + kw + 3, top - size * 1.1, cap[1])

        out.append(Block(size * 1.6, draw_cap, False))
    for row in rows:
        wrapped = [_wrap(b, kx.faces.regular, size, colw - kw - 4) for _, b in row]
        h = size * 1.25 * max(len(x) for x in wrapped) + size * 0.35

        def draw_row(top: float, row: list[tuple[str, str]] = row,
                     wrapped: list[list[str]] = wrapped, h: float = h) -> None:
            c = kx.pen.c
            for k, (a, _) in enumerate(row):
                x = x0 + k * (colw + 12)
                c.setFont(kx.faces.bold, size)
                c.drawString(x + 3, top - size, a)
                c.setFont(kx.faces.regular, size)
                y = top - size
                for line in wrapped[k]:
                    c.drawString(x + kw + 3, y, line)
                    y -= size * 1.25
            if style == "table":
                c.setStrokeGray(0.7)
                c.setLineWidth(0.35)
                c.line(x0, top - h + 1, x0 + width, top - h + 1)
                c.setStrokeGray(0)

        out.append(Block(h, draw_row, True))
    return out


def _key_header(kx: _Kx, doc: Doc, issuer: str, x1: float) -> Block:
    w = kx.w
    title_size = kx.ls + 5.5
    width = x1 - kx.x0
    hint_lines = ([] if doc.doc_type in CERTIFICATES
                  else _wrap(w.word("hint"), kx.faces.italic, kx.ls - 0.4, width))
    h = 26 + title_size * 1.5 + len(hint_lines) * (kx.ls + 0.5) + 10

    def draw(top: float) -> None:
        c = kx.pen.c
        form = w.word("form_no").format(doc.form_no)
        room = width - _sw(form, kx.faces.bold, kx.ls + 1.5) - 16
        c.setFont(kx.faces.bold, _fit_size(issuer, kx.faces.bold, kx.ls + 1, room))
        c.drawString(kx.x0, top - kx.ls, issuer)
        c.setFont(kx.faces.bold, kx.ls + 1.5)
        c.drawRightString(x1, top - kx.ls, form)
        # a bar code of the form number (graphics only)
        bx = x1 - 92
        r = random.Random(doc.form_no)
        c.setFillGray(0)
        for i in range(40):
            if r.random() < 0.55:
                c.rect(bx + i * 2.2, top - kx.ls - 16, r.choice((0.7, 1.1, 1.6)), 11, stroke=0,
                       fill=1)
        y = top - 28 - title_size * 0.9
        c.setFont(kx.faces.bold, _fit_size(doc.title, kx.faces.bold, title_size, width - 100))
        c.drawString(kx.x0, y, doc.title)
        y -= title_size * 0.6 + kx.ls
        c.setFont(kx.faces.italic, kx.ls - 0.4)
        c.setFillGray(0.25)
        for line in hint_lines:
            c.drawString(kx.x0, y, line)
            y -= kx.ls + 0.5
        c.setFillGray(0)

    return Block(h, draw, False)


def _key_closing(kx: _Kx, doc: Doc) -> Block:
    w = kx.w
    cert = doc.doc_type in CERTIFICATES
    assert doc.printed is not None
    day = doc.printed
    if cert:
        assert isinstance(kx.record, Geburt | Ehe | Sterbe)
        day = kx.record.issue
    text = w.word("place_date").format(doc.city, kx.s.date(day))
    h = kx.ls * 8.5 + (28 if cert else 0)

    def draw(top: float) -> None:
        c = kx.pen.c
        y = top - kx.ls * 2
        c.setFont(kx.faces.regular, kx.ls + 0.3)
        c.drawString(kx.x0, y, text)
        sx = kx.x0 + (kx.x1 - kx.x0) * 0.5
        ly = y - kx.ls * 3.2
        c.setLineWidth(0.5)
        c.line(sx, ly, kx.x1, ly)
        _signature(kx.pen, sx + 10, ly + 5, kx.sub)
        cap = w.word("sign_reg" if cert else "sign")
        c.setFont(kx.faces.regular, _fit_size(cap, kx.faces.regular, kx.ls - 1, kx.x1 - sx))
        c.setFillGray(0.3)
        c.drawString(sx, ly - kx.ls, cap)
        c.setFillGray(0)
        if cert:
            _seal(kx.pen, kx.x0 + 55, ly - 4, 23, 0.45)
            c.setFont(kx.faces.regular, kx.ls - 1.5)
            c.setFillGray(0.45)
            c.drawCentredString(kx.x0 + 55, ly - 34, w.word("seal"))
            c.setFillGray(0)

    return Block(h, draw, False)


def _key_rows(kx: _Kx, sec: Sec) -> list[Block]:
    """The section's keyed rows (the first stays with the section's heading)."""
    out: list[Block] = []
    pending: list[Fld] = []
    for f in sec.items:
        if kx.two_up and f.short and not f.boxes and not f.codes:
            pending.append(f)
            if len(pending) == 2:
                out.append(_key_row(kx, pending))
                pending = []
            continue
        if pending:
            out.append(_key_row(kx, pending))
            pending = []
        out.append(_key_row(kx, [f]))
    if pending:
        out.append(_key_row(kx, pending))
    if out:
        out[0].breakable = False
    return out


def draw_keyed(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _set4(rng.choice(SANS9 if rng.random() < 0.75 else SERIF9))
    mono = _reg(*rng.choice(MONO9))
    boxes = rng.choice(("comb", "comb", "box", "line"))
    vface = mono if boxes == "comb" or rng.random() < 0.5 else faces.regular
    margin = rng.uniform(38, 58)
    labels = rng.choice(("beside", "legend", "legend", "list"))
    legend_at = rng.choice(("top", "bottom", "bottom", "side") + (("page2",) * 2 if pages == 2
                                                                   else ()))
    base_ls = rng.uniform(7.2, 8.6)
    base_vs = base_ls + rng.uniform(1.4, 2.6)
    kx = _Kx(pen, faces, mono, vface, margin, PAGE_W - margin + rng.uniform(-5, 3), base_ls,
             base_vs, rng, w, record, s, labels, boxes, rng.choice(("tag", "plain", "circle")),
             rng.random() < 0.35, legend_at, rng.choice(("table", "running", "two_col")),
             rng.choice(("keys", "shuffled", "sections")),
             labels == "legend" and rng.random() < 0.5, rng.choice(VIZ_STYLES),
             random.Random(rng.random()), rng.choice((": ", "  ", " = ")))
    cert = doc_type in CERTIFICATES
    issuer = _issuer_keyed(w, doc, record)
    seed = rng.random()
    image_frac = rng.uniform(0.5, 0.68)
    # register extracts always explain their keys in a legend as well
    legend = labels != "beside" or cert or rng.random() < 0.25
    full_x1 = kx.x1
    top = PAGE_H - 42.0
    side_w = (full_x1 - kx.x0) * rng.uniform(0.3, 0.36)
    side = legend and legend_at == "side"
    if side:
        # a side column only when the legend fits beside the entries at the largest size
        kx.rng = random.Random(seed)
        trial = _legend_blocks(kx, doc, full_x1 - side_w, full_x1)
        if sum(b.height for b in trial) > top - 50 - 110:
            side = False
            legend_at = kx.legend_at = "bottom"
    notes = rng.random() < 0.5

    def build(scale: float) -> tuple[list[Block], list[Block]]:
        kx.ls, kx.vs = base_ls * scale, base_vs * scale
        kx.rng = random.Random(seed)
        kx.sub = random.Random(seed + 3)
        kx.x1 = full_x1 - (side_w + 14 if side else 0)
        blocks: list[Block] = [_key_header(kx, doc, issuer, full_x1)]
        legend_blocks: list[Block] = []
        if legend and not side:
            legend_blocks = _legend_blocks(kx, doc, kx.x0, full_x1)
        if legend_blocks and legend_at == "top":
            blocks += [*legend_blocks, _space(8)]
        for n, sec in enumerate(doc.sections):
            if labels == "list":
                blocks += _list_block(kx, sec, n)
            else:
                blocks.append(_key_heading(kx, w.head(sec.head), n))
                blocks += _key_rows(kx, sec)
        if isinstance(record, Identity):
            blocks.append(_space(6))
            blocks.append(_image(pen, record, kx.x0, kx.x1, image_frac, w.word("image"),
                                 faces.italic, kx.ls * 0.9, kx.viz,
                                 random.Random(seed + 1), random.Random(seed + 2)))
        if cert:
            blocks.append(_space(4))
            blocks.append(_plain(kx, w.word("certify"), faces.regular, kx.ls + 0.2))
        blocks.append(_key_closing(kx, doc))
        if notes:
            blocks.append(_plain(kx, w.word("scan_note"), faces.italic, kx.ls - 0.6, 0.35))
        second: list[Block] = []
        if legend_blocks and legend_at == "bottom":
            blocks += [_space(8), *legend_blocks]
        elif legend_blocks and legend_at == "page2":
            second = [_plain(kx, w.word("continued"), faces.bold, kx.ls + 1.5), _space(6),
                      *legend_blocks]
        return blocks, second

    chunks, _ = _paginate(build, pages, [top, top], 50.0)
    side_blocks: list[Block] = []
    if side:
        kx.rng = random.Random(seed)
        side_blocks = _legend_blocks(kx, doc, kx.x1 + 14, full_x1)
    total = len(chunks)
    page_fmt = w.word("page")
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        c = pen.c
        y = top
        for b in chunk:
            b.draw(y)
            y -= b.height
        if side and k == 0:
            c.setStrokeGray(0.55)
            c.setLineWidth(0.5)
            c.line(kx.x1 + 7, top - 90, kx.x1 + 7, 60)
            c.setStrokeGray(0)
            sy = top - 96
            for b in side_blocks:
                b.draw(sy)
                sy -= b.height
        c.setFont(faces.regular, 6.8)
        c.setFillGray(0.35)
        c.drawString(kx.x0, 28, w.word("form_no").format(doc.form_no))
        c.drawRightString(full_x1, 28, page_fmt.format(k + 1, total))
        c.setFillGray(0)


def _plain(kx: _Kx, text: str, face: str, size: float, grey: float = 0.0) -> Block:
    lines = _wrap(text, face, size, kx.x1 - kx.x0)
    h = size * 1.25 * len(lines) + size * 0.4

    def draw(top: float) -> None:
        c = kx.pen.c
        c.setFillGray(grey)
        c.setFont(face, size)
        y = top - size
        for line in lines:
            c.drawString(kx.x0, y, line)
            y -= size * 1.25
        c.setFillGray(0)

    return Block(h, draw, True)


def _issuer_keyed(w: Extra25Wording, doc: Doc, record: Record) -> str:
    if doc.doc_type in CERTIFICATES:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        return f"Standesamt {record.office}"
    key = {"antrag_zulassung": "issuer_kfz",
           "aufenthaltstitel_antrag": "issuer_abh"}.get(doc.doc_type, "issuer")
    return w.word(key).format(doc.city)


def draw_extra25(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if _w(s).corrected:
        draw_corrected(pen, record, s, rng, doc_type, pages)
    else:
        draw_keyed(pen, record, s, rng, doc_type, pages)

