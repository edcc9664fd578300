"""Words with geometry: the one currency between reading (text layer, OCR) and extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PageSource(StrEnum):
    """How a page's words were obtained."""

    TEXT_LAYER = "text_layer"
    OCR = "ocr"


#: Text-layer words carry confidence 1.0; OCR never reports this much.
TEXT_LAYER_CONFIDENCE = 0.999


@dataclass(frozen=True, slots=True)
class Word:
    """One word on one page.

    Attributes:
        text: the word as read.
        bbox: ``(x0, y0, x1, y1)`` in pixels of the page at ``Page.dpi`` (origin top left).
        confidence: 0..1; text-layer words are 1.0.
        page: 1-based page number within the input file.
    """

    text: str
    bbox: tuple[float, float, float, float]
    confidence: float
    page: int

    @property
    def typeset(self) -> bool:
        """Read from a text layer (exact, never garbled), not by OCR."""
        return self.confidence >= TEXT_LAYER_CONFIDENCE

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def y0(self) -> float:
        return self.bbox[1]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y1(self) -> float:
        return self.bbox[3]

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def cy(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2


@dataclass(slots=True)
class Page:
    """One page of an input file, read into words.

    Attributes:
        number: 1-based page number within the input.
        width, height: page size in pixels at ``dpi``.
        dpi: the resolution the coordinates refer to (72 for text-layer PDF points scaled to dpi).
        source: text layer or OCR.
        words: the words in reading order as the reader produced them.
        image_path: where a rendered image of the page lies, when one was made (for review UIs).
        rotation: degrees the page was turned to be upright before reading.
        notes: machine codes of what happened while reading (e.g. ``deskewed``).
    """

    number: int
    width: float
    height: float
    dpi: int
    source: PageSource
    words: list[Word] = field(default_factory=list)
    rotation: int = 0
    skew: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def mean_confidence(self) -> float:
        if not self.words:
            return 0.0
        return sum(w.confidence for w in self.words) / len(self.words)


#: A label written into the words by a reader that found it elsewhere (a cross table's header,
#: a chat's question) stands just left of its value in slivers this far apart, so that the
#: label and the value make one run of their line.
SLIVER_PITCH = 2.0


def text_after(word: Word, texts: list[str]) -> list[Word]:
    """Words for ``texts`` set in slivers in ``word``'s line just right of it."""
    out = []
    for k, text in enumerate(texts):
        x = word.x1 + (k + 0.5) * SLIVER_PITCH
        out.append(Word(text, (x, word.y0, x + SLIVER_PITCH / 2, word.y1), word.confidence,
                        word.page))
    return out


def label_before(value: Word, texts: list[str]) -> list[Word]:
    """Words for ``texts`` set in slivers in ``value``'s line just left of it."""
    out = []
    for k, text in enumerate(texts):
        x = value.x0 - (len(texts) - k) * SLIVER_PITCH
        out.append(Word(text, (x, value.y0, x + SLIVER_PITCH / 2, value.y1), 1.0, value.page))
    return out

