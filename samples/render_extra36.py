"""The thirty-sixth extra pair of blind held-out layouts: ``notice`` and ``annotated``.

``notice`` is an authority's formal written notice that restates a case, as citizens forward
them to another office: a registration confirmation, the confirmation of a landlord's electronic
confirmation with its assignment code, a registration notice for a vehicle with the tax debit,
a confirmation that a residence application is pending, a registry office's notice sending a
certificate with its fee assessment, a confirmation that an identity document was presented
and checked (with the copy of the document). The letter follows the German business-letter
standard: a letterhead with a coat of arms drawn from shapes, the return line and the addressee
in the window field (the citizen at the new address, the landlord at the landlord's address, an
applicant or a relative for a certificate), the information block (file reference, clerk, room,
telephone, the notice's day, sometimes the day of the application), fold and punch marks, a bold
subject, the salutation, an opening sentence, numbered decisions, the data listing under
section headings (label and value columns) and sentences that carry some values instead of the
listing, reasons, a fee assessment with tariff items, amounts, due day and cash reference, the
legal remedy, notes, the closing with the clerk's name and a note that the letter is valid
without signature, enclosures, and a footer with office hours and the city treasury's account.
The notice's day, the application's day, the due day, the treasury's IBAN, the file reference,
the clerk, the amounts and the assignment code are none of the truth's values.

``annotated`` is a municipal PDF form that could not be filled in on screen and was filled in
with a PDF viewer's comment tools, printed as the viewer prints a document with its comments:
the form (issuer, form number, title, numbered or lettered sections, labels above or beside
empty boxes, option boxes, signature line, office box, filling-in notes) reduced on the page
with the comments in a margin column joined to their markers by thin lines, or numbered markers
on the form with the numbered comments beside it, or (on two pages) the form on one sheet and
the viewer's comment summary on the next. Each comment carries its author, kind and time stamp;
most hold a value (bare, after a short phrase, or in a sentence), a few a remark without value;
a chosen option is a check-mark stamp on the printed box or a comment naming the option; some
values sit in a text box on the form itself and appear again in the summary. A certificate
arrives as an electronically issued certificate PDF with the reader's comments and highlights;
an identity document as the scan of the document with a small form whose values are comments.
Time stamps, authors and file names are none of the truth's values.

Both draw straight from the record with the wording of ``samples.wording_extra36``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra36 import (
    ANNOT_AUTHORS,
    ANNOT_CERT_SAYS,
    ANNOT_KINDS,
    ANNOT_NOTES,
    ANNOT_SAYS,
    ANNOT_SENT,
    ANNOT_WORDS,
    DWELLING36,
    DWELLING_ORDER36,
    ID_KINDS36,
    NOTICE_CERT_LEAD,
    NOTICE_DATA_LEAD,
    NOTICE_WORDS,
    PURPOSE36,
    PURPOSE_ORDER36,
    ROLE36,
    SEX_ORDER36,
    SEX_WORD36,
    Extra36Wording,
    date36,
    nationality_text,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
ISO: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MM: Final = 72 / 25.4

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the value, the truth field it shows (empty for values
    that are no truth field; ``a+b`` for values printed together, in that order), for choices
    the options and the chosen one, the printed label, the day a date shows, whether it stands
    in a sentence instead of beside its label (``text`` is then the sentence), whether it
    repeats a value printed elsewhere, and for ``annotated`` how the value is given ("comment",
    "check", "free" or "print") with its comment's number."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    label: str = ""
    day: date | None = None
    prose: bool = False
    copy: bool = False
    text: str = ""
    via: str = ""
    mark: int = 0
    short: bool = False


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]
    page: int = 0  # the form page that holds it (annotated)


@dataclass(slots=True)
class Note:
    """A comment of ``annotated``: its number, kind, author, time stamp, text, the field it
    belongs to (none for a remark, or the title / signature it is pinned to) and its page."""

    n: int
    kind: int  # index into ANNOT_KINDS
    author: str
    stamp: str
    text: str
    fld: Fld | None = None
    pin: str = ""  # title | sign | office (a remark's place)
    page: int = 0


@dataclass(slots=True)
class NoticeLook:
    """One notice's habits."""

    unit: str = "office"
    emblem: int = 0
    head_right: bool = False
    size: float = 9.6
    ink: RGB = (0.1, 0.2, 0.45)
    table: str = "ruled"  # ruled | dotted | plain
    label_w: float = 0.42
    ref: str = ""
    clerk: str = ""
    room: str = ""
    phone: str = ""
    office_code: str = ""
    treasury_iban: str = ""
    treasury_bic: str = ""
    cash_ref: str = ""
    code: str = ""
    fee_items: list[tuple[str, str]] = field(default_factory=list)
    fee_total: str = ""
    day: date | None = None
    asked: date | None = None
    due: date | None = None
    addressee: list[str] = field(default_factory=list)
    salutation: str = ""
    tenor: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    split: int = -1  # index of the first block on the second page (two-page plans)
    day_style: str = "numeric"
    count: int = 1
    signed: bool = False
    seed: int = 0


@dataclass(slots=True)
class AnnotLook:
    """One annotated printout's habits."""

    mode: str = "margin"  # margin | numbered | separate
    labels: str = "above"  # above | beside
    ink: RGB = (0.85, 0.15, 0.1)
    note_fill: RGB = (1.0, 0.86, 0.25)
    file: str = ""
    stamp: str = ""
    form_no: str = ""
    edition: str = ""
    size: float = 8.2
    boxes: bool = True
    pages: int = 1  # form pages
    hints: list[str] = field(default_factory=list)


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
    extras: list[Fld] = field(default_factory=list)
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    office: str = ""
    notice: NoticeLook = field(default_factory=NoticeLook)
    annot: AnnotLook = field(default_factory=AnnotLook)
    notes: list[Note] = field(default_factory=list)
    drawn: int = 0
    fits: bool = True  # whether every page's content fitted its page (set by the drawing)
    words: Extra36Wording | None = None


def _w(s: Style) -> Extra36Wording:
    assert isinstance(s.words, Extra36Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests): the sections' fields and the repeats."""
    return [f for sec in doc.sections for f in sec.items] + list(doc.extras)


# --- days, names and numbers that are none of the truth's ----------------------------------------


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


def _other_person(rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """A German full name none of whose words is a truth value, and its sex (F or M)."""
    fam, female, male = pools.NAMES["DEU"]
    for _ in range(80):
        sex = rng.choice("FM")
        given = rng.choice(female if sex == "F" else male)
        last = rng.choice(fam)
        if given not in taken and last not in taken and not set(given.split()) & taken \
                and " " not in last:
            return f"{given} {last}", sex
    return f"{rng.choice(female)} Overkamp", "F"


def _other_name(rng: random.Random, taken: set[str]) -> str:
    return _other_person(rng, taken)[0]


def _other_address(rng: random.Random, record: Record) -> Address:
    taken = _truth_words(record)
    for _ in range(40):
        a = data.address(rng, rng.choice(tuple(pools.CITIES)))
        if a.line not in taken and a.street not in taken and a.postal_code not in taken:
            return a
    return Address("Am Bergbaumuseum", "28", "44791", "Bochum")


def _treasury(rng: random.Random, record: Record) -> tuple[str, str]:
    """The city treasury's own account: a valid German IBAN that is not the record's."""
    own = getattr(record, "iban", "")
    while True:
        value, _bank, bic = data.iban(rng)
        if value != own and value.startswith("DE"):
            return value, bic


def _stamp(d: date, rng: random.Random) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year} {rng.randint(7, 22):02d}:" \
           f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- building the content ------------------------------------------------------------------------

SHORT: Final = frozenset({"date_of_birth", "sex", "postal_code", "house_number", "move_in_date",
                          "marital", "expiry_date", "doc_issue", "issuing_state", "entry_date",
                          "passport_expiry_date", "register_number", "issue_date",
                          "marriage_date", "date_of_death", "evb_number", "bic",
                          "desired_plate", "phone", "doc_number", "passport_number",
                          "nationality", "place_of_birth", "birth_name"})


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc, record: Record) -> None:
        self.s, self.rng, self.doc, self.record = s, rng, doc, record
        self.w = _w(s)
        self.notice = doc.layout == "notice"
        self.j = 0 if self.notice else 1
        self.taken = _truth_words(record)

    def section(self, key: str) -> None:
        self.doc.sections.append(Sec(key, self.w.head(key), []))

    def label(self, key: str) -> str:
        return self.w.cert(key) if self.doc.kind == "cert" else self.w(key)

    def add(self, key: str, value: str, name: str = "") -> Fld:
        f = Fld(key, value, name, label=self.label(key), short=key in SHORT)
        self.doc.sections[-1].items.append(f)
        return f

    def dated(self, key: str, d: date, name: str = "") -> Fld:
        f = self.add(key, self.s.date(d), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        if self.notice or self.doc.kind == "cert":
            return self.add("sex", sex_text(code, mode if mode != "check" else "word"), name)
        words = tuple(SEX_WORD36[c] for c in SEX_ORDER36)
        at = SEX_ORDER36.index(code)
        f = self.add("sex", sex_text(code, mode) if mode != "check" else words[at], name)
        f.options, f.chosen = words, at
        f.via = "check" if mode == "check" else "comment"
        return f

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_text(code, self.s.nationality_mode), name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if not self.notice:
            f.options, f.chosen = words, chosen
            f.via = "check" if self.s.purpose_mode == "choice" else "comment"
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

    def other(self) -> str:
        name = _other_name(self.rng, self.taken)
        self.taken |= set(name.split())
        return name


def _register(b: _B, record: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {record.office}", "registry_office")
    b.add("register_number", record.register, "register_number")
    b.dated("issue_date", record.issue, "issue_date")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    """The document's sections: the same catalog content for both layouts."""
    b = _B(s, rng, doc, record)
    j = b.j

    def maybe(p: float) -> bool:
        return rng.random() < p

    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if maybe(0.45):
                b.add("marital", record.marital)
            if not b.notice and maybe(0.4):
                b.add("phone", record.phone or data.phone(rng))
            b.section("new")
            b.address(record.address)
            b.dated("move_in_date", record.move_in, "move_in_date")
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING36[k][j] for k in DWELLING_ORDER36),
                         DWELLING_ORDER36.index(record.dwelling), "dwelling")
            if record.previous:
                b.section("old")
                b.add("previous_address", record.previous, "previous_address")
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", (ROLE36[True][j], ROLE36[False][j]),
                     0 if record.landlord_is_owner else 1)
            if not record.landlord_is_owner and maybe(0.5):
                b.add("owner", f"{b.other()}, {_other_address(rng, record).line}")
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
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            _register(b, record)
        case Ehe():
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(sp, f"spouse{k}_")
                b.dated("date_of_birth", sp.dob, f"spouse{k}_date_of_birth")
                if maybe(0.35):
                    b.add("place_of_birth", sp.pob)
            b.section("marriage")
            b.dated("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if maybe(0.5):
                b.add("last_residence", record.last_residence)
            b.section("death")
            b.dated("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            _register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.dated("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            if maybe(0.6):
                b.add("make", f"{record.make} {record.model}")
            b.add("evb_number", record.evb, "evb_number")
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate")
            b.section("mandate")
            b.add("account_holder", record.account_holder, "account_holder")
            b.add("iban", group_iban(record.iban) if maybe(0.55) else record.iban, "iban")
            if maybe(0.5):
                b.add("bic", record.bic)
            if maybe(0.4):
                b.add("bank", record.bank)
        case Aufenthalt():
            p = record.person
            b.section("person")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.dated("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.section("stay")
            b.dated("entry_date", record.entry, "entry_date")
            b.choice("purpose", tuple(PURPOSE36[k][j] for k in PURPOSE_ORDER36),
                     PURPOSE_ORDER36.index(record.purpose), "purpose")
            b.section("address")
            b.address(record.address)
        case Identity():
            p = record.person
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS36["P"][j], ID_KINDS36["I"][j]), "PI".index(kind))
            b.add("doc_number", record.document_number, "document_number")
            b.add("issuing_state", record.issuing_state, "issuing_state")
            if maybe(0.5):
                b.dated("doc_issue", record.issue)
            b.dated("expiry_date", record.expiry, "expiry_date")
            if record.authority and maybe(0.4):
                b.add("authority", record.authority)
            b.add("family_name", " ".join(p.family.split()))
            b.add("given_names", " ".join(p.given.split()))
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.nationality(p.nationality)
            doc.zone = tuple(record.lines)


# --- drawing helpers -----------------------------------------------------------------------------


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a long word is split where it must)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if _sw(trial, face, size) <= width:
            line = trial
            continue
        if line:
            out.append(line)
        while _sw(word, face, size) > width and len(word) > 1:
            k = len(word)
            while k > 1 and _sw(word[:k], face, size) > width:
                k -= 1
            out.append(word[:k])
            word = word[k:]
        line = word
    if line or not out:
        out.append(line)
    return out


@dataclass(slots=True)
class Blk:
    """A piece of a page: its height and how to draw it at (x, top)."""

    height: float
    draw: Callable[[float, float], None]
    optional: int = 0  # 0: always; otherwise the level at which a full one-page plan drops it
    heading: bool = False  # a heading stays with the block after it


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


def _office_key(doc_type: str, record: Record) -> str:
    if doc_type in CERTIFICATES:
        return "office_civil"
    if isinstance(record, Identity) and record.person.nationality != "DEU":
        return "office_foreign"
    return {"antrag_zulassung": "office_vehicle",
            "aufenthaltstitel_antrag": "office_foreign"}.get(doc_type, "office")


def _full(p: Person) -> str:
    return f"{' '.join(p.given.split())} {' '.join(p.family.split())}"


# --- notice: an authority's formal notice --------------------------------------------------------

#: keys a notice may state in a sentence instead of its data listing
PROSE_KEYS: Final = ("move_in_date", "address_line", "previous_address", "entry_date", "purpose",
                     "vin", "evb_number", "desired_plate", "iban", "account_holder",
                     "landlord_name")
#: keys of a vehicle notice whose sentences are numbered decisions
TENOR_KEYS: Final = ("desired_plate", "iban", "account_holder")
#: how a notice shrinks its type before a one-page plan leaves blocks out
SCALES: Final = (1.0, 0.95, 0.9, 0.85, 0.8, 0.76, 0.72, 0.68, 0.64)
#: which optional blocks a full one-page notice leaves out, step by step (notes, remedy, fees,
#: the certificate's count lines)
DROPS: Final[tuple[frozenset[int], ...]] = (
    frozenset(), frozenset({4}), frozenset({4, 3}), frozenset({4, 3, 1}), frozenset({4, 3, 1, 2}))
LEFT: Final = 70.0
RIGHT: Final = 56.0
BOTTOM: Final = 58.0
#: where a notice's body starts on page 1 (under the window field and the information block)
BODY_TOP: Final = float(PAGE_H) - 98 * MM - 12


def _after(record: Record) -> date:
    """The day a notice follows: a certificate's issue, else the case's latest day (the move,
    the entry) but not earlier than six weeks before the reference day."""
    if isinstance(record, Geburt | Ehe | Sterbe):
        return record.issue
    days = [d for d in truth_days(record) if d <= data.REFERENCE_DATE]
    recent = data.REFERENCE_DATE - timedelta(days=45)
    return max([*days, recent])


def _addressee(doc: Doc, record: Record, rng: random.Random, taken: set[str]
               ) -> tuple[list[str], str, str, str]:
    """The window field's lines, the addressee's sex (F, M, or "" when unknown), full name and
    family name; the repeats of truth values are recorded as extras."""
    w = doc.words
    assert w is not None

    def titled(sex: str, name: str) -> str:
        if sex in ("F", "M"):
            return NOTICE_WORDS["to_f" if sex == "F" else "to_m"][0].format(name=name)
        return name

    def bound(value: str, name: str) -> None:
        doc.extras.append(Fld("addressee", value, name, copy=True))

    def at_home(p: Person, a: Address, prefix: str) -> tuple[list[str], str, str, str]:
        bound(_full(p), f"{prefix}given_names+{prefix}family_name")
        bound(a.street_line, "street+house_number")
        bound(a.city_line, "postal_code+city")
        return [titled(p.sex, _full(p)), a.street_line, a.city_line], p.sex, _full(p), p.family

    other = _other_address(rng, record)
    away = [other.street_line, other.city_line]
    match record:
        case Anmeldung():
            return at_home(record.person, record.address, "")
        case Zulassung():
            return at_home(record.holder, record.address, "holder_")
        case Aufenthalt():
            return at_home(record.person, record.address, "")
        case Wohnungsgeber():
            a = record.landlord_address
            bound(record.landlord_name, "landlord_name")
            name = record.landlord_name
            return [name, a.street_line, a.city_line], "", name, ""
        case Identity():
            p = record.person
            return [titled(p.sex, _full(p)), *away], p.sex, _full(p), p.family
        case Geburt():
            if rng.random() < 0.5:
                bound(record.mother, "mother_name")
                return [titled("F", record.mother), *away], "F", record.mother, \
                    record.mother.split()[-1]
            c = record.child
            bound(_full(c), "given_names+family_name")
            return [titled(c.sex, _full(c)), *away], c.sex, _full(c), c.family
        case Ehe():
            first = rng.random() < 0.5
            sp = record.spouse1 if first else record.spouse2
            prefix = "spouse1_" if first else "spouse2_"
            bound(_full(sp), f"{prefix}given_names+{prefix}family_name")
            return [titled(sp.sex, _full(sp)), *away], sp.sex, _full(sp), sp.family
        case Sterbe():
            name, sex = _other_person(rng, taken)
            return [titled(sex, name), *away], sex, name, name.split()[-1]
    return [], "", "", ""


def _notice_plan(doc: Doc, record: Record, s: Style, rng: random.Random) -> None:
    """Everything a notice prints besides its data listing: furniture, addressee, decisions,
    sentences, fees."""
    w = _w(s)
    look = doc.notice
    look.emblem = rng.randrange(3)
    look.head_right = rng.random() < 0.5
    look.size = rng.uniform(9.0, 10.2)
    look.ink = rng.choice(((0.1, 0.2, 0.45), (0.45, 0.08, 0.1), (0.1, 0.35, 0.2),
                           (0.2, 0.2, 0.2)))
    look.table = rng.choice(("ruled", "dotted", "plain", "ruled"))
    look.label_w = rng.uniform(0.36, 0.46)
    look.day_style = rng.choice(("numeric", "numeric", "long"))
    taken = _truth_words(record)
    look.clerk = _other_name(rng, taken)
    taken |= set(look.clerk.split())
    year = data.REFERENCE_DATE.year
    refs = (f"{rng.randint(30, 39)}.{rng.randint(1, 9)}-{rng.randint(100, 9999)}/{year % 100:02d}",
            f"{rng.choice('ABEMSZ')}{rng.randint(10, 99)}-{rng.randint(1000, 99999)}",
            f"{year}/{rng.randint(1, 999999):06d}")
    look.ref = rng.choice(refs)
    look.room = f"{rng.randint(0, 4)}.{rng.randint(1, 45):02d}"
    look.phone = f"0{rng.randint(200, 299)} {rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    codes = pools.CITIES[doc.city][0] if doc.city in pools.CITIES else ("44777",)
    own = {str(v) for v in truth_fields(record).values()}
    look.office_code = rng.choice([c for c in codes if c not in own] or ["44777"])
    look.treasury_iban, look.treasury_bic = _treasury(rng, record)
    look.cash_ref = f"{rng.randint(1, 9)}.{rng.randint(1000, 9999)}.{rng.randint(100000, 999999)}"
    lo = min(_after(record) + timedelta(days=1), data.REFERENCE_DATE)
    look.day = _other_day(record, lo, lo + timedelta(days=rng.randint(0, 12)), rng)
    look.asked = _other_day(record, look.day - timedelta(days=rng.randint(6, 30)),
                            look.day - timedelta(days=1), rng)
    look.due = _other_day(record, look.day + timedelta(days=14), look.day + timedelta(days=31),
                          rng)
    doc.printed = look.day
    doc.furniture += [look.day, look.asked, look.due]
    firm = isinstance(record, Wohnungsgeber) and record.landlord_name in pools.LANDLORD_COMPANIES
    look.addressee, sex, name, family = _addressee(doc, record, rng, taken)
    if firm:
        look.salutation = w.word("hello_firm").format(name=name)
    elif sex == "F" and family:
        look.salutation = w.word("hello_f").format(name=" ".join(family.split()))
    elif sex == "M" and family:
        look.salutation = w.word("hello_m").format(name=" ".join(family.split()))
    else:
        look.salutation = w.word("hello_n").format(name=name)
    # fees
    low, high = {"anmeldung": (0, 1), "wohnungsgeberbestaetigung": (0, 1),
                 "antrag_zulassung": (2, 4), "aufenthaltstitel_antrag": (1, 2),
                 "identity_document": (0, 1)}.get(doc.doc_type, (1, 2))
    total = 0
    for _ in range(rng.randint(low, high)):
        cents = rng.choice((1000, 1200, 1300, 1540, 2200, 2620, 2790, 3000, 510, 1070))
        total += cents
        item = f"{rng.randint(1, 4)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"
        look.fee_items.append((w.pick(NOTICE_WORDS["fee_line"]).format(item=item),
                               f"{cents // 100},{cents % 100:02d}"))
    look.fee_total = f"{total // 100},{total % 100:02d}" if total else ""
    # what the notice says in sentences instead of its listing (the account and its holder
    # together)
    account = rng.random() < 0.6
    for sec in doc.sections:
        for f in sec.items:
            if f.key not in PROSE_KEYS:
                continue
            if f.key == "address_line" and not isinstance(record, Anmeldung):
                continue
            if f.key in ("iban", "account_holder"):
                f.prose = account
            else:
                f.prose = rng.random() < (0.65 if f.key in TENOR_KEYS else 0.4)
            if f.prose:
                f.text = w.prose(f.key).format(v=f.value)
    if isinstance(record, Wohnungsgeber):
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        look.code = "-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(3))
    tenor: list[str] = []
    match record:
        case Zulassung():
            tenor.append(w.tenor("admit"))
            said = {f.key: f.text for sec in doc.sections for f in sec.items if f.prose}
            tenor += [said[key] for key in TENOR_KEYS if key in said]
        case Aufenthalt():
            tenor.append(w.tenor("fiction"))
        case Anmeldung():
            if rng.random() < 0.6:
                tenor.append(w.tenor("registered"))
        case Wohnungsgeber():
            tenor.append(w.tenor("code").format(v=look.code))
        case Identity():
            tenor.append(w.tenor("checked"))
    if look.fee_total and (tenor or rng.random() < 0.5):
        tenor.append(w.tenor("fee").format(fee=look.fee_total))
    look.tenor = tenor
    look.reasons = [f.text for sec in doc.sections for f in sec.items
                    if f.prose and f.text not in tenor]
    look.notes = rng.sample(NOTICE_WORDS["notes"], rng.randint(1, 3))
    look.count = rng.randint(1, 3)
    look.signed = rng.random() < 0.35
    look.seed = rng.randrange(10**6)


def _day(doc: Doc, d: date) -> str:
    """A day of the notice's own furniture, as the notice prints them."""
    return date36(d, doc.notice.day_style)


def _para(pen: Pen, text: str, width: float, face: str, size: float, gap: float = 6.0,
          optional: int = 0, ink: RGB | None = None) -> Blk:
    lines = _wrap(text, face, size, width)
    lead = size * 1.32

    def draw(x: float, top: float) -> None:
        c = pen.c
        if ink is not None:
            c.setFillColorRGB(*ink)
        c.setFont(face, size)
        y = top - size
        for line in lines:
            c.drawString(x, y, line)
            y -= lead
        c.setFillGray(0)

    return Blk(len(lines) * lead + gap, draw, optional, ink is not None)


def _fit(text: str, face: str, size: float, width: float, least: float) -> float | None:
    """The size (at most ``size``, at least ``least`` times it) at which ``text`` fits
    ``width`` on one line, or ``None``."""
    natural = _sw(text, face, size)
    if natural <= width:
        return size
    shrunk = size * width / natural
    return shrunk if shrunk >= size * least else None


@dataclass(slots=True)
class _Cell:
    """A row of the data listing: the label's lines and size, the value's lines and size,
    whether the value stands on its own line(s) under the label, and the row's height."""

    labels: list[str]
    lsize: float
    values: list[str]
    vsize: float
    below: bool
    height: float


def _table(pen: Pen, doc: Doc, head: str, rows: list[Fld], width: float, k: float) -> Blk:
    """A section of the data listing: a coloured heading, labels left, values right (a value
    too long for its column stands whole on its own line under the label)."""
    look = doc.notice
    f = doc.faces
    size = look.size * k * 0.95
    lw = width * look.label_w
    vw = width - lw - 8
    lead = size * 1.3
    cells: list[_Cell] = []
    for it in rows:
        lsize = _fit(it.label, f.regular, size, lw - 6, 0.78)
        labels = [it.label] if lsize else _wrap(it.label, f.regular, size, lw - 6)
        vsize = _fit(it.value, doc.vface, size, vw, 0.8)
        below = vsize is None
        if vsize is None:
            vsize = _fit(it.value, doc.vface, size, width - 14, 0.8)
        values = [it.value] if vsize else _wrap(it.value, doc.vface, size, width - 14)
        height = (len(labels) + (len(values) if below else 0)) * lead + 3 * k
        cells.append(_Cell(labels, lsize or size, values, vsize or size, below, height))
    head_h = size * 1.7

    def draw(x: float, top: float) -> None:
        c = pen.c
        c.setFillColorRGB(*look.ink)
        c.setFont(f.bold, size)
        c.drawString(x, top - size, head)
        c.setFillGray(0)
        y = top - head_h
        c.setLineWidth(0.35)
        if look.table == "ruled":
            c.setStrokeGray(0.55)
            c.line(x, y + 2, x + width, y + 2)
        for cell in cells:
            ly = y - size
            c.setFont(f.regular, cell.lsize)
            for line in cell.labels:
                c.drawString(x, ly, line)
                ly -= lead
            if look.table == "dotted" and not cell.below:
                small = size * 0.8
                end = x + _sw(cell.labels[-1], f.regular, cell.lsize) + 3
                count = int((x + lw - 4 - end) / _sw(".", f.regular, small))
                if count > 0:
                    c.setFillGray(0.55)
                    c.setFont(f.regular, small)
                    c.drawString(end, ly + lead, "." * count)
                    c.setFillGray(0)
            vx, vy = (x + 14, ly) if cell.below else (x + lw + 8, y - size)
            c.setFont(doc.vface, cell.vsize)
            for line in cell.values:
                c.drawString(vx, vy, line)
                vy -= lead
            y -= cell.height
            if look.table == "ruled":
                c.setStrokeGray(0.78)
                c.line(x, y + 2, x + width, y + 2)
        c.setStrokeGray(0)

    return Blk(head_h + sum(cell.height for cell in cells) + 8 * k, draw)


def _fees(pen: Pen, doc: Doc, width: float, k: float) -> Blk:
    w = doc.words
    due = doc.notice.due
    assert w is not None and due is not None
    look = doc.notice
    f = doc.faces
    size = look.size * k * 0.92
    lead = size * 1.35
    amount = w.word("amount")
    rows = [(label, amount.format(amount=value)) for label, value in look.fee_items]
    rows.append((w.word("fee_total"), amount.format(amount=look.fee_total)))
    extra = [w.word("fee_due").format(day=_day(doc, due)),
             w.word("fee_ref").format(ref=look.cash_ref)]

    def draw(x: float, top: float) -> None:
        c = pen.c
        y = top - size
        for i, (label, value) in enumerate(rows):
            last = i == len(rows) - 1
            c.setFont(f.bold if last else f.regular, size)
            c.drawString(x + 10, y, label)
            c.drawRightString(x + width * 0.85, y, value)
            if last:
                c.setLineWidth(0.4)
                c.line(x + width * 0.6, y + size + 1, x + width * 0.85, y + size + 1)
            y -= lead
        c.setFont(f.regular, size)
        for line in extra:
            c.drawString(x + 10, y, line)
            y -= lead

    return Blk((len(rows) + len(extra)) * lead + 8 * k, draw, 1)


def _closing(pen: Pen, doc: Doc, k: float) -> Blk:
    w = doc.words
    assert w is not None
    look = doc.notice
    f = doc.faces
    size = look.size * k
    lines = w.word("closing").split("\n")
    machine = w.word("machine")
    lead = size * 1.35
    sign_h = 18.0 if look.signed else 0.0

    def draw(x: float, top: float) -> None:
        c = pen.c
        y = top - size
        c.setFont(f.regular, size)
        for line in lines:
            c.drawString(x, y, line)
            y -= lead
        if look.signed:
            _signature(pen, x + 4, y - 4, random.Random(look.seed))
            y -= sign_h
        c.setFont(f.regular, size)
        c.drawString(x, y - 2, look.clerk)
        if not look.signed:  # a signed letter does not claim to be valid without signature
            c.setFont(f.italic, size * 0.82)
            c.setFillGray(0.3)
            c.drawString(x, y - 2 - size * 1.6, machine)
            c.setFillGray(0)

    return Blk(len(lines) * lead + size * 3.6 + sign_h + 8 * k, draw)


def _copy(pen: Pen, record: Identity, width: float, k: float, rng: random.Random) -> Blk:
    """The copy of the identity document (inside a notice or below an annotated form)."""
    cw, _ch = _card_size(record, "both", 1.0)
    scale = min(1.05, width * 0.66 / cw) * k
    cw, ch = _card_size(record, "both", scale)
    style = rng.choice(VIZ_STYLES)
    seed = rng.randrange(10**6)

    def draw(x: float, top: float) -> None:
        _draw_copy(pen, record, "both", x + (width - cw) / 2, top - 4, scale, style,
                   random.Random(seed), False)

    return Blk(ch + 14, draw)


def _notice_blocks(pen: Pen, doc: Doc, record: Record, width: float, k: float,
                   rng: random.Random) -> list[Blk]:
    """The notice's body as blocks, at type scale ``k``."""
    w = doc.words
    assert w is not None
    look = doc.notice
    f = doc.faces
    size = look.size * k
    small = size * 0.9
    out = [_para(pen, doc.title, width, f.bold, size * 1.12, 10 * k),
           _para(pen, look.salutation, width, f.regular, size, 6 * k),
           _para(pen, w.opening(doc.doc_type), width, f.regular, size, 8 * k)]
    if look.tenor:
        out.append(_para(pen, w.head("tenor"), width, f.bold, size, 3 * k, ink=look.ink))
        for i, line in enumerate(look.tenor):
            out.append(_para(pen, f"{i + 1}.  {line}", width, f.regular, size, 3 * k))
        out[-1].height += 5 * k
    lead = NOTICE_CERT_LEAD if doc.kind == "cert" else NOTICE_DATA_LEAD
    out.append(_para(pen, lead[w.fam], width, f.regular, size, 5 * k))
    for sec in doc.sections:
        rows = [it for it in sec.items if not it.prose]
        if rows:
            out.append(_table(pen, doc, sec.head, rows, width, k))
    if look.reasons:
        out.append(_para(pen, w.head("reasons"), width, f.bold, size, 3 * k, ink=look.ink))
        out.append(_para(pen, " ".join(look.reasons), width, f.regular, size, 8 * k))
    if doc.kind == "cert":
        out.append(_para(pen, w.word("applicant").format(who=look.addressee[0]), width,
                         f.regular, small, 2 * k, 2))
        out.append(_para(pen, w.word("count").format(count=look.count), width, f.regular, small,
                         6 * k, 2))
    if doc.kind == "id":
        assert isinstance(record, Identity)
        out.append(_copy(pen, record, width, k, rng))
    if look.fee_items:
        out.append(_para(pen, w.head("fees"), width, f.bold, size, 3 * k, 1, look.ink))
        out.append(_fees(pen, doc, width, k))
    out.append(_para(pen, w.head("remedy"), width, f.bold, size, 3 * k, 3, look.ink))
    out.append(_para(pen, w.word("remedy").format(city=doc.city), width, f.regular, small,
                     8 * k, 3))
    if look.notes:
        out.append(_para(pen, w.head("notes"), width, f.bold, size, 3 * k, 4, look.ink))
        for note in look.notes:
            out.append(_para(pen, f"–  {note}", width, f.regular, small, 2 * k, 4))
        out[-1].height += 6 * k
    out.append(_closing(pen, doc, k))
    if doc.kind == "cert":
        out.append(_para(pen, w.word("enclosure"), width, f.regular, small, 2 * k))
    elif doc.kind == "id":
        out.append(_para(pen, w.word("enclosure_id"), width, f.regular, small, 2 * k))
    return out


def _letterhead(pen: Pen, doc: Doc) -> None:
    """The coat of arms (drawn from shapes) and the office's lines."""
    c = pen.c
    look = doc.notice
    f = doc.faces
    size = 44.0
    top = PAGE_H - 30
    x = PAGE_W - RIGHT - size * 0.8 if look.head_right else LEFT
    y = top - size
    c.saveState()
    c.setStrokeColorRGB(*look.ink)
    c.setFillColorRGB(*look.ink)
    c.setLineWidth(1.1)
    path = c.beginPath()
    path.moveTo(x, y + size)
    path.lineTo(x + size * 0.8, y + size)
    path.lineTo(x + size * 0.8, y + size * 0.45)
    path.curveTo(x + size * 0.8, y + size * 0.15, x + size * 0.55, y + size * 0.02,
                 x + size * 0.4, y)
    path.curveTo(x + size * 0.25, y + size * 0.02, x, y + size * 0.15, x, y + size * 0.45)
    path.close()
    c.drawPath(path, stroke=1, fill=0)
    cx, cy = x + size * 0.4, y + size * 0.55
    if look.emblem == 0:
        c.circle(cx, cy, size * 0.16, stroke=0, fill=1)
    elif look.emblem == 1:
        for i in range(3):
            c.rect(x + size * (0.1 + 0.22 * i), y + size * 0.3, size * 0.12, size * 0.5,
                   stroke=0, fill=1)
    else:
        c.line(x, y + size * 0.55, x + size * 0.8, y + size * 0.55)
        c.line(cx, y + size, cx, y + size * 0.05)
    c.restoreState()
    lines = doc.office.split(" · ")
    tx = LEFT if look.head_right else x + size * 0.8 + 12
    ty = top - 12
    for i, line in enumerate(lines):
        c.setFont(f.bold if i == 0 else f.regular, 11.5 if i == 0 else 9)
        c.drawString(tx, ty, line)
        ty -= 12


def _fold_marks(pen: Pen) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeGray(0.45)
    c.setLineWidth(0.5)
    for y_mm in (105.0, 210.0):
        c.line(10, PAGE_H - y_mm * MM, 18, PAGE_H - y_mm * MM)
    c.line(10, PAGE_H / 2, 22, PAGE_H / 2)
    c.restoreState()


def _notice_head(pen: Pen, doc: Doc) -> float:
    """Page 1's letterhead, window field and information block; returns where the body
    starts."""
    w = doc.words
    day, asked = doc.notice.day, doc.notice.asked
    assert w is not None and day is not None and asked is not None
    look = doc.notice
    f = doc.faces
    c = pen.c
    _letterhead(pen, doc)
    _fold_marks(pen)
    wx, wtop = 25 * MM, PAGE_H - 50 * MM  # DIN 5008 form B: the window field
    ret = w.word("return").format(city=doc.city, unit=w.word("unit"), code=look.office_code)
    small = min(6.2, 6.2 * 85 * MM / _sw(ret, f.regular, 6.2))  # the return line fits the window
    c.setFont(f.regular, small)
    c.drawString(wx, wtop, ret)
    c.setLineWidth(0.3)
    c.line(wx, wtop - 2, wx + _sw(ret, f.regular, small), wtop - 2)
    y = wtop - 16
    c.setFont(f.regular, 10.5)
    for line in look.addressee:
        c.drawString(wx, y, line)
        y -= 12.6
    info = w.word("info").format(ref=look.ref, clerk=look.clerk, room=look.room,
                                 phone=look.phone, day=_day(doc, day),
                                 asked=_day(doc, asked), city=doc.city)
    iy = PAGE_H - 50 * MM - 4
    c.setFont(f.regular, 8.4)
    for line in info.split("\n"):
        c.drawString(125 * MM, iy, line)
        iy -= 11.2
    return float(min(y, iy, PAGE_H - 98 * MM)) - 12  # the body starts at BODY_TOP or lower


def _continuation(pen: Pen, doc: Doc) -> float:
    """Page 2's short head: the office, the file reference and the notice's day."""
    assert doc.notice.day is not None
    f = doc.faces
    c = pen.c
    c.setFont(f.regular, 8)
    c.setFillGray(0.3)
    c.drawString(LEFT, PAGE_H - 40,
                 f"{doc.office} · {doc.notice.ref} · {_day(doc, doc.notice.day)}")
    c.setFillGray(0)
    c.setLineWidth(0.4)
    c.line(LEFT, PAGE_H - 45, PAGE_W - RIGHT, PAGE_H - 45)
    return float(PAGE_H) - 62


def _notice_footer(pen: Pen, doc: Doc, n: int, total: int) -> None:
    w = doc.words
    assert w is not None
    look = doc.notice
    c = pen.c
    c.setStrokeGray(0.5)
    c.setLineWidth(0.4)
    c.line(LEFT, 46, PAGE_W - RIGHT, 46)
    c.setStrokeGray(0)
    c.setFont(doc.faces.regular, 6.6)
    c.setFillGray(0.3)
    c.drawString(LEFT, 36, w.word("hours"))
    c.drawString(LEFT, 27, w.word("footer").format(city=doc.city,
                                                   iban=group_iban(look.treasury_iban),
                                                   bic=look.treasury_bic))
    c.drawRightString(PAGE_W - RIGHT, 36, w.word("page").format(n=n, total=total))
    c.setFillGray(0)


def _split(blocks: list[Blk], first: float, second: float) -> int | None:
    """Where a two-page notice breaks: the first page as full as it fits, at least two blocks
    on the second page; ``None`` when the rest does not fit the second page."""
    used = 0.0
    at = 0
    for i, blk in enumerate(blocks):
        if used + blk.height > first:
            break
        used += blk.height
        at = i + 1
    at = min(at, len(blocks) - 2)
    while at > 0 and blocks[at - 1].heading:
        at -= 1
    if at < 3 or sum(b.height for b in blocks[at:]) > second:
        return None
    return at


def _draw_notice(pen: Pen, record: Record, rng: random.Random, doc: Doc, pages: int) -> None:
    width = PAGE_W - LEFT - RIGHT
    seed = rng.randrange(10**9)
    body_top = BODY_TOP
    first, second = body_top - BOTTOM, PAGE_H - 62 - BOTTOM

    def blocks_at(k: float, dropped: frozenset[int]) -> list[Blk]:
        return [b for b in _notice_blocks(pen, doc, record, width, k, random.Random(seed))
                if b.optional not in dropped]

    chosen: list[Blk] = []
    split: int | None = None
    if pages == 1:
        for dropped in DROPS:
            for k in SCALES:
                chosen = blocks_at(k, dropped)
                if sum(b.height for b in chosen) <= first:
                    break
            else:
                continue
            break
        split = len(chosen)
    else:
        for k in SCALES:
            chosen = blocks_at(k, frozenset())
            split = _split(chosen, first, second)
            if split is not None:
                break
        if split is None:
            split = max(3, len(chosen) - 2)
    doc.notice.split = split
    top = min(_notice_head(pen, doc), body_top)
    for i, blk in enumerate(chosen):
        if i == split:
            _notice_footer(pen, doc, 1, pages)
            pen.new_page()
            top = _continuation(pen, doc)
        blk.draw(LEFT, top)
        top -= blk.height
        if i + 1 == split or i + 1 == len(chosen):
            doc.fits = doc.fits and top >= BOTTOM - 1
    _notice_footer(pen, doc, pages, pages)
    doc.drawn = pages


# --- annotated: a PDF form filled in with a viewer's comments ------------------------------------

#: the comment kinds (indexes into ANNOT_KINDS)
K_NOTE, K_TEXT, K_CALLOUT, K_HIGHLIGHT, K_CHECK = range(5)
#: a remark's place on the form
PINS: Final = {"title": -1, "sign": -2, "office": -3}


def _annot_plan(doc: Doc, record: Record, s: Style, rng: random.Random, pages: int) -> None:
    """How the form was filled in (a comment, a text box or a check mark per field), the
    remarks, authors and time stamps, and how the viewer prints it."""
    w = _w(s)
    look = doc.annot
    look.labels = rng.choice(("above", "above", "beside"))
    look.ink = rng.choice(((0.85, 0.15, 0.1), (0.1, 0.3, 0.8), (0.6, 0.1, 0.6)))
    look.note_fill = rng.choice(((1.0, 0.86, 0.25), (0.98, 0.95, 0.45), (0.6, 0.85, 1.0)))
    look.file = rng.choice(ANNOT_WORDS["files"])
    look.form_no = f"{rng.choice('ABFMSZ')}{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    look.edition = f"{rng.randint(1, 12):02d}/{rng.randint(2018, 2025)}"
    look.size = rng.uniform(7.8, 9.0)
    look.boxes = rng.random() < 0.75
    if pages == 2:
        look.mode = rng.choice(("separate", "separate", "margin", "numbered")) \
            if doc.kind == "form" else "separate"
    else:
        look.mode = rng.choice(("margin", "margin", "numbered"))
    look.pages = 2 if pages == 2 and look.mode != "separate" else 1
    look.hints = rng.sample(ANNOT_WORDS["notes"], 2)
    authors = [rng.choice(ANNOT_AUTHORS)]
    if rng.random() < 0.25:
        authors.append(rng.choice([a for a in ANNOT_AUTHORS if a != authors[0]]))
    # the comments were made after the case's day (the move, the issue), the printout later
    lo = min(_after(record) + timedelta(days=1), data.REFERENCE_DATE)
    made = _other_day(record, lo, lo + timedelta(days=rng.randint(0, 8)), rng)
    doc.printed = _other_day(record, made, made + timedelta(days=rng.randint(0, 4)), rng)
    doc.furniture += [made, doc.printed]
    look.stamp = _stamp(doc.printed, rng)
    clock = [rng.randint(8 * 60, 20 * 60)]

    def stamp() -> str:
        clock[0] += rng.randint(0, 3)
        h, m = divmod(clock[0], 60)
        return f"{made.day:02d}.{made.month:02d}.{made.year} {h % 24:02d}:{m:02d}:" \
               f"{rng.randint(0, 59):02d}"

    if look.pages == 2:  # a two-page form breaks between sections
        counts = [len(sec.items) for sec in doc.sections]
        acc = 0
        for sec, n in zip(doc.sections, counts, strict=True):
            sec.page = 1 if acc > 0 and acc >= sum(counts) / 2 else 0
            acc += n
        if all(sec.page == 0 for sec in doc.sections):
            doc.sections[-1].page = 1
    notes: list[Note] = []
    for sec in doc.sections:
        for f in sec.items:
            if doc.kind == "cert":
                f.via = "print"
                continue
            if f.via == "check":
                notes.append(Note(0, K_CHECK, rng.choice(authors), stamp(), "", f,
                                  page=sec.page))
                continue
            if not f.via:
                f.via = "free" if rng.random() < 0.14 else "comment"
            text = f.value
            roll = rng.random()
            if f.via == "free":
                pass
            elif f.key in ANNOT_SENT and roll < 0.35:
                text = w.sent(f.key).format(v=f.value)
                f.prose = True
            elif roll > 0.82:
                text = f"{rng.choice(ANNOT_SAYS)} {f.value}"
            f.text = text
            kind = K_TEXT if f.via == "free" else rng.choice((K_NOTE, K_NOTE, K_CALLOUT))
            notes.append(Note(0, kind, rng.choice(authors), stamp(), text, f, page=sec.page))
    remarks = rng.randint(1, 3) if doc.kind == "cert" else rng.randint(1, 2)
    for _ in range(remarks):
        notes.append(Note(0, K_NOTE, rng.choice(authors), stamp(), rng.choice(ANNOT_NOTES),
                          None, rng.choice(tuple(PINS)), rng.randrange(look.pages)))
    if doc.kind == "cert":
        pool = [f for sec in doc.sections for f in sec.items
                if f.key in ("register_number", "family_name", "issue_date", "date_of_death",
                             "marriage_date", "date_of_birth")]
        for f in rng.sample(pool, min(len(pool), rng.randint(1, 3))):
            again = Fld(f.key, f.value, f.name, label=f.label, day=f.day, copy=True,
                        via="comment", text=f"{rng.choice(ANNOT_CERT_SAYS)} {f.value}")
            doc.extras.append(again)
            notes.append(Note(0, K_NOTE, rng.choice(authors), stamp(), again.text, f))
        if rng.random() < 0.6:
            notes.append(Note(0, K_HIGHLIGHT, rng.choice(authors), stamp(), "",
                              rng.choice(pool)))
    # the viewer numbers the comments page by page in the order they were made
    notes.sort(key=lambda n: n.page)
    for i, note in enumerate(notes):
        note.n = i + 1
        if note.fld is not None and note.kind != K_HIGHLIGHT and not note.fld.mark:
            note.fld.mark = note.n
    doc.notes = notes


@dataclass(slots=True)
class Row:
    """A row of the form page: its height and how to draw it at (x, top); drawing records
    where each field's marker goes."""

    height: float
    draw: Callable[[float, float], None]


Anchor = tuple[float, float]


def _text_row(pen: Pen, text: str, width: float, face: str, size: float, gap: float,
              gray: float = 0.0, centre: bool = False) -> Row:
    lines = _wrap(text, face, size, width)

    def draw(x: float, top: float) -> None:
        c = pen.c
        c.setFillGray(gray)
        c.setFont(face, size)
        y = top - size
        for line in lines:
            if centre:
                c.drawCentredString(x + width / 2, y, line)
            else:
                c.drawString(x, y, line)
            y -= size * 1.3
        c.setFillGray(0)

    return Row(len(lines) * size * 1.3 + gap, draw)


def _banded(pen: Pen, row: Row, width: float, k: float, cert: bool) -> Row:
    """A section heading on a light band (forms) or over a thin rule (certificates)."""

    def draw(x: float, top: float) -> None:
        c = pen.c
        if cert:
            c.setLineWidth(0.4)
            c.line(x, top - row.height - 1, x + width, top - row.height - 1)
        else:
            c.saveState()
            c.setFillGray(0.88)
            c.rect(x - 3, top - row.height - 1, width + 6, row.height + 2, stroke=0, fill=1)
            c.restoreState()
        row.draw(x, top - 1)

    return Row(row.height + 4 * k, draw)


def _option_lines(options: tuple[str, ...], face: str, size: float, width: float
                  ) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(options):
        wd = size * 0.95 + 3 + _sw(option, face, size) + 10
        if rows[-1] and used + wd > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += wd
    return rows


def _free_text(pen: Pen, doc: Doc, text: str, x: float, top: float, width: float,
               size: float) -> None:
    """A text-box comment typed onto the form: a thin coloured frame with the value."""
    look = doc.annot
    c = pen.c
    lines = _wrap(text, doc.vface, size, width - 6)
    h = len(lines) * size * 1.3 + 3
    tw = max(_sw(line, doc.vface, size) for line in lines) + 6
    c.saveState()
    c.setStrokeColorRGB(*look.ink)
    c.setLineWidth(0.6)
    c.rect(x - 1, top - h, tw, h, stroke=1, fill=0)
    r, g, b = look.ink
    c.setFillColorRGB(r * 0.6, g * 0.6, b * 0.6)
    c.setFont(doc.vface, size)
    y = top - size - 0.5
    for line in lines:
        c.drawString(x + 2, y, line)
        y -= size * 1.3
    c.restoreState()


def _field_row(pen: Pen, doc: Doc, items: list[Fld], width: float, k: float,
               anchors: dict[int, Anchor]) -> Row:
    """One or two fields side by side: the label above (or beside) an empty box, the options
    with their boxes, or (certificates) the printed value."""
    look = doc.annot
    f = doc.faces
    size = look.size * k
    gap = 10 * k
    cw = (width - gap * (len(items) - 1)) / len(items)
    cert = doc.kind == "cert"
    beside = look.labels == "beside" and not cert
    lw = cw * 0.4 if beside else cw
    lsz = size * 0.86
    parts: list[tuple[list[str], list[list[int]], list[str]]] = []
    heights: list[float] = []
    for it in items:
        labels = _wrap(it.label, f.regular, lsz, lw - 4)
        opts = _option_lines(it.options, f.regular, size, (cw - lw if beside else cw) - 8) \
            if it.options else []
        values = _wrap(it.value, doc.vface, size * 1.1, cw - 8) if cert else []
        if it.options:
            body = len(opts) * size * 1.55 + 3 * k
        elif cert:
            body = len(values) * size * 1.45 + 2 * k
        elif it.via == "free":
            body = max(size * 1.9, len(_wrap(it.value, doc.vface, size, cw - 16)) * size * 1.3
                       + 7)
        else:
            body = size * 1.9
        lab = len(labels) * lsz * 1.28
        heights.append((max(lab, body) if beside else lab + body) + 5 * k)
        parts.append((labels, opts, values))
    height = max(heights)

    def draw(x: float, top: float) -> None:
        c = pen.c
        for j, it in enumerate(items):
            labels, opts, values = parts[j]
            cx = x + j * (cw + gap)
            y = top - lsz
            c.setFillGray(0.3)
            c.setFont(f.regular, lsz)
            for line in labels:
                c.drawString(cx, y, line)
                y -= lsz * 1.28
            c.setFillGray(0)
            bx = cx + lw if beside else cx
            bw = cw - lw if beside else cw
            btop = top if beside else y + lsz * 0.55
            if it.options:
                oy = btop - size * 1.15
                bs = size * 0.95
                for n, option_row in enumerate(opts):
                    ox = bx + 2
                    for i in option_row:
                        c.setLineWidth(0.5)
                        c.rect(ox, oy - 1, bs, bs, stroke=1, fill=0)
                        if i == it.chosen and it.via == "check":
                            anchors[id(it)] = (ox + bs / 2, oy + bs / 2)
                        c.setFont(f.regular, size)
                        c.drawString(ox + bs + 3, oy, it.options[i])
                        ox += bs + 3 + _sw(it.options[i], f.regular, size) + 10 * k
                    if n == 0 and it.via != "check":
                        anchors[id(it)] = (min(ox, bx + bw - 8), oy + bs / 2)
                    oy -= size * 1.55
                continue
            if cert:
                vy = btop - size * 1.15
                c.setFont(doc.vface, size * 1.1)
                for line in values:
                    c.drawString(bx + 2, vy, line)
                    vy -= size * 1.45
                anchors[id(it)] = (bx + min(bw - 4, _sw(values[0], doc.vface, size * 1.1) + 8),
                                   btop - size * 0.7)
                continue
            bh = btop - (top - height) - 4 * k
            c.setLineWidth(0.5)
            c.setStrokeGray(0.35)
            if look.boxes:
                c.rect(bx, btop - bh, bw, bh, stroke=1, fill=0)
            else:
                c.line(bx, btop - bh, bx + bw, btop - bh)
            c.setStrokeGray(0)
            anchors[id(it)] = (bx + bw - 10, btop - 6)
            if it.via == "free":
                _free_text(pen, doc, it.value, bx + 3, btop - 2, bw - 10, size)

    return Row(height, draw)


def _form_rows(pen: Pen, doc: Doc, record: Record, width: float, k: float, page: int,
               anchors: dict[int, Anchor], rng: random.Random) -> list[Row]:
    """The rows of one form page (in the virtual page's coordinates)."""
    w = doc.words
    assert w is not None
    look = doc.annot
    f = doc.faces
    size = look.size * k
    cert = doc.kind == "cert"
    last = page == look.pages - 1
    rows: list[Row] = []
    if page == 0:
        issuer = w.word("issuer_civil" if cert else "issuer").format(city=doc.city)
        form_no = w.word("form_no").format(no=look.form_no, ed=look.edition)

        def head(x: float, top: float) -> None:
            c = pen.c
            c.setFont(f.regular, 7.5 * k)
            c.setFillGray(0.25)
            c.drawString(x, top - 8 * k, issuer)
            if not cert:
                c.drawRightString(x + width, top - 8 * k, form_no)
            c.setFillGray(0)
            anchors[PINS["title"]] = (x + width - 14, top - 20 * k)

        rows.append(Row(16 * k, head))
        rows.append(_text_row(pen, doc.title, width, f.bold, 14 * k, 10 * k, centre=cert))
    for sec in doc.sections:
        if sec.page != page:
            continue
        rows.append(_banded(pen, _text_row(pen, sec.head, width, f.bold, size * 1.1, 2 * k),
                            width, k, cert))
        items = list(sec.items)
        i = 0
        while i < len(items):
            pair = [items[i]]
            nxt = items[i + 1] if i + 1 < len(items) else None
            if not cert and items[i].short and not items[i].options and nxt is not None \
                    and nxt.short and not nxt.options:
                pair.append(nxt)
            i += len(pair)
            rows.append(_field_row(pen, doc, pair, width, k, anchors))
    if doc.kind == "id" and last:
        assert isinstance(record, Identity)
        note = w.word("copy_note")
        copy = _copy(pen, record, width, k, rng)

        def draw_copy(x: float, top: float) -> None:
            c = pen.c
            c.setFont(f.italic, 7 * k)
            c.drawString(x, top - 8 * k, note)
            copy.draw(x, top - 12 * k)

        rows.append(Row(copy.height + 14 * k, draw_copy))
    if not last:
        return rows
    if cert:
        line = w.word("cert_line")
        registrar = w.word("registrar")

        def seal(x: float, top: float) -> None:
            c = pen.c
            c.setFont(f.italic, 7.5 * k)
            c.drawString(x, top - 10 * k, line)
            _seal(pen, x + width - 40 * k, top - 36 * k, 24 * k, 0.45)
            c.setLineWidth(0.4)
            c.line(x, top - 44 * k, x + 200 * k, top - 44 * k)
            c.setFont(f.regular, 7 * k)
            c.drawString(x, top - 52 * k, registrar)
            anchors[PINS["sign"]] = (x + 150 * k, top - 38 * k)
            anchors[PINS["office"]] = (x + width - 70 * k, top - 20 * k)

        rows.append(Row(62 * k, seal))
        return rows
    sign = w.word("sign")
    office = w.word("office_use")

    def sign_row(x: float, top: float) -> None:
        c = pen.c
        c.setLineWidth(0.5)
        c.line(x, top - 26 * k, x + width * 0.55, top - 26 * k)
        c.setFont(f.regular, 6.8 * k)
        c.drawString(x, top - 34 * k, sign)
        c.setStrokeGray(0.5)
        c.setDash([3, 2])
        c.rect(x + width * 0.62, top - 44 * k, width * 0.38, 40 * k, stroke=1, fill=0)
        c.setDash([])
        c.setStrokeGray(0)
        c.setFont(f.regular, 6.2 * k)
        c.drawString(x + width * 0.62 + 4, top - 12 * k, office)
        anchors[PINS["sign"]] = (x + width * 0.45, top - 20 * k)
        anchors[PINS["office"]] = (x + width * 0.9, top - 30 * k)

    rows.append(Row(50 * k, sign_row))
    rows.append(_text_row(pen, w.word("notes_head"), width, f.bold, 6.8 * k, 1 * k, 0.3))
    for hint in look.hints:
        rows.append(_text_row(pen, hint, width, f.regular, 6.4 * k, 0.5 * k, 0.3))
    return rows


def _draw_form(pen: Pen, doc: Doc, record: Record, page: int, ox: float, otop: float,
               scale: float, seed: int) -> dict[int, Anchor]:
    """A form page drawn with its top-left corner at (ox, otop), shrunk by ``scale``; returns
    the markers' anchors in page coordinates."""
    width = PAGE_W - 2 * 50
    rows: list[Row] = []
    anchors: dict[int, Anchor] = {}
    for k in (1.5, 1.4, 1.3, 1.2, 1.1, 1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58, 0.52,
              0.46):
        anchors = {}
        rows = _form_rows(pen, doc, record, width, k, page, anchors, random.Random(seed))
        if sum(r.height for r in rows) <= PAGE_H - 80:
            break
    else:
        doc.fits = False
    c = pen.c
    c.saveState()
    c.translate(ox, otop)
    c.scale(scale, scale)
    c.setStrokeGray(0.6)
    c.setLineWidth(0.6)
    c.rect(0, -PAGE_H, PAGE_W, PAGE_H, stroke=1, fill=0)
    c.setStrokeGray(0)
    top = -36.0
    for row in rows:
        row.draw(50, top)
        top -= row.height
    c.restoreState()
    return {key: (ox + ax * scale, otop + ay * scale) for key, (ax, ay) in anchors.items()}


def _check_mark(pen: Pen, x: float, y: float, size: float, ink: RGB) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(1.3)
    path = c.beginPath()
    path.moveTo(x - size * 0.5, y)
    path.lineTo(x - size * 0.1, y - size * 0.45)
    path.lineTo(x + size * 0.65, y + size * 0.6)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _note_icon(pen: Pen, x: float, y: float, size: float, fill: RGB, ink: RGB) -> None:
    """A sticky-note icon with its top-left corner at (x, y)."""
    c = pen.c
    c.saveState()
    c.setFillColorRGB(*fill)
    c.setStrokeColorRGB(fill[0] * 0.7, fill[1] * 0.7, fill[2] * 0.7)
    c.setLineWidth(0.5)
    path = c.beginPath()
    path.moveTo(x, y)
    path.lineTo(x + size, y)
    path.lineTo(x + size, y - size * 0.7)
    path.lineTo(x + size * 0.7, y - size)
    path.lineTo(x, y - size)
    path.close()
    c.drawPath(path, stroke=1, fill=1)
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(0.3)
    for i in range(3):
        yy = y - size * (0.28 + 0.2 * i)
        c.line(x + size * 0.18, yy, x + size * 0.75, yy)
    c.restoreState()


def _anchor(note: Note, anchors: dict[int, Anchor]) -> Anchor | None:
    if note.fld is not None:
        return anchors.get(id(note.fld))
    return anchors.get(PINS.get(note.pin, -1)) or anchors.get(PINS["title"])


def _marks(pen: Pen, doc: Doc, notes: list[Note], anchors: dict[int, Anchor], scale: float,
           numbered: bool) -> dict[int, Anchor]:
    """The markers on the form (note icons, check marks, highlights, numbers); returns each
    comment's marker point."""
    look = doc.annot
    c = pen.c
    out: dict[int, Anchor] = {}
    s = max(scale, 0.6)
    for note in notes:
        at = _anchor(note, anchors)
        if at is None:
            continue
        x, y = at
        if note.kind == K_CHECK:
            _check_mark(pen, x, y, 9 * s, look.ink)
        elif note.kind == K_HIGHLIGHT:
            c.saveState()
            c.setFillColorRGB(1.0, 0.93, 0.3)
            c.setFillAlpha(0.45)
            c.rect(x - 120 * scale, y - 5 * scale, 120 * scale, 14 * scale, stroke=0, fill=1)
            c.restoreState()
        elif note.kind != K_TEXT:
            _note_icon(pen, x, y + 4 * s, 9 * s, look.note_fill, look.ink)
        out[note.n] = (x + 5 * s, y)
        if numbered:
            c.setFont(doc.faces.bold, 6.5)
            c.setFillColorRGB(*look.ink)
            lift = 6 * s if note.kind == K_CHECK else -1
            c.drawString(x + 10 * s + 1, y + lift, str(note.n))
            c.setFillGray(0)
    return out


def _entry_head(doc: Doc, note: Note) -> str:
    w = doc.words
    assert w is not None
    return w.word("entry").format(n=note.n, page=note.page + 1, kind=ANNOT_KINDS[note.kind],
                                  author=note.author, stamp=note.stamp)


Line = tuple[str, float]
Entry = tuple[Note, list[str], list[Line], float]


def _comment_lines(note: Note, face: str, size: float, width: float) -> list[Line]:
    """A comment's text as lines with their sizes: the value it holds stays whole on one line
    (in smaller type if it must), the words before and after it wrap around it."""
    text = note.text
    value = note.fld.value if note.fld is not None else ""
    if not value or value not in text:
        return [(line, size) for line in _wrap(text, face, size, width)]
    before, after = text.split(value, 1)
    tail = after if len(after.strip()) <= 2 else ""
    after = after[len(tail):] if tail else after
    out = [(line, size) for line in _wrap(before, face, size, width)] if before.strip() else []
    joined = f"{out[-1][0]} {value}{tail}" if out else ""
    if out and _sw(joined, face, size) <= width:
        out[-1] = (joined, size)
    else:
        fitted = _fit(value + tail, face, size, width, 0.55)
        if fitted is None:
            out += [(line, size) for line in _wrap(value + tail, face, size, width)]
        else:
            out.append((value + tail, fitted))
    if after.strip():
        out += [(line, size) for line in _wrap(after.strip(), face, size, width)]
    return out


def _entries(doc: Doc, notes: list[Note], width: float, k: float) -> list[Entry]:
    """The comments' entries (head lines, text lines with their sizes, height) at type scale
    ``k``."""
    f = doc.faces
    out = []
    for note in notes:
        head = _wrap(_entry_head(doc, note), f.regular, 5.8 * k, width - 6)
        text = _comment_lines(note, f.regular, 7.6 * k, width - 8) if note.text else []
        out.append((note, head, text, len(head) * 5.8 * k * 1.25 + len(text) * 7.6 * k * 1.3
                    + 8 * k))
    return out


def _fit_entries(doc: Doc, notes: list[Note], width: float, room: float, first: float
                 ) -> tuple[list[Entry], float]:
    k = first
    entries = _entries(doc, notes, width, k)
    for k in (first, 1.2, 1.1, 1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5, 0.45):
        if k > first:
            continue
        entries = _entries(doc, notes, width, k)
        if sum(e[3] for e in entries) <= room:
            break
    else:
        doc.fits = False
    return entries, k


def _draw_entries(pen: Pen, doc: Doc, entries: list[Entry], x: float, top: float, width: float,
                  k: float, boxed: bool, wanted: dict[int, float] | None = None
                  ) -> dict[int, Anchor]:
    """The comments' entries in a column from ``top`` down; with ``wanted`` each entry stands
    level with its marker where there is room. Returns where each entry's box begins."""
    c = pen.c
    f = doc.faces
    look = doc.annot
    out: dict[int, Anchor] = {}
    floor = 30.0
    y = top
    for i, (note, head, text, h) in enumerate(entries):
        if wanted is not None and note.n in wanted:
            rest = sum(e[3] for e in entries[i:])
            y = max(min(y, wanted[note.n] + h / 2), floor + rest)
        if boxed:
            r, g, b = look.note_fill
            c.saveState()
            c.setFillColorRGB(0.5 + r * 0.5, 0.5 + g * 0.5, 0.5 + b * 0.5)
            c.setStrokeColorRGB(*look.ink)
            c.setLineWidth(0.5)
            c.rect(x, y - h + 3 * k, width, h - 4 * k, stroke=1, fill=1)
            c.restoreState()
        out[note.n] = (x, y - 6 * k)
        ty = y - 5.8 * k - 2 * k
        c.setFillGray(0.3)
        c.setFont(f.regular, 5.8 * k)
        for line in head:
            c.drawString(x + 3, ty, line)
            ty -= 5.8 * k * 1.25
        c.setFillGray(0)
        for line, size in text:
            c.setFont(f.regular, size)
            c.drawString(x + 4, ty - 1, line)
            ty -= 7.6 * k * 1.3
        y -= h
    return out


def _print_furniture(pen: Pen, doc: Doc, n: int, total: int) -> None:
    w = doc.words
    assert w is not None
    c = pen.c
    c.setFont(doc.faces.regular, 6.8)
    c.setFillGray(0.35)
    c.drawString(24, PAGE_H - 18, w.word("header").format(file=doc.annot.file,
                                                         stamp=doc.annot.stamp))
    c.drawRightString(PAGE_W - 24, 14, w.word("footer").format(n=n, total=total))
    c.setFillGray(0)


def _draw_annotated(pen: Pen, record: Record, rng: random.Random, doc: Doc, pages: int) -> None:
    look = doc.annot
    w = doc.words
    assert w is not None
    seed = rng.randrange(10**9)
    for page in range(pages):
        if page:
            pen.new_page()
        _print_furniture(pen, doc, page + 1, pages)
        c = pen.c
        if look.mode == "separate" and page == 1:
            c.setFont(doc.faces.bold, 11)
            c.drawString(40, PAGE_H - 48, w.word("summary").format(file=look.file))
            width = PAGE_W - 80
            entries, k = _fit_entries(doc, doc.notes, width, PAGE_H - 110, 1.3)
            _draw_entries(pen, doc, entries, 40, PAGE_H - 62, width, k, False)
            continue
        form_page = page if look.pages == 2 else 0
        if look.mode == "separate":
            scale = 0.9
            anchors = _draw_form(pen, doc, record, 0, (PAGE_W - PAGE_W * scale) / 2,
                                 PAGE_H - 28, scale, seed)
            _marks(pen, doc, doc.notes, anchors, scale, True)
            continue
        notes = [n for n in doc.notes if n.page == form_page]
        scale = 0.66
        anchors = _draw_form(pen, doc, record, form_page, 14, PAGE_H - 28, scale,
                             seed + form_page)
        margin = look.mode == "margin"
        points = _marks(pen, doc, notes, anchors, scale, not margin)
        col_x = 14 + PAGE_W * scale + 10
        col_w = PAGE_W - col_x - 12
        listed = sorted(notes, key=lambda n: -points.get(n.n, (0.0, 0.0))[1]) if margin \
            else notes
        entries, k = _fit_entries(doc, listed, col_w, PAGE_H - 64, 1.1)
        wanted = {n: p[1] for n, p in points.items()} if margin else None
        boxes = _draw_entries(pen, doc, entries, col_x, PAGE_H - 30, col_w, k, margin, wanted)
        if margin:
            c.saveState()
            c.setStrokeColorRGB(*look.ink)
            c.setLineWidth(0.35)
            for n, (bx, by) in boxes.items():
                if n in points:
                    px, py = points[n]
                    c.line(px + 5, py, bx, by)
            c.restoreState()
    doc.drawn = pages


# --- whole documents -----------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "notice" if w.notice else "annotated"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    if w.notice:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if rng.random() < 0.35
                      else SANS9[rng.randrange(3)])
    else:
        faces = _set4(SANS9[rng.randrange(len(SANS9))] if rng.random() < 0.75
                      else SERIF9[rng.randrange(len(SERIF9))])
    doc = Doc(doc_type, layout, kind, w.title(doc_type), _city(record), [], faces,
              faces.regular)
    doc.words = w
    if w.notice:
        doc.office = w.office(_office_key(doc_type, record)).format(city=doc.city)
        if rng.random() < 0.25:
            mono = MONO9[rng.randrange(len(MONO9))]
            doc.vface = _reg(*mono)
    else:
        doc.vface = faces.regular if kind != "cert" else faces.bold
    _content(record, s, rng, doc)
    return doc


def build_sheets(record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> Doc:
    """The document with everything it prints besides the drawing itself: the notice's
    furniture, decisions and sentences, or the comments of the annotated form."""
    doc = build_doc(record, s, rng, doc_type)
    if doc.layout == "notice":
        _notice_plan(doc, record, s, rng)
    else:
        _annot_plan(doc, record, s, rng, pages)
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_sheets(record, s, rng, doc_type, pages)
    if doc.layout == "notice":
        _draw_notice(pen, record, rng, doc, pages)
    else:
        _draw_annotated(pen, record, rng, doc, pages)
    return doc


def draw_extra36(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Fld", "Note", "Sec", "build_doc", "build_sheets",
           "draw_doc", "draw_extra36", "fields", "truth_days"]
