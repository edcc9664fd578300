"""The third extra pair of blind held-out layouts: ``mobile`` and ``carbon``.

``mobile`` is the PDF export of a citizen-portal form filled in on a phone: one narrow centred
column with a header bar, numbered steps, every field a card (a small grey label over a bold
value, sometimes a format hint under it), choices as chips, radio buttons or the chosen text,
and a footer with a QR-like square, the transaction number and the export time.

``carbon`` is the carbon copy of an old pre-printed form filled in on a typewriter: the printed
boxes, circled field numbers and labels are light grey, the typed values black, monospaced and
shifted against the boxes as the copy slipped, and an arrival rubber stamp sits rotated over
part of the page. Certificates are register extracts on the same kind of form.

Both draw straight from the record with the wording of ``samples.wording_extra3``. Whoever tunes
extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples import fonts
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
from samples.identity import MM, draw_identity
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.render import NOTES, notes_page
from samples.truth import truth_fields
from samples.wording_extra3 import (
    DATE_HINTS,
    DWELLING_WORDS,
    LANDLORD_ROLES,
    PURPOSE_ORDER,
    PURPOSE_WORDS,
    SEX_ORDER,
    SEX_TABLES,
    STAMP_WORDS,
    Extra3Wording,
    nationality_word,
    stamp_date,
)

# --- fonts ---------------------------------------------------------------------------------------

# The faces ``samples.generate`` registers on demand besides those of ``samples.fonts``.
_TTF: Final = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
}

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
MOBILE_FACES: Final[tuple[FacePair, ...]] = (
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
)
CARBON_FACES: Final[tuple[FacePair, ...]] = (
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
    (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
)
# Typewriter faces of the typed values.
TYPE_FACES: Final = (("", "Courier"), ("LiberationMono", "Courier"),
                     ("DejaVuSansMono", "Courier"), ("", "Courier"))


@cache
def _ttf(name: str, fallback: str) -> str:
    """Register a TrueType face (``samples.fonts`` or ``_TTF``), else return ``fallback``."""
    if not name:
        return fallback
    if name in fonts.TTF_FILES:
        return fonts.font(name, fallback)
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    for root in fonts.FONT_DIRS:
        for path in sorted(root.rglob(_TTF[name])) if root.is_dir() else ():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # a broken font file must not stop the generator
                return fallback
            return name
    return fallback


def _faces(rng: random.Random, options: tuple[FacePair, ...]) -> Faces:
    (reg, reg_fb), (bold, bold_fb) = rng.choice(options)
    regular, heavy = _ttf(reg, reg_fb), _ttf(bold, bold_fb)
    if (regular == reg_fb) != (heavy == bold_fb):  # never mix a TrueType and a fallback face
        regular, heavy = reg_fb, bold_fb
    return Faces(regular, heavy, False, "")


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
    required: bool = True
    hint: str | None = None
    short: bool = False  # may share a row with another short field

    @property
    def text(self) -> str:
        """What a text-only rendering prints."""
        if self.options:
            return self.options[self.chosen] if self.chosen is not None else ""
        return self.value


@dataclass(slots=True)
class Grp:
    key: str
    title: str
    fields: list[Fld]


@dataclass(slots=True)
class Doc:
    title: str
    issuer: str  # "Stadt Bochum", "Standesamt Bochum"
    unit: str
    city: str
    groups: list[Grp]
    signed: date  # when it was signed or issued
    certificate: bool


def _words(s: Style) -> Extra3Wording:
    assert isinstance(s.words, Extra3Wording)
    return s.words


def _date_fld(s: Style, key: str, d: date, required: bool = True) -> Fld:
    return Fld(key, _words(s)(key), s.date(d), required=required,
               hint=DATE_HINTS.get(s.date_style), short=True)


def _sex_fld(s: Style, key: str, code: str) -> Fld:
    label = _words(s)(key)
    if s.sex_mode == "choice":
        table = SEX_TABLES["capital" if s.layout == "mobile" else "word"]
        return Fld(key, label, options=tuple(table[c] for c in SEX_ORDER),
                   chosen=SEX_ORDER.index(code), short=True)
    return Fld(key, label, SEX_TABLES[s.sex_mode][code], short=True)


def _address(s: Style, a: Address, line_key: str = "address_line") -> list[Fld]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [Fld(line_key, w(line_key), a.line)]
    if s.address_mode == "lines":
        return [Fld("street_line", w("street_line"), a.street_line),
                Fld("city_line", w("city_line"), a.city_line)]
    return [Fld("street", w("street"), a.street), Fld("house_number", w("house_number"), a.number,
                                                     short=True),
            Fld("postal_code", w("postal_code"), a.postal_code, short=True),
            Fld("city", w("city"), a.city)]


def _person(s: Style, p: Person, rng: random.Random, nationality: bool = True,
            sex: bool = True) -> list[Fld]:
    w = _words(s)
    names = [Fld("family_name", w("family_name"), p.family),
             Fld("given_names", w("given_names"), p.given)]
    if rng.random() < 0.3:
        names.reverse()
    fields = [*names]
    fields.append(_date_fld(s, "date_of_birth", p.dob))
    fields.append(Fld("place_of_birth", w("place_of_birth"), p.pob))
    if sex:
        fields.append(_sex_fld(s, "sex", p.sex))
    if nationality:
        fields.append(Fld("nationality", w("nationality"),
                          nationality_word(p.nationality, s.nationality_mode), short=True))
    return fields


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


# Boxes of the old registration form that nobody fills in.
EMPTY_BOXES: Final = ("doctor", "artist_name", "religion")
UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerdienste – Meldewesen", "Einwohnerangelegenheiten"),
    "wohnungsgeberbestaetigung": ("Bürgerdienste – Meldewesen", "Einwohnerangelegenheiten"),
    "geburtsurkunde": ("Personenstandswesen", "Urkundenstelle"),
    "eheurkunde": ("Personenstandswesen", "Urkundenstelle"),
    "sterbeurkunde": ("Personenstandswesen", "Urkundenstelle"),
    "antrag_zulassung": ("Kfz-Zulassungsstelle", "Straßenverkehrsbehörde"),
    "aufenthaltstitel_antrag": ("Ausländerwesen", "Zuwanderung und Aufenthalt"),
    "identity_document": ("Bürgerdienste", "Poststelle"),
}


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The groups of fields one document of these layouts shows (not identity documents)."""
    w = _words(s)
    unit = rng.choice(UNITS[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Fld("birth_name", w("birth_name"), p.birth_name,
                                     required=False))
            if rng.random() < 0.5:
                person.append(Fld("marital", w("marital"), record.marital, required=False,
                                  short=True))
            if s.layout == "carbon":  # boxes of the printed form that stay empty
                for key in rng.sample(EMPTY_BOXES, k=rng.randint(1, len(EMPTY_BOXES))):
                    person.insert(rng.randint(2, len(person)),
                                  Fld(key, w(key), "", required=False, short=True))
            flat = [_date_fld(s, "move_in_date", record.move_in), *_address(s, a)]
            if record.dwelling or rng.random() < 0.5:
                chosen = None if record.dwelling is None else (
                    0 if record.dwelling == "main" else 1)
                options = (DWELLING_WORDS["main"], DWELLING_WORDS["secondary"])
                if s.purpose_mode == "choice" or chosen is None:
                    flat.append(Fld("dwelling", w("dwelling"), options=options, chosen=chosen))
                else:
                    flat.append(Fld("dwelling", w("dwelling"), options[chosen], short=True))
            groups = [Grp("person", w.section("person"), person),
                      Grp("new_dwelling", w.section("new_dwelling"), flat)]
            if record.previous:
                groups.append(Grp("previous", w.section("previous"), [
                    Fld("previous_address", w("previous_address"), record.previous,
                        required=False)]))
            if record.phone:
                groups.append(Grp("contact", w.section("contact"), [
                    Fld("phone", w("phone"), record.phone, required=False)]))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Wohnungsgeber():
            a = record.address
            landlord = Grp("landlord", w.section("landlord"), [
                Fld("landlord_name", w("landlord_name"), record.landlord_name),
                Fld("landlord_address", w("landlord_address"), record.landlord_address.line),
                Fld("landlord_role", w("landlord_role"), options=LANDLORD_ROLES,
                    chosen=0 if record.landlord_is_owner else 1)])
            flat_grp = Grp("flat", w.section("flat"), [
                _date_fld(s, "wg_move_in", record.move_in), *_address(s, a, "flat")])
            if rng.random() < 0.5:
                tenants = [Fld("tenant_names", w("tenant_names"), lines=record.tenants)]
            else:
                each = w("tenant_each")
                tenants = [Fld("tenant_each", f"{each} {k}", t)
                           for k, t in enumerate(record.tenants, 1)]
            groups = [landlord, flat_grp, Grp("tenants", w.section("tenants"), tenants)]
            if rng.random() < 0.5:
                groups = [flat_grp, groups[2], landlord]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Geburt():
            c = record.child
            time = record.birth_time if rng.random() < 0.5 else f"{record.birth_time} Uhr"
            child = [Fld("child_family", w("child_family"), c.family),
                     Fld("child_given", w("child_given"), c.given),
                     _sex_fld(s, "child_sex", c.sex),
                     _date_fld(s, "child_dob", c.dob),
                     Fld("birth_time", w("birth_time"), time, short=True),
                     Fld("child_pob", w("child_pob"), c.pob)]
            parents = [Fld("mother_name", w("mother_name"), record.mother)]
            if record.father:
                parents.append(Fld("father_name", w("father_name"), record.father,
                                   required=False))
            groups = [Grp("child", w.section("child"), child),
                      Grp("parents", w.section("parents"), parents),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.4:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Ehe():
            marriage = Grp("marriage", w.section("marriage"), [
                _date_fld(s, "marriage_date", record.marriage_date),
                Fld("marriage_place", w("marriage_place"), record.marriage_place)])
            base = w("spouse")
            spouses = [Grp("spouse", f"{base} {k}", _reg_person(s, sp))
                       for k, sp in enumerate((record.spouse1, record.spouse2), 1)]
            register = _register(s, record.office, record.register, record.issue)
            groups = ([register, marriage, *spouses] if rng.random() < 0.4
                      else [marriage, *spouses, register])
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Sterbe():
            p = record.person
            deceased = _reg_person(s, p)
            if rng.random() < 0.5:
                deceased.append(Fld("last_residence", w("last_residence"), record.last_residence,
                                    required=False))
            death = [_date_fld(s, "date_of_death", record.date_of_death),
                     Fld("place_of_death", w("place_of_death"), record.place_of_death)]
            groups = [Grp("deceased", w.section("deceased"), deceased),
                      Grp("death", w.section("death"), death),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.4:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, nationality=False, sex=False)
            holder = [f for f in holder if f.key != "place_of_birth"]
            groups = [Grp("holder", w.section("holder"), holder)]
            address = _address(s, a)
            if len(address) == 1 and rng.random() < 0.6:
                holder += address
            else:
                groups.append(Grp("address", w.section("address"), address))
            vehicle = [Fld("make", w("make"), record.make, short=True),
                       Fld("model", w("model"), record.model, short=True),
                       Fld("vin", w("vin"), record.vin), Fld("evb_number", w("evb_number"),
                                                            record.evb, short=True)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(Fld("desired_plate", w("desired_plate"), plate, required=False,
                                   short=True))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            sepa = [Fld("account_holder", w("account_holder"), record.account_holder),
                    Fld("iban", w("iban"), iban), Fld("bic", w("bic"), record.bic, short=True),
                    Fld("bank", w("bank"), record.bank, short=True)]
            groups += [Grp("vehicle", w.section("vehicle"), vehicle),
                       Grp("sepa", w.section("sepa"), sepa)]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.5)
            k = PURPOSE_ORDER.index(record.purpose)
            if s.purpose_mode == "choice":
                purpose = Fld("purpose", w("purpose"),
                              options=tuple(PURPOSE_WORDS[x][0] for x in PURPOSE_ORDER), chosen=k)
            else:
                words = PURPOSE_WORDS[record.purpose]
                text = words[2] if s.layout == "carbon" and rng.random() < 0.5 else (
                    rng.choice(words[:2]))
                purpose = Fld("purpose", w("purpose"), text)
            stay = [Fld("passport_number", w("passport_number"), record.passport_number,
                        short=True),
                    _date_fld(s, "passport_expiry_date", record.passport_expiry),
                    _date_fld(s, "entry_date", record.entry), purpose]
            groups = [Grp("person", w.section("person"), person),
                      Grp("passport", w.section("passport"), stay),
                      Grp("residence", w.section("residence"), _address(s, a))]
            if rng.random() < 0.5:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
    raise TypeError(type(record))


# --- shared drawing helpers ----------------------------------------------------------------------

Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    """Something drawn with its top at a given y; ``group`` is the field group it belongs to."""

    height: float
    draw: Draw
    group: int = -1
    heading: bool = False  # keep with the next block


def paginate(blocks: list[Block], first_top: float, other_top: float, bottom: float,
             gap: float, break_group: int | None) -> list[list[tuple[Block, float]]]:
    """Blocks with their top y, page by page; a page breaks before ``break_group``."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = first_top
    for k, b in enumerate(blocks):
        need = b.height
        if b.heading and k + 1 < len(blocks):
            need += gap + blocks[k + 1].height
        forced = (break_group is not None and b.group == break_group and len(pages) == 1
                  and (k == 0 or blocks[k - 1].group != break_group))
        if pages[-1] and (forced or y - need < bottom):
            pages.append([])
            y = other_top
        pages[-1].append((b, y))
        y -= b.height + gap
    return pages


def total_height(blocks: list[Block], gap: float) -> float:
    return sum(b.height for b in blocks) + gap * max(0, len(blocks) - 1)


def _gray_text(pen: Pen, x: float, y: float, s: str, size: float, gray: float,
               bold: bool = False, font: str | None = None) -> float:
    pen.c.setFillGray(gray)
    end = pen.text(x, y, s, size, bold=bold, font=font)
    pen.c.setFillGray(0)
    return end


def _wrap(pen: Pen, s: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(s, font, size, width)) or [""]


def _signature(pen: Pen, x: float, y: float, rng: random.Random, gray: float = 0.15) -> None:
    """A hand-written signature: a few connected loops."""
    c = pen.c
    c.saveState()
    c.setLineWidth(rng.uniform(0.6, 1.0))
    c.setStrokeGray(gray)
    path = c.beginPath()
    path.moveTo(x, y)
    cx, cy = x, y
    for _ in range(rng.randint(4, 7)):
        dx = rng.uniform(10, 24)
        path.curveTo(cx + dx * 0.3, cy + rng.uniform(6, 15), cx + dx * 0.7,
                     cy - rng.uniform(4, 9), cx + dx, cy + rng.uniform(-3, 3))
        cx, cy = cx + dx, cy + rng.uniform(-2, 2)
    path.lineTo(cx + rng.uniform(6, 18), cy - rng.uniform(2, 6))
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _truth_dates(record: Record) -> set[date]:
    out = set()
    for value in truth_fields(record).values():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            out.add(date.fromisoformat(value))
    return out


def stamp_day(record: Record, anchor: date, rng: random.Random) -> date:
    """The day an arrival stamp prints: soon after ``anchor`` and none of the truth's dates."""
    taken = _truth_dates(record)
    day = anchor + timedelta(days=rng.randint(1, 12))
    while day in taken:
        day += timedelta(days=1)
    return day


def _identity_bottoms(r: Identity, rng: random.Random, pages: int) -> tuple[float, float]:
    """Where ``draw_identity`` will end on its first and on its last page. It draws with the
    next three numbers of ``rng``; a copy of the generator tells them without using them."""
    peek = random.Random()
    peek.setstate(rng.getstate())
    card = r.mrz_format == "TD1"
    scale = peek.uniform(1.45, 1.75) if card else peek.uniform(1.05, 1.3)
    peek.uniform(-10, 10)
    top = PAGE_H - peek.uniform(60, 110)
    if not card:
        bottom = top - 88 * MM * scale
        return bottom, bottom
    h = 54 * MM * scale
    if pages == 2:
        return top - h - 14 * scale, top - h
    bottom = top - 2 * h - 14 * scale
    return bottom, bottom


# --- mobile: a portal form exported from a phone -------------------------------------------------

PORTAL_NAMES: Final = ("Bürgerkonto {city}", "{city} digital", "Rathaus-App {city}",
                       "mein.{slug}.de", "Verwaltungsportal NRW")
CONSENTS: Final = (
    "Ich versichere, dass meine Angaben vollständig sind und der Wahrheit entsprechen.",
    "Ich habe die Datenschutzhinweise gelesen und bestätige die Richtigkeit der Angaben.",
)
REQUIRED_NOTES: Final = ("* Pflichtfeld", "Mit * gekennzeichnete Felder sind Pflichtfelder.")


def _slug(city: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-"})
    return city.lower().translate(table)


class _Mb:
    """Per-document habits of the ``mobile`` layout (sizes can shrink to fit one page)."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.col_w = PAGE_W * rng.uniform(0.56, 0.64)
        self.x0 = (PAGE_W - self.col_w) / 2 + rng.uniform(-10, 10)
        self.x1 = self.x0 + self.col_w
        self.label_size = rng.choice((6.5, 7.0, 7.5))
        self.value_size = rng.choice((9.5, 10.0, 10.5, 11.0))
        self.pad = rng.choice((4.0, 5.0, 6.0))
        self.gap = rng.choice((3.0, 4.0, 6.0))
        self.card = rng.choice(("outline", "filled", "underline", "outline"))
        self.radius = rng.choice((2.0, 4.0, 6.0))
        self.choice_style = rng.choice(("chips", "radio", "text", "chips"))
        self.bar_gray = rng.choice((0.12, 0.2, 0.28))
        self.label_gray = rng.choice((0.4, 0.45, 0.5))
        self.pairs = rng.random() < 0.5  # short fields two to a row
        self.hints = rng.random() < 0.75
        self.asterisk = rng.random() < 0.8
        self.progress = rng.random() < 0.6
        self.step_above = rng.random() < 0.6  # "Schritt 2 von 4" above the heading, else beside
        self.title_size = rng.choice((13.0, 14.0, 15.0))

    def shrink(self) -> bool:
        """One step smaller; ``False`` when nothing is left to shrink."""
        if self.gap > 2.0:
            self.gap -= 1.0
        elif self.pad > 3.0:
            self.pad -= 1.0
        elif not self.pairs:
            self.pairs = True
        elif self.value_size > 8.5:
            self.value_size -= 0.5
        elif self.hints:
            self.hints = False
        elif self.label_size > 6.0:
            self.label_size -= 0.5
        else:
            return False
        return True


def _mb_label(mb: _Mb, f: Fld) -> str:
    return f"{f.label} *" if f.required and mb.asterisk else f.label


def _chip_rows(mb: _Mb, f: Fld, width: float) -> list[list[tuple[int, float]]]:
    pen = mb.pen
    size = mb.value_size - 1
    rows: list[list[tuple[int, float]]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        w = pen.measure(option, size, bold=i == f.chosen) + 14 + (size if i == f.chosen else 0)
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((i, w))
        used += w + 5
    return rows


def _check(pen: Pen, x: float, y: float, h: float) -> None:
    """A check mark whose box has its lower left corner at (x, y) and side ``h``."""
    path = pen.c.beginPath()
    path.moveTo(x + h * 0.1, y + h * 0.5)
    path.lineTo(x + h * 0.38, y + h * 0.18)
    path.lineTo(x + h * 0.9, y + h * 0.85)
    pen.c.drawPath(path, stroke=1, fill=0)


def _mb_card(mb: _Mb, f: Fld, x: float, width: float, top: float, draw: bool) -> float:
    """A card's height; draws it (box first, then text) when ``draw``."""
    pen = mb.pen
    if draw:
        h = _mb_card(mb, f, x, width, top, False)
        pen.c.saveState()
        pen.c.setLineWidth(0.6)
        if mb.card == "outline":
            pen.c.setStrokeGray(0.72)
            pen.c.roundRect(x, top - h, width, h, mb.radius, stroke=1, fill=0)
        elif mb.card == "filled":
            pen.c.setFillGray(0.94)
            pen.c.roundRect(x, top - h, width, h, mb.radius, stroke=0, fill=1)
        elif mb.card == "underline":
            pen.c.setStrokeGray(0.55)
            pen.c.line(x, top - h + 1.0, x + width, top - h + 1.0)
        pen.c.restoreState()
    inner_x, inner_w = x + mb.pad, width - 2 * mb.pad
    ls, vs = mb.label_size, mb.value_size
    y = top - mb.pad
    for line in _wrap(pen, _mb_label(mb, f), pen.faces.regular, ls, inner_w):
        y -= ls * 1.05
        if draw:
            _gray_text(pen, inner_x, y, line, ls, mb.label_gray)
    y -= 2.5
    if f.options and mb.choice_style == "chips":
        size = vs - 1
        chip_h = size * 1.75
        for row in _chip_rows(mb, f, inner_w):
            y -= chip_h
            cx = inner_x
            for i, w in row:
                if draw:
                    pen.c.saveState()
                    pen.c.setLineWidth(0.7)
                    if i == f.chosen:
                        pen.c.setFillGray(0.18)
                        pen.c.roundRect(cx, y, w, chip_h - 2, (chip_h - 2) / 2, stroke=0, fill=1)
                        pen.c.setStrokeGray(1)
                        pen.c.setLineWidth(1.1)
                        _check(pen, cx + 6, y + (chip_h - 2 - size) / 2, size * 0.9)
                        pen.c.setFillGray(1)
                        pen.text(cx + 8 + size, y + chip_h * 0.3, f.options[i], size, bold=True)
                    else:
                        pen.c.setStrokeGray(0.6)
                        pen.c.roundRect(cx, y, w, chip_h - 2, (chip_h - 2) / 2, stroke=1, fill=0)
                        pen.c.setFillGray(0.3)
                        pen.text(cx + 7, y + chip_h * 0.3, f.options[i], size)
                    pen.c.restoreState()
                cx += w + 5
            y -= 3
    elif f.options and mb.choice_style == "radio":
        size = vs - 0.5
        r = size * 0.38
        for i, option in enumerate(f.options):
            y -= size * 1.5
            if draw:
                cx, cy = inner_x + r + 0.5, y + size * 0.32
                pen.c.saveState()
                pen.c.setLineWidth(0.8)
                pen.c.setStrokeGray(0.35)
                pen.c.circle(cx, cy, r, stroke=1, fill=0)
                if i == f.chosen:
                    pen.c.setFillGray(0.1)
                    pen.c.circle(cx, cy, r * 0.55, stroke=0, fill=1)
                pen.c.restoreState()
                if i == f.chosen:
                    pen.text(inner_x + 2 * r + 6, y, option, size, bold=True)
                else:
                    _gray_text(pen, inner_x + 2 * r + 6, y, option, size, 0.3)
        y -= 2
    else:
        values = f.lines or (f.text,)
        for value in values:
            for line in _wrap(pen, value, pen.faces.bold, vs, inner_w):
                y -= vs * 1.2
                if draw:
                    pen.text(inner_x, y, line, vs, bold=True)
            y -= vs * 0.15
    if f.hint and mb.hints:
        y -= ls * 1.2
        if draw:
            _gray_text(pen, inner_x, y, f.hint, ls - 0.5, 0.5)
    y -= mb.pad + 2
    return top - y


def _mb_row(mb: _Mb, fields: list[Fld], group: int) -> Block:
    """One or two cards side by side."""
    gap = 6.0
    if len(fields) == 1:
        widths = [mb.col_w]
    else:
        a, b = fields
        first = 0.36 if a.key in ("postal_code", "house_number") else (
            0.7 if b.key == "house_number" else 0.5)
        widths = [(mb.col_w - gap) * first, (mb.col_w - gap) * (1 - first)]
    xs = [mb.x0, mb.x0 + widths[0] + gap]
    height = max(_mb_card(mb, f, x, w, 0.0, False)
                 for f, x, w in zip(fields, xs, widths, strict=False))

    def draw(top: float) -> None:
        for f, x, w in zip(fields, xs, widths, strict=False):
            h = _mb_card(mb, f, x, w, top, False)
            if h < height and mb.card != "underline":  # cards of one row share their height
                _mb_card_stretched(mb, f, x, w, top, height)
            else:
                _mb_card(mb, f, x, w, top, True)

    return Block(height, draw, group)


def _mb_card_stretched(mb: _Mb, f: Fld, x: float, width: float, top: float, h: float) -> None:
    pen = mb.pen
    pen.c.saveState()
    pen.c.setLineWidth(0.6)
    if mb.card == "outline":
        pen.c.setStrokeGray(0.72)
        pen.c.roundRect(x, top - h, width, h, mb.radius, stroke=1, fill=0)
    else:
        pen.c.setFillGray(0.94)
        pen.c.roundRect(x, top - h, width, h, mb.radius, stroke=0, fill=1)
    pen.c.restoreState()
    card = mb.card
    mb.card = "none"  # the text only
    _mb_card(mb, f, x, width, top, True)
    mb.card = card


ADDRESS_PAIRS: Final = {("street", "house_number"), ("postal_code", "city")}
ADDRESS_KEYS: Final = frozenset(k for pair in ADDRESS_PAIRS for k in pair)


def _pairable(a: Fld, b: Fld) -> bool:
    """Whether two fields may share a row of the phone form."""
    if a.options or b.options or not (a.value and b.value):
        return False
    if a.key in ADDRESS_KEYS or b.key in ADDRESS_KEYS:
        return (a.key, b.key) in ADDRESS_PAIRS
    return a.short and b.short


def _mb_rows(mb: _Mb, fields: list[Fld], group: int) -> list[Block]:
    blocks: list[Block] = []
    k = 0
    while k < len(fields):
        f = fields[k]
        nxt = fields[k + 1] if k + 1 < len(fields) else None
        if mb.pairs and nxt is not None and _pairable(f, nxt):
            blocks.append(_mb_row(mb, [f, nxt], group))
            k += 2
        else:
            blocks.append(_mb_row(mb, [f], group))
            k += 1
    return blocks


def _mb_heading(mb: _Mb, title: str, step: int, steps: int, group: int) -> Block:
    pen = mb.pen
    small, big = mb.label_size, mb.value_size + 1.5
    counter = f"Schritt {step} von {steps}"
    # the counter goes above the heading when the layout wants it or the heading is too wide
    above = mb.step_above or (pen.measure(title, big, bold=True)
                              + pen.measure(counter, small) + 12 > mb.col_w)
    height = 6 + big * 1.25 + 4 + (small * 1.4 if above else 0) + (7 if mb.progress else 0)

    def draw(top: float) -> None:
        y = top - 6
        if above:
            y -= small * 1.2
            _gray_text(pen, mb.x0, y, counter.upper(), small, 0.45, bold=True)
            y -= 2
        y -= big
        pen.text(mb.x0, y, title, big, bold=True)
        if not above:
            c = pen.c
            c.setFillGray(0.45)
            c.setFont(pen.faces.regular, small)
            c.drawRightString(mb.x1, y, counter)
            c.setFillGray(0)
        if mb.progress:
            y -= 7
            pen.c.saveState()
            pen.c.setFillGray(0.86)
            pen.c.rect(mb.x0, y, mb.col_w, 2.5, stroke=0, fill=1)
            pen.c.setFillGray(0.25)
            pen.c.rect(mb.x0, y, mb.col_w * step / steps, 2.5, stroke=0, fill=1)
            pen.c.restoreState()

    return Block(height, draw, group, heading=True)


def _mb_intro(mb: _Mb, doc: Doc, status: str) -> Block:
    pen = mb.pen
    lines = _wrap(pen, doc.title, pen.faces.bold, mb.title_size, mb.col_w)
    sub = f"{doc.issuer} · {doc.unit}"
    size = mb.label_size
    w = pen.measure(status, size, bold=True) + 10
    # the status chip sits at the end of the issuer line, or under it when that line is long
    own_line = pen.measure(sub, size + 0.5) + w + 12 > mb.col_w
    height = (len(lines) * mb.title_size * 1.2 + mb.label_size * 1.4 + 16
              + (size * 2.2 if own_line else 0))

    def draw(top: float) -> None:
        y = top
        for line in lines:
            y -= mb.title_size * 1.05
            pen.text(mb.x0, y, line, mb.title_size, bold=True)
            y -= mb.title_size * 0.15
        y -= mb.label_size * 1.5
        _gray_text(pen, mb.x0, y, sub, mb.label_size + 0.5, 0.4)
        if own_line:
            y -= size * 2.2
        pen.c.saveState()
        pen.c.setStrokeGray(0.4)
        pen.c.setLineWidth(0.6)
        pen.c.roundRect(mb.x1 - w, y - 3, w, size + 5, 3, stroke=1, fill=0)
        pen.c.restoreState()
        _gray_text(pen, mb.x1 - w + 5, y, status, size, 0.25, bold=True)

    return Block(height, draw)


def _mb_consent(mb: _Mb, text: str, note: str | None) -> Block:
    pen = mb.pen
    size = mb.label_size + 0.5
    box = size + 2
    lines = _wrap(pen, text, pen.faces.regular, size, mb.col_w - box - 8 - 2 * mb.pad)
    height = len(lines) * size * 1.3 + 2 * mb.pad + 4 + (size * 1.8 if note else 0)

    def draw(top: float) -> None:
        c = pen.c
        y = top - mb.pad - size
        c.saveState()
        c.setFillGray(0.18)
        c.roundRect(mb.x0 + mb.pad, y - 2, box, box, 1.5, stroke=0, fill=1)
        c.setStrokeGray(1)
        c.setLineWidth(1.1)
        _check(pen, mb.x0 + mb.pad, y - 2, box)
        c.restoreState()
        for line in lines:
            pen.text(mb.x0 + mb.pad + box + 8, y, line, size)
            y -= size * 1.3
        if note:
            _gray_text(pen, mb.x0, y - size * 0.8, note, size - 0.5, 0.45)

    return Block(height, draw)


def _qr(pen: Pen, x: float, top: float, side: float, rng: random.Random) -> None:
    """A QR-code-like square: three finder marks and random modules."""
    n = 25
    m = side / n
    c = pen.c
    c.saveState()
    finders = ((0, 0), (n - 7, 0), (0, n - 7))
    for fx, fy in finders:
        for k, gray in ((7, 0.0), (5, 1.0), (3, 0.0)):
            off = (7 - k) / 2
            c.setFillGray(gray)
            c.rect(x + (fx + off) * m, top - (fy + off + k) * m, k * m, k * m, stroke=0, fill=1)
    c.setFillGray(0)
    for i in range(n):
        for j in range(n):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders):
                continue
            if rng.random() < 0.5:
                c.rect(x + i * m, top - (j + 1) * m, m, m, stroke=0, fill=1)
    c.restoreState()


@dataclass(slots=True)
class _MbFurniture:
    portal: str
    transaction: str
    exported: str
    url: str
    qr_seed: int
    qr_side: float


def _mb_furniture(mb: _Mb, f: _MbFurniture, page: int, pages: int, x0: float, x1: float
                  ) -> None:
    """The header bar and the footer of one exported page, between ``x0`` and ``x1``."""
    pen = mb.pen
    c = pen.c
    bar_top, bar_h = PAGE_H - 30, 24.0
    c.saveState()
    c.setFillGray(mb.bar_gray)
    c.rect(x0, bar_top - bar_h, x1 - x0, bar_h, stroke=0, fill=1)
    c.setStrokeGray(1)
    c.setLineWidth(1.2)
    for k in range(3):  # a menu icon
        yy = bar_top - bar_h / 2 - 4 + k * 4
        c.line(x1 - 20, yy, x1 - 9, yy)
    c.setFillGray(1)
    pen.text(x0 + 10, bar_top - bar_h / 2 - 3.5, f.portal, 10, bold=True)
    c.restoreState()
    # footer: a QR-like square, the transaction number, the export time, the page
    side = f.qr_side
    _qr(pen, x0, 30 + side, side, random.Random(f.qr_seed))
    tx = x0 + side + 10
    size = 7.0
    lines = [f"Transaktionsnummer: {f.transaction}", f"Exportiert am {f.exported}", f.url]
    y = 30 + side - size - 1
    for line in lines:
        _gray_text(pen, tx, y, line, size, 0.3)
        y -= size * 1.45
    c.setFillGray(0.3)
    c.setFont(pen.faces.regular, size)
    c.drawRightString(x1, 32, f"Seite {page} von {pages}")
    c.setFillGray(0)
    c.saveState()
    c.setStrokeGray(0.75)
    c.setLineWidth(0.5)
    c.line(x0, 30 + side + 8, x1, 30 + side + 8)
    c.restoreState()


def _mb_setup(mb: _Mb, record: Record, city: str, anchor: date, rng: random.Random
              ) -> _MbFurniture:
    slug = _slug(city)
    portal = rng.choice(PORTAL_NAMES).format(city=city, slug=slug)
    day = anchor + timedelta(days=rng.randint(0, 2))
    exported = (f"{day.day:02d}.{day.month:02d}.{day.year}, {rng.randint(6, 23):02d}:"
                f"{rng.randint(0, 59):02d} Uhr")
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(2))
    transaction = f"{letters}-{day.year}-{rng.randint(0, 999999):06d}-{rng.randint(10, 99)}"
    url = rng.choice((f"https://www.{slug}.de/buergerservice", f"https://service.{slug}.de",
                      f"https://portal.{slug}.de/antrag"))
    return _MbFurniture(portal, transaction, exported, url, rng.getrandbits(32),
                        rng.choice((46.0, 52.0, 58.0)))


def draw_mobile(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                two: bool) -> None:
    """One document of the ``mobile`` layout (not identity documents)."""
    mb = _Mb(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    furniture = _mb_setup(mb, record, doc.city, doc.signed, rng)
    status = rng.choice(("Eingereicht", "Übermittelt", "Zusammenfassung"))
    consent = rng.choice(CONSENTS) if not doc.certificate or rng.random() < 0.3 else None
    note = rng.choice(REQUIRED_NOTES)
    first_top = PAGE_H - 30 - 24 - 18
    other_top = first_top
    bottom = 30 + furniture.qr_side + 18
    break_group = len(doc.groups) - 1 if two and len(doc.groups) >= 2 else None

    def blocks() -> list[Block]:
        out = [_mb_intro(mb, doc, status)]
        for k, grp in enumerate(doc.groups):
            out.append(_mb_heading(mb, grp.title, k + 1, len(doc.groups), k))
            out += _mb_rows(mb, grp.fields, k)
        if consent:
            out.append(_mb_consent(mb, consent, note if mb.asterisk else None))
        return out

    laid = blocks()
    while not two and total_height(laid, mb.gap) > first_top - bottom and mb.shrink():
        laid = blocks()
    if not two and total_height(laid, mb.gap) > first_top - bottom and consent:
        consent = None  # the last thing to give up for one page
        laid = blocks()
    pages = paginate(laid, first_top, other_top, bottom, mb.gap, break_group)
    total = len(pages) + (1 if two and len(pages) == 1 else 0)
    for n, page in enumerate(pages, 1):
        if n > 1:
            pen.new_page()
        _mb_furniture(mb, furniture, n, total, mb.x0, mb.x1)
        for block, top in page:
            block.draw(top)
    if total > len(pages):
        _mb_notes(mb, furniture, rng, total)


def _mb_notes(mb: _Mb, furniture: _MbFurniture, rng: random.Random, total: int) -> None:
    """A page of boilerplate in the column, with the portal's header and footer."""
    pen = mb.pen
    saved = pen.left, pen.right, pen.top
    pen.left, pen.right, pen.top = mb.x0, mb.x1, PAGE_H - 80
    notes_page(pen, rng)
    pen.left, pen.right, pen.top = saved
    _mb_furniture(mb, furniture, pen.pages, total, mb.x0, mb.x1)


# --- carbon: a typewritten carbon copy of a pre-printed form -------------------------------------

FORM_CODES: Final = ("Vordruck {a} {n}{b} ({m}.{y})", "Formular {a}/{n} – Ausgabe {m}/{y}",
                     "Muster {n}{b} · {a} · {m}.{y}")
COPY_MARKS: Final = ("Durchschrift – verbleibt bei der Behörde", "2. Ausfertigung (Durchschrift)",
                     "Blatt 2 – Durchschlag für die Akte", "Durchschlag")
PRINTERS: Final = ("Formularverlag Rhein-Ruhr", "Vordruckverlag Westfalen", "Amtsdruckerei Essen")
CERT_CLAUSES: Final = (
    "Die Übereinstimmung der vorstehenden Abschrift mit der Eintragung wird beglaubigt.",
    "Vorstehender Auszug stimmt mit der Eintragung im Buch überein.",
)
HEADINGS_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI")


class _Cb:
    """Per-document habits of the ``carbon`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.ink = rng.uniform(0.55, 0.70)  # grey of everything pre-printed
        self.line_w = rng.choice((0.4, 0.5, 0.6, 0.7))
        self.label_size = rng.choice((6.0, 6.5, 7.0))
        self.type_size = rng.choice((10.0, 10.5, 11.0))
        ttf, fallback = rng.choice(TYPE_FACES)
        self.type_face = _ttf(ttf, fallback)
        # the copy slipped against the printed form: 1-4 mm right and down, a little drift
        self.dx = rng.uniform(1.0, 4.0) * MM
        self.dy = rng.uniform(1.0, 4.0) * MM
        self.drift = rng.uniform(-0.35, 0.35)  # extra points down per row
        self.row_h = rng.choice((27.0, 29.0, 31.0))
        self.per_row = rng.choice((2, 3, 3, 4))
        self.smear = rng.uniform(0.15, 0.45)  # stroke width of the carbon's blurred glyphs
        self.type_gray = rng.uniform(0.0, 0.12)
        self.band = rng.random() < 0.5
        self.heading_style = rng.choice(("roman", "letter", "plain"))
        self.circle_r = rng.choice((4.5, 5.0, 5.5))
        self.mark = rng.choice(("X", "x", "X"))
        self.upper_title = rng.random() < 0.5
        self.jitter = random.Random(rng.getrandbits(32))
        self.number = 0
        self.row = 0

    @property
    def width(self) -> float:
        return self.pen.width

    def printed(self) -> None:
        c = self.pen.c
        c.setFillGray(self.ink)
        c.setStrokeGray(self.ink)
        c.setLineWidth(self.line_w)

    def black(self) -> None:
        c = self.pen.c
        c.setFillGray(0)
        c.setStrokeGray(0)

    def typed_width(self, s: str) -> float:
        return float(pdfmetrics.stringWidth(s, self.type_face, self.type_size))


def _type(cb: _Cb, x: float, y: float, s: str, size: float | None = None) -> None:
    """Typed text: monospace, near black, its glyphs blurred a little as a carbon does."""
    c = cb.pen.c
    c.saveState()
    c.setFillGray(cb.type_gray)
    c.setStrokeGray(cb.type_gray)
    c.setLineWidth(cb.smear)
    text = c.beginText(x, y)
    text.setFont(cb.type_face, size or cb.type_size)
    text.setTextRenderMode(2)
    text.textOut(s)
    c.drawText(text)
    c.restoreState()


def _shift(cb: _Cb) -> tuple[float, float]:
    """Where this line's typing lands against the printed form (right, down)."""
    j = cb.jitter
    return (cb.dx + j.uniform(-0.5, 0.5) * MM,
            cb.dy + cb.row * cb.drift + j.uniform(-0.4, 0.4) * MM)


def _circle_no(cb: _Cb, x: float, top: float, number: int) -> float:
    """A field number in a small printed circle; returns the x after it."""
    pen = cb.pen
    r = cb.circle_r
    cx, cy = x + r + 2.5, top - r - 2.5
    cb.printed()
    pen.c.circle(cx, cy, r, stroke=1, fill=0)
    pen.c.setFont(pen.faces.regular, r * 1.25)
    pen.c.drawCentredString(cx, cy - r * 0.42, str(number))
    cb.black()
    return cx + r + 3


@dataclass(slots=True)
class _Box:
    f: Fld
    number: int
    width: float = 0.0
    label_lines: list[str] | None = None
    value_lines: list[str] | None = None
    option_rows: list[list[int]] | None = None


def _option_width(cb: _Cb, option: str) -> float:
    size = cb.label_size + 0.5
    return size + 4 + cb.pen.measure(option, size) + 10


def _box_pref(cb: _Cb, f: Fld) -> float:
    pen = cb.pen
    label_w = pen.measure(f.label, cb.label_size) + 2 * cb.circle_r + 12
    if f.options:
        value_w = sum(_option_width(cb, o) for o in f.options) + 10
    else:
        value_w = max(cb.typed_width(v) for v in (f.lines or (f.text,))) + 14
    return min(cb.width, max(label_w, value_w, 64.0))


def _box_layout(cb: _Cb, box: _Box) -> float:
    """Wrap a box's label and value to its width; returns its height."""
    pen = cb.pen
    f, w = box.f, box.width
    box.label_lines = _wrap(pen, f.label, pen.faces.regular, cb.label_size,
                            w - 2 * cb.circle_r - 12)
    label_h = 4 + len(box.label_lines) * cb.label_size * 1.15
    if f.options:
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, option in enumerate(f.options):
            ow = _option_width(cb, option)
            if rows[-1] and used + ow > w - 10:
                rows.append([])
                used = 0.0
            rows[-1].append(i)
            used += ow
        box.option_rows = rows
        lines = len(rows)
    else:
        box.value_lines = [line for v in (f.lines or (f.text,))
                           for line in simpleSplit(v, cb.type_face, cb.type_size, w - 12) or [v]]
        lines = len(box.value_lines)
    return max(cb.row_h, label_h + lines * cb.type_size * 1.2 + 7)


def _cb_rows(cb: _Cb, fields: list[Fld], group: int) -> list[Block]:
    """The group's fields as rows of printed boxes."""
    boxes = []
    for f in fields:
        cb.number += 1
        boxes.append(_Box(f, cb.number))
    blocks: list[Block] = []
    row: list[_Box] = []
    used = 0.0
    rows: list[list[_Box]] = []
    for box in boxes:
        pref = _box_pref(cb, box.f)
        if row and (used + pref > cb.width or len(row) >= cb.per_row):
            rows.append(row)
            row, used = [], 0.0
        box.width = pref
        row.append(box)
        used += pref
    if row:
        rows.append(row)
    for row in rows:
        spare = (cb.width - sum(b.width for b in row)) / len(row)
        for b in row:
            b.width += spare
        height = max(_box_layout(cb, b) for b in row)
        blocks.append(Block(height, _cb_row_drawer(cb, row, height), group))
    return blocks


def _cb_row_drawer(cb: _Cb, row: list[_Box], height: float) -> Draw:
    def draw(top: float) -> None:
        pen = cb.pen
        x = pen.left
        cb.row += 1
        for b in row:
            cb.printed()
            pen.c.rect(x, top - height, b.width, height, stroke=1, fill=0)
            after = _circle_no(cb, x, top, b.number)
            cb.printed()
            y = top - 3.5 - cb.label_size * 0.8
            for line in b.label_lines or []:
                pen.c.setFont(pen.faces.regular, cb.label_size)
                pen.c.drawString(after, y, line)
                y -= cb.label_size * 1.15
            cb.black()
            label_h = 4 + len(b.label_lines or []) * cb.label_size * 1.15
            base = top - label_h - cb.type_size * 1.05
            if b.f.options:
                _cb_options(cb, b, x, base)
            else:
                dx, dy = _shift(cb)
                for k, line in enumerate(b.value_lines or []):
                    _type(cb, x + 5 + dx, base - dy - k * cb.type_size * 1.2, line)
            x += b.width
    return draw


def _cb_options(cb: _Cb, b: _Box, x: float, base: float) -> None:
    pen = cb.pen
    size = cb.label_size + 0.5
    side = size + 1
    for r, indexes in enumerate(b.option_rows or []):
        ox = x + 8
        y = base - r * cb.type_size * 1.2
        for i in indexes:
            cb.printed()
            pen.c.rect(ox, y - 1, side, side, stroke=1, fill=0)
            pen.c.setFont(pen.faces.regular, size)
            pen.c.drawString(ox + side + 4, y, b.f.options[i])
            cb.black()
            if i == b.f.chosen:
                dx, dy = _shift(cb)
                mark_w = cb.typed_width(cb.mark)
                _type(cb, ox + side / 2 - mark_w / 2 + dx * 0.8, y + 0.5 - dy * 0.8, cb.mark)
            ox += _option_width(cb, b.f.options[i])


def _cb_heading(cb: _Cb, title: str, k: int, group: int) -> Block:
    pen = cb.pen
    size = cb.label_size + 1.5
    mark = {"roman": f"{HEADINGS_ROMAN[k % 6]}.", "letter": f"{'ABCDEF'[k % 6]}", "plain": ""}[
        cb.heading_style]
    text = f"{mark}  {title}" if mark else title
    height = size * 2.0 + 2

    def draw(top: float) -> None:
        y = top - size * 1.45
        if cb.band:
            pen.c.setFillGray(1 - (1 - cb.ink) * 0.25)
            pen.c.rect(pen.left, top - size * 2.0, pen.width, size * 2.0, stroke=0, fill=1)
        cb.printed()
        pen.c.setFont(pen.faces.bold, size)
        pen.c.drawString(pen.left + 3, y, text)
        cb.black()

    return Block(height, draw, group, heading=True)


@dataclass(slots=True)
class _CbHead:
    form_code: str
    copy_mark: str
    printer: str
    title: str
    issuer: str
    unit: str


def _cb_setup(cb: _Cb, doc_title: str, issuer: str, unit: str, rng: random.Random) -> _CbHead:
    w = rng.choice(FORM_CODES)
    code = w.format(a=rng.choice("AEKMS"), n=rng.randint(1, 40), b=rng.choice(("", "a", "b")),
                    m=rng.randint(1, 12), y=rng.randint(68, 89))
    title = doc_title.upper() if cb.upper_title else doc_title
    printer = f"{rng.choice(PRINTERS)} · Best.-Nr. {rng.randint(10, 99)} {rng.randint(100, 999)}"
    return _CbHead(code, rng.choice(COPY_MARKS), printer, title, issuer, unit)


def _cb_strip(cb: _Cb, head: _CbHead, page: int) -> None:
    """The small print at the top and the bottom of every page."""
    pen = cb.pen
    c = pen.c
    cb.printed()
    c.setFont(pen.faces.regular, 6.5)
    c.drawString(pen.left, PAGE_H - 26, head.form_code)
    c.drawRightString(pen.right, PAGE_H - 26, head.copy_mark if page == 1 else f"Blatt {page}")
    c.setFont(pen.faces.regular, 5.5)
    c.drawString(pen.left, 24, head.printer)
    cb.black()


def _cb_header(cb: _Cb, head: _CbHead, box_label: str) -> Block:
    """Authority, the office's box for the arrival stamp, the title."""
    pen = cb.pen
    size = 15.0 if len(head.title) < 40 else 12.5
    lines = _wrap(pen, head.title, pen.faces.bold, size, pen.width * 0.62)
    box_h = 62.0
    height = max(box_h + 6, 34 + len(lines) * size * 1.2) + 8

    def draw(top: float) -> None:
        c = pen.c
        cb.printed()
        c.setFont(pen.faces.bold, 10.5)
        c.drawString(pen.left, top - 11, head.issuer)
        c.setFont(pen.faces.regular, 7.5)
        c.drawString(pen.left, top - 21, head.unit)
        y = top - 34
        for line in lines:
            y -= size
            c.setFont(pen.faces.bold, size)
            c.drawString(pen.left, y, line)
            y -= size * 0.2
        bw = pen.width * 0.3
        bx = pen.right - bw
        c.setDash(2, 2)
        c.rect(bx, top - box_h, bw, box_h, stroke=1, fill=0)
        c.setDash()
        c.setFont(pen.faces.regular, cb.label_size)
        c.drawString(bx + 4, top - box_h + 4, box_label)
        c.setLineWidth(cb.line_w * 1.5)
        c.line(pen.left, top - height + 4, pen.right, top - height + 4)
        cb.black()

    return Block(height, draw)


def _cb_closing(cb: _Cb, doc: Doc, s: Style, rng: random.Random) -> Block:
    pen = cb.pen
    w = _words(s)
    sub = random.Random(rng.getrandbits(32))
    if doc.certificate:
        clause = rng.choice(CERT_CLAUSES)
        place = f"{doc.city}, den {s.date(doc.signed)}"
        registrar = w("registrar")
        height = 110.0

        def draw_cert(top: float) -> None:
            c = pen.c
            cb.printed()
            c.setFont(pen.faces.regular, 8)
            c.drawString(pen.left, top - 14, clause)
            cb.black()
            dx, dy = _shift(cb)
            _type(cb, pen.left + dx, top - 38 - dy, place)
            cx, cy = pen.left + pen.width * 0.45, top - 70
            cb.printed()
            c.setLineWidth(cb.line_w * 1.4)
            c.circle(cx, cy, 27, stroke=1, fill=0)
            c.circle(cx, cy, 21, stroke=1, fill=0)
            seal = f"STANDESAMT {doc.city.upper()}"
            size = min(5.5, 36 / max(1.0, pen.measure(seal, 1)))
            c.setFont(pen.faces.bold, size)
            c.drawCentredString(cx, cy - 2, seal)
            x = pen.left + pen.width * 0.62
            c.setLineWidth(cb.line_w)
            c.line(x, top - 84, pen.right, top - 84)
            c.setFont(pen.faces.regular, cb.label_size + 0.5)
            c.drawString(x, top - 84 - cb.label_size - 3, registrar)
            cb.black()
            _signature(pen, x + 8, top - 76, sub, 0.2)

        return Block(height, draw_cert)
    place = f"{doc.city}, {s.date(doc.signed)}"
    signed, signature = w("signed"), w("signature")
    height = 66.0

    def draw(top: float) -> None:
        c = pen.c
        line_y = top - 40
        half = pen.width * 0.44
        cb.printed()
        c.line(pen.left, line_y, pen.left + half, line_y)
        c.line(pen.right - half, line_y, pen.right, line_y)
        c.setFont(pen.faces.regular, cb.label_size)
        c.drawString(pen.left, line_y - cb.label_size - 3, signed)
        c.drawString(pen.right - half, line_y - cb.label_size - 3, signature)
        cb.black()
        dx, dy = _shift(cb)
        _type(cb, pen.left + 4 + dx, line_y + 5 - dy, place)
        _signature(pen, pen.right - half + 14, line_y + 6, sub, 0.2)

    return Block(height, draw)


def _cb_remarks(cb: _Cb, s: Style, group: int) -> list[Block]:
    w = _words(s)
    cb.number += 1
    box = _Box(Fld("remarks", w("remarks"), "– keine –"), cb.number, cb.width)
    height = _box_layout(cb, box)
    return [Block(height, _cb_row_drawer(cb, [box], height), group)]


def draw_rubber_stamp(pen: Pen, cx: float, cy: float, angle: float, lines: tuple[str, ...],
                      gray: float) -> None:
    """An arrival stamp: a double frame with centred lines, rotated about its centre."""
    c = pen.c
    sizes = [12.0, 7.0, 11.0, 6.5][: len(lines)]
    bolds = [True, False, True, False]
    width = max(pen.measure(t, z, bold=b) for t, z, b in zip(lines, sizes, bolds, strict=False))
    w = width + 20
    h = sum(z * 1.3 for z in sizes) + 12
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    c.setLineWidth(1.6)
    c.roundRect(-w / 2, -h / 2, w, h, 5, stroke=1, fill=0)
    c.setLineWidth(0.7)
    c.roundRect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6, 3, stroke=1, fill=0)
    y = h / 2 - 6
    for text, size, bold in zip(lines, sizes, bolds, strict=False):
        y -= size * 1.1
        c.setFont(pen.faces.bold if bold else pen.faces.regular, size)
        c.drawCentredString(0, y, text)
        y -= size * 0.2
    c.restoreState()


def _stamp_lines(record: Record, anchor: date, city: str, rng: random.Random
                 ) -> tuple[str, ...]:
    day = stamp_day(record, anchor, rng)
    office = rng.choice((f"Stadt {city}", f"Stadtverwaltung {city}", f"Bürgeramt {city}"))
    last = rng.choice(("Anl.: ____", "Az.: ________", "Bearb.: ____"))
    return (rng.choice(STAMP_WORDS), office, stamp_date(day, rng.random() < 0.4), last)


def draw_carbon(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                two: bool) -> None:
    """One document of the ``carbon`` layout (not identity documents)."""
    cb = _Cb(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    w = _words(s)
    head = _cb_setup(cb, doc.title, doc.issuer, doc.unit, rng)
    stamp = _stamp_lines(record, doc.signed, doc.city, rng)
    stamp_gray = rng.uniform(0.42, 0.55)
    angle = rng.uniform(2.0, 8.0) * rng.choice((-1, 1))
    over_box = rng.random() < 0.7
    box_label = w("office_use")
    remarks = doc.certificate and rng.random() < 0.6
    closing_seed = rng.getrandbits(32)
    first_top, other_top, bottom = PAGE_H - 36, PAGE_H - 40, 40.0
    break_group = len(doc.groups) - 1 if two and len(doc.groups) >= 2 else None

    def blocks() -> list[Block]:
        cb.number = 0
        out = [_cb_header(cb, head, box_label)]
        for k, grp in enumerate(doc.groups):
            out.append(_cb_heading(cb, grp.title, k, k))
            out += _cb_rows(cb, grp.fields, k)
        if remarks:
            out += _cb_remarks(cb, s, len(doc.groups) - 1)
        out.append(_cb_closing(cb, doc, s, random.Random(closing_seed)))
        return out

    gap = 4.0
    laid = blocks()
    while not two and total_height(laid, gap) > first_top - bottom and cb.row_h > 22:
        cb.row_h -= 2
        gap = max(2.0, gap - 1)
        laid = blocks()
    pages = paginate(laid, first_top, other_top, bottom, gap, break_group)
    for n, page in enumerate(pages, 1):
        if n > 1:
            pen.new_page()
        _cb_strip(cb, head, n)
        for block, top in page:
            block.draw(top)
        if n == 1:
            header_top = page[0][1]
            if over_box:
                cx = pen.right - pen.width * 0.15 + rng.uniform(-25, 15)
                cy = header_top - 31 + rng.uniform(-22, 8)
            else:  # below the last block on the page, overlapping its lower edge a little
                last_block, last_top = page[-1]
                cx = pen.left + pen.width * rng.uniform(0.55, 0.8)
                cy = last_top - last_block.height - rng.uniform(14, 22)
            draw_rubber_stamp(pen, cx, cy, angle, stamp, stamp_gray)
    if two and len(pages) == 1:
        _cb_notes(cb, head)


def _cb_notes(cb: _Cb, head: _CbHead) -> None:
    """The printed notes on the back of the form."""
    pen = cb.pen
    pen.new_page()
    _cb_strip(cb, head, pen.pages)
    y = PAGE_H - 70
    cb.printed()
    pen.c.setFont(pen.faces.bold, 12)
    pen.c.drawString(pen.left, y, "Hinweise")
    y -= 24
    for paragraph in NOTES:
        for line in _wrap(pen, paragraph, pen.faces.regular, 9, pen.width):
            pen.c.setFont(pen.faces.regular, 9)
            pen.c.drawString(pen.left, y, line)
            y -= 12
        y -= 8
    cb.black()


# --- identity documents --------------------------------------------------------------------------

UPLOAD_NAMES: Final = ("ausweis_scan.jpg", "IMG_{n}.jpg", "Scan_{n}.pdf", "dokument_{n}.png",
                       "Reisepass_Foto.jpg")


def _identity_mobile(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int,
                     two: bool) -> None:
    mb = _Mb(pen, rng)
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    furniture = _mb_setup(mb, r, city, anchor, rng)
    sub = random.Random(rng.getrandbits(32))  # the upload card's choices
    title = _words(s).title("identity_document")
    first, last = _identity_bottoms(r, rng, pages)  # just before draw_identity uses ``rng``
    x0, x1 = 36.0, PAGE_W - 36.0
    total = 2 if two else 1
    _id_furniture(mb, furniture, 1, total, x0, x1)
    draw_identity(pen, r, rng, "mobile", pages, title)
    if pen.pages == 2:
        _id_furniture(mb, furniture, 2, total, x0, x1)
    below = last if pen.pages == 2 else first
    name = sub.choice(UPLOAD_NAMES).format(n=sub.randint(1000, 9999))
    day = anchor + timedelta(days=sub.randint(0, 2))
    lines = (f"{name} · {sub.randint(180, 4200)} KB",
             f"Hochgeladen am {day.day:02d}.{day.month:02d}.{day.year}, "
             f"{sub.randint(6, 23):02d}:{sub.randint(0, 59):02d} Uhr",
             sub.choice(("Status: Datei lesbar", "Status: wird geprüft", "Status: übermittelt")))
    size = 8.0
    card_h = len(lines) * size * 1.5 + 12
    card_top = below - 24
    if card_top - card_h > 30 + furniture.qr_side + 18:
        pen.c.saveState()
        pen.c.setStrokeGray(0.72)
        pen.c.setLineWidth(0.6)
        pen.c.roundRect(mb.x0, card_top - card_h, mb.col_w, card_h, mb.radius, stroke=1, fill=0)
        pen.c.restoreState()
        y = card_top - 6
        for k, line in enumerate(lines):
            y -= size * 1.3
            if k == 0:
                pen.text(mb.x0 + 8, y, line, size, bold=True)
            else:
                _gray_text(pen, mb.x0 + 8, y, line, size - 0.5, 0.4)
            y -= size * 0.2
    if two and pen.pages == 1:
        _mb_notes(mb, furniture, rng, total)


def _id_furniture(mb: _Mb, f: _MbFurniture, page: int, pages: int, x0: float, x1: float
                  ) -> None:
    """The portal's header bar (slim, above the copy's own header line) and footer."""
    pen = mb.pen
    c = pen.c
    bar_top, bar_h = PAGE_H - 12, 17.0
    c.saveState()
    c.setFillGray(mb.bar_gray)
    c.rect(x0, bar_top - bar_h, x1 - x0, bar_h, stroke=0, fill=1)
    c.setFillGray(1)
    pen.text(x0 + 8, bar_top - bar_h / 2 - 3, f.portal, 8.5, bold=True)
    c.restoreState()
    side = f.qr_side
    _qr(pen, x0, 30 + side, side, random.Random(f.qr_seed))
    y = 30 + side - 8
    for line in (f"Transaktionsnummer: {f.transaction}", f"Exportiert am {f.exported}", f.url):
        _gray_text(pen, x0 + side + 10, y, line, 7, 0.3)
        y -= 10
    c.setFillGray(0.3)
    c.setFont(pen.faces.regular, 7)
    c.drawRightString(x1, 32, f"Seite {page} von {pages}")
    c.setFillGray(0)


def _identity_carbon(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int,
                     two: bool) -> None:
    cb = _Cb(pen, rng)
    w = _words(s)
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    head = _cb_setup(cb, title, f"Stadt {city}", rng.choice(UNITS["identity_document"]), rng)
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    stamp = _stamp_lines(r, anchor, city, rng)
    stamp_gray = rng.uniform(0.42, 0.55)
    angle = rng.uniform(2.0, 8.0) * rng.choice((-1, 1))
    presented = stamp_day(r, anchor - timedelta(days=14), rng)
    case_ref = f"{rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(100, 9999)}/{anchor.year}"
    fields = [Fld("case_ref", w("case_ref"), case_ref),
              Fld("presented", w("presented"), s.date(presented)),
              Fld("certified", w("certified"),
                  f"i. A. {rng.choice('BDHKLMRSTW')}{rng.choice('aeiou')}{rng.choice('klmnrst')}.")]
    first, last = _identity_bottoms(r, rng, pages)  # just before draw_identity uses ``rng``
    _cb_strip(cb, head, 1)
    cb.black()
    draw_identity(pen, r, rng, "carbon", pages, title)
    if pen.pages == 2:
        _cb_strip(cb, head, 2)
    below = last if pen.pages == 2 else first
    cb.number = 0
    rows = _cb_rows(cb, fields, 0)
    y = below - 30
    if y - sum(b.height for b in rows) > 44:
        for block in rows:
            block.draw(y)
            y -= block.height
    # the stamp on the copy's last page, top right, clear of the machine-readable zone
    cx = pen.right - 70 + rng.uniform(-20, 10)
    cy = PAGE_H - 52 + rng.uniform(-8, 6)
    draw_rubber_stamp(pen, cx, cy, angle, stamp, stamp_gray)
    if two and pen.pages == 1:
        _cb_notes(cb, head)


def draw_extra3(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``mobile`` or ``carbon`` layout; ``pages`` is what the plan
    asks for (2: the document runs over two pages, or a page of notes follows)."""
    two = pages == 2
    if s.layout == "mobile":
        pen.faces = _faces(rng, MOBILE_FACES)
        if isinstance(record, Identity):
            _identity_mobile(pen, record, s, rng, pages, two)
        else:
            draw_mobile(pen, record, s, rng, doc_type, two)
    else:
        pen.faces = _faces(rng, CARBON_FACES)
        if isinstance(record, Identity):
            _identity_carbon(pen, record, s, rng, pages, two)
        else:
            draw_carbon(pen, record, s, rng, doc_type, two)
