"""A thin drawing helper over a reportlab canvas: fonts, a y cursor, page breaks, tick boxes."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples.fonts import glyph_font

PAGE_W, PAGE_H = A4


@dataclass(slots=True)
class Faces:
    regular: str
    bold: str
    glyphs: bool  # draw ☐ / ☒ with a glyph font (else ``[ ]`` / ``[X]``)
    value: str = ""  # face of filled-in values when it differs from the labels' face


class Pen:
    """Draws top-down on A4 pages; ``y`` is the baseline cursor in PDF points."""

    def __init__(self, canvas: Canvas, faces: Faces, left: float, right: float,
                 top: float = PAGE_H - 60, bottom: float = 70) -> None:
        self.c = canvas
        self.faces = faces
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = top
        self.pages = 1
        self._glyph_font = glyph_font() if faces.glyphs else None

    @property
    def width(self) -> float:
        return self.right - self.left

    def face(self, bold: bool) -> str:
        return self.faces.bold if bold else self.faces.regular

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False,
             font: str | None = None) -> float:
        """Draw ``s`` with its baseline at ``y``; returns the x after it."""
        name = font or self.face(bold)
        self.c.setFont(name, size)
        self.c.drawString(x, y, s)
        return x + float(self.c.stringWidth(s, name, size))

    def value(self, x: float, y: float, s: str, size: float) -> float:
        """A filled-in value: in the value face when the form was filled in another font."""
        return self.text(x, y, s, size, font=self.faces.value or None)

    def right_text(self, x: float, y: float, s: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.face(bold), size)
        self.c.drawRightString(x, y, s)

    def centre_text(self, x: float, y: float, s: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.face(bold), size)
        self.c.drawCentredString(x, y, s)

    def measure(self, s: str, size: float, bold: bool = False, font: str | None = None) -> float:
        return float(self.c.stringWidth(s, font or self.face(bold), size))

    def wrap(self, s: str, size: float, width: float, bold: bool = False) -> list[str]:
        return list(simpleSplit(s, self.face(bold), size, width))

    def new_page(self) -> None:
        self.c.showPage()
        self.y = self.top
        self.pages += 1

    def ensure(self, height: float) -> None:
        """Start a new page if ``height`` points do not fit above the bottom margin."""
        if self.y - height < self.bottom:
            self.new_page()

    def tick(self, x: float, y: float, checked: bool, size: float) -> float:
        """A tick box at baseline ``y``; returns the x after it."""
        if self._glyph_font:
            return self.text(x, y, "☒" if checked else "☐", size * 1.15, font=self._glyph_font)
        return self.text(x, y, "[X]" if checked else "[ ]", size)

    def box_width(self, size: float) -> float:
        if self._glyph_font:
            return self.measure("☒", size * 1.15, font=self._glyph_font)
        return self.measure("[X]", size)

    def choice_rows(self, x: float, options: tuple[str, ...], size: float, gap: float = 14,
                    limit: float | None = None) -> list[list[int]]:
        """Option indexes per printed row, wrapping before ``limit`` (default: right margin)."""
        limit = self.right if limit is None else limit
        rows: list[list[int]] = [[]]
        cx = x
        for i, option in enumerate(options):
            w = self.box_width(size) + 4 + self.measure(option, size)
            if rows[-1] and cx + w > limit:
                rows.append([])
                cx = x
            rows[-1].append(i)
            cx += w + gap
        return rows

    def choices(self, x: float, y: float, options: tuple[str, ...], ticked: int | None,
                size: float, gap: float = 14, limit: float | None = None) -> int:
        """Options after their boxes, wrapped onto more rows when needed; returns the rows."""
        rows = self.choice_rows(x, options, size, gap, limit)
        for r, indexes in enumerate(rows):
            cx, cy = x, y - r * size * 1.45
            for i in indexes:
                cx = self.tick(cx, cy, i == ticked, size)
                cx = self.text(cx + 4, cy, options[i], size) + gap
        return len(rows)

    def hline(self, x0: float, x1: float, y: float, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.line(x0, y, x1, y)

    def signature(self, x: float, y: float, caption: str, size: float = 7.5) -> None:
        self.hline(x, x + max(210, self.measure(caption, size)), y, 0.5)
        self.text(x, y - size - 2, caption, size)
