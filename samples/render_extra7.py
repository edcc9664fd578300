"""The seventh extra pair of blind held-out layouts: ``guided`` and ``tinted``.

``guided`` is a form as an authority offers it for download: a first page of filling-in
instructions (general rules, notes per numbered field that name the fields in running text and
give example formats, a data-protection notice and the meaning of the footnote markers), then
the form itself over one or two pages: a running header with the form number and the
applicant's name or a reference on every page, a footer with the page count, numbered sections
with sub-numbered fields, footnote markers (superscript digits, raised digits or asterisks for
required fields) on some labels with the footnotes at the foot of the page, a continuation
header at the top of the second form page, a declaration with place, date and signature, and an
office box. Certificates come with a page of explanations before them; identity documents as a
copy on an annex sheet after a page of copying instructions. Nothing on the instruction page
is a value of the document (example dates, postal codes, names and numbers in it are redrawn
when they would be).

``tinted`` is a modern colour-printed official form: a coloured logo block and letterhead, a
light background pattern or watermark emblem across the page, section bands in the house
colour with reversed-out (white) headings, fill-in fields on light tints that change from
section to section, labels in small type in a coloured ink inside or beside the tinted field,
values filled in dark blue in another face, tick boxes in the house colour, dates sometimes in
day / month / year cells, and a coloured footer band. Certificates are colour certificates on a
tinted security background; identity documents a copy on white stock on a tinted annex sheet.
The scans stay greyscale (``samples.raster``), so the tints reach them as light grey levels.

Both draw straight from the record with the wording of ``samples.wording_extra7``. Whoever
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

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples import pools
from samples.content import Style, group_iban
from samples.data import (
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
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _signature,
    _ttf,
    other_day,
)
from samples.truth import truth_fields
from samples.wording_extra7 import (
    CERT_CLAUSES7,
    CERT_NOTES7,
    DECLARATIONS7,
    DWELLING7,
    EXAMPLE_EVB7,
    EXAMPLE_NAMES7,
    EXAMPLE_STREETS7,
    FOOTNOTES7,
    GENERAL7,
    ID_KINDS7,
    ID_NOTES7,
    INSTR_HEADINGS7,
    LANDLORD_ROLES7,
    MARITAL7,
    NOTES7,
    PRIVACY7,
    PURPOSE7,
    PURPOSE_ORDER7,
    SEX_ORDER7,
    SEX_WORDS7,
    Extra7Wording,
    format_extra7_date,
    nationality_printings,
    nationality_word,
    printed_dates,
    sex_printings,
    sex_word,
)

# --- faces ---------------------------------------------------------------------------------------

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
GUIDED_FACES: Final[tuple[FacePair, ...]] = (
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("", "Times-Roman"), ("", "Times-Bold")),
)
TINTED_FACES: Final[tuple[FacePair, ...]] = (
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
)
# what the values are filled in with (never the label face)
VALUE_FACES: Final = (("", "Helvetica"), ("", "Courier"), ("LiberationMono", "Courier"),
                      ("DejaVuSansMono", "Courier"), ("LiberationSerif", "Times-Roman"),
                      ("DejaVuSans", "Helvetica"), ("", "Times-Roman"))

RGB = tuple[float, float, float]
# house colours of the tinted layout (band / label ink), dark enough for white text
HOUSE: Final[tuple[RGB, ...]] = ((0.05, 0.30, 0.55), (0.08, 0.40, 0.28), (0.55, 0.10, 0.20),
                                 (0.00, 0.38, 0.44), (0.33, 0.20, 0.50), (0.62, 0.25, 0.05))
# light tints behind the fields (about 86-94 % luminance: light grey in a greyscale scan)
TINTS: Final[tuple[RGB, ...]] = ((0.84, 0.91, 0.98), (0.99, 0.92, 0.80), (0.86, 0.95, 0.86),
                                 (0.97, 0.86, 0.89), (0.90, 0.88, 0.98), (0.99, 0.96, 0.78),
                                 (0.84, 0.95, 0.95))
VALUE_INKS: Final[tuple[RGB, ...]] = ((0.05, 0.10, 0.45), (0.0, 0.13, 0.38), (0.1, 0.1, 0.5))


def _faces(rng: random.Random, options: tuple[FacePair, ...]) -> Faces:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(options)
    regular, heavy = _ttf(reg, reg_fb), _ttf(bold, bold_fb)
    if (regular == reg_fb) != (heavy == bold_fb):  # never mix a TrueType and a fallback face
        regular, heavy = reg_fb, bold_fb
    return Faces(regular, heavy, False, "")


def _value_face(rng: random.Random, label_face: str) -> str:
    options = [v for v in VALUE_FACES if _ttf(*v) != label_face]
    return _ttf(*rng.choice(options))


def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(s, font, size, width)) or [""]


# --- layout-neutral content ----------------------------------------------------------------------

@dataclass(slots=True)
class Fld:
    """One field: a label with a value, a choice among options, or several lines."""

    key: str
    label: str
    value: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None
    lines: tuple[str, ...] = ()
    short: bool = False
    empty: bool = False  # printed by the form, left empty
    required: bool = False
    mark: str = ""  # footnote marker: a digit, or "*"
    number: str = ""  # the field's number on the form
    date: date | None = None  # for dates printed in cells

    @property
    def text(self) -> str:
        if self.options:
            return self.options[self.chosen] if self.chosen is not None else ""
        return self.value


@dataclass(slots=True)
class Grp:
    key: str
    title: str
    fields: list[Fld]
    number: str = ""


@dataclass(slots=True)
class Doc:
    title: str
    issuer: str
    unit: str
    city: str
    groups: list[Grp]
    signed: date
    certificate: bool
    applicant: str = ""
    office: str = ""


def _words(s: Style) -> Extra7Wording:
    assert isinstance(s.words, Extra7Wording)
    return s.words


def _date_fld(s: Style, key: str, d: date) -> Fld:
    return Fld(key, _words(s)(key), s.date(d), short=True, required=True, date=d)


def _sex_fld(s: Style, key: str, code: str) -> Fld:
    label = _words(s)(key)
    if s.sex_mode == "choice":
        return Fld(key, label, options=tuple(SEX_WORDS7[c] for c in SEX_ORDER7),
                   chosen=SEX_ORDER7.index(code), required=True)
    return Fld(key, label, sex_word(code, s.sex_mode), short=True, required=True)


def _address(s: Style, a: Address, line_key: str) -> list[Fld]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [Fld(line_key, w(line_key), a.line, required=True)]
    if s.address_mode == "lines":
        return [Fld("street_line", w("street_line"), a.street_line, required=True),
                Fld("city_line", w("city_line"), a.city_line, required=True)]
    return [Fld("street", w("street"), a.street, required=True),
            Fld("house_number", w("house_number"), a.number, short=True, required=True),
            Fld("postal_code", w("postal_code"), a.postal_code, short=True, required=True),
            Fld("city", w("city"), a.city, required=True)]


def _person(s: Style, p: Person, rng: random.Random, nationality: bool = True,
            sex: bool = True, place: bool = True) -> list[Fld]:
    w = _words(s)
    fields = [Fld("family_name", w("family_name"), p.family, required=True),
              Fld("given_names", w("given_names"), p.given, required=True)]
    if rng.random() < 0.2:
        fields.reverse()
    fields.append(_date_fld(s, "date_of_birth", p.dob))
    if place:
        fields.append(Fld("place_of_birth", w("place_of_birth"), p.pob, required=True))
    if sex:
        fields.append(_sex_fld(s, "sex", p.sex))
    if nationality:
        fields.append(Fld("nationality", w("nationality"),
                          nationality_word(p.nationality, s.nationality_mode), short=True,
                          required=True))
    if place and rng.random() < 0.3:  # place and date of birth swapped
        fields[2], fields[3] = fields[3], fields[2]
    return fields


def _choice(s: Style, key: str, options: tuple[str, ...], chosen: int | None,
            answers: tuple[str, ...] | None = None) -> Fld:
    """Boxes to tick, or the chosen answer written."""
    label = _words(s)(key)
    if s.purpose_mode == "choice" or chosen is None:
        return Fld(key, label, options=options, chosen=chosen, required=True)
    return Fld(key, label, (answers or options)[chosen], required=True)


def _empty(s: Style, key: str) -> Fld:
    return Fld(key, _words(s)(key), short=key in ("doctor", "religion"), empty=True)


UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Bürgerservice", "Einwohnerangelegenheiten"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Bürgerservice", "Meldewesen"),
    "geburtsurkunde": ("Standesamt",),
    "eheurkunde": ("Standesamt",),
    "sterbeurkunde": ("Standesamt",),
    "antrag_zulassung": ("Straßenverkehrsamt – Zulassung", "Kfz-Zulassungsbehörde"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Zuwanderung und Integration"),
    "identity_document": ("Bürgerservice", "Ausländerbehörde"),
}


def _family_first(p: Person) -> str:
    return f"{p.family}, {p.given}"


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The groups of fields of a document (not identity documents)."""
    w = _words(s)
    unit = rng.choice(UNITS[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Fld("birth_name", w("birth_name"), p.birth_name))
            elif rng.random() < 0.4:
                person.insert(2, _empty(s, "birth_name"))
            if rng.random() < 0.4:
                person.insert(0, _empty(s, "doctor"))
            if rng.random() < 0.5:
                person.append(Fld("marital", w("marital"), record.marital, short=True))
            elif rng.random() < 0.5:
                person.append(Fld("marital", w("marital"), options=MARITAL7, chosen=None,
                                  empty=True))
            if rng.random() < 0.3:
                person.append(_empty(s, "religion"))
            flat = [_date_fld(s, "move_in_date", record.move_in),
                    *_address(s, a, "address_line")]
            if rng.random() < 0.3:
                flat.reverse()
            if record.dwelling or rng.random() < 0.5:
                chosen = None if record.dwelling is None else (
                    0 if record.dwelling == "main" else 1)
                long = (DWELLING7["main"][0], DWELLING7["secondary"][0])
                short = (DWELLING7["main"][1], DWELLING7["secondary"][1])
                flat.append(_choice(s, "dwelling", long, chosen,
                                    short if rng.random() < 0.5 else None))
            groups = [Grp("person", w.section("person"), person),
                      Grp("new_dwelling", w.section("new_dwelling"), flat)]
            if record.previous:
                groups.append(Grp("previous", w.section("previous"), [
                    Fld("previous_address", w("previous_address"), record.previous)]))
            contact = []
            if record.phone:
                contact.append(Fld("phone", w("phone"), record.phone, short=True))
            elif rng.random() < 0.5:
                contact.append(_empty(s, "phone"))
            if rng.random() < 0.5:
                contact.append(_empty(s, "email"))
            if contact:
                groups.append(Grp("contact", w.section("contact"), contact))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False, _family_first(p))
        case Wohnungsgeber():
            a = record.address
            role = 0 if record.landlord_is_owner else 1
            landlord = Grp("landlord", w.section("landlord"), [
                Fld("landlord_name", w("landlord_name"), record.landlord_name, required=True),
                Fld("landlord_address", w("landlord_address"), record.landlord_address.line,
                    required=True),
                _choice(s, "landlord_role", LANDLORD_ROLES7, role)])
            flat_grp = Grp("flat", w.section("flat"), [
                _date_fld(s, "wg_move_in", record.move_in), *_address(s, a, "flat")])
            if rng.random() < 0.5:
                tenants = [Fld("tenant_each", f"{w('tenant_each')} {k}", t, required=k == 1)
                           for k, t in enumerate(record.tenants, 1)]
                if len(tenants) < 3 and rng.random() < 0.6:
                    tenants.append(Fld("tenant_each", f"{w('tenant_each')} {len(tenants) + 1}",
                                       empty=True))
            else:
                tenants = [Fld("tenant_names", w("tenant_names"), lines=record.tenants,
                               required=True)]
            groups = [landlord, flat_grp, Grp("tenants", w.section("tenants"), tenants)]
            if rng.random() < 0.35:
                groups = [flat_grp, groups[2], landlord]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False, record.landlord_name)
        case Geburt():
            c = record.child
            child = [Fld("child_family", w("child_family"), c.family),
                     Fld("child_given", w("child_given"), c.given),
                     _sex_fld(s, "child_sex", c.sex), _date_fld(s, "child_dob", c.dob),
                     Fld("birth_time", w("birth_time"), f"{record.birth_time} Uhr", short=True),
                     Fld("child_pob", w("child_pob"), c.pob)]
            if rng.random() < 0.4:
                child.remove(child[4])
            parents = [Fld("mother_name", w("mother_name"), record.mother)]
            if record.father:
                parents.append(Fld("father_name", w("father_name"), record.father))
            elif rng.random() < 0.5:
                parents.append(Fld("father_name", w("father_name"), "– – –"))
            groups = [Grp("child", w.section("child"), child),
                      Grp("parents", w.section("parents"), parents),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.4:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, _family_first(c), record.office)
        case Ehe():
            marriage = Grp("marriage", w.section("marriage"), [
                _date_fld(s, "marriage_date", record.marriage_date),
                Fld("marriage_place", w("marriage_place"), record.marriage_place)])
            base = w("spouse")
            spouses = [Grp("spouse", f"{base} {k}", _reg_person(s, sp))
                       for k, sp in enumerate((record.spouse1, record.spouse2), 1)]
            register = _register(s, record.office, record.register, record.issue)
            groups = ([register, *spouses, marriage] if rng.random() < 0.35
                      else [*spouses, marriage, register])
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, "", record.office)
        case Sterbe():
            deceased = _reg_person(s, record.person)
            if rng.random() < 0.5:
                deceased.append(Fld("last_residence", w("last_residence"),
                                    record.last_residence))
            death = [_date_fld(s, "date_of_death", record.date_of_death),
                     Fld("place_of_death", w("place_of_death"), record.place_of_death)]
            groups = [Grp("deceased", w.section("deceased"), deceased),
                      Grp("death", w.section("death"), death),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.4:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, _family_first(record.person), record.office)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, nationality=False, sex=False, place=False)
            groups = [Grp("holder", w.section("holder"), holder),
                      Grp("address", w.section("address"), _address(s, a, "holder_line"))]
            if rng.random() < 0.5:  # the address inside the holder's section
                groups = [Grp("holder", w.section("holder"),
                              holder + _address(s, a, "holder_line"))]
            vehicle = [Fld("make", w("make"), record.make, short=True),
                       Fld("model", w("model"), record.model, short=True),
                       Fld("vin", w("vin"), record.vin, required=True),
                       Fld("evb_number", w("evb_number"), record.evb, short=True, required=True)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(Fld("desired_plate", w("desired_plate"), plate, short=True))
            elif rng.random() < 0.5:
                vehicle.append(Fld("desired_plate", w("desired_plate"), short=True, empty=True))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            sepa = [Fld("account_holder", w("account_holder"), record.account_holder,
                        required=True),
                    Fld("iban", w("iban"), iban, required=True),
                    Fld("bic", w("bic"), record.bic, short=True),
                    Fld("bank", w("bank"), record.bank)]
            if rng.random() < 0.4:
                sepa.insert(0, sepa.pop(1))
            groups += [Grp("vehicle", w.section("vehicle"), vehicle),
                       Grp("sepa", w.section("sepa"), sepa)]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False, _family_first(h))
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.75)
            if rng.random() < 0.4:
                person.append(_empty(s, "employer"))
            k = PURPOSE_ORDER7.index(record.purpose)
            purpose = _choice(s, "purpose", tuple(PURPOSE7[x][0] for x in PURPOSE_ORDER7), k,
                              tuple(PURPOSE7[x][1] for x in PURPOSE_ORDER7)
                              if rng.random() < 0.5 else None)
            stay = [Fld("passport_number", w("passport_number"), record.passport_number,
                        short=True, required=True),
                    _date_fld(s, "passport_expiry_date", record.passport_expiry),
                    _date_fld(s, "entry_date", record.entry), purpose]
            groups = [Grp("person", w.section("person"), person),
                      Grp("passport", w.section("passport"), stay),
                      Grp("residence", w.section("residence"),
                          _address(s, a, "residence_line"))]
            if rng.random() < 0.5:
                groups = [groups[0], groups[2], groups[1]]
            if rng.random() < 0.3:
                groups.append(Grp("remarks", w("remarks"), [_empty(s, "remarks")]))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False, _family_first(p))
    raise TypeError(type(record))


def _register(s: Style, office: str, register: str, issue: date) -> Grp:
    w = _words(s)
    return Grp("register", w.section("register"), [
        Fld("registry_office", w("registry_office"), f"Standesamt {office}"),
        Fld("register_number", w("register_number"), register, short=True),
        _date_fld(s, "issue_date", issue)])


def _reg_person(s: Style, p: Person) -> list[Fld]:
    w = _words(s)
    return [Fld("reg_family", w("reg_family"), p.family),
            Fld("reg_given", w("reg_given"), p.given),
            _date_fld(s, "reg_dob", p.dob), Fld("reg_pob", w("reg_pob"), p.pob)]


# --- what the instructions must never say ---------------------------------------------------

def value_printings(name: str, value: str) -> set[str]:
    """How a document of these layouts may print a normalised truth value."""
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        d = date.fromisoformat(value)
        return printed_dates(d) | {f"{d.day}.{d.month}.{d.year}"}
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value) | {value}
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE7[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING7[value])
    return {value}


def forbidden_strings(record: Record) -> set[str]:
    """Every printing of every truth value that a search could find (a house number of
    digits only is too short to mean anything in running text)."""
    out: set[str] = set()
    for name, value in truth_fields(record).items():
        if name == "house_number" and isinstance(value, str) and value.isdigit():
            continue
        if name in ("sex", "mrz_format", "document_code") and isinstance(record, Identity):
            continue
        for v in value if isinstance(value, list) else [value]:
            out |= value_printings(name, v)
    return {s for s in out if len(s) >= 2}


def says_a_value(text: str, forbidden: set[str]) -> bool:
    """Whether ``text`` contains one of ``forbidden`` as a whole word or number."""
    return any(re.search(rf"(?<![\w]){re.escape(f)}(?![\w])", text) for f in forbidden)


# --- shared drawing helpers ----------------------------------------------------------------------

@dataclass(slots=True)
class Blk:
    height: float
    draw: Callable[[float], None]  # top y
    group: int
    head: bool = False  # the first block of its group (with the heading)


def _split(blocks: list[Blk], room: float, pages: int, rng: random.Random
           ) -> list[list[Blk]] | None:
    """Blocks on exactly ``pages`` pages, or ``None``; two pages split at a block boundary
    (between or inside groups) somewhere near the middle."""
    total = sum(b.height for b in blocks)
    if pages == 1:
        return [blocks] if total <= room else None
    options = []
    acc = 0.0
    for k in range(1, len(blocks)):
        acc += blocks[k - 1].height
        if acc <= room and total - acc <= room:
            options.append((abs(acc - total * 0.55), k))
    if not options:
        return None
    options.sort()
    k = rng.choice(options[:3])[1]
    return [blocks[:k], blocks[k:]]


def _marker_text(mark: str) -> str:
    return {"1": "¹", "2": "²", "3": "³"}.get(mark, mark)


def _number_fields(doc: Doc, style: str) -> None:
    """Section and field numbers (``1`` / ``1.2``, ``1.`` / ``1.2.``, ``A`` / ``A 2``)."""
    for i, g in enumerate(doc.groups, 1):
        if style == "alpha":
            g.number = "ABCDEFGH"[i - 1]
        else:
            g.number = f"{i}." if style == "dotted" else str(i)
        for j, f in enumerate(g.fields, 1):
            if style == "alpha":
                f.number = f"{g.number} {j}"
            elif style == "dotted":
                f.number = f"{i}.{j}."
            else:
                f.number = f"{i}.{j}"


NOTE_KEYS: Final = {"voluntary": 0, "several": 1, "if_any": 2, "proof": 3, "document": 4,
                    "date": 5, "register": 6}
MARK_FOR: Final = {"phone": "voluntary", "email": "voluntary", "doctor": "if_any",
                   "religion": "voluntary", "birth_name": "if_any", "nationality": "several",
                   "given_names": "several", "previous_address": "if_any",
                   "desired_plate": "if_any", "purpose": "proof", "entry_date": "proof",
                   "family_name": "document", "passport_number": "document",
                   "date_of_birth": "date", "move_in_date": "date", "wg_move_in": "date",
                   "reg_family": "register", "reg_given": "register", "child_family": "register",
                   "child_given": "register", "employer": "voluntary", "marital": "voluntary",
                   "tenant_names": "several", "bank": "if_any", "remarks": "if_any"}


def _assign_marks(doc: Doc, rng: random.Random, stars: bool) -> list[str]:
    """Footnote digits on some labels (and asterisks on required ones); returns the footnote
    texts in digit order."""
    notes: list[str] = []
    which: dict[str, str] = {}
    candidates = [f for g in doc.groups for f in g.fields if f.key in MARK_FOR]
    rng.shuffle(candidates)
    for f in candidates[: rng.randint(2, 5)]:
        kind = MARK_FOR[f.key]
        if kind not in which:
            if len(notes) >= 3:  # superscript digits one to three only
                continue
            notes.append(FOOTNOTES7[NOTE_KEYS[kind]])
            which[kind] = str(len(notes))
        f.mark = which[kind]
    if stars:
        for g in doc.groups:
            for f in g.fields:
                if f.required and not f.mark:
                    f.mark = "*"
    return notes


def _form_no(rng: random.Random, doc_type: str) -> str:
    code = {"anmeldung": "EMA", "wohnungsgeberbestaetigung": "WG", "geburtsurkunde": "StA-1",
            "eheurkunde": "StA-2", "sterbeurkunde": "StA-3", "antrag_zulassung": "KFZ",
            "aufenthaltstitel_antrag": "ABH", "identity_document": "ANL"}[doc_type]
    return rng.choice((f"{code} {rng.randint(100, 999)}", f"{code}-{rng.randint(10, 99)}/"
                       f"{rng.randint(1, 9)}", f"{code}.{rng.randint(1, 40):02d}"))


def _reference(rng: random.Random) -> str:
    return rng.choice((f"{REFERENCE_DATE.year}-{rng.randint(100000, 999999)}",
                       f"V{rng.randint(1000000, 9999999)}",
                       f"{rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"))


def _edition(rng: random.Random, word: str) -> str:
    return f"{word} {rng.randint(1, 12):02d}/{rng.randint(2021, 2025)}"


def _page_label(style: int, n: int, total: int) -> str:
    return (f"Seite {n} von {total}", f"Seite {n}/{total}", f"Blatt {n} von {total}",
            f"S. {n} (von {total})", f"– {n}/{total} –")[style]


# --- guided: the downloadable form with instructions --------------------------------------------

class _Gd:
    """Per-document habits of the ``guided`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.style = rng.choice(("left", "left", "above", "cells"))
        self.ls = rng.choice((7.0, 7.5, 8.0, 8.5))
        self.vs = rng.choice((9.0, 9.5, 10.0, 10.5))
        self.hs = rng.choice((9.5, 10.0, 10.5))
        self.marks = rng.choice(("unicode", "raised", "star", "unicode"))
        self.numbering = rng.choice(("plain", "dotted", "alpha", "plain"))
        self.heading = rng.choice(("bar", "rule", "square"))
        self.grey = rng.uniform(0.82, 0.9)
        self.box_grey = rng.uniform(0.2, 0.45)
        self.gap = rng.choice((5.0, 6.0, 8.0))
        self.tab = rng.uniform(0.34, 0.42)
        self.value_font = ""
        self.page_marks: list[str] = []

    def shrink(self) -> bool:
        if self.gap > 1.5:
            self.gap -= 1.0
        elif self.vs > 8.5:
            self.vs -= 0.5
        elif self.ls > 6.5:
            self.ls -= 0.5
        else:
            return False
        return True

    @property
    def box_h(self) -> float:
        return self.vs * 2.1


def _gd_label(gd: _Gd, x: float, y: float, f: Fld, width: float, size: float | None = None,
              draw: bool = True) -> int:
    """The field's number, label and footnote marker, wrapped to ``width``; returns lines."""
    pen = gd.pen
    ls = size or gd.ls
    text = f"{f.number} {f.label}".strip()
    mark = f.mark
    tail = ""
    if mark and (gd.marks == "unicode" or mark == "*"):
        tail = _marker_text(mark) if mark != "*" else "*"
    lines = _wrap(text + tail, pen.faces.regular, ls, width - (ls if mark else 0))
    if not draw:
        return len(lines)
    for k, line in enumerate(lines):
        end = pen.text(x, y - k * ls * 1.2, line, ls)
        if k == len(lines) - 1 and mark and not tail:  # a raised digit after the label
            pen.text(end + 0.6, y - k * ls * 1.2 + ls * 0.42, mark, ls * 0.62)
    if mark:
        gd.page_marks.append(mark)
    return len(lines)


def _gd_box(gd: _Gd, x: float, y: float, w: float, h: float) -> None:
    c = gd.pen.c
    c.saveState()
    c.setStrokeGray(gd.box_grey)
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.restoreState()


def _gd_values(gd: _Gd, f: Fld, x: float, top: float, width: float) -> float:
    """Write the value(s) starting below ``top``; returns the height used."""
    pen = gd.pen
    vs = gd.vs
    lines = list(f.lines) or ([f.text] if f.text and not f.empty else [])
    y = top - vs * 1.25
    for line in lines:
        size = vs
        while size > 6.5 and pen.c.stringWidth(line, gd.value_font, size) > width - 6:
            size -= 0.25
        pen.text(x + 4, y, line, size, font=gd.value_font)
        y -= vs * 1.35
    return max(1, len(lines)) * vs * 1.35 + vs * 0.55


def _gd_choice_rows(gd: _Gd, f: Fld, width: float) -> list[list[int]]:
    pen = gd.pen
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        need = gd.vs * 0.85 + 5 + pen.measure(option, gd.ls + 1) + 14
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += need
    return rows


def _gd_choices(gd: _Gd, f: Fld, x: float, top: float, width: float) -> None:
    pen = gd.pen
    side = gd.vs * 0.85
    y = top - gd.vs
    for row in _gd_choice_rows(gd, f, width):
        cx = x
        for i in row:
            _gd_box(gd, cx, y - 1.5, side, side)
            if i == f.chosen:
                mw = pen.c.stringWidth("X", gd.value_font, side * 1.1)
                pen.text(cx + (side - mw) / 2, y, "X", side * 1.1, font=gd.value_font)
            cx = pen.text(cx + side + 5, y, f.options[i], gd.ls + 1) + 14
        y -= gd.vs * 1.55


def _value_height(gd: _Gd, f: Fld, width: float) -> float:
    if f.options:
        return len(_gd_choice_rows(gd, f, width)) * gd.vs * 1.55 + 2
    n = max(1, len(f.lines))
    return max(gd.box_h, n * gd.vs * 1.35 + gd.vs * 0.55)


def _gd_need(gd: _Gd, f: Fld) -> float:
    pen = gd.pen
    lab = pen.measure(f"{f.number} {f.label}", gd.ls) + 12
    if f.options:
        return 10_000.0
    text = max(f.lines, key=len) if f.lines else (f.text or "M" * 10)
    val = float(pen.c.stringWidth(text, gd.value_font, gd.vs)) + 14
    return max(min(lab, 200.0), val, 80.0 if f.short else 130.0)


def _gd_pack(gd: _Gd, fields: list[Fld], width: float) -> list[list[tuple[Fld, float]]]:
    if gd.style == "left":
        return [[(f, width)] for f in fields]
    rows: list[list[tuple[Fld, float]]] = []
    row: list[tuple[Fld, float]] = []
    used = 0.0
    for f in fields:
        need = _gd_need(gd, f)
        if need > width * 0.66:
            if row:
                rows.append(row)
            rows.append([(f, width)])
            row, used = [], 0.0
            continue
        if row and (used + need > width or len(row) >= 3):
            rows.append(row)
            row, used = [], 0.0
        row.append((f, need))
        used += need
    if row:
        rows.append(row)
    out = []
    for r in rows:
        total = sum(n for _, n in r)
        out.append([(f, n * width / total) for f, n in r])
    return out


def _gd_row(gd: _Gd, row: list[tuple[Fld, float]], x: float, group: int) -> Blk:
    ls = gd.ls
    if gd.style == "left":
        f, width = row[0]
        tab = width * gd.tab
        nlab = _gd_label(gd, x, 0, f, tab - 8, draw=False)
        vh = _value_height(gd, f, width - tab)
        height = max(nlab * ls * 1.2 + 4, vh) + gd.gap

        def draw_left(top: float) -> None:
            _gd_label(gd, x, top - ls - 2, f, tab - 8)
            if f.options:
                _gd_choices(gd, f, x + tab, top - 1, width - tab)
            else:
                _gd_box(gd, x + tab, top - vh, width - tab, vh)
                _gd_values(gd, f, x + tab, top - (vh - _gd_text_h(gd, f)) / 2, width - tab)
        return Blk(height, draw_left, group)
    heights = []
    for f, w in row:
        nlab = _gd_label(gd, 0, 0, f, w - 6, draw=False)
        heights.append(nlab * ls * 1.2 + 3 + _value_height(gd, f, w - 8))
    height = max(heights) + (gd.gap if gd.style == "above" else 0.0)

    def draw_row(top: float) -> None:
        cx = x
        inner = max(heights)
        for f, w in row:
            if gd.style == "cells":
                _gd_box(gd, cx, top - inner, w, inner)
                n = _gd_label(gd, cx + 2.5, top - ls - 1.5, f, w - 6)
                vtop = top - n * ls * 1.2 - 2
                if f.options:
                    _gd_choices(gd, f, cx + 4, vtop, w - 8)
                else:
                    _gd_values(gd, f, cx, vtop, w)
            else:
                n = _gd_label(gd, cx + 1, top - ls, f, w - 8)
                btop = top - n * ls * 1.2 - 3
                if f.options:
                    _gd_choices(gd, f, cx + 2, btop, w - 8)
                else:
                    bh = _value_height(gd, f, w - 8)
                    _gd_box(gd, cx, btop - bh, w - 6, bh)
                    _gd_values(gd, f, cx, btop - (bh - _gd_text_h(gd, f)) / 2, w - 6)
            cx += w
    return Blk(height, draw_row, group)


def _gd_text_h(gd: _Gd, f: Fld) -> float:
    return max(1, len(f.lines)) * gd.vs * 1.35 + gd.vs * 0.2


def _gd_heading(gd: _Gd, g: Grp, x: float, top: float, width: float,
                suffix: str = "") -> None:
    pen = gd.pen
    c = pen.c
    hs = gd.hs
    h = hs + 7
    title = f"{g.number} {g.title}".strip() + suffix
    c.saveState()
    if gd.heading == "bar":
        c.setFillGray(gd.grey)
        c.rect(x, top - h, width, h, stroke=0, fill=1)
        c.restoreState()
        pen.text(x + 4, top - h + 4.5, title, hs, bold=True)
        return
    if gd.heading == "square":
        c.setFillGray(0.1)
        c.rect(x, top - h, h, h, stroke=0, fill=1)
        c.setFillGray(1)
        num = g.number.rstrip(".") or "·"
        c.setFont(pen.faces.bold, hs)
        c.drawCentredString(x + h / 2, top - h + 4.5, num)
        c.restoreState()
        pen.text(x + h + 6, top - h + 4.5, g.title + suffix, hs, bold=True)
        pen.hline(x + h, x + width, top - h, 0.5)
        return
    c.restoreState()
    pen.text(x, top - h + 4.5, title, hs, bold=True)
    pen.hline(x, x + width, top - h + 1, 0.9)


def _gd_group_blocks(gd: _Gd, g: Grp, index: int, x: float, width: float) -> list[Blk]:
    head_h = gd.hs + 12
    rows = [_gd_row(gd, r, x, index) for r in _gd_pack(gd, g.fields, width)]
    first = rows[0]

    def draw_first(top: float) -> None:
        _gd_heading(gd, g, x, top, width)
        first.draw(top - head_h)
    out = [Blk(head_h + first.height, draw_first, index, True), *rows[1:]]
    out[-1].height += 6
    return out


def _gd_closing(gd: _Gd, doc: Doc, s: Style, rng: random.Random, index: int, x: float,
                width: float) -> list[Blk]:
    pen = gd.pen
    w = _words(s)
    g = Grp("closing", w.section("closing"), [], str(index + 1))
    if gd.numbering == "alpha":
        g.number = "ABCDEFGH"[index]
    elif gd.numbering == "dotted":
        g.number = f"{index + 1}."
    declaration = rng.choice(CERT_CLAUSES7 if doc.certificate else DECLARATIONS7)
    place = doc.office or doc.city
    signed = f"{place}, {s.date(doc.signed)}"
    seed = rng.getrandbits(32)
    lines = _wrap(declaration, pen.faces.regular, gd.ls + 0.5, width)
    head_h = gd.hs + 12
    height = head_h + len(lines) * (gd.ls + 0.5) * 1.3 + 58

    def draw(top: float) -> None:
        sub = random.Random(seed)
        _gd_heading(gd, g, x, top, width)
        y = top - head_h - gd.ls
        for line in lines:
            pen.text(x, y, line, gd.ls + 0.5)
            y -= (gd.ls + 0.5) * 1.3
        half = width * 0.46
        _gd_box(gd, x, y - 30, half, gd.box_h)
        pen.text(x + 4, y - 30 + gd.box_h * 0.32, signed, gd.vs, font=gd.value_font)
        pen.text(x, y - 30 - gd.ls - 2, w("signed"), gd.ls)
        pen.hline(x + width - half, x + width, y - 30, 0.6)
        key = "registrar" if doc.certificate else "signature"
        pen.text(x + width - half, y - 30 - gd.ls - 2, w(key), gd.ls)
        if doc.certificate or sub.random() < 0.6:
            _signature(pen, x + width - half + 16, y - 26, sub)
    return [Blk(height, draw, index, True)]


def _gd_office(gd: _Gd, s: Style, index: int, x: float, width: float) -> Blk:
    pen = gd.pen

    def draw(top: float) -> None:
        c = pen.c
        c.saveState()
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(x, top - 46, width, 40, stroke=1, fill=0)
        c.restoreState()
        pen.text(x + 4, top - 6 - gd.ls - 2, _words(s).section("office"), gd.ls, bold=True)
    return Blk(52.0, draw, index)


@dataclass(slots=True)
class Sheet:
    """What every page of a guided document carries."""

    form_no: str
    form_word: str
    reference: str
    ref_word: str
    applicant: str  # empty: the reference instead
    page_style: int
    count_notes: bool  # the instruction page counts in the page numbers
    edition: str
    notes: list[str] = field(default_factory=list)


def _gd_running(gd: _Gd, sh: Sheet, w: Extra7Wording, x: float, width: float, n: int,
                total: int, instructions: bool) -> None:
    """Running header and footer of page ``n``."""
    pen = gd.pen
    size = 7.5
    y = PAGE_H - 30
    pen.text(x, y, f"{sh.form_word} {sh.form_no}", size, bold=True)
    if sh.applicant and not instructions:
        right = f"{w.sheet('applicant')} {sh.applicant}"
    elif instructions:
        right = w.sheet("instructions")
    else:
        right = f"{sh.ref_word} {sh.reference}"
    rw = pen.measure(right, size)
    pen.text(x + width - rw, y, right, size)
    pen.c.saveState()
    pen.c.setStrokeGray(0.45)
    pen.hline(x, x + width, y - 4, 0.5)
    pen.c.restoreState()
    if sh.count_notes:
        label = _page_label(sh.page_style, n, total)
    elif instructions:
        label = ""
    else:
        label = _page_label(sh.page_style, n - 1, total - 1)
    pen.text(x, 26, sh.edition, 6.5)
    if label:
        lw = pen.measure(label, 7.5)
        pen.text(x + width - lw, 26, label, 7.5)


def _gd_footnotes(gd: _Gd, sh: Sheet, w: Extra7Wording, x: float, width: float) -> None:
    """The footnotes of the markers drawn on this page, above the footer."""
    pen = gd.pen
    size = 6.8
    digits = sorted({m for m in gd.page_marks if m != "*"})
    lines = [f"{_marker_text(d)} {sh.notes[int(d) - 1]}" for d in digits]
    if "*" in gd.page_marks:
        lines.append(w.sheet("required"))
    if not lines:
        return
    y = 40 + len(lines) * size * 1.3
    pen.c.saveState()
    pen.c.setStrokeGray(0.3)
    pen.hline(x, x + 90, y + 3, 0.5)
    pen.c.restoreState()
    for line in lines:
        pen.text(x, y - size, line, size)
        y -= size * 1.3


def _gd_header(gd: _Gd, doc: Doc, s: Style, x: float, width: float, top: float,
               rng: random.Random) -> float:
    """Letterhead, title and the pointer to the instructions; returns the height."""
    pen = gd.pen
    w = _words(s)
    y = top
    pen.text(x, y - 10, doc.issuer, 10, bold=True)
    pen.text(x, y - 21, doc.unit, 8.5)
    y -= 36
    tsize = rng.choice((13.0, 14.0, 15.0))
    for line in _wrap(doc.title, pen.faces.bold, tsize, width):
        if doc.certificate:
            pen.centre_text(x + width / 2, y - tsize, line, tsize, bold=True)
        else:
            pen.text(x, y - tsize, line, tsize, bold=True)
        y -= tsize * 1.3
    note = w.sheet("see_notes")
    if gd.marks == "star":
        note += f"  {w.sheet('required')}"
    pen.c.saveState()
    pen.c.setFillGray(0.95)
    pen.c.rect(x, y - 17, width, 14, stroke=0, fill=1)
    pen.c.restoreState()
    pen.text(x + 4, y - 13, note, 7.5)
    return top - (y - 24)


GD_HEAD_H: Final = 36 + 2 * 15 * 1.3 + 24


def _gd_continued(gd: _Gd, w: Extra7Wording, g: Grp | None, title: str, x: float,
                  width: float, top: float, prev_page: int) -> float:
    """The continuation header at the top of the second form page."""
    pen = gd.pen
    word = w.sheet("continued")
    if g is not None:  # the split fell inside a group: its heading again
        if word.startswith("("):
            _gd_heading(gd, g, x, top, width, f" {word}")
        elif word.endswith(":"):
            pen.text(x, top - gd.hs, f"{word} {g.number} {g.title}".strip(), gd.hs - 1,
                     bold=True)
            return gd.hs + 10
        else:
            pen.text(x, top - gd.hs, f"{word} {prev_page} – {g.number} {g.title}".strip(),
                     gd.hs - 1, bold=True)
            return gd.hs + 10
        return gd.hs + 12
    if word.endswith(":"):
        text = f"{word} {title}"
    elif word.startswith("("):
        text = f"{title} {word}"
    else:
        text = f"{word} {prev_page}"
    for k, line in enumerate(_wrap(text, pen.faces.bold, 8.5, width)[:2]):
        pen.text(x, top - 9 - k * 11, line, 8.5, bold=True)
    return 31.0


# --- the instruction page -------------------------------------------------------------------------

DATE_KEYS: Final = ("date_of_birth", "move_in_date", "wg_move_in", "child_dob", "reg_dob",
                    "marriage_date", "date_of_death", "passport_expiry_date", "entry_date",
                    "issue_date")
NOTE_OF: Final = {"family_name": "family_name", "given_names": "given_names",
                  "street": "street", "street_line": "street", "address_line": "street",
                  "holder_line": "street", "residence_line": "street", "flat": "street",
                  "postal_code": "postal_code", "city_line": "postal_code",
                  "nationality": "nationality", "sex": "sex", "move_in_date": "move_in_date",
                  "wg_move_in": "move_in_date", "previous_address": "previous_address",
                  "dwelling": "dwelling", "landlord_name": "landlord_name",
                  "tenant_names": "tenant_names", "tenant_each": "tenant_names", "vin": "vin",
                  "evb_number": "evb_number", "desired_plate": "desired_plate", "iban": "iban",
                  "account_holder": "account_holder", "passport_number": "passport_number",
                  "entry_date": "entry_date", "purpose": "purpose",
                  "register_number": "register_number", "issue_date": "issue_date",
                  "registry_office": "registry_office"}


def _example(note: str, rng: random.Random, record: Record) -> str:
    """An example value for a note (a plausible value of some other document)."""
    if note == "family_name":
        return f"{rng.choice(('Erika', 'Max', 'Anna', 'Jonas'))} {rng.choice(EXAMPLE_NAMES7)}"
    if note in ("date_of_birth", "entry_date"):
        d = date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        return format_extra7_date(d, "numeric")
    if note == "postal_code":
        city = rng.choice(sorted(pools.CITIES))
        return rng.choice(pools.CITIES[city][0])
    if note == "street":
        return rng.choice(EXAMPLE_STREETS7)
    if note == "evb_number":
        return rng.choice(EXAMPLE_EVB7)
    if note == "desired_plate":
        area = pools.CITIES[rng.choice(sorted(pools.CITIES))][1]
        return f"{area}-{rng.choice(('XY', 'AB', 'MM', 'Z'))} {rng.randint(1, 999)}"
    if note == "iban":
        digits = "".join(str(rng.randint(0, 9)) for _ in range(20))
        return group_iban(f"DE{digits}")
    if note == "register_number":
        letter = {Geburt: "G", Ehe: "E", Sterbe: "S"}.get(type(record), "G")
        return f"{letter} {rng.randint(1, 2999)}/{rng.randint(1990, 2025)}"
    return ""


def _notes_for(doc: Doc, rng: random.Random, record: Record, forbidden: set[str]
               ) -> list[str]:
    """The notes on individual fields, each naming its field; none states a value."""
    out: list[str] = []
    seen: set[str] = set()
    for g in doc.groups:
        for f in g.fields:
            note = "date_of_birth" if f.key in DATE_KEYS and not doc.certificate else None
            note = note if note and note not in seen else NOTE_OF.get(f.key)
            if note is None or note in seen or (doc.certificate and note in (
                    "family_name", "given_names", "sex")):
                continue
            seen.add(note)
            template = rng.choice(NOTES7[note])
            for _ in range(12):
                text = template.format(label=f.label, ex=_example(note, rng, record))
                if not says_a_value(text, forbidden):
                    break
            else:
                continue
            prefix = rng.choice((f"Zu {f.number}: ", f"{f.number} – ", f"Nr. {f.number}: "))
            out.append(prefix + text)
    return out


@dataclass(slots=True)
class Para:
    text: str
    size: float
    bold: bool = False
    indent: float = 0.0
    before: float = 0.0
    box: bool = False


def _gd_instructions(gd: _Gd, doc: Doc, s: Style, record: Record, rng: random.Random,
                     sh: Sheet, x: float, width: float, top: float, forbidden: set[str],
                     kind: str) -> None:
    """Page 1: the instructions (or explanations / copying notes); never a value."""
    pen = gd.pen
    w = _words(s)
    head = {"form": "instructions", "cert": "explanations", "id": "copy_notes"}[kind]
    size = rng.choice((8.0, 8.5, 9.0))
    bullet = rng.choice(("•", "–", "›"))
    paras: list[Para] = []
    general = {"form": GENERAL7, "cert": CERT_NOTES7, "id": ID_NOTES7}[kind]

    def heading(key: str) -> str:
        return INSTR_HEADINGS7[key][rng.randrange(len(INSTR_HEADINGS7[key]))]
    paras.append(Para(heading("general"), size + 1.5, True, 0, 6))
    for t in rng.sample(general, rng.randint(3, len(general))):
        paras.append(Para(f"{bullet} {t}", size, indent=8))
    notes = _notes_for(doc, rng, record, forbidden) if kind != "id" else []
    if notes:
        paras.append(Para(heading("fields"), size + 1.5, True, 0, 8))
        paras += [Para(n, size, indent=0, before=2) for n in notes]
    if sh.notes or gd.marks == "star":
        paras.append(Para(heading("marks"), size + 1.5, True, 0, 8))
        paras += [Para(f"{_marker_text(str(k))} {t}", size, indent=8)
                  for k, t in enumerate(sh.notes, 1)]
        if gd.marks == "star":
            paras.append(Para(w.sheet("required"), size, indent=8))
    paras.append(Para(heading("privacy"), size + 1.5, True, 0, 8))
    privacy = PRIVACY7[: rng.randint(2, len(PRIVACY7))]
    paras += [Para(t, size - 0.5, before=2, box=True) for t in privacy]
    paras = [p for p in paras if not says_a_value(p.text, forbidden)]
    # title
    title = f"{w.sheet(head)}"
    tsize = rng.choice((14.0, 15.0, 16.0))
    y = top - tsize
    pen.text(x, y, title, tsize, bold=True)
    y -= tsize * 1.1
    sub = f"{sh.form_word} {sh.form_no} – {doc.title}"
    for line in _wrap(sub, pen.faces.regular, 9.5, width):
        pen.text(x, y - 4, line, 9.5)
        y -= 12
    y -= 10
    columns = 2 if rng.random() < 0.4 else 1
    gutter = 18.0
    col_w = (width - gutter * (columns - 1)) / columns
    bottom = 50.0
    col = 0
    col_top = y
    line_h = 1.3
    for p in paras:
        lines = _wrap(p.text, pen.faces.bold if p.bold else pen.faces.regular, p.size,
                      col_w - p.indent)
        need = p.before + len(lines) * p.size * line_h
        if y - need < bottom:
            if col + 1 >= columns:
                break  # the page is full: the rest is left out
            col += 1
            y = col_top
        y -= p.before
        cx = x + col * (col_w + gutter)
        for k, line in enumerate(lines):
            indent = p.indent if (k == 0 or not p.text.startswith(bullet)) else p.indent + 6
            if p.indent and p.text.startswith(bullet) and k == 0:
                indent = 0
            pen.text(cx + indent, y - p.size, line, p.size, bold=p.bold)
            y -= p.size * line_h
        if p.box:  # privacy paragraphs: a thin rule in the margin
            pen.c.saveState()
            pen.c.setStrokeGray(0.6)
            pen.hline(cx - 4, cx - 4, y, 0.4)
            pen.c.restoreState()


# --- guided: drawing ------------------------------------------------------------------------------

def _sheet(gd: _Gd, w: Extra7Wording, rng: random.Random, doc_type: str, applicant: str,
           forbidden: set[str]) -> Sheet:
    ref = _reference(rng)
    while says_a_value(ref, forbidden):
        ref = _reference(rng)
    return Sheet(_form_no(rng, doc_type), w.sheet("form"), ref, w.sheet("reference"),
                 applicant if rng.random() < 0.6 else "", rng.randrange(5),
                 rng.random() < 0.6, _edition(rng, w.sheet("edition")))


def draw_guided(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    gd = _Gd(pen, rng)
    gd.value_font = _value_face(rng, pen.faces.regular)
    w = _words(s)
    forbidden = forbidden_strings(record)
    if isinstance(record, Identity):
        _gd_identity(gd, record, s, rng, pages, forbidden)
        return
    doc = build_doc(record, s, rng, doc_type)
    _number_fields(doc, gd.numbering)
    sh = _sheet(gd, w, rng, doc_type, doc.applicant, forbidden)
    sh.notes = _assign_marks(doc, rng, gd.marks == "star")
    form_pages = pages if doc.certificate else 2
    x = rng.uniform(46, 62)
    width = PAGE_W - 2 * x
    top = PAGE_H - 48
    closing_rng = random.Random(rng.getrandbits(32))
    split_rng = random.Random(rng.getrandbits(32))
    header_rng = random.Random(rng.getrandbits(32))
    notes_rng = random.Random(rng.getrandbits(32))
    marks = any(f.mark for g in doc.groups for f in g.fields)
    bottom = 44 + (4 * 6.8 * 1.3 + 12 if marks else 0)
    while True:
        blocks: list[Blk] = []
        for k, g in enumerate(doc.groups):
            blocks += _gd_group_blocks(gd, g, k, x, width)
        blocks += _gd_closing(gd, doc, s, random.Random(closing_rng.random()),
                              len(doc.groups), x, width)
        if not doc.certificate:
            blocks.append(_gd_office(gd, s, len(doc.groups), x, width))
        room = top - GD_HEAD_H - bottom
        laid = _split(blocks, room, form_pages, random.Random(split_rng.random()))
        if laid is not None or not gd.shrink():
            break
    if laid is None:  # cannot happen with the catalog's documents; keep going regardless
        half = len(blocks) // 2
        laid = [blocks[:half], blocks[half:]] if form_pages == 2 else [blocks]
    total = 1 + len(laid)
    _gd_running(gd, sh, w, x, width, 1, total, True)
    _gd_instructions(gd, doc, s, record, notes_rng, sh, x, width, top - 6, forbidden,
                     "cert" if doc.certificate else "form")
    for n, page in enumerate(laid, 2):
        pen.new_page()
        gd.page_marks = []
        _gd_running(gd, sh, w, x, width, n, total, False)
        if n == 2:
            y = top - _gd_header(gd, doc, s, x, width, top, header_rng)
        else:
            first = page[0]
            split_in = doc.groups[first.group] if not first.head and first.group < len(
                doc.groups) else None
            y = top - _gd_continued(gd, w, split_in, doc.title, x, width, top, n - 1)
        for b in page:
            b.draw(y)
            y -= b.height
        _gd_footnotes(gd, sh, w, x, width)


def _gd_identity(gd: _Gd, r: Identity, s: Style, rng: random.Random, pages: int,
                 forbidden: set[str]) -> None:
    """Copying instructions, then the copy on an annex sheet (a card's back on a third page
    when the plan wants two pages for the copy)."""
    pen = gd.pen
    w = _words(s)
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    unit = rng.choice(UNITS["identity_document"])
    doc = Doc(title, f"Stadt {city}", unit, city, [], REFERENCE_DATE, False)
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    kind = 0 if not card else 1
    copy = Grp("copy", w.section("copy"), [
        Fld("id_kind", w("id_kind"), options=ID_KINDS7, chosen=kind, required=True),
        Fld("copy_date", w("copy_date"),
            s.date(other_day(r, REFERENCE_DATE - timedelta(days=rng.randint(0, 30)), rng)),
            short=True)])
    doc.groups = [copy]
    _number_fields(doc, gd.numbering)
    sh = _sheet(gd, w, rng, "identity_document", "", forbidden)
    sh.notes = _assign_marks(doc, rng, gd.marks == "star")
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    x = rng.uniform(46, 62)
    width = PAGE_W - 2 * x
    top = PAGE_H - 48
    total = 1 + len(parts)
    _gd_running(gd, sh, w, x, width, 1, total, True)
    _gd_instructions(gd, doc, s, r, random.Random(rng.getrandbits(32)), sh, x, width, top - 6,
                     forbidden, "id")
    for n, part in enumerate(parts, 2):
        pen.new_page()
        gd.page_marks = []
        _gd_running(gd, sh, w, x, width, n, total, False)
        y = top
        if n == 2:
            y -= _gd_header(gd, doc, s, x, width, top, rng)
            for b in _gd_group_blocks(gd, copy, 0, x, width):
                b.draw(y)
                y -= b.height
        else:
            y -= _gd_continued(gd, w, None, title, x, width, top, n - 1)
        w1, h1 = _card_size(r, part, 1.0)
        scale = min(rng.uniform(1.15, 1.55), (width - 10) / w1, (y - 120) / h1)
        cw, ch = _card_size(r, part, scale)
        pen.c.saveState()
        pen.c.setStrokeGray(0.5)
        pen.c.setDash(3, 2)
        pen.c.rect(x, y - ch - 20, width, ch + 16, stroke=1, fill=0)
        pen.c.restoreState()
        _draw_copy(pen, r, part, x + (width - cw) / 2, y - 10, scale, style,
                   random.Random(seed), False)
        _gd_footnotes(gd, sh, w, x, width)


# --- tinted: the colour-printed form ------------------------------------------------------------

class _Tn:
    """Per-document habits of the ``tinted`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.house: RGB = rng.choice(HOUSE)
        dark = rng.uniform(0.7, 1.0)
        self.label_ink: RGB = (self.house[0] * dark, self.house[1] * dark, self.house[2] * dark)
        self.value_ink: RGB = rng.choice(VALUE_INKS)
        tints = list(TINTS)
        rng.shuffle(tints)
        self.tints = tints
        self.place = rng.choice(("inside", "inside", "beside"))
        self.ls = rng.choice((6.0, 6.5, 7.0))
        self.vs = rng.choice((9.5, 10.0, 10.5))
        self.hs = rng.choice((9.0, 9.5, 10.0))
        self.gap = rng.choice((3.0, 4.0, 5.0))
        self.band_numbers = rng.random() < 0.6
        self.rounded = rng.random() < 0.5
        self.pattern = rng.choice(("lines", "dots", "waves", "emblem"))
        self.logo = rng.choice(("shield", "circle", "bars"))
        self.value_font = ""
        self.cells = False  # dates in day / month / year cells

    def shrink(self) -> bool:
        if self.gap > 1.5:
            self.gap -= 1.0
        elif self.vs > 8.5:
            self.vs -= 0.5
        elif self.ls > 5.5:
            self.ls -= 0.5
        else:
            return False
        return True

    def ink(self, colour: RGB) -> None:
        self.pen.c.setFillColorRGB(*colour)

    def black(self) -> None:
        self.pen.c.setFillColorRGB(0, 0, 0)


def _tn_text(tn: _Tn, x: float, y: float, s: str, size: float, colour: RGB,
             bold: bool = False, font: str | None = None) -> float:
    tn.ink(colour)
    end = tn.pen.text(x, y, s, size, bold=bold, font=font)
    tn.black()
    return end


def _emblem(c: Canvas, cx: float, cy: float, size: float) -> None:
    """A city emblem: a shield (filled with the current colour)."""
    p = c.beginPath()
    p.moveTo(cx - size * 0.5, cy + size * 0.55)
    p.lineTo(cx + size * 0.5, cy + size * 0.55)
    p.lineTo(cx + size * 0.5, cy - size * 0.05)
    p.curveTo(cx + size * 0.5, cy - size * 0.4, cx + size * 0.2, cy - size * 0.55, cx,
              cy - size * 0.65)
    p.curveTo(cx - size * 0.2, cy - size * 0.55, cx - size * 0.5, cy - size * 0.4,
              cx - size * 0.5, cy - size * 0.05)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _tn_background(tn: _Tn, rng: random.Random) -> None:
    """A light pattern or watermark across the page (graphics only, no text)."""
    c = tn.pen.c
    h = tn.house
    c.saveState()
    if tn.pattern == "lines":
        c.setStrokeColorRGB(*h, alpha=0.09)
        c.setLineWidth(0.5)
        step = rng.uniform(7, 11)
        k = -PAGE_H
        while k < PAGE_W:
            c.line(k, 0, k + PAGE_H, PAGE_H)
            k += step
    elif tn.pattern == "dots":
        c.setFillColorRGB(*h, alpha=0.13)
        step = rng.uniform(8, 12)
        yy = step / 2
        row = 0
        while yy < PAGE_H:
            xx = step / 2 + (step / 2 if row % 2 else 0)
            while xx < PAGE_W:
                c.circle(xx, yy, 0.8, stroke=0, fill=1)
                xx += step
            yy += step
            row += 1
    elif tn.pattern == "waves":
        c.setStrokeColorRGB(*h, alpha=0.14)
        c.setLineWidth(0.45)
        phase = rng.uniform(0, math.pi)
        for k in range(60):
            base = 20 + k * (PAGE_H - 40) / 60
            p = c.beginPath()
            p.moveTo(0, base)
            for step in range(1, 81):
                px = PAGE_W * step / 80
                p.lineTo(px, base + 5 * math.sin(step / 5 + phase + k * 0.35))
            c.drawPath(p, stroke=1, fill=0)
    else:
        c.setFillColorRGB(*h, alpha=0.07)
        _emblem(c, PAGE_W / 2 + rng.uniform(-30, 30), PAGE_H * rng.uniform(0.4, 0.55),
                rng.uniform(260, 340))
    c.restoreState()


def _tn_logo(tn: _Tn, x: float, top: float, side: float) -> None:
    c = tn.pen.c
    c.saveState()
    c.setFillColorRGB(*tn.house)
    if tn.logo == "circle":
        c.circle(x + side / 2, top - side / 2, side / 2, stroke=0, fill=1)
    elif tn.logo == "bars":
        for k in range(4):
            c.rect(x + k * side / 4, top - side, side / 4 - 2, side * (0.55 + 0.15 * (k % 2)),
                   stroke=0, fill=1)
        c.restoreState()
        return
    else:
        c.roundRect(x, top - side, side, side, 4, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    _emblem(c, x + side / 2, top - side / 2 + side * 0.05, side * 0.55)
    c.setFillColorRGB(*tn.house)
    for k in (-1, 0, 1):  # the gate's towers
        c.rect(x + side / 2 + k * side * 0.14 - side * 0.04, top - side / 2 - side * 0.05,
               side * 0.08, side * 0.16, stroke=0, fill=1)
    c.restoreState()


def _tn_band(tn: _Tn, title: str, number: str, x: float, top: float, width: float) -> float:
    """A section band in the house colour with the heading reversed out; returns its height."""
    pen = tn.pen
    c = pen.c
    h = tn.hs + 8
    c.saveState()
    c.setFillColorRGB(*tn.house)
    if tn.rounded:
        c.roundRect(x, top - h, width, h, 3, stroke=0, fill=1)
    else:
        c.rect(x, top - h, width, h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    text = f"{number}  {title}" if number and tn.band_numbers else title
    c.setFont(pen.faces.bold, tn.hs)
    c.drawString(x + 6, top - h + 5, text)
    c.restoreState()
    return h


def _tn_fill(tn: _Tn, tint: RGB, x: float, y: float, w: float, h: float) -> None:
    c = tn.pen.c
    c.saveState()
    c.setFillColorRGB(*tint)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.restoreState()


def _tn_value(tn: _Tn, x: float, y: float, text: str, width: float) -> None:
    size = tn.vs
    while size > 6.5 and tn.pen.c.stringWidth(text, tn.value_font, size) > width:
        size -= 0.25
    _tn_text(tn, x, y, text, size, tn.value_ink, font=tn.value_font)


def _tn_date_cells(tn: _Tn, f: Fld, x: float, base: float, width: float, tint: RGB,
                   y0: float, h: float) -> None:
    """Day, month and year in cells of their own (small captions drawn first, then the
    values one after the other)."""
    assert f.date is not None
    d = f.date
    parts = (f"{d.day:02d}", f"{d.month:02d}", f"{d.year}")
    widths = (24.0, 24.0, 42.0)
    c = tn.pen.c
    cx = x
    c.saveState()
    c.setStrokeColorRGB(*tn.house)
    c.setLineWidth(0.5)
    for cw in widths:
        c.setFillColorRGB(1, 1, 1)
        c.rect(cx, y0 + 2, cw - 3, h - 4, stroke=1, fill=1)
        cx += cw
    c.restoreState()
    cx = x
    for cw, part in zip(widths, parts, strict=True):
        _tn_text(tn, cx + 3, base, part, tn.vs, tn.value_ink, font=tn.value_font)
        cx += cw


def _tn_need(tn: _Tn, f: Fld) -> float:
    pen = tn.pen
    lab = pen.measure(f.label, tn.ls) + 10
    if f.options:
        return 10_000.0
    if tn.cells and f.date is not None:
        return max(lab, 104.0) + (lab if tn.place == "beside" else 0)
    text = max(f.lines, key=len) if f.lines else (f.text or "M" * 10)
    val = float(pen.c.stringWidth(text, tn.value_font, tn.vs)) + 14
    if tn.place == "beside":
        return lab + val
    return max(min(lab, 190.0), val, 80.0 if f.short else 130.0)


def _tn_pack(tn: _Tn, fields: list[Fld], width: float) -> list[list[tuple[Fld, float]]]:
    rows: list[list[tuple[Fld, float]]] = []
    row: list[tuple[Fld, float]] = []
    used = 0.0
    limit = 2 if tn.place == "beside" else 3
    for f in fields:
        need = _tn_need(tn, f)
        if need > width * 0.66:
            if row:
                rows.append(row)
            rows.append([(f, width)])
            row, used = [], 0.0
            continue
        if row and (used + need > width or len(row) >= limit):
            rows.append(row)
            row, used = [], 0.0
        row.append((f, need))
        used += need
    if row:
        rows.append(row)
    out = []
    for r in rows:
        total = sum(n for _, n in r)
        out.append([(f, n * width / total) for f, n in r])
    return out


def _tn_choice_rows(tn: _Tn, f: Fld, width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        need = tn.vs + 5 + tn.pen.measure(option, tn.ls + 1.5) + 14
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += need
    return rows


def _tn_field_h(tn: _Tn, f: Fld, width: float) -> float:
    if f.options:
        rows = len(_tn_choice_rows(tn, f, width - 10))
        return tn.ls * 1.5 + rows * tn.vs * 1.6 + 4
    n = max(1, len(f.lines))
    if tn.place == "beside":
        return n * tn.vs * 1.35 + tn.vs * 0.7
    return tn.ls * 1.4 + n * tn.vs * 1.35 + tn.vs * 0.55


def _tn_field(tn: _Tn, f: Fld, x: float, top: float, w: float, h: float, tint: RGB) -> None:
    pen = tn.pen
    c = pen.c
    inner = w - 4
    if f.options:
        _tn_fill(tn, tint, x, top - h, inner, h)
        _tn_text(tn, x + 4, top - tn.ls - 2, f.label, tn.ls, tn.label_ink)
        side = tn.vs * 0.9
        y = top - tn.ls * 1.5 - tn.vs
        for row in _tn_choice_rows(tn, f, inner - 10):
            cx = x + 6
            for i in row:
                c.saveState()
                c.setStrokeColorRGB(*tn.house)
                c.setFillColorRGB(1, 1, 1)
                c.setLineWidth(0.7)
                c.rect(cx, y - 1.5, side, side, stroke=1, fill=1)
                c.restoreState()
                if i == f.chosen:
                    mw = c.stringWidth("X", tn.value_font, side * 1.1)
                    _tn_text(tn, cx + (side - mw) / 2, y, "X", side * 1.1, tn.value_ink,
                             font=tn.value_font)
                cx = _tn_text(tn, cx + side + 5, y, f.options[i], tn.ls + 1.5,
                              tn.label_ink) + 14
            y -= tn.vs * 1.6
        return
    lines = list(f.lines) or ([f.text] if f.text and not f.empty else [])
    if tn.place == "beside":
        lab_w = min(pen.measure(f.label, tn.ls) + 8, inner * 0.45)
        lab_lines = _wrap(f.label, pen.faces.regular, tn.ls, lab_w - 6)
        for k, line in enumerate(lab_lines[:3]):
            _tn_text(tn, x, top - tn.ls - 1 - k * tn.ls * 1.15, line, tn.ls, tn.label_ink)
        bx = x + lab_w
        _tn_fill(tn, tint, bx, top - h + 2, inner - lab_w, h - 2)
        base = top - tn.vs * 1.15
        if tn.cells and f.date is not None:
            _tn_date_cells(tn, f, bx + 4, base - 1, inner - lab_w, tint, top - h + 2, h - 2)
            return
        for k, line in enumerate(lines):
            _tn_value(tn, bx + 5, base - k * tn.vs * 1.35, line, inner - lab_w - 8)
        return
    _tn_fill(tn, tint, x, top - h, inner, h)
    _tn_text(tn, x + 3, top - tn.ls - 1.5, f.label, tn.ls, tn.label_ink)
    base = top - tn.ls * 1.4 - tn.vs * 1.05
    if tn.cells and f.date is not None:
        _tn_date_cells(tn, f, x + 3, base, inner, tint, top - h, h - tn.ls * 1.4)
        return
    for k, line in enumerate(lines):
        _tn_value(tn, x + 5, base - k * tn.vs * 1.35, line, inner - 8)


def _tn_group_blocks(tn: _Tn, g: Grp, index: int, x: float, width: float) -> list[Blk]:
    tint = tn.tints[index % len(tn.tints)]
    band_h = tn.hs + 8 + 5
    rows = []
    for r in _tn_pack(tn, g.fields, width + 4):
        h = max(_tn_field_h(tn, f, w) for f, w in r)

        def draw_row(top: float, r: list[tuple[Fld, float]] = r, h: float = h) -> None:
            cx = x
            for f, w in r:
                _tn_field(tn, f, cx, top, w, h, tint)
                cx += w
        rows.append(Blk(h + tn.gap, draw_row, index))
    first = rows[0]

    def draw_first(top: float) -> None:
        _tn_band(tn, g.title, g.number, x, top, width)
        first.draw(top - band_h)
    out = [Blk(band_h + first.height, draw_first, index, True), *rows[1:]]
    out[-1].height += 7
    return out


def _tn_closing(tn: _Tn, doc: Doc, s: Style, rng: random.Random, index: int, x: float,
                width: float) -> Blk:
    pen = tn.pen
    w = _words(s)
    declaration = rng.choice(CERT_CLAUSES7 if doc.certificate else DECLARATIONS7)
    place = doc.office or doc.city
    day = (format_extra7_date(doc.signed, "numeric") if tn.cells else s.date(doc.signed))
    signed = f"{place}, {day}"
    seed = rng.getrandbits(32)
    tint = tn.tints[index % len(tn.tints)]
    number = str(index + 1)
    height = tn.hs + 13 + 16 + 52

    def draw(top: float) -> None:
        sub = random.Random(seed)
        _tn_band(tn, w.section("closing"), number, x, top, width)
        y = top - tn.hs - 13
        _tn_text(tn, x, y - tn.ls - 2, declaration, tn.ls + 1, tn.label_ink)
        y -= 16
        half = width * 0.46
        fh = tn.ls * 1.4 + tn.vs * 1.9
        _tn_fill(tn, tint, x, y - fh, half, fh)
        _tn_text(tn, x + 3, y - tn.ls - 1.5, w("signed"), tn.ls, tn.label_ink)
        _tn_value(tn, x + 5, y - tn.ls * 1.4 - tn.vs * 1.05, signed, half - 8)
        _tn_fill(tn, tint, x + width - half, y - fh, half, fh)
        key = "registrar" if doc.certificate else "signature"
        _tn_text(tn, x + width - half + 3, y - tn.ls - 1.5, w(key), tn.ls, tn.label_ink)
        if doc.certificate or sub.random() < 0.6:
            _signature(pen, x + width - half + 18, y - fh + 8, sub)
        if doc.certificate:
            c = pen.c
            c.saveState()
            c.setStrokeColorRGB(*tn.house, alpha=0.75)
            c.setFillColorRGB(*tn.house, alpha=0.75)
            cx, cy, r = x + width * 0.5, y - fh / 2, 15
            c.setLineWidth(0.9)
            c.circle(cx, cy, r, stroke=1, fill=0)
            c.circle(cx, cy, r * 0.72, stroke=1, fill=0)
            _emblem(c, cx, cy, r * 0.8)
            c.restoreState()
    return Blk(height, draw, index, True)


def _tn_header(tn: _Tn, doc: Doc, x: float, width: float, top: float, rng: random.Random,
               form_no: str, first: bool, cont: str) -> float:
    """Logo block, letterhead, form number and title; returns the height."""
    pen = tn.pen
    side = 40.0 if first else 24.0
    _tn_logo(tn, x, top, side)
    _tn_text(tn, x + side + 10, top - 12, doc.issuer, 11 if first else 9, tn.house, bold=True)
    if first:
        _tn_text(tn, x + side + 10, top - 25, doc.unit, 8.5, (0.25, 0.25, 0.25))
    fw = pen.measure(form_no, 7)
    _tn_text(tn, x + width - fw, top - 10, form_no, 7, (0.3, 0.3, 0.3))
    y = top - side - 10
    if not first:
        text = (f"{cont} {doc.title}" if cont.endswith(":") else f"{doc.title} {cont}"
                if cont.startswith("(") else f"{doc.title} – {cont} 1")
        _tn_text(tn, x, y - 9, text, 9, tn.house, bold=True)
        return top - (y - 18)
    tsize = rng.choice((16.0, 18.0, 20.0))
    for line in _wrap(doc.title, pen.faces.bold, tsize, width):
        if doc.certificate:
            tn.ink(tn.house)
            pen.centre_text(x + width / 2, y - tsize, line, tsize, bold=True)
            tn.black()
        else:
            _tn_text(tn, x, y - tsize, line, tsize, tn.house, bold=True)
        y -= tsize * 1.25
    c = pen.c
    c.saveState()
    c.setStrokeColorRGB(*tn.house)
    c.setLineWidth(1.5)
    c.line(x, y - 4, x + width, y - 4)
    c.restoreState()
    return top - (y - 12)


def _tn_footer(tn: _Tn, doc: Doc, form_no: str, n: int, total: int, edition: str,
               style: int) -> None:
    pen = tn.pen
    c = pen.c
    c.saveState()
    c.setFillColorRGB(*tn.house)
    c.rect(0, 14, PAGE_W, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(pen.faces.regular, 7)
    c.drawString(40, 19.5, f"{doc.unit} · {form_no} · {edition}")
    c.drawRightString(PAGE_W - 40, 19.5, _page_label(style, n, total))
    c.restoreState()


def _tn_frame(tn: _Tn, x: float, width: float) -> None:
    c = tn.pen.c
    c.saveState()
    c.setStrokeColorRGB(*tn.house)
    c.setLineWidth(2.0)
    c.rect(x, 36, width, PAGE_H - 50, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect(x + 4, 40, width - 8, PAGE_H - 58, stroke=1, fill=0)
    c.restoreState()


def draw_tinted(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    tn = _Tn(pen, rng)
    tn.value_font = _value_face(rng, pen.faces.regular)
    tn.cells = s.date_style == "cells"
    w = _words(s)
    if isinstance(record, Identity):
        _tn_identity(tn, record, s, rng, pages)
        return
    doc = build_doc(record, s, rng, doc_type)
    _number_fields(doc, "plain")
    form_no = _form_no(rng, doc_type)
    edition = _edition(rng, w.sheet("edition"))
    page_style = rng.randrange(5)
    x = rng.uniform(42, 56) + (14 if doc.certificate else 0)
    width = PAGE_W - 2 * x
    top = PAGE_H - rng.uniform(30, 40) - (12 if doc.certificate else 0)
    bottom = 42.0 + (8 if doc.certificate else 0)
    closing_rng = random.Random(rng.getrandbits(32))
    split_rng = random.Random(rng.getrandbits(32))
    header_rng = random.Random(rng.getrandbits(32))
    back_rng = random.Random(rng.getrandbits(32))
    while True:
        blocks: list[Blk] = []
        for k, g in enumerate(doc.groups):
            blocks += _tn_group_blocks(tn, g, k, x, width)
        blocks.append(_tn_closing(tn, doc, s, random.Random(closing_rng.random()),
                                  len(doc.groups), x, width))
        head_h = 40 + 10 + 2 * 20 * 1.25 + 12
        laid = _split(blocks, top - head_h - bottom, pages, random.Random(split_rng.random()))
        if laid is not None or not tn.shrink():
            break
    if laid is None:
        half = len(blocks) // 2
        laid = [blocks[:half], blocks[half:]] if pages == 2 else [blocks]
    for n, page in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        _tn_background(tn, back_rng)
        if doc.certificate:
            _tn_frame(tn, x - 14, width + 28)
        y = top - _tn_header(tn, doc, x, width, top, random.Random(header_rng.random()),
                             form_no, n == 1, w.sheet("continued"))
        for b in page:
            b.draw(y)
            y -= b.height
        _tn_footer(tn, doc, form_no, n, len(laid), edition, page_style)


def _tn_identity(tn: _Tn, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A copy on white stock on a tinted annex sheet; a card's back on page 2 when the plan
    wants two pages."""
    pen = tn.pen
    w = _words(s)
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    unit = rng.choice(UNITS["identity_document"])
    doc = Doc(title, f"Stadt {city}", unit, city, [], REFERENCE_DATE, False)
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    copied = other_day(r, REFERENCE_DATE - timedelta(days=rng.randint(0, 30)), rng)
    copy = Grp("copy", w.section("copy"), [
        Fld("id_kind", w("id_kind"), options=ID_KINDS7, chosen=1 if card else 0),
        Fld("copy_date", w("copy_date"), format_extra7_date(copied, "numeric"), short=True)])
    doc.groups = [copy]
    _number_fields(doc, "plain")
    form_no = _form_no(rng, "identity_document")
    edition = _edition(rng, w.sheet("edition"))
    page_style = rng.randrange(5)
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    x = rng.uniform(44, 56)
    width = PAGE_W - 2 * x
    top = PAGE_H - rng.uniform(30, 40)
    back_rng = random.Random(rng.getrandbits(32))
    tn.cells = False
    for n, part in enumerate(parts, 1):
        if n > 1:
            pen.new_page()
        _tn_background(tn, back_rng)
        y = top - _tn_header(tn, doc, x, width, top, rng, form_no, n == 1,
                             w.sheet("continued"))
        if n == 1:
            for b in _tn_group_blocks(tn, copy, 0, x, width):
                b.draw(y)
                y -= b.height
        w1, h1 = _card_size(r, part, 1.0)
        scale = min(rng.uniform(1.15, 1.55), (width - 10) / w1, (y - 80) / h1)
        cw, _ = _card_size(r, part, scale)
        _draw_copy(pen, r, part, x + (width - cw) / 2, y - 10, scale, style,
                   random.Random(seed), True)
        _tn_footer(tn, doc, form_no, n, len(parts), edition, page_style)


# --- entry point ---------------------------------------------------------------------------------

def draw_extra7(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``guided`` or ``tinted`` layout; ``pages`` is what the plan
    asks for (``guided`` adds its instruction page and runs applications over two form
    pages)."""
    pen.faces = _faces(rng, GUIDED_FACES if s.layout == "guided" else TINTED_FACES)
    if s.layout == "guided":
        draw_guided(pen, record, s, rng, doc_type, pages)
    else:
        draw_tinted(pen, record, s, rng, doc_type, pages)
