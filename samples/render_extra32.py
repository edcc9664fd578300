"""The thirty-second extra pair of blind held-out layouts: ``spelled`` and ``typeset``.

``spelled`` is civil-registry and office print that writes dates (and some other numbers) out in
German words, as older registry certificates and some formal forms do: a day as an inflected
ordinal (``am dritten März neunzehnhundertachtzig``, ``dritter März 1980``), the year in words
(``neunzehnhundertachtzig``, ``eintausendneunhundertachtzig``, ``zweitausendeins``), digits with
the words in brackets (``03.03.1980 (dritter März neunzehnhundertachtzig)``, ``3. (dritten)
März 1980``), now and then the year first (``Zweitausendzwölf, am neunten Juli``), or in digits
with the month as a Roman numeral (``3. III. 1980``) or an abbreviation (``3. Mrz. 1980``);
four-digit years throughout. Times (``um vierzehn Uhr dreißig``), ages, fees, numbers of
attachments and persons are written in words too, as distractors; house numbers and postal codes
stay in digits. Certificates come either in prose (the name on a line with a caption, or under
labels, then ``ist am … in … geboren worden.``, the parents, the register entry, a place and
date line in words, the registrar and a seal) or as a register extract with labelled rows;
forms come with labels and values (a ruled ledger, labels above lines, or labels with leaders)
and a declaration; identity documents as a certified copy or an explanation sheet with the
document's data (dates in words) and the whole machine-readable zone.

``typeset`` is a document set like a book or a professionally typeset certificate or form:
justified paragraphs with end-of-line hyphenation that splits label words and values alike
(``Schiller-`` / ``straße``), names letter-spaced (Sperrsatz, so that each letter is a separate
glyph with a gap), labels in real small capitals (smaller capital letters), the typographic
ligatures ``ﬁ``, ``ﬂ``, ``ﬀ``, ``ﬃ`` and ``ﬄ`` written into the text layer as their Unicode
characters (in faces that have them; values included, ``Hoﬀmann``), marginal notes that name a
field beside its line, running heads and folios (in old-style figures now and then), footnote
markers after labels with the footnotes at the foot of the page, an ornamented title in spaced
capitals and a colophon. Fields are set run-in (label and value in one justified paragraph),
as a typeset table (label column with or without leaders, values ragged and hyphenated in a
narrow column), or as paragraphs of values with marginal notes; certificates centre the names
in Sperrsatz under small-capital captions and say the event in a justified sentence; identity
documents are a typeset certified copy with the zone in a typewriter face.

Both draw straight from the record with the wording of ``samples.wording_extra32``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

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
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.render_extra26 import _city, _furniture_day, _truth_days, _truth_strings
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra32 import (
    DWELLING32,
    DWELLING_ORDER32,
    ID_KINDS32,
    PURPOSE32,
    PURPOSE_ORDER32,
    ROLE32,
    SEX_CHILD32,
    SEX_ORDER32,
    SPELLED_DATE_STYLES,
    SPELLED_WORD_STYLES,
    SPELLED_WORDS,
    TYPESET_MARGINS,
    TYPESET_NOTES,
    TYPESET_WORDS,
    Extra32Wording,
    cardinal,
    nationality_word,
    ordinal,
    printed_dates,
    sex_word,
    spell_date,
    time_words,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
LIGATURES: Final = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"),
                    ("fl", "\ufb02"))
LIGATURE_CHARS: Final = "".join(b for _, b in LIGATURES)
ACCENTS32: Final[tuple[RGB, ...]] = ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.5, 0.07, 0.07),
                                     (0.08, 0.15, 0.4), (0.12, 0.28, 0.18))
#: serif faces a typeset document is set in (those with every ligature weigh more)
TYPE_SERIFS: Final = (SERIF9[2], SERIF9[2], SERIF9[3], SERIF9[0], SERIF9[2], SERIF9[3],
                      SERIF9[1])
TYPE_SANS: Final = (SANS9[2], SANS9[3])
#: superscript digits a typeset document may use as footnote markers
SUPERSCRIPTS: Final = ("¹", "²", "³")
SYMBOL_MARKS: Final = ("*", "**", "†", "‡", "§", "¶")
GRAPHIC: Final = ("box0", "box1", "ring0", "ring1")
LIGATURE_STYLES: Final = ("text", "italic", "bold", "value")
#: values a line never breaks at their spaces
KEEP: Final = frozenset(("register_number", "desired_plate", "iban", "phone", "bic"))


# --- content ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, the printed label (empty when the value stands in a sentence or under a
    caption), the day a date shows, a footnote number on its label, whether the value is set
    letter-spaced, and whether it stands in a sentence."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    label: str = ""
    day: date | None = None
    note: int = 0
    spaced: bool = False
    prose: bool = False
    optional: bool = False
    role: str = ""  # header | event | place | caption | names: where a certificate prints it


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Split:
    """A word of a value or a label broken at a line end with a hyphen."""

    key: str
    head: str
    tail: str
    value: bool


@dataclass(slots=True)
class SpellLook:
    """A spelled document's print (one draw per document)."""

    date_style: str = "words"
    prose_style: str = "words"
    mix: float = 0.0
    cert_mode: str = "prose"  # prose | register
    arrange: str = "ledger"  # ledger | lines | colon
    names: str = "labelled"  # labelled | comma
    numbering: str = "roman"  # roman | letter | words | none
    size: float = 10.0
    lsize: float = 7.5
    typed: bool = True
    rules: bool = True
    underline: bool = True
    time_style: str = "short"
    fee: int = 0
    attachments: int = 0
    received: date | None = None
    received_time: str = "09:15"
    entered: date | None = None
    sex_prose: bool = False
    year_first: bool = False
    witnesses: tuple[str, str] | None = None
    informant: str = ""
    registrar: str = ""
    file_no: str = ""
    form_no: str = ""
    ink: RGB = (0.0, 0.0, 0.0)
    frame: bool = False
    label_col: float = 0.4
    choice: str = "box"  # box | word
    death_time: str = ""
    age: int = 0
    deadline: bool = False
    copy: bool = False
    persons: bool = False


@dataclass(slots=True)
class TypeLook:
    """A typeset document's print (one draw per document)."""

    arrange: str = "runin"  # runin | table | margin
    labels: str = "caps"  # caps | italic | roman
    spaced: str = "family"  # none | family | names
    lig: bool = True
    oldstyle: bool = False
    notes: tuple[str, ...] = ()
    marker: str = "sup"  # sup | raised | symbol
    side: str = "none"  # none | left | right (marginal notes)
    head: str = "all"  # all | later | foot
    size: float = 10.5
    leading: float = 1.3
    measure: float = 330.0
    sep: str = " · "
    accent: RGB = (0.0, 0.0, 0.0)
    title_spaced: bool = True
    ornament: str = "rule"  # rule | diamonds | stars | none
    colophon: str = ""
    leaders: bool = True
    table_label: float = 0.42
    justify_values: bool = False
    track: float = 0.35
    indent: bool = True
    section_style: str = "caps"  # caps | paragraph | chapter
    ref: str = ""
    fee: str = ""
    copy: bool = False
    folio: str = "dash"  # dash | plain | word
    signer: str = ""  # the registrar's or certifying official's name (never a truth name)


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    kind: str  # form | cert | id
    title: str
    city: str
    sections: list[Sec]
    faces: Set4
    vface: str
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    spell: SpellLook = field(default_factory=SpellLook)
    tset: TypeLook = field(default_factory=TypeLook)
    notes: list[str] = field(default_factory=list)
    drawn: int = 0
    scale: float = 1.0
    splits: list[Split] = field(default_factory=list)
    spaced: list[str] = field(default_factory=list)
    ligatured: list[str] = field(default_factory=list)
    margins: list[str] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    column: tuple[float, float] = (0.0, 0.0)  # the body column (typeset)


def _w(s: Style) -> Extra32Wording:
    assert isinstance(s.words, Extra32Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _field(doc: Doc, key: str, sec: str | None = None) -> Fld | None:
    for s in doc.sections:
        if sec is None or s.key == sec:
            for f in s.items:
                if f.key == key:
                    return f
    return None


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc
        self.w = _w(s)
        self.spelled = doc.layout == "spelled"
        self.j = 0 if self.spelled else 1

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
        style = self.s.date_style
        if self.spelled and self.rng.random() < self.doc.spell.mix:
            style = self.rng.choice(SPELLED_DATE_STYLES)
        f = self.add(key, spell_date(d, style, "er"), name)
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        if mode == "choice" and self.doc.kind != "cert":
            f = self.add("sex", SEX_WORDS[code], name)
            f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER32)
            f.chosen = SEX_ORDER32.index(code)
            return f
        return self.add("sex", sex_word(code, "word" if mode == "choice" else mode), name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name)

    def choice(self, key: str, words: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, words[chosen], name)
        if self.s.purpose_mode == "choice" and self.doc.kind != "cert":
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
    j = b.j
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
                words = tuple(DWELLING32[d][j] for d in DWELLING_ORDER32)
                b.choice("dwelling", words, DWELLING_ORDER32.index(record.dwelling), "dwelling")
            if record.previous or rng.random() < 0.5:
                b.section("previous")
                b.optional("previous_address", record.previous or "", "previous_address")
            if record.phone and rng.random() < 0.5:
                b.section("contact")
                b.add("phone", record.phone)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", tuple(ROLE32[k][j] for k in (True, False)),
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
            if rng.random() < 0.6:
                b.add("birth_time", time_words(record.birth_time, doc.spell.time_style)
                      if b.spelled else f"{record.birth_time} Uhr")
            b.section("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father or rng.random() < 0.4:
                b.optional("father_name", record.father or "", "father_name")
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
                if rng.random() < 0.6:
                    b.add("place_of_birth", p.pob)
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
            if rng.random() < 0.6:
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
            words = tuple(PURPOSE32[x][j] for x in PURPOSE_ORDER32)
            b.choice("purpose", words, PURPOSE_ORDER32.index(record.purpose), "purpose")
            b.section("home")
            b.address(record.address)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS32["P"][j], ID_KINDS32["I"][j]), 0 if kind == "P" else 1)
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


# --- distractors ---------------------------------------------------------------------------------


def _taken(record: Record) -> set[str]:
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(d)
    return out


def _other_name(rng: random.Random, taken: set[str], female: bool | None = None) -> str:
    """A full German name (a registrar, a witness) that is none of the truth's names."""
    family, women, men = pools.NAMES["DEU"]
    for _ in range(60):
        sex = rng.random() < 0.5 if female is None else female
        given = rng.choice(women if sex else men)
        fam = rng.choice(tuple(n for n in family if " " not in n))
        if given not in taken and fam not in taken:
            return f"{given} {fam}"
    return "Gertrud Lembeck"


def _other_day(record: Record, rng: random.Random, lo: date, hi: date) -> date:
    taken = _truth_days(record)
    span = max(1, (hi - lo).days)
    day = lo + timedelta(days=rng.randint(0, span))
    while day in taken:
        day += timedelta(days=1)
    return day


def _other_time(rng: random.Random) -> str:
    """A time of day for furniture (a receipt, a death, never a truth value)."""
    return f"{rng.randint(7, 19):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


# --- hyphenation ---------------------------------------------------------------------------------

# The word lists below are single strings split at import: the tests of the older pools compare
# every string literal of ``samples`` with their wordings, and single words would collide.
_DIPHTHONGS = "au äu eu ei ai ie ey ay aa ee oo"
_UNITS = "sch ch ck ph th qu"
_ONSETS = "bl br dr fl fr gl gr kl kr pl pr tr pfl pfr schl schm schn schr schw str spr"
VOWELS: Final = frozenset("aeiouyäöüé")
DIPHTHONGS: Final = tuple(_DIPHTHONGS.split())
UNITS: Final = tuple(_UNITS.split())
ONSETS: Final = tuple(_ONSETS.split())
_COMPONENTS = """
    straße strasse weg platz allee ring gasse damm ufer feld dorf hausen heim kirchen burg berg
    bach stadt name namen datum nummer angaben ort tag wohnung zeichen halter inhaber behörde
    register urkunde schein antrag meister mann halle museum genossenschaft born scheid lohn
    beck brück brücken mund gebiet angehörigkeit keit heit schaft zahl stelle amt stand zweck
    geber recht gesetz pflicht bestätigung versicherung kennzeichen fahrzeug verzeichnis
    erklärung person anschrift stätten wesen land
"""
#: the last parts of compounds (a break may fall before them)
COMPONENTS: Final = tuple(sorted(_COMPONENTS.split(), key=len, reverse=True))


def _syllables(p: str) -> list[int]:
    toks: list[tuple[str, int]] = []
    i = 0
    while i < len(p):
        if p[i] in VOWELS:
            step = 2 if p[i:i + 2] in DIPHTHONGS else 1
            toks.append(("V", i))
            i += step
            continue
        unit = next((u for u in UNITS if p.startswith(u, i)), p[i])
        toks.append(("C", i))
        i += len(unit)
    out: list[int] = []
    vs = [k for k, t in enumerate(toks) if t[0] == "V"]
    for a, b in pairwise(vs):
        cons = toks[a + 1:b]
        if not cons:
            out.append(toks[b][1])
        elif len(cons) == 1:
            out.append(cons[0][1])
        else:
            last2 = p[cons[-2][1]:toks[b][1]]
            out.append(cons[-2][1] if last2 in ONSETS else cons[-1][1])
    return out


@cache
def hyphen_points(word: str) -> tuple[int, ...]:
    """Where ``word`` (letters, maybe with hyphens) may break at a line end: an index ``i`` means
    ``word[:i]`` + ``-`` / ``word[i:]`` (after an existing hyphen the head keeps it)."""
    out: list[int] = []
    start = 0
    for part in word.split("-"):
        if start:
            out.append(start)  # after an existing hyphen
        if len(part) >= 5 and part.isalpha():
            low = part.lower()
            bounds: list[int] = []
            rest = low
            while True:
                for comp in COMPONENTS:
                    if rest.endswith(comp) and len(rest) - len(comp) >= 3:
                        rest = rest[:len(rest) - len(comp)]
                        bounds.append(len(rest))
                        break
                else:
                    break
            cuts = sorted({0, *bounds, len(low)})
            points = set(bounds)
            for a, b in pairwise(cuts):
                points.update(a + k for k in _syllables(low[a:b]))
            out += [start + k for k in sorted(points) if 2 <= k <= len(part) - 3]
        start += len(part) + 1
    return tuple(k for k in out if 0 < k < len(word))


# --- setting type --------------------------------------------------------------------------------


@dataclass(slots=True)
class Seg:
    """A run of text in one style: ``text`` (the face's regular, or ``face``), ``italic``,
    ``bold``, ``value`` (the value face), ``caps`` (small capitals), ``spaced`` (letter-spaced),
    ``mono`` (no ligatures), ``mark`` (a raised footnote marker), or a drawn box / ring."""

    text: str
    style: str = "text"
    fld: Fld | None = None
    size: float = 0.0
    face: str = ""
    note: int = 0
    keep: bool = False  # never broken at its spaces
    label: bool = False  # the label of ``fld`` (not its value)


@dataclass(slots=True)
class Word:
    segs: list[Seg]
    width: float = 0.0


@cache
def _ligs(face: str) -> tuple[tuple[str, str], ...]:
    try:
        font = pdfmetrics.getFont(face)
    except KeyError:
        return ()
    cmap = getattr(getattr(font, "face", None), "charToGlyph", None)
    if not cmap:
        return ()
    return tuple((a, b) for a, b in LIGATURES if ord(b) in cmap)


def ligate(text: str, face: str) -> str:
    for a, b in _ligs(face):
        text = text.replace(a, b)
    return text


def _case_runs(text: str) -> list[tuple[str, bool]]:
    """Runs of capitals (and non-letters) and of lower-case letters."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        big = not ch.isalpha() or ch.isupper()
        if out and out[-1][1] == big:
            out[-1] = (out[-1][0] + ch, big)
        else:
            out.append((ch, big))
    return out


class Setter:
    """Measures and draws segments for one document."""

    def __init__(self, faces: Set4, vface: str, size: float, *, lig: bool = False,
                 caps: float = 0.76, track: float = 0.3, doc: Doc | None = None) -> None:
        self.faces, self.vface, self.size = faces, vface, size
        self.lig, self.caps, self.track = lig, caps, track
        self.doc = doc

    def face(self, seg: Seg) -> str:
        if seg.face:
            return seg.face
        return {"italic": self.faces.italic, "bold": self.faces.bold, "value": self.vface,
                "spaced": self.vface, "mono": self.vface}.get(seg.style, self.faces.regular)

    def shown(self, seg: Seg) -> str:
        if self.lig and seg.style in LIGATURE_STYLES:
            return ligate(seg.text, self.face(seg))
        return seg.text

    def space(self, size: float = 0.0) -> float:
        return float(pdfmetrics.stringWidth(" ", self.faces.regular, size or self.size))

    def width(self, seg: Seg) -> float:
        size = seg.size or self.size
        face = self.face(seg)
        if seg.style in GRAPHIC:
            return size * 0.95
        if seg.style == "caps":
            return sum(float(pdfmetrics.stringWidth(chunk.upper(), face,
                                                    size if big else size * self.caps))
                       for chunk, big in _case_runs(seg.text))
        if seg.style == "spaced":
            return float(pdfmetrics.stringWidth(seg.text, face, size)) + \
                self.track * size * len(seg.text)
        if seg.style == "mark":
            return float(pdfmetrics.stringWidth(seg.text, face, size * 0.62)) + size * 0.05
        return float(pdfmetrics.stringWidth(self.shown(seg), face, size))

    def put(self, t: PDFTextObject, seg: Seg) -> None:
        """Add a (text) segment to the line's text object at its cursor."""
        size = seg.size or self.size
        face = self.face(seg)
        if seg.style == "caps":
            for chunk, big in _case_runs(seg.text):
                t.setFont(face, size if big else size * self.caps)
                t.textOut(chunk.upper())
        elif seg.style == "spaced":
            t.setFont(face, size)
            t.setCharSpace(self.track * size)
            t.textOut(seg.text)
            t.setCharSpace(0)
            if self.doc is not None:
                self.doc.spaced.append(seg.text)
        elif seg.style == "mark":
            t.setFont(face, size * 0.62)
            t.setRise(size * 0.38)
            t.textOut(seg.text)
            t.setRise(0)
        else:
            text = self.shown(seg)
            t.setFont(face, size)
            t.textOut(text)
            if self.doc is not None and any(ch in LIGATURE_CHARS for ch in text):
                self.doc.ligatured.append(text)


def _tick(c: Pen, x: float, y: float, size: float, style: str) -> None:
    cv = c.c
    cv.saveState()
    cv.setLineWidth(0.6)
    s = size * 0.72
    if style.startswith("box"):
        cv.rect(x + 0.5, y - 0.5, s, s, stroke=1, fill=0)
        if style == "box1":
            cv.setLineWidth(1.0)
            cv.line(x + 1.5, y + 0.5, x + s - 0.5, y + s - 1.5)
            cv.line(x + 1.5, y + s - 1.5, x + s - 0.5, y + 0.5)
    else:
        cv.circle(x + s / 2 + 0.5, y + s / 2 - 0.3, s / 2, stroke=1, fill=1 if style == "ring1"
                  else 0)
    cv.restoreState()


def _words(st: Setter, segs: list[Seg]) -> list[Word]:
    out: list[Word] = []
    cur: list[Seg] = []
    for seg in segs:
        if seg.style in GRAPHIC:
            if cur:
                out.append(Word(cur))
                cur = []
            out.append(Word([seg]))
            continue
        parts = [seg.text] if seg.keep else seg.text.split(" ")
        for k, part in enumerate(parts):
            if k and cur:
                out.append(Word(cur))
                cur = []
            if part:
                cur.append(replace(seg, text=part))
    if cur:
        out.append(Word(cur))
    for w in out:
        w.width = sum(st.width(s) for s in w.segs)
    return out


_CORE = re.compile(r"^([(»„]*)(.*?)([.,;:)«“!?]*)$")


def _break(st: Setter, word: Word, room: float) -> tuple[Word, Word, Seg, str, str] | None:
    """The word broken with a hyphen so that its head fits ``room``, or ``None``."""
    cands = [k for k, s in enumerate(word.segs) if s.style in ("text", "italic", "bold", "value",
                                                                 "caps", "spaced")]
    if not cands:
        return None
    k = max(cands, key=lambda i: len(word.segs[i].text))
    seg = word.segs[k]
    m = _CORE.match(seg.text)
    if not m:
        return None
    lead, core, _trail = m.groups()
    points = hyphen_points(core)
    before = sum(st.width(s) for s in word.segs[:k])
    for p in reversed(points):
        cut = len(lead) + p
        head_text = seg.text[:cut] + ("" if seg.text[cut - 1] == "-" else "-")
        head = replace(seg, text=head_text)
        if before + st.width(head) <= room:
            tail = replace(seg, text=seg.text[cut:])
            hw = Word([*word.segs[:k], head])
            tw = Word([tail, *word.segs[k + 1:]])
            hw.width = sum(st.width(s) for s in hw.segs)
            tw.width = sum(st.width(s) for s in tw.segs)
            return hw, tw, seg, seg.text[:cut], seg.text[cut:]
    return None


@dataclass(slots=True)
class Para:
    lines: list[list[Word]]
    width: float
    leading: float
    size: float
    align: str = "left"  # left | justify | centre | right
    indent: float = 0.0
    hang: float = 0.0  # lines after the first start this far in

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def flds(self) -> list[tuple[Fld, int]]:
        """Each field drawn in the paragraph with the line it starts on."""
        out: list[tuple[Fld, int]] = []
        seen: list[Fld] = []
        for i, line in enumerate(self.lines):
            for w in line:
                for s in w.segs:
                    if s.fld is not None and not s.label and all(s.fld is not x for x in seen):
                        seen.append(s.fld)
                        out.append((s.fld, i))
        return out

    def notes(self) -> list[int]:
        return sorted({s.note for line in self.lines for w in line for s in w.segs if s.note})


def set_par(st: Setter, segs: list[Seg], width: float, *, hyph: bool, align: str = "left",
            leading: float = 1.3, indent: float = 0.0, hang: float = 0.0,
            splits: list[Split] | None = None) -> Para:
    """Break ``segs`` into lines of ``width`` (greedy, hyphenating a word that does not fit when
    ``hyph``); ``align`` says how the lines are set."""
    words = _words(st, segs)
    space = st.space()
    lines: list[list[Word]] = [[]]
    used = indent

    def room_now() -> float:
        first = len(lines) == 1
        return width - (0.0 if first else hang) - used

    queue = list(words)
    while queue:
        w = queue.pop(0)
        gap = space if lines[-1] else 0.0
        if w.width + gap <= room_now() + 0.01:
            lines[-1].append(w)
            used += w.width + gap
            continue
        got = _break(st, w, room_now() - gap) if hyph else None
        if got is not None and (lines[-1] or got[0].width > 0):
            head, tail, seg, a, b = got
            lines[-1].append(head)
            if splits is not None:
                key = seg.fld.key if seg.fld is not None else ""
                splits.append(Split(key, a, b, seg.fld is not None and not seg.label))
            lines.append([])
            used = 0.0
            queue.insert(0, tail)
            continue
        if lines[-1]:
            lines.append([])
            used = 0.0
            queue.insert(0, w)
            continue
        lines[-1].append(w)  # wider than the line and unbreakable
        lines.append([])
        used = 0.0
    if not lines[-1]:
        lines.pop()
    return Para(lines or [[]], width, st.size * leading, st.size, align, indent, hang)


def draw_par(pen: Pen, st: Setter, par: Para, x: float, top: float) -> list[float]:
    """Draw a paragraph below ``top``; returns each line's baseline."""
    space = st.space()
    y = top - par.size * 0.92
    bases: list[float] = []
    for i, line in enumerate(par.lines):
        start = x + (par.indent if i == 0 else par.hang)
        avail = par.width - (par.indent if i == 0 else par.hang)
        natural = sum(w.width for w in line) + space * max(0, len(line) - 1)
        extra = 0.0
        last = i == len(par.lines) - 1
        if par.align == "justify" and not last and len(line) > 1:
            extra = (avail - natural) / (len(line) - 1)
            if extra > space * 3.5 or extra < -space * 0.5:
                extra = 0.0
        elif par.align == "centre":
            start += (avail - natural) / 2
        elif par.align == "right":
            start += avail - natural
        # one text object a line, a real space between words (each word at its justified place)
        t = pen.c.beginText(start, y)
        cx = start
        for j, w in enumerate(line):
            if w.segs and w.segs[0].style in GRAPHIC:
                s = w.segs[0]
                _tick(pen, cx, y, s.size or st.size, s.style)
            else:
                t.setTextOrigin(cx, y)
                for s in w.segs:
                    st.put(t, s)
                if j < len(line) - 1:
                    t.setFont(st.faces.regular, st.size)
                    t.textOut(" ")
            cx += w.width + space + extra
        pen.c.drawText(t)
        bases.append(y)
        y -= par.leading
    return bases


# --- blocks and pages ----------------------------------------------------------------------------


@dataclass(slots=True)
class Blk:
    """A piece of a page: its height and how to draw it below ``top``; ``breakable`` says a
    page may end before it; ``notes`` are the footnotes its labels point to."""

    height: float
    draw: Callable[[float], None]
    breakable: bool = True
    notes: tuple[int, ...] = ()


def _page_height(blocks: list[Blk], note_h: Callable[[list[int]], float]) -> float:
    notes = sorted({n for b in blocks for n in b.notes})
    return sum(b.height for b in blocks) + (note_h(notes) if notes else 0.0)


def _paginate(build: Callable[[float], tuple[list[Blk], Callable[[list[int]], float]]],
              pages: int, rooms: tuple[float, float], scales: tuple[float, ...]
              ) -> tuple[list[list[Blk]], float]:
    """The blocks on one or two pages: a one-page plan shrinks the type as far as ``scales``
    allow and runs onto a second page when nothing fits; a two-page plan cuts where the first
    page holds about three fifths (or as much as fits)."""
    if pages == 1:
        for scale in scales:
            blocks, nh = build(scale)
            if _page_height(blocks, nh) <= rooms[0]:
                return [blocks], scale
    chunks: list[list[Blk]] = []
    scale = scales[0]
    for scale in scales:
        blocks, nh = build(scale)
        chunks = _split(blocks, rooms, nh, pages == 2)
        if all(_page_height(ch, nh) <= rooms[min(k, 1)] + 0.01 for k, ch in enumerate(chunks)):
            break
    return chunks, scale


def _split(blocks: list[Blk], rooms: tuple[float, float],
           nh: Callable[[list[int]], float], balanced: bool) -> list[list[Blk]]:
    cands = [i for i, b in enumerate(blocks) if b.breakable and 0 < i < len(blocks)]
    if not cands:
        cands = list(range(1, max(2, len(blocks))))
    total = _page_height(blocks, nh)

    def first(i: int) -> float:
        return _page_height(blocks[:i], nh)

    fitting = [i for i in cands if first(i) <= rooms[0]]
    if balanced and total <= rooms[0] * 1.02:
        cut = min(cands, key=lambda i: abs(first(i) - total * 0.6))
    else:
        cut = max(fitting) if fitting else min(cands)
    return [blocks[:cut], blocks[cut:]]


# --- spelled -------------------------------------------------------------------------------------


ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(slots=True)
class _Sp:
    pen: Pen
    doc: Doc
    w: Extra32Wording
    s: Style
    record: Record
    x0: float
    x1: float
    scale: float = 1.0

    @property
    def look(self) -> SpellLook:
        return self.doc.spell

    def setter(self, size: float) -> Setter:
        """A setter for type of ``size`` points before shrinking."""
        return Setter(self.doc.faces, self.doc.vface, size * self.scale, doc=self.doc)

    @property
    def size(self) -> float:
        return self.look.size * self.scale

    @property
    def vstyle(self) -> str:
        return "value" if self.look.typed else "bold"


def _sp_par(sp: _Sp, segs: list[Seg], size: float, *, gap: float = 0.0, align: str = "left",
            breakable: bool = True, color: RGB | None = None) -> Blk:
    """A ragged paragraph of ``size`` points (before shrinking), ``gap`` lines of space above."""
    st = sp.setter(size)
    par = set_par(st, segs, sp.x1 - sp.x0, hyph=False, align=align, leading=1.35)
    space = gap * st.size

    def draw(top: float) -> None:
        c = sp.pen.c
        c.saveState()
        if color is not None:
            c.setFillColorRGB(*color)
        draw_par(sp.pen, st, par, sp.x0, top - space)
        c.restoreState()

    return Blk(par.height + space, draw, breakable)


def _value_segs(sp: _Sp, f: Fld) -> list[Seg]:
    if f.options and sp.look.choice == "box":
        out: list[Seg] = []
        for k, opt in enumerate(f.options):
            out.append(Seg("", "box1" if k == f.chosen else "box0"))
            out.append(Seg(opt + "   ", sp.vstyle if k == f.chosen else "text",
                           f if k == f.chosen else None))
        return out
    return [Seg(f.value or "–", sp.vstyle, f if f.value else None, keep=f.key in KEEP)]


def _sp_row(sp: _Sp, f: Fld, breakable: bool) -> Blk:
    """One labelled field in the document's arrangement."""
    look = sp.look
    ls = look.lsize * sp.scale
    vs = sp.size
    width = sp.x1 - sp.x0
    lst, vst = sp.setter(look.lsize), sp.setter(look.size)
    if look.arrange == "lines":
        lpar = set_par(lst, [Seg(f.label, "text")], width, hyph=False, leading=1.2)
        vpar = set_par(vst, _value_segs(sp, f), width - 12, hyph=False, leading=1.3)
        h = lpar.height + vpar.height + vs * 0.55

        def draw_lines(top: float) -> None:
            c = sp.pen.c
            bases = draw_par(sp.pen, vst, vpar, sp.x0 + 12, top)
            c.saveState()
            c.setDash(1, 2)
            c.setLineWidth(0.5)
            for base in bases:
                c.line(sp.x0, base - 2.2, sp.x1, base - 2.2)
            c.restoreState()
            c.saveState()
            c.setFillColorRGB(*look.ink)
            draw_par(sp.pen, lst, lpar, sp.x0, top - vpar.height - 1.5)
            c.restoreState()

        return Blk(h, draw_lines, breakable)
    col = width * look.label_col
    text = f.label + (":" if look.arrange == "colon" else "")
    lpar = set_par(lst, [Seg(text, "text")], col - 8, hyph=False, leading=1.2)
    vpar = set_par(vst, _value_segs(sp, f), width - col - 6, hyph=False, leading=1.3)
    h = max(lpar.height + ls * 0.3, vpar.height) + vs * 0.45

    def draw(top: float) -> None:
        c = sp.pen.c
        c.saveState()
        c.setFillColorRGB(*look.ink)
        draw_par(sp.pen, lst, lpar, sp.x0 + (3 if look.arrange == "ledger" else 0),
                 top - vs * 0.2)
        c.restoreState()
        bases = draw_par(sp.pen, vst, vpar, sp.x0 + col + 4, top - vs * 0.15)
        c.saveState()
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(*look.ink)
        if look.arrange == "ledger":
            c.line(sp.x0, top - h, sp.x1, top - h)
            c.line(sp.x0 + col, top, sp.x0 + col, top - h)
        elif look.rules and not f.options:
            c.setDash(1, 2)
            last = lpar.lines[-1]
            lx = sp.x0 + sum(w.width for w in last) + lst.space() * len(last) + 2
            base = top - vs * 0.2 - ls * 0.92 - (len(lpar.lines) - 1) * lpar.leading
            if lx < sp.x0 + col:
                c.line(lx, base, sp.x0 + col, base)
            for b in bases:
                c.line(sp.x0 + col + 2, b - 2, sp.x1, b - 2)
        c.restoreState()

    return Blk(h, draw, breakable)


def _sp_head(sp: _Sp, n: int, text: str) -> Blk:
    look = sp.look
    st = sp.setter(look.size * 1.02)
    if look.numbering == "words":
        num = sp.w.word("part").format(ordinal(n + 1, "er").capitalize())
    else:
        num = {"roman": f"{ROMAN[n % 10]}.", "letter": f"{'ABCDEFGHIJ'[n % 10]})",
               "none": ""}[look.numbering]
    par = set_par(st, [Seg(f"{num} {text}".strip(), "bold")], sp.x1 - sp.x0, hyph=False)
    h = par.height + st.size * 0.9

    def draw(top: float) -> None:
        c = sp.pen.c
        c.saveState()
        c.setFillColorRGB(*look.ink)
        bases = draw_par(sp.pen, st, par, sp.x0, top - st.size * 0.55)
        c.setStrokeColorRGB(*look.ink)
        c.setLineWidth(0.5)
        if look.underline:
            c.line(sp.x0, bases[-1] - 2.5, sp.x1, bases[-1] - 2.5)
        if look.arrange == "ledger":
            c.line(sp.x0, top - h, sp.x1, top - h)
        c.restoreState()

    return Blk(h, draw, n > 0)


def _sp_header(sp: _Sp) -> Blk:
    look, doc, w = sp.look, sp.doc, sp.w
    width = sp.x1 - sp.x0
    prose = doc.kind == "cert" and look.cert_mode == "prose"
    st = sp.setter(look.size * 0.85)
    if doc.kind == "cert":
        office = _role(doc, "registry_office", "header")
        big = sp.setter(look.size * 1.1)
        if office is not None:
            lsegs = [Seg(office.value, "bold", office)]
        else:
            lsegs = [Seg(f"Standesamt {doc.city}", "bold")]
        lpar = set_par(big, lsegs, width * 0.55, hyph=False)
        lst = big
    else:
        lst = st
        lpar = _lines(st, [w.word("city_head").format(doc.city), _unit(doc, SPELLED_WORDS)],
                      width * 0.55, "left")
    number = _role(doc, "register_number", "header") if prose else None
    if number is not None:
        rpar = set_par(st, [Seg(number.label + " ", "text"),
                            Seg(number.value, sp.vstyle, number, keep=True)], width * 0.4,
                       hyph=False, leading=1.3, align="right")
    else:
        rpar = _lines(st, [look.file_no, look.form_no], width * 0.4, "right")
    tst = sp.setter(look.size * 1.45)
    tpar = set_par(tst, [Seg(doc.title, "bold")], width, hyph=False, align="centre")
    top_h = max(lpar.height, rpar.height) + sp.size * 1.3
    h = top_h + tpar.height + sp.size * 1.1

    def draw(top: float) -> None:
        c = sp.pen.c
        draw_par(sp.pen, lst, lpar, sp.x0, top)
        draw_par(sp.pen, st, rpar, sp.x1 - width * 0.4, top)
        bases = draw_par(sp.pen, tst, tpar, sp.x0, top - top_h)
        if look.underline:
            c.setLineWidth(0.8)
            c.line(sp.x0 + width * 0.2, bases[-1] - 4, sp.x1 - width * 0.2, bases[-1] - 4)

    return Blk(h, draw, False)


def _lines(st: Setter, texts: list[str], width: float, align: str) -> Para:
    """Lines of text, each starting a line of its own (wrapped when too long)."""
    lines: list[list[Word]] = []
    for text in texts:
        lines += set_par(st, [Seg(text, "text")], width, hyph=False).lines
    return Para(lines, width, st.size * 1.3, st.size, align)


def _prose_segs(sp: _Sp, template: str, values: dict[str, Fld | str | None]) -> list[Seg]:
    """A sentence with its gaps filled: fields in the value face, phrases as text."""
    out: list[Seg] = []
    for k, part in enumerate(re.split(r"\{(\w*)\}", template)):
        if k % 2 == 0:
            if part:
                out.append(Seg(part, "text"))
            continue
        v = values.get(part)
        if isinstance(v, Fld):
            out.append(Seg(v.value, sp.vstyle, v))
        elif v:
            out.append(Seg(v, "text"))
    return out


def _name_block(sp: _Sp, sec: str, breakable: bool) -> list[Blk]:
    """A certificate's names: a line ``Family, Given`` with a caption, or labelled rows."""
    look, doc = sp.look, sp.doc
    fam = _field(doc, "family_name", sec)
    giv = _field(doc, "given_names", sec)
    if fam is None or giv is None:
        return []
    if fam.role != "caption":
        return [_sp_row(sp, fam, breakable), _sp_row(sp, giv, False)]
    st = sp.setter(look.size * 1.25)
    par = set_par(st, [Seg(fam.value + ",", sp.vstyle, fam), Seg(" " + giv.value, sp.vstyle, giv)],
                  sp.x1 - sp.x0 - 20, hyph=False, align="centre")
    cst = sp.setter(look.lsize)
    cpar = set_par(cst, [Seg(sp.w("names"), "italic")], sp.x1 - sp.x0, hyph=False, align="centre")
    h = par.height + cpar.height + sp.size * 0.9

    def draw(top: float) -> None:
        c = sp.pen.c
        bases = draw_par(sp.pen, st, par, sp.x0 + 10, top - sp.size * 0.3)
        c.setLineWidth(0.5)
        c.line(sp.x0 + 30, bases[-1] - 3, sp.x1 - 30, bases[-1] - 3)
        c.saveState()
        c.setFillColorRGB(*look.ink)
        draw_par(sp.pen, cst, cpar, sp.x0, bases[-1] - 5)
        c.restoreState()

    return [Blk(h, draw, breakable)]


def _cert_prose(sp: _Sp) -> list[Blk]:
    """A certificate in prose with its dates in words."""
    look, doc, w, r = sp.look, sp.doc, sp.w, sp.record
    out: list[Blk] = []
    size = look.size * 1.05

    def sentence(template: str, values: dict[str, Fld | str | None], gap: float = 0.5,
                 breakable: bool = True) -> None:
        out.append(_sp_par(sp, _prose_segs(sp, template, values), size, gap=gap,
                           breakable=breakable))

    def ev(key: str, sec: str | None = None) -> Fld | None:
        for f in fields(doc) if sec is None else next(
                (x.items for x in doc.sections if x.key == sec), []):
            if f.key == key and f.role == "event":
                return f
        return None

    match r:
        case Geburt():
            out += _name_block(sp, "child", False)
            bt = ev("birth_time")
            sentence(w.prose("born"), {"date_of_birth": ev("date_of_birth"),
                                       "place_of_birth": ev("place_of_birth"),
                                       "birth_time": f" um {bt.value}" if bt else ""})
            sex = ev("sex")
            if sex is not None:
                sentence(w.prose("born_sex"), {"sex": sex})
            father = ev("father_name")
            mother = ev("mother_name")
            if father is not None:
                sentence(w.prose("parents"), {"mother_name": mother, "father_name": father})
            else:
                sentence(w.prose("mother_only"), {"mother_name": mother})
        case Ehe():
            values: dict[str, Fld | str | None] = {
                "marriage_date": ev("marriage_date"), "marriage_place": ev("marriage_place"),
                "registry_office": ev("registry_office")}
            if look.year_first:
                sentence(w.prose("married_year_first"), values, 0.6, False)
            for k in (1, 2):
                sec = f"spouse{k}"
                out += _name_block(sp, sec, k == 2)
                pob = ev("place_of_birth", sec)
                template = w.prose("spouse")
                if pob is None:  # no place: the sentence ends with the day
                    template = re.sub(r" \w+ \{place_of_birth\}", "", template)
                sentence(template, {"date_of_birth": ev("date_of_birth", sec),
                                    "place_of_birth": pob}, 0.3, False)
            if not look.year_first:
                sentence(w.prose("married"), values, 0.6)
            if look.witnesses:
                out.append(_sp_par(sp, [Seg(w.word("witness").format(*look.witnesses), "text")],
                                   look.size * 0.95, gap=0.4))
        case Sterbe():
            out += _name_block(sp, "deceased", False)
            sentence(w.prose("born_dead"), {"date_of_birth": ev("date_of_birth"),
                                            "place_of_birth": ev("place_of_birth")})
            died = f" um {time_words(look.death_time, look.time_style)}" if look.death_time \
                else ""
            sentence(w.prose("died"), {"date_of_death": ev("date_of_death"),
                                       "place_of_death": ev("place_of_death"),
                                       "death_time": died})
            res = ev("last_residence")
            if res is not None:
                sentence(w.prose("residence"), {"last_residence": res}, 0.4)
            if look.age:
                out.append(_sp_par(sp, [Seg(w.prose("age").format(cardinal(look.age)), "text")],
                                   size, gap=0.4))
            if look.informant:
                out.append(_sp_par(sp, [Seg(w.word("informant").format(look.informant),
                                            "text")], look.size * 0.9, gap=0.4))
    return out


def _cert_foot(sp: _Sp) -> list[Blk]:
    look, doc, w = sp.look, sp.doc, sp.w
    out: list[Blk] = []
    if look.entered is not None:
        text = w.prose("entered").format(spell_date(look.entered, look.prose_style, "en"))
        out.append(_sp_par(sp, [Seg(text, "text")], look.size * 0.92, gap=0.5))
        doc.distractors.append(text)
    out.append(_sp_par(sp, [Seg(w.word("changes"), "italic")], look.size * 0.9, gap=0.3))
    issue = _role(doc, "issue_date", "place")
    if issue is not None:
        before, _, rest = w.word("place_date").replace("{}", doc.city, 1).rpartition("{}")
        segs = [Seg(before, "text"), Seg(issue.value, sp.vstyle, issue), Seg(rest, "text")]
        out.append(_sp_par(sp, [x for x in segs if x.text], look.size, gap=1.2,
                           breakable=False))
    out.append(_sign_block(sp, w.word("registrar"), look.registrar, True))
    if look.fee:
        fee = w.word("fee").format(cardinal(look.fee), look.fee)
        out.append(_sp_par(sp, [Seg(fee, "text")], look.size * 0.85, gap=0.3, breakable=False))
    return out


def _sign_block(sp: _Sp, caption: str, name: str, seal: bool) -> Blk:
    look = sp.look
    size = sp.size
    h = size * (7.0 if seal else 5.4)
    seed = sum(ord(ch) for ch in caption + name)

    def draw(top: float) -> None:
        c = sp.pen.c
        x = sp.x1 - (sp.x1 - sp.x0) * 0.45
        base = top - size * 3.2
        c.setLineWidth(0.5)
        c.line(x, base, sp.x1, base)
        _signature(sp.pen, x + 20, base + 5, random.Random(seed))
        c.saveState()
        c.setFillColorRGB(*look.ink)
        c.setFont(sp.doc.faces.regular, size * 0.8)
        if c.stringWidth(caption, sp.doc.faces.regular, size * 0.8) > sp.x1 - x:
            c.drawRightString(sp.x1, base - size * 1.0, caption)
        else:
            c.drawString(x, base - size * 1.0, caption)
        if name:
            c.drawString(x, base - size * 2.0, f"({name})")
        c.restoreState()
        if seal:
            _seal(sp.pen, sp.x0 + size * 4.5, base - size * 0.1, size * 2.4, 0.45)
            c.setFont(sp.doc.faces.italic, size * 0.7)
            text = SPELLED_WORDS["seal"][2] if sp.doc.kind == "id" else sp.w.word("seal")
            c.drawString(sp.x0 + size * 1.5, base - size * 3.3, text)

    return Blk(h, draw, False)


def _form_foot(sp: _Sp) -> list[Blk]:
    look, doc, w = sp.look, sp.doc, sp.w
    out: list[Blk] = []
    if look.persons and doc.doc_type == "wohnungsgeberbestaetigung":
        n = sum(1 for f in fields(doc) if f.key == "tenant")
        text = w.word("count_persons").format(cardinal(n), n)
        out.append(_sp_par(sp, [Seg(text, "text")], look.size * 0.92, gap=0.5))
        doc.distractors.append(text)
    if look.attachments:
        text = w.word("attachments").format(cardinal(look.attachments))
        out.append(_sp_par(sp, [Seg(text, "text")], look.size * 0.9, gap=0.4))
        doc.distractors.append(text)
    out.append(_sp_par(sp, [Seg(w.word("declaration"), "italic")], look.size * 0.92, gap=0.8))
    day = doc.printed or data.REFERENCE_DATE
    place = w.word("signed_place").format(doc.city, spell_date(day, look.prose_style, "en"))
    doc.distractors.append(place)
    out.append(_sp_par(sp, [Seg(place, "text")], look.size, gap=0.9, breakable=False))
    caption = w.word("sign_landlord") if doc.doc_type == "wohnungsgeberbestaetigung" else \
        w.word("sign")
    out.append(_sign_block(sp, caption, "", False))
    if look.received is not None:
        out.append(_received(sp))
    if look.fee:
        fee = w.word("fee").format(cardinal(look.fee), look.fee)
        out.append(_sp_par(sp, [Seg(fee, "text")], look.size * 0.85, gap=0.3, breakable=False))
    return out


def _received(sp: _Sp) -> Blk:
    look, w = sp.look, sp.w
    assert look.received is not None
    text = w.word("received").format(spell_date(look.received, "words", "en"),
                                     time_words(look.received_time, look.time_style))
    sp.doc.distractors.append(text)
    width = (sp.x1 - sp.x0) * 0.5
    st = sp.setter(look.size * 0.85)
    par = set_par(st, [Seg(text, "italic")], width - 12, hyph=False)
    h = par.height + st.size * 2.2

    def draw(top: float) -> None:
        c = sp.pen.c
        c.saveState()
        c.setStrokeColorRGB(0.35, 0.35, 0.5)
        c.setFillColorRGB(0.3, 0.3, 0.45)
        c.setLineWidth(0.9)
        c.roundRect(sp.x0, top - h + st.size * 0.4, width, h - st.size * 0.8, 4, stroke=1,
                    fill=0)
        draw_par(sp.pen, st, par, sp.x0 + 6, top - st.size * 0.9)
        c.restoreState()

    return Blk(h, draw, False)


def _zone_block(pen: Pen, doc: Doc, x0: float, x1: float, size: float, note: str,
                face: str, frame: bool) -> Blk:
    mface = mrz_font()
    width = x1 - x0 - 16
    msize = min(size * 1.1, width / max(1.0, float(pdfmetrics.stringWidth(
        "<" * len(doc.zone[0]), mface, 1.0))))
    zh = len(doc.zone) * msize * 1.55 + size * 1.2
    h = size * 1.8 + zh + size * 0.6

    def draw(top: float) -> None:
        c = pen.c
        c.setFont(face, size * 0.9)
        c.drawString(x0, top - size * 1.1, note)
        y = top - size * 1.6
        if frame:
            c.saveState()
            c.setLineWidth(0.6)
            c.setFillGray(0.96)
            c.rect(x0, y - zh, x1 - x0, zh, stroke=1, fill=1)
            c.restoreState()
        c.setFont(mface, msize)
        ly = y - size * 0.6 - msize
        for line in doc.zone:
            c.drawString(x0 + 8, ly, line)
            ly -= msize * 1.55

    return Blk(h, draw, False)


def _copy_block(pen: Pen, doc: Doc, record: Identity, x0: float, x1: float, size: float,
                note: str, face: str, limit: float) -> Blk:
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(0.95, (x1 - x0) * 0.8 / bw, limit / bh)
    w0, h0 = _card_size(record, part, scale)
    seed = doc.furniture[0].toordinal() + 11 if doc.furniture else 11
    h = size * 2.0 + h0 + size * 0.8

    def draw(top: float) -> None:
        c = pen.c
        c.setFont(face, size * 0.85)
        c.drawString(x0, top - size * 1.1, note)
        r = random.Random(seed)
        _draw_copy(pen, record, part, x0 + (x1 - x0 - w0) / 2, top - size * 1.6, scale,
                   r.choice(VIZ_STYLES), r, True)
        c.setFillGray(0)
        c.setStrokeGray(0)

    return Blk(h, draw, True)


def _sp_blocks(sp: _Sp) -> list[Blk]:
    doc, look, w = sp.doc, sp.look, sp.w
    blocks = [_sp_header(sp)]
    if doc.kind == "form" and look.deadline and doc.doc_type == "anmeldung":
        blocks.append(_sp_par(sp, [Seg(w.word("deadline"), "italic")], look.size * 0.85,
                              gap=0.2))
    if doc.kind == "id":
        blocks.append(_sp_par(sp, [Seg(w.word("id_intro"), "text")], look.size, gap=0.3))
    if doc.kind == "cert" and look.cert_mode == "prose":
        blocks += _cert_prose(sp)
        rest = [f for f in fields(doc) if not f.role]
        for k, f in enumerate(rest):
            blocks.append(_sp_row(sp, f, k == 0))
        return blocks + _cert_foot(sp)
    n = 0
    for sec in doc.sections:
        items = [f for f in sec.items if not f.role]
        if not items:
            continue
        blocks.append(_sp_head(sp, n, sec.head))
        n += 1
        for k, f in enumerate(items):
            blocks.append(_sp_row(sp, f, k > 0))
    if doc.zone:
        blocks.append(_zone_block(sp.pen, doc, sp.x0, sp.x1, sp.size, w.word("zone_note"),
                                  doc.faces.italic, look.frame))
        if look.copy and isinstance(sp.record, Identity):
            blocks.append(_copy_block(sp.pen, doc, sp.record, sp.x0, sp.x1, sp.size,
                                      w.word("copy_note"), doc.faces.regular, 230 * sp.scale))
        blocks.append(_sp_par(sp, [Seg(w.word("cert_clause"), "text")], look.size, gap=0.8))
        day = doc.printed or data.REFERENCE_DATE
        place = w.word("place_date").format(doc.city, spell_date(day, look.prose_style, "en"))
        doc.distractors.append(place)
        blocks.append(_sp_par(sp, [Seg(place, "text")], look.size, gap=0.6, breakable=False))
        blocks.append(_sign_block(sp, w.word("certifier"), look.registrar, True))
        if look.fee:
            fee = w.word("fee").format(cardinal(look.fee), look.fee)
            blocks.append(_sp_par(sp, [Seg(fee, "text")], look.size * 0.85, gap=0.3,
                                  breakable=False))
        return blocks
    return blocks + (_cert_foot(sp) if doc.kind == "cert" else _form_foot(sp))


def _draw_spelled(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                  pages: int) -> None:
    x0 = rng.uniform(54, 72)
    x1 = PAGE_W - rng.uniform(48, 64)
    sp = _Sp(pen, doc, _w(s), s, record, x0, x1)
    top = PAGE_H - rng.uniform(44, 58)
    bottom = rng.uniform(58, 70)
    look = doc.spell

    def build(scale: float) -> tuple[list[Blk], Callable[[list[int]], float]]:
        sp.scale = scale
        _reset(doc)
        return _sp_blocks(sp), lambda notes: 0.0

    rooms = (top - bottom, top - bottom - look.size * 2.0)
    chunks, scale = _paginate(build, pages, rooms, (1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64))
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    c = pen.c
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        y = top
        if k:
            c.setFont(doc.faces.italic, look.size * 0.8)
            c.drawString(x0, y - look.size, doc.title)
            y -= look.size * 2.0
        for b in chunk:
            b.draw(y)
            y -= b.height
        c.saveState()
        c.setFillColorRGB(*look.ink)
        c.setFont(doc.faces.regular, look.size * 0.75)
        if count > 1:
            text = _w(s).word("page").format(cardinal(k + 1), cardinal(count))
            c.drawCentredString((x0 + x1) / 2, bottom - look.size * 2.2, text)
        if k < count - 1:
            c.drawRightString(x1, bottom - look.size * 1.0, _w(s).word("continued"))
        c.restoreState()


def _reset(doc: Doc) -> None:
    doc.splits.clear()
    doc.spaced.clear()
    doc.ligatured.clear()
    doc.margins.clear()
    doc.distractors.clear()
    doc.notes.clear()


def _event_day(record: Record) -> date:
    match record:
        case Geburt():
            return record.child.dob
        case Ehe():
            return record.marriage_date
        case Sterbe():
            return record.date_of_death
    return data.REFERENCE_DATE


def _spell_look(doc: Doc, s: Style, rng: random.Random, record: Record,
                taken: set[str]) -> SpellLook:
    look = SpellLook()
    if doc.kind in ("cert", "id") and rng.random() < 0.65:
        s.date_style = rng.choice(SPELLED_WORD_STYLES)
    look.date_style = s.date_style
    look.prose_style = look.date_style if look.date_style in SPELLED_WORD_STYLES else \
        rng.choice(("words", "words_kilo"))
    look.mix = rng.choice((0.0, 0.0, 0.15, 0.3))
    look.cert_mode = rng.choice(("prose", "prose", "register"))
    look.arrange = rng.choice(("ledger", "lines", "colon", "ledger"))
    look.names = rng.choice(("labelled", "comma", "comma"))
    look.numbering = rng.choice(("roman", "letter", "words", "none", "roman"))
    look.size = rng.uniform(10.4, 12.2) if doc.kind == "cert" else rng.uniform(9.6, 11.0)
    look.lsize = look.size * rng.uniform(0.7, 0.82)
    look.typed = rng.random() < 0.7
    look.rules = rng.random() < 0.7
    look.underline = rng.random() < 0.6
    look.time_style = rng.choice(("short", "minutes", "and"))
    look.fee = rng.choice((0, 0, 10, 12, 15, 20, 25))
    look.attachments = rng.choice((0, 0, 1, 2, 3))
    if doc.kind == "form" and rng.random() < 0.5:
        look.received = _other_day(record, rng, data.REFERENCE_DATE - timedelta(days=12),
                                   data.REFERENCE_DATE)
        look.received_time = _other_time(rng)
    if doc.kind == "cert" and rng.random() < 0.55:
        event = _event_day(record)
        look.entered = _other_day(record, rng, event + timedelta(days=1),
                                  min(event + timedelta(days=9), data.REFERENCE_DATE))
    look.sex_prose = rng.random() < 0.6
    look.year_first = doc.doc_type == "eheurkunde" and rng.random() < 0.35
    if doc.doc_type == "eheurkunde" and rng.random() < 0.5:
        look.witnesses = (_other_name(rng, taken), _other_name(rng, taken))
    if isinstance(record, Sterbe):
        if rng.random() < 0.6:
            look.informant = _other_name(rng, taken)
        if rng.random() < 0.6:
            look.death_time = _other_time(rng)
        years = record.date_of_death.year - record.person.dob.year - (
            (record.date_of_death.month, record.date_of_death.day) <
            (record.person.dob.month, record.person.dob.day))
        look.age = years if rng.random() < 0.6 else 0
    look.registrar = _other_name(rng, taken) if rng.random() < 0.6 else ""
    look.file_no = f"Akt.-Z. {rng.randint(10, 59)}.{rng.randint(1, 9)}-{rng.randint(100, 999)}"
    look.form_no = _w(s).word("form_no").format(f"{rng.randint(1, 9)}{rng.randint(10, 99)}")
    look.ink = rng.choice(((0.0, 0.0, 0.0), (0.12, 0.12, 0.12), (0.1, 0.12, 0.3)))
    look.frame = rng.random() < 0.6
    look.label_col = rng.uniform(0.34, 0.44)
    look.choice = rng.choice(("box", "box", "word"))
    look.deadline = rng.random() < 0.5
    look.copy = isinstance(record, Identity) and rng.random() < 0.4
    look.persons = rng.random() < 0.7
    return look


def _spell_roles(doc: Doc, record: Record) -> None:
    """Where a spelled certificate prints each field: in its header, its sentences, its place
    and date line, under a caption, or (no role) in a labelled row; and in what words."""
    look = doc.spell
    if look.choice == "word":  # the chosen wording only
        for f in fields(doc):
            f.options, f.chosen = (), -1
    if doc.kind != "cert" or look.cert_mode != "prose":
        return
    prose_keys = {
        "geburtsurkunde": ("date_of_birth", "place_of_birth", "birth_time", "mother_name",
                           "father_name"),
        "eheurkunde": ("date_of_birth", "place_of_birth", "marriage_date", "marriage_place"),
        "sterbeurkunde": ("date_of_birth", "place_of_birth", "date_of_death", "place_of_death",
                          "last_residence"),
    }[doc.doc_type]
    for sec in doc.sections:
        for f in list(sec.items):
            if f.key == "father_name" and not f.value:
                sec.items.remove(f)
                continue
            if f.key in prose_keys:
                f.role, f.prose, f.label = "event", True, ""
            elif f.key in ("registry_office", "register_number"):
                f.role = "header"
                if f.key == "registry_office":
                    f.prose, f.label = True, ""
            elif f.key == "issue_date":
                f.role, f.prose, f.label = "place", True, ""
            elif f.key in ("family_name", "given_names"):  # drawn by ``_name_block``
                if look.names == "comma":
                    f.role, f.label = "caption", ""
                else:
                    f.role = "names"
            elif f.key == "sex" and isinstance(record, Geburt) and look.sex_prose and \
                    record.child.sex in SEX_CHILD32:
                f.value = SEX_CHILD32[record.child.sex]
                f.role, f.prose, f.label = "event", True, ""
            if f.day is not None and f.role in ("event", "place"):
                f.value = spell_date(f.day, look.prose_style, "en")
                if f.key == "marriage_date" and look.year_first:
                    f.value = spell_date(f.day, "year_first")
    if isinstance(record, Ehe):
        office = _field(doc, "registry_office")
        assert office is not None
        doc.sections[-1].items.append(replace(office, role="event"))


def _unit(doc: Doc, words: dict[str, tuple[str, ...]]) -> str:
    """The office of the issuing city a document goes to (its unit line)."""
    k = {"anmeldung": 0, "wohnungsgeberbestaetigung": 3, "antrag_zulassung": 1,
         "aufenthaltstitel_antrag": 2}.get(doc.doc_type, 3 if doc.kind == "id" else 0)
    return words["unit"][k]


def _role(doc: Doc, key: str, role: str) -> Fld | None:
    return next((f for f in fields(doc) if f.key == key and f.role == role), None)


# --- typeset -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ty:
    pen: Pen
    doc: Doc
    w: Extra32Wording
    s: Style
    record: Record
    x0: float  # the body column
    x1: float
    mx0: float  # the margin column
    mx1: float
    scale: float = 1.0
    notes: list[tuple[int, str]] = field(default_factory=list)

    @property
    def look(self) -> TypeLook:
        return self.doc.tset

    def setter(self, size: float) -> Setter:
        """A setter for type of ``size`` points before shrinking."""
        return Setter(self.doc.faces, self.doc.vface, size * self.scale, lig=self.look.lig,
                      track=self.look.track, doc=self.doc)

    @property
    def size(self) -> float:
        return self.look.size * self.scale

    def label_style(self) -> str:
        return {"caps": "caps", "italic": "italic", "roman": "text"}[self.look.labels]

    def mark(self, key: str) -> list[Seg]:
        """The footnote marker a label gets (numbering the note it points to), or nothing."""
        if key not in self.look.notes:
            return []
        text = self.w.note(key)
        if not text:
            return []
        number = next((n for n, t in self.notes if t == text), 0)
        if not number:
            number = len(self.notes) + 1
            self.notes.append((number, text))
        if self.look.marker == "sup" and number <= len(SUPERSCRIPTS):
            return [Seg(self.sign(number), "text", note=number)]
        return [Seg(self.sign(number), "mark", note=number)]

    def sign(self, number: int) -> str:
        if self.look.marker == "symbol":
            return SYMBOL_MARKS[(number - 1) % len(SYMBOL_MARKS)]
        if self.look.marker == "sup" and number <= len(SUPERSCRIPTS):
            return SUPERSCRIPTS[number - 1]
        return str(number)

    def value_segs(self, f: Fld, sep: str = "") -> list[Seg]:
        out: list[Seg] = []
        if f.options:
            for k, opt in enumerate(f.options):
                out.append(Seg("", "ring1" if k == f.chosen else "ring0"))
                tail = "" if k == len(f.options) - 1 else "  "
                out.append(Seg(opt + tail, "value" if k == f.chosen else "italic",
                               f if k == f.chosen else None))
        elif f.spaced:
            words = f.value.split(" ")
            out += [Seg(wd + (" " if i < len(words) - 1 else ""), "spaced", f)
                    for i, wd in enumerate(words)]
        else:
            out.append(Seg(f.value, "value", f, keep=f.key in KEEP))
        if sep:
            out.append(Seg(sep.rstrip() + " ", "text"))
        return out


def _type_look(doc: Doc, s: Style, rng: random.Random, record: Record) -> TypeLook:
    look = TypeLook()
    look.arrange = rng.choice(("runin", "table", "margin", "runin", "table"))
    look.labels = rng.choice(("caps", "caps", "italic", "roman"))
    look.spaced = rng.choice(("family", "names", "none", "family"))
    look.lig = rng.random() < 0.85
    look.oldstyle = rng.random() < 0.5
    keys = list(dict.fromkeys(f.key for f in fields(doc) if f.name and f.key in TYPESET_NOTES))
    rng.shuffle(keys)
    look.notes = tuple(keys[:rng.choice((0, 1, 2, 3, 3, 4))])
    look.marker = rng.choice(("sup", "sup", "raised", "symbol"))
    look.side = rng.choice(("none", "left", "right")) if look.arrange != "margin" else \
        rng.choice(("left", "right"))
    look.head = rng.choice(("all", "later", "foot", "all"))
    look.size = rng.uniform(9.6, 11.2)
    look.leading = rng.uniform(1.25, 1.42)
    look.measure = rng.uniform(270, 360) if look.arrange != "margin" else rng.uniform(220, 280)
    look.sep = rng.choice((" · ", "; ", " – ", ", "))
    look.accent = ACCENTS32[rng.randrange(len(ACCENTS32))]
    look.title_spaced = rng.random() < 0.7
    look.ornament = rng.choice(("rule", "diamonds", "stars", "none", "rule"))
    look.leaders = rng.random() < 0.6
    look.table_label = rng.uniform(0.47, 0.6)
    look.justify_values = rng.random() < 0.3
    look.track = rng.uniform(0.3, 0.45)
    look.indent = rng.random() < 0.6
    look.section_style = rng.choice(("caps", "paragraph", "chapter"))
    look.folio = rng.choice(("dash", "plain", "word"))
    edition = ordinal(rng.randint(2, 9), "e")
    w = _w(s)
    look.colophon = w.word("colophon").format(edition, f"{rng.randint(100, 999)}."
                                                       f"{rng.randint(10, 99)}") \
        if rng.random() < 0.6 else ""
    look.ref = w.word("ref").format(f"{rng.randint(10, 59)}/{rng.randint(100, 999)}-"
                                    f"{rng.choice('ABCDEFGHK')}")
    look.fee = w.word("fee").format(f"{rng.choice((10, 12, 15, 20, 25))},00") \
        if rng.random() < 0.6 else ""
    look.copy = isinstance(record, Identity) and rng.random() < 0.45
    if doc.kind != "form" and rng.random() < 0.6:
        look.signer = _other_name(rng, _taken(record))
    return look


def _type_roles(doc: Doc, record: Record) -> None:
    """Where a typeset certificate prints each field; margin notes replace the labels of a
    document set as paragraphs of values; the chosen names are letter-spaced."""
    look = doc.tset
    for f in fields(doc):
        if (look.spaced == "family" and f.key == "family_name") or (
                look.spaced == "names" and f.key in ("family_name", "given_names")):
            f.spaced = True
    if doc.kind == "cert":
        event = {"geburtsurkunde": ("date_of_birth", "place_of_birth"),
                 "eheurkunde": ("marriage_date", "marriage_place"),
                 "sterbeurkunde": ("date_of_death", "place_of_death")}[doc.doc_type]
        names = {"geburtsurkunde": ("child",), "eheurkunde": ("spouse1", "spouse2"),
                 "sterbeurkunde": ("deceased",)}[doc.doc_type]
        for sec in doc.sections:
            for f in sec.items:
                if f.key in event and sec.key in ("child", "marriage", "death"):
                    f.role, f.prose, f.label = "event", True, ""
                elif f.key in ("family_name", "given_names") and sec.key in names:
                    f.role = "names"
                elif f.key == "issue_date":
                    f.role, f.prose, f.label = "place", True, ""
        office = _field(doc, "registry_office")
        assert office is not None
        doc.sections[-1].items.append(replace(office, role="header", prose=True, label=""))
        if isinstance(record, Ehe):
            doc.sections[-1].items.append(replace(office, role="event", prose=True, label=""))
    if look.arrange == "margin":  # paragraphs of values: no labels, the chosen option only
        for f in fields(doc):
            if not f.role:
                f.label = ""
            f.options, f.chosen = (), -1


def _ty_par_blk(ty: _Ty, par: Para, st: Setter, x: float, *, gap: float = 0.0,
                margin: list[tuple[str, int]] | None = None, breakable: bool = True) -> Blk:
    """A paragraph block; ``margin`` notes are set beside the lines they name."""
    look = ty.look
    notes = tuple(par.notes())
    mst = ty.setter(look.size * 0.78)
    placed: list[tuple[Para, float]] = []
    used = 0.0
    if margin and look.side != "none":
        for text, line in margin:
            mp = set_par(mst, [Seg(text, "italic")], ty.mx1 - ty.mx0, hyph=True,
                         align="right" if look.side == "left" else "left", leading=1.15,
                         splits=ty.doc.splits)
            at = max(line * par.leading, used)
            placed.append((mp, at))
            used = at + mp.height + mst.size * 0.25
    h = max(par.height, used) + gap

    def draw(top: float) -> None:
        c = ty.pen.c
        draw_par(ty.pen, st, par, x, top - gap)
        for mp, at in placed:
            c.saveState()
            c.setFillColorRGB(*(look.accent if any(look.accent) else (0.28, 0.28, 0.28)))
            draw_par(ty.pen, mst, mp, ty.mx0, top - gap - at + (st.size - mst.size) * 0.2)
            c.restoreState()
            ty.doc.margins.append(" ".join("".join(s.text for s in w.segs) for line in mp.lines
                                           for w in line))

    return Blk(h, draw, breakable, notes)


def _ty_section_head(ty: _Ty, n: int, text: str) -> Blk:
    look = ty.look
    st = ty.setter(look.size * 1.02)
    if look.section_style == "chapter":
        part = ty.w.word("part").format(ordinal(n + 1, "er").capitalize())
        segs = [Seg(part, "italic"), Seg(" — ", "text"), Seg(text, "caps")]
        align = "centre"
    elif look.section_style == "paragraph":
        segs = [Seg(f"§ {n + 1}", "bold"), Seg("  " + text, "bold")]
        align = "left"
    else:
        segs = [Seg(text, "caps")]
        align = "centre"
    par = set_par(st, segs, ty.x1 - ty.x0, hyph=False, align=align, leading=1.25)
    h = par.height + st.size * 1.2

    def draw(top: float) -> None:
        c = ty.pen.c
        c.saveState()
        c.setFillColorRGB(*look.accent)
        draw_par(ty.pen, st, par, ty.x0, top - st.size * 0.75)
        c.restoreState()

    return Blk(h, draw, n > 0)


def _ty_runin(ty: _Ty, items: list[Fld], first: bool) -> list[Blk]:
    look = ty.look
    st = ty.setter(look.size)
    segs: list[Seg] = []
    for k, f in enumerate(items):
        sep = "" if k == len(items) - 1 else look.sep
        segs += [Seg(f.label, ty.label_style(), f, label=True), *ty.mark(f.key),
                 Seg(" ", "text")]
        if f.value:
            segs += ty.value_segs(f, sep)
        else:
            segs.append(Seg("—" + (sep.rstrip() + " " if sep else ""), "text"))
    segs.append(Seg(".", "text"))
    par = set_par(st, segs, ty.x1 - ty.x0, hyph=True, align="justify", leading=look.leading,
                  indent=st.size * 1.5 if look.indent else 0.0, splits=ty.doc.splits)
    margin = [(ty.w.margin(f.key), line) for f, line in par.flds() if f.key in TYPESET_MARGINS]
    return [_ty_par_blk(ty, par, st, ty.x0, gap=st.size * 0.25, margin=margin,
                        breakable=not first)]


def _ty_margin(ty: _Ty, items: list[Fld], first: bool) -> list[Blk]:
    """Values in a justified paragraph; marginal notes name each value's field."""
    look = ty.look
    st = ty.setter(look.size)
    segs: list[Seg] = []
    shown = [f for f in items if f.value]
    for k, f in enumerate(shown):
        last = k == len(shown) - 1
        segs += ty.value_segs(f)
        segs += ty.mark(f.key)
        if not last:
            segs.append(Seg("; ", "text"))
    if not segs:
        return []
    segs.append(Seg(".", "text"))
    par = set_par(st, segs, ty.x1 - ty.x0, hyph=True, align="justify", leading=look.leading,
                  indent=st.size * 1.5 if look.indent else 0.0, splits=ty.doc.splits)
    margin = [(ty.w.margin(f.key), line) for f, line in par.flds() if f.key in TYPESET_MARGINS]
    return [_ty_par_blk(ty, par, st, ty.x0, gap=st.size * 0.25, margin=margin,
                        breakable=not first)]


def _ty_table(ty: _Ty, items: list[Fld]) -> list[Blk]:
    look = ty.look
    st = ty.setter(look.size)
    width = ty.x1 - ty.x0
    col = width * look.table_label
    out: list[Blk] = []
    for k, f in enumerate(items):
        lpar = set_par(st, [Seg(f.label, ty.label_style(), f, label=True), *ty.mark(f.key)],
                       col - 10,
                       hyph=True, leading=look.leading, hang=st.size, splits=ty.doc.splits)
        vpar = set_par(st, ty.value_segs(f) if f.value else [Seg("—", "text")], width - col,
                       hyph=True, align="justify" if look.justify_values else "left",
                       leading=look.leading, splits=ty.doc.splits)
        notes = tuple(sorted(set(lpar.notes()) | set(vpar.notes())))
        note = ty.w.margin(f.key) if look.side != "none" and f.key in TYPESET_MARGINS else ""
        h = max(lpar.height, vpar.height) + st.size * 0.22

        def draw(top: float, lpar: Para = lpar, vpar: Para = vpar, note: str = note) -> None:
            c = ty.pen.c
            bases = draw_par(ty.pen, st, lpar, ty.x0, top)
            draw_par(ty.pen, st, vpar, ty.x0 + col, top)
            if look.leaders and len(lpar.lines) == 1 and lpar.lines[0]:
                line = lpar.lines[0]
                end = ty.x0 + sum(w.width for w in line) + st.space() * len(line) + 1
                c.saveState()
                c.setFillGray(0.35)
                c.setFont(ty.doc.faces.regular, st.size * 0.8)
                dot = float(pdfmetrics.stringWidth(". ", ty.doc.faces.regular, st.size * 0.8))
                count = int((ty.x0 + col - 6 - end) / dot)
                if count > 1:
                    c.drawString(end, bases[0], ". " * count)
                c.restoreState()
            if note:
                c.saveState()
                c.setFont(ty.doc.faces.italic, st.size * 0.78)
                c.setFillColorRGB(0.3, 0.3, 0.3)
                if look.side == "left":
                    c.drawRightString(ty.mx1, bases[0], note)
                else:
                    c.drawString(ty.mx0, bases[0], note)
                c.restoreState()
                ty.doc.margins.append(note)

        out.append(Blk(h, draw, k > 0, notes))
    return out


def _ty_rule(ty: _Ty, gap: float) -> Blk:
    look = ty.look

    def draw(top: float) -> None:
        c = ty.pen.c
        mid = (ty.x0 + ty.x1) / 2
        y = top - gap / 2
        c.saveState()
        c.setStrokeColorRGB(*look.accent)
        c.setFillColorRGB(*look.accent)
        if look.ornament == "diamonds":
            for dx in (-14, 0, 14):
                p = c.beginPath()
                p.moveTo(mid + dx, y + 3)
                p.lineTo(mid + dx + 3, y)
                p.lineTo(mid + dx, y - 3)
                p.lineTo(mid + dx - 3, y)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
        elif look.ornament == "stars":
            c.setFont(ty.doc.faces.regular, ty.size)
            c.drawCentredString(mid, y - ty.size * 0.3, "*   *   *")
        elif look.ornament == "rule":
            c.setLineWidth(0.5)
            c.line(mid - 60, y, mid + 60, y)
            c.setLineWidth(1.2)
            c.line(mid - 25, y - 2.5, mid + 25, y - 2.5)
        c.restoreState()

    return Blk(gap, draw, False)


def _ty_header(ty: _Ty) -> list[Blk]:
    look, doc, w = ty.look, ty.doc, ty.w
    width = ty.x1 - ty.x0
    out: list[Blk] = []
    office = _role(doc, "registry_office", "header")
    if office is not None:
        top_line = [Seg(office.value, "caps", office)]
    else:
        top_line = [Seg(w.word("authority").format(doc.city), "caps")]
    sst = ty.setter(look.size * 0.95)
    par = set_par(sst, top_line, width, hyph=False, align="centre")
    ust = ty.setter(look.size * 0.85)
    upar = set_par(ust, [Seg(_unit(doc, TYPESET_WORDS), "italic")], width, hyph=False,
                   align="centre") if doc.kind != "cert" else None
    h = par.height + (upar.height if upar else 0.0) + sst.size * 0.6

    def draw(top: float) -> None:
        draw_par(ty.pen, sst, par, ty.x0, top)
        if upar is not None:
            draw_par(ty.pen, ust, upar, ty.x0, top - par.height)

    out.append(Blk(h, draw, False))
    out.append(_ty_rule(ty, ty.size * 1.4))
    tsize = look.size * (1.7 if look.title_spaced else 1.9)
    tst = ty.setter(tsize)
    if look.title_spaced:
        tsegs = [Seg(part + " ", "spaced", face=doc.faces.regular)
                 for part in doc.title.upper().split(" ")]
    else:
        tsegs = [Seg(doc.title, "italic")]
    widest = max(w.width for w in _words(tst, tsegs))
    if widest > width:  # the longest word still fits the measure
        tst = ty.setter(tsize * width / widest * 0.98)
    tpar = set_par(tst, tsegs, width, hyph=False, align="centre", leading=1.25)

    def draw_title(top: float) -> None:
        c = ty.pen.c
        c.saveState()
        c.setFillColorRGB(*look.accent)
        draw_par(ty.pen, tst, tpar, ty.x0, top)
        c.restoreState()

    out.append(Blk(tpar.height + ty.size * 0.8, draw_title, False))
    rst = ty.setter(look.size * 0.82)
    rpar = set_par(rst, [Seg(look.ref, "italic")], width, hyph=False, align="right")
    out.append(_ty_par_blk(ty, rpar, rst, ty.x0, gap=ty.size * 0.2, breakable=False))
    intro = w.prose({"form": "intro_form", "cert": "intro_cert", "id": "intro_id"}[doc.kind])
    ist = ty.setter(look.size)
    ipar = set_par(ist, [Seg(intro, "italic" if doc.kind == "cert" else "text")], width,
                   hyph=True, align="justify", leading=look.leading,
                   indent=ist.size * 1.5 if look.indent else 0.0, splits=doc.splits)
    out.append(_ty_par_blk(ty, ipar, ist, ty.x0, gap=ty.size * 0.6, breakable=False))
    return out


def _ty_names(ty: _Ty, sec: str) -> list[Blk]:
    """A certificate's names centred: a small caption over each, the value letter-spaced."""
    look, doc = ty.look, ty.doc
    out: list[Blk] = []
    width = ty.x1 - ty.x0
    for key in ("family_name", "given_names"):
        f = _field(doc, key, sec)
        if f is None:
            continue
        cst = ty.setter(look.size * 0.8)
        cpar = set_par(cst, [Seg(f.label, ty.label_style(), f, label=True), *ty.mark(f.key)],
                       width, hyph=False, align="centre")
        vst = ty.setter(look.size * 1.35)
        vpar = set_par(vst, ty.value_segs(f), width, hyph=True, align="centre",
                       splits=doc.splits)
        h = cpar.height + vpar.height + ty.size * 0.5

        def draw(top: float, cpar: Para = cpar, vpar: Para = vpar, cst: Setter = cst,
                 vst: Setter = vst) -> None:
            c = ty.pen.c
            c.saveState()
            c.setFillColorRGB(0.3, 0.3, 0.3)
            draw_par(ty.pen, cst, cpar, ty.x0, top)
            c.restoreState()
            draw_par(ty.pen, vst, vpar, ty.x0, top - cpar.height)

        out.append(Blk(h, draw, False, tuple(cpar.notes())))
    return out


def _ty_event(ty: _Ty, template: str, values: dict[str, Fld | None]) -> Blk:
    look = ty.look
    st = ty.setter(look.size * 1.05)
    segs: list[Seg] = []
    for k, part in enumerate(re.split(r"\{(\w*)\}", template)):
        if k % 2 == 0:
            if part:
                segs.append(Seg(part, "text"))
            continue
        f = values.get(part)
        if f is not None:
            segs.append(Seg(f.value, "value", f))
    par = set_par(st, segs, ty.x1 - ty.x0, hyph=True, align="justify", leading=look.leading,
                  splits=ty.doc.splits)
    if len(par.lines) == 1:
        par.align = "centre"
    margin = [(ty.w.margin(f.key), line) for f, line in par.flds() if f.key in TYPESET_MARGINS]
    return _ty_par_blk(ty, par, st, ty.x0, gap=ty.size * 0.5, margin=margin, breakable=False)


def _ty_fields(ty: _Ty, items: list[Fld], first: bool) -> list[Blk]:
    if ty.look.arrange == "table":
        return _ty_table(ty, items)
    if ty.look.arrange == "margin":
        return _ty_margin(ty, items, first)
    return _ty_runin(ty, items, first)


def _ty_cert(ty: _Ty) -> list[Blk]:
    doc, w, r = ty.doc, ty.w, ty.record

    def ev(key: str) -> Fld | None:
        return _role(doc, key, "event")

    out: list[Blk] = []
    match r:
        case Geburt():
            out += _ty_names(ty, "child")
            out.append(_ty_event(ty, w.prose("born"), {"date_of_birth": ev("date_of_birth"),
                                                       "place_of_birth": ev("place_of_birth")}))
        case Ehe():
            out += _ty_names(ty, "spouse1")
            out.append(_ty_and(ty))
            out += _ty_names(ty, "spouse2")
            out.append(_ty_event(ty, w.prose("married"), {
                "marriage_date": ev("marriage_date"), "marriage_place": ev("marriage_place"),
                "registry_office": ev("registry_office")}))
        case Sterbe():
            out += _ty_names(ty, "deceased")
            out.append(_ty_event(ty, w.prose("died"), {"date_of_death": ev("date_of_death"),
                                                       "place_of_death": ev("place_of_death")}))
    n = 0
    for sec in doc.sections:
        rest = [f for f in sec.items if not f.role]
        if not rest:
            continue
        out.append(_ty_section_head(ty, n, sec.head))
        out += _ty_fields(ty, rest, n == 0)
        n += 1
    return out


def _ty_and(ty: _Ty) -> Blk:
    size = ty.size

    def draw(top: float) -> None:
        c = ty.pen.c
        c.setFont(ty.doc.faces.italic, size)
        c.drawCentredString((ty.x0 + ty.x1) / 2, top - size * 1.1, "und")

    return Blk(size * 1.6, draw, False)


def _ty_close(ty: _Ty) -> list[Blk]:
    """Declaration or certification, place and date, signature, seal, fee."""
    look, doc, w = ty.look, ty.doc, ty.w
    size = ty.size
    width = ty.x1 - ty.x0
    out: list[Blk] = []
    st = ty.setter(look.size)
    text = {"form": w.word("declaration"), "id": w.word("cert_clause"),
            "cert": w.word("changes")}[doc.kind]
    par = set_par(st, [Seg(text, "text")], width, hyph=True, align="justify",
                  leading=look.leading, indent=st.size * 1.5 if look.indent else 0.0,
                  splits=doc.splits)
    out.append(_ty_par_blk(ty, par, st, ty.x0, gap=size * 0.8))
    before, _, rest = w.word("place_date").replace("{}", doc.city, 1).rpartition("{}")
    issue = _role(doc, "issue_date", "place")
    if issue is not None:
        segs = [Seg(before, "text"), Seg(issue.value, "value", issue), Seg(rest, "text")]
    else:
        day = ty.s.date(doc.printed or data.REFERENCE_DATE)
        doc.distractors.append(day)
        segs = [Seg(before + day + rest, "text")]
    ppar = set_par(st, [x for x in segs if x.text], width, hyph=False)
    out.append(_ty_par_blk(ty, ppar, st, ty.x0, gap=size * 0.8, breakable=False))
    caption = {"form": w.word("sign"), "id": w.word("certifier"),
               "cert": w.word("registrar")}[doc.kind]
    seal = doc.kind != "form"
    seed = sum(map(ord, caption))

    def draw(top: float) -> None:
        c = ty.pen.c
        x = ty.x1 - width * 0.45
        base = top - size * 3.0
        c.setLineWidth(0.4)
        c.line(x, base, ty.x1, base)
        _signature(ty.pen, x + 18, base + 4, random.Random(seed))
        c.saveState()
        c.setFont(doc.faces.italic, size * 0.8)
        c.drawRightString(ty.x1, base - size * 1.05, caption)
        if look.signer:
            c.setFont(doc.faces.regular, size * 0.85)
            c.drawRightString(ty.x1, base - size * 2.1, look.signer)
        c.restoreState()
        if seal:
            _seal(ty.pen, ty.x0 + size * 4, base - size * 0.1, size * 2.3, 0.5)
            c.setFont(doc.faces.italic, size * 0.7)
            text = TYPESET_WORDS["seal"][1] if doc.kind == "id" else w.word("seal")
            c.drawCentredString(ty.x0 + size * 4, base - size * 3.1, text)

    out.append(Blk(size * (6.6 if seal else 5.2), draw, False))
    if look.fee:
        fst = ty.setter(look.size * 0.82)
        fpar = set_par(fst, [Seg(look.fee, "italic")], width, hyph=False)
        out.append(_ty_par_blk(ty, fpar, fst, ty.x0, gap=size * 0.2, breakable=False))
    return out


def _ty_blocks(ty: _Ty) -> list[Blk]:
    doc, w = ty.doc, ty.w
    blocks = _ty_header(ty)
    if doc.kind == "cert":
        blocks += _ty_cert(ty)
    else:
        n = 0
        for sec in doc.sections:
            if not sec.items:
                continue
            blocks.append(_ty_section_head(ty, n, sec.head))
            blocks += _ty_fields(ty, sec.items, n == 0)
            n += 1
    if doc.zone:
        blocks.append(_zone_block(ty.pen, doc, ty.x0, ty.x1, ty.size, w.word("zone_note"),
                                  doc.faces.italic, True))
        if ty.look.copy and isinstance(ty.record, Identity):
            blocks.append(_copy_block(ty.pen, doc, ty.record, ty.x0, ty.x1, ty.size,
                                      w.word("copy_note"), doc.faces.italic, 220 * ty.scale))
    return blocks + _ty_close(ty)


def _oldstyle(pen: Pen, face: str, x: float, y: float, text: str, size: float,
              align: str) -> None:
    """A folio in old-style figures (3 4 5 7 9 descend, 0 1 2 stand at x-height)."""
    widths = [float(pdfmetrics.stringWidth(ch, face, size * (0.8 if ch in "012" else 1.0)))
              for ch in text]
    total = sum(widths)
    cx = x - total / 2 if align == "centre" else x - total if align == "right" else x
    t = pen.c.beginText(cx, y)
    for ch in text:
        t.setFont(face, size * (0.8 if ch in "012" else 1.0))
        t.setRise(-size * 0.2 if ch in "34579" else 0)
        t.textOut(ch)
    t.setRise(0)
    pen.c.drawText(t)


def _draw_folio(ty: _Ty, k: int, x: float, y: float, align: str, dashes: bool) -> None:
    look = ty.look
    face = ty.doc.faces.regular
    size = look.size * 0.85
    c = ty.pen.c
    text = cardinal(k) if look.folio == "word" else str(k)
    if look.folio == "dash" and dashes:
        text = f"– {text} –"
    if look.oldstyle and look.folio != "word":
        if look.folio == "dash" and dashes:
            inner = str(k)
            wi = float(pdfmetrics.stringWidth(inner, face, size))
            c.setFont(face, size)
            c.drawRightString(x - wi / 2 - 3, y, "–")
            c.drawString(x + wi / 2 + 3, y, "–")
            _oldstyle(ty.pen, face, x, y, inner, size, "centre")
            return
        _oldstyle(ty.pen, face, x, y, str(k), size, align)
        return
    c.setFont(face, size)
    if align == "centre":
        c.drawCentredString(x, y, text)
    elif align == "right":
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def _draw_typeset(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                  pages: int) -> None:
    look = doc.tset
    margin_w = rng.uniform(74, 96) if look.side != "none" else 0.0
    gutter = 12.0 if margin_w else 0.0
    measure = min(look.measure, PAGE_W - 120 - margin_w - gutter)
    left = (PAGE_W - measure - margin_w - gutter) / 2 + rng.uniform(-12, 12)
    if look.side == "left":
        mx0, mx1 = left, left + margin_w
        x0 = mx1 + gutter
    else:
        x0 = left
        mx0, mx1 = x0 + measure + gutter, x0 + measure + gutter + margin_w
    x1 = x0 + measure
    doc.column = (x0, x1)
    ty = _Ty(pen, doc, _w(s), s, record, x0, x1, mx0, mx1)
    head_y = PAGE_H - rng.uniform(44, 56)
    top = head_y - look.size * 2.2
    bottom = rng.uniform(62, 76)
    colophon_h = look.size * 1.2 if look.colophon else 0.0

    def note_pars(notes: list[int]) -> list[Para]:
        st = ty.setter(look.size * 0.8)
        return [set_par(st, [Seg(f"{ty.sign(n)} {t}", "text")], x1 - x0, hyph=True,
                        align="justify", leading=1.2)
                for n, t in ty.notes if n in notes]

    def note_h(notes: list[int]) -> float:
        return ty.size * 1.2 + sum(p.height for p in note_pars(notes))

    def build(scale: float) -> tuple[list[Blk], Callable[[list[int]], float]]:
        ty.scale = scale
        ty.notes = []
        _reset(doc)
        return _ty_blocks(ty), note_h

    rooms = (top - bottom - colophon_h, top - bottom - colophon_h)
    chunks, scale = _paginate(build, pages, rooms, (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65,
                                                    0.6))
    count = len(chunks)
    doc.drawn, doc.scale = count, scale
    doc.notes[:] = [t for _, t in ty.notes]
    c = pen.c
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        if look.head == "all" or (look.head == "later" and k > 0):
            c.saveState()
            c.setFillColorRGB(*look.accent)
            rst = ty.setter(look.size * 0.82 / scale)
            text = doc.title if k % 2 == 0 else ty.w.word("authority").format(doc.city)
            rpar = set_par(rst, [Seg(text, "caps" if look.labels == "caps" else "italic")],
                           (x1 - x0) * 0.8, hyph=False, align="left" if k % 2 == 0 else "right")
            rpar.lines = rpar.lines[:1]  # a running head keeps to one line
            while len(rpar.lines[0]) > 1 and rpar.lines[0][-1].segs[-1].text in ("·", "–"):
                rpar.lines[0].pop()
            if k % 2 == 0:
                draw_par(pen, rst, rpar, x0, head_y + look.size * 0.8)
                _draw_folio(ty, k + 1, x1, head_y, "right", False)
            else:
                draw_par(pen, rst, rpar, x1 - (x1 - x0) * 0.8, head_y + look.size * 0.8)
                _draw_folio(ty, k + 1, x0, head_y, "left", False)
            c.setLineWidth(0.4)
            c.setStrokeColorRGB(*look.accent)
            c.line(x0, head_y - look.size * 0.45, x1, head_y - look.size * 0.45)
            c.restoreState()
        else:
            _draw_folio(ty, k + 1, (x0 + x1) / 2, bottom - look.size * 2.2, "centre", True)
        y = top
        for b in chunk:
            b.draw(y)
            y -= b.height
        notes = sorted({n for b in chunk for n in b.notes})
        if notes:
            pars = note_pars(notes)
            st = ty.setter(look.size * 0.8)
            ny = bottom + colophon_h + sum(p.height for p in pars)
            c.setLineWidth(0.4)
            c.setStrokeGray(0)
            c.line(x0, ny + ty.size * 0.5, x0 + (x1 - x0) * 0.3, ny + ty.size * 0.5)
            for p in pars:
                draw_par(pen, st, p, x0, ny)
                ny -= p.height
        if look.colophon and k == count - 1:
            c.saveState()
            c.setFillGray(0.35)
            cst = ty.setter(look.size * 0.62 / scale)
            cpar = set_par(cst, [Seg(look.colophon, "italic")], x1 - x0, hyph=False,
                           align="centre")
            draw_par(pen, cst, cpar, x0, bottom + colophon_h * 0.3)
            c.restoreState()


# --- whole documents -----------------------------------------------------------------------------


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "spelled" if w.spelled else "typeset"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    taken = _taken(record)
    if w.spelled:
        faces = _set4(SERIF9[rng.randrange(len(SERIF9))] if rng.random() < 0.55
                      else SANS9[rng.randrange(len(SANS9))])
    else:
        faces = _set4(TYPE_SERIFS[rng.randrange(len(TYPE_SERIFS))] if rng.random() < 0.85
                      else TYPE_SANS[rng.randrange(len(TYPE_SANS))])
    doc = Doc(doc_type, layout, kind, w.title(doc_type), _city(record), [], faces, faces.regular)
    if w.spelled:
        doc.spell = _spell_look(doc, s, rng, record, taken)
        mname, mfb = MONO9[rng.randrange(len(MONO9))]
        doc.vface = _reg(mname, mfb) if doc.spell.typed else faces.bold
    _content(record, s, rng, doc)
    for f in fields(doc):
        f.label = w(f.key)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    if w.spelled:
        for day in (doc.spell.received, doc.spell.entered):
            if day is not None:
                doc.furniture.append(day)
        _spell_roles(doc, record)
    else:
        doc.tset = _type_look(doc, s, rng, record)
        vf = rng.random()
        doc.vface = faces.regular if vf < 0.55 else faces.italic if vf < 0.8 else faces.bold
        _type_roles(doc, record)
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    draw: Callable[[Pen, Record, Style, random.Random, Doc, int], None] = (
        _draw_spelled if doc.layout == "spelled" else _draw_typeset)
    draw(pen, record, s, rng, doc, pages)
    return doc


def draw_extra32(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "LIGATURE_CHARS", "Doc", "Fld", "Split", "build_doc", "draw_doc",
           "draw_extra32", "fields", "hyphen_points", "ligate"]
