"""The twelfth extra pair of blind held-out layouts: ``marked`` and ``landscape``.

``marked`` is an ordinary printed office form or certificate that a clerk has worked on before
it was scanned. The form underneath varies per document (labels left of the values at a tab
stop, small labels above the values, or labelled cells; section headings as rules, bands or
capitals; a footer with the form number and a print date). On top of it: highlighter strokes
(yellow or pink, a light grey band in the greyscale scans) under some values, an incoming-mail
stamp set at an angle (the word, a day and an office, none of them truth values), a sticky
note with a few hand-written-looking words and a number in an italic face, the clerk's check
marks and short remarks in the right margin, two punched holes at the left edge and a staple
mark in the corner. Identity documents are a filed photocopy of the document with the same
marks.

``landscape`` is a form printed across a landscape A4 sheet: a wide header with the issuer,
the title and a form number, then three or four narrow columns of fields side by side, small
labels above or before the values (values sometimes in boxes), section headings as bands at
the top of a column's run or as text turned by 90 degrees along its left edge, choices as tick
boxes in a row; certificates are a landscape register extract with one section per column (the
two spouses, or mother and father, side by side); identity documents a copy of the document on
a landscape cover sheet. A plan's second page continues the columns.

Both draw straight from the record with the wording of ``samples.wording_extra12``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures. Dates, numbers
and offices of the furniture are never truth values.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit

from samples.content import Style, group_iban
from samples.data import (
    REFERENCE_DATE,
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
from samples.render_extra9 import (
    MONO9,
    SANS9,
    SERIF9,
    Blk,
    Doc,
    F,
    Item,
    Sec,
    Set4,
    _fitted,
    _reg,
    _set4,
    _staple,
    _width,
)
from samples.render_extra11 import _passport_cover
from samples.truth import truth_fields
from samples.wording_extra12 import (
    DWELLING12,
    DWELLING_ORDER12,
    ID_KINDS12,
    LANDLORD_ROLES12,
    PURPOSE12,
    PURPOSE_ORDER12,
    SEX12,
    SEX_ORDER12,
    Extra12Wording,
    nationality_word,
    printed_dates,
    sex_word,
)

RGB = tuple[float, float, float]

# --- content -------------------------------------------------------------------------------------


def _w(s: Style) -> Extra12Wording:
    assert isinstance(s.words, Extra12Wording)
    return s.words


def _is_marked(s: Style) -> bool:
    return s.layout == "marked"


def _date_f(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d), "date", short=True)


def _sex_f(s: Style, code: str) -> F:
    if s.sex_mode == "choice" and code != "X":
        return F("sex", kind="choice", options=tuple(SEX12["word"][c] for c in SEX_ORDER12[:3]),
                 chosen=SEX_ORDER12.index(code))
    mode = "word" if s.sex_mode == "choice" else s.sex_mode
    return F("sex", sex_word(code, mode), short=True)


def _nat_f(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode), short=True)


def _address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line), F("city_line", a.city_line)]
    fields = [F("street", a.street), F("house_number", a.number, short=True),
              F("postal_code", a.postal_code, short=True), F("city", a.city, short=True)]
    if rng.random() < 0.3:
        fields = [fields[2], fields[3], fields[0], fields[1]]
    return fields


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True) -> list[F]:
    fields = [F("family_name", p.family), F("given_names", p.given)]
    if rng.random() < 0.25:
        fields.reverse()
    if p.birth_name:
        fields.append(F("birth_name", p.birth_name))
    fields.append(_date_f(s, "date_of_birth", p.dob))
    if place:
        fields.append(F("place_of_birth", p.pob, short=True))
    if sex:
        fields.append(_sex_f(s, p.sex))
    if nat:
        fields.append(_nat_f(s, p.nationality))
    return fields


def _choice(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
            chosen: str | None) -> F:
    """Tick boxes in a row (or the chosen wording only)."""
    col = 0 if _is_marked(s) else 1
    if s.purpose_mode == "choice" or chosen is None:
        return F(key, kind="choice", options=tuple(table[k][col] for k in order),
                 chosen=order.index(chosen) if chosen else None)
    return F(key, table[chosen][col])


UNITS12: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Meldebehörde", "Einwohnermeldeamt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Meldebehörde"),
    "antrag_zulassung": ("Zulassungsstelle", "Straßenverkehrsamt"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Ausländeramt"),
    "identity_document": ("Bürgerbüro", "Ausländerbehörde"),
}


def _register(s: Style, record: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", [F("registry_office", f"Standesamt {record.office}"),
                            F("register_number", record.register, short=True),
                            _date_f(s, "issue_date", record.issue)])


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections of one document (applications and certificates alike)."""
    w = _w(s)
    title = w.title(doc_type)
    marked = _is_marked(s)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person: list[Item] = list(_person(s, p, rng))
            if rng.random() < 0.5:
                person.append(F("marital", record.marital, short=True))
            if record.phone and rng.random() < 0.4:
                person.append(F("phone", record.phone, short=True))
            flat: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                *_address(s, a, "address_line", rng)]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_choice(s, "dwelling", DWELLING12, DWELLING_ORDER12, record.dwelling))
            secs = [Sec("person", person), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous)]))
            return Doc(title, a.city, rng.choice(UNITS12[doc_type]), secs, False, record.signed)
        case Wohnungsgeber():
            a = record.address
            role_i = 0 if record.landlord_is_owner else 1
            col = 0 if marked else 1
            if rng.random() < 0.6:
                role = F("landlord_role", kind="choice",
                         options=tuple(r[col] for r in LANDLORD_ROLES12), chosen=role_i)
            else:
                role = F("landlord_role", LANDLORD_ROLES12[role_i][col])
            landlord: list[Item] = [F("landlord_name", record.landlord_name),
                                    F("landlord_address", record.landlord_address.line)]
            if rng.random() < 0.7:
                landlord.append(role)
            flat2: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                 *_address(s, a, "flat_line", rng)]
            sep = rng.choice((" ", " Nr. ", " – "))
            tenants: list[Item] = [F("tenant", t, label=f"{w('tenant')}{sep}{k}")
                                   for k, t in enumerate(record.tenants, 1)]
            secs = [Sec("landlord", landlord), Sec("flat", flat2), Sec("tenants", tenants)]
            return Doc(title, a.city, rng.choice(UNITS12[doc_type]), secs, False, record.signed)
        case Zulassung():
            h, a = record.holder, record.address
            holder: list[Item] = [*_person(s, h, rng, sex=False, nat=False, place=False),
                                  *_address(s, a, "address_line", rng)]
            vehicle: list[Item] = [F("make", record.make, short=True),
                                   F("model", record.model, short=True),
                                   F("vin", record.vin), F("evb_number", record.evb, short=True)]
            if record.plate:
                vehicle.append(F("desired_plate", record.plate, short=True))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa: list[Item] = [F("account_holder", record.account_holder), F("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic, short=True))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            return Doc(title, a.city, rng.choice(UNITS12[doc_type]),
                       [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)],
                       False, record.signed)
        case Aufenthalt():
            p, a = record.person, record.address
            stay: list[Item] = [F("passport_number", record.passport_number, short=True),
                                _date_f(s, "passport_expiry_date", record.passport_expiry),
                                _date_f(s, "entry_date", record.entry),
                                _choice(s, "purpose", PURPOSE12, PURPOSE_ORDER12, record.purpose)]
            secs = [Sec("person", list(_person(s, p, rng))), Sec("passport", stay),
                    Sec("residence", list(_address(s, a, "address_line", rng)))]
            return Doc(title, a.city, rng.choice(UNITS12[doc_type]), secs, False, record.signed)
        case Geburt():
            c = record.child
            child: list[Item] = list(_person(s, c, rng, nat=False))
            if rng.random() < 0.5:
                child.append(F("birth_time", f"{record.birth_time} Uhr", short=True))
            mother: list[Item] = [F("mother_name", record.mother)]
            father: list[Item] = [F("father_name", record.father)] if record.father else []
            if marked or not father:
                parents = [Sec("parents", mother + father)]
            else:
                parents = [Sec("mother", mother), Sec("father", father)]
            return Doc(title, record.office, "Standesamt",
                       [Sec("child", child), *parents, _register(s, record)],
                       True, record.issue, record.issue, True)
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                items: list[Item] = [F("family_name", sp.family), F("given_names", sp.given)]
                if sp.birth_name:
                    items.append(F("birth_name", sp.birth_name))
                items.append(_date_f(s, "date_of_birth", sp.dob))
                if rng.random() < 0.5:
                    items.append(F("place_of_birth", sp.pob))
                spouses.append(Sec(f"spouse{k}", items))
            marriage = Sec("marriage", [_date_f(s, "marriage_date", record.marriage_date),
                                        F("marriage_place", record.marriage_place)])
            return Doc(title, record.office, "Standesamt",
                       [marriage, *spouses, _register(s, record)],
                       True, record.issue, record.issue, True)
        case Sterbe():
            p = record.person
            deceased: list[Item] = list(_person(s, p, rng, sex=False, nat=False))
            if rng.random() < 0.5:
                deceased.append(F("last_residence", record.last_residence))
            death = Sec("death", [_date_f(s, "date_of_death", record.date_of_death),
                                  F("place_of_death", record.place_of_death)])
            return Doc(title, record.office, "Standesamt",
                       [Sec("deceased", deceased), death, _register(s, record)],
                       True, record.issue, record.issue, True)
    raise TypeError(type(record))


def _fields(items: list[Item]) -> list[F]:
    return [i for i in items if isinstance(i, F)]


def _label(w: Extra12Wording, f: F) -> str:
    return f.label or w(f.key)


def _furniture_day(record: Record, rng: random.Random, back: int = 40) -> date:
    """A recent day (print date, stamp, copy) that is none of the truth's dates."""
    base = REFERENCE_DATE - timedelta(days=rng.randint(0, back))
    day = other_day(record, base, rng, 0)
    if day > REFERENCE_DATE:
        day = other_day(record, base - timedelta(days=9), rng, 0)
    return day


def _numeric(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _truth_strings(record: Record) -> set[str]:
    """Every truth value, its words and its date printings (furniture must hit none)."""
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


def _free_number(record: Record, rng: random.Random, lo: int, hi: int) -> str:
    """A number that is no truth value and occurs in none."""
    taken = _truth_strings(record)
    for _ in range(200):
        n = str(rng.randint(lo, hi))
        if n not in taken and not any(n in t for t in taken):
            return n
    return str(hi + 7)


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, width)) or [""]


def _fit_size(lines: list[str], face: str, size: float, width: float) -> float:
    """Shrink a value whose longest unbreakable line would overrun ``width``."""
    widest = max(_width(ln, face, size) for ln in lines)
    return size if widest <= width else max(5.5, size * width / widest)


# --- marked: the clerk's marks -------------------------------------------------------------------

HIGHLIGHTS: Final[tuple[RGB, ...]] = ((1.0, 0.93, 0.28), (1.0, 0.9, 0.35), (1.0, 0.62, 0.8),
                                      (0.98, 0.7, 0.85))
PEN_INKS: Final[tuple[RGB, ...]] = ((0.78, 0.1, 0.12), (0.1, 0.45, 0.2), (0.12, 0.2, 0.62))
STAMP_INKS: Final[tuple[RGB, ...]] = ((0.72, 0.12, 0.16), (0.18, 0.25, 0.62), (0.45, 0.2, 0.55))
NOTE_PAPERS: Final[tuple[RGB, ...]] = ((1.0, 0.95, 0.55), (1.0, 0.93, 0.45), (0.98, 0.78, 0.86),
                                       (0.8, 0.95, 0.75))
MONTHS_UP: Final = ("JAN", "FEB", "MRZ", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV",
                    "DEZ")
# italic or script-like faces for the note and the remarks (samples.render_extra9 registers them)
HAND_FACES: Final = (("LiberationSerif-Italic", "Times-Italic"),
                     ("DejaVuSerif-Italic", "Times-Italic"),
                     ("LiberationSans-Italic", "Helvetica-Oblique"),
                     ("LiberationSansNarrow-Italic", "Helvetica-Oblique"),
                     ("", "Times-Italic"))

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(slots=True)
class _Spot:
    """Where a value was printed (for the clerk's tick and remark)."""

    page: int
    y: float
    rect: Rect


@dataclass(slots=True)
class _Mk:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    hand: str
    left: float
    right: float
    mode: str  # left | above | cells
    heading: str  # rule | band | caps
    ls: float
    vs: float
    tab: float
    highlight: RGB
    ink: RGB
    marked_keys: set[int] = field(default_factory=set)  # id() of highlighted fields
    ticked_keys: set[int] = field(default_factory=set)
    page: int = 1
    spots: list[_Spot] = field(default_factory=list)
    rects: list[tuple[int, Rect]] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.right - self.left

    def text(self, x: float, y: float, s: str, size: float, face: str, gray: float = 0.0
             ) -> None:
        c = self.pen.c
        c.setFillGray(gray)
        c.setFont(face, size)
        c.drawString(x, y, s)
        c.setFillGray(0)


def _make_mk(pen: Pen, rng: random.Random) -> _Mk:
    faces = _set4(rng.choice(SANS9[:3] + SERIF9[:3]))
    mono = _reg(*rng.choice(MONO9[:3]))
    hand = _reg(*rng.choice(HAND_FACES))
    mode = rng.choice(("left", "above", "cells"))
    return _Mk(pen, rng, faces, rng.choice((faces.regular, faces.regular, mono)), hand,
               rng.uniform(58, 70), PAGE_W - rng.uniform(74, 88), mode,
               rng.choice(("rule", "band", "caps")),
               rng.uniform(7.4, 8.6) if mode != "left" else rng.uniform(8.4, 9.4),
               rng.uniform(9.4, 10.6), rng.uniform(0.34, 0.42), rng.choice(HIGHLIGHTS),
               rng.choice(PEN_INKS))


def _mk_value(mk: _Mk, f: F, x: float, y: float, width: float) -> float:
    """The value's lines from baseline ``y``; returns the baseline after the last line.
    A highlighted value gets its stroke first, so the printed value stays on top."""
    lines = _wrap(f.value, mk.value_face, mk.vs, width)
    size = _fit_size(lines, mk.value_face, mk.vs, width)
    c = mk.pen.c
    for line in lines:
        wd = _width(line, mk.value_face, size)
        if id(f) in mk.marked_keys:
            c.saveState()
            c.setFillColorRGB(*mk.highlight, alpha=mk.rng.uniform(0.6, 0.8))
            p = c.beginPath()
            j = mk.rng.uniform
            p.moveTo(x - 3 + j(-1, 1), y - 3 + j(-0.8, 0.8))
            p.lineTo(x + wd + 3 + j(-1, 3), y - 3 + j(-1, 1.2))
            p.lineTo(x + wd + 3 + j(-1, 3), y + size * 0.85 + j(-0.8, 1.2))
            p.lineTo(x - 3 + j(-1, 1), y + size * 0.85 + j(-1, 0.8))
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.restoreState()
        mk.text(x, y, line, size, mk.value_face)
        mk.rects.append((mk.page, (x, y - 2, x + wd, y + size)))
        if id(f) in mk.ticked_keys and line is lines[0]:
            mk.spots.append(_Spot(mk.page, y, (x, y - 2, x + wd, y + size)))
        y -= size + 3
    return y


def _mk_choice_rows(mk: _Mk, f: F, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    size = mk.vs * 0.92
    for i, opt in enumerate(f.options):
        wd = size + 4 + _width(opt, mk.faces.regular, size) + 14
        if rows[-1] and x + wd > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += wd
    return rows


def _mk_choice(mk: _Mk, f: F, x: float, y: float, width: float) -> float:
    c = mk.pen.c
    size = mk.vs * 0.92
    for row in _mk_choice_rows(mk, f, width):
        xx = x
        for i in row:
            side = size * 0.85
            c.setLineWidth(0.6)
            c.setStrokeGray(0.1)
            c.rect(xx, y - 1, side, side, stroke=1, fill=0)
            if i == f.chosen:
                c.setLineWidth(1.2)
                c.line(xx + 1.2, y, xx + side - 1.2, y + side - 2)
                c.line(xx + 1.2, y + side - 2, xx + side - 1.2, y)
            xx += side + 4
            mk.text(xx, y, f.options[i], size, mk.faces.regular)
            xx += _width(f.options[i], mk.faces.regular, size) + 14
        if id(f) in mk.ticked_keys and row is _mk_choice_rows(mk, f, width)[0]:
            mk.spots.append(_Spot(mk.page, y, (x, y - 2, xx, y + size)))
        y -= size + 5
    return y


def _mk_value_h(mk: _Mk, f: F, width: float) -> float:
    if f.kind == "choice":
        return len(_mk_choice_rows(mk, f, width)) * (mk.vs * 0.92 + 5)
    lines = _wrap(f.value, mk.value_face, mk.vs, width)
    return len(lines) * (mk.vs + 3)


def _mk_rows_left(mk: _Mk, fields: list[F], w: Extra12Wording, k: float) -> list[Blk]:
    out = []
    tab = mk.left + mk.width * mk.tab
    for f in fields:
        label_lines = _wrap(_label(w, f), mk.faces.regular, mk.ls, tab - mk.left - 8)
        room = mk.right - tab
        h = max(len(label_lines) * (mk.ls + 2), _mk_value_h(mk, f, room)) + 7 * k

        def draw(top: float, f: F = f, label_lines: list[str] = label_lines, room: float = room,
                 tab: float = tab) -> None:
            y = top - mk.vs
            ly = y
            for ln in label_lines:
                mk.text(mk.left, ly, ln, mk.ls, mk.faces.regular, 0.2)
                ly -= mk.ls + 2
            if f.kind == "choice":
                _mk_choice(mk, f, tab, y, room)
            else:
                _mk_value(mk, f, tab, y, room)

        out.append(Blk(h, draw, True))
    return out


def _mk_pairs(fields: list[F]) -> list[list[F]]:
    rows: list[list[F]] = []
    pending: F | None = None
    for f in fields:
        if f.short and f.kind != "choice":
            if pending is None:
                pending = f
                continue
            rows.append([pending, f])
            pending = None
            continue
        if pending is not None:
            rows.append([pending])
            pending = None
        rows.append([f])
    if pending is not None:
        rows.append([pending])
    return rows


def _mk_rows_stacked(mk: _Mk, fields: list[F], w: Extra12Wording, k: float) -> list[Blk]:
    """Small labels above the values: over a rule, or in ruled cells."""
    cells = mk.mode == "cells"
    out = []
    for row in _mk_pairs(fields):
        cw = mk.width / len(row)
        h = max(mk.ls + 7 + _mk_value_h(mk, f, cw - 12) for f in row) + (4 if cells else 6) * k

        def draw(top: float, row: list[F] = row, cw: float = cw, h: float = h) -> None:
            c = mk.pen.c
            for i, f in enumerate(row):
                x = mk.left + i * cw
                if cells:
                    c.setLineWidth(0.6)
                    c.setStrokeGray(0.3)
                    c.rect(x, top - h, cw, h, stroke=1, fill=0)
                mk.text(x + 3, top - mk.ls - 1.5, _label(w, f), mk.ls, mk.faces.regular, 0.25)
                y = top - mk.ls - 4 - mk.vs
                if f.kind == "choice":
                    _mk_choice(mk, f, x + 6, y, cw - 12)
                else:
                    _mk_value(mk, f, x + 6, y, cw - 12)
                if not cells:
                    c.setLineWidth(0.5)
                    c.setStrokeGray(0.45)
                    c.line(x + 2, top - h + 4, x + cw - 10, top - h + 4)

        out.append(Blk(h, draw, True))
    return out


def _mk_heading(mk: _Mk, text: str, k: float) -> Blk:
    size = mk.vs + 0.5
    h = size + 12 + 6 * k

    def draw(top: float) -> None:
        c = mk.pen.c
        y = top - size - 4
        if mk.heading == "band":
            c.setFillGray(0.86)
            c.rect(mk.left, y - 4, mk.width, size + 7, stroke=0, fill=1)
            mk.text(mk.left + 4, y, text, size, mk.faces.bold)
        elif mk.heading == "caps":
            mk.text(mk.left, y, text.upper(), size - 0.5, mk.faces.bold)
        else:
            mk.text(mk.left, y, text, size, mk.faces.bold)
            c.setLineWidth(0.8)
            c.setStrokeGray(0)
            c.line(mk.left, y - 4, mk.right, y - 4)

    return Blk(h, draw, True)


def _mk_header(mk: _Mk, doc: Doc, form_no: str, w: Extra12Wording) -> Blk:
    h = 84.0

    def draw(top: float) -> None:
        issuer = f"Standesamt {doc.city}" if doc.certificate else f"Stadt {doc.city}"
        mk.text(mk.left, top - 12, issuer, 11, mk.faces.bold)
        mk.text(mk.left, top - 25, "Personenstandswesen" if doc.certificate else doc.unit, 9,
                mk.faces.regular, 0.2)
        c = mk.pen.c
        c.setFont(mk.faces.regular, 7.5)
        c.drawRightString(mk.right, top - 10, f"{w.word('form')} {form_no}")
        size = 15.0 if _width(doc.title, mk.faces.bold, 15) < mk.width else 12.0
        c.setFont(mk.faces.bold, size)
        if doc.certificate:
            c.drawCentredString((mk.left + mk.right) / 2, top - 58, doc.title)
        else:
            c.drawString(mk.left, top - 58, doc.title)

    return Blk(h, draw, False)


def _mk_closing(mk: _Mk, doc: Doc, record: Record, w: Extra12Wording) -> Blk:
    day = other_day(record, min(doc.signed, REFERENCE_DATE), mk.rng, 0)
    h = 72.0

    def draw(top: float) -> None:
        c = mk.pen.c
        y = top - 38
        c.setLineWidth(0.5)
        c.setStrokeGray(0)
        if doc.certificate:
            _seal(mk.pen, mk.left + 60, y + 6, 26, 0.35)
            x = mk.right - 190
            _signature(mk.pen, x + 20, y + 8, mk.rng)
            c.line(x, y, mk.right, y)
            mk.text(x, y - 10, w.word("registrar"), 7.5, mk.faces.regular, 0.25)
            return
        mk.text(mk.left + 2, y + 4, f"{doc.city}, {_numeric(day)}", mk.vs, mk.value_face)
        c.line(mk.left, y, mk.left + 190, y)
        mk.text(mk.left, y - 10, w.word("place_date"), 7.5, mk.faces.regular, 0.25)
        x = mk.right - 200
        _signature(mk.pen, x + 30, y + 6, mk.rng)
        c.line(x, y, mk.right, y)
        mk.text(x, y - 10, w.word("sign"), 7.5, mk.faces.regular, 0.25)

    return Blk(h, draw, False)


def _mk_footer(mk: _Mk, w: Extra12Wording, form_no: str, printed: str, n: int, total: int
               ) -> None:
    c = mk.pen.c
    c.setLineWidth(0.4)
    c.setStrokeGray(0.5)
    c.line(mk.left, 46, mk.right, 46)
    c.setFillGray(0.3)
    c.setFont(mk.faces.regular, 7)
    c.drawString(mk.left, 36, f"{w.word('form')} {form_no}   {w.word('footer')} {printed}")
    c.drawRightString(mk.right, 36, f"{n}/{total}")
    c.setFillGray(0)


def _holes(pen: Pen, rng: random.Random, page_h: float) -> None:
    """Two punched holes at the left edge (the scanner lid shows dark through them)."""
    c = pen.c
    c.saveState()
    x = rng.uniform(17, 23)
    mid = page_h / 2 + rng.uniform(-10, 10)
    dark = rng.random() < 0.7
    for y in (mid - 113.4, mid + 113.4):  # 80 mm apart
        if dark:
            c.setFillGray(rng.uniform(0.08, 0.25))
            c.circle(x, y, 7.6, stroke=0, fill=1)
        else:
            c.setStrokeGray(0.55)
            c.setLineWidth(0.6)
            c.setFillGray(1)
            c.circle(x, y, 7.6, stroke=1, fill=1)
    c.restoreState()


def _staple_mark(pen: Pen, rng: random.Random, page_h: float) -> None:
    x, y = rng.uniform(22, 36), page_h - rng.uniform(22, 36)
    _staple(pen.c, x, y, rng.uniform(30, 60))
    if rng.random() < 0.5:  # the holes of an earlier staple
        c = pen.c
        c.saveState()
        c.setFillGray(0.35)
        a = math.radians(rng.uniform(20, 70))
        for d in (-8.0, 8.0):
            c.circle(x + 7 + d * math.cos(a), y - 9 + d * math.sin(a), 0.8, stroke=0, fill=1)
        c.restoreState()


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _tick(pen: Pen, x: float, y: float, ink: RGB, rng: random.Random) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(rng.uniform(0.9, 1.4))
    c.setLineCap(1)
    p = c.beginPath()
    p.moveTo(x, y + 3.5)
    p.curveTo(x + 1.5, y + 2, x + 2.5, y + 0.5, x + 3.4, y - 0.5)
    p.curveTo(x + 5, y + 4, x + 7.5, y + 8, x + 10 + rng.uniform(-1, 1.5), y + 10.5)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _marks(mk: _Mk, w: Extra12Wording, page: int, page_w: float) -> None:
    """The clerk's ticks beside some values, with a short remark in the margin."""
    for spot in mk.spots:
        if spot.page != page:
            continue
        x = mk.right + mk.rng.uniform(6, 12)
        _tick(mk.pen, x, spot.y - 1, mk.ink, mk.rng)
        if mk.rng.random() < 0.45:
            remark = w.pick("remark")
            room = page_w - x - 20
            size = min(7.5, 6.5 * room / max(_width(remark, mk.hand, 6.5), 1.0))
            c = mk.pen.c
            c.saveState()
            c.setFillColorRGB(*mk.ink)
            c.translate(x + 14, spot.y)
            c.rotate(mk.rng.uniform(-6, 6))
            c.setFont(mk.hand, size)
            c.drawString(0, 0, remark)
            c.restoreState()


def _stamp(mk: _Mk, record: Record, w: Extra12Wording, day: date, page_w: float,
           page_h: float, avoid: list[Rect]) -> None:
    """The incoming-mail stamp: a frame with the word, the day and the office, turned."""
    rng = mk.rng
    word = w.word("received")
    office = w.word("office")
    if rng.random() < 0.5:
        day_s = _numeric(day)
    else:
        day_s = f"{day.day:02d}. {MONTHS_UP[day.month - 1]} {day.year}"
    initials = "".join(rng.choice("ABDEFGHKLMNPRSTW") for _ in range(2))
    face_b = "Helvetica-Bold"
    face = "Helvetica"
    sw = max(_width(word, face_b, 11), _width(day_s, face_b, 13), _width(office, face, 7.5)) + 20
    sh = 58.0
    best: tuple[float, float, float] | None = None
    for _ in range(24):
        cx = rng.uniform(sw / 2 + 40, page_w - sw / 2 - 30)
        cy = rng.uniform(110, page_h - 90)
        box = (cx - sw / 2, cy - sh / 2, cx + sw / 2, cy + sh / 2)
        cost = sum(_overlap(box, r) for r in avoid)
        if best is None or cost < best[0]:
            best = (cost, cx, cy)
    assert best is not None
    _, cx, cy = best
    ink = rng.choice(STAMP_INKS)
    alpha = rng.uniform(0.55, 0.8)
    c = mk.pen.c
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-24, 24))
    c.setStrokeColorRGB(*ink, alpha=alpha)
    c.setFillColorRGB(*ink, alpha=alpha)
    c.setLineWidth(1.4)
    if rng.random() < 0.5:
        c.roundRect(-sw / 2, -sh / 2, sw, sh, 6, stroke=1, fill=0)
    else:
        c.rect(-sw / 2, -sh / 2, sw, sh, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(-sw / 2 + 3, -sh / 2 + 3, sw - 6, sh - 6, stroke=1, fill=0)
    c.setFont(face_b, 11)
    c.drawCentredString(0, sh / 2 - 16, word)
    c.setFont(face_b, 13)
    c.drawCentredString(0, -4, day_s)
    c.setFont(face, 7.5)
    c.drawCentredString(0, -sh / 2 + 8, f"{office} · {initials}")
    c.restoreState()


def _note(mk: _Mk, record: Record, w: Extra12Wording, x: float, y: float) -> None:
    """A sticky note with a few hand-written-looking words and a number."""
    rng = mk.rng
    words = w.pick("note")
    number = _free_number(record, rng, 110, 9899)
    number = rng.choice((number, f"#{number}", f"{number}!", f"– {number}"))
    size = rng.uniform(10.5, 12.5)
    side = max(96.0, _width(words, mk.hand, size) + 22)
    c = mk.pen.c
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-7, 7))
    c.setFillColorRGB(0, 0, 0, alpha=0.18)
    c.rect(3, -side * 0.85 - 3, side, side * 0.85, stroke=0, fill=1)
    c.setFillColorRGB(*rng.choice(NOTE_PAPERS), alpha=1.0)
    c.rect(0, -side * 0.85, side, side * 0.85, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1, alpha=0.25)
    c.rect(0, -14, side, 14, stroke=0, fill=1)  # the glued strip
    c.setFillColorRGB(*rng.choice((*PEN_INKS[1:], (0.1, 0.1, 0.12))), alpha=1.0)
    c.setFont(mk.hand, size)
    c.drawString(9, -30, words)
    c.setFont(mk.hand, size + 3)
    c.drawString(14, -30 - size * 1.9, number)
    c.restoreState()


def _note_place(mk: _Mk, avoid: list[Rect], page_w: float, page_h: float, top_free: float
                ) -> tuple[float, float]:
    """The note's top-left corner: over the header's right side, else where it covers least."""
    side = 125.0
    cands = [(page_w - side - mk.rng.uniform(12, 30), page_h - mk.rng.uniform(14, 26)),
             (page_w - side - mk.rng.uniform(16, 40), top_free)]
    best = min(cands, key=lambda p: sum(_overlap((p[0], p[1] - side, p[0] + side, p[1]), r)
                                        for r in avoid))
    return best


def draw_marked_form(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                     pages: int) -> None:
    w = _w(s)
    mk = _make_mk(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    all_f = [f for sec in doc.sections for f in _fields(sec.items)]
    texts = [f for f in all_f if f.kind != "choice"]
    for f in rng.sample(texts, min(len(texts), rng.randint(1, 3))):
        mk.marked_keys.add(id(f))
    for f in rng.sample(all_f, min(len(all_f), rng.randint(2, 5))):
        mk.ticked_keys.add(id(f))
    form_no = f"{rng.choice(('EA', 'M', 'Z', 'StA', 'AB'))} {rng.randint(11, 979)}"
    form_no += rng.choice(("", f"/{rng.randint(2, 9)}", f".{rng.randint(1, 4)}"))
    printed = _numeric(_furniture_day(record, rng, 400))
    stamp_day = _furniture_day(record, rng, 20)

    def build(k: float) -> list[Blk]:
        blocks = [_mk_header(mk, doc, form_no, w)]
        for sec in doc.sections:
            blocks.append(_mk_heading(mk, w.section(sec.key), k))
            fields = _fields(sec.items)
            if mk.mode == "left":
                blocks += _mk_rows_left(mk, fields, w, k)
            else:
                blocks += _mk_rows_stacked(mk, fields, w, k)
            blocks.append(Blk(8 * k, lambda top: None, False))
        blocks.append(_mk_closing(mk, doc, record, w))
        return blocks

    top = PAGE_H - rng.uniform(40, 54)
    laid = _fitted(build, top - 58, top - 58, pages)
    last_y = top
    for n, blocks in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        mk.page = n
        mk.spots = [sp for sp in mk.spots if sp.page != n]
        mk.rects = [r for r in mk.rects if r[0] != n]
        y = top
        for b in blocks:
            b.draw(y)
            y -= b.height
        last_y = y
        _mk_footer(mk, w, form_no, printed, n, len(laid))
        _holes(pen, rng, PAGE_H)
        if n == 1:
            _staple_mark(pen, rng, PAGE_H)
        _marks(mk, w, n, PAGE_W)
        avoid = [r for p, r in mk.rects if p == n]
        note = None
        if n == len(laid):
            note = _note_place(mk, avoid, PAGE_W, PAGE_H, max(last_y - 10, 190))
            avoid.append((note[0] - 10, note[1] - 135, note[0] + 135, note[1] + 10))
        if n == 1:
            _stamp(mk, record, w, stamp_day, PAGE_W, PAGE_H, avoid)
        if note is not None:
            _note(mk, record, w, *note)


def draw_marked_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int
                         ) -> None:
    """A filed photocopy of the document with the clerk's marks."""
    w = _w(s)
    mk = _make_mk(pen, random.Random(rng.getrandbits(32)))
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    printed = _numeric(_furniture_day(r, rng, 300))
    stamp_day = _furniture_day(r, rng, 20)
    title = w.title("identity_document")
    unit = rng.choice(UNITS12["identity_document"])
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(1.15, 1.45), (mk.width - 20) / w1, (PAGE_H - 330) / h1)
    cw, ch = _card_size(r, part, scale)
    x = mk.left + rng.uniform(0, max(1.0, mk.width - cw))
    top = PAGE_H - 130 - rng.uniform(0, 30)
    form_no = f"{rng.choice(('K', 'AK', 'DOK'))} {rng.randint(11, 979)}"
    for n in range(1, pages + 1):
        if n > 1:
            pen.new_page()
        mk.page = n
        mk.text(mk.left, PAGE_H - 56, unit, 11, mk.faces.bold)
        mk.text(mk.left, PAGE_H - 84, title, 14, mk.faces.bold)
        c = pen.c
        cover = n > 1 and not card  # a passport's cover on the second page
        rw, rh = (88 * 2.8346 * scale, 125 * 2.8346 * scale) if cover else (cw, ch)
        # a photocopy: the grey edge of the copier glass around the document
        c.saveState()
        c.setFillGray(rng.uniform(0.9, 0.95))
        c.rect(x - 14, top - rh - 14, rw + 28, rh + 28, stroke=0, fill=1)
        c.restoreState()
        if n == 1:
            _draw_copy(pen, r, part, x, top, scale, style, random.Random(seed), True)
        elif card:
            _draw_copy(pen, r, "back", x, top, scale, style, random.Random(seed), True)
        else:
            _passport_cover(pen, x, top, scale, rng)
        cw, ch = rw, rh
        copy_rect = (x - 14, top - ch - 14, x + cw + 14, top + 14)
        mk.rects.append((n, copy_rect))
        ty = top - ch - 40
        _tick(pen, x + cw + 6 if x + cw + 20 < PAGE_W - 10 else x - 16, top - 30, mk.ink, rng)
        if rng.random() < 0.7:
            c.saveState()
            c.setFillColorRGB(*mk.ink)
            c.setFont(mk.hand, 10)
            c.drawString(mk.left, max(ty, 80), w.pick("remark"))
            c.restoreState()
        _mk_footer(mk, w, form_no, printed, n, pages)
        _holes(pen, rng, PAGE_H)
        if n == 1:
            _staple_mark(pen, rng, PAGE_H)
        avoid = [rc for p, rc in mk.rects if p == n]
        avoid.append((0, PAGE_H - 100, PAGE_W, PAGE_H))
        note = None
        if n == pages:
            note = _note_place(mk, avoid, PAGE_W, PAGE_H, max(ty - 30, 190))
            avoid.append((note[0] - 10, note[1] - 135, note[0] + 135, note[1] + 10))
        if n == 1:
            _stamp(mk, r, w, stamp_day, PAGE_W, PAGE_H, avoid)
        if note is not None:
            _note(mk, r, w, *note)


# --- landscape: narrow columns across a landscape sheet -------------------------------------------

LW: Final[float] = float(PAGE_H)  # the landscape sheet's width
LH: Final[float] = float(PAGE_W)  # and height


@dataclass(slots=True)
class _Ls:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    left: float
    right: float
    heads: str  # band | vertical
    labels: str  # above | before
    boxed: bool
    ls: float
    vs: float
    gutter: float
    band_gray: float
    reverse: bool  # white headings on a dark band

    def text(self, x: float, y: float, s: str, size: float, face: str, gray: float = 0.0
             ) -> None:
        c = self.pen.c
        c.setFillGray(gray)
        c.setFont(face, size)
        c.drawString(x, y, s)
        c.setFillGray(0)


def _make_ls(pen: Pen, rng: random.Random) -> _Ls:
    faces = _set4(rng.choice(SANS9 + SERIF9[:2]))
    mono = _reg(*rng.choice(MONO9[:3]))
    return _Ls(pen, rng, faces, rng.choice((faces.regular, faces.regular, faces.bold, mono)),
               rng.uniform(30, 42), LW - rng.uniform(30, 42), rng.choice(("band", "vertical")),
               rng.choice(("above", "above", "before")), rng.random() < 0.5,
               rng.uniform(6.4, 7.4), rng.uniform(8.8, 10.0), rng.uniform(12, 20),
               rng.uniform(0.7, 0.86), rng.random() < 0.4)


@dataclass(slots=True)
class _Unit:
    """One thing in a column: a section heading band, a field, a heading strip's padding or a
    gap after a section."""

    height: float
    sec: str  # the section's heading text
    kind: str  # head | field | pad | gap
    f: F | None = None


def _ls_value_lines(ls: _Ls, f: F, width: float) -> tuple[list[str], float]:
    pad = 6.0 if ls.boxed else 0.0
    lines = _wrap(f.value, ls.value_face, ls.vs, width - pad)
    return lines, _fit_size(lines, ls.value_face, ls.vs, width - pad)


def _ls_choice_rows(ls: _Ls, f: F, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    size = ls.vs * 0.9
    for i, opt in enumerate(f.options):
        wd = size + 3 + _width(opt, ls.faces.regular, size) + 10
        if rows[-1] and x + wd > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += wd
    return rows


def _ls_split(width: float) -> float:
    """Where the value starts in "before" mode (the label's share of the column)."""
    return width * 0.42


def _ls_field_h(ls: _Ls, f: F, width: float, w: Extra12Wording, k: float) -> float:
    gap = 5 * k + (7 if ls.boxed else 0)
    if ls.labels == "before":
        split = _ls_split(width)
        label_lines = _wrap(_label(w, f), ls.faces.regular, ls.ls, split - 4)
        if f.kind == "choice":
            body = len(_ls_choice_rows(ls, f, width - split)) * (ls.vs + 3)
        else:
            lines, size = _ls_value_lines(ls, f, width - split)
            body = len(lines) * (size + 2.5)
        return max(len(label_lines) * (ls.ls + 1.5), body) + gap
    label_lines = _wrap(_label(w, f), ls.faces.regular, ls.ls, width)
    if f.kind == "choice":
        body = len(_ls_choice_rows(ls, f, width)) * (ls.vs + 3)
    else:
        lines, size = _ls_value_lines(ls, f, width)
        body = len(lines) * (size + 2.5)
    return len(label_lines) * (ls.ls + 1.5) + 2 + body + gap


def _ls_draw_choice(ls: _Ls, f: F, x: float, y: float, width: float) -> None:
    c = ls.pen.c
    size = ls.vs * 0.9
    for row in _ls_choice_rows(ls, f, width):
        xx = x
        for i in row:
            side = size * 0.85
            c.setLineWidth(0.6)
            c.setStrokeGray(0)
            c.rect(xx, y - 1, side, side, stroke=1, fill=0)
            if i == f.chosen:
                c.setLineWidth(1.1)
                c.line(xx + 1, y, xx + side - 1, y + side - 2)
                c.line(xx + 1, y + side - 2, xx + side - 1, y)
            xx += side + 3
            ls.text(xx, y, f.options[i], size, ls.faces.regular)
            xx += _width(f.options[i], ls.faces.regular, size) + 10
        y -= ls.vs + 3


def _ls_draw_value(ls: _Ls, f: F, x: float, y: float, width: float) -> None:
    lines, size = _ls_value_lines(ls, f, width)
    if ls.boxed:
        c = ls.pen.c
        c.setLineWidth(0.5)
        c.setStrokeGray(0.35)
        bh = (len(lines) - 1) * (size + 2.5) + size + 6
        c.rect(x, y - 3.5 - (len(lines) - 1) * (size + 2.5), width, bh, stroke=1, fill=0)
        x += 3
    for line in lines:
        ls.text(x, y, line, size, ls.value_face)
        y -= size + 2.5


def _ls_draw_field(ls: _Ls, f: F, w: Extra12Wording, x: float, top: float, width: float
                   ) -> None:
    if ls.labels == "before":
        split = _ls_split(width)
        y = top - ls.vs - (3 if ls.boxed else 0)
        ly = top - ls.ls - 1 - (3 if ls.boxed else 0)
        for ln in _wrap(_label(w, f), ls.faces.regular, ls.ls, split - 4):
            ls.text(x, ly, ln, ls.ls, ls.faces.regular, 0.3)
            ly -= ls.ls + 1.5
        if f.kind == "choice":
            _ls_draw_choice(ls, f, x + split, y, width - split)
        else:
            _ls_draw_value(ls, f, x + split, y, width - split)
        return
    ly = top - ls.ls
    for ln in _wrap(_label(w, f), ls.faces.regular, ls.ls, width):
        ls.text(x, ly, ln, ls.ls, ls.faces.regular, 0.3)
        ly -= ls.ls + 1.5
    y = ly + ls.ls + 1.5 - 2 - ls.vs - (4 if ls.boxed else 0)
    if f.kind == "choice":
        _ls_draw_choice(ls, f, x, y, width)
    else:
        _ls_draw_value(ls, f, x, y, width)


def _ls_band(ls: _Ls, text: str, x: float, top: float, width: float) -> float:
    size = ls.vs
    h = size + 7
    c = ls.pen.c
    c.setFillGray(0.2 if ls.reverse else ls.band_gray)
    c.rect(x, top - h, width, h, stroke=0, fill=1)
    face = ls.faces.bold
    full = _width(text, face, size)
    sz = size if full < width - 8 else size * (width - 8) / full
    ls.text(x + 4, top - h + 4.5, text, sz, face, 1.0 if ls.reverse else 0.0)
    return h + 4


STRIP: Final = 15.0  # width of a turned heading's strip


def _ls_vertical(ls: _Ls, text: str, x: float, top: float, bottom: float) -> None:
    """A section heading turned by 90 degrees along the column's left edge."""
    c = ls.pen.c
    length = top - bottom
    face = ls.faces.bold
    size = max(4.0, min(ls.vs, 7.5 + 1.5 * (ls.vs > 9.5),
                        0.92 * length / max(_width(text, face, 1.0), 1.0)))
    c.saveState()
    c.setFillGray(0.2 if ls.reverse else ls.band_gray)
    c.rect(x, bottom, STRIP - 3, length, stroke=0, fill=1)
    c.translate(x + (STRIP - 3) / 2 + size * 0.35, bottom + length / 2)
    c.rotate(90)
    c.setFillGray(1.0 if ls.reverse else 0.0)
    c.setFont(face, size)
    c.drawCentredString(0, 0, text)
    c.restoreState()


@dataclass(slots=True)
class _Col:
    units: list[_Unit] = field(default_factory=list)


def _ls_pack(ls: _Ls, sections: list[Sec], w: Extra12Wording, width: float, room: float,
             ncols: int, per_column: bool, k: float) -> list[_Col] | None:
    """Fields into at most ``ncols`` columns of height ``room`` (a new column per section when
    ``per_column``); ``None`` when they do not fit."""
    vertical = ls.heads == "vertical"
    inner = width - (STRIP if vertical else 0)
    band_h = ls.vs + 11
    cols: list[_Col] = [_Col()]
    used = 0.0
    run_start = 0.0

    def close_run(title: str) -> None:
        """A turned heading needs a run at least as long as its text."""
        nonlocal used
        need = _width(title, ls.faces.bold, min(ls.vs, 7.5)) / 0.92 + 8
        short = need - (used - run_start)
        if vertical and short > 0:
            cols[-1].units.append(_Unit(short, title, "pad"))
            used += short

    for sec in sections:
        title = w.section(sec.key)
        fields = _fields(sec.items)
        heights = [_ls_field_h(ls, f, inner, w, k) for f in fields]
        first = sum(heights[:2])
        head = band_h if not vertical else 0.0
        if cols[-1].units and (per_column or used + head + first > room):
            cols.append(_Col())
            used = 0.0
        run_start = used
        if not vertical:
            cols[-1].units.append(_Unit(band_h, title, "head"))
            used += band_h
        for f, h in zip(fields, heights, strict=True):
            if used + h > room and cols[-1].units:
                close_run(title)
                cols.append(_Col())
                used = run_start = 0.0
                if not vertical:
                    cols[-1].units.append(_Unit(band_h, title, "head"))
                    used += band_h
            cols[-1].units.append(_Unit(h, title, "field", f))
            used += h
        close_run(title)
        cols[-1].units.append(_Unit(8 * k, title, "gap"))
        used += 8 * k
    if len(cols) > ncols:
        return None
    if any(sum(u.height for u in col.units if u.kind != "gap") > room for col in cols):
        return None
    return cols


def _ls_draw_cols(ls: _Ls, cols: list[_Col], w: Extra12Wording, ncols: int, top: float,
                  width: float) -> None:
    c = ls.pen.c
    vertical = ls.heads == "vertical"
    for i, col in enumerate(cols):
        x = ls.left + i * (width + ls.gutter)
        if i:
            c.setLineWidth(0.4)
            c.setStrokeGray(0.6)
            bottom = top - sum(u.height for u in col.units)
            c.line(x - ls.gutter / 2, top, x - ls.gutter / 2, bottom)
        y = top
        inner_x = x + (STRIP if vertical else 0)
        inner = width - (STRIP if vertical else 0)
        run: tuple[str, float] | None = None  # the turned heading's text and its run's top
        run_end = top
        for u in col.units:
            if u.kind == "head":
                _ls_band(ls, u.sec, x, y, width)
            elif u.kind in ("field", "pad") and vertical and (run is None or run[0] != u.sec):
                if run is not None:
                    _ls_vertical(ls, run[0], x, run[1], run_end)
                run = (u.sec, y)
            if u.kind == "field" and u.f is not None:
                _ls_draw_field(ls, u.f, w, inner_x, y, inner)
            y -= u.height
            if u.kind in ("field", "pad"):
                run_end = y + 4
        if run is not None:
            _ls_vertical(ls, run[0], x, run[1], run_end)


def _ls_header(ls: _Ls, doc_title: str, issuer: str, unit: str, form_no: str, edition: str,
               ref: str, w: Extra12Wording, n: int, total: int) -> float:
    """The wide header; returns the y under it."""
    c = ls.pen.c
    top = LH - 30
    ls.text(ls.left, top - 12, issuer, 12, ls.faces.bold)
    ls.text(ls.left, top - 25, unit, 8.5, ls.faces.regular, 0.25)
    size = 15.0
    while _width(doc_title, ls.faces.bold, size) > (ls.right - ls.left) * 0.5 and size > 10:
        size -= 0.5
    c.setFont(ls.faces.bold, size)
    c.drawCentredString((ls.left + ls.right) / 2, top - 16, doc_title)
    c.setFont(ls.faces.regular, 7.5)
    c.drawRightString(ls.right, top - 8, f"{w.word('form')} {form_no}")
    c.drawRightString(ls.right, top - 18, f"{w.word('edition')} {edition}")
    c.drawRightString(ls.right, top - 28, f"{w.word('reference')} {ref}")
    if n > 1:
        c.setFont(ls.faces.italic, 8)
        c.drawCentredString((ls.left + ls.right) / 2, top - 28, w.word("cont"))
    y = top - 36
    c.setLineWidth(1.2 if ls.reverse else 0.7)
    c.setStrokeGray(0)
    c.line(ls.left, y, ls.right, y)
    return y - 10


def _ls_footer(ls: _Ls, w: Extra12Wording, form_no: str, printed: str, n: int, total: int
               ) -> None:
    c = ls.pen.c
    c.setLineWidth(0.4)
    c.setStrokeGray(0.5)
    c.line(ls.left, 30, ls.right, 30)
    c.setFillGray(0.3)
    c.setFont(ls.faces.regular, 6.8)
    c.drawString(ls.left, 21, f"{form_no} · {w.word('printed')} {printed}")
    c.drawRightString(ls.right, 21, f"{w.word('page')} {n}/{total}")
    c.setFillGray(0)


def _ls_closing(ls: _Ls, doc: Doc, record: Record, w: Extra12Wording, y: float) -> None:
    c = ls.pen.c
    c.setLineWidth(0.5)
    c.setStrokeGray(0)
    if doc.certificate:
        ls.text(ls.left, y + 22, w.word("certify"), 8, ls.faces.italic)
        _seal(ls.pen, ls.right - 260, y + 6, 22, 0.35)
        x = ls.right - 190
        _signature(ls.pen, x + 20, y + 6, ls.rng)
        c.line(x, y, ls.right, y)
        ls.text(x, y - 9, w.word("registrar"), 7, ls.faces.regular, 0.25)
        return
    day = other_day(record, min(doc.signed, REFERENCE_DATE), ls.rng, 0)
    ls.text(ls.left + 2, y + 4, f"{doc.city}, {_numeric(day)}", ls.vs, ls.value_face)
    c.line(ls.left, y, ls.left + 200, y)
    ls.text(ls.left, y - 9, w.word("place_date"), 7, ls.faces.regular, 0.25)
    x = ls.right - 220
    _signature(ls.pen, x + 30, y + 6, ls.rng)
    c.line(x, y, ls.right, y)
    ls.text(x, y - 9, w.word("sign"), 7, ls.faces.regular, 0.25)


def _ls_furniture(record: Record, rng: random.Random) -> tuple[str, str, str, str]:
    form_no = f"{rng.choice(('QF', 'L', 'Q', 'EB'))}-{rng.randint(101, 989)}"
    form_no += rng.choice(("", f"/{rng.choice('ABCQ')}", f".{rng.randint(1, 9)}"))
    edition = f"{rng.randint(1, 12):02d}.{rng.randint(2017, 2025)}"
    ref = f"{rng.choice(('V', 'AZ', 'G'))} {_free_number(record, rng, 1000, 99999)}"
    printed = _numeric(_furniture_day(record, rng, 300))
    return form_no, edition, ref, printed


def _ls_arrange(ls: _Ls, parts: list[list[Sec]], w: Extra12Wording, width: float,
                room: float, ncols: int, per_column: bool, k: float
                ) -> tuple[list[list[_Col]], float, float, float, float] | None:
    """Every part in its columns (applications balanced: the lowest column height that still
    fits), with the tallest column's height, ``k`` and the sizes it was packed with."""
    out: list[list[_Col]] = []
    tallest = 0.0
    for part in parts:
        cols = _ls_pack(ls, part, w, width, room, ncols, per_column, k)
        if cols is None:
            return None
        if not per_column:
            lo, hi = 40.0, room
            for _ in range(14):
                mid = (lo + hi) / 2
                if _ls_pack(ls, part, w, width, mid, ncols, False, k) is None:
                    lo = mid
                else:
                    hi = mid
            cols = _ls_pack(ls, part, w, width, hi, ncols, False, k) or cols
        out.append(cols)
        tallest = max([tallest, *(sum(u.height for u in col.units) for col in cols)])
    return out, tallest, k, ls.vs, ls.ls


def draw_landscape_form(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                        pages: int) -> None:
    w = _w(s)
    ls = _make_ls(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    form_no, edition, ref, printed = _ls_furniture(record, rng)
    issuer = f"Standesamt {doc.city}" if doc.certificate else f"Stadt {doc.city}"
    unit = "Personenstandsregister" if doc.certificate else doc.unit
    secs = doc.sections
    if pages == 2:
        cut = len(secs) - 1 if doc.certificate else (len(secs) + 1) // 2
        parts = [secs[:cut], secs[cut:]]
    else:
        parts = [secs]
    per_column = doc.certificate
    ncols = max(len(p) for p in parts) if per_column else rng.choice((3, 4, 4))
    ncols = max(ncols, 3)
    width = (ls.right - ls.left - (ncols - 1) * ls.gutter) / ncols
    head_bottom = LH - 30 - 36 - 10
    closing_h = 62.0
    room = head_bottom - 40 - closing_h
    layouts: list[list[_Col]] = []
    k = 1.0
    best = None
    for _ in range(14):
        best = _ls_arrange(ls, parts, w, width, room, ncols, per_column, k)
        if best is not None:
            break
        k *= 0.9
        ls.vs = max(6.5, ls.vs * 0.96)
        ls.ls = max(5.0, ls.ls * 0.96)
    if best is None:  # squeeze the columns: more of them
        ncols += 1
        width = (ls.right - ls.left - (ncols - 1) * ls.gutter) / ncols
        layouts = [_ls_pack(ls, part, w, width, 10_000, ncols, per_column, k) or [_Col()]
                   for part in parts]
    else:  # open the spacing up until the columns fill a good part of the sheet
        target = room * rng.uniform(0.5, 0.75)
        for _ in range(18):
            if best[1] >= target or k > 5.0:
                break
            k *= 1.12
            ls.vs = min(ls.vs * 1.025, 11.0)
            ls.ls = min(ls.ls * 1.02, 8.0)
            got = _ls_arrange(ls, parts, w, width, room, ncols, per_column, k)
            if got is None:
                break
            best = got
        layouts, _, k, ls.vs, ls.ls = best
    for n, cols in enumerate(layouts, 1):
        if n > 1:
            pen.new_page()
        pen.c.setPageSize((LW, LH))
        top = _ls_header(ls, doc.title, issuer, unit, form_no, edition, ref, w, n, len(layouts))
        _ls_draw_cols(ls, cols, w, ncols, top, width)
        if n == len(layouts):
            tallest = max(sum(u.height for u in col.units) for col in cols) if cols else 0.0
            low = 40 + closing_h - 26
            _ls_closing(ls, doc, record, w, max(low, top - tallest - rng.uniform(40, 90)))
        _ls_footer(ls, w, form_no, printed, n, len(layouts))


def draw_landscape_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int
                            ) -> None:
    """A copy of the document on a landscape cover sheet."""
    w = _w(s)
    ls = _make_ls(pen, random.Random(rng.getrandbits(32)))
    form_no, edition, ref, printed = _ls_furniture(r, rng)
    kind = ID_KINDS12["P" if r.document_code.startswith("P") else "I"][1]
    unit = rng.choice(UNITS12["identity_document"])
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    copy_day = _numeric(_furniture_day(r, rng, 60))
    clerk = f"{rng.choice('ABDEFGHKLMNPRSTW')}{rng.choice('aeiou')}{rng.choice('klmnrst')}."
    for n in range(1, pages + 1):
        if n > 1:
            pen.new_page()
        pen.c.setPageSize((LW, LH))
        top = _ls_header(ls, w.title("identity_document"), unit, w.word("sheet"), form_no,
                         edition, ref, w, n, pages)
        col_w = (ls.right - ls.left) * rng.uniform(0.26, 0.32)
        y = top - 6
        y -= _ls_band(ls, kind, ls.left, y, col_w)
        for line in _wrap(w.word("copy"), ls.faces.regular, 8, col_w):
            ls.text(ls.left, y - 8, line, 8, ls.faces.regular)
            y -= 11
        ls.text(ls.left, y - 22, copy_day, ls.vs, ls.value_face)
        ls.text(ls.left, y - 32, w.word("place_date"), 6.5, ls.faces.regular, 0.3)
        _signature(pen, ls.left + 20, y - 62, rng)
        ls.text(ls.left, y - 74, clerk, 7, ls.faces.regular, 0.3)
        x0 = ls.left + col_w + 30
        room_w, room_h = ls.right - x0, top - 50
        if n == 1 or card:
            p = part if n == 1 else "back"
            w1, h1 = _card_size(r, p, 1.0)
            scale = min(rng.uniform(1.1, 1.5), room_w / w1, room_h / h1)
            cw, ch = _card_size(r, p, scale)
            x = x0 + (room_w - cw) / 2
            ctop = top - 4 - (room_h - ch) / 2
            c = pen.c
            c.saveState()
            c.setStrokeGray(0.55)
            c.setDash(3, 2)
            c.rect(x - 10, ctop - ch - 10, cw + 20, ch + 20, stroke=1, fill=0)
            c.restoreState()
            _draw_copy(pen, r, p, x, ctop, scale, style, random.Random(seed), True)
        else:
            _passport_cover(pen, x0 + room_w / 2 - 130, top - 10, 1.05, rng)
        _ls_footer(ls, w, form_no, printed, n, pages)


# --- entry point ---------------------------------------------------------------------------------


def draw_extra12(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    """Draw one document of the ``marked`` or ``landscape`` layout; ``pages`` is what the plan
    asks for."""
    if s.layout == "landscape":
        if isinstance(record, Identity):
            draw_landscape_identity(pen, record, s, rng, pages)
        else:
            draw_landscape_form(pen, record, s, rng, doc_type, pages)
    elif isinstance(record, Identity):
        draw_marked_identity(pen, record, s, rng, pages)
    else:
        draw_marked_form(pen, record, s, rng, doc_type, pages)

