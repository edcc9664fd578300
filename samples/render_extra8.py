"""The eighth extra pair of blind held-out layouts: ``kiosk`` and ``sheet``.

``kiosk`` is the printout of a self-service terminal in a citizens' office: a narrow thermal
receipt strip (80 mm wide) laid on an A4 page or printed as a long narrow page, in a monospace
face, mostly upper case and heavily abbreviated; key/value pairs joined by dot leaders, colons,
runs of spaces or stacked, separator lines of dashes, equals signs or asterisks, the terminal's
id, location, print time and a queue ticket number (none of them a value of the document), a
bar code or QR code drawn as graphics, and values wrapped onto the next line where the strip is
too narrow. The ink is a faded grey that changes along the strip, sometimes with a lighter band
where the print head was worn. Identity documents are the terminal's document-reader receipt
(the zone as read, character for character on one line each) beside or below a copy of the
document.

``sheet`` is a spreadsheet printed from an office program: grid lines, column letters and row
numbers around the edges, a merged and shaded title row, field name | value rows (sometimes
with a third column of remarks or a status), shaded section rows merged across the columns,
numbers and dates right-aligned, dates in the program's own formats, texts spilling into the
empty cell beside them or wrapped in their cell, portrait or landscape, and a page footer with
the sheet's name and the page count. Spouses and tenants are small tables with one row per
person; identity documents a picture of the document pasted over the grid below a few rows.

Both draw straight from the record with the wording of ``samples.wording_extra8``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

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
from samples.identity import MM
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _ttf, other_day
from samples.truth import truth_fields
from samples.wording_extra8 import (
    DWELLING8,
    ID_KINDS8,
    LANDLORD_ROLES8,
    MARITAL8,
    PURPOSE8,
    Extra8Wording,
    format_extra8_date,
    nationality_word,
    sex_word,
)

# --- layout-neutral content ----------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One field: a label key with its printed value."""

    key: str
    value: str
    kind: str = "text"  # text | date | num (right-aligned in the sheet)
    label: str = ""  # a label of its own (numbered persons)


@dataclass(slots=True)
class Part:
    """A section: rows of fields, or (sheet only) a table with one row per person."""

    key: str
    rows: list[Row]
    title: str = ""
    head: tuple[str, ...] = ()  # table columns: label keys
    table: list[tuple[tuple[str, str], ...]] = field(default_factory=list)  # (value, kind)


@dataclass(slots=True)
class Content:
    title: str
    city: str
    unit: str
    parts: list[Part]


def _w(s: Style) -> Extra8Wording:
    assert isinstance(s.words, Extra8Wording)
    return s.words


def _kiosk(s: Style) -> bool:
    return s.layout == "kiosk"


def _date(s: Style, key: str, d: date) -> Row:
    return Row(key, s.date(d), "date")


def _sex(s: Style, code: str) -> str:
    return sex_word(code, s.sex_mode)


def _nat(s: Style, code: str) -> str:
    return nationality_word(code, s.nationality_mode)


def _pick4(s: Style, options: tuple[str, str, str, str]) -> str:
    """(kiosk full, kiosk short, sheet full, sheet short) -> the document's printing."""
    base = 0 if _kiosk(s) else 2
    return options[base + (1 if s.purpose_mode == "short" else 0)]


def _address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[Row]:
    if s.address_mode == "one_line":
        return [Row(line_key, a.line)]
    if s.address_mode == "lines":
        return [Row("street_line", a.street_line), Row("city_line", a.city_line)]
    numeric = a.postal_code[0] != "0" and rng.random() < 0.6
    rows = [Row("street", a.street),
            Row("house_number", a.number, "num" if a.number.isdigit() else "text"),
            Row("postal_code", a.postal_code, "num" if numeric else "text"),
            Row("city", a.city)]
    if rng.random() < 0.3:
        rows = [rows[2], rows[3], rows[0], rows[1]]
    return rows


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True) -> list[Row]:
    rows = [Row("family_name", p.family), Row("given_names", p.given)]
    if rng.random() < 0.35:
        rows.reverse()
    rows.append(_date(s, "date_of_birth", p.dob))
    if place:
        rows.append(Row("place_of_birth", p.pob))
        if rng.random() < 0.3:
            rows[2], rows[3] = rows[3], rows[2]
    if sex:
        rows.append(Row("sex", _sex(s, p.sex)))
    if nat:
        rows.append(Row("nationality", _nat(s, p.nationality)))
    return rows


UNITS8: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Bürgerservice", "Bürgeramt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Bürgerservice", "Bürgeramt"),
    "geburtsurkunde": ("Standesamt",),
    "eheurkunde": ("Standesamt",),
    "sterbeurkunde": ("Standesamt",),
    "antrag_zulassung": ("Kfz-Zulassungsstelle", "Straßenverkehrsamt"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Migration"),
    "identity_document": ("Bürgerservice", "Bürgerbüro", "Ausländerbehörde"),
}


def build_content(record: Record, s: Style, rng: random.Random, doc_type: str) -> Content:
    """The sections of a document (not identity documents)."""
    w = _w(s)
    kiosk = _kiosk(s)
    unit = rng.choice(UNITS8[doc_type])
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Row("birth_name", p.birth_name))
            marital = {m[1]: m[0 if kiosk else 1] for m in MARITAL8}
            if rng.random() < 0.45:
                person.append(Row("marital", marital.get(record.marital, record.marital)))
            flat = [_date(s, "move_in_date", record.move_in),
                    *_address(s, a, "address_line", rng)]
            if rng.random() < 0.35:
                flat.append(flat.pop(0))
            if record.dwelling:
                flat.append(Row("dwelling", _pick4(s, DWELLING8[record.dwelling])))
            parts = [Part("person", person), Part("dwelling", flat)]
            if record.previous:
                parts.append(Part("previous", [Row("previous_address", record.previous)]))
            if record.phone and rng.random() < 0.6:
                parts[0].rows.append(Row("phone", record.phone))
            if rng.random() < 0.25:
                parts = [parts[1], parts[0], *parts[2:]]
            return Content(title, record.address.city, unit, parts)
        case Wohnungsgeber():
            a = record.address
            role = LANDLORD_ROLES8[0 if record.landlord_is_owner else 1][0 if kiosk else 1]
            landlord = Part("landlord", [Row("landlord_name", record.landlord_name),
                                         Row("landlord_address", record.landlord_address.line)])
            if rng.random() < 0.6:
                landlord.rows.append(Row("landlord_role", role))
            flat = Part("flat", [_date(s, "move_in_date", record.move_in),
                                 *_address(s, a, "flat_line", rng)])
            if kiosk:
                tenants = Part("tenants", [Row("tenant", t, label=f"{w('tenant')} {k}")
                                           for k, t in enumerate(record.tenants, 1)])
            else:
                tenants = Part("tenants", [], head=("number", "tenant"),
                               table=[((str(k), "num"), (t, "text"))
                                      for k, t in enumerate(record.tenants, 1)])
            parts = [landlord, flat, tenants]
            if rng.random() < 0.3:
                parts = [flat, tenants, landlord]
            return Content(title, a.city, unit, parts)
        case Geburt():
            c = record.child
            child = _person(s, c, rng, nat=False)
            if rng.random() < 0.5:
                child.append(Row("birth_time", f"{record.birth_time} Uhr" if not kiosk
                                 else record.birth_time, "num"))
            parents = [Row("mother_name", record.mother)]
            if record.father:
                parents.append(Row("father_name", record.father))
            parts = [Part("child", child), Part("parents", parents),
                     _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.3:
                parts.insert(0, parts.pop())
            return Content(title, record.office, unit, parts)
        case Ehe():
            spouses = (record.spouse1, record.spouse2)
            if kiosk:
                people = [Part("spouse", _person(s, sp, rng, sex=False, nat=False,
                                                 place=rng.random() < 0.5),
                               title=f"{w('spouse')} {k}") for k, sp in enumerate(spouses, 1)]
            else:
                place = rng.random() < 0.6
                head = ("number", "family_name", "given_names", "date_of_birth")
                people = [Part("spouses", [], head=head + (("place_of_birth",) if place else ()),
                               table=[((str(k), "num"), (sp.family, "text"), (sp.given, "text"),
                                       (s.date(sp.dob), "date"))
                                      + (((sp.pob, "text"),) if place else ())
                                      for k, sp in enumerate(spouses, 1)])]
            marriage = Part("marriage", [_date(s, "marriage_date", record.marriage_date),
                                         Row("marriage_place", record.marriage_place)])
            register = _register(s, record.office, record.register, record.issue)
            parts = ([*people, marriage, register] if rng.random() < 0.65
                     else [register, marriage, *people])
            return Content(title, record.office, unit, parts)
        case Sterbe():
            deceased = _person(s, record.person, rng, sex=False, nat=False)
            if rng.random() < 0.4:
                deceased.append(Row("last_residence", record.last_residence))
            death = [_date(s, "date_of_death", record.date_of_death),
                     Row("place_of_death", record.place_of_death)]
            parts = [Part("deceased", deceased), Part("death", death),
                     _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.3:
                parts.insert(0, parts.pop())
            return Content(title, record.office, unit, parts)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, sex=False, nat=False, place=False)
            holder += _address(s, a, "address_line", rng)
            vehicle = [Row("make", record.make), Row("model", record.model),
                       Row("vin", record.vin), Row("evb_number", record.evb)]
            if rng.random() < 0.4:
                vehicle = vehicle[2:] + vehicle[:2]
            if record.plate:
                plate = record.plate if rng.random() < 0.65 else record.plate.replace("-", " ")
                vehicle.append(Row("desired_plate", plate))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Row("account_holder", record.account_holder), Row("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(Row("bic", record.bic))
            if rng.random() < 0.5:
                sepa.append(Row("bank", record.bank))
            if rng.random() < 0.4:
                sepa.reverse()
            return Content(title, a.city, unit, [Part("holder", holder), Part("vehicle", vehicle),
                                                 Part("sepa", sepa)])
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.7)
            purpose = _pick4(s, PURPOSE8[record.purpose])
            stay = [Row("passport_number", record.passport_number),
                    _date(s, "passport_expiry_date", record.passport_expiry),
                    _date(s, "entry_date", record.entry), Row("purpose", purpose)]
            if rng.random() < 0.3:
                stay.insert(0, stay.pop())
            parts = [Part("person", person), Part("passport", stay),
                     Part("residence", _address(s, a, "address_line", rng))]
            if rng.random() < 0.4:
                parts = [parts[0], parts[2], parts[1]]
            return Content(title, a.city, unit, parts)
    raise TypeError(type(record))


def _register(s: Style, office: str, register: str, issue: date) -> Part:
    return Part("register", [Row("registry_office", f"Standesamt {office}"),
                             Row("register_number", register), _date(s, "issue_date", issue)])


def identity_part(r: Identity, s: Style) -> Part:
    """What a document reader decodes from the zone (values as the truth has them)."""
    t = truth_fields(r)
    kiosk = _kiosk(s)
    kind = ID_KINDS8["P" if r.document_code.startswith("P") else "I"][0 if kiosk else 1]
    rows = [Row("doc_kind", f"{kind} ({r.mrz_format})"),
            Row("doc_number", str(t["document_number"])),
            Row("issuing_state", str(t["issuing_state"])),
            Row("family_name", str(t["family_name"])),
            Row("given_names", str(t["given_names"])),
            Row("nationality", str(t["nationality"])),
            _date(s, "date_of_birth", r.person.dob),
            Row("sex", _sex(s, str(t["sex"]))),
            _date(s, "expiry_date", r.expiry)]
    return Part("document", rows)


# --- kiosk ---------------------------------------------------------------------------------------

MONO8: Final = ((("", "Courier"), ("", "Courier-Bold")),
                (("DejaVuSansMono", "Courier"), ("DejaVuSansMono-Bold", "Courier-Bold")),
                (("LiberationMono", "Courier"), ("LiberationMono", "Courier")))
STRIP_W: Final = 80 * MM
LOCATIONS8: Final = ("RATHAUS EG", "BUERGERBUERO MITTE", "FOYER", "SERVICECENTER",
                     "BUERGERAMT NORD", "WARTEZONE 2")


@dataclass(slots=True)
class Ln:
    """One printed line of the strip (or a graphic)."""

    text: str = ""
    style: str = "plain"  # plain | bold | big | sep | code | zone | gap
    align: str = "left"  # left | centre
    data: str = ""  # bar / QR code content
    size: float = 0.0  # zone lines: their own size


def _wrap_words(text: str, width: int) -> list[str]:
    """Wrap at spaces only (a value's words stay whole; over-long words get their own line)."""
    out: list[str] = []
    cur = ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out or [""]


@dataclass(slots=True)
class Kiosk:
    cols: int
    mode: str  # dots | colon | right | stacked
    key_w: int
    sep: str
    section: str  # how section headings look


def _kv(k: Kiosk, label: str, value: str) -> list[Ln]:
    n = k.cols
    mode = k.mode
    if mode == "dots" and len(label) > k.key_w:
        mode = "stacked"
    if mode == "dots":
        head = label + "." * (k.key_w - len(label)) + ": "
        room = n - len(head)
        parts = _wrap_words(value, room)
        if max(len(p) for p in parts) > room:
            return [Ln(head.rstrip()), *[Ln("  " + p) for p in _wrap_words(value, n - 2)]]
        return [Ln(head + parts[0]), *[Ln(" " * len(head) + p) for p in parts[1:]]]
    if mode == "colon":
        head = label + ": "
        if len(head) + len(value) <= n:
            return [Ln(head + value)]
        first_room = n - len(head)
        words = value.split()
        if len(words[0]) > first_room:
            return [Ln(head.rstrip()), *[Ln("  " + p) for p in _wrap_words(value, n - 2)]]
        parts = _wrap_words(value, first_room)
        rest = " ".join(parts[1:])
        return [Ln(head + parts[0]), *[Ln("  " + p) for p in _wrap_words(rest, n - 2)]] \
            if rest else [Ln(head + parts[0])]
    if mode == "right":
        if len(label) + 2 + len(value) <= n:
            return [Ln(label + " " * (n - len(label) - len(value)) + value)]
        return [Ln(label), *[Ln(" " * (n - len(p)) + p) for p in _wrap_words(value, n - 2)]]
    return [Ln(label + ":"), *[Ln("  " + p) for p in _wrap_words(value, n - 2)]]


def _heading(k: Kiosk, title: str) -> list[Ln]:
    n = k.cols
    if k.section == "dashes":
        text = f" {title} "
        left = max(2, (n - len(text)) // 2)
        return [Ln("-" * left + text + "-" * max(2, n - left - len(text)))]
    if k.section == "brackets":
        return [Ln(f"[{title}]", "bold")]
    if k.section == "stars":
        return [Ln(f"** {title} **", "bold", "centre")]
    return [Ln(title, "bold"), Ln("-" * min(n, len(title) + 2))]


def _ascii(text: str) -> str:
    """Upper-case text as a terminal without umlauts prints it."""
    for a, b in (("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "SS")):
        text = text.replace(a, b)
    return text


def _id_unit(r: Identity, rng: random.Random) -> str:
    units = UNITS8["identity_document"]
    return rng.choice(units[:2] if r.person.nationality == "DEU" else units[2:])


def _ticket(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEKMSZ')} {rng.randint(100, 999)}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def kiosk_lines(content: Content, s: Style, rng: random.Random, record: Record, k: Kiosk,
                zone: tuple[str, ...] = ()) -> tuple[list[Ln], list[Ln]]:
    """The strip's head (office, terminal, ticket, title) and its body (sections, footer)."""
    w = _w(s)
    n = k.cols
    sep = Ln(k.sep * n, "sep")
    day = other_day(record, REFERENCE_DATE - timedelta(days=rng.randint(1, 40)), rng)
    stamp = format_extra8_date(day, rng.choice(("numeric", "numeric", "mon_upper")))
    city = content.city.upper()
    head = [Ln(f"STADT {city}", "bold", "centre"),
            Ln(_ascii(content.unit.upper()), "plain", "centre")]
    if rng.random() < 0.5:
        head.append(Ln(f"{w.word('location')}: {rng.choice(LOCATIONS8)}", "plain", "centre"))
    head.append(sep)
    term = f"{w.word('terminal')} BT{rng.randint(1, 40):02d}-{rng.randint(100, 999)}"
    when = f"{stamp} {_clock(rng)}"
    if len(term) + 1 + len(when) <= n:
        head.append(Ln(term + " " * (n - len(term) - len(when)) + when))
    else:
        head += [Ln(term), Ln(f"{w.word('printed')}: {when}")]
    ticket = [Ln(w.word("ticket"), "plain", "centre"), Ln(_ticket(rng), "big", "centre")]
    if rng.random() < 0.5:
        ticket.append(Ln(f"{w.word('waiting')} {rng.randint(5, 55)} {w.word('minutes')}",
                         "plain", "centre"))
    if rng.random() < 0.6:
        head += [*ticket, sep]
        ticket = []
    for chunk in _wrap_words(content.title, max(8, n // 2 - 1)):
        head.append(Ln(chunk, "big", "centre"))
    head.append(Ln(k.sep * n, "sep"))
    body: list[Ln] = []
    for part in content.parts:
        title = part.title or w.section(part.key)
        body += _heading(k, title)
        for row in part.rows:
            body += _kv(k, row.label or w(row.key), row.value)
        if zone:
            body += [Ln(w("mrz") + ":")] + [Ln(line, "zone") for line in zone]
            body.append(Ln(w.word("checked"), "plain", "centre"))
        body.append(Ln(style="gap"))
    body.append(sep)
    trans = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    body.append(Ln(f"{w.word('transaction')} {trans}"))
    if rng.random() < 0.6:
        body.append(Ln(f"{w.word('time')} {_clock(rng)[:5]}"))
    body += ticket
    code = rng.choice(("bar", "qr", "bar"))
    body.append(Ln(style="code", data=f"{code}:{trans}"))
    if rng.random() < 0.7:
        body.append(Ln(w.word("scan"), "plain", "centre"))
    for key in ("keep", "counter", "thanks"):
        if key == "keep" or rng.random() < 0.6:
            body += [Ln(t, "plain", "centre") for t in _wrap_words(w.word(key), n)]
    return head, body


@dataclass(slots=True)
class Strip:
    font: str
    bold: str
    size: float
    pitch: float
    ink: float
    fade: float
    phase: float
    band: tuple[float, float] | None  # a worn stripe of the print head (x offset, width)
    pad: float = 4 * MM


def _line_h(st: Strip, ln: Ln) -> float:
    if ln.style == "big":
        return st.pitch * 1.9
    if ln.style == "gap":
        return st.pitch * 0.5
    if ln.style == "code":
        return 62.0 if ln.data.startswith("qr") else 44.0
    return st.pitch


def _height(st: Strip, lines: list[Ln]) -> float:
    return sum(_line_h(st, ln) for ln in lines)


def _draw_code(pen: Pen, data: str, x: float, y: float, width: float) -> float:
    """A bar code or QR code centred in ``width`` below ``y``; returns the y below it."""
    kind, payload = data.split(":", 1)
    c = pen.c
    c.saveState()
    c.setFillGray(0)
    if kind == "qr":
        side = 52.0
        widget = qr.QrCodeWidget(f"T{payload}")
        x0, y0, x1, y1 = widget.getBounds()
        d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
        d.add(widget)
        renderPDF.draw(d, c, x + (width - side) / 2, y - side - 4)
        c.restoreState()
        return y - 62
    bar = code128.Code128(payload, barHeight=26, barWidth=0.9, quiet=False)
    bar.drawOn(c, x + (width - bar.width) / 2, y - 30)
    c.restoreState()
    return y - 44


def _strip_text(pen: Pen, st: Strip, x: float, y: float, s: str, size: float, bold: bool,
                grey: float) -> None:
    c = pen.c
    c.setFillGray(grey)
    c.setFont(st.bold if bold else st.font, size)
    c.drawString(x, y, s)


def _draw_strip(pen: Pen, st: Strip, lines: list[Ln], x: float, top: float, cols: int,
                paper: bool, torn: bool) -> float:
    """The strip's lines from ``top`` down; returns the bottom of the paper."""
    c = pen.c
    inner = STRIP_W - 2 * st.pad
    height = _height(st, lines) + 2 * st.pad + 6
    bottom = top - height
    if paper:
        c.saveState()
        c.setFillGray(0.985)
        c.setStrokeGray(0.72)
        c.setLineWidth(0.4)
        if torn:  # a torn or cut edge at the bottom
            path = c.beginPath()
            path.moveTo(x, top)
            path.lineTo(x + STRIP_W, top)
            path.lineTo(x + STRIP_W, bottom)
            steps = 24
            for i in range(1, steps + 1):
                path.lineTo(x + STRIP_W - STRIP_W * i / steps, bottom + (3 if i % 2 else 0))
            path.close()
            c.drawPath(path, stroke=1, fill=1)
        else:
            c.rect(x, bottom, STRIP_W, height, stroke=1, fill=1)
        c.restoreState()
    y = top - st.pad - st.size
    tx = x + st.pad
    c.saveState()
    for ln in lines:
        h = _line_h(st, ln)
        grey = min(0.6, st.ink + st.fade * (0.5 + 0.5 * math.sin(y / 90 + st.phase)))
        if ln.style == "gap":
            y -= h
            continue
        if ln.style == "code":
            _draw_code(pen, ln.data, tx, y + st.size, inner)
            y -= h
            continue
        size = st.size
        text = ln.text
        if ln.style == "big":
            size = st.size * 1.8
            y -= st.size * 0.8
        elif ln.style == "zone":
            size = min(st.size, inner / pen.c.stringWidth("M" * len(text), st.font, 1))
        width = pen.c.stringWidth(text, st.font, size)
        lx = tx + (inner - width) / 2 if ln.align == "centre" else tx
        _strip_text(pen, st, lx, y, text, size, ln.style in ("bold", "big"), grey)
        y -= h if ln.style != "big" else h - st.size * 0.8
    c.restoreState()
    if st.band is not None:  # a worn stripe of the print head: lighter ink along the strip
        c.saveState()
        c.setFillColorRGB(1, 1, 1, alpha=0.45)
        c.rect(x + st.pad + st.band[0], bottom + 4, st.band[1], height - 8, stroke=0, fill=1)
        c.restoreState()
    return bottom


def _make_strip(rng: random.Random, cols: int) -> Strip:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(MONO8)
    font, heavy = _ttf(reg, reg_fb), _ttf(bold, bold_fb)
    if (font == reg_fb) != (heavy == bold_fb):
        font, heavy = reg_fb, bold_fb
    inner = STRIP_W - 2 * 4 * MM
    size = inner / stringWidth("M" * cols, font, 1)
    band = (rng.uniform(10, 140), rng.uniform(8, 30)) if rng.random() < 0.35 else None
    return Strip(font, heavy, size, size * rng.uniform(1.18, 1.38), rng.uniform(0.08, 0.3),
                 rng.uniform(0.0, 0.22), rng.uniform(0, 6.28), band)


def _split_lines(lines: list[Ln], rng: random.Random) -> tuple[list[Ln], list[Ln]]:
    """Two pieces near the middle, cut before a section heading or a gap."""
    cuts = [i for i, ln in enumerate(lines) if ln.style == "gap" and 0 < i < len(lines) - 1]
    mid = len(lines) / 2 + rng.uniform(-3, 3)
    at = min(cuts, key=lambda i: abs(i - mid)) + 1 if cuts else len(lines) // 2
    return lines[:at], lines[at:]


def draw_kiosk(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    identity = isinstance(record, Identity)
    roll = not identity and rng.random() < 0.4  # a long narrow page instead of A4
    for attempt, cols in enumerate(rng.sample((32, 40, 42, 48), 4)):
        k = Kiosk(cols, rng.choice(("dots", "colon", "right", "stacked", "dots")),
                  rng.randint(13, min(20, cols // 2)), rng.choice(("-", "=", "-", "*")),
                  rng.choice(("dashes", "brackets", "stars", "underline")))
        sub = random.Random(rng.getrandbits(32))
        st = _make_strip(sub, cols)
        if identity:
            assert isinstance(record, Identity)
            city = record.authority.replace("Stadt ", "") or "Bochum"
            content = Content(w.title(doc_type), city, _id_unit(record, sub),
                              [identity_part(record, s)])
            head, body = kiosk_lines(content, s, sub, record, k, record.lines)
        else:
            content = build_content(record, s, sub, doc_type)
            head, body = kiosk_lines(content, s, sub, record, k)
        lines = head + body
        room = PAGE_H - 2 * 36 - 2 * st.pad - 10
        if identity and record.mrz_format == "TD3" and pages == 1:
            room -= 88 * MM * 1.05 + 30
        if roll or pages == 2 or _height(st, lines) <= room or attempt == 3:
            break
    if identity:
        assert isinstance(record, Identity)
        _kiosk_identity(pen, record, st, lines, cols, rng, pages)
        return
    pieces = list(_split_lines(lines, rng)) if pages == 2 else [lines]
    if pages == 2:
        pieces[1] = [Ln(w.word("continued"), "bold", "centre"), Ln("-" * cols, "sep"),
                     *pieces[1]]
    for i, piece in enumerate(pieces):
        if i:
            pen.new_page()
        if roll:
            margin = rng.uniform(8, 16)
            height = _height(st, piece) + 2 * st.pad + 6 + 2 * margin
            pen.c.setPageSize((STRIP_W + 2 * margin, max(height, 300)))
            _draw_strip(pen, st, piece, margin, max(height, 300) - margin, cols, False, False)
        else:
            pen.c.setPageSize((PAGE_W, PAGE_H))
            x = rng.choice((rng.uniform(40, 90), (PAGE_W - STRIP_W) / 2 + rng.uniform(-30, 30),
                            PAGE_W - STRIP_W - rng.uniform(40, 90)))
            top = PAGE_H - rng.uniform(28, 60)
            _draw_strip(pen, st, piece, x, top, cols, True, rng.random() < 0.6)


def _kiosk_identity(pen: Pen, r: Identity, st: Strip, lines: list[Ln], cols: int,
                    rng: random.Random, pages: int) -> None:
    """The reader's receipt beside (cards) or below (passports) a copy of the document."""
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    card = r.mrz_format == "TD1"
    left = rng.random() < 0.6
    sx = rng.uniform(34, 50) if left else PAGE_W - STRIP_W - rng.uniform(34, 50)
    top = PAGE_H - rng.uniform(30, 50)
    if card:
        part = "front" if pages == 2 else "both"
        room_w = PAGE_W - STRIP_W - 3 * 36
        w1, h1 = _card_size(r, part, 1.0)
        scale = min(rng.uniform(1.0, 1.2), room_w / w1, (PAGE_H - 100) / h1)
        cx = sx + STRIP_W + 30 if left else sx - 30 - w1 * scale
        _draw_strip(pen, st, lines, sx, top, cols, True, rng.random() < 0.5)
        _draw_copy(pen, r, part, cx, top - rng.uniform(0, 40), scale, style,
                   random.Random(seed), True)
        if pages == 2:
            pen.new_page()
            _draw_copy(pen, r, "back", cx, top, scale, style, random.Random(seed), True)
        return
    w1, h1 = _card_size(r, "page", 1.0)
    scale = min(rng.uniform(1.05, 1.3), (PAGE_W - 80) / w1)
    px = rng.uniform(40, PAGE_W - 40 - w1 * scale)
    _draw_copy(pen, r, "page", px, top, scale, style, random.Random(seed), True)
    if pages == 2:
        pen.new_page()
        _draw_strip(pen, st, lines, sx, top, cols, True, rng.random() < 0.5)
    else:
        _draw_strip(pen, st, lines, sx, top - h1 * scale - 24, cols, True, rng.random() < 0.5)


# --- sheet ---------------------------------------------------------------------------------------

SHEET_FACES8: Final = ((("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
                       (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
                       (("", "Helvetica"), ("", "Helvetica-Bold")),
                       (("LiberationSansNarrow", "Helvetica"),
                        ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
                       (("DejaVuSansCondensed", "Helvetica"),
                        ("DejaVuSansCondensed-Bold", "Helvetica-Bold")))
FILLS8: Final = ((0.86, 0.90, 0.96), (0.89, 0.94, 0.85), (0.93, 0.93, 0.93), (0.99, 0.93, 0.80),
                 (0.87, 0.92, 0.97))
STATUS_FILL8: Final = {"geprüft": (0.78, 0.94, 0.81), "o.k.": (0.78, 0.94, 0.81),
                       "offen": (1.0, 0.92, 0.61), "Rückfrage": (1.0, 0.78, 0.81)}


@dataclass(slots=True)
class Cell:
    text: str
    align: str = "left"  # left | right | centre
    bold: bool = False
    fill: tuple[float, float, float] | None = None
    span: int = 1  # merged with the next span - 1 cells
    size: float = 0.0  # 0: the sheet's size


@dataclass(slots=True)
class SRow:
    cells: dict[int, Cell]
    kind: str = "data"  # title | blank | header | section | data
    height: float = 0.0
    lines: dict[int, list[str]] = field(default_factory=dict)  # wrapped texts per column
    spill: dict[int, int] = field(default_factory=dict)  # column -> columns it spills over


@dataclass(slots=True)
class Sheet:
    font: str
    bold: str
    size: float
    row_h: float
    widths: list[float]  # per column A, B, ...
    x0: float  # left of column A
    gutter: float
    band: float  # height of the column-letter band
    grid: float  # grey of the grid lines
    page_w: float
    page_h: float


def _col_name(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else "A" + chr(ord("A") + i - 26)


def simple_width(text: str, face: str, size: float) -> float:
    return float(stringWidth(text, face, size))


def _span_w(sh: Sheet, col: int, span: int) -> float:
    return sum(sh.widths[col:col + span])


def _layout_rows(sh: Sheet, rows: list[SRow]) -> None:
    """Row heights, wrapped texts and spills."""
    for row in rows:
        height = sh.row_h
        for col, cell in row.cells.items():
            width = _span_w(sh, col, cell.span)
            size = cell.size or sh.size
            face = sh.bold if cell.bold else sh.font
            if simple_width(cell.text, face, size) <= width - 5:
                row.lines[col] = [cell.text]
                continue
            # spill into empty neighbours (left-aligned texts only), else wrap in the cell
            free = 0
            nxt = col + cell.span
            while (cell.align == "left" and nxt < len(sh.widths) and nxt not in row.cells
                   and simple_width(cell.text, face, size) > _span_w(sh, col, cell.span + free)
                   - 5):
                free += 1
                nxt += 1
            if cell.align == "left" and free and simple_width(
                    cell.text, face, size) <= _span_w(sh, col, cell.span + free) - 5:
                row.lines[col] = [cell.text]
                row.spill[col] = free
                continue
            lines = list(simpleSplit(cell.text, face, size, width - 5)) or [cell.text]
            row.lines[col] = lines
            height = max(height, len(lines) * size * 1.2 + (sh.row_h - size * 1.2))
        if row.kind == "title":
            height = max(height, sh.row_h * 1.6)
        row.height = height


def _draw_sheet_page(pen: Pen, sh: Sheet, rows: list[SRow], first_no: int, top: float,
                     ncols: int) -> None:
    c = pen.c
    x0 = sh.x0
    right = x0 + sum(sh.widths[:ncols])
    total_h = sum(r.height for r in rows)
    # column letters and row numbers
    c.saveState()
    c.setFillGray(0.9)
    c.setStrokeGray(0.6)
    c.setLineWidth(0.5)
    c.rect(x0 - sh.gutter, top, right - x0 + sh.gutter, sh.band, stroke=1, fill=1)
    c.rect(x0 - sh.gutter, top - total_h, sh.gutter, total_h, stroke=1, fill=1)
    c.setFillGray(0.25)
    c.setFont(sh.font, sh.size * 0.9)
    x = x0
    for i in range(ncols):
        c.drawCentredString(x + sh.widths[i] / 2, top + (sh.band - sh.size * 0.9) / 2 + 1,
                            _col_name(i))
        x += sh.widths[i]
        c.line(x, top, x, top + sh.band)
    y = top
    for k, row in enumerate(rows):
        y -= row.height
        c.drawCentredString(x0 - sh.gutter / 2, y + (row.height - sh.size * 0.9) / 2 + 1,
                            str(first_no + k))
        c.line(x0 - sh.gutter, y, x0, y)
    c.restoreState()
    # fills, grid and text
    y = top
    for row in rows:
        bottom = y - row.height
        skip = set()
        for col, cell in row.cells.items():
            span = cell.span + row.spill.get(col, 0)
            skip |= set(range(col + 1, col + span))
            if cell.fill:
                c.saveState()
                c.setFillColorRGB(*cell.fill)
                c.rect(x0 + sum(sh.widths[:col]), bottom, _span_w(sh, col, cell.span),
                       row.height, stroke=0, fill=1)
                c.restoreState()
        c.saveState()
        c.setStrokeGray(sh.grid)
        c.setLineWidth(0.35)
        c.line(x0, bottom, right, bottom)
        x = x0
        for i in range(ncols):
            if i not in skip:
                c.line(x, y, x, bottom)
            x += sh.widths[i]
        c.line(right, y, right, bottom)
        c.restoreState()
        for col, cell in row.cells.items():
            size = cell.size or sh.size
            face = sh.bold if cell.bold else sh.font
            lines = row.lines.get(col, [cell.text])
            cx = x0 + sum(sh.widths[:col])
            width = _span_w(sh, col, cell.span)
            ty = y - (row.height - len(lines) * size * 1.2) / 2 - size * 0.95
            c.setFillGray(0)
            c.setFont(face, size)
            for line in lines:
                if cell.align == "right":
                    c.drawRightString(cx + width - 3, ty, line)
                elif cell.align == "centre":
                    c.drawCentredString(cx + width / 2, ty, line)
                else:
                    c.drawString(cx + 3, ty, line)
                ty -= size * 1.2
        y = bottom
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.5)
    c.line(x0, top, x0, y)
    c.restoreState()


def sheet_rows(content: Content, s: Style, rng: random.Random, ncols: int) -> list[SRow]:
    w = _w(s)
    fill = rng.choice(FILLS8)
    numbered = rng.random() < 0.45
    third = rng.choice(("remark", "status", "none", "status"))
    input_fill = (1.0, 0.98, 0.86) if rng.random() < 0.3 else None
    title_span = min(ncols, 4)
    rows = [SRow({0: Cell(content.title, bold=True, fill=fill if rng.random() < 0.7 else None,
                          span=title_span, size=0.0)}, "title")]
    if rng.random() < 0.6:
        rows.append(SRow({0: Cell(f"{content.unit} {content.city}", span=title_span)}, "data"))
    rows.append(SRow({}, "blank"))
    head = {0: Cell(w.word("number") if numbered else "", bold=True, fill=(0.8, 0.8, 0.8)),
            1: Cell(w.word("field"), bold=True, fill=(0.8, 0.8, 0.8)),
            2: Cell(w.word("value"), bold=True, fill=(0.8, 0.8, 0.8))}
    if third != "none":
        head[3] = Cell(w.word(third), bold=True, fill=(0.8, 0.8, 0.8))
    rows.append(SRow(head, "header"))
    k = 0
    for part in content.parts:
        title = part.title or w.section(part.key)
        section = Cell(title, bold=True, fill=fill, span=3 if third == "none" else 4)
        rows.append(SRow({0: section}, "section"))
        if part.head:
            cells = {}
            for i, key in enumerate(part.head):
                text = w.word("number") if key == "number" else w(key)
                cells[i] = Cell(text, bold=True, fill=(0.9, 0.9, 0.9),
                                span=3 if (key == "tenant" and ncols >= 4 and third == "none")
                                else (2 if key == "tenant" else 1))
            if len(part.head) == 2 and third != "none":
                cells[3] = Cell(w.word(third), bold=True, fill=(0.9, 0.9, 0.9))
            rows.append(SRow(cells, "header"))
            for line in part.table:
                cells = {}
                for i, (value, kind) in enumerate(line):
                    span = 1
                    if len(part.head) == 2 and i == 1:
                        span = 3 if third == "none" else 2
                    cells[i] = Cell(value, "right" if kind in ("num", "date") else "left",
                                    span=span)
                if len(part.head) == 2 and third != "none" and rng.random() < 0.6:
                    cells[3] = _note(w, third, rng)
                rows.append(SRow(cells))
            continue
        for row in part.rows:
            k += 1
            cells = {1: Cell(row.label or w(row.key)),
                     2: Cell(row.value, "right" if row.kind in ("num", "date") else "left",
                             fill=input_fill)}
            if numbered:
                cells[0] = Cell(str(k), "right")
            if third != "none" and rng.random() < 0.45:
                cells[3] = _note(w, third, rng)
            rows.append(SRow(cells))
    return rows


def _note(w: Extra8Wording, third: str, rng: random.Random) -> Cell:
    text = w.note("status" if third == "status" else "remark")
    fill = STATUS_FILL8.get(text) if third == "status" and rng.random() < 0.6 else None
    return Cell(text, "centre" if third == "status" else "left", fill=fill)


def _make_sheet(pen: Pen, rng: random.Random, landscape: bool) -> Sheet:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(SHEET_FACES8)
    font, heavy = _ttf(reg, reg_fb), _ttf(bold, bold_fb)
    if (font == reg_fb) != (heavy == bold_fb):
        font, heavy = reg_fb, bold_fb
    page_w, page_h = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    size = rng.uniform(8.3, 9.8)
    return Sheet(font, heavy, size, size * rng.uniform(1.55, 1.8), [], rng.uniform(46, 60),
                 rng.uniform(20, 28), size * 1.6, rng.uniform(0.55, 0.78), page_w, page_h)


def _widths(sh: Sheet, rows: list[SRow], rng: random.Random) -> int:
    """Column widths from the contents; returns the number of columns printed."""
    def widest(col: int, cap: float) -> float:
        best = 0.0
        for row in rows:
            cell = row.cells.get(col)
            if cell is None or cell.span > 1:
                continue
            face = sh.bold if cell.bold else sh.font
            best = max(best, simple_width(cell.text, face, cell.size or sh.size) + 8)
        return min(best, cap)
    avail = sh.page_w - sh.x0 - rng.uniform(24, 40)
    a = max(28.0, widest(0, 60) if any(0 in r.cells and r.kind == "data" for r in rows)
            else 28.0)
    b = max(90.0, widest(1, rng.uniform(150, 200)))
    c = max(120.0, widest(2, rng.uniform(190, 270)))
    d = max(60.0, widest(3, 120))
    widths = [a, b, c, d]
    if sum(widths) > avail:
        over = sum(widths) - avail
        cut = min(over, c - 120)
        widths[2] -= cut
        widths[1] -= min(over - cut, b - 90)
    default = rng.uniform(48, 64)
    while sum(widths) + default <= avail:
        widths.append(default)
    sh.widths = widths
    return len(widths)


def _footer(pen: Pen, sh: Sheet, w: Extra8Wording, n: int, total: int, sheet_name: str,
            stamp: str, style: int) -> None:
    c = pen.c
    c.setFillGray(0)
    c.setFont(sh.font, sh.size * 0.85)
    y = 22
    page = (f"{w.word('page')} {n} von {total}" if style != 1 else f"{w.word('page')} {n}/{total}")
    if style == 2:
        c.drawString(sh.x0 - sh.gutter, y, f"{sheet_name} – {page}")
        c.drawRightString(sh.page_w - 30, y, stamp)
    else:
        c.drawString(sh.x0 - sh.gutter, y, sheet_name)
        c.drawCentredString(sh.page_w / 2, y, page)
        c.drawRightString(sh.page_w - 30, y, stamp)


def draw_sheet(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    identity = isinstance(record, Identity)
    landscape = not identity and rng.random() < 0.35
    sh = _make_sheet(pen, rng, landscape)
    pen.c.setPageSize((sh.page_w, sh.page_h))
    if identity:
        assert isinstance(record, Identity)
        city = record.authority.replace("Stadt ", "") or "Bochum"
        content = Content(w.title(doc_type), city, _id_unit(record, rng),
                          [identity_part(record, s)])
    else:
        content = build_content(record, s, rng, doc_type)
    rows = sheet_rows(content, s, rng, 4)
    ncols = _widths(sh, rows, rng)
    # the title and section rows reach across the printed columns
    for row in rows:
        if row.kind in ("title", "section") and 0 in row.cells and rng.random() < 0.5:
            row.cells[0].span = min(ncols, max(row.cells[0].span, 4))
    day = other_day(record, REFERENCE_DATE - timedelta(days=rng.randint(0, 30)), rng)
    stamp = f"{w.word('created')}: {format_extra8_date(day, 'numeric')}"
    sheet_name = w.word("sheets")
    foot = rng.randrange(3)
    top0 = sh.page_h - rng.uniform(40, 62)
    header_text = rng.random() < 0.5
    room = top0 - sh.band - 40 - (14 if header_text else 0)
    # fit one page: shrink rows first
    _layout_rows(sh, rows)
    while sum(r.height for r in rows) > room and sh.row_h > sh.size * 1.3:
        sh.row_h -= 0.5
        _layout_rows(sh, rows)
    if identity:
        assert isinstance(record, Identity)
        rows.append(SRow({1: Cell(w.word("picture"), bold=True)}))
        _layout_rows(sh, rows)
    split = [rows]
    if pages == 2 and not identity:
        cuts = [i for i, r in enumerate(rows) if r.kind == "section" and i > 4]
        at = min(cuts, key=lambda i: abs(i - len(rows) / 2)) if cuts else len(rows) // 2
        split = [rows[:at], rows[at:]]
    elif sum(r.height for r in rows) > room and not identity:
        acc, at = 0.0, len(rows)
        for i, r in enumerate(rows):
            acc += r.height
            if acc > room:
                at = i
                break
        split = [rows[:at], rows[at:]]
    total = len(split) + (1 if identity and pages == 2 else 0)
    first = 1
    for n, chunk in enumerate(split, 1):
        if n > 1:
            pen.new_page()
            pen.c.setPageSize((sh.page_w, sh.page_h))
        top = top0
        if header_text:
            pen.c.setFont(sh.font, sh.size * 0.85)
            pen.c.setFillGray(0.2)
            pen.c.drawCentredString(sh.page_w / 2, top + sh.band + 8, f"{content.unit} – "
                                    f"{sheet_name}")
        _draw_sheet_page(pen, sh, chunk, first, top - sh.band, ncols)
        first += len(chunk)
        bottom = top - sh.band - sum(r.height for r in chunk)
        _footer(pen, sh, w, n, total, sheet_name, stamp, foot)
        if identity:
            assert isinstance(record, Identity)
            _sheet_identity(pen, sh, record, rng, pages, bottom,
                            lambda k: _footer(pen, sh, w, k, total, sheet_name, stamp, foot))


def _sheet_identity(pen: Pen, sh: Sheet, r: Identity, rng: random.Random, pages: int,
                    below: float, footer: Callable[[int], None]) -> None:
    """The document pasted as a picture over the grid below the rows (a card's back on the
    next page when the plan wants two pages)."""
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    x = sh.x0 + rng.uniform(10, 40)
    avail_w = sh.page_w - x - 40
    for i, part in enumerate(parts):
        turn = i > 0 or (pages == 2 and not card)  # the picture on the second page
        top = sh.page_h - rng.uniform(60, 90) if turn else below - 14
        if turn:
            pen.new_page()
            pen.c.setPageSize((sh.page_w, sh.page_h))
            footer(2)
        w1, h1 = _card_size(r, part, 1.0)
        scale = min(rng.uniform(1.1, 1.35), avail_w / w1, (top - 50) / h1)
        cw, ch = _card_size(r, part, scale)
        c = pen.c
        c.saveState()
        c.setFillGray(1)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.6)
        c.rect(x - 6, top - ch - 6, cw + 12, ch + 12, stroke=1, fill=1)
        c.restoreState()
        _draw_copy(pen, r, part, x, top, scale, style, random.Random(seed), True)


# --- entry point ---------------------------------------------------------------------------------

def draw_extra8(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``kiosk`` or ``sheet`` layout; ``pages`` is what the plan
    asks for."""
    if s.layout == "kiosk":
        draw_kiosk(pen, record, s, rng, doc_type, pages)
    else:
        draw_sheet(pen, record, s, rng, doc_type, pages)
