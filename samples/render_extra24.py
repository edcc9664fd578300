"""The twenty-fourth extra pair of blind held-out layouts: ``history`` and ``contract``.

``history`` is the print of a case's change history from an authority's case-management system
(an audit trail): a header with the system, the case number, the printing user and the print
time (never a truth date), then a chronological table or list of events, each with a time stamp
(never a truth date), a user id, an action and, for field changes, the field's name in the
system's naming (plain words, abbreviations or technical names, one scheme per document) with
its old and new value (arrow lines, before / after columns, or a sentence). The truth is each
field's final state: some fields are set once (often in a creation event that lists several
fields), some are changed once or twice, some are first left empty and filled later; old values
are never truth values. About a third of the documents close with a current-state block.
Certificates are the history of a register entry (entry, correction, issue of a certificate
whose issue date is printed as a value), identity documents a document check log that embeds
the picture of the document. A two-page plan continues the log on a second sheet.

``contract`` embeds the data in a legal-style document: a tenancy contract excerpt (registration
and landlord confirmation), a purchase agreement with a registration clause (vehicle), an
employment or study confirmation (residence permit), with the parties block at the top, numbered
paragraphs with headings, values in running prose and in indented lines, defined terms, a
closing with place and date (never a truth date), signature lines, initials in the margin and
a page footer; certificates as a notarially certified copy of a register extract, identity
documents as a notarial record of an identification with the picture of the document.

Both draw straight from the record with the wording of ``samples.wording_extra24``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.pdfbase import pdfmetrics

from samples import data
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
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.render_extra13 import _furniture_day, _truth_strings
from samples.render_extra23 import _wrong_day, _wrong_digits, _wrong_name
from samples.truth import truth_fields
from samples.wording_extra24 import (
    DWELLING24,
    ID_KINDS24,
    MARITAL24,
    PURPOSE24,
    ROLE24,
    SEX_LETTERS24,
    Extra24Wording,
    nationality_word,
    printed_dates,
    sex_text,
)

CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
NATIONS = ("DEU", "POL", "TUR", "ITA", "UKR", "SYR", "ROU", "GRC", "ESP", "FRA")

# --- content ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), the earlier values of
    the field (history: oldest first, ``""`` for an empty field) and the person it belongs to
    when a document has two (spouses)."""

    key: str
    value: str
    name: str = ""
    olds: list[str] = field(default_factory=list)
    who: str = ""


@dataclass(slots=True)
class Change:
    fld: Fld
    old: str | None  # None: set in a listing (creation), "" an empty field filled
    new: str


@dataclass(slots=True)
class Event:
    day: date
    time: str
    user: str
    action: str
    changes: list[Change] = field(default_factory=list)
    note: str = ""
    image: bool = False


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    fields: list[Fld]
    events: list[Event] = field(default_factory=list)
    zone: tuple[str, ...] = ()
    state: bool = False
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # distractor names (never truth values)


def _w(s: Style) -> Extra24Wording:
    assert isinstance(s.words, Extra24Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed value of a document (for tests)."""
    return list(doc.fields)


def _truth_days(record: Record) -> set[str]:
    return {v for v in truth_fields(record).values()
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"}


def _taken(record: Record) -> set[str]:
    """Every truth value, its words and all its date printings (distractors hit none)."""
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(date.fromisoformat(d))
    return out


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


def _stranger(record: Record, rng: random.Random, doc: Doc) -> tuple[Person, Address]:
    """A person and an address that are none of the truth's values (a landlord, seller,
    employer or notary)."""
    taken = _taken(record)
    for _ in range(40):
        p = data.person(rng, rng.choice(NATIONS[:3]), particles=False)
        a = data.address(rng)
        words = {*p.family.split(), *p.given.split(), p.full, a.street, a.line}
        if not words & taken:
            doc.others += [p.full, p.family]
            return p, a
    p = Person("Ottokar", "Quellenberg-Wirtz", "M", "DEU", date(1961, 5, 3), "Hagen")
    doc.others += [p.full, p.family]
    return p, data.address(rng)


class _B:
    """Builds the fields of a document and the earlier values a case history shows."""

    def __init__(self, s: Style, rng: random.Random, record: Record) -> None:
        self.s, self.rng, self.record = s, rng, record
        self.taken = _taken(record)
        self.out: list[Fld] = []

    def add(self, key: str, value: str, name: str = "", *, old: str = "", who: str = "",
            never: bool = False) -> Fld:
        f = Fld(key, value, name, who=who)
        if name and not never:
            self._olds(f, old)
        self.out.append(f)
        return f

    def _olds(self, f: Fld, kind: str) -> None:
        r = self.rng.random()
        if r < 0.5:
            return
        count = 2 if r > 0.86 else 1
        if r < 0.6 or not kind:  # left empty at first, filled later
            f.olds = [""]
            return
        olds: list[str] = []
        for _ in range(count):
            cand = self._wrong(f, kind)
            if cand and cand != f.value and cand not in self.taken and cand not in olds:
                olds.append(cand)
        if self.rng.random() < 0.25:
            olds.insert(0, "")
        f.olds = olds

    def _wrong(self, f: Fld, kind: str) -> str:
        rng, record = self.rng, self.record
        if kind.startswith("date:"):
            d = date.fromisoformat(kind[5:])
            return self.s.date(_wrong_day(record, d, rng))
        if kind == "digits":
            return _wrong_digits(f.value, record, rng)
        if kind == "name":
            return _wrong_name(f.value, record, rng)
        if kind.startswith("sex:"):
            code = rng.choice([c for c in SEX_LETTERS24 if c != kind[4:]])
            return sex_text(code, self.s.sex_mode)
        if kind.startswith("nat:"):
            code = rng.choice([c for c in NATIONS if c != kind[4:]])
            return nationality_word(code, self.s.nationality_mode)
        return ""

    def date(self, key: str, d: date, name: str = "", never: bool = False,
             who: str = "") -> Fld:
        return self.add(key, self.s.date(d), name, old=f"date:{d.isoformat()}", who=who,
                        never=never)

    def person(self, p: Person, prefix: str = "", *, pob: bool = True, status: bool = True,
               who: str = "", sex: bool = True, birth_name: bool = True) -> None:
        s = self.s
        self.add("family_name", " ".join(p.family.split()), prefix + "family_name", old="name",
                 who=who)
        self.add("given_names", " ".join(p.given.split()), prefix + "given_names", old="name",
                 who=who)
        if birth_name and p.birth_name:
            self.add("birth_name", p.birth_name, "birth_name", old="name", who=who)
        self.date("date_of_birth", p.dob, prefix + "date_of_birth", who=who)
        if pob:
            self.add("place_of_birth", p.pob, "place_of_birth", who=who)
        if status and sex:
            self.add("sex", sex_text(p.sex, s.sex_mode), "sex", old=f"sex:{p.sex}")
        if status:
            self.add("nationality", nationality_word(p.nationality, s.nationality_mode),
                     "nationality", old=f"nat:{p.nationality}")

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city")
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number")
            self.add("city_line", a.city_line, "postal_code+city")
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number", old="digits")
            self.add("postal_code", a.postal_code, "postal_code", old="digits")
            self.add("city", a.city, "city")


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, record)
    hist = _w(s).history
    match record:
        case Anmeldung():
            b.person(record.person)
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.previous:
                b.add("previous_address", record.previous, "previous_address")
            if record.dwelling:
                b.add("dwelling", DWELLING24[record.dwelling][0 if not hist else rng.randrange(2)],
                      "dwelling", never=True)
            b.add("marital", MARITAL24[_MARITAL.index(record.marital)]
                  if record.marital in _MARITAL else MARITAL24[0])
            if record.phone and rng.random() < 0.6:
                b.add("phone", record.phone)
        case Wohnungsgeber():
            b.add("landlord_name", record.landlord_name, "landlord_name")
            b.add("landlord_address", record.landlord_address.line, "landlord_address")
            b.add("role", ROLE24[record.landlord_is_owner][0 if not hist else rng.randrange(2)])
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            for t in record.tenants:
                b.add("tenant", " ".join(t.split()), "tenant_names", never=True)
        case Geburt():
            b.person(record.child, birth_name=False, status=False)
            b.add("sex", sex_text(record.child.sex, s.sex_mode), "sex",
                  old=f"sex:{record.child.sex}")
            b.add("birth_time", record.birth_time)
            b.add("mother_name", record.mother, "mother_name")
            if record.father:
                b.add("father_name", record.father, "father_name")
            _register(b, record)
        case Ehe():
            b.person(record.spouse1, "spouse1_", pob=False, status=False, who="spouse1")
            b.person(record.spouse2, "spouse2_", pob=False, status=False, who="spouse2")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            _register(b, record)
        case Sterbe():
            b.person(record.person, status=False, birth_name=False)
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            b.add("last_residence", record.last_residence)
            _register(b, record)
        case Zulassung():
            b.person(record.holder, "holder_", pob=False, status=False, birth_name=False)
            b.address(record.address)
            b.add("make", record.make)
            b.add("model", record.model)
            b.add("vin", record.vin, "vin", old="digits")
            b.add("evb_number", record.evb, "evb_number")
            if record.plate:
                b.add("desired_plate", record.plate, "desired_plate")
            b.add("account_holder", record.account_holder, "account_holder")
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban", old="digits")
            if rng.random() < 0.7:
                b.add("bic", record.bic)
        case Aufenthalt():
            b.person(record.person, sex=False, birth_name=False)
            b.add("passport_number", record.passport_number, "passport_number", old="digits")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            b.add("purpose", PURPOSE24[record.purpose][0 if not hist else rng.randrange(2)],
                  "purpose", never=True)
            b.address(record.address)
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.mrz_format == "TD3" else "I"
            b.add("doc_kind", ID_KINDS24[kind][rng.randrange(2) if hist else 0], "mrz_format",
                  never=True)
            b.add("doc_number", record.document_number, "document_number", never=True)
            b.add("family_name", str(t["family_name"]), "family_name", never=True)
            b.add("given_names", str(t["given_names"]), "given_names", never=True)
            b.add("date_of_birth", s.date(record.person.dob), "date_of_birth", never=True)
            b.add("expiry_date", s.date(record.expiry), "expiry_date", never=True)
            if rng.random() < 0.5:
                b.add("nationality", nationality_word(str(t["nationality"]),
                                                      s.nationality_mode), "nationality",
                      never=True)
            if rng.random() < 0.5:
                b.add("issuing_state", record.issuing_state, "issuing_state", never=True)
            if rng.random() < 0.4:
                b.add("sex", sex_text(str(t["sex"]), "word"), "sex", never=True)
            doc.zone = tuple(record.lines)
    doc.fields = b.out


_MARITAL = ("ledig", "verheiratet", "geschieden", "verwitwet")


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.add("registry_office", f"Standesamt {r.office}", "registry_office", never=True)
    b.add("register_number", r.register, "register_number", old="digits")
    b.date("issue_date", r.issue, "issue_date", never=True)


# --- history events ---------------------------------------------------------------------------


def _user(rng: random.Random) -> str:
    letters = "".join(rng.choice("bcdfghklmnprstwz") for _ in range(rng.choice((3, 4))))
    style = rng.randrange(3)
    if style == 0:
        return f"{letters}{rng.randint(1, 99):02d}"
    if style == 1:
        return f"{letters.upper()}-{rng.randint(100, 999)}"
    return f"{letters[0]}.{letters[1:]}"


def _events(doc: Doc, record: Record, s: Style, rng: random.Random) -> None:
    w = _w(s)
    users = [_user(rng) for _ in range(rng.randint(2, 4))]
    seconds = rng.random() < 0.5

    def stamp() -> str:
        h, m = rng.randint(7, 17), rng.randint(0, 59)
        return f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}" if seconds else f"{h:02d}:{m:02d}"

    cert = isinstance(record, Geburt | Ehe | Sterbe)
    ident = isinstance(record, Identity)
    flds = doc.fields
    issue = next((f for f in flds if f.key == "issue_date"), None)
    # days: a run of days before the print, none of them a truth date
    if cert:
        assert isinstance(record, Geburt | Ehe | Sterbe)
        start = max(record.issue - timedelta(days=rng.randint(60, 400)), date(2012, 1, 1))
    else:
        start = data.REFERENCE_DATE - timedelta(days=rng.randint(25, 70))
    day = other_day(record, start, rng, 3)

    def next_day(most: int = 6) -> date:
        nonlocal day
        day = other_day(record, day + timedelta(days=rng.randint(0, most)), rng, 0)
        doc.furniture.append(day)
        return day

    events: list[Event] = []
    first = [f for f in flds if f is not issue and (not f.olds or f.olds[0])]
    listing = [Change(f, None, f.olds[0] if f.olds else f.value) for f in first]
    if ident:  # the scan with the picture, the check, then the read data
        events.append(Event(next_day(0), stamp(), users[0], w.action("scan"), image=True))
        events.append(Event(day, stamp(), users[0], w.action("scan_ok")))
        events.append(Event(day, stamp(), users[-1], w.action("scan_fields"), listing))
    else:
        events.append(Event(next_day(0), stamp(), users[0],
                            w.action("reg_created" if cert else rng.choice(("created",
                                                                            "taken"))),
                            listing))
    # later steps: each field's remaining states in order, a few fields per event
    queues: dict[int, list[tuple[Fld, str, str]]] = {}
    for f in flds:
        if f is issue:
            continue
        states = [*f.olds, f.value]
        for old, new in itertools.pairwise(states):
            queues.setdefault(id(f), []).append((f, old, new))
    keys = list(queues)
    while keys:
        k = rng.choice(keys)
        batch = [queues[k].pop(0)]
        for k2 in keys:
            if k2 != k and queues[k2] and rng.random() < 0.25 and len(batch) < 3:
                batch.append(queues[k2].pop(0))
        keys = [x for x in keys if queues[x]]
        if rng.random() < 0.3:
            events.append(Event(next_day(4), stamp(), rng.choice(users),
                                w.action(rng.choice(("checked", "assigned")))))
        kind = "reg_fixed" if cert else ("filled" if all(a == "" for _, a, _ in batch)
                                         else "changed")
        note = w.word("reason") if rng.random() < 0.3 else ""
        events.append(Event(next_day(5), stamp(), rng.choice(users), w.action(kind),
                            [Change(f, a, b) for f, a, b in batch], note))
    if issue is not None:  # issued just after the issue date (a stamp is never a truth date)
        assert isinstance(record, Geburt | Ehe | Sterbe)
        day = max(day, other_day(record, record.issue, rng, 2))
        events.append(Event(next_day(0), stamp(), rng.choice(users), w.action("reg_issued"),
                            [Change(issue, None, issue.value)]))
    if rng.random() < 0.5:
        events.append(Event(next_day(3), stamp(), users[0], w.action("checked")))
    events.append(Event(next_day(2), stamp(), rng.choice(users), w.action("printed")))
    doc.events = events
    doc.printed = day
    doc.state = rng.random() < 0.34


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The document's content: the printed fields and, for ``history``, the events."""
    w = _w(s)
    doc = Doc(doc_type, w.title(doc_type), _city(record), [])
    _content(record, s, rng, doc)
    if w.history:
        _events(doc, record, s, rng)
    else:
        doc.printed = _furniture_day(record, rng, 60)
        doc.furniture.append(doc.printed)
    return doc


# --- text layout ------------------------------------------------------------------------------

Run = tuple[str, str]  # text, face
Seg = tuple[float, str, str, float]  # x offset, text, face, size


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def wrap_runs(runs: list[Run], size: float, width: float) -> list[list[Seg]]:
    """Greedy wrapping of runs in several faces; words of one face on a line stay one
    string."""
    words: list[tuple[str, str, bool]] = []  # word, face, space before
    space_next = False
    for text, face in runs:
        if not text:
            continue
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if p:
                words.append((p, face, space_next or (i > 0 and bool(words))))
                space_next = False
            elif i > 0:
                space_next = True
        if text.endswith(" "):
            space_next = True
    lines: list[list[Seg]] = []
    cur: list[Seg] = []
    x = 0.0
    for word, face, space in words:
        gap = _sw(" ", face, size) if space and cur else 0.0
        ww = _sw(word, face, size)
        if cur and x + gap + ww > width:
            lines.append(cur)
            cur, x, gap = [], 0.0, 0.0
        if cur and cur[-1][2] == face and gap:
            ox, t, f, sz = cur[-1]
            cur[-1] = (ox, f"{t} {word}", f, sz)
        elif cur and cur[-1][2] == face and not gap:
            ox, t, f, sz = cur[-1]
            cur[-1] = (ox, t + word, f, sz)
        else:
            cur.append((x + gap, word, face, size))
        x += gap + ww
    if cur:
        lines.append(cur)
    return lines or [[]]


Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    height: float
    draw: Draw
    breakable: bool = True


def _split(blocks: list[Block], room: list[float]) -> list[list[Block]]:
    total = sum(b.height for b in blocks)
    cands = [i for i, b in enumerate(blocks) if b.breakable and 0 < i < len(blocks)]
    if not cands:
        cands = list(range(1, max(2, len(blocks))))

    def cost(i: int) -> float:
        first = sum(b.height for b in blocks[:i])
        over = max(0.0, first - room[0]) + max(0.0, total - first - room[1])
        return over * 1000 + abs(first - total * 0.55)

    cut = min(cands, key=cost)
    return [blocks[:cut], blocks[cut:]]


def _fits(chunks: list[list[Block]], room: list[float]) -> bool:
    return all(sum(b.height for b in chunk) <= room[min(k, len(room) - 1)]
               for k, chunk in enumerate(chunks))


@dataclass(slots=True)
class _Cx:
    pen: Pen
    faces: Set4
    value_face: str
    x0: float
    x1: float
    fs: float
    lead: float
    rng: random.Random
    words: Extra24Wording
    record: Record
    viz: str
    sub: random.Random
    accent: RGB = (0.0, 0.0, 0.0)


def _para(cx: _Cx, runs: list[Run], indent: float = 0.0, size: float | None = None,
          after: float = 0.4, align: str = "left", breakable: bool = True,
          colour: float = 0.0) -> Block:
    size = size or cx.fs
    width = cx.x1 - cx.x0 - indent
    lines = wrap_runs(runs, size, width)
    lead = size * cx.lead
    h = lead * len(lines) + size * after

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setFillGray(colour)
        y = top - size
        for line in lines:
            lw = (line[-1][0] + _sw(line[-1][1], line[-1][2], line[-1][3])) if line else 0.0
            x = cx.x0 + indent
            if align == "centre":
                x = cx.x0 + indent + (width - lw) / 2
            elif align == "right":
                x = cx.x1 - lw
            for ox, t, f, sz in line:
                c.setFont(f, sz)
                c.drawString(x + ox, y, t)
            y -= lead
        c.setFillGray(0)

    return Block(h, draw, breakable)


def _space(h: float) -> Block:
    return Block(h, lambda top: None)


def _rule(cx: _Cx, width: float = 0.6, gap: float = 4.0, grey: float = 0.0) -> Block:
    def draw(top: float) -> None:
        c = cx.pen.c
        c.setStrokeGray(grey)
        c.setLineWidth(width)
        c.line(cx.x0, top - gap / 2, cx.x1, top - gap / 2)
        c.setStrokeGray(0)

    return Block(gap, draw)


def _image(cx: _Cx, frac: float, caption: str) -> Block:
    r = cx.record
    assert isinstance(r, Identity)
    part = "both"
    base_w, _ = _card_size(r, part, 1.0)
    scale = min(1.25, (cx.x1 - cx.x0) * frac / base_w)
    w0, h0 = _card_size(r, part, scale)
    cap = cx.fs * 0.8
    h = h0 + cap * 2.6 + 8
    indent = (cx.x1 - cx.x0 - w0) * cx.rng.choice((0.0, 0.5, 0.15))

    def draw(top: float) -> None:
        c = cx.pen.c
        x = cx.x0 + indent
        c.setStrokeGray(0.55)
        c.setLineWidth(0.5)
        c.rect(x - 4, top - h0 - 8, w0 + 8, h0 + 8, stroke=1, fill=0)
        _draw_copy(cx.pen, r, part, x, top - 4, scale, cx.viz, cx.sub, True)
        c.setFont(cx.faces.italic, cap)
        c.setFillGray(0.3)
        c.drawString(x - 4, top - h0 - 8 - cap * 1.4, caption)
        c.setFillGray(0)

    return Block(h, draw, True)


# --- history ----------------------------------------------------------------------------------


def _fname(w: Extra24Wording, f: Fld) -> str:
    name = w(f.key)
    if f.who:
        q = w.person(f.who)
        return f"{name}{q}" if w.scheme == 2 else f"{name} {q}"
    return name


def _shown(w: Extra24Wording, v: str | None) -> str:
    return v if v else w.word("empty")


def _stamp(s: Style, e: Event) -> str:
    return f"{s.date(e.day)} {e.time}"


def _change_text(w: Extra24Wording, ch: Change, how: str, arrow: str) -> str:
    name = _fname(w, ch.fld)
    if ch.old is None:
        if how == "sentence":
            return w.phrase("set").format(f=name, b=ch.new)
        return f"{name}: {ch.new}"
    if how == "sentence":
        if ch.old == "":
            return w.phrase("fill").format(f=name, b=ch.new)
        return w.phrase("change").format(f=name, a=ch.old, b=ch.new)
    return f"{name}: {_shown(w, ch.old)}{arrow}{ch.new}"


def _cells(cx: _Cx, cols: list[float], texts: list[tuple[str, str]], size: float,
           grey: float = -1.0, bold: bool = False) -> Block:
    """One table row: wrapped cells (a word wider than its cell gets a smaller size)."""
    pad = 2.5
    wrapped: list[tuple[list[list[Seg]], float]] = []
    for (text, face), (a, b) in zip(texts, itertools.pairwise(cols), strict=False):
        width = b - a - 2 * pad
        sz = size
        longest = max((_sw(t, face, sz) for t in text.split()), default=0.0)
        if longest > width:
            sz = max(4.0, sz * width / longest)
        wrapped.append((wrap_runs([(text, face)], sz, width) if text else [[]], sz))
    lead = size * cx.lead
    n = max(len(lines) for lines, _ in wrapped)
    h = lead * n + 4

    def draw(top: float) -> None:
        c = cx.pen.c
        if grey >= 0:
            c.setFillGray(grey)
            c.rect(cx.x0 + cols[0], top - h, cols[-1] - cols[0], h, stroke=0, fill=1)
            c.setFillGray(0)
        for (lines, sz), a in zip(wrapped, cols, strict=False):
            y = top - 2 - sz
            for line in lines:
                for ox, t, f, s2 in line:
                    c.setFont(f, s2)
                    c.drawString(cx.x0 + a + pad + ox, y, t)
                y -= lead
        c.setStrokeGray(0.72)
        c.setLineWidth(0.35)
        c.line(cx.x0 + cols[0], top - h, cx.x0 + cols[-1], top - h)
        c.setStrokeGray(0)

    return Block(h, draw, True)


def _history_blocks(cx: _Cx, doc: Doc, s: Style, how: str) -> tuple[list[Block], Block | None]:
    w = cx.words
    f = cx.faces
    vf = cx.value_face
    width = cx.x1 - cx.x0
    arrow = cx.rng.choice((" -> ", " => ", " >> ", " > "))
    blocks: list[Block] = []
    head: Block | None = None
    size = cx.fs
    if how in ("table6", "table4"):
        if how == "table6":
            fr = [0.0, 0.14, 0.25, 0.42, 0.62, 0.81, 1.0]
            caps = ["col_time", "col_user", "col_action", "col_field", "col_old", "col_new"]
        else:
            fr = [0.0, 0.15, 0.26, 0.45, 1.0]
            caps = ["col_time", "col_user", "col_action", "col_detail"]
        cols = [x * width for x in fr]
        head = _cells(cx, cols, [(w.word(k), f.bold) for k in caps], size * 0.92, grey=0.86)
        for e in doc.events:
            lead = [(_stamp(s, e), f.regular), (e.user, vf), (e.action, f.regular)]
            if how == "table6":
                rows = [[(_fname(w, ch.fld), f.regular),
                         ("" if ch.old is None else _shown(w, ch.old), vf), (ch.new, vf)]
                        for ch in e.changes] or [[("", vf), ("", vf), (e.note, f.italic)]]
                for i, row in enumerate(rows):
                    first = lead if i == 0 else [("", vf)] * 3
                    blocks.append(_cells(cx, cols, first + row, size))
                if e.note and e.changes:
                    blocks.append(_cells(cx, cols, [("", vf)] * 5 + [(e.note, f.italic)],
                                         size * 0.9))
            else:
                detail = "; ".join(_change_text(w, ch, "arrow" if cx.rng.random() < 0.6
                                                else "sentence", arrow) for ch in e.changes)
                if e.note:
                    detail = f"{detail} ({e.note})" if detail else e.note
                blocks.append(_cells(cx, cols, [*lead, (detail, vf)], size))
            if e.image:
                blocks.append(_image(cx, 0.6, w.word("image")))
    else:
        sentence = cx.rng.random() < 0.5
        for e in doc.events:
            blocks.append(_para(cx, [(_stamp(s, e) + "  ", f.bold), (e.user + "  ", vf),
                                     (e.action, f.regular)], after=0.15))
            for ch in e.changes:
                text = _change_text(w, ch, "sentence" if sentence and ch.old is not None
                                    else "arrow", arrow)
                blocks.append(_para(cx, [(text, vf)], indent=size * 2.2, after=0.1))
            if e.note:
                blocks.append(_para(cx, [(e.note, f.italic)], indent=size * 2.2, after=0.1))
            if e.image:
                blocks.append(_image(cx, 0.55, w.word("image")))
            blocks.append(_space(size * 0.35))
    if doc.state:
        blocks.append(_space(size * 0.6))
        blocks.append(_para(cx, [(w.word("state"), f.bold)], size=size * 1.08, after=0.3,
                            breakable=True))
        for fl in doc.fields:
            blocks.append(_para(cx, [(_fname(w, fl) + ": ", f.regular), (fl.value, vf)],
                                indent=size * 1.2, after=0.05, breakable=False))
    blocks.append(_space(size * 0.5))
    blocks.append(_para(cx, [(w.word("end"), f.italic)], after=0.2, breakable=False))
    return blocks, head


def draw_history(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _set4(rng.choice(SANS9 if rng.random() < 0.7 else SERIF9))
    mono = _reg(*rng.choice(MONO9)) if rng.random() < 0.55 else faces.regular
    margin = rng.uniform(36, 62)
    cx = _Cx(pen, faces, mono, margin, PAGE_W - margin + rng.uniform(-8, 4),
             rng.uniform(7.6, 9.4), rng.uniform(1.18, 1.34), rng, w, record,
             rng.choice(VIZ_STYLES), random.Random(rng.random()))
    how = rng.choice(("table6", "table4", "list"))
    case_no = f"{rng.choice(('VG', 'F', 'A'))}-{rng.randint(2025, 2026)}-{rng.randint(1000, 99999)}"
    system = w.word("system")
    office = f"{w.word('office')}: {rng.randint(10, 69)}.{rng.randint(1, 9)}"
    printer = _user(rng)
    assert doc.printed is not None
    printed = f"{s.date(doc.printed)} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    seed = rng.random()
    top_room = [PAGE_H - 150.0, PAGE_H - 90.0]
    bottom = 46.0
    chunks: list[list[Block]] = []
    head: Block | None = None
    for _ in range(40):
        cx.rng = random.Random(seed)  # the same choices at every size
        blocks, head = _history_blocks(cx, doc, s, how)
        hh = head.height if head else 0.0
        room = [top_room[k] - bottom - hh for k in range(pages)]
        chunks = [blocks] if pages == 1 else _split(blocks, room)
        if _fits(chunks, room) or cx.fs < 4.6:
            break
        cx.fs *= 0.95
    total = len(chunks)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        c = pen.c
        y = PAGE_H - 40
        c.setFont(faces.bold, 10.5)
        c.drawString(cx.x0, y, system)
        c.setFont(faces.regular, 7.5)
        c.drawRightString(cx.x1, y, f"{w.word('print_time')}: {printed}")
        y -= 12
        c.drawRightString(cx.x1, y, f"{w.word('print_user')}: {printer}")
        c.drawString(cx.x0, y, office)
        y -= 6
        c.setLineWidth(0.8)
        c.line(cx.x0, y, cx.x1, y)
        if k == 0:
            y -= 20
            c.setFont(faces.bold, 13)
            c.drawString(cx.x0, y, doc.title)
            y -= 15
            c.setFont(faces.regular, 8.5)
            c.drawString(cx.x0, y, f"{w.word('case')}: {case_no}")
            c.setFont(faces.italic, 7.5)
            c.drawRightString(cx.x1, y, w.word("filter"))
            y -= 16
        else:
            y -= 14
            c.setFont(faces.italic, 8)
            c.drawString(cx.x0, y, f"{w.word('continued')} – {case_no}")
            y -= 12
        if head is not None:
            head.draw(y)
            y -= head.height
        for b in chunk:
            b.draw(y)
            y -= b.height
        c.setFont(faces.regular, 7)
        c.setFillGray(0.3)
        c.drawCentredString((cx.x0 + cx.x1) / 2, 26, w.word("page").format(k + 1, total))
        c.setFillGray(0)


# --- contract ---------------------------------------------------------------------------------


def _by_key(doc: Doc) -> dict[str, list[Fld]]:
    out: dict[str, list[Fld]] = {}
    for f in doc.fields:
        out.setdefault(f"{f.who}:{f.key}" if f.who else f.key, []).append(f)
    return out


def _addr_text(doc: Doc) -> str:
    """The dwelling's address as one string of the fields the document prints."""
    k = _by_key(doc)
    if "address_line" in k:
        return k["address_line"][0].value
    if "street_line" in k:
        return f"{k['street_line'][0].value}, {k['city_line'][0].value}"
    return (f"{k['street'][0].value} {k['house_number'][0].value}, "
            f"{k['postal_code'][0].value} {k['city'][0].value}")


def _money(rng: random.Random, lo: int, hi: int) -> str:
    n = rng.randint(lo, hi) * 5
    return f"{n:,}".replace(",", ".") + ",00"


def _contract_blocks(cx: _Cx, doc: Doc, s: Style) -> list[Block]:
    w, rng, f = cx.words, cx.rng, cx.faces
    vf = f.bold if cx.value_face == "bold" else cx.value_face
    r = cx.record
    k = _by_key(doc)
    size = cx.fs
    blocks: list[Block] = []

    def val(key: str, i: int = 0) -> str:
        return k[key][i].value

    def prose(key: str, *values: str) -> list[Run]:
        text = w.prose(key)
        out: list[Run] = []
        rest = text
        for i, v in enumerate(values):
            a, _, rest = rest.partition("{" + str(i) + "}")
            out += [(a, f.regular), (v, vf)]
        out.append((rest, f.regular))
        return out

    def line(label_key: str, value: str, lk: str | None = None) -> Block:
        label = w(lk or label_key)
        return _para(cx, [(label + ": ", f.regular), (value, vf)], indent=size * 2.4,
                     after=0.12, breakable=False)

    numbering = rng.choice(("§ {0}", "{0}.", "Art. {0}"))
    num = [0]

    def heading(key: str) -> None:
        num[0] += 1
        blocks.append(_space(size * 0.5))
        blocks.append(_para(cx, [(numbering.format(num[0]) + "  " + w.head(key), f.bold)],
                            after=0.3))

    def party(p_lines: list[Block], term: str) -> None:
        blocks.extend(p_lines)
        blocks.append(_para(cx, [(w.word("named").format(term), f.italic)], indent=size * 2.4,
                            after=0.4, breakable=False))

    def stranger_block(p: Person, a: Address) -> list[Block]:
        return [_para(cx, [(p.full, f.bold)], indent=size * 2.4, after=0.05, breakable=False),
                _para(cx, [(a.line, f.regular)], indent=size * 2.4, after=0.1,
                      breakable=False)]

    def person_lines(keys: list[str]) -> list[Block]:
        out: list[Block] = []
        if rng.random() < 0.5 and "given_names" in k and "family_name" in k:
            out.append(_para(cx, [(val("given_names") + " ", vf), (val("family_name"), vf)],
                             indent=size * 2.4, after=0.05, breakable=False))
            keys = [x for x in keys if x not in ("family_name", "given_names")]
        for key in keys:
            if key in k:
                out.append(line(key, val(key)))
        return out

    blocks.append(_para(cx, [(doc.title, f.bold)], size=size * 1.5, align="centre", after=0.8))
    dt = doc.doc_type
    if dt in ("anmeldung", "wohnungsgeberbestaetigung"):
        one, two = w.roles("rent")
        blocks.append(_para(cx, [(w.word("between"), f.regular)], after=0.3))
        if isinstance(r, Wohnungsgeber):
            party([_para(cx, [(val("landlord_name"), vf)], indent=size * 2.4, after=0.05),
                   line("landlord_address", val("landlord_address")),
                   _para(cx, [(val("role"), f.italic)], indent=size * 2.4, after=0.1)], one)
            blocks.append(_para(cx, [(w.word("and"), f.regular)], after=0.3))
            tl = [_para(cx, [(t.value, vf)], indent=size * 2.4, after=0.05, breakable=False)
                  for t in k["tenant"][:1]]
            party(tl, two)
        else:
            p, a = _stranger(r, rng, doc)
            party(stranger_block(p, a), one)
            blocks.append(_para(cx, [(w.word("and"), f.regular)], after=0.3))
            keys = ["family_name", "given_names", "birth_name", "date_of_birth",
                    "place_of_birth", "sex", "nationality", "marital", "phone"]
            rng.shuffle(keys)
            party(person_lines(keys), two)
        blocks.append(_para(cx, [(w.word("agree"), f.regular)], after=0.3))
        paras = ["object", "lease_start", "use", "rent", "registration"]
        rest = paras[2:]
        rng.shuffle(rest)
        for key in paras[:2] + rest:
            if key == "object":
                heading("object")
                blocks.append(_para(cx, prose("object", _addr_text(doc))))
                if rng.random() < 0.5:
                    blocks.append(_para(cx, [(_addr_text(doc), vf)], indent=size * 2.4))
            elif key == "lease_start":
                heading("lease_start")
                blocks.append(_para(cx, prose("lease_start", val("move_in_date"))))
            elif key == "use":
                if "dwelling" in k or "previous_address" in k or "tenant" in k:
                    heading("use" if "tenant" not in k else "persons")
                if "dwelling" in k:
                    blocks.append(_para(cx, prose("use_main", val("dwelling"))))
                if "previous_address" in k:
                    blocks.append(_para(cx, prose("previous", val("previous_address"))))
                if "tenant" in k:
                    blocks.append(_para(cx, [(w.prose("persons"), f.regular)]))
                    for t in k["tenant"]:
                        blocks.append(_para(cx, [("– ", f.regular), (t.value, vf)],
                                            indent=size * 2.4, after=0.1))
            elif key == "rent":
                heading("rent")
                blocks.append(_para(cx, prose("rent", _money(rng, 60, 260),
                                              _money(rng, 16, 60))))
            else:
                heading("registration")
                if isinstance(r, Wohnungsgeber):
                    blocks.append(_para(cx, prose("registration", val("move_in_date"))))
                else:
                    blocks.append(_para(cx, [(w.prose("registration_tenant"), f.regular)]))
    elif dt == "antrag_zulassung":
        one, two = w.roles("sale")
        blocks.append(_para(cx, [(w.word("between"), f.regular)], after=0.3))
        p, a = _stranger(r, rng, doc)
        party(stranger_block(p, a), one)
        blocks.append(_para(cx, [(w.word("and"), f.regular)], after=0.3))
        lines = person_lines(["family_name", "given_names", "date_of_birth"])
        lines.append(_para(cx, [(_addr_text(doc), vf)], indent=size * 2.4, after=0.1,
                           breakable=False))
        party(lines, two)
        blocks.append(_para(cx, [(w.word("agree"), f.regular)], after=0.3))
        order = ["vehicle", "price", "insurance", "admission", "sepa"]
        tail = order[1:]
        rng.shuffle(tail)
        for key in order[:1] + tail:
            heading(key)
            if key == "vehicle":
                blocks.append(_para(cx, prose("vehicle", val("make"), val("model"))))
                if rng.random() < 0.5:
                    blocks.append(_para(cx, prose("vin", val("vin"))))
                else:
                    blocks.append(line("vin", val("vin")))
            elif key == "price":
                blocks.append(_para(cx, prose("price", _money(rng, 300, 4000))))
            elif key == "insurance":
                blocks.append(_para(cx, prose("insurance", val("evb_number"))))
            elif key == "admission":
                blocks.append(_para(cx, [(w.prose("admission"), f.regular)]))
                if "desired_plate" in k:
                    blocks.append(_para(cx, prose("plate", val("desired_plate"))))
                else:
                    blocks.append(_para(cx, [(w.prose("plate_none"), f.regular)]))
            else:
                blocks.append(_para(cx, [(w.prose("sepa"), f.regular)]))
                blocks.append(line("account_holder", val("account_holder")))
                blocks.append(line("iban", val("iban")))
                if "bic" in k:
                    blocks.append(line("bic", val("bic")))
    elif dt == "aufenthaltstitel_antrag":
        assert isinstance(r, Aufenthalt)
        role = {"employment": "work", "study": "study"}.get(r.purpose, "other")
        one, two = w.roles(role)
        blocks.append(_para(cx, [(w.word("between"), f.regular)], after=0.3))
        p, a = _stranger(r, rng, doc)
        party(stranger_block(p, a), one)
        blocks.append(_para(cx, [(w.word("and"), f.regular)], after=0.3))
        keys = ["family_name", "given_names", "date_of_birth", "place_of_birth", "nationality"]
        party(person_lines(keys), two)
        blocks.append(_para(cx, [(w.word("confirm"), f.regular)], after=0.3))
        order = ["activity", "passport", "residence"]
        rng.shuffle(order)
        for key in order:
            heading(key)
            if key == "activity":
                blocks.append(_para(cx, prose("purpose", val("purpose"))))
                if role != "other":
                    blocks.append(_para(cx, prose(
                        "activity_work" if role == "work" else "activity_study",
                        str(rng.randint(6, 40)), _money(rng, 100, 900))))
            elif key == "passport":
                if rng.random() < 0.5:
                    blocks.append(_para(cx, prose("passport", val("passport_number"),
                                                  val("passport_expiry_date"))))
                else:
                    blocks.append(line("passport_number", val("passport_number")))
                    blocks.append(line("passport_expiry_date", val("passport_expiry_date")))
                blocks.append(_para(cx, prose("entry", val("entry_date"))))
            else:
                blocks.append(_para(cx, prose("residence", _addr_text(doc))))
    elif dt in CERTIFICATES:
        assert isinstance(r, Geburt | Ehe | Sterbe)
        one, two = w.roles("notary")
        regs = w.word("registry").split("|")
        reg = regs[CERTIFICATES.index(dt)]
        heading("extract")
        blocks.append(_para(cx, prose("cert_intro", reg, val("issue_date"))))
        for fl in doc.fields:
            if fl.key == "issue_date":
                continue
            lk = fl.key
            if f"{lk}_reg" in _LABEL_KEYS:
                lk = f"{lk}_reg"
            label = w(lk)
            if fl.who:
                label = f"{label} ({1 if fl.who == 'spouse1' else 2})"
            blocks.append(_para(cx, [(label + ": ", f.regular), (fl.value, vf)],
                                indent=size * 2.4, after=0.12, breakable=False))
        blocks.append(line("issue_date", val("issue_date")))
        heading("certification")
        blocks.append(_para(cx, [(w.prose("certification"), f.regular)]))
        blocks.append(_para(cx, [(w.word("copy_note"), f.italic)]))
    else:  # identity document
        assert isinstance(r, Identity)
        heading("identity")
        blocks.append(_para(cx, [(w.prose("identity"), f.regular)]))
        for fl in doc.fields:
            blocks.append(_para(cx, [(w(fl.key) + ": ", f.regular), (fl.value, vf)],
                                indent=size * 2.4, after=0.12, breakable=False))
        blocks.append(_space(size * 0.5))
        blocks.append(_image(cx, 0.62, w.word("annex")))
    if dt not in CERTIFICATES and dt != "identity_document":
        heading("final")
        blocks.append(_para(cx, [(w.prose("final"), f.regular)]))
    return blocks


_LABEL_KEYS = frozenset({"family_name_reg", "given_names_reg", "date_of_birth_reg",
                         "place_of_birth_reg", "sex_reg"})


def _closing(cx: _Cx, doc: Doc, s: Style, parties: tuple[str, str]) -> Block:
    w, f = cx.words, cx.faces
    size = cx.fs
    assert doc.printed is not None
    place = w.word("place_date").format(doc.city, s.date(doc.printed))
    seal = doc.doc_type in CERTIFICATES or doc.doc_type == "identity_document"
    h = size * 9.5 + (size * 2.5 if seal else 0)

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - size * 1.6
        c.setFont(f.regular, size)
        c.drawString(cx.x0, y, place)
        y -= size * 4.2
        half = (cx.x1 - cx.x0) / 2
        for i, who in enumerate(parties):
            x = cx.x0 + i * half
            c.setStrokeGray(0)
            c.setLineWidth(0.5)
            c.line(x, y, x + half - 24, y)
            c.setFont(f.italic, size * 0.85)
            c.drawString(x, y - size * 1.1, w.word("sign").format(who))
        if seal:
            c.setStrokeGray(0.4)
            c.circle(cx.x1 - 40, y - size * 3.4, 22, stroke=1, fill=0)
            c.setFont(f.regular, size * 0.7)
            c.setFillGray(0.4)
            c.drawCentredString(cx.x1 - 40, y - size * 3.6, w.word("seal"))
            c.drawString(cx.x0, y - size * 3.0, w.word("fee"))
            c.setFillGray(0)
            c.setStrokeGray(0)

    return Block(h, draw, False)


def _party_names(doc: Doc, w: Extra24Wording, r: Record) -> tuple[str, str]:
    dt = doc.doc_type
    if dt in CERTIFICATES or dt == "identity_document":
        return w.roles("notary")
    if dt == "antrag_zulassung":
        return w.roles("sale")
    if isinstance(r, Aufenthalt):
        return w.roles({"employment": "work", "study": "study"}.get(r.purpose, "other"))
    return w.roles("rent")


def draw_contract(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                  pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _set4(rng.choice(SERIF9 if rng.random() < 0.65 else SANS9))
    value_face = "bold" if rng.random() < 0.45 else faces.regular
    margin = rng.uniform(56, 80)
    cx = _Cx(pen, faces, value_face, margin + rng.uniform(0, 14), PAGE_W - margin,
             rng.uniform(9.0, 11.2), rng.uniform(1.22, 1.42), rng, w, record,
             rng.choice(VIZ_STYLES), random.Random(rng.random()))
    parties = _party_names(doc, w, record)
    urno = w.word("urno").format(f"{rng.randint(100, 2999)}/{rng.randint(2025, 2026)}")
    notary_line = ""
    if doc_type in CERTIFICATES or doc_type == "identity_document":
        p, _ = _stranger(record, rng, doc)
        notary_line = f"{p.full}, {w.word('notary').format(doc.city)}"
    initials = [("".join(x[0] for x in parties[0].split()[:2]) + ".").upper(),
                ("".join(x[0] for x in parties[1].split()[:2]) + ".").upper()]
    top_room = [PAGE_H - 70.0 - (26 if notary_line else 0), PAGE_H - 86.0]
    bottom = 60.0
    chunks: list[list[Block]] = []
    seed = rng.random()
    for _ in range(40):
        cx.rng = random.Random(seed)  # the same choices at every size
        blocks = _contract_blocks(cx, doc, s)
        blocks.append(_closing(cx, doc, s, parties))
        room = [top_room[k] - bottom for k in range(pages)]
        chunks = [blocks] if pages == 1 else _split(blocks, room)
        if _fits(chunks, room) or cx.fs < 5.0:
            break
        cx.fs *= 0.95
    total = len(chunks)
    side = rng.random() < 0.5
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        c = pen.c
        y = PAGE_H - 50
        if notary_line and k == 0:
            c.setFont(faces.regular, 8.5)
            c.drawString(cx.x0, y, notary_line)
            c.drawRightString(cx.x1, y, urno)
            y -= 26
        elif k:
            c.setFont(faces.italic, 8)
            c.drawString(cx.x0, y, w.word("continued"))
            y -= 20
        for b in chunk:
            b.draw(y)
            y -= b.height
        # initials of both parties in the margin
        c.setFillGray(0.35)
        mx = 14 if side else PAGE_W - 42
        c.saveState()
        c.translate(mx + 6, 150)
        c.rotate(90)
        c.setFont(faces.italic, 7)
        c.drawString(0, 0, w.word("initials"))
        c.restoreState()
        c.setFont(faces.bold_italic, 9)
        c.drawString(mx, 134, initials[0])
        c.drawString(mx, 122, initials[1])
        c.setFont(faces.regular, 7.5)
        c.drawCentredString(PAGE_W / 2, 30, w.word("page").format(k + 1, total))
        c.setFillGray(0)


def draw_extra24(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if _w(s).history:
        draw_history(pen, record, s, rng, doc_type, pages)
    else:
        draw_contract(pen, record, s, rng, doc_type, pages)
