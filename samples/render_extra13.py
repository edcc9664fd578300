"""The thirteenth extra pair of blind held-out layouts: ``quiz`` and ``register``.

``quiz`` is a citizen-friendly questionnaire in easy language. Every field is asked as a
numbered question in plain words (a whole question sentence, sometimes with a short
explanation in smaller type under it); the answer stands on the line(s) below the question,
after a drawn arrow or an answer marker, or in a box. Yes / no and choice questions (sex,
dwelling, purpose of stay, the landlord's role, the kind of document) are large tick boxes
with plain-language options, and a "yes" may lead on to a follow-up question. Names, dates and
addresses are sometimes split over sub-answers (given and family name, street and house number,
postal code and place, or a date in day / month / year boxes). Large friendly type, generous
spacing, a page counter, and simple drawn pictograms (a person, a house, a car, a calendar …)
beside the block headings. Certificates are an information letter from the registry office
that restates the certificate's data as questions and answers; identity documents are a short
questionnaire about the copy with the copy of the document below it.

``register`` is an official printout from a registry system: a dense page in small type with a
header (issuer, system, print time, user, sheet counter), the title and the entry number, then
one block per person or topic (child / mother / father; spouse 1 / spouse 2 / marriage;
applicant / dwelling / …) with a block heading, and in each block one row per field: a two- or
four-digit field code, the label and the value in columns whose widths vary per document (long
values continue on a second line). A section of marginal notes follows (days, places and field
codes of other events, none of them a truth value), then the certification with place, date,
the official's name and a seal, and a footer. The four application forms are the case-file
printout of the authority's system in the same style; identity documents are a system printout
with the coded document data, the picture of the data page and the machine-readable zone.

Both draw straight from the record with the wording of ``samples.wording_extra13``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples import pools
from samples.content import Style, group_iban
from samples.data import (
    GERMAN_BIRTH_TOWNS,
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
from samples.fonts import mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _seal,
    _signature,
    other_day,
    random_name,
)
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra11 import _passport_cover
from samples.truth import truth_fields
from samples.wording_extra13 import (
    DWELLING13,
    DWELLING_ORDER13,
    ID_KINDS13,
    LANDLORD_ROLES13,
    PURPOSE13,
    PURPOSE_ORDER13,
    SEX13,
    SEX_ORDER13,
    YES_NO13,
    Extra13Wording,
    date_parts,
    format_extra13_date,
    nationality_word,
    printed_dates,
    sex_word,
)

RGB = tuple[float, float, float]

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Ans:
    """One answer of the questionnaire or one coded row of the printout."""

    key: str  # the wording key (question or label)
    value: str = ""
    kind: str = "text"  # text | date | choice | parts | list | gate
    day: date | None = None  # a date's day (day / month / year boxes)
    parts: list[tuple[str, Ans]] = field(default_factory=list)  # (caption key, sub-answer)
    options: tuple[str, ...] = ()
    chosen: int | None = None
    values: tuple[str, ...] = ()  # a list answer (persons moving in)
    follow: Ans | None = None  # the question a gate's "yes" leads on to
    label: str = ""  # a label of its own (numbered persons)
    short: bool = False


@dataclass(slots=True)
class Grp:
    key: str  # the block heading's key
    items: list[Ans]


@dataclass(slots=True)
class Doc:
    title: str
    city: str
    unit: str
    groups: list[Grp]
    certificate: bool
    kind: str  # the notes' pool: a certificate type, "case" or "identity_document"


def _w(s: Style) -> Extra13Wording:
    assert isinstance(s.words, Extra13Wording)
    return s.words


def _is_quiz(s: Style) -> bool:
    return s.layout == "quiz"


def _date_a(s: Style, key: str, d: date) -> Ans:
    return Ans(key, s.date(d), "date", day=d, short=True)


UNITS13: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Meldebehörde", "Einwohnermeldeamt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Meldebehörde"),
    "antrag_zulassung": ("Zulassungsstelle", "Straßenverkehrsamt"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Ausländeramt"),
    "identity_document": ("Bürgerbüro", "Ausländerbehörde"),
}


# --- the questionnaire's content ----------------------------------------------------------------


def _q_name(rng: random.Random, prefix: str, given: str, family: str) -> list[Ans]:
    """The name as one question with two sub-answers, or as two questions."""
    if rng.random() < 0.55:
        parts = [("given", Ans("given", given)), ("family", Ans("family", family))]
        if rng.random() < 0.4:
            parts.reverse()
        return [Ans(prefix + "name", kind="parts", parts=parts)]
    items = [Ans(prefix + "family_name", family), Ans(prefix + "given_names", given)]
    if rng.random() < 0.5:
        items.reverse()
    return items


def _q_address(s: Style, a: Address, key: str, rng: random.Random) -> list[Ans]:
    if s.address_mode == "one_line":
        return [Ans(key, a.line)]
    if s.address_mode == "lines":
        return [Ans(key, kind="parts", parts=[("street_line", Ans("street_line", a.street_line)),
                                              ("city_line", Ans("city_line", a.city_line))])]
    if rng.random() < 0.35:  # one question per part
        return [Ans("street", a.street), Ans("house_number", a.number, short=True),
                Ans("postal_code", a.postal_code, short=True), Ans("city", a.city, short=True)]
    return [Ans(key, kind="parts", parts=[
        ("street", Ans("street", a.street)),
        ("house_number", Ans("house_number", a.number, short=True)),
        ("postal_code", Ans("postal_code", a.postal_code, short=True)),
        ("city", Ans("city", a.city))])]


def _q_sex(s: Style, key: str, code: str, who: str) -> Ans:
    table = SEX13[who]
    if s.sex_mode == "choice":
        return Ans(key, kind="choice", options=tuple(table[c] for c in SEX_ORDER13),
                   chosen=SEX_ORDER13.index(code))
    return Ans(key, table[code] if who == "child" else sex_word(code, "word"), short=True)


def _q_choice(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
              chosen: str | None) -> Ans:
    if s.purpose_mode == "choice" or chosen is None:
        return Ans(key, kind="choice", options=tuple(table[k][0] for k in order),
                   chosen=order.index(chosen) if chosen else None)
    return Ans(key, table[chosen][0])


def _gate(rng: random.Random, key: str, follow: Ans | None) -> Ans:
    yes, no = YES_NO13[rng.randrange(len(YES_NO13))]
    return Ans(key, kind="gate", options=(yes, no), chosen=0 if follow else 1, follow=follow)


def _optional(rng: random.Random, gate: str, follow: Ans | None, p_gate: float) -> list[Ans]:
    """An optional answer: behind a yes / no question, asked plainly, or left out."""
    if follow is not None:
        return [_gate(rng, gate, follow)] if rng.random() < p_gate else [follow]
    return [_gate(rng, gate, None)] if rng.random() < p_gate else []


def _q_person(s: Style, p: Person, rng: random.Random, *, sex: bool, nat: bool,
              place: bool = True) -> list[Ans]:
    items = _q_name(rng, "", p.given, p.family)
    if p.birth_name:
        items += _optional(rng, "birth_name_gate", Ans("birth_name", p.birth_name), 0.6)
    items.append(_date_a(s, "date_of_birth", p.dob))
    if place:
        items.append(Ans("place_of_birth", p.pob))
    if sex:
        items.append(_q_sex(s, "sex", p.sex, "self"))
    if nat:
        items.append(Ans("nationality", nationality_word(p.nationality, s.nationality_mode),
                         short=True))
    return items


def _q_register(s: Style, record: Geburt | Ehe | Sterbe, rng: random.Random) -> Grp:
    items = [Ans("registry_office", f"Standesamt {record.office}"),
             Ans("register_number", record.register, short=True),
             _date_a(s, "issue_date", record.issue)]
    if rng.random() < 0.4:
        items = [items[1], items[0], items[2]]
    return Grp("register", items)


def build_quiz(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The questions of one questionnaire (or of one information letter)."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _q_person(s, p, rng, sex=True, nat=True)
            if rng.random() < 0.45:
                person.append(Ans("marital", record.marital, short=True))
            if record.phone and rng.random() < 0.35:
                person.append(Ans("phone", record.phone, short=True))
            flat = [_date_a(s, "move_in_date", record.move_in),
                    *_q_address(s, a, "new_address", rng)]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_q_choice(s, "dwelling", DWELLING13, DWELLING_ORDER13,
                                      record.dwelling))
            groups = [Grp("person", person), Grp("dwelling", flat)]
            prev = Ans("previous_address", record.previous) if record.previous else None
            previous = _optional(rng, "previous_gate", prev, 0.55)
            if previous:
                groups.append(Grp("previous", previous))
            if rng.random() < 0.25:
                groups[0], groups[1] = groups[1], groups[0]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Wohnungsgeber():
            a = record.address
            landlord = [Ans("landlord_name", record.landlord_name),
                        Ans("landlord_address", record.landlord_address.line)]
            if rng.random() < 0.7:
                role = 0 if record.landlord_is_owner else 1
                landlord.append(Ans("landlord_role", kind="choice",
                                    options=tuple(r[0] for r in LANDLORD_ROLES13), chosen=role))
            flat = [_date_a(s, "wg_move_in", record.move_in),
                    *_q_address(s, a, "flat_address", rng)]
            tenants = [Ans("tenants", kind="list", values=record.tenants)]
            groups = [Grp("landlord", landlord), Grp("flat", flat), Grp("tenants", tenants)]
            if rng.random() < 0.3:
                groups = [groups[1], groups[2], groups[0]]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Zulassung():
            h, a = record.holder, record.address
            holder = [*_q_name(rng, "", h.given, h.family), _date_a(s, "date_of_birth", h.dob),
                      *_q_address(s, a, "home_address", rng)]
            vehicle = [Ans("make", record.make, short=True), Ans("model", record.model,
                                                                 short=True),
                       Ans("vin", record.vin), Ans("evb_number", record.evb, short=True)]
            plate = Ans("desired_plate", record.plate, short=True) if record.plate else None
            vehicle += _optional(rng, "plate_gate", plate, 0.55)
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Ans("account_holder", record.account_holder), Ans("iban", iban)]
            if rng.random() < 0.5:
                sepa.append(Ans("bic", record.bic, short=True))
            if rng.random() < 0.5:
                sepa.append(Ans("bank", record.bank))
            groups = [Grp("holder", holder), Grp("vehicle", vehicle), Grp("sepa", sepa)]
            if rng.random() < 0.25:
                groups[0], groups[1] = groups[1], groups[0]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Aufenthalt():
            p, a = record.person, record.address
            person = _q_person(s, p, rng, sex=rng.random() < 0.6, nat=True)
            stay = [Ans("passport_number", record.passport_number, short=True),
                    _date_a(s, "passport_expiry_date", record.passport_expiry),
                    _date_a(s, "entry_date", record.entry),
                    _q_choice(s, "purpose", PURPOSE13, PURPOSE_ORDER13, record.purpose)]
            home = _q_address(s, a, "residence_address", rng)
            groups = [Grp("person", person), Grp("passport", stay), Grp("residence", home)]
            if rng.random() < 0.3:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Geburt():
            c = record.child
            child = [*_q_name(rng, "c_", c.given, c.family),
                     _date_a(s, "c_date_of_birth", c.dob), Ans("c_place_of_birth", c.pob),
                     _q_sex(s, "c_sex", c.sex, "child")]
            if rng.random() < 0.5:
                child.append(Ans("birth_time", f"{record.birth_time} Uhr", short=True))
            parents = [Ans("mother_name", record.mother)]
            if record.father:
                parents.append(Ans("father_name", record.father))
            groups = [Grp("child", child), Grp("parents", parents), _q_register(s, record, rng)]
            if rng.random() < 0.3:
                groups = [groups[2], groups[0], groups[1]]
            return Doc(title, record.office, "Standesamt", groups, True, "geburtsurkunde")
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                pre = f"s{k}_"
                items = _q_name(rng, pre, sp.given, sp.family)
                if sp.birth_name and rng.random() < 0.5:
                    items.append(Ans(pre + "birth_name", sp.birth_name))
                items.append(_date_a(s, pre + "date_of_birth", sp.dob))
                if rng.random() < 0.4:
                    items.append(Ans(pre + "place_of_birth", sp.pob))
                spouses.append(Grp(f"spouse{k}", items))
            marriage = Grp("marriage", [_date_a(s, "marriage_date", record.marriage_date),
                                        Ans("marriage_place", record.marriage_place)])
            groups = [marriage, *spouses] if rng.random() < 0.5 else [*spouses, marriage]
            groups.append(_q_register(s, record, rng))
            return Doc(title, record.office, "Standesamt", groups, True, "eheurkunde")
        case Sterbe():
            p = record.person
            deceased = [*_q_name(rng, "d_", p.given, p.family),
                        _date_a(s, "d_date_of_birth", p.dob), Ans("d_place_of_birth", p.pob)]
            if rng.random() < 0.5:
                deceased.append(Ans("last_residence", record.last_residence))
            death = Grp("death", [_date_a(s, "date_of_death", record.date_of_death),
                                  Ans("place_of_death", record.place_of_death)])
            groups = [Grp("deceased", deceased), death, _q_register(s, record, rng)]
            if rng.random() < 0.3:
                groups = [groups[1], groups[0], groups[2]]
            return Doc(title, record.office, "Standesamt", groups, True, "sterbeurkunde")
        case Identity():
            kind = "P" if record.document_code.startswith("P") else "I"
            items = [Ans("doc_kind", kind="choice",
                         options=(ID_KINDS13["P"][0], ID_KINDS13["I"][0]),
                         chosen=0 if kind == "P" else 1),
                     Ans("doc_number", record.document_number, short=True),
                     _date_a(s, "expiry_date", record.expiry)]
            if rng.random() < 0.4:
                items = [items[0], items[2], items[1]]
            city = record.authority.replace("Stadt ", "") or rng.choice(pools.HOME_CITIES)
            return Doc(title, city, rng.choice(UNITS13["identity_document"]),
                       [Grp("document", items)], False, "identity_document")
    raise TypeError(type(record))


# --- the printout's content -------------------------------------------------------------------


def _r_sex(s: Style, code: str) -> Ans:
    mode = s.sex_mode if s.sex_mode in ("word", "key", "letter") else "word"
    return Ans("sex", sex_word(code, mode), short=True)


def _r_nat(s: Style, code: str) -> Ans:
    mode = s.nationality_mode if s.nationality_mode != "country" else "adjective"
    return Ans("nationality", nationality_word(code, mode), short=True)


def _r_address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[Ans]:
    if s.address_mode == "one_line":
        return [Ans(line_key, a.line)]
    if s.address_mode == "lines":
        return [Ans("street_line", a.street_line), Ans("city_line", a.city_line)]
    items = [Ans("street", a.street), Ans("house_number", a.number, short=True),
             Ans("postal_code", a.postal_code, short=True), Ans("city", a.city, short=True)]
    if rng.random() < 0.3:
        items = [items[2], items[3], items[0], items[1]]
    return items


def _r_person(s: Style, p: Person, rng: random.Random, *, sex: bool = True, nat: bool = True,
              place: bool = True) -> list[Ans]:
    items = [Ans("family_name", p.family), Ans("given_names", p.given)]
    if p.birth_name:
        items.append(Ans("birth_name", p.birth_name))
    items.append(_date_a(s, "date_of_birth", p.dob))
    if place:
        items.append(Ans("place_of_birth", p.pob))
    if sex:
        items.append(_r_sex(s, p.sex))
    if nat:
        items.append(_r_nat(s, p.nationality))
    return items


def _r_register(s: Style, record: Geburt | Ehe | Sterbe) -> Grp:
    return Grp("register", [Ans("registry_office", f"Standesamt {record.office}"),
                            Ans("register_number", record.register, short=True),
                            _date_a(s, "issue_date", record.issue)])


def build_register(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The coded rows of one printout."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _r_person(s, p, rng)
            if rng.random() < 0.5:
                person.append(Ans("marital", record.marital, short=True))
            if record.phone and rng.random() < 0.3:
                person.append(Ans("phone", record.phone, short=True))
            flat = [_date_a(s, "move_in_date", record.move_in),
                    *_r_address(s, a, "address_line", rng)]
            if record.dwelling:
                flat.append(Ans("dwelling", DWELLING13[record.dwelling][1], short=True))
            groups = [Grp("person", person), Grp("dwelling", flat)]
            if record.previous:
                groups.append(Grp("previous", [Ans("previous_address", record.previous)]))
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Wohnungsgeber():
            a = record.address
            landlord = [Ans("landlord_name", record.landlord_name),
                        Ans("landlord_address", record.landlord_address.line)]
            if rng.random() < 0.7:
                role = LANDLORD_ROLES13[0 if record.landlord_is_owner else 1][1]
                landlord.append(Ans("landlord_role", role))
            flat = [_date_a(s, "move_in_date", record.move_in),
                    *_r_address(s, a, "flat_line", rng)]
            sep = rng.choice((" ", " /", " Nr. "))
            tenants = [Ans("tenant", t, label=f"{w('tenant')}{sep}{k}")
                       for k, t in enumerate(record.tenants, 1)]
            groups = [Grp("landlord", landlord), Grp("flat", flat), Grp("tenants", tenants)]
            if rng.random() < 0.3:
                groups = [groups[1], groups[2], groups[0]]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Zulassung():
            h, a = record.holder, record.address
            holder = [*_r_person(s, h, rng, sex=False, nat=False, place=False),
                      *_r_address(s, a, "address_line", rng)]
            vehicle = [Ans("make", record.make, short=True), Ans("model", record.model,
                                                                 short=True),
                       Ans("vin", record.vin), Ans("evb_number", record.evb, short=True)]
            if record.plate:
                vehicle.append(Ans("desired_plate", record.plate, short=True))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Ans("account_holder", record.account_holder), Ans("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(Ans("bic", record.bic, short=True))
            if rng.random() < 0.6:
                sepa.append(Ans("bank", record.bank))
            groups = [Grp("holder", holder), Grp("vehicle", vehicle), Grp("sepa", sepa)]
            if rng.random() < 0.3:
                groups = [groups[1], groups[0], groups[2]]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Aufenthalt():
            p, a = record.person, record.address
            stay = [Ans("passport_number", record.passport_number, short=True),
                    _date_a(s, "passport_expiry_date", record.passport_expiry),
                    _date_a(s, "entry_date", record.entry),
                    Ans("purpose", PURPOSE13[record.purpose][1])]
            groups = [Grp("person", _r_person(s, p, rng, sex=rng.random() < 0.6)),
                      Grp("passport", stay),
                      Grp("residence", _r_address(s, a, "address_line", rng))]
            if rng.random() < 0.3:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(title, a.city, rng.choice(UNITS13[doc_type]), groups, False, "case")
        case Geburt():
            c = record.child
            child = _r_person(s, c, rng, nat=False)
            if rng.random() < 0.6:
                child.append(Ans("birth_time", f"{record.birth_time} Uhr", short=True))
            groups = [Grp("child", child), Grp("mother", [Ans("mother_name", record.mother)])]
            if record.father:
                groups.append(Grp("father", [Ans("father_name", record.father)]))
            reg = _r_register(s, record)
            groups = [reg, *groups] if rng.random() < 0.35 else [*groups, reg]
            return Doc(title, record.office, "Standesamt", groups, True, "geburtsurkunde")
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                items = [Ans("family_name", sp.family), Ans("given_names", sp.given)]
                if sp.birth_name:
                    items.append(Ans("birth_name", sp.birth_name))
                items.append(_date_a(s, "date_of_birth", sp.dob))
                if rng.random() < 0.5:
                    items.append(Ans("place_of_birth", sp.pob))
                spouses.append(Grp(f"spouse{k}", items))
            marriage = Grp("marriage", [_date_a(s, "marriage_date", record.marriage_date),
                                        Ans("marriage_place", record.marriage_place)])
            groups = [marriage, *spouses] if rng.random() < 0.6 else [*spouses, marriage]
            reg = _r_register(s, record)
            groups = [reg, *groups] if rng.random() < 0.35 else [*groups, reg]
            return Doc(title, record.office, "Standesamt", groups, True, "eheurkunde")
        case Sterbe():
            p = record.person
            deceased = _r_person(s, p, rng, sex=False, nat=False)
            if rng.random() < 0.5:
                deceased.append(Ans("last_residence", record.last_residence))
            death = Grp("death", [_date_a(s, "date_of_death", record.date_of_death),
                                  Ans("place_of_death", record.place_of_death)])
            groups = [Grp("deceased", deceased), death]
            if rng.random() < 0.3:
                groups.reverse()
            reg = _r_register(s, record)
            groups = [reg, *groups] if rng.random() < 0.35 else [*groups, reg]
            return Doc(title, record.office, "Standesamt", groups, True, "sterbeurkunde")
        case Identity():
            t = truth_fields(record)
            kind = "P" if record.document_code.startswith("P") else "I"
            items = [Ans("doc_kind", ID_KINDS13[kind][1]),
                     Ans("doc_code", record.document_code, short=True),
                     Ans("doc_number", record.document_number, short=True),
                     Ans("issuing_state", record.issuing_state, short=True),
                     Ans("mrz_family", str(t["family_name"])),
                     Ans("mrz_given", str(t["given_names"])),
                     _date_a(s, "date_of_birth", record.person.dob),
                     _r_sex(s, str(t["sex"])), _r_nat(s, record.person.nationality),
                     _date_a(s, "expiry_date", record.expiry)]
            city = record.authority.replace("Stadt ", "") or rng.choice(pools.HOME_CITIES)
            return Doc(title, city, rng.choice(UNITS13["identity_document"]),
                       [Grp("document", items)], False, "identity_document")
    raise TypeError(type(record))


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    if _is_quiz(s):
        return build_quiz(record, s, rng, doc_type)
    return build_register(record, s, rng, doc_type)


def answers(doc: Doc) -> list[Ans]:
    """Every answer of the document, sub-answers and follow-ups included (for tests)."""
    out: list[Ans] = []

    def add(a: Ans) -> None:
        out.append(a)
        for _, part in a.parts:
            add(part)
        if a.follow is not None:
            add(a.follow)

    for g in doc.groups:
        for a in g.items:
            add(a)
    return out


# --- furniture that is never a truth value --------------------------------------------------


def _truth_strings(record: Record) -> set[str]:
    """Every truth value, its words and its date printings (furniture must hit none)."""
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


def _free_number(record: Record, rng: random.Random, lo: int, hi: int) -> str:
    """A number that is no truth value and occurs in none."""
    taken = _truth_strings(record)
    for _ in range(200):
        n = str(rng.randint(lo, hi))
        if not any(n in t for t in taken):
            return n
    return str(hi + 7)


def _furniture_day(record: Record, rng: random.Random, back: int = 40) -> date:
    """A recent day (print date, signature, letter) that is none of the truth's dates."""
    base = REFERENCE_DATE - timedelta(days=rng.randint(0, back))
    day = other_day(record, base, rng, 0)
    if day > REFERENCE_DATE:
        day = other_day(record, base - timedelta(days=9), rng, 0)
    return day


def _note_day(record: Record, rng: random.Random, printed: date) -> date:
    """A day for a marginal note: after the registered event (certificates) or in the weeks
    before the printout (cases), and none of the truth's dates."""
    match record:
        case Geburt():
            lo = record.child.dob
        case Ehe():
            lo = record.marriage_date
        case Sterbe():
            lo = record.date_of_death
        case _:
            lo = printed - timedelta(days=75)
    span = max(1, (printed - lo).days - 1)
    return other_day(record, lo + timedelta(days=rng.randint(1, span)), rng, 0)


def _other_place(record: Record, rng: random.Random, taken: set[str]) -> str:
    """A town that is no truth value and shares no word with one."""
    words = _truth_strings(record) | taken
    towns = [t for t in (*pools.CITIES, *GERMAN_BIRTH_TOWNS)
             if not set(t.replace("-", " ").split()) & words and t not in words]
    return rng.choice(towns) if towns else "Lüdenscheid"


def _numeric(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, width)) or [""]


def _official(record: Record, rng: random.Random) -> str:
    return random_name(rng, _truth_strings(record))


# --- quiz: drawing ------------------------------------------------------------------------------

ACCENTS: Final[tuple[RGB, ...]] = ((0.13, 0.39, 0.66), (0.1, 0.5, 0.38), (0.55, 0.25, 0.55),
                                   (0.78, 0.42, 0.08), (0.2, 0.2, 0.2))
QUIZ_FACES: Final = (SANS9[0], SANS9[1], SANS9[2], SANS9[1], SANS9[3], SERIF9[0])


@dataclass(slots=True)
class Blk:
    height: float
    draw: Callable[[float], None]  # draws the block with its top at y
    brk: bool = True  # a page may break before this block


@dataclass(slots=True)
class _Qz:
    pen: Pen
    rng: random.Random
    faces: Set4
    value_face: str
    left: float
    right: float
    qs: float  # question size
    hs: float  # help size
    vs: float  # value size
    numbering: str  # circle | badge | plain | word
    answer: str  # line | arrow | box | marker
    tick: str  # cross | check
    accent: RGB
    icons: bool
    choice_row: bool
    rule_dots: bool
    heading: str  # band | rule | plain
    salt: int
    k: float = 1.0
    number: int = 0
    marker: str = ""

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def indent(self) -> float:
        return self.qs * 2.6

    def text(self, x: float, y: float, s: str, size: float, face: str, gray: float = 0.0
             ) -> None:
        c = self.pen.c
        c.setFillGray(gray)
        c.setFont(face, size)
        c.drawString(x, y, s)
        c.setFillGray(0)


def _make_qz(pen: Pen, rng: random.Random, k: float) -> _Qz:
    faces = _set4(rng.choice(QUIZ_FACES))
    mono = _reg(*rng.choice(MONO9[1:3]))
    hand = _set4(rng.choice((SERIF9[0], SANS9[1], SERIF9[2]))).italic
    value_face = rng.choice((faces.regular, faces.regular, faces.bold, mono, hand))
    qs = rng.uniform(12.5, 15.0)
    return _Qz(pen, rng, faces, value_face, rng.uniform(50, 64), PAGE_W - rng.uniform(48, 60),
               qs, rng.uniform(9.5, 10.8), rng.uniform(12.0, 14.0),
               rng.choice(("circle", "badge", "plain", "word")),
               rng.choice(("line", "line", "arrow", "box", "marker")),
               rng.choice(("cross", "check")), rng.choice(ACCENTS), rng.random() < 0.8,
               rng.random() < 0.35, rng.random() < 0.4, rng.choice(("band", "rule", "plain")),
               rng.getrandbits(24), k)


# pictograms drawn as simple shapes


def _icon(c: Canvas, kind: str, x: float, y: float, size: float, ink: RGB) -> None:
    """A pictogram in a ``size`` square with its lower-left corner at (x, y)."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setFillColorRGB(*ink)
    c.setLineWidth(max(0.8, size / 22))
    s = size
    if kind in ("person", "child", "pair"):
        heads = [(x + s * 0.5, s * 0.26)] if kind != "pair" else [(x + s * 0.32, s * 0.2),
                                                                (x + s * 0.7, s * 0.2)]
        scale = 0.75 if kind == "child" else 1.0
        for cx, r in heads:
            r *= scale
            c.circle(cx, y + s * 0.72 * scale + (1 - scale) * s * 0.1, r * 0.62, stroke=0, fill=1)
            p = c.beginPath()
            p.moveTo(cx - r * 1.25, y)
            p.curveTo(cx - r * 1.25, y + s * 0.45 * scale, cx + r * 1.25, y + s * 0.45 * scale,
                      cx + r * 1.25, y)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        if kind == "child":
            c.circle(x + s * 0.86, y + s * 0.86, s * 0.07, stroke=0, fill=1)
    elif kind == "house":
        c.rect(x + s * 0.18, y, s * 0.64, s * 0.52, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(x + s * 0.06, y + s * 0.5)
        p.lineTo(x + s * 0.5, y + s * 0.92)
        p.lineTo(x + s * 0.94, y + s * 0.5)
        c.drawPath(p, stroke=1, fill=0)
        c.rect(x + s * 0.42, y, s * 0.16, s * 0.3, stroke=0, fill=1)
    elif kind == "calendar":
        c.rect(x + s * 0.08, y + s * 0.05, s * 0.84, s * 0.76, stroke=1, fill=0)
        c.rect(x + s * 0.08, y + s * 0.62, s * 0.84, s * 0.19, stroke=0, fill=1)
        for i in range(3):
            for j in range(3):
                c.rect(x + s * (0.2 + 0.22 * i), y + s * (0.12 + 0.15 * j), s * 0.12, s * 0.09,
                       stroke=0, fill=1)
        c.line(x + s * 0.3, y + s * 0.74, x + s * 0.3, y + s * 0.92)
        c.line(x + s * 0.7, y + s * 0.74, x + s * 0.7, y + s * 0.92)
    elif kind == "car":
        c.roundRect(x + s * 0.04, y + s * 0.22, s * 0.92, s * 0.3, s * 0.08, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x + s * 0.2, y + s * 0.5)
        p.lineTo(x + s * 0.32, y + s * 0.74)
        p.lineTo(x + s * 0.68, y + s * 0.74)
        p.lineTo(x + s * 0.82, y + s * 0.5)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        c.setFillGray(1)
        c.circle(x + s * 0.26, y + s * 0.2, s * 0.12, stroke=1, fill=1)
        c.circle(x + s * 0.74, y + s * 0.2, s * 0.12, stroke=1, fill=1)
    elif kind == "card":
        c.roundRect(x + s * 0.04, y + s * 0.18, s * 0.92, s * 0.6, s * 0.08, stroke=1, fill=0)
        c.rect(x + s * 0.04, y + s * 0.56, s * 0.92, s * 0.1, stroke=0, fill=1)
        c.rect(x + s * 0.14, y + s * 0.28, s * 0.22, s * 0.14, stroke=0, fill=1)
    elif kind == "passport":
        c.roundRect(x + s * 0.18, y, s * 0.64, s * 0.92, s * 0.06, stroke=0, fill=1)
        c.setStrokeGray(1)
        c.circle(x + s * 0.5, y + s * 0.52, s * 0.16, stroke=1, fill=0)
        c.line(x + s * 0.32, y + s * 0.2, x + s * 0.68, y + s * 0.2)
    elif kind == "rings":
        c.setLineWidth(max(1.2, size / 14))
        c.circle(x + s * 0.38, y + s * 0.45, s * 0.24, stroke=1, fill=0)
        c.circle(x + s * 0.62, y + s * 0.45, s * 0.24, stroke=1, fill=0)
    elif kind == "candle":
        c.rect(x + s * 0.38, y, s * 0.24, s * 0.58, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(x + s * 0.5, y + s * 0.66)
        p.curveTo(x + s * 0.38, y + s * 0.76, x + s * 0.48, y + s * 0.86, x + s * 0.5,
                  y + s * 0.96)
        p.curveTo(x + s * 0.58, y + s * 0.84, x + s * 0.62, y + s * 0.74, x + s * 0.5,
                  y + s * 0.66)
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "document":
        c.rect(x + s * 0.16, y, s * 0.68, s * 0.92, stroke=1, fill=0)
        for i in range(4):
            c.line(x + s * 0.26, y + s * (0.7 - 0.15 * i), x + s * 0.74, y + s * (0.7 - 0.15 * i))
        c.circle(x + s * 0.68, y + s * 0.14, s * 0.1, stroke=0, fill=1)
    elif kind == "key":
        c.circle(x + s * 0.28, y + s * 0.5, s * 0.18, stroke=1, fill=0)
        c.line(x + s * 0.46, y + s * 0.5, x + s * 0.94, y + s * 0.5)
        c.line(x + s * 0.8, y + s * 0.5, x + s * 0.8, y + s * 0.34)
        c.line(x + s * 0.9, y + s * 0.5, x + s * 0.9, y + s * 0.38)
    elif kind == "globe":
        c.circle(x + s * 0.5, y + s * 0.5, s * 0.42, stroke=1, fill=0)
        c.ellipse(x + s * 0.32, y + s * 0.08, x + s * 0.68, y + s * 0.92, stroke=1, fill=0)
        c.line(x + s * 0.08, y + s * 0.5, x + s * 0.92, y + s * 0.5)
    elif kind == "pen":
        c.saveState()
        c.translate(x + s * 0.5, y + s * 0.5)
        c.rotate(-40)
        c.rect(-s * 0.08, -s * 0.36, s * 0.16, s * 0.62, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(-s * 0.08, -s * 0.36)
        p.lineTo(0, -s * 0.5)
        p.lineTo(s * 0.08, -s * 0.36)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()
    elif kind == "bubble":
        c.roundRect(x + s * 0.04, y + s * 0.3, s * 0.92, s * 0.62, s * 0.14, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(x + s * 0.22, y + s * 0.3)
        p.lineTo(x + s * 0.14, y + s * 0.06)
        p.lineTo(x + s * 0.42, y + s * 0.3)
        c.drawPath(p, stroke=1, fill=0)
        for i in range(3):
            c.circle(x + s * (0.3 + 0.2 * i), y + s * 0.61, s * 0.05, stroke=0, fill=1)
    c.restoreState()


SECTION_ICONS: Final = {
    "person": "person", "dwelling": "house", "previous": "house", "landlord": "key",
    "flat": "house", "tenants": "pair", "child": "child", "parents": "pair",
    "register": "document", "marriage": "rings", "spouse1": "person", "spouse2": "person",
    "deceased": "candle", "death": "candle", "holder": "person", "vehicle": "car",
    "sepa": "card", "passport": "passport", "residence": "house", "document": "passport",
}
DATE_ICON_KEYS: Final = frozenset({"date_of_birth", "move_in_date", "wg_move_in", "entry_date",
                                   "marriage_date", "date_of_death", "issue_date"})


def _arrow(c: Canvas, x: float, y: float, length: float, ink: RGB) -> None:
    """A drawn arrow (no glyph) pointing right, its shaft at height ``y``."""
    c.saveState()
    c.setStrokeColorRGB(*ink)
    c.setFillColorRGB(*ink)
    c.setLineWidth(1.6)
    c.line(x, y, x + length - 6, y)
    p = c.beginPath()
    p.moveTo(x + length, y)
    p.lineTo(x + length - 8, y + 4.5)
    p.lineTo(x + length - 8, y - 4.5)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def _answer_rule(qz: _Qz, x0: float, x1: float, y: float) -> None:
    c = qz.pen.c
    c.saveState()
    c.setStrokeGray(0.45)
    c.setLineWidth(0.7)
    if qz.rule_dots:
        c.setLineCap(1)
        c.setDash([0.1, 2.6], 0)
        c.setLineWidth(1.0)
    c.line(x0, y, x1, y)
    c.restoreState()


def _tick_box(qz: _Qz, x: float, y: float, side: float, ticked: bool) -> None:
    """A large tick box with its lower-left corner at (x, y)."""
    c = qz.pen.c
    c.saveState()
    c.setStrokeGray(0.1)
    c.setLineWidth(1.0)
    c.roundRect(x, y, side, side, side * 0.15, stroke=1, fill=0)
    if ticked:
        c.setStrokeColorRGB(0.05, 0.08, 0.3)
        c.setLineWidth(max(1.4, side / 8))
        c.setLineCap(1)
        if qz.tick == "cross":
            c.line(x + side * 0.18, y + side * 0.18, x + side * 0.82, y + side * 0.82)
            c.line(x + side * 0.18, y + side * 0.82, x + side * 0.82, y + side * 0.18)
        else:
            p = c.beginPath()
            p.moveTo(x + side * 0.16, y + side * 0.52)
            p.lineTo(x + side * 0.42, y + side * 0.18)
            p.lineTo(x + side * 0.92, y + side * 0.95)
            c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _value_style(qz: _Qz, a: Ans) -> str:
    """The answer style of one answer (mostly the document's own)."""
    rnd = random.Random(f"{qz.salt}/{a.key}/{a.value}")
    if rnd.random() < 0.22:
        return rnd.choice(("line", "arrow", "box", "marker"))
    return qz.answer


def _lead(qz: _Qz, style: str) -> float:
    """Room before the value: the arrow's or the marker's."""
    if style == "arrow":
        return 30.0
    if style == "marker":
        return _width(qz.marker, qz.faces.bold, qz.hs) + 8
    return 0.0


def _text_lines(qz: _Qz, value: str, width: float, style: str) -> list[str]:
    return _wrap(value, qz.value_face, qz.vs, width - _lead(qz, style) - 12)


def _text_answer_h(qz: _Qz, a: Ans, width: float, style: str) -> float:
    lines = _text_lines(qz, a.value, width, style)
    pad = 12 if style == "box" else 8
    return len(lines) * (qz.vs * 1.55) + pad * qz.k


def _draw_text_answer(qz: _Qz, a: Ans, x: float, top: float, width: float, style: str) -> None:
    """The value below ``top``: on a line, after an arrow or a marker, or in a box."""
    c = qz.pen.c
    lead = _lead(qz, style)
    lines = _text_lines(qz, a.value, width, style)
    step = qz.vs * 1.55
    if style == "box":
        h = len(lines) * step + 6
        c.saveState()
        c.setStrokeColorRGB(*qz.accent)
        c.setLineWidth(1.0)
        c.roundRect(x, top - h - 2, width, h, 5, stroke=1, fill=0)
        c.restoreState()
        y = top - qz.vs - 5
        for line in lines:
            qz.text(x + 8, y, line, qz.vs, qz.value_face)
            y -= step
        return
    y = top - qz.vs - 2
    if style == "arrow":
        _arrow(c, x, y + qz.vs * 0.32, 24, qz.accent)
    elif style == "marker":
        qz.text(x, y, qz.marker, qz.hs, qz.faces.bold, 0.25)
    for line in lines:
        qz.text(x + lead, y, line, qz.vs, qz.value_face)
        if style == "line":
            _answer_rule(qz, x, x + width, y - 4)
        y -= step


def _date_boxes_h(qz: _Qz) -> float:
    return qz.vs + 10 + qz.hs + 8 * qz.k


def _draw_date_boxes(qz: _Qz, w: Extra13Wording, d: date, x: float, top: float,
                     icon: bool) -> None:
    """Day, month and year in three boxes; their captions under the boxes (drawn after the
    digits, so the text reads as one date)."""
    c = qz.pen.c
    day, month, year = date_parts(d)
    cap = qz.hs * 0.85
    widths = [max(_width(digits, qz.value_face, qz.vs) + 16,
                  _width(w.part(key), qz.faces.regular, cap) + 2)
              for digits, key in (("00", "day"), ("00", "month"), ("0000", "year"))]
    h = qz.vs + 9
    xs = []
    xx = x
    for wd in widths:
        xs.append(xx)
        xx += wd + 14
    c.saveState()
    c.setStrokeColorRGB(*qz.accent)
    c.setLineWidth(1.0)
    for bx, wd in zip(xs, widths, strict=True):
        c.roundRect(bx, top - h, wd, h, 3, stroke=1, fill=0)
    c.restoreState()
    for bx, text in zip(xs, (day, month, year), strict=True):
        qz.text(bx + 8, top - h + 4.5, text, qz.vs, qz.value_face)
    for bx, key in zip(xs, ("day", "month", "year"), strict=True):
        qz.text(bx, top - h - qz.hs - 2, w.part(key), cap, qz.faces.regular, 0.35)
    if icon:
        _icon(c, "calendar", xx + 4, top - h, h, qz.accent)


def _choice_rows(qz: _Qz, a: Ans, width: float) -> list[list[int]]:
    side = qz.qs * 1.05
    if not qz.choice_row:
        return [[i] for i in range(len(a.options))]
    rows: list[list[int]] = [[]]
    xx = 0.0
    for i, opt in enumerate(a.options):
        wd = side + 8 + _width(opt, qz.faces.regular, qz.vs) + 22
        if rows[-1] and xx + wd > width:
            rows.append([])
            xx = 0.0
        rows[-1].append(i)
        xx += wd
    return rows


def _choice_lines(qz: _Qz, opt: str, width: float) -> list[str]:
    side = qz.qs * 1.05
    return _wrap(opt, qz.faces.regular, qz.vs, width - side - 10)


def _choice_h(qz: _Qz, a: Ans, width: float) -> float:
    step = max(qz.qs * 1.05, qz.vs) + 9 * qz.k
    if qz.choice_row:
        return len(_choice_rows(qz, a, width)) * step + 4
    return sum(len(_choice_lines(qz, o, width)) * qz.vs * 1.3 + 9 * qz.k
               for o in a.options) + 6


def _draw_choice(qz: _Qz, a: Ans, x: float, top: float, width: float) -> None:
    side = qz.qs * 1.05
    if qz.choice_row:
        step = max(side, qz.vs) + 9 * qz.k
        y = top - side - 2
        for row in _choice_rows(qz, a, width):
            xx = x
            for i in row:
                _tick_box(qz, xx, y, side, i == a.chosen)
                qz.text(xx + side + 8, y + side * 0.18, a.options[i], qz.vs, qz.faces.regular)
                xx += side + 8 + _width(a.options[i], qz.faces.regular, qz.vs) + 22
            y -= step
        return
    y = top - 2
    for i, opt in enumerate(a.options):
        lines = _choice_lines(qz, opt, width)
        _tick_box(qz, x, y - side, side, i == a.chosen)
        ly = y - side + side * 0.18
        for line in lines:
            qz.text(x + side + 10, ly, line, qz.vs, qz.faces.regular)
            ly -= qz.vs * 1.3
        y -= len(lines) * qz.vs * 1.3 + 9 * qz.k


def _parts_rows(a: Ans) -> list[list[tuple[str, Ans, float]]]:
    """Sub-answers in rows with their width shares (street beside number, code beside place)."""
    keys = [k for k, _ in a.parts]
    rows: list[list[tuple[str, Ans, float]]] = []
    i = 0
    while i < len(a.parts):
        key, part = a.parts[i]
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if (key, nxt) in (("street", "house_number"), ("postal_code", "city")):
            share = 0.7 if key == "street" else 0.34
            rows.append([(key, part, share), (nxt, a.parts[i + 1][1], 1 - share)])
            i += 2
            continue
        rows.append([(key, part, 1.0)])
        i += 1
    return rows


def _parts_style(qz: _Qz) -> str:
    return "box" if qz.answer == "box" else "line"


def _parts_h(qz: _Qz, w: Extra13Wording, a: Ans, width: float) -> float:
    style = _parts_style(qz)
    total = 0.0
    for row in _parts_rows(a):
        h = 0.0
        for key, part, share in row:
            cw = width * share - (10 if len(row) > 1 else 0)
            cap = len(_wrap(w.part(key), qz.faces.regular, qz.hs, cw))
            h = max(h, cap * qz.hs * 1.25 + 3 + _text_answer_h(qz, part, cw, style))
        total += h + 4 * qz.k
    return total


def _draw_parts(qz: _Qz, w: Extra13Wording, a: Ans, x: float, top: float, width: float) -> None:
    style = _parts_style(qz)
    y = top
    for row in _parts_rows(a):
        h = 0.0
        xx = x
        for key, part, share in row:
            cw = width * share - (10 if len(row) > 1 else 0)
            cap = _wrap(w.part(key), qz.faces.regular, qz.hs, cw)
            cy = y - qz.hs
            for line in cap:
                qz.text(xx, cy, line, qz.hs, qz.faces.regular, 0.3)
                cy -= qz.hs * 1.25
            vt = y - len(cap) * qz.hs * 1.25 - 3
            _draw_text_answer(qz, part, xx, vt, cw, style)
            h = max(h, len(cap) * qz.hs * 1.25 + 3 + _text_answer_h(qz, part, cw, style))
            xx += width * share + (10 if len(row) > 1 else 0)
        y -= h + 4 * qz.k


def _list_h(qz: _Qz, w: Extra13Wording, a: Ans, width: float) -> float:
    blank = 1 if len(a.values) < 3 else 0
    return (len(a.values) + blank) * (qz.hs * 1.3 + qz.vs * 1.55 + 10 * qz.k)


def _draw_list(qz: _Qz, w: Extra13Wording, a: Ans, x: float, top: float, width: float) -> None:
    """One answer line per person, with a numbered caption; one empty line at the end."""
    y = top
    style = _parts_style(qz)
    values = list(a.values) + ([""] if len(a.values) < 3 else [])
    for k, value in enumerate(values, 1):
        qz.text(x, y - qz.hs, f"{w.part('tenant')} {k}", qz.hs, qz.faces.regular, 0.3)
        vt = y - qz.hs * 1.3
        _draw_text_answer(qz, Ans("tenant", value), x, vt, width, style)
        y -= qz.hs * 1.3 + qz.vs * 1.55 + 10 * qz.k


def _answer_h(qz: _Qz, w: Extra13Wording, a: Ans, width: float, date_style: str) -> float:
    if a.kind == "choice":
        return _choice_h(qz, a, width)
    if a.kind == "parts":
        return _parts_h(qz, w, a, width)
    if a.kind == "list":
        return _list_h(qz, w, a, width)
    if a.kind == "date" and date_style == "boxes" and a.day is not None:
        return _date_boxes_h(qz)
    return _text_answer_h(qz, a, width, _value_style(qz, a))


def _draw_answer(qz: _Qz, w: Extra13Wording, a: Ans, x: float, top: float, width: float,
                 date_style: str) -> None:
    if a.kind == "choice":
        _draw_choice(qz, a, x, top, width)
    elif a.kind == "parts":
        _draw_parts(qz, w, a, x, top, width)
    elif a.kind == "list":
        _draw_list(qz, w, a, x, top, width)
    elif a.kind == "date" and date_style == "boxes" and a.day is not None:
        _draw_date_boxes(qz, w, a.day, x, top, qz.icons and a.key in DATE_ICON_KEYS)
    else:
        _draw_text_answer(qz, a, x, top, width, _value_style(qz, a))


def _number_mark(qz: _Qz, w: Extra13Wording, n: int, x: float, y: float) -> None:
    """The question's number at the left of its first line (baseline ``y``)."""
    c = qz.pen.c
    if qz.numbering in ("circle", "badge"):
        r = qz.qs * 0.82
        cx, cy = x + r, y + qz.qs * 0.33
        c.saveState()
        c.setFillColorRGB(*qz.accent)
        c.setStrokeColorRGB(*qz.accent)
        if qz.numbering == "circle":
            c.circle(cx, cy, r, stroke=0, fill=1)
        else:
            c.roundRect(cx - r, cy - r, 2 * r, 2 * r, r * 0.3, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(qz.faces.bold, qz.qs * 0.85)
        c.drawCentredString(cx, cy - qz.qs * 0.3, str(n))
        c.restoreState()
    else:
        qz.text(x, y, f"{n}.", qz.qs, qz.faces.bold)


def _question_lines(qz: _Qz, w: Extra13Wording, a: Ans, n: int, width: float) -> list[str]:
    text = w(a.key)
    if qz.numbering == "word":
        text = f"{w.word('question')} {n}: {text}"
    return _wrap(text, qz.faces.bold, qz.qs, width)


def _q_block(qz: _Qz, w: Extra13Wording, a: Ans, date_style: str, brk: bool) -> Blk:
    qz.number += 1
    n = qz.number
    x = qz.left + (qz.indent if qz.numbering != "word" else 0)
    width = qz.right - x
    qlines = _question_lines(qz, w, a, n, width)
    helper = w.help(a.key)
    hlines = _wrap(helper, qz.faces.italic, qz.hs, width) if helper else []
    show_tick = a.kind in ("choice", "gate") and qz.rng.random() < 0.5
    k = qz.k
    head = len(qlines) * qz.qs * 1.25 + len(hlines) * qz.hs * 1.3 + (qz.hs * 1.3 if show_tick
                                                                      else 0)
    if a.kind == "gate":
        gate = Ans(a.key, kind="choice", options=a.options, chosen=a.chosen)
        body = _choice_h(qz, gate, width)
        follow_lines: list[str] = []
        if a.follow is not None:
            follow_lines = _wrap(w(a.follow.key), qz.faces.bold, qz.qs * 0.92, width - 24)
            body += qz.hs * 1.4 + len(follow_lines) * qz.qs * 1.15 + 4
            body += _answer_h(qz, w, a.follow, width - 24, date_style)
    else:
        body = _answer_h(qz, w, a, width, date_style)
    height = head + 6 * k + body + 18 * k

    def draw(top: float) -> None:
        y = top - qz.qs
        if qz.numbering != "word":
            _number_mark(qz, w, n, qz.left, y)
        for line in qlines:
            qz.text(x, y, line, qz.qs, qz.faces.bold)
            y -= qz.qs * 1.25
        y += qz.qs * 1.25 - qz.qs  # y is now the bottom of the question
        for line in hlines:
            y -= qz.hs * 1.3
            qz.text(x, y + 2, line, qz.hs, qz.faces.italic, 0.35)
        if show_tick:
            y -= qz.hs * 1.3
            qz.text(x, y + 2, w.word("tick"), qz.hs, qz.faces.regular, 0.35)
        y -= 6 * k
        if a.kind == "gate":
            gate = Ans(a.key, kind="choice", options=a.options, chosen=a.chosen)
            _draw_choice(qz, gate, x, y, width)
            y -= _choice_h(qz, gate, width)
            if a.follow is not None:
                fx = x + 24
                y -= qz.hs * 1.1
                qz.text(fx, y, w.word("if_yes"), qz.hs, qz.faces.italic, 0.35)
                y -= qz.hs * 0.3 + 4
                for line in follow_lines:
                    y -= qz.qs * 1.15
                    qz.text(fx, y + qz.qs * 0.2, line, qz.qs * 0.92, qz.faces.bold)
                y -= 4
                _draw_answer(qz, w, a.follow, fx, y, width - 24, date_style)
        else:
            _draw_answer(qz, w, a, x, y, width, date_style)

    return Blk(height, draw, brk)


def _q_heading(qz: _Qz, w: Extra13Wording, key: str) -> Blk:
    size = qz.qs * 1.25
    icon = qz.icons
    h = size * 1.9 + 12 * qz.k

    def draw(top: float) -> None:
        c = qz.pen.c
        y = top - size * 1.3
        x = qz.left
        if qz.heading == "band":
            c.saveState()
            r, g, b = qz.accent
            c.setFillColorRGB(1 - (1 - r) * 0.16, 1 - (1 - g) * 0.16, 1 - (1 - b) * 0.16)
            c.roundRect(qz.left - 6, y - size * 0.45, qz.width + 12, size * 1.75, 6, stroke=0,
                        fill=1)
            c.restoreState()
        if icon:
            _icon(c, SECTION_ICONS.get(key, "document"), x, y - size * 0.25, size * 1.35,
                  qz.accent)
            x += size * 1.35 + 10
        c.saveState()
        c.setFillColorRGB(*qz.accent)
        c.setFont(qz.faces.bold, size)
        c.drawString(x, y, w.section(key))
        c.restoreState()
        if qz.heading == "rule":
            c.saveState()
            c.setStrokeColorRGB(*qz.accent)
            c.setLineWidth(1.2)
            c.line(qz.left, y - size * 0.45, qz.right, y - size * 0.45)
            c.restoreState()

    return Blk(h, draw, True)


def _q_header(qz: _Qz, w: Extra13Wording, doc: Doc, letter_day: date | None,
              official: str) -> Blk:
    """Page 1's head: the office, the title, the introduction (a letter's head for
    certificates)."""
    tsize = qz.qs * 1.55
    tlines = _wrap(doc.title, qz.faces.bold, tsize, qz.width - (60 if qz.icons else 0))
    body = qz.hs * 1.12
    if doc.certificate:
        intro = [w.word("greeting"), "", w.word("letter_intro")]
    else:
        intro = [w.word("intro"), w.word("print_hint")]
    ilines: list[str] = []
    for para in intro:
        ilines += _wrap(para, qz.faces.regular, body, qz.width) if para else [""]
    h = 40 + len(tlines) * tsize * 1.2 + 10 + len(ilines) * body * 1.4 + 16 * qz.k

    def draw(top: float) -> None:
        c = qz.pen.c
        issuer = f"Standesamt {doc.city}" if doc.certificate else f"Stadt {doc.city}"
        qz.text(qz.left, top - 12, issuer, 11.5, qz.faces.bold)
        sub = doc.unit if not doc.certificate else w.word("office")
        qz.text(qz.left, top - 25, sub, 9.5, qz.faces.regular, 0.3)
        if letter_day is not None:
            c.setFont(qz.faces.regular, 10.5)
            c.drawRightString(qz.right, top - 12, f"{doc.city}, {_numeric(letter_day)}")
        y = top - 40 - tsize
        for line in tlines:
            c.saveState()
            c.setFillColorRGB(*qz.accent)
            c.setFont(qz.faces.bold, tsize)
            c.drawString(qz.left, y, line)
            c.restoreState()
            y -= tsize * 1.2
        if qz.icons:
            _icon(c, "bubble" if not doc.certificate else "document", qz.right - 46,
                  top - 40 - tsize * 1.2 * len(tlines) + 4, 42, qz.accent)
        y -= 10 - tsize * 0.2
        for line in ilines:
            if line:
                qz.text(qz.left, y, line, body, qz.faces.regular)
            y -= body * 1.4

    return Blk(h, draw, False)


def _q_closing(qz: _Qz, w: Extra13Wording, doc: Doc, sign_day: date, official: str) -> Blk:
    body = qz.hs * 1.12
    if doc.certificate:
        note = _wrap(w.word("letter_note"), qz.faces.bold, body, qz.width)
        h = len(note) * body * 1.4 + 20 + body * 1.4 * 2 + 46 + 12

        def draw(top: float) -> None:
            y = top - body - 8
            for line in note:
                qz.text(qz.left, y, line, body, qz.faces.bold)
                y -= body * 1.4
            y -= 12
            qz.text(qz.left, y, w.word("closing"), body, qz.faces.regular)
            _signature(qz.pen, qz.left + 10, y - 26, qz.rng)
            qz.text(qz.left, y - 44, official, body, qz.faces.regular)
            if qz.icons:
                _seal(qz.pen, qz.right - 60, y - 20, 24, 0.4)

        return Blk(h, draw, False)
    thanks = w.word("thanks")
    h = body * 2 + 74 + body * 1.4 * 2

    def draw_app(top: float) -> None:
        c = qz.pen.c
        y = top - body - 8
        qz.text(qz.left, y, thanks, body * 1.1, qz.faces.bold)
        y -= 40
        qz.text(qz.left + 4, y + 4, f"{doc.city}, {_numeric(sign_day)}", qz.vs * 0.9,
                qz.value_face)
        c.setLineWidth(0.7)
        c.setStrokeGray(0.2)
        c.line(qz.left, y, qz.left + 220, y)
        qz.text(qz.left, y - qz.hs - 3, w.word("place_date"), qz.hs, qz.faces.regular, 0.35)
        x = qz.right - 220
        _signature(qz.pen, x + 30, y + 6, qz.rng)
        c.line(x, y, qz.right, y)
        qz.text(x, y - qz.hs - 3, w.word("sign"), qz.hs, qz.faces.regular, 0.35)
        if qz.icons:
            _icon(c, "pen", x - 30, y - 2, 22, qz.accent)
        y -= qz.hs + 24
        qz.text(qz.left, y, w.word("contact"), qz.hs, qz.faces.italic, 0.3)

    return Blk(h, draw_app, False)


def _q_footer(qz: _Qz, w: Extra13Wording, form_no: str, n: int, total: int) -> None:
    c = qz.pen.c
    c.saveState()
    c.setStrokeColorRGB(*qz.accent)
    c.setLineWidth(0.8)
    c.line(qz.left, 50, qz.right, 50)
    c.setFillGray(0.3)
    c.setFont(qz.faces.regular, 9.5)
    c.drawString(qz.left, 36, form_no)
    if total > 1:
        c.drawRightString(qz.right, 36, w.word("page").format(n=n, m=total))
    if n < total:
        c.setFont(qz.faces.italic, 10.5)
        c.setFillGray(0.15)
        c.drawRightString(qz.right, 56, w.word("cont"))
    c.restoreState()


def _q_cont(qz: _Qz, w: Extra13Wording, top: float) -> float:
    """The small head of a later page; returns the top of the blocks under it."""
    qz.text(qz.left, top - 12, w.word("cont_head"), qz.hs * 1.1, qz.faces.bold, 0.3)
    c = qz.pen.c
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.5)
    c.line(qz.left, top - 18, qz.right, top - 18)
    c.restoreState()
    return top - 30


def _paginate(blocks: list[Blk], room1: float, room2: float, pages: int,
              prefer: int | None = None) -> list[list[Blk]] | None:
    """The blocks on ``pages`` pages, or ``None``. On two pages the break is the one nearest
    to ``prefer``, else the latest (page 1 as full as it gets)."""
    total = sum(b.height for b in blocks)
    if pages == 1:
        return [blocks] if total <= room1 else None
    fits: list[int] = []
    acc = 0.0
    for i, b in enumerate(blocks):
        if i and b.brk and acc <= room1 and total - acc <= room2:
            fits.append(i)
        acc += b.height
    if not fits:
        return None
    best = fits[-1] if prefer is None else min(fits, key=lambda i: (abs(i - prefer), -i))
    return [blocks[:best], blocks[best:]]


def _q_form_no(rng: random.Random, record: Record, w: Extra13Wording) -> str:
    month, year = rng.randint(1, 12), rng.randint(2019, 2025)
    return (f"LS-{_free_number(record, rng, 10, 980)}  ·  {w.word('edition')} "
            f"{month:02d}/{year}")


def draw_quiz_form(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                   pages: int) -> None:
    w = _w(s)
    look = random.Random(rng.getrandbits(32))
    doc = build_quiz(record, s, rng, doc_type)
    form_no = _q_form_no(rng, record, w)
    sign_day = _furniture_day(record, rng, 30)
    letter_day = None
    if doc.certificate and isinstance(record, Geburt | Ehe | Sterbe):
        letter_day = other_day(record, min(record.issue + timedelta(days=rng.randint(0, 6)),
                                           REFERENCE_DATE), rng, 0)
    official = _official(record, rng)
    seed = look.getrandbits(32)

    def build(k: float) -> tuple[_Qz, list[Blk]]:
        qz = _make_qz(pen, random.Random(seed), k)
        qz.marker = w.word("answer")
        qz.qs *= max(0.82, min(1.0, k + 0.1))
        qz.vs *= max(0.84, min(1.0, k + 0.1))
        blocks = [_q_header(qz, w, doc, letter_day, official)]
        for g in doc.groups:
            blocks.append(_q_heading(qz, w, g.key))
            for i, a in enumerate(g.items):
                blocks.append(_q_block(qz, w, a, s.date_style, i > 0))
        blocks.append(_q_closing(qz, w, doc, sign_day, official))
        return qz, blocks

    top = PAGE_H - rng.uniform(38, 50)
    bottom = 62.0
    room1 = top - bottom
    room2 = room1 - 30
    laid: list[list[Blk]] | None = None
    qz: _Qz | None = None
    tries = [pages] if pages == 2 else [1, 2]
    for n_pages in tries:
        k = 1.0
        for _ in range(8 if n_pages == 1 else 14):
            qz, blocks = build(k)
            laid = _paginate(blocks, room1, room2, n_pages)
            if laid is not None:
                break
            k *= 0.95
        if laid is not None:
            break
    if laid is None or qz is None:  # squeezed as far as it goes: two pages, split halfway
        qz, blocks = build(0.5)
        half = max(1, len(blocks) // 2)
        laid = [blocks[:half], blocks[half:]]
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        y = top if n == 1 else _q_cont(qz, w, top)
        # spread the blocks a little when the page has room to spare
        spare = (room1 if n == 1 else room2) - sum(b.height for b in chunk)
        extra = min(spare / max(len(chunk), 1), 10.0) if spare > 0 and n < len(laid) else 0.0
        for b in chunk:
            b.draw(y)
            y -= b.height + extra
        _q_footer(qz, w, form_no, n, len(laid))


def draw_quiz_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int
                       ) -> None:
    """A short questionnaire about the copy, with the copy of the document below it."""
    w = _w(s)
    look = random.Random(rng.getrandbits(32))
    doc = build_quiz(r, s, rng, "identity_document")
    form_no = _q_form_no(rng, r, w)
    qz = _make_qz(pen, look, 0.85)
    qz.marker = w.word("answer")
    qz.qs = min(qz.qs, 13.5)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    blocks = [_q_header(qz, w, doc, None, "")]
    for g in doc.groups:
        blocks.append(_q_heading(qz, w, g.key))
        blocks += [_q_block(qz, w, a, s.date_style, i > 0) for i, a in enumerate(g.items)]
    top = PAGE_H - rng.uniform(38, 50)
    y = top
    for b in blocks:
        b.draw(y)
        y -= b.height
    cap = w.word("copy_caption")
    y -= 4
    qz.text(qz.left, y - qz.hs, cap, qz.hs * 1.15, qz.faces.bold)
    y -= qz.hs * 2 + 6
    w1, h1 = _card_size(r, part, 1.0)
    scale = min(rng.uniform(1.0, 1.4), (qz.width - 10) / w1, max(0.55, (y - 80) / h1))
    cw = _card_size(r, part, scale)[0]
    x = qz.left + rng.uniform(0, max(1.0, qz.width - cw))
    _draw_copy(pen, r, part, x, y, scale, style, random.Random(seed), True)
    _q_footer(qz, w, form_no, 1, pages)
    if pages == 2:
        pen.new_page()
        y = _q_cont(qz, w, top)
        if card:
            qz.text(qz.left, y - qz.hs, w.word("back_caption"), qz.hs * 1.15, qz.faces.bold)
            w2 = _card_size(r, "back", 1.0)[0]
            sc = min(rng.uniform(1.1, 1.5), (qz.width - 10) / w2)
            _draw_copy(pen, r, "back", qz.left + 10, y - qz.hs * 2 - 8, sc, style,
                       random.Random(seed), True)
        else:
            _passport_cover(pen, qz.left + 40, y - 20, 1.0, rng)
        qz.text(qz.left, 90, w.word("contact"), qz.hs, qz.faces.italic, 0.3)
        _q_footer(qz, w, form_no, 2, 2)


# --- register: drawing --------------------------------------------------------------------------

REG_LABEL_FACES: Final = (MONO9[0], MONO9[1], MONO9[2], SANS9[3], SANS9[4], SANS9[0])
NOWRAP: Final = frozenset({"vin", "iban", "evb_number", "register_number", "passport_number",
                           "doc_number", "doc_code", "issuing_state", "desired_plate",
                           "postal_code", "house_number", "bic"})


@dataclass(slots=True)
class _Rg:
    pen: Pen
    rng: random.Random
    label_face: str
    bold_face: str
    value_face: str
    size: float
    lead: float
    left: float
    right: float
    codes: str  # four | two | bracket
    code_w: float
    label_w: float
    leaders: bool
    colon: bool
    heading: str  # band | rule | caps | boxed
    pairs: bool
    ruled: bool
    value_cap: float  # the value column's widest (long values continue on a second line)

    @property
    def width(self) -> float:
        return self.right - self.left

    def text(self, x: float, y: float, s: str, size: float | None = None, face: str = "",
             gray: float = 0.0) -> None:
        c = self.pen.c
        c.setFillGray(gray)
        c.setFont(face or self.label_face, size or self.size)
        c.drawString(x, y, s)
        c.setFillGray(0)


def _make_rg(pen: Pen, rng: random.Random) -> _Rg:
    spec = rng.choice(REG_LABEL_FACES)
    mono_label = spec in MONO9
    if mono_label:
        label_face = _reg(*spec)
        bold_face = ("Courier-Bold" if label_face == "Courier"
                     else _reg("DejaVuSansMono-Bold", "Courier-Bold"))
    else:
        faces = _set4(spec)
        label_face, bold_face = faces.regular, faces.bold
    value_face = rng.choice((label_face, _reg(*rng.choice(MONO9[:3])), label_face))
    size = rng.uniform(7.8, 9.0) if mono_label else rng.uniform(8.2, 9.4)
    left = rng.uniform(42, 58)
    right = PAGE_W - rng.uniform(40, 56)
    width = right - left
    codes = rng.choice(("four", "four", "two", "bracket"))
    code_w = {"four": 5.2, "two": 3.4, "bracket": 7.0}[codes] * size * 0.62
    return _Rg(pen, rng, label_face, bold_face, value_face, size, rng.uniform(1.28, 1.5),
               left, right, codes, code_w, width * rng.uniform(0.27, 0.4),
               rng.random() < 0.4, rng.random() < 0.5,
               rng.choice(("band", "rule", "caps", "boxed")), rng.random() < 0.4,
               rng.random() < 0.3, rng.choice((width, width, width * 0.3, width * 0.36)))


def _code(rg: _Rg, block: int, row: int) -> str:
    """A two-digit (block and row) or four-digit field code."""
    if rg.codes == "two":
        return f"{block}{row % 10}"
    n = f"{block:02d}{row:02d}"
    return f"[{n}]" if rg.codes == "bracket" else n


def _r_label(rg: _Rg, w: Extra13Wording, a: Ans) -> str:
    label = a.label or w(a.key)
    return label + (":" if rg.colon else "")


def _r_row_lines(rg: _Rg, w: Extra13Wording, a: Ans, label_w: float, value_w: float
                 ) -> tuple[list[str], list[str]]:
    labels = _wrap(_r_label(rg, w, a), rg.label_face, rg.size, label_w - 6)
    if a.key in NOWRAP:
        return labels, [a.value]
    return labels, _wrap(a.value, rg.value_face, rg.size, value_w - 4)


def _r_draw_cell(rg: _Rg, w: Extra13Wording, a: Ans, code: str, x: float, top: float,
                 width: float, label_w: float) -> float:
    """One coded field with its top at ``top``; returns its height."""
    step = rg.size * rg.lead
    value_w = min(width - rg.code_w - label_w, rg.value_cap)
    labels, values = _r_row_lines(rg, w, a, label_w, value_w)
    y = top - rg.size
    rg.text(x, y, code, face=rg.label_face, gray=0.35)
    ly = y
    for line in labels:
        rg.text(x + rg.code_w, ly, line)
        ly -= step
    vx = x + rg.code_w + label_w
    if rg.leaders:
        c = rg.pen.c
        end = x + rg.code_w + _width(labels[-1], rg.label_face, rg.size) + 3
        yy = y - step * (len(labels) - 1)
        if vx - 4 > end + 6:
            c.saveState()
            c.setStrokeGray(0.5)
            c.setLineWidth(0.8)
            c.setLineCap(1)
            c.setDash([0.1, 2.4], 0)
            c.line(end, yy + 1, vx - 4, yy + 1)
            c.restoreState()
    vy = y
    for line in values:
        rg.text(vx, vy, line, face=rg.value_face)
        vy -= step
    return max(len(labels), len(values)) * step + 2


def _r_cell_h(rg: _Rg, w: Extra13Wording, a: Ans, width: float, label_w: float) -> float:
    labels, values = _r_row_lines(rg, w, a, label_w,
                                  min(width - rg.code_w - label_w, rg.value_cap))
    return max(len(labels), len(values)) * rg.size * rg.lead + 2


def _r_rows(rg: _Rg, items: list[Ans]) -> list[list[Ans]]:
    """Short fields two to a row when the printout does so."""
    if not rg.pairs:
        return [[a] for a in items]
    rows: list[list[Ans]] = []
    pending: Ans | None = None
    for a in items:
        if a.short:
            if pending is None:
                pending = a
                continue
            rows.append([pending, a])
            pending = None
            continue
        if pending is not None:
            rows.append([pending])
            pending = None
        rows.append([a])
    if pending is not None:
        rows.append([pending])
    return rows


def _r_group_blocks(rg: _Rg, w: Extra13Wording, g: Grp, block_no: int) -> list[Blk]:
    out = [_r_heading(rg, w, g.key)]
    row_no = 0
    for i, row in enumerate(_r_rows(rg, g.items)):
        cells = []
        for a in row:
            row_no += 1
            cells.append((a, _code(rg, block_no, row_no)))
        if len(cells) == 1:
            widths = [(rg.left, rg.width, rg.label_w)]
        else:
            half = (rg.width - 14) / 2
            lw = min(rg.label_w, half * 0.52)
            widths = [(rg.left, half, lw), (rg.left + half + 14, half, lw)]
        h = max(_r_cell_h(rg, w, a, wd, lw) for (a, _), (_, wd, lw) in
                zip(cells, widths, strict=True)) + 1.5

        def draw(top: float, cells: list[tuple[Ans, str]] = cells,
                 widths: list[tuple[float, float, float]] = widths, h: float = h) -> None:
            for (a, code), (x, wd, lw) in zip(cells, widths, strict=True):
                _r_draw_cell(rg, w, a, code, x, top, wd, lw)
            if rg.ruled:
                c = rg.pen.c
                c.saveState()
                c.setStrokeGray(0.75)
                c.setLineWidth(0.3)
                c.line(rg.left, top - h + 1.5, rg.right, top - h + 1.5)
                c.restoreState()

        out.append(Blk(h, draw, i > 0))
    out.append(Blk(rg.size * 0.8, lambda top: None, True))
    return out


def _r_heading(rg: _Rg, w: Extra13Wording, key: str) -> Blk:
    size = rg.size + 0.6
    h = size * 2.1
    text = w.section(key)

    def draw(top: float) -> None:
        c = rg.pen.c
        y = top - size * 1.35
        if rg.heading == "band":
            c.saveState()
            c.setFillGray(0.2)
            c.rect(rg.left, y - size * 0.35, rg.width, size * 1.4, stroke=0, fill=1)
            c.restoreState()
            rg.text(rg.left + 4, y, text.upper(), size, rg.bold_face, 1.0)
        elif rg.heading == "boxed":
            c.saveState()
            c.setStrokeGray(0.2)
            c.setLineWidth(0.6)
            c.setFillGray(0.9)
            c.rect(rg.left, y - size * 0.35, rg.width, size * 1.4, stroke=1, fill=1)
            c.restoreState()
            rg.text(rg.left + 4, y, text, size, rg.bold_face)
        elif rg.heading == "caps":
            rg.text(rg.left, y, text.upper(), size, rg.bold_face)
            c.saveState()
            c.setStrokeGray(0.3)
            c.setLineWidth(0.4)
            c.setDash([3, 2], 0)
            c.line(rg.left, y - size * 0.4, rg.right, y - size * 0.4)
            c.restoreState()
        else:
            rg.text(rg.left, y, text, size, rg.bold_face)
            c.saveState()
            c.setStrokeGray(0)
            c.setLineWidth(0.8)
            c.line(rg.left, y - size * 0.4, rg.right, y - size * 0.4)
            c.restoreState()

    return Blk(h, draw, True)


@dataclass(slots=True)
class _Head:
    issuer: str
    system: str
    printed: str  # day and time
    user: str
    entry_label: str
    entry: str


def _r_header(rg: _Rg, w: Extra13Wording, hd: _Head, title: str, n: int, total: int) -> float:
    """The printout's head; returns the y under it."""
    c = rg.pen.c
    top = PAGE_H - 40
    s = rg.size
    rg.text(rg.left, top - s, hd.issuer, s + 1.2, rg.bold_face)
    rg.text(rg.left, top - s * 2.5, hd.system, s - 0.6, gray=0.3)
    c.setFont(rg.label_face, s - 0.4)
    c.drawRightString(rg.right, top - s, f"{w.word('printed')} {hd.printed}")
    c.drawRightString(rg.right, top - s * 2.4, f"{w.word('user')} {hd.user}")
    c.drawRightString(rg.right, top - s * 3.8, w.word("sheet").format(n=n, m=total, p=n - 1))
    y = top - s * 4.6
    c.setLineWidth(1.0)
    c.setStrokeGray(0)
    c.line(rg.left, y, rg.right, y)
    if n > 1:
        rg.text(rg.left, y - s * 1.6, w.word("cont").format(p=n - 1), s, rg.bold_face)
        rg.text(rg.left + rg.width * 0.55, y - s * 1.6, f"{hd.entry_label} {hd.entry}", s)
        y -= s * 2.4
    else:
        tsize = s + 3.4
        while _width(title, rg.bold_face, tsize) > rg.width and tsize > s:
            tsize -= 0.4
        rg.text(rg.left, y - tsize * 1.5, title, tsize, rg.bold_face)
        y -= tsize * 2.1
        rg.text(rg.left, y - s, hd.entry_label, s + 0.6, rg.bold_face)
        rg.text(rg.left + _width(hd.entry_label, rg.bold_face, s + 0.6) + 8, y - s, hd.entry,
                s + 0.6, rg.value_face)
        y -= s * 1.8
    c.setLineWidth(0.4)
    c.line(rg.left, y, rg.right, y)
    return y - 4


def _r_footer(rg: _Rg, w: Extra13Wording, hd: _Head, stamp: str, n: int, total: int) -> None:
    c = rg.pen.c
    c.setLineWidth(0.4)
    c.setStrokeGray(0.4)
    c.line(rg.left, 44, rg.right, 44)
    c.setFillGray(0.3)
    c.setFont(rg.label_face, rg.size - 1)
    c.drawString(rg.left, 34, f"{hd.system} · {stamp}")
    c.drawRightString(rg.right, 34, w.word("sheet").format(n=n, m=total, p=n - 1))
    if n == total:
        c.drawCentredString((rg.left + rg.right) / 2, 24, w.word("end"))
    c.setFillGray(0)


def _notes(record: Record, rng: random.Random, w: Extra13Wording, kind: str, s: Style,
           codes: list[str], city: str, printed: date) -> list[str]:
    """One to three marginal notes with other days, places and field codes."""
    templates = list(w.notes(kind))
    rng.shuffle(templates)
    out = []
    used: set[str] = {city}
    for t in templates[:rng.randint(1, 3)]:
        day = _note_day(record, rng, printed)
        place = _other_place(record, rng, used)
        used.add(place)
        code = rng.choice(codes) if codes else "0110"
        out.append(t.format(d=format_extra13_date(day, s.date_style), p=place, c=code))
    return out


def _r_notes_blocks(rg: _Rg, w: Extra13Wording, heading: str, notes: list[str]) -> list[Blk]:
    out = [_r_heading_text(rg, heading)]
    step = rg.size * rg.lead
    for i, note in enumerate(notes, 1):
        mark = f"({i})"
        lines = _wrap(note, rg.label_face, rg.size, rg.width - 26)
        h = len(lines) * step + 3

        def draw(top: float, mark: str = mark, lines: list[str] = lines) -> None:
            y = top - rg.size
            rg.text(rg.left, y, mark)
            for line in lines:
                rg.text(rg.left + 26, y, line)
                y -= step

        out.append(Blk(h, draw, i > 1))
    return out


def _r_heading_text(rg: _Rg, text: str) -> Blk:
    size = rg.size + 0.4
    h = size * 2.2

    def draw(top: float) -> None:
        y = top - size * 1.5
        rg.text(rg.left, y, text, size, rg.bold_face)
        c = rg.pen.c
        c.saveState()
        c.setStrokeGray(0.4)
        c.setLineWidth(0.4)
        c.line(rg.left, y - size * 0.4, rg.left + _width(text, rg.bold_face, size), y - size * 0.4)
        c.restoreState()

    return Blk(h, draw, True)


def _r_certification(rg: _Rg, w: Extra13Wording, doc: Doc, day_text: str, official: str,
                     seal: bool) -> Blk:
    sentence = w.word("certify_cert" if doc.certificate else "certify_case")
    lines = _wrap(sentence, rg.label_face, rg.size, rg.width * 0.62)
    step = rg.size * rg.lead
    h = len(lines) * step + 84

    def draw(top: float) -> None:
        y = top - rg.size - 6
        for line in lines:
            rg.text(rg.left, y, line)
            y -= step
        y -= 10
        rg.text(rg.left, y, f"{doc.city}, {day_text}", rg.size + 0.5, rg.value_face)
        x = rg.left + rg.width * 0.55
        _signature(rg.pen, x + 20, y + 2, rg.rng)
        c = rg.pen.c
        c.setLineWidth(0.5)
        c.setStrokeGray(0)
        c.line(x, y - 6, rg.right, y - 6)
        rg.text(x, y - 6 - rg.size * 1.3, official, rg.size, rg.value_face)
        role = w.word("registrar" if doc.certificate else "clerk")
        rg.text(x, y - 6 - rg.size * 2.6, role, rg.size - 0.5, gray=0.3)
        if seal:
            _seal(rg.pen, rg.left + rg.width * 0.38, y - 14, 24, 0.4)
            rg.text(rg.left, y - 32, w.word("seal"), rg.size - 1, gray=0.4)

    return Blk(h, draw, False)


def _head_for(rg: _Rg, w: Extra13Wording, doc: Doc, record: Record, s: Style,
              rng: random.Random) -> tuple[_Head, str, date]:
    if doc.certificate and isinstance(record, Geburt | Ehe | Sterbe):
        printed_day = record.issue
        entry_label, entry = w.word("entry"), record.register
        issuer = f"Standesamt {doc.city}"
        system = w.word("system_reg")
    else:
        printed_day = _furniture_day(record, rng, 30)
        year = printed_day.year
        entry_label = w.word("case")
        entry = f"{year}/{_free_number(record, rng, 10000, 989999)}"
        issuer = f"Stadt {doc.city} – {doc.unit}"
        system = w.word("system_case")
    clock = f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
    user = f"{rng.choice('ABDEFGHKLMNPRSTW')}{rng.choice('ABDEFGHKLMNPRSTW')}{rng.randint(10, 99)}"
    hd = _Head(issuer, system, f"{_numeric(printed_day)} {clock}", user, entry_label, entry)
    stamp = f"{rng.choice('ABCDEF')}{rng.randint(100, 999)}-{rng.choice('KLMNPRST')}" \
            f"{rng.randint(10, 99)}"
    return hd, stamp, printed_day


def draw_register_form(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                       pages: int) -> None:
    w = _w(s)
    rg = _make_rg(pen, random.Random(rng.getrandbits(32)))
    doc = build_register(record, s, rng, doc_type)
    hd, stamp, printed_day = _head_for(rg, w, doc, record, s, rng)
    official = _official(record, rng)
    base_block = rng.choice((1, 1, 2, 5))
    codes = [_code(rg, base_block + i, r) for i, g in enumerate(doc.groups)
             for r in range(1, len(g.items) + 1)]
    notes = _notes(record, rng, w, doc.kind, s, codes, doc.city, printed_day)
    heading = w.word("notes_cert" if doc.certificate else "notes_case")
    day_text = s.date(printed_day) if doc.certificate else _numeric(printed_day)
    seal = doc.certificate or rng.random() < 0.5
    split_at = 1.0 if rng.random() < 0.65 else rng.uniform(0.4, 0.7)

    def build() -> tuple[list[Blk], int]:
        blocks: list[Blk] = []
        starts: list[int] = []
        for i, g in enumerate(doc.groups):
            starts.append(len(blocks))
            blocks += _r_group_blocks(rg, w, g, base_block + i)
        starts.append(len(blocks))  # the notes may start page 2 as well
        body = blocks + _r_notes_blocks(rg, w, heading, notes)
        body.append(_r_certification(rg, w, doc, day_text, official, seal))
        prefer = starts[min(len(starts) - 1, round(split_at * (len(starts) - 1)))]
        return body, prefer

    laid: list[list[Blk]] | None = None
    body: list[Blk] = []
    for _ in range(8):
        body, prefer = build()
        s_ = rg.size
        room1 = PAGE_H - (40 + s_ * 4.6 + (s_ + 3.4) * 2.1 + s_ * 1.8 + 4) - 58
        room2 = PAGE_H - (40 + s_ * 7.0 + 4) - 58
        laid = _paginate(body, room1, room2, pages, prefer if pages == 2 else None)
        if laid is not None:
            break
        rg.size *= 0.95
        rg.lead = max(1.18, rg.lead * 0.97)
    if laid is None:
        laid = [body] if pages == 1 else [body[:len(body) // 2], body[len(body) // 2:]]
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        y = _r_header(rg, w, hd, doc.title, n, len(laid))
        for b in chunk:
            b.draw(y)
            y -= b.height
        _r_footer(rg, w, hd, stamp, n, len(laid))


def _r_zone_block(rg: _Rg, w: Extra13Wording, r: Identity, numbered: bool) -> list[Blk]:
    face = rg.rng.choice((mrz_font(), _reg("DejaVuSansMono", "Courier"), "Courier"))
    size = min(rg.size + 1.5, (rg.width - 60) / max(_width("<" * len(r.lines[0]), face, 1), 1))
    h = len(r.lines) * size * 1.6 + 6

    def draw(top: float) -> None:
        y = top - size - 2
        for i, line in enumerate(r.lines, 1):
            if numbered:
                rg.text(rg.left, y, w.word("zone_line").format(n=i), rg.size, gray=0.35)
            rg.text(rg.left + 50, y, line, size, face)
            y -= size * 1.6

    return [_r_heading(rg, w, "zone"), Blk(h, draw, False)]


def draw_register_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int
                           ) -> None:
    """A system printout: the coded document data, the data page's picture and the zone."""
    w = _w(s)
    rg = _make_rg(pen, random.Random(rng.getrandbits(32)))
    rg.pairs = rng.random() < 0.5
    doc = build_register(r, s, rng, "identity_document")
    hd, stamp, printed_day = _head_for(rg, w, doc, r, s, rng)
    official = _official(r, rng)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    numbered = rng.random() < 0.5
    data = _r_group_blocks(rg, w, doc.groups[0], 1)
    codes = [_code(rg, 1, i) for i in range(1, len(doc.groups[0].items) + 1)]
    notes = _notes(r, rng, w, "identity_document", s, codes, doc.city, printed_day)
    tail = _r_notes_blocks(rg, w, w.word("notes_case"), notes)
    tail.append(_r_certification(rg, w, doc, _numeric(printed_day), official,
                                 rng.random() < 0.6))
    zone = _r_zone_block(rg, w, r, numbered)

    def copy_block(which: str, room: float) -> Blk:
        w1, h1 = _card_size(r, which, 1.0)
        scale = min(rg.rng.uniform(0.9, 1.25), (rg.width - 20) / w1, max(0.45, room / h1))
        cw, ch = _card_size(r, which, scale)
        x = rg.left + rg.rng.uniform(0, max(1.0, rg.width - cw))

        def draw(top: float) -> None:
            c = pen.c
            c.saveState()
            c.setStrokeGray(0.55)
            c.setDash([3, 2], 0)
            c.rect(x - 6, top - ch - 16, cw + 12, ch + 12, stroke=1, fill=0)
            c.restoreState()
            _draw_copy(pen, r, which, x, top - 10, scale, style, random.Random(seed), True)

        return Blk(ch + 24, draw, False)

    top_y = _r_header(rg, w, hd, doc.title, 1, pages)
    room = top_y - 58 - sum(b.height for b in data) - rg.size * 2.1 - 10
    if pages == 1:
        rest = sum(b.height for b in zone + tail)
        page1 = [*data, _r_heading(rg, w, "image"), copy_block(part, room - rest), *zone,
                 *tail]
        chunks = [page1]
    elif card:
        chunks = [[*data, _r_heading(rg, w, "image"), copy_block("front", room)],
                  [copy_block("back", 200), *zone, *tail]]
    else:
        rest = sum(b.height for b in zone)
        chunks = [[*data, _r_heading(rg, w, "image"), copy_block(part, room - rest), *zone],
                  tail]
    for n, chunk in enumerate(chunks, 1):
        if n > 1:
            pen.new_page()
            y = _r_header(rg, w, hd, doc.title, n, len(chunks))
        else:
            y = top_y
        for b in chunk:
            b.draw(y)
            y -= b.height
        _r_footer(rg, w, hd, stamp, n, len(chunks))


# --- entry point ----------------------------------------------------------------------------------


def draw_extra13(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    """Draw one document of the ``quiz`` or ``register`` layout; ``pages`` is what the plan
    asks for (a questionnaire that needs a second page gets one)."""
    if s.layout == "register":
        if isinstance(record, Identity):
            draw_register_identity(pen, record, s, rng, pages)
        else:
            draw_register_form(pen, record, s, rng, doc_type, pages)
    elif isinstance(record, Identity):
        draw_quiz_identity(pen, record, s, rng, pages)
    else:
        draw_quiz_form(pen, record, s, rng, doc_type, pages)
