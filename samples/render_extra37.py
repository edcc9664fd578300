"""The thirty-seventh extra pair of blind held-out layouts: ``dataexport`` and ``changeform``.

``dataexport`` is the print of a flat data file that an online service or a specialist system
exported for the case (a citizen's data-access request, a hand-over from another office's system,
a support ticket): a CSV file with one header line of field names and one data row, an INI file
of sections with ``key = value`` lines, or SQL ``INSERT`` statements with a column list and a
``VALUES`` list. A value is tied to its name only by its position in a separated list (CSV, SQL)
or by an ``=`` inside a section (INI); names follow one of three naming schemes per document;
codes stand beside or instead of plain values (sex and nationality as codes, dwelling and purpose
as enumeration keys, dates ISO, ISO basic or numeric); technical fields (record id, time stamps,
a SHA-256 value, a case number, a municipality key, a fee) are none of the truth's values. The
print has an editor's or a tool's head line and page footer, sometimes line numbers; long lines
wrap at separators. Two-page plans add a field dictionary on the second sheet. Identity documents
come as a document reader's flat export with the zone's lines as fields.

``changeform`` is a change-of-particulars form or register extract that shows for each item the
previous and the new entry: as a three-column table (item, previous, new), as stacked blocks
(the item, then the previous and the new entry under captions) or as sentences ("von … auf …").
The truth is the current state: the new entry where one is given, and an item that did not
change (shown once, in both columns, or marked as unchanged in the new column with the value in
the previous column) keeps its value. For a move the new address is the truth's address and the
old one is the previous address where the type has that field. Previous entries are plausible
other values and never truth values; dates of signature and stamps are none of the truth's.
Identity documents come as a notice of a new document with the copy of the new document.

Both draw straight from the record with the wording of ``samples.wording_extra37``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit

from samples import data, pools
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
from samples.render_extra9 import MONO9, SANS9, SERIF9, _reg, _set4
from samples.truth import truth_fields
from samples.wording_extra37 import (
    CHANGE_PAIRS,
    CHANGE_SAME,
    CHANGE_WORDS,
    DWELLING37,
    EXPORT_MEANINGS,
    PURPOSE37,
    SEX_CODE37,
    SEX_ORDER37,
    SEX_WORD37,
    Extra37Wording,
    nationality_text,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
FORMATS: Final = ("csv", "ini", "sql")
CHANGE_MODES: Final = ("table", "stacked", "sentence")
ADDRESS_LINE: Final = re.compile(r"^(.+) (\S+), (\d{5}) (.+)$")

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    """One printed item: its label key, the truth field it shows ("" for none), the current
    value as printed, and for ``changeform`` the previous entry (None: unchanged)."""

    key: str
    name: str
    value: str
    old: str | None = None
    choice: tuple[tuple[str, ...], int] | None = None  # options and the chosen one


@dataclass(slots=True)
class Group:
    key: str
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Doc:
    """One document of the pair: its groups and everything printed that is no truth value."""

    doc_type: str
    layout: str
    groups: list[Group]
    distractors: list[str] = field(default_factory=list)
    fmt: str = ""
    mode: str = ""


def truth_days(record: Record) -> set[date]:
    return {date.fromisoformat(v) for v in truth_fields(record).values()
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)}


def _free_day(rng: random.Random, taken: set[date], start: date, end: date) -> date:
    while True:
        d = data.day_between(rng, start, end)
        if d not in taken:
            return d


def _other(rng: random.Random, options: tuple[str, ...], not_: set[str]) -> str:
    left = [o for o in options if o not in not_]
    return rng.choice(left)


def _other_date(rng: random.Random, d: date, taken: set[date], far: bool = False) -> date:
    while True:
        shift = rng.choice((-1, 1)) * (rng.randint(400, 3000) if far else rng.randint(1, 60))
        new = d + timedelta(days=shift)
        if new not in taken and new != d:
            return new


def _family(rng: random.Random, p: Person, not_: set[str]) -> str:
    group = pools.NAME_GROUP.get(p.nationality, "DEU")
    return _other(rng, tuple(n for n in pools.NAMES[group][0] if " " not in n), not_)


def _address(rng: random.Random, not_: Address) -> Address:
    while True:
        a = data.address(rng)
        if a.street != not_.street and a.city_line != not_.city_line:
            return a


class _Builder:
    """Turns a record into groups of items for one layout, with the previous entries a
    ``changeform`` shows."""

    def __init__(self, record: Record, s: Style, rng: random.Random, layout: str) -> None:
        self.r = record
        self.s = s
        self.rng = rng
        self.export = layout == "dataexport"
        self.w = s.words
        assert isinstance(self.w, Extra37Wording)
        self.tf = truth_fields(record)
        self.taken = truth_days(record)
        self.truth_values = {v for v in self.tf.values() if isinstance(v, str)}
        self.distractors: list[str] = []

    # values

    def d(self, x: date) -> str:
        return self.s.date(x)

    def old(self, value: str) -> str:
        """A previous entry: recorded as a distractor."""
        self.distractors.append(value)
        return value

    def maybe(self, p: float) -> bool:
        return self.rng.random() < p

    def sex_items(self, code: str) -> list[Item]:
        mode = self.s.sex_mode
        if self.export:
            if mode == "code_word":
                return [Item("sex", "sex", SEX_CODE37[code]),
                        Item("sex_word", "", SEX_WORD37[code])]
            return [Item("sex", "sex", SEX_CODE37[code] if mode == "code" else SEX_WORD37[code])]
        if mode == "choice":
            options = tuple(SEX_WORD37[c] for c in SEX_ORDER37)
            return [Item("sex", "sex", SEX_WORD37[code],
                         choice=(options, SEX_ORDER37.index(code)))]
        return [Item("sex", "sex", SEX_WORD37[code])]

    def nat_items(self, code: str, old: str | None = None) -> list[Item]:
        mode = self.s.nationality_mode
        if self.export:
            out = [Item("nationality", "nationality", nationality_text(code, mode))]
            if mode == "alpha3_word":
                out.append(Item("nationality_word", "", pools.NATIONALITIES[code][0]))
            return out
        prev = self.old(nationality_text(old, mode)) if old else None
        return [Item("nationality", "nationality", nationality_text(code, mode), prev)]

    def enum_items(self, key: str, table: dict[str, tuple[str, str, str]], code: str,
                   name: str, old: str | None = None) -> list[Item]:
        enum, meaning, wording = table[code]
        if self.export:
            mode = self.s.purpose_mode
            if mode == "both":
                return [Item(key, name, enum), Item(f"{key}_word", "", meaning)]
            return [Item(key, name, enum if mode == "key" else meaning)]
        prev = self.old(table[old][2]) if old else None
        return [Item(key, name, wording, prev)]

    def person_items(self, p: Person, names: tuple[str, str], change_family: bool,
                     pob: bool = True, sex: bool = False, nat: bool = False,
                     birth: bool = False) -> list[Item]:
        family, given = names
        old_family = self.old(_family(self.rng, p, {family, *self.truth_values})) \
            if change_family and not self.export else None
        items = [Item("family_name", "family_name", family, old_family),
                 Item("given_names", "given_names", given)]
        if birth and p.birth_name:
            items.append(Item("birth_name", "birth_name", p.birth_name))
        items.append(Item("date_of_birth", "date_of_birth", self.d(p.dob)))
        if pob:
            items.append(Item("place_of_birth", "place_of_birth", p.pob))
        if sex:
            items += self.sex_items(p.sex)
        if nat:
            old_nat = None
            if not self.export and p.nationality == "DEU" and self.maybe(0.2):
                old_nat = self.rng.choice(("TUR", "POL", "ITA", "GRC", "ROU"))
            items += self.nat_items(p.nationality, old_nat)
        return items

    def address_items(self, a: Address, old: str | None, changed: bool) -> list[Item]:
        """The dwelling's address, split or as one line; ``old`` a previous one-line address
        (``changed`` with no ``old``: a previous address made up here)."""
        made_up = not self.export and changed and old is None
        if made_up:
            old = _address(self.rng, a).line
        parsed = ADDRESS_LINE.match(old) if old else None
        if self.s.address_mode == "split" and (old is None or parsed):
            parts = parsed.groups() if parsed else (None, None, None, None)
            values = (a.street, a.number, a.postal_code, a.city)
            out = []
            for key, value, prev in zip(("street", "house_number", "postal_code", "city"),
                                        values, parts, strict=True):
                shown = None if self.export or prev is None else prev
                if shown == value:
                    shown = None  # the same street, number, city or postal code: unchanged
                elif shown is not None and made_up:
                    self.distractors.append(shown)
                out.append(Item(key, key, value, shown))
            return out
        prev = None if self.export or old is None else old
        if prev is not None and made_up:
            self.distractors.append(prev)
        return [Item("address", "street+house_number+postal_code+city", a.line, prev)]

    # types

    def anmeldung(self, r: Anmeldung) -> list[Group]:
        person = Group("person", self.person_items(
            r.person, (r.person.family, r.person.given),
            change_family=bool(r.person.birth_name) and self.maybe(0.35),
            sex=True, nat=True, birth=True))
        dwelling = Group("dwelling", self.address_items(r.address, r.previous, True))
        if self.export and r.previous:
            dwelling.items.append(Item("previous_address", "previous_address", r.previous))
        dwelling.items.append(Item("move_in_date", "move_in_date", self.d(r.move_in)))
        if r.dwelling:
            other = "main" if r.dwelling == "secondary" else "secondary"
            dwelling.items += self.enum_items("dwelling", DWELLING37, r.dwelling, "dwelling",
                                              other if self.maybe(0.5) else None)
        return [person, dwelling]

    def wohnungsgeber(self, r: Wohnungsgeber) -> list[Group]:
        owner_change = not self.export and self.maybe(0.4)
        landlord = Group("landlord", [
            Item("landlord_name", "landlord_name", r.landlord_name,
                 self.old(_other(self.rng, pools.LANDLORD_COMPANIES, {r.landlord_name}))
                 if owner_change else None),
            Item("landlord_address", "landlord_address", r.landlord_address.line,
                 self.old(_address(self.rng, r.landlord_address).line)
                 if owner_change or (not self.export and self.maybe(0.3)) else None)])
        dwelling = Group("dwelling", self.address_items(r.address, None, False))
        moved = self.d(r.move_in)
        prev_day = None
        if not self.export and (not owner_change or self.maybe(0.5)):
            prev_day = self.old(self.d(_other_date(self.rng, r.move_in, self.taken)))
        dwelling.items.append(Item("move_in_date", "move_in_date", moved, prev_day))
        tenants = Group("tenants")
        if self.export or len(r.tenants) == 1 or self.maybe(0.4):
            for i, t in enumerate(r.tenants, start=1):
                tenants.items.append(Item(f"tenant:{i}", "tenant_names", t))
        else:
            old = "; ".join(r.tenants[:-1])  # the persons named before (truth names)
            tenants.items.append(Item("tenant", "tenant_names", "; ".join(r.tenants), old))
        return [landlord, dwelling, tenants]

    def geburt(self, r: Geburt) -> list[Group]:
        child = Group("child", self.person_items(
            r.child, (r.child.family, r.child.given), change_family=self.maybe(0.5),
            sex=True))
        father_old = None
        if not self.export and r.father and self.maybe(0.6):
            father_old = self.rng.choice(("–", "(kein Eintrag)", "nicht eingetragen"))
        parents = Group("parents", [Item("mother_name", "mother_name", r.mother)])
        if r.father:
            parents.items.append(Item("father_name", "father_name", r.father, father_old))
        elif self.export:
            parents.items.append(Item("father_name", "", ""))
        return [child, parents, self.register_group(r.office, r.register, r.issue)]

    def register_group(self, office: str, register: str, issue: date) -> Group:
        return Group("register", [
            Item("registry_office", "registry_office", f"Standesamt {office}"),
            Item("register_number", "register_number", register),
            Item("issue_date", "issue_date", self.d(issue))])

    def ehe(self, r: Ehe) -> list[Group]:
        which = self.rng.choice((1, 2))
        groups = []
        for n, p in ((1, r.spouse1), (2, r.spouse2)):
            items = self.person_items(p, (p.family, p.given), change_family=n == which,
                                      pob=False)
            for it in items:
                it.key = f"spouse{n}:{it.key}"
                it.name = f"spouse{n}_{it.name}"
            groups.append(Group(f"spouse{n}", items))
        groups.append(Group("marriage", [
            Item("marriage_date", "marriage_date", self.d(r.marriage_date)),
            Item("marriage_place", "marriage_place", r.marriage_place)]))
        groups.append(self.register_group(r.office, r.register, r.issue))
        return groups

    def sterbe(self, r: Sterbe) -> list[Group]:
        deceased = Group("deceased", self.person_items(
            r.person, (r.person.family, r.person.given), change_family=False))
        what = self.rng.choice(("place", "day", "both"))
        place_old = day_old = None
        if not self.export:
            if what in ("place", "both"):
                place_old = self.old(_other(self.rng, pools.HOME_CITIES,
                                            {r.place_of_death, *self.truth_values}))
            if what in ("day", "both"):
                day = _free_day(self.rng, self.taken, r.date_of_death - timedelta(days=9),
                                min(r.date_of_death + timedelta(days=9), data.REFERENCE_DATE))
                day_old = self.old(self.d(day))
        death = Group("death", [
            Item("date_of_death", "date_of_death", self.d(r.date_of_death), day_old),
            Item("place_of_death", "place_of_death", r.place_of_death, place_old)])
        return [deceased, death, self.register_group(r.office, r.register, r.issue)]

    def zulassung(self, r: Zulassung) -> list[Group]:
        items = self.person_items(r.holder, (r.holder.family, r.holder.given),
                                  change_family=False, pob=False)
        for it in items:
            it.key = f"holder:{it.key}"
            it.name = f"holder_{it.name}"
        holder = Group("holder", items + self.address_items(r.address, None, self.maybe(0.7)))
        ch = not self.export
        vehicle = Group("vehicle")
        if self.export:
            vehicle.items.append(Item("make", "", r.make))
        vin_old = None
        if ch and self.maybe(0.3):
            vin_old = self.old(data.vin(self.rng)[0])
        vehicle.items.append(Item("vin", "vin", r.vin, vin_old))
        evb_old = self.old(data.evb(self.rng)) if ch and self.maybe(0.6) else None
        vehicle.items.append(Item("evb", "evb_number", r.evb, evb_old))
        if r.plate:
            plate_old = self.old(data.plate(self.rng, self.rng.choice(tuple(pools.CITIES)))) \
                if ch else None
            if plate_old == r.plate:
                plate_old = None
            vehicle.items.append(Item("desired_plate" if self.export else "plate",
                                      "desired_plate", r.plate, plate_old))
        iban_old = self.old(data.iban(self.rng)[0]) if ch and self.maybe(0.7) else None
        sepa = Group("sepa", [Item("iban", "iban", r.iban, iban_old)])
        if self.export:
            sepa.items.append(Item("bic", "", r.bic))
        holder_old = None
        if ch and iban_old and self.maybe(0.4):
            holder_old = self.old(data.person(self.rng, "DEU", family=r.holder.family).full)
            if holder_old == r.account_holder:
                holder_old = None
        sepa.items.append(Item("account_holder", "account_holder", r.account_holder,
                               holder_old))
        return [holder, vehicle, sepa]

    def aufenthalt(self, r: Aufenthalt) -> list[Group]:
        person = Group("person", self.person_items(
            r.person, (r.person.family, r.person.given), change_family=False, nat=True))
        ch = not self.export
        stay = Group("stay")
        renewed = ch and self.maybe(0.6)
        stay.items.append(Item(
            "passport_number", "passport_number", r.passport_number,
            self.old(data.passport_number(self.rng, r.person.nationality)) if renewed else None))
        old_expiry = None
        if renewed:
            old_expiry = self.old(self.d(_free_day(
                self.rng, self.taken, data.REFERENCE_DATE - timedelta(days=400),
                data.REFERENCE_DATE + timedelta(days=60))))
        stay.items.append(Item("passport_expiry", "passport_expiry_date",
                               self.d(r.passport_expiry), old_expiry))
        stay.items.append(Item("entry_date", "entry_date", self.d(r.entry)))
        other = self.rng.choice([p for p in PURPOSE37 if p != r.purpose])
        stay.items += self.enum_items("purpose", PURPOSE37, r.purpose, "purpose",
                                      other if ch and (not renewed or self.maybe(0.5)) else None)
        dwelling = Group("dwelling", self.address_items(r.address, None, ch and self.maybe(0.5)))
        return [person, stay, dwelling]

    def identity(self, r: Identity) -> list[Group]:
        tf = self.tf
        kind = {"P": "Reisepass"}.get(r.document_code, "Personalausweis")
        ch = not self.export
        doc = Group("document")
        if self.export:
            doc.items += [Item("doc_kind", "mrz_format", str(tf["mrz_format"])),
                          Item("doc_code", "document_code", r.document_code)]
        else:
            doc.items.append(Item("doc_kind", "document_code", f"{kind} ({r.document_code})"))
        doc.items.append(Item("issuing_state", "issuing_state", r.issuing_state))
        number_old = None
        if ch:
            number_old = self.old(data.id_card_number(self.rng, r.person.nationality)
                                  if r.mrz_format == "TD1"
                                  else data.passport_number(self.rng, r.person.nationality))
        doc.items.append(Item("doc_number", "document_number", r.document_number, number_old))
        family_old = None
        if ch and self.maybe(0.3):
            family_old = self.old(_family(self.rng, r.person,
                                          {str(tf["family_name"]).title(), *self.truth_values}
                                          ).upper())
        doc.items += [Item("family_name", "family_name", str(tf["family_name"]), family_old),
                      Item("given_names", "given_names", str(tf["given_names"])),
                      Item("date_of_birth", "date_of_birth", self.d(r.person.dob))]
        doc.items += self.nat_items(r.person.nationality)
        expiry_old = None
        if ch:
            expiry_old = self.old(self.d(_free_day(
                self.rng, self.taken, r.issue - timedelta(days=900),
                r.issue + timedelta(days=200))))
        doc.items.append(Item("expiry_date", "expiry_date", self.d(r.expiry), expiry_old))
        groups = [doc]
        if self.export:
            groups.append(Group("zone", [Item(f"mrz_line:{i}", "", line)
                                         for i, line in enumerate(r.lines, start=1)]))
        return groups

    def build(self) -> list[Group]:
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
            case Identity():
                return self.identity(r)
        raise TypeError(type(r))


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    b = _Builder(record, s, rng, s.layout)
    groups = b.build()
    doc = Doc(doc_type, s.layout, groups, b.distractors)
    if s.layout == "dataexport":
        doc.fmt = rng.choice(FORMATS)
    else:
        doc.mode = rng.choice(CHANGE_MODES)
    return doc


# --- dataexport --------------------------------------------------------------------------------


def _key(w: Extra37Wording, item_key: str) -> str:
    """The export's name of an item key (``spouse1:family_name``, ``tenant:2``, ...)."""
    prefix = ""
    base = item_key
    if ":" in item_key:
        head, base = item_key.split(":", 1)
        if head in ("spouse1", "spouse2", "holder"):
            prefix = w.prefix(head)
        else:
            base, n = head, base
            return w(base).format(n=n)
    name = w(base)
    if not prefix:
        return name
    if w.fam == 2:  # F12_FNAME -> E1F12_FNAME
        return prefix + name
    if w.fam == 1:  # person.famName -> gatte1.famName
        return prefix + name.split(".", 1)[1]
    return prefix + name


class _Export:
    """The lines of one flat export file."""

    def __init__(self, doc: Doc, record: Record, w: Extra37Wording, rng: random.Random) -> None:
        self.doc, self.w, self.rng = doc, w, rng
        taken = truth_days(record)
        day = _free_day(rng, taken, data.REFERENCE_DATE - timedelta(days=25),
                        data.REFERENCE_DATE)
        changed = _free_day(rng, taken | {day}, day - timedelta(days=30), day)
        t1 = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        t2 = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        self.stamp = f"{day.isoformat()}T{t1}"
        self.print_stamp = f"{day.strftime('%d.%m.%Y')} {t2[:5]}"
        seed = f"{rng.random()}".encode()
        digest = hashlib.sha256(seed).hexdigest()
        uuid = f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"
        self.user = rng.choice(("sb-", "usr_", "BA")) + f"{rng.randint(100, 9999)}"
        self.file = rng.choice(("export_", "auskunft_", "uebergabe_", "datensatz_")) + \
            f"{day.strftime('%Y%m%d')}_{t1.replace(':', '')}"
        tech = [("record_id", uuid), ("created", self.stamp),
                ("changed", f"{changed.isoformat()}T{t2}"),
                ("case", f"{rng.choice(('VG', 'AZ', 'K'))}-{day.year}-{rng.randint(10000, 99999)}"),
                ("channel", rng.choice(("ONLINE", "PORTAL", "SCHNITTSTELLE", "POST"))),
                ("version", f"{rng.randint(1, 4)}.{rng.randint(0, 12)}"),
                ("user", self.user),
                ("office_key", f"05{rng.randint(100000, 999999)}"),
                ("hash", digest)]
        rng.shuffle(tech)
        tech = tech[:rng.randint(4, len(tech))]
        if rng.random() < 0.4:
            tech.append(("fee", f"{rng.choice((12, 15, 28, 30, 37))},{rng.choice(('00', '50'))}"))
        self.tech = [(w.tech(k), v) for k, v in tech]
        doc.distractors += [v for _k, v in self.tech] + [self.stamp[:10], changed.isoformat()]
        self.tech_first = rng.random() < 0.6

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        out = [(self.w.section(g.key), [(_key(self.w, it.key), it.value) for it in g.items])
               for g in self.doc.groups]
        meta = (self.w.section("meta"), self.tech)
        return [meta, *out] if self.tech_first else [*out, meta]

    # CSV

    def csv(self) -> list[str]:
        sep = self.rng.choice((";", ";", ",", "|"))
        quote_all = self.rng.random() < 0.4
        cols = [kv for _s, kvs in self.sections() for kv in kvs]

        def q(v: str, header: bool = False) -> str:
            if (quote_all and not header) or sep in v or '"' in v or (sep != "," and "," in v
                                                                      and self.rng.random() < 0.5):
                return '"' + v.replace('"', '""') + '"'
            return v

        header = [q(k, True) for k, _v in cols]
        row = [q(v) for _k, v in cols]
        return [sep.join(header), sep.join(row)]

    # INI

    def ini(self) -> list[str]:
        eq = self.rng.choice((" = ", "=", " = "))
        align = self.rng.random() < 0.5
        lines = [f"; {self.w.word('comment_head')}", f"; {self.w.word('enc')}", ""]
        for section, kvs in self.sections():
            lines.append(f"[{section}]")
            width = max((len(k) for k, _v in kvs), default=0)
            for k, v in kvs:
                lines.append(f"{k.ljust(width) if align else k}{eq}{v}".rstrip())
            lines.append("")
        return lines[:-1]

    # SQL

    def sql(self) -> list[str]:
        per_line = self.rng.random() < 0.5
        schema = self.rng.choice(("", "ewo.", "fv_export.", "dbo."))
        lines = [f"-- {self.w.word('comment_head')}", f"-- {self.w.word('tool')}", "BEGIN;", ""]
        for section, kvs in self.sections():
            cols = [k for k, _v in kvs]
            vals = [_sql_value(v) for _k, v in kvs]
            if per_line:
                lines.append(f"INSERT INTO {schema}{section} (")
                lines += [f"    {c}," for c in cols[:-1]] + [f"    {cols[-1]}", ") VALUES ("]
                lines += [f"    {v}," for v in vals[:-1]] + [f"    {vals[-1]}", ");"]
            else:
                lines.append(f"INSERT INTO {schema}{section} ({', '.join(cols)})")
                lines.append(f"VALUES ({', '.join(vals)});")
            lines.append("")
        lines += ["COMMIT;", f"-- {self.w.word('rows')}"]
        return lines

    def lines(self) -> list[str]:
        return {"csv": self.csv, "ini": self.ini, "sql": self.sql}[self.doc.fmt]()


def _sql_value(v: str) -> str:
    if v == "":
        return "NULL"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return f"DATE '{v}'"
    if re.fullmatch(r"\d+", v) and not v.startswith("0") and len(v) < 6:
        return v
    return "'" + v.replace("'", "''") + "'"


def _wrap_at_separators(line: str, limit: int) -> list[str]:
    """A long line broken after separators (``;``, ``,``, ``|``, spaces), never inside a
    value, as an editor's word wrap does."""
    if len(line) <= limit:
        return [line]
    tokens = re.findall(r"[^;,| ]*[;,| ]?", line)
    out: list[str] = []
    cur = ""
    for tok in tokens:
        if not tok:
            continue
        if cur and len(cur) + len(tok) > limit:
            out.append(cur)
            cur = ""
        cur += tok
    if cur:
        out.append(cur)
    return out


def _draw_export(pen: Pen, doc: Doc, record: Record, w: Extra37Wording, rng: random.Random,
                 pages: int) -> None:
    c = pen.c
    ex = _Export(doc, record, w, rng)
    raw = ex.lines()
    mono = _reg(*rng.choice(MONO9))
    ui = _set4(rng.choice(SANS9))
    numbers = rng.random() < 0.6
    ext = {"csv": ".csv", "ini": ".ini", "sql": ".sql"}[doc.fmt]
    left, right = pen.left, pen.right
    gutter = 22.0 if numbers else 0.0
    size = rng.uniform(7.4, 8.8)
    top = float(PAGE_H) - 52

    def fit(sz: float) -> tuple[list[tuple[int, str]], float]:
        cw = pen.measure("M", sz, font=mono)
        limit = max(40, int((right - left - gutter) / cw))
        rows = []
        for n, line in enumerate(raw, start=1):
            for k, part in enumerate(_wrap_at_separators(line, limit)):
                rows.append((n if k == 0 else 0, part))
        return rows, sz * 1.32

    rows, lead = fit(size)
    room = top - 40 - 70
    while len(rows) * lead > room and size > 5.6:
        size -= 0.3
        rows, lead = fit(size)

    def header(page: int) -> float:
        c.setFillGray(0.25)
        pen.text(left, PAGE_H - 30, ex.file + ext, 7.6, font=ui.bold)
        pen.right_text(right, PAGE_H - 30, w.word("printed").format(ts=ex.print_stamp,
                                                                   user=ex.user), 7.2)
        c.setFillGray(0)
        pen.hline(left, right, PAGE_H - 36, 0.4)
        pen.text(left, PAGE_H - 47, w.word("tool"), 7.4, font=ui.italic)
        pen.c.setFillGray(0.35)
        pen.right_text(right, 34, w.word("page").format(n=page, m=pages), 7.2)
        pen.c.setFillGray(0)
        return top - 14

    y = header(1)
    if numbers:
        c.setFillGray(0.93)
        c.rect(left - 2, y - len(rows) * lead - 2, gutter - 4, len(rows) * lead + lead, 0, 1)
        c.setFillGray(0)
    for n, part in rows:
        if n and numbers:
            c.setFillGray(0.45)
            c.setFont(mono, size * 0.9)
            c.drawRightString(left + gutter - 8, y, str(n))
            c.setFillGray(0)
        pen.text(left + gutter, y, part, size, font=mono)
        y -= lead
    if pages == 2:
        pen.new_page()
        y = header(2) - 6
        pen.text(left, y, w.word("dict_head"), 10.5, font=ui.bold)
        y -= 18
        heads = w.word("dict_cols").split("|")
        xs = (left, left + (right - left) * 0.36, left + (right - left) * 0.86)
        for x, h in zip(xs, heads, strict=True):
            pen.text(x, y, h, 8.2, font=ui.bold)
        pen.hline(left, right, y - 4, 0.5)
        y -= 15
        for g in doc.groups:
            for it in g.items:
                base = it.key.split(":")[-1] if it.key.split(":")[0] in (
                    "spouse1", "spouse2", "holder") else it.key.split(":")[0]
                meaning = EXPORT_MEANINGS.get(base, "")
                if not meaning or y < 80:
                    continue
                kind = "Datum" if base in ("date_of_birth", "move_in_date", "issue_date",
                                           "entry_date", "passport_expiry", "expiry_date",
                                           "date_of_death", "marriage_date") else "Text"
                pen.text(xs[0], y, _key(w, it.key), 7.6, font=mono)
                pen.text(xs[1], y, meaning, 7.6, font=ui.regular)
                pen.text(xs[2], y, kind, 7.6, font=ui.regular)
                y -= 11.5


# --- changeform --------------------------------------------------------------------------------

_OFFICES: Final = {
    "anmeldung": "Bürgerbüro – Meldebehörde", "wohnungsgeberbestaetigung": "Meldebehörde",
    "geburtsurkunde": "Standesamt", "eheurkunde": "Standesamt", "sterbeurkunde": "Standesamt",
    "antrag_zulassung": "Straßenverkehrsamt – Zulassungsstelle",
    "aufenthaltstitel_antrag": "Ausländerbehörde", "identity_document": "Bürgerbüro",
}
_REASONS: Final = {
    "anmeldung": "reasons_anm", "wohnungsgeberbestaetigung": "reasons_wg",
    "geburtsurkunde": "reasons_cert", "eheurkunde": "reasons_cert",
    "sterbeurkunde": "reasons_cert", "antrag_zulassung": "reasons_kfz",
    "aufenthaltstitel_antrag": "reasons_aus", "identity_document": "reasons_id",
}


def _city_of(record: Record) -> str:
    for attr in ("address", "landlord_address"):
        a = getattr(record, attr, None)
        if isinstance(a, Address):
            return a.city
    office = getattr(record, "office", None)
    return office if isinstance(office, str) else "Bochum"


def _label(w: Extra37Wording, key: str) -> str:
    head, _, rest = key.partition(":")
    if head in ("spouse1", "spouse2", "holder"):
        return w(rest)
    return w(head)


def _draw_change(pen: Pen, doc: Doc, record: Record, s: Style, w: Extra37Wording,
                 rng: random.Random, pages: int) -> None:
    c = pen.c
    faces = _set4(rng.choice(SANS9 if rng.random() < 0.65 else SERIF9))
    reg, bold, ital = faces.regular, faces.bold, faces.italic
    left, right = pen.left, pen.right
    width = right - left
    old_cap, new_cap = rng.choice(CHANGE_PAIRS)
    same = rng.choice(CHANGE_SAME)
    same_mode = rng.choice(("once", "mark", "both"))
    mode = doc.mode
    size = rng.uniform(8.6, 9.8)
    ink = rng.choice(((0, 0, 0), (0.05, 0.1, 0.4), (0.1, 0.1, 0.1)))
    city = _city_of(record)
    form_no = w.word("form_no").format(n=rng.randint(10, 990))
    identity = isinstance(record, Identity)
    taken = truth_days(record)

    def wrap(text: str, sz: float, room: float) -> list[str]:
        return list(simpleSplit(text, reg, sz, room)) or [""]

    def val(x: float, y: float, text: str, sz: float) -> float:
        c.setFillColorRGB(*ink)
        end = pen.text(x, y, text, sz, font=reg)
        c.setFillColorRGB(0, 0, 0)
        return end

    def header(page: int, first: bool) -> float:
        y = float(PAGE_H) - 50
        pen.text(left, y, f"Stadt {city}", 11, font=bold)
        pen.text(left, y - 12, _OFFICES[doc.doc_type], 8.5, font=reg)
        pen.right_text(right, y, form_no, 7.5)
        pen.right_text(right, y - 11, w.word("page").format(n=page, m=pages), 7.5)
        pen.hline(left, right, y - 18, 0.7)
        y -= 38
        title = w.title(doc.doc_type)
        if not first:
            title += " (Fortsetzung)"
        pen.text(left, y, title, 13 if first else 10, font=bold)
        return y - 20

    y = header(1, True)
    # why the form was filled in
    options = CHANGE_WORDS[_REASONS[doc.doc_type]]
    ticked = set(rng.sample(range(len(options)), rng.randint(1, min(2, len(options)))))
    x = pen.text(left, y, w.word("reason") + ":", size * 0.92, font=bold) + 8
    for i, opt in enumerate(options):
        need = pen.box_width(size * 0.9) + 6 + pen.measure(opt, size * 0.9, font=reg) + 12
        if x + need > right:
            y -= size * 1.5
            x = left + 12
        x = pen.tick(x, y, i in ticked, size * 0.9)
        x = pen.text(x + 4, y, opt, size * 0.9, font=reg) + 12
    y -= size * 2.2

    # rows of every group, measured first so that the plan's page count holds
    groups = doc.groups
    split_at = len(groups)
    if pages == 2:
        split_at = max(1, min(len(groups) - 1, (len(groups) + 1) // 2)) if len(groups) > 1 \
            else 1

    col_item = width * rng.uniform(0.30, 0.36)
    col_old = (width - col_item) / 2

    def item_height(it: Item, sz: float) -> float:
        lead = sz * 1.45
        if mode == "table":
            lines_old = len(wrap(it.old or "", sz, col_old - 10)) if it.old else 1
            lines_new = len(wrap(it.value, sz, col_old - 10))
            lines_lab = len(wrap(_label(w, it.key), sz * 0.92, col_item - 12))
            return max(lines_old, lines_new, lines_lab) * lead + 5
        if mode == "stacked":
            return lead * (3.15 if it.old is not None else 2.15)
        return lead * 1.25 * (2 if it.old and len(it.old) + len(it.value) > 55 else 1)

    def group_height(g: Group, sz: float) -> float:
        return sz * 3.2 + sum(item_height(it, sz) for it in g.items) + \
            (sz * 1.6 if mode == "table" else 0)

    tail_h = 130.0
    copy_h = 0.0
    if identity:
        assert isinstance(record, Identity)
        cw = _card_size(record, "both", 1.0)[0]
        copy_scale = min(0.85, width * 0.7 / cw)
        copy_h = _card_size(record, "both", copy_scale)[1] + 30

    def total(sz: float, part: list[Group], extra: float) -> float:
        return sum(group_height(g, sz) for g in part) + extra

    first_part, second_part = groups[:split_at], groups[split_at:]
    sz = size
    if pages == 1:
        while total(sz, groups, tail_h + copy_h) > y - 60 and sz > 6.4:
            sz -= 0.25
    else:
        extra1 = 0.0 if second_part else tail_h
        while total(sz, first_part, extra1) > y - 60 and sz > 6.4:
            sz -= 0.25
    size = sz
    lead = size * 1.45

    def draw_group(g: Group, y: float) -> float:
        head = w.head(g.key)
        c.setFillGray(0.9)
        c.rect(left, y - 4, width, size * 1.55, 0, 1)
        c.setFillGray(0)
        pen.text(left + 4, y, head, size, font=bold)
        y -= size * 1.9
        if mode == "table":
            pen.text(left + 2, y, w.word("item"), size * 0.85, font=ital)
            pen.text(left + col_item, y, old_cap, size * 0.85, font=ital)
            pen.text(left + col_item + col_old, y, new_cap, size * 0.85, font=ital)
            pen.hline(left, right, y - 3, 0.4)
            y -= size * 1.6
        for it in g.items:
            y = draw_item(it, y)
        return y - size * 0.8

    def draw_choice(it: Item, x: float, y: float, sz: float) -> None:
        assert it.choice is not None
        opts, chosen = it.choice
        for i, opt in enumerate(opts):
            x = pen.tick(x, y, i == chosen, sz)
            x = pen.text(x + 3, y, opt, sz, font=reg) + 8

    def draw_item(it: Item, y: float) -> float:
        label = _label(w, it.key)
        if mode == "table":
            lab_lines = wrap(label, size * 0.92, col_item - 12)
            for k, ln in enumerate(lab_lines):
                pen.text(left + 2, y - k * lead, ln, size * 0.92, font=reg)
            xo, xn = left + col_item, left + col_item + col_old
            new_lines = wrap(it.value, size, col_old - 10)
            n = len(lab_lines)
            if it.choice is not None:
                draw_choice(it, xo, y, size * 0.9)
                n = max(n, 1)
            elif it.old is not None:
                old_lines = wrap(it.old, size, col_old - 10)
                c.setFillGray(0.35)
                for k, ln in enumerate(old_lines):
                    pen.text(xo, y - k * lead, ln, size, font=reg)
                c.setFillGray(0)
                for k, ln in enumerate(new_lines):
                    val(xn, y - k * lead, ln, size)
                n = max(n, len(old_lines), len(new_lines))
            elif same_mode == "once":
                for k, ln in enumerate(new_lines):
                    val(xo, y - k * lead, ln, size)
                pen.text(xn + col_old - 8 - pen.measure(same, size * 0.8, font=ital), y, same,
                         size * 0.8, font=ital)
                n = max(n, len(new_lines))
            elif same_mode == "mark":
                for k, ln in enumerate(new_lines):
                    val(xo, y - k * lead, ln, size)
                pen.text(xn, y, same, size * 0.9, font=ital)
                n = max(n, len(new_lines))
            else:
                for k, ln in enumerate(new_lines):
                    val(xo, y - k * lead, ln, size)
                    val(xn, y - k * lead, ln, size)
                n = max(n, len(new_lines))
            c.setStrokeGray(0.75)
            pen.hline(left, right, y - (n - 1) * lead - 4, 0.3)
            c.setStrokeGray(0)
            return y - n * lead - 5
        if mode == "stacked":
            pen.text(left + 4, y, label, size, font=bold)
            y -= lead
            if it.choice is not None:
                draw_choice(it, left + 18, y, size * 0.9)
                return y - lead * 1.15
            if it.old is None:
                end = val(left + 18, y, it.value, size)
                pen.text(end + 8, y, f"({same})", size * 0.85, font=ital)
                return y - lead * 1.15
            c.setFillGray(0.35)
            end = pen.text(left + 18, y, f"{old_cap}:", size * 0.9, font=ital)
            pen.text(max(end + 6, left + 110), y, it.old, size, font=reg)
            c.setFillGray(0)
            y -= lead
            end = pen.text(left + 18, y, f"{new_cap}:", size * 0.9, font=ital)
            val(max(end + 6, left + 110), y, it.value, size)
            return y - lead * 1.15
        # sentences
        x = pen.text(left + 4, y, f"{label}:", size, font=bold) + 6
        if it.choice is not None:
            draw_choice(it, x, y, size * 0.9)
            return y - lead * 1.25
        if it.old is None:
            text = f"{it.value} ({same})"
            val(x, y, text, size)
            return y - lead * 1.25
        lead_in = rng.choice(("Änderung von", "geändert von", "bisher"))
        link = {"bisher": "jetzt"}.get(lead_in, "auf")
        phrase = [(f"{lead_in} ", None), (f"»{it.old}«", "old"), (f" {link} ", None),
                  (f"»{it.value}«", "new")]
        for part, kind in phrase:
            need = pen.measure(part, size, font=reg)
            if x + need > right:
                y -= lead
                x = left + 18
            if kind == "new":
                x = val(x, y, part, size)
            else:
                if kind == "old":
                    c.setFillGray(0.35)
                x = pen.text(x, y, part, size, font=reg)
                c.setFillGray(0)
        return y - lead * 1.25

    for g in first_part:
        y = draw_group(g, y)

    def tail(y: float) -> float:
        for ln in wrap(w.word("declare"), size * 0.85, width):
            pen.text(left, y, ln, size * 0.85, font=ital)
            y -= size * 1.2
        y -= 26
        signed = getattr(record, "signed", None)
        place = city
        if isinstance(signed, date) and signed not in taken:
            place += ", " + s.date(signed)
            doc.distractors.append(s.date(signed))
        elif doc.doc_type in CERTIFICATES:
            place = ""
        if place:
            val(left, y + 6, place, size)
        pen.signature(left, y, w.word("certify" if doc.doc_type in CERTIFICATES else "sign"),
                      size * 0.78)
        bx = right - 170
        c.setStrokeGray(0.5)
        c.rect(bx, y - 10, 170, 46, 1, 0)
        c.setStrokeGray(0)
        pen.text(bx + 4, y + 27, w.word("office"), 6.6, font=reg)
        return y - 30

    def copy(y: float) -> float:
        assert isinstance(record, Identity)
        cw0, _ = _card_size(record, "both", 1.0)
        scale = min(0.85, width * 0.7 / cw0)
        cw, ch = _card_size(record, "both", scale)
        pen.text(left, y, w.word("copy_note"), size * 0.9, font=bold)
        _draw_copy(pen, record, "both", left + (width - cw) / 2, y - 8, scale,
                   rng.choice(VIZ_STYLES), random.Random(rng.randrange(10**6)), False)
        return y - ch - 22

    if pages == 2:
        pen.new_page()
        y = header(2, False)
        for g in second_part:
            y = draw_group(g, y)
        if identity:
            y = copy(y)
        tail(y)
    else:
        if identity:
            y = copy(y)
        tail(y)


# --- entry point -------------------------------------------------------------------------------


def draw_doc(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
             pages: int) -> Doc:
    w = s.words
    assert isinstance(w, Extra37Wording)
    doc = build_doc(record, s, rng, doc_type)
    if s.layout == "dataexport":
        _draw_export(pen, doc, record, w, rng, pages)
    else:
        _draw_change(pen, doc, record, s, w, rng, pages)
    return doc


def draw_extra37(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)


__all__ = ["CERTIFICATES", "Doc", "Group", "Item", "build_doc", "draw_doc", "draw_extra37",
           "truth_days"]

