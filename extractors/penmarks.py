"""A pen's marks on a form filled in by hand and kept as a PDF (a tablet's ink, a signing
pad): strokes through a wrong value, circles round a chosen option, crosses beside one.

The marks are vector strokes, not text, so the text layer alone shows every value ever
written and no choice at all. Everything here works in PDF points on pdfplumber's objects
(dictionaries with ``x0``, ``top``, ``x1``, ``bottom``, ``pts``, ``stroke``, ``fill``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Final

Box = tuple[float, float, float, float]

#: A stroke through writing is about level: its box at most this high (points).
STRIKE_MAX_RISE_PT: Final[float] = 3.0
#: ... and runs through the middle of the letters: within this share of their height from
#: their top and from their bottom (an underline runs at the foot, a rule between lines).
STRIKE_MIDDLE_SHARE: Final[float] = 0.25
#: A run of at least this many letters struck is a word struck out (one letter under a
#: stroke's end is where the stroke overshot).
STRIKE_MIN_RUN: Final[int] = 2
#: A zigzag through writing: at least this many points, its box at most this high (points)
#: and at least this many times as long as high.
ZIGZAG_MIN_POINTS: Final[int] = 5
ZIGZAG_MAX_RISE_PT: Final[float] = 7.0
ZIGZAG_MIN_LENGTH: Final[float] = 4.0
#: ... each point at its top or bottom edge (within this share of its height).
ZIGZAG_EDGE_SHARE: Final[float] = 0.3
#: A straight line this long under no text is one of the form's writing rules.
FORM_RULE_MIN_PT: Final[float] = 30.0
#: ... by a stroke at most this much longer than the letters it runs through.
STRIKE_OVERSHOOT_PT: Final[float] = 12.0

#: A circle drawn round a choice: a closed curve of at least this many points, at most this
#: many times as high as the letters it rings, ringing at most this many words.
RING_MIN_POINTS: Final[int] = 4
RING_MAX_HEIGHTS: Final[float] = 3.0
RING_MAX_WORDS: Final[int] = 4
#: A letter is ringed when this share of its box lies inside the ring's.
RING_INSIDE_SHARE: Final[float] = 0.7
RING_MIN_LETTERS: Final[int] = 1
#: A ring's points lie on an ellipse: x²/a² + y²/b² within this of 1 (a frame's corners
#: give about 1.8).
RING_ELLIPSE_SLACK: Final[float] = 0.35
#: Rings within this many points of each other's width and height are printed alike.
RING_SAME_PT: Final[float] = 1.0
#: A cross drawn by hand: two strokes, each at least this wide and high and at most this
#: big (points), over each other by this share of the smaller one's box.
CROSS_MIN_PT: Final[float] = 4.0
CROSS_MAX_PT: Final[float] = 25.0
CROSS_OVERLAP_SHARE: Final[float] = 0.5


def box_of(obj: dict[str, Any]) -> Box:
    """A pdfplumber object's box in points."""
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _area(a: Box) -> float:
    return max(0.0, a[2] - a[0]) * max(0.0, a[3] - a[1])


def _letters(chars: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in chars if str(c.get("text", "")).strip()]


def _strokes(shapes: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines and curves drawn with a pen (stroked, not filled; rectangles are the form's)."""
    return [s for s in shapes if s.get("object_type") in ("line", "curve")
            and s.get("stroke") and not s.get("fill")]


def _level_at(stroke: dict[str, Any], x: float) -> float:
    """Where a level stroke runs at ``x``: between its first and last point."""
    pts = stroke.get("pts") or []
    _, y0, _, y1 = box_of(stroke)
    if len(pts) < 2:
        return (y0 + y1) / 2
    (ax, ay), (bx, by) = pts[0], pts[-1]
    if bx == ax:
        return (float(ay) + float(by)) / 2
    t = min(1.0, max(0.0, (x - float(ax)) / (float(bx) - float(ax))))
    return float(ay) + t * (float(by) - float(ay))


def _zigzag(stroke: dict[str, Any]) -> bool:
    """A stroke that zigzags along a line ("/\\/\\/" through a word): many points, low and
    long."""
    _, top, _, bottom = box_of(stroke)
    width = float(stroke["x1"] - stroke["x0"])
    pts = stroke.get("pts") or ()
    if len(pts) < ZIGZAG_MIN_POINTS or bottom - top > ZIGZAG_MAX_RISE_PT \
            or width < ZIGZAG_MIN_LENGTH * (bottom - top):
        return False
    # up to its top and down to its bottom again and again, always going on to the right
    # (a stamp's arc, a frame's corner or a signature's flourish does not)
    height = bottom - top
    inner = pts[1:-1]  # (it may start and end anywhere)
    sides = [float(y) - top <= ZIGZAG_EDGE_SHARE * height or
             bottom - float(y) <= ZIGZAG_EDGE_SHARE * height for _, y in inner]
    ups = [float(y) - top <= ZIGZAG_EDGE_SHARE * height for _, y in inner]
    alternating = all(sides) and all(a != b for a, b in pairwise(ups))
    xs = [float(p[0]) for p in pts]
    return alternating and xs == sorted(xs)


def _through_middle(stroke: dict[str, Any], char: dict[str, Any]) -> bool:
    cx0, top, cx1, bottom = box_of(char)
    sx0, s_top, sx1, s_bottom = box_of(stroke)
    centre = (cx0 + cx1) / 2
    if not sx0 <= centre <= sx1:
        return False
    margin = STRIKE_MIDDLE_SHARE * (bottom - top)
    level = (s_top + s_bottom) / 2 if _zigzag(stroke) else _level_at(stroke, centre)
    return top + margin <= level <= bottom - margin


def struck_by_pen(shapes: Sequence[dict[str, Any]], chars: Sequence[dict[str, Any]]
                  ) -> set[int]:
    """The ``id`` s of the characters a pen struck out: a level stroke in dark ink through
    the middle of at least ``STRIKE_MIN_RUN`` letters side by side ("~~Gißeen~~ Gießen"),
    no longer than they are (a form's rule or a carbon copy's box runs on past the text it
    cuts). The struck value is the writer's mistake, and the right one follows it."""
    strokes = [s for s in _strokes(shapes)
               if (s["bottom"] - s["top"] <= STRIKE_MAX_RISE_PT or _zigzag(s))
               and s["x1"] - s["x0"] > 0 and dark(s.get("stroking_color"))]
    if not strokes:
        return set()
    letters = sorted(_letters(chars), key=lambda c: float(c["top"]))
    tops = [float(c["top"]) for c in letters]
    tallest = max((float(c["bottom"]) - float(c["top"]) for c in letters), default=0.0)

    def across(stroke: dict[str, Any]) -> list[dict[str, Any]]:
        # only letters whose top lies within one letter's height above the stroke can have
        # it through their middle (a page of many rules is checked in a few letters each)
        lo = bisect_left(tops, float(stroke["top"]) - tallest)
        hi = bisect_right(tops, float(stroke["bottom"]))
        return [c for c in letters[lo:hi] if _through_middle(stroke, c)]

    hits = [(s, across(s)) for s in strokes]
    # A form's writing rules are drawn alike, and some of them run under no text: a colour
    # any such straight line has is the form's, and its lines strike nothing (typed values
    # drift onto their rules).
    form_colours = {repr(s.get("stroking_color")) for s, hit in hits
                    if s.get("object_type") == "line" and not hit
                    and s["x1"] - s["x0"] >= FORM_RULE_MIN_PT}
    struck: set[int] = set()
    for stroke, hit in hits:
        if len(hit) < STRIKE_MIN_RUN or repr(stroke.get("stroking_color")) in form_colours:
            continue
        extent = max(float(c["x1"]) for c in hit) - min(float(c["x0"]) for c in hit)
        if float(stroke["x1"] - stroke["x0"]) <= extent + STRIKE_OVERSHOOT_PT:
            struck.update(id(c) for c in hit)
    return struck


def dark(colour: Any) -> bool:
    """Whether a PDF colour (grey, RGB or CMYK components; None is black) is dark ink."""
    if colour is None:
        return True
    values = colour if isinstance(colour, (tuple, list)) else (colour,)
    try:
        parts = [float(v) for v in values]
    except (TypeError, ValueError):
        return True  # a pattern or named colour: ink of some kind
    if len(parts) == 4:  # CMYK: ink adds up
        return parts[3] > 0.5 or sum(parts[:3]) > 1.5
    return bool(parts) and sum(parts) / len(parts) < 0.5


def _elliptic(stroke: dict[str, Any]) -> bool:
    """Whether a closed stroke's points lie on the ellipse its box holds (a ring drawn round
    a word), not in its corners (a frame with rounded corners: a chip, a stamp)."""
    x0, y0, x1, y1 = box_of(stroke)
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    if rx <= 0 or ry <= 0:
        return False
    cx, cy = x0 + rx, y0 + ry
    return all(abs(((float(x) - cx) / rx) ** 2 + ((float(y) - cy) / ry) ** 2 - 1)
               <= RING_ELLIPSE_SLACK for x, y in stroke["pts"])


def box_of_overlaps(word: Box, ring: Box) -> bool:
    """Whether a word lies in a ring (``RING_INSIDE_SHARE`` of its box)."""
    return _overlap(word, ring) >= RING_INSIDE_SHARE * _area(word)


def _ringed_words(ring: Box, words: Sequence[tuple[Box, str]]) -> list[Box]:
    return [box for box, _ in words if box_of_overlaps(box, ring)]


def _letters_in(ring: Box, words: Sequence[tuple[Box, str]]) -> int:
    return sum(ch.isalpha() for box, text in words if box_of_overlaps(box, ring) for ch in text)


def rings(shapes: Sequence[dict[str, Any]], words: Sequence[tuple[Box, str]]) -> list[Box]:
    """Circles drawn round a chosen option, as the boxes they ring (points).

    A ring is an ellipse round one to ``RING_MAX_WORDS`` words of one line, at most
    ``RING_MAX_HEIGHTS`` times as high as they are, and the words are an option's (letters,
    not a field's printed number). Printed rings come in families (a form's numbered
    circles: one size, many of them) or hold lettering on their rim (a seal), and a line
    with two or more rings is a row of drawn option frames: none of them is a choice.
    """
    candidates = [box_of(s) for s in _strokes(shapes)
                  if len(s.get("pts") or []) >= RING_MIN_POINTS and _elliptic(s)]
    found: list[Box] = []
    for ring in candidates:
        inside = _ringed_words(ring, words)
        if not inside or len(inside) > RING_MAX_WORDS \
                or _letters_in(ring, words) < RING_MIN_LETTERS:
            continue
        height = max(w[3] - w[1] for w in inside)
        centres = [(w[1] + w[3]) / 2 for w in inside]
        if max(centres) - min(centres) > height / 2:
            continue  # lettering round a seal's rim
        if ring[3] - ring[1] > RING_MAX_HEIGHTS * height:
            continue
        if any(o is not ring and abs((o[2] - o[0]) - (ring[2] - ring[0])) <= RING_SAME_PT
               and abs((o[3] - o[1]) - (ring[3] - ring[1])) <= RING_SAME_PT
               for o in candidates):
            continue  # one of a printed family
        found.append(ring)
    return [r for r in found
            if not any(o is not r and o[1] < r[3] and r[1] < o[3] for o in found)]


def crosses(shapes: Sequence[dict[str, Any]], outlines: Sequence[Box]) -> list[Box]:
    """Crosses drawn by hand ("X" of two straight strokes, one running down, one up) outside
    any drawn box, as their boxes (points). A cross inside a box is the box's tick, read with
    the box."""
    strokes: list[tuple[Box, bool]] = []
    for stroke in _strokes(shapes):
        pts = stroke.get("pts") or []
        x0, y0, x1, y1 = box_of(stroke)
        w, h = x1 - x0, y1 - y0
        if len(pts) == 2 and min(w, h) >= CROSS_MIN_PT and max(w, h) <= CROSS_MAX_PT:
            (ax, ay), (bx, by) = pts
            falling = (float(bx) - float(ax)) * (float(by) - float(ay)) > 0
            strokes.append((box_of(stroke), falling))
    found: list[Box] = []
    used: set[int] = set()
    for i, (a, falling) in enumerate(strokes):
        for j in range(i + 1, len(strokes)):
            b, other_falling = strokes[j]
            if i in used or j in used or falling == other_falling:
                continue  # an X's two strokes run down and up
            if _overlap(a, b) < CROSS_OVERLAP_SHARE * min(_area(a), _area(b)):
                continue
            cross = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
            if any(_overlap(cross, o) >= CROSS_OVERLAP_SHARE * _area(cross) for o in outlines):
                continue
            used.update((i, j))
            found.append(cross)
    return found
