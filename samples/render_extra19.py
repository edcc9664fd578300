"""The nineteenth extra pair of blind held-out layouts: ``cloze`` and ``vertical``.

``cloze`` is a declaration form written as fill-in-the-blank sentences: the printed form is
running text with blank lines, the citizen's values typed over or on the lines in another face
(sometimes in another colour), a tiny caption under some or all blanks; choices are printed as
alternatives inside the sentence (tick boxes, parentheses or the unwanted ones struck through);
a few blanks stay empty; a heading, an issuer block, place / date (never a truth date) and a
signature line. Certificates are a pre-printed certificate sentence with the values typed into
its gaps; identity documents a copy below a short cloze declaration repeating zone data.

``vertical`` is a register form with a ruled grid: each section has a narrow band at its left
edge with the section's name turned by 90 degrees, some tables have narrow columns whose headers
are turned by 90 degrees with the values in horizontal rows below, the other labels are
horizontal (left of or above the value); a turned form number runs along the right edge. At
least two thirds of a document's field labels stay horizontal. In the scan kinds a few pages
arrive turned by a quarter turn (``quarter_turns``). Certificates are register extracts with a
turned side band; identity documents a copy with a turned filing band.

Both draw straight from the record with the wording of ``samples.wording_extra19``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Final

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
from samples.fonts import glyph_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day
from samples.render_extra16 import AUTHORITY_UNITS
from samples.truth import truth_fields
from samples.wording_extra19 import (
    DWELLING19,
    ID_KINDS19,
    PURPOSE19,
    PURPOSE_ORDER,
    SEX_LETTERS19,
    SEX_ORDER,
    SEX_WORDS19,
    Extra19Wording,
    format_extra19_date,
    nationality_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
INKS: Final[tuple[RGB, ...]] = ((0.0, 0.0, 0.0), (0.05, 0.1, 0.45), (0.1, 0.12, 0.3),
                                (0.0, 0.0, 0.0))

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field), and for choices the printed options and the chosen one."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None


@dataclass(slots=True)
class Sec:
    key: str
    items: list[Fld]
    rows: list[list[Fld]] = field(default_factory=list)  # one row per person (tables)
    cont: bool = False  # cloze: the sentence runs on from the previous section
    tail: str = ""  # cloze: words that close the sentence


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    zone: tuple[str, ...] = ()
    furniture: list[date] = field(default_factory=list)  # days printed that are no truth


def _w(s: Style) -> Extra19Wording:
    assert isinstance(s.words, Extra19Wording)
    return s.words


def _cloze(s: Style) -> bool:
    return s.layout == "cloze"


def _sex(s: Style, code: str) -> Fld:
    if _cloze(s):
        options = tuple(SEX_WORDS19[c] for c in SEX_ORDER)
        return Fld("sex", SEX_WORDS19[code], "sex", options, SEX_ORDER.index(code))
    table = SEX_LETTERS19 if s.sex_mode == "letter" else SEX_WORDS19
    return Fld("sex", table[code], "sex")


def _nat(s: Style, code: str) -> Fld:
    return Fld("nationality", nationality_word(code, s.nationality_mode), "nationality")


def _person(s: Style, p: Person, prefix: str = "", *, sex: bool = True, nat: bool = True,
            place: bool = True, birth_name: bool = True) -> list[Fld]:
    names = [Fld("given_names", p.given, prefix + "given_names"),
             Fld("family_name", p.family, prefix + "family_name")]
    if not _cloze(s) or s.rng.random() < 0.4:
        names.reverse()
    out = names
    if birth_name and p.birth_name:
        out.append(Fld("birth_name", p.birth_name, "birth_name"))
    out.append(Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth"))
    if place:
        out.append(Fld("place_of_birth", p.pob, "place_of_birth"))
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


def _options(table: dict[str, tuple[str, str]], order: tuple[str, ...], col: int,
             chosen: str | None, key: str) -> Fld:
    options = tuple(table[k][col] for k in order)
    if chosen is None:
        return Fld(key, "", "", options, None)
    return Fld(key, table[chosen][col], key, options, order.index(chosen))


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections and fields of one document (both layouts)."""
    w = _w(s)
    title = w.title(doc_type)
    cloze = _cloze(s)
    col = 0 if cloze else 1
    match record:
        case Anmeldung():
            flat = [Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                    *_address(s, record.address)]
            if record.dwelling or (cloze and rng.random() < 0.3):
                if cloze:
                    flat.append(_options(DWELLING19, ("main", "secondary"), 0, record.dwelling,
                                         "dwelling"))
                elif record.dwelling:
                    flat.append(Fld("dwelling", DWELLING19[record.dwelling][1], "dwelling"))
            secs = [Sec("person", _person(s, record.person)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [Fld("previous_address", record.previous,
                                                 "previous_address")]))
            return Doc(doc_type, title, record.address.city, secs)
        case Wohnungsgeber():
            landlord = [Fld("landlord_name", record.landlord_name, "landlord_name"),
                        Fld("landlord_address", record.landlord_address.line,
                            "landlord_address")]
            flat = [*_address(s, record.address),
                    Fld("move_in_date", s.date(record.move_in), "move_in_date")]
            tenants = [Fld("tenant", t, "tenant_names") for t in record.tenants]
            role = Fld("role", "", "", (w.word("owner"), w.word("agent")),
                       0 if record.landlord_is_owner else 1)
            return Doc(doc_type, title, record.address.city,
                       [Sec("landlord", [*landlord, role]), Sec("flat", flat),
                        Sec("tenants", tenants, rows=[[t] for t in tenants])])
        case Geburt():
            child = _person(s, record.child, nat=False, birth_name=False)
            parents = [Fld("mother_name", record.mother, "mother_name")]
            if record.father:
                parents.append(Fld("father_name", record.father, "father_name"))
            return Doc(doc_type, title, record.office,
                       [Sec("child", child), Sec("parents", parents), _register(s, record)])
        case Ehe():
            one = _person(s, record.spouse1, "spouse1_", sex=False, nat=False, place=False,
                          birth_name=False)
            two = _person(s, record.spouse2, "spouse2_", sex=False, nat=False, place=False,
                          birth_name=False)
            marriage = [Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                        Fld("marriage_place", record.marriage_place, "marriage_place")]
            if cloze:
                secs = [Sec("spouse1", one), Sec("spouse2", two, cont=True),
                        Sec("marriage", marriage, cont=True, tail=w.section("marriage"))]
            else:
                secs = [Sec("spouses", [*one, *two], rows=[one, two]), Sec("marriage", marriage)]
            return Doc(doc_type, title, record.office, [*secs, _register(s, record)])
        case Sterbe():
            deceased = _person(s, record.person, sex=False, nat=False, birth_name=False)
            death = [Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                     Fld("place_of_death", record.place_of_death, "place_of_death")]
            return Doc(doc_type, title, record.office,
                       [Sec("deceased", deceased), Sec("death", death, cont=cloze),
                        _register(s, record)])
        case Zulassung():
            holder = _person(s, record.holder, "holder_", sex=False, nat=False, place=False,
                             birth_name=False)
            vehicle = [Fld("make", record.make), Fld("model", record.model),
                       Fld("vin", record.vin, "vin"), Fld("evb_number", record.evb, "evb_number")]
            if record.plate:
                vehicle.append(Fld("desired_plate", record.plate, "desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Fld("account_holder", record.account_holder, "account_holder"),
                    Fld("iban", iban, "iban")]
            if rng.random() < 0.5:
                sepa.append(Fld("bic", record.bic))
            if cloze:
                secs = [Sec("holder", holder), Sec("address", _address(s, record.address),
                                                   cont=True)]
            else:
                secs = [Sec("holder", [*holder, *_address(s, record.address)])]
            return Doc(doc_type, title, record.address.city,
                       [*secs, Sec("vehicle", vehicle, cont=cloze), Sec("sepa", sepa)])
        case Aufenthalt():
            person = _person(s, record.person, sex=False, birth_name=False)
            passport = [Fld("passport_number", record.passport_number, "passport_number"),
                        Fld("passport_expiry_date", s.date(record.passport_expiry),
                            "passport_expiry_date"),
                        Fld("entry_date", s.date(record.entry), "entry_date")]
            if cloze:
                purpose = _options(PURPOSE19, PURPOSE_ORDER, 0, record.purpose, "purpose")
            else:
                purpose = Fld("purpose", PURPOSE19[record.purpose][1], "purpose")
            return Doc(doc_type, title, record.address.city,
                       [Sec("person", person), Sec("passport", passport),
                        Sec("stay", [purpose]), Sec("residence", _address(s, record.address))])
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            kinds = (ID_KINDS19["P"][col], ID_KINDS19["I"][col])
            document = [Fld("doc_kind", ID_KINDS19[kind][col], "mrz_format", kinds,
                            0 if kind == "P" else 1),
                        Fld("doc_number", record.document_number, "document_number"),
                        Fld("issuing_state", record.issuing_state, "issuing_state"),
                        Fld("expiry_date", s.date(record.expiry), "expiry_date")]
            if rng.random() < 0.6:
                document.insert(1, Fld("doc_code", record.document_code, "document_code"))
            holder = [Fld("family_name", str(t["family_name"]), "family_name"),
                      Fld("given_names", str(t["given_names"]), "given_names"),
                      Fld("date_of_birth", s.date(record.person.dob), "date_of_birth")]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            return Doc(doc_type, title, city,
                       [Sec("holder_id", holder), Sec("document", document)],
                       tuple(record.lines))
    raise TypeError(type(record))


def fields(doc: Doc) -> list[Fld]:
    """Every field of the document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _day(doc: Doc, record: Record, rng: random.Random, back: int = 30) -> date:
    day = _furniture_day(record, rng, back)
    doc.furniture.append(day)
    return day


def _faces(rng: random.Random) -> tuple[Set4, str]:
    form = _set4(rng.choice(SERIF9 if rng.random() < 0.45 else SANS9))
    value = rng.choice((_reg(*rng.choice(MONO9)), _reg(*rng.choice(MONO9)),
                        _set4(rng.choice(SANS9)).regular, form.bold))
    return form, value


# --- cloze: fill-in-the-blank sentences ---------------------------------------------------------


@dataclass(slots=True)
class Tok:
    kind: str  # word | blank | option
    text: str  # the word, the typed value or the option's words
    caption: str = ""
    width: float = 0.0
    glue: bool = False  # no space before (punctuation)
    marked: bool = False  # option: ticked
    struck: bool = False  # option: struck through
    name: str = ""


@dataclass(slots=True)
class _Cz:
    pen: Pen
    faces: Set4
    vface: str
    size: float
    vsize: float
    csize: float
    lead: float  # line height as a multiple of size
    ink: RGB
    dy: float  # typed values sit this far above the line
    dx: float
    mode: str  # tick | paren | strike
    glyph: str | None

    @property
    def line_h(self) -> float:
        return self.size * self.lead


def _words(text: str) -> list[Tok]:
    out = []
    for word in text.split():
        out.append(Tok("word", word, glue=word[0] in ",.;:)"))
    return out


def _mark_text(cz: _Cz, marked: bool) -> str:
    if cz.mode == "paren":
        return "(x)" if marked else "(  )"
    if cz.glyph:
        return "☒" if marked else "☐"
    return "[X]" if marked else "[  ]"


def _tok_width(cz: _Cz, tok: Tok) -> float:
    if tok.kind == "word":
        return _width(tok.text, cz.faces.regular, cz.size)
    if tok.kind == "option":
        mark = 0.0 if cz.mode == "strike" else _width(_mark_text(cz, True), cz.glyph or
                                                      cz.faces.regular, cz.size) + 3
        return mark + _width(tok.text, cz.faces.regular, cz.size)
    return tok.width


def _blank(cz: _Cz, rng: random.Random, value: str, caption: str, name: str,
           empty_w: float = 0.0) -> Tok:
    need = _width(value, cz.vface, cz.vsize) + 2 * cz.dx + rng.uniform(4, 30) if value else 0.0
    least = max(_width(caption, cz.faces.italic, cz.csize) + 6 if caption else 0.0,
                empty_w or rng.uniform(40, 80))
    return Tok("blank", value, caption, max(need, least), name=name)


def _choice_toks(cz: _Cz, f: Fld) -> list[Tok]:
    out = []
    for k, option in enumerate(f.options):
        chosen = k == f.chosen
        struck = cz.mode == "strike" and f.chosen is not None and not chosen
        out.append(Tok("option", option, marked=chosen and cz.mode != "strike", struck=struck,
                       name=f.name if chosen else ""))
        if cz.mode == "strike" and k < len(f.options) - 1:
            out.append(Tok("word", "/"))
    return out


def _cloze_paragraphs(cz: _Cz, w: Extra19Wording, doc: Doc, rng: random.Random,
                      p_caption: float) -> list[list[Tok]]:
    """The document's sentences as tokens, one paragraph per section (runs on when asked)."""
    paras: list[list[Tok]] = []
    blanks_left = rng.randint(1, 2)  # blanks that stay empty
    for sec in doc.sections:
        toks: list[Tok] = []
        opener = w.section(sec.key) if sec.key != "marriage" or not sec.tail else ""
        if sec.cont and paras:
            toks = paras.pop()
            if toks and toks[-1].text == ".":
                toks.pop()
        toks += _words(opener)
        for k, f in enumerate(sec.items):
            if k or (sec.cont and len(toks) > 0 and opener == ""):
                toks.append(Tok("word", ",", glue=True))
            if f.key == "role":
                toks += _words(w.word("role_lead"))
                toks += _choice_toks(cz, f)
                continue
            if f.key == "tenant" and k:
                toks.pop()  # no comma: "… und …"
                toks += _words("und")
            else:
                toks += _words(w(f.key))
            if f.options:
                toks += _choice_toks(cz, f)
                if rng.random() < p_caption * 0.5:
                    toks.append(Tok("word", f"({w.caption(f.key)})"))
                continue
            caption = w.caption(f.key) if rng.random() < p_caption else ""
            toks.append(_blank(cz, rng, f.value, caption, f.name))
            if f.key == "given_names" and blanks_left and rng.random() < 0.35:
                toks.append(Tok("word", ",", glue=True))
                toks += _words(w.word("title_lead"))
                toks.append(_blank(cz, rng, "", w.word("title_cap"), ""))
                blanks_left -= 1
        if sec.tail:
            toks += _words(sec.tail)
        toks.append(Tok("word", ".", glue=True))
        paras.append(toks)
    if doc.doc_type not in CERTIFICATES and doc.doc_type != "identity_document" and blanks_left:
        toks = _words(w.word("phone"))
        toks.append(_blank(cz, rng, "", w.word("phone_cap"), "", rng.uniform(90, 140)))
        if rng.random() < 0.6:
            toks += _words(w.word("email_lead"))
            toks.append(_blank(cz, rng, "", w.word("email_cap"), "", rng.uniform(110, 170)))
        toks.append(Tok("word", ".", glue=True))
        paras.append(toks)
    return paras


def _lines(cz: _Cz, toks: list[Tok], width: float) -> list[list[tuple[Tok, float]]]:
    """Tokens placed on lines: (token, x offset)."""
    space = _width(" ", cz.faces.regular, cz.size)
    lines: list[list[tuple[Tok, float]]] = [[]]
    x = 0.0
    for tok in toks:
        tw = min(_tok_width(cz, tok), width)
        gap = 0.0 if tok.glue or not lines[-1] else space + (2 if tok.kind != "word" else 0)
        if lines[-1] and x + gap + tw > width and not tok.glue:
            lines.append([])
            x, gap = 0.0, 0.0
        lines[-1].append((tok, x + gap))
        x += gap + tw
    return lines


def _draw_line(cz: _Cz, line: list[tuple[Tok, float]], x0: float, y: float, width: float
               ) -> None:
    c = cz.pen.c
    captions: list[tuple[str, float, float]] = []
    for tok, dx in line:
        x = x0 + dx
        tw = min(_tok_width(cz, tok), width)
        if tok.kind == "word":
            c.setFillGray(0)
            c.setFont(cz.faces.regular, cz.size)
            c.drawString(x, y, tok.text)
        elif tok.kind == "option":
            c.setFillGray(0)
            tx = x
            if cz.mode != "strike":
                face = cz.glyph or cz.faces.regular
                c.setFont(face, cz.size)
                mark = _mark_text(cz, tok.marked)
                c.drawString(x, y, mark)
                tx = x + _width(_mark_text(cz, True), face, cz.size) + 3
            c.setFont(cz.faces.regular, cz.size)
            c.drawString(tx, y, tok.text)
            if tok.struck:
                c.setLineWidth(0.9)
                c.setStrokeColorRGB(*cz.ink)
                c.line(x - 1, y + cz.size * 0.32, x + tw + 1, y + cz.size * 0.32)
                c.setStrokeGray(0)
        else:
            c.setLineWidth(0.5)
            c.setStrokeGray(0.15)
            c.setDash(1, 1.5) if cz.mode == "paren" and cz.lead > 2.6 else c.setDash()
            c.line(x, y - 2.2, x + tw, y - 2.2)
            c.setDash()
            if tok.text:
                c.setFillColorRGB(*cz.ink)
                face_w = _width(tok.text, cz.vface, cz.vsize)
                size = cz.vsize if face_w <= tw - 2 else cz.vsize * (tw - 2) / face_w
                c.setFont(cz.vface, size)
                c.drawString(x + min(cz.dx, max(0.0, tw - face_w - 1)), y + cz.dy, tok.text)
                c.setFillGray(0)
            if tok.caption:
                captions.append((tok.caption, x, tw))
    c.setFillGray(0.3)
    for caption, x, tw in captions:  # the line's captions after its text
        c.setFont(cz.faces.italic, cz.csize)
        c.drawCentredString(x + tw / 2, y - 2.2 - cz.csize - 0.6, caption)
    c.setFillGray(0)


def _cloze_header(cz: _Cz, w: Extra19Wording, doc: Doc, record: Record, rng: random.Random,
                  page: int, pages: int, ref: str) -> float:
    pen = cz.pen
    c = pen.c
    top = PAGE_H - rng.uniform(42, 58)
    c.setFillGray(0)
    c.setFont(cz.faces.bold, 10)
    c.drawString(pen.left, top, f"Stadt {doc.city}")
    c.setFont(cz.faces.regular, 8.5)
    c.drawString(pen.left, top - 11, AUTHORITY_UNITS[doc.doc_type])
    c.drawString(pen.left, top - 21, ref)
    c.drawRightString(pen.right, top, f"{w.word('page')} {page}/{pages}")
    if page == 1 and rng.random() < 0.6:  # the office's box (no field)
        c.setLineWidth(0.4)
        c.rect(pen.right - 120, top - 52, 120, 42, stroke=1, fill=0)
        c.setFont(cz.faces.italic, 6)
        c.drawString(pen.right - 116, top - 18, w.word("office"))
    y = top - 66
    title = doc.title if page == 1 else f"{doc.title} – {w.word('cont')}"
    size = 14 if page == 1 else 11
    for part in simpleSplit(title, cz.faces.bold, size, pen.width):
        c.setFont(cz.faces.bold, size)
        if rng.random() < 0.5 or page > 1:
            c.drawString(pen.left, y, part)
        else:
            c.drawCentredString((pen.left + pen.right) / 2, y, part)
        y -= size * 1.3
    if page == 1:
        c.setFont(cz.faces.italic, 7.5)
        c.drawString(pen.left, y - 2, w.word("hint"))
        y -= 14
    return y - 10


def _paras_h(cz: _Cz, paras: list[list[Tok]], width: float) -> float:
    return sum(len(_lines(cz, p, width)) * cz.line_h + cz.size * 0.9 for p in paras)


def _draw_paras(cz: _Cz, paras: list[list[Tok]], y: float) -> float:
    pen = cz.pen
    width = pen.width
    for para in paras:
        for k, line in enumerate(_lines(cz, para, width)):
            y -= cz.size if k == 0 else cz.line_h
            _draw_line(cz, line, pen.left, y, width)
        y -= cz.line_h - cz.size + cz.size * 0.9
    return y


def _cloze_closing(cz: _Cz, w: Extra19Wording, doc: Doc, record: Record, rng: random.Random,
                   y: float) -> float:
    pen = cz.pen
    c = pen.c
    cert = doc.doc_type in CERTIFICATES
    c.setFont(cz.faces.regular, cz.size)
    text = w.word("certify") if cert else w.word("truth")
    for part in simpleSplit(text, cz.faces.regular, cz.size, pen.width):
        y -= cz.size * 1.35
        c.drawString(pen.left, y, part)
    y -= cz.line_h * 1.3
    if cert:
        place = Tok("blank", doc.city, "", _width(doc.city, cz.vface, cz.vsize) + 30)
        _draw_line(cz, [(place, 0.0)], pen.left, y, pen.width)
        # the registrar's signature and the seal
        c.setLineWidth(0.5)
        c.line(pen.right - 190, y - 2, pen.right, y - 2)
        c.setFont(cz.faces.italic, cz.csize)
        c.drawCentredString(pen.right - 95, y - 3 - cz.csize, w.word("registrar"))
        c.setStrokeGray(0.45)
        c.circle(pen.right - 250, y + 8, 26, stroke=1, fill=0)
        c.circle(pen.right - 250, y + 8, 20, stroke=1, fill=0)
        c.setStrokeGray(0)
        return y - 40
    day = _day(doc, record, rng)
    day_text = format_extra19_date(day, rng.choice(("numeric", "long", "spaced")))
    words = _words(", den") if rng.random() < 0.6 else [Tok("word", ",", glue=True)]
    toks = [_blank(cz, rng, doc.city, "", "", 80), *words,
            _blank(cz, rng, day_text, "", "", 70)]
    line = _lines(cz, toks, pen.width * 0.55)[0]
    _draw_line(cz, line, pen.left, y, pen.width)
    c.setFont(cz.faces.italic, cz.csize)
    c.setFillGray(0.3)
    c.drawString(pen.left, y - 3 - cz.csize, w.word("place_date"))
    c.setFillGray(0)
    c.setLineWidth(0.5)
    c.line(pen.right - 200, y - 2, pen.right, y - 2)
    c.setFont(cz.faces.italic, cz.csize)
    c.drawCentredString(pen.right - 100, y - 3 - cz.csize, w.word("signature"))
    return y - 30


def _id_copy_h(r: Identity, part: str, scale: float) -> float:
    return _card_size(r, part, scale)[1]


def draw_cloze(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces, vface = _faces(rng)
    glyph = glyph_font() if rng.random() < 0.8 else None
    ink = rng.choice(INKS)
    cz = _Cz(pen, faces, vface, rng.uniform(9.6, 11.2), 0.0, rng.uniform(5.0, 5.8),
             rng.uniform(2.35, 2.9), ink, rng.uniform(-0.6, 1.8), rng.uniform(2, 7),
             s.sex_mode, glyph)
    cz.vsize = cz.size * rng.uniform(0.98, 1.1)
    p_caption = rng.choice((1.0, 1.0, 0.75, 0.55))
    ref = f"Az. {rng.choice('ABDEGKLMRST')}{_free_number(record, rng, 10, 98)}-" \
          f"{_free_number(record, rng, 1000, 9899)}"
    state = rng.getstate()
    identity = isinstance(record, Identity)
    copy_h = 0.0
    part = "page"
    if identity:
        part = "both" if record.mrz_format == "TD1" and pages == 1 else (
            "front" if record.mrz_format == "TD1" else "page")
        copy_h = _id_copy_h(record, part, 1.0) + 30
    for _ in range(14):  # shrink until the sentences fit their pages
        rng.setstate(state)
        paras = _cloze_paragraphs(cz, w, doc, rng, p_caption)
        split = len(paras) if pages == 1 or identity else max(1, (len(paras) + 1) // 2)
        room = PAGE_H - 200 - 120
        parts = [paras[:split], paras[split:]] if split < len(paras) else [paras]
        need = [_paras_h(cz, p, pen.width) for p in parts]
        if identity and not (pages == 2 and record.mrz_format == "TD3"):
            need[0] += copy_h
        if max(need) < room:
            break
        cz.size *= 0.94
        cz.vsize *= 0.94
        cz.lead = max(2.2, cz.lead * 0.97)
    if pages == 2 and len(parts) == 1 and not identity:
        parts = [paras[:-1], paras[-1:]]
    for k, chunk in enumerate(parts):
        if k:
            pen.new_page()
        y = _cloze_header(cz, w, doc, record, rng, k + 1, pages, ref)
        y = _draw_paras(cz, chunk, y)
        if k == len(parts) - 1 and not identity:
            _cloze_closing(cz, w, doc, record, rng, y - 6)
    if identity:
        _cloze_identity(cz, w, doc, record, rng, pages, y)


def _cloze_identity(cz: _Cz, w: Extra19Wording, doc: Doc, r: Identity, rng: random.Random,
                    pages: int, y: float) -> None:
    pen = cz.pen
    c = pen.c
    c.setFont(cz.faces.regular, cz.size)
    y -= cz.size * 0.4
    c.drawString(pen.left, y, w.word("enclosed"))
    y = _cloze_closing(cz, w, doc, r, rng, y - 8)
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    if not card and pages == 2:
        pen.new_page()
        y = PAGE_H - 70
    style = rng.choice(VIZ_STYLES)
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
            y = PAGE_H - 70
        c.setFont(cz.faces.bold, 8.5)
        c.drawString(pen.left, y - 8, w.word("copy"))
        w0, h0 = _card_size(r, part, 1.0)
        scale = max(0.55, min(1.25, (y - 20 - 60) / h0, pen.width / w0))
        x = pen.left + rng.uniform(0, max(0.0, pen.width - w0 * scale))
        _draw_copy(pen, r, part, x, y - 16, scale, style, random.Random(rng.random()), False)


# --- vertical: a ruled register form with turned text -------------------------------------------

GRID_HEADS_KEYS: Final = frozenset({"family_name", "given_names", "sex", "nationality",
                                    "house_number", "postal_code", "date_of_birth"})
ROTATABLE: Final = frozenset({"sex", "nationality", "house_number", "postal_code",
                              "date_of_birth"})
TABLE_KEYS: Final = {
    "person": ("family_name", "given_names", "date_of_birth", "sex", "nationality"),
    "child": ("family_name", "given_names", "date_of_birth", "sex"),
    "deceased": ("family_name", "given_names", "date_of_birth"),
    "holder": ("family_name", "given_names", "date_of_birth"),
    "dwelling": ("street", "house_number", "postal_code", "city"),
    "flat": ("street", "house_number", "postal_code", "city"),
    "residence": ("street", "house_number", "postal_code", "city"),
}


@dataclass(slots=True)
class Cell:
    label: str
    value: str
    name: str = ""
    key: str = ""


@dataclass(slots=True)
class Column:
    head: str
    key: str
    values: list[str]
    turned: bool = False
    width: float = 0.0
    field: bool = True  # the header labels a field (counts for the two-thirds rule)


@dataclass(slots=True)
class Block:
    key: str
    band: str
    table: list[Column] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass(slots=True)
class _Vx:
    pen: Pen
    faces: Set4
    vface: str
    lsize: float
    vsize: float
    band_w: float
    x0: float  # left edge of the blocks (after a certificate's side band)
    right: float
    mode: str  # above | left
    up: bool  # turned text reads bottom-to-top
    label_w: float  # left mode: label column width


def _fit(text: str, face: str, size: float, width: float, least: float = 4.5) -> float:
    tw = _width(text, face, size)
    return size if tw <= width else max(least, size * width / tw)


def _turned(c: Canvas, text: str, face: str, size: float, cx: float, cy: float, up: bool
            ) -> None:
    """``text`` centred on (cx, cy), turned by 90 degrees (reading up or down)."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(90 if up else -90)
    c.setFont(face, size)
    c.drawCentredString(0, -size * 0.35, text)
    c.restoreState()


def _label_count(blocks: list[Block]) -> tuple[int, int]:
    """(turned field labels, all field labels) of the blocks."""
    turned = total = 0
    for b in blocks:
        for col in b.table:
            if col.field:
                total += 1
                turned += col.turned
        total += sum(1 for row in b.rows for cell in row if cell.name or cell.key)
    return turned, total


def _blocks(w: Extra19Wording, doc: Doc, rng: random.Random, vx: _Vx) -> list[Block]:
    out: list[Block] = []
    for sec in doc.sections:
        block = Block(sec.key, w.section(sec.key))
        items = list(sec.items)
        if sec.rows:  # one row per person: a table with a turned row-number column
            keys = [f.key for f in sec.rows[0]]
            cols = [Column(w.head("row"), "row", [str(k + 1) for k in range(len(sec.rows))],
                           True, field=False)]
            for j, key in enumerate(keys):
                head = w.head(key) if key in ("family_name", "given_names", "tenant",
                                              "date_of_birth") else w(key)
                cols.append(Column(head, key, [row[j].value for row in sec.rows]))
            if sec.key == "tenants":
                cols.append(Column(w.head("count"), "count",
                                   [str(len(sec.rows))] + [""] * (len(sec.rows) - 1), True,
                                   field=False))
            block.table = cols
            items = [f for f in items if not any(f is g for row in sec.rows for g in row)]
        elif sec.key in TABLE_KEYS and rng.random() < 0.75:
            want = TABLE_KEYS[sec.key]
            picked = [f for f in items if f.key in want]
            if len(picked) >= 3:
                block.table = [Column(w.head(f.key) if f.key in GRID_HEADS_KEYS else w(f.key),
                                      f.key, [f.value]) for f in picked]
                items = [f for f in items if f not in picked]
        block.rows = _cell_rows([Cell(w(f.key) if f.key != "role" else w.word("role"),
                                      f.value if f.key != "role" else f.options[f.chosen or 0],
                                      f.name, f.key) for f in items], vx, rng)
        out.append(block)
    # turn some narrow column headers, keeping two thirds of the field labels horizontal
    _, total = _label_count(out)
    budget = total // 3
    for b in out:
        for col in b.table:
            if col.field and col.key in ROTATABLE and budget > 0 and rng.random() < 0.85:
                col.turned = True
                budget -= 1
    return out


def _cell_w(vx: _Vx, cell: Cell) -> float:
    vw = _width(cell.value, vx.vface, vx.vsize) + 10
    lw = _width(cell.label, vx.faces.regular, vx.lsize) + 8
    if vx.mode == "left":
        return vx.label_w + vw
    return max(vw, lw, 60)


def _cell_rows(cells: list[Cell], vx: _Vx, rng: random.Random) -> list[list[Cell]]:
    avail = vx.right - vx.x0 - vx.band_w
    rows: list[list[Cell]] = []
    cur: list[Cell] = []
    used = 0.0
    most = rng.randint(1, 3) if vx.mode == "left" else rng.randint(2, 4)
    for cell in cells:
        need = _cell_w(vx, cell)
        if cur and (used + need > avail or len(cur) >= most):
            rows.append(cur)
            cur, used = [], 0.0
            most = rng.randint(1, 3) if vx.mode == "left" else rng.randint(2, 4)
        cur.append(cell)
        used += need
    if cur:
        rows.append(cur)
    return rows


def _row_h(vx: _Vx, row: list[Cell], widths: list[float]) -> float:
    lines = max(len(_vlines(vx, c, wd)) for c, wd in zip(row, widths, strict=True))
    body = vx.vsize * 1.25 * lines + 6
    if vx.mode == "above":
        return vx.lsize + 5 + body
    return max(body, vx.lsize * 2.4 + 4)


def _vlines(vx: _Vx, cell: Cell, width: float) -> list[str]:
    room = width - (vx.label_w if vx.mode == "left" else 0) - 8
    return list(simpleSplit(cell.value, vx.vface, vx.vsize, max(room, 30))) or [""]


def _widths(vx: _Vx, row: list[Cell]) -> list[float]:
    avail = vx.right - vx.x0 - vx.band_w
    needs = [min(_cell_w(vx, c), avail) for c in row]
    extra = max(0.0, avail - sum(needs))
    total = sum(needs) or 1.0
    widths = [n + extra * n / total for n in needs]
    scale = avail / sum(widths)
    return [wd * scale for wd in widths]


def _table_layout(vx: _Vx, cols: list[Column]) -> tuple[float, float]:
    """Column widths (set on the columns); returns (header height, row height)."""
    avail = vx.right - vx.x0 - vx.band_w
    for col in cols:
        vw = max((_width(v, vx.vface, vx.vsize) for v in col.values), default=0.0) + 8
        if col.turned:
            col.width = max(vw, vx.lsize * 2.2)
        else:
            col.width = max(vw, min(_width(col.head, vx.faces.regular, vx.lsize) + 8, 120), 36)
    total = sum(c.width for c in cols)
    flex = [c for c in cols if not c.turned]
    if total < avail and flex:
        extra = (avail - total) / len(flex)
        for c in flex:
            c.width += extra
    elif total > avail:
        fixed = sum(c.width for c in cols if c.turned)
        k = (avail - fixed) / max(1.0, total - fixed)
        for c in flex:
            c.width *= k
    head_h = vx.lsize * 2.6 + 6
    for col in cols:
        if col.turned:
            head_h = max(head_h, _width(col.head, vx.faces.regular, vx.lsize) + 10)
        else:
            lines = simpleSplit(col.head, vx.faces.regular, vx.lsize, col.width - 6)
            head_h = max(head_h, len(lines) * vx.lsize * 1.2 + 6)
    return head_h, vx.vsize * 1.3 + 8


def _block_h(vx: _Vx, b: Block) -> float:
    h = 0.0
    if b.table:
        head_h, row_h = _table_layout(vx, b.table)
        h += head_h + row_h * len(b.table[0].values)
    for row in b.rows:
        h += _row_h(vx, row, _widths(vx, row))
    band = _width(b.band, vx.faces.bold, min(vx.band_w * 0.55, 6.4)) + 12
    return max(h, band, 24.0)


def _draw_block(vx: _Vx, b: Block, top: float) -> float:
    c = vx.pen.c
    h = _block_h(vx, b)
    x0, x1 = vx.x0, vx.right
    bx = x0 + vx.band_w
    c.setLineWidth(0.8)
    c.setStrokeGray(0)
    c.rect(x0, top - h, x1 - x0, h, stroke=1, fill=0)
    c.setFillGray(0.86)
    c.rect(x0, top - h, vx.band_w, h, stroke=1, fill=1)
    c.setFillGray(0)
    size = min(vx.band_w * 0.55, 8.0)
    size = _fit(b.band, vx.faces.bold, size, h - 8)
    _turned(c, b.band, vx.faces.bold, size, x0 + vx.band_w / 2, top - h / 2, vx.up)
    y = top
    c.setLineWidth(0.4)
    if b.table:
        head_h, row_h = _table_layout(vx, b.table)
        x = bx
        for col in b.table:
            c.rect(x, y - head_h, col.width, head_h, stroke=1, fill=0)
            c.setFillGray(0.2)
            if col.turned:
                fs = _fit(col.head, vx.faces.regular, vx.lsize, head_h - 6)
                _turned(c, col.head, vx.faces.regular, fs, x + col.width / 2,
                        y - head_h / 2, vx.up)
            else:
                lines = simpleSplit(col.head, vx.faces.regular, vx.lsize, col.width - 6)
                ly = y - vx.lsize - 2
                c.setFont(vx.faces.regular, vx.lsize)
                for line in lines:
                    c.drawString(x + 3, ly, line)
                    ly -= vx.lsize * 1.2
            c.setFillGray(0)
            x += col.width
        y -= head_h
        for r in range(len(b.table[0].values)):
            x = bx
            for col in b.table:
                c.rect(x, y - row_h, col.width, row_h, stroke=1, fill=0)
                value = col.values[r]
                fs = _fit(value, vx.vface, vx.vsize, col.width - 6)
                c.setFont(vx.vface, fs)
                if col.turned:
                    c.drawCentredString(x + col.width / 2, y - row_h + 5, value)
                else:
                    c.drawString(x + 4, y - row_h + 5, value)
                x += col.width
            y -= row_h
    for row in b.rows:
        widths = _widths(vx, row)
        rh = _row_h(vx, row, widths)
        if row is b.rows[-1]:
            rh = y - (top - h)
        x = bx
        for cell, wd in zip(row, widths, strict=True):
            c.rect(x, y - rh, wd, rh, stroke=1, fill=0)
            c.setFillGray(0.2)
            c.setFont(vx.faces.regular, vx.lsize)
            lines = _vlines(vx, cell, wd)
            if vx.mode == "above":
                ls = _fit(cell.label, vx.faces.regular, vx.lsize, wd - 6)
                c.setFont(vx.faces.regular, ls)
                c.drawString(x + 3, y - vx.lsize - 1.5, cell.label)
                vy = y - vx.lsize - 4 - vx.vsize
                vx_ = x + 5
            else:
                c.line(x + vx.label_w, y, x + vx.label_w, y - rh)
                parts = simpleSplit(cell.label, vx.faces.regular, vx.lsize, vx.label_w - 6)
                ly = y - vx.lsize - 2
                for part in parts[:3]:
                    c.drawString(x + 3, ly, part)
                    ly -= vx.lsize * 1.15
                vy = y - vx.vsize - 3
                vx_ = x + vx.label_w + 5
            c.setFillGray(0)
            c.setFont(vx.vface, vx.vsize)
            for line in lines:
                c.drawString(vx_, vy, line)
                vy -= vx.vsize * 1.25
            x += wd
        y -= rh
    return top - h


def _margin_text(vx: _Vx, text: str) -> None:
    c = vx.pen.c
    c.setFillGray(0.35)
    x = min(PAGE_W - 16, vx.right + (PAGE_W - vx.right) / 2)
    _turned(c, text, vx.faces.regular, 6.5, x, PAGE_H / 2, vx.up)
    c.setFillGray(0)


def _v_header(vx: _Vx, w: Extra19Wording, doc: Doc, form_no: str, page: int, pages: int,
              rng: random.Random) -> float:
    pen = vx.pen
    c = pen.c
    top = PAGE_H - rng.uniform(40, 54)
    c.setFont(vx.faces.regular, 8)
    c.drawString(pen.left, top, f"Stadt {doc.city} – {AUTHORITY_UNITS[doc.doc_type]}")
    c.drawRightString(vx.right, top, f"{w.word('page')} {page}/{pages}")
    title = doc.title if page == 1 else f"{doc.title} – {w.word('cont')}"
    size = 13 if page == 1 else 10.5
    y = top - 20
    for part in simpleSplit(title, vx.faces.bold, size, vx.right - pen.left - 110):
        c.setFont(vx.faces.bold, size)
        c.drawString(pen.left, y, part)
        y -= size * 1.25
    c.setFont(vx.faces.regular, 7.5)
    c.drawRightString(vx.right, top - 20, f"{w.word('form')} {form_no}")
    if page == 1:
        c.setFont(vx.faces.italic, 7)
        c.drawString(pen.left, y - 1, w.word("hint"))
        y -= 10
    return y - 8


def _sign_block(w: Extra19Wording, doc: Doc, record: Record, rng: random.Random, vx: _Vx
                ) -> Block:
    if doc.doc_type in CERTIFICATES:
        cells = [Cell(w.word("registrar"), ""), Cell(w.word("certify"), "")]
        return Block("sign", w.section("sign"), rows=[cells])
    day = _day(doc, record, rng)
    text = f"{doc.city}, {format_extra19_date(day, rng.choice(('numeric', 'iso', 'spaced')))}"
    cells = [Cell(w.word("place_date"), text), Cell(w.word("signature"), "")]
    rows = [cells]
    if rng.random() < 0.5:
        rows.append([Cell(w.word("office"), "")])
    return Block("sign", w.section("sign"), rows=rows)


def draw_vertical(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                  pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces, vface = _faces(rng)
    cert = doc_type in CERTIFICATES
    side = rng.uniform(18, 24) if cert else 0.0
    right = min(pen.right, PAGE_W - 40)
    vx = _Vx(pen, faces, vface, rng.uniform(6.2, 7.4), rng.uniform(8.8, 10.2),
             rng.uniform(15, 21), pen.left + side + (4 if side else 0), right,
             rng.choice(("above", "above", "left")), rng.random() < 0.7, 0.0)
    vx.label_w = rng.uniform(95, 135)
    form_no = f"{rng.choice(('MB', 'WG', 'PS', 'KZ', 'AU', 'AK'))} " \
              f"{_free_number(record, rng, 100, 989)}-{rng.randint(1, 9)}"
    edition = f"{w.word('edition')} {rng.randint(1, 12):02d}/{rng.choice((2021, 2022, 2023))}"
    if isinstance(record, Identity):
        _vertical_identity(vx, w, doc, record, rng, pages, form_no, edition)
        return
    state = rng.getstate()
    for _ in range(12):  # shrink until the blocks fit their pages
        rng.setstate(state)
        doc.furniture.clear()
        blocks = _blocks(w, doc, rng, vx)
        blocks.append(_sign_block(w, doc, record, rng, vx))
        split = len(blocks) if pages == 1 else max(1, len(blocks) // 2)
        parts = [blocks[:split], blocks[split:]] if pages == 2 else [blocks]
        heights = [sum(_block_h(vx, b) + 5 for b in p) for p in parts]
        if max(heights) < PAGE_H - 205 - (30 if cert else 0):
            break
        vx.vsize *= 0.94
        vx.lsize = max(5.0, vx.lsize * 0.96)
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
        y = _v_header(vx, w, doc, form_no, k + 1, len(parts), rng)
        top = y
        for b in part:
            y = _draw_block(vx, b, y) - 5
        if cert:  # the register extract's turned side band
            c = pen.c
            c.setFillGray(0.93)
            c.rect(pen.left, y + 5, side, top - y - 5, stroke=1, fill=1)
            c.setFillGray(0)
            size = _fit(w.word("extract"), faces.bold, side * 0.5, top - y - 12)
            _turned(c, w.word("extract"), faces.bold, size, pen.left + side / 2,
                    (top + y + 5) / 2, vx.up)
            if k == len(parts) - 1:
                c.setStrokeGray(0.45)
                c.circle(vx.right - 60, y - 35, 26, stroke=1, fill=0)
                c.circle(vx.right - 60, y - 35, 20, stroke=1, fill=0)
                c.setStrokeGray(0)
        _margin_text(vx, f"{w.word('form')} {form_no} · {edition}")


def _vertical_identity(vx: _Vx, w: Extra19Wording, doc: Doc, r: Identity, rng: random.Random,
                       pages: int, form_no: str, edition: str) -> None:
    pen = vx.pen
    c = pen.c
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    band = vx.band_w + 4
    ref = f"{_free_number(r, rng, 10, 98)}.{_free_number(r, rng, 10, 98)}-" \
          f"{_free_number(r, rng, 100, 989)}"
    day = _day(doc, r, rng)
    filing = f"{w.word('filing')} {ref} · {w.word('copied')} " \
             f"{format_extra19_date(day, rng.choice(('numeric', 'spaced')))}"
    style = rng.choice(VIZ_STYLES)
    blocks = [b for b in _blocks(w, doc, rng, vx) if rng.random() < 0.75] or []
    grid_page = 1 if not (pages == 2 and not card) else 2
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
        y = _v_header(vx, w, doc, form_no, k + 1, pages, rng)
        w0, h0 = _card_size(r, part, 1.0)
        room = y - 90 - (sum(_block_h(vx, b) + 5 for b in blocks) if grid_page == k + 1 else 0)
        scale = max(0.5, min(1.25, room / h0, (vx.right - pen.left - band - 10) / w0))
        x = pen.left + band + 8
        top = y - 6
        _draw_copy(pen, r, part, x, top, scale, style, random.Random(rng.random()), False)
        h = _card_size(r, part, scale)[1]
        c.setFillGray(0.9)
        c.rect(pen.left, top - h, vx.band_w, h, stroke=1, fill=1)
        c.setFillGray(0)
        size = _fit(filing, vx.faces.regular, vx.band_w * 0.45, h - 8)
        _turned(c, filing, vx.faces.regular, size, pen.left + vx.band_w / 2, top - h / 2, vx.up)
        y = top - h - 12
        if grid_page == k + 1:
            for b in blocks:
                y = _draw_block(vx, b, y) - 5
        _margin_text(vx, f"{w.word('form')} {form_no} · {edition}")
    if pages == 2 and not card:
        pen.new_page()
        y = _v_header(vx, w, doc, form_no, 2, 2, rng)
        for b in blocks:
            y = _draw_block(vx, b, y) - 5
        _margin_text(vx, f"{w.word('form')} {form_no} · {edition}")


def quarter_turns(rng: random.Random) -> int:
    """Whether a scanned sheet of ``vertical`` arrives turned by a quarter turn (about one in
    eight sheets, either way)."""
    return rng.choice((1, 3)) if rng.random() < 0.12 else 0


def draw_extra19(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if s.layout == "cloze":
        draw_cloze(pen, record, s, rng, doc_type, pages)
    else:
        draw_vertical(pen, record, s, rng, doc_type, pages)
