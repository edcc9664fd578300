"""PDF text layers: the one decision whether a page has one, and its words with geometry.

Text-layer words are scaled from PDF points to pixels at ``TEXT_LAYER_DPI`` so that they share
one coordinate system with OCR'd pages rendered at the same resolution.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from extractors.words import Word

#: The nominal resolution text-layer coordinates are expressed in (= the OCR render dpi).
TEXT_LAYER_DPI: Final[int] = 300
POINTS_PER_INCH: Final[float] = 72.0
POINT_TO_PIXEL: Final[float] = TEXT_LAYER_DPI / POINTS_PER_INCH

#: A usable text layer has at least this many letters and digits. Scanner cover sheets, page
#: numbers, "Seite 1 von 3" stamps or a lone date stay below it.
MIN_TEXT_CHARS: Final[int] = 20
#: Largest share of garbage (private-use glyphs, U+FFFD, control characters) among the
#: non-space characters: fonts without a Unicode map extract as such garbage.
MAX_GARBAGE_RATIO: Final[float] = 0.1
#: Smallest share of letters and digits among the non-space characters.
MIN_ALNUM_RATIO: Final[float] = 0.5
#: Pages whose images cover this share of the page are scans.
SCAN_IMAGE_COVERAGE: Final[float] = 0.5
#: A scan needs this many letters and digits in its text layer to trust it (a scanner's own
#: OCR layer) rather than a portal's stamp printed over the image ("Eingang 03.02.2026").
MIN_TEXT_CHARS_ON_SCAN: Final[int] = 200

#: pdfplumber's ``extract_words`` settings. Positional order (``use_text_flow=False``) because
#: PDF producers write text in arbitrary stream order (form fillers append the filled-in
#: values last); extraction downstream works on geometry, and line-then-x order is stable.
#: ``x_tolerance`` 1.5 pt keeps label and value apart when they are a few points apart.
EXTRACT_WORDS_OPTIONS: Final[dict[str, Any]] = {
    "keep_blank_chars": False,
    "use_text_flow": False,
    "x_tolerance": 1.5,
    "y_tolerance": 3,
}

#: Dot and rule leaders ("Name ........ Müller") fill forms with punctuation; they say nothing
#: about whether the text layer is real, so they are not counted at all.
LEADER_CHARS: Final[frozenset[str]] = frozenset("._…·-–—")
_GARBAGE_CATEGORIES: Final[frozenset[str]] = frozenset({"Co", "Cn", "Cs", "Cc"})


@dataclass(frozen=True, slots=True)
class TextLayerProbe:
    """What a quick look at a PDF page found.

    Attributes:
        alnum_chars: letters and digits in the page's text layer.
        other_chars: other non-space characters (punctuation, symbols).
        garbage_chars: private-use, unassigned, surrogate or control characters and U+FFFD.
        image_coverage: share of the page area covered by images (0..1, capped).
    """

    alnum_chars: int
    other_chars: int
    garbage_chars: int
    image_coverage: float

    @property
    def visible_chars(self) -> int:
        """All non-space characters."""
        return self.alnum_chars + self.other_chars + self.garbage_chars


def count_chars(text: str, image_coverage: float = 0.0) -> TextLayerProbe:
    """Classify the characters of a page's extracted text into a probe."""
    alnum = other = garbage = 0
    for ch in text:
        if ch.isspace() or ch in LEADER_CHARS:
            continue
        if ch == "\ufffd" or unicodedata.category(ch) in _GARBAGE_CATEGORIES:
            garbage += 1
        elif ch.isalnum():
            alnum += 1
        else:
            other += 1
    return TextLayerProbe(alnum, other, garbage, min(1.0, max(0.0, image_coverage)))


def has_usable_text_layer(probe: TextLayerProbe) -> bool:
    """Decide whether a PDF page's text layer is read instead of OCR'ing the rendered page.

    This is the only place that decision is made.

    Args:
        probe: the page's character counts and image coverage (see ``probe_pdfium_page``).

    Returns:
        True when the text layer has enough real text, is not mostly garbage, and, on a page
        that is mostly a scanned image, is substantial enough to be the scan's own OCR layer.
    """
    if probe.alnum_chars < MIN_TEXT_CHARS:
        return False
    visible = probe.visible_chars
    if probe.garbage_chars > MAX_GARBAGE_RATIO * visible:
        return False
    if probe.alnum_chars < MIN_ALNUM_RATIO * visible:
        return False
    return not (
        probe.image_coverage >= SCAN_IMAGE_COVERAGE and probe.alnum_chars < MIN_TEXT_CHARS_ON_SCAN
    )


def probe_pdfium_page(page: Any) -> TextLayerProbe:
    """Count a page's text-layer characters and measure its image coverage with pdfium.

    Fast (~2 ms per page): pdfium is C, unlike pdfplumber's pure-Python parser.

    Args:
        page: a ``pypdfium2.PdfPage``.
    """
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    width, height = page.get_size()
    page_area = max(1.0, float(width) * float(height))
    covered = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return count_chars(text, covered / page_area)


def words_from_plumber(
    raw_words: list[dict[str, Any]],
    *,
    page: int,
    origin: tuple[float, float] = (0.0, 0.0),
    size: tuple[float, float] | None = None,
) -> list[Word]:
    """Convert pdfplumber word dictionaries (points, top-left origin) to words in pixels.

    Args:
        raw_words: ``extract_words`` output.
        page: 1-based page number to stamp on the words.
        origin: the visible area's top-left corner in pdfplumber's coordinates (points).
        size: the visible area's width and height (points); words whose centre lies outside
            it are dropped (text hidden by the crop box is not on the page anyone sees).
    """
    ox, oy = origin
    words: list[Word] = []
    for w in raw_words:
        text = str(w["text"]).strip()
        if not text:
            continue
        x0, top = float(w["x0"]) - ox, float(w["top"]) - oy
        x1, bottom = float(w["x1"]) - ox, float(w["bottom"]) - oy
        if size is not None and not (
            0 <= (x0 + x1) / 2 <= size[0] and 0 <= (top + bottom) / 2 <= size[1]
        ):
            continue
        bbox = (
            x0 * POINT_TO_PIXEL,
            top * POINT_TO_PIXEL,
            x1 * POINT_TO_PIXEL,
            bottom * POINT_TO_PIXEL,
        )
        words.append(Word(text=text, bbox=bbox, confidence=1.0, page=page))
    return words


def text_layer_words(plumber_page: Any, *, page: int) -> list[Word]:
    """Read the words of a pdfplumber page's text layer.

    Coordinates are relative to the page's crop box (the visible page, which is also what
    pdfium renders), not to its media box.

    Args:
        plumber_page: a ``pdfplumber.page.Page``.
        page: 1-based page number to stamp on the words.

    Returns:
        Words with boxes in pixels at ``TEXT_LAYER_DPI``, confidence 1.0.
    """
    raw = plumber_page.extract_words(**EXTRACT_WORDS_OPTIONS)
    x0, top, x1, bottom = (float(v) for v in plumber_page.cropbox)
    return words_from_plumber(raw, page=page, origin=(x0, top), size=(x1 - x0, bottom - top))


def page_size_px(width_pt: float, height_pt: float) -> tuple[float, float]:
    """A page's size in pixels at ``TEXT_LAYER_DPI``."""
    return width_pt * POINT_TO_PIXEL, height_pt * POINT_TO_PIXEL
