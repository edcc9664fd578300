"""The eleventh extra pair of blind held-out layouts: ``photo`` and ``legacy``.

``photo`` is an ordinary printed form or certificate that a citizen photographed with a phone
instead of scanning it. The text PDF is the printed form itself (letterhead, form number, ruled
cells with a small caption over the value, tick boxes, place / date and signature, or for
certificates a framed certificate with a seal); the scanned kinds are the phone's picture
(``photograph``): the page lies on a desk or table (wood, fabric or a plain dark surface), does
not fill the frame, is seen in perspective and turned a few degrees, with a soft shadow, uneven
light and phone-like JPEG. Identity documents are a photo of the card or passport page on a
table (the table is drawn in the text PDF, the card axis-parallel so that its text stays whole).

``legacy`` is the printout of an old mainframe system on 132-column continuous paper: a
fixed-width face, upper-case keys, green or grey bars, tractor-feed holes at both edges, a job
header (system, program, job id, print date and time, page counter), fields as columns under
abbreviated headers or as dotted key lines, separators made of characters and compact numeric
dates. Certificates are a register extract printed by such a system (with a rubber-stamped seal
and a signature); identity documents a copy with a printed index-card line.

Both draw straight from the record with the wording of ``samples.wording_extra11``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures. Dates, job ids
and references of the furniture are never truth values.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import Final

import cv2
import numpy as np
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
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _seal,
    _signature,
    other_day,
)
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
    _width,
)
from samples.truth import truth_fields
from samples.wording_extra11 import (
    DWELLING11,
    DWELLING_ORDER11,
    ID_KINDS11,
    LANDLORD_ROLES11,
    MARITAL11,
    PURPOSE11,
    PURPOSE_ORDER11,
    SEX11,
    SEX_ORDER11,
    Extra11Wording,
    nationality_word,
    sex_word,
    upper,
)

# --- content -------------------------------------------------------------------------------------


def _w(s: Style) -> Extra11Wording:
    assert isinstance(s.words, Extra11Wording)
    return s.words


def _is_photo(s: Style) -> bool:
    return s.layout == "photo"


def _date_f(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d), "date", short=True)


def _sex_f(s: Style, code: str) -> F:
    if s.sex_mode == "choice":
        return F("sex", kind="choice", options=tuple(SEX11["word"][c] for c in SEX_ORDER11[:3]),
                 chosen=SEX_ORDER11.index(code)) if code != "X" else F(
            "sex", SEX11["word"][code], short=True)
    return F("sex", sex_word(code, s.sex_mode), short=True)


def _nat_f(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode), short=True)


def _address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line), F("city_line", a.city_line)]
    fields = [F("street", a.street), F("house_number", a.number, short=True),
              F("postal_code", a.postal_code, short=True), F("city", a.city)]
    if rng.random() < 0.3:
        fields = [fields[2], fields[3], fields[0], fields[1]]
    return fields


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True) -> list[F]:
    fields = [F("family_name", p.family), F("given_names", p.given)]
    if rng.random() < 0.3:
        fields.reverse()
    if p.birth_name:
        fields.append(F("birth_name", p.birth_name))
    fields.append(_date_f(s, "date_of_birth", p.dob))
    if place:
        fields.append(F("place_of_birth", p.pob))
    if sex:
        fields.append(_sex_f(s, p.sex))
    if nat:
        fields.append(_nat_f(s, p.nationality))
    return fields


def _choice(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
            chosen: str | None) -> F:
    """Photo: tick boxes (or the ticked text only); legacy: the key with its short word."""
    if _is_photo(s) and (s.purpose_mode == "choice" or chosen is None):
        return F(key, kind="choice", options=tuple(table[k][0] for k in order),
                 chosen=order.index(chosen) if chosen else None)
    if chosen is None:
        return F(key, "-", short=True)
    return F(key, table[chosen][0 if _is_photo(s) else 1])


UNITS11: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Meldebehörde"),
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
    photo = _is_photo(s)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person: list[Item] = list(_person(s, p, rng))
            if rng.random() < 0.5:
                marital = record.marital if photo else MARITAL11.get(record.marital, "")
                person.append(F("marital", marital or record.marital, short=True))
            if record.phone and rng.random() < 0.4:
                person.append(F("phone", record.phone, short=True))
            flat: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                *_address(s, a, "address_line", rng)]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_choice(s, "dwelling", DWELLING11, DWELLING_ORDER11, record.dwelling))
            secs = [Sec("person", person), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous)]))
            return Doc(title, a.city, rng.choice(UNITS11[doc_type]), secs, False, record.signed)
        case Wohnungsgeber():
            a = record.address
            role_i = 0 if record.landlord_is_owner else 1
            if photo and rng.random() < 0.6:
                role = F("landlord_role", kind="choice",
                         options=tuple(r[0] for r in LANDLORD_ROLES11), chosen=role_i)
            else:
                role = F("landlord_role", LANDLORD_ROLES11[role_i][0 if photo else 1])
            landlord: list[Item] = [F("landlord_name", record.landlord_name),
                                    F("landlord_address", record.landlord_address.line)]
            if rng.random() < 0.7:
                landlord.append(role)
            flat2: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                 *_address(s, a, "flat_line", rng)]
            sep = " " if photo else "-"
            tenants: list[Item] = [F("tenant", t, label=f"{w('tenant')}{sep}{k}")
                                   for k, t in enumerate(record.tenants, 1)]
            secs = [Sec("landlord", landlord), Sec("flat", flat2), Sec("tenants", tenants)]
            return Doc(title, a.city, rng.choice(UNITS11[doc_type]), secs, False, record.signed)
        case Zulassung():
            h, a = record.holder, record.address
            holder: list[Item] = [*_person(s, h, rng, sex=False, nat=False, place=False),
                                  *_address(s, a, "address_line", rng)]
            vehicle: list[Item] = [F("make", record.make, short=True),
                                   F("model", record.model, short=True),
                                   F("vin", record.vin), F("evb_number", record.evb, short=True)]
            if record.plate:
                vehicle.append(F("desired_plate", record.plate, short=True))
            iban = group_iban(record.iban) if photo and rng.random() < 0.6 else record.iban
            sepa: list[Item] = [F("account_holder", record.account_holder), F("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic, short=True))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            return Doc(title, a.city, rng.choice(UNITS11[doc_type]),
                       [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)],
                       False, record.signed)
        case Aufenthalt():
            p, a = record.person, record.address
            stay: list[Item] = [F("passport_number", record.passport_number, short=True),
                                _date_f(s, "passport_expiry_date", record.passport_expiry),
                                _date_f(s, "entry_date", record.entry),
                                _choice(s, "purpose", PURPOSE11, PURPOSE_ORDER11, record.purpose)]
            secs = [Sec("person", list(_person(s, p, rng))), Sec("passport", stay),
                    Sec("residence", list(_address(s, a, "address_line", rng)))]
            return Doc(title, a.city, rng.choice(UNITS11[doc_type]), secs, False, record.signed)
        case Geburt():
            c = record.child
            child: list[Item] = list(_person(s, c, rng, nat=False))
            if rng.random() < 0.5:
                child.append(F("birth_time", f"{record.birth_time} Uhr" if photo
                               else record.birth_time.replace(":", ""), short=True))
            parents: list[Item] = [F("mother_name", record.mother)]
            if record.father:
                parents.append(F("father_name", record.father))
            return Doc(title, record.office, "Standesamt",
                       [Sec("child", child), Sec("parents", parents), _register(s, record)],
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


def _furniture_day(record: Record, rng: random.Random, back: int = 30) -> date:
    base = REFERENCE_DATE - timedelta(days=rng.randint(0, back))
    day = other_day(record, base, rng, 0)
    if day > REFERENCE_DATE:
        day = other_day(record, base - timedelta(days=7), rng, 0)
    return day


def _label(w: Extra11Wording, f: F) -> str:
    return f.label or w(f.key)


def _fields(items: list[Item]) -> list[F]:
    return [i for i in items if isinstance(i, F)]


# --- photo: the printed form ---------------------------------------------------------------------


class _Ph:
    """One printed form's faces and geometry."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen, self.c, self.rng = pen, pen.c, rng
        spec = rng.choice(SANS9[:3] + SERIF9[:2] + SANS9[:2])
        self.faces: Set4 = _set4(spec)
        mono = _reg(*rng.choice(MONO9[:3]))
        self.value_face = rng.choice((self.faces.regular, self.faces.regular, mono))
        self.left = rng.uniform(50, 64)
        self.right = PAGE_W - rng.uniform(48, 62)
        self.ls = rng.uniform(6.6, 7.4)
        self.vs = rng.uniform(9.6, 10.8)
        self.boxed = rng.random() < 0.6
        self.band = rng.uniform(0.82, 0.9)

    @property
    def width(self) -> float:
        return float(self.right - self.left)

    def text(self, x: float, y: float, s: str, size: float, face: str, gray: float = 0.0
             ) -> None:
        self.c.setFillGray(gray)
        self.c.setFont(face, size)
        self.c.drawString(x, y, s)
        self.c.setFillGray(0)


def _ph_cell_h(ph: _Ph, f: F, width: float, k: float) -> float:
    if f.kind == "choice":
        lines = _ph_choice_lines(ph, f, width)
        return (ph.ls + 6 + len(lines) * (ph.vs + 4)) * 1.0 + 6 * k
    lines = simpleSplit(f.value, ph.value_face, ph.vs, width - 10) or [""]
    return ph.ls + 8 + len(lines) * (ph.vs + 3) + 6 * k


def _ph_choice_lines(ph: _Ph, f: F, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, opt in enumerate(f.options):
        wd = 14 + _width(opt, ph.faces.regular, ph.vs * 0.92) + 14
        if rows[-1] and x + wd > width - 10:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += wd
    return rows


def _ph_cell(ph: _Ph, f: F, w: Extra11Wording, x: float, top: float, width: float, h: float
             ) -> None:
    c = ph.c
    if ph.boxed:
        c.setLineWidth(0.6)
        c.setStrokeGray(0.25)
        c.rect(x, top - h, width, h, stroke=1, fill=0)
    ph.text(x + 3, top - ph.ls - 1.5, _label(w, f), ph.ls, ph.faces.regular, 0.25)
    y = top - ph.ls - 4 - ph.vs
    if f.kind == "choice":
        for row in _ph_choice_lines(ph, f, width):
            xx = x + 5
            for i in row:
                side = ph.vs * 0.8
                c.setLineWidth(0.7)
                c.setStrokeGray(0)
                c.rect(xx, y - 1, side, side, stroke=1, fill=0)
                if i == f.chosen:
                    c.setLineWidth(1.3)
                    c.line(xx + 1.5, y + 0.5, xx + side - 1.5, y + side - 2.5)
                    c.line(xx + 1.5, y + side - 2.5, xx + side - 1.5, y + 0.5)
                xx += side + 4
                ph.text(xx, y, f.options[i], ph.vs * 0.92, ph.faces.regular)
                xx += _width(f.options[i], ph.faces.regular, ph.vs * 0.92) + 14
            y -= ph.vs + 4
        return
    for line in simpleSplit(f.value, ph.value_face, ph.vs, width - 10) or [""]:
        ph.text(x + 5, y, line, ph.vs, ph.value_face)
        y -= ph.vs + 3
    if not ph.boxed:
        c.setLineWidth(0.5)
        c.setStrokeGray(0.35)
        c.line(x + 2, top - h + 3, x + width - 4, top - h + 3)


def _ph_rows(ph: _Ph, fields: list[F], w: Extra11Wording, k: float) -> list[Blk]:
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
    out = []
    for row in rows:
        cw = ph.width / len(row)
        h = max(_ph_cell_h(ph, f, cw, k) for f in row)

        def draw(top: float, row: list[F] = row, cw: float = cw, h: float = h) -> None:
            for i, f in enumerate(row):
                _ph_cell(ph, f, w, ph.left + i * cw, top, cw, h)

        out.append(Blk(h + (0 if ph.boxed else 4 * k), draw, True))
    return out


def _ph_heading(ph: _Ph, text: str, k: float) -> Blk:
    h = ph.vs + 10 + 6 * k

    def draw(top: float) -> None:
        c = ph.c
        c.setFillGray(ph.band)
        c.rect(ph.left, top - ph.vs - 8, ph.width, ph.vs + 7, stroke=0, fill=1)
        ph.text(ph.left + 4, top - ph.vs - 3, text, ph.vs, ph.faces.bold)

    return Blk(h, draw, True)


def _ph_header(ph: _Ph, doc: Doc, form_no: str, edition: str, w: Extra11Wording) -> Blk:
    cert = doc.certificate
    h = 92.0

    def draw(top: float) -> None:
        issuer = f"Stadt {doc.city}" if not cert else f"Standesamt {doc.city}"
        ph.text(ph.left, top - 12, issuer, 11, ph.faces.bold)
        ph.text(ph.left, top - 25, doc.unit if not cert else "Personenstandswesen", 9,
                ph.faces.regular, 0.2)
        c = ph.c
        c.setFont(ph.faces.regular, 7.5)
        c.drawRightString(ph.right, top - 10, f"{w.word('form')} {form_no}")
        c.drawRightString(ph.right, top - 20, f"{w.word('edition')} {edition}")
        c.setFont(ph.faces.bold, 15)
        title = doc.title
        if _width(title, ph.faces.bold, 15) > ph.width:
            c.setFont(ph.faces.bold, 12)
        if cert:
            c.drawCentredString(PAGE_W / 2, top - 58, title)
        else:
            c.drawString(ph.left, top - 58, title)
            ph.text(ph.left, top - 74, w.word("intro"), 8, ph.faces.italic, 0.2)

    return Blk(h, draw, False)


def _ph_closing(ph: _Ph, doc: Doc, record: Record, w: Extra11Wording) -> Blk:
    day = other_day(record, doc.signed, ph.rng, 0)
    h = 70.0

    def draw(top: float) -> None:
        c = ph.c
        y = top - 36
        if doc.certificate:
            _seal(ph.pen, ph.left + 70, y + 4, 26, 0.35)
            x = ph.right - 200
            _signature(ph.pen, x + 20, y + 8, ph.rng)
            c.setLineWidth(0.5)
            c.line(x, y, ph.right, y)
            ph.text(x, y - 10, w.word("registrar"), 7.5, ph.faces.regular, 0.25)
            return
        ph.text(ph.left + 2, y + 4, f"{doc.city}, {day.day:02d}.{day.month:02d}.{day.year}",
                ph.vs, ph.value_face)
        c.setLineWidth(0.5)
        c.line(ph.left, y, ph.left + 200, y)
        ph.text(ph.left, y - 10, w.word("place_date"), 7.5, ph.faces.regular, 0.25)
        x = ph.right - 220
        _signature(ph.pen, x + 30, y + 6, ph.rng)
        c.line(x, y, ph.right, y)
        ph.text(x, y - 10, w.word("sign"), 7.5, ph.faces.regular, 0.25)

    return Blk(h, draw, False)


def _ph_footer(ph: _Ph, w: Extra11Wording, form_no: str, printed: str, n: int, total: int
               ) -> None:
    c = ph.c
    c.setLineWidth(0.4)
    c.setStrokeGray(0.5)
    c.line(ph.left, 44, ph.right, 44)
    c.setFillGray(0.3)
    c.setFont(ph.faces.regular, 7)
    c.drawString(ph.left, 34, f"{form_no} · {w.word('printed')} {printed}")
    c.drawRightString(ph.right, 34, f"{n}/{total}")
    c.setFillGray(0)


def draw_photo_form(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                    pages: int) -> None:
    w = _w(s)
    ph = _Ph(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    form_no = f"{rng.choice(('M', 'A', 'BA', 'Z', 'PSt'))} {rng.randint(10, 899)}"
    form_no += rng.choice(("", f"/{rng.randint(1, 9)}", f"-{rng.choice('abc')}"))
    edition = f"{rng.randint(1, 12):02d}/{rng.randint(2016, 2024)}"
    printed_day = _furniture_day(record, rng)
    printed = f"{printed_day.day:02d}.{printed_day.month:02d}.{printed_day.year}"
    frame = doc.certificate and rng.random() < 0.7

    def build(k: float) -> list[Blk]:
        blocks = [_ph_header(ph, doc, form_no, edition, w)]
        for sec in doc.sections:
            blocks.append(_ph_heading(ph, w.section(sec.key), k))
            blocks += _ph_rows(ph, _fields(sec.items), w, k)
            blocks.append(Blk(8 * k, lambda top: None, False))
        blocks.append(_ph_closing(ph, doc, record, w))
        return blocks

    top = PAGE_H - rng.uniform(44, 58)
    laid = _fitted(build, top - 60, top - 60, pages)
    for n, blocks in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        if frame:
            c = pen.c
            c.setLineWidth(2.2)
            c.setStrokeGray(0.3)
            c.rect(ph.left - 18, 30, ph.width + 36, PAGE_H - 54, stroke=1, fill=0)
            c.setLineWidth(0.6)
            c.rect(ph.left - 13, 35, ph.width + 26, PAGE_H - 64, stroke=1, fill=0)
        y = top
        for b in blocks:
            b.draw(y)
            y -= b.height
        _ph_footer(ph, w, form_no, printed, n, len(laid))


# --- photo: an identity document on a table ------------------------------------------------------


def _surface(pen: Pen, rng: random.Random, kind: str, tone: float) -> None:
    """A table top over the whole page: wood grain, a woven cloth or a plain dark surface."""
    c = pen.c
    w, h = PAGE_W, PAGE_H
    c.saveState()
    c.setFillGray(tone)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    if kind == "wood":
        y = 0.0
        while y < h:
            c.setStrokeGray(max(0.0, min(1.0, tone + rng.uniform(-0.12, 0.08))))
            c.setLineWidth(rng.uniform(0.4, 2.5))
            p = c.beginPath()
            p.moveTo(0, y)
            amp, per = rng.uniform(1, 6), rng.uniform(150, 400)
            for xi in range(0, int(w) + 20, 20):
                p.lineTo(xi, y + amp * math.sin(xi / per * 2 * math.pi))
            c.drawPath(p, stroke=1, fill=0)
            y += rng.uniform(3, 11)
        c.setStrokeGray(max(0.0, tone - 0.2))
        c.setLineWidth(1.2)
        seam = rng.uniform(120, 260)
        while seam < h:
            c.line(0, seam, w, seam)
            seam += rng.uniform(150, 260)
    elif kind == "fabric":
        c.setLineWidth(0.5)
        step = rng.uniform(2.5, 4.0)
        x = 0.0
        while x < w:
            c.setStrokeGray(max(0.0, tone - rng.uniform(0.02, 0.08)))
            c.line(x, 0, x, h)
            x += step
        y2 = 0.0
        while y2 < h:
            c.setStrokeGray(min(1.0, tone + rng.uniform(0.0, 0.06)))
            c.line(0, y2, w, y2)
            y2 += step
    c.restoreState()


def _shadowed_copy(pen: Pen, r: Identity, part: str, x: float, top: float, scale: float,
                   style: str, seed: int) -> None:
    cw, ch = _card_size(r, part, scale)
    c = pen.c
    c.saveState()
    for i in range(6):
        c.setFillColorRGB(0, 0, 0, alpha=0.07)
        off = 2 + i * 1.6
        c.roundRect(x + off, top - ch - off, cw, ch, 8 * scale, stroke=0, fill=1)
    c.restoreState()
    _draw_copy(pen, r, part, x, top, scale, style, random.Random(seed), True)


def _passport_cover(pen: Pen, x: float, top: float, scale: float, rng: random.Random) -> None:
    w, h = 88 * 2.8346 * scale, 125 * 2.8346 * scale
    c = pen.c
    c.saveState()
    for i in range(6):
        c.setFillColorRGB(0, 0, 0, alpha=0.07)
        c.roundRect(x + 2 + i * 1.6, top - h - 2 - i * 1.6, w, h, 10, stroke=0, fill=1)
    c.setFillColorRGB(*rng.choice(((0.42, 0.08, 0.12), (0.1, 0.15, 0.35), (0.12, 0.25, 0.15))))
    c.roundRect(x, top - h, w, h, 10, stroke=0, fill=1)
    c.setStrokeColorRGB(0.85, 0.7, 0.3)
    c.setFillColorRGB(0.85, 0.7, 0.3)
    c.setLineWidth(1.5)
    c.circle(x + w / 2, top - h * 0.5, w * 0.18, stroke=1, fill=0)
    c.circle(x + w / 2, top - h * 0.5, w * 0.08, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 16 * scale)
    c.drawCentredString(x + w / 2, top - h * 0.2, "PASS")
    c.setFont("Helvetica", 11 * scale)
    c.drawCentredString(x + w / 2, top - h * 0.8, "PASSPORT")
    c.restoreState()


def draw_photo_identity(pen: Pen, r: Identity, rng: random.Random, pages: int) -> None:
    kind = rng.choice(("wood", "fabric", "dark"))
    tone = {"wood": rng.uniform(0.4, 0.62), "fabric": rng.uniform(0.3, 0.55),
            "dark": rng.uniform(0.12, 0.25)}[kind]
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    surf = rng.getrandbits(32)
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(1.3, 1.6), (PAGE_W - 80) / w1, (PAGE_H - 120) / h1)
    cw, ch = _card_size(r, part, scale)
    x = (PAGE_W - cw) / 2 + rng.uniform(-20, 20)
    top = PAGE_H - (PAGE_H - ch) / 2 + rng.uniform(-40, 40)
    _surface(pen, random.Random(surf), kind, tone)
    _shadowed_copy(pen, r, part, x, top, scale, style, seed)
    if pages == 2:
        pen.new_page()
        _surface(pen, random.Random(surf), kind, tone)
        if card:
            _shadowed_copy(pen, r, "back", x, top, scale, style, seed)
        else:
            _passport_cover(pen, PAGE_W / 2 - 125 * scale, PAGE_H - 150, scale * 1.0, rng)


# --- photo: the phone's picture (scan kinds) -----------------------------------------------------


def _background(h: int, w: int, rng: random.Random) -> np.ndarray:
    """A desk or table seen by a phone camera, as float32 grey levels."""
    sh, sw = max(h // 4, 8), max(w // 4, 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    kind = rng.choice(("wood", "fabric", "dark"))
    gen = np.random.default_rng(rng.getrandbits(32))
    if kind == "wood":
        base = rng.uniform(95, 150)
        per = rng.uniform(6, 14)
        wave = rng.uniform(10, 30) * np.sin(xx / rng.uniform(60, 140))
        grain = np.sin((yy + wave) / per * 2 * np.pi + 0.6 * np.sin(xx / 37.0))
        bg = base + 14 * grain + gen.normal(0, 6, (sh, sw)).astype(np.float32)
        plank = rng.uniform(sh / 5, sh / 3)
        bg[(yy % plank) < 1.2] -= 35
        if rng.random() < 0.5:
            bg = bg.T.copy()
            bg = cv2.resize(bg, (sw, sh))
    elif kind == "fabric":
        base = rng.uniform(70, 135)
        p = rng.uniform(2.2, 3.5)
        weave = np.sin(xx / p * np.pi) * np.sin(yy / p * np.pi)
        bg = base + 10 * weave + gen.normal(0, 5, (sh, sw)).astype(np.float32)
    else:
        base = rng.uniform(30, 70)
        bg = base + gen.normal(0, 4, (sh, sw)).astype(np.float32)
    low = cv2.resize(gen.normal(0, 10, (8, 8)).astype(np.float32), (sw, sh),
                     interpolation=cv2.INTER_CUBIC)
    bg = (bg + low).astype(np.float32)
    return np.asarray(cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR), np.float32)


def photograph(img: np.ndarray, rng: random.Random, cover: bool) -> np.ndarray:
    """The page as a phone photographs it: on a table, not filling the frame, in perspective,
    turned a few degrees, with a soft shadow, uneven light and JPEG. ``cover`` (a page that
    already shows the table, as the identity photos do) lets the page fill the frame."""
    h, w = img.shape
    bg = _background(h, w, rng)
    scale = rng.uniform(1.06, 1.12) if cover else rng.uniform(0.74, 0.86)
    angle = math.radians(rng.uniform(-2.5, 2.5) if cover else rng.uniform(-4.5, 4.5))
    cx = w / 2 + rng.uniform(-0.03, 0.03) * w
    cy = h / 2 + rng.uniform(-0.03, 0.03) * h
    pw, ph_ = w * scale, h * scale
    squeeze = rng.uniform(0.01, 0.035 if cover else 0.07)
    corners = [(-pw / 2, -ph_ / 2), (pw / 2, -ph_ / 2), (pw / 2, ph_ / 2), (-pw / 2, ph_ / 2)]
    side = rng.choice(("top", "bottom", "left", "right"))
    out_pts = []
    for i, (px, py) in enumerate(corners):
        if (side == "top" and i in (0, 1)) or (side == "bottom" and i in (2, 3)):
            px *= 1 - squeeze
        elif (side == "left" and i in (0, 3)) or (side == "right" and i in (1, 2)):
            py *= 1 - squeeze
        px += rng.uniform(-0.006, 0.006) * w
        py += rng.uniform(-0.006, 0.006) * h
        rx = px * math.cos(angle) - py * math.sin(angle)
        ry = px * math.sin(angle) + py * math.cos(angle)
        out_pts.append((cx + rx, cy + ry))
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    dst = np.array(out_pts, np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img, matrix, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0).astype(np.float32)
    ones = np.full((h, w), 255, np.uint8)
    mask = cv2.warpPerspective(ones, matrix, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    alpha = mask.astype(np.float32) / 255.0
    # the page's soft shadow on the table
    small = cv2.resize(alpha, (w // 8, h // 8), interpolation=cv2.INTER_AREA)
    dx, dy = rng.uniform(-0.012, 0.018) * w / 8, rng.uniform(0.005, 0.02) * h / 8
    shift = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    small = cv2.warpAffine(small, shift, (w // 8, h // 8), borderValue=0)
    small = cv2.GaussianBlur(small, (0, 0), rng.uniform(4, 9))
    shadow = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    bg = bg * (1 - rng.uniform(0.35, 0.6) * shadow)
    out = bg * (1 - alpha) + page * alpha
    # uneven light: a ramp across the frame and a darker corner (the phone's own shadow)
    yy, xx = np.mgrid[0:h // 8, 0:w // 8].astype(np.float32)
    theta = rng.uniform(0, 2 * math.pi)
    ramp = (xx * math.cos(theta) + yy * math.sin(theta))
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1.0)
    light = rng.uniform(0.74, 0.86) + ramp * rng.uniform(0.12, 0.22)
    bx, by = rng.uniform(0, w / 8), rng.uniform(0, h / 8)
    blob = np.exp(-(((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (rng.uniform(0.2, 0.35) * w / 8)
                                                          ** 2)))
    light = light * (1 - rng.uniform(0.05, 0.15) * blob)
    light_full = cv2.resize(light.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    out = out * light_full
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.45, 0.8))
    gen = np.random.default_rng(rng.getrandbits(32))
    out = out + gen.normal(0, rng.uniform(1.5, 3.5), out.shape).astype(np.float32)
    grey = np.clip(out, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(62, 82)])
    if not ok:
        return np.asarray(grey, np.uint8)
    return np.asarray(cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE), np.uint8)


# --- legacy: a line-printer listing ------------------------------------------------------------

HOLE_PITCH: Final = 36.0  # half an inch between tractor holes


class _Lg:
    """One listing's paper, face and line grid."""

    def __init__(self, pen: Pen, rng: random.Random, landscape: bool, cols: int) -> None:
        self.pen, self.c, self.rng = pen, pen.c, rng
        self.page_w, self.page_h = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
        self.cols = cols
        self.face = _reg(*rng.choice(MONO9))
        strip = 40.0
        self.left = strip + rng.uniform(4, 10)
        room = self.page_w - 2 * strip - 14
        self.size = min(10.5, room / (cols * _width("M", self.face, 1.0)))
        self.pitch = rng.choice((12.0, 12.0, 11.0)) if self.size > 8.5 else 10.0
        self.pitch = max(self.pitch, self.size * 1.12)
        self.bars = rng.choice(("green", "green", "grey", "none"))
        self.bar_lines = rng.choice((2, 3, 3))
        self.ink = rng.uniform(0.0, 0.22)
        self.top = self.page_h - rng.uniform(30, 40)
        self.bottom = 30.0

    @property
    def lines_per_page(self) -> int:
        return int((self.top - self.bottom) / self.pitch)

    def paper(self) -> None:
        c = self.c
        c.setPageSize((self.page_w, self.page_h))
        c.saveState()
        if self.bars != "none":
            if self.bars == "green":
                c.setFillColorRGB(0.86, 0.95, 0.86)
            else:
                c.setFillGray(0.91)
            band = self.bar_lines * self.pitch
            y = self.top + self.pitch * 0.3
            k = 0
            while y - band > 0:
                if k % 2 == 0:
                    c.rect(38, y - band, self.page_w - 76, band, stroke=0, fill=1)
                y -= band
                k += 1
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.setDash(2, 2)
        for x in (36.0, self.page_w - 36):
            c.line(x, 0, x, self.page_h)
        c.setDash()
        c.setFillGray(0.55)
        c.setStrokeGray(0.35)
        y = self.page_h - HOLE_PITCH / 2
        while y > 0:
            for x in (18.0, self.page_w - 18):
                c.circle(x, y, 5.5, stroke=1, fill=1)
            y -= HOLE_PITCH
        c.restoreState()

    def draw_lines(self, lines: list[str]) -> None:
        c = self.c
        c.setFillGray(self.ink)
        c.setFont(self.face, self.size)
        y = self.top - self.size
        for line in lines:
            c.drawString(self.left, y, line)
            y -= self.pitch
        c.setFillGray(0)


def _ascii_upper(text: str) -> str:
    """Furniture as a host without umlauts prints it."""
    table = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS"})
    return text.upper().translate(table)


def _lg_wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for piece in [text]:
        words = piece.split(" ")
        cur = ""
        for word in words:
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        out.append(cur)
    return out


def _lg_value(f: F, caps: bool) -> str:
    return upper(f.value) if caps else f.value


def _lg_dots(fields: list[F], w: Extra11Wording, cols: int, caps: bool, indent: int,
             fill: str) -> list[str]:
    width = max(len(_label(w, f)) for f in fields) + 4
    width = max(width, 16)
    out = []
    for f in fields:
        head = " " * indent + (_label(w, f) + " ").ljust(width, fill) + ": "
        room = cols - len(head)
        parts = _lg_wrap(_lg_value(f, caps), room)
        out.append(head + parts[0])
        out += [" " * len(head) + p for p in parts[1:]]
    return out


def _lg_columns(fields: list[F], w: Extra11Wording, cols: int, caps: bool, indent: int
                ) -> list[str]:
    out: list[str] = []
    row: list[tuple[str, str, int]] = []
    used = indent

    def flush() -> None:
        if not row:
            return
        out.append(" " * indent + "".join(h.ljust(n) for h, _, n in row).rstrip())
        out.append(" " * indent + "".join(("-" * (n - 2)).ljust(n) for _, _, n in row).rstrip())
        out.append(" " * indent + "".join(v.ljust(n) for _, v, n in row).rstrip())
        out.append("")

    for f in fields:
        head, val = _label(w, f), _lg_value(f, caps)
        n = max(len(head), len(val)) + 2
        if n > cols - indent:
            val = val[: cols - indent - 2]
            n = cols - indent
        if used + n > cols:
            flush()
            row, used = [], indent
        row.append((head, val, n))
        used += n
    flush()
    return out


def _lg_header(lg: _Lg, w: Extra11Wording, job: str, program: str, day: str, time: str,
               n: int, office: str, title: str) -> list[str]:
    cols = lg.cols
    left = f"{w.word('system')}  {w.word('program')}: {program}  {w.word('job')}: {job}"
    right = f"{w.word('date')}: {day}  {w.word('time')}: {time}  {w.word('page')}: {n:04d}"
    if len(left) + len(right) + 2 > cols:
        first = [left, right.rjust(cols)]
    else:
        first = [left + right.rjust(cols - len(left))]
    return [*first, office.center(cols).rstrip(), title.center(cols).rstrip(),
            lg.rng.choice(("=", "=", "*")) * cols, ""]


def draw_legacy(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    landscape = rng.random() < 0.7 and not isinstance(record, Identity)
    cols = 132 if landscape else rng.choice((96, 100))
    lg = _Lg(pen, random.Random(rng.getrandbits(32)), landscape, cols)
    caps = rng.random() < 0.35
    day = _furniture_day(record, rng)
    day_s = f"{day.day:02d}.{day.month:02d}.{day.year}"
    time = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    job = f"{rng.choice(('J', 'JOB', 'E', 'T'))}{rng.randint(1000, 99999):05d}"
    program = f"{rng.choice(('EWM', 'PST', 'ZUL', 'AUS', 'REG'))}{rng.randint(100, 999)}"
    program += rng.choice(("", "B", "P", "L"))
    if isinstance(record, Identity):
        _lg_identity(pen, lg, record, s, rng, pages, w, (job, program, day_s, time))
        return
    doc = build_doc(record, s, rng, doc_type)
    office = (f"STANDESAMT {_ascii_upper(doc.city)}" if doc.certificate
              else f"STADT {_ascii_upper(doc.city)} - {_ascii_upper(doc.unit)}")
    mode = rng.choice(("dots", "columns", "dots")) if not doc.certificate else rng.choice(
        ("dots", "columns"))
    fill = rng.choice((".", ".", "_", " "))
    sep = rng.choice(("-", "-", "=", "*"))
    indent = rng.choice((0, 2, 4))
    body: list[list[str]] = []  # one chunk per section (a page may break between them)
    for sec in doc.sections:
        chunk = [f"{rng.choice(('', '** ', '>> '))}{w.section(sec.key)}".rstrip(), sep * cols]
        fields = _fields(sec.items)
        if mode == "dots" or sec.key == "tenants":
            chunk += _lg_dots(fields, w, cols, caps, indent, fill)
            chunk.append("")
        else:
            chunk += _lg_columns(fields, w, cols, caps, indent)
        body.append(chunk)
    tail: list[str] = [sep * cols]
    if doc.certificate:
        tail += [*_lg_wrap(w.word("certify"), cols), ""]
    records_read = sum(len(sec.items) for sec in doc.sections)
    tail.append(f"{w.word('records')}: {records_read:06d}   {w.word('user')}: "
                f"{rng.choice(('SB', 'STA', 'BA', 'OP'))}{rng.randint(10, 99)}")
    tail.append(w.word("end"))
    header_len = len(_lg_header(lg, w, job, program, day_s, time, 1, office, doc.title))
    total = header_len + sum(len(ch) for ch in body) + len(tail)
    if pages == 1 and total > lg.lines_per_page:
        lg.pitch = max(lg.size * 1.02, (lg.top - lg.bottom) / (total + 1))
        if total > lg.lines_per_page:
            lg.size = (lg.top - lg.bottom) / (total + 1) / 1.02
            lg.pitch = lg.size * 1.02
    split = len(body) if pages == 1 else max(1, len(body) // 2 + (len(body) % 2))
    chunks = [body[:split], body[split:]] if pages == 2 else [body]
    for n, part in enumerate(chunks, 1):
        if n > 1:
            pen.new_page()
        lg.paper()
        lines = _lg_header(lg, w, job, program, day_s, time, n, office, doc.title)
        lines += [ln for ch in part for ln in ch]
        if n < len(chunks):
            lines.append(w.word("cont"))
        else:
            lines += tail
        lg.draw_lines(lines)
        if doc.certificate and n == len(chunks):
            y = lg.top - lg.size - (len(lines) + 2) * lg.pitch
            cx = lg.page_w * rng.uniform(0.55, 0.7)
            _seal(pen, cx, max(y, 60), 28, 0.45)
            _signature(pen, cx + 50, max(y, 60) + 4, rng)


def _lg_identity(pen: Pen, lg: _Lg, r: Identity, s: Style, rng: random.Random, pages: int,
                 w: Extra11Wording, furn: tuple[str, str, str, str]) -> None:
    job, program, day_s, time = furn
    t = truth_fields(r)
    kind = ID_KINDS11["P" if r.document_code.startswith("P") else "I"][1]
    index_no = f"{rng.randint(1, 99):02d}-{rng.randint(100000, 999999)}"
    fields = [
        F("doc_kind", kind),
        F("doc_number", str(t["document_number"])),
        F("issuing_state", str(t["issuing_state"])),
        F("holder", f"{t['family_name']}, {t['given_names']}"),
        _date_f(s, "date_of_birth", r.person.dob),
        _date_f(s, "expiry_date", r.expiry),
    ]
    office = _ascii_upper(r.authority) or "BUERGERBUERO"
    lg.paper()
    lines = _lg_header(lg, w, job, program, day_s, time, 1, office,
                       w.title("identity_document"))
    lines.append(f"{w.word('index')}: {index_no}")
    lines += _lg_columns(fields, w, lg.cols, False, 0)
    lines.append("-" * lg.cols)
    lg.draw_lines(lines)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    y = lg.top - lg.size - len(lines) * lg.pitch - 10
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(0.95, 1.2), (y - 60) / h1, (lg.page_w - 120) / w1)
    cw, ch = _card_size(r, part, scale)
    x = 60 + rng.uniform(0, max(1.0, lg.page_w - 120 - cw))
    _draw_copy(pen, r, part, x, y, scale, style, random.Random(seed), True)
    lg.c.setFillGray(lg.ink)
    lg.c.setFont(lg.face, lg.size)
    lg.c.drawString(lg.left, max(y - ch - 20, 40), w.word("end"))
    if pages == 2:
        pen.new_page()
        lg.paper()
        head = _lg_header(lg, w, job, program, day_s, time, 2, office,
                          w.title("identity_document"))
        head.append(f"{w.word('index')}: {index_no}")
        lg.draw_lines(head)
        if card:
            y2 = lg.top - lg.size - len(head) * lg.pitch - 10
            _draw_copy(pen, r, "back", x, y2, scale, style, random.Random(seed), True)


# --- entry point ---------------------------------------------------------------------------------


def draw_extra11(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    """Draw one document of the ``photo`` or ``legacy`` layout; ``pages`` is what the plan
    asks for."""
    if s.layout == "legacy":
        draw_legacy(pen, record, s, rng, doc_type, pages)
    elif isinstance(record, Identity):
        draw_photo_identity(pen, record, rng, pages)
    else:
        draw_photo_form(pen, record, s, rng, doc_type, pages)
