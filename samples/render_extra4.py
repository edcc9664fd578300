"""The fourth extra pair of blind held-out layouts: ``comb`` and ``fax``.

``comb`` is a machine-readable pre-printed form with comb fields: every value is typed into a
row of boxes, one character per box, under a small numbered label; several fields share a row,
dates sit in day / month / year boxes, choices are boxes with a typed cross or a key number.
The form prints its boxes in a drop-out colour and carries corner marks, a form number with a
bar code, an instruction line and a page footer.

``fax`` is a document as a city's fax server receives it: a sending machine's header line on
every page, a cover sheet (a page of its own, or a block above the document), a slightly
skewed and stretched page with speckles and drop-outs. Applications are questionnaires whose
labels are questions with the answer after them; certificates are register printouts whose
lines join date and place; identity documents are a copy.

Both draw straight from the record with the wording of ``samples.wording_extra4``. Whoever tunes
extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples import fonts
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
from samples.identity import MM, draw_identity
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.render import NOTES
from samples.truth import truth_fields
from samples.wording_extra4 import (
    COMB_INSTRUCTIONS,
    DWELLING_WORDS,
    LANDLORD_ROLES,
    PURPOSE_ORDER,
    PURPOSE_WORDS,
    SEX_KEYS,
    SEX_ORDER,
    SEX_TABLES,
    Extra4Wording,
    format_extra4_date,
    nationality_word,
    sex_key_legend,
)

# --- fonts ---------------------------------------------------------------------------------------

_TTF: Final = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "LiberationMono-Bold.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
}

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
COMB_FACES: Final[tuple[FacePair, ...]] = (
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
)
FAX_FACES: Final[tuple[FacePair, ...]] = (
    (("", "Times-Roman"), ("", "Times-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
)
# Monospaced faces a comb form is typed with (every glyph has the same advance).
TYPE_FACES: Final = (("", "Courier"), ("LiberationMono", "Courier"),
                     ("DejaVuSansMono", "Courier"), ("", "Courier-Bold"),
                     ("LiberationMono-Bold", "Courier-Bold"))


@cache
def _ttf(name: str, fallback: str) -> str:
    """Register a TrueType face (``samples.fonts`` or ``_TTF``), else return ``fallback``."""
    if not name:
        return fallback
    if name in fonts.TTF_FILES:
        return fonts.font(name, fallback)
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    for root in fonts.FONT_DIRS:
        for path in sorted(root.rglob(_TTF[name])) if root.is_dir() else ():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # a broken font file must not stop the generator
                return fallback
            return name
    return fallback


def _faces(rng: random.Random, options: tuple[FacePair, ...]) -> Faces:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(options)
    regular, heavy = _ttf(reg, reg_fb), _ttf(bold, bold_fb)
    if (regular == reg_fb) != (heavy == bold_fb):  # never mix a TrueType and a fallback face
        regular, heavy = reg_fb, bold_fb
    return Faces(regular, heavy, False, "")


# --- layout-neutral content ----------------------------------------------------------------------

@dataclass(slots=True)
class Fld:
    """One field: a label with a value, a choice among options, or several lines."""

    key: str
    label: str
    value: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None
    lines: tuple[str, ...] = ()
    day: date | None = None  # a date field (typed into date boxes on a comb form)
    keyed: bool = False  # a key number in one box, explained by ``value``
    gapped: bool = False  # the typed spaces sit between box groups, not in boxes
    wide: bool = False  # a name or place: the comb may run across the whole row

    @property
    def text(self) -> str:
        if self.options:
            return self.options[self.chosen] if self.chosen is not None else ""
        return self.value


@dataclass(slots=True)
class Grp:
    key: str
    title: str
    fields: list[Fld]


@dataclass(slots=True)
class Doc:
    title: str
    issuer: str
    unit: str
    city: str
    groups: list[Grp]
    signed: date
    certificate: bool


def _words(s: Style) -> Extra4Wording:
    assert isinstance(s.words, Extra4Wording)
    return s.words


def _date_fld(s: Style, key: str, d: date) -> Fld:
    return Fld(key, _words(s)(key), s.date(d), day=d)


def _sex_fld(s: Style, key: str, code: str) -> Fld:
    label = _words(s)(key)
    if s.sex_mode == "choice":
        table = SEX_TABLES["word"]
        return Fld(key, label, options=tuple(table[c] for c in SEX_ORDER),
                   chosen=SEX_ORDER.index(code))
    if s.sex_mode == "key" and s.layout == "comb":
        return Fld(key, label, SEX_KEYS[code], keyed=True)
    return Fld(key, label, SEX_TABLES["capital" if s.sex_mode == "capital" else "word"][code])


def _address(s: Style, a: Address, line_key: str) -> list[Fld]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [Fld(line_key, w(line_key), a.line, wide=True)]
    if s.address_mode == "lines":
        return [Fld("street_line", w("street_line"), a.street_line, wide=True),
                Fld("city_line", w("city_line"), a.city_line, wide=True)]
    return [Fld("street", w("street"), a.street, wide=True),
            Fld("house_number", w("house_number"), a.number),
            Fld("postal_code", w("postal_code"), a.postal_code),
            Fld("city", w("city"), a.city, wide=True)]


def _person(s: Style, p: Person, rng: random.Random, nationality: bool = True,
            sex: bool = True, place: bool = True) -> list[Fld]:
    w = _words(s)
    fields = [Fld("family_name", w("family_name"), p.family, wide=True),
              Fld("given_names", w("given_names"), p.given, wide=True)]
    if rng.random() < 0.25:
        fields.reverse()
    fields.append(_date_fld(s, "date_of_birth", p.dob))
    if place:
        fields.append(Fld("place_of_birth", w("place_of_birth"), p.pob, wide=True))
    if sex:
        fields.append(_sex_fld(s, "sex", p.sex))
    if nationality:
        fields.append(Fld("nationality", w("nationality"),
                          nationality_word(p.nationality, s.nationality_mode), wide=True))
    return fields


def _choice(s: Style, key: str, options: tuple[str, ...], chosen: int | None,
            answers: tuple[str, ...] | None = None) -> Fld:
    """Boxes to tick, or (in the words mode) the chosen answer only."""
    label = _words(s)(key)
    if s.purpose_mode == "choice" or chosen is None:
        return Fld(key, label, options=options, chosen=chosen)
    return Fld(key, label, (answers or options)[chosen], wide=True)


ROLE_ANSWERS: Final = ("Ja, Eigentümer/in", "Nein, vom Eigentümer beauftragt")
UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro – Meldestelle", "Einwohnermeldeamt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro – Meldestelle", "Einwohnermeldeamt"),
    "geburtsurkunde": ("Standesamt – Urkundenstelle", "Standesamt"),
    "eheurkunde": ("Standesamt – Urkundenstelle", "Standesamt"),
    "sterbeurkunde": ("Standesamt – Urkundenstelle", "Standesamt"),
    "antrag_zulassung": ("Straßenverkehrsamt – Zulassungsstelle", "Kfz-Zulassungsbehörde"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Migration und Integration"),
    "identity_document": ("Bürgerbüro", "Zentrale Posteingangsstelle"),
}


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The groups of fields of a comb form or a questionnaire (not identity documents; the
    questionnaire is for the four applications only)."""
    w = _words(s)
    comb = s.layout == "comb"
    unit = rng.choice(UNITS[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Fld("birth_name", w("birth_name"), p.birth_name, wide=True))
            if rng.random() < 0.4:
                person.append(Fld("marital", w("marital"), record.marital))
            flat = [_date_fld(s, "move_in_date", record.move_in),
                    *_address(s, a, "address_line")]
            if record.dwelling or rng.random() < 0.5:
                chosen = None if record.dwelling is None else (
                    0 if record.dwelling == "main" else 1)
                flat.append(_choice(s, "dwelling", (DWELLING_WORDS["main"],
                                                    DWELLING_WORDS["secondary"]), chosen))
            groups = [Grp("person", w.section("person"), person),
                      Grp("new_dwelling", w.section("new_dwelling"), flat)]
            if record.previous:
                groups.append(Grp("previous", w.section("previous"), [
                    Fld("previous_address", w("previous_address"), record.previous, wide=True)]))
            if record.phone:
                groups.append(Grp("contact", w.section("contact"), [
                    Fld("phone", w("phone"), record.phone)]))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Wohnungsgeber():
            a = record.address
            landlord = Grp("landlord", w.section("landlord"), [
                Fld("landlord_name", w("landlord_name"), record.landlord_name, wide=True),
                Fld("landlord_address", w("landlord_address"), record.landlord_address.line,
                    wide=True),
                _choice(s, "landlord_role", LANDLORD_ROLES,
                        0 if record.landlord_is_owner else 1,
                        None if comb else ROLE_ANSWERS)])
            flat_grp = Grp("flat", w.section("flat"), [
                _date_fld(s, "wg_move_in", record.move_in), *_address(s, a, "flat")])
            if comb:
                tenants = [Fld("tenant_each", f"{w('tenant_each')} {k}", t, wide=True)
                           for k, t in enumerate(record.tenants, 1)]
            else:
                tenants = [Fld("tenant_names", w("tenant_names"), lines=record.tenants)]
            groups = [landlord, flat_grp, Grp("tenants", w.section("tenants"), tenants)]
            if rng.random() < 0.4:
                groups = [flat_grp, groups[2], landlord]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Geburt():
            c = record.child
            child = [Fld("child_family", w("child_family"), c.family, wide=True),
                     Fld("child_given", w("child_given"), c.given, wide=True),
                     _sex_fld(s, "child_sex", c.sex), _date_fld(s, "child_dob", c.dob),
                     Fld("birth_time", w("birth_time"), record.birth_time),
                     Fld("child_pob", w("child_pob"), c.pob, wide=True)]
            parents = [Fld("mother_name", w("mother_name"), record.mother, wide=True)]
            if record.father:
                parents.append(Fld("father_name", w("father_name"), record.father, wide=True))
            groups = [Grp("child", w.section("child"), child),
                      Grp("parents", w.section("parents"), parents),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Ehe():
            marriage = Grp("marriage", w.section("marriage"), [
                _date_fld(s, "marriage_date", record.marriage_date),
                Fld("marriage_place", w("marriage_place"), record.marriage_place, wide=True)])
            base = w("spouse")
            spouses = [Grp("spouse", f"{base} {k}", _reg_person(s, sp))
                       for k, sp in enumerate((record.spouse1, record.spouse2), 1)]
            register = _register(s, record.office, record.register, record.issue)
            groups = ([register, marriage, *spouses] if rng.random() < 0.4
                      else [*spouses, marriage, register])
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Sterbe():
            deceased = _reg_person(s, record.person)
            if rng.random() < 0.5:
                deceased.append(Fld("last_residence", w("last_residence"),
                                    record.last_residence, wide=True))
            death = [_date_fld(s, "date_of_death", record.date_of_death),
                     Fld("place_of_death", w("place_of_death"), record.place_of_death,
                         wide=True)]
            groups = [Grp("deceased", w.section("deceased"), deceased),
                      Grp("death", w.section("death"), death),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, nationality=False, sex=False, place=False)
            address = _address(s, a, "address_line" if comb else "holder_line")
            groups = [Grp("holder", w.section("holder"), holder),
                      Grp("address", w.section("address"), address)]
            vehicle = [Fld("make", w("make"), record.make, wide=True),
                       Fld("model", w("model"), record.model, wide=True),
                       Fld("vin", w("vin"), record.vin),
                       Fld("evb_number", w("evb_number"), record.evb)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(Fld("desired_plate", w("desired_plate"), plate))
            grouped = rng.random() < 0.6
            iban = group_iban(record.iban) if grouped else record.iban
            sepa = [Fld("account_holder", w("account_holder"), record.account_holder,
                        wide=True),
                    Fld("iban", w("iban"), iban, gapped=grouped),
                    Fld("bic", w("bic"), record.bic), Fld("bank", w("bank"), record.bank,
                                                          wide=True)]
            groups += [Grp("vehicle", w.section("vehicle"), vehicle),
                       Grp("sepa", w.section("sepa"), sepa)]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.6)
            k = PURPOSE_ORDER.index(record.purpose)
            purpose = _choice(s, "purpose", tuple(PURPOSE_WORDS[x][0] for x in PURPOSE_ORDER),
                              k, tuple(PURPOSE_WORDS[x][0 if comb else 1]
                                       for x in PURPOSE_ORDER))
            stay = [Fld("passport_number", w("passport_number"), record.passport_number),
                    _date_fld(s, "passport_expiry_date", record.passport_expiry),
                    _date_fld(s, "entry_date", record.entry), purpose]
            groups = [Grp("person", w.section("person"), person),
                      Grp("passport", w.section("passport"), stay),
                      Grp("residence", w.section("residence"),
                          _address(s, a, "address_line" if comb else "residence_line"))]
            if rng.random() < 0.5:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
    raise TypeError(type(record))


def _register(s: Style, office: str, register: str, issue: date) -> Grp:
    w = _words(s)
    return Grp("register", w.section("register"), [
        Fld("registry_office", w("registry_office"), f"Standesamt {office}", wide=True),
        Fld("register_number", w("register_number"), register),
        _date_fld(s, "issue_date", issue)])


def _reg_person(s: Style, p: Person) -> list[Fld]:
    w = _words(s)
    return [Fld("reg_family", w("reg_family"), p.family, wide=True),
            Fld("reg_given", w("reg_given"), p.given, wide=True),
            _date_fld(s, "reg_dob", p.dob), Fld("reg_pob", w("reg_pob"), p.pob, wide=True)]


# --- shared drawing helpers ----------------------------------------------------------------------

Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    """Something drawn with its top at a given y; ``group`` is the field group it belongs to."""

    height: float
    draw: Draw
    group: int = -1
    heading: bool = False  # keep with the next block


def paginate(blocks: list[Block], first_top: float, other_top: float, bottom: float,
             gap: float, break_group: int | None) -> list[list[tuple[Block, float]]]:
    """Blocks with their top y, page by page; a page breaks before ``break_group``."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = first_top
    for k, b in enumerate(blocks):
        need = b.height
        if b.heading and k + 1 < len(blocks):
            need += gap + blocks[k + 1].height
        forced = (break_group is not None and b.group == break_group and len(pages) == 1
                  and (k == 0 or blocks[k - 1].group != break_group))
        if pages[-1] and (forced or y - need < bottom):
            pages.append([])
            y = other_top
        pages[-1].append((b, y))
        y -= b.height + gap
    return pages


def total_height(blocks: list[Block], gap: float) -> float:
    return sum(b.height for b in blocks) + gap * max(0, len(blocks) - 1)


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(s, font, size, width)) or [""]


def _signature(pen: Pen, x: float, y: float, rng: random.Random) -> None:
    """A hand-written signature: a few connected loops."""
    c = pen.c
    c.saveState()
    c.setLineWidth(rng.uniform(0.6, 1.1))
    c.setStrokeColorRGB(0.1, 0.12, rng.uniform(0.25, 0.55))
    path = c.beginPath()
    path.moveTo(x, y)
    cx, cy = x, y
    for _ in range(rng.randint(4, 7)):
        dx = rng.uniform(9, 22)
        path.curveTo(cx + dx * 0.3, cy + rng.uniform(6, 14), cx + dx * 0.7,
                     cy - rng.uniform(4, 9), cx + dx, cy + rng.uniform(-3, 3))
        cx, cy = cx + dx, cy + rng.uniform(-2, 2)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _truth_dates(record: Record) -> set[date]:
    out = set()
    for value in truth_fields(record).values():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            out.add(date.fromisoformat(value))
    return out


def other_day(record: Record, anchor: date, rng: random.Random, most: int = 9) -> date:
    """A day soon after ``anchor`` that is none of the truth's dates."""
    taken = _truth_dates(record)
    day = anchor + timedelta(days=rng.randint(0, most))
    while day in taken:
        day += timedelta(days=1)
    return day


def _identity_bottoms(r: Identity, rng: random.Random, pages: int) -> tuple[float, float]:
    """Where ``draw_identity`` will end on its first and on its last page. It draws with the
    next three numbers of ``rng``; a copy of the generator tells them without using them."""
    peek = random.Random()
    peek.setstate(rng.getstate())
    card = r.mrz_format == "TD1"
    scale = peek.uniform(1.45, 1.75) if card else peek.uniform(1.05, 1.3)
    peek.uniform(-10, 10)
    top = PAGE_H - peek.uniform(60, 110)
    if not card:
        bottom = top - 88 * MM * scale
        return bottom, bottom
    h = 54 * MM * scale
    if pages == 2:
        return top - h - 14 * scale, top - h
    bottom = top - 2 * h - 14 * scale
    return bottom, bottom


def _seal(pen: Pen, cx: float, cy: float, r: float, gray: float) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeGray(gray)
    c.setLineWidth(0.8)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.72, stroke=1, fill=0)
    for k in range(24):
        a = 2 * math.pi * k / 24
        c.line(cx + r * 0.76 * math.cos(a), cy + r * 0.76 * math.sin(a),
               cx + r * 0.96 * math.cos(a), cy + r * 0.96 * math.sin(a))
    c.restoreState()


# --- comb: a machine-readable form with one box per character ------------------------------------

TINTS: Final = ((0.86, 0.36, 0.30), (0.30, 0.56, 0.36), (0.26, 0.42, 0.72),
                (0.50, 0.50, 0.50), (0.90, 0.52, 0.16))
FORM_NUMBERS: Final = ("{a} {n}/{y}", "Vordr. {a}-{n} ({m}/{y})", "Form {n}{b} – {a}")


class _Cb:
    """Per-document habits of the ``comb`` layout (sizes can shrink to fit one page)."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.pitch = rng.choice((11.5, 12.0, 12.5, 13.0, 13.5, 14.0))
        self.box_ratio = rng.uniform(1.15, 1.4)
        self.type_face = _ttf(*rng.choice(TYPE_FACES))
        self.type_ratio = rng.uniform(0.8, 0.92)
        self.label_size = rng.choice((6.5, 7.0, 7.5))
        self.tint = rng.choice(TINTS)
        self.ink = tuple(v * rng.uniform(0.35, 0.55) for v in self.tint)
        self.boxes = rng.choice(("cells", "comb", "tinted", "cells"))
        self.numbers = rng.choice(("plain", "zero", "dot", "square"))
        self.full = rng.uniform(0.3, 0.8)  # how often a name's comb runs across the row
        self.slack = rng.randint(2, 6)
        self.row_gap = rng.choice((5.0, 6.0, 8.0))
        self.band = rng.random() < 0.55
        self.corner = rng.uniform(6.0, 9.0)
        self.number = 0

    @property
    def box_h(self) -> float:
        return self.pitch * self.box_ratio

    @property
    def type_size(self) -> float:
        return self.pitch * self.type_ratio

    @property
    def capacity(self) -> int:
        return int(self.pen.width // self.pitch)

    def shrink(self) -> bool:
        if self.row_gap > 3.0:
            self.row_gap -= 1.0
        elif self.box_ratio > 1.12:
            self.box_ratio = max(1.1, self.box_ratio - 0.08)
        elif self.pitch > 10.5:
            self.pitch -= 0.5
        elif self.label_size > 6.0:
            self.label_size -= 0.5
        else:
            return False
        return True

    def colour(self, light: float = 0.0) -> tuple[float, float, float]:
        r, g, b = self.tint
        return (r + (1 - r) * light, g + (1 - g) * light, b + (1 - b) * light)


def _ink_text(cb: _Cb, x: float, y: float, s: str, size: float, bold: bool = False) -> float:
    pen = cb.pen
    pen.c.setFillColorRGB(*cb.ink)
    end = pen.text(x, y, s, size, bold=bold)
    pen.c.setFillGray(0)
    return end


def _number(cb: _Cb) -> str:
    cb.number += 1
    n = cb.number
    return {"plain": str(n), "zero": f"{n:02d}", "dot": f"{n}.", "square": str(n)}[cb.numbers]


def _draw_label(cb: _Cb, x: float, top: float, label: str) -> None:
    pen = cb.pen
    size = cb.label_size
    base = top - size
    number = _number(cb)
    if cb.numbers == "square":
        w = pen.measure(number, size - 0.5, bold=True) + 3
        pen.c.setFillColorRGB(*cb.ink)
        pen.c.rect(x, base - 1.5, w, size + 1.5, stroke=0, fill=1)
        pen.c.setFillGray(1)
        pen.text(x + 1.5, base, number, size - 0.5, bold=True)
        pen.c.setFillGray(0)
        x += w + 3
    else:
        x = _ink_text(cb, x, base, number, size, bold=True) + 3
    _ink_text(cb, x, base, label, size)


def _label_width(cb: _Cb, label: str) -> float:
    return cb.pen.measure(f"{cb.number + 99}. {label}", cb.label_size, bold=True) + 6


def _cells_row(cb: _Cb, x: float, bottom: float, boxed: list[bool]) -> None:
    """One comb line: a box per ``True`` cell, nothing where a typed gap or dot goes."""
    c = cb.pen.c
    p, h = cb.pitch, cb.box_h
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*cb.colour())
    if cb.boxes == "tinted":
        c.setFillColorRGB(*cb.colour(0.82))
        c.setStrokeGray(1)
    runs: list[tuple[int, int]] = []
    for i, on in enumerate(boxed):
        if on and runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        elif on:
            runs.append((i, i + 1))
    for a, b in runs:
        x0, x1 = x + a * p, x + b * p
        if cb.boxes == "cells":
            for i in range(a, b):
                c.rect(x + i * p, bottom, p, h, stroke=1, fill=0)
        elif cb.boxes == "comb":
            c.line(x0, bottom, x1, bottom)
            for i in range(a, b + 1):
                tick = h if i in (a, b) else h * 0.42
                c.line(x + i * p, bottom, x + i * p, bottom + tick)
        else:
            c.rect(x0, bottom, x1 - x0, h, stroke=0, fill=1)
            c.setLineWidth(1.2)
            for i in range(a + 1, b):
                c.line(x + i * p, bottom, x + i * p, bottom + h)
    c.restoreState()


def _type(cb: _Cb, x: float, bottom: float, s: str) -> None:
    """Typed characters, one per cell, as one string spaced by the character spacing."""
    pen = cb.pen
    size = cb.type_size
    adv = pen.measure("M", size, font=cb.type_face)
    pen.c.setFont(cb.type_face, size)
    pen.c.setFillGray(0.05)
    base = bottom + (cb.box_h - size * 0.62) / 2
    pen.c.drawString(x + (cb.pitch - adv) / 2, base, s, charSpace=cb.pitch - adv)
    pen.c.setFillGray(0)


def _comb_lines(cb: _Cb, f: Fld, rng: random.Random) -> tuple[list[str], int]:
    """The typed lines of a text field and the cells per line."""
    value = f.value
    cap = cb.capacity
    fixed = {"postal_code": 5, "house_number": 5, "evb_number": 7, "vin": 17,
             "birth_time": 5, "register_number": 12, "bic": 11}
    if f.day is not None:
        return [value], 10
    if f.key in fixed:
        return [value], max(fixed[f.key], len(value))
    if len(value) <= cap:
        if f.wide and rng.random() < cb.full:
            return [value], cap
        return [value], min(cap, max(len(value) + cb.slack, 8))
    lines: list[str] = []
    for word in value.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= cap:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines, cap


@dataclass(slots=True)
class _Slot:
    f: Fld
    width: float
    height: float
    lines: list[str] = field(default_factory=list)
    cells: int = 0
    option_rows: list[list[int]] = field(default_factory=list)


def _option_w(cb: _Cb, option: str) -> float:
    return cb.pitch + 4 + cb.pen.measure(option, cb.label_size + 1) + 10


def _slot(cb: _Cb, f: Fld, rng: random.Random) -> _Slot:
    label_h = cb.label_size + 3
    if f.options:
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, option in enumerate(f.options):
            w = _option_w(cb, option)
            if rows[-1] and used + w > cb.pen.width:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += w
        width = max(sum(_option_w(cb, f.options[i]) for i in r) for r in rows)
        width = max(width, _label_width(cb, f.label))
        return _Slot(f, width, label_h + len(rows) * (cb.box_h + 2) + 1, option_rows=rows)
    if f.keyed:
        legend = f"({sex_key_legend()})"
        width = cb.pitch + 6 + cb.pen.measure(legend, cb.label_size + 0.5)
        return _Slot(f, max(width, _label_width(cb, f.label)), label_h + cb.box_h, [f.value], 1)
    lines, cells = _comb_lines(cb, f, rng)
    width = max(cells * cb.pitch, _label_width(cb, f.label))
    height = label_h + len(lines) * cb.box_h + (len(lines) - 1) * 3
    return _Slot(f, min(width, cb.pen.width), height, lines, cells)


def _draw_slot(cb: _Cb, slot: _Slot, x: float, top: float) -> None:
    pen = cb.pen
    f = slot.f
    _draw_label(cb, x, top, f.label)
    y = top - cb.label_size - 3
    if f.options:
        for row in slot.option_rows:
            bottom = y - cb.box_h - 1
            cx = x
            for i in row:
                side = cb.pitch
                _cells_row(cb, cx, bottom, [True])
                if i == f.chosen:
                    _type(cb, cx, bottom, "X")
                _ink_text(cb, cx + side + 4, bottom + cb.box_h * 0.3, f.options[i],
                          cb.label_size + 1)
                cx += _option_w(cb, f.options[i])
            y -= cb.box_h + 2
        return
    if f.keyed:
        bottom = y - cb.box_h
        _cells_row(cb, x, bottom, [True])
        _type(cb, x, bottom, f.value)
        _ink_text(cb, x + cb.pitch + 6, bottom + cb.box_h * 0.3, f"({sex_key_legend()})",
                  cb.label_size + 0.5)
        return
    for line in slot.lines:
        bottom = y - cb.box_h
        boxed = [True] * slot.cells
        if f.day is not None or f.gapped:
            for i, ch in enumerate(line):
                if ch in " ." and i < len(boxed):
                    boxed[i] = False
        _cells_row(cb, x, bottom, boxed)
        if f.day is not None and " " in line:  # printed dots between the box groups
            pen.c.setFillColorRGB(*cb.colour())
            for i, ch in enumerate(line):
                if ch == " ":
                    pen.c.circle(x + (i + 0.5) * cb.pitch, bottom + 2.2, 0.9, stroke=0, fill=1)
            pen.c.setFillGray(0)
        _type(cb, x, bottom, line)
        y -= cb.box_h + 3


def _cb_rows(cb: _Cb, fields: list[Fld], group: int, seed: int) -> list[Block]:
    """Fields packed into rows of comb slots."""
    rng = random.Random(seed)  # the same choices at every size
    slots = [_slot(cb, f, rng) for f in fields]
    gap = max(cb.pitch, 10.0)
    rows: list[list[_Slot]] = [[]]
    used = 0.0
    for slot in slots:
        need = slot.width + (gap if rows[-1] else 0)
        if rows[-1] and used + need > cb.pen.width:
            rows.append([])
            used = 0.0
            need = slot.width
        rows[-1].append(slot)
        used += need
    out = []
    for row in rows:
        height = max(s.height for s in row) + cb.row_gap

        def draw(top: float, row: list[_Slot] = row) -> None:
            x = cb.pen.left
            for s in row:
                _draw_slot(cb, s, x, top)
                x += s.width + gap
        out.append(Block(height, draw, group))
    return out


def _cb_heading(cb: _Cb, title: str, group: int) -> Block:
    pen = cb.pen
    size = cb.label_size + 2.5
    height = size + 8

    def draw(top: float) -> None:
        if cb.band:
            pen.c.setFillColorRGB(*cb.colour(0.8))
            pen.c.rect(pen.left, top - height + 2, pen.width, height - 2, stroke=0, fill=1)
            pen.c.setFillGray(0)
        else:
            pen.c.saveState()
            pen.c.setStrokeColorRGB(*cb.colour())
            pen.c.setLineWidth(1.2)
            pen.c.line(pen.left, top - height + 2, pen.right, top - height + 2)
            pen.c.restoreState()
        _ink_text(cb, pen.left + 4, top - size - 2, title, size, bold=True)
    return Block(height, draw, group, heading=True)


def _barcode(pen: Pen, x: float, bottom: float, w: float, h: float, seed: int) -> None:
    rng = random.Random(seed)
    c = pen.c
    cx = x
    while cx < x + w - 3:
        bar = rng.choice((0.6, 0.6, 1.2, 1.8))
        c.rect(cx, bottom, bar, h, stroke=0, fill=1)
        cx += bar + rng.choice((0.6, 1.2, 1.8))


@dataclass(slots=True)
class _CbHead:
    form_no: str
    digits: str
    bar_seed: int
    instruction: str


def _cb_head(rng: random.Random, doc_type: str) -> _CbHead:
    code = {"anmeldung": "MA", "wohnungsgeberbestaetigung": "MW", "geburtsurkunde": "PG",
            "eheurkunde": "PE", "sterbeurkunde": "PS", "antrag_zulassung": "ZL",
            "aufenthaltstitel_antrag": "AT", "identity_document": "AK"}[doc_type]
    form_no = rng.choice(FORM_NUMBERS).format(
        a=code, n=rng.randint(100, 989), b=rng.choice("abcd"), m=rng.randint(1, 12),
        y=rng.randint(2019, 2025))
    digits = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(3))
    return _CbHead(form_no, digits, rng.getrandbits(32), rng.choice(COMB_INSTRUCTIONS))


def _cb_furniture(cb: _Cb, head: _CbHead, page: int, pages: int) -> None:
    """Corner marks and the footer of every page."""
    pen = cb.pen
    c = pen.c
    s = cb.corner
    for x, y in ((18, PAGE_H - 18 - s), (PAGE_W - 18 - s, PAGE_H - 18 - s), (18, 18),
                 (PAGE_W - 18 - s, 18)):
        c.rect(x, y, s, s, stroke=0, fill=1)
    _ink_text(cb, pen.left, 30, head.form_no, 6.5)
    c.setFillColorRGB(*cb.ink)
    c.setFont(pen.faces.regular, 6.5)
    c.drawRightString(pen.right, 30, f"Seite {page} von {pages}")
    c.setFillGray(0)


def _cb_header(cb: _Cb, head: _CbHead, doc: Doc) -> Block:
    pen = cb.pen
    title_size = 13.0
    lines = _wrap(doc.title, pen.faces.bold, title_size, pen.width - 150)
    height = 40 + len(lines) * (title_size + 3) + 14

    def draw(top: float) -> None:
        pen.text(pen.left, top - 10, doc.issuer, 10, bold=True)
        _ink_text(cb, pen.left, top - 21, doc.unit, 8)
        bx = pen.right - 130
        pen.c.setFillGray(0)
        _barcode(pen, bx, top - 26, 130, 22, head.bar_seed)
        pen.text(bx, top - 34, head.digits, 7, font=cb.type_face)
        y = top - 40
        for line in lines:
            y -= title_size + 3
            pen.text(pen.left, y, line, title_size, bold=True)
        _ink_text(cb, pen.left, y - 12, head.instruction, cb.label_size + 0.5)
    return Block(height, draw)


def _cb_closing(cb: _Cb, doc: Doc, s: Style, seed: int) -> Block:
    pen = cb.pen
    rng = random.Random(seed)
    w = _words(s)
    place = Fld("signed", w("signed"), doc.city)
    place_slot = _slot(cb, place, rng)
    place_slot.lines, place_slot.cells = [doc.city], max(len(doc.city) + 2, 14)
    place_slot.width = max(place_slot.cells * cb.pitch, place_slot.width)
    date_x = pen.left + place_slot.width + cb.pitch
    date_end = date_x + 10 * cb.pitch
    sign_w = 170.0 + (70.0 if doc.certificate else 0.0)
    below = date_end + 20 + sign_w > pen.right  # no room beside: sign on the next line
    comb_h = place_slot.height
    height = comb_h + (52 if below else 40)

    def draw(top: float) -> None:
        _draw_slot(cb, place_slot, pen.left, top)
        y = top - cb.label_size - 3 - cb.box_h
        line = format_extra4_date(doc.signed, s.date_style)
        _cells_row(cb, date_x, y, [ch not in " ." for ch in line])
        _type(cb, date_x, y, line)
        sx = pen.right - sign_w
        stop = top - comb_h - 30 if below else top - 32
        if doc.certificate:
            _seal(pen, sx + 30, stop + 6, 22, 0.45)
            sx += 70
        _signature(pen, sx + 10, stop + 8, rng)
        pen.c.saveState()
        pen.c.setStrokeColorRGB(*cb.colour())
        pen.c.setLineWidth(0.6)
        pen.c.line(sx, stop, pen.right, stop)
        pen.c.restoreState()
        _ink_text(cb, sx, stop - cb.label_size - 2, w("signature"), cb.label_size)
    return Block(height, draw)


def _cb_office(cb: _Cb, s: Style) -> Block:
    pen = cb.pen
    w = _words(s)
    height = cb.label_size + 8 + cb.box_h + 10

    def draw(top: float) -> None:
        pen.c.saveState()
        pen.c.setFillColorRGB(*cb.colour(0.88))
        pen.c.rect(pen.left, top - height, pen.width, height, stroke=0, fill=1)
        pen.c.restoreState()
        _ink_text(cb, pen.left + 4, top - cb.label_size - 3, w("office_use"), cb.label_size,
                  bold=True)
        x = pen.left + 4
        label = w("case_ref")
        _ink_text(cb, x, top - cb.label_size * 2 - 8, label, cb.label_size)
        x += pen.measure(label, cb.label_size) + 6
        _cells_row(cb, x, top - height + 5, [True] * 12)
    return Block(height, draw)


def draw_comb(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
              two: bool) -> None:
    """One document of the ``comb`` layout (not identity documents)."""
    cb = _Cb(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    head = _cb_head(rng, doc_type)
    seeds = [rng.getrandbits(32) for _ in doc.groups]
    closing_seed = rng.getrandbits(32)
    office = not doc.certificate and rng.random() < 0.7
    first_top, other_top, bottom = PAGE_H - 40, PAGE_H - 44, 44.0
    break_group = len(doc.groups) - 1 if two and len(doc.groups) >= 2 else None

    def blocks() -> list[Block]:
        cb.number = 0
        out = [_cb_header(cb, head, doc)]
        for k, grp in enumerate(doc.groups):
            out.append(_cb_heading(cb, grp.title, k))
            out += _cb_rows(cb, grp.fields, k, seeds[k])
        out.append(_cb_closing(cb, doc, s, closing_seed))
        if office:
            out.append(_cb_office(cb, s))
        return out

    gap = 4.0
    laid = blocks()
    while not two and total_height(laid, gap) > first_top - bottom and cb.shrink():
        laid = blocks()
    pages = paginate(laid, first_top, other_top, bottom, gap, break_group)
    total = len(pages) + (1 if two and len(pages) == 1 else 0)
    cb.number = 0
    for n, page in enumerate(pages, 1):
        if n > 1:
            pen.new_page()
        _cb_furniture(cb, head, n, total)
        for block, top in page:
            block.draw(top)
    if total > len(pages):
        pen.new_page()
        _cb_furniture(cb, head, total, total)
        _cb_notes(cb)


def _cb_notes(cb: _Cb) -> None:
    """The printed notes on the back of the form."""
    pen = cb.pen
    y = PAGE_H - 70
    _ink_text(cb, pen.left, y, "Ausfüllhinweise", 12, bold=True)
    y -= 22
    for paragraph in NOTES:
        for line in _wrap(paragraph, pen.faces.regular, 9, pen.width):
            _ink_text(cb, pen.left, y, line, 9)
            y -= 12
        y -= 8


def _identity_comb(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int,
                   two: bool) -> None:
    cb = _Cb(pen, rng)
    head = _cb_head(rng, "identity_document")
    w = _words(s)
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    copied = other_day(r, anchor, rng)
    case_ref = f"{rng.randint(10, 99)}-{rng.randint(1000, 99999)}"
    fields = [Fld("case_ref", w("case_ref"), case_ref),
              Fld("copy_date", w("copy_date"), format_extra4_date(copied, "dotted"),
                  day=copied)]
    rows = _cb_rows(cb, fields, 0, rng.getrandbits(32))
    total = 2 if two else 1
    turns = r.mrz_format == "TD1" and pages == 2  # front on page 1, back on page 2
    first, last = _identity_bottoms(r, rng, pages)  # just before draw_identity uses ``rng``
    need = sum(b.height for b in rows)
    shift = 0.0 if turns else min(58.0, max(0.0, first - 60 - need))
    _cb_furniture(cb, head, 1, total)
    pen.text(pen.left, PAGE_H - 40, f"Stadt {city}", 10, bold=True)
    _barcode(pen, pen.right - 130, PAGE_H - 64, 130, 22, head.bar_seed)
    pen.text(pen.right - 130, PAGE_H - 72, head.digits, 7, font=cb.type_face)
    if turns:
        draw_identity(pen, r, rng, "comb", pages, title)
        _cb_furniture(cb, head, 2, total)
    else:
        pen.c.saveState()
        pen.c.translate(0, -shift)
        draw_identity(pen, r, rng, "comb", pages, title)
        pen.c.restoreState()
    y = (last if turns else first - shift) - 24
    if y - need > 44:
        for block in rows:
            block.draw(y)
            y -= block.height
    if two and pen.pages == 1:
        pen.new_page()
        _cb_furniture(cb, head, 2, 2)
        _cb_notes(cb)


# --- fax: a questionnaire, register printout or copy as a fax server receives it -----------------

SENDERS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("{person}", "Relocation Service Rhein-Ruhr GmbH", "Copy-Shop am Hauptbahnhof"),
    "wohnungsgeberbestaetigung": ("{landlord}",),
    "geburtsurkunde": ("Standesamt {office}", "Kanzlei Dr. Brandt & Partner"),
    "eheurkunde": ("Standesamt {office}", "Kanzlei Dr. Brandt & Partner"),
    "sterbeurkunde": ("Standesamt {office}", "Bestattungshaus Lindemann", "Pietät Kortmann GmbH"),
    "antrag_zulassung": ("Autohaus Brinkmann GmbH", "Zulassungsdienst Westfalen", "{person}"),
    "aufenthaltstitel_antrag": ("Rechtsanwältin S. Yilmaz", "Migrationsberatung der Caritas",
                                "Personalabteilung Ruhrmetall GmbH"),
    "identity_document": ("{person}", "Personalabteilung Ruhrmetall GmbH"),
}
MON_EN: Final = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                 "DEC")
COVER_TITLES: Final = ("TELEFAX", "Telefax", "Fax-Nachricht", "FAX")
COVER_NOTES: Final = (
    "Diese Nachricht ist vertraulich. Sollten Sie sie irrtümlich erhalten haben, "
    "benachrichtigen Sie uns bitte und vernichten Sie die Unterlagen.",
    "Falls Sie nicht alle Seiten erhalten haben, rufen Sie bitte unter der oben genannten "
    "Nummer an.",
)
COVER_MESSAGES: Final = (
    "Sehr geehrte Damen und Herren, anbei erhalten Sie die Unterlagen vorab per Fax. "
    "Das Original folgt mit der Post. Mit freundlichen Grüßen",
    "Sehr geehrte Damen und Herren, wie telefonisch besprochen übersende ich Ihnen die "
    "ausgefüllten Unterlagen. Mit freundlichen Grüßen",
    "Zur weiteren Bearbeitung. Bitte bestätigen Sie kurz den Eingang. Danke!",
)


def _fax_number(rng: random.Random, area: str) -> str:
    number = f"{rng.randint(100, 999)}{rng.randint(10, 99)}"
    ext = f"{rng.randint(10, 999)}"
    return rng.choice((f"{area}/{number}-{ext}", f"({area}) {number}{ext}",
                       f"+49 {area[1:]} {number} {ext}"))


AREAS: Final = {"Bochum": "0234", "Essen": "0201", "Dortmund": "0231", "Gelsenkirchen": "0209",
                "Herne": "02323", "Bottrop": "02041", "Hattingen": "02324"}


@dataclass(slots=True)
class _FxSend:
    sender: str
    sender_fax: str
    recipient: str
    recipient_fax: str
    sent: date
    time: tuple[int, int]
    header: int  # which header line format
    job: int


class _Fx:
    """Per-document habits of the ``fax`` layout (sizes can shrink to fit the page)."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.size = rng.choice((9.5, 10.0, 10.5, 11.0))
        self.lead = rng.uniform(1.25, 1.45)
        self.answer_face = rng.choice((pen.faces.regular, pen.faces.bold,
                                       _ttf("", "Courier"), _ttf("LiberationMono", "Courier")))
        self.mode = rng.choice(("below", "inline", "dotted", "below"))
        self.numbering = rng.choice(("{n}.", "Frage {n}:", "{n})", "({n})"))
        self.prefix = rng.choice(("", "", "Antwort: ", "» "))
        self.indent = rng.choice((14.0, 20.0, 28.0))
        self.qgap = rng.choice((4.0, 6.0, 8.0))
        self.tab = rng.uniform(0.48, 0.58)
        self.render = 2 if rng.random() < 0.6 else 0  # fill and stroke: blotted glyphs
        self.stroke = rng.uniform(0.12, 0.3)
        self.angle = rng.uniform(-0.6, 0.6)
        self.sx = rng.uniform(0.97, 1.0)
        self.sy = rng.uniform(1.0, 1.02)
        self.head_face = rng.choice((_ttf("", "Courier"), pen.faces.regular,
                                     _ttf("DejaVuSansMono", "Courier")))
        self.noise_seed = rng.getrandbits(32)
        self.label_w = rng.uniform(130, 175)

    def shrink(self) -> bool:
        if self.qgap > 2.0:
            self.qgap -= 2.0
        elif self.lead > 1.18:
            self.lead = max(1.15, self.lead - 0.08)
        elif self.size > 8.5:
            self.size -= 0.5
        else:
            return False
        return True

    @property
    def line_h(self) -> float:
        return self.size * self.lead


def _ft(fx: _Fx, x: float, y: float, s: str, size: float, bold: bool = False,
        font: str | None = None) -> float:
    """Text as the fax prints it (glyphs a little blotted)."""
    pen = fx.pen
    name = font or pen.face(bold)
    pen.c.setFont(name, size)
    pen.c.setLineWidth(fx.stroke)
    pen.c.drawString(x, y, s, mode=fx.render)
    return x + pen.measure(s, size, font=name)


def _fx_send(record: Record, rng: random.Random, doc_type: str, city: str, anchor: date,
             person: str) -> _FxSend:
    sender = rng.choice(SENDERS[doc_type])
    office = getattr(record, "office", city)
    landlord = getattr(record, "landlord_name", person)
    sender = sender.format(person=person, office=office, landlord=landlord)
    area = AREAS.get(city, rng.choice(tuple(AREAS.values())))
    other = rng.choice(tuple(AREAS.values()))
    unit = rng.choice(UNITS[doc_type])
    return _FxSend(sender, _fax_number(rng, other), f"Stadt {city} – {unit}",
                   _fax_number(rng, area), other_day(record, anchor, rng, 6),
                   (rng.randint(7, 19), rng.randint(0, 59)), rng.randrange(3),
                   rng.randint(100, 999))


def _fx_header_line(send: _FxSend, page: int, pages: int) -> str:
    d, (hh, mm) = send.sent, send.time
    if send.header == 0:
        return (f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}:{mm:02d}   {send.sender_fax}   "
                f"{send.sender[:30]}   S. {page}/{pages}")
    if send.header == 1:
        ampm = "AM" if hh < 12 else "PM"
        h12 = hh % 12 or 12
        return (f"{MON_EN[d.month - 1]}-{d.day:02d}-{d.year} {h12:02d}:{mm:02d}{ampm}   "
                f"FROM-{send.sender[:24].upper()}   {send.sender_fax}   T-{send.job} "
                f"P.{page:03d}/{pages:03d} F-{send.job + 7}")
    return (f"{d.isoformat()} {hh:02d}:{mm:02d}  Von: {send.sender_fax}  An: "
            f"{send.recipient_fax}  Seite {page} von {pages}")


def _fx_page_start(fx: _Fx, send: _FxSend, page: int, pages: int) -> None:
    """The sending machine's skew and stretch, and its header line."""
    c = fx.pen.c
    c.saveState()
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(fx.angle)
    c.translate(-PAGE_W / 2, -PAGE_H / 2)
    c.translate(PAGE_W / 2, PAGE_H - 10)  # stretched from the top edge down
    c.scale(fx.sx, fx.sy)
    c.translate(-PAGE_W / 2, -(PAGE_H - 10))
    line = _fx_header_line(send, page, pages)
    size = 7.5
    while fx.pen.measure(line, size, font=fx.head_face) > PAGE_W - 60 and size > 5.5:
        size -= 0.5
    _ft(fx, 30, PAGE_H - 14, line, size, font=fx.head_face)


def _fx_page_end(fx: _Fx, page: int) -> None:
    """Restore the page, then the receiving line's speckles, drop-outs and streak."""
    c = fx.pen.c
    c.restoreState()
    rng = random.Random(fx.noise_seed + page)
    c.saveState()
    for _ in range(rng.randint(40, 220)):
        c.setFillGray(rng.uniform(0, 0.35))
        c.circle(rng.uniform(8, PAGE_W - 8), rng.uniform(8, PAGE_H - 8),
                 rng.uniform(0.3, 0.8), stroke=0, fill=1)
    c.setStrokeGray(1)
    for _ in range(rng.choice((0, 1, 1, 2))):
        c.setLineWidth(rng.uniform(0.3, 0.5))
        y = rng.uniform(60, PAGE_H - 60)
        c.line(0, y, PAGE_W, y)
    if rng.random() < 0.35:
        c.setStrokeGray(rng.uniform(0.3, 0.6))
        c.setLineWidth(rng.uniform(0.6, 1.4))
        x = rng.uniform(8, 20)
        c.line(x, 0, x, PAGE_H)
    c.restoreState()


def _fx_cover_rows(send: _FxSend, doc_title: str, pages: int) -> list[tuple[str, str]]:
    d = send.sent
    return [("An:", send.recipient), ("Fax:", send.recipient_fax), ("Von:", send.sender),
            ("Fax:", send.sender_fax), ("Datum:", f"{d.day:02d}.{d.month:02d}.{d.year}"),
            ("Seiten:", f"{pages} (inkl. Deckblatt)" if pages > 1 else "1"),
            ("Betreff:", doc_title)]


def _fx_cover_page(fx: _Fx, send: _FxSend, doc_title: str, pages: int,
                   rng: random.Random) -> None:
    pen = fx.pen
    y = PAGE_H - 90
    _ft(fx, pen.left, y, rng.choice(COVER_TITLES), 30, bold=True)
    y -= 16
    pen.hline(pen.left, pen.right, y, 1.5)
    y -= 30
    for label, value in _fx_cover_rows(send, doc_title, pages):
        _ft(fx, pen.left, y, label, 11, bold=True)
        for line in _wrap(value, pen.faces.regular, 11, pen.width - 90):
            _ft(fx, pen.left + 90, y, line, 11)
            y -= 15
        y -= 8
    y -= 10
    c = pen.c
    options = ("Eilt", "Zur Kenntnis", "Bitte um Rückruf", "Zur Erledigung")
    ticked = rng.randrange(len(options))
    x = pen.left
    for k, option in enumerate(options):
        c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
        if k == ticked:
            c.line(x + 1, y, x + 7, y + 6)
            c.line(x + 1, y + 6, x + 7, y)
        x = _ft(fx, x + 12, y, option, 10) + 18
    y -= 34
    for line in _wrap(rng.choice(COVER_MESSAGES), pen.faces.regular, 11, pen.width):
        _ft(fx, pen.left, y, line, 11)
        y -= 15
    _signature(pen, pen.left + 10, y - 20, rng)
    y -= 70
    for line in _wrap(rng.choice(COVER_NOTES), pen.faces.regular, 8, pen.width):
        _ft(fx, pen.left, y, line, 8)
        y -= 10


def _fx_cover_block(fx: _Fx, send: _FxSend, doc_title: str, pages: int) -> Block:
    """A short cover in a frame above the document."""
    pen = fx.pen
    rows = _fx_cover_rows(send, doc_title, pages)
    rows = [rows[0], rows[2], rows[4], rows[5]]
    size = 8.5
    height = 20 + len(rows) * size * 1.35 + 6

    def draw(top: float) -> None:
        pen.c.setLineWidth(0.8)
        pen.c.rect(pen.left, top - height, pen.width, height, stroke=1, fill=0)
        _ft(fx, pen.left + 6, top - 14, "Telefax", 11, bold=True)
        y = top - 14
        for label, value in rows:
            y -= size * 1.35
            _ft(fx, pen.left + 6, y, label, size, bold=True)
            _ft(fx, pen.left + 60, y, value[:90], size)
    return Block(height, draw)


def _fx_paragraph(fx: _Fx, text: str, size: float, bold: bool = False) -> Block:
    pen = fx.pen
    lines = _wrap(text, pen.face(bold), size, pen.width)
    height = len(lines) * size * fx.lead

    def draw(top: float) -> None:
        y = top - size
        for line in lines:
            _ft(fx, pen.left, y, line, size, bold)
            y -= size * fx.lead
    return Block(height, draw)


def _fx_answer_lines(fx: _Fx, f: Fld) -> list[str]:
    if f.lines:
        return [f"{k}. {t}" if len(f.lines) > 1 else t for k, t in enumerate(f.lines, 1)]
    return [f.text]


def _fx_question(fx: _Fx, f: Fld, number: int, group: int) -> Block:
    pen = fx.pen
    size, lh = fx.size, fx.line_h
    label = fx.numbering.format(n=number)
    qx = pen.left + pen.measure(label + "  ", size, bold=True)
    boxes = bool(f.options)
    answers = [] if boxes else _fx_answer_lines(fx, f)
    inline = (fx.mode == "inline" and not boxes and len(answers) == 1)
    tab = pen.left + pen.width * fx.tab
    if inline:
        q_lines = _wrap(f.label, pen.faces.regular, size, tab - qx - 8)
        inline = (len(q_lines) == 1 and
                  pen.measure(answers[0], size, font=fx.answer_face) < pen.right - tab)
    if not inline:
        q_lines = _wrap(f.label, pen.faces.regular, size, pen.right - qx)
    ax = pen.left + fx.indent
    prefix = fx.prefix if fx.mode == "below" else ""
    n_answer = 0 if inline else (1 if boxes else len(answers))
    height = len(q_lines) * lh + n_answer * lh + (4 if fx.mode == "dotted" else 0) + fx.qgap

    def draw(top: float) -> None:
        y = top - size
        _ft(fx, pen.left, y, label, size, bold=True)
        for k, line in enumerate(q_lines):
            _ft(fx, qx, y - k * lh, line, size)
        if inline:
            _ft(fx, tab, y, answers[0], size, font=fx.answer_face)
            return
        y -= len(q_lines) * lh
        if boxes:
            x = ax
            for i, option in enumerate(f.options):
                side = size * 0.8
                pen.c.setLineWidth(0.7)
                pen.c.rect(x, y - 1, side, side, stroke=1, fill=0)
                if i == f.chosen:
                    pen.c.line(x, y - 1, x + side, y - 1 + side)
                    pen.c.line(x, y - 1 + side, x + side, y - 1)
                x = _ft(fx, x + side + 4, y, option, size - 0.5) + 12
            return
        for line in answers:
            x = ax
            if prefix:
                x = _ft(fx, x, y, prefix, size - 1)
            _ft(fx, x, y, line, size, font=fx.answer_face)
            if fx.mode == "dotted":
                pen.c.setDash(1, 2)
                pen.hline(ax, pen.right, y - 3, 0.5)
                pen.c.setDash()
            y -= lh
    return Block(height, draw, group)


def _fx_heading(fx: _Fx, title: str, group: int) -> Block:
    pen = fx.pen
    size = fx.size + 1

    def draw(top: float) -> None:
        _ft(fx, pen.left, top - size - 2, title, size, bold=True)
        pen.hline(pen.left, pen.left + pen.measure(title, size, bold=True), top - size - 4, 0.6)
    return Block(size + 10, draw, group, heading=True)


def _fx_closing(fx: _Fx, doc: Doc, s: Style, seed: int) -> Block:
    pen = fx.pen
    rng = random.Random(seed)
    size = fx.size
    text = f"{doc.city}, {format_extra4_date(doc.signed, s.date_style)}"

    def draw(top: float) -> None:
        y = top - size - 16
        end = _ft(fx, pen.left, y, text, size, font=fx.answer_face)
        pen.hline(pen.left, max(end, pen.left + 170), y - 4, 0.5)
        _ft(fx, pen.left, y - 4 - size, "Ort, Datum", size - 2)
        x = max(pen.left + 240, end + 30)
        _signature(pen, x + 10, y + 2, rng)
        pen.hline(x, pen.right, y - 4, 0.5)
        _ft(fx, x, y - 4 - size, "Unterschrift", size - 2)
    return Block(size * 2 + 30, draw)


def _questionnaire(fx: _Fx, doc: Doc, s: Style, rng: random.Random) -> Callable[[], list[Block]]:
    intro = rng.choice((
        "Bitte beantworten Sie alle Fragen vollständig und gut lesbar.",
        "Bitte beantworten Sie die folgenden Fragen. Nicht Zutreffendes bitte freilassen.",
        "Die Angaben werden für die Bearbeitung Ihres Anliegens benötigt.",
    ))
    closing_seed = rng.getrandbits(32)

    def blocks() -> list[Block]:
        out = [_fx_paragraph(fx, f"{doc.issuer} – {doc.unit}", fx.size - 1),
               _fx_paragraph(fx, doc.title, fx.size + 4, bold=True),
               _fx_paragraph(fx, intro, fx.size - 0.5)]
        n = 0
        for k, grp in enumerate(doc.groups):
            out.append(_fx_heading(fx, grp.title, k))
            for f in grp.fields:
                n += 1
                out.append(_fx_question(fx, f, n, k))
        out.append(_fx_closing(fx, doc, s, closing_seed))
        return out
    return blocks


def _fx_row(fx: _Fx, label: str, value: str, group: int) -> Block:
    pen = fx.pen
    size = fx.size
    vx = pen.left + fx.label_w
    lines = _wrap(value, pen.faces.bold, size + 0.5, pen.right - vx)
    label_lines = _wrap(label, pen.faces.regular, size - 1.5, fx.label_w - 8)
    height = max(len(lines) * (size + 0.5), len(label_lines) * (size - 1.5)) * fx.lead + fx.qgap

    def draw(top: float) -> None:
        y = top - size
        for k, line in enumerate(label_lines):
            _ft(fx, pen.left, y - k * (size - 1.5) * fx.lead, line, size - 1.5)
        for k, line in enumerate(lines):
            _ft(fx, vx, y - k * (size + 0.5) * fx.lead, line, size + 0.5, bold=True)
    return Block(height, draw, group)


def _register_blocks(fx: _Fx, record: Geburt | Ehe | Sterbe, s: Style, rng: random.Random,
                     doc_type: str) -> tuple[str, Callable[[], list[Block]]]:
    """A register printout: rows of label and value, date and place joined in one line."""
    w = _words(s)
    title = w.title(doc_type)

    def when_where(d: date, place: str) -> str:
        return f"{s.date(d)} in {place}"

    rows: list[tuple[str, str, int]] = []
    if isinstance(record, Geburt):
        c = record.child
        rows += [(w.register("family_name"), c.family, 0),
                 (w.register("given_names"), c.given, 0),
                 (w.register("sex"), SEX_TABLES["word"][c.sex], 0),
                 (w.register("birth"), f"{when_where(c.dob, c.pob)}, {record.birth_time} Uhr"
                  if rng.random() < 0.5 else when_where(c.dob, c.pob), 0),
                 (w.register("mother"), record.mother, 1)]
        if record.father:
            rows.append((w.register("father"), record.father, 1))
    elif isinstance(record, Ehe):
        base = w.register("spouse")
        for k, sp in enumerate((record.spouse1, record.spouse2), 1):
            rows += [(f"{base} {k}: {w.register('family_name')}", sp.family, k - 1),
                     (w.register("given_names"), sp.given, k - 1),
                     (w.register("birth"), when_where(sp.dob, sp.pob), k - 1)]
        rows.append((w.register("marriage"),
                     when_where(record.marriage_date, record.marriage_place), 2))
    else:
        p = record.person
        death = when_where(record.date_of_death, record.place_of_death)
        if rng.random() < 0.5:
            minute = rng.choice((0, 10, 15, 20, 30, 45, 50))
            death = (f"{s.date(record.date_of_death)}, {rng.randint(0, 23):02d}:{minute:02d} "
                     f"Uhr in {record.place_of_death}")
        rows += [(w.register("family_name"), p.family, 0),
                 (w.register("given_names"), p.given, 0),
                 (w.register("birth"), when_where(p.dob, p.pob), 0),
                 (w.register("death"), death, 1)]
    office = f"Standesamt {record.office}"
    number = f"{w.register('register_number')}: {record.register}"
    issue = rng.choice((f"{record.office}, den {s.date(record.issue)}",
                        f"{w.register('issue_date')}: {s.date(record.issue)}"))
    note = rng.choice(("Vorab per Telefax – die Urkunde folgt im Original.",
                       "Diese Faxkopie ersetzt nicht die Ausfertigung.", ""))
    seal_seed = rng.getrandbits(32)

    def blocks() -> list[Block]:
        pen = fx.pen
        size = fx.size
        head_h = size * 2 + 22

        def head(top: float) -> None:
            _ft(fx, pen.left, top - size - 2, office, size + 2, bold=True)
            pen.c.setFont(pen.faces.regular, size)
            right = pen.right - pen.measure(number, size)
            _ft(fx, right, top - size - 2, number, size)
            pen.hline(pen.left, pen.right, top - head_h + 6, 0.8)
        out = [Block(head_h, head)]
        tsize = size + 6

        def title_draw(top: float) -> None:
            for k, line in enumerate(_wrap(title, pen.faces.bold, tsize, pen.width)):
                width = pen.measure(line, tsize, bold=True)
                _ft(fx, (pen.left + pen.right - width) / 2, top - tsize - k * tsize * 1.3,
                    line, tsize, bold=True)
        lines = len(_wrap(title, pen.faces.bold, tsize, pen.width))
        out.append(Block(lines * tsize * 1.3 + 12, title_draw))
        for label, value, group in rows:
            out.append(_fx_row(fx, label, value, group))

        def closing(top: float) -> None:
            y = top - size - 14
            _ft(fx, pen.left, y, issue, size)
            _seal(pen, pen.right - 150, y - 8, 26, 0.35)
            _signature(pen, pen.right - 100, y - 4, random.Random(seal_seed))
            _ft(fx, pen.right - 100, y - 18, "Standesbeamtin/Standesbeamter", size - 2)
            if note:
                _ft(fx, pen.left, y - 48, note, size - 1.5)
        out.append(Block(size + 70, closing))
        return out
    return title, blocks


def draw_fax(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             two: bool) -> None:
    """One document of the ``fax`` layout (not identity documents)."""
    fx = _Fx(pen, rng)
    if isinstance(record, (Geburt, Ehe, Sterbe)):
        title, blocks = _register_blocks(fx, record, s, rng, doc_type)
        city, anchor, person = record.office, record.issue, ""
    else:
        doc = build_doc(record, s, rng, doc_type)
        title, blocks = doc.title, _questionnaire(fx, doc, s, rng)
        city, anchor = doc.city, doc.signed
        person = getattr(getattr(record, "person", None) or getattr(record, "holder", None),
                         "full", "")
    send = _fx_send(record, rng, doc_type, city, anchor, person)
    cover_seed = rng.getrandbits(32)
    small_cover = not two and rng.random() < 0.5
    first_top, bottom, gap = PAGE_H - 40, 52.0, 2.0

    def laid() -> list[Block]:
        out = blocks()
        if small_cover:
            out.insert(0, _fx_cover_block(fx, send, title, 1))
        return out

    layout = laid()
    while total_height(layout, gap) > first_top - bottom and fx.shrink():
        layout = laid()
    if small_cover and total_height(layout, gap) > first_top - bottom:
        small_cover = False
        layout = laid()
    pages = paginate(layout, first_top, first_top, bottom, gap, None)
    cover = two and len(pages) == 1
    total = len(pages) + (1 if cover else 0)
    n = 1
    if cover:
        _fx_page_start(fx, send, 1, total)
        _fx_cover_page(fx, send, title, total, random.Random(cover_seed))
        _fx_page_end(fx, 1)
        pen.new_page()
        n = 2
    for k, page in enumerate(pages):
        if k:
            pen.new_page()
        _fx_page_start(fx, send, n, total)
        for block, top in page:
            block.draw(top)
        _fx_page_end(fx, n)
        n += 1


def _identity_fax(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int,
                  two: bool) -> None:
    fx = _Fx(pen, rng)
    title = _words(s).title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    send = _fx_send(r, rng, "identity_document", city, anchor, r.person.full)
    cover_seed = rng.getrandbits(32)
    card = r.mrz_format == "TD1"
    cover_page = two and not card
    total = 2 if two else 1
    n = 1
    if cover_page:
        _fx_page_start(fx, send, 1, total)
        _fx_cover_page(fx, send, title, total, random.Random(cover_seed))
        _fx_page_end(fx, 1)
        pen.new_page()
        n = 2
    turns = card and pages == 2  # front on page 1, back on page 2
    first, _ = _identity_bottoms(r, rng, 1 if cover_page else pages)
    block = _fx_cover_block(fx, send, title, total)
    small = not cover_page and not turns and first - 50 > block.height + 12
    _fx_page_start(fx, send, n, total)
    if small:
        block.draw(PAGE_H - 30)
    _fx_page_end(fx, n)
    if turns:
        draw_identity(pen, r, rng, "fax", pages, title)
        _fx_page_start(fx, send, 2, total)
        _fx_page_end(fx, 2)
    else:
        pen.c.saveState()
        pen.c.translate(0, -(block.height + 12) if small else 0)
        draw_identity(pen, r, rng, "fax", 1 if cover_page else pages, title)
        pen.c.restoreState()
    if two and pen.pages == 1:
        pen.new_page()
        _fx_page_start(fx, send, 2, total)
        y = PAGE_H - 80
        for paragraph in NOTES[:2]:
            for line in _wrap(paragraph, pen.faces.regular, 10, pen.width):
                _ft(fx, pen.left, y, line, 10)
                y -= 13
            y -= 10
        _fx_page_end(fx, 2)


def draw_extra4(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``comb`` or ``fax`` layout; ``pages`` is what the plan asks
    for (2: the document runs over two pages, or another page comes with it)."""
    two = pages == 2
    if s.layout == "comb":
        pen.faces = _faces(rng, COMB_FACES)
        if isinstance(record, Identity):
            _identity_comb(pen, record, s, rng, pages, two)
        else:
            draw_comb(pen, record, s, rng, doc_type, two)
    else:
        pen.faces = _faces(rng, FAX_FACES)
        if isinstance(record, Identity):
            _identity_fax(pen, record, s, rng, pages, two)
        else:
            draw_fax(pen, record, s, rng, doc_type, two)
