"""The extra blind held-out layouts: ``caption`` and ``bilingual``.

``caption`` is a pre-printed authority form (Vordruck) filled in on a typewriter: numbered
boxes across the page, the value typed on a rule and the caption printed small *under* the
rule, instructions in a margin column, radio circles for choices. ``bilingual`` is a German /
English form or register extract in a double frame: a coat-of-arms box, German labels with an
English line, dot leaders to the values, marginal notes, a certifying clause and a stamp.

Their wording lives in ``samples.wording_extra``. Whoever tunes extraction must not read this
module nor tune on these layouts' failures.
"""

from __future__ import annotations

import random
from functools import cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples import fonts
from samples.content import Choice, Entry, Form, Item, Lines, Parallel, Section
from samples.pen import PAGE_H, PAGE_W, Pen
from samples.render import flat_sections, footnote
from samples.wording_extra import (
    CERT_CLAUSES,
    EXTRA,
    EXTRA_TITLES,
    EXTRA_TITLES_EN,
    FORM_NUMBERS,
    MARGIN_NOTES,
    MARGINAL_NOTES,
    OFFICE_BOXES,
    english,
)

ITALIC_TTF = "LiberationSerif-Italic.ttf"


@cache
def _italic() -> str:
    """An italic serif for the English lines (Times-Italic without Liberation)."""
    for root in fonts.FONT_DIRS:
        for path in sorted(root.rglob(ITALIC_TTF)) if root.is_dir() else ():
            try:
                pdfmetrics.registerFont(TTFont("LiberationSerif-Italic", str(path)))
            except Exception:  # a broken font file must not stop the generator
                return "Times-Italic"
            return "LiberationSerif-Italic"
    return "Times-Italic"


def _fit(pen: Pen, s: str, size: float, width: float, font: str) -> float:
    natural = pen.measure(s, size, font=font)
    return size if natural <= width else max(5.5, size * width / natural)


def _footer(pen: Pen, left: str, right: str) -> None:
    pen.hline(pen.left, pen.right, 34, 0.3)
    pen.text(pen.left, 24, left, 6.5)
    pen.right_text(pen.right, 24, right.format(n=pen.pages), 6.5)


def _is_certificate(form: Form) -> bool:
    return form.authority.startswith("Standesamt")


def _city(form: Form) -> str:
    head = form.authority.split(" – ")[0]
    return head.split(" ", 1)[1] if " " in head else head


def _choice_text(e: Choice) -> str:
    return e.options[e.ticked] if e.ticked is not None else ""


# --- caption: typed values on rules, captions under them, numbered boxes ------------------------

class _Cap:
    """Per-document geometry and habits of the ``caption`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.pen = pen
        self.rng = rng
        self.size = rng.choice((10.0, 10.5, 11.0))
        self.cap_size = rng.choice((6.0, 6.5))
        self.cell_h = 34.0
        self.capacity = rng.choice((4, 4, 5))
        self.tags = rng.random() < 0.5  # numbers in black tags, else in front of the caption
        self.margin_w = rng.choice((88.0, 96.0, 104.0))
        self.margin_left = rng.random() < 0.7
        if self.margin_left:
            self.rule_x = pen.left + self.margin_w
            self.x0, self.x1 = self.rule_x + 8, pen.right
            self.note_x = pen.left
        else:
            self.rule_x = pen.right - self.margin_w
            self.x0, self.x1 = pen.left, self.rule_x - 8
            self.note_x = self.rule_x + 8
        self.face = pen.faces.value or "Courier"
        self.footer = footer
        self.n = 0
        self.notes: list[str] = []
        self.note_y = PAGE_H
        self.page_top = pen.y

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    def jitter(self) -> tuple[float, float]:
        """A typewriter's uneven carriage: small shifts of the typed baseline."""
        return self.rng.uniform(0.0, 1.6), self.rng.uniform(-0.7, 0.7)


def _cap_margin_rule(cp: _Cap) -> None:
    pen = cp.pen
    pen.c.setLineWidth(0.4)
    pen.c.line(cp.rule_x, pen.y + 10, cp.rule_x, pen.bottom)
    cp.note_y = pen.y + 4


def _cap_break(cp: _Cap, height: float) -> None:
    pen = cp.pen
    if pen.y - height < pen.bottom:
        _footer(pen, *cp.footer)
        pen.new_page()
        _cap_margin_rule(cp)


def _cap_caption(cp: _Cap, number: int, caption: str, w: float) -> tuple[list[str], float]:
    """The caption's lines (at most two) and their size."""
    text = caption if cp.tags else f"{number}  {caption}"
    face = cp.pen.faces.regular
    lines = list(simpleSplit(text, face, cp.cap_size, w - 8))
    if len(lines) > 2:
        lines = [text]
    widest = max(cp.pen.measure(line, cp.cap_size, font=face) for line in lines)
    size = cp.cap_size if widest <= w - 8 else max(5.0, cp.cap_size * (w - 8) / widest)
    if size < cp.cap_size:
        lines = list(simpleSplit(text, face, size, w - 8))[:2]
    return lines, size


def _cap_extra(cp: _Cap, caption: str, w: float) -> float:
    """The height a second caption line adds to the box."""
    lines, size = _cap_caption(cp, cp.n + 1, caption, w)
    return (len(lines) - 1) * size * 1.15


def _cap_frame(cp: _Cap, x: float, w: float, h: float, caption: str,
               extra: float = 0.0) -> tuple[float, float]:
    """A numbered box with its caption under the value rule; returns the value's x and the
    rule's y (``extra``: room the row keeps for two-line captions)."""
    pen = cp.pen
    cp.n += 1
    top = pen.y
    pen.c.setLineWidth(0.4)
    pen.c.rect(x, top - h, w, h, stroke=1, fill=0)
    number = str(cp.n)
    rule_y = top - h + 12 + extra
    pen.c.setLineWidth(0.3)
    pen.c.setDash(1, 1.5)
    pen.c.line(x + 4, rule_y, x + w - 4, rule_y)
    pen.c.setDash()
    if cp.tags:
        tag_w = pen.measure(number, 6, bold=True) + 4
        pen.c.setFillGray(0)
        pen.c.rect(x, top - 9, tag_w, 9, stroke=0, fill=1)
        pen.c.setFillGray(1)
        pen.text(x + 2, top - 7, number, 6, bold=True)
        pen.c.setFillGray(0)
    lines, size = _cap_caption(cp, cp.n, caption, w)
    for k, line in enumerate(lines):
        pen.text(x + 4, rule_y - size - 1.5 - k * size * 1.15, line, size)
    return x + 6, rule_y


def _cap_typed(cp: _Cap, x: float, base: float, limit: float, value: str) -> None:
    dx, dy = cp.jitter()
    size = _fit(cp.pen, value, cp.size, limit - x - dx - 2, cp.face)
    cp.pen.text(x + dx, base + dy, value, size, font=cp.face)


def _cap_item(cp: _Cap, x: float, w: float, h: float, e: Item, extra: float = 0.0) -> None:
    vx, rule_y = _cap_frame(cp, x, w, h, e.label, extra)
    _cap_typed(cp, vx, rule_y + 3, x + w - 4, e.value)


def _circle_rows(cp: _Cap, options: tuple[str, ...], width: float) -> list[list[int]]:
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, option in enumerate(options):
        w = 12 + cp.pen.measure(option, cp.size - 1.5) + 14
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += w
    return rows


def _cap_choice_height(cp: _Cap, e: Choice, w: float) -> float:
    return cp.cell_h + (len(_circle_rows(cp, e.options, w - 12)) - 1) * (cp.size + 3)


def _cap_choice(cp: _Cap, x: float, w: float, h: float, e: Choice, extra: float) -> None:
    pen = cp.pen
    rows = _circle_rows(cp, e.options, w - 12)
    _, rule_y = _cap_frame(cp, x, w, h, e.label, extra)
    size = cp.size - 1.5
    for r, indexes in enumerate(rows):
        base = rule_y + 3 + (len(rows) - 1 - r) * (cp.size + 3)
        cx = x + 8
        for i in indexes:
            pen.c.setLineWidth(0.6)
            pen.c.circle(cx + 3.5, base + 3, 3.5, stroke=1, fill=0)
            if i == e.ticked:
                pen.c.circle(cx + 3.5, base + 3, 1.9, stroke=0, fill=1)
            cx = pen.text(cx + 11, base, e.options[i], size) + 14


def _cap_lines_height(cp: _Cap, e: Lines) -> float:
    return cp.cell_h + (len(e.values) - 1) * (cp.size + 5)


def _cap_lines(cp: _Cap, x: float, w: float, h: float, e: Lines, extra: float) -> None:
    vx, rule_y = _cap_frame(cp, x, w, h, e.label, extra)
    for k, value in enumerate(e.values):
        base = rule_y + 3 + (len(e.values) - 1 - k) * (cp.size + 5)
        _cap_typed(cp, vx, base, x + w - 4, value)


def _cap_rows(cp: _Cap, entries: list[Entry]) -> list[list[Entry]]:
    rows: list[list[Entry]] = []
    used = cp.capacity
    for e in entries:
        span = min(e.span, cp.capacity) if isinstance(e, Item) else cp.capacity
        if used + span > cp.capacity:
            rows.append([])
            used = 0
        rows[-1].append(e)
        used += span
    return rows


def _cap_note(cp: _Cap, first: int, last: int, top: float) -> None:
    """An instruction in the margin column beside the section it explains."""
    pen = cp.pen
    refs = f"Zu {first}" if first == last else f"Zu {first}–{last}"
    if not cp.notes:
        cp.notes = cp.rng.sample(MARGIN_NOTES, k=len(MARGIN_NOTES))
    text = f"{refs}: {cp.notes.pop()}"
    lines = pen.wrap(text, 6.5, cp.margin_w - 12)
    y = min(top - 8, cp.note_y - 6)
    if y - len(lines) * 8 < pen.bottom:
        return
    for line in lines:
        pen.text(cp.note_x, y, line, 6.5)
        y -= 8
    cp.note_y = y


def _cap_heading(cp: _Cap, letter: str, title: str) -> None:
    pen = cp.pen
    pen.c.setFillGray(0)
    pen.c.rect(cp.x0, pen.y - 9, 6, 6, stroke=0, fill=1)
    text = f"{letter}  {title.upper()}"
    size = _fit(pen, text, 8.5, cp.width - 12, pen.faces.bold)
    pen.text(cp.x0 + 10, pen.y - 9, text, size, bold=True)
    pen.hline(cp.x0, cp.x1, pen.y - 13, 1.1)
    pen.y -= 17


def _cap_section(cp: _Cap, section: Section, letter: str) -> None:
    pen = cp.pen
    rows = _cap_rows(cp, section.entries)
    _cap_break(cp, 17 + cp.cell_h + 6)
    top = pen.y
    first = cp.n + 1
    if section.title:
        _cap_heading(cp, letter, section.title)
    for row in rows:
        spans = [min(e.span, cp.capacity) if isinstance(e, Item) else cp.capacity for e in row]
        if sum(spans) < cp.capacity:
            spans[-1] += cp.capacity - sum(spans)
        widths = [cp.width * s / cp.capacity for s in spans]
        height = cp.cell_h
        extra = 0.0
        for k, (e, w) in enumerate(zip(row, widths, strict=True)):
            if isinstance(e, Choice):
                height = max(height, _cap_choice_height(cp, e, w))
            elif isinstance(e, Lines):
                height = max(height, _cap_lines_height(cp, e))
            numbered = cp.n + 1 + k
            lines, size = _cap_caption(cp, numbered, e.label, w)
            extra = max(extra, (len(lines) - 1) * size * 1.15)
        height += extra
        if pen.y - height < pen.bottom:
            _cap_note(cp, first, cp.n, top)
            _cap_break(cp, height)
            top, first = pen.y, cp.n + 1
        x = cp.x0
        for e, w in zip(row, widths, strict=True):
            if isinstance(e, Item):
                _cap_item(cp, x, w, height, e, extra)
            elif isinstance(e, Choice):
                _cap_choice(cp, x, w, height, e, extra)
            else:
                _cap_lines(cp, x, w, height, e, extra)
            x += w
        pen.y -= height
    if cp.n >= first:
        _cap_note(cp, first, cp.n, top)
    pen.y -= 10


def _cap_parallel(cp: _Cap, block: Parallel, letter: str) -> None:
    pen = cp.pen
    _cap_break(cp, 17 + 14 + (cp.cell_h + 8) * len(block.rows))
    top, first = pen.y, cp.n + 1
    _cap_heading(cp, letter, f"{block.titles[0]} / {block.titles[1]}")
    half = cp.width / 2
    for k, title in enumerate(block.titles):
        pen.text(cp.x0 + k * half + 4, pen.y - 9, title, 8, bold=True)
    pen.y -= 13
    for label, first_value, other in block.rows:
        extra = max(_cap_extra(cp, label, half), 0.0)
        for k, value in enumerate((first_value, other)):
            _cap_item(cp, cp.x0 + k * half, half, cp.cell_h + extra, Item("", label, value),
                      extra)
        pen.y -= cp.cell_h + extra
    _cap_note(cp, first, cp.n, top)
    pen.y -= 10


def _cap_head(cp: _Cap, form: Form, form_no: str) -> None:
    pen = cp.pen
    top = pen.y + 16
    pen.text(pen.left, top, form_no, 6.5)
    pen.right_text(pen.right, top, "Aktenzeichen:", 6.5)
    head, _, office = form.authority.partition(" – ")
    pen.text(pen.left, top - 18, head, 10, bold=True)
    if office:
        pen.text(pen.left, top - 30, office, 8.5)
    box_w, box_h = 150.0, 46.0
    pen.c.setFillGray(0.93)
    pen.c.rect(pen.right - box_w, top - 12 - box_h, box_w, box_h, stroke=0, fill=1)
    pen.c.setFillGray(0.35)
    pen.text(pen.right - box_w + 4, top - 20, cp.rng.choice(OFFICE_BOXES), 6)
    pen.c.setFillGray(0)
    title = form.title.upper() if cp.rng.random() < 0.4 else form.title
    size = 15.0 if pen.measure(title, 15, bold=True) <= pen.width - box_w - 12 else 12.0
    if pen.measure(title, size, bold=True) > pen.width - box_w - 12:
        size = _fit(pen, title, size, pen.width - box_w - 12, pen.faces.bold)
    pen.text(pen.left, top - 56, title, size, bold=True)
    pen.hline(pen.left, pen.right, top - 66, 2.0)
    pen.y = top - 82
    if form.intro:
        for line in pen.wrap(form.intro, 8, pen.width):
            pen.text(pen.left, pen.y, line, 8)
            pen.y -= 10
        pen.y -= 6
    pen.y -= 6
    _cap_margin_rule(cp)


def _cap_closing(cp: _Cap, form: Form) -> None:
    pen = cp.pen
    certificate = _is_certificate(form)
    h = 40.0
    _cap_break(cp, h + 30)
    if certificate:
        text = cp.rng.choice(CERT_CLAUSES)[0]
        size = _fit(pen, text, 8, cp.width, pen.faces.regular)
        pen.text(cp.x0, pen.y - 8, text, size)
        pen.y -= 18
    half = cp.width * 0.48
    lines = form.closing
    if lines:
        pen.c.setLineWidth(0.4)
        pen.c.rect(cp.x0, pen.y - h, half, h, stroke=1, fill=0)
        rule_y = pen.y - h + 12
        pen.hline(cp.x0 + 4, cp.x0 + half - 4, rule_y, 0.3)
        pen.text(cp.x0 + 4, rule_y - cp.cap_size - 1.5, EXTRA["signed"][0], cp.cap_size)
        _cap_typed(cp, cp.x0 + 6, rule_y + 3, cp.x0 + half - 4, lines[0])
    if len(lines) > 1:
        x = cp.x0 + half
        w = cp.width - half
        pen.c.setLineWidth(0.4)
        pen.c.rect(x, pen.y - h, w, h, stroke=1, fill=0)
        rule_y = pen.y - h + 12
        pen.hline(x + 4, x + w - 4, rule_y, 0.3)
        size = _fit(pen, lines[1], cp.cap_size, w - 8, pen.faces.regular)
        pen.text(x + 4, rule_y - cp.cap_size - 1.5, lines[1], size)
        if certificate:
            pen.c.setLineWidth(0.8)
            pen.c.circle(x + w - 26, pen.y - h / 2 + 4, 14, stroke=1, fill=0)
            pen.c.circle(x + w - 26, pen.y - h / 2 + 4, 11, stroke=1, fill=0)
    pen.y -= h + 8


def draw_caption(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    form_no = (f"{rng.choice(FORM_NUMBERS)} {rng.choice('AEKMS')} {rng.randint(1, 9)}."
               f"{rng.randint(1, 19)} · Stand {rng.randint(1, 12):02d}/{rng.randint(2011, 2025)}")
    footer = (form_no, "Blatt {n}")
    cp = _Cap(pen, rng, footer)
    _cap_head(cp, form, form_no)
    letters = iter("ABCDEFGHIJ")
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _footer(pen, *footer)
            pen.new_page()
            _cap_margin_rule(cp)
        if isinstance(block, Parallel):
            _cap_parallel(cp, block, next(letters))
        else:
            _cap_section(cp, block, next(letters) if block.title else "")
    _cap_closing(cp, form)
    footnote(pen, form.footnote)
    _footer(pen, *footer)


# --- bilingual: German / English labels, dot leaders, a framed extract ------------------------

class _Bi:
    """Per-document geometry and habits of the ``bilingual`` layout."""

    def __init__(self, pen: Pen, rng: random.Random, footer: tuple[str, str]) -> None:
        self.pen = pen
        self.rng = rng
        self.size = rng.choice((9.5, 10.0, 10.5))
        self.label_size = rng.choice((8.5, 9.0))
        self.en_size = self.label_size - 1.5
        self.stacked = rng.random() < 0.65  # English on a line of its own, else after " / "
        self.upper = rng.random() < 0.3
        self.leaders = rng.random() < 0.5
        self.numbered = rng.random() < 0.4
        self.indent = 18.0 if self.numbered else 0.0
        self.split = pen.left + pen.width * rng.uniform(0.40, 0.46)
        self.value_face = pen.faces.value or pen.faces.bold
        self.italic = _italic()
        self.footer = footer
        self.n = 0

    def german(self, label: str) -> str:
        return label.upper() if self.upper else label


def _bi_frame(pen: Pen) -> None:
    x0, x1 = pen.left - 16, pen.right + 16
    pen.c.setLineWidth(1.4)
    pen.c.rect(x0, 42, x1 - x0, PAGE_H - 42 - 30, stroke=1, fill=0)
    pen.c.setLineWidth(0.4)
    pen.c.rect(x0 + 3.5, 45.5, x1 - x0 - 7, PAGE_H - 42 - 30 - 7, stroke=1, fill=0)


def _bi_break(bi: _Bi, height: float) -> None:
    pen = bi.pen
    if pen.y - height < pen.bottom:
        _footer(pen, *bi.footer)
        pen.new_page()
        _bi_frame(pen)


def _bi_label_lines(bi: _Bi, label: str, width: float) -> tuple[list[str], list[str]]:
    pen = bi.pen
    german = bi.german(label)
    gloss = english(label)
    if gloss and not bi.stacked:
        return pen.wrap(f"{german} / {gloss}", bi.label_size, width), []
    en = list(simpleSplit(gloss, bi.italic, bi.en_size, width)) if gloss else []
    return pen.wrap(german, bi.label_size, width), en


def _bi_wrap(bi: _Bi, value: str, width: float) -> tuple[list[str], float]:
    pen = bi.pen
    widest = max((pen.measure(w, bi.size, font=bi.value_face) for w in value.split()),
                 default=0.0)
    size = bi.size if widest <= width else max(5.5, bi.size * width / widest)
    return list(simpleSplit(value, bi.value_face, size, width)) or [""], size


def _bi_extent(bi: _Bi, g_lines: list[str], e_lines: list[str]) -> float:
    """How far the label's last line lies below its first baseline."""
    return (len(g_lines) - 1) * bi.label_size * 1.2 + len(e_lines) * bi.en_size * 1.25


def _bi_labels(bi: _Bi, label: str, width: float) -> float:
    """Draw the German line(s), the leaders and the English line(s); returns the extent."""
    pen = bi.pen
    x = pen.left + bi.indent
    g_lines, e_lines = _bi_label_lines(bi, label, width)
    end = x
    for k, line in enumerate(g_lines):
        end = pen.text(x, pen.y - k * bi.label_size * 1.2, line, bi.label_size)
    if bi.leaders and len(g_lines) == 1:
        dot = pen.measure(". ", bi.label_size)
        count = int((bi.split - 8 - end - 3) / dot)
        if count > 1:
            pen.text(end + 3, pen.y, ". " * count, bi.label_size)
    y = pen.y - (len(g_lines) - 1) * bi.label_size * 1.2
    pen.c.setFillGray(0.3)
    for line in e_lines:
        y -= bi.en_size * 1.25
        pen.text(x, y, line, bi.en_size, font=bi.italic)
    pen.c.setFillGray(0)
    return _bi_extent(bi, g_lines, e_lines)


def _bi_box(pen: Pen, x: float, base: float, side: float, ticked: bool) -> None:
    pen.c.setLineWidth(0.6)
    pen.c.rect(x, base - 1, side, side, stroke=1, fill=0)
    if ticked:  # a cross drawn with two strokes, as a pen would
        pen.c.setLineWidth(1.0)
        pen.c.line(x + 1.5, base + 0.5, x + side - 1.5, base + side - 2.5)
        pen.c.line(x + 1.5, base + side - 2.5, x + side - 1.5, base + 0.5)


def _bi_entry(bi: _Bi, e: Entry) -> None:
    pen = bi.pen
    label_w = bi.split - pen.left - bi.indent - 12
    vx, vw = bi.split, pen.right - bi.split
    step = bi.size * 1.3
    g_lines, e_lines = _bi_label_lines(bi, e.label, label_w)
    label_h = _bi_extent(bi, g_lines, e_lines)
    rows: list[tuple[str, float]] = []
    choice_rows: list[list[int]] = []
    if isinstance(e, Choice):
        side = bi.size * 0.8
        choice_rows = [[]]
        used = 0.0
        for i, option in enumerate(e.options):
            w = side + 5 + pen.measure(option, bi.size - 1) + 16
            if choice_rows[-1] and used + w > vw:
                choice_rows.append([])
                used = 0.0
            choice_rows[-1].append(i)
            used += w
        value_h = (len(choice_rows) - 1) * step
    else:
        values = e.values if isinstance(e, Lines) else (e.value,)
        for v in values:
            lines, size = _bi_wrap(bi, v, vw)
            rows += [(line, size) for line in lines]
        value_h = (len(rows) - 1) * step
    height = max(label_h, value_h) + bi.size * 1.55
    _bi_break(bi, height + bi.size)
    if bi.numbered:
        bi.n += 1
        pen.text(pen.left, pen.y, f"{bi.n}", bi.label_size - 0.5)
    _bi_labels(bi, e.label, label_w)
    if isinstance(e, Choice):
        side = bi.size * 0.8
        for r, indexes in enumerate(choice_rows):
            cx, base = vx, pen.y - r * step
            for i in indexes:
                _bi_box(pen, cx, base, side, i == e.ticked)
                cx = pen.text(cx + side + 5, base, e.options[i], bi.size - 1) + 16
    else:
        for k, (line, size) in enumerate(rows):
            pen.text(vx, pen.y - k * step, line, size, font=bi.value_face)
    pen.y -= height


def _bi_heading(bi: _Bi, title: str) -> None:
    pen = bi.pen
    gloss = english(title)
    text = title.upper() + (f" / {gloss.upper()}" if gloss else "")
    size = _fit(pen, text, 9.5, pen.width, pen.faces.bold)
    pen.y -= 4
    pen.text(pen.left, pen.y, text, size, bold=True)
    pen.hline(pen.left, pen.right, pen.y - 5, 0.5)
    pen.y -= 5 + bi.size * 1.7


def _bi_section(bi: _Bi, section: Section) -> None:
    _bi_break(bi, 60)
    if section.title:
        _bi_heading(bi, section.title)
    for e in section.entries:
        _bi_entry(bi, e)
    bi.pen.y -= 6


def _bi_parallel(bi: _Bi, block: Parallel) -> None:
    pen = bi.pen
    _bi_break(bi, (len(block.rows) + 2) * bi.size * 3)
    _bi_heading(bi, f"{block.titles[0]} / {block.titles[1]}")
    half = (pen.right - bi.split) / 2
    for k, title in enumerate(block.titles):
        pen.text(bi.split + k * half, pen.y, title, bi.label_size, bold=True)
        gloss = english(title)
        if gloss:
            pen.c.setFillGray(0.3)
            pen.text(bi.split + k * half, pen.y - bi.en_size * 1.3, gloss, bi.en_size,
                     font=bi.italic)
            pen.c.setFillGray(0)
    pen.y -= bi.size * 2.6
    label_w = bi.split - pen.left - bi.indent - 12
    for label, first, other in block.rows:
        if bi.numbered:
            bi.n += 1
            pen.text(pen.left, pen.y, f"{bi.n}", bi.label_size - 0.5)
        label_h = _bi_labels(bi, label, label_w)
        value_h = 0.0
        for k, value in enumerate((first, other)):
            lines, size = _bi_wrap(bi, value, half - 8)
            for j, line in enumerate(lines):
                pen.text(bi.split + k * half, pen.y - j * bi.size * 1.3, line, size,
                         font=bi.value_face)
            value_h = max(value_h, (len(lines) - 1) * bi.size * 1.3)
        pen.y -= max(label_h, value_h) + bi.size * 1.55
    pen.y -= 6


AUTHORITY_EN = {"Standesamt": "Registry Office", "Bürgerbüro": "Citizens' Office",
                "Einwohnermeldeamt": "Residents' Registration Office",
                "Meldebehörde": "Registration Authority",
                "Straßenverkehrsamt": "Road Traffic Office",
                "Zulassungsstelle": "Vehicle Registration Office",
                "Ausländerbehörde": "Foreigners' Authority",
                "Amt für Migration und Integration": "Office for Migration and Integration"}


def _shield(pen: Pen, x: float, top: float, w: float, h: float) -> None:
    """A coat-of-arms box: a shield outline with a bar and a cross."""
    pen.c.setLineWidth(0.6)
    pen.c.rect(x, top - h, w, h, stroke=1, fill=0)
    sx, sw, st, sh = x + w * 0.18, w * 0.64, top - h * 0.12, h * 0.72
    path = pen.c.beginPath()
    path.moveTo(sx, st)
    path.lineTo(sx + sw, st)
    path.lineTo(sx + sw, st - sh * 0.55)
    path.curveTo(sx + sw, st - sh * 0.85, sx + sw * 0.6, st - sh * 0.95, sx + sw / 2, st - sh)
    path.curveTo(sx + sw * 0.4, st - sh * 0.95, sx, st - sh * 0.85, sx, st - sh * 0.55)
    path.close()
    pen.c.setFillGray(0.8)
    pen.c.drawPath(path, stroke=1, fill=1)
    pen.c.setFillGray(0.25)
    pen.c.rect(sx + sw * 0.42, st - sh * 0.85, sw * 0.16, sh * 0.8, stroke=0, fill=1)
    pen.c.rect(sx + sw * 0.1, st - sh * 0.38, sw * 0.8, sh * 0.14, stroke=0, fill=1)
    pen.c.setFillGray(0)


def _bi_head(bi: _Bi, form: Form, reference: str) -> None:
    pen = bi.pen
    top = pen.y + 8
    _shield(pen, pen.left, top, 42, 50)
    head, _, office = form.authority.partition(" – ")
    pen.text(pen.left + 52, top - 12, head, 11, bold=True)
    kind = office or head.split(" ")[0]
    y = top - 25
    if office:
        pen.text(pen.left + 52, y, office, 8.5)
        y -= 11
    pen.c.setFillGray(0.3)
    pen.text(pen.left + 52, y, AUTHORITY_EN.get(kind, "Municipal Authority"), 7.5,
             font=bi.italic)
    pen.c.setFillGray(0)
    pen.right_text(pen.right, top - 12, reference, 7.5)
    pen.y = top - 80
    title_size = _fit(pen, form.title, 15, pen.width, pen.faces.bold)
    pen.centre_text(PAGE_W / 2, pen.y, form.title, title_size, bold=True)


def _bi_subtitle(bi: _Bi, text: str) -> None:
    pen = bi.pen
    pen.c.setFillGray(0.3)
    pen.c.setFont(bi.italic, 10)
    pen.c.drawCentredString(PAGE_W / 2, pen.y - 14, text)
    pen.c.setFillGray(0)
    pen.hline(pen.left + pen.width * 0.2, pen.right - pen.width * 0.2, pen.y - 22, 0.6)
    pen.y -= 44


def _bi_closing(bi: _Bi, form: Form) -> None:
    pen = bi.pen
    certificate = _is_certificate(form)
    _bi_break(bi, 150 if certificate else 90)
    if certificate:
        # the marginal-notes box, then the certifying clause
        h = 30.0
        pen.c.setLineWidth(0.5)
        pen.c.rect(pen.left, pen.y - h, pen.width, h, stroke=1, fill=0)
        pen.text(pen.left + 4, pen.y - 10, "Randvermerke", 7.5, bold=True)
        end = pen.measure("Randvermerke", 7.5, bold=True)
        pen.c.setFillGray(0.3)
        pen.text(pen.left + 8 + end, pen.y - 10, "/ Marginal notes", 7, font=bi.italic)
        pen.c.setFillGray(0)
        pen.text(pen.left + 4, pen.y - 23, bi.rng.choice(MARGINAL_NOTES), 8.5)
        pen.y -= h + 16
        german, gloss = bi.rng.choice(CERT_CLAUSES)
        pen.text(pen.left, pen.y, german, 8.5)
        pen.c.setFillGray(0.3)
        pen.text(pen.left, pen.y - 10, gloss, 7.5, font=bi.italic)
        pen.c.setFillGray(0)
        pen.y -= 28
    lines = form.closing
    if lines:
        pen.text(pen.left, pen.y, lines[0], bi.size)
    if len(lines) > 1:
        x = pen.right - 220
        pen.hline(x, pen.right, pen.y - 24, 0.5)
        pen.text(x, pen.y - 32, lines[1], 7)
        if certificate:
            cx, cy = x - 60, pen.y - 30
            pen.c.setLineWidth(0.9)
            pen.c.circle(cx, cy, 24, stroke=1, fill=0)
            pen.c.setLineWidth(0.4)
            pen.c.circle(cx, cy, 20, stroke=1, fill=0)
            pen.c.setFont(pen.faces.regular, 5)
            pen.c.drawCentredString(cx, cy - 1.5, "Dienstsiegel")
    pen.y -= 50


def draw_bilingual(pen: Pen, form: Form, rng: random.Random, break_before: int | None) -> None:
    certificate = _is_certificate(form)
    reference = (f"Nr. / No. {rng.randint(100, 999)}/{rng.randint(2019, 2026)}" if certificate
                 else f"Az. / Ref. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
    doc_type = next((k for k, v in EXTRA_TITLES.items() if form.title in v), "")
    footer = (f"{_city(form)} · {reference}", "Seite {n} / Page {n}")
    bi = _Bi(pen, rng, footer)
    _bi_frame(pen)
    _bi_head(bi, form, reference)
    _bi_subtitle(bi, EXTRA_TITLES_EN.get(doc_type, ""))
    if form.intro:
        for line in pen.wrap(form.intro, 8, pen.width):
            pen.text(pen.left, pen.y, line, 8)
            pen.y -= 10
        pen.y -= 8
    for index, block in enumerate(form.blocks):
        if index == break_before:
            _footer(pen, *footer)
            pen.new_page()
            _bi_frame(pen)
        if isinstance(block, Parallel):
            _bi_parallel(bi, block)
        else:
            for section in flat_sections(block):
                _bi_section(bi, section)
    _bi_closing(bi, form)
    footnote(pen, form.footnote)
    _footer(pen, *footer)


def extra_identity_footer(pen: Pen, rng: random.Random, layout: str) -> None:
    """The filing line a copied identity document gets in the extra layouts."""
    if layout == "bilingual":
        left = f"Kopie / Copy · Az. / Ref. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        right = "Seite {n} / Page {n}"
    else:
        left = (f"{rng.choice(FORM_NUMBERS)} {rng.choice('AEKMS')} {rng.randint(1, 9)}."
                f"{rng.randint(1, 19)} · Ablichtung zur Akte")
        right = "Blatt {n}"
    _footer(pen, left, right)


EXTRA_RENDERERS = {"caption": draw_caption, "bilingual": draw_bilingual}
