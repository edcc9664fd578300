"""The twenty-third extra pair of blind held-out layouts: ``chat`` and ``dialog``.

``chat`` is the printout (PDF export) of a conversation in which a citizen gave their data to the
city's chat assistant: a header with the service's name, the topic, a conversation id and the
export time; speech bubbles on the left (the assistant, asking for each item in varied plain
language, sometimes for two items at once, sometimes with a format hint or an example that is
never a truth value) and on the right (the citizen: the bare value, a sentence holding it, two
values in one answer, or a wrong value followed by a correction); sender names or avatars with
initials, time stamps, read ticks, date separators, quick-reply buttons whose chosen option the
citizen repeats, typing dots and system lines; in about half of the applications the assistant's
summary and a confirmation close the chat. Certificates are a citizen's request for a copy,
answered with the digital certificate as an attachment preview card holding the register data;
identity documents are an uploaded photo of the document in a bubble, after which the assistant
repeats some of the read data. A two-page plan continues the chat on a second sheet.

``dialog`` is the screen print (hardcopy) of a desktop specialist application in which a clerk
enters the case: a window with title bar, menu bar, tool bar and tabs; group boxes whose caption
interrupts the frame; labels (right- or left-aligned, with or without a colon, with a mnemonic
underline or a required-field star) before sunken entry boxes, combo boxes with a drop-down
arrow, date fields with a calendar button, check boxes and radio buttons, greyed read-only
fields, a grid for several persons, a status bar and dialog buttons; sometimes a second window
cascaded behind it or a small message box over a part of the window without values; a hardcopy
line with the printing user and time (never a truth date). Certificates are the registry
application's record view, identity documents a scanning dialog with the scanned image and the
read fields. A two-page plan prints a second tab on the second sheet.

Both draw straight from the record with the wording of ``samples.wording_extra23``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib.utils import simpleSplit

from samples import fonts
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
from samples.render_extra9 import SANS9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day, _truth_strings
from samples.truth import truth_fields
from samples.wording_extra23 import (
    CERT_KINDS23,
    CHAT_SAY,
    DWELLING23,
    DWELLING_ORDER,
    ID_KINDS23,
    MARITAL23,
    PURPOSE23,
    PURPOSE_ORDER,
    ROLE23,
    SEX_LETTERS23,
    SEX_ORDER,
    SEX_WORDS23,
    Extra23Wording,
    format_extra23_date,
    nationality_word,
    printed_dates,
    weekday,
)

CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]

# --- content ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values given together), for choices the
    printed options and the chosen one, a code printed beside it, the wrong value a citizen
    typed before correcting it (chat), the kind of control and whether it is read-only or
    required (dialog)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None
    code: str = ""
    wrong: str = ""
    kind: str = "text"  # text | date | combo | radio | check | area
    ro: bool = False
    req: bool = False


@dataclass(slots=True)
class Grp:
    """Chat: one question and its answer (``key`` says what is asked); dialog: one row of
    controls (``key`` labels a row of several controls, else the control's own label)."""

    key: str
    items: list[Fld]
    hint: str = ""


@dataclass(slots=True)
class Sec:
    key: str
    groups: list[Grp]
    grid: bool = False  # dialog: a list control, one row per group


@dataclass(slots=True)
class Doc:
    doc_type: str
    title: str
    city: str
    sections: list[Sec]
    zone: tuple[str, ...] = ()
    summary: bool = False
    furniture: list[date] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # printed distractors (examples, slips)


def _w(s: Style) -> Extra23Wording:
    assert isinstance(s.words, Extra23Wording)
    return s.words


def _is_chat(s: Style) -> bool:
    return s.layout == "chat"


def fields(doc: Doc) -> list[Fld]:
    """Every printed value of a document (for tests)."""
    return [f for sec in doc.sections for g in sec.groups for f in g.items]


def _truth_days(record: Record) -> set[str]:
    return {v for v in truth_fields(record).values()
            if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"}


def _taken(record: Record) -> set[str]:
    """Every truth value, its words and all its date printings (distractors hit none)."""
    out = set(_truth_strings(record))
    for d in _truth_days(record):
        out |= printed_dates(date.fromisoformat(d))
    return out


def _day(doc: Doc, record: Record, rng: random.Random, back: int = 30) -> date:
    day = _furniture_day(record, rng, back)
    doc.furniture.append(day)
    return day


def _other_date(record: Record, rng: random.Random, lo: date, hi: date) -> date:
    """A day between ``lo`` and ``hi`` that is none of the truth's dates."""
    span = max(1, (hi - lo).days)
    return other_day(record, lo + timedelta(days=rng.randint(0, span)), rng, 0)


def _wrong_day(record: Record, d: date, rng: random.Random) -> date:
    """A slip of the keyboard: a nearby day that is none of the truth's dates."""
    days = _truth_days(record)
    for _ in range(40):
        if rng.random() < 0.3:
            cand = d.replace(year=d.year + rng.choice((-1, 1))) if not (
                d.month == 2 and d.day == 29) else d + timedelta(days=365)
        else:
            cand = d + timedelta(days=rng.choice((-1, 1)) * rng.randint(1, 11))
        if cand != d and cand.isoformat() not in days:
            return cand
    return d + timedelta(days=17)


def _wrong_digits(value: str, record: Record, rng: random.Random) -> str:
    """Two neighbouring digits swapped (or one changed): no truth value."""
    taken = _taken(record)
    for _ in range(30):
        chars = list(value)
        spots = [i for i in range(len(chars) - 1) if chars[i].isdigit() and chars[i + 1].isdigit()
                 and chars[i] != chars[i + 1]]
        if spots and rng.random() < 0.7:
            i = rng.choice(spots)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            digits = [i for i, ch in enumerate(chars) if ch.isdigit()]
            if not digits:
                return ""
            i = rng.choice(digits)
            chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
        cand = "".join(chars)
        if cand != value and cand not in taken and not cand.startswith("0" * len(cand)):
            return cand
    return ""


def _wrong_name(value: str, record: Record, rng: random.Random) -> str:
    """A typo in a one-word name: two inner letters swapped; no truth value."""
    taken = _taken(record)
    if " " in value or len(value) < 5:
        return ""
    for _ in range(20):
        i = rng.randint(1, len(value) - 3)
        if value[i] == value[i + 1]:
            continue
        cand = value[:i] + value[i + 1] + value[i] + value[i + 2:]
        if cand not in taken:
            return cand
    return ""


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


# --- chat content ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Build:
    """What a builder needs besides the record: the style, the random stream, the document (for
    its distractors) and the values a citizen may mistype."""

    s: Style
    rng: random.Random
    doc: Doc
    record: Record
    slips: list[tuple[Fld, str]] = field(default_factory=list)

    def date(self, key: str, d: date, name: str, slip: bool = True) -> Fld:
        f = Fld(key, self.s.date(d), name, kind="date")
        if slip:
            self.slips.append((f, self.s.date(_wrong_day(self.record, d, self.rng))))
        return f

    def text(self, key: str, value: str, name: str, how: str = "") -> Fld:
        f = Fld(key, value, name)
        if how == "digits":
            self.slips.append((f, _wrong_digits(value, self.record, self.rng)))
        elif how == "name":
            self.slips.append((f, _wrong_name(value, self.record, self.rng)))
        return f

    def hint(self, grp: Grp, lo: date | None = None, hi: date | None = None) -> Grp:
        """A format hint, or an example date that is none of the truth's, under a question."""
        w = _w(self.s)
        r = self.rng.random()
        if r < 0.2:
            grp.hint = w.hint("date")
        elif r < 0.42 and lo is not None and hi is not None:
            example = self.s.date(_other_date(self.record, self.rng, lo, hi))
            grp.hint = w.hint("example").format(example)
            self.doc.others.append(example)
        return grp


def _c_name(b: _Build, p: Person, prefix: str, ask: str = "full_name",
            key: str = "full_name", whole: float = 0.45, split: bool = True) -> list[Grp]:
    r = b.rng.random()
    if r < whole or not split:
        joined = f"{prefix}given_names+{prefix}family_name"
        return [Grp(ask, [Fld(key, f"{p.given} {p.family}", joined)])]
    family = b.text("family_name", p.family, prefix + "family_name", "name")
    given = b.text("given_names", p.given, prefix + "given_names", "name")
    if r < 0.72:
        return [Grp("name_two", [family, given])]
    return [Grp("family_name", [family]), Grp("given_names", [given])]


def _c_birth(b: _Build, p: Person, prefix: str, *, place: bool = True, ask: str = "") -> list[Grp]:
    lo, hi = date(1950, 1, 1), date(2004, 12, 28)
    dob = b.date("date_of_birth", p.dob, prefix + "date_of_birth")
    if not place:
        return [b.hint(Grp(ask or "date_of_birth", [dob]), lo, hi)]
    pob = Fld("place_of_birth", p.pob, "place_of_birth")
    if ask or b.rng.random() < 0.55:
        return [b.hint(Grp(ask or "birth", [dob, pob]), lo, hi)]
    return [b.hint(Grp("date_of_birth", [dob]), lo, hi), Grp("place_of_birth", [pob])]


def _c_sex(b: _Build, code: str, name: str = "sex") -> Grp:
    if b.s.sex_mode == "reply":
        words = tuple(SEX_WORDS23[c] for c in SEX_ORDER)
        return Grp("sex", [Fld("sex", SEX_WORDS23[code], name, words, SEX_ORDER.index(code))])
    return Grp("sex", [Fld("sex", SEX_WORDS23[code], name)])


def _c_nat(b: _Build, code: str) -> Grp:
    return Grp("nationality", [Fld("nationality", nationality_word(code, b.s.nationality_mode),
                                   "nationality")])


def _c_choice(b: _Build, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
              chosen: str, truth: bool = True) -> Grp:
    name = key if truth else ""
    value = table[chosen][0]
    if b.s.purpose_mode == "reply":
        options = tuple(table[k][0] for k in order)
        return Grp(key, [Fld(key, value, name, options, order.index(chosen))])
    return Grp(key, [Fld(key, value, name)])


def _c_address(b: _Build, a: Address) -> list[Grp]:
    mode = b.s.address_mode
    if mode == "one_line":
        return [Grp("address_line", [Fld("address_line", a.line,
                                         "street+house_number+postal_code+city")])]
    if mode == "lines":
        return [Grp("street_line", [Fld("street_line", a.street_line, "street+house_number")]),
                Grp("city_line", [Fld("city_line", a.city_line, "postal_code+city")])]
    number = b.text("house_number", a.number, "house_number", "digits")
    code = b.text("postal_code", a.postal_code, "postal_code", "digits")
    out = [Grp("street", [Fld("street", a.street, "street")]), Grp("house_number", [number]),
           Grp("postal_code", [code]), Grp("city", [Fld("city", a.city, "city")])]
    if b.rng.random() < 0.4:
        out[2].hint = _w(b.s).hint("postal_code")
    return out


def _chat_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    doc = Doc(doc_type, w.title(doc_type), _city(record), [])
    b = _Build(s, rng, doc, record)
    recent = (date(2026, 8, 1), date(2026, 10, 30))
    match record:
        case Anmeldung():
            p = record.person
            person = _c_name(b, p, "")
            if p.birth_name:
                person.append(Grp("birth_name", [b.text("birth_name", p.birth_name,
                                                         "birth_name", "name")]))
            elif rng.random() < 0.5:
                person.append(Grp("birth_name", [Fld("birth_name", "")]))
            person += _c_birth(b, p, "")
            if s.sex_mode != "reply" and rng.random() < 0.5:  # both in one question
                person.append(Grp("status", [*_c_sex(b, p.sex).items,
                                             *_c_nat(b, p.nationality).items]))
            else:
                person += [_c_sex(b, p.sex), _c_nat(b, p.nationality)]
                if rng.random() < 0.3:
                    person[-2], person[-1] = person[-1], person[-2]
            flat = [b.hint(Grp("move_in_date", [b.date("move_in_date", record.move_in,
                                                        "move_in_date")]), *recent)]
            flat += _c_address(b, record.address)
            if rng.random() < 0.35:
                flat.reverse()
            if record.dwelling:
                flat.append(_c_choice(b, "dwelling", DWELLING23, DWELLING_ORDER,
                                      record.dwelling))
            sections = [Sec("person", person), Sec("new_flat", flat)]
            if record.previous:
                sections.append(Sec("previous", [Grp("previous_address", [Fld(
                    "previous_address", record.previous, "previous_address")])]))
            elif rng.random() < 0.4:
                sections.append(Sec("previous", [Grp("previous_address",
                                                     [Fld("previous_address", "")])]))
            if rng.random() < 0.3:
                sections[0], sections[1] = sections[1], sections[0]
            if rng.random() < 0.5:
                sections.append(Sec("contact", [Grp("phone", [Fld("phone", record.phone or "")])]))
            doc.summary = rng.random() < 0.5
        case Wohnungsgeber():
            landlord = [Grp("landlord_name", [Fld("landlord_name", record.landlord_name,
                                                  "landlord_name")])]
            if rng.random() < 0.6:
                landlord.append(_c_choice(b, "role", ROLE23, ("owner", "agent"),
                                          "owner" if record.landlord_is_owner else "agent",
                                          truth=False))
            landlord.append(Grp("landlord_address", [Fld("landlord_address",
                                                         record.landlord_address.line,
                                                         "landlord_address")]))
            flat = _c_address(b, record.address)
            flat.insert(0 if rng.random() < 0.5 else len(flat), b.hint(Grp("move_in_date", [
                b.date("move_in_date", record.move_in, "move_in_date")]), *recent))
            if rng.random() < 0.35:
                floor = f"{rng.randint(1, 5)}. OG {rng.choice(('links', 'rechts', 'Mitte'))}"
                flat.append(Grp("floor", [Fld("floor", floor)]))
            tenants = [Grp("tenant", [Fld("tenant", t, "tenant_names") for t in record.tenants])]
            sections = [Sec("landlord", landlord), Sec("flat", flat), Sec("tenants", tenants)]
            if rng.random() < 0.4:
                sections = [sections[1], sections[2], sections[0]]
            doc.summary = rng.random() < 0.5
        case Geburt():
            c = record.child
            ask = [Sec("kind", [_cert_kind(b, doc_type)])] if rng.random() < 0.6 else []
            who = _c_name(b, c, "", "cert_person", split=False)
            birth = (_c_birth(b, c, "", ask="cert_birth") if rng.random() < 0.5
                     else _c_birth(b, c, "", place=False, ask="cert_dob"))
            child = [Fld("family_name", c.family, "family_name"),
                     Fld("given_names", c.given, "given_names"),
                     Fld("sex", SEX_WORDS23[c.sex], "sex"),
                     Fld("date_of_birth", s.date(c.dob), "date_of_birth"),
                     Fld("place_of_birth", c.pob, "place_of_birth")]
            if rng.random() < 0.5:
                child.insert(4, Fld("birth_time", record.birth_time))
            parents = [Fld("mother_name", record.mother, "mother_name")]
            if record.father:
                parents.append(Fld("father_name", record.father, "father_name"))
            card = [Grp("child", child), Grp("parents", parents), _c_register(s, record)]
            sections = [*ask, Sec("ask", who + birth), Sec("card", card)]
        case Ehe():
            ask = [Sec("kind", [_cert_kind(b, doc_type)])] if rng.random() < 0.6 else []
            one = _c_name(b, record.spouse1, "spouse1_", "spouse_self", split=False)
            two = _c_name(b, record.spouse2, "spouse2_", "spouse_other", split=False)
            if rng.random() < 0.5:
                when = [b.hint(Grp("marriage", [
                    b.date("marriage_date", record.marriage_date, "marriage_date"),
                    Fld("marriage_place", record.marriage_place, "marriage_place")]))]
            else:
                when = [b.hint(Grp("marriage_date", [
                    b.date("marriage_date", record.marriage_date, "marriage_date")]))]
            card = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                prefix = f"spouse{k}_"
                card.append(Grp(f"spouse{k}", [
                    Fld("family_name", sp.family, prefix + "family_name"),
                    Fld("given_names", sp.given, prefix + "given_names"),
                    Fld("date_of_birth", s.date(sp.dob), prefix + "date_of_birth")]))
            card.append(Grp("marriage", [
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                Fld("marriage_place", record.marriage_place, "marriage_place")]))
            card.append(_c_register(s, record))
            sections = [*ask, Sec("ask", one + two + when), Sec("card", card)]
        case Sterbe():
            p = record.person
            ask = [Sec("kind", [_cert_kind(b, doc_type)])] if rng.random() < 0.6 else []
            who = _c_name(b, p, "", "deceased", split=False)
            if rng.random() < 0.5:
                when = [Grp("death", [
                    b.date("date_of_death", record.date_of_death, "date_of_death"),
                    Fld("place_of_death", record.place_of_death, "place_of_death")])]
            else:
                when = [Grp("date_of_death", [
                    b.date("date_of_death", record.date_of_death, "date_of_death")])]
            dead = [Fld("family_name", p.family, "family_name"),
                    Fld("given_names", p.given, "given_names"),
                    Fld("date_of_birth", s.date(p.dob), "date_of_birth"),
                    Fld("place_of_birth", p.pob, "place_of_birth")]
            if rng.random() < 0.5:
                dead.append(Fld("last_residence", record.last_residence))
            card = [Grp("deceased", dead), Grp("death", [
                Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                Fld("place_of_death", record.place_of_death, "place_of_death")]),
                _c_register(s, record)]
            sections = [*ask, Sec("ask", who + when), Sec("card", card)]
        case Zulassung():
            h = record.holder
            holder = _c_name(b, h, "holder_", "holder_name", "holder_name", 0.6)
            holder += _c_birth(b, h, "holder_", place=False)
            holder += _c_address(b, record.address)
            vehicle = []
            if rng.random() < 0.6:
                vehicle.append(Grp("vehicle", [Fld("make", record.make),
                                               Fld("model", record.model)]))
            vin = Grp("vin", [Fld("vin", record.vin, "vin")])
            evb = Grp("evb_number", [Fld("evb_number", record.evb, "evb_number")])
            for grp in (vin, evb):
                if rng.random() < 0.45:
                    grp.hint = _w(s).hint(grp.key)
            vehicle += [vin, evb]
            if record.plate:
                vehicle.append(Grp("desired_plate", [Fld("desired_plate", record.plate,
                                                         "desired_plate")]))
            elif rng.random() < 0.5:
                vehicle.append(Grp("desired_plate", [Fld("desired_plate", "")]))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [Grp("account_holder", [Fld("account_holder", record.account_holder,
                                               "account_holder")]),
                    Grp("iban", [Fld("iban", iban, "iban")])]
            if rng.random() < 0.4:
                sepa[1].hint = _w(s).hint("iban")
            if rng.random() < 0.4:
                sepa.append(Grp("bic", [Fld("bic", record.bic if rng.random() < 0.6 else "")]))
            sections = [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)]
            doc.summary = rng.random() < 0.5
        case Aufenthalt():
            p = record.person
            person = _c_name(b, p, "") + _c_birth(b, p, "") + [_c_nat(b, p.nationality)]
            number = b.text("passport_number", record.passport_number, "passport_number")
            expiry = b.date("passport_expiry_date", record.passport_expiry,
                            "passport_expiry_date")
            if rng.random() < 0.5:
                passport = [Grp("passport", [number, expiry])]
            else:
                passport = [Grp("passport_number", [number]),
                            Grp("passport_expiry_date", [expiry])]
            stay = [b.hint(Grp("entry_date", [b.date("entry_date", record.entry, "entry_date")]),
                           date(2024, 1, 1), date(2026, 10, 1)),
                    _c_choice(b, "purpose", PURPOSE23, PURPOSE_ORDER, record.purpose)]
            sections = [Sec("applicant", person), Sec("passport", passport), Sec("stay", stay),
                        Sec("residence", _c_address(b, record.address))]
            if rng.random() < 0.35:
                sections.append(Sec("contact", [Grp("phone", [Fld("phone", "")])]))
            doc.summary = rng.random() < 0.5
        case Identity():
            _c_identity(b, record, doc)
            sections = doc.sections
    doc.sections = sections
    # one or two answers typed wrong first and then corrected
    slips = [(f, wrong) for f, wrong in b.slips if wrong]
    for f, wrong in rng.sample(slips, min(len(slips), rng.choice((0, 1, 1, 2)))):
        f.wrong = wrong
        doc.others.append(wrong)
    return doc


def _cert_kind(b: _Build, doc_type: str) -> Grp:
    kinds = tuple(CERT_KINDS23.values())
    return Grp("cert_kind", [Fld("cert_kind", CERT_KINDS23[doc_type], "", kinds,
                                 kinds.index(CERT_KINDS23[doc_type]))])


def _c_register(s: Style, r: Geburt | Ehe | Sterbe) -> Grp:
    return Grp("register", [Fld("registry_office", f"Standesamt {r.office}", "registry_office"),
                            Fld("register_number", r.register, "register_number"),
                            Fld("issue_date", s.date(r.issue), "issue_date")])


def _c_identity(b: _Build, r: Identity, doc: Doc) -> None:
    s, rng = b.s, b.rng
    t = truth_fields(r)
    kind = "P" if r.mrz_format == "TD3" else "I"
    ask = []
    if rng.random() < 0.6:
        options = (ID_KINDS23["P"][0], ID_KINDS23["I"][0])
        ask.append(Grp("id_kind", [Fld("doc_kind", ID_KINDS23[kind][0], "mrz_format", options,
                                       0 if kind == "P" else 1)]))
    ask.append(Grp("upload", []))
    read = [Fld("doc_number", r.document_number, "document_number"),
            Fld("id_family_name", str(t["family_name"]), "family_name"),
            Fld("id_given_names", str(t["given_names"]), "given_names"),
            Fld("id_date_of_birth", s.date(r.person.dob), "date_of_birth"),
            Fld("expiry_date", s.date(r.expiry), "expiry_date")]
    if rng.random() < 0.5:
        read.insert(0, Fld("doc_kind", ID_KINDS23[kind][1], "mrz_format"))
    if rng.random() < 0.6:
        read.append(Fld("id_nationality", str(t["nationality"]) if rng.random() < 0.5
                        else nationality_word(str(t["nationality"]), "adjective"),
                        "nationality"))
    if rng.random() < 0.5:
        read.append(Fld("id_sex", SEX_WORDS23[str(t["sex"])], "sex"))
    if rng.random() < 0.4:
        read.append(Fld("issuing_state", r.issuing_state, "issuing_state"))
    if rng.random() < 0.35:
        read.insert(1, Fld("doc_code", r.document_code, "document_code"))
    doc.sections = [Sec("upload", ask), Sec("read", [Grp("read", read)])]
    doc.zone = tuple(r.lines)


# --- dialog content -------------------------------------------------------------------------


def _d_sex(s: Style, code: str, name: str = "sex") -> Fld:
    mode = s.sex_mode
    if mode == "radio":
        words = tuple(SEX_WORDS23[c] for c in SEX_ORDER)
        return Fld("sex", SEX_WORDS23[code], name, words, SEX_ORDER.index(code), kind="radio")
    if mode == "letter":
        return Fld("sex", SEX_LETTERS23[code], name, kind="combo")
    return Fld("sex", SEX_WORDS23[code], name, kind="combo")


def _d_nat(s: Style, code: str) -> Fld:
    mode = s.nationality_mode
    if mode == "code_adjective":
        return Fld("nationality", nationality_word(code, "adjective"), "nationality", code=code,
                   kind="combo")
    return Fld("nationality", nationality_word(code, mode), "nationality", kind="combo")


def _d_choice(s: Style, key: str, table: dict[str, tuple[str, str]], order: tuple[str, ...],
              chosen: str | None, truth: bool = True) -> Fld:
    name = key if truth and chosen else ""
    value = table[chosen][1] if chosen else ""
    if s.purpose_mode == "radio":
        options = tuple(table[k][1] for k in order)
        return Fld(key, value, name, options, order.index(chosen) if chosen else None,
                   kind="radio")
    return Fld(key, value, name, kind="combo")


def _rows(*flds: Fld) -> list[Grp]:
    return [Grp("", [f]) for f in flds]


def _d_address(s: Style, a: Address, rng: random.Random) -> list[Grp]:
    mode = s.address_mode
    if mode == "lines":
        return _rows(Fld("street_line", a.street_line, "street+house_number"),
                     Fld("city_line", a.city_line, "postal_code+city"))
    if mode == "one_line":
        return _rows(Fld("address_line", a.line, "street+house_number+postal_code+city"))
    street = Fld("street", a.street, "street", req=True)
    number = Fld("house_number", a.number, "house_number", req=True)
    code = Fld("postal_code", a.postal_code, "postal_code", req=True)
    city = Fld("city", a.city, "city", req=True)
    if rng.random() < 0.6:
        return [Grp("street_no", [street, number]), Grp("plz_city", [code, city])]
    return _rows(street, number, code, city)


def _d_name(p: Person, prefix: str, rng: random.Random, *, extras: bool) -> list[Grp]:
    rows = _rows(Fld("family_name", p.family, prefix + "family_name", req=True),
                 Fld("given_names", p.given, prefix + "given_names", req=True))
    if rng.random() < 0.25:
        rows.reverse()
    if extras and p.birth_name:
        rows += _rows(Fld("birth_name", p.birth_name, "birth_name"))
    elif extras and rng.random() < 0.6:
        rows += _rows(Fld("birth_name", ""))
    if extras and rng.random() < 0.4:
        rows.insert(0 if rng.random() < 0.5 else len(rows), Grp("", [Fld("degree", "",
                                                                       kind="combo")]))
    return rows


def _d_case(doc: Doc, record: Record, rng: random.Random) -> Sec:
    day = _day(doc, record, rng, 20)
    rows = _rows(Fld("case_no", f"{day.year}-{_free_number(record, rng, 10000, 98999)}",
                     ro=True),
                 Fld("entered", format_extra23_date(day, "numeric"), kind="date", ro=True))
    if rng.random() < 0.6:
        letters = "ABCDEFGHKLMNPRSTW"
        rows += _rows(Fld("clerk", f"{rng.choice(letters)}{rng.choice(letters)}"
                                   f"{rng.randint(10, 99)}", ro=True))
    if rng.random() < 0.4:
        rows += _rows(Fld("office_no", f"{rng.randint(10, 69)}.{rng.randint(1, 9)}", ro=True))
    return Sec("case", rows)


def _dialog_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    doc = Doc(doc_type, w.title(doc_type), _city(record), [])
    sections: list[Sec]
    match record:
        case Anmeldung():
            p = record.person
            status = [_d_sex(s, p.sex), _d_nat(s, p.nationality)]
            if rng.random() < 0.5:
                status.append(Fld("marital", MARITAL23[rng.randrange(len(MARITAL23))],
                                  kind="combo"))
            if rng.random() < 0.35:
                status.append(Fld("religion", "", kind="combo"))
            flat = _rows(Fld("move_in_date", s.date(record.move_in), "move_in_date",
                             kind="date", req=True))
            flat += _d_address(s, record.address, rng)
            if record.dwelling or rng.random() < 0.5:
                flat += _rows(_d_choice(s, "dwelling", DWELLING23, DWELLING_ORDER,
                                        record.dwelling))
            if rng.random() < 0.5:
                flat += _rows(Fld("abroad", "", kind="check"))
            sections = [Sec("name", _d_name(p, "", rng, extras=True)),
                        Sec("birth", _rows(Fld("date_of_birth", s.date(p.dob), "date_of_birth",
                                               kind="date", req=True),
                                           Fld("place_of_birth", p.pob, "place_of_birth"))),
                        Sec("status", _rows(*status)), Sec("new_flat", flat)]
            if record.previous or rng.random() < 0.6:
                sections.append(Sec("previous", _rows(Fld(
                    "previous_address", record.previous or "",
                    "previous_address" if record.previous else "",
                    kind="area" if record.previous and len(record.previous) > 38 else "text"))))
            contact = []
            if record.phone and rng.random() < 0.6:
                contact.append(Fld("phone", record.phone))
            if rng.random() < 0.4:
                contact.append(Fld("email", ""))
            if rng.random() < 0.4:
                contact.append(Fld("block", "x" if rng.random() < 0.3 else "", kind="check"))
            if contact:
                sections.append(Sec("contact", _rows(*contact)))
        case Wohnungsgeber():
            landlord = _rows(Fld("landlord_name", record.landlord_name, "landlord_name",
                                 req=True),
                             Fld("landlord_address", record.landlord_address.line,
                                 "landlord_address",
                                 kind="area" if len(record.landlord_address.line) > 40
                                 else "text"))
            if rng.random() < 0.75:
                landlord += _rows(_d_choice(s, "role", ROLE23, ("owner", "agent"),
                                            "owner" if record.landlord_is_owner else "agent",
                                            truth=False))
            flat = _rows(Fld("move_in_date", s.date(record.move_in), "move_in_date",
                             kind="date", req=True))
            flat += _d_address(s, record.address, rng)
            if rng.random() < 0.45:
                floor = f"{rng.randint(1, 5)}. OG {rng.choice(('links', 'rechts', 'Mitte'))}"
                flat += _rows(Fld("floor", floor))
            born = rng.random() < 0.5
            tenants = []
            for t in record.tenants:
                row = [Fld("tenant", t, "tenant_names")]
                if born:
                    d = _other_date(record, rng, date(1950, 1, 1), date(2012, 12, 28))
                    row.append(Fld("date_of_birth", s.date(d), kind="date"))
                    doc.others.append(s.date(d))
                tenants.append(Grp("", row))
            sections = [Sec("landlord", landlord), Sec("flat", flat),
                        Sec("tenants", tenants, grid=True)]
            if rng.random() < 0.3:
                sections = [sections[1], sections[0], sections[2]]
        case Geburt():
            c = record.child
            child = _d_name(c, "", rng, extras=False)
            child += _rows(_d_sex(s, c.sex),
                           Fld("date_of_birth", s.date(c.dob), "date_of_birth", kind="date"))
            if rng.random() < 0.6:
                child += _rows(Fld("birth_time", record.birth_time))
            child += _rows(Fld("place_of_birth", c.pob, "place_of_birth"))
            parents = _rows(Fld("mother_name", record.mother, "mother_name"),
                            Fld("father_name", record.father or "",
                                "father_name" if record.father else ""))
            sections = [Sec("child", child), Sec("parents", parents), _d_register(s, record)]
        case Ehe():
            sections = []
            if rng.random() < 0.5:
                rows = []
                places = rng.random() < 0.5  # their birth places: no field of the catalog
                for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                    prefix = f"spouse{k}_"
                    row = [Fld("family_name", sp.family, prefix + "family_name"),
                           Fld("given_names", sp.given, prefix + "given_names"),
                           Fld("date_of_birth", s.date(sp.dob), prefix + "date_of_birth",
                               kind="date")]
                    if places:
                        row.append(Fld("place_of_birth", sp.pob))
                    rows.append(Grp("", row))
                sections.append(Sec("spouses", rows, grid=True))
            else:
                for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                    prefix = f"spouse{k}_"
                    rows = _d_name(sp, prefix, rng, extras=False)
                    rows += _rows(Fld("date_of_birth", s.date(sp.dob), prefix + "date_of_birth",
                                      kind="date"))
                    sections.append(Sec(f"spouse{k}", rows))
            sections.append(Sec("marriage", _rows(
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date", kind="date"),
                Fld("marriage_place", record.marriage_place, "marriage_place"))))
            sections.append(_d_register(s, record))
        case Sterbe():
            p = record.person
            dead = _d_name(p, "", rng, extras=False)
            dead += _rows(Fld("date_of_birth", s.date(p.dob), "date_of_birth", kind="date"),
                          Fld("place_of_birth", p.pob, "place_of_birth"))
            if rng.random() < 0.5:
                dead += _rows(Fld("last_residence", record.last_residence))
            sections = [Sec("deceased", dead), Sec("death", _rows(
                Fld("date_of_death", s.date(record.date_of_death), "date_of_death", kind="date"),
                Fld("place_of_death", record.place_of_death, "place_of_death"))),
                _d_register(s, record)]
        case Zulassung():
            h = record.holder
            holder = _d_name(h, "holder_", rng, extras=False)
            holder += _rows(Fld("date_of_birth", s.date(h.dob), "holder_date_of_birth",
                                kind="date", req=True))
            vehicle = _rows(Fld("make", record.make, kind="combo"), Fld("model", record.model),
                            Fld("vin", record.vin, "vin", req=True),
                            Fld("evb_number", record.evb, "evb_number", req=True))
            if record.plate or rng.random() < 0.6:
                vehicle += _rows(Fld("desired_plate", record.plate or "",
                                     "desired_plate" if record.plate else ""))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = _rows(Fld("account_holder", record.account_holder, "account_holder"),
                         Fld("iban", iban, "iban", req=True))
            if rng.random() < 0.6:
                sepa += _rows(Fld("bic", record.bic, ro=rng.random() < 0.5))
            sections = [Sec("holder", holder), Sec("holder_address",
                                                   _d_address(s, record.address, rng)),
                        Sec("vehicle", vehicle), Sec("sepa", sepa)]
        case Aufenthalt():
            p = record.person
            person = _d_name(p, "", rng, extras=True)
            person += _rows(Fld("date_of_birth", s.date(p.dob), "date_of_birth", kind="date",
                                req=True),
                            Fld("place_of_birth", p.pob, "place_of_birth"),
                            _d_nat(s, p.nationality))
            if rng.random() < 0.4:
                person += _rows(_d_sex(s, p.sex, ""))
            sections = [Sec("applicant", person),
                        Sec("passport", _rows(
                            Fld("passport_number", record.passport_number, "passport_number",
                                req=True),
                            Fld("passport_expiry_date", s.date(record.passport_expiry),
                                "passport_expiry_date", kind="date"))),
                        Sec("stay", _rows(
                            Fld("entry_date", s.date(record.entry), "entry_date", kind="date"),
                            _d_choice(s, "purpose", PURPOSE23, PURPOSE_ORDER, record.purpose))),
                        Sec("residence", _d_address(s, record.address, rng))]
        case Identity():
            sections = [_d_identity(s, record, rng)]
            if rng.random() < 0.5:
                sections.append(_d_checks(record, rng))
            doc.zone = tuple(record.lines)
    if not isinstance(record, Identity) and rng.random() < 0.55:
        sections.insert(0 if rng.random() < 0.3 else len(sections), _d_case(doc, record, rng))
    doc.sections = sections
    return doc


def _d_register(s: Style, r: Geburt | Ehe | Sterbe) -> Sec:
    return Sec("register", _rows(
        Fld("registry_office", f"Standesamt {r.office}", "registry_office", ro=True),
        Fld("register_number", r.register, "register_number", ro=True),
        Fld("issue_date", s.date(r.issue), "issue_date", kind="date")))


def _d_identity(s: Style, r: Identity, rng: random.Random) -> Sec:
    t = truth_fields(r)
    kind = "P" if r.mrz_format == "TD3" else "I"
    kinds = (ID_KINDS23["P"][1], ID_KINDS23["I"][1])
    rows = _rows(
        Fld("doc_kind", ID_KINDS23[kind][1], "mrz_format", kinds, 0 if kind == "P" else 1,
            kind="combo"),
        Fld("doc_code", r.document_code, "document_code", ro=True),
        Fld("doc_number", r.document_number, "document_number", ro=True),
        Fld("issuing_state", r.issuing_state, "issuing_state", ro=True),
        Fld("family_name", str(t["family_name"]), "family_name"),
        Fld("given_names", str(t["given_names"]), "given_names"),
        Fld("date_of_birth", s.date(r.person.dob), "date_of_birth", kind="date"),
        Fld("nationality", str(t["nationality"]), "nationality", kind="combo"),
        Fld("sex", SEX_LETTERS23[str(t["sex"])], "sex", kind="combo"),
        Fld("expiry_date", s.date(r.expiry), "expiry_date", kind="date"))
    if rng.random() < 0.5:
        rows.append(Grp("", [Fld("quality", _w(s).word("quality_ok"), ro=True)]))
    return Sec("document", rows)


def _d_checks(r: Identity, rng: random.Random) -> Sec:
    """The reader's checks (no values of the catalog) and the zone's lines as read."""
    rows = _rows(Fld("verified", "x" if rng.random() < 0.7 else "", kind="check"),
                 Fld("original", "x" if rng.random() < 0.6 else "", kind="check"))
    rows += _rows(Fld("mrz_lines", " ".join(r.lines), kind="area", ro=True))
    return Sec("checks", rows)


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The document's content: sections of questions and answers (chat) or of rows of
    controls (dialog)."""
    if _is_chat(s):
        return _chat_doc(record, s, rng, doc_type)
    return _dialog_doc(record, s, rng, doc_type)


# --- pagination -------------------------------------------------------------------------------

Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    height: float
    draw: Draw
    breakable: bool = True  # a page may start before it


def _split(blocks: list[Block], room: list[float]) -> list[list[Block]]:
    """Two sheets: cut at a breakable block near the middle that lets both sheets hold
    their part."""
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


# --- chat -------------------------------------------------------------------------------------

_TTF_SANS = [f for f in SANS9 if f[0][0]]


@dataclass(slots=True)
class Para:
    kind: str  # text | hint | kv | bullet | head
    text: str
    label: str = ""


@dataclass(slots=True)
class Card:
    file: str
    size: str
    title: str
    groups: list[tuple[str, list[tuple[str, str]]]]
    verify: str
    seal: str


@dataclass(slots=True)
class Msg:
    kind: str  # bubble | sep | sys | typing | replies | image | card
    side: str = "bot"
    paras: list[Para] = field(default_factory=list)
    time: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None
    part: str = ""
    card: Card | None = None
    first: bool = False
    drop: int = 0  # dropped at this compaction level when the sheet is full (0: never)


@dataclass(slots=True)
class _Cx:
    pen: Pen
    faces: Set4
    x0: float
    x1: float
    fs: float
    ratio: float
    bot_fill: RGB
    user_fill: RGB
    outline: bool
    radius: float
    avatars: bool
    names: bool
    ticks: bool
    accent: RGB
    bot_name: str
    user_name: str
    words: Extra23Wording
    record: Identity | None
    viz: str
    sub: random.Random
    img: float = 1.0  # scale of an uploaded document's picture
    reply_fill: bool = False


def _initials(name: str) -> str:
    parts = [p for p in name.replace("(", " ").replace("-", " ").split() if p[:1].isalpha()]
    return "".join(p[0] for p in parts[:2]).upper() or name[:1].upper()


Seg = tuple[str, str, float, RGB]  # text, face, size, colour
Line = tuple[list[Seg], float]  # segments, indent

_BLACK: RGB = (0.0, 0.0, 0.0)
_GREY: RGB = (0.38, 0.38, 0.38)


def _para_lines(cx: _Cx, para: Para, inner: float) -> list[Line]:
    fs = cx.faces
    size = cx.fs
    if para.kind == "hint":
        return [([(t, fs.italic, size * 0.86, _GREY)], 0.0)
                for t in simpleSplit(para.text, fs.italic, size * 0.86, inner)]
    if para.kind == "head":
        return [([(t, fs.bold, size, _BLACK)], 0.0)
                for t in simpleSplit(para.text, fs.bold, size, inner)]
    if para.kind in ("kv", "bullet"):
        lead = "• " if para.kind == "bullet" else ""
        label = f"{lead}{para.label}: "
        lw = _width(label, fs.regular, size)
        if lw + _width(para.text, fs.bold, size) <= inner:
            return [([(label, fs.regular, size, _GREY), (para.text, fs.bold, size, _BLACK)], 0.0)]
        indent = min(size * 1.6, inner * 0.2)
        out: list[Line] = [([(t, fs.regular, size, _GREY)], 0.0)
                           for t in simpleSplit(label.rstrip(), fs.regular, size, inner)]
        out += [([(t, fs.bold, size, _BLACK)], indent)
                for t in simpleSplit(para.text, fs.bold, size, inner - indent)]
        return out
    return [([(t, fs.regular, size, _BLACK)], 0.0)
            for t in simpleSplit(para.text, fs.regular, size, inner)]


def _line_width(line: Line) -> float:
    segs, indent = line
    return indent + sum(_width(t, f, s) for t, f, s, _ in segs)


def _draw_line(cx: _Cx, line: Line, x: float, y: float) -> None:
    c = cx.pen.c
    segs, indent = line
    x += indent
    for text, face, size, colour in segs:
        c.setFillColorRGB(*colour)
        c.setFont(face, size)
        c.drawString(x, y, text)
        x += _width(text, face, size)
    c.setFillGray(0)


def _avatar(cx: _Cx, x: float, y: float, r: float, text: str, user: bool) -> None:
    c = cx.pen.c
    c.saveState()
    colour = cx.accent if not user else (0.55, 0.55, 0.58)
    c.setFillColorRGB(*colour)
    c.circle(x, y, r, stroke=0, fill=1)
    c.setFillGray(1)
    size = r * 0.95
    c.setFont(cx.faces.bold, size)
    c.drawCentredString(x, y - size * 0.36, text)
    c.restoreState()


def _ticks(cx: _Cx, x: float, y: float, size: float) -> None:
    c = cx.pen.c
    c.saveState()
    c.setStrokeColorRGB(0.15, 0.45, 0.85)
    c.setLineWidth(0.7)
    for dx in (0.0, size * 0.38):
        p = c.beginPath()
        p.moveTo(x + dx, y + size * 0.3)
        p.lineTo(x + dx + size * 0.22, y + size * 0.08)
        p.lineTo(x + dx + size * 0.62, y + size * 0.6)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _side_x(cx: _Cx, side: str, width: float) -> float:
    av = cx.fs * 3.0 if cx.avatars else 0.0
    return cx.x0 + av if side == "bot" else cx.x1 - av - width


def _bubble(cx: _Cx, m: Msg) -> Block:
    size = cx.fs
    lead, padv, padh = size * 1.22, size * 0.5, size * 0.75
    col = cx.x1 - cx.x0
    inner = col * cx.ratio - 2 * padh
    lines = [ln for para in m.paras for ln in _para_lines(cx, para, inner)]
    tsize = size * 0.72
    ticks = m.side == "user" and cx.ticks
    tail = (_width(m.time, cx.faces.regular, tsize) + (tsize * 1.3 if ticks else 0)
            if m.time else 0.0)
    widths = [_line_width(ln) for ln in lines]
    # the time stands on the last line when it fits there, else on a line of its own
    inline = bool(m.time) and widths[-1] + size * 0.8 + tail <= inner
    width = max([*widths, tail]) + 2 * padh
    if inline:
        width = max(width, widths[-1] + size * 0.8 + tail + 2 * padh)
    body = len(lines) * lead + 2 * padv + (0 if inline or not m.time else tsize * 1.2)
    name_h = size * 1.05 if (m.first and cx.names) else 0.0
    gap = size * (0.75 if m.first else 0.3)
    h = gap + name_h + body

    def draw(top: float) -> None:
        c = cx.pen.c
        x = _side_x(cx, m.side, width)
        y_top = top - gap - name_h
        if name_h:
            c.setFillColorRGB(*_GREY)
            c.setFont(cx.faces.bold, size * 0.78)
            who = cx.bot_name if m.side == "bot" else cx.user_name
            if m.side == "bot":
                c.drawString(x + 2, y_top + size * 0.25, who)
            else:
                c.drawRightString(x + width - 2, y_top + size * 0.25, who)
        c.saveState()
        c.setFillColorRGB(*(cx.bot_fill if m.side == "bot" else cx.user_fill))
        c.setStrokeColorRGB(0.6, 0.6, 0.62)
        c.setLineWidth(0.6)
        c.roundRect(x, y_top - body, width, body, cx.radius, stroke=1 if cx.outline else 0,
                    fill=1)
        c.restoreState()
        y = y_top - padv - size * 0.92
        for ln in lines:
            _draw_line(cx, ln, x + padh, y)
            y -= lead
        if m.time:
            c.setFillColorRGB(*_GREY)
            c.setFont(cx.faces.regular, tsize)
            ty = y + lead if inline else y_top - body + padv * 0.9
            right = x + width - padh
            if ticks:
                _ticks(cx, right - tsize * 1.05, ty, tsize)
                right -= tsize * 1.3
            c.drawRightString(right, ty, m.time)
            c.setFillGray(0)
        if cx.avatars and m.first:
            r = size * 1.05
            ax = cx.x0 + r if m.side == "bot" else cx.x1 - r
            who = cx.bot_name if m.side == "bot" else cx.user_name
            _avatar(cx, ax, y_top - r, r, _initials(who), m.side == "user")

    return Block(h, draw)


def _centre_line(cx: _Cx, text: str, kind: str) -> Block:
    size = cx.fs * (0.8 if kind == "sys" else 0.82)
    h = cx.fs * (1.9 if kind == "sys" else 2.3)

    def draw(top: float) -> None:
        c = cx.pen.c
        mid = (cx.x0 + cx.x1) / 2
        y = top - h * 0.62
        face = cx.faces.italic if kind == "sys" else cx.faces.bold
        tw = _width(text, face, size)
        c.saveState()
        if kind == "sep":
            c.setFillColorRGB(0.9, 0.9, 0.92)
            c.roundRect(mid - tw / 2 - size, y - size * 0.45, tw + 2 * size, size * 1.6,
                        size * 0.8, stroke=0, fill=1)
        else:
            c.setStrokeColorRGB(0.75, 0.75, 0.75)
            c.setLineWidth(0.4)
            c.line(cx.x0 + 10, y + size * 0.3, mid - tw / 2 - 6, y + size * 0.3)
            c.line(mid + tw / 2 + 6, y + size * 0.3, cx.x1 - 10, y + size * 0.3)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(face, size)
        c.drawCentredString(mid, y, text)
        c.restoreState()

    return Block(h, draw)


def _typing(cx: _Cx) -> Block:
    size = cx.fs
    h = size * 2.6

    def draw(top: float) -> None:
        c = cx.pen.c
        x = _side_x(cx, "bot", size * 4)
        c.saveState()
        c.setFillColorRGB(*cx.bot_fill)
        c.roundRect(x, top - h + size * 0.3, size * 4, size * 1.9, cx.radius, stroke=0, fill=1)
        c.setFillGray(0.55)
        for k in range(3):
            c.circle(x + size * (1.0 + k), top - h + size * 1.25, size * 0.22, stroke=0, fill=1)
        c.restoreState()

    return Block(h, draw, False)


def _replies(cx: _Cx, m: Msg) -> Block:
    size = cx.fs * 0.9
    pad = size * 0.8
    x_start = _side_x(cx, "bot", 0)
    room = cx.x1 - x_start - 4
    rows: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for opt in m.options:
        wd = _width(opt, cx.faces.regular, size) + 2 * pad
        if rows[-1] and used + wd > room:
            rows.append([])
            used = 0.0
        rows[-1].append((opt, wd))
        used += wd + size * 0.6
    ph = size * 1.9
    h = len(rows) * (ph + size * 0.5) + size * 0.3

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - size * 0.3 - ph
        k = 0
        for row in rows:
            x = x_start
            for opt, wd in row:
                c.saveState()
                c.setStrokeColorRGB(*cx.accent)
                c.setLineWidth(0.8)
                chosen = k == m.chosen and cx.reply_fill
                if chosen:
                    c.setFillColorRGB(0.88, 0.92, 0.98)
                c.roundRect(x, y, wd, ph, ph / 2, stroke=1, fill=1 if chosen else 0)
                c.setFillColorRGB(*cx.accent)
                c.setFont(cx.faces.regular, size)
                c.drawCentredString(x + wd / 2, y + ph * 0.32, opt)
                c.restoreState()
                x += wd + size * 0.6
                k += 1
            y -= ph + size * 0.5

    return Block(h, draw, False)


def _image(cx: _Cx, m: Msg) -> Block:
    r = cx.record
    assert r is not None
    size = cx.fs
    pad = size * 0.6
    col = cx.x1 - cx.x0
    base_w, _ = _card_size(r, m.part, 1.0)
    scale = min(cx.img, (col * 0.86 - 2 * pad - (size * 3 if cx.avatars else 0)) / base_w)
    w0, h0 = _card_size(r, m.part, scale)
    cap = m.paras[0].text if m.paras else ""
    tsize = size * 0.72
    body = h0 + 2 * pad + size * 1.4
    gap = size * 0.8
    h = gap + body

    def draw(top: float) -> None:
        c = cx.pen.c
        width = w0 + 2 * pad
        x = _side_x(cx, "user", width)
        y_top = top - gap
        c.saveState()
        c.setFillColorRGB(*cx.user_fill)
        c.roundRect(x, y_top - body, width, body, cx.radius, stroke=0, fill=1)
        c.setFillGray(0.97)
        c.rect(x + pad - 2, y_top - pad - h0 - 2, w0 + 4, h0 + 4, stroke=0, fill=1)
        c.restoreState()
        _draw_copy(cx.pen, r, m.part, x + pad, y_top - pad, scale, cx.viz, cx.sub, True)
        c.setFillColorRGB(*_GREY)
        c.setFont(cx.faces.italic, tsize)
        c.drawString(x + pad, y_top - body + pad * 0.7, cap)
        c.setFont(cx.faces.regular, tsize)
        c.drawRightString(x + width - pad - (tsize * 1.3 if cx.ticks else 0),
                          y_top - body + pad * 0.7, m.time)
        if cx.ticks:
            _ticks(cx, x + width - pad - tsize * 1.05, y_top - body + pad * 0.7, tsize)
        c.setFillGray(0)

    return Block(h, draw)


def _card(cx: _Cx, m: Msg) -> Block:
    card = m.card
    assert card is not None
    size = cx.fs
    pad = size * 0.9
    av = size * 3.0 if cx.avatars else 0.0
    width = (cx.x1 - cx.x0 - av) * 0.9
    lab_w = width * 0.4
    val_w = width - lab_w - 2 * pad - 6
    rows: list[tuple[str, list[str], list[str]]] = []  # head | label lines, value lines
    for head, items in card.groups:
        rows.append((head, [], []))
        for label, value in items:
            rows.append(("", simpleSplit(label, cx.faces.regular, size * 0.84, lab_w),
                         simpleSplit(value, cx.faces.bold, size, val_w)))
    lead = size * 1.25
    body_h = 0.0
    for head, lab, val in rows:
        body_h += size * 1.7 if head else max(len(lab), len(val)) * lead + size * 0.25
    top_h = size * 2.6
    title_h = size * 2.1
    foot_h = size * 4.2
    h_card = top_h + title_h + body_h + foot_h + pad
    gap = size * 0.8

    def draw(top: float) -> None:
        c = cx.pen.c
        x = cx.x0 + av
        y = top - gap
        c.saveState()
        c.setFillGray(1)
        c.setStrokeColorRGB(0.55, 0.55, 0.6)
        c.setLineWidth(0.8)
        c.roundRect(x, y - h_card, width, h_card, cx.radius * 0.6, stroke=1, fill=1)
        # the attachment line: a file icon, name and size
        c.setFillColorRGB(*cx.bot_fill)
        c.rect(x + 0.5, y - top_h, width - 1, top_h - 0.5, stroke=0, fill=1)
        ix, iy = x + pad, y - top_h + size * 0.5
        c.setFillColorRGB(0.8, 0.15, 0.15)
        c.rect(ix, iy, size * 1.3, size * 1.6, stroke=0, fill=1)
        c.setFillGray(1)
        c.rect(ix + size * 0.2, iy + size * 0.3, size * 0.9, size * 0.12, stroke=0, fill=1)
        c.rect(ix + size * 0.2, iy + size * 0.6, size * 0.9, size * 0.12, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(cx.faces.bold, size * 0.9)
        c.drawString(ix + size * 2, y - size * 1.25, card.file)
        c.setFillColorRGB(*_GREY)
        c.setFont(cx.faces.regular, size * 0.75)
        c.drawString(ix + size * 2, y - size * 2.15, card.size)
        c.restoreState()
        yy = y - top_h - size * 1.5
        c.setFont(cx.faces.bold, size * 1.12)
        c.drawString(x + pad, yy, card.title)
        c.setLineWidth(0.5)
        c.setStrokeGray(0.7)
        c.line(x + pad, yy - size * 0.5, x + width - pad, yy - size * 0.5)
        c.setStrokeGray(0)
        yy -= title_h - size * 1.5 + size * 0.2
        for head, lab, val in rows:
            if head:
                yy -= size * 1.35
                c.setFillColorRGB(*cx.accent)
                c.setFont(cx.faces.bold, size * 0.86)
                c.drawString(x + pad, yy, head)
                c.setFillGray(0)
                yy -= size * 0.35
                continue
            yy -= lead * 0.85
            c.setFillColorRGB(*_GREY)
            c.setFont(cx.faces.regular, size * 0.84)
            for k, t in enumerate(lab):
                c.drawString(x + pad, yy - k * lead, t)
            c.setFillGray(0)
            c.setFont(cx.faces.bold, size)
            for k, t in enumerate(val):
                c.drawString(x + pad + lab_w + 6, yy - k * lead, t)
            yy -= (max(len(lab), len(val)) - 1) * lead + lead * 0.15 + size * 0.25
        # seal and verification code
        c.saveState()
        r = size * 1.7
        sx, sy = x + width - pad - r, y - h_card + pad + r * 0.9
        c.setStrokeColorRGB(*cx.accent)
        c.setLineWidth(0.9)
        c.circle(sx, sy, r, stroke=1, fill=0)
        c.circle(sx, sy, r * 0.75, stroke=1, fill=0)
        c.restoreState()
        c.setFillColorRGB(*_GREY)
        c.setFont(cx.faces.italic, size * 0.74)
        c.drawString(x + pad, y - h_card + pad + size * 1.3, card.seal)
        c.setFont(cx.faces.regular, size * 0.74)
        c.drawString(x + pad, y - h_card + pad + size * 0.2, card.verify)
        c.setFillGray(0)

    return Block(gap + h_card, draw)


def _c_blocks(cx: _Cx, msgs: list[Msg]) -> list[Block]:
    out: list[Block] = []
    for m in msgs:
        if m.kind == "bubble":
            out.append(_bubble(cx, m))
        elif m.kind in ("sep", "sys"):
            out.append(_centre_line(cx, m.paras[0].text, m.kind))
        elif m.kind == "typing":
            out.append(_typing(cx))
        elif m.kind == "replies":
            out.append(_replies(cx, m))
        elif m.kind == "image":
            out.append(_image(cx, m))
        elif m.kind == "card":
            out.append(_card(cx, m))
    return out


class _Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.minute = rng.randint(7 * 60, 19 * 60)

    def __call__(self, most: int = 2) -> str:
        self.minute += self.rng.randint(0, most)
        return f"{self.minute // 60 % 24:02d}:{self.minute % 60:02d}"


def _answers(w: Extra23Wording, grp: Grp, rng: random.Random) -> list[list[str]]:
    """The citizen's message(s) answering one question, each a list of paragraphs: the values
    bare or in a sentence, a wrong value and its correction, or a no."""
    items = grp.items
    if len(items) == 1 and not items[0].value:
        return [[w.no(grp.key)]]
    shown = [f.wrong or f.value for f in items]
    if grp.key == "tenant":
        text = ", ".join(shown)
        if rng.random() < 0.6:
            text = w.say("tenant").format(text)
    elif len(items) == 1 and items[0].options:
        text = shown[0]
    elif len(items) == 1:
        bare = rng.random() < 0.45 or grp.key not in CHAT_SAY
        text = shown[0] if bare else w.say(grp.key).format(shown[0])
    elif grp.key in CHAT_SAY and (rng.random() < 0.7 or grp.key == "vehicle"):
        text = w.say(grp.key).format(*shown)
    else:
        text = ", ".join(shown)
    wrong = [f for f in items if f.wrong]
    if not wrong:
        return [[text]]
    fix = w.fix().format(wrong[0].value)
    if rng.random() < 0.5:
        return [[text], [fix]]
    return [[text, fix]]


def _runs(msgs: list[Msg]) -> list[Msg]:
    """Mark the first message of each run of one sender (its name and avatar show)."""
    side = ""
    for m in msgs:
        if m.kind in ("bubble", "image"):
            m.first = m.side != side
            side = m.side
        elif m.kind in ("sep", "sys"):
            side = ""
        elif m.kind == "card":
            side = "bot"
    return msgs


def _sep_label(w: Extra23Wording, day: date, export: date, rng: random.Random) -> str:
    """A date separator: today, yesterday, a weekday or a date (none of the truth's)."""
    delta = (export - day).days
    if delta == 0:
        return w.word("today")
    if delta == 1 and rng.random() < 0.8:
        return w.word("yesterday")
    if delta < 7 and rng.random() < 0.6:
        return weekday(day)
    if rng.random() < 0.5:
        return f"{weekday(day)}, {format_extra23_date(day, 'numeric')}"
    return format_extra23_date(day, rng.choice(("numeric", "long")))


@dataclass(slots=True)
class _Meta:
    cid: str
    stamp: str
    service: str
    bar: bool
    inputbar: bool


def _plan_chat(doc: Doc, record: Record, s: Style, rng: random.Random, pages: int
               ) -> tuple[list[Msg], _Meta]:
    w = _w(s)
    clock = _Clock(rng)
    msgs: list[Msg] = []
    last = [""]

    def bubble(side: str, paras: list[Para], drop: int = 0) -> None:
        msgs.append(Msg("bubble", side, paras, clock(), drop=drop))
        last[0] = side

    def line(kind: str, text: str, drop: int = 0) -> None:
        msgs.append(Msg(kind, paras=[Para("text", text)], drop=drop))
        last[0] = ""

    chat_day = _day(doc, record, rng, 25)
    second = other_day(record, chat_day + timedelta(days=rng.randint(1, 2)), rng, 0)
    export = other_day(record, (second if pages == 2 else chat_day)
                       + timedelta(days=rng.choice((0, 0, 0, 1, 2, 5, 11))), rng, 0)
    doc.furniture += [second, export] if pages == 2 else [export]
    line("sep", _sep_label(w, chat_day, export, rng))
    if rng.random() < 0.5:
        line("sys", w.word("joined"), 1)
    bubble("bot", [Para("text", w.word("greet"))])
    bubble("user", [Para("text", w.opening(doc.doc_type))])
    merged = rng.random() < 0.5
    if not merged:
        bubble("bot", [Para("text", w.word("start"))], 2)
    asks = [grp for sec in doc.sections if sec.key not in ("card", "read")
            for grp in sec.groups]
    middle = len(asks) // 2 if pages == 2 else -1
    first = True
    for k, grp in enumerate(asks):
        if k == middle:
            line("sys", w.word("resumed"))
            line("sep", _sep_label(w, second, export, rng))
        if grp.key == "upload":
            assert isinstance(record, Identity)
            bubble("bot", [Para("text", w.ask("upload"))])
            parts = ["page"] if record.mrz_format == "TD3" else (
                ["both"] if rng.random() < 0.5 else ["front", "back"])
            for part in parts:
                msgs.append(Msg("image", "user", [Para("text", w.word("photo"))], clock(),
                                part=part))
                last[0] = "user"
            if rng.random() < 0.6:
                line("sys", w.word("uploaded"), 1)
            continue
        question = w.ask(grp.key)
        if first and merged:
            question = f"{w.word('start')} {question}"
        elif rng.random() < 0.3:
            question = f"{w.pick('thanks')} {question}"
        first = False
        if rng.random() < 0.12:
            msgs.append(Msg("typing", drop=1))
        paras = [Para("text", question)]
        if grp.hint:
            paras.append(Para("hint", grp.hint))
        chosen = next((f for f in grp.items if f.options), None)
        if chosen is not None and rng.random() < 0.4:
            paras.append(Para("hint", w.hint("choose")))
        bubble("bot", paras)
        if chosen is not None:
            msgs.append(Msg("replies", options=chosen.options, chosen=chosen.chosen))
        for answer in _answers(w, grp, rng):
            bubble("user", [Para("text", t) for t in answer])
    case_no = f"{rng.choice('ABCDEFKMSTVZ')}{rng.choice('ABCDEFKMSTVZ')}-" \
              f"{_free_number(record, rng, 100000, 989999)}"
    read = [sec for sec in doc.sections if sec.key == "read"]
    card = [sec for sec in doc.sections if sec.key == "card"]
    if read:
        if rng.random() < 0.4:
            msgs.append(Msg("typing", drop=1))
        items = [Para("kv", f.value, w(f.key)) for f in read[0].groups[0].items]
        bubble("bot", [Para("text", w.word("id_read")), *items,
                       Para("text", w.word("id_check"))])
        bubble("user", [Para("text", w.word("confirm_yes"))])
        bubble("bot", [Para("text", w.word("id_done"))])
    elif card:
        bubble("bot", [Para("text", w.word("cert_found"))])
        code = "-".join("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(4))
                        for _ in range(3))
        groups = [(w.head(g.key), [(w.card(f.key), f.value) for f in g.items])
                  for g in card[0].groups]
        msgs.append(Msg("card", time=clock(), card=Card(
            f"{doc.doc_type[:3].upper()}-{_free_number(record, rng, 10000, 98999)}.pdf",
            f"{rng.randint(120, 480)} kB · {w.word('attachment')}",
            CERT_KINDS23[doc.doc_type], groups, f"{w.word('verify')}: {code}",
            w.word("seal"))))
        last[0] = "bot"
        bubble("bot", [Para("text", w.word("cert_done"))])
    else:
        if doc.summary:
            kind = rng.choice(("kv", "bullet"))
            paras = [Para("text", w.word("summary_intro"))]
            for sec in doc.sections:
                for grp in sec.groups:
                    values = [f.value for f in grp.items if f.value]
                    if grp.key == "tenant" and values:
                        paras.append(Para(kind, ", ".join(values), w("tenant")))
                        continue
                    paras += [Para(kind, f.value, w(f.key)) for f in grp.items if f.value]
            paras.append(Para("text", w.word("summary_ask")))
            bubble("bot", paras, 3)
            bubble("user", [Para("text", w.word("confirm_yes"))], 3)
        bubble("bot", [Para("text", w.word("done").format(case_no))])
    cid = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (4, 4, 6))
    stamp = f"{format_extra23_date(export, 'numeric')}, {rng.randint(8, 21):02d}:" \
            f"{rng.randint(0, 59):02d}"
    meta = _Meta(cid, stamp, w.word("service").format(doc.city), rng.random() < 0.5,
                 rng.random() < 0.5)
    return msgs, meta


_BUBBLES: tuple[tuple[RGB, RGB], ...] = (
    ((0.93, 0.93, 0.94), (0.85, 0.92, 1.0)),
    ((0.95, 0.95, 0.95), (0.86, 0.96, 0.84)),
    ((0.92, 0.95, 0.99), (0.95, 0.9, 0.98)),
    ((1.0, 1.0, 1.0), (0.92, 0.92, 0.92)),
    ((0.94, 0.96, 0.94), (0.99, 0.93, 0.84)),
)
_ACCENTS: tuple[RGB, ...] = ((0.0, 0.36, 0.66), (0.1, 0.45, 0.3), (0.55, 0.1, 0.35),
                             (0.2, 0.2, 0.5), (0.0, 0.45, 0.5))


def _c_header(cx: _Cx, meta: _Meta, title: str, page: int, pages: int) -> None:
    c = cx.pen.c
    w = cx.words
    x0, x1 = cx.x0 - 4, cx.x1 + 4
    top = PAGE_H - 26
    if page == 0:
        if meta.bar:
            c.setFillColorRGB(*cx.accent)
            c.rect(x0, top - 24, x1 - x0, 24, stroke=0, fill=1)
            c.setFillGray(1)
            c.setFont(cx.faces.bold, 12)
            c.drawString(x0 + 8, top - 16.5, meta.service)
            c.setFillGray(0)
        else:
            c.setFillColorRGB(*cx.accent)
            c.setFont(cx.faces.bold, 13)
            c.drawString(x0, top - 15, meta.service)
            c.setFillGray(0)
            c.setStrokeColorRGB(*cx.accent)
            c.setLineWidth(1.2)
            c.line(x0, top - 22, x1, top - 22)
            c.setStrokeGray(0)
        c.setFont(cx.faces.regular, 9.5)
        c.drawString(x0, top - 37, title)
        c.setFillColorRGB(*_GREY)
        c.setFont(cx.faces.regular, 7.5)
        c.drawString(x0, top - 48, f"{w.word('conv_id')}: {meta.cid}")
        c.drawRightString(x1, top - 48, f"{w.word('exported')} {meta.stamp}")
        c.setStrokeGray(0.8)
        c.setLineWidth(0.5)
        c.line(x0, top - 54, x1, top - 54)
    else:
        c.setFillColorRGB(*cx.accent)
        c.setFont(cx.faces.bold, 9.5)
        c.drawString(x0, top - 10, meta.service)
        c.setFillColorRGB(*_GREY)
        c.setFont(cx.faces.italic, 7.5)
        c.drawString(x0, top - 21, f"{w.word('continued')} · {w.word('conv_id')}: {meta.cid}")
        c.setStrokeGray(0.8)
        c.setLineWidth(0.5)
        c.line(x0, top - 26, x1, top - 26)
    c.setFillColorRGB(*_GREY)
    c.setFont(cx.faces.regular, 7)
    c.drawCentredString(PAGE_W / 2, 18, w.word("page").format(page + 1, pages))
    c.setFillGray(0)
    c.setStrokeGray(0)


def _input_bar(cx: _Cx) -> None:
    c = cx.pen.c
    y = 34
    c.saveState()
    c.setStrokeColorRGB(0.7, 0.7, 0.72)
    c.setLineWidth(0.7)
    c.roundRect(cx.x0, y, cx.x1 - cx.x0 - 28, 20, 10, stroke=1, fill=0)
    c.setFillColorRGB(0.55, 0.55, 0.55)
    c.setFont(cx.faces.italic, 8)
    c.drawString(cx.x0 + 10, y + 6.5, cx.words.word("placeholder"))
    c.setFillColorRGB(*cx.accent)
    c.circle(cx.x1 - 10, y + 10, 10, stroke=0, fill=1)
    c.setFillGray(1)
    p = c.beginPath()
    p.moveTo(cx.x1 - 14, y + 15)
    p.lineTo(cx.x1 - 4, y + 10)
    p.lineTo(cx.x1 - 14, y + 5)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def draw_chat(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
              pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    faces = _set4(rng.choice(_TTF_SANS if rng.random() < 0.85 else SANS9))
    ident = isinstance(record, Identity)
    margin = rng.uniform(34, 66)
    width = PAGE_W - 2 * margin
    colw = width if ident or rng.random() < 0.55 else width * rng.uniform(0.74, 0.92)
    x0 = (PAGE_W - colw) / 2 if rng.random() < 0.6 else margin
    bot_fill, user_fill = rng.choice(_BUBBLES)
    if rng.random() < 0.5:
        bot_fill, user_fill = user_fill, bot_fill
    outline = rng.random() < 0.35 or min(sum(bot_fill), sum(user_fill)) > 2.99
    cx = _Cx(pen, faces, x0, x0 + colw, rng.uniform(8.4, 9.8), rng.uniform(0.62, 0.8),
             bot_fill, user_fill, outline, rng.uniform(3, 9), rng.random() < 0.55,
             rng.random() < 0.6, rng.random() < 0.6, rng.choice(_ACCENTS), w.word("bot_name"),
             w.word("user_name"), w, record if isinstance(record, Identity) else None,
             rng.choice(VIZ_STYLES), random.Random(rng.random()), rng.uniform(0.98, 1.15),
             rng.random() < 0.5)
    msgs, meta = _plan_chat(doc, record, s, rng, pages)
    top = [PAGE_H - 26 - 60, PAGE_H - 26 - 32]
    bottom = [44.0, 66.0 if meta.inputbar else 40.0]
    if pages == 1:
        bottom = [66.0 if meta.inputbar else 40.0]
    room = [top[k] - bottom[k] for k in range(pages)]
    base = cx.fs
    chunks: list[list[Block]] = []
    shown = msgs
    # shrink until the plan's sheets hold it; when the type gets small, leave out typing dots
    # and system lines, then widen the bubbles, then the greeting's second line, then the summary
    for level in range(5):
        shown = _runs([m for m in msgs if not (m.drop and m.drop <= level)])
        if level >= 2:
            cx.ratio = max(cx.ratio, 0.86)
            cx.names = False
        cx.fs = base
        floor = base * 0.72 if level < 4 else 5.0
        while True:
            blocks = _c_blocks(cx, shown)
            chunks = [blocks] if pages == 1 else _split(blocks, room)
            if _fits(chunks, room) or cx.fs * 0.96 < floor:
                break
            cx.fs *= 0.96
            cx.img = max(0.8, cx.img * 0.97)
        if _fits(chunks, room):
            break
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        _c_header(cx, meta, doc.title, k, len(chunks))
        y = top[k]
        for b in chunk:
            b.draw(y)
            y -= b.height
        if k == len(chunks) - 1 and meta.inputbar:
            _input_bar(cx)


# --- dialog -----------------------------------------------------------------------------------

_GRID_COLS = {"tenant": "name", "family_name": "family_name", "given_names": "given_names",
              "date_of_birth": "dob", "place_of_birth": "pob"}
_TITLEBARS: tuple[tuple[RGB, bool], ...] = (
    ((0.0, 0.26, 0.55), True), ((0.78, 0.8, 0.84), False), ((0.1, 0.36, 0.38), True),
    ((0.22, 0.22, 0.28), True), ((0.55, 0.66, 0.8), False))


@dataclass(slots=True)
class _Dx:
    pen: Pen
    ui: Set4
    vface: str
    fs: float
    colon: bool
    align: str  # right | left
    stars: bool
    mnemonic: bool
    flat: bool
    panel: float
    title_rgb: RGB
    title_white: bool
    accent: RGB
    words: Extra23Wording

    @property
    def bh(self) -> float:  # height of an entry box
        return self.fs * 1.75

    @property
    def rh(self) -> float:  # height of a row
        return self.fs * 2.3


def _d_label(dx: _Dx, key: str, req: bool) -> str:
    text = dx.words(key)
    if req and dx.stars:
        text += " *"
    return text + ":" if dx.colon else text


def _shown(f: Fld) -> str:
    if f.kind == "check":
        return ""
    return f"{f.code} – {f.value}" if f.code else f.value


def _need(dx: _Dx, f: Fld) -> float:
    """The width a control wants for its value at the value size."""
    size = dx.fs
    if f.kind == "radio":
        return sum(size * 1.3 + _width(o, dx.ui.regular, size) + size * 1.1 for o in f.options)
    if f.kind == "check":
        return size * 1.4 + _width(dx.words(f.key), dx.ui.regular, size)
    tw = _width(_shown(f), dx.vface, size) + size * 1.4
    if f.kind == "area":
        tw = tw * 0.55 + size
    if f.kind in ("combo", "date"):
        tw += dx.bh
    return max(tw, size * 7)


@dataclass(slots=True)
class _Row:
    label: str
    ctrls: list[tuple[Fld, float, float]]  # field, width, value size
    height: float
    vertical: bool = False  # radio options one below the other
    lines: list[str] = field(default_factory=list)  # an area's wrapped value


@dataclass(slots=True)
class _Box:
    sec: Sec
    width: float
    height: float
    label_w: float
    rows: list[_Row]
    grid: tuple[list[str], list[list[str]], list[float], float] | None = None
    scan: float = 0.0  # identity: the scale of the scanned image


def _layout_box(dx: _Dx, sec: Sec, width: float, record: Record | None = None,
                scale: float = 1.0) -> _Box:
    fs = dx.fs
    pad = fs * 0.8
    cap = fs * 1.6
    if sec.key == "scan" and isinstance(record, Identity):
        part = "page" if record.mrz_format == "TD3" else "both"
        base_w, _ = _card_size(record, part, 1.0)
        sc = min(scale, (width - 2 * pad) / base_w)
        _, h0 = _card_size(record, part, sc)
        return _Box(sec, width, cap + h0 + fs * 4.2 + pad, 0, [], scan=sc)
    if sec.grid:
        heads = ["nr"] + [_GRID_COLS[f.key] for f in sec.groups[0].items]
        captions = [dx.words.col(h) for h in heads]
        rows = [[str(i + 1)] + [_shown(f) for f in g.items] for i, g in enumerate(sec.groups)]
        size = fs
        for _ in range(12):
            need = [max([_width(c, dx.ui.bold, size * 0.9)] + [_width(r[k], dx.vface, size)
                                                              for r in rows]) + size * 1.2
                    for k, c in enumerate(captions)]
            if sum(need) <= width - 2 * pad:
                break
            size *= 0.93
        spare = (width - 2 * pad - sum(need)) / len(need)
        widths = [n + max(0.0, spare) for n in need]
        h = cap + fs * 1.9 + (len(rows) + 1) * fs * 1.8 + pad
        return _Box(sec, width, h, 0, [], (captions, rows, widths, size))
    labels = [_d_label(dx, g.key or g.items[0].key, any(f.req for f in g.items))
              if not (len(g.items) == 1 and g.items[0].kind == "check") else ""
              for g in sec.groups]
    label_w = min(max(_width(t, dx.ui.regular, fs) for t in labels) + fs, width * 0.46)
    avail = width - label_w - 2 * pad - fs * 0.6
    out: list[_Row] = []
    for g, label in zip(sec.groups, labels, strict=True):
        n = len(g.items)
        gap = fs * 0.6
        needs = [_need(dx, f) for f in g.items]
        if n == 1:
            f = g.items[0]
            if f.kind == "radio":
                vertical = needs[0] > avail
                h = dx.rh if not vertical else len(f.options) * fs * 1.5 + fs * 0.6
                out.append(_Row(label, [(f, avail, fs)], h, vertical))
                continue
            if f.kind == "check":
                out.append(_Row(label, [(f, needs[0], fs)], dx.rh))
                continue
            wide = min(avail, max(needs[0], avail * 0.62))
            if f.kind == "area":
                longest = max(_width(t, dx.vface, fs) for t in f.value.split() or [""])
                size = max(fs * 0.55, min(fs, fs * (avail - fs * 1.2) / max(longest, 1.0)))
                lines = simpleSplit(f.value, dx.vface, size, avail - fs * 1.2) or [""]
                out.append(_Row(label, [(f, avail, size)], len(lines) * size * 1.3 + fs * 1.3,
                                lines=lines))
                continue
            size = fs if needs[0] <= wide else max(fs * 0.6, fs * wide / needs[0])
            out.append(_Row(label, [(f, wide, size)], dx.rh))
            continue
        room = avail - gap * (n - 1)
        total = sum(needs)
        if total <= room:  # the first control (street, city) takes what is left
            widths = [room - sum(needs[1:]), *needs[1:]] if g.items[0].key in (
                "street", "city", "family_name") else [*needs[:-1], room - sum(needs[:-1])]
            sizes = [fs] * n
        else:
            widths = [room * nd / total for nd in needs]
            sizes = [max(fs * 0.6, fs * room / total)] * n
        out.append(_Row(label, list(zip(g.items, widths, sizes, strict=True)), dx.rh))
    h = cap + sum(r.height for r in out) + pad
    return _Box(sec, width, h, label_w, out)


def _box_need(dx: _Dx, sec: Sec) -> float:
    """The width a group box wants."""
    fs = dx.fs
    if sec.grid:
        return 1e9
    labels = [_d_label(dx, g.key or g.items[0].key, any(f.req for f in g.items)) for g in
              sec.groups]
    label_w = max(_width(t, dx.ui.regular, fs) for t in labels) + fs
    row = max(sum(_need(dx, f) for f in g.items) + fs * 0.6 * (len(g.items) - 1)
              for g in sec.groups)
    return label_w + row + fs * 2.2


@dataclass(slots=True)
class _Band:
    cols: list[list[_Box]]
    height: float


def _layout(dx: _Dx, secs: list[Sec], width: float, two: bool, record: Record,
            scale: float) -> list[_Band]:
    gap = dx.fs * 0.8
    half = (width - gap) / 2
    bands: list[_Band] = []
    pending: list[Sec] = []

    def flush() -> None:
        if not pending:
            return
        if not two or (len(pending) == 1 and pending[0].key != "scan"):
            for sec in pending:
                box = _layout_box(dx, sec, width, record, scale)
                bands.append(_Band([[box]], box.height))
        else:
            cols: list[list[_Box]] = [[], []]
            heights = [0.0, 0.0]
            for sec in pending:
                k = 0 if heights[0] <= heights[1] else 1
                box = _layout_box(dx, sec, half, record, scale)
                cols[k].append(box)
                heights[k] += box.height + gap
            bands.append(_Band(cols, max(heights) - gap))
        pending.clear()

    for sec in secs:
        wide = sec.grid or (sec.key != "scan" and _box_need(dx, sec) > half)
        if wide:
            flush()
            box = _layout_box(dx, sec, width, record, scale)
            bands.append(_Band([[box]], box.height))
        else:
            pending.append(sec)
    flush()
    return bands


def _bands_height(dx: _Dx, bands: list[_Band]) -> float:
    return sum(b.height for b in bands) + dx.fs * 0.8 * max(0, len(bands) - 1)


def _sunken(dx: _Dx, x: float, y: float, w: float, h: float, ro: bool) -> None:
    c = dx.pen.c
    c.saveState()
    c.setFillGray(0.9 if ro else 1.0)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setLineWidth(0.6)
    if dx.flat:
        c.setStrokeGray(0.55)
        c.rect(x, y, w, h, stroke=1, fill=0)
    else:
        c.setStrokeGray(0.45)
        c.line(x, y, x, y + h)
        c.line(x, y + h, x + w, y + h)
        c.setStrokeGray(0.97)
        c.line(x + w, y + h, x + w, y)
        c.line(x + w, y, x, y)
        c.setStrokeGray(0.7)
        c.line(x + 0.8, y + 0.8, x + 0.8, y + h - 0.8)
        c.line(x + 0.8, y + h - 0.8, x + w - 0.8, y + h - 0.8)
    c.restoreState()


def _raised(dx: _Dx, x: float, y: float, w: float, h: float, fill: float = 0.88) -> None:
    c = dx.pen.c
    c.saveState()
    c.setFillGray(fill)
    c.setLineWidth(0.6)
    if dx.flat:
        c.setStrokeGray(0.6)
        c.rect(x, y, w, h, stroke=1, fill=1)
    else:
        c.rect(x, y, w, h, stroke=0, fill=1)
        c.setStrokeGray(1)
        c.line(x, y, x, y + h)
        c.line(x, y + h, x + w, y + h)
        c.setStrokeGray(0.4)
        c.line(x + w, y + h, x + w, y)
        c.line(x + w, y, x, y)
    c.restoreState()


def _glyph(dx: _Dx, kind: str, x: float, y: float, s: float) -> None:
    """A small drawn symbol inside a button: a drop-down arrow or a calendar."""
    c = dx.pen.c
    c.saveState()
    c.setFillGray(0.15)
    c.setStrokeGray(0.15)
    c.setLineWidth(0.5)
    if kind == "combo":
        p = c.beginPath()
        p.moveTo(x + s * 0.28, y + s * 0.58)
        p.lineTo(x + s * 0.72, y + s * 0.58)
        p.lineTo(x + s * 0.5, y + s * 0.32)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:
        c.setFillGray(1)
        c.rect(x + s * 0.22, y + s * 0.22, s * 0.56, s * 0.5, stroke=1, fill=1)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.rect(x + s * 0.22, y + s * 0.6, s * 0.56, s * 0.12, stroke=0, fill=1)
        c.setFillGray(0.3)
        for i in range(3):
            for j in range(2):
                c.rect(x + s * (0.3 + i * 0.15), y + s * (0.3 + j * 0.14), s * 0.07, s * 0.07,
                       stroke=0, fill=1)
    c.restoreState()


def _underline(dx: _Dx, text: str, x: float, y: float, size: float, face: str) -> None:
    """A mnemonic: the first letter of the label underlined."""
    k = next((i for i, ch in enumerate(text) if ch.isalpha()), -1)
    if k < 0:
        return
    c = dx.pen.c
    x0 = x + _width(text[:k], face, size)
    c.setLineWidth(0.5)
    c.line(x0, y - size * 0.15, x0 + _width(text[k], face, size), y - size * 0.15)


def _draw_ctrl(dx: _Dx, f: Fld, x: float, yb: float, width: float, size: float,
               row: _Row) -> None:
    """A control with its bottom at ``yb`` (the row's bottom edge)."""
    c = dx.pen.c
    fs, bh = dx.fs, dx.bh
    y = yb + (dx.rh - bh) / 2
    if f.kind == "radio":
        ox = x
        oy = yb + row.height - dx.rh / 2 - size * 0.35 if row.vertical else y + bh * 0.3
        for k, opt in enumerate(f.options):
            cy = oy + size * 0.35
            c.setFillGray(1)
            c.setStrokeGray(0.35)
            c.setLineWidth(0.6)
            c.circle(ox + size * 0.45, cy, size * 0.42, stroke=1, fill=1)
            if k == f.chosen:
                c.setFillGray(0.1)
                c.circle(ox + size * 0.45, cy, size * 0.2, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(dx.ui.regular, size)
            c.drawString(ox + size * 1.2, oy, opt)
            if row.vertical:
                oy -= fs * 1.5
            else:
                ox += size * 1.3 + _width(opt, dx.ui.regular, size) + size * 1.1
        return
    if f.kind == "check":
        b = fs * 0.95
        bx, by = x, yb + (dx.rh - b) / 2
        _sunken(dx, bx, by, b, b, False)
        if f.value:
            c.setLineWidth(1.1)
            c.setStrokeGray(0.1)
            p = c.beginPath()
            p.moveTo(bx + b * 0.2, by + b * 0.5)
            p.lineTo(bx + b * 0.42, by + b * 0.22)
            p.lineTo(bx + b * 0.82, by + b * 0.82)
            c.drawPath(p, stroke=1, fill=0)
            c.setStrokeGray(0)
        c.setFont(dx.ui.regular, fs)
        c.setFillGray(0)
        c.drawString(bx + b + fs * 0.45, by + b * 0.18, dx.words(f.key))
        return
    if f.kind == "area":
        h = row.height - fs * 0.7
        _sunken(dx, x, yb + fs * 0.35, width, h, f.ro)
        c.setFont(dx.vface, size)
        c.setFillGray(0.25 if f.ro else 0)
        ty = yb + fs * 0.35 + h - size * 1.2
        for line in row.lines:
            c.drawString(x + fs * 0.4, ty, line)
            ty -= size * 1.3
        c.setFillGray(0)
        return
    button = bh if f.kind in ("combo", "date") else 0.0
    _sunken(dx, x, y, width, bh, f.ro)
    if button:
        _raised(dx, x + width - button, y + 0.6, button - 0.6, bh - 1.2)
        _glyph(dx, f.kind, x + width - button, y, button)
    text = _shown(f)
    if text:
        c.setFont(dx.vface, size)
        c.setFillGray(0.28 if f.ro else 0)
        c.drawString(x + fs * 0.4, y + (bh - size) / 2 + size * 0.2, text)
        c.setFillGray(0)


def _draw_box(dx: _Dx, box: _Box, x: float, top: float, record: Record, viz: str,
              sub: random.Random) -> None:
    c = dx.pen.c
    fs = dx.fs
    pad = fs * 0.8
    cap = fs * 1.6
    w = dx.words
    # the etched frame, its caption interrupting the top line
    fy = top - fs * 0.7
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeGray(0.55)
    c.rect(x, top - box.height, box.width, box.height - fs * 0.7, stroke=1, fill=0)
    if not dx.flat:
        c.setStrokeGray(1)
        c.rect(x + 0.7, top - box.height - 0.7, box.width, box.height - fs * 0.7, stroke=1,
               fill=0)
    caption = w.group(box.sec.key)
    cw = _width(caption, dx.ui.bold, fs)
    c.setFillGray(dx.panel)
    c.rect(x + fs * 0.6, fy - fs * 0.5, cw + fs * 0.8, fs * 1.1, stroke=0, fill=1)
    c.setFillColorRGB(*dx.accent)
    c.setFont(dx.ui.bold, fs)
    c.drawString(x + fs, fy - fs * 0.32, caption)
    c.restoreState()
    if box.scan:
        assert isinstance(record, Identity)
        part = "page" if record.mrz_format == "TD3" else "both"
        w0, h0 = _card_size(record, part, box.scan)
        ix = x + (box.width - w0) / 2
        c.setFillGray(0.3)
        c.rect(ix - 3, top - cap - h0 - 3, w0 + 6, h0 + 6, stroke=0, fill=1)
        _draw_copy(dx.pen, record, part, ix, top - cap, box.scan, viz, sub, True)
        c.setFont(dx.ui.italic, fs * 0.85)
        c.setFillGray(0.3)
        c.drawString(x + pad, top - cap - h0 - fs * 1.6, w.word("scan_hint"))
        c.setFillGray(0)
        bw = _width(w.word("scan_button"), dx.ui.regular, fs) + fs * 2
        _raised(dx, x + box.width - pad - bw, top - box.height + pad * 0.6, bw, fs * 2)
        c.setFont(dx.ui.regular, fs)
        c.drawCentredString(x + box.width - pad - bw / 2, top - box.height + pad * 0.6 + fs * 0.6,
                            w.word("scan_button"))
        return
    if box.grid:
        captions, rows, widths, size = box.grid
        gx, gy = x + pad, top - cap
        gw = sum(widths)
        gh = fs * 1.9 + (len(rows) + 1) * fs * 1.8
        _sunken(dx, gx, gy - gh, gw, gh, False)
        cx_ = gx
        for cap_text, wd in zip(captions, widths, strict=True):
            _raised(dx, cx_, gy - fs * 1.9, wd, fs * 1.9)
            c.setFont(dx.ui.bold, size * 0.9)
            c.drawString(cx_ + size * 0.5, gy - fs * 1.3, cap_text)
            cx_ += wd
        selected = len(rows) - 1 if len(rows) > 1 else -1
        ry = gy - fs * 1.9
        for k, row in enumerate(rows):
            if k == selected:
                c.setFillColorRGB(0.8, 0.87, 0.98)
                c.rect(gx + 1, ry - fs * 1.8, gw - 2, fs * 1.8, stroke=0, fill=1)
            c.setFillGray(0)
            c.setStrokeGray(0.85)
            c.setLineWidth(0.4)
            c.line(gx + 1, ry - fs * 1.8, gx + gw - 1, ry - fs * 1.8)
            cx_ = gx
            for text, wd in zip(row, widths, strict=True):
                c.setFont(dx.vface, size)
                c.drawString(cx_ + size * 0.5, ry - fs * 1.25, text)
                cx_ += wd
            ry -= fs * 1.8
        c.setStrokeGray(0)
        return
    y = top - cap
    for row in box.rows:
        yb = y - row.height
        if row.label:
            ly = yb + row.height - dx.rh / 2 - fs * 0.35
            lw = _width(row.label, dx.ui.regular, fs)
            lsize = min(fs, fs * (box.label_w - fs * 0.5) / max(lw, 1.0))  # a long label
            c.setFont(dx.ui.regular, lsize)
            c.setFillGray(0)
            if dx.align == "right":
                lx = x + pad + box.label_w - fs * 0.5 - _width(row.label, dx.ui.regular, lsize)
            else:
                lx = x + pad
            c.drawString(lx, ly, row.label)
            if dx.mnemonic:
                _underline(dx, row.label, lx, ly, lsize, dx.ui.regular)
        cx_ = x + pad + box.label_w + fs * 0.3
        for f, wd, size in row.ctrls:
            _draw_ctrl(dx, f, cx_, yb, wd, size, row)
            cx_ += wd + fs * 0.6
        y = yb


def _window_chrome(dx: _Dx, x0: float, x1: float, top: float, bottom: float, title: str,
                   menus: list[str], back: bool = False) -> float:
    """Frame, title bar and menu bar; returns the y under the menu bar."""
    c = dx.pen.c
    c.saveState()
    c.setFillGray(dx.panel)
    c.setStrokeGray(0.3)
    c.setLineWidth(0.9)
    c.rect(x0, bottom, x1 - x0, top - bottom, stroke=1, fill=1)
    th = 19.0
    c.setFillColorRGB(*(dx.title_rgb if not back else (0.7, 0.72, 0.75)))
    c.rect(x0 + 1, top - th, x1 - x0 - 2, th - 1, stroke=0, fill=1)
    c.setFillGray(1 if dx.title_white and not back else 0.1)
    c.setFont(dx.ui.bold, 8.8)
    c.drawString(x0 + 22, top - th + 6, title)
    # a program icon and the three window buttons
    c.setFillColorRGB(*dx.accent)
    c.rect(x0 + 6, top - th + 4.5, 10, 10, stroke=0, fill=1)
    for k in range(3):
        bx = x1 - 16 - k * 17
        c.setFillGray(0.85 if k else 0.78)
        c.rect(bx, top - th + 4, 13, 11, stroke=0, fill=1)
        c.setStrokeGray(0.15)
        c.setLineWidth(0.9)
        if k == 0:
            c.line(bx + 3.5, top - th + 6.5, bx + 9.5, top - th + 12.5)
            c.line(bx + 3.5, top - th + 12.5, bx + 9.5, top - th + 6.5)
        elif k == 1:
            c.rect(bx + 3.5, top - th + 6.5, 6, 6, stroke=1, fill=0)
        else:
            c.line(bx + 3.5, top - th + 6.5, bx + 9.5, top - th + 6.5)
    y = top - th
    c.setFillGray(0)
    c.setFont(dx.ui.regular, 8.5)
    mx = x0 + 8
    for item in menus:
        c.drawString(mx, y - 11, item)
        if dx.mnemonic or not back:
            _underline(dx, item, mx, y - 11, 8.5, dx.ui.regular)
        mx += _width(item, dx.ui.regular, 8.5) + 14
    c.setStrokeGray(0.7)
    c.setLineWidth(0.5)
    c.line(x0 + 1, y - 15, x1 - 1, y - 15)
    c.restoreState()
    return y - 15


def _toolbar(dx: _Dx, x0: float, x1: float, y: float, rng: random.Random) -> float:
    c = dx.pen.c
    h = 22.0
    n = rng.randint(8, 14)
    x = x0 + 6
    colours = ((0.15, 0.4, 0.75), (0.2, 0.55, 0.25), (0.75, 0.45, 0.05), (0.6, 0.15, 0.15),
               (0.35, 0.35, 0.4))
    c.saveState()
    for k in range(n):
        if k and rng.random() < 0.2:
            c.setStrokeGray(0.6)
            c.line(x + 2, y - h + 4, x + 2, y - 4)
            x += 6
        s = 15.0
        by = y - h + 3.5
        c.setFillColorRGB(*colours[rng.randrange(len(colours))])
        c.setStrokeColorRGB(*colours[rng.randrange(len(colours))])
        c.setLineWidth(1.1)
        shape = rng.randrange(6)
        if shape == 0:
            c.rect(x + 3, by + 2, s - 6, s - 4, stroke=1, fill=0)
            c.line(x + 5, by + 6, x + s - 5, by + 6)
        elif shape == 1:
            c.circle(x + s * 0.45, by + s * 0.55, s * 0.25, stroke=1, fill=0)
            c.line(x + s * 0.62, by + s * 0.36, x + s * 0.85, by + s * 0.12)
        elif shape == 2:
            c.rect(x + 2, by + 3, s - 4, s - 6, stroke=0, fill=1)
            c.setFillGray(1)
            c.rect(x + 4, by + s - 7, s - 8, 3, stroke=0, fill=1)
        elif shape == 3:
            p = c.beginPath()
            p.moveTo(x + 3, by + s / 2)
            p.lineTo(x + s - 3, by + s - 3)
            p.lineTo(x + s - 3, by + 3)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif shape == 4:
            p = c.beginPath()
            p.moveTo(x + 3, by + s / 2)
            p.lineTo(x + 6, by + 3)
            p.lineTo(x + s - 3, by + s - 3)
            c.drawPath(p, stroke=1, fill=0)
        else:
            c.roundRect(x + 2, by + 4, s - 4, s - 7, 2, stroke=1, fill=0)
            c.line(x + 4, by + 4, x + s / 2, by + 2)
        x += s + 6
    c.setStrokeGray(0.7)
    c.setLineWidth(0.5)
    c.line(x0 + 1, y - h, x1 - 1, y - h)
    c.restoreState()
    return y - h


def _tabs(dx: _Dx, x0: float, x1: float, y: float, captions: list[str], active: int) -> float:
    c = dx.pen.c
    h = 17.0
    x = x0 + 6
    c.saveState()
    for k, text in enumerate(captions):
        wd = _width(text, dx.ui.bold, 8.5) + 16
        if x + wd > x1 - 6:
            break
        lift = 2.0 if k == active else 0.0
        c.setFillGray(1.0 if k == active else 0.84)
        c.setStrokeGray(0.5)
        c.setLineWidth(0.6)
        c.rect(x, y - h - 2, wd, h + lift, stroke=1, fill=1)
        if k == active:
            c.setStrokeGray(1.0)
            c.line(x + 0.5, y - h - 2, x + wd - 0.5, y - h - 2)
        c.setFillGray(0)
        c.setFont(dx.ui.bold if k == active else dx.ui.regular, 8.5)
        c.drawString(x + 8, y - h + 3.5 + lift / 2, text)
        x += wd + 1
    c.restoreState()
    return y - h - 2


def _buttons(dx: _Dx, x0: float, x1: float, y: float, captions: list[str], right: bool) -> None:
    c = dx.pen.c
    h = 19.0
    widths = [max(64.0, _width(t, dx.ui.regular, 8.5) + 20) for t in captions]
    x = x1 - 10 - sum(widths) - 6 * (len(widths) - 1) if right else x0 + 10
    for k, (text, wd) in enumerate(zip(captions, widths, strict=True)):
        _raised(dx, x, y, wd, h)
        if k == 0:
            c.setLineWidth(1.1)
            c.setStrokeGray(0.15)
            c.rect(x - 1, y - 1, wd + 2, h + 2, stroke=1, fill=0)
        c.setFillGray(0)
        c.setFont(dx.ui.regular, 8.5)
        c.drawCentredString(x + wd / 2, y + 6, text)
        if dx.mnemonic:
            tx = x + wd / 2 - _width(text, dx.ui.regular, 8.5) / 2
            _underline(dx, text, tx, y + 6, 8.5, dx.ui.regular)
        x += wd + 6


def _status(dx: _Dx, x0: float, x1: float, bottom: float, parts: list[str]) -> float:
    c = dx.pen.c
    h = 15.0
    x = x0 + 3
    room = x1 - x0 - 6
    widths = [_width(p, dx.ui.regular, 7.5) + 14 for p in parts]
    widths[-1] = max(widths[-1], room - sum(widths[:-1]) - 3 * (len(parts) - 1))
    for text, wd in zip(parts, widths, strict=True):
        wd = min(wd, x1 - 3 - x)
        _sunken(dx, x, bottom + 2, wd, h - 3, True)
        c.setFillGray(0.15)
        c.setFont(dx.ui.regular, 7.5)
        c.drawString(x + 5, bottom + 5.5, text)
        x += wd + 3
    return bottom + h


def _message_box(dx: _Dx, x: float, top: float, wd: float, rng: random.Random) -> float:
    """A small message box (no values); returns its height."""
    c = dx.pen.c
    w = dx.words
    lines = simpleSplit(w.word("msg_text"), dx.ui.regular, 8.5, wd - 52)
    h = 22 + len(lines) * 11 + 34
    c.saveState()
    c.setFillGray(0.55)
    c.rect(x + 4, top - h - 4, wd, h, stroke=0, fill=1)
    c.setFillGray(dx.panel)
    c.setStrokeGray(0.3)
    c.setLineWidth(0.8)
    c.rect(x, top - h, wd, h, stroke=1, fill=1)
    c.setFillColorRGB(*dx.title_rgb)
    c.rect(x + 1, top - 17, wd - 2, 16, stroke=0, fill=1)
    c.setFillGray(1 if dx.title_white else 0.1)
    c.setFont(dx.ui.bold, 8)
    c.drawString(x + 6, top - 12, w.word("msg_title"))
    c.setFillColorRGB(*dx.accent)
    c.circle(x + 20, top - 38, 10, stroke=0, fill=1)
    c.setFillGray(1)
    c.rect(x + 18.6, top - 45, 2.8, 9, stroke=0, fill=1)
    c.circle(x + 20, top - 32.5, 1.7, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(dx.ui.regular, 8.5)
    ty = top - 32
    for line in lines:
        c.drawString(x + 40, ty, line)
        ty -= 11
    c.restoreState()
    label = w.word("msg_button")
    bw = max(60.0, _width(label, dx.ui.regular, 8.5) + 18)
    _raised(dx, x + (wd - bw) / 2, top - h + 7, bw, 18)
    c.setFont(dx.ui.regular, 8.5)
    c.drawCentredString(x + wd / 2, top - h + 13, label)
    return h


def draw_dialog(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    w = _w(s)
    doc = build_doc(record, s, rng, doc_type)
    ident = isinstance(record, Identity)
    landscape = rng.random() < (0.75 if ident else 0.6)
    sw, sh = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    pen.c.setPageSize((sw, sh))
    ui = _set4(rng.choice(_TTF_SANS if rng.random() < 0.85 else SANS9))
    pick = rng.random()
    if pick < 0.6:
        vface = ui.regular
    elif pick < 0.75:
        vface = ui.bold
    else:
        vface = rng.choice((fonts.font("DejaVuSansMono", "Courier"),
                            _reg("LiberationMono", "Courier")))
    title_rgb, white = rng.choice(_TITLEBARS)
    dx = _Dx(pen, ui, vface, rng.uniform(7.6, 8.8), rng.random() < 0.6,
             "right" if rng.random() < 0.6 else "left", rng.random() < 0.5, rng.random() < 0.5,
             rng.random() < 0.4, rng.choice((0.94, 0.92, 0.96, 1.0)), title_rgb, white,
             rng.choice(_ACCENTS), w)
    app = w.word("app")
    case = next((f.value for f in fields(doc) if f.key == "case_no"), "")
    if not case:
        case = f"{rng.randint(2025, 2026)}-{_free_number(record, rng, 10000, 98999)}"
    title = f"{app} – {doc.title} [{case}]"
    menus = w.word("menus").split("|")
    tabs = w.tabs(doc_type)
    buttons = w.word("buttons").split("|")
    right = rng.random() < 0.75
    user = f"{rng.choice('abcdefghkmnprstw')}{rng.choice('abcdefghkmnprstw')}" \
           f"{rng.randint(100, 9899)}"
    printed = _day(doc, record, rng, 6)
    clock = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}"
    stamp = f"{format_extra23_date(printed, 'numeric')}, {clock}"
    status = [f"{w.word('user')}: {user}", f"{w.word('database')}: {w.word('tenant_db')}",
              f"{clock}:{rng.randint(0, 59):02d}", w.word("ready")]
    if rng.random() < 0.5:
        status.reverse()
    viz = rng.choice(VIZ_STYLES)
    sub = random.Random(rng.random())
    back = rng.random() < 0.3
    box = rng.random() < 0.4
    two = landscape or rng.random() < 0.5
    # which sections each sheet shows (a two-page plan shows a second tab on the second sheet)
    secs = list(doc.sections)
    if ident:
        secs = [Sec("scan", []), *secs]
    sheets = [secs]
    if pages == 2:
        if isinstance(record, Identity):
            sheets = [secs[:2], secs[2:] or [_d_checks(record, random.Random(case))]]
        else:
            weights = [sum(len(g.items) for g in sec.groups) + 2 for sec in secs]
            total = sum(weights)
            run = 0
            cut = 1
            for k, wt in enumerate(weights[:-1]):
                run += wt
                if run >= total * 0.5:
                    cut = k + 1
                    break
            sheets = [secs[:cut], secs[cut:]]
    margin = rng.uniform(18, 34)
    off = 16.0 if back else 0.0
    x0, x1 = margin + off, sw - margin
    wtop, wbottom = sh - 34 - off, 30.0
    panel_top_gap = 19 + 15 + 22 + 19  # title, menu, tool bar, tabs
    panel_bottom_gap = 15 + 30  # status bar, button row
    room = (wtop - wbottom) - panel_top_gap - panel_bottom_gap - 14
    width = x1 - x0 - 24
    scale = rng.uniform(0.95, 1.15)
    layouts: list[list[_Band]] = []
    for _ in range(30):
        layouts = [_layout(dx, sheet, width, two, record, scale) for sheet in sheets]
        if all(_bands_height(dx, bands) <= room for bands in layouts):
            break
        dx.fs *= 0.95
        scale *= 0.95
        if dx.fs < 5.8:
            break
    for k, bands in enumerate(layouts):
        if k:
            pen.new_page()
        c = pen.c
        # the hardcopy lines
        c.setFillGray(0.25)
        c.setFont(ui.regular, 7.5)
        c.drawString(margin, sh - 20, f"{w.word('hardcopy')} · {app}")
        c.drawRightString(sw - margin, sh - 20, f"{w.word('printed_by')} {user} · "
                                                f"{w.word('printed_at')} {stamp}")
        c.drawRightString(sw - margin, 14, w.word("page").format(k + 1, len(layouts)))
        c.setFillGray(0)
        if back:
            _window_chrome(dx, margin, sw - margin - off, sh - 34, wbottom + off,
                           f"{app} – {w.word('back_title')}", menus, True)
        y = _window_chrome(dx, x0, x1, wtop, wbottom, title, menus)
        y = _toolbar(dx, x0, x1, y, random.Random(f"{case}/{k}"))
        y = _tabs(dx, x0, x1, y - 4, tabs, min(k, len(tabs) - 1))
        panel_top = y
        c.setFillGray(1.0 if dx.panel > 0.99 else dx.panel)
        c.setStrokeGray(0.5)
        c.setLineWidth(0.6)
        panel_bottom = wbottom + panel_bottom_gap
        c.rect(x0 + 6, panel_bottom, x1 - x0 - 12, panel_top - panel_bottom, stroke=1, fill=0)
        c.setStrokeGray(0)
        yy = panel_top - 8
        gap = dx.fs * 0.8
        for band in bands:
            xx = x0 + 12
            for col in band.cols:
                ty = yy
                colw = col[0].width if col else 0.0
                for bx in col:
                    _draw_box(dx, bx, xx, ty, record, viz, sub)
                    ty -= bx.height + gap
                xx += colw + gap
            yy -= band.height + gap
        free = yy - panel_bottom
        if dx.stars and k == 0:
            c.setFont(ui.italic, 7)
            c.setFillGray(0.3)
            c.drawString(x0 + 12, panel_bottom + 4, w.word("required"))
            c.setFillGray(0)
        mw = min(250.0, (x1 - x0) * 0.45)
        mh = 22 + len(simpleSplit(w.word("msg_text"), ui.regular, 8.5, mw - 52)) * 11 + 34
        if box and k == 0 and free > mh + 16:
            mx = rng.uniform(x0 + 20, x1 - mw - 20)
            _message_box(dx, mx, yy - rng.uniform(4, free - mh - 12), mw, rng)
        _buttons(dx, x0, x1, wbottom + 20, buttons, right)
        _status(dx, x0, x1, wbottom, status)


def draw_extra23(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 pages: int) -> None:
    if _is_chat(s):
        draw_chat(pen, record, s, rng, doc_type, pages)
    else:
        draw_dialog(pen, record, s, rng, doc_type, pages)
