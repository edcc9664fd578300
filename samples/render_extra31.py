"""The thirty-first extra pair of blind held-out layouts: ``easyread`` and ``stickers``.

``easyread`` is a form or a certificate in easy language ("Leichte Sprache") and large print, as
cities publish them for accessibility: large type (questions and answers at 16 to 22 points,
headings larger), short sentences one to a line, questions addressed to the citizen, long
compound words split with the middle dot (or, in some documents, with a hyphen and a capital),
one question per block with the answer on a line or in a box below or beside it, small-print
notes, boxes that explain a hard word, simple drawn pictograms in a column or beside the
headings, large tick boxes for choices, a badge, generous spacing, a page counter and a hint to
turn the page. Certificates come as an easy-language explanatory copy that lists the data under
short statements; identity documents as an explanation sheet with the document's data and the
machine-readable zone reproduced whole (sometimes with a picture of the document). The large
type lets a document run onto a second page.

``stickers`` is a pre-printed form or certificate whose values were printed on adhesive labels
and pasted into the answer areas: white or tinted labels with a thin border and rounded, cut or
square corners, pasted a little off the area and turned by a few degrees (the text layer turns
with them), small label-printer type in a monospaced or condensed face, some labels carrying two
values (name and given names, street and number over postal code and town), some with a
barcode-like stripe or a label number, some overlapping the form's printed label; other values
are typed straight into the form or are the form's own print (the town of the issuing city, the
registry office of a certificate), choices are marked with a round dot label, a typed cross or a
label carrying the chosen wording. Certificates carry a data-block label per section (or labels
in printed fields); identity documents are a copy sheet with the data on labels and the zone
printed.

Both draw straight from the record with the wording of ``samples.wording_extra31``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Final

from samples import data
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
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _signature
from samples.render_extra9 import SANS9, SERIF9, Set4, _reg, _set4
from samples.render_extra26 import _city, _furniture_day, _truth_days, _truth_strings
from samples.render_extra29 import _sw, _wrap
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra31 import (
    DWELLING31,
    DWELLING_ORDER31,
    ID_KINDS31,
    PURPOSE31,
    PURPOSE_ORDER31,
    ROLE31,
    SEX_EASY_OPTIONS31,
    SEX_ORDER31,
    STICKER_WORDS,
    Extra31Wording,
    nationality_word,
    printed_dates,
    sex_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
FORMS: Final = ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                "aufenthaltstitel_antrag")
RGB = tuple[float, float, float]
ACCENTS: Final[tuple[RGB, ...]] = (
    (0.0, 0.33, 0.62), (0.08, 0.45, 0.25), (0.42, 0.18, 0.55), (0.78, 0.36, 0.0),
    (0.0, 0.42, 0.48), (0.6, 0.1, 0.22), (0.15, 0.15, 0.15),
)
STICKER_TINTS: Final[tuple[RGB, ...]] = (
    (1.0, 1.0, 1.0), (1.0, 1.0, 1.0), (1.0, 0.98, 0.87), (0.93, 0.97, 1.0), (0.95, 1.0, 0.93),
    (1.0, 0.95, 0.9), (0.99, 0.99, 0.96),
)
DOT_INKS: Final[tuple[RGB, ...]] = ((0.92, 0.22, 0.2), (0.2, 0.55, 0.92), (0.2, 0.72, 0.32),
                                    (1.0, 0.8, 0.12))
FORM_INKS: Final[tuple[RGB, ...]] = ((0.28, 0.28, 0.28), (0.1, 0.22, 0.52), (0.05, 0.36, 0.26),
                                     (0.46, 0.12, 0.16), (0.35, 0.25, 0.45))
#: label-printer faces: (TrueType, base-14 fallback)
LABEL_FACES: Final = (("", "Courier"), ("LiberationMono", "Courier"),
                      ("DejaVuSansMono", "Courier"), ("DejaVuSansMono-Bold", "Courier-Bold"),
                      ("DejaVuSansCondensed", "Helvetica"), ("LiberationSansNarrow", "Helvetica"),
                      ("", "Courier-Bold"), ("LiberationSansNarrow-Bold", "Helvetica-Bold"))
TYPE_FACES: Final = (("", "Courier"), ("LiberationMono", "Courier"), ("DejaVuSansMono", "Courier"))
#: pictogram per label key or section key
PICTOS: Final[dict[str, str]] = {
    "family_name": "person", "given_names": "person", "birth_name": "person", "sex": "person",
    "tenant": "people", "mother_name": "person", "father_name": "person",
    "landlord_name": "key", "account_holder": "person", "marital": "rings",
    "date_of_birth": "calendar", "move_in_date": "calendar", "flat_move_in_date": "calendar",
    "entry_date": "calendar", "issue_date": "calendar", "marriage_date": "calendar",
    "date_of_death": "calendar", "expiry_date": "calendar", "passport_expiry_date": "calendar",
    "doc_issue": "calendar", "place_of_birth": "pin", "place_of_death": "pin",
    "marriage_place": "pin", "city": "pin", "flat_city": "pin", "postal_code": "pin",
    "flat_postal_code": "pin", "nationality": "globe", "issuing_state": "globe",
    "phone": "phone", "role": "key", "vin": "car", "make": "car", "model": "car",
    "desired_plate": "car", "evb_number": "shield", "iban": "card", "bic": "card",
    "passport_number": "passport", "doc_number": "passport", "doc_kind": "passport",
    "doc_code": "passport", "purpose": "globe", "dwelling": "house",
    "registry_office": "doc", "register_number": "doc", "birth_time": "clock",
    "authority": "doc", "last_residence": "house", "street": "house", "house_number": "house",
    "street_line": "house", "city_line": "pin", "address_line": "house",
    "previous_address": "house", "landlord_address": "house",
    # sections
    "person": "person", "previous": "house", "contact": "phone", "landlord": "key",
    "flat": "house", "tenants": "people", "child": "baby", "parents": "people",
    "spouse1": "person", "spouse2": "person", "marriage": "rings", "deceased": "person",
    "death": "candle", "register": "doc", "holder": "person", "vehicle": "car",
    "insurance": "shield", "account": "card", "applicant": "person", "passport": "passport",
    "stay": "globe", "home": "house", "document": "passport", "holder_id": "person",
    "zone": "doc", "sign": "pen", "contact_office": "phone",
}


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, the printed label (set when the document is built); an easy-language
    note under it; on a sticker form how the value got there (``sticker``, ``typed``,
    ``printed``, ``dot``) and which label carries it."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    optional: bool = False
    label: str = ""
    day: date | None = None
    note: str = ""
    mode: str = "sticker"
    group: int = -1


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Label:
    """One adhesive label: its lines (each a run of fields printed together, or a key and its
    value on a data-block label), and how it was pasted."""

    lines: list[list[Fld]]
    keys: list[str] = field(default_factory=list)
    dx: float = 0.0
    dy: float = 0.0
    angle: float = 0.0
    tint: RGB = (1.0, 1.0, 1.0)
    corner: str = "round"  # round | cut | square
    bar: str = ""  # "" | left | bottom
    ref: str = ""
    lift: float = 0.0  # how far it rides up over the printed label
    seed: float = 0.0
    big: float = 1.0  # a data-block label is printed in larger type


@dataclass(slots=True)
class EasyLook:
    """An easy-language document's print (one draw per document)."""

    qsize: float = 17.0
    asize: float = 19.0
    hsize: float = 21.0
    tsize: float = 24.0
    nsize: float = 12.0
    answer: str = "box"  # line | box | beside | mixed
    facts: str = "stack"  # stack | table | card
    picto: str = "field"  # field | section | both | none
    frame: str = "square"  # square | round | plain
    number: str = "none"  # none | circle | plain
    heads: str = "band"  # band | rule | plain | box
    accent: RGB = (0.0, 0.33, 0.62)
    mark: str = "cross"  # cross | xtext | check
    qbold: bool = True
    abold: bool = False
    badge: str = "right"  # left | right | none
    footer: str = "centre"
    notes: float = 0.5
    gloss: tuple[str, ...] = ()
    gap: float = 1.0
    empty_tick: bool = True
    contact: str = ""
    copy: bool = False
    intro_rule: bool = True
    vface: str = "Helvetica"


@dataclass(slots=True)
class StickLook:
    """A sticker form's print and the label printer's habits (one draw per document)."""

    ink: RGB = (0.28, 0.28, 0.28)
    lsize: float = 7.0
    hsize: float = 9.0
    area: str = "box"  # box | line | cells
    area_fill: RGB | None = None
    area_h: float = 22.0
    label_pos: str = "above"  # above | inside | left
    numbering: str = "none"  # none | num | dotted
    cols: int = 2
    heads: str = "band"  # band | line | plain
    band: RGB = (0.85, 0.85, 0.85)
    sface: str = "Courier"
    ssize: float = 8.5
    border: float = 0.55
    shadow: bool = True
    dot: RGB = (0.92, 0.22, 0.2)
    choice_mark: str = "dot"  # dot | typed
    typed_face: str = "Courier"
    authority: str = ""
    unit: str = ""
    form_no: str = ""
    edition: str = ""
    instruction: bool = True
    office_box: bool = True
    arrange: str = "fields"  # certificates: fields | block
    merge: bool = False  # certificates: one data-block label for every section
    frame: bool = True
    printer: str = ""
    copy: bool = False
    labels: dict[int, Label] = field(default_factory=dict)
    serif: bool = False
    roomy: bool = True
    block_at: float = 0.0  # where a data-block label sits across its frame (0 left, 1 right)
    cert_intro: bool = True
    row_gap: float = 4.0
    foot: bool = True  # whether the closing blocks sit at the foot of the page
    tsize: float = 14.0


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    kind: str  # form | cert | id
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    fs: float
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    ref: str = ""
    easy: EasyLook = field(default_factory=EasyLook)
    stick: StickLook = field(default_factory=StickLook)
    intro: str = ""
    drawn: int = 0  # pages drawn
    scale: float = 1.0  # how far type and spacing were shrunk to fit the pages


def _w(s: Style) -> Extra31Wording:
    assert isinstance(s.words, Extra31Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.w = _w(s)
        self.easy = doc.layout == "easyread"
        self.j = 0 if self.easy else 1

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "") -> Fld:
        f = Fld(key, value, name)
        self.doc.sections[-1].items.append(f)
        return f

    def optional(self, key: str, value: str, name: str) -> Fld:
        f = self.add(key, value, name if value else "")
        f.optional = True
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        f = self.add(key, self.s.date(d), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex", child: bool = False) -> Fld:
        mode = self.s.sex_mode
        form = self.doc.kind == "form"
        if self.easy and mode == "choice":
            if form:
                f = self.add("sex", SEX_EASY_OPTIONS31[code], name)
                f.options = tuple(SEX_EASY_OPTIONS31[c] for c in SEX_ORDER31)
                f.chosen = SEX_ORDER31.index(code)
                return f
            return self.add("sex", SEX_WORDS[code], name)
        if not self.easy and mode == "dot":
            f = self.add("sex", SEX_WORDS[code], name)
            if self.doc.kind != "cert":
                f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER31)
                f.chosen = SEX_ORDER31.index(code)
                f.mode = "dot"
            return f
        word = sex_word(code, "word" if mode in ("choice", "dot") else mode, child)
        return self.add("sex", word, name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        words = tuple(self.w.sp(x) for x in words)
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice" and not (self.easy and self.doc.kind != "form"):
            f.options, f.chosen = words, chosen
            f.mode = "dot"
        return f

    def address(self, a: Address, prefix: str = "") -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add(prefix + "address_line", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.add(prefix + "street_line", a.street_line, "street+house_number")
            self.add(prefix + "city_line", a.city_line, "postal_code+city")
        else:
            self.add(prefix + "street", a.street, "street")
            self.add(prefix + "house_number", a.number, "house_number")
            self.add(prefix + "postal_code", a.postal_code, "postal_code")
            self.add(prefix + "city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc)
    j = b.j
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            b.optional("birth_name", p.birth_name or "", "birth_name")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if rng.random() < 0.3:
                b.add("marital", record.marital)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                words = tuple(DWELLING31[d][j] for d in DWELLING_ORDER31)
                b.choice("dwelling", words, DWELLING_ORDER31.index(record.dwelling), "dwelling")
            if record.previous or rng.random() < 0.5:
                b.section("previous")
                b.optional("previous_address", record.previous or "", "previous_address")
            if record.phone and rng.random() < 0.5:
                b.section("contact")
                b.add("phone", record.phone)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", tuple(ROLE31[k][j] for k in (True, False)),
                     0 if record.landlord_is_owner else 1)
            b.section("flat")
            b.date("flat_move_in_date", record.move_in, "move_in_date")
            b.address(record.address, "flat_")
            b.section("tenants")
            for name in record.tenants:
                b.add("tenant", name, "tenant_names")
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex, child=True)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if rng.random() < 0.5:
                b.add("birth_time", record.birth_time)
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father or rng.random() < 0.5:
                b.optional("father_name", record.father or "", "father_name")
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
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
            if rng.random() < 0.5:
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
            b.address(record.address)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            if rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            b.optional("desired_plate", record.plate or "", "desired_plate")
            b.section("insurance")
            b.add("evb_number", record.evb, "evb_number")
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban")
            if rng.random() < 0.4:
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
            b.section("stay")
            words = tuple(PURPOSE31[x][j] for x in PURPOSE_ORDER31)
            b.choice("purpose", words, PURPOSE_ORDER31.index(record.purpose), "purpose")
            b.section("home")
            b.address(record.address)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS31["P"][j], ID_KINDS31["I"][j]),
                     0 if kind == "P" else 1)
            if rng.random() < 0.5:
                b.add("doc_code", record.document_code)
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
            b.sex(str(t["sex"]) if str(t["sex"]) in SEX_WORDS else "X")
            b.nationality(record.person.nationality)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number")
    b.date("issue_date", r.issue, "issue_date")


# --- shared helpers ------------------------------------------------------------------------------


@dataclass(slots=True)
class Blk:
    """A piece of a page: its height and how to draw it below ``top``; ``breakable`` says a
    page may end before it."""

    height: float
    draw: Callable[[float], None]
    breakable: bool = True
    foot: bool = False  # drawn at the foot of the last page when there is room


def _fits(chunks: list[list[Blk]], rooms: tuple[float, float]) -> bool:
    return all(sum(b.height for b in chunk) <= rooms[min(k, 1)] + 0.01
               for k, chunk in enumerate(chunks))


def _split(blocks: list[Blk], rooms: tuple[float, float], balanced: bool) -> list[list[Blk]]:
    """Two pages: the first filled as far as it goes, or (``balanced``) cut where the first page
    holds about two thirds."""
    cands = [i for i, b in enumerate(blocks) if b.breakable and 0 < i < len(blocks)]
    if not cands:
        cands = list(range(1, max(2, len(blocks))))
    total = sum(b.height for b in blocks)

    def first(i: int) -> float:
        return sum(b.height for b in blocks[:i])

    if balanced and total <= rooms[0]:
        cut = min(cands, key=lambda i: abs(first(i) - total * 0.66))
    else:
        fitting = [i for i in cands if first(i) <= rooms[0]]
        cut = max(fitting) if fitting else min(cands)
    return [blocks[:cut], blocks[cut:]]


def _paginate(build: Callable[[bool, float], list[Blk]], pages: int, rooms: tuple[float, float],
              one_page: tuple[tuple[bool, float], ...],
              two_pages: tuple[tuple[bool, float], ...]) -> tuple[list[list[Blk]], bool, float]:
    """The blocks on one or two pages: a one-page plan tries ``one_page`` (compactness and
    scale) and runs onto a second page when none fits; a two-page plan tries ``two_pages``."""
    if pages == 1:
        for compact, scale in one_page:
            blocks = build(compact, scale)
            if sum(b.height for b in blocks) <= rooms[0]:
                return [blocks], compact, scale
    chunks: list[list[Blk]] = []
    compact, scale = two_pages[-1]
    for compact, scale in two_pages:
        chunks = _split(build(compact, scale), rooms, pages == 2)
        if _fits(chunks, rooms):
            break
    return chunks, compact, scale


def _taken(record: Record) -> set[str]:
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(d)
    return out


def _sentences(text: str) -> list[str]:
    return [x for x in re.split(r"(?<=[.?!:])\s+", text) if x]


def _mix(rgb: RGB, amount: float) -> RGB:
    """``rgb`` mixed with white (``amount`` of white)."""
    r, g, b = rgb
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def _picto(c: Pen, kind: str, x: float, y: float, size: float, rgb: RGB, frame: str) -> None:
    """A simple drawn pictogram in a ``size`` square with its lower left corner at (x, y)."""
    cv = c.c
    cv.saveState()
    if frame == "square":
        cv.setFillColorRGB(*_mix(rgb, 0.86))
        cv.setStrokeColorRGB(*rgb)
        cv.setLineWidth(0.9)
        cv.roundRect(x, y, size, size, size * 0.12, stroke=1, fill=1)
    elif frame == "round":
        cv.setFillColorRGB(*_mix(rgb, 0.86))
        cv.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    cv.setStrokeColorRGB(*rgb)
    cv.setFillColorRGB(*rgb)
    cv.setLineWidth(max(1.0, size * 0.045))
    cv.setLineCap(1)
    cv.setLineJoin(1)
    u = size / 10.0
    ox, oy = x, y

    def p(px: float, py: float) -> tuple[float, float]:
        return ox + px * u, oy + py * u

    def person(px: float, scale: float = 1.0) -> None:
        hx, hy = p(px, 6.6)
        cv.circle(hx, hy, 1.1 * u * scale, stroke=0, fill=1)
        path = cv.beginPath()
        path.moveTo(*p(px - 2.0 * scale, 2.0))
        path.curveTo(*p(px - 2.0 * scale, 5.2), *p(px + 2.0 * scale, 5.2),
                     *p(px + 2.0 * scale, 2.0))
        path.close()
        cv.drawPath(path, stroke=0, fill=1)

    if kind == "person":
        person(5.0, 1.1)
    elif kind == "people":
        person(3.4)
        person(6.6)
    elif kind == "baby":
        hx, hy = p(5.0, 5.8)
        cv.circle(hx, hy, 1.6 * u, stroke=1, fill=0)
        cv.ellipse(*p(2.8, 2.0), *p(7.2, 4.2), stroke=1, fill=0)
    elif kind == "house":
        path = cv.beginPath()
        path.moveTo(*p(2.0, 2.0))
        path.lineTo(*p(2.0, 5.5))
        path.lineTo(*p(5.0, 8.2))
        path.lineTo(*p(8.0, 5.5))
        path.lineTo(*p(8.0, 2.0))
        path.close()
        cv.drawPath(path, stroke=1, fill=0)
        cv.rect(*p(4.2, 2.0), 1.6 * u, 2.4 * u, stroke=1, fill=1)
    elif kind == "calendar":
        cv.rect(*p(2.0, 2.0), 6.0 * u, 5.4 * u, stroke=1, fill=0)
        cv.rect(*p(2.0, 6.0), 6.0 * u, 1.4 * u, stroke=0, fill=1)
        for gx in (3.2, 5.0, 6.8):
            for gy in (3.0, 4.6):
                cv.rect(*p(gx - 0.4, gy), 0.8 * u, 0.7 * u, stroke=0, fill=1)
        cv.line(*p(3.5, 7.4), *p(3.5, 8.3))
        cv.line(*p(6.5, 7.4), *p(6.5, 8.3))
    elif kind == "pin":
        cx, cy = p(5.0, 6.0)
        cv.circle(cx, cy, 2.2 * u, stroke=1, fill=0)
        cv.circle(cx, cy, 0.8 * u, stroke=0, fill=1)
        cv.line(*p(3.4, 4.5), *p(5.0, 1.6))
        cv.line(*p(6.6, 4.5), *p(5.0, 1.6))
    elif kind == "globe":
        cx, cy = p(5.0, 5.0)
        cv.circle(cx, cy, 3.2 * u, stroke=1, fill=0)
        cv.ellipse(*p(3.6, 1.8), *p(6.4, 8.2), stroke=1, fill=0)
        cv.line(*p(1.8, 5.0), *p(8.2, 5.0))
    elif kind == "phone":
        cv.roundRect(*p(3.4, 1.6), 3.2 * u, 6.8 * u, 0.6 * u, stroke=1, fill=0)
        cv.line(*p(4.4, 2.4), *p(5.6, 2.4))
        cv.rect(*p(3.9, 3.4), 2.2 * u, 4.0 * u, stroke=0, fill=1)
    elif kind == "key":
        cx, cy = p(3.5, 6.0)
        cv.circle(cx, cy, 1.6 * u, stroke=1, fill=0)
        cv.line(*p(4.7, 5.0), *p(8.0, 2.2))
        cv.line(*p(7.0, 3.0), *p(7.8, 3.8))
        cv.line(*p(6.2, 3.7), *p(6.9, 4.4))
    elif kind == "car":
        path = cv.beginPath()
        path.moveTo(*p(1.5, 3.2))
        path.lineTo(*p(1.5, 5.0))
        path.lineTo(*p(3.2, 5.2))
        path.lineTo(*p(4.2, 6.8))
        path.lineTo(*p(6.6, 6.8))
        path.lineTo(*p(7.6, 5.2))
        path.lineTo(*p(8.5, 5.0))
        path.lineTo(*p(8.5, 3.2))
        path.close()
        cv.drawPath(path, stroke=1, fill=0)
        for wx in (3.3, 6.7):
            cx, cy = p(wx, 3.1)
            cv.circle(cx, cy, 0.9 * u, stroke=0, fill=1)
    elif kind == "shield":
        path = cv.beginPath()
        path.moveTo(*p(5.0, 8.3))
        path.lineTo(*p(2.4, 7.2))
        path.curveTo(*p(2.4, 4.0), *p(3.4, 2.6), *p(5.0, 1.7))
        path.curveTo(*p(6.6, 2.6), *p(7.6, 4.0), *p(7.6, 7.2))
        path.close()
        cv.drawPath(path, stroke=1, fill=0)
        cv.line(*p(3.8, 5.0), *p(4.8, 4.0))
        cv.line(*p(4.8, 4.0), *p(6.4, 6.0))
    elif kind == "card":
        cv.roundRect(*p(1.6, 2.6), 6.8 * u, 4.6 * u, 0.6 * u, stroke=1, fill=0)
        cv.rect(*p(1.6, 5.4), 6.8 * u, 0.9 * u, stroke=0, fill=1)
        cv.rect(*p(2.4, 3.4), 1.6 * u, 1.0 * u, stroke=0, fill=1)
    elif kind == "passport":
        cv.roundRect(*p(2.6, 1.6), 4.8 * u, 6.8 * u, 0.4 * u, stroke=1, fill=0)
        cx, cy = p(5.0, 5.6)
        cv.circle(cx, cy, 1.3 * u, stroke=1, fill=0)
        cv.line(*p(3.4, 3.2), *p(6.6, 3.2))
        cv.line(*p(3.4, 2.5), *p(6.6, 2.5))
    elif kind == "rings":
        for rx in (4.0, 6.0):
            cx, cy = p(rx, 4.8)
            cv.circle(cx, cy, 1.9 * u, stroke=1, fill=0)
    elif kind == "candle":
        cv.rect(*p(4.2, 1.8), 1.6 * u, 4.2 * u, stroke=1, fill=0)
        path = cv.beginPath()
        path.moveTo(*p(5.0, 6.4))
        path.curveTo(*p(4.2, 7.2), *p(4.8, 8.0), *p(5.0, 8.6))
        path.curveTo(*p(5.2, 8.0), *p(5.8, 7.2), *p(5.0, 6.4))
        cv.drawPath(path, stroke=1, fill=1)
    elif kind == "clock":
        cx, cy = p(5.0, 5.0)
        cv.circle(cx, cy, 3.2 * u, stroke=1, fill=0)
        cv.line(cx, cy, *p(5.0, 7.3))
        cv.line(cx, cy, *p(6.6, 4.2))
    elif kind == "pen":
        cv.line(*p(2.4, 2.4), *p(7.4, 7.4))
        cv.line(*p(3.2, 2.0), *p(7.8, 6.6))
        cv.line(*p(1.8, 2.6), *p(2.4, 2.4))
        cv.line(*p(1.6, 1.8), *p(8.4, 1.8))
    elif kind == "warn":
        path = cv.beginPath()
        path.moveTo(*p(5.0, 8.4))
        path.lineTo(*p(1.6, 2.0))
        path.lineTo(*p(8.4, 2.0))
        path.close()
        cv.drawPath(path, stroke=1, fill=0)
        cv.line(*p(5.0, 6.4), *p(5.0, 4.0))
        cx, cy = p(5.0, 3.0)
        cv.circle(cx, cy, 0.35 * u, stroke=0, fill=1)
    elif kind == "info":
        cx, cy = p(5.0, 5.0)
        cv.circle(cx, cy, 3.4 * u, stroke=1, fill=0)
        cv.line(*p(5.0, 3.0), *p(5.0, 5.6))
        hx, hy = p(5.0, 6.9)
        cv.circle(hx, hy, 0.4 * u, stroke=0, fill=1)
    else:  # doc
        path = cv.beginPath()
        path.moveTo(*p(2.6, 1.6))
        path.lineTo(*p(2.6, 8.4))
        path.lineTo(*p(6.0, 8.4))
        path.lineTo(*p(7.4, 7.0))
        path.lineTo(*p(7.4, 1.6))
        path.close()
        cv.drawPath(path, stroke=1, fill=0)
        for ly in (3.0, 4.3, 5.6):
            cv.line(*p(3.6, ly), *p(6.4, ly))
    cv.restoreState()


def _mark(c: Pen, x: float, y: float, size: float, checked: bool, mark: str, rgb: RGB,
          face: str) -> None:
    """A large tick box with its lower left corner at (x, y)."""
    cv = c.c
    cv.saveState()
    cv.setStrokeColorRGB(*rgb)
    cv.setLineWidth(max(1.0, size * 0.07))
    cv.setFillColorRGB(1, 1, 1)
    cv.rect(x, y, size, size, stroke=1, fill=1)
    if checked:
        cv.setStrokeColorRGB(0.05, 0.05, 0.1)
        cv.setLineWidth(max(1.4, size * 0.11))
        if mark == "xtext":
            cv.setFillColorRGB(0.05, 0.05, 0.1)
            cv.setFont(face, size * 0.95)
            cv.drawCentredString(x + size / 2, y + size * 0.16, "X")
        elif mark == "check":
            cv.line(x + size * 0.18, y + size * 0.5, x + size * 0.42, y + size * 0.2)
            cv.line(x + size * 0.42, y + size * 0.2, x + size * 0.88, y + size * 0.9)
        else:
            cv.line(x + size * 0.15, y + size * 0.15, x + size * 0.85, y + size * 0.85)
            cv.line(x + size * 0.15, y + size * 0.85, x + size * 0.85, y + size * 0.15)
    cv.restoreState()


# --- easyread ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ex:
    pen: Pen
    doc: Doc
    w: Extra31Wording
    s: Style
    record: Record
    x0: float
    x1: float
    scale: float = 1.0
    compact: bool = False

    @property
    def look(self) -> EasyLook:
        return self.doc.easy

    @property
    def f(self) -> Set4:
        return self.doc.faces

    @property
    def pcol(self) -> float:
        return self.look.qsize * self.scale * 3.1 if self.look.picto in ("field", "both") else 0.0

    @property
    def qface(self) -> str:
        return self.f.bold if self.look.qbold else self.f.regular

    @property
    def aface(self) -> str:
        return self.f.bold if self.look.abold else self.look.vface


def _easy_look(doc: Doc, w: Extra31Wording, rng: random.Random, record: Record,
               taken: set[str]) -> EasyLook:
    look = EasyLook()
    look.qsize = rng.uniform(16.0, 18.5)
    look.asize = min(22.0, look.qsize * rng.uniform(1.04, 1.2))
    look.hsize = rng.uniform(19.5, 23.0)
    look.tsize = rng.uniform(23.0, 27.0)
    look.nsize = rng.uniform(11.5, 13.0)
    look.answer = rng.choice(("line", "box", "beside", "mixed", "box", "mixed"))
    look.facts = rng.choice(("stack", "table", "card", "table"))
    look.picto = rng.choice(("field", "section", "both", "field", "none"))
    look.frame = rng.choice(("square", "round", "plain"))
    look.number = rng.choice(("none", "circle", "plain", "none"))
    look.heads = rng.choice(("band", "rule", "plain", "box"))
    look.accent = ACCENTS[rng.randrange(len(ACCENTS))]
    look.mark = rng.choice(("cross", "xtext", "check", "cross"))
    look.qbold = rng.random() < 0.7
    look.abold = rng.random() < 0.35
    look.badge = rng.choice(("left", "right", "right", "none"))
    look.footer = rng.choice(("centre", "right"))
    look.notes = rng.choice((0.0, 0.3, 0.6, 0.9))
    keys = [f.key.removeprefix("flat_") for f in fields(doc)]
    if doc.zone:
        keys.append("zone")
    glossable = [k for k in dict.fromkeys(keys) if w.gloss(k)]
    rng.shuffle(glossable)
    look.gloss = tuple(glossable[:rng.choice((0, 1, 1, 2))])
    look.gap = rng.uniform(0.8, 1.2)
    look.empty_tick = rng.random() < 0.6
    look.intro_rule = rng.random() < 0.5
    for _ in range(20):
        phone = data.phone(rng)
        if phone not in taken:
            break
    look.contact = phone
    look.copy = isinstance(record, Identity) and rng.random() < 0.45
    vf = rng.random()
    look.vface = doc.faces.regular if vf < 0.6 else doc.faces.bold if vf < 0.8 else \
        _reg("DejaVuSansMono", "Courier")
    return look


def _e_lines(ex: _Ex, text: str, face: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for sentence in _sentences(text):
        out += _wrap(sentence, face, size, width) or [""]
    return out


def _e_header(ex: _Ex, first: bool) -> Blk:
    look, f, w, doc = ex.look, ex.f, ex.w, ex.doc
    sc = ex.scale
    size = look.qsize * sc
    ts = look.tsize * sc
    badge_w = size * 5.2 if look.badge != "none" else 0.0
    width = ex.x1 - ex.x0
    title = _wrap(doc.title, f.bold, ts, width - (badge_w + 10 if look.badge != "none" else 0))
    city = w.word("city").format(doc.city)
    office = w.word("office")
    top_h = max(size * 2.6, badge_w * 0.62 if badge_w else 0.0)
    h = top_h + len(title) * ts * 1.2 + size * 0.9
    if not first:
        h = size * 1.8

    def badge(x: float, top: float) -> None:
        c = ex.pen.c
        bw, bh = badge_w, badge_w * 0.58
        c.saveState()
        c.setFillColorRGB(*_mix(look.accent, 0.9))
        c.setStrokeColorRGB(*look.accent)
        c.setLineWidth(1.2)
        c.roundRect(x, top - bh, bw, bh, bh * 0.14, stroke=1, fill=1)
        _picto(ex.pen, "people", x + bw * 0.06, top - bh * 0.62, bh * 0.55, look.accent, "plain")
        _picto(ex.pen, "doc", x + bw * 0.36, top - bh * 0.62, bh * 0.55, look.accent, "plain")
        c.setFillColorRGB(*look.accent)
        label = w.word("badge")
        bs = min(size * 0.62, (bw * 0.9) / max(1.0, _sw(label, f.bold, 1.0)))
        c.setFont(f.bold, bs)
        c.drawCentredString(x + bw / 2, top - bh + bh * 0.1, label)
        c.restoreState()

    def draw(top: float) -> None:
        c = ex.pen.c
        if not first:
            c.setFillColorRGB(*look.accent)
            c.setFont(f.regular, size * 0.72)
            c.drawString(ex.x0, top - size * 0.8, doc.title)
            c.setStrokeColorRGB(*_mix(look.accent, 0.5))
            c.setLineWidth(0.8)
            c.line(ex.x0, top - size * 1.2, ex.x1, top - size * 1.2)
            c.setFillGray(0)
            c.setStrokeGray(0)
            return
        left = ex.x0
        if look.badge == "left":
            badge(ex.x0, top)
            left = ex.x0 + badge_w + 12
        elif look.badge == "right":
            badge(ex.x1 - badge_w, top)
        c.setFillColorRGB(*look.accent)
        c.setFont(f.bold, size * 0.95)
        c.drawString(left, top - size, city)
        c.setFont(f.regular, size * 0.75)
        c.drawString(left, top - size * 1.95, office)
        y = top - top_h
        c.setFillGray(0)
        c.setFont(f.bold, ts)
        for line in title:
            y -= ts * 1.05
            c.drawString(ex.x0, y, line)
            y -= ts * 0.15
        c.setFillGray(0)

    return Blk(h, draw, False)


def _e_intro(ex: _Ex) -> Blk:
    look, f = ex.look, ex.f
    size = look.qsize * ex.scale
    lines = _e_lines(ex, ex.doc.intro, f.regular, size, ex.x1 - ex.x0 - 10)
    extra = [ex.w.word("tick")] if ex.doc.kind == "form" and any(
        x.options for x in fields(ex.doc)) else []
    tick = _e_lines(ex, " ".join(extra), f.italic, size * 0.8, ex.x1 - ex.x0 - 10) if extra \
        else []
    h = len(lines) * size * 1.45 + len(tick) * size * 1.2 + size * 1.2

    def draw(top: float) -> None:
        c = ex.pen.c
        y = top - size * 0.2
        c.setFont(f.regular, size)
        for line in lines:
            y -= size * 1.45
            c.drawString(ex.x0, y + size * 0.35, line)
        c.setFont(f.italic, size * 0.8)
        c.setFillGray(0.25)
        for line in tick:
            y -= size * 1.2
            c.drawString(ex.x0, y + size * 0.3, line)
        c.setFillGray(0)
        if look.intro_rule:
            c.setStrokeColorRGB(*look.accent)
            c.setLineWidth(1.6)
            c.line(ex.x0, top - h + size * 0.35, ex.x0 + (ex.x1 - ex.x0) * 0.3,
                   top - h + size * 0.35)
            c.setStrokeGray(0)

    return Blk(h, draw, False)


def _e_head(ex: _Ex, key: str, text: str, breakable: bool = True) -> Blk:
    look, f = ex.look, ex.f
    hs = look.hsize * ex.scale
    pic = look.picto in ("section", "both")
    psize = hs * (1.45 if ex.compact else 1.7)
    indent = psize + hs * 0.5 if pic else (hs * 0.5 if look.heads in ("band", "box") else 0.0)
    lines = _wrap(text, f.bold, hs, ex.x1 - ex.x0 - indent - hs * 0.5)
    inner = max(len(lines) * hs * 1.2 + hs * 0.5, psize + hs * 0.3 if pic else 0.0)
    h = inner + hs * (0.6 if ex.compact else 0.85) * look.gap

    def draw(top: float) -> None:
        c = ex.pen.c
        y0 = top - hs * (0.3 if ex.compact else 0.45) * look.gap
        box_top, box_bot = y0, y0 - inner
        dark = look.heads == "band" and sum(look.accent) < 1.2
        if look.heads == "band":
            c.setFillColorRGB(*(look.accent if dark else _mix(look.accent, 0.82)))
            c.rect(ex.x0, box_bot, ex.x1 - ex.x0, inner, stroke=0, fill=1)
        elif look.heads == "box":
            c.setStrokeColorRGB(*look.accent)
            c.setLineWidth(1.4)
            c.roundRect(ex.x0, box_bot, ex.x1 - ex.x0, inner, hs * 0.35, stroke=1, fill=0)
        elif look.heads == "rule":
            c.setStrokeColorRGB(*look.accent)
            c.setLineWidth(2.0)
            c.line(ex.x0, box_bot, ex.x1, box_bot)
        if pic:
            _picto(ex.pen, PICTOS.get(key, "info"), ex.x0 + hs * 0.25,
                   box_bot + (inner - psize) / 2, psize,
                   (1.0, 1.0, 1.0) if dark else look.accent,
                   "plain" if dark else look.frame)
        c.setFillColorRGB(*((1.0, 1.0, 1.0) if dark else
                            (look.accent if look.heads != "plain" else (0.1, 0.1, 0.1))))
        c.setFont(f.bold, hs)
        y = box_top - (inner - len(lines) * hs * 1.2) / 2 - hs * 0.95
        for line in lines:
            c.drawString(ex.x0 + indent, y, line)
            y -= hs * 1.2
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, breakable)


def _badge_number(ex: _Ex, n: int, x: float, y: float, size: float) -> float:
    """The question's number at (x, y baseline); returns its width."""
    look = ex.look
    c = ex.pen.c
    if look.number == "circle":
        r = size * 0.72
        c.setFillColorRGB(*look.accent)
        c.circle(x + r, y + size * 0.33, r, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(ex.f.bold, size * 0.85)
        c.drawCentredString(x + r, y + size * 0.03, str(n))
        c.setFillGray(0)
        return r * 2 + size * 0.45
    if look.number == "plain":
        c.setFillColorRGB(*look.accent)
        c.setFont(ex.f.bold, size)
        c.drawString(x, y, f"{n}.")
        c.setFillGray(0)
        return size * 1.9
    return 0.0


def _number_width(ex: _Ex, size: float) -> float:
    return {"circle": size * 1.89, "plain": size * 1.9}.get(ex.look.number, 0.0)


def _e_field(ex: _Ex, flds: list[Fld], n: int, breakable: bool) -> Blk:
    """One question with its answer (several answers for repeated fields such as tenants)."""
    look, f, w = ex.look, ex.f, ex.w
    sc = ex.scale
    qs, asz, ns = look.qsize * sc, look.asize * sc, look.nsize * sc
    first = flds[0]
    x0 = ex.x0 + ex.pcol
    numw = _number_width(ex, qs)
    width = ex.x1 - x0
    values = [x.value for x in flds]
    vw_full = width - numw
    widest = max((_sw(v, ex.aface, asz) for v in values), default=0.0)
    style = look.answer
    if style == "mixed":
        style = "beside" if widest < vw_full * 0.4 and not first.options else "box"
    if ex.compact and not first.options and widest < vw_full * 0.42:
        style = "beside"
    if first.options or (len(flds) > 1 and style == "beside"):
        style = "box" if look.answer != "line" else "line"
    pad = asz * 0.42
    qw = vw_full * (0.55 if style == "beside" else 1.0)
    qlines = _wrap(first.label, ex.qface, qs, qw)
    qh = len(qlines) * qs * 1.28
    note = first.note if not ex.compact else ""
    nlines = _wrap(note, f.italic, ns, vw_full - ns * 1.6) if note else []
    box = asz * 1.05
    opt_rows: list[list[str]] = []
    ncol = 2 if ex.compact and len(first.options) >= 3 else 1
    colw = vw_full / ncol
    if first.options:
        for opt in first.options:
            opt_rows.append(_wrap(opt, f.regular, asz, colw - box - asz * 0.8) or [""])
        heights = [max(box, len(r) * asz * 1.22) + asz * 0.45 for r in opt_rows]
        ah = sum(max(heights[k:k + ncol]) for k in range(0, len(heights), ncol)) + asz * 0.2
    else:
        aw = vw_full if style != "beside" else vw_full - qw - qs * 0.6
        vlines = [_wrap(v, ex.aface, asz, aw - 2 * pad) or [""] for v in values]
        rows = sum(len(v) for v in vlines)
        if style == "line":
            ah = rows * asz * 1.6 + asz * 0.3
        else:
            ah = rows * asz * 1.25 + (2 * pad) * len(vlines) + asz * 0.35 * (len(vlines) - 1)
    empty = first.optional and not first.value and look.empty_tick
    eh = asz * 1.6 if empty else 0.0
    body = max(qh, ah) if style == "beside" else qh + qs * 0.4 + ah
    nh = len(nlines) * ns * 1.3 + ns * 0.5 if nlines else 0.0
    ph = qs * 2.6 if ex.pcol else 0.0
    h = max(body + eh + nh, ph) + qs * (0.6 if ex.compact else 0.85) * look.gap

    def draw(top: float) -> None:
        c = ex.pen.c
        y = top - qs * 0.95
        if ex.pcol:
            psize = qs * 2.5
            _picto(ex.pen, PICTOS.get(first.key.removeprefix("flat_"), "info"), ex.x0,
                   top - psize - qs * 0.1, psize, look.accent, look.frame)
        x = x0 + _badge_number(ex, n, x0, y, qs) if look.number != "none" else x0
        c.setFillGray(0.05)
        c.setFont(ex.qface, qs)
        for line in qlines:
            c.drawString(x, y, line)
            y -= qs * 1.28
        if style == "beside":
            ax = x + qw + qs * 0.6
            atop = top - qs * 0.1
        else:
            ax = x
            atop = top - qh - qs * 0.4
        aw = ex.x1 - ax
        if first.options:
            yy = atop - asz * 0.2
            for k, rows in enumerate(opt_rows):
                ox = ax + (k % ncol) * colw
                _mark(ex.pen, ox, yy - box, box, k == first.chosen, look.mark, look.accent,
                      f.bold)
                c.setFont(f.regular, asz)
                c.setFillGray(0.05)
                ty = yy - asz * 0.9
                for line in rows:
                    c.drawString(ox + box + asz * 0.5, ty, line)
                    ty -= asz * 1.22
                if k % ncol == ncol - 1 or k == len(opt_rows) - 1:
                    start = k - k % ncol
                    yy -= max(heights[start:start + ncol])
        else:
            yy = atop
            for k, v in enumerate(values):
                vl = _wrap(v, ex.aface, asz, aw - 2 * pad) or [""]
                if style == "line":
                    for line in vl:
                        yy -= asz * 1.6
                        c.setFillColorRGB(0.05, 0.05, 0.2)
                        c.setFont(ex.aface, asz)
                        c.drawString(ax + pad * 0.3, yy + asz * 0.35, line)
                        c.setStrokeColorRGB(*_mix(look.accent, 0.35))
                        c.setLineWidth(1.1)
                        c.line(ax, yy, ex.x1, yy)
                else:
                    bh = len(vl) * asz * 1.25 + 2 * pad
                    c.setFillColorRGB(*_mix(look.accent, 0.93))
                    c.setStrokeColorRGB(*_mix(look.accent, 0.2))
                    c.setLineWidth(1.3)
                    c.roundRect(ax, yy - bh, aw, bh, asz * 0.3, stroke=1, fill=1)
                    c.setFillColorRGB(0.05, 0.05, 0.2)
                    c.setFont(ex.aface, asz)
                    ty = yy - pad - asz * 0.92
                    for line in vl:
                        c.drawString(ax + pad, ty, line)
                        ty -= asz * 1.25
                    yy -= bh + asz * 0.35
                del k
        c.setFillGray(0)
        c.setStrokeGray(0)
        ny = top - body - asz * 0.2
        if empty:
            _mark(ex.pen, x, ny - asz * 1.1, asz * 0.9, True, look.mark, look.accent, f.bold)
            c.setFont(f.regular, asz * 0.85)
            c.drawString(x + asz * 1.4, ny - asz * 0.95, w.word("not_there"))
            ny -= eh
        if nlines:
            _picto(ex.pen, "info", x, ny - ns * 1.35, ns * 1.3, look.accent, "plain")
            c.setFont(f.italic, ns)
            c.setFillGray(0.3)
            yy = ny - ns * 1.05
            for line in nlines:
                c.drawString(x + ns * 1.6, yy, line)
                yy -= ns * 1.3
            c.setFillGray(0)

    return Blk(h, draw, breakable)


def _e_fact(ex: _Ex, f: Fld, breakable: bool) -> Blk:
    """One statement and its value (an explanatory copy)."""
    look, fc = ex.look, ex.f
    sc = ex.scale
    qs, asz = look.qsize * sc, look.asize * sc
    x0 = ex.x0 + ex.pcol
    width = ex.x1 - x0
    style = "table" if ex.compact else look.facts
    if style == "table":
        lw = width * 0.5
        llines = _wrap(f.label, fc.regular, qs, lw - 8)
        vlines = _wrap(f.value, ex.aface, asz, width - lw - 6) or [""]
        body = max(len(llines) * qs * 1.28, len(vlines) * asz * 1.25)
        h = max(body + qs * (0.55 if ex.compact else 0.9) * look.gap,
                qs * 2.7 if ex.pcol else 0.0)
    else:
        llines = _wrap(f.label, fc.regular, qs, width - (qs if style == "card" else 0))
        vlines = _wrap(f.value, ex.aface, asz, width - qs * 1.4) or [""]
        body = len(llines) * qs * 1.28 + len(vlines) * asz * 1.28 + qs * 0.35
        if style == "card":
            body += qs * 0.9
        h = max(body + qs * 0.85 * look.gap, qs * 2.7 if ex.pcol else 0.0)

    def draw(top: float) -> None:
        c = ex.pen.c
        if ex.pcol:
            psize = qs * 2.5
            _picto(ex.pen, PICTOS.get(f.key, "info"), ex.x0, top - psize - qs * 0.1, psize,
                   look.accent, look.frame)
        if style == "table":
            y = top - qs * 0.95
            c.setFont(fc.regular, qs)
            c.setFillGray(0.15)
            for line in llines:
                c.drawString(x0, y, line)
                y -= qs * 1.28
            c.setFillColorRGB(0.05, 0.05, 0.2)
            c.setFont(ex.aface if look.abold else fc.bold, asz)
            y = top - asz * 0.95
            for line in vlines:
                c.drawString(x0 + width * 0.5, y, line)
                y -= asz * 1.25
            c.setStrokeColorRGB(*_mix(look.accent, 0.6))
            c.setLineWidth(0.7)
            c.line(x0, top - body - qs * 0.35, ex.x1, top - body - qs * 0.35)
        else:
            if style == "card":
                c.setFillColorRGB(*_mix(look.accent, 0.93))
                c.setStrokeColorRGB(*look.accent)
                c.setLineWidth(1.0)
                c.roundRect(x0, top - body, width, body, qs * 0.4, stroke=1, fill=1)
            inset = qs * 0.5 if style == "card" else 0.0
            y = top - qs * 0.95 - inset
            c.setFillGray(0.15)
            c.setFont(fc.regular, qs)
            for line in llines:
                c.drawString(x0 + inset, y, line)
                y -= qs * 1.28
            c.setFillColorRGB(*look.accent)
            y -= asz * 0.15
            bar_bot = y - (len(vlines) - 1) * asz * 1.28 - asz * 0.3
            c.rect(x0 + inset, bar_bot, qs * 0.22, y + asz * 0.95 - bar_bot, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.2)
            c.setFont(fc.bold if not look.abold else ex.aface, asz)
            for line in vlines:
                c.drawString(x0 + inset + qs * 0.7, y, line)
                y -= asz * 1.28
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, breakable)


def _e_box(ex: _Ex, head: str, text: str, icon: str, pale: bool) -> Blk:
    """A framed box: an icon, a bold head line and sentences (important notes, hard words)."""
    look, f = ex.look, ex.f
    sc = ex.scale
    ns = look.nsize * sc * (1.25 if not pale else 1.08)
    isz = ns * 2.4
    width = ex.x1 - ex.x0 - isz - ns * 2.0
    lines = _e_lines(ex, text, f.regular, ns, width)
    bold = ""
    if pale and " bedeutet" in text:
        bold = text.split(" bedeutet")[0]
    inner = max(isz, ns * 1.4 + len(lines) * ns * 1.38) + ns * 1.2
    h = inner + look.qsize * sc * 0.9

    def draw(top: float) -> None:
        c = ex.pen.c
        yb = top - inner - look.qsize * sc * 0.25
        c.setFillColorRGB(*_mix(look.accent, 0.9 if pale else 0.95))
        c.setStrokeColorRGB(*look.accent)
        c.setLineWidth(1.2 if pale else 2.0)
        c.roundRect(ex.x0, yb, ex.x1 - ex.x0, inner, ns * 0.5, stroke=1, fill=1)
        _picto(ex.pen, icon, ex.x0 + ns * 0.6, yb + inner - isz - ns * 0.6, isz, look.accent,
               "plain")
        x = ex.x0 + isz + ns * 1.3
        y = yb + inner - ns * 1.55
        c.setFillColorRGB(*look.accent)
        c.setFont(f.bold, ns)
        c.drawString(x, y, head)
        c.setFillColorRGB(0.08, 0.08, 0.08)
        for k, line in enumerate(lines):
            y -= ns * 1.38
            if k == 0 and bold and line.startswith(bold):
                c.setFont(f.bold, ns)
                c.drawString(x, y, bold)
                c.setFont(f.regular, ns)
                c.drawString(x + _sw(bold, f.bold, ns), y, line[len(bold):])
            else:
                c.setFont(f.regular, ns)
                c.drawString(x, y, line)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, True)


def _e_sign(ex: _Ex) -> list[Blk]:
    look, f, w, doc = ex.look, ex.f, ex.w, ex.doc
    sc = ex.scale
    qs = look.qsize * sc
    day = ex.s.date(doc.printed or data.REFERENCE_DATE)
    place = w.word("place_date").format(doc.city, day)
    text = w.word("sign_text")
    cap = w.word("signature")
    seed = doc.furniture[0].toordinal() if doc.furniture else 1
    h = qs * 7.6

    def draw(top: float) -> None:
        c = ex.pen.c
        y = top - qs * 1.4
        _mark(ex.pen, ex.x0, y - qs * 0.15, qs * 1.0, True, look.mark, look.accent, f.bold)
        c.setFont(f.regular, qs)
        c.drawString(ex.x0 + qs * 1.6, y, text)
        y -= qs * 2.0
        c.drawString(ex.x0, y, place)
        base = y - qs * 3.0
        c.setStrokeColorRGB(*look.accent)
        c.setLineWidth(1.2)
        c.line(ex.x0, base, ex.x0 + (ex.x1 - ex.x0) * 0.62, base)
        _signature(ex.pen, ex.x0 + 30, base + 6, random.Random(seed))
        _picto(ex.pen, "pen", ex.x0 + (ex.x1 - ex.x0) * 0.64, base - qs * 0.2, qs * 2.0,
               look.accent, "plain")
        c.setFillGray(0.3)
        c.setFont(f.regular, qs * 0.72)
        c.drawString(ex.x0, base - qs * 0.95, cap)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return [_e_head(ex, "sign", w.head("sign")), Blk(h, draw, False)]


def _e_contact(ex: _Ex) -> list[Blk]:
    look, f, w = ex.look, ex.f, ex.w
    qs = look.qsize * ex.scale * 0.92
    text = w.word("contact").format(look.contact)
    hours = w.word("hours")
    lines = _e_lines(ex, text, f.regular, qs, ex.x1 - ex.x0 - qs * 3) + \
        _e_lines(ex, hours, f.regular, qs, ex.x1 - ex.x0 - qs * 3)
    h = len(lines) * qs * 1.42 + qs * 1.2

    def draw(top: float) -> None:
        c = ex.pen.c
        _picto(ex.pen, "phone", ex.x0, top - qs * 2.4, qs * 2.2, look.accent, look.frame)
        c.setFont(f.regular, qs)
        y = top - qs * 0.4
        for line in lines:
            y -= qs * 1.42
            c.drawString(ex.x0 + qs * 2.8, y + qs * 0.3, line)

    return [_e_head(ex, "contact_office", w.head("contact_office")), Blk(h, draw, False)]


def _e_zone(ex: _Ex) -> list[Blk]:
    look, f, w, doc = ex.look, ex.f, ex.w, ex.doc
    sc = ex.scale
    qs = look.qsize * sc
    lines = _e_lines(ex, w.word("zone_text"), f.regular, qs, ex.x1 - ex.x0)
    here = w.word("zone_here")
    face = mrz_font()
    width = ex.x1 - ex.x0 - qs * 1.6
    size = min(qs * 1.05, width / _sw("<" * len(doc.zone[0]), face, 1.0))
    zh = len(doc.zone) * size * 1.55 + qs * 1.2
    h = len(lines) * qs * 1.42 + qs * 1.6 + zh + qs * 0.8
    out = [_e_head(ex, "zone", w.head("zone"))]

    def draw(top: float) -> None:
        c = ex.pen.c
        y = top
        c.setFont(f.regular, qs)
        for line in lines:
            y -= qs * 1.42
            c.drawString(ex.x0, y + qs * 0.3, line)
        y -= qs * 1.4
        c.setFont(f.bold, qs)
        c.drawString(ex.x0, y + qs * 0.3, here)
        y -= qs * 0.4
        c.setFillColorRGB(0.96, 0.96, 0.94)
        c.setStrokeColorRGB(*look.accent)
        c.setLineWidth(1.4)
        c.roundRect(ex.x0, y - zh, ex.x1 - ex.x0, zh, qs * 0.3, stroke=1, fill=1)
        c.setFillGray(0)
        c.setFont(face, size)
        ly = y - qs * 0.6 - size
        for line in doc.zone:
            c.drawString(ex.x0 + qs * 0.8, ly, line)
            ly -= size * 1.55
        c.setStrokeGray(0)

    out.append(Blk(h, draw, False))
    return out


def _e_copy(ex: _Ex) -> list[Blk]:
    record = ex.record
    assert isinstance(record, Identity)
    look, f, w = ex.look, ex.f, ex.w
    qs = look.qsize * ex.scale
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(1.15, (ex.x1 - ex.x0) * 0.9 / bw, 300 * ex.scale / bh)
    w0, h0 = _card_size(record, part, scale)
    seed = ex.doc.furniture[0].toordinal() + 7 if ex.doc.furniture else 7
    h = qs * 2.0 + h0 + qs * 1.2
    here = w.word("copy_here")

    def draw(top: float) -> None:
        c = ex.pen.c
        c.setFont(f.bold, qs)
        c.drawString(ex.x0, top - qs * 1.2, here)
        r = random.Random(seed)
        _draw_copy(ex.pen, record, part, ex.x0 + (ex.x1 - ex.x0 - w0) / 2, top - qs * 2.0,
                   scale, r.choice(VIZ_STYLES), r, True)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return [Blk(h, draw, True)]


def _e_blocks(ex: _Ex) -> list[Blk]:
    doc, w, look = ex.doc, ex.w, ex.look
    blocks: list[Blk] = [_e_header(ex, True), _e_intro(ex)]
    glossed = set(look.gloss)
    n = 0
    for sec in doc.sections:
        items = [f for f in sec.items if f.value or doc.kind == "form"]
        if not items:
            continue
        blocks.append(_e_head(ex, sec.key, sec.head))
        k = 0
        while k < len(items):
            f = items[k]
            run = [f]
            while doc.kind == "form" and f.key == "tenant" and k + len(run) < len(items) and \
                    items[k + len(run)].key == "tenant":
                run.append(items[k + len(run)])
            n += 1
            brk = k > 0
            if doc.kind == "form":
                blocks.append(_e_field(ex, run, n, brk))
            else:
                blocks.append(_e_fact(ex, f, brk))
            base = f.key.removeprefix("flat_")
            if base in glossed and not ex.compact:
                blocks.append(_e_box(ex, w.word("gloss_head"), w.gloss(base), "info", True))
                glossed.discard(base)
            k += len(run)
    if doc.zone:
        if "zone" in glossed and not ex.compact:
            blocks.append(_e_box(ex, w.word("gloss_head"), w.gloss("zone"), "info", True))
        blocks += _e_zone(ex)
        if look.copy:
            blocks += _e_copy(ex)
    if doc.kind == "form":
        blocks += _e_sign(ex)
    else:
        note = w.word("cert_note") if doc.kind == "cert" else w.word("id_note")
        if doc.kind == "cert":
            office = next((f.value for f in fields(doc) if f.key == "registry_office"), "")
            city = office.removeprefix("Standesamt ") or doc.city
            note = f"{w.word('cert_made').format(city)} {w.word('seen')} {note}"
        if ex.compact:
            note = w.word("cert_note") if doc.kind == "cert" else w.word("id_note")
        blocks.append(_e_box(ex, w.word("important"), note, "warn", False))
    if not ex.compact:
        blocks += _e_contact(ex)
    return blocks


def _draw_easy(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
               pages: int) -> None:
    x0 = rng.uniform(50, 64)
    x1 = PAGE_W - rng.uniform(48, 62)
    ex = _Ex(pen, doc, _w(s), s, record, x0, x1)
    top = PAGE_H - rng.uniform(36, 48)
    bottom = rng.uniform(62, 72)
    look = doc.easy

    def build(compact: bool, scale: float) -> list[Blk]:
        ex.compact, ex.scale = compact, scale
        return _e_blocks(ex)

    rooms = (top - bottom, top - bottom - look.qsize * 1.9)
    one = tuple((False, sc) for sc in (1.0, 0.95, 0.9)) + \
        tuple((True, sc) for sc in (1.0, 0.95, 0.9, 0.86, 0.82))
    two = tuple((False, sc) for sc in (1.0, 0.95, 0.9)) + \
        tuple((True, sc) for sc in (1.0, 0.96, 0.92, 0.88, 0.84, 0.8, 0.76, 0.72, 0.68, 0.64,
                                    0.6, 0.55, 0.5))
    chunks, compact, scale = _paginate(build, pages, rooms, one, two)
    ex.compact, ex.scale = compact, scale
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    f = doc.faces
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
            y = top
            head = _e_header(ex, False)
            head.draw(y)
            y -= head.height
        else:
            y = top
        for b in chunk:
            b.draw(y)
            y -= b.height
        c = pen.c
        size = look.qsize * 0.72
        c.setStrokeColorRGB(*_mix(look.accent, 0.4))
        c.setLineWidth(0.8)
        c.line(x0, bottom - size * 0.5, x1, bottom - size * 0.5)
        c.setFillColorRGB(*look.accent)
        c.setFont(f.bold, size)
        text = ex.w.word("page").format(k + 1, count)
        if look.footer == "right":
            c.drawRightString(x1, bottom - size * 3.0, text)
        else:
            c.drawCentredString((x0 + x1) / 2, bottom - size * 3.0, text)
        if k < count - 1:  # below the rule, above the page counter
            hint = ex.w.word("next")
            c.setFont(f.regular, size)
            hy = bottom - size * 1.75
            c.drawRightString(x1 - size * 2.4, hy, hint)
            ax = x1 - size * 1.9
            ay = hy + size * 0.3
            c.setStrokeColorRGB(*look.accent)
            c.setLineWidth(2.0)
            c.line(ax, ay, ax + size * 1.5, ay)
            c.line(ax + size * 1.5, ay, ax + size * 0.9, ay + size * 0.5)
            c.line(ax + size * 1.5, ay, ax + size * 0.9, ay - size * 0.5)
        c.setFillGray(0)
        c.setStrokeGray(0)


# --- stickers ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    """One printed field of the form: its printed label, its fields and how its value is there
    (``label`` a sticker, ``typed`` / ``printed`` text, ``choice`` printed options, ``blank``)."""

    label: str
    flds: list[Fld]
    kind: str
    sticker: Label | None = None
    need: float = 0.0
    frac: float = 1.0
    num: str = ""


@dataclass(slots=True)
class _Sx:
    pen: Pen
    doc: Doc
    w: Extra31Wording
    s: Style
    record: Record
    x0: float
    x1: float
    scale: float = 1.0
    later: list[Callable[[], None]] = field(default_factory=list)

    @property
    def look(self) -> StickLook:
        return self.doc.stick

    @property
    def f(self) -> Set4:
        return self.doc.faces


def _label_text(lab: Label) -> list[tuple[str, str]]:
    """(key, text) per line of a label."""
    out = []
    for k, line in enumerate(lab.lines):
        key = lab.keys[k] if k < len(lab.keys) else ""
        out.append((key, " ".join(f.value for f in line)))
    return out


def _label_size(sx: _Sx, lab: Label) -> tuple[float, float, float]:
    """(width, height, type size) of a label at the current scale."""
    look = sx.look
    size = look.ssize * sx.scale * lab.big
    lines = _label_text(lab)
    keyw = max((_sw(k, look.sface, size) for k, _t in lines if k), default=0.0)
    tab = keyw + size * 1.2 if keyw else 0.0
    tw = max(_sw(t, look.sface, size) for _k, t in lines) + tab
    pad = size * 0.6
    bar = size * 1.9 if lab.bar == "left" else 0.0
    w = max(tw, _sw(lab.ref, look.sface, size * 0.66) + pad) + bar + 2 * pad
    h = len(lines) * size * 1.3 + 2 * pad - size * 0.3
    if lab.ref:
        h += size * 0.95
    if lab.bar == "bottom":
        h += size * 1.3
    return w, h, size


def _paste(sx: _Sx, lab: Label, x: float, top: float) -> None:
    """Draw a label with its top left corner near (x, top), off by its own shift and turn."""
    look = sx.look
    w, h, size = _label_size(sx, lab)
    lines = _label_text(lab)
    keyw = max((_sw(k, look.sface, size) for k, _t in lines if k), default=0.0)
    tab = keyw + size * 1.2 if keyw else 0.0
    pad = size * 0.6
    bar = size * 1.9 if lab.bar == "left" else 0.0
    cx = x + w / 2 + lab.dx * sx.scale
    cy = top - h / 2 + (lab.dy + lab.lift) * sx.scale
    c = sx.pen.c
    r = random.Random(lab.seed)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(lab.angle)
    x0, y0 = -w / 2, -h / 2

    def outline(dx: float, dy: float, fill: RGB, stroke: bool) -> None:
        c.setFillColorRGB(*fill)
        c.setStrokeColorRGB(0.55, 0.55, 0.55)
        c.setLineWidth(look.border)
        if lab.corner == "round":
            c.roundRect(x0 + dx, y0 + dy, w, h, size * 0.45, stroke=int(stroke), fill=1)
        elif lab.corner == "cut":
            k = size * 0.5
            path = c.beginPath()
            path.moveTo(x0 + dx + k, y0 + dy)
            path.lineTo(x0 + dx + w - k, y0 + dy)
            path.lineTo(x0 + dx + w, y0 + dy + k)
            path.lineTo(x0 + dx + w, y0 + dy + h - k)
            path.lineTo(x0 + dx + w - k, y0 + dy + h)
            path.lineTo(x0 + dx + k, y0 + dy + h)
            path.lineTo(x0 + dx, y0 + dy + h - k)
            path.lineTo(x0 + dx, y0 + dy + k)
            path.close()
            c.drawPath(path, stroke=int(stroke), fill=1)
        else:
            c.rect(x0 + dx, y0 + dy, w, h, stroke=int(stroke), fill=1)

    if look.shadow:
        outline(size * 0.18, -size * 0.2, (0.78, 0.78, 0.78), False)
    outline(0.0, 0.0, lab.tint, True)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    if lab.bar == "left":
        bx = x0 + pad * 0.6
        while bx < x0 + pad * 0.6 + bar - size * 0.4:
            bw = r.choice((0.35, 0.6, 0.9, 1.3)) * size * 0.18
            c.rect(bx, y0 + pad * 0.7, bw, h - pad * 1.4, stroke=0, fill=1)
            bx += bw + r.choice((0.4, 0.7, 1.0)) * size * 0.18
    ty = y0 + h - pad - size * 0.78
    for key, text in lines:
        tx = x0 + pad + bar
        if key:
            c.setFont(look.sface, size)
            c.drawString(tx, ty, key)
            tx += tab
        c.setFont(look.sface, size)
        c.drawString(tx, ty, text)
        ty -= size * 1.3
    if lab.bar == "bottom":
        bx = x0 + pad
        by = ty + size * 0.05
        while bx < x0 + w - pad:
            bw = r.choice((0.35, 0.6, 0.9, 1.3)) * size * 0.16
            c.rect(bx, by, bw, size * 0.95, stroke=0, fill=1)
            bx += bw + r.choice((0.4, 0.7, 1.0)) * size * 0.16
    if lab.ref:
        c.setFont(look.sface, size * 0.66)
        c.setFillGray(0.35)
        c.drawRightString(x0 + w - pad * 0.7, y0 + pad * 0.45, lab.ref)
    c.restoreState()


def _dot(sx: _Sx, x: float, y: float, r: float, seed: float) -> None:
    """A round dot label stuck on a chosen box, with a printed cross."""
    rr = random.Random(seed)
    c = sx.pen.c
    c.saveState()
    c.setFillColorRGB(*sx.look.dot)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setLineWidth(0.4)
    cx, cy = x + rr.uniform(-r * 0.3, r * 0.3), y + rr.uniform(-r * 0.3, r * 0.3)
    c.circle(cx, cy, r, stroke=1, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    c.setFont(sx.look.sface, r * 1.3)
    c.drawCentredString(cx, cy - r * 0.45, "X")
    c.restoreState()


def _s_cells(sx: _Sx, sec: Sec) -> list[Cell]:
    doc, look = sx.doc, sx.look
    cells: list[Cell] = []
    seen: set[int] = set()
    for f in sec.items:
        if f.mode == "printed" and f.key == "registry_office" and doc.kind == "cert":
            continue  # the certificate's own print carries it
        if f.group >= 0 and f.group in seen:
            continue
        if f.options:
            cells.append(Cell(f.label, [f], "choice"))
        elif f.mode in ("typed", "printed"):
            cells.append(Cell(f.label, [f], f.mode))
        elif not f.value:
            cells.append(Cell(f.label, [f], "blank"))
        else:
            lab = look.labels[f.group]
            seen.add(f.group)
            cells.append(Cell(f.label, [x for line in lab.lines for x in line], "label", lab))
    return cells


def _cell_need(sx: _Sx, cell: Cell) -> float:
    look = sx.look
    ls = look.lsize * sx.scale
    lw = _sw(cell.num + cell.label, sx.f.regular, ls) * (0.55 if look.label_pos == "above" else
                                                          1.0) + 10
    if cell.kind == "label" and cell.sticker is not None:
        w, _h, _s = _label_size(sx, cell.sticker)
        need = w + abs(cell.sticker.dx) + 14
    elif cell.kind == "choice":
        f = cell.flds[0]
        need = sum(_sw(o, sx.f.regular, ls * 1.15) + ls * 3 for o in f.options)
        need = min(need, (sx.x1 - sx.x0) * 0.98)
    else:
        face = look.typed_face if cell.kind == "typed" else sx.f.regular
        need = _sw(cell.flds[0].value or "", face, look.ssize * sx.scale * 1.1) + 20
    if look.label_pos == "left":
        return max(need + (sx.x1 - sx.x0) * 0.32, lw)
    return max(need, lw)


def _rows(sx: _Sx, cells: list[Cell]) -> list[list[Cell]]:
    width = sx.x1 - sx.x0
    fracs: tuple[float, ...] = (1 / 3, 1 / 2, 2 / 3, 1.0) if sx.look.cols >= 3 else (1 / 2, 1.0)
    if sx.look.cols == 1 or sx.look.label_pos == "left":
        fracs = (1.0,)
    for cell in cells:
        need = _cell_need(sx, cell)
        cell.frac = next((fr for fr in fracs if fr * width >= need), 1.0)
        if cell.kind == "choice" and len(cell.flds[0].options) > 3:
            cell.frac = 1.0
    rows: list[list[Cell]] = [[]]
    used = 0.0
    for cell in cells:
        if rows[-1] and used + cell.frac > 1.0001:
            rows.append([])
            used = 0.0
        rows[-1].append(cell)
        used += cell.frac
    for row in rows:
        total = sum(cl.frac for cl in row)
        for cl in row:
            cl.frac /= total
    return [r for r in rows if r]


def _choice_rows(sx: _Sx, f: Fld, width: float, size: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    for k, opt in enumerate(f.options):
        wd = size * 1.6 + _sw(opt, sx.f.regular, size) + size * 1.6
        if rows[-1] and x + wd > width:
            rows.append([])
            x = 0.0
        rows[-1].append(k)
        x += wd
    return rows


def _s_row(sx: _Sx, row: list[Cell], breakable: bool) -> Blk:
    look, f = sx.look, sx.f
    sc = sx.scale
    ls = look.lsize * sc
    width = sx.x1 - sx.x0
    above = look.label_pos == "above"
    lab_h = ls * 1.55 if above else 0.0
    heights = []
    for cell in row:
        cw = cell.frac * width
        if cell.kind == "label" and cell.sticker is not None:
            _w0, hh, _s = _label_size(sx, cell.sticker)
            ah = hh + 8 * sc
        elif cell.kind == "choice":
            opts = _choice_rows(sx, cell.flds[0], cw * (0.66 if look.label_pos == "left"
                                                         else 0.95), ls * 1.15)
            ah = len(opts) * ls * 2.0 + ls * 0.8
        else:
            ah = 0.0
        if look.label_pos == "inside":
            ah += ls * 1.5
        heights.append(max(look.area_h * sc, ah))
    area_h = max(heights)
    h = lab_h + area_h + look.row_gap * sc

    def draw(top: float) -> None:
        c = sx.pen.c
        x = sx.x0
        for cell in row:
            cw = cell.frac * width
            c.setFillColorRGB(*look.ink)
            c.setFont(f.regular, ls)
            text = cell.num + cell.label
            ax, aw = x, cw - 5 * sc
            atop = top - lab_h
            if above:
                c.drawString(x + 1, top - ls * 1.15, text)
            elif look.label_pos == "left":
                lw = cw * 0.32
                for k, line in enumerate(_wrap(text, f.regular, ls, lw - 6)[:3]):
                    c.drawString(x + 1, top - ls * 1.3 - k * ls * 1.2, line)
                ax, aw = x + lw, cw - lw - 5 * sc
            # the answer area
            ab = atop - area_h
            c.setStrokeColorRGB(*look.ink)
            c.setLineWidth(0.6)
            if look.area == "box":
                if look.area_fill is not None:
                    c.setFillColorRGB(*look.area_fill)
                c.rect(ax, ab, aw, area_h, stroke=1, fill=int(look.area_fill is not None))
            elif look.area == "cells":
                c.rect(ax, ab, aw, area_h, stroke=1, fill=0)
                c.setLineWidth(0.3)
                c.line(ax, ab + 3 * sc, ax + aw, ab + 3 * sc)
            else:
                c.line(ax, ab + 2, ax + aw, ab + 2)
            if look.label_pos == "inside":
                c.setFillColorRGB(*look.ink)
                c.setFont(f.regular, ls)
                c.drawString(ax + 2, atop - ls * 1.1, text)
                inner_top = atop - ls * 1.5
            else:
                inner_top = atop
            c.setFillGray(0)
            _s_fill(sx, cell, ax, aw, inner_top, ab)
            x += cw
        c.setStrokeGray(0)
        c.setFillGray(0)

    return Blk(h, draw, breakable)


def _s_fill(sx: _Sx, cell: Cell, ax: float, aw: float, top: float, bottom: float) -> None:
    """The value in its area: a label pasted (drawn after the page's print), typed text,
    the form's own print, or printed options with the chosen one marked."""
    look, f = sx.look, sx.f
    sc = sx.scale
    c = sx.pen.c
    fld = cell.flds[0]
    size = look.ssize * sc * 1.1
    if cell.kind == "label" and cell.sticker is not None:
        lab = cell.sticker
        sx.later.append(partial(_paste, sx, lab, ax + 3 * sc, top - 3 * sc))
    elif cell.kind == "typed":
        c.setFillColorRGB(0.08, 0.08, 0.12)
        c.setFont(look.typed_face, size)
        c.drawString(ax + 5 * sc, bottom + (top - bottom) * 0.3, fld.value)
    elif cell.kind == "printed":
        c.setFillColorRGB(*look.ink)
        c.setFont(f.bold, size)
        c.drawString(ax + 5 * sc, bottom + (top - bottom) * 0.3, fld.value)
    elif cell.kind == "blank":
        c.setFillColorRGB(*_mix(look.ink, 0.35))
        c.setFont(f.italic, look.lsize * sc)
        c.drawString(ax + 5 * sc, bottom + (top - bottom) * 0.3, sx.w.word("blank"))
    elif cell.kind == "choice":
        ls = look.lsize * sc * 1.15
        rows = _choice_rows(sx, fld, aw - 6, ls)
        y = top - ls * 1.6
        for row in rows:
            x = ax + 5 * sc
            for k in row:
                box = ls * 1.05
                c.setStrokeColorRGB(*look.ink)
                c.setLineWidth(0.7)
                c.rect(x, y - ls * 0.15, box, box, stroke=1, fill=0)
                if k == fld.chosen:
                    bx, by = x + box / 2, y - ls * 0.15 + box / 2
                    if look.choice_mark == "dot":
                        seed = fld.chosen + sc
                        sx.later.append(partial(_dot, sx, bx, by, ls * 0.75, seed))
                    else:
                        c.setFillColorRGB(0.08, 0.08, 0.12)
                        c.setFont(look.typed_face, ls * 1.2)
                        c.drawCentredString(bx + ls * 0.1, y, "X")
                c.setFillColorRGB(*look.ink)
                c.setFont(f.regular, ls)
                c.drawString(x + box + ls * 0.45, y, fld.options[k])
                x += box + ls * 0.45 + _sw(fld.options[k], f.regular, ls) + ls * 1.6
            y -= ls * 1.75
        c.setFillGray(0)


def _s_head(sx: _Sx, text: str) -> Blk:
    look, f = sx.look, sx.f
    hs = look.hsize * sx.scale
    h = hs * 2.3

    def draw(top: float) -> None:
        c = sx.pen.c
        y = top - hs * 1.55
        if look.heads == "band":
            c.setFillColorRGB(*look.band)
            c.rect(sx.x0, y - hs * 0.4, sx.x1 - sx.x0, hs * 1.45, stroke=0, fill=1)
        elif look.heads == "line":
            c.setStrokeColorRGB(*look.ink)
            c.setLineWidth(1.0)
            c.line(sx.x0, y - hs * 0.4, sx.x1, y - hs * 0.4)
        c.setFillColorRGB(*look.ink)
        c.setFont(f.bold, hs)
        c.drawString(sx.x0 + 3, y, text)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, True)


def _s_header(sx: _Sx) -> Blk:
    look, f, doc, w = sx.look, sx.f, sx.doc, sx.w
    sc = sx.scale
    ts = look.tsize * sc
    small = look.lsize * sc * 1.1
    title = _wrap(doc.title, f.bold, ts, (sx.x1 - sx.x0) * 0.7)
    instr = w.word("instruction") if look.instruction else ""
    ilines = _wrap(instr, f.italic, small, sx.x1 - sx.x0) if instr else []
    choices = any(x.options for x in fields(doc))
    tick = w.word("ticks") if choices and doc.kind == "form" else ""
    intro = w.word("cert_intro") if doc.kind == "cert" and look.arrange == "block" and \
        look.cert_intro else ""
    clines = _wrap(intro, f.regular, small * 1.1, sx.x1 - sx.x0) if intro else []
    h = small * 4.2 + len(title) * ts * 1.25 + len(ilines) * small * 1.3 + \
        (small * 1.3 if tick else 0.0) + small * 1.2 + len(clines) * small * 1.6
    if doc.kind == "cert":
        h += ts * 1.6

    def draw(top: float) -> None:
        c = sx.pen.c
        c.setFillColorRGB(*look.ink)
        y = top - small * 1.2
        if doc.kind == "cert":
            reg = next(x for x in fields(doc) if x.key == "registry_office")
            c.setFont(f.bold, ts * 1.05)
            c.drawCentredString((sx.x0 + sx.x1) / 2, y - ts * 0.2, reg.value)
            y -= ts * 1.6
        else:
            c.setFont(f.bold, small * 1.15)
            c.drawString(sx.x0, y, look.authority)
            c.setFont(f.regular, small)
            c.drawString(sx.x0, y - small * 1.3, look.unit)
        bw = 110 * sc
        bx = sx.x1 - bw
        c.setLineWidth(0.6)
        c.setStrokeColorRGB(*look.ink)
        c.rect(bx, top - small * 3.4, bw, small * 3.1, stroke=1, fill=0)
        c.setFont(f.regular, small * 0.9)
        c.drawString(bx + 4, top - small * 1.3, look.form_no)
        c.drawString(bx + 4, top - small * 2.5, look.edition)
        y = top - small * 4.2
        c.setFont(f.bold, ts)
        for line in title:
            y -= ts * 1.1
            if doc.kind == "cert":
                c.drawCentredString((sx.x0 + sx.x1) / 2, y, line)
            else:
                c.drawString(sx.x0, y, line)
            y -= ts * 0.15
        c.setFont(f.italic, small)
        for line in ilines:
            y -= small * 1.3
            c.drawString(sx.x0, y, line)
        if tick:
            y -= small * 1.3
            c.drawString(sx.x0, y, tick)
        c.setFont(f.regular, small * 1.1)
        for line in clines:
            y -= small * 1.6
            c.drawString(sx.x0, y, line)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, False)


def _s_data_block(sx: _Sx, labs: list[Label], heads: list[str]) -> Blk:
    """Certificates: a printed frame per data-block label, the label pasted into it."""
    look, f = sx.look, sx.f
    sc = sx.scale
    hs = look.hsize * sc
    sizes = [_label_size(sx, lab) for lab in labs]
    room = 1.5 if look.roomy else 1.15
    h = sum(hh * room + hs * 2.2 + 12 * sc for _w0, hh, _s in sizes) + 8 * sc

    def draw(top: float) -> None:
        c = sx.pen.c
        y = top
        for lab, head, (lw, lh, _s) in zip(labs, heads, sizes, strict=True):
            c.setFillColorRGB(*look.ink)
            c.setFont(f.bold, hs)
            c.drawString(sx.x0 + 2, y - hs * 1.1, head)
            frame_top = y - hs * 1.6
            fh = lh * room + 14 * sc
            c.setStrokeColorRGB(*_mix(look.ink, 0.3))
            c.setLineWidth(0.5)
            c.setDash(2, 2)
            c.rect(sx.x0, frame_top - fh, sx.x1 - sx.x0, fh, stroke=1, fill=0)
            c.setDash()
            x = sx.x0 + 8 * sc + (sx.x1 - sx.x0 - lw - 16 * sc) * look.block_at
            t = frame_top - (fh - lh) / 2
            sx.later.append(partial(_paste, sx, lab, x, t))
            y = frame_top - fh - hs * 0.6 - 4 * sc
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, True)


def _s_sign(sx: _Sx) -> Blk:
    look, f, w, doc = sx.look, sx.f, sx.w, sx.doc
    sc = sx.scale
    ls = look.lsize * sc
    h = 58 * sc
    seed = doc.furniture[0].toordinal() if doc.furniture else 3
    place = f"{doc.city}, {sx.s.date(doc.printed or data.REFERENCE_DATE)}"

    def draw(top: float) -> None:
        c = sx.pen.c
        base = top - 40 * sc
        mid = (sx.x0 + sx.x1) / 2
        c.setStrokeColorRGB(*look.ink)
        c.setLineWidth(0.6)
        c.line(sx.x0, base, mid - 15, base)
        c.line(mid + 15, base, sx.x1, base)
        c.setFillColorRGB(*look.ink)
        c.setFont(f.regular, ls)
        c.drawString(sx.x0, base - ls * 1.3, w.word("place_date"))
        c.drawString(mid + 15, base - ls * 1.3, w.word("sign"))
        c.setFillColorRGB(0.08, 0.08, 0.12)
        c.setFont(look.typed_face, look.ssize * sc * 1.1)
        c.drawString(sx.x0 + 6, base + 5, place)
        _signature(sx.pen, mid + 50, base + 6, random.Random(seed))
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, False, look.foot)


def _s_office(sx: _Sx) -> Blk:
    look, f, w = sx.look, sx.f, sx.w
    sc = sx.scale
    ls = look.lsize * sc
    h = 62 * sc

    def draw(top: float) -> None:
        c = sx.pen.c
        y = top - 6 * sc
        c.setStrokeColorRGB(*look.ink)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(sx.x0, y - 50 * sc, sx.x1 - sx.x0, 50 * sc, stroke=1, fill=0)
        c.setDash()
        c.setFillColorRGB(*look.ink)
        c.setFont(f.bold, ls)
        c.drawString(sx.x0 + 4, y - ls * 1.3, w.word("office_box"))
        c.setFont(f.regular, ls)
        c.drawString(sx.x0 + 4, y - 46 * sc, w.word("clerk"))
        c.rect(sx.x1 - 120 * sc, y - 46 * sc, 112 * sc, 38 * sc, stroke=1, fill=0)
        c.drawString(sx.x1 - 116 * sc, y - 16 * sc, w.word("received"))
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, False, look.foot)


def _s_zone(sx: _Sx) -> list[Blk]:
    look, doc = sx.look, sx.doc
    sc = sx.scale
    face = mrz_font()
    width = sx.x1 - sx.x0 - 20
    size = min(11.0 * sc, width / _sw("<" * len(doc.zone[0]), face, 1.0))
    zh = len(doc.zone) * size * 1.6 + 14 * sc
    head = _s_head(sx, sx.w.head("zone"))

    def draw(top: float) -> None:
        c = sx.pen.c
        c.setStrokeColorRGB(*look.ink)
        c.setLineWidth(0.8)
        c.rect(sx.x0, top - zh, sx.x1 - sx.x0, zh, stroke=1, fill=0)
        c.setFillGray(0)
        c.setFont(face, size)
        y = top - 7 * sc - size
        for line in doc.zone:
            c.drawString(sx.x0 + 10, y, line)
            y -= size * 1.6
        c.setStrokeGray(0)

    return [Blk(head.height, head.draw, True), Blk(zh + 8 * sc, draw, False)]


def _s_copy(sx: _Sx) -> list[Blk]:
    record = sx.record
    assert isinstance(record, Identity)
    look, f, w = sx.look, sx.f, sx.w
    sc = sx.scale
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(0.9, (sx.x1 - sx.x0) * 0.8 / bw, 230 * sc / bh)
    w0, h0 = _card_size(record, part, scale)
    seed = sx.doc.furniture[0].toordinal() + 11 if sx.doc.furniture else 11
    ls = look.lsize * sc
    h = ls * 2.2 + h0 + 14 * sc

    def draw(top: float) -> None:
        c = sx.pen.c
        c.setFillColorRGB(*look.ink)
        c.setFont(f.bold, ls * 1.2)
        c.drawString(sx.x0, top - ls * 1.4, w.word("copy_head"))
        c.setFont(f.italic, ls)
        c.drawRightString(sx.x1, top - ls * 1.4, w.word("copy_note"))
        r = random.Random(seed)
        _draw_copy(sx.pen, record, part, sx.x0 + (sx.x1 - sx.x0 - w0) / 2, top - ls * 2.2,
                   scale, r.choice(VIZ_STYLES), r, True)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return [Blk(h, draw, True)]


def _s_cert_foot(sx: _Sx) -> Blk:
    look, f, w, doc = sx.look, sx.f, sx.w, sx.doc
    sc = sx.scale
    ls = look.lsize * sc * 1.2
    clause = _wrap(w.word("cert_clause"), f.italic, ls, sx.x1 - sx.x0)
    h = len(clause) * ls * 1.4 + 84 * sc
    seed = doc.furniture[0].toordinal() + 5 if doc.furniture else 5

    def draw(top: float) -> None:
        c = sx.pen.c
        c.setFillColorRGB(*look.ink)
        c.setFont(f.italic, ls)
        y = top - ls * 0.4
        for line in clause:
            y -= ls * 1.4
            c.drawString(sx.x0, y, line)
        cx, cy = sx.x0 + 60 * sc, y - 42 * sc
        c.setStrokeColorRGB(*_mix(look.ink, 0.25))
        c.setLineWidth(0.8)
        c.circle(cx, cy, 27 * sc, stroke=1, fill=0)
        c.circle(cx, cy, 20 * sc, stroke=1, fill=0)
        c.setFont(f.regular, ls * 0.7)
        c.drawCentredString(cx, cy - 27 * sc - ls * 0.9, w.word("seal"))
        base = y - 50 * sc
        c.setLineWidth(0.6)
        c.line(sx.x1 - 190 * sc, base, sx.x1, base)
        _signature(sx.pen, sx.x1 - 150 * sc, base + 5, random.Random(seed))
        c.setFont(f.regular, ls * 0.85)
        c.drawString(sx.x1 - 190 * sc, base - ls * 1.1, w.word("registrar"))
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, False, look.foot)


def _s_blocks(sx: _Sx) -> list[Blk]:
    doc, w, look = sx.doc, sx.w, sx.look
    blocks: list[Blk] = [_s_header(sx)]
    if doc.kind == "id" and look.copy:
        blocks += _s_copy(sx)
    num = 0
    if doc.kind == "cert" and look.arrange == "block":
        for sec in doc.sections:
            for g in dict.fromkeys(x.group for x in sec.items if x.group >= 0):
                lab = look.labels[g]
                head = w.head("register") if look.merge else sec.head
                if lab.lines[0][0] in sec.items:  # under the section its first line is from
                    blocks.append(_s_data_block(sx, [lab], [head]))
    else:
        for si, sec in enumerate(doc.sections, 1):
            cells = _s_cells(sx, sec)
            if not cells:
                continue
            for k, cell in enumerate(cells, 1):
                num += 1
                cell.num = {"num": f"{num} ", "dotted": f"{si}.{k} "}.get(look.numbering, "")
            blocks.append(_s_head(sx, sec.head))
            for i, row in enumerate(_rows(sx, cells)):
                blocks.append(_s_row(sx, row, i > 0))
    if doc.zone:
        blocks += _s_zone(sx)
    if doc.kind == "cert":
        blocks.append(_s_cert_foot(sx))
    else:
        blocks.append(_s_sign(sx))
        if look.office_box:
            blocks.append(_s_office(sx))
    return blocks


def _draw_stickers(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                   pages: int) -> None:
    x0 = rng.uniform(46, 62)
    x1 = PAGE_W - rng.uniform(44, 60)
    sx = _Sx(pen, doc, _w(s), s, record, x0, x1)
    look = doc.stick
    top = PAGE_H - rng.uniform(40, 56)
    bottom = rng.uniform(54, 66)

    def build(compact: bool, scale: float) -> list[Blk]:
        del compact
        sx.scale = scale
        return _s_blocks(sx)

    rooms = (top - bottom, top - bottom)
    one = tuple((False, sc) for sc in (1.0, 0.95, 0.9, 0.85, 0.8))
    two = tuple((False, sc) for sc in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55))
    chunks, _compact, scale = _paginate(build, pages, rooms, one, two)
    sx.scale = scale
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    f = doc.faces
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        sx.later = []
        c = pen.c
        if look.frame and doc.kind == "cert":
            c.setStrokeColorRGB(*look.ink)
            c.setLineWidth(1.6)
            c.rect(x0 - 16, bottom - 24, x1 - x0 + 32, top - bottom + 40, stroke=1, fill=0)
            c.setLineWidth(0.5)
            c.rect(x0 - 11, bottom - 19, x1 - x0 + 22, top - bottom + 30, stroke=1, fill=0)
        y = top
        feet = sum(b.height for b in chunk if b.foot) if k == count - 1 else 0.0
        for b in chunk:
            if b.foot and feet and y - feet > bottom + 4:
                y = bottom + feet  # the signature and the office box sit at the page's foot
                feet = 0.0
            b.draw(y)
            y -= b.height
        for paste in sx.later:
            paste()
        c.setFillColorRGB(*look.ink)
        c.setFont(f.regular, 6.5)
        c.drawString(x0, bottom - 14, f"{look.form_no} · {look.printer}")
        c.drawRightString(x1, bottom - 14, sx.w.word("page").format(k + 1, count))
        if k < count - 1:
            c.setFont(f.italic, 7)
            c.drawRightString(x1, bottom - 4, sx.w.word("continued"))
        c.setFillGray(0)
        c.setStrokeGray(0)


def _stick_look(doc: Doc, w: Extra31Wording, rng: random.Random, record: Record,
                taken: set[str]) -> StickLook:
    look = StickLook()
    look.ink = FORM_INKS[rng.randrange(len(FORM_INKS))]
    look.lsize = rng.uniform(6.8, 8.4)
    look.hsize = rng.uniform(9.0, 11.5)
    look.area = rng.choice(("box", "line", "cells", "box"))
    look.area_fill = rng.choice((None, _mix(look.ink, 0.93), _mix(look.ink, 0.88), None))
    look.area_h = rng.uniform(22, 30)
    look.row_gap = rng.uniform(3, 10)
    look.tsize = rng.uniform(13.5, 17.0)
    look.label_pos = rng.choice(("above", "above", "inside", "left"))
    look.numbering = rng.choice(("none", "num", "dotted"))
    look.cols = rng.choice((1, 2, 3, 3))
    look.heads = rng.choice(("band", "line", "plain", "band"))
    look.band = _mix(look.ink, rng.uniform(0.78, 0.9))
    name, fallback = LABEL_FACES[rng.randrange(len(LABEL_FACES))]
    look.sface = _reg(name, fallback)
    look.ssize = rng.uniform(8.0, 10.0)
    look.border = rng.uniform(0.35, 0.75)
    look.shadow = rng.random() < 0.6
    look.dot = DOT_INKS[rng.randrange(len(DOT_INKS))]
    look.choice_mark = rng.choice(("dot", "dot", "typed"))
    tname, tfb = TYPE_FACES[rng.randrange(len(TYPE_FACES))]
    look.typed_face = _reg(tname, tfb)
    look.authority = w.word("authority").format(doc.city)
    units = {"anmeldung": (0, 1), "wohnungsgeberbestaetigung": (0, 1), "antrag_zulassung": (2,),
             "aufenthaltstitel_antrag": (3,)}.get(doc.doc_type, (1,))
    look.unit = STICKER_WORDS["unit"][units[rng.randrange(len(units))]]
    look.form_no = w.word("form_no").format(f"{rng.randint(10, 89)}.{rng.randint(1, 9)}"
                                            f"{rng.choice(('', 'a', 'b', 'E'))}")
    look.edition = w.word("edition").format(f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}")
    look.printer = w.word("printer").format(f"{rng.choice(('ZD', 'TLP', 'QL', 'GX'))}-"
                                            f"{rng.randint(2, 9)}{rng.randint(10, 99)}")
    look.instruction = rng.random() < 0.7
    look.office_box = rng.random() < 0.6
    look.arrange = rng.choice(("fields", "block", "block"))
    look.merge = doc.doc_type in ("geburtsurkunde", "sterbeurkunde") and rng.random() < 0.5
    look.frame = rng.random() < 0.8
    look.copy = isinstance(record, Identity) and rng.random() < 0.5
    look.serif = doc.faces.regular in ("Times-Roman",) or "Serif" in doc.faces.regular
    look.roomy = rng.random() < 0.6
    look.block_at = rng.choice((0.0, 0.0, 0.15, 0.5))
    look.cert_intro = rng.random() < 0.7
    look.foot = rng.random() < 0.7
    del taken
    return look


def _ref(rng: random.Random, w: Extra31Wording, taken: set[str]) -> str:
    for _ in range(20):
        ref = w.pick("label_ref").format(f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}")
        if not set(ref.split()) & taken:
            return ref
    return "ETK 0000-00"


def _stick_labels(doc: Doc, w: Extra31Wording, rng: random.Random, taken: set[str]) -> None:
    """Decide which values sit on labels (and which labels carry two), which are typed or the
    form's own print, and how every label was pasted."""
    look = doc.stick
    typed = rng.choice((0.0, 0.08, 0.15, 0.22))
    bars = rng.choice((0.0, 0.2, 0.45))
    refs = rng.choice((0.0, 0.25, 0.5))
    lifts = rng.choice((0.1, 0.25, 0.4))
    max_angle = rng.uniform(1.5, 4.0)
    corner = rng.choice(("round", "cut", "square", "round"))
    tints = [STICKER_TINTS[rng.randrange(len(STICKER_TINTS))] for _ in range(2)]
    group_names = rng.random() < 0.4 and doc.kind != "cert"
    group_address = rng.random() < 0.55
    next_group = 0
    block = doc.kind == "cert" and look.arrange == "block"
    big_type = rng.uniform(1.2, 1.45)

    def new(lines: list[list[Fld]], keys: list[str] | None = None) -> None:
        nonlocal next_group
        lab = Label(lines, keys or [])
        big = block
        lab.dx = rng.uniform(-3, 9) if not big else rng.uniform(-2, 6)
        lab.dy = rng.uniform(-3, 3)
        angle = rng.uniform(-max_angle, max_angle) * (0.5 if big else 1.0)
        lab.angle = angle if abs(angle) > 0.3 or rng.random() < 0.4 else 0.0
        lab.tint = tints[rng.randrange(len(tints))]
        lab.corner = corner if rng.random() < 0.85 else rng.choice(("round", "cut", "square"))
        roll = rng.random()
        lab.bar = ("left" if roll < bars * 0.5 else "bottom") if roll < bars else ""
        lab.ref = _ref(rng, w, taken) if rng.random() < refs else ""
        lab.lift = rng.uniform(3, 7) if rng.random() < lifts and not big else 0.0
        lab.seed = rng.random()
        lab.big = big_type if big else 1.0
        for line in lines:
            for f in line:
                f.group = next_group
                f.mode = "sticker"
        look.labels[next_group] = lab
        next_group += 1

    merged: list[Fld] = []
    for sec in doc.sections:
        items = sec.items
        if block:
            wanted = [f for f in items if f.value and not (f.key == "registry_office"
                                                           and rng.random() < 0.6)]
            for f in items:
                if f.key == "registry_office" and f not in wanted:
                    f.mode = "printed"
                    f.label = ""  # the certificate's heading, no label of its own
            for f in wanted:
                f.label = w.key(f.key)  # the printer's key is the value's label here
            if look.merge:  # one label for the whole entry
                merged += wanted
            elif wanted:
                new([[f] for f in wanted], [w.key(f.key) for f in wanted])
            continue
        k = 0
        while k < len(items):
            f = items[k]
            nxt = items[k + 1] if k + 1 < len(items) else None
            if f.options:
                f.mode = "dot"
                k += 1
                continue
            if not f.value:
                f.mode = "blank"
                k += 1
                continue
            if f.key == "registry_office" and doc.kind == "cert":
                f.mode = "printed"
                f.label = ""  # the certificate's heading, no label of its own
                k += 1
                continue
            if group_names and f.key == "family_name" and nxt is not None and \
                    nxt.key == "given_names":
                new([[f], [nxt]])
                for x in (f, nxt):
                    x.label = w("names")
                k += 2
                continue
            base = f.key.removeprefix("flat_")
            if group_address and base == "street" and k + 3 < len(items):
                street, number, code, town = items[k:k + 4]
                new([[street, number], [code, town]])
                for x in (street, number, code, town):
                    x.label = w("address_line")
                k += 4
                continue
            if group_address and base == "street_line" and nxt is not None:
                new([[f], [nxt]])
                for x in (f, nxt):
                    x.label = w("address_line")
                k += 2
                continue
            if base == "city" and doc.kind == "form" and f.value == doc.city and \
                    rng.random() < 0.35:
                f.mode = "printed"
            elif rng.random() < typed and f.key != "tenant":
                f.mode = "typed"
            else:
                new([[f]])
            k += 1
    if merged:
        new([[f] for f in merged], [w.key(f.key) for f in merged])


# --- whole documents -----------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "easyread" if w.easy else "stickers"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    if w.easy:
        faces = _set4(SANS9[rng.randrange(3)])
        fs = 17.0
    else:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if kind == "cert" and rng.random() < 0.6
                      else SANS9[rng.randrange(len(SANS9))])
        fs = 7.0
    title = w.title(doc_type)
    doc = Doc(doc_type, layout, kind, title, _city(record), [], faces, fs)
    _content(record, s, rng, doc)
    for f in fields(doc):
        if not f.label:
            f.label = w.fact(f.key) if w.easy and kind != "form" else w(f.key)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    taken = _taken(record)
    if w.easy:
        doc.intro = w.intro(doc_type)
        doc.easy = _easy_look(doc, w, rng, record, taken)
        for f in fields(doc):
            if kind == "form" and rng.random() < doc.easy.notes:
                f.note = w.note(f.key)
        doc.ref = w.word("city").format(doc.city)
    else:
        doc.stick = _stick_look(doc, w, rng, record, taken)
        _stick_labels(doc, w, rng, taken)
        doc.ref = doc.stick.form_no
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    draw: Callable[[Pen, Record, Style, random.Random, Doc, int], None] = (
        _draw_easy if doc.layout == "easyread" else _draw_stickers)
    draw(pen, record, s, rng, doc, pages)
    return doc


def draw_extra31(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Fld", "Label", "build_doc", "draw_doc", "draw_extra31",
           "fields"]
