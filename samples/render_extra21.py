"""The twenty-first extra pair of blind held-out layouts: ``polyglot`` and ``fillable``.

``polyglot`` is a form or certificate of an office that serves many immigrants: every label,
section heading, instruction and option word is printed in German and in one or two further
languages (English, Turkish, Ukrainian, Russian, Polish, French), stacked (German over a
smaller translation, or the translation first), joined on one line by slashes or bullets, or in
a second label column. Values are typed in another face; choices are tick boxes with
multilingual option words; certificates are multilingual "international" register extracts with
a certification clause, a seal and the registrar's line; identity documents a copy on a
multilingual cover sheet.

``fillable`` is a city's fillable PDF form (AcroForm) downloaded from its website and filled in
by the citizen in a PDF viewer: the page content holds only the printed form (issuer, form
number, title, section bands, labelled boxes, tick boxes, footer); the citizen's values live in
the form fields (text fields, check boxes, radio buttons) with their appearance streams. About
one document in three is "flattened" instead (the values drawn into the page in the field font,
as a viewer's print to PDF does). Certificates are register extracts produced by a form tool
in the same way, identity documents an upload cover form with the copy of the document.

Both draw straight from the record with the wording of ``samples.wording_extra21``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

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
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day
from samples.truth import truth_fields
from samples.wording_extra21 import (
    DWELLING21,
    DWELLING_ORDER,
    DWELLING_TRANS,
    ID_KINDS21,
    ID_TRANS,
    LANGS,
    LATIN1_LANGS,
    PURPOSE21,
    PURPOSE_ORDER,
    PURPOSE_TRANS,
    ROLE21,
    ROLE_TRANS,
    SEX21,
    SEX_LETTERS21,
    SEX_ORDER,
    SEX_TRANS,
    Extra21Wording,
    format_extra21_date,
    nationality_word,
)

CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
OPTION_TRANS = {
    "sex": SEX_TRANS,
    "purpose": PURPOSE_TRANS,
    "dwelling": DWELLING_TRANS,
    "landlord_role": ROLE_TRANS,
    "doc_kind": ID_TRANS,
}

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One value: its label key, the printed text, the truth field it shows (empty for values
    that are no truth field; ``a+b`` for joined address lines), and for choices the option
    words, their codes and the chosen one."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    chosen: int | None = None
    wide: bool = False


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
    furniture: list[date] = field(default_factory=list)


def _w(s: Style) -> Extra21Wording:
    assert isinstance(s.words, Extra21Wording)
    return s.words


def _poly(s: Style) -> bool:
    return s.layout == "polyglot"


def _col(s: Style) -> int:
    return 0 if _poly(s) else 1


def _choice(
    key: str,
    table: dict[str, tuple[str, str]],
    order: tuple[str, ...],
    col: int,
    chosen: str | None,
    name: str,
) -> Fld:
    options = tuple(table[k][col] for k in order)
    if chosen is None:
        return Fld(key, "", "", options, order, None)
    return Fld(key, table[chosen][col], name, options, order, order.index(chosen))


def _sex(s: Style, code: str, name: str = "sex") -> Fld:
    if s.sex_mode in ("tick", "radio", "check"):
        table = {k: (v, v) for k, v in SEX21.items()}
        return _choice("sex", table, SEX_ORDER, 0, code, name)
    table2 = SEX_LETTERS21 if s.sex_mode == "letter" else SEX21
    return Fld("sex", table2[code], name)


def _nat(s: Style, code: str) -> Fld:
    return Fld("nationality", nationality_word(code, s.nationality_mode), "nationality")


def _address(s: Style, a: Address) -> list[Fld]:
    if s.address_mode == "lines":
        return [
            Fld("street_line", a.street_line, "street+house_number", wide=True),
            Fld("city_line", a.city_line, "postal_code+city", wide=True),
        ]
    return [
        Fld("street", a.street, "street"),
        Fld("house_number", a.number, "house_number"),
        Fld("postal_code", a.postal_code, "postal_code"),
        Fld("city", a.city, "city"),
    ]


def _person(
    s: Style,
    p: Person,
    prefix: str = "",
    *,
    pob: bool = True,
    truth_pob: bool = True,
    sex: bool = False,
    nat: bool = False,
    truth_sex: bool = True,
) -> list[Fld]:
    out = [
        Fld("family_name", p.family, prefix + "family_name"),
        Fld("given_names", p.given, prefix + "given_names"),
    ]
    if p.birth_name and not prefix:
        out.append(Fld("birth_name", p.birth_name, "birth_name"))
    out.append(Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth"))
    if pob:
        out.append(Fld("place_of_birth", p.pob, "place_of_birth" if truth_pob else ""))
    if sex:
        out.append(_sex(s, p.sex, "sex" if truth_sex else ""))
    if nat:
        out.append(_nat(s, p.nationality))
    return out


def _register(s: Style, r: Geburt | Ehe | Sterbe) -> Sec:
    return Sec(
        "register",
        [
            Fld("registry_office", f"Standesamt {r.office}", "registry_office", wide=True),
            Fld("register_number", r.register, "register_number"),
            Fld("issue_date", s.date(r.issue), "issue_date"),
        ],
    )


def _plain(text: str) -> str:
    """What a citizen types into a form field (no letters outside Latin-1)."""
    return text.replace("Š", "S").replace("š", "s")


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    col = _col(s)
    title = w.title(doc_type)
    city = "Bochum"
    secs: list[Sec] = []
    match record:
        case Anmeldung():
            city = record.address.city
            person = _person(s, record.person, sex=True, nat=True)
            if rng.random() < 0.5:
                person.append(Fld("marital", record.marital))
            secs.append(Sec("person", person))
            secs.append(
                Sec(
                    "address",
                    [
                        Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                        *_address(s, record.address),
                    ],
                )
            )
            prev = [
                Fld(
                    "previous_address",
                    record.previous or "",
                    "previous_address" if record.previous else "",
                    wide=True,
                )
            ]
            if record.previous or rng.random() < 0.5:
                secs.append(Sec("previous", prev))
            secs[1].items.append(
                _choice("dwelling", DWELLING21, DWELLING_ORDER, col, record.dwelling, "dwelling")
            )
            if record.phone and rng.random() < 0.6:
                person.append(Fld("phone", record.phone))
        case Wohnungsgeber():
            city = record.address.city
            role = "owner" if record.landlord_is_owner else "agent"
            secs.append(
                Sec(
                    "landlord",
                    [
                        Fld("landlord_name", record.landlord_name, "landlord_name", wide=True),
                        Fld(
                            "landlord_address",
                            record.landlord_address.line,
                            "landlord_address",
                            wide=True,
                        ),
                        _choice("landlord_role", ROLE21, ("owner", "agent"), col, role, ""),
                    ],
                )
            )
            secs.append(
                Sec(
                    "flat",
                    [
                        Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                        *_address(s, record.address),
                    ],
                )
            )
            secs.append(
                Sec(
                    "tenants", [Fld("tenant", t, "tenant_names", wide=True) for t in record.tenants]
                )
            )
        case Geburt():
            city = record.office
            child = _person(s, record.child, sex=True)
            if rng.random() < 0.5:
                child.append(Fld("birth_time", record.birth_time))
            secs.append(Sec("child", child))
            parents = [Fld("mother_name", record.mother, "mother_name", wide=True)]
            if record.father:
                parents.append(Fld("father_name", record.father, "father_name", wide=True))
            secs.append(Sec("parents", parents))
            secs.append(_register(s, record))
        case Ehe():
            city = record.office
            secs.append(
                Sec(
                    "marriage",
                    [
                        Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                        Fld("marriage_place", record.marriage_place, "marriage_place"),
                    ],
                )
            )
            secs.append(Sec("spouse1", _person(s, record.spouse1, "spouse1_", truth_pob=False)))
            secs.append(Sec("spouse2", _person(s, record.spouse2, "spouse2_", truth_pob=False)))
            secs.append(_register(s, record))
        case Sterbe():
            city = record.office
            secs.append(Sec("deceased", _person(s, record.person)))
            death = [
                Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                Fld("place_of_death", record.place_of_death, "place_of_death"),
            ]
            if rng.random() < 0.6:
                death.append(Fld("last_residence", record.last_residence, wide=True))
            secs.append(Sec("death", death))
            secs.append(_register(s, record))
        case Zulassung():
            city = record.address.city
            secs.append(
                Sec(
                    "applicant",
                    _person(s, record.holder, "holder_", pob=False) + _address(s, record.address),
                )
            )
            secs.append(
                Sec(
                    "vehicle",
                    [
                        Fld("make", _plain(record.make)),
                        Fld("model", record.model),
                        Fld("vin", record.vin, "vin"),
                    ],
                )
            )
            ins = [Fld("evb_number", record.evb, "evb_number")]
            if record.plate:
                ins.append(Fld("desired_plate", record.plate, "desired_plate"))
            secs.append(Sec("insurance", ins))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            mandate = [
                Fld("account_holder", record.account_holder, "account_holder", wide=True),
                Fld("iban", iban, "iban", wide=True),
                Fld("bic", record.bic),
            ]
            if rng.random() < 0.5:
                mandate.append(Fld("bank", record.bank))
            secs.append(Sec("mandate", mandate))
        case Aufenthalt():
            city = record.address.city
            secs.append(
                Sec(
                    "applicant",
                    _person(s, record.person, nat=True, sex=rng.random() < 0.5, truth_sex=False),
                )
            )
            secs.append(
                Sec(
                    "passport",
                    [
                        Fld("passport_number", record.passport_number, "passport_number"),
                        Fld(
                            "passport_expiry_date",
                            s.date(record.passport_expiry),
                            "passport_expiry_date",
                        ),
                        Fld("entry_date", s.date(record.entry), "entry_date"),
                    ],
                )
            )
            secs.append(
                Sec(
                    "stay",
                    [_choice("purpose", PURPOSE21, PURPOSE_ORDER, col, record.purpose, "purpose")],
                )
            )
            secs.append(Sec("address", _address(s, record.address)))
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            items = [
                _choice("doc_kind", ID_KINDS21, ("P", "I"), col, kind, "mrz_format"),
                Fld("doc_number", record.document_number, "document_number"),
                Fld("issuing_state", record.issuing_state, "issuing_state"),
                Fld("expiry_date", s.date(record.expiry), "expiry_date"),
            ]
            optional = [
                Fld("family_name", str(t["family_name"]), "family_name"),
                Fld("given_names", str(t["given_names"]), "given_names"),
                Fld("date_of_birth", s.date(record.person.dob), "date_of_birth"),
            ]
            items += [f for f in optional if rng.random() < 0.75]
            if rng.random() < 0.4:
                items.insert(1, Fld("doc_code", record.document_code, "document_code"))
            secs.append(Sec("document", items))
            city = record.authority.replace("Stadt ", "") or "Bochum"
            return Doc(doc_type, title, city, secs, tuple(record.lines))
    return Doc(doc_type, title, city, secs)


def fields(doc: Doc) -> list[Fld]:
    return [f for sec in doc.sections for f in sec.items]


def _day(doc: Doc, record: Record, rng: random.Random, back: int = 30) -> date:
    day = _furniture_day(record, rng, back)
    doc.furniture.append(day)
    return day


# --- pagination ------------------------------------------------------------------------------

Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    height: float
    draw: Draw
    breakable: bool = False  # a page may start before it


def _paginate(
    blocks: list[Block], first: float, later: float, bottom: float, pages: int
) -> list[list[Block]]:
    """Blocks per page (``first`` / ``later``: where the content starts on page 1 / later)."""
    out: list[list[Block]] = [[]]
    y = first
    for b in blocks:
        if out[-1] and y - b.height < bottom:
            out.append([])
            y = later
        out[-1].append(b)
        y -= b.height
    if pages == 2 and len(out) == 1 and len(blocks) > 2:
        total = sum(b.height for b in blocks)
        cands = [i for i, b in enumerate(blocks) if b.breakable and i > 0] or list(
            range(1, len(blocks))
        )
        cut = min(cands, key=lambda i: abs(sum(b.height for b in blocks[:i]) - total * 0.55))
        out = [blocks[:cut], blocks[cut:]]
    return out


def _run(
    pen: Pen,
    chunks: list[list[Block]],
    first: float,
    later: float,
    head: Callable[[int, int], None],
    foot: Callable[[int, int], None],
) -> None:
    n = len(chunks)
    for p, chunk in enumerate(chunks):
        if p:
            pen.new_page()
        head(p + 1, n)
        y = first if p == 0 else later
        for b in chunk:
            b.draw(y)
            y -= b.height
        foot(p + 1, n)


# --- faces -----------------------------------------------------------------------------------

_TTF_SANS = [f for f in SANS9 if f[0][0]]
_TTF_SERIF = [f for f in SERIF9 if f[0][0]]


def _poly_faces(rng: random.Random) -> tuple[Set4, str, bool]:
    """Label faces, the value face and whether the faces print Cyrillic and Turkish letters."""
    spec = rng.choice(_TTF_SERIF if rng.random() < 0.3 else _TTF_SANS)
    form = _set4(spec)
    ttf = form.regular != spec[0][1]
    value = rng.choice(
        (
            _reg("DejaVuSansMono", "Courier"),
            _reg("LiberationMono", "Courier"),
            _reg("LiberationSerif", "Times-Roman"),
            _reg("DejaVuSans", "Helvetica"),
            _reg("LiberationSans-Bold", "Helvetica-Bold"),
        )
    )
    if value in ("Courier", "Times-Roman", "Helvetica", "Helvetica-Bold"):
        value = _reg(*rng.choice(MONO9))
    return form, value, ttf


# --- polyglot ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Px:
    pen: Pen
    faces: Set4
    vface: str
    langs: list[str]
    mode: str  # stack | stack_rev | slash | bullet | column
    lsize: float
    vsize: float
    x0: float
    x1: float
    label_w: float
    trans_w: float
    line: str  # under | box | dots
    band: str  # band | rule | plain
    ink: RGB
    words: Extra21Wording

    @property
    def tsize(self) -> float:
        return self.lsize * 0.82


def _tr_line(trans: tuple[str, ...], langs: list[str]) -> list[str]:
    return [trans[LANGS.index(lg)] for lg in langs]


def _label_lines(
    px: _Px, german: str, trans: list[str], width: float
) -> list[tuple[str, str, float, float]]:
    """(text, face, size, grey) lines of a multilingual label in ``width``."""
    f = px.faces
    out: list[tuple[str, str, float, float]] = []
    if px.mode in ("slash", "bullet"):
        sep = " / " if px.mode == "slash" else " \u2022 "
        text = sep.join([german, *trans])
        for ln in simpleSplit(text, f.regular, px.lsize, width):
            out.append((ln, f.regular, px.lsize, 0.0))
        return out
    g = [
        (ln, f.bold if px.mode != "column" else f.regular, px.lsize, 0.0)
        for ln in simpleSplit(german, f.bold, px.lsize, width)
    ]
    t = [
        (ln, f.italic, px.tsize, 0.35)
        for tr in trans
        for ln in simpleSplit(tr, f.italic, px.tsize, width)
    ]
    return t + g if px.mode == "stack_rev" else g + t


def _lines_h(lines: list[tuple[str, str, float, float]]) -> float:
    return sum(size * 1.18 for _, _, size, _ in lines)


def _draw_lines(c: Canvas, lines: list[tuple[str, str, float, float]], x: float, y: float) -> float:
    for text, face, size, grey in lines:
        y -= size * 1.05
        c.setFillGray(grey)
        c.setFont(face, size)
        c.drawString(x, y, text)
        y -= size * 0.13
    c.setFillGray(0)
    return y


def _option_text(px: _Px, f: Fld, k: int) -> str:
    trans = OPTION_TRANS[f.key][f.codes[k]]
    return " / ".join([f.options[k], *_tr_line(trans, px.langs)])


def _p_choice_layout(
    px: _Px, f: Fld, x: float, width: float
) -> list[list[tuple[int, float, list[str]]]]:
    """Options flowed into lines: (option index, x, its text lines); an option too wide for
    the rest of a line starts a new one and wraps there."""
    size = px.lsize * 0.95
    rows: list[list[tuple[int, float, list[str]]]] = [[]]
    cx = x
    for k in range(len(f.options)):
        text = _option_text(px, f, k)
        wd = 12 + _width(text, px.faces.regular, size) + 14
        if rows[-1] and cx + wd > x + width:
            rows.append([])
            cx = x
        lines = simpleSplit(text, px.faces.regular, size, x + width - cx - 16)
        rows[-1].append((k, cx, lines))
        cx += wd
    return rows


def _row_h(px: _Px, row: list[tuple[int, float, list[str]]]) -> float:
    return max(len(lines) for _, _, lines in row) * px.lsize * 1.15 + px.vsize * 0.5


def _p_value_h(px: _Px, f: Fld, width: float) -> float:
    if f.options:
        return sum(_row_h(px, r) for r in _p_choice_layout(px, f, 0, width)) + px.vsize * 0.4
    return len(simpleSplit(f.value or " ", px.vface, px.vsize, width)) * px.vsize * 1.3


def _p_draw_value(px: _Px, f: Fld, x: float, top: float, width: float) -> None:
    c = px.pen.c
    if f.options:
        y = top - px.vsize * 1.1
        s = px.lsize * 0.95
        for row in _p_choice_layout(px, f, x, width):
            for k, cx, lines in row:
                c.setLineWidth(0.6)
                c.rect(cx, y - 1, s, s, stroke=1, fill=0)
                if k == f.chosen:
                    c.setLineWidth(1.1)
                    c.line(cx + 1.5, y + 0.5, cx + s - 1.5, y + s - 2.5)
                    c.line(cx + 1.5, y + s - 2.5, cx + s - 1.5, y + 0.5)
                c.setFont(px.faces.regular, s)
                for j, ln in enumerate(lines):
                    c.drawString(cx + s + 3, y - j * px.lsize * 1.15, ln)
            y -= _row_h(px, row)
        return
    lines = simpleSplit(f.value or " ", px.vface, px.vsize, width)
    y = top - px.vsize
    c.setFillColorRGB(*px.ink)
    c.setFont(px.vface, px.vsize)
    for ln in lines:
        c.drawString(x + 2, y, ln)
        y -= px.vsize * 1.3
    c.setFillGray(0)
    c.setLineWidth(0.4)
    base = top - len(lines) * px.vsize * 1.3 + px.vsize * 0.05
    if px.line == "under":
        c.line(x, base, x + width, base)
    elif px.line == "dots":
        c.setDash(1, 2)
        c.line(x, base, x + width, base)
        c.setDash()
    else:
        c.setStrokeGray(0.55)
        c.rect(x - 1, base, width + 2, top - base + 2, stroke=1, fill=0)
        c.setStrokeGray(0)


def _p_row(px: _Px, f: Fld, label_key: str | None = None) -> Block:
    w = px.words
    key = label_key or f.key
    german = w(key)
    trans = _tr_line(w.trans_tuple(key), px.langs)
    if px.mode == "column":
        gl = _label_lines(px, german, [], px.label_w - 8)
        tl = [
            (ln, px.faces.italic, px.tsize, 0.35)
            for tr in trans
            for ln in simpleSplit(tr, px.faces.italic, px.tsize, px.trans_w - 8)
        ]
        vx = px.x0 + px.label_w + px.trans_w
        vw = px.x1 - vx
        h = max(_lines_h(gl), _lines_h(tl), _p_value_h(px, f, vw)) + 7

        def draw(y: float) -> None:
            _draw_lines(px.pen.c, gl, px.x0, y - 2)
            _draw_lines(px.pen.c, tl, px.x0 + px.label_w, y - 2)
            _p_draw_value(px, f, vx, y - 2, vw)

        return Block(h, draw)
    wide_choice = f.options and len(f.options) > 2
    if wide_choice:  # label on its own lines, the options under it over the full width
        ll = _label_lines(px, german, trans, px.x1 - px.x0)
        vh = _p_value_h(px, f, px.x1 - px.x0)
        h = _lines_h(ll) + vh + 8

        def draw2(y: float) -> None:
            yy = _draw_lines(px.pen.c, ll, px.x0, y - 2)
            _p_draw_value(px, f, px.x0 + 8, yy - 1, px.x1 - px.x0 - 8)

        return Block(h, draw2)
    ll = _label_lines(px, german, trans, px.label_w - 8)
    vx = px.x0 + px.label_w
    vw = px.x1 - vx
    h = max(_lines_h(ll), _p_value_h(px, f, vw)) + 7

    def draw3(y: float) -> None:
        _draw_lines(px.pen.c, ll, px.x0, y - 2)
        _p_draw_value(px, f, vx, y - 2, vw)

    return Block(h, draw3)


def _p_heading(px: _Px, key: str) -> Block:
    german, trans = px.words.section(key)  # type: ignore[misc]
    text = " / ".join([german, *_tr_line(trans, px.langs)])
    size = px.lsize + 1.5
    lines = simpleSplit(text, px.faces.bold, size, px.x1 - px.x0 - 10)
    h = len(lines) * size * 1.25 + 12

    def draw(y: float) -> None:
        c = px.pen.c
        top = y - 4
        if px.band == "band":
            c.setFillGray(0.86)
            c.rect(
                px.x0 - 3,
                top - len(lines) * size * 1.25 - 3,
                px.x1 - px.x0 + 6,
                len(lines) * size * 1.25 + 3,
                stroke=0,
                fill=1,
            )
            c.setFillGray(0)
        yy = top
        c.setFont(px.faces.bold, size)
        for ln in lines:
            yy -= size * 1.1
            c.drawString(px.x0, yy, ln)
            yy -= size * 0.15
        if px.band == "rule":
            c.setLineWidth(0.9)
            c.line(px.x0, yy - 2, px.x1, yy - 2)

    return Block(h, draw, True)


def _p_para(px: _Px, german: str, trans: list[str], size: float) -> Block:
    width = px.x1 - px.x0
    g = simpleSplit(german, px.faces.regular, size, width)
    t = [ln for tr in trans for ln in simpleSplit(tr, px.faces.italic, size * 0.9, width)]
    h = len(g) * size * 1.25 + len(t) * size * 1.12 + 6

    def draw(y: float) -> None:
        c = px.pen.c
        yy = y - 2
        c.setFont(px.faces.regular, size)
        for ln in g:
            yy -= size * 1.25
            c.drawString(px.x0, yy, ln)
        c.setFillGray(0.3)
        c.setFont(px.faces.italic, size * 0.9)
        for ln in t:
            yy -= size * 1.12
            c.drawString(px.x0, yy, ln)
        c.setFillGray(0)

    return Block(h, draw)


def _p_word(px: _Px, key: str) -> tuple[str, list[str]]:
    german, trans = px.words.word(key)  # type: ignore[misc]
    return german, _tr_line(trans, px.langs)


def _p_gap(h: float) -> Block:
    return Block(h, lambda y: None)


def _caption(
    c: Canvas, text: str, face: str, size: float, x: float, y: float, width: float
) -> float:
    """``text`` wrapped into ``width`` from baseline ``y`` down; returns the last baseline."""
    c.setFont(face, size)
    for k, ln in enumerate(simpleSplit(text, face, size, width)):
        c.drawString(x, y - k * size * 1.15, ln)
        last = y - k * size * 1.15
    return last if text else y


def _seal(c: Canvas, x: float, y: float, r: float, text: str, face: str) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.25, 0.3, 0.55)
    c.setFillColorRGB(0.25, 0.3, 0.55)
    c.setLineWidth(1.2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.circle(x, y, r - 5, stroke=1, fill=0)
    size = 6.2
    while size > 3.5 and _width(text, face, size) > 2 * r - 12:
        size -= 0.2
    c.setFont(face, size)
    c.drawCentredString(x, y - 2, text)
    c.restoreState()


def draw_polyglot(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces, vface, ttf = _poly_faces(rng)
    avail = list(LANGS if ttf else LATIN1_LANGS)
    langs = rng.sample(avail, rng.choice((1, 1, 2)))
    mode = rng.choice(("stack", "stack", "stack_rev", "slash", "bullet", "column"))
    x0, x1 = pen.left, pen.right
    width = x1 - x0
    column = mode == "column"
    px = _Px(
        pen,
        faces,
        vface,
        langs,
        mode,
        rng.uniform(7.4, 8.6),
        rng.uniform(9.4, 11.0),
        x0,
        x1,
        width * (0.26 if column else rng.uniform(0.38, 0.46)),
        width * 0.26 if column else 0.0,
        rng.choice(("under", "box", "dots", "under")),
        rng.choice(("band", "rule", "plain")),
        rng.choice(((0, 0, 0), (0.05, 0.1, 0.45), (0, 0, 0))),
        w,
    )
    c = pen.c
    cert = doc_type in CERTIFICATES
    ident = isinstance(record, Identity)
    g_title, t_title = w.poly_title(doc_type)
    office = (
        w.furniture("unit_sta")
        if cert
        else w.furniture("unit_abh")
        if doc_type == "aufenthaltstitel_antrag"
        else w.furniture("unit_kfz")
        if doc_type == "antrag_zulassung"
        else w.furniture("office")
    )
    form_no = f"{w.furniture('form_no')} {rng.choice('MAISZ')}-{rng.randint(10, 89)}"
    form_no += f" ({rng.choice(('de', 'DE'))}/{'/'.join(lg.upper() for lg in langs)})"
    ref = (
        f"{w.furniture('ref')}: {_free_number(record, rng, 100, 899)}/"
        f"{rng.choice('ABCDKLMS')}{_free_number(record, rng, 1000, 9899)}"
    )
    day = _day(doc, record, rng)
    title_lines = simpleSplit(g_title, faces.bold, 14, width)
    tt_lines = [
        ln for tr in _tr_line(t_title, langs) for ln in simpleSplit(tr, faces.italic, 10.5, width)
    ]
    head_h = 62 + len(title_lines) * 17 + len(tt_lines) * 12.5

    def head(p: int, n: int) -> None:
        top = PAGE_H - 42
        c.setFont(faces.bold, 10.5)
        c.drawString(x0, top, f"Stadt {doc.city}")
        c.setFont(faces.regular, 8.2)
        c.drawString(x0, top - 11, office)
        c.drawRightString(x1, top, form_no)
        c.drawRightString(x1, top - 11, ref)
        c.setLineWidth(0.7)
        c.line(x0, top - 18, x1, top - 18)
        if p > 1:
            cont, ctr = _p_word(px, "continued")
            c.setFont(faces.italic, 8)
            c.drawString(x0, top - 30, " / ".join([cont, *ctr])[:120])
            return
        y = top - 40
        c.setFont(faces.bold, 14)
        for ln in title_lines:
            c.drawString(x0, y, ln)
            y -= 17
        c.setFillGray(0.3)
        c.setFont(faces.italic, 10.5)
        for ln in tt_lines:
            c.drawString(x0, y + 3, ln)
            y -= 12.5
        c.setFillGray(0)

    def foot(p: int, n: int) -> None:
        c.setFont(faces.regular, 7)
        c.setFillGray(0.35)
        c.drawString(x0, 40, f"{form_no} \u2013 {w.furniture('page')} {p}/{n}")
        c.drawRightString(x1, 40, f"{doc.city}, {format_extra21_date(day, 'numeric')}")
        c.setFillGray(0)

    blocks: list[Block] = []
    hint = _p_word(px, "cert_hint" if cert else "hint")
    blocks.append(_p_para(px, hint[0], hint[1], 8.2))
    blocks.append(_p_gap(4))
    if ident:
        assert isinstance(record, Identity)
        for sec in doc.sections:
            blocks.append(_p_heading(px, sec.key))
            blocks += [_p_row(px, f) for f in sec.items]
        blocks += _p_copy_blocks(px, record, rng, pages)
    else:
        for sec in doc.sections:
            blocks.append(_p_heading(px, sec.key))
            blocks += [_p_row(px, f) for f in sec.items]
            if sec.key == "tenants" and rng.random() < 0.7:
                blocks.append(_p_row(px, Fld("tenant", "")))
        blocks.append(_p_gap(6))
        if cert:
            blocks += _p_cert_close(px, doc, record, rng)
        else:
            blocks += _p_sign_close(px, doc, rng, day)
    first = PAGE_H - 42 - head_h
    later = PAGE_H - 42 - 40
    chunks = _paginate(blocks, first, later, 60, pages)
    _run(pen, chunks, first, later, head, foot)


def _p_sign_close(px: _Px, doc: Doc, rng: random.Random, day: date) -> list[Block]:
    decl = _p_word(px, "declare")
    pd = _p_word(px, "place_date")
    sg = _p_word(px, "sign")
    office = _p_word(px, "office_use")
    style = rng.choice(("numeric", "long", "slash"))
    out = [_p_heading(px, "signature"), _p_para(px, decl[0], decl[1], 8.5)]
    sz = px.tsize

    def draw(y: float) -> None:
        c = px.pen.c
        mid = px.x0 + (px.x1 - px.x0) * 0.48
        c.setFillColorRGB(*px.ink)
        c.setFont(px.vface, px.vsize)
        c.drawString(px.x0 + 2, y - 20, f"{doc.city}, {format_extra21_date(day, style)}")
        c.setFillGray(0)
        c.setLineWidth(0.5)
        c.line(px.x0, y - 24, mid - 20, y - 24)
        c.line(mid, y - 24, px.x1, y - 24)
        _caption(
            c, " / ".join([pd[0], *pd[1]]), px.faces.regular, sz, px.x0, y - 33, mid - 20 - px.x0
        )
        _caption(c, " / ".join([sg[0], *sg[1]]), px.faces.regular, sz, mid, y - 33, px.x1 - mid)

    out.append(Block(56, draw))
    if rng.random() < 0.6:

        def box(y: float) -> None:
            c = px.pen.c
            c.setDash(3, 2)
            c.setLineWidth(0.5)
            c.rect(px.x0, y - 52, px.x1 - px.x0, 46, stroke=1, fill=0)
            c.setDash()
            c.setFont(px.faces.italic, sz)
            c.drawString(px.x0 + 5, y - 16, " / ".join([office[0], *office[1]])[:110])

        out.append(Block(58, box))
    return out


def _p_cert_close(px: _Px, doc: Doc, record: Record, rng: random.Random) -> list[Block]:
    cert = _p_word(px, "certify")
    off = _p_word(px, "official")
    seal = _p_word(px, "seal")
    fee = _p_word(px, "fee")
    given, family = rng.choice(
        (
            ("Petra", "Wolters"),
            ("Jens", "Kortmann"),
            ("Aylin", "Demir"),
            ("Olga", "Brandt"),
            ("Markus", "Hegemann"),
            ("Irina", "Vogt"),
        )
    )
    amount = rng.choice(("12,00", "14,00", "15,00", "10,00"))
    out = [_p_para(px, cert[0], cert[1], 8.6)]

    def draw(y: float) -> None:
        c = px.pen.c
        _seal(c, px.x0 + 60, y - 45, 34, f"Standesamt {doc.city}", px.faces.bold)
        _caption(
            c,
            " / ".join([seal[0], *seal[1]]),
            px.faces.italic,
            px.tsize,
            px.x0,
            y - 90,
            (px.x1 - px.x0) * 0.45,
        )
        mid = px.x0 + (px.x1 - px.x0) * 0.5
        c.setLineWidth(0.5)
        c.line(mid, y - 52, px.x1, y - 52)
        c.setFont(px.faces.regular, px.lsize + 0.5)
        c.drawString(mid, y - 64, f"{given} {family}")
        yy = _caption(
            c, " / ".join([off[0], *off[1]]), px.faces.italic, px.tsize, mid, y - 75, px.x1 - mid
        )
        _caption(
            c,
            f"{' / '.join([fee[0], *fee[1]])}: {amount} EUR",
            px.faces.regular,
            px.tsize,
            mid,
            yy - 4,
            px.x1 - mid,
        )

    out.append(Block(100, draw))
    return out


def _p_copy_blocks(px: _Px, r: Identity, rng: random.Random, pages: int) -> list[Block]:
    note = _p_word(px, "copy_note")
    card = r.mrz_format == "TD1"
    style = rng.choice(VIZ_STYLES)
    sub = random.Random(rng.random())
    parts = (["front", "back"] if pages == 2 else ["both"]) if card else ["page"]
    out: list[Block] = []
    for k, part in enumerate(parts):
        scale = rng.uniform(1.0, 1.25) if card else rng.uniform(0.95, 1.15)
        w0, h0 = _card_size(r, part, scale)
        x = px.x0 + rng.uniform(0, max(0.0, px.x1 - px.x0 - w0))

        def draw(y: float, part: str = part, x: float = x, scale: float = scale) -> None:
            c = px.pen.c
            c.setFont(px.faces.italic, px.tsize)
            c.drawString(px.x0, y - 10, " / ".join([note[0], *note[1]])[:110])
            _draw_copy(px.pen, r, part, x, y - 18, scale, style, sub, False)

        out.append(Block(h0 + 30, draw, k > 0))
    if pages == 2 and not card:
        decl = _p_word(px, "declare")
        out.append(_p_para(px, decl[0], decl[1], 8.5))
    return out


# --- fillable ---------------------------------------------------------------------------------

BANDS: tuple[RGB, ...] = (
    (0.12, 0.27, 0.5),
    (0.1, 0.38, 0.3),
    (0.45, 0.1, 0.12),
    (0.25, 0.25, 0.25),
    (0.0, 0.35, 0.55),
)
BOX_FILLS: tuple[RGB, ...] = ((1, 1, 1), (0.93, 0.95, 1.0), (0.95, 0.95, 0.95), (1.0, 0.98, 0.88))
MEANING = {
    "family_name": ("Familienname", "txtName", "Name"),
    "given_names": ("Vorname", "txtVorname", "Vornamen"),
    "birth_name": ("Geburtsname", "txtGebName"),
    "date_of_birth": ("Geburtsdatum", "datGeb"),
    "place_of_birth": ("Geburtsort", "txtGebOrt"),
    "nationality": ("Staatsangehoerigkeit", "txtStaat"),
    "move_in_date": ("Einzugsdatum", "datEinzug"),
    "street": ("Strasse", "txtStrasse"),
    "house_number": ("Hausnummer", "txtHNr"),
    "postal_code": ("PLZ", "txtPLZ"),
    "city": ("Ort", "txtOrt"),
    "street_line": ("Anschrift1",),
    "city_line": ("Anschrift2",),
    "iban": ("IBAN", "txtIBAN"),
    "bic": ("BIC",),
    "vin": ("FIN", "txtFIN"),
}


@dataclass(slots=True)
class _Fx:
    pen: Pen
    faces: Set4
    fface: str
    fsize: float
    flat: bool
    names: str  # meaningful | generic | mixed
    cols: int
    above: bool
    box_h: float
    fill: RGB
    band: RGB
    light_band: bool
    lsize: float
    x0: float
    x1: float
    words: Extra21Wording
    readonly: bool = False
    mark: str = "check"  # how a chosen radio button shows
    counter: int = 0
    used: set[str] = field(default_factory=set)

    def name(self, key: str, kind: str = "Textfeld") -> str:
        self.counter += 1
        generic = self.names == "generic" or (self.names == "mixed" and self.counter % 3 == 0)
        base = (
            f"{kind}_{self.counter + 3}"
            if generic
            else (
                MEANING.get(key, (key.title().replace("_", ""),))[
                    self.counter % len(MEANING.get(key, ("x",)))
                ]
                if key in MEANING
                else key.title().replace("_", "")
            )
        )
        out = base
        k = 2
        while out in self.used:
            out = f"{base}_{k}"
            k += 1
        self.used.add(out)
        return out


def _f_text(fx: _Fx, key: str, value: str, x: float, y: float, w: float, h: float) -> None:
    """A text field (or its flattened print) over the box at (x, y, w, h)."""
    c = fx.pen.c
    size = fx.fsize
    while size > 6 and _width(value, fx.fface, size) > w - 5:
        size -= 0.5
    if fx.flat:
        if value:
            c.setFillGray(0)
            c.setFont(fx.fface, size)
            c.drawString(x + 2, y + (h - size) / 2 + 1.5, value)
        return
    c.acroForm.textfield(
        name=fx.name(key),
        value=value,
        x=x,
        y=y,
        width=w,
        height=h,
        fontName=fx.fface,
        fontSize=size,
        borderWidth=0,
        borderColor=None,
        fillColor=None,
        textColor=None,
        forceBorder=False,
        maxlen=None,
        fieldFlags="readOnly" if fx.readonly else "",
    )


def _f_tick(
    fx: _Fx,
    key: str,
    group: str,
    export: str,
    on: bool,
    x: float,
    y: float,
    size: float,
    radio: bool,
) -> None:
    c = fx.pen.c
    c.setLineWidth(0.7)
    c.setFillColorRGB(*fx.fill)
    if radio:
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=1, fill=1)
    else:
        c.rect(x, y, size, size, stroke=1, fill=1)
    c.setFillGray(0)
    if fx.flat:
        if on and radio:
            c.circle(x + size / 2, y + size / 2, size * 0.22, stroke=0, fill=1)
        elif on:
            c.setFont("ZapfDingbats", size * 0.85)
            c.drawCentredString(x + size / 2, y + size * 0.18, "4" if fx.fsize > 9.5 else "8")
        return
    if radio:
        c.acroForm.radio(
            name=group,
            value=export,
            selected=on,
            x=x,
            y=y,
            size=size,
            buttonStyle=fx.mark,
            shape="circle",
            borderWidth=0,
            borderColor=None,
            fillColor=None,
            forceBorder=False,
            fieldFlags="readOnly" if fx.readonly else "",
        )
    else:
        c.acroForm.checkbox(
            name=fx.name(key, "Kontrollkaestchen") + f"_{export}",
            checked=on,
            x=x,
            y=y,
            size=size,
            buttonStyle="check" if fx.fsize > 9.5 else "cross",
            borderWidth=0,
            borderColor=None,
            fillColor=None,
            forceBorder=False,
        )


def _f_label_h(fx: _Fx, text: str, width: float) -> float:
    return len(simpleSplit(text, fx.faces.regular, fx.lsize, width)) * fx.lsize * 1.15


def _f_cell(
    fx: _Fx, f: Fld, x: float, width: float, radio: bool
) -> tuple[float, Callable[[float], None]]:
    """Height and drawing of one labelled field in a cell of ``width``."""
    label = fx.words(f.key)
    c = fx.pen.c
    if f.options:
        lh = _f_label_h(fx, label, width)
        per = 2 if max(len(o) for o in f.options) > 24 else 3
        per = min(per, len(f.options)) if width > 300 else 1 if width < 200 else 2
        rows = (len(f.options) + per - 1) // per
        most = max(
            len(simpleSplit(o, fx.faces.regular, fx.lsize, width / per - fx.lsize - 10))
            for o in f.options
        )
        step_y = fx.lsize * (1 + 1.15 * (most - 1)) + 7
        h = lh + rows * step_y + 6
        group = fx.name(f.key, "Optionsfeld")

        def draw_opts(y: float) -> None:
            yy = y - fx.lsize
            c.setFont(fx.faces.regular, fx.lsize)
            for ln in simpleSplit(label, fx.faces.regular, fx.lsize, width):
                c.drawString(x, yy, ln)
                yy -= fx.lsize * 1.15
            yy -= 3
            step = width / per
            for k, opt in enumerate(f.options):
                ox = x + (k % per) * step
                oy = yy - (k // per) * step_y - fx.lsize
                size = fx.lsize + 2
                _f_tick(
                    fx,
                    f.key,
                    group,
                    f"Auswahl{k + 1}" if radio else str(k + 1),
                    k == f.chosen,
                    ox,
                    oy - 1,
                    size,
                    radio,
                )
                c.setFont(fx.faces.regular, fx.lsize)
                for j, ln in enumerate(
                    simpleSplit(opt, fx.faces.regular, fx.lsize, step - size - 8)
                ):
                    c.drawString(ox + size + 4, oy + 1 - j * fx.lsize * 1.15, ln)

        return h, draw_opts
    if fx.above:
        lh = _f_label_h(fx, label, width)
        h = lh + fx.box_h + 7

        def draw_above(y: float) -> None:
            yy = y - fx.lsize
            c.setFont(fx.faces.regular, fx.lsize)
            for ln in simpleSplit(label, fx.faces.regular, fx.lsize, width):
                c.drawString(x, yy, ln)
                yy -= fx.lsize * 1.15
            by = y - lh - fx.box_h - 1
            c.setLineWidth(0.6)
            c.setFillColorRGB(*fx.fill)
            c.rect(x, by, width, fx.box_h, stroke=1, fill=1)
            c.setFillGray(0)
            _f_text(fx, f.key, f.value, x, by, width, fx.box_h)

        return h, draw_above
    lw = min(width * 0.42, 160)
    lines = simpleSplit(label, fx.faces.regular, fx.lsize, lw - 6)
    h = max(fx.box_h, len(lines) * fx.lsize * 1.15) + 6

    def draw_left(y: float) -> None:
        yy = y - fx.lsize - 1
        c.setFont(fx.faces.regular, fx.lsize)
        for ln in lines:
            c.drawString(x, yy, ln)
            yy -= fx.lsize * 1.15
        by = y - fx.box_h - 1
        c.setLineWidth(0.6)
        c.setFillColorRGB(*fx.fill)
        c.rect(x + lw, by, width - lw, fx.box_h, stroke=1, fill=1)
        c.setFillGray(0)
        _f_text(fx, f.key, f.value, x + lw, by, width - lw, fx.box_h)

    return h, draw_left


def _numbered(text: str, k: int) -> str:
    """A section band's name with the form's own running number or letter."""
    m = re.match(r"(\d+\.|[A-Z]) +", text)
    if not m:
        return text
    rest = text[m.end() :]
    return f"{k}. {rest}" if m.group(1)[0].isdigit() else f"{chr(64 + k)}  {rest}"


def _f_band(fx: _Fx, text: str) -> Block:
    def draw(y: float) -> None:
        c = fx.pen.c
        h = fx.lsize + 7
        if fx.light_band:
            c.setFillGray(0.85)
        else:
            c.setFillColorRGB(*fx.band)
        c.rect(fx.x0, y - h - 4, fx.x1 - fx.x0, h, stroke=0, fill=1)
        c.setFillGray(0 if fx.light_band else 1)
        c.setFont(fx.faces.bold, fx.lsize + 1)
        c.drawString(fx.x0 + 5, y - h + 0.5, text)
        c.setFillGray(0)

    return Block(fx.lsize + 15, draw, True)


def _f_rows(fx: _Fx, items: list[Fld], radio: bool) -> list[Block]:
    out: list[Block] = []
    gap = 12
    full = fx.x1 - fx.x0
    half = (full - gap) / 2
    pending: list[Fld] = []

    def flush() -> None:
        if not pending:
            return
        if len(pending) == 1:
            h, d = _f_cell(fx, pending[0], fx.x0, full if fx.cols == 1 else half, radio)
            out.append(Block(h, d))
        else:
            h1, d1 = _f_cell(fx, pending[0], fx.x0, half, radio)
            h2, d2 = _f_cell(fx, pending[1], fx.x0 + half + gap, half, radio)

            def both(y: float, d1: Draw = d1, d2: Draw = d2) -> None:
                d1(y)
                d2(y)

            out.append(Block(max(h1, h2), both))
        pending.clear()

    for f in items:
        if fx.cols == 1 or f.wide or (f.options and len(f.options) > 2):
            flush()
            h, d = _f_cell(fx, f, fx.x0, full, radio)
            out.append(Block(h, d))
            continue
        pending.append(f)
        if len(pending) == 2:
            flush()
    flush()
    return out


def _logo(c: Canvas, x: float, y: float, colour: RGB) -> None:
    c.saveState()
    c.setFillColorRGB(*colour)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + 26, y)
    p.lineTo(x + 26, y - 18)
    p.curveTo(x + 26, y - 28, x + 13, y - 32, x + 13, y - 34)
    p.curveTo(x + 13, y - 32, x, y - 28, x, y - 18)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillGray(1)
    c.rect(x + 9, y - 20, 8, 12, stroke=0, fill=1)
    c.restoreState()


def draw_fillable(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    spec = rng.choice(SERIF9 if rng.random() < 0.2 else SANS9)
    faces = _set4(spec)
    cert = doc_type in CERTIFICATES
    ident = isinstance(record, Identity)
    x0, x1 = pen.left, pen.right
    fx = _Fx(
        pen,
        faces,
        rng.choice(("Helvetica", "Helvetica", "Helvetica", "Courier", "Times-Roman")),
        rng.choice((9.0, 10.0, 10.0, 11.0)),
        rng.random() < 1 / 3,
        rng.choice(("meaningful", "generic", "mixed")),
        rng.choice((1, 2, 2)),
        rng.random() < 0.6,
        rng.uniform(15, 19),
        rng.choice(BOX_FILLS),
        rng.choice(BANDS),
        rng.random() < 0.3,
        rng.uniform(7.2, 8.4),
        x0,
        x1,
        w,
        readonly=cert and rng.random() < 0.7,
        mark=rng.choice(("check", "cross", "diamond", "check", "star")),
    )
    c = pen.c
    radio = s.sex_mode != "check" and rng.random() < 0.6
    unit = w.furniture(
        "sta"
        if cert
        else "abh"
        if doc_type == "aufenthaltstitel_antrag"
        else "kfz"
        if doc_type == "antrag_zulassung"
        else "melde"
    )
    form_no = (
        f"{w.word('form_no')} {rng.choice(('BA', 'SA', 'KFZ', 'AB', 'MW'))}-"
        f"{_free_number(record, rng, 10, 480)}"
    )
    edition = f"{w.word('edition')} {rng.randint(1, 12):02d}/{rng.choice((2023, 2024, 2025))}"
    site = (
        f"www.{doc.city.lower().replace(' ', '-').replace('ü', 'ue').replace('ö', 'oe')}"
        f".de/formulare"
    )
    page_fmt = str(w.word("page"))
    day = _day(doc, record, rng)
    buttons = not fx.flat and rng.random() < 0.6
    title_size = rng.uniform(13, 15.5)
    head_h = 96

    def head(p: int, n: int) -> None:
        top = PAGE_H - 40
        if p == 1:
            _logo(c, x1 - 28, top + 6, fx.band)
            c.setFont(faces.bold, 12)
            c.drawString(x0, top - 4, f"Stadt {doc.city}")
            c.setFont(faces.regular, 8.5)
            c.drawString(x0, top - 16, unit)
            c.setFont(faces.bold, title_size)
            c.drawString(x0, top - 40, doc.title)
            c.setFont(faces.regular, 7.5)
            c.drawString(x0, top - 52, f"{form_no} \u00b7 {edition}")
            if buttons:
                bx = x1 - 150
                for label in (str(w.word("print")), str(w.word("reset"))):
                    bw = _width(label, faces.regular, 7.5) + 12
                    c.setFillGray(0.9)
                    c.roundRect(bx, top - 56, bw, 13, 2, stroke=1, fill=1)
                    c.setFillGray(0)
                    c.drawString(bx + 6, top - 52, label)
                    bx += bw + 6
            c.setFont(faces.italic, 7.5)
            hint = str(w.word("cert_hint" if cert else "hint"))
            yy = top - 66
            for ln in simpleSplit(hint, faces.italic, 7.5, x1 - x0):
                c.drawString(x0, yy, ln)
                yy -= 9
        else:
            c.setFont(faces.regular, 7.5)
            c.drawString(x0, top - 4, f"{doc.title} \u2013 {form_no}")
            c.line(x0, top - 9, x1, top - 9)

    def foot(p: int, n: int) -> None:
        c.setLineWidth(0.4)
        c.line(x0, 48, x1, 48)
        c.setFont(faces.regular, 6.8)
        c.drawString(x0, 38, f"{form_no} \u00b7 {edition} \u00b7 {site}")
        c.drawRightString(x1, 38, page_fmt.format(p=p, n=n))

    blocks: list[Block] = []
    if cert:
        blocks.append(_f_para(fx, str(w.word("ack")), 8.4) if rng.random() < 0.5 else _p_gap(2))
    for k, sec in enumerate(doc.sections):
        blocks.append(_f_band(fx, _numbered(str(w.section(sec.key)), k + 1)))
        items = list(sec.items)
        if sec.key == "tenants":
            items += [Fld("tenant", "", wide=True) for _ in range(rng.randint(1, 2))]
        blocks += _f_rows(fx, items, radio)
        blocks.append(_p_gap(4))
    if ident:
        assert isinstance(record, Identity)
        blocks += _f_copy(fx, record, rng, pages)
    blocks.append(_p_gap(6))
    blocks += _f_close(fx, doc, record, rng, day, cert)
    first = PAGE_H - 40 - head_h
    later = PAGE_H - 40 - 20
    chunks = _paginate(blocks, first, later, 60, pages)
    _run(pen, chunks, first, later, head, foot)


def _f_para(fx: _Fx, text: str, size: float) -> Block:
    lines = simpleSplit(text, fx.faces.regular, size, fx.x1 - fx.x0)
    h = len(lines) * size * 1.25 + 6

    def draw(y: float) -> None:
        c = fx.pen.c
        c.setFont(fx.faces.regular, size)
        yy = y - 2
        for ln in lines:
            yy -= size * 1.25
            c.drawString(fx.x0, yy, ln)

    return Block(h, draw)


def _f_close(
    fx: _Fx, doc: Doc, record: Record, rng: random.Random, day: date, cert: bool
) -> list[Block]:
    w = fx.words
    c = fx.pen.c
    out: list[Block] = [_f_band(fx, str(w.section("signature")))]
    out.append(_f_para(fx, str(w.word("certify" if cert else "declare")), 8.2))
    style = rng.choice(("numeric", "numeric", "unpadded"))
    place = Fld("place_date", f"{doc.city}, {format_extra21_date(day, style)}")
    half = (fx.x1 - fx.x0 - 12) / 2
    h, d = _f_cell(fx, place, fx.x0, half, False)

    def sign(y: float) -> None:
        d(y)
        sx = fx.x0 + half + 12
        c.setLineWidth(0.5)
        c.line(sx, y - h + 4, fx.x1, y - h + 4)
        c.setFont(fx.faces.regular, fx.lsize - 0.5)
        c.drawString(sx, y - h - 5, str(w.word("official" if cert else "sign")))
        if cert:
            _seal(c, sx + half - 40, y - h + 28, 26, f"Standesamt {doc.city}", fx.faces.bold)

    out.append(Block(h + 14, sign))
    if cert:
        fee = Fld("fee", rng.choice(("12,00", "15,00", "10,00")))
        fh, fd = _f_cell_named(fx, fee, str(w.word("fee")), fx.x0, half)
        out.append(Block(fh, fd))
    elif rng.random() < 0.7:
        rows = str(w.word("office_rows")).split("|")

        def office(y: float) -> None:
            c.setDash(2, 2)
            c.setLineWidth(0.5)
            c.rect(
                fx.x0, y - 16 - len(rows) * 13, fx.x1 - fx.x0, 12 + len(rows) * 13, stroke=1, fill=0
            )
            c.setDash()
            c.setFont(fx.faces.bold, fx.lsize)
            c.drawString(fx.x0 + 5, y - 12, str(w.word("office")))
            c.setFont(fx.faces.regular, fx.lsize - 0.5)
            for k, r in enumerate(rows):
                yy = y - 24 - k * 13
                c.drawString(fx.x0 + 5, yy, r)
                c.line(fx.x0 + 150, yy - 1, fx.x1 - 10, yy - 1)

        out.append(Block(24 + len(rows) * 13, office))
    return out


def _f_cell_named(
    fx: _Fx, f: Fld, label: str, x: float, width: float
) -> tuple[float, Callable[[float], None]]:
    c = fx.pen.c
    h = fx.lsize * 1.2 + fx.box_h + 6

    def draw(y: float) -> None:
        c.setFont(fx.faces.regular, fx.lsize)
        c.drawString(x, y - fx.lsize, label)
        by = y - fx.lsize * 1.2 - fx.box_h - 1
        c.setFillColorRGB(*fx.fill)
        c.rect(x, by, width, fx.box_h, stroke=1, fill=1)
        c.setFillGray(0)
        _f_text(fx, f.key, f.value, x, by, width, fx.box_h)

    return h, draw


def _f_copy(fx: _Fx, r: Identity, rng: random.Random, pages: int) -> list[Block]:
    w = fx.words
    card = r.mrz_format == "TD1"
    style = rng.choice(VIZ_STYLES)
    sub = random.Random(rng.random())
    parts = (["front", "back"] if pages == 2 else ["both"]) if card else ["page"]
    out: list[Block] = []
    for k, part in enumerate(parts):
        scale = rng.uniform(0.95, 1.2)
        w0, h0 = _card_size(r, part, scale)
        x = fx.x0 + rng.uniform(8, max(9.0, fx.x1 - fx.x0 - w0 - 8))

        def draw(
            y: float,
            part: str = part,
            x: float = x,
            scale: float = scale,
            w0: float = w0,
            h0: float = h0,
        ) -> None:
            c = fx.pen.c
            c.setFont(fx.faces.bold, fx.lsize)
            c.drawString(fx.x0, y - 10, str(w.word("upload")))
            c.setLineWidth(0.5)
            c.setStrokeGray(0.6)
            c.rect(fx.x0, y - h0 - 26, fx.x1 - fx.x0, h0 + 12, stroke=1, fill=0)
            c.setStrokeGray(0)
            _draw_copy(fx.pen, r, part, x, y - 20, scale, style, sub, False)

        out.append(Block(h0 + 34, draw, k > 0))
    return out


# --- scans ------------------------------------------------------------------------------------


def rasterise_forms(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Like ``samples.raster.rasterise``, but with the form fields' appearances drawn (as the
    page looks when the filled form is printed)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        pages = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
            pages.append(np.array(bitmap.to_pil().convert("L")))
            page.close()
        return pages
    finally:
        doc.close()


def draw_extra21(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    if _poly(s):
        draw_polyglot(pen, record, s, rng, doc_type, pages)
    else:
        draw_fillable(pen, record, s, rng, doc_type, pages)


__all__ = ["PAGE_W", "Doc", "Fld", "Sec", "build_doc", "draw_extra21", "fields", "rasterise_forms"]
