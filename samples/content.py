"""Layout-neutral content of a form: titled sections of labelled values, ticked boxes, lists.

A builder per document type turns a record into a ``Form`` using the layout's ``Style``
(wording pool, date style, how addresses, sex and nationality are written, field order).
The renderers in ``samples.render`` then decide the geometry.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from samples.data import (
    Address,
    Anmeldung,
    Aufenthalt,
    Ehe,
    Geburt,
    Person,
    Record,
    Sterbe,
    Wohnungsgeber,
    Zulassung,
)
from samples.wording import (
    AUTHORITIES,
    DWELLING_OPTIONS,
    FOOTNOTES,
    PURPOSE_OPTIONS,
    PURPOSE_WORDING,
    SEX_ABBR,
    SEX_OPTIONS,
    SEX_WORDS,
    Wording,
    format_date,
    nationality_text,
)


@dataclass(slots=True)
class Item:
    """One label with its printed value; ``span`` is a width hint for grid layouts."""

    key: str
    label: str
    value: str
    span: int = 1


@dataclass(slots=True)
class Choice:
    """A row of tick boxes; ``ticked`` indexes ``options`` (``None``: nothing ticked)."""

    key: str
    label: str
    options: tuple[str, ...]
    ticked: int | None


@dataclass(slots=True)
class Lines:
    """A label over several values, one per line (tenants)."""

    key: str
    label: str
    values: tuple[str, ...]


Entry = Item | Choice | Lines


@dataclass(slots=True)
class Section:
    title: str | None
    entries: list[Entry]


@dataclass(slots=True)
class Parallel:
    """Two persons described side by side: rows of (label, first value, second value)."""

    titles: tuple[str, str]
    rows: list[tuple[str, str, str]]


Block = Section | Parallel


@dataclass(slots=True)
class Form:
    title: str
    authority: str
    blocks: list[Block]
    closing: list[str] = field(default_factory=list)
    intro: str | None = None
    footnote: str | None = None


@dataclass(slots=True)
class Style:
    """How one document of a layout family prints its values."""

    layout: str
    words: Wording
    rng: random.Random
    date_style: str
    address_mode: str  # split | lines | one_line
    sex_mode: str  # word | abbr | choice
    nationality_mode: str  # adjective | country
    purpose_mode: str  # wording | choice
    shuffle: bool

    def date(self, d: date) -> str:
        return format_date(d, self.date_style)

    def sex(self, code: str) -> Entry:
        label = self.words("sex")
        if self.sex_mode == "choice":
            options = tuple(SEX_WORDS[c] for c in SEX_OPTIONS)
            return Choice("sex", label, options, SEX_OPTIONS.index(code))
        table = SEX_ABBR if self.sex_mode == "abbr" else SEX_WORDS
        return Item("sex", label, table[code])

    def order(self, units: list[list[Entry]]) -> list[Entry]:
        """Flatten groups of entries, shuffling the groups when the style asks for it."""
        if self.shuffle:
            head, tail = units[:1], units[1:]
            self.rng.shuffle(tail)
            units = head + tail if self.rng.random() < 0.7 else tail + head
        return [e for unit in units for e in unit]


NAME_KEYS = frozenset({"family_name", "given_names", "birth_name"})


def item(s: Style, key: str, value: str, span: int = 1) -> Item:
    if key in NAME_KEYS and " " in value and s.rng.random() < 0.15:
        value = value.replace(" ", "  ", 1)  # typed twice: the truth collapses it
    return Item(key, s.words(key), value, span)


def address_entries(s: Style, a: Address) -> list[Entry]:
    if s.address_mode == "one_line":
        return [item(s, "address_line", a.line, 3)]
    if s.address_mode == "lines":
        return [item(s, "street_line", a.street_line, 2), item(s, "city_line", a.city_line, 2)]
    return [
        item(s, "street", a.street, 2), item(s, "house_number", a.number),
        item(s, "postal_code", a.postal_code), item(s, "city", a.city, 2),
    ]


def name_units(s: Style, p: Person) -> list[Entry]:
    family = item(s, "family_name", p.family, 2)
    given = item(s, "given_names", p.given, 2)
    return [family, given] if s.rng.random() < 0.65 else [given, family]


def person_units(s: Style, p: Person, *, nationality: bool = True) -> list[list[Entry]]:
    units: list[list[Entry]] = [name_units(s, p)]
    if p.birth_name:
        units[0].append(item(s, "birth_name", p.birth_name, 2))
    units.append([item(s, "date_of_birth", s.date(p.dob)), item(s, "place_of_birth", p.pob, 2)])
    units.append([s.sex(p.sex)])
    if nationality:
        text = nationality_text(p.nationality, s.nationality_mode)
        units.append([item(s, "nationality", text, 2)])
    return units


def signed_line(s: Style, city: str, d: date) -> str:
    return f"{city}, {s.date(d)}"


def authority(s: Style, doc_type: str, city: str) -> str:
    options = AUTHORITIES[doc_type]
    return f"Stadt {city} – {options[s.rng.randrange(len(options))]}"


# --- builders ------------------------------------------------------------------------------

def build_anmeldung(r: Anmeldung, s: Style) -> Form:
    w = s.words
    extra: list[Entry] = [item(s, "marital", r.marital)]
    if r.person.nationality != "DEU" or s.rng.random() < 0.5:
        extra = []
    person = Section(w("person"), s.order([*person_units(s, r.person), extra]))
    flat: list[Entry] = [item(s, "move_in_date", s.date(r.move_in)),
                         *address_entries(s, r.address)]
    if r.dwelling or s.rng.random() < 0.4:
        ticked = None if r.dwelling is None else [k for k, _ in DWELLING_OPTIONS].index(r.dwelling)
        flat.append(Choice("dwelling", w("dwelling"), tuple(t for _, t in DWELLING_OPTIONS),
                           ticked))
    blocks: list[Block] = [Section(w("new_dwelling"), flat)]
    if r.previous:
        blocks.append(Section(None, [item(s, "previous_address", r.previous, 3)]))
    if s.rng.random() < 0.5:
        blocks.reverse()
    blocks.insert(0 if s.rng.random() < 0.6 else len(blocks), person)
    if r.phone:
        blocks.append(Section(None, [item(s, "phone", r.phone, 2)]))
    closing = [signed_line(s, r.address.city, r.signed), "Unterschrift der meldepflichtigen Person"]
    return Form(w.title("anmeldung"), authority(s, "anmeldung", r.address.city), blocks, closing)


def build_wohnungsgeber(r: Wohnungsgeber, s: Style) -> Form:
    w = s.words
    landlord = Section(w("landlord"), [
        item(s, "landlord_name", r.landlord_name, 3),
        item(s, "landlord_address", r.landlord_address.line, 3),
        Choice("landlord_role", w("landlord_role"), ("Eigentümer", "beauftragte Person"),
               0 if r.landlord_is_owner else 1),
    ])
    flat = Section(w("flat"), [item(s, "wg_move_in", s.date(r.move_in)),
                               *address_entries(s, r.address)])
    tenants = Section(None, [Lines("tenant_names", w("tenant_names"), r.tenants)])
    blocks: list[Block] = [landlord, flat, tenants]
    if s.shuffle:
        order = s.rng.choice(([0, 1, 2], [1, 2, 0], [0, 2, 1], [1, 0, 2]))
        blocks = [blocks[i] for i in order]
    closing = [signed_line(s, r.landlord_address.city, r.signed),
               "Unterschrift des Wohnungsgebers oder der beauftragten Person"]
    intro = ("Hiermit wird bestätigt, dass die unten genannte(n) Person(en) in die "
             "Wohnung eingezogen ist/sind.")
    return Form(w.title("wohnungsgeberbestaetigung"),
                authority(s, "wohnungsgeberbestaetigung", r.address.city), blocks, closing, intro)


def registry_section(s: Style, register: str) -> Section:
    return Section(None, [item(s, "register_number", register, 2)])


def issue_closing(s: Style, office: str, issue: date) -> list[str]:
    label = s.words("issue_date")
    if s.rng.random() < 0.5:
        return [f"{office}, den {s.date(issue)}", "Der Standesbeamte / Die Standesbeamtin"]
    return [f"{label}: {s.date(issue)}", "Der Standesbeamte / Die Standesbeamtin"]


def build_geburt(r: Geburt, s: Style) -> Form:
    w = s.words
    units = person_units(s, r.child, nationality=False)
    units.append([item(s, "birth_time", f"{r.birth_time} Uhr")])
    child = Section(w("child"), s.order(units))
    parents: list[Entry] = [item(s, "mother_name", r.mother, 3)]
    if r.father:
        parents.append(item(s, "father_name", r.father, 3))
    blocks: list[Block] = [registry_section(s, r.register), child,
                           Section(w("parents"), parents)]
    return Form(w.title("geburtsurkunde"), f"Standesamt {r.office}", blocks,
                issue_closing(s, r.office, r.issue))


def spouse_titles(s: Style) -> tuple[str, str]:
    base = s.words("spouse")
    return f"{base} 1", f"{base} 2"


def build_ehe(r: Ehe, s: Style) -> Form:
    w = s.words
    a, b = r.spouse1, r.spouse2
    rows = [
        (w("family_name"), a.family, b.family),
        (w("given_names"), a.given, b.given),
        (w("date_of_birth"), s.date(a.dob), s.date(b.dob)),
        (w("place_of_birth"), a.pob, b.pob),
    ]
    if s.shuffle:
        first, rest = rows[:2], rows[2:]
        s.rng.shuffle(first)
        rows = first + rest
    marriage = Section(w("marriage"), [item(s, "marriage_date", s.date(r.marriage_date)),
                                       item(s, "marriage_place", r.marriage_place, 2)])
    blocks: list[Block] = [registry_section(s, r.register), Parallel(spouse_titles(s), rows)]
    blocks.insert(1 if s.rng.random() < 0.5 else 2, marriage)
    return Form(w.title("eheurkunde"), f"Standesamt {r.office}", blocks,
                issue_closing(s, r.office, r.issue))


def build_sterbe(r: Sterbe, s: Style) -> Form:
    w = s.words
    units = person_units(s, r.person, nationality=False)[:2]
    units.append([item(s, "last_residence", r.last_residence, 3)])
    person = Section(w("deceased"), s.order(units))
    death = Section(None, [item(s, "date_of_death", s.date(r.date_of_death)),
                           item(s, "place_of_death", r.place_of_death, 2)])
    blocks: list[Block] = [registry_section(s, r.register), person, death]
    return Form(w.title("sterbeurkunde"), f"Standesamt {r.office}", blocks,
                issue_closing(s, r.office, r.issue))


def group_iban(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def build_zulassung(r: Zulassung, s: Style) -> Form:
    w = s.words
    units: list[list[Entry]] = [name_units(s, r.holder),
                                [item(s, "date_of_birth", s.date(r.holder.dob))]]
    holder = Section(w("holder"), s.order(units) + address_entries(s, r.address))
    vehicle_entries: list[Entry] = [
        item(s, "make", r.make), item(s, "model", r.model), item(s, "vin", r.vin, 2),
        item(s, "evb_number", r.evb),
    ]
    if r.plate:
        printed = r.plate if s.rng.random() < 0.6 else r.plate.replace("-", " ")
        vehicle_entries.append(item(s, "desired_plate", printed))
    iban = group_iban(r.iban) if s.rng.random() < 0.7 else r.iban
    sepa = Section(w("sepa"), [
        item(s, "account_holder", r.account_holder, 3), item(s, "iban", iban, 3),
        item(s, "bic", r.bic), item(s, "bank", r.bank, 2),
    ])
    blocks: list[Block] = [holder, Section(w("vehicle"), vehicle_entries), sepa]
    closing = [signed_line(s, r.address.city, r.signed), "Unterschrift Antragsteller/in"]
    return Form(w.title("antrag_zulassung"),
                authority(s, "antrag_zulassung", r.address.city), blocks, closing)


def purpose_entry(s: Style, purpose: str) -> Entry:
    label = s.words("purpose")
    if s.purpose_mode == "choice":
        keys = [k for k, _ in PURPOSE_OPTIONS]
        return Choice("purpose", label, tuple(t for _, t in PURPOSE_OPTIONS), keys.index(purpose))
    options = PURPOSE_WORDING[purpose]
    return Item("purpose", label, options[s.rng.randrange(len(options))], 3)


def build_aufenthalt(r: Aufenthalt, s: Style) -> Form:
    w = s.words
    person = Section(w("person"), s.order(person_units(s, r.person)))
    passport = Section(w("passport"), [
        item(s, "passport_number", r.passport_number),
        item(s, "passport_expiry_date", s.date(r.passport_expiry)),
    ])
    stay = Section(w("stay"), [item(s, "entry_date", s.date(r.entry)),
                               purpose_entry(s, r.purpose)])
    residence = Section(w("residence"), address_entries(s, r.address))
    blocks: list[Block] = [person, passport, residence, stay]
    if s.shuffle:
        tail = blocks[1:]
        s.rng.shuffle(tail)
        blocks = blocks[:1] + tail
    closing = [signed_line(s, r.address.city, r.signed), "Unterschrift Antragsteller/in"]
    return Form(w.title("aufenthaltstitel_antrag"),
                authority(s, "aufenthaltstitel_antrag", r.address.city), blocks, closing)


def _build(record: Record, style: Style) -> tuple[str, Form]:
    match record:
        case Anmeldung():
            return "anmeldung", build_anmeldung(record, style)
        case Wohnungsgeber():
            return "wohnungsgeberbestaetigung", build_wohnungsgeber(record, style)
        case Geburt():
            return "geburtsurkunde", build_geburt(record, style)
        case Ehe():
            return "eheurkunde", build_ehe(record, style)
        case Sterbe():
            return "sterbeurkunde", build_sterbe(record, style)
        case Zulassung():
            return "antrag_zulassung", build_zulassung(record, style)
        case Aufenthalt():
            return "aufenthaltstitel_antrag", build_aufenthalt(record, style)
    raise TypeError(type(record))


def build_form(record: Record, style: Style) -> Form:
    """The layout-neutral content of ``record`` (not for identity documents)."""
    doc_type, form = _build(record, style)
    if style.rng.random() < 0.6:
        notes = FOOTNOTES[doc_type]
        form.footnote = notes[style.rng.randrange(len(notes))]
    return form
