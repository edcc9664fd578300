"""The thirty-fifth extra pair of blind held-out layouts: ``tearoff`` and ``screenshot``.

``tearoff`` is a sheet made of detachable parts, as a city's multi-part form set, a stationery
publisher's form pad or an office's fold-up reply form prints it, sent in whole (or with a part
already torn off). The main part holds the form with every value (small printed labels in ruled
cells, above a fill-in rule or before a tab stop, typed values, numbered or lettered sections,
tick boxes); perforation lines with a pair of scissors and a cutting note separate the other
parts: a counterfoil the applicant keeps (a strip at the side, sometimes printed turned by a
quarter turn, or a part at the foot) that repeats a few values and the case number; the
office's receipt part (boxes for the day of receipt, a clerk's initials and a stamp); a payment
slip for the fee with the city treasury's own IBAN, an amount and a cash reference; a fold-up
reply panel printed upside down with the office's post-office box, a postage note and a glue
flap. A counterfoil that was torn off leaves a ragged edge. Registration of a vehicle prints the
SEPA mandate as a part of its own (the last part of the sheet, or the second sheet); a certificate
carries the purpose-bound certificates a registry office issues with it (for parental benefit,
for a health insurer, for pension purposes, for religious purposes: the name, the day of the
event, the register number and the office again) and a fee stub; an identity document is a copy
sheet with the receipt for the deposited document (its number and validity again). A two-page
plan prints a second sheet: the carbon copy of the main part, filling-in notes with the receipt
and the payment slip, the mandate, the sheet of purpose-bound certificates or the deposit
receipt. The repeated values are always the main part's; the treasury's IBAN, the amounts,
references, case numbers and the payment's and signing days are none of the truth's values.

``screenshot`` is a collage of phone screenshots that a citizen sent instead of a form: one to six
portrait screens side by side (on a landscape or a portrait sheet) with the phone's status bar
(time, signal, battery), sometimes a notification banner from another app, the app's title bar
and its bottom bar; a city app's or an online service's summary screen scrolled over several
screenshots (the last rows of one screen come again at the top of the next one), labels small
and grey over the values or beside them, choices as a drop-down field or radio buttons; a mail
app with the landlord's confirmation or the office's receipt; a text message with the insurer's
eVB number; a banking app's account screen with the IBAN and the account holder; a note with the
vehicle identification number; a mail reserving the desired plate. A certificate arrives as a
PDF viewer's screenshots of the certificate, zoomed in and scrolled (the office, the register
number and the issue date in one screen, the names and days in another), sometimes after the
mail that brought it; an identity document as a photo in the gallery app, the machine-readable
zone zoomed in a second screenshot and the data an upload screen recognised. Times, battery
levels, case numbers, notification texts, the eVB's and the reservation's end days, balances
and appointment days are none of the truth's values.

Both draw straight from the record with the wording of ``samples.wording_extra35``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.pdfbase import pdfmetrics

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
from samples.truth import truth_fields
from samples.wording_extra35 import (
    CERT_HEADS,
    DWELLING35,
    DWELLING_ORDER35,
    ID_KINDS35,
    PURPOSE35,
    PURPOSE_ORDER35,
    ROLE35,
    SEX_LETTER35,
    SEX_ORDER35,
    SEX_WORD35,
    TEAROFF_PURPOSE_SLIPS,
    Extra35Wording,
    date35,
    nationality_text,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
MM: Final = 72 / 25.4
ISO: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together, in that order), for
    choices the options and the chosen one, the printed label, the day a date shows, whether it
    stands in a sentence without its label, whether it is printed turned, and whether it repeats
    a value printed elsewhere on the sheet (a counterfoil, a copy, a screen scrolled on)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    label: str = ""
    day: date | None = None
    prose: bool = False
    turned: bool = False
    copy: bool = False
    weight: int = 2

    def again(self) -> Fld:
        """The same value printed once more (a repeat)."""
        return Fld(self.key, self.value, self.name, self.options, self.chosen, self.label,
                   self.day, self.prose, self.turned, True, self.weight)


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]


@dataclass(slots=True)
class Part:
    """A detachable part of a ``tearoff`` sheet: its kind, its heading, its sections, how it is
    turned (0, 90 or 180 degrees), whether it was torn off, and a note."""

    kind: str  # main | copy | stub | receipt | pay | mandate | slip | deposit | reply | info
    head: str
    secs: list[Sec]
    turned: int = 0
    torn: bool = False
    note: str = ""


@dataclass(slots=True)
class TearLook:
    """A sheet of detachable parts (one draw per document)."""

    plan: str = "stacked"  # stacked | side | mailer
    side: str = "left"  # the counterfoil strip's side (side plan)
    cells: str = "cells"  # cells | lines | tab
    size: float = 8.6
    ink: RGB = (0.55, 0.1, 0.1)  # the form's print colour
    case: str = ""
    form_no: str = ""
    edition: str = ""
    fee: str = ""
    cash_ref: str = ""
    treasury_iban: str = ""
    po_box: str = ""
    po_code: str = ""
    numbered: bool = True
    boxes_for_dates: bool = False


@dataclass(slots=True)
class Row:
    """One row of a phone screen."""

    kind: str  # head | field | inline | choice | text | bubble | mailhead | chip | button |
    #            photo | zone | ctitle | cline | seal | gap | amount
    fld: Fld | None = None
    text: str = ""
    sub: str = ""
    height: float = 0.0
    mine: bool = False  # a bubble sent by the phone's owner


@dataclass(slots=True)
class Panel:
    """One screenshot: the app, its title, its rows, the status bar's time and battery, a
    notification banner, a dark theme and the file caption under it."""

    app: str  # portal | mail | sms | bank | notes | viewer | gallery | zoom
    title: str
    rows: list[Row]
    time: str = "09:41"
    battery: int = 80
    notify: str = ""
    dark: bool = False
    caption: str = ""
    accent: RGB = (0.1, 0.35, 0.65)
    android: bool = False


@dataclass(slots=True)
class ShotLook:
    """A screenshot collage (one draw per document)."""

    labels: str = "above"  # above | beside
    accent: RGB = (0.1, 0.35, 0.65)
    android: bool = False
    frames: bool = True  # a thin phone frame around each screen
    captions: bool = True
    overlap: int = 2
    sheet_caption: bool = True
    sex: str = "word"  # how the summary shows the sex: word | dropdown | radio


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
    extras: list[Sec] = field(default_factory=list)
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    tear: TearLook = field(default_factory=TearLook)
    shot: ShotLook = field(default_factory=ShotLook)
    parts: list[list[Part]] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)
    drawn: int = 0
    office: str = ""
    words: Extra35Wording | None = None


def _w(s: Style) -> Extra35Wording:
    assert isinstance(s.words, Extra35Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests): the main form's, the repeats and
    distractors of the other parts, and what the screens show."""
    out = [f for sec in doc.sections for f in sec.items]
    out += [f for sec in doc.extras for f in sec.items]
    for page in doc.parts:
        for part in page:
            if part.kind == "copy":
                out += [f for sec in part.secs for f in sec.items]
    return out


# --- days, names and numbers that are none of the truth's ----------------------------------------


def truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and ISO.match(v)}


def _truth_words(record: Record) -> set[str]:
    out: set[str] = set()
    for v in truth_fields(record).values():
        for item in v if isinstance(v, list) else [v]:
            out.add(item)
            out |= set(item.split())
    return out


def _other_day(record: Record, lo: date, hi: date, rng: random.Random) -> date:
    """A day between ``lo`` and ``hi`` that is none of the truth's days."""
    if hi < lo:
        lo, hi = hi, lo
    taken = truth_days(record)
    for _ in range(60):
        day = lo + timedelta(days=rng.randint(0, (hi - lo).days))
        if day not in taken:
            return day
    day = lo - timedelta(days=1)
    while day in taken:
        day -= timedelta(days=1)
    return day


def _furniture_day(record: Record, rng: random.Random) -> date:
    """A recent day (signing, receipt, payment, a mail) that is none of the truth's days."""
    hi = data.REFERENCE_DATE - timedelta(days=1)
    return min(_other_day(record, hi - timedelta(days=rng.randint(3, 30)), hi, rng), hi)


def _other_name(rng: random.Random, taken: set[str]) -> str:
    """A German full name none of whose words is a truth value."""
    fam, female, male = pools.NAMES["DEU"]
    for _ in range(80):
        given = rng.choice(rng.choice((female, male)))
        last = rng.choice(fam)
        if given not in taken and last not in taken and not set(given.split()) & taken:
            return f"{given} {last}"
    return f"{rng.choice(female)} Kettelhack"


def _other_address(rng: random.Random, record: Record) -> Address:
    taken = _truth_words(record)
    for _ in range(40):
        a = data.address(rng, rng.choice(tuple(pools.CITIES)))
        if a.line not in taken and a.street not in taken:
            return a
    return Address("Am Bergbaumuseum", "28", "44791", "Bochum")


def _treasury_iban(rng: random.Random, record: Record) -> str:
    """The city treasury's own account: a valid IBAN that is not the record's."""
    own = getattr(record, "iban", "")
    while True:
        value, _bank, _bic = data.iban(rng)
        if value != own and value.startswith("DE"):
            return value


def _time(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


# --- building the content ------------------------------------------------------------------------

SHORT: Final = frozenset({"date_of_birth", "sex", "postal_code", "house_number", "move_in_date",
                          "marital", "expiry_date", "doc_issue", "issuing_state", "entry_date",
                          "passport_expiry_date", "register_number", "issue_date",
                          "marriage_date", "date_of_death", "evb_number", "bic",
                          "desired_plate", "phone", "doc_number", "passport_number",
                          "nationality"})
LONG: Final = frozenset({"address_line", "previous_address", "landlord_address", "purpose",
                         "last_residence", "dwelling", "role", "doc_kind", "tenant", "iban",
                         "vin", "account_holder", "owner", "registry_office", "street_line",
                         "city_line", "authority"})


class _B:
    """Builds the sections and fields of a document."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc, record: Record) -> None:
        self.s, self.rng, self.doc, self.record = s, rng, doc, record
        self.w = _w(s)
        self.tear = doc.layout == "tearoff"
        self.j = 0 if self.tear else 1
        self.taken = _truth_words(record)

    def section(self, key: str) -> Sec:
        sec = Sec(key, self.w.head(key), [])
        self.doc.sections.append(sec)
        return sec

    def sub(self, key: str) -> None:
        """A section of the form; a certificate on a phone is one block (a marriage certificate
        one block per spouse and one for the marriage)."""
        if self.tear:
            self.section(key)
        elif key in CERT_HEADS:
            self.doc.sections.append(Sec(key, self.w.cert_head(key), []))
        elif not self.doc.sections:
            self.doc.sections.append(Sec("cert", "", []))

    def label(self, key: str) -> str:
        if self.doc.kind == "cert":
            return self.w.cert(key)
        return self.w(key)

    def add(self, key: str, value: str, name: str = "") -> Fld:
        weight = 1 if key in SHORT else 4 if key in LONG else 2
        f = Fld(key, value, name, label=self.label(key), weight=weight)
        self.doc.sections[-1].items.append(f)
        return f

    def dated(self, key: str, d: date, name: str = "") -> Fld:
        f = self.add(key, self.s.date(d), name)
        if "Ziffern" in f.label and self.s.date_style in ("long", "din"):
            f.value = date35(d, "numeric")  # the label asks for digits: the form is filled so
        f.day = d
        return f

    def sex(self, code: str, name: str = "sex") -> Fld:
        mode = self.s.sex_mode
        at = SEX_ORDER35.index(code)
        if self.doc.kind == "cert":
            return self.add("sex", SEX_WORD35[code], name)
        if self.doc.kind == "form" and mode in ("tick", "letters", "radio"):
            table = SEX_LETTER35 if mode == "letters" else SEX_WORD35
            words = tuple(table[c] for c in SEX_ORDER35)
            f = self.add("sex", words[at], name)
            f.options, f.chosen = words, at
            return f
        return self.add("sex", sex_text(code, mode if self.tear else "word"), name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_text(code, self.s.nationality_mode), name)

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

    def other(self) -> str:
        name = _other_name(self.rng, self.taken)
        self.taken |= set(name.split())
        return name


def _register(b: _B, record: Geburt | Ehe | Sterbe) -> None:
    b.sub("register")
    b.add("registry_office", f"Standesamt {record.office}", "registry_office")
    b.add("register_number", record.register, "register_number")
    b.dated("issue_date", record.issue, "issue_date")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    """The document's sections: the same catalog content for both layouts."""
    b = _B(s, rng, doc, record)
    j = b.j

    def maybe(p: float) -> bool:
        return rng.random() < p

    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            if p.birth_name:
                b.add("birth_name", p.birth_name, "birth_name")
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if b.tear and maybe(0.5):
                b.add("marital", record.marital)
            if maybe(0.4):
                b.add("phone", record.phone or data.phone(rng))
            b.section("new")
            b.address(record.address)
            b.dated("move_in_date", record.move_in, "move_in_date")
            if record.dwelling:
                b.choice("dwelling", tuple(DWELLING35[k][j] for k in DWELLING_ORDER35),
                         DWELLING_ORDER35.index(record.dwelling), "dwelling")
            if record.previous:
                b.section("old")
                b.add("previous_address", record.previous, "previous_address")
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.choice("role", (ROLE35[True][j], ROLE35[False][j]),
                     0 if record.landlord_is_owner else 1)
            if b.tear and not record.landlord_is_owner and maybe(0.6):
                b.add("owner", f"{b.other()}, {_other_address(rng, record).line}")
            b.section("new")
            b.address(record.address)
            b.dated("move_in_date", record.move_in, "move_in_date")
            b.section("tenants")
            for tenant in record.tenants:
                b.add("tenant", tenant, "tenant_names")
        case Geburt():
            c = record.child
            b.sub("child")
            b.names(c)
            b.sex(c.sex)
            b.dated("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            b.sub("parents")
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            _register(b, record)
        case Ehe():
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                b.sub(f"spouse{k}")
                b.names(sp, f"spouse{k}_")
                b.dated("date_of_birth", sp.dob, f"spouse{k}_date_of_birth")
                if maybe(0.4):
                    b.add("place_of_birth", sp.pob)
            b.sub("marriage")
            b.dated("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            p = record.person
            b.sub("deceased")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if maybe(0.5):
                b.add("last_residence", record.last_residence)
            b.sub("death")
            b.dated("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            _register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.dated("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            b.section("vehicle")
            b.add("vin", record.vin, "vin")
            b.add("make", f"{record.make} {record.model}")
            b.add("evb_number", record.evb, "evb_number")
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate")
            b.section("mandate")
            b.add("account_holder", record.account_holder, "account_holder")
            b.add("iban", group_iban(record.iban) if maybe(0.6) else record.iban, "iban")
            if maybe(0.6):
                b.add("bic", record.bic)
            if maybe(0.5):
                b.add("bank", record.bank)
        case Aufenthalt():
            p = record.person
            b.section("person")
            b.names(p)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.dated("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.section("stay")
            b.dated("entry_date", record.entry, "entry_date")
            b.choice("purpose", tuple(PURPOSE35[k][j] for k in PURPOSE_ORDER35),
                     PURPOSE_ORDER35.index(record.purpose), "purpose")
            b.section("address")
            b.address(record.address)
        case Identity():
            p = record.person
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.choice("doc_kind", (ID_KINDS35["P"][j], ID_KINDS35["I"][j]), "PI".index(kind))
            b.add("doc_number", record.document_number, "document_number")
            b.add("issuing_state", record.issuing_state, "issuing_state")
            if maybe(0.6):
                b.dated("doc_issue", record.issue)
            b.dated("expiry_date", record.expiry, "expiry_date")
            if record.authority and maybe(0.5):
                b.add("authority", record.authority)
            b.add("family_name", p.family)
            b.add("given_names", p.given)
            b.dated("date_of_birth", p.dob, "date_of_birth")
            b.nationality(p.nationality)
            doc.zone = tuple(record.lines)


def _find(doc: Doc, name: str) -> Fld | None:
    for sec in doc.sections:
        for f in sec.items:
            if f.name == name:
                return f
    return None


# --- drawing helpers -----------------------------------------------------------------------------


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a long word is split where it must)."""
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if _sw(trial, face, size) <= width:
            line = trial
            continue
        if line:
            out.append(line)
        while _sw(word, face, size) > width and len(word) > 1:
            k = len(word)
            while k > 1 and _sw(word[:k], face, size) > width:
                k -= 1
            out.append(word[:k])
            word = word[k:]
        line = word
    if line or not out:
        out.append(line)
    return out


def _box(pen: Pen, x: float, y: float, size: float, checked: bool, ink: RGB) -> None:
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setStrokeColorRGB(0.05, 0.05, 0.1)
        c.setLineWidth(1.1)
        c.line(x + 1.3, y + 1.3, x + size - 1.3, y + size - 1.3)
        c.line(x + 1.3, y + size - 1.3, x + size - 1.3, y + 1.3)
    c.restoreState()


def _scissors(pen: Pen, x: float, y: float, size: float, angle: float) -> None:
    """A pair of scissors drawn from shapes, pointing along ``angle`` (degrees)."""
    c = pen.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setLineWidth(0.7)
    c.setStrokeGray(0.15)
    r = size * 0.22
    c.circle(-size * 0.35, size * 0.22, r, stroke=1, fill=0)
    c.circle(-size * 0.35, -size * 0.22, r, stroke=1, fill=0)
    c.line(-size * 0.35 + r * 0.7, size * 0.22 - r * 0.7, size * 0.5, -size * 0.08)
    c.line(-size * 0.35 + r * 0.7, -size * 0.22 + r * 0.7, size * 0.5, size * 0.08)
    c.restoreState()


def _perforation(pen: Pen, x0: float, y0: float, x1: float, y1: float, note: str, face: str,
                 kind: str, rng: random.Random) -> None:
    """A perforation (a row of small slots) or a fold line between two parts, with scissors and
    a short note."""
    c = pen.c
    c.saveState()
    length = math.hypot(x1 - x0, y1 - y0)
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    c.translate(x0, y0)
    c.rotate(angle)
    c.setStrokeGray(0.35)
    if kind == "fold":
        c.setDash([6, 2, 1.5, 2])
        c.setLineWidth(0.5)
        c.line(0, 0, length, 0)
    else:
        c.setLineWidth(0.9 if kind == "slots" else 0.6)
        c.setDash([2.2, 1.6] if kind == "slots" else [4, 3])
        c.line(0, 0, length, 0)
    c.setDash([])
    if note:
        at = rng.uniform(0.3, 0.6) * length
        c.setFillGray(1)
        tw = _sw(note, face, 6.2)
        c.rect(at - 3, -4, tw + 6, 8, stroke=0, fill=1)
        c.setFillGray(0.3)
        c.setFont(face, 6.2)
        c.drawString(at, -2.2, note)
    c.restoreState()
    if kind != "fold":
        _scissors(pen, x0 + (x1 - x0) * 0.04, y0 + (y1 - y0) * 0.04, 9, angle + 180)


def _torn_edge(pen: Pen, x0: float, y0: float, x1: float, y1: float, seed: int) -> None:
    """The ragged edge a torn-off part leaves, with the perforation's last slots."""
    c = pen.c
    rng = random.Random(seed)
    c.saveState()
    length = math.hypot(x1 - x0, y1 - y0)
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    c.translate(x0, y0)
    c.rotate(angle)
    path = c.beginPath()
    path.moveTo(0, 0)
    t = 0.0
    while t < length:
        t = min(length, t + rng.uniform(2.5, 6))
        path.lineTo(t, rng.uniform(-2.2, 1.2))
    c.setLineWidth(0.5)
    c.setStrokeGray(0.45)
    c.drawPath(path, stroke=1, fill=0)
    c.setDash([2.2, 1.6])
    c.setStrokeGray(0.6)
    c.line(0, 2.5, length, 2.5)
    c.restoreState()


# --- tearoff -------------------------------------------------------------------------------------


def _tear_look(doc: Doc, s: Style, rng: random.Random, record: Record) -> TearLook:
    look = TearLook()
    look.plan = rng.choice(("stacked", "stacked", "side", "mailer"))
    look.side = rng.choice(("left", "right"))
    look.cells = rng.choice(("cells", "lines", "tab", "cells"))
    look.size = rng.uniform(8.0, 9.2)
    look.ink = rng.choice(((0.55, 0.1, 0.1), (0.1, 0.25, 0.5), (0.15, 0.4, 0.2), (0.2, 0.2, 0.2)))
    look.case = f"{data.REFERENCE_DATE.year}-{rng.randint(10000, 99999)}"
    look.form_no = rng.choice(("MB", "ZL", "AB", "SA", "WG")) + f" {rng.randint(100, 999)}"
    look.edition = f"{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"
    look.fee = f"{rng.choice((10, 12, 15, 22, 27, 30))},{rng.choice(('00', '50', '70'))}"
    look.cash_ref = f"{rng.randint(1, 9)}.{rng.randint(1000, 9999)}.{rng.randint(100000, 999999)}"
    look.treasury_iban = _treasury_iban(rng, record)
    look.po_code = rng.choice(pools.CITIES.get(doc.city, (("44777",), ""))[0])
    look.po_box = str(rng.randint(100, 9999) * 10 + rng.randint(0, 9))
    look.numbered = rng.random() < 0.6
    look.boxes_for_dates = s.date_style == "boxes"
    return look


def _stub_fields(doc: Doc, record: Record, w: Extra35Wording, turned: bool) -> list[Fld]:
    """The values a counterfoil, a receipt or a deposit slip repeats (always the main part's)."""
    out: list[Fld] = []

    def copy(name: str, key: str) -> None:
        f = _find(doc, name)
        if f is not None:
            out.append(Fld(key, f.value, name, label=w.stub(key), day=f.day, turned=turned,
                           copy=True))

    def person(p: Person, prefix: str = "") -> None:
        value = f"{' '.join(p.family.split())}, {' '.join(p.given.split())}"
        out.append(Fld("name", value, f"{prefix}family_name+{prefix}given_names",
                       label=w.stub("name"), turned=turned, copy=True))

    match record:
        case Anmeldung():
            person(record.person)
            copy("move_in_date", "move_in_date")
        case Wohnungsgeber():
            copy("landlord_name", "landlord_name")
            copy("move_in_date", "move_in_date")
            out.append(Fld("address", record.address.line, "street+house_number+postal_code+city",
                           label=w.stub("address"), turned=turned, copy=True))
        case Zulassung():
            person(record.holder, "holder_")
            copy("vin", "vin")
        case Aufenthalt():
            person(record.person)
            copy("date_of_birth", "date_of_birth")
        case Identity():
            copy("document_number", "doc_number")
            copy("expiry_date", "expiry_date")
        case Geburt() | Sterbe():
            person(record.child if isinstance(record, Geburt) else record.person)
            copy("register_number", "register_number")
        case Ehe():
            person(record.spouse1, "spouse1_")
            copy("register_number", "register_number")
    return out


def _slip_secs(doc: Doc, record: Geburt | Ehe | Sterbe, w: Extra35Wording, heading: str,
               note: str) -> list[Sec]:
    """A purpose-bound certificate: the name, the day of the event, the office, the register
    number and the issue date again."""
    items: list[Fld] = []
    names = ("spouse1_", "spouse2_") if isinstance(record, Ehe) else ("",)
    for prefix in names:
        for name in (f"{prefix}family_name", f"{prefix}given_names"):
            f = _find(doc, name)
            if f is not None:
                items.append(f.again())
    event = {Geburt: "date_of_birth", Ehe: "marriage_date", Sterbe: "date_of_death"}[
        type(record)]
    for name in (event, "registry_office", "register_number", "issue_date"):
        f = _find(doc, name)
        if f is not None:
            items.append(f.again())
    return [Sec("slip", heading, items), Sec("note", note, [])]


def _tear_parts(doc: Doc, record: Record, s: Style, rng: random.Random, pages: int) -> None:
    """Which parts each sheet holds (the main form's sections are ``doc.sections``)."""
    w = _w(s)
    look = doc.tear
    if doc.kind != "form":
        look.plan = "stacked"
    main = Part("main", w.word("part_cert" if doc.kind == "cert" else "part_main"), doc.sections)
    stub_turned = look.plan == "side" and rng.random() < 0.5
    stub = Part("stub", w.word("part_stub"),
                [Sec("stub", "", _stub_fields(doc, record, w, stub_turned))],
                turned=90 if stub_turned else 0, torn=rng.random() < 0.25)
    receipt = Part("receipt", w.word("part_receipt"), [])
    pay = Part("pay", w.word("part_pay"), [])
    first: list[Part] = [main]
    second: list[Part] = []
    if doc.kind == "cert":
        assert isinstance(record, (Geburt, Ehe, Sterbe))
        slips = list(TEAROFF_PURPOSE_SLIPS[doc.doc_type])
        rng.shuffle(slips)
        parts = [Part("slip", w.word("part_slips"), _slip_secs(doc, record, w, h, n))
                 for h, n in slips]
        if pages == 2:
            first.append(parts[0])
            second = [*parts[1:], pay]
        else:
            first += parts[:rng.choice((1, 2))]
    elif doc.kind == "id":
        deposit = Part("deposit", w.word("part_deposit"),
                       [Sec("stub", "", _stub_fields(doc, record, w, False))])
        if pages == 2:
            first.append(receipt)
            second = [deposit, pay]
        else:
            first.append(deposit)
    elif isinstance(record, Zulassung):
        mandate = Part("mandate", w.word("part_mandate"),
                       [sec for sec in doc.sections if sec.key == "mandate"])
        main.secs = [sec for sec in doc.sections if sec.key != "mandate"]
        if pages == 2:
            first.append(stub if look.plan == "side" else receipt)
            second = [mandate, pay]
        else:
            first.append(mandate)
            if look.plan == "side":
                first.append(stub)
    else:
        first.append(stub)
        if pages == 2:
            if rng.random() < 0.5:
                second = [Part("copy", w.word("part_copy"),
                               [Sec(sec.key, sec.head, [f.again() for f in sec.items])
                                for sec in doc.sections])]
            else:
                second = [Part("info", w.word("hints_head"), []), receipt, pay]
        elif look.plan != "side" and rng.random() < 0.5:
            first.append(rng.choice((receipt, pay)))
    if look.plan == "mailer":
        first.insert(1, Part("reply", w.word("reply"), [], turned=180))
    doc.parts = [first] + ([second] if second else [])
    for page in doc.parts:
        for part in page:
            if part.torn:
                continue
            if part.kind == "stub":
                doc.extras += part.secs
            elif part.kind in ("slip", "deposit"):
                doc.extras += [sec for sec in part.secs if sec.key != "note"]


@dataclass(slots=True)
class Blk:
    """A piece of a part: its height and how to draw it at (x, top) within ``width``."""

    height: float
    draw: Callable[[float, float], None]


def _cell_blocks(pen: Pen, doc: Doc, secs: list[Sec], width: float, k: float,
                 numbered: bool) -> list[Blk]:
    """A part's sections as rows of labelled cells (or lines, or tab stops)."""
    look = doc.tear
    f = doc.faces
    lsz = 6.3 * k
    vsz = look.size * k * 1.12
    out: list[Blk] = []
    counter = 0
    for sec in secs:
        if sec.head:
            hs = 8.2 * k

            def head(x: float, top: float, text: str = sec.head, hs: float = hs) -> None:
                c = pen.c
                c.saveState()
                c.setFillColorRGB(*look.ink)
                if look.cells == "cells":
                    c.setFillColorRGB(*[0.85 + 0.15 * v for v in look.ink])
                    c.rect(x, top - hs * 1.6, width, hs * 1.6, stroke=0, fill=1)
                    c.setFillColorRGB(*look.ink)
                c.setFont(f.bold, hs)
                c.drawString(x + 2, top - hs * 1.2, text)
                if look.cells != "cells":
                    c.setStrokeColorRGB(*look.ink)
                    c.setLineWidth(0.6)
                    c.line(x, top - hs * 1.55, x + width, top - hs * 1.55)
                c.restoreState()

            out.append(Blk(hs * 1.9, head))
        # rows of up to six units (short 2, normal 3, long 6)
        rows: list[list[Fld]] = []
        units = 0
        for item in sec.items:
            u = 6 if item.options or item.weight == 4 else 2 if item.weight == 1 else 3
            if look.cells == "tab":
                u = 3 if u <= 2 and not item.options else 6
            if width < 200:  # a narrow strip: one value to a row
                u = 6
            if not rows or units + u > 6:
                rows.append([])
                units = 0
            rows[-1].append(item)
            units += u
        for row in rows:
            n = len(row)
            spans = [6 if (it.options or it.weight == 4) else 2 if it.weight == 1 else 3
                     for it in row]
            if look.cells == "tab" and width >= 200:
                spans = [3 if n == 2 else 6 for _ in row]
            total = sum(spans)
            widths = [width * sp / total for sp in spans]
            labels: list[str] = []
            for it in row:
                counter += 1
                labels.append(f"{counter}  {it.label}" if numbered else it.label)
            heights = []
            for it, cw, lab in zip(row, widths, labels, strict=True):
                if look.cells == "tab" and width >= 200:
                    lw = cw * 0.42
                    ll = _wrap(lab, f.regular, lsz * 1.15, lw - 4)
                    vl = _choice_lines(it, f.regular, vsz, cw - lw - 4) if it.options else \
                        _wrap(it.value, doc.vface, vsz, cw - lw - 4)
                    heights.append(max(len(ll) * lsz * 1.3, len(vl) * vsz * 1.3) + 5 * k)
                else:
                    ll = _wrap(lab, f.regular, lsz, cw - 4)
                    vl = _choice_lines(it, f.regular, vsz, cw - 6) if it.options else \
                        _wrap(it.value, doc.vface, vsz, cw - 6)
                    heights.append(len(ll) * lsz * 1.15 + len(vl) * vsz * 1.3 + 6 * k)
            h = max(heights)

            def draw_row(x: float, top: float, row: list[Fld] = row,
                         widths: list[float] = widths, labels: list[str] = labels,
                         h: float = h) -> None:
                c = pen.c
                cx = x
                for it, cw, lab in zip(row, widths, labels, strict=True):
                    c.saveState()
                    c.setStrokeColorRGB(*look.ink)
                    c.setLineWidth(0.5)
                    if look.cells == "cells":
                        c.rect(cx, top - h, cw, h, stroke=1, fill=0)
                    c.restoreState()
                    if look.cells == "tab" and width >= 200:
                        lw = cw * 0.42
                        y = top - lsz * 1.3
                        c.setFillColorRGB(*look.ink)
                        c.setFont(f.regular, lsz * 1.15)
                        for line in _wrap(lab, f.regular, lsz * 1.15, lw - 4):
                            c.drawString(cx + 2, y, line)
                            y -= lsz * 1.3
                        c.setFillGray(0)
                        _draw_value(pen, doc, it, cx + lw, top - vsz * 1.05, cw - lw - 4, vsz)
                        c.saveState()
                        c.setStrokeColorRGB(*look.ink)
                        c.setDash([1, 1.5])
                        c.setLineWidth(0.4)
                        c.line(cx + lw - 2, top - h + 2.5, cx + cw - 4, top - h + 2.5)
                        c.restoreState()
                    else:
                        y = top - lsz * 1.05
                        c.setFillColorRGB(*look.ink)
                        c.setFont(f.regular, lsz)
                        lines = _wrap(lab, f.regular, lsz, cw - 4)
                        for line in lines:
                            c.drawString(cx + 2, y, line)
                            y -= lsz * 1.15
                        c.setFillGray(0)
                        _draw_value(pen, doc, it, cx + 3, y - vsz * 0.25, cw - 6, vsz)
                        if look.cells == "lines":
                            c.saveState()
                            c.setStrokeColorRGB(*look.ink)
                            c.setLineWidth(0.45)
                            c.line(cx + 1, top - h + 2, cx + cw - 5, top - h + 2)
                            c.restoreState()
                    cx += cw

            out.append(Blk(h + (1 if look.cells == "cells" else 3 * k), draw_row))
        out.append(Blk(3 * k, lambda x, top: None))
    return out


def _choice_lines(it: Fld, face: str, size: float, width: float) -> list[list[int]]:
    """Which options stand on which line (option indexes) within ``width``."""
    lines: list[list[int]] = [[]]
    x = 0.0
    for k, option in enumerate(it.options):
        w = size + 3 + _sw(option, face, size * 0.92) + 10  # the label face
        if lines[-1] and x + w > width:
            lines.append([])
            x = 0.0
        lines[-1].append(k)
        x += w
    return lines


def _draw_value(pen: Pen, doc: Doc, it: Fld, x: float, base: float, width: float,
                size: float) -> None:
    """A typed value (wrapped), or tick boxes with the options and a typed cross."""
    c = pen.c
    if it.options:
        ink = doc.tear.ink
        y = base
        for line in _choice_lines(it, doc.faces.regular, size, width):
            cx = x
            for k in line:
                option = it.options[k]
                _box(pen, cx, y - size * 0.1, size * 0.85, k == it.chosen, ink)
                c.setFillColorRGB(*ink)
                c.setFont(doc.faces.regular, size * 0.92)
                c.drawString(cx + size + 2, y, option)
                c.setFillGray(0)
                cx += size + 3 + _sw(option, doc.faces.regular, size * 0.92) + 10
            y -= size * 1.3
        return
    c.setFont(doc.vface, size)
    c.setFillColorRGB(0.05, 0.05, 0.12)
    if doc.tear.boxes_for_dates and it.day is not None:
        parts = it.value.split()
        cx = x
        for part in parts:
            pw = _sw(part, doc.vface, size) + 6
            c.saveState()
            c.setStrokeColorRGB(*doc.tear.ink)
            c.setLineWidth(0.45)
            c.rect(cx, base - size * 0.3, pw, size * 1.25, stroke=1, fill=0)
            c.restoreState()
            c.drawString(cx + 3, base, part)
            cx += pw + 3
        c.setFillGray(0)
        return
    y = base
    for text in _wrap(it.value, doc.vface, size, width):
        c.drawString(x, y, text)
        y -= size * 1.3
    c.setFillGray(0)


def _header_blocks(pen: Pen, doc: Doc, part: Part, width: float, k: float,
                   title: bool) -> list[Blk]:
    look = doc.tear
    f = doc.faces
    w = doc.words
    assert w is not None
    out: list[Blk] = []
    hsz = 7.2 * k

    office = _wrap(doc.office, f.bold, hsz, width)
    head = _wrap(part.head, f.italic, hsz * 0.95, width)

    def top_line(x: float, top: float) -> None:
        c = pen.c
        c.setFillColorRGB(*look.ink)
        y = top - hsz
        c.setFont(f.bold, hsz)
        for line in office:
            c.drawString(x, y, line)
            y -= hsz * 1.2
        c.setFont(f.italic, hsz * 0.95)
        for line in head:
            c.drawRightString(x + width, y, line)
            y -= hsz * 1.2
        c.setFillGray(0)

    out.append(Blk((len(office) + len(head)) * hsz * 1.2 + hsz * 0.5, top_line))
    if title:
        tsz = 12.5 * k
        lines = _wrap(doc.title, f.bold, tsz, width)

        def draw_title(x: float, top: float) -> None:
            c = pen.c
            c.setFont(f.bold, tsz)
            y = top - tsz
            for line in lines:
                c.drawString(x, y, line)
                y -= tsz * 1.2
            c.setFont(f.regular, hsz * 0.9)
            c.setFillGray(0.3)
            c.drawString(x, y + tsz * 0.2,
                         w.word("case").format(look.case) + "   ·   "
                         + w.word("form_no").format(look.form_no, look.edition))
            c.setFillGray(0)

        out.append(Blk(len(lines) * tsz * 1.2 + hsz * 1.8, draw_title))
    return out


def _cert_blocks(pen: Pen, doc: Doc, width: float, k: float) -> list[Blk]:
    """A certificate as the main part: title, rows of label and value, place and date line,
    seal and signature."""
    f = doc.faces
    w = doc.words
    assert w is not None
    out: list[Blk] = []
    tsz = 15 * k

    def title(x: float, top: float) -> None:
        c = pen.c
        c.setFont(f.bold, tsz)
        c.drawCentredString(x + width / 2, top - tsz, doc.title)

    out.append(Blk(tsz * 1.8, title))
    lsz = 7.4 * k
    vsz = doc.tear.size * k * 1.15
    lw = width * 0.38
    for sec in doc.sections:
        if sec.head:
            hs = 7.8 * k

            def head(x: float, top: float, text: str = sec.head, hs: float = hs) -> None:
                c = pen.c
                c.setFillColorRGB(*doc.tear.ink)
                c.setFont(f.bold, hs)
                c.drawString(x, top - hs * 1.1, text)
                c.setFillGray(0)

            out.append(Blk(hs * 1.7, head))
        for it in sec.items:
            ll = _wrap(it.label, f.regular, lsz, lw - 6)
            vl = _wrap(it.value, doc.vface, vsz, width - lw - 4)
            h = max(len(ll) * lsz * 1.2, len(vl) * vsz * 1.25) + 4 * k

            def row(x: float, top: float, it: Fld = it, ll: list[str] = ll,
                    vl: list[str] = vl, h: float = h) -> None:
                c = pen.c
                c.setFont(f.regular, lsz)
                c.setFillColorRGB(*doc.tear.ink)
                y = top - lsz
                for line in ll:
                    c.drawString(x, y, line)
                    y -= lsz * 1.2
                c.setFillGray(0)
                c.setFont(doc.vface, vsz)
                y = top - vsz
                for line in vl:
                    c.drawString(x + lw, y, line)
                    y -= vsz * 1.25
                c.saveState()
                c.setStrokeGray(0.75)
                c.setLineWidth(0.3)
                c.line(x, top - h + 1.5, x + width, top - h + 1.5)
                c.restoreState()

            out.append(Blk(h, row))
    issue = _find(doc, "issue_date")
    place_line = w.word("place_date").format(doc.city, issue.value if issue else "")
    seal = random.Random(doc.title + doc.city).random()

    def closing(x: float, top: float) -> None:
        c = pen.c
        c.setFont(f.regular, 8.5 * k)
        c.drawString(x, top - 12 * k, w.word("cert_line"))
        c.drawString(x, top - 26 * k, place_line)
        c.setFont(f.regular, 7 * k)
        c.drawString(x + width * 0.55, top - 62 * k, w.word("registrar"))
        _signature(pen, x + width * 0.58, top - 54 * k, random.Random(seal))
        _seal(pen, x + width * 0.3, top - 52 * k, 17 * k, 0.55)

    out.append(Blk(72 * k, closing))
    return out


def _part_blocks(pen: Pen, doc: Doc, part: Part, width: float, k: float,
                 record: Record, rng: random.Random) -> list[Blk]:
    """The blocks of a part drawn upright within ``width``."""
    look = doc.tear
    f = doc.faces
    w = doc.words
    assert w is not None
    small = 7.0 * k
    out: list[Blk] = []

    def text_block(lines: list[str], size: float, face: str, grey: float = 0.0,
                   gap: float = 1.25) -> Blk:
        wrapped = [ln for line in lines for ln in _wrap(line, face, size, width)]

        def draw(x: float, top: float) -> None:
            c = pen.c
            c.setFont(face, size)
            c.setFillGray(grey)
            y = top - size
            for line in wrapped:
                c.drawString(x, y, line)
                y -= size * gap
            c.setFillGray(0)

        return Blk(len(wrapped) * size * gap + 2, draw)

    if part.kind in ("main", "copy"):
        out += _header_blocks(pen, doc, part, width, k, doc.kind != "cert")
        if doc.kind == "cert":
            out += _cert_blocks(pen, doc, width, k)
        elif doc.kind == "id" and isinstance(record, Identity):
            out += _id_blocks(pen, doc, record, width, k, rng)
        else:
            out += _cell_blocks(pen, doc, part.secs, width, k, look.numbered)
            out.append(_sign_block(pen, doc, width, k, "sign"))
        return out
    if part.kind == "mandate":
        out += _header_blocks(pen, doc, part, width, k, False)
        out.append(text_block([w.word("mandate_text")], small, f.regular))
        out += _cell_blocks(pen, doc, part.secs, width, k, False)
        out.append(_sign_block(pen, doc, width, k, "sign_mandate"))
        return out
    out.append(text_block([part.head], 7.6 * k, f.bold))
    if part.kind in ("stub", "deposit"):
        secs = [Sec("stub", "", [it for sec in part.secs for it in sec.items])]
        out += _cell_blocks(pen, doc, secs, width, k * 0.92, False)
        lines = [w.word("case").format(look.case)]
        if part.kind == "deposit":
            lines.insert(0, w.word("deposit_note"))
        out.append(text_block(lines, small, f.regular, 0.25))
    elif part.kind == "slip":
        secs = [sec for sec in part.secs if sec.key == "slip"]
        note = next((sec.head for sec in part.secs if sec.key == "note"), "")
        out.append(text_block([secs[0].head], 8.2 * k, f.bold))
        out.append(text_block([note], small, f.italic, 0.2))
        out += _cell_blocks(pen, doc, [Sec("slip", "", secs[0].items)], width, k * 0.9, False)
        out.append(text_block([w.word("fee_got") + " " + _fmt_day(doc, doc.furniture[1])],
                              small, f.regular, 0.25))
    elif part.kind == "receipt":
        labels = [w.word("received"), w.word("clerk"), w.word("stamp")]
        out.append(_boxes_block(pen, doc, labels, width, k))
    elif part.kind == "pay":
        lines = [w.word("pay_to").format(doc.city),
                 f"{w.word('pay_iban')}: {group_iban(look.treasury_iban)}",
                 f"{w.word('pay_amount')}: {look.fee}",
                 f"{w.word('pay_ref')}: {look.cash_ref}"]
        out.append(text_block(lines, 7.6 * k, doc.vface, 0.0, 1.45))
    elif part.kind == "reply":
        out.append(text_block([w.word("postage")], small, f.regular, 0.3))
        addr = [doc.office, w.word("po_box").format(look.po_box), f"{look.po_code} {doc.city}"]
        out.append(text_block(addr, 9.5 * k, f.bold, 0.0, 1.35))
        out.append(text_block([w.word("glue")], small, f.italic, 0.4))
    elif part.kind == "info":
        lines = list(dict.fromkeys(w.pick("info") for _ in range(5)))
        out.append(text_block([f"– {line}" for line in lines], 8 * k, f.regular, 0.0, 1.5))
    return out


def _fmt_day(doc: Doc, d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _boxes_block(pen: Pen, doc: Doc, labels: list[str], width: float, k: float) -> Blk:
    h = 34 * k
    n = len(labels)

    def draw(x: float, top: float) -> None:
        c = pen.c
        bw = (width - (n - 1) * 4) / n
        for i, label in enumerate(labels):
            bx = x + i * (bw + 4)
            c.saveState()
            c.setStrokeColorRGB(*doc.tear.ink)
            c.setDash([2, 1.5])
            c.setLineWidth(0.5)
            c.rect(bx, top - h, bw, h, stroke=1, fill=0)
            c.restoreState()
            c.setFillColorRGB(*doc.tear.ink)
            c.setFont(doc.faces.regular, 6 * k)
            for j, line in enumerate(_wrap(label, doc.faces.regular, 6 * k, bw - 4)[:3]):
                c.drawString(bx + 2, top - 7 * k - j * 7 * k, line)
            c.setFillGray(0)

    return Blk(h + 3, draw)


def _sign_block(pen: Pen, doc: Doc, width: float, k: float, key: str) -> Blk:
    w = doc.words
    assert w is not None
    day = doc.printed or data.REFERENCE_DATE
    text = w.word("sign_place").format(doc.city, _fmt_day(doc, day))
    seed = sum(map(ord, doc.title))

    def draw(x: float, top: float) -> None:
        c = pen.c
        c.setFont(doc.vface, 8.4 * k)
        c.drawString(x, top - 14 * k, text)
        c.saveState()
        c.setStrokeColorRGB(*doc.tear.ink)
        c.setLineWidth(0.4)
        c.line(x + width * 0.5, top - 18 * k, x + width, top - 18 * k)
        c.restoreState()
        c.setFillColorRGB(*doc.tear.ink)
        c.setFont(doc.faces.regular, 6 * k)
        c.drawString(x + width * 0.5, top - 25 * k, w.word(key))
        c.setFillGray(0)
        _signature(pen, x + width * 0.55, top - 15 * k, random.Random(seed))

    return Blk(30 * k, draw)


def _id_blocks(pen: Pen, doc: Doc, record: Identity, width: float, k: float,
               rng: random.Random) -> list[Blk]:
    """A copy sheet: the copy of the document, a note and the typed data in cells."""
    w = doc.words
    assert w is not None
    cw, ch = _card_size(record, "both", 1.0)
    scale = min(1.2, width * 0.78 / cw) * k
    cw, ch = _card_size(record, "both", scale)
    style = rng.choice(VIZ_STYLES)
    seed = rng.randrange(10**6)

    def copy(x: float, top: float) -> None:
        _draw_copy(pen, record, "both", x + (width - cw) / 2, top - 4, scale, style,
                   random.Random(seed), False)

    out = [Blk(ch + 10, copy)]
    note = w.word("copy_note")

    def draw_note(x: float, top: float) -> None:
        pen.c.setFont(doc.faces.italic, 7.4 * k)
        pen.c.drawString(x, top - 8 * k, note)

    out.append(Blk(12 * k, draw_note))
    out += _cell_blocks(pen, doc, doc.sections, width, k, False)
    return out


Rect = tuple[float, float, float, float]
Cut = tuple[float, float, float, float, str, bool]


def _layout(doc: Doc, page: list[Part]) -> tuple[list[tuple[Part, Rect]], list[Cut]]:
    """Where each part of a sheet stands ((x, y, w, h), (x, y) the bottom-left corner) and the
    lines between them ((x0, y0, x1, y1), the kind of line, whether the part beyond was torn
    off)."""
    look = doc.tear
    m = 26.0
    gap = 14.0
    x0, x1, y0, y1 = m, PAGE_W - m, m + 10, PAGE_H - m
    regions: list[tuple[Part, Rect]] = []
    cuts: list[Cut] = []
    main, rest = page[0], page[1:]
    reply = [p for p in rest if p.kind == "reply"]
    if reply:
        hr = 150.0
        regions.append((reply[0], (x0, y1 - hr, x1 - x0, hr)))
        cuts.append((x0, y1 - hr - gap / 2, x1, y1 - hr - gap / 2, "fold", False))
        y1 -= hr + gap
    side = [p for p in rest if p.kind == "stub" and look.plan == "side"]
    if side:
        ws = 118.0
        if look.side == "left":
            regions.append((side[0], (x0, y0, ws, y1 - y0)))
            cuts.append((x0 + ws + gap / 2, y0, x0 + ws + gap / 2, y1, "slots", side[0].torn))
            x0 += ws + gap
        else:
            regions.append((side[0], (x1 - ws, y0, ws, y1 - y0)))
            cuts.append((x1 - ws - gap / 2, y1, x1 - ws - gap / 2, y0, "slots", side[0].torn))
            x1 -= ws + gap
    rest = [p for p in rest if p not in reply and p not in side]
    if main.kind not in ("main", "copy"):
        # a second sheet of parts stacked from the top
        parts = [main, *rest]
        total = sum(_weight(p) for p in parts)
        room = y1 - y0 - gap * (len(parts) - 1)
        y = y1
        for k, p in enumerate(parts):
            h = room * _weight(p) / total
            regions.append((p, (x0, y - h, x1 - x0, h)))
            if k:
                cuts.append((x0, y + gap / 2, x1, y + gap / 2, "slots", p.torn))
            y -= h + gap
        return regions, cuts
    if not rest:
        regions.insert(0, (main, (x0, y0, x1 - x0, y1 - y0)))
        return regions, cuts
    bottom = sum(_weight(p) for p in rest)
    hb = min(0.45, 0.15 * bottom) * (y1 - y0)
    regions.insert(0, (main, (x0, y0 + hb + gap, x1 - x0, y1 - y0 - hb - gap)))
    cuts.append((x0, y0 + hb + gap / 2, x1, y0 + hb + gap / 2, "slots",
                 len(rest) == 1 and rest[0].torn))
    if len(rest) == 1 or rest[0].kind in ("mandate", "slip"):
        room = hb - gap * (len(rest) - 1)
        y = y0 + hb
        for k, p in enumerate(rest):
            h = room * _weight(p) / bottom
            regions.append((p, (x0, y - h, x1 - x0, h)))
            if k:
                cuts.append((x0, y + gap / 2, x1, y + gap / 2, "slots", p.torn))
            y -= h + gap
    else:
        room = x1 - x0 - gap * (len(rest) - 1)
        x = x0
        for k, p in enumerate(rest):
            wd = room * _weight(p) / bottom
            regions.append((p, (x, y0, wd, hb)))
            if k:
                cuts.append((x - gap / 2, y0, x - gap / 2, y0 + hb, "slots", False))
            x += wd + gap
    return regions, cuts


def _weight(part: Part) -> float:
    return {"mandate": 2.2, "slip": 1.5, "stub": 1.0, "receipt": 0.8, "pay": 1.0,
            "deposit": 1.3, "info": 1.2, "copy": 4.0, "reply": 1.0}.get(part.kind, 1.0)


def _draw_part(pen: Pen, doc: Doc, part: Part, rect: Rect, record: Record,
               rng: random.Random) -> None:
    """A part's blocks, shrunk until they fit its rectangle, upright or turned."""
    x, y, wd, ht = rect
    c = pen.c
    pad = 6.0
    turned = part.turned
    inner_w, inner_h = (ht, wd) if turned == 90 else (wd, ht)
    seed = rng.randrange(10**6)
    if part.torn:
        return
    chosen: list[Blk] = []
    # a narrow strip keeps small type, so that a long number stays on one line
    first = 0.86 if inner_w < 200 else 1.3
    for k in (1.3, 1.2, 1.1, 1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5, 0.45):
        if k > first:
            continue
        chosen = _part_blocks(pen, doc, part, inner_w - 2 * pad, k, record, random.Random(seed))
        if sum(b.height for b in chosen) <= inner_h - 2 * pad:
            break
    c.saveState()
    if turned == 180:
        c.translate(x + wd, y + ht)
        c.rotate(180)
        ox, oy = 0.0, 0.0
    elif turned == 90:
        c.translate(x + wd, y)
        c.rotate(90)
        ox, oy = 0.0, 0.0
    else:
        ox, oy = x, y
    top = oy + inner_h - pad
    for blk in chosen:
        blk.draw(ox + pad, top)
        top -= blk.height
    c.restoreState()


def _draw_tearoff(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    w = _w(s)
    f = doc.faces
    n = len(doc.parts)
    for k, page in enumerate(doc.parts):
        if k:
            pen.new_page()
        regions, cuts = _layout(doc, page)
        for part, rect in regions:
            _draw_part(pen, doc, part, rect, record, rng)
        for ax, ay, bx, by, kind, torn in cuts:
            if torn:
                _torn_edge(pen, ax, ay, bx, by, rng.randrange(10**6))
                c = pen.c
                c.setFont(f.italic, 6)
                c.setFillGray(0.5)
                c.drawString(min(ax, bx) + 4, min(ay, by) - 9, w.word("torn"))
                c.setFillGray(0)
                continue
            note = w.word("fold") if kind == "fold" else w.pick("cut") if rng.random() < 0.8 \
                else ""
            _perforation(pen, ax, ay, bx, by, note, f.regular, kind, rng)
        c = pen.c
        c.setFont(f.regular, 6)
        c.setFillGray(0.4)
        c.drawString(26, 14, w.word("printer"))
        c.drawRightString(PAGE_W - 26, 14, w.word("page").format(k + 1, n))
        c.setFillGray(0)
    doc.drawn = n


# --- screenshot ----------------------------------------------------------------------------------

PHONE_W: Final = 360.0
PHONE_H: Final = 760.0
STATUS_H: Final = 22.0
HEAD_H: Final = 50.0
FOOT_H: Final = 26.0
CONTENT_H: Final = PHONE_H - STATUS_H - HEAD_H - FOOT_H
INNER: Final = PHONE_W - 32


def _shot_look(doc: Doc, s: Style, rng: random.Random) -> ShotLook:
    look = ShotLook()
    look.labels = rng.choice(("above", "above", "beside"))
    look.accent = rng.choice(((0.1, 0.35, 0.65), (0.0, 0.45, 0.4), (0.55, 0.15, 0.2),
                              (0.3, 0.25, 0.55)))
    look.android = rng.random() < 0.45
    look.frames = rng.random() < 0.6
    look.captions = rng.random() < 0.6
    look.overlap = rng.choice((1, 2, 2, 3))
    look.sheet_caption = rng.random() < 0.6
    look.sex = s.sex_mode
    return look


def _kv_lines(it: Fld, regular: str, bold: str) -> list[tuple[str, str]]:
    """A mail's key line: the label and the value on one line, or the value below it."""
    head = f"{it.label}:"
    if _sw(f"{head} {it.value}", bold, 14) <= INNER:
        return [(head, it.value)]
    return [(line, "") for line in _wrap(head, regular, 14, INNER)] + \
        [("", line) for line in _wrap(it.value, bold, 14, INNER)]


def _row_height(row: Row, doc: Doc) -> float:
    f = doc.faces
    look = doc.shot
    if row.kind == "head":
        return 34.0
    if row.kind in ("field", "inline") and row.fld is not None:
        it = row.fld
        if row.kind == "inline":
            vl = _wrap(it.value, f.bold, 14, INNER * 0.55)
            ll = _wrap(it.label, f.regular, 12, INNER * 0.42)
            return max(len(vl) * 17, len(ll) * 15) + 14
        ll = _wrap(it.label, f.regular, 12, INNER)
        vl = _wrap(it.value, f.bold, 15, INNER - (26 if look.labels == "beside" else 0))
        return len(ll) * 15 + len(vl) * 19 + 16
    if row.kind == "cfield" and row.fld is not None:
        ll = _wrap(row.fld.label, f.regular, 11, INNER * 0.4)
        vl = _wrap(row.fld.value, f.regular, 13.5, INNER * 0.56)
        return max(len(ll) * 13.5, len(vl) * 16.5) + 9
    if row.kind == "choice" and row.fld is not None:
        ll = _wrap(row.fld.label, f.regular, 12, INNER)
        n = sum(len(_wrap(o, f.bold, 12.5, INNER - 24)) for o in row.fld.options)
        return len(ll) * 15 + len(row.fld.options) * 8 + n * 16 + 12
    if row.kind in ("text", "bubble"):
        width = INNER * (0.78 if row.kind == "bubble" else 1.0)
        lines = _wrap(row.text, f.regular, 14, width - 20)
        return len(lines) * 18 + (26 if row.kind == "bubble" else 8)
    if row.kind == "kv" and row.fld is not None:
        return len(_kv_lines(row.fld, f.regular, f.bold)) * 18 + 6
    if row.kind == "mailhead":
        return 48.0 + 18 * len(_wrap(row.text, f.bold, 15, INNER))
    if row.kind == "chip":
        return 46.0
    if row.kind == "btn":
        return 56.0
    if row.kind == "amount":
        return 60.0
    if row.kind == "ctitle":
        return 44.0
    if row.kind == "cline":
        return len(_wrap(row.text, f.regular, 12.5, INNER - 20)) * 16 + 8
    if row.kind == "seal":
        return 70.0
    if row.kind == "zone":
        return 30.0 * max(1, len(row.text.split("\n"))) + 20
    if row.kind == "photo":
        return row.height
    if row.kind == "gap":
        return row.height or 10.0
    return 20.0


def _rows_of(doc: Doc, secs: list[Sec], beside: bool, cert: bool = False) -> list[Row]:
    rows: list[Row] = []
    for sec in secs:
        if sec.head:
            rows.append(Row("head", text=sec.head))
        for it in sec.items:
            if it.options:
                rows.append(Row("choice", it))
            else:
                rows.append(Row("cfield" if cert else "inline" if beside else "field", it))
    return rows


def _split_rows(rows: list[Row], doc: Doc, overlap: int, room: float = CONTENT_H - 10
                ) -> list[list[Row]]:
    """``rows`` scrolled over several screens: the last rows of one screen come again at the top
    of the next one (their fields as repeats)."""
    out: list[list[Row]] = [[]]
    used = 0.0
    i = 0
    while i < len(rows):
        row = rows[i]
        h = _row_height(row, doc)
        if out[-1] and used + h > room:
            orphan = [out[-1].pop()] if out[-1][-1].kind == "head" and len(out[-1]) > 1 else []
            carry = [r for r in out[-1][-overlap:] if r.kind != "head"] if overlap else []
            again = [Row(r.kind, r.fld.again() if r.fld is not None else None, r.text, r.sub,
                         r.height, r.mine) for r in carry]
            out.append(again + orphan)
            used = sum(_row_height(r, doc) for r in out[-1])
            if used + h > room:  # a tall row: start the screen with it alone
                out[-1] = []
                used = 0.0
            continue
        out[-1].append(row)
        used += h
        i += 1
    return out


def _app_title(doc: Doc, key: str) -> str:
    w = doc.words
    assert w is not None
    return w.word(key).format(doc.city)


def _panels(doc: Doc, record: Record, s: Style, rng: random.Random, pages: int) -> None:
    """The screenshots of a document (before they are laid out on the sheets)."""
    w = _w(s)
    look = doc.shot
    beside = look.labels == "beside"
    panels: list[Panel] = []
    ref = data.REFERENCE_DATE
    portal_key = {"antrag_zulassung": "portal_car",
                  "aufenthaltstitel_antrag": "portal_alien"}.get(doc.doc_type, "portal")

    def panel(app: str, title: str, rows: list[Row]) -> Panel:
        p = Panel(app, title, rows, _time(rng), rng.randint(8, 100),
                  accent=look.accent, android=look.android)
        p.dark = app in ("sms", "notes") and rng.random() < 0.3
        if rng.random() < 0.25:
            p.notify = w.pick("notify")
        return p

    def portal(secs: list[Sec]) -> list[Panel]:
        rows = [Row("ctitle", text=doc.title), *_rows_of(doc, secs, beside)]
        rows.append(Row("btn", text=w.word("send")))
        return [panel("portal", _app_title(doc, portal_key), chunk)
                for chunk in _split_rows(rows, doc, look.overlap)]

    def mail(subject: str, sender: str, body: list[Row], day: date) -> Panel:
        head = Row("mailhead", text=subject, sub=f"{sender} · {_app_day(s, day)}")
        return panel("mail", w.word("mail_app"), [head, *body])

    case = f"{ref.year % 100:02d}{rng.randint(10000, 99999)}"
    if doc.kind == "cert":
        assert isinstance(record, (Geburt, Ehe, Sterbe))
        rows = [Row("ctitle", text=w.cert_title(doc.doc_type)),
                Row("cline", text=f"Standesamt {record.office}")]
        rows += _rows_of(doc, doc.sections, False, True)
        issue = _find(doc, "issue_date")
        rows.append(Row("cline", text=f"{doc.city}, {issue.value if issue else ''}"))
        rows.append(Row("seal"))
        chunks = _split_rows(rows, doc, look.overlap, CONTENT_H - 40)
        if rng.random() < 0.5 and len(chunks) == 1:
            chunks = _split_rows(rows, doc, look.overlap, CONTENT_H * 0.55)
        if rng.random() < 0.45:
            day = _furniture_day(record, rng)
            doc.furniture.append(day)
            panels.append(mail(w.word("subject_cert"), f"Standesamt {record.office}",
                               [Row("text", text=w.prose("cert_mail")),
                                Row("chip", text=doc.title)], day))
        for chunk in chunks:
            panels.append(panel("viewer", doc.title, chunk))
    elif doc.kind == "id":
        assert isinstance(record, Identity)
        cw = _card_size(record, "both", 1.0)[0]
        k = min(1.45, (PHONE_W - 20) / cw)
        photo = Row("photo", text="copy", height=_card_size(record, "both", k)[1] + 30)
        panels.append(panel("gallery", w.word("gallery_app"), [photo]))
        zone = Row("zone", text="\n".join(record.lines))
        panels.append(panel("zoom", w.word("zone"), [Row("text", text=w.word("live_text")),
                                                      zone]))
        if rng.random() < 0.7:
            rows = [Row("ctitle", text=doc.title), *_rows_of(doc, doc.sections, beside)]
            for chunk in _split_rows(rows, doc, look.overlap):
                panels.append(panel("portal", _app_title(doc, portal_key), chunk))
        else:
            doc.sections.clear()  # only the photo and its zone: the upload screen is not sent
        if rng.random() < 0.5:
            panels.reverse()
    elif isinstance(record, Wohnungsgeber) and rng.random() < 0.5:
        # the landlord's e-mail in a mail app
        day = _furniture_day(record, rng)
        doc.furniture.append(day)
        # a mail: key lines under the greeting, the choice in words, the landlord as the
        # signature under the closing
        items = {sec.key: sec.items for sec in doc.sections}
        for it in (*items["new"], *items["tenants"], *items["landlord"]):
            it.options, it.chosen = (), -1
            if it.key in ("landlord_name", "landlord_address"):
                it.prose, it.label = True, ""
            else:
                it.label = w.mail(it.key)
        body: list[Row] = [Row("text", text=w.prose("landlord_intro"))]
        body += [Row("kv", it) for it in items["new"]]
        body.append(Row("text", text=w.prose("tenants_intro")))
        body += [Row("kv", it) for it in items["tenants"]]
        body += [Row("kv", it) for it in items["landlord"] if not it.prose]
        body.append(Row("text", text=w.prose("landlord_close")))
        body += [Row("text", it, text=it.value) for it in items["landlord"] if it.prose]
        chunks = _split_rows(body, doc, look.overlap, CONTENT_H - 80)
        panels.append(mail(w.word("subject_landlord"), record.landlord_name, chunks[0], day))
        for chunk in chunks[1:]:
            panels.append(panel("mail", w.word("mail_app"), chunk))
    elif isinstance(record, Zulassung):
        secs = [Sec(sec.key, sec.head, list(sec.items)) for sec in doc.sections]
        vehicle = next(sec for sec in secs if sec.key == "vehicle")
        mandate = next(sec for sec in secs if sec.key == "mandate")
        extra: list[Panel] = []
        budget = [3 if pages == 1 else 4]

        def take(p: float) -> bool:
            if budget[0] > 0 and rng.random() < p:
                budget[0] -= 1
                return True
            return False

        evb = _find(doc, "evb_number")
        if evb is not None and take(0.6):
            vehicle.items.remove(evb)
            until = _other_day(record, ref + timedelta(days=30), ref + timedelta(days=180), rng)
            doc.furniture.append(until)
            evb.prose = True
            text = w.prose("evb").format(evb=evb.value, day=s.date(until))
            extra.append(panel("sms", w.word("sender_ins"), [Row("bubble", evb, text=text)]))
        plate = _find(doc, "desired_plate")
        if plate is not None and take(0.5):
            vehicle.items.remove(plate)
            until = _other_day(record, ref + timedelta(days=10), ref + timedelta(days=90), rng)
            doc.furniture.append(until)
            plate.prose = True
            text = w.prose("plate").format(plate=plate.value, day=s.date(until))
            day = _furniture_day(record, rng)
            doc.furniture.append(day)
            extra.append(mail(w.word("sender_plate"), w.word("sender_plate"),
                              [Row("text", plate, text=text)], day))
        vin = _find(doc, "vin")
        if vin is not None and take(0.35):
            vehicle.items.remove(vin)
            vin.prose = True
            text = w.prose("vin").format(vin=vin.value)
            extra.append(panel("notes", w.word("notes_app"), [Row("text", vin, text=text)]))
        if take(0.5):
            secs.remove(mandate)
            bank = [Row("head", text=w.word("bank_app"))]
            for it in mandate.items:
                key = it.key if it.key in ("account_holder", "iban", "bic", "bank") else ""
                if key:
                    it.label = w.bank(key)
                    bank.append(Row("inline" if beside else "field", it))
            balance = f"{rng.randint(100, 9999)},{rng.randint(0, 99):02d} EUR"
            bank.insert(1, Row("amount", text=balance, sub=w.bank("balance")))
            extra.append(panel("bank", w.word("bank_app"), bank))
        panels += portal([sec for sec in secs if sec.items])
        rng.shuffle(extra)
        panels += extra
    else:
        panels += portal(doc.sections)
    if doc.kind == "form" and rng.random() < 0.45 and len(panels) < 6:
        day = _furniture_day(record, rng)
        doc.furniture.append(day)
        text = w.prose("got_mail").format(case=case)
        body = [Row("text", text=text)]
        if isinstance(record, Aufenthalt) and rng.random() < 0.6:
            appt = _other_day(record, ref + timedelta(days=5), ref + timedelta(days=60), rng)
            doc.furniture.append(appt)
            body.append(Row("text", text=w.prose("appt").format(
                day=s.date(appt), time=f"{rng.randint(8, 15)}:{rng.choice(('00', '15', '30'))}",
                desk=rng.randint(1, 24))))
        panels.append(mail(w.word("subject_confirm"), _app_title(doc, portal_key), body, day))
    if pages == 2 and len(panels) < 2:
        # two sheets want two screenshots: the screen is scrolled once more
        first = max(panels, key=lambda q: len(q.rows))
        mid = max(1, len(first.rows) // 2)
        carry = [Row(r.kind, r.fld.again() if r.fld is not None else None, r.text, r.sub,
                     r.height, r.mine) for r in first.rows[max(0, mid - 1):mid]
                 if r.kind in ("field", "inline", "cfield", "kv")]
        more = panel(first.app, first.title if first.app != "mail" else w.word("mail_app"),
                     carry + first.rows[mid:])
        first.rows = first.rows[:mid]
        panels.insert(panels.index(first) + 1, more)
    for k, p in enumerate(panels):
        p.caption = w.word("file").format(f"{k + 1}")
    doc.panels = panels
    doc.extras += [Sec("screens", "", [r.fld for p in panels for r in p.rows
                                       if r.fld is not None and r.fld.copy])]


def _app_day(s: Style, d: date) -> str:
    return s.date(d)


def _draw_status(pen: Pen, p: Panel, face: str, fg: float) -> None:
    c = pen.c
    c.setFillGray(fg)
    c.setFont(face, 11)
    c.drawString(20, PHONE_H - 16, p.time)
    # signal bars, wifi and battery
    x = PHONE_W - 132
    for i in range(4):
        c.rect(x + i * 5, PHONE_H - 16, 3.2, 3 + i * 2.2, stroke=0, fill=1)
    c.setStrokeGray(fg)
    c.setLineWidth(1.2)
    for r in (4.0, 7.5):
        c.arc(x + 32 - r, PHONE_H - 17 - r, x + 32 + r, PHONE_H - 17 + r, 50, 80)
    bx = PHONE_W - 46
    c.setLineWidth(0.8)
    c.roundRect(bx, PHONE_H - 17, 22, 10, 2.5, stroke=1, fill=0)
    c.rect(bx + 1.5, PHONE_H - 15.5, 19 * p.battery / 100, 7, stroke=0, fill=1)
    c.setFont(face, 9)
    c.drawRightString(bx - 4, PHONE_H - 16, f"{p.battery} %")


def _draw_panel(pen: Pen, doc: Doc, p: Panel, record: Record, rng: random.Random) -> None:
    """One screenshot in logical phone units (0..PHONE_W, 0..PHONE_H)."""
    c = pen.c
    f = doc.faces
    dark = p.dark or p.app in ("viewer", "gallery", "zoom")
    bg, fg, dim = ((0.12 if p.dark else 0.2), 0.93, 0.65) if dark else (1.0, 0.05, 0.45)
    c.saveState()
    path = c.beginPath()
    path.roundRect(0, 0, PHONE_W, PHONE_H, 22)
    c.clipPath(path, stroke=0, fill=0)
    c.setFillGray(bg)
    c.rect(0, 0, PHONE_W, PHONE_H, stroke=0, fill=1)
    _draw_status(pen, p, f.regular, fg)
    # title bar
    top = PHONE_H - STATUS_H
    if p.app == "portal":
        c.setFillColorRGB(*p.accent)
        c.rect(0, top - HEAD_H, PHONE_W, HEAD_H, stroke=0, fill=1)
        c.setFillGray(1)
    else:
        c.setFillGray(fg)
    size = min(15.0, (PHONE_W - 56) / max(1.0, _sw(p.title, f.bold, 1)))
    c.setFont(f.bold, size)
    c.drawString(40, top - 31, p.title)
    c.setLineWidth(2)
    c.setStrokeGray(1 if p.app == "portal" else 0.5)
    c.line(24, top - 26, 17, top - 21)
    c.line(17, top - 21, 24, top - 16)
    if p.notify:
        c.setFillGray(0.96)
        c.setStrokeGray(0.8)
        c.setLineWidth(0.5)
        c.roundRect(10, top - 46, PHONE_W - 20, 40, 10, stroke=1, fill=1)
        c.setFillGray(0.15)
        c.setFont(f.regular, min(11.0, (PHONE_W - 48) / max(1.0, _sw(p.notify, f.regular, 1))))
        c.drawString(22, top - 30, p.notify)
    y = top - HEAD_H - 8
    page_bg = p.app == "viewer"
    if page_bg:
        c.setFillGray(1)
        c.rect(8, FOOT_H, PHONE_W - 16, y - FOOT_H + 8, stroke=0, fill=1)
    for row in p.rows:
        h = _row_height(row, doc)
        _draw_row(pen, doc, p, row, 16, y, h, fg if not page_bg else 0.05,
                  dim if not page_bg else 0.4, record, rng)
        y -= h
    # bottom bar
    c.setFillGray(fg)
    if p.android:
        for i, xx in enumerate((PHONE_W * 0.3, PHONE_W * 0.5, PHONE_W * 0.7)):
            if i == 1:
                c.circle(xx, 12, 5, stroke=0, fill=1)
            else:
                c.rect(xx - 4, 8, 8, 8, stroke=0, fill=1)
    else:
        c.roundRect(PHONE_W / 2 - 60, 6, 120, 4.5, 2.2, stroke=0, fill=1)
    c.restoreState()
    c.saveState()
    c.setStrokeGray(0.3)
    c.setLineWidth(2.5 if doc.shot.frames else 0.6)
    c.roundRect(0, 0, PHONE_W, PHONE_H, 22, stroke=1, fill=0)
    c.restoreState()


def _draw_row(pen: Pen, doc: Doc, p: Panel, row: Row, x: float, top: float, h: float,
              fg: float, dim: float, record: Record, rng: random.Random) -> None:
    c = pen.c
    f = doc.faces
    beside = doc.shot.labels == "beside"
    if row.kind == "head":
        c.setFillColorRGB(*p.accent)
        c.setFont(f.bold, 13)
        c.drawString(x, top - 24, row.text)
        return
    if row.kind == "ctitle":
        c.setFillGray(fg)
        c.setFont(f.bold, 17)
        for k, line in enumerate(_wrap(row.text, f.bold, 17, INNER)[:2]):
            if p.app == "viewer":
                c.drawCentredString(PHONE_W / 2, top - 20 - k * 19, line)
            else:
                c.drawString(x, top - 20 - k * 19, line)
        return
    if row.kind == "cfield" and row.fld is not None:
        it = row.fld
        c.setFillGray(0.35)
        c.setFont(f.regular, 11)
        y = top - 12
        for line in _wrap(it.label, f.regular, 11, INNER * 0.4):
            c.drawString(x, y, line)
            y -= 13.5
        c.setFillGray(fg)
        c.setFont(f.regular, 13.5)
        y = top - 13
        for line in _wrap(it.value, f.regular, 13.5, INNER * 0.56):
            c.drawString(x + INNER * 0.44, y, line)
            y -= 16.5
        c.setStrokeGray(0.85)
        c.setLineWidth(0.4)
        c.line(x, top - h + 3, PHONE_W - 16, top - h + 3)
        return
    if row.kind == "field" and row.fld is not None:
        it = row.fld
        c.setFillGray(dim)
        c.setFont(f.regular, 12)
        y = top - 13
        for line in _wrap(it.label, f.regular, 12, INNER):
            c.drawString(x, y, line)
            y -= 15
        c.setFillGray(fg)
        c.setFont(f.bold, 15)
        y -= 4
        for line in _wrap(it.value, f.bold, 15, INNER - (26 if beside else 0)):
            c.drawString(x, y, line)
            y -= 19
        if p.app == "portal" and it.key in ("sex",) and doc.shot.sex == "dropdown":
            c.setStrokeGray(dim)
            c.setLineWidth(1)
            c.line(PHONE_W - 40, y + 25, PHONE_W - 34, y + 19)
            c.line(PHONE_W - 34, y + 19, PHONE_W - 28, y + 25)
        c.setStrokeGray(0.85 if fg < 0.5 else 0.35)
        c.setLineWidth(0.5)
        c.line(x, top - h + 4, PHONE_W - 16, top - h + 4)
        return
    if row.kind == "inline" and row.fld is not None:
        it = row.fld
        c.setFillGray(dim)
        c.setFont(f.regular, 12)
        y = top - 15
        for line in _wrap(it.label, f.regular, 12, INNER * 0.42):
            c.drawString(x, y, line)
            y -= 15
        c.setFillGray(fg)
        c.setFont(f.bold, 14)
        y = top - 15
        for line in _wrap(it.value, f.bold, 14, INNER * 0.55):
            c.drawRightString(PHONE_W - 16, y, line)
            y -= 17
        c.setStrokeGray(0.85 if fg < 0.5 else 0.35)
        c.setLineWidth(0.5)
        c.line(x, top - h + 4, PHONE_W - 16, top - h + 4)
        return
    if row.kind == "choice" and row.fld is not None:
        it = row.fld
        c.setFillGray(dim)
        c.setFont(f.regular, 12)
        y = top - 13
        for line in _wrap(it.label, f.regular, 12, INNER):
            c.drawString(x, y, line)
            y -= 15
        y -= 6
        for k, option in enumerate(it.options):
            c.setStrokeColorRGB(*p.accent)
            c.setLineWidth(1.3)
            c.circle(x + 8, y + 4, 7, stroke=1, fill=0)
            if k == it.chosen:
                c.setFillColorRGB(*p.accent)
                c.circle(x + 8, y + 4, 3.8, stroke=0, fill=1)
            c.setFillGray(fg)
            face = f.bold if k == it.chosen else f.regular
            c.setFont(face, 12.5)
            for line in _wrap(option, f.bold, 12.5, INNER - 24):
                c.drawString(x + 22, y, line)
                y -= 16
            y -= 8
        return
    if row.kind in ("text", "bubble"):
        width = INNER * (0.78 if row.kind == "bubble" else 1.0)
        lines = _wrap(row.text, f.regular, 14, width - 20)
        if row.kind == "bubble":
            c.setFillGray(0.88 if fg < 0.5 else 0.28)
            c.roundRect(x, top - h + 8, width, h - 12, 14, stroke=0, fill=1)
        c.setFillGray(fg)
        c.setFont(f.regular, 14)
        y = top - 22 if row.kind == "bubble" else top - 15
        for line in lines:
            c.drawString(x + (10 if row.kind == "bubble" else 0), y, line)
            y -= 18
        return
    if row.kind == "mailhead":
        c.setFillGray(fg)
        c.setFont(f.bold, 15)
        y = top - 20
        for line in _wrap(row.text, f.bold, 15, INNER):
            c.drawString(x, y, line)
            y -= 18
        c.setFont(f.regular, min(11.5, INNER / max(1.0, _sw(row.sub, f.regular, 1))))
        c.setFillGray(dim)
        c.drawString(x, y - 4, row.sub)
        c.setStrokeGray(0.8)
        c.line(x, top - h + 8, PHONE_W - 16, top - h + 8)
        return
    if row.kind == "kv" and row.fld is not None:
        # "label: value" as a line of the mail, the value in bold
        c.setFillGray(fg)
        y = top - 15
        for plain, bold in _kv_lines(row.fld, f.regular, f.bold):
            c.setFont(f.regular, 14)
            c.drawString(x, y, plain)
            c.setFont(f.bold, 14)
            c.drawString(x + (_sw(plain + " ", f.regular, 14) if plain else 0), y, bold)
            y -= 18
        return
    if row.kind == "chip":
        c.setStrokeGray(0.7)
        c.setFillGray(0.95)
        c.roundRect(x, top - 40, INNER, 34, 8, stroke=1, fill=1)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.rect(x + 8, top - 33, 16, 20, stroke=0, fill=1)
        c.setFillGray(0.1)
        c.setFont(f.regular, min(12.0, (INNER - 40) / max(1.0, _sw(row.text, f.regular, 1))))
        c.drawString(x + 32, top - 27, row.text)
        return
    if row.kind == "btn":
        c.setFillColorRGB(*p.accent)
        c.roundRect(x, top - 46, INNER, 36, 18, stroke=0, fill=1)
        c.setFillGray(1)
        size = min(14.0, (INNER - 24) / max(1.0, _sw(row.text, f.bold, 1)))
        c.setFont(f.bold, size)
        c.drawCentredString(PHONE_W / 2, top - 28 - size * 0.35, row.text)
        return
    if row.kind == "amount":
        c.setFillGray(dim)
        c.setFont(f.regular, 12)
        c.drawString(x, top - 16, row.sub)
        c.setFillGray(fg)
        c.setFont(f.bold, 22)
        c.drawString(x, top - 44, row.text)
        return
    if row.kind == "cline":
        c.setFillGray(fg)
        c.setFont(f.regular, 12.5)
        y = top - 14
        for line in _wrap(row.text, f.regular, 12.5, INNER - 20):
            c.drawString(x, y, line)
            y -= 16
        return
    if row.kind == "seal":
        _seal(pen, x + 50, top - 36, 28, 0.5)
        _signature(pen, x + 140, top - 30, random.Random(len(doc.title)))
        return
    if row.kind == "zone":
        face = mrz_font()
        lines = row.text.split("\n")
        size = min(16.0, (INNER - 4) / _sw("<" * len(lines[0]), face, 1))
        c.setFillGray(fg)
        c.setFont(face, size)
        for k, line in enumerate(lines):
            c.drawString(x, top - 24 - k * 28, line)
        return
    if row.kind == "photo" and isinstance(record, Identity):
        cw = _card_size(record, "both", 1.0)[0]
        zoom = min(1.45, (PHONE_W - 20) / cw)
        w2 = _card_size(record, "both", zoom)[0]
        c.saveState()
        _draw_copy(pen, record, "both", (PHONE_W - w2) / 2, top - 15, zoom,
                   rng.choice(VIZ_STYLES), random.Random(rng.randrange(10**6)), True)
        c.restoreState()
        return


def _arrangement(n: int) -> tuple[bool, int, int]:
    """(landscape, columns, rows) for ``n`` screens on one sheet."""
    if n == 1:
        return False, 1, 1
    if n == 2:
        return False, 2, 1
    if n == 3:
        return True, 3, 1
    if n == 4:
        return True, 4, 1
    return False, 3, 2


def _draw_screenshot(pen: Pen, record: Record, s: Style, rng: random.Random, doc: Doc,
                     pages: int) -> None:
    w = _w(s)
    panels = doc.panels
    per_page = [panels] if pages == 1 else [panels[:(len(panels) + 1) // 2],
                                            panels[(len(panels) + 1) // 2:]]
    f = doc.faces
    for k, group in enumerate(per_page):
        if k:
            pen.new_page()
        landscape, cols, rows_n = _arrangement(len(group))
        pw, ph = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
        pen.c.setPageSize((pw, ph))
        m = 28.0
        top_room = 30.0 if doc.shot.sheet_caption else 8.0
        cap = 14.0 if doc.shot.captions else 4.0
        gap = 12.0
        sx = (pw - 2 * m - gap * (cols - 1)) / (cols * PHONE_W)
        sy = (ph - 2 * m - top_room - rows_n * cap - gap * (rows_n - 1)) / (rows_n * PHONE_H)
        scale = min(sx, sy)
        cw, ch = PHONE_W * scale, PHONE_H * scale
        total_w = cols * cw + (cols - 1) * gap
        x0 = (pw - total_w) / 2
        c = pen.c
        if doc.shot.sheet_caption:
            key = "caption_cert" if doc.kind == "cert" else "caption_id" if doc.kind == "id" \
                else "caption"
            c.setFont(f.regular, 10)
            c.drawString(m, ph - m - 12, w.word(key))
        for i, p in enumerate(group):
            col, row = i % cols, i // cols
            px = x0 + col * (cw + gap)
            py = ph - m - top_room - (row + 1) * ch - row * (gap + cap)
            c.saveState()
            c.translate(px, py)
            c.scale(scale, scale)
            _draw_panel(pen, doc, p, record, rng)
            c.restoreState()
            if doc.shot.captions:
                c.setFont(f.regular, 7)
                c.setFillGray(0.35)
                c.drawCentredString(px + cw / 2, py - 9, p.caption)
                c.setFillGray(0)
    doc.drawn = len(per_page)


# --- whole documents -----------------------------------------------------------------------------


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


def _office_key(doc_type: str, record: Record) -> str:
    if doc_type in CERTIFICATES:
        return "office_civil"
    if isinstance(record, Identity) and record.person.nationality != "DEU":
        return "office_foreign"
    return {"antrag_zulassung": "office_vehicle",
            "aufenthaltstitel_antrag": "office_foreign"}.get(doc_type, "office")


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    layout = "tearoff" if w.tearoff else "screenshot"
    kind = "cert" if doc_type in CERTIFICATES else "id" if isinstance(record, Identity) \
        else "form"
    if w.tearoff:
        faces = _set4(SANS9[rng.randrange(len(SANS9))] if rng.random() < 0.7
                      else SERIF9[rng.randrange(len(SERIF9))])
    else:
        faces = _set4(SANS9[rng.randrange(3)])
    doc = Doc(doc_type, layout, kind, w.title(doc_type), _city(record), [], faces,
              faces.regular)
    doc.words = w
    mono = MONO9[rng.randrange(len(MONO9))]
    doc.vface = _reg(*mono) if w.tearoff and rng.random() < 0.6 else faces.regular
    if w.tearoff:
        doc.office = w.word(_office_key(doc_type, record)).format(doc.city)
        doc.tear = _tear_look(doc, s, rng, record)
    else:
        doc.shot = _shot_look(doc, s, rng)
    _content(record, s, rng, doc)
    doc.printed = _furniture_day(record, rng)
    doc.furniture.append(doc.printed)
    doc.furniture.append(_furniture_day(record, rng))
    return doc


def build_sheets(record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> Doc:
    """The document with its parts on each sheet (``tearoff``) or its screenshots
    (``screenshot``): everything the drawing shows, before it is drawn."""
    doc = build_doc(record, s, rng, doc_type)
    if doc.layout == "tearoff":
        _tear_parts(doc, record, s, rng, pages)
    else:
        _panels(doc, record, s, rng, pages)
    return doc


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    doc = build_sheets(record, s, rng, doc_type, pages)
    if doc.layout == "tearoff":
        _draw_tearoff(pen, record, s, rng, doc)
    else:
        _draw_screenshot(pen, record, s, rng, doc, pages)
    return doc


def draw_extra35(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Fld", "Panel", "Part", "build_doc", "build_sheets",
           "draw_doc", "draw_extra35", "fields", "truth_days"]
