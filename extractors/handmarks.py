"""A pen's marks on a scanned form filled in by hand: a ring round the chosen option.

Tesseract does not read a ringed option: the ring swallows it. So rings are found in the
image before OCR, painted out, and told afterwards as a ticked box before the option. The
search runs on a half-size copy of the (deskewed) page; boxes are returned in the page's
pixels.

A stroke through a wrong value is not looked for here: measured on 1,300 scans of 13
layouts, a level stroke with letters above and below it was as often the crossbar of "ft"
in a bold heading, a photo's edge or a code's modules as a pen's strike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from extractors.checkboxes import Checkbox
from extractors.words import Word

GreyImage = npt.NDArray[np.uint8]
Box = tuple[int, int, int, int]

#: Measures at 300 dpi (scaled to the page's resolution).
#: A ring round an option: an ellipse at least/at most this high and wide, its outline inked
#: at this share of the points along it, its inside mostly paper.
RING_MIN_H_PX_300: Final[int] = 36
RING_MAX_H_PX_300: Final[int] = 200
RING_MIN_W_PX_300: Final[int] = 80
RING_MAX_W_PX_300: Final[int] = 1000
RING_MIN_ASPECT: Final[float] = 1.4
RING_OUTLINE_SHARE: Final[float] = 0.85
RING_MAX_FILL: Final[float] = 0.35
RING_SAMPLES: Final[int] = 72
#: ... and the corners of its box (this share of its width and height) empty.
RING_CORNER: Final[float] = 0.12
#: A point of the outline counts as inked when ink lies within this share of the ring's
#: height of it.
RING_SLACK: Final[float] = 0.12


@dataclass(frozen=True, slots=True)
class PenMarks:
    """Rings found on a page (boxes in the page's pixels)."""

    rings: list[Box]


def _ink(small: GreyImage) -> npt.NDArray[np.uint8]:
    return np.asarray(cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1],
                      dtype=np.uint8)


def _on_ellipse(ink: npt.NDArray[np.uint8], box: Box) -> bool:
    x0, y0, x1, y1 = box
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    cx, cy = x0 + rx, y0 + ry
    slack = max(1, round(RING_SLACK * (y1 - y0)))
    hit = 0
    for a in np.linspace(0, 2 * np.pi, RING_SAMPLES, endpoint=False):
        px, py = round(cx + rx * np.cos(a)), round(cy + ry * np.sin(a))
        patch = ink[max(0, py - slack):py + slack + 1, max(0, px - slack):px + slack + 1]
        hit += bool(patch.any())
    return hit >= RING_OUTLINE_SHARE * RING_SAMPLES


def _corners_inked(own: npt.NDArray[np.uint8]) -> int:
    """How many corners of a shape's box hold ink: a frame's four, an ellipse's none (a
    letter it touches may fill one)."""
    h, w = own.shape
    ch, cw = max(1, round(RING_CORNER * h)), max(1, round(RING_CORNER * w))
    return sum(bool(own[ys, xs].any()) for ys in (slice(0, ch), slice(h - ch, h))
               for xs in (slice(0, cw), slice(w - cw, w)))


def find_rings(ink: npt.NDArray[np.uint8], scale: float) -> list[Box]:
    """Ellipses drawn round a few words, on the half-size ink mask; boxes in its pixels."""
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h, area = (stats[:, k].astype(np.float64) for k in
                  (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
    sized = np.flatnonzero((h >= RING_MIN_H_PX_300 * scale) & (h <= RING_MAX_H_PX_300 * scale)
                           & (w >= RING_MIN_W_PX_300 * scale) & (w <= RING_MAX_W_PX_300 * scale)
                           & (w >= RING_MIN_ASPECT * h) & (area <= RING_MAX_FILL * w * h))
    out: list[Box] = []
    for i in sized[sized > 0]:
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        own = (labels[y:y + bh, x:x + bw] == i).astype(np.uint8)
        if _on_ellipse(own, (0, 0, bw, bh)) and _corners_inked(own) <= 1:
            out.append((x, y, x + bw, y + bh))
    return out


def _paint_out(grey: GreyImage, ink: npt.NDArray[np.uint8], box: Box, factor: int) -> None:
    """White out a ring's outline in ``grey`` (full size) from its half-size box."""
    x0, y0, x1, y1 = box
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    ys, xs = np.mgrid[y0:y1, x0:x1]
    r = ((xs - x0 - rx) / rx) ** 2 + ((ys - y0 - ry) / ry) ** 2
    band = (r >= (1 - 2 * RING_SLACK) ** 2) & (ink[y0:y1, x0:x1] > 0)
    full = cv2.resize(band.astype(np.uint8), ((x1 - x0) * factor, (y1 - y0) * factor),
                      interpolation=cv2.INTER_NEAREST)
    full = cv2.dilate(full, np.ones((3, 3), np.uint8)).astype(bool)
    region = grey[y0 * factor:y1 * factor, x0 * factor:x1 * factor]
    region[full[:region.shape[0], :region.shape[1]]] = 255


def remove_pen_marks(grey: GreyImage, *, dpi: int, small: GreyImage | None = None
                     ) -> tuple[GreyImage, PenMarks]:
    """The page with the rings round its options painted out, and where they were."""
    if small is None:
        small = np.asarray(cv2.resize(grey, (grey.shape[1] // 2, grey.shape[0] // 2),
                                      interpolation=cv2.INTER_AREA), dtype=np.uint8)
    ink = _ink(small)
    rings = find_rings(ink, dpi / 300 / 2)
    if not rings:
        return grey, PenMarks([])
    out = grey.copy()
    for box in rings:
        _paint_out(out, ink, box, 2)
    return out, PenMarks([_doubled(b) for b in rings])


def _doubled(b: Box) -> Box:
    return (b[0] * 2, b[1] * 2, b[2] * 2, b[3] * 2)


def turned_half(marks: PenMarks, width: int, height: int) -> PenMarks:
    """The marks of a page of ``width`` x ``height`` pixels turned by 180 degrees."""
    return PenMarks([(width - b[2], height - b[3], width - b[0], height - b[1])
                     for b in marks.rings])


def ring_ticks(words: Sequence[Word], rings: Sequence[Box]) -> list[Checkbox]:
    """A ticked box just before the first word a ring holds, for each ring holding one."""
    out: list[Checkbox] = []
    for x0, y0, x1, y1 in rings:
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 <= x1
                  and y0 <= (w.y0 + w.y1) / 2 <= y1 and any(ch.isalnum() for ch in w.text)]
        if not inside:
            continue
        first = min(inside, key=lambda w: w.x0)
        mid, h = (y0 + y1) // 2, (y1 - y0) // 4
        x = int(first.x0) - 2
        out.append(Checkbox((x - 1, mid - h, x, mid + h), True, 1.0, 1.0))
    return out
