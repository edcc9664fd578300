"""The second extra pair of blind held-out layouts: ``letter`` and ``headers``.

``letter`` writes every document as a letter. The four applications are a citizen's or a
landlord's letter to the authority (sender block, the office's own address as recipient, a
place / date line, a subject, sentences and a short indented list, a signature); the three
certificates are a registry office's letter with letterhead, reference and a certified
extract in prose and a small key-value block; an identity document is a copy pasted on a page
with a short cover note. ``headers`` prints register / list printouts: labels are the column
headers of horizontal tables with the values in the row(s) below, under a header with the
office, the printout date and time and the page count.

Both draw straight from the record (not from a ``Form``) with the wording of
``samples.wording_extra2``. Whoever tunes extraction must not read this module nor tune on
these layouts' failures.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Final

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from stdnum import iban as stdnum_iban

from samples import fonts, pools
from samples.content import Style, group_iban
from samples.data import (
    REFERENCE_DATE,
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
from samples.render import notes_page
from samples.wording_extra2 import (
    DWELLING_WORDS,
    PURPOSE_CODES,
    PURPOSE_PHRASES,
    SEX_TABLES,
    Extra2Wording,
    nationality_word,
)

# --- fonts ---------------------------------------------------------------------------------------

_TTF: Final = {
    "LiberationSans": "LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
    "LiberationMono": "LiberationMono-Regular.ttf",
    "LiberationMono-Bold": "LiberationMono-Bold.ttf",
    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf",
}

FacePair = tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
LETTER_FACES: Final[tuple[FacePair, ...]] = (
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")),
    (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
    (("DejaVuSerif", "Times-Roman"), ("DejaVuSerif-Bold", "Times-Bold")),
    (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
)
HEADERS_FACES: Final[tuple[FacePair, ...]] = (
    (("LiberationMono", "Courier"), ("LiberationMono-Bold", "Courier-Bold")),
    (("DejaVuSansMono", "Courier"), ("DejaVuSansMono-Bold", "Courier-Bold")),
    (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
    (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
    (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
    (("", "Courier"), ("", "Courier-Bold")),
)
MONO_FACES: Final = frozenset({"LiberationMono", "DejaVuSansMono", "Courier"})


@cache
def _ttf(name: str, fallback: str) -> str:
    """Register a TrueType face (``samples.fonts`` or ``_TTF``), else return ``fallback``."""
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
    regular = _ttf(reg, reg_fb) if reg else reg_fb
    heavy = _ttf(bold, bold_fb) if bold else bold_fb
    if (regular == reg_fb) != (heavy == bold_fb):  # never mix a TrueType and a fallback face
        regular, heavy = reg_fb, bold_fb
    return Faces(regular, heavy, False, "")


# --- shared helpers ------------------------------------------------------------------------------

def _words(s: Style) -> Extra2Wording:
    assert isinstance(s.words, Extra2Wording)
    return s.words


def _sex(s: Style, code: str) -> str:
    return SEX_TABLES.get(s.sex_mode, SEX_TABLES["word"])[code]


def _nat(s: Style, code: str) -> str:
    return nationality_word(code, s.nationality_mode)


def _pick(rng: random.Random, options: tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]


def _later(d: date, rng: random.Random, lo: int, hi: int) -> date:
    """A day ``lo``..``hi`` days after ``d``, never after the reference day."""
    return min(d + timedelta(days=rng.randint(lo, hi)), REFERENCE_DATE)


def _split_line(line: str) -> tuple[str, str] | None:
    """``"Lindenweg 12, 45127 Essen"`` -> its two lines; ``None`` for an address abroad."""
    street, _, rest = line.rpartition(", ")
    code = rest.split(" ", 1)[0]
    if street and len(code) == 5 and code.isdigit():
        return street, rest
    return None


def _random_person_name(rng: random.Random, family: str | None = None) -> tuple[str, str, str]:
    """(given, family, sex) of someone who is not in the truth (a clerk, a relative)."""
    _, female, male = pools.NAMES["DEU"]
    sex = rng.choice("FM")
    given = rng.choice(female if sex == "F" else male)
    family = family or rng.choice(tuple(n for n in pools.NAMES["DEU"][0] if " " not in n))
    return given, family, sex


def _random_address(rng: random.Random) -> tuple[str, str]:
    city = rng.choice(tuple(pools.CITIES))
    return (f"{rng.choice(pools.STREETS)} {rng.randint(1, 140)}",
            f"{rng.choice(pools.CITIES[city][0])} {city}")


# Offices the letters are addressed to: towns, postal codes and streets that none of the
# generated addresses uses (the recipient block is not the answer).
OFFICE_SITES: Final = (
    ("Schwelm", "58332", "Moltkestraße 24"),
    ("Marl", "45768", "Creiler Platz 1"),
    ("Unna", "59425", "Rathausplatz 1"),
    ("Mettmann", "40822", "Neanderstraße 85"),
    ("Wesel", "46483", "Klever-Tor-Platz 1"),
    ("Soest", "59494", "Am Vreithof 8"),
    ("Siegburg", "53721", "Nogenter Platz 10"),
    ("Coesfeld", "48653", "Markt 8"),
    ("Bergheim", "50126", "Bethlehemer Straße 9"),
    ("Hamm", "59065", "Theodor-Heuss-Platz 16"),
    ("Neuss", "41460", "Michaelstraße 50"),
)
OFFICE_HEADS: Final = ("Stadt {town}", "Stadtverwaltung {town}", "Kreisverwaltung {town}")
OFFICE_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgerservice – Meldeangelegenheiten", "Fachbereich Bürgerdienste",
                  "Bürgeramt – Meldestelle"),
    "wohnungsgeberbestaetigung": ("Bürgerservice – Meldeangelegenheiten",
                                  "Fachbereich Bürgerdienste", "Bürgeramt – Meldestelle"),
    "antrag_zulassung": ("Straßenverkehrsamt – Zulassungsbehörde", "Fachdienst Kfz-Zulassung"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde", "Fachdienst Ausländerangelegenheiten",
                                "Team Aufenthalt und Einbürgerung"),
}
# Streets of the registry offices in the letterheads.
REGISTRY_STREETS: Final = ("Willy-Brandt-Platz 2", "Rathausplatz 3", "Am Rathaus 1",
                           "Ruhrallee 12", "Markt 1", "Stadthausplatz 4")


def office_block(rng: random.Random, doc_type: str) -> tuple[str, ...]:
    """The authority a letter is addressed to: name lines, street, postal code and town."""
    town, code, street = rng.choice(OFFICE_SITES)
    lines = [rng.choice(OFFICE_HEADS).format(town=town), rng.choice(OFFICE_UNITS[doc_type])]
    if rng.random() < 0.3:
        lines.append(rng.choice(("z. Hd. Frau Brandt", "z. Hd. Herrn Okafor", "Zimmer 114")))
    return (*lines, street, f"{code} {town}")


# --- letter: the content -------------------------------------------------------------------------

@dataclass(slots=True)
class Para:
    text: str
    data: bool = False  # carries truth values (a two-page letter breaks before the last such)


@dataclass(slots=True)
class Facts:
    rows: list[tuple[str, str]]
    heading: str | None = None
    data: bool = True


@dataclass(slots=True)
class Bullets:
    items: list[str]
    numbered: bool = False
    data: bool = True


Block = Para | Facts | Bullets


@dataclass(slots=True)
class LetterParts:
    sender: tuple[str, ...]
    recipient: tuple[str, ...]
    place_date: str
    subject: str
    blocks: list[Block]
    signer: tuple[str, ...]
    annex: str | None = None
    reference: str | None = None


SALUTATION: Final = "Sehr geehrte Damen und Herren,"
GREETINGS: Final = ("Mit freundlichen Grüßen", "Mit freundlichem Gruß", "Freundliche Grüße")


def _date_line(rng: random.Random, s: Style, town: str, d: date) -> str:
    return f"{town}, {'den ' if rng.random() < 0.4 else ''}{s.date(d)}"


def _list_intro(rng: random.Random) -> str | None:
    return rng.choice((None, "Meine Angaben:", "Zu meiner Person:", "Die Daten im Einzelnen:"))


def _anmeldung_letter(r: Anmeldung, s: Style, rng: random.Random) -> LetterParts:
    w, p, a = _words(s), r.person, r.address
    previous = _split_line(r.previous) if r.previous else None
    from_previous = previous is not None and rng.random() < 0.3
    sender_lines = previous if from_previous and previous else (a.street_line, a.city_line)
    town = sender_lines[1].split(" ", 1)[1]
    person: list[tuple[str, str]] = [(w("family_name"), p.family), (w("given_names"), p.given)]
    if rng.random() < 0.5:
        person.reverse()
    if p.birth_name:
        person.append((w("birth_name"), p.birth_name))
    born_in_prose = rng.random() < 0.4
    if not born_in_prose:
        person += [(w("date_of_birth"), s.date(p.dob)), (w("place_of_birth"), p.pob)]
    person.append((w("sex"), _sex(s, p.sex)))
    if not born_in_prose:
        person.append((w("nationality"), _nat(s, p.nationality)))
    if rng.random() < 0.4:
        person.append((w("marital"), r.marital))
    blocks: list[Block] = [Para(SALUTATION)]
    moved = s.date(r.move_in)
    flat: list[tuple[str, str]] = []
    if from_previous:
        blocks.append(Para(f"zum {moved} bin ich aus der oben genannten Wohnung in die Wohnung "
                           f"{a.line} umgezogen und melde mich hiermit dort an.", True))
    elif rng.random() < 0.6:
        blocks.append(Para(_pick(rng, (
            f"hiermit melde ich mich zum {moved} unter der Anschrift {a.line} an.",
            f"zum {moved} bin ich in die Wohnung {a.street_line}, {a.city_line} eingezogen. "
            "Hiermit möchte ich mich unter dieser Anschrift anmelden.",
            f"hiermit zeige ich meinen Einzug in die Wohnung {a.line} zum {moved} an.",
        )), True))
    else:
        blocks.append(Para("hiermit melde ich meinen Einzug in eine neue Wohnung an. Die "
                           "Angaben zur Wohnung:"))
        flat.append((w("move_in_date"), moved))
        if s.address_mode == "split":
            flat += [(w("street"), a.street), (w("house_number"), a.number),
                     (w("postal_code"), a.postal_code), (w("city"), a.city)]
        else:
            flat.append((w("address_line"), a.line))
    sentences: list[str] = []
    if r.dwelling:
        word = DWELLING_WORDS[r.dwelling]
        if flat or rng.random() < 0.4:
            (flat or person).append((w("dwelling"), word))
        else:
            sentences.append(_pick(rng, (f"Die Wohnung ist meine {word}.",
                                         f"Ich nutze die Wohnung als {word}.")))
    if flat:
        blocks.append(Facts(flat))
    if born_in_prose:
        adjective = pools.NATIONALITIES[p.nationality][0]
        sentences.insert(0, f"Ich bin am {s.date(p.dob)} in {p.pob} geboren und besitze die "
                            f"{adjective}e Staatsangehörigkeit.")
    if r.previous:
        if rng.random() < 0.5:
            sentences.append(_pick(rng, (f"Zuvor war ich unter der Anschrift {r.previous} "
                                         "gemeldet.",
                                         f"Bis zum Umzug habe ich in {r.previous} gewohnt.")))
        else:
            person.append((w("previous_address"), r.previous))
    if r.phone:
        if rng.random() < 0.5:
            sentences.append(f"Für Rückfragen erreichen Sie mich unter {r.phone}.")
        else:
            person.append((w("phone"), r.phone))
    blocks.append(Facts(person, _list_intro(rng)))
    if sentences:
        blocks.append(Para(" ".join(sentences), True))
    blocks.append(Para(_pick(rng, ("Die Bestätigung meines Vermieters füge ich bei.",
                                   "Eine Kopie meines Ausweises liegt diesem Schreiben bei.",
                                   "Für eine kurze Bestätigung der Anmeldung wäre ich dankbar."))))
    return LetterParts(
        sender=(p.full, *sender_lines), recipient=office_block(rng, "anmeldung"),
        place_date=_date_line(rng, s, town, r.signed), subject=w.title("anmeldung"),
        blocks=blocks, signer=(p.full,),
        annex=rng.choice((None, "Anlage: Bestätigung des Vermieters",
                          "Anlagen: Ausweiskopie, Bestätigung des Vermieters")),
    )


def _wohnungsgeber_letter(r: Wohnungsgeber, s: Style, rng: random.Random) -> LetterParts:
    w, a, home = _words(s), r.address, r.landlord_address
    company = r.landlord_name in pools.LANDLORD_COMPANIES
    if r.landlord_is_owner:
        role, we = "als Eigentümer der Wohnung", False
    elif company:
        role, we = "als vom Eigentümer beauftragte Hausverwaltung", True
    else:
        role, we = "als vom Eigentümer beauftragte Person", False
    n = len(r.tenants)
    who = "folgende Person" if n == 1 else "folgende Personen"
    verb = "ist" if n == 1 else "sind"
    moved = s.date(r.move_in)
    subject = "wir" if we else "ich"
    confirm = "bestätigen" if we else "bestätige"
    blocks: list[Block] = [Para(SALUTATION)]
    style = rng.choice(("prose", "prose", "list"))
    if style == "prose":
        blocks.append(Para(_pick(rng, (
            f"hiermit {confirm} {subject} {role}, dass {who} am {moved} in die Wohnung "
            f"{a.line} eingezogen {verb}:",
            f"{role[0].upper()}{role[1:]} {confirm} {subject} hiermit, dass in die Wohnung "
            f"{a.street_line}, {a.city_line} zum {moved} {who} eingezogen {verb}:",
        )), True))
        blocks.append(Bullets(list(r.tenants), numbered=rng.random() < 0.4))
    else:
        blocks.append(Para(f"gemäß § 19 des Bundesmeldegesetzes {confirm} {subject} {role} den "
                           "Einzug in die folgende Wohnung:"))
        rows: list[tuple[str, str]] = []
        if s.address_mode == "split":
            rows += [(w("street"), a.street), (w("house_number"), a.number),
                     (w("postal_code"), a.postal_code), (w("city"), a.city)]
        else:
            rows.append((w("flat"), a.line))
        rows.append((w("wg_move_in"), moved))
        label = w("tenant_names")
        rows += [(label if k == 0 else "", t) for k, t in enumerate(r.tenants)]
        blocks.append(Facts(rows))
    landlord = [(w("landlord_name"), r.landlord_name), (w("landlord_address"), home.line)]
    intro = rng.choice((None, "Angaben zum Wohnungsgeber:", "Zu meiner Person:"))
    blocks.append(Facts(landlord, None if we else intro))
    blocks.append(Para(_pick(rng, (
        "Die Richtigkeit dieser Angaben bestätige ich mit meiner Unterschrift.",
        "Für Rückfragen stehe ich gern zur Verfügung.",
    )) if not we else "Für Rückfragen stehen wir Ihnen gern zur Verfügung."))
    if company:
        given, family, _ = _random_person_name(rng)
        signer: tuple[str, ...] = (r.landlord_name, f"i. A. {given} {family}")
    else:
        signer = (r.landlord_name,)
    return LetterParts(
        sender=(r.landlord_name, home.street_line, home.city_line),
        recipient=office_block(rng, "wohnungsgeberbestaetigung"),
        place_date=_date_line(rng, s, home.city, r.signed),
        subject=w.title("wohnungsgeberbestaetigung"), blocks=blocks, signer=signer,
    )


def _zulassung_letter(r: Zulassung, s: Style, rng: random.Random) -> LetterParts:
    w, h, a = _words(s), r.holder, r.address
    blocks: list[Block] = [Para(SALUTATION)]
    vehicle: list[tuple[str, str]] = []
    if rng.random() < 0.5:
        blocks.append(Para("hiermit beantrage ich die Zulassung des unten genannten Fahrzeugs "
                           "auf meinen Namen."))
        vehicle += [(w("make"), r.make), (w("model"), r.model)]
    else:
        blocks.append(Para(f"ich möchte meinen {r.make} {r.model} auf mich zulassen und bitte "
                           "um Bearbeitung meines Antrags.", True))
    person: list[tuple[str, str]] = [(w("family_name"), h.family), (w("given_names"), h.given),
                                     (w("date_of_birth"), s.date(h.dob))]
    if rng.random() < 0.5:
        person.append((w("home_line"), a.line))
    blocks.append(Facts(person, _list_intro(rng)))
    sentences: list[str] = []
    if rng.random() < 0.3:
        sentences.append(f"Die Identifizierungsnummer des Fahrzeugs lautet {r.vin}.")
    else:
        vehicle.append((w("vin"), r.vin))
    vehicle.append((w("evb_number"), r.evb))
    if r.plate:
        printed = r.plate if rng.random() < 0.7 else r.plate.replace("-", " ")
        if rng.random() < 0.5:
            sentences.append(f"Das Kennzeichen {printed} habe ich bereits online reserviert.")
        else:
            vehicle.append((w("desired_plate"), printed))
    blocks.append(Facts(vehicle, rng.choice((None, "Zum Fahrzeug:", "Fahrzeug:"))))
    if sentences:
        blocks.append(Para(" ".join(sentences), True))
    blocks.append(Para(_pick(rng, (
        "Für die Kraftfahrzeugsteuer erteile ich dem Hauptzollamt ein SEPA-Lastschriftmandat "
        "für das folgende Konto:",
        "Die Kfz-Steuer soll per Lastschrift von diesem Konto eingezogen werden (SEPA-Mandat "
        "für das Hauptzollamt):",
    ))))
    iban = group_iban(r.iban) if rng.random() < 0.7 else r.iban
    blocks.append(Facts([(w("account_holder"), r.account_holder), (w("iban"), iban),
                         (w("bic"), r.bic), (w("bank"), r.bank)]))
    blocks.append(Para(_pick(rng, (
        "Die Zulassungsbescheinigung Teil II und die Versicherungsbestätigung liegen bei.",
        "Bitte teilen Sie mir mit, ob weitere Unterlagen benötigt werden.",
    ))))
    return LetterParts(
        sender=(h.full, a.street_line, a.city_line),
        recipient=office_block(rng, "antrag_zulassung"),
        place_date=_date_line(rng, s, a.city, r.signed), subject=w.title("antrag_zulassung"),
        blocks=blocks, signer=(h.full,),
        annex=rng.choice((None, "Anlagen: ZB II, Personalausweis (Kopie)")),
    )


def _aufenthalt_letter(r: Aufenthalt, s: Style, rng: random.Random) -> LetterParts:
    w, p, a = _words(s), r.person, r.address
    blocks: list[Block] = [Para(SALUTATION)]
    facts: list[tuple[str, str]] = [(w("family_name"), p.family), (w("given_names"), p.given),
                                    (w("date_of_birth"), s.date(p.dob)),
                                    (w("place_of_birth"), p.pob),
                                    (w("nationality"), _nat(s, p.nationality))]
    if rng.random() < 0.7:
        phrase = _pick(rng, PURPOSE_PHRASES[r.purpose])
        blocks.append(Para(f"hiermit beantrage ich die Erteilung einer Aufenthaltserlaubnis "
                           f"{phrase}.", True))
    else:
        blocks.append(Para("hiermit beantrage ich die Erteilung einer Aufenthaltserlaubnis."))
        facts.append((w("purpose"), _pick(rng, PURPOSE_CODES[r.purpose])))
    sentences: list[str] = []
    if rng.random() < 0.6:
        sentences.append(f"Ich bin am {s.date(r.entry)} nach Deutschland eingereist.")
    else:
        facts.append((w("entry_date"), s.date(r.entry)))
    if rng.random() < 0.5:
        sentences.append(f"Mein Reisepass mit der Nummer {r.passport_number} ist bis zum "
                         f"{s.date(r.passport_expiry)} gültig.")
    else:
        facts += [(w("passport_number"), r.passport_number),
                  (w("passport_expiry_date"), s.date(r.passport_expiry))]
    if rng.random() < 0.4:
        sentences.append(f"Ich wohne unter der Anschrift {a.line}.")
    elif rng.random() < 0.5:
        facts.append((w("home_line"), a.line))
    if rng.random() < 0.5:
        blocks.append(Facts(facts, _list_intro(rng)))
        if sentences:
            blocks.append(Para(" ".join(sentences), True))
    else:
        if sentences:
            blocks.append(Para(" ".join(sentences), True))
        blocks.append(Facts(facts, _list_intro(rng)))
    blocks.append(Para(_pick(rng, (
        "Die erforderlichen Unterlagen (Pass, Lichtbild, Nachweise) füge ich bei.",
        "Ich bitte um einen Termin zur persönlichen Vorsprache.",
    ))))
    return LetterParts(
        sender=(p.full, a.street_line, a.city_line),
        recipient=office_block(rng, "aufenthaltstitel_antrag"),
        place_date=_date_line(rng, s, a.city, r.signed),
        subject=w.title("aufenthaltstitel_antrag"), blocks=blocks, signer=(p.full,),
        annex=rng.choice((None, "Anlagen: Passkopie, Lichtbild, Nachweise")),
    )


# --- letter: registry letters (certificates) -----------------------------------------------------

@dataclass(slots=True)
class Registry:
    """The letterhead of a registry letter."""

    office: str  # town
    street: str
    code: str
    phone: str
    reference: str
    clerk: str
    bank: tuple[str, str, str]  # name, IBAN, BIC


def _registry(rng: random.Random, office: str, letter: str) -> Registry:
    code = rng.choice(pools.CITIES[office][0]) if office in pools.CITIES else "44777"
    blz, bank, bic = rng.choice(pools.BANKS)
    bban = f"{blz}{rng.randint(10**6, 10**10 - 1):010d}"
    iban = f"DE{stdnum_iban.calc_check_digits('DE00' + bban)}{bban}"
    _, family, sex = _random_person_name(rng)
    return Registry(
        office=office, street=rng.choice(REGISTRY_STREETS), code=code,
        phone=f"0{rng.randint(201, 239)} {rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        reference=(f"34.{rng.randint(10, 40)}-{letter}-{rng.randint(100, 9999)}/"
                   f"{rng.randint(24, 26)}"),
        clerk=f"{'Frau' if sex == 'F' else 'Herr'} {family}", bank=(bank, iban, bic),
    )


def _salutation(p: Person | None) -> str:
    if p is None or p.sex not in "FM":
        return SALUTATION
    return f"Sehr geehrte Frau {p.family}," if p.sex == "F" else f"Sehr geehrter Herr {p.family},"


def _certificate_letter(record: Geburt | Ehe | Sterbe, s: Style, rng: random.Random
                        ) -> tuple[LetterParts, Registry]:
    w = _words(s)
    issue = record.issue
    letter_day = issue if rng.random() < 0.6 else _later(issue, rng, 1, 4)
    asked = issue - timedelta(days=rng.randint(2, 20))
    recipient_person: Person | None = None
    blocks: list[Block] = []
    match record:
        case Geburt():
            c = record.child
            kind, letter, register_name = "geburtsurkunde", "G", "Geburtenregister"
            if c.dob < REFERENCE_DATE - timedelta(days=18 * 365):
                recipient_person = c
                addressee = c.full
            else:
                addressee = f"Frau {record.mother}"
            rows: list[tuple[str, str]] = [(w("child_family"), c.family),
                                           (w("child_given"), c.given),
                                           (w("child_sex"), _sex(s, c.sex))]
            if rng.random() < 0.5:
                statement = (f"{c.given} {c.family} wurde am {s.date(c.dob)} um "
                             f"{record.birth_time} Uhr in {c.pob} geboren.")
            else:
                statement = ""
                rows += [(w("child_dob"), s.date(c.dob)),
                         (w("birth_time"), f"{record.birth_time} Uhr"),
                         (w("child_pob"), c.pob)]
            rows.append((w("mother_name"), record.mother))
            if record.father:
                rows.append((w("father_name"), record.father))
            intro = "die Geburt"
            groups: list[tuple[str | None, list[tuple[str, str]]]] = [(None, rows)]
        case Ehe():
            a, b = record.spouse1, record.spouse2
            kind, letter, register_name = "eheurkunde", "E", "Eheregister"
            recipient_person = rng.choice((a, b))
            addressee = recipient_person.full
            base = w("spouse")
            groups = []
            for k, sp in enumerate((a, b), 1):
                groups.append((f"{base} {k}", [
                    (w("reg_family"), sp.family), (w("reg_given"), sp.given),
                    (w("reg_dob"), s.date(sp.dob)), (w("reg_pob"), sp.pob)]))
            if rng.random() < 0.6:
                statement = (f"Vor dem Standesamt {record.marriage_place} haben am "
                             f"{s.date(record.marriage_date)} die Ehe geschlossen:")
            else:
                statement = ""
                groups.insert(0, (None, [(w("marriage_date"), s.date(record.marriage_date)),
                                         (w("marriage_place"), record.marriage_place)]))
            intro = "die Eheschließung"
        case Sterbe():
            p = record.person
            kind, letter, register_name = "sterbeurkunde", "S", "Sterberegister"
            given, _, sex = _random_person_name(rng, p.family)
            addressee = f"{given} {p.family}"
            recipient_person = Person(given, p.family, sex, "DEU", p.dob, "")
            rows = [(w("reg_family"), p.family), (w("reg_given"), p.given),
                    (w("reg_dob"), s.date(p.dob)), (w("reg_pob"), p.pob)]
            if rng.random() < 0.6:
                statement = (f"{p.given} {p.family} ist am {s.date(record.date_of_death)} in "
                             f"{record.place_of_death} verstorben.")
            else:
                statement = ""
                rows += [(w("date_of_death"), s.date(record.date_of_death)),
                         (w("place_of_death"), record.place_of_death)]
            if rng.random() < 0.5:
                rows.append((w("last_residence"), record.last_residence))
            intro = "den Sterbefall"
            groups = [(None, rows)]
    reg = _registry(rng, record.office, letter)
    register_in_prose = rng.random() < 0.5
    head = (f"im {register_name} des Standesamts {record.office} ist unter der Nummer "
            f"{record.register} {intro} beurkundet." if register_in_prose else
            f"nachstehend erhalten Sie den beglaubigten Auszug aus dem {register_name}.")
    blocks.append(Para(_salutation(recipient_person)))
    blocks.append(Para(f"auf Ihren Antrag vom {s.date(asked)} hin: {head}",
                       register_in_prose))
    if statement:
        blocks.append(Para(statement, True))
    tail: list[tuple[str, str]] = []
    if not register_in_prose:
        tail.append((w("register_number"), record.register))
    issued_sentence: str | None = None
    if rng.random() < 0.6:
        tail.append((w("issue_date"), s.date(issue)))
    else:
        issued_sentence = f"Dieser Auszug wurde am {s.date(issue)} ausgefertigt."
    if groups[-1][0] is None:
        groups[-1][1].extend(tail)
    elif tail:
        groups.append((None, tail))
    for heading, rows in groups:
        blocks.append(Facts(rows, heading))
    blocks.append(Para(" ".join(x for x in (
        issued_sentence,
        f"Die Übereinstimmung dieses Auszugs mit dem Eintrag im {register_name} wird hiermit "
        "beglaubigt.",
    ) if x), issued_sentence is not None))
    street, city = _random_address(rng)
    prefix = "" if recipient_person is None else (
        "Frau" if recipient_person.sex == "F" else "Herrn" if recipient_person.sex == "M" else "")
    name_line = f"{prefix} {addressee}".strip()
    return LetterParts(
        sender=(), recipient=(name_line, street, city),
        place_date=_date_line(rng, s, record.office, letter_day), subject=w.title(kind),
        blocks=blocks, signer=("Im Auftrag",), reference=reg.reference,
    ), reg


# --- letter: drawing -----------------------------------------------------------------------------

class _Lt:
    """Per-document habits of the ``letter`` layout."""

    def __init__(self, pen: Pen, rng: random.Random) -> None:
        self.pen = pen
        self.rng = rng
        self.size = rng.choice((10.0, 10.5, 11.0))
        self.lead = self.size * rng.uniform(1.32, 1.45)
        self.list_style = rng.choice(("colon", "tab", "dash", "colon"))
        self.indent = rng.choice((0.0, 18.0, 28.0, 36.0))
        self.gap = self.size * rng.uniform(0.55, 0.9)
        self.heading_bold = rng.random() < 0.5
        self.tab = 0.0  # where list values start (one tab stop for the whole letter)
        self.page_mark: str | None = None  # printed on continuation pages
        self.footer: tuple[str, ...] = ()


def _lt_page(lt: _Lt) -> None:
    pen = lt.pen
    _lt_footer(lt)
    pen.new_page()
    pen.y = PAGE_H - 56
    mark = f"– {pen.pages} –"
    pen.centre_text(PAGE_W / 2, pen.y, mark, 9)
    if lt.page_mark:
        pen.text(pen.left, pen.y, lt.page_mark, 8)
    pen.y -= 30


def _lt_footer(lt: _Lt) -> None:
    pen = lt.pen
    if not lt.footer:
        return
    pen.hline(pen.left, pen.right, 50, 0.4)
    for k, line in enumerate(lt.footer):
        pen.text(pen.left, 40 - k * 8.5, line, 6.5)


def _lt_ensure(lt: _Lt, height: float) -> None:
    if lt.pen.y - height < lt.pen.bottom:
        _lt_page(lt)


# values a line break must not split: long dates, register numbers, times
_KEEP: Final = re.compile(r"\d{1,2}\. [A-Za-zäöüÄÖÜ]+\.? \d{4}|[GES] \d{1,4}/\d{4}|\d{2}:\d{2} Uhr")


def wrap_keeping(pen: Pen, text: str, size: float, width: float, bold: bool = False
                 ) -> list[str]:
    """``text`` in lines no wider than ``width``, broken at spaces but never inside a date,
    a register number or a time."""
    guarded = _KEEP.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    lines: list[str] = []
    current = ""
    for word in guarded.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and pen.measure(candidate.replace("\x00", " "), size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return [line.replace("\x00", " ") for line in lines]


def _lt_para(lt: _Lt, text: str, bold: bool = False) -> None:
    pen = lt.pen
    for line in wrap_keeping(pen, text, lt.size, pen.width, bold):
        _lt_ensure(lt, lt.lead)
        pen.text(pen.left, pen.y, line, lt.size, bold)
        pen.y -= lt.lead
    pen.y -= lt.gap


def _lt_facts(lt: _Lt, block: Facts) -> None:
    pen = lt.pen
    if block.heading:
        _lt_ensure(lt, lt.lead * 2)
        pen.text(pen.left, pen.y, block.heading, lt.size, bold=lt.heading_bold)
        pen.y -= lt.lead
    x = pen.left + lt.indent
    colon = ":" if lt.list_style == "colon" else ""
    tab = lt.tab
    for label, value in block.rows:
        if lt.list_style == "dash":
            text = f"– {label}: {value}" if label else f"  {value}"
            lines = pen.wrap(text, lt.size, pen.right - x)
            for k, line in enumerate(lines):
                _lt_ensure(lt, lt.lead)
                pen.text(x + (10 if k else 0), pen.y, line, lt.size)
                pen.y -= lt.lead
            continue
        shown = f"{label}{colon}" if label else ""
        label_lines = pen.wrap(shown, lt.size, tab - x - 8) if shown else []
        value_lines = wrap_keeping(pen, value, lt.size, pen.right - tab)
        _lt_ensure(lt, lt.lead * max(len(label_lines), len(value_lines)))
        top = pen.y
        for k, line in enumerate(label_lines):
            pen.text(x, top - k * lt.lead, line, lt.size)
        for k, line in enumerate(value_lines):
            pen.text(tab, top - k * lt.lead, line, lt.size)
        pen.y -= lt.lead * max(len(label_lines), len(value_lines), 1)
    pen.y -= lt.gap


def _lt_bullets(lt: _Lt, block: Bullets) -> None:
    pen = lt.pen
    x = pen.left + max(lt.indent, 14.0)
    for k, item in enumerate(block.items, 1):
        _lt_ensure(lt, lt.lead)
        mark = f"{k}." if block.numbered else "–"
        pen.text(x - 14, pen.y, mark, lt.size)
        pen.text(x + 2, pen.y, item, lt.size)
        pen.y -= lt.lead
    pen.y -= lt.gap


def _signature(pen: Pen, x: float, y: float, rng: random.Random) -> None:
    """A hand-written signature: a few connected loops drawn with a pen."""
    c = pen.c
    c.saveState()
    c.setLineWidth(rng.uniform(0.7, 1.1))
    c.setStrokeColorRGB(0.1, 0.15, 0.45)
    path = c.beginPath()
    path.moveTo(x, y)
    cx, cy = x, y
    for _ in range(rng.randint(4, 7)):
        dx = rng.uniform(12, 26)
        path.curveTo(cx + dx * 0.3, cy + rng.uniform(6, 16), cx + dx * 0.7,
                     cy - rng.uniform(4, 10), cx + dx, cy + rng.uniform(-3, 3))
        cx, cy = cx + dx, cy + rng.uniform(-2, 2)
    path.lineTo(cx + rng.uniform(6, 20), cy - rng.uniform(2, 6))
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _sender(lt: _Lt, lines: tuple[str, ...], rng: random.Random) -> None:
    pen = lt.pen
    top = PAGE_H - rng.uniform(50, 64)
    if rng.random() < 0.35:  # a typed letterhead: name large, the rest on one line under it
        pen.text(pen.left, top, lines[0], lt.size + 3, bold=True)
        rest = " · ".join(lines[1:])
        pen.text(pen.left, top - 14, rest, lt.size - 1.5)
        pen.hline(pen.left, pen.right, top - 20, 0.5)
        pen.y = top - 20
        return
    for k, line in enumerate(lines):
        pen.text(pen.left, top - k * (lt.size + 2.5), line, lt.size)
    pen.y = top - (len(lines) - 1) * (lt.size + 2.5)


def _recipient(lt: _Lt, lines: tuple[str, ...], return_line: str | None) -> None:
    pen = lt.pen
    y = min(pen.y - 40, PAGE_H - 150)
    if return_line:
        size = 6.5
        while pen.measure(return_line, size) > pen.width * 0.55 and size > 5.0:
            size -= 0.25
        pen.text(pen.left, y, return_line, size)
        pen.hline(pen.left, pen.left + pen.measure(return_line, size), y - 2.5, 0.3)
        y -= 18
    for line in lines:
        pen.text(pen.left, y, line, lt.size)
        y -= lt.size + 2.5
    pen.y = y - 24


def _letter_body(lt: _Lt, parts: LetterParts, two: bool) -> None:
    pen = lt.pen
    colon = ":" if lt.list_style == "colon" else ""
    labels = [f"{label}{colon}" for b in parts.blocks if isinstance(b, Facts)
              for label, _ in b.rows if label]
    widest = max((pen.measure(lab, lt.size) for lab in labels), default=0.0)
    lt.tab = min(pen.left + lt.indent + widest + 14, pen.left + pen.width * 0.55)
    data = [k for k, b in enumerate(parts.blocks) if b.data]
    break_at = data[-1] if two and len(data) > 1 else None
    for k, block in enumerate(parts.blocks):
        if k == break_at and pen.pages == 1:
            _lt_page(lt)
        if isinstance(block, Para):
            _lt_para(lt, block.text)
        elif isinstance(block, Facts):
            _lt_facts(lt, block)
        else:
            _lt_bullets(lt, block)


def _letter_close(lt: _Lt, parts: LetterParts, seal: str | None) -> None:
    pen, rng = lt.pen, lt.rng
    _lt_ensure(lt, 110 if seal else 90)
    x = pen.left if seal is None else pen.left + pen.width * 0.42
    pen.text(x, pen.y, rng.choice(GREETINGS) if seal is None else parts.signer[0], lt.size)
    if seal is not None:
        r = 30.0
        cx, cy = pen.left + 50, pen.y - 34
        pen.c.setLineWidth(1.1)
        pen.c.circle(cx, cy, r)
        pen.c.circle(cx, cy, r - 6)
        size = min(5.5, (2 * r - 14) / max(1.0, pen.measure(seal, 1)))
        pen.centre_text(cx, cy - 2, seal, size)
    _signature(pen, x + 4, pen.y - 30, rng)
    pen.y -= 46
    names = parts.signer if seal is None else (parts.signer[1:] or ())
    for line in names:
        pen.text(x, pen.y, line, lt.size)
        pen.y -= lt.lead
    pen.y -= lt.gap
    if parts.annex:
        _lt_ensure(lt, lt.lead)
        pen.text(pen.left, pen.y, parts.annex, lt.size - 1)
        pen.y -= lt.lead


def _letterhead(lt: _Lt, reg: Registry, rng: random.Random) -> str:
    """The registry's letterhead and info column; returns the window's return line."""
    pen = lt.pen
    top = PAGE_H - 52
    pen.text(pen.left, top, f"Stadt {reg.office}", 17, bold=True)
    pen.text(pen.left, top - 16, f"Standesamt {reg.office}", 10.5)
    # a small emblem box at the right margin
    pen.c.setLineWidth(0.8)
    pen.c.rect(pen.right - 34, top - 20, 34, 38, stroke=1, fill=0)
    pen.c.setFillGray(0.75)
    pen.c.rect(pen.right - 26, top - 12, 18, 22, stroke=0, fill=1)
    pen.c.setFillGray(0)
    info = [f"{reg.street}", f"{reg.code} {reg.office}", f"Telefon {reg.phone}",
            f"Auskunft: {reg.clerk}", f"Zimmer {rng.randint(1, 4)}.{rng.randint(1, 30):02d}",
            f"Unser Zeichen: {reg.reference}"]
    x = pen.left + pen.width * 0.66
    y = PAGE_H - 150
    for line in info:
        pen.text(x, y, line, 8)
        y -= 10.5
    pen.y = top - 16
    return f"Stadt {reg.office} · Standesamt · {reg.street} · {reg.code} {reg.office}"


def draw_letter2(pen: Pen, record: Record, s: Style, rng: random.Random, two: bool) -> None:
    """One document of the ``letter`` layout (not identity documents)."""
    lt = _Lt(pen, rng)
    seal: str | None = None
    if isinstance(record, Geburt | Ehe | Sterbe):
        parts, reg = _certificate_letter(record, s, rng)
        return_line: str | None = _letterhead(lt, reg, rng)
        name, iban, bic = reg.bank
        lt.footer = (
            f"Stadt {reg.office} · {reg.street} · {reg.code} {reg.office} · "
            f"Telefon {reg.phone.split('-')[0]}-0",
            f"Bankverbindung: {name} · IBAN {group_iban(iban)} · BIC {bic}",
        )
        seal = f"Standesamt {reg.office}"
        lt.page_mark = f"Unser Zeichen: {reg.reference}"
    else:
        match record:
            case Anmeldung():
                parts = _anmeldung_letter(record, s, rng)
            case Wohnungsgeber():
                parts = _wohnungsgeber_letter(record, s, rng)
            case Zulassung():
                parts = _zulassung_letter(record, s, rng)
            case Aufenthalt():
                parts = _aufenthalt_letter(record, s, rng)
            case _:
                raise TypeError(type(record))
        _sender(lt, parts.sender, rng)
        return_line = " · ".join(parts.sender) if rng.random() < 0.45 else None
        lt.page_mark = parts.sender[0]
    _recipient(lt, parts.recipient, return_line)
    pen.right_text(pen.right, pen.y, parts.place_date, lt.size)
    pen.y -= lt.lead * 2.2
    pen.text(pen.left, pen.y, parts.subject, lt.size + 0.5, bold=True)
    pen.y -= lt.lead
    if parts.reference and rng.random() < 0.5:
        pen.text(pen.left, pen.y, f"Geschäftszeichen {parts.reference}", lt.size - 1.5)
        pen.y -= lt.lead
    pen.y -= lt.lead
    _letter_body(lt, parts, two)
    _letter_close(lt, parts, seal)
    _lt_footer(lt)


# --- identity documents --------------------------------------------------------------------------

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


def _identity_letter(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int) -> None:
    title = _words(s).title("identity_document")
    sub = random.Random(rng.getrandbits(64))  # the note's choices; ``rng`` goes on unchanged
    first, _ = _identity_bottoms(r, rng, pages)
    # The note goes under the copy on page 1, drawn first: a card's back ends on page 2.
    size = 10.0 if first > 250 else 9.0
    lead = size * 1.35
    kind = "Reisepasses" if r.mrz_format == "TD3" else "Personalausweises"
    written = REFERENCE_DATE - timedelta(days=sub.randint(0, 30))
    note = _pick(sub, (
        f"anbei erhalten Sie wie erbeten eine Kopie meines {kind} für Ihre Unterlagen.",
        f"wie telefonisch besprochen sende ich Ihnen die Kopie meines {kind}. Bitte nehmen Sie "
        "sie zu meinem Vorgang.",
    ))
    y = first - 34
    pen.hline(pen.left, pen.right, y + 14, 0.4)
    pen.text(pen.left, y, f"Anlage zu meinem Schreiben vom {s.date(written)}", size - 1.5)
    y -= lead * 1.5
    for line in [SALUTATION, *pen.wrap(note, size, pen.width)]:
        pen.text(pen.left, y, line, size)
        y -= lead
    y -= lead * 0.4
    pen.text(pen.left, y, sub.choice(GREETINGS), size)
    _signature(pen, pen.left + 4, y - 20, sub)
    pen.text(pen.left, y - 34, f"{r.person.given} {r.person.family}", size)
    draw_identity(pen, r, rng, "letter", pages, title)


# --- headers: tables with column headers ---------------------------------------------------------

@dataclass(slots=True)
class Column:
    header: str  # "\n" marks a two-line header
    values: list[str]


@dataclass(slots=True)
class Table:
    caption: str | None
    columns: list[Column]


def _col(w: Extra2Wording, key: str, *values: str) -> Column:
    return Column(w.column(key), list(values))


def _address_columns(s: Style, street: str, number: str, code: str, city: str,
                     line_key: str = "address_line") -> list[Column]:
    w = _words(s)
    if s.address_mode == "one_line":
        return [_col(w, line_key, f"{street} {number}, {code} {city}")]
    if s.address_mode == "lines":
        return [_col(w, "street_line", f"{street} {number}"),
                _col(w, "city_line", f"{code} {city}")]
    return [_col(w, "street", street), _col(w, "house_number", number),
            _col(w, "postal_code", code), _col(w, "city", city)]


def _register_table(s: Style, rng: random.Random, office: str, register: str, issue: date,
                    extra: list[Column]) -> Table:
    w = _words(s)
    cols = [_col(w, "registry_office", f"Standesamt {office}"),
            _col(w, "register_number", register), *extra, _col(w, "issue_date", s.date(issue))]
    if rng.random() < 0.4:
        cols.insert(0, cols.pop(1))
    return Table(w.caption("register"), cols)


def header_tables(record: Record, s: Style, rng: random.Random) -> list[Table]:
    """The printout's tables for one record (not identity documents)."""
    w = _words(s)
    d = s.date
    match record:
        case Anmeldung():
            p, a = record.person, record.address
            names = [_col(w, "family_name", p.family), _col(w, "given_names", p.given)]
            if p.birth_name:
                names.append(_col(w, "birth_name", p.birth_name))
            birth = [_col(w, "date_of_birth", d(p.dob)), _col(w, "place_of_birth", p.pob),
                     _col(w, "nationality", _nat(s, p.nationality))]
            sex = _col(w, "sex", _sex(s, p.sex))
            (names if rng.random() < 0.5 else birth).append(sex)
            if rng.random() < 0.4:
                birth.append(_col(w, "marital", record.marital))
            flat = [_col(w, "move_in_date", d(record.move_in)),
                    *_address_columns(s, a.street, a.number, a.postal_code, a.city)]
            if record.dwelling:
                flat.append(_col(w, "dwelling", DWELLING_WORDS[record.dwelling]))
            tables = [Table(w.caption("person"), names), Table(w.caption("birth"), birth),
                      Table(w.caption("new_dwelling"), flat)]
            rest: list[Column] = []
            if record.previous:
                rest.append(_col(w, "previous_address", record.previous))
            if record.phone:
                rest.append(_col(w, "phone", record.phone))
            if rest:
                tables.append(Table(w.caption("previous") if record.previous else None, rest))
            return tables
        case Wohnungsgeber():
            a = record.address
            role = "Eigentümer" if record.landlord_is_owner else "Beauftragte/r"
            landlord_t = Table(w.caption("landlord"), [
                _col(w, "landlord_name", record.landlord_name),
                _col(w, "landlord_address", record.landlord_address.line),
                _col(w, "landlord_role", role)])
            flat_t = Table(w.caption("flat"), [
                _col(w, "move_in_date", d(record.move_in)),
                *_address_columns(s, a.street, a.number, a.postal_code, a.city)])
            tenants = [_col(w, "row", *(str(k) for k in range(1, len(record.tenants) + 1))),
                       _col(w, "tenant_names", *record.tenants)]
            if rng.random() < 0.4:
                tenants.append(_col(w, "move_in_date",
                                    *(d(record.move_in) for _ in record.tenants)))
            tables = [landlord_t, flat_t, Table(w.caption("tenants"), tenants)]
            return tables if rng.random() < 0.5 else [flat_t, tables[2], landlord_t]
        case Geburt():
            c = record.child
            child = [_col(w, "family_name", c.family), _col(w, "given_names", c.given),
                     _col(w, "sex", _sex(s, c.sex)), _col(w, "date_of_birth", d(c.dob)),
                     _col(w, "birth_time", record.birth_time), _col(w, "place_of_birth", c.pob)]
            parents = [_col(w, "mother_name", record.mother)]
            if record.father:
                parents.append(_col(w, "father_name", record.father))
            return [_register_table(s, rng, record.office, record.register, record.issue, []),
                    Table(w.caption("child"), child), Table(w.caption("parents"), parents)]
        case Ehe():
            one, other = record.spouse1, record.spouse2
            marriage = [_col(w, "marriage_date", d(record.marriage_date)),
                        _col(w, "marriage_place", record.marriage_place)]
            spouses = Table(w.caption("spouses"), [
                _col(w, "spouse_row", "1", "2"),
                _col(w, "family_name", one.family, other.family),
                _col(w, "given_names", one.given, other.given),
                _col(w, "date_of_birth", d(one.dob), d(other.dob)),
                _col(w, "place_of_birth", one.pob, other.pob)])
            if rng.random() < 0.5:
                return [_register_table(s, rng, record.office, record.register, record.issue,
                                        marriage), spouses]
            return [_register_table(s, rng, record.office, record.register, record.issue, []),
                    Table(w.caption("marriage"), marriage), spouses]
        case Sterbe():
            p = record.person
            person = [_col(w, "family_name", p.family), _col(w, "given_names", p.given),
                      _col(w, "date_of_birth", d(p.dob)), _col(w, "place_of_birth", p.pob)]
            death = [_col(w, "date_of_death", d(record.date_of_death)),
                     _col(w, "place_of_death", record.place_of_death),
                     _col(w, "last_residence", record.last_residence)]
            return [_register_table(s, rng, record.office, record.register, record.issue, []),
                    Table(w.caption("deceased"), person), Table(w.caption("death"), death)]
        case Zulassung():
            h, a = record.holder, record.address
            holder = [_col(w, "family_name", h.family), _col(w, "given_names", h.given),
                      _col(w, "date_of_birth", d(h.dob))]
            address = _address_columns(s, a.street, a.number, a.postal_code, a.city, "home_line")
            vehicle = [_col(w, "make", record.make), _col(w, "model", record.model),
                       _col(w, "vin", record.vin), _col(w, "evb_number", record.evb)]
            if record.plate:
                plate = record.plate if rng.random() < 0.7 else record.plate.replace("-", " ")
                vehicle.append(_col(w, "desired_plate", plate))
            iban = group_iban(record.iban) if rng.random() < 0.5 else record.iban
            sepa = [_col(w, "account_holder", record.account_holder), _col(w, "iban", iban),
                    _col(w, "bic", record.bic), _col(w, "bank", record.bank)]
            tables = [Table(w.caption("holder"), holder)]
            if len(address) == 1 and rng.random() < 0.6:
                holder += address
            else:
                tables.append(Table(w.caption("address"), address))
            return [*tables, Table(w.caption("vehicle"), vehicle), Table(w.caption("sepa"), sepa)]
        case Aufenthalt():
            p, a = record.person, record.address
            person = [_col(w, "family_name", p.family), _col(w, "given_names", p.given),
                      _col(w, "date_of_birth", d(p.dob)), _col(w, "place_of_birth", p.pob),
                      _col(w, "nationality", _nat(s, p.nationality))]
            stay = [_col(w, "passport_number", record.passport_number),
                    _col(w, "passport_expiry_date", d(record.passport_expiry)),
                    _col(w, "entry_date", d(record.entry)),
                    _col(w, "purpose", _pick(rng, PURPOSE_CODES[record.purpose]))]
            residence = _address_columns(s, a.street, a.number, a.postal_code, a.city,
                                         "home_line")
            tables = [Table(w.caption("person"), person), Table(w.caption("passport"), stay),
                      Table(w.caption("residence"), residence)]
            return tables if rng.random() < 0.5 else [tables[0], tables[2], tables[1]]
    raise TypeError(type(record))


class _Hd:
    """Per-document habits of the ``headers`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, mono: bool) -> None:
        self.pen = pen
        self.rng = rng
        self.mono = mono
        self.size = rng.choice((8.5, 9.0, 9.5)) if not mono else rng.choice((8.0, 8.5, 9.0))
        self.hsize = self.size - rng.choice((0.5, 1.0, 1.5))
        self.pad = rng.choice((3.0, 3.5, 4.5))
        self.shade = rng.random() < 0.55
        self.head_bold = (not self.shade) or rng.random() < 0.6
        self.upper = rng.random() < 0.35
        rules = ("grid", "rows", "frame", "underline") + (("dashes",) if mono else ())
        self.rule = rng.choice(rules)
        self.fill = rng.random() < 0.6  # tables stretched to the full width
        self.caption_style = rng.choice(("bold", "band", "plain", "none"))
        self.gap = rng.choice((12.0, 14.0, 18.0))
        self.page_top = rng.random() < 0.6  # "Seite 1 von 2" in the header, else the footer


@dataclass(slots=True)
class _Laid:
    """A table fitted to the page: column widths, wrapped header and cell lines, sizes."""

    table: Table
    widths: list[float]
    heads: list[list[str]]
    cells: list[list[list[str]]]  # [row][column] -> lines
    size: float
    hsize: float
    height: float = 0.0
    caption_h: float = 0.0
    dash_h: float = 0.0
    row_h: list[float] = field(default_factory=list)
    head_h: float = 0.0


def _head_text(hd: _Hd, header: str) -> str:
    return header.upper() if hd.upper else header


def _fit_table(hd: _Hd, t: Table) -> _Laid:
    pen = hd.pen
    avail = pen.width
    face, bold = pen.faces.regular, pen.faces.bold if hd.head_bold else pen.faces.regular
    size, hsize = hd.size, hd.hsize
    while True:
        natural, minimal = [], []
        for col in t.columns:
            head_lines = _head_text(hd, col.header).split("\n")
            hw = max(pen.measure(h, hsize, font=bold) for h in head_lines)
            hmin = max(pen.measure(word, hsize, font=bold)
                       for h in head_lines for word in h.split())
            vw = max(pen.measure(v, size, font=face) for v in col.values)
            vmin = max(pen.measure(word, size, font=face)
                       for v in col.values for word in (v.split() or [""]))
            natural.append(max(hw, vw) + 2 * hd.pad + 2)
            minimal.append(max(hmin, vmin) + 2 * hd.pad + 2)
        if sum(minimal) <= avail or size <= 6.0:
            break
        size -= 0.5
        hsize = min(hsize, size - 0.5)
    if sum(natural) <= avail:
        spare = avail - sum(natural) if hd.fill else 0.0
        widths = [n + spare * n / sum(natural) for n in natural]
    else:
        room = avail - sum(minimal)
        want = [n - m for n, m in zip(natural, minimal, strict=True)]
        widths = [m + (room * x / sum(want) if sum(want) else 0.0)
                  for m, x in zip(minimal, want, strict=True)]
    heads: list[list[str]] = []
    for col, wd in zip(t.columns, widths, strict=True):
        lines: list[str] = []
        for part in _head_text(hd, col.header).split("\n"):
            lines += list(simpleSplit(part, bold, hsize, wd - 2 * hd.pad)) or [part]
        heads.append(lines)
    rows = len(t.columns[0].values)
    cells = [[list(simpleSplit(col.values[r], face, size, wd - 2 * hd.pad)) or [""]
              for col, wd in zip(t.columns, widths, strict=True)] for r in range(rows)]
    laid = _Laid(t, widths, heads, cells, size, hsize)
    laid.head_h = max(len(h) for h in heads) * hsize * 1.2 + 2 * hd.pad
    laid.row_h = [max(len(c) for c in row) * size * 1.25 + 2 * hd.pad for row in cells]
    laid.caption_h = (hsize + 2) * 2.0 if t.caption and hd.caption_style != "none" else 0.0
    laid.dash_h = size * 1.3 if hd.rule == "dashes" else 0.0
    laid.height = laid.caption_h + laid.head_h + laid.dash_h + sum(laid.row_h)
    return laid


def _draw_table(hd: _Hd, laid: _Laid) -> None:
    pen = hd.pen
    x0 = pen.left
    total = sum(laid.widths)
    t = laid.table
    if laid.caption_h and t.caption:
        cap_size = laid.hsize + 1.5
        if hd.caption_style == "band":
            pen.c.setFillGray(0.2)
            pen.c.rect(x0, pen.y - cap_size * 1.55, total, cap_size * 1.55, stroke=0, fill=1)
            pen.c.setFillGray(1)
            pen.text(x0 + hd.pad, pen.y - cap_size * 1.15, t.caption, cap_size, bold=True)
            pen.c.setFillGray(0)
        else:
            pen.text(x0, pen.y - cap_size * 1.15, t.caption, cap_size,
                     bold=hd.caption_style == "bold")
        pen.y -= laid.caption_h
    top = pen.y
    bold = hd.head_bold
    if hd.shade:
        pen.c.setFillGray(0.84)
        pen.c.rect(x0, top - laid.head_h, total, laid.head_h, stroke=0, fill=1)
        pen.c.setFillGray(0)
    x = x0
    for lines, wd in zip(laid.heads, laid.widths, strict=True):
        for k, line in enumerate(lines):
            pen.text(x + hd.pad, top - hd.pad - laid.hsize * 0.85 - k * laid.hsize * 1.2, line,
                     laid.hsize, bold=bold)
        x += wd
    y = top - laid.head_h
    if laid.dash_h:
        x = x0
        dash_w = pen.measure("-", laid.size)
        for wd in laid.widths:
            count = max(1, int((wd - 2 * hd.pad) / dash_w))
            pen.text(x + hd.pad, y - laid.size * 0.95, "-" * count, laid.size)
            x += wd
        y -= laid.dash_h
    row_tops = []
    for row, h in zip(laid.cells, laid.row_h, strict=True):
        row_tops.append(y)
        x = x0
        for lines, wd in zip(row, laid.widths, strict=True):
            for k, line in enumerate(lines):
                pen.text(x + hd.pad, y - hd.pad - laid.size * 0.85 - k * laid.size * 1.25, line,
                         laid.size)
            x += wd
        y -= h
    bottom = y
    pen.c.setLineWidth(0.5)
    if hd.rule in ("grid", "frame"):
        pen.c.rect(x0, bottom, total, top - bottom, stroke=1, fill=0)
        pen.hline(x0, x0 + total, top - laid.head_h, 0.6)
    if hd.rule == "grid":
        x = x0
        for wd in laid.widths[:-1]:
            x += wd
            pen.c.line(x, top, x, bottom)
        for row_top in row_tops[1:]:
            pen.hline(x0, x0 + total, row_top, 0.3)
    if hd.rule == "rows":
        pen.hline(x0, x0 + total, top, 0.8)
        pen.hline(x0, x0 + total, top - laid.head_h, 0.5)
        for row_top in row_tops[1:]:
            pen.hline(x0, x0 + total, row_top, 0.25)
        pen.hline(x0, x0 + total, bottom, 0.8)
    if hd.rule == "underline":
        pen.hline(x0, x0 + total, top - laid.head_h, 0.7)
    pen.y = bottom - hd.gap


@dataclass(slots=True)
class _Furniture:
    office: str
    unit: str
    printed: str  # printout date and time
    title: str
    meta: str
    footer: str


def _furniture(pen: Pen, hd: _Hd, f: _Furniture, page: int, pages: int, first: bool,
               compact: bool = False) -> None:
    """Header and footer of a printout page; ``compact`` keeps the header in one line above
    an identity document's caption."""
    count = f"Seite {page} von {pages}"
    if compact:
        y = PAGE_H - 22
        pen.text(pen.left, y, f"{f.office} · {f.unit}", 8, bold=True)
        pen.right_text(pen.right, y, f"{f.printed}   {count}", 7.5)
        pen.hline(pen.left, pen.right, y - 5, 0.6)
        pen.hline(pen.left, pen.right, 36, 0.4)
        pen.text(pen.left, 26, f.footer, 6.5)
        return
    y = PAGE_H - 34
    pen.text(pen.left, y, f.office, 9, bold=True)
    if hd.page_top:
        pen.right_text(pen.right, y, count, 8)
        pen.right_text(pen.right, y - 11, f.printed, 7.5)
    else:
        pen.right_text(pen.right, y, f.printed, 7.5)
    pen.text(pen.left, y - 11, f.unit, 7.5)
    pen.hline(pen.left, pen.right, y - 17, 0.8)
    pen.hline(pen.left, pen.right, 36, 0.4)
    pen.text(pen.left, 26, f.footer, 6.5)
    if not hd.page_top:
        pen.right_text(pen.right, 26, count, 7.5)
    pen.y = y - 30
    if first:
        title_size = 13.0
        while pen.measure(f.title, title_size, bold=True) > pen.width and title_size > 9:
            title_size -= 0.5
        pen.text(pen.left, pen.y - 4, f.title, title_size, bold=True)
        pen.text(pen.left, pen.y - 18, f.meta, 7.5)
        pen.y -= 36


def _stamp(rng: random.Random, d: date) -> str:
    return (f"{d.day:02d}.{d.month:02d}.{d.year} {rng.randint(7, 17):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")


def _printed_day(record: Record, rng: random.Random) -> date:
    if isinstance(record, Geburt | Ehe | Sterbe):
        return record.issue if rng.random() < 0.7 else _later(record.issue, rng, 1, 3)
    if isinstance(record, Identity):
        return REFERENCE_DATE - timedelta(days=rng.randint(0, 60))
    return _later(record.signed, rng, 0, 6)


HEADER_FOOTERS: Final = (
    "Ausdruck aus dem Fachverfahren – nur für den Dienstgebrauch",
    "Maschineller Ausdruck · Datenstand siehe Druckdatum",
    "Vertraulich – personenbezogene Daten (Art. 9 DSGVO beachten)",
)
HEADER_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Bürgeramt · Meldewesen", "Einwohnerwesen / Auskunft"),
    "wohnungsgeberbestaetigung": ("Bürgeramt · Meldewesen", "Einwohnerwesen / Auskunft"),
    "geburtsurkunde": ("Personenstandswesen", "Standesamt – Registerführung"),
    "eheurkunde": ("Personenstandswesen", "Standesamt – Registerführung"),
    "sterbeurkunde": ("Personenstandswesen", "Standesamt – Registerführung"),
    "antrag_zulassung": ("Straßenverkehrsamt · Zulassung", "Kfz-Zulassungsstelle"),
    "aufenthaltstitel_antrag": ("Ausländerbehörde · Aufenthalt", "Migration und Integration"),
    "identity_document": ("Scanstelle · Posteingang", "Dokumentenerfassung"),
}


def _header_office(record: Record, rng: random.Random) -> str:
    if isinstance(record, Geburt | Ehe | Sterbe):
        return f"Standesamt {record.office}"
    city = rng.choice(("Bochum", "Essen", "Dortmund", "Herne"))
    for attr in ("address", "landlord_address"):
        value = getattr(record, attr, None)
        if value is not None:
            city = str(value.city)
            break
    return f"Stadt {city}"


def draw_headers(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                 two: bool) -> None:
    """One document of the ``headers`` layout (not identity documents)."""
    hd = _Hd(pen, rng, pen.faces.regular in MONO_FACES)
    tables = [_fit_table(hd, t) for t in header_tables(record, s, rng)]
    user = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWZ") for _ in range(3)).lower()
    day = _printed_day(record, rng)
    # a two-page printout runs its last data table over to page 2 (when there are three or
    # more), followed there by the record's history
    break_at = len(tables) - 1 if two and len(tables) >= 3 else len(tables)
    if two:
        span = 300 if isinstance(record, Geburt | Ehe | Sterbe) else 12
        tables.append(_fit_table(hd, _history(s, rng, day, user, span)))
    f = _Furniture(
        office=_header_office(record, rng),
        unit=rng.choice(HEADER_UNITS[doc_type]),
        printed=f"Druck: {_stamp(rng, day)}",
        title=_words(s).title(doc_type),
        meta=(f"Vorgang {rng.randint(2024, 2026)}/{rng.randint(1000, 99999):05d} · Benutzer "
              f"{user}{rng.randint(1, 99):02d} · Terminal {rng.choice('ABCDEF')}-"
              f"{rng.randint(1, 40)}"),
        footer=rng.choice(HEADER_FOOTERS),
    )
    closing = _closing_lines(record, s, rng)
    closing_h = 70.0 if closing else 0.0
    # paginate: page 1 starts under the title, the others under the header
    first_top, other_top, bottom = PAGE_H - 34 - 30 - 36, PAGE_H - 34 - 30, 56.0
    pages: list[list[_Laid]] = [[]]
    y = first_top
    for k, laid in enumerate(tables):
        if (k == break_at or y - laid.height < bottom) and pages[-1]:
            pages.append([])
            y = other_top
        pages[-1].append(laid)
        y -= laid.height + hd.gap
    if y - closing_h < bottom:
        pages.append([])
    total = len(pages)
    for n, group in enumerate(pages, 1):
        if n > 1:
            pen.new_page()
        _furniture(pen, hd, f, n, total, n == 1)
        for laid in group:
            _draw_table(hd, laid)
    if closing:
        _draw_closing(hd, closing, record)


HISTORY_ACTIONS: Final = ("Ersterfassung", "Datenprüfung", "Nachweise gesichtet",
                          "Statusänderung", "Ausdruck erstellt")


def _history(s: Style, rng: random.Random, day: date, user: str, span: int) -> Table:
    """The record's processing history: dates, actions and clerks, none of them a field."""
    count = rng.randint(2, 4)
    days = sorted(day - timedelta(days=rng.randint(1, span)) for _ in range(count - 1))
    actions = ["Ersterfassung", *rng.sample(HISTORY_ACTIONS[1:-1], k=count - 2),
               "Ausdruck erstellt"]
    clerks = [f"{user}{rng.randint(1, 99):02d}" for _ in range(count)]
    return Table(_words(s).caption("history"), [
        Column("Geändert", [s.date(d) for d in (*days, day)]), Column("Aktion", actions),
        Column("Bearb.", clerks)])


def _closing_lines(record: Record, s: Style, rng: random.Random) -> list[str]:
    if isinstance(record, Geburt | Ehe | Sterbe):
        return [rng.choice(("Die Übereinstimmung mit dem Registereintrag wird bescheinigt.",
                            "Auszug wie eingetragen; Hinweise zum Eintrag: keine.")),
                "Im Auftrag"]
    signed = getattr(record, "signed", None)
    if isinstance(signed, date):
        return [f"Angaben lt. Antrag vom {s.date(signed)} – erfasst ohne Prüfung der Nachweise."]
    return []


def _draw_closing(hd: _Hd, lines: list[str], record: Record) -> None:
    pen = hd.pen
    pen.y -= 4
    pen.text(pen.left, pen.y, lines[0], hd.size - 0.5)
    if len(lines) > 1 and isinstance(record, Geburt | Ehe | Sterbe):
        x = pen.left + pen.width * 0.55
        _signature(pen, x + 6, pen.y - 30, hd.rng)
        pen.hline(x, pen.right, pen.y - 40, 0.4)
        pen.text(x, pen.y - 49, lines[1], 7.5)
        cx, cy, r = pen.left + 60, pen.y - 36, 24.0
        seal = f"Standesamt {record.office}"
        pen.c.setLineWidth(0.9)
        pen.c.circle(cx, cy, r)
        pen.c.circle(cx, cy, r - 5)
        pen.centre_text(cx, cy - 2, seal, min(5.0, (2 * r - 12) / max(1.0, pen.measure(seal, 1))))
    pen.y -= 60


def _identity_headers(pen: Pen, r: Identity, s: Style, rng: random.Random, pages: int,
                      two: bool) -> None:
    hd = _Hd(pen, rng, pen.faces.regular in MONO_FACES)
    hd.page_top = True
    total = 2 if two else 1
    day = _printed_day(r, rng)
    f = _Furniture(office=f"Stadt {rng.choice(('Bochum', 'Essen', 'Dortmund', 'Herne'))}",
                   unit=rng.choice(HEADER_UNITS["identity_document"]),
                   printed=f"Druck: {_stamp(rng, day)}", title="", meta="",
                   footer=rng.choice(HEADER_FOOTERS))
    ref = f"{rng.randint(2024, 2026)}/{rng.randint(1000, 99999):05d}"
    w = _words(s)
    filing = Table(w.caption("filing"), [
        Column("Vorgang", [ref]), Column("Anlage", [w.title("identity_document")]),
        Column("Erfasst", [s.date(day)]), Column("Bl.", [str(total)])])
    title = w.title("identity_document")
    first, last = _identity_bottoms(r, rng, pages)  # just before draw_identity uses ``rng``
    _furniture(pen, hd, f, 1, total, False, compact=True)
    draw_identity(pen, r, rng, "headers", pages, title)
    card_back = pen.pages == 2
    if card_back:
        _furniture(pen, hd, f, 2, total, False, compact=True)
    laid = _fit_table(hd, filing)
    below = last if card_back else first
    if below - 30 - laid.height > 50:
        pen.y = below - 30
        _draw_table(hd, laid)
    if two and pen.pages == 1:
        notes_page(pen, rng)
        _furniture(pen, hd, f, 2, total, False, compact=True)


def draw_extra2(pen: Pen, record: Record, s: Style, rng: random.Random, doc_type: str,
                pages: int) -> None:
    """Draw one document of the ``letter`` or ``headers`` layout; ``pages`` is what the plan
    asks for (2: the document runs over two pages, or a page of notes follows)."""
    two = pages == 2
    if s.layout == "letter":
        pen.faces = _faces(rng, LETTER_FACES)
        if isinstance(record, Identity):
            _identity_letter(pen, record, s, rng, pages)
        else:
            draw_letter2(pen, record, s, rng, two)
    else:
        pen.faces = _faces(rng, HEADERS_FACES)
        if isinstance(record, Identity):
            _identity_headers(pen, record, s, rng, pages, two)
            return
        draw_headers(pen, record, s, rng, doc_type, two)
    if two and pen.pages == 1:
        notes_page(pen, rng)
