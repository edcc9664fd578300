"""PDF text layers: the one decision whether a page has one, and its words with geometry.

Text-layer words are scaled from PDF points to pixels at ``TEXT_LAYER_DPI`` so that they share
one coordinate system with OCR'd pages rendered at the same resolution.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median
from typing import Any, Final

from extractors import penmarks
from extractors.checkboxes import Checkbox, merge_checkbox_words
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
#: A scan's own OCR layer (text drawn invisibly over the image, by most of its text
#: objects) is read again by our OCR: a cheap engine's confusions (0/O, ß/B) and lost words
#: would pass into the case, and it knows no ticked boxes.
INVISIBLE_LAYER_SHARE: Final[float] = 0.5
#: A born-digital page whose entries are pictures: at least this many images beside the
#: text layer, or one covering this share of the page (a copied card or certificate). None
#: of the 28 evaluation sets' other pages has either (logos are one small image).
MIN_ENTRY_IMAGES: Final[int] = 3
#: ... counting images of at least this share of the page (a pasted word), not icons.
MIN_IMAGE_SHARE: Final[float] = 0.0002
#: Entries written as ink: at least this many dark drawings of a written word's size and
#: detail (3-30 pt high, 8-300 pt wide and wider than high, 12 segments or more) where the
#: text layer has no text. Pages of the older evaluation sets have at most 4 (a certificate's
#: ornaments); guilloche lines are light, a form's rules and boxes have few segments.
MIN_INK_PATHS: Final[int] = 5
INK_MIN_SEGMENTS: Final[int] = 12
INK_MAX_LEVEL: Final[int] = 110
MIN_COPY_IMAGE_SHARE: Final[float] = 0.06
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
    "return_chars": True,
}
#: A field's item number set before its label's first letter with no space ("12Vornamen"),
#: in another face or smaller: at most this share of the letters' size.
ITEM_NUMBER_MAX_SIZE_SHARE: Final[float] = 0.9
_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]?(?=[A-Za-zÄÖÜäöüß])")

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
    #: share of the page's text objects drawn invisibly (a scanner's OCR layer)
    invisible_share: float = 0.0
    #: images that cover part of the page only (pasted entries, a copied card), and the
    #: largest one's share of the page
    partial_images: int = 0
    largest_partial_image: float = 0.0
    #: dark word-sized drawings where the text layer has no text (entries written as ink)
    ink_paths: int = 0

    @property
    def entries_in_images(self) -> bool:
        """Whether the page shows text as pictures beside its text layer: entries pasted
        as images (several), a copy of a document (one large image), or entries written
        as ink (drawn paths, not text)."""
        return self.partial_images >= MIN_ENTRY_IMAGES \
            or self.largest_partial_image >= MIN_COPY_IMAGE_SHARE \
            or self.ink_paths >= MIN_INK_PATHS

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
    if probe.image_coverage >= SCAN_IMAGE_COVERAGE \
            and probe.invisible_share >= INVISIBLE_LAYER_SHARE:
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
    partial: list[float] = []
    texts = invisible = 0
    text_boxes: list[tuple[float, float, float, float]] = []
    inked: list[tuple[float, float, float, float]] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_TEXT,
                                        pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            texts += 1
            invisible += pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) \
                == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
            text_boxes.append(obj.get_bounds())
            continue
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            if _word_sized_ink(obj):
                inked.append(obj.get_bounds())
            continue
        left, bottom, right, top = obj.get_bounds()
        area = max(0.0, right - left) * max(0.0, top - bottom)
        covered += area
        if MIN_IMAGE_SHARE <= area / page_area < SCAN_IMAGE_COVERAGE:
            partial.append(area / page_area)
    ink = sum(not any(_boxes_meet(box, t) for t in text_boxes) for box in inked)
    return replace(count_chars(text, covered / page_area),
                   invisible_share=invisible / texts if texts else 0.0,
                   partial_images=len(partial), largest_partial_image=max(partial, default=0.0),
                   ink_paths=ink)


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]
                ) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


def _word_sized_ink(obj: Any) -> bool:
    """Whether a pdfium path object is dark ink of a written word's size and detail."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = obj.get_bounds()
    width, height = right - left, top - bottom
    if not (3.0 <= height <= 30.0 and 8.0 <= width <= 300.0 and width >= 1.5 * height):
        return False
    if pdfium_c.FPDFPath_CountSegments(obj.raw) < INK_MIN_SEGMENTS:
        return False
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill_mode), ctypes.byref(stroke))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    colour = pdfium_c.FPDFPageObj_GetFillColor if fill_mode.value \
        else pdfium_c.FPDFPageObj_GetStrokeColor
    colour(obj.raw, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a))
    return a.value > 128 and (r.value + g.value + b.value) / 3 < INK_MAX_LEVEL


_JOINT_DOT = re.compile(r"(?<=[^\W\d_])·(?=[^\W\d_])")
# A footnote's mark set after a word ("Familiennamens¹", "Bochum¹;"): no part of
# a label or a value; a mark opening the footnote itself stays.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s¹²³⁴⁵⁶⁷⁸⁹⁰])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[.,;:)]*$)")


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
        # plain language marks a compound's joint with a middle dot: "Geburts·datum"
        text = _FOOTNOTE_MARK.sub("", _JOINT_DOT.sub("", str(w["text"]).strip()))
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


#: Share of a page's characters that must run one way, a quarter turn or more from upright,
#: for the page to be read turned: a duplex scanner's back side is stored upside down and
#: turned for the eye only by the page's /Rotate entry, so its text layer runs backwards.
TURNED_PAGE_SHARE: Final[float] = 0.6


def _quarter(char: dict[str, Any]) -> int:
    """Clockwise quarter turns (0-3) that set a character upright."""
    return round(_angle(char) / 90.0) % 4


def page_turn(plumber_page: Any) -> int:
    """Clockwise degrees (0, 90, 180, 270) that set the page's main text upright."""
    chars = [c for c in plumber_page.chars if str(c.get("text", "")).strip()]
    if not chars or all(float(c["matrix"][1]) == 0.0 and float(c["matrix"][0]) > 0.0
                        for c in chars):
        return 0
    counts = [0, 0, 0, 0]
    for c in chars:
        counts[_quarter(c)] += 1
    turn = max(range(4), key=lambda q: counts[q])
    return 90 * turn if turn and counts[turn] >= TURNED_PAGE_SHARE * len(chars) else 0


def _turn_point(x: float, t: float, degrees: int, w: float, h: float) -> tuple[float, float]:
    """A point ``(x, top)`` of a ``w`` x ``h`` frame after turning the frame clockwise."""
    if degrees == 90:
        return h - t, x
    if degrees == 180:
        return w - x, h - t
    return t, w - x  # 270


def _turned_object(obj: dict[str, Any], degrees: int, frame: tuple[float, float, float, float]
                   ) -> dict[str, Any]:
    """A copy of a pdfplumber object as it lies on the page turned clockwise by ``degrees``,
    in coordinates relative to the turned frame's top-left corner."""
    fx, ft, fx1, fb = frame
    w, h = fx1 - fx, fb - ft
    new_h = w if degrees in (90, 270) else h
    out = dict(obj)
    xa, ta = _turn_point(float(obj["x0"]) - fx, float(obj["top"]) - ft, degrees, w, h)
    xb, tb = _turn_point(float(obj["x1"]) - fx, float(obj["bottom"]) - ft, degrees, w, h)
    out["x0"], out["x1"] = min(xa, xb), max(xa, xb)
    out["top"], out["bottom"] = min(ta, tb), max(ta, tb)
    out["width"], out["height"] = out["x1"] - out["x0"], out["bottom"] - out["top"]
    out["y0"], out["y1"] = new_h - out["bottom"], new_h - out["top"]
    out["doctop"] = float(obj.get("doctop", obj["top"])) - float(obj["top"]) + out["top"]
    if "pts" in obj:
        out["pts"] = [_turn_point(float(px) - fx, float(pt) - ft, degrees, w, h)
                      for px, pt in obj["pts"]]
    out.pop("path", None)  # drawing operators are not read; better absent than unturned
    if "matrix" in obj:
        a, b, c, d = (float(v) for v in obj["matrix"][:4])
        if degrees == 90:
            a, b, c, d = b, -a, d, -c
        elif degrees == 180:
            a, b, c, d = -a, -b, -c, -d
        else:
            a, b, c, d = -b, a, -d, c
        # (the translation is set to the glyph's new corner: only the direction is read)
        out["matrix"] = (a, b, c, d, out["x0"], out["y0"])
        out["upright"] = a * d > 0 and b * c <= 0
    return out


def turned_page(parent: Any, degrees: int) -> Any:
    """A pdfplumber page turned clockwise by ``degrees`` (90, 180, 270): a derived page whose
    objects, crop box and word extraction are all in the turned page's coordinates, with the
    origin at its top-left corner."""
    frame = tuple(float(v) for v in parent.cropbox)
    w, h = frame[2] - frame[0], frame[3] - frame[1]
    size = (h, w) if degrees in (90, 270) else (w, h)
    objects = {kind: [_turned_object(o, degrees, frame) for o in objs]  # type: ignore[arg-type]
               for kind, objs in parent.objects.items()}
    return _derived_page(parent, objects, (0.0, 0.0, size[0], size[1]))


def _derived_page(parent: Any, objects: dict[str, list[dict[str, Any]]],
                  box: tuple[float, float, float, float]) -> Any:
    """A pdfplumber page derived from ``parent`` that holds ``objects`` within ``box``."""
    from pdfplumber.page import DerivedPage

    class ObjectsPage(DerivedPage):
        @property
        def objects(self) -> dict[str, list[dict[str, Any]]]:
            return objects

    page = ObjectsPage(parent)
    page.bbox = page.cropbox = page.mediabox = box
    return page


def upright_page(plumber_page: Any) -> Any:
    """The page turned so that its main text runs left to right (it usually does already)."""
    degrees = page_turn(plumber_page)
    return turned_page(plumber_page, degrees) if degrees else plumber_page


#: Characters set at more than this angle (degrees) to the page's own text are a stamp, a
#: seal or a watermark laid over the form, or a form number along its margin: never a value.
TURNED_TEXT_DEGREES: Final[float] = 1.0

#: A label printed in black and pasted onto the form sits at most this many degrees off level.
LABEL_TILT_DEGREES: Final[float] = 6.0
#: ... its text is black or nearly so (a stamp's ink is coloured or grey; a label's own
#: number may be printed grey beside its value) ...
LABEL_INK_MAX: Final[float] = 0.25
LABEL_MIN_DARK: Final[int] = 3
LABEL_DARK_SHARE: Final[float] = 0.25
#: ... and lie closer than this many character sizes to one another; a stamp's lettering
#: is capitals (more than this share of its letters).
LABEL_GAP_SIZES: Final[float] = 3.0
STAMP_CAPITALS_SHARE: Final[float] = 0.8
STAMP_MIN_LETTERS: Final[int] = 6


def levelled_labels(plumber_page: Any) -> Any:
    """The page with the text of labels pasted on it a little turned (a label printer's
    sticker with a name or an address) set level where it lies, so that it reads as the
    values it carries. A stamp's turned text stays turned (and goes): its ink is coloured
    or grey, its lettering capitals, or it lies over the print."""
    chars = plumber_page.chars
    if all(float(c["matrix"][1]) == 0.0 and float(c["matrix"][0]) > 0.0 for c in chars):
        return plumber_page  # every character upright (the usual page): nothing to level
    main = median(_angle(c) for c in chars)
    levelled: dict[int, dict[str, Any]] = {}
    for block in _tilted_blocks(chars, main):
        angle = _angle(block[0])
        dark = sum(1 for c in block if _label_ink(c) <= LABEL_INK_MAX)
        letters = [str(c["text"]) for c in block if str(c["text"]).isalpha()]
        capitals = sum(1 for t in letters if t.isupper())
        stamp_like = len(letters) >= STAMP_MIN_LETTERS \
            and capitals > STAMP_CAPITALS_SHARE * len(letters)
        if dark < max(LABEL_MIN_DARK, LABEL_DARK_SHARE * len(block)) or stamp_like \
                or _over_print(block, chars, round(angle, 2)):
            continue  # (a stamp: coloured or grey ink, capitals, or over the print)
        for c in _level(block, math.radians(angle - main)):
            levelled[c["_id"]] = c
    if not levelled:
        return plumber_page
    objects = {kind: ([levelled.get(id(o), o) for o in objs] if kind == "char" else objs)
               for kind, objs in plumber_page.objects.items()}
    x0, top, x1, bottom = (float(v) for v in plumber_page.cropbox)
    return _derived_page(plumber_page, objects, (x0, top, x1, bottom))


def _label_ink(char: dict[str, Any]) -> float:
    """How light a character's fill is, 0 (black) to 1 (white); 1 for a colour."""
    colour = char.get("non_stroking_color")
    if colour is None:
        return 0.0
    values = [float(v) for v in (colour if isinstance(colour, (tuple, list)) else (colour,))]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return max(values) if max(values) - min(values) <= LABEL_INK_MAX else 1.0
    if len(values) == 4:  # CMYK: black is much K, little colour
        return 1.0 - values[3] if max(values[:3]) <= LABEL_INK_MAX else 1.0
    return 1.0


def _tilted_blocks(chars: list[dict[str, Any]], main: float) -> list[list[dict[str, Any]]]:
    """Runs of characters at one angle a little off the page's, each a close group."""
    groups: dict[float, list[dict[str, Any]]] = {}
    for c in chars:
        off = abs((_angle(c) - main + 180) % 360 - 180)
        if TURNED_TEXT_DEGREES < off <= LABEL_TILT_DEGREES and str(c.get("text", "")).strip():
            groups.setdefault(round(_angle(c), 2), []).append(c)
    blocks: list[list[dict[str, Any]]] = []
    for group in groups.values():
        size = median(float(c.get("size") or 0.0) for c in group) or 1.0
        reach = LABEL_GAP_SIZES * size
        left = list(group)
        while left:
            block, frontier = [left.pop()], 0
            while frontier < len(block):
                c = block[frontier]
                near = [d for d in left if abs(float(d["x0"]) - float(c["x0"])) <= reach * 4
                        and abs(float(d["top"]) - float(c["top"])) <= reach]
                for d in near:
                    left.remove(d)
                block += near
                frontier += 1
            blocks.append(block)
    return blocks


def _level(block: list[dict[str, Any]], turn: float) -> list[dict[str, Any]]:
    """Copies of a block's characters turned back by ``turn`` radians about the block's
    centre, upright, each keeping its size; ``_id`` names the character they replace."""
    cx = sum((float(c["x0"]) + float(c["x1"])) / 2 for c in block) / len(block)
    cy = sum((float(c["top"]) + float(c["bottom"])) / 2 for c in block) / len(block)
    cos, sin = math.cos(turn), math.sin(turn)
    out = []
    for c in block:
        size = float(c.get("size") or (float(c["bottom"]) - float(c["top"])))
        width = max(float(c["x1"]) - float(c["x0"]) - abs(sin) * size, 0.1)
        mx, my = (float(c["x0"]) + float(c["x1"])) / 2 - cx, \
            (float(c["top"]) + float(c["bottom"])) / 2 - cy
        # (page "top" grows downwards: a turn the page shows as counter-clockwise is undone so)
        nx, ny = cx + mx * cos - my * sin, cy + mx * sin + my * cos
        new = dict(c)
        new["_id"] = id(c)
        new["x0"], new["x1"] = nx - width / 2, nx + width / 2
        new["top"], new["bottom"] = ny - size / 2, ny + size / 2
        new["width"], new["height"] = width, size
        shift = new["top"] - float(c["top"])
        new["y0"], new["y1"] = float(c["y0"]) - shift, float(c["y1"]) - shift
        new["doctop"] = float(c.get("doctop", c["top"])) + shift
        new["matrix"] = (size, 0.0, 0.0, size, new["x0"], new["y0"])
        new["upright"] = True
        out.append(new)
    return out


def _angle(char: dict[str, Any]) -> float:
    a, b = (float(v) for v in char["matrix"][:2])
    return math.degrees(math.atan2(b, a))


def without_turned_text(plumber_page: Any) -> Any:
    """The page without the characters turned against its main text direction (a turned
    incoming-mail stamp's letters run into the values beside it).

    A line written by hand on the form is never quite level: a single line of characters
    turned by up to ``HAND_TILT_DEGREES`` stays. A stamp's lines are turned alike, so a
    block of more than one line at one angle goes, however slightly turned.
    """
    chars = plumber_page.chars
    if all(float(c["matrix"][1]) == 0.0 and float(c["matrix"][0]) > 0.0 for c in chars):
        return plumber_page  # every character upright (the usual page): nothing to measure
    angles = [_angle(c) for c in chars]
    main = median(angles)
    if all(abs(a - main) <= TURNED_TEXT_DEGREES for a in angles):
        return plumber_page
    hand = _hand_tilted_lines(chars, main)
    return plumber_page.filter(
        lambda obj: obj.get("object_type") != "char"
        or abs((_angle(obj) - main + 180) % 360 - 180) <= TURNED_TEXT_DEGREES
        or id(obj) in hand)


#: A line written by hand runs at most this many degrees off level.
HAND_TILT_DEGREES: Final[float] = 2.5
#: ... and its characters' baselines lie within this share of their size of one line.
HAND_LINE_SPREAD: Final[float] = 0.8
#: Lines at one angle closer than this many character sizes are one block (a stamp's).
HAND_BLOCK_GAP: Final[float] = 2.5


def _hand_tilted_lines(chars: list[dict[str, Any]], main: float) -> set[int]:
    """The ``id`` s of the characters set a little off level, each line of them on its own
    (no other line at its angle close above or below it, no print under it): a value
    written by hand."""
    groups: dict[float, list[dict[str, Any]]] = {}
    for c in chars:
        off = abs((_angle(c) - main + 180) % 360 - 180)
        if TURNED_TEXT_DEGREES < off <= HAND_TILT_DEGREES:
            groups.setdefault(round(_angle(c), 2), []).append(c)
    kept: set[int] = set()
    for angle, group in groups.items():
        t = math.radians(angle)
        size = median(float(c.get("size") or 0.0) for c in group)
        # each character's baseline, measured across the lines' own direction
        placed = sorted(((float(c["matrix"][5]) * math.cos(t)
                          - float(c["matrix"][4]) * math.sin(t)), id(c), c) for c in group)
        block: list[tuple[float, int, dict[str, Any]]] = []
        for item in [*placed, None]:
            if item is not None and (not block or item[0] - block[-1][0] <= HAND_BLOCK_GAP * size):
                block.append(item)
                continue
            if block[-1][0] - block[0][0] <= HAND_LINE_SPREAD * size \
                    and not _over_print([c for _, _, c in block], chars, angle):
                kept.update(i for _, i, _ in block)
            block = [item] if item is not None else []
    return kept


def _over_print(run: list[dict[str, Any]], chars: list[dict[str, Any]], angle: float) -> bool:
    """Whether a run of characters lies over others (a stamp's "ABSCHRIFT" across a value)."""
    x0, x1 = min(c["x0"] for c in run), max(c["x1"] for c in run)
    top, bottom = min(c["top"] for c in run), max(c["bottom"] for c in run)
    others = [d for d in chars if d["x1"] > x0 and d["x0"] < x1 and d["bottom"] > top
              and d["top"] < bottom and round(_angle(d), 2) != angle]
    return any(_overlap(c, d) for c in run for d in others)


#: Marks a typist strikes a wrong word out with, one per letter ("B/ö/j/r/n", "Wxoxlxf").
STRIKE_MARKS: Final[frozenset[str]] = frozenset("/xX-=")
#: A mark strikes a character when it covers this share of the narrower one's width.
STRIKE_COVER: Final[float] = 0.6


def _struck(mark: dict[str, Any], char: dict[str, Any]) -> bool:
    width = float(min(mark["x1"] - mark["x0"], char["x1"] - char["x0"]))
    height = float(min(mark["bottom"] - mark["top"], char["bottom"] - char["top"]))
    w = float(min(mark["x1"], char["x1"]) - max(mark["x0"], char["x0"]))
    h = float(min(mark["bottom"], char["bottom"]) - max(mark["top"], char["top"]))
    return width > 0 and w >= STRIKE_COVER * width and h >= 0.5 * height


def without_struck_text(plumber_page: Any) -> Any:
    """The page without words struck out by overtyping: a letter under a mark ("/", "x",
    "-") typed over it, and the mark. A struck word is the typist's mistake, never a value
    (the right one follows it). A cross typed over a printed box ("☐") ticks it and stays.
    Inside a run of struck letters every character goes, covered or not (crosses typed at
    their own pitch over a proportional face miss narrow letters)."""
    chars = [c for c in plumber_page.chars if str(c.get("text", "")).strip()]
    marks = [c for c in chars if c["text"] in STRIKE_MARKS]
    if not marks:
        return plumber_page
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        if c["text"] not in STRIKE_MARKS and c["text"][0].isalnum():
            rows.setdefault(round(float(c["top"]) / STRIKE_ROW_PT), []).append(c)
    hits: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for mark in marks:
        row = round(float(mark["top"]) / STRIKE_ROW_PT)
        hits += [(mark, other) for other in (c for r in (row - 1, row, row + 1)
                                             for c in rows.get(r, ())) if _struck(mark, other)]
    # A word is struck letter by letter: a lone cross over one letter is a tick typed off
    # its box ("x" over the "S" of "Studium"), and stays.
    struck: set[int] = set()
    runs: dict[int, list[dict[str, Any]]] = {}
    for mark, other in hits:
        reach = STRIKE_RUN_WIDTHS * (other["x1"] - other["x0"])
        if any(m is not mark and abs(float(m["top"]) - float(mark["top"])) < STRIKE_ROW_PT
               and 0 < abs(float(m["x0"]) - float(mark["x0"])) <= reach for m, _ in hits):
            struck.update((id(mark), id(other)))
            runs.setdefault(round(float(mark["top"]) / STRIKE_ROW_PT), []).append(mark)
    if not struck:
        return plumber_page
    # Marks typed at their own pitch over a word in a proportional face miss some of its
    # letters (an "i", an "l") and some marks cover no letter: everything inside a struck
    # run goes with it.
    for row, run_marks in runs.items():
        if len(run_marks) < STRIKE_SPAN_MIN_MARKS:
            continue
        # (the run's own marks, and marks of the same row typed on past them)
        row_marks = [m for m in marks if abs(round(float(m["top"]) / STRIKE_ROW_PT) - row) <= 1]
        ordered = sorted(run_marks, key=lambda m: float(m["x0"]))
        spans: list[list[float]] = []
        for m in ordered:
            gap = 1.5 * float(m["x1"] - m["x0"])
            if spans and float(m["x0"]) - spans[-1][1] <= gap:
                spans[-1][1] = max(spans[-1][1], float(m["x1"]))
            else:
                spans.append([float(m["x0"]), float(m["x1"])])
        for m in sorted(row_marks, key=lambda m: float(m["x0"])):
            gap = 1.5 * float(m["x1"] - m["x0"])
            for span in spans:
                if span[0] - gap <= float(m["x0"]) <= span[1] + gap:
                    span[0], span[1] = min(span[0], float(m["x0"])), max(span[1], float(m["x1"]))
        for c in chars:
            if abs(round(float(c["top"]) / STRIKE_ROW_PT) - row) > 1:
                continue
            width = max(float(c["x1"]) - float(c["x0"]), 0.1)
            if any(min(x1, float(c["x1"])) - max(x0, float(c["x0"])) >= 0.3 * width
                   for x0, x1 in spans):
                struck.add(id(c))
    return plumber_page.filter(lambda obj: id(obj) not in struck)


STRIKE_ROW_PT: Final[float] = 4.0
#: A run of this many struck marks strikes every character inside it.
STRIKE_SPAN_MIN_MARKS: Final[int] = 3
STRIKE_RUN_WIDTHS: Final[float] = 1.6


#: Two characters overlap when they share this much of the smaller one's area: print laid
#: over print (a copy stamp over a typed date), never type set side by side.
OVERLAP_SHARE: Final[float] = 0.3


def _ink(char: dict[str, Any]) -> tuple[float, ...]:
    colour = char.get("non_stroking_color")
    if isinstance(colour, (int, float)):
        return (round(float(colour), 2),)
    return tuple(round(float(v), 2) for v in colour or ())


def _overlap(c: dict[str, Any], d: dict[str, Any]) -> bool:
    w = float(min(c["x1"], d["x1"]) - max(c["x0"], d["x0"]))
    h = float(min(c["bottom"], d["bottom"]) - max(c["top"], d["top"]))
    if w <= 0 or h <= 0:
        return False
    smaller = min(float((c["x1"] - c["x0"]) * (c["bottom"] - c["top"])),
                  float((d["x1"] - d["x0"]) * (d["bottom"] - d["top"])))
    return w * h > OVERLAP_SHARE * smaller


def ink_layers(plumber_page: Any) -> list[Any]:
    """The page with the lines of one ink that lie over another ink's print lifted into a
    layer of their own (a red copy stamp over a typed date interleaves their letters into
    one word); the rest stays one layer, so a letter typed lighter than its neighbours
    elsewhere stays in its word."""
    by_ink: dict[tuple[float, ...], list[dict[str, Any]]] = {}
    for c in plumber_page.chars:
        if str(c.get("text", "")).strip():
            by_ink.setdefault(_ink(c), []).append(c)
    if len(by_ink) < 2:
        return [plumber_page]
    main = max(by_ink, key=lambda k: len(by_ink[k]))
    # each character's ink and row once (spaces too: lifted with their line, else they
    # would split the words under them)
    ink_of = {id(c): _ink(c) for c in plumber_page.chars}
    row_of = {id(c): round(float(c["top"]) / OVERLAP_ROW_PT) for c in plumber_page.chars}
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in (c for cs in by_ink.values() for c in cs):
        rows.setdefault(row_of[id(c)], []).append(c)
    lifted: dict[tuple[float, ...], set[int]] = {}
    for ink in (k for k in by_ink if k != main):
        # the ink's whole line where it lies over other print: a stamp's letters between
        # a date's digits go with the ones over them
        over = {row_of[id(c)] for c in by_ink[ink]
                if any(ink_of[id(d)] != ink and _overlap(c, d)
                       for r in (row_of[id(c)] + i for i in (-1, 0, 1))
                       for d in rows.get(r, ()))}
        if over:
            lifted[ink] = {key for key, k in ink_of.items() if k == ink and row_of[key] in over}
    if not lifted:
        return [plumber_page]
    every = set().union(*lifted.values())
    return [plumber_page.filter(lambda obj: id(obj) not in every),
            *(plumber_page.filter(lambda obj, ids=ids: obj.get("object_type") == "char"
                                  and id(obj) in ids) for ids in lifted.values())]


#: Characters are compared with those in the rows of this height around them.
OVERLAP_ROW_PT: Final[float] = 6.0


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
    plumber_page = without_pen_struck_text(
        without_struck_text(without_turned_text(levelled_labels(upright_page(plumber_page)))))
    raw = [part for layer in ink_layers(plumber_page)
           for w in layer.extract_words(**EXTRACT_WORDS_OPTIONS)
           for part in split_item_number(w)]
    x0, top, x1, bottom = (float(v) for v in plumber_page.cropbox)
    shapes = [*plumber_page.rects, *plumber_page.curves, *plumber_page.lines]
    words = join_letter_spaced(_by_line(
        words_from_plumber(raw, page=page, origin=(x0, top), size=(x1 - x0, bottom - top))),
        floors=_floors(shapes, origin=(x0, top)))
    words = with_cell_walls(words, _walls(shapes, origin=(x0, top)))
    boxes = vector_checkboxes(shapes, plumber_page.chars, origin=(x0, top))
    boxes += selected_chips(shapes, plumber_page.chars, origin=(x0, top), page_width=x1 - x0)
    boxes += emphasised_options(words, plumber_page.chars, boxes, origin=(x0, top))
    ticks = hand_ticks(shapes, plumber_page.chars,
                       [(penmarks.box_of(w), str(w["text"])) for w in raw], origin=(x0, top))
    # A cross drawn over a printed box, larger than it, ticks that box.
    boxes = [b for b in boxes if b.ticked or not any(_centre_inside(b.bbox, t.bbox)
                                                     for t in ticks)] + ticks
    return merge_checkbox_words(words, boxes, page) if boxes else words


def split_item_number(word: dict[str, Any]) -> list[dict[str, Any]]:
    """A word whose leading item number is set smaller than its letters or in another face,
    as two words ("1jetziger" → "1", "jetziger"): the number glued to a label hides it."""
    m = _ITEM_NUMBER.match(str(word["text"]))
    chars = word.get("chars") or []
    if not m or len(chars) != len(str(word["text"])):
        return [word]
    head, rest = chars[:m.end()], chars[m.end():]
    letters = max(float(c["size"]) for c in rest)
    smaller = max(float(c["size"]) for c in head) <= ITEM_NUMBER_MAX_SIZE_SHARE * letters
    if not smaller and {c.get("fontname") for c in head} & {c.get("fontname") for c in rest}:
        return [word]  # a value such as "3D-Druck" or "12a" in one size and face
    return [_sub_word(word, head), _sub_word(word, rest)]


def _sub_word(word: dict[str, Any], chars: list[dict[str, Any]]) -> dict[str, Any]:
    return {**word, "text": "".join(str(c["text"]) for c in chars), "chars": chars,
            "x0": min(float(c["x0"]) for c in chars), "x1": max(float(c["x1"]) for c in chars),
            "top": min(float(c["top"]) for c in chars),
            "bottom": max(float(c["bottom"]) for c in chars)}


def without_pen_struck_text(plumber_page: Any) -> Any:
    """The page without the words a pen struck out (``penmarks.struck_by_pen``)."""
    shapes = [*plumber_page.curves, *plumber_page.lines]
    struck = penmarks.struck_by_pen(shapes, plumber_page.chars) if shapes else set()
    if not struck:
        return plumber_page
    return plumber_page.filter(lambda obj: id(obj) not in struck)


def hand_ticks(shapes: list[dict[str, Any]], chars: list[dict[str, Any]],
               words: list[tuple[tuple[float, float, float, float], str]], *,
               origin: tuple[float, float] = (0.0, 0.0)) -> list[Checkbox]:
    """Choices marked by hand, as ticked :class:`Checkbox` es in pixels at
    ``TEXT_LAYER_DPI``: a ring round an option gives one at the ring's left edge, a cross
    beside it one where the cross is (or, drawn over the option's first letters, just
    before them), so that "☒" stands before the option's words either way."""
    out: list[Checkbox] = []
    for ring in penmarks.rings(shapes, words):
        # just before the ringed option's first word (a ring's left edge may take in the
        # "/" between options)
        first = min((box[0] for box, text in words if penmarks.box_of_overlaps(box, ring)
                     and any(ch.isalnum() for ch in text)), default=ring[0] + 1.0)
        h = ring[3] - ring[1]
        mid = (ring[1] + ring[3]) / 2
        out.append(Checkbox(_pixels((first - 1.0, mid - h / 4, first - 0.5, mid + h / 4),
                                    origin), True, 1.0, VECTOR_BOX_CONFIDENCE))
    outlines = [_box(o) for o in shapes if o.get("object_type") == "rect"
                or len(o.get("pts") or []) >= penmarks.RING_MIN_POINTS]
    letters = [_box(c) for c in chars if str(c.get("text", "")).strip()]
    for cross in penmarks.crosses(shapes, outlines):
        if any(_centre_inside(c, cross) for c in letters):
            cross = (cross[0], cross[1], cross[0] + 1.0, cross[3])
        out.append(Checkbox(_pixels(cross, origin), True, 1.0, VECTOR_BOX_CONFIDENCE))
    return out


#: Letter-spaced text (a heading "S t a n d e s a m t", a comb field's one character per
#: box): at least this many single characters in a row, evenly spaced (each step within
#: this share of the run's smallest), at most this many character heights apart.
SPACED_MIN_CHARS: Final[int] = 3
SPACED_PITCH_SPREAD: Final[float] = 1.3
SPACED_MAX_PITCH_HEIGHTS: Final[float] = 2.5


def join_letter_spaced(words: list[Word],
                       floors: Sequence[tuple[float, float, float]] = ()) -> list[Word]:
    """Words whose letters a text layer gives one by one joined into one word each: glyphs
    placed one by one with no gap between them, or single characters set evenly apart (a
    letter-spaced heading, a comb field's one character per box). A wider step (a space's
    box, the next word) ends a word. Other words keep their order. ``floors`` are the drawn
    horizontal edges ``(x0, x1, y)`` in pixels; a comb's words run on across a blank box
    over one of them (see ``_close_blank_boxes``)."""
    out: list[Word] = []
    combs: dict[int, tuple[float, float]] = {}  # out index -> (last glyph's x0, pitch)
    i = 0
    while i < len(words):
        run = [words[i]]
        for nxt in words[i + 1:]:
            if not _spaced_next(run, nxt):
                break
            run.append(nxt)
        glued = len(run) >= 2 and _glued(run)
        singles = all(len(w.text) == 1 for w in run[:-1])
        # two characters only where a comb is drawn under them ("2 4" in a house number's
        # boxes); elsewhere two letters set apart stay two words
        pair = len(run) == 2 and _on_floor(run, floors) \
            and not _single_follows(run, words[i + 2:i + 3])
        if glued or (singles and (len(run) >= SPACED_MIN_CHARS or pair)
                     and not _option_letters(run)):
            if not glued:
                combs[len(out)] = (run[-1].x0, (run[-1].x0 - run[0].x0) / (len(run) - 1))
            out.append(Word("".join(w.text for w in run),
                            (run[0].x0, min(w.y0 for w in run), run[-1].x1,
                             max(w.y1 for w in run)), run[0].confidence, run[0].page))
            i += len(run)
        else:
            out.append(words[i])
            i += 1
    return _close_blank_boxes(out, combs, floors)


_VOWELS: Final[frozenset[str]] = frozenset("aeiouyäöü")


def _option_letters(run: list[Word]) -> bool:
    """Whether single small letters without a vowel among them are options set apart ("w m
    d" for the sexes, "j n"), not a word spaced out."""
    text = "".join(w.text for w in run)
    return text.isalpha() and text.islower() and not _VOWELS & set(text)


def _single_follows(run: list[Word], after: list[Word]) -> bool:
    """Whether a single character follows ``run`` closely on its line (a longer comb value
    set at another pitch: "S" then "2553/2026" is no pair "S2")."""
    if not after:
        return False
    nxt, last = after[0], run[-1]
    height = max(last.height, 1.0)
    pitch = last.x0 - run[0].x0
    return (len(nxt.text) == 1 and nxt.page == last.page
            and abs(nxt.y0 - last.y0) <= 0.3 * height
            and 0 < nxt.x0 - last.x0 <= SPACED_PITCH_SPREAD * pitch)


def _on_floor(run: list[Word], floors: Sequence[tuple[float, float, float]]) -> bool:
    """Whether a drawn edge runs under every character of ``run`` (one rule, or a box's
    bottom under each)."""
    height = max(run[0].height, 1.0)
    under = [_floors_under((w.x0 + w.x1) / 2, w.y1, height, floors) for w in run]
    return all(under) and any(all(any(abs(y - y0) <= 2 for y in ys) for ys in under[1:])
                              for y0 in under[0])


def _floors_under(x: float, baseline: float, height: float,
                  floors: Sequence[tuple[float, float, float]]) -> list[float]:
    """The heights of the drawn edges running under ``x`` just below a line of text (its
    bottom ``baseline``, its letters ``height`` tall)."""
    return [y for x0, x1, y in floors
            if x0 <= x <= x1 and baseline - 0.2 * height <= y <= baseline + height]


def _close_blank_boxes(words: list[Word], combs: dict[int, tuple[float, float]],
                       floors: Sequence[tuple[float, float, float]]) -> list[Word]:
    """A comb field's words run on across a blank box ("CASTROPER_STRASSE"): the word before
    the blank box is widened over it, so that the field reads as one stretch of text and not
    as two cells. The next word must continue the same grid of boxes, one box on, and the
    blank box must be drawn: a field's edge under it (two fields set one box apart leave the
    gap between them undrawn)."""
    for i, (last_x0, pitch) in combs.items():
        if i + 1 >= len(words):
            continue
        word, nxt = words[i], words[i + 1]
        nxt_pitch = combs.get(i + 1, (0.0, 0.0))[1] if len(nxt.text) > 1 else pitch
        if nxt.page != word.page or abs(nxt.y0 - word.y0) > 0.3 * word.height \
                or abs(nxt_pitch - pitch) > 0.1 * pitch \
                or abs(nxt.x0 - last_x0 - 2 * pitch) > 0.15 * pitch:
            continue
        if not _floors_under((last_x0 + pitch + nxt.x0) / 2, word.y1, word.height, floors):
            continue
        gap = min(max(last_x0 + pitch - word.x1, 0.0), 0.5 * word.height)
        words[i] = Word(word.text, (word.x0, word.y0, nxt.x0 - gap, word.y1),
                        word.confidence, word.page)
    return words


def _by_line(words: list[Word]) -> list[Word]:
    """Words in reading order line by line (pdfplumber may interleave two close lines when
    it gives glyphs one by one)."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.page, w.y0)):
        height = max(w.y1 - w.y0, 1.0)
        if lines and lines[-1][0].page == w.page \
                and abs(lines[-1][0].y0 - w.y0) <= 0.3 * height:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def _glued(run: list[Word]) -> bool:
    """Glyphs set one by one without a gap ("S" "t" "a" "n" "d" …): one word."""
    height = max(run[0].y1 - run[0].y0, 1.0)
    return all(abs(b.x0 - a.x1) <= GLUED_GAP_HEIGHTS * height
               for a, b in pairwise(run))


GLUED_GAP_HEIGHTS: Final[float] = 0.05


def _tracked(run: list[Word], height: float) -> float | None:
    """The even gap between the single letters of a letter-spaced run (two gaps or more
    within ``TRACKING_SPREAD_HEIGHTS`` of each other, none wider than a letter-spacing's),
    or None."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(run)]
    if not gaps or not all(len(w.text) == 1 and w.text.isalpha() for w in run) \
            or not all(0 < g <= TRACKING_MAX_HEIGHTS * height for g in gaps) \
            or max(gaps) - min(gaps) > TRACKING_SPREAD_HEIGHTS * height:
        return None
    return sum(gaps) / len(gaps)


#: Letter-spacing (German "Sperrsatz") sets a word's letters this far apart at most, and
#: evenly: its gaps differ by no more than a text layer's rounding.
TRACKING_MAX_HEIGHTS: Final[float] = 0.6
TRACKING_SPREAD_HEIGHTS: Final[float] = 0.03


def _spaced_next(run: list[Word], nxt: Word) -> bool:
    """Whether ``nxt`` goes on a run of glyphs given one by one: on the same line, right
    after the last, and either glued to it or one of evenly spaced single characters."""
    last = run[-1]
    height = max(last.y1 - last.y0, 1.0)
    if nxt.page != last.page or abs(nxt.y0 - last.y0) > 0.3 * height \
            or abs((nxt.y1 - nxt.y0) - height) > 0.3 * height or len(nxt.text) > 2 \
            or len(last.text) > 2:
        return False
    gap = nxt.x0 - last.x1
    if nxt.text[0].isalnum() and last.text[-1].isalnum() \
            and abs(gap) <= GLUED_GAP_HEIGHTS * height and _glued(run):
        return True
    tracked = _tracked(run, height)
    if tracked is not None and len(last.text) == 1 and nxt.text[0].isalpha():
        # letter-spaced print ("O v e r b e c k"): a proportional font's glyphs keep even
        # gaps, not an even pitch; a gap of another width (a space's) ends the word
        return abs(gap - tracked) <= TRACKING_SPREAD_HEIGHTS * height
    if len(run) == 1 and len(last.text) == 1 and last.text.isalpha() \
            and nxt.text[0].isalpha() and 0 < gap <= TRACKING_MAX_HEIGHTS * height:
        after = _tracked([last, nxt], height)
        if after is not None and len(nxt.text) == 1:
            return True
    # a comb field puts a date's dots, an address's comma or a name's hyphen in a box of
    # their own, at the same pitch as the letters around them
    if not (_comb_char(nxt.text) and _comb_char(last.text) and run[0].text[0].isalnum()):
        return False
    pitch = nxt.x0 - last.x0
    if len(last.text) > 1 or not 0 < pitch <= SPACED_MAX_PITCH_HEIGHTS * height:
        return False
    steps = [b.x0 - a.x0 for a, b in pairwise(run)] + [pitch]
    return max(steps) <= SPACED_PITCH_SPREAD * min(steps)


def _shape_pixels(shape: dict[str, Any], origin: tuple[float, float]
                  ) -> tuple[float, float, float, float]:
    """A drawn shape's box ``(x0, top, x1, bottom)`` in pixels."""
    x0, y0, x1, y1 = _pixels(_box(shape), origin)
    return float(x0), float(y0), float(x1), float(y1)


def _floors(shapes: list[dict[str, Any]], origin: tuple[float, float]
            ) -> list[tuple[float, float, float]]:
    """Drawn horizontal edges (a line, a box's bottom) as ``(x0, x1, y)`` in pixels."""
    floors = []
    for shape in shapes:
        x0, _, x1, y1 = _shape_pixels(shape, origin)
        if x1 - x0 >= 2:
            floors.append((float(x0), float(x1), float(y1)))
    return floors


#: A drawn vertical edge (a table's cell wall) between two words of a line is read as the
#: rule OCR would see there ("|"), so that the line splits into cells however narrow the gap
#: (a spreadsheet's label set close to its value).
WALL_MARK: Final[str] = "|"


def _walls(shapes: list[dict[str, Any]], origin: tuple[float, float]
           ) -> list[tuple[float, float, float]]:
    """Drawn vertical edges (a line, a box's sides) as ``(x, top, bottom)`` in pixels."""
    walls = []
    for shape in shapes:
        x0, y0, x1, y1 = _shape_pixels(shape, origin)
        if x1 - x0 < 2:
            walls.append(((x0 + x1) / 2, float(y0), float(y1)))
        elif shape.get("object_type") == "rect" and (
                shape.get("stroke") or not _paper(shape.get("non_stroking_color"))):
            # (a tinted field's edge is a wall; a patch of paper colour is not)
            walls += [(float(x0), float(y0), float(y1)), (float(x1), float(y0), float(y1))]
    return walls


def with_cell_walls(words: list[Word], walls: Sequence[tuple[float, float, float]]
                    ) -> list[Word]:
    """``words`` (line by line) with a rule word where one drawn wall stands in the gap
    between two words of a line and runs past both. A comb field's walls also run through
    its words (one letter per box), and such words get none."""
    if not walls or len(words) < 2:
        return words
    walls = sorted(walls)
    xs = [x for x, _, _ in walls]

    def crossing(x0: float, x1: float, low: float, high: float) -> set[int]:
        return {round(x) for x, y0, y1 in walls[bisect_right(xs, x0):bisect_left(xs, x1)]
                if y0 <= low and y1 >= high}

    def boxed(w: Word) -> bool:
        """A character or two in a box of its own (a key number, a tick box, one comb box)."""
        reach = w.height
        return len(w.text) <= 2 and bool(crossing(w.x0 - reach, w.x0, w.cy, w.cy)) \
            and bool(crossing(w.x1, w.x1 + reach, w.cy, w.cy))

    out = [words[0]]
    for a, b in pairwise(words):
        if a.page == b.page and abs(a.y0 - b.y0) <= 0.3 * max(a.height, 1.0) and b.x0 > a.x1:
            low, high = min(a.cy, b.cy), max(a.cy, b.cy)
            inside = crossing(a.x1, b.x0, low, high)
            if len(inside) == 1 and not any(crossing(w.x0, w.x1, low, high) or boxed(w)
                                            for w in (a, b)):
                x = float(inside.pop())
                out.append(Word(WALL_MARK, (x, min(a.y0, b.y0), x + 1, max(a.y1, b.y1)),
                                a.confidence, a.page))
        out.append(b)
    return out


def _comb_char(text: str) -> bool:
    return text[0].isalnum() or text in SPACED_PUNCTUATION


#: Punctuation a comb field gives a box of its own, inside a run of single characters.
SPACED_PUNCTUATION: Final[frozenset[str]] = frozenset({".", ",", "-", "/"})


def page_size_px(width_pt: float, height_pt: float) -> tuple[float, float]:
    """A page's size in pixels at ``TEXT_LAYER_DPI``."""
    return width_pt * POINT_TO_PIXEL, height_pt * POINT_TO_PIXEL


#: A tick box or radio button drawn as vector graphics (an outline of 3-7 mm) rather than
#: printed as a glyph ("☐"). Smaller outlines are bullets, larger ones table cells.
VECTOR_BOX_MIN_PT: Final[float] = 4.0
VECTOR_BOX_MAX_PT: Final[float] = 20.0
VECTOR_BOX_MAX_ASPECT: Final[float] = 1.25
#: A mark inside an outline: a dark filled shape (a radio's dot, a filled square) or a
#: stroke at least this share of the outline's side long (a cross, a check mark).
VECTOR_MARK_MIN_SHARE: Final[float] = 0.3
VECTOR_BOX_CONFIDENCE: Final[float] = 1.0
_INSIDE_SLACK_PT: Final[float] = 0.75


def _abutting(a: tuple[float, float, float, float], b: tuple[float, float, float, float]
              ) -> bool:
    """Whether two boxes of a size stand side by side sharing a wall."""
    return (a != b and abs(a[1] - b[1]) <= 1 and abs(a[3] - b[3]) <= 1
            and (abs(a[2] - b[0]) <= 1 or abs(b[2] - a[0]) <= 1))


def _paper(colour: Any) -> bool:
    """Whether a PDF fill colour is white, the paper's own (a mask, a faded band)."""
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        parts = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(parts) == 4:
        return sum(parts) <= PAPER_SLACK
    return bool(parts) and min(parts) >= 1 - PAPER_SLACK


PAPER_SLACK: Final[float] = 0.02


def _box(obj: dict[str, Any]) -> tuple[float, float, float, float]:
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _pixels(box: tuple[float, float, float, float], origin: tuple[float, float]
            ) -> tuple[int, int, int, int]:
    """A box in points of pdfplumber's page as pixels at ``TEXT_LAYER_DPI`` of the visible
    page."""
    x0, y0, x1, y1 = box
    return (round((x0 - origin[0]) * POINT_TO_PIXEL), round((y0 - origin[1]) * POINT_TO_PIXEL),
            round((x1 - origin[0]) * POINT_TO_PIXEL), round((y1 - origin[1]) * POINT_TO_PIXEL))


def _inside(inner: tuple[float, float, float, float],
            outer: tuple[float, float, float, float]) -> bool:
    s = _INSIDE_SLACK_PT
    return (inner[0] >= outer[0] - s and inner[1] >= outer[1] - s
            and inner[2] <= outer[2] + s and inner[3] <= outer[3] + s)


def _centre_inside(inner: tuple[float, float, float, float],
                   outer: tuple[float, float, float, float]) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


#: An ornamental frame round a certificate repeats one small shape along the page's edges:
#: at least this many alike in a row and as many in a column.
FRAME_MIN_SHAPES: Final[int] = 8
_ALIKE_PT: Final[float] = 0.5


def _without_frame_ornaments(outlines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Outlines without the shapes of an ornamental frame: shapes of one size standing in
    a row of ``FRAME_MIN_SHAPES`` and in a column of as many (a questionnaire's tick boxes
    stand in one column, or one row, not both)."""
    by_size: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for o in outlines:
        x0, y0, x1, y1 = _box(o)
        by_size.setdefault((round((x1 - x0) / _ALIKE_PT), round((y1 - y0) / _ALIKE_PT)),
                           []).append(o)
    frame: set[int] = set()
    for group in by_size.values():
        if len(group) < 2 * FRAME_MIN_SHAPES:
            continue
        rows = Counter(round(_box(o)[1]) for o in group)
        columns = Counter(round(_box(o)[0]) for o in group)
        if max(rows.values()) >= FRAME_MIN_SHAPES and max(columns.values()) >= FRAME_MIN_SHAPES:
            frame.update(id(o) for o in group)
    return [o for o in outlines if id(o) not in frame]


def vector_checkboxes(shapes: list[dict[str, Any]], chars: list[dict[str, Any]], *,
                      origin: tuple[float, float] = (0.0, 0.0)) -> list[Checkbox]:
    """Tick boxes and radio buttons a PDF draws as outlines, ticked when a dark filled shape
    or a stroke lies inside ("●", "☒"), as :class:`Checkbox` in pixels at ``TEXT_LAYER_DPI``.

    Outlines with text inside ("X" typed into a box) are left out: the text says it.

    Args:
        shapes: pdfplumber's ``rects``, ``curves`` and ``lines`` of one page (points).
        chars: the page's ``chars``.
        origin: the visible area's top-left corner in pdfplumber's coordinates.
    """
    outlines = []
    for obj in shapes:
        x0, y0, x1, y1 = _box(obj)
        w, h = x1 - x0, y1 - y0
        if not obj.get("stroke") or obj.get("object_type") == "line":
            continue
        if len(obj.get("pts") or ()) == 2:
            continue  # one stroke (of a hand-drawn cross, say) outlines nothing
        if not (min(w, h) >= VECTOR_BOX_MIN_PT and max(w, h) <= VECTOR_BOX_MAX_PT):
            continue
        if max(w, h) / min(w, h) > VECTOR_BOX_MAX_ASPECT \
                or not penmarks.dark(obj.get("stroking_color")):
            continue
        outlines.append(obj)
    # A comb field's boxes stand wall to wall; a tick box stands apart from the next.
    outlines = [o for o in outlines if not any(_abutting(_box(o), _box(p)) for p in outlines)]
    outlines = _without_frame_ornaments(outlines)
    boxes: list[Checkbox] = []
    seen: set[tuple[int, int, int, int]] = set()
    for outline in outlines:
        box = _box(outline)
        side = min(box[2] - box[0], box[3] - box[1])
        # (a typed tick a little larger than its box, or set a little off, still marks it)
        if any(_centre_inside(_box(c), box) for c in chars if str(c.get("text", "")).strip()):
            continue
        marked = False
        for obj in shapes:
            if obj is outline or not _inside(_box(obj), box):
                continue
            ox0, oy0, ox1, oy1 = _box(obj)
            if max(ox1 - ox0, oy1 - oy0) >= side - _INSIDE_SLACK_PT and obj.get("stroke") \
                    and not obj.get("fill"):
                continue  # the same outline drawn twice
            # a mark is drawn across the box; a speck on its wall (a fax's noise) is none
            big = max(ox1 - ox0, oy1 - oy0) >= VECTOR_MARK_MIN_SHARE * side
            filled = bool(obj.get("fill")) and penmarks.dark(obj.get("non_stroking_color")) and big
            stroke = bool(obj.get("stroke")) and penmarks.dark(obj.get("stroking_color")) and big
            marked = marked or filled or stroke
        key = _pixels(box, origin)
        if key in seen:
            continue
        seen.add(key)
        boxes.append(Checkbox(key, marked, 1.0 if marked else 0.0, VECTOR_BOX_CONFIDENCE))
    return boxes


#: A chosen option shown by its type alone: in a row of options (a portal's toggles, a dark
#: theme's switches) one is set bold or bright and the others alike in grey or regular type.
EMPHASIS_MIN_OPTIONS: Final[int] = 2
EMPHASIS_MAX_WORDS: Final[int] = 4
EMPHASIS_LIGHTNESS_STEP: Final[float] = 0.25
EMPHASIS_LIGHTNESS_SPREAD: Final[float] = 0.08
#: Options of a row stand this many word heights apart at least.
EMPHASIS_GAP_HEIGHTS: Final[float] = 1.2
_BOLD_FACES: Final[tuple[str, ...]] = ("bold", "black", "heavy", "semibold", "demi")


def _lightness(colour: Any) -> float:
    """0 (black) .. 1 (white) of a PDF fill colour (grey, RGB or CMYK)."""
    if colour is None:
        return 0.0
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        parts = [float(v) for v in values]
    except (TypeError, ValueError):
        return 0.0
    if len(parts) == 4:
        return max(0.0, 1.0 - parts[3] - sum(parts[:3]) / 3)
    return sum(parts) / len(parts) if parts else 0.0


def _row_segments(words: list[Word]) -> list[list[list[Word]]]:
    """Words grouped by row, each row cut into runs where the gap is wide."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.y0 + w.y1) / 2):
        if rows and abs((rows[-1][0].y0 + rows[-1][0].y1) / 2 - (w.y0 + w.y1) / 2) \
                <= rows[-1][0].height / 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        runs = [[row[0]]]
        for a, b in pairwise(row):
            if b.x0 - a.x1 > EMPHASIS_GAP_HEIGHTS * max(a.height, 1.0):
                runs.append([b])
            else:
                runs[-1].append(b)
        out.append(runs)
    return out


def emphasised_options(words: list[Word], chars: list[dict[str, Any]], boxes: list[Checkbox],
                       *, origin: tuple[float, float] = (0.0, 0.0)) -> list[Checkbox]:
    """Options chosen by their type: in a row of runs that each name an option of one choice
    (sex, kind of dwelling, purpose), the one run set apart (bold among regular, bright among
    grey) is ticked and the others not, as :class:`Checkbox` es at each run's left edge.
    Rows that hold drawn boxes already are left alone."""
    from extractors.values import option_kind  # the vocabulary of choices
    styled = [(_pixels(_box(c), origin), c) for c in chars if str(c.get("text", "")).strip()]
    out: list[Checkbox] = []
    for runs in _row_segments(words):
        y0 = min(w.y0 for run in runs for w in run)
        y1 = max(w.y1 for run in runs for w in run)
        if any(b.bbox[1] < y1 and b.bbox[3] > y0 for b in boxes):
            continue
        kinds = [option_kind(" ".join(w.text for w in run)) if len(run) <= EMPHASIS_MAX_WORDS
                 else None for run in runs]
        options = [run for run, kind in zip(runs, kinds, strict=True) if kind is not None]
        if len(options) < EMPHASIS_MIN_OPTIONS or len({k for k in kinds if k}) != 1:
            continue
        styles = [_run_style(run, styled) for run in options]
        chosen = _set_apart(styles)
        if chosen is None:
            continue
        for i, run in enumerate(options):
            h = max(w.height for w in run)
            x = run[0].x0
            box = (round(x - h), round(run[0].y0), round(x - h / 4), round(run[0].y1))
            out.append(Checkbox(box, i == chosen, 1.0 if i == chosen else 0.0,
                                VECTOR_BOX_CONFIDENCE))
    return out


def _run_style(run: list[Word], styled: list[tuple[tuple[int, int, int, int], dict[str, Any]]]
               ) -> tuple[bool, float]:
    """Whether a run's letters are bold, and their mean lightness."""
    inside = [c for box, c in styled
              if any(w.x0 <= (box[0] + box[2]) / 2 <= w.x1 and w.y0 <= (box[1] + box[3]) / 2 <= w.y1
                     for w in run)]
    if not inside:
        return False, 0.0
    bold = sum(any(f in str(c.get("fontname", "")).lower() for f in _BOLD_FACES)
               for c in inside) > len(inside) / 2
    return bold, sum(_lightness(c.get("non_stroking_color")) for c in inside) / len(inside)


def _set_apart(styles: list[tuple[bool, float]]) -> int | None:
    """The one style that differs from all others, which agree among themselves."""
    bold = [i for i, (b, _) in enumerate(styles) if b]
    if len(bold) == 1 and len(styles) > 1:
        return bold[0]
    light = [v for _, v in styles]
    for i, v in enumerate(light):
        rest = light[:i] + light[i + 1:]
        if rest and max(rest) - min(rest) <= EMPHASIS_LIGHTNESS_SPREAD \
                and min(abs(v - r) for r in rest) >= EMPHASIS_LIGHTNESS_STEP:
            return i
    return None


#: A chosen option shown as a chip: a filled dark shape a line or two of text high, with the
#: option's words in a light colour inside ("Hauptwohnung" white on dark blue); the options
#: not chosen stand outlined in dark text. Reversed-out section bands are wider.
CHIP_MIN_HEIGHT_PT: Final[float] = 8.0
CHIP_MAX_HEIGHT_PT: Final[float] = 32.0
CHIP_MAX_PAGE_SHARE: Final[float] = 0.4
CHIP_MIN_CHARS: Final[int] = 3


def selected_chips(shapes: list[dict[str, Any]], chars: list[dict[str, Any]], *,
                   origin: tuple[float, float] = (0.0, 0.0), page_width: float = 595.0
                   ) -> list[Checkbox]:
    """Options chosen on a form that shows its choices as chips, as ticked
    :class:`Checkbox` es placed at each chip's left edge (so that "☒" stands before the
    option's words), in pixels at ``TEXT_LAYER_DPI``."""
    out: list[Checkbox] = []
    for obj in shapes:
        if not obj.get("fill") or not penmarks.dark(obj.get("non_stroking_color")):
            continue
        box = _box(obj)
        w, h = box[2] - box[0], box[3] - box[1]
        if not (CHIP_MIN_HEIGHT_PT <= h <= CHIP_MAX_HEIGHT_PT and w >= 1.5 * h
                and w <= CHIP_MAX_PAGE_SHARE * page_width):
            continue
        inside = [c for c in chars if str(c.get("text", "")).strip() and _inside(_box(c), box)]
        light = [c for c in inside if not penmarks.dark(c.get("non_stroking_color"))]
        if len(light) < CHIP_MIN_CHARS or len(light) < len(inside):
            continue
        first = min(float(c["x0"]) for c in light)
        right = max(box[0] + 1.0, min(first - 0.5, box[0] + h))
        mid, half = (box[1] + box[3]) / 2, h / 4
        out.append(Checkbox(_pixels((box[0], mid - half, right, mid + half), origin), True,
                            1.0, VECTOR_BOX_CONFIDENCE))
    return out
