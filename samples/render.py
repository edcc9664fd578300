"""Layout families that draw a ``Form`` onto A4 pages with reportlab.

``colon``, ``tabstop``, ``boxed`` and ``table`` are tuning layouts; ``twocol`` is the
held-out one. The ``certificate`` family (prose) lives in ``samples.prose`` and the identity
document pages in ``samples.identity``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from reportlab.lib.utils import simpleSplit

from samples.content import Block, Choice, Entry, Form, Item, Lines, Parallel, Section
from samples.pen import PAGE_W, Pen
from samples.wording_blind import CERT_REMARKS, FOOTERS, INSTRUCTIONS, OFFICE_USE
from samples.wording_final import CONSENTS, FIELD_HEADERS, PORTALS, SUPPORT

NOTES = (
    "Hinweise zum Datenschutz: Die mit diesem Vordruck erhobenen Daten werden auf Grund "
    "der einschlägigen Rechtsvorschriften erhoben und ausschließlich zur Erfüllung der "
    "gesetzlichen Aufgaben der Behörde verarbeitet.",
    "Bitte füllen Sie den Vordruck vollständig und gut lesbar aus. Unvollständige Angaben "
    "können zu Verzögerungen bei der Bearbeitung führen. Legen Sie gültige Ausweisdokumente "
    "vor.",
    "Wer eine Angabe vorsätzlich oder fahrlässig nicht, nicht richtig oder nicht rechtzeitig "
    "macht, handelt ordnungswidrig. Die Ordnungswidrigkeit kann mit einer Geldbuße geahndet "
    "werden.",
    "Weitere Informationen erhalten Sie im Bürgerbüro oder auf der Internetseite Ihrer Stadt. "
    "Terminvereinbarungen sind online und telefonisch möglich.",
)

Renderer = Callable[[Pen, Form, random.Random, int | None], None]


def notes_page(pen: Pen, rng: random.Random) -> None:
    """A second page of boilerplate without any catalog field."""
    pen.new_page()
    pen.text(pen.left, pen.y, "Hinweise", 14, bold=True)
    pen.y -= 28
    for paragraph in rng.sample(NOTES, k=len(NOTES)):
        for line in pen.wrap(paragraph, 10, pen.width):
            pen.text(pen.left, pen.y, line, 10)
            pen.y -= 13
        pen.y -= 10


def footnote(pen: Pen, text: str | None) -> None:
    """Small print at the foot of the current page."""
    if not text:
        return
    lines = pen.wrap(text, 7, pen.width)
    y = pen.bottom - 16
    pen.hline(pen.left, pen.left + 120, y + 10, 0.4)
    for line in lines:
        pen.text(pen.left, y, line, 7)
        y -= 9


def closing(pen: Pen, lines: list[str], size: float) -> None:
    pen.ensure(80)
    pen.y -= 30
    if lines:
        pen.text(pen.left, pen.y, lines[0], size)
    if len(lines) > 1:
        pen.signature(pen.right - max(210, pen.measure(lines[1], 7.5)) - 5, pen.y - 4, lines[1])
    pen.y -= 30


def flat_sections(block: Block) -> list[Section]:
    """A ``Parallel`` as two consecutive sections (for layouts that print one person after
    the other)."""
    if isinstance(block, Section):
        return [block]
    return [
        Section(title, [Item("", label, values[k]) for label, *values in block.rows])
        for k, title in enumerate(block.titles)
    ]


# --- colon: "Label: value", Helvetica ---------------------------------------------------------

def _colon_item(pen: Pen, x: float, e: Item, size: float) -> None:
    x = pen.text(x, pen.y, f"{e.label}:", size)
    pen.value(x + 5, pen.y, e.value, size)


def _colon_entry(pen: Pen, e: Entry, size: float) -> None:
    if isinstance(e, Item):
        _colon_item(pen, pen.left, e, size)
    elif isinstance(e, Choice):
        x = pen.text(pen.left, pen.y, f"{e.label}:", size)
        rows = pen.choices(x + 8, pen.y, e.options, e.ticked, size)
        pen.y -= (rows - 1) * size * 1.45
    else:
        pen.text(pen.left, pen.y, f"{e.label}:", size)
        for value in e.values:
            pen.y -= size * 1.5
            pen.value(pen.left + 20, pen.y, value, size)
    pen.y -= size * 1.75


def draw_colon(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    size = rng.choice((10.0, 10.5, 11.0))
    pen.text(pen.left, pen.y, form.authority, 9)
    pen.y -= 30
    pen.text(pen.left, pen.y, form.title, 16, bold=True)
    pen.hline(pen.left, pen.right, pen.y - 6, 1.0)
    pen.y -= 34
    if form.intro:
        pen.text(pen.left, pen.y, form.intro, 9)
        pen.y -= 24
    for index, block in enumerate(form.blocks):
        if index == break_before:
            pen.new_page()
        for section in flat_sections(block):
            pen.ensure(40)
            if section.title:
                pen.text(pen.left, pen.y, section.title, size + 1, bold=True)
                pen.y -= size * 1.9
            entries = section.entries
            i = 0
            while i < len(entries):
                e, nxt = entries[i], entries[i + 1] if i + 1 < len(entries) else None
                pen.ensure(size * 2)
                if (isinstance(e, Item) and isinstance(nxt, Item) and e.span == nxt.span == 1
                        and rng.random() < 0.5):
                    _colon_item(pen, pen.left, e, size)
                    _colon_item(pen, pen.left + pen.width / 2, nxt, size)
                    pen.y -= size * 1.75
                    i += 2
                    continue
                _colon_entry(pen, e, size)
                i += 1
            pen.y -= size
    closing(pen, form.closing, size)
    footnote(pen, form.footnote)


# --- tabstop: label left, value at a tab stop, Times -------------------------------------------

def draw_tabstop(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    size = rng.choice((11.0, 11.5, 12.0))
    tab = pen.left + rng.uniform(185, 235)
    leader = rng.random() < 0.5
    pen.right_text(pen.right, pen.y, form.authority, 9.5)
    pen.y -= 40
    pen.centre_text(PAGE_W / 2, pen.y, form.title, 17, bold=True)
    pen.y -= 36
    if form.intro:
        for line in pen.wrap(form.intro, 10, pen.width):
            pen.text(pen.left, pen.y, line, 10)
            pen.y -= 13
        pen.y -= 12
    for index, block in enumerate(form.blocks):
        if index == break_before:
            pen.new_page()
        pen.ensure(50)
        if isinstance(block, Parallel):
            _tab_parallel(pen, block, tab, size)
            continue
        if block.title:
            pen.text(pen.left, pen.y, block.title, size + 0.5, bold=True)
            pen.hline(pen.left, pen.right, pen.y - 4, 0.4)
            pen.y -= size * 2
        for e in block.entries:
            pen.ensure(size * 2)
            _tab_entry(pen, e, tab, size, leader)
        pen.y -= size * 0.8
    closing(pen, form.closing, size)
    footnote(pen, form.footnote)


def _tab_label(pen: Pen, label: str, tab: float, size: float, leader: bool) -> None:
    end = pen.text(pen.left, pen.y, label, size)
    if end > tab - 6:
        pen.y -= size * 1.3
    elif leader:
        dots = "." * int((tab - 8 - end) / pen.measure(".", size))
        pen.text(end + 3, pen.y, dots, size)


def _tab_entry(pen: Pen, e: Entry, tab: float, size: float, leader: bool) -> None:
    _tab_label(pen, e.label, tab, size, leader and not isinstance(e, Lines))
    if isinstance(e, Item):
        pen.value(tab, pen.y, e.value, size)
    elif isinstance(e, Choice):
        rows = pen.choices(tab, pen.y, e.options, e.ticked, size)
        pen.y -= (rows - 1) * size * 1.45
    else:
        for k, value in enumerate(e.values):
            if k:
                pen.y -= size * 1.4
            pen.value(tab, pen.y, value, size)
    pen.y -= size * 1.7


def _tab_parallel(pen: Pen, block: Parallel, tab: float, size: float) -> None:
    second = tab + (pen.right - tab) / 2
    pen.text(tab, pen.y, block.titles[0], size, bold=True)
    pen.text(second, pen.y, block.titles[1], size, bold=True)
    pen.y -= size * 1.9
    for label, first, other in block.rows:
        pen.text(pen.left, pen.y, label, size)
        pen.value(tab, pen.y, first, size)
        pen.value(second, pen.y, other, size)
        pen.y -= size * 1.7
    pen.y -= size * 0.8


# --- boxed: small label above the value inside ruled cells ------------------------------------

CELL_H = 30.0


def _cell(pen: Pen, x: float, w: float, h: float, label: str, size: float) -> None:
    pen.c.setLineWidth(0.6)
    pen.c.rect(x, pen.y - h, w, h, stroke=1, fill=0)
    pen.text(x + 3, pen.y - 8, label, 6.5)


def _cell_content(pen: Pen, x: float, w: float, e: Entry, size: float) -> float:
    """Draw one entry as a cell at the cursor; returns its height."""
    if isinstance(e, Lines):
        h = 14 + size * 1.45 * len(e.values)
        _cell(pen, x, w, h, e.label, size)
        for k, value in enumerate(e.values):
            pen.value(x + 6, pen.y - 12 - size * 1.45 * (k + 1) + 4, value, size)
        return h
    if isinstance(e, Item):
        _cell(pen, x, w, CELL_H, e.label, size)
        pen.value(x + 6, pen.y - CELL_H + 7, e.value, size)
        return CELL_H
    rows = pen.choice_rows(x + 6, e.options, size - 1, limit=x + w - 4)
    h = CELL_H + (len(rows) - 1) * (size - 1) * 1.45
    _cell(pen, x, w, h, e.label, size)
    pen.choices(x + 6, pen.y - CELL_H + 7, e.options, e.ticked, size - 1, limit=x + w - 4)
    return h


def _rows(entries: list[Entry]) -> list[list[Entry]]:
    rows: list[list[Entry]] = []
    used = 4
    for e in entries:
        span = e.span if isinstance(e, Item) else 4
        if used + span > 4:
            rows.append([])
            used = 0
        rows[-1].append(e)
        used += span
    return rows


def _bar(pen: Pen, title: str, number: int) -> None:
    pen.c.setFillGray(0.85)
    pen.c.rect(pen.left, pen.y - 15, pen.width, 15, stroke=0, fill=1)
    pen.c.setFillGray(0)
    pen.text(pen.left + 4, pen.y - 11, f"{number}  {title}", 9.5, bold=True)
    pen.y -= 15


def draw_boxed(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    size = rng.choice((10.5, 11.0, 11.5))
    pen.c.setLineWidth(0.8)
    pen.c.rect(pen.left, pen.y - 22, 230, 30, stroke=1, fill=0)
    pen.text(pen.left + 6, pen.y - 10, form.authority, 8.5)
    pen.right_text(pen.right, pen.y, f"Vordruck {rng.randint(1, 40)}/{rng.randint(2019, 2026)}", 7)
    pen.y -= 56
    pen.text(pen.left, pen.y, form.title, 14, bold=True)
    pen.y -= 22
    if form.intro:
        pen.text(pen.left, pen.y, form.intro, 8)
        pen.y -= 16
    number = 0
    for index, block in enumerate(form.blocks):
        if index == break_before:
            pen.new_page()
        number += 1 if isinstance(block, Parallel) or block.title else 0
        if isinstance(block, Parallel):
            _boxed_parallel(pen, block, size, number)
            continue
        pen.ensure(CELL_H * 2 + 16)
        if block.title:
            _bar(pen, block.title, number)
        for row in _rows(block.entries):
            pen.ensure(CELL_H + 4)
            spans = [e.span if isinstance(e, Item) else 4 for e in row]
            x, height = pen.left, 0.0
            for e, span in zip(row, spans, strict=True):
                w = pen.width * span / sum(spans)
                height = max(height, _cell_content(pen, x, w, e, size))
                x += w
            pen.y -= height
        pen.y -= 10
    closing(pen, form.closing, 10)
    footnote(pen, form.footnote)


def _boxed_parallel(pen: Pen, block: Parallel, size: float, number: int) -> None:
    pen.ensure(CELL_H * 5)
    half = pen.width / 2
    _bar(pen, f"{block.titles[0]} / {block.titles[1]}", number)
    for k, title in enumerate(block.titles):
        pen.text(pen.left + k * half + 4, pen.y - 11, title, 9, bold=True)
    pen.y -= 15
    for label, first, other in block.rows:
        _cell_content(pen, pen.left, half, Item("", label, first), size)
        _cell_content(pen, pen.left + half, half, Item("", label, other), size)
        pen.y -= CELL_H
    pen.y -= 10


# --- table: ruled two-column table, Courier ---------------------------------------------------

def draw_table(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    size = 10.0
    split = pen.left + pen.width * rng.uniform(0.34, 0.40)
    pen.text(pen.left, pen.y, form.authority, 9)
    pen.y -= 34
    pen.centre_text(PAGE_W / 2, pen.y, form.title.upper(), 14, bold=True)
    pen.y -= 30
    if form.intro:
        for line in pen.wrap(form.intro, 8.5, pen.width):
            pen.text(pen.left, pen.y, line, 8.5)
            pen.y -= 11
        pen.y -= 8
    for index, block in enumerate(form.blocks):
        if index == break_before:
            pen.new_page()
        pen.ensure(60)
        if isinstance(block, Parallel):
            _table_parallel(pen, block, split, size)
            continue
        if block.title:
            pen.c.setFillGray(0.88)
            pen.c.rect(pen.left, pen.y - 16, pen.width, 16, stroke=1, fill=1)
            pen.c.setFillGray(0)
            pen.text(pen.left + 4, pen.y - 12, block.title, size, bold=True)
            pen.y -= 16
        for e in block.entries:
            _table_row(pen, e, split, size)
        pen.y -= 12
    closing(pen, form.closing, size)
    footnote(pen, form.footnote)


def _table_row(pen: Pen, e: Entry, split: float, size: float) -> None:
    label_lines = pen.wrap(e.label, size - 1, split - pen.left - 8)
    values: tuple[object, ...] = e.values if isinstance(e, Lines) else ("",)
    if isinstance(e, Choice):
        values = tuple(pen.choice_rows(split + 6, e.options, size, 10, pen.right - 4))
    h = max(len(label_lines), len(values)) * (size + 4) + 6
    pen.ensure(h)
    pen.c.setLineWidth(0.5)
    pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=1, fill=0)
    pen.c.line(split, pen.y, split, pen.y - h)
    for k, line in enumerate(label_lines):
        pen.text(pen.left + 4, pen.y - (size + 4) * (k + 1), line, size - 1)
    base = pen.y - (size + 4)
    if isinstance(e, Item):
        pen.text(split + 6, base, e.value, size, bold=True)
    elif isinstance(e, Choice):
        pen.choices(split + 6, base, e.options, e.ticked, size, gap=10, limit=pen.right - 4)
    else:
        for k, value in enumerate(e.values):
            pen.text(split + 6, base - (size + 4) * k, value, size, bold=True)
    pen.y -= h


def _table_parallel(pen: Pen, block: Parallel, split: float, size: float) -> None:
    mid = split + (pen.right - split) / 2
    rows = [("", *block.titles), *block.rows]
    for k, (label, first, other) in enumerate(rows):
        h = size + 10
        pen.c.setLineWidth(0.5)
        if k == 0:
            pen.c.setFillGray(0.88)
            pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=1, fill=1)
            pen.c.setFillGray(0)
        else:
            pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=1, fill=0)
        pen.c.line(split, pen.y, split, pen.y - h)
        pen.c.line(mid, pen.y, mid, pen.y - h)
        pen.text(pen.left + 4, pen.y - size - 2, label, size - 1)
        pen.text(split + 6, pen.y - size - 2, first, size, bold=True)
        pen.text(mid + 6, pen.y - size - 2, other, size, bold=True)
        pen.y -= h
    pen.y -= 12


# --- twocol (holdout): two page columns, label above an underlined value ----------------------

def _twocol_height(entries: list[Entry]) -> float:
    total = 0.0
    for e in entries:
        if isinstance(e, Choice):
            total += 12 + 13 * len(e.options)
        elif isinstance(e, Lines):
            total += 12 + 17 * len(e.values)
        else:
            total += 29
    return total + 24


class _Column:
    def __init__(self, x: float, width: float, top: float) -> None:
        self.x, self.width, self.y = x, width, top


def _twocol_entry(pen: Pen, col: _Column, e: Entry, size: float) -> None:
    pen.text(col.x, col.y, e.label, 7)
    col.y -= 13
    if isinstance(e, Choice):
        for k, option in enumerate(e.options):
            x = pen.tick(col.x + 4, col.y, k == e.ticked, size - 1.5)
            pen.text(x + 4, col.y, option, size - 1.5)
            col.y -= 13
        col.y -= 3
        return
    values = e.values if isinstance(e, Lines) else (e.value,)
    for value in values:
        pen.text(col.x + 2, col.y, value, size)
        pen.hline(col.x, col.x + col.width, col.y - 3, 0.4)
        col.y -= 17


def _twocol_section(pen: Pen, col: _Column, section: Section, size: float, n: int) -> int:
    """Draw a section in a column; returns the next section number."""
    if section.title:
        pen.text(col.x, col.y, f"{n}. {section.title}", size - 0.5, bold=True)
        pen.hline(col.x, col.x + col.width, col.y - 4, 1.2)
        col.y -= 20
    for e in section.entries:
        _twocol_entry(pen, col, e, size)
    col.y -= 10
    return n + 1 if section.title else n


def draw_twocol(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    size = rng.choice((10.0, 10.5))
    pen.right_text(pen.right, pen.y + 8, form.authority, 8)
    pen.text(pen.left, pen.y - 18, form.title, 19, bold=True)
    pen.hline(pen.left, pen.right, pen.y - 27, 2.2)
    pen.y -= 48
    if form.intro:
        pen.text(pen.left, pen.y, form.intro, 8)
        pen.y -= 20
    gutter = 24.0
    col_w = (pen.width - gutter) / 2
    cols = [_Column(pen.left, col_w, pen.y), _Column(pen.left + col_w + gutter, col_w, pen.y)]
    pen.c.setLineWidth(0.4)
    pen.c.line(PAGE_W / 2, pen.y + 6, PAGE_W / 2, pen.bottom + 90)
    sections: list[Section] = []
    paired: list[Section] = []
    for block in form.blocks:
        if isinstance(block, Parallel):
            paired = flat_sections(block)
        else:
            sections.append(block)
    n = 1
    for col, section in zip(cols, paired, strict=False):
        n = _twocol_section(pen, col, section, size, n)
    for section in sections:
        col = max(cols, key=lambda c: c.y)
        if col.y - _twocol_height(section.entries) < pen.bottom + 80:
            col = cols[1] if col is cols[0] else cols[0]
        n = _twocol_section(pen, col, section, size, n)
    pen.y = min(c.y for c in cols)
    closing(pen, form.closing, size)
    footnote(pen, form.footnote)



# --- blind held-out layouts ---------------------------------------------------------------------
# ``grid`` and ``ledger`` are the blind holdout: their wording lives in samples.wording_blind.

DATE_KEYS = frozenset({"date_of_birth", "move_in_date", "wg_move_in", "marriage_date",
                       "date_of_death", "passport_expiry_date", "entry_date"})
NUMERIC_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")


def _page_footer(pen: Pen, left: str, right: str) -> None:
    pen.hline(pen.left, pen.right, 31, 0.3)
    pen.text(pen.left, 22, left, 6.5)
    pen.right_text(pen.right, 22, f"{right} – Seite {pen.pages}", 6.5)


def _blind_break(pen: Pen, height: float, footer: tuple[str, str]) -> None:
    """A page break that first prints the footer of the page being left."""
    if pen.y - height < pen.bottom:
        _page_footer(pen, *footer)
        pen.new_page()


def _fit(pen: Pen, s: str, size: float, width: float, font: str | None = None) -> float:
    """The largest size up to ``size`` at which ``s`` fits ``width`` (machine fill shrinks)."""
    natural = pen.measure(s, size, font=font)
    return size if natural <= width else max(5.5, size * width / natural)


def _square(pen: Pen, x: float, y: float, side: float, ticked: bool) -> float:
    """A drawn tick box with its bottom at ``y``; returns the x after it."""
    pen.c.setLineWidth(0.6)
    pen.c.rect(x, y, side, side, stroke=1, fill=0)
    if ticked:
        pen.centre_text(x + side / 2, y + side * 0.18, "X", side * 0.95)
    return x + side


# --- grid: numbered official-form cells, label in the cell's corner -----------------------------

class _Grid:
    """Per-document geometry and habits of the ``grid`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.size = rng.choice((9.5, 10.0, 10.5))
        self.label_size = rng.choice((6.0, 6.5))
        self.cell_h = rng.choice((25.0, 27.0, 29.0))
        self.capacity = rng.choice((4, 5, 6))
        self.split_dates = rng.random() < 0.6
        self.number_dot = rng.random() < 0.4  # "3." rather than "3"
        self.footer = footer
        self.n = 0
        self.pen = pen

    def label(self, text: str) -> str:
        self.n += 1
        return f"{self.n}{'.' if self.number_dot else ''} {text}"


def _grid_frame(g: _Grid, x: float, w: float, h: float, label: str) -> None:
    pen = g.pen
    pen.c.setLineWidth(0.5)
    pen.c.rect(x, pen.y - h, w, h, stroke=1, fill=0)
    size = _fit(pen, label, g.label_size, w - 5)
    pen.text(x + 2.5, pen.y - g.label_size - 1.5, label, size)


def _grid_date(g: _Grid, x: float, w: float, parts: tuple[str, ...]) -> None:
    """A date in three sub-boxes (day, month, year) as on the Bundesmeldeschein."""
    pen = g.pen
    widths = (0.27, 0.27, 0.46)
    cx = x
    base = pen.y - g.cell_h + 6
    for k, (part, share) in enumerate(zip(parts, widths, strict=True)):
        sub = w * share
        if k:
            pen.c.setLineWidth(0.3)
            pen.c.line(cx, pen.y - g.cell_h, cx, pen.y - g.cell_h + 12)
        pen.c.setFont(pen.faces.value or pen.faces.regular, g.size)
        pen.c.drawCentredString(cx + sub / 2, base, part)
        cx += sub


def _grid_item(g: _Grid, x: float, w: float, e: Item) -> float:
    pen = g.pen
    _grid_frame(g, x, w, g.cell_h, g.label(e.label))
    parts = NUMERIC_DATE.match(e.value)
    if e.key in DATE_KEYS and parts and g.split_dates:
        _grid_date(g, x, w, parts.groups())
        return g.cell_h
    face = pen.faces.value or None
    size = _fit(pen, e.value, g.size, w - 8, face)
    pen.text(x + 4, pen.y - g.cell_h + 6, e.value, size, font=face)
    return g.cell_h


def _grid_choice(g: _Grid, x: float, w: float, e: Choice) -> float:
    pen = g.pen
    side = g.size * 0.8
    widths = [side + 4 + pen.measure(o, g.size - 1) + 16 for o in e.options]
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, width in enumerate(widths):
        if rows[-1] and used + width > w - 8:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += width
    h = g.cell_h + (len(rows) - 1) * (g.size + 5)
    _grid_frame(g, x, w, h, g.label(e.label))
    for r, indexes in enumerate(rows):
        cx, base = x + 5, pen.y - g.cell_h + 6 - r * (g.size + 5)
        for i in indexes:
            cx = _square(pen, cx, base - 1, side, i == e.ticked)
            cx = pen.text(cx + 4, base, e.options[i], g.size - 1) + 16
    return h


def _grid_lines(g: _Grid, x: float, w: float, e: Lines) -> float:
    pen = g.pen
    step = g.size + 6
    h = g.cell_h + step * (len(e.values) - 1)
    _grid_frame(g, x, w, h, g.label(e.label))
    for k, value in enumerate(e.values):
        base = pen.y - g.cell_h + 6 - step * k
        pen.text(x + 4, base, f"{k + 1}.", g.size - 1.5)
        pen.value(x + 18, base, value, g.size)
    return h


def _grid_rows(entries: list[Entry], capacity: int) -> list[list[Entry]]:
    rows: list[list[Entry]] = []
    used = capacity
    for e in entries:
        span = min(e.span, capacity) if isinstance(e, Item) else capacity
        if used + span > capacity:
            rows.append([])
            used = 0
        rows[-1].append(e)
        used += span
    return rows


def _grid_band(pen: Pen, text: str) -> None:
    """A section heading reversed out of a black band."""
    pen.c.setFillGray(0.15)
    pen.c.rect(pen.left, pen.y - 14, pen.width, 14, stroke=0, fill=1)
    pen.c.setFillGray(1)
    pen.text(pen.left + 4, pen.y - 10.5, text, 8.5, bold=True)
    pen.c.setFillGray(0)
    pen.y -= 14


def _grid_section(g: _Grid, section: Section, letter: str) -> None:
    pen = g.pen
    _blind_break(pen, g.cell_h * 2 + 16, g.footer)
    if section.title:
        _grid_band(pen, f"{letter}  {section.title}")
    for row in _grid_rows(section.entries, g.capacity):
        spans = [e.span if isinstance(e, Item) else g.capacity for e in row]
        used = sum(spans)
        if used < g.capacity and len(row) > 0:
            spans[-1] += g.capacity - used  # the last cell takes the rest of the row
        _blind_break(pen, g.cell_h + 4, g.footer)
        x, height = pen.left, 0.0
        for e, span in zip(row, spans, strict=True):
            w = pen.width * span / g.capacity
            if isinstance(e, Item):
                height = max(height, _grid_item(g, x, w, e))
            elif isinstance(e, Choice):
                height = max(height, _grid_choice(g, x, w, e))
            else:
                height = max(height, _grid_lines(g, x, w, e))
            x += w
        pen.y -= height
    pen.y -= 8


def _grid_parallel(g: _Grid, block: Parallel, letter: str) -> None:
    pen = g.pen
    _blind_break(pen, g.cell_h * (len(block.rows) + 1) + 30, g.footer)
    _grid_band(pen, f"{letter}  {block.titles[0]} / {block.titles[1]}")
    label_w = pen.width * 0.3
    half = (pen.width - label_w) / 2
    pen.c.setFillGray(0.9)
    pen.c.rect(pen.left + label_w, pen.y - 13, pen.width - label_w, 13, stroke=1, fill=1)
    pen.c.setFillGray(0)
    for k, title in enumerate(block.titles):
        pen.text(pen.left + label_w + k * half + 4, pen.y - 9.5, title, 8, bold=True)
    pen.y -= 13
    for label, first, other in block.rows:
        h = g.cell_h - 4
        pen.c.setLineWidth(0.5)
        pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=1, fill=0)
        pen.c.line(pen.left + label_w, pen.y, pen.left + label_w, pen.y - h)
        pen.c.line(pen.left + label_w + half, pen.y, pen.left + label_w + half, pen.y - h)
        text = g.label(label)
        pen.text(pen.left + 3, pen.y - h / 2 - 2.5, text, _fit(pen, text, 8, label_w - 6))
        for k, value in enumerate((first, other)):
            face = pen.faces.value or None
            size = _fit(pen, value, g.size, half - 8, face)
            pen.text(pen.left + label_w + k * half + 4, pen.y - h / 2 - 3, value, size,
                     font=face)
        pen.y -= h
    pen.y -= 8


def _is_certificate(form: Form) -> bool:
    return form.authority.startswith("Standesamt")


def _grid_head(pen: Pen, form: Form, rng: random.Random, form_no: str) -> None:
    top = pen.y
    certificate = _is_certificate(form)
    pen.text(pen.left, top + 14, form_no, 6.5)
    pen.text(pen.left, top - 4, form.authority, 9, bold=True)
    pen.text(pen.left, top - 16, "Postfach · Dienstgebäude siehe Rückseite", 7)
    stamp_w = 128.0
    if not certificate:  # applications get the office's receipt stamp, certificates a seal
        pen.c.setLineWidth(0.5)
        pen.c.setDash(2, 2)
        pen.c.rect(pen.right - stamp_w, top - 44, stamp_w, 52, stroke=1, fill=0)
        pen.c.setDash()
        pen.text(pen.right - stamp_w + 3, top + 1, rng.choice(OFFICE_USE), 6)
    title_size = 15.0 if pen.measure(form.title, 15, bold=True) < pen.width - stamp_w - 14 \
        else 12.0
    pen.text(pen.left, top - 40, form.title, title_size, bold=True)
    pen.y = top - 58
    pen.text(pen.left, pen.y, rng.choice(CERT_REMARKS if certificate else INSTRUCTIONS), 7.5)
    pen.y -= 12
    if form.intro:
        for line in pen.wrap(form.intro, 7.5, pen.width):
            pen.text(pen.left, pen.y, line, 7.5)
            pen.y -= 10
        pen.y -= 2


def _grid_closing(g: _Grid, lines: list[str], seal: bool) -> None:
    pen = g.pen
    _blind_break(pen, 60, g.footer)
    pen.y -= 6
    half = pen.width * 0.45
    h = 40.0
    if lines:
        _grid_frame(g, pen.left, half, h, g.label("Datum / Ort"))
        face = pen.faces.value or None
        size = _fit(pen, lines[0], g.size, half - 8, face)
        pen.text(pen.left + 4, pen.y - h + 8, lines[0], size, font=face)
    if len(lines) > 1:
        _grid_frame(g, pen.left + half, pen.width - half, h, g.label(lines[1]))
        if seal:
            pen.c.setLineWidth(0.8)
            pen.c.circle(pen.right - 34, pen.y - h / 2, 17)
            pen.centre_text(pen.right - 34, pen.y - h / 2 - 2, "Siegel", 6)
    pen.y -= h + 6


def draw_grid(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    form_no = f"Vordr.-Nr. {rng.choice('ABMVZ')} {rng.randint(10, 99)}.{rng.randint(1, 9)} " \
        f"({rng.randint(1, 12):02d}/{rng.randint(2019, 2026)})"
    footer = (rng.choice(FOOTERS), form_no)
    g = _Grid(pen, rng, footer)
    _grid_head(pen, form, rng, form_no)
    letters = iter("ABCDEFGHIJ")
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _page_footer(pen, *footer)
            pen.new_page()
        if isinstance(block, Parallel):
            _grid_parallel(g, block, next(letters))
        else:
            _grid_section(g, block, next(letters) if block.title else "")
    _grid_closing(g, form.closing, _is_certificate(form))
    if form.footnote:
        footnote(pen, form.footnote)
    _page_footer(pen, *footer)


# --- ledger: right-aligned labels, a thin rule, machine-typed values ----------------------------

class _Ledger:
    """Per-document geometry and habits of the ``ledger`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.size = rng.choice((9.5, 10.0, 10.5))
        self.label_size = self.size - rng.choice((0.5, 1.0, 1.5))
        self.rule = pen.left + pen.width * rng.uniform(0.34, 0.42)
        self.numbered = rng.random() < 0.5  # labels prefixed "2.3"
        self.roman = rng.random() < 0.5  # section bands numbered "II." rather than "2"
        self.footer = footer
        self.pen = pen
        self.section = 0
        self.row = 0

    def label(self, text: str) -> str:
        self.row += 1
        return f"{self.section}.{self.row}  {text}" if self.numbered and self.section else text


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def _ledger_band(led: _Ledger, title: str) -> None:
    pen = led.pen
    led.section += 1
    led.row = 0
    number = f"{ROMAN[led.section - 1]}." if led.roman else f"{led.section}"
    pen.c.setFillGray(0.86)
    pen.c.rect(pen.left, pen.y - 16, pen.width, 16, stroke=0, fill=1)
    pen.c.setFillGray(0)
    pen.text(pen.left + 5, pen.y - 11.5, f"{number}  {title}", 9.5, bold=True)
    pen.y -= 16 + led.size * 1.4


def _ledger_labels(led: _Ledger, label: str) -> int:
    """Right-aligned label lines ending before the rule; returns how many lines."""
    pen = led.pen
    lines = pen.wrap(label, led.label_size, led.rule - pen.left - 12)
    for k, line in enumerate(lines):
        pen.right_text(led.rule - 8, pen.y - k * led.label_size * 1.25, line, led.label_size)
    return len(lines)


def _ledger_value(led: _Ledger, x: float, width: float, value: str, dy: float = 0) -> None:
    pen = led.pen
    face = pen.faces.value or None
    pen.text(x, pen.y - dy, value, _fit(pen, value, led.size, width, face), font=face)


def _ledger_entry(led: _Ledger, e: Entry) -> None:
    pen = led.pen
    x, width = led.rule + 8, pen.right - led.rule - 10
    values: tuple[str, ...]
    if isinstance(e, Item):
        values = (e.value,)
    elif isinstance(e, Choice):
        # a machine-filled form prints the chosen option, or a dash where none applies
        values = (e.options[e.ticked] if e.ticked is not None else "–",)
    else:
        values = e.values
    step = led.size * 1.35
    height = max(len(pen.wrap(e.label, led.label_size, led.rule - pen.left - 12))
                 * led.label_size * 1.25, len(values) * step)
    _blind_break(pen, height + 4, led.footer)
    top = pen.y + led.size
    label_lines = _ledger_labels(led, led.label(e.label))
    for k, value in enumerate(values):
        _ledger_value(led, x, width, value, k * step)
    used = max(label_lines * led.label_size * 1.25, len(values) * step)
    pen.y -= used + led.size * 0.55
    pen.c.setLineWidth(0.4)
    pen.c.line(led.rule, top, led.rule, pen.y + led.size * 0.6)


def _ledger_parallel(led: _Ledger, block: Parallel) -> None:
    pen = led.pen
    _blind_break(pen, (len(block.rows) + 2) * led.size * 1.8 + 20, led.footer)
    _ledger_band(led, f"{block.titles[0]} und {block.titles[1]}")
    half = (pen.right - led.rule - 8) / 2
    for k, title in enumerate(block.titles):
        pen.text(led.rule + 8 + k * half, pen.y, title, led.label_size, bold=True)
    top = pen.y + led.size
    pen.y -= led.size * 1.6
    for label, first, other in block.rows:
        lines = _ledger_labels(led, led.label(label))
        _ledger_value(led, led.rule + 8, half - 8, first)
        _ledger_value(led, led.rule + 8 + half, half - 8, other)
        pen.y -= max(lines * led.label_size * 1.25, led.size * 1.35) + led.size * 0.55
    pen.c.setLineWidth(0.4)
    pen.c.line(led.rule, top, led.rule, pen.y + led.size * 0.6)
    pen.y -= led.size * 0.8


def _ledger_head(pen: Pen, form: Form, rng: random.Random) -> None:
    pen.right_text(pen.right, pen.y, form.authority, 9)
    pen.right_text(pen.right, pen.y - 11, rng.choice(FOOTERS).split(" · ")[0], 7)
    reference = f"Az.: {rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(1000, 99999)}"
    pen.text(pen.left, pen.y, reference, 8)
    pen.y -= 46
    pen.text(pen.left, pen.y, form.title, 14 if len(form.title) < 48 else 12, bold=True)
    pen.hline(pen.left, pen.right, pen.y - 7, 0.8)
    pen.y -= 22
    noise = rng.choice(CERT_REMARKS if _is_certificate(form) else INSTRUCTIONS)
    for line in pen.wrap(form.intro or noise, 8, pen.width):
        pen.text(pen.left, pen.y, line, 8)
        pen.y -= 10
    pen.y -= 10


def draw_ledger(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    footer = (rng.choice(FOOTERS), f"Formular {rng.randint(100, 999)}/{rng.randint(19, 26)}")
    led = _Ledger(pen, rng, footer)
    _ledger_head(pen, form, rng)
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _page_footer(pen, *footer)
            pen.new_page()
        if isinstance(block, Parallel):
            _ledger_parallel(led, block)
            continue
        _blind_break(pen, 50, footer)
        if block.title:
            _ledger_band(led, block.title)
        for e in block.entries:
            _ledger_entry(led, e)
        pen.y -= led.size * 0.8
    if _is_certificate(form):
        pen.text(pen.left, pen.y, rng.choice(CERT_REMARKS), 8.5)
        pen.y -= 6
    _blind_break(pen, 80, footer)
    closing(pen, form.closing, led.size)
    footnote(pen, form.footnote)
    _page_footer(pen, *footer)


def identity_footer(pen: Pen, rng: random.Random) -> None:
    """The filing line a copied identity document gets in the blind layouts."""
    reference = f"Az.: {rng.randint(10, 99)}.{rng.randint(1, 9)}-{rng.randint(1000, 99999)}"
    _page_footer(pen, f"Kopie zur Akte genommen · {reference}", rng.choice(OFFICE_USE))


# --- final held-out layouts -----------------------------------------------------------------------
# ``compact`` (an online-form printout) and ``portal`` (a web-portal export) are the final blind
# holdout: their wording lives in samples.wording_final.

def _final_city(form: Form) -> str:
    """The city in the authority line ("Stadt Bochum – Bürgerbüro", "Standesamt Bochum")."""
    head = form.authority.split(" – ")[0]
    return head.split(" ", 1)[1] if " " in head else head


def _case_number(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2))
    return f"{letters}-2026-{rng.randint(100000, 999999)}"


def _stamp_time(rng: random.Random) -> str:
    return (f"{rng.randint(1, 28):02d}.{rng.choice((9, 10)):02d}.2026, "
            f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d} Uhr")


def _wrap_value(pen: Pen, s: str, size: float, width: float) -> tuple[list[str], float]:
    """``s`` wrapped at spaces in the value face; shrinks the size when one word is too wide."""
    face = pen.faces.value or pen.faces.regular
    widest = max(pen.measure(w, size, font=face) for w in s.split()) if s.split() else 0.0
    if widest > width:
        size = max(5.5, size * width / widest)
    return list(simpleSplit(s, face, size, width)) or [""], size


def _chosen(e: Choice) -> str:
    return e.options[e.ticked] if e.ticked is not None else "keine Angabe"


def _qr(pen: Pen, x: float, top: float, side: float, rng: random.Random) -> None:
    """A QR-code-like square: three finder marks and random modules."""
    n = 21
    m = side / n
    pen.c.saveState()
    pen.c.setFillGray(0)
    finders = ((0, 0), (n - 7, 0), (0, n - 7))
    for fx, fy in finders:
        for k, gray in ((7, 0.0), (5, 1.0), (3, 0.0)):
            off = (7 - k) / 2
            pen.c.setFillGray(gray)
            pen.c.rect(x + (fx + off) * m, top - (fy + off + k) * m, k * m, k * m, stroke=0,
                       fill=1)
    pen.c.setFillGray(0)
    for i in range(n):
        for j in range(n):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders):
                continue
            if rng.random() < 0.45:
                pen.c.rect(x + i * m, top - (j + 1) * m, m, m, stroke=0, fill=1)
    pen.c.restoreState()


# --- compact: a dense online-form printout, label: value in narrow columns ------------------------

class _Compact:
    """Per-document geometry and habits of the ``compact`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.size = rng.choice((7.5, 8.0, 8.5))
        self.label_size = self.size - rng.choice((0.0, 0.5))
        self.cols = rng.choice((2, 3, 3))
        self.gap = 14.0
        self.col_w = (pen.width - self.gap * (self.cols - 1)) / self.cols
        self.grey_labels = rng.random() < 0.5  # grey regular labels, else bold black ones
        self.colon = rng.random() < 0.8
        self.step = self.size * 1.3
        self.footer = footer
        self.pen = pen

    def label_text(self, label: str) -> str:
        return f"{label}:" if self.colon else label


def _compact_values(e: Entry) -> tuple[str, ...]:
    if isinstance(e, Item):
        return (e.value,)
    if isinstance(e, Choice):
        return (_chosen(e),)
    return e.values


def _compact_layout(cp: _Compact, e: Entry) -> tuple[list[str], list[list[str]], float, bool]:
    """Label lines, value lines per value, value size and whether the value follows inline."""
    pen = cp.pen
    label = cp.label_text(e.label)
    bold = not cp.grey_labels
    values = _compact_values(e)
    label_w = pen.measure(label, cp.label_size, bold)
    face = pen.faces.value or pen.faces.regular
    if len(values) == 1 and label_w + 4 + pen.measure(values[0], cp.size, font=face) <= cp.col_w:
        return [label], [[values[0]]], cp.size, True
    label_lines = pen.wrap(label, cp.label_size, cp.col_w, bold)
    wrapped = []
    size = cp.size
    for v in values:
        lines, fitted = _wrap_value(pen, v, cp.size, cp.col_w - 6)
        size = min(size, fitted)
        wrapped.append(lines)
    return label_lines, wrapped, size, False


def _compact_height(cp: _Compact, e: Entry) -> float:
    label_lines, wrapped, _, inline = _compact_layout(cp, e)
    if inline:
        return cp.step
    return cp.step * (len(label_lines) + sum(len(w) for w in wrapped))


def _compact_cell(cp: _Compact, x: float, e: Entry) -> None:
    pen = cp.pen
    label_lines, wrapped, size, inline = _compact_layout(cp, e)
    bold = not cp.grey_labels
    y = pen.y
    if cp.grey_labels:
        pen.c.setFillGray(0.4)
    end = x
    for k, line in enumerate(label_lines):
        end = pen.text(x, y - k * cp.step, line, cp.label_size, bold)
    pen.c.setFillGray(0)
    if inline:
        pen.value(end + 4, y, wrapped[0][0], size)
        return
    y -= cp.step * len(label_lines)
    for lines in wrapped:
        for line in lines:
            pen.text(x + 6, y, line, size, font=pen.faces.value or None)
            y -= cp.step


def _compact_break(cp: _Compact, height: float) -> None:
    pen = cp.pen
    if pen.y - height < pen.bottom:
        _page_footer(pen, *cp.footer)
        pen.new_page()
        pen.text(pen.left, pen.y + 20, cp.footer[1].split(" · ")[0], 6.5)
        pen.hline(pen.left, pen.right, pen.y + 14, 0.3)


def _compact_section(cp: _Compact, section: Section) -> None:
    pen = cp.pen
    first = section.entries[: cp.cols]
    _compact_break(cp, 22 + max((_compact_height(cp, e) for e in first), default=0.0))
    if section.title:
        pen.text(pen.left, pen.y, section.title.upper() if cp.grey_labels else section.title,
                 cp.size + 1.5, bold=True)
        pen.hline(pen.left, pen.right, pen.y - 4, 0.6)
        pen.y -= cp.size + 12
    rows = [section.entries[i:i + cp.cols] for i in range(0, len(section.entries), cp.cols)]
    for row in rows:
        height = max(_compact_height(cp, e) for e in row)
        _compact_break(cp, height)
        for k, e in enumerate(row):
            _compact_cell(cp, pen.left + k * (cp.col_w + cp.gap), e)
        pen.y -= height + cp.size * 0.45
    pen.y -= cp.size * 0.9


def _compact_head(pen: Pen, form: Form, rng: random.Random, case: str, stamp: str) -> None:
    portal = f"{rng.choice(PORTALS)} der Stadt {_final_city(form)}"
    certificate = _is_certificate(form)
    top = pen.y + 22
    pen.c.setFillGray(0.35)
    pen.text(pen.left, top, f"{portal} · {'Registerauszug' if certificate else 'Druckansicht'}",
             6.5)
    pen.c.setFillGray(0)
    pen.right_text(pen.right, top, f"Vorgangsnummer {case}", 6.5)
    pen.hline(pen.left, pen.right, top - 5, 0.3)
    side = 54.0
    _qr(pen, pen.right - side, top - 14, side, rng)
    title_w = pen.width - side - 16
    size = 13.0 if pen.measure(form.title, 13, bold=True) <= title_w else 11.0
    pen.text(pen.left, top - 30, form.title, size, bold=True)
    pen.text(pen.left, top - 44, form.authority, 8)
    pen.c.setFillGray(0.35)
    pen.text(pen.left, top - 56, f"{'Erstellt' if certificate else 'Eingereicht'} am {stamp}", 7)
    pen.c.setFillGray(0)
    pen.y = top - 84
    if form.intro:
        for line in pen.wrap(form.intro, 7.5, pen.width):
            pen.text(pen.left, pen.y, line, 7.5)
            pen.y -= 9.5
        pen.y -= 8


def _final_closing(pen: Pen, form: Form, rng: random.Random, size: float,
                   footer: tuple[str, str]) -> None:
    """Consent ticks for applications, then the place-and-date line and its caption."""
    certificate = _is_certificate(form)
    needed = 70.0 + (0 if certificate else 3 * (size + 5))
    if pen.y - needed < pen.bottom:
        _page_footer(pen, *footer)
        pen.new_page()
    if not certificate:
        for consent in rng.sample(CONSENTS, k=rng.randint(1, len(CONSENTS))):
            x = pen.tick(pen.left, pen.y, True, size)
            pen.text(x + 5, pen.y, consent, size)
            pen.y -= size + 5
        pen.y -= 6
    if form.closing:
        pen.text(pen.left, pen.y - 6, form.closing[0], size + 0.5)
    if len(form.closing) > 1:
        if certificate:
            pen.signature(pen.right - 220, pen.y - 30, form.closing[1])
        else:
            pen.c.setFillGray(0.35)
            pen.text(pen.left, pen.y - 20, "Elektronisch übermittelt – eine Unterschrift ist "
                     "nicht erforderlich.", size - 0.5)
            pen.c.setFillGray(0)
    pen.y -= 46


def draw_compact(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    case, stamp = _case_number(rng), _stamp_time(rng)
    footer = (rng.choice(SUPPORT), f"Vorgang {case} · gedruckt {stamp}")
    cp = _Compact(pen, rng, footer)
    _compact_head(pen, form, rng, case, stamp)
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _page_footer(pen, *footer)
            pen.new_page()
        for section in flat_sections(block):
            _compact_section(cp, section)
    _final_closing(pen, form, rng, cp.size, footer)
    footnote(pen, form.footnote)
    _page_footer(pen, *footer)


# --- portal: a web-portal export, a two-column table with a header row --------------------------

class _Portal:
    """Per-document geometry and habits of the ``portal`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.size = rng.choice((8.5, 9.0, 9.5))
        self.label_size = self.size - 0.5
        self.split = pen.left + pen.width * rng.uniform(0.36, 0.45)
        self.headers = rng.choice(FIELD_HEADERS)
        self.yes_no = rng.random() < 0.5  # two-option choices as one row per option
        self.three = rng.random() < 0.5  # spouses as a three-column table
        self.shade = rng.choice((0.94, 0.95, 0.96))
        self.pad = 4.0
        self.step = self.size * 1.3
        self.footer = footer
        self.pen = pen
        self.stripe = 0


def _portal_header(pt: _Portal, cells: tuple[str, ...]) -> None:
    pen = pt.pen
    h = pt.size + 2 * pt.pad + 2
    pen.c.setFillGray(0.78)
    pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=0, fill=1)
    pen.c.setFillGray(0)
    xs = _portal_columns(pt, len(cells))
    for x, text in zip(xs, cells, strict=True):
        pen.text(x + pt.pad, pen.y - pt.pad - pt.size, text, pt.size, bold=True)
    pen.y -= h
    pt.stripe = 0


def _portal_columns(pt: _Portal, n: int) -> list[float]:
    if n == 2:
        return [pt.pen.left, pt.split]
    half = (pt.pen.right - pt.split) / 2
    return [pt.pen.left, pt.split, pt.split + half]


def _portal_break(pt: _Portal, height: float, cells: tuple[str, ...]) -> None:
    pen = pt.pen
    if pen.y - height < pen.bottom:
        _page_footer(pen, *pt.footer)
        pen.new_page()
        _portal_header(pt, (f"{cells[0]} (Fortsetzung)", *cells[1:]))


def _portal_row(pt: _Portal, label: str, values: tuple[str, ...], cells: tuple[str, ...]) -> None:
    """One row: the label wrapped in the first cell, each value wrapped in its own cell (a
    value tuple of several lines in a two-column table goes one per line)."""
    pen = pt.pen
    xs = _portal_columns(pt, len(cells))
    widths = [b - a for a, b in zip(xs, [*xs[1:], pen.right], strict=True)]
    label_lines = pen.wrap(label, pt.label_size, widths[0] - 2 * pt.pad)
    if len(cells) == 2:
        columns = [[line for v in values for line in _wrap_value(pen, v, pt.size,
                                                                 widths[1] - 2 * pt.pad)[0]]]
        sizes = [min(_wrap_value(pen, v, pt.size, widths[1] - 2 * pt.pad)[1] for v in values)]
    else:
        wrapped = [_wrap_value(pen, v, pt.size, widths[k + 1] - 2 * pt.pad)
                   for k, v in enumerate(values)]
        columns = [w[0] for w in wrapped]
        sizes = [w[1] for w in wrapped]
    lines = max(len(label_lines), *(len(c) for c in columns))
    h = lines * pt.step + 2 * pt.pad
    _portal_break(pt, h, cells)
    if pt.stripe % 2:
        pen.c.setFillGray(pt.shade)
        pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=0, fill=1)
        pen.c.setFillGray(0)
    pt.stripe += 1
    base = pen.y - pt.pad - pt.size
    for k, line in enumerate(label_lines):
        pen.text(xs[0] + pt.pad, base - k * pt.step, line, pt.label_size)
    for col, (column, size) in enumerate(zip(columns, sizes, strict=True)):
        for k, line in enumerate(column):
            pen.value(xs[col + 1] + pt.pad, base - k * pt.step, line, size)
    pen.c.setStrokeGray(0.7)
    pen.hline(pen.left, pen.right, pen.y - h, 0.3)
    pen.c.setStrokeGray(0)
    pen.y -= h


def _portal_group(pt: _Portal, title: str, cells: tuple[str, ...]) -> None:
    pen = pt.pen
    h = pt.size + 2 * pt.pad + 1
    _portal_break(pt, h + 3 * pt.step + 2 * pt.pad, cells)
    pen.c.setFillGray(0.86)
    pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=0, fill=1)
    pen.c.setFillGray(0)
    pen.text(pen.left + pt.pad, pen.y - pt.pad - pt.size, title, pt.size, bold=True)
    pen.y -= h
    pt.stripe = 0


def _portal_entry(pt: _Portal, e: Entry, cells: tuple[str, ...]) -> None:
    if isinstance(e, Choice) and pt.yes_no and len(e.options) == 2:
        for k, option in enumerate(e.options):
            _portal_row(pt, f"{e.label}: {option}", ("ja" if k == e.ticked else "nein",), cells)
        return
    _portal_row(pt, e.label, _compact_values(e), cells)


def _portal_head(pen: Pen, form: Form, rng: random.Random, case: str, stamp: str) -> None:
    portal = f"{rng.choice(PORTALS)} · Stadt {_final_city(form)}"
    top = pen.y + 24
    pen.c.setFillGray(0.2)
    pen.c.rect(pen.left, top - 24, pen.width, 24, stroke=0, fill=1)
    pen.c.setFillGray(1)
    pen.text(pen.left + 8, top - 16, portal, 10, bold=True)
    pen.right_text(pen.right - 8, top - 16, "Mein Konto · Abmelden", 7)
    pen.c.setFillGray(0.4)
    certificate = _is_certificate(form)
    area = "Personenstandsurkunden" if certificate else "Leistungen"
    crumb = f"Startseite › {area} › {form.authority.split(' – ')[-1]}"
    pen.text(pen.left, top - 38, crumb, 7)
    pen.c.setFillGray(0)
    title_size = 15.0 if pen.measure(form.title, 15, bold=True) <= pen.width else 12.0
    pen.text(pen.left, top - 62, form.title, title_size, bold=True)
    if certificate:
        head = f"Elektronische Ausfertigung · Bestell-Nr. {case}"
        sent = f"Erstellt am {stamp} durch: {form.authority}"
    else:
        head = f"Zusammenfassung Ihrer Angaben · Antrags-ID {case}"
        sent = f"Übermittelt am {stamp} an: {form.authority}"
    pen.text(pen.left, top - 78, head, 8.5)
    pen.c.setFillGray(0.4)
    pen.text(pen.left, top - 90, sent, 7.5)
    pen.c.setFillGray(0)
    pen.y = top - 108
    if form.intro:
        for line in pen.wrap(form.intro, 8, pen.width):
            pen.text(pen.left, pen.y, line, 8)
            pen.y -= 10
        pen.y -= 8


def draw_portal(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    case, stamp = _case_number(rng), _stamp_time(rng)
    slug = _final_city(form).lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    slug = re.sub(r"[^a-z]+", "-", slug.replace("ß", "ss")).strip("-")
    footer = (f"https://service.{slug}.de/antrag/{case.lower()}", f"Exportiert am {stamp}")
    pt = _Portal(pen, rng, footer)
    _portal_head(pen, form, rng, case, stamp)
    two = pt.headers
    _portal_header(pt, two)
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _page_footer(pen, *footer)
            pen.new_page()
            _portal_header(pt, (f"{two[0]} (Fortsetzung)", two[1]))
        if isinstance(block, Parallel) and pt.three:
            cells = (two[0], *block.titles)
            _portal_break(pt, (len(block.rows) + 2) * (pt.step + 2 * pt.pad), two)
            pen.y -= 10
            _portal_header(pt, cells)
            for label, first, other in block.rows:
                _portal_row(pt, label, (first, other), cells)
            pen.y -= 10
            _portal_header(pt, two)
            continue
        for section in flat_sections(block):
            if section.title:
                _portal_group(pt, section.title, two)
            for e in section.entries:
                _portal_entry(pt, e, two)
    pen.y -= 18
    _final_closing(pen, form, rng, pt.size, footer)
    footnote(pen, form.footnote)
    _page_footer(pen, *footer)


def final_identity_footer(pen: Pen, rng: random.Random, layout: str) -> None:
    """The upload line a copied identity document gets in the final layouts."""
    case = _case_number(rng)
    if layout == "portal":
        left = f"Anlage zum Antrag {case} · Datei ausweis_{rng.randint(1, 9)}.pdf"
    else:
        left = f"Nachweis zum Vorgang {case} (hochgeladen)"
    _page_footer(pen, left, f"Eingang {_stamp_time(rng)}")


RENDERERS: dict[str, Renderer] = {
    "colon": draw_colon,
    "tabstop": draw_tabstop,
    "boxed": draw_boxed,
    "table": draw_table,
    "twocol": draw_twocol,
    "grid": draw_grid,
    "ledger": draw_ledger,
    "compact": draw_compact,
    "portal": draw_portal,
}
