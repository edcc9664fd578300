"""The seventeenth extra pair of blind held-out layouts: ``abbrev`` and ``columns``.

``abbrev`` is a clerk's internal short form: a dense grid of small ruled cells, several fields
to a line, each cell with a heavily abbreviated label in small type (shortened nouns with dots
and hyphens, slashes joining two fields in one cell, unit-like suffixes) over or before its
value; section names on a thin bar, a vertical band or a small tab; option fields as short
letter codes of which the chosen one is marked (a ticked box, a box glyph, a circle, an
underline or bold type, one way per document); dates in two short styles mixed within a
document. Page furniture: a form number, a barcode-like reference, a processing-stamp area with
an internal clerk code and a processing day (none of the truth's values), a footer. Identity
documents print the machine-readable zone whole in a cell of their own (and a copy of the
document when there is room). A planned second sheet is the form's processing log.

``columns`` is a matrix form: the persons or roles of a document are the columns (child /
mother / father, the two spouses, landlord and the persons moving in, holder and account
holder, vehicle and insurance, passport and stay, new and previous dwelling, the events with
their registration and this issue) and the attributes are the rows, with their captions at the
left. Column headers name the role; cells that do not apply are empty or hold a dash (one habit
per document); a person who is not the column's subject (a parent, an account holder) has the
full name in one merged cell over the name rows. A distractor column (an informant, a witness,
an interpreter, a relative, a previous document, a check column) or row (marital status, floor,
time of birth, last residence, an order number) belongs to none of the fields. Row captions,
their order, the grid, the faces, sizes and date styles vary per document.

Both draw straight from the record with the wording of ``samples.wording_extra17``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
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
from samples.fonts import glyph_font, mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _seal,
    _signature,
    other_day,
    random_name,
)
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _official, _truth_strings
from samples.render_extra16 import AUTHORITY_UNITS
from samples.truth import truth_fields
from samples.wording_extra17 import (
    ABBREV_DATE_STYLES,
    ABBREV_LOG,
    CHECKS17,
    COLUMNS_DATE_STYLES,
    DWELLING17,
    DWELLING_ORDER17,
    FEES17,
    FLOORS17,
    ID_KINDS17,
    INSURERS17,
    NA_MARKS17,
    PROCS17,
    PURPOSE17,
    PURPOSE_ORDER17,
    ROLES17,
    SEX_CODES17,
    SEX_ORDER17,
    SEX_WORDS17,
    YES_NO17,
    Extra17Wording,
    format_extra17_date,
    nationality_word,
)

RGB = tuple[float, float, float]
CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
INKS: Final[tuple[RGB, ...]] = ((0.15, 0.2, 0.65), (0.45, 0.12, 0.5), (0.7, 0.12, 0.12),
                                (0.1, 0.35, 0.3))


def _w(s: Style) -> Extra17Wording:
    assert isinstance(s.words, Extra17Wording)
    return s.words


class _Dates:
    """Dates in the document's style, mixed with a second style (``abbrev``) now and then."""

    def __init__(self, s: Style, rng: random.Random, mixed: bool) -> None:
        self.rng = rng
        self.primary = s.date_style
        styles = ABBREV_DATE_STYLES if mixed else COLUMNS_DATE_STYLES
        self.alt = rng.choice([x for x in styles if x != self.primary])
        self.p = rng.uniform(0.5, 0.8) if mixed else 1.0

    def __call__(self, d: date) -> str:
        style = self.primary if self.rng.random() < self.p else self.alt
        return format_extra17_date(d, style)


def _city_of(record: Record) -> str:
    match record:
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
    return "Bochum"


def _office_line(doc_type: str, city: str) -> str:
    if doc_type in CERTIFICATES:
        return f"Standesamt {city}"
    return f"Stadt {city} · {AUTHORITY_UNITS[doc_type]}"


def _fit(text: str, face: str, size: float, width: float, least: float = 4.8) -> float:
    while _width(text, face, size) > width and size > least:
        size -= 0.2
    return size


# === abbrev: content ===========================================================================


@dataclass(slots=True)
class Cell:
    """One cell: a value under one label key, two joined values under a pair label, a row of
    option codes of which one is marked (``choice``), or the machine-readable zone."""

    keys: tuple[str, ...]
    value: str = ""
    names: tuple[str, ...] = ()  # the catalog fields of the parts ("" for none)
    parts: tuple[str, ...] = ()  # the printed part of each key
    kind: str = "text"  # text | choice | zone
    options: tuple[str, ...] = ()
    chosen: int | None = None
    suffix: str = ""  # appended to the label (tenant numbers)


@dataclass(slots=True)
class ASec:
    key: str
    cells: list[Cell]


@dataclass(slots=True)
class ADoc:
    doc_type: str
    title: str
    city: str
    secs: list[ASec]


def _one(key: str, value: str, name: str = "", suffix: str = "") -> Cell:
    return Cell((key,), value, (name,), (value,), suffix=suffix)


def _two(k1: str, v1: str, n1: str, k2: str, v2: str, n2: str, sep: str) -> Cell:
    return Cell((k1, k2), f"{v1}{sep}{v2}", (n1, n2), (v1, v2))


def _codes(key: str, name: str, options: tuple[str, ...], chosen: int | None,
           printed: str) -> Cell:
    return Cell((key,), printed, (name,), (printed,), "choice", options, chosen)


def _a_sex(code: str, name: str = "sex") -> Cell:
    return _codes("sex", name, tuple(SEX_CODES17[c] for c in SEX_ORDER17),
                  SEX_ORDER17.index(code), SEX_CODES17[code])


def _a_names(rng: random.Random, p: Person | None, prefix: str, family: str = "",
             given: str = "") -> list[Cell]:
    fam = p.family if p else family
    giv = p.given if p else given
    if rng.random() < 0.3:
        return [_two("family_name", fam, prefix + "family_name", "given_names", giv,
                     prefix + "given_names", ", ")]
    cells = [_one("family_name", fam, prefix + "family_name"),
             _one("given_names", giv, prefix + "given_names")]
    return cells if rng.random() < 0.75 else cells[::-1]


def _a_born(rng: random.Random, dt: _Dates, p: Person, prefix: str, place: bool,
            place_name: str = "place_of_birth") -> list[Cell]:
    if place and rng.random() < 0.3:
        return [_two("date_of_birth", dt(p.dob), prefix + "date_of_birth", "place_of_birth",
                     p.pob, place_name, " / ")]
    cells = [_one("date_of_birth", dt(p.dob), prefix + "date_of_birth")]
    if place:
        cells.append(_one("place_of_birth", p.pob, place_name))
    return cells


def _a_nat(s: Style, code: str, name: str = "nationality") -> Cell:
    return _one("nationality", nationality_word(code, s.nationality_mode), name)


def _a_address(rng: random.Random, a: Address) -> list[Cell]:
    cells: list[Cell] = []
    if rng.random() < 0.5:
        cells.append(_two("street", a.street, "street", "house_number", a.number,
                          "house_number", " "))
    else:
        cells += [_one("street", a.street, "street"), _one("house_number", a.number,
                                                          "house_number")]
    if rng.random() < 0.5:
        cells.append(_two("postal_code", a.postal_code, "postal_code", "city", a.city, "city",
                          " "))
    else:
        cells += [_one("postal_code", a.postal_code, "postal_code"),
                  _one("city", a.city, "city")]
    return cells


def _a_event(rng: random.Random, dt: _Dates, k1: str, d: date, k2: str, place: str) -> list[Cell]:
    if rng.random() < 0.35:
        return [_two(k1, dt(d), k1, k2, place, k2, " / ")]
    return [_one(k1, dt(d), k1), _one(k2, place, k2)]


def _a_register(rng: random.Random, dt: _Dates, r: Geburt | Ehe | Sterbe) -> ASec:
    cells = [_one("registry_office", f"Standesamt {r.office}", "registry_office")]
    if rng.random() < 0.3:
        cells.append(_two("register_number", r.register, "register_number", "issue_date",
                          dt(r.issue), "issue_date", " / "))
    else:
        cells += [_one("register_number", r.register, "register_number"),
                  _one("issue_date", dt(r.issue), "issue_date")]
    return ASec("register", cells)


def _office(rng: random.Random) -> ASec:
    """The office's own cells at the end of the form (no truth value)."""
    seen = rng.randrange(2) if rng.random() < 0.3 else 0
    cells = [_one("proc", f"{rng.choice(PROCS17)}-{rng.randint(1, 9):02d}"),
             _one("fee", rng.choice(FEES17)),
             _codes("id_seen", "", YES_NO17, seen, YES_NO17[seen])]
    if rng.random() < 0.5:
        done = rng.randrange(2)
        cells.append(_codes("certified", "", YES_NO17, done, YES_NO17[done]))
    cells.append(_one("remark", ""))
    return ASec("office", cells)


def _blank(rng: random.Random, keys: tuple[str, ...], p: float) -> list[Cell]:
    """Cells of the form that were left empty."""
    return [_one(k, "") for k in keys if rng.random() < p]


def build_abbrev(record: Record, s: Style, rng: random.Random, doc_type: str) -> ADoc:
    """The sections and cells of one short form."""
    doc = _build_abbrev(record, s, rng, doc_type)
    if rng.random() < 0.75:
        doc.secs.append(_office(rng))
    return doc


def _build_abbrev(record: Record, s: Style, rng: random.Random, doc_type: str) -> ADoc:
    w = _w(s)
    title = w.title(doc_type)
    dt = _Dates(s, rng, True)
    city = _city_of(record)
    match record:
        case Anmeldung():
            p = record.person
            person = _a_names(rng, p, "")
            if p.birth_name:
                person.append(_one("birth_name", p.birth_name, "birth_name"))
            person += _a_born(rng, dt, p, "", True)
            person += [_a_sex(p.sex), _a_nat(s, p.nationality)]
            if rng.random() < 0.4:
                person.append(_one("marital", record.marital))
            if record.phone and rng.random() < 0.3:
                person.append(_one("phone", record.phone))
            else:
                person += _blank(rng, ("phone", "email", "religion"), 0.4)
            flat = [_one("move_in_date", dt(record.move_in), "move_in_date"),
                    *_a_address(rng, record.address)]
            order = DWELLING_ORDER17
            chosen = order.index(record.dwelling) if record.dwelling else None
            flat.append(_codes("dwelling", "dwelling" if record.dwelling else "",
                               tuple(DWELLING17[k][0] for k in order), chosen,
                               DWELLING17[record.dwelling][0] if record.dwelling else ""))
            secs = [ASec("person", person), ASec("dwelling", flat)]
            if record.previous:
                secs.append(ASec("previous", [_one("previous_address", record.previous,
                                                    "previous_address")]))
            elif rng.random() < 0.5:
                secs.append(ASec("previous", [_one("previous_address", "—")]))
            return ADoc(doc_type, title, city, secs)
        case Wohnungsgeber():
            role = ROLES17[record.landlord_is_owner][0]
            landlord = [_one("landlord_name", record.landlord_name, "landlord_name"),
                        _one("landlord_address", record.landlord_address.line,
                             "landlord_address"),
                        _codes("landlord_role", "", (ROLES17[True][0], ROLES17[False][0]),
                               0 if record.landlord_is_owner else 1, role)]
            flat = [_one("move_in_date", dt(record.move_in), "move_in_date"),
                    *_a_address(rng, record.address)]
            numbered = len(record.tenants) > 1
            tenants = [_one("tenant", t, "tenant_names", f" {k + 1}" if numbered else "")
                       for k, t in enumerate(record.tenants)]
            return ADoc(doc_type, title, city, [ASec("landlord", landlord), ASec("flat", flat),
                                                ASec("tenants", tenants)])
        case Geburt():
            c = record.child
            child = [*_a_names(rng, c, ""), _a_sex(c.sex), *_a_born(rng, dt, c, "", True)]
            if rng.random() < 0.5:
                child.append(_one("birth_time", f"{record.birth_time} Uhr"))
            parents = [_one("mother_name", record.mother, "mother_name")]
            if record.father:
                parents.append(_one("father_name", record.father, "father_name"))
            elif rng.random() < 0.5:
                parents.append(_one("father_name", "—"))
            return ADoc(doc_type, title, city, [ASec("child", child), ASec("parents", parents),
                                                _a_register(rng, dt, record)])
        case Ehe():
            secs = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                prefix = f"spouse{k}_"
                cells = _a_names(rng, sp, prefix)
                cells.append(_one("date_of_birth", dt(sp.dob), prefix + "date_of_birth"))
                if rng.random() < 0.4:
                    cells.append(_one("place_of_birth", sp.pob))
                secs.append(ASec(f"spouse{k}", cells))
            secs.append(ASec("marriage", _a_event(rng, dt, "marriage_date", record.marriage_date,
                                                  "marriage_place", record.marriage_place)))
            secs.append(_a_register(rng, dt, record))
            return ADoc(doc_type, title, city, secs)
        case Sterbe():
            p = record.person
            deceased = _a_names(rng, p, "") + _a_born(rng, dt, p, "", True)
            if rng.random() < 0.45:
                deceased.append(_one("last_residence", record.last_residence))
            death = _a_event(rng, dt, "date_of_death", record.date_of_death, "place_of_death",
                             record.place_of_death)
            return ADoc(doc_type, title, city, [ASec("deceased", deceased), ASec("death", death),
                                                _a_register(rng, dt, record)])
        case Zulassung():
            h = record.holder
            holder = _a_names(rng, h, "holder_")
            holder.append(_one("date_of_birth", dt(h.dob), "holder_date_of_birth"))
            holder += _a_address(rng, record.address)
            holder += _blank(rng, ("phone", "email"), 0.4)
            if rng.random() < 0.35:
                vehicle = [_two("make", record.make, "", "model", record.model, "", " / ")]
            else:
                vehicle = [_one("make", record.make), _one("model", record.model)]
            vehicle += [_one("vin", record.vin, "vin"), _one("evb_number", record.evb,
                                                           "evb_number")]
            if record.plate:
                vehicle.append(_one("desired_plate", record.plate, "desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [_one("account_holder", record.account_holder, "account_holder")]
            roll = rng.random()
            if roll < 0.3:
                sepa.append(_two("iban", iban, "iban", "bic", record.bic, "", " / "))
            else:
                sepa.append(_one("iban", iban, "iban"))
                if roll < 0.75:
                    sepa.append(_one("bic", record.bic))
            return ADoc(doc_type, title, city, [ASec("holder", holder), ASec("vehicle", vehicle),
                                                ASec("sepa", sepa)])
        case Aufenthalt():
            p = record.person
            person = _a_names(rng, p, "") + _a_born(rng, dt, p, "", True)
            person.append(_a_nat(s, p.nationality))
            person += _blank(rng, ("phone", "email"), 0.4)
            if rng.random() < 0.35:
                passport = [_two("passport_number", record.passport_number, "passport_number",
                                 "passport_expiry_date", dt(record.passport_expiry),
                                 "passport_expiry_date", " / ")]
            else:
                passport = [_one("passport_number", record.passport_number, "passport_number"),
                            _one("passport_expiry_date", dt(record.passport_expiry),
                                 "passport_expiry_date")]
            passport.append(_one("entry_date", dt(record.entry), "entry_date"))
            order = PURPOSE_ORDER17
            stay = [_codes("purpose", "purpose", tuple(PURPOSE17[k][0] for k in order),
                           order.index(record.purpose), PURPOSE17[record.purpose][0])]
            secs = [ASec("person", person), ASec("passport", passport), ASec("stay", stay),
                    ASec("residence", _a_address(rng, record.address))]
            if rng.random() < 0.4:
                secs = [secs[0], secs[3], secs[1], secs[2]]
            return ADoc(doc_type, title, city, secs)
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            document = [_codes("doc_kind", "mrz_format", (ID_KINDS17["P"][0], ID_KINDS17["I"][0]),
                               0 if kind == "P" else 1, ID_KINDS17[kind][0]),
                        _one("doc_code", record.document_code, "document_code"),
                        _one("doc_number", record.document_number, "document_number"),
                        _one("issuing_state", record.issuing_state, "issuing_state"),
                        _one("expiry_date", dt(record.expiry), "expiry_date")]
            holder = _a_names(rng, None, "", str(t["family_name"]), str(t["given_names"]))
            holder += [_one("date_of_birth", dt(record.person.dob), "date_of_birth"),
                       _a_sex(str(t["sex"])), _a_nat(s, record.person.nationality)]
            zone = [Cell(("zone",), "\n".join(record.lines), ("",), (), "zone")]
            secs = [ASec("document", document), ASec("holder_id", holder)]
            if rng.random() < 0.35:
                secs.reverse()
            return ADoc(doc_type, title, city, [*secs, ASec("zone", zone)])
    raise TypeError(type(record))


def abbrev_cells(doc: ADoc) -> list[Cell]:
    """Every cell of a short form (for tests)."""
    return [c for sec in doc.secs for c in sec.cells]


# === abbrev: drawing ===========================================================================


@dataclass(slots=True)
class _Ax:
    pen: Pen
    rng: random.Random
    w: Extra17Wording
    faces: Set4
    vface: str
    lsize: float
    vsize: float
    cell_h: float
    pad: float
    mark: str  # box | glyph | circle | underline | bold
    heads: str  # bar | band | tab
    marks: str  # how sections are counted: letter | number | roman | none
    inline: bool  # label before the value on one line (else label above)
    label_grey: float
    line_w: float
    per_row: int
    left: float
    right: float
    ink: RGB
    glyph: str | None


def _make_ax(pen: Pen, rng: random.Random, w: Extra17Wording) -> _Ax:
    faces = _set4(rng.choice((SANS9[0], SANS9[3], SANS9[4], SANS9[4], SANS9[1], SANS9[3])))
    roll = rng.random()
    if roll < 0.25:
        mono = rng.choice(MONO9)
        vface = _reg(*mono)
    elif roll < 0.55:
        vface = faces.bold
    else:
        vface = faces.regular
    glyph = glyph_font()
    marks = ["box", "circle", "underline", "bold"] + (["glyph"] if glyph else [])
    left = rng.uniform(26, 40)
    return _Ax(pen, rng, w, faces, vface, rng.uniform(5.0, 6.0), rng.uniform(7.2, 8.4),
               rng.uniform(17.5, 21.5), rng.uniform(2.0, 2.8), rng.choice(marks),
               rng.choice(("bar", "band", "tab", "bar")),
               rng.choice(("letter", "number", "roman", "none")), rng.random() < 0.2,
               rng.choice((0.0, 0.25, 0.35)), rng.choice((0.35, 0.5, 0.6)),
               rng.choice((3, 4, 4, 5, 5, 6)), left, PAGE_W - left + rng.uniform(-4, 4),
               rng.choice((*INKS[:2], (0.05, 0.05, 0.05))), glyph)


def _label(ax: _Ax, cell: Cell) -> str:
    if len(cell.keys) == 2:
        return ax.w.pair(cell.keys[0], cell.keys[1]) + cell.suffix
    return ax.w(cell.keys[0]) + cell.suffix


def _opt_w(ax: _Ax, option: str) -> float:
    size = ax.vsize * 0.92
    base = _width(option, ax.faces.bold if ax.mark == "bold" else ax.faces.regular, size)
    if ax.mark in ("box", "glyph"):
        base += size * 0.85 + 3
    return base + size * 1.1


def _min_w(ax: _Ax, cell: Cell) -> float:
    label = _width(_label(ax, cell), ax.faces.regular, ax.lsize)
    if cell.kind == "zone":
        return ax.right - ax.left
    if cell.kind == "choice":
        opts = sum(_opt_w(ax, o) for o in cell.options)
        return (label + opts + 8 if ax.inline else max(label, opts)) + 2 * ax.pad + 4
    value = _width(cell.value, ax.vface, ax.vsize)
    if ax.inline:
        return label + value + 6 + 2 * ax.pad + 6
    return max(label, value) + 2 * ax.pad + 8


def _pack(ax: _Ax, cells: list[Cell], avail: float) -> list[list[tuple[Cell, float]]]:
    """Cells into rows of at most ``per_row`` cells that fill ``avail``."""
    rows: list[list[Cell]] = [[]]
    used = 0.0
    for cell in cells:
        need = min(_min_w(ax, cell), avail)
        if rows[-1] and (used + need > avail or len(rows[-1]) >= ax.per_row
                         or cell.kind == "zone"):
            rows.append([])
            used = 0.0
        rows[-1].append(cell)
        used += need
    out = []
    for row in rows:
        needs = [min(_min_w(ax, c), avail) for c in row]
        weights = [n * ax.rng.uniform(0.9, 1.25) for n in needs]
        extra = max(0.0, avail - sum(needs))
        total = sum(weights) or 1.0
        out.append([(c, n + extra * wt / total) for c, n, wt in zip(row, needs, weights,
                                                                    strict=True)])
    return out


def _zone_h(ax: _Ax, cell: Cell, width: float) -> tuple[float, float]:
    lines = cell.value.split("\n")
    face = mrz_font()
    size = min(10.0, (width - 2 * ax.pad - 4) / _width("<" * len(lines[0]), face, 1))
    return ax.lsize + 4 + len(lines) * size * 1.35 + ax.pad, size


def _mark_box(ax: _Ax, x: float, y: float, side: float, checked: bool) -> None:
    c = ax.pen.c
    c.saveState()
    c.setLineWidth(0.5)
    c.rect(x, y, side, side, stroke=1, fill=0)
    if checked:
        c.setStrokeColorRGB(*ax.ink)
        c.setLineWidth(0.9)
        d = side * 0.18
        c.line(x + d, y + d, x + side - d, y + side - d)
        c.line(x + d, y + side - d, x + side - d, y + d)
    c.restoreState()


def _draw_choice(ax: _Ax, cell: Cell, x: float, base: float, limit: float) -> None:
    c = ax.pen.c
    size = ax.vsize * 0.92
    total = sum(_opt_w(ax, o) for o in cell.options)
    if x + total > limit:
        size *= max(0.6, (limit - x) / total)
    cx = x
    for i, option in enumerate(cell.options):
        chosen = i == cell.chosen
        if ax.mark == "box":
            side = size * 0.85
            _mark_box(ax, cx, base - 0.5, side, chosen)
            cx += side + 2.5
        elif ax.mark == "glyph" and ax.glyph:
            c.setFont(ax.glyph, size * 1.05)
            c.drawString(cx, base - 0.3, "☒" if chosen else "☐")
            cx += _width("☒", ax.glyph, size * 1.05) + 2
        face = ax.faces.bold if (ax.mark == "bold" and chosen) else ax.faces.regular
        c.setFont(face, size)
        c.drawString(cx, base, option)
        end = cx + _width(option, face, size)
        if chosen and ax.mark == "circle":
            c.saveState()
            c.setStrokeColorRGB(*ax.ink)
            c.setLineWidth(0.8)
            c.ellipse(cx - 2.6, base - size * 0.38, end + 2.6, base + size * 1.02, stroke=1,
                      fill=0)
            c.restoreState()
        elif chosen and ax.mark == "underline":
            c.saveState()
            c.setStrokeColorRGB(*ax.ink)
            c.setLineWidth(1.0)
            c.line(cx - 0.5, base - 1.8, end + 0.5, base - 1.8)
            c.restoreState()
        cx = end + size * 1.1


def _draw_cell(ax: _Ax, cell: Cell, x: float, top: float, width: float, h: float) -> None:
    c = ax.pen.c
    c.saveState()
    c.setLineWidth(ax.line_w)
    c.setStrokeGray(0.15)
    c.rect(x, top - h, width, h, stroke=1, fill=0)
    c.restoreState()
    label = _label(ax, cell)
    lsize = _fit(label, ax.faces.regular, ax.lsize, width - 2 * ax.pad)
    c.setFillGray(ax.label_grey)
    c.setFont(ax.faces.regular, lsize)
    if cell.kind == "zone":
        c.drawString(x + ax.pad, top - lsize - 1.2, label)
        c.setFillGray(0)
        _, size = _zone_h(ax, cell, width)
        face = mrz_font()
        y = top - lsize - 3 - size
        for line in cell.value.split("\n"):
            c.setFont(face, size)
            c.drawString(x + ax.pad + 2, y, line)
            y -= size * 1.35
        return
    base = top - h + ax.pad + 1.2
    if ax.inline:
        c.drawString(x + ax.pad, base + 0.5, label)
        vx = x + ax.pad + _width(label, ax.faces.regular, lsize) + 6
    else:
        c.drawString(x + ax.pad, top - lsize - 1.2, label)
        vx = x + ax.pad + 1
    c.setFillGray(0)
    if cell.kind == "choice":
        _draw_choice(ax, cell, vx, base, x + width - ax.pad)
        return
    size = _fit(cell.value, ax.vface, ax.vsize, x + width - ax.pad - vx)
    c.setFont(ax.vface, size)
    c.drawString(vx, base, cell.value)


def _a_heading(ax: _Ax, text: str, top: float) -> float:
    """A section heading above the rows (bar or tab); returns its height."""
    c = ax.pen.c
    size = ax.lsize + 0.6
    if ax.heads == "bar":
        h = size + 4
        c.saveState()
        c.setFillGray(0.82)
        c.rect(ax.left, top - h, ax.right - ax.left, h, stroke=0, fill=1)
        c.restoreState()
        c.setFont(ax.faces.bold, size)
        c.drawString(ax.left + 3, top - h + 2.2, text)
        return h
    if ax.heads == "tab":
        h = size + 4
        tw = _width(text, ax.faces.bold, size) + 8
        c.saveState()
        c.setFillGray(0.1)
        c.rect(ax.left, top - h, tw, h, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(ax.faces.bold, size)
        c.drawString(ax.left + 4, top - h + 2.2, text)
        c.restoreState()
        return h
    return 0.0


def _a_band(ax: _Ax, text: str, top: float, h: float, bw: float) -> None:
    c = ax.pen.c
    size = min(ax.lsize + 0.4, bw - 3)
    c.saveState()
    c.setFillGray(0.86)
    c.setLineWidth(ax.line_w)
    c.rect(ax.left, top - h, bw, h, stroke=1, fill=1)
    c.setFillGray(0)
    c.translate(ax.left + bw / 2 + size * 0.35, top - h / 2)
    c.rotate(90)
    size = _fit(text, ax.faces.bold, size, h - 4, 3.5)
    c.setFont(ax.faces.bold, size)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def _sec_title(ax: _Ax, sec: ASec, index: int) -> str:
    text = ax.w.section(sec.key)
    if ax.marks == "letter":
        return f"{'ABCDEFGHIJ'[index]}  {text}"
    if ax.marks == "number":
        return f"{index + 1}.  {text}"
    if ax.marks == "roman":
        return f"{('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII')[index]}  {text}"
    return text


def _a_section_rows(ax: _Ax, sec: ASec) -> tuple[float, list[list[tuple[Cell, float]]]]:
    band = 12.0 if ax.heads == "band" else 0.0
    rows = _pack(ax, sec.cells, ax.right - ax.left - band)
    return band, rows


def _row_h(ax: _Ax, row: list[tuple[Cell, float]]) -> float:
    h = ax.cell_h
    for cell, width in row:
        if cell.kind == "zone":
            h = max(h, _zone_h(ax, cell, width)[0])
    return h


def _section_h(ax: _Ax, sec: ASec) -> float:
    _, rows = _a_section_rows(ax, sec)
    head = 0.0 if ax.heads == "band" else ax.lsize + 4.6
    return head + sum(_row_h(ax, r) for r in rows) + 3


def _draw_a_section(ax: _Ax, sec: ASec, index: int, top: float) -> float:
    band, rows = _a_section_rows(ax, sec)
    title = _sec_title(ax, sec, index)
    y = top - _a_heading(ax, title, top)
    body_top = y
    for row in rows:
        h = _row_h(ax, row)
        x = ax.left + band
        for cell, width in row:
            _draw_cell(ax, cell, x, y, width, h)
            x += width
        y -= h
    if band:
        _a_band(ax, title, body_top, body_top - y, band)
    return y - 3


def _barcode(pen: Pen, x: float, y: float, width: float, height: float, digits: str,
             rng: random.Random) -> None:
    """A barcode-like strip of bars (not a real symbology) over its reference in plain
    digits."""
    c = pen.c
    bars: list[tuple[float, bool]] = []
    seed = random.Random(digits + str(rng.random()))
    for ch in digits * 3:
        v = int(ch)
        bars += [(0.6 + (v % 3) * 0.55, True), (0.5 + seed.random() * 1.2, False)]
    total = sum(b for b, _ in bars)
    scale = width / total
    cx = x
    c.saveState()
    c.setFillGray(0)
    for bw, dark in bars:
        if dark:
            c.rect(cx, y, bw * scale, height, stroke=0, fill=1)
        cx += bw * scale
    c.restoreState()


def _stamp(ax: _Ax, record: Record, x: float, top: float, width: float, height: float,
           day: date, clerk: str) -> None:
    """The processing-stamp area: a framed box with a coloured stamp impression in it."""
    c = ax.pen.c
    w = ax.w
    c.saveState()
    c.setLineWidth(0.5)
    c.setDash(2, 1.5)
    c.rect(x, top - height, width, height, stroke=1, fill=0)
    c.setDash()
    c.setFont(ax.faces.regular, 5.2)
    c.setFillGray(0.3)
    c.drawString(x + 3, top - 7, w.word("stamp"))
    c.restoreState()
    ink = ax.rng.choice(INKS)
    style = ax.rng.choice(("numeric", "unpadded", "mon"))
    day_text = format_extra17_date(day, style)
    if ax.rng.random() < 0.4:
        day_text = day_text.upper()
    lines = [f"{w.word('received')} {day_text}", f"{w.word('clerk')} {clerk}"]
    sw = max(_width(t, ax.faces.bold, 7) for t in lines) + 12
    sh = 27.0
    c.saveState()
    c.translate(x + width / 2 + ax.rng.uniform(-6, 6), top - height / 2 + 0.5)
    c.rotate(ax.rng.uniform(-9, 9))
    c.setStrokeColorRGB(*ink)
    c.setFillColorRGB(*ink)
    c.setLineWidth(0.9)
    c.roundRect(-sw / 2, -sh / 2, sw, sh, 4, stroke=1, fill=0)
    c.setFont(ax.faces.bold, 7)
    c.drawCentredString(0, 2.5, lines[0])
    c.setFont(ax.faces.regular, 6.5)
    c.drawCentredString(0, -8.5, lines[1])
    c.restoreState()
    if ax.rng.random() < 0.6:
        c.setFont(ax.faces.regular, 5.2)
        c.drawString(x + 3, top - height + 3, w.word("checked"))
        _mark_box(ax, x + 5 + _width(w.word("checked"), ax.faces.regular, 5.2), top - height
                  + 2.5, 5, ax.rng.random() < 0.6)


def _a_header(ax: _Ax, doc: ADoc, record: Record, form: str, ref: str, day: date, clerk: str,
              stamp_top: bool) -> float:
    c = ax.pen.c
    w = ax.w
    top = PAGE_H - ax.rng.uniform(26, 36)
    c.setFont(ax.faces.regular, 6.2)
    unit = f"{w.word('unit')} {_free_number(record, ax.rng, 11, 79)}"
    c.drawString(ax.left, top, f"{_office_line(doc.doc_type, doc.city)} · {unit}")
    right_w = 150.0
    rx = ax.right - right_w
    c.drawRightString(ax.right, top, f"{w.word('form_no')} {form}")
    size = ax.rng.uniform(10.5, 12.5)
    y = top - size - 6
    title = doc.title
    size = _fit(title, ax.faces.bold, size, rx - ax.left - 10)
    c.setFont(ax.faces.bold, size)
    c.drawString(ax.left, y, title)
    y -= 10
    c.setFont(ax.faces.italic, 5.6)
    c.drawString(ax.left, y, w.word("key") if any(
        cell.kind == "choice" for sec in doc.secs for cell in sec.cells) else w.word("internal"))
    # right: barcode and reference, then (maybe) the stamp box
    by = top - 30
    _barcode(ax.pen, rx + 10, by, right_w - 20, 20, ref, ax.rng)
    c.setFont(_reg(*MONO9[ax.rng.randrange(len(MONO9))]), 6.2)
    c.drawCentredString(rx + right_w / 2, by - 7.5, f"{w.word('ref')} {ref}")
    bottom = min(y, by - 10)
    if stamp_top:
        _stamp(ax, record, rx + 8, by - 12, right_w - 8, 46, day, clerk)
        bottom = min(bottom, by - 60)
    c.setLineWidth(0.8)
    c.line(ax.left, bottom - 3, ax.right, bottom - 3)
    return bottom - 8


def _a_footer(ax: _Ax, form: str, page: int, total: int, initials: str) -> None:
    c = ax.pen.c
    w = ax.w
    c.setFont(ax.faces.regular, 5.6)
    c.setFillGray(0.2)
    c.drawString(ax.left, 22, f"{w.word('sheet')} {page}/{total} · {w.word('form_no')} {form} "
                 f"· {w.word('internal')}")
    c.drawRightString(ax.right, 22, f"{w.word('initials')}: {initials}")
    c.setFillGray(0)


def _log_sheet(ax: _Ax, record: Record, form: str, day: date, clerk: str) -> None:
    """The second sheet: the processing log (dates, entries, clerk codes; never truth)."""
    c = ax.pen.c
    w = ax.w
    top = PAGE_H - 40
    c.setFont(ax.faces.bold, 9)
    c.drawString(ax.left, top, w.word("back"))
    c.setFont(ax.faces.regular, 6.2)
    c.drawRightString(ax.right, top, f"{w.word('form_no')} {form}")
    heads = [h.strip() for h in ax.rng.choice(ABBREV_LOG["heads"]).split("|")]
    xs = [ax.left, ax.left + 70, ax.right - 60, ax.right]
    y = top - 16
    rh = 15.0
    c.setLineWidth(0.5)
    c.setFillGray(0.85)
    c.rect(ax.left, y - rh, ax.right - ax.left, rh, stroke=1, fill=1)
    c.setFillGray(0)
    c.setFont(ax.faces.bold, 6.5)
    for k, head in enumerate(heads):
        c.drawString(xs[k] + 3, y - rh + 4.5, head)
    y -= rh
    entries = list(ABBREV_LOG["entries"])
    ax.rng.shuffle(entries)
    when = day - timedelta(days=16)
    for k in range(12):
        c.rect(ax.left, y - rh, ax.right - ax.left, rh, stroke=1, fill=0)
        for x in xs[1:3]:
            c.line(x, y, x, y - rh)
        if k < ax.rng.randint(3, 5):
            when = other_day(record, when + timedelta(days=1), ax.rng, 2)
            c.setFont(ax.vface, 7)
            c.drawString(xs[0] + 3, y - rh + 4.5, format_extra17_date(when, "numeric"))
            c.drawString(xs[1] + 3, y - rh + 4.5, entries[k % len(entries)])
            c.drawString(xs[2] + 3, y - rh + 4.5, clerk)
        y -= rh


def draw_abbrev(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    doc = build_abbrev(record, s, rng, doc_type)
    ax = _make_ax(pen, rng, w)
    letters = "".join(rng.choice("ABDEFGHKLMNRSTVW") for _ in range(rng.randint(1, 2)))
    form = f"{letters} {_free_number(record, rng, 100, 989)}-{rng.randint(1, 9)}"
    ref = _free_number(record, rng, 10**9, 10**10 - 1)
    day = _furniture_day(record, rng, 25)
    sign = "".join(rng.choice("BDFGHKLMNPRSTW") for _ in range(2))
    clerk = f"{_free_number(record, rng, 11, 69)}/{sign}"
    initials = "".join(rng.choice("ABDEFGHKLMNPRSTW") for _ in range(2))
    stamp_top = rng.random() < 0.6
    identity = isinstance(record, Identity)
    total = pages
    pen.top = PAGE_H - 40
    y = _a_header(ax, doc, record, form, ref, day, clerk, stamp_top)
    room = y - 40 - (0 if stamp_top else 60)
    for _ in range(12):  # a short form keeps to one sheet
        need = sum(_section_h(ax, sec) for sec in doc.secs)
        if need <= room:
            break
        ax.cell_h *= 0.94
        ax.vsize *= 0.96
        ax.lsize = max(4.6, ax.lsize * 0.97)
    for index, sec in enumerate(doc.secs):
        y = _draw_a_section(ax, sec, index, y)
    if not stamp_top:
        _stamp(ax, record, ax.right - 150, y - 6, 150, 46, day, clerk)
        y -= 56
    if identity and isinstance(record, Identity):
        part = "both" if record.mrz_format == "TD1" else "page"
        cw, ch = _card_size(record, part, 1.0)
        seed = rng.getrandbits(32)
        viz = rng.choice(VIZ_STYLES)
        if pages == 2:
            _a_footer(ax, form, 1, total, initials)
            pen.new_page()
            top = PAGE_H - 50
            pen.text(ax.left, top, w.word("copy"), 7.5, font=ax.faces.bold)
            scale = min(1.2, (ax.right - ax.left - 20) / cw, (top - 80) / ch)
            _draw_copy(pen, record, part, ax.left + 10, top - 12, scale, viz,
                       random.Random(seed), True)
            _a_footer(ax, form, 2, total, initials)
            return
        scale = min(1.0, (ax.right - ax.left - 20) / cw, (y - 48) / ch)
        if scale >= 0.45:
            pen.text(ax.left, y - 8, w.word("copy"), 6.5, font=ax.faces.italic)
            _draw_copy(pen, record, part, ax.left + 10, y - 14, scale, viz, random.Random(seed),
                       True)
        _a_footer(ax, form, 1, total, initials)
        return
    _a_footer(ax, form, 1, total, initials)
    if pages == 2:
        pen.new_page()
        _log_sheet(ax, record, form, day, clerk)
        _a_footer(ax, form, 2, total, initials)


# === columns: content ==========================================================================


@dataclass(slots=True)
class MCell:
    text: str = ""
    field: str = ""  # the catalog field it shows ("" for none)
    span: int = 1  # rows it covers (a merged cell)
    skip: bool = False  # covered by a merged cell above
    na: bool = False  # does not apply: a dash or nothing


@dataclass(slots=True)
class MCol:
    key: str
    number: int = 0
    aside: bool = False  # a distractor column


@dataclass(slots=True)
class MRow:
    key: str
    cells: list[MCell]
    aside: bool = False


@dataclass(slots=True)
class Matrix:
    caption: str
    cols: list[MCol]
    rows: list[MRow]


@dataclass(slots=True)
class MDoc:
    doc_type: str
    title: str
    city: str
    matrices: list[Matrix]


Column = dict[str, MCell]
ASIDE_ROWS: Final = frozenset({"marital", "floor", "birth_time", "last_residence", "ref",
                               "landlord_role"})


def _v(text: str, name: str = "") -> MCell:
    return MCell(text, name)


def _merge(col: Column, keys: list[str], cell: MCell) -> None:
    """``cell`` over the rows ``keys`` (in the matrix's order, adjacent)."""
    cell.span = len(keys)
    col[keys[0]] = cell
    for k in keys[1:]:
        col[k] = MCell(skip=True)


def _matrix(caption: str, cols: list[MCol], columns: list[Column], keys: list[str]) -> Matrix:
    rows = []
    for key in keys:
        cells = [col.get(key, MCell(na=True)) for col in columns]
        rows.append(MRow(key, cells, key in ASIDE_ROWS))
    return Matrix(caption, cols, rows)


def _name_keys(rng: random.Random) -> list[str]:
    keys = ["family_name", "given_names"]
    return keys if rng.random() < 0.75 else keys[::-1]


def _person_col(keys: list[str], p: Person, prefix: str, dt: _Dates) -> Column:
    col: Column = {"family_name": _v(p.family, prefix + "family_name"),
                   "given_names": _v(p.given, prefix + "given_names"),
                   "date_of_birth": _v(dt(p.dob), prefix + "date_of_birth")}
    return {k: v for k, v in col.items() if k in keys}


def _other_col(names: list[str], full: str, name: str) -> Column:
    col: Column = {}
    _merge(col, names, _v(full, name))
    return col


def _address_keys(mode: str) -> list[str]:
    if mode == "one_line":
        return ["address_line"]
    if mode == "lines":
        return ["street_line", "city_line"]
    return ["street", "house_number", "postal_code", "city"]


def _address_col(mode: str, a: Address) -> Column:
    if mode == "one_line":
        return {"address_line": _v(a.line, "street+house_number+postal_code+city")}
    if mode == "lines":
        return {"street_line": _v(a.street_line, "street+house_number"),
                "city_line": _v(a.city_line, "postal_code+city")}
    return {"street": _v(a.street, "street"), "house_number": _v(a.number, "house_number"),
            "postal_code": _v(a.postal_code, "postal_code"), "city": _v(a.city, "city")}


def _sex_word(s: Style, code: str) -> str:
    return SEX_CODES17[code] if s.sex_mode == "letter" else SEX_WORDS17[code]


def _someone(record: Record, rng: random.Random) -> str:
    return random_name(rng, _truth_strings(record))


def _aside_person(record: Record, rng: random.Random, names: list[str]) -> Column:
    """A distractor person: a name in one merged cell over the name rows, nothing else."""
    col: Column = {}
    if rng.random() < 0.7:
        _merge(col, names, _v(_someone(record, rng)))
    return col


def _check_col(rng: random.Random, keys: list[str]) -> Column:
    col: Column = {}
    for k in keys:
        if k not in ASIDE_ROWS and rng.random() < 0.55:
            col[k] = _v(rng.choice(CHECKS17))
    return col


def _events(record: Geburt | Ehe | Sterbe, rng: random.Random, dt: _Dates,
            first: list[tuple[str, date, str, str, str]]) -> Matrix:
    """The events with their registration and this issue: one column each, rows date, place
    or office, register number. ``first`` is (head, day, place, day field, place field)."""
    keys = ["event_date", "event_place", "event_number"]
    if rng.random() < 0.3:
        keys = ["event_place", "event_date", "event_number"]
    cols: list[MCol] = []
    columns: list[Column] = []
    for head, day, place, dname, pname in first:
        cols.append(MCol(head))
        columns.append({"event_date": _v(dt(day), dname), "event_place": _v(place, pname)})
    match record:
        case Geburt():
            anchor = record.child.dob
        case Ehe():
            anchor = record.marriage_date
        case _:
            anchor = record.date_of_death
    entered = other_day(record, anchor + timedelta(days=rng.randint(1, 6)), rng, 3)
    office = f"Standesamt {record.office}"
    if rng.random() < 0.75:
        cols.append(MCol("ev_entry"))
        columns.append({"event_date": _v(dt(entered)),
                        "event_place": _v(office, "registry_office"),
                        "event_number": _v(record.register, "register_number")})
        cols.append(MCol("ev_issue"))
        columns.append({"event_date": _v(dt(record.issue), "issue_date"),
                        "event_place": _v(office, "registry_office")})
    else:  # registration and issue in one column
        cols.append(MCol("ev_issue"))
        columns.append({"event_date": _v(dt(record.issue), "issue_date"),
                        "event_place": _v(office, "registry_office"),
                        "event_number": _v(record.register, "register_number")})
    return _matrix("events", cols, columns, keys)


def build_columns(record: Record, s: Style, rng: random.Random, doc_type: str) -> MDoc:
    """The matrices of one document."""
    w = _w(s)
    title = w.title(doc_type)
    dt = _Dates(s, rng, False)
    city = _city_of(record)
    names = _name_keys(rng)
    mode = s.address_mode
    match record:
        case Anmeldung():
            p = record.person
            keys = [*names]
            if p.birth_name or rng.random() < 0.4:
                keys.append("birth_name")
            keys += ["date_of_birth", "place_of_birth", "sex", "nationality"]
            aside = rng.random() < 0.35
            if aside:
                keys.append("marital")
            person: Column = {"family_name": _v(p.family, "family_name"),
                              "given_names": _v(p.given, "given_names"),
                              "date_of_birth": _v(dt(p.dob), "date_of_birth"),
                              "place_of_birth": _v(p.pob, "place_of_birth"),
                              "sex": _v(_sex_word(s, p.sex), "sex"),
                              "nationality": _v(nationality_word(p.nationality,
                                                                 s.nationality_mode),
                                                "nationality")}
            if p.birth_name:
                person["birth_name"] = _v(p.birth_name, "birth_name")
            if aside:
                person["marital"] = _v(record.marital)
            cols = [MCol("person")]
            columns = [person]
            if rng.random() < 0.45:
                cols.append(MCol("second", aside=True))
                columns.append({})
            m1 = _matrix("persons", cols, columns, keys)
            addr = _address_keys(mode)
            keys2 = ["move_in_date", *addr] if rng.random() < 0.6 else [*addr, "move_in_date"]
            keys2.append("dwelling")
            new: Column = {"move_in_date": _v(dt(record.move_in), "move_in_date"),
                           **_address_col(mode, record.address)}
            if record.dwelling:
                new["dwelling"] = _v(DWELLING17[record.dwelling][1], "dwelling")
            old: Column = {}
            if record.previous:
                _merge(old, addr, _v(record.previous, "previous_address"))
            m2 = _matrix("flats", [MCol("new_flat"), MCol("old_flat")], [new, old], keys2)
            return MDoc(doc_type, title, city, [m1, m2])
        case Wohnungsgeber():
            keys = ["full_name", "address"]
            if rng.random() < 0.5:
                keys.append("landlord_role")
            at_tenants = rng.random() < 0.5
            if at_tenants:
                keys.append("move_in_date")
            landlord: Column = {"full_name": _v(record.landlord_name, "landlord_name"),
                                "address": _v(record.landlord_address.line,
                                              "landlord_address"),
                                "landlord_role": _v(ROLES17[record.landlord_is_owner][1])}
            cols = [MCol("landlord")]
            columns = [landlord]
            many = len(record.tenants) > 1
            for k, t in enumerate(record.tenants):
                cols.append(MCol("tenant", k + 1 if many else 0))
                col: Column = {"full_name": _v(t, "tenant_names")}
                if at_tenants:
                    col["move_in_date"] = _v(dt(record.move_in), "move_in_date")
                columns.append(col)
            m1 = _matrix("parties", cols, columns, keys)
            addr = _address_keys(mode)
            keys2 = [*addr] if at_tenants else ["move_in_date", *addr]
            if rng.random() < 0.6:
                keys2.append("floor")
            flat: Column = {**_address_col(mode, record.address),
                            "floor": _v(rng.choice(FLOORS17))}
            if not at_tenants:
                flat["move_in_date"] = _v(dt(record.move_in), "move_in_date")
            fcols = [MCol("flat")]
            fcolumns = [flat]
            if rng.random() < 0.35:
                fcols.append(MCol("check", aside=True))
                fcolumns.append(_check_col(rng, keys2))
            m2 = _matrix("flat", fcols, fcolumns, keys2)
            return MDoc(doc_type, title, city, [m1, m2] if rng.random() < 0.7 else [m2, m1])
        case Geburt():
            c = record.child
            keys = [*names, "sex", "date_of_birth", "place_of_birth"]
            if rng.random() < 0.4:
                keys.append("birth_time")
            child: Column = {"family_name": _v(c.family, "family_name"),
                             "given_names": _v(c.given, "given_names"),
                             "sex": _v(_sex_word(s, c.sex), "sex"),
                             "date_of_birth": _v(dt(c.dob), "date_of_birth"),
                             "place_of_birth": _v(c.pob, "place_of_birth"),
                             "birth_time": _v(f"{record.birth_time} Uhr")}
            cols = [MCol("child"), MCol("mother")]
            columns = [child, _other_col(names, record.mother, "mother_name")]
            if record.father:
                cols.append(MCol("father"))
                columns.append(_other_col(names, record.father, "father_name"))
            elif rng.random() < 0.5:
                cols.append(MCol("father"))
                columns.append({})
            if rng.random() < 0.4:
                cols.append(MCol("informant", aside=True))
                columns.append(_aside_person(record, rng, names))
            m1 = _matrix("persons", cols, columns, keys)
            m2 = _events(record, rng, dt, [])
            return MDoc(doc_type, title, city, [m1, m2])
        case Ehe():
            keys = [*names, "date_of_birth"]
            if rng.random() < 0.5:
                keys.append("place_of_birth")
            cols, columns = [], []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                col = _person_col(keys, sp, f"spouse{k}_", dt)
                if "place_of_birth" in keys:
                    col["place_of_birth"] = _v(sp.pob)
                cols.append(MCol("spouse", k))
                columns.append(col)
            if rng.random() < 0.45:
                cols.append(MCol(rng.choice(("witness", "interpreter")), aside=True))
                columns.append(_aside_person(record, rng, names))
            m1 = _matrix("persons", cols, columns, keys)
            m2 = _events(record, rng, dt, [("ev_marriage", record.marriage_date,
                                            record.marriage_place, "marriage_date",
                                            "marriage_place")])
            return MDoc(doc_type, title, city, [m1, m2])
        case Sterbe():
            p = record.person
            keys = [*names]
            if rng.random() < 0.45:
                keys.append("last_residence")
            dead: Column = {"family_name": _v(p.family, "family_name"),
                            "given_names": _v(p.given, "given_names"),
                            "last_residence": _v(record.last_residence)}
            cols = [MCol("deceased")]
            columns = [dead]
            if rng.random() < 0.45:
                cols.append(MCol("partner", aside=True))
                columns.append(_aside_person(record, rng, names))
            m1 = _matrix("persons", cols, columns, keys)
            m2 = _events(record, rng, dt, [
                ("ev_birth", p.dob, p.pob, "date_of_birth", "place_of_birth"),
                ("ev_death", record.date_of_death, record.place_of_death, "date_of_death",
                 "place_of_death")])
            return MDoc(doc_type, title, city, [m1, m2])
        case Zulassung():
            h = record.holder
            addr = _address_keys(mode)
            keys = [*names, "date_of_birth", *addr, "iban"]
            with_bic = rng.random() < 0.6
            if with_bic:
                keys.append("bic")
            holder = {**_person_col(keys, h, "holder_", dt), **_address_col(mode, record.address)}
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            account = _other_col(names, record.account_holder, "account_holder")
            account["iban"] = _v(iban, "iban")
            if with_bic:
                account["bic"] = _v(record.bic)
            m1 = _matrix("persons", [MCol("holder"), MCol("account")], [holder, account], keys)
            keys2 = ["label_name", "label_type", "ident", "plate"]
            vehicle: Column = {"label_name": _v(record.make), "label_type": _v(record.model),
                               "ident": _v(record.vin, "vin")}
            if record.plate:
                vehicle["plate"] = _v(record.plate, "desired_plate")
            insurance: Column = {"ident": _v(record.evb, "evb_number")}
            if rng.random() < 0.7:
                insurance["label_name"] = _v(rng.choice(INSURERS17))
            m2 = _matrix("vehicle", [MCol("vehicle"), MCol("insurance")], [vehicle, insurance],
                         keys2)
            return MDoc(doc_type, title, city, [m1, m2])
        case Aufenthalt():
            p = record.person
            keys = [*names, "date_of_birth", "place_of_birth", "nationality"]
            applicant: Column = {"family_name": _v(p.family, "family_name"),
                                 "given_names": _v(p.given, "given_names"),
                                 "date_of_birth": _v(dt(p.dob), "date_of_birth"),
                                 "place_of_birth": _v(p.pob, "place_of_birth"),
                                 "nationality": _v(nationality_word(p.nationality,
                                                                    s.nationality_mode),
                                                   "nationality")}
            cols = [MCol("applicant")]
            columns = [applicant]
            roll = rng.random()
            if roll < 0.3:
                cols.append(MCol("relative", aside=True))
                columns.append(_aside_person(record, rng, names))
            elif roll < 0.55:
                cols.append(MCol("check", aside=True))
                columns.append(_check_col(rng, keys))
            m1 = _matrix("persons", cols, columns, keys)
            addr = _address_keys(mode)
            keys2 = ["number", "valid_to", "entry", "purpose", *addr]
            passport: Column = {"number": _v(record.passport_number, "passport_number"),
                                "valid_to": _v(dt(record.passport_expiry),
                                                  "passport_expiry_date")}
            stay: Column = {"entry": _v(dt(record.entry), "entry_date"),
                            "purpose": _v(PURPOSE17[record.purpose][1], "purpose"),
                            **_address_col(mode, record.address)}
            m2 = _matrix("papers", [MCol("passport"), MCol("stay")], [passport, stay], keys2)
            return MDoc(doc_type, title, city, [m1, m2])
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            keys = ["doc_kind", "doc_code", "number", "issuing_state", "valid_to"]
            doc: Column = {"doc_kind": _v(ID_KINDS17[kind][1], "mrz_format"),
                           "doc_code": _v(record.document_code, "document_code"),
                           "number": _v(record.document_number, "document_number"),
                           "issuing_state": _v(record.issuing_state, "issuing_state"),
                           "valid_to": _v(dt(record.expiry), "expiry_date")}
            cols = [MCol("document")]
            columns = [doc]
            previous = rng.random() < 0.45
            if previous:
                old = record.issue - timedelta(days=rng.randint(2, 40))
                old = other_day(record, old, rng, 0)
                number = record.document_number
                while number == record.document_number:
                    number = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789")
                                     for _ in range(len(record.document_number)))
                cols.append(MCol("prev_document", aside=True))
                columns.append({"doc_kind": _v(ID_KINDS17[kind][1]), "number": _v(number),
                                "valid_to": _v(dt(old))})
            m1 = _matrix("document", cols, columns, keys)
            keys2 = [*names, "date_of_birth", "sex", "nationality"]
            holder: Column = {"family_name": _v(str(t["family_name"]), "family_name"),
                              "given_names": _v(str(t["given_names"]), "given_names"),
                              "date_of_birth": _v(dt(record.person.dob), "date_of_birth"),
                              "sex": _v(_sex_word(s, str(t["sex"])), "sex"),
                              "nationality": _v(nationality_word(record.person.nationality,
                                                                 s.nationality_mode),
                                                "nationality")}
            hcols = [MCol("id_holder")]
            hcolumns = [holder]
            if not previous or rng.random() < 0.3:
                hcols.append(MCol("check", aside=True))
                hcolumns.append(_check_col(rng, keys2))
            m2 = _matrix("holder", hcols, hcolumns, keys2)
            return MDoc(doc_type, title, city, [m1, m2])
    raise TypeError(type(record))


def matrix_cells(doc: MDoc) -> list[tuple[str, str, MCell]]:
    """(column head key, row key, cell) of every cell of the document (for tests)."""
    return [(col.key, row.key, cell) for m in doc.matrices for row in m.rows
            for col, cell in zip(m.cols, row.cells, strict=True)]


# === columns: drawing ==========================================================================


@dataclass(slots=True)
class _Mx:
    pen: Pen
    rng: random.Random
    w: Extra17Wording
    faces: Set4
    vface: str
    size: float  # values
    csize: float  # row captions
    hsize: float  # column headers
    pad: float
    grid: str  # full | rows | zebra | frame
    head_fill: str  # grey | dark | none
    align: str  # left | centre
    na: str
    numbering: str  # none | num | alpha
    cap_frac: float
    colnums: bool
    caption_in_corner: bool
    left: float
    right: float


def _make_mx(pen: Pen, rng: random.Random, w: Extra17Wording) -> _Mx:
    faces = _set4(rng.choice((SANS9[0], SANS9[1], SANS9[2], SANS9[3], SERIF9[0], SERIF9[1],
                              SERIF9[2])))
    roll = rng.random()
    vface = _reg(*rng.choice(MONO9)) if roll < 0.2 else faces.bold if roll < 0.45 \
        else faces.regular
    left = rng.uniform(40, 62)
    return _Mx(pen, rng, w, faces, vface, rng.uniform(9.0, 10.6), rng.uniform(7.6, 8.8),
               rng.uniform(8.0, 9.2), rng.uniform(3.6, 5.6),
               rng.choice(("full", "rows", "zebra", "frame", "full")),
               rng.choice(("grey", "dark", "none", "grey")), rng.choice(("left", "left",
                                                                          "centre")),
               rng.choice(NA_MARKS17), rng.choice(("none", "none", "num", "alpha")),
               rng.uniform(0.24, 0.33), rng.random() < 0.35, rng.random() < 0.35, left,
               PAGE_W - left + rng.uniform(-6, 6))


def _head_text(mx: _Mx, col: MCol, index: int) -> str:
    text = mx.w.head(col.key)
    if col.number:
        text = f"{text} {col.number}"
    if mx.colnums:
        text = f"({index + 1}) {text}"
    return text


def _caption_text(mx: _Mx, row: MRow, index: int) -> str:
    text = mx.w(row.key)
    if mx.numbering == "num":
        return f"{index + 1}. {text}"
    if mx.numbering == "alpha":
        return f"{'abcdefghijklmnop'[index]}) {text}"
    return text


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, width)) or [""]


@dataclass(slots=True)
class _Table:
    xs: list[float]  # left edge of each column (caption first) and the right edge
    head_lines: list[list[str]]
    head_h: float
    caption_lines: list[list[str]]
    cell_lines: list[list[list[str]]]
    cell_size: list[list[float]]
    row_h: list[float]
    corner: str
    hsize: float


def _measure(mx: _Mx, m: Matrix) -> _Table:
    width = mx.right - mx.left
    cap_w = width * mx.cap_frac
    rest = width - cap_w
    share = rest / len(m.cols)
    hsize = mx.hsize

    def head_word(i: int, col: MCol) -> float:
        return max(_width(t, mx.faces.bold, hsize) for t in _head_text(mx, col, i).split())

    needs: dict[str, float] = {}
    for i, col in enumerate(m.cols):  # wider columns for longer values; alike columns alike
        texts = [row.cells[i].text for row in m.rows if not row.cells[i].na]
        need = max([min(_width(t, mx.vface, mx.size), 190.0) for t in texts] + [40.0])
        need = max(need, head_word(i, col)) + 2 * mx.pad
        needs[col.key] = max(needs.get(col.key, 0.0), need)
    weights = [max(needs[col.key], share * (0.45 if col.key == "check" else 0.6))
               for col in m.cols]
    widths = [rest * wt / sum(weights) for wt in weights]
    while hsize > 5.5 and any(head_word(i, col) + 2 * mx.pad > widths[i]
                              for i, col in enumerate(m.cols)):
        hsize -= 0.25  # a header word must fit its column
    xs = [mx.left, mx.left + cap_w]
    for cw in widths:
        xs.append(xs[-1] + cw)
    lh = hsize * 1.2
    head_lines = [_wrap(_head_text(mx, col, i), mx.faces.bold, hsize,
                        xs[i + 2] - xs[i + 1] - 2 * mx.pad) for i, col in enumerate(m.cols)]
    corner = mx.w.caption(m.caption) if mx.caption_in_corner else ""
    corner_lines = _wrap(corner, mx.faces.bold, hsize, cap_w - 2 * mx.pad) if corner else []
    head_h = max([len(h) for h in head_lines] + [len(corner_lines)]) * lh + 2 * mx.pad
    caption_lines, cell_lines, cell_size, row_h = [], [], [], []
    vl = mx.size * 1.22
    for r, row in enumerate(m.rows):
        cap = _wrap(_caption_text(mx, row, r), mx.faces.regular, mx.csize,
                    cap_w - 2 * mx.pad)
        caption_lines.append(cap)
        lines_row, size_row = [], []
        need = len(cap) * mx.csize * 1.2
        for i, cell in enumerate(row.cells):
            cw = xs[i + 2] - xs[i + 1] - 2 * mx.pad
            size = mx.size
            text = mx.na if cell.na else cell.text
            if cell.skip or not text:
                lines_row.append([])
                size_row.append(size)
                continue
            if _width(text, mx.vface, size) > cw:  # a little smaller before it wraps
                size = _fit(text, mx.vface, size, cw, size * 0.86)
            if _width(text, mx.vface, size) > cw:
                size = mx.size
                longest = max(text.split(), key=lambda t: _width(t, mx.vface, size))
                size = _fit(longest, mx.vface, size, cw, 6.0)
            lines = _wrap(text, mx.vface, size, cw)
            lines_row.append(lines)
            size_row.append(size)
            if cell.span == 1:
                need = max(need, len(lines) * size * 1.22)
        cell_lines.append(lines_row)
        cell_size.append(size_row)
        row_h.append(max(need, vl) + 2 * mx.pad)
    # merged cells: the rows they cover must hold their lines
    for r, row in enumerate(m.rows):
        for i, cell in enumerate(row.cells):
            if cell.span > 1:
                need = len(cell_lines[r][i]) * cell_size[r][i] * 1.22 + 2 * mx.pad
                have = sum(row_h[r:r + cell.span])
                if need > have:
                    row_h[r + cell.span - 1] += need - have
    return _Table(xs, head_lines, head_h, caption_lines, cell_lines, cell_size, row_h, corner,
                  hsize)


def _table_h(mx: _Mx, m: Matrix, t: _Table) -> float:
    cap = 0.0 if mx.caption_in_corner else mx.hsize + 7
    return cap + t.head_h + sum(t.row_h) + 8


def _draw_table(mx: _Mx, m: Matrix, t: _Table, top: float) -> float:
    c = mx.pen.c
    y = top
    if not mx.caption_in_corner:
        c.setFont(mx.faces.bold, mx.hsize + 0.8)
        c.drawString(mx.left, y - mx.hsize - 1, mx.w.caption(m.caption))
        y -= mx.hsize + 7
    xs = t.xs
    # header row
    hh = t.head_h
    c.saveState()
    if mx.head_fill == "grey":
        c.setFillGray(0.84)
        c.rect(xs[0], y - hh, xs[-1] - xs[0], hh, stroke=0, fill=1)
    elif mx.head_fill == "dark":
        c.setFillGray(0.18)
        c.rect(xs[0], y - hh, xs[-1] - xs[0], hh, stroke=0, fill=1)
    c.restoreState()
    white = mx.head_fill == "dark"
    hsize = t.hsize
    lh = hsize * 1.2
    c.setFillGray(1 if white else 0)
    if t.corner:
        for k, line in enumerate(_wrap(t.corner, mx.faces.bold, hsize,
                                       xs[1] - xs[0] - 2 * mx.pad)):
            c.setFont(mx.faces.bold, hsize)
            c.drawString(xs[0] + mx.pad, y - mx.pad - hsize - k * lh, line)
    for i, lines in enumerate(t.head_lines):
        for k, line in enumerate(lines):
            c.setFont(mx.faces.bold_italic if m.cols[i].aside else mx.faces.bold, hsize)
            x0, x1 = xs[i + 1], xs[i + 2]
            if mx.align == "centre":
                c.drawCentredString((x0 + x1) / 2, y - mx.pad - hsize - k * lh, line)
            else:
                c.drawString(x0 + mx.pad, y - mx.pad - hsize - k * lh, line)
    c.setFillGray(0)
    c.setLineWidth(0.9 if mx.head_fill == "none" else 0.5)
    c.line(xs[0], y - hh, xs[-1], y - hh)
    if mx.grid in ("full", "frame"):
        c.setLineWidth(0.5)
        c.rect(xs[0], y - hh, xs[-1] - xs[0], hh, stroke=1, fill=0)
        for x in xs[1:-1]:
            c.line(x, y, x, y - hh)
    y -= hh
    tops = []
    yy = y
    for h in t.row_h:
        tops.append(yy)
        yy -= h
    bottom = yy
    # zebra shading first
    if mx.grid == "zebra":
        c.saveState()
        c.setFillGray(0.93)
        for r, h in enumerate(t.row_h):
            if r % 2:
                c.rect(xs[0], tops[r] - h, xs[-1] - xs[0], h, stroke=0, fill=1)
        c.restoreState()
    grey = 0.55 if mx.grid == "frame" else 0.2
    for r, row in enumerate(m.rows):
        rt, h = tops[r], t.row_h[r]
        # caption
        c.setFont(mx.faces.italic if row.aside else mx.faces.regular, mx.csize)
        for k, line in enumerate(t.caption_lines[r]):
            c.drawString(xs[0] + mx.pad, rt - mx.pad - mx.csize - k * mx.csize * 1.2, line)
        c.saveState()
        c.setStrokeGray(grey)
        c.setLineWidth(0.45)
        if mx.grid != "zebra":
            c.line(xs[0], rt - h, xs[1], rt - h)
        c.restoreState()
        for i, cell in enumerate(row.cells):
            if cell.skip:
                continue
            x0, x1 = xs[i + 1], xs[i + 2]
            span_h = sum(t.row_h[r:r + cell.span])
            lines = t.cell_lines[r][i]
            size = t.cell_size[r][i]
            if cell.span > 1:  # a merged cell: its lines in the middle of the rows it covers
                block = len(lines) * size * 1.22
                first = rt - (span_h - block) / 2 - size * 0.95
            else:
                first = rt - mx.pad - size * 0.95
            if cell.na:
                c.setFillGray(0.35)
            for k, line in enumerate(lines):
                c.setFont(mx.vface, size)
                yb = first - k * size * 1.22
                if mx.align == "centre" or cell.na:
                    c.drawCentredString((x0 + x1) / 2, yb, line)
                else:
                    c.drawString(x0 + mx.pad, yb, line)
            c.setFillGray(0)
            c.saveState()
            c.setStrokeGray(grey)
            c.setLineWidth(0.45)
            if mx.grid != "zebra" or r == len(m.rows) - 1:
                c.line(x0, rt - span_h, x1, rt - span_h)
            c.restoreState()
    c.setLineWidth(0.5)
    if mx.grid in ("full", "frame"):
        c.saveState()
        c.setStrokeGray(0.2 if mx.grid == "full" else 0.45)
        for x in xs[1:-1]:
            c.line(x, y, x, bottom)
        c.restoreState()
        c.rect(xs[0], bottom, xs[-1] - xs[0], y - bottom, stroke=1, fill=0)
    elif mx.grid == "rows":
        c.line(xs[1], y, xs[1], bottom)
        c.line(xs[0], bottom, xs[-1], bottom)
    else:
        c.line(xs[0], bottom, xs[-1], bottom)
    return bottom - 10


def _m_header(mx: _Mx, doc: MDoc, ref: str, page: int, cont: bool) -> float:
    c = mx.pen.c
    w = mx.w
    top = PAGE_H - mx.rng.uniform(36, 50)
    c.setFont(mx.faces.regular, 7.5)
    c.drawString(mx.left, top, _office_line(doc.doc_type, doc.city))
    c.drawRightString(mx.right, top, f"{w.word('ref')}: {ref}")
    if cont:
        c.setFont(mx.faces.bold, 10)
        c.drawString(mx.left, top - 18, f"{doc.title} – {w.word('continued')}")
        c.setLineWidth(0.6)
        c.line(mx.left, top - 24, mx.right, top - 24)
        return top - 34
    size = mx.rng.uniform(12.5, 15)
    size = _fit(doc.title, mx.faces.bold, size, mx.right - mx.left)
    c.setFont(mx.faces.bold, size)
    if mx.rng.random() < 0.4:
        c.drawCentredString((mx.left + mx.right) / 2, top - size - 12, doc.title)
    else:
        c.drawString(mx.left, top - size - 12, doc.title)
    y = top - size - 20
    c.setLineWidth(0.8)
    c.line(mx.left, y, mx.right, y)
    y -= 4
    if mx.na and mx.rng.random() < 0.6:
        c.setFont(mx.faces.italic, 6.8)
        c.drawString(mx.left, y - 8, w.word("dash_note"))
        y -= 12
    return y - 8


def _m_footer(mx: _Mx, form: str, page: int, total: int) -> None:
    c = mx.pen.c
    w = mx.w
    c.setFont(mx.faces.regular, 6.5)
    c.setFillGray(0.25)
    c.drawString(mx.left, 28, f"{w.word('form_no')} {form}")
    c.drawRightString(mx.right, 28, f"{w.word('page')} {page}/{total}")
    c.setFillGray(0)


def _m_closing(mx: _Mx, doc: MDoc, record: Record, y: float, day: date) -> float:
    pen, c, w = mx.pen, mx.pen.c, mx.w
    rng = mx.rng
    half = mx.left + (mx.right - mx.left) * 0.5
    y -= 30
    if doc.doc_type in CERTIFICATES:
        _seal(pen, mx.left + 46, y + 6, 26, 0.55)
        c.setFont(mx.faces.regular, 8.5)
        c.drawString(mx.left + 90, y + 2, f"{doc.city}, {format_extra17_date(day, 'numeric')}")
        _signature(pen, half + 20, y + 4, rng)
        c.setLineWidth(0.5)
        c.line(half + 10, y - 2, mx.right, y - 2)
        c.setFont(mx.faces.regular, 7)
        c.drawString(half + 10, y - 11, w.word("registrar"))
        c.drawString(half + 10, y - 21, _official(record, rng))
        return y - 30
    c.setFont(mx.faces.regular, 8.5)
    c.drawString(mx.left + 4, y + 2, f"{doc.city}, {format_extra17_date(day, 'numeric')}")
    c.setLineWidth(0.5)
    c.line(mx.left, y - 2, half - 12, y - 2)
    c.setFont(mx.faces.regular, 6.8)
    c.drawString(mx.left, y - 10, w.word("place_date"))
    _signature(pen, half + 14, y + 3, rng)
    c.line(half, y - 2, mx.right, y - 2)
    c.drawString(half, y - 10, w.word("sign"))
    return y - 20


def _m_office_box(mx: _Mx, y: float, height: float) -> float:
    c = mx.pen.c
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeGray(0.4)
    c.setDash(3, 2)
    c.rect(mx.left, y - height, mx.right - mx.left, height, stroke=1, fill=0)
    c.restoreState()
    c.setFont(mx.faces.italic, 7)
    c.drawString(mx.left + 5, y - 11, mx.w.word("office_box"))
    return y - height - 8


def _m_notes(mx: _Mx, y: float) -> float:
    c = mx.pen.c
    c.setFont(mx.faces.bold, 9)
    c.drawString(mx.left, y - 10, mx.w.word("notes"))
    y -= 24
    c.setFont(mx.faces.regular, 8)
    for line in _wrap(mx.w.word("notes_text"), mx.faces.regular, 8, mx.right - mx.left):
        c.drawString(mx.left, y, line)
        y -= 10.5
    return y - 10


def draw_columns(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    w = _w(s)
    doc = build_columns(record, s, rng, doc_type)
    mx = _make_mx(pen, rng, w)
    letters = "".join(rng.choice("ABCDEFHKLMNRS") for _ in range(2))
    form = f"{letters} {_free_number(record, rng, 100, 989)}"
    ref = f"{rng.choice('ABDKLMNRS')}{rng.randint(1, 9)}-{_free_number(record, rng, 1000, 9899)}"
    day = _furniture_day(record, rng, 25)
    identity = isinstance(record, Identity)
    split = (pages == 2 and not identity and len(doc.matrices) > 1
             and sum(len(m.rows) for m in doc.matrices[:-1]) >= 7 and rng.random() < 0.5)
    y = _m_header(mx, doc, ref, 1, False)
    closing = 70.0
    copy_h = 0.0
    if identity and isinstance(record, Identity) and pages == 1:
        part = "both" if record.mrz_format == "TD1" else "page"
        copy_h = _card_size(record, part, 0.62)[1] + 30
    first = doc.matrices[:-1] if split else doc.matrices
    for _ in range(12):  # everything planned for the first sheet fits on it
        tables = [_measure(mx, m) for m in first]
        need = sum(_table_h(mx, m, t) for m, t in zip(first, tables, strict=True))
        if need + closing + copy_h <= y - 50:
            break
        mx.size *= 0.95
        mx.csize *= 0.96
        mx.hsize *= 0.96
        mx.pad *= 0.9
    for m, t in zip(first, tables, strict=True):
        y = _draw_table(mx, m, t, y)
    if split:
        _m_footer(mx, form, 1, pages)
        pen.new_page()
        y = _m_header(mx, doc, ref, 2, True)
        last = doc.matrices[-1]
        y = _draw_table(mx, last, _measure(mx, last), y)
    if identity and isinstance(record, Identity):
        part = "both" if record.mrz_format == "TD1" else "page"
        cw, ch = _card_size(record, part, 1.0)
        seed = rng.getrandbits(32)
        viz = rng.choice(VIZ_STYLES)
        if pages == 2:
            _m_footer(mx, form, 1, pages)
            pen.new_page()
            y = _m_header(mx, doc, ref, 2, True)
        pen.text(mx.left, y - 6, w.word("copy"), 8, font=mx.faces.bold)
        scale = max(0.45, min(1.05, (mx.right - mx.left - 20) / cw, (y - 60) / ch))
        _draw_copy(pen, record, part, mx.left + 10, y - 14, scale, viz, random.Random(seed),
                   True)
        _m_footer(mx, form, pen.pages, pages)
        return
    y = _m_closing(mx, doc, record, y, day)
    if pages == 2 and pen.pages == 1:
        _m_footer(mx, form, 1, pages)
        pen.new_page()
        y = _m_header(mx, doc, ref, 2, True)
        y = _m_notes(mx, y)
        _m_office_box(mx, y, 150)
    elif y > 140:
        if y > 260 and rng.random() < 0.5:
            y = _m_notes(mx, y - 10)
        if rng.random() < 0.75:
            _m_office_box(mx, y - 6, min(rng.uniform(70, 120), y - 90))
    _m_footer(mx, form, pen.pages, pages)


def draw_extra17(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if s.layout == "abbrev":
        draw_abbrev(pen, record, s, rng, doc_type, pages)
    else:
        draw_columns(pen, record, s, rng, doc_type, pages)

