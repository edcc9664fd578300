"""Identity documents: a passport data page (TD3) or both sides of an ID card (TD1), drawn
at scan size on an A4 page with the machine-readable zone at the bottom of the document."""

from __future__ import annotations

import math
import random
from datetime import date

from samples.data import Identity
from samples.fonts import mrz_font
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.pools import NATIONALITIES
from samples.wording import format_date

MM = 72 / 25.4
STATES = {
    "DEU": ("BUNDESREPUBLIK DEUTSCHLAND", "FEDERAL REPUBLIC OF GERMANY"),
    "TUR": ("TÜRKIYE CUMHURIYETI", "REPUBLIC OF TURKEY"),
    "POL": ("RZECZPOSPOLITA POLSKA", "REPUBLIC OF POLAND"),
    "SYR": ("SYRIAN ARAB REPUBLIC", "RÉPUBLIQUE ARABE SYRIENNE"),
    "UKR": ("UKRAINA", "UKRAINE"),
    "ITA": ("REPUBBLICA ITALIANA", "ITALIAN REPUBLIC"),
    "IND": ("REPUBLIC OF INDIA", "RÉPUBLIQUE DE L'INDE"),
    "USA": ("UNITED STATES OF AMERICA", "ÉTATS-UNIS D'AMÉRIQUE"),
}
MONTH_ABBR = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def _guilloche(pen: Pen, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    pen.c.saveState()
    pen.c.setStrokeGray(0.82)
    pen.c.setLineWidth(0.3)
    phase = rng.uniform(0, math.pi)
    for k in range(9):
        path = pen.c.beginPath()
        base = y + h * (k + 1) / 10
        path.moveTo(x, base)
        for step in range(1, 61):
            px = x + w * step / 60
            path.lineTo(px, base + 4 * math.sin(step / 4 + phase + k))
        pen.c.drawPath(path, stroke=1, fill=0)
    pen.c.restoreState()


def _photo(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    pen.c.saveState()
    pen.c.setFillGray(0.9)
    pen.c.rect(x, y, w, h, stroke=1, fill=1)
    pen.c.setFillGray(0.6)
    pen.c.circle(x + w / 2, y + h * 0.62, w * 0.22, stroke=0, fill=1)
    pen.c.ellipse(x + w * 0.15, y, x + w * 0.85, y + h * 0.45, stroke=0, fill=1)
    pen.c.restoreState()


def _mrz(pen: Pen, lines: tuple[str, ...], x: float, y: float, width: float) -> None:
    """The zone's lines, bottom line at ``y``, fitted to ``width``."""
    face = mrz_font()
    size = width / pen.c.stringWidth("<" * len(lines[0]), face, 1)
    for k, line in enumerate(reversed(lines)):
        pen.text(x, y + k * size * 1.45, line, size, font=face)


def _date(d: date, style: str) -> str:
    if style == "icao":
        return f"{d.day:02d} {MONTH_ABBR[d.month - 1]} {d.year}"
    return format_date(d, style)


def _fields(r: Identity, german: bool, style: str) -> list[tuple[str, str]]:
    p = r.person
    nat = NATIONALITIES[r.issuing_state][0].upper() if german else r.issuing_state
    names = [
        ("Name / Surname" if german else "Surname / Nom", p.family.upper()),
        ("Vornamen / Given names" if german else "Given names / Prénoms", p.given.upper()),
        ("Staatsangehörigkeit / Nationality" if german else "Nationality", nat),
        ("Geburtstag / Date of birth" if german else "Date of birth", _date(p.dob, style)),
    ]
    if r.mrz_format == "TD3" or not german:
        names.append(("Geschlecht / Sex" if german else "Sex", p.sex))
    names += [
        ("Geburtsort / Place of birth" if german else "Place of birth", p.pob.upper()),
        ("Gültig bis / Date of expiry" if german else "Date of expiry", _date(r.expiry, style)),
    ]
    return names


def _field_grid(pen: Pen, fields: list[tuple[str, str]], x: float, top: float, scale: float,
                col_w: float) -> None:
    """Four fields stacked, then the rest two per row: small label above a bold value."""
    rows = [[f] for f in fields[:4]] + [fields[i:i + 2] for i in range(4, len(fields), 2)]
    y = top
    for row in rows:
        for k, (label, value) in enumerate(row):
            pen.text(x + k * col_w, y, label, 5.2 * scale)
            pen.text(x + k * col_w, y - 8.5 * scale, value, 8.2 * scale, bold=True)
        y -= 19 * scale


def draw_passport(pen: Pen, r: Identity, x: float, top: float, scale: float, style: str,
                  rng: random.Random) -> float:
    """TD3 data page with its top-left corner at (x, top); returns its bottom y."""
    w, h = 125 * MM * scale, 88 * MM * scale
    y = top - h
    pen.c.setLineWidth(0.8)
    pen.c.roundRect(x, y, w, h, 6 * scale)
    _guilloche(pen, x + 4, y + 26 * MM * scale, w - 8, h * 0.55, rng)
    german = r.issuing_state == "DEU"
    state = STATES.get(r.issuing_state, (NATIONALITIES[r.issuing_state][1].upper(), ""))
    pen.text(x + 8 * scale, top - 12 * scale, state[0], 7.5 * scale, bold=True)
    pen.text(x + 8 * scale, top - 20 * scale, state[1], 5.5 * scale)
    label = "REISEPASS / PASSPORT / PASSEPORT" if german else "PASSPORT / PASSEPORT"
    pen.right_text(x + w - 8 * scale, top - 12 * scale, label, 7 * scale, bold=True)
    code = f"Typ/Type {r.document_code}   Kode/Code {r.issuing_state}" if german else (
        f"Type {r.document_code}   Code {r.issuing_state}")
    pen.text(x + 110 * scale, top - 32 * scale, code, 5.5 * scale)
    pen.right_text(x + w - 8 * scale, top - 32 * scale, r.document_number, 8.5 * scale, True)
    _photo(pen, x + 8 * scale, y + 30 * MM * scale, 32 * MM * scale, 40 * MM * scale)
    _field_grid(pen, _fields(r, german, style), x + 110 * scale, top - 48 * scale, scale,
                95 * scale)
    _mrz(pen, r.lines, x + 4 * MM * scale, y + 5 * MM * scale, w - 8 * MM * scale)
    return y


def draw_card(pen: Pen, r: Identity, x: float, top: float, scale: float, style: str,
              rng: random.Random, back_only: bool = False, front_only: bool = False) -> float:
    """TD1 card, front above back; returns the bottom y."""
    w, h = 85.6 * MM * scale, 54 * MM * scale
    german = r.issuing_state == "DEU"
    state = STATES.get(r.issuing_state, (NATIONALITIES[r.issuing_state][1].upper(), ""))
    y = top
    if not back_only:
        y -= h
        pen.c.setLineWidth(0.8)
        pen.c.roundRect(x, y, w, h, 8 * scale)
        _guilloche(pen, x + 4, y + 4, w - 8, h - 30 * scale, rng)
        pen.text(x + 8 * scale, top - 11 * scale, state[0], 6.5 * scale, bold=True)
        title = "PERSONALAUSWEIS / IDENTITY CARD" if german else "IDENTITY CARD"
        pen.text(x + 8 * scale, top - 19 * scale, title, 5.5 * scale)
        pen.right_text(x + w - 8 * scale, top - 11 * scale, r.document_number, 7.5 * scale, True)
        _photo(pen, x + 8 * scale, y + 8 * scale, 24 * MM * scale, 30 * MM * scale)
        _field_grid(pen, _fields(r, german, style), x + 85 * scale, top - 32 * scale,
                    scale * 0.78, 75 * scale)
        y -= 14 * scale
    if front_only:
        return y
    back_top = y
    y -= h
    pen.c.setLineWidth(0.8)
    pen.c.roundRect(x, y, w, h, 8 * scale)
    if german:
        pen.text(x + 8 * scale, back_top - 12 * scale, "Anschrift / Address", 5 * scale)
        pen.text(x + 8 * scale, back_top - 21 * scale, r.authority.replace("Stadt ", "").upper(),
                 7 * scale, bold=True)
        pen.text(x + 8 * scale, back_top - 33 * scale, "Behörde / Authority", 5 * scale)
        pen.text(x + 8 * scale, back_top - 42 * scale, r.authority.upper(), 7 * scale, bold=True)
    _mrz(pen, r.lines, x + 4 * MM * scale, y + 5 * MM * scale, w - 8 * MM * scale)
    return y


def draw_identity(pen: Pen, r: Identity, rng: random.Random, layout: str, pages: int,
                  header: str) -> None:
    """One A4 page (two when ``pages`` is 2 and the document is a card: front, then back)."""
    style = {"colon": "numeric", "tabstop": "icao", "boxed": "numeric", "table": "icao",
             "certificate": "long", "twocol": "iso"}.get(layout, "numeric")
    card = r.mrz_format == "TD1"
    scale = rng.uniform(1.45, 1.75) if card else rng.uniform(1.05, 1.3)
    w = (85.6 if card else 125) * MM * scale
    x = {"twocol": PAGE_W - 50 - w, "table": (PAGE_W - w) / 2}.get(layout, 50.0)
    x += rng.uniform(-10, 10)
    top = PAGE_H - rng.uniform(60, 110)
    pen.text(50, PAGE_H - 40, header, 9)
    if not card:
        bottom = draw_passport(pen, r, x, top, scale, style, rng)
    elif pages == 2:
        draw_card(pen, r, x, top, scale, style, rng, front_only=True)
        pen.new_page()
        bottom = draw_card(pen, r, x, top, scale, style, rng, back_only=True)
    else:
        bottom = draw_card(pen, r, x, top, scale, style, rng)
    if layout == "certificate":
        pen.text(50, bottom - 40, "Die Übereinstimmung dieser Kopie mit dem Original wird "
                 "hiermit amtlich beglaubigt.", 10)
        pen.signature(330, bottom - 100, "Siegel / Unterschrift")
