"""The fifth extra pair of blind held-out layouts: ``email`` and ``twoup``.

``email`` is a document as the printout of an e-mail that a citizen, a landlord or a car owner
sent to the office, printed from a desktop mail client or a web mailer: the client's header
block (sender, recipient, date, subject, sometimes copy and attachments), the message in prose
and in loose "key: value" fragments, lists with bullets or dashes, a signature, sometimes the
office's earlier message quoted with ``>`` (a clerk's name, a case reference and dates that are
none of the truth's values), and the client's print furniture with the page count and the print
time. Certificates arrive as a forwarded register extract (key lines, aligned columns or a small
table); identity documents as a photo of the document below a short message.

``twoup`` is a booklet form printed two pages per sheet: two A5 portrait pages side by side on a
landscape A4 sheet, each with its own running head and page number, in small type, labels in
small capitals or small grey type above or left of the values, numbered sections; the fields run
on from the left page to the right one. Short documents are sometimes one A5 page centred on
the sheet. Certificates are booklet pages with a seal; identity documents a copy on a booklet
sheet. (``samples.generate`` turns some scanned sheets by 90 or 180 degrees, as a mailroom
feeds them: ``feed_turns``.)

Both draw straight from the record with the wording of ``samples.wording_extra5``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples import fonts, pools
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
from samples.identity import MM, draw_card, draw_passport
from samples.pen import PAGE_H, PAGE_W, Faces, Pen
from samples.truth import truth_fields
from samples.wording import MONTHS
from samples.wording_extra5 import (
    BOOKLET_NOTES,
    CLOSINGS,
    DISCLAIMERS,
    DWELLING5,
    FORWARD_MARKS,
    GREETINGS,
    INTROS,
    LANDLORD_ROLES5,
    MARITAL5,
    PROSE_LANDLORD,
    PROSE_SELF,
    PURPOSE5,
    PURPOSE_ORDER,
    QUOTE_BODIES,
    REGISTER_HEADINGS,
    SEX_CAPITAL5,
    SEX_ORDER,
    THANKS,
    WEEKDAYS_LONG,
    WEEKDAYS_SHORT,
    Extra5Wording,
    nationality_word,
    sex_word,
)

# --- fonts ---------------------------------------------------------------------------------------

_TTF: Final = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
}

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
EMAIL_FACES: Final[tuple[FacePair, ...]] = (
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("", "Times-Roman"), ("", "Times-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
)
MONO_FACES: Final = (("", "Courier"), ("LiberationMono", "Courier"),
                     ("DejaVuSansMono", "Courier"))
TWOUP_FACES: Final[tuple[FacePair, ...]] = (
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold")),
    (("", "Helvetica"), ("", "Helvetica-Bold")),
    (("", "Times-Roman"), ("", "Times-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
)


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
    prose: str = ""  # the value as a sentence says it, when that differs
    short: bool = False  # fits a narrow cell

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
    address: Address | None = None  # the group prints this address (in whatever mode)
    line_key: str = ""


@dataclass(slots=True)
class Doc:
    title: str
    issuer: str
    unit: str
    city: str
    groups: list[Grp]
    signed: date
    certificate: bool
    office: str = ""


ADDRESS_KEYS: Final = frozenset({"street", "house_number", "postal_code", "city", "street_line",
                                 "city_line", "address_line", "flat", "home_line",
                                 "holder_line", "residence_line"})


def _words(s: Style) -> Extra5Wording:
    assert isinstance(s.words, Extra5Wording)
    return s.words


def _date_fld(s: Style, key: str, d: date) -> Fld:
    return Fld(key, _words(s)(key), s.date(d), short=True)


def _sex_fld(s: Style, key: str, code: str) -> Fld:
    label = _words(s)(key)
    if s.sex_mode == "choice":
        return Fld(key, label, options=tuple(SEX_CAPITAL5[c] for c in SEX_ORDER),
                   chosen=SEX_ORDER.index(code))
    return Fld(key, label, sex_word(code, s.sex_mode), prose=sex_word(code, "word"), short=True)


def _nationality_fld(s: Style, code: str) -> Fld:
    mode = s.nationality_mode
    value = nationality_word(code, "adjective" if mode == "prose" else mode)
    prose = nationality_word(code, "prose") if mode == "prose" else ""
    return Fld("nationality", _words(s)("nationality"), value, prose=prose, short=True)


def _address(s: Style, a: Address, line_key: str) -> list[Fld]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [Fld(line_key, w(line_key), a.line)]
    if s.address_mode == "lines":
        return [Fld("street_line", w("street_line"), a.street_line),
                Fld("city_line", w("city_line"), a.city_line)]
    return [Fld("street", w("street"), a.street),
            Fld("house_number", w("house_number"), a.number, short=True),
            Fld("postal_code", w("postal_code"), a.postal_code, short=True),
            Fld("city", w("city"), a.city)]


def _person(s: Style, p: Person, rng: random.Random, nationality: bool = True,
            sex: bool = True, place: bool = True) -> list[Fld]:
    w = _words(s)
    fields = [Fld("family_name", w("family_name"), p.family),
              Fld("given_names", w("given_names"), p.given)]
    if rng.random() < 0.35:
        fields.reverse()
    fields.append(_date_fld(s, "date_of_birth", p.dob))
    if place:
        fields.append(Fld("place_of_birth", w("place_of_birth"), p.pob))
    if sex:
        fields.append(_sex_fld(s, "sex", p.sex))
    if nationality:
        fields.append(_nationality_fld(s, p.nationality))
    return fields


def _choice(s: Style, key: str, options: tuple[str, ...], chosen: int | None,
            answers: tuple[str, ...] | None = None) -> Fld:
    """Boxes to tick (twoup), or the chosen answer only."""
    label = _words(s)(key)
    if s.purpose_mode == "choice" or chosen is None:
        return Fld(key, label, options=options, chosen=chosen)
    prose = options[chosen]
    return Fld(key, label, (answers or options)[chosen], prose=prose)


UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerbüro", "Meldebehörde", "Bürgeramt"),
    "wohnungsgeberbestaetigung": ("Bürgerbüro", "Meldebehörde", "Bürgeramt"),
    "geburtsurkunde": ("Standesamt",),
    "eheurkunde": ("Standesamt",),
    "sterbeurkunde": ("Standesamt",),
    "antrag_zulassung": ("Zulassungsstelle", "Straßenverkehrsamt"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Ausländeramt"),
    "identity_document": ("Bürgerbüro", "Bürgeramt", "Ausländerbehörde"),
}
MAIL_UNITS: Final = {"Bürgerbüro": "buergerbuero", "Meldebehörde": "meldebehoerde",
                     "Bürgeramt": "buergeramt", "Standesamt": "standesamt",
                     "Zulassungsstelle": "kfz-zulassung",
                     "Straßenverkehrsamt": "strassenverkehrsamt",
                     "Ausländerbehörde": "auslaenderbehoerde", "Ausländeramt": "auslaenderamt"}


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The groups of fields of a document (not identity documents; the e-mail uses this for the
    four applications only)."""
    w = _words(s)
    email = s.layout == "email"
    unit = rng.choice(UNITS[doc_type])
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person = _person(s, p, rng)
            if p.birth_name:
                person.insert(2, Fld("birth_name", w("birth_name"), p.birth_name))
            if rng.random() < 0.4:
                short = rng.random() < 0.5
                person.append(Fld("marital", w("marital"),
                                  MARITAL5[record.marital] if short else record.marital,
                                  prose=record.marital, short=True))
            flat = [_date_fld(s, "move_in_date", record.move_in),
                    *_address(s, a, "address_line")]
            if record.dwelling or (not email and rng.random() < 0.5):
                chosen = None if record.dwelling is None else (
                    0 if record.dwelling == "main" else 1)
                long = (DWELLING5["main"][0], DWELLING5["secondary"][0])
                short_words = (DWELLING5["main"][1], DWELLING5["secondary"][1])
                flat.append(_choice(s, "dwelling", long, chosen,
                                    short_words if rng.random() < 0.4 else None))
            groups = [Grp("person", w.section("person"), person),
                      Grp("new_dwelling", w.section("new_dwelling"), flat, a, "address_line")]
            if record.previous:
                groups.append(Grp("previous", w.section("previous"), [
                    Fld("previous_address", w("previous_address"), record.previous)]))
            if record.phone:
                groups.append(Grp("contact", w.section("contact"), [
                    Fld("phone", w("phone"), record.phone, short=True)]))
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Wohnungsgeber():
            a = record.address
            role = 0 if record.landlord_is_owner else 1
            landlord = Grp("landlord", w.section("landlord"), [
                Fld("landlord_name", w("landlord_name"), record.landlord_name),
                Fld("landlord_address", w("landlord_address"), record.landlord_address.line),
                _choice(s, "landlord_role", LANDLORD_ROLES5, role)])
            flat_grp = Grp("flat", w.section("flat"), [
                _date_fld(s, "wg_move_in", record.move_in), *_address(s, a, "flat")], a, "flat")
            if rng.random() < 0.5:
                tenants = [Fld("tenant_each", f"{w('tenant_each')} {k}", t)
                           for k, t in enumerate(record.tenants, 1)]
            else:
                tenants = [Fld("tenant_names", w("tenant_names"), lines=record.tenants)]
            groups = [landlord, flat_grp, Grp("tenants", w.section("tenants"), tenants)]
            if rng.random() < 0.45:
                groups = [flat_grp, groups[2], landlord]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Geburt():
            c = record.child
            child = [Fld("child_family", w("child_family"), c.family),
                     Fld("child_given", w("child_given"), c.given),
                     _sex_fld(s, "child_sex", c.sex), _date_fld(s, "child_dob", c.dob),
                     Fld("birth_time", w("birth_time"), f"{record.birth_time} Uhr", short=True),
                     Fld("child_pob", w("child_pob"), c.pob)]
            parents = [Fld("mother_name", w("mother_name"), record.mother)]
            if record.father:
                parents.append(Fld("father_name", w("father_name"), record.father))
            groups = [Grp("child", w.section("child"), child),
                      Grp("parents", w.section("parents"), parents),
                      _register(s, record.office, record.register, record.issue)]
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
        case Ehe():
            marriage = Grp("marriage", w.section("marriage"), [
                _date_fld(s, "marriage_date", record.marriage_date),
                Fld("marriage_place", w("marriage_place"), record.marriage_place)])
            base = w("spouse")
            spouses = [Grp("spouse", f"{base} {k}", _reg_person(s, sp))
                       for k, sp in enumerate((record.spouse1, record.spouse2), 1)]
            register = _register(s, record.office, record.register, record.issue)
            groups = ([register, *spouses, marriage] if rng.random() < 0.4
                      else [*spouses, marriage, register])
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
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
            if rng.random() < 0.5:
                groups.insert(0, groups.pop())
            return Doc(w.title(doc_type), f"Standesamt {record.office}", unit, record.office,
                       groups, record.issue, True, record.office)
        case Zulassung():
            h, a = record.holder, record.address
            holder = _person(s, h, rng, nationality=False, sex=False, place=False)
            line_key = "home_line" if email else "holder_line"
            groups = [Grp("holder", w.section("holder"), holder),
                      Grp("address", w.section("address"), _address(s, a, line_key), a,
                          line_key)]
            vehicle = [Fld("make", w("make"), record.make, short=True),
                       Fld("model", w("model"), record.model, short=True),
                       Fld("vin", w("vin"), record.vin),
                       Fld("evb_number", w("evb_number"), record.evb, short=True)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(Fld("desired_plate", w("desired_plate"), plate, short=True))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            sepa = [Fld("account_holder", w("account_holder"), record.account_holder),
                    Fld("iban", w("iban"), iban),
                    Fld("bic", w("bic"), record.bic, short=True),
                    Fld("bank", w("bank"), record.bank)]
            groups += [Grp("vehicle", w.section("vehicle"), vehicle),
                       Grp("sepa", w.section("sepa"), sepa)]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
        case Aufenthalt():
            p, a = record.person, record.address
            person = _person(s, p, rng, sex=rng.random() < 0.7)
            k = PURPOSE_ORDER.index(record.purpose)
            purpose = _choice(s, "purpose", tuple(PURPOSE5[x][0] for x in PURPOSE_ORDER), k,
                              tuple(PURPOSE5[x][1] for x in PURPOSE_ORDER)
                              if s.purpose_mode == "short" else None)
            stay = [Fld("passport_number", w("passport_number"), record.passport_number,
                        short=True),
                    _date_fld(s, "passport_expiry_date", record.passport_expiry),
                    _date_fld(s, "entry_date", record.entry), purpose]
            line_key = "home_line" if email else "residence_line"
            groups = [Grp("person", w.section("person"), person),
                      Grp("passport", w.section("passport"), stay),
                      Grp("residence", w.section("residence"), _address(s, a, line_key), a,
                          line_key)]
            if rng.random() < 0.5:
                groups = [groups[0], groups[2], groups[1]]
            return Doc(w.title(doc_type), f"Stadt {a.city}", unit, a.city, groups,
                       record.signed, False)
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


# --- shared helpers ------------------------------------------------------------------------------

def _wrap(s: str, font: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(s, font, size, width)) or [""]


def _truth_dates(record: Record) -> set[date]:
    out = set()
    for value in truth_fields(record).values():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            out.add(date.fromisoformat(value))
    return out


def other_day(record: Record, anchor: date, rng: random.Random, most: int = 9) -> date:
    """A day soon after ``anchor`` that is none of the truth's dates."""
    taken = _truth_dates(record)
    day = anchor + timedelta(days=rng.randint(0, most))
    while day in taken:
        day += timedelta(days=1)
    return day


def _truth_words(record: Record) -> set[str]:
    """Every word of the truth's names and places (distractors must use none of them)."""
    out: set[str] = set()
    for value in truth_fields(record).values():
        for v in value if isinstance(value, list) else [value]:
            out.update(v.replace(",", " ").split())
    if isinstance(record, Identity):
        out.update(record.person.family.split())
        out.update(record.person.given.split())
    return out


def random_name(rng: random.Random, avoid: set[str], family: str | None = None) -> str:
    """A German name none of whose words is in ``avoid`` (the family name may be given)."""
    families, female, male = pools.NAMES["DEU"]
    for _ in range(50):
        given = rng.choice(rng.choice((female, male)))
        last = family or rng.choice(families)
        if not set(given.split()) & avoid and (family or not set(last.split()) & avoid):
            return f"{given} {last}"
    return "Kim Overbeck"


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                           "Ü": "Ue"})
    plain = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _slug(text: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in _ascii(text).lower())
    return "-".join(part for part in out.split("-") if part)


DOMAINS: Final = ("gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
                  "freenet.de", "icloud.com")


def mail_address(name: str, rng: random.Random) -> str:
    """A private or company e-mail address for ``name``."""
    words = [_slug(x) for x in name.split() if _slug(x)]
    if not words:
        return f"post{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"
    if any(x in name for x in ("GmbH", " eG", " KG", "Hausverwaltung", "Söhne")):
        return f"{rng.choice(('info', 'vermietung', 'verwaltung'))}@{'-'.join(words[:2])}.de"
    first, last = words[0], words[-1]
    local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{last}.{first}",
                        f"{first}{last}{rng.randint(1, 99)}", f"{first}_{last}"))
    return f"{local}@{rng.choice(DOMAINS)}"


def _office_mail(unit: str, city: str) -> str:
    return f"{MAIL_UNITS.get(unit, 'post')}@{_slug(city)}.de"


def _phone(rng: random.Random) -> str:
    return rng.choice((f"0{rng.randint(151, 179)} {rng.randint(1000000, 9999999)}",
                       f"+49 {rng.randint(151, 179)} {rng.randint(100, 999)} "
                       f"{rng.randint(1000, 9999)}",
                       f"0{rng.randint(201, 241)}/{rng.randint(100000, 999999)}"))


AREAS: Final = {"Bochum": "0234", "Essen": "0201", "Dortmund": "0231", "Gelsenkirchen": "0209",
                "Herne": "02323", "Witten": "02302", "Hattingen": "02324",
                "Mülheim an der Ruhr": "0208"}


def _office_phone(city: str, rng: random.Random) -> str:
    """A city office's extension."""
    area = AREAS.get(city, "0234")
    return rng.choice((f"{area} {rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                       f"({area}) {rng.randint(100, 999)} {rng.randint(10, 99)}",
                       f"{area}/{rng.randint(100, 999)}-{rng.randint(100, 999)}"))


def _signature(pen: Pen, x: float, y: float, rng: random.Random) -> None:
    """A hand-written signature: a few connected loops."""
    c = pen.c
    c.saveState()
    c.setLineWidth(rng.uniform(0.5, 0.9))
    c.setStrokeColorRGB(0.08, 0.1, rng.uniform(0.3, 0.6))
    path = c.beginPath()
    path.moveTo(x, y)
    cx, cy = x, y
    for _ in range(rng.randint(4, 6)):
        dx = rng.uniform(7, 17)
        path.curveTo(cx + dx * 0.3, cy + rng.uniform(5, 11), cx + dx * 0.7,
                     cy - rng.uniform(3, 7), cx + dx, cy + rng.uniform(-2, 2))
        cx, cy = cx + dx, cy + rng.uniform(-2, 2)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _seal(pen: Pen, cx: float, cy: float, r: float, gray: float) -> None:
    """An embossed-looking office seal: rings, a rim of ticks and a star in the middle."""
    c = pen.c
    c.saveState()
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    c.setLineWidth(0.7)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.78, stroke=1, fill=0)
    for k in range(36):
        a = 2 * math.pi * k / 36
        c.line(cx + r * 0.8 * math.cos(a), cy + r * 0.8 * math.sin(a),
               cx + r * 0.95 * math.cos(a), cy + r * 0.95 * math.sin(a))
    path = c.beginPath()
    for k in range(10):
        a = math.pi / 2 + math.pi * k / 5
        rr = r * (0.45 if k % 2 == 0 else 0.2)
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        if k == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _card_size(r: Identity, part: str, scale: float) -> tuple[float, float]:
    """Width and height of the copy ``draw_passport`` / ``draw_card`` draws at ``scale``."""
    if r.mrz_format == "TD3":
        return 125 * MM * scale, 88 * MM * scale
    one = 54 * MM * scale
    return 85.6 * MM * scale, (one if part in ("front", "back") else 2 * one + 14 * scale)


def _draw_copy(pen: Pen, r: Identity, part: str, x: float, top: float, scale: float,
               style: str, rng: random.Random, paper: bool) -> None:
    """The document (or one side of a card) with its top-left corner at (x, top); ``paper``
    puts white card stock under it (for a photo on a darker background)."""
    w, h = _card_size(r, part, scale)
    c = pen.c
    if paper:
        c.saveState()
        c.setFillGray(1)
        one = 54 * MM * scale
        if r.mrz_format == "TD1" and part == "both":
            c.roundRect(x, top - one, w, one, 8 * scale, stroke=0, fill=1)
            c.roundRect(x, top - h, w, one, 8 * scale, stroke=0, fill=1)
        else:
            c.roundRect(x, top - h, w, h, 6 * scale, stroke=0, fill=1)
        c.restoreState()
    if r.mrz_format == "TD3":
        draw_passport(pen, r, x, top, scale, style, rng)
    else:
        draw_card(pen, r, x, top, scale, style, rng, back_only=part == "back",
                  front_only=part == "front")


VIZ_STYLES: Final = ("numeric", "icao", "long_zero", "numeric")


# --- email: a printed e-mail -------------------------------------------------------------------

@dataclass(slots=True)
class Para:
    text: str
    tone: str = "body"  # body | bold | grey | mono | small | big
    gap: bool = True  # an empty line after it


@dataclass(slots=True)
class Pairs:
    rows: list[tuple[str, str]]
    bullet: str
    align: bool
    mono: bool = False
    gap: bool = True


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    mono: bool
    fallback: Pairs


@dataclass(slots=True)
class Quote:
    lines: list[str]  # "" is an empty quoted line


@dataclass(slots=True)
class Photo:
    record: Identity
    part: str  # both | front | back (a card), page (a passport)


@dataclass(slots=True)
class Break:
    """Start a new page here (a document the plan wants on two pages)."""


Item = Para | Pairs | Table | Quote | Photo | Break


@dataclass(slots=True)
class Meta:
    subject: str
    sender: str
    sender_addr: str
    to: str
    to_addr: str
    cc: str
    attach: str
    sent: date
    sent_time: tuple[int, int]
    printed: date
    printed_time: tuple[int, int]
    owner: str
    url: str
    title: str


Draw = Callable[[float], None]


@dataclass(slots=True)
class Block:
    height: float
    draw: Draw
    brk: bool = False  # a page starts with this block
    spacer: bool = False  # an empty line, left out at the top of a page


def _spacer(height: float) -> Block:
    return Block(height, lambda top: None, spacer=True)


class _Em:
    """Per-document habits of the ``email`` layout (sizes shrink to fit the pages)."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.client = rng.choice(("outlook", "thunderbird", "webmail"))
        self.size = rng.choice((9.5, 10.0, 10.5, 11.0))
        self.lead = rng.uniform(1.25, 1.42)
        self.bullet = rng.choice(("- ", "• ", "* ", "– ", "", "· "))
        self.align = rng.random() < 0.45
        self.mono = _ttf(*rng.choice(MONO_FACES))
        self.quote_mono = rng.random() < 0.3
        self.quote_colour = rng.choice(((0.1, 0.2, 0.55), (0.35, 0.35, 0.35), (0.0, 0.0, 0.0)))
        self.blue = rng.random() < 0.6
        self.para_gap = rng.choice((0.45, 0.7, 1.0))
        self.sep = rng.choice((": ", ": ", " : ", ":  "))
        self.inline_sep = rng.choice((", ", "; ", " / ", " | "))
        self.header_size = rng.choice((9.0, 9.5, 10.0))
        self.scale = 1.0  # a photo's scale (identity documents)

    @property
    def line_h(self) -> float:
        return self.size * self.lead

    def shrink(self) -> bool:
        if self.para_gap > 0.3:
            self.para_gap -= 0.25
        elif self.lead > 1.2:
            self.lead = max(1.16, self.lead - 0.08)
        elif self.size > 8.0:
            self.size -= 0.5
        else:
            return False
        return True

    def font(self, tone: str) -> str:
        if tone in ("bold", "big"):
            return self.pen.faces.bold
        if tone == "mono":
            return self.mono
        return self.pen.faces.regular

    def tone_size(self, tone: str) -> float:
        return {"small": self.size - 1.5, "big": self.size + 3, "mono": self.size - 0.5}.get(
            tone, self.size)


def _em_text(em: _Em, x: float, y: float, s: str, size: float, font: str,
             colour: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> float:
    c = em.pen.c
    c.setFillColorRGB(*colour)
    c.setFont(font, size)
    c.drawString(x, y, s)
    c.setFillGray(0)
    return x + float(c.stringWidth(s, font, size))


def _para_blocks(em: _Em, p: Para) -> list[Block]:
    pen = em.pen
    font, size = em.font(p.tone), em.tone_size(p.tone)
    colour = (0.4, 0.4, 0.4) if p.tone in ("grey", "small") else (0.0, 0.0, 0.0)
    lh = size * em.lead
    out = []
    for line in _wrap(p.text, font, size, pen.width):
        def draw(top: float, line: str = line) -> None:
            _em_text(em, pen.left, top - size, line, size, font, colour)
        out.append(Block(lh, draw))
    if p.gap:
        out.append(_spacer(em.line_h * em.para_gap))
    return out


def _pairs_blocks(em: _Em, p: Pairs) -> list[Block]:
    pen = em.pen
    size = em.size - (0.5 if p.mono else 0)
    label_font = em.mono if p.mono else pen.faces.regular
    value_font = em.mono if p.mono else pen.faces.regular
    lh = size * em.lead
    bx = pen.left + (12 if p.bullet else 0)
    tab = 0.0
    if p.align:
        widest = max(pen.measure(f"{label}:", size, font=label_font) for label, _ in p.rows)
        tab = min(widest + 10, pen.width * 0.45)
    out = []
    for label, value in p.rows:
        head = f"{label}{em.sep}" if label else ""
        if p.align:
            vx = bx + tab
            label_lines = _wrap(f"{label}:", label_font, size, tab - 6) if label else []
        else:
            vx = bx + pen.measure(head, size, font=label_font)
            label_lines = [head]
        value_lines = _wrap(value, value_font, size, pen.right - vx)
        if not p.align and len(value_lines) > 1:  # wrap the whole fragment instead
            label_lines = []
            value_lines = _wrap(head + value, value_font, size, pen.right - bx)
            vx = bx
        rows = max(len(label_lines), len(value_lines))

        def draw(top: float, label_lines: list[str] = label_lines,
                 value_lines: list[str] = value_lines, vx: float = vx) -> None:
            y = top - size
            if p.bullet:
                _em_text(em, pen.left, y, p.bullet.strip(), size, pen.faces.regular)
            for k, line in enumerate(label_lines):
                _em_text(em, bx, y - k * lh, line, size, label_font)
            for k, line in enumerate(value_lines):
                _em_text(em, vx, y - k * lh, line, size, value_font)
        out.append(Block(rows * lh, draw))
    if p.gap:
        out.append(_spacer(em.line_h * em.para_gap))
    return out


def _table_blocks(em: _Em, t: Table) -> list[Block] | None:
    """A small table pasted as aligned columns; ``None`` when it is too wide."""
    pen = em.pen
    size = em.size - 1
    font = em.mono if t.mono else pen.faces.regular
    head_font = em.mono if t.mono else pen.faces.bold
    cols = len(t.headers)
    widths = []
    for k in range(cols):
        cells = [pen.measure(t.headers[k], size, font=head_font)]
        cells += [pen.measure(row[k], size, font=font) for row in t.rows]
        widths.append(max(cells) + 14)
    if sum(widths) - 14 > pen.width:
        return None
    lh = size * em.lead
    xs = [pen.left + sum(widths[:k]) for k in range(cols)]

    def header(top: float) -> None:
        for k, text in enumerate(t.headers):
            _em_text(em, xs[k], top - size, text, size, head_font)
        if not t.mono:
            pen.hline(pen.left, pen.left + sum(widths) - 14, top - size - 3.2, 0.4)
    out = [Block(lh + 2, header)]
    for row in t.rows:
        def draw(top: float, row: list[str] = row) -> None:
            for k, text in enumerate(row):
                _em_text(em, xs[k], top - size, text, size, font)
        out.append(Block(lh, draw))
    out.append(_spacer(em.line_h * em.para_gap))
    return out


def _quote_blocks(em: _Em, q: Quote) -> list[Block]:
    pen = em.pen
    size = em.size - (1.0 if em.quote_mono else 0.5)
    font = em.mono if em.quote_mono else pen.faces.regular
    lh = size * em.lead
    out = []
    prefix = "> "
    px = pen.measure(prefix, size, font=font)
    for body in q.lines:
        for line in _wrap(body, font, size, pen.width - px) if body else [""]:
            def draw(top: float, line: str = line, prefix: str = prefix, px: float = px) -> None:
                _em_text(em, pen.left, top - size, prefix.rstrip(), size, font, em.quote_colour)
                _em_text(em, pen.left + px, top - size, line, size, font, em.quote_colour)
            out.append(Block(lh, draw))
    return out


def _photo_block(em: _Em, r: Identity, part: str, rng: random.Random) -> Block:
    """A phone photo of the document on a table, embedded under the text."""
    pen = em.pen
    w, h = _card_size(r, part, em.scale)
    pad = rng.uniform(8, 16)
    bg = rng.uniform(0.72, 0.86)
    angle = rng.uniform(-1.0, 1.0)
    offset = rng.uniform(0, max(0.0, pen.width - w - 2 * pad))
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    scale = em.scale

    def draw(top: float) -> None:
        c = pen.c
        cx = pen.left + offset + pad + w / 2
        cy = top - 6 - pad - h / 2
        c.saveState()
        c.translate(cx, cy)
        c.rotate(angle)
        c.setFillGray(bg)
        c.rect(-w / 2 - pad, -h / 2 - pad, w + 2 * pad, h + 2 * pad, stroke=0, fill=1)
        c.setFillGray(0)
        _draw_copy(pen, r, part, -w / 2, h / 2, scale, style, random.Random(seed), True)
        c.restoreState()
    return Block(h + 2 * pad + 14, draw)


def _em_blocks(em: _Em, items: list[Item], rng: random.Random) -> list[Block]:
    sub = random.Random(rng.getrandbits(32))
    out: list[Block] = []
    brk = False
    for item in items:
        if isinstance(item, Break):
            brk = True
            continue
        if isinstance(item, Para):
            blocks = _para_blocks(em, item)
        elif isinstance(item, Pairs):
            blocks = _pairs_blocks(em, item)
        elif isinstance(item, Table):
            blocks = _table_blocks(em, item) or _pairs_blocks(em, item.fallback)
        elif isinstance(item, Quote):
            blocks = _quote_blocks(em, item)
        else:
            blocks = [_photo_block(em, item.record, item.part, sub)]
        if brk and blocks:
            blocks[0].brk = True
            brk = False
        out += blocks
    return out


def _em_paginate(blocks: list[Block], first_top: float, other_top: float, bottom: float
                 ) -> list[list[tuple[Block, float]]]:
    pages: list[list[tuple[Block, float]]] = [[]]
    y = first_top
    for b in blocks:
        if pages[-1] and (b.brk or y - b.height < bottom):
            pages.append([])
            y = other_top
        if not pages[-1] and b.spacer:  # no empty line atop a page
            continue
        pages[-1].append((b, y))
        y -= b.height
    return pages


def _stamp(d: date, t: tuple[int, int], style: int) -> str:
    hh, mm = t
    clock = f"{hh:02d}:{mm:02d}"
    if style == 0:
        return f"{WEEKDAYS_LONG[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year} {clock}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}, {clock}"
    weekday = WEEKDAYS_SHORT[d.weekday()].rstrip(".")
    return f"{weekday}, {d.day:02d}.{d.month:02d}.{d.year} um {clock}"


def _print_stamp(meta: Meta) -> str:
    d, (hh, mm) = meta.printed, meta.printed_time
    return f"{d.day:02d}.{d.month:02d}.{d.year} {hh:02d}:{mm:02d}"


def _header_rows(meta: Meta, w: Extra5Wording, client: int) -> list[tuple[str, str, bool]]:
    """(label, value, is a link) of the mail header, in the client's order."""
    sender = f"{meta.sender} <{meta.sender_addr}>"
    to = f"{meta.to} <{meta.to_addr}>" if meta.to else meta.to_addr
    rows = [(w.header("from"), sender, True), (w.header("date"), _stamp(meta.sent,
            meta.sent_time, client), False), (w.header("to"), to, True)]
    if meta.cc:
        rows.append((w.header("cc"), meta.cc, True))
    rows.append((w.header("subject"), meta.subject, False))
    if meta.attach:
        rows.append((w.header("attach"), meta.attach, False))
    if client == 1:  # subject first
        rows.insert(0, rows.pop(-2 if meta.attach else -1))
    return rows


def _mail_header(em: _Em, meta: Meta, w: Extra5Wording) -> tuple[float, Draw]:
    """The client's header block on page 1: its height and how to draw it (top at the page's
    top margin)."""
    pen = em.pen
    size = em.header_size
    lh = size * 1.4
    client = ("outlook", "thunderbird", "webmail").index(em.client)
    rows = _header_rows(meta, w, client)
    link = (0.05, 0.25, 0.7) if em.blue else (0.0, 0.0, 0.0)
    if em.client == "webmail":
        subject_size = size + 5
        subj_lines = _wrap(meta.subject, pen.faces.bold, subject_size, pen.width)
        stamp = _stamp(meta.sent, meta.sent_time, client)
        extra = [(lbl, val) for lbl, val, _ in rows if lbl in (w.header("cc"),
                                                               w.header("attach"))]
        height = len(subj_lines) * subject_size * 1.3 + 2 * lh + len(extra) * lh + 16

        def draw_web(top: float) -> None:
            y = top - subject_size
            for line in subj_lines:
                pen.text(pen.left, y, line, subject_size, bold=True)
                y -= subject_size * 1.3
            y -= 4
            x = pen.text(pen.left, y, meta.sender, size, bold=True)
            _em_text(em, x + 4, y, f"<{meta.sender_addr}>", size, pen.faces.regular, link)
            pen.c.setFillGray(0.35)
            pen.c.setFont(pen.faces.regular, size - 0.5)
            pen.c.drawRightString(pen.right, y, stamp)
            pen.c.setFillGray(0)
            y -= lh
            x = _em_text(em, pen.left, y, f"{w.header('to')}: ", size - 0.5, pen.faces.regular,
                         (0.35, 0.35, 0.35))
            _em_text(em, x, y, meta.to_addr, size - 0.5, pen.faces.regular, link)
            for label, value in extra:
                y -= lh
                x = _em_text(em, pen.left, y, f"{label}: ", size - 0.5, pen.faces.regular,
                             (0.35, 0.35, 0.35))
                _em_text(em, x, y, value, size - 0.5, pen.faces.regular)
            pen.c.setStrokeGray(0.7)
            pen.hline(pen.left, pen.right, y - 8, 0.6)
            pen.c.setStrokeGray(0)
        return height, draw_web
    label_w = max(pen.measure(f"{label}:", size, bold=True) for label, _, _ in rows) + 12
    vw = pen.width - label_w - (8 if em.client == "thunderbird" else 0)
    wrapped = [(label, _wrap(value, pen.faces.regular, size, vw), is_link)
               for label, value, is_link in rows]
    rows_h = sum(len(lines) for _, lines, _ in wrapped) * lh
    if em.client == "outlook":
        owner_size = size + 3.5
        height = owner_size + 10 + rows_h + 14

        def draw_outlook(top: float) -> None:
            pen.text(pen.left, top - owner_size, meta.owner, owner_size, bold=True)
            y = top - owner_size - 6
            pen.hline(pen.left, pen.right, y, 2.2)
            y -= 4
            for label, lines, is_link in wrapped:
                y -= lh
                pen.text(pen.left, y, f"{label}:", size, bold=True)
                for k, line in enumerate(lines):
                    if k:
                        y -= lh
                    _em_text(em, pen.left + label_w, y, line, size, pen.faces.regular,
                             link if is_link else (0.0, 0.0, 0.0))
        return height, draw_outlook
    height = rows_h + 22

    def draw_thunderbird(top: float) -> None:
        pen.c.saveState()
        pen.c.setFillGray(0.93)
        pen.c.rect(pen.left, top - rows_h - 10, pen.width, rows_h + 10, stroke=0, fill=1)
        pen.c.restoreState()
        y = top - 5
        for label, lines, is_link in wrapped:
            y -= lh
            pen.right_text(pen.left + label_w, y, f"{label}:", size, bold=True)
            for k, line in enumerate(lines):
                if k:
                    y -= lh
                _em_text(em, pen.left + label_w + 8, y, line, size, pen.faces.regular,
                         link if is_link else (0.0, 0.0, 0.0))
    return height, draw_thunderbird


def _em_furniture(em: _Em, meta: Meta, page: int, pages: int) -> None:
    """The client's print furniture: page count and print time."""
    pen = em.pen
    c = pen.c
    size = 7.5
    stamp = _print_stamp(meta)
    c.saveState()
    c.setFillGray(0.25)
    c.setFont(pen.faces.regular, size)
    if em.client == "webmail":
        c.drawString(28, PAGE_H - 20, f"{stamp}")
        c.drawCentredString(PAGE_W / 2, PAGE_H - 20, meta.title[:70])
        c.drawString(28, 18, meta.url)
        c.drawRightString(PAGE_W - 28, 18, f"{page}/{pages}")
    elif em.client == "outlook":
        c.drawCentredString(PAGE_W / 2, 24, f"Seite {page} von {pages}")
        c.drawRightString(pen.right, 24, f"Gedruckt: {stamp}")
    else:
        c.drawString(pen.left, 24, f"{page} von {pages}")
        c.drawRightString(pen.right, 24, f"{stamp} Uhr")
    c.restoreState()


# --- email content --------------------------------------------------------------------------------

def _joined(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " und " + names[-1]


def _field_pairs(f: Fld) -> list[tuple[str, str]]:
    if f.lines:
        return [(f.label, f.lines[0]), *(("", t) for t in f.lines[1:])]
    return [(f.label, f.text)]


def _sentences(g: Grp, rng: random.Random, landlord: bool) -> list[str]:
    """The group as sentences; its address (in any mode) and its tenants become one sentence
    each."""
    out: list[str] = []
    said_address = False
    for f in g.fields:
        if f.key in ADDRESS_KEYS and g.address is not None:
            if not said_address:
                key = g.line_key
                table = PROSE_LANDLORD if landlord and key in PROSE_LANDLORD else PROSE_SELF
                out.append(rng.choice(table[key]).format(v=g.address.line))
                said_address = True
            continue
        if f.key == "tenant_each":
            continue
        if f.key == "nationality":
            if f.prose:
                out.append(rng.choice(PROSE_SELF["nationality_prose"]).format(v=f.prose))
            else:
                out.append(f"{f.label}: {f.text}.")
            continue
        value = _joined(f.lines) if f.lines else (f.prose or f.text)
        if landlord and f.key in PROSE_LANDLORD:
            out.append(rng.choice(PROSE_LANDLORD[f.key]).format(v=value))
        elif f.key in PROSE_SELF:
            out.append(rng.choice(PROSE_SELF[f.key]).format(v=value))
        else:
            out.append(f"{f.label}: {f.text}.")
    names = tuple(f.value for f in g.fields if f.key == "tenant_each")
    if names:
        out.append(rng.choice(PROSE_LANDLORD["tenant_names"]).format(v=_joined(names)))
    return out


def _group_items(em: _Em, g: Grp, mode: str, landlord: bool, rng: random.Random) -> list[Item]:
    fields = [f for f in g.fields if f.text or f.lines]
    if mode == "prose":
        return [Para(" ".join(_sentences(Grp(g.key, g.title, fields, g.address, g.line_key),
                                          rng, landlord)))]
    rows = [pair for f in fields for pair in _field_pairs(f)]
    if mode == "inline":
        parts = [f"{label}{em.sep}{value}" if label else value for label, value in rows]
        return [Para(f"{g.title}: " + em.inline_sep.join(parts))]
    return [Para(f"{g.title}:", gap=False), Pairs(rows, em.bullet, em.align)]


def _signature_items(closing: str, name: str, lines: list[str], dash: bool) -> list[Item]:
    """The closing words, the typed name, and a signature block (after ``-- ``) when there is
    more than the name to sign with."""
    out: list[Item] = [Para(closing, gap=False), Para(name, gap=False)]
    if lines and dash:
        out += [Para("", gap=False), Para("-- ", gap=False), Para(name, gap=False)]
    out += [Para(line, gap=False) for line in lines]
    out.append(Para("", gap=False))
    return out


def _quote(record: Record, meta_sent: date, office: str, unit: str, city: str,
           rng: random.Random, avoid: set[str]) -> list[Item]:
    """The office's earlier message, quoted with ``>``: a clerk, a case reference and dates
    that are none of the truth's values."""
    clerk = random_name(rng, avoid)
    earlier = other_day(record, meta_sent - timedelta(days=rng.randint(4, 25)), rng, 2)
    deadline = other_day(record, meta_sent + timedelta(days=rng.randint(5, 20)), rng, 3)
    hh, mm = rng.randint(8, 16), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    case = rng.choice((f"Az.: {rng.randint(30, 39)}.{rng.randint(1, 9)}-"
                       f"{rng.randint(1000, 99999)}/{earlier.year % 100:02d}",
                       f"Vorgangsnummer {earlier.year}-{rng.randint(1, 999999):07d}",
                       f"Unser Zeichen: {_slug(unit)[:3].upper()}/{rng.randint(100, 9999)}",
                       f"Ticket #{rng.randint(100000, 999999)}"))
    body = rng.choice(QUOTE_BODIES).format(
        deadline=f"{deadline.day:02d}.{deadline.month:02d}.{deadline.year}",
        time=f"{hh:02d}:{mm:02d}", room=f"{rng.randint(1, 4)}.{rng.randint(10, 99)}")
    head = rng.choice((f"Am {earlier.day:02d}.{earlier.month:02d}.{earlier.year} um "
                       f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d} schrieb {office}:",
                       f"{office} schrieb am {earlier.day}. {MONTHS[earlier.month - 1]} "
                       f"{earlier.year}:"))
    lines = [rng.choice(("Guten Tag,", "Sehr geehrte Damen und Herren,")), "", body, "", case]
    if rng.random() < 0.5:
        lines.append(f"Sachbearbeitung: {random_name(rng, avoid)}")
    lines += ["", "Mit freundlichen Grüßen", "Im Auftrag", clerk, unit, f"Stadt {city}"]
    return [Para(head, tone="grey", gap=False), Quote(lines)]


def _application_items(em: _Em, record: Record, s: Style, rng: random.Random, doc_type: str
                       ) -> tuple[Doc, str, list[str], list[Item], list[int]]:
    """The body of a citizen's, a landlord's or a car owner's e-mail: (doc, sender, signature
    lines, items, where each group starts)."""
    doc = build_doc(record, s, rng, doc_type)
    landlord = isinstance(record, Wohnungsgeber)
    items: list[Item] = [Para(rng.choice(GREETINGS)), Para(rng.choice(INTROS[doc_type]))]
    weights = (0.45, 0.2, 0.35)
    starts = []
    for g in doc.groups:
        mode = rng.choices(("list", "inline", "prose"), weights)[0]
        starts.append(len(items))
        items += _group_items(em, g, mode, landlord, rng)
    starts.append(len(items))
    items.append(Para(rng.choice(THANKS)))
    if isinstance(record, Wohnungsgeber):
        sender = record.landlord_name
        sig = [record.landlord_address.line, f"Tel. {_phone(rng)}"]
    elif isinstance(record, Anmeldung):
        sender = record.person.full
        a = record.address
        sig = [a.street_line, a.city_line] if rng.random() < 0.6 else []
        if record.phone and rng.random() < 0.6:
            sig.append(f"Mobil: {record.phone}")
    elif isinstance(record, Zulassung):
        sender = record.holder.full
        sig = [f"Tel. {_phone(rng)}"] if rng.random() < 0.5 else []
    else:
        assert isinstance(record, Aufenthalt)
        sender = record.person.full
        sig = [f"Tel. {_phone(rng)}"] if rng.random() < 0.5 else []
    return doc, sender, sig, items, starts


def _extract_items(em: _Em, record: Geburt | Ehe | Sterbe, s: Style, rng: random.Random,
                   doc_type: str, sender_addr: str, received: date, avoid: set[str]
                   ) -> list[Item]:
    """A forwarded register extract: the registry office's mail with key lines, aligned
    columns or a small table."""
    w = _words(s)
    office = f"Standesamt {record.office}"
    clerk = random_name(rng, avoid)
    mono = rng.random() < 0.45
    mode = rng.choice(("colon", "tab", "table"))
    header = [(w.header("from"), f"{office} <{_office_mail('Standesamt', record.office)}>"),
              (w.header("date"), f"{received.day:02d}.{received.month:02d}.{received.year}, "
                                 f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"),
              (w.header("subject"), rng.choice(REGISTER_HEADINGS[doc_type])),
              (w.header("to"), sender_addr)]
    items: list[Item] = [Para(rng.choice(FORWARD_MARKS), tone="grey", gap=False),
                         Pairs(header, "", False, gap=True)]
    items.append(Para(rng.choice(("Guten Tag,", "Sehr geehrte Antragstellerin, sehr geehrter "
                                  "Antragsteller,"))))
    items.append(Para(rng.choice((
        "wie gewünscht erhalten Sie nachstehend die Angaben aus dem Register.",
        "anbei der angeforderte Auszug. Die beglaubigte Urkunde geht Ihnen per Post zu.",
    ))))
    items.append(Para(rng.choice(REGISTER_HEADINGS[doc_type]), tone="bold"))
    r = w.register
    rows: list[tuple[str, str]] = []
    table: Table | None = None
    if isinstance(record, Geburt):
        c = record.child
        rows = [(r("family_name"), c.family), (r("given_names"), c.given),
                (r("sex"), sex_word(c.sex, s.sex_mode)), (r("dob"), s.date(c.dob)),
                (r("birth_time"), f"{record.birth_time} Uhr"), (r("pob"), c.pob),
                (r("mother"), record.mother)]
        if record.father:
            rows.append((r("father"), record.father))
        if mode == "table":
            keys = rows[:4]
            table = Table([k for k, _ in keys], [[v for _, v in keys]], mono,
                          Pairs(keys, "", True, mono, gap=False))
            rows = rows[4:]
    elif isinstance(record, Ehe):
        spouse = r("spouse")
        pairs = [(record.spouse1, record.spouse2)]
        if mode == "table":
            sp1, sp2 = pairs[0]
            body = [[r("family_name"), sp1.family, sp2.family],
                    [r("given_names"), sp1.given, sp2.given],
                    [r("dob"), s.date(sp1.dob), s.date(sp2.dob)],
                    [r("pob"), sp1.pob, sp2.pob]]
            flat = [(f"{spouse} {k} – {row[0]}", row[k]) for k in (1, 2) for row in body]
            table = Table(["", f"{spouse} 1", f"{spouse} 2"], body, mono,
                          Pairs(flat, "", True, mono, gap=False))
        else:
            for k, sp in enumerate((record.spouse1, record.spouse2), 1):
                rows += [(f"{spouse} {k} – {r('family_name')}", sp.family),
                         (f"{spouse} {k} – {r('given_names')}", sp.given),
                         (f"{spouse} {k} – {r('dob')}", s.date(sp.dob)),
                         (f"{spouse} {k} – {r('pob')}", sp.pob)]
        rows += [(r("marriage_date"), s.date(record.marriage_date)),
                 (r("marriage_place"), record.marriage_place)]
    else:
        p = record.person
        rows = [(r("family_name"), p.family), (r("given_names"), p.given),
                (r("dob"), s.date(p.dob)), (r("pob"), p.pob),
                (r("date_of_death"), s.date(record.date_of_death)),
                (r("place_of_death"), record.place_of_death)]
        if rng.random() < 0.5:
            rows.append((r("last_residence"), record.last_residence))
        if mode == "table":
            keys = rows[:4]
            table = Table([k for k, _ in keys], [[v for _, v in keys]], mono,
                          Pairs(keys, "", True, mono, gap=False))
            rows = rows[4:]
    closing_line = rng.random() < 0.4
    rows += [(r("registry_office"), office), (r("register_number"), record.register)]
    if not closing_line:
        rows.append((r("issue_date"), s.date(record.issue)))
    if table is not None:
        items.append(table)
    items.append(Pairs(rows, "", mode != "colon", mono))
    if closing_line:
        items.append(Para(f"{record.office}, den {s.date(record.issue)}"))
    items += [Para("Mit freundlichen Grüßen", gap=False), Para("Im Auftrag", gap=False),
              Para(clerk, gap=False), Para(office, gap=False),
              Para(f"Tel. {_office_phone(record.office, rng)}", gap=True)]
    return items


def _meta(record: Record, rng: random.Random, subject: str, sender: str, unit: str, city: str,
          anchor: date, attach: str, prefixes: tuple[str, ...]) -> Meta:
    sent = other_day(record, anchor, rng, 5)
    printed = other_day(record, sent + timedelta(days=rng.randint(0, 4)), rng, 2)
    prefix = rng.choice(prefixes)
    owner = rng.choice((f"{unit} {city}", f"Stadt {city} – {unit}",
                        f"{unit} (Funktionspostfach)"))
    to_addr = _office_mail(unit, city)
    cc = ""
    if rng.random() < 0.2:
        cc = mail_address(random_name(rng, _truth_words(record)), rng)
    host = rng.choice(("mail.", "webmail.", "owa."))
    uid = rng.randint(1000, 99999)
    url = f"https://{host}{_slug(city)}.de/?_task=mail&_uid={uid}&_action=print"
    title = rng.choice((f"{prefix}{subject} – Webmail", f"Posteingang – {unit} {city}",
                        f"Roundcube Webmail :: {prefix}{subject}"))
    return Meta(prefix + subject, sender, mail_address(sender, rng),
                rng.choice((unit, f"{unit} {city}", "")), to_addr, cc, attach, sent,
                (rng.randint(6, 22), rng.randint(0, 59)), printed,
                (rng.randint(7, 17), rng.randint(0, 59)), owner, url, title)


def draw_email(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    """One document of the ``email`` layout."""
    em = _Em(pen, rng)
    w = _words(s)
    avoid = _truth_words(record)
    subject = w.title(doc_type)
    two = pages == 2
    tail: list[Item] = []
    if isinstance(record, Identity):
        unit = rng.choice(UNITS[doc_type])
        city = record.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen",
                                                                      "Dortmund", "Herne"))
        sender = record.person.full
        anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
        stem = rng.choice(("IMG_", "Scan_", "Foto_", "WhatsApp Image "))
        attach = f"{stem}{rng.randint(1000, 9999)}.jpg ({rng.randint(180, 3900)} KB)"
        card = record.mrz_format == "TD1"
        quoted = (two and not card) or rng.random() < 0.3
        meta = _meta(record, rng, subject, sender, unit, city, anchor, attach,
                     ("AW: ", "Re: ") if quoted else ("", "", "WG: "))
        items: list[Item] = [Para(rng.choice(GREETINGS)), Para(rng.choice(INTROS[doc_type]))]
        items += _signature_items(rng.choice(CLOSINGS), sender, [], rng.random() < 0.4)
        if card and two:
            items += [Photo(record, "front"), Break(), Photo(record, "back")]
        else:
            items.append(Photo(record, "both" if card else "page"))
        quote = _quote(record, meta.sent, f"{unit} {city}", unit, city, rng, avoid)
        if two and not card:  # the request for the copy on page 2
            items += [Break(), *quote]
        elif quoted:
            tail = quote
        em.scale = rng.uniform(1.0, 1.3) if not card else rng.uniform(1.05, 1.45)
    elif isinstance(record, (Geburt, Ehe, Sterbe)):
        unit = rng.choice(UNITS["anmeldung"])
        city = record.office
        if isinstance(record, Geburt):
            family_name = record.child.family
        elif isinstance(record, Ehe):
            family_name = record.spouse1.family
        else:
            family_name = record.person.family
        sender = random_name(rng, avoid, family_name if " " not in family_name and
                             rng.random() < 0.6 else None)
        received = other_day(record, record.issue + timedelta(days=1), rng, 4)
        meta = _meta(record, rng, subject, sender, unit, city,
                     received + timedelta(days=rng.randint(0, 5)),
                     rng.choice(("", "", "Registerauszug.pdf")), ("WG: ", "Fwd: ", "WG: ", ""))
        items = [Para(rng.choice(GREETINGS)), Para(rng.choice(INTROS["certificate"]))]
        items += _signature_items(rng.choice(CLOSINGS), sender, [], rng.random() < 0.4)
        extract = _extract_items(em, record, s, rng, doc_type, meta.sender_addr, received,
                                 avoid)
        if two:
            items.append(Break())
        items += extract
    else:
        unit = rng.choice(UNITS[doc_type])
        doc, sender, sig, items, starts = _application_items(em, record, s, rng, doc_type)
        city = doc.city
        attach = rng.choice(("", "", "", "Mietvertrag_Auszug.pdf", "Scan_Unterlagen.pdf"))
        quoted = rng.random() < 0.55
        meta = _meta(record, rng, subject, sender, unit, city, doc.signed, attach,
                     ("AW: ", "Re: ", "AW: ") if quoted else ("", "", "", "WG: "))
        items += _signature_items(rng.choice(CLOSINGS), sender, sig, rng.random() < 0.5)
        if quoted:
            tail = _quote(record, meta.sent, f"{unit} {city}", unit, city, rng, avoid)
        if rng.random() < 0.25:
            tail.append(Para(rng.choice(DISCLAIMERS), tone="small"))
        if two:  # the mail runs on at a group (or at the closing words)
            items.insert(rng.choice(starts[-3:]), Break())
    _em_layout(em, meta, w, items, tail, pages, rng)


def _em_layout(em: _Em, meta: Meta, w: Extra5Wording, items: list[Item], tail: list[Item],
               pages: int, rng: random.Random) -> None:
    """Lay the mail out on exactly ``pages`` pages (shrinking, or leaving out the quoted
    message), then draw it with the header and the print furniture."""
    pen = em.pen
    pen.top = PAGE_H - rng.uniform(44, 60)
    pen.bottom = 48.0
    state = random.Random(rng.getrandbits(32)).getstate()
    photos = any(isinstance(x, Photo) for x in items)
    while True:
        sub = random.Random()
        sub.setstate(state)
        head_h, head_draw = _mail_header(em, meta, w)
        first_top = pen.top - head_h - 6
        body = items + tail
        blocks = _em_blocks(em, body, sub)
        laid = _em_paginate(blocks, first_top, pen.top, pen.bottom)
        if len(laid) == pages:
            break
        if len(laid) > pages and photos and em.scale > 0.8:
            em.scale -= 0.05
            continue
        if len(laid) > pages and em.shrink():
            continue
        if tail:
            tail = []
            continue
        break
    total = len(laid)
    for n, page in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        _em_furniture(em, meta, n, total)
        if n == 1:
            head_draw(pen.top)
        for block, top in page:
            block.draw(top)


# --- twoup: a booklet form, two A5 pages on one landscape sheet ---------------------------------

SHEET_W: Final[float] = float(PAGE_H)  # landscape A4
SHEET_H: Final[float] = float(PAGE_W)
HALF_W: Final[float] = SHEET_W / 2
ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def feed_turns(rng: random.Random) -> int:
    """How many quarter turns (counter-clockwise) a mailroom's scanner gives a sheet: most
    arrive upright, some turned by 90 degrees either way or upside down."""
    return rng.choice((0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3))


TBDraw = Callable[[float, float], None]  # (left x, top y)


@dataclass(slots=True)
class TBlock:
    height: float
    draw: TBDraw
    group: int = -1
    heading: bool = False  # keep with the next block


class _Tw:
    """Per-document habits of the ``twoup`` layout (sizes can shrink)."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.caps = rng.choice(("smallcaps", "grey", "smallcaps", "grey"))
        self.place = rng.choice(("above", "above", "left"))
        self.label_size = rng.choice((5.6, 6.0, 6.4))
        self.value_size = rng.choice((7.8, 8.2, 8.6, 9.0))
        self.title_size = rng.choice((11.0, 12.0, 13.0))
        self.rule = rng.choice(("line", "dotted", "box", "none"))
        self.section = rng.choice(("rule", "band", "box"))
        self.numbers = rng.choice(("arabic", "dot", "roman", "letter"))
        self.field_numbers = rng.random() < 0.35
        self.gap = rng.choice((3.0, 4.0, 5.0))
        self.label_share = rng.uniform(0.34, 0.42)
        self.frame = rng.choice(("none", "frame", "fold", "frame", "none"))
        self.pageno = rng.choice(("dash", "seite", "outer", "of"))
        self.grey = rng.uniform(0.3, 0.45)
        self.pair = rng.random() < 0.65
        self.tick = rng.choice(("x", "fill"))
        self.mo = rng.uniform(26, 34)
        self.mi = rng.uniform(22, 28)
        self.mt = rng.uniform(36, 44)
        self.mb = rng.uniform(36, 42)
        self.value_bold = rng.random() < 0.3

    @property
    def width(self) -> float:
        return HALF_W - self.mo - self.mi

    @property
    def top(self) -> float:
        return SHEET_H - self.mt - 6

    @property
    def bottom(self) -> float:
        return self.mb + 6

    def left(self, half: int, single: bool) -> float:
        if single:
            return (SHEET_W - HALF_W) / 2 + (self.mo + self.mi) / 2
        return self.mo if half == 0 else HALF_W + self.mi

    def shrink(self) -> bool:
        if self.gap > 2.0:
            self.gap -= 1.0
        elif self.value_size > 7.2:
            self.value_size -= 0.4
        elif self.label_size > 5.2:
            self.label_size -= 0.4
        else:
            return False
        return True

    @property
    def value_font(self) -> str:
        return self.pen.faces.bold if self.value_bold else self.pen.faces.regular


def _sc_runs(text: str, size: float) -> list[tuple[str, float]]:
    """Small capitals: upper-case letters at full size, lower-case ones as smaller capitals."""
    runs: list[tuple[str, float]] = []
    for ch in text:
        small = ch.islower()
        part = ch.upper() if small else ch
        sz = size * 0.8 if small else size
        if runs and runs[-1][1] == sz:
            runs[-1] = (runs[-1][0] + part, sz)
        else:
            runs.append((part, sz))
    return runs


def _label_width(tw: _Tw, text: str) -> float:
    pen = tw.pen
    size = tw.label_size
    if tw.caps == "smallcaps":
        return sum(pen.measure(part, sz) for part, sz in _sc_runs(text, size * 1.05))
    return pen.measure(text, size)


def _label_lines(tw: _Tw, text: str, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    for word in words:
        if lines and _label_width(tw, f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _draw_label(tw: _Tw, x: float, y: float, text: str) -> None:
    pen = tw.pen
    c = pen.c
    c.setFillGray(tw.grey if tw.caps == "grey" else 0.15)
    if tw.caps == "smallcaps":
        size = tw.label_size * 1.05
        font = pen.faces.regular
        for part, sz in _sc_runs(text, size):
            c.setFont(font, sz)
            c.drawString(x, y, part)
            x += float(c.stringWidth(part, font, sz))
    else:
        c.setFont(pen.faces.regular, tw.label_size)
        c.drawString(x, y, text)
    c.setFillGray(0)


def _tick_box(tw: _Tw, x: float, y: float, side: float, ticked: bool) -> None:
    c = tw.pen.c
    c.saveState()
    c.setLineWidth(0.5)
    c.rect(x, y, side, side, stroke=1, fill=0)
    if ticked:
        if tw.tick == "fill":
            c.rect(x + 1.3, y + 1.3, side - 2.6, side - 2.6, stroke=0, fill=1)
        else:
            c.setLineWidth(0.9)
            c.line(x + 1.2, y + 1.2, x + side - 1.2, y + side - 1.2)
            c.line(x + 1.2, y + side - 1.2, x + side - 1.2, y + 1.2)
    c.restoreState()


def _options_rows(tw: _Tw, f: Fld, width: float) -> list[list[int]]:
    side = tw.value_size * 0.8
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(f.options):
        need = side + 3 + tw.pen.measure(option, tw.value_size - 0.5) + 9
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += need
    return rows


def _value_lines(tw: _Tw, f: Fld, width: float) -> list[str]:
    if f.lines:
        return [line for t in f.lines for line in _wrap(t, tw.value_font, tw.value_size, width)]
    return _wrap(f.text, tw.value_font, tw.value_size, width)


def _cell_height(tw: _Tw, f: Fld, label: str, width: float) -> float:
    lab = len(_label_lines(tw, label, width - 5)) * tw.label_size * 1.15
    if f.options:
        body = len(_options_rows(tw, f, width - 5)) * tw.value_size * 1.5
    else:
        body = len(_value_lines(tw, f, width - 5)) * tw.value_size * 1.25
    return lab + body + 7


def _draw_cell(tw: _Tw, f: Fld, label: str, x: float, top: float, width: float,
               height: float) -> None:
    pen = tw.pen
    c = pen.c
    y = top - tw.label_size - 1.8
    for line in _label_lines(tw, label, width - 5):
        _draw_label(tw, x + 2.5, y, line)
        y -= tw.label_size * 1.15
    y -= tw.value_size * 0.95 - tw.label_size * 0.6
    if f.options:
        side = tw.value_size * 0.8
        for row in _options_rows(tw, f, width - 5):
            cx = x + 2.5
            for i in row:
                _tick_box(tw, cx, y - 0.5, side, i == f.chosen)
                cx = pen.text(cx + side + 3, y, f.options[i], tw.value_size - 0.5) + 9
            y -= tw.value_size * 1.5
    else:
        for line in _value_lines(tw, f, width - 5):
            pen.text(x + 2.5, y, line, tw.value_size, font=tw.value_font)
            y -= tw.value_size * 1.25
    c.saveState()
    c.setStrokeGray(0.35)
    if tw.rule == "line":
        pen.hline(x, x + width - 3, top - height + 2.5, 0.4)
    elif tw.rule == "dotted":
        c.setDash(0.8, 1.6)
        pen.hline(x, x + width - 3, top - height + 2.5, 0.5)
    elif tw.rule == "box":
        c.setLineWidth(0.4)
        c.rect(x, top - height + 1, width - 3, height - 1, stroke=1, fill=0)
    c.restoreState()


def _field_label(tw: _Tw, f: Fld, section: int, k: int) -> str:
    if not tw.field_numbers:
        return f.label
    return f"{_section_no(tw, section).rstrip('.')}.{k} {f.label}"


def _tw_fields(tw: _Tw, fields: list[Fld], group: int, section: int) -> list[TBlock]:
    """Fields as rows of cells (label above) or as label / value rows (label left)."""
    out: list[TBlock] = []
    width = tw.width
    numbered = [(f, _field_label(tw, f, section, k)) for k, f in enumerate(fields, 1)]
    if tw.place == "left":
        lw = width * tw.label_share
        for f, label in numbered:
            if f.options:
                h = _cell_height(tw, f, label, width)

                def draw_cell(x: float, top: float, f: Fld = f, label: str = label,
                              h: float = h) -> None:
                    _draw_cell(tw, f, label, x, top, width, h)
                out.append(TBlock(h + tw.gap, draw_cell, group))
                continue
            labels = _label_lines(tw, label, lw - 6)
            values = _value_lines(tw, f, width - lw - 4)
            h = max(len(labels) * tw.label_size * 1.2, len(values) * tw.value_size * 1.25) + 4

            def draw_row(x: float, top: float, labels: list[str] = labels,
                         values: list[str] = values, h: float = h) -> None:
                y = top - tw.value_size
                for k, line in enumerate(labels):
                    _draw_label(tw, x, y - k * tw.label_size * 1.2, line)
                for k, line in enumerate(values):
                    tw.pen.text(x + lw, y - k * tw.value_size * 1.25, line, tw.value_size,
                                font=tw.value_font)
                if tw.rule in ("line", "dotted", "box"):
                    c = tw.pen.c
                    c.saveState()
                    c.setStrokeGray(0.55)
                    c.setDash(0.8, 1.6)
                    tw.pen.hline(x, x + width - 3, top - h - tw.gap / 2 + 0.5, 0.4)
                    c.restoreState()
            out.append(TBlock(h + tw.gap, draw_row, group))
        return out
    k = 0
    while k < len(numbered):
        f, label = numbered[k]
        pair = (tw.pair and f.short and k + 1 < len(numbered) and numbered[k + 1][0].short
                and not f.options and not numbered[k + 1][0].options)
        cells = numbered[k:k + 2] if pair else [numbered[k]]
        k += len(cells)
        cw = width / len(cells)
        h = max(_cell_height(tw, cf, cl, cw) for cf, cl in cells)

        def draw(x: float, top: float, cells: list[tuple[Fld, str]] = cells, cw: float = cw,
                 h: float = h) -> None:
            for j, (cf, cl) in enumerate(cells):
                _draw_cell(tw, cf, cl, x + j * cw, top, cw, h)
        out.append(TBlock(h + tw.gap, draw, group))
    return out


def _section_no(tw: _Tw, k: int) -> str:
    if tw.numbers == "roman":
        return f"{ROMAN[k % len(ROMAN)]}."
    if tw.numbers == "letter":
        return chr(ord("A") + k)
    if tw.numbers == "dot":
        return f"{k + 1}."
    return str(k + 1)


def _tw_heading(tw: _Tw, title: str, k: int, group: int) -> TBlock:
    pen = tw.pen
    size = tw.value_size + 0.6
    number = _section_no(tw, k)
    width = tw.width
    height = size + 9

    def draw(x: float, top: float) -> None:
        c = pen.c
        base = top - size - 2.5
        if tw.section == "band":
            c.saveState()
            c.setFillGray(0.86)
            c.rect(x, top - height + 3, width - 3, height - 3, stroke=0, fill=1)
            c.restoreState()
            end = pen.text(x + 3, base, number, size, bold=True)
            pen.text(end + 6, base, title, size, bold=True)
        elif tw.section == "box":
            nw = pen.measure(number, size, bold=True) + 5
            c.rect(x, base - 2.5, nw, size + 3.5, stroke=0, fill=1)
            c.setFillGray(1)
            pen.text(x + 2.5, base, number, size, bold=True)
            c.setFillGray(0)
            pen.text(x + nw + 5, base, title, size, bold=True)
        else:
            end = pen.text(x, base, number, size, bold=True)
            pen.text(end + 6, base, title, size, bold=True)
            pen.hline(x, x + width - 3, base - 3.2, 0.6)
    return TBlock(height + 2, draw, group, heading=True)


def _tw_title(tw: _Tw, doc: Doc, intro: str, form_no: str) -> TBlock:
    pen = tw.pen
    size = tw.title_size
    lines = _wrap(doc.title, pen.faces.bold, size, tw.width)
    intro_lines = _wrap(intro, pen.faces.regular, tw.label_size + 0.8, tw.width) if intro else []
    height = 16 + len(lines) * size * 1.25 + len(intro_lines) * (tw.label_size + 0.8) * 1.3 + 10

    def draw(x: float, top: float) -> None:
        c = pen.c
        y = top - 8
        issuer = doc.issuer if doc.certificate else f"{doc.issuer} · {doc.unit}"
        pen.text(x, y, issuer, tw.label_size + 1.2, bold=True)
        c.setFillGray(0.4)
        c.setFont(pen.faces.regular, tw.label_size)
        c.drawRightString(x + tw.width - 3, y, form_no)
        c.setFillGray(0)
        y -= 8
        for line in lines:
            y -= size * 1.25
            pen.text(x, y + size * 0.25, line, size, bold=True)
        y -= 4
        for line in intro_lines:
            y -= (tw.label_size + 0.8) * 1.3
            c.setFillGray(0.35)
            pen.text(x, y, line, tw.label_size + 0.8)
            c.setFillGray(0)
    return TBlock(height, draw)


def _tw_closing(tw: _Tw, doc: Doc, s: Style, rng: random.Random, seal: bool) -> TBlock:
    pen = tw.pen
    w = _words(s)
    seed = rng.getrandbits(32)
    labelled = rng.random() < 0.5
    height = 66.0 if seal else 50.0

    def draw(x: float, top: float) -> None:
        sub = random.Random(seed)
        width = tw.width
        if doc.certificate:
            if labelled:
                _draw_label(tw, x, top - tw.label_size - 1, w("issue_date"))
                pen.text(x, top - tw.label_size - tw.value_size - 4, s.date(doc.signed),
                         tw.value_size, font=tw.value_font)
            else:
                pen.text(x, top - tw.value_size - 2, f"{doc.office}, den {s.date(doc.signed)}",
                         tw.value_size, font=tw.value_font)
            sx = x + width * 0.5
            _seal(pen, x + width * 0.3, top - 38, 17, 0.5)
            _signature(pen, sx + 8, top - 36, sub)
            pen.hline(sx, x + width - 4, top - 42, 0.4)
            _draw_label(tw, sx, top - 42 - tw.label_size - 2, w("registrar"))
            return
        _draw_label(tw, x, top - tw.label_size - 1, w("signed"))
        pen.text(x, top - tw.label_size - tw.value_size - 4,
                 f"{doc.city}, {s.date(doc.signed)}", tw.value_size, font=tw.value_font)
        sx = x + width * 0.45
        _signature(pen, sx + 10, top - 30, sub)
        pen.hline(sx, x + width - 4, top - 34, 0.4)
        _draw_label(tw, sx, top - 34 - tw.label_size - 2, w("signature"))
    return TBlock(height, draw)


def _tw_office_box(tw: _Tw, s: Style) -> TBlock:
    pen = tw.pen
    w = _words(s)
    height = 44.0

    def draw(x: float, top: float) -> None:
        c = pen.c
        c.saveState()
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.rect(x, top - height + 4, tw.width - 3, height - 6, stroke=1, fill=0)
        c.restoreState()
        _draw_label(tw, x + 4, top - tw.label_size - 5, w("office_use"))
        _draw_label(tw, x + 4, top - 2 * tw.label_size - 16, f"{w('case_ref')}:")
    return TBlock(height, draw)


def _tw_notes(tw: _Tw, rng: random.Random) -> TBlock:
    pen = tw.pen
    size = tw.label_size + 0.8
    paragraphs = rng.sample(BOOKLET_NOTES, k=rng.randint(2, len(BOOKLET_NOTES)))
    lines = [ln for p in paragraphs for ln in [*_wrap(p, pen.faces.regular, size, tw.width), ""]]
    height = 14 + len(lines) * size * 1.3

    def draw(x: float, top: float) -> None:
        pen.text(x, top - size - 2, "Hinweise", size + 1.5, bold=True)
        y = top - size - 16
        for line in lines:
            if line:
                pen.text(x, y, line, size)
            y -= size * 1.3
    return TBlock(height, draw)


def _tw_paginate(blocks: list[TBlock], top: float, bottom: float, halves: int,
                 starts: set[int]) -> list[list[tuple[TBlock, float]]] | None:
    """Blocks in halves (A5 pages); a half starts at a group in ``starts`` when one is
    reached; ``None`` when the blocks need more than ``halves`` halves."""
    out: list[list[tuple[TBlock, float]]] = [[]]
    y = top
    for k, b in enumerate(blocks):
        need = b.height
        if b.heading and k + 1 < len(blocks):
            need += blocks[k + 1].height
        first = k == 0 or blocks[k - 1].group != b.group
        forced = first and b.group in starts and bool(out[-1]) and b.heading
        if out[-1] and (forced or y - need < bottom):
            out.append([])
            y = top
        out[-1].append((b, y))
        y -= b.height
    return out if len(out) <= halves else None


def _tw_furniture(tw: _Tw, x: float, head_left: str, head_right: str, page: int, pages: int,
                  single: bool) -> None:
    pen = tw.pen
    c = pen.c
    width = tw.width
    size = tw.label_size
    y = SHEET_H - tw.mt + 10
    c.saveState()
    c.setFillGray(0.35)
    c.setFont(pen.faces.regular, size)
    c.drawString(x, y, head_left)
    c.drawRightString(x + width - 3, y, head_right)
    c.setStrokeGray(0.6)
    pen.hline(x, x + width - 3, y - 3.5, 0.4)
    c.setFont(pen.faces.regular, size + 0.5)
    by = tw.mb - 12
    if tw.pageno == "dash":
        c.drawCentredString(x + width / 2, by, f"– {page} –")
    elif tw.pageno == "seite":
        c.drawCentredString(x + width / 2, by, f"Seite {page}")
    elif tw.pageno == "outer":
        outer_left = not single and x < HALF_W
        if outer_left:
            c.drawString(x, by, str(page))
        else:
            c.drawRightString(x + width - 3, by, str(page))
    else:
        c.drawRightString(x + width - 3, by, f"Seite {page} von {pages}")
    c.restoreState()


def _tw_sheet(tw: _Tw, single: bool) -> None:
    """Frames, a fold line or the cut marks of one sheet."""
    c = tw.pen.c
    c.saveState()
    c.setStrokeGray(0.6)
    c.setLineWidth(0.4)
    if single:  # an A5 page is as high as the sheet: marks where to cut it out
        x0 = (SHEET_W - HALF_W) / 2
        for x in (x0, x0 + HALF_W):
            c.line(x, 4, x, 16)
            c.line(x, SHEET_H - 16, x, SHEET_H - 4)
    elif tw.frame == "frame":
        for h in (0, 1):
            c.rect(h * HALF_W + 10, 12, HALF_W - 20, SHEET_H - 24, stroke=1, fill=0)
    elif tw.frame == "fold":
        c.setDash(3, 3)
        c.line(HALF_W, 8, HALF_W, SHEET_H - 8)
    c.restoreState()


def _form_no(rng: random.Random, doc_type: str) -> str:
    code = {"anmeldung": "MA", "wohnungsgeberbestaetigung": "WG", "geburtsurkunde": "G",
            "eheurkunde": "E", "sterbeurkunde": "S", "antrag_zulassung": "KFZ",
            "aufenthaltstitel_antrag": "AUF", "identity_document": "AK"}[doc_type]
    return rng.choice((f"Vordruck {code} {rng.randint(10, 99)}",
                       f"{code}-{rng.randint(100, 999)} · Ausg. {rng.randint(1, 12):02d}/"
                       f"{rng.randint(2019, 2025)}",
                       f"Best.-Nr. {rng.randint(1000, 9999)}-{code}"))


INTROS_TW: Final = (
    "Bitte in Druckbuchstaben ausfüllen und Zutreffendes ankreuzen.",
    "Die Angaben werden für die Bearbeitung benötigt. Bitte vollständig ausfüllen.",
    "",
)


def draw_twoup(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
               pages: int) -> None:
    """One document of the ``twoup`` layout (not identity documents)."""
    tw = _Tw(pen, rng)
    doc = build_doc(record, s, rng, doc_type)
    form_no = _form_no(rng, doc_type)
    intro = "" if doc.certificate else rng.choice(INTROS_TW)
    closing_seed = rng.getrandbits(32)
    office = not doc.certificate and rng.random() < 0.5
    notes_rng = random.Random(rng.getrandbits(32))
    want_single = pages == 1 and rng.random() < 0.3
    head_right = rng.choice((form_no, doc.title.split(" – ")[0]))

    def blocks() -> list[TBlock]:
        out = [_tw_title(tw, doc, intro, form_no)]
        for k, grp in enumerate(doc.groups):
            out.append(_tw_heading(tw, grp.title, k, k))
            out += _tw_fields(tw, grp.fields, k, k)
        closing = _tw_closing(tw, doc, s, random.Random(closing_seed), doc.certificate)
        closing.group = len(doc.groups)
        out.append(closing)
        if office:
            box = _tw_office_box(tw, s)
            box.group = len(doc.groups)
            out.append(box)
        return out

    halves = 4 if pages == 2 else 2
    laid: list[list[tuple[TBlock, float]]] | None = None
    single = False
    while True:
        made = blocks()
        total = sum(b.height for b in made)
        room = tw.top - tw.bottom
        if want_single and total <= room * 0.97:
            laid = _tw_paginate(made, tw.top, tw.bottom, 1, set())
            if laid is not None:
                single = True
                break
        starts = _balanced_starts(made, halves, room)
        laid = _tw_paginate(made, tw.top, tw.bottom, halves, starts)
        if laid is not None or not tw.shrink():
            break
    if laid is None:  # cannot happen with the catalog's documents; keep going regardless
        laid = _tw_paginate(made, tw.top, tw.bottom, 99, set()) or [[]]
    fill = [] if single else _fillers(tw, s, laid, halves, notes_rng)
    _tw_draw(tw, laid + fill, single, doc.issuer, head_right)


def _balanced_starts(blocks: list[TBlock], halves: int, room: float) -> set[int]:
    """Groups that should open a new half, so that the fields run on over all halves."""
    groups = sorted({b.group for b in blocks if b.group >= 0})
    heights = {g: sum(b.height for b in blocks if b.group == g) for g in groups}
    total = sum(b.height for b in blocks)
    target = min(room, total / halves)
    starts: set[int] = set()
    used = sum(b.height for b in blocks if b.group < 0)
    for g in groups:
        if used >= target * 0.75 and used + heights[g] > target and len(starts) < halves - 1:
            starts.add(g)
            used = 0.0
        used += heights[g]
    return starts


def _fillers(tw: _Tw, s: Style, laid: list[list[tuple[TBlock, float]]], halves: int,
             rng: random.Random) -> list[list[tuple[TBlock, float]]]:
    """Booklet pages after the form: notes, or a box for the office's remarks."""
    out = []
    for k in range(len(laid), halves):
        block = _tw_notes(tw, rng) if k % 2 == 1 or rng.random() < 0.5 else _tw_office_box(tw,
                                                                                           s)
        out.append([(block, tw.top)])
    return out


def _tw_draw(tw: _Tw, halves: list[list[tuple[TBlock, float]]], single: bool, head_left: str,
             head_right: str) -> None:
    pen = tw.pen
    total = len(halves)
    for n, half in enumerate(halves):
        if n and n % 2 == 0:
            pen.new_page()
        if n % 2 == 0:
            _tw_sheet(tw, single)
        x = tw.left(n % 2, single)
        _tw_furniture(tw, x, head_left, head_right, n + 1, total, single)
        for block, top in half:
            block.draw(x, top)


def _identity_twoup(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A copy of the document on a booklet sheet: a filing note on the left page, the copy on
    the right (a card's back on the next sheet when the plan wants two pages)."""
    tw = _Tw(pen, rng)
    w = _words(s)
    title = w.title("identity_document")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Dortmund"))
    unit = rng.choice(UNITS["identity_document"])
    anchor = REFERENCE_DATE - timedelta(days=rng.randint(0, 40))
    copied = other_day(r, anchor, rng)
    case_ref = f"{rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(100, 9999)}/{copied.year}"
    doc = Doc(title, f"Stadt {city}", unit, city, [Grp("copy", w.section("copy"), [
        Fld("case_ref", w("case_ref"), case_ref, short=True),
        Fld("copy_date", w("copy_date"), s.date(copied), short=True)])], copied, False)
    form_no = _form_no(rng, "identity_document")
    note = rng.choice(("Die Ablichtung wurde mit Einverständnis der Inhaberin / des Inhabers "
                       "gefertigt und dient nur der Akte.",
                       "Kopie für die Akte. Das Original wurde vorgelegt und zurückgegeben."))
    notes_rng = random.Random(rng.getrandbits(32))
    style = rng.choice(VIZ_STYLES)
    card = r.mrz_format == "TD1"
    turns = card and pages == 2
    room = tw.top - tw.bottom - 20
    parts = ["front", "back"] if turns else ["both" if card else "page"]
    scales = []
    for part in parts:
        w1, h1 = _card_size(r, part, 1.0)
        scales.append(min(rng.uniform(1.0, 1.5), (tw.width - 6) / w1, room / h1))
    seed = rng.getrandbits(32)
    left: list[TBlock] = [_tw_title(tw, doc, note, form_no), _tw_heading(tw, doc.groups[0].title,
                                                                          0, 0)]
    left += _tw_fields(tw, doc.groups[0].fields, 0, 0)

    def copy_block(part: str, scale: float) -> TBlock:
        cw, ch = _card_size(r, part, scale)

        def draw(x: float, top: float) -> None:
            c = pen.c
            c.saveState()
            c.setStrokeGray(0.5)
            c.setLineWidth(0.4)
            c.setDash(2, 2)
            c.rect(x, top - ch - 14, tw.width - 3, ch + 14, stroke=1, fill=0)
            c.restoreState()
            _draw_copy(pen, r, part, x + (tw.width - 3 - cw) / 2, top - 7, scale, style,
                       random.Random(seed), False)
        return TBlock(ch + 20, draw)

    halves = [[(b, y) for b, y in zip(left, _tops(left, tw.top), strict=True)],
              [(copy_block(parts[0], scales[0]), tw.top)]]
    if turns:
        halves.append([(copy_block(parts[1], scales[1]), tw.top)])
    if pages == 2:
        halves += _fillers(tw, s, halves, 4, notes_rng)
    _tw_draw(tw, halves, False, f"Stadt {city}", form_no)


def _tops(blocks: list[TBlock], top: float) -> list[float]:
    out = []
    for b in blocks:
        out.append(top)
        top -= b.height
    return out


def draw_extra5(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``email`` or ``twoup`` layout; ``pages`` is what the plan asks
    for (2: the document runs over two pages or sheets)."""
    if s.layout == "email":
        pen.faces = _faces(rng, EMAIL_FACES)
        draw_email(pen, record, s, rng, doc_type, pages)
        return
    pen.faces = _faces(rng, TWOUP_FACES)
    pen.c.setPageSize((SHEET_W, SHEET_H))
    if isinstance(record, Identity):
        _identity_twoup(pen, record, s, rng, pages)
    else:
        draw_twoup(pen, record, s, rng, doc_type, pages)
