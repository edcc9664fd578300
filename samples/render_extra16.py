"""The sixteenth extra pair of blind held-out layouts: ``handwritten`` and ``agency``.

``handwritten`` is a pre-printed paper form filled in by hand: small printed captions before,
above or under the writing lines, values "written" in an italic face in pen colours with a
size, baseline and slant of their own per value (sometimes over the end of the line or well
above it), now and then a value struck through and written again beside or above it (the
truth is the rewritten one), and choices marked with a drawn cross or a circle around the
option. Certificates are old pre-printed certificates filled in by the registrar. Identity
documents are a record sheet with a copy of the document stapled to it.

``agency`` is a letter from a third party (a relocation service, a law firm, a care home, a car
dealer) writing on the citizen's behalf: letterhead with the agency's own address, telephone
and dates, references, a salutation, the citizen's data partly in sentences and partly in a
compact block of keys and values, a closing with signature and enclosures.

Both draw straight from the record with the wording of ``samples.wording_extra16``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from reportlab.lib.utils import simpleSplit

from samples import pools
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
from samples.render_extra9 import SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _official, _truth_strings
from samples.truth import truth_fields
from samples.wording_extra16 import (
    AGENCIES,
    AGENCY_KIND,
    DATIVES,
    DWELLING16,
    DWELLING_ORDER16,
    ID_KINDS16,
    PURPOSE16,
    PURPOSE_ORDER16,
    SEX16,
    SEX_ORDER16,
    SUBJECTS,
    Extra16Wording,
    format_extra16_date,
    nationality_word,
)

RGB = tuple[float, float, float]
CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
INKS: Final[tuple[RGB, ...]] = ((0.08, 0.14, 0.55), (0.05, 0.08, 0.3), (0.12, 0.12, 0.14),
                                (0.1, 0.25, 0.6))

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class F:
    """One field: a value, or a group of options of which one is marked (``choice``)."""

    key: str
    value: str = ""
    kind: str = "text"  # text | choice
    options: tuple[str, ...] = ()
    chosen: int | None = None


@dataclass(slots=True)
class Sec:
    key: str
    items: list[F]


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]


def _w(s: Style) -> Extra16Wording:
    assert isinstance(s.words, Extra16Wording)
    return s.words


def _hand(s: Style) -> bool:
    return s.layout == "handwritten"


def _pick(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
          value: str | None) -> F:
    if _hand(s):
        options = tuple(table[k][0] for k in order)
        chosen = order.index(value) if value else None
        return F(key, table[value][0] if value else "", "choice", options, chosen)
    return F(key, table[value][1] if value else "")


def _sex(s: Style, code: str) -> F:
    if _hand(s):
        return F("sex", SEX16[code], "choice", tuple(SEX16[c] for c in SEX_ORDER16),
                 SEX_ORDER16.index(code))
    return F("sex", SEX16[code])


def _person(s: Style, p: Person, *, sex: bool = True, nat: bool = True, place: bool = True,
            birth_name: bool = True) -> list[F]:
    out = [F("family_name", p.family), F("given_names", p.given)]
    if birth_name and p.birth_name:
        out.append(F("birth_name", p.birth_name))
    out.append(F("date_of_birth", s.date(p.dob)))
    if place:
        out.append(F("place_of_birth", p.pob))
    if sex:
        out.append(_sex(s, p.sex))
    if nat:
        out.append(F("nationality", nationality_word(p.nationality, s.nationality_mode)))
    return out


def _address(a: Address) -> list[F]:
    return [F("street", a.street), F("house_number", a.number), F("postal_code", a.postal_code),
            F("city", a.city)]


def _register(s: Style, r: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", [F("registry_office", f"Standesamt {r.office}"),
                            F("register_number", r.register), F("issue_date", s.date(r.issue))])


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections and fields of one document."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            flat = [F("move_in_date", s.date(record.move_in)), *_address(record.address)]
            if record.dwelling or _hand(s):
                flat.append(_pick(s, "dwelling", DWELLING16, DWELLING_ORDER16, record.dwelling))
            secs = [Sec("person", _person(s, record.person)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous)]))
            return Doc(doc_type, title, record.address.city, secs)
        case Wohnungsgeber():
            landlord = [F("landlord_name", record.landlord_name),
                        F("landlord_address", record.landlord_address.line)]
            flat = [F("move_in_date", s.date(record.move_in)), *_address(record.address)]
            tenants = [F("tenant", t) for t in record.tenants]
            return Doc(doc_type, title, record.address.city,
                       [Sec("landlord", landlord), Sec("flat", flat), Sec("tenants", tenants)])
        case Geburt():
            child = _person(s, record.child, nat=False, birth_name=False)
            parents = [F("mother_name", record.mother)]
            if record.father:
                parents.append(F("father_name", record.father))
            return Doc(doc_type, title, record.office,
                       [Sec("child", child), Sec("parents", parents), _register(s, record)])
        case Ehe():
            spouses = [Sec(f"spouse{k}", _person(s, sp, sex=False, nat=False, place=False,
                                                 birth_name=False))
                       for k, sp in ((1, record.spouse1), (2, record.spouse2))]
            marriage = Sec("marriage", [F("marriage_date", s.date(record.marriage_date)),
                                        F("marriage_place", record.marriage_place)])
            return Doc(doc_type, title, record.office, [*spouses, marriage, _register(s, record)])
        case Sterbe():
            deceased = _person(s, record.person, sex=False, nat=False, birth_name=False)
            death = Sec("death", [F("date_of_death", s.date(record.date_of_death)),
                                  F("place_of_death", record.place_of_death)])
            return Doc(doc_type, title, record.office,
                       [Sec("deceased", deceased), death, _register(s, record)])
        case Zulassung():
            holder = [*_person(s, record.holder, sex=False, nat=False, place=False,
                               birth_name=False), *_address(record.address)]
            vehicle = [F("make", record.make), F("model", record.model), F("vin", record.vin),
                       F("evb_number", record.evb)]
            if record.plate:
                vehicle.append(F("desired_plate", record.plate))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [F("account_holder", record.account_holder), F("iban", iban)]
            if rng.random() < 0.5:
                sepa.append(F("bic", record.bic))
            return Doc(doc_type, title, record.address.city,
                       [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)])
        case Aufenthalt():
            person = _person(s, record.person, sex=False, birth_name=False)
            passport = [F("passport_number", record.passport_number),
                        F("passport_expiry_date", s.date(record.passport_expiry)),
                        F("entry_date", s.date(record.entry))]
            stay = [_pick(s, "purpose", PURPOSE16, PURPOSE_ORDER16, record.purpose)]
            return Doc(doc_type, title, record.address.city,
                       [Sec("person", person), Sec("passport", passport), Sec("stay", stay),
                        Sec("residence", _address(record.address))])
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            if _hand(s):
                doc_kind = F("doc_kind", ID_KINDS16[kind][0], "choice",
                             (ID_KINDS16["P"][0], ID_KINDS16["I"][0]), 0 if kind == "P" else 1)
            else:
                doc_kind = F("doc_kind", ID_KINDS16[kind][1])
            document = [doc_kind, F("doc_code", record.document_code),
                        F("doc_number", record.document_number),
                        F("issuing_state", record.issuing_state),
                        F("expiry_date", s.date(record.expiry))]
            holder = [F("family_name", str(t["family_name"])),
                      F("given_names", str(t["given_names"])),
                      F("date_of_birth", s.date(record.person.dob)), _sex(s, str(t["sex"])),
                      F("nationality", nationality_word(record.person.nationality,
                                                        s.nationality_mode))]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            return Doc(doc_type, title, city, [Sec("document", document),
                                               Sec("holder_id", holder)])
    raise TypeError(type(record))


def fields(doc: Doc) -> list[F]:
    """Every field of the document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


# --- shared helpers ---------------------------------------------------------------------------


def _faces(rng: random.Random) -> Set4:
    return _set4(rng.choice((SANS9[0], SANS9[1], SANS9[2], SERIF9[0], SERIF9[1])))


def _hand_face(rng: random.Random) -> str:
    name, fallback = rng.choice((
        ("LiberationSerif-Italic", "Times-Italic"), ("DejaVuSerif-Italic", "Times-Italic"),
        ("DejaVuSerifCondensed-Italic", "Times-Italic"), ("LiberationSans-Italic",
                                                          "Helvetica-Oblique"),
        ("LiberationSansNarrow-Italic", "Helvetica-Oblique"), ("", "Times-Italic"),
        ("DejaVuSans-Oblique", "Helvetica-Oblique")))
    return _reg(name, fallback)


def _copy(pen: Pen, r: Identity, rng: random.Random, x: float, top: float, width: float
          ) -> float:
    """A copy of the document (the whole machine-readable zone on it); returns its height."""
    part = "both" if r.mrz_format == "TD1" else "page"
    cw, _ = _card_size(r, part, 1.0)
    scale = max(0.7, min(1.1, width / cw))
    _, ch = _card_size(r, part, scale)
    _draw_copy(pen, r, part, x, top, scale, rng.choice(VIZ_STYLES),
               random.Random(rng.random()), True)
    return ch


def _copy_height(r: Identity, width: float) -> float:
    part = "both" if r.mrz_format == "TD1" else "page"
    cw, _ = _card_size(r, part, 1.0)
    return _card_size(r, part, max(0.7, min(1.1, width / cw)))[1]


# --- handwritten: a paper form filled in by hand ----------------------------------------------


@dataclass(slots=True)
class _Hx:
    pen: Pen
    rng: random.Random
    faces: Set4
    hand: str
    ink: RGB
    label_size: float
    hand_size: float
    row_h: float
    mode: str  # before | above | under: where captions stand by default
    tilt: float


def _write(hx: _Hx, x: float, y: float, text: str, size: float, limit: float) -> float:
    """A hand-written value with its baseline near ``y``; returns the x after it."""
    c = hx.pen.c
    size *= hx.rng.uniform(0.92, 1.08)
    width = _width(text, hx.hand, size)
    if x + width > limit:
        size = max(6.5, size * (limit - x) / max(width, 1))
        width = _width(text, hx.hand, size)
    most = min(hx.tilt, math.degrees(math.atan(2.2 / max(width, 1.0))))
    c.saveState()
    c.setFillColorRGB(*hx.ink)
    c.translate(x, y)
    c.rotate(hx.rng.uniform(-most, most))
    c.setFont(hx.hand, size)
    c.drawString(0, 0, text)
    c.restoreState()
    return x + width


def _slip(value: str, rng: random.Random) -> str:
    """A slip of the pen: a digit written wrong or two letters swapped."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    if digits:
        i = rng.choice(digits)
        return value[:i] + str((int(value[i]) + rng.randint(1, 8)) % 10) + value[i + 1:]
    letters = [i for i in range(1, len(value) - 1) if value[i].isalpha() and value[i + 1].isalpha()
               and value[i] != value[i + 1]]
    if not letters:
        return value + value[-1]
    i = rng.choice(letters)
    return value[:i] + value[i + 1] + value[i] + value[i + 2:]


def _strike(hx: _Hx, x0: float, x1: float, y: float, size: float) -> None:
    c = hx.pen.c
    c.saveState()
    c.setStrokeColorRGB(*hx.ink)
    c.setLineWidth(hx.rng.uniform(0.7, 1.1))
    for k in range(hx.rng.choice((1, 2, 2))):
        dy = size * (0.25 + 0.15 * k)
        c.line(x0 - 2, y + dy + hx.rng.uniform(-1, 1), x1 + 2, y + dy + hx.rng.uniform(-1, 1))
    c.restoreState()


def _hand_cross(hx: _Hx, x: float, y: float, side: float) -> None:
    c = hx.pen.c
    r = hx.rng
    c.saveState()
    c.setStrokeColorRGB(*hx.ink)
    c.setLineWidth(r.uniform(0.8, 1.2))
    over = side * 0.35
    for a, b in (((x - over, y - over), (x + side + over, y + side + over)),
                 ((x - over, y + side + over), (x + side + over, y - over))):
        p = c.beginPath()
        p.moveTo(a[0] + r.uniform(-1, 1), a[1] + r.uniform(-1, 1))
        mx, my = (a[0] + b[0]) / 2 + r.uniform(-1.5, 1.5), (a[1] + b[1]) / 2 + r.uniform(-1.5, 1.5)
        p.curveTo(mx, my, mx, my, b[0] + r.uniform(-1, 1), b[1] + r.uniform(-1, 1))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _hand_circle(hx: _Hx, x0: float, x1: float, y: float, size: float) -> None:
    c = hx.pen.c
    c.saveState()
    c.setStrokeColorRGB(*hx.ink)
    c.setLineWidth(hx.rng.uniform(0.7, 1.1))
    dx, dy = hx.rng.uniform(-1.5, 1.5), hx.rng.uniform(-1.5, 1.5)
    c.ellipse(x0 - 5 + dx, y - size * 0.45 + dy, x1 + 5 + dx, y + size * 1.15 + dy,
              stroke=1, fill=0)
    c.restoreState()


def _hand_choice(hx: _Hx, f: F, x: float, y: float, circle: bool) -> None:
    pen = hx.pen
    size = hx.label_size + 0.5
    cx = x
    for i, option in enumerate(f.options):
        if circle:
            if i:
                cx = pen.text(cx + 3, y, "/", size, font=hx.faces.regular) + 3
            end = pen.text(cx, y, option, size, font=hx.faces.regular)
            if i == f.chosen:
                _hand_circle(hx, cx, end, y, size)
            cx = end + 6
        else:
            side = size * 0.9
            pen.c.setLineWidth(0.6)
            pen.c.rect(cx, y - 0.5, side, side, stroke=1, fill=0)
            if i == f.chosen:
                _hand_cross(hx, cx, y - 0.5, side)
            cx = pen.text(cx + side + 4, y, option, size, font=hx.faces.regular) + 12


def _hand_row(hx: _Hx, w: Extra16Wording, f: F, wrong: bool) -> None:
    pen, rng = hx.pen, hx.rng
    label = w(f.key)
    ls = hx.label_size
    pen.ensure(hx.row_h + 4)
    y = pen.y - hx.row_h * 0.62
    mode = hx.mode if rng.random() < 0.85 else rng.choice(("before", "above", "under"))
    if f.kind == "choice":
        lx = pen.text(pen.left, y, label, ls, font=hx.faces.regular)
        circle = f.key != "doc_kind" and hx.mode != "under" and rng.random() < 0.45
        if lx + 10 + sum(_width(o, hx.faces.regular, ls + 0.5) + 22 for o in f.options) \
                > pen.right:
            pen.y -= ls + 4
            y = pen.y - hx.row_h * 0.62
            lx = pen.left
        _hand_choice(hx, f, lx + 10, y, circle)
        pen.y -= hx.row_h
        return
    extra = 0.0
    if mode == "above":  # the caption at the top of the row, the line low enough below it
        pen.text(pen.left, pen.y - ls - 1, label, ls * 0.95, font=hx.faces.regular)
        low = pen.y - ls - 4 - hx.hand_size * 1.15
        extra = max(0.0, y - low)
        y = min(y, low)
    if mode == "before":
        x0 = pen.text(pen.left, y, label, ls, font=hx.faces.regular) + 6
    else:
        x0 = pen.left
        if mode == "under":
            pen.text(pen.left, y - ls - 2, label, ls * 0.95, font=hx.faces.regular)
    c = pen.c
    c.saveState()
    c.setLineWidth(0.4)
    c.setDash(1, 1.5) if rng.random() < 0.3 else None
    c.line(x0, y - 1.5, pen.right, y - 1.5)
    c.restoreState()
    limit = PAGE_W - 14
    x = x0 + rng.uniform(2, 14)
    high = 2.0 if mode == "above" else 4.5
    base = y + rng.uniform(-1.0, high) if rng.random() < 0.85 else y + rng.uniform(high, 8)
    size = hx.hand_size
    if wrong:
        bad = _slip(f.value, rng)
        end = _write(hx, x, base, bad, size, limit)
        _strike(hx, x, end, base, size)
        room = limit - end - 8
        if _width(f.value, hx.hand, size) <= room and (mode == "above" or rng.random() < 0.7):
            _write(hx, end + 8, base + rng.uniform(-1, 2), f.value, size, limit)
        else:
            _write(hx, x + rng.uniform(4, 20), base + size * 0.95, f.value, size * 0.85, limit)
    else:
        _write(hx, x, base, f.value, size, limit)
    pen.y -= hx.row_h + extra + (ls + 2 if mode == "under" else 0)


def _hand_header(hx: _Hx, w: Extra16Wording, doc: Doc, form_no: str) -> None:
    pen = hx.pen
    top = PAGE_H - 42
    pen.text(pen.left, top, f"{w.word('form_no')} {form_no}", 6.5, font=hx.faces.regular)
    office = f"Stadt {doc.city}" if doc.doc_type not in CERTIFICATES else f"Standesamt {doc.city}"
    pen.right_text(pen.right, top, office, 8)
    y = top - 26
    for line in simpleSplit(doc.title, hx.faces.bold, 13, pen.width):
        pen.text(pen.left, y, line, 13, font=hx.faces.bold)
        y -= 16
    pen.text(pen.left, y - 2, w.word("instructions"), 7, font=hx.faces.italic)
    pen.hline(pen.left, pen.right, y - 8, 0.8)
    pen.y = y - 16


def _hand_closing(hx: _Hx, w: Extra16Wording, doc: Doc, record: Record, day: date) -> None:
    pen, rng = hx.pen, hx.rng
    pen.ensure(70)
    y = pen.y - 34
    half = pen.left + pen.width * 0.48
    if doc.doc_type in CERTIFICATES:
        _seal(pen, pen.left + 50, y + 8, 28, 0.55)
        _signature(pen, half + 10, y + 4, rng)
        pen.hline(half, pen.right, y - 2, 0.5)
        pen.text(half, y - 10, w.word("registrar"), 6.5, font=hx.faces.regular)
        pen.text(half, y - 19, _official(record, rng), 7.5, font=hx.faces.regular)
    else:
        _write(hx, pen.left + 6, y + 2, f"{doc.city}, {format_extra16_date(day, 'numeric')}",
               hx.hand_size * 0.9, half - 10)
        pen.hline(pen.left, half - 10, y - 2, 0.5)
        pen.text(pen.left, y - 10, w.word("place_day"), 6.5, font=hx.faces.regular)
        _signature(pen, half + 14, y + 4, rng)
        pen.hline(half, pen.right, y - 2, 0.5)
        pen.text(half, y - 10, w.word("sign"), 6.5, font=hx.faces.regular)
    pen.y = y - 30


def _office_box(hx: _Hx, w: Extra16Wording, height: float) -> None:
    pen = hx.pen
    pen.ensure(height + 10)
    top = pen.y - 6
    pen.c.setLineWidth(0.5)
    pen.c.rect(pen.left, top - height, pen.width, height, stroke=1, fill=0)
    pen.text(pen.left + 4, top - 10, w.word("office"), 7, font=hx.faces.italic)
    pen.y = top - height - 8


def draw_handwritten(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                     pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    hx = _Hx(pen, rng, _faces(rng), _hand_face(rng), rng.choice(INKS), rng.uniform(6.5, 7.5),
             rng.uniform(11, 13.5), rng.uniform(22, 27), rng.choice(("before", "above", "under",
                                                                       "before")),
             rng.uniform(0.8, 2.0))
    pen.top = PAGE_H - 48
    form_no = f"{rng.choice('ABDKLMNRS')}-{_free_number(record, rng, 100, 989)}"
    _hand_header(hx, w, doc, form_no)
    texts = [f for f in fields(doc) if f.kind == "text"]
    wrong = {id(f) for f in texts if rng.random() < 0.08}
    if not wrong and texts and rng.random() < 0.5:
        wrong = {id(rng.choice(texts))}
    for sec in doc.sections:
        pen.ensure(hx.row_h * 2 + 16)
        pen.y -= 4
        pen.text(pen.left, pen.y, w.section(sec.key), 8.5, font=hx.faces.bold)
        pen.hline(pen.left, pen.right, pen.y - 3, 0.5)
        pen.y -= 6
        for f in sec.items:
            _hand_row(hx, w, f, id(f) in wrong)
        pen.y -= 4
    if isinstance(record, Identity):
        width = min(pen.width * 0.75, 380)
        pen.ensure(_copy_height(record, width) + 24)
        pen.text(pen.left, pen.y - 8, w.word("copy"), 7, font=hx.faces.italic)
        pen.y -= 14 + _copy(pen, record, rng, pen.left + 10, pen.y - 14, width)
    _hand_closing(hx, w, doc, record, _furniture_day(record, rng))
    if pages == 2 and pen.pages == 1:
        pen.new_page()
        pen.text(pen.left, PAGE_H - 42, w.word("back"), 8, font=hx.faces.bold)
        pen.y = PAGE_H - 60
        for line in simpleSplit(w.word("notes"), hx.faces.regular, 8, pen.width):
            pen.text(pen.left, pen.y, line, 8, font=hx.faces.regular)
            pen.y -= 11
        _office_box(hx, w, 160)
    elif pen.y > pen.bottom + 90 and doc_type not in CERTIFICATES:
        _office_box(hx, w, 60)


# --- agency: a letter on the citizen's behalf -------------------------------------------------


def _agency_address(record: Record, rng: random.Random) -> Address:
    taken = _truth_strings(record)
    cities = [c for c in pools.CITIES if c not in taken and not set(c.split()) & taken]
    city = rng.choice(cities or list(pools.CITIES))
    streets = [st for st in pools.STREETS if not set(st.split()) & taken] or list(pools.STREETS)
    plz = [p for p in pools.CITIES[city][0] if p not in taken] or ["44000"]
    return Address(rng.choice(streets), _free_number(record, rng, 2, 160), rng.choice(plz), city)


def _phone(record: Record, rng: random.Random, area: str) -> str:
    return f"{area} {_free_number(record, rng, 10000, 989999)}"


def _domain(agency: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return "".join(ch for ch in agency.split()[0].lower().translate(table) if ch.isalnum())


def _kv_block(pen: Pen, faces: Set4, size: float, rows: list[tuple[str, str]], dots: bool
              ) -> None:
    if not rows:
        return
    lw = min(max(_width(k, faces.regular, size) for k, _ in rows) + 14, pen.width * 0.5)
    x0 = pen.left + 12
    for key, value in rows:
        lines = simpleSplit(value, faces.bold, size, pen.right - x0 - lw) or [""]
        pen.ensure(len(lines) * size * 1.35 + 2)
        pen.y -= size * 1.35
        label = key + ":"
        end = pen.text(x0, pen.y, label, size, font=faces.regular)
        if dots:
            pen.c.setFont(faces.regular, size)
            n = int((x0 + lw - 4 - end) / max(_width(".", faces.regular, size), 1))
            if n > 2:
                pen.c.drawString(end + 2, pen.y, "." * n)
        for k, line in enumerate(lines):
            if k:
                pen.y -= size * 1.3
            pen.text(x0 + lw, pen.y, line, size, font=faces.bold)


def _para(pen: Pen, faces: Set4, size: float, text: str) -> None:
    for line in simpleSplit(text, faces.regular, size, pen.width):
        pen.ensure(size * 1.45)
        pen.y -= size * 1.45
        pen.text(pen.left, pen.y, line, size, font=faces.regular)
    pen.y -= size * 0.6


def _name(fs: dict[str, F]) -> str:
    return f"{fs['given_names'].value} {fs['family_name'].value}"


def _sentences(doc: Doc, record: Record, s: Style, rng: random.Random, subj: str
               ) -> tuple[list[str], set[str]]:
    """Sentences with part of the data, and the keys they print."""
    w = _w(s)
    out: list[str] = []
    used: set[str] = set()
    fs = {f.key: f for sec in doc.sections if not sec.key.startswith("spouse")
          for f in sec.items}

    def say(key: str, keys: tuple[str, ...], p: float = 0.7, **kw: str) -> None:
        if rng.random() < p:
            out.append(w.sentence(key).format(**kw))
            used.update(keys)

    match record:
        case Ehe():
            s1, s2 = ([f.value for f in sec.items] for sec in doc.sections[:2])
            out.append(w.sentence("married").format(
                n1=f"{s1[1]} {s1[0]}", d1=s1[2], n2=f"{s2[1]} {s2[0]}", d2=s2[2],
                day=fs["marriage_date"].value, place=fs["marriage_place"].value))
            used.update(("family_name", "given_names", "date_of_birth", "marriage_date",
                         "marriage_place"))
        case Wohnungsgeber():
            say("landlord", ("landlord_name", "landlord_address"), 0.6,
                landlord=fs["landlord_name"].value, laddress=fs["landlord_address"].value)
            say("moved", ("move_in_date", "street", "house_number", "postal_code", "city"), 0.7,
                subj=subj, day=fs["move_in_date"].value, street=fs["street"].value,
                number=fs["house_number"].value, plz=fs["postal_code"].value,
                city=fs["city"].value)
            names = [f.value for f in doc.sections[2].items]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]
            say("tenants", ("tenant",), 0.7, names=joined)
        case Zulassung():
            say("buyer", ("family_name", "given_names", "date_of_birth"), 0.7,
                name=_name(fs), dob=fs["date_of_birth"].value)
            say("vehicle", ("make", "model", "vin"), 0.6, make=fs["make"].value,
                model=fs["model"].value, vin=fs["vin"].value)
        case Identity():
            say("holder", ("family_name", "given_names", "date_of_birth"), 0.7, name=_name(fs),
                dob=fs["date_of_birth"].value)
        case Sterbe():
            if rng.random() < 0.75:
                out.append(w.sentence("died").format(subj=subj, name=_name(fs),
                                                     day=fs["date_of_death"].value,
                                                     place=fs["place_of_death"].value))
                used.update(("family_name", "given_names", "date_of_death", "place_of_death"))
            say("register", ("registry_office", "register_number", "issue_date"), 0.5,
                office=fs["registry_office"].value, number=fs["register_number"].value,
                day=fs["issue_date"].value)
        case _:
            if "place_of_birth" in fs:
                say("born", ("family_name", "given_names", "date_of_birth", "place_of_birth"),
                    0.75, subj=subj, name=_name(fs), dob=fs["date_of_birth"].value,
                    pob=fs["place_of_birth"].value)
            if isinstance(record, Anmeldung):
                say("moved", ("move_in_date", "street", "house_number", "postal_code", "city"),
                    0.6, subj=subj, day=fs["move_in_date"].value, street=fs["street"].value,
                    number=fs["house_number"].value, plz=fs["postal_code"].value,
                    city=fs["city"].value)
                if "previous_address" in fs:
                    say("previous", ("previous_address",), 0.6,
                        previous=fs["previous_address"].value)
            if isinstance(record, Geburt):
                if "father_name" in fs:
                    say("parents", ("mother_name", "father_name"), 0.6,
                        mother=fs["mother_name"].value, father=fs["father_name"].value)
                else:
                    say("mother", ("mother_name",), 0.6, mother=fs["mother_name"].value)
                say("register", ("registry_office", "register_number", "issue_date"), 0.5,
                    office=fs["registry_office"].value, number=fs["register_number"].value,
                    day=fs["issue_date"].value)
            if isinstance(record, Aufenthalt):
                say("entered", ("entry_date",), 0.6, subj=subj, day=fs["entry_date"].value)
                say("passport", ("passport_number", "passport_expiry_date"), 0.5,
                    number=fs["passport_number"].value, day=fs["passport_expiry_date"].value)
    return out, used


def _who(record: Record) -> Person | None:
    match record:
        case Anmeldung() | Aufenthalt() | Sterbe():
            return record.person
        case Geburt():
            return record.child
        case Zulassung():
            return record.holder
        case Identity():
            return record.person
    return None


AUTHORITY_UNITS: Final = {
    "anmeldung": "Bürgerbüro", "wohnungsgeberbestaetigung": "Bürgerbüro",
    "geburtsurkunde": "Standesamt", "eheurkunde": "Standesamt", "sterbeurkunde": "Standesamt",
    "antrag_zulassung": "Zulassungsstelle", "aufenthaltstitel_antrag": "Ausländerbehörde",
    "identity_document": "Bürgerbüro",
}


def draw_agency(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _faces(rng)
    size = rng.uniform(9.5, 10.5)
    kind = rng.choice(AGENCY_KIND[doc_type])
    agency = rng.choice(AGENCIES[kind])
    home = _agency_address(record, rng)
    accent: RGB = rng.choice(((0.1, 0.25, 0.45), (0.35, 0.1, 0.1), (0.1, 0.35, 0.2),
                              (0.2, 0.2, 0.2)))
    c = pen.c
    # letterhead
    top = PAGE_H - 50
    c.saveState()
    c.setFillColorRGB(*accent)
    if rng.random() < 0.5:
        c.setFont(faces.bold, 15)
        c.drawString(pen.left, top, agency)
    else:
        c.setFont(faces.bold, 15)
        c.drawCentredString((pen.left + pen.right) / 2, top, agency)
    c.setStrokeColorRGB(*accent)
    c.setLineWidth(1.2)
    c.line(pen.left, top - 8, pen.right, top - 8)
    c.restoreState()
    area = "0" + _free_number(record, rng, 201, 989)
    contact = [home.street_line, home.city_line,
               f"{w.word('phone')} {_phone(record, rng, area)}",
               f"{w.word('fax')} {_phone(record, rng, area)}",
               f"{w.word('mail')} info@{_domain(agency)}.de"]
    cy = top - 24
    for line in contact:
        pen.right_text(pen.right, cy, line, 7.5)
        cy -= 9.5
    # sender line and recipient
    y = top - 40
    pen.text(pen.left, y, f"{agency} · {home.street_line} · {home.city_line}", 6.5,
             font=faces.regular)
    c.setLineWidth(0.3)
    c.line(pen.left, y - 2, pen.left + 230, y - 2)
    taken = _truth_strings(record)
    plz = [p for p in pools.CITIES.get(doc.city, ((), ""))[0] if p not in taken]
    recipient = [f"Stadt {doc.city}", AUTHORITY_UNITS[doc_type],
                 f"Postfach {_free_number(record, rng, 100, 9899)}"]
    recipient.append(f"{rng.choice(plz)} {doc.city}" if plz else doc.city)
    y -= 14
    for line in recipient:
        pen.text(pen.left, y, line, size, font=faces.regular)
        y -= size * 1.3
    # references and date
    y = min(y, cy) - 14
    letters = "".join(rng.choice("ABDEGHKLMNRSTW") for _ in range(2))
    ref = f"{letters} {_free_number(record, rng, 100, 9899)}/26"
    day = _furniture_day(record, rng, 20)
    day_text = format_extra16_date(day, rng.choice(("numeric", "word_dot")))
    refs = [f"{w.word('our_ref')}: {ref}"]
    if rng.random() < 0.5:
        earlier = _furniture_day(record, rng, 60)
        refs.append(f"{w.word('your_ref')} {format_extra16_date(earlier, 'numeric')}")
    signer = _official(record, rng)
    if rng.random() < 0.6:
        refs.append(f"{w.word('contact')}: {signer}")
    for line in refs:
        pen.text(pen.left, y, line, 8, font=faces.regular)
        y -= 10
    pen.right_text(pen.right, y + 10, f"{home.city}, {day_text}", size)
    y -= 10
    person = _who(record)
    subj = SUBJECTS[kind][person.sex] if person else SUBJECTS[kind]["X"]
    subject = doc.title
    fs = fields(doc)
    names = {f.key: f.value for f in fs}
    if "family_name" in names and not isinstance(record, Ehe) and rng.random() < 0.6:
        subject += f" – {names['family_name']}, {names['given_names']}"
    for line in simpleSplit(subject, faces.bold, size + 0.5, pen.width):
        pen.text(pen.left, y, line, size + 0.5, font=faces.bold)
        y -= size * 1.45
    pen.y = y - 6
    pen.top = PAGE_H - 60
    pen.text(pen.left, pen.y, w.word("greeting"), size, font=faces.regular)
    pen.y -= size * 0.6
    if doc_type == "wohnungsgeberbestaetigung":
        intro = w.sentence("intro").format(who="der Vermieterseite")
    elif isinstance(record, Ehe):
        intro = w.sentence("intro").format(who="unserer Mandantschaft")
    else:
        intro = w.sentence("intro").format(who=DATIVES[subj])
    said, used = _sentences(doc, record, s, rng, subj)
    _para(pen, faces, size, " ".join([intro, *said]))
    # the rest in a compact block of keys and values
    rows: list[tuple[str, str]] = []
    spouse_keys = ("family_name", "given_names", "date_of_birth")
    for sec in doc.sections:
        for f in sec.items:
            if sec.key.startswith("spouse") and f.key in spouse_keys:
                continue
            if f.key in used or not f.value:
                continue
            rows.append((w(f.key), f.value))
    if rows:
        _para(pen, faces, size, w.sentence("data_follow"))
        _kv_block(pen, faces, size, rows, rng.random() < 0.4)
        pen.y -= size
    if doc_type != "wohnungsgeberbestaetigung":
        _para(pen, faces, size, w.word("power"))
    _para(pen, faces, size, w.word("questions"))
    pen.ensure(80)
    pen.y -= size * 1.2
    pen.text(pen.left, pen.y, w.word("closing"), size, font=faces.regular)
    _signature(pen, pen.left + 8, pen.y - 26, rng)
    pen.y -= 42
    pen.text(pen.left, pen.y, signer, size, font=faces.regular)
    pen.y -= size * 2
    enclosures = [w.word("enc_power")] if doc_type != "wohnungsgeberbestaetigung" else []
    if doc_type in CERTIFICATES:
        enclosures.append(w.word("enc_cert"))
    if isinstance(record, Identity):
        enclosures.append(w.word("enc_copy"))
    if enclosures:
        pen.ensure(size * 1.4 * (len(enclosures) + 1))
        pen.text(pen.left, pen.y, w.section("enclosures"), size, font=faces.bold)
        for e in enclosures:
            pen.y -= size * 1.35
            pen.text(pen.left + 10, pen.y, f"– {e}", size, font=faces.regular)
    if isinstance(record, Identity):
        width = min(pen.width * 0.8, 380)
        h = _copy_height(record, width)
        if pen.y - h - 30 < pen.bottom:
            pen.new_page()
            pen.text(pen.left, pen.y, f"{w.section('enclosures')} {w.word('enc_copy')}", 8,
                     font=faces.italic)
        pen.y -= 16
        _copy(pen, record, rng, pen.left + 10, pen.y, width)
        pen.y -= h
    if pages == 2 and pen.pages == 1:
        pen.new_page()
        pen.text(pen.left, pen.y, f"{agency} – {w.word('our_ref')}: {ref}", 8,
                 font=faces.regular)
        pen.y -= 24
        _para(pen, faces, size, w.word("questions"))
    _agency_footer(pen, faces, record, rng, w)


def _agency_footer(pen: Pen, faces: Set4, record: Record, rng: random.Random,
                   w: Extra16Wording) -> None:
    if rng.random() < 0.5:
        return
    bank = rng.choice(pools.BANKS)
    digits = _free_number(record, rng, 10**9, 9 * 10**9)
    line = f"{w.word('bank_line')}: {bank[1]} · BIC {bank[2]} · Konto-Nr. {digits}"
    pen.c.setLineWidth(0.3)
    pen.c.line(pen.left, 46, pen.right, 46)
    pen.text(pen.left, 36, line, 6.5, font=faces.regular)


def draw_extra16(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if s.layout == "handwritten":
        draw_handwritten(pen, record, s, rng, doc_type, pages)
    else:
        draw_agency(pen, record, s, rng, doc_type, pages)
