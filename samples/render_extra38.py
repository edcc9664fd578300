"""The thirty-eighth extra pair of blind held-out layouts: ``household`` and ``supplement``.

``household`` is a form or certificate that lists several persons, of which only one (or, for a
marriage, the two spouses; for a landlord's confirmation, every person moving in) is what the
truth is about. It is modelled on the German "Anmeldung bei der Meldebehörde", which gives every
person of a household a column of its own: family name, given names, birth date, place, sex,
nationality and so on. The persons stand side by side in columns, one under another in stacked
blocks, or as the rows of a person table whose columns are the fields. The subject is the first
person, or it is marked by its role (main person, applicant, holder ...) or by a crossed box;
the others are spouses, children, persons moving along, family members joining, a second
driver or co-owner, the parents and a sibling of a child, the witnesses of a marriage, the
spouse of a deceased person and the informant, the owner or administrator of a flat who is not
its landlord. Their values are plausible and none of them is a truth value. The shared entries
(the new dwelling, the vehicle, the stay, the register) stand in sections of their own. Identity
documents come as a family's page of document copies: the applicant's document and a spouse's
or a child's, each captioned.

``supplement`` is a numbered form whose boxes were too small: some fields are filled in place,
others only point elsewhere ("siehe Beiblatt", "s. Anlage 2", "Fortsetzung auf Seite 2",
"» Zusatzblatt Nr. 3", a footnote mark) and their values stand on a supplement sheet (below a
rule on the same page, on a slip beside the fields, or on a second page), keyed by the field's
number, by its label repeated or abbreviated, or by the footnote's number. A few supplement
entries correct a value filled in place ("Berichtigung zu Nr. 4: richtig ist ..."): the truth is
the corrected value and the value in the box is a plausible other one. The supplement has its
own head (a case number, the sheet's date, its page) and a signature line, none of them a truth
value. Identity documents come as a data sheet with the document's copy as its annex.

Both draw straight from the record with the wording of ``samples.wording_extra38``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from samples import data, mrz, pools
from samples.content import Style
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
from samples.pen import PAGE_H, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra38 import (
    DWELLING38,
    DWELLING_ORDER38,
    HOUSE_CAPTIONS,
    HOUSE_MARITAL,
    HOUSE_RELATION,
    HOUSE_RELIGION,
    HOUSE_TICKS,
    PURPOSE38,
    PURPOSE_ORDER38,
    SEX_ORDER38,
    SEX_SHORT38,
    SEX_WORD38,
    SUPP_ABBR,
    SUPP_KEYS,
    SUPP_SHEETS,
    Extra38Wording,
    date38,
    nationality_text,
    sex_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
HOUSE_MODES: Final = ("columns", "stacked", "table")
#: how the subject of a household form is marked ("caption": every column is captioned by
#: its role, as certificates and a landlord's confirmation do)
MARKS: Final = ("first", "role", "tick")
PLACES: Final = ("below", "beside")
KEYINGS: Final = ("number", "label", "mark")
FORM_MODES: Final = ("grid", "list")

Block = Callable[[Pen, float, float], float]

# --- shared helpers ------------------------------------------------------------------------------


def truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)}


def _truth_strings(record: Record) -> set[str]:
    out: set[str] = set()
    for v in truth_fields(record).values():
        out |= set(v) if isinstance(v, list) else {v}
    return out


def _free_day(rng: random.Random, taken: set[date], start: date, end: date) -> date:
    while True:
        d = data.day_between(rng, start, end)
        if d not in taken:
            return d


def _other_date(rng: random.Random, d: date, taken: set[date], far: bool = False) -> date:
    while True:
        shift = rng.choice((-1, 1)) * (rng.randint(300, 2500) if far else rng.randint(1, 45))
        new = d + timedelta(days=shift)
        if new not in taken and new != d:
            return new


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, font, size, max(width, 12.0))) or [""]


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _wrap_label(text: str, font: str, size: float, width: float) -> list[str]:
    """A label or caption wrapped like ``_wrap``, but a word too wide for the room breaks
    after its slashes and hyphens (values never do: they are printed whole)."""
    words = []
    for word in text.split():
        if _width(word, font, size) > width and re.search(r"[/-].", word):
            word = re.sub(r"([/-])(?=.)", r"\1 ", word)
        words.append(word)
    return _wrap(" ".join(words), font, size, width)


def _below(y: float, lines: int, lead: float, size: float) -> tuple[float, float]:
    """Under a row whose first baseline is ``y``: where its rule goes and the next row's
    baseline (clear of the rule above and below)."""
    rule = y - (max(lines, 1) - 1) * lead - size * 0.42
    return rule, rule - size * 0.98


def _longest_word(text: str, font: str, size: float) -> float:
    return max((_width(w, font, size) for w in text.split()), default=0.0)


@dataclass(slots=True)
class Ink:
    """The faces and colours of one document."""

    reg: str
    bold: str
    ital: str
    value: str
    rgb: tuple[float, float, float]


def _ink(rng: random.Random, serif: float = 0.35) -> Ink:
    faces: Set4 = _set4(rng.choice(SERIF9 if rng.random() < serif else SANS9))
    value = faces.regular
    if rng.random() < 0.3:
        value = _reg(*rng.choice(MONO9))
    rgb = rng.choice(((0.0, 0.0, 0.0), (0.05, 0.1, 0.42), (0.12, 0.12, 0.12)))
    return Ink(faces.regular, faces.bold, faces.italic, value, rgb)


def _scratch(pen: Pen) -> Pen:
    """A pen on a canvas nobody keeps: blocks are measured by drawing them there."""
    return Pen(Canvas(io.BytesIO(), pagesize=A4), pen.faces, pen.left, pen.right)


def _fit(pen: Pen, pages: list[list[Block]], size: float, tops: list[float],
         bottom: float = 54, least: float = 5.6) -> float:
    """The largest size (from ``size`` down) at which every page's blocks fit below its top."""
    scratch = _scratch(pen)
    while size > least:
        if all(_run(scratch, blocks, top, size) >= bottom
               for blocks, top in zip(pages, tops, strict=True)):
            return size
        size -= 0.25
    return least


def _run(pen: Pen, blocks: list[Block], y: float, size: float) -> float:
    for block in blocks:
        y = block(pen, y, size)
    return y


def _city_of(record: Record) -> str:
    for attr in ("address", "landlord_address"):
        a = getattr(record, attr, None)
        if isinstance(a, Address):
            return a.city
    office = getattr(record, "office", None)
    if isinstance(office, str):
        return office
    authority = getattr(record, "authority", "")
    return authority.replace("Stadt ", "") if authority else "Bochum"


_OFFICES: Final = {
    "anmeldung": "Bürgeramt – Meldewesen", "wohnungsgeberbestaetigung": "Bürgeramt – Meldewesen",
    "geburtsurkunde": "Standesamt", "eheurkunde": "Standesamt", "sterbeurkunde": "Standesamt",
    "antrag_zulassung": "Straßenverkehrsamt, Kfz-Zulassung",
    "aufenthaltstitel_antrag": "Ausländerbehörde", "identity_document": "Bürgeramt",
}


# --- household: content ----------------------------------------------------------------------


@dataclass(slots=True)
class Cell:
    """One printed value; a choice prints its ``options`` with ``ticked`` crossed. ``name`` is
    the truth field the cell shows ("" for none)."""

    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    ticked: int | None = None


@dataclass(slots=True)
class Member:
    role: str
    cells: dict[str, Cell]
    subject: bool = False


@dataclass(slots=True)
class Panel:
    """Several persons side by side (or stacked, or as table rows)."""

    head: str
    members: list[Member]
    mark: str  # first | role | tick | caption
    start: int = 1


@dataclass(slots=True)
class Section:
    head: str
    rows: list[tuple[str, Cell]]


@dataclass(slots=True)
class HouseDoc:
    doc_type: str
    blocks: list[Panel | Section]
    mode: str
    distractors: list[str] = field(default_factory=list)
    split: int = 0  # the block that starts the second page (two-page plans)


#: the order of a person's rows (keys of ``HOUSE_LABELS`` and the pseudo rows)
ROW_ORDER: Final = ("tick", "role", "family_name", "given_names", "full_name", "birth_name",
                    "date_of_birth", "place_of_birth", "birth_time", "sex", "nationality",
                    "marital", "religion", "passport_number", "passport_expiry", "res_street",
                    "res_number", "res_postal", "res_city", "residence", "relation",
                    "party_name", "party_address", "death_note")
_RES_KEYS: Final = {"res_street": "street", "res_number": "house_number",
                    "res_postal": "postal_code", "res_city": "city"}


class _House:
    """Turns a record into panels of persons and shared sections."""

    def __init__(self, record: Record, s: Style, rng: random.Random, pages: int) -> None:
        self.r = record
        self.s = s
        self.rng = rng
        self.pages = pages
        w = s.words
        assert isinstance(w, Extra38Wording)
        self.w: Extra38Wording = w
        self.taken = truth_days(record)
        self.avoid = _truth_strings(record)
        self.words = {t for v in self.avoid for t in v.split()}
        self.used: set[str] = set()
        self.distractors: list[str] = []

    # values

    def d(self, x: date) -> str:
        return self.s.date(x)

    def dist(self, value: str) -> str:
        self.distractors.append(value)
        return value

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def stranger(self, nat: str, born: tuple[date, date], sex: str | None = None,
                 family: str | None = None) -> Person:
        """A person none of whose names, birth day or place is a truth value."""
        for _ in range(600):
            p = data.person(self.rng, nat, born=born, sex=sex, family=family)
            if p.family in self.avoid or p.family in self.words or p.given in self.avoid \
                    or p.given in self.used or p.full in self.avoid or p.dob in self.taken \
                    or p.pob in self.avoid or any(g in self.words for g in p.given.split()):
                continue
            self.used.add(p.given)
            self.taken.add(p.dob)
            return p
        raise RuntimeError("no stranger found")

    def address(self, not_: Address | None = None) -> Address:
        while True:
            a = data.address(self.rng)
            if a.line in self.avoid or (not_ and (a.street == not_.street
                                                  or a.city_line == not_.city_line)):
                continue
            if {a.street, a.postal_code, a.city} & self.avoid:
                continue
            return a

    def sex_cell(self, code: str, name: str) -> Cell:
        mode = self.s.sex_mode
        if mode == "choice":
            options = tuple(SEX_SHORT38[c] for c in SEX_ORDER38)
            return Cell(SEX_SHORT38[code], name, options, SEX_ORDER38.index(code))
        return Cell(sex_text(code, mode), name)

    def nat_cell(self, code: str, name: str) -> Cell:
        return Cell(nationality_text(code, self.s.nationality_mode), name)

    def person_cells(self, p: Person, subject: bool, keys: tuple[str, ...], prefix: str = ""
                     ) -> dict[str, Cell]:
        """A person's cells; a subject's cells name their truth field, another person's values
        are recorded as distractors."""
        cells: dict[str, Cell] = {}
        for key in keys:
            name = f"{prefix}{key}" if subject else ""
            if key == "family_name":
                cells[key] = Cell(p.family if subject else self.dist(p.family), name)
            elif key == "given_names":
                cells[key] = Cell(p.given if subject else self.dist(p.given), name)
            elif key == "full_name":
                cells[key] = Cell(p.full if subject else self.dist(p.full), name)
            elif key == "birth_name":
                if p.birth_name:
                    cells[key] = Cell(p.birth_name if subject else self.dist(p.birth_name),
                                      name)
            elif key == "date_of_birth":
                shown = self.d(p.dob)
                cells[key] = Cell(shown if subject else self.dist(shown), name)
            elif key == "place_of_birth":
                cells[key] = Cell(p.pob if subject else self.dist(p.pob), name)
            elif key == "sex":
                cells[key] = self.sex_cell(p.sex, name)
            elif key == "nationality":
                cells[key] = self.nat_cell(p.nationality, name)
        return cells

    def residence(self, cells: dict[str, Cell], a: Address, subject: bool) -> None:
        """A person's address (the holder's is the truth's)."""
        if self.s.address_mode == "split":
            for key, attr in (("res_street", "street"), ("res_number", "number"),
                              ("res_postal", "postal_code"), ("res_city", "city")):
                value = getattr(a, attr)
                name = _RES_KEYS[key] if subject else ""
                if not subject and len(value) > 2:
                    self.dist(value)
                cells[key] = Cell(value, name)
        else:
            cells["residence"] = Cell(a.line if subject else self.dist(a.line),
                                      "street+house_number+postal_code+city" if subject else "")

    def address_rows(self, a: Address) -> list[tuple[str, Cell]]:
        if self.s.address_mode == "split":
            return [("street", Cell(a.street, "street")),
                    ("house_number", Cell(a.number, "house_number")),
                    ("postal_code", Cell(a.postal_code, "postal_code")),
                    ("city", Cell(a.city, "city"))]
        return [("address", Cell(a.line, "street+house_number+postal_code+city"))]

    def choice_cell(self, table: dict[str, tuple[str, str]], order: tuple[str, ...], code: str,
                    name: str) -> Cell:
        wording = table[code][0]
        if self.s.purpose_mode == "choice":
            return Cell(wording, name, tuple(table[c][0] for c in order), order.index(code))
        return Cell(wording, name)

    def mark(self, members: list[Member]) -> str:
        """Choose how the subject is marked; put it first unless it is marked otherwise."""
        mark = self.rng.choice(MARKS)
        subject = next(m for m in members if m.subject)
        others = [m for m in members if not m.subject]
        if mark == "first":
            members[:] = [subject, *others]
        else:
            at = self.rng.randrange(len(members)) if self.maybe(0.7) else 0
            others.insert(at, subject)
            members[:] = others
        if mark == "role" or (mark == "tick" and self.maybe(0.5)):
            for m in members:
                m.cells["role"] = Cell(self.w.role(m.role))
        if mark == "tick":
            tick = self.w.pick(HOUSE_TICKS[type_of(self.r)])
            for m in members:
                m.cells["tick"] = Cell(tick, "", (tick,), 0 if m.subject else None)
        return mark

    # types

    def anmeldung(self, r: Anmeldung) -> list[Panel | Section]:
        p = r.person
        subject = Member("main", self.person_cells(
            p, True, ("family_name", "given_names", "birth_name", "date_of_birth",
                      "place_of_birth", "sex", "nationality")), True)
        subject.cells["marital"] = Cell(r.marital)
        religion = self.maybe(0.5)
        if religion:
            subject.cells["religion"] = Cell(self.rng.choice(HOUSE_RELIGION))
        count = self.rng.choice((1, 1, 2, 2, 3)) + (1 if self.pages == 2 else 0)
        members = [subject]
        spouse: Person | None = None
        married = r.marital == "verheiratet"
        if married or self.maybe(0.35):
            lo = max(date(1940, 1, 1), p.dob - timedelta(days=3600))
            hi = min(data.years_ago(18), p.dob + timedelta(days=3600))
            if lo < hi:
                nat = p.nationality if self.maybe(0.7) else data.german_nationality(self.rng, 0.6)
                sex = {"F": "M", "M": "F"}.get(p.sex, "F") if self.maybe(0.85) else p.sex
                spouse = self.stranger(nat, (lo, hi), sex=sex)
                if self.maybe(0.3):
                    spouse = Person(spouse.given, spouse.family, spouse.sex, spouse.nationality,
                                    spouse.dob, spouse.pob, birth_name=self.dist(
                                        self.stranger(nat, (lo, hi)).family))
                cells = self.person_cells(spouse, False, (
                    "family_name", "given_names", "birth_name", "date_of_birth",
                    "place_of_birth", "sex", "nationality"))
                cells["marital"] = Cell("verheiratet" if married
                                        else self.rng.choice(("ledig", "geschieden")))
                if religion:
                    cells["religion"] = Cell(self.rng.choice(HOUSE_RELIGION))
                members.append(Member("spouse" if married else "other", cells))
        kids_from = data.shift_years(p.dob, 19)
        kids_to = data.REFERENCE_DATE - timedelta(days=300)
        while len(members) < count + 1:
            if kids_from < kids_to and self.maybe(0.75):
                kid = self.stranger(p.nationality, (kids_from, kids_to),
                                    family=spouse.family if spouse else None)
                role = "child"
            else:
                kid = self.stranger(data.german_nationality(self.rng, 0.7),
                                    (date(1950, 1, 1), data.years_ago(18)))
                role = "other"
            cells = self.person_cells(kid, False, ("family_name", "given_names",
                                                   "date_of_birth", "place_of_birth", "sex",
                                                   "nationality"))
            cells["marital"] = Cell("ledig" if role == "child"
                                    else self.rng.choice(HOUSE_MARITAL))
            if religion:
                cells["religion"] = Cell(self.rng.choice(HOUSE_RELIGION))
            members.append(Member(role, cells))
        panel = Panel("persons", members, "first")
        panel.mark = self.mark(members)
        rows = self.address_rows(r.address)
        rows.append(("move_in_date", Cell(self.d(r.move_in), "move_in_date")))
        if r.dwelling:
            rows.append(("dwelling", self.choice_cell(DWELLING38, DWELLING_ORDER38, r.dwelling,
                                                      "dwelling")))
        if r.previous:
            rows.append(("previous_address", Cell(r.previous, "previous_address")))
        dwelling = Section("dwelling", rows)
        return [dwelling, panel] if self.maybe(0.6) else [panel, dwelling]

    def wohnungsgeber(self, r: Wohnungsgeber) -> list[Panel | Section]:
        landlord = Member("landlord", {
            "party_name": Cell(r.landlord_name, "landlord_name"),
            "party_address": Cell(r.landlord_address.line, "landlord_address")}, True)
        if r.landlord_is_owner:
            role = "manager"
            name = self.rng.choice([c for c in pools.LANDLORD_COMPANIES
                                    if c not in self.avoid])
        else:
            role = "owner"
            name = self.stranger("DEU", (date(1945, 1, 1), data.years_ago(25))).full \
                if self.maybe(0.6) else self.rng.choice([c for c in pools.LANDLORD_COMPANIES
                                                         if c not in self.avoid])
        other = Member(role, {"party_name": Cell(self.dist(name)),
                              "party_address": Cell(self.dist(
                                  self.address(r.landlord_address).line))})
        flag = self.w.word("owner_yes"), self.w.word("owner_no")
        landlord.cells["owner_flag"] = Cell(flag[0] if r.landlord_is_owner else flag[1], "",
                                            flag, 0 if r.landlord_is_owner else 1)
        parties = [landlord, other] if self.maybe(0.75) else [other, landlord]
        tenants = []
        for i, t in enumerate(r.tenants):
            born = self.d(_free_day(self.rng, self.taken, date(1950, 1, 1),
                                    data.years_ago(1)))
            tenants.append(Member("tenant", {"full_name": Cell(t, f"tenant_names:{i}"),
                                             "date_of_birth": Cell(self.dist(born))}, True))
        flat = Section("flat", [*self.address_rows(r.address),
                                ("move_in_date", Cell(self.d(r.move_in), "move_in_date"))])
        blocks: list[Panel | Section] = [Panel("parties", parties, "caption"), flat,
                                         Panel("tenants", tenants, "first")]
        if self.maybe(0.5):
            blocks = [blocks[0], blocks[2], blocks[1]]
        return blocks

    def geburt(self, r: Geburt) -> list[Panel | Section]:
        c = r.child
        child = Member("child_cert", self.person_cells(
            c, True, ("family_name", "given_names", "sex", "date_of_birth", "place_of_birth")),
            True)
        child.cells["birth_time"] = Cell(r.birth_time)
        lo, hi = data.shift_years(c.dob, -45), data.shift_years(c.dob, -17)
        members = [child]
        mother = self.stranger(c.nationality, (lo, hi), sex="F")
        members.append(Member("mother", {
            "full_name": Cell(r.mother, "mother_name"),
            "date_of_birth": Cell(self.dist(self.d(mother.dob))),
            "place_of_birth": Cell(self.dist(mother.pob))}))
        if r.father:
            father = self.stranger(c.nationality, (lo, hi), sex="M")
            members.append(Member("father", {
                "full_name": Cell(r.father, "father_name"),
                "date_of_birth": Cell(self.dist(self.d(father.dob))),
                "place_of_birth": Cell(self.dist(father.pob))}))
        if self.maybe(0.45):
            start = max(data.shift_years(c.dob, -12), date(1948, 1, 1))
            end = min(data.shift_years(c.dob, 12), data.REFERENCE_DATE - timedelta(days=30))
            if start < end:
                sib = self.stranger(c.nationality, (start, end))
                members.append(Member("sibling", self.person_cells(
                    sib, False, ("family_name", "given_names", "date_of_birth",
                                 "place_of_birth"))))
        if self.maybe(0.3):
            members = [*members[1:3], child, *members[3:]]
        register = Section("register", [
            ("registry_office", Cell(f"Standesamt {r.office}", "registry_office")),
            ("register_number", Cell(r.register, "register_number")),
            ("issue_date", Cell(self.d(r.issue), "issue_date"))])
        return [Panel("family", members, "caption"), register]

    def ehe(self, r: Ehe) -> list[Panel | Section]:
        members = []
        for n, p in ((1, r.spouse1), (2, r.spouse2)):
            cells = self.person_cells(p, True, ("family_name", "given_names", "date_of_birth"),
                                      f"spouse{n}_")
            if p.pob not in self.avoid:
                cells["place_of_birth"] = Cell(p.pob)
            cells["nationality"] = Cell(nationality_text(p.nationality,
                                                         self.s.nationality_mode))
            members.append(Member(f"spouse{n}", cells, True))
        witnesses = []
        for _ in range(self.rng.choice((0, 1, 2, 2)) + (1 if self.pages == 2 else 0)):
            wit = self.stranger(data.german_nationality(self.rng, 0.8),
                                (date(1940, 1, 1), data.shift_years(r.marriage_date, -18)))
            city = self.rng.choice([c for c in pools.HOME_CITIES if c not in self.avoid]
                                   or ["Witten"])
            witnesses.append(Member("witness", {
                "full_name": Cell(self.dist(wit.full)),
                "residence": Cell(self.dist(f"wohnhaft in {city}"))}))
        marriage = Section("marriage", [
            ("marriage_date", Cell(self.d(r.marriage_date), "marriage_date")),
            ("marriage_place", Cell(r.marriage_place, "marriage_place"))])
        register = Section("register", [
            ("registry_office", Cell(f"Standesamt {r.office}", "registry_office")),
            ("register_number", Cell(r.register, "register_number")),
            ("issue_date", Cell(self.d(r.issue), "issue_date"))])
        if self.pages == 2 and witnesses and self.maybe(0.6):
            return [Panel("marriage_party", members, "caption"), marriage,
                    Panel("marriage_party_more", witnesses, "caption", 3), register]
        return [Panel("marriage_party", members + witnesses, "caption"), marriage, register]

    def sterbe(self, r: Sterbe) -> list[Panel | Section]:
        p = r.person
        deceased = Member("deceased", self.person_cells(
            p, True, ("family_name", "given_names", "date_of_birth", "place_of_birth")), True)
        deceased.cells["residence"] = Cell(r.last_residence)
        members = [deceased]
        if self.maybe(0.7):
            lo = max(date(1925, 1, 1), p.dob - timedelta(days=3000))
            hi = min(data.years_ago(20), p.dob + timedelta(days=3000))
            if lo < hi:
                widow = self.stranger(p.nationality, (lo, hi))
                cells = self.person_cells(widow, False, ("family_name", "given_names",
                                                         "date_of_birth", "place_of_birth"))
                deceased.cells["marital"] = Cell("verheiratet")
                if self.maybe(0.3):
                    died = _free_day(self.rng, self.taken, widow.dob + timedelta(days=7000),
                                     r.date_of_death - timedelta(days=1))
                    cells["death_note"] = Cell(self.dist(self.d(died)))
                    deceased.cells["marital"] = Cell("verwitwet")
                members.append(Member("late_spouse" if "death_note" in cells else "widow",
                                      cells))
        informant = self.stranger("DEU", (date(1940, 1, 1), data.years_ago(19)))
        members.append(Member("informant", {
            "full_name": Cell(self.dist(informant.full)),
            "residence": Cell(self.dist(self.address().line)),
            "relation": Cell(self.rng.choice(
                HOUSE_RELATION if members[-1].role != "widow" else HOUSE_RELATION[:2]
                + HOUSE_RELATION[4:]))}))
        if self.maybe(0.25):
            members = [members[-1], *members[:-1]]
        death = Section("death", [
            ("date_of_death", Cell(self.d(r.date_of_death), "date_of_death")),
            ("place_of_death", Cell(r.place_of_death, "place_of_death"))])
        register = Section("register", [
            ("registry_office", Cell(f"Standesamt {r.office}", "registry_office")),
            ("register_number", Cell(r.register, "register_number")),
            ("issue_date", Cell(self.d(r.issue), "issue_date"))])
        return [Panel("mourning", members, "caption"), death, register]

    def zulassung(self, r: Zulassung) -> list[Panel | Section]:
        h = r.holder
        holder = Member("holder", self.person_cells(
            h, True, ("family_name", "given_names", "date_of_birth"), "holder_"), True)
        self.residence(holder.cells, r.address, True)
        role = self.rng.choice(("codriver", "coowner"))
        second = self.stranger(data.german_nationality(self.rng, 0.8),
                               (date(1946, 1, 1), data.years_ago(18)))
        other = Member(role, self.person_cells(second, False, ("family_name", "given_names",
                                                               "date_of_birth")))
        self.residence(other.cells, self.address(r.address), False)
        members = [holder, other]
        panel = Panel("vehicle_persons", members, "first")
        panel.mark = self.mark(members)
        vehicle: list[tuple[str, Cell]] = [("make", Cell(f"{r.make} {r.model}")),
                                           ("vin", Cell(r.vin, "vin")),
                                           ("evb", Cell(r.evb, "evb_number"))]
        if r.plate:
            vehicle.append(("plate", Cell(r.plate, "desired_plate")))
        sepa = Section("sepa", [("account_holder", Cell(r.account_holder, "account_holder")),
                                ("iban", Cell(r.iban, "iban")), ("bic", Cell(r.bic))])
        return [panel, Section("vehicle", vehicle), sepa]

    def aufenthalt(self, r: Aufenthalt) -> list[Panel | Section]:
        p = r.person
        applicant = Member("applicant", self.person_cells(
            p, True, ("family_name", "given_names", "date_of_birth", "place_of_birth", "sex",
                      "nationality")), True)
        applicant.cells["passport_number"] = Cell(r.passport_number, "passport_number")
        applicant.cells["passport_expiry"] = Cell(self.d(r.passport_expiry),
                                                  "passport_expiry_date")
        members = [applicant]
        count = self.rng.choice((1, 1, 2, 3)) + (1 if self.pages == 2 else 0)
        spouse_done = False
        while len(members) < count + 1:
            kids_from = data.shift_years(p.dob, 19)
            kids_to = data.REFERENCE_DATE - timedelta(days=200)
            if (spouse_done or self.maybe(0.3)) and kids_from < kids_to:
                q = self.stranger(p.nationality, (kids_from, kids_to))
                role = "joining_child"
            else:
                lo = max(date(1950, 1, 1), p.dob - timedelta(days=3600))
                hi = min(data.years_ago(18), p.dob + timedelta(days=3600))
                q = self.stranger(p.nationality, (lo, hi))
                role = "joining_spouse"
                spouse_done = True
            cells = self.person_cells(q, False, ("family_name", "given_names", "date_of_birth",
                                                 "place_of_birth", "sex", "nationality"))
            number = data.passport_number(self.rng, p.nationality)
            if number != r.passport_number:
                cells["passport_number"] = Cell(self.dist(number))
            expiry = _free_day(self.rng, self.taken, data.REFERENCE_DATE + timedelta(days=60),
                               data.REFERENCE_DATE + timedelta(days=3600))
            cells["passport_expiry"] = Cell(self.dist(self.d(expiry)))
            members.append(Member(role, cells))
        panel = Panel("applicants", members, "first")
        panel.mark = self.mark(members)
        stay = Section("stay", [
            ("entry_date", Cell(self.d(r.entry), "entry_date")),
            ("purpose", self.choice_cell(PURPOSE38, PURPOSE_ORDER38, r.purpose, "purpose")),
            *self.address_rows(r.address)])
        return [panel, stay]

    def build(self) -> list[Panel | Section]:
        r = self.r
        match r:
            case Anmeldung():
                return self.anmeldung(r)
            case Wohnungsgeber():
                return self.wohnungsgeber(r)
            case Geburt():
                return self.geburt(r)
            case Ehe():
                return self.ehe(r)
            case Sterbe():
                return self.sterbe(r)
            case Zulassung():
                return self.zulassung(r)
            case Aufenthalt():
                return self.aufenthalt(r)
        raise TypeError(type(r))


def type_of(record: Record) -> str:
    return {Anmeldung: "anmeldung", Wohnungsgeber: "wohnungsgeberbestaetigung",
            Geburt: "geburtsurkunde", Ehe: "eheurkunde", Sterbe: "sterbeurkunde",
            Zulassung: "antrag_zulassung", Aufenthalt: "aufenthaltstitel_antrag",
            Identity: "identity_document"}[type(record)]


def _split_for_two(blocks: list[Panel | Section], rng: random.Random) -> tuple[
        list[Panel | Section], int]:
    """Where a two-page plan turns the sheet: a panel of four or more persons breaks after its
    second or third person (the rest continue on page 2), else the last block moves over."""
    for i, b in enumerate(blocks):
        if isinstance(b, Panel) and len(b.members) >= 4 and b.mark != "caption":
            k = rng.choice((2, 3)) if len(b.members) >= 5 else 2
            more = Panel(b.head + "_more" if b.head + "_more" in _MORE else b.head,
                         b.members[k:], b.mark, b.start + k)
            b.members = b.members[:k]
            return [*blocks[:i + 1], more, *blocks[i + 1:]], i + 1
    return blocks, len(blocks) - 1


_MORE: Final = ("persons_more", "applicants_more", "marriage_party_more")


def build_house(record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
                ) -> HouseDoc:
    b = _House(record, s, rng, pages)
    blocks = b.build()
    doc = HouseDoc(doc_type, blocks, rng.choice(HOUSE_MODES), b.distractors)
    if pages == 2:
        doc.blocks, doc.split = _split_for_two(blocks, rng)
    return doc


# --- household: drawing ----------------------------------------------------------------------


class _Paint:
    """Drawing helpers of one household document."""

    def __init__(self, ink: Ink, w: Extra38Wording, doc: HouseDoc, left: float, right: float,
                 caption: str) -> None:
        self.ink = ink
        self.w = w
        self.doc = doc
        self.left, self.right = left, right
        self.caption = caption

    def value(self, pen: Pen, x: float, y: float, text: str, size: float) -> float:
        pen.c.setFillColorRGB(*self.ink.rgb)
        end = pen.text(x, y, text, size, font=self.ink.value)
        pen.c.setFillColorRGB(0, 0, 0)
        return end

    def label(self, key: str) -> str:
        return "" if key == "tick" else self.w(key)

    def cell_lines(self, pen: Pen, cell: Cell | None, width: float, size: float
                   ) -> list[list[tuple[str, bool | None]]]:
        """A cell as printed lines: text lines, or rows of (option, ticked) boxes."""
        if cell is None:
            return [[("", None)]]
        if not cell.options:
            return [[(ln, None)] for ln in _wrap(cell.value, self.ink.value, size, width)]
        rows: list[list[tuple[str, bool | None]]] = [[]]
        x = 0.0
        for i, opt in enumerate(cell.options):
            need = pen.box_width(size) + 3 + pen.measure(opt, size, font=self.ink.reg) + 6
            if rows[-1] and x + need > width:
                rows.append([])
                x = 0.0
            if need > width and len(cell.options) == 1:
                parts = _wrap(opt, self.ink.reg, size, width - pen.box_width(size) - 4)
                rows[-1].append((parts[0], i == cell.ticked))
                rows += [[(p, None)] for p in parts[1:]]
                continue
            rows[-1].append((opt, i == cell.ticked))
            x += need
        return rows

    def draw_lines(self, pen: Pen, lines: list[list[tuple[str, bool | None]]], x: float,
                   y: float, size: float, lead: float) -> None:
        for k, row in enumerate(lines):
            cx = x
            for text, ticked in row:
                if ticked is None:
                    cx = self.value(pen, cx, y - k * lead, text, size) + 6
                else:
                    cx = pen.tick(cx, y - k * lead, ticked, size)
                    cx = pen.text(cx + 3, y - k * lead, text, size, font=self.ink.reg) + 6

    def head_bar(self, pen: Pen, text: str, y: float, size: float) -> float:
        pen.c.setFillGray(0.88)
        pen.c.rect(self.left, y - size * 0.45, self.right - self.left, size * 1.6, 0, 1)
        pen.c.setFillGray(0)
        pen.text(self.left + 4, y, text, size * 1.02, font=self.ink.bold)
        return y - size * 2.1

    def caption_of(self, panel: Panel, i: int, m: Member) -> str:
        if panel.mark == "caption":
            return self.w.role(m.role)
        return self.caption.format(n=panel.start + i)

    # the three ways to draw a panel

    def panel(self, panel: Panel) -> Block:
        mode = self.doc.mode
        if mode == "columns":
            return lambda pen, y, sz: self.columns(pen, panel, y, sz)
        if mode == "stacked":
            return lambda pen, y, sz: self.stacked(pen, panel, y, sz)
        return lambda pen, y, sz: self.table(pen, panel, y, sz)

    def rows_of(self, panel: Panel) -> list[str]:
        keys = {k for m in panel.members for k in m.cells}
        return [k for k in ROW_ORDER if k in keys] + sorted(
            k for k in keys if k not in ROW_ORDER)

    def columns(self, pen: Pen, panel: Panel, y: float, size: float) -> float:
        y = self.head_bar(pen, self.w.head(panel.head), y, size)
        members = panel.members
        n = len(members)
        width = self.right - self.left
        lw = width * {1: 0.34, 2: 0.3, 3: 0.25}.get(n, 0.21)
        cw = (width - lw) / n
        lead = size * 1.28
        top = y + size * 1.05
        caps = [_wrap_label(self.caption_of(panel, i, m), self.ink.bold, size * 0.92, cw - 6)
                for i, m in enumerate(members)]
        for i, cap in enumerate(caps):
            for k, ln in enumerate(cap):
                pen.text(self.left + lw + i * cw + 4, y - k * lead, ln, size * 0.92,
                         font=self.ink.bold)
        rule, y = _below(y, max(len(c) for c in caps), lead, size)
        pen.hline(self.left, self.right, rule, 0.6)
        widest = max((_longest_word(c.value, self.ink.value, size * 0.95)
                      for m in members for c in m.cells.values() if not c.options), default=1.0)
        vsz = size * 0.95 * max(0.62, min(1.0, (cw - 9) / max(widest, 1.0)))
        for key in self.rows_of(panel):
            label = self.label(key)
            lab = _wrap_label(label, self.ink.reg, size * 0.84, lw - 6) if label else []
            cells = [self.cell_lines(pen, m.cells.get(key), cw - 8, vsz) for m in members]
            h = max(len(lab), *(len(c) for c in cells))
            for k, ln in enumerate(lab):
                pen.text(self.left + 2, y - k * lead, ln, size * 0.84, font=self.ink.reg)
            for i, lines in enumerate(cells):
                self.draw_lines(pen, lines, self.left + lw + i * cw + 4, y, vsz, lead)
            rule, y = _below(y, h, lead, size)
            pen.c.setStrokeGray(0.7)
            pen.hline(self.left, self.right, rule, 0.3)
            pen.c.setStrokeGray(0)
        pen.c.setStrokeGray(0.55)
        for i in range(n):
            x = self.left + lw + i * cw
            pen.c.setLineWidth(0.4)
            pen.c.line(x, top, x, rule)
        pen.c.setStrokeGray(0)
        return y - size * 0.5

    def stacked(self, pen: Pen, panel: Panel, y: float, size: float) -> float:
        y = self.head_bar(pen, self.w.head(panel.head), y, size)
        width = self.right - self.left
        half = (width - 14) / 2
        lead = size * 1.25
        for i, m in enumerate(panel.members):
            cap = self.caption_of(panel, i, m)
            if "role" in m.cells and panel.mark != "caption":
                cap += " – " + m.cells["role"].value
            pen.text(self.left + 2, y, cap, size, font=self.ink.bold)
            pen.hline(self.left, self.left + pen.measure(cap, size, font=self.ink.bold) + 4,
                      y - 2.5, 0.5)
            y -= lead * 1.2
            keys = [k for k in self.rows_of(Panel(panel.head, [m], panel.mark)) if k != "role"]
            col = 0
            row_h = 0.0
            for key in keys:
                label = self.label(key)
                x = self.left + 8 + col * (half + 10)
                lab = _wrap_label(label, self.ink.ital, size * 0.74, half - 8) if label else []
                lines = self.cell_lines(pen, m.cells[key], half - 12, size * 0.95)
                for k, ln in enumerate(lab):
                    pen.text(x, y - k * size * 0.95, ln, size * 0.74, font=self.ink.ital)
                vy = y - len(lab) * size * 0.95 - (1 if lab else 0)
                self.draw_lines(pen, lines, x + 4, vy, size * 0.95, lead)
                h = len(lab) * size * 0.95 + len(lines) * lead + 3
                row_h = max(row_h, h)
                col += 1
                if col == 2:
                    y -= row_h
                    col, row_h = 0, 0.0
            if col:
                y -= row_h
            y -= lead * 0.5
        return y - size * 0.4

    def table(self, pen: Pen, panel: Panel, y: float, size: float) -> float:
        y = self.head_bar(pen, self.w.head(panel.head), y, size)
        sz = size * 0.84
        lead = sz * 1.25
        keys = [k for k in self.rows_of(panel) if k != "tick"]
        tick = any("tick" in m.cells for m in panel.members)
        width = self.right - self.left
        first_w = max(pen.measure("lfd. Nr. 00", sz, font=self.ink.bold) + 6,
                      width * (0.17 if panel.mark == "caption" else 0.0))
        tick_w = pen.box_width(sz) + 8 if tick else 0.0

        room = width - first_w - tick_w

        def shown(m: Member, k: str) -> str:
            cell = m.cells.get(k)
            if cell is None:
                return ""
            if cell.options:
                return cell.options[cell.ticked] if cell.ticked is not None else "–"
            return cell.value

        def least(k: str, z: float) -> float:
            head = max(_width(p, self.ink.bold, z * 0.9) for p in re.split(
                r"(?<=[/-])|\s+", self.w.short(k)) if p)
            cells = max(_longest_word(shown(m, k), self.ink.value, z) for m in panel.members)
            return max(head, cells, 14.0) + 6

        mins = [least(k, sz) for k in keys]
        if sum(mins) > room:
            sz *= max(0.62, room / sum(mins))
            lead = sz * 1.25
            mins = [least(k, sz) for k in keys]
        spare = max(0.0, room - sum(mins))
        weights = [max(1, min(30, max(len(shown(m, k)) for m in panel.members))) for k in keys]
        widths = [mn + spare * wgt / sum(weights) for mn, wgt in zip(mins, weights, strict=True)]
        heads = [_wrap_label(self.w.short(k), self.ink.bold, sz * 0.9, cw - 5)
                 for k, cw in zip(keys, widths, strict=True)]
        top = y + sz
        hh = max(len(h) for h in heads)
        xs = [self.left + first_w + tick_w]
        for cw in widths[:-1]:
            xs.append(xs[-1] + cw)
        if tick:
            pen.text(self.left + first_w + 2, y, "×", sz, font=self.ink.bold)
        for x, head in zip(xs, heads, strict=True):
            for k, ln in enumerate(head):
                pen.text(x + 2, y - k * lead, ln, sz * 0.9, font=self.ink.bold)
        rule, y = _below(y, hh, lead, sz)
        pen.hline(self.left, self.right, rule, 0.6)
        for i, m in enumerate(panel.members):
            cap = _wrap_label(self.caption_of(panel, i, m), self.ink.reg, sz * 0.9, first_w - 4)
            cells = [self.cell_lines(pen, Cell(shown(m, k)) if k in m.cells else None, cw - 5, sz)
                     for k, cw in zip(keys, widths, strict=True)]
            h = max(len(cap), *(len(c) for c in cells))
            for k, ln in enumerate(cap):
                pen.text(self.left + 2, y - k * lead, ln, sz * 0.9, font=self.ink.reg)
            if tick:
                pen.tick(self.left + first_w + 2, y, m.cells.get("tick", Cell("")).ticked == 0,
                         sz)
            for x, lines in zip(xs, cells, strict=True):
                self.draw_lines(pen, lines, x + 2, y, sz, lead)
            rule, y = _below(y, h, lead, sz)
            pen.c.setStrokeGray(0.7)
            pen.hline(self.left, self.right, rule, 0.3)
            pen.c.setStrokeGray(0)
        pen.c.setStrokeGray(0.55)
        pen.c.setLineWidth(0.4)
        for x in [self.left + first_w, *xs[1:]]:
            pen.c.line(x, top, x, rule)
        pen.c.setStrokeGray(0)
        if tick:
            text = next(m.cells["tick"].value for m in panel.members if "tick" in m.cells)
            pen.text(self.left, y, f"× = {text}", sz * 0.85, font=self.ink.ital)
            y -= lead
        return y - size * 0.5

    def section(self, sec: Section) -> Block:
        def draw(pen: Pen, y: float, size: float) -> float:
            y = self.head_bar(pen, self.w.head(sec.head), y, size)
            width = self.right - self.left
            lw = width * 0.4
            lead = size * 1.3
            for key, cell in sec.rows:
                lab = _wrap_label(self.label(key), self.ink.reg, size * 0.88, lw - 8)
                lines = self.cell_lines(pen, cell, width - lw - 6, size)
                for k, ln in enumerate(lab):
                    pen.text(self.left + 2, y - k * lead, ln, size * 0.88, font=self.ink.reg)
                self.draw_lines(pen, lines, self.left + lw, y, size, lead)
                rule, y = _below(y, max(len(lab), len(lines)), lead, size)
                pen.c.setStrokeGray(0.75)
                pen.hline(self.left + lw - 4, self.right, rule, 0.3)
                pen.c.setStrokeGray(0)
            return y - size * 0.5
        return draw


def _house_frame(pen: Pen, record: Record, w: Extra38Wording, ink: Ink, rng: random.Random,
                 doc_type: str, pages: int) -> tuple[Callable[[int], float], Block, Block]:
    """The page head (a function of the page number), the title block and the closing."""
    city = _city_of(record)
    form_no = w.word("form_no").format(n=rng.randint(11, 989))
    left, right = pen.left, pen.right
    intro_key = {"aufenthaltstitel_antrag": "intro_aus", "antrag_zulassung": "intro_kfz",
                 "wohnungsgeberbestaetigung": "intro_wg", "identity_document": "intro_id"}.get(
        doc_type, "intro_cert" if doc_type in CERTIFICATES else "intro")
    sign_key = {"wohnungsgeberbestaetigung": "sign_wg", "identity_document": "sign_id"}.get(
        doc_type, "sign_cert" if doc_type in CERTIFICATES else "sign")
    office_key = "office_cert" if doc_type in CERTIFICATES else "office"
    taken = truth_days(record)
    signed = getattr(record, "signed", None)
    place = city
    if isinstance(signed, date) and signed not in taken:
        place += ", " + date38(signed, "numeric")
    elif doc_type in CERTIFICATES or doc_type == "identity_document":
        place = ""

    def head(page: int) -> float:
        y = float(PAGE_H) - 46
        pen.text(left, y, f"Stadt {city}", 10.5, font=ink.bold)
        pen.text(left, y - 11, _OFFICES[doc_type], 8, font=ink.reg)
        pen.c.setFillGray(0.3)
        pen.c.setFont(ink.reg, 7.4)
        pen.c.drawRightString(right, y, form_no)
        pen.c.drawRightString(right, y - 10, w.word("page").format(n=page, m=pages))
        pen.c.setFillGray(0)
        pen.hline(left, right, y - 17, 0.8)
        if page > 1:
            pen.text(left, y - 32, w.word("continued"), 10, font=ink.bold)
            return y - 50
        return y - 30

    def title(p: Pen, y: float, size: float) -> float:
        for ln in _wrap_label(w.title(doc_type), ink.bold, size * 1.42, right - left):
            p.text(left, y - 4, ln, size * 1.42, font=ink.bold)
            y -= size * 1.7
        y -= size * 0.7
        for ln in _wrap(w.word(intro_key), ink.ital, size * 0.86, right - left):
            p.text(left, y, ln, size * 0.86, font=ink.ital)
            y -= size * 1.15
        return y - size * 0.8

    def closing(p: Pen, y: float, size: float) -> float:
        y -= size * 2.6
        if place:
            p.c.setFillColorRGB(*ink.rgb)
            p.text(left, y + 5, place, size, font=ink.value)
            p.c.setFillColorRGB(0, 0, 0)
        p.signature(left, y, w.word(sign_key), size * 0.78)
        bx = right - 160
        p.c.setStrokeGray(0.5)
        p.c.rect(bx, y - 12, 160, 40, 1, 0)
        p.c.setStrokeGray(0)
        p.text(bx + 4, y + 20, w.word(office_key), 6.4, font=ink.reg)
        return y - 30

    return head, title, closing


def _draw_house(pen: Pen, doc: HouseDoc, record: Record, w: Extra38Wording,
                rng: random.Random, pages: int) -> None:
    ink = _ink(rng, 0.4 if doc.doc_type in CERTIFICATES else 0.25)
    paint = _Paint(ink, w, doc, pen.left, pen.right, rng.choice(HOUSE_CAPTIONS))
    head, title, closing = _house_frame(pen, record, w, ink, rng, doc.doc_type, pages)
    blocks: list[Block] = [paint.panel(b) if isinstance(b, Panel) else paint.section(b)
                           for b in doc.blocks]
    first_top = float(PAGE_H) - 76
    second_top = float(PAGE_H) - 96
    if pages == 2:
        plan = [[title, *blocks[:doc.split]], [*blocks[doc.split:], closing]]
    else:
        plan = [[title, *blocks, closing]]
    size = _fit(pen, plan, rng.uniform(8.4, 9.6), [first_top, second_top][:len(plan)])
    for page, part in enumerate(plan, start=1):
        if page > 1:
            pen.new_page()
        top = head(page)
        _run(pen, part, top if page == 1 else min(top, second_top), size)


# --- household: identity documents ---------------------------------------------------------


def companion_identity(r: Identity, rng: random.Random, child: bool, avoid: set[str],
                       taken: set[date]) -> Identity:
    """A second document of the same family: a spouse's or a child's, of the same format."""
    card = r.mrz_format == "TD1"
    width = 30 if card else 39
    nat = r.person.nationality
    born = (data.years_ago(15), data.years_ago(1)) if child else (
        max(date(1950, 1, 1), r.person.dob - timedelta(days=3600)),
        min(data.years_ago(18), r.person.dob + timedelta(days=3600)))
    words = {w for v in avoid for w in v.split()}
    while True:
        sex = data.random_sex(rng, False)
        if not child and r.person.sex in ("F", "M") and rng.random() < 0.85:
            sex = "M" if r.person.sex == "F" else "F"
        p = data.person(rng, nat, born=born, sex=sex)
        family, given = mrz.transliterate(p.family), mrz.transliterate(p.given)
        if p.family.upper() in words or family in words or given in words \
                or p.given.upper() in words or p.dob in taken \
                or not mrz.name_fits(p.family, p.given, width):
            continue
        break
    issue = data.day_between(rng, data.REFERENCE_DATE - timedelta(days=1800), data.REFERENCE_DATE)
    expiry = data.shift_years(issue, 6 if child else 10) - timedelta(days=1)
    while expiry <= data.REFERENCE_DATE or expiry in taken:
        expiry += timedelta(days=rng.randint(30, 400))
    while True:
        number = data.id_card_number(rng, nat) if card else data.passport_number(rng, nat)
        if number != r.document_number:
            break
    state = mrz.ICAO_CODE.get(nat, nat)
    sex = "<" if (card and nat == "DEU") else p.sex
    zone = mrz.MrzData(r.document_code, state, p.family, p.given, number, state, p.dob, sex,
                       expiry)
    lines = mrz.td1(zone) if card else mrz.td3(zone)
    return Identity(r.mrz_format, p, nat, r.document_code, number, expiry, issue, r.authority,
                    lines)


def _draw_house_identity(pen: Pen, r: Identity, w: Extra38Wording, rng: random.Random,
                         pages: int, distractors: list[str]) -> None:
    ink = _ink(rng, 0.3)
    truth = truth_fields(r)
    avoid = {str(v) for v in truth.values()}
    child = rng.random() < 0.5
    other = companion_identity(r, rng, child, avoid, truth_days(r))
    distractors += [other.person.family.upper(), other.person.given.upper(),
                    other.document_number, date38(other.person.dob, "numeric"),
                    date38(other.expiry, "numeric")]
    docs = [(r, w.role("doc_main")), (other, w.role("doc_child" if child else "doc_spouse"))]
    if rng.random() < 0.4:
        docs.reverse()
    head, title, closing = _house_frame(pen, r, w, ink, rng, "identity_document", pages)
    left, right = pen.left, pen.right
    width = right - left
    card = r.mrz_format == "TD1"
    style = rng.choice(VIZ_STYLES)
    seeds = [rng.randrange(10**6), rng.randrange(10**6)]

    def copy(k: int, x: float, top: float, scale: float, p: Pen) -> float:
        record, cap = docs[k]
        p.text(x, top, cap, 9.2, font=ink.bold)
        _cw, ch = _card_size(record, "both", scale)
        _draw_copy(p, record, "both", x, top - 8, scale, style, random.Random(seeds[k]), False)
        return top - ch - 30

    y0 = head(1)
    y = title(pen, y0, 9.2)
    if pages == 1 and card:
        one = _card_size(r, "both", 1.0)
        scale = min(0.92, (width - 24) / 2 / one[0], (y - 130) / (one[1] + 30))
        cw, _ch = _card_size(r, "both", scale)
        copy(0, left, y, scale, pen)
        y = copy(1, left + cw + 24, y, scale, pen)
    elif pages == 1:
        one = _card_size(r, "both", 1.0)
        scale = min(0.95, width / one[0], (y - 120) / (2 * one[1] + 60))
        y = copy(0, left, y, scale, pen)
        y = copy(1, left, y, scale, pen)
    else:
        one = _card_size(r, "both", 1.0)
        scale = min(1.05 if not card else 1.2, width / one[0], (y - 160) / (one[1] + 30))
        copy(0, left, y, scale, pen)
        pen.new_page()
        y = head(2)
        y = copy(1, left, y - 10, scale, pen)
    closing(pen, y, 9.0)


# --- supplement: content ---------------------------------------------------------------------


@dataclass(slots=True)
class SField:
    """One numbered field: its label key, the truth field it carries ("" for none), its true
    printed value, where the value stands (``here`` in the box, ``supp`` only on the supplement,
    ``amend`` a wrong value in the box that the supplement corrects, ``more`` a list that
    begins in the box and continues on the supplement)."""

    key: str
    name: str
    value: str
    values: tuple[str, ...] = ()
    where: str = "here"
    wrong: str = ""
    options: tuple[str, ...] = ()
    ticked: int | None = None
    wrong_tick: int | None = None
    num: int = 0
    mark: int = 0
    day: date | None = None


@dataclass(slots=True)
class _Line:
    """A printed line of a box: a value, a note, or a row of option boxes."""

    kind: str
    text: str = ""
    row: tuple[tuple[str, bool], ...] = ()


@dataclass(slots=True)
class SGroup:
    head: str
    fields: list[SField]


@dataclass(slots=True)
class SuppDoc:
    doc_type: str
    groups: list[SGroup]
    sheet: str
    sheet_no: int
    keying: str
    place: str
    form_mode: str
    distractors: list[str] = field(default_factory=list)

    @property
    def fields(self) -> list[SField]:
        return [f for g in self.groups for f in g.fields]


_AMENDABLE: Final = frozenset({
    "family_name", "given_names", "birth_name", "date_of_birth", "place_of_birth",
    "move_in_date", "street", "house_number", "postal_code", "city", "landlord_name",
    "vin", "evb", "iban", "account_holder", "passport_number", "passport_expiry", "entry_date",
    "purpose", "dwelling", "mother_name", "father_name", "register_number", "issue_date",
    "date_of_death", "marriage_date", "marriage_place", "doc_number", "expiry_date", "plate"})


class _Supp:
    """Turns a record into numbered fields, choosing which stand on the supplement."""

    def __init__(self, record: Record, s: Style, rng: random.Random) -> None:
        self.r = record
        self.s = s
        self.rng = rng
        w = s.words
        assert isinstance(w, Extra38Wording)
        self.w: Extra38Wording = w
        self.taken = truth_days(record)
        self.avoid = _truth_strings(record)
        self.words = {t for v in self.avoid for t in v.split()}
        self.distractors: list[str] = []

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def d(self, x: date) -> str:
        return self.s.date(x)

    def day(self, key: str, name: str, x: date) -> SField:
        return SField(key, name, self.d(x), day=x)

    def sex(self, code: str, name: str = "sex") -> SField:
        if self.s.sex_mode == "choice":
            options = tuple(SEX_WORD38[c] for c in SEX_ORDER38)
            return SField("sex", name, SEX_WORD38[code], options=options,
                          ticked=SEX_ORDER38.index(code))
        return SField("sex", name, sex_text(code, self.s.sex_mode))

    def choice(self, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
               code: str) -> SField:
        wording = table[code][1]
        if self.s.purpose_mode == "choice":
            return SField(key, key, wording, options=tuple(table[c][1] for c in order),
                          ticked=order.index(code))
        return SField(key, key, wording)

    def address(self, a: Address) -> list[SField]:
        if self.s.address_mode == "split":
            return [SField("street", "street", a.street),
                    SField("house_number", "house_number", a.number),
                    SField("postal_code", "postal_code", a.postal_code),
                    SField("city", "city", a.city)]
        return [SField("address", "street+house_number+postal_code+city", a.line)]

    def person(self, p: Person, prefix: str = "", pob: bool = True) -> list[SField]:
        out = [SField("family_name", f"{prefix}family_name", p.family),
               SField("given_names", f"{prefix}given_names", p.given)]
        out.append(self.day("date_of_birth", f"{prefix}date_of_birth", p.dob))
        if pob:
            out.append(SField("place_of_birth", "place_of_birth", p.pob))
        return out

    def register(self, office: str, register: str, issue: date) -> SGroup:
        return SGroup("register", [
            SField("registry_office", "registry_office", f"Standesamt {office}"),
            SField("register_number", "register_number", register),
            self.day("issue_date", "issue_date", issue)])

    # types

    def groups(self) -> list[SGroup]:
        r = self.r
        match r:
            case Anmeldung():
                person = self.person(r.person)
                if r.person.birth_name:
                    person.insert(2, SField("birth_name", "birth_name", r.person.birth_name))
                person += [self.sex(r.person.sex),
                           SField("nationality", "nationality", nationality_text(
                               r.person.nationality, self.s.nationality_mode)),
                           SField("marital", "", r.marital)]
                if r.phone:
                    person.append(SField("phone", "", r.phone))
                dwelling = [self.day("move_in_date", "move_in_date", r.move_in),
                            *self.address(r.address)]
                if r.dwelling:
                    dwelling.append(self.choice("dwelling", DWELLING38, DWELLING_ORDER38,
                                                r.dwelling))
                if r.previous:
                    dwelling.append(SField("previous_address", "previous_address", r.previous))
                return [SGroup("person", person), SGroup("dwelling", dwelling)]
            case Wohnungsgeber():
                yes, no = self.w.word("yes"), self.w.word("no")
                landlord = [SField("landlord_name", "landlord_name", r.landlord_name),
                            SField("landlord_address", "landlord_address",
                                   r.landlord_address.line),
                            SField("owner_flag", "", yes if r.landlord_is_owner else no,
                                   options=(yes, no), ticked=0 if r.landlord_is_owner else 1)]
                flat = [self.day("move_in_date", "move_in_date", r.move_in),
                        *self.address(r.address),
                        SField("tenants", "tenant_names", "; ".join(r.tenants),
                               values=r.tenants)]
                return [SGroup("landlord", landlord), SGroup("flat", flat)]
            case Geburt():
                child = self.person(r.child, pob=False)
                child += [self.sex(r.child.sex),
                          SField("place_of_birth", "place_of_birth", r.child.pob),
                          SField("birth_time", "", r.birth_time)]
                parents = [SField("mother_name", "mother_name", r.mother)]
                if r.father:
                    parents.append(SField("father_name", "father_name", r.father))
                return [SGroup("child", child), SGroup("parents", parents),
                        self.register(r.office, r.register, r.issue)]
            case Ehe():
                return [SGroup("spouse1", self.person(r.spouse1, "spouse1_", pob=False)),
                        SGroup("spouse2", self.person(r.spouse2, "spouse2_", pob=False)),
                        SGroup("marriage", [
                            self.day("marriage_date", "marriage_date", r.marriage_date),
                            SField("marriage_place", "marriage_place", r.marriage_place)]),
                        self.register(r.office, r.register, r.issue)]
            case Sterbe():
                return [SGroup("deceased", [*self.person(r.person),
                                            SField("last_residence", "", r.last_residence)]),
                        SGroup("death", [
                            self.day("date_of_death", "date_of_death", r.date_of_death),
                            SField("place_of_death", "place_of_death", r.place_of_death)]),
                        self.register(r.office, r.register, r.issue)]
            case Zulassung():
                holder = self.person(r.holder, "holder_", pob=False) + self.address(r.address)
                vehicle = [SField("make", "", f"{r.make} {r.model}"),
                           SField("vin", "vin", r.vin), SField("evb", "evb_number", r.evb)]
                if r.plate:
                    vehicle.append(SField("plate", "desired_plate", r.plate))
                sepa = [SField("iban", "iban", r.iban), SField("bic", "", r.bic),
                        SField("account_holder", "account_holder", r.account_holder)]
                return [SGroup("holder", holder), SGroup("vehicle", vehicle),
                        SGroup("sepa", sepa)]
            case Aufenthalt():
                person = [*self.person(r.person), SField(
                    "nationality", "nationality", nationality_text(r.person.nationality,
                                                                   self.s.nationality_mode))]
                stay = [SField("passport_number", "passport_number", r.passport_number),
                        self.day("passport_expiry", "passport_expiry_date", r.passport_expiry),
                        self.day("entry_date", "entry_date", r.entry),
                        self.choice("purpose", PURPOSE38, PURPOSE_ORDER38, r.purpose)]
                return [SGroup("person", person), SGroup("stay", stay),
                        SGroup("home", self.address(r.address))]
            case Identity():
                kind = {"P": "Reisepass"}.get(r.document_code, "Personalausweis")
                tf = truth_fields(r)
                return [SGroup("document", [
                    SField("doc_kind", "document_code", f"{kind} ({r.document_code})"),
                    SField("issuing_state", "issuing_state", r.issuing_state),
                    SField("doc_number", "document_number", r.document_number),
                    SField("family_name", "family_name", str(tf["family_name"])),
                    SField("given_names", "given_names", str(tf["given_names"])),
                    self.day("date_of_birth", "date_of_birth", r.person.dob),
                    SField("nationality", "nationality", nationality_text(
                        r.person.nationality, self.s.nationality_mode)),
                    self.sex(str(tf["sex"])),
                    self.day("expiry_date", "expiry_date", r.expiry)])]
        raise TypeError(type(r))

    # wrong values a box may hold before the supplement corrects them

    def fresh(self, make: Callable[[], str]) -> str:
        for _ in range(300):
            v = make()
            if v not in self.avoid and v not in self.words:
                return v
        raise RuntimeError("no other value")

    def wrong(self, f: SField) -> str:
        rng = self.rng
        key = f.key
        nat = getattr(getattr(self.r, "person", None), "nationality", "DEU")
        group = pools.NAME_GROUP.get(nat, "DEU")
        if f.day is not None:
            return self.d(_other_date(rng, f.day, self.taken, far=key == "date_of_birth"
                                      and rng.random() < 0.3))
        if key in ("family_name", "birth_name"):
            v = self.fresh(lambda: data.family_name(rng, group, False))
            return v.upper() if f.value.isupper() else v
        if key == "given_names":
            v = self.fresh(lambda: data.given_names(rng, group, rng.choice(("F", "M"))))
            return v.upper() if f.value.isupper() else v
        if key in ("place_of_birth", "marriage_place", "city"):
            return self.fresh(lambda: rng.choice((*pools.CITIES, *data.GERMAN_BIRTH_TOWNS)))
        if key == "street":
            return self.fresh(lambda: rng.choice(pools.STREETS))
        if key == "house_number":
            return self.fresh(lambda: str(rng.randint(1, 180)))
        if key == "postal_code":
            return self.fresh(lambda: rng.choice(rng.choice(list(pools.CITIES.values()))[0]))
        if key in ("mother_name", "father_name", "account_holder"):
            return self.fresh(lambda: data.person(rng, "DEU", particles=False).full)
        if key == "landlord_name":
            return self.fresh(lambda: rng.choice(pools.LANDLORD_COMPANIES))
        if key == "vin":
            return self.fresh(lambda: data.vin(rng)[0])
        if key == "evb":
            return self.fresh(lambda: data.evb(rng))
        if key == "iban":
            return self.fresh(lambda: data.iban(rng)[0])
        if key == "plate":
            return self.fresh(lambda: data.plate(rng, rng.choice(tuple(pools.CITIES))))
        if key == "passport_number":
            return self.fresh(lambda: data.passport_number(rng, nat))
        if key == "doc_number":
            assert isinstance(self.r, Identity)
            card = self.r.mrz_format == "TD1"
            return self.fresh(lambda: data.id_card_number(rng, nat) if card
                              else data.passport_number(rng, nat))
        if key in ("purpose", "dwelling"):
            table = PURPOSE38 if key == "purpose" else DWELLING38
            return rng.choice([v[1] for v in table.values() if v[1] != f.value])
        if key == "register_number":
            letter, rest = f.value.split(" ", 1)
            year = rest.split("/")[1]
            return self.fresh(lambda: f"{letter} {rng.randint(1, 2999)}/{year}")
        raise KeyError(key)

    def plan(self, groups: list[SGroup], doc: SuppDoc) -> None:
        """Which fields stand in place, on the supplement, or are corrected there."""
        fields = [f for g in groups for f in g.fields]
        for n, f in enumerate(fields, start=1):
            f.num = n
        rng = self.rng
        for f in fields:
            long = len(f.value) > 22 or len(f.values) > 1
            if f.values and len(f.values) > 1 and rng.random() < 0.55:
                f.where = "more"
            elif rng.random() < (0.55 if long else 0.22):
                f.where = "supp"
        if sum(f.where != "here" for f in fields) < 2:
            for f in rng.sample(fields, 2):
                f.where = "supp" if f.where == "here" else f.where
        here = [f for f in fields if f.where == "here" and f.key in _AMENDABLE and f.name]
        amend = rng.choice((0, 1, 1, 1, 2, 2))
        for f in rng.sample(here, min(amend, len(here))):
            f.where = "amend"
            if f.options:
                f.wrong_tick = rng.choice([i for i in range(len(f.options)) if i != f.ticked])
                f.wrong = f.options[f.wrong_tick]
            else:
                f.wrong = self.wrong(f)
            self.distractors.append(f.wrong)
        marks = 0
        for f in fields:
            if f.where != "here":
                marks += 1
                f.mark = marks
        doc.groups = groups


def build_supp(record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
               ) -> SuppDoc:
    b = _Supp(record, s, rng)
    groups = b.groups()
    sheet = rng.choice(tuple(SUPP_SHEETS)) if pages == 2 else rng.choice(
        ("beiblatt", "anlage", "zusatz"))
    place = "page2" if pages == 2 else rng.choice(PLACES)
    if doc_type == "identity_document" and place == "beside":
        place = "below"
    doc = SuppDoc(doc_type, [], sheet, rng.randint(1, 4), rng.choice(KEYINGS), place,
                  "list" if place == "beside" else rng.choice(FORM_MODES), b.distractors)
    b.plan(groups, doc)
    return doc


# --- supplement: drawing ---------------------------------------------------------------------


class _Sheet:
    """Drawing helpers of one supplement document."""

    def __init__(self, pen: Pen, doc: SuppDoc, record: Record, s: Style, w: Extra38Wording,
                 rng: random.Random, pages: int) -> None:
        self.doc = doc
        self.record = record
        self.w = w
        self.s = s
        self.pages = pages
        self.ink = _ink(rng, 0.45)
        self.city = _city_of(record)
        taken = truth_days(record)
        # the supplement's own head: a case number, the sheet's day, a signing day
        self.case = rng.choice(("{a}.{b}-{c}/{y}", "{a}/{c}-{b}", "AZ {a}-{c}.{y}")).format(
            a=rng.randint(10, 99), b=rng.randint(1, 9), c=rng.randint(100, 9999),
            y=str(data.REFERENCE_DATE.year)[2:])
        self.sheet_day = _free_day(rng, taken, data.REFERENCE_DATE - timedelta(days=30),
                                   data.REFERENCE_DATE)
        self.sheet_date = date38(self.sheet_day, s.date_style)
        doc.distractors += [self.case, self.sheet_date]
        self.form_no = w.word("form_no").format(n=rng.randint(100, 990))
        self.number_key = rng.choice(SUPP_KEYS["number"])
        self.amend_key = rng.choice(SUPP_KEYS["amend_number"])
        self.label_amend = rng.choice(SUPP_KEYS["amend_label"])
        style = rng.randrange(3)
        self.mark_key = SUPP_KEYS["mark"][style]
        self.mark_amend = SUPP_KEYS["amend_mark"][style]
        self.box_mark = SUPP_KEYS["box_mark"][style]
        self.more = rng.choice(SUPP_KEYS["more_names"])
        head, pointers = SUPP_SHEETS[doc.sheet]
        self.sheet_head = head.format(n=doc.sheet_no)
        self.pointers = [p.format(n=doc.sheet_no) for p in pointers]
        self.pointer = rng.choice(self.pointers)
        self.vary = rng.random() < 0.35  # a box's pointer wording changes from box to box
        self.abbr = rng.random() < 0.5  # label keys repeat the label's short form
        self.note_amend = rng.random() < 0.4  # a corrected box says so
        self.numbers = rng.choice(("{n}", "{n}.", "({n})", "Nr. {n}"))
        self.col_heads = rng.random() < 0.6
        self.rng_pointer = random.Random(rng.randrange(10**6))
        self.viz = rng.choice(VIZ_STYLES)
        self.copy_seed = rng.randrange(10**6)
        self.signed: str | None = None
        signed = getattr(record, "signed", None)
        if isinstance(signed, date) and signed not in taken:
            self.signed = date38(signed, s.date_style)
            doc.distractors.append(self.signed)

    # what a box holds

    def pointer_of(self, f: SField) -> str:
        if self.doc.keying == "mark":
            return self.box_mark.format(n=f.mark)
        if self.doc.doc_type == "identity_document" and self.rng_pointer.random() < 0.4:
            return self.w.word("copy_ref")
        if self.vary:
            return self.rng_pointer.choice(self.pointers)
        return self.pointer

    def box(self, f: SField) -> tuple[list[str], tuple[str, ...], int | None, str]:
        """(text lines, options, ticked, note in italics) of a field's box."""
        if f.where == "here":
            if f.options:
                return [], f.options, f.ticked, ""
            return list(f.values) if f.values else [f.value], (), None, ""
        if f.where == "amend":
            # a footnote names no field: the corrected box carries its mark
            note = self.pointer_of(f) if self.note_amend or self.doc.keying == "mark" else ""
            if f.options:
                return [], f.options, f.wrong_tick, note
            return [f.wrong], (), None, note
        if f.where == "more":
            return [f.values[0]], (), None, self.more if self.doc.keying != "mark" else \
                self.more + " " + self.pointer_of(f)
        return [], f.options, None, self.pointer_of(f)

    def field_no(self, f: SField) -> str:
        return self.numbers.format(n=f.num)

    def label(self, f: SField) -> str:
        return self.w(f.key)

    # what the supplement holds

    def entries(self) -> list[tuple[str, list[str]]]:
        """(key text, value lines) of every supplement entry."""
        out: list[tuple[str, list[str]]] = []
        amends: list[tuple[str, list[str]]] = []
        keying = self.doc.keying
        for f in self.doc.fields:
            if f.where == "here":
                continue
            if f.where == "more":
                values = list(f.values[1:])
            elif f.values:
                values = list(f.values)
            else:
                values = [f.value]
            if f.where == "amend":
                if keying == "number":
                    key = self.amend_key.format(n=f.num)
                elif keying == "label":
                    key = self.label_amend.format(label=self.label(f))
                else:
                    key = self.mark_amend.format(n=f.mark)
                amends.append((key, values))
                continue
            if keying == "number":
                key = self.number_key.format(n=f.num)
            elif keying == "label":
                key = (SUPP_ABBR[f.key] if self.abbr else self.label(f)) + ":"
            else:
                key = self.mark_key.format(n=f.mark)
            out.append((key, values))
        return out + amends

    # blocks

    def head(self, pen: Pen, page: int) -> float:
        ink = self.ink
        y = float(PAGE_H) - 44
        pen.text(pen.left, y, f"Stadt {self.city}", 10.5, font=ink.bold)
        pen.text(pen.left, y - 11, _OFFICES[self.doc.doc_type], 8, font=ink.reg)
        pen.c.setFillGray(0.3)
        pen.c.setFont(ink.reg, 7.4)
        pen.c.drawRightString(pen.right, y, self.form_no)
        if page == 1 or self.doc.place != "page2":
            pen.c.drawRightString(pen.right, y - 10,
                                  self.w.word("page").format(n=page, m=self.pages))
        pen.c.setFillGray(0)
        pen.hline(pen.left, pen.right, y - 17, 0.8)
        return y - 30

    def title(self, x0: float, x1: float) -> Block:
        def draw(pen: Pen, y: float, size: float) -> float:
            for ln in _wrap_label(self.w.title(self.doc.doc_type), self.ink.bold, size * 1.38,
                                  x1 - x0):
                pen.text(x0, y - 4, ln, size * 1.38, font=self.ink.bold)
                y -= size * 1.65
            y -= size * 0.65
            for ln in _wrap(self.w.word("intro"), self.ink.ital, size * 0.84, x1 - x0):
                pen.text(x0, y, ln, size * 0.84, font=self.ink.ital)
                y -= size * 1.12
            return y - size * 0.6
        return draw

    def value(self, pen: Pen, x: float, y: float, text: str, size: float) -> float:
        pen.c.setFillColorRGB(*self.ink.rgb)
        end = pen.text(x, y, text, size, font=self.ink.value)
        pen.c.setFillColorRGB(0, 0, 0)
        return end

    def box_lines(self, pen: Pen, f: SField, width: float, size: float) -> list[_Line]:
        """A box's printed lines: values, rows of option boxes, a note in italics."""
        lines, options, ticked, note = self.box(f)
        out: list[_Line] = []
        for text in lines:
            out += [_Line("value", ln) for ln in _wrap(text, self.ink.value, size, width)]
        row: list[tuple[str, bool]] = []
        x = 0.0
        box = pen.box_width(size * 0.9) + 3
        for i, opt in enumerate(options):
            need = box + pen.measure(opt, size * 0.9, font=self.ink.reg) + 7
            if row and x + need > width:
                out.append(_Line("opts", row=tuple(row)))
                row, x = [], 0.0
            if need > width:
                parts = _wrap(opt, self.ink.reg, size * 0.9, width - box)
                out.append(_Line("opts", row=((parts[0], i == ticked),)))
                out += [_Line("cont", ln) for ln in parts[1:]]
                continue
            row.append((opt, i == ticked))
            x += need
        if row:
            out.append(_Line("opts", row=tuple(row)))
        if note:
            out += [_Line("note", ln) for ln in _wrap(note, self.ink.ital, size * 0.9, width)]
        return out

    def draw_box_lines(self, pen: Pen, lines: list[_Line], x: float, y: float, size: float,
                       lead: float) -> None:
        for k, line in enumerate(lines):
            yy = y - k * lead
            if line.kind == "value":
                self.value(pen, x, yy, line.text, size)
            elif line.kind == "note":
                pen.c.setFillGray(0.25)
                pen.text(x, yy, line.text, size * 0.9, font=self.ink.ital)
                pen.c.setFillGray(0)
            elif line.kind == "cont":
                pen.text(x + pen.box_width(size * 0.9) + 3, yy, line.text, size * 0.9,
                         font=self.ink.reg)
            else:
                cx = x
                for opt, ticked in line.row:
                    cx = pen.tick(cx, yy, ticked, size * 0.9)
                    cx = pen.text(cx + 3, yy, opt, size * 0.9, font=self.ink.reg) + 7

    def group_block(self, g: SGroup, x0: float, x1: float) -> Block:
        mode = self.doc.form_mode

        def draw(pen: Pen, y: float, size: float) -> float:
            pen.c.setFillGray(0.86)
            pen.c.rect(x0, y - size * 0.45, x1 - x0, size * 1.55, 0, 1)
            pen.c.setFillGray(0)
            pen.text(x0 + 4, y, self.w.head(g.head), size, font=self.ink.bold)
            y -= size * 1.9
            lead = size * 1.22
            if mode == "list":
                nw = pen.measure("Nr. 00", size * 0.85, font=self.ink.bold) + 6
                lw = (x1 - x0 - nw) * 0.42
                vw = x1 - x0 - nw - lw
                if self.col_heads:
                    pen.c.setFillGray(0.3)
                    no = _wrap_label(self.w.word("col_no"), self.ink.ital, size * 0.68, nw - 2)
                    for k, ln in enumerate(no):
                        pen.text(x0 + 1, y - k * size * 0.78, ln, size * 0.68, font=self.ink.ital)
                    pen.text(x0 + nw, y, self.w.word("col_label"), size * 0.72, font=self.ink.ital)
                    pen.text(x0 + nw + lw, y, self.w.word("col_value"), size * 0.72,
                             font=self.ink.ital)
                    pen.c.setFillGray(0)
                    y -= size * (0.78 * len(no) + 0.55)
                for f in g.fields:
                    lab = _wrap_label(self.label(f), self.ink.reg, size * 0.84, lw - 6)
                    lines = self.box_lines(pen, f, vw - 6, size)
                    pen.text(x0 + 2, y, self.field_no(f), size * 0.85, font=self.ink.bold)
                    for k, ln in enumerate(lab):
                        pen.text(x0 + nw, y - k * lead, ln, size * 0.84, font=self.ink.reg)
                    self.draw_box_lines(pen, lines, x0 + nw + lw, y, size, lead)
                    rule, y = _below(y, max(len(lab), len(lines)), lead, size)
                    pen.c.setStrokeGray(0.72)
                    pen.hline(x0, x1, rule, 0.3)
                    pen.c.setStrokeGray(0)
                return y - size * 0.6
            cols = 2 if x1 - x0 > 360 else 1
            bw = (x1 - x0 - (cols - 1) * 8) / cols
            row: list[SField] = []
            for i, f in enumerate(g.fields):
                row.append(f)
                if len(row) < cols and i < len(g.fields) - 1:
                    continue
                heights = []
                drawn = []
                for f2 in row:
                    lab = _wrap_label(f"{self.field_no(f2)}  {self.label(f2)}", self.ink.reg,
                                size * 0.72, bw - 8)
                    lines = self.box_lines(pen, f2, bw - 12, size)
                    heights.append(len(lab) * size * 0.86 + max(len(lines), 1) * lead + 6)
                    drawn.append((lab, lines))
                h = max(heights)
                for c, (lab, lines) in enumerate(drawn):
                    bx = x0 + c * (bw + 8)
                    pen.c.setLineWidth(0.5)
                    pen.c.setStrokeGray(0.4)
                    pen.c.rect(bx, y - h + size * 0.7, bw, h, 1, 0)
                    pen.c.setStrokeGray(0)
                    for k, ln in enumerate(lab):
                        pen.text(bx + 3, y - k * size * 0.86, ln, size * 0.72, font=self.ink.reg)
                    vy = y - len(lab) * size * 0.86 - size * 0.5
                    self.draw_box_lines(pen, lines, bx + 8, vy, size, lead)
                y -= h + 4
                row = []
            return y - size * 0.5
        return draw

    def form_sign(self, x0: float, x1: float) -> Block:
        def draw(pen: Pen, y: float, size: float) -> float:
            y -= size * 2.4
            if self.doc.doc_type in CERTIFICATES:
                caption = self.w.word("cert_sign")
                place = f"{self.city}, {self.sheet_date}" if self.doc.place == "page2" else ""
            else:
                caption = self.w.word("form_sign")
                place = self.city + (f", {self.signed}" if self.signed else "")
            if place:
                self.value(pen, x0, y + 5, place, size)
            pen.hline(x0, x0 + min(230, x1 - x0), y, 0.5)
            pen.text(x0, y - size - 1, caption, size * 0.76, font=self.ink.reg)
            return y - size * 2
        return draw

    def sheet(self, x0: float, x1: float, boxed: bool, copy: bool) -> Block:
        """The supplement: its head, its entries, the document copy (identity documents), its
        end and signature."""
        def draw(pen: Pen, y: float, size: float) -> float:
            top = y
            pad = 6.0 if boxed else 0.0
            xa, xb = x0 + pad, x1 - pad
            if not boxed and self.doc.place == "below":
                y -= size * 1.4
                pen.c.setDash(4, 3)
                pen.hline(x0, x1, y + size * 0.4, 0.6)
                pen.c.setDash()
                y -= size * 1.2
            y -= pad
            for ln in _wrap_label(self.sheet_head, self.ink.bold, size * 1.12, xb - xa):
                pen.text(xa, y, ln, size * 1.12, font=self.ink.bold)
                y -= size * 1.3
            y -= size * 0.2
            facts = [f"{self.w.word('case')}: {self.case}",
                     f"{self.w.word('sheet_date')}: {self.sheet_date}"]
            page = 2 if self.doc.place == "page2" else 1
            facts.append(self.w.word("sheet_page").format(n=page, m=self.pages))
            line = "   ·   ".join(facts)
            for ln in _wrap(line, self.ink.reg, size * 0.8, xb - xa):
                pen.text(xa, y, ln, size * 0.8, font=self.ink.reg)
                y -= size * 1.05
            pen.hline(xa, xb, y + size * 0.45, 0.4)
            y -= size * 0.7
            lead = size * 1.25
            for key, values in self.entries():
                kw = pen.measure(key, size * 0.9, font=self.ink.bold)
                room = xb - xa
                if kw + 40 < room * 0.5:
                    pen.text(xa, y, key, size * 0.9, font=self.ink.bold)
                    vx = xa + kw + 6
                else:
                    for ln in _wrap(key, self.ink.bold, size * 0.9, room):
                        pen.text(xa, y, ln, size * 0.9, font=self.ink.bold)
                        y -= lead
                    vx = xa + 12
                for v in values:
                    for ln in _wrap(v, self.ink.value, size, xb - vx):
                        self.value(pen, vx, y, ln, size)
                        y -= lead
                y -= size * 0.35
            if copy:
                y = self.copy(pen, xa, xb, y, size)
            pen.text(xa, y, self.w.word("sheet_end"), size * 0.8, font=self.ink.ital)
            y -= size * 3
            pen.hline(xa, xa + min(200, xb - xa), y, 0.5)
            pen.text(xa, y - size * 0.95, self.w.word("sheet_sign"), size * 0.72,
                     font=self.ink.reg)
            y -= size * 1.8
            if boxed:
                pen.c.setStrokeGray(0.35)
                pen.c.setLineWidth(0.8)
                pen.c.rect(x0, y, x1 - x0, top - y + size * 0.8, 1, 0)
                pen.c.setStrokeGray(0)
            return y - size * 0.5
        return draw

    def copy(self, pen: Pen, x0: float, x1: float, y: float, size: float) -> float:
        r = self.record
        assert isinstance(r, Identity)
        pen.text(x0, y, self.w.word("copy"), size * 0.92, font=self.ink.bold)
        full = _card_size(r, "both", 1.0)
        room_h = (PAGE_H - 200) if self.doc.place == "page2" else 250.0
        scale = min(0.95, (x1 - x0) / full[0], room_h / full[1], size / 9.0)
        w, h = _card_size(r, "both", scale)
        _draw_copy(pen, r, "both", x0 + (x1 - x0 - w) / 2, y - 8, scale, self.viz,
                   random.Random(self.copy_seed), False)
        return y - h - 24



def _draw_supp(pen: Pen, doc: SuppDoc, record: Record, s: Style, w: Extra38Wording,
               rng: random.Random, pages: int) -> None:
    sh = _Sheet(pen, doc, record, s, w, rng, pages)
    identity = doc.doc_type == "identity_document"
    left, right = pen.left, pen.right
    top = float(PAGE_H) - 74
    if doc.place == "beside":
        split = left + (right - left) * rng.uniform(0.58, 0.64)
        form = [sh.title(left, right)]
        body = [sh.group_block(g, left, split - 10) for g in doc.groups] + [
            sh.form_sign(left, split - 10)]
        slip = sh.sheet(split + 4, right, True, False)

        def both(p: Pen, y: float, size: float) -> float:
            a = _run(p, body, y, size)
            b = slip(p, y - 4, size * 0.92)
            return min(a, b)

        plan = [[*form, both]]
    else:
        groups = [sh.group_block(g, left, right) for g in doc.groups]
        if doc.place == "below":
            plan = [[sh.title(left, right), *groups, sh.form_sign(left, right),
                     sh.sheet(left, right, False, identity)]]
        else:
            plan = [[sh.title(left, right), *groups, sh.form_sign(left, right)],
                    [sh.sheet(left, right, rng.random() < 0.3, identity)]]
    size = _fit(pen, plan, rng.uniform(8.4, 9.5), [top] * len(plan))
    for page, part in enumerate(plan, start=1):
        if page > 1:
            pen.new_page()
        y = sh.head(pen, page)
        _run(pen, part, y, size)


# --- entry point -------------------------------------------------------------------------------


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> HouseDoc | SuppDoc:
    """Draw one document; returns its content (for tests: what is printed besides the truth)."""
    w = s.words
    assert isinstance(w, Extra38Wording)
    if s.layout == "household":
        if isinstance(record, Identity):
            doc = HouseDoc(doc_type, [], "columns")
            _draw_house_identity(pen, record, w, rng, pages, doc.distractors)
            return doc
        house = build_house(record, s, rng, doc_type, pages)
        _draw_house(pen, house, record, w, rng, pages)
        return house
    supp = build_supp(record, s, rng, doc_type, pages)
    _draw_supp(pen, supp, record, s, w, rng, pages)
    return supp


def draw_extra38(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Cell", "HouseDoc", "Member", "Panel", "SField", "SGroup", "Section",
           "SuppDoc", "build_house", "build_supp", "companion_identity", "draw_doc",
           "draw_extra38", "truth_days"]
