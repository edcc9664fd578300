"""Tick boxes on page images: find the small square boxes and tell ticked from empty.

Tesseract reads a printed box as garbage ("L]", "[J", "O", "0" or nothing), so on scans the
extractor cannot see which option is chosen. Here boxes are found as shapes and turned into
the words "☒" (ticked) and "☐" (empty), which ``extractors.values`` already understands when
they stand right before an option word.

Method: one global threshold (a little above Otsu's level), contours with a two-level
hierarchy (so that boxes inside ruled table cells are found too), then per outline of box
size: rectangularity (contour area / area of its minimum rotated rectangle), tilt, ink in
the corners relative to the sides (rejects round glyphs such as ``O``, ``0``, ``D``), a
border all round whose sides are straight (rejects ``B``, ``H``, ``R``, ``S``), holes that
fill most of a thin frame; then the ink share of the interior inset by the measured border
decides ticked or not. Rows of cells without gaps (character combs) are no tick boxes.
Every threshold is a named constant with the measurement behind it
(``bench/bench_checkboxes.py --features``).

Use on an OCR'd page image, with the words read from the same pixels::

    words = merge_checkbox_words(words, find_checkboxes(grey, dpi), page_number)

Pure functions of a greyscale ``uint8`` image (0 = ink, 255 = paper); nothing is modified.
Sizes are defined at 300 dpi and scaled by ``dpi / 300``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt
from cv2.typing import MatLike

from extractors.words import Word

GreyImage = npt.NDArray[np.uint8]
Mask = npt.NDArray[np.uint8]

#: Sizes below are in pixels at this resolution.
REFERENCE_DPI: Final[int] = 300
#: Side of a tick box at 300 dpi. Printed boxes are 2-6 mm; the glyph boxes of the sample
#: forms (DejaVu ☐ at 8-11.5 pt) measure 22-24 px at 200 dpi, 33-42 px at 300 dpi. Smaller
#: squares are letters or specks, larger ones table cells.
MIN_SIDE_PX: Final[float] = 24.0
MAX_SIDE_PX: Final[float] = 75.0
#: Longer side / shorter side of a box's bounding rectangle (a 3° tilt adds ~5 %).
MAX_ASPECT: Final[float] = 1.2
#: Tests of the shape. Measured with ``bench/bench_checkboxes.py --per-type 12 --features``
#: on 183 printed boxes in 168 sample scans of the tuning layouts (clean; degraded: ±3° tilt,
#: blur, noise, JPEG; 200 dpi) against the 6172 other box-sized outlines there (letters,
#: digits, pieces of rules), and on 240 drawn boxes with pen marks (3-5 mm, border 0.15-0.35
#: mm, half of them degraded) against the 680 other outlines there and of look-alike letters
#: ("O0DoQBSR8ÖßgaHMNW", four faces, 8-24 pt). Each limit leaves a margin to the boxes' worst
#: value; no single test separates boxes from letters, together they took none of the 6852:
#:
#: * contour area / area of the minimum rotated rectangle: printed boxes 0.92-1.0, drawn
#:   ones 0.92-1.0 (5th percentile); an ellipse ("O", "0") is 0.79, letters 0.72-0.86.
MIN_RECTANGULARITY: Final[float] = 0.9
#: * tilt of that rectangle: boxes 0-3.6° (scans are deskewed to within ~0.5° anyway); a
#:   diamond "◇" or a rotated glyph is no box.
MAX_TILT_DEG: Final[float] = 6.0
#: * ink in the emptiest corner window (side ``CORNER_SHARE`` of the box side) relative to
#:   the mean of windows in the middle of the sides: a box's corner holds an L of border,
#:   up to twice the ink of a mid-side window: printed boxes 1.04-1.70, drawn ones (thin,
#:   tilted, blurred) from 0.63, filled ones ~1; round glyphs ("O", "D", "0") that pass every
#:   other test 0-0.22.
CORNER_SHARE: Final[float] = 0.2
MIN_CORNER_RATIO: Final[float] = 0.45
#: * smallest share, over the four sides, of the lines across a side that meet ink within
#:   the side's outer band (width ``SIDE_BAND_SHARE`` of the side): the border runs all round,
#:   boxes 0.94-1.0.
SIDE_BAND_SHARE: Final[float] = 0.2
MIN_SIDE_COVERAGE: Final[float] = 0.9
#: * spread of the depth at which ink begins along each side, seen from outside (share of
#:   the side): a frame's sides are straight, printed boxes 0-0.045, drawn 0-0.071; letters'
#:   outlines are not (the waist of "B", the stems of "H", the curve of "D").
MAX_EDGE_WOBBLE: Final[float] = 0.1
#: * holes of the outline / its bounding box, for thin frames (border at most
#:   ``MAX_BORDER_SHARE`` of the side: printed boxes 0.06-0.14, drawn ones 0.03-0.16): a frame
#:   encloses most of its area, printed boxes 0.56-0.75, drawn ones with a pen cross splitting
#:   the interior into triangles from 0.16; letters have small counters. A filled box, or one
#:   crossed so heavily that ink runs thick along its sides, has next to no holes; it is left
#:   to the other tests.
MAX_BORDER_SHARE: Final[float] = 0.16
MIN_HOLE_SHARE: Final[float] = 0.15
#: Extra inset of the interior beyond the border, as a share of the side: a 3° tilt moves
#: the border ~5 % of the side within the axis-aligned bounding box, blur widens it.
INTERIOR_MARGIN_SHARE: Final[float] = 0.08
#: A box whose interior has at least this ink share is ticked. Measured (same sets): empty
#: printed ☐ 0.000-0.026, empty drawn boxes 0.000, a stray pen dot 0.004-0.051; ticked: thin
#: (0.15 mm) check mark 0.087-0.288, check mark 0.15-0.51, cross 0.33-1.0, printed ☒
#: 0.33-0.59, filled 1.0. The threshold sits in the gap 0.051-0.087, a little nearer the
#: empty side: a faint tick is likelier than a dirty box.
TICKED_MIN_FILL: Final[float] = 0.07
#: Distance of the fill from ``TICKED_MIN_FILL`` at which the decision counts as certain
#: (printed boxes lie at least this far away on either side).
FILL_CERTAIN_MARGIN: Final[float] = 0.04
#: Binarisation: on images larger than ``SUBSAMPLE_MIN_PIXELS`` Otsu's threshold is computed
#: on every ``THRESHOLD_SUBSAMPLE``-th pixel of every ``THRESHOLD_SUBSAMPLE``-th row (the
#: histogram of an 8.7 MP page does not need every pixel; 4 ms less per page).
THRESHOLD_SUBSAMPLE: Final[int] = 4
SUBSAMPLE_MIN_PIXELS: Final[int] = 1_000_000
#: The threshold lies this share of the way from Otsu's level to the paper's (median) grey:
#: a hairline border (0.15 mm, 1 px at 200 dpi) blurred by the scanner is only half dark and
#: breaks up at Otsu's level. Measured on 240 drawn boxes (half blurred, noisy, JPEG'd): 14
#: lost their outline at 0, 5 at 0.3 and at 0.5; 0.5 costs 40 % more time (noise specks).
INK_LEVEL_TOWARDS_PAPER: Final[float] = 0.3
#: Darkest and lightest pixel this close in grey levels mean a blank page (a noisy blank scan
#: spans ~30 levels; ink on paper over 100): no threshold, no boxes.
MIN_CONTRAST_LEVELS: Final[int] = 40
#: Two boxes level with each other (centres at most ``COMB_MAX_OFFSET_SHARE`` of the side apart
#: vertically) and at most ``COMB_MAX_GAP_SHARE`` of the side apart horizontally are cells of
#: a comb for characters, not tick boxes (between tick boxes stands at least an option word,
#: several times the side).
COMB_MAX_GAP_SHARE: Final[float] = 0.5
COMB_MAX_OFFSET_SHARE: Final[float] = 0.3
#: An OCR word is a misreading of a box when more than this share of its area lies on it.
WORD_OVERLAP_SHARE: Final[float] = 0.5

#: Characters Tesseract reads a box as (seen on the sample scans: "L]", "[J", "LI", "DU", "O",
#: "0", "©", "“Kl", "[|"), and how many of them may be glued to the front of a word.
BOX_MISREADINGS: Final[frozenset[str]] = frozenset("[]|(){}LIJlUODCK0o©®“”\"'_-—=")
MAX_GLUED_CHARS: Final[int] = 3

TICKED_TEXT: Final[str] = "☒"
UNTICKED_TEXT: Final[str] = "☐"


@dataclass(frozen=True, slots=True)
class Checkbox:
    """One tick box on a page image.

    Attributes:
        bbox: ``(x0, y0, x1, y1)`` in pixels of the image searched (x1, y1 exclusive).
        ticked: whether the box is marked (cross, check mark or filled).
        fill: ink share of the interior (inside the border), 0..1.
        confidence: 0..1, how box-like the shape is times how clear the tick decision is.
    """

    bbox: tuple[int, int, int, int]
    ticked: bool
    fill: float
    confidence: float

    @property
    def text(self) -> str:
        """The word standing for the box: "☒" or "☐"."""
        return TICKED_TEXT if self.ticked else UNTICKED_TEXT


def binarise(grey: GreyImage) -> Mask:
    """Ink mask (255 = ink) by one global threshold, a little above Otsu's level.

    A global threshold suffices because the reading layer flattens uneven lighting first;
    it is ~10x cheaper than an adaptive one on a full page.
    """
    step = THRESHOLD_SUBSAMPLE if grey.size > SUBSAMPLE_MIN_PIXELS else 1
    sample = np.ascontiguousarray(grey[::step, ::step])
    if sample.size == 0 or int(sample.max()) - int(sample.min()) < MIN_CONTRAST_LEVELS:
        return np.zeros_like(grey)
    otsu, _ = cv2.threshold(sample, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    # The median from the histogram: np.median sorts, ~8 ms on a page's subsample.
    cumulative = np.cumsum(np.bincount(sample.ravel(), minlength=256))
    paper = float(np.searchsorted(cumulative, cumulative[-1] / 2))
    level = otsu + INK_LEVEL_TOWARDS_PAPER * (paper - otsu)
    _, mask = cv2.threshold(grey, level, 255, cv2.THRESH_BINARY_INV)
    return np.asarray(mask, dtype=np.uint8)


def find_checkboxes(grey: GreyImage, dpi: int) -> list[Checkbox]:
    """Find the tick boxes on a greyscale page image.

    Args:
        grey: the page, ``uint8``, 0 = ink; best the corrected (upright, deskewed) image
            whose pixels the OCR words refer to. Tilts up to ~3° are tolerated.
        dpi: the image's resolution (box sizes scale with it).

    Returns:
        The boxes, top to bottom and left to right. Boxes inside another found box (a filled
        square drawn in a frame) are reported once, as the outer box.
    """
    boxes: list[Checkbox] = []
    for shape in _candidates(grey, dpi, cheap_rejects=True):
        box = classify(shape)
        if box is not None:
            boxes.append(box)
    return _drop_combs(_drop_nested(boxes))


@dataclass(frozen=True, slots=True)
class Shape:
    """What was measured on one box-sized outline (for ``classify`` and for the bench).

    Attributes:
        bbox: ``(x0, y0, x1, y1)`` of the outline, x1/y1 exclusive.
        tilt: degrees the minimum rotated rectangle is turned from upright (0..45).
        rectangularity: outline area / area of the minimum rotated rectangle.
        corner_ratio: ink of the emptiest corner window / mean ink of mid-side windows.
        side_coverage: smallest share of lines across a side that meet ink in its band.
        edge_wobble: largest spread (10th-90th percentile, share of the side) over the four
            sides of where ink begins, seen from outside: 0 for a straight frame.
        border: frame thickness in pixels.
        hole_share: area of the outline's holes / bounding box area.
        fill: ink share of the interior inset by border and margin (1.0 if none is left).
    """

    bbox: tuple[int, int, int, int]
    tilt: float
    rectangularity: float
    corner_ratio: float
    side_coverage: float
    edge_wobble: float
    border: int
    hole_share: float
    fill: float

    @property
    def side(self) -> int:
        return min(self.bbox[2] - self.bbox[0], self.bbox[3] - self.bbox[1])


def measure_candidates(grey: GreyImage, dpi: int) -> list[Shape]:
    """Measure every box-sized outline on a page, deciding nothing (for tuning thresholds).

    Args:
        grey: the page, ``uint8``, 0 = ink.
        dpi: the image's resolution.

    Returns:
        One ``Shape`` per outline whose size and aspect could be a box's.
    """
    return list(_candidates(grey, dpi, cheap_rejects=False))


def _candidates(grey: GreyImage, dpi: int, *, cheap_rejects: bool) -> list[Shape]:
    """Outlines of box size, measured; with ``cheap_rejects`` non-square ones are skipped early.

    The early rejects (tilt, rectangularity: a few microseconds each) spare the pixel
    measurements for the hundreds of capital letters that are as big as a box.
    """
    if grey.ndim != 2 or grey.size == 0:
        return []
    scale = dpi / REFERENCE_DPI
    min_side = MIN_SIDE_PX * scale
    max_side = MAX_SIDE_PX * scale
    mask = binarise(grey)
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    links = hierarchy[0]
    shapes: list[Shape] = []
    for i, contour in enumerate(contours):
        if links[i][3] != -1:  # a hole's boundary, not a component's outline
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if not _plausible_size(w, h, min_side, max_side):
            continue
        (_, _), (rw, rh), angle = cv2.minAreaRect(contour)
        if rw <= 0 or rh <= 0:
            continue
        tilt = abs(angle) % 90.0
        tilt = min(tilt, 90.0 - tilt)
        rectangularity = cv2.contourArea(contour) / (rw * rh)
        if cheap_rejects and (tilt > MAX_TILT_DEG or rectangularity < MIN_RECTANGULARITY):
            continue
        holes = _hole_area(contours, links, i)
        shapes.append(_measure(mask, (x, y, w, h), tilt, rectangularity, holes))
    return shapes


def _plausible_size(w: int, h: int, min_side: float, max_side: float) -> bool:
    short, long_ = min(w, h), max(w, h)
    return short >= min_side and long_ <= max_side and long_ <= short * MAX_ASPECT


def _hole_area(
    contours: Sequence[MatLike],
    links: npt.NDArray[np.int32],
    index: int,
) -> float:
    """Total area of the holes of one outline (its children in the two-level hierarchy)."""
    total = 0.0
    child = int(links[index][2])
    while child != -1:
        total += cv2.contourArea(contours[child])
        child = int(links[child][0])
    return total


def _measure(
    mask: Mask,
    rect: Sequence[int],
    tilt: float,
    rectangularity: float,
    holes: float,
) -> Shape:
    """Pixel measurements of one outline's bounding box."""
    x, y, w, h = rect
    patch = mask[y : y + h, x : x + w] > 0
    side = min(w, h)
    border = _border_width(patch)
    inset = border + math.ceil(side * INTERIOR_MARGIN_SHARE)
    interior = patch[inset : h - inset, inset : w - inset]
    return Shape(
        bbox=(x, y, x + w, y + h),
        tilt=round(tilt, 2),
        rectangularity=round(rectangularity, 4),
        corner_ratio=round(_corner_ratio(patch, max(2, round(side * CORNER_SHARE))), 4),
        side_coverage=round(_min_side_coverage(patch, max(2, round(side * SIDE_BAND_SHARE))), 4),
        edge_wobble=round(_edge_wobble(patch) / side, 4),
        border=border,
        hole_share=round(holes / (w * h), 4),
        fill=round(float(interior.mean()), 4) if interior.size else 1.0,
    )


def classify(shape: Shape) -> Checkbox | None:
    """Decide from its measurements whether an outline is a tick box, and if it is ticked.

    Args:
        shape: one outline measured by ``measure_candidates``.

    Returns:
        The box, or ``None`` when the outline is no box (a letter, a specks, a cell).
    """
    if shape.tilt > MAX_TILT_DEG or shape.rectangularity < MIN_RECTANGULARITY:
        return None
    if shape.corner_ratio < MIN_CORNER_RATIO or shape.side_coverage < MIN_SIDE_COVERAGE:
        return None
    if shape.edge_wobble > MAX_EDGE_WOBBLE:
        return None
    fit = min(
        1.0,
        0.5 + 0.5 * (shape.rectangularity - MIN_RECTANGULARITY) / (1.0 - MIN_RECTANGULARITY),
        0.5 + 0.5 * (shape.side_coverage - MIN_SIDE_COVERAGE) / (1.0 - MIN_SIDE_COVERAGE),
    )
    if shape.border <= shape.side * MAX_BORDER_SHARE and shape.hole_share < MIN_HOLE_SHARE:
        # A thin frame encloses most of its area; a letter only small counters. (What looks
        # thick-framed is a box filled in or crossed with a heavy pen: no holes to speak of.)
        return None
    ticked = shape.fill >= TICKED_MIN_FILL
    clarity = min(1.0, abs(shape.fill - TICKED_MIN_FILL) / FILL_CERTAIN_MARGIN)
    return Checkbox(shape.bbox, ticked, shape.fill, round(fit * (0.5 + 0.5 * clarity), 3))


def _corner_ratio(patch: npt.NDArray[np.bool_], size: int) -> float:
    """Ink of the emptiest corner window relative to the mean ink of the mid-side windows.

    A frame's corner holds two arms of the border, a window in the middle of a side one arm:
    about 2, whatever the border's thickness, the blur and the box's size. A round glyph's
    corner is (nearly) empty: about 0.
    """
    h, w = patch.shape
    corners = (
        patch[:size, :size],
        patch[:size, -size:],
        patch[-size:, :size],
        patch[-size:, -size:],
    )
    my, mx = (h - size) // 2, (w - size) // 2
    sides = (
        patch[:size, mx : mx + size],
        patch[-size:, mx : mx + size],
        patch[my : my + size, :size],
        patch[my : my + size, -size:],
    )
    side_ink = sum(float(c.mean()) for c in sides) / len(sides)
    if side_ink == 0.0:
        return 0.0
    return min(float(c.mean()) for c in corners) / side_ink


def _middle(n: int) -> slice:
    """The middle 60 % of ``n`` lines (away from the corners, where sides meet)."""
    return slice(n // 5, n - n // 5)


def _min_side_coverage(patch: npt.NDArray[np.bool_], band: int) -> float:
    """Smallest share, over the four sides, of the lines across a side meeting ink in its band."""
    h, w = patch.shape
    rows, cols = _middle(h), _middle(w)
    sides = (
        patch[rows, :band].any(axis=1),
        patch[rows, -band:].any(axis=1),
        patch[:band, cols].any(axis=0),
        patch[-band:, cols].any(axis=0),
    )
    return min(float(s.mean()) for s in sides)


def _edge_wobble(patch: npt.NDArray[np.bool_]) -> float:
    """Largest spread, over the four sides, of the depth at which ink begins (pixels).

    Seen from outside, a frame's side begins at the same depth on every line (a tilt adds
    ~3 % of the side); a letter's does not: the waist of "B", the bowl and leg of "R", the
    gap between the stems of "H", the curve of "D". Percentiles ignore specks of noise.
    """
    h, w = patch.shape
    rows, cols = _middle(h), _middle(w)
    views = (
        patch[rows, : w // 2],
        patch[rows, : w - w // 2 - 1 : -1],
        patch[: h // 2, cols].T,
        patch[: h - h // 2 - 1 : -1, cols].T,
    )
    spread = 0.0
    for view in views:
        if view.size == 0:
            continue
        depth = np.where(view.any(axis=1), view.argmax(axis=1), view.shape[1])
        low, high = np.percentile(depth, (10, 90))
        spread = max(spread, float(high - low))
    return spread


def _border_width(patch: npt.NDArray[np.bool_]) -> int:
    """Thickness of the frame: ink pixels per line within the outer quarter of each side.

    A tick inside the box may reach into one or two of the quarters, never into all four, so
    the thinnest side is the border (the median over its lines ignores single specks).
    """
    h, w = patch.shape
    qh, qw = max(1, h // 4), max(1, w // 4)
    rows, cols = _middle(h), _middle(w)
    counts = (
        patch[rows, :qw].sum(axis=1),
        patch[rows, -qw:].sum(axis=1),
        patch[:qh, cols].sum(axis=0),
        patch[-qh:, cols].sum(axis=0),
    )
    return int(min(float(np.median(c)) for c in counts))


def _drop_nested(boxes: list[Checkbox]) -> list[Checkbox]:
    """Keep only boxes not lying inside another box; sorted top to bottom, left to right."""
    kept: list[Checkbox] = []
    for box in boxes:
        x0, y0, x1, y1 = box.bbox
        inside = any(
            o is not box and o.bbox[0] <= x0 and o.bbox[1] <= y0 and x1 <= o.bbox[2]
            and y1 <= o.bbox[3]
            for o in boxes
        )
        if not inside:
            kept.append(box)
    return sorted(kept, key=lambda b: (b.bbox[1], b.bbox[0]))


def _drop_combs(boxes: list[Checkbox]) -> list[Checkbox]:
    """Drop character cells: boxes standing side by side with (almost) no gap between them.

    Tick boxes are separated by their option words; a row of square cells a hand-width apart
    is a comb for digits or letters (a date, a postcode), whose contents OCR must keep.
    """
    comb: set[int] = set()
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            b = boxes[j]
            side = min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
            gap = max(b.bbox[0] - a.bbox[2], a.bbox[0] - b.bbox[2])
            level = abs((a.bbox[1] + a.bbox[3]) - (b.bbox[1] + b.bbox[3])) / 2
            if gap <= side * COMB_MAX_GAP_SHARE and level <= side * COMB_MAX_OFFSET_SHARE:
                comb.update((i, j))
    return [b for k, b in enumerate(boxes) if k not in comb]


def _overlap_share(word: Word, box: Checkbox) -> float:
    """Share of the word's area that lies on the box."""
    wx0, wy0, wx1, wy1 = word.bbox
    bx0, by0, bx1, by1 = box.bbox
    iw = min(wx1, bx1) - max(wx0, bx0)
    ih = min(wy1, by1) - max(wy0, by0)
    area = (wx1 - wx0) * (wy1 - wy0)
    if iw <= 0 or ih <= 0 or area <= 0:
        return 0.0
    return iw * ih / area


def _misreads(word: Word, box: Checkbox) -> bool:
    """Whether an OCR word is a reading of the box itself rather than text beside it.

    Mostly on the box by area, or centred on it: Tesseract's box for a garbage reading is
    sometimes shifted and taller than the box (an "O" 9 px left of a 22 px box at 200 dpi
    covers it by only a third of its own area), while an option word beside a box never has
    its centre on it.
    """
    if _overlap_share(word, box) > WORD_OVERLAP_SHARE:
        return True
    cx, cy = (word.x0 + word.x1) / 2, word.cy
    bx0, by0, bx1, by1 = box.bbox
    return bx0 <= cx <= bx1 and by0 <= cy <= by1


def _same_line(word: Word, box: Checkbox) -> bool:
    """Whether the box's vertical centre lies within the word's height."""
    cy = (box.bbox[1] + box.bbox[3]) / 2
    return word.y0 <= cy <= word.y1


def merge_checkbox_words(words: list[Word], boxes: list[Checkbox], page: int) -> list[Word]:
    """Replace OCR's misreadings of tick boxes by the words "☒" / "☐".

    Args:
        words: one page's OCR words (pixels of the image the boxes were found on).
        boxes: ``find_checkboxes`` on that image.
        page: the page number to stamp on the box words.

    Returns:
        The words without those lying mostly (> ``WORD_OVERLAP_SHARE`` of their area) on a
        box or centred on it, plus one word per box (text "☒" or "☐", the box's bbox and
        confidence). Each box word takes the place of the first word it replaced, else stands
        right before the first word to its right on the same line, else at the end; other
        words keep their order.
    """
    if not boxes:
        return list(words)
    owner: dict[int, int] = {}  # word index -> box index it is a misreading of
    for i, word in enumerate(words):
        for j, box in enumerate(boxes):
            if _misreads(word, box):
                owner[i] = j
                break
    before: dict[int, list[Word]] = {}  # box words to insert before word index
    tail: list[Word] = []
    for j, box in enumerate(boxes):
        x0, y0, x1, y1 = (float(v) for v in box.bbox)
        box_word = Word(box.text, (x0, y0, x1, y1), box.confidence, page)
        replaced = [i for i, o in owner.items() if o == j]
        if replaced:
            before.setdefault(min(replaced), []).append(box_word)
            continue
        right = [
            i for i, w in enumerate(words)
            if i not in owner and _same_line(w, box) and w.x0 >= box.bbox[0]
        ]
        if right:
            nearest = min(right, key=lambda i: words[i].x0)
            before.setdefault(nearest, []).append(box_word)
        else:
            tail.append(box_word)
    merged: list[Word] = []
    for i, word in enumerate(words):
        merged.extend(before.get(i, []))
        if i not in owner:
            merged.append(_trim_box_prefix(word, boxes))
    merged.extend(tail)
    return merged


def _trim_box_prefix(word: Word, boxes: list[Checkbox]) -> Word:
    """Drop the box's misreading glued to the front of an option word ("Ddivers", "L]Studium").

    Only characters that lie on the box by the word's average character width, at most
    ``MAX_GLUED_CHARS`` of them, and only when all are typical misreadings of a box; the
    word then begins at the box's right edge.
    """
    text = word.text
    for box in boxes:
        _, by0, bx1, by1 = box.bbox
        if not (word.x0 < bx1 < word.x1 and word.y0 < by1 and by0 < word.y1):
            continue
        per_char = (word.x1 - word.x0) / len(text)
        n = round((bx1 - word.x0) / per_char)
        glued = text[:n]
        if 1 <= n <= MAX_GLUED_CHARS and n < len(text) and set(glued) <= BOX_MISREADINGS:
            bbox = (float(bx1), word.y0, word.x1, word.y1)
            return Word(text[n:], bbox, word.confidence, word.page)
    return word


# --- radio buttons ---------------------------------------------------------------------------
#
# Tesseract reads a radio button as a letter or a symbol: an empty one as "O", "o", "0" or
# "©", a filled one as "@", "®" or "©" (the same "©" for both), sometimes glued to its option
# ("@divers"). The reading cannot tell them apart; the pixels can: a filled button
# has ink in its middle, an empty ring has none. Measured on the sample forms' buttons at
# 300 dpi (7 pt rings, 3.8 pt dots): middle ink 0.0-0.1 empty, 0.8-1.0 filled.

#: Readings of a radio button standing alone before its option.
RADIO_READINGS: Final[frozenset[str]] = frozenset("Oo0Q©®@○●◉⊙")
#: Readings glued to the front of an option word: symbols only, since a word may begin
#: with an "O" ("Oberhausen").
GLUED_RADIO_READINGS: Final[frozenset[str]] = frozenset("©®@○●◉⊙")
#: Ring size at 300 dpi (5-10 pt buttons), and how square its outline must be.
RADIO_MIN_SIDE_PX: Final[float] = 18.0
RADIO_MAX_SIDE_PX: Final[float] = 60.0
RADIO_MAX_ASPECT: Final[float] = 1.3
#: Radius of the middle measured, as a share of the ring's side, and the ink shares above
#: and below which it is filled or empty (between them the reading is left as it is).
RADIO_MIDDLE_SHARE: Final[float] = 0.22
RADIO_FILLED_INK: Final[float] = 0.55
RADIO_EMPTY_INK: Final[float] = 0.2
#: The option word must start within this many button sides to the right.
RADIO_OPTION_GAP: Final[float] = 2.0
RADIO_FILLED_TEXT: Final[str] = "●"
RADIO_EMPTY_TEXT: Final[str] = "○"
INK_LEVEL: Final[int] = 128


def radio_state(grey: GreyImage, bbox: tuple[float, float, float, float],
                dpi: int) -> bool | None:
    """Whether the radio button read at ``bbox`` is filled (True), empty (False), or the
    shape there is no button (None)."""
    scale = dpi / REFERENCE_DPI
    h_img, w_img = grey.shape[:2]
    x0, y0, x1, y1 = bbox
    pad = 0.25 * max(x1 - x0, y1 - y0)
    left, top = max(0, int(x0 - pad)), max(0, int(y0 - pad))
    right, bottom = min(w_img, int(x1 + pad) + 1), min(h_img, int(y1 + pad) + 1)
    if right - left < 3 or bottom - top < 3:
        return None
    ink = (grey[top:bottom, left:right] < INK_LEVEL).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 2:
        return None
    # The ring is the largest outline near the reading's box.
    ring = max(range(1, count), key=lambda i: int(stats[i, cv2.CC_STAT_WIDTH])
               * int(stats[i, cv2.CC_STAT_HEIGHT]))
    rx, ry = int(stats[ring, cv2.CC_STAT_LEFT]), int(stats[ring, cv2.CC_STAT_TOP])
    rw, rh = int(stats[ring, cv2.CC_STAT_WIDTH]), int(stats[ring, cv2.CC_STAT_HEIGHT])
    if not (RADIO_MIN_SIDE_PX * scale <= min(rw, rh)
            and max(rw, rh) <= RADIO_MAX_SIDE_PX * scale):
        return None
    if max(rw, rh) / max(1, min(rw, rh)) > RADIO_MAX_ASPECT:
        return None
    cy, cx = ry + rh / 2.0, rx + rw / 2.0
    radius = RADIO_MIDDLE_SHARE * min(rw, rh)
    yy, xx = np.ogrid[:ink.shape[0], :ink.shape[1]]
    middle = (yy + 0.5 - cy) ** 2 + (xx + 0.5 - cx) ** 2 <= radius ** 2
    if not middle.any():
        return None
    share = float(ink[middle].mean())
    if share >= RADIO_FILLED_INK:
        return True
    if share <= RADIO_EMPTY_INK:
        return False
    return None


def _option_follows(words: Sequence[Word], i: int, side: float) -> bool:
    if i + 1 >= len(words):
        return False
    nxt, word = words[i + 1], words[i]
    return (nxt.text[:1].isalpha() and abs(nxt.cy - word.cy) <= side
            and 0 <= nxt.x0 - word.x1 <= RADIO_OPTION_GAP * side)


def read_radio_buttons(words: list[Word], grey: GreyImage, dpi: int) -> list[Word]:
    """Replace OCR's readings of radio buttons before their options by "●" / "○".

    Args:
        words: one page's OCR words, in reading order.
        grey: the greyscale page image they were read from.
        dpi: its resolution.

    Returns:
        The words with each reading the pixels confirm as a button replaced (a reading glued
        to its option word is split off); other words unchanged.
    """
    out: list[Word] = []
    for i, word in enumerate(words):
        side = word.y1 - word.y0
        text = word.text
        if len(text) == 1 and text in RADIO_READINGS and _option_follows(words, i, side):
            state = radio_state(grey, word.bbox, dpi)
            if state is not None:
                mark = RADIO_FILLED_TEXT if state else RADIO_EMPTY_TEXT
                out.append(Word(mark, word.bbox, word.confidence, word.page))
                continue
        elif (len(text) >= 3 and text[0] in GLUED_RADIO_READINGS and text[1:].isalpha()
              and text[1].islower()):
            # "@divers": the button is about as wide as the word is high
            box = (word.x0, word.y0, min(word.x1, word.x0 + side), word.y1)
            state = radio_state(grey, box, dpi)
            if state is not None:
                mark = RADIO_FILLED_TEXT if state else RADIO_EMPTY_TEXT
                out.append(Word(mark, box, word.confidence, word.page))
                out.append(Word(text[1:], (box[2], word.y0, word.x1, word.y1),
                                word.confidence, word.page))
                continue
        out.append(word)
    return out
