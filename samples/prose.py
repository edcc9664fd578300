"""The ``certificate`` layout family: Standesamt certificates in prose, other forms as letters.

Values sit inside sentences ("… ist am 14. März 1987 in Bochum geboren."), so extraction
cannot lean on labels for them.
"""

from __future__ import annotations

from samples.content import Style, group_iban
from samples.data import (
    Anmeldung,
    Aufenthalt,
    Ehe,
    Geburt,
    Record,
    Sterbe,
    Wohnungsgeber,
    Zulassung,
)
from samples.pen import PAGE_W, Pen
from samples.wording import PURPOSE_WORDING, SEX_WORDS, nationality_text

Paragraphs = list[str]


def _pick(s: Style, options: tuple[str, ...]) -> str:
    return options[s.rng.randrange(len(options))]


# --- Standesamt certificates -------------------------------------------------------------------

def geburt_text(r: Geburt, s: Style) -> Paragraphs:
    c = r.child
    sex = SEX_WORDS[c.sex]
    body = _pick(s, (
        f"{c.given} {c.family} ist am {s.date(c.dob)} in {c.pob} geboren.",
        f"{c.given} {c.family} wurde am {s.date(c.dob)} um {r.birth_time} Uhr in {c.pob} "
        "geboren.",
    ))
    paragraphs = [body, f"Geschlecht: {sex}", f"Mutter: {r.mother}"]
    if r.father:
        paragraphs.append(f"Vater: {r.father}")
    return paragraphs


def ehe_text(r: Ehe, s: Style) -> Paragraphs:
    a, b = r.spouse1, r.spouse2
    first = f"{a.given} {a.family}, geboren am {s.date(a.dob)} in {a.pob},"
    second = f"{b.given} {b.family}, geboren am {s.date(b.dob)} in {b.pob},"
    when = s.date(r.marriage_date)
    if s.rng.random() < 0.5:
        return [first, "und", second,
                f"haben am {when} vor dem Standesamt {r.marriage_place} die Ehe geschlossen."]
    return [f"Vor dem Standesamt {r.marriage_place} haben am {when} die Ehe geschlossen:",
            first.rstrip(","), "und", second.rstrip(",") + "."]


def sterbe_text(r: Sterbe, s: Style) -> Paragraphs:
    p = r.person
    born = f"geboren am {s.date(p.dob)} in {p.pob}"
    died = s.date(r.date_of_death)
    return [
        _pick(s, (
            f"{p.given} {p.family}, {born}, ist am {died} in {r.place_of_death} verstorben.",
            f"{p.given} {p.family}, {born}, zuletzt wohnhaft {r.last_residence}, ist am {died} "
            f"in {r.place_of_death} verstorben.",
        )),
    ]


# --- letters for the application forms ----------------------------------------------------------

def anmeldung_text(r: Anmeldung, s: Style) -> Paragraphs:
    p = r.person
    born = f" (geb. {p.birth_name})" if p.birth_name else ""
    nat = nationality_text(p.nationality, s.nationality_mode)
    text = (f"hiermit melde ich, {p.given} {p.family}{born}, geboren am {s.date(p.dob)} in "
            f"{p.pob}, meinen Einzug zum {s.date(r.move_in)} in die Wohnung "
            f"{r.address.line} an.")
    paragraphs = ["Sehr geehrte Damen und Herren,", text,
                  f"Geschlecht: {SEX_WORDS[p.sex]}", f"Staatsangehörigkeit: {nat}"]
    if r.dwelling:
        kind = "Hauptwohnung" if r.dwelling == "main" else "Nebenwohnung"
        paragraphs.append(f"Die neue Wohnung ist meine {kind}.")
    if r.previous:
        paragraphs.append(f"Bisherige Wohnung: {r.previous}")
    return [*paragraphs, "Mit freundlichen Grüßen"]


def wohnungsgeber_text(r: Wohnungsgeber, s: Style) -> Paragraphs:
    role = "Eigentümer" if r.landlord_is_owner else "vom Eigentümer beauftragte Person"
    return [
        f"Hiermit bestätige ich, {r.landlord_name}, wohnhaft {r.landlord_address.line}, als "
        f"Wohnungsgeber ({role}), dass die folgende(n) Person(en) am {s.date(r.move_in)} in "
        f"die Wohnung {r.address.line} eingezogen ist/sind:",
        *(f"– {t}" for t in r.tenants),
        "Ich bestätige mit meiner Unterschrift die Richtigkeit dieser Angaben.",
    ]


def zulassung_text(r: Zulassung, s: Style) -> Paragraphs:
    h = r.holder
    plate = f" Als Kennzeichen wünsche ich {r.plate}." if r.plate else ""
    return [
        "Sehr geehrte Damen und Herren,",
        f"hiermit beantrage ich, {h.given} {h.family}, geboren am {s.date(h.dob)}, wohnhaft "
        f"{r.address.line}, die Zulassung des Fahrzeugs {r.make} {r.model} mit der "
        f"Fahrzeug-Identifizierungsnummer (FIN) {r.vin}.",
        f"Die elektronische Versicherungsbestätigung hat die eVB-Nummer {r.evb}.{plate}",
        "SEPA-Lastschriftmandat: Ich ermächtige das Hauptzollamt, die Kraftfahrzeugsteuer "
        "von folgendem Konto mittels Lastschrift einzuziehen.",
        f"Kontoinhaber: {r.account_holder}",
        f"IBAN: {group_iban(r.iban)}   BIC: {r.bic}",
        "Mit freundlichen Grüßen",
    ]


def aufenthalt_text(r: Aufenthalt, s: Style) -> Paragraphs:
    p = r.person
    purpose = _pick(s, PURPOSE_WORDING[r.purpose])
    nat = nationality_text(p.nationality, s.nationality_mode)
    return [
        "Sehr geehrte Damen und Herren,",
        f"hiermit beantrage ich, {p.given} {p.family}, geboren am {s.date(p.dob)} in {p.pob}, "
        f"Staatsangehörigkeit {nat}, die Erteilung einer Aufenthaltserlaubnis.",
        f"Zweck des Aufenthalts: {purpose}",
        f"Ich bin am {s.date(r.entry)} in die Bundesrepublik Deutschland eingereist. Mein "
        f"Reisepass mit der Nummer {r.passport_number} ist gültig bis "
        f"{s.date(r.passport_expiry)}.",
        f"Meine Anschrift lautet: {r.address.line}",
        "Mit freundlichen Grüßen",
    ]


# --- drawing -----------------------------------------------------------------------------------

def _paragraphs(pen: Pen, paragraphs: Paragraphs, size: float, centred: bool) -> None:
    for paragraph in paragraphs:
        for line in pen.wrap(paragraph, size, pen.width - 20):
            pen.ensure(size * 2)
            if centred:
                pen.centre_text(PAGE_W / 2, pen.y, line, size)
            else:
                pen.text(pen.left, pen.y, line, size)
            pen.y -= size * 1.45
        pen.y -= size * 0.7


def _seal(pen: Pen, x: float, y: float, office: str) -> None:
    pen.c.setLineWidth(1.2)
    pen.c.circle(x, y, 34)
    pen.c.circle(x, y, 27)
    pen.centre_text(x, y - 2, office, min(6.0, 48 / max(1.0, pen.measure(office, 1))))


def draw_certificate(pen: Pen, record: Record, s: Style, title: str) -> None:
    """A Standesamt certificate: office, title, register number, prose, place and date."""
    assert isinstance(record, Geburt | Ehe | Sterbe)
    office = f"Standesamt {record.office}"
    pen.text(pen.left, pen.y, office, 11, bold=True)
    reg_label = _pick(s, ("Registernummer", "Reg.-Nr.", "Registernummer:"))
    register = f"{reg_label} {record.register}"
    if s.rng.random() < 0.5:
        pen.right_text(pen.right, pen.y, register, 10)
        register = ""
    pen.y -= 70
    pen.centre_text(PAGE_W / 2, pen.y, title, 22, bold=True)
    pen.y -= 26
    if register:
        pen.centre_text(PAGE_W / 2, pen.y, register, 10)
    pen.y -= 44
    match record:
        case Geburt():
            text = geburt_text(record, s)
        case Ehe():
            text = ehe_text(record, s)
        case Sterbe():
            text = sterbe_text(record, s)
    _paragraphs(pen, text, 12.5, centred=s.rng.random() < 0.5)
    pen.y -= 40
    pen.ensure(120)
    issued = _pick(s, (f"{record.office}, den {s.date(record.issue)}",
                       f"{record.office}, {s.date(record.issue)}"))
    pen.text(pen.left, pen.y, issued, 11)
    pen.signature(pen.right - 220, pen.y - 40, "Der Standesbeamte / Die Standesbeamtin")
    _seal(pen, pen.left + 60, pen.y - 70, office)


def draw_letter(pen: Pen, record: Record, s: Style, title: str, authority: str) -> None:
    """An application written as a letter to the authority."""
    match record:
        case Anmeldung():
            text, sender, city = anmeldung_text(record, s), record.person, record.address
        case Zulassung():
            text, sender, city = zulassung_text(record, s), record.holder, record.address
        case Aufenthalt():
            text, sender, city = aufenthalt_text(record, s), record.person, record.address
        case Wohnungsgeber():
            text = wohnungsgeber_text(record, s)
            _letter_head(pen, (record.landlord_name, record.landlord_address.street_line,
                               record.landlord_address.city_line), authority,
                         f"{record.landlord_address.city}, {s.date(record.signed)}")
            _letter_body(pen, title, text)
            return
        case _:
            raise TypeError(type(record))
    signed = getattr(record, "signed", None)
    date_line = f"{city.city}, {s.date(signed)}" if signed else city.city
    _letter_head(pen, (sender.full, city.street_line, city.city_line), authority, date_line)
    _letter_body(pen, title, text)


def _letter_head(pen: Pen, sender: tuple[str, ...], authority: str, date_line: str) -> None:
    for line in sender:
        pen.text(pen.left, pen.y, line, 10)
        pen.y -= 13
    pen.y -= 30
    pen.text(pen.left, pen.y, authority, 11)
    pen.y -= 40
    pen.right_text(pen.right, pen.y, date_line, 11)
    pen.y -= 36


def _letter_body(pen: Pen, title: str, text: Paragraphs) -> None:
    pen.text(pen.left, pen.y, title, 12, bold=True)
    pen.y -= 30
    _paragraphs(pen, text, 11.5, centred=False)
    pen.y -= 30
    pen.signature(pen.left, pen.y, "Unterschrift")
