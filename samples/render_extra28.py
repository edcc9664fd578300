"""The twenty-eighth extra pair of blind held-out layouts: ``placeholder`` and ``inverted``.

``placeholder`` is the PDF printout of a modern e-government online form: a coloured portal bar,
a step indicator, field labels with a required mark or an optional note, every input drawn as a
box; filled inputs show the citizen's value, while some optional inputs left empty still show
their grey placeholder text with an example value, hints with example values sit under inputs,
now and then an inline validation message in red, info boxes, radio buttons or select boxes for
choices, a consent box, a summary of the steps and a footer with a transaction id and a print
time stamp. Certificates are the portal's read-only certificate view, identity documents an
upload step with the copy of the document (the whole machine-readable zone) and a read-only card
of the data read from it. Example values are never truth values.

``inverted`` prints every value first and its label after it (in brackets, after a dash, after a
middle dot, as a small caption to the right, or in a two-column table of values and labels),
chosen per document or per section; opening and closing sentences, place and date (never a truth
date), signature or seal; certificates as a register abstract printed the same way, identity
documents as a copy sheet with the copy and an inverted data list.

Both draw straight from the record with the wording of ``samples.wording_extra28``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from reportlab.pdfbase import pdfmetrics

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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _set4
from samples.render_extra24 import Block
from samples.render_extra25 import _paginate
from samples.render_extra26 import _city, _furniture_day, _truth_days, _truth_strings
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra28 import (
    DWELLING28,
    DWELLING_ORDER28,
    EXAMPLES,
    ID_KINDS28,
    PURPOSE28,
    PURPOSE_ORDER28,
    ROLE28,
    SEX_ORDER28,
    Extra28Wording,
    nationality_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
INV_STYLES: Final = ("bracket", "dash", "dot", "caption", "table")
SEPARATORS: Final = {"bracket": ("(", ")"), "dash": ("\u2013 ", ""), "dot": ("\u00b7 ", "")}
RGB = tuple[float, float, float]
ACCENTS: Final[tuple[RGB, ...]] = (
    (0.0, 0.27, 0.55),
    (0.0, 0.42, 0.45),
    (0.3, 0.2, 0.55),
    (0.1, 0.36, 0.2),
    (0.55, 0.1, 0.2),
)
INKS: Final[tuple[RGB, ...]] = ((0.05, 0.05, 0.07), (0.08, 0.14, 0.45), (0.12, 0.12, 0.12))
RED: Final[RGB] = (0.78, 0.08, 0.1)
PLACEHOLDER_GREY: Final = 0.62
HINT_GREY: Final = 0.48


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, whether it is optional, its placeholder, hint and validation message,
    and the printed label (set when the document is built)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    wide: bool = False
    optional: bool = False
    placeholder: str = ""
    hint: str = ""
    error: str = ""
    label: str = ""


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]
    style: str = ""


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    vface: str
    ink: RGB
    accent: RGB
    fs: float
    columns: int
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    ref: str = ""
    examples: list[str] = field(default_factory=list)
    infos: list[int] = field(default_factory=list)
    heads: str = "plain"
    clock: str = ""


def _w(s: Style) -> Extra28Wording:
    assert isinstance(s.words, Extra28Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


class _B:
    """Builds the sections and fields; example values never hold a truth value."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc, record: Record) -> None:
        self.s, self.rng, self.doc, self.record = s, rng, doc, record
        self.w = _w(s)
        self.form = doc.layout == "placeholder"
        self.taken = _truth_strings(record)
        self.days = _truth_days(record)

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "", *, wide: bool = False) -> Fld:
        f = Fld(key, value, name, wide=wide)
        self.doc.sections[-1].items.append(f)
        return f

    # example values (placeholders, hints)
    def example(self, kind: str) -> str:
        options = [x for x in EXAMPLES[kind] if x not in self.taken]
        value = self.rng.choice(options)
        self.doc.examples.append(value)
        return value

    def example_day(self) -> str:
        for _ in range(60):
            d = data.day_between(self.rng, date(1961, 1, 1), date(2009, 12, 31))
            if d not in self.days:
                break
        text = self.s.date(d)
        self.doc.examples.append(text)
        return text

    def example_plz(self) -> str:
        while True:
            value = f"{self.rng.randint(10, 99)}{self.rng.randint(0, 999):03d}"
            if value not in self.taken:
                self.doc.examples.append(value)
                return value

    def placeholder(self, f: Fld, kind: str, p: float = 0.75) -> None:
        """An optional input left empty shows an example value now and then."""
        if not self.form or not kind or f.value or self.rng.random() >= p:
            return
        if kind == "date":
            ex = self.example_day()
        elif kind == "plz":
            ex = self.example_plz()
        elif kind == "address":
            street, city = self.example("street"), self.example("city")
            ex = f"{street} {self.rng.randint(1, 60)}, {self.example_plz()} {city}"
        else:
            ex = self.example(kind)
        f.placeholder = self.w.word("example").format(ex)

    def hint(self, f: Fld, key: str, p: float = 0.5) -> None:
        if not self.form or self.rng.random() >= p:
            return
        text = self.w.word(key)
        if "{}" in text:
            ex = self.example_day() if key == "hint_date" else self.example_plz()
            text = text.format(ex)
        f.hint = text

    def optional(self, key: str, value: str, name: str, kind: str, *, wide: bool = False) -> Fld:
        f = self.add(key, value, name if value else "", wide=wide)
        f.optional = True
        self.placeholder(f, kind)
        return f

    def extra(self, key: str, kind: str, p: float = 0.6, value: str = "") -> None:
        """An optional input the catalog does not ask for (placeholder layout only)."""
        if self.form and self.rng.random() < p:
            self.optional(key, value if value not in self.taken else "", "", kind)

    def choice(self, key: str, options: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, options[chosen], name, wide=True)
        if self.s.purpose_mode == "choice":
            f.options, f.chosen = options, chosen
        return f

    def date(self, key: str, d: date, name: str = "", hint: float = 0.45) -> Fld:
        f = self.add(key, self.s.date(d), name)
        self.hint(f, "hint_date", hint)
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        f = self.add("sex", SEX_WORDS[code], name)
        if self.s.sex_mode == "choice" and self.doc.doc_type not in CERTIFICATES:
            f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER28)
            f.chosen = SEX_ORDER28.index(code)
            f.wide = True
        return f

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name)

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city", wide=True)
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number", wide=True)
            self.add("city_line", a.city_line, "postal_code+city", wide=True)
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number")
            f = self.add("postal_code", a.postal_code, "postal_code")
            self.hint(f, "hint_plz", 0.35)
            self.add("city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        f = self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.hint(f, "hint_name", 0.25)
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc, record)
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            b.optional("birth_name", p.birth_name or "", "birth_name", "family")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            b.extra("doctor", "", 0.4)
            b.extra("alias", "name", 0.5)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.extra("addr_extra", "extra", 0.6)
            if record.dwelling:
                k = DWELLING_ORDER28.index(record.dwelling)
                words = tuple(DWELLING28[d][0 if b.form else 1] for d in DWELLING_ORDER28)
                b.choice("dwelling", words, k, "dwelling")
            else:
                b.optional("dwelling", "", "", "")
            b.section("previous")
            b.optional("previous_address", record.previous or "", "previous_address", "address",
                       wide=True)
            b.extra("moved_out", "date", 0.5)
            if b.form or record.phone:
                b.section("contact")
                if record.phone:
                    b.optional("phone", record.phone, "", "phone")
                else:
                    b.extra("phone", "phone", 1.0)
                b.extra("email", "email", 0.8)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name", wide=True)
            b.add("landlord_address", record.landlord_address.line, "landlord_address", wide=True)
            b.choice(
                "role",
                tuple(ROLE28[k][0 if b.form else 1] for k in (True, False)),
                0 if record.landlord_is_owner else 1,
            )
            b.extra("phone", "phone", 0.5)
            b.section("flat")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.extra("addr_extra", "extra", 0.5)
            b.section("tenants")
            for name in record.tenants:
                b.add("tenant", name, "tenant_names", wide=True)
            b.extra("co_name", "name", 0.5)
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if rng.random() < 0.6:
                f = b.add("birth_time", record.birth_time)
                b.hint(f, "hint_time", 0.4)
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name", wide=True)
            if record.father or b.form or rng.random() < 0.5:
                b.optional("father_name", record.father or "", "father_name", "name", wide=True)
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
                if b.form and rng.random() < 0.6:
                    b.optional("birth_name", "", "", "family")
            b.section("marriage")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            if b.form and rng.random() < 0.5:
                b.optional("birth_name", "", "", "family")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if rng.random() < 0.6:
                b.add("last_residence", record.last_residence, wide=True)
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
            b.extra("email", "email", 0.5)
            b.section("vehicle")
            f = b.add("vin", record.vin, "vin", wide=True)
            b.hint(f, "hint_vin", 0.6)
            if b.form or rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            f = b.optional("desired_plate", record.plate or "", "desired_plate", "plate")
            b.hint(f, "hint_plate", 0.4)
            b.extra("plate_until", "date", 0.5)
            b.section("insurance")
            f = b.add("evb_number", record.evb, "evb_number")
            b.hint(f, "hint_evb", 0.5)
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder", wide=True)
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            f = b.add("iban", iban, "iban", wide=True)
            b.hint(f, "hint_iban", 0.5)
            if rng.random() < 0.5:
                bic = b.add("bic", record.bic if rng.random() < 0.6 else "")
                bic.optional = True
        case Aufenthalt():
            p = record.person
            b.section("applicant")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.extra("nationality2", "", 0.5)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.extra("visa_no", "", 0.5)
            b.section("stay")
            k = PURPOSE_ORDER28.index(record.purpose)
            words = tuple(PURPOSE28[x][0 if b.form else 1] for x in PURPOSE_ORDER28)
            b.choice("purpose", words, k, "purpose")
            b.extra("note", "note", 0.4)
            b.section("home")
            b.address(record.address)
            b.extra("addr_extra", "extra", 0.5)
            if b.form:
                b.section("contact")
                b.extra("phone", "phone", 1.0)
                b.extra("email", "email", 0.8)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            f = b.add("doc_kind", ID_KINDS28[kind][0 if b.form else 1], wide=True)
            if s.purpose_mode == "choice":
                j = 0 if b.form else 1
                f.options = (ID_KINDS28["P"][j], ID_KINDS28["I"][j])
                f.chosen = 0 if kind == "P" else 1
            b.add("doc_number", str(t["document_number"]), "document_number")
            b.add("issuing_state", str(t["issuing_state"]), "issuing_state")
            b.date("expiry_date", record.expiry, "expiry_date")
            b.section("holder_id")
            b.add("family_name", str(t["family_name"]), "family_name")
            b.add("given_names", str(t["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            b.sex(str(t["sex"]) if str(t["sex"]) in SEX_WORDS else "X")
            b.nationality(record.person.nationality)
            b.extra("alias", "name", 0.6)
            doc.zone = tuple(record.lines)
    # an occasional inline validation message (never about a missing required value)
    if b.form and doc.doc_type not in CERTIFICATES and not isinstance(record, Identity):
        candidates = [f for f in fields(doc) if not f.options]
        for f in rng.sample(candidates, k=min(len(candidates), rng.choice((0, 1, 1, 2)))):
            f.error = b.w.word("error")


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office", wide=True)
    b.add("register_number", r.register, "register_number")
    b.date("issue_date", r.issue, "issue_date", hint=0.0)


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "placeholder" if w.form else "inverted"
    serif = rng.random() < (0.15 if w.form else 0.5)
    faces = _set4(rng.choice(SERIF9 if serif else SANS9))
    vface = faces.regular
    if not w.form:
        pick = rng.random()
        if pick < 0.3:
            vface = faces.bold
        elif pick < 0.5:
            name, fb = rng.choice(MONO9)
            vface = _set4(((name, fb),) * 4).regular
    doc = Doc(
        doc_type,
        layout,
        w.title(doc_type),
        _city(record),
        [],
        faces,
        vface,
        rng.choice(INKS),
        rng.choice(ACCENTS),
        rng.uniform(8.6, 10.0),
        rng.choice((1, 1, 2)) if w.form else 1,
    )
    _content(record, s, rng, doc)
    for sec in doc.sections:
        for f in sec.items:
            f.label = w(f.key)
    if not w.form:
        if rng.random() < 0.5:  # one way for the whole document
            one = rng.choice(INV_STYLES)
            for sec in doc.sections:
                sec.style = one
        else:  # a way per section
            for sec in doc.sections:
                sec.style = rng.choice(INV_STYLES)
        doc.heads = rng.choice(("plain", "caps", "rule", "numbered"))
    else:
        n = len(doc.sections)
        doc.infos = sorted(rng.sample(range(n + 1), k=min(n + 1, rng.choice((1, 1, 2)))))
    doc.printed = _furniture_day(record, rng)
    doc.furniture = [doc.printed]
    doc.clock = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    if w.form:
        hexes = "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
        doc.ref = f"{hexes[:4]}-{hexes[4:]}-{rng.randint(1000, 9999)}"
    else:
        doc.ref = f"{rng.choice(('BA', 'MW', 'KFZ', 'AB', 'SR'))}-{rng.randint(10, 99)}/" \
                  f"{rng.randint(10000, 99999)}"
    return doc


# --- drawing helpers -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Cx:
    pen: Pen
    doc: Doc
    w: Extra28Wording
    s: Style
    rng: random.Random
    x0: float
    x1: float
    scale: float = 1.0

    @property
    def fs(self) -> float:
        return self.doc.fs * self.scale

    @property
    def f(self) -> Set4:
        return self.doc.faces


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit(text: str, face: str, size: float, width: float) -> float:
    wd = _sw(text, face, size)
    return size if wd <= width or wd == 0 else max(size * 0.5, size * width / wd)


def _text(cx: _Cx, x: float, y: float, text: str, size: float, face: str = "",
          rgb: RGB = (0.0, 0.0, 0.0)) -> float:
    c = cx.pen.c
    c.setFillColorRGB(*rgb)
    face = face or cx.f.regular
    c.setFont(face, size)
    c.drawString(x, y, text)
    c.setFillGray(0)
    return _sw(text, face, size)


def _grey(g: float) -> RGB:
    return (g, g, g)


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


def _para(cx: _Cx, text: str, size: float, face: str = "", rgb: RGB = (0, 0, 0),
          gap: float = 0.5) -> Block:
    lines = _wrap(text, face or cx.f.regular, size, cx.x1 - cx.x0)
    h = len(lines) * size * 1.3 + size * gap

    def draw(top: float) -> None:
        y = top - size
        for line in lines:
            _text(cx, cx.x0, y, line, size, face, rgb)
            y -= size * 1.3

    return Block(h, draw, True)


def _space(h: float) -> Block:
    return Block(h, lambda top: None, True)


def _tick(cx: _Cx, x: float, y: float, side: float, rgb: RGB) -> None:
    c = cx.pen.c
    c.saveState()
    c.setStrokeColorRGB(*rgb)
    c.setLineWidth(max(0.8, side * 0.14))
    p = c.beginPath()
    p.moveTo(x + side * 0.2, y + side * 0.5)
    p.lineTo(x + side * 0.42, y + side * 0.25)
    p.lineTo(x + side * 0.82, y + side * 0.78)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _copy(cx: _Cx, record: Identity, caption: str, frac: float) -> Block:
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(1.1, (cx.x1 - cx.x0) * frac / bw, PAGE_H * 0.4 / bh) * min(1.0, cx.scale * 1.1)
    w0, h0 = _card_size(record, part, scale)
    cap = cx.fs * 0.9
    h = h0 + cap * 2.2 + 12
    seed = cx.rng.random()
    viz = cx.rng.choice(VIZ_STYLES)
    indent = (cx.x1 - cx.x0 - w0) * cx.rng.choice((0.0, 0.5))

    def draw(top: float) -> None:
        x = cx.x0 + indent
        _text(cx, x, top - cap, caption, cap, cx.f.italic, _grey(0.3))
        _draw_copy(cx.pen, record, part, x, top - cap * 1.6, scale, viz, random.Random(seed), True)

    return Block(h, draw, False)


# --- placeholder ---------------------------------------------------------------------------------


def _portal_bar(cx: _Cx) -> Block:
    fs = cx.fs
    doc = cx.doc
    key = {"antrag_zulassung": "portal_kfz", "aufenthaltstitel_antrag": "portal_abh"}.get(
        doc.doc_type, "portal_reg" if doc.doc_type in CERTIFICATES else "portal")
    name = cx.w.word(key).format(doc.city)
    h = fs * 2.6
    title = fs * 1.75
    total = h + title * 2.0

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setFillColorRGB(*doc.accent)
        c.rect(cx.x0 - 8, top - h, cx.x1 - cx.x0 + 16, h, stroke=0, fill=1)
        _text(cx, cx.x0, top - h + fs * 0.9, name, fs * 1.1, cx.f.bold, (1, 1, 1))
        size = _fit(doc.title, cx.f.bold, title, cx.x1 - cx.x0)
        _text(cx, cx.x0, top - h - title * 1.35, doc.title, size, cx.f.bold, (0.1, 0.1, 0.12))

    return Block(total, draw, False)


def _steps(cx: _Cx, names: list[str], current: int) -> Block:
    fs = cx.fs
    n = len(names)
    r = fs * 0.85
    col = (cx.x1 - cx.x0) / n
    small = fs * 0.72
    lines = [_wrap(x, cx.f.regular, small, col - 6)[:2] for x in names]
    h = fs * 1.4 + r * 2 + small * 1.3 * max(len(x) for x in lines) + fs * 0.8
    caption = cx.w.word("step").format(current + 1, n)

    def draw(top: float) -> None:
        c = cx.pen.c
        _text(cx, cx.x0, top - fs * 0.9, caption, fs * 0.8, cx.f.regular, _grey(0.35))
        cy = top - fs * 1.4 - r
        c.setLineWidth(1.2)
        c.setStrokeGray(0.75)
        c.line(cx.x0 + col / 2, cy, cx.x0 + col * (n - 0.5), cy)
        for k in range(n):
            x = cx.x0 + col * (k + 0.5)
            if k <= current:
                c.setFillColorRGB(*cx.doc.accent)
                c.setStrokeColorRGB(*cx.doc.accent)
                c.circle(x, cy, r, stroke=1, fill=1)
                if k < current:
                    _tick(cx, x - r * 0.7, cy - r * 0.7, r * 1.4, (1, 1, 1))
                else:
                    c.setFillGray(1)
                    c.setFont(cx.f.bold, fs * 0.85)
                    c.drawCentredString(x, cy - fs * 0.3, str(k + 1))
            else:
                c.setFillGray(1)
                c.setStrokeGray(0.6)
                c.circle(x, cy, r, stroke=1, fill=1)
                c.setFillGray(0.45)
                c.setFont(cx.f.regular, fs * 0.85)
                c.drawCentredString(x, cy - fs * 0.3, str(k + 1))
            y = cy - r - small * 1.3
            for line in lines[k]:
                c.setFillGray(0.1 if k == current else 0.4)
                c.setFont(cx.f.bold if k == current else cx.f.regular, small)
                c.drawCentredString(x, y, line)
                y -= small * 1.3
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Block(h, draw, False)


def _section_head(cx: _Cx, text: str) -> Block:
    fs = cx.fs
    size = fs * 1.25
    h = size * 2.1

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - size * 1.45
        c.setFillColorRGB(*cx.doc.accent)
        c.rect(cx.x0, y - size * 0.2, 3, size * 1.05, stroke=0, fill=1)
        _text(cx, cx.x0 + 8, y, text, size, cx.f.bold, (0.1, 0.1, 0.12))

    return Block(h, draw, False)


def _label_line(cx: _Cx, f: Fld, x: float, y: float, width: float, readonly: bool) -> None:
    fs = cx.fs
    size = fs * (0.78 if readonly else 0.9)
    face = cx.f.regular if readonly else cx.f.bold
    rgb = _grey(0.4) if readonly else (0.15, 0.15, 0.18)
    mark = "" if readonly else (cx.w.word("optional") if f.optional else "*")
    room = width - (_sw(" " + mark, cx.f.regular, size * 0.9) if mark else 0)
    size2 = _fit(f.label, face, size, room)
    used = _text(cx, x, y, f.label, size2, face, rgb)
    if mark == "*":
        _text(cx, x + used + 2, y, "*", size, cx.f.bold, RED)
    elif mark:
        _text(cx, x + used + 4, y, mark, size * 0.85, cx.f.italic, _grey(0.5))


def _radios(cx: _Cx, f: Fld, x: float, y: float, width: float, size: float, draw: bool) -> int:
    """Radio buttons; returns the rows used."""
    r = size * 0.45
    cxp, cy, rows = x, y, 1
    for i, opt in enumerate(f.options):
        w = r * 2 + 4 + _sw(opt, cx.f.regular, size) + 12
        if cxp > x and cxp + w > x + width:
            cxp, cy, rows = x, cy - size * 1.7, rows + 1
        if draw:
            c = cx.pen.c
            c.setLineWidth(0.8)
            c.setStrokeColorRGB(*(cx.doc.accent if i == f.chosen else _grey(0.5)))
            c.setFillGray(1)
            c.circle(cxp + r, cy + size * 0.32, r, stroke=1, fill=1)
            if i == f.chosen:
                c.setFillColorRGB(*cx.doc.accent)
                c.circle(cxp + r, cy + size * 0.32, r * 0.5, stroke=0, fill=1)
            c.setStrokeGray(0)
            _text(cx, cxp + r * 2 + 4, cy, opt, size, cx.f.regular, (0.1, 0.1, 0.1))
        cxp += w
    return rows


def _input(cx: _Cx, f: Fld, x0: float, x1: float) -> tuple[float, Callable[[float], None]]:
    """One form input between x0 and x1: its height and how to draw it."""
    fs = cx.fs
    lab = fs * 1.35
    box = fs * 2.1
    small = fs * 0.78
    width = x1 - x0
    rows = _radios(cx, f, x0, 0, width, fs, False) if f.options else 0
    body = rows * fs * 1.7 + fs * 0.3 if f.options else box
    extra = (small * 1.4 if f.hint else 0) + (small * 1.4 if f.error else 0)
    h = lab + body + extra + fs * 0.7

    def draw(top: float) -> None:
        c = cx.pen.c
        _label_line(cx, f, x0, top - fs * 0.95, width, False)
        y = top - lab
        if f.options:
            _radios(cx, f, x0 + 2, y - fs * 1.05, width - 4, fs, True)
            y -= body
        else:
            c.setLineWidth(0.7)
            c.setStrokeColorRGB(*(RED if f.error else _grey(0.55)))
            c.setFillGray(1)
            c.roundRect(x0, y - box, width, box, 3, stroke=1, fill=1)
            c.setStrokeGray(0)
            base = y - box + box * 0.33
            if f.value:
                size = _fit(f.value, cx.doc.vface, fs * 1.05, width - 12)
                _text(cx, x0 + 6, base, f.value, size, cx.doc.vface, cx.doc.ink)
            elif f.placeholder:
                size = _fit(f.placeholder, cx.f.italic, fs * 0.92, width - 12)
                _text(cx, x0 + 6, base, f.placeholder, size, cx.f.italic,
                      _grey(PLACEHOLDER_GREY))
            if f.key in ("dwelling", "role", "purpose", "doc_kind", "sex", "nationality"):
                tx = x1 - 12
                p = c.beginPath()
                p.moveTo(tx, base + fs * 0.5)
                p.lineTo(tx + 6, base + fs * 0.5)
                p.lineTo(tx + 3, base + fs * 0.1)
                p.close()
                c.setFillGray(0.4)
                c.drawPath(p, stroke=0, fill=1)
                c.setFillGray(0)
            y -= box
        if f.hint:
            y -= small * 1.2
            size = _fit(f.hint, cx.f.italic, small, width)
            _text(cx, x0 + 1, y, f.hint, size, cx.f.italic, _grey(HINT_GREY))
        if f.error:
            y -= small * 1.35
            c.setFillColorRGB(*RED)
            c.circle(x0 + small * 0.45, y + small * 0.33, small * 0.45, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont(cx.f.bold, small * 0.8)
            c.drawCentredString(x0 + small * 0.45, y + small * 0.06, "!")
            _text(cx, x0 + small * 1.3, y, f.error, _fit(f.error, cx.f.regular, small, width - 14),
                  cx.f.regular, RED)

    return h, draw


def _inputs(cx: _Cx, sec: Sec) -> list[Block]:
    out: list[Block] = []
    items = sec.items
    k = 0
    gap = 14.0
    while k < len(items):
        f = items[k]
        pair = (cx.doc.columns == 2 and not f.wide and not f.options and k + 1 < len(items)
                and not items[k + 1].wide and not items[k + 1].options)
        if pair:
            mid = (cx.x0 + cx.x1) / 2
            ha, da = _input(cx, f, cx.x0, mid - gap / 2)
            hb, db = _input(cx, items[k + 1], mid + gap / 2, cx.x1)

            def both(top: float, da: Callable[[float], None] = da,
                     db: Callable[[float], None] = db) -> None:
                da(top)
                db(top)

            out.append(Block(max(ha, hb), both, True))
            k += 2
            continue
        h, d = _input(cx, f, cx.x0, cx.x1)
        out.append(Block(h, d, True))
        k += 1
    return out


def _card(cx: _Cx, sec: Sec) -> list[Block]:
    """A read-only data card (certificate view, identity data)."""
    fs = cx.fs
    small = fs * 0.78
    row = small * 1.3 + fs * 1.5 + 4
    out: list[Block] = []
    items = sec.items
    for k, f in enumerate(items):
        first, last = k == 0, k == len(items) - 1

        def draw(top: float, f: Fld = f, first: bool = first, last: bool = last) -> None:
            c = cx.pen.c
            c.setFillGray(0.965)
            c.setStrokeGray(0.8)
            c.setLineWidth(0.5)
            c.rect(cx.x0, top - row, cx.x1 - cx.x0, row, stroke=0, fill=1)
            c.line(cx.x0, top - row, cx.x0, top)
            c.line(cx.x1, top - row, cx.x1, top)
            if first:
                c.line(cx.x0, top, cx.x1, top)
            c.setStrokeGray(0.88 if not last else 0.8)
            c.line(cx.x0 + (0 if last else 8), top - row, cx.x1 - (0 if last else 8), top - row)
            c.setStrokeGray(0)
            c.setFillGray(0)
            _label_line(cx, f, cx.x0 + 8, top - small * 1.15, cx.x1 - cx.x0 - 16, True)
            y = top - small * 1.3 - fs * 1.15
            width = (cx.x1 - cx.x0) * (0.6 if f.hint else 0.92)
            value = f.options[f.chosen] if f.options else f.value
            if value:
                size = _fit(value, cx.doc.vface, fs * 1.05, width)
                _text(cx, cx.x0 + 8, y, value, size, cx.f.bold if cx.doc.vface == cx.f.regular
                      else cx.doc.vface, cx.doc.ink)
            elif f.placeholder:
                _text(cx, cx.x0 + 8, y, f.placeholder, fs * 0.9, cx.f.italic,
                      _grey(PLACEHOLDER_GREY))
            if f.hint:
                hx = cx.x0 + (cx.x1 - cx.x0) * 0.62
                size = _fit(f.hint, cx.f.italic, small * 0.95, cx.x1 - hx - 8)
                _text(cx, hx, y, f.hint, size, cx.f.italic, _grey(HINT_GREY))
            if f.error:
                ex = cx.x0 + 8
                _text(cx, ex + (cx.x1 - cx.x0) * 0.62, top - small * 1.15, f.error,
                      _fit(f.error, cx.f.regular, small * 0.9, (cx.x1 - cx.x0) * 0.36),
                      cx.f.regular, RED)

        out.append(Block(row, draw, not first))
    return out


def _info(cx: _Cx) -> Block:
    fs = cx.fs
    size = fs * 0.9
    text = cx.w.word("info")
    head = cx.w.word("info_head")
    lines = _wrap(text, cx.f.regular, size, cx.x1 - cx.x0 - 40)
    h = size * 1.4 * (len(lines) + 1) + 16
    rgb = cx.doc.accent

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setFillColorRGB(0.92 + rgb[0] * 0.08, 0.94 + rgb[1] * 0.06, 0.98)
        c.rect(cx.x0, top - h + 6, cx.x1 - cx.x0, h - 6, stroke=0, fill=1)
        c.setFillColorRGB(*rgb)
        c.rect(cx.x0, top - h + 6, 3, h - 6, stroke=0, fill=1)
        c.circle(cx.x0 + 17, top - 6 - size * 1.2, size * 0.7, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(cx.f.bold, size * 0.95)
        c.drawCentredString(cx.x0 + 17, top - 6 - size * 1.52, "i")
        y = top - 6 - size * 1.45
        _text(cx, cx.x0 + 30, y, head, size, cx.f.bold, (0.1, 0.1, 0.15))
        for line in lines:
            y -= size * 1.4
            _text(cx, cx.x0 + 30, y, line, size, cx.f.regular, (0.15, 0.15, 0.2))

    return Block(h + 4, draw, True)


def _consent(cx: _Cx) -> Block:
    fs = cx.fs
    text = cx.w.word("consent")
    side = fs * 1.05
    h = fs * 2.4

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - fs * 1.4
        c.setFillColorRGB(*cx.doc.accent)
        c.roundRect(cx.x0, y - side * 0.2, side, side, 2, stroke=0, fill=1)
        _tick(cx, cx.x0, y - side * 0.2, side, (1, 1, 1))
        _text(cx, cx.x0 + side + 6, y, text, _fit(text, cx.f.regular, fs * 0.92,
                                                  cx.x1 - cx.x0 - side - 8))

    return Block(h, draw, True)


def _buttons(cx: _Cx) -> Block:
    fs = cx.fs
    back, nxt = cx.w.word("buttons").split("|")
    h = fs * 3.2

    def draw(top: float) -> None:
        c = cx.pen.c
        bh = fs * 2.0
        y = top - fs * 0.6 - bh
        wb = _sw(back, cx.f.regular, fs * 0.9) + 24
        c.setStrokeColorRGB(*cx.doc.accent)
        c.setLineWidth(0.9)
        c.roundRect(cx.x0, y, wb, bh, 4, stroke=1, fill=0)
        _text(cx, cx.x0 + 12, y + bh * 0.33, back, fs * 0.9, cx.f.regular, cx.doc.accent)
        wn = _sw(nxt, cx.f.bold, fs * 0.9) + 24
        c.setFillColorRGB(*cx.doc.accent)
        c.roundRect(cx.x1 - wn, y, wn, bh, 4, stroke=0, fill=1)
        _text(cx, cx.x1 - wn + 12, y + bh * 0.33, nxt, fs * 0.9, cx.f.bold, (1, 1, 1))
        c.setStrokeGray(0)

    return Block(h, draw, True)


def _summary(cx: _Cx, names: list[str], current: int) -> list[Block]:
    fs = cx.fs
    out = [_section_head(cx, cx.w.word("summary"))]
    for k, name in enumerate(names):
        def draw(top: float, k: int = k, name: str = name) -> None:
            y = top - fs * 1.2
            side = fs * 0.95
            if k < current:
                _tick(cx, cx.x0 + 4, y - 1, side, cx.doc.accent)
            else:
                cx.pen.c.setStrokeGray(0.6)
                cx.pen.c.circle(cx.x0 + 4 + side / 2, y + side * 0.35, side * 0.4)
                cx.pen.c.setStrokeGray(0)
            _text(cx, cx.x0 + 20, y, f"{k + 1}. {name}", fs * 0.92,
                  cx.f.bold if k == current else cx.f.regular)

        out.append(Block(fs * 1.6, draw, True))
    return out


def _badge(cx: _Cx) -> Block:
    fs = cx.fs
    text = cx.w.word("badge")
    note = cx.w.word("cert_note")
    h = fs * 4.4

    def draw(top: float) -> None:
        c = cx.pen.c
        w = _sw(text, cx.f.bold, fs * 0.9) + 34
        y = top - fs * 2.1
        c.setFillColorRGB(0.88, 0.96, 0.89)
        c.setStrokeColorRGB(0.2, 0.55, 0.3)
        c.roundRect(cx.x0, y, w, fs * 1.8, fs * 0.9, stroke=1, fill=1)
        _tick(cx, cx.x0 + 6, y + fs * 0.35, fs * 1.1, (0.15, 0.5, 0.25))
        _text(cx, cx.x0 + 24, y + fs * 0.55, text, fs * 0.9, cx.f.bold, (0.1, 0.4, 0.2))
        c.setStrokeGray(0)
        _text(cx, cx.x0, y - fs * 1.3, note, _fit(note, cx.f.regular, fs * 0.85, cx.x1 - cx.x0),
              cx.f.regular, _grey(0.35))

    return Block(h, draw, False)


def _qr(cx: _Cx, code: str) -> Block:
    fs = cx.fs
    side = 62.0
    text = cx.w.word("verify").format(code)
    seed = cx.rng.random()

    def draw(top: float) -> None:
        c = cx.pen.c
        r = random.Random(seed)
        n = 21
        cell = side / n
        x, y = cx.x0, top - side - 6
        c.setFillGray(0)
        for i in range(n):
            for j in range(n):
                corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                on = r.random() < 0.45 if not corner else (
                    i % 6 == 0 or j % 6 == 0 or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)
                    or (i >= n - 7 and (i - (n - 7)) % 6 == 0) or (j >= n - 7 and
                                                                   (j - (n - 7)) % 6 == 0))
                if on:
                    c.rect(x + j * cell, y + (n - 1 - i) * cell, cell, cell, stroke=0, fill=1)
        _text(cx, x + side + 12, y + side / 2, text, fs * 0.8, cx.f.regular, _grey(0.35))

    return Block(side + 14, draw, False)


def _placeholder_blocks(cx: _Cx, record: Record, pages: int, scale: float
                        ) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    doc, w = cx.doc, cx.w
    fs = cx.fs
    blocks: list[Block] = [_portal_bar(cx)]
    second: list[Block] = []
    cert = doc.doc_type in CERTIFICATES
    ident = isinstance(record, Identity)
    names = [sec.head for sec in doc.sections][:4]
    if ident:
        names = [w.head("upload"), *names]
    names += [w.head("review"), w.head("send")]
    current = 0 if ident else len(names) - 2
    if not cert:
        blocks.append(_steps(cx, names, current))
        blocks.append(_para(cx, w.word("required"), fs * 0.8, cx.f.regular, _grey(0.4)))
    else:
        blocks.append(_badge(cx))
    if ident:
        assert isinstance(record, Identity)
        fname = f"scan_{doc.ref[:4].lower()}_{cx.rng.randint(100, 999)}.jpg"
        blocks.append(_para(cx, w.word("upload_file").format(fname), fs * 0.85, cx.f.regular,
                            _grey(0.3)))
        copy = _copy(cx, record, w.word("readonly"), 0.6)
        if pages == 2:
            second.append(copy)
        else:
            blocks.append(copy)
        blocks.append(_para(cx, w.word("upload_note"), fs * 0.9, cx.f.italic, _grey(0.25)))
    for n, sec in enumerate(doc.sections):
        if n in doc.infos and not cert:
            blocks.append(_info(cx))
        blocks.append(_section_head(cx, sec.head))
        blocks += _card(cx, sec) if (cert or ident) else _inputs(cx, sec)
        blocks.append(_space(fs * 0.6))
    if len(doc.sections) in doc.infos or cert:
        blocks.append(_info(cx))
    if cert:
        blocks.append(_qr(cx, doc.ref))
    else:
        blocks.append(_consent(cx))
        blocks += _summary(cx, names, current)
        blocks.append(_buttons(cx))
    return blocks, second


# --- inverted ------------------------------------------------------------------------------------


def _inv_head(cx: _Cx) -> Block:
    fs = cx.fs
    doc, w = cx.doc, cx.w
    key = {"antrag_zulassung": "issuer_kfz", "aufenthaltstitel_antrag": "issuer_abh"}.get(
        doc.doc_type, "issuer_reg" if doc.doc_type in CERTIFICATES else "issuer")
    issuer = w.word(key).format(doc.city)
    ref = w.word("ref").format(doc.ref)
    tsize = fs * 1.6
    h = fs * 1.6 + tsize * 1.9

    def draw(top: float) -> None:
        _text(cx, cx.x0, top - fs * 1.1, issuer, fs * 1.05, cx.f.bold)
        c = cx.pen.c
        c.setFont(cx.f.regular, fs * 0.85)
        c.drawRightString(cx.x1, top - fs * 1.1, ref)
        c.setLineWidth(0.6)
        c.line(cx.x0, top - fs * 1.5, cx.x1, top - fs * 1.5)
        size = _fit(doc.title, cx.f.bold, tsize, cx.x1 - cx.x0)
        _text(cx, cx.x0, top - fs * 1.6 - tsize * 1.3, doc.title, size, cx.f.bold)

    return Block(h, draw, False)


def _inv_heading(cx: _Cx, text: str, n: int) -> Block:
    fs = cx.fs
    size = fs * 1.1
    h = size * 2.2
    style = cx.doc.heads

    def draw(top: float) -> None:
        y = top - size * 1.5
        label = text.upper() if style == "caps" else f"{n}. {text}" if style == "numbered" \
            else text
        _text(cx, cx.x0, y, label, size, cx.f.bold)
        if style == "rule":
            cx.pen.c.setLineWidth(0.5)
            cx.pen.c.line(cx.x0, y - size * 0.3, cx.x1, y - size * 0.3)

    return Block(h, draw, False)


def _inv_value(cx: _Cx, f: Fld) -> str:
    if f.options:
        return f.options[f.chosen]
    return f.value or cx.w.word("none")


def _boxes(cx: _Cx, f: Fld, x: float, y: float, size: float, draw: bool) -> float:
    """Tick boxes with the chosen one crossed, on one line; returns the width used."""
    side = size * 0.85
    cxp = x
    for i, opt in enumerate(f.options):
        if draw:
            c = cx.pen.c
            c.setLineWidth(0.5)
            c.rect(cxp, y - 0.5, side, side, stroke=1, fill=0)
            if i == f.chosen:
                c.setStrokeColorRGB(*cx.doc.ink)
                c.setLineWidth(0.9)
                c.line(cxp + 1, y + 0.5, cxp + side - 1, y + side - 1.5)
                c.line(cxp + 1, y + side - 1.5, cxp + side - 1, y + 0.5)
                c.setStrokeGray(0)
            _text(cx, cxp + side + 3, y, opt, size, cx.doc.vface if i == f.chosen
                  else cx.f.regular, cx.doc.ink if i == f.chosen else _grey(0.3))
        cxp += side + 3 + _sw(opt, cx.doc.vface, size) + 9
    return cxp - x


def _inv_line(cx: _Cx, f: Fld, style: str, capx: float) -> Block:
    """One line: the value first, then its label."""
    fs = cx.fs
    vsize = fs * 1.05
    lsize = fs * (0.75 if style == "caption" else 0.95)
    width = cx.x1 - cx.x0
    h = fs * (1.75 if style == "caption" else 1.6)
    value = _inv_value(cx, f)
    empty = not f.value and not f.options

    def draw(top: float) -> None:
        y = top - fs * 1.15
        x = cx.x0
        if f.options:
            x += _boxes(cx, f, x, y, fs * 0.95, True)
        else:
            room = width * (0.62 if style == "caption" else 0.7)
            size = _fit(value, cx.doc.vface, vsize, room)
            x += _text(cx, x, y, value, size, cx.doc.vface,
                       _grey(0.45) if empty else cx.doc.ink)
        if style == "caption":
            lx = max(capx, x + 10)
            _text(cx, lx, y, f.label, _fit(f.label, cx.f.italic, lsize, cx.x1 - lx),
                  cx.f.italic, _grey(0.4))
            return
        opening, closing = SEPARATORS[style]
        label = f"{opening}{f.label}{closing}"
        lx = x + _sw(" ", cx.f.regular, lsize) * (1.0 if style == "bracket" else 1.2)
        _text(cx, lx, y, label, _fit(label, cx.f.regular, lsize, cx.x1 - lx), cx.f.regular,
              _grey(0.25))

    return Block(h, draw, True)


def _inv_table(cx: _Cx, sec: Sec) -> list[Block]:
    fs = cx.fs
    split = cx.x0 + (cx.x1 - cx.x0) * 0.56
    row = fs * 1.8
    out = []
    for k, f in enumerate(sec.items):
        def draw(top: float, f: Fld = f, first: bool = k == 0) -> None:
            c = cx.pen.c
            c.setLineWidth(0.5)
            c.setStrokeGray(0.35)
            if first:
                c.line(cx.x0, top, cx.x1, top)
            c.line(cx.x0, top - row, cx.x1, top - row)
            c.line(cx.x0, top - row, cx.x0, top)
            c.line(split, top - row, split, top)
            c.line(cx.x1, top - row, cx.x1, top)
            c.setStrokeGray(0)
            y = top - row + fs * 0.55
            if f.options and _boxes(cx, f, 0, 0, fs * 0.9, False) < split - cx.x0 - 8:
                _boxes(cx, f, cx.x0 + 4, y, fs * 0.9, True)
            else:
                value = _inv_value(cx, f)
                size = _fit(value, cx.doc.vface, fs * 1.05, split - cx.x0 - 8)
                _text(cx, cx.x0 + 4, y, value, size, cx.doc.vface,
                      _grey(0.45) if not f.value and not f.options else cx.doc.ink)
            size = _fit(f.label, cx.f.regular, fs * 0.85, cx.x1 - split - 8)
            _text(cx, split + 4, y, f.label, size, cx.f.regular, _grey(0.3))

        out.append(Block(row, draw, k > 0))
    return out


def _inv_section(cx: _Cx, sec: Sec) -> list[Block]:
    items = [f for f in sec.items if f.value or f.options or cx.rng.random() < 0.5]
    if not items:
        return []
    shown = Sec(sec.key, sec.head, items, sec.style)
    if sec.style == "table":
        return _inv_table(cx, shown)
    capx = cx.x0
    if sec.style == "caption":
        widest = max((_sw(_inv_value(cx, f), cx.doc.vface, cx.fs * 1.05) if not f.options
                      else _boxes(cx, f, 0, 0, cx.fs * 0.95, False)) for f in items)
        capx = cx.x0 + min(widest, (cx.x1 - cx.x0) * 0.62) + 16
    return [_inv_line(cx, f, sec.style, capx) for f in items]


def _sign(cx: _Cx, place: str, caption: str, seal: bool) -> Block:
    fs = cx.fs
    h = fs * 5.5 + (44 if seal else 0)

    def draw(top: float) -> None:
        c = cx.pen.c
        _text(cx, cx.x0, top - fs * 1.2, place, fs)
        y = top - fs * 4.2 - (36 if seal else 0)
        x = cx.x1 - 190
        c.setLineWidth(0.5)
        c.line(x, y, cx.x1, y)
        _signature(cx.pen, x + 30, y + 4, cx.rng)
        _text(cx, x, y - fs * 0.95, caption, fs * 0.75, cx.f.regular, _grey(0.3))
        if seal:
            _seal(cx.pen, cx.x0 + 70, y + 14, 28, 0.45)
            _text(cx, cx.x0 + 40, y - 22, cx.w.word("seal"), fs * 0.7, cx.f.regular, _grey(0.4))

    return Block(h, draw, False)


def _inverted_blocks(cx: _Cx, record: Record, pages: int, scale: float
                     ) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    doc, w = cx.doc, cx.w
    fs = cx.fs
    cert = doc.doc_type in CERTIFICATES
    ident = isinstance(record, Identity)
    blocks: list[Block] = [_inv_head(cx)]
    second: list[Block] = []
    opening = w.word("opening_reg" if cert else "opening_id" if ident else "opening")
    blocks.append(_para(cx, opening, fs, cx.f.regular, gap=0.8))
    if ident:
        assert isinstance(record, Identity)
        copy = _copy(cx, record, w.word("copy"), 0.62)
        if pages == 2:
            second.append(copy)
        else:
            blocks.append(copy)
    for n, sec in enumerate(doc.sections, 1):
        rows = _inv_section(cx, sec)
        if rows:
            blocks.append(_inv_heading(cx, sec.head, n))
            blocks += rows
            blocks.append(_space(fs * 0.5))
    blocks.append(_para(cx, w.word("closing_reg" if cert else "closing"), fs * 0.95,
                        cx.f.italic, gap=0.8))
    place = w.word("place_date").format(doc.city, cx.s.date(doc.printed or data.REFERENCE_DATE))
    blocks.append(_sign(cx, place, w.word("sign_reg" if cert else "sign"), cert))
    return blocks, second


# --- whole documents -----------------------------------------------------------------------------


def _footer(cx: _Cx, page: int, pages: int) -> None:
    fs = cx.doc.fs
    c = cx.pen.c
    c.setFillGray(0.4)
    c.setFont(cx.f.regular, fs * 0.75)
    if cx.doc.layout == "placeholder":
        c.setStrokeGray(0.8)
        c.setLineWidth(0.4)
        c.line(cx.x0, 34, cx.x1, 34)
        c.drawString(cx.x0, 24, cx.w.word("transaction").format(cx.doc.ref))
        printed = cx.doc.printed or data.REFERENCE_DATE
        stamp = cx.w.word("printed").format(cx.s.date(printed), cx.doc.clock)
        c.drawCentredString((cx.x0 + cx.x1) / 2 + 30, 24, stamp)
    c.drawRightString(cx.x1, 24, cx.w.word("page").format(page, pages))
    c.setFillGray(0)
    c.setStrokeGray(0)


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    form = doc.layout == "placeholder"
    margin = rng.uniform(40, 54) if form else rng.uniform(48, 70)
    cx = _Cx(pen, doc, _w(s), s, random.Random(rng.random()), margin,
             PAGE_W - margin + rng.uniform(-4, 4))
    build = ((lambda sc: _placeholder_blocks(cx, record, pages, sc)) if form
             else (lambda sc: _inverted_blocks(cx, record, pages, sc)))
    tops = [PAGE_H - 36.0, PAGE_H - 40.0] if form else [PAGE_H - 50.0, PAGE_H - 54.0]
    seed = cx.rng.random()
    cx.rng = random.Random(seed)
    chunks, _ = _paginate(build, pages, tops, 46.0, 1.0)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        cx.rng = random.Random(seed + k)
        y = tops[min(k, 1)]
        for b in chunk:
            b.draw(y)
            y -= b.height
        _footer(cx, k + 1, len(chunks))
    return doc


def draw_extra28(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)

