"""The eighteenth extra pair of blind held-out layouts: ``receipt`` and ``pairs``.

``receipt`` is a narrow confirmation slip as a service-centre terminal or a counter's receipt
printer prints it, laid on an A4 page (offset, sometimes slightly turned, with a shadow and a
torn lower edge): monospace or condensed type, keys and values on one line joined by a run of
dots or spaces, or the value indented on the next line, long values wrapped within the narrow
width, section rules of dashes or equals signs. Furniture (never truth): the service unit, a
transaction number, a terminal id, a cashier id, a time stamp, a fee and payment line, closing
remarks. Identity documents print the machine-readable zone whole at the foot of the slip.

``pairs`` is a form whose every field is a pair of stacked boxes, a small caption box and a
value box, packed in rows of different widths (an irregular mosaic, not a grid); some captions
sit under their value box, some values are right-aligned; documents with two or more persons
interleave their boxes with a small person marker in a corner. An office-use box and a fee box
belong to no field. Identity documents add a wide box with the whole machine-readable zone.

Both draw straight from the record with the wording of ``samples.wording_extra18``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
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
from samples.fonts import font, mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra9 import SANS9, Set4, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _truth_strings
from samples.render_extra16 import AUTHORITY_UNITS
from samples.truth import truth_fields
from samples.wording_extra18 import (
    DWELLING18,
    ID_KINDS18,
    PURPOSE18,
    SEX_LETTERS18,
    SEX_WORDS18,
    Extra18Wording,
    format_extra18_date,
    nationality_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
# receipt faces: (regular, fallback, bold, fallback)
SLIP_FACES: Final = (
    ("", "Courier", "", "Courier-Bold"),
    ("DejaVuSansMono", "Courier", "DejaVuSansMono-Bold", "Courier-Bold"),
    ("", "Courier", "", "Courier-Bold"),
    ("DejaVuSansCondensed", "Helvetica", "DejaVuSansCondensed-Bold", "Helvetica-Bold"),
    ("LiberationSansNarrow", "Helvetica", "LiberationSansNarrow-Bold", "Helvetica-Bold"),
)

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty
    for values that are no truth field) and a person marker for documents with several."""

    key: str
    value: str
    name: str = ""
    who: str = ""


@dataclass(slots=True)
class Sec:
    key: str
    items: list[Fld]


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    zone: tuple[str, ...] = ()


def _w(s: Style) -> Extra18Wording:
    assert isinstance(s.words, Extra18Wording)
    return s.words


def _slip(s: Style) -> bool:
    return s.layout == "receipt"


def _sex(s: Style, code: str, name: str = "sex") -> Fld:
    if s.sex_mode == "letter":
        return Fld("sex", SEX_LETTERS18[code], name)
    word = SEX_WORDS18[code]
    return Fld("sex", word.upper() if _slip(s) else word, name)


def _nat(s: Style, code: str) -> Fld:
    return Fld("nationality", nationality_word(code, s.nationality_mode, _slip(s)),
               "nationality")


def _person(s: Style, p: Person, prefix: str = "", *, sex: bool = True, nat: bool = True,
            place: bool = True, birth_name: bool = True, who: str = "") -> list[Fld]:
    out = [Fld("family_name", p.family, prefix + "family_name", who),
           Fld("given_names", p.given, prefix + "given_names", who)]
    if birth_name and p.birth_name:
        out.append(Fld("birth_name", p.birth_name, "birth_name", who))
    out.append(Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth", who))
    if place:
        out.append(Fld("place_of_birth", p.pob, "place_of_birth", who))
    if sex:
        out.append(_sex(s, p.sex))
    if nat:
        out.append(_nat(s, p.nationality))
    return out


def _address(s: Style, a: Address) -> list[Fld]:
    if s.address_mode == "lines":
        return [Fld("street_line", a.street_line, "street+house_number"),
                Fld("city_line", a.city_line, "postal_code+city")]
    return [Fld("street", a.street, "street"), Fld("house_number", a.number, "house_number"),
            Fld("postal_code", a.postal_code, "postal_code"), Fld("city", a.city, "city")]


def _register(s: Style, r: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", [Fld("registry_office", f"Standesamt {r.office}", "registry_office"),
                            Fld("register_number", r.register, "register_number"),
                            Fld("issue_date", s.date(r.issue), "issue_date")])


def _markers(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice((("1", "2", "3"), ("A", "B", "C"), ("a", "b", "c"), ("I", "II", "III")))


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections and fields of one document (both layouts)."""
    w = _w(s)
    title = w.title(doc_type)
    slip = _slip(s)
    col = 0 if slip else 1
    marks = _markers(rng)
    match record:
        case Anmeldung():
            flat = [Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                    *_address(s, record.address)]
            if record.dwelling:
                flat.append(Fld("dwelling", DWELLING18[record.dwelling][col], "dwelling"))
            secs = [Sec("person", _person(s, record.person)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [Fld("previous_address", record.previous,
                                                 "previous_address")]))
            return Doc(doc_type, title, record.address.city, secs)
        case Wohnungsgeber():
            landlord = [Fld("landlord_name", record.landlord_name, "landlord_name"),
                        Fld("landlord_address", record.landlord_address.line,
                            "landlord_address")]
            flat = [Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                    *_address(s, record.address)]
            many = len(record.tenants) > 1
            tenants = [Fld("tenant", t, "tenant_names", marks[k] if many else "")
                       for k, t in enumerate(record.tenants)]
            return Doc(doc_type, title, record.address.city,
                       [Sec("landlord", landlord), Sec("flat", flat), Sec("tenants", tenants)])
        case Geburt():
            child = _person(s, record.child, nat=False, birth_name=False)
            parents = [Fld("mother_name", record.mother, "mother_name", marks[0])]
            if record.father:
                parents.append(Fld("father_name", record.father, "father_name", marks[1]))
            return Doc(doc_type, title, record.office,
                       [Sec("child", child), Sec("parents", parents), _register(s, record)])
        case Ehe():
            one = _person(s, record.spouse1, "spouse1_", sex=False, nat=False, place=False,
                          birth_name=False, who="" if slip else marks[0])
            two = _person(s, record.spouse2, "spouse2_", sex=False, nat=False, place=False,
                          birth_name=False, who="" if slip else marks[1])
            if slip:
                spouses = [Sec("spouse1", one), Sec("spouse2", two)]
            else:  # the mosaic interleaves both persons' boxes
                spouses = [Sec("spouses", [f for pair in zip(one, two, strict=True)
                                           for f in (pair if rng.random() < 0.7 else pair[::-1])])]
            marriage = Sec("marriage", [
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                Fld("marriage_place", record.marriage_place, "marriage_place")])
            return Doc(doc_type, title, record.office, [*spouses, marriage, _register(s, record)])
        case Sterbe():
            deceased = _person(s, record.person, sex=False, nat=False, birth_name=False)
            death = Sec("death", [Fld("date_of_death", s.date(record.date_of_death),
                                      "date_of_death"),
                                  Fld("place_of_death", record.place_of_death,
                                      "place_of_death")])
            return Doc(doc_type, title, record.office,
                       [Sec("deceased", deceased), death, _register(s, record)])
        case Zulassung():
            holder = [*_person(s, record.holder, "holder_", sex=False, nat=False, place=False,
                               birth_name=False), *_address(s, record.address)]
            vehicle = [Fld("make", record.make), Fld("model", record.model),
                       Fld("vin", record.vin, "vin"), Fld("evb_number", record.evb, "evb_number")]
            if record.plate:
                vehicle.append(Fld("desired_plate", record.plate, "desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Fld("account_holder", record.account_holder, "account_holder"),
                    Fld("iban", iban, "iban")]
            if rng.random() < 0.5:
                sepa.append(Fld("bic", record.bic))
            return Doc(doc_type, title, record.address.city,
                       [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)])
        case Aufenthalt():
            person = _person(s, record.person, sex=False, birth_name=False)
            passport = [Fld("passport_number", record.passport_number, "passport_number"),
                        Fld("passport_expiry_date", s.date(record.passport_expiry),
                            "passport_expiry_date"),
                        Fld("entry_date", s.date(record.entry), "entry_date")]
            stay = [Fld("purpose", PURPOSE18[record.purpose][col], "purpose")]
            return Doc(doc_type, title, record.address.city,
                       [Sec("person", person), Sec("passport", passport), Sec("stay", stay),
                        Sec("residence", _address(s, record.address))])
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            document = [Fld("doc_kind", ID_KINDS18[kind][col], "mrz_format"),
                        Fld("doc_code", record.document_code, "document_code"),
                        Fld("doc_number", record.document_number, "document_number"),
                        Fld("issuing_state", record.issuing_state, "issuing_state"),
                        Fld("expiry_date", s.date(record.expiry), "expiry_date")]
            holder = [Fld("family_name", str(t["family_name"]), "family_name"),
                      Fld("given_names", str(t["given_names"]), "given_names"),
                      Fld("date_of_birth", s.date(record.person.dob), "date_of_birth"),
                      _sex(s, str(t["sex"])), _nat(s, record.person.nationality)]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            secs = [Sec("document", document), Sec("holder_id", holder)]
            if rng.random() < 0.5:
                secs.reverse()
            return Doc(doc_type, title, city, secs, tuple(record.lines))
    raise TypeError(type(record))


def fields(doc: Doc) -> list[Fld]:
    """Every field of the document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _fee(record: Record, rng: random.Random) -> str:
    taken = _truth_strings(record)
    for _ in range(20):
        cents = rng.choice(("00", "50", "80"))
        amount = f"{rng.choice((8, 10, 12, 13, 15, 22, 28, 37, 45))},{cents}"
        if not any(amount in t for t in taken):
            return amount
    return "0,00"


# --- receipt: a terminal's confirmation slip ---------------------------------------------------


@dataclass(slots=True)
class Line:
    text: str
    align: str = "left"  # left | centre | right
    bold: bool = False
    indent: float = 0.0
    mrz: bool = False
    rule: bool = False  # a drawn rule, not text


@dataclass(slots=True)
class _Slip:
    rng: random.Random
    regular: str
    bold: str
    size: float
    width: float  # inner width
    mono: bool
    mode: str  # dots | spaces | next
    key_w: float  # key column for "spaces"
    rule_char: str
    heads: str  # how section heads look: rule | plain | star
    lines: list[Line] = field(default_factory=list)


def _slip_faces(rng: random.Random) -> tuple[str, str, bool]:
    reg, reg_fb, bold, bold_fb = rng.choice(SLIP_FACES)
    r = font(reg, reg_fb) if reg else reg_fb
    b = font(bold, bold_fb) if bold else bold_fb
    if (r == reg_fb) != (b == bold_fb):
        r, b = reg_fb, bold_fb
    return r, b, "Mono" in r or r.startswith("Courier")


def _sw(sl: _Slip, text: str, bold: bool = False) -> float:
    return _width(text, sl.bold if bold else sl.regular, sl.size)


def _wrap(sl: _Slip, text: str, width: float) -> list[str]:
    return list(simpleSplit(text, sl.regular, sl.size, width)) or [""]


def _kv(sl: _Slip, key: str, value: str) -> None:
    rng = sl.rng
    mode = sl.mode if rng.random() < 0.85 else rng.choice(("dots", "spaces", "next"))
    if mode == "next" or _sw(sl, key) + 12 > sl.width * 0.62:
        sl.lines.append(Line(key))
        indent = _sw(sl, "   ")
        for part in _wrap(sl, value, sl.width - indent):
            sl.lines.append(Line(part, indent=indent))
        return
    if mode == "spaces":
        col = max(sl.key_w, _sw(sl, key + "  "))
        parts = _wrap(sl, value, sl.width - col)
        pad = max(2, round((col - _sw(sl, key)) / max(_sw(sl, " "), 0.1)))
        sl.lines.append(Line(key + " " * pad + parts[0]))
        for part in parts[1:]:
            sl.lines.append(Line(part, indent=col))
        return
    # dots: the value at the right edge when it fits after the key, else wrapped under it
    need = _sw(sl, key) + _sw(sl, " .. ") + _sw(sl, value)
    if need > sl.width:
        sl.lines.append(Line(key + " " + "." * max(2, int((sl.width * 0.5 - _sw(sl, key))
                                                       / _sw(sl, ".")))))
        for part in _wrap(sl, value, sl.width - _sw(sl, "  ")):
            sl.lines.append(Line(part, "right"))
        return
    dots = int((sl.width - need) / _sw(sl, ".")) + 2
    sl.lines.append(Line(f"{key} {'.' * dots} {value}"))


def _rule(sl: _Slip, char: str | None = None) -> None:
    ch = char or sl.rule_char
    n = int(sl.width / _sw(sl, ch))
    sl.lines.append(Line(ch * n))


def _head(sl: _Slip, text: str) -> None:
    if sl.heads == "rule":
        _rule(sl, "-")
        sl.lines.append(Line(text, bold=True))
    elif sl.heads == "star":
        sl.lines.append(Line(f"** {text} **", "centre", True))
    else:
        sl.lines.append(Line(""))
        sl.lines.append(Line(text, bold=True))


def _slip_header(sl: _Slip, w: Extra18Wording, doc: Doc, record: Record, txn: str,
                 stamp: str) -> None:
    rng = sl.rng
    sl.lines.append(Line(f"Stadt {doc.city}", "centre", True))
    sl.lines.append(Line(f"{w.word('unit')} {AUTHORITY_UNITS[doc.doc_type]}", "centre"))
    if rng.random() < 0.4:
        sl.lines.append(Line(w.word("copy"), "centre"))
    _rule(sl, "=")
    for part in simpleSplit(doc.title, sl.bold, sl.size, sl.width):
        sl.lines.append(Line(part, "centre", True))
    _rule(sl, "=")
    term = f"{rng.choice(('SB', 'T', 'KT', 'BA'))}-{_free_number(record, rng, 10, 99)}"
    cashier = f"{_free_number(record, rng, 100, 989)}/{rng.choice('ABDFGHKLMNRSTW')}"
    rows = [(w.word("txn"), txn), (w.word("terminal"), term), (w.word("cashier"), cashier),
            (w.word("stamp"), stamp)]
    if rng.random() < 0.5:
        rng.shuffle(rows)
    for key, value in rows:
        _kv(sl, key, value)


def _slip_footer(sl: _Slip, w: Extra18Wording, record: Record, txn: str) -> None:
    rng = sl.rng
    _rule(sl)
    _kv(sl, w.word("fee"), _fee(record, rng))
    sl.lines.append(Line(w.word("paid")))
    _rule(sl)
    for key in ("thanks", "keep"):
        if rng.random() < 0.8:
            for part in simpleSplit(w.word(key), sl.regular, sl.size, sl.width):
                sl.lines.append(Line(part, "centre"))
    if rng.random() < 0.5:
        sl.lines.append(Line(f"# {txn} #", "centre"))
    sl.lines.append(Line(w.word("end"), "centre"))


def _section_lines(sl: _Slip, w: Extra18Wording, sec: Sec) -> None:
    _head(sl, w.section(sec.key))
    for f in sec.items:
        _kv(sl, w(f.key), f.value)


def _lead(sl: _Slip) -> float:
    return sl.size * 1.28


def _mrz_size(sl: _Slip, zone: tuple[str, ...]) -> float:
    return min(sl.size + 0.5, (sl.width - 2) / _width("<" * len(zone[0]), mrz_font(), 1))


def _slip_height(sl: _Slip, zone_size: float) -> float:
    h = 0.0
    for line in sl.lines:
        h += zone_size * 1.4 if line.mrz else _lead(sl)
    return h + 34


def _draw_slip(pen: Pen, sl: _Slip, zone_size: float, torn: bool) -> None:
    """The slip on the current page: offset, perhaps turned a little, with a shadow."""
    rng = sl.rng
    c = pen.c
    pad = 12.0
    outer_w = sl.width + 2 * pad
    height = _slip_height(sl, zone_size)
    x0 = rng.uniform(36, max(40, PAGE_W - outer_w - 36))
    top = PAGE_H - rng.uniform(30, max(34, min(140, PAGE_H - height - 40)))
    angle = rng.choice((0.0, rng.uniform(-1.4, 1.4), rng.uniform(-0.7, 0.7)))
    c.saveState()
    c.translate(x0, top)
    c.rotate(angle)
    # shadow, paper, torn lower edge
    c.setFillGray(0.82)
    c.rect(3, -height - 3, outer_w, height, stroke=0, fill=1)
    c.setFillColorRGB(0.995, 0.99, 0.975)
    c.setStrokeGray(0.7)
    c.setLineWidth(0.4)
    if torn:
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(outer_w, 0)
        p.lineTo(outer_w, -height)
        x = outer_w
        k = 0
        while x > 0:
            x = max(0.0, x - 4)
            p.lineTo(x, -height + (2.5 if k % 2 == 0 else 0))
            k += 1
        p.close()
        c.drawPath(p, stroke=1, fill=1)
    else:
        c.rect(0, -height, outer_w, height, stroke=1, fill=1)
    c.setFillGray(rng.uniform(0.05, 0.25))
    y = -pad - sl.size
    for line in sl.lines:
        if line.mrz:
            face, size = mrz_font(), zone_size
            y -= zone_size * 0.4
        else:
            face, size = (sl.bold if line.bold else sl.regular), sl.size
        c.setFont(face, size)
        if line.align == "centre":
            c.drawCentredString(pad + sl.width / 2, y, line.text)
        elif line.align == "right":
            c.drawRightString(pad + sl.width, y, line.text)
        else:
            c.drawString(pad + line.indent, y, line.text)
        y -= zone_size if line.mrz else _lead(sl)
    c.restoreState()


def draw_receipt(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    regular, bold, mono = _slip_faces(rng)
    size = rng.uniform(7.4, 8.8)
    chars = rng.randint(36, 44)
    width = _width("0", regular, size) * chars if mono else rng.uniform(165, 225)
    if doc.zone:  # the whole zone must fit at a readable size
        width = max(width, _width("<" * len(doc.zone[0]), mrz_font(), 6.2) + 2)
    txn = _free_number(record, rng, 10**7, 10**8 - 1)
    day = _furniture_day(record, rng, 10)
    day_text = format_extra18_date(day, rng.choice(("numeric", "compact", "dash", "ymd")))
    stamp = f"{day_text} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
    torn = rng.random() < 0.7
    mode = rng.choice(("dots", "dots", "spaces", "next"))
    sections = doc.sections
    split = len(sections) // 2 + (len(sections) % 2) if pages == 2 else len(sections)
    for _ in range(8):  # shrink until each slip fits its page
        sl = _Slip(rng, regular, bold, size, width, mono, mode, 0.0, rng.choice("-="),
                   rng.choice(("rule", "plain", "star")))
        sl.key_w = max(_sw(sl, w(f.key) + "  ") for f in fields(doc))
        sl.key_w = min(sl.key_w, width * 0.55)
        state = rng.getstate()
        parts = _slip_parts(sl, w, doc, record, txn, stamp, split, pages)
        rng.setstate(state)
        zone_size = _mrz_size(sl, doc.zone) if doc.zone else 0.0
        if all(_slip_height(p, zone_size) < PAGE_H - 70 for p in parts):
            break
        size *= 0.93
    parts = _slip_parts(sl, w, doc, record, txn, stamp, split, pages)
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
        _draw_slip(pen, part, zone_size, torn)


def _slip_parts(sl: _Slip, w: Extra18Wording, doc: Doc, record: Record, txn: str, stamp: str,
                split: int, pages: int) -> list[_Slip]:
    first = _Slip(sl.rng, sl.regular, sl.bold, sl.size, sl.width, sl.mono, sl.mode, sl.key_w,
                  sl.rule_char, sl.heads)
    _slip_header(first, w, doc, record, txn, stamp)
    for sec in doc.sections[:split]:
        _section_lines(first, w, sec)
    out = [first]
    last = first
    if pages == 2:
        _rule(first)
        first.lines.append(Line(w.word("cont"), "centre"))
        second = _Slip(sl.rng, sl.regular, sl.bold, sl.size, sl.width, sl.mono, sl.mode,
                       sl.key_w, sl.rule_char, sl.heads)
        second.lines.append(Line(f"Stadt {doc.city}", "centre", True))
        _kv(second, w.word("txn"), txn)
        second.lines.append(Line(w.word("cont"), "centre"))
        for sec in doc.sections[split:]:
            _section_lines(second, w, sec)
        out.append(second)
        last = second
    if doc.zone:
        _head(last, w("zone"))
        for line in doc.zone:
            last.lines.append(Line(line, mrz=True))
    _slip_footer(last, w, record, txn)
    return out


# --- pairs: a mosaic of stacked caption and value boxes ----------------------------------------


@dataclass(slots=True)
class Box:
    caption: str
    value: str  # "\n" between lines
    name: str = ""
    who: str = ""
    below: bool = False  # caption under the value box
    right: bool = False  # value right-aligned
    zone: bool = False


@dataclass(slots=True)
class _Px:
    pen: Pen
    rng: random.Random
    faces: Set4
    vface: str
    csize: float
    vsize: float
    tint: float
    heads: bool
    left: float
    right: float

    @property
    def ch(self) -> float:
        return self.csize + 4.5

    def vh(self, lines: int) -> float:
        return self.vsize * (1.9 + 1.2 * (lines - 1)) + 3


def _box_lines(px: _Px, box: Box, width: float) -> list[str]:
    if box.zone:
        return box.value.split("\n")
    return list(simpleSplit(box.value, px.vface, px.vsize, width - 12)) or [""]


def _zone_size(px: _Px, box: Box, width: float) -> float:
    first = box.value.split("\n")[0]
    return min(11.0, (width - 12) / _width("<" * len(first), mrz_font(), 1))


def _box_h(px: _Px, box: Box, width: float) -> float:
    if box.zone:
        n = len(box.value.split("\n"))
        return px.ch + n * _zone_size(px, box, width) * 1.35 + 8
    return px.ch + px.vh(len(_box_lines(px, box, width)))


def _min_w(px: _Px, box: Box, avail: float) -> float:
    if box.zone:
        return avail
    cw = _width(box.caption, px.faces.regular, px.csize) + 8
    vw = _width(box.value, px.vface, px.vsize) + 12 + (10 if box.who else 0)
    return min(avail, max(cw, vw, 46))


def _pack(px: _Px, boxes: list[Box]) -> list[list[tuple[Box, float]]]:
    """Rows of boxes of different widths that fill the page width (an irregular mosaic)."""
    rng = px.rng
    avail = px.right - px.left
    rows: list[list[Box]] = []
    cur: list[Box] = []
    used = 0.0
    most = rng.randint(3, 5)
    for box in boxes:
        need = _min_w(px, box, avail)
        if cur and (used + need > avail or len(cur) >= most or box.zone):
            rows.append(cur)
            cur, used, most = [], 0.0, rng.randint(2, 5)
        cur.append(box)
        used += need
        if box.zone:
            rows.append(cur)
            cur, used = [], 0.0
    if cur:
        rows.append(cur)
    out = []
    for row in rows:
        needs = [_min_w(px, b, avail) for b in row]
        extra = max(0.0, avail - sum(needs))
        weights = [rng.uniform(0.2, 2.5) for _ in row]
        total = sum(weights)
        out.append([(b, n + extra * wt / total) for b, n, wt in zip(row, needs, weights,
                                                                    strict=True)])
    return out


def _row_h(px: _Px, row: list[tuple[Box, float]]) -> float:
    return max(_box_h(px, b, wd) for b, wd in row)


def _fit(text: str, face: str, size: float, width: float) -> float:
    w = _width(text, face, size)
    return size if w <= width else max(4.2, size * width / w)


def _draw_box(px: _Px, box: Box, x: float, top: float, width: float, h: float) -> None:
    c = px.pen.c
    ch = px.ch
    vh = h - ch
    cap_top = top - vh if box.below else top
    val_top = top if box.below else top - ch
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeGray(0.2)
    c.setFillGray(px.tint)
    c.rect(x, cap_top - ch, width, ch, stroke=1, fill=1)
    c.setFillGray(1)
    c.rect(x, val_top - vh, width, vh, stroke=1, fill=0)
    c.setFillGray(0.25)
    size = _fit(box.caption, px.faces.regular, px.csize, width - 6)
    c.setFont(px.faces.regular, size)
    c.drawString(x + 3, cap_top - ch + 2.6, box.caption)
    c.setFillGray(0)
    if box.who:  # the person marker in a corner of the value box
        side = px.csize + 2.5
        mx = x + 1.5 if box.right else x + width - side - 1.5
        c.setLineWidth(0.4)
        c.rect(mx, val_top - side - 1.5, side, side, stroke=1, fill=0)
        c.setFont(px.faces.bold, px.csize - 0.5)
        c.drawCentredString(mx + side / 2, val_top - side + 0.6, box.who)
    if box.zone:
        zs = _zone_size(px, box, width)
        y = val_top - zs - 3
        c.setFont(mrz_font(), zs)
        for line in box.value.split("\n"):
            c.drawString(x + 6, y, line)
            y -= zs * 1.35
        c.restoreState()
        return
    lines = _box_lines(px, box, width)
    y = val_top - vh + px.vsize * 0.5 + 1.5 + px.vsize * 1.2 * (len(lines) - 1)
    c.setFont(px.vface, px.vsize)
    for line in lines:
        if box.right:
            c.drawRightString(x + width - 6, y, line)
        else:
            c.drawString(x + 6, y, line)
        y -= px.vsize * 1.2
    c.restoreState()


def _boxes(px: _Px, w: Extra18Wording, doc: Doc, record: Record, p_below: float,
           p_right: float) -> list[tuple[str, list[Box]]]:
    rng = px.rng
    out: list[tuple[str, list[Box]]] = []
    for sec in doc.sections:
        boxes = [Box(w(f.key), f.value, f.name, f.who, rng.random() < p_below,
                     rng.random() < p_right) for f in sec.items]
        out.append((sec.key, boxes))
    if doc.zone:
        out.append(("zone", [Box(w("zone"), "\n".join(doc.zone), "", "", False, False, True)]))
    # boxes of no field: the office's and the fee
    fee = Box(w.word("fee"), _fee(record, rng), right=rng.random() < 0.6)
    office = Box(w.word("office"), "", below=rng.random() < 0.3)
    k = rng.randrange(len(out))
    out[k][1].insert(rng.randint(0, len(out[k][1])), fee)
    if rng.random() < 0.75 or not doc.zone:
        out[-1][1].append(office)
    else:
        out[0][1].insert(0, office)
    return out


def _sections_h(px: _Px, w: Extra18Wording, secs: list[tuple[str, list[Box]]]) -> float:
    h = 0.0
    for _, boxes in secs:
        if px.heads:
            h += px.csize + 9
        h += sum(_row_h(px, row) for row in _pack(px, boxes)) + 6
    return h


def _draw_sections(px: _Px, w: Extra18Wording, secs: list[tuple[str, list[Box]]],
                   top: float) -> float:
    c = px.pen.c
    y = top
    for key, boxes in secs:
        if px.heads:
            c.setFont(px.faces.bold, px.csize + 1.5)
            c.drawString(px.left, y - px.csize - 3, w.section(key))
            c.setLineWidth(0.8)
            c.line(px.left, y - px.csize - 5.5, px.right, y - px.csize - 5.5)
            y -= px.csize + 9
        for row in _pack(px, boxes):
            h = _row_h(px, row)
            x = px.left
            for box, width in row:
                _draw_box(px, box, x, y, width, h)
                x += width
            y -= h
        y -= 6
    return y


def _pairs_header(px: _Px, w: Extra18Wording, doc: Doc, record: Record, case: str,
                  page: int, pages: int) -> float:
    pen = px.pen
    c = pen.c
    top = PAGE_H - px.rng.uniform(40, 56)
    c.setFont(px.faces.regular, 8)
    c.drawString(px.left, top, f"Stadt {doc.city} – {AUTHORITY_UNITS[doc.doc_type]}")
    c.drawRightString(px.right, top, f"{w.word('page')} {page}/{pages}")
    title = doc.title if page == 1 else f"{doc.title} – {w.word('cont')}"
    size = 13.5 if page == 1 else 10.5
    lines = simpleSplit(title, px.faces.bold, size, px.right - px.left - 150)
    y = top - 20
    for line in lines:
        c.setFont(px.faces.bold, size)
        c.drawString(px.left, y, line)
        y -= size * 1.25
    # a small case-number pair at the right of the title (no field)
    box = Box(w.word("case"), case, right=True)
    bw = max(110.0, _width(case, px.vface, px.vsize) + 20,
             _width(box.caption, px.faces.regular, px.csize) + 10)
    _draw_box(px, box, px.right - bw, top - 8, bw, px.ch + px.vh(1))
    y = min(y, top - 8 - px.ch - px.vh(1)) - 6
    if any(f.who for f in fields(doc)) and page == 1:
        c.setFont(px.faces.italic, px.csize)
        c.drawString(px.left, y, w.word("legend"))
        y -= px.csize + 6
    return y - 4


def draw_pairs(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _set4(rng.choice(SANS9))
    vface = rng.choice((faces.regular, faces.regular, faces.bold,
                        font("DejaVuSansMono", "Courier")))
    px = _Px(pen, rng, faces, vface, rng.uniform(5.8, 6.8), rng.uniform(9.0, 10.5),
             rng.choice((0.9, 0.93, 0.96, 1.0)), rng.random() < 0.6, pen.left,
             pen.right)
    p_below = rng.choice((0.12, 0.25, 0.35))
    p_right = rng.choice((0.1, 0.2, 0.35))
    secs = _boxes(px, w, doc, record, p_below, p_right)
    case = f"{rng.choice('ABDEGKLMRSTW')}{rng.choice('ABDEGKLMRSTW')} " \
           f"{_free_number(record, rng, 100, 9899)}/26"
    split = max(1, (len(secs) + 1) // 2) if pages == 2 else len(secs)
    parts = [secs[:split], secs[split:]] if pages == 2 else [secs]
    state = rng.getstate()
    for _ in range(12):  # one sheet per part
        rng.setstate(state)
        heights = [_sections_h(px, w, part) for part in parts]
        if max(heights) < PAGE_H - 190:
            break
        px.vsize *= 0.94
        px.csize = max(4.8, px.csize * 0.96)
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
        rng.setstate(state)
        y = _pairs_header(px, w, doc, record, case, k + 1, len(parts))
        rng.setstate(state)
        y = _draw_sections(px, w, part, y)
        if k == len(parts) - 1 and y > 110:
            c = pen.c
            c.setLineWidth(0.4)
            c.line(px.right - 170, y - 40, px.right, y - 40)
            c.setFont(faces.regular, px.csize)
            c.drawString(px.right - 170, y - 48, w.word("signature"))


def draw_extra18(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if s.layout == "receipt":
        draw_receipt(pen, record, s, rng, doc_type, pages)
    else:
        draw_pairs(pen, record, s, rng, doc_type, pages)
