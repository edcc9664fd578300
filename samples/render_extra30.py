"""The thirtieth extra pair of blind held-out layouts: ``translation`` and ``indexcard``.

``translation`` is a certified German translation of a foreign document as a sworn translator
prints it: a letterhead with the translator's name, degree, sworn status, office and contact
lines, a title naming the source language, the translated title of the original, the original's
content in the translator's rendering (labels in less usual, sometimes word-for-word German, the
original's term kept after a label now and then, square-bracket notes for seals, signatures,
emblems, empty fields and hand-written entries, the translator's remarks), the certification
formula, place and date, signature and a round stamp, and a page footer counting the pages of the
translation. Forms are translated forms (label and value lines at a tab, after a colon, below
the label, numbered or in a ruled table), certificates translated civil-status extracts or
running prose, identity documents a translated passport or card with the machine-readable zone
reproduced whole.

``indexcard`` is an old municipal card index or a modern index-card-sized record: one or more
cards on the page (one large card, two cards stacked as front and back of one case, or a grid
of small cards), tinted card stock, ruled lines, a title band or rule, a tab, card number,
drawer, punch holes; entries typed in a typewriter face under abbreviated printed labels (on
ruled lines, in small boxes, or in two columns), entries added later in another face with
their own date, superseded entries struck through with the current entry beside them or in the
card's later entries, stamped entries, remarks and a clerk's mark. Identity documents are a card
with the document data and the zone typed on it.

Both draw straight from the record with the wording of ``samples.wording_extra30``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from samples import data, pools
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
from samples.fonts import mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _set4
from samples.render_extra16 import _hand_face
from samples.render_extra24 import Block
from samples.render_extra26 import _city, _furniture_day, _truth_days, _truth_strings
from samples.render_extra29 import _initials, _other_day, _pages, _space, _sw, _wrap
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra30 import (
    DWELLING30,
    DWELLING_ORDER30,
    ID_KINDS30,
    NAT_ABBR30,
    PURPOSE30,
    PURPOSE_ORDER30,
    ROLE30,
    SEX_ORDER30,
    TR_LANGUAGE_OF,
    TR_LANGUAGES,
    TR_ORIGINAL,
    Extra30Wording,
    language_words,
    nationality_word,
    printed_dates,
    sex_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
FORMS: Final = ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                "aufenthaltstitel_antrag")
RGB = tuple[float, float, float]
ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
TINTS: Final[tuple[RGB, ...]] = (
    (1.0, 0.99, 0.93), (0.99, 0.96, 0.86), (0.93, 0.96, 1.0), (0.99, 0.93, 0.93),
    (0.93, 0.98, 0.92), (0.97, 0.95, 0.9), (1.0, 1.0, 1.0), (0.96, 0.94, 0.99),
)
RULES: Final[tuple[RGB, ...]] = ((0.55, 0.7, 0.9), (0.7, 0.7, 0.7), (0.6, 0.78, 0.85),
                                 (0.8, 0.75, 0.65))
RED: Final[RGB] = (0.82, 0.2, 0.2)
INKS: Final[tuple[RGB, ...]] = ((0.1, 0.15, 0.55), (0.0, 0.0, 0.0), (0.2, 0.2, 0.45),
                                (0.05, 0.3, 0.6))
STAMP_INKS: Final[tuple[RGB, ...]] = ((0.45, 0.2, 0.55), (0.2, 0.3, 0.65), (0.6, 0.15, 0.2),
                                      (0.35, 0.35, 0.4))
#: cities of ``samples.pools`` that seat a regional court (where translators are sworn in)
COURT_SEATS: Final = ("Bochum", "Dortmund", "Essen", "Düsseldorf", "Köln", "Münster", "Berlin",
                      "Hamburg", "München", "Leipzig", "Dresden", "Frankfurt am Main",
                      "Würzburg", "Gießen", "Lübeck", "Osnabrück", "Saarbrücken", "Görlitz")
DATE_FIELDS: Final = frozenset({"date_of_birth", "move_in_date", "issue_date", "marriage_date",
                                "date_of_death", "passport_expiry_date", "entry_date",
                                "expiry_date", "doc_issue"})


# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, the printed label (set when the document is built); a translation's
    original term and note, an index card's superseded entry (struck through; never a truth
    value), the day an entry was added later, whether it was stamped."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    optional: bool = False
    label: str = ""
    day: date | None = None
    orig: str = ""
    note: str = ""
    old: str = ""
    later: date | None = None
    stamped: bool = False


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class TrLook:
    """A translation's habits (one draw per document)."""

    head: str = "centre"  # centre | left | right | band
    title_style: str = "caps"  # caps | bold | spaced | underline
    body: str = "colon"  # colon | tab | numbered | indent | table
    orig_style: str = "bracket"  # bracket | paren | italic
    secs: str = "roman"  # roman | letter | caps | plain | number
    value_style: str = "plain"  # plain | bold | underline
    ticks: str = "brackets"  # brackets | words
    stamp: str = "drawn"  # drawn | text
    footer_pos: str = "centre"
    rule: bool = True
    emblem: bool = False
    cert_frame: bool = False
    cert_head: bool = True
    end_mark: bool = True
    roll_footer: bool = False
    label_bold: bool = False
    translator: str = ""
    degree: str = ""
    sworn: str = ""
    office: str = ""
    contact: str = ""
    office_city: str = ""
    court: str = ""
    roll: str = ""
    title_line: str = ""
    source_line: str = ""
    source_kind: str = ""
    remarks: tuple[str, ...] = ()
    remark_at: int = -1
    ink: RGB = (0.2, 0.3, 0.65)
    lang_word: str = ""


@dataclass(slots=True)
class CardLook:
    """An index card's print and the clerk's habits (one draw per document)."""

    arrange: str = "stack"  # stack | single | grid
    w: float = 440.0
    h: float = 300.0
    per_page: int = 2
    mode: str = "lines"  # lines | boxes | split
    tint: RGB = (1.0, 0.99, 0.93)
    corner: float = 0.0
    rule: RGB | None = (0.55, 0.7, 0.9)
    red_rule: bool = True
    margin_line: bool = False
    band: str = "line"  # band | line | box
    band_fill: RGB = (0.85, 0.85, 0.85)
    tab: float = -1.0  # where the tab sits along the top edge (a fraction; < 0: none)
    tab_text: str = ""
    holes: str = "bottom"  # none | bottom | left | two
    captions: bool = False
    strike: str = "line"  # line | double | xs
    later_mode: str = "inline"  # inline | appendix
    later_ink: RGB = (0.1, 0.15, 0.55)
    stamp_ink: RGB = (0.45, 0.2, 0.55)
    choice: str = "circle"  # circle | underline | slash | only
    lsize: float = 6.5
    vsize: float = 8.0
    label_face: str = "Helvetica"
    label_bold: str = "Helvetica-Bold"
    type_face: str = "Courier"
    later_face: str = "Courier"
    card_no: str = ""
    drawer: str = ""
    clerk: str = ""
    opened: date | None = None
    stamp_text: str = ""
    stamp_day: date | None = None
    remarks: tuple[str, ...] = ()
    page_head: bool = False
    copy_doc: bool = False
    merge_back: bool = False
    shadow: bool = False
    label_grey: float = 0.25


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    vface: str
    fs: float
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    ref: str = ""
    lang: str = ""
    prose: bool = False
    tr: TrLook = field(default_factory=TrLook)
    card: CardLook = field(default_factory=CardLook)
    notes: list[str] = field(default_factory=list)


def _w(s: Style) -> Extra30Wording:
    assert isinstance(s.words, Extra30Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.w = _w(s)
        self.card = doc.layout == "indexcard"

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "") -> Fld:
        f = Fld(key, value, name)
        self.doc.sections[-1].items.append(f)
        return f

    def optional(self, key: str, value: str, name: str) -> Fld:
        f = self.add(key, value, name if value else "")
        f.optional = True
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        f = self.add(key, self.s.date(d), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        cert = self.doc.doc_type in CERTIFICATES
        if mode == "choice":
            f = self.add("sex", SEX_WORDS[code], name)
            if not cert:
                f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER30)
                f.chosen = SEX_ORDER30.index(code)
            return f
        return self.add("sex", sex_word(code, mode), name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice":
            f.options, f.chosen = words, chosen
        return f

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number")
            self.add("city_line", a.city_line, "postal_code+city")
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number")
            self.add("postal_code", a.postal_code, "postal_code")
            self.add("city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name")
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc)
    j = 1 if b.card else 0
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            b.optional("birth_name", p.birth_name or "", "birth_name")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if rng.random() < 0.35:
                b.add("marital", record.marital)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                words = tuple(DWELLING30[d][j] for d in DWELLING_ORDER30)
                b.choice("dwelling", words, DWELLING_ORDER30.index(record.dwelling), "dwelling")
            elif rng.random() < 0.5:
                b.optional("dwelling", "", "")
            if record.previous or rng.random() < 0.6:
                b.section("previous")
                b.optional("previous_address", record.previous or "", "previous_address")
            if record.phone and rng.random() < 0.5:
                b.section("contact")
                b.add("phone", record.phone)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", tuple(ROLE30[k][j] for k in (True, False)),
                     0 if record.landlord_is_owner else 1)
            b.section("flat")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.section("tenants")
            for name in record.tenants:
                b.add("tenant", name, "tenant_names")
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if rng.random() < 0.5:
                b.add("birth_time", record.birth_time)
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father or rng.random() < 0.6:
                b.optional("father_name", record.father or "", "father_name")
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
            b.section("marriage")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if rng.random() < 0.5:
                b.add("last_residence", record.last_residence)
            b.section("death")
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            _register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.date("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            if rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            b.optional("desired_plate", record.plate or "", "desired_plate")
            b.section("insurance")
            b.add("evb_number", record.evb, "evb_number")
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban")
            if rng.random() < 0.4:
                b.add("bic", record.bic)
        case Aufenthalt():
            p = record.person
            b.section("applicant")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.section("stay")
            words = tuple(PURPOSE30[x][j] for x in PURPOSE_ORDER30)
            b.choice("purpose", words, PURPOSE_ORDER30.index(record.purpose), "purpose")
            b.section("home")
            b.address(record.address)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS30["P"][j], ID_KINDS30["I"][j]),
                     0 if kind == "P" else 1)
            if rng.random() < 0.5:
                b.add("doc_code", record.document_code)
            b.add("doc_number", str(t["document_number"]), "document_number")
            b.add("issuing_state", str(t["issuing_state"]), "issuing_state")
            if record.authority and rng.random() < 0.6:
                b.add("authority", record.authority)
            if rng.random() < 0.5:
                b.date("doc_issue", record.issue)
            b.date("expiry_date", record.expiry, "expiry_date")
            b.section("holder_id")
            b.add("family_name", str(t["family_name"]), "family_name")
            b.add("given_names", str(t["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            if rng.random() < 0.5:
                b.add("place_of_birth", record.person.pob)
            b.sex(str(t["sex"]) if str(t["sex"]) in SEX_WORDS else "X")
            b.nationality(record.person.nationality)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register")
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number")
    b.date("issue_date", r.issue, "issue_date")


# --- the document's habits -----------------------------------------------------------------------


def _taken(record: Record) -> set[str]:
    """Every truth value, its words and its dates as these layouts print them."""
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(d)
    return out


def _main_nationality(record: Record) -> str:
    match record:
        case Anmeldung() | Aufenthalt() | Identity():
            return record.person.nationality
    return ""


def _language(record: Record, rng: random.Random) -> str:
    nat = _main_nationality(record)
    if nat == "DEU" and isinstance(record, Identity):
        return rng.choice(("en", "fr"))
    if nat in TR_LANGUAGE_OF and rng.random() < 0.8:
        return TR_LANGUAGE_OF[nat]
    return rng.choice(sorted(TR_LANGUAGES))


def _translator(record: Record, rng: random.Random, lang: str, female: bool,
                taken: set[str]) -> str:
    nats = [n for n, code in TR_LANGUAGE_OF.items() if code == lang] or ["DEU"]
    for _ in range(30):
        nat = rng.choice([*nats, "DEU"])
        group = pools.NAME_GROUP.get(nat, "DEU")
        given = data.given_names(rng, group, "F" if female else "M").split()[0]
        family = data.family_name(rng, group, False)
        if rng.random() < 0.3:
            family = f"{family}-{data.family_name(rng, 'DEU', False)}"
        name = f"{given} {family}"
        if not ({given, family, name} & taken):
            return name
    return "Dora Quast"


def _slip(word: str, rng: random.Random) -> str:
    """A plausible typing slip in a word (two letters swapped, doubled or dropped)."""
    spots = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if not spots:
        return word + word[-1:]
    i = rng.choice(spots)
    mode = rng.random()
    if mode < 0.5 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if mode < 0.8:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1:]


def _other_code(value: str, rng: random.Random) -> str:
    """A number or code with one character changed."""
    spots = [i for i, ch in enumerate(value) if ch.isalnum()]
    i = rng.choice(spots)
    ch = value[i]
    if ch.isdigit():
        new = str((int(ch) + rng.randint(1, 8)) % 10)
    else:
        new = rng.choice([c for c in "ABCDEFGHKLMNPRSTUVWXYZ" if c != ch.upper()])
    return value[:i] + new + value[i + 1:]


def _old_value(f: Fld, record: Record, s: Style, rng: random.Random, taken: set[str]) -> str:
    """A superseded entry for ``f``: plausible, and none of the truth's values or words."""
    key = f.key
    out = ""
    addr = getattr(record, "address", None)
    if f.day is not None:
        days = _truth_days(record)
        for _ in range(20):
            d = f.day + timedelta(days=rng.choice((-1, 1, -10, 10, -31, 31, 365, -365, 3)))
            if d not in days:
                out = s.date(d)
                break
    elif key == "street":
        out = rng.choice([x for x in pools.STREETS if x != f.value])
    elif key == "house_number":
        digits = "".join(ch for ch in f.value if ch.isdigit()) or "1"
        out = str(int(digits) + rng.choice((1, 2, 3, 10, 11, -1)))
        out = out if out != "0" else "4"
    elif key == "postal_code":
        out = _other_code(f.value, rng)
    elif key == "city":
        out = rng.choice([c for c in pools.CITIES if c != f.value])
    elif key in ("street_line", "city_line", "address_line") and isinstance(addr, Address):
        street = rng.choice([x for x in pools.STREETS if x != addr.street])
        city = rng.choice([c for c in pools.CITIES if c != addr.city])
        code = rng.choice(pools.CITIES[city][0])
        number = str(rng.randint(1, 140))
        out = {"street_line": f"{street} {number}", "city_line": f"{code} {city}",
               "address_line": f"{street} {number}, {code} {city}"}[key]
    elif key == "nationality":
        code = rng.choice([c for c in pools.NATIONALITIES if c != _main_nationality(record)])
        out = nationality_word(code, s.nationality_mode)
    elif key in ("family_name", "given_names", "mother_name", "father_name", "landlord_name",
                 "account_holder", "tenant"):
        words = f.value.split()
        k = rng.randrange(len(words))
        words[k] = _slip(words[k], rng)
        out = " ".join(words)
    elif key in ("passport_number", "doc_number", "evb_number", "desired_plate", "vin"):
        out = _other_code(f.value, rng)
    if not out or out == f.value or out in taken or any(w in taken for w in out.split()
                                                          if len(w) > 3 and key != "city"):
        return ""
    return out


# --- shared drawing helpers ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ink:
    """How a word is printed: face, size, colour, and whether it is struck through."""

    face: str
    size: float
    rgb: RGB = (0.0, 0.0, 0.0)
    strike: bool = False


Word = tuple[str, Ink, str]  # text, ink, tag (decorations group words by tag)


def _words(text: str, ink: Ink, tag: str = "") -> list[Word]:
    return [(w, ink, tag) for w in text.split()]


def _gap(prev: Word, word: Word) -> float:
    """The room between two words on a line (a space, and some air around a marked group)."""
    ink = prev[1]
    air = ink.size * 0.35 if prev[2] != word[2] and (prev[2] or word[2]) else 0.0
    return _sw(" ", ink.face, ink.size) + air


def _wrap_words(words: list[Word], width: float) -> list[list[Word]]:
    lines: list[list[Word]] = [[]]
    used = 0.0
    for word in words:
        text, ink, _tag = word
        wd = _sw(text, ink.face, ink.size)
        gap = _gap(lines[-1][-1], word) if lines[-1] else 0.0
        if lines[-1] and used + gap + wd > width:
            lines.append([])
            used, gap = 0.0, 0.0
        lines[-1].append(word)
        used += gap + wd
    return [line for line in lines if line] or [[]]


def _line_width(line: list[Word]) -> float:
    total = 0.0
    for k, (text, ink, _tag) in enumerate(line):
        total += _sw(text, ink.face, ink.size) + (_gap(line[k - 1], line[k]) if k else 0.0)
    return total


def _draw_words(c: Pen, line: list[Word], x: float, y: float) -> dict[str, tuple[float, float]]:
    """Draw a line of words (runs of one ink as one string, so the text layer keeps their
    spaces); returns each tag's x extent."""
    canvas = c.c
    extents: dict[str, tuple[float, float]] = {}
    k = 0
    while k < len(line):
        ink = line[k][1]
        tag = line[k][2]
        run = [line[k][0]]
        k += 1
        while k < len(line) and line[k][1] == ink and line[k][2] == tag:
            run.append(line[k][0])
            k += 1
        text = " ".join(run) + (" " if k < len(line) else "")
        canvas.setFillColorRGB(*ink.rgb)
        canvas.setFont(ink.face, ink.size)
        canvas.drawString(x, y, text)
        wd = _sw(" ".join(run), ink.face, ink.size)
        if ink.strike:
            canvas.setStrokeColorRGB(*ink.rgb)
            canvas.setLineWidth(max(0.5, ink.size * 0.07))
            canvas.line(x - 1, y + ink.size * 0.3, x + wd + 1, y + ink.size * 0.3)
        if tag:
            x0, _x1 = extents.get(tag, (x, x))
            extents[tag] = (x0, x + wd)
        x += _sw(text, ink.face, ink.size)
        if k < len(line) and (line[k][2] != tag) and (tag or line[k][2]):
            x += ink.size * 0.35  # a little air around a marked group
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    return extents


def _ring_stamp(c: Pen, cx: float, cy: float, r: float, ring: str, mid: str, ink: RGB,
                face: str, tilt: float) -> None:
    """A round rubber stamp: two rings, the text around them and a word in the middle."""
    canvas = c.c
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(tilt)
    canvas.setStrokeColorRGB(*ink)
    canvas.setFillColorRGB(*ink)
    canvas.setLineWidth(1.1)
    canvas.circle(0, 0, r, stroke=1, fill=0)
    canvas.setLineWidth(0.6)
    canvas.circle(0, 0, r * 0.68, stroke=1, fill=0)
    n = max(1, len(ring))
    size = min(r * 0.22, 2 * math.pi * r * 0.8 / (n * 0.72))
    canvas.setFont(face, size)
    for k, ch in enumerate(ring):
        a = math.pi / 2 - 2 * math.pi * k / n
        canvas.saveState()
        canvas.translate(r * 0.82 * math.cos(a), r * 0.82 * math.sin(a))
        canvas.rotate(math.degrees(a) - 90)
        canvas.drawCentredString(0, -size * 0.35, ch)
        canvas.restoreState()
    msize = min(r * 0.24, r * 1.2 / max(1.0, _sw(mid, face, 1.0)))
    canvas.setFont(face, msize)
    canvas.drawCentredString(0, -msize * 0.35, mid)
    canvas.restoreState()


def _rect_stamp(c: Pen, cx: float, cy: float, lines: tuple[str, ...], ink: RGB, face: str,
                size: float, tilt: float) -> None:
    canvas = c.c
    wd = max(_sw(x, face, size) for x in lines) + 10
    ht = size * 1.3 * len(lines) + 6
    canvas.saveState()
    canvas.translate(cx, cy)
    canvas.rotate(tilt)
    canvas.setStrokeColorRGB(*ink)
    canvas.setFillColorRGB(*ink)
    canvas.setLineWidth(0.9)
    canvas.roundRect(-wd / 2, -ht / 2, wd, ht, 2.5, stroke=1, fill=0)
    canvas.setFont(face, size)
    y = ht / 2 - 3 - size
    for line in lines:
        canvas.drawCentredString(0, y, line)
        y -= size * 1.3
    canvas.restoreState()


# --- translation ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tx:
    pen: Pen
    doc: Doc
    w: Extra30Wording
    s: Style
    rng: random.Random
    x0: float
    x1: float
    record: Record
    scale: float = 1.0
    tab: float = 0.0

    @property
    def fs(self) -> float:
        return self.doc.fs * self.scale

    @property
    def f(self) -> Set4:
        return self.doc.faces

    @property
    def look(self) -> TrLook:
        return self.doc.tr


def _tr_look(doc: Doc, w: Extra30Wording, rng: random.Random, record: Record,
             taken: set[str]) -> TrLook:
    look = TrLook()
    look.head = rng.choice(("centre", "left", "right", "band"))
    look.title_style = rng.choice(("caps", "bold", "spaced", "underline"))
    look.body = rng.choice(("colon", "tab", "numbered", "indent", "table", "tab"))
    look.orig_style = rng.choice(("bracket", "paren", "italic"))
    look.secs = rng.choice(("roman", "letter", "caps", "plain", "number"))
    look.value_style = rng.choice(("plain", "plain", "bold", "underline"))
    look.ticks = rng.choice(("brackets", "words"))
    look.stamp = rng.choice(("drawn", "drawn", "text"))
    look.footer_pos = rng.choice(("centre", "right", "left"))
    look.rule = rng.random() < 0.7
    look.emblem = rng.random() < 0.5
    look.cert_frame = rng.random() < 0.3
    look.cert_head = rng.random() < 0.6
    look.end_mark = rng.random() < 0.55
    look.roll_footer = rng.random() < 0.5
    look.label_bold = rng.random() < 0.25
    look.ink = STAMP_INKS[rng.randrange(len(STAMP_INKS))]
    dat, adj, stamp_word = language_words(doc.lang)
    nom = dat[:-2]
    look.lang_word = stamp_word
    look.translator = _translator(record, rng, doc.lang, w.female, taken)
    seats = [c for c in COURT_SEATS if c != doc.city] if rng.random() < 0.75 else \
        [c for c in COURT_SEATS if c == doc.city] or list(COURT_SEATS)
    look.office_city = rng.choice(seats)
    look.court = look.office_city if rng.random() < 0.7 else rng.choice(COURT_SEATS)
    keys = {"dat": dat, "adj": adj, "adje": adj[:-1], "adjr": adj[:-1] + "r", "nom": nom,
            "court": look.court}
    look.degree = w.gendered("degree")
    look.sworn = w.gendered("sworn").format(**keys)
    street = rng.choice([x for x in pools.STREETS if x not in taken])
    codes = [x for x in pools.CITIES[look.office_city][0] if x not in taken]
    code = rng.choice(codes or list(pools.CITIES[look.office_city][0]))
    look.office = f"{street} {rng.randint(1, 90)}, {code} {look.office_city}"
    plain = look.translator.split()[-1].lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("á", "a"),
                 ("ó", "o"), ("í", "i"), ("ç", "c")):
        plain = plain.replace(a, b)
    stem = "".join(ch for ch in plain if ch.isascii() and (ch.isalpha() or ch == "-")) or "buero"
    look.contact = w.word("contact").format(data.phone(rng), w.word("mail").format(stem))
    look.roll = w.word("roll").format(f"{rng.randint(12, 980)}/{data.REFERENCE_DATE.year}")
    look.title_line = w.word("title").format(**keys)
    look.source_line = w.word("source").format(**keys) if rng.random() < 0.6 else ""
    look.source_kind = w.word("source_kind") if rng.random() < 0.5 else ""
    look.remarks = _remarks(w, rng)
    look.remark_at = rng.choice((-1, -1, 0, 1))
    del doc
    return look


def _remarks(w: Extra30Wording, rng: random.Random) -> tuple[str, ...]:
    """Zero to two translator's remarks in the document's own bracket style."""
    frame = w.gendered("note_prefix")
    picks: list[str] = []
    for _ in range(rng.choice((0, 1, 1, 2))):
        text = w.pick("remark")
        if text not in picks:
            picks.append(text)
    return tuple(frame.format(p) for p in picks)


def _tr_para(tx: _Tx, text: str, size: float, face: str = "", gap: float = 0.55,
             indent: float = 0.0, centre: bool = False, grey: float = 0.0,
             inset: float = 0.0) -> Block:
    face = face or tx.doc.vface
    lines = _wrap(text, face, size, tx.x1 - tx.x0 - indent - inset)
    h = len(lines) * size * 1.42 + size * gap

    def draw(top: float) -> None:
        c = tx.pen.c
        c.setFillGray(grey)
        c.setFont(face, size)
        y = top - size
        for line in lines:
            if centre:
                c.drawCentredString((tx.x0 + tx.x1) / 2, y, line)
            else:
                c.drawString(tx.x0 + indent, y, line)
            y -= size * 1.42
        c.setFillGray(0)

    return Block(h, draw, True)


def _tr_letterhead(tx: _Tx) -> Block:
    look, f = tx.look, tx.f
    fs = tx.fs
    name_size = fs * 1.5
    small = fs * 0.82
    width = tx.x1 - tx.x0
    side = look.head == "left"
    share = 0.55 if side else 0.9
    left = [(ln, f.italic) for ln in _wrap(look.degree, f.italic, small, width * share)]
    left += [(ln, f.regular) for ln in _wrap(look.sworn, f.regular, small, width * share)]
    right = [(ln, f.regular) for text in (look.office, look.contact)
             for ln in _wrap(text, f.regular, small, width * (0.42 if side else 0.9))]
    if side:
        h = max(name_size * 1.4 + len(left) * small * 1.3, len(right) * small * 1.3) + fs * 1.6
    else:
        h = name_size * 1.45 + (len(left) + len(right)) * small * 1.32 + fs * 1.4
    if look.head == "band":
        h += fs * 0.8

    def draw(top: float) -> None:
        c = tx.pen.c
        y = top - name_size
        if look.head == "band":
            c.setFillColorRGB(0.92, 0.92, 0.9)
            c.rect(tx.x0 - 6, top - h + fs * 0.9, width + 12, h - fs * 0.9, stroke=0, fill=1)
            c.setFillGray(0)
        c.setFont(f.bold, name_size)
        if look.head in ("centre", "band"):
            c.drawCentredString((tx.x0 + tx.x1) / 2, y, look.translator)
        elif look.head == "right":
            c.drawRightString(tx.x1, y, look.translator)
        else:
            c.drawString(tx.x0, y, look.translator)
        y -= name_size * 0.45
        if side:
            yl = y
            for text, face in left:
                yl -= small * 1.3
                c.setFont(face, small)
                c.drawString(tx.x0, yl, text)
            yr = top - small * 1.1
            for text, face in right:
                c.setFont(face, small)
                c.drawRightString(tx.x1, yr, text)
                yr -= small * 1.3
        else:
            for text, face in left + right:
                y -= small * 1.32
                c.setFont(face, small)
                if look.head == "right":
                    c.drawRightString(tx.x1, y, text)
                else:
                    c.drawCentredString((tx.x0 + tx.x1) / 2, y, text)
        if look.rule:
            c.setLineWidth(0.8)
            c.setStrokeGray(0.3)
            c.line(tx.x0, top - h + fs * 0.5, tx.x1, top - h + fs * 0.5)
            c.setStrokeGray(0)

    return Block(h, draw, False)


def _tr_title(tx: _Tx) -> Block:
    look, f = tx.look, tx.f
    fs = tx.fs
    size = fs * 1.3
    text = look.title_line.upper() if look.title_style == "caps" else look.title_line
    spacing = 1.2 if look.title_style == "spaced" else 0.0
    lines = _wrap(text, f.bold, size, (tx.x1 - tx.x0) * 0.9)
    extra = [x for x in (look.source_line, look.source_kind) if x]
    h = fs * 0.8 + len(lines) * size * 1.35 + len(extra) * fs * 1.3 + fs * 0.8

    def draw(top: float) -> None:
        c = tx.pen.c
        y = top - fs * 0.8
        for line in lines:
            y -= size * 1.1
            wd = _sw(line, f.bold, size) + spacing * max(0, len(line) - 1)
            t = c.beginText()
            t.setFont(f.bold, size)
            t.setCharSpace(spacing)
            t.setTextOrigin((tx.x0 + tx.x1) / 2 - wd / 2, y)
            t.textOut(line)
            t.setCharSpace(0)
            c.drawText(t)
            if look.title_style == "underline":
                c.setLineWidth(0.7)
                c.line((tx.x0 + tx.x1) / 2 - wd / 2, y - 2.5, (tx.x0 + tx.x1) / 2 + wd / 2,
                       y - 2.5)
            y -= size * 0.25
        for text2 in extra:
            y -= fs * 1.3
            c.setFont(f.italic, fs * 0.9)
            c.drawCentredString((tx.x0 + tx.x1) / 2, y, text2)

    return Block(h, draw, False)


def _tr_original_title(tx: _Tx, title: str, notes: list[str]) -> Block:
    f = tx.f
    fs = tx.fs
    size = fs * 1.12
    lines = _wrap(title, f.bold, size, (tx.x1 - tx.x0) * 0.85)
    h = len(lines) * size * 1.35 + (fs * 1.4 if notes else 0) + fs * 1.0

    def draw(top: float) -> None:
        c = tx.pen.c
        y = top
        if notes:
            y -= fs * 1.1
            c.setFont(f.italic, fs * 0.88)
            c.drawCentredString((tx.x0 + tx.x1) / 2, y, "   ".join(notes))
            y -= fs * 0.3
        for line in lines:
            y -= size * 1.3
            c.setFont(f.bold, size)
            c.drawCentredString((tx.x0 + tx.x1) / 2, y, line)

    return Block(h, draw, False)


def _tr_heading(tx: _Tx, text: str, n: int) -> Block:
    fs = tx.fs
    size = fs * 1.02
    style = tx.look.secs
    label = {"roman": f"{ROMAN[(n - 1) % len(ROMAN)]}. {text}",
             "letter": f"{chr(64 + min(n, 26))}. {text}", "number": f"{n}. {text}",
             "caps": text.upper()}.get(style, text)
    h = size * 2.2

    def draw(top: float) -> None:
        c = tx.pen.c
        y = top - size * 1.6
        c.setFont(tx.f.bold, size)
        c.drawString(tx.x0, y, label)
        if style == "plain":
            c.setLineWidth(0.5)
            c.line(tx.x0, y - 2, tx.x0 + _sw(label, tx.f.bold, size), y - 2)

    return Block(h, draw, False)


def _label_words(tx: _Tx, f: Fld, n: int, size: float) -> list[Word]:
    look = tx.look
    face = tx.f.bold if look.label_bold else tx.f.regular
    ink = Ink(face, size)
    out: list[Word] = []
    if look.body == "numbered":
        out += _words(f"{n}.", ink)
    label = f.label
    colon = look.body in ("colon", "numbered", "tab")
    if f.orig and look.orig_style == "bracket":
        label = f"{label} [{f.orig}]"
    elif f.orig and look.orig_style == "paren":
        label = f"{label} ({f.orig})"
    if f.orig and look.orig_style == "italic":
        out += _words(label, ink)
        out += _words(f.orig + (":" if colon else ""), Ink(tx.f.italic, size))
    else:
        out += _words(label + (":" if colon else ""), ink)
    return out


def _value_words(tx: _Tx, f: Fld, size: float) -> list[Word]:
    look = tx.look
    vface = tx.f.bold if look.value_style == "bold" else tx.doc.vface
    ink = Ink(vface, size)
    note = Ink(tx.f.italic, size * 0.92, (0.25, 0.25, 0.25))
    out: list[Word] = []
    if not f.value and not f.options:
        return _words(f.note or tx.w.word("blank"), note)
    if f.note:
        out += _words(f.note, note)
    if f.options:
        if look.ticks == "brackets":
            for i, opt in enumerate(f.options):
                out += _words("[X]" if i == f.chosen else "[ ]", Ink(tx.f.regular, size))
                out += _words(opt, ink, "value" if i == f.chosen else "")
        else:
            out += _words(f.options[f.chosen], ink, "value")
            out += _words(tx.w.word("ticked"), note)
        return out
    return out + _words(f.value, ink, "value")


def _tr_field(tx: _Tx, f: Fld, n: int) -> Block:
    look = tx.look
    fs = tx.fs
    size = fs
    lsize = fs * (0.86 if look.body == "indent" else 0.96)
    lead = fs * 1.42
    labels = _label_words(tx, f, n, lsize)
    values = _value_words(tx, f, size)
    width = tx.x1 - tx.x0
    parts: list[tuple[float, list[Word]]] = []  # (x offset, line)
    if look.body in ("tab", "numbered"):
        lab_lines = _wrap_words(labels, tx.tab - tx.x0 - 8)
        val_lines = _wrap_words(values, tx.x1 - tx.tab)
        rows = max(len(lab_lines), len(val_lines))
        rows_of: list[int] = []  # which row each part is on
        for k in range(rows):
            if k < len(lab_lines):
                parts.append((0.0, lab_lines[k]))
                rows_of.append(k)
            if k < len(val_lines):
                parts.append((tx.tab - tx.x0, val_lines[k]))
                rows_of.append(k)
    elif look.body == "indent":
        lab_lines = _wrap_words(labels, width)
        val_lines = _wrap_words(values, width - 18)
        parts = [(0.0, ln) for ln in lab_lines] + [(18.0, ln) for ln in val_lines]
        rows_of = list(range(len(parts)))
        rows = len(parts)
    else:  # colon: the value follows the label; further lines hang indented
        lines = _wrap_words(labels + values, width)
        if len(lines) > 1:
            first = lines[:1]
            rest = _wrap_words([w for ln in lines[1:] for w in ln], width - 14)
            lines = first + rest
        parts = [(0.0 if k == 0 else 14.0, ln) for k, ln in enumerate(lines)]
        rows_of = list(range(len(parts)))
        rows = len(parts)
    h = rows * lead + fs * 0.35
    underline = look.value_style == "underline"

    def draw(top: float) -> None:
        y0 = top - fs * 1.05
        for (dx, line), row in zip(parts, rows_of, strict=True):
            y = y0 - row * lead
            ext = _draw_words(tx.pen, line, tx.x0 + dx, y)
            if underline and "value" in ext:
                a, b = ext["value"]
                tx.pen.c.setLineWidth(0.4)
                tx.pen.c.line(a, y - 1.8, b, y - 1.8)

    return Block(h, draw, True)


def _tr_table_row(tx: _Tx, f: Fld, n: int, first: bool) -> Block:
    fs = tx.fs
    lsize = fs * 0.92
    lead = fs * 1.38
    split = tx.x0 + (tx.x1 - tx.x0) * 0.42
    labels = _label_words(tx, f, n, lsize)
    values = _value_words(tx, f, fs)
    lab_lines = _wrap_words(labels, split - tx.x0 - 8)
    val_lines = _wrap_words(values, tx.x1 - split - 8)
    rows = max(len(lab_lines), len(val_lines))
    h = rows * lead + fs * 0.7

    def draw(top: float) -> None:
        c = tx.pen.c
        c.setLineWidth(0.5)
        c.setStrokeGray(0.35)
        if first:
            c.line(tx.x0, top, tx.x1, top)
        c.line(tx.x0, top - h, tx.x1, top - h)
        for x in (tx.x0, split, tx.x1):
            c.line(x, top, x, top - h)
        c.setStrokeGray(0)
        y = top - fs * 1.1
        for k in range(rows):
            if k < len(lab_lines):
                _draw_words(tx.pen, lab_lines[k], tx.x0 + 4, y - k * lead)
            if k < len(val_lines):
                _draw_words(tx.pen, val_lines[k], split + 4, y - k * lead)

    return Block(h, draw, True)


def _tr_notes(tx: _Tx, lead: str, notes: list[str]) -> Block:
    fs = tx.fs
    text = " ".join(x for x in (lead, "   ".join(notes)) if x)
    return _tr_para(tx, text, fs * 0.92, tx.f.italic, 0.8, 0.0, False, 0.15)


def _tr_mrz(tx: _Tx, lines: tuple[str, ...]) -> list[Block]:
    fs = tx.fs
    face = tx.rng.choice((mrz_font(), _set4((MONO9[1],) * 4).regular, "Courier"))
    width = (tx.x1 - tx.x0) * 0.96
    size = min(fs * 1.05, width / _sw("<" * len(lines[0]), face, 1.0))
    head = tx.w.word("mrz_head")
    out = [_tr_para(tx, head, fs * 0.95, tx.f.bold if tx.rng.random() < 0.5 else tx.f.regular,
                    0.4)]
    h = len(lines) * size * 1.5 + fs * 0.8

    def draw(top: float) -> None:
        c = tx.pen.c
        y = top - size * 1.2
        c.setFont(face, size)
        for line in lines:
            c.drawString(tx.x0, y, line)
            y -= size * 1.5

    out.append(Block(h, draw, False))
    return out


def _named(doc: Doc, name: str) -> str:
    for f in fields(doc):
        if f.name == name:
            return f.value
    return ""


def _tr_prose(tx: _Tx, record: Geburt | Ehe | Sterbe) -> list[Block]:
    w, doc = tx.w, tx.doc
    sentences: list[str] = []
    match record:
        case Geburt():
            sentences.append(w.prose("birth").format(
                given=_named(doc, "given_names"), family=_named(doc, "family_name"),
                dob=_named(doc, "date_of_birth"), pob=_named(doc, "place_of_birth")))
            sentences.append(w.prose("sex").format(sex=_named(doc, "sex")))
            father = _named(doc, "father_name")
            mother = _named(doc, "mother_name")
            sentences.append(w.prose("parents").format(mother=mother, father=father) if father
                             else w.prose("mother_only").format(mother=mother))
        case Ehe():
            names = [f"{_named(doc, f'spouse{k}_given_names')} "
                     f"{_named(doc, f'spouse{k}_family_name')}" for k in (1, 2)]
            sentences.append(w.prose("marriage").format(
                p1=names[0], p2=names[1], date=_named(doc, "marriage_date"),
                place=_named(doc, "marriage_place")))
            for k in (1, 2):
                sentences.append(w.prose("spouse_born").format(
                    name=names[k - 1], dob=_named(doc, f"spouse{k}_date_of_birth")))
        case Sterbe():
            sentences.append(w.prose("death").format(
                given=_named(doc, "given_names"), family=_named(doc, "family_name"),
                dod=_named(doc, "date_of_death"), pod=_named(doc, "place_of_death")))
            sentences.append(w.prose("dead_born").format(
                dob=_named(doc, "date_of_birth"), pob=_named(doc, "place_of_birth")))
    sentences.append(w.prose("register").format(office=_named(doc, "registry_office"),
                                                number=_named(doc, "register_number")))
    sentences.append(w.prose("issued").format(issue=_named(doc, "issue_date")))
    size = tx.fs * 1.02
    face = tx.f.regular if tx.doc.vface == tx.f.bold else tx.doc.vface
    out = [_tr_para(tx, w.word("prose_lead"), size, tx.f.italic, 0.5)]
    if tx.rng.random() < 0.5:
        out.append(_tr_para(tx, " ".join(sentences), size, face, 0.8))
    else:
        out += [_tr_para(tx, x, size, face, 0.6) for x in sentences]
    return out


def _tr_cert(tx: _Tx) -> list[Block]:
    look, w = tx.look, tx.w
    fs = tx.fs
    adj = language_words(tx.doc.lang)[1]
    keys = {"court": look.court, "adj": adj, "adje": adj[:-1]}
    text = w.gendered("cert").format(**keys)
    out: list[Block] = []
    if look.cert_head:
        out.append(_tr_para(tx, w.gendered("cert_head"), fs * 1.0, tx.f.bold, 0.3))
    pad = 8.0 if look.cert_frame else 0.0
    para = _tr_para(tx, text, fs * 0.98, tx.f.regular, 0.5, pad, False, 0.0, pad)
    if look.cert_frame:
        inner = para

        def draw(top: float) -> None:
            c = tx.pen.c
            c.setLineWidth(0.6)
            c.rect(tx.x0 - 2, top - inner.height + fs * 0.2, tx.x1 - tx.x0 + 4,
                   inner.height - fs * 0.1, stroke=1, fill=0)
            inner.draw(top - fs * 0.3)

        para = Block(para.height + fs * 0.5, draw, False)
    elif look.cert_head:  # the heading stays with its formula
        para = Block(para.height, para.draw, False)
    out.append(para)
    return out


def _tr_sign(tx: _Tx) -> Block:
    look, w, doc = tx.look, tx.w, tx.doc
    fs = tx.fs
    day = tx.s.date(doc.printed or data.REFERENCE_DATE)
    place = w.word("place_date").format(look.office_city, day)
    caption = w.gendered("stamp_caption")
    ring = w.gendered("stamp_ring").format(court=look.court.upper())
    h = fs * 1.6 + 62 + fs * 2.6
    seed = tx.rng.random()

    def draw(top: float) -> None:
        r = random.Random(seed)
        c = tx.pen.c
        y = top - fs * 1.3
        c.setFont(tx.f.regular, fs)
        c.drawString(tx.x0, y, place)
        base = y - 52
        x = tx.x1 - 200
        c.setLineWidth(0.5)
        c.line(x, base, tx.x1, base)
        _signature(tx.pen, x + 40, base + 5, r)
        c.setFont(tx.f.regular, fs * 0.85)
        c.drawString(x, base - fs * 1.05, look.translator)
        c.setFont(tx.f.italic, fs * 0.75)
        c.drawString(x, base - fs * 2.0, caption)
        if look.stamp == "drawn":
            _ring_stamp(tx.pen, x - 46 + r.uniform(-8, 8), base + 12 + r.uniform(-6, 6), 30,
                        ring, look.lang_word, look.ink, tx.f.bold, r.uniform(-15, 15))

    return Block(h, draw, False)


def _tr_blocks(tx: _Tx, record: Record, pages: int, scale: float
               ) -> tuple[list[Block], list[Block]]:
    tx.scale = scale
    doc, w, look = tx.doc, tx.w, tx.look
    fs = tx.fs
    rng = random.Random(tx.rng.random())
    blocks: list[Block] = [_tr_letterhead(tx), _tr_title(tx)]
    ident = isinstance(record, Identity)
    cert = doc.doc_type in CERTIFICATES
    top_notes = [w.word("emblem")] if look.emblem else []
    blocks.append(_tr_original_title(tx, doc.title, top_notes))
    widest = max((_sw(("99. " if look.body == "numbered" else "") + f.label
                      + (f" [{f.orig}]" if f.orig and look.orig_style != "italic" else ""),
                      tx.f.regular, fs * 0.96) for f in fields(doc)), default=100.0)
    tx.tab = tx.x0 + min(widest + 16, (tx.x1 - tx.x0) * 0.46)
    n = 0
    remark_done = False
    if cert and doc.prose:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        blocks += _tr_prose(tx, record)
    else:
        for k, sec in enumerate(doc.sections, 1):
            if not sec.items:
                continue
            blocks.append(_tr_heading(tx, sec.head, k))
            for i, f in enumerate(sec.items):
                n += 1
                if look.body == "table":
                    row = _tr_table_row(tx, f, n, i == 0)
                else:
                    row = _tr_field(tx, f, n)
                # a heading never ends a page: its first field stays with it
                blocks.append(row if i else Block(row.height, row.draw, False))
            if look.body == "table":
                blocks.append(_space(fs * 0.5))
            if look.remarks and look.remark_at == k - 1 and not remark_done:
                blocks += [_tr_para(tx, x, fs * 0.88, tx.f.italic, 0.6, 0.0, False, 0.2)
                           for x in look.remarks]
                remark_done = True
    if ident:
        assert isinstance(record, Identity)
        marks = [w.word("photo"), w.word("holder_sign")]
        if rng.random() < 0.5:
            marks.append(w.word("hologram"))
        blocks.append(_tr_notes(tx, "", marks))
        blocks += _tr_mrz(tx, doc.zone)
        if rng.random() < 0.4:
            blocks.append(_tr_notes(tx, "", [w.word("translit")]))
    elif cert:
        blocks.append(_tr_notes(tx, w.word("signed_by"), [w.word("signature"), w.word("seal")]))
    else:
        marks = [w.word("signature")]
        if rng.random() < 0.5:
            marks.append(w.word("barcode"))
        blocks.append(_tr_notes(tx, "", marks))
    if look.remarks and not remark_done:
        blocks += [_tr_para(tx, x, fs * 0.88, tx.f.italic, 0.6, 0.0, False, 0.2)
                   for x in look.remarks]
    if look.end_mark:
        blocks.append(_tr_para(tx, w.word("end"), fs * 0.9, tx.f.italic, 0.9, 0.0, True))
    blocks.append(_space(fs * 0.6))
    blocks += _tr_cert(tx)
    blocks.append(_tr_sign(tx))
    del pages
    return blocks, []


def _draw_translation(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                      pages: int) -> None:
    x0 = rng.uniform(54, 76)
    x1 = PAGE_W - rng.uniform(50, 70)
    tx = _Tx(pen, doc, _w(s), s, random.Random(rng.random()), x0, x1, record)
    tops = [PAGE_H - rng.uniform(38, 56)] * 2
    bottom = rng.uniform(62, 76)
    seed = tx.rng.random()
    look = doc.tr

    def build(sc: float) -> tuple[list[Block], list[Block]]:
        tx.rng = random.Random(seed)
        return _tr_blocks(tx, record, pages, sc)

    chunks = _pages(build, pages, tops, bottom)
    count = len(chunks)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        tx.rng = random.Random(seed + k + 1)
        y = tops[min(k, 1)]
        for b in chunk:
            b.draw(y)
            y -= b.height
        c = pen.c
        fs = doc.fs
        if k < count - 1:
            c.setFont(doc.faces.italic, fs * 0.85)
            c.drawRightString(x1, bottom - fs * 0.2, tx.w.word("continued"))
        footer = tx.w.word("footer").format(k + 1, count)
        c.setFont(doc.faces.regular, fs * 0.78)
        c.setFillGray(0.2)
        fy = bottom - fs * 2.4
        if look.footer_pos == "centre":
            c.drawCentredString((x0 + x1) / 2, fy, footer)
        elif look.footer_pos == "right":
            c.drawRightString(x1, fy, footer)
        else:
            c.drawString(x0, fy, footer)
        if look.roll_footer:
            c.setFont(doc.faces.regular, fs * 0.7)
            if look.footer_pos == "left":
                c.drawRightString(x1, fy, look.roll)
            else:
                c.drawString(x0, fy - (fs * 1.1 if look.footer_pos == "centre" else 0), look.roll)
        c.setFillGray(0)


# --- index card ----------------------------------------------------------------------------------


@dataclass(slots=True)
class CRow:
    kind: str  # head | field | boxes | zone | later | note
    text: str = ""
    flds: list[Fld] = field(default_factory=list)
    lines: tuple[str, ...] = ()


@dataclass(slots=True)
class _Cx:
    pen: Pen
    doc: Doc
    w: Extra30Wording
    s: Style
    rng: random.Random
    record: Record
    scale: float = 1.0
    total: int = 1

    @property
    def look(self) -> CardLook:
        return self.doc.card

    @property
    def ls(self) -> float:
        return self.look.lsize * self.scale

    @property
    def vs(self) -> float:
        return self.look.vsize * self.scale

    @property
    def lh(self) -> float:
        return self.vs * 1.62

    def label_ink(self, bold: bool = False) -> Ink:
        g = self.look.label_grey
        return Ink(self.look.label_bold if bold else self.look.label_face, self.ls, (g, g, g))

    def type_ink(self) -> Ink:
        return Ink(self.look.type_face, self.vs, (0.05, 0.05, 0.08))

    def later_ink(self, size: float | None = None) -> Ink:
        return Ink(self.look.later_face, size or self.vs, self.look.later_ink)


def _card_look(doc: Doc, w: Extra30Wording, rng: random.Random, record: Record) -> CardLook:
    look = CardLook()
    ident = isinstance(record, Identity)
    look.arrange = rng.choice(("stack", "stack", "single", "grid"))
    if look.arrange == "single":
        portrait = rng.random() < 0.3
        look.w = rng.uniform(360, 420) if portrait else rng.uniform(470, 520)
        look.h = look.w * (rng.uniform(1.35, 1.5) if portrait else rng.uniform(0.62, 0.72))
        look.per_page = 1
    elif look.arrange == "stack":
        look.w = rng.uniform(410, 500)
        look.h = min(look.w * rng.uniform(0.6, 0.71), 318.0)
        look.per_page = 2
    else:
        look.w = rng.uniform(248, 262)
        look.h = look.w * rng.uniform(0.66, 0.72)
        look.per_page = 6
    look.mode = rng.choice(("lines", "lines", "boxes", "split"))
    if look.arrange == "grid" and look.mode == "split":
        look.mode = "lines"
    if ident and look.mode == "split":
        look.mode = "lines"
    look.tint = TINTS[rng.randrange(len(TINTS))]
    look.corner = rng.choice((0.0, 0.0, 4.0, 7.0))
    look.rule = RULES[rng.randrange(len(RULES))] if rng.random() < 0.8 else None
    look.red_rule = rng.random() < 0.6
    look.margin_line = rng.random() < 0.3
    look.band = rng.choice(("band", "line", "box"))
    look.band_fill = (rng.uniform(0.72, 0.9), rng.uniform(0.78, 0.92), rng.uniform(0.8, 0.95))
    look.tab = rng.uniform(0.05, 0.72) if rng.random() < 0.6 else -1.0
    look.holes = rng.choice(("none", "bottom", "bottom", "left", "two"))
    look.captions = rng.random() < 0.6
    look.strike = rng.choice(("line", "line", "double", "xs"))
    look.later_mode = rng.choice(("inline", "appendix"))
    look.later_ink = INKS[rng.randrange(len(INKS))]
    look.stamp_ink = STAMP_INKS[rng.randrange(len(STAMP_INKS))]
    look.choice = rng.choice(("circle", "underline", "slash", "only"))
    look.vsize = rng.uniform(7.6, 8.8) if look.arrange != "grid" else rng.uniform(6.6, 7.4)
    look.lsize = look.vsize * rng.uniform(0.74, 0.86)
    spec = rng.choice(SANS9[3:] + SERIF9[3:] + SANS9[:2]) if rng.random() < 0.8 else \
        rng.choice(SERIF9)
    faces = _set4(spec)
    look.label_face, look.label_bold = faces.regular, faces.bold
    look.label_grey = rng.choice((0.0, 0.2, 0.3, 0.35))
    mono = [_set4((m,) * 4).regular for m in MONO9]
    look.type_face = rng.choice(mono) if rng.random() < 0.85 else faces.regular
    others = [m for m in mono if m != look.type_face]
    look.later_face = _hand_face(rng) if rng.random() < 0.35 or not others else \
        rng.choice(others)
    if look.later_face == look.type_face:
        look.later_face = faces.italic
    look.card_no = w.word("card_no").format(
        rng.choice((f"{rng.randint(1, 99999):05d}", f"{rng.randint(1, 999)}/{rng.randint(1, 99)}",
                    f"{rng.choice('ABDEGHKLMNRSTW')} {rng.randint(100, 9999)}")))
    letter = (fields(doc)[0].value[:1] or "A").upper() if fields(doc) else "A"
    look.tab_text = rng.choice((letter, f"{letter}{rng.choice('aeiou')}", doc.city[:3]))
    look.drawer = w.word("drawer").format(rng.randint(1, 60)) if rng.random() < 0.6 else ""
    look.clerk = w.word("clerk").format(_initials(rng)) if rng.random() < 0.7 else ""
    look.opened = _other_day(record, rng, 120, 0) if rng.random() < 0.7 else None
    if look.opened:
        doc.furniture.append(look.opened)
    look.stamp_text = w.pick("stamp") if rng.random() < 0.6 else ""
    look.stamp_day = _other_day(record, rng, 30, 0) if look.stamp_text and rng.random() < 0.7 \
        else None
    if look.stamp_day:
        doc.furniture.append(look.stamp_day)
    remarks: list[str] = []
    for _ in range(rng.choice((0, 1, 1, 2))):
        text = w.pick("remark")
        if text not in remarks:
            remarks.append(text)
    look.remarks = tuple(remarks)
    look.page_head = rng.random() < 0.3
    look.copy_doc = ident and rng.random() < 0.6
    look.merge_back = rng.random() < 0.5
    look.shadow = rng.random() < 0.4
    return look


def _card_history(doc: Doc, record: Record, s: Style, rng: random.Random) -> None:
    """Superseded (struck) entries, later entries with their own day, stamped entries."""
    taken = _taken(record)
    items = [f for f in fields(doc) if f.value and not f.options]
    eligible = [f for f in items if f.key in DATE_FIELDS or f.key in (
        "street", "house_number", "postal_code", "city", "street_line", "city_line",
        "address_line", "nationality", "family_name", "given_names", "passport_number",
        "doc_number", "desired_plate", "mother_name", "father_name", "landlord_name",
        "account_holder", "evb_number")]
    for f in rng.sample(eligible, k=min(len(eligible), rng.choice((0, 1, 1, 2, 2, 3)))):
        f.old = _old_value(f, record, s, rng, taken)
    fresh = [f for f in items if not f.old]
    for f in rng.sample(fresh, k=min(len(fresh), rng.choice((0, 1, 1, 2, 3)))):
        f.later = _other_day(record, rng, 60, 0)
        doc.furniture.append(f.later)
    for f in fields(doc):
        if f.old and f.later is None:
            f.later = _other_day(record, rng, 60, 0)
            doc.furniture.append(f.later)
    short = [f for f in items if not f.old and f.later is None and len(f.value) <= 26]
    if short and rng.random() < 0.5:
        for f in rng.sample(short, k=min(len(short), rng.choice((1, 1, 2)))):
            f.stamped = True


def _field_words(cx: _Cx, f: Fld, appendix: bool) -> list[Word]:
    """The words on a field's own line: the superseded entry struck, the current one, the day
    of a later entry (or nothing when the later entry stands among the later entries)."""
    look = cx.look
    out: list[Word] = []
    if f.old:
        out += _words(f.old, Ink(look.type_face, cx.vs, (0.15, 0.15, 0.15),
                                 look.strike != "xs"), "old")
        if appendix:
            return out
    if f.options:
        ink = cx.type_ink()
        if look.choice == "only":
            return out + _words(f.options[f.chosen], ink, "chosen")
        for i, opt in enumerate(f.options):
            if i and look.choice == "slash":
                out += _words("/", cx.label_ink())
            out += _words(opt, cx.label_ink() if i != f.chosen else ink,
                          "chosen" if i == f.chosen else f"opt{i}")
        return out
    if not f.value:
        return out
    if f.later is not None:
        if appendix:
            return out
        out += _words(f.value, cx.later_ink(), "value")
        out += _words(cx.w.word("entered").format(cx.s.date(f.later)),
                      cx.later_ink(cx.ls), "day")
        return out
    ink = Ink(look.label_bold, cx.vs, look.stamp_ink) if f.stamped else cx.type_ink()
    return out + _words(f.value, ink, "stamp" if f.stamped else "value")


def _decorate(cx: _Cx, ext: dict[str, tuple[float, float]], y: float) -> None:
    c = cx.pen.c
    look = cx.look
    if "old" in ext and look.strike in ("double", "xs"):
        a, b = ext["old"]
        c.setStrokeColorRGB(0.1, 0.1, 0.1)
        c.setLineWidth(0.5)
        if look.strike == "double":
            c.line(a - 1, y + cx.vs * 0.22, b + 1, y + cx.vs * 0.22)
            c.line(a - 1, y + cx.vs * 0.42, b + 1, y + cx.vs * 0.42)
        else:
            c.setFont(look.type_face, cx.vs)
            xs = "x" * max(1, int((b - a) / max(1.0, _sw("x", look.type_face, cx.vs))))
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.drawString(a, y, xs)
            c.setFillColorRGB(0, 0, 0)
    if "chosen" in ext and look.choice in ("circle", "underline", "slash"):
        a, b = ext["chosen"]
        c.setStrokeColorRGB(*look.later_ink)
        c.setLineWidth(0.6)
        if look.choice == "underline":
            c.line(a, y - 1.6, b, y - 1.6)
        else:
            c.ellipse(a - 3, y - cx.vs * 0.35, b + 3, y + cx.vs * 0.95, stroke=1, fill=0)
    if "stamp" in ext:
        a, b = ext["stamp"]
        c.setStrokeColorRGB(*look.stamp_ink)
        c.setLineWidth(0.7)
        c.roundRect(a - 2.5, y - cx.vs * 0.35, b - a + 5, cx.vs * 1.3, 1.5, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)


def _label_col(cx: _Cx, rows: list[CRow], width: float) -> float:
    widest = max((_sw(f.label, cx.look.label_face, cx.ls) for r in rows for f in r.flds
                  if r.kind == "field"), default=40.0)
    return min(widest + 7, width * 0.42)


def _field_lines(cx: _Cx, f: Fld, width: float, lw: float
                 ) -> tuple[list[list[Word]], list[list[Word]]]:
    appendix = cx.look.later_mode == "appendix"
    labels = _wrap_words(_words(f.label, cx.label_ink()), lw - 4)
    values = _wrap_words(_field_words(cx, f, appendix), width - lw - 2)
    return labels, values


def _row_height(cx: _Cx, row: CRow, width: float, lw: float) -> float:
    lh = cx.lh
    if row.kind == "head":
        return lh
    if row.kind == "field":
        labels, values = _field_lines(cx, row.flds[0], width, lw)
        return max(len(labels), len(values)) * lh
    if row.kind == "boxes":
        return max(_box_height(cx, f, w) for f, w in zip(row.flds, _box_widths(cx, row, width),
                                                          strict=True))
    if row.kind == "zone":
        size = _zone_size(cx, row, width)
        return lh + len(row.lines) * size * 1.45 + 2
    lines = _wrap_words(_row_text_words(cx, row), width)
    return len(lines) * lh


def _row_text_words(cx: _Cx, row: CRow) -> list[Word]:
    if row.kind == "later":
        f = row.flds[0]
        parts = {"\x01": (cx.s.date(f.later or data.REFERENCE_DATE), cx.later_ink(cx.vs * 0.9),
                          "day"),
                 "\x02": (f.label, cx.label_ink(), "label"),
                 "\x03": (f.value, cx.later_ink(), "value")}
        plain = cx.later_ink(cx.vs * 0.9)
        out: list[Word] = []
        for token in cx.w.word("later_line").format(date="\x01", label="\x02",
                                                    value="\x03").split():
            marker = next((m for m in parts if m in token), "")
            if not marker:
                out.append((token, plain, ""))
                continue
            text, ink, tag = parts[marker]
            pre, post = token.split(marker)
            words = text.split()
            words[0] = pre + words[0]
            words[-1] += post
            out += [(x, ink, tag) for x in words]
        return out
    return _words(row.text, Ink(cx.look.later_face if row.kind == "note" else cx.look.type_face,
                                cx.vs * 0.9, cx.look.later_ink if row.kind == "note"
                                else (0.1, 0.1, 0.1)))


def _box_min(cx: _Cx, f: Fld) -> float:
    appendix = cx.look.later_mode == "appendix"
    value = _line_width(_field_words(cx, f, appendix))
    return max(_sw(f.label, cx.look.label_face, cx.ls), value) + 10


def _box_widths(cx: _Cx, row: CRow, width: float) -> list[float]:
    mins = [min(_box_min(cx, f), width) for f in row.flds]
    spare = max(0.0, width - sum(mins)) / max(1, len(mins))
    return [m + spare for m in mins]


def _box_height(cx: _Cx, f: Fld, width: float) -> float:
    appendix = cx.look.later_mode == "appendix"
    values = _wrap_words(_field_words(cx, f, appendix), width - 8)
    labels = _wrap_words(_words(f.label, cx.label_ink()), width - 6)
    return len(labels) * cx.ls * 1.15 + len(values) * cx.vs * 1.3 + cx.vs * 0.75


def _zone_size(cx: _Cx, row: CRow, width: float) -> float:
    face = cx.look.type_face
    return min(cx.vs * 1.05, width * 0.97 / _sw("<" * len(row.lines[0]), face, 1.0))


def _draw_row(cx: _Cx, row: CRow, x: float, top: float, width: float, lw: float) -> None:
    c = cx.pen.c
    lh = cx.lh
    look = cx.look
    base = top - lh + cx.vs * 0.42  # text sits on the ruled line
    if row.kind == "head":
        ink = cx.label_ink(True)
        text = row.text
        wd = _sw(text, ink.face, ink.size * 1.08)
        if look.mode == "boxes":
            c.setFillColorRGB(*look.band_fill)
            c.rect(x, top - lh + 1, width, lh - 2, stroke=0, fill=1)
        else:
            c.setFillColorRGB(*look.band_fill)
            c.roundRect(x - 1, base - 2.2, wd + 8, ink.size * 1.5, 2, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(ink.face, ink.size * 1.08)
        c.drawString(x + 3, base, text)
        c.setFillColorRGB(0, 0, 0)
        return
    if row.kind == "field":
        labels, values = _field_lines(cx, row.flds[0], width, lw)
        for k, line in enumerate(labels):
            _draw_words(cx.pen, line, x, base - k * lh)
        for k, line in enumerate(values):
            ext = _draw_words(cx.pen, line, x + lw, base - k * lh)
            _decorate(cx, ext, base - k * lh)
        return
    if row.kind == "boxes":
        bx = x
        ht = _row_height(cx, row, width, lw)
        for f, bw in zip(row.flds, _box_widths(cx, row, width), strict=True):
            c.setStrokeColorRGB(0.45, 0.45, 0.5)
            c.setLineWidth(0.45)
            c.rect(bx, top - ht, bw, ht, stroke=1, fill=0)
            labels = _wrap_words(_words(f.label, cx.label_ink()), bw - 6)
            y = top - cx.ls * 1.05
            for line in labels:
                _draw_words(cx.pen, line, bx + 3, y)
                y -= cx.ls * 1.15
            y -= cx.vs * 0.25
            appendix = look.later_mode == "appendix"
            for line in _wrap_words(_field_words(cx, f, appendix), bw - 8):
                ext = _draw_words(cx.pen, line, bx + 4, y)
                _decorate(cx, ext, y)
                y -= cx.vs * 1.3
            bx += bw
        c.setStrokeColorRGB(0, 0, 0)
        return
    if row.kind == "zone":
        size = _zone_size(cx, row, width)
        _draw_words(cx.pen, _words(row.text, cx.label_ink()), x, base)
        c.setFont(look.type_face, size)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        y = top - lh - size * 1.05
        for zline in row.lines:
            c.drawString(x, y, zline)
            y -= size * 1.45
        c.setFillColorRGB(0, 0, 0)
        return
    for k, line in enumerate(_wrap_words(_row_text_words(cx, row), width)):
        _draw_words(cx.pen, line, x, base - k * lh)


def _front_rows(cx: _Cx) -> list[CRow]:
    doc, look = cx.doc, cx.look
    rows: list[CRow] = []
    for sec in doc.sections:
        if not sec.items:
            continue
        rows.append(CRow("head", sec.head))
        rows += [CRow("field", flds=[f]) for f in sec.items]
    if doc.zone:
        rows.append(CRow("zone", cx.w("zone"), lines=doc.zone))
    del look
    return rows


def _back_rows(cx: _Cx) -> list[CRow]:
    doc, look, w = cx.doc, cx.look, cx.w
    rows: list[CRow] = []
    later = [f for f in fields(doc) if f.later is not None and f.value and not f.options]
    if look.later_mode == "appendix" and later:
        rows.append(CRow("head", w.head("later")))
        rows += [CRow("later", flds=[f]) for f in sorted(later, key=lambda f: f.later
                                                         or data.REFERENCE_DATE)]
    notes = list(look.remarks)
    if look.opened:
        notes.insert(0, w.word("opened").format(cx.s.date(look.opened)))
    if look.clerk:
        notes.append(look.clerk)
    if look.copy_doc:
        notes.append(w.word("copy_note"))
    if notes:
        rows.append(CRow("head", w.head("back")))
        rows += [CRow("note", n) for n in notes]
    return rows


def _boxes(cx: _Cx, rows: list[CRow], width: float) -> list[CRow]:
    """Field rows grouped into rows of boxes (a box mosaic card)."""
    out: list[CRow] = []
    cur: CRow | None = None
    for row in rows:
        if row.kind != "field":
            cur = None
            out.append(row)
            continue
        f = row.flds[0]
        need = min(_box_min(cx, f), width)
        if cur is not None and len(cur.flds) < 3 and \
                sum(min(_box_min(cx, g), width) for g in cur.flds) + need <= width:
            cur.flds.append(f)
            continue
        cur = CRow("boxes", flds=[f])
        out.append(cur)
    return out


@dataclass(slots=True)
class _Card:
    cols: list[list[CRow]]
    back: bool = False
    number: int = 1


def _geometry(cx: _Cx) -> tuple[float, float, float, float]:
    """Band height, inner padding, body height, column gap."""
    look = cx.look
    band = cx.vs * 2.6
    pad = max(9.0, look.w * 0.03)
    foot = cx.vs * 1.6 + (10 if look.holes in ("bottom", "two") else 0)
    body = look.h - band - foot - 4
    return band, pad, body, 12.0


def _fill_cards(cx: _Cx, rows: list[CRow], back: bool) -> list[_Card]:
    look = cx.look
    _band, pad, body, gap = _geometry(cx)
    left_pad = pad + (12 if look.holes == "left" else 0)
    inner = look.w - left_pad - pad
    ncols = 2 if look.mode == "split" and not back else 1
    colw = (inner - gap * (ncols - 1)) / ncols
    if look.mode == "boxes" and not back:
        rows = _boxes(cx, rows, inner)
    lw = _label_col(cx, rows, colw)
    total = sum(_row_height(cx, r, colw, lw) for r in rows)
    # two columns share what one card holds (the first a little fuller)
    limit = min(body, total * 0.56 + cx.lh) if ncols == 2 and total <= body * 2 else body
    cards = [_Card([[]], back)]
    used = 0.0
    for i, row in enumerate(rows):
        hgt = _row_height(cx, row, colw, lw)
        need = hgt
        if row.kind == "head" and i + 1 < len(rows):
            need += _row_height(cx, rows[i + 1], colw, lw)
        room = limit if len(cards[-1].cols) < ncols and len(cards) == 1 else body
        if used + need > room and cards[-1].cols[-1]:
            if len(cards[-1].cols) < ncols:
                cards[-1].cols.append([])
            else:
                cards.append(_Card([[]], back))
            used = 0.0
        cards[-1].cols[-1].append(row)
        used += hgt
    return cards


def _fits(cx: _Cx, cards: list[_Card]) -> bool:
    _band, pad, body, gap = _geometry(cx)
    look = cx.look
    inner = look.w - pad * 2 - (12 if look.holes == "left" else 0)
    for card in cards:
        ncols = len(card.cols) if len(card.cols) > 1 else (2 if look.mode == "split"
                                                             and not card.back else 1)
        colw = (inner - gap * (ncols - 1)) / ncols
        rows = [r for col in card.cols for r in col]
        lw = _label_col(cx, rows, colw)
        for col in card.cols:
            if sum(_row_height(cx, r, colw, lw) for r in col) > body + 0.5:
                return False
    return True


def _plan_cards(cx: _Cx, pages: int) -> list[list[_Card]]:
    """The cards on each page; shrinks the type until they fit the plan."""
    look = cx.look
    plan: list[list[_Card]] = []
    for attempt in range(3):
        if attempt:  # smaller cards, more of them to a page
            look.arrange, look.per_page = "grid", 6
            look.w = 256.0
            look.h = 178.0
            look.mode = "lines"
            look.vsize, look.lsize = 7.0, 5.8
            cx.scale = 1.0
        plan, ok = _try_plan(cx, pages)
        if ok:
            break
    for k, page in enumerate(plan):
        for i, card in enumerate(page):
            card.number = i + 1 + (len(plan[0]) if k else 0)
    return plan


def _try_plan(cx: _Cx, pages: int) -> tuple[list[list[_Card]], bool]:
    look = cx.look
    per = look.per_page
    copy_room = 1 if look.copy_doc and look.arrange != "single" else 0
    plan: list[list[_Card]] = []
    ok = False
    for _ in range(40):
        front = _front_rows(cx)
        back = _back_rows(cx)
        merge = pages == 1 and (look.merge_back or per == 1)
        if merge and back:
            front = front + back
            back = []
        fronts = _fill_cards(cx, front, False)
        backs = _fill_cards(cx, back, True) if back else []
        if pages == 2 and not backs:
            backs = _fill_cards(cx, [CRow("head", cx.w.head("back")),
                                     CRow("note", cx.w.pick("remark"))], True)
        ok = _fits(cx, fronts + backs)
        if pages == 1:
            plan = [fronts + backs]
            ok = ok and len(fronts + backs) <= per - (copy_room if per > 2 else 0)
        else:
            plan = [fronts, backs]
            ok = ok and len(fronts) <= per and len(backs) <= max(1, per - copy_room)
        if ok or cx.scale < 0.62:
            break
        cx.scale *= 0.95
    return plan, ok


def _draw_card(cx: _Cx, card: _Card, x: float, top: float, total: int, first: bool,
               more: bool = False) -> None:
    c = cx.pen.c
    look, w, doc = cx.look, cx.w, cx.doc
    band, pad, body, gap = _geometry(cx)
    width, height = look.w, look.h
    bottom = top - height
    rng = random.Random(cx.rng.random())
    # the tab above the card's top edge
    if look.tab >= 0 and not card.back:
        tw = max(26.0, _sw(look.tab_text, look.label_bold, cx.vs) + 14)
        tx0 = x + (width - tw) * look.tab
        c.setFillColorRGB(*[v * 0.96 for v in look.tint])
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        c.setLineWidth(0.5)
        c.roundRect(tx0, top - 4, tw, cx.vs * 1.7 + 4, 3, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont(look.label_bold, cx.vs)
        c.drawCentredString(tx0 + tw / 2, top + cx.vs * 0.3, look.tab_text)
    if look.shadow:
        c.setFillColorRGB(0.8, 0.8, 0.8)
        c.roundRect(x + 2.5, bottom - 2.5, width, height, look.corner, stroke=0, fill=1)
    c.setFillColorRGB(*look.tint)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setLineWidth(0.6)
    c.roundRect(x, bottom, width, height, look.corner, stroke=1, fill=1)
    left = x + pad + (12 if look.holes == "left" else 0)
    right = x + width - pad
    inner = right - left
    # title band
    title = w.word("back") if card.back else doc.title
    btop = top - 3
    if look.band == "band":
        c.setFillColorRGB(*look.band_fill)
        c.rect(x + 1, btop - band + 3, width - 2, band - 3, stroke=0, fill=1)
    elif look.band == "box":
        c.setStrokeColorRGB(0.35, 0.35, 0.35)
        c.setLineWidth(0.5)
        c.rect(left, btop - band + 5, inner, band - 7, stroke=1, fill=0)
    ty = btop - band * 0.62
    c.setFillColorRGB(0.08, 0.08, 0.1)
    tsize = cx.vs * 1.12
    c.setFont(look.label_bold, tsize)
    c.drawString(left + 3, ty, title)
    c.setFont(look.label_face, cx.ls)
    num = look.card_no if total == 1 else f"{look.card_no}  " + \
        w.word("sheet").format(card.number, total)
    c.drawRightString(right - 2, ty, num)
    if look.drawer and first:
        c.drawRightString(right - 2, ty + tsize * 1.05, look.drawer)
    base_y = btop - band
    if look.red_rule:
        c.setStrokeColorRGB(*RED)
        c.setLineWidth(0.7)
        c.line(x + 2, base_y, x + width - 2, base_y)
        c.line(x + 2, base_y - 1.8, x + width - 2, base_y - 1.8)
    elif look.band == "line":
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.setLineWidth(0.8)
        c.line(x + 2, base_y, x + width - 2, base_y)
    body_top = base_y - 3
    ncols = len(card.cols) if len(card.cols) > 1 else (2 if look.mode == "split"
                                                         and not card.back else 1)
    colw = (inner - gap * (ncols - 1)) / ncols
    rows_all = [r for col in card.cols for r in col]
    lw = _label_col(cx, rows_all, colw)
    # ruled lines
    if look.rule is not None and (look.mode != "boxes" or card.back):
        c.setStrokeColorRGB(*look.rule)
        c.setLineWidth(0.35)
        y = body_top - cx.lh
        while y > bottom + cx.vs * 1.2:
            c.line(x + 3, y + cx.vs * 0.42 - 1.6, x + width - 3, y + cx.vs * 0.42 - 1.6)
            y -= cx.lh
    if look.margin_line and look.mode == "lines" and not card.back:
        # down the label column, as far as the card's own fields go
        for col in card.cols:
            y = end = body_top
            for row in col:
                y -= _row_height(cx, row, colw, lw)
                if row.kind in ("field", "head"):
                    end = y
            if end < body_top:
                c.setStrokeColorRGB(*RED)
                c.setLineWidth(0.4)
                cx0 = left + card.cols.index(col) * (colw + gap)
                c.line(cx0 + lw - 3, body_top, cx0 + lw - 3, end + 2)
    if ncols == 2:
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setLineWidth(0.4)
        c.line(left + colw + gap / 2, body_top, left + colw + gap / 2, bottom + 6)
    c.setStrokeColorRGB(0, 0, 0)
    for k, col in enumerate(card.cols):
        cx0 = left + k * (colw + gap)
        y = body_top
        for row in col:
            _draw_row(cx, row, cx0, y, colw, lw)
            y -= _row_height(cx, row, colw, lw)
    # punch holes
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(0.45, 0.45, 0.45)
    c.setLineWidth(0.5)
    if look.holes == "bottom":
        c.circle(x + width / 2, bottom + 7.5, 4.2, stroke=1, fill=1)
    elif look.holes == "two":
        for fx in (0.3, 0.7):
            c.circle(x + width * fx, bottom + 7.5, 3.6, stroke=1, fill=1)
    elif look.holes == "left":
        for fy in (0.3, 0.7):
            c.circle(x + 8, bottom + height * fy, 3.8, stroke=1, fill=1)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    if more:  # the card's entries go on on the next card
        c.setFont(look.label_face, cx.ls)
        c.setFillGray(0.25)
        c.drawRightString(right - 2, bottom + 3.5, w.word("continued"))
        c.setFillGray(0)
    # a stamp on the back (or on the only card)
    if look.stamp_text and (card.back or (total == 1 and first)):
        lines = (look.stamp_text,) + ((w.word("stamp_day").format(cx.s.date(look.stamp_day)),)
                                      if look.stamp_day else ())
        _rect_stamp(cx.pen, right - 60 + rng.uniform(-10, 10), bottom + height * 0.32,
                    lines, look.stamp_ink, look.label_bold, cx.vs * 0.95, rng.uniform(-12, 12))
    del body


def _draw_indexcard(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                    pages: int) -> None:
    cx = _Cx(pen, doc, _w(s), s, random.Random(rng.random()), record)
    look = doc.card
    plan = _plan_cards(cx, pages)
    total = sum(len(p) for p in plan)
    cx.total = total
    fronts = sum(1 for p in plan for card in p if not card.back)
    seed = cx.rng.random()
    for k, cards in enumerate(plan):
        if k:
            pen.new_page()
        cx.rng = random.Random(seed + k)
        c = pen.c
        top = PAGE_H - rng.uniform(44, 70)
        if look.page_head:
            c.setFont(look.label_face, 7.2)
            c.setFillGray(0.3)
            c.drawString(rng.uniform(36, 60), PAGE_H - 28, cx.w.word("archive").format(k + 1))
            c.setFillGray(0)
        cap = look.vsize * 1.9 if look.captions else 0.0
        tabroom = look.vsize * 1.9 if look.tab >= 0 else 0.0
        if look.arrange == "grid":
            gx = (PAGE_W - 2 * look.w - 14) / 2
            y = top
            for i, card in enumerate(cards):
                col = i % 2
                if i and col == 0:
                    y -= look.h + cap + tabroom + 14
                x = gx + col * (look.w + 14)
                _caption(cx, card, x, y - tabroom, cap)
                _draw_card(cx, card, x, y - tabroom - cap, total, i == 0 and k == 0,
                           not card.back and card.number < fronts)
            last_y = y - tabroom - cap - look.h
        else:
            y = top
            last_y = y
            for i, card in enumerate(cards):
                x = (PAGE_W - look.w) / 2 + rng.uniform(-14, 14)
                _caption(cx, card, x, y - tabroom, cap)
                _draw_card(cx, card, x, y - tabroom - cap, total, i == 0 and k == 0,
                           not card.back and card.number < fronts)
                last_y = y - tabroom - cap - look.h
                y = last_y - rng.uniform(16, 30)
        if look.copy_doc and isinstance(record, Identity) and k == len(plan) - 1:
            _copy(cx, record, last_y - 14, rng)


def _caption(cx: _Cx, card: _Card, x: float, top: float, cap: float) -> None:
    if not cap:
        return
    c = cx.pen.c
    text = cx.w.word("back") if card.back else cx.w.word("front")
    if not card.back and card.number > 1:
        text = cx.w.word("sheet").format(card.number, cx.total)
    c.setFont(cx.look.label_face, cx.look.vsize * 0.95)
    c.setFillGray(0.3)
    c.drawString(x, top - cap * 0.7, text)
    c.setFillGray(0)


def _copy(cx: _Cx, record: Identity, top: float, rng: random.Random) -> None:
    """A copy of the document clipped below the cards, when there is room for it."""
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    room = top - 40
    scale = min(0.95, room / bh, (PAGE_W - 120) / bw)
    if scale < 0.45:
        return
    w0, _h0 = _card_size(record, part, scale)
    x = (PAGE_W - w0) / 2 + rng.uniform(-20, 20)
    _draw_copy(cx.pen, record, part, x, top, scale, rng.choice(VIZ_STYLES), random.Random(
        rng.random()), True)
    c = cx.pen.c
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.setLineWidth(1.2)
    c.line(x + 20, top + 6, x + 20, top - 10)  # a paper clip's trace
    c.line(x + 26, top + 6, x + 26, top - 14)
    c.setStrokeColorRGB(0, 0, 0)


# --- whole documents -----------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "indexcard" if w.card else "translation"
    if w.card:
        faces = _set4(SANS9[rng.randrange(len(SANS9))])
        vface = faces.regular
        fs = 8.0
    else:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if rng.random() < 0.6
                      else SANS9[rng.randrange(len(SANS9))])
        pick = rng.random()
        vface = faces.regular if pick < 0.75 else faces.bold if pick < 0.9 else \
            _set4((MONO9[rng.randrange(len(MONO9))],) * 4).regular
        fs = rng.uniform(8.8, 10.4)
    key = doc_type
    if isinstance(record, Identity) and not w.card:
        key = "identity_pass" if record.mrz_format == "TD3" else "identity_card"
    title = w.title(key)
    doc = Doc(doc_type, layout, title, _city(record), [], faces, vface, fs)
    if not w.card:
        doc.lang = _language(record, rng)
        doc.prose = doc_type in CERTIFICATES and rng.random() < 0.45
    _content(record, s, rng, doc)
    for sec in doc.sections:
        for f in sec.items:
            f.label = w(f.key)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    taken = _taken(record)
    if w.card:
        _card_history(doc, record, s, rng)
        doc.card = _card_look(doc, w, rng, record)
        doc.ref = doc.card.card_no
    else:
        orig = TR_ORIGINAL[doc.lang]
        share = rng.choice((0.0, 0.25, 0.45, 0.7))
        handwritten = w.word("handwritten")
        blank = w.word("blank")
        for f in fields(doc):
            if f.key in orig and rng.random() < share:
                f.orig = orig[f.key]
            if not f.value:
                f.note = blank
            elif doc.doc_type in FORMS and not f.options and rng.random() < 0.12:
                f.note = handwritten
        doc.tr = _tr_look(doc, w, rng, record, taken)
        doc.ref = doc.tr.roll
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    draw: Callable[[Pen, Record, Style, random.Random, Doc, int], None] = (
        _draw_indexcard if doc.layout == "indexcard" else _draw_translation)
    draw(pen, record, s, rng, doc, pages)
    return doc


def draw_extra30(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "NAT_ABBR30", "Doc", "Fld", "build_doc", "draw_doc", "draw_extra30",
           "fields"]
