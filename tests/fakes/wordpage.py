"""Lay out words on a page without any reader: for unit tests of extraction.

``page([(y, [(x, "Familienname:"), (900, "Müller")]), ...])`` puts each chunk's words at
``x`` on the line at ``y``, sized like 12 pt text at 300 dpi.
"""

from __future__ import annotations

from extractors.words import Word

CHAR_WIDTH = 26.0
HEIGHT = 40.0
SPACE = 14.0


def chunk_words(x: float, y: float, text: str, page: int = 1, height: float = HEIGHT,
                confidence: float = 1.0) -> list[Word]:
    """The words of ``text`` starting at ``(x, y)``."""
    out: list[Word] = []
    for token in text.split():
        width = CHAR_WIDTH * len(token) * height / HEIGHT
        out.append(Word(token, (x, y, x + width, y + height), confidence, page))
        x += width + SPACE * height / HEIGHT
    return out


def page(rows: list[tuple[float, list[tuple[float, str]]]], page_no: int = 1,
         confidence: float = 1.0) -> list[Word]:
    """Words for rows of ``(y, [(x, text), ...])``; a confidence under 1 makes them OCR'd."""
    words: list[Word] = []
    for y, chunks in rows:
        for x, text in chunks:
            words.extend(chunk_words(x, y, text, page_no, confidence=confidence))
    return words
