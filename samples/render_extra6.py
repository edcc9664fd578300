"""The sixth extra pair of blind held-out layouts: ``overlay`` and ``stamped``.

``overlay`` is an official pre-printed form filled in with a PDF editor: the form itself
(issuer, form number, title, section headings, labelled boxes or lines, tick boxes, small print
and a footer) and, on top of it, the citizen's values as free-text boxes in another face and
size, placed as people place them: sometimes shifted so that they touch or cross a box line,
starting left of the box or running past it, put beside the label instead of into the box, or
typed into a comment box with a thin border near the field; choices ticked with a typed cross
or a check mark roughly over the box. Some fields of the form stay empty. Certificates are a
pre-printed certificate blank filled in the same way; identity documents a copy on a form's
supplementary sheet.

``stamped`` is a document that went through an office: a plainly printed application or
certificate (labels left of or above the typed values) with an incoming-mail stamp printed
rotated over the text, sometimes a copy or certified-copy stamp, a round seal, signature
scribbles, ticks and margin notes in pen colour, a filing number and a bar-code sticker. The
stamps' dates, case numbers and offices are none of the truth's values (a city may coincide).

Both draw straight from the record with the wording of ``samples.wording_extra6``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

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
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _signature,
    other_day,
)
from samples.wording_extra6 import (
    CERT_PRINT,
    DECLARATIONS,
    DWELLING6,
    LANDLORD_ROLES6,
    MARGIN_NOTES,
    MARITAL6,
    PURPOSE6,
    PURPOSE_ORDER,
    SEX_ORDER,
    SEX_WORDS6,
    SMALL_PRINT,
    Extra6Wording,
    nationality_word,
    sex_word,
    stamp_date,
)

# --- faces ---------------------------------------------------------------------------------------

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
FORM_FACES: Final[tuple[FacePair, ...]] = (
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
)
PLAIN_FACES: Final[tuple[FacePair, ...]] = (
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("", "Times-Roman"), ("", "Times-Bold")),
    (("DejaVuSerif", "Times-Roman"), ("DejaVuSerif-Bold", "Times-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
)
# what a PDF editor types with (never the label face)
VALUE_FACES: Final = (("", "Helvetica"), ("", "Courier"), ("", "Times-Roman"),
                      ("DejaVuSans", "Helvetica"), ("DejaVuSansMono", "Courier"),
                      ("LiberationSerif", "Times-Roman"), ("DejaVuSerif", "Times-Roman"))
HAND_FACES: Final = ("Helvetica-Oblique", "Times-Italic")

INKS: Final = ((0.12, 0.22, 0.68), (0.78, 0.12, 0.14), (0.45, 0.18, 0.6), (0.1, 0.45, 0.3))
PEN_INKS: Final = ((0.1, 0.15, 0.55), (0.05, 0.3, 0.7), (0.7, 0.1, 0.1), (0.15, 0.45, 0.2))


def _face(name: str, fallback: str) -> str:
    return fonts.font(name, fallback) if name else fallback


def _faces(rng: random.Random, options: tuple[FacePair, ...]) -> Faces:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(options)
    regular, heavy = _face(reg, reg_fb), _face(bold, bold_fb)
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
    short: bool = False
    empty: bool = False  # printed by the form, left empty by the citizen

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
    office: str = ""


def _words(s: Style) -> Extra6Wording:
    assert isinstance(s.words, Extra6Wording)
    return s.words


def _date_fld(s: Style, key: str, d: date) -> Fld:
    return Fld(key, _words(s)(key), s.date(d), short=True)


def _sex_fld(s: Style, key: str, code: str) -> Fld:
    label = _words(s)(key)
    if s.sex_mode == "choice":
        return Fld(key, label, options=tuple(SEX_WORDS6[c] for c in SEX_ORDER),
                   chosen=SEX_ORDER.index(code))
    return Fld(key, label, sex_word(code, s.sex_mode), short=True)


def _address(s: Style, a: Address, line_key: str) -> list[Fld]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [Fld(line_key, w(line_key), a.line)]
    if s.address_mode == "lines":
        return [Fld("street_line", w("street_line"), a.street_line),
                Fld("city_line", w("city_line"), a.city_line)]
    return [Fld("street", w("street"), a.street),
            Fld("house_number", w("house_number"), a.number, short=True),
            Fld("postal_code", w("postal_code"), a.postal_code, short=True),
            Fld("city", w("city"), a.city)]


def _person(s: Style, p: Person, rng: random.Random, nationality: bool = True,
            sex: bool = True, place: bool = True) -> list[Fld]:
    w = _words(s)
    fields = [Fld("family_name", w("family_name"), p.family),
              Fld("given_names", w("given_names"), p.given)]
    if rng.random() < 0.25:
        fields.reverse()
    fields.append(_date_fld(s, "date_of_birth", p.dob))
    if place:
        fields.append(Fld("place_of_birth", w("place_of_birth"), p.pob))
    if sex:
        fields.append(_sex_fld(s, "sex", p.sex))
    if nationality:
        fields.append(Fld("nationality", w("nationality"),
                          nationality_word(p.nationality, s.nationality_mode), short=True))
    return fields


def _choice(s: Style, key: str, options: tuple[str, ...], chosen: int | None,
            answers: tuple[str, ...] | None = None) -> Fld:
    """Boxes to tick, or the chosen answer typed."""
    label = _words(s)(key)
    if s.purpose_mode == "choice" or chosen is None:
        return Fld(key, label, options=options, chosen=chosen)
    return Fld(key, label, (answers or options)[chosen])


def _empty(s: Style, key: str) -> Fld:
    return Fld(key, _words(s)(key), short=key in ("doctor", "religion", "id_number", "colour"),
               empty=True)


UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Meldebehörde", "Bürgeramt", "Einwohnermeldeamt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Meldebehörde", "Einwohnermeldeamt"),
    "geburtsurkunde": ("Standesamt",),
    "eheurkunde": ("Standesamt",),
    "sterbeurkunde": ("Standesamt",),
    "antrag_zulassung": ("Zulassungsstelle", "Straßenverkehrsamt"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Migration"),
    "identity_document": ("Bürgerbüro", "Bürgeramt", "Ausländerbehörde"),
}


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The groups of fields of a document (not identity documents)."""
    w = _words(s)
    overlay = s.layout == "overlay"
    unit = rng.choice(UNITS[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Fld("birth_name", w("birth_name"), p.birth_name))
            elif overlay and rng.random() < 0.5:
                person.insert(2, _empty(s, "birth_name"))
            if overlay and rng.random() < 0.6:
                person.insert(0, _empty(s, rng.choice(("doctor", "artist_name"))))
            if rng.random() < 0.5:
                person.append(Fld("marital", w("marital"), record.marital, short=True))
            elif overlay:
                person.append(Fld("marital", w("marital"), options=MARITAL6, chosen=None,
                                  empty=True))
            if overlay and rng.random() < 0.4:
                person.append(_empty(s, "religion"))
            flat = [_date_fld(s, "move_in_date", record.move_in),
                    *_address(s, a, "address_line")]
            if record.dwelling or rng.random() < 0.5:
                chosen = None if record.dwelling is None else (
                    0 if record.dwelling == "main" else 1)
                long = (DWELLING6["main"][0], DWELLING6["secondary"][0])
                short = (DWELLING6["main"][1], DWELLING6["secondary"][1])
                flat.append(_choice(s, "dwelling", long, chosen,
                                    short if rng.random() < 0.5 else None))
            groups = [Grp("person", w.section("person"), person),
                      Grp("new_dwelling", w.section("new_dwelling"), flat)]
            if record.previous:
                groups.append(Grp("previous", w.section("previous"), [
                    Fld("previous_address", w("previous_address"), record.previous)]))
            contact = []
            if record.phone:
                contact.append(Fld("phone", w("phone"), record.phone, short=True))
            elif overlay:
                contact.append(_empty(s, "phone"))
            if overlay and rng.random() < 0.6:
                contact.append(_empty(s, "email"))
            if contact:
                groups.append(Grp("contact", w.section("contact"), contact))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Wohnungsgeber():
            a = record.address
            role = 0 if record.landlord_is_owner else 1
            landlord_fields = [
                Fld("landlord_name", w("landlord_name"), record.landlord_name),
                Fld("landlord_address", w("landlord_address"), record.landlord_address.line),
                _choice(s, "landlord_role", LANDLORD_ROLES6, role)]
            if overlay and record.landlord_is_owner and rng.random() < 0.6:
                landlord_fields.append(_empty(s, "owner_name"))
            landlord = Grp("landlord", w.section("landlord"), landlord_fields)
            flat_grp = Grp("flat", w.section("flat"), [
                _date_fld(s, "wg_move_in", record.move_in), *_address(s, a, "flat")])
            if rng.random() < 0.5:
                tenants = [Fld("tenant_each", f"{w('tenant_each')} {k}", t)
                           for k, t in enumerate(record.tenants, 1)]
                if overlay and len(tenants) < 3:
                    tenants.append(Fld("tenant_each", f"{w('tenant_each')} {len(tenants) + 1}",
                                       empty=True))
            else:
                tenants = [Fld("tenant_names", w("tenant_names"), lines=record.tenants)]
            groups = [landlord, flat_grp, Grp("tenants", w.section("tenants"), tenants)]
            if rng.random() < 0.4:
                groups = [flat_grp, groups[2], landlord]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Geburt():
            c = record.child
            child = [Fld("child_family", w("child_family"), c.family),
                     Fld("child_given", w("child_given"), c.given),
                     _sex_fld(s, "child_sex", c.sex), _date_fld(s, "child_dob", c.dob),
                     Fld("birth_time", w("birth_time"), f"{record.birth_time} Uhr", short=True),
                     Fld("child_pob", w("child_pob"), c.pob)]
            parents = [Fld("mother_name", w("mother_name"), record.mother)]
            if record.father:
                parents.append(Fld("father_name", w("father_name"), record.father))
            elif overlay:
                parents.append(Fld("father_name", w("father_name"), empty=True))
            groups = [Grp("child", w.section("child"), child),
                      Grp("parents", w.section("parents"), parents),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
        case Ehe():
            marriage = Grp("marriage", w.section("marriage"), [
                _date_fld(s, "marriage_date", record.marriage_date),
                Fld("marriage_place", w("marriage_place"), record.marriage_place)])
            base = w("spouse")
            spouses = [Grp("spouse", f"{base} {k}", _reg_person(s, sp))
                       for k, sp in enumerate((record.spouse1, record.spouse2), 1)]
            register = _register(s, record.office, record.register, record.issue)
            groups = ([register, *spouses, marriage] if rng.random() < 0.4
                      else [*spouses, marriage, register])
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
        case Sterbe():
            deceased = _reg_person(s, record.person)
            if rng.random() < 0.5:
                deceased.append(Fld("last_residence", w("last_residence"),
                                    record.last_residence))
            death = [_date_fld(s, "date_of_death", record.date_of_death),
                     Fld("place_of_death", w("place_of_death"), record.place_of_death)]
            groups = [Grp("deceased", w.section("deceased"), deceased),
                      Grp("death", w.section("death"), death),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, nationality=False, sex=False, place=False)
            groups = [Grp("holder", w.section("holder"), holder),
                      Grp("address", w.section("address"), _address(s, a, "holder_line"))]
            vehicle = [Fld("make", w("make"), record.make, short=True),
                       Fld("model", w("model"), record.model, short=True),
                       Fld("vin", w("vin"), record.vin),
                       Fld("evb_number", w("evb_number"), record.evb, short=True)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(Fld("desired_plate", w("desired_plate"), plate, short=True))
            elif overlay:
                vehicle.append(Fld("desired_plate", w("desired_plate"), short=True, empty=True))
            if overlay and rng.random() < 0.4:
                vehicle.append(_empty(s, "colour"))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            sepa = [Fld("account_holder", w("account_holder"), record.account_holder),
                    Fld("iban", w("iban"), iban),
                    Fld("bic", w("bic"), record.bic, short=True),
                    Fld("bank", w("bank"), record.bank)]
            groups += [Grp("vehicle", w.section("vehicle"), vehicle),
                       Grp("sepa", w.section("sepa"), sepa)]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.7)
            if overlay and rng.random() < 0.5:
                person.append(_empty(s, "employer"))
            k = PURPOSE_ORDER.index(record.purpose)
            purpose = _choice(s, "purpose", tuple(PURPOSE6[x][0] for x in PURPOSE_ORDER), k,
                              tuple(PURPOSE6[x][1] for x in PURPOSE_ORDER)
                              if s.purpose_mode == "short" else None)
            stay = [Fld("passport_number", w("passport_number"), record.passport_number,
                        short=True),
                    _date_fld(s, "passport_expiry_date", record.passport_expiry),
                    _date_fld(s, "entry_date", record.entry), purpose]
            groups = [Grp("person", w.section("person"), person),
                      Grp("passport", w.section("passport"), stay),
                      Grp("residence", w.section("residence"),
                          _address(s, a, "residence_line"))]
            if rng.random() < 0.5:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
    raise TypeError(type(record))


def _register(s: Style, office: str, register: str, issue: date) -> Grp:
    w = _words(s)
    return Grp("register", w.section("register"), [
        Fld("registry_office", w("registry_office"), f"Standesamt {office}"),
        Fld("register_number", w("register_number"), register, short=True),
        _date_fld(s, "issue_date", issue)])


def _reg_person(s: Style, p: Person) -> list[Fld]:
    w = _words(s)
    return [Fld("reg_family", w("reg_family"), p.family),
            Fld("reg_given", w("reg_given"), p.given),
            _date_fld(s, "reg_dob", p.dob), Fld("reg_pob", w("reg_pob"), p.pob)]


# --- shared helpers ------------------------------------------------------------------------------

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points (y up)


def _tbox(x: float, y: float, width: float, size: float) -> Box:
    """The box a line of text takes (with a little air)."""
    return (x - 0.6, y - 0.28 * size, x + width + 0.6, y + 0.85 * size)


def _hits(b: Box, boxes: list[Box]) -> bool:
    return any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in boxes)


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(s, font, size, width)) or [""]


def _form_no(rng: random.Random, doc_type: str) -> str:
    code = {"anmeldung": "MB", "wohnungsgeberbestaetigung": "WGB", "geburtsurkunde": "PSt-G",
            "eheurkunde": "PSt-E", "sterbeurkunde": "PSt-S", "antrag_zulassung": "ZL",
            "aufenthaltstitel_antrag": "AE", "identity_document": "BB"}[doc_type]
    return rng.choice((f"Vordr. {code} {rng.randint(1, 40)} "
                       f"({rng.randint(1, 12):02d}.{rng.randint(2019, 2025)})",
                       f"Formular {code}-{rng.randint(100, 999)}",
                       f"{code} {rng.randint(10, 99)}.{rng.randint(1, 9)} – Stand "
                       f"{rng.randint(1, 12):02d}/{rng.randint(2020, 2025)}"))


@dataclass(slots=True)
class Blk:
    height: float
    draw: Callable[[float], None]  # top y
    group: int


def _split_pages(blocks: list[Blk], room: float, pages: int) -> list[list[Blk]] | None:
    """Blocks on exactly ``pages`` pages (two pages split between groups), or ``None``."""
    total = sum(b.height for b in blocks)
    if pages == 1:
        return [blocks] if total <= room else None
    groups = sorted({b.group for b in blocks})
    best: tuple[float, int] | None = None
    for g in groups[1:]:
        first = sum(b.height for b in blocks if b.group < g)
        second = total - first
        if first <= room and second <= room:
            score = abs(first - second)
            if best is None or score < best[0]:
                best = (score, g)
    if best is None:
        return None
    return [[b for b in blocks if b.group < best[1]], [b for b in blocks if b.group >= best[1]]]


def _rgb(c: Canvas, colour: tuple[float, float, float], alpha: float, stroke: bool = True
         ) -> None:
    c.setFillColorRGB(*colour, alpha=alpha)
    if stroke:
        c.setStrokeColorRGB(*colour, alpha=alpha)


# --- overlay: a pre-printed form filled in with a PDF editor -----------------------------------

@dataclass(slots=True)
class Slot:
    """Where the citizen should have typed a value."""

    fld: Fld
    box: Box  # the field's box (or the line's extent with some height)
    label: Box  # the printed label
    base: float  # the baseline the value belongs on
    x: float  # where the value belongs
    inside_label: bool  # the label sits inside the box (top-left corner)
    ticks: list[tuple[float, float, float]] = field(default_factory=list)  # tick boxes x, y, side


class _Ov:
    """Per-document habits of the ``overlay`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.style = rng.choice(("cells", "cells", "lines", "above"))
        self.label_size = rng.choice((6.2, 6.6, 7.0, 7.5))
        self.value_size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
        self.head_size = rng.choice((8.0, 8.5, 9.0))
        self.heading = rng.choice(("bar", "rule", "box", "bar"))
        self.head_grey = rng.uniform(0.8, 0.9)
        self.line_grey = rng.uniform(0.0, 0.35)
        self.gap = rng.choice((4.0, 5.0, 6.0))
        self.mess = rng.uniform(0.35, 0.8)  # how carelessly the values were placed
        self.check = rng.choice(("x", "x", "check"))
        self.note_fill = rng.choice((1.0, 0.96, 0.93))
        self.value_font = ""
        self.slots: list[Slot] = []
        self.texts: list[Box] = []  # every printed text box on the current page

    @property
    def row_h(self) -> float:
        if self.style == "cells":
            return self.label_size + self.value_size * 1.75
        if self.style == "lines":
            return self.value_size * 2.3
        return self.label_size + 3 + self.value_size * 1.8

    def shrink(self) -> bool:
        if self.gap > 2.5:
            self.gap -= 1.0
        elif self.value_size > 8.0:
            self.value_size -= 0.5
        elif self.label_size > 5.6:
            self.label_size -= 0.4
        else:
            return False
        return True

    def label(self, x: float, y: float, s: str, bold: bool = False) -> float:
        pen = self.pen
        width = pen.measure(s, self.label_size, bold)
        pen.text(x, y, s, self.label_size, bold)
        self.texts.append(_tbox(x, y, width, self.label_size))
        return x + width


def _ov_need(ov: _Ov, f: Fld) -> float:
    pen = ov.pen
    lab = pen.measure(f.label, ov.label_size) + 10
    if f.options:
        return lab + sum(pen.measure(o, ov.label_size + 1) + ov.value_size + 14
                         for o in f.options)
    text = f.text if not f.lines else max(f.lines, key=len)
    val = float(pen.c.stringWidth(text or "M" * 8, ov.value_font, ov.value_size)) + 18
    if ov.style == "lines":
        return lab + val
    return max(lab, val, 70.0 if f.short else 120.0)


def _ov_rows(ov: _Ov, fields: list[Fld], width: float) -> list[list[tuple[Fld, float]]]:
    rows: list[list[tuple[Fld, float]]] = []
    row: list[tuple[Fld, float]] = []
    used = 0.0
    for f in fields:
        need = min(width, _ov_need(ov, f))
        if f.options or f.lines or need > width * 0.7:
            if row:
                rows.append(row)
            rows.append([(f, width)])
            row, used = [], 0.0
            continue
        limit = 3 if ov.style != "lines" else 2
        if row and (used + need > width or len(row) >= limit):
            rows.append(row)
            row, used = [], 0.0
        row.append((f, need))
        used += need
    if row:
        rows.append(row)
    out = []
    for r in rows:  # stretch the cells to the full width
        total = sum(n for _, n in r)
        out.append([(f, n * width / total) for f, n in r])
    return out


def _ov_choice_lines(ov: _Ov, f: Fld, width: float) -> list[list[int]]:
    pen = ov.pen
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        need = ov.value_size * 0.9 + 4 + pen.measure(option, ov.label_size + 1) + 12
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += need
    return rows


def _ov_row_height(ov: _Ov, row: list[tuple[Fld, float]]) -> float:
    f, width = row[0]
    if f.options:
        lab = ov.label_size + 4
        if ov.style == "lines":
            lab = 0.0
            width -= ov.pen.measure(f.label, ov.label_size) + 10
        return lab + len(_ov_choice_lines(ov, f, width - 8)) * ov.value_size * 1.6 + 6
    if f.lines:
        return ov.row_h + (len(f.lines) - 1) * ov.value_size * 1.35
    return ov.row_h


def _ov_draw_row(ov: _Ov, row: list[tuple[Fld, float]], x0: float, top: float,
                 height: float) -> None:
    pen = ov.pen
    c = pen.c
    ls, vs = ov.label_size, ov.value_size
    c.saveState()
    c.setStrokeGray(ov.line_grey)
    c.setLineWidth(0.6)
    x = x0
    for f, width in row:
        x1 = x + width
        bottom = top - height
        if ov.style == "cells":
            c.rect(x, bottom, width, height, stroke=1, fill=0)
            lab = ov.label(x + 2.5, top - ls - 1.5, f.label)
            label_box = (x + 2, top - ls - 3, lab, top - 1)
            inside = True
            base = bottom + vs * 0.45
            content_top = top - ls - 3
        elif ov.style == "above":
            lab = ov.label(x + 1, top - ls, f.label)
            label_box = (x, top - ls - 2, lab, top)
            box_top = top - ls - 3
            c.rect(x, bottom + 1, width - 4, box_top - bottom - 1, stroke=1, fill=0)
            inside = False
            base = bottom + 1 + (box_top - bottom - 1) * 0.5 - vs * 0.35
            content_top = box_top
        else:  # lines: label left, the value on a rule after it
            first = top - vs * 1.25
            lab = ov.label(x, first, f.label)
            label_box = (x, first - 2, lab, first + ls)
            inside = False
            base = first
            content_top = top
            if not f.options:
                rule_x = lab + 4
                for k in range(max(1, len(f.lines))):
                    y = first - 2 - k * vs * 1.35
                    c.line(rule_x, y, x1 - 8, y)
        slot = Slot(f, (x, bottom, x1, content_top), label_box, base,
                    (label_box[2] + 6) if ov.style == "lines" else x + 4, inside)
        if f.options:
            cx0 = x + 4 if ov.style != "lines" else label_box[2] + 10
            y = content_top - vs * 1.2 if ov.style != "lines" else base
            side = vs * 0.85
            for line in _ov_choice_lines(ov, f, x1 - cx0 - 8):
                cx = cx0
                for i in line:
                    c.rect(cx, y - 1, side, side, stroke=1, fill=0)
                    slot.ticks.append((cx, y - 1, side))
                    cx = ov.label(cx + side + 4, y, f.options[i]) + 12
                y -= vs * 1.6
        ov.slots.append(slot)
        x = x1
    c.restoreState()


def _ov_heading(ov: _Ov, title: str, x: float, top: float, width: float) -> float:
    pen = ov.pen
    c = pen.c
    size = ov.head_size
    h = size + 7
    c.saveState()
    if ov.heading == "bar":
        c.setFillGray(ov.head_grey)
        c.rect(x, top - h, width, h, stroke=0, fill=1)
        c.setFillGray(0)
    elif ov.heading == "box":
        c.setLineWidth(0.8)
        c.rect(x, top - h, width, h, stroke=1, fill=0)
    else:
        c.setLineWidth(1.2)
        c.line(x, top - h, x + width, top - h)
    c.restoreState()
    y = top - h + 4
    pen.text(x + 3, y, title, size, bold=True)
    ov.texts.append(_tbox(x + 3, y, pen.measure(title, size, True), size))
    return h + 3


MODES: Final = ("ok", "low", "high", "left", "run", "beside", "note")


def _default_box(ov: _Ov, slot: Slot) -> Box:
    """Roughly where a value typed in its proper place goes (kept free of misplaced ones)."""
    f = slot.fld
    if f.options or f.empty:
        return (0.0, 0.0, 0.0, 0.0)
    lines = list(f.lines) or [f.text]
    vs = ov.value_size * 1.06
    width = min(max(float(ov.pen.c.stringWidth(t, ov.value_font, vs)) for t in lines),
                slot.box[2] - slot.x - 2 if ov.style != "lines" else PAGE_W)
    span = vs * 1.35 * (len(lines) - 1)
    base = slot.base + span * (0.5 if ov.style != "lines" else 0.0)
    if ov.style == "cells":
        base = slot.box[1] + (slot.box[3] - slot.box[1]) * 0.5 - vs * 0.3 + span / 2
    return (slot.x - 2, base - span - 0.3 * vs - 1.5, slot.x + width + 5, base + 0.85 * vs + 1.5)


def _ov_place(ov: _Ov, slot: Slot, rng: random.Random, keep: list[Box]) -> None:
    """Type a value over the form, misplaced as people do (never over other text, and never
    where another value belongs: ``keep``)."""
    pen = ov.pen
    c = pen.c
    f = slot.fld
    vs = ov.value_size * rng.uniform(0.94, 1.06)
    font = ov.value_font
    if f.options:
        if f.chosen is None:
            return
        tx, ty, side = slot.ticks[f.chosen]
        dx, dy = rng.uniform(-1.5, 1.2), rng.uniform(-1.8, 2.0)
        glyph = fonts.glyph_font() if ov.check == "check" else None
        mark, face = ("✓", glyph) if glyph else ("X", font)
        size = side * rng.uniform(1.05, 1.3)
        mw = c.stringWidth(mark, face, size)
        pen.text(tx + side / 2 - mw / 2 + dx, ty + side * 0.12 + dy, mark, size, font=face)
        return
    x0, y0, x1, y1 = slot.box
    lines = list(f.lines) or [f.text]
    if not any(lines):
        return
    widths = [c.stringWidth(t, font, vs) for t in lines]
    room = x1 - slot.x - 4
    if max(widths) > room and ov.style != "lines":
        vs = max(vs * room / max(widths), ov.value_size * 0.72)
        widths = [c.stringWidth(t, font, vs) for t in lines]
    step = vs * 1.35
    span = step * (len(lines) - 1)

    def boxes(x: float, base: float) -> list[Box]:
        return [_tbox(x, base - k * step, w, vs) for k, w in enumerate(widths)]

    weights = [1.0 - ov.mess, 0.16, 0.1, 0.1, 0.08, 0.12, 0.06]
    if len(lines) > 1:
        weights = [1.0 - ov.mess, 0.16, 0.0, 0.1, 0.0, 0.0, 0.0]
    mode = rng.choices(MODES, weights)[0]
    base = slot.base + span * (0.5 if ov.style != "lines" else 0.0)
    if ov.style == "cells":
        base = y0 + (y1 - y0) * 0.5 - vs * 0.3 + span / 2
    x = slot.x + rng.uniform(-1.0, 3.0)
    base += rng.uniform(-1.2, 1.2)
    tries: list[tuple[float, float]] = []
    if mode == "low":
        low = y0 - vs * rng.uniform(0.05, 0.3) + span if ov.style != "lines" else base - vs * 0.3
        tries.append((x, low))
    elif mode == "high":
        tries.append((x if not slot.inside_label else slot.label[2] + 8,
                      y1 - vs * rng.uniform(0.45, 0.7)))
    elif mode == "left":
        tries.append((x0 - rng.uniform(4, 14), base))
    elif mode == "run":
        tries.append((max(x, x1 - max(widths) * rng.uniform(0.6, 0.88)), base))
    elif mode == "beside":
        lb = slot.label
        tries.append((lb[2] + rng.uniform(3, 9), lb[1] + 2.2 + rng.uniform(-1.0, 1.0)
                      + span))
    elif mode == "note":
        note_w = max(widths) + 10
        note_h = len(lines) * step + 6
        nx = min(x0 + (x1 - x0) * rng.uniform(0.15, 0.5), PAGE_W - 24 - note_w)
        ny = y0 - note_h * rng.uniform(0.3, 0.7)
        rect = (nx, ny, nx + note_w, ny + note_h)
        if not _hits(rect, ov.texts + keep) and ny > 40:
            c.saveState()
            c.setLineWidth(0.5)
            c.setStrokeColorRGB(0.35, 0.35, 0.35)
            c.setFillGray(ov.note_fill)
            c.rect(nx, ny, note_w, note_h, stroke=1, fill=1)
            c.setFillGray(0)
            c.restoreState()
            for k, t in enumerate(lines):
                by = ny + note_h - 3 - vs * 0.85 - k * step
                pen.text(nx + 5, by, t, vs, font=font)
                ov.texts.append(_tbox(nx + 5, by, widths[k], vs))
            ov.texts.append(rect)
            return
    proper = len(tries)
    tries.append((x, base))
    tries.append((slot.x + 1, base))
    for k, (tx, tb) in enumerate(tries):
        candidate = boxes(tx, tb)
        inside_page = all(b[0] >= 20 and b[2] <= PAGE_W - 20 and b[1] >= 24 for b in candidate)
        avoid = ov.texts if k >= proper else ov.texts + keep
        if inside_page and not any(_hits(b, avoid) for b in candidate):
            break
    for k, t in enumerate(lines):
        pen.text(tx, tb - k * step, t, vs, font=font)
    ov.texts.extend(boxes(tx, tb))


def _ov_group_blocks(ov: _Ov, g: Grp, index: int, x: float, width: float) -> list[Blk]:
    out: list[Blk] = []
    head_h = ov.head_size + 10

    def draw_head(top: float, title: str = g.title) -> None:
        _ov_heading(ov, title, x, top, width)

    rows = _ov_rows(ov, g.fields, width)
    heights = [_ov_row_height(ov, r) for r in rows]
    first_h = heights[0] if heights else 0.0

    def draw_first(top: float) -> None:
        draw_head(top)
        if rows:
            _ov_draw_row(ov, rows[0], x, top - head_h, heights[0])

    out.append(Blk(head_h + first_h + (ov.gap if ov.style != "cells" else 0.0), draw_first,
                   index))
    for r, h in list(zip(rows, heights, strict=True))[1:]:
        def draw_row(top: float, r: list[tuple[Fld, float]] = r, h: float = h) -> None:
            _ov_draw_row(ov, r, x, top, h)
        out.append(Blk(h + (ov.gap if ov.style != "cells" else 0.0), draw_row, index))
    out[-1].height += ov.gap + 4
    return out


def _ov_closing(ov: _Ov, doc: Doc, s: Style, rng: random.Random, index: int, x: float,
                width: float) -> Blk:
    pen = ov.pen
    w = _words(s)
    seed = rng.getrandbits(32)
    declaration = "" if doc.certificate else rng.choice(DECLARATIONS)
    signed_value = (f"{doc.office}, {s.date(doc.signed)}" if doc.certificate
                    else f"{doc.city}, {s.date(doc.signed)}")
    signs = rng.random() < 0.5
    height = 62.0 + (12 if declaration else 0)

    def draw(top: float) -> None:
        sub = random.Random(seed)
        c = pen.c
        y = top - 4
        if declaration:
            ov.label(x, y - ov.label_size, declaration)
            y -= ov.label_size + 8
        c.saveState()
        c.setStrokeGray(ov.line_grey)
        c.setLineWidth(0.6)
        half = width * 0.45
        c.line(x, y - 30, x + half, y - 30)
        c.line(x + width - half, y - 30, x + width, y - 30)
        c.restoreState()
        lab = ov.label(x, y - 30 - ov.label_size - 2, w("signed"))
        key = "registrar" if doc.certificate else "signature"
        ov.label(x + width - half, y - 30 - ov.label_size - 2, w(key))
        slot = Slot(Fld("signed", w("signed"), signed_value),
                    (x, y - 30, x + half, y - 4), (x, y - 30 - ov.label_size - 4, lab,
                                                   y - 31), y - 26, x + 4, False)
        ov.slots.append(slot)
        if doc.certificate:
            _seal_plain(pen, x + width * 0.5, y - 22, 19, 0.45)
            _signature(pen, x + width - half + 10, y - 26, sub)
        elif signs:
            _signature(pen, x + width - half + 14, y - 26, sub)
    return Blk(height, draw, index)


def _ov_header(ov: _Ov, doc: Doc, form_no: str, x: float, width: float, top: float,
               rng: random.Random, s: Style) -> float:
    """Issuer, form number, title, office box and an instruction line; returns the height."""
    pen = ov.pen
    c = pen.c
    y = top
    ov.label(x, y - 8, doc.issuer, bold=True)
    ov.label(x, y - 8 - ov.label_size * 1.35, doc.unit)
    fw = pen.measure(form_no, ov.label_size)
    pen.text(x + width - fw, y - 8, form_no, ov.label_size)
    ov.texts.append(_tbox(x + width - fw, y - 8, fw, ov.label_size))
    y -= 8 + ov.label_size * 1.35 + 18
    office_box = not doc.certificate and rng.random() < 0.55
    tsize = rng.choice((13.0, 14.0, 15.0)) if not doc.certificate else rng.choice((17.0, 19.0))
    title_w = width * (0.6 if office_box else 1.0)
    lines = _wrap(doc.title, pen.faces.bold, tsize, title_w)
    for line in lines:
        if doc.certificate:
            lw = pen.measure(line, tsize, True)
            pen.text(x + (width - lw) / 2, y - tsize, line, tsize, bold=True)
            ov.texts.append(_tbox(x + (width - lw) / 2, y - tsize, lw, tsize))
        else:
            pen.text(x, y - tsize, line, tsize, bold=True)
            ov.texts.append(_tbox(x, y - tsize, pen.measure(line, tsize, True), tsize))
        y -= tsize * 1.25
    if office_box:
        bx = x + width * 0.64
        bh = 50.0
        c.saveState()
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(bx, top - 32 - bh, width * 0.36, bh, stroke=1, fill=0)
        c.restoreState()
        ov.label(bx + 4, top - 32 - ov.label_size - 3, _words(s).section("office"))
        y = min(y, top - 32 - bh)
    if doc.certificate:
        y -= 4
    else:
        note = SMALL_PRINT[3] if rng.random() < 0.6 else SMALL_PRINT[0]
        for line in _wrap(note, pen.faces.regular, ov.label_size, width):
            ov.label(x, y - ov.label_size - 2, line)
            y -= ov.label_size * 1.3
        y -= 6
    return top - y


def _ov_footer(ov: _Ov, form_no: str, x: float, width: float, page: int, pages: int,
               rng: random.Random, certificate: bool) -> None:
    pen = ov.pen
    size = max(5.6, ov.label_size - 0.6)
    texts = list(CERT_PRINT[:2]) if certificate else rng.sample(SMALL_PRINT[:3] + SMALL_PRINT[4:],
                                                               2)
    lines = [ln for t in texts for ln in _wrap(t, pen.faces.regular, size, width)]
    y = 30 + len(lines) * size * 1.25
    pen.c.saveState()
    pen.c.setStrokeGray(0.5)
    pen.hline(x, x + width, y + 4, 0.4)
    pen.c.restoreState()
    for line in lines:
        pen.text(x, y - size, line, size)
        ov.texts.append(_tbox(x, y - size, pen.measure(line, size), size))
        y -= size * 1.25
    foot = f"{form_no}  ·  Seite {page} von {pages}"
    fw = pen.measure(foot, size)
    pen.text(x + width - fw, 22, foot, size)
    ov.texts.append(_tbox(x + width - fw, 22, fw, size))


def _footer_height(ov: _Ov, width: float, certificate: bool) -> float:
    size = max(5.6, ov.label_size - 0.6)
    return 30 + 3 * size * 1.25 * (1 if certificate else 2) + 16


def draw_overlay(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    ov = _Ov(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    vt, vfb = rng.choice([v for v in VALUE_FACES if _face(*v) != pen.faces.regular])
    ov.value_font = _face(vt, vfb)
    form_no = _form_no(rng, doc_type)
    x = rng.uniform(40, 56)
    width = PAGE_W - 2 * x
    top = PAGE_H - rng.uniform(34, 46)
    place_rng = random.Random(rng.getrandbits(32))
    closing_rng = random.Random(rng.getrandbits(32))
    footer_rng = random.Random(rng.getrandbits(32))
    header_rng = random.Random(rng.getrandbits(32))
    frame = doc.certificate and rng.random() < 0.7
    if doc.certificate and ov.style == "cells" and rng.random() < 0.5:
        ov.style = "lines"
    while True:
        blocks: list[Blk] = []
        for k, g in enumerate(doc.groups):
            blocks += _ov_group_blocks(ov, g, k, x, width)
        blocks.append(_ov_closing(ov, doc, s, random.Random(closing_rng.random()),
                                  len(doc.groups), x, width))
        head_h = _header_height(ov, doc, width)
        room = top - head_h - _footer_height(ov, width, doc.certificate)
        laid = _split_pages(blocks, room, pages)
        if laid is not None or not ov.shrink():
            break
    if laid is None:  # cannot happen with the catalog's documents; keep going regardless
        laid = [blocks[: len(blocks) // 2], blocks[len(blocks) // 2:]][:pages] if pages == 2 \
            else [blocks]
    for n, page in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        ov.texts = []
        ov.slots = []
        if frame:
            _frame(pen, x - 14, width + 28)
        used = _ov_header(ov, doc, form_no, x, width, top, random.Random(header_rng.random()),
                          s) if n == 1 else _continued(ov, doc, x, width, top)
        y = top - used
        for b in page:
            b.draw(y)
            y -= b.height
        _ov_footer(ov, form_no, x, width, n, len(laid), footer_rng, doc.certificate)
        keep = [_default_box(ov, slot) for slot in ov.slots]
        for k, slot in enumerate(ov.slots):
            _ov_place(ov, slot, place_rng, keep[:k] + keep[k + 1:])


def _header_height(ov: _Ov, doc: Doc, width: float) -> float:
    """An upper bound of what ``_ov_header`` takes."""
    pen = ov.pen
    tsize = 19.0 if doc.certificate else 15.0
    lines = len(_wrap(doc.title, pen.faces.bold, tsize, width * 0.6))
    small = len(_wrap(SMALL_PRINT[0], pen.faces.regular, ov.label_size, width)) + 1
    return max(8 + ov.label_size * 1.35 + 18 + lines * tsize * 1.25 + small * ov.label_size
               * 1.3 + 6, 32 + 50 + 4)


def _continued(ov: _Ov, doc: Doc, x: float, width: float, top: float) -> float:
    pen = ov.pen
    text = f"{doc.title} – Fortsetzung"
    size = ov.head_size + 1
    pen.text(x, top - size, text, size, bold=True)
    ov.texts.append(_tbox(x, top - size, pen.measure(text, size, True), size))
    return size + 14


def _frame(pen: Pen, x: float, width: float) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeGray(0.35)
    c.setLineWidth(1.4)
    c.rect(x, 14, width, PAGE_H - 28, stroke=1, fill=0)
    c.setLineWidth(0.4)
    c.rect(x + 3, 17, width - 6, PAGE_H - 34, stroke=1, fill=0)
    c.restoreState()


def _seal_plain(pen: Pen, cx: float, cy: float, r: float, gray: float) -> None:
    """A printed seal circle (the blank's place for the office seal)."""
    c = pen.c
    c.saveState()
    c.setStrokeGray(gray)
    c.setLineWidth(0.6)
    c.setDash(1.5, 1.5)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.restoreState()


# --- stamped: a plain printed document that went through an office --------------------------

class _St:
    """Per-document habits of the ``stamped`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.place = rng.choice(("left", "left", "above"))
        self.colon = rng.random() < 0.6
        self.label_size = rng.choice((8.5, 9.0, 9.5, 10.0))
        self.value_size = rng.choice((9.5, 10.0, 10.5, 11.0))
        self.value_bold = rng.random() < 0.3
        self.head_size = rng.choice((10.0, 11.0, 11.5))
        self.underline = rng.random() < 0.5
        self.gap = rng.choice((3.0, 4.0, 5.0))
        self.tab = rng.uniform(0.34, 0.42)
        self.values: list[Box] = []  # where values were typed (for ticks)

    def shrink(self) -> bool:
        if self.gap > 1.5:
            self.gap -= 1.0
        elif self.value_size > 8.5:
            self.value_size -= 0.5
            self.label_size = min(self.label_size, self.value_size)
        else:
            return False
        return True

    @property
    def vfont(self) -> str:
        return self.pen.faces.bold if self.value_bold else self.pen.faces.regular


def _st_field(st: _St, f: Fld, x: float, width: float, index: int) -> Blk:
    pen = st.pen
    ls, vs = st.label_size, st.value_size
    label = f.label + (":" if st.colon else "")
    if st.place == "left":
        tab = width * st.tab
        label_lines = _wrap(label, pen.faces.regular, ls, tab - 8)
        vx, vw = x + tab, width - tab
    else:
        label_lines = [label]
        vx, vw = x, width
    if f.options:
        value_lines = ["  ".join(("[X] " if i == f.chosen else "[  ] ") + o
                                 for i, o in enumerate(f.options))]
        value_lines = _wrap(value_lines[0], st.vfont, vs, vw)
    elif f.lines:
        value_lines = [ln for t in f.lines for ln in _wrap(t, st.vfont, vs, vw)]
    else:
        value_lines = _wrap(f.text, st.vfont, vs, vw)
    if st.place == "left":
        height = max(len(label_lines) * ls * 1.2, len(value_lines) * vs * 1.3) + st.gap + 2
    else:
        height = ls * 1.25 + len(value_lines) * vs * 1.3 + st.gap + 3

    def draw(top: float) -> None:
        y = top - max(ls, vs)
        for line in label_lines:
            pen.text(x, y if st.place == "left" else top - ls, line, ls)
            y -= ls * 1.2
        vy = top - max(ls, vs) if st.place == "left" else top - ls * 1.25 - vs
        for line in value_lines:
            end = pen.text(vx, vy, line, vs, font=st.vfont)
            st.values.append((vx, vy - vs * 0.25, end, vy + vs * 0.8))
            vy -= vs * 1.3
    return Blk(height, draw, index)


def _st_blocks(st: _St, doc: Doc, x: float, width: float) -> list[Blk]:
    pen = st.pen
    out: list[Blk] = []
    for k, g in enumerate(doc.groups):
        hs = st.head_size

        def head(top: float, title: str = g.title, hs: float = hs) -> None:
            end = pen.text(x, top - hs - 2, title, hs, bold=True)
            if st.underline:
                pen.hline(x, end, top - hs - 4.5, 0.6)
        out.append(Blk(hs + 9, head, k))
        fields = [f for f in g.fields if not f.empty]
        out += [_st_field(st, f, x + 6, width - 6, k) for f in fields]
        out[-1].height += 6
    return out


def _st_closing(st: _St, doc: Doc, s: Style, rng: random.Random, x: float, width: float,
                index: int) -> Blk:
    pen = st.pen
    w = _words(s)
    seed = rng.getrandbits(32)
    declaration = "" if doc.certificate else rng.choice(DECLARATIONS)
    place_date = (f"{doc.office}, den {s.date(doc.signed)}" if doc.certificate
                  else f"{doc.city}, {s.date(doc.signed)}")

    def draw(top: float) -> None:
        sub = random.Random(seed)
        y = top - 6
        if declaration:
            pen.text(x, y - st.label_size, declaration, st.label_size)
            y -= st.label_size + 10
        pen.text(x, y - st.value_size, place_date, st.value_size, font=st.vfont)
        sx = x + width * 0.55
        _signature(pen, sx + 10, y - 22, sub)
        pen.hline(sx, x + width, y - 28, 0.5)
        key = "registrar" if doc.certificate else "signature"
        pen.text(sx, y - 28 - st.label_size - 2, w(key), st.label_size - 1)
    return Blk(60.0 + (14 if declaration else 0), draw, index)


@dataclass(slots=True)
class Office:
    """What the office adds: its name, the day the document came in, references."""

    name: str
    unit: str
    received: date
    case_ref: str
    sticker: str
    ink: tuple[float, float, float]
    pen_ink: tuple[float, float, float]
    hand: str


def _office(record: Record, doc_city: str, unit: str, anchor: date, rng: random.Random
            ) -> Office:
    city = doc_city if rng.random() < 0.7 else rng.choice(("Bochum", "Essen", "Dortmund",
                                                           "Herne", "Gelsenkirchen"))
    received = other_day(record, anchor + timedelta(days=1), rng, 12)
    case_ref = rng.choice((f"{rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(100, 9999)}"
                           f"/{received.year % 100:02d}",
                           f"{rng.randint(30, 39)} {rng.randint(10, 99)} {rng.randint(1, 9)}"
                           f"-{rng.randint(1000, 9999)}",
                           f"{rng.choice(('MA', 'StA', 'ABH', 'ZL'))}-{rng.randint(1000, 99999)}"))
    sticker = f"{received.year}{rng.randint(100000, 999999)}"
    return Office(f"Stadt {city}", unit, received, case_ref, sticker, rng.choice(INKS),
                  rng.choice(PEN_INKS), rng.choice(HAND_FACES))


def _rot_text(pen: Pen, x: float, y: float, angle: float, text: str, font: str, size: float,
              centre: bool = False) -> None:
    c = pen.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont(font, size)
    if centre:
        c.drawCentredString(0, 0, text)
    else:
        c.drawString(0, 0, text)
    c.restoreState()


def _received_stamp(pen: Pen, s: Style, o: Office, cx: float, cy: float,
                    rng: random.Random) -> None:
    """The incoming-mail stamp: a frame with the office, the word, the day and an initial."""
    c = pen.c
    w = _words(s)
    angle = rng.choice((-1, 1)) * rng.uniform(3, 14)
    font = pen.faces.bold if rng.random() < 0.5 else "Helvetica-Bold"
    lines = [o.name, o.unit] if rng.random() < 0.6 else [f"{o.name} – {o.unit}"]
    word = w.stamp("received")
    day = stamp_date(o.received, rng.randint(0, 2))
    extra = f"{w.stamp('attachments')} {rng.randint(1, 4)}" if rng.random() < 0.5 else ""
    size = rng.uniform(7.5, 9.5)
    width = max(c.stringWidth(t, font, size) for t in [*lines, day, word]) + 20
    height = size * 1.45 * (len(lines) + 2 + (1 if extra else 0)) + 10
    alpha = rng.uniform(0.6, 0.85)
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    _rgb(c, o.ink, alpha)
    c.setLineWidth(1.1)
    c.roundRect(-width / 2, -height / 2, width, height, 5, stroke=1, fill=0)
    y = height / 2 - size - 4
    c.setFont(font, size)
    for t in lines:
        c.drawCentredString(0, y, t)
        y -= size * 1.45
    c.setFont(font, size + 2)
    c.drawCentredString(0, y - 1, word)
    y -= size * 1.6
    c.setFont(font, size + 1.5)
    c.drawCentredString(0, y - 1, day)
    y -= size * 1.45
    if extra:
        c.setFont(font, size)
        c.drawString(-width / 2 + 6, y - 1, extra)
    c.restoreState()
    if rng.random() < 0.65:  # a clerk's initial next to the stamp
        _initial(pen, cx + width * 0.3, cy - height * 0.45, o.pen_ink, rng)


def _initial(pen: Pen, x: float, y: float, ink: tuple[float, float, float],
             rng: random.Random) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(rng.uniform(0.7, 1.1))
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + 4, y + 12, x + 7, y + 9, x + 6, y - 2)
    p.curveTo(x + 9, y + 6, x + 13, y + 8, x + 16, y + 1)
    p.lineTo(x + 20, y + 4)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _copy_stamp(pen: Pen, s: Style, o: Office, cx: float, cy: float, certified: bool,
                rng: random.Random) -> None:
    c = pen.c
    w = _words(s)
    angle = rng.uniform(-9, 9)
    alpha = rng.uniform(0.5, 0.75)
    if not certified:
        word = w.stamp("copy")
        size = rng.uniform(20, 28)
        tw = c.stringWidth(word, "Helvetica-Bold", size)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(angle)
        _rgb(c, o.ink, alpha)
        c.setLineWidth(1.6)
        c.rect(-tw / 2 - 8, -size * 0.45, tw + 16, size * 1.25, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", size)
        c.drawCentredString(0, -size * 0.15, word)
        c.restoreState()
        return
    head = w.stamp("certified")
    clause = w.stamp("certify_clause")
    size = 7.5
    lines = [head, *_wrap(clause, "Helvetica", size, 150), f"{o.name}, {stamp_date(o.received, 1)}"]
    width = 165.0
    height = len(lines) * size * 1.4 + 12
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle * 0.4)
    _rgb(c, o.ink, alpha)
    c.setLineWidth(0.9)
    c.rect(-width / 2, -height / 2, width, height, stroke=1, fill=0)
    y = height / 2 - size - 4
    for k, t in enumerate(lines):
        c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", size + (1 if k == 0 else 0))
        c.drawString(-width / 2 + 6, y, t)
        y -= size * 1.4
    c.restoreState()
    _round_seal(pen, o.name, cx + width * 0.35, cy - height * 0.55 - 20, 22, o.ink, rng)
    _signature(pen, cx - width * 0.25, cy - height / 2 - 18, rng)


def _round_seal(pen: Pen, name: str, cx: float, cy: float, r: float,
                ink: tuple[float, float, float], rng: random.Random) -> None:
    """A round office seal with the office name around the rim."""
    c = pen.c
    alpha = rng.uniform(0.5, 0.75)
    c.saveState()
    _rgb(c, ink, alpha)
    c.setLineWidth(1.0)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(cx, cy, r * 0.66, stroke=1, fill=0)
    text = f"{name.upper()} *"
    size = r * 0.26
    c.setFont("Helvetica-Bold", size)
    span = min(300.0, len(text) * 14.0)
    start = 90 + span / 2
    for k, ch in enumerate(text):
        a = math.radians(start - k * span / max(1, len(text) - 1))
        c.saveState()
        c.translate(cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    p = c.beginPath()
    for k in range(10):
        a = math.pi / 2 + math.pi * k / 5
        rr = r * (0.42 if k % 2 == 0 else 0.18)
        px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if k == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def _tick(pen: Pen, x: float, y: float, ink: tuple[float, float, float],
          rng: random.Random) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(rng.uniform(0.8, 1.2))
    p = c.beginPath()
    p.moveTo(x, y + 3)
    p.lineTo(x + 2.5 + rng.uniform(-0.5, 0.5), y)
    p.lineTo(x + 8 + rng.uniform(-1, 1), y + 8 + rng.uniform(-1, 1.5))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _margin_note(pen: Pen, o: Office, x: float, y: float, text: str, rng: random.Random
                 ) -> None:
    c = pen.c
    c.saveState()
    c.setFillColorRGB(*o.pen_ink)
    c.translate(x, y)
    c.rotate(rng.uniform(-6, 6) or 2.0)
    c.setFont(o.hand, rng.uniform(8.5, 10.5))
    c.drawString(0, 0, text)
    c.restoreState()


def _barcode_sticker(pen: Pen, s: Style, o: Office, x: float, y: float,
                     rng: random.Random) -> None:
    """A white label with a bar code and the filing number under it (x, y: top left)."""
    c = pen.c
    w, h = 128.0, 36.0
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-1.2, 1.2) or 0.5)
    c.setFillGray(1)
    c.setStrokeGray(0.55)
    c.setLineWidth(0.5)
    c.roundRect(0, -h, w, h, 3, stroke=1, fill=1)
    c.setFillGray(0)
    bx = 8.0
    bars = random.Random(o.sticker)
    while bx < w - 10:
        bw = bars.choice((0.7, 0.7, 1.4, 2.1))
        c.rect(bx, -h + 13, bw, 18, stroke=0, fill=1)
        bx += bw + bars.choice((0.7, 1.4, 2.1))
    c.setFont("Courier", 7)
    c.drawString(8, -h + 4, f"{_words(s).stamp('sticker')} {o.sticker}")
    c.restoreState()


def _office_marks(pen: Pen, s: Style, o: Office, rng: random.Random, page: int, top: float,
                  bottom: float, values: list[Box], certificate: bool, x: float,
                  width: float) -> None:
    """Everything the office put on a page, drawn after (over) the document."""
    w = _words(s)
    c = pen.c
    if page == 1:
        _barcode_sticker(pen, s, o, PAGE_W - 128 - rng.uniform(18, 34), PAGE_H - 8 -
                         rng.uniform(0, 6), rng)
        ref = f"{w.stamp('case')} {o.case_ref}"
        c.saveState()
        c.setFillColorRGB(*o.pen_ink)
        c.setFont(o.hand, 9.5)
        c.drawString(x, PAGE_H - 22, ref)
        c.restoreState()
        sx = x + width * rng.uniform(0.45, 0.75)
        sy = top - (top - bottom) * rng.uniform(0.05, 0.45)
        _received_stamp(pen, s, o, sx, sy, rng)
        roll = rng.random()
        if certificate or roll < 0.45:
            cy = bottom + (top - bottom) * rng.uniform(0.1, 0.35)
            _copy_stamp(pen, s, o, x + width * rng.uniform(0.3, 0.65), cy,
                        certificate and rng.random() < 0.7, rng)
    ticked = [v for v in values if rng.random() < 0.45]
    for v in ticked:
        if v[2] + 14 < PAGE_W - 18:
            _tick(pen, v[2] + rng.uniform(3, 8), v[1] + rng.uniform(-1, 2), o.pen_ink, rng)
    for _ in range(rng.randint(1, 3)):
        note = rng.choice((*MARGIN_NOTES, w.stamp("checked"), w.stamp("filed")))
        y = bottom + (top - bottom) * rng.uniform(0.1, 0.9)
        mx = rng.choice((8.0, PAGE_W - 40))
        if mx < 20:
            mx = max(14.0, x - 38)
            if c.stringWidth(note, o.hand, 10.5) > x - 16:
                note = rng.choice(("ok", "i.O.", "erl."))
        else:
            mx = PAGE_W - min(40.0, PAGE_W - x - width) - 4
            note = rng.choice(("ok", "i.O.", "erl.", "v. g."))
        _margin_note(pen, o, mx, y, note, rng)
    if rng.random() < 0.5:  # a bracket along a few lines
        c.saveState()
        c.setStrokeColorRGB(*o.pen_ink)
        c.setLineWidth(0.9)
        bx = max(12.0, x - 12)
        y0 = bottom + (top - bottom) * rng.uniform(0.2, 0.6)
        c.line(bx, y0, bx - 2, y0 + rng.uniform(40, 90))
        c.restoreState()
    if page == 1 and rng.random() < 0.6:
        _initial(pen, PAGE_W - rng.uniform(60, 90), 34, o.pen_ink, rng)
        c.saveState()
        c.setFillColorRGB(*o.pen_ink)
        c.setFont(o.hand, 8.5)
        c.drawString(PAGE_W - rng.uniform(130, 150), 37,
                     f"{o.received.day:02d}.{o.received.month:02d}.")
        c.restoreState()


def _st_header(st: _St, doc: Doc, x: float, width: float, top: float, rng: random.Random,
               form_no: str) -> float:
    pen = st.pen
    size = st.label_size
    pen.text(x, top - size, doc.issuer, size + 1, bold=True)
    pen.text(x, top - size * 2.4, doc.unit, size)
    y = top - size * 2.4 - 24
    tsize = rng.choice((14.0, 15.0, 16.0)) if not doc.certificate else rng.choice((17.0, 18.0))
    for line in _wrap(doc.title, pen.faces.bold, tsize, width * 0.8):
        if doc.certificate:
            pen.centre_text(x + width / 2, y - tsize, line, tsize, bold=True)
        else:
            pen.text(x, y - tsize, line, tsize, bold=True)
        y -= tsize * 1.3
    if not doc.certificate and rng.random() < 0.5:
        pen.text(x, y - size, form_no, size - 1.5)
        y -= size + 2
    return top - y + 10


def draw_stamped(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    st = _St(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    office = _office(record, doc.city, doc.unit, doc.signed, rng)
    form_no = _form_no(rng, doc_type)
    x = rng.uniform(64, 80)
    width = PAGE_W - x - rng.uniform(48, 62)
    top = PAGE_H - rng.uniform(62, 74)
    bottom = 56.0
    marks_rng = random.Random(rng.getrandbits(32))
    closing_rng = random.Random(rng.getrandbits(32))
    header_rng = random.Random(rng.getrandbits(32))
    while True:
        blocks = _st_blocks(st, doc, x, width)
        blocks.append(_st_closing(st, doc, s, random.Random(closing_rng.random()), x, width,
                                  len(doc.groups)))
        head_h = 3 * st.label_size + 24 + 3 * 18 * 1.3 + st.label_size + 12
        laid = _split_pages(blocks, top - head_h - bottom, pages)
        if laid is not None or not st.shrink():
            break
    if laid is None:
        laid = [blocks] if pages == 1 else [blocks[: len(blocks) // 2],
                                            blocks[len(blocks) // 2:]]
    for n, page in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        st.values = []
        y = top - (_st_header(st, doc, x, width, top, random.Random(header_rng.random()),
                              form_no) if n == 1 else 0)
        for b in page:
            b.draw(y)
            y -= b.height
        size = st.label_size - 1.5
        pen.text(x, 30, f"Seite {n} von {len(laid)}", size)
        if doc.certificate and n == len(laid):
            _round_seal(pen, doc.issuer, x + width * 0.38, max(y + 26, 90), 26,
                        (0.25, 0.25, 0.3), marks_rng)
        _office_marks(pen, s, office, marks_rng, n, top, max(y, bottom), st.values,
                      doc.certificate, x, width)


# --- identity documents ----------------------------------------------------------------------

def _identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A copy of the document on a page: a form's supplementary sheet (overlay) or a filed copy
    with the office's stamps (stamped); a card's back on page 2 when the plan wants two."""
    w = _words(s)
    overlay = s.layout == "overlay"
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    unit = rng.choice(UNITS["identity_document"])
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    style = rng.choice(VIZ_STYLES)
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    x = rng.uniform(48, 70)
    width = PAGE_W - 2 * x
    top = PAGE_H - rng.uniform(56, 70)
    office = _office(r, city, unit, anchor, rng)
    form_no = _form_no(rng, "identity_document")
    value_font = _face(*rng.choice([v for v in VALUE_FACES if _face(*v) != pen.faces.regular]))
    seed = rng.getrandbits(32)
    total = max(pages, len(parts))
    for n in range(1, total + 1):
        if n > 1:
            pen.new_page()
        y = top
        pen.text(x, y - 9, f"Stadt {city} – {unit}", 9, bold=True)
        y -= 32
        pen.text(x, y - 14, title, 14, bold=True)
        y -= 30
        if overlay and n == 1:
            pen.text(x, y - 7, w.section("copy"), 7.5)
            pen.c.saveState()
            pen.c.setLineWidth(0.6)
            pen.c.rect(x, y - 40, width * 0.55, 26, stroke=1, fill=0)
            pen.c.restoreState()
            pen.text(x + 3, y - 20, w("id_number"), 6.5)
            copied = other_day(r, anchor, rng)
            pen.text(x + width * 0.55 + rng.uniform(-8, 6), y - 36 + rng.uniform(-3, 4),
                     f"Kopie vom {s.date(copied)}",
                     rng.choice((9.0, 10.0)), font=value_font)
            y -= 56
        if n <= len(parts):
            part = parts[n - 1]
            w1, h1 = _card_size(r, part, 1.0)
            scale = min(rng.uniform(1.1, 1.6), (width - 10) / w1, (y - 200) / h1)
            cw, ch = _card_size(r, part, scale)
            if overlay:
                pen.c.saveState()
                pen.c.setStrokeGray(0.45)
                pen.c.setDash(3, 2)
                pen.c.rect(x, y - ch - 16, width, ch + 16, stroke=1, fill=0)
                pen.c.restoreState()
            _draw_copy(pen, r, part, x + (width - cw) / 2, y - 8, scale, style,
                       random.Random(seed), False)
            y -= ch + 24
        else:
            for line in [ln for t in SMALL_PRINT[1:3] for ln in
                         _wrap(t, pen.faces.regular, 8, width)]:
                pen.text(x, y - 8, line, 8)
                y -= 11
        pen.text(x, 28, f"{form_no} · Seite {n} von {total}", 7)
        if not overlay:
            if n == 1:
                _barcode_sticker(pen, s, office, PAGE_W - 150, PAGE_H - 10, rng)
                _received_stamp(pen, s, office, x + width * rng.uniform(0.3, 0.7),
                                max(y - 60, 120), rng)
                pen.c.saveState()
                _rgb(pen.c, office.ink, 0.7)
                pen.c.setFont("Helvetica-Bold", 10)
                pen.c.drawString(x, max(y - 140, 60), w.stamp("original"))
                pen.c.restoreState()
                _signature(pen, x + 100, max(y - 142, 58), rng)
            else:
                _tick(pen, x + width - 30, 40, office.pen_ink, rng)


def draw_extra6(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``overlay`` or ``stamped`` layout; ``pages`` is what the plan
    asks for."""
    pen.faces = _faces(rng, FORM_FACES if s.layout == "overlay" else PLAIN_FACES)
    if isinstance(record, Identity):
        _identity(pen, record, s, rng, pages)
    elif s.layout == "overlay":
        draw_overlay(pen, record, s, rng, doc_type, pages)
    else:
        draw_stamped(pen, record, s, rng, doc_type, pages)
