"""Layout families that draw a ``Form`` onto A4 pages with reportlab.

``colon``, ``tabstop``, ``boxed`` and ``table`` are tuning layouts; ``twocol`` is the
held-out one. The ``certificate`` family (prose) lives in ``samples.prose`` and the identity
document pages in ``samples.identity``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from samples.content import Block, Choice, Entry, Form, Item, Lines, Parallel, Section
from samples.pen import PAGE_W, Pen

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


RENDERERS: dict[str, Renderer] = {
    "colon": draw_colon,
    "tabstop": draw_tabstop,
    "boxed": draw_boxed,
    "table": draw_table,
    "twocol": draw_twocol,
}
