"""The twenty-seventh extra pair of blind held-out layouts: ``dense`` and ``assorted``.

``dense`` is the long, crowded form real offices use: the catalog's fields sit among many fields
the catalog does not ask for (personal extras, household members and their identity documents,
tax, work, insurance, contact, a second previous address abroad, a fee account, vehicle technical
data, an earlier residence title, parents' details, register notes), often with labels that look
like the catalog's, always with values that are none of the truth's. Small type, narrow margins,
a tight ruled grid of numbered cells (up to five to a row), section bands, footnote marks and
footnotes, a field left empty here and there, form number and edition, place / date and
signature; certificates as register extracts with a column of marginal notes; identity documents
as a data-capture sheet with the picture of the document (the whole machine-readable zone).

``assorted`` is an ordinary municipal form or certificate whose design every document composes
from independent choices: the label's position per section (after a colon, at a tab stop, small
above, small below a fill-in line, in a cell's corner, or as column headers above a row of
values), ruled cells, underlines, shaded fields or nothing, one or two columns, shuffled sections
and fields, the heading style, label synonyms per field, value faces and date styles;
certificates as prose or key-value extracts; identity documents as a cover sheet with the copy.

Both draw straight from the record with the wording of ``samples.wording_extra27``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
import unicodedata
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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import VIZ_STYLES, _card_size, _draw_copy, _seal, _signature
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _set4
from samples.render_extra24 import Block
from samples.render_extra25 import _paginate
from samples.render_extra26 import (
    _furniture_day,
    _other,
    _other_address,
    _other_number,
    _phone,
    _truth_days,
    _truth_strings,
)
from samples.truth import truth_fields
from samples.wording import SEX_WORDS
from samples.wording_extra27 import (
    CAUSES,
    COLOURS,
    DOC_KINDS,
    DOCTOR,
    DWELLING27,
    DWELLING_ORDER27,
    EMAIL_HOSTS,
    EMPLOYERS,
    EYES,
    HOSPITALS,
    ID_KINDS27,
    INSURERS,
    MARITAL,
    OCCUPATIONS,
    PURPOSE27,
    PURPOSE_ORDER27,
    RELIGIONS,
    ROLE27,
    SCHOOLS,
    SEX_ORDER27,
    TAX_CLASSES,
    TITLES_PREV,
    Extra27Wording,
    nationality_word,
)

CERTIFICATES: Final = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
LABEL_MODES: Final = ("colon", "tab", "above", "below", "corner", "header")
DECOS: Final = ("cells", "underline", "shade", "none")
HEAD_STYLES: Final = ("caps", "band", "numbered", "rule", "none")
MARKS: Final = ("¹", "²", "³", "*")
RGB = tuple[float, float, float]
INKS: Final[tuple[RGB, ...]] = ((0.05, 0.05, 0.07), (0.08, 0.16, 0.52), (0.1, 0.1, 0.3))

# --- content -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed field: its label key, the printed value, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for values printed together), for choices the options
    and the chosen one, a footnote mark, and the printed label (set when the document is built)."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int = -1
    mark: str = ""
    label: str = ""
    wide: bool = False


@dataclass(slots=True)
class Sec:
    key: str
    head: str
    items: list[Fld]
    fixed: bool = False  # keeps its place and its field order


@dataclass(slots=True)
class Design:
    """One document's drawing habits (``assorted`` draws them per document, ``dense`` varies a
    few)."""

    faces: Set4
    vface: str
    ink: RGB
    fs: float
    columns: int
    deco: str
    heads: str
    modes: list[str]
    tab: float
    prose: bool
    copy_frac: float


@dataclass(slots=True)
class Doc:
    doc_type: str
    layout: str
    title: str
    city: str
    sections: list[Sec]
    design: Design
    zone: tuple[str, ...] = ()
    printed: date | None = None
    furniture: list[date] = field(default_factory=list)
    form_no: str = ""
    notes: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)


def _w(s: Style) -> Extra27Wording:
    assert isinstance(s.words, Extra27Wording)
    return s.words


def fields(doc: Doc) -> list[Fld]:
    """Every printed field of a document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def _city(record: Record) -> str:
    match record:
        case Geburt() | Ehe() | Sterbe():
            return record.office
        case Identity():
            return record.authority.replace("Stadt ", "") or "Bochum"
        case Anmeldung() | Wohnungsgeber() | Zulassung() | Aufenthalt():
            return record.address.city
    return "Bochum"


class _B:
    """Builds the sections and fields; distractors never hold a truth value."""

    def __init__(self, s: Style, rng: random.Random, doc: Doc, record: Record) -> None:
        self.s, self.rng, self.doc, self.record = s, rng, doc, record
        self.dense = _w(s).dense
        self.taken = _truth_strings(record)
        self.days = _truth_days(record)

    def section(self, key: str, fixed: bool = False) -> Sec:
        sec = Sec(key, _w(self.s).head(key), [], fixed)
        self.doc.sections.append(sec)
        return sec

    def add(self, key: str, value: str, name: str = "", *, wide: bool = False) -> Fld:
        f = Fld(key, value, name, wide=wide)
        self.doc.sections[-1].items.append(f)
        return f

    def extra(self, key: str, value: str, p: float = 1.0, *, wide: bool = False) -> None:
        """A field the catalog does not ask for (left empty now and then)."""
        if self.rng.random() < p:
            empty = self.rng.random() < 0.12 or value in self.taken
            self.add(key, "" if empty else value, wide=wide)

    def choice(self, key: str, options: tuple[str, ...], chosen: int, name: str = "") -> Fld:
        f = self.add(key, options[chosen], name, wide=True)
        if self.s.purpose_mode == "choice":
            f.options, f.chosen = options, chosen
        return f

    def date(self, key: str, d: date, name: str = "") -> Fld:
        return self.add(key, self.s.date(d), name)

    def day(self, lo: date, hi: date) -> date:
        """A distractor day: none of the truth's dates."""
        for _ in range(60):
            d = data.day_between(self.rng, lo, hi)
            if d not in self.days:
                return d
        return (
            lo - timedelta(days=1)
            if lo - timedelta(days=1) not in self.days
            else lo - timedelta(days=2)
        )

    def xdate(self, key: str, lo: date, hi: date, p: float = 1.0) -> None:
        self.extra(key, self.s.date(self.day(lo, hi)), p)

    def sex(self, code: str, name: str = "sex") -> Fld:
        if self.s.sex_mode == "choice" and self.doc.doc_type not in CERTIFICATES:
            f = self.add("sex", SEX_WORDS[code], name, wide=True)
            f.options = tuple(SEX_WORDS[c] for c in SEX_ORDER27)
            f.chosen = SEX_ORDER27.index(code)
            return f
        return self.add("sex", SEX_WORDS[code], name)

    def nationality(self, code: str, name: str = "nationality") -> Fld:
        return self.add("nationality", nationality_word(code, self.s.nationality_mode), name)

    def address(self, a: Address) -> None:
        mode = self.s.address_mode
        if mode == "one_line":
            self.add("address_line", a.line, "street+house_number+postal_code+city", wide=True)
        elif mode == "lines":
            self.add("street_line", a.street_line, "street+house_number")
            self.add("city_line", a.city_line, "postal_code+city")
        else:
            self.add("street", a.street, "street")
            self.add("house_number", a.number, "house_number")
            self.add("postal_code", a.postal_code, "postal_code")
            self.add("city", a.city, "city")

    def names(self, p: Person, prefix: str = "") -> None:
        pair = [
            ("family_name", " ".join(p.family.split())),
            ("given_names", " ".join(p.given.split())),
        ]
        if self.rng.random() < 0.25:
            pair.reverse()
        for key, value in pair:
            self.add(key, value, prefix + key)

    # distractor values
    def other(self, **kw: object) -> Person:
        return _other(self.record, self.rng, self.taken, **kw)  # type: ignore[arg-type]

    def other_address(self) -> Address:
        return _other_address(self.rng, self.taken)

    def other_nation(self, own: str) -> str:
        codes = [
            c
            for c in ("TUR", "POL", "ITA", "GRC", "ESP", "ROU", "HRV", "UKR")
            if c != own and c in pools.NATIONALITIES
        ]
        return self.rng.choice(codes)

    def iban(self) -> str:
        for _ in range(20):
            value = data.iban(self.rng)[0]
            if value not in self.taken:
                return group_iban(value) if self.rng.random() < 0.5 else value
        return "DE02 1203 0000 0000 2020 51"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))


def _person_extras(b: _B, p: Person, *, household: bool) -> None:
    """The personal extras of an application (dense)."""
    r = b.rng
    ref = data.REFERENCE_DATE
    b.section("extra")
    b.extra("marital", r.choice(MARITAL))
    b.xdate("marital_since", date(1995, 1, 1), ref - timedelta(days=30), 0.6)
    b.extra("religion", r.choice(RELIGIONS))
    b.extra(
        "nationality2", nationality_word(b.other_nation(p.nationality), b.s.nationality_mode), 0.7
    )
    b.extra("artist_name", "", 0.8)
    b.extra("doctor", r.choice(DOCTOR) if r.random() < 0.3 else "", 0.8)
    b.extra("prev_names", b.other().family if r.random() < 0.5 else "", 0.8)
    b.section("docs")
    b.extra("own_doc", r.choice(DOC_KINDS))
    b.extra("own_doc_no", _other_number(r, b.taken))
    b.extra("own_authority", f"Stadt {r.choice(pools.HOME_CITIES)}")
    b.xdate("own_issued", ref - timedelta(days=3000), ref - timedelta(days=60))
    b.xdate("own_valid", ref + timedelta(days=60), ref + timedelta(days=3000))
    if household:
        b.section("household")
        for _ in range(r.choice((1, 1, 2))):
            o = b.other()
            b.add("hh_name", o.full)
            b.xdate("hh_dob", date(1950, 1, 1), date(2020, 12, 31))
            b.extra("hh_doc", r.choice(DOC_KINDS))
            b.extra("hh_doc_no", _other_number(r, b.taken))
            b.extra("hh_authority", f"Stadt {r.choice(pools.HOME_CITIES)}")
            b.xdate("hh_issued", ref - timedelta(days=3000), ref - timedelta(days=60))
            b.xdate("hh_valid", ref + timedelta(days=60), ref + timedelta(days=3000))
        if r.random() < 0.5:
            b.add("child_name", b.other(born=(date(2010, 1, 1), date(2022, 12, 31))).full)
            b.xdate("child_dob", date(2010, 1, 1), date(2022, 12, 31))
    b.section("work")
    b.extra("occupation", r.choice(OCCUPATIONS))
    b.extra("employer", f"{r.choice(EMPLOYERS)}, {r.choice(pools.HOME_CITIES)}", 0.8)
    b.extra("school", r.choice(SCHOOLS), 0.4)
    b.extra("tax_class", r.choice(TAX_CLASSES), 0.8)
    b.extra("tax_id", b.digits(11), 0.7)
    b.extra("insurance", r.choice(INSURERS))
    b.extra("insurance_no", r.choice("ABCDEFGHKLMNRSTW") + b.digits(9), 0.7)
    b.section("contact")
    b.extra("phone", _phone(r))
    o = b.other()
    local = f"{o.given.split()[0]}.{o.family.split()[-1]}".lower()
    for a, z in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        local = local.replace(a, z)
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    b.extra("email", f"{local}@{r.choice(EMAIL_HOSTS)}", 0.8)


def _fees(b: _B) -> None:
    b.section("fees")
    b.extra("fee_iban", b.iban())
    b.extra("fee_holder", b.other().full, 0.8)


def _content(record: Record, s: Style, rng: random.Random, doc: Doc) -> None:
    b = _B(s, rng, doc, record)
    dense = b.dense
    ref = data.REFERENCE_DATE
    match record:
        case Anmeldung():
            p = record.person
            b.section("person")
            b.names(p)
            b.add("birth_name", p.birth_name or "", "birth_name" if p.birth_name else "")
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.sex(p.sex)
            b.nationality(p.nationality)
            if not dense and record.phone:
                b.section("contact")
                b.add("phone", record.phone)
            b.section("dwelling")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            if record.dwelling:
                k = DWELLING_ORDER27.index(record.dwelling)
                b.choice(
                    "dwelling", tuple(DWELLING27[d][0] for d in DWELLING_ORDER27), k, "dwelling"
                )
            else:
                b.add("dwelling", "")
            b.section("previous")
            b.add(
                "previous_address",
                record.previous or "",
                "previous_address" if record.previous else "",
                wide=True,
            )
            if dense:
                a = b.other_address()
                b.extra(
                    "abroad",
                    f"{a.street} {a.number}, {rng.choice(('Wien', 'Graz', 'Basel'))}",
                    wide=True,
                )
                b.xdate("abroad_until", date(2000, 1, 1), ref - timedelta(days=400))
                _person_extras(b, p, household=True)
                _fees(b)
        case Wohnungsgeber():
            b.section("landlord")
            b.add("landlord_name", record.landlord_name, "landlord_name", wide=True)
            b.add("landlord_address", record.landlord_address.line, "landlord_address", wide=True)
            b.choice(
                "role",
                tuple(ROLE27[k][0] for k in (True, False)),
                0 if record.landlord_is_owner else 1,
            )
            if dense:
                b.extra("phone", _phone(rng))
                o = b.other()
                b.extra("hh_name", o.full, 0.6)
            b.section("flat")
            b.date("move_in_date", record.move_in, "move_in_date")
            b.address(record.address)
            b.section("tenants")
            for name in record.tenants:
                b.add("tenant", name, "tenant_names", wide=not dense)
                if dense:
                    b.xdate("hh_dob", date(1950, 1, 1), date(2020, 12, 31))
            if dense:
                _fees(b)
        case Geburt():
            c = record.child
            b.section("child")
            b.names(c)
            b.sex(c.sex)
            b.date("date_of_birth", c.dob, "date_of_birth")
            b.add("place_of_birth", c.pob, "place_of_birth")
            if dense or rng.random() < 0.5:
                b.add("birth_time", record.birth_time)
            b.section("mother" if dense else "parents")
            b.add("mother_name", record.mother, "mother_name", wide=True)
            if dense:
                b.xdate("parent_dob", date(1955, 1, 1), date(2004, 12, 31))
                b.extra("parent_pob", rng.choice(data.GERMAN_BIRTH_TOWNS))
                b.extra("parent_religion", rng.choice(RELIGIONS), 0.7)
                a = b.other_address()
                b.extra("parent_address", a.line, wide=True)
            if dense or record.father:
                if dense:
                    b.section("father")
                b.add(
                    "father_name",
                    record.father or "",
                    "father_name" if record.father else "",
                    wide=True,
                )
                if dense and record.father:
                    b.xdate("parent_dob", date(1950, 1, 1), date(2004, 12, 31))
                    b.extra("parent_pob", rng.choice(data.GERMAN_BIRTH_TOWNS))
                    b.extra("parent_religion", rng.choice(RELIGIONS), 0.7)
            _register(b, record)
        case Ehe():
            for k, p in ((1, record.spouse1), (2, record.spouse2)):
                b.section(f"spouse{k}")
                b.names(p, f"spouse{k}_")
                b.date("date_of_birth", p.dob, f"spouse{k}_date_of_birth")
                if dense:
                    b.extra("place_of_birth", rng.choice(data.GERMAN_BIRTH_TOWNS))
                    b.extra("religion", rng.choice(RELIGIONS), 0.6)
                    b.extra("prev_names", b.other().family, 0.5)
            b.section("marriage")
            b.date("marriage_date", record.marriage_date, "marriage_date")
            b.add("marriage_place", record.marriage_place, "marriage_place")
            if dense:
                for _ in range(2):
                    b.extra("witness", b.other().full)
            _register(b, record)
        case Sterbe():
            p = record.person
            b.section("deceased")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            if dense or rng.random() < 0.5:
                b.add("last_residence", record.last_residence, wide=True)
            if dense:
                b.extra("marital", rng.choice(MARITAL[1:4]))
                b.extra("spouse_name", b.other().full, 0.7)
                b.xdate("spouse_dob", date(1930, 1, 1), date(1990, 12, 31), 0.6)
            b.section("death")
            b.date("date_of_death", record.date_of_death, "date_of_death")
            b.add("place_of_death", record.place_of_death, "place_of_death")
            if dense:
                b.extra("place_hosp", rng.choice(HOSPITALS))
                b.extra("cause", rng.choice(CAUSES))
                b.extra("informant", b.other().full)
            _register(b, record)
        case Zulassung():
            h = record.holder
            b.section("holder")
            b.names(h, "holder_")
            b.date("date_of_birth", h.dob, "holder_date_of_birth")
            b.address(record.address)
            if dense:
                b.extra("place_of_birth", rng.choice(data.GERMAN_BIRTH_TOWNS))
                b.extra("phone", _phone(rng), 0.7)
                b.extra("own_doc_no", _other_number(rng, b.taken))
            b.section("vehicle")
            b.add("vin", record.vin, "vin", wide=dense)
            if dense or rng.random() < 0.6:
                b.add("make", record.make)
                b.add("model", record.model)
            if dense:
                b.xdate("first_reg", date(2008, 1, 1), ref - timedelta(days=90))
                b.extra("power", str(rng.choice((55, 66, 81, 96, 110, 140))))
                b.extra("displacement", str(rng.choice((999, 1395, 1598, 1968, 2995))))
                b.extra("colour", rng.choice(COLOURS))
                b.extra("mass", str(rng.randint(1350, 2450)))
                old = data.plate(rng, rng.choice(pools.HOME_CITIES))
                b.extra("old_plate", old if old != record.plate else "", 0.7)
            b.add("desired_plate", record.plate or "", "desired_plate" if record.plate else "")
            if dense:
                b.section("insurance")
            b.add("evb_number", record.evb, "evb_number")
            b.section("account")
            b.add("account_holder", record.account_holder, "account_holder", wide=True)
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            b.add("iban", iban, "iban", wide=True)
            if not dense and rng.random() < 0.5:
                b.add("bic", record.bic)
            if dense:
                _fees(b)
        case Aufenthalt():
            p = record.person
            b.section("applicant")
            b.names(p)
            b.date("date_of_birth", p.dob, "date_of_birth")
            b.add("place_of_birth", p.pob, "place_of_birth")
            b.nationality(p.nationality)
            if dense:
                b.sex(p.sex, "")
            b.section("passport")
            b.add("passport_number", record.passport_number, "passport_number")
            b.date("passport_expiry_date", record.passport_expiry, "passport_expiry_date")
            b.date("entry_date", record.entry, "entry_date")
            if dense:
                b.extra("visa_no", "D" + b.digits(8), 0.8)
            b.section("stay")
            k = PURPOSE_ORDER27.index(record.purpose)
            words = tuple(PURPOSE27[x][0] for x in PURPOSE_ORDER27)
            b.choice("purpose", words, k, "purpose")
            if dense:
                b.extra("prev_title", rng.choice(TITLES_PREV))
                b.extra(
                    "prev_title_no",
                    "Y" + "".join(rng.choice("0123456789CFGHJK") for _ in range(8)),
                    0.8,
                )
                b.xdate("prev_title_until", ref - timedelta(days=200), ref + timedelta(days=200))
            b.section("home")
            b.address(record.address)
            if dense:
                _person_extras(b, p, household=True)
                _fees(b)
        case Identity():
            t = truth_fields(record)
            b.section("document")
            kind = "P" if record.mrz_format == "TD3" else "I"
            f = b.add("doc_kind", ID_KINDS27[kind][0], wide=True)
            if s.purpose_mode == "choice":
                f.options = (ID_KINDS27["P"][0], ID_KINDS27["I"][0])
                f.chosen = 0 if kind == "P" else 1
            b.add("doc_number", str(t["document_number"]), "document_number")
            b.add("issuing_state", str(t["issuing_state"]), "issuing_state")
            b.date("expiry_date", record.expiry, "expiry_date")
            if dense:
                if record.issue not in b.days:
                    b.extra("doc_issued_day", s.date(record.issue))
                b.extra("issued_by", record.authority or "—")
            b.section("person")
            b.add("family_name", str(t["family_name"]), "family_name")
            b.add("given_names", str(t["given_names"]), "given_names")
            b.date("date_of_birth", record.person.dob, "date_of_birth")
            b.sex(str(t["sex"]) if str(t["sex"]) in SEX_WORDS else "X")
            b.nationality(record.person.nationality)
            if dense:
                b.extra("eye", rng.choice(EYES))
                b.extra("height", str(rng.randint(152, 198)))
                b.section("capture")
                b.extra(
                    "checked_by",
                    rng.choice(("MK", "LS", "RB", "TÖ", "AW")) + str(rng.randint(1, 9)),
                )
                b.extra("case_no", f"{rng.randint(10, 99)}-{b.digits(5)}/{ref.year % 100}")
                b.extra("phone", _phone(rng), 0.5)
            doc.zone = tuple(record.lines)


def _register(b: _B, r: Geburt | Ehe | Sterbe) -> None:
    b.section("register", fixed=True)
    b.add("registry_office", f"Standesamt {r.office}", "registry_office")
    b.add("register_number", r.register, "register_number")
    b.date("issue_date", r.issue, "issue_date")


def _design(rng: random.Random, dense: bool, n_sections: int) -> Design:
    serif = rng.random() < (0.3 if dense else 0.45)
    faces = _set4(rng.choice(SERIF9 if serif else SANS9))
    vname, vfb = rng.choice(MONO9 + (("", ""),) * (2 if dense else 4))
    vface = faces.regular if not vfb else _set4(((vname, vfb),) * 4).regular
    if not dense and rng.random() < 0.25:
        vface = faces.bold
    if not dense and rng.random() < 0.2:  # the other family
        vface = _set4(rng.choice(SANS9 if serif else SERIF9)).regular
    ink = rng.choice(INKS)
    fs = rng.uniform(6.2, 7.6) if dense else rng.uniform(8.6, 10.4)
    modes = [rng.choice(LABEL_MODES) for _ in range(n_sections)]
    return Design(
        faces,
        vface,
        ink,
        fs,
        rng.choice((1, 1, 2)),
        rng.choice(DECOS),
        rng.choice(HEAD_STYLES),
        modes,
        rng.uniform(0.3, 0.42),
        rng.random() < 0.5,
        rng.uniform(0.55, 0.7),
    )


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    w = _w(s)
    doc = Doc(
        doc_type,
        "dense" if w.dense else "assorted",
        w.title(doc_type),
        _city(record),
        [],
        _design(rng, w.dense, 1),
    )
    _content(record, s, rng, doc)
    if not w.dense:  # sections and fields in an order of their own
        first, rest = doc.sections[:1], doc.sections[1:]
        movable = [x for x in rest if not x.fixed]
        rng.shuffle(movable)
        doc.sections = first + movable + [x for x in rest if x.fixed]
        for sec in doc.sections:
            if rng.random() < 0.6 and not any(f.key == "tenant" for f in sec.items):
                rng.shuffle(sec.items)
    doc.design.modes = [rng.choice(LABEL_MODES) for _ in doc.sections]
    for sec in doc.sections:
        for f in sec.items:
            f.label = w(f.key)
            if w.dense and not f.name and rng.random() < 0.18:
                f.mark = rng.choice(MARKS[:3])
            elif w.dense and f.name and rng.random() < 0.12:
                f.mark = MARKS[3]
    if w.dense:
        doc.footnotes = [
            w.word(k)
            for k in ("fn1", "fn2", "fn3", "fn4")
            if any(f.mark == MARKS[("fn1", "fn2", "fn3", "fn4").index(k)] for f in fields(doc))
        ]
        doc.notes = [n for n in w.word("notes").split("|") if n]
        rng.shuffle(doc.notes)
        doc.notes = doc.notes[: rng.randint(2, 4)]
    doc.printed = _furniture_day(record, rng)
    doc.furniture = [doc.printed]
    edition = f"{rng.randint(1, 12):02d}/{rng.randint(2016, 2025)}"
    code = f"{rng.choice(('M', 'BA', 'KF', 'AR', 'ST'))}{rng.randint(10, 999)}"
    doc.form_no = (
        w.word("form_no").format(code, edition)
        if w.dense
        else w.word("ref").format(f"{rng.randint(100, 999)}-{rng.randint(1000, 99999)}")
    )
    return doc


# --- drawing helpers -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Cx:
    pen: Pen
    doc: Doc
    w: Extra27Wording
    s: Style
    rng: random.Random
    x0: float
    x1: float
    scale: float = 1.0

    @property
    def g(self) -> Design:
        return self.doc.design

    @property
    def fs(self) -> float:
        return self.g.fs * self.scale


def _sw(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


def _fit(text: str, face: str, size: float, width: float) -> float:
    wd = _sw(text, face, size)
    return size if wd <= width or wd == 0 else max(size * 0.55, size * width / wd)


def _text(
    cx: _Cx, x: float, y: float, text: str, size: float, face: str = "", grey: float = 0.0
) -> None:
    c = cx.pen.c
    c.setFillGray(grey)
    c.setFont(face or cx.g.faces.regular, size)
    c.drawString(x, y, text)
    c.setFillGray(0)


def _value(cx: _Cx, x: float, y: float, text: str, size: float, width: float) -> None:
    if not text:
        return
    c = cx.pen.c
    c.setFillColorRGB(*cx.g.ink)
    c.setFont(cx.g.vface, _fit(text, cx.g.vface, size, width))
    c.drawString(x, y, text)
    c.setFillGray(0)


def _box(cx: _Cx, x: float, y: float, side: float, ticked: bool) -> None:
    c = cx.pen.c
    c.setLineWidth(0.5)
    c.rect(x, y, side, side, stroke=1, fill=0)
    if ticked:
        c.saveState()
        c.setStrokeColorRGB(*cx.g.ink)
        c.setLineWidth(0.9)
        c.line(x + 1, y + 1, x + side - 1, y + side - 1)
        c.line(x + 1, y + side - 1, x + side - 1, y + 1)
        c.restoreState()


def _options(cx: _Cx, f: Fld, x: float, y: float, width: float, size: float) -> float:
    """Options with boxes, wrapped; returns the height used."""
    side = size * 0.9
    cxp, cy = x, y
    rows = 1
    for i, opt in enumerate(f.options):
        w = side + 3 + _sw(opt, cx.g.faces.regular, size) + 8
        if cxp > x and cxp + w > x + width:
            cxp, cy, rows = x, cy - size * 1.35, rows + 1
        _box(cx, cxp, cy - 0.5, side, i == f.chosen)
        _text(cx, cxp + side + 3, cy, opt, size)
        cxp += w
    return rows * size * 1.35


def _option_rows(cx: _Cx, f: Fld, width: float, size: float) -> int:
    side = size * 0.9
    cxp, rows = 0.0, 1
    for opt in f.options:
        w = side + 3 + _sw(opt, cx.g.faces.regular, size) + 8
        if cxp > 0 and cxp + w > width:
            cxp, rows = 0.0, rows + 1
        cxp += w
    return rows


def _space(h: float) -> Block:
    return Block(h, lambda top: None, True)


# --- dense ---------------------------------------------------------------------------------------


def _dense_rows(items: list[Fld], rng: random.Random) -> list[list[Fld]]:
    rows: list[list[Fld]] = []
    cur: list[Fld] = []
    cap = rng.choice((3, 4, 5))
    for f in items:
        weight = 2 if (f.wide or f.options) else 1
        if cur and sum(2 if (g.wide or g.options) else 1 for g in cur) + weight > cap:
            rows.append(cur)
            cur = []
        cur.append(f)
    if cur:
        rows.append(cur)
    return rows


def _dense_row(cx: _Cx, row: list[Fld], counter: list[int]) -> Block:
    fs = cx.fs
    lab, val = fs * 0.9, fs * 1.12
    width = cx.x1 - cx.x0
    weights = [2 if (f.wide or f.options) else 1 for f in row]
    unit = width / sum(weights)
    opt_rows = max(
        (
            _option_rows(cx, f, unit * wt - 6, lab)
            for f, wt in zip(row, weights, strict=True)
            if f.options
        ),
        default=0,
    )
    h = lab * 1.3 + (val * 1.45 if not opt_rows else max(val * 1.45, opt_rows * lab * 1.35 + 2))
    numbers = []
    for _ in row:
        counter[0] += 1
        numbers.append(counter[0])

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setLineWidth(0.4)
        x = cx.x0
        for f, wt, n in zip(row, weights, numbers, strict=True):
            cw = unit * wt
            c.rect(x, top - h, cw, h, stroke=1, fill=0)
            num = f"{n}"
            _text(cx, x + 1.5, top - lab * 0.95, num, lab * 0.8, cx.g.faces.bold)
            lx = x + 3 + _sw(num, cx.g.faces.bold, lab * 0.8)
            label = f.label + (f.mark if f.mark else "")
            _text(
                cx,
                lx,
                top - lab * 0.95,
                label,
                _fit(label, cx.g.faces.regular, lab, cw - (lx - x) - 2),
                grey=0.25,
            )
            if f.options:
                _options(cx, f, x + 3, top - lab * 1.3 - lab * 1.05, cw - 6, lab)
            elif f.value:
                _value(cx, x + 3, top - h + val * 0.45, f.value, val, cw - 6)
            elif cx.rng.random() < 0.3:
                _text(cx, x + 3, top - h + val * 0.45, cx.w.word("none"), val * 0.8, grey=0.4)
            x += cw

    return Block(h, draw, True)


def _band(cx: _Cx, text: str, n: int) -> Block:
    fs = cx.fs
    h = fs * 1.7

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setFillGray(cx.g.tab + 0.45)
        c.rect(cx.x0, top - h, cx.x1 - cx.x0, h, stroke=0, fill=1)
        c.setFillGray(0)
        _text(cx, cx.x0 + 3, top - h + fs * 0.5, f"{n}  {text}", fs * 1.05, cx.g.faces.bold)

    return Block(h, draw, False)


def _para(cx: _Cx, text: str, size: float, face: str = "", grey: float = 0.0) -> Block:
    lines = _wrap(text, face or cx.g.faces.regular, size, cx.x1 - cx.x0)
    h = len(lines) * size * 1.3 + size * 0.4

    def draw(top: float) -> None:
        y = top - size
        for line in lines:
            _text(cx, cx.x0, y, line, size, face, grey)
            y -= size * 1.3

    return Block(h, draw, True)


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if cur and _sw(cand, face, size) > width:
            out.append(cur)
            cur = word
        else:
            cur = cand
    return [*out, cur] if cur else out


def _header(cx: _Cx, dense: bool) -> Block:
    fs = cx.fs
    doc, w = cx.doc, cx.w
    key = {"antrag_zulassung": "issuer_kfz", "aufenthaltstitel_antrag": "issuer_abh"}.get(
        doc.doc_type, "issuer_reg" if doc.doc_type in CERTIFICATES else "issuer"
    )
    issuer = w.word(key).format(doc.city)
    tsize = fs * (1.7 if dense else 1.55)
    note = w.word("fill" if dense else "note") if doc.doc_type not in CERTIFICATES else ""
    h = fs * 1.4 + tsize * 1.5 + (fs * 1.4 if note else 0) + fs * 0.6
    caps = not dense and cx.g.heads == "caps"

    def draw(top: float) -> None:
        _text(cx, cx.x0, top - fs * 1.1, issuer, fs * 1.05, cx.g.faces.bold)
        right = doc.form_no
        cx.pen.c.setFont(cx.g.faces.regular, fs * 0.85)
        cx.pen.c.drawRightString(cx.x1, top - fs * 1.1, right)
        y = top - fs * 1.4 - tsize * 1.05
        title = doc.title.upper() if caps else doc.title
        _text(
            cx, cx.x0, y, title, _fit(title, cx.g.faces.bold, tsize, cx.x1 - cx.x0), cx.g.faces.bold
        )
        if dense:
            cx.pen.c.setLineWidth(1.2)
            cx.pen.c.line(cx.x0, y - tsize * 0.35, cx.x1, y - tsize * 0.35)
        if note:
            _text(cx, cx.x0, y - tsize * 0.45 - fs * 1.0, note, fs * 0.85, cx.g.faces.italic, 0.3)

    return Block(h, draw, False)


def _copy(cx: _Cx, record: Identity, caption: str, frac: float) -> Block:
    part = "both" if record.mrz_format == "TD1" else "page"
    bw, bh = _card_size(record, part, 1.0)
    scale = min(1.15, (cx.x1 - cx.x0) * frac / bw, PAGE_H * 0.42 / bh) * min(1.0, cx.scale * 1.1)
    w0, h0 = _card_size(record, part, scale)
    cap = cx.fs * 0.9
    h = h0 + cap * 2.2 + 10
    seed = cx.rng.random()
    viz = cx.rng.choice(VIZ_STYLES)
    indent = (cx.x1 - cx.x0 - w0) * cx.rng.choice((0.0, 0.5, 1.0))

    def draw(top: float) -> None:
        x = cx.x0 + indent
        _text(cx, x, top - cap, caption, cap, cx.g.faces.italic, 0.3)
        _draw_copy(cx.pen, record, part, x, top - cap * 1.6, scale, viz, random.Random(seed), True)

    return Block(h, draw, False)


def _sign_block(cx: _Cx, place: str, caption: str) -> Block:
    fs = cx.fs
    h = fs * 5.0

    def draw(top: float) -> None:
        c = cx.pen.c
        half = (cx.x1 - cx.x0) / 2
        y = top - fs * 3.2
        _value(cx, cx.x0 + 2, y + 3, place, fs * 1.05, half - 20)
        c.setLineWidth(0.5)
        c.line(cx.x0, y, cx.x0 + half - 16, y)
        _text(
            cx, cx.x0, y - fs * 0.95, cx.w.word("place") if cx.w.dense else "", fs * 0.75, grey=0.3
        )
        c.line(cx.x0 + half, y, cx.x1, y)
        _signature(cx.pen, cx.x0 + half + 24, y + 4, cx.rng)
        _text(cx, cx.x0 + half, y - fs * 0.95, caption, fs * 0.75, grey=0.3)

    return Block(h, draw, False)


def _cert_close(cx: _Cx) -> Block:
    fs = cx.fs
    h = fs * 2.6 + 82
    certify = cx.w.word("certify") if cx.w.dense else ""

    def draw(top: float) -> None:
        if certify:
            _text(cx, cx.x0, top - fs * 1.2, certify, fs * 0.9, cx.g.faces.italic)
        y = top - fs * 2.2 - 46
        x = cx.x1 - 200
        cx.pen.c.setLineWidth(0.5)
        cx.pen.c.line(x, y, cx.x1, y)
        _signature(cx.pen, x + 30, y + 4, cx.rng)
        _text(cx, x, y - fs * 0.95, cx.w.word("sign_reg"), fs * 0.75, grey=0.3)
        _seal(cx.pen, cx.x0 + 48, y + 14, 30, 0.45)
        _text(cx, cx.x0 + 22, y - 26, cx.w.word("seal"), fs * 0.7, grey=0.4)

    return Block(h, draw, False)


def _notes_block(cx: _Cx) -> Block:
    fs = cx.fs
    notes = cx.doc.notes
    size = fs * 0.85
    h = fs * 1.6 + len(notes) * size * 1.4 + 6

    def draw(top: float) -> None:
        c = cx.pen.c
        c.setLineWidth(0.4)
        c.rect(cx.x0, top - h + 2, cx.x1 - cx.x0, h - 2, stroke=1, fill=0)
        _text(cx, cx.x0 + 3, top - fs * 1.1, cx.w.word("margin"), fs * 0.9, cx.g.faces.bold)
        y = top - fs * 1.1 - size * 1.4
        for k, note in enumerate(notes, 1):
            _text(cx, cx.x0 + 6, y, f"{k}. {note}", size, cx.g.faces.italic, 0.2)
            y -= size * 1.4

    return Block(h, draw, True)


def _dense_blocks(
    cx: _Cx, record: Record, pages: int, scale: float
) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    doc, w = cx.doc, cx.w
    fs = cx.fs
    blocks: list[Block] = [_header(cx, True)]
    second: list[Block] = []
    counter = [0]
    rng = random.Random(len(doc.title) * 7 + len(doc.sections))
    for n, sec in enumerate(doc.sections, 1):
        blocks.append(_band(cx, sec.head, n))
        for row in _dense_rows(sec.items, rng):
            blocks.append(_dense_row(cx, row, counter))
        blocks.append(_space(fs * 0.35))
    if isinstance(record, Identity):
        copy = _copy(cx, record, w.word("copy_caption"), doc.design.copy_frac)
        if pages == 2:
            second.append(copy)
        else:
            blocks.insert(2, copy)
    if doc.doc_type in CERTIFICATES:
        blocks.append(_notes_block(cx))
        blocks.append(_cert_close(cx))
    else:
        key = {"wohnungsgeberbestaetigung": "sign_landlord", "identity_document": "sign_id"}.get(
            doc.doc_type, "sign"
        )
        place = f"{doc.city}, {cx.s.date(doc.printed or data.REFERENCE_DATE)}"
        blocks.append(_sign_block(cx, place, w.word(key)))
    for note in doc.footnotes:
        blocks.append(_para(cx, note, fs * 0.8, grey=0.25))
    return blocks, second


# --- assorted ------------------------------------------------------------------------------------


def _label_text(cx: _Cx, f: Fld, mode: str) -> str:
    return f.label + (":" if mode in ("colon", "tab") and cx.rng.random() < 0.7 else "")


def _field_block(
    cx: _Cx, f: Fld, mode: str, x0: float, x1: float
) -> tuple[float, Callable[[float], None]]:
    """One field in ``mode`` between x0 and x1: its height and how to draw it."""
    fs = cx.fs
    g = cx.g
    small = fs * 0.78
    width = x1 - x0
    label = _label_text(cx, f, mode)
    face = g.faces.regular
    if mode in ("colon", "tab"):
        lw = _sw(label, face, fs) + 5 if mode == "colon" else width * g.tab
        if mode == "tab" and _sw(label, face, fs) > lw - 4:
            lw = _sw(label, face, fs) + 6
        vx = x0 + lw
        rows = _option_rows(cx, f, x1 - vx, fs) if f.options else 1
        h = fs * 1.7 * rows

        def draw(top: float) -> None:
            y = top - fs * 1.2
            _text(cx, x0, y, label, fs, face)
            if f.options:
                _options(cx, f, vx, y, x1 - vx, fs)
                return
            _deco(cx, vx - 2, x1, y, fs)
            _value(cx, vx, y, f.value, fs * 1.05, x1 - vx - 2)

        return h, draw
    if mode in ("above", "corner"):
        rows = _option_rows(cx, f, width - 6, fs) if f.options else 1
        h = small * 1.3 + fs * 1.6 * rows + 4

        def draw(top: float) -> None:
            if mode == "corner":
                cx.pen.c.setLineWidth(0.5)
                cx.pen.c.rect(x0, top - h + 2, width - 4, h - 2, stroke=1, fill=0)
            _text(cx, x0 + 2, top - small, label, _fit(label, face, small, width - 6), face, 0.3)
            y = top - small * 1.3 - fs * 1.15
            if f.options:
                _options(cx, f, x0 + 3, y, width - 8, fs)
                return
            if mode == "above":
                _deco(cx, x0, x1 - 6, y, fs)
            _value(cx, x0 + 3, y, f.value, fs * 1.05, width - 10)

        return h, draw
    # below: the value on a fill-in line, the small label under it
    rows = _option_rows(cx, f, width - 6, fs) if f.options else 1
    h = fs * 1.6 * rows + small * 1.5 + 4

    def draw_below(top: float) -> None:
        y = top - fs * 1.25
        if f.options:
            _options(cx, f, x0 + 2, y, width - 8, fs)
            ly = top - fs * 1.6 * rows - small * 0.4
        else:
            _value(cx, x0 + 2, y, f.value, fs * 1.05, width - 10)
            cx.pen.c.setLineWidth(0.5)
            cx.pen.c.line(x0, y - fs * 0.35, x1 - 6, y - fs * 0.35)
            ly = y - fs * 0.35 - small * 1.05
        _text(cx, x0 + 1, ly, label, _fit(label, face, small, width - 6), face, 0.3)

    return h, draw_below


def _deco(cx: _Cx, x0: float, x1: float, y: float, fs: float) -> None:
    c = cx.pen.c
    deco = cx.g.deco
    if deco == "underline":
        c.setLineWidth(0.4)
        c.line(x0, y - fs * 0.3, x1, y - fs * 0.3)
    elif deco == "shade":
        c.setFillGray(0.9)
        c.rect(x0, y - fs * 0.35, x1 - x0, fs * 1.3, stroke=0, fill=1)
        c.setFillGray(0)
    elif deco == "cells":
        c.setLineWidth(0.4)
        c.rect(x0, y - fs * 0.35, x1 - x0, fs * 1.3, stroke=1, fill=0)


def _header_row(cx: _Cx, row: list[Fld]) -> Block:
    """Labels as column headers above a row of values."""
    fs = cx.fs
    small = fs * 0.8
    width = cx.x1 - cx.x0
    col = width / len(row)
    heads = [_wrap(f.label, cx.g.faces.bold, small, col - 6)[:2] for f in row]
    nh = max(len(h) for h in heads)
    h = nh * small * 1.25 + fs * 1.8 + 4

    def draw(top: float) -> None:
        c = cx.pen.c
        ruled = cx.g.deco in ("cells", "shade")
        if cx.g.deco == "shade":
            c.setFillGray(0.88)
            c.rect(
                cx.x0, top - nh * small * 1.25 - 3, width, nh * small * 1.25 + 3, stroke=0, fill=1
            )
            c.setFillGray(0)
        for k, (f, lines) in enumerate(zip(row, heads, strict=True)):
            x = cx.x0 + k * col
            for j, line in enumerate(lines):
                _text(cx, x + 3, top - small * (1 + j * 1.25), line, small, cx.g.faces.bold)
            _value(cx, x + 3, top - h + fs * 0.6, f.value, fs * 1.02, col - 8)
        c.setLineWidth(0.4)
        if ruled:
            c.rect(cx.x0, top - h, width, h, stroke=1, fill=0)
            for k in range(1, len(row)):
                c.line(cx.x0 + k * col, top - h, cx.x0 + k * col, top)
        c.line(cx.x0, top - nh * small * 1.25 - 3, cx.x1, top - nh * small * 1.25 - 3)

    return Block(h, draw, True)


def _heading(cx: _Cx, text: str, n: int) -> Block:
    fs = cx.fs
    style = cx.g.heads
    if style == "none":
        return _space(fs * 0.6)
    size = fs * 1.1
    h = size * 2.0

    def draw(top: float) -> None:
        c = cx.pen.c
        y = top - size * 1.35
        label = text
        if style == "caps":
            label = text.upper()
        elif style == "numbered":
            label = f"{n}. {text}"
        if style == "band":
            c.setFillGray(0.82)
            c.rect(cx.x0, y - size * 0.35, cx.x1 - cx.x0, size * 1.4, stroke=0, fill=1)
            c.setFillGray(0)
        _text(cx, cx.x0 + (3 if style == "band" else 0), y, label, size, cx.g.faces.bold)
        if style == "rule":
            c.setLineWidth(0.7)
            c.line(cx.x0, y - size * 0.35, cx.x1, y - size * 0.35)

    return Block(h, draw, False)


def _section_blocks(cx: _Cx, sec: Sec, mode: str) -> list[Block]:
    items = sec.items
    if mode == "header":
        plain = [f for f in items if not f.options]
        out = [_header_row(cx, plain[k : k + 4]) for k in range(0, len(plain), 4)]
        out += [_single(cx, f, "colon") for f in items if f.options]
        return out
    if cx.g.columns == 2:
        out = []
        k = 0
        while k < len(items):
            f = items[k]
            if (
                f.wide
                or f.options
                or k + 1 >= len(items)
                or items[k + 1].wide
                or items[k + 1].options
            ):
                out.append(_single(cx, f, mode))
                k += 1
                continue
            out.append(_pair(cx, f, items[k + 1], mode))
            k += 2
        return out
    return [_single(cx, f, mode) for f in items]


def _single(cx: _Cx, f: Fld, mode: str) -> Block:
    h, draw = _field_block(cx, f, mode, cx.x0, cx.x1)
    return Block(h, draw, True)


def _pair(cx: _Cx, a: Fld, b: Fld, mode: str) -> Block:
    mid = (cx.x0 + cx.x1) / 2
    ha, da = _field_block(cx, a, mode, cx.x0, mid - 6)
    hb, db = _field_block(cx, b, mode, mid + 6, cx.x1)

    def draw(top: float) -> None:
        da(top)
        db(top)

    return Block(max(ha, hb), draw, True)


def _prose_blocks(cx: _Cx, record: Geburt | Ehe | Sterbe) -> list[Block]:
    w, s = cx.w, cx.s
    fs = cx.fs
    sentences: list[str] = []
    match record:
        case Geburt():
            c = record.child
            sentences.append(
                w.prose("birth").format(
                    given=c.given, family=c.family, dob=s.date(c.dob), pob=c.pob
                )
            )
            sentences.append(w.prose("sex").format(sex=SEX_WORDS[c.sex]))
            sentences.append(w.prose("mother").format(mother=record.mother))
            sentences.append(
                w.prose("father").format(father=record.father)
                if record.father
                else w.prose("no_father")
            )
        case Ehe():
            p1 = f"{record.spouse1.given} {record.spouse1.family}"
            p2 = f"{record.spouse2.given} {record.spouse2.family}"
            sentences.append(
                w.prose("marriage").format(
                    p1=p1, p2=p2, date=s.date(record.marriage_date), place=record.marriage_place
                )
            )
            for p, full in ((record.spouse1, p1), (record.spouse2, p2)):
                sentences.append(w.prose("spouse_born").format(name=full, dob=s.date(p.dob)))
        case Sterbe():
            p = record.person
            sentences.append(
                w.prose("death").format(
                    given=p.given,
                    family=p.family,
                    dod=s.date(record.date_of_death),
                    pod=record.place_of_death,
                )
            )
            sentences.append(w.prose("dead_born").format(dob=s.date(p.dob), pob=p.pob))
    sentences.append(
        w.prose("register").format(office=f"Standesamt {record.office}", number=record.register)
    )
    sentences.append(w.prose("issued").format(date=s.date(record.issue)))
    size = fs * 1.15
    return [_para(cx, sentence, size, cx.g.vface) for sentence in sentences] + [_space(fs)]


def _assorted_blocks(
    cx: _Cx, record: Record, pages: int, scale: float
) -> tuple[list[Block], list[Block]]:
    cx.scale = scale
    doc, w = cx.doc, cx.w
    fs = cx.fs
    blocks: list[Block] = [_header(cx, False)]
    second: list[Block] = []
    if isinstance(record, Geburt | Ehe | Sterbe) and doc.design.prose:
        blocks.append(_space(fs))
        blocks += _prose_blocks(cx, record)
    else:
        for n, (sec, mode) in enumerate(zip(doc.sections, doc.design.modes, strict=True), 1):
            blocks.append(_heading(cx, sec.head, n))
            blocks += _section_blocks(cx, sec, mode)
            blocks.append(_space(fs * 0.5))
    if isinstance(record, Identity):
        blocks.append(_para(cx, w.word("cover"), fs * 0.95, cx.g.faces.italic))
        copy = _copy(cx, record, w.word("copy"), doc.design.copy_frac + 0.15)
        if pages == 2:
            second.append(copy)
        else:
            blocks.append(copy)
    if doc.doc_type in CERTIFICATES:
        place = (
            w.word("place_date").format(doc.city, cx.s.date(record.issue))
            if isinstance(record, Geburt | Ehe | Sterbe)
            else ""
        )
        blocks.append(_para(cx, place, fs, cx.g.faces.regular))
        blocks.append(_cert_close(cx))
    else:
        key = {"wohnungsgeberbestaetigung": "sign_landlord", "identity_document": "sign_id"}.get(
            doc.doc_type, "sign"
        )
        place = w.word("place_date").format(doc.city, cx.s.date(doc.printed or data.REFERENCE_DATE))
        blocks.append(_sign_block(cx, place, w.word(key)))
    return blocks, second


# --- whole documents -----------------------------------------------------------------------------


def _footer(cx: _Cx, page: int, pages: int) -> None:
    fs = cx.g.fs
    text = cx.w.word("page").format(page, pages)
    c = cx.pen.c
    c.setFont(cx.g.faces.regular, fs * 0.8)
    c.drawRightString(cx.x1, 22, text)
    if cx.w.dense:
        c.drawString(cx.x0, 22, cx.doc.form_no)
        if page > 1:
            c.drawString(cx.x0, PAGE_H - 26, cx.w.word("cont"))


def draw_doc(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> Doc:
    doc = build_doc(record, s, rng, doc_type)
    dense = doc.layout == "dense"
    margin = rng.uniform(20, 30) if dense else rng.uniform(42, 66)
    cx = _Cx(
        pen,
        doc,
        _w(s),
        s,
        random.Random(rng.random()),
        margin,
        PAGE_W - margin + rng.uniform(-4, 4),
    )
    build = (
        (lambda sc: _dense_blocks(cx, record, pages, sc))
        if dense
        else (lambda sc: _assorted_blocks(cx, record, pages, sc))
    )
    tops = [PAGE_H - (28.0 if dense else 46.0), PAGE_H - (36.0 if dense else 50.0)]
    seed = cx.rng.random()
    cx.rng = random.Random(seed)
    chunks, _ = _paginate(build, pages, tops, 36.0 if dense else 50.0, 1.0)
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        cx.rng = random.Random(seed + k)
        y = tops[min(k, 1)]
        for b in chunk:
            b.draw(y)
            y -= b.height
        _footer(cx, k + 1, len(chunks))
    return doc


def draw_extra27(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    draw_doc(pen, record, s, rng, doc_type, pages)
