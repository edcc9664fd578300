"""The fifteenth extra pair of blind held-out layouts: ``ciec`` and ``legend``.

``ciec`` is drawn in the manner of the multilingual civil-status extracts that European
registries exchange, and of multilingual administrative forms generally: every field is a
numbered row (``1``, ``2``, ``3`` … or ``1a``, ``1b``, ``2a`` …, or ``01``, ``02`` …), the row's
label is printed in German and in two or three other languages (stacked in small type in the
label cell, or on one line separated by slashes or bullets, or German over one line of
translations), and the value stands in a separate value column. The order of the rows, the set
of languages, the grid, the faces and the sizes vary per document. Optional fields that do not
apply keep their row, struck with a dash or a rule. Marriage extracts sometimes give the two
spouses two value columns. Applications and the document record sheet use the same row style.

``legend`` is a coded form: every value box carries only a field code (``7``, ``A1``, ``C.2``,
``(7)`` …) in its corner, on a dark tab or before it, and the meaning of the codes is explained
in a legend block elsewhere on the page (a footer block, a side column or a box at the top).
Values are typed into the boxes. Some forms (at most a third) print a short label beside the
code. The codes are assigned in the form's own order, and the boxes are not always placed in
that order. Choices are coded groups of tick boxes with the options' words beside them.

Both draw straight from the record with the wording of ``samples.wording_extra15``. Whoever
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
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _official
from samples.truth import truth_fields
from samples.wording_extra15 import (
    CIEC_WORDS_FOREIGN,
    DWELLING15,
    DWELLING_ORDER15,
    ID_KINDS15,
    LANDLORD_ROLES15,
    PURPOSE15,
    PURPOSE_ORDER15,
    SEX15,
    SEX_FOREIGN15,
    SEX_ORDER15,
    Extra15Wording,
    format_extra15_date,
    nationality_word,
    sex_word,
)

RGB = tuple[float, float, float]
CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class F:
    """One field: a value, a row that does not apply (``na``) or a group of tick boxes."""

    key: str
    value: str = ""
    kind: str = "text"  # text | choice | na
    options: tuple[str, ...] = ()
    chosen: int | None = None
    wide: bool = False
    nth: int = 0  # numbered persons (tenants)
    value2: str | None = None  # the second spouse's value (two value columns)
    kind2: str = "text"


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
    certificate: bool
    identity: bool = False
    two_columns: bool = False  # marriage extract with a value column per spouse


def _w(s: Style) -> Extra15Wording:
    assert isinstance(s.words, Extra15Wording)
    return s.words


def _ciec(s: Style) -> bool:
    return s.layout == "ciec"


def _date(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d))


def _na(key: str) -> F:
    return F(key, "", "na")


def _sex_lang(w: Extra15Wording) -> str:
    return next((lang for lang in w.langs if lang in SEX_FOREIGN15), "fr")


def _sex(s: Style, code: str) -> F:
    if not _ciec(s) and s.sex_mode == "choice":
        options = tuple(SEX15["word"][c] for c in SEX_ORDER15)
        return F("sex", SEX15["word"][code], "choice", options, SEX_ORDER15.index(code),
                 wide=True)
    return F("sex", sex_word(code, s.sex_mode, _sex_lang(_w(s))))


def _nat(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode))


def _address(s: Style, a: Address, line_key: str) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line, wide=True)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line, wide=True), F("city_line", a.city_line)]
    return [F("street", a.street), F("house_number", a.number), F("postal_code", a.postal_code),
            F("city", a.city)]


def _pick(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
          chosen: str) -> F:
    """A choice: the extract's words, the coded form's tick boxes."""
    if _ciec(s):
        return F(key, table[chosen][0], wide=True)
    options = tuple(table[k][1] for k in order)
    return F(key, table[chosen][1], "choice", options, order.index(chosen), wide=True)


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True, birth_name: bool | None = True,
            birth_first: bool | None = None) -> list[F]:
    """A person's rows; ``birth_name=None`` leaves the row out, ``True`` prints it (struck
    when the person has none)."""
    names = [F("family_name", p.family), F("given_names", p.given)]
    if birth_name is not None:
        names.append(F("birth_name", p.birth_name) if p.birth_name else _na("birth_name"))
    birth = [_date(s, "date_of_birth", p.dob)]
    if place:
        birth.append(F("place_of_birth", p.pob))
    rest = []
    if sex:
        rest.append(_sex(s, p.sex))
    if nat:
        rest.append(_nat(s, p.nationality))
    if birth_first is None:
        birth_first = _ciec(s) and rng.random() < 0.45
    if birth_first:  # the extracts' order: birth first, then the names
        return birth + rest + names
    return names + birth + rest


def _register(s: Style, record: Geburt | Ehe | Sterbe, rng: random.Random) -> Sec:
    items = [F("registry_office", f"Standesamt {record.office}"),
             F("register_number", record.register), _date(s, "issue_date", record.issue)]
    if _ciec(s) and rng.random() < 0.6:
        items.insert(2, _na("remarks"))
    return Sec("register", items)


def _maybe_swap(rng: random.Random, secs: list[Sec], p: float) -> list[Sec]:
    if len(secs) > 1 and rng.random() < p:
        i = rng.randrange(len(secs) - 1)
        secs[i], secs[i + 1] = secs[i + 1], secs[i]
    return secs


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections and fields of one document."""
    w = _w(s)
    w.register = doc_type in CERTIFICATES
    title = w.title(doc_type)
    ciec = _ciec(s)
    match record:
        case Anmeldung():
            a = record.address
            flat = [_date(s, "move_in_date", record.move_in), *_address(s, a, "address_line")]
            if record.dwelling:
                flat.append(_pick(s, "dwelling", DWELLING15, DWELLING_ORDER15, record.dwelling))
            elif ciec:
                flat.append(_na("dwelling"))
            else:
                flat.append(F("dwelling", "", "choice",
                              tuple(DWELLING15[k][1] for k in DWELLING_ORDER15), None, wide=True))
            secs = [Sec("person", _person(s, record.person, rng)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous, wide=True)]))
            else:
                secs.append(Sec("previous", [_na("previous_address")]))
            return Doc(doc_type, title, a.city, _maybe_swap(rng, secs, 0.3), False)
        case Wohnungsgeber():
            a = record.address
            landlord = [F("landlord_name", record.landlord_name, wide=True),
                        F("landlord_address", record.landlord_address.line, wide=True)]
            if rng.random() < 0.75:
                i = 0 if record.landlord_is_owner else 1
                if ciec:
                    landlord.append(F("landlord_role", LANDLORD_ROLES15[i][0], wide=True))
                else:
                    landlord.append(F("landlord_role", LANDLORD_ROLES15[i][1], "choice",
                                      tuple(r[1] for r in LANDLORD_ROLES15), i, wide=True))
            flat = [_date(s, "move_in_date", record.move_in), *_address(s, a, "flat_line")]
            tenants = [F("tenant", t, nth=k) for k, t in enumerate(record.tenants, 1)]
            slots = 3 if ciec or rng.random() < 0.5 else len(tenants)
            tenants += [F("tenant", "", "na", nth=k) for k in range(len(tenants) + 1, slots + 1)]
            secs = [Sec("landlord", landlord), Sec("flat", flat), Sec("tenants", tenants)]
            if rng.random() < 0.3:
                secs = [secs[1], secs[2], secs[0]]
            return Doc(doc_type, title, a.city, secs, False)
        case Geburt():
            c = record.child
            child = _person(s, c, rng, nat=False, birth_name=None)
            if rng.random() < 0.55:
                child.append(F("birth_time", f"{record.birth_time} Uhr"))
            parents = [F("mother_name", record.mother)]
            parents.append(F("father_name", record.father) if record.father
                           else _na("father_name"))
            if rng.random() < 0.3:
                parents.reverse()
            secs = [Sec("child", child), Sec("parents", parents)]
            reg = _register(s, record, rng)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(doc_type, title, record.office, secs, True)
        case Ehe():
            place = rng.random() < 0.6
            first = _ciec(s) and rng.random() < 0.45
            spouses = [Sec(f"spouse{k}", _person(s, sp, rng, sex=False, nat=False, place=place,
                                                 birth_first=first))
                       for k, sp in ((1, record.spouse1), (2, record.spouse2))]
            marriage = Sec("marriage", [_date(s, "marriage_date", record.marriage_date),
                                        F("marriage_place", record.marriage_place)])
            two = ciec and rng.random() < 0.5
            if two:
                merged = [F(a.key, a.value, a.kind, value2=b.value, kind2=b.kind)
                          for a, b in zip(spouses[0].items, spouses[1].items, strict=True)]
                people = [Sec("spouses", merged)]
            else:
                people = spouses
            secs = [marriage, *people] if rng.random() < 0.5 else [*people, marriage]
            reg = _register(s, record, rng)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(doc_type, title, record.office, secs, True, two_columns=two)
        case Sterbe():
            deceased = _person(s, record.person, rng, sex=False, nat=False, birth_name=None)
            if rng.random() < 0.5:
                deceased.append(F("last_residence", record.last_residence, wide=True))
            death = Sec("death", [_date(s, "date_of_death", record.date_of_death),
                                  F("place_of_death", record.place_of_death)])
            secs = [Sec("deceased", deceased), death]
            if rng.random() < 0.3:
                secs.reverse()
            reg = _register(s, record, rng)
            secs = [reg, *secs] if rng.random() < 0.3 else [*secs, reg]
            return Doc(doc_type, title, record.office, secs, True)
        case Zulassung():
            a = record.address
            holder = [*_person(s, record.holder, rng, sex=False, nat=False, place=False,
                               birth_name=None), *_address(s, a, "address_line")]
            vehicle = [F("make", record.make), F("model", record.model),
                       F("vin", record.vin, wide=not ciec), F("evb_number", record.evb)]
            vehicle.append(F("desired_plate", record.plate) if record.plate
                           else _na("desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [F("account_holder", record.account_holder, wide=True),
                    F("iban", iban, wide=True)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            secs = [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)]
            if rng.random() < 0.3:
                secs = [secs[1], secs[0], secs[2]]
            return Doc(doc_type, title, a.city, secs, False)
        case Aufenthalt():
            a = record.address
            person = _person(s, record.person, rng, sex=rng.random() < 0.5, birth_name=None)
            passport = [F("passport_number", record.passport_number),
                        _date(s, "passport_expiry_date", record.passport_expiry),
                        _date(s, "entry_date", record.entry)]
            stay = [_pick(s, "purpose", PURPOSE15, PURPOSE_ORDER15, record.purpose)]
            secs = [Sec("person", person), Sec("passport", passport), Sec("stay", stay),
                    Sec("residence", _address(s, a, "address_line"))]
            if rng.random() < 0.35:
                secs = [secs[0], secs[3], secs[1], secs[2]]
            return Doc(doc_type, title, a.city, secs, False)
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            if ciec:
                doc_kind = F("doc_kind", ID_KINDS15[kind][0], wide=True)
            else:
                doc_kind = F("doc_kind", ID_KINDS15[kind][1], "choice",
                             (ID_KINDS15["P"][1], ID_KINDS15["I"][1]), 0 if kind == "P" else 1,
                             wide=True)
            document = [doc_kind, F("doc_code", record.document_code),
                        F("doc_number", record.document_number),
                        F("issuing_state", record.issuing_state),
                        _date(s, "expiry_date", record.expiry)]
            holder = [F("mrz_family", str(t["family_name"])),
                      F("mrz_given", str(t["given_names"])),
                      _date(s, "date_of_birth", record.person.dob), _sex(s, str(t["sex"])),
                      _nat(s, record.person.nationality)]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            secs = [Sec("document", document), Sec("holder_id", holder)]
            if rng.random() < 0.4:
                secs.reverse()
            return Doc(doc_type, title, city, secs, False, True)
    raise TypeError(type(record))


def fields(doc: Doc) -> list[F]:
    """Every field of the document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


# --- shared drawing helpers -----------------------------------------------------------------


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, width)) or [""]


def _fit(text: str, face: str, size: float, width: float, least: float = 5.5) -> float:
    while _width(text, face, size) > width and size > least:
        size -= 0.25
    return size


def _cross(pen: Pen, x: float, y: float, side: float, ink: RGB) -> None:
    c = pen.c
    c.saveState()
    c.setLineWidth(1.0)
    c.setStrokeColorRGB(*ink)
    d = side * 0.16
    c.line(x + d, y + d, x + side - d, y + side - d)
    c.line(x + d, y + side - d, x + side - d, y + d)
    c.restoreState()


def _face_set(rng: random.Random) -> Set4:
    return _set4(rng.choice((SANS9[0], SANS9[1], SANS9[2], SANS9[3], SANS9[4], SERIF9[0],
                             SERIF9[1], SERIF9[2])))


def _copy_block(pen: Pen, r: Identity, x: float, top: float, room_w: float, room_h: float,
                part: str, style: str, seed: int) -> float:
    """The document's picture scaled into the room; returns its height."""
    cw, ch = _card_size(r, part, 1.0)
    scale = max(0.45, min(1.15, room_w / cw, room_h / ch))
    cw, ch = _card_size(r, part, scale)
    _draw_copy(pen, r, part, x, top, scale, style, random.Random(seed), True)
    return ch


def _form_code(record: Record, rng: random.Random) -> str:
    return f"{rng.choice('ABCDEFHKLMNRS')}-{_free_number(record, rng, 100, 989)}"


# --- ciec: the multilingual extract ---------------------------------------------------------

SEPARATORS: Final = (" / ", " • ", " · ", " / ")


@dataclass(slots=True)
class _Cx:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    value_size: float
    label_size: float
    foreign_size: float
    left: float
    right: float
    no_w: float
    label_frac: float
    mode: str  # stacked | inline | mixed
    sep: str
    grid: str  # full | hlines | zebra | box
    numbering: str  # plain | grouped | zero
    dash: str  # char | line | dashes
    heads: str  # band | rule | none
    pad: float
    centre: bool
    ink: RGB
    col_header: bool
    langs: tuple[str, ...]

    @property
    def label_x(self) -> float:
        return self.left + self.no_w

    @property
    def value_x(self) -> float:
        return self.label_x + (self.right - self.label_x) * self.label_frac

    @property
    def label_w(self) -> float:
        return self.value_x - self.label_x - 8

    @property
    def value_w(self) -> float:
        return self.right - self.value_x - 8


def _make_cx(pen: Pen, rng: random.Random, langs: tuple[str, ...]) -> _Cx:
    faces = _face_set(rng)
    roll = rng.random()
    if roll < 0.45:
        value_face = faces.regular
    elif roll < 0.75:
        value_face = faces.bold
    else:
        value_face = _reg(*rng.choice(MONO9))
    left = rng.uniform(38, 58)
    right = PAGE_W - rng.uniform(36, 56)
    label_size = rng.uniform(7.6, 8.8)
    return _Cx(pen, rng, faces, value_face, rng.uniform(9.0, 10.6), label_size,
               label_size * rng.uniform(0.74, 0.84), left, right, rng.uniform(22, 30),
               rng.uniform(0.44, 0.54), rng.choice(("stacked", "stacked", "inline", "mixed")),
               rng.choice(SEPARATORS), rng.choice(("full", "hlines", "zebra", "box")),
               rng.choice(("plain", "plain", "grouped", "zero")),
               rng.choice(("char", "char", "line", "dashes")),
               rng.choice(("band", "rule", "none")), rng.uniform(3.0, 5.0), rng.random() < 0.5,
               rng.choice(((0, 0, 0), (0.05, 0.05, 0.3), (0.1, 0.1, 0.1))), rng.random() < 0.5,
               langs)


@dataclass(slots=True)
class _CRow:
    height: float
    draw: Callable[[float, int], None]  # (top, running row index)
    heading: bool = False


def _ciec_label(cx: _Cx, w: Extra15Wording, f: F) -> tuple[str, list[str]]:
    de = w(f.key)
    foreign = [w.foreign(lang, f.key) for lang in cx.langs]
    if f.nth:
        de = f"{de} – {f.nth}"
        foreign = [f"{x} – {f.nth}" for x in foreign]
    return de, foreign


def _label_lines(cx: _Cx, de: str, foreign: list[str]
                 ) -> list[tuple[str, str, float, float]]:
    """(text, face, size, grey) per printed line of a label cell."""
    out: list[tuple[str, str, float, float]] = []
    width = cx.label_w
    if cx.mode == "inline":
        size = cx.label_size * 0.92
        for line in _wrap(cx.sep.join([de, *foreign]), cx.faces.regular, size, width):
            out.append((line, cx.faces.regular, size, 0.1))
        return out
    out += [(ln, cx.faces.bold, cx.label_size, 0.0)
            for ln in _wrap(de, cx.faces.bold, cx.label_size, width)]
    if cx.mode == "mixed":
        out += [(ln, cx.faces.italic, cx.foreign_size, 0.35)
                for ln in _wrap(cx.sep.join(foreign), cx.faces.italic, cx.foreign_size, width)]
        return out
    for text in foreign:
        out += [(ln, cx.faces.italic, cx.foreign_size, 0.35)
                for ln in _wrap(text, cx.faces.italic, cx.foreign_size, width)]
    return out


def _row_no(cx: _Cx, n: int, sec: int, k: int) -> str:
    if cx.numbering == "grouped":
        return f"{sec + 1}{'abcdefghijklmnop'[k]}"
    if cx.numbering == "zero":
        return f"{n:02d}"
    return str(n)


def _ciec_row(cx: _Cx, w: Extra15Wording, f: F, number: str, two: bool) -> _CRow:
    de, foreign = _ciec_label(cx, w, f)
    lines = _label_lines(cx, de, foreign)
    label_h = sum(size * 1.18 for _, _, size, _ in lines)
    cols = [(f.value, f.kind)] + ([(f.value2 or "", f.kind2)] if two else [])
    col_w = (cx.value_w - (8 if two else 0)) / len(cols)
    wrapped = [_wrap(v, cx.value_face, cx.value_size, col_w) if k != "na" else [""]
               for v, k in cols]
    value_h = max(len(v) for v in wrapped) * cx.value_size * 1.25
    h = max(label_h, value_h, cx.value_size * 1.3) + 2 * cx.pad

    def draw(top: float, index: int) -> None:
        c = cx.pen.c
        c.saveState()
        if cx.grid == "zebra" and index % 2 == 1:
            c.setFillGray(0.93)
            c.rect(cx.left, top - h, cx.right - cx.left, h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(cx.faces.bold, cx.label_size + 0.6)
        c.drawString(cx.left + 3, top - cx.pad - cx.label_size, number)
        y = top - cx.pad
        for text, face, size, grey in lines:
            y -= size
            c.setFillGray(grey)
            c.setFont(face, size)
            c.drawString(cx.label_x + 2, y, text)
            y -= size * 0.18
        for k, ((_value, kind), vlines) in enumerate(zip(cols, wrapped, strict=True)):
            x0 = cx.value_x + 4 + k * (col_w + 8)
            block = len(vlines) * cx.value_size * 1.25
            vy = (top - (h - block) / 2 - cx.value_size * 0.95 if cx.centre
                  else top - cx.pad - cx.value_size)
            if kind == "na":
                _ciec_dash(cx, x0, col_w, top - h / 2, vy)
                continue
            c.setFillColorRGB(*cx.ink)
            c.setFont(cx.value_face, cx.value_size)
            for line in vlines:
                c.drawString(x0, vy, line)
                vy -= cx.value_size * 1.25
        _ciec_rules(cx, top, h, two)
        c.restoreState()

    return _CRow(h, draw)


def _ciec_dash(cx: _Cx, x0: float, width: float, mid: float, base: float) -> None:
    c = cx.pen.c
    c.setFillColorRGB(*cx.ink)
    c.setStrokeColorRGB(*cx.ink)
    if cx.dash == "line":
        c.setLineWidth(0.7)
        c.line(x0, mid, x0 + width * 0.9, mid)
    elif cx.dash == "dashes":
        c.setFont(cx.value_face, cx.value_size)
        c.drawString(x0, base, "– – – – –")
    else:
        c.setFont(cx.value_face, cx.value_size)
        c.drawString(x0 + (width * 0.4 if cx.centre else 0), base, "—")


def _ciec_rules(cx: _Cx, top: float, h: float, two: bool) -> None:
    c = cx.pen.c
    c.setStrokeGray(0.35)
    c.setLineWidth(0.5)
    if cx.grid == "zebra":
        return
    c.line(cx.left, top - h, cx.right, top - h)
    if cx.grid in ("full", "box"):
        c.line(cx.value_x, top, cx.value_x, top - h)
    if cx.grid == "full":
        c.line(cx.label_x, top, cx.label_x, top - h)
    if cx.grid in ("full", "box"):
        c.line(cx.left, top, cx.left, top - h)
        c.line(cx.right, top, cx.right, top - h)
    if two:
        mid = cx.value_x + (cx.right - cx.value_x) / 2
        c.line(mid, top, mid, top - h)


def _ciec_heading(cx: _Cx, w: Extra15Wording, key: str) -> _CRow:
    de = w.section(key)
    foreign = cx.sep.join(w.section_foreign(lang, key) for lang in cx.langs)
    size = cx.label_size + 1.2
    width = cx.right - cx.left - 10
    text = f"{de}{cx.sep}{foreign}"
    one = _width(text, cx.faces.bold, size) <= width
    h = size * (1.6 if one else 2.8) + 4

    def draw(top: float, index: int) -> None:
        c = cx.pen.c
        c.saveState()
        if cx.heads == "band":
            c.setFillGray(0.85)
            c.rect(cx.left, top - h, cx.right - cx.left, h, stroke=0, fill=1)
        c.setFillGray(0)
        y = top - size - 3
        if one:
            c.setFont(cx.faces.bold, size)
            c.drawString(cx.left + 4, y, de)
            x = cx.left + 4 + _width(de, cx.faces.bold, size)
            c.setFont(cx.faces.italic, size)
            c.drawString(x, y, f"{cx.sep}{foreign}")
        else:
            c.setFont(cx.faces.bold, size)
            c.drawString(cx.left + 4, y, de)
            fs = _fit(foreign, cx.faces.italic, size - 1, width)
            c.setFont(cx.faces.italic, fs)
            c.drawString(cx.left + 4, y - size * 1.2, foreign)
        if cx.heads == "rule" or cx.grid in ("full", "box"):
            c.setStrokeGray(0.35)
            c.setLineWidth(0.7 if cx.heads == "rule" else 0.5)
            c.line(cx.left, top - h, cx.right, top - h)
        if cx.grid in ("full", "box"):
            c.line(cx.left, top, cx.left, top - h)
            c.line(cx.right, top, cx.right, top - h)
        c.restoreState()

    return _CRow(h, draw, True)


def _ciec_col_header(cx: _Cx, w: Extra15Wording, two: bool) -> _CRow:
    size = cx.label_size * 0.9
    h = size + 8
    heads = [w.paired("column1"), w.paired("column2")] if two else [w.word("entry")]

    def draw(top: float, index: int) -> None:
        c = cx.pen.c
        c.saveState()
        c.setFillGray(0.9)
        c.rect(cx.left, top - h, cx.right - cx.left, h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(cx.faces.bold, size)
        y = top - size - 3
        no = w.word("no")
        c.setFont(cx.faces.bold, _fit(no, cx.faces.bold, size, cx.no_w - 4, 4.5))
        c.drawString(cx.left + 3, y, no)
        c.setFont(cx.faces.bold, size)
        c.drawString(cx.label_x + 2, y, w.word("subject"))
        col_w = (cx.value_w - (8 if two else 0)) / len(heads)
        for k, text in enumerate(heads):
            c.drawString(cx.value_x + 4 + k * (col_w + 8), y, text)
        c.setStrokeGray(0.35)
        c.setLineWidth(0.5)
        c.line(cx.left, top, cx.right, top)
        c.line(cx.left, top - h, cx.right, top - h)
        c.restoreState()

    return _CRow(h, draw, True)


def _ciec_rows(cx: _Cx, w: Extra15Wording, doc: Doc) -> list[list[_CRow]]:
    """Per section: its heading (unless the extract has none) and its numbered rows."""
    out = []
    n = 0
    for i, sec in enumerate(doc.sections):
        rows: list[_CRow] = []
        if cx.heads != "none" or sec.key in ("spouses", "spouse1", "spouse2"):
            rows.append(_ciec_heading(cx, w, sec.key))
        two = doc.two_columns and sec.key == "spouses"
        if two:
            rows.append(_ciec_col_header(cx, w, True))
        for k, f in enumerate(sec.items):
            n += 1
            rows.append(_ciec_row(cx, w, f, _row_no(cx, n, i, k), two))
        out.append(rows)
    return out


def _ciec_header(cx: _Cx, w: Extra15Wording, doc: Doc, form: str, page: int, total: int
                 ) -> float:
    c = cx.pen.c
    top = PAGE_H - cx.rng.uniform(32, 44)
    c.saveState()
    c.setFillGray(0)
    c.setFont(cx.faces.bold, 8.2)
    c.drawString(cx.left, top - 8, w.word("state" if doc.certificate else "state_app"))
    c.setFont(cx.faces.regular, 7.6)
    office = (f"Standesamt {doc.city}" if doc.certificate else f"Stadt {doc.city}")
    c.drawString(cx.left, top - 19, f"{w.word('office' if doc.certificate else 'office_app')}:"
                 f" {office}")
    c.setFont(cx.faces.regular, 7)
    c.drawRightString(cx.right, top - 8, f"{w.word('form')} {form}")
    codes = " · ".join(["DE", *(lang.upper() for lang in cx.langs)])
    c.drawRightString(cx.right, top - 17, f"{w.word('langs')}: {codes}")
    c.drawRightString(cx.right, top - 26, w.word("page").format(n=page, m=total))
    c.restoreState()
    y = top - 34
    if page > 1:
        c.setFont(cx.faces.bold, 10)
        c.drawString(cx.left, y - 10, f"{doc.title} – {w.word('cont')}")
        return y - 20
    size = _fit(doc.title, cx.faces.bold, cx.rng.choice((13.0, 14.0, 15.0)),
                cx.right - cx.left, 9)
    centre = cx.rng.random() < 0.5
    c.setFont(cx.faces.bold, size)
    if centre:
        c.drawCentredString((cx.left + cx.right) / 2, y - size, doc.title)
    else:
        c.drawString(cx.left, y - size, doc.title)
    y -= size + 5
    foreign = [w.title_foreign(lang, doc.doc_type) for lang in cx.langs]
    fsize = cx.rng.uniform(8.0, 9.0)
    joined = cx.sep.join(foreign)
    lines = ([joined] if _width(joined, cx.faces.italic, fsize) <= cx.right - cx.left
             and cx.rng.random() < 0.5 else foreign)
    c.setFillGray(0.25)
    for line in lines:
        fs = _fit(line, cx.faces.italic, fsize, cx.right - cx.left)
        c.setFont(cx.faces.italic, fs)
        if centre:
            c.drawCentredString((cx.left + cx.right) / 2, y - fs, line)
        else:
            c.drawString(cx.left, y - fs, line)
        y -= fs * 1.25
    c.setFillGray(0)
    return y - 8


def _ciec_dash_note(cx: _Cx, w: Extra15Wording, y: float) -> float:
    parts = [f"— {w.word('dash')}", *(CIEC_WORDS_FOREIGN[lang]["dash"] for lang in cx.langs)]
    c = cx.pen.c
    c.setFillGray(0.3)
    size = 6.6
    for line in _wrap(" · ".join(parts), cx.faces.italic, size, cx.right - cx.left):
        c.setFont(cx.faces.italic, size)
        c.drawString(cx.left, y - size, line)
        y -= size * 1.3
    c.setFillGray(0)
    return y


def _ciec_closing(cx: _Cx, w: Extra15Wording, doc: Doc, y: float, sign_day: date,
                  official: str) -> None:
    c = cx.pen.c
    if any(f.kind == "na" or f.kind2 == "na" for f in fields(doc)) or cx.rng.random() < 0.5:
        y = _ciec_dash_note(cx, w, y - 6)
    y -= 12
    size = 6.8
    if doc.certificate:
        _seal(cx.pen, cx.left + 55, y - 38, 27, 0.5)
        c.setFont(cx.faces.regular, size)
        c.setFillGray(0.3)
        c.drawString(cx.left + 22, y - 80, w.word("seal"))
        x = cx.left + (cx.right - cx.left) * 0.48
        _signature(cx.pen, x + 20, y - 30, cx.rng)
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        c.line(x, y - 38, cx.right, y - 38)
        c.setFillGray(0)
        c.setFont(cx.value_face, 8.5)
        c.drawString(x, y - 50, official)
        c.setFont(cx.faces.regular, size)
        caption = cx.sep.join([w.word("sign_office"),
                               *(CIEC_WORDS_FOREIGN[lang]["sign_office"] for lang in cx.langs)])
        for line in _wrap(caption, cx.faces.regular, size, cx.right - x):
            c.drawString(x, y - 61, line)
            y -= size * 1.25
        return
    half = cx.left + (cx.right - cx.left) * 0.45
    c.setFillColorRGB(*cx.ink)
    c.setFont(cx.value_face, 9.5)
    c.drawString(cx.left, y - 24, f"{doc.city}, {format_extra15_date(sign_day, 'numeric')}")
    _signature(cx.pen, half + 30, y - 22, cx.rng)
    c.setStrokeGray(0)
    c.setLineWidth(0.5)
    c.line(cx.left, y - 30, half - 20, y - 30)
    c.line(half, y - 30, cx.right, y - 30)
    c.setFillGray(0.2)
    c.setFont(cx.faces.regular, size)
    for x, key, x1 in ((cx.left, "place_date", half - 20), (half, "sign", cx.right)):
        caption = cx.sep.join([w.word(key),
                               *(CIEC_WORDS_FOREIGN[lang][key] for lang in cx.langs)])
        yy = y - 39
        for line in _wrap(caption, cx.faces.regular, size, x1 - x):
            c.drawString(x, yy, line)
            yy -= size * 1.25
    c.setFillGray(0)


def _rows_height(sections: list[list[_CRow]]) -> float:
    return sum(r.height for rows in sections for r in rows) + 4 * len(sections)


def _shrink_cx(cx: _Cx, factor: float) -> None:
    cx.label_size *= factor
    cx.foreign_size *= factor
    cx.value_size = max(7.2, cx.value_size * factor)
    cx.pad = max(1.6, cx.pad * factor)


def draw_ciec(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
              pages: int) -> None:
    w = _w(s)
    cx = _make_cx(pen, random.Random(rng.getrandbits(32)), w.langs)
    doc = build_doc(record, s, rng, doc_type)
    form = _form_code(record, rng)
    sign_day = _furniture_day(record, rng, 25)
    official = _official(record, rng)
    copy_seed = rng.getrandbits(32)
    viz = rng.choice(VIZ_STYLES)
    identity = isinstance(record, Identity)
    notes = pages == 2 and not identity  # a second sheet of notes
    # room for the rows: the page minus header, closing and (identity) the copy
    closing = 30 if identity else (120 if doc.certificate else 95)
    copy_h = 0.0
    if identity and pages == 1:
        part = "both" if record.mrz_format == "TD1" else "page"
        copy_h = _card_size(record, part, 0.62 if part == "both" else 0.8)[1] + 28
    room = PAGE_H - 200 - closing - copy_h - 40
    sections = _ciec_rows(cx, w, doc)
    for _ in range(14):
        if _rows_height(sections) <= room:
            break
        if cx.mode == "stacked" and len(cx.langs) > 2 and _rows_height(sections) > room * 1.25:
            cx.mode = "mixed"
        else:
            _shrink_cx(cx, 0.94)
        sections = _ciec_rows(cx, w, doc)
    used = _rows_height(sections)
    if used < room * 0.7:  # a sparse extract spreads its rows a little
        count = sum(1 for rows in sections for r in rows if not r.heading)
        cx.pad = min(9.0, cx.pad + (room * cx.rng.uniform(0.72, 0.88) - used) / (2 * count))
        sections = _ciec_rows(cx, w, doc)
    y = _ciec_header(cx, w, doc, form, 1, pages)
    if cx.col_header and not doc.two_columns:
        head = _ciec_col_header(cx, w, False)
        head.draw(y, 0)
        y -= head.height
    elif cx.grid in ("full", "box", "hlines"):
        c = pen.c
        c.setStrokeGray(0.35)
        c.setLineWidth(0.5)
        c.line(cx.left, y, cx.right, y)
    index = 0
    for rows in sections:
        for row in rows:
            if y - row.height < 60:  # never in the plan: squeeze onto the page
                y = 60 + row.height
            row.draw(y, index)
            if not row.heading:
                index += 1
            y -= row.height
        y -= 4
    if identity and isinstance(record, Identity):
        y = _ciec_dash_note(cx, w, y - 6)
        _ciec_copy(cx, w, record, y, pages, viz, copy_seed)
        return
    _ciec_closing(cx, w, doc, y, sign_day, official)
    if notes:
        pen.new_page()
        _ciec_notes(cx, w, doc, form, pages)


def _ciec_notes(cx: _Cx, w: Extra15Wording, doc: Doc, form: str, pages: int) -> None:
    """The second sheet: notes on the form and the office's box (no values)."""
    c = cx.pen.c
    y = _ciec_header(cx, w, doc, form, 2, pages)
    c.setFont(cx.faces.bold, 10)
    c.drawString(cx.left, y - 14, w.word("notes"))
    y -= 22
    size = 8.4
    c.setFont(cx.faces.regular, size)
    for line in _wrap(w.word("notes_text"), cx.faces.regular, size, cx.right - cx.left):
        c.drawString(cx.left, y - size, line)
        y -= size * 1.35
    y = _ciec_dash_note(cx, w, y - 10) - 20
    c.setStrokeGray(0.4)
    c.setDash([3, 2], 0)
    c.rect(cx.left, y - 110, cx.right - cx.left, 110, stroke=1, fill=0)
    c.setDash([], 0)
    c.setFont(cx.faces.regular, 7.5)
    c.setFillGray(0.35)
    c.drawString(cx.left + 6, y - 14, w.word("office_box"))
    c.setFillGray(0)


def _ciec_copy(cx: _Cx, w: Extra15Wording, r: Identity, y: float, pages: int, viz: str,
               seed: int) -> None:
    c = cx.pen.c
    card = r.mrz_format == "TD1"
    if pages == 2:
        cx.pen.new_page()
        y = PAGE_H - 60
    c.setFont(cx.faces.bold, 8)
    c.drawString(cx.left, y - 12, w.word("copy"))
    part = "both" if card else "page"
    _copy_block(cx.pen, r, cx.left + 10, y - 22, cx.right - cx.left - 20, y - 22 - 70, part,
                viz, seed)


# --- legend: a coded form with a key block --------------------------------------------------

LETTERS: Final = "ABCDEFGH"


@dataclass(slots=True)
class _Lg:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    value_size: float
    code_size: float
    box_h: float
    gap: float
    row_gap: float
    left: float
    right: float  # the form area's right edge
    page_right: float
    place: str  # top | bottom | side
    code_pos: str  # corner | tab | before
    scheme: str  # num | decade | alnum | dotted | letter_dotted | paren
    short: bool
    tick: str  # drawn | typed
    sep: str
    legend_size: float
    sec_title: bool
    ink: RGB
    fill: float
    before_w: float

    @property
    def width(self) -> float:
        return self.right - self.left


def _make_lg(pen: Pen, rng: random.Random) -> _Lg:
    faces = _face_set(rng)
    if rng.random() < 0.6:
        value_face, value_size = _reg(*rng.choice(MONO9)), rng.uniform(9.2, 10.6)
    else:
        value_face, value_size = faces.regular, rng.uniform(9.4, 10.8)
    left = rng.uniform(34, 52)
    page_right = PAGE_W - rng.uniform(32, 48)
    place = rng.choice(("top", "bottom", "bottom", "side"))
    right = page_right - (rng.uniform(150, 175) if place == "side" else 0)
    code_size = rng.uniform(6.4, 7.8)
    return _Lg(pen, rng, faces, value_face, value_size, code_size,
               value_size + code_size + rng.uniform(8, 13), rng.uniform(4, 8), rng.uniform(4, 8),
               left, right, page_right, place, rng.choice(("corner", "corner", "tab", "before")),
               rng.choice(("num", "decade", "alnum", "dotted", "letter_dotted", "paren")),
               rng.random() < 0.25, rng.choice(("drawn", "typed")),
               rng.choice((" = ", ": ", " – ", "  ")), rng.uniform(6.6, 7.6),
               rng.random() < 0.55,
               rng.choice(((0.0, 0.0, 0.0), (0.05, 0.08, 0.3), (0.12, 0.12, 0.12))),
               rng.choice((1.0, 1.0, 0.96)), rng.uniform(20, 26))


@dataclass(slots=True)
class _Code:
    code: str
    sec: int
    f: F


def _codes(lg: _Lg, doc: Doc) -> list[list[_Code]]:
    """Codes in the form's own order, per section."""
    out = []
    n = 0
    for i, sec in enumerate(doc.sections):
        group = []
        for k, f in enumerate(sec.items, 1):
            n += 1
            match lg.scheme:
                case "decade":
                    code = str((i + 1) * 10 + k)
                case "alnum":
                    code = f"{LETTERS[i]}{k}"
                case "dotted":
                    code = f"{i + 1}.{k}"
                case "letter_dotted":
                    code = f"{LETTERS[i]}.{k}"
                case "paren":
                    code = f"({n})"
                case _:
                    code = str(n)
            group.append(_Code(code, i, f))
        out.append(group)
    return out


def _sec_mark(lg: _Lg, i: int) -> str:
    if lg.scheme in ("alnum", "letter_dotted"):
        return LETTERS[i]
    if lg.scheme in ("dotted", "decade"):
        return str(i + 1)
    return ""


def _short(lg: _Lg, w: Extra15Wording, f: F) -> str:
    text = w.short(f.key)
    return f"{text} {f.nth}" if f.nth else text


def _code_w(lg: _Lg, code: str) -> float:
    return _width(code, lg.faces.bold, lg.code_size) + 6


def _box_need(lg: _Lg, w: Extra15Wording, c: _Code) -> float:
    f = c.f
    head = _code_w(lg, c.code) + (_width(_short(lg, w, f), lg.faces.regular, lg.code_size) + 4
                                  if lg.short else 0)
    if f.kind == "choice":
        body = sum(_width(o, lg.faces.regular, lg.code_size + 1.4) + 20 for o in f.options) + 8
    else:
        body = _width(f.value, lg.value_face, lg.value_size) + 14
    need = max(head + 10, body, 56.0)
    if lg.code_pos == "before":
        need += lg.before_w
    return need


def _pack(lg: _Lg, w: Extra15Wording, group: list[_Code]) -> list[list[tuple[_Code, float]]]:
    rows: list[list[_Code]] = []
    cur: list[_Code] = []
    used = 0.0
    limit = lg.rng.choice((2, 3, 3, 4))
    for c in group:
        need = min(_box_need(lg, w, c), lg.width)
        if c.f.wide and need > lg.width * 0.5:
            if cur:
                rows.append(cur)
            rows.append([c])
            cur, used = [], 0.0
            continue
        if cur and (used + need + lg.gap > lg.width or len(cur) >= limit):
            rows.append(cur)
            cur, used = [], 0.0
        cur.append(c)
        used += need + (lg.gap if len(cur) > 1 else 0)
    if cur:
        rows.append(cur)
    out = []
    for row in rows:
        needs = [min(_box_need(lg, w, c), lg.width) for c in row]
        room = lg.width - lg.gap * (len(row) - 1)
        extra = max(0.0, room - sum(needs))
        total = sum(needs)
        out.append([(c, n + extra * n / total) for c, n in zip(row, needs, strict=True)])
    return out


def _choice_rows(lg: _Lg, f: F, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    size = lg.code_size + 1.4
    for i, o in enumerate(f.options):
        ow = _width(o, lg.faces.regular, size) + 20
        if rows[-1] and x + ow > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += ow
    return rows


def _box_h(lg: _Lg, c: _Code, width: float) -> float:
    if c.f.kind != "choice":
        return lg.box_h
    inner = width - (lg.before_w if lg.code_pos == "before" else 0) - 12
    n = len(_choice_rows(lg, c.f, inner))
    return max(lg.box_h, lg.code_size + 8 + n * (lg.code_size + 8) + 2)


def _draw_code(lg: _Lg, w: Extra15Wording, c: _Code, x: float, top: float) -> float:
    """The code (and the short label) at the box's corner; returns the x after it."""
    cv = lg.pen.c
    size = lg.code_size
    if lg.code_pos == "tab":
        tw = _width(c.code, lg.faces.bold, size) + 6
        cv.setFillGray(0.15)
        cv.rect(x, top - size - 4, tw, size + 4, stroke=0, fill=1)
        cv.setFillGray(1)
        cv.setFont(lg.faces.bold, size)
        cv.drawString(x + 3, top - size - 1.5, c.code)
        cv.setFillGray(0)
        after = x + tw + 3
    elif lg.code_pos == "before":
        cv.setFillGray(0)
        cv.setFont(lg.faces.bold, size + 1.5)
        cv.drawRightString(x + lg.before_w - 5, top - lg.box_h / 2 - size / 2, c.code)
        after = x + lg.before_w + 3
    else:
        cv.setFillGray(0)
        cv.setFont(lg.faces.bold, size)
        cv.drawString(x + 3, top - size - 2, c.code)
        after = x + 3 + _width(c.code, lg.faces.bold, size) + 4
    if lg.short:
        cv.setFillGray(0.35)
        cv.setFont(lg.faces.regular, size)
        base = top - size - (1.5 if lg.code_pos == "tab" else 2)
        if lg.code_pos == "before":
            base = top - size - 2
        cv.drawString(after, base, _short(lg, w, c.f))
        cv.setFillGray(0)
    return after


def _draw_lbox(lg: _Lg, w: Extra15Wording, c: _Code, x: float, top: float, width: float,
               height: float) -> None:
    cv = lg.pen.c
    cv.saveState()
    bx = x + (lg.before_w if lg.code_pos == "before" else 0)
    bw = width - (bx - x)
    cv.setLineWidth(0.6)
    cv.setStrokeGray(0.3)
    cv.setFillGray(lg.fill)
    cv.rect(bx, top - height, bw, height, stroke=1, fill=1 if lg.fill < 1 else 0)
    _draw_code(lg, w, c, x if lg.code_pos == "before" else bx, top)
    f = c.f
    if f.kind == "choice":
        size = lg.code_size + 1.4
        side = size * 0.95
        y = top - lg.code_size - 8 - size
        for line in _choice_rows(lg, f, bw - 12):
            cx = bx + 6
            for i in line:
                cv.setStrokeGray(0.2)
                cv.setLineWidth(0.6)
                cv.rect(cx, y - 1, side, side, stroke=1, fill=0)
                if i == f.chosen:
                    if lg.tick == "typed":
                        cv.setFillColorRGB(*lg.ink)
                        cv.setFont(lg.value_face, side + 1.5)
                        cv.drawString(cx + 0.6, y - 0.2, "X")
                    else:
                        _cross(lg.pen, cx, y - 1, side, lg.ink)
                cv.setFillGray(0.1)
                cv.setFont(lg.faces.regular, size)
                cv.drawString(cx + side + 4, y, f.options[i])
                cx += _width(f.options[i], lg.faces.regular, size) + 20
            y -= lg.code_size + 8
        cv.restoreState()
        return
    if f.kind == "na" or not f.value:
        cv.restoreState()
        return
    size = _fit(f.value, lg.value_face, lg.value_size, bw - 10, 6.0)
    base = top - height + max(4.0, (height - lg.code_size - 4 - size) / 2 + 1.5)
    cv.setFillColorRGB(*lg.ink)
    cv.setFont(lg.value_face, size)
    cv.drawString(bx + 5 + lg.rng.uniform(0, 3), base + lg.rng.uniform(-0.8, 0.8), f.value)
    cv.restoreState()


@dataclass(slots=True)
class _LBlock:
    height: float
    draw: Callable[[float], None]


def _lg_section_band(lg: _Lg, w: Extra15Wording, doc: Doc, i: int) -> _LBlock | None:
    mark = _sec_mark(lg, i)
    title = w.section(doc.sections[i].key) if lg.sec_title else ""
    if not mark and not title:
        return _LBlock(6, lambda top: None)
    size = lg.code_size + 1.6
    h = size + 8

    def draw(top: float) -> None:
        cv = lg.pen.c
        cv.saveState()
        cv.setFillGray(0.82)
        cv.rect(lg.left, top - h + 2, lg.width, h - 2, stroke=0, fill=1)
        cv.setFillGray(0)
        cv.setFont(lg.faces.bold, size)
        text = f"{mark}  {title}".strip() if mark else title
        cv.drawString(lg.left + 4, top - size - 3, text)
        cv.restoreState()

    return _LBlock(h + 2, draw)


def _lg_blocks(lg: _Lg, w: Extra15Wording, doc: Doc, groups: list[list[_Code]],
               order: list[int]) -> list[tuple[int, list[_LBlock]]]:
    """Per section in the order placed on the page: its band and its rows of boxes."""
    out = []
    for i in order:
        group = list(groups[i])
        if len(group) > 2 and lg.rng.random() < 0.45:  # boxes not in the codes' order
            head, tail = group[:1], group[1:]
            lg.rng.shuffle(tail)
            group = tail + head if lg.rng.random() < 0.4 else head + tail
        blocks: list[_LBlock] = []
        band = _lg_section_band(lg, w, doc, i)
        if band is not None:
            blocks.append(band)
        for row in _pack(lg, w, group):
            h = max(_box_h(lg, c, width) for c, width in row)

            def draw(top: float, row: list[tuple[_Code, float]] = row, h: float = h) -> None:
                x = lg.left
                for c, width in row:
                    _draw_lbox(lg, w, c, x, top, width, h)
                    x += width + lg.gap

            blocks.append(_LBlock(h + lg.row_gap, draw))
        out.append((i, blocks))
    return out


def _legend_entries(lg: _Lg, w: Extra15Wording, doc: Doc, groups: list[list[_Code]],
                    secs: list[int]) -> list[tuple[str, str, bool]]:
    """(code, explanation, is_heading) lines of the key block, in the codes' order."""
    out: list[tuple[str, str, bool]] = []
    for i in sorted(secs):
        mark = _sec_mark(lg, i)
        out.append((mark, w.section(doc.sections[i].key), True))
        for c in groups[i]:
            text = w(c.f.key)
            if c.f.nth:
                text = f"{text} ({c.f.nth})"
            out.append((c.code, text, False))
    return out


def _legend_layout(lg: _Lg, entries: list[tuple[str, str, bool]], width: float, cols: int
                   ) -> tuple[float, list[list[tuple[str, list[str], bool]]]]:
    size = lg.legend_size
    col_w = (width - (cols - 1) * 12) / cols
    code_w = max(_width(code, lg.faces.bold, size) for code, _, _ in entries) + 4
    items = []
    for code, text, head in entries:
        if head:
            items.append((code, _wrap(text, lg.faces.bold, size, col_w - 4), True))
        else:
            body_w = col_w - (code_w + _width(lg.sep.strip() or " ", lg.faces.regular, size) + 4)
            items.append((code, _wrap(text, lg.faces.regular, size, body_w), False))
    total = sum(len(lines) for _, lines, _ in items) * size * 1.22
    target = total / cols
    columns: list[list[tuple[str, list[str], bool]]] = [[]]
    used = 0.0
    for item in items:
        h = len(item[1]) * size * 1.22
        if columns[-1] and used + h > target + size and len(columns) < cols:
            columns.append([])
            used = 0.0
        columns[-1].append(item)
        used += h
    height = max(sum(len(lines) for _, lines, _ in col) for col in columns) * size * 1.22
    return height, columns


def _draw_legend(lg: _Lg, w: Extra15Wording, entries: list[tuple[str, str, bool]], x: float,
                 top: float, width: float, cols: int, framed: bool) -> float:
    """The key block with its heading; returns its height."""
    cv = lg.pen.c
    size = lg.legend_size
    height, columns = _legend_layout(lg, entries, width - 12, cols)
    head = size + 2.5
    heads = _wrap(w.legend_head(), lg.faces.bold, head, width - 12)
    head_h = (len(heads) - 1) * head * 1.2
    total = height + head + 16 + head_h
    cv.saveState()
    if framed:
        cv.setStrokeGray(0.3)
        cv.setLineWidth(0.6)
        cv.rect(x, top - total, width, total, stroke=1, fill=0)
    else:
        cv.setStrokeGray(0.3)
        cv.setLineWidth(0.8)
        cv.line(x, top, x + width, top)
    cv.setFillGray(0)
    cv.setFont(lg.faces.bold, head)
    for k, line in enumerate(heads):
        cv.drawString(x + 6, top - head - 4 - k * head * 1.2, line)
    top -= head_h
    col_w = (width - 12 - (cols - 1) * 12) / cols
    code_w = max(_width(code, lg.faces.bold, size) for code, _, _ in entries) + 4
    sep = lg.sep.strip()
    for k, column in enumerate(columns):
        cx = x + 6 + k * (col_w + 12)
        y = top - head - 10
        for code, lines, heading in column:
            for j, line in enumerate(lines):
                y -= size * 1.22
                if heading:
                    cv.setFont(lg.faces.bold, size)
                    cv.setFillGray(0.2)
                    text = f"{code} {line}" if code and j == 0 else line
                    cv.drawString(cx, y, text)
                    cv.setFillGray(0)
                    continue
                if j == 0:
                    cv.setFont(lg.faces.bold, size)
                    cv.drawString(cx, y, code)
                    if sep:
                        cv.setFont(lg.faces.regular, size)
                        cv.drawString(cx + code_w, y, sep)
                cv.setFont(lg.faces.regular, size)
                body_x = cx + code_w + (_width(sep, lg.faces.regular, size) + 4 if sep else 0)
                cv.drawString(body_x, y, line)
    cv.restoreState()
    return total


def _lg_header(lg: _Lg, w: Extra15Wording, doc: Doc, form: str, edition: str, n: int,
               total: int) -> float:
    cv = lg.pen.c
    top = PAGE_H - lg.rng.uniform(30, 40)
    cv.saveState()
    cv.setFillGray(0)
    cv.setFont(lg.faces.bold, 8.5)
    issuer = f"Standesamt {doc.city}" if doc.certificate else f"Stadt {doc.city}"
    cv.drawString(lg.left, top - 9, issuer)
    cv.setFont(lg.faces.regular, 7)
    cv.drawRightString(lg.page_right, top - 9, f"{w.word('form_no')} {form}")
    cv.drawRightString(lg.page_right, top - 18, f"{w.word('edition')} {edition}")
    cv.drawRightString(lg.page_right, top - 27, w.word("page").format(n=n, m=total))
    if n > 1:
        cv.setFont(lg.faces.bold, 10)
        cv.drawString(lg.left, top - 24, f"{doc.title} – {w.word('cont')}")
        cv.restoreState()
        return top - 36
    size = _fit(doc.title, lg.faces.bold, lg.rng.choice((13.0, 14.0, 15.5)),
                lg.page_right - lg.left - 150, 9)
    cv.setFont(lg.faces.bold, size)
    cv.drawString(lg.left, top - 18 - size, doc.title)
    y = top - 24 - size
    cv.setFont(lg.faces.regular, 7.2)
    cv.setFillGray(0.3)
    fill_in = w.word("fill_in")
    for line in _wrap(fill_in, lg.faces.regular, 7.2, lg.page_right - lg.left):
        cv.drawString(lg.left, y - 7.2, line)
        y -= 9
    cv.restoreState()
    return y - 6


def _lg_closing(lg: _Lg, w: Extra15Wording, doc: Doc, top: float, sign_day: date,
                official: str) -> float:
    """Signature, or seal and official; returns its height."""
    cv = lg.pen.c
    cv.saveState()
    if doc.certificate:
        _seal(lg.pen, lg.left + 48, top - 36, 24, 0.5)
        cv.setFont(lg.faces.regular, 6.8)
        cv.setFillGray(0.35)
        cv.drawString(lg.left + 22, top - 72, w.word("seal"))
        x = lg.left + lg.width * 0.45
        _signature(lg.pen, x + 18, top - 28, lg.rng)
        cv.setStrokeGray(0)
        cv.setLineWidth(0.5)
        cv.line(x, top - 36, lg.right, top - 36)
        cv.setFillGray(0)
        cv.setFont(lg.value_face, 8.5)
        cv.drawString(x, top - 47, official)
        cv.setFont(lg.faces.regular, 6.8)
        cv.drawString(x, top - 57, w.word("sign_office"))
        cv.restoreState()
        return 78
    place_w = lg.width * 0.4
    cv.setStrokeGray(0.3)
    cv.setLineWidth(0.6)
    cv.rect(lg.left, top - 34, place_w, 34, stroke=1, fill=0)
    cv.rect(lg.left + place_w + lg.gap, top - 34, lg.width - place_w - lg.gap, 34, stroke=1,
            fill=0)
    cv.setFont(lg.faces.regular, lg.code_size)
    cv.setFillGray(0.3)
    cv.drawString(lg.left + 4, top - lg.code_size - 3, w.word("place_date"))
    cv.drawString(lg.left + place_w + lg.gap + 4, top - lg.code_size - 3, w.word("sign"))
    cv.setFillColorRGB(*lg.ink)
    cv.setFont(lg.value_face, lg.value_size)
    cv.drawString(lg.left + 6, top - 27, f"{doc.city}, {format_extra15_date(sign_day, 'numeric')}")
    _signature(lg.pen, lg.left + place_w + lg.gap + 30, top - 25, lg.rng)
    cv.restoreState()
    return 42


def draw_legend(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    lg = _make_lg(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    form = _form_code(record, rng)
    edition = f"{rng.randint(1, 12):02d}/{rng.randint(2018, 2025)}"
    sign_day = _furniture_day(record, rng, 25)
    official = _official(record, rng)
    copy_seed = rng.getrandbits(32)
    viz = rng.choice(VIZ_STYLES)
    identity = isinstance(record, Identity)
    groups = _codes(lg, doc)
    order = list(range(len(groups)))
    if len(order) > 2 and rng.random() < 0.35:  # sections placed out of the codes' order
        k = rng.randrange(len(order) - 1)
        order[k], order[k + 1] = order[k + 1], order[k]
    cols = 1 if lg.place == "side" else lg.rng.choice((2, 3, 3))
    low_sign = lg.rng.random() < 0.5  # signature at the foot of the page, not under the boxes
    y = _lg_header(lg, w, doc, form, edition, 1, pages)
    entries = _legend_entries(lg, w, doc, groups, order)
    if lg.place == "top":
        y -= _draw_legend(lg, w, entries, lg.left, y, lg.page_right - lg.left, cols, True) + 12
    elif lg.place == "side":
        _draw_legend(lg, w, entries, lg.right + 12, y, lg.page_right - lg.right - 12, 1,
                     lg.rng.random() < 0.5)
    legend_h = 0.0
    if lg.place == "bottom":
        legend_h = _legend_layout(lg, entries, lg.page_right - lg.left - 12, cols)[0] + 30
        _draw_legend(lg, w, entries, lg.left, 34 + legend_h, lg.page_right - lg.left, cols,
                     lg.rng.random() < 0.5)
    floor = 40 + legend_h
    bottom = floor + (0 if identity else 86)
    room = y - bottom - (210 if identity and pages == 1 else 0)
    for _ in range(10):
        blocks = _lg_blocks(lg, w, doc, groups, order)
        form_h = sum(b.height for _, bl in blocks for b in bl) + 4 * len(blocks)
        if form_h <= room or lg.box_h < 17:
            break
        lg.box_h *= 0.92
        lg.row_gap *= 0.8
        lg.value_size = max(7.5, lg.value_size * 0.95)
        lg.code_size = max(5.5, lg.code_size * 0.96)
    rows = sum(len(bl) for _, bl in blocks)
    if form_h < room * 0.55:  # a short form gets roomier boxes
        grow = min(12.0, (room * lg.rng.uniform(0.6, 0.8) - form_h) / max(1, rows))
        lg.box_h += grow * 0.6
        lg.row_gap += grow * 0.4
        blocks = _lg_blocks(lg, w, doc, groups, order)
    for _, bl in blocks:
        for b in bl:
            if y - b.height < bottom:  # never in the plan: squeeze onto the page
                y = bottom + b.height
            b.draw(y)
            y -= b.height
        y -= 4
    if identity and isinstance(record, Identity):
        part = "both" if record.mrz_format == "TD1" else "page"
        if pages == 2:
            pen.new_page()
            y, floor = PAGE_H - 50, 60.0
        cv = pen.c
        cv.setFont(lg.faces.bold, 7.5)
        cv.drawString(lg.left, y - 10, w.word("copy"))
        _copy_block(pen, record, lg.left + 4, y - 18, lg.width - 8, y - 18 - floor, part, viz,
                    copy_seed)
        return
    _lg_closing(lg, w, doc, bottom - 4 if low_sign else y - 10, sign_day, official)
    if pages == 2:
        pen.new_page()
        _lg_notes(lg, w, doc, form, edition, pages)


def _lg_notes(lg: _Lg, w: Extra15Wording, doc: Doc, form: str, edition: str, pages: int
              ) -> None:
    """The second page: notes on filling in, privacy and the office's box (no values)."""
    cv = lg.pen.c
    y = _lg_header(lg, w, doc, form, edition, 2, pages)
    cv.setFont(lg.faces.bold, 10.5)
    cv.drawString(lg.left, y - 14, w.word("notes"))
    y -= 24
    size = 8.6
    for key in ("notes_text", "tick", "privacy"):
        cv.setFont(lg.faces.regular, size)
        for line in _wrap(w.word(key), lg.faces.regular, size, lg.page_right - lg.left):
            cv.drawString(lg.left, y - size, line)
            y -= size * 1.35
        y -= 6
    y -= 20
    cv.setStrokeGray(0.4)
    cv.setDash([3, 2], 0)
    cv.rect(lg.left, y - 120, lg.page_right - lg.left, 120, stroke=1, fill=0)
    cv.setDash([], 0)
    cv.setFont(lg.faces.regular, 7.5)
    cv.setFillGray(0.35)
    cv.drawString(lg.left + 6, y - 14, w.word("office"))
    cv.setFillGray(0)


# --- entry point ----------------------------------------------------------------------------------


def draw_extra15(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    """Draw one document of the ``ciec`` or ``legend`` layout on ``pages`` pages."""
    if s.layout == "ciec":
        draw_ciec(pen, record, s, rng, doc_type, pages)
    else:
        draw_legend(pen, record, s, rng, doc_type, pages)


