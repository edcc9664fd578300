"""The twenty-second extra pair of blind held-out layouts: ``outline`` and ``markup``.

``outline`` is a form structured as a deeply numbered outline, as statute-like municipal forms
print it: first-level sections with a number and a heading ("2 …"), second-level groups ("2.1 …")
and numbered items ("2.1.3 …") in decimal, legal ("B. / II. / 3.") or mixed ("2. / 2.1 / a)")
numbering, indented per level. Each item's value stands indented on the line below the item
(sometimes on a ruled line), or on the item's line after a run of dots or underscores (up to a
value column, or a short run right after the item text); long item texts wrap over two lines,
long values wrap in their column. Small-print notes explaining an item stand between the items;
optional items that do not apply are left empty or marked (a dash, "entfällt", "./."); choices
print all options with the chosen one marked by a drawn box, a parenthesised cross, or by
striking through the others. A header (issuer, unit, form key and edition, a file reference),
an instruction line, a declaration with place / date (never a truth date) and signature, or for
certificates a certification clause with the issue place and date, a seal and the official;
footer lines with the form key, the sheet counter and a print stamp (never a truth date).
Identity documents are an annex sheet whose items describe the document, above a copy of it.

``markup`` is the print of a structured data record that reached the office electronically: an
XML message as a browser's element tree (with its notice line and the browser's print header and
footer) or as a source viewer's listing with line numbers, or the JSON record of an online
service's submission in a source viewer. Element names or keys stand for the labels; values are
element text, attribute values or JSON strings; sex, nationality, purpose and dwelling print as
codes, code plus plain text, or enumeration keys; a message header carries a message id, a
creation time stamp, sender and receiver keys and a case number (none of them truth values).
Identity documents are a document reader's export with the read data and the zone's lines,
followed by the copy of the document.

Both draw straight from the record with the wording of ``samples.wording_extra22``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib.utils import simpleSplit

from samples import fonts, pools
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
from samples.render_extra4 import other_day
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy
from samples.render_extra9 import SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _truth_strings
from samples.truth import truth_fields
from samples.wording_extra22 import (
    DWELLING22,
    DWELLING_ORDER,
    ID_KINDS22,
    OUTLINE_EMPTY,
    PURPOSE22,
    PURPOSE_ORDER,
    ROLE22,
    SEX_LETTERS22,
    SEX_ORDER,
    SEX_WORDS22,
    Extra22Wording,
    format_extra22_date,
    nationality_word,
)

CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
APPLICATIONS = ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                "aufenthaltstitel_antrag")
RGB = tuple[float, float, float]

# --- content ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for joined address parts), for choices the printed
    options and the chosen one, and a code printed beside the value."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None
    code: str = ""


@dataclass(slots=True)
class Grp:
    key: str  # "" when the items stand directly under their section
    items: list[Fld]


@dataclass(slots=True)
class Sec:
    key: str
    groups: list[Grp]


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    zone: tuple[str, ...] = ()
    furniture: list[date] = field(default_factory=list)


def _w(s: Style) -> Extra22Wording:
    assert isinstance(s.words, Extra22Wording)
    return s.words


def _outline(s: Style) -> bool:
    return s.layout == "outline"


def _sex(s: Style, code: str, name: str = "sex") -> Fld:
    mode = s.sex_mode
    if mode == "options":
        words = tuple(SEX_WORDS22[c] for c in SEX_ORDER)
        return Fld("sex", SEX_WORDS22[code], name, words, SEX_ORDER.index(code))
    if mode in ("letter", "code"):
        return Fld("sex", SEX_LETTERS22[code], name)
    if mode == "code_word":
        return Fld("sex", SEX_WORDS22[code], name, code=SEX_LETTERS22[code])
    return Fld("sex", SEX_WORDS22[code], name)


def _nat(s: Style, code: str) -> Fld:
    mode = s.nationality_mode
    value = nationality_word(code, mode)
    return Fld("nationality", value, "nationality", code=code if mode.endswith("_code") else "")


def _choice(s: Style, table: dict[str, tuple[str, str]], order: tuple[str, ...],
            chosen: str | None, key: str, truth: bool = True) -> Fld:
    name = key if truth and chosen is not None else ""
    if not _outline(s):
        return Fld(key, table[chosen][1] if chosen else "", name)
    options = tuple(table[k][0] for k in order)
    if s.purpose_mode == "options" or chosen is None:
        return Fld(key, table[chosen][0] if chosen else "", name, options,
                   order.index(chosen) if chosen else None)
    return Fld(key, table[chosen][0], name)


def _address(s: Style, a: Address) -> list[Fld]:
    if s.address_mode == "lines":
        return [Fld("street_line", a.street_line, "street+house_number"),
                Fld("city_line", a.city_line, "postal_code+city")]
    if s.address_mode == "one_line":
        return [Fld("address_line", a.line, "street+house_number+postal_code+city")]
    return [Fld("street", a.street, "street"), Fld("house_number", a.number, "house_number"),
            Fld("postal_code", a.postal_code, "postal_code"), Fld("city", a.city, "city")]


def _other_date(record: Record, rng: random.Random, lo: date, hi: date) -> date:
    """A distractor day between ``lo`` and ``hi`` that is none of the truth's dates."""
    span = max(1, (hi - lo).days)
    return other_day(record, lo + timedelta(days=rng.randint(0, span)), rng, 0)


def _other_name(rng: random.Random, record: Record, nationality: str, sex: str) -> str:
    """A full name (an official, a witness) that is none of the truth's names."""
    family, female, male = pools.NAMES[pools.NAME_GROUP[nationality]]
    taken = _truth_strings(record)
    for _ in range(50):
        given = rng.choice(female if sex == "F" else male)
        fam = rng.choice(family)
        if given not in taken and fam not in taken:
            return f"{given} {fam}"
    return "Renate Quast"


def _name_group(s: Style, p: Person, prefix: str, rng: random.Random, *, extras: bool) -> Grp:
    items = [Fld("family_name", p.family, prefix + "family_name"),
             Fld("given_names", p.given, prefix + "given_names")]
    if rng.random() < 0.3:
        items.reverse()
    if p.birth_name:
        items.append(Fld("birth_name", p.birth_name, "birth_name"))
    elif extras and rng.random() < 0.6:
        items.append(Fld("birth_name", ""))
    if extras and rng.random() < 0.45:
        items.insert(rng.randint(0, len(items)), Fld("degree", ""))
    if extras and rng.random() < 0.25:
        items.append(Fld("alias", ""))
    return Grp("name", items)


def _birth_group(s: Style, p: Person, prefix: str, *, place: bool = True,
                 truth_place: bool = True) -> Grp:
    items = [Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth")]
    if place:
        items.append(Fld("place_of_birth" if truth_place else "spouse_place", p.pob,
                         "place_of_birth" if truth_place else ""))
    return Grp("birth", items)


def _register(s: Style, r: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", [Grp("", [
        Fld("registry_office", f"Standesamt {r.office}", "registry_office"),
        Fld("register_number", r.register, "register_number"),
        Fld("issue_date", s.date(r.issue), "issue_date"),
    ])])


def _contact(record: Anmeldung | Aufenthalt, rng: random.Random) -> Sec | None:
    items = []
    phone = getattr(record, "phone", None)
    if phone and rng.random() < 0.7:
        items.append(Fld("phone", phone))
    if rng.random() < 0.5:
        user = f"{rng.choice(('post', 'kontakt', 'briefe', 'mail'))}{rng.randint(10, 99)}"
        host = rng.choice(("web.de", "gmx.net", "posteo.de", "t-online.de", "mailbox.org"))
        items.append(Fld("email", f"{user}@{host}"))
    elif rng.random() < 0.4:
        items.append(Fld("email", ""))
    return Sec("contact", [Grp("", items)]) if items else None


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The document's content: sections of groups of printed values."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            p = record.person
            status = [_sex(s, p.sex), _nat(s, p.nationality)]
            if rng.random() < 0.5:
                status.append(Fld("marital", record.marital))
            if rng.random() < 0.35:
                status.append(Fld("religion", ""))
            person = Sec("person", [_name_group(s, p, "", rng, extras=True),
                                    _birth_group(s, p, ""), Grp("status", status)])
            flat = [Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                    *_address(s, record.address)]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_choice(s, DWELLING22, DWELLING_ORDER, record.dwelling, "dwelling"))
            prev = Fld("previous_address", record.previous or "",
                       "previous_address" if record.previous else "")
            sections = [person, Sec("new_flat", [Grp("", flat)])]
            if record.previous or rng.random() < 0.7:
                if rng.random() < 0.5:
                    sections[1].groups[0].items.append(prev)
                else:
                    sections.append(Sec("previous", [Grp("", [prev])]))
            if rng.random() < 0.3:  # the dwelling first, then the person
                sections[0], sections[1] = sections[1], sections[0]
            contact = _contact(record, rng)
            if contact:
                sections.append(contact)
            return Doc(doc_type, title, record.address.city, sections)
        case Wohnungsgeber():
            role = _choice(s, ROLE22, ("owner", "agent"),
                           "owner" if record.landlord_is_owner else "agent", "role", truth=False)
            landlord = [Fld("landlord_name", record.landlord_name, "landlord_name"),
                        Fld("landlord_address", record.landlord_address.line,
                            "landlord_address")]
            if rng.random() < 0.7:
                landlord.append(role)
            flat = [*_address(s, record.address),
                    Fld("move_in_date", s.date(record.move_in), "move_in_date")]
            if rng.random() < 0.5:
                flat.reverse()
            if rng.random() < 0.4:
                floor = f"{rng.randint(1, 5)}. OG {rng.choice(('links', 'rechts', 'Mitte'))}"
                flat.insert(rng.randint(0, len(flat)), Fld("floor", floor))
            tenants = [Fld("tenant", t, "tenant_names") for t in record.tenants]
            spare = rng.choice((0, 0, 1, 2)) if len(tenants) < 3 else 0
            tenants += [Fld("further", "") for _ in range(spare)]
            sections = [Sec("landlord", [Grp("", landlord)]), Sec("flat", [Grp("", flat)]),
                        Sec("tenants", [Grp("", tenants)])]
            if rng.random() < 0.4:
                sections = [sections[1], sections[2], sections[0]]
            return Doc(doc_type, title, record.address.city, sections)
        case Geburt():
            c = record.child
            child_items = [
                Fld("family_name", c.family, "family_name"),
                Fld("given_names", c.given, "given_names"),
                _sex(s, c.sex),
                Fld("date_of_birth", s.date(c.dob), "date_of_birth"),
                Fld("place_of_birth", c.pob, "place_of_birth"),
            ]
            if rng.random() < 0.5:
                child_items.insert(4, Fld("birth_time", record.birth_time))
            mother = [Fld("mother_name", record.mother, "mother_name")]
            father = [Fld("father_name", record.father, "father_name") if record.father
                      else Fld("father_name", "")]
            if rng.random() < 0.45:  # the parents' birth dates: none of the truth's dates
                lo, hi = date(c.dob.year - 44, 1, 1), date(c.dob.year - 17, 12, 28)
                mother.append(Fld("parent_dob", s.date(_other_date(record, rng, lo, hi))))
                if record.father:
                    father.append(Fld("parent_dob", s.date(_other_date(record, rng, lo, hi))))
            sections = [Sec("child", [Grp("", child_items)]),
                        Sec("parents", [Grp("mother", mother), Grp("father", father)]),
                        _register(s, record)]
            return Doc(doc_type, title, record.office, sections)
        case Ehe():
            sections = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                prefix = f"spouse{k}_"
                name = _name_group(s, sp, prefix, rng, extras=False)
                name.items = [f for f in name.items if f.key != "birth_name"]
                birth = _birth_group(s, sp, prefix, place=rng.random() < 0.6,
                                     truth_place=False)
                sections.append(Sec(f"spouse{k}", [name, birth]))
            sections.append(Sec("marriage", [Grp("", [
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                Fld("marriage_place", record.marriage_place, "marriage_place")])]))
            sections.append(_register(s, record))
            return Doc(doc_type, title, record.office, sections)
        case Sterbe():
            p = record.person
            name = _name_group(s, p, "", rng, extras=False)
            name.items = [f for f in name.items if f.key != "birth_name"]
            dead = [name, _birth_group(s, p, "")]
            if rng.random() < 0.5:
                dead.append(Grp("", [Fld("last_residence", record.last_residence)]))
            death = [Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                     Fld("place_of_death", record.place_of_death, "place_of_death")]
            sections = [Sec("deceased", dead), Sec("death", [Grp("", death)]),
                        _register(s, record)]
            return Doc(doc_type, title, record.office, sections)
        case Zulassung():
            h = record.holder
            holder = [Grp("holder_name", [
                Fld("family_name", h.family, "holder_family_name"),
                Fld("given_names", h.given, "holder_given_names"),
                Fld("date_of_birth", s.date(h.dob), "holder_date_of_birth")]),
                Grp("holder_address", _address(s, record.address))]
            vehicle = [Fld("make", record.make), Fld("model", record.model),
                       Fld("vin", record.vin, "vin"), Fld("evb_number", record.evb, "evb_number")]
            if record.plate:
                vehicle.append(Fld("desired_plate", record.plate, "desired_plate"))
            elif rng.random() < 0.6:
                vehicle.append(Fld("desired_plate", ""))
            iban = group_iban(record.iban) if (_outline(s) and rng.random() < 0.6) else record.iban
            sepa = [Fld("account_holder", record.account_holder, "account_holder"),
                    Fld("iban", iban, "iban")]
            if rng.random() < 0.6:
                sepa.append(Fld("bic", record.bic))
            sections = [Sec("holder", holder), Sec("vehicle", [Grp("", vehicle)]),
                        Sec("sepa", [Grp("", sepa)])]
            return Doc(doc_type, title, record.address.city, sections)
        case Aufenthalt():
            p = record.person
            status = [_nat(s, p.nationality)]
            if rng.random() < 0.4:
                status.insert(0, _sex(s, p.sex, ""))  # not a field of this type
            person = Sec("applicant", [_name_group(s, p, "", rng, extras=True),
                                       _birth_group(s, p, ""), Grp("status", status)])
            passport = [Fld("passport_number", record.passport_number, "passport_number"),
                        Fld("passport_expiry_date", s.date(record.passport_expiry),
                            "passport_expiry_date")]
            stay = [Fld("entry_date", s.date(record.entry), "entry_date"),
                    _choice(s, PURPOSE22, PURPOSE_ORDER, record.purpose, "purpose")]
            sections = [person, Sec("passport", [Grp("", passport)]),
                        Sec("stay", [Grp("", stay)]),
                        Sec("residence", [Grp("", _address(s, record.address))])]
            contact = _contact(record, rng)
            if contact:
                sections.append(contact)
            return Doc(doc_type, title, record.address.city, sections)
        case Identity():
            return _identity_doc(record, s, rng, doc_type, title)
    raise TypeError(type(record))


def _identity_doc(record: Identity, s: Style, rng: random.Random, doc_type: str,
                  title: str) -> Doc:
    t = truth_fields(record)
    col = 0 if _outline(s) else 1
    kind = "P" if record.document_code.startswith("P") else "I"
    kinds = (ID_KINDS22["P"][col], ID_KINDS22["I"][col])
    doc_kind = (Fld("doc_kind", ID_KINDS22[kind][col], "mrz_format", kinds,
                    0 if kind == "P" else 1) if _outline(s)
                else Fld("doc_kind", ID_KINDS22[kind][col], "mrz_format"))
    items = [doc_kind, Fld("doc_number", record.document_number, "document_number"),
             Fld("issuing_state", record.issuing_state, "issuing_state"),
             Fld("expiry_date", s.date(record.expiry), "expiry_date")]
    if not _outline(s) or rng.random() < 0.5:
        items.insert(1, Fld("doc_code", record.document_code, "document_code"))
    person = [Fld("family_name", str(t["family_name"]), "family_name"),
              Fld("given_names", str(t["given_names"]), "given_names"),
              Fld("date_of_birth", s.date(record.person.dob), "date_of_birth")]
    if not _outline(s):
        person.append(Fld("nationality", str(t["nationality"]), "nationality"))
        person.append(Fld("sex", SEX_LETTERS22[str(t["sex"])], "sex"))
    groups = [Grp("", items)]
    if not _outline(s) or rng.random() < 0.5:
        groups.append(Grp("name", person))
    city = record.authority.replace("Stadt ", "") or "Bochum"
    return Doc(doc_type, title, city, [Sec("document", groups)], tuple(record.lines))


def fields(doc: Doc) -> list[Fld]:
    """Every printed value of a document (for tests)."""
    return [f for sec in doc.sections for g in sec.groups for f in g.items]


def _day(doc: Doc, record: Record, rng: random.Random, back: int = 30) -> date:
    day = _furniture_day(record, rng, back)
    doc.furniture.append(day)
    return day


def _free_code(record: Record, rng: random.Random, digits: int) -> str:
    """A run of digits that holds no truth value and sits in none."""
    taken = [t for t in _truth_strings(record) if len(t) >= 3]
    for _ in range(200):
        n = "".join(rng.choice("0123456789") for _ in range(digits))
        if not any(t in n or n in t for t in taken):
            return n
    return "7" * digits


# --- pagination -------------------------------------------------------------------------------

Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    height: float
    draw: Draw
    breakable: bool = False  # a page may start before it


def _paginate(blocks: list[Block], pages: int) -> list[list[Block]]:
    """All blocks on one page, or split in two at a breakable block near the middle."""
    if pages == 1 or len(blocks) < 2:
        return [blocks]
    total = sum(b.height for b in blocks)
    cands = [i for i, b in enumerate(blocks) if b.breakable and i > 0] or list(
        range(1, len(blocks)))
    cut = min(cands, key=lambda i: abs(sum(b.height for b in blocks[:i]) - total * 0.56))
    return [blocks[:cut], blocks[cut:]]


def _fits(chunks: list[list[Block]], room: list[float]) -> bool:
    return all(sum(b.height for b in chunk) <= room[min(k, len(room) - 1)]
               for k, chunk in enumerate(chunks))


# --- outline ----------------------------------------------------------------------------------

_TTF_SANS = [f for f in SANS9 if f[0][0]]
_TTF_SERIF = [f for f in SERIF9 if f[0][0]]
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(slots=True)
class _Ox:
    pen: Pen
    faces: Set4
    vface: str
    size: float
    x0: float
    x1: float
    indent: float
    numbering: str  # decimal | legal | mixed
    trail: bool  # decimal numbers end with a dot
    place: str  # below | leader | run | mixed
    leader: str  # "." or "_"
    vcol: float  # fraction of the width where leader values start
    marks: str  # box | paren | strike
    empty: str  # how an item that does not apply prints
    heading: str  # bold | caps | rule | band
    ruled: bool  # values below their item stand on a rule
    deep: bool  # groups get their own level
    words: Extra22Wording
    ink: RGB = (0.0, 0.0, 0.0)

    @property
    def vsize(self) -> float:
        return self.size * 1.02

    @property
    def nsize(self) -> float:
        return self.size * 0.78

    @property
    def lead(self) -> float:
        return self.size * 1.32


def _num(ox: _Ox, path: list[int], group: bool = False) -> str:
    """The number of an outline entry; ``group``: a second-level heading."""
    level = len(path)
    if ox.numbering == "legal":
        if level == 1:
            return f"{chr(64 + path[0])}."
        if level == 2:
            return f"{_ROMAN[(path[1] - 1) % 12]}." if group else f"{path[1]}."
        return f"{path[2]}."
    if ox.numbering == "mixed":
        if level == 1:
            return f"{path[0]}."
        if level == 2:
            return f"{path[0]}.{path[1]}"
        return f"{_LETTERS[(path[2] - 1) % 26]})"
    text = ".".join(str(p) for p in path)
    return text + "." if ox.trail else text


def _num_width(ox: _Ox, level: int) -> float:
    sample = {1: "8.", 2: "8.88.", 3: "8.88.88."}[level]
    if ox.numbering == "legal":
        sample = {1: "M.", 2: "VIII.", 3: "88."}[level]
    return _width(sample, ox.faces.bold, ox.size) + 6


def _o_heading(ox: _Ox, number: str, text: str, level: int) -> Block:
    c = ox.pen.c
    size = ox.size * (1.12 if level == 1 else 1.0)
    face = ox.faces.bold if level == 1 or ox.heading != "caps" else ox.faces.bold_italic
    shown = text.upper() if (level == 1 and ox.heading == "caps") else text
    x = ox.x0 + ox.indent * (level - 1)
    tx = x + _num_width(ox, level)
    lines = simpleSplit(shown, face, size, ox.x1 - tx)
    h = len(lines) * size * 1.25 + (9 if level == 1 else 5)

    def draw(top: float) -> None:
        y = top - size - (5 if level == 1 else 2)
        if level == 1 and ox.heading == "band":
            c.setFillGray(0.88)
            c.rect(ox.x0 - 3, y - size * 0.35 - (len(lines) - 1) * size * 1.25,
                   ox.x1 - ox.x0 + 6, size * 1.25 * len(lines) + 2, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont(face, size)
        c.drawString(x, y, number)
        for line in lines:
            c.drawString(tx, y, line)
            y -= size * 1.25
        if level == 1 and ox.heading == "rule":
            c.setLineWidth(0.6)
            c.line(ox.x0, y + size * 0.85, ox.x1, y + size * 0.85)

    return Block(h, draw, level == 1)


def _mark_box(ox: _Ox, x: float, y: float, size: float, on: bool) -> float:
    c = ox.pen.c
    b = size * 0.8
    c.setLineWidth(0.6)
    c.rect(x, y - 1, b, b, stroke=1, fill=0)
    if on:
        c.setLineWidth(1.0)
        c.line(x + 1.2, y, x + b - 1.2, y + b - 2)
        c.line(x + 1.2, y + b - 2, x + b - 1.2, y)
    return x + b + 3


def _option_rows(ox: _Ox, f: Fld, x: float, width: float) -> list[list[tuple[int, str, float]]]:
    """Options per printed row: (index, text as printed, width); empty when one option alone
    is wider than ``width``."""
    size = ox.vsize
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for k, opt in enumerate(f.options):
        text = opt
        if ox.marks == "paren":
            text = ("(x) " if k == f.chosen else "( ) ") + opt
        wd = _width(text, ox.vface, size) + (size + 3 if ox.marks == "box" else 0)
        gap = _width(" / ", ox.vface, size) if ox.marks == "strike" else 12
        if rows[-1] and used + wd > width:
            rows.append([])
            used = 0.0
        if wd > width:
            return []
        rows[-1].append((k, text, wd))
        used += wd + gap
    return rows


def _draw_options(ox: _Ox, f: Fld, rows: list[list[tuple[int, str, float]]], x: float,
                  y: float) -> None:
    c = ox.pen.c
    size = ox.vsize
    for r, row in enumerate(rows):
        cx = x
        yy = y - r * size * 1.3
        for j, (k, text, _) in enumerate(row):
            if ox.marks == "box":
                cx = _mark_box(ox, cx, yy, size, k == f.chosen)
            c.setFont(ox.vface, size)
            c.drawString(cx, yy, text)
            tw = _width(text, ox.vface, size)
            if ox.marks == "strike" and f.chosen is not None and k != f.chosen:
                c.setLineWidth(0.9)
                c.line(cx - 1, yy + size * 0.3, cx + tw + 1, yy + size * 0.3)
            cx += tw
            if ox.marks == "strike" and j < len(row) - 1:
                c.drawString(cx, yy, " / ")
                cx += _width(" / ", ox.vface, size)
            else:
                cx += 12


def _value_text(ox: _Ox, f: Fld) -> str:
    if not f.value:
        return ox.empty
    return f"{f.value} ({f.code})" if f.code else f.value


def _o_item(ox: _Ox, number: str, level: int, f: Fld, note: str) -> Block:
    c = ox.pen.c
    size, vsize = ox.size, ox.vsize
    x = ox.x0 + ox.indent * (level - 1)
    tx = x + _num_width(ox, level)
    label = ox.words(f.key)
    vcol = ox.x0 + (ox.x1 - ox.x0) * ox.vcol
    text = _value_text(ox, f)
    choice = bool(f.options)
    place = ox.place
    if place == "mixed":
        place = "leader" if (not choice and len(text) <= 30) else "below"
    if choice and place in ("leader", "run"):
        rows = _option_rows(ox, f, vcol, ox.x1 - vcol)
        if not rows or len(rows) > 2:
            place = "below"
    # the layout of the label and the value
    label_lines: list[str]
    value_lines: list[str] = []
    rows = []
    if place == "leader":
        label_lines = simpleSplit(label, ox.faces.regular, size, vcol - 14 - tx)
        if choice:
            rows = _option_rows(ox, f, vcol, ox.x1 - vcol)
        else:
            value_lines = simpleSplit(text, ox.vface, vsize, ox.x1 - vcol) if text else [""]
            if len(value_lines) > 2:
                place = "below"
    elif place == "run":
        label_lines = simpleSplit(label, ox.faces.regular, size, ox.x1 - tx)
        run = ox.leader * 8
        tail = _width(label_lines[-1] + " " + run + " ", ox.faces.regular, size)
        room = ox.x1 - tx - tail
        if choice:
            rows = _option_rows(ox, f, tx + tail, room)
            if len(rows) != 1:
                place = "below"
        elif _width(text, ox.vface, vsize) > room:
            place = "below"
        else:
            value_lines = [text]
    if place == "below":
        label_lines = simpleSplit(label, ox.faces.regular, size, ox.x1 - tx)
        vx = tx + 10
        if choice:
            rows = _option_rows(ox, f, vx, ox.x1 - vx)
        else:
            value_lines = simpleSplit(text, ox.vface, vsize, ox.x1 - vx) if text else [""]
    note_lines = simpleSplit(note, ox.faces.italic, ox.nsize, ox.x1 - tx) if note else []
    vl = max(len(rows), len(value_lines))
    if place == "below":
        body = len(label_lines) * ox.lead + vl * vsize * 1.3 + 2
    else:
        body = (len(label_lines) + max(0, vl - 1)) * ox.lead
    h = body + len(note_lines) * ox.nsize * 1.2 + size * 0.5

    def draw(top: float) -> None:
        y = top - size
        c.setFillGray(0)
        c.setFont(ox.faces.bold if level == 1 else ox.faces.regular, size)
        c.drawString(x, y, number)
        c.setFont(ox.faces.regular, size)
        for k, line in enumerate(label_lines):
            c.drawString(tx, y, line)
            if k < len(label_lines) - 1:
                y -= ox.lead
        end = tx + _width(label_lines[-1], ox.faces.regular, size)
        if place == "leader":
            dot = _width(ox.leader, ox.faces.regular, size)
            n = max(2, int((vcol - 5 - end - 3) / dot))
            c.drawString(end + 3, y, ox.leader * n)
            c.setFillColorRGB(*ox.ink)
            if rows:
                _draw_options(ox, f, rows, vcol, y)
            for k, line in enumerate(value_lines):
                c.setFont(ox.vface, vsize)
                c.drawString(vcol, y - k * ox.lead, line)
            c.setFillGray(0)
            y -= max(0, vl - 1) * ox.lead
        elif place == "run":
            run = " " + ox.leader * 8 + " "
            c.drawString(end, y, run)
            vx = end + _width(run, ox.faces.regular, size)
            c.setFillColorRGB(*ox.ink)
            if rows:
                _draw_options(ox, f, rows, vx, y)
            else:
                c.setFont(ox.vface, vsize)
                c.drawString(vx, y, value_lines[0])
            c.setFillGray(0)
        else:
            vx = tx + 10
            y -= vsize * 1.3 + 1
            c.setFillColorRGB(*ox.ink)
            if rows:
                _draw_options(ox, f, rows, vx, y)
                y -= (len(rows) - 1) * vsize * 1.3
            else:
                c.setFont(ox.vface, vsize)
                for k, line in enumerate(value_lines):
                    if k:
                        y -= vsize * 1.3
                    c.drawString(vx, y, line)
                    if ox.ruled:
                        c.setStrokeGray(0.45)
                        c.setLineWidth(0.4)
                        c.line(vx - 2, y - 2.2, ox.x1, y - 2.2)
                        c.setStrokeGray(0)
            c.setFillGray(0)
        if note_lines:
            c.setFillGray(0.25)
            c.setFont(ox.faces.italic, ox.nsize)
            y -= ox.nsize * 1.25
            for line in note_lines:
                c.drawString(tx, y, line)
                y -= ox.nsize * 1.2
            c.setFillGray(0)

    return Block(h, draw)


def _o_para(ox: _Ox, text: str, size: float, face: str, x: float | None = None,
            gap: float = 4) -> Block:
    x = ox.x0 if x is None else x
    lines = simpleSplit(text, face, size, ox.x1 - x)

    def draw(top: float) -> None:
        c = ox.pen.c
        c.setFont(face, size)
        y = top - size
        for line in lines:
            c.drawString(x, y, line)
            y -= size * 1.25

    return Block(len(lines) * size * 1.25 + gap, draw)


def _o_gap(h: float, breakable: bool = False) -> Block:
    return Block(h, lambda top: None, breakable)


def _o_notes(doc: Doc, ox: _Ox, rng: random.Random) -> dict[int, str]:
    """Which items carry a small-print note (by position in ``fields(doc)``)."""
    out = {}
    share = rng.choice((0.25, 0.45, 0.7))
    for k, f in enumerate(fields(doc)):
        note = ox.words.note(f.key)
        if note and rng.random() < share:
            out[k] = note
    return out


def _o_body(ox: _Ox, doc: Doc, notes: dict[int, str], first: int) -> list[Block]:
    blocks: list[Block] = []
    k = 0
    for si, sec in enumerate(doc.sections):
        n1 = first + si
        blocks.append(_o_heading(ox, _num(ox, [n1]), ox.words.section(sec.key), 1))
        pos = 0  # the running number at the second level (groups and loose items alike)
        for grp in sec.groups:
            if grp.key and ox.deep and len(sec.groups) > 1:
                pos += 1
                blocks.append(_o_heading(ox, _num(ox, [n1, pos], True),
                                         ox.words.section(grp.key), 2))
                for j, f in enumerate(grp.items):
                    blocks.append(_o_item(ox, _num(ox, [n1, pos, j + 1]), 3, f, notes.get(k, "")))
                    k += 1
            else:
                for f in grp.items:
                    pos += 1
                    blocks.append(_o_item(ox, _num(ox, [n1, pos]), 2, f, notes.get(k, "")))
                    k += 1
        blocks.append(_o_gap(ox.size * 0.6))
    return blocks


def _o_faces(rng: random.Random) -> tuple[Set4, str]:
    form = _set4(rng.choice(_TTF_SERIF if rng.random() < 0.45 else _TTF_SANS))
    mono = fonts.font("DejaVuSansMono", "Courier")
    value = rng.choice((form.regular, form.regular, form.bold, mono, "Courier"))
    return form, value


def _seal(ox: _Ox, x: float, y: float, r: float, text: str) -> None:
    c = ox.pen.c
    c.saveState()
    c.setStrokeColorRGB(0.3, 0.3, 0.45)
    c.setFillColorRGB(0.3, 0.3, 0.45)
    c.setLineWidth(1.1)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.circle(x, y, r - 5, stroke=1, fill=0)
    size = 6.0
    while size > 3.5 and _width(text, ox.faces.regular, size) > 2 * r - 12:
        size -= 0.2
    c.setFont(ox.faces.regular, size)
    c.drawCentredString(x, y - 2, text)
    c.restoreState()


def _o_close(ox: _Ox, doc: Doc, record: Record, rng: random.Random, n: int) -> list[Block]:
    w = ox.words
    out: list[Block] = []
    if doc.doc_type == "identity_document":
        return out
    cert = doc.doc_type in CERTIFICATES
    key = "certification" if cert else "declaration"
    out.append(_o_heading(ox, _num(ox, [n]), w.section(key), 1))
    if cert:
        out.append(_o_para(ox, w.word("certify"), ox.size, ox.faces.regular))
        assert isinstance(record, (Geburt, Ehe, Sterbe))
        style = rng.choice(("numeric", "long"))
        place = f"{record.office}, {format_extra22_date(record.issue, style)}"
        official = _other_name(rng, record, "DEU", rng.choice("FM"))

        def sign(top: float) -> None:
            c = ox.pen.c
            c.setFont(ox.faces.regular, ox.size)
            c.drawString(ox.x0, top - 14, place)
            mid = ox.x0 + (ox.x1 - ox.x0) * 0.55
            _seal(ox, ox.x0 + (mid - ox.x0) * 0.55, top - 44, 24, w.word("seal"))
            c.setLineWidth(0.5)
            c.line(mid, top - 48, ox.x1, top - 48)
            c.setFont(ox.faces.regular, ox.nsize)
            c.drawString(mid, top - 48 - ox.nsize - 2, w.word("official"))
            c.setFont(ox.faces.italic, ox.size)
            c.drawString(mid + 8, top - 40, official)

        out.append(Block(78, sign))
        return out
    text = w.word("declare_landlord" if doc.doc_type == "wohnungsgeberbestaetigung"
                  else "declare")
    out.append(_o_para(ox, text, ox.size, ox.faces.regular))
    day = _day(doc, record, rng, 12)
    style = rng.choice(("numeric", "numeric", "unpadded", "long"))
    when = f"{doc.city}, {'den ' if rng.random() < 0.4 else ''}{format_extra22_date(day, style)}"
    office = rng.random() < 0.45

    def sign(top: float) -> None:
        c = ox.pen.c
        mid = ox.x0 + (ox.x1 - ox.x0) * 0.48
        c.setFillColorRGB(*ox.ink)
        c.setFont(ox.vface, ox.vsize)
        c.drawString(ox.x0 + 2, top - 18, when)
        c.setFillGray(0)
        c.setLineWidth(0.5)
        c.line(ox.x0, top - 22, mid - 16, top - 22)
        c.line(mid, top - 22, ox.x1, top - 22)
        c.setFont(ox.faces.regular, ox.nsize)
        c.drawString(ox.x0, top - 22 - ox.nsize - 2, w.word("place_date"))
        c.drawString(mid, top - 22 - ox.nsize - 2, w.word("sign"))
        if office:
            c.setDash(2, 2)
            c.rect(ox.x0, top - 76, ox.x1 - ox.x0, 36, stroke=1, fill=0)
            c.setDash()
            c.setFont(ox.faces.italic, ox.nsize)
            c.drawString(ox.x0 + 4, top - 50, w.word("office"))

    out.append(Block(82 if office else 46, sign))
    return out


def _o_copy(ox: _Ox, r: Identity, rng: random.Random, pages: int) -> list[Block]:
    card = r.mrz_format == "TD1"
    style = rng.choice(VIZ_STYLES)
    sub = random.Random(rng.random())
    parts = (["front", "back"] if pages == 2 else ["both"]) if card else ["page"]
    note = ox.words.word("copy_note")
    out: list[Block] = []
    for part in parts:
        scale = rng.uniform(0.95, 1.2) if card else rng.uniform(0.9, 1.1)
        w0, h0 = _card_size(r, part, scale)
        x = ox.x0 + rng.uniform(0, max(0.0, ox.x1 - ox.x0 - w0))

        def draw(top: float, part: str = part, x: float = x, scale: float = scale) -> None:
            c = ox.pen.c
            c.setFont(ox.faces.italic, ox.nsize)
            c.drawString(ox.x0, top - ox.nsize - 2, note)
            _draw_copy(ox.pen, r, part, x, top - 16, scale, style, sub, False)

        out.append(Block(h0 + 26, draw, True))
    return out


def draw_outline(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    form, vface = _o_faces(rng)
    margin = rng.uniform(46, 66)
    ox = _Ox(
        pen, form, vface, rng.uniform(9.2, 10.6), margin, PAGE_W - margin + rng.uniform(-6, 4),
        rng.uniform(12, 22), rng.choice(("decimal", "decimal", "legal", "mixed")),
        rng.random() < 0.3, rng.choice(("below", "leader", "run", "mixed", "mixed")),
        rng.choice((".", ".", "_")), rng.uniform(0.52, 0.62),
        rng.choice(("box", "paren", "strike")), rng.choice(OUTLINE_EMPTY),
        rng.choice(("bold", "caps", "rule", "band")), rng.random() < 0.5,
        rng.random() < 0.7, w,
        rng.choice(((0, 0, 0), (0, 0, 0), (0.05, 0.12, 0.45))),
    )
    notes = _o_notes(doc, ox, rng)
    unit = w.word({"antrag_zulassung": "unit_traffic", "aufenthaltstitel_antrag": "unit_aliens"}
                  .get(doc_type, "unit_registry" if doc_type in CERTIFICATES
                       else "unit_resident"))
    issuer = w.word("issuer")
    prefix = {"anmeldung": "MV", "wohnungsgeberbestaetigung": "MV", "antrag_zulassung": "KFZ",
              "aufenthaltstitel_antrag": "ABH", "identity_document": "BG"}.get(doc_type, "PS")
    form_key = f"{prefix} {rng.randint(10, 89)}.{rng.randint(1, 9)}"
    edition = f"{rng.randint(1, 12):02d}/{rng.choice((2023, 2024, 2025))}"
    printed = _day(doc, record, rng, 8)
    stamp = f"{format_extra22_date(printed, 'numeric')} {rng.randint(7, 18):02d}:" \
            f"{rng.randint(0, 59):02d}"
    ref = f"{rng.randint(10, 69)}.{rng.randint(1, 9)}-{_free_number(record, rng, 1000, 98999)}"
    instruction = doc_type not in CERTIFICATES and rng.random() < 0.7
    strike_hint = ox.marks == "strike"
    first = 2 if doc_type not in CERTIFICATES and rng.random() < 0.25 else 1
    page_fmt = w.word("page")
    state = rng.getstate()
    kept = list(doc.furniture)
    top, later_top, bottom = PAGE_H - 52, PAGE_H - 64, 58
    base = ox.size
    chunks: list[list[Block]] = []
    for _ in range(20):  # shrink until the plan's sheets hold it
        rng.setstate(state)
        doc.furniture[:] = kept
        blocks = _o_header(ox, doc, unit, issuer, form_key, edition, ref)
        if first == 2:  # the instructions as the outline's first section
            blocks.append(_o_heading(ox, _num(ox, [1]), w.section("hints"), 1))
            blocks.append(_o_para(ox, w.word("instruction"), ox.size * 0.92, ox.faces.regular,
                                  ox.x0 + _num_width(ox, 1)))
        elif instruction:
            blocks.append(_o_para(ox, w.word("instruction"), ox.nsize * 1.05, ox.faces.italic))
        if strike_hint:
            blocks.append(_o_para(ox, w.word("strike"), ox.nsize * 1.05, ox.faces.italic))
        blocks.append(_o_gap(4))
        blocks += _o_body(ox, doc, notes, first)
        if isinstance(record, Identity):
            copies = _o_copy(ox, record, rng, pages)
            blocks += copies
            # a second sheet holds the copy (a card's back)
            chunks = [blocks[:-1], blocks[-1:]] if pages == 2 else [blocks]
        else:
            blocks += _o_close(ox, doc, record, rng, first + len(doc.sections))
            chunks = _paginate(blocks, pages)
        if _fits(chunks, [top - bottom, later_top - bottom]):
            break
        ox.size *= 0.95
        if ox.size < base * 0.55:
            break
    n = len(chunks)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
            c = pen.c
            c.setFont(ox.faces.italic, ox.nsize)
            c.drawString(ox.x0, PAGE_H - 40, f"{w.word('continued')} – {doc.title}")
        y = top if k == 0 else later_top
        for b in chunk:
            b.draw(y)
            y -= b.height
        _o_footer(ox, form_key, edition, stamp, page_fmt.format(k + 1, n))


def _o_header(ox: _Ox, doc: Doc, unit: str, issuer: str, form_key: str, edition: str,
              ref: str) -> list[Block]:
    w = ox.words
    c = ox.pen.c
    size = ox.size
    cert = doc.doc_type in CERTIFICATES
    office = f"Standesamt {doc.city}" if cert else unit

    def head(top: float) -> None:
        c.setFont(ox.faces.bold, size * 1.05)
        c.drawString(ox.x0, top - size, f"Stadt {doc.city}")
        c.setFont(ox.faces.regular, size * 0.9)
        c.drawString(ox.x0, top - size * 2.2, issuer)
        c.drawString(ox.x0, top - size * 3.3, office)
        c.setFont(ox.faces.regular, ox.nsize)
        c.drawRightString(ox.x1, top - size, f"{w.word('form_no')}: {form_key}")
        c.drawRightString(ox.x1, top - size - ox.nsize * 1.3, f"{w.word('edition')} {edition}")
        if not cert:
            c.drawRightString(ox.x1, top - size - ox.nsize * 2.6, f"{w.word('file_ref')}: {ref}")

    tsize = size * 1.45
    lines = simpleSplit(doc.title, ox.faces.bold, tsize, ox.x1 - ox.x0)

    def title(top: float) -> None:
        c.setFont(ox.faces.bold, tsize)
        y = top - tsize
        for line in lines:
            c.drawString(ox.x0, y, line)
            y -= tsize * 1.2
        c.setLineWidth(0.8)
        c.line(ox.x0, y + tsize * 0.7, ox.x1, y + tsize * 0.7)

    return [Block(size * 4.2, head), Block(len(lines) * tsize * 1.2 + 8, title)]


def _o_footer(ox: _Ox, form_key: str, edition: str, stamp: str, page: str) -> None:
    c = ox.pen.c
    c.setFont(ox.faces.regular, 7)
    c.setFillGray(0.2)
    c.drawString(ox.x0, 30, f"{form_key} ({edition})")
    c.drawCentredString((ox.x0 + ox.x1) / 2, 30, page)
    c.drawRightString(ox.x1, 30, f"{ox.words.word('printed')} {stamp}")
    c.setFillGray(0)


# --- markup -----------------------------------------------------------------------------------

Span = tuple[str, str]  # (text, kind): tag | attr | text | punct | plain


@dataclass(slots=True)
class Line:
    depth: int
    spans: list[Span]
    branch: bool = False  # an element with children (a toggle in the tree view)
    brk: bool = False  # a page may start before it
    cont: bool = False  # continues the line before (wrapped; it has no line number)


@dataclass(slots=True)
class _Mx:
    pen: Pen
    regular: str
    bold: str
    ui: Set4
    size: float
    x0: float
    x1: float
    view: str  # tree | listing
    indent: int  # characters per level
    numbers: bool
    colours: bool
    words: Extra22Wording
    attrs: bool  # the name group as attributes of one element (XML)


_COLOURS: dict[str, RGB] = {"tag": (0.45, 0.05, 0.45), "attr": (0.55, 0.3, 0.0),
                            "text": (0, 0, 0), "punct": (0.35, 0.35, 0.35),
                            "key": (0.0, 0.2, 0.55), "plain": (0, 0, 0),
                            "string": (0.1, 0.35, 0.1)}


def _xml_text(mx: _Mx, value: str) -> str:
    if mx.view == "listing" and ("&" in value or "<" in value):
        return f"<![CDATA[{value}]]>"
    return value


def _x_leaf(mx: _Mx, depth: int, name: str, value: str, attrs: list[tuple[str, str]]) -> Line:
    spans: list[Span] = [("<", "punct"), (name, "tag")]
    for a, v in attrs:
        spans += [(" ", "plain"), (a, "attr"), ('="', "punct"), (v, "text"), ('"', "punct")]
    if not value:
        return Line(depth, [*spans, ("/>", "punct")])
    return Line(depth, [*spans, (">", "punct"), (_xml_text(mx, value), "text"), ("</", "punct"),
                        (name, "tag"), (">", "punct")])


def _x_open(depth: int, name: str, attrs: list[tuple[str, str]] | None = None,
            brk: bool = False) -> Line:
    spans: list[Span] = [("<", "punct"), (name, "tag")]
    for a, v in attrs or []:
        spans += [(" ", "plain"), (a, "attr"), ('="', "punct"), (v, "text"), ('"', "punct")]
    return Line(depth, [*spans, (">", "punct")], True, brk)


def _x_close(depth: int, name: str) -> Line:
    return Line(depth, [("</", "punct"), (name, "tag"), (">", "punct")])


def _j_str(value: str) -> Span:
    return (f'"{value}"', "string")


def _j_leaf(depth: int, key: str, value: str | None, comma: bool, code: str = "",
            code_key: str = "", text_key: str = "") -> list[Line]:
    tail = "," if comma else ""
    head: list[Span] = [(f'"{key}"', "key"), (": ", "punct")]
    if value is None:
        return [Line(depth, [*head, ("null", "plain"), (tail, "punct")])]
    if code:
        return [Line(depth, [*head, ("{", "punct")], True),
                Line(depth + 1, [(f'"{code_key}"', "key"), (": ", "punct"), _j_str(code),
                                 (",", "punct")]),
                Line(depth + 1, [(f'"{text_key}"', "key"), (": ", "punct"), _j_str(value)]),
                Line(depth, [("}" + tail, "punct")])]
    return [Line(depth, [*head, _j_str(value), (tail, "punct")])]


def _signature(rng: random.Random) -> list[tuple[int, str]]:
    """An XML signature (W3C names) with base64 values, as (depth, text) lines."""
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    width = rng.choice((48, 64, 76))

    def block(n: int) -> list[str]:
        return ["".join(rng.choice(b64) for _ in range(width)) for _ in range(n)]

    digest = "".join(rng.choice(b64) for _ in range(43)) + "="
    out = [(1, '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'),
           (2, "<ds:SignedInfo>"),
           (3, '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'),
           (3, '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'),
           (3, '<ds:Reference URI="">'),
           (4, '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>'),
           (4, f"<ds:DigestValue>{digest}</ds:DigestValue>"),
           (3, "</ds:Reference>"), (2, "</ds:SignedInfo>"), (2, "<ds:SignatureValue>")]
    out += [(3, line) for line in block(rng.randint(3, 5))]
    out += [(2, "</ds:SignatureValue>"), (2, "<ds:KeyInfo>"), (3, "<ds:X509Data>"),
            (4, "<ds:X509Certificate>")]
    out += [(5, line) for line in block(rng.randint(6, 12))]
    out += [(4, "</ds:X509Certificate>"), (3, "</ds:X509Data>"), (2, "</ds:KeyInfo>"),
            (1, "</ds:Signature>")]
    return out


def _markup_lines(mx: _Mx, doc: Doc, record: Record, rng: random.Random, meta: dict[str, str],
                  deep: bool, log: list[tuple[str, str]], sig: list[tuple[int, str]]
                  ) -> list[Line]:
    """The record as printed lines; ``log``: (time stamp, step) entries of a processing log,
    ``sig``: the lines of an XML signature."""
    w = mx.words
    root = w.root(doc.doc_type)
    code_key, text_key = w.meta("code"), w.meta("text")
    out: list[Line] = []
    if w.dialect == "xml":
        ns = f"urn:de:kommunal:{root.split('.')[0]}:{rng.randint(1, 3)}.{rng.randint(0, 9)}"
        if mx.view == "listing":
            out.append(Line(0, [('<?xml version="1.0" encoding="UTF-8"?>', "punct")]))
        out.append(_x_open(0, root, [("xmlns", ns), (w.meta("version"), meta["version"])]))
        out.append(_x_open(1, w.section("header")))
        for key in ("message_id", "created", "sender", "receiver", "case", "channel"):
            if key in meta:
                out.append(_x_leaf(mx, 2, w.meta(key), meta[key], []))
        out.append(_x_close(1, w.section("header")))
        payload = w.meta("payload")
        out.append(_x_open(1, payload))
        for sec in doc.sections:
            name = w.section(sec.key)
            out.append(_x_open(2, name, brk=True))
            for grp in sec.groups:
                depth = 3
                nest = bool(grp.key) and deep
                if grp.key == "name" and mx.attrs and all(f.value for f in grp.items) and \
                        not any(f.code or f.options for f in grp.items):
                    attrs = [(w(f.key), f.value) for f in grp.items]
                    out.append(_x_leaf(mx, 3, w.section("name"), "", attrs))
                    continue
                if nest:
                    out.append(_x_open(3, w.section(grp.key)))
                    depth = 4
                for f in grp.items:
                    attrs = [(code_key, f.code)] if f.code else []
                    out.append(_x_leaf(mx, depth, w(f.key), f.value, attrs))
                if nest:
                    out.append(_x_close(3, w.section(grp.key)))
            out.append(_x_close(2, name))
        if doc.zone:
            zname = w.section("zone")
            out.append(_x_open(2, zname, brk=True))
            for k, line in enumerate(doc.zone):
                out.append(_x_leaf(mx, 3, w.meta("line"), line, [("nr", str(k + 1))]))
            out.append(_x_close(2, zname))
        out.append(_x_close(1, payload))
        if log:
            out.append(_x_open(1, w.meta("log"), brk=True))
            for when, step in log:
                out.append(_x_leaf(mx, 2, w.meta("log_entry"), step, [(w.meta("log_time"), when)]))
            out.append(_x_close(1, w.meta("log")))
        for depth, text in sig:
            out.append(Line(depth, [(text, "punct")], brk=text.startswith("<ds:Signature ")))
        out.append(_x_close(0, root))
        return out
    # JSON
    out.append(Line(0, [("{", "punct")], True))
    out.append(Line(1, [(f'"{w.meta("record_type")}"', "key"), (": ", "punct"), _j_str(root),
                        (",", "punct")]))
    out.append(Line(1, [(f'"{w.section("header")}"', "key"), (": {", "punct")], True))
    keys = [k for k in ("message_id", "created", "sender", "receiver", "case", "channel",
                        "version") if k in meta]
    for j, key in enumerate(keys):
        out += _j_leaf(2, w.meta(key), meta[key], j < len(keys) - 1)
    out.append(Line(1, [("},", "punct")]))
    out.append(Line(1, [(f'"{w.meta("payload")}"', "key"), (": {", "punct")], True))
    secs = list(doc.sections)
    for si, sec in enumerate(secs):
        last_sec = si == len(secs) - 1 and not doc.zone
        out.append(Line(2, [(f'"{w.section(sec.key)}"', "key"), (": {", "punct")], True, True))
        items: list[tuple[int, Grp | Fld]] = []
        for grp in sec.groups:
            if grp.key and deep:
                items.append((0, grp))
            else:
                items += [(1, f) for f in grp.items]
        tenants = [f for _, f in items if isinstance(f, Fld) and f.key in ("tenant", "further")]
        if tenants and rng.random() < 0.6:  # the persons moving in as a list of strings
            items = [(k, f) for k, f in items if not (isinstance(f, Fld) and f in tenants)]
            names = [f.value for f in tenants if f.value]
            out.append(Line(3, [(f'"{w("tenant")}"', "key"), (": [", "punct")], True))
            for j, nm in enumerate(names):
                out.append(Line(4, [_j_str(nm), ("," if j < len(names) - 1 else "", "punct")]))
            out.append(Line(3, [("]" + ("," if items else ""), "punct")]))
        for j, (_, it) in enumerate(items):
            comma = j < len(items) - 1
            if isinstance(it, Grp):
                out.append(Line(3, [(f'"{w.section(it.key)}"', "key"), (": {", "punct")], True))
                for m, f in enumerate(it.items):
                    out += _j_leaf(4, w(f.key), f.value or None, m < len(it.items) - 1, f.code,
                                   code_key, text_key)
                out.append(Line(3, [("}" + ("," if comma else ""), "punct")]))
            else:
                out += _j_leaf(3, w(it.key), it.value or None, comma, it.code, code_key,
                               text_key)
        out.append(Line(2, [("}" + ("" if last_sec else ","), "punct")]))
    if doc.zone:
        out.append(Line(2, [(f'"{w.section("zone")}"', "key"), (": [", "punct")], True, True))
        for k, line in enumerate(doc.zone):
            out.append(Line(3, [_j_str(line), ("," if k < len(doc.zone) - 1 else "", "punct")]))
        out.append(Line(2, [("]", "punct")]))
    out.append(Line(1, [("}" + ("," if log else ""), "punct")]))
    if log:
        out.append(Line(1, [(f'"{w.meta("log")}"', "key"), (": [", "punct")], True, True))
        for j, (when, step) in enumerate(log):
            out.append(Line(2, [("{", "punct"), (f'"{w.meta("log_time")}"', "key"),
                                (": ", "punct"), _j_str(when), (", ", "punct"),
                                (f'"{w.meta("log_entry")}"', "key"), (": ", "punct"),
                                _j_str(step), ("}" + ("," if j < len(log) - 1 else ""), "punct")]))
        out.append(Line(1, [("]", "punct")]))
    out.append(Line(0, [("}", "punct")]))
    return out


def _line_text(mx: _Mx, line: Line) -> str:
    return " " * (line.depth * mx.indent) + "".join(t for t, _ in line.spans)


def _wrap(mx: _Mx, line: Line, most: int) -> list[Line]:
    """A line longer than ``most`` characters, broken before an attribute, at a space inside a
    value or before a closing tag; continuation lines are indented two levels deeper."""
    if len(_line_text(mx, line)) <= most:
        return [line]
    units: list[list[Span]] = [[]]  # runs between two places where the line may break
    for text, kind in line.spans:
        if kind in ("text", "string") and " " in text:
            for j, part in enumerate(text.split(" ")):
                if j:
                    units.append([])
                units[-1].append((part if j == 0 else " " + part, kind))
            continue
        if units[-1] and ((kind == "plain" and text == " ") or (kind == "punct" and text == "</")):
            units.append([])
        units[-1].append((text, kind))
    out: list[Line] = []
    cur: list[Span] = []
    depth = line.depth
    used = depth * mx.indent
    for unit in units:
        size = sum(len(t) for t, _ in unit)
        if cur and used + size > most:
            out.append(Line(depth, cur, line.branch and not out, line.brk and not out))
            depth = line.depth + 2
            cur = []
            used = depth * mx.indent
            if unit[0][0].startswith(" "):
                unit = [(unit[0][0][1:], unit[0][1]), *unit[1:]]
                size -= 1
        cur += [s for s in unit if s[0]]
        used += size
    if cur:
        out.append(Line(depth, cur))
    for ln in out[1:]:
        ln.cont = True
    return out


def _m_faces(rng: random.Random) -> tuple[str, str]:
    pick = rng.choice(("courier", "dejavu", "liberation", "dejavu"))
    if pick == "dejavu":
        reg = fonts.font("DejaVuSansMono", "Courier")
        bold = fonts.font("DejaVuSansMono-Bold", "Courier-Bold")
        if (reg == "Courier") != (bold == "Courier-Bold"):
            return "Courier", "Courier-Bold"
        return reg, bold
    if pick == "liberation":
        reg = _reg("LiberationMono", "Courier")
        return reg, reg if reg != "Courier" else "Courier-Bold"
    return "Courier", "Courier-Bold"


def _meta(doc: Doc, record: Record, rng: random.Random, mx: _Mx) -> tuple[dict[str, str], date]:
    day = _day(doc, record, rng, 10)
    created = f"{day.isoformat()}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:" \
              f"{rng.randint(0, 59):02d}"
    uuid = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n))
                    for n in (8, 4, 4, 4, 12))
    meta = {"message_id": uuid, "created": created,
            "sender": f"ags:{_free_code(record, rng, 8)}",
            "version": f"{rng.randint(1, 3)}.{rng.randint(0, 12)}"}
    if rng.random() < 0.7:
        meta["receiver"] = f"dvdv:{_free_code(record, rng, 6)}"
    if rng.random() < 0.8:
        meta["case"] = f"{rng.choice(('OZG', 'VG', 'EA', 'AZ'))}-{day.year}-" \
                       f"{_free_number(record, rng, 10000, 989999)}"
    if rng.random() < 0.5:
        meta["channel"] = mx.words.word("channel_value")
    return meta, day


def draw_markup(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    regular, bold = _m_faces(rng)
    ui = _set4(rng.choice(SANS9))
    margin = rng.uniform(34, 56)
    view = "listing" if w.dialect == "json" else rng.choice(("tree", "listing"))
    mx = _Mx(pen, regular, bold, ui, rng.uniform(8.2, 10.2), margin, PAGE_W - margin, view,
             rng.choice((2, 2, 4)) if view == "listing" else 2,
             view == "listing" and rng.random() < 0.75, rng.random() < 0.7, w,
             rng.random() < 0.35)
    meta, created = _meta(doc, record, rng, mx)
    deep = rng.random() < 0.65
    printed = _day(doc, record, rng, 4)
    if printed < created:
        printed = created
    # a processing log (time stamps on the creation and the print day) and a signature
    steps = w.word("log_steps").split("|")
    clock = rng.randint(6 * 3600, 15 * 3600)
    entries = []
    for k, step in enumerate(steps):
        clock += rng.randint(2, 900)
        day = created if k < len(steps) // 2 or printed == created else printed
        entries.append((f"{day.isoformat()}T{clock // 3600 % 24:02d}:{clock // 60 % 60:02d}:"
                        f"{clock % 60:02d}", step))
    sig = _signature(rng) if w.dialect == "xml" and (pages == 2 or rng.random() < 0.3) else []
    two = pages == 2 and not isinstance(record, Identity)
    nlog = rng.choice((0, 0, 3, 5)) if not two else 4
    state = rng.getstate()
    lines = _markup_lines(mx, doc, record, rng, meta, deep, entries[:nlog], sig)
    while two and nlog < len(entries) and len(lines) * 10.5 * 1.28 < (PAGE_H - 120) * 1.25:
        nlog += 1  # a longer log, so that the record runs over two sheets
        rng.setstate(state)
        lines = _markup_lines(mx, doc, record, rng, meta, deep, entries[:nlog], sig)
    stamp = f"{format_extra22_date(printed, 'numeric')} {rng.randint(7, 19):02d}:" \
            f"{rng.randint(0, 59):02d}"
    ext = "xml" if w.dialect == "xml" else "json"
    fname = f"{rng.choice(('nachricht', 'vorgang', 'export', 'eingang', 'daten'))}_" \
            f"{_free_number(record, rng, 100000, 989999)}.{ext}"
    folder = rng.choice(("C:/Users/sb{}/Downloads", "C:/Vorgaenge/Eingang{}",
                         "//fileserver/meldewesen/import{}", "/home/sb{}/eingang"))
    folder = folder.format(rng.randint(10, 99))
    user = f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.choice('ABCDEFGHKLMNPRSTW')}" \
           f"{rng.randint(10, 99)}"
    browser = rng.choice(("a", "b"))
    style = rng.choice(VIZ_STYLES)
    sub = random.Random(rng.random())
    # the copy of an identity document: (part, scale) per sheet
    copies: list[list[tuple[str, float]]] = [[] for _ in range(pages)]
    if isinstance(record, Identity):
        card = record.mrz_format == "TD1"
        if pages == 1:
            copies[0] = [("both" if card else "page", rng.uniform(0.85, 1.05))]
        elif card:
            copies = [[("front", rng.uniform(0.9, 1.12))], [("back", rng.uniform(0.9, 1.12))]]
        else:
            copies[1] = [("page", rng.uniform(0.95, 1.15))]
    top, bottom = PAGE_H - (70 if view == "tree" else 58), 50
    room = top - bottom
    size = mx.size
    if two:  # a larger face fills two sheets
        size = min(12.0, max(size, 1.25 * room / (len(lines) * 1.28)))
    shown: list[Line] = []
    lead = size * 1.28
    for _ in range(24):  # shrink until the plan's sheets hold it
        mx.size = size
        cw = _width("M", mx.regular, size)
        gutter = cw * 5 if mx.numbers else 0
        most = int((mx.x1 - mx.x0 - gutter - (12 if view == "tree" else 0)) / cw)
        shown = [p for line in lines for p in _wrap(mx, line, most)]
        lead = size * 1.28
        copy_h = [sum(_card_size(record, part, sc)[1] + 30 for part, sc in sheet)
                  if isinstance(record, Identity) else 0.0 for sheet in copies]
        need = len(shown) * lead
        if max(len(_line_text(mx, ln)) for ln in shown) > most:
            size *= 0.95
            continue
        if isinstance(record, Identity) or pages == 1:
            if need + copy_h[0] <= room:
                break
        elif need <= 2 * room - 4 * lead:
            break
        size *= 0.95
    chunks = [shown]
    if pages == 2 and not isinstance(record, Identity):
        per = int(room / lead)
        cands = [i for i, ln in enumerate(shown) if ln.brk and 0 < i <= per]
        cut = min(cands, key=lambda i: abs(i - min(per, len(shown) * 0.62))) if cands else per
        if len(shown) > per:  # a viewer fills the first sheet
            cut = per
        cut = max(cut, len(shown) - per)
        chunks = [shown[:cut], shown[cut:]]
    elif pages == 2:
        chunks = [shown, []]
    number = 1
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        _m_chrome(mx, k + 1, pages, fname, folder, stamp, user, browser)
        y = top
        if view == "tree" and k == 0:
            c = pen.c
            c.setFont(ui.regular, 8.5)
            c.setFillGray(0.2)
            c.drawString(mx.x0, top + 4, w.word("tree_note"))
            c.setFillGray(0)
            c.setStrokeGray(0.7)
            c.line(mx.x0, top - 2, mx.x1, top - 2)
            c.setStrokeGray(0)
            y -= 12
        for line in chunk:
            _m_line(mx, line, y, number)
            number += 0 if line.cont else 1
            y -= lead
        if isinstance(record, Identity):
            y -= 8
            for part, sc in copies[k]:
                _m_copy(mx, record, part, sc, style, sub, y)
                y -= _card_size(record, part, sc)[1] + 30


def _m_copy(mx: _Mx, r: Identity, part: str, scale: float, style: str, sub: random.Random,
            top: float) -> None:
    c = mx.pen.c
    c.setFont(mx.ui.italic, 8)
    c.setFillGray(0.25)
    c.drawString(mx.x0, top - 8, mx.words.word("copy_caption"))
    c.setFillGray(0)
    _draw_copy(mx.pen, r, part, mx.x0 + 10, top - 16, scale, style, sub, False)


def _m_line(mx: _Mx, line: Line, y: float, number: int) -> None:
    c = mx.pen.c
    size = mx.size
    cw = _width("M", mx.regular, size)
    x = mx.x0
    if mx.numbers:
        if not line.cont:
            c.setFillGray(0.55)
            c.setFont(mx.regular, size * 0.9)
            c.drawRightString(x + cw * 4, y, str(number))
        x += cw * 5
    if mx.view == "tree":
        x += 12
    x += line.depth * mx.indent * cw
    if mx.view == "tree" and line.branch:
        c.setFillGray(0.35)
        p = c.beginPath()
        p.moveTo(x - 9, y + size * 0.62)
        p.lineTo(x - 3, y + size * 0.62)
        p.lineTo(x - 6, y + size * 0.12)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    for text, kind in line.spans:
        if mx.colours:
            c.setFillColorRGB(*_COLOURS[kind])
        else:
            c.setFillGray(0)
        face = mx.bold if (kind in ("tag", "key") and mx.view == "tree") else mx.regular
        c.setFont(face, size)
        c.drawString(x, y, text)
        x += _width(text, face, size)
    c.setFillGray(0)


def _m_chrome(mx: _Mx, page: int, pages: int, fname: str, folder: str, stamp: str, user: str,
              browser: str) -> None:
    c = mx.pen.c
    w = mx.words
    c.setFillGray(0.15)
    if mx.view == "tree":  # the browser's print header and footer
        c.setFont("Helvetica", 7.5)
        url = f"file:///{folder.lstrip('/')}/{fname}"
        if browser == "a":
            c.drawString(28, PAGE_H - 20, stamp)
            c.drawCentredString(PAGE_W / 2 + 30, PAGE_H - 20, fname)
            c.drawString(28, 16, url[:95])
            c.drawRightString(PAGE_W - 28, 16, f"{page}/{pages}")
        else:
            c.drawString(28, PAGE_H - 20, fname)
            c.drawRightString(PAGE_W - 28, PAGE_H - 20, url[:80])
            c.drawString(28, 16, f"{page} / {pages}")
            c.drawRightString(PAGE_W - 28, 16, stamp)
        c.setFillGray(0)
        return
    ui = mx.ui
    c.setFont(ui.bold, 8.5)
    c.drawString(mx.x0, PAGE_H - 30, f"{w.word('viewer')} – {fname}")
    c.setFont(ui.regular, 7.5)
    c.drawRightString(mx.x1, PAGE_H - 30, w.word("page").format(page, pages))
    c.drawString(mx.x0, PAGE_H - 41, f"{w.word('file_label')}: {folder}/{fname}")
    c.setLineWidth(0.5)
    c.line(mx.x0, PAGE_H - 45, mx.x1, PAGE_H - 45)
    c.line(mx.x0, 36, mx.x1, 36)
    c.drawString(mx.x0, 26, f"{w.word('printed_at')}: {stamp}")
    c.drawRightString(mx.x1, 26, f"{w.word('printed_by')} {user}")
    c.setFillGray(0)


def draw_extra22(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if _outline(s):
        draw_outline(pen, record, s, rng, doc_type, pages)
    else:
        draw_markup(pen, record, s, rng, doc_type, pages)
