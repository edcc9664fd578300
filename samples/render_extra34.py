"""The thirty-fourth extra pair of blind held-out layouts: ``chronicle`` and ``redacted``.

``chronicle`` tells a document as a dated chronology: an office's course-of-events print, a
tabular curriculum vitae or a register's chronicle. A short head block (labels left, above in
cells or inline) holds the data that have no day (names, sex, nationality, the vehicle, the
account, the document); everything that has a day is an event of the chronology: the birth with
its place, the move into the new dwelling with its address and status, the entry into Germany,
the marriage with its place, the death with its place, the registration in the register with the
office and the register number, the issue of the certificate, the end of a passport's or a
document's validity (a future event). The events that carry truth values stand among events
whose days, places, addresses, names and numbers are none of the truth's: an earlier dwelling
and the move out of it (the dwelling just before the new one is the previous address), an older
dwelling, an earlier arrival from abroad, a marriage of the person registering, the previous
tenants moving out, the tenancy contract and the handing over of the keys, the notice of a birth
or a death, a later declaration on the name, a burial, a vehicle's first registration and its
purchase, the insurance confirmation (its number is the catalog's), a school leaving or a new
job, an earlier visit to Germany, the issue of a passport or of an older document. The event is
named by its wording only (no field label before the day); the chronology is a ruled table with
a day column, a rail with dots and the day beside it, or a list of day and event lines, in
ascending or descending order, sometimes grouped under year headings; an event's details stand
as keyed lines or bare values. Identity documents are a document history with the copy of the
current document and its whole machine-readable zone.

``redacted`` is a copy of a form or certificate in which data were blacked out before it was
passed on: by the authority for a file inspection (clean black bars carrying a reason code, a
legend of the codes, a folio stamp), by the citizen with a marker (irregular dark strokes) or by
an online service's data sheet (grey bars or the value replaced by a bracketed note or by
asterisks). What is blacked out is never a truth value: telephone and e-mail, religion, the tax
identification number, the number of the identity card shown, other members of the household,
the landlord's telephone and the owner, the parents' birth data and address, the time of birth,
witnesses and the informant, the previous holder of a vehicle and its insurer, the employer or
university and the sponsor, signatures, the photo and the access number of an identity card.
Some optional catalog fields are printed with their label but a bar instead of the value (the
truth then leaves them out, as for every field that is not printed). Some bars are drawn over
the text (a "fake" redaction): the covered words stay in the text layer but are none of the
truth's values; others replace it. The copy carries a redaction notice, a watermark, a case
number, the copy's day and page numbers (none of them truth values). Forms are label and value
rows, labelled cells or inline ``label: value`` lines; certificates also as sentences with
redacted spans; identity documents as a copy of the document with the photo and the access
number covered, a data list and the whole machine-readable zone.

Both draw straight from the record with the wording of ``samples.wording_extra34``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.pdfbase import pdfmetrics

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
from samples.fonts import mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra34 import (
    DWELLING34,
    ID_KINDS34,
    PURPOSE34,
    PURPOSE_ORDER34,
    ROLE34,
    SEX_ORDER34,
    SEX_WORD34,
    Extra34Wording,
    nationality_text,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
MM: Final = 72 / 25.4
ISO: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, the printed label, the day a date shows, whether the label is left out
    (a sentence or a bare detail), and for a redacted copy whether a bar covers it, whether the
    covered text stays in the text layer, the reason code and whether the label is covered too."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    label: str = ""
    day: date | None = None
    prose: bool = False
    hidden: bool = False
    ghost: bool = False
    reason: str = ""
    whole: bool = False
    weight: int = 2


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Event:
    """A chronology's entry: its wording key, its day (a field whose label is the event's
    wording), the wording, its details and whether it lies in the future."""

    key: str
    day: Fld
    title: str
    details: list[Fld]
    future: bool = False
    remark: str = ""


@dataclass(slots=True)
class ChrLook:
    """A chronology's print (one draw per document)."""

    head: str = "rows"  # rows | grid | inline
    style: str = "table"  # table | rail | list
    order: str = "asc"  # asc | desc
    years: bool = False
    bare: bool = False  # details as bare values (no keys)
    remark: bool = False  # a remark column in the table
    zebra: bool = False
    accent: RGB = (0.15, 0.3, 0.5)
    size: float = 9.2
    case: str = ""
    sign: bool = False


@dataclass(slots=True)
class RedLook:
    """A redacted copy's print (one draw per document)."""

    mode: str = "authority"  # authority | self | portal
    design: str = "rows"  # rows | cells | lines | prose
    replace: str = "bar"  # bar | masked | stars
    codes: tuple[str, ...] = ("S1", "S2", "S3", "S4", "S5")
    ghost_p: float = 0.2
    bar: RGB = (0.0, 0.0, 0.0)
    watermark: str = ""
    folio: int = 0
    size: float = 9.2
    case: str = ""
    wide: bool = False  # bars fill the value area
    label_w: float = 0.4  # the label column's share of the width (rows)


REASONS: Final = ("third", "contact", "internal", "sensitive", "not_needed")


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
    events: list[Event] = field(default_factory=list)
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    chr: ChrLook = field(default_factory=ChrLook)
    red: RedLook = field(default_factory=RedLook)
    drawn: int = 0
    office: str = ""
    words: Extra34Wording | None = None
    printed_text: str = ""


def _w(s: Style) -> Extra34Wording:
    assert isinstance(s.words, Extra34Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    out = [f for sec in doc.sections for f in sec.items]
    for ev in doc.events:
        out += [ev.day, *ev.details]
    return out


# --- days and names that are none of the truth's -------------------------------------------------


def truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and ISO.match(v)}


def _truth_words(record: Record) -> set[str]:
    out: set[str] = set()
    for v in truth_fields(record).values():
        for item in v if isinstance(v, list) else [v]:
            out.add(item)
            out |= set(item.split())
    return out


def _other_day(record: Record, lo: date, hi: date, rng: random.Random) -> date:
    """A day between ``lo`` and ``hi`` that is none of the truth's days."""
    if hi < lo:
        lo, hi = hi, lo
    taken = truth_days(record)
    for _ in range(60):
        day = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if day not in taken:
            return day
    day = lo - timedelta(days=1)
    while day in taken:
        day -= timedelta(days=1)
    return day


def _furniture_day(record: Record, rng: random.Random) -> date:
    """A recent day (print, copy, signature) that is none of the truth's days."""
    hi = data.REFERENCE_DATE - timedelta(days=1)
    return min(_other_day(record, hi - timedelta(days=rng.randint(3, 30)), hi, rng), hi)


def _other_name(rng: random.Random, taken: set[str], sex: str | None = None,
                family: str | None = None) -> str:
    """A German full name none of whose words is a truth value."""
    fam, female, male = pools.NAMES["DEU"]
    for _ in range(80):
        pool = female if sex == "F" else male if sex == "M" else rng.choice((female, male))
        given = rng.choice(pool)
        last = family or rng.choice(fam)
        if given not in taken and (family or last not in taken) and \
                not set(given.split()) & taken:
            return f"{given} {last}"
    return f"{rng.choice(female)} Vollmerhaus"


def _other_address(rng: random.Random, record: Record) -> Address:
    taken = _truth_words(record)
    for _ in range(40):
        a = data.address(rng, rng.choice(tuple(pools.CITIES)))
        if a.line not in taken and a.street not in taken:
            return a
    return Address("Am Kortländer", "7", "44787", "Bochum")


def _tax_id(rng: random.Random) -> str:
    digits = f"{rng.randint(1, 9)}{rng.randint(0, 10**10 - 1):010d}"
    return f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8:]}"


_ASCII: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ë": "e",
                               "è": "e", "á": "a", "ç": "c", "ı": "i", "ş": "s", "ğ": "g"})


def _email(name: str, rng: random.Random) -> str:
    parts = [re.sub(r"[^a-z]", "", p.lower().translate(_ASCII)) for p in name.split()]
    parts = [p for p in parts if p] or ["post"]
    local = rng.choice((f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}",
                        f"{parts[-1]}{rng.randint(1, 99)}"))
    return f"{local}@{rng.choice(('web.de', 'gmx.net', 'posteo.de', 't-online.de', 'mail.de'))}"


def _id_number(rng: random.Random) -> str:
    return rng.choice("LMNT") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789")
                                        for _ in range(8))


def _old_doc_number(rng: random.Random, current: str) -> str:
    while True:
        out = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(len(current)))
        out = current[0] + out[1:] if current[:1].isalpha() else out
        if out != current:
            return out


def _fake_plate(rng: random.Random, city: str) -> str:
    return data.plate(rng, city if city in pools.CITIES else "Bochum")


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} Uhr"


# --- building the content ------------------------------------------------------------------------

SHORT: Final = frozenset({"date_of_birth", "sex", "postal_code", "house_number", "move_in_date",
                          "marital", "religion", "expiry_date", "doc_issue", "issuing_state",
                          "entry_date", "passport_expiry_date", "birth_time", "register_number",
                          "issue_date", "marriage_date", "date_of_death", "evb_number", "bic",
                          "desired_plate", "phone", "doc_number", "passport_number",
                          "nationality", "can", "tax_id", "id_number", "parent_dob"})
LONG: Final = frozenset({"address_line", "previous_address", "landlord_address", "purpose",
                         "last_residence", "dwelling", "role", "doc_kind", "tenant", "iban",
                         "vin", "account_holder", "household", "owner", "employer", "sponsor",
                         "informant", "prev_holder", "parent_address", "email"})


class _B:
    """Builds the sections, events and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc, record: Record) -> None:
        self.s, self.rng, self.doc, self.record = s, rng, doc, record
        self.w = _w(s)
        self.chron = doc.layout == "chronicle"
        self.j = 0 if self.chron else 1
        self.taken = _truth_words(record)

    # sections and fields
    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "") -> Fld:
        weight = 1 if key in SHORT else 4 if key in LONG else 2
        f = Fld(key, value, name, label=self.w(key), weight=weight)
        self.doc.sections[-1].items.append(f)
        return f

    def dated(self, key: str, d: date, name: str = "") -> Fld:
        f = self.add(key, self.s.date(d), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        if mode == "choice" and self.doc.kind == "form" and not self.chron:
            words = tuple(SEX_WORD34[c] for c in SEX_ORDER34)
            f = self.add("sex", words[SEX_ORDER34.index(code)], name)
            f.options, f.chosen = words, SEX_ORDER34.index(code)
            return f
        return self.add("sex", sex_text(code, "word" if mode == "choice" else mode), name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_text(code, self.s.nationality_mode), name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice" and not self.chron and self.doc.kind == "form":
            f.options, f.chosen = words, chosen
        return f

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number")
            self.add("city_line", a.city_line, "postal_code+city")
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number")
            self.add("postal_code", a.postal_code, "postal_code")
            self.add("city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")

    def hide(self, key: str, value: str, reason: str, whole: bool = False) -> Fld:
        """A redacted value: never a truth value (the covered text may stay in the layer)."""
        f = self.add(key, value, "")
        f.hidden, f.reason, f.whole = True, reason, whole
        f.ghost = self.doc.red.replace == "bar" and self.rng.random() < self.doc.red.ghost_p
        return f

    def other(self, sex: str | None = None, family: str | None = None) -> str:
        name = _other_name(self.rng, self.taken, sex, family)
        self.taken |= set(name.split())
        return name

    # events
    def event(self, key: str, d: date, name: str = "", title: str = "",
              future: bool = False) -> Event:
        t = title or self.w.event(key)
        f = Fld("day", self.s.date(d), name, label=t, day=d, weight=1)
        ev = Event(key, f, t, [], future)
        self.doc.events.append(ev)
        return ev

    def detail(self, ev: Event, key: str, value: str, name: str = "",
               label_key: str = "") -> Fld:
        label = self.w(label_key) if label_key else self.w.detail(key)
        f = Fld(label_key or key, value, name, label=label, prose=self.doc.chr.bare)
        ev.details.append(f)
        return f

    def event_address(self, ev: Event, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.detail(ev, "address", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.detail(ev, "street_line", a.street_line, "street+house_number", "street_line")
            self.detail(ev, "city_line", a.city_line, "postal_code+city", "city_line")
        else:
            self.detail(ev, "street", a.street, "street", "street")
            self.detail(ev, "house_number", a.number, "house_number", "house_number")
            self.detail(ev, "postal_code", a.postal_code, "postal_code", "postal_code")
            self.detail(ev, "city", a.city, "city", "city")

    def other_day(self, lo: date, hi: date) -> date:
        return _other_day(self.record, lo, hi, self.rng)


def _years(d: date, n: int) -> date:
    return data.shift_years(d, n)


def _foreign_place(rng: random.Random, nationality: str) -> str:
    return rng.choice(pools.FOREIGN_PLACES.get(nationality) or ("Wien", "Zürich"))


def _city_pick(rng: random.Random, avoid: set[str]) -> str:
    cities = [c for c in pools.CITIES if c not in avoid]
    return rng.choice(cities or list(pools.CITIES))


def _chronicle_content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc, record)
    w = b.w
    ref = data.REFERENCE_DATE
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if rng.random() < 0.4:
                b.add("marital", record.marital)
            if record.phone and rng.random() < 0.4:
                b.add("phone", record.phone)
            head_address = rng.random() < 0.3
            if head_address:
                b.section("dwelling")
                b.address(record.address)
                if record.dwelling:
                    b.add("dwelling", DWELLING34[record.dwelling][0], "dwelling")
            ev = b.event("ev_birth", p.dob, "date_of_birth")
            b.detail(ev, "place", p.pob, "place_of_birth", rng.choice(("", "place_of_birth")))
            adult = _years(p.dob, 18)
            if p.nationality != "DEU" and rng.random() < 0.6 and adult < ref - timedelta(400):
                ev = b.event("ev_arrival_de", b.other_day(adult, ref - timedelta(days=300)))
                b.detail(ev, "place", _foreign_place(rng, p.nationality))
            if record.marital == "verheiratet" and rng.random() < 0.6 and adult < ref:
                ev = b.event("ev_own_marriage", b.other_day(adult, ref - timedelta(days=200)))
                b.detail(ev, "place", _city_pick(rng, {p.pob}))
            if record.previous:
                since = b.other_day(max(adult, ref - timedelta(days=4000)),
                                    record.move_in - timedelta(days=120))
                if rng.random() < 0.4:
                    older = _other_address(rng, record)
                    ev = b.event("ev_old_move_in",
                                 b.other_day(since - timedelta(days=2500),
                                             since - timedelta(days=200)))
                    b.detail(ev, "address", older.line)
                ev = b.event("ev_prev_move_in", since)
                b.detail(ev, "address", record.previous, "previous_address",
                         rng.choice(("", "previous_address")))
                if rng.random() < 0.6:
                    out = b.other_day(record.move_in - timedelta(days=6),
                                      record.move_in - timedelta(days=1))
                    ev = b.event("ev_move_out", out)
                    if rng.random() < 0.5:
                        b.detail(ev, "address", record.previous, "previous_address")
            ev = b.event("ev_move_in", record.move_in, "move_in_date")
            if not head_address:
                b.event_address(ev, record.address)
                if record.dwelling:
                    b.detail(ev, "remark", DWELLING34[record.dwelling][0], "dwelling",
                             rng.choice(("", "dwelling")))
            if rng.random() < 0.5 and record.move_in < ref - timedelta(days=2):
                b.event("ev_signed", b.other_day(record.move_in + timedelta(days=1),
                                                 min(record.move_in + timedelta(days=13),
                                                     ref - timedelta(days=1))))
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            if rng.random() < 0.6:
                b.add("role", ROLE34[record.landlord_is_owner][0])
            head_address = rng.random() < 0.5
            if head_address:
                b.section("dwelling")
                b.address(record.address)
            mi = record.move_in
            ev = b.event("ev_prev_out", b.other_day(mi - timedelta(days=200),
                                                    mi - timedelta(days=20)))
            for _ in range(rng.randint(1, 2)):
                b.detail(ev, "previous", b.other())
            if rng.random() < 0.4:
                b.event("ev_renovation", b.other_day(mi - timedelta(days=19),
                                                     mi - timedelta(days=8)))
            b.event("ev_contract", b.other_day(mi - timedelta(days=60), mi - timedelta(days=5)))
            if rng.random() < 0.7:
                b.event("ev_keys", b.other_day(mi - timedelta(days=4), mi - timedelta(days=1)))
            ev = b.event("ev_tenant_move_in", mi, "move_in_date")
            if not head_address:
                b.event_address(ev, record.address)
            for tenant in record.tenants:
                b.detail(ev, "persons", tenant, "tenant_names", rng.choice(("", "tenant")))
            b.event("ev_confirm", b.other_day(mi + timedelta(days=1), mi + timedelta(days=12)))
        case Geburt():
            c = record.child
            b.section("person")
            b.names(c)
            b.sex(c.sex)
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            ev = b.event("ev_birth", c.dob, "date_of_birth")
            b.detail(ev, "place", c.pob, "place_of_birth")
            if rng.random() < 0.5:
                b.detail(ev, "remark", record.birth_time)
            _register_events(b, record, c.dob)
        case Ehe():
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(sp, f"spouse{k}_")
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                title = w.event("ev_birth_of").format(sp.full)
                ev = b.event("ev_birth_of", sp.dob, f"spouse{k}_date_of_birth", title)
                b.detail(ev, "place", sp.pob)
            md = record.marriage_date
            b.event("ev_marriage_notice", b.other_day(md - timedelta(days=90),
                                                      md - timedelta(days=10)))
            ev = b.event("ev_marriage", md, "marriage_date")
            b.detail(ev, "place", record.marriage_place, "marriage_place",
                     rng.choice(("", "marriage_place")))
            _register_events(b, record, md, notice=False)
        case Sterbe():
            p = record.person
            b.section("person")
            b.names(p)
            ev = b.event("ev_birth", p.dob, "date_of_birth")
            b.detail(ev, "place", p.pob, "place_of_birth")
            adult = _years(p.dob, 20)
            if rng.random() < 0.5 and adult < record.date_of_death:
                ev = b.event("ev_own_marriage", b.other_day(adult, _years(adult, 15)))
                b.detail(ev, "place", _city_pick(rng, {p.pob, record.place_of_death}))
            ev = b.event("ev_death", record.date_of_death, "date_of_death")
            b.detail(ev, "place", record.place_of_death, "place_of_death",
                     rng.choice(("", "place_of_death")))
            if rng.random() < 0.6:
                b.detail(ev, "last_residence", record.last_residence, "", "last_residence")
            _register_events(b, record, record.date_of_death)
            if rng.random() < 0.4:
                b.event("ev_burial", b.other_day(record.date_of_death + timedelta(days=5),
                                                 record.date_of_death + timedelta(days=16)))
        case Zulassung():
            h = record.holder
            b.section("person")
            b.names(h, "holder_")
            b.dated("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            b.add("make", f"{record.make} {record.model}")
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate")
            b.section("mandate")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = record.iban if rng.random() < 0.4 else group_iban(record.iban)
            b.add("iban", iban, "iban")
            if rng.random() < 0.6:
                b.add("bic", record.bic)
            if rng.random() < 0.5:
                b.add("bank", record.bank)
            first = b.other_day(ref - timedelta(days=4000), ref - timedelta(days=500))
            ev = b.event("ev_first_reg", first)
            if rng.random() < 0.5:
                b.detail(ev, "remark", _fake_plate(rng, _city_pick(rng, set())))
            b.event("ev_purchase", b.other_day(ref - timedelta(days=60), ref - timedelta(days=8)))
            ev = b.event("ev_evb", b.other_day(ref - timedelta(days=30), ref - timedelta(days=2)))
            b.detail(ev, "remark", record.evb, "evb_number", "evb_number")
            b.event("ev_mandate", _furniture_day(record, rng))
            b.event("ev_application", _furniture_day(record, rng))
        case Aufenthalt():
            p = record.person
            b.section("person")
            b.names(p)
            b.nationality(p.nationality)
            b.add("passport_number", record.passport_number, "passport_number")
            b.section("stay")
            b.add("purpose", PURPOSE34[record.purpose][0], "purpose")
            b.address(record.address)
            ev = b.event("ev_birth", p.dob, "date_of_birth")
            b.detail(ev, "place", p.pob, "place_of_birth", rng.choice(("", "place_of_birth")))
            adult = _years(p.dob, 17)
            if rng.random() < 0.6 and adult < record.entry - timedelta(days=30):
                b.event("ev_school", b.other_day(adult, _years(adult, 2)))
            issued = b.other_day(record.entry - timedelta(days=1500),
                                 record.entry - timedelta(days=20))
            ev = b.event("ev_passport_issue", issued)
            if rng.random() < 0.5:
                b.detail(ev, "doc", record.passport_number, "passport_number")
            if rng.random() < 0.45:
                visit = b.other_day(issued + timedelta(days=1), record.entry - timedelta(days=40))
                if visit < record.entry - timedelta(days=20):
                    b.event("ev_prev_entry", visit)
                    b.event("ev_prev_exit", b.other_day(visit + timedelta(days=7),
                                                        min(visit + timedelta(days=80),
                                                            record.entry - timedelta(days=3))))
            ev = b.event("ev_entry", record.entry, "entry_date")
            if rng.random() < 0.5:
                b.detail(ev, "place", rng.choice(("Flughafen Frankfurt am Main",
                                                  "Flughafen Düsseldorf", "Flughafen München",
                                                  "Grenzübergang Frankfurt (Oder)")))
            if rng.random() < 0.4 and record.purpose == "employment" and \
                    record.entry < ref - timedelta(days=3):
                b.event("ev_job", b.other_day(record.entry + timedelta(days=1),
                                              ref - timedelta(days=1)))
            b.event("ev_application", b.other_day(
                max(record.entry + timedelta(days=1), ref - timedelta(days=30)),
                ref + timedelta(days=2)))
            b.event("ev_passport_expiry", record.passport_expiry, "passport_expiry_date",
                    future=True)
        case Identity():
            p = record.person
            b.section("person")
            b.add("family_name", p.family)
            b.add("given_names", p.given)
            b.nationality(p.nationality)
            b.section("document")
            b.add("doc_kind", ID_KINDS34["P" if record.mrz_format == "TD3" else "I"][0])
            b.add("doc_number", record.document_number, "document_number")
            b.add("issuing_state", record.issuing_state, "issuing_state")
            if record.authority and rng.random() < 0.6:
                b.add("authority", record.authority)
            b.event("ev_birth", p.dob, "date_of_birth")
            lo = max(record.issue - timedelta(days=3650), _years(p.dob, 1))
            old_issue = b.other_day(lo, record.issue - timedelta(days=400))
            if rng.random() < 0.7 and lo < record.issue - timedelta(days=400):
                ev = b.event("ev_old_doc", old_issue)
                b.detail(ev, "doc", _old_doc_number(rng, record.document_number))
                b.event("ev_old_doc_end", b.other_day(record.issue - timedelta(days=60),
                                                      record.issue + timedelta(days=30)))
            ev = b.event("ev_doc_issue", record.issue)
            b.detail(ev, "doc", record.document_number, "document_number")
            if rng.random() < 0.5:
                b.event("ev_copy", _furniture_day(record, rng))
            b.event("ev_doc_expiry", record.expiry, "expiry_date", future=True)
            doc.zone = tuple(record.lines)


def _register_events(b: _B, record: Geburt | Ehe | Sterbe, event: date,
                     notice: bool = True) -> None:
    """The notice, the registration with the office and the number, a later declaration and the
    issue of the certificate."""
    rng = b.rng
    issue = record.issue
    if notice and rng.random() < 0.6 and (issue - event).days > 3:
        b.event("ev_notice", b.other_day(event + timedelta(days=1),
                                         min(event + timedelta(days=5), issue - timedelta(days=1))))
    if (issue - event).days > 2:
        day = b.other_day(event + timedelta(days=1), min(event + timedelta(days=12),
                                                          issue - timedelta(days=1)))
    else:
        day = b.other_day(event - timedelta(days=3), event - timedelta(days=1))
    ev = b.event("ev_record", day)
    b.detail(ev, "office", f"Standesamt {record.office}", "registry_office",
             rng.choice(("", "registry_office")))
    b.detail(ev, "number", record.register, "register_number",
             rng.choice(("", "register_number")))
    if isinstance(record, Geburt) and rng.random() < 0.3 and (issue - event).days > 60:
        b.event("ev_name_decl", b.other_day(event + timedelta(days=14), issue - timedelta(days=2)))
    ev = b.event("ev_issue", issue, "issue_date")
    if rng.random() < 0.4:
        b.detail(ev, "office", f"Standesamt {record.office}", "registry_office")


def _redacted_content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc, record)
    ref = data.REFERENCE_DATE

    def maybe(p: float) -> bool:
        return rng.random() < p

    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            elif maybe(0.35):
                b.hide("birth_name", b.other().split()[-1], "not_needed")
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if maybe(0.6):
                b.hide("marital", record.marital, "not_needed")
            if maybe(0.6):
                b.hide("religion", rng.choice(("römisch-katholisch", "evangelisch",
                                               "keine Angabe")), "sensitive")
            if maybe(0.5):
                b.hide("tax_id", _tax_id(rng), "internal")
            if maybe(0.4):
                b.hide("id_number", _id_number(rng), "internal")
            if maybe(0.7):
                b.section("contact")
                b.hide("phone", record.phone or data.phone(rng), "contact")
                if maybe(0.6):
                    b.hide("email", _email(p.full, rng), "contact")
            b.section("new")
            b.address(record.address)
            b.dated("move_in_date", record.move_in, "move_in_date")
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING34[k][1] for k in ("main", "secondary")),
                         ("main", "secondary").index(record.dwelling), "dwelling")
            b.section("old")
            if record.previous:
                b.add("previous_address", record.previous, "previous_address")
            else:
                b.hide("previous_address", _other_address(rng, record).line, "not_needed")
            if maybe(0.5):
                b.section("household")
                for _ in range(rng.randint(1, 2)):
                    other = b.other(family=p.family if maybe(0.5) else None)
                    born = b.other_day(date(1950, 1, 1), ref - timedelta(days=400))
                    b.hide("household", f"{other}, {s.date(born)}", "third", maybe(0.4))
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            if maybe(0.6):
                b.hide("landlord_phone", data.phone(rng), "contact")
            b.choice("role", (ROLE34[True][1], ROLE34[False][1]),
                     0 if record.landlord_is_owner else 1)
            if not record.landlord_is_owner and maybe(0.7):
                b.hide("owner", f"{b.other()}, {_other_address(rng, record).line}", "third",
                       maybe(0.3))
            b.section("new")
            b.address(record.address)
            b.dated("move_in_date", record.move_in, "move_in_date")
            b.section("tenants")
            for tenant in record.tenants:
                b.add("tenant", tenant, "tenant_names")
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex)
            b.dated("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if maybe(0.7):
                b.hide("birth_time", record.birth_time, "not_needed")
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            elif maybe(0.5):
                b.hide("father_name", b.other("M"), "third")
            if maybe(0.6):
                born = b.other_day(_years(c.dob, -45), _years(c.dob, -18))
                b.hide("parent_dob", s.date(born), "third")
            if maybe(0.5):
                b.hide("parent_address", _other_address(rng, record).line, "third")
            _redacted_register(b, record)
        case Ehe():
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(sp, f"spouse{k}_")
                b.dated("date_of_birth", sp.dob, f"spouse{k}_date_of_birth")
                if maybe(0.5):
                    b.add("place_of_birth", sp.pob)
                elif maybe(0.5):
                    b.hide("place_of_birth", sp.pob, "not_needed")
            b.section("marriage")
            b.dated("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            if maybe(0.7):
                b.section("others")
                for _ in range(rng.randint(1, 2)):
                    b.hide("witness", b.other(), "third", maybe(0.3))
            _redacted_register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if maybe(0.5):
                b.add("last_residence", record.last_residence)
            else:
                b.hide("last_residence", record.last_residence, "not_needed")
            b.section("death")
            b.dated("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            if maybe(0.7):
                b.section("others")
                b.hide("informant", f"{b.other()}, {_other_address(rng, record).line}", "third",
                       maybe(0.4))
            _redacted_register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.dated("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            if maybe(0.5):
                b.hide("phone", data.phone(rng), "contact")
            if maybe(0.4):
                b.hide("id_number", _id_number(rng), "internal")
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            b.add("make", f"{record.make} {record.model}")
            b.add("evb_number", record.evb, "evb_number")
            if maybe(0.5):
                b.hide("insurer", rng.choice(("HUK-COBURG", "Allianz Versicherungs-AG",
                                              "DEVK", "LVM Versicherung")), "not_needed")
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate")
            elif maybe(0.4):
                b.hide("desired_plate", _fake_plate(rng, record.address.city), "internal")
            if maybe(0.6):
                b.hide("prev_holder", f"{b.other()}, {_other_address(rng, record).city_line}",
                       "third", maybe(0.3))
            b.section("mandate")
            b.add("account_holder", record.account_holder, "account_holder")
            b.add("iban", group_iban(record.iban) if maybe(0.6) else record.iban, "iban")
            if maybe(0.5):
                b.hide("bic", record.bic, "not_needed")
            else:
                b.add("bic", record.bic)
            if maybe(0.5):
                b.add("bank", record.bank)
        case Aufenthalt():
            p = record.person
            b.section("person")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            if maybe(0.5):
                b.hide("phone", data.phone(rng), "contact")
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.dated("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            if maybe(0.5):
                issued = b.other_day(record.entry - timedelta(days=1500),
                                     record.entry - timedelta(days=20))
                b.hide("doc_issue", s.date(issued), "not_needed")
            b.section("stay")
            b.dated("entry_date", record.entry, "entry_date")
            b.choice("purpose", tuple(PURPOSE34[k][1] for k in PURPOSE_ORDER34),
                     PURPOSE_ORDER34.index(record.purpose), "purpose")
            if maybe(0.6):
                b.hide("employer", rng.choice(("Ruhr-Universität Bochum, Universitätsstr. 150",
                                               "Stahlbau Westfalen GmbH, Industriestr. 12",
                                               "TU Dortmund, Otto-Hahn-Str. 4",
                                               "Klinikum Essen-Mitte, Henricistr. 92")),
                       "third", maybe(0.3))
            if maybe(0.4):
                b.hide("sponsor", b.other(), "third", maybe(0.3))
            b.section("address")
            b.address(record.address)
        case Identity():
            p = record.person
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.add("doc_kind", ID_KINDS34[kind][1])
            b.add("doc_number", record.document_number, "document_number")
            b.add("issuing_state", record.issuing_state, "issuing_state")
            b.dated("doc_issue", record.issue)
            b.dated("expiry_date", record.expiry, "expiry_date")
            if record.authority:
                if maybe(0.5):
                    b.add("authority", record.authority)
                else:
                    b.hide("authority", record.authority, "internal")
            if record.issuing_state == "DEU" and (kind == "I" or maybe(0.4)):
                b.hide("can", f"{rng.randint(0, 999999):06d}", "internal")
            b.section("person")
            b.add("family_name", p.family)
            b.add("given_names", p.given)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.nationality(p.nationality)
            doc.zone = tuple(record.lines)


#: the fields a redacted certificate in sentences prints inside its sentences
PROSE_KEYS: Final = frozenset({"family_name", "given_names", "date_of_birth", "place_of_birth",
                               "birth_time", "mother_name", "father_name", "marriage_date",
                               "marriage_place", "witness", "date_of_death", "place_of_death",
                               "informant"})


def _redacted_register(b: _B, record: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {record.office}", "registry_office")
    b.add("register_number", record.register, "register_number")
    b.dated("issue_date", record.issue, "issue_date")


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


@dataclass(slots=True)
class Run:
    """A piece of flowing text: words, a bar (a redaction), a tick box or a line break."""

    text: str
    face: str
    size: float
    kind: str = "text"  # text | bar | box | br
    colour: RGB | None = None
    checked: bool = False
    ghost: bool = False
    code: str = ""
    bar: RGB = (0.0, 0.0, 0.0)
    marker: bool = False
    width: float = 0.0  # a bar's width (0: the covered text's)


@dataclass(slots=True)
class _Piece:
    run: Run
    text: str
    width: float
    glue: bool


def _pieces(runs: list[Run]) -> list[_Piece]:
    out: list[_Piece] = []
    ends_space = True
    for run in runs:
        if run.kind == "br":
            out.append(_Piece(run, "", 0.0, False))
            ends_space = True
            continue
        if run.kind == "box":
            out.append(_Piece(run, "", run.size * 0.85, False))
            ends_space = False
            continue
        if run.kind == "bar":
            width = run.width or max(_sw(run.text, run.face, run.size), run.size * 3)
            out.append(_Piece(run, run.text, width + run.size * 0.4, False))
            ends_space = False
            continue
        words = run.text.split()
        for k, word in enumerate(words):
            glue = k == 0 and not run.text[:1].isspace() and not ends_space
            out.append(_Piece(run, word, _sw(word, run.face, run.size), glue))
        ends_space = run.text[-1:].isspace() if run.text else ends_space
    return out


def _lines(runs: list[Run], width: float) -> list[list[tuple[float, _Piece]]]:
    """The pieces of ``runs`` placed on lines no wider than ``width`` (x offsets)."""
    lines: list[list[tuple[float, _Piece]]] = [[]]
    x = 0.0
    for piece in _pieces(runs):
        if piece.run.kind == "br":
            lines.append([])
            x = 0.0
            continue
        gap = 0.0 if not lines[-1] or piece.glue else _sw(" ", piece.run.face, piece.run.size)
        if lines[-1] and x + gap + piece.width > width:
            lines.append([])
            x, gap = 0.0, 0.0
        lines[-1].append((x + gap, piece))
        x += gap + piece.width
    return [ln for ln in lines if ln] or [[]]


def _leading(runs: list[Run]) -> float:
    sizes = [r.size for r in runs if r.kind != "br"] or [9.0]
    return max(sizes) * 1.3


def _flow_height(runs: list[Run], width: float) -> float:
    return len(_lines(runs, width)) * _leading(runs)


def _box(pen: Pen, x: float, y: float, size: float, checked: bool) -> None:
    c = pen.c
    c.saveState()
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setLineWidth(1.0)
        c.line(x + 1.2, y + 1.2, x + size - 1.2, y + size - 1.2)
        c.line(x + 1.2, y + size - 1.2, x + size - 1.2, y + 1.2)
    c.restoreState()


def _bar(pen: Pen, x: float, y: float, w: float, h: float, run: Run) -> None:
    """A redaction bar with its bottom-left corner at (x, y)."""
    c = pen.c
    c.saveState()
    c.setFillColorRGB(*run.bar)
    c.setStrokeColorRGB(*run.bar)
    if run.marker:
        # a felt-tip marker: overlapping strokes with round ends, a little uneven
        c.setLineCap(1)
        strokes = 3
        seed = sum(map(ord, run.text)) + int(w)
        for k in range(strokes):
            dy = h * (k + 0.5) / strokes
            wobble = math.sin(seed + k) * 1.2
            c.setLineWidth(h / strokes * 1.9)
            c.line(x + h * 0.3, y + dy + wobble * 0.3, x + w - h * 0.3 + wobble * 0.4,
                   y + dy - wobble * 0.3)
    else:
        c.rect(x, y, w, h, stroke=0, fill=1)
    if run.code:
        c.setFillColorRGB(1, 1, 1)
        size = min(h * 0.72, run.size * 0.8)
        c.setFont(run.face, size)
        c.drawCentredString(x + w / 2, y + (h - size) / 2 + size * 0.18, run.code)
    c.restoreState()


def _flow(pen: Pen, x: float, top: float, width: float, runs: list[Run]) -> float:
    """Draw ``runs`` from ``top`` down within ``width``; returns the height used."""
    lead = _leading(runs)
    lines = _lines(runs, width)
    c = pen.c
    for k, line in enumerate(lines):
        base = top - lead * (k + 1) + lead * 0.28
        for dx, piece in line:
            run = piece.run
            if run.kind == "box":
                _box(pen, x + dx, base - run.size * 0.05, run.size * 0.78, run.checked)
                continue
            if run.kind == "bar":
                if run.ghost and run.text:
                    c.setFont(run.face, run.size)
                    c.setFillColorRGB(0, 0, 0)
                    c.drawString(x + dx + run.size * 0.2, base, run.text)
                _bar(pen, x + dx, base - run.size * 0.25, piece.width, run.size * 1.08, run)
                continue
            c.setFont(run.face, run.size)
            if run.colour is not None:
                c.setFillColorRGB(*run.colour)
            c.drawString(x + dx, base, piece.text)
            if run.colour is not None:
                c.setFillColorRGB(0, 0, 0)
    return lead * len(lines)


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


def _gap(h: float) -> Blk:
    return Blk(h, lambda top: None, True)


def _text_block(pen: Pen, x: float, width: float, runs: list[Run], after: float = 2.0,
                breakable: bool = True) -> Blk:
    h = _flow_height(runs, width) + after

    def draw(top: float) -> None:
        _flow(pen, x, top, width, runs)

    return Blk(h, draw, breakable)


def _watermark(pen: Pen, text: str, face: str) -> None:
    c = pen.c
    c.saveState()
    c.setFillGray(0.9)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(40)
    size = min(90.0, 900.0 / max(len(text), 4))
    c.setFont(face, size)
    c.drawCentredString(0, -size / 3, text)
    c.restoreState()


def _identity_copy(pen: Pen, record: Identity, rng: random.Random, width: float,
                   cover: Callable[[float, float, float, float, str], None] | None,
                   part: str = "both") -> tuple[float, Callable[[float, float], None]]:
    """The copy of an identity document fitted into ``width``: its height and a drawer taking
    (x, top); ``cover`` is called with (x, y, w, h, what) for the photo and the access number."""
    scale = 1.0
    w, h = _card_size(record, part, scale)
    scale = min(1.35, width / w)
    w, h = _card_size(record, part, scale)
    style = rng.choice(VIZ_STYLES)
    seed = rng.randrange(10**6)

    def draw(x: float, top: float) -> None:
        _draw_copy(pen, record, part, x, top, scale, style, random.Random(seed), False)
        if cover is None:
            return
        if record.mrz_format == "TD3":
            cover(x + 8 * scale - 2, top - 88 * MM * scale + 30 * MM * scale - 2,
                  32 * MM * scale + 4, 40 * MM * scale + 4, "photo")
        elif part != "back":
            front = top - 54 * MM * scale
            cover(x + 8 * scale - 2, front + 8 * scale - 2, 24 * MM * scale + 4,
                  30 * MM * scale + 4, "photo")
            cover(x + 85.6 * MM * scale - 44 * scale, front + 5 * scale, 36 * scale,
                  9 * scale, "can")

    return h, draw


def _zone_block(pen: Pen, lines: tuple[str, ...], x: float, width: float, scale: float) -> Blk:
    face = mrz_font()
    size = min(10.5 * scale, width / _sw("<" * len(lines[0]), face, 1))
    lead = size * 1.5

    def draw(top: float) -> None:
        for k, line in enumerate(lines):
            pen.c.setFont(face, size)
            pen.c.drawString(x, top - lead * (k + 1), line)

    return Blk(lead * len(lines) + 6, draw, False)


# --- chronicle -----------------------------------------------------------------------------------


def _chr_look(doc: Doc, s: Style, rng: random.Random) -> ChrLook:
    look = ChrLook()
    look.head = rng.choice(("rows", "grid", "inline", "rows"))
    look.style = rng.choice(("table", "rail", "list", "table"))
    look.order = "desc" if rng.random() < 0.3 else "asc"
    look.years = look.style != "table" and rng.random() < 0.45
    look.bare = rng.random() < 0.3
    look.remark = look.style == "table" and rng.random() < 0.35
    look.zebra = rng.random() < 0.4
    look.accent = rng.choice(((0.15, 0.3, 0.5), (0.35, 0.1, 0.1), (0.1, 0.35, 0.2),
                              (0.25, 0.25, 0.25)))
    look.size = rng.uniform(8.6, 10.0)
    look.case = f"{rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(2024, 2026)}/" \
                f"{rng.randint(100, 99999):05d}"
    look.sign = _w(s).fam == 1 and doc.kind == "form"
    return look


def _head_rows(pen: Pen, doc: Doc, sec: Sec, x: float, width: float, sz: float,
               style: str) -> list[Blk]:
    """A head section: label left and value right, labelled cells, or inline pairs."""
    f = doc.faces
    grey: RGB = (0.35, 0.35, 0.38)
    out: list[Blk] = []
    head = [Run(sec.head, f.bold, sz * 1.05)]
    out.append(_text_block(pen, x, width, head, 3.0, True))
    items = sec.items
    if style == "inline":
        runs: list[Run] = []
        for k, it in enumerate(items):
            if k:
                runs.append(Run(" · ", f.regular, sz, colour=grey))
            runs.append(Run(f"{it.label}:", f.regular, sz * 0.85, colour=grey))
            runs.append(Run(f" {it.value}", doc.vface, sz))
        out.append(_text_block(pen, x, width, runs, 6.0, False))
        return out
    if style == "grid":
        cols = 2 if width < 420 else 3
        cw = width / cols
        for row_start in range(0, len(items), cols):
            row = items[row_start:row_start + cols]
            cells = [([Run(it.label, f.regular, sz * 0.72, colour=grey)],
                      [Run(it.value, doc.vface, sz)]) for it in row]
            h = max(_flow_height(lab, cw - 8) + _flow_height(val, cw - 8) for lab, val in cells)
            h += 6

            def draw(top: float, cells: list[tuple[list[Run], list[Run]]] = cells,
                     h: float = h) -> None:
                for k, (lab, val) in enumerate(cells):
                    cx = x + k * cw
                    pen.c.saveState()
                    pen.c.setLineWidth(0.5)
                    pen.c.setStrokeGray(0.55)
                    pen.c.rect(cx, top - h, cw - 3, h - 2, stroke=1, fill=0)
                    pen.c.restoreState()
                    used = _flow(pen, cx + 4, top - 2, cw - 8, lab)
                    _flow(pen, cx + 4, top - 2 - used, cw - 8, val)

            out.append(Blk(h + 1, draw, False))
        out.append(_gap(4))
        return out
    lw = width * 0.42
    for it in items:
        lab = [Run(it.label, f.regular, sz * 0.86, colour=grey)]
        val = [Run(it.value, doc.vface, sz)]
        h = max(_flow_height(lab, lw - 6), _flow_height(val, width - lw)) + 2

        def draw_row(top: float, lab: list[Run] = lab, val: list[Run] = val,
                     h: float = h) -> None:
            _flow(pen, x, top, lw - 6, lab)
            _flow(pen, x + lw, top, width - lw, val)
            pen.c.saveState()
            pen.c.setStrokeGray(0.8)
            pen.c.setLineWidth(0.3)
            pen.c.line(x, top - h + 1, x + width, top - h + 1)
            pen.c.restoreState()

        out.append(Blk(h, draw_row, False))
    out.append(_gap(5))
    return out


def _detail_runs(doc: Doc, ev: Event, sz: float) -> list[Run]:
    f = doc.faces
    grey: RGB = (0.35, 0.35, 0.38)
    runs: list[Run] = []
    for k, d in enumerate(ev.details):
        if k:
            runs.append(Run("", f.regular, sz, kind="br"))
        if not d.prose:
            runs.append(Run(f"{d.label}:", f.italic, sz * 0.85, colour=grey))
            runs.append(Run(f" {d.value}", doc.vface, sz))
        else:
            runs.append(Run(d.value, doc.vface, sz))
    return runs


def _ordered(doc: Doc) -> list[Event]:
    evs = sorted(doc.events, key=lambda e: (e.day.day or date.min))
    return evs[::-1] if doc.chr.order == "desc" else evs


def _chr_events(pen: Pen, doc: Doc, x: float, width: float, scale: float) -> list[Blk]:
    look = doc.chr
    w_ = doc.faces
    sz = look.size * scale
    w = _wd(doc)
    out: list[Blk] = []
    key = "chronology_desc" if look.order == "desc" else "chronology"
    out.append(_text_block(pen, x, width, [Run(w.head(key), w_.bold, sz * 1.12,
                                                colour=look.accent)], 3.0, False))
    evs = _ordered(doc)
    day_w = max(_sw(e.day.value, w_.bold, sz) for e in evs) + 10
    if look.style == "table":
        remark_w = width * 0.16 if look.remark else 0.0
        title_w = (width - day_w - remark_w) * 0.42
        det_w = width - day_w - remark_w - title_w
        cols = [("day", day_w), ("event", title_w), ("detail", det_w)]
        if look.remark:
            cols.append(("remark", remark_w))
        heads = [(w.column(k), cw) for k, cw in cols]
        hh = max(_flow_height([Run(t, w_.bold, sz * 0.85)], cw - 6) for t, cw in heads) + 4

        def draw_head(top: float) -> None:
            c = pen.c
            c.saveState()
            c.setFillColorRGB(*look.accent)
            c.rect(x, top - hh, width, hh, stroke=0, fill=1)
            c.restoreState()
            cx = x
            for t, cw in heads:
                _flow(pen, cx + 3, top - 1, cw - 6, [Run(t, w_.bold, sz * 0.85,
                                                           colour=(1, 1, 1))])
                cx += cw

        out.append(Blk(hh + 1, draw_head, False))
        for n, ev in enumerate(evs):
            day = [Run(ev.day.value, doc.vface, sz)]
            title = [Run(ev.title + (" " + w.word("future") if ev.future else ""),
                         w_.regular, sz)]
            det = _detail_runs(doc, ev, sz)
            rem = [Run(ev.remark, w_.italic, sz * 0.85)] if look.remark and ev.remark else []
            h = max(_flow_height(day, day_w - 6), _flow_height(title, title_w - 6),
                    _flow_height(det, det_w - 6) if det else 0.0,
                    _flow_height(rem, remark_w - 6) if rem else 0.0) + 5

            def draw_row(top: float, day: list[Run] = day, title: list[Run] = title,
                         det: list[Run] = det, rem: list[Run] = rem, h: float = h,
                         n: int = n) -> None:
                c = pen.c
                if look.zebra and n % 2:
                    c.saveState()
                    c.setFillGray(0.93)
                    c.rect(x, top - h, width, h, stroke=0, fill=1)
                    c.restoreState()
                _flow(pen, x + 3, top - 2, day_w - 6, day)
                _flow(pen, x + day_w + 3, top - 2, title_w - 6, title)
                if det:
                    _flow(pen, x + day_w + title_w + 3, top - 2, det_w - 6, det)
                if rem:
                    _flow(pen, x + day_w + title_w + det_w + 3, top - 2, remark_w - 6, rem)
                c.saveState()
                c.setLineWidth(0.4)
                c.setStrokeGray(0.6)
                c.line(x, top - h, x + width, top - h)
                cx = x
                for _k, cw in cols[:-1]:
                    cx += cw
                    c.line(cx, top, cx, top - h)
                c.restoreState()

            out.append(Blk(h, draw_row, True))
        out.append(_gap(6))
        return out
    year = 0
    rail_x = x + day_w + 8
    for ev in evs:
        d = ev.day.day or date.min
        if look.years and d.year != year:
            year = d.year
            label = w.word("year").format(year)
            out.append(_text_block(pen, x, width, [Run(label, w_.bold, sz * 1.2,
                                                       colour=look.accent)], 2.0, True))
        title = [Run(ev.title + (" " + w.word("future") if ev.future else ""), w_.bold, sz)]
        det = _detail_runs(doc, ev, sz * 0.95)
        if look.style == "rail":
            tx = rail_x + 10
            tw = x + width - tx
            h = _flow_height(title, tw) + (_flow_height(det, tw - 8) if det else 0.0) + 6

            def draw_rail(top: float, ev: Event = ev, title: list[Run] = title,
                          det: list[Run] = det, h: float = h, tx: float = tx,
                          tw: float = tw) -> None:
                c = pen.c
                c.saveState()
                c.setStrokeColorRGB(*look.accent)
                c.setFillColorRGB(*look.accent)
                c.setLineWidth(1.2)
                c.line(rail_x, top, rail_x, top - h)
                c.circle(rail_x, top - sz * 0.75, 2.6, stroke=0, fill=1)
                c.restoreState()
                c.setFont(doc.vface, sz)
                c.drawRightString(rail_x - 8, top - sz * 1.05, ev.day.value)
                used = _flow(pen, tx, top, tw, title)
                if det:
                    _flow(pen, tx + 8, top - used, tw - 8, det)

            out.append(Blk(h, draw_rail, True))
        else:
            runs = [Run(ev.day.value, doc.vface, sz), Run(" – ", w_.regular, sz), *title]
            h = _flow_height(runs, width) + (_flow_height(det, width - 22) if det else 0) + 5

            def draw_list(top: float, runs: list[Run] = runs, det: list[Run] = det) -> None:
                used = _flow(pen, x, top, width, runs)
                if det:
                    _flow(pen, x + 22, top - used, width - 22, det)

            out.append(Blk(h, draw_list, True))
    out.append(_gap(6))
    return out


def _wd(doc: Doc) -> Extra34Wording:
    assert doc.words is not None
    return doc.words


def _chr_blocks(pen: Pen, doc: Doc, record: Record, rng: random.Random, scale: float,
                seed: int) -> list[Blk]:
    look = doc.chr
    f = doc.faces
    w = _wd(doc)
    x, width = pen.left, pen.width
    sz = look.size * scale
    grey: RGB = (0.35, 0.35, 0.38)
    out: list[Blk] = []
    out.append(_text_block(pen, x, width, [Run(doc.office, f.regular, sz * 0.9, colour=grey)],
                           4.0, False))
    out.append(_text_block(pen, x, width, [Run(doc.title, f.bold, sz * 1.55)], 4.0, False))
    sub = w.word("subject").format(look.case)
    assert doc.printed is not None
    printed = w.word("printed").format(doc.printed.strftime("%d.%m.%Y"))
    out.append(_text_block(pen, x, width, [Run(sub, f.regular, sz * 0.85, colour=grey),
                                           Run(" · " + printed, f.regular, sz * 0.85,
                                               colour=grey)], 4.0, False))
    if rng.random() < 0.6:
        out.append(_text_block(pen, x, width, [Run(w.word("intro"), f.italic, sz * 0.9)], 6.0,
                               False))
    rng2 = random.Random(seed)
    heads = [sec for sec in doc.sections if sec.items]
    for sec in heads:
        out += _head_rows(pen, doc, sec, x, width, sz, look.head)
    out += _chr_events(pen, doc, x, width, scale)
    if doc.zone and isinstance(record, Identity):
        out.append(_text_block(pen, x, width, [Run(w.head("copy"), f.bold, sz * 1.05)], 3.0))
        h, draw = _identity_copy(pen, record, rng2, min(width * 0.62, 280 * scale), None)
        out.append(Blk(h + 8, lambda top: draw(x + 4, top), False))
        out.append(_text_block(pen, x, width, [Run(w.head("zone"), f.bold, sz * 1.0),
                                               Run("", f.regular, sz, kind="br"),
                                               Run(w.word("zone_note"), f.italic, sz * 0.85,
                                                   colour=grey)], 2.0, False))
        out.append(_zone_block(pen, doc.zone, x, width * 0.9, scale))
    if rng.random() < 0.6:
        out.append(_text_block(pen, x, width, [Run(w.word("legend"), f.italic, sz * 0.8,
                                                   colour=grey)], 4.0))
    if look.sign:
        def draw_sign(top: float) -> None:
            pen.c.setFont(f.regular, sz * 0.8)
            pen.c.drawString(x, top - 34, f"{doc.city}, {doc.printed_text}")
            _signature(pen, x + 230, top - 30, random.Random(seed + 1))
            pen.c.setLineWidth(0.5)
            pen.c.line(x + 220, top - 36, x + 430, top - 36)
            pen.c.drawString(x + 220, top - 46, w.word("cv_sign"))

        out.append(Blk(52, draw_sign, False))
    return out


def _draw_chronicle(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                    pages: int) -> None:
    w = _wd(doc)
    f = doc.faces
    seed = rng.randrange(10**6)
    top0 = PAGE_H - rng.uniform(44, 60)
    bottom = rng.uniform(52, 64)
    rooms = (top0 - bottom, top0 - bottom - 14)
    chunks, scale = _paginate(lambda k: _chr_blocks(pen, doc, record, random.Random(seed), k,
                                                    seed),
                              pages, rooms, (1.0, 0.92, 0.84, 0.77, 0.7))
    n = len(chunks)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        y = top0
        if k:
            pen.c.setFont(f.italic, 8.5 * scale)
            pen.c.drawString(pen.left, y - 8, f"{doc.title} – {w.word('continued')}")
            y -= 14
        for blk in chunk:
            blk.draw(y)
            y -= blk.height
        pen.c.setFont(f.regular, 7.5)
        pen.c.setFillGray(0.35)
        page = w.word("page").format(k + 1, n)
        pen.c.drawRightString(pen.right, bottom - 22, page)
        pen.c.drawString(pen.left, bottom - 22, doc.office)
        pen.c.setFillGray(0)
    doc.drawn = n


# --- redacted ------------------------------------------------------------------------------------


def _red_look(doc: Doc, s: Style, rng: random.Random) -> RedLook:
    look = RedLook()
    w = _w(s)
    look.mode = ("authority", "self", "portal")[w.fam] if rng.random() < 0.75 else \
        rng.choice(("authority", "self", "portal"))
    if look.mode == "authority":
        look.replace = "bar"
        look.ghost_p = 0.25
        look.bar = (0.0, 0.0, 0.0)
        look.codes = rng.choice((("S1", "S2", "S3", "S4", "S5"), ("A", "B", "C", "D", "E"),
                                 ("(1)", "(2)", "(3)", "(4)", "(5)")))
        look.folio = rng.randint(3, 240)
    elif look.mode == "self":
        look.replace = "bar"
        look.ghost_p = 0.75
        look.bar = (0.08, 0.08, 0.1)
        look.codes = ("", "", "", "", "")
    else:
        look.replace = rng.choice(("bar", "masked", "stars", "bar"))
        look.ghost_p = 0.0
        look.bar = (0.45, 0.45, 0.47)
        look.codes = ("", "", "", "", "")
    designs = ["rows", "cells", "lines"]
    if doc.kind == "cert":
        designs += ["prose", "prose"]
    look.design = rng.choice(designs)
    look.watermark = w.word("watermark") if rng.random() < 0.55 else ""
    look.size = rng.uniform(8.6, 10.0)
    look.case = f"{rng.randint(10, 99)}/{rng.randint(1000, 99999)}-{rng.randint(2024, 2026)}"
    look.wide = rng.random() < 0.4
    look.label_w = rng.uniform(0.34, 0.46)
    return look


def _hidden_run(doc: Doc, f: Fld, face: str, size: float, avail: float) -> Run:
    look = doc.red
    w = _wd(doc)
    if look.replace == "masked":
        return Run(w.word("masked"), doc.faces.italic, size, colour=(0.4, 0.4, 0.4))
    if look.replace == "stars":
        return Run("*" * max(6, min(18, len(f.value))), face, size, colour=(0.3, 0.3, 0.3))
    code = look.codes[REASONS.index(f.reason)] if f.reason in REASONS else ""
    width = avail * 0.92 if look.wide else 0.0
    return Run(f.value if f.ghost else "", face, size, kind="bar", ghost=f.ghost, code=code,
               bar=look.bar, marker=look.mode == "self",
               width=min(width or _sw(f.value, face, size), avail * 0.92))


def _value_runs(doc: Doc, f: Fld, size: float, avail: float) -> list[Run]:
    if f.hidden:
        return [_hidden_run(doc, f, doc.vface, size, avail)]
    if f.options:
        runs: list[Run] = []
        for k, option in enumerate(f.options):
            runs.append(Run("", doc.faces.regular, size, kind="box", checked=k == f.chosen))
            runs.append(Run(f" {option}", doc.faces.regular, size * 0.92))
            runs.append(Run("   ", doc.faces.regular, size))
        return runs
    return [Run(f.value, doc.vface, size)]


def _label_runs(doc: Doc, f: Fld, size: float, avail: float) -> list[Run]:
    grey: RGB = (0.3, 0.3, 0.34)
    if f.whole:
        cover = Fld(f.key, f.label, reason=f.reason, hidden=True, ghost=f.ghost)
        return [_hidden_run(doc, cover, doc.faces.regular, size, avail)]
    return [Run(f.label, doc.faces.regular, size, colour=grey)]


def _red_section(pen: Pen, doc: Doc, sec: Sec, x: float, width: float, sz: float,
                 n: int) -> list[Blk]:
    look = doc.red
    f = doc.faces
    out: list[Blk] = []
    head = f"{n}. {sec.head}" if look.mode == "authority" else sec.head
    if look.mode == "portal":
        def draw_band(top: float, head: str = head) -> None:
            c = pen.c
            c.saveState()
            c.setFillColorRGB(0.9, 0.92, 0.95)
            c.rect(x, top - sz * 1.6, width, sz * 1.6, stroke=0, fill=1)
            c.restoreState()
            _flow(pen, x + 4, top - 1, width - 8, [Run(head, f.bold, sz * 1.02)])

        out.append(Blk(sz * 1.6 + 4, draw_band, True))
    else:
        out.append(_text_block(pen, x, width, [Run(head, f.bold, sz * 1.05)], 3.0, True))
    if look.design == "cells":
        units = 4
        row: list[Fld] = []
        rows: list[list[Fld]] = []
        for it in sec.items:
            wgt = min(units, max(1, it.weight if not it.options else 4))
            if sum(min(units, r.weight) for r in row) + wgt > units:
                rows.append(row)
                row = []
            row.append(it)
        if row:
            rows.append(row)
        for row in rows:
            total = sum(min(units, r.weight) for r in row)
            widths = [width * min(units, r.weight) / total for r in row]
            cells = [(_label_runs(doc, it, sz * 0.72, cw - 8),
                      _value_runs(doc, it, sz, cw - 8)) for it, cw in zip(row, widths,
                                                                         strict=True)]
            h = max(_flow_height(lab, cw - 8) + _flow_height(val, cw - 8)
                    for (lab, val), cw in zip(cells, widths, strict=True)) + 6

            def draw_cells(top: float, cells: list[tuple[list[Run], list[Run]]] = cells,
                           widths: list[float] = widths, h: float = h) -> None:
                cx = x
                for (lab, val), cw in zip(cells, widths, strict=True):
                    pen.c.saveState()
                    pen.c.setLineWidth(0.5)
                    pen.c.rect(cx, top - h, cw, h, stroke=1, fill=0)
                    pen.c.restoreState()
                    used = _flow(pen, cx + 4, top - 1, cw - 8, lab)
                    _flow(pen, cx + 4, top - 2 - used, cw - 8, val)
                    cx += cw

            out.append(Blk(h, draw_cells, False))
        out.append(_gap(6))
        return out
    if look.design == "lines" or look.design == "prose":
        for it in sec.items:
            runs = [*_label_runs(doc, it, sz * 0.9, width * 0.4)]
            if not it.whole:
                runs[-1] = Run(runs[-1].text + ":", runs[-1].face, runs[-1].size,
                               colour=runs[-1].colour)
            runs += [Run(" ", doc.vface, sz), *_value_runs(doc, it, sz, width * 0.55)]
            out.append(_text_block(pen, x + 6, width - 6, runs, 2.5, False))
        out.append(_gap(5))
        return out
    lw = width * look.label_w
    for it in sec.items:
        lab = _label_runs(doc, it, sz * 0.86, lw - 8)
        val = _value_runs(doc, it, sz, width - lw)
        h = max(_flow_height(lab, lw - 8), _flow_height(val, width - lw)) + 4

        def draw_row(top: float, lab: list[Run] = lab, val: list[Run] = val,
                     h: float = h) -> None:
            _flow(pen, x, top - 1, lw - 8, lab)
            _flow(pen, x + lw, top - 1, width - lw, val)
            pen.c.saveState()
            pen.c.setStrokeGray(0.7)
            pen.c.setLineWidth(0.35)
            pen.c.line(x, top - h + 1, x + width, top - h + 1)
            pen.c.restoreState()

        out.append(Blk(h, draw_row, False))
    out.append(_gap(5))
    return out


def _prose_blocks(pen: Pen, doc: Doc, record: Geburt | Ehe | Sterbe, x: float, width: float,
                  sz: float) -> list[Blk]:
    """A redacted certificate in sentences: the event, the parents, witnesses or the informant,
    with hidden spans as bars; the register data follow as rows."""
    w = _wd(doc)
    out: list[Blk] = []

    def val(key: str, name: str = "") -> Fld | None:
        for sec in doc.sections:
            for it in sec.items:
                if it.key == key and (not name or it.name == name):
                    return it
        return None

    def sentence(template: str, values: dict[str, Fld | None]) -> None:
        runs: list[Run] = []
        for part in re.split(r"(\{\w+\})", template):
            if not part:
                continue
            m = re.fullmatch(r"\{(\w+)\}", part)
            if m:
                f = values.get(m.group(1))
                if f is None:
                    continue
                f.prose = True
                runs += _value_runs(doc, f, sz, width * 0.5)
            else:
                runs.append(Run(part, doc.faces.regular, sz))
        out.append(_text_block(pen, x, width, runs, sz * 0.6, True))

    used: set[int] = set()
    if isinstance(record, Geburt):
        fam, giv = val("family_name"), val("given_names")
        child = Fld("child", f"{giv.value if giv else ''} {fam.value if fam else ''}".strip())
        if fam and giv:
            fam.prose = giv.prose = True
            used |= {id(fam), id(giv)}
        sentence(w.prose("birth"), {"child": child, "day": val("date_of_birth"),
                                    "place": val("place_of_birth")})
        used |= {id(val("date_of_birth")), id(val("place_of_birth"))}
        bt = val("birth_time")
        if bt is not None:
            sentence(w.prose("birth_time"), {"time": bt})
            used.add(id(bt))
        mother, father = val("mother_name"), val("father_name")
        if father is not None and not father.hidden:
            sentence(w.prose("parents"), {"mother": mother, "father": father})
        else:
            sentence(w.prose("mother"), {"mother": mother})
            if father is not None:
                sentence(w.prose("father_hidden"), {"father": father})
        used |= {id(mother), id(father)}
    elif isinstance(record, Ehe):
        people: list[Fld] = []
        for k in (1, 2):
            fam = val("family_name", f"spouse{k}_family_name")
            giv = val("given_names", f"spouse{k}_given_names")
            dob = val("date_of_birth", f"spouse{k}_date_of_birth")
            assert fam and giv and dob
            fam.prose = giv.prose = True
            people.append(Fld("person", f"{giv.value} {fam.value}"))
            place = next((it for sec in doc.sections if sec.key == f"spouse{k}"
                          for it in sec.items if it.key == "place_of_birth"), None)
            born = w.prose("born")
            if place is None:
                born = born.replace(" in {place}", "")
            sentence(born, {"name": people[-1], "day": dob, "place": place})
            used |= {id(fam), id(giv), id(dob), id(place)}
        sentence(w.prose("marriage"), {"one": people[0], "two": people[1],
                                       "day": val("marriage_date"),
                                       "place": val("marriage_place")})
        used |= {id(val("marriage_date")), id(val("marriage_place"))}
        witnesses = [it for sec in doc.sections for it in sec.items if it.key == "witness"]
        for wit in witnesses:
            sentence(w.prose("witnesses"), {"witness": wit})
            used.add(id(wit))
    else:
        fam, giv = val("family_name"), val("given_names")
        assert fam and giv
        fam.prose = giv.prose = True
        person = Fld("person", f"{giv.value} {fam.value}")
        sentence(w.prose("born"), {"name": person, "day": val("date_of_birth"),
                                   "place": val("place_of_birth")})
        sentence(w.prose("death"), {"name": person, "day": val("date_of_death"),
                                    "place": val("place_of_death")})
        used |= {id(fam), id(giv), id(val("date_of_birth")), id(val("place_of_birth")),
                 id(val("date_of_death")), id(val("place_of_death"))}
        inf = val("informant")
        if inf is not None:
            sentence(w.prose("informant"), {"informant": inf})
            used.add(id(inf))
    out.append(_gap(6))
    rest = [Sec(sec.key, sec.head, [it for it in sec.items if id(it) not in used])
            for sec in doc.sections]
    saved = doc.red.design
    doc.red.design = "rows"
    for n, sec in enumerate([r for r in rest if r.items], 1):
        out += _red_section(pen, doc, sec, x, width, sz, n)
    doc.red.design = saved
    return out


def _red_blocks(pen: Pen, doc: Doc, record: Record, rng: random.Random, scale: float,
                seed: int) -> list[Blk]:
    look = doc.red
    f = doc.faces
    w = _wd(doc)
    x, width = pen.left, pen.width
    sz = look.size * scale
    grey: RGB = (0.3, 0.3, 0.34)
    out: list[Blk] = []
    out.append(_text_block(pen, x, width, [Run(doc.office, f.bold, sz * 0.95)], 3.0, False))
    if look.mode == "portal":
        bar_text = w.word("portal_bar")

        def draw_bar(top: float) -> None:
            c = pen.c
            c.saveState()
            c.setFillColorRGB(0.12, 0.25, 0.45)
            c.rect(x - 4, top - sz * 2.0, width + 8, sz * 2.0, stroke=0, fill=1)
            c.restoreState()
            _flow(pen, x + 4, top - sz * 0.2, width - 8, [Run(bar_text, f.bold, sz * 1.05,
                                                            colour=(1, 1, 1))])

        out.append(Blk(sz * 2.0 + 6, draw_bar, False))
    out.append(_text_block(pen, x, width, [Run(doc.title, f.bold, sz * 1.45)], 4.0, False))
    assert doc.printed is not None
    case = w.word("case").format(look.case)
    printed = w.word("printed").format(doc.printed.strftime("%d.%m.%Y"))
    out.append(_text_block(pen, x, width, [Run(case, f.regular, sz * 0.85, colour=grey),
                                           Run(" · " + printed, f.regular, sz * 0.85,
                                               colour=grey)], 3.0, False))
    notice = w.word("notice_self") if look.mode == "self" else w.word("notice")
    note = [Run(notice, f.bold if look.mode != "self" else f.italic, sz * 0.88)]
    if look.mode == "authority":
        note += [Run("", f.regular, sz, kind="br"),
                 Run(w.word("inspection"), f.regular, sz * 0.8, colour=grey)]
    nh = _flow_height(note, width - 12) + 8

    def draw_note(top: float) -> None:
        c = pen.c
        c.saveState()
        c.setLineWidth(0.8)
        c.setStrokeGray(0.25)
        c.setDash(3, 2) if look.mode == "self" else None
        c.rect(x, top - nh, width, nh - 2, stroke=1, fill=0)
        c.restoreState()
        _flow(pen, x + 6, top - 4, width - 12, note)

    out.append(Blk(nh + 6, draw_note, False))
    rng2 = random.Random(seed)
    if look.design == "prose" and isinstance(record, Geburt | Ehe | Sterbe):
        out += _prose_blocks(pen, doc, record, x, width, sz)
    else:
        secs = [sec for sec in doc.sections if sec.items]
        if isinstance(record, Identity):
            secs = secs[::-1] if rng2.random() < 0.5 else secs
        for n, sec in enumerate(secs, 1):
            out += _red_section(pen, doc, sec, x, width, sz, n)
    if doc.zone and isinstance(record, Identity):
        out.append(_text_block(pen, x, width, [Run(w.head("copy"), f.bold, sz * 1.05)], 3.0))
        hidden_can = any(it.key == "can" and it.hidden for it in fields(doc))

        def cover(cx: float, cy: float, cw: float, ch: float, what: str) -> None:
            if what == "can" and not hidden_can:
                return
            run = Run("", f.regular, sz, kind="bar", bar=look.bar, marker=look.mode == "self")
            if what == "can":
                pen.c.setFont(f.regular, ch * 0.8)
                pen.c.drawString(cx + 2, cy + ch * 0.2, "CAN")
                cx += ch * 2.2
                cw -= ch * 2.2
            _bar(pen, cx, cy, cw, ch, run)

        h, draw = _identity_copy(pen, record, rng2, min(width * 0.62, 280 * scale), cover)
        out.append(Blk(h + 8, lambda top: draw(x + 4, top), False))
        cap = w.word("can_note") if hidden_can else w.word("photo_note")
        out.append(_text_block(pen, x, width, [Run(cap, f.italic, sz * 0.8, colour=grey)], 3.0,
                               False))
        out.append(_text_block(pen, x, width, [Run(w.head("zone"), f.bold, sz * 1.0)], 2.0,
                               False))
        out.append(_zone_block(pen, doc.zone, x, width * 0.9, scale))
    if doc.kind == "cert":
        def draw_cert(top: float) -> None:
            c = pen.c
            c.setFont(f.italic, sz * 0.8)
            c.drawString(x, top - sz, w.word("certify")[:200])
            _seal(pen, x + 60, top - 48, 24, 0.55)
            c.setFont(f.regular, sz * 0.75)
            c.drawString(x + 22, top - 82, w.word("seal"))
            run = Run("", f.regular, sz, kind="bar", bar=look.bar, marker=look.mode == "self")
            _bar(pen, x + 250, top - 52, 130, 16, run)
            c.setLineWidth(0.5)
            c.line(x + 240, top - 58, x + 420, top - 58)
            c.drawString(x + 240, top - 68, w.word("registrar"))

        out.append(Blk(90, draw_cert, False))
    elif doc.kind == "form":
        def draw_sign(top: float) -> None:
            c = pen.c
            c.setFont(f.regular, sz * 0.8)
            c.drawString(x, top - 30, f"{doc.city}, {doc.printed_text}")
            run = Run("", f.regular, sz, kind="bar", bar=look.bar, marker=look.mode == "self")
            _bar(pen, x + 240, top - 34, 150, 18, run)
            c.setLineWidth(0.5)
            c.line(x + 230, top - 38, x + 420, top - 38)
            c.drawString(x + 230, top - 48, w.word("signature"))

        out.append(Blk(56, draw_sign, False))
    used = sorted({it.reason for it in fields(doc) if it.hidden}, key=REASONS.index)
    if look.mode == "authority" and used:
        runs: list[Run] = [Run(w.word("legend_head"), f.bold, sz * 0.85)]
        for reason in used:
            code = look.codes[REASONS.index(reason)]
            runs += [Run("", f.regular, sz, kind="br"),
                     Run(f"{code} = {w.word('code_' + reason)}", f.regular, sz * 0.8)]
        out.append(_text_block(pen, x, width, runs, 4.0, False))
    return out


def _draw_redacted(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                   pages: int) -> None:
    w = _wd(doc)
    f = doc.faces
    look = doc.red
    seed = rng.randrange(10**6)
    top0 = PAGE_H - rng.uniform(44, 58)
    bottom = rng.uniform(52, 62)
    rooms = (top0 - bottom, top0 - bottom)
    chunks, _scale = _paginate(lambda k: _red_blocks(pen, doc, record, random.Random(seed), k,
                                                    seed),
                              pages, rooms, (1.0, 0.92, 0.84, 0.77, 0.7))
    n = len(chunks)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        if look.watermark:
            _watermark(pen, look.watermark, f.bold)
        y = top0
        for blk in chunk:
            blk.draw(y)
            y -= blk.height
        c = pen.c
        c.setFont(f.regular, 7.5)
        c.setFillGray(0.35)
        c.drawRightString(pen.right, bottom - 22, w.word("page").format(k + 1, n))
        c.drawString(pen.left, bottom - 22, w.word("case").format(look.case))
        c.setFillGray(0)
        if look.folio:
            c.saveState()
            c.setFillColorRGB(0.2, 0.2, 0.55)
            c.setFont(f.bold, 10)
            c.drawRightString(pen.right, PAGE_H - 28, w.word("folio").format(look.folio + k))
            c.restoreState()
    doc.drawn = n


# --- whole documents -----------------------------------------------------------------------------


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


def _office_key(doc_type: str) -> str:
    if doc_type in CERTIFICATES:
        return "office_reg"
    return {"antrag_zulassung": "office_car",
            "aufenthaltstitel_antrag": "office_alien"}.get(doc_type, "office")


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "chronicle" if w.chronicle else "redacted"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    if w.chronicle and kind == "cert" and w.fam == 1:
        # a register's events are no one's curriculum vitae: an office's or a register's print
        w.fam = rng.choice((0, 2))
    faces = _set4(SANS9[rng.randrange(len(SANS9))] if rng.random() < 0.6
                  else SERIF9[rng.randrange(len(SERIF9))])
    doc = Doc(doc_type, layout, kind, w.title(doc_type), _city(record), [], faces,
              faces.regular)
    doc.words = w
    vf = rng.random()
    mono = MONO9[rng.randrange(len(MONO9))]
    doc.vface = faces.regular if vf < 0.5 else faces.bold if vf < 0.75 else _reg(*mono)
    doc.office = w.word(_office_key(doc_type)).format(doc.city)
    if w.chronicle:
        doc.chr = _chr_look(doc, s, rng)
        _chronicle_content(record, s, rng, doc)
        for ev in doc.events:
            if rng.random() < 0.45:
                ev.remark = w.pick("remarks")
    else:
        doc.red = _red_look(doc, s, rng)
        _redacted_content(record, s, rng, doc)
        if doc.red.design == "prose":
            for f in fields(doc):  # the sentences print these without their labels
                f.prose = f.key in PROSE_KEYS
    # the day of the print or the copy: after every past day the document shows
    ref = data.REFERENCE_DATE
    past = [d for d in truth_days(record) | {ev.day.day for ev in doc.events if ev.day.day}
            if d <= ref]
    latest = max(past, default=ref - timedelta(days=30))
    doc.printed = _other_day(record, max(latest + timedelta(days=1), ref - timedelta(days=25)),
                             max(latest + timedelta(days=1), ref), rng)
    doc.printed_text = s.date(doc.printed)
    doc.furniture.append(doc.printed)
    doc.furniture += [ev.day.day for ev in doc.events if not ev.day.name and ev.day.day]
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    if doc.layout == "chronicle":
        _draw_chronicle(pen, record, s, rng, doc, pages)
    else:
        _draw_redacted(pen, record, s, rng, doc, pages)
    return doc


def draw_extra34(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Event", "Fld", "build_doc", "draw_doc", "draw_extra34",
           "fields", "truth_days"]
