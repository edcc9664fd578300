"""The tenth extra pair of blind held-out layouts: ``darkmode`` and ``memo``.

``darkmode`` is the PDF export of a citizen app or web portal in a dark theme: a dark page (or
dark cards on a light page), a status bar with the app's name, a step navigation, rounded cards
with a coloured accent bar, captions in a dimmer grey and values in white (sometimes the
reverse), icons drawn as simple shapes, segmented buttons or toggle switches for choices (the
chosen one highlighted), small helper texts and a footer with the export note. Two persons are
two cards side by side; identity documents a photographed document inside an upload card with
the data the portal read from it.

``memo`` is an authority's internal file note or a case worker's record sheet printed from an
office program: a letterhead line, file references, a subject line, the facts partly as a
clerk's running sentences (third person, abbreviations) and partly as short indented key–value
or dash lists, the clerk's initials and date, a distribution list and sometimes a handwritten
note. Certificates are a typed certified transcription from the register (monospaced, with the
certification clause at the end); identity documents a copy of the document with a typed file
note. Dates, references and clerk names of the furniture are never truth values.

Both draw straight from the record with the wording of ``samples.wording_extra10``. Whoever
tunes extraction must not read this module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Final

from reportlab.lib.utils import simpleSplit

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
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render_extra5 import (
    VIZ_STYLES,
    _card_size,
    _draw_copy,
    _seal,
    _signature,
    _truth_words,
    other_day,
    random_name,
)
from samples.render_extra9 import (
    MONO9,
    SANS9,
    SERIF9,
    Blk,
    Doc,
    F,
    Item,
    Prose,
    Sec,
    Set4,
    _fitted,
    _reg,
    _set4,
    _width,
)
from samples.truth import truth_fields
from samples.wording_extra10 import (
    DWELLING10,
    DWELLING_ORDER10,
    ID_KINDS10,
    LANDLORD_ROLES10,
    MARITAL10,
    MEMO_CERTIFY,
    MEMO_HAND,
    PURPOSE10,
    PURPOSE_ORDER10,
    SEX10,
    SEX_ORDER10,
    Extra10Wording,
    format_extra10_date,
    nationality_word,
    sex_word,
)

RGB = tuple[float, float, float]

# --- content -------------------------------------------------------------------------------------


def _w(s: Style) -> Extra10Wording:
    assert isinstance(s.words, Extra10Wording)
    return s.words


def _dark(s: Style) -> bool:
    return s.layout == "darkmode"


def _date_f(s: Style, key: str, d: date) -> F:
    return F(key, s.date(d), "date", short=True)


def _sex_f(s: Style, code: str) -> F:
    if s.sex_mode == "choice":
        return F(
            "sex",
            kind="choice",
            options=tuple(SEX10["button"][c] for c in SEX_ORDER10),
            chosen=SEX_ORDER10.index(code),
        )
    return F("sex", sex_word(code, s.sex_mode), short=True)


def _nat_f(s: Style, code: str) -> F:
    return F("nationality", nationality_word(code, s.nationality_mode), short=True)


def _address(s: Style, a: Address, line_key: str, rng: random.Random) -> list[F]:
    if s.address_mode == "one_line":
        return [F(line_key, a.line)]
    if s.address_mode == "lines":
        return [F("street_line", a.street_line), F("city_line", a.city_line)]
    fields = [
        F("street", a.street),
        F("house_number", a.number, short=True),
        F("postal_code", a.postal_code, short=True),
        F("city", a.city),
    ]
    if rng.random() < 0.3:
        fields = [fields[2], fields[3], fields[0], fields[1]]
    return fields


def _person(
    s: Style,
    p: Person,
    rng: random.Random,
    *,
    sex: bool = True,
    nat: bool = True,
    place: bool = True,
) -> list[F]:
    fields = [F("given_names", p.given), F("family_name", p.family)]
    if rng.random() < 0.5:
        fields.reverse()
    if p.birth_name:
        fields.append(F("birth_name", p.birth_name))
    fields.append(_date_f(s, "date_of_birth", p.dob))
    if place:
        fields.append(F("place_of_birth", p.pob))
    if sex:
        fields.insert(rng.choice((2, len(fields))), _sex_f(s, p.sex))
    if nat:
        fields.append(_nat_f(s, p.nationality))
    return fields


def _choice(
    s: Style,
    key: str,
    table: dict[str, tuple[str, str, str]],
    order: tuple[str, ...],
    chosen: str | None,
) -> F:
    """Darkmode: buttons or the app's sentence; memo: the clerk's word."""
    if _dark(s) and (s.purpose_mode == "choice" or chosen is None):
        return F(
            key,
            kind="choice",
            options=tuple(table[k][0] for k in order),
            chosen=order.index(chosen) if chosen else None,
        )
    if chosen is None:
        return F(key, "–", short=True)
    return F(key, table[chosen][1 if _dark(s) else 2], short=not _dark(s))


UNITS10: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgeramt", "Einwohnermeldewesen"),
    "wohnungsgeberbestaetigung": ("Bürgeramt", "Einwohnermeldewesen"),
    "antrag_zulassung": ("Kfz-Zulassungsbehörde", "Straßenverkehrsbehörde"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Amt für Migration"),
    "identity_document": ("Bürgeramt", "Ausländerbehörde"),
    "certificate": ("Standesamt",),
}


def build_doc(record: Record, s: Style, rng: random.Random, doc_type: str) -> Doc:
    """The sections of one document (applications and certificates alike)."""
    w = _w(s)
    title = w.title(doc_type)
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            person: list[Item] = list(_person(s, p, rng))
            if rng.random() < 0.5:
                person.append(
                    F("marital", MARITAL10.get(record.marital, record.marital), short=True)
                )
            if record.phone and rng.random() < 0.5:
                person.append(F("phone", record.phone, short=True))
            flat: list[Item] = [
                _date_f(s, "move_in_date", record.move_in),
                *_address(s, a, "address_line", rng),
            ]
            if record.dwelling or rng.random() < 0.5:
                flat.append(_choice(s, "dwelling", DWELLING10, DWELLING_ORDER10, record.dwelling))
            secs = [Sec("person", person), Sec("dwelling", flat)]
            if record.previous:
                secs.append(Sec("previous", [F("previous_address", record.previous)]))
            return Doc(title, a.city, rng.choice(UNITS10[doc_type]), secs, False, record.signed)
        case Wohnungsgeber():
            a = record.address
            role_i = 0 if record.landlord_is_owner else 1
            if _dark(s) and rng.random() < 0.6:
                role = F(
                    "landlord_role",
                    kind="choice",
                    options=tuple(r[0] for r in LANDLORD_ROLES10),
                    chosen=role_i,
                )
            else:
                role = F("landlord_role", LANDLORD_ROLES10[role_i][0 if _dark(s) else 1])
            landlord: list[Item] = [
                F("landlord_name", record.landlord_name),
                F("landlord_address", record.landlord_address.line),
            ]
            if rng.random() < 0.7:
                landlord.append(role)
            flat2: list[Item] = [
                _date_f(s, "move_in_date", record.move_in),
                *_address(s, a, "flat_line", rng),
            ]
            tenants: list[Item] = [
                F("tenant", t, label=f"{w('tenant')} {k}") for k, t in enumerate(record.tenants, 1)
            ]
            secs = [Sec("landlord", landlord), Sec("flat", flat2), Sec("tenants", tenants)]
            if rng.random() < 0.35:
                secs = [secs[1], secs[2], secs[0]]
            return Doc(title, a.city, rng.choice(UNITS10[doc_type]), secs, False, record.signed)
        case Zulassung():
            h, a = record.holder, record.address
            holder: list[Item] = [
                *_person(s, h, rng, sex=False, nat=False, place=False),
                *_address(s, a, "address_line", rng),
            ]
            vehicle: list[Item] = [
                F("make", record.make, short=True),
                F("model", record.model, short=True),
                F("vin", record.vin),
                F("evb_number", record.evb, short=True),
            ]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(F("desired_plate", plate, short=True))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa: list[Item] = [F("account_holder", record.account_holder), F("iban", iban)]
            if rng.random() < 0.6:
                sepa.append(F("bic", record.bic, short=True))
            if rng.random() < 0.6:
                sepa.append(F("bank", record.bank))
            return Doc(
                title,
                a.city,
                rng.choice(UNITS10[doc_type]),
                [Sec("holder", holder), Sec("vehicle", vehicle), Sec("sepa", sepa)],
                False,
                record.signed,
            )
        case Aufenthalt():
            p, a = record.person, record.address
            stay: list[Item] = [
                F("passport_number", record.passport_number, short=True),
                _date_f(s, "passport_expiry_date", record.passport_expiry),
                _date_f(s, "entry_date", record.entry),
                _choice(s, "purpose", PURPOSE10, PURPOSE_ORDER10, record.purpose),
            ]
            secs = [
                Sec("person", list(_person(s, p, rng, sex=rng.random() < 0.7))),
                Sec("passport", stay),
                Sec("residence", list(_address(s, a, "address_line", rng))),
            ]
            if rng.random() < 0.35:
                secs = [secs[0], secs[2], secs[1]]
            return Doc(title, a.city, rng.choice(UNITS10[doc_type]), secs, False, record.signed)
        case Geburt():
            c = record.child
            child: list[Item] = list(_person(s, c, rng, nat=False))
            if rng.random() < 0.5:
                child.insert(
                    len(child) - 1, F("birth_time", f"{record.birth_time} Uhr", short=True)
                )
            parents: list[Item] = [F("mother_name", record.mother)]
            if record.father:
                parents.append(F("father_name", record.father))
            return Doc(
                title,
                record.office,
                "Standesamt",
                [Sec("child", child), Sec("parents", parents), _register(s, record)],
                True,
                record.issue,
                record.issue,
                True,
            )
        case Ehe():
            spouses = []
            for k, sp in ((1, record.spouse1), (2, record.spouse2)):
                items: list[Item] = [F("family_name", sp.family), F("given_names", sp.given)]
                if sp.birth_name:
                    items.append(F("birth_name", sp.birth_name))
                items.append(_date_f(s, "date_of_birth", sp.dob))
                if rng.random() < 0.5:
                    items.append(F("place_of_birth", sp.pob))
                spouses.append(Sec(f"spouse{k}", items))
            marriage = Sec(
                "marriage",
                [
                    _date_f(s, "marriage_date", record.marriage_date),
                    F("marriage_place", record.marriage_place),
                ],
            )
            return Doc(
                title,
                record.office,
                "Standesamt",
                [*spouses, marriage, _register(s, record)],
                True,
                record.issue,
                record.issue,
                True,
            )
        case Sterbe():
            p = record.person
            deceased: list[Item] = list(_person(s, p, rng, sex=False, nat=False))
            if rng.random() < 0.5:
                deceased.append(F("last_residence", record.last_residence))
            death = Sec(
                "death",
                [
                    _date_f(s, "date_of_death", record.date_of_death),
                    F("place_of_death", record.place_of_death),
                ],
            )
            return Doc(
                title,
                record.office,
                "Standesamt",
                [Sec("deceased", deceased), death, _register(s, record)],
                True,
                record.issue,
                record.issue,
                True,
            )
    raise TypeError(type(record))


def _register(s: Style, record: Geburt | Ehe | Sterbe) -> Sec:
    return Sec(
        "register",
        [
            F("registry_office", f"Standesamt {record.office}"),
            F("register_number", record.register, short=True),
            _date_f(s, "issue_date", record.issue),
        ],
    )


def identity_fields(r: Identity, s: Style) -> list[F]:
    """What the portal or the clerk read from the document (values as the zone has them)."""
    t = truth_fields(r)
    kind = ID_KINDS10["P" if r.document_code.startswith("P") else "I"][0 if _dark(s) else 1]
    return [
        F("doc_kind", f"{kind} ({r.mrz_format})", short=True),
        F("doc_number", str(t["document_number"]), short=True),
        F("issuing_state", str(t["issuing_state"]), short=True),
        F("family_name", str(t["family_name"])),
        F("given_names", str(t["given_names"])),
        _date_f(s, "date_of_birth", r.person.dob),
        F("nationality", str(t["nationality"]), short=True),
        F("sex", sex_word(str(t["sex"]), "word" if _dark(s) else "abbr"), short=True),
        _date_f(s, "expiry_date", r.expiry),
    ]


def _furniture_day(record: Record, rng: random.Random, back: int = 40) -> date:
    base = min(REFERENCE_DATE - timedelta(days=rng.randint(0, back)), REFERENCE_DATE)
    return other_day(record, base, rng, 0)


def _label(w: Extra10Wording, f: F) -> str:
    return f.label or w(f.key)


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    return list(simpleSplit(text, face, size, max(width, 20))) or [""]


# --- darkmode ------------------------------------------------------------------------------------

ACCENTS: Final[tuple[RGB, ...]] = (
    (0.18, 0.62, 0.95),
    (0.20, 0.78, 0.62),
    (0.62, 0.45, 0.95),
    (0.98, 0.60, 0.20),
    (0.95, 0.35, 0.50),
    (0.30, 0.85, 0.85),
)


class _Dk:
    """One darkmode document's theme, faces and geometry."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen, self.c, self.rng = pen, pen.c, rng
        self.faces: Set4 = _set4(rng.choice(SANS9[:3] + SANS9[:2]))
        self.light_page = rng.random() < 0.25  # dark cards on a light page
        tone = rng.uniform(0.07, 0.14)
        tint = rng.choice(((0.0, 0.0, 0.0), (-0.01, 0.0, 0.03), (0.0, 0.01, 0.02)))
        self.bg: RGB = (
            (0.96, 0.96, 0.97)
            if self.light_page
            else (tone + tint[0], tone + tint[1], tone + tint[2])
        )
        card = tone + rng.uniform(0.06, 0.10)
        self.card: RGB = (card + tint[0], card + tint[1], card + tint[2])
        self.field: RGB = (card + 0.05 + tint[0], card + 0.05 + tint[1], card + 0.05 + tint[2])
        self.accent: RGB = rng.choice(ACCENTS)
        self.reverse = rng.random() < 0.2  # labels white, values dimmer
        hi, lo = rng.uniform(0.93, 1.0), rng.uniform(0.60, 0.72)
        self.value_gray, self.label_gray = (lo + 0.12, hi) if self.reverse else (hi, lo)
        self.vs = rng.uniform(10.0, 11.5)
        self.ls = rng.uniform(7.2, 8.2)
        self.radius = rng.uniform(5, 12)
        self.left = rng.uniform(30, 46)
        self.right = PAGE_W - self.left
        self.bar = rng.choice(("left", "top", "dot"))
        self.boxed = rng.random() < 0.5  # values inside a lighter input field
        self.two_col = rng.random() < 0.6
        self.chip = rng.choice(("segment", "segment", "toggle", "radio"))
        self.helpers = rng.random() < 0.6

    def text(self, x: float, y: float, s: str, size: float, face: str, gray: float) -> float:
        self.c.setFillGray(gray)
        self.c.setFont(face, size)
        self.c.drawString(x, y, s)
        return x + _width(s, face, size)

    def rgb_text(self, x: float, y: float, s: str, size: float, face: str, ink: RGB) -> None:
        self.c.setFillColorRGB(*ink)
        self.c.setFont(face, size)
        self.c.drawString(x, y, s)

    def value_face(self) -> str:
        return self.faces.regular if self.reverse else self.faces.bold


def _dk_icon(d: _Dk, x: float, y: float, r: float, kind: str) -> None:
    """A simple icon drawn from shapes, centred at (x, y)."""
    c = d.c
    c.saveState()
    c.setFillColorRGB(*d.accent)
    c.setStrokeColorRGB(*d.accent)
    c.setLineWidth(1.1)
    if kind == "person":
        c.circle(x, y + r * 0.35, r * 0.35, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x - r * 0.7, y - r * 0.75)
        p.curveTo(x - r * 0.7, y - r * 0.05, x + r * 0.7, y - r * 0.05, x + r * 0.7, y - r * 0.75)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "home":
        p = c.beginPath()
        p.moveTo(x - r * 0.8, y)
        p.lineTo(x, y + r * 0.8)
        p.lineTo(x + r * 0.8, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(x - r * 0.55, y - r * 0.75, r * 1.1, r * 0.8, stroke=0, fill=1)
    elif kind == "doc":
        c.roundRect(x - r * 0.6, y - r * 0.8, r * 1.2, r * 1.6, r * 0.15, stroke=1, fill=0)
        for k in range(3):
            c.line(
                x - r * 0.35, y + r * 0.35 - k * r * 0.35, x + r * 0.35, y + r * 0.35 - k * r * 0.35
            )
    elif kind == "car":
        c.roundRect(x - r * 0.9, y - r * 0.35, r * 1.8, r * 0.7, r * 0.2, stroke=0, fill=1)
        c.roundRect(x - r * 0.5, y + r * 0.1, r * 1.0, r * 0.55, r * 0.2, stroke=0, fill=1)
        c.setFillColorRGB(*d.card)
        c.circle(x - r * 0.5, y - r * 0.4, r * 0.25, stroke=0, fill=1)
        c.circle(x + r * 0.5, y - r * 0.4, r * 0.25, stroke=0, fill=1)
    elif kind == "check":
        c.circle(x, y, r * 0.85, stroke=0, fill=1)
        c.setStrokeColorRGB(*d.bg)
        c.setLineWidth(r * 0.22)
        p = c.beginPath()
        p.moveTo(x - r * 0.4, y)
        p.lineTo(x - r * 0.1, y - r * 0.3)
        p.lineTo(x + r * 0.45, y + r * 0.35)
        c.drawPath(p, stroke=1, fill=0)
    else:  # card / bank / generic: a ring with a dot
        c.circle(x, y, r * 0.8, stroke=1, fill=0)
        c.circle(x, y, r * 0.3, stroke=0, fill=1)
    c.restoreState()


ICONS: Final = {
    "person": "person",
    "child": "person",
    "deceased": "person",
    "spouse1": "person",
    "spouse2": "person",
    "holder": "person",
    "landlord": "person",
    "tenants": "person",
    "parents": "person",
    "dwelling": "home",
    "previous": "home",
    "flat": "home",
    "residence": "home",
    "vehicle": "car",
    "register": "doc",
    "marriage": "doc",
    "death": "doc",
    "passport": "doc",
    "document": "doc",
    "sepa": "ring",
    "upload": "doc",
}


def _dk_choice_geom(d: _Dk, f: F, width: float) -> tuple[list[list[int]], float]:
    """Rows of option indexes and the row height of a choice control."""
    size = d.vs * 0.9
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, o in enumerate(f.options):
        w = _width(o, d.faces.regular, size) + (24 if d.chip == "segment" else 36)
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += w + (0 if d.chip == "segment" else 10)
    return rows, size * 2.1


def _dk_choice(d: _Dk, f: F, x0: float, top: float, width: float) -> float:
    """Segmented buttons, toggle switches or radio dots; returns the height used."""
    c = d.c
    size = d.vs * 0.9
    rows, rh = _dk_choice_geom(d, f, width)
    y = top
    for row in rows:
        x = x0
        if d.chip == "segment":
            total = sum(_width(f.options[i], d.faces.regular, size) + 24 for i in row)
            c.saveState()
            c.setFillColorRGB(*d.field)
            c.roundRect(x, y - rh + 3, total, rh - 4, (rh - 4) / 2, stroke=0, fill=1)
            c.restoreState()
            for i in row:
                w = _width(f.options[i], d.faces.regular, size) + 24
                chosen = i == f.chosen
                if chosen:
                    c.saveState()
                    c.setFillColorRGB(*d.accent)
                    c.roundRect(
                        x + 1.5, y - rh + 4.5, w - 3, rh - 7, (rh - 7) / 2, stroke=0, fill=1
                    )
                    c.restoreState()
                face = d.faces.bold if chosen else d.faces.regular
                ink = 0.05 if chosen and sum(d.accent) > 1.6 else (1.0 if chosen else 0.7)
                d.text(x + 12, y - rh / 2 - size * 0.3 + 1, f.options[i], size, face, ink)
                x += w
        else:
            for i in row:
                chosen = i == f.chosen
                c.saveState()
                cy = y - rh / 2 + 1
                if d.chip == "toggle":
                    c.setFillColorRGB(*(d.accent if chosen else d.field))
                    c.roundRect(x, cy - 6, 22, 12, 6, stroke=0, fill=1)
                    c.setFillGray(1 if chosen else 0.55)
                    c.circle(x + (16 if chosen else 6), cy, 4.6, stroke=0, fill=1)
                    tx = x + 28
                else:
                    c.setStrokeColorRGB(*(d.accent if chosen else (0.5, 0.5, 0.5)))
                    c.setLineWidth(1.2)
                    c.circle(x + 6, cy, 5.5, stroke=1, fill=0)
                    if chosen:
                        c.setFillColorRGB(*d.accent)
                        c.circle(x + 6, cy, 3, stroke=0, fill=1)
                    tx = x + 16
                c.restoreState()
                face = d.faces.bold if chosen else d.faces.regular
                end = d.text(
                    tx, cy - size * 0.33, f.options[i], size, face, d.value_gray if chosen else 0.6
                )
                x = end + 14
        y -= rh
    return top - y


def _dk_field_h(d: _Dk, f: F, width: float) -> float:
    lh = d.ls + 5
    if f.kind == "choice":
        rows, rh = _dk_choice_geom(d, f, width)
        return lh + len(rows) * rh + 6
    lines = _wrap(f.value, d.value_face(), d.vs, width - (12 if d.boxed else 0))
    inner = len(lines) * d.vs * 1.3
    return lh + inner + (10 if d.boxed else 2) + 8


def _dk_field(
    d: _Dk, f: F, w: Extra10Wording, x: float, top: float, width: float, helper: str
) -> None:
    d.text(
        x,
        top - d.ls,
        _label(w, f),
        d.ls,
        d.faces.bold if d.reverse else d.faces.regular,
        d.label_gray,
    )
    y = top - d.ls - 5
    if f.kind == "choice":
        _dk_choice(d, f, x, y, width)
        return
    lines = _wrap(f.value, d.value_face(), d.vs, width - (12 if d.boxed else 0))
    h = len(lines) * d.vs * 1.3 + (10 if d.boxed else 2)
    c = d.c
    if d.boxed:
        c.saveState()
        c.setFillColorRGB(*d.field)
        c.roundRect(x, y - h, width, h, min(6, d.radius), stroke=0, fill=1)
        c.restoreState()
    else:
        c.saveState()
        c.setStrokeColorRGB(*d.field)
        c.setLineWidth(0.8)
        c.line(x, y - h - 1, x + width, y - h - 1)
        c.restoreState()
    ty = y - (5 if d.boxed else 1) - d.vs
    for line in lines:
        d.text(x + (6 if d.boxed else 0), ty, line, d.vs, d.value_face(), d.value_gray)
        ty -= d.vs * 1.3
    if helper:
        c.saveState()
        c.setFillGray(0.5)
        c.setFont(d.faces.italic, d.ls * 0.85)
        c.drawRightString(x + width, top - d.ls, helper)
        c.restoreState()


def _dk_grid(d: _Dk, fields: list[F], width: float) -> list[list[F]]:
    """Rows of one or two fields (two short ones side by side)."""
    rows: list[list[F]] = []
    pend: F | None = None
    for f in fields:
        if d.two_col and f.short and f.kind != "choice":
            if pend is None:
                pend = f
                continue
            rows.append([pend, f])
            pend = None
            continue
        if pend is not None:
            rows.append([pend])
            pend = None
        rows.append([f])
    if pend is not None:
        rows.append([pend])
    return rows


def _dk_card(
    d: _Dk, sec: Sec, w: Extra10Wording, x0: float, width: float, helpers: dict[str, str]
) -> Blk:
    pad = 14
    head = d.vs * 1.25 + 18
    inner = width - 2 * pad - (6 if d.bar == "left" else 0)
    fields = [f for f in sec.items if isinstance(f, F)]
    rows = _dk_grid(d, fields, inner)
    gap = 14

    def row_h(row: list[F]) -> float:
        cw = inner if len(row) == 1 else (inner - gap) / 2
        return max(_dk_field_h(d, f, cw) for f in row)

    height = head + sum(row_h(r) for r in rows) + pad

    def draw(top: float) -> None:
        c = d.c
        c.saveState()
        c.setFillColorRGB(*d.card)
        c.roundRect(x0, top - height + 6, width, height - 6, d.radius, stroke=0, fill=1)
        c.setFillColorRGB(*d.accent)
        if d.bar == "left":
            c.roundRect(x0, top - height + 6, 4, height - 6, 2, stroke=0, fill=1)
        elif d.bar == "top":
            c.rect(x0 + d.radius, top - 3, width - 2 * d.radius, 3, stroke=0, fill=1)
        c.restoreState()
        ix = x0 + pad + (6 if d.bar == "left" else 0)
        _dk_icon(d, ix + 7, top - 14 - d.vs * 0.4, 7, ICONS.get(sec.key, "ring"))
        d.text(
            ix + 20,
            top - 14 - d.vs * 0.75,
            sec.title or w.section(sec.key),
            d.vs * 1.2,
            d.faces.bold,
            1.0,
        )
        y = top - head
        for row in rows:
            cw = inner if len(row) == 1 else (inner - gap) / 2
            for k, f in enumerate(row):
                _dk_field(d, f, w, ix + k * (cw + gap), y, cw, helpers.get(f.key, ""))
            y -= row_h(row)

    return Blk(height, draw)


def _dk_pair(d: _Dk, a: Sec, b: Sec, w: Extra10Wording, helpers: dict[str, str]) -> Blk:
    """Two persons as two cards side by side."""
    gap = 12
    cw = (d.right - d.left - gap) / 2
    one = _dk_card(d, a, w, d.left, cw, helpers)
    two = _dk_card(d, b, w, d.left + cw + gap, cw, helpers)
    h = max(one.height, two.height)

    def draw(top: float) -> None:
        one.draw(top)
        two.draw(top)

    return Blk(h, draw)


def _dk_steps(d: _Dk, names: list[str], current: int, w: Extra10Wording) -> Blk:
    """The step navigation: numbered circles joined by a line, the current one highlighted."""
    size = d.ls * 0.95
    style = d.rng.choice(("circles", "tabs"))
    h = 40 if style == "circles" else 30

    def draw(top: float) -> None:
        c = d.c
        n = len(names)
        span = (d.right - d.left) / n
        if style == "circles":
            c.saveState()
            c.setStrokeColorRGB(*d.field)
            c.setLineWidth(2)
            c.line(d.left + span / 2, top - 10, d.right - span / 2, top - 10)
            c.restoreState()
        for i, name in enumerate(names):
            cx = d.left + span * (i + 0.5)
            done = i < current
            now = i == current
            c.saveState()
            if style == "circles":
                c.setFillColorRGB(*(d.accent if done or now else d.field))
                c.circle(cx, top - 10, 8, stroke=0, fill=1)
                c.setFillGray(0.05 if done or now else 0.8)
                c.setFont(d.faces.bold, 8)
                c.drawCentredString(cx, top - 13, str(i + 1))
                c.setFillGray((0.1 if d.light_page else 1) if now else 0.6)
                c.setFont(d.faces.bold if now else d.faces.regular, size)
                label = name if _width(name, d.faces.regular, size) < span - 4 else name[:16] + "…"
                c.drawCentredString(cx, top - 30, label)
            else:
                x = d.left + span * i
                c.setFillColorRGB(*(d.accent if now else d.card))
                c.rect(x + 1, top - 22, span - 2, 3 if not now else 22, stroke=0, fill=1)
                c.setFillGray(0.05 if now and sum(d.accent) > 1.6 else (1 if now else 0.65))
                c.setFont(d.faces.bold if now else d.faces.regular, size)
                label = f"{i + 1}  {name}"
                if _width(label, d.faces.regular, size) > span - 6:
                    label = label[:18] + "…"
                c.drawString(x + 6, top - 15, label)
            c.restoreState()

    return Blk(h, draw)


def _dk_status(d: _Dk, w: Extra10Wording, case_id: str, top: float) -> float:
    """The app's status bar across the page; returns its bottom."""
    c = d.c
    h = 34
    c.saveState()
    if d.light_page:
        c.setFillColorRGB(*[v * 0.6 for v in d.card])
    else:
        c.setFillColorRGB(*[max(0.0, v - 0.04) for v in d.bg])
    c.rect(0, top - h, PAGE_W, h, stroke=0, fill=1)
    c.setFillColorRGB(*d.accent)
    c.roundRect(d.left, top - h + 9, 16, 16, 4, stroke=0, fill=1)
    c.restoreState()
    d.text(d.left + 24, top - h + 12, w.word("app"), 11, d.faces.bold, 1.0)
    d.text(d.right - 150, top - h + 12, f"{w.word('case')}: {case_id}", 7.5, d.faces.regular, 0.7)
    # a menu icon
    c.saveState()
    c.setFillGray(0.75)
    for k in range(3):
        c.rect(d.right - 14, top - h + 11 + k * 5, 14, 1.8, stroke=0, fill=1)
    c.restoreState()
    return top - h


def _dk_page(d: _Dk) -> None:
    c = d.c
    c.saveState()
    c.setFillColorRGB(*d.bg)
    c.rect(0, 0, PAGE_W, PAGE_H, stroke=0, fill=1)
    c.restoreState()


def _dk_footer(d: _Dk, w: Extra10Wording, exported: str, n: int, total: int) -> None:
    gray = 0.35 if d.light_page else 0.55
    d.text(d.left, 26, f"{w.word('printed')} {exported}", 7, d.faces.regular, gray)
    s = f"{n} / {total}"
    d.c.setFillGray(gray)
    d.c.setFont(d.faces.regular, 7)
    d.c.drawRightString(d.right, 26, s)
    d.c.drawCentredString(PAGE_W / 2, 26, f"{w.word('privacy')}")


def _dk_title(d: _Dk, title: str, sub: str) -> Blk:
    size = d.rng.uniform(17, 21)
    gray = 0.1 if d.light_page else 1.0

    def draw(top: float) -> None:
        d.text(d.left, top - size, title, size, d.faces.bold, gray)
        if sub:
            d.text(
                d.left,
                top - size - 16,
                sub,
                d.ls * 1.05,
                d.faces.regular,
                0.35 if d.light_page else 0.65,
            )

    return Blk(size + (26 if sub else 12), draw)


def _dk_note(d: _Dk, text: str, icon: str = "check") -> Blk:
    """A small helper/status line with an icon."""

    def draw(top: float) -> None:
        _dk_icon(d, d.left + 6, top - 8, 6, icon)
        d.text(d.left + 18, top - 11, text, d.ls, d.faces.regular, 0.3 if d.light_page else 0.7)

    return Blk(20, draw)


def _dk_buttons(d: _Dk, w: Extra10Wording) -> Blk:
    def draw(top: float) -> None:
        c = d.c
        b1, b2 = w.word("back"), w.word("next")
        w2 = _width(b2, d.faces.bold, 9.5) + 30
        c.saveState()
        c.setFillColorRGB(*d.accent)
        c.roundRect(d.right - w2, top - 28, w2, 22, 11, stroke=0, fill=1)
        c.setStrokeGray(0.55)
        c.roundRect(
            d.left, top - 28, _width(b1, d.faces.regular, 9.5) + 30, 22, 11, stroke=1, fill=0
        )
        c.restoreState()
        d.text(
            d.right - w2 + 15,
            top - 20.5,
            b2,
            9.5,
            d.faces.bold,
            0.05 if sum(d.accent) > 1.6 else 1.0,
        )
        d.text(d.left + 15, top - 20.5, b1, 9.5, d.faces.regular, 0.6)

    return Blk(36, draw)


def draw_darkmode(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    if isinstance(record, Identity):
        _dk_identity(pen, record, s, rng, pages)
        return
    d = _Dk(pen, random.Random(rng.getrandbits(32)))
    doc = build_doc(record, s, rng, doc_type)
    case_id = f"{rng.choice('ABCDEFGHKMNPRTWX')}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    exported = format_extra10_date(
        _furniture_day(record, rng, 20), rng.choice(("numeric", "wd2_numeric"))
    )
    exported += f", {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
    helpers: dict[str, str] = {}
    if d.helpers and not doc.certificate:
        for sec in doc.sections:
            for f in sec.items:
                if isinstance(f, F) and f.kind == "date" and "date" not in helpers.values():
                    helpers[f.key] = w.word("help_date")
                    break
    names = [w.section(sec.key) for sec in doc.sections]
    if not doc.certificate:
        names.append(w.word("check"))
    current = len(names) - 1 if not doc.certificate else 0
    sub = w.word("verified") if doc.certificate else w.word("status")

    def build(k: float) -> list[Blk]:
        blocks = [_dk_title(d, doc.title, sub)]
        if not doc.certificate:
            blocks.append(_dk_steps(d, names, current, w))
        secs = list(doc.sections)
        i = 0
        while i < len(secs):
            sec = secs[i]
            if sec.key == "spouse1" and i + 1 < len(secs):
                blocks.append(_dk_pair(d, sec, secs[i + 1], w, helpers))
                i += 2
            else:
                blocks.append(_dk_card(d, sec, w, d.left, d.right - d.left, helpers))
                i += 1
            blocks.append(Blk(10 * k, lambda top: None))
        if doc.certificate:
            blocks.append(_dk_note(d, w.word("verified"), "check"))
        else:
            blocks.append(_dk_note(d, w.word("help_required"), "ring"))
            blocks.append(_dk_buttons(d, w))
        return blocks

    top = PAGE_H - 12
    status_h = 34 + 16
    room = top - status_h - 44
    laid = _fitted(build, room, room, pages)
    total = len(laid)
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        _dk_page(d)
        y = _dk_status(d, w, case_id, PAGE_H) - 16
        for b in chunk:
            b.draw(y)
            y -= b.height
        _dk_footer(d, w, exported, n, total)


def _dk_photo(
    d: _Dk, r: Identity, part: str, x: float, top: float, scale: float, style: str, seed: int
) -> None:
    """The photographed document: a dark table surface, a soft shadow, the document."""
    cw, ch = _card_size(r, part, scale)
    c = d.c
    c.saveState()
    c.setFillGray(d.rng.uniform(0.22, 0.32))
    c.roundRect(x - 16, top - ch - 16, cw + 32, ch + 32, 6, stroke=0, fill=1)
    c.setFillGray(0.12)
    c.roundRect(x + 3, top - ch - 4, cw, ch, 8 * scale, stroke=0, fill=1)
    c.restoreState()
    _draw_copy(d.pen, r, part, x, top, scale, style, random.Random(seed), True)


def _dk_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    w = _w(s)
    d = _Dk(pen, random.Random(rng.getrandbits(32)))
    d.two_col = True
    case_id = f"ID-{rng.randint(100000, 999999)}"
    exported = format_extra10_date(_furniture_day(r, rng, 20), "numeric")
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    fields = identity_fields(r, s)
    data = _dk_card(d, Sec("document", list(fields)), w, d.left, d.right - d.left, {})
    _dk_page(d)
    y = _dk_status(d, w, case_id, PAGE_H) - 16
    title = _dk_title(d, w.title("identity_document"), w.word("help_upload"))
    title.draw(y)
    y -= title.height
    # the upload card
    w1, h1 = _card_size(r, part, 1.0)
    room = y - 60 - (data.height if pages == 1 else 0) - 70
    scale = min(rng.uniform(0.95, 1.2), room / h1, (d.right - d.left - 60) / w1)
    cw, ch = _card_size(r, part, scale)
    up_h = ch + 76
    c = pen.c
    c.saveState()
    c.setFillColorRGB(*d.card)
    c.roundRect(d.left, y - up_h, d.right - d.left, up_h, d.radius, stroke=0, fill=1)
    c.setStrokeColorRGB(*d.accent)
    c.setDash(4, 3)
    c.roundRect(
        d.left + 8, y - up_h + 8, d.right - d.left - 16, up_h - 34, d.radius, stroke=1, fill=0
    )
    c.restoreState()
    _dk_icon(d, d.left + 20, y - 14, 7, "doc")
    d.text(d.left + 34, y - 18, w.section("upload"), d.vs * 1.1, d.faces.bold, 1.0)
    fname = f"{rng.choice(('IMG', 'Scan', 'Foto'))}_{rng.randint(1000, 9999)}.jpg"
    d.text(d.right - 160, y - 18, f"{w.word('file')}: {fname}", d.ls, d.faces.regular, 0.65)
    x = d.left + (d.right - d.left - cw) / 2 + rng.uniform(-15, 15)
    _dk_photo(d, r, part, x, y - 44, scale, style, seed)
    y -= up_h + 10
    _dk_note(d, w.word("uploaded"), "check").draw(y)
    y -= 24
    if pages == 2:
        _dk_footer(d, w, exported, 1, 2)
        pen.new_page()
        _dk_page(d)
        y = _dk_status(d, w, case_id, PAGE_H) - 16
        if card:
            _dk_photo(d, r, "back", d.left + 30, y - 20, scale, style, seed)
            y -= ch + 60
    data.draw(y)
    _dk_footer(d, w, exported, pages, pages)


# --- memo ----------------------------------------------------------------------------------------


class _Mm:
    """One memo's faces and geometry."""

    def __init__(self, pen: Pen, rng: random.Random, mono: bool) -> None:
        self.pen, self.c, self.rng = pen, pen.c, rng
        spec = rng.choice(SANS9[:3] + SERIF9[:2] + SANS9[:2])
        self.faces: Set4 = _set4(spec)
        name, fallback = rng.choice(MONO9)
        self.mono = _reg(name, fallback) if name else fallback
        if mono:
            self.faces = Set4(
                self.mono,
                _reg("DejaVuSansMono-Bold", "Courier-Bold")
                if self.mono == "DejaVuSansMono"
                else "Courier-Bold",
                self.mono,
                self.mono,
            )
        self.size = rng.uniform(9.8, 11.0) if not mono else rng.uniform(9.5, 10.5)
        self.lead = self.size * rng.uniform(1.3, 1.5)
        self.left = rng.uniform(62, 82)
        self.right = PAGE_W - rng.uniform(50, 70)
        self.indent = rng.uniform(18, 34)
        self.tab = rng.uniform(110, 150)
        self.list_mode = rng.choice(("tab", "tab", "dash", "colon"))
        self.heads = rng.choice(("underline", "bold", "plain"))

    def text(
        self, x: float, y: float, s: str, face: str | None = None, size: float | None = None
    ) -> float:
        face = face or self.faces.regular
        size = size or self.size
        self.c.setFillGray(0)
        self.c.setFont(face, size)
        self.c.drawString(x, y, s)
        return x + _width(s, face, size)


def _mm_par(m: _Mm, text: str, indent: float = 0.0, face: str | None = None) -> Blk:
    face = face or m.faces.regular
    lines = _wrap(text, face, m.size, m.right - m.left - indent)
    h = len(lines) * m.lead + m.lead * 0.5

    def draw(top: float) -> None:
        y = top - m.size
        for line in lines:
            m.text(m.left + indent, y, line, face)
            y -= m.lead

    return Blk(h, draw)


def _prose_text(p: Prose) -> str:
    out = ""
    for _kind, tok in p.toks:
        if not tok:
            continue
        if out and not tok.startswith((".", ",", ":")):
            out += " "
        out += tok
    return out


def _mm_items(m: _Mm, items: list[Item], w: Extra10Wording) -> list[Blk]:
    """Key–value lines (at a tab stop, after a dash or after a colon) and prose."""
    blocks: list[Blk] = []
    for it in items:
        if isinstance(it, Prose):
            blocks.append(_mm_par(m, _prose_text(it), m.indent))
            continue
        label = _label(w, it)
        value = it.value if it.kind != "choice" or it.chosen is None else it.options[it.chosen]
        x0 = m.left + m.indent
        if m.list_mode == "tab":
            key = f"{label}:"
            vx = x0 + max(m.tab, _width(key, m.faces.regular, m.size) + 10)
        else:
            prefix = "– " if m.list_mode == "dash" else ""
            key = f"{prefix}{label}:"
            vx = x0 + _width(key + " ", m.faces.regular, m.size)
        lines = _wrap(value, m.faces.regular, m.size, m.right - vx)

        def draw(
            top: float, key: str = key, vx: float = vx, lines: list[str] = lines, x0: float = x0
        ) -> None:
            y = top - m.size
            m.text(x0, y, key)
            for line in lines:
                m.text(vx, y, line)
                y -= m.lead

        blocks.append(Blk(len(lines) * m.lead, draw, brk=False))
    if blocks:
        blocks[0].brk = True
    return blocks


def _mm_head(m: _Mm, title: str) -> Blk:
    face = m.faces.bold if m.heads != "plain" else m.faces.regular

    def draw(top: float) -> None:
        y = top - m.size - 4
        end = m.text(m.left, y, title, face)
        if m.heads == "underline":
            m.c.setLineWidth(0.5)
            m.c.line(m.left, y - 2, end, y - 2)

    return Blk(m.lead + 6, draw)


def _mm_letterhead(
    m: _Mm, w: Extra10Wording, city: str, unit: str, ref: str, day: str, clerk: str, copy: bool
) -> Blk:
    sg = f"{m.rng.randint(10, 68)}.{m.rng.randint(1, 4)}"
    small = m.size * 0.8
    rows = [
        (w.office("ref"), ref),
        (w.office("clerk"), clerk),
        (w.office("case"), str(m.rng.randint(1000, 99999))),
    ]
    head = f"Stadt {city} – {unit} – SG {sg}"
    mode = m.rng.choice(("line", "right"))

    def draw(top: float) -> None:
        c = m.c
        y = top - small
        if copy:
            c.setFont(m.faces.bold, small)
            c.drawRightString(m.right, y, w.office("copy_of"))
        m.text(m.left, y, head, m.faces.bold if mode == "line" else m.faces.regular, small)
        c.setLineWidth(0.6)
        c.line(m.left, y - 4, m.right, y - 4)
        y -= small + 14
        if mode == "line":
            x = m.left
            for k, v in rows:
                x = m.text(x, y, f"{k} {v}", size=small) + 16
            c.setFont(m.faces.regular, small)
            c.drawRightString(m.right, y, day)
        else:
            for k, v in [*rows, ("", day)]:
                c.setFont(m.faces.regular, small)
                c.drawRightString(m.right, y, f"{k} {v}".strip())
                y -= small * 1.35

    return Blk(small * 2 + 20 + (0 if mode == "line" else small * 2.7 * 1.35), draw)


def _mm_closing(
    m: _Mm, w: Extra10Wording, record: Record, initials: str, day: str, rng: random.Random
) -> Blk:
    dist_n = rng.randint(2, 4)
    sg = f"SG {rng.randint(10, 68)}.{rng.randint(1, 4)}"
    resub = format_extra10_date(
        _furniture_day(record, rng, 0) + timedelta(days=rng.randint(14, 40)), "numeric"
    )
    items = [
        w.office("to_file"),
        f"{sg} {w.word('note_kind')}",
        f"{w.office('resubmit')} {resub}",
        f"{w.word('dist').rstrip(':')} Abt.-Ltg.",
    ]
    items = items[:dist_n]
    hand = rng.random() < 0.65
    note = rng.choice(MEMO_HAND)
    sign = rng.choice(("initials", "gez"))
    h = m.lead * (4 + dist_n) + 10

    def draw(top: float) -> None:
        y = top - m.lead - m.size
        if sign == "gez":
            m.text(m.left + 250, y, f"{w.office('signed')} {initials}")
        else:
            m.text(m.left + 250, y, f"{initials} {day}")
            _signature(m.pen, m.left + 250, y + 12, rng)
        y -= m.lead * 1.5
        m.text(m.left, y, w.word("dist"), m.faces.bold)
        y -= m.lead
        for k, it in enumerate(items, 1):
            m.text(m.left + m.indent, y, f"{k}. {it}")
            y -= m.lead
        if hand:
            c = m.c
            c.saveState()
            c.translate(m.left + 270, top - h + 16)
            c.rotate(rng.uniform(-6, 4))
            c.setFillColorRGB(0.1, 0.15, rng.uniform(0.45, 0.7))
            c.setFont(
                m.faces.italic if m.faces.italic != m.mono else "Helvetica-Oblique", m.size * 1.2
            )
            c.drawString(0, 0, f"{note} – {w.office('done')} {initials[:2]}")
            c.restoreState()

    return Blk(h, draw)


def _memo_lead(
    s: Style, record: Record, w: Extra10Wording, visit: str, rng: random.Random
) -> Prose | None:
    """The clerk's opening sentence (third person); the values in it are also listed below
    only when the list repeats them."""
    match record:
        case Anmeldung():
            p = record.person
            a, b = w.prose("appeared"), w.prose("appeared_end")
            return Prose(
                [
                    ("p", "Ast."),
                    ("v", f"{p.given} {p.family}"),
                    ("p", a),
                    ("p", visit),
                    ("p", b.rstrip(".")),
                    ("p", w.prose("moved")),
                    ("v", s.date(record.move_in)),
                    ("p", w.prose("moved_end")),
                    ("v", record.address.line),
                    ("p", "eingezogen zu sein."),
                ]
            )
        case Wohnungsgeber():
            return Prose(
                [
                    ("p", w.prose("landlord")),
                    ("v", record.landlord_name),
                    ("p", w.prose("landlord_end")),
                    ("v", ", ".join(record.tenants)),
                    ("p", "."),
                ]
            )
        case Zulassung():
            h = record.holder
            return Prose(
                [
                    ("p", "Ast."),
                    ("v", f"{h.given} {h.family}"),
                    ("p", w.prose("holder")),
                    ("v", f"{record.make} {record.model}"),
                    ("p", "."),
                ]
            )
        case Aufenthalt():
            p = record.person
            return Prose(
                [
                    ("p", "Ast."),
                    ("v", f"{p.given} {p.family}"),
                    ("p", f"(StA: {nationality_word(p.nationality, 'adjective')})"),
                    ("p", w.prose("stay")),
                ]
            )
    return None


def _mm_blocks(m: _Mm, doc: Doc, w: Extra10Wording) -> list[Blk]:
    blocks: list[Blk] = []
    for sec in doc.sections:
        head = _mm_head(m, w.section(sec.key))
        items = _mm_items(m, sec.items, w)
        if items:
            items[0].brk = False
        blocks.append(head)
        blocks += items
        blocks.append(Blk(m.lead * 0.4, lambda top: None, brk=False))
    return blocks


def draw_memo(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    w = _w(s)
    if isinstance(record, Identity):
        _mm_identity(pen, record, s, rng, pages)
        return
    if isinstance(record, Geburt | Ehe | Sterbe):
        _mm_transcript(pen, record, s, rng, doc_type, pages)
        return
    m = _Mm(pen, random.Random(rng.getrandbits(32)), rng.random() < 0.2)
    doc = build_doc(record, s, rng, doc_type)
    avoid = _truth_words(record)
    clerk = random_name(rng, avoid)
    initials = (
        clerk.split()[-1][:2].title()
        if rng.random() < 0.6
        else (clerk.split()[0][0] + clerk.split()[-1][0])
    )
    day = _furniture_day(record, rng)
    day_s = format_extra10_date(day, rng.choice(("numeric", "numeric", "mon3")))
    visit = format_extra10_date(
        other_day(record, day - timedelta(days=rng.randint(1, 9)), rng, 0), "numeric"
    )
    ref = f"{rng.randint(10, 68)}.{rng.randint(1, 4)}-{rng.randint(100, 9999)}/{day.year % 100:02d}"
    clerk_s = f"{clerk.split()[-1]}, {w.word('room')} {rng.randint(100, 420)}"
    lead = _memo_lead(s, record, w, visit, rng)
    closing_seed = rng.getrandbits(32)

    def build(k: float) -> list[Blk]:
        m.lead = m.size * 1.4 * max(k, 0.8)
        blocks = [_mm_letterhead(m, w, doc.city, doc.unit, ref, day_s, clerk_s, False)]
        blocks.append(Blk(8, lambda top: None, brk=False))
        title = w.office("memo") if rng.random() < 0.5 else w.word("memo")
        blocks.append(_mm_par(m, title, 0, m.faces.bold))
        blocks.append(_mm_par(m, f"{w.office('subject')} {doc.title}", 0, m.faces.bold))
        blocks.append(_mm_par(m, f"{w.word('refers')} {visit}"))
        if lead is not None:
            blocks.append(_mm_par(m, _prose_text(lead)))
        blocks += _mm_blocks(m, doc, w)
        blocks.append(_mm_closing(m, w, record, initials, day_s, random.Random(closing_seed)))
        return blocks

    top = PAGE_H - rng.uniform(40, 56)
    room = top - 60
    laid = _fitted(build, room, room, pages)
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        y = top
        if n > 1:
            m.text(
                m.left,
                y - m.size * 0.8,
                f"{w.office('ref')} {ref} – {w.office('page')} {n}",
                size=m.size * 0.8,
            )
            y -= m.size * 2.2
        for b in chunk:
            b.draw(y)
            y -= b.height
        m.c.setFont(m.faces.regular, 7)
        m.c.setFillGray(0.3)
        m.c.drawRightString(m.right, 30, f"{w.office('page')} {n}/{len(laid)}")


def _mm_transcript(
    pen: Pen, record: Geburt | Ehe | Sterbe, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    """A typed certified transcription from the register, monospaced, with the certification
    clause at the end."""
    w = _w(s)
    m = _Mm(pen, random.Random(rng.getrandbits(32)), True)
    m.list_mode = rng.choice(("tab", "dots"))
    doc = build_doc(record, s, rng, doc_type)
    avoid = _truth_words(record)
    registrar = random_name(rng, avoid)
    register_kind = {
        "geburtsurkunde": "Geburtenregister",
        "eheurkunde": "Eheregister",
        "sterbeurkunde": "Sterberegister",
    }[doc_type]
    clause = rng.choice(MEMO_CERTIFY)
    issue = s.date(record.issue)
    prose: Prose | None = None
    if isinstance(record, Geburt) and rng.random() < 0.6:
        born, born_in, born_end = w.prose_set("born", "born_in", "born_end")
        prose = Prose(
            [
                ("p", "Das Kind"),
                ("p", born),
                ("v", s.date(record.child.dob)),
                ("p", born_in),
                ("v", record.child.pob),
                ("p", born_end),
            ]
        )
    elif isinstance(record, Ehe):
        a, b2, c = w.prose_set("married", "married_before", "married_end")
        prose = Prose(
            [
                ("p", "Die Vorgenannten"),
                ("p", a),
                ("v", s.date(record.marriage_date)),
                ("p", b2),
                ("v", record.marriage_place),
                ("p", c),
            ]
        )
    elif isinstance(record, Sterbe) and rng.random() < 0.7:
        a, b2, c = w.prose_set("died", "died_in", "died_end")
        prose = Prose(
            [
                ("p", "Die/Der Verstorbene"),
                ("p", a),
                ("v", s.date(record.date_of_death)),
                ("p", b2),
                ("v", record.place_of_death),
                ("p", c),
            ]
        )

    def kv(f: F) -> Blk:
        label = _label(w, f)
        value = f.value if f.kind != "choice" or f.chosen is None else f.options[f.chosen]
        cols = 26
        if m.list_mode == "dots":
            key = (label + " ").ljust(cols, ".") + " "
        else:
            key = (label + ":").ljust(cols) + " "
        x0 = m.left + m.indent
        vx = x0 + _width(key, m.faces.regular, m.size)
        lines = _wrap(value, m.faces.regular, m.size, m.right - vx)

        def draw(top: float) -> None:
            y = top - m.size
            m.text(x0, y, key)
            for line in lines:
                m.text(vx, y, line)
                y -= m.lead

        return Blk(len(lines) * m.lead, draw, brk=False)

    def build(k: float) -> list[Blk]:
        m.lead = m.size * 1.45 * max(k, 0.8)
        blocks: list[Blk] = []
        blocks.append(_mm_par(m, f"Standesamt {record.office}", 0, m.faces.bold))
        blocks.append(_mm_par(m, f"{register_kind} Nr. {record.register}"))
        blocks.append(Blk(m.lead, lambda top: None, brk=False))
        blocks.append(_mm_par(m, "  ".join(w.office("copy_of").upper()), 0, m.faces.bold))
        blocks.append(_mm_par(m, doc.title))
        blocks.append(Blk(m.lead * 0.6, lambda top: None, brk=False))
        for sec in doc.sections:
            blocks.append(_mm_head(m, w.section(sec.key)))
            for it in sec.items:
                if isinstance(it, F):
                    blocks.append(kv(it))
            blocks.append(Blk(m.lead * 0.5, lambda top: None, brk=False))
            if sec.key in ("child", "marriage", "death") and prose is not None:
                blocks.append(_mm_par(m, _prose_text(prose), m.indent))
        blocks.append(Blk(m.lead, lambda top: None))
        blocks.append(_mm_par(m, w.office("certify_head"), 0, m.faces.bold))
        blocks.append(_mm_par(m, clause))
        blocks.append(_mm_par(m, f"{record.office}, den {issue}"))
        seal_word = w.office("office_seal")

        def sign(top: float) -> None:
            m.text(m.left + 230, top - m.size - 26, f"{w.office('signed')} {registrar}")
            m.text(
                m.left + 230,
                top - m.size - 26 - m.lead,
                "Standesbeamtin/Standesbeamter",
                size=m.size * 0.85,
            )
            m.text(m.left + 40, top - m.size - 10, seal_word, size=m.size * 0.9)
            _seal(m.pen, m.left + 90, top - 40, 26, 0.55)
            _signature(m.pen, m.left + 240, top - 22, rng)

        blocks.append(Blk(80, sign, brk=False))
        return blocks

    top = PAGE_H - rng.uniform(48, 64)
    room = top - 60
    laid = _fitted(build, room, room, pages)
    for n, chunk in enumerate(laid, 1):
        if n > 1:
            pen.new_page()
        y = top
        for b in chunk:
            b.draw(y)
            y -= b.height
        m.c.setFont(m.faces.regular, 8)
        m.c.setFillGray(0.2)
        m.c.drawCentredString(PAGE_W / 2, 34, f"- {n} -")


def _mm_identity(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    """A copy of the document with a typed file note above or below it."""
    w = _w(s)
    m = _Mm(pen, random.Random(rng.getrandbits(32)), rng.random() < 0.3)
    m.list_mode = rng.choice(("tab", "dash"))
    avoid = _truth_words(r)
    clerk = random_name(rng, avoid)
    day = _furniture_day(r, rng)
    day_s = format_extra10_date(day, "numeric")
    city = r.authority.replace("Stadt ", "") or rng.choice(("Bochum", "Essen", "Herne"))
    unit = rng.choice(UNITS10["identity_document"])
    ref = f"{rng.randint(10, 68)}.{rng.randint(1, 4)}-{rng.randint(100, 9999)}/{day.year % 100:02d}"
    fields = identity_fields(r, s)
    card = r.mrz_format == "TD1"
    part = ("front" if pages == 2 else "both") if card else "page"
    style = rng.choice(VIZ_STYLES)
    seed = rng.getrandbits(32)
    kind = ID_KINDS10["P" if r.document_code.startswith("P") else "I"][1]
    note = (
        f"Die vorsprechende Person legte am {day_s} das nachstehend kopierte Dok. ({kind}) "
        f"im Original vor. Identität geprüft, Kopie z. d. A. genommen."
    )
    blocks = [
        _mm_letterhead(m, w, city, unit, ref, day_s, clerk.split()[-1], False),
        Blk(6, lambda top: None),
        _mm_par(m, w.title("identity_document"), 0, m.faces.bold),
        _mm_par(m, note),
    ]
    blocks += _mm_items(m, list(fields), w)
    initials = clerk.split()[0][0] + clerk.split()[-1][0]
    blocks.append(_mm_par(m, f"{w.office('signed')} {initials}, {day_s}"))
    y = PAGE_H - rng.uniform(40, 56)
    below = rng.random() < 0.5 or pages == 2
    w1, h1 = _card_size(r, part, 1.0)
    text_h = sum(b.height for b in blocks)
    room = y - 70 - (text_h if pages == 1 else 0)
    scale = min(rng.uniform(0.95, 1.2), room / h1, (m.right - m.left - 30) / w1)
    cw, ch = _card_size(r, part, scale)
    x = m.left + rng.uniform(5, max(6.0, m.right - m.left - cw - 5))

    def copy(top: float, which: str) -> None:
        c = pen.c
        c.saveState()
        c.setFillGray(rng.uniform(0.9, 0.96))
        c.rect(x - 10, top - ch - 10, cw + 20, ch + 20, stroke=0, fill=1)
        c.restoreState()
        _draw_copy(pen, r, which, x, top, scale, style, random.Random(seed), True)

    if below:
        for b in blocks:
            b.draw(y)
            y -= b.height
        if pages == 2:
            pen.new_page()
            y = PAGE_H - 70
        copy(y - 16, part)
        if pages == 2 and card:
            copy(y - 16 - ch - 40, "back")
    else:
        copy(y - 10, part)
        y -= ch + 36
        for b in blocks:
            b.draw(y)
            y -= b.height
    _ = _mm_hand(m, w, rng)


def _mm_hand(m: _Mm, w: Extra10Wording, rng: random.Random) -> bool:
    """A handwritten-looking note in the margin (sometimes)."""
    if rng.random() < 0.5:
        return False
    c = m.c
    c.saveState()
    c.translate(m.right - 150, 70)
    c.rotate(rng.uniform(-8, 8))
    c.setFillColorRGB(0.1, 0.15, rng.uniform(0.45, 0.7))
    c.setFont("Helvetica-Oblique", m.size * 1.15)
    c.drawString(0, 0, f"{rng.choice(MEMO_HAND)} – {w.office('done')}")
    c.restoreState()
    return True


# --- entry point ---------------------------------------------------------------------------------


def draw_extra10(
    pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str, pages: int
) -> None:
    """Draw one document of the ``darkmode`` or ``memo`` layout; ``pages`` is what the plan
    asks for."""
    if s.layout == "darkmode":
        draw_darkmode(pen, record, s, rng, doc_type, pages)
    else:
        draw_memo(pen, record, s, rng, doc_type, pages)
