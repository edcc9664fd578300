"""The fourteenth extra pair of blind held-out layouts: ``duplex`` and ``gov``.

``duplex`` is a two-sided paper form, printed so that the text PDF and the scans show the front
and the back of one sheet: the front holds the first half of the fields, the back the rest
(and the place / date and signature, or for certificates the seal and the official's
signature). Some backs are upside down (a tumble-duplex sheet scanned simplex): that page
carries ``/Rotate 180``, so a viewer and the scans show it turned while its text layer is
drawn upright. Every field is a long rounded input box with a small grey caption inside, several
boxes to a row; the value is typed in a monospace or handwriting-like face, slightly off the
box's baseline. Section headings are numbered with Roman numerals in a left margin column, and
each section has fine-print instructions in a right margin column. Identity documents are a
filing sheet with the copy of the document on the front (the machine-readable zone always on
an upright page).

``gov`` is the one-page summary print of a modern federal-style online service: a header with
the portal's name, a QR-like square, a transaction id and the creation time; a title and a
status line; per section a two-column definition list (labels right-aligned, a thin vertical
rule, values left-aligned and wrapping within their column), labels sometimes questions; dates
in ISO style or with the weekday written out; names sometimes with the family name first; a
legal footer. Certificates are an electronic certificate print in the same layout; identity
documents are the summary of an online document check with the uploaded picture.

Both draw straight from the record with the wording of ``samples.wording_extra14``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final

from reportlab.lib.utils import simpleSplit

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
from samples.render_extra9 import MONO9, SANS9, SERIF9, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _official
from samples.truth import truth_fields
from samples.wording_extra14 import (
    DWELLING14,
    ID_KINDS14,
    LANDLORD_ROLES14,
    PURPOSE14,
    PURPOSE_ORDER14,
    SEX14,
    SEX_ORDER14,
    Extra14Wording,
    format_extra14_date,
    nationality_word,
    sex_word,
)

RGB = tuple[float, float, float]

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class F:
    """One field: a caption and a typed value, or a row of tick boxes."""

    key: str
    value: str = ""
    kind: str = "text"  # text | choice
    options: tuple[str, ...] = ()
    chosen: int | None = None
    wide: bool = False  # wants a row (or a long value column) of its own
    label: str = ""  # a label of its own (numbered persons)


@dataclass(slots=True)
class Sec:
    key: str
    items: list[F]


@dataclass(slots=True)
class Doc:
    title: str
    city: str
    sections: list[Sec]
    certificate: bool
    identity: bool = False


def _w(s: Style) -> Extra14Wording:
    assert isinstance(s.words, Extra14Wording)
    return s.words


def _dup(s: Style) -> bool:
    return s.layout == "duplex"


def _date(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d))


def _names(s: Style, p: Person, rng: random.Random) -> list[F]:
    """Family and given names; the summary sometimes prints them as "Family, Given"."""
    if not _dup(s) and rng.random() < 0.4:
        return [F("name_pair", f"{p.family}, {p.given}", wide=True)]
    return [F("family_name", p.family), F("given_names", p.given)]


def _sex(s: Style, code: str) -> F:
    if _dup(s) and s.sex_mode == "choice":
        options = tuple(SEX14["word"][c] for c in SEX_ORDER14)
        return F("sex", SEX14["word"][code], "choice", options, SEX_ORDER14.index(code))
    mode = s.sex_mode if s.sex_mode in SEX14 else "word"
    return F("sex", sex_word(code, mode))


def _nat(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode))


def _address(s: Style, a: Address, line_key: str) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line, wide=True)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line), F("city_line", a.city_line)]
    return [F("street", a.street), F("house_number", a.number), F("postal_code", a.postal_code),
            F("city", a.city)]


def _pick(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
          chosen: str) -> F:
    """A choice: tick boxes on the paper form (or the chosen words), the summary's words."""
    if _dup(s) and s.purpose_mode != "word":
        options = tuple(table[k][0] for k in order)
        return F(key, table[chosen][0], "choice", options, order.index(chosen), wide=True)
    return F(key, table[chosen][0 if _dup(s) else 1])


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True, birth_name: bool = True) -> list[F]:
    items = _names(s, p, rng)
    if birth_name and p.birth_name:
        items.append(F("birth_name", p.birth_name))
    items.append(_date(s, "date_of_birth", p.dob))
    if place:
        items.append(F("place_of_birth", p.pob))
    if sex:
        items.append(_sex(s, p.sex))
    if nat:
        items.append(_nat(s, p.nationality))
    return items


def _register(s: Style, record: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", [F("registry_office", f"Standesamt {record.office}"),
                            F("register_number", record.register),
                            _date(s, "issue_date", record.issue)])


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections and fields of one document."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            a = record.address
            flat = [_date(s, "move_in_date", record.move_in), *_address(s, a, "address_line")]
            if record.dwelling:
                flat.append(_pick(s, "dwelling", DWELLING14, ("main", "secondary"),
                                  record.dwelling))
            secs = [Sec("person", _person(s, record.person, rng)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous, wide=True)]))
            if rng.random() < 0.25:
                secs = [secs[1], secs[0], *secs[2:]]
            return Doc(title, a.city, secs, False)
        case Wohnungsgeber():
            a = record.address
            landlord = [F("landlord_name", record.landlord_name, wide=True),
                        F("landlord_address", record.landlord_address.line, wide=True)]
            if rng.random() < 0.7:
                i = 0 if record.landlord_is_owner else 1
                if _dup(s):
                    landlord.append(F("landlord_role", LANDLORD_ROLES14[i][0], "choice",
                                      tuple(r[0] for r in LANDLORD_ROLES14), i, wide=True))
                else:
                    landlord.append(F("landlord_role", LANDLORD_ROLES14[i][1]))
            flat = [_date(s, "move_in_date", record.move_in), *_address(s, a, "flat_line")]
            sep = rng.choice((" ", " Nr. ", " – "))
            tenants = [F("tenant", t, label=f"{w('tenant')}{sep}{k}")
                       for k, t in enumerate(record.tenants, 1)]
            secs = [Sec("landlord", landlord), Sec("flat", flat), Sec("tenants", tenants)]
            if rng.random() < 0.3:
                secs = [secs[1], secs[2], secs[0]]
            return Doc(title, a.city, secs, False)
        case Geburt():
            c = record.child
            child = _person(s, c, rng, nat=False, birth_name=False)
            if rng.random() < 0.5:
                child.append(F("birth_time", f"{record.birth_time} Uhr"))
            parents = [F("mother_name", record.mother)]
            if record.father:
                parents.append(F("father_name", record.father))
            secs = [Sec("child", child), Sec("parents", parents)]
            reg = _register(s, record)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(title, record.office, secs, True)
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                items = _person(s, sp, rng, sex=False, nat=False, place=rng.random() < 0.5)
                spouses.append(Sec(f"spouse{k}", items))
            marriage = Sec("marriage", [_date(s, "marriage_date", record.marriage_date),
                                        F("marriage_place", record.marriage_place)])
            secs = [marriage, *spouses] if rng.random() < 0.5 else [*spouses, marriage]
            reg = _register(s, record)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(title, record.office, secs, True)
        case Sterbe():
            deceased = _person(s, record.person, rng, sex=False, nat=False, birth_name=False)
            if rng.random() < 0.5:
                deceased.append(F("last_residence", record.last_residence, wide=True))
            death = Sec("death", [_date(s, "date_of_death", record.date_of_death),
                                  F("place_of_death", record.place_of_death)])
            secs = [Sec("deceased", deceased), death]
            if rng.random() < 0.3:
                secs.reverse()
            reg = _register(s, record)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(title, record.office, secs, True)
        case Zulassung():
            a = record.address
            holder = [*_person(s, record.holder, rng, sex=False, nat=False, place=False,
                               birth_name=False), *_address(s, a, "address_line")]
            vehicle = [F("make", record.make), F("model", record.model), F("vin", record.vin),
                       F("evb_number", record.evb)]
            if record.plate:
                vehicle.append(F("desired_plate", record.plate))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [F("account_holder", record.account_holder), F("iban", iban, wide=True)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            secs = [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)]
            if rng.random() < 0.3:
                secs = [secs[1], secs[0], secs[2]]
            return Doc(title, a.city, secs, False)
        case Aufenthalt():
            a = record.address
            person = _person(s, record.person, rng, sex=rng.random() < 0.5)
            passport = [F("passport_number", record.passport_number),
                        _date(s, "passport_expiry_date", record.passport_expiry),
                        _date(s, "entry_date", record.entry)]
            stay = [_pick(s, "purpose", PURPOSE14, PURPOSE_ORDER14, record.purpose)]
            secs = [Sec("person", person), Sec("passport", passport), Sec("stay", stay),
                    Sec("residence", _address(s, a, "address_line"))]
            if rng.random() < 0.35:
                secs = [secs[0], secs[3], secs[1], secs[2]]
            return Doc(title, a.city, secs, False)
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            if _dup(s):
                doc_kind = F("doc_kind", ID_KINDS14[kind][0], "choice",
                             (ID_KINDS14["P"][0], ID_KINDS14["I"][0]), 0 if kind == "P" else 1,
                             wide=True)
            else:
                doc_kind = F("doc_kind", ID_KINDS14[kind][1])
            document = [doc_kind, F("doc_code", record.document_code),
                        F("doc_number", record.document_number),
                        F("issuing_state", record.issuing_state),
                        _date(s, "expiry_date", record.expiry)]
            holder = [F("mrz_family", str(t["family_name"])),
                      F("mrz_given", str(t["given_names"])),
                      _date(s, "date_of_birth", record.person.dob), _sex(s, str(t["sex"])),
                      _nat(s, record.person.nationality)]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            return Doc(title, city, [Sec("document", document), Sec("holder_id", holder)],
                       False, True)
    raise TypeError(type(record))


def fields(doc: Doc) -> list[F]:
    """Every field of the document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


# --- shared drawing helpers -----------------------------------------------------------------


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, width)) or [""]


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def _cross(pen: Pen, x: float, y: float, side: float) -> None:
    c = pen.c
    c.saveState()
    c.setLineWidth(1.1)
    c.setStrokeColorRGB(0.05, 0.1, 0.35)
    d = side * 0.18
    c.line(x + d, y + d, x + side - d, y + side - d)
    c.line(x + d, y + side - d, x + side - d, y + d)
    c.restoreState()


# --- duplex: a two-sided paper form ------------------------------------------------------------

DUPLEX_CAPTION_FACES: Final = (SANS9[0], SANS9[1], SANS9[2], SANS9[3], SANS9[4])
HAND_FACES: Final = (SANS9[0], SANS9[2], SERIF9[0], SERIF9[1])


@dataclass(slots=True)
class _Dx:
    pen: Pen
    rng: random.Random
    cap_face: str
    bold_face: str
    value_face: str
    cap_size: float
    value_size: float
    box_h: float
    gap: float  # between boxes
    row_gap: float
    radius: float
    margin_l: float  # left edge of the numeral column
    numeral_w: float
    main_l: float
    main_r: float
    hint_l: float
    hint_r: float
    fill: float  # the boxes' grey fill (1 = none)
    ink: RGB
    jitter: float
    heading_size: float

    @property
    def main_w(self) -> float:
        return self.main_r - self.main_l


def _make_dx(pen: Pen, rng: random.Random) -> _Dx:
    caps = _set4(rng.choice(DUPLEX_CAPTION_FACES))
    if rng.random() < 0.6:
        value_face = _reg(*rng.choice(MONO9))
        value_size = rng.uniform(9.0, 10.4)
    else:
        value_face = _set4(rng.choice(HAND_FACES)).italic
        value_size = rng.uniform(9.6, 11.0)
    margin_l = rng.uniform(26, 38)
    numeral_w = rng.uniform(30, 40)
    hint_w = rng.uniform(92, 118)
    hint_r = PAGE_W - rng.uniform(24, 34)
    hint_l = hint_r - hint_w
    main_l = margin_l + numeral_w
    main_r = hint_l - rng.uniform(10, 16)
    cap_size = rng.uniform(5.8, 6.8)
    ink = rng.choice(((0.05, 0.08, 0.3), (0.1, 0.1, 0.1), (0.0, 0.15, 0.45)))
    return _Dx(pen, rng, caps.regular, caps.bold, value_face, cap_size, value_size,
               cap_size + value_size + rng.uniform(9, 13), rng.uniform(4, 8),
               rng.uniform(4, 8), rng.uniform(3.5, 7), margin_l, numeral_w, main_l, main_r,
               hint_l, hint_r, rng.choice((1.0, 1.0, 0.96, 0.93)), ink,
               rng.uniform(0.6, 1.9), rng.uniform(8.6, 10.0))


def _caption(dx: _Dx, w: Extra14Wording, f: F) -> str:
    return f.label or w(f.key)


def _need(dx: _Dx, w: Extra14Wording, f: F) -> float:
    """The natural width of a field's box."""
    cap = _width(_caption(dx, w, f), dx.cap_face, dx.cap_size)
    if f.kind == "choice":
        val = sum(_width(o, dx.cap_face, dx.cap_size + 1.5) + 22 for o in f.options)
    else:
        val = _width(f.value, dx.value_face, dx.value_size) + 10
    return max(cap, val, 48) + 14


def _choice_lines(dx: _Dx, f: F, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    size = dx.cap_size + 1.5
    for i, o in enumerate(f.options):
        ow = _width(o, dx.cap_face, size) + 22
        if rows[-1] and x + ow > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += ow
    return rows


def _box_h(dx: _Dx, f: F, width: float) -> float:
    if f.kind != "choice":
        return dx.box_h
    n = len(_choice_lines(dx, f, width - 14))
    return dx.cap_size + 8 + n * (dx.cap_size + 7) + 4


def _rows(dx: _Dx, w: Extra14Wording, items: list[F]) -> list[list[tuple[F, float]]]:
    """Fields packed into rows of boxes (widths stretched to the row)."""
    rows: list[list[F]] = []
    cur: list[F] = []
    used = 0.0
    limit = dx.rng.choice((2, 3, 3, 4))
    for f in items:
        need = _need(dx, w, f)
        if f.wide and need > dx.main_w * 0.55:
            if cur:
                rows.append(cur)
            rows.append([f])
            cur, used = [], 0.0
            continue
        if cur and (used + need + dx.gap > dx.main_w or len(cur) >= limit):
            rows.append(cur)
            cur, used = [], 0.0
        cur.append(f)
        used += need + (dx.gap if len(cur) > 1 else 0)
    if cur:
        rows.append(cur)
    out = []
    for row in rows:
        needs = [min(_need(dx, w, f), dx.main_w) for f in row]
        room = dx.main_w - dx.gap * (len(row) - 1)
        extra = max(0.0, room - sum(needs))
        total = sum(needs)
        out.append([(f, n + extra * n / total) for f, n in zip(row, needs, strict=True)])
    return out


def _draw_box(dx: _Dx, w: Extra14Wording, f: F, x: float, top: float, width: float,
              height: float) -> None:
    c = dx.pen.c
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeGray(0.45)
    c.setFillGray(dx.fill)
    c.roundRect(x, top - height, width, height, dx.radius, stroke=1, fill=1 if dx.fill < 1 else 0)
    c.setFillGray(0.42)
    c.setFont(dx.cap_face, dx.cap_size)
    c.drawString(x + 6, top - dx.cap_size - 3, _caption(dx, w, f))
    if f.kind == "choice":
        size = dx.cap_size + 1.5
        side = size * 0.95
        y = top - dx.cap_size - 6 - size
        for line in _choice_lines(dx, f, width - 14):
            cx = x + 8
            for i in line:
                c.setStrokeGray(0.3)
                c.setLineWidth(0.6)
                c.rect(cx, y - 1, side, side, stroke=1, fill=0)
                if i == f.chosen:
                    _cross(dx.pen, cx, y - 1, side)
                c.setFillGray(0.1)
                c.setFont(dx.cap_face, size)
                c.drawString(cx + side + 4, y, f.options[i])
                cx += _width(f.options[i], dx.cap_face, size) + 22
            y -= dx.cap_size + 7
        c.restoreState()
        return
    size = dx.value_size
    while _width(f.value, dx.value_face, size) > width - 12 and size > 6:
        size -= 0.3
    off = dx.rng.uniform(-dx.jitter, dx.jitter)
    base = top - height + max(3.5, (height - dx.cap_size - 4 - size) / 2 + 2) + off
    c.setFillColorRGB(*dx.ink)
    c.setFont(dx.value_face, size)
    c.drawString(x + 6 + dx.rng.uniform(0, 3), base, f.value)
    c.restoreState()


@dataclass(slots=True)
class _Unit:
    """One row of boxes with its section (and whether it opens the section)."""

    sec: int
    row: list[tuple[F, float]]
    first: bool
    count: int


def _dx_header(dx: _Dx, w: Extra14Wording, doc: Doc, form_no: str, edition: str, back: bool
               ) -> float:
    c = dx.pen.c
    top = PAGE_H - dx.rng.uniform(30, 40)
    c.setFillGray(0)
    c.setFont(dx.bold_face, 8.5)
    c.drawString(dx.main_l, top - 9, f"Stadt {doc.city}")
    c.setFont(dx.cap_face, 7)
    c.drawRightString(dx.hint_r, top - 9, f"{w.word('form_no')} {form_no}")
    c.drawRightString(dx.hint_r, top - 18, f"{w.word('edition')} {edition}")
    side = w.word("back" if back else "front")
    c.setFont(dx.bold_face, 7.5)
    c.drawRightString(dx.hint_r, top - 29, side)
    if back:
        c.setFont(dx.bold_face, 10)
        c.drawString(dx.main_l, top - 24, doc.title)
        y = top - 34
    else:
        size = 14.0
        while _width(doc.title, dx.bold_face, size) > dx.main_w + 40 and size > 9:
            size -= 0.5
        c.setFont(dx.bold_face, size)
        c.drawString(dx.main_l, top - 30, doc.title)
        c.setFont(dx.cap_face, 7)
        c.setFillGray(0.3)
        c.drawString(dx.main_l, top - 42, w.word("fill_in"))
        c.setFillGray(0)
        y = top - 50
    c.setLineWidth(0.8)
    c.line(dx.margin_l, y, dx.hint_r, y)
    return y - 8


def _dx_section_head(dx: _Dx, w: Extra14Wording, doc: Doc, sec: int, top: float, cont: bool
                     ) -> float:
    """The Roman numeral in the margin column, the heading over the boxes and the fine print in
    the right column; returns the y under the heading."""
    c = dx.pen.c
    key = doc.sections[sec].key
    c.setFillGray(0)
    c.setFont(dx.bold_face, 13)
    c.drawString(dx.margin_l, top - 13, f"{_roman(sec + 1)}.")
    head = w.section(key) + (f" {w.word('cont')}" if cont else "")
    c.setFont(dx.bold_face, dx.heading_size)
    c.drawString(dx.main_l, top - dx.heading_size, head)
    c.setFont(dx.cap_face, 5.8)
    c.setFillGray(0.35)
    y = top - 7
    for line in _wrap(w.hint(key), dx.cap_face, 5.8, dx.hint_r - dx.hint_l):
        c.drawString(dx.hint_l, y, line)
        y -= 7
    c.setFillGray(0)
    c.setStrokeGray(0.6)
    c.setLineWidth(0.3)
    c.line(dx.hint_l - 5, top, dx.hint_l - 5, y + 3)
    return top - dx.heading_size - 6


def _hint_h(dx: _Dx, w: Extra14Wording, doc: Doc, sec: int) -> float:
    return 7 + 7 * len(_wrap(w.hint(doc.sections[sec].key), dx.cap_face, 5.8,
                             dx.hint_r - dx.hint_l))


def _unit_h(dx: _Dx, u: _Unit) -> float:
    return max(_box_h(dx, f, width) for f, width in u.row) + dx.row_gap


def draw_duplex(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str) -> None:
    w = _w(s)
    dx = _make_dx(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    dx_extra: dict[int, float] = {}
    form_no = (f"{rng.choice('ABDEKMRSW')}{rng.randint(10, 99)}-"
               f"{_free_number(record, rng, 100, 999)}")
    edition = f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"
    upside_down = not doc.identity and rng.random() < 0.45
    units: list[_Unit] = []
    for i, sec in enumerate(doc.sections):
        for k, row in enumerate(_rows(dx, w, sec.items)):
            units.append(_Unit(i, row, k == 0, len(row)))
    total = sum(u.count for u in units)
    # the front takes the first half of the fields (cut between rows, nearest to half)
    best, cut, run = total + 1.0, 1, 0
    for n, u in enumerate(units[:-1], 1):
        run += u.count
        if abs(run - total / 2) < best:
            best, cut = abs(run - total / 2), n
    if doc.identity:  # the document's fields on the front, the holder's on the back
        cut = next(n for n, u in enumerate(units) if u.sec == 1)
    front, back = units[:cut], units[cut:]
    for chunk, room in ((front, 520.0 if not doc.identity else 200.0), (back, 430.0)):
        used = sum(_unit_h(dx, u) + (dx.heading_size + 12 if k == 0 or chunk[k - 1].sec != u.sec
                                     else 0) for k, u in enumerate(chunk))
        spare = max(0.0, room - used) * rng.uniform(0.3, 0.7)
        dx_extra[id(chunk)] = min(18.0, spare / max(1, len(chunk)))
    sign_day = _furniture_day(record, rng, 30)
    official = _official(record, rng)
    copy_seed = rng.getrandbits(32)
    style = rng.choice(VIZ_STYLES)

    def lay(chunk: list[_Unit], y: float) -> float:
        hint_bottom = y
        extra = dx_extra.get(id(chunk), 0.0)
        for k, u in enumerate(chunk):
            if k == 0 or chunk[k - 1].sec != u.sec:
                y -= 6
                hint_bottom = y - _hint_h(dx, w, doc, u.sec)
                y = _dx_section_head(dx, w, doc, u.sec, y, not u.first)
            x = dx.main_l
            h = _unit_h(dx, u)
            for f, width in u.row:
                _draw_box(dx, w, f, x, y, width, h - dx.row_gap)
                x += width + dx.gap
            y -= h + extra
            if k + 1 >= len(chunk) or chunk[k + 1].sec != u.sec:
                y = min(y, hint_bottom)
        return y

    # page 1: the front
    y = _dx_header(dx, w, doc, form_no, edition, False)
    y = lay(front, y)
    if doc.identity and isinstance(record, Identity):
        part = "both" if record.mrz_format == "TD1" else "page"
        cw, ch = _card_size(record, part, 1.0)
        scale = min(1.0, (dx.main_w) / cw, max(0.4, (y - 110) / (ch + 20)))
        cw, ch = _card_size(record, part, scale)
        c = pen.c
        c.setFont(dx.cap_face, 7)
        c.setFillGray(0.35)
        c.drawString(dx.main_l, y - 14, w.word("copy_caption"))
        c.setFillGray(0)
        _draw_copy(pen, record, part, dx.main_l + rng.uniform(0, max(1.0, dx.main_w - cw)),
                   y - 22, scale, style, random.Random(copy_seed), True)
        y -= ch + 30
    c = pen.c
    c.setFont(dx.bold_face, 8)
    c.drawRightString(dx.main_r, 40, f"{w.word('turn')} ->" if rng.random() < 0.5
                      else w.word("turn"))
    c.setFont(dx.cap_face, 6)
    c.drawString(dx.margin_l, 40, f"{w.word('form_no')} {form_no}")
    # page 2: the back (upside down on some sheets)
    pen.new_page()
    if upside_down:
        pen.c.setPageRotation(180)
    y = _dx_header(dx, w, doc, form_no, edition, True)
    y = lay(back, y)
    y -= 18
    c = pen.c
    if doc.certificate:
        _seal(pen, dx.main_l + 60, y - 34, 26, 0.45)
        c.setFont(dx.cap_face, 6.5)
        c.setFillGray(0.35)
        c.drawString(dx.main_l + 30, y - 72, w.word("seal"))
        x = dx.main_l + dx.main_w * 0.5
        _signature(pen, x + 14, y - 30, rng)
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        c.line(x, y - 38, dx.main_r, y - 38)
        c.setFillGray(0)
        c.setFont(dx.value_face, 8.5)
        c.drawString(x, y - 50, official)
        c.setFont(dx.cap_face, 6.5)
        c.drawString(x, y - 60, w.word("sign_office"))
    else:
        place_w = dx.main_w * 0.42
        c.setStrokeGray(0.45)
        c.setLineWidth(0.6)
        c.roundRect(dx.main_l, y - 36, place_w, 34, dx.radius, stroke=1, fill=0)
        c.roundRect(dx.main_l + place_w + dx.gap, y - 36, dx.main_w - place_w - dx.gap, 34,
                    dx.radius, stroke=1, fill=0)
        c.setFillGray(0.42)
        c.setFont(dx.cap_face, dx.cap_size)
        c.drawString(dx.main_l + 6, y - dx.cap_size - 5, w.word("place_date"))
        c.drawString(dx.main_l + place_w + dx.gap + 6, y - dx.cap_size - 5, w.word("sign"))
        c.setFillColorRGB(*dx.ink)
        c.setFont(dx.value_face, dx.value_size)
        signed = f"{doc.city}, {format_extra14_date(sign_day, 'numeric')}"
        c.drawString(dx.main_l + 8, y - 28, signed)
        _signature(pen, dx.main_l + place_w + dx.gap + 30, y - 26, rng)
    # the office's box at the foot of the back
    c.setFillGray(0)
    c.setStrokeGray(0.5)
    c.setDash([2, 2], 0)
    c.rect(dx.main_l, 56, dx.main_w, 46, stroke=1, fill=0)
    c.setDash([], 0)
    c.setFont(dx.cap_face, 6.5)
    c.setFillGray(0.4)
    c.drawString(dx.main_l + 5, 92, w.word("office_box"))
    c.drawString(dx.main_l + 5, 64, f"{w.word('received')}: ____________")
    c.setFont(dx.cap_face, 6)
    c.drawString(dx.margin_l, 40, f"{w.word('form_no')} {form_no}")
    c.setFillGray(0)


# --- gov: the one-page summary of an online service -------------------------------------------

GOV_FACES: Final = (SANS9[0], SANS9[1], SANS9[2], SANS9[1], SANS9[3])
GOV_ACCENTS: Final[tuple[RGB, ...]] = ((0.0, 0.2, 0.45), (0.1, 0.1, 0.1), (0.0, 0.33, 0.5),
                                       (0.35, 0.1, 0.15))
NOWRAP: Final = frozenset({"vin", "iban", "evb_number", "register_number", "passport_number",
                           "doc_number", "doc_code", "issuing_state", "desired_plate",
                           "postal_code", "house_number", "bic"})


@dataclass(slots=True)
class _Gv:
    pen: Pen
    rng: random.Random
    face: str
    bold: str
    value_face: str
    label_size: float
    value_size: float
    lead: float
    left: float
    right: float
    rule_x: float
    gap: float
    accent: RGB
    heading: str  # rule | band | plain
    row_pad: float

    @property
    def value_w(self) -> float:
        return self.right - self.rule_x - self.gap

    @property
    def label_w(self) -> float:
        return self.rule_x - self.gap - self.left


def _make_gv(pen: Pen, rng: random.Random) -> _Gv:
    faces = _set4(rng.choice(GOV_FACES))
    value_face = rng.choice((faces.regular, faces.regular, faces.bold))
    left = rng.uniform(46, 66)
    right = PAGE_W - rng.uniform(44, 62)
    rule_x = left + (right - left) * rng.uniform(0.36, 0.46)
    return _Gv(pen, rng, faces.regular, faces.bold, value_face, rng.uniform(8.0, 9.0),
               rng.uniform(8.8, 9.8), rng.uniform(1.22, 1.4), left, right, rule_x,
               rng.uniform(7, 11), rng.choice(GOV_ACCENTS), rng.choice(("rule", "band", "plain")),
               rng.uniform(2.5, 5.5))


def _qr(gv: _Gv, x: float, top: float, side: float, seed: int) -> None:
    """A QR-like square: three finder marks and a random module pattern."""
    c = gv.pen.c
    rng = random.Random(seed)
    n = 25
    m = side / n
    c.saveState()
    c.setFillGray(0)
    finder = ((0, 0), (n - 7, 0), (0, n - 7))
    for i in range(n):
        for j in range(n):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finder):
                continue
            if rng.random() < 0.48:
                c.rect(x + i * m, top - (j + 1) * m, m, m, stroke=0, fill=1)
    for fx, fy in finder:
        c.rect(x + fx * m, top - (fy + 7) * m, 7 * m, 7 * m, stroke=0, fill=1)
        c.setFillGray(1)
        c.rect(x + (fx + 1) * m, top - (fy + 6) * m, 5 * m, 5 * m, stroke=0, fill=1)
        c.setFillGray(0)
        c.rect(x + (fx + 2) * m, top - (fy + 5) * m, 3 * m, 3 * m, stroke=0, fill=1)
    c.restoreState()


@dataclass(slots=True)
class _Row:
    height: float
    draw: Callable[[float], None]
    heading: bool = False


def _gv_label(w: Extra14Wording, f: F, doc: Doc) -> str:
    """The label; a certificate or a document check never asks the reader about a person."""
    if f.label:
        return f.label
    label = w(f.key)
    if (doc.certificate or doc.identity) and label.endswith("?") and (
            " Sie" in label or "Ihr" in label):
        return w.statement(f.key)
    return label


def _gv_rows(gv: _Gv, w: Extra14Wording, doc: Doc) -> list[list[_Row]]:
    """Per section: its heading and one row per field."""
    out = []
    for sec in doc.sections:
        rows = [_gv_heading(gv, w.section(sec.key))]
        for f in sec.items:
            rows.append(_gv_row(gv, _gv_label(w, f, doc), f.value, f.key in NOWRAP))
        out.append(rows)
    return out


def _gv_heading(gv: _Gv, text: str) -> _Row:
    size = gv.value_size + 2.2

    def draw(top: float) -> None:
        c = gv.pen.c
        c.saveState()
        y = top - size - 6
        if gv.heading == "band":
            c.setFillColorRGB(0.93, 0.94, 0.96)
            c.rect(gv.left - 4, y - 5, gv.right - gv.left + 8, size + 9, stroke=0, fill=1)
        c.setFillColorRGB(*gv.accent)
        c.setFont(gv.bold, size)
        c.drawString(gv.left, y, text)
        if gv.heading == "rule":
            c.setStrokeColorRGB(*gv.accent)
            c.setLineWidth(0.8)
            c.line(gv.left, y - 4, gv.right, y - 4)
        c.restoreState()

    return _Row(size + 16, draw, True)


def _gv_row(gv: _Gv, label: str, value: str, nowrap: bool) -> _Row:
    labels = _wrap(label, gv.face, gv.label_size, gv.label_w)
    size = gv.value_size
    if nowrap:
        while _width(value, gv.value_face, size) > gv.value_w and size > 6.5:
            size -= 0.3
        values = [value]
    else:
        values = _wrap(value, gv.value_face, size, gv.value_w)
    step = size * gv.lead
    h = max(len(labels) * gv.label_size * gv.lead, len(values) * step) + gv.row_pad * 2

    def draw(top: float) -> None:
        c = gv.pen.c
        c.saveState()
        y = top - gv.row_pad - gv.label_size
        c.setFillGray(0.3)
        c.setFont(gv.face, gv.label_size)
        for line in labels:
            c.drawRightString(gv.rule_x - gv.gap, y, line)
            y -= gv.label_size * gv.lead
        c.setFillGray(0)
        c.setFont(gv.value_face, size)
        y = top - gv.row_pad - size
        for line in values:
            c.drawString(gv.rule_x + gv.gap, y, line)
            y -= step
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(gv.rule_x, top, gv.rule_x, top - h)
        c.restoreState()

    return _Row(h, draw)


def _gv_header(gv: _Gv, w: Extra14Wording, doc: Doc, tx: str, created: str, n: int,
               total: int, qr_seed: int) -> float:
    c = gv.pen.c
    top = PAGE_H - gv.rng.uniform(30, 40)
    c.saveState()
    c.setFillColorRGB(*gv.accent)
    c.rect(0, PAGE_H - 10, PAGE_W, 10, stroke=0, fill=1)
    c.setFont(gv.bold, 10.5)
    c.drawString(gv.left, top - 10, w.word("service"))
    c.setFillGray(0.35)
    c.setFont(gv.face, 7.5)
    c.drawString(gv.left, top - 46, f"Stadt {doc.city} · {w.word('summary')}")
    side = 52.0
    _qr(gv, gv.right - side, top, side, qr_seed)
    c.setFillGray(0)
    c.setFont(gv.face, 7.5)
    c.drawRightString(gv.right - side - 10, top - 10, f"{w.word('tx')}: {tx}")
    c.drawRightString(gv.right - side - 10, top - 21, f"{w.word('created')}: {created}")
    c.drawRightString(gv.right - side - 10, top - 32,
                      w.word("page").format(n=n, m=total))
    c.restoreState()
    y = top - side - 14
    if n == 1:
        size = 15.0
        while _width(doc.title, gv.bold, size) > gv.right - gv.left and size > 10:
            size -= 0.5
        c.setFillGray(0)
        c.setFont(gv.bold, size)
        c.drawString(gv.left, y - size, doc.title)
        y -= size + 8
        c.setFont(gv.face, 8.5)
        c.setFillColorRGB(0.0, 0.4, 0.2)
        c.drawString(gv.left, y - 9, w.word("verified" if doc.certificate else "submitted"))
        c.setFillGray(0)
        y -= 16
        if doc.certificate:
            c.setFont(gv.face, 7.5)
            for line in _wrap(w.word("verify_note"), gv.face, 7.5, gv.right - gv.left):
                c.drawString(gv.left, y - 8, line)
                y -= 9.5
            y -= 4
    else:
        c.setFont(gv.bold, 10)
        c.drawString(gv.left, y - 10, w.word("cont"))
        y -= 18
    return y


def _gv_footer(gv: _Gv, w: Extra14Wording, legal: str) -> None:
    c = gv.pen.c
    lines = _wrap(legal, gv.face, 6.3, gv.right - gv.left)
    y = 34 + len(lines) * 7.6
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.4)
    c.line(gv.left, y + 6, gv.right, y + 6)
    c.setFillGray(0.35)
    c.setFont(gv.face, 6.3)
    for line in lines:
        c.drawString(gv.left, y, line)
        y -= 7.6
    c.drawString(gv.left, 26, w.word("imprint"))
    c.restoreState()


def _tx_id(record: Record, rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    groups = ["".join(rng.choice(alphabet) for _ in range(4)) for _ in range(3)]
    return rng.choice((f"{'-'.join(groups)}", f"BUND-{_free_number(record, rng, 100000, 999999)}"
                       f"-{groups[0]}"))


def draw_gov(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> None:
    w = _w(s)
    gv = _make_gv(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    tx = _tx_id(record, rng)
    day = _furniture_day(record, rng, 20)
    created = (f"{format_extra14_date(day, rng.choice(('iso', 'weekday')))}, "
               f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
    qr_seed = rng.getrandbits(32)
    legal = w.word("legal")
    copy_seed = rng.getrandbits(32)
    style = rng.choice(VIZ_STYLES)
    sections = _gv_rows(gv, w, doc)
    total = pages
    bottom = 34 + 7.6 * len(_wrap(legal, gv.face, 6.3, gv.right - gv.left)) + 20
    if not doc.identity and pages == 2:
        cut = max(1, len(sections) // 2)
        chunks = [sections[:cut], sections[cut:]]
    else:
        chunks = [sections]
    for n, chunk in enumerate(chunks, 1):
        if n > 1:
            pen.new_page()
        y = _gv_header(gv, w, doc, tx, created, n, total, qr_seed)
        for rows in chunk:
            y -= 6
            for row in rows:
                if y - row.height < bottom:  # never in the plan: shrink the spacing
                    y = bottom + row.height
                row.draw(y)
                y -= row.height
        if doc.identity and isinstance(record, Identity):
            card = record.mrz_format == "TD1"
            part = ("front" if pages == 2 else "both") if card else "page"
            _gv_copy(gv, w, record, part, y - 8, bottom, style, copy_seed)
            if pages == 2:
                _gv_footer(gv, w, legal)
                pen.new_page()
                y = _gv_header(gv, w, doc, tx, created, 2, 2, qr_seed)
                if card:
                    _gv_copy(gv, w, record, "back", y - 8, bottom, style, copy_seed)
        _gv_footer(gv, w, legal)


def _gv_copy(gv: _Gv, w: Extra14Wording, r: Identity, part: str, top: float, bottom: float,
             style: str, seed: int) -> None:
    c = gv.pen.c
    cw, ch = _card_size(r, part, 1.0)
    scale = min(1.1, (gv.right - gv.left - 20) / cw, max(0.4, (top - bottom - 24) / ch))
    cw, ch = _card_size(r, part, scale)
    c.setFont(gv.face, 7.5)
    c.setFillGray(0.35)
    c.drawString(gv.left, top - 8, w.word("copy_caption"))
    c.setFillGray(0)
    x = gv.rule_x + gv.gap if gv.rule_x + gv.gap + cw <= gv.right else gv.left
    _draw_copy(gv.pen, r, part, x, top - 16, scale, style, random.Random(seed), True)


# --- entry point ----------------------------------------------------------------------------------


def draw_extra14(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    """Draw one document of the ``duplex`` (always front and back) or ``gov`` layout."""
    if s.layout == "duplex":
        draw_duplex(pen, record, s, rng, doc_type)
    else:
        draw_gov(pen, record, s, rng, doc_type, pages)
