"""The twenty-ninth extra pair of blind held-out layouts: ``spreadsheet`` and ``microfilm``.

``spreadsheet`` is the printout of an office spreadsheet in which a clerk or a citizen typed the
case: printed grid lines or cell borders, sometimes the program's column letters along the top
and row numbers down the left, a print header with the file and sheet name and the print time, a
page footer, now and then the sheet tabs. Each document is either a sheet of label / value pairs
(labels in column A or B, values in the next or a later column, sometimes an empty column
between, section rows, extra columns for notes or check marks) or a wide sheet with the field
names as column headers and the case as one data row (persons as one row each), printed in
several stacked bands of columns when it is wider than the page. Merged and filled title cells,
bold and filled header rows, banded rows, dates and numbers aligned as a spreadsheet aligns
them, numbers stored as text with their green corner mark, comment marks (and sometimes the
comments printed at the end of the sheet), cells for case data the catalog does not ask for;
choices as the chosen wording or as option columns with an ``x``. Identity documents paste the
picture of the document into the sheet.

``microfilm`` is an old register entry or form reproduced from microfilm by a reader-printer: the
page is a negative (very dark paper, light type) or a low-contrast grey positive inside a dark
film frame, with film and frame markers and blip marks along the edges. Forms are old
pre-printed forms with numbered, dotted key lines and typed values, certificates old register
entries (prose or key lines) with seal and signature, identity documents a copy of the document
reproduced the same way (the whole machine-readable zone on it); stamps and hand-written
marginal notes. Every value stays fully in the text layer.

Both draw straight from the record with the wording of ``samples.wording_extra29``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final, cast

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

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
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _set4
from samples.render_extra16 import _hand_face
from samples.render_extra24 import Block
from samples.render_extra26 import _city, _furniture_day, _truth_days, _truth_strings
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra29 import (
    DWELLING29,
    DWELLING_ORDER29,
    ID_KINDS29,
    PURPOSE29,
    PURPOSE_ORDER29,
    ROLE29,
    SEX_ORDER29,
    Extra29Wording,
    nationality_word,
    sex_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
PERSON_SECS: Final = ("spouse1", "spouse2", "tenants")
RGB = tuple[float, float, float]
TITLE_FILLS: Final[tuple[RGB, ...]] = (
    (0.74, 0.84, 0.93), (0.78, 0.89, 0.74), (1.0, 0.9, 0.6), (0.85, 0.85, 0.85),
    (0.97, 0.8, 0.68), (0.86, 0.8, 0.92),
)
LIGHT_FILLS: Final[tuple[RGB, ...]] = (
    (0.87, 0.92, 0.97), (0.9, 0.95, 0.88), (1.0, 0.96, 0.82), (0.93, 0.93, 0.93),
    (0.99, 0.91, 0.85), (0.92, 0.89, 0.96),
)
GREEN: Final[RGB] = (0.1, 0.55, 0.2)
RED: Final[RGB] = (0.85, 0.1, 0.1)
HEADING_GREY: Final = 0.9
GRID_GREY: Final = 0.68
ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, how a spreadsheet aligns it, and the printed label (set when the document
    is built)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    kind: str = "text"  # text | date | number | digits | code
    optional: bool = False
    label: str = ""


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Look:
    """The spreadsheet's print settings and habits (one draw per document)."""

    mode: str = "pairs"  # pairs | wide
    landscape: bool = False
    headings: bool = False
    gridlines: bool = True
    borders: str = "none"  # all | outer | none
    title_fill: RGB | None = None
    head_fill: RGB | None = None
    sec_fill: RGB | None = None
    banded: RGB | None = None
    title_merged: bool = True
    pre_col: str = ""  # "" | "num" | "blank" (a column before the labels)
    gap: int = 0  # empty columns between labels and values
    note_col: bool = False
    check_col: bool = False
    header_row: bool = False
    meta_top: bool = True  # case data as rows above the table (else as extra columns)
    repeat_a: bool = False  # wide sheets repeat column A in every band
    show_tabs: bool = False
    print_comments: bool = False
    head_parts: tuple[str, ...] = ()
    footer_path: bool = False
    label_bold: bool = False
    file: str = ""
    path: str = ""
    tabs: tuple[str, ...] = ()
    comment_keys: tuple[str, ...] = ()
    text_digits: bool = False
    dates_left: bool = False


@dataclass(slots=True)
class Film:
    """The microfilm print's tones and furniture (one draw per document)."""

    negative: bool = True
    frame: float = 0.0
    paper: float = 0.1
    ink: float = 0.9
    marks: float = 0.6
    band: tuple[float, float, float, float] = (20.0, 20.0, 26.0, 26.0)  # left right top bottom
    prose: bool = False
    leaders: str = "dots"  # dots | underscores | none
    numbered: bool = True
    heads: str = "roman"  # roman | underline | caps
    reel: str = ""
    frame_no: str = ""
    ratio: str = ""
    archive: str = ""
    reader: str = ""
    stamps: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)
    film_day: date | None = None
    form_no: str = ""
    scratches: int = 0
    light: tuple[float, float] = (0.5, 0.5)
    margin: float = 40.0
    hand: str = ""
    spacing: float = 0.0


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    vface: str
    fs: float
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    ref: str = ""
    clock: str = ""
    meta: list[Fld] = field(default_factory=list)
    look: Look = field(default_factory=Look)
    film: Film = field(default_factory=Film)
    comments: list[tuple[str, str]] = field(default_factory=list)


def _w(s: Style) -> Extra29Wording:
    assert isinstance(s.words, Extra29Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.w = _w(s)
        self.grid = doc.layout == "spreadsheet"

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "", kind: str = "text") -> Fld:
        f = Fld(key, value, name, kind=kind)
        self.doc.sections[-1].items.append(f)
        return f

    def optional(self, key: str, value: str, name: str, kind: str = "text") -> Fld:
        f = self.add(key, value, name if value else "", kind)
        f.optional = True
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        return self.add(key, self.s.date(d), name, "date")

    def sex(self, code: str, name: str = "sex") -> Fld:
        if self.grid:
            return self.add("sex", sex_word(code, self.s.sex_mode), name, "code")
        f = self.add("sex", SEX_WORDS[code], name)
        if self.s.sex_mode == "choice" and self.doc.doc_type not in CERTIFICATES:
            f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER29)
            f.chosen = SEX_ORDER29.index(code)
        return f

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        mode = self.s.nationality_mode
        if not self.grid and mode == "code":
            mode = "adjective"
        return self.add("nationality", nationality_word(code, mode), name,
                        "code" if mode == "code" else "text")

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice":
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
            self.add("house_number", a.number, "house_number",
                     "number" if a.number.isdigit() else "text")
            self.add("postal_code", a.postal_code, "postal_code", "digits")
            self.add("city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc)
    j = 0 if b.grid else 1
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
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                words = tuple(DWELLING29[d][j] for d in DWELLING_ORDER29)
                b.choice("dwelling", words, DWELLING_ORDER29.index(record.dwelling), "dwelling")
            elif b.grid or rng.random() < 0.5:
                b.optional("dwelling", "", "")
            b.section("previous")
            b.optional("previous_address", record.previous or "", "previous_address")
            if record.phone and rng.random() < 0.7:
                b.section("contact")
                b.add("phone", record.phone)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", tuple(ROLE29[k][j] for k in (True, False)),
                     0 if record.landlord_is_owner else 1)
            b.section("flat")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
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
            if rng.random() < 0.55:
                b.add("birth_time", record.birth_time, kind="number")
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father or rng.random() < 0.6:
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
            b.add("vin", record.vin, "vin", "code")
            if rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            b.optional("desired_plate", record.plate or "", "desired_plate")
            b.section("insurance")
            b.add("evb_number", record.evb, "evb_number", "code")
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban", "code")
            if rng.random() < 0.4:
                b.add("bic", record.bic, kind="code")
        case Aufenthalt():
            p = record.person
            b.section("applicant")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number", "code")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.section("stay")
            words = tuple(PURPOSE29[x][j] for x in PURPOSE_ORDER29)
            b.choice("purpose", words, PURPOSE_ORDER29.index(record.purpose), "purpose")
            b.section("home")
            b.address(record.address)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS29["P"][j], ID_KINDS29["I"][j]),
                     0 if kind == "P" else 1)
            b.add("doc_number", str(t["document_number"]), "document_number", "code")
            b.add("issuing_state", str(t["issuing_state"]), "issuing_state", "code")
            b.date("expiry_date", record.expiry, "expiry_date")
            b.section("holder_id")
            b.add("family_name", str(t["family_name"]), "family_name")
            b.add("given_names", str(t["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            b.sex(str(t["sex"]) if str(t["sex"]) in SEX_WORDS else "X")
            b.nationality(record.person.nationality)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number", "code")
    b.date("issue_date", r.issue, "issue_date")


# --- the document's habits -----------------------------------------------------------------------


def _initials(rng: random.Random) -> str:
    letters = "ABDEFGHKLMNPRSTWZ"
    return "".join(rng.choice(letters) for _ in range(rng.choice((2, 2, 3))))


def _other_day(record: Record, rng: random.Random, back: int, forth: int = 0) -> date:
    days = _truth_days(record)
    while True:
        d = data.REFERENCE_DATE - timedelta(days=rng.randint(-forth, back))
        if d not in days:
            return d


def _meta(b: _B, record: Record, rng: random.Random) -> list[Fld]:
    """Case data a clerk's sheet carries (none of it a truth value)."""
    doc, w = b.doc, b.w
    taken = _truth_strings(record)
    out: list[Fld] = []
    row_id = str(rng.randint(12, 2890))
    out.append(Fld("row_id", row_id, kind="number"))
    case_no = f"{rng.choice(('VG', 'EW', 'AZ', 'FV'))}-{rng.randint(2025, 2026)}-" \
              f"{rng.randint(10000, 99999)}"
    out.append(Fld("case_no", case_no))
    received = _other_day(record, rng, 25)
    doc.furniture.append(received)
    out.append(Fld("received", b.s.date(received), kind="date"))
    out.append(Fld("clerk", _initials(rng)))
    out.append(Fld("status", w.pick("status")))
    if rng.random() < 0.7:
        out.append(Fld("remarks", w.pick("remark")))
    if rng.random() < 0.45:
        out.append(Fld("checked", "x"))
    if rng.random() < 0.4 and doc.doc_type != "identity_document":
        fee = rng.choice((10.0, 12.8, 13.5, 26.3, 28.8, 35.0, 110.0))
        out.append(Fld("fee", f"{fee:.2f}".replace(".", ","), kind="number"))
    for f in out:
        if f.value in taken:
            f.value = ""
        f.label = w(f.key)
    return out


def _grid_look(doc: Doc, w: Extra29Wording, rng: random.Random, record: Record) -> Look:
    look = Look()
    look.mode = "wide" if rng.random() < 0.45 else "pairs"
    look.landscape = look.mode == "wide" and rng.random() < 0.55
    look.headings = rng.random() < 0.6
    look.gridlines = rng.random() < 0.7
    look.borders = rng.choice(("all", "outer", "none")) if look.gridlines else \
        rng.choice(("all", "all", "outer"))
    k = rng.randrange(len(TITLE_FILLS))
    look.title_fill = TITLE_FILLS[k] if rng.random() < 0.55 else None
    look.head_fill = LIGHT_FILLS[k] if rng.random() < 0.7 else None
    look.sec_fill = LIGHT_FILLS[rng.randrange(len(LIGHT_FILLS))] if rng.random() < 0.6 else None
    look.banded = (0.95, 0.96, 0.98) if rng.random() < 0.25 else None
    look.title_merged = rng.random() < 0.7
    look.pre_col = rng.choice(("", "", "num", "blank"))
    look.gap = rng.choice((0, 0, 0, 1, 1, 2))
    look.note_col = rng.random() < 0.3
    look.check_col = rng.random() < 0.25
    look.header_row = rng.random() < 0.5
    look.meta_top = rng.random() < 0.6
    look.repeat_a = rng.random() < 0.5
    look.show_tabs = rng.random() < 0.35
    look.print_comments = rng.random() < 0.5
    look.footer_path = rng.random() < 0.4
    look.label_bold = rng.random() < 0.3
    look.text_digits = rng.random() < 0.5
    look.dates_left = rng.random() < 0.2
    parts = [p for p in ("file", "sheet", "printed") if rng.random() < 0.75]
    look.head_parts = tuple(parts or ["file"])
    stem = w.file_stem(doc.doc_type)
    look.file = w.word("file").format(stem, rng.randint(2, 17))
    look.path = w.word("path").format(w.word("unit"), look.file)
    look.tabs = tuple(w.word("tabs").split("|"))
    keys = [f.key for f in fields(doc) if f.value and not f.options]
    look.comment_keys = tuple(rng.sample(keys, k=min(len(keys), rng.choice((0, 1, 1, 2, 3)))))
    del record
    return look


def _film_look(doc: Doc, w: Extra29Wording, rng: random.Random, record: Record) -> Film:
    film = Film()
    film.negative = rng.random() < 0.55
    if film.negative:
        film.frame = rng.uniform(0.0, 0.03)
        film.paper = rng.uniform(0.07, 0.14)
        film.ink = rng.uniform(0.86, 0.96)
        film.marks = rng.uniform(0.55, 0.72)
    else:
        film.frame = rng.uniform(0.08, 0.18)
        film.paper = rng.uniform(0.7, 0.8)
        film.ink = rng.uniform(0.16, 0.32)
        film.marks = rng.uniform(0.72, 0.85)
    film.band = (rng.uniform(14, 30), rng.uniform(14, 30), rng.uniform(22, 34),
                 rng.uniform(26, 40))
    film.prose = doc.doc_type in CERTIFICATES and rng.random() < 0.55
    film.leaders = rng.choice(("dots", "dots", "underscores", "none"))
    film.numbered = rng.random() < 0.7
    film.heads = rng.choice(("roman", "underline", "caps"))
    film.reel = w.word("film").format(f"{rng.randint(1, 999):04d}")
    film.frame_no = f"{rng.randint(1, 2400):04d}"
    film.ratio = w.word("ratio").format(rng.choice((24, 24, 32, 42, 48)))
    film.archive = w.word("archive").format(doc.city)
    film.reader = w.word("reader")
    stamps = ["archive"] if rng.random() < 0.6 else []
    if rng.random() < 0.5:
        stamps.append("copy")
    if rng.random() < 0.4:
        stamps.append("date")
    film.stamps = tuple(stamps)
    film.film_day = _other_day(record, rng, 30, 0)
    doc.furniture.append(film.film_day)
    film.form_no = w.word("form_no").format(rng.randint(101, 989), rng.choice(
        ("1978", "1983", "1987", "2.", "4.", "11.")))
    film.scratches = rng.choice((0, 1, 1, 2, 3))
    film.light = (rng.uniform(0.35, 0.65), rng.uniform(0.35, 0.65))
    film.hand = _hand_face(rng)
    film.spacing = rng.choice((0.0, 0.0, 1.2, 2.0))
    notes = []
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        notes.append(w.pick("margin").format(_initials(rng)))
    film.notes = notes
    return film


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "spreadsheet" if w.grid else "microfilm"
    if w.grid:
        pick = rng.random()
        spec = SANS9[rng.randrange(len(SANS9))] if pick < 0.82 else \
            SERIF9[rng.randrange(len(SERIF9))]
        faces = _set4(spec)
        vface = faces.regular
        if pick > 0.95:
            name, fb = MONO9[rng.randrange(len(MONO9))]
            vface = _set4(((name, fb),) * 4).regular
        fs = rng.uniform(7.8, 9.4)
    else:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if rng.random() < 0.6
                      else SANS9[rng.randrange(len(SANS9))])
        name, fb = MONO9[rng.randrange(len(MONO9))]
        vface = _set4(((name, fb),) * 4).regular if rng.random() < 0.8 else faces.regular
        fs = rng.uniform(8.6, 10.2)
    doc = Doc(doc_type, layout, w.title(doc_type), _city(record), [], faces, vface, fs)
    _content(record, s, rng, doc)
    for sec in doc.sections:
        for f in sec.items:
            f.label = w(f.key)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    doc.clock = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    if w.grid:
        b = _B(s, rng, doc)
        doc.meta = _meta(b, record, rng)
        doc.look = _grid_look(doc, w, rng, record)
        doc.ref = doc.meta[1].value
    else:
        doc.film = _film_look(doc, w, rng, record)
        doc.ref = doc.film.reel
    return doc


# --- shared drawing helpers ----------------------------------------------------------------------


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit(text: str, face: str, size: float, width: float, least: float = 0.6) -> float:
    wd = _sw(text, face, size)
    return size if wd <= width or wd == 0 else max(size * least, size * width / wd)


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if cur and _sw(cand, face, size) > width:
            out.append(cur)
            cur = word
        else:
            cur = cand
    return [*out, cur] if cur else out


def _col_name(k: int) -> str:
    name = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        name = chr(65 + r) + name
    return name


def _space(h: float) -> Block:
    return Block(h, lambda top: None, True)


def _fill_first(blocks: list[Block], room: list[float]) -> list[list[Block]]:
    """Two pages, the first one fuller than the second (as a long sheet or entry breaks)."""
    total = sum(b.height for b in blocks)
    cands = [i for i, b in enumerate(blocks) if b.breakable and 0 < i < len(blocks)]
    if not cands:
        cands = list(range(1, max(2, len(blocks))))

    def cost(i: int) -> float:
        first = sum(b.height for b in blocks[:i])
        over = max(0.0, first - room[0]) + max(0.0, total - first - room[1])
        return over * 1000 + abs(first - min(room[0] * 0.92, total * 0.74))

    cut = min(cands, key=cost)
    return [blocks[:cut], blocks[cut:]]


def _pages(build: Callable[[float], tuple[list[Block], list[Block]]], pages: int,
           tops: list[float], bottom: float) -> list[list[Block]]:
    """Shrink until the blocks fit on ``pages`` sheets."""
    scale = 1.0
    chunks: list[list[Block]] = []
    for _ in range(40):
        blocks, second = build(scale)
        room = [tops[k] - bottom for k in range(pages)]
        if pages == 1:
            chunks = [blocks]
        elif second:
            chunks = [blocks, second]
        else:
            chunks = _fill_first(blocks, room)
        if all(sum(b.height for b in chunk) <= room[min(k, len(room) - 1)]
               for k, chunk in enumerate(chunks)) or scale < 0.55:
            break
        scale *= 0.95
    return chunks


# --- spreadsheet ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    text: str = ""
    align: str = "left"
    bold: bool = False
    italic: bool = False
    fill: RGB | None = None
    span: int = 1
    scale: float = 1.0
    marker: str = ""  # "" | text | comment
    ink: RGB = (0.0, 0.0, 0.0)
    boxed: bool = False
    face: str = ""
    x_mark: bool = False
    indent: float = 0.0


@dataclass(slots=True)
class Row:
    cells: dict[int, Cell]
    kind: str = "data"  # title | header | section | data | blank | picture
    number: int = 0
    height: float = 0.0
    count: int = 1  # rows a picture covers
    picture: Any = None
    lines: dict[int, list[str]] = field(default_factory=dict)
    sizes: dict[int, float] = field(default_factory=dict)
    edge_top: bool = False
    edge_bottom: bool = False


@dataclass(slots=True)
class Sheet:
    widths: list[float]
    rows: list[Row]


@dataclass(slots=True)
class _Gx:
    pen: Pen
    doc: Doc
    w: Extra29Wording
    s: Style
    rng: random.Random
    x0: float
    x1: float
    page_w: float
    page_h: float
    record: Record
    scale: float = 1.0
    page_head: Block | None = None

    @property
    def fs(self) -> float:
        return self.doc.fs * self.scale

    @property
    def f(self) -> Set4:
        return self.doc.faces

    @property
    def look(self) -> Look:
        return self.doc.look


def _cell_face(gx: _Gx, cell: Cell) -> str:
    if cell.face:
        return cell.face
    if cell.bold and cell.italic:
        return gx.f.bold_italic
    if cell.bold:
        return gx.f.bold
    if cell.italic:
        return gx.f.italic
    return gx.doc.vface


def _value_cell(gx: _Gx, f: Fld) -> Cell:
    """A value as the spreadsheet aligns it."""
    look = gx.look
    cell = Cell(f.value)
    if f.kind == "date":
        cell.align = "left" if look.dates_left else "right"
    elif f.kind == "number":
        cell.align = "right"
    elif f.kind == "digits":
        if look.text_digits or f.value.startswith("0"):
            cell.marker = "text"
        else:
            cell.align = "right"
    if f.key in look.comment_keys:
        cell.marker = "comment"
    return cell


def _measure(gx: _Gx, sheet: Sheet) -> None:
    """Wrap every cell into its column(s) and set the row heights."""
    fs = gx.fs
    pad = fs * 0.35
    base = fs * 1.55
    for row in sheet.rows:
        if row.kind == "picture":
            continue
        h = base if row.kind != "title" else fs * 2.1
        for c, cell in row.cells.items():
            width = sum(sheet.widths[c:c + cell.span]) - 2 * pad - cell.indent
            size = fs * cell.scale
            face = _cell_face(gx, cell)
            if cell.marker == "comment" or cell.marker == "text":
                width -= 3
            lines = _wrap(cell.text, face, size, width) if cell.text else []
            widest = max((_sw(x, face, size) for x in lines), default=0.0)
            if widest > width > 0:
                size = max(size * 0.6, size * width / widest)
            row.lines[c] = lines
            row.sizes[c] = size
            if lines:
                h = max(h, len(lines) * size * 1.22 + pad * 2 + size * 0.3)
        row.height = h


def _letters_block(gx: _Gx, sheet: Sheet, cols: list[int], breakable: bool) -> Block:
    fs = gx.fs
    h = fs * 1.45
    rw = _row_head_w(gx, sheet)

    def draw(top: float) -> None:
        c = gx.pen.c
        c.saveState()
        c.setLineWidth(0.4)
        c.setStrokeGray(0.6)
        c.setFillGray(HEADING_GREY)
        x = gx.x0
        c.rect(x, top - h, rw, h, stroke=1, fill=1)
        x += rw
        for col in cols:
            wd = sheet.widths[col]
            c.setFillGray(HEADING_GREY)
            c.rect(x, top - h, wd, h, stroke=1, fill=1)
            c.setFillGray(0.25)
            c.setFont(gx.f.regular, fs * 0.85)
            c.drawCentredString(x + wd / 2, top - h + fs * 0.42, _col_name(col))
            x += wd
        c.restoreState()

    return Block(h, draw, breakable)


def _row_head_w(gx: _Gx, sheet: Sheet) -> float:
    if not gx.look.headings:
        return 0.0
    last = max((r.number + r.count - 1 for r in sheet.rows), default=1)
    return max(gx.fs * 2.4, _sw(str(last), gx.f.regular, gx.fs * 0.85) + gx.fs * 1.2)


def _draw_triangle(gx: _Gx, x: float, y: float, side: float, rgb: RGB, corner: str) -> None:
    c = gx.pen.c
    c.saveState()
    c.setFillColorRGB(*rgb)
    p = c.beginPath()
    if corner == "tr":
        p.moveTo(x, y)
        p.lineTo(x - side, y)
        p.lineTo(x, y - side)
    else:
        p.moveTo(x, y)
        p.lineTo(x + side, y)
        p.lineTo(x, y - side)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def _row_block(gx: _Gx, sheet: Sheet, row: Row, cols: list[int], breakable: bool) -> Block:
    fs = gx.fs
    look = gx.look
    pad = fs * 0.35
    rw = _row_head_w(gx, sheet)
    xs: dict[int, float] = {}
    x = gx.x0 + rw
    for col in cols:
        xs[col] = x
        x += sheet.widths[col]
    right = x
    height = row.height
    covered: dict[int, int] = {}  # column -> anchor column of a merged cell
    for anchor, cell in row.cells.items():
        for k in range(anchor + 1, anchor + cell.span):
            covered[k] = anchor

    def draw(top: float) -> None:
        c = gx.pen.c
        c.saveState()
        bottom = top - height
        # row number(s)
        if look.headings:
            c.setLineWidth(0.4)
            c.setStrokeGray(0.6)
            sub = row.count
            sh = height / sub
            for k in range(sub):
                y = top - (k + 1) * sh
                c.setFillGray(HEADING_GREY)
                c.rect(gx.x0, y, rw, sh, stroke=1, fill=1)
                c.setFillGray(0.25)
                c.setFont(gx.f.regular, fs * 0.85)
                c.drawCentredString(gx.x0 + rw / 2, y + min(sh, fs * 1.55) * 0.3,
                                    str(row.number + k))
        # fills
        for col in cols:
            anchor = covered.get(col, col)
            cell = row.cells.get(anchor)
            fill = cell.fill if cell is not None else None
            if fill is None and look.banded is not None and row.kind == "data" \
                    and row.number % 2 == 0:
                fill = look.banded
            if fill is not None:
                c.setFillColorRGB(*fill)
                c.rect(xs[col], bottom, sheet.widths[col], height, stroke=0, fill=1)
        # printed grid lines (never inside a merged cell)
        if look.gridlines:
            c.setLineWidth(0.3)
            c.setStrokeGray(GRID_GREY)
            sub = row.count
            for k in range(sub + 1):
                y = top - k * height / sub
                c.line(xs[cols[0]], y, right, y)
            for col in cols:
                if col not in covered or covered[col] not in xs:
                    c.line(xs[col], bottom, xs[col], top)
            c.line(right, bottom, right, top)
        # borders of the table's cells
        if look.borders == "all":
            c.setLineWidth(0.5)
            c.setStrokeGray(0.1)
            for anchor, cell in row.cells.items():
                if not cell.boxed:
                    continue
                span_cols = [k for k in range(anchor, anchor + cell.span) if k in xs]
                if not span_cols:
                    continue
                x0 = xs[span_cols[0]]
                x1 = xs[span_cols[-1]] + sheet.widths[span_cols[-1]]
                c.rect(x0, bottom, x1 - x0, height, stroke=1, fill=0)
        elif look.borders == "outer":
            boxed = [k for a, cell in row.cells.items() if cell.boxed
                     for k in range(a, a + cell.span) if k in xs]
            if boxed:
                x0 = xs[min(boxed)]
                x1 = xs[max(boxed)] + sheet.widths[max(boxed)]
                c.setLineWidth(1.1)
                c.setStrokeGray(0.1)
                c.line(x0, bottom, x0, top)
                c.line(x1, bottom, x1, top)
                if row.edge_top:
                    c.line(x0, top, x1, top)
                if row.edge_bottom:
                    c.line(x0, bottom, x1, bottom)
        # texts
        for anchor, cell in row.cells.items():
            if anchor not in xs:
                continue
            span_cols = [k for k in range(anchor, anchor + cell.span) if k in xs]
            cw = sum(sheet.widths[k] for k in span_cols)
            lines = row.lines.get(anchor, [])
            size = row.sizes.get(anchor, fs)
            face = _cell_face(gx, cell)
            c.setFillColorRGB(*cell.ink)
            c.setFont(face, size)
            lead = size * 1.22
            if row.kind == "title":
                y = bottom + (height - lead * len(lines)) / 2 + lead * (len(lines) - 1) \
                    + size * 0.3
            else:
                y = bottom + pad + size * 0.25 + lead * (len(lines) - 1)
            x_left = xs[anchor] + pad + (3 if cell.marker == "text" else 0) + cell.indent
            for line in lines:
                if cell.align == "right":
                    c.drawRightString(xs[anchor] + cw - pad - (3 if cell.marker else 0), y,
                                      line)
                elif cell.align == "center":
                    c.drawCentredString(xs[anchor] + cw / 2, y, line)
                else:
                    c.drawString(x_left, y, line)
                y -= lead
            if cell.marker == "comment":
                _draw_triangle(gx, xs[anchor] + cw - 0.6, top - 0.6, 4.2, RED, "tr")
            elif cell.marker == "text":
                _draw_triangle(gx, xs[anchor] + 0.6, top - 0.6, 4.2, GREEN, "tl")
        if row.kind == "picture" and row.picture is not None:
            row.picture(xs, top)
        c.restoreState()

    return Block(height, draw, breakable)


def _edges(sheet: Sheet) -> None:
    """Where a bordered table starts and ends (for an outer border)."""
    boxed = [any(cell.boxed for cell in row.cells.values()) for row in sheet.rows]
    for k, row in enumerate(sheet.rows):
        row.edge_top = boxed[k] and (k == 0 or not boxed[k - 1])
        row.edge_bottom = boxed[k] and (k == len(boxed) - 1 or not boxed[k + 1])


def _picture_row(gx: _Gx, record: Identity, first_col: int, span_w: float) -> Row:
    """The picture of the document, pasted over a few rows of the sheet."""
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    room_h = gx.page_h * 0.42
    scale = min(1.15, span_w * 0.95 / bw, room_h / bh)
    w0, h0 = _card_size(record, part, scale)
    base = gx.fs * 1.55
    count = max(3, math.ceil((h0 + 16) / base))
    seed = gx.rng.random()
    viz = gx.rng.choice(VIZ_STYLES)
    offset = gx.rng.uniform(4, 14)
    row = Row({}, "picture", count=count)
    row.height = count * base

    def picture(xs: dict[int, float], top: float) -> None:
        if first_col not in xs:
            return
        c = gx.pen.c
        x = xs[first_col] + offset
        y_top = top - 8
        c.saveState()
        c.setFillGray(1)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.6)
        c.rect(x - 3, y_top - h0 - 3, w0 + 6, h0 + 6, stroke=1, fill=1)
        c.setStrokeGray(0)
        c.setFillGray(0)
        _draw_copy(gx.pen, record, part, x, y_top, scale, viz, random.Random(seed), True)
        # the selection handles of a pasted picture
        c.setFillGray(1)
        c.setStrokeGray(0.35)
        for hx in (x - 3, x + w0 / 2, x + w0 + 3):
            for hy in (y_top + 3, y_top - h0 / 2, y_top - h0 - 3):
                if hx == x + w0 / 2 and hy == y_top - h0 / 2:
                    continue
                c.rect(hx - 1.6, hy - 1.6, 3.2, 3.2, stroke=1, fill=1)
        c.restoreState()

    row.picture = picture
    return row


def _pairs_sheet(gx: _Gx, avail: float) -> tuple[Sheet, int, int]:
    """A sheet of label / value pairs; returns it with the label and value columns."""
    doc, look, w = gx.doc, gx.look, gx.w
    fs = gx.fs
    pad = fs * 0.35
    cols: list[float] = []
    pre = -1
    if look.pre_col:
        pre = len(cols)
        cols.append(fs * 3.0)
    lab = len(cols)
    cols.append(0.0)
    for _ in range(look.gap):
        cols.append(fs * gx.rng.uniform(1.6, 2.6))
    val = len(cols)
    cols.append(0.0)
    note = check = -1
    if look.note_col:
        note = len(cols)
        cols.append(0.0)
    if look.check_col:
        check = len(cols)
        cols.append(max(fs * 3.2, _sw(w.word("yes"), gx.f.bold, fs) + 2 * pad))
    rows: list[Row] = []
    label_face = gx.f.bold if look.label_bold else gx.f.regular
    labels: list[str] = []
    values: list[str] = []
    notes: list[str] = []

    def add(row: Row) -> Row:
        rows.append(row)
        return row

    # title
    title = Cell(doc.title, bold=True, scale=1.3, fill=look.title_fill, face=gx.f.bold)
    title.span = len(cols) - lab
    if look.title_merged and look.title_fill is not None:
        title.align = "center"
    elif not look.title_merged:
        title.fill = None
    add(Row({lab: title}, "title"))
    add(Row({}, "blank"))
    meta = [m for m in doc.meta if m.value and m.key not in ("row_id",)]
    if look.meta_top:
        for m in meta[: 4 + (1 if gx.rng.random() < 0.5 else 0)]:
            cell = Cell(m.label, face=label_face)
            vcell = _value_cell(gx, m)
            labels.append(m.label)
            values.append(m.value)
            add(Row({lab: cell, val: vcell}))
        add(Row({}, "blank"))
    if look.header_row:
        hr = {lab: Cell(w.word("col_field"), bold=True, fill=look.head_fill, boxed=True),
              val: Cell(w.word("col_value"), bold=True, fill=look.head_fill, boxed=True)}
        labels.append(hr[lab].text)
        values.append(hr[val].text)
        if note >= 0:
            hr[note] = Cell(w.word("col_note"), bold=True, fill=look.head_fill, boxed=True)
            notes.append(hr[note].text)
        if check >= 0:
            hr[check] = Cell("", fill=look.head_fill, boxed=True)
        if pre >= 0 and look.pre_col == "num":
            hr[pre] = Cell("", fill=look.head_fill, boxed=True)
        add(Row(hr, "header"))
    n = 0
    for sec in doc.sections:
        if not sec.items:
            continue
        head = Cell(sec.head, bold=True, fill=look.sec_fill, span=val - lab + 1, boxed=True)
        labels.append("")
        add(Row({lab: head}, "section"))
        for f in sec.items:
            n += 1
            r: dict[int, Cell] = {}
            if pre >= 0 and look.pre_col == "num":
                r[pre] = Cell(f"{n}", align="right", boxed=True)
            r[lab] = Cell(f.label, face=label_face, boxed=True)
            labels.append(f.label)
            if f.options:
                r[val] = Cell("", boxed=True)
                add(Row(r))
                for i, opt in enumerate(f.options):
                    o: dict[int, Cell] = {lab: Cell(opt, boxed=True, indent=fs * 1.2)}
                    labels.append(opt + "    ")
                    o[val] = Cell("x" if i == f.chosen else "", align="center", boxed=True,
                                  bold=True, x_mark=True)
                    add(Row(o))
                continue
            vcell = _value_cell(gx, f)
            vcell.boxed = True
            r[val] = vcell
            values.append(f.value)
            if note >= 0 and gx.rng.random() < 0.18:
                text = gx.w.pick("remark")
                r[note] = Cell(text, italic=True, boxed=True, ink=(0.2, 0.2, 0.45))
                notes.append(text)
            elif note >= 0:
                r[note] = Cell("", boxed=True)
            if check >= 0:
                r[check] = Cell("x" if f.value and gx.rng.random() < 0.7 else "",
                                align="center", boxed=True)
            add(Row(r))
    if not look.meta_top:
        add(Row({}, "blank"))
        for m in meta:
            labels.append(m.label)
            values.append(m.value)
            add(Row({lab: Cell(m.label, face=label_face, italic=True),
                     val: _value_cell(gx, m)}))
    # column widths
    def widest(texts: list[str], face: str) -> float:
        return max((_sw(t, face, fs) for t in texts if t), default=fs * 6)

    lw = widest(labels, label_face) + 2 * pad + 3
    vw = widest(values, gx.doc.vface) + 2 * pad + 6
    fixed = sum(cols) - cols[lab] - cols[val]
    nw = 0.0
    if note >= 0:
        nw = min(widest(notes, gx.f.italic) + 2 * pad, avail * 0.24)
        fixed += nw
    room = avail - fixed
    lw = min(lw, max(room * 0.46, fs * 8))
    vw = min(vw, max(room - lw, fs * 10))
    cols[lab], cols[val] = lw, vw
    if note >= 0:
        cols[note] = nw
    sheet = Sheet(cols, rows)
    return sheet, lab, val


Table = tuple[str, list[tuple[str, list[Cell]]], list[tuple[int, int, str]]]


def _wide_tables(gx: _Gx) -> list[Table]:
    """The case as tables: one for the record's own fields, one per list of persons. Every
    table is (caption, columns, groups), a column being (header, cells of its data rows), a
    group (first column, columns, label) a header over a choice's option columns."""
    doc, look, w = gx.doc, gx.look, gx.w
    main: list[tuple[str, list[Cell]]] = []
    groups: list[tuple[int, int, str]] = []
    person_tables: list[Table] = []
    meta = {m.key: m for m in doc.meta if m.value}
    if "row_id" in meta and not look.meta_top:
        main.append((meta["row_id"].label, [_value_cell(gx, meta["row_id"])]))
    spouses = [sec for sec in doc.sections if sec.key in ("spouse1", "spouse2")]
    tenants = [sec for sec in doc.sections if sec.key == "tenants"]
    for sec in doc.sections:
        if sec.key in PERSON_SECS:
            continue
        for f in sec.items:
            if f.options:
                groups.append((len(main), len(f.options), f.label))
                for i, opt in enumerate(f.options):
                    main.append((opt, [Cell("x" if i == f.chosen else "", align="center",
                                             bold=True, x_mark=True)]))
                continue
            main.append((f.label, [_value_cell(gx, f)]))
    if spouses:
        columns: list[tuple[str, list[Cell]]] = [
            (w("person_no"), [Cell(w.word("spouse_row").format(k)) for k in (1, 2)])]
        for j, f in enumerate(spouses[0].items):
            columns.append((f.label, [_value_cell(gx, sec.items[j]) for sec in spouses]))
        person_tables.append((w.head("spouses"), columns, []))
    if tenants:
        items = tenants[0].items
        columns = [(w("person_no"), [Cell(w.word("tenant_row").format(k + 1))
                                     for k in range(len(items))]),
                   (items[0].label, [_value_cell(gx, f) for f in items])]
        person_tables.append((tenants[0].head, columns, []))
    if not look.meta_top:
        for key in ("received", "clerk", "status", "checked", "fee", "remarks"):
            if key in meta:
                main.append((meta[key].label, [_value_cell(gx, meta[key])]))
    tables: list[Table] = [(doc.title, main, groups)]
    if doc.doc_type == "eheurkunde":
        tables = [person_tables[0], (w.head("marriage"), main, groups)]
    else:
        tables += person_tables
    return tables


def _wide_sheet(gx: _Gx, avail: float) -> tuple[Sheet, list[list[int]]]:
    """The wide sheet and its bands of columns (each band fits the page's width)."""
    doc, look = gx.doc, gx.look
    fs = gx.fs
    pad = fs * 0.35
    tables = _wide_tables(gx)
    ncols = max(len(cols) for _, cols, _ in tables)
    widths = [0.0] * ncols
    rows: list[Row] = []
    hface = gx.f.bold
    max_w = min(avail * 0.6, fs * 30)
    for _, columns, _ in tables:
        for k, (header, cells) in enumerate(columns):
            vw = max((_sw(c.text, _cell_face(gx, c), fs) for c in cells), default=0.0) \
                + 2 * pad + 6
            longest = max((_sw(word, hface, fs) for word in header.split()), default=0.0)
            hw = min(_sw(header, hface, fs) + 2 * pad, max(vw, fs * 9))
            widths[k] = min(max(widths[k], vw, hw, longest + 2 * pad, fs * 3.2), max_w)
    meta = [m for m in doc.meta if m.value and m.key != "row_id"]
    rows.append(Row({0: Cell(doc.title, bold=True, scale=1.3,
                             fill=look.title_fill if look.title_merged else None,
                             face=gx.f.bold, span=ncols)}, "title"))
    if look.meta_top:
        line = "; ".join(f"{m.label}: {m.value}" for m in meta[:3])
        rows.append(Row({0: Cell(line, italic=True, span=ncols, scale=0.9,
                                 ink=(0.2, 0.2, 0.2))}))
    rows.append(Row({}, "blank"))
    for t, (caption, columns, groups) in enumerate(tables):
        if t or caption != doc.title:
            rows.append(Row({0: Cell(caption, bold=True, span=ncols)}, "section"))
        if groups:
            # a header row above the option columns of a choice, merged over them
            grouped = {k for start, span, _ in groups for k in range(start, start + span)}
            top_row = {k: Cell("", fill=look.head_fill, boxed=True)
                       for k in range(len(columns)) if k not in grouped}
            for start, span, label in groups:
                top_row[start] = Cell(label, bold=True, fill=look.head_fill, boxed=True,
                                      span=span, align="center")
            rows.append(Row(top_row, "header"))
        rows.append(Row({k: Cell(h, bold=True, fill=look.head_fill, boxed=True)
                         for k, (h, _) in enumerate(columns)}, "header"))
        nrows = max(len(cells) for _, cells in columns)
        for r in range(nrows):
            cells_row: dict[int, Cell] = {}
            for k, (_, cells) in enumerate(columns):
                cell = cells[r] if r < len(cells) else Cell("")
                cell.boxed = True
                cells_row[k] = cell
            rows.append(Row(cells_row))
        rows.append(Row({}, "blank"))
    # bands of columns
    bands: list[list[int]] = []
    rw = _row_head_w_est(gx)
    room = avail - rw
    cur: list[int] = []
    used = 0.0
    first = [0] if look.repeat_a and ncols > 1 and widths[0] < room * 0.3 else []
    together = {start: sum(widths[start:start + span]) for _, _, groups in tables
                for start, span, _ in groups}
    for k in range(ncols):
        need = max(widths[k], together.get(k, 0.0))
        if cur and used + need > room:
            bands.append(cur)
            cur = list(first) if k > 0 else []
            used = sum(widths[j] for j in cur)
        if k not in cur:
            cur.append(k)
            used += widths[k]
    if cur:
        bands.append(cur)
    return Sheet(widths, rows), bands


def _row_head_w_est(gx: _Gx) -> float:
    return gx.fs * 2.6 if gx.look.headings else 0.0


def _number_rows(sheet: Sheet, first: int = 1) -> None:
    n = first
    for row in sheet.rows:
        row.number = n
        n += row.count


def _comment_rows(gx: _Gx, sheet: Sheet) -> list[Block]:
    """Collect the comment marks' cell references and print the comments (at sheet end)."""
    doc = gx.doc
    doc.comments = []
    for row in sheet.rows:
        for col, cell in row.cells.items():
            if cell.marker == "comment":
                text = gx.w.pick("comment").format(f"{doc.meta[3].value or 'SB'}")
                doc.comments.append((f"{_col_name(col)}{row.number}", text))
    if not gx.look.print_comments or not doc.comments:
        return []
    fs = gx.fs
    out: list[Block] = [_space(fs * 1.5)]
    head = gx.w.word("comments_head")

    def draw_head(top: float) -> None:
        c = gx.pen.c
        c.setFont(gx.f.bold, fs)
        c.setFillGray(0)
        c.drawString(gx.x0, top - fs * 1.1, head)

    out.append(Block(fs * 1.8, draw_head, True))
    for ref, text in doc.comments:
        cell_text = gx.w.word("cell").format(ref)

        def draw(top: float, cell_text: str = cell_text, text: str = text) -> None:
            c = gx.pen.c
            c.setFillGray(0)
            c.setFont(gx.f.regular, fs * 0.95)
            c.drawString(gx.x0, top - fs * 1.05, cell_text)
            c.drawString(gx.x0 + fs * 9, top - fs * 1.05, text)

        out.append(Block(fs * 1.45, draw, False))
    return out


def _grid_blocks(gx: _Gx, pages: int, scale: float) -> tuple[list[Block], list[Block]]:
    gx.scale = scale
    look = gx.look
    avail = gx.x1 - gx.x0
    record = gx.record
    blocks: list[Block] = []
    second: list[Block] = []
    if look.mode == "pairs":
        sheet, lab, val = _pairs_sheet(gx, avail - _row_head_w_est(gx))
        pic: Row | None = None
        if isinstance(record, Identity):
            span_w = sum(sheet.widths[lab:val + 1])
            pic = _picture_row(gx, record, lab, max(span_w, avail * 0.7))
            sheet.rows.append(Row({}, "blank"))
            sheet.rows.append(Row({lab: Cell(gx.w.head("picture"), bold=True,
                                             span=val - lab + 1)}, "section"))
            sheet.rows.append(pic)
        _number_rows(sheet)
        _measure(gx, sheet)
        _edges(sheet)
        if pic is not None:
            pic.height = pic.count * gx.fs * 1.55
        cols = list(range(len(sheet.widths)))
        for k, row in enumerate(sheet.rows):
            b = _row_block(gx, sheet, row, cols, k > 3 and row.kind != "picture")
            if row is pic and pages == 2:
                second.append(b)
            else:
                blocks.append(b)
        blocks += _comment_rows(gx, sheet)
        # the program prints the column letters at the top of every page
        gx.page_head = _letters_block(gx, sheet, cols, False) if look.headings else None
        return blocks, second
    sheet, bands = _wide_sheet(gx, avail)
    pic = None
    if isinstance(record, Identity):
        sheet.rows.append(Row({0: Cell(gx.w.head("picture"), bold=True,
                                       span=min(len(sheet.widths), 6))}, "section"))
        pic = _picture_row(gx, record, 0, min(avail * 0.75, sum(sheet.widths[:4]) + 80))
        sheet.rows.append(pic)
    _number_rows(sheet)
    _measure(gx, sheet)
    _edges(sheet)
    if pic is not None:
        pic.height = pic.count * gx.fs * 1.55
    # the program prints down, then over: every band with all its rows (the pasted picture
    # lies in the first band's columns)
    tail = sheet.rows.index(pic) - 1 if pic is not None else len(sheet.rows)
    for k, band in enumerate(bands):
        if k:
            blocks.append(_space(gx.fs * 1.6))
        if look.headings:
            blocks.append(_letters_block(gx, sheet, band, True))
        for j, row in enumerate(sheet.rows):
            if k and j >= tail:
                break
            if row is pic and pages == 2:
                if look.headings:
                    second.append(_letters_block(gx, sheet, band, False))
                second.append(_row_block(gx, sheet, row, band, False))
                continue
            blocks.append(_row_block(gx, sheet, row, band,
                                     breakable=not look.headings and j == 0 and k > 0))
    blocks += _comment_rows(gx, sheet)
    return blocks, second


def _grid_furniture(gx: _Gx, page: int, pages: int, picture_page: bool) -> None:
    look, w, doc = gx.look, gx.w, gx.doc
    c = gx.pen.c
    fs = doc.fs
    size = fs * 0.85
    c.saveState()
    c.setFillGray(0.1)
    c.setFont(gx.f.regular, size)
    top = gx.page_h - 24
    sheet_name = w.word("picture_tab") if picture_page else look.tabs[0]
    printed = w.word("printed").format(gx.s.date(doc.printed or data.REFERENCE_DATE), doc.clock)
    parts = {"file": look.file, "sheet": w.word("head_sheet").format(sheet_name),
             "printed": printed}
    slots = ("left", "centre", "right")
    for slot, key in zip(slots, look.head_parts, strict=False):
        text = parts[key]
        if slot == "left":
            c.drawString(gx.x0, top, text)
        elif slot == "centre":
            c.drawCentredString((gx.x0 + gx.x1) / 2, top, text)
        else:
            c.drawRightString(gx.x1, top, text)
    c.drawCentredString((gx.x0 + gx.x1) / 2, 20, w.word("page").format(page, pages))
    if look.footer_path:
        c.setFont(gx.f.regular, size * 0.9)
        c.drawString(gx.x0, 20, look.path)
    if look.show_tabs:
        _tabs(gx, sheet_name)
    c.restoreState()


def _tabs(gx: _Gx, active: str) -> None:
    c = gx.pen.c
    fs = gx.doc.fs * 0.85
    look, w = gx.look, gx.w
    names = list(look.tabs)
    if active not in names:
        names.insert(0, active)
    y = 34.0
    h = fs * 1.7
    x = gx.x0
    c.setLineWidth(0.5)
    c.setStrokeGray(0.55)
    c.setFillGray(0.86)
    c.rect(x, y, gx.x1 - gx.x0, h, stroke=1, fill=1)
    # the scroll arrows
    c.setFillGray(0.4)
    for k in range(2):
        ax = x + 6 + k * 10
        p = c.beginPath()
        p.moveTo(ax + 5, y + h * 0.25)
        p.lineTo(ax, y + h * 0.5)
        p.lineTo(ax + 5, y + h * 0.75)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    x += 30
    for name in names:
        face = gx.f.bold if name == active else gx.f.regular
        tw = _sw(name, face, fs) + 16
        c.setFillGray(1.0 if name == active else 0.8)
        p = c.beginPath()
        p.moveTo(x, y + h)
        p.lineTo(x + 4, y)
        p.lineTo(x + tw - 4, y)
        p.lineTo(x + tw, y + h)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.setFillGray(0.05)
        c.setFont(face, fs)
        c.drawString(x + 8, y + h * 0.32, name)
        x += tw - 2
    del w


def _draw_spreadsheet(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                      pages: int) -> None:
    look = doc.look
    if look.landscape:
        pw, ph = float(PAGE_H), float(PAGE_W)
        pen.c.setPageSize((pw, ph))
    else:
        pw, ph = float(PAGE_W), float(PAGE_H)
    margin = rng.uniform(30, 50)
    gx = _Gx(pen, doc, _w(s), s, random.Random(rng.random()), margin,
             pw - margin + rng.uniform(-4, 4), pw, ph, record)
    bottom = 34.0 + (doc.fs * 2.2 if look.show_tabs else 0.0) + 6
    head = 16.0 if look.headings and look.mode == "pairs" else 0.0
    tops = [ph - 40.0 - head, ph - 40.0 - head]
    seed = gx.rng.random()

    def build(sc: float) -> tuple[list[Block], list[Block]]:
        gx.rng = random.Random(seed)
        return _grid_blocks(gx, pages, sc)

    chunks = _pages(build, pages, tops, bottom)
    picture_second = isinstance(record, Identity) and pages == 2
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        y = tops[min(k, 1)]
        if gx.page_head is not None:
            gx.page_head.draw(y + gx.page_head.height)
        for b in chunk:
            b.draw(y)
            y -= b.height
        _grid_furniture(gx, k + 1, len(chunks), picture_second and k == 1)


# --- microfilm -----------------------------------------------------------------------------------


class _Tone:
    """A canvas whose colours pass through the film's tone curve: white paper becomes the
    film's paper tone, black ink its ink tone (a negative turns them round)."""

    def __init__(self, canvas: Canvas, paper: float, ink: float) -> None:
        self._c = canvas
        self._paper = paper
        self._ink = ink

    def _g(self, v: float) -> float:
        return self._paper + (self._ink - self._paper) * (1.0 - max(0.0, min(1.0, v)))

    @staticmethod
    def _lum(r: float, g: float, b: float) -> float:
        return 0.3 * r + 0.59 * g + 0.11 * b

    def setFillGray(self, v: float, alpha: float | None = None) -> None:
        self._c.setFillGray(self._g(v), alpha)

    def setStrokeGray(self, v: float, alpha: float | None = None) -> None:
        self._c.setStrokeGray(self._g(v), alpha)

    def setFillColorRGB(self, r: float, g: float, b: float,
                        alpha: float | None = None) -> None:
        self._c.setFillGray(self._g(self._lum(r, g, b)), alpha)

    def setStrokeColorRGB(self, r: float, g: float, b: float,
                          alpha: float | None = None) -> None:
        self._c.setStrokeGray(self._g(self._lum(r, g, b)), alpha)

    def setFillColor(self, color: Any, alpha: float | None = None) -> None:
        self._c.setFillGray(self._g(self._lum(color.red, color.green, color.blue)), alpha)

    def setStrokeColor(self, color: Any, alpha: float | None = None) -> None:
        self._c.setStrokeGray(self._g(self._lum(color.red, color.green, color.blue)), alpha)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._c, name)


@dataclass(slots=True)
class _Fx:
    pen: Pen
    doc: Doc
    w: Extra29Wording
    s: Style
    rng: random.Random
    x0: float
    x1: float
    record: Record
    scale: float = 1.0
    tab: float = 0.0

    @property
    def fs(self) -> float:
        return self.doc.fs * self.scale

    @property
    def f(self) -> Set4:
        return self.doc.faces

    @property
    def film(self) -> Film:
        return self.doc.film


def _ftext(fx: _Fx, x: float, y: float, text: str, size: float, face: str = "",
           grey: float = 0.0) -> float:
    c = fx.pen.c
    face = face or fx.f.regular
    c.setFillGray(grey)
    c.setFont(face, size)
    c.drawString(x, y, text)
    c.setFillGray(0)
    return _sw(text, face, size)


def _leader(fx: _Fx, x0: float, x1: float, y: float) -> None:
    if x1 - x0 < 6:
        return
    c = fx.pen.c
    style = fx.film.leaders
    c.saveState()
    if style == "dots":
        c.setFillGray(0.15)
        step = fx.fs * 0.42
        x = x0 + 2
        while x < x1 - 2:
            c.circle(x, y + 1.0, 0.42, stroke=0, fill=1)
            x += step
    elif style == "underscores":
        c.setStrokeGray(0.15)
        c.setLineWidth(0.45)
        c.line(x0 + 2, y - 1.5, x1, y - 1.5)
    c.restoreState()


def _film_header(fx: _Fx, record: Record) -> Block:
    doc, w, film = fx.doc, fx.w, fx.film
    fs = fx.fs
    key = {"antrag_zulassung": "issuer_kfz", "aufenthaltstitel_antrag": "issuer_abh"}.get(
        doc.doc_type, "issuer_reg" if doc.doc_type in CERTIFICATES else "issuer")
    issuer = w.word(key).format(doc.city)
    unit = w.word("unit") if doc.doc_type in ("anmeldung", "wohnungsgeberbestaetigung") else ""
    tsize = fs * 1.45
    title_lines = _wrap(doc.title, fx.f.bold, tsize, (fx.x1 - fx.x0) * 0.8)
    stamp = "archive" in film.stamps
    lift = 38.0 if stamp else 0.0
    h = fs * 2.6 + (fs * 1.2 if unit else 0) + len(title_lines) * tsize * 1.35 + fs * 1.2 + lift
    stamp_text = (w.word("stamp_archive"), film.archive)
    tilt = fx.rng.uniform(-9, 9)
    del record

    def draw(top: float) -> None:
        c = fx.pen.c
        _ftext(fx, fx.x0, top - fs * 1.1, issuer, fs * 1.0, fx.f.bold)
        y = top - fs * 1.1
        if unit:
            y -= fs * 1.2
            _ftext(fx, fx.x0, y, unit, fs * 0.92)
        if doc.doc_type not in CERTIFICATES and doc.doc_type != "identity_document":
            c.setFont(fx.f.regular, fs * 0.75)
            c.setFillGray(0)
            c.drawRightString(fx.x1, top - fs * 0.9, film.form_no)
        y -= fs * 1.6 + lift
        for line in title_lines:
            y -= tsize * 1.1
            c.setFillGray(0)
            t = c.beginText()
            t.setFont(fx.f.bold, tsize)
            t.setCharSpace(film.spacing)
            wd = _sw(line, fx.f.bold, tsize) + film.spacing * max(0, len(line) - 1)
            t.setTextOrigin((fx.x0 + fx.x1) / 2 - wd / 2, y)
            t.textOut(line)
            t.setCharSpace(0)
            c.drawText(t)
            y -= tsize * 0.25
        if stamp:
            _rect_stamp(fx, fx.x1 - 80, top - fs * 1.4 - 24, stamp_text, tilt)

    return Block(h, draw, False)


def _rect_stamp(fx: _Fx, cx_: float, cy: float, lines: tuple[str, ...], tilt: float) -> None:
    c = fx.pen.c
    size = fx.fs * 0.78
    wd = max(_sw(x, fx.f.bold, size) for x in lines) + 14
    ht = size * 1.35 * len(lines) + 8
    c.saveState()
    c.translate(cx_, cy)
    c.rotate(tilt)
    c.setStrokeGray(0.42)
    c.setLineWidth(1.1)
    c.rect(-wd / 2, -ht / 2, wd, ht, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect(-wd / 2 + 2, -ht / 2 + 2, wd - 4, ht - 4, stroke=1, fill=0)
    c.setFillGray(0.42)
    c.setFont(fx.f.bold, size)
    y = ht / 2 - 4 - size
    for line in lines:
        c.drawCentredString(0, y, line)
        y -= size * 1.35
    c.restoreState()


def _round_stamp(fx: _Fx, cx_: float, cy: float, r: float, text: str, mid: str) -> None:
    c = fx.pen.c
    c.saveState()
    c.setStrokeGray(0.45)
    c.setFillGray(0.45)
    c.setLineWidth(1.0)
    c.circle(cx_, cy, r, stroke=1, fill=0)
    c.circle(cx_, cy, r * 0.72, stroke=1, fill=0)
    size = r * 0.22
    c.setFont(fx.f.bold, size)
    n = len(text)
    for k, ch in enumerate(text):
        a = math.pi * (0.92 - 0.84 * k / max(1, n - 1))
        x = cx_ + r * 0.84 * math.cos(a)
        y = cy + r * 0.84 * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    c.setFont(fx.f.bold, r * 0.26)
    c.drawCentredString(cx_, cy - r * 0.1, mid)
    c.restoreState()


def _film_heading(fx: _Fx, text: str, n: int) -> Block:
    fs = fx.fs
    size = fs * 1.05
    h = size * 2.3
    style = fx.film.heads

    def draw(top: float) -> None:
        y = top - size * 1.55
        if style == "roman":
            label = f"{ROMAN[(n - 1) % len(ROMAN)]}. {text}"
        elif style == "caps":
            label = text.upper()
        else:
            label = text
        wd = _ftext(fx, fx.x0, y, label, size, fx.f.bold)
        if style == "underline":
            c = fx.pen.c
            c.setLineWidth(0.6)
            c.setStrokeGray(0)
            c.line(fx.x0, y - 2, fx.x0 + wd, y - 2)

    return Block(h, draw, False)


def _box(fx: _Fx, x: float, y: float, side: float, ticked: bool) -> None:
    c = fx.pen.c
    c.setLineWidth(0.6)
    c.setStrokeGray(0)
    c.rect(x, y - 1, side, side, stroke=1, fill=0)
    if ticked:
        c.setFillGray(0)
        c.setFont(fx.doc.vface, side * 1.25)
        c.drawCentredString(x + side / 2, y + side * 0.05, "x")


def _key_line(fx: _Fx, f: Fld, n: int, note: str) -> Block:
    """A numbered label, leaders and the typed value at the tab stop (options with boxes)."""
    fs = fx.fs
    lsize = fs * 0.92
    vsize = fs * 1.02
    film = fx.film
    prefix = f"{n}. " if film.numbered else ""
    label = prefix + f.label
    tab = fx.tab
    lab_w = tab - fx.x0 - 10
    lines = _wrap(label, fx.f.regular, lsize, lab_w)
    value = f.value
    vw = fx.x1 - tab
    vlines = _wrap(value, fx.doc.vface, vsize, vw) if value else []
    side = lsize * 0.9
    opt_rows: list[list[int]] = []
    if f.options:
        cur: list[int] = []
        used = 0.0
        for i, opt in enumerate(f.options):
            ow = side + 4 + _sw(opt, fx.f.regular, lsize) + 12
            if cur and used + ow > vw:
                opt_rows.append(cur)
                cur, used = [], 0.0
            cur.append(i)
            used += ow
        if cur:
            opt_rows.append(cur)
    body = max(len(lines), len(vlines), len(opt_rows), 1)
    lead = fs * 1.45
    h = body * lead + fs * 0.45

    def draw(top: float) -> None:
        y = top - fs * 1.2
        yl = y
        end = fx.x0
        for k, line in enumerate(lines):
            end = fx.x0 + _ftext(fx, fx.x0, yl, line, lsize)
            if k < len(lines) - 1:
                yl -= lead
        # the leaders run from the label's last line to the value
        ly = y + (len(lines) - 1) * -lead if len(lines) > 1 else y
        if f.options:
            _leader(fx, end + 3, tab - 4, ly)
            yy = y
            for row in opt_rows:
                x = tab
                for i in row:
                    _box(fx, x, yy, side, i == f.chosen)
                    x += side + 4
                    x += _ftext(fx, x, yy, f.options[i], lsize) + 12
                yy -= lead
        else:
            vy = ly
            stop = tab - 4 if vlines else fx.x1
            _leader(fx, end + 3, stop, ly)
            for k, vline in enumerate(vlines):
                _ftext(fx, tab + fx.rng.uniform(-1.0, 1.5), vy - k * lead + fx.rng.uniform(
                    -0.6, 0.6), vline, vsize, fx.doc.vface)
        if note:
            _hand_note(fx, note, top, fx.rng.random() < 0.6)

    return Block(h, draw, True)


def _hand_note(fx: _Fx, note: str, top: float, left: bool) -> None:
    """A hand-written note in the margin beside a line (left out when the margin is too
    narrow for it)."""
    c = fx.pen.c
    face = fx.film.hand
    room = fx.film.margin - 16
    size = _fit(note, face, fx.fs * 0.95, room, 0.55)
    wd = _sw(note, face, size)
    if wd > room:
        return
    c.saveState()
    c.setFillGray(0.3)
    c.setFont(face, size)
    x = fx.x0 - wd - 6 if left else fx.x1 + 6
    c.translate(x, top - fx.fs * 1.15)
    c.rotate(fx.rng.uniform(-7, 7))
    c.drawString(0, 0, note)
    c.restoreState()


def _film_para(fx: _Fx, text: str, size: float, face: str = "", gap: float = 0.6,
               indent: float = 0.0) -> Block:
    lines = _wrap(text, face or fx.doc.vface, size, fx.x1 - fx.x0 - indent)
    h = len(lines) * size * 1.45 + size * gap

    def draw(top: float) -> None:
        y = top - size
        for line in lines:
            _ftext(fx, fx.x0 + indent, y, line, size, face or fx.doc.vface)
            y -= size * 1.45

    return Block(h, draw, True)


def _named(doc: Doc, name: str) -> str:
    for f in fields(doc):
        if f.name == name:
            return f.value
    return ""


def _prose(fx: _Fx, record: Geburt | Ehe | Sterbe) -> list[Block]:
    w, doc = fx.w, fx.doc
    fs = fx.fs
    sentences: list[str] = []
    match record:
        case Geburt():
            sentences.append(w.prose("birth").format(
                given=_named(doc, "given_names"), family=_named(doc, "family_name"),
                dob=_named(doc, "date_of_birth"), pob=_named(doc, "place_of_birth")))
            sentences.append(w.prose("sex").format(sex=_named(doc, "sex")))
            sentences.append(w.prose("mother").format(mother=_named(doc, "mother_name")))
            father = _named(doc, "father_name")
            sentences.append(w.prose("father").format(father=father) if father
                             else w.prose("no_father"))
        case Ehe():
            names = []
            for k in (1, 2):
                names.append(f"{_named(doc, f'spouse{k}_given_names')} "
                             f"{_named(doc, f'spouse{k}_family_name')}")
            sentences.append(w.prose("marriage").format(
                p1=names[0], p2=names[1], date=_named(doc, "marriage_date"),
                place=_named(doc, "marriage_place")))
            for k in (1, 2):
                sentences.append(w.prose("spouse_born").format(
                    name=names[k - 1], dob=_named(doc, f"spouse{k}_date_of_birth")))
        case Sterbe():
            sentences.append(w.prose("death").format(
                given=_named(doc, "given_names"), family=_named(doc, "family_name"),
                dod=_named(doc, "date_of_death"), pod=_named(doc, "place_of_death")))
            sentences.append(w.prose("dead_born").format(
                dob=_named(doc, "date_of_birth"), pob=_named(doc, "place_of_birth")))
    sentences.append(w.prose("register").format(office=_named(doc, "registry_office"),
                                                number=_named(doc, "register_number")))
    size = fs * 1.05
    out = [_film_para(fx, " ".join(sentences[:2]), size, gap=0.7)]
    out += [_film_para(fx, x, size, gap=0.7) for x in sentences[2:]]
    return out


def _entry_margin(fx: _Fx, number: str) -> Block:
    """The register entry's number, as the book prints it above the entry."""
    fs = fx.fs
    text = fx.w.word("entry_no").format(number)
    h = fs * 2.2

    def draw(top: float) -> None:
        _ftext(fx, fx.x0, top - fs * 1.3, text, fs * 1.1, fx.f.bold)

    return Block(h, draw, False)


def _film_sign(fx: _Fx, record: Record) -> Block:
    doc, w = fx.doc, fx.w
    fs = fx.fs
    cert = doc.doc_type in CERTIFICATES
    if cert:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        day = _named(doc, "issue_date")
        caption = w.word("sign_reg")
    else:
        day = fx.s.date(doc.printed or data.REFERENCE_DATE)
        caption = w.word("sign_landlord" if doc.doc_type == "wohnungsgeberbestaetigung"
                         else "sign")
    place = w.word("place_date").format(doc.city, day)
    closing = w.word("closing_reg") if cert else ""
    round_stamp = "copy" in fx.film.stamps
    date_stamp = "date" in fx.film.stamps and fx.film.film_day is not None
    gap = fs * 3.6 + (24 if cert else 0)
    h = fs * 1.6 + (fs * 1.8 if closing else 0) + gap + fs * 2.0 + (30 if date_stamp else 0)
    seed = fx.rng.random()

    def draw(top: float) -> None:
        r = random.Random(seed)
        y = top - fs * 1.3
        if closing:
            _ftext(fx, fx.x0, y, closing, _fit(closing, fx.doc.vface, fs * 0.98,
                                               fx.x1 - fx.x0), fx.doc.vface)
            y -= fs * 1.8
        _ftext(fx, fx.x0, y, place, fs, fx.doc.vface)
        y -= gap
        x = fx.x1 - 190
        c = fx.pen.c
        c.setLineWidth(0.5)
        c.setStrokeGray(0)
        c.line(x, y, fx.x1, y)
        _signature(fx.pen, x + 30, y + 4, r)
        _ftext(fx, x, y - fs * 0.95, caption, fs * 0.78, fx.f.regular)
        if cert:
            _seal(fx.pen, fx.x0 + 50, y + 12, 26, 0.4)
            _ftext(fx, fx.x0 + 22, y - 24, w.word("seal"), fs * 0.72, fx.f.regular, 0.3)
        if round_stamp:
            _round_stamp(fx, x - 48, y - 2, 24, w.word("stamp_copy"), fx.film.frame_no)
        if date_stamp and fx.film.film_day is not None:
            text = w.word("stamp_date").format(fx.s.date(fx.film.film_day))
            _rect_stamp(fx, fx.x1 - 80, y - fs * 2.2 - 14, (text,), r.uniform(-5, 5))

    return Block(h, draw, False)


def _film_copy(fx: _Fx, record: Identity) -> Block:
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(1.15, (fx.x1 - fx.x0) * 0.78 / bw, PAGE_H * 0.4 / bh) * min(1.0, fx.scale * 1.1)
    w0, h0 = _card_size(record, part, scale)
    cap = fx.fs * 0.92
    h = h0 + cap * 2.4 + 10
    seed = fx.rng.random()
    viz = fx.rng.choice(VIZ_STYLES)
    indent = (fx.x1 - fx.x0 - w0) * fx.rng.choice((0.0, 0.5))
    caption = fx.w.word("copy")

    def draw(top: float) -> None:
        x = fx.x0 + indent
        _ftext(fx, x, top - cap, caption, cap, fx.f.italic, 0.2)
        _draw_copy(fx.pen, record, part, x, top - cap * 1.7, scale, viz, random.Random(seed),
                   True)

    return Block(h, draw, False)


def _film_blocks(fx: _Fx, record: Record, pages: int, scale: float
                 ) -> tuple[list[Block], list[Block]]:
    fx.scale = scale
    doc, w, film = fx.doc, fx.w, fx.film
    fs = fx.fs
    blocks: list[Block] = [_film_header(fx, record)]
    second: list[Block] = []
    cert = doc.doc_type in CERTIFICATES
    ident = isinstance(record, Identity)
    widest = max((_sw((f"{99}. " if film.numbered else "") + f.label, fx.f.regular, fs * 0.92)
                  for f in fields(doc)), default=100.0)
    fx.tab = fx.x0 + min(widest + 22, (fx.x1 - fx.x0) * 0.5)
    if not cert and not ident:
        blocks.append(_film_para(fx, w.word("instruction"), fs * 0.82, fx.f.italic, 0.9))
    if ident:
        assert isinstance(record, Identity)
        copy = _film_copy(fx, record)
        if pages == 2:
            second.append(copy)
        else:
            blocks.append(copy)
    notes = list(film.notes)
    rng = random.Random(fx.rng.random())
    n = 0
    if cert and film.prose:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        blocks.append(_entry_margin(fx, _named(doc, "register_number")))
        blocks += _prose(fx, record)
        blocks.append(_space(fs * 0.6))
        # the entry's key data once more as a marginal register block
        for sec in doc.sections:
            if sec.key == "register":
                blocks.append(_film_heading(fx, sec.head, 1))
                for f in sec.items:
                    if f.key == "register_number":
                        continue
                    n += 1
                    blocks.append(_key_line(fx, f, n, ""))
    else:
        count = sum(len(sec.items) for sec in doc.sections)
        marked = set(rng.sample(range(1, count + 1), k=min(count, len(notes))))
        for k, sec in enumerate(doc.sections, 1):
            if not sec.items:
                continue
            blocks.append(_film_heading(fx, sec.head, k))
            for f in sec.items:
                n += 1
                note = notes.pop() if n in marked and notes else ""
                blocks.append(_key_line(fx, f, n, note))
            blocks.append(_space(fs * 0.5))
    if ident:
        blocks.append(_film_para(fx, w.word("copy_note"), fs * 0.9, fx.f.italic, 0.8))
    blocks.append(_film_sign(fx, record))
    return blocks, second


def _film_frame(fx: _Fx, real: Canvas, page: int, pages: int) -> None:
    """The film frame around the page image, the paper tone, uneven light and the markers."""
    film = fx.film
    bl, br, bt, bb = film.band
    w, h = float(PAGE_W), float(PAGE_H)
    real.saveState()
    real.setFillGray(film.frame)
    real.rect(0, 0, w, h, stroke=0, fill=1)
    # the page image, brighter (or darker) in the middle, as a reader-printer lights it
    shift = 0.06 if not film.negative else 0.04
    edge = film.paper - shift if not film.negative else film.paper + shift
    real.setFillGray(film.paper)
    real.rect(bl, bb, w - bl - br, h - bt - bb, stroke=0, fill=1)
    real.saveState()
    clip = real.beginPath()
    clip.rect(bl, bb, w - bl - br, h - bt - bb)
    real.clipPath(clip, stroke=0, fill=0)
    cx_, cy = bl + (w - bl - br) * film.light[0], bb + (h - bt - bb) * film.light[1]
    real.radialGradient(cx_, cy, math.hypot(w, h) * 0.55,
                        (Color(film.paper, film.paper, film.paper), Color(edge, edge, edge)),
                        (0.35, 1.0), extend=True)
    real.restoreState()
    # markers in the frame band
    mark = film.marks
    real.setFillGray(mark)
    size = 6.6
    real.setFont("Courier-Bold", size)
    real.drawString(bl + 4, h - bt + (bt - size) / 2, f"{film.reader}   {film.archive}")
    real.drawRightString(w - br - 4, h - bt + (bt - size) / 2,
                         f"{film.reel}   {fx.w.word('frame').format(film.frame_no)}")
    real.drawString(bl + 4, (bb - size) / 2 + 2, f"{film.ratio}   {film.frame_no}-{page}")
    # blip marks along the lower edge
    x = w * 0.45
    for k in range(6 + page % 3):
        real.rect(x + k * 11, 3, 6, max(4.0, bb * 0.28), stroke=0, fill=1)
    real.saveState()
    real.translate(bl * 0.62, h * 0.5)
    real.rotate(90)
    real.setFont("Courier", size * 0.95)
    real.drawCentredString(0, 0, f"{film.reel} · {film.frame_no} · {page}/{pages}")
    real.restoreState()
    real.restoreState()


def _film_overlay(fx: _Fx, real: Canvas, seed: float) -> None:
    """Scratches along the film and a few specks of dust (thin, never over a whole word)."""
    film = fx.film
    r = random.Random(seed)
    bl, br, bt, bb = film.band
    w, h = float(PAGE_W), float(PAGE_H)
    real.saveState()
    real.setLineWidth(0.3)
    for _ in range(film.scratches):
        # along the film's edge, beside the text column
        left = r.random() < 0.5
        x = r.uniform(bl + 4, fx.x0 - 6) if left else r.uniform(fx.x1 + 6, w - br - 4)
        tone = (film.paper + film.ink) / 2 if film.negative else film.paper - 0.12
        real.setStrokeGray(tone)
        y0 = r.uniform(bb, h * 0.5)
        y1 = min(h - bt, y0 + r.uniform(120, 500))
        real.line(x, y0, x + r.uniform(-2, 2), y1)
    for _ in range(r.randint(4, 16)):
        side = r.choice(("l", "r"))
        x = r.uniform(bl + 2, bl + 26) if side == "l" else r.uniform(w - br - 26, w - br - 2)
        y = r.uniform(bb + 4, h - bt - 4)
        real.setFillGray(film.ink if film.negative else film.ink + 0.1)
        real.circle(x, y, r.uniform(0.3, 0.9), stroke=0, fill=1)
    real.restoreState()


def _draw_microfilm(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                    pages: int) -> None:
    film = doc.film
    real = pen.c
    tone = _Tone(real, film.paper, film.ink)
    faces = Faces(doc.faces.regular, doc.faces.bold, False, doc.vface)
    fpen = Pen(cast(Canvas, tone), faces, pen.left, pen.right)
    bl, br, bt, bb = film.band
    inner = rng.uniform(40, 62)
    film.margin = inner
    fx = _Fx(fpen, doc, _w(s), s, random.Random(rng.random()), bl + inner,
             PAGE_W - br - inner + rng.uniform(-4, 4), record)
    tops = [PAGE_H - bt - rng.uniform(26, 40)] * 2
    bottom = bb + 34.0
    seed = fx.rng.random()

    def build(sc: float) -> tuple[list[Block], list[Block]]:
        fx.rng = random.Random(seed)
        return _film_blocks(fx, record, pages, sc)

    chunks = _pages(build, pages, tops, bottom)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        _film_frame(fx, real, k + 1, len(chunks))
        tone.setFillGray(0)
        tone.setStrokeGray(0)
        fx.rng = random.Random(seed + k + 1)
        y = tops[min(k, 1)]
        for b in chunk:
            b.draw(y)
            y -= b.height
        page = fx.w.word("page").format(k + 1, len(chunks))
        tone.setFillGray(0.2)
        tone.setFont(doc.faces.regular, doc.fs * 0.75)
        tone.drawRightString(fx.x1, bb + 12, page)
        _film_overlay(fx, real, seed + 10 * k)


# --- whole documents -----------------------------------------------------------------------------


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    if doc.layout == "spreadsheet":
        _draw_spreadsheet(pen, record, s, rng, doc, pages)
    else:
        _draw_microfilm(pen, record, s, rng, doc, pages)
    return doc


def draw_extra29(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)
