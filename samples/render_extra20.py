"""The twentieth extra pair of blind held-out layouts: ``matrix`` and ``webprint``.

``matrix`` is a form whose persons or roles are the columns and whose fields are the rows, as
German registration forms print them: a header block (issuer, form number, title), then one or
more ruled tables whose first column holds the row labels (sometimes numbered, sometimes with a
small explanatory line, abbreviated when the label column is narrow) and whose 1–4 further
columns belong to the applicant and further persons (left empty or struck with dashes), to the
child, the mother and the father, to the two spouses, to the landlord and the persons moving in,
to the new and the previous dwelling, or to the vehicle holder and a representative. Section
rows and rows that hold one value for all columns span the whole width; values wrap in narrow
cells; choices are tick boxes inside cells. Ruling (full grid, horizontal rules, zebra shading),
label alignment, column widths, faces and sizes vary per document. Place / date (never a truth
date) and signature close applications; certificates end with a certification clause, the
registrar's line and a seal; identity documents are a copy of the document above a small matrix
of filing data.

``webprint`` is a browser's printout of an online service's "check your entries" page: the
browser's print header and footer (page title, a URL, a print date and time that are never truth
dates, page n/m), the site's navigation, a breadcrumb, a step indicator, sections with an edit
link, entries as label / value rows (side by side or stacked), info and session boxes, a cookie
notice and a footer. Certificates are the print of a digital certificate viewer (verification
code, issuing office, the data in the same summary style); identity documents an upload
confirmation with the uploaded image of the document and its file metadata. A two-page plan
continues the page on a second sheet with the browser's furniture again.

Both draw straight from the record with the wording of ``samples.wording_extra20``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples import pools
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
from samples.render_extra9 import MONO9, SANS9, SERIF9, Set4, _reg, _set4, _width
from samples.render_extra13 import _free_number, _furniture_day
from samples.render_extra16 import AUTHORITY_UNITS
from samples.truth import truth_fields
from samples.wording_extra20 import (
    DWELLING20,
    ID_KINDS20,
    PURPOSE20,
    PURPOSE_ORDER,
    SEX_LETTERS20,
    SEX_ORDER,
    SEX_WORDS20,
    Extra20Wording,
    format_extra20_date,
    nationality_word,
)

CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
RGB = tuple[float, float, float]
DASH = "–"

# --- content ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Fld:
    """One printed value: its label key, the printed text, the truth field it shows (empty for
    values that are no truth field; ``a+b`` for joined address lines), and for choices the
    printed options and the chosen one."""

    key: str
    value: str
    name: str = ""
    options: tuple[str, ...] = ()
    chosen: int | None = None


@dataclass(slots=True)
class Cell:
    fld: Fld | None = None
    kind: str = "value"  # value | empty | dash | covered (by a merged cell above) | check
    span: int = 1  # rows a merged cell covers


@dataclass(slots=True)
class Row:
    key: str
    cells: list[Cell]
    wide: bool = False  # one cell over all value columns


@dataclass(slots=True)
class SecRow:
    key: str


@dataclass(slots=True)
class Table:
    cols: list[str]
    items: list[Row | SecRow]


@dataclass(slots=True)
class MDoc:
    doc_type: str
    title: str
    city: str
    tables: list[Table]
    zone: tuple[str, ...] = ()
    furniture: list[date] = field(default_factory=list)


@dataclass(slots=True)
class WSec:
    key: str
    items: list[Fld]
    edit: bool = True


@dataclass(slots=True)
class WDoc:
    doc_type: str
    title: str
    city: str
    sections: list[WSec]
    zone: tuple[str, ...] = ()
    furniture: list[date] = field(default_factory=list)


def _w(s: Style) -> Extra20Wording:
    assert isinstance(s.words, Extra20Wording)
    return s.words


def _matrix(s: Style) -> bool:
    return s.layout == "matrix"


def _sex(s: Style, code: str, narrow: bool = False) -> Fld:
    if _matrix(s) and s.sex_mode == "tick":
        table = SEX_LETTERS20 if narrow else SEX_WORDS20
        return Fld(
            "sex", table[code], "sex", tuple(table[c] for c in SEX_ORDER), SEX_ORDER.index(code)
        )
    table = SEX_LETTERS20 if s.sex_mode == "letter" else SEX_WORDS20
    return Fld("sex", table[code], "sex")


def _nat(s: Style, code: str) -> Fld:
    return Fld("nationality", nationality_word(code, s.nationality_mode), "nationality")


def _address(s: Style, a: Address) -> list[Fld]:
    if s.address_mode == "lines":
        return [
            Fld("street_line", a.street_line, "street+house_number"),
            Fld("city_line", a.city_line, "postal_code+city"),
        ]
    return [
        Fld("street", a.street, "street"),
        Fld("house_number", a.number, "house_number"),
        Fld("postal_code", a.postal_code, "postal_code"),
        Fld("city", a.city, "city"),
    ]


def _options(
    table: dict[str, tuple[str, str]],
    order: tuple[str, ...],
    col: int,
    chosen: str | None,
    key: str,
) -> Fld:
    options = tuple(table[k][col] for k in order)
    if chosen is None:
        return Fld(key, "", "", options, None)
    return Fld(key, table[chosen][col], key, options, order.index(chosen))


def _truth_days(record: Record) -> set[date]:
    return {
        date.fromisoformat(v)
        for v in truth_fields(record).values()
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"
    }


def _other_date(record: Record, rng: random.Random, lo: date, hi: date) -> date:
    """A distractor day between ``lo`` and ``hi`` that is none of the truth's dates."""
    span = max(1, (hi - lo).days)
    return other_day(record, lo + timedelta(days=rng.randint(0, span)), rng, 0)


def _other_name(rng: random.Random, nationality: str, sex: str) -> tuple[str, str]:
    family, female, male = pools.NAMES[pools.NAME_GROUP[nationality]]
    given = female if sex == "F" else male
    return given[rng.randrange(len(given))], family[rng.randrange(len(family))]


# --- matrix content ---------------------------------------------------------------------------


def _val(f: Fld) -> Cell:
    return Cell(f)


def _blank(habit: str, rng: random.Random) -> Cell:
    if habit == "dash" or (habit == "partial" and rng.random() < 0.5):
        return Cell(None, "dash")
    return Cell(None, "empty")


def _person_rows(
    s: Style, people: list[list[Fld] | None], keys: list[str], habit: str, rng: random.Random
) -> list[Row]:
    """One row per key; column j holds the field of ``people[j]`` with that key (or a blank)."""
    rows = []
    for key in keys:
        cells = []
        for person in people:
            f = next((g for g in person or [] if g.key == key), None)
            cells.append(_val(f) if f else _blank(habit, rng))
        rows.append(Row(key, cells))
    return rows


def _pfields(
    s: Style,
    p: Person,
    prefix: str,
    narrow: bool,
    *,
    place: bool = True,
    sex: bool = True,
    nat: bool = True,
    truth_place: bool = True,
    truth_sex: bool = True,
) -> list[Fld]:
    out = [
        Fld("family_name", p.family, prefix + "family_name"),
        Fld("given_names", p.given, prefix + "given_names"),
        Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth"),
    ]
    if p.birth_name:
        out.append(Fld("birth_name", p.birth_name, "birth_name"))
    if place:
        out.append(Fld("place_of_birth", p.pob, "place_of_birth" if truth_place else ""))
    if sex:
        f = _sex(s, p.sex, narrow)
        if not truth_sex:
            f.name = ""
        out.append(f)
    if nat:
        out.append(_nat(s, p.nationality))
    return out


def _merge_name(rows: list[Row], col: int, f: Fld, habit: str, rng: random.Random) -> None:
    """Put ``f`` (a whole name) into column ``col`` over the family and given name rows."""
    keys = [r.key for r in rows]
    i = keys.index("family_name")
    rows[i].cells[col] = Cell(f, "value", 2 if keys[i + 1] == "given_names" else 1)
    if keys[i + 1] == "given_names":
        rows[i + 1].cells[col] = Cell(None, "covered")


def _wide(f: Fld) -> Row:
    return Row(f.key, [Cell(f)], wide=True)


def build_matrix(record: Record, s: Style, rng: random.Random, doc_type: str) -> MDoc:
    w = _w(s)
    title = w.title(doc_type)
    habit = rng.choice(("empty", "dash", "partial"))
    match record:
        case Anmeldung():
            extra = rng.choice((1, 1, 2, 3))
            narrow = extra >= 2
            me = _pfields(s, record.person, "", narrow)
            keys = [
                "family_name",
                "given_names",
                "birth_name",
                "date_of_birth",
                "place_of_birth",
                "sex",
                "nationality",
            ]
            people: list[list[Fld] | None] = [me] + [None] * extra
            rows: list[Row | SecRow] = [SecRow("persons")]
            prows = _person_rows(s, people, keys, habit, rng)
            if rng.random() < 0.6:
                marital = Fld("marital", record.marital)
                prows.insert(
                    rng.randint(5, len(prows)),
                    Row("marital", [Cell(marital)] + [_blank(habit, rng) for _ in range(extra)]),
                )
            if rng.random() < 0.35:
                prows.append(
                    Row(
                        "religion",
                        [Cell(None, "dash")] + [_blank(habit, rng) for _ in range(extra)],
                    )
                )
            rows += prows
            cols = [w.column("applicant")] + [
                f"{w.column('further')} {k + 2}" for k in range(extra)
            ]
            tables = [Table(cols, rows)]
            flat = [
                Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                *_address(s, record.address),
            ]
            dwelling = None
            if record.dwelling or rng.random() < 0.4:
                dwelling = _options(
                    DWELLING20, ("main", "secondary"), 0, record.dwelling, "dwelling"
                )
            addr = [f for f in flat if f.key != "move_in_date"]
            if rng.random() < 0.6:  # new and previous dwelling as two columns
                drows: list[Row | SecRow] = [SecRow("dwelling")]
                arows = [Row(f.key, [Cell(f), Cell(None, "empty")]) for f in addr]
                if record.previous:
                    prev = Fld("previous_address", record.previous, "previous_address")
                    arows[0].cells[1] = Cell(prev, "value", len(arows))
                    for r in arows[1:]:
                        r.cells[1] = Cell(None, "covered")
                else:
                    for r in arows:
                        r.cells[1] = _blank(habit, rng)
                drows += arows
                drows.append(Row("move_in_date", [Cell(flat[0]), Cell(None, "empty")]))
                if dwelling is not None:
                    drows.append(Row("dwelling", [Cell(dwelling), Cell(None, "empty")]))
                tables.append(Table([w.column("new"), w.column("old")], drows))
            else:
                drows = [SecRow("dwelling")] + [_wide(f) for f in flat]
                if dwelling is not None:
                    drows.append(_wide(dwelling))
                if record.previous:
                    drows.append(
                        _wide(Fld("previous_address", record.previous, "previous_address"))
                    )
                if rng.random() < 0.5:
                    rows += drows
                else:
                    tables.append(Table([w.column("new")], drows))
            return MDoc(doc_type, title, record.address.city, tables)
        case Wohnungsgeber():
            n = len(record.tenants)
            spare = rng.choice((0, 0, 1)) if n < 3 else 0
            landlord = Fld("landlord_name", record.landlord_name, "landlord_name")
            laddr = Fld("landlord_address", record.landlord_address.line, "landlord_address")
            role = Fld(
                "role",
                "",
                "",
                (w.word("owner"), w.word("agent")),
                0 if record.landlord_is_owner else 1,
            )
            cols = [w.column("landlord")] + [
                f"{w.column('tenant')} {k + 1}" for k in range(n + spare)
            ]
            name_row = Row("landlord_name", [Cell(landlord)])
            tenant_row = Row("tenant", [_blank(habit, rng)])
            for k in range(n + spare):
                name_row.cells.append(Cell(None, "dash" if habit == "dash" else "empty"))
                if k < n:
                    tenant_row.cells.append(Cell(Fld("tenant", record.tenants[k], "tenant_names")))
                else:
                    tenant_row.cells.append(_blank(habit, rng))
            addr_row = Row(
                "landlord_address", [Cell(laddr)] + [_blank(habit, rng) for _ in range(n + spare)]
            )
            role_row = Row("role", [Cell(role)] + [Cell(None, "empty") for _ in range(n + spare)])
            rows = [SecRow("parties"), name_row, addr_row, role_row, tenant_row]
            if rng.random() < 0.5:  # tenant names first, then the landlord's rows
                rows = [SecRow("parties"), tenant_row, name_row, addr_row, role_row]
            flat = [
                *_address(s, record.address),
                Fld("move_in_date", s.date(record.move_in), "move_in_date"),
            ]
            if rng.random() < 0.4:
                floor = f"{rng.randint(1, 5)}. OG {rng.choice(('links', 'rechts', 'Mitte'))}"
                flat.insert(rng.randint(0, len(flat)), Fld("floor", floor))
            tables = [Table(cols, rows)]
            frows: list[Row | SecRow] = [SecRow("flat")] + [_wide(f) for f in flat]
            if rng.random() < 0.5:
                rows += frows
            else:
                tables.append(Table([w.column("new")], frows))
            return MDoc(doc_type, title, record.address.city, tables)
        case Geburt():
            c = record.child
            child = _pfields(s, c, "", True, nat=rng.random() < 0.4)
            father = record.father is not None or rng.random() < 0.5
            keys = ["family_name", "given_names", "date_of_birth", "place_of_birth", "sex"]
            if any(f.key == "nationality" for f in child):
                keys.append("nationality")
            people: list[list[Fld] | None] = [child, None] + ([None] if father else [])
            prows = _person_rows(s, people, keys, "empty", rng)
            _merge_name(prows, 1, Fld("mother_name", record.mother, "mother_name"), habit, rng)
            if father:
                if record.father:
                    _merge_name(
                        prows, 2, Fld("father_name", record.father, "father_name"), habit, rng
                    )
                else:
                    for r in prows:
                        r.cells[2] = (
                            Cell(None, "dash") if r.cells[2].kind != "covered" else r.cells[2]
                        )
            if rng.random() < 0.55:  # the parents' birth dates: none of the truth's dates
                for col in range(1, len(people)):
                    if col == 2 and not record.father:
                        continue
                    lo = date(c.dob.year - 45, 1, 1)
                    hi = date(c.dob.year - 17, 12, 28)
                    row = next(r for r in prows if r.key == "date_of_birth")
                    row.cells[col] = Cell(
                        Fld("date_of_birth", s.date(_other_date(record, rng, lo, hi)))
                    )
            rows: list[Row | SecRow] = [SecRow("family"), *prows]
            if rng.random() < 0.5:
                rows.append(
                    Row(
                        "birth_time",
                        [Cell(Fld("birth_time", record.birth_time))]
                        + [Cell(None, "empty") for _ in people[1:]],
                    )
                )
            rows += [SecRow("register"), *_register_rows(s, record)]
            cols = [w.column("child"), w.column("mother")] + (
                [w.column("father")] if father else []
            )
            return MDoc(doc_type, title, record.office, [Table(cols, rows)])
        case Ehe():
            one = _pfields(
                s,
                record.spouse1,
                "spouse1_",
                False,
                place=rng.random() < 0.5,
                sex=False,
                nat=False,
                truth_place=False,
            )
            two = _pfields(
                s,
                record.spouse2,
                "spouse2_",
                False,
                place=True,
                sex=False,
                nat=False,
                truth_place=False,
            )
            keys = ["family_name", "given_names", "date_of_birth"]
            if any(f.key == "place_of_birth" for f in one):
                keys.append("place_of_birth")
            rows = [SecRow("spouses"), *_person_rows(s, [one, two], keys, habit, rng)]
            marriage = [
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                Fld("marriage_place", record.marriage_place, "marriage_place"),
            ]
            rows += [SecRow("marriage"), *[_wide(f) for f in marriage]]
            rows += [SecRow("register"), *_register_rows(s, record)]
            cols = [w.column("spouse1"), w.column("spouse2")]
            return MDoc(doc_type, title, record.office, [Table(cols, rows)])
        case Sterbe():
            p = record.person
            me = _pfields(s, p, "", False, sex=False, nat=False)
            mode = rng.choice(("spouse", "spouse", "dash", "none"))
            people = [me] + ([None] if mode != "none" else [])
            keys = ["family_name", "given_names", "date_of_birth", "place_of_birth"]
            prows = _person_rows(s, people, keys, "dash" if mode == "dash" else "empty", rng)
            if mode == "spouse":  # the surviving spouse: a distractor person
                sex = "M" if p.sex == "F" else "F"
                given, family = _other_name(rng, p.nationality, sex)
                family = p.family if rng.random() < 0.6 else family
                prows[0].cells[1] = Cell(Fld("family_name", family))
                prows[1].cells[1] = Cell(Fld("given_names", given))
                prows[2].cells[1] = Cell(
                    Fld(
                        "date_of_birth",
                        s.date(
                            _other_date(
                                record,
                                rng,
                                date(p.dob.year - 6, 1, 1),
                                date(p.dob.year + 6, 12, 28),
                            )
                        ),
                    )
                )
            rows = [SecRow("deceased"), *prows]
            if rng.random() < 0.5:
                rows.append(
                    Row(
                        "last_residence",
                        [Cell(Fld("last_residence", record.last_residence))]
                        + [Cell(None, "empty") for _ in people[1:]],
                    )
                )
            death = [
                Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                Fld("place_of_death", record.place_of_death, "place_of_death"),
            ]
            rows += [SecRow("death"), *[_wide(f) for f in death]]
            rows += [SecRow("register"), *_register_rows(s, record)]
            cols = [w.column("deceased")] + ([w.column("widow")] if mode != "none" else [])
            return MDoc(doc_type, title, record.office, [Table(cols, rows)])
        case Zulassung():
            h = record.holder
            me = [
                Fld("family_name", h.family, "holder_family_name"),
                Fld("given_names", h.given, "holder_given_names"),
                Fld("date_of_birth", s.date(h.dob), "holder_date_of_birth"),
                *_address(s, record.address),
            ]
            agent = rng.random() < 0.75
            people = [me] + ([None] if agent else [])
            keys = [f.key for f in me]
            rows = [SecRow("holder"), *_person_rows(s, people, keys, habit, rng)]
            vehicle = [
                Fld("make", record.make),
                Fld("model", record.model),
                Fld("vin", record.vin, "vin"),
                Fld("evb_number", record.evb, "evb_number"),
            ]
            if record.plate:
                vehicle.append(Fld("desired_plate", record.plate, "desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [
                Fld("account_holder", record.account_holder, "account_holder"),
                Fld("iban", iban, "iban"),
            ]
            if rng.random() < 0.6:
                sepa.append(Fld("bic", record.bic))
            cols = [w.column("holder")] + ([w.column("agent")] if agent else [])
            tables = [Table(cols, rows)]
            vrows: list[Row | SecRow] = [SecRow("vehicle"), *[_wide(f) for f in vehicle]]
            srows: list[Row | SecRow] = [SecRow("sepa"), *[_wide(f) for f in sepa]]
            if rng.random() < 0.5:
                rows += vrows + srows
            else:
                tables.append(Table([w.column("holder")], vrows + srows))
            return MDoc(doc_type, title, record.address.city, tables)
        case Aufenthalt():
            p = record.person
            extra = rng.choice((1, 1, 2, 2, 3))
            narrow = extra >= 2
            me = _pfields(s, p, "", narrow, truth_sex=False)
            me += [
                Fld("passport_number", record.passport_number, "passport_number"),
                Fld("passport_expiry_date", s.date(record.passport_expiry), "passport_expiry_date"),
                Fld("entry_date", s.date(record.entry), "entry_date"),
            ]
            keys = [
                "family_name",
                "given_names",
                "date_of_birth",
                "place_of_birth",
                "sex",
                "nationality",
                "passport_number",
                "passport_expiry_date",
                "entry_date",
            ]
            if rng.random() < 0.4:
                keys.remove("sex")
            people = [me] + [None] * extra
            rows = [SecRow("applicants"), *_person_rows(s, people, keys, habit, rng)]
            purpose = _options(PURPOSE20, PURPOSE_ORDER, 0, record.purpose, "purpose")
            rows += [SecRow("stay"), _wide(purpose)]
            rows += [SecRow("residence"), *[_wide(f) for f in _address(s, record.address)]]
            heads = ["spouse", "kid", "kid"]
            cols = [w.column("applicant")] + [
                w.column(heads[k]) + (" 2" if k == 2 else "") for k in range(extra)
            ]
            return MDoc(doc_type, title, record.address.city, [Table(cols, rows)])
        case Identity():
            return _identity_matrix(record, s, rng, doc_type, title)
    raise TypeError(type(record))


def _register_rows(s: Style, r: Geburt | Ehe | Sterbe) -> list[Row]:
    return [
        _wide(Fld("registry_office", f"Standesamt {r.office}", "registry_office")),
        _wide(Fld("register_number", r.register, "register_number")),
        _wide(Fld("issue_date", s.date(r.issue), "issue_date")),
    ]


def _id_fields(record: Identity, s: Style, rng: random.Random, col: int) -> list[Fld]:
    t = truth_fields(record)
    kind = "P" if record.document_code.startswith("P") else "I"
    kinds = (ID_KINDS20["P"][col], ID_KINDS20["I"][col])
    out = [
        Fld("doc_kind", ID_KINDS20[kind][col], "mrz_format", kinds, 0 if kind == "P" else 1),
        Fld("doc_number", record.document_number, "document_number"),
        Fld("issuing_state", record.issuing_state, "issuing_state"),
        Fld("expiry_date", s.date(record.expiry), "expiry_date"),
        Fld("family_name", str(t["family_name"]), "family_name"),
        Fld("given_names", str(t["given_names"]), "given_names"),
        Fld("date_of_birth", s.date(record.person.dob), "date_of_birth"),
    ]
    if rng.random() < 0.5:
        out.insert(1, Fld("doc_code", record.document_code, "document_code"))
    return out


def _identity_matrix(
    record: Identity, s: Style, rng: random.Random, doc_type: str, title: str
) -> MDoc:
    w = _w(s)
    flds = _id_fields(record, s, rng, 0)
    keep = [
        f for f in flds if f.key in ("doc_kind", "doc_number", "expiry_date") or rng.random() < 0.7
    ]
    check = rng.random() < 0.7
    rows: list[Row | SecRow] = [SecRow("filing")]
    for f in keep:
        cells = [Cell(f)] + (
            [Cell(None, "check" if rng.random() < 0.85 else "empty")] if check else []
        )
        rows.append(Row(f.key, cells))
    cols = [w.column("document")] + ([w.column("check")] if check else [])
    city = record.authority.replace("Stadt ", "") or "Bochum"
    return MDoc(doc_type, title, city, [Table(cols, rows)], tuple(record.lines))


def matrix_fields(doc: MDoc) -> list[Fld]:
    """Every value of a matrix document (for tests)."""
    return [
        c.fld
        for t in doc.tables
        for r in t.items
        if isinstance(r, Row)
        for c in r.cells
        if c.fld is not None
    ]


# --- webprint content -------------------------------------------------------------------------


def build_web(record: Record, s: Style, rng: random.Random, doc_type: str) -> WDoc:
    w = _w(s)
    title = w.title(doc_type)

    def person(
        p: Person, prefix: str = "", *, sex: bool = True, nat: bool = True, place: bool = True
    ) -> list[Fld]:
        out = [
            Fld("family_name", p.family, prefix + "family_name"),
            Fld("given_names", p.given, prefix + "given_names"),
        ]
        if rng.random() < 0.4:
            out.reverse()
        if p.birth_name:
            out.append(Fld("birth_name", p.birth_name, "birth_name"))
        out.append(Fld("date_of_birth", s.date(p.dob), prefix + "date_of_birth"))
        if place:
            out.append(Fld("place_of_birth", p.pob, "place_of_birth"))
        if sex:
            out.append(_sex(s, p.sex))
        if nat:
            out.append(_nat(s, p.nationality))
        return out

    def reg(r: Geburt | Ehe | Sterbe) -> WSec:
        return WSec(
            "register",
            [
                Fld("registry_office", f"Standesamt {r.office}", "registry_office"),
                Fld("register_number", r.register, "register_number"),
                Fld("issue_date", s.date(r.issue), "issue_date"),
            ],
            edit=False,
        )

    match record:
        case Anmeldung():
            me = person(record.person)
            if rng.random() < 0.5:
                me.append(Fld("marital", record.marital))
            flat = [
                Fld("move_in_date", s.date(record.move_in), "move_in_date"),
                *_address(s, record.address),
            ]
            if record.dwelling:
                flat.append(Fld("dwelling", DWELLING20[record.dwelling][1], "dwelling"))
            secs = [WSec("person", me), WSec("dwelling", flat)]
            if record.previous:
                secs.append(
                    WSec("previous", [Fld("previous_address", record.previous, "previous_address")])
                )
            contact = _contact(w, record, rng)
            if contact:
                secs.append(WSec("contact", contact))
            return WDoc(doc_type, title, record.address.city, secs)
        case Wohnungsgeber():
            role = w.word("owner") if record.landlord_is_owner else w.word("agent")
            landlord = [
                Fld("landlord_name", record.landlord_name, "landlord_name"),
                Fld("landlord_address", record.landlord_address.line, "landlord_address"),
                Fld("role", role),
            ]
            flat = [
                *_address(s, record.address),
                Fld("move_in_date", s.date(record.move_in), "move_in_date"),
            ]
            tenants = [Fld("tenant", t, "tenant_names") for t in record.tenants]
            return WDoc(
                doc_type,
                title,
                record.address.city,
                [WSec("landlord", landlord), WSec("flat", flat), WSec("tenants", tenants)],
            )
        case Geburt():
            child = person(record.child, nat=False)
            parents = [Fld("mother_name", record.mother, "mother_name")]
            if record.father:
                parents.append(Fld("father_name", record.father, "father_name"))
            return WDoc(
                doc_type,
                title,
                record.office,
                [WSec("child", child, False), WSec("parents", parents, False), reg(record)],
            )
        case Ehe():
            one = person(record.spouse1, "spouse1_", sex=False, nat=False, place=False)
            two = person(record.spouse2, "spouse2_", sex=False, nat=False, place=False)
            marriage = [
                Fld("marriage_date", s.date(record.marriage_date), "marriage_date"),
                Fld("marriage_place", record.marriage_place, "marriage_place"),
            ]
            return WDoc(
                doc_type,
                title,
                record.office,
                [
                    WSec("spouse1", one, False),
                    WSec("spouse2", two, False),
                    WSec("marriage", marriage, False),
                    reg(record),
                ],
            )
        case Sterbe():
            dead = person(record.person, sex=False, nat=False)
            death = [
                Fld("date_of_death", s.date(record.date_of_death), "date_of_death"),
                Fld("place_of_death", record.place_of_death, "place_of_death"),
            ]
            return WDoc(
                doc_type,
                title,
                record.office,
                [WSec("deceased", dead, False), WSec("death", death, False), reg(record)],
            )
        case Zulassung():
            holder = person(record.holder, "holder_", sex=False, nat=False, place=False)
            vehicle = [
                Fld("make", record.make),
                Fld("model", record.model),
                Fld("vin", record.vin, "vin"),
                Fld("evb_number", record.evb, "evb_number"),
            ]
            if record.plate:
                vehicle.append(Fld("desired_plate", record.plate, "desired_plate"))
            iban = group_iban(record.iban) if rng.random() < 0.6 else record.iban
            sepa = [
                Fld("account_holder", record.account_holder, "account_holder"),
                Fld("iban", iban, "iban"),
            ]
            if rng.random() < 0.6:
                sepa.append(Fld("bic", record.bic))
            secs = [
                WSec("holder", holder),
                WSec("address", _address(s, record.address)),
                WSec("vehicle", vehicle),
                WSec("sepa", sepa),
            ]
            if rng.random() < 0.5:
                secs = [WSec("holder", holder + _address(s, record.address)), *secs[2:]]
            return WDoc(doc_type, title, record.address.city, secs)
        case Aufenthalt():
            me = person(record.person, sex=rng.random() < 0.5)
            for f in me:
                if f.key == "sex":
                    f.name = ""  # not a field of this type
            passport = [
                Fld("passport_number", record.passport_number, "passport_number"),
                Fld("passport_expiry_date", s.date(record.passport_expiry), "passport_expiry_date"),
                Fld("entry_date", s.date(record.entry), "entry_date"),
            ]
            purpose = Fld("purpose", PURPOSE20[record.purpose][1], "purpose")
            secs = [
                WSec("person", me),
                WSec("passport", passport),
                WSec("stay", [purpose]),
                WSec("residence", _address(s, record.address)),
            ]
            contact = _contact(w, record, rng)
            if contact:
                secs.append(WSec("contact", contact))
            return WDoc(doc_type, title, record.address.city, secs)
        case Identity():
            flds = _id_fields(record, s, rng, 1)
            keep = [
                f
                for f in flds
                if f.key in ("doc_kind", "doc_number")
                or (
                    f.key not in ("family_name", "given_names", "date_of_birth")
                    and rng.random() < 0.6
                )
            ]
            city = record.authority.replace("Stadt ", "") or "Bochum"
            return WDoc(doc_type, title, city, [WSec("document", keep)], tuple(record.lines))
    raise TypeError(type(record))


def _contact(w: Extra20Wording, record: Record, rng: random.Random) -> list[Fld]:
    out = []
    if rng.random() < 0.6:
        user = f"{rng.choice(('mail', 'kontakt', 'post', 'info'))}{rng.randint(10, 99)}"
        host = rng.choice(("web.de", "gmx.net", "posteo.de", "t-online.de", "mailbox.org"))
        out.append(Fld("email", f"{user}@{host}"))
    phone = getattr(record, "phone", None)
    if phone and rng.random() < 0.7:
        out.append(Fld("phone", phone))
    if rng.random() < 0.4:
        ways = w.word("delivery_ways").split("|")
        out.append(Fld("delivery", ways[rng.randrange(len(ways))]))
    return out


def web_fields(doc: WDoc) -> list[Fld]:
    """Every entry of a webprint document (for tests)."""
    return [f for sec in doc.sections for f in sec.items]


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> MDoc | WDoc:
    if _matrix(s):
        return build_matrix(record, s, rng, doc_type)
    return build_web(record, s, rng, doc_type)


def fields(doc: MDoc | WDoc) -> list[Fld]:
    return matrix_fields(doc) if isinstance(doc, MDoc) else web_fields(doc)


def _day(doc: MDoc | WDoc, record: Record, rng: random.Random, back: int = 30) -> date:
    day = _furniture_day(record, rng, back)
    doc.furniture.append(day)
    return day


def _faces(rng: random.Random) -> tuple[Set4, str]:
    form = _set4(rng.choice(SERIF9 if rng.random() < 0.3 else SANS9))
    value = rng.choice(
        (_reg(*rng.choice(MONO9)), form.regular, form.regular, _set4(rng.choice(SANS9)).regular)
    )
    return form, value


# --- matrix drawing ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Mx:
    pen: Pen
    faces: Set4
    vface: str
    lsize: float
    vsize: float
    x0: float
    x1: float
    label_w: float
    ruling: str  # grid | hrules | zebra
    align: str  # left | right
    numbering: str  # none | plain | dotted
    short: bool
    p_sub: float
    head_fill: float
    weights: list[float]
    words: Extra20Wording
    subs: dict[str, str] = field(default_factory=dict)

    @property
    def ssize(self) -> float:
        return self.lsize * 0.8


def _col_widths(mx: _Mx, n: int) -> list[float]:
    avail = mx.x1 - mx.x0 - mx.label_w
    ws = (mx.weights + [1.0] * n)[:n]
    total = sum(ws)
    return [avail * k / total for k in ws]


def _label_text(mx: _Mx, key: str, number: str) -> tuple[list[str], list[str]]:
    text = mx.words.short(key) if mx.short else mx.words(key)
    if number:
        text = f"{number} {text}"
    room = mx.label_w - 8
    lines = list(simpleSplit(text, mx.faces.regular, mx.lsize, room))
    if len(lines) > 3 and not mx.short:
        lines = list(simpleSplit(mx.words.short(key), mx.faces.regular, mx.lsize, room))
    sub = mx.subs.get(key, "")
    sublines = list(simpleSplit(sub, mx.faces.italic, mx.ssize, room)) if sub else []
    return lines, sublines[:2]


def _tick_lines(mx: _Mx, f: Fld, width: float) -> list[list[int]]:
    box = mx.vsize * 0.8
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, option in enumerate(f.options):
        need = box + 3 + _width(option, mx.faces.regular, mx.vsize * 0.92) + 8
        if rows[-1] and x + need > width - 6:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += need
    return rows


def _value_lines(mx: _Mx, text: str, width: float) -> tuple[list[str], float]:
    room = max(width - 8, 20)
    size = mx.vsize
    longest = max((_width(t, mx.vface, size) for t in text.split()), default=0.0)
    if longest > room:
        size = max(5.5, size * room / longest)
    return list(simpleSplit(text, mx.vface, size, room)) or [""], size


def _cell_h(mx: _Mx, cell: Cell, width: float) -> float:
    if cell.fld is None:
        return mx.vsize * 1.3 + 6
    if cell.fld.options:
        return len(_tick_lines(mx, cell.fld, width)) * mx.vsize * 1.35 + 6
    lines, size = _value_lines(mx, cell.fld.value, width)
    return len(lines) * size * 1.22 + 7


def _heights(mx: _Mx, t: Table) -> list[float]:
    """Height of every item (the column headings first)."""
    widths = _col_widths(mx, len(t.cols))
    hs = [
        max(
            len(simpleSplit(c, mx.faces.bold, mx.lsize, w - 6))
            for c, w in zip(t.cols, widths, strict=True)
        )
        * mx.lsize
        * 1.2
        + 8
    ]
    numbers = _numbers(mx, t)
    rows_h: list[float] = []
    for item, number in zip(t.items, numbers, strict=True):
        if isinstance(item, SecRow):
            rows_h.append(mx.lsize * 1.3 + 7)
            continue
        lines, subs = _label_text(mx, item.key, number)
        lh = len(lines) * mx.lsize * 1.18 + len(subs) * mx.ssize * 1.15 + 7
        cw = [sum(widths)] if item.wide else widths
        ch = max(
            (
                _cell_h(mx, c, wd)
                for c, wd in zip(item.cells, cw, strict=True)
                if c.span == 1 and c.kind != "covered"
            ),
            default=0.0,
        )
        rows_h.append(max(lh, ch, mx.vsize * 1.3 + 6))
    # merged cells: the rows they cover must hold them
    for i, item in enumerate(t.items):
        if isinstance(item, Row):
            for c, wd in zip(item.cells, widths, strict=False):
                if c.span > 1:
                    need = _cell_h(mx, c, wd)
                    have = sum(rows_h[i : i + c.span])
                    if need > have:
                        rows_h[i + c.span - 1] += need - have
    return hs + rows_h


def _numbers(mx: _Mx, t: Table) -> list[str]:
    out = []
    sec = 0
    k = 0
    for item in t.items:
        if isinstance(item, SecRow):
            sec += 1
            k = 0
            out.append("")
            continue
        k += 1
        if mx.numbering == "plain":
            out.append(str(k))
        elif mx.numbering == "dotted":
            out.append(f"{sec}.{k}")
        else:
            out.append("")
    return out


def _tick(c: Canvas, x: float, y: float, size: float, marked: bool) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if marked:
        c.setLineWidth(1.0)
        c.line(x + 1.2, y + 1.2, x + size - 1.2, y + size - 1.2)
        c.line(x + 1.2, y + size - 1.2, x + size - 1.2, y + 1.2)


def _check_mark(c: Canvas, x: float, y: float, size: float) -> None:
    c.saveState()
    c.setLineWidth(1.1)
    c.setStrokeColorRGB(0.1, 0.15, 0.45)
    p = c.beginPath()
    p.moveTo(x, y + size * 0.45)
    p.lineTo(x + size * 0.35, y)
    p.lineTo(x + size, y + size * 0.9)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _draw_cell(mx: _Mx, cell: Cell, x: float, top: float, width: float, height: float) -> None:
    c = mx.pen.c
    if cell.kind == "dash":
        c.setFont(mx.vface, mx.vsize)
        c.drawString(x + 5, top - mx.vsize - 3, DASH)
        return
    if cell.kind == "check":
        _check_mark(c, x + 6, top - mx.vsize - 3, mx.vsize)
        return
    if cell.fld is None:
        return
    f = cell.fld
    if f.options:
        box = mx.vsize * 0.8
        y = top - mx.vsize - 3
        for line in _tick_lines(mx, f, width):
            cx = x + 5
            for i in line:
                _tick(c, cx, y - 0.5, box, i == f.chosen)
                c.setFont(mx.faces.regular, mx.vsize * 0.92)
                c.drawString(cx + box + 3, y, f.options[i])
                cx += box + 3 + _width(f.options[i], mx.faces.regular, mx.vsize * 0.92) + 8
            y -= mx.vsize * 1.35
        return
    lines, size = _value_lines(mx, f.value, width)
    c.setFont(mx.vface, size)
    y = top - size - 3
    for line in lines:
        c.drawString(x + 5, y, line)
        y -= size * 1.22


def _draw_table(mx: _Mx, t: Table, top: float, start: int, stop: int, heads: bool) -> float:
    """Items ``start:stop`` of ``t`` (with the column headings when ``heads``); returns the
    bottom y."""
    c = mx.pen.c
    hs = _heights(mx, t)
    widths = _col_widths(mx, len(t.cols))
    numbers = _numbers(mx, t)
    x0, x1, lx = mx.x0, mx.x1, mx.x0 + mx.label_w
    y = top
    c.setStrokeGray(0)
    if heads:
        h = hs[0]
        c.setFillGray(mx.head_fill)
        c.rect(lx, y - h, x1 - lx, h, stroke=0, fill=1)
        c.setFillGray(0)
        x = lx
        for col, wd in zip(t.cols, widths, strict=True):
            ly = y - mx.lsize - 3
            c.setFont(mx.faces.bold, mx.lsize)
            for line in simpleSplit(col, mx.faces.bold, mx.lsize, wd - 6):
                c.drawString(x + 4, ly, line)
                ly -= mx.lsize * 1.2
            if mx.ruling == "grid":
                c.setLineWidth(0.5)
                c.rect(x, y - h, wd, h, stroke=1, fill=0)
            x += wd
        c.setLineWidth(0.9)
        c.line(x0 if mx.ruling != "grid" else lx, y - h, x1, y - h)
        if mx.ruling == "grid":
            c.line(lx, y, x1, y)
        y -= h
    zebra = 0
    by = y
    for i in range(start, stop):  # backgrounds first: merged cells run over the next row
        item = t.items[i]
        h = hs[i + 1]
        if isinstance(item, SecRow):
            c.setFillGray(0.82 if mx.ruling != "zebra" else 0.72)
            c.rect(x0, by - h, x1 - x0, h, stroke=1 if mx.ruling == "grid" else 0, fill=1)
            c.setFillGray(0)
            zebra = 0
        else:
            if mx.ruling == "zebra" and zebra % 2 == 1:
                c.setFillGray(0.93)
                c.rect(x0, by - h, x1 - x0, h, stroke=0, fill=1)
                c.setFillGray(0)
            zebra += 1
        by -= h
    for i in range(start, stop):
        item = t.items[i]
        h = hs[i + 1]
        if isinstance(item, SecRow):
            c.setFont(mx.faces.bold, mx.lsize * 1.05)
            c.drawString(x0 + 4, y - h + 4.5, mx.words.section(item.key))
            y -= h
            continue
        if mx.ruling != "grid":
            c.setLineWidth(0.5)
            c.line(lx, y, lx, y - h)
        lines, subs = _label_text(mx, item.key, numbers[i])
        ly = y - mx.lsize - 3
        c.setFillGray(0.1)
        c.setFont(mx.faces.regular, mx.lsize)
        for line in lines:
            if mx.align == "right":
                c.drawRightString(lx - 4, ly, line)
            else:
                c.drawString(x0 + 4, ly, line)
            ly -= mx.lsize * 1.18
        c.setFillGray(0.35)
        c.setFont(mx.faces.italic, mx.ssize)
        for line in subs:
            if mx.align == "right":
                c.drawRightString(lx - 4, ly, line)
            else:
                c.drawString(x0 + 4, ly, line)
            ly -= mx.ssize * 1.15
        c.setFillGray(0)
        x = lx
        cw = [sum(widths)] if item.wide else widths
        for cell, wd in zip(item.cells, cw, strict=True):
            if cell.kind != "covered":
                span_h = sum(hs[i + 1 : i + 1 + cell.span])
                _draw_cell(mx, cell, x, y, wd, span_h)
                if mx.ruling == "grid":
                    c.setLineWidth(0.5)
                    c.rect(x, y - span_h, wd, span_h, stroke=1, fill=0)
            x += wd
        if mx.ruling == "grid":
            c.setLineWidth(0.5)
            c.rect(x0, y - h, mx.label_w, h, stroke=1, fill=0)
        elif mx.ruling == "hrules":
            c.setLineWidth(0.4)
            spans = [k for k, cell in enumerate(item.cells) if cell.kind == "covered"]
            if not spans and not any(cell.span > 1 for cell in item.cells):
                c.line(x0, y - h, x1, y - h)
            else:
                c.line(x0, y - h, lx, y - h)
                xx = lx
                for cell, wd in zip(item.cells, widths, strict=False):
                    nxt = (
                        i + 1 < len(t.items)
                        and isinstance(t.items[i + 1], Row)
                        and len(t.items[i + 1].cells) > 0
                    )
                    covered_below = False
                    if nxt:
                        below = t.items[i + 1]
                        assert isinstance(below, Row)
                        k = item.cells.index(cell)
                        covered_below = k < len(below.cells) and below.cells[k].kind == "covered"
                    if not covered_below:
                        c.line(xx, y - h, xx + wd, y - h)
                    xx += wd
        y -= h
    if mx.ruling != "grid":
        c.setLineWidth(0.9)
        c.line(x0, y, x1, y)
    return y


def _m_header(
    mx: _Mx,
    doc: MDoc,
    form_no: str,
    edition: str,
    page: int,
    pages: int,
    rng: random.Random,
    stamp: bool,
) -> float:
    pen = mx.pen
    c = pen.c
    w = mx.words
    top = PAGE_H - rng.uniform(40, 52)
    cert = doc.doc_type in CERTIFICATES
    unit = AUTHORITY_UNITS[doc.doc_type]
    issuer = f"Standesamt {doc.city}" if cert else f"Stadt {doc.city}"
    c.setFont(mx.faces.bold, 10)
    c.drawString(mx.x0, top, issuer)
    c.setFont(mx.faces.regular, 7.5)
    if not cert:
        c.drawString(mx.x0, top - 10, unit)
    c.drawRightString(mx.x1, top, f"{w.word('form_no')} {form_no}")
    c.drawRightString(mx.x1, top - 10, f"{w.word('edition')} {edition}")
    if pages > 1:
        c.drawRightString(mx.x1, top - 20, f"{w.word('sheet')} {page}/{pages}")
    y = top - 34
    if page == 1:
        size = rng.uniform(13, 16) if cert else rng.uniform(12, 14.5)
        room = mx.x1 - mx.x0 - (130 if stamp else 0)
        for line in simpleSplit(doc.title, mx.faces.bold, size, room):
            c.setFont(mx.faces.bold, size)
            if cert and not stamp:
                c.drawCentredString((mx.x0 + mx.x1) / 2, y, line)
            else:
                c.drawString(mx.x0, y, line)
            y -= size * 1.25
        if stamp:  # the office's receipt-stamp box
            c.setLineWidth(0.5)
            c.setDash(2, 2)
            c.rect(mx.x1 - 120, top - 88, 120, 52, stroke=1, fill=0)
            c.setDash()
            c.setFont(mx.faces.regular, 6)
            c.drawString(mx.x1 - 116, top - 44, w.word("received"))
            y = min(y, top - 96)
        if not cert and doc.doc_type != "identity_document":
            c.setFont(mx.faces.italic, 7.2)
            c.drawString(mx.x0, y + 2, w.word("hint"))
            y -= 10
    else:
        c.setFont(mx.faces.bold, 10.5)
        for line in simpleSplit(
            f"{doc.title} – {w.word('cont')}", mx.faces.bold, 10.5, mx.x1 - mx.x0 - 130
        ):
            c.drawString(mx.x0, y, line)
            y -= 13
        y -= 3
    return y - 6


def _m_footer(mx: _Mx, doc: MDoc, record: Record, rng: random.Random, y: float) -> None:
    c = mx.pen.c
    w = mx.words
    cert = doc.doc_type in CERTIFICATES
    if cert:
        c.setFont(mx.faces.italic, 8.5)
        c.drawString(mx.x0, y - 16, w.word("certified"))
        base = y - 74
        c.setStrokeGray(0.45)
        cx = mx.x0 + rng.uniform(40, 130)
        c.circle(cx, base + 14, 30, stroke=1, fill=0)
        c.circle(cx, base + 14, 23, stroke=1, fill=0)
        c.setFillGray(0.45)
        c.setFont(mx.faces.regular, 5.5)
        c.drawCentredString(cx, base - 24, w.word("seal_note"))
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(0.5)
        c.line(mx.x1 - 210, base, mx.x1, base)
        c.setFont(mx.faces.regular, 7)
        c.drawString(mx.x1 - 210, base - 9, w.word("registrar"))
        return
    day = _day(doc, record, rng)
    style = rng.choice(("numeric", "unpadded", "spaced"))
    y -= 26
    c.setFont(mx.vface, mx.vsize)
    c.drawString(mx.x0 + 4, y, f"{doc.city}, {format_extra20_date(day, style)}")
    c.setLineWidth(0.5)
    c.line(mx.x0, y - 4, mx.x0 + 190, y - 4)
    c.line(mx.x1 - 220, y - 4, mx.x1, y - 4)
    c.setFont(mx.faces.regular, 6.8)
    c.drawString(mx.x0, y - 12, w.word("place_date"))
    key = "sign_landlord" if doc.doc_type == "wohnungsgeberbestaetigung" else "signature"
    c.drawString(mx.x1 - 220, y - 12, w.word(key))
    if rng.random() < 0.5:  # the office's part at the foot of the page
        top = y - 30
        c.setDash(1, 2)
        c.line(mx.x0, top, mx.x1, top)
        c.setDash()
        c.setFont(mx.faces.italic, 6.8)
        c.drawString(mx.x0, top - 10, w.word("office_use"))
        ref = f"{_free_number(record, rng, 10, 98)}-{_free_number(record, rng, 1000, 9899)}"
        c.setFont(mx.faces.regular, 6.8)
        c.drawString(mx.x0, top - 20, f"{w.word('case')} {ref}")
        c.drawString(mx.x0 + 170, top - 20, f"{w.word('clerk')} ____")
        c.drawString(mx.x0 + 300, top - 20, f"{w.word('fee')} ______")


def _table_height(mx: _Mx, t: Table, start: int, stop: int, heads: bool) -> float:
    hs = _heights(mx, t)
    return (hs[0] if heads else 0.0) + sum(hs[1 + start : 1 + stop])


def draw_matrix(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    doc = build_matrix(record, s, rng, doc_type)
    faces, vface = _faces(rng)
    x0 = pen.left
    x1 = min(pen.right, PAGE_W - 38)
    ncols = max(len(t.cols) for t in doc.tables)
    label_w = (x1 - x0) * rng.uniform(0.24, 0.42) * (0.85 if ncols >= 4 else 1.0)
    weights = [rng.uniform(1.0, 1.45)] + [rng.uniform(0.85, 1.15) for _ in range(3)]
    mx = _Mx(
        pen,
        faces,
        vface,
        rng.uniform(6.6, 8.0),
        rng.uniform(8.4, 10.0),
        x0,
        x1,
        label_w,
        rng.choice(("grid", "grid", "hrules", "zebra")),
        rng.choice(("left", "left", "right")),
        rng.choice(("none", "plain", "dotted")),
        label_w < 130 or rng.random() < 0.15,
        rng.choice((1.0, 0.5, 0.25, 0.0)),
        rng.choice((0.86, 0.9, 0.8, 0.95)),
        weights,
        w,
    )
    for key in (
        "family_name",
        "given_names",
        "birth_name",
        "date_of_birth",
        "place_of_birth",
        "sex",
        "nationality",
        "move_in_date",
        "previous_address",
        "dwelling",
        "landlord_address",
        "tenant",
        "register_number",
        "vin",
        "evb_number",
        "iban",
        "passport_number",
        "entry_date",
        "purpose",
        "religion",
    ):
        sub = w.sub(key)
        if sub and rng.random() < mx.p_sub:
            mx.subs[key] = sub
    form_no = (
        f"{rng.choice(('MA', 'WG', 'ST', 'KFZ', 'AUF', 'ID'))} "
        f"{_free_number(record, rng, 10, 98)}.{rng.randint(1, 9)}"
    )
    edition = f"{rng.randint(1, 12):02d}/{rng.choice((2022, 2023, 2024, 2025))}"
    stamp = doc_type not in CERTIFICATES and rng.random() < 0.55
    if isinstance(record, Identity):
        _matrix_identity(mx, doc, record, rng, pages, form_no, edition)
        return
    state = rng.getstate()
    avail = PAGE_H - 130 - 120
    for _ in range(14):  # shrink until the tables fit their pages
        rng.setstate(state)
        chunks = _chunks(mx, doc, pages)
        need = [
            sum(_table_height(mx, doc.tables[t], a, b, h) + 12 for t, a, b, h in part)
            for part in chunks
        ]
        if max(need) < avail - (40 if stamp else 0):
            break
        mx.lsize = max(5.2, mx.lsize * 0.95)
        mx.vsize = max(6.0, mx.vsize * 0.95)
    for k, part in enumerate(chunks):
        if k:
            pen.new_page()
        y = _m_header(mx, doc, form_no, edition, k + 1, len(chunks), rng, stamp and k == 0)
        for t, a, b, h in part:
            y = _draw_table(mx, doc.tables[t], y, a, b, h) - 12
        if k == len(chunks) - 1:
            _m_footer(mx, doc, record, rng, y)


def _chunks(mx: _Mx, doc: MDoc, pages: int) -> list[list[tuple[int, int, int, bool]]]:
    """Which table rows go on which page: (table, first item, stop, with headings)."""
    whole = [(k, 0, len(t.items), True) for k, t in enumerate(doc.tables)]
    if pages == 1:
        return [whole]
    if len(doc.tables) > 1:
        return [whole[:1], whole[1:]]
    t = doc.tables[0]
    cuts = [i for i, item in enumerate(t.items) if isinstance(item, SecRow) and i > 0]
    hs = _heights(mx, t)[1:]
    half = sum(hs) / 2
    cut = min(cuts, key=lambda i: abs(sum(hs[:i]) - half)) if cuts else len(t.items) // 2
    cut = max(1, cut)
    return [[(0, 0, cut, True)], [(0, cut, len(t.items), True)]]


def _matrix_identity(
    mx: _Mx, doc: MDoc, r: Identity, rng: random.Random, pages: int, form_no: str, edition: str
) -> None:
    pen = mx.pen
    c = pen.c
    w = mx.words
    card = r.mrz_format == "TD1"
    parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
    style = rng.choice(VIZ_STYLES)
    t = doc.tables[0]
    th = _table_height(mx, t, 0, len(t.items), True)
    table_page = len(parts) if card or pages == 1 else 2
    for k, part in enumerate(parts):
        if k:
            pen.new_page()
        y = _m_header(mx, doc, form_no, edition, k + 1, pages, rng, False)
        c.setFont(mx.faces.italic, 7.5)
        c.drawString(mx.x0, y, w.word("copy_note"))
        y -= 10
        w0, h0 = _card_size(r, part, 1.0)
        room = y - 150 - (th + 20 if table_page == k + 1 else 0)
        scale = max(0.5, min(1.3, room / h0, (mx.x1 - mx.x0) / w0))
        x = mx.x0 + rng.uniform(0, max(0.0, mx.x1 - mx.x0 - w0 * scale))
        _draw_copy(pen, r, part, x, y - 4, scale, style, random.Random(rng.random()), False)
        y -= _card_size(r, part, scale)[1] + 20
        if table_page == k + 1:
            y = _draw_table(mx, t, y, 0, len(t.items), True)
            _id_foot(mx, doc, r, rng, y)
    if pages == 2 and not card:
        pen.new_page()
        y = _m_header(mx, doc, form_no, edition, 2, 2, rng, False)
        y = _draw_table(mx, t, y, 0, len(t.items), True)
        _id_foot(mx, doc, r, rng, y)


def _id_foot(mx: _Mx, doc: MDoc, r: Identity, rng: random.Random, y: float) -> None:
    c = mx.pen.c
    w = mx.words
    day = _day(doc, r, rng)
    ref = f"{_free_number(r, rng, 10, 98)}-{_free_number(r, rng, 100, 989)}"
    c.setFont(mx.faces.regular, 7.2)
    c.drawString(mx.x0, y - 16, f"{w.word('case')} {ref}")
    c.drawString(
        mx.x0, y - 27, f"{doc.city}, {format_extra20_date(day, rng.choice(('numeric', 'spaced')))}"
    )
    c.drawString(
        mx.x0 + 220,
        y - 27,
        f"{w.word('clerk')} {rng.choice('ABDEGHKLMNPRSTW')}{rng.choice('ABDEGHKLMNPRSTW')}",
    )


# --- webprint drawing -------------------------------------------------------------------------

LINK: RGB = (0.05, 0.3, 0.7)


@dataclass(slots=True)
class _Wx:
    pen: Pen
    faces: Set4
    vface: str
    size: float  # body size
    x0: float
    x1: float
    mode: str  # side | stacked
    label_frac: float
    rules: bool  # thin rules between entries
    accent: RGB
    edit_pos: str  # heading | entry | none
    words: Extra20Wording
    browser: str  # chrome | firefox
    bold_values: bool
    register: bool = False  # a certificate viewer labels register data


Block = tuple[float, Callable[[float], None]]


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, max(width, 20))) or [""]


def _entry_block(wx: _Wx, f: Fld, edit: bool) -> Block:
    c = wx.pen.c
    s = wx.size
    label = wx.words.register(f.key) if wx.register else wx.words(f.key)
    vfont = wx.faces.bold if wx.bold_values else wx.vface
    link_w = _width(wx.words.word("edit"), wx.faces.regular, s * 0.9) + 8 if edit else 0
    width = wx.x1 - wx.x0
    if wx.mode == "side":
        lw = width * wx.label_frac
        llines = _wrap(label, wx.faces.regular, s, lw - 10)
        vlines = _wrap(f.value, vfont, s, width - lw - 8 - link_w)
    else:
        llines = _wrap(label, wx.faces.regular, s * 0.85, width - link_w)
        vlines = _wrap(f.value, vfont, s * 1.05, width - link_w)
    if wx.mode == "side":
        h = max(len(llines), len(vlines)) * s * 1.3 + 8
    else:
        h = len(llines) * s * 1.05 + len(vlines) * s * 1.35 + 10

    def draw(top: float) -> None:
        y = top - s - 3
        if wx.mode == "side":
            c.setFillGray(0.35)
            c.setFont(wx.faces.regular, s)
            for line in llines:
                c.drawString(wx.x0, y, line)
                y -= s * 1.3
            c.setFillGray(0)
            c.setFont(vfont, s)
            vy = top - s - 3
            for line in vlines:
                c.drawString(wx.x0 + width * wx.label_frac, vy, line)
                vy -= s * 1.3
        else:
            c.setFillGray(0.4)
            c.setFont(wx.faces.regular, s * 0.85)
            for line in llines:
                c.drawString(wx.x0, y, line)
                y -= s * 1.05
            c.setFillGray(0)
            c.setFont(vfont, s * 1.05)
            y -= s * 0.3
            for line in vlines:
                c.drawString(wx.x0, y, line)
                y -= s * 1.35
        if edit:
            _link(wx, wx.words.word("edit"), wx.x1, top - s - 3, right=True)
        if wx.rules:
            c.setStrokeGray(0.8)
            c.setLineWidth(0.4)
            c.line(wx.x0, top - h + 2, wx.x1, top - h + 2)
            c.setStrokeGray(0)

    return h, draw


def _link(wx: _Wx, text: str, x: float, y: float, right: bool = False) -> None:
    c = wx.pen.c
    size = wx.size * 0.9
    tw = _width(text, wx.faces.regular, size)
    xl = x - tw if right else x
    c.setFillColorRGB(*LINK)
    c.setStrokeColorRGB(*LINK)
    c.setFont(wx.faces.regular, size)
    c.drawString(xl, y, text)
    c.setLineWidth(0.4)
    c.line(xl, y - 1.5, xl + tw, y - 1.5)
    c.setFillGray(0)
    c.setStrokeGray(0)


def _heading_block(wx: _Wx, text: str, edit: bool) -> Block:
    c = wx.pen.c
    size = wx.size * 1.3
    lines = _wrap(text, wx.faces.bold, size, wx.x1 - wx.x0 - 90)
    h = len(lines) * size * 1.2 + 12

    def draw(top: float) -> None:
        y = top - size - 4
        c.setFont(wx.faces.bold, size)
        c.setFillColorRGB(*wx.accent)
        for line in lines:
            c.drawString(wx.x0, y, line)
            y -= size * 1.2
        c.setFillGray(0)
        if edit:
            _link(wx, wx.words.word("edit"), wx.x1, top - size - 4, right=True)
        c.setStrokeColorRGB(*wx.accent)
        c.setLineWidth(0.8)
        c.line(wx.x0, top - h + 4, wx.x1, top - h + 4)
        c.setStrokeGray(0)

    return h, draw


def _text_block(
    wx: _Wx, text: str, size: float, face: str, gray: float = 0.0, gap: float = 6
) -> Block:
    c = wx.pen.c
    lines = _wrap(text, face, size, wx.x1 - wx.x0)
    h = len(lines) * size * 1.3 + gap

    def draw(top: float) -> None:
        y = top - size - 1
        c.setFillGray(gray)
        c.setFont(face, size)
        for line in lines:
            c.drawString(wx.x0, y, line)
            y -= size * 1.3
        c.setFillGray(0)

    return h, draw


def _box_block(wx: _Wx, text: str, fill: RGB, bar: RGB) -> Block:
    c = wx.pen.c
    size = wx.size * 0.92
    lines = _wrap(text, wx.faces.regular, size, wx.x1 - wx.x0 - 24)
    h = len(lines) * size * 1.3 + 16

    def draw(top: float) -> None:
        c.setFillColorRGB(*fill)
        c.rect(wx.x0, top - h + 4, wx.x1 - wx.x0, h - 6, stroke=0, fill=1)
        c.setFillColorRGB(*bar)
        c.rect(wx.x0, top - h + 4, 3.5, h - 6, stroke=0, fill=1)
        c.setFillGray(0.1)
        c.setFont(wx.faces.regular, size)
        y = top - size - 7
        for line in lines:
            c.drawString(wx.x0 + 14, y, line)
            y -= size * 1.3
        c.setFillGray(0)

    return h, draw


def _site_header(wx: _Wx, portal: str, nav: list[str], crumbs: list[str]) -> Block:
    c = wx.pen.c
    s = wx.size
    h = 30 + s * 1.3 + 14 + s * 1.2 + 10

    def draw(top: float) -> None:
        # the logo and the portal's name
        c.setFillColorRGB(*wx.accent)
        c.rect(wx.x0, top - 24, 22, 22, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont(wx.faces.bold, 12)
        c.drawCentredString(wx.x0 + 11, top - 18, portal[:1])
        c.setFillGray(0)
        c.setFont(wx.faces.bold, s * 1.35)
        c.drawString(wx.x0 + 30, top - 17, portal)
        # navigation
        y = top - 30 - s * 1.3
        c.setStrokeGray(0.75)
        c.setLineWidth(0.5)
        c.line(wx.x0, top - 30, wx.x1, top - 30)
        x = wx.x0
        c.setFont(wx.faces.regular, s * 0.95)
        for item in nav:
            tw = _width(item, wx.faces.regular, s * 0.95)
            if x + tw > wx.x1:
                break
            c.drawString(x, y + 2, item)
            x += tw + 16
        c.line(wx.x0, y - 6, wx.x1, y - 6)
        c.setStrokeGray(0)
        # breadcrumb
        y -= 14 + s * 0.6
        x = wx.x0
        c.setFont(wx.faces.regular, s * 0.85)
        for k, crumb in enumerate(crumbs):
            last = k == len(crumbs) - 1
            if last:
                c.setFillGray(0.3)
            else:
                c.setFillColorRGB(*LINK)
            c.drawString(x, y, crumb)
            x += _width(crumb, wx.faces.regular, s * 0.85)
            c.setFillGray(0.5)
            if not last:
                c.drawString(x + 4, y, "›")
                x += 14
        c.setFillGray(0)

    return h, draw


def _steps_block(wx: _Wx, steps: list[str], current: int, style: str, label: str) -> Block:
    c = wx.pen.c
    s = wx.size
    h = 44.0 if style == "circles" else 30.0

    def draw(top: float) -> None:
        if style == "circles":
            n = len(steps)
            gap = (wx.x1 - wx.x0) / n
            cy = top - 14
            c.setStrokeGray(0.6)
            c.setLineWidth(1)
            c.line(wx.x0 + gap / 2, cy, wx.x1 - gap / 2, cy)
            for k, name in enumerate(steps):
                cx = wx.x0 + gap * (k + 0.5)
                if k < current:
                    c.setFillColorRGB(*wx.accent)
                else:
                    c.setFillGray(1)
                c.setStrokeColorRGB(*wx.accent)
                c.circle(cx, cy, 8, stroke=1, fill=1)
                c.setFillGray(1 if k < current else 0.3)
                c.setFont(wx.faces.bold, 7.5)
                c.drawCentredString(cx, cy - 2.6, str(k + 1))
                c.setFillGray(0 if k == current - 1 else 0.45)
                face = wx.faces.bold if k == current - 1 else wx.faces.regular
                size = min(s * 0.8, 7.5)
                for j, part in enumerate(_wrap(name, face, size, gap - 6)[:2]):
                    c.setFont(face, size)
                    c.drawCentredString(cx, cy - 17 - j * size * 1.15, part)
            c.setFillGray(0)
            c.setStrokeGray(0)
        else:
            c.setFont(wx.faces.bold, s)
            c.drawString(wx.x0, top - s - 2, f"{label}: {steps[current - 1]}")
            c.setFillGray(0.88)
            c.rect(wx.x0, top - s - 14, wx.x1 - wx.x0, 5, stroke=0, fill=1)
            c.setFillColorRGB(*wx.accent)
            c.rect(wx.x0, top - s - 14, (wx.x1 - wx.x0) * current / len(steps), 5, stroke=0, fill=1)
            c.setFillGray(0)

    return h, draw


def _buttons_block(wx: _Wx, labels: list[str]) -> Block:
    c = wx.pen.c
    s = wx.size

    def draw(top: float) -> None:
        x = wx.x0
        for k, label in enumerate(labels):
            tw = _width(label, wx.faces.bold, s) + 24
            primary = k == len(labels) - 1
            if primary:
                x = max(x, wx.x1 - tw)
                c.setFillColorRGB(*wx.accent)
                c.roundRect(x, top - 26, tw, 20, 4, stroke=0, fill=1)
                c.setFillGray(1)
            else:
                c.setStrokeColorRGB(*wx.accent)
                c.roundRect(x, top - 26, tw, 20, 4, stroke=1, fill=0)
                c.setFillColorRGB(*wx.accent)
            c.setFont(wx.faces.bold, s)
            c.drawCentredString(x + tw / 2, top - 19.5, label)
            c.setFillGray(0)
            c.setStrokeGray(0)
            x += tw + 10

    return 34.0, draw


def _footer_block(wx: _Wx, links: list[str], line: str) -> Block:
    c = wx.pen.c
    s = wx.size * 0.85
    rows: list[list[str]] = [[]]
    x = 0.0
    for link in links:
        tw = _width(link, wx.faces.regular, s) + 14
        if rows[-1] and x + tw > wx.x1 - wx.x0:
            rows.append([])
            x = 0.0
        rows[-1].append(link)
        x += tw
    h = 16 + len(rows) * s * 1.5 + s * 1.4 + 6

    def draw(top: float) -> None:
        c.setFillGray(0.94)
        c.rect(wx.x0 - 6, top - h + 2, wx.x1 - wx.x0 + 12, h - 6, stroke=0, fill=1)
        y = top - 12 - s
        for row in rows:
            xx = wx.x0
            for link in row:
                c.setFillColorRGB(*LINK)
                c.setFont(wx.faces.regular, s)
                c.drawString(xx, y, link)
                xx += _width(link, wx.faces.regular, s) + 14
            y -= s * 1.5
        c.setFillGray(0.4)
        c.drawString(wx.x0, y - 2, line)
        c.setFillGray(0)

    return h, draw


def _image_block(
    wx: _Wx, r: Identity, part: str, scale: float, style: str, seed: float, caption: str
) -> Block:
    c = wx.pen.c
    w0, h0 = _card_size(r, part, scale)
    h = h0 + 34

    def draw(top: float) -> None:
        c.setFont(wx.faces.bold, wx.size)
        c.drawString(wx.x0, top - wx.size - 2, caption)
        c.setStrokeGray(0.7)
        c.setFillGray(0.96)
        c.rect(wx.x0, top - h + 4, w0 + 24, h0 + 14, stroke=1, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0)
        _draw_copy(wx.pen, r, part, wx.x0 + 12, top - 20, scale, style, random.Random(seed), True)

    return h, draw


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _chrome(wx: _Wx, page_title: str, url: str, stamp: str, page: int, pages: int) -> None:
    c = wx.pen.c
    c.setFont("Helvetica", 7.5)
    c.setFillGray(0.15)
    left, right = 28, PAGE_W - 28
    if wx.browser == "chrome":
        c.drawString(left, PAGE_H - 20, stamp)
        c.drawCentredString(PAGE_W / 2 + 30, PAGE_H - 20, _cut(page_title, 70))
        c.drawString(left, 16, _cut(url, 95))
        c.drawRightString(right, 16, f"{page}/{pages}")
    else:
        c.drawString(left, PAGE_H - 20, _cut(page_title, 60))
        c.drawRightString(right, PAGE_H - 20, _cut(url, 80))
        c.drawString(left, 16, f"{page} / {pages}")
        c.drawRightString(right, 16, stamp)
    c.setFillGray(0)


def _slug(city: str) -> str:
    out = city.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), (" ", "-"), (".", "")):
        out = out.replace(a, b)
    return out


def _web_blocks(
    wx: _Wx, doc: WDoc, record: Record, rng: random.Random, pages: int, portal: str, case_no: str
) -> tuple[list[Block], list[int], int | None]:
    """The page's blocks, the indexes before which a second page may start, and the one
    where it must start (an identity document's second image or data)."""
    w = wx.words
    cert = doc.doc_type in CERTIFICATES
    identity = isinstance(record, Identity)
    blocks: list[Block] = []
    breaks: list[int] = []
    forced: int | None = None
    nav = w.word("nav").split("|")
    crumbs = [w.word("home"), w.word("services"), doc.title.split(" (")[0].split(" – ")[0]]
    if not cert:
        crumbs.append(w.word("summary"))
    blocks.append(_site_header(wx, portal, nav, crumbs))
    if not cert:
        steps = w.word("steps").split("|")
        current = 3 if identity else len(steps) - 1
        blocks.append(
            _steps_block(
                wx,
                steps,
                current,
                rng.choice(("circles", "bar")),
                w.word("step_of").format(current, len(steps)),
            )
        )
    blocks.append(_text_block(wx, doc.title, wx.size * 1.75, wx.faces.bold, gap=8))
    if cert:
        code = "-".join(
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
            for _ in range(4)
        )
        day = _day(doc, record, rng, 10)
        stamp = (
            f"{format_extra20_date(day, 'numeric')}, {rng.randint(7, 21):02d}:"
            f"{rng.randint(0, 59):02d}"
        )
        blocks.append(
            _box_block(
                wx,
                f"{w.word('verify')}: {code}  ·  {w.word('verify_hint')}",
                (0.93, 0.96, 1.0),
                wx.accent,
            )
        )
        office = f"Standesamt {doc.city}"
        meta = [Fld("issuer", office), Fld("retrieved", stamp)]
        for f in meta:
            blocks.append(_meta_block(wx, w.word(f.key), f.value))
    elif identity:
        blocks.append(_box_block(wx, w.word("uploaded_ok"), (0.92, 0.97, 0.92), (0.1, 0.5, 0.2)))
    else:
        blocks.append(_text_block(wx, w.word("check_head"), wx.size * 1.25, wx.faces.bold))
        blocks.append(_text_block(wx, w.word("check_intro"), wx.size * 0.95, wx.faces.regular, 0.2))
        if rng.random() < 0.5:
            blocks.append(_text_block(wx, w.word("required"), wx.size * 0.8, wx.faces.italic, 0.4))
        if rng.random() < 0.45:
            blocks.append(
                _box_block(
                    wx,
                    w.word("session").format(rng.randint(5, 29)),
                    (1.0, 0.96, 0.86),
                    (0.85, 0.55, 0.1),
                )
            )
        blocks.append(_meta_block(wx, w.word("case_no"), case_no))
    if identity:
        assert isinstance(record, Identity)
        card = record.mrz_format == "TD1"
        parts = ["front", "back"] if card and pages == 2 else ["both" if card else "page"]
        name = (
            rng.choice(("IMG_", "scan_", "ausweis_", "pass_", "upload_"))
            + f"{_free_number(record, rng, 1000, 9899)}.{rng.choice(('jpg', 'png', 'pdf'))}"
        )
        size = f"{rng.randint(1, 6)},{rng.randint(0, 9)} MB"
        day = _day(doc, record, rng, 5)
        when = (
            f"{format_extra20_date(day, rng.choice(('numeric', 'weekday')))}, "
            f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        )
        for label, value in (
            (w.word("file_name"), name),
            (w.word("file_size"), size),
            (w.word("upload_time"), when),
            ("", w.word("status")),
        ):
            blocks.append(_meta_block(wx, label, value))
        style = rng.choice(VIZ_STYLES)
        for k, part in enumerate(parts):
            w0, h0 = _card_size(record, part, 1.0)
            scale = min(1.1, (wx.x1 - wx.x0 - 30) / w0, (360 if pages == 1 else 520) / h0)
            if pages == 1 and card:
                scale = min(scale, 300 / h0)
            if k:
                forced = len(blocks)
            blocks.append(
                _image_block(wx, record, part, scale, style, rng.random(), w.word("preview"))
            )
        if pages == 2 and not card:
            forced = len(blocks)
    for sec in doc.sections:
        breaks.append(len(blocks))
        edit = sec.edit and wx.edit_pos == "heading"
        blocks.append(_heading_block(wx, w.section(sec.key), edit))
        for k, f in enumerate(sec.items):
            if sec.key == "tenants" and len(sec.items) > 1:
                label = f"{w.word('person_n')} {k + 1}"
                blocks.append(_meta_block(wx, label, f.value))
                continue
            blocks.append(
                _entry_block(wx, f, sec.edit and wx.edit_pos == "entry" and rng.random() < 0.35)
            )
        if rng.random() < 0.15 and not cert:
            blocks.append(_box_block(wx, w.word("info"), (0.93, 0.95, 0.99), wx.accent))
    breaks.append(len(blocks))
    if cert:
        blocks.append(_buttons_block(wx, [w.word("download")]))
    elif identity:
        blocks.append(_buttons_block(wx, [w.word("replace"), w.word("back")]))
    else:
        labels = (
            [w.word("back")]
            + ([w.word("draft")] if rng.random() < 0.5 else [])
            + [w.word("submit")]
        )
        blocks.append(_buttons_block(wx, labels))
    if rng.random() < 0.5:
        blocks.append(_box_block(wx, w.word("cookie"), (0.95, 0.95, 0.95), (0.5, 0.5, 0.5)))
    year = 2026
    line = w.word("copyright").format(year, doc.city)
    blocks.append(_footer_block(wx, w.word("footer").split("|"), line))
    return blocks, breaks, forced


def _meta_block(wx: _Wx, label: str, value: str) -> Block:
    c = wx.pen.c
    s = wx.size * 0.95

    def draw(top: float) -> None:
        y = top - s - 2
        c.setFillGray(0.35)
        c.setFont(wx.faces.regular, s)
        x = wx.x0
        if label:
            c.drawString(x, y, f"{label}:")
            x += _width(f"{label}:", wx.faces.regular, s) + 6
        c.setFillGray(0)
        c.setFont(wx.faces.bold, s)
        c.drawString(x, y, value)

    return s * 1.45 + 4, draw


def draw_webprint(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    doc = build_web(record, s, rng, doc_type)
    form = _set4(rng.choice(SANS9 if rng.random() < 0.85 else SERIF9))
    vface = rng.choice((form.regular, form.regular, _set4(rng.choice(SANS9)).regular))
    accent = rng.choice(
        ((0.0, 0.27, 0.53), (0.55, 0.05, 0.1), (0.05, 0.4, 0.3), (0.2, 0.2, 0.25), (0.0, 0.35, 0.6))
    )
    margin = rng.uniform(36, 62)
    wx = _Wx(
        pen,
        form,
        vface,
        rng.uniform(8.6, 10.2),
        margin,
        PAGE_W - margin,
        rng.choice(("side", "side", "stacked")),
        rng.uniform(0.32, 0.45),
        rng.random() < 0.6,
        accent,
        rng.choice(("heading", "heading", "entry", "none")),
        w,
        rng.choice(("chrome", "firefox")),
        rng.random() < 0.6,
    )
    wx.register = doc_type in CERTIFICATES
    city = doc.city
    portal = rng.choice(
        (
            f"Serviceportal {city}",
            f"{city} digital",
            f"Bürgerportal {city}",
            f"Stadt {city} – Online-Dienste",
        )
    )
    token = "".join(rng.choice("abcdef0123456789") for _ in range(rng.randint(8, 14)))
    if doc_type in CERTIFICATES:
        path = rng.choice(("urkunden/ansicht", "register/auszug", "viewer/dokument"))
    elif doc_type == "identity_document":
        path = rng.choice(("upload/bestaetigung", "nachweise/upload", "dokumente/hochladen"))
    else:
        path = rng.choice(("antrag/zusammenfassung", "service/pruefen", "formular/summary"))
    url = (
        f"https://{rng.choice(('service', 'buergerportal', 'www'))}.{_slug(city)}.de/{path}"
        f"?id={token}"
    )
    day = _day(doc, record, rng, 6)
    stamp = (
        f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}, "
        f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    )
    page_title = f"{doc.title} | {portal}"
    case_no = (
        f"{rng.choice(('OZG', 'SPX', 'EA', 'VG'))}-{day.year}-"
        f"{_free_number(record, rng, 100000, 989999)}"
    )
    state = rng.getstate()
    top, bottom = PAGE_H - 40, 42
    for _ in range(16):  # shrink until the page fits its sheets
        rng.setstate(state)
        blocks, breaks, forced = _web_blocks(wx, doc, record, rng, pages, portal, case_no)
        chunks = _web_chunks(blocks, breaks, pages, forced)
        need = max(sum(b[0] for b in chunk) for chunk in chunks)
        if need < top - bottom:
            break
        wx.size *= 0.95
    for k, chunk in enumerate(chunks):
        if k:
            pen.new_page()
        _chrome(wx, page_title, url, stamp, k + 1, len(chunks))
        y = top
        for h, draw in chunk:
            draw(y)
            y -= h


def _web_chunks(
    blocks: list[Block], breaks: list[int], pages: int, forced: int | None
) -> list[list[Block]]:
    if pages == 1:
        return [blocks]
    if forced is not None:
        return [blocks[:forced], blocks[forced:]]
    total = sum(b[0] for b in blocks)
    cands = [i for i in breaks if 0 < i < len(blocks)]
    best = min(cands, key=lambda i: abs(sum(b[0] for b in blocks[:i]) - total * 0.58))
    return [blocks[:best], blocks[best:]]


def draw_extra20(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    if _matrix(s):
        draw_matrix(pen, record, s, rng, doc_type, pages)
    else:
        draw_webprint(pen, record, s, rng, doc_type, pages)
