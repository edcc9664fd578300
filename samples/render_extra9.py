"""The ninth extra pair of blind held-out layouts: ``typed`` and ``ornate``.

``typed`` is a pre-printed official paper form filled in on a mechanical typewriter and then
filed and scanned: the printed form (issuer, form number, title, numbered section headings,
dotted, dashed or solid fill-in lines with small labels under, over or before them, tick
boxes, an office box and the printer's imprint) in a serif or sans face, and the typed values
in a typewriter face that sit slightly off the lines (above them, crossing them or below them,
shifted to the left or right, with a per-document and a per-line jitter). Long values run on to
the next line; a few values carry a typist's correction (a wrong word struck out with x's or
slashes and retyped after it, or a patch of correction fluid with the value typed over it: the
struck-out text is never a value of the document); the ribbon leaves some characters lighter.
Choices are a typed X in a printed box, or typed words. Certificates are typed register
extracts on a printed certificate blank whose prose has gaps for the typed values; identity
documents a copy stapled to a typed cover form.

``ornate`` is a formal certificate or form printed on security paper: a decorative border
(a guilloche-like band of interlaced waves or a row of repeated ornaments, drawn as
graphics), a light background pattern, an emblem like a coat of arms built from shapes,
headings in large spaced capitals or a large italic face, labels in small capitals or italics,
values centred on lines under or over their labels or in two columns beside them, prose
sentences with the values in them, a seal and signature block and footnotes. Applications are
formal decorated forms with two-column label/value blocks; identity documents a certified copy
with a decorated certification note.

Both draw straight from the record with the wording of ``samples.wording_extra9``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _seal,
    _signature,
    _truth_words,
    other_day,
    random_name,
)
from samples.truth import truth_fields
from samples.wording_extra9 import (
    APP_BACK,
    APP_BACK_HEADS,
    DWELLING9,
    DWELLING_ORDER9,
    ID_KINDS9,
    LANDLORD_ROLES9,
    MARITAL9,
    ORNATE_BACK,
    ORNATE_BACK_HEADS,
    ORNATE_CERTIFY,
    ORNATE_FOOTNOTES,
    PURPOSE9,
    PURPOSE_ORDER9,
    SEX_BOXES9,
    SEX_ORDER9,
    TYPED_BACK,
    TYPED_BACK_HEADS,
    Extra9Style,
    Extra9Wording,
    format_extra9_date,
    nationality_printings,
    nationality_word,
    printed_dates,
    sex_printings,
    sex_word,
)

# --- faces ---------------------------------------------------------------------------------------

_TTF9: Final = {
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSerifCondensed-Italic": "DejaVuSerifCondensed-Italic.ttf",
    "DejaVuSerifCondensed-BoldItalic": "DejaVuSerifCondensed-BoldItalic.ttf",
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationSans-Italic": "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic": "LiberationSans-BoldItalic.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "DejaVuSansCondensed-Oblique": "DejaVuSansCondensed-Oblique.ttf",
    "DejaVuSansCondensed-BoldOblique": "DejaVuSansCondensed-BoldOblique.ttf",
    "LiberationSansNarrow-Italic": "LiberationSansNarrow-Italic.ttf",
    "LiberationSansNarrow-BoldItalic": "LiberationSansNarrow-BoldItalic.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
}


@cache
def _reg(name: str, fallback: str) -> str:
    """Register a TrueType face (``samples.fonts`` or ``_TTF9``), else return ``fallback``."""
    if not name:
        return fallback
    if name in fonts.TTF_FILES:
        return fonts.font(name, fallback)
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    file_name = _TTF9.get(name)
    if file_name is None:
        return fallback
    for root in fonts.FONT_DIRS:
        for path in sorted(root.rglob(file_name)) if root.is_dir() else ():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # a broken font file must not stop the generator
                return fallback
            return name
    return fallback


FaceSpec = tuple[tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Set4:
    regular: str
    bold: str
    italic: str
    bold_italic: str


def _set4(spec: FaceSpec) -> Set4:
    """The four faces, all TrueType or all base-14 (never mixed)."""
    got = [_reg(name, fallback) for name, fallback in spec]
    if any(g == fallback for g, (name, fallback) in zip(got, spec, strict=True) if name):
        got = [fallback for _, fallback in spec]
    return Set4(*got)


SERIF9: Final[tuple[FaceSpec, ...]] = (
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold"),
     ("LiberationSerif-Italic", "Times-Italic"),
     ("LiberationSerif-BoldItalic", "Times-BoldItalic")),
    (("", "Times-Roman"), ("", "Times-Bold"), ("", "Times-Italic"), ("", "Times-BoldItalic")),
    (("DejaVuSerif", "Times-Roman"), ("DejaVuSerif-Bold", "Times-Bold"),
     ("DejaVuSerif-Italic", "Times-Italic"), ("DejaVuSerif-BoldItalic", "Times-BoldItalic")),
    (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold"),
     ("DejaVuSerifCondensed-Italic", "Times-Italic"),
     ("DejaVuSerifCondensed-BoldItalic", "Times-BoldItalic")),
)
SANS9: Final[tuple[FaceSpec, ...]] = (
    (("", "Helvetica"), ("", "Helvetica-Bold"), ("", "Helvetica-Oblique"),
     ("", "Helvetica-BoldOblique")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold"),
     ("LiberationSans-Italic", "Helvetica-Oblique"),
     ("LiberationSans-BoldItalic", "Helvetica-BoldOblique")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold"),
     ("DejaVuSans-Oblique", "Helvetica-Oblique"),
     ("DejaVuSans-BoldOblique", "Helvetica-BoldOblique")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold"),
     ("DejaVuSansCondensed-Oblique", "Helvetica-Oblique"),
     ("DejaVuSansCondensed-BoldOblique", "Helvetica-BoldOblique")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold"),
     ("LiberationSansNarrow-Italic", "Helvetica-Oblique"),
     ("LiberationSansNarrow-BoldItalic", "Helvetica-BoldOblique")),
)
MONO9: Final = (("", "Courier"), ("LiberationMono", "Courier"), ("DejaVuSansMono", "Courier"),
                ("", "Courier"))


def _width(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


# --- layout-neutral content ----------------------------------------------------------------------


@dataclass(slots=True)
class F:
    """One field: a label key with its printed value, or a choice among printed options."""

    key: str
    value: str = ""
    kind: str = "text"  # text | date | choice
    options: tuple[str, ...] = ()
    chosen: int | None = None
    label: str = ""  # a label of its own (numbered persons)
    short: bool = False


@dataclass(slots=True)
class Prose:
    """A sentence: printed words ("p") around values ("v")."""

    toks: list[tuple[str, str]]


Item = F | Prose


@dataclass(slots=True)
class Sec:
    key: str
    items: list[Item]
    title: str = ""


@dataclass(slots=True)
class Doc:
    title: str
    city: str
    unit: str
    sections: list[Sec]
    certificate: bool
    signed: date
    issue: date | None = None  # certificates: the day printed in the closing
    registrar: bool = False


def _w(s: Style) -> Extra9Wording:
    assert isinstance(s.words, Extra9Wording)
    return s.words


def _is_typed(s: Style) -> bool:
    return s.layout == "typed"


def _sentence_date(s: Style, d: date) -> str:
    return s.date_in_sentence(d) if isinstance(s, Extra9Style) else s.date(d)


def _date_f(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d), "date", short=True)


def _sex_f(s: Style, code: str) -> F:
    if s.sex_mode == "choice":
        options = SEX_BOXES9["typed" if _is_typed(s) else "ornate"]
        return F("sex", kind="choice", options=options, chosen=SEX_ORDER9.index(code))
    mode = "word" if s.sex_mode == "genitive" else s.sex_mode
    return F("sex", sex_word(code, mode), short=True)


def _nat_f(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode), short=True)


def _address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line), F("city_line", a.city_line)]
    fields = [F("street", a.street), F("house_number", a.number, short=True),
              F("postal_code", a.postal_code, short=True), F("city", a.city)]
    if rng.random() < 0.25:
        fields = [fields[2], fields[3], fields[0], fields[1]]
    return fields


def _person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
            place: bool = True) -> list[F]:
    fields = [F("family_name", p.family), F("given_names", p.given)]
    if rng.random() < 0.3:
        fields.reverse()
    if p.birth_name:
        fields.insert(fields.index(next(f for f in fields if f.key == "family_name")) + 1,
                      F("birth_name", p.birth_name))
    dob = _date_f(s, "date_of_birth", p.dob)
    fields.append(dob)
    if place:
        pob = F("place_of_birth", p.pob)
        fields.insert(len(fields) - 1, pob) if rng.random() < 0.25 else fields.append(pob)
    if sex:
        fields.append(_sex_f(s, p.sex))
    if nat:
        fields.append(_nat_f(s, p.nationality))
    return fields


def _choice(s: Style, key: str, table: dict[str, tuple[str, str, str]], order: tuple[str, ...],
            chosen: str | None) -> F:
    """A choice as boxes (typed: short options, ornate: its words) or as the chosen words."""
    typed = _is_typed(s)
    if s.purpose_mode == "choice" or chosen is None:
        options = tuple(table[k][0 if typed else 2] for k in order)
        return F(key, kind="choice", options=options,
                 chosen=order.index(chosen) if chosen else None)
    return F(key, table[chosen][1 if typed else 2])


UNITS9: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Einwohnermeldeamt", "Meldebehörde", "Amt für Bürgerdienste"),
    "wohnungsgeberbestaetigung": ("Einwohnermeldeamt", "Meldebehörde"),
    "antrag_zulassung": ("Straßenverkehrsamt – Zulassungsstelle", "Kraftfahrzeug-Zulassungsstelle"),
    "aufenthaltstitel_antrag": ("Ausländeramt", "Ausländerbehörde"),
    "identity_document": ("Einwohnermeldeamt", "Bürgeramt", "Ausländeramt"),
}


def build_application(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections of an application (Anmeldung, Wohnungsgeber, Zulassung, Aufenthalt)."""
    w = _w(s)
    typed = _is_typed(s)
    title = w.title(doc_type)
    unit = rng.choice(UNITS9[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if rng.random() < 0.5:
                person.append(F("marital", MARITAL9.get(record.marital, (record.marital,) * 2)
                                [0 if typed and rng.random() < 0.6 else 1], short=True))
            if record.phone and rng.random() < 0.5:
                person.append(F("phone", record.phone))
            flat: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                *_address(s, a, "address_line", rng)]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_choice(s, "dwelling", DWELLING9, DWELLING_ORDER9, record.dwelling))
            secs = [Sec("person", list(person)), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous)]))
            if rng.random() < 0.3:
                secs = [secs[1], secs[0], *secs[2:]]
            return Doc(title, a.city, unit, secs, False, record.signed)
        case Wohnungsgeber():
            a = record.address
            typed_role = rng.random() < 0.6
            role_i = 0 if record.landlord_is_owner else 1
            if typed and typed_role:
                role = F("landlord_role", kind="choice",
                         options=tuple(r[0] for r in LANDLORD_ROLES9), chosen=role_i)
            else:
                role = F("landlord_role", LANDLORD_ROLES9[role_i][0 if typed else 1])
            landlord: list[Item] = [F("landlord_name", record.landlord_name),
                                    F("landlord_address", record.landlord_address.line)]
            if rng.random() < 0.7:
                landlord.append(role)
            flat2: list[Item] = [_date_f(s, "move_in_date", record.move_in),
                                 *_address(s, a, "flat_line", rng)]
            tenants: list[Item] = [F("tenant", t, label=f"{k}. {w('tenant')}")
                                   for k, t in enumerate(record.tenants, 1)]
            secs = [Sec("landlord", landlord), Sec("flat", flat2), Sec("tenants", tenants)]
            if rng.random() < 0.3:
                secs = [secs[1], secs[2], secs[0]]
            return Doc(title, a.city, unit, secs, False, record.signed)
        case Zulassung():
            h, a = record.holder, record.address
            holder: list[Item] = [*_person(s, h, rng, sex=False, nat=False, place=False),
                                  *_address(s, a, "address_line", rng)]
            vehicle: list[Item] = [F("make", record.make, short=True),
                                   F("model", record.model, short=True),
                                   F("vin", record.vin), F("evb_number", record.evb, short=True)]
            if rng.random() < 0.4:
                vehicle = vehicle[2:] + vehicle[:2]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(F("desired_plate", plate, short=True))
            iban = group_iban(record.iban) if rng.random() < 0.55 else record.iban
            sepa: list[Item] = [F("account_holder", record.account_holder), F("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic, short=True))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            return Doc(title, a.city, unit, [Sec("holder", holder), Sec("vehicle", vehicle),
                                             Sec("sepa", sepa)], False, record.signed)
        case Aufenthalt():
            p, a = record.person, record.address
            person2: list[Item] = list(_person(s, p, rng, sex=rng.random() < 0.7))
            stay: list[Item] = [F("passport_number", record.passport_number, short=True),
                                _date_f(s, "passport_expiry_date", record.passport_expiry),
                                _date_f(s, "entry_date", record.entry),
                                _choice(s, "purpose", PURPOSE9, PURPOSE_ORDER9, record.purpose)]
            secs = [Sec("person", person2), Sec("passport", stay),
                    Sec("residence", list(_address(s, a, "address_line", rng)))]
            if rng.random() < 0.35:
                secs = [secs[0], secs[2], secs[1]]
            return Doc(title, a.city, unit, secs, False, record.signed)
    raise TypeError(type(record))


def _register(s: Style, office: str, register: str) -> Sec:
    return Sec("register", [F("registry_office", f"Standesamt {office}"),
                            F("register_number", register, short=True)])


def build_certificate(record: Geburt | Ehe | Sterbe, s: Style, rng: random.Random,
                      doc_type: str) -> Doc:
    """A certificate: person sections, a prose sentence with the event, the register."""
    w = _w(s)
    title = w.title(doc_type)
    unit = "Standesamt"
    genitive = s.sex_mode == "genitive"
    match record:
        case Geburt():
            c = record.child
            child: list[Item] = [F("family_name", c.family), F("given_names", c.given)]
            if rng.random() < 0.3:
                child.reverse()
            born, born_end = w.prose_pair("born", "born_end")
            toks = [("p", born), ("v", _sentence_date(s, c.dob))]
            if rng.random() < 0.5:
                toks += [("p", "um"), ("v", record.birth_time), ("p", "Uhr")]
            toks += [("p", w.prose("born_in")), ("v", c.pob), ("p", born_end)]
            child.append(Prose(toks))
            if genitive:
                child.append(Prose([("p", w.prose("child_is") if not _is_typed(s) else ""),
                                    ("v", sex_word(c.sex, "genitive")), ("p", ".")]))
            else:
                child.insert(2 if rng.random() < 0.5 else len(child), _sex_f(s, c.sex))
            parents: list[Item] = [F("mother_name", record.mother)]
            if record.father:
                parents.append(F("father_name", record.father))
            secs = [Sec("child", child), Sec("parents", parents),
                    _register(s, record.office, record.register)]
            if rng.random() < 0.3:
                secs.insert(0, secs.pop())
            return Doc(title, record.office, unit, secs, True, record.issue, record.issue, True)
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                items: list[Item] = [F("family_name", sp.family), F("given_names", sp.given),
                                     _date_f(s, "date_of_birth", sp.dob)]
                if rng.random() < 0.5:
                    items.append(F("place_of_birth", sp.pob))
                spouses.append(Sec(f"spouse{k}", items))
            if rng.random() < 0.65:
                married_on, married_end = w.prose_pair("married_on", "married_end")
                marriage = Sec("marriage", [Prose([
                    ("p", married_on), ("v", _sentence_date(s, record.marriage_date)),
                    ("p", w.prose("married_before")), ("v", record.marriage_place),
                    ("p", married_end)])])
            else:
                marriage = Sec("marriage", [_date_f(s, "marriage_date", record.marriage_date),
                                            F("marriage_place", record.marriage_place)])
            register = _register(s, record.office, record.register)
            secs = ([*spouses, marriage, register] if rng.random() < 0.7
                    else [register, *spouses, marriage])
            return Doc(title, record.office, unit, secs, True, record.issue, record.issue, True)
        case Sterbe():
            p = record.person
            deceased: list[Item] = list(_person(s, p, rng, sex=False, nat=False))
            if rng.random() < 0.45:
                deceased.append(F("last_residence", record.last_residence))
            if rng.random() < 0.7:
                died_in = w.prose("died_in") if not _is_typed(s) else w.prose("born_in")
                died_on, died_end = w.prose_pair("died_on", "died_end")
                death = Sec("death", [Prose([
                    ("p", died_on), ("v", _sentence_date(s, record.date_of_death)),
                    ("p", died_in), ("v", record.place_of_death), ("p", died_end)])])
            else:
                death = Sec("death", [_date_f(s, "date_of_death", record.date_of_death),
                                      F("place_of_death", record.place_of_death)])
            secs = [Sec("deceased", deceased), death,
                    _register(s, record.office, record.register)]
            if rng.random() < 0.25:
                secs.insert(0, secs.pop())
            return Doc(title, record.office, unit, secs, True, record.issue, record.issue, True)
    raise TypeError(type(record))


def identity_fields(r: Identity, s: Style) -> list[F]:
    """What the clerk copied from the document (values as the zone has them)."""
    t = truth_fields(r)
    typed = _is_typed(s)
    kind = ID_KINDS9["P" if r.document_code.startswith("P") else "I"][0 if typed else 1]
    sex = str(t["sex"])
    return [F("doc_kind", f"{kind} ({r.mrz_format})"),
            F("doc_number", str(t["document_number"]), short=True),
            F("issuing_state", str(t["issuing_state"]), short=True),
            F("family_name", str(t["family_name"])),
            F("given_names", str(t["given_names"])),
            _date_f(s, "date_of_birth", r.person.dob),
            F("nationality", str(t["nationality"]), short=True),
            F("sex", sex_word(sex, "caps" if typed else "word"), short=True),
            _date_f(s, "expiry_date", r.expiry)]


def forbidden_strings(record: Record) -> set[str]:
    """Every printing of every truth value (a struck-out word must be none of them)."""
    out: set[str] = set()
    for name, value in truth_fields(record).items():
        for v in value if isinstance(value, list) else [value]:
            out.add(v)
            if len(v) == 10 and v[4] == "-" and v[7] == "-":
                out |= printed_dates(date.fromisoformat(v))
            elif name == "sex":
                out |= sex_printings(v)
            elif name == "nationality" and len(v) == 3:
                out |= nationality_printings(v)
            out.update(v.split())
    return out


# --- pagination ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Blk:
    height: float
    draw: Callable[[float], None]  # draws the block with its top at y
    brk: bool = True  # a page may break before this block


def _paginate(blocks: list[Blk], room1: float, room2: float, pages: int
              ) -> list[list[Blk]] | None:
    """The blocks on ``pages`` pages, or ``None`` when they do not fit."""
    total = sum(b.height for b in blocks)
    if pages == 1:
        return [blocks] if total <= room1 else None
    best: int | None = None  # the latest break that fits: page 1 full, the rest on page 2
    acc = 0.0
    for i, b in enumerate(blocks):
        if i and b.brk and acc <= room1 and total - acc <= room2:
            best = i
        acc += b.height
    if best is None:
        return None
    return [blocks[:best], blocks[best:]]


def _fitted(build: Callable[[float], list[Blk]], room1: float, room2: float, pages: int
            ) -> list[list[Blk]]:
    """Shrink the spacing until the blocks fit the planned pages."""
    k = 1.0
    for _ in range(12):
        laid = _paginate(build(k), room1, room2, pages)
        if laid is not None:
            return laid
        k *= 0.93
    blocks = build(k)
    if pages == 1:
        return [blocks]
    half = max(1, len(blocks) // 2)
    return [blocks[:half], blocks[half:]]


# --- shared drawing helpers ----------------------------------------------------------------------


def _rule(c: Canvas, x0: float, x1: float, y: float, style: str, gray: float,
          width: float = 0.5) -> None:
    c.saveState()
    c.setStrokeGray(gray)
    c.setLineWidth(width)
    if style == "dotted":
        c.setLineWidth(width * 1.3)
        c.setLineCap(1)
        c.setDash([0.1, 2.4], 0)
    elif style == "dashed":
        c.setDash([2.6, 1.6], 0)
    c.line(x0, y, x1, y)
    c.restoreState()


def _staple(c: Canvas, x: float, y: float, angle: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeGray(0.35)
    c.setLineWidth(1.6)
    c.line(-9, 0, 9, 0)
    c.setLineWidth(0.6)
    c.setStrokeGray(0.6)
    c.line(-9, -1.6, -9, 1.2)
    c.line(9, -1.6, 9, 1.2)
    c.restoreState()


def _closing_day(record: Record, base: date, rng: random.Random) -> date:
    """A furniture day (signature, presentation, certification): none of the truth's dates."""
    return other_day(record, min(base, REFERENCE_DATE), rng, 0)


# --- typed ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ty:
    pen: Pen
    rng: random.Random
    form: Set4
    mono: str
    ls: float  # label size
    ts: float  # type size
    pitch: float  # the typewriter's line feed
    space: float  # typing room above a line
    mode: str  # under | over | before
    rule: str  # dotted | solid | dashed
    rule_gray: float
    label_gray: float
    dx: float  # the document's horizontal offset of the typing
    dy: float  # and its vertical offset against the lines
    ink: float
    light: float  # share of lighter characters
    left: float
    right: float
    cols: int
    numbered: bool
    narrow: bool
    sec_style: str
    sec_num: str
    corrections: int
    forbidden: set[str]
    counter: int = 0
    section_no: int = 0

    @property
    def c(self) -> Canvas:
        return self.pen.c

    @property
    def cw(self) -> float:
        return _width("M", self.mono, self.ts)


def _ty_type(ty: _Ty, x: float, y: float, text: str) -> float:
    """Typed text with uneven ink; returns the x after it."""
    t = ty.c.beginText(x, y)
    t.setFont(ty.mono, ty.ts)
    rng = ty.rng
    for ch in text:
        g = ty.ink
        if ch != " " and rng.random() < ty.light:
            g = min(0.62, g + rng.uniform(0.18, 0.38))
        t.setFillGray(g)
        t.setRise(rng.choice((0.0, 0.0, 0.0, 0.25, -0.25)))
        t.textOut(ch)
    ty.c.drawText(t)
    return x + ty.cw * len(text)


def _ty_struck(ty: _Ty, x: float, y: float, wrong: str, mark: str) -> float:
    """A wrong word overtyped character by character with ``mark``; returns the x after it."""
    cw = ty.cw
    t = ty.c.beginText(x, y)
    t.setFont(ty.mono, ty.ts)
    for i, ch in enumerate(wrong):
        t.setFillGray(ty.ink)
        t.setTextOrigin(x + i * cw, y)
        t.textOut(ch)
        t.setFillGray(min(0.5, ty.ink + ty.rng.uniform(0.0, 0.15)))
        t.setTextOrigin(x + i * cw + ty.rng.uniform(-0.3, 0.3), y + ty.rng.uniform(-0.3, 0.3))
        t.textOut(mark)
    ty.c.drawText(t)
    return x + cw * len(wrong)


def _wrong_version(value: str, rng: random.Random) -> str:
    """A typist's slip: a digit changed, or a letter dropped, doubled or swapped."""
    chars = list(value)
    digits = [i for i, ch in enumerate(chars) if ch.isdigit()]
    letters = [i for i, ch in enumerate(chars) if ch.isalpha()]
    if digits and (not letters or rng.random() < 0.7):
        i = rng.choice(digits)
        chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
        return "".join(chars)
    if len(letters) < 3:
        return value + value[-1]
    i = rng.choice(letters[1:])
    move = rng.randrange(3)
    if move == 0:
        del chars[i]
    elif move == 1:
        chars.insert(i, chars[i])
    elif i + 1 < len(chars) and chars[i + 1].isalpha() and chars[i + 1] != chars[i]:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        del chars[i]
    return "".join(chars)


def _ty_value(ty: _Ty, x: float, y: float, value: str, limit: float, back: float,
              drop: float = 0.0) -> None:
    """A typed value at (x, y), run on to the next line (``drop`` below the typewriter's line
    feed) at ``back`` past ``limit``; sometimes with a correction."""
    rng = ty.rng
    cw = ty.cw
    if ty.corrections > 0 and len(value) <= 26 and rng.random() < 0.16:
        first = value.split()[0] if " " in value else value
        wrong = _wrong_version(first, rng)
        kind = rng.choice(("x", "slash", "fluid", "x"))
        bad = wrong == first or wrong.lower() in ty.forbidden
        if not bad and kind != "fluid" and x + cw * (len(wrong) + 1 + len(value)) <= limit:
            ty.corrections -= 1
            end = _ty_struck(ty, x, y, wrong, "x" if kind == "x" else "/")
            _ty_type(ty, end + cw, y, value)
            return
        if kind == "fluid" and x + cw * len(value) <= limit:
            ty.corrections -= 1
            c = ty.c
            w = cw * max(len(value), len(wrong)) + rng.uniform(3, 7)
            c.saveState()
            c.setFillGray(rng.uniform(0.975, 1.0))
            c.setStrokeGray(rng.uniform(0.86, 0.94))
            c.setLineWidth(0.25)
            px, py = x - rng.uniform(1.5, 3.5), y - ty.ts * 0.32
            path = c.beginPath()
            path.moveTo(px, py)
            steps = 6
            for k in range(1, steps + 1):
                path.lineTo(px + w * k / steps, py + rng.uniform(-0.8, 0.8))
            path.lineTo(px + w + rng.uniform(-1, 1), py + ty.ts * 1.15)
            for k in range(steps - 1, -1, -1):
                path.lineTo(px + w * k / steps, py + ty.ts * 1.15 + rng.uniform(-0.8, 0.8))
            path.close()
            c.drawPath(path, stroke=1, fill=1)
            c.restoreState()
            _ty_type(ty, x + rng.uniform(-0.8, 1.2), y + rng.uniform(-0.6, 0.6), value)
            return
    if x + cw * len(value) <= limit or " " not in value:
        _ty_type(ty, x, y, value)
        return
    words = value.split(" ")
    first_part = words[0]
    rest = words[1:]
    while rest and x + cw * (len(first_part) + 1 + len(rest[0])) <= limit:
        first_part += " " + rest.pop(0)
    _ty_type(ty, x, y, first_part)
    if rest:
        _ty_type(ty, back + rng.uniform(-2, 3), y - ty.pitch - drop + rng.uniform(-0.6, 0.6),
                 " ".join(rest))


def _ty_label_text(ty: _Ty, f: F, w: Extra9Wording) -> str:
    label = f.label or w(f.key)
    if ty.numbered:
        ty.counter += 1
        return f"{ty.counter} {label}"
    return label


def _ty_label(ty: _Ty, x: float, y: float, text: str) -> float:
    c = ty.c
    c.saveState()
    c.setFillGray(ty.label_gray)
    c.setFont(ty.form.regular, ty.ls)
    c.drawString(x, y, text)
    c.restoreState()
    return x + _width(text, ty.form.regular, ty.ls)


def _value_lines(ty: _Ty, value: str, room: float) -> int:
    if len(value) * ty.cw <= room or " " not in value:
        return 1
    return 2


def _box(ty: _Ty, x: float, y: float, side: float) -> None:
    c = ty.c
    c.saveState()
    c.setStrokeGray(ty.rule_gray)
    c.setLineWidth(0.6)
    c.rect(x, y, side, side, stroke=1, fill=0)
    c.restoreState()


def _ty_choice_width(ty: _Ty, f: F) -> float:
    side = ty.ls * 1.25
    return sum(side + 4 + _width(o, ty.form.regular, ty.ls * 1.1) + 10 for o in f.options)


def _ty_choice_places(ty: _Ty, f: F, x: float, x1: float) -> list[tuple[int, float]]:
    """(row, x) of each option's box, wrapping before ``x1``."""
    side = ty.ls * 1.25
    size = ty.ls * 1.1
    cx, row = x, 0
    out = []
    for option in f.options:
        ow = side + 4 + _width(option, ty.form.regular, size) + 10
        if cx + ow > x1 and cx > x:
            row += 1
            cx = x
        out.append((row, cx))
        cx += ow
    return out


def _ty_choice(ty: _Ty, f: F, x: float, x1: float, base: float) -> float:
    """Boxes with their options from ``x`` on baseline ``base``; a typed X in the chosen one.
    Returns the number of rows used."""
    side = ty.ls * 1.25
    size = ty.ls * 1.1
    c = ty.c
    marks: list[tuple[float, float]] = []
    places = _ty_choice_places(ty, f, x, x1)
    for i, (option, (row, cx)) in enumerate(zip(f.options, places, strict=True)):
        by = base - row * (side + 5)
        _box(ty, cx, by - 0.5, side)
        c.saveState()
        c.setFillGray(ty.label_gray)
        c.setFont(ty.form.regular, size)
        c.drawString(cx + side + 4, by + 0.5, option)
        c.restoreState()
        if i == f.chosen:
            marks.append((cx + side / 2, by))
    for mx, my in marks:
        jx = ty.dx * 0.12 + ty.rng.uniform(-1.4, 1.4)
        jy = ty.dy * 0.15 + ty.rng.uniform(-1.0, 1.0)
        _ty_type(ty, mx - ty.cw / 2 + jx, my + 0.8 + jy, "X")
    return places[-1][0] + 1 if places else 1


def _ty_row(ty: _Ty, cells: list[tuple[F, float, float]], w: Extra9Wording) -> Blk:
    """One row of fields side by side, each with its line, label and typed value."""
    k_lines = 1
    labels = [_ty_label_text(ty, f, w) for f, _, _ in cells]
    choice_rows = 1
    for (f, x0, x1), label in zip(cells, labels, strict=True):
        if f.kind == "choice":
            start = x0 + (_width(label, ty.form.regular, ty.ls) + 8 if ty.mode == "before" else 0)
            probe = _ty_choice_places(ty, f, start + 2, x1)[-1][0] + 1
            choice_rows = max(choice_rows, probe)
        else:
            start = x0 + (_width(label, ty.form.regular, ty.ls) + 6 if ty.mode == "before" else 0)
            k_lines = max(k_lines, _value_lines(ty, f.value, x1 - start - 6 - max(ty.dx, 0)))
    extra = (k_lines - 1) * (ty.pitch + (ty.ls + 6 if ty.mode == "under" else 0))
    extra += (choice_rows - 1) * (ty.ls * 1.25 + 5)
    if ty.mode == "under":
        height = ty.space + ty.ls + 6 + extra
    elif ty.mode == "over":
        height = ty.ls + 2 + ty.space + 3 + extra
    else:
        height = ty.space + 5 + extra
    line_jy = ty.rng.gauss(0, 0.9)
    line_jx = ty.rng.gauss(0, 1.6)

    def draw(top: float) -> None:
        line_y = top - ty.ls - 2 - ty.space if ty.mode == "over" else top - ty.space
        for (f, x0, x1), label in zip(cells, labels, strict=True):
            lx0 = x0
            if ty.mode == "under" and f.kind == "choice":  # under the last row of boxes
                rows = _ty_choice_places(ty, f, x0 + 2, x1)[-1][0]
                _ty_label(ty, x0, line_y - rows * (ty.ls * 1.25 + 5) - ty.ls - 1.3, label)
            elif ty.mode == "under":
                _ty_label(ty, x0, line_y - ty.ls - 1.3, label)
            elif ty.mode == "over":
                _ty_label(ty, x0, top - ty.ls, label)
            else:
                lx0 = _ty_label(ty, x0, line_y + 1.6, label) + (8 if f.kind == "choice" else 5)
            if f.kind == "choice":
                _ty_choice(ty, f, lx0 + 2, x1, line_y + 1.2)
                continue
            _rule(ty.c, lx0, x1 - 7, line_y, ty.rule, ty.rule_gray)
            off = 2.3 + ty.dy + line_jy
            low = -1.2 if ty.mode == "under" else -3.2
            off = max(low, min(off, ty.space - ty.ts * 0.75 + 1))
            # only the first cell of a row may start left of its line (nothing is there)
            low_dx = -7.0 if x0 <= ty.left + 1 and ty.mode != "before" else -2.5
            vx = lx0 + 3 + max(ty.dx + line_jx, low_dx)
            # under the label when the label is under the line
            drop = ty.ls + 2.5 + max(off, 0) if ty.mode == "under" else 0.0
            _ty_value(ty, vx, line_y + off, f.value, x1 - 3, max(x0, lx0 - 4) + 3, drop)

    return Blk(height, draw, brk=False)


def _ty_need(ty: _Ty, f: F, w: Extra9Wording) -> float:
    label = _width(f.label or w(f.key), ty.form.regular, ty.ls) + (10 if ty.numbered else 0)
    if f.kind == "choice":
        inner = _ty_choice_width(ty, f)
        return (label + inner + 14) if ty.mode == "before" else max(label, inner) + 12
    value = ty.cw * len(f.value) + 24 + max(ty.dx, 0)
    if _capped(ty, f):  # the form's line is shorter than the value: it runs on
        value = max(value * 0.62, ty.cw * max(len(w_) for w_ in f.value.split()) + 30)
    return label + value if ty.mode == "before" else max(label + 8, value)


def _capped(ty: _Ty, f: F) -> bool:
    """A long value whose printed line is too short for it (narrow forms only)."""
    return ty.narrow and f.kind != "choice" and len(f.value) > 22 and " " in f.value


def _ty_rows(ty: _Ty, fields: list[F], w: Extra9Wording) -> list[Blk]:
    """Fields packed into rows of up to ``cols`` cells, widths stretched to the line."""
    avail = ty.right - ty.left
    rows: list[list[tuple[F, float]]] = [[]]
    for f in fields:
        need = min(_ty_need(ty, f, w), avail)
        row = rows[-1]
        if row and (len(row) >= ty.cols or sum(n for _, n in row) + need > avail
                    or (not f.short and f.kind != "choice" and ty.rng.random() < 0.35)):
            rows.append([])
            row = rows[-1]
        row.append((f, need))
    blocks = []
    for row in rows:
        if not row:
            continue
        # the spare width goes to the cells whose line is not deliberately short
        free = sum(n for f, n in row if not _capped(ty, f))
        spare = avail - sum(n for _, n in row)
        x = ty.left
        cells = []
        for f, need in row:
            wdt = need + (spare * need / free if free and not _capped(ty, f) else 0.0)
            cells.append((f, x, x + wdt))
            x += wdt
        blocks.append(_ty_row(ty, cells, w))
    return blocks


ROMAN_UP: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _ty_heading(ty: _Ty, title: str) -> Blk:
    ty.section_no += 1
    n = ty.section_no
    number = {"roman": f"{ROMAN_UP[n - 1]}.", "digit": f"{n}.",
              "letter": f"{'ABCDEFGH'[n - 1]}"}[ty.sec_num]
    size = ty.ls * 1.45
    text = f"{number} {title}"
    height = size + 10

    def draw(top: float) -> None:
        c = ty.c
        base = top - size - 3
        c.saveState()
        if ty.sec_style == "band":
            c.setFillGray(0.87)
            c.rect(ty.left - 2, base - 3, ty.right - ty.left + 4, size + 6, stroke=0, fill=1)
        elif ty.sec_style == "rule":
            c.setStrokeGray(0.25)
            c.setLineWidth(0.8)
            c.line(ty.left, base + size + 2.5, ty.right, base + size + 2.5)
        c.setFillGray(0.1)
        c.setFont(ty.form.bold, size)
        c.drawString(ty.left, base, text)
        if ty.sec_style == "underline":
            c.setLineWidth(0.5)
            c.line(ty.left, base - 1.6, ty.left + _width(text, ty.form.bold, size), base - 1.6)
        c.restoreState()

    return Blk(height, draw)


def _ty_prose(ty: _Ty, p: Prose) -> Blk:
    """A printed sentence with gaps: each value typed on a short line in its gap."""
    size = ty.ls * 1.45
    face = ty.form.regular
    avail = ty.right - ty.left
    # lay the tokens out into lines
    lines: list[list[tuple[str, str, float]]] = [[]]
    x = 0.0
    for kind, text in p.toks:
        if not text:
            continue
        if kind == "p":
            wdt = _width(text, face, size)
        else:
            wdt = max(ty.cw * len(text) + 16 + max(ty.dx, 0), 46)
        if x + wdt > avail and lines[-1]:
            lines.append([])
            x = 0.0
        lines[-1].append((kind, text, wdt))
        x += wdt + size * 0.3
    line_h = ty.space + 5
    height = line_h * len(lines) + 4

    def draw(top: float) -> None:
        c = ty.c
        for n, line in enumerate(lines):
            base = top - ty.space - n * line_h
            cx = ty.left
            for kind, text, wdt in line:
                if kind == "p":
                    c.saveState()
                    c.setFillGray(ty.label_gray * 0.8)
                    c.setFont(face, size)
                    c.drawString(cx, base + 1.5, text)
                    c.restoreState()
                else:
                    _rule(c, cx, cx + wdt, base, ty.rule, ty.rule_gray)
                    off = max(-1.0, min(2.3 + ty.dy + ty.rng.gauss(0, 0.8), ty.space - 7))
                    _ty_value(ty, cx + 4 + max(ty.dx * 0.4, -2) + ty.rng.uniform(-1, 1),
                              base + off, text, cx + wdt - 2, cx)
                cx += wdt + size * 0.3

    return Blk(height, draw, brk=False)


def _ty_header(ty: _Ty, doc: Doc, form_no: str, edition: str, w: Extra9Wording,
               note: bool) -> Blk:
    size = ty.ls * 2.0
    issuer = f"Stadt {doc.city}"
    boxed = ty.rng.random() < 0.5 and not doc.certificate
    centred = doc.certificate or ty.rng.random() < 0.4
    height = 92.0 + (12 if note else 0) + (24 if boxed else 0)

    def draw(top: float) -> None:
        c = ty.c
        c.saveState()
        c.setFillGray(0.1)
        c.setFont(ty.form.bold, ty.ls * 1.5)
        c.drawString(ty.left, top - ty.ls * 1.5, issuer)
        c.setFont(ty.form.regular, ty.ls * 1.15)
        c.drawString(ty.left, top - ty.ls * 3.1, doc.unit)
        c.setFont(ty.form.regular, ty.ls)
        c.drawRightString(ty.right, top - ty.ls, f"{w.word('form_no')} {form_no}")
        c.drawRightString(ty.right, top - ty.ls * 2.3, f"{w.word('edition')} {edition}")
        if boxed:
            bw, bh = 150.0, 38.0
            c.setStrokeGray(0.45)
            c.setLineWidth(0.5)
            c.rect(ty.right - bw, top - 30 - bh, bw, bh, stroke=1, fill=0)
            c.setFont(ty.form.italic, ty.ls * 0.9)
            c.drawString(ty.right - bw + 3, top - 30 - ty.ls, w.word("office"))
        title_y = top - (86 if boxed else 62)
        c.setFont(ty.form.bold, size)
        if centred:
            c.drawCentredString((ty.left + ty.right) / 2, title_y, doc.title)
        else:
            c.drawString(ty.left, title_y, doc.title)
        if note:
            c.setFont(ty.form.italic, ty.ls)
            c.setFillGray(0.3)
            x = (ty.left + ty.right) / 2 if centred else ty.left
            text = w.word("typewriter")
            if centred:
                c.drawCentredString(x, title_y - 14, text)
            else:
                c.drawString(x, title_y - 14, text)
        c.restoreState()

    return Blk(height, draw)


def _ty_closing(ty: _Ty, doc: Doc, record: Record, w: Extra9Wording, doc_type: str) -> Blk:
    rng = ty.rng
    height = 66.0 if not doc.certificate else 96.0
    if doc.certificate:
        assert doc.issue is not None
        day = doc.issue
    else:
        day = _closing_day(record, doc.signed, rng)
    when = format_extra9_date(day, rng.choice(("numeric", "numeric", "unpadded")))
    if doc.certificate:
        when = format_extra9_date(day, "numeric" if ty.rng.random() < 0.6 else
                                  ("unpadded" if ty.rng.random() < 0.5 else "roman_tight"))
    place = f"{doc.city}, den {when}" if rng.random() < 0.5 else f"{doc.city}, {when}"
    if doc.certificate:
        caption = w.word("registrar")
    elif doc_type == "wohnungsgeberbestaetigung":
        caption = w.word("signature_landlord")
    elif doc_type == "anmeldung":
        caption = w.word("signature_reg")
    else:
        caption = w.word("signature")
    official = random_name(random.Random(rng.getrandbits(32)), _truth_words(record))

    def draw(top: float) -> None:
        c = ty.c
        line_y = top - 30
        mid = (ty.left + ty.right) / 2
        _rule(c, ty.left, mid - 20, line_y, "solid", ty.rule_gray)
        _ty_label(ty, ty.left, line_y - ty.ls - 1.5, w.word("place_date"))
        _ty_value(ty, ty.left + 3 + ty.dx * 0.5, line_y + 2.2 + ty.dy * 0.5, place,
                  mid + 10, ty.left)
        _rule(c, mid + 10, ty.right, line_y, "solid", ty.rule_gray)
        _ty_label(ty, mid + 10, line_y - ty.ls - 1.5, caption)
        _signature(ty.pen, mid + 30 + rng.uniform(0, 40), line_y + 4, rng)
        if doc.certificate:
            _seal(ty.pen, ty.left + 60, line_y - 44, 24, 0.55)
            c.saveState()
            c.setFont(ty.form.italic, ty.ls)
            c.setFillGray(0.35)
            c.drawCentredString(ty.left + 60, line_y - 76, w.word("seal"))
            c.restoreState()
            _ty_type(ty, mid + 14 + ty.dx * 0.3, line_y - 26, f"({official})")

    return Blk(height, draw)


def _ty_office_box(ty: _Ty, w: Extra9Wording) -> Blk:
    height = 50.0

    def draw(top: float) -> None:
        c = ty.c
        c.saveState()
        c.setStrokeGray(0.5)
        c.setLineWidth(0.5)
        c.setDash([3, 2], 0)
        c.rect(ty.left, top - 44, ty.right - ty.left, 40, stroke=1, fill=0)
        c.setFont(ty.form.italic, ty.ls * 0.95)
        c.setFillGray(0.35)
        c.drawString(ty.left + 4, top - 4 - ty.ls, w.word("office"))
        c.restoreState()

    return Blk(height, draw)


def _ty_footer(ty: _Ty, w: Extra9Wording, n: int, total: int, printer: str) -> None:
    c = ty.c
    c.saveState()
    c.setFont(ty.form.regular, ty.ls * 0.85)
    c.setFillGray(0.4)
    c.drawString(ty.left, 30, printer)
    if total > 1:
        c.drawRightString(ty.right, 30, f"– {n} –")
    c.restoreState()


def _make_ty(pen: Pen, rng: random.Random, record: Record, k: float) -> _Ty:
    form = _set4(rng.choice(SERIF9 if rng.random() < 0.5 else SANS9))
    mono = _reg(*rng.choice(MONO9))
    ts = rng.uniform(10.0, 11.6) * max(k, 0.85)
    ls = rng.uniform(6.2, 7.4) * max(k, 0.85)
    mode = rng.choice(("under", "over", "before", "under"))
    left = rng.uniform(46, 66)
    return _Ty(pen=pen, rng=rng, form=form, mono=mono, ls=ls, ts=ts,
               pitch=ts * rng.uniform(1.15, 1.3), space=ts * rng.uniform(1.4, 1.75) * k + 2,
               mode=mode, rule=rng.choice(("dotted", "solid", "dashed", "dotted")),
               rule_gray=rng.uniform(0.25, 0.5), label_gray=rng.uniform(0.1, 0.3),
               dx=rng.uniform(-6, 12), dy=rng.uniform(-3.2, 3.0), ink=rng.uniform(0.04, 0.2),
               light=rng.uniform(0.03, 0.14), left=left, right=PAGE_W - rng.uniform(44, 62),
               cols=rng.choice((2, 3, 3, 2)), numbered=rng.random() < 0.4,
               narrow=rng.random() < 0.5,
               sec_style=rng.choice(("band", "rule", "underline", "plain")),
               sec_num=rng.choice(("roman", "digit", "letter")),
               corrections=rng.choice((0, 1, 1, 2, 2, 3)),
               forbidden={f.lower() for f in forbidden_strings(record)})


def _ty_blocks(ty: _Ty, doc: Doc, record: Record, w: Extra9Wording, doc_type: str,
               form_no: str, edition: str, office: bool) -> list[Blk]:
    blocks = [_ty_header(ty, doc, form_no, edition, w, not doc.certificate)]
    for sec in doc.sections:
        blocks.append(_ty_heading(ty, sec.title or w.section(sec.key)))
        pending: list[F] = []
        for item in sec.items:
            if isinstance(item, Prose):
                blocks += _ty_rows(ty, pending, w)
                pending = []
                blocks.append(_ty_prose(ty, item))
            else:
                pending.append(item)
        blocks += _ty_rows(ty, pending, w)
        blocks.append(Blk(6 * max(0.6, ty.space / 18), lambda top: None, brk=False))
    if doc.certificate:
        blocks.append(Blk(10, _ty_true_copy(ty, w)))
    blocks.append(_ty_closing(ty, doc, record, w, doc_type))
    if office:
        blocks.append(_ty_office_box(ty, w))
    return blocks


def _ty_true_copy(ty: _Ty, w: Extra9Wording) -> Callable[[float], None]:
    text = w.prose("true_copy")

    def draw(top: float) -> None:
        c = ty.c
        c.saveState()
        c.setFont(ty.form.italic, ty.ls * 1.15)
        c.setFillGray(0.2)
        c.drawString(ty.left, top - ty.ls, text)
        c.restoreState()

    return draw


def _form_no(rng: random.Random) -> tuple[str, str]:
    no = rng.choice((f"{rng.randint(1, 60)}/{rng.randint(1, 9)}",
                     f"M {rng.randint(10, 99)} a", f"{rng.randint(100, 999)}-{rng.randint(1, 9)}"))
    edition = rng.choice((f"{rng.randint(1, 12)}.{rng.randint(78, 99)}",
                          f"{rng.randint(1976, 1999)}",
                          f"{rng.choice(ROMAN_UP[:4])}/{rng.randint(80, 99)}"))
    return no, edition


def draw_typed(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    w = _w(s)
    if isinstance(record, Identity):
        _typed_identity(pen, record, s, rng, pages)
        return
    if isinstance(record, (Geburt, Ehe, Sterbe)):
        doc = build_certificate(record, s, rng, doc_type)
    else:
        doc = build_application(record, s, rng, doc_type)
    form_no, edition = _form_no(rng)
    printer = w.word("printer")
    office = not doc.certificate and rng.random() < 0.45
    seed = rng.getrandbits(32)
    top = PAGE_H - rng.uniform(40, 56)
    bottom = 52.0
    holder: list[_Ty] = []

    def build(k: float) -> list[Blk]:
        sub = random.Random(seed)
        ty = _make_ty(pen, sub, record, k)
        holder[:] = [ty]
        # every attempt chooses the same words: the wording object caches its choices
        return _ty_blocks(ty, doc, record, w, doc_type, form_no, edition, office)

    # a certificate, or a form short enough for one page, has its printed back as page 2
    back = pages == 2 and (doc.certificate or _paginate(build(1.0), top - bottom, 0, 1)
                           is not None)
    laid = _fitted(build, top - bottom, top - bottom - 24, 1 if back else pages)
    ty = holder[0]
    total = len(laid) + int(back)
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        y = top
        if n > 1:
            _ty_continued(ty, w, y)
            y -= 24
        extra = _stretch(chunk, y - bottom, 14.0)
        for b in chunk:
            b.draw(y)
            y -= b.height + extra
        _ty_footer(ty, w, n, total, printer)
    if back:
        pen.new_page()
        _ty_back(ty, w, rng, top, doc.certificate, doc_type)
        _ty_footer(ty, w, total, total, printer)


def _stretch(chunk: list[Blk], room: float, cap: float) -> float:
    """The extra gap after each block that spreads a page's spare room (up to ``cap``)."""
    spare = room - sum(b.height for b in chunk)
    if spare <= 0 or len(chunk) < 2:
        return 0.0
    return min(cap, spare * 0.6 / (len(chunk) - 1))


def _ty_back(ty: _Ty, w: Extra9Wording, rng: random.Random, top: float,
             certificate: bool, doc_type: str) -> None:
    """The printed back of the blank: notes, and a box for marginal notes (certificates) or
    the office's notes (forms)."""
    c = ty.c
    head = rng.choice(TYPED_BACK_HEADS if certificate else APP_BACK_HEADS)
    pool = TYPED_BACK if certificate else APP_BACK[doc_type] + APP_BACK["all"]
    notes = rng.sample(pool, rng.randint(3, 5))
    size = ty.ls * 1.3
    y = top - 20
    c.saveState()
    c.setFillGray(0.15)
    c.setFont(ty.form.bold, size * 1.15)
    c.drawString(ty.left, y, head)
    y -= size * 2.2
    c.setFont(ty.form.regular, size)
    for k, note in enumerate(notes, 1):
        lines = _or_wrap(note, ty.form.regular, size, ty.right - ty.left - 16)
        for i, line in enumerate(lines):
            if i == 0:
                c.drawString(ty.left, y, f"{k}.")
            c.drawString(ty.left + 14, y, line)
            y -= size * 1.4
        y -= size * 0.6
    y -= 16
    c.setStrokeGray(0.4)
    c.setLineWidth(0.6)
    c.rect(ty.left, y - 150, ty.right - ty.left, 150, stroke=1, fill=0)
    c.setFont(ty.form.italic, ty.ls)
    c.drawString(ty.left + 4, y - ty.ls - 3, w.word("margin" if certificate else "office"))
    c.restoreState()
    if certificate:
        _ty_type(ty, ty.left + 30 + ty.dx, y - 40 + ty.dy, rng.choice(("– keine –", "keine")))


def _ty_continued(ty: _Ty, w: Extra9Wording, top: float) -> None:
    c = ty.c
    c.saveState()
    c.setFont(ty.form.italic, ty.ls * 1.1)
    c.setFillGray(0.3)
    c.drawString(ty.left, top - ty.ls, w.word("continued"))
    c.restoreState()


def _typed_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A typed cover form with the document's data, a copy of the document stapled below it
    (a card's back, or the passport page, on the second page when the plan wants two)."""
    w = _w(s)
    unit = rng.choice(UNITS9["identity_document"][:2] if r.person.nationality == "DEU"
                      else UNITS9["identity_document"][2:])
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    presented = _closing_day(r, REFERENCE_DATE - timedelta(days=rng.randint(0, 60)), rng)
    fields = identity_fields(r, s)
    if rng.random() < 0.4:
        fields = [*fields[:3], fields[4], fields[3], *fields[5:]]
    fields.append(F("presented", format_extra9_date(presented, rng.choice(("numeric",
                                                                           "unpadded"))),
                    short=True, label=w.word("presented")))
    doc = Doc(w.title("identity_document"), city, unit, [Sec("document", list(fields))], False,
              presented)
    form_no, edition = _form_no(rng)
    ty = _make_ty(pen, random.Random(rng.getrandbits(32)), r, 0.9)
    ty.corrections = 0 if rng.random() < 0.5 else 1
    ty.narrow = False
    blocks = [_ty_header(ty, doc, form_no, edition, w, False)]
    blocks.append(_ty_heading(ty, w.section("document")))
    blocks += _ty_rows(ty, [f for f in fields if isinstance(f, F)], w)
    y = PAGE_H - rng.uniform(40, 52)
    for b in blocks:
        b.draw(y)
        y -= b.height
    # a note that the copy is attached, then the copy itself
    c = pen.c
    c.saveState()
    c.setFont(ty.form.italic, ty.ls * 1.1)
    c.setFillGray(0.3)
    c.drawString(ty.left, y - 6, f"{w.word('enclosure')}: {w.word('copy_note')}")
    c.restoreState()
    y -= 22
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    if not card and pages == 2:
        _ty_footer(ty, w, 1, 2, w.word("printer"))
        pen.new_page()
        y = PAGE_H - rng.uniform(60, 90)
    room = y - 60
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(1.0, 1.25), room / h1, (ty.right - ty.left - 30) / w1)
    cw, ch = _card_size(r, part, scale)
    x = ty.left + rng.uniform(10, max(12.0, ty.right - ty.left - cw - 12))
    _copy_sheet(pen, x, y, cw, ch, rng)
    _draw_copy(pen, r, part, x, y, scale, style, random.Random(seed), True)
    _staple(c, x + rng.uniform(-4, 10), y + rng.uniform(2, 8), rng.choice((-38, 35, 12, -8)))
    if card and pages == 2:
        _ty_footer(ty, w, 1, 2, w.word("printer"))
        pen.new_page()
        y2 = PAGE_H - rng.uniform(60, 90)
        _copy_sheet(pen, x, y2, cw, ch, rng)
        _draw_copy(pen, r, "back", x, y2, scale, style, random.Random(seed), True)
        _staple(c, x + rng.uniform(-4, 10), y2 + rng.uniform(2, 8), rng.choice((-38, 35)))
        _ty_footer(ty, w, 2, 2, w.word("printer"))
        return
    _ty_footer(ty, w, pages, pages, w.word("printer"))


def _copy_sheet(pen: Pen, x: float, top: float, w: float, h: float, rng: random.Random) -> None:
    """The photocopy's paper, a little larger than the document and greyish."""
    c = pen.c
    c.saveState()
    c.setFillGray(rng.uniform(0.93, 0.97))
    c.setStrokeGray(0.6)
    c.setLineWidth(0.4)
    m = rng.uniform(8, 16)
    c.rect(x - m, top - h - m, w + 2 * m, h + 2 * m, stroke=1, fill=1)
    c.restoreState()


# --- ornate --------------------------------------------------------------------------------------

RGB = tuple[float, float, float]
TINTS9: Final[tuple[RGB, ...]] = ((0.80, 0.88, 0.82), (0.82, 0.86, 0.93), (0.92, 0.84, 0.86),
                                  (0.88, 0.87, 0.80), (0.85, 0.85, 0.85))
INKS9: Final[tuple[RGB, ...]] = ((0.15, 0.32, 0.22), (0.14, 0.22, 0.42), (0.42, 0.14, 0.18),
                                 (0.32, 0.28, 0.12), (0.2, 0.2, 0.2))


@dataclass(slots=True)
class _Or:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    label_mode: str  # smallcaps | italic
    head_mode: str  # spaced | script
    value_mode: str  # centred | twocol
    tint: RGB
    ink: RGB
    ls: float
    vs: float
    left: float
    right: float
    rule: str
    k: float = 1.0  # the spacing factor of this attempt

    @property
    def pad(self) -> float:
        """Padding factor: shrinks with ``k`` (never below a third)."""
        return max(0.35, 1 - (1 - self.k) * 2.5)
    marks: dict[str, str] = field(default_factory=dict)  # label key -> footnote marker
    notes: list[str] = field(default_factory=list)

    @property
    def c(self) -> Canvas:
        return self.pen.c

    @property
    def mid(self) -> float:
        return (self.left + self.right) / 2


def _sc_runs(text: str, size: float) -> list[tuple[str, float]]:
    """Small capitals: lower-case letters as smaller capitals."""
    runs: list[tuple[str, float]] = []
    for ch in text:
        small = ch.islower()
        sz = size * 0.78 if small else size
        up = ch.upper() if ch != "ß" else "SS"
        if runs and runs[-1][1] == sz:
            runs[-1] = (runs[-1][0] + up, sz)
        else:
            runs.append((up, sz))
    return runs


def _or_label_width(o: _Or, text: str, size: float) -> float:
    if o.label_mode == "smallcaps":
        return sum(_width(t, o.faces.regular, sz) for t, sz in _sc_runs(text, size))
    return _width(text, o.faces.italic, size)


def _or_label(o: _Or, x: float, y: float, text: str, size: float, align: str = "left",
              mark: str = "") -> None:
    wdt = _or_label_width(o, text, size)
    if align == "centre":
        x -= wdt / 2
    elif align == "right":
        x -= wdt + (_width(mark, o.faces.regular, size * 0.7) if mark else 0)
    c = o.c
    c.saveState()
    c.setFillColorRGB(*o.ink)
    if o.label_mode == "smallcaps":
        t = c.beginText(x, y)
        for run, sz in _sc_runs(text, size):
            t.setFont(o.faces.regular, sz)
            t.textOut(run)
        c.drawText(t)
    else:
        c.setFont(o.faces.italic, size)
        c.drawString(x, y, text)
    if mark:
        c.setFont(o.faces.regular, size * 0.7)
        c.drawString(x + wdt + 0.5, y + size * 0.45, mark)
    c.restoreState()


def _or_mark(o: _Or, key: str) -> str:
    return o.marks.get(key, "")


def _or_value(o: _Or, x: float, y: float, text: str, align: str = "left",
              size: float | None = None) -> None:
    c = o.c
    sz = size or o.vs
    c.saveState()
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont(o.value_face, sz)
    if align == "centre":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)
    c.restoreState()


def _or_wrap(text: str, face: str, size: float, width: float) -> list[str]:
    words = text.split(" ")
    lines = [words[0]]
    for word in words[1:]:
        if _width(lines[-1] + " " + word, face, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _or_field_twocol(o: _Or, f: F, w: Extra9Wording, split: float) -> Blk:
    """Label in the left column, value on a line in the right column."""
    label = f.label or w(f.key)
    label_lines = _or_wrap(label, o.faces.italic, o.ls, split - o.left - 14)
    x_val = split + 6
    if f.kind == "choice":
        height = max(len(label_lines) * (o.ls + 2),
                     _or_choice_height(o, f, o.right - x_val)) + 10 * o.pad
    else:
        vlines = _or_wrap(f.value, o.value_face, o.vs, o.right - x_val - 4)
        height = max(len(label_lines) * (o.ls + 2), len(vlines) * (o.vs + 3)) + 10 * o.pad
    def draw(top: float) -> None:
        base = top - o.vs - 2
        for i, line in enumerate(label_lines):
            mark = _or_mark(o, f.key) if i == len(label_lines) - 1 else ""
            if o.marks.get("_align") == "right":
                _or_label(o, split - 8, base - i * (o.ls + 2), line, o.ls, "right", mark)
            else:
                _or_label(o, o.left, base - i * (o.ls + 2), line, o.ls, "left", mark)
        if f.kind == "choice":
            _or_choice(o, f, x_val, base, o.right)
            return
        for i, line in enumerate(_or_wrap(f.value, o.value_face, o.vs, o.right - x_val - 4)):
            yy = base - i * (o.vs + 3)
            _rule(o.c, x_val - 2, o.right, yy - 2.5, o.rule, 0.55, 0.4)
            _or_value(o, x_val + 2, yy, line)

    return Blk(height, draw, brk=False)


def _or_field_centred(o: _Or, f: F, w: Extra9Wording) -> Blk:
    """The value centred on a line, its label centred under (or over) it."""
    label = f.label or w(f.key)
    over = o.marks.get("_over") == "1"
    if f.kind == "choice":
        wdt = _or_choice_width(o, f)
        start = o.mid - wdt / 2 if wdt <= o.right - o.left else o.left
        height = o.ls + 6 + _or_choice_height(o, f, o.right - start) + 8

        def draw_choice(top: float) -> None:
            _or_label(o, o.mid, top - o.ls, label, o.ls, "centre", _or_mark(o, f.key))
            _or_choice(o, f, start, top - o.ls - 6 - o.vs, o.right)

        return Blk(height, draw_choice, brk=False)
    size = o.vs * 1.12
    lines = _or_wrap(f.value, o.value_face, size, (o.right - o.left) * 0.8)
    height = len(lines) * (size + 3) + o.ls + 6 + 8 * o.pad

    def draw(top: float) -> None:
        y = top - (o.ls + 4 if over else 0) - size - 1
        if over:
            _or_label(o, o.mid, top - o.ls, label, o.ls, "centre", _or_mark(o, f.key))
        half = (o.right - o.left) * 0.36
        for i, line in enumerate(lines):
            _or_value(o, o.mid, y - i * (size + 3), line, "centre", size)
        line_y = y - (len(lines) - 1) * (size + 3) - 3.5
        _rule(o.c, o.mid - half, o.mid + half, line_y, o.rule, 0.5, 0.45)
        if not over:
            _or_label(o, o.mid, line_y - o.ls - 2, label, o.ls, "centre", _or_mark(o, f.key))

    return Blk(height, draw, brk=False)


def _or_choice_width(o: _Or, f: F) -> float:
    side = o.vs * 0.75
    return sum(side + 4 + _width(opt, o.faces.regular, o.vs * 0.9) + 14 for opt in f.options)


def _or_choice_height(o: _Or, f: F, width: float) -> float:
    side = o.vs * 0.75
    cx, rows = 0.0, 1
    for opt in f.options:
        wdt = side + 4 + _width(opt, o.faces.regular, o.vs * 0.9) + 14
        if cx + wdt > width and cx > 0:
            rows += 1
            cx = 0.0
        cx += wdt
    return rows * (o.vs + 5)


def _or_choice(o: _Or, f: F, x: float, base: float, x1: float) -> None:
    side = o.vs * 0.75
    size = o.vs * 0.9
    c = o.c
    cx, row = x, 0
    for i, opt in enumerate(f.options):
        wdt = side + 4 + _width(opt, o.faces.regular, size) + 14
        if cx + wdt > x1 and cx > x:
            row += 1
            cx = x
        by = base - row * (o.vs + 5)
        c.saveState()
        c.setStrokeColorRGB(*o.ink)
        c.setLineWidth(0.6)
        c.rect(cx, by - 1, side, side, stroke=1, fill=0)
        if i == f.chosen:
            c.setStrokeColorRGB(0.05, 0.05, 0.08)
            c.setLineWidth(1.0)
            c.line(cx + 1.2, by - 1 + 1.2, cx + side - 1.2, by - 1 + side - 1.2)
            c.line(cx + 1.2, by - 1 + side - 1.2, cx + side - 1.2, by - 1 + 1.2)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont(o.faces.regular, size)
        c.drawString(cx + side + 4, by, opt)
        c.restoreState()
        cx += wdt


def _or_prose(o: _Or, p: Prose, centred: bool) -> Blk:
    """A sentence with its values set in the value face (bold), wrapped without splitting a
    value."""
    size = o.vs
    face_p = o.faces.regular
    face_v = o.faces.bold if o.rng.random() < 0.7 else o.value_face
    pieces = [(k, t) for k, t in p.toks if t]
    width = (o.right - o.left) * (0.84 if centred else 1.0)
    lines: list[list[tuple[str, str, float]]] = [[]]
    x = 0.0
    for kind, text in pieces:
        glue = kind == "p" and text[0] in ".,;:"
        shown = text if glue or not lines[-1] else " " + text
        wdt = _width(shown, face_v if kind == "v" else face_p, size)
        if x + wdt > width and lines[-1] and not glue:
            lines.append([])
            x = 0.0
            shown = text
            wdt = _width(shown, face_v if kind == "v" else face_p, size)
        lines[-1].append((kind, shown, wdt))
        x += wdt
    height = len(lines) * (size * 1.55) + 8 * o.pad

    def draw(top: float) -> None:
        c = o.c
        for n, line in enumerate(lines):
            total = sum(wd for _, _, wd in line)
            x0 = o.mid - total / 2 if centred else o.left
            y = top - size - n * size * 1.55
            for kind, text, wdt in line:
                c.saveState()
                if kind == "v":
                    c.setFillColorRGB(0.05, 0.05, 0.08)
                    c.setFont(face_v, size)
                else:
                    c.setFillColorRGB(*o.ink)
                    c.setFont(face_p, size)
                c.drawString(x0, y, text)
                c.restoreState()
                x0 += wdt

    return Blk(height, draw, brk=False)


def _or_divider(o: _Or, title: str) -> Blk:
    """A section heading between two rules with small diamonds."""
    size = o.ls * 1.35
    height = size + 6 + 10 * o.pad

    def draw(top: float) -> None:
        c = o.c
        y = top - size - 5
        text = title.upper() if o.head_mode == "spaced" else title
        face = o.faces.bold if o.head_mode == "spaced" else o.faces.bold_italic
        space = size * 0.12 if o.head_mode == "spaced" else 0.0
        wdt = _width(text, face, size) + space * max(len(text) - 1, 0)
        c.saveState()
        c.setFillColorRGB(*o.ink)
        t = c.beginText(o.mid - wdt / 2, y)
        t.setFont(face, size)
        t.setCharSpace(space)
        t.textOut(text)
        c.drawText(t)
        c.setStrokeColorRGB(*o.ink)
        c.setLineWidth(0.5)
        gap = 10
        for sign in (-1, 1):
            x_in = o.mid + sign * (wdt / 2 + gap)
            x_out = o.mid + sign * min((o.right - o.left) / 2 - 10, wdt / 2 + gap + 90)
            c.line(x_in + sign * 6, y + size * 0.33, x_out, y + size * 0.33)
            _diamond(c, x_in, y + size * 0.33, 3.0, o.ink)
        c.restoreState()

    return Blk(height, draw)


def _diamond(c: Canvas, x: float, y: float, r: float, ink: RGB) -> None:
    c.saveState()
    c.setFillColorRGB(*ink)
    p = c.beginPath()
    p.moveTo(x, y + r)
    p.lineTo(x + r, y)
    p.lineTo(x, y - r)
    p.lineTo(x - r, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def _or_heading(o: _Or, title: str, sub: str) -> Blk:
    size = o.vs * (2.0 if o.head_mode == "spaced" else 2.35)
    height = size * 1.42 + 18 + (14 if sub else 0)

    def draw(top: float) -> None:
        c = o.c
        y = top - size
        c.saveState()
        c.setFillColorRGB(*o.ink)
        if o.head_mode == "spaced":
            text = title.upper()
            space = size * 0.22
            face = o.faces.bold
        else:
            text = title
            space = 0.0
            face = o.faces.bold_italic
        wdt = _width(text, face, size) + space * max(len(text) - 1, 0)
        scale = min(1.0, (o.right - o.left - 20) / wdt)
        t = c.beginText(o.mid - wdt * scale / 2, y)
        t.setFont(face, size * scale)
        t.setCharSpace(space * scale)
        t.textOut(text)
        c.drawText(t)
        c.setStrokeColorRGB(*o.ink)
        c.setLineWidth(0.6)
        drop = size * 0.42
        c.line(o.mid - 60, y - drop, o.mid + 60, y - drop)
        _diamond(c, o.mid, y - drop, 3.2, o.ink)
        if sub:
            c.setFont(o.faces.italic, o.ls * 1.3)
            c.drawCentredString(o.mid, y - 24, sub)
        c.restoreState()

    return Blk(height, draw)


def _guilloche_band(c: Canvas, x0: float, y0: float, x1: float, y1: float, band: float,
                    ink: RGB, rng: random.Random) -> None:
    """Interlaced waves running round the page inside a band of width ``band``."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(0.35)
    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
    c.rect(x0 + band, y0 + band, x1 - x0 - 2 * band, y1 - y0 - 2 * band, stroke=1, fill=0)
    period = rng.uniform(9, 16)
    waves = rng.randint(3, 5)
    c.setLineWidth(0.3)
    mid = band / 2
    amp = band / 2 - 1.5
    for k in range(waves):
        phase = 2 * math.pi * k / waves
        for side in range(4):
            p = c.beginPath()
            if side in (0, 1):  # bottom, top
                yb = y0 + mid if side == 0 else y1 - mid
                length = x1 - x0
                steps = int(length / 2.5)
                for i in range(steps + 1):
                    t = i / steps * length
                    yy = yb + amp * math.sin(2 * math.pi * t / period + phase)
                    if i:
                        p.lineTo(x0 + t, yy)
                    else:
                        p.moveTo(x0 + t, yy)
            else:  # left, right
                xb = x0 + mid if side == 2 else x1 - mid
                length = y1 - y0
                steps = int(length / 2.5)
                for i in range(steps + 1):
                    t = i / steps * length
                    xx = xb + amp * math.sin(2 * math.pi * t / period + phase)
                    if i:
                        p.lineTo(xx, y0 + t)
                    else:
                        p.moveTo(xx, y0 + t)
            c.drawPath(p, stroke=1, fill=0)
    for cx, cy in ((x0 + mid, y0 + mid), (x1 - mid, y0 + mid), (x0 + mid, y1 - mid),
                   (x1 - mid, y1 - mid)):
        c.setFillGray(1)
        c.circle(cx, cy, band * 0.62, stroke=1, fill=1)
        _rosette(c, cx, cy, band * 0.55, ink)
    c.restoreState()


def _rosette(c: Canvas, cx: float, cy: float, r: float, ink: RGB) -> None:
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(0.3)
    for k in range(8):
        a = 2 * math.pi * k / 8
        c.circle(cx + r * 0.45 * math.cos(a), cy + r * 0.45 * math.sin(a), r * 0.45, stroke=1,
                 fill=0)
    c.restoreState()


def _ornament_band(c: Canvas, x0: float, y0: float, x1: float, y1: float, band: float,
                   ink: RGB, rng: random.Random) -> None:
    """A row of repeated ornaments between two double rules."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setFillColorRGB(*ink)
    c.setLineWidth(1.1)
    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
    c.setLineWidth(0.35)
    c.rect(x0 + 2.2, y0 + 2.2, x1 - x0 - 4.4, y1 - y0 - 4.4, stroke=1, fill=0)
    c.rect(x0 + band, y0 + band, x1 - x0 - 2 * band, y1 - y0 - 2 * band, stroke=1, fill=0)
    kind = rng.choice(("diamond", "quatrefoil", "star", "dot"))
    step = band * rng.uniform(1.1, 1.5)
    r = band * 0.3
    mid = band / 2

    def motif(x: float, y: float) -> None:
        if kind == "diamond":
            _diamond(c, x, y, r, ink)
            c.circle(x, y, r * 0.3, stroke=0, fill=0)
        elif kind == "quatrefoil":
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                c.circle(x + dx * r * 0.5, y + dy * r * 0.5, r * 0.5, stroke=1, fill=0)
        elif kind == "star":
            p = c.beginPath()
            for i in range(10):
                a = math.pi / 2 + math.pi * i / 5
                rr = r if i % 2 == 0 else r * 0.42
                px, py = x + rr * math.cos(a), y + rr * math.sin(a)
                if i:
                    p.lineTo(px, py)
                else:
                    p.moveTo(px, py)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        else:
            c.circle(x, y, r * 0.45, stroke=0, fill=1)
            c.circle(x, y, r, stroke=1, fill=0)

    for yb in (y0 + mid, y1 - mid):
        n = int((x1 - x0 - band) / step)
        for i in range(n + 1):
            motif(x0 + band / 2 + i * (x1 - x0 - band) / max(n, 1), yb)
    for xb in (x0 + mid, x1 - mid):
        n = int((y1 - y0 - band) / step)
        for i in range(1, n):
            motif(xb, y0 + band / 2 + i * (y1 - y0 - band) / max(n, 1))
    c.restoreState()


def _background(c: Canvas, x0: float, y0: float, x1: float, y1: float, tint: RGB,
                kind: str, rng: random.Random) -> None:
    """A light security pattern (graphics only)."""
    c.saveState()
    p = c.beginPath()
    p.rect(x0, y0, x1 - x0, y1 - y0)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColorRGB(*tint)
    c.setLineWidth(0.3)
    if kind == "waves":
        gap = rng.uniform(7, 11)
        amp = rng.uniform(1.5, 3.5)
        period = rng.uniform(40, 80)
        y = y0
        while y < y1:
            path = c.beginPath()
            for i in range(0, int(x1 - x0) + 8, 8):
                yy = y + amp * math.sin(2 * math.pi * i / period + y / 17)
                if i:
                    path.lineTo(x0 + i, yy)
                else:
                    path.moveTo(x0 + i, yy)
            c.drawPath(path, stroke=1, fill=0)
            y += gap
    elif kind == "rosette":
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        lobes = rng.randint(9, 16)
        r = 14.0
        while r < max(x1 - x0, y1 - y0) * 0.62:
            path = c.beginPath()
            for i in range(0, 121):
                a = 2 * math.pi * i / 120
                rr = r + 4 * math.sin(lobes * a + r / 23)
                px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
                if i:
                    path.lineTo(px, py)
                else:
                    path.moveTo(px, py)
            c.drawPath(path, stroke=1, fill=0)
            r += rng.uniform(9, 13)
    else:  # lattice of crossing waves
        gap = rng.uniform(12, 18)
        for sign in (1, -1):
            start = x0 - (y1 - y0)
            x = start
            while x < x1:
                path = c.beginPath()
                for i in range(0, int(y1 - y0) + 10, 10):
                    xx = x + sign * i * 0.6 + 2 * math.sin(i / 9)
                    if i:
                        path.lineTo(xx if sign > 0 else xx + (y1 - y0) * 0.6, y0 + i)
                    else:
                        path.moveTo(xx if sign > 0 else xx + (y1 - y0) * 0.6, y0 + i)
                c.drawPath(path, stroke=1, fill=0)
                x += gap
    c.restoreState()


def _emblem(c: Canvas, cx: float, top: float, h: float, ink: RGB, kind: str,
            fill_tint: RGB) -> None:
    """A coat-of-arms-like emblem: a shield with a charge, sometimes crowned."""
    w = h * 0.82
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(max(0.6, h / 60))
    p = c.beginPath()
    p.moveTo(cx - w / 2, top)
    p.lineTo(cx + w / 2, top)
    p.lineTo(cx + w / 2, top - h * 0.55)
    p.curveTo(cx + w / 2, top - h * 0.85, cx + w * 0.15, top - h * 0.93, cx, top - h)
    p.curveTo(cx - w * 0.15, top - h * 0.93, cx - w / 2, top - h * 0.85, cx - w / 2,
              top - h * 0.55)
    p.close()
    c.setFillColorRGB(*fill_tint)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(*ink)
    mid_y = top - h * 0.45
    if kind == "eagle":
        c.ellipse(cx - w * 0.09, mid_y - h * 0.22, cx + w * 0.09, mid_y + h * 0.12, stroke=0,
                  fill=1)
        c.circle(cx, mid_y + h * 0.18, w * 0.065, stroke=0, fill=1)
        for sign in (-1, 1):
            for i in range(5):
                a0 = math.radians(100 - i * 22)
                p2 = c.beginPath()
                p2.moveTo(cx + sign * w * 0.07, mid_y + h * 0.05)
                p2.lineTo(cx + sign * w * 0.42 * math.cos(a0 - 0.25) * 1.0,
                          mid_y + h * 0.05 + h * 0.32 * math.sin(a0 - 0.25))
                p2.lineTo(cx + sign * w * 0.42 * math.cos(a0),
                          mid_y + h * 0.05 + h * 0.32 * math.sin(a0))
                p2.close()
                c.drawPath(p2, stroke=0, fill=1)
            c.line(cx + sign * w * 0.04, mid_y - h * 0.2, cx + sign * w * 0.14, mid_y - h * 0.34)
    elif kind == "tower":
        tw, th = w * 0.36, h * 0.42
        bx, by = cx - tw / 2, mid_y - th / 2 - h * 0.05
        c.rect(bx, by, tw, th, stroke=0, fill=1)
        for i in range(4):
            if i % 2 == 0:
                c.rect(bx + i * tw / 4 - (tw / 8 if i else 0) + (tw / 8 if i else 0), by + th,
                       tw / 4, h * 0.07, stroke=0, fill=1)
        c.setFillColorRGB(*fill_tint)
        c.rect(cx - tw * 0.13, by, tw * 0.26, th * 0.38, stroke=0, fill=1)
    elif kind == "cross":
        c.rect(cx - w * 0.07, top - h * 0.85, w * 0.14, h * 0.75, stroke=0, fill=1)
        c.rect(cx - w * 0.38, mid_y - h * 0.03, w * 0.76, h * 0.13, stroke=0, fill=1)
    else:  # wavy bars
        for i in range(3):
            yy = mid_y + h * 0.18 - i * h * 0.17
            p3 = c.beginPath()
            p3.moveTo(cx - w * 0.44, yy)
            for j in range(1, 17):
                p3.lineTo(cx - w * 0.44 + j * w * 0.88 / 16,
                          yy + h * 0.03 * math.sin(j * math.pi / 2))
            c.setLineWidth(h * 0.055)
            c.drawPath(p3, stroke=1, fill=0)
    c.restoreState()


def _crown(c: Canvas, cx: float, base: float, w: float, ink: RGB) -> None:
    c.saveState()
    c.setFillColorRGB(*ink)
    p = c.beginPath()
    p.moveTo(cx - w / 2, base)
    p.lineTo(cx + w / 2, base)
    for i in range(5, -1, -1):
        x = cx - w / 2 + i * w / 5
        p.lineTo(x, base + (w * 0.32 if i % 2 == 0 else w * 0.18))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


@dataclass(slots=True)
class _Frame:
    """The decorated page: border, background and the emblem's place."""

    border: str
    pattern: str
    emblem: str
    crown: bool
    band: float
    margin: float
    emblem_pos: str  # centre | left


def _or_page(o: _Or, fr: _Frame, rng: random.Random) -> None:
    c = o.c
    m = fr.margin
    x0, y0, x1, y1 = m, m, PAGE_W - m, PAGE_H - m
    _background(c, x0 + fr.band, y0 + fr.band, x1 - fr.band, y1 - fr.band, o.tint, fr.pattern,
                random.Random(rng.getrandbits(32)))
    if fr.border == "guilloche":
        _guilloche_band(c, x0, y0, x1, y1, fr.band, o.ink, random.Random(rng.getrandbits(32)))
    else:
        _ornament_band(c, x0, y0, x1, y1, fr.band, o.ink, random.Random(rng.getrandbits(32)))


def _or_emblem_block(o: _Or, fr: _Frame, issuer: str, unit: str) -> Blk:
    h = 58.0
    height = h + 34

    def draw(top: float) -> None:
        c = o.c
        light = tuple(min(1.0, t + 0.08) for t in o.tint)
        fill: RGB = (light[0], light[1], light[2])
        if fr.emblem_pos == "centre":
            if fr.crown:
                _crown(c, o.mid, top - 12, 30, o.ink)
            _emblem(c, o.mid, top - 14, h - 14, o.ink, fr.emblem, fill)
            c.saveState()
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.bold, o.ls * 1.6)
            c.drawCentredString(o.mid, top - h - 10, issuer)
            c.setFont(o.faces.italic, o.ls * 1.3)
            c.drawCentredString(o.mid, top - h - 22, unit)
            c.restoreState()
        else:
            if fr.crown:
                _crown(c, o.left + 22, top - 12, 26, o.ink)
            _emblem(c, o.left + 22, top - 14, h - 14, o.ink, fr.emblem, fill)
            c.saveState()
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.bold, o.ls * 1.7)
            c.drawString(o.left + 56, top - 26, issuer)
            c.setFont(o.faces.italic, o.ls * 1.35)
            c.drawString(o.left + 56, top - 40, unit)
            c.restoreState()

    return Blk(height, draw)


def _or_footnotes(o: _Or, notes: list[str]) -> Blk:
    size = o.ls * 0.95
    height = len(notes) * (size + 3) + 10

    def draw(top: float) -> None:
        c = o.c
        c.saveState()
        c.setStrokeColorRGB(*o.ink)
        c.setLineWidth(0.4)
        c.line(o.left, top - 2, o.left + 90, top - 2)
        c.setFillColorRGB(*o.ink)
        c.setFont(o.faces.italic, size)
        for i, note in enumerate(notes):
            c.drawString(o.left, top - 4 - (i + 1) * (size + 3), note)
        c.restoreState()

    return Blk(height, draw)


def _or_closing(o: _Or, doc: Doc, record: Record, w: Extra9Wording, s: Style) -> Blk:
    rng = o.rng
    if doc.certificate:
        assert doc.issue is not None
        when = _sentence_date(s, doc.issue)
    else:
        when = format_extra9_date(_closing_day(record, doc.signed, rng),
                                  rng.choice(("long", "numeric")))
    lead = w.word("place_date")
    place = f"{doc.city}, den {when}" if rng.random() < 0.7 else f"{doc.city}, am {when}"
    if lead != "Ort, den" and rng.random() < 0.5:
        place = f"{lead.capitalize()} {place}"
    official = random_name(random.Random(rng.getrandbits(32)), _truth_words(record))
    declare = w.word("declare") if not doc.certificate else ""
    caption = w.word("registrar") if doc.certificate else w.word("signature")
    seal_left = rng.random() < 0.6
    height = 110.0 + (16 if declare else 0)

    def draw(top: float) -> None:
        c = o.c
        y = top - o.vs
        c.saveState()
        if declare:
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.italic, o.vs * 0.95)
            c.drawString(o.left, y, declare)
            y -= 18
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont(o.value_face, o.vs)
        c.drawString(o.left, y, place)
        sx = o.right - 170
        if doc.certificate:
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.italic, o.ls * 1.2)
            c.drawCentredString(sx + 80, y - 16, caption)
            _signature(o.pen, sx + 40 + rng.uniform(0, 30), y - 44, rng)
            c.setStrokeColorRGB(*o.ink)
            c.setLineWidth(0.4)
            c.line(sx, y - 50, sx + 160, y - 50)
            c.setFont(o.faces.regular, o.ls * 1.1)
            c.drawCentredString(sx + 80, y - 50 - o.ls * 1.4, official)
            scx = o.left + 70 if seal_left else o.mid
            _seal(o.pen, scx, y - 56, 28, 0.5)
            c.setFont(o.faces.italic, o.ls)
            c.drawCentredString(scx, y - 96, w.word("seal"))
        else:
            _signature(o.pen, sx + 40 + rng.uniform(0, 30), y - 30, rng)
            c.setStrokeColorRGB(*o.ink)
            c.setLineWidth(0.4)
            c.line(sx, y - 36, sx + 160, y - 36)
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.italic, o.ls)
            c.drawCentredString(sx + 80, y - 36 - o.ls - 2, caption)
        c.restoreState()

    return Blk(height, draw)


def _make_or(pen: Pen, rng: random.Random, k: float) -> _Or:
    serif = rng.random() < 0.8
    faces = _set4(rng.choice(SERIF9 if serif else SANS9))
    value_face = rng.choice((faces.regular, faces.regular, faces.bold,
                             _set4(rng.choice(SERIF9)).regular))
    margin = rng.uniform(26, 40)
    band = rng.uniform(13, 20)
    left = margin + band + rng.uniform(22, 36)
    marks: dict[str, str] = {"_align": rng.choice(("left", "right")),
                             "_over": "1" if rng.random() < 0.3 else "0"}
    return _Or(pen=pen, rng=rng, faces=faces, value_face=value_face,
               label_mode=rng.choice(("smallcaps", "italic")),
               head_mode=rng.choice(("spaced", "script")),
               value_mode=rng.choice(("centred", "twocol")),
               tint=rng.choice(TINTS9), ink=rng.choice(INKS9),
               ls=rng.uniform(7.2, 8.4) * min(1.0, max(k, 0.78)),
               vs=rng.uniform(10.6, 12.2) * min(1.0, max(k, 0.8)),
               left=left, right=PAGE_W - left + rng.uniform(-4, 4),
               rule=rng.choice(("dotted", "solid", "dotted")), k=k, marks=marks)


def _or_assign_marks(o: _Or, doc: Doc, rng: random.Random) -> list[str]:
    """Footnote markers on a few labels, and the footnotes they point to."""
    keys = [item.key for sec in doc.sections for item in sec.items if isinstance(item, F)]
    if not keys:
        return []
    style = rng.choice(("sup", "star"))
    chosen = rng.sample(keys, min(len(keys), rng.randint(1, 3)))
    pool = ORNATE_FOOTNOTES["certificate" if doc.certificate else "form"]
    notes = rng.sample(pool, len(chosen))
    out = []
    for i, (key, note) in enumerate(zip(chosen, notes, strict=True)):
        mark = ("¹", "²", "³")[i] if style == "sup" else "*" * (i + 1)
        o.marks[key] = mark
        out.append(f"{mark} {note}")
    return out


def _or_blocks(o: _Or, fr: _Frame, doc: Doc, record: Record, w: Extra9Wording, s: Style,
               notes: list[str]) -> list[Blk]:
    issuer = f"Stadt {doc.city}"
    unit = doc.unit
    blocks = [_or_emblem_block(o, fr, issuer, unit),
              _or_heading(o, doc.title, "")]
    centred = doc.certificate and o.value_mode == "centred" and o.k > 0.9
    split = o.left + (o.right - o.left) * o.rng.uniform(0.36, 0.44)
    if not doc.certificate:
        blocks += _or_intro(o, doc, record, w, s)
    for sec in doc.sections:
        blocks.append(_or_divider(o, sec.title or w.section(sec.key)))
        for item in sec.items:
            if isinstance(item, Prose):
                blocks.append(_or_prose(o, item, doc.certificate))
            elif centred:
                blocks.append(_or_field_centred(o, item, w))
            else:
                blocks.append(_or_field_twocol(o, item, w, split))
        blocks.append(Blk(6 * o.pad, lambda top: None, brk=False))
    blocks.append(_or_closing(o, doc, record, w, s))
    if notes and o.k > 0.75:  # footnotes give way when space is short
        blocks.append(_or_footnotes(o, notes))
    return blocks


def _or_intro(o: _Or, doc: Doc, record: Record, w: Extra9Wording, s: Style) -> list[Blk]:
    """A sentence in front of the fields (no values, or values the fields also carry)."""
    if isinstance(record, Wohnungsgeber) and o.rng.random() < 0.6:
        toks = [("p", w.prose("landlord_confirms")), ("v", _sentence_date(s, record.move_in)),
                ("p", w.prose("landlord_end"))]
        return [_or_prose(o, Prose(toks), False)]
    if isinstance(record, Anmeldung) and o.rng.random() < 0.5:
        moved, moved_end = w.prose_pair("moved", "moved_end")
        toks = [("p", w.prose("applicant")), ("p", moved),
                ("v", _sentence_date(s, record.move_in)), ("p", moved_end)]
        return [_or_prose(o, Prose(toks), False)]
    return []


def draw_ornate(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    if isinstance(record, Identity):
        _ornate_identity(pen, record, s, rng, pages)
        return
    if isinstance(record, (Geburt, Ehe, Sterbe)):
        doc = build_certificate(record, s, rng, doc_type)
    else:
        doc = build_application(record, s, rng, doc_type)
    fr = _make_frame(rng)
    seed = rng.getrandbits(32)
    top = PAGE_H - fr.margin - fr.band - rng.uniform(14, 24)
    bottom = fr.margin + fr.band + 16
    holder: list[_Or] = []

    def build(k: float) -> list[Blk]:
        sub = random.Random(seed)
        o = _make_or(pen, sub, k)
        notes = _or_assign_marks(o, doc, sub) if sub.random() < 0.75 else []
        holder[:] = [o]
        return _or_blocks(o, fr, doc, record, w, s, notes)

    # a certificate, or a form short enough for one page, has a page of notes behind it
    back = pages == 2 and (doc.certificate or _paginate(build(1.0), top - bottom, 0, 1)
                           is not None)
    laid = _fitted(build, top - bottom, top - bottom - 20, 1 if back else pages)
    o = holder[0]
    page_rng = random.Random(rng.getrandbits(32))
    total = len(laid) + int(back)
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        _or_page(o, fr, random.Random(page_rng.getrandbits(32)))
        y = top
        if n > 1:
            c = o.c
            c.saveState()
            c.setFillColorRGB(*o.ink)
            c.setFont(o.faces.italic, o.ls * 1.2)
            c.drawCentredString(o.mid, y - o.ls, w.word("continued"))
            c.restoreState()
            y -= 20
        extra = _stretch(chunk, y - bottom, 12.0)
        for b in chunk:
            b.draw(y)
            y -= b.height + extra
        _or_page_no(o, fr, n, total)
    if back:
        pen.new_page()
        _or_page(o, fr, random.Random(page_rng.getrandbits(32)))
        _or_back(o, rng, top, doc.certificate, doc_type)
        _or_page_no(o, fr, total, total)


def _or_page_no(o: _Or, fr: _Frame, n: int, total: int) -> None:
    if total < 2:
        return
    c = o.c
    c.saveState()
    c.setFillColorRGB(*o.ink)
    c.setFont(o.faces.regular, o.ls)
    c.drawCentredString(o.mid, fr.margin + fr.band + 5, f"– {n} –")
    c.restoreState()


def _or_back(o: _Or, rng: random.Random, top: float, certificate: bool, doc_type: str) -> None:
    """The notes page of a certificate or form: a heading and numbered explanations."""
    c = o.c
    heads = ORNATE_BACK_HEADS if certificate else ORNATE_BACK_HEADS[1:]
    head = _or_divider(o, rng.choice(heads))
    head.draw(top - 10)
    y = top - 10 - head.height - 10
    size = o.vs * 0.95
    c.saveState()
    c.setFillColorRGB(*o.ink)
    pool = ORNATE_BACK if certificate else APP_BACK[doc_type] + APP_BACK["all"]
    for k, note in enumerate(rng.sample(pool, rng.randint(3, 5)), 1):
        c.setFont(o.faces.regular, size)
        for i, line in enumerate(_or_wrap(note, o.faces.regular, size, o.right - o.left - 20)):
            if i == 0:
                c.drawString(o.left, y, f"{k}.")
            c.drawString(o.left + 16, y, line)
            y -= size * 1.45
        y -= size * 0.7
    c.restoreState()


def _make_frame(rng: random.Random) -> _Frame:
    return _Frame(border=rng.choice(("guilloche", "ornaments")),
                  pattern=rng.choice(("waves", "rosette", "lattice")),
                  emblem=rng.choice(("eagle", "tower", "cross", "bars")),
                  crown=rng.random() < 0.5, band=rng.uniform(13, 19), margin=rng.uniform(22, 34),
                  emblem_pos=rng.choice(("centre", "centre", "left")))


def _ornate_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A certified copy: the copy of the document on decorated paper with a certification
    note in an ornamental frame (a card's back, or the note, on a second page when the plan
    wants two)."""
    w = _w(s)
    fr = _make_frame(rng)
    fr.pattern = rng.choice(("waves", "lattice"))
    o = _make_or(pen, random.Random(rng.getrandbits(32)), 0.95)
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Herne"))
    unit = rng.choice(UNITS9["identity_document"][:2] if r.person.nationality == "DEU"
                      else UNITS9["identity_document"][2:])
    day = _closing_day(r, REFERENCE_DATE - timedelta(days=rng.randint(0, 90)), rng)
    _or_page(o, fr, random.Random(rng.getrandbits(32)))
    top = PAGE_H - fr.margin - fr.band - 12
    head = _or_emblem_block(o, fr, f"Stadt {city}", unit)
    head.draw(top)
    top -= head.height
    title = _or_heading(o, w.title("identity_document"), "")
    title.draw(top)
    top -= title.height
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    note_h = _or_note_height(o)
    bottom = fr.margin + fr.band + 14
    room = top - bottom - (note_h if not (pages == 2 and not card) else 0) - 16
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(1.0, 1.25), room / h1, (o.right - o.left - 20) / w1)
    cw, ch = _card_size(r, part, scale)
    x = o.mid - cw / 2 + rng.uniform(-20, 20)
    _draw_copy(pen, r, part, x, top - 4, scale, style, random.Random(seed), True)
    c = pen.c
    c.saveState()
    c.setStrokeGray(0.55)
    c.setLineWidth(0.5)
    c.rect(x - 6, top - 4 - ch - 6, cw + 12, ch + 12, stroke=1, fill=0)
    c.restoreState()
    y = top - ch - 24
    if pages == 2:
        pen.new_page()
        _or_page(o, fr, random.Random(rng.getrandbits(32)))
        y = PAGE_H - fr.margin - fr.band - 20
        if card:
            _draw_copy(pen, r, "back", x, y, scale, style, random.Random(seed), True)
            y -= ch + 24
    _or_cert_note(o, r, s, w, city, day, y, min(note_h, y - bottom))


def _or_cert_note(o: _Or, r: Identity, s: Style, w: Extra9Wording, city: str, day: date,
                  top: float, height: float) -> None:
    """The certification note in a frame of double rules with corner ornaments."""
    c = o.c
    x0, x1 = o.left - 6, o.right + 6
    y1, y0 = top, top - height
    c.saveState()
    c.setFillGray(1)
    c.setStrokeColorRGB(*o.ink)
    c.setLineWidth(1.0)
    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1)
    c.setLineWidth(0.35)
    c.rect(x0 + 3, y0 + 3, x1 - x0 - 6, y1 - y0 - 6, stroke=1, fill=0)
    for cx, cy in ((x0 + 3, y0 + 3), (x1 - 3, y0 + 3), (x0 + 3, y1 - 3), (x1 - 3, y1 - 3)):
        _diamond(c, cx, cy, 4.5, o.ink)
    c.setFillColorRGB(*o.ink)
    c.setFont(o.faces.bold_italic if o.head_mode == "script" else o.faces.bold, o.vs * 1.15)
    c.drawCentredString((x0 + x1) / 2, y1 - 20, w.word("certify_head"))
    c.restoreState()
    t = truth_fields(r)
    kind = ID_KINDS9["P" if r.document_code.startswith("P") else "I"][1]
    size = o.vs * 0.95
    y = y1 - 38
    c.saveState()
    c.setFillColorRGB(*o.ink)
    c.setFont(o.faces.regular, size)
    for line in _or_wrap(o.rng.choice(ORNATE_CERTIFY), o.faces.regular, size, x1 - x0 - 30):
        c.drawString(x0 + 15, y, line)
        y -= size * 1.35
    c.restoreState()
    y -= 3
    pairs = [("doc_kind", f"{kind} – {t['document_number']}"),
             ("holder", f"{t['family_name']}, {t['given_names']}")]
    for key, value in pairs:
        _or_label(o, x0 + 15, y, w(key), o.ls)
        _or_value(o, x0 + 15 + max(_or_label_width(o, w(key), o.ls) + 8, 120), y, value,
                  size=size)
        y -= size * 1.5
    when = format_extra9_date(day, o.rng.choice(("long", "numeric")))
    c.saveState()
    c.setFillColorRGB(0.05, 0.05, 0.08)
    c.setFont(o.value_face, size)
    c.drawString(x0 + 15, y - 2, f"{city}, den {when}")
    c.setFillColorRGB(*o.ink)
    c.setFont(o.faces.italic, o.ls)
    fee = o.rng.choice(("5,00", "10,00", "2,50"))
    c.drawString(x0 + 15, y0 + 12 + o.ls + 3, w.word("only_for"))
    c.drawString(x0 + 15, y0 + 12, f"{w.word('fee')}: {fee} EUR")
    c.setFont(o.faces.italic, o.ls * 1.1)
    c.drawCentredString(x1 - 80, y0 + 58, w.word("official"))
    c.setStrokeColorRGB(*o.ink)
    c.setLineWidth(0.4)
    c.line(x1 - 150, y0 + 22, x1 - 14, y0 + 22)
    c.restoreState()
    _seal(o.pen, x0 + (x1 - x0) * 0.6, y0 + 44, 25, 0.5)
    _signature(o.pen, x1 - 130, y0 + 30, o.rng)


def _or_note_height(o: _Or) -> float:
    return 38 + 3 * o.vs * 1.3 + 2 * o.vs * 1.45 + 30 + 72


# --- entry point ---------------------------------------------------------------------------------

def draw_extra9(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``typed`` or ``ornate`` layout; ``pages`` is what the plan
    asks for."""
    if s.layout == "typed":
        draw_typed(pen, record, s, rng, doc_type, pages)
    else:
        draw_ornate(pen, record, s, rng, doc_type, pages)
