"""The twenty-sixth extra pair of blind held-out layouts: ``searchable`` and ``roles``.

``searchable`` is a born-digital municipal form (certificates: an electronically issued
certificate) as a mailroom receives it as a PDF whose text layer is not a clean one. About half
of the documents are a "searchable PDF" from a desktop scanner: each page is an image of the
printed form (rasterised at 200 to 300 dpi, slightly tilted, with paper tone, blur, noise and
dust, stored as JPEG or as a bilevel image) under an invisible OCR text layer with the habits of
a cheap OCR engine: per-word boxes slightly off and not tilted with the page, some words split or
merged, character confusions (``0``/``O``, ``1``/``l``/``I``, ``rn``/``m``, lost umlauts, ``ß`` as
``B`` and the like), short words missing, stray specks read as punctuation and tick boxes read as
letters. The error rate varies per document (none, low or heavy; ``Doc.rate``). The other
documents are the form's template with real text labels whose filled-in entries are no text:
drawn as ink paths (filled outlines traced from a handwriting-like or a typed face, or pen
strokes along the letters' middle lines, as tablet and signature-pad apps export them) or pasted
as small raster image patches over the value areas (``Doc.mode``); ticks are drawn crosses and
the copy of an identity document is an image. The truth stays the true values; the page image
always shows them. The scan kinds rasterise the text PDF as for every layout.

``roles`` is a form or certificate on which the same kinds of labels (names, birth date and
place, nationality, address, …) recur for several people in different roles, only one of which
holds the catalog's fields: the person who registers against a legal representative, an
authorised agent, a contact person and the landlord; the landlord against the property manager
acting for them, the owner and the people moving out; the vehicle's holder (and the account
holder of the tax mandate, who holds that field) against an agent and the previous holder; the
applicant for a residence permit against a sponsor or host, a relative in Germany and a
representative; the child against the parents' birth data, an informant and the registrar; the
spouses against witnesses and the registrar; the deceased against the informant, the surviving
spouse and the registrar; the holder of an identity document (its data page copy) against the
agent collecting it. The role is said in a section heading, a column head (persons as
columns), a prefix on each label, a sentence before the block or a side caption; the wanted
person is not always first and sections that do not apply are marked as such and left blank.

Both draw straight from the record with the wording of ``samples.wording_extra26``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any, Final

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from samples import data, fonts, pools, raster
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
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature, other_day
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _set4
from samples.render_extra24 import Block
from samples.render_extra25 import _paginate
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra26 import (
    DWELLING26,
    DWELLING_ORDER26,
    ID_KINDS26,
    PURPOSE26,
    PURPOSE_ORDER26,
    ROLE26,
    SEX_ORDER26,
    Extra26Wording,
    nationality_word,
    printed_dates,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
INKS: Final[dict[str, RGB]] = {"black": (0.05, 0.05, 0.07), "blue": (0.07, 0.17, 0.56),
                               "navy": (0.1, 0.12, 0.38)}
MODES: Final = ("ocr", "ocr", "vector", "patch")
HOWS: Final = ("heading", "lead", "side", "prefix", "column")
CHOICE_KEYS: Final = frozenset({"sex", "dwelling", "role", "purpose", "doc_kind"})
# ink faces: handwriting-like (italic) and typed-looking TrueType files, searched in the font dirs
HAND_FILES: Final = ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf",
                     "LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf",
                     "LiberationSansNarrow-Italic.ttf", "DejaVuSerifCondensed-Italic.ttf")
TYPED_FILES: Final = ("LiberationMono-Regular.ttf", "DejaVuSansMono.ttf",
                      "LiberationSans-Regular.ttf", "DejaVuSans.ttf", "LiberationSerif-Regular.ttf")
OCR_FACE: Final = "Helvetica"

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, and the printed label (set once the document is built)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    short: bool = False
    label: str = ""


@dataclass(slots=True)
class Sec:
    """A section: a plain one (``role`` empty) under ``head``, or one person's block in ``roles``
    (the role, whether it holds the catalog's fields, how the role is said, the sentence or
    caption that says it, and the marker when the section does not apply)."""

    head: str
    items: list[Fld]
    role: str = ""
    wanted: bool = False
    how: str = ""
    caption: str = ""
    void: str = ""


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    mode: str = ""  # searchable: ocr | vector | patch
    rate: float = 0.0  # searchable ocr: the OCR engine's error rate
    how: str = ""  # roles: the document's main way of saying the role
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    form_no: str = ""
    registrar: str = ""
    inked: list[str] = field(default_factory=list)  # entries drawn as ink (set when drawn)


def _w(s: Style) -> Extra26Wording:
    assert isinstance(s.words, Extra26Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _truth_strings(record: Record) -> set[str]:
    """Every truth value, its words and its printed dates (distractors hit none)."""
    out: set[str] = set()
    for value in truth_fields(record).values():
        for v in value if isinstance(value, list) else [value]:
            out.add(v)
            out.update(v.replace(",", " ").split())
            if len(v) == 10 and v[4] == "-" and v[7] == "-":
                out |= printed_dates(date.fromisoformat(v))
    if isinstance(record, Identity):
        out.update(record.lines)
        out.update(record.person.family.split())
        out.update(record.person.given.split())
    return out


def _truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"}


def _furniture_day(record: Record, rng: random.Random, back: int = 40) -> date:
    """A recent day (signature, print) that is none of the truth's dates."""
    day = other_day(record, data.REFERENCE_DATE - timedelta(days=rng.randint(3, back)), rng, 0)
    return day if day <= data.REFERENCE_DATE else data.REFERENCE_DATE - timedelta(days=1)


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc) -> None:
        self.s, self.rng, self.doc = s, rng, doc

    def section(self, head: str, role: str = "", wanted: bool = False) -> Sec:
        sec = Sec(head, [], role, wanted)
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "", *, short: bool = False) -> Fld:
        f = Fld(key, value, name, short=short)
        self.doc.sections[-1].items.append(f)
        return f

    def choice(self, key: str, options: tuple[str, ...], chosen: int, name: str = "",
               mode: str = "choice") -> Fld:
        f = self.add(key, options[chosen], name)
        if mode == "choice":
            f.options, f.chosen = options, chosen
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        return self.add(key, self.s.date(d), name, short=True)

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        if mode == "choice" and (self.doc.doc_type in CERTIFICATES or not name):
            mode = "word"
        if mode == "choice":
            return self.choice("sex", tuple(SEX_WORDS[c] for c in SEX_ORDER26),
                               SEX_ORDER26.index(code), name)
        return self.add("sex", sex_text(code, mode), name, short=True)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name,
                        short=True)

    def address(self, a: Address, truth: bool = True) -> None:
        mode = self.s.address_mode
        t: Callable[[str], str] = (lambda n: n) if truth else (lambda n: "")
        if mode == "one_line":
            self.add("address_line", a.line, t("street+house_number+postal_code+city"))
        elif mode == "lines":
            self.add("street_line", a.street_line, t("street+house_number"))
            self.add("city_line", a.city_line, t("postal_code+city"))
        else:
            self.add("street", a.street, t("street"))
            self.add("house_number", a.number, t("house_number"), short=True)
            self.add("postal_code", a.postal_code, t("postal_code"), short=True)
            self.add("city", a.city, t("city"), short=True)

    def names(self, p: Person, prefix: str = "", truth: bool = True) -> None:
        t = (lambda n: prefix + n) if truth else (lambda n: "")
        pair = [("family_name", " ".join(p.family.split())),
                ("given_names", " ".join(p.given.split()))]
        if self.rng.random() < 0.3:
            pair.reverse()
        for key, value in pair:
            self.add(key, value, t(key))


# --- distractor persons (roles) ------------------------------------------------------------------


_NATIONS: Final = ("DEU", "DEU", "DEU", "TUR", "POL", "ITA", "GRC", "UKR", "SYR", "ROU", "ESP")


def _other(record: Record, rng: random.Random, taken: set[str], *,
           born: tuple[date, date] = (date(1948, 1, 1), date(2004, 12, 31)),
           nat: str | None = None) -> Person:
    """A person who holds no catalog field: no word of a truth value in the name, no truth
    date as birth date, no truth place as birthplace."""
    days = _truth_days(record)
    for _ in range(80):
        code = nat or rng.choice(_NATIONS)
        p = data.person(rng, code, born=born, particles=False)
        words = set(p.family.split()) | set(p.given.split())
        if not words & taken and p.dob not in days and p.pob not in taken:
            return p
    return Person("Kim", "Overbeck", "F", "DEU", date(1977, 5, 19), "Hagen")


def _other_address(rng: random.Random, taken: set[str]) -> Address:
    for _ in range(80):
        a = data.address(rng, rng.choice(tuple(pools.CITIES)))
        if (a.street not in taken and a.postal_code not in taken and a.line not in taken
                and a.city not in taken):
            return a
    return Address("Im Winkel", "3", "58454", "Witten")


def _other_number(rng: random.Random, taken: set[str]) -> str:
    for _ in range(40):
        n = data.id_card_number(rng, "DEU")
        if n not in taken:
            return n
    return "LZ7K4M2P9"


def _phone(rng: random.Random) -> str:
    return rng.choice((f"0{rng.randint(151, 179)} {rng.randint(1000000, 9999999)}",
                       f"0{rng.randint(201, 241)} {rng.randint(10000, 999999)}"))


# --- searchable: the form's content --------------------------------------------------------------


def _mode(s: Style) -> str:
    return s.purpose_mode  # "choice" draws boxes, "word" writes the option out


def _register(b: _B, r: Geburt | Ehe | Sterbe, head: str) -> None:
    b.section(head)
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number", short=True)
    b.date("issue_date", r.issue, "issue_date")


def _scan_content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    w = _w(s)
    b = _B(s, rng, doc)
    mode = _mode(s)
    v = rng.randrange(2)
    match record:
        case Anmeldung():
            b.section(w.head("person"))
            p = record.person
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            b.sex(p.sex)
            b.nationality(p.nationality)
            if rng.random() < 0.5:
                b.add("marital", record.marital, short=True)
            if record.phone and rng.random() < 0.4:
                b.add("phone", record.phone, short=True)
            b.section(w.head("dwelling"))
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING26[k][v] for k in DWELLING_ORDER26),
                         DWELLING_ORDER26.index(record.dwelling), "dwelling", mode)
            if record.previous:
                b.section(w.head("previous"))
                b.add("previous_address", record.previous, "previous_address")
        case Wohnungsgeber():
            b.section(w.head("landlord"))
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", (ROLE26[True][v], ROLE26[False][v]),
                     0 if record.landlord_is_owner else 1, "", mode)
            b.section(w.head("flat"))
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.section(w.head("tenants"))
            for tenant in record.tenants:
                b.add("tenant", " ".join(tenant.split()), "tenant_names")
        case Geburt():
            c = record.child
            b.section(w.head("child"))
            b.names(c)
            b.sex(c.sex)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth", short=True)
            if rng.random() < 0.5:
                b.add("birth_time", record.birth_time, short=True)
            b.section(w.head("parents"))
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            _register(b, record, w.head("register"))
        case Ehe():
            for k, sp in (("spouse1", record.spouse1), ("spouse2", record.spouse2)):
                b.section(w.head(k))
                b.names(sp, f"{k}_")
                b.date("date_of_birth", sp.dob, f"{k}_date_of_birth")
                if rng.random() < 0.4:
                    b.add("place_of_birth", sp.pob, short=True)
            b.section(w.head("marriage"))
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place", short=True)
            _register(b, record, w.head("register"))
        case Sterbe():
            p = record.person
            b.section(w.head("deceased"))
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            if rng.random() < 0.5:
                b.add("last_residence", record.last_residence)
            b.section(w.head("death"))
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death", short=True)
            _register(b, record, w.head("register"))
        case Zulassung():
            h = record.holder
            b.section(w.head("holder"))
            b.names(h, "holder_")
            b.date("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            b.section(w.head("vehicle"))
            b.add("make", record.make, short=True)
            b.add("model", record.model, short=True)
            b.add("vin", record.vin, "vin")
            b.add("evb_number", record.evb, "evb_number", short=True)
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate", short=True)
            b.section(w.head("account"))
            b.add("account_holder", record.account_holder, "account_holder")
            b.add("iban", group_iban(record.iban) if rng.random() < 0.6 else record.iban, "iban")
            if rng.random() < 0.6:
                b.add("bic", record.bic, short=True)
        case Aufenthalt():
            p = record.person
            b.section(w.head("applicant"))
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            b.nationality(p.nationality)
            b.section(w.head("passport"))
            b.add("passport_number", record.passport_number, "passport_number", short=True)
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.section(w.head("stay"))
            b.choice("purpose", tuple(PURPOSE26[k][v] for k in PURPOSE_ORDER26),
                     PURPOSE_ORDER26.index(record.purpose), "purpose", mode)
            b.section(w.head("home"))
            b.address(record.address)
        case Identity():
            tf = truth_fields(record)
            b.section(w.head("document"))
            kind = 0 if record.mrz_format == "TD3" else 1
            b.choice("doc_kind", (ID_KINDS26["P"][v], ID_KINDS26["I"][v]), kind, "mrz_format",
                     mode)
            b.add("doc_number", record.document_number, "document_number", short=True)
            b.add("family_name", str(tf["family_name"]), "family_name")
            b.add("given_names", str(tf["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            b.date("expiry_date", record.expiry, "expiry_date")
            if rng.random() < 0.6:
                b.add("nationality", nationality_word(str(tf["nationality"]),
                                                      s.nationality_mode), "nationality",
                      short=True)
            if rng.random() < 0.6:
                b.add("issuing_state", record.issuing_state, "issuing_state", short=True)
            doc.zone = tuple(record.lines)


# --- roles: the content --------------------------------------------------------------------------


def _full(p: Person) -> str:
    return f"{' '.join(p.given.split())} {' '.join(p.family.split())}"


def _person_block(b: _B, p: Person, taken: set[str], *, dob: bool = True, pob: bool = False,
                  nat: bool = False, sex: bool = False, addr: bool = False,
                  phone: bool = False, number: bool = False, relation: bool = False,
                  full: bool = False, kin: bool = False) -> None:
    """A distractor person's fields, with the same labels as the wanted person's."""
    rng = b.rng
    if full:
        b.add("full_name", _full(p))
    else:
        b.names(p, truth=False)
    if dob:
        b.date("date_of_birth", p.dob)
    if pob:
        b.add("place_of_birth", p.pob, short=True)
    if sex:
        b.sex(p.sex, "")
    if nat:
        b.nationality(p.nationality, "")
    if addr:
        b.address(_other_address(rng, taken), truth=False)
    if number:
        b.add("id_number", _other_number(rng, taken), short=True)
    if phone:
        b.add("phone", _phone(rng), short=True)
    if relation:
        key = {"F": "relations_f", "M": "relations_m"}.get(p.sex, "relations_x")
        if kin and p.sex in ("F", "M"):
            key = "kin_f" if p.sex == "F" else "kin_m"
        opts = [x for x in _w(b.s).word(key).split("|") if x]
        b.add("relation", rng.choice(opts), short=True)


def _roles_content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    """Sections per person (the wanted one and distractors with the same labels) and plain
    sections; ``void`` is decided later."""
    w = _w(s)
    b = _B(s, rng, doc)
    mode = _mode(s)
    v = rng.randrange(2)
    taken = _truth_strings(record)
    chance = rng.random
    match record:
        case Anmeldung():
            p = record.person
            b.section("", "registrant", True)
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            b.sex(p.sex)
            b.nationality(p.nationality)
            if record.phone and chance() < 0.4:
                b.add("phone", record.phone, short=True)
            roles = rng.sample(("agent", "contact"), rng.randint(1, 2))
            if chance() < 0.5:
                roles.insert(rng.randint(0, len(roles)), "representative")
            for role in roles:
                sec = b.section("", role)
                if role == "representative" and _adult(p):
                    sec.void = "forced"  # no legal representative for an adult
                _person_block(b, _other(record, rng, taken), taken, pob=role == "representative",
                              addr=role != "contact", phone=role == "contact" or chance() < 0.3,
                              number=role == "agent", relation=chance() < 0.5)
            if chance() < 0.5:
                b.section("", "landlord")
                name = rng.choice((rng.choice(pools.LANDLORD_COMPANIES),
                                   _full(_other(record, rng, taken))))  # no truth names here
                b.add("landlord_name", name)
                b.add("landlord_address", _other_address(rng, taken).line)
            b.section(w.head("dwelling"))
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING26[k][v] for k in DWELLING_ORDER26),
                         DWELLING_ORDER26.index(record.dwelling), "dwelling", mode)
            if record.previous:
                b.section(w.head("previous"))
                b.add("previous_address", record.previous, "previous_address")
        case Wohnungsgeber():
            b.section("", "landlord", True)
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", (ROLE26[True][v], ROLE26[False][v]),
                     0 if record.landlord_is_owner else 1, "", mode)
            b.section("", "manager")
            firms = [x for x in pools.LANDLORD_COMPANIES if x not in taken]
            b.add("landlord_name", rng.choice(firms) if chance() < 0.6
                  else _full(_other(record, rng, taken)))
            b.add("landlord_address", _other_address(rng, taken).line)
            if chance() < 0.5:
                b.add("phone", _phone(rng), short=True)
            if not record.landlord_is_owner or chance() < 0.4:
                b.section("", "owner")
                b.add("landlord_name", _full(_other(record, rng, taken)))
                b.add("landlord_address", _other_address(rng, taken).line)
            b.section(w.head("flat"))
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.section("", "tenant", True)
            for tenant in record.tenants:
                b.add("full_name", " ".join(tenant.split()), "tenant_names")
            if chance() < 0.6:
                b.section("", "leaving")
                for _ in range(rng.randint(1, 2)):
                    b.add("full_name", _full(_other(record, rng, taken)))
        case Geburt():
            c = record.child
            event = chance() < 0.45  # date and place in an event block, not the child's
            hour = chance() < 0.4
            b.section("", "child", True)
            b.names(c)
            b.sex(c.sex)
            if not event:
                b.date("date_of_birth", c.dob, "date_of_birth")
                b.add("place_of_birth", c.pob, "place_of_birth", short=True)
                if hour:
                    b.add("birth_time", record.birth_time, short=True)
            parent_born = (shift(c.dob, -46), shift(c.dob, -19))
            b.section("", "mother", True)
            b.add("full_name", record.mother, "mother_name")
            b.date("date_of_birth", _other(record, rng, taken, born=parent_born).dob)
            if chance() < 0.6:
                b.add("place_of_birth", _other(record, rng, taken).pob, short=True)
            father = b.section("", "father", record.father is not None)
            if record.father:
                b.add("full_name", record.father, "father_name")
                b.date("date_of_birth", _other(record, rng, taken, born=parent_born).dob)
            else:
                father.void = "forced"
                b.add("full_name", "")
                b.add("date_of_birth", "", short=True)
            if chance() < 0.35:
                b.section("", "informant")
                _person_block(b, _other(record, rng, taken), taken, addr=True)
            if event:
                b.section(w.head("event_birth"))
                b.date("date_of_birth", c.dob, "date_of_birth")
                b.add("place_of_birth", c.pob, "place_of_birth", short=True)
                if hour:
                    b.add("birth_time", record.birth_time, short=True)
            _registrar(b, record, doc, taken)
            _register(b, record, w.head("register"))
        case Ehe():
            for k, sp in (("spouse1", record.spouse1), ("spouse2", record.spouse2)):
                b.section("", k, True)
                b.names(sp, f"{k}_")
                b.date("date_of_birth", sp.dob, f"{k}_date_of_birth")
                if chance() < 0.5:
                    b.add("place_of_birth", sp.pob, short=True)
            for _ in range(rng.choice((1, 1, 2))):
                b.section("", "witness")
                _person_block(b, _other(record, rng, taken), taken, addr=chance() < 0.6)
            _registrar(b, record, doc, taken)
            b.section(w.head("event_marriage"))
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place", short=True)
            _register(b, record, w.head("register"))
        case Sterbe():
            p = record.person
            b.section("", "deceased", True)
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            if chance() < 0.5:
                b.add("last_residence", record.last_residence)
            b.section("", "informant")
            _person_block(b, _other(record, rng, taken), taken, pob=chance() < 0.5, addr=True,
                          relation=chance() < 0.5)
            if chance() < 0.7:
                b.section("", "widow")
                _person_block(b, _other(record, rng, taken, born=(shift(p.dob, -8),
                                                                  shift(p.dob, 8))), taken,
                              pob=chance() < 0.5)
            _registrar(b, record, doc, taken)
            b.section(w.head("event_death"))
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death", short=True)
            _register(b, record, w.head("register"))
        case Zulassung():
            h = record.holder
            b.section("", "holder", True)
            b.names(h, "holder_")
            b.date("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            for role in rng.sample(("agent", "prev_holder"), rng.randint(1, 2)):
                b.section("", role)
                _person_block(b, _other(record, rng, taken), taken, addr=True,
                              number=role == "agent" and chance() < 0.6)
            b.section(w.head("vehicle"))
            b.add("make", record.make, short=True)
            b.add("model", record.model, short=True)
            b.add("vin", record.vin, "vin")
            b.add("evb_number", record.evb, "evb_number", short=True)
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate", short=True)
            b.section("", "payer", True)
            b.add("account_holder", record.account_holder, "account_holder")
            b.add("iban", group_iban(record.iban) if chance() < 0.6 else record.iban, "iban")
            if chance() < 0.6:
                b.add("bic", record.bic, short=True)
            if chance() < 0.4:
                b.add("bank", record.bank, short=True)
        case Aufenthalt():
            p = record.person
            b.section("", "applicant", True)
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth", short=True)
            b.nationality(p.nationality)
            inside = chance() < 0.5
            if inside:
                b.add("passport_number", record.passport_number, "passport_number", short=True)
                b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.address(record.address)
            roles = ["sponsor"] + (["relative"] if record.purpose == "family" or chance() < 0.3
                                   else []) + (["representative"] if chance() < 0.3 else [])
            for role in roles:
                sec = b.section("", role)
                if role == "representative" and _adult(p):
                    sec.void = "forced"
                other = _other(record, rng, taken)
                _person_block(b, other, taken, pob=chance() < 0.6, nat=True, addr=True,
                              number=role == "sponsor" and chance() < 0.5,
                              relation=role == "relative", kin=True)
            if not inside:
                b.section(w.head("passport"))
                b.add("passport_number", record.passport_number, "passport_number", short=True)
                b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.section(w.head("stay"))
            b.date("entry_date", record.entry, "entry_date")
            b.choice("purpose", tuple(PURPOSE26[k][v] for k in PURPOSE_ORDER26),
                     PURPOSE_ORDER26.index(record.purpose), "purpose", mode)
        case Identity():
            tf = truth_fields(record)
            b.section("", "doc_holder", True)
            b.add("family_name", str(tf["family_name"]), "family_name")
            b.add("given_names", str(tf["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            if chance() < 0.5:
                b.add("nationality", nationality_word(str(tf["nationality"]),
                                                      s.nationality_mode), "nationality",
                      short=True)
            b.section("", "collector")
            _person_block(b, _other(record, rng, taken), taken, addr=chance() < 0.7, number=True,
                          phone=chance() < 0.3)
            b.section(w.head("document"))
            kind = 0 if record.mrz_format == "TD3" else 1
            b.choice("doc_kind", (ID_KINDS26["P"][v], ID_KINDS26["I"][v]), kind, "mrz_format",
                     mode)
            b.add("doc_number", record.document_number, "document_number", short=True)
            if chance() < 0.5:
                b.add("issuing_state", record.issuing_state, "issuing_state", short=True)
            b.date("expiry_date", record.expiry, "expiry_date")
            doc.zone = tuple(record.lines)


def _registrar(b: _B, record: Record, doc: Doc, taken: set[str]) -> None:
    """The registrar who signs: a block of their own now and then, else only under the
    signature."""
    doc.registrar = _full(_other(record, b.rng, taken))
    if b.rng.random() < 0.3:
        b.section("", "registrar")
        b.add("full_name", doc.registrar)


def _adult(p: Person) -> bool:
    return data.shift_years(p.dob, 18) <= data.REFERENCE_DATE


def shift(d: date, years: int) -> date:
    return data.shift_years(d, years)


# --- roles: order, voids and how the role is said ------------------------------------------------


VOIDABLE: Final = frozenset({"representative", "agent", "contact", "owner", "leaving", "father",
                             "informant", "widow", "witness", "relative", "prev_holder",
                             "landlord"})


def _clusters(doc: Doc) -> list[list[Sec]]:
    """The sections as runs: consecutive person sections form one run, a plain section is a
    run of its own."""
    runs: list[list[Sec]] = []
    for sec in doc.sections:
        if sec.role and runs and runs[-1][0].role:
            runs[-1].append(sec)
        else:
            runs.append([sec])
    return runs


def _arrange(doc: Doc, rng: random.Random) -> None:
    """Shuffle the persons of each run (the wanted one is not always first) and now and then
    put a plain section before the persons."""
    runs = _clusters(doc)
    for run in runs:
        if run[0].role and len(run) > 1:
            rng.shuffle(run)
    if len(runs) > 2 and rng.random() < 0.3:
        k = next((i for i, r in enumerate(runs) if not r[0].role and i > 0), None)
        if k is not None and runs[k - 1][0].role:
            runs[k - 1], runs[k] = runs[k], runs[k - 1]
    doc.sections = [sec for run in runs for sec in run]


def _voids(doc: Doc, w: Extra26Wording, rng: random.Random) -> None:
    """Mark some distractor sections as not applicable: their values stay blank."""
    cands = [sec for sec in doc.sections if sec.role in VOIDABLE and not sec.wanted]
    picks = [sec for sec in cands if sec.void == "forced" or rng.random() < 0.28]
    others = [sec for sec in doc.sections if sec.role and not sec.wanted]
    free = [sec for sec in picks if sec.void != "forced"]
    if free and len(picks) == len(others):
        picks.remove(free[-1])  # someone else always stays, with the same labels
    for sec in picks:
        sec.void = w.any_word("void")
        for f in sec.items:
            f.value = ""
            f.options, f.chosen = (), -1


def _hows(doc: Doc, rng: random.Random) -> None:
    """How each person section says its role: the document's main way, sometimes mixed with
    the other block-wise ways."""
    doc.how = rng.choice(HOWS)
    for run in _clusters(doc):
        for sec in run:
            if not sec.role:
                continue
            how = doc.how
            if how in ("heading", "lead", "side") and rng.random() < 0.35:
                how = rng.choice(("heading", "lead", "side"))
            if how == "column" and len(run) == 1:
                how = "heading"  # a person alone gets a heading
            sec.how = how


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The document's content: for ``searchable`` the form's sections with how the document
    arrives (``mode``) and its OCR error rate; for ``roles`` the person sections with their
    roles, in order, with the way each says its role and the sections that do not apply."""
    w = _w(s)
    doc = Doc(doc_type, w.title(doc_type), _city(record), [])
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    doc.form_no = rng.choice((f"{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                              f"{rng.choice('BFKMSW')}{rng.randint(10, 99)}.{rng.randint(1, 9)}",
                              f"{rng.randint(1000, 9999)}/{rng.randint(22, 25)}"))
    if w.searchable:
        doc.mode = rng.choice(MODES)
        if doc.mode == "ocr":
            roll = rng.random()
            doc.rate = (0.0 if roll < 0.2 else rng.uniform(0.01, 0.05) if roll < 0.8
                        else rng.uniform(0.08, 0.18))
        _scan_content(record, s, rng, doc)
    else:
        _roles_content(record, s, rng, doc)
        _arrange(doc, rng)
        _voids(doc, w, rng)
        _hows(doc, rng)
        for sec in doc.sections:
            if sec.role:
                sec.caption = (w.lead(sec.role) if sec.how == "lead" else
                               w.short(sec.role) if sec.how in ("prefix", "side")
                               else w.role(sec.role))
    w.certificate = doc_type in CERTIFICATES
    for f in fields(doc):
        f.label = w.label(f.key, bool(f.options) or f.key not in CHOICE_KEYS)
    return doc


# --- ink: values that are no text ----------------------------------------------------------------


@dataclass(slots=True)
class _Ink:
    """How a document's entries are inked: the face (a TrueType file), whether it wobbles like
    handwriting, its slant, the ink, and for patches their resolution, paper and blur."""

    path: str
    hand: bool
    slant: float
    jitter: float
    ink: RGB
    dpi: float
    paper: int
    blur: float
    outline: float  # the width of a stroke around the traced outline (0: fill only)
    jpeg: bool
    strokes: bool = False  # vector: pen strokes along the letters' middle lines, not outlines


@cache
def _font_file(name: str) -> str:
    for root in fonts.FONT_DIRS:
        if root.is_dir():
            for path in sorted(root.rglob(name)):
                return str(path)
    return ""


@cache
def _pil_font(path: str, px: int) -> Any:
    if path:
        try:
            return ImageFont.truetype(path, px)
        except OSError:  # a broken font file must not stop the generator
            pass
    return ImageFont.load_default(px)


def _ink_style(rng: random.Random, mode: str, ink: RGB) -> _Ink:
    hand = rng.random() < 0.6
    files = [f for f in (HAND_FILES if hand else TYPED_FILES) if _font_file(f)]
    path = _font_file(rng.choice(files)) if files else ""
    return _Ink(path, hand, rng.uniform(0.0, 0.22) if hand else 0.0,
                rng.uniform(0.02, 0.05) if hand else 0.0, ink,
                rng.choice((200.0, 240.0, 300.0)), rng.choice((255, 255, 250, 244)),
                rng.choice((0.0, 0.0, 0.4, 0.6)), rng.choice((0.0, 0.0, 0.25)) if mode == "vector"
                else 0.0, rng.random() < 0.35, mode == "vector" and rng.random() < 0.5)


def _ink_bitmap(text: str, ink: _Ink, k: float, size: float, rng: random.Random
                ) -> tuple[np.ndarray, float, float]:
    """``text`` as an 8-bit coverage bitmap at ``k`` pixels per point, cropped to its ink;
    returns it with the baseline's row and the left edge's column (in pixels)."""
    px = max(8, round(size * k))
    font = _pil_font(ink.path, px)
    asc, desc = font.getmetrics()
    width = int(font.getlength(text) * 1.12 + px * 1.2) + 8
    height = int((asc + desc) * 1.6) + 8
    img = Image.new("L", (width, height), 0)
    d = ImageDraw.Draw(img)
    base = int(asc * 1.25) + 4
    x0 = px * 0.4
    if ink.hand:
        x, drift = x0, 0.0
        for ch in text:
            dy = rng.gauss(0, ink.jitter * px) + drift
            d.text((x, base + dy), ch, font=font, fill=255, anchor="ls")
            x += font.getlength(ch) * rng.uniform(0.98, 1.07)
            drift += rng.gauss(0, 0.012 * px)
    else:
        d.text((x0, base), text, font=font, fill=255, anchor="ls")
    arr = np.array(img)
    if ink.slant:
        m = np.float32([[1, -ink.slant, ink.slant * base], [0, 1, 0]])
        arr = cv2.warpAffine(arr, m, (width, height), flags=cv2.INTER_LINEAR, borderValue=0)
    ys, xs = np.nonzero(arr > 20)
    if len(xs) == 0:
        return arr[:1, :1], 0.0, 0.0
    m = 3
    top, bot = max(0, ys.min() - m), min(height, ys.max() + m + 1)
    left, right = max(0, xs.min() - m), min(width, xs.max() + m + 1)
    return arr[top:bot, left:right], base - top, x0 - left


def _ink_vector(c: Canvas, x: float, y: float, text: str, size: float, ink: _Ink,
                rng: random.Random) -> None:
    """``text`` as filled ink paths traced from its bitmap (no text in the PDF)."""
    k = 6.0
    arr, base, left = _ink_bitmap(text, ink, k, size, rng)
    cnts, _ = cv2.findContours((arr > 110).astype(np.uint8), cv2.RETR_CCOMP,
                               cv2.CHAIN_APPROX_NONE)
    path = c.beginPath()
    drawn = False
    for cnt in cnts:
        if len(cnt) < 6:
            continue
        poly = cv2.approxPolyDP(cnt, 0.5, True).reshape(-1, 2).astype(float)
        if len(poly) < 3:
            continue
        pts = [(x + (px - left) / k, y + (base - py) / k) for px, py in poly]
        n = len(pts)
        mids = [((pts[i][0] + pts[(i + 1) % n][0]) / 2, (pts[i][1] + pts[(i + 1) % n][1]) / 2)
                for i in range(n)]
        path.moveTo(*mids[-1])
        for i in range(n):
            (ax, ay), (px_, py_), (bx, by) = mids[i - 1], pts[i], mids[i]
            path.curveTo(ax + 2 / 3 * (px_ - ax), ay + 2 / 3 * (py_ - ay),
                         bx + 2 / 3 * (px_ - bx), by + 2 / 3 * (py_ - by), bx, by)
        path.close()
        drawn = True
    if not drawn:
        return
    c.saveState()
    c.setFillColorRGB(*ink.ink)
    c.setStrokeColorRGB(*ink.ink)
    if ink.outline:
        c.setLineWidth(ink.outline)
        c.setLineJoin(1)
    c.drawPath(path, stroke=1 if ink.outline else 0, fill=1, fillMode=0)
    c.restoreState()


def _thin(mask: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning: the one-pixel middle lines of a binary bitmap."""
    a = np.pad((mask > 0).astype(np.uint8), 1)
    changed = True
    while changed:
        changed = False
        for step in (0, 1):
            p2, p3, p4 = a[:-2, 1:-1], a[:-2, 2:], a[1:-1, 2:]
            p5, p6, p7 = a[2:, 2:], a[2:, 1:-1], a[2:, :-2]
            p8, p9 = a[1:-1, :-2], a[:-2, :-2]
            ring = (p2, p3, p4, p5, p6, p7, p8, p9, p2)
            count = sum(p.astype(np.int16) for p in ring[:8])
            turns = sum(((ring[i] == 0) & (ring[i + 1] == 1)).astype(np.int16) for i in range(8))
            drop = (a[1:-1, 1:-1] == 1) & (count >= 2) & (count <= 6) & (turns == 1)
            if step == 0:
                drop &= ((p2 & p4 & p6) == 0) & ((p4 & p6 & p8) == 0)
            else:
                drop &= ((p2 & p4 & p8) == 0) & ((p2 & p6 & p8) == 0)
            if drop.any():
                a[1:-1, 1:-1][drop] = 0
                changed = True
    return a[1:-1, 1:-1]


def _ink_strokes(c: Canvas, x: float, y: float, text: str, size: float, ink: _Ink,
                 rng: random.Random) -> None:
    """``text`` as pen strokes along the middle lines of its letters (as a signature pad or a
    tablet app records them), stroked with round ends (no text in the PDF)."""
    k = 6.0
    arr, base, left = _ink_bitmap(text, ink, k, size, rng)
    mask = (arr > 110).astype(np.uint8)
    skel = _thin(mask)
    ys, xs = np.nonzero(skel)
    if len(xs) == 0:
        return
    dist = cv2.distanceTransform(mask, cv2.DIST_L2, 3)
    width = max(0.35, 2 * float(np.median(dist[ys, xs])) / k)
    on = {(int(py), int(px)) for py, px in zip(ys, xs, strict=True)}
    path = c.beginPath()
    dots = []
    around = [(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx]
    for py, px in sorted(on):
        if not any((py + dy, px + dx) in on for dy, dx in around):
            dots.append((x + (px - left) / k, y + (base - py) / k))  # an umlaut's or a dot
            continue
        for dy, dx in ((0, 1), (1, -1), (1, 0), (1, 1)):
            if (py + dy, px + dx) in on:
                path.moveTo(x + (px - left) / k, y + (base - py) / k)
                path.lineTo(x + (px + dx - left) / k, y + (base - py - dy) / k)
    c.saveState()
    c.setStrokeColorRGB(*ink.ink)
    c.setFillColorRGB(*ink.ink)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    c.drawPath(path, stroke=1, fill=0)
    for dx_, dy_ in dots:
        c.circle(dx_, dy_, width * 0.75, stroke=0, fill=1)
    c.restoreState()


def _ink_patch(c: Canvas, x: float, y: float, text: str, size: float, ink: _Ink,
               rng: random.Random) -> None:
    """``text`` as a small raster image pasted over the value area."""
    k = ink.dpi / 72
    arr, base, left = _ink_bitmap(text, ink, k, size, rng)
    a = arr.astype(np.float32) / 255
    if ink.blur:
        a = cv2.GaussianBlur(a, (0, 0), ink.blur)
    paper = np.float32(ink.paper)
    rgb = np.stack([paper * (1 - a) + 255 * ch * a for ch in ink.ink], axis=-1)
    noise = np.random.default_rng(rng.getrandbits(32)).normal(0, 2.5, rgb.shape)
    img = Image.fromarray(np.clip(rgb + noise, 0, 255).astype(np.uint8), "RGB")
    if ink.jpeg:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=80)
        reader = ImageReader(io.BytesIO(buf.getvalue()))
    else:
        reader = ImageReader(img)
    h, wd = arr.shape
    c.drawImage(reader, x - left / k, y - (h - base) / k, wd / k, h / k)


# --- the recording canvas and the OCR layer ------------------------------------------------------


class _Rec(Canvas):
    """A canvas that remembers every string it draws and every tick box, so that a page image
    of it can get an OCR layer."""

    def __init__(self, buf: io.BytesIO) -> None:
        super().__init__(buf, pagesize=A4, invariant=True, pageCompression=1)
        self.runs: list[tuple[Any, ...]] = []

    def _log(self, x: float, y: float, text: str, space: float) -> None:
        self.runs.append(("t", self._pageNumber - 1, x, y, text, self._fontname,
                          self._fontsize, space, self._currentMatrix))

    def box(self, x: float, y: float, side: float, ticked: bool) -> None:
        self.runs.append(("b", self._pageNumber - 1, x, y, side, ticked, self._currentMatrix))

    def drawString(self, x: float, y: float, text: str, mode: Any = None,
                   charSpace: float = 0, direction: Any = None, wordSpace: Any = None,
                   shaping: bool = False) -> None:
        self._log(x, y, text, charSpace)
        super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(self, x: float, y: float, text: str, mode: Any = None,
                        charSpace: float = 0, direction: Any = None,
                        wordSpace: Any = None, shaping: bool = False) -> None:
        wd = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
        self._log(x - wd - charSpace * max(0, len(text) - 1), y, text, charSpace)
        Canvas.drawString(self, x - wd - charSpace * max(0, len(text) - 1), y, text, mode,
                          charSpace, direction, wordSpace, shaping)

    def drawCentredString(self, x: float, y: float, text: str, mode: Any = None,
                          charSpace: float = 0, direction: Any = None,
                          wordSpace: Any = None, shaping: bool = False) -> None:
        wd = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
        x0 = x - (wd + charSpace * max(0, len(text) - 1)) / 2
        self._log(x0, y, text, charSpace)
        Canvas.drawString(self, x0, y, text, mode, charSpace, direction, wordSpace, shaping)


@dataclass(slots=True)
class Tok:
    """One word of the OCR layer: its text, the left end of its baseline, width and size."""

    text: str
    x: float
    y: float
    w: float
    size: float


# a cheap engine's confusions: what it reads instead
CONFUSIONS: Final = (("rn", "m"), ("m", "rn"), ("0", "O"), ("O", "0"), ("1", "l"), ("l", "1"),
                     ("I", "l"), ("l", "I"), ("ü", "u"), ("ö", "o"), ("ä", "a"), ("Ü", "U"),
                     ("ß", "B"), ("5", "S"), ("S", "5"), ("8", "B"), ("B", "8"), ("e", "c"),
                     ("c", "e"), ("cl", "d"), ("h", "b"), ("6", "b"), ("g", "q"), (".", ","),
                     ("i", "í"), ("n", "ri"), ("2", "Z"), ("Z", "2"), ("u", "ii"), ("vv", "w"))
SPECKS: Final = (".", "'", ",", "-", "~", "|", "i", ":")
TICKED: Final = ("X", "[X]", "IXI", "El", "x", "M")
UNTICKED: Final = ("[]", "O", "D", "0", "El", "U")


def _confuse(word: str, rng: random.Random) -> str:
    spots = [(i, a, b) for a, b in CONFUSIONS for i in range(len(word)) if word.startswith(a, i)]
    if not spots:
        return word
    i, a, b = rng.choice(spots)
    return word[:i] + b + word[i + len(a):]


def _mrz_garble(word: str, rng: random.Random) -> list[tuple[str, float, float]]:
    """A zone line as a cheap engine reads it: a filler run split, a filler read as a letter,
    a letter and a digit confused."""
    op = rng.randrange(3)
    runs = [m.start() + len(m.group()) // 2 for m in re.finditer(r"<{4,}", word)]
    if op == 0 and runs:
        cut = rng.choice(runs)
        return [(word[:cut], 0.0, cut / len(word)), (word[cut:], cut / len(word), 1.0)]
    if op == 1 and "<" in word:
        spots = [i for i, ch in enumerate(word) if ch == "<"]
        i = rng.choice(spots)
        return [(word[:i] + rng.choice(("K", "«", "k")) + word[i + 1:], 0.0, 1.0)]
    return [(_confuse(word, rng), 0.0, 1.0)]


def _garble(word: str, rng: random.Random, rate: float) -> list[tuple[str, float, float]]:
    """What the engine makes of one word: pieces with the share of the word's box each takes
    (an empty list: the word is missing)."""
    if len(word) >= 20 and "<" in word:
        return _mrz_garble(word, rng) if rng.random() < rate * 2.5 else [(word, 0.0, 1.0)]
    if rng.random() >= rate:
        return [(word, 0.0, 1.0)]
    op = rng.random()
    if len(word) <= 3 and op < 0.35:
        return []
    if op < 0.55:
        return [(_confuse(word, rng), 0.0, 1.0)]
    if op < 0.75 and len(word) >= 5:
        cut = rng.randint(2, len(word) - 2)
        return [(word[:cut], 0.0, cut / len(word)), (word[cut:], cut / len(word), 1.0)]
    if op < 0.9 and any(ch in word for ch in "äöüÄÖÜß"):
        return [(word.translate(str.maketrans("äöüÄÖÜß", "aouAOUB")), 0.0, 1.0)]
    return [(_confuse(_confuse(word, rng), rng), 0.0, 1.0)]


def ocr_tokens(runs: list[tuple[Any, ...]], rng: random.Random, rate: float
               ) -> dict[int, list[Tok]]:
    """The words an engine with error ``rate`` reads from the drawn strings and tick boxes, per
    page, in drawing order (before the page image is tilted); rotated strings are not read."""
    pages: dict[int, list[Tok]] = {}
    for run in runs:
        if run[0] == "b":
            _, page, x, y, side, ticked, (a, _b, _c, d, e, f) = run
            pick = (TICKED if ticked else UNTICKED)
            if rng.random() < (0.75 if ticked else 0.45):
                text = rng.choice(pick)
                pages.setdefault(page, []).append(
                    Tok(text, a * x + e, d * y + f, side * a, side * 1.2))
            continue
        _, page, x, y, text, face, size, space, (a, b, c, d, e, f) = run
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0:
            continue
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        toks = pages.setdefault(page, [])
        k = 0
        while k < len(words):
            start, word = words[k]
            wx = x + pdfmetrics.stringWidth(text[:start], face, size) + space * start
            ww = pdfmetrics.stringWidth(word, face, size) + space * max(0, len(word) - 1)
            if (rate and k + 1 < len(words) and rng.random() < rate * 0.2
                    and not ("<" in word and len(word) >= 20)):
                nstart, nword = words[k + 1]  # two words read as one
                nx = x + pdfmetrics.stringWidth(text[:nstart], face, size) + space * nstart
                nw = pdfmetrics.stringWidth(nword, face, size) + space * max(0, len(nword) - 1)
                toks.append(Tok(word + nword, a * wx + e, d * y + f, a * (nx + nw - wx), size * d))
                k += 2
                continue
            for piece, lo, hi in _garble(word, rng, rate):
                if piece:
                    toks.append(Tok(piece, a * (wx + ww * lo) + e, d * y + f,
                                    a * ww * (hi - lo), size * d))
            k += 1
        if rate > 0.06 and rng.random() < rate:
            toks.append(Tok(rng.choice(SPECKS), a * (x + rng.uniform(-30, 120)) + e,
                            d * (y + rng.uniform(-8, 8)) + f, 2.0, size * d))
    return pages


def _rotate_point(x: float, y: float, m: np.ndarray, k: float) -> tuple[float, float]:
    """A point of the page (PDF points) where the tilted page image shows it."""
    u = m[0, 0] * x * k + m[0, 1] * (PAGE_H - y) * k + m[0, 2]
    v = m[1, 0] * x * k + m[1, 1] * (PAGE_H - y) * k + m[1, 2]
    return u / k, PAGE_H - v / k


def _line_order(toks: list[Tok]) -> list[Tok]:
    """Words in reading order: lines from the top, each from the left."""
    lines: list[list[Tok]] = []
    for t in sorted(toks, key=lambda t: -t.y):
        if lines and abs(lines[-1][0].y - t.y) < max(2.0, 0.45 * t.size):
            lines[-1].append(t)
        else:
            lines.append([t])
    return [t for line in lines for t in sorted(line, key=lambda t: t.x)]


def _scan_page(img: np.ndarray, rng: random.Random, angle: float, bilevel: bool
               ) -> np.ndarray:
    """What a desktop scanner makes of the printed page: slightly turned, paper tone, blur,
    noise and dust (or thresholded to black and white)."""
    out = raster.rotate(img, angle)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.35, 0.7))
    if bilevel:
        return np.where(out < rng.randint(150, 185), 0, 255).astype(np.uint8)
    out = cv2.convertScaleAbs(out, alpha=rng.uniform(0.9, 0.97), beta=rng.uniform(4, 14))
    noise = np.empty(out.shape, np.int16)
    cv2.setRNGSeed(rng.getrandbits(31))
    cv2.randn(noise, 0, rng.uniform(1.5, 4.0))  # type: ignore[call-overload]
    out = np.clip(out.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    h, w = out.shape
    for _ in range(rng.randint(10, 70)):
        cv2.circle(out, (rng.randrange(w), rng.randrange(h)), rng.choice((1, 1, 2)),
                   rng.randint(60, 170), -1)
    return out


def _searchable_pages(pen: Pen, pdf: bytes, runs: list[tuple[Any, ...]], doc: Doc,
                      rng: random.Random) -> None:
    """Each page of ``pdf`` as a scanned image under an invisible OCR layer, on ``pen``."""
    dpi = rng.choice((300, 300, 240, 200))
    bilevel = rng.random() < 0.25
    quality = rng.randint(55, 85)
    k = dpi / 72
    pages = raster.rasterise(pdf, dpi)
    words = ocr_tokens(runs, rng, doc.rate)
    reading = rng.random() < 0.6
    jitter = 0.25 + doc.rate * 8
    c = pen.c
    for n, page in enumerate(pages):
        if n:
            pen.new_page()
        angle = rng.choice((0.0, rng.uniform(-0.9, 0.9), rng.uniform(-0.5, 0.5)))
        img = _scan_page(page, rng, angle, bilevel)
        h, w = img.shape
        if bilevel:
            reader = ImageReader(Image.fromarray(img, "L"))
        else:
            buf = io.BytesIO()
            Image.fromarray(img, "L").save(buf, format="JPEG", quality=quality)
            reader = ImageReader(io.BytesIO(buf.getvalue()))
        c.drawImage(reader, 0, 0, PAGE_W, PAGE_H)
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        toks = []
        for t in words.get(n, []):
            x, y = _rotate_point(t.x, t.y, m, k)
            wd = t.w * rng.uniform(0.95, 1.05)
            x = min(max(1.0, x + rng.gauss(0, jitter)), PAGE_W - 1 - wd)
            y = min(max(1.0, y + rng.gauss(0, jitter)), PAGE_H - t.size)
            toks.append(Tok(t.text, x, y, wd, t.size * rng.uniform(0.92, 1.06)))
        if reading:
            toks = _line_order(toks)
        text = c.beginText()
        text.setTextRenderMode(3)
        for j, t in enumerate(toks):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            last = nxt is None or abs(nxt.y - t.y) > 0.45 * t.size or nxt.x < t.x
            natural = pdfmetrics.stringWidth(t.text, OCR_FACE, t.size)
            text.setFont(OCR_FACE, t.size)
            text.setHorizScale(max(20.0, min(400.0, 100 * t.w / natural)) if natural else 100)
            text.setTextOrigin(t.x, t.y)
            text.textOut(t.text if last else t.text + " ")
        c.drawText(text)


# --- drawing: geometry and primitives ------------------------------------------------------------


@dataclass(slots=True)
class _Geo:
    """One document's printing habits."""

    faces: Set4
    vface: str  # the face typed values are printed in
    fs: float
    lab: str  # beside | above
    deco: str  # box | line | shade | none
    lw: float  # the label column's share of the width (beside)
    colon: bool
    head: str  # band | rule | caps | plain
    numbering: str  # digit | letter | none
    ink: RGB
    band: float
    pair: bool
    prefix: str  # how a role prefixes a label
    side: str  # turned | column


@dataclass(slots=True)
class _Cx:
    pen: Pen
    g: _Geo
    doc: Doc
    w: Extra26Wording
    record: Record
    x0: float
    x1: float
    rng: random.Random
    mode: str  # text | vector | patch
    ink: _Ink | None
    tick_text: bool
    viz: str
    s: Style
    inked: list[str] = field(default_factory=list)
    scale: float = 1.0
    required: bool = False
    office: bool = False
    copy_first: bool = False
    rng_hint: bool = False

    @property
    def fs(self) -> float:
        return self.g.fs * self.scale

    @property
    def c(self) -> Canvas:
        return self.pen.c


def _geo(rng: random.Random, roles: bool) -> _Geo:
    serif = rng.random() < (0.4 if roles else 0.25)
    faces = _set4(rng.choice(SERIF9 if serif else SANS9))
    vname, vfb = rng.choice(MONO9 + ((("", ""),) * 3))
    vface = faces.regular if not vfb else _set4(((vname, vfb),) * 4).regular
    return _Geo(faces, vface, rng.uniform(8.6, 10.2), rng.choice(("beside", "beside", "above")),
                rng.choice(("box", "line", "shade", "none", "box")), rng.uniform(0.3, 0.4),
                rng.random() < 0.45, rng.choice(("band", "rule", "caps", "plain")),
                rng.choice(("digit", "letter", "none")),
                INKS[rng.choice(("black", "black", "blue", "navy"))], rng.uniform(0.82, 0.92),
                rng.random() < 0.5, rng.choice(("dash", "paren", "colon")),
                rng.choice(("turned", "column")))


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit(text: str, face: str, size: float, width: float, least: float = 0.62) -> float:
    wd = _sw(text, face, size)
    return size if wd <= width or wd == 0 else max(size * least, size * width / wd)


def _pieces(word: str, face: str, size: float, width: float) -> list[str]:
    """A word too wide for a line, cut after its slashes or hyphens where it must be."""
    if _sw(word, face, size) <= width:
        return [word]
    parts = re.findall(r"[^/-]+[/-]?|[/-]", word)
    out: list[str] = []
    for part in parts:
        if out and _sw(out[-1] + part, face, size) <= width:
            out[-1] += part
        else:
            out.append(part)
    return out


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        for k, piece in enumerate(_pieces(word, face, size, width)):
            cand = (cur + ("" if k else " ") + piece) if cur else piece
            if cur and _sw(cand, face, size) > width:
                lines.append(cur)
                cur = piece
            else:
                cur = cand
    return [*lines, cur] if cur else lines or [""]


def _lab(cx: _Cx, x: float, y: float, text: str, size: float, bold: bool = False,
         grey: float = 0.0, italic: bool = False) -> None:
    c = cx.c
    c.setFillGray(grey)
    face = cx.g.faces.bold if bold else cx.g.faces.italic if italic else cx.g.faces.regular
    c.setFont(face, size)
    c.drawString(x, y, text)
    c.setFillGray(0)


def _put(cx: _Cx, x: float, y: float, text: str, size: float, width: float | None = None
         ) -> None:
    """A filled-in value: typed text, or ink paths, or an image patch."""
    if not text:
        return
    if cx.ink is not None and cx.mode != "text":
        size *= 1.12 if cx.ink.hand else 1.0  # handwriting runs a little larger
        if width is not None:  # fitted with the ink's own face
            natural = _pil_font(cx.ink.path, 100).getlength(text) / 100 * size * 1.08
            size = size if natural <= width else max(size * 0.62, size * width / natural)
    elif width is not None:
        size = _fit(text, cx.g.vface, size, width)
    if cx.mode == "text" or cx.ink is None:
        c = cx.c
        c.setFillColorRGB(*cx.g.ink)
        c.setFont(cx.g.vface, size)
        c.drawString(x, y, text)
        c.setFillGray(0)
        return
    cx.inked.append(text)
    if cx.mode == "vector" and cx.ink.strokes:
        _ink_strokes(cx.c, x, y, text, size, cx.ink, cx.rng)
    elif cx.mode == "vector":
        _ink_vector(cx.c, x, y, text, size, cx.ink, cx.rng)
    else:
        _ink_patch(cx.c, x, y, text, size, cx.ink, cx.rng)


def _tick(cx: _Cx, x: float, y: float, side: float, ticked: bool) -> None:
    c = cx.c
    c.setLineWidth(0.6)
    c.setStrokeGray(0)
    c.rect(x, y, side, side, stroke=1, fill=0)
    if isinstance(c, _Rec):
        c.box(x, y, side, ticked)
    if not ticked:
        return
    if cx.tick_text:
        c.setFont(cx.g.faces.bold, side * 0.95)
        c.setFillColorRGB(*cx.g.ink)
        c.drawCentredString(x + side / 2, y + side * 0.15, "X")
        c.setFillGray(0)
        return
    ink = cx.ink.ink if cx.ink else cx.g.ink
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(cx.rng.uniform(0.9, 1.3))
    j = side * 0.1
    c.line(x + j, y + j + cx.rng.uniform(-0.5, 0.5), x + side - j, y + side - j)
    c.line(x + j, y + side - j, x + side - j + cx.rng.uniform(-0.5, 0.5), y + j)
    c.restoreState()


def _label_for(cx: _Cx, sec: Sec, f: Fld) -> str:
    text = f.label
    if sec.how == "prefix" and sec.role:
        text = {"dash": f"{sec.caption} – {text}", "paren": f"{text} ({sec.caption})",
                "colon": f"{sec.caption}: {text}"}[cx.g.prefix]
    if cx.required and f.name and not cx.tick_text:
        text += " *"  # searchable marks the fields it needs
    if cx.g.colon and cx.g.lab == "beside":
        text += ":"
    return text


def _option_rows(cx: _Cx, f: Fld, width: float, size: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    x = 0.0
    box = size * 0.95
    for i, opt in enumerate(f.options):
        wd = box + 4 + _sw(opt, cx.g.faces.regular, size * 0.92) + 12
        if rows[-1] and x + wd > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += wd
    return rows


def _draw_options(cx: _Cx, f: Fld, x: float, y: float, width: float, size: float) -> None:
    box = size * 0.95
    for r, row in enumerate(_option_rows(cx, f, width, size)):
        cx_ = x
        yy = y - r * size * 1.5
        for i in row:
            _tick(cx, cx_, yy - 1, box, i == f.chosen)
            _lab(cx, cx_ + box + 4, yy, f.options[i], size * 0.92)
            cx_ += box + 4 + _sw(f.options[i], cx.g.faces.regular, size * 0.92) + 12


# --- drawing: fields -----------------------------------------------------------------------------


def _rows(items: list[Fld], g: _Geo) -> list[list[Fld]]:
    rows: list[list[Fld]] = []
    if g.lab == "beside":
        for f in items:
            if (g.pair and rows and len(rows[-1]) == 1 and rows[-1][0].short and f.short
                    and not f.options and not rows[-1][0].options):
                rows[-1].append(f)
            else:
                rows.append([f])
        return rows
    load = 0
    for f in items:
        weight = 4 if f.options else 1 if f.short else 2
        if rows and load + weight <= 4:
            rows[-1].append(f)
            load += weight
        else:
            rows.append([f])
            load = weight
    return rows


def _widths(row: list[Fld], width: float, gap: float) -> list[float]:
    weights = [4 if f.options else 1 if f.short else 2 for f in row]
    free = width - gap * (len(row) - 1)
    return [free * wt / sum(weights) for wt in weights]


def _label_width(cx: _Cx, width: float) -> float:
    """The label column of a cell beside its value (wider in a half-width cell)."""
    full = cx.x1 - cx.x0
    return width * (cx.g.lw if width > full * 0.7 else min(0.55, cx.g.lw * 1.4))


def _above_label(cx: _Cx, label: str, width: float) -> tuple[list[str], float]:
    """A small label over its value: one or two lines, shrunk only if it must."""
    ls = cx.fs * 0.78
    lines = _wrap(label, cx.g.faces.regular, ls, width - 6)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    size = min(_fit(line, cx.g.faces.regular, ls, width - 6, 0.6) for line in lines)
    return lines, size


def _cell_height(cx: _Cx, sec: Sec, f: Fld, width: float) -> float:
    fs = cx.fs
    vs = fs * 1.08
    if cx.g.lab == "above":
        ls = fs * 0.78
        lines, _ = _above_label(cx, _label_for(cx, sec, f), width)
        body = vs * 1.5
        if f.options:
            body = len(_option_rows(cx, f, width - 8, fs)) * fs * 1.5 + 2
        return ls * (0.15 + 1.15 * len(lines)) + body + 6
    ls = fs * 0.95
    lw = _label_width(cx, width)
    lines = _wrap(_label_for(cx, sec, f), cx.g.faces.regular, ls, lw - 6)[:3]
    body = vs * 1.6
    if f.options:
        body = len(_option_rows(cx, f, width - lw - 10, fs)) * fs * 1.5 + 3
    return max(len(lines) * ls * 1.18 + 3, body) + 4


def _draw_cell(cx: _Cx, sec: Sec, f: Fld, x: float, top: float, width: float,
               height: float) -> None:
    c = cx.c
    g = cx.g
    fs = cx.fs
    vs = fs * 1.08
    label = _label_for(cx, sec, f)
    c.setStrokeGray(0.35)
    c.setLineWidth(0.5)
    if g.lab == "above":
        ls = fs * 0.78
        lines, lsz = _above_label(cx, label, width)
        head = ls * (0.15 + 1.15 * len(lines))
        bottom = top - height + 2
        if g.deco == "box":
            c.rect(x, bottom, width, height - 3, stroke=1, fill=0)
        elif g.deco == "shade":
            c.setFillGray(0.93)
            c.rect(x, bottom, width, height - head - 4, stroke=0, fill=1)
            c.setFillGray(0)
        elif g.deco == "line":
            c.line(x, bottom, x + width - 4, bottom)
        ly = top - ls - 1
        for line in lines:
            _lab(cx, x + 3, ly, line, lsz, grey=0.2)
            ly -= ls * 1.15
        vy = top - head - vs * 1.05 - 2
        if f.options:
            _draw_options(cx, f, x + 4, vy + 1, width - 8, fs)
        else:
            _put(cx, x + 5, vy, f.value, vs, width - 10)
        return
    ls = fs * 0.95
    lw = _label_width(cx, width)
    lines = _wrap(label, g.faces.regular, ls, lw - 6)
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]
    y = top - ls - 2
    for line in lines:
        _lab(cx, x, y, line, _fit(line, g.faces.regular, ls, lw - 6, 0.6))
        y -= ls * 1.18
    vx, vw = x + lw, width - lw - 2
    bottom = top - height + 2
    if g.deco == "box":
        c.rect(vx, bottom, vw, height - 4, stroke=1, fill=0)
    elif g.deco == "shade":
        c.setFillGray(0.93)
        c.rect(vx, bottom, vw, height - 4, stroke=0, fill=1)
        c.setFillGray(0)
    elif g.deco == "line":
        c.line(vx, bottom + 1, vx + vw, bottom + 1)
    if f.options:
        _draw_options(cx, f, vx + 5, top - fs * 1.25 - 2, vw - 10, fs)
    else:
        _put(cx, vx + 5, bottom + max(3.0, (height - 4 - vs) / 2 + 1), f.value, vs, vw - 10)


def _row_block(cx: _Cx, sec: Sec, row: list[Fld], x0: float, x1: float) -> Block:
    gap = 8.0
    widths = _widths(row, x1 - x0, gap)
    h = max(_cell_height(cx, sec, f, wd) for f, wd in zip(row, widths, strict=True)) + 2

    def draw(top: float) -> None:
        x = x0
        for f, wd in zip(row, widths, strict=True):
            _draw_cell(cx, sec, f, x, top, wd, h - 2)
            x += wd + gap

    return Block(h, draw, False)


def _field_blocks(cx: _Cx, sec: Sec, x0: float, x1: float) -> list[Block]:
    return [_row_block(cx, sec, row, x0, x1) for row in _rows(sec.items, cx.g)]


# --- drawing: headings, paragraphs and furniture -------------------------------------------------


_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _number(cx: _Cx, n: int) -> str:
    if cx.g.numbering == "digit":
        return f"{n}."
    if cx.g.numbering == "letter":
        return f"{'ABCDEFGHIJKLMN'[min(n - 1, 13)]})"
    return ""


def _heading(cx: _Cx, text: str, n: int, note: str = "") -> Block:
    fs = cx.fs * 1.08
    g = cx.g
    h = fs * 2.1 + (fs * 1.2 if note else 0)
    label = f"{_number(cx, n)} {text}".strip()
    if g.head == "caps":
        label = label.upper()

    def draw(top: float) -> None:
        c = cx.c
        y = top - fs * 1.35
        if g.head == "band":
            c.setFillGray(g.band)
            c.rect(cx.x0, y - fs * 0.45, cx.x1 - cx.x0, fs * 1.55, stroke=0, fill=1)
            c.setFillGray(0)
        size = _fit(label, g.faces.bold, fs, cx.x1 - cx.x0 - 8, 0.6)
        _lab(cx, cx.x0 + (4 if g.head == "band" else 0), y, label, size, bold=True)
        if g.head == "rule":
            c.setLineWidth(0.8)
            c.setStrokeGray(0.2)
            c.line(cx.x0, y - fs * 0.4, cx.x1, y - fs * 0.4)
        if note:
            _lab(cx, cx.x0 + 8, y - fs * 1.3, note, cx.fs * 0.9, italic=True, grey=0.25)

    return Block(h, draw, True)


def _para(cx: _Cx, text: str, size: float, italic: bool = False, grey: float = 0.0,
          after: float = 0.5, indent: float = 0.0) -> Block:
    face = cx.g.faces.italic if italic else cx.g.faces.regular
    lines = _wrap(text, face, size, cx.x1 - cx.x0 - indent)
    h = len(lines) * size * 1.25 + size * after

    def draw(top: float) -> None:
        y = top - size
        for line in lines:
            _lab(cx, cx.x0 + indent, y, line, size, italic=italic, grey=grey)
            y -= size * 1.25

    return Block(h, draw, True)


def _space(h: float) -> Block:
    return Block(h, lambda top: None, True)


def _rule(cx: _Cx, grey: float = 0.55) -> Block:
    def draw(top: float) -> None:
        cx.c.setStrokeGray(grey)
        cx.c.setLineWidth(0.4)
        cx.c.line(cx.x0, top - 3, cx.x1, top - 3)
        cx.c.setStrokeGray(0)

    return Block(6, draw, True)


def _issuer(cx: _Cx) -> str:
    w, doc = cx.w, cx.doc
    key = ("issuer_reg" if doc.doc_type in CERTIFICATES else
           "issuer_kfz" if doc.doc_type == "antrag_zulassung" else
           "issuer_abh" if doc.doc_type == "aufenthaltstitel_antrag" else "issuer")
    return w.word(key).format(doc.city)


def _header(cx: _Cx, hint: str) -> Block:
    fs = cx.fs
    title = cx.doc.title
    tsize = _fit(title, cx.g.faces.bold, fs * 1.55, cx.x1 - cx.x0, 0.6)
    hint_lines = _wrap(hint, cx.g.faces.italic, fs * 0.85, cx.x1 - cx.x0) if hint else []
    h = fs * 1.3 + tsize * 1.9 + len(hint_lines) * fs * 1.05 + fs * 0.9
    form = cx.w.word("form_no").format(cx.doc.form_no)
    logo = cx.rng.random() < 0.5

    def draw(top: float) -> None:
        c = cx.c
        x = cx.x0
        if logo:
            c.setFillGray(0.25)
            c.rect(x, top - fs * 1.2, fs * 1.1, fs * 1.1, stroke=0, fill=1)
            c.setFillGray(1)
            c.rect(x + fs * 0.3, top - fs * 0.9, fs * 0.5, fs * 0.5, stroke=0, fill=1)
            c.setFillGray(0)
            x += fs * 1.6
        _lab(cx, x, top - fs, _issuer(cx), fs * 0.95, grey=0.2)
        c.setFont(cx.g.faces.regular, fs * 0.8)
        c.setFillGray(0.3)
        c.drawRightString(cx.x1, top - fs, form)
        c.setFillGray(0)
        y = top - fs * 1.3 - tsize * 1.25
        _lab(cx, cx.x0, y, title, tsize, bold=True)
        y -= tsize * 0.65
        c.setLineWidth(0.9)
        c.line(cx.x0, y, cx.x1, y)
        y -= fs * 0.95
        for line in hint_lines:
            _lab(cx, cx.x0, y, line, fs * 0.85, italic=True, grey=0.25)
            y -= fs * 1.05

    return Block(h, draw, False)


def _place_line(cx: _Cx, caption: str, sign: str) -> Block:
    """Place and date (filled in) and a signature over its caption."""
    fs = cx.fs
    h = fs * 5.2
    day = cx.doc.printed or data.REFERENCE_DATE
    value = f"{cx.doc.city}, {cx.s.date(day)}"

    def draw(top: float) -> None:
        c = cx.c
        y = top - fs * 2.6
        half = (cx.x1 - cx.x0) / 2
        _put(cx, cx.x0 + 2, y + 3, value, fs * 1.05, half - 20)
        c.setLineWidth(0.5)
        c.setStrokeGray(0.3)
        c.line(cx.x0, y, cx.x0 + half - 16, y)
        c.line(cx.x0 + half, y, cx.x1, y)
        c.setStrokeGray(0)
        _signature(cx.pen, cx.x0 + half + 20, y + 4, cx.rng)
        _lab(cx, cx.x0, y - fs * 0.95, caption, fs * 0.75, grey=0.3)
        _lab(cx, cx.x0 + half, y - fs * 0.95, sign, fs * 0.75, grey=0.3)

    return Block(h, draw, False)


def _footer(cx: _Cx, page: int, pages: int) -> None:
    text = cx.w.word("page").format(page, pages)
    c = cx.c
    c.setFont(cx.g.faces.regular, 7)
    c.setFillGray(0.35)
    c.drawRightString(cx.x1, 34, text)
    c.drawString(cx.x0, 34, cx.doc.form_no)
    c.setFillGray(0)


# --- drawing: persons in roles -------------------------------------------------------------------


def _void_blocks(cx: _Cx, sec: Sec, blocks: list[Block], variant: int) -> list[Block]:
    """A section that does not apply: its blank fields struck through with the marker, a
    ticked box with the marker, or the marker alone."""
    fs = cx.fs
    if variant == 0 and blocks:
        total = sum(b.height for b in blocks)
        inner = list(blocks)

        def draw(top: float) -> None:
            y = top
            for b in inner:
                b.draw(y)
                y -= b.height
            c = cx.c
            c.setStrokeGray(0.3)
            c.setLineWidth(0.8)
            c.line(cx.x0 + 20, top - total + 4, cx.x1 - 20, top - 4)
            c.setStrokeGray(0)
            size = fs * 1.05
            wd = _sw(sec.void, cx.g.faces.italic, size) + 12
            mx = (cx.x0 + cx.x1 - wd) / 2
            c.setFillGray(1)
            c.rect(mx, top - total / 2 - size * 0.6, wd, size * 1.6, stroke=0, fill=1)
            _lab(cx, mx + 6, top - total / 2 - size * 0.1, sec.void, size, italic=True,
                 grey=0.15)

        return [Block(total, draw, True)]
    if variant == 1:
        def draw_box(top: float) -> None:
            side = fs * 0.95
            _tick(cx, cx.x0 + 4, top - fs * 1.3, side, True)
            _lab(cx, cx.x0 + side + 10, top - fs * 1.2, cx.w.word("void_box"), fs)
            _lab(cx, cx.x0 + side + 16 + _sw(cx.w.word("void_box"), cx.g.faces.regular, fs),
                 top - fs * 1.2, f"({sec.void})", fs * 0.9, italic=True, grey=0.3)

        return [Block(fs * 1.9, draw_box, True)]
    return [_para(cx, sec.void, fs, italic=True, grey=0.2, after=0.6, indent=8)]


def _side_block(cx: _Cx, sec: Sec, void_variant: int) -> list[Block]:
    """A person's block with its role in a caption beside it (turned, or in a narrow column)."""
    fs = cx.fs
    turned = cx.g.side == "turned"
    band = fs * 2.2 if turned else min(110.0, (cx.x1 - cx.x0) * 0.2)
    inner_x0 = cx.x0 + band + 6
    saved = cx.x0
    cx.x0 = inner_x0
    rows = _field_blocks(cx, sec, inner_x0, cx.x1)
    if sec.void:
        rows = _void_blocks(cx, sec, rows, void_variant)
    cx.x0 = saved
    caption = sec.caption if turned else cx.w.role(sec.role)
    csize = fs * 0.95
    body = sum(b.height for b in rows) + 6
    if turned:
        lines = [caption]
        csize = _fit(caption, cx.g.faces.bold, csize, max(body, fs * 8) - 12, 0.75)
    else:
        lines = _wrap(caption, cx.g.faces.bold, csize, band - 8)
        csize = min(_fit(line, cx.g.faces.bold, csize, band - 8, 0.5) for line in lines)
    total = max(body, len(lines) * fs * 1.15 + 10,
                _sw(caption, cx.g.faces.bold, csize) + 12 if turned else 0)
    x0 = cx.x0

    def draw(top: float) -> None:
        c = cx.c
        c.setFillGray(cx.g.band)
        c.rect(x0, top - total + 2, band, total - 4, stroke=0, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0.4)
        c.setLineWidth(0.5)
        c.rect(x0, top - total + 2, cx.x1 - x0, total - 4, stroke=1, fill=0)
        if turned:
            c.saveState()
            c.translate(x0 + band / 2 + fs * 0.35, top - total / 2)
            c.rotate(90)
            c.setFont(cx.g.faces.bold, csize)
            c.drawCentredString(0, 0, caption)
            c.restoreState()
        else:
            y = top - fs * 1.3
            for line in lines:
                _lab(cx, x0 + 4, y, line, csize, bold=True)
                y -= fs * 1.15
        saved_x0 = cx.x0
        cx.x0 = inner_x0
        y = top - 3
        for b in rows:
            b.draw(y)
            y -= b.height
        cx.x0 = saved_x0

    return [Block(total, draw, True), _space(fs * 0.4)]


def _person_blocks(cx: _Cx, sec: Sec, n: int) -> list[Block]:
    fs = cx.fs
    variant = hash_variant(sec)
    if sec.how == "side":
        return _side_block(cx, sec, variant)
    out: list[Block] = []
    if sec.how == "heading":
        out.append(_heading(cx, sec.caption, n))
    elif sec.how == "lead":
        out.append(_para(cx, sec.caption, fs * 1.0, italic=True, after=0.35))
    elif sec.how == "prefix":
        out.append(_rule(cx))
    rows = _field_blocks(cx, sec, cx.x0, cx.x1)
    if sec.void:
        if sec.how == "prefix":
            return [*out, _para(cx, f"{sec.caption}: {sec.void}", fs, italic=True, grey=0.2,
                                after=0.6)]
        rows = _void_blocks(cx, sec, rows, variant)
    return [*out, *rows, _space(fs * 0.5)]


def hash_variant(sec: Sec) -> int:
    """How a void section shows (from its role and marker, so that every build agrees)."""
    return sum(map(ord, sec.role + sec.void)) % 3


def _matrix(cx: _Cx, secs: list[Sec]) -> Block:
    """Persons as columns: a head row with the roles, a row per label."""
    fs = cx.fs
    keys: list[tuple[str, int]] = []
    cells: list[dict[tuple[str, int], Fld]] = []
    for sec in secs:
        seen: dict[str, int] = {}
        col: dict[tuple[str, int], Fld] = {}
        for f in sec.items:
            k = (f.key, seen.get(f.key, 0))
            seen[f.key] = k[1] + 1
            col[k] = f
            if k not in keys:
                keys.append(k)
        cells.append(col)
    width = cx.x1 - cx.x0
    lab_w = width * 0.27
    col_w = (width - lab_w) / len(secs)
    ls, vs = fs * 0.9, fs
    heads = [_wrap(sec.caption, cx.g.faces.bold, ls, col_w - 8) for sec in secs]
    voids = [_wrap(sec.void, cx.g.faces.italic, ls * 0.9, col_w - 8) if sec.void else []
             for sec in secs]
    head_h = max(len(h) * ls * 1.15 + len(v) * ls * 1.05 for h, v in zip(heads, voids,
                                                                       strict=True)) + 8
    label_of = {k: next(c[k] for c in cells if k in c).label for k in keys}
    rows = []
    for k in keys:
        llines = _wrap(label_of[k], cx.g.faces.regular, ls, lab_w - 8)
        vlines = []
        for col in cells:
            f = col.get(k)
            vlines.append(_wrap(f.value, cx.g.vface, vs, col_w - 10) if f and f.value else [])
        rows.append((llines, vlines, max(len(llines) * ls * 1.15,
                                         max(len(v) for v in vlines) * vs * 1.2) + 7))
    total = head_h + sum(r[2] for r in rows) + 4

    def draw(top: float) -> None:
        c = cx.c
        c.setFillGray(cx.g.band)
        c.rect(cx.x0, top - head_h, width, head_h, stroke=0, fill=1)
        c.setFillGray(0)
        for j, (h, v) in enumerate(zip(heads, voids, strict=True)):
            x = cx.x0 + lab_w + j * col_w + 4
            y = top - ls - 3
            for line in h:
                _lab(cx, x, y, line, ls, bold=True)
                y -= ls * 1.15
            for line in v:
                _lab(cx, x, y, line, ls * 0.9, italic=True, grey=0.25)
                y -= ls * 1.05
        y = top - head_h
        c.setStrokeGray(0.45)
        c.setLineWidth(0.5)
        for llines, vlines, h in rows:
            c.line(cx.x0, y, cx.x1, y)
            ly = y - ls - 2
            for line in llines:
                _lab(cx, cx.x0 + 3, ly, line, ls)
                ly -= ls * 1.15
            for j, lines in enumerate(vlines):
                vy = y - vs - 2
                for line in lines:
                    _put(cx, cx.x0 + lab_w + j * col_w + 5, vy, line, vs, col_w - 10)
                    vy -= vs * 1.2
            y -= h
        c.line(cx.x0, y, cx.x1, y)
        c.rect(cx.x0, y, width, top - y, stroke=1, fill=0)
        for j in range(len(secs)):
            x = cx.x0 + lab_w + j * col_w
            c.line(x, y, x, top)
            if secs[j].void:
                c.line(x + 6, y + 4, x + col_w - 6, top - head_h - 4)
        c.setStrokeGray(0)

    return Block(total, draw, True)


# --- drawing: the copy of an identity document ---------------------------------------------------


def _copy_part(r: Identity) -> str:
    return "both" if r.mrz_format == "TD1" else "page"


def _copy_raster(pen: Pen, r: Identity, scale: float, style: str, seed: float) -> Image.Image:
    """The copy of the document drawn on a sheet of its own and rasterised (a pasted image)."""
    part = _copy_part(r)
    w, h = _card_size(r, part, scale)
    buf = io.BytesIO()
    tmp = Canvas(buf, pagesize=(w + 8, h + 8), invariant=True, pageCompression=1)
    _draw_copy(Pen(tmp, pen.faces, 0, w), r, part, 4, h + 4, scale, style,
               random.Random(seed), True)
    tmp.showPage()
    tmp.save()
    img = raster.rasterise(buf.getvalue(), 200)[0]
    return Image.fromarray(img, "L")


def _copy_block(cx: _Cx, caption: str, frac: float) -> Block:
    r = cx.record
    assert isinstance(r, Identity)
    part = _copy_part(r)
    base_w, base_h = _card_size(r, part, 1.0)
    room = PAGE_H * (0.36 if frac < 0.8 else 0.62)
    scale = min(1.2, (cx.x1 - cx.x0) * frac / base_w, room / base_h) * min(1.0, cx.scale * 1.1)
    w0, h0 = _card_size(r, part, scale)
    cap = cx.fs * 0.85
    h = h0 + cap * 2.4 + 12
    seed = cx.rng.random()
    indent = (cx.x1 - cx.x0 - w0) * cx.rng.choice((0.0, 0.5, 0.2))

    def draw(top: float) -> None:
        x = cx.x0 + indent
        _lab(cx, x, top - cap, caption, cap, italic=True, grey=0.3)
        ytop = top - cap * 1.6
        if cx.mode == "text":
            _draw_copy(cx.pen, r, part, x, ytop, scale, cx.viz, random.Random(seed), True)
        else:
            img = _copy_raster(cx.pen, r, scale, cx.viz, seed)
            cx.c.drawImage(ImageReader(img), x - 4, ytop - h0 - 4, w0 + 8, h0 + 8)

    return Block(h, draw, False)


# --- drawing: closing ----------------------------------------------------------------------------


def _office_block(cx: _Cx) -> Block:
    fs = cx.fs
    rows = [r for r in cx.w.word("office_rows").split("|") if r]
    h = fs * 1.3 + len(rows) * fs * 1.7 + 8

    def draw(top: float) -> None:
        c = cx.c
        x = cx.x1 - (cx.x1 - cx.x0) * 0.45
        c.setStrokeGray(0.4)
        c.setDash(2, 2)
        c.rect(x, top - h + 4, cx.x1 - x, h - 6, stroke=1, fill=0)
        c.setDash()
        _lab(cx, x + 4, top - fs * 1.1, cx.w.word("office"), fs * 0.8, bold=True, grey=0.3)
        y = top - fs * 2.4
        for row in rows:
            _lab(cx, x + 6, y, row, fs * 0.75, grey=0.35)
            c.line(x + 6 + _sw(row, cx.g.faces.regular, fs * 0.75) + 4, y - 1, cx.x1 - 6, y - 1)
            y -= fs * 1.7
        c.setStrokeGray(0)

    return Block(h, draw, False)


def _cert_closing(cx: _Cx, roles: bool) -> Block:
    fs = cx.fs
    w = cx.w
    certify = w.word("certify")
    sign = w.word("sign_reg")
    name = cx.doc.registrar if roles and not any(s.role == "registrar"
                                                 for s in cx.doc.sections) else ""
    h = fs * 3.2 + 84

    def draw(top: float) -> None:
        _lab(cx, cx.x0, top - fs * 1.2, certify, fs * 0.9, italic=True)
        y = top - fs * 2.2 - 50
        x = cx.x1 - 220
        cx.c.setLineWidth(0.5)
        cx.c.line(x, y, cx.x1, y)
        _signature(cx.pen, x + 30, y + 4, cx.rng)
        _lab(cx, x, y - fs * 0.95, sign, fs * 0.75, grey=0.3)
        if name:
            _lab(cx, x, y - fs * 2.0, name, fs * 0.85)
        _seal(cx.pen, cx.x0 + 45, y + 12, 30, 0.45)
        _lab(cx, cx.x0 + 15, y - 30, w.word("seal"), fs * 0.7, grey=0.4)

    return Block(h, draw, False)


# --- drawing: whole documents --------------------------------------------------------------------


def _doc_sign_keys(doc: Doc) -> tuple[str, str]:
    if doc.doc_type == "wohnungsgeberbestaetigung":
        return "sign_landlord", ""
    if doc.doc_type == "identity_document":
        return "sign_id", ""
    return "sign", ""


def _pages_plan(cx: _Cx, pages: int, build: Callable[[float], tuple[list[Block], list[Block]]]
                ) -> tuple[list[list[Block]], float]:
    tops = [PAGE_H - 46.0, PAGE_H - 50.0]
    return _paginate(build, pages, tops, 56.0, 1.2 if pages == 2 else 1.1)


def _render(cx: _Cx, chunks: list[list[Block]]) -> None:
    tops = [PAGE_H - 46.0, PAGE_H - 50.0]
    for k, chunk in enumerate(chunks):
        if k:
            cx.pen.new_page()
        y = tops[min(k, 1)]
        for b in chunk:
            b.draw(y)
            y -= b.height
        _footer(cx, k + 1, len(chunks))


def _searchable_blocks(cx: _Cx, pages: int, scale: float) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    w, doc = cx.w, cx.doc
    fs = cx.fs
    hint = w.word("hint")
    if cx.mode != "text" and cx.rng_hint:
        hint = f"{hint} {w.word('pen_hint')}"
    if doc.doc_type in CERTIFICATES:
        hint = ""
    blocks: list[Block] = [_header(cx, hint)]
    second: list[Block] = []
    for n, sec in enumerate(doc.sections, 1):
        blocks.append(_heading(cx, sec.head, n))
        blocks += _field_blocks(cx, sec, cx.x0, cx.x1)
        blocks.append(_space(fs * 0.5))
    if doc.doc_type == "identity_document":
        copy = _copy_block(cx, w.word("image"), 0.62 if pages == 1 else 0.9)
        if pages == 2:
            second.append(copy)
        else:
            blocks.append(copy)
    if doc.doc_type in CERTIFICATES:
        blocks.append(_cert_closing(cx, False))
    else:
        key, _ = _doc_sign_keys(doc)
        blocks.append(_para(cx, w.word("consent"), fs * 0.9, italic=True, after=0.3))
        blocks.append(_place_line(cx, w.word("place_caption"), w.word(key)))
        if cx.office:
            blocks.append(_office_block(cx))
    if cx.required:
        blocks.append(_para(cx, w.word("required"), fs * 0.75, grey=0.35))
    return blocks, second


def _roles_blocks(cx: _Cx, pages: int, scale: float) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    w, doc = cx.w, cx.doc
    fs = cx.fs
    blocks: list[Block] = [_header(cx, w.word("note_roles") if cx.required else "")]
    second: list[Block] = []
    n = 0
    k = 0
    secs = doc.sections
    while k < len(secs):
        sec = secs[k]
        if sec.how == "column":
            group = [sec]
            while k + 1 < len(secs) and secs[k + 1].how == "column":
                k += 1
                group.append(secs[k])
            size = 3 if len(group) != 4 else 2  # at most three persons side by side
            for j in range(0, len(group), size):
                blocks.append(_matrix(cx, group[j:j + size]))
                blocks.append(_space(fs * 0.8))
            k += 1
            continue
        if sec.role:
            n += sec.how == "heading"
            blocks += _person_blocks(cx, sec, n)
        else:
            n += 1
            blocks.append(_heading(cx, sec.head, n))
            blocks += _field_blocks(cx, sec, cx.x0, cx.x1)
            blocks.append(_space(fs * 0.5))
        k += 1
    if doc.doc_type == "identity_document":
        copy = _copy_block(cx, w.head("copy"), 0.6 if pages == 1 else 0.9)
        if pages == 2:
            second.append(copy)
        elif cx.copy_first:
            blocks.insert(1, copy)
        else:
            blocks.append(copy)
        blocks.append(_para(cx, w.word("power"), fs * 0.85, italic=True, after=0.3))
    if doc.doc_type in CERTIFICATES:
        blocks.append(_cert_closing(cx, True))
    else:
        key = {"wohnungsgeberbestaetigung": "sign_landlord",
               "identity_document": "sign_id"}.get(doc.doc_type, "sign")
        place = w.word("place_date").format(doc.city, cx.s.date(doc.printed or
                                                                  data.REFERENCE_DATE))
        blocks.append(_roles_sign(cx, place, w.word(key),
                                  w.word("sign_holder") if doc.doc_type == "identity_document"
                                  else ""))
    return blocks, second


def _roles_sign(cx: _Cx, place: str, sign: str, second: str) -> Block:
    fs = cx.fs
    h = fs * 5.2

    def draw(top: float) -> None:
        c = cx.c
        _lab(cx, cx.x0, top - fs * 1.2, place, fs)
        y = top - fs * 3.6
        half = (cx.x1 - cx.x0) / 2
        c.setLineWidth(0.5)
        for j, caption in enumerate((sign, second)):
            if not caption:
                continue
            x = cx.x0 + j * half
            c.line(x, y, x + half - 16, y)
            _signature(cx.pen, x + 20, y + 4, cx.rng)
            _lab(cx, x, y - fs * 0.95, caption, fs * 0.75, grey=0.3)

    return Block(h, draw, False)


def _cx(pen: Pen, doc: Doc, record: Record, s: Style, rng: random.Random, mode: str,
        roles: bool) -> _Cx:
    g = _geo(rng, roles)
    ink = _ink_style(rng, mode, g.ink) if mode in ("vector", "patch") else None
    if ink and doc.doc_type in CERTIFICATES and ink.hand:  # registry software types
        typed = [f for f in TYPED_FILES if _font_file(f)]
        ink.hand, ink.slant, ink.jitter = False, 0.0, 0.0
        ink.path = _font_file(typed[len(doc.title) % len(typed)]) if typed else ""
    cx = _Cx(pen, g, doc, _w(s), record, pen.left, pen.right, random.Random(rng.random()),
             mode, ink, roles, rng.choice(VIZ_STYLES), s)
    cx.required = rng.random() < 0.5 and doc.doc_type not in CERTIFICATES
    cx.office = rng.random() < 0.35
    cx.copy_first = rng.random() < 0.4
    cx.rng_hint = rng.random() < 0.5
    return cx


def draw_searchable(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                    pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    if doc.mode != "ocr":
        cx = _cx(pen, doc, record, s, rng, doc.mode, False)
        chunks, _ = _pages_plan(cx, pages, lambda sc: _searchable_blocks(cx, pages, sc))
        _render(cx, chunks)
        doc.inked = cx.inked
        return doc
    buf = io.BytesIO()
    rec = _Rec(buf)
    rec.setTitle("")
    tpen = Pen(rec, pen.faces, pen.left, pen.right)
    cx = _cx(tpen, doc, record, s, rng, "text", False)
    chunks, _ = _pages_plan(cx, pages, lambda sc: _searchable_blocks(cx, pages, sc))
    _render(cx, chunks)
    rec.showPage()
    rec.save()
    _searchable_pages(pen, buf.getvalue(), rec.runs, doc, rng)
    return doc


def draw_roles(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    cx = _cx(pen, doc, record, s, rng, "text", True)
    chunks, _ = _pages_plan(cx, pages, lambda sc: _roles_blocks(cx, pages, sc))
    _render(cx, chunks)
    return doc


def draw_extra26(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if _w(s).searchable:
        draw_searchable(pen, record, s, rng, doc_type, pages)
    else:
        draw_roles(pen, record, s, rng, doc_type, pages)
