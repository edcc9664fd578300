"""Group words into lines and lines into segments (runs of words without a wide gap).

A segment is the unit a label or a value occupies: "Familienname:" and "Müller" printed at
two tab stops are two segments of one line; "Familienname: Müller" is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from extractors.words import Word

# A word belongs to a line when its vertical centre lies within the line's band widened by
# this share of the band's height (tolerates skew left after deskewing and mixed fonts).
LINE_BAND_TOLERANCE = 0.35
# A horizontal gap wider than this many median word heights starts a new segment.
SEGMENT_GAP_HEIGHTS = 1.4
# What OCR makes of a vertical rule between two cells.
_RULE = re.compile(r"[|¦]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """Words of one line without a wide gap between them."""

    words: tuple[Word, ...]
    page: int
    line: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def height(self) -> float:
        return median(w.height for w in self.words)


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of a page, split into segments left to right."""

    page: int
    index: int
    segments: tuple[Segment, ...]

    @property
    def y0(self) -> float:
        return min(s.y0 for s in self.segments)

    @property
    def y1(self) -> float:
        return max(s.y1 for s in self.segments)

    @property
    def text(self) -> str:
        return "   ".join(s.text for s in self.segments)

    @property
    def words(self) -> list[Word]:
        """The line's words, left to right across its segments."""
        return [w for s in self.segments for w in s.words]


def group_lines(words: list[Word]) -> list[list[Word]]:
    """Cluster one page's words into lines, top to bottom, each left to right."""
    ordered = sorted((w for w in words if w.text.strip()), key=lambda w: (w.cy, w.x0))
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for word in ordered:
        placed = False
        # Only the last few lines can still take a word, since words come sorted by centre.
        for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            top, bottom = bands[i]
            tol = (bottom - top) * LINE_BAND_TOLERANCE
            if top - tol <= word.cy <= bottom + tol:
                lines[i].append(word)
                n = len(lines[i])
                bands[i] = (top + (word.y0 - top) / n, bottom + (word.y1 - bottom) / n)
                placed = True
                break
        if not placed:
            lines.append([word])
            bands.append((word.y0, word.y1))
    lines = [part for line in lines for part in _split_stacked(line)]
    for line in lines:
        line.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ws: min(w.y0 for w in ws))
    return lines


#: Two words of one line never stand over each other: words overlapping by more than this
#: share of the narrower one's width are on two lines.
STACKED_OVERLAP = 0.3
STACKED_LEVEL = 0.5


def _stacked(a: Word, b: Word) -> bool:
    """One word over the other: overlapping across, and their centres apart by more than
    half the smaller height (OCR boxes of one line may overlap a little, level)."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return (overlap > STACKED_OVERLAP * min(a.x1 - a.x0, b.x1 - b.x0)
            and abs(a.cy - b.cy) > STACKED_LEVEL * min(a.height, b.height))


def _split_stacked(words: list[Word]) -> list[list[Word]]:
    """A line that holds two lines stacked (a label over its English gloss, joined by a
    value set between them) split where the word centres are furthest apart."""
    if len(words) < 2:
        return [words]
    by_x = sorted(words, key=lambda w: w.x0)
    if not any(_stacked(a, b) for i, a in enumerate(by_x) for b in by_x[i + 1:i + 6]):
        return [words]
    by_y = sorted(words, key=lambda w: w.cy)
    gaps = [b.cy - a.cy for a, b in pairwise(by_y)]
    cut = max(range(len(gaps)), key=gaps.__getitem__) + 1
    return _split_stacked(by_y[:cut]) + _split_stacked(by_y[cut:])


# Words of one run share a baseline: a word set off by more than a word space and raised or
# lowered as a whole by this share of its height is another hand's (a pen note in the margin
# running into a typed value, "WV 2 Wo. Gerd Schneider").
SHIFT_GAP_HEIGHTS = 0.3
SHIFT_HEIGHTS = 0.4


def _shifted(a: Word, b: Word) -> bool:
    height = min(a.height, b.height)
    if b.x0 - a.x1 <= SHIFT_GAP_HEIGHTS * height:
        return False
    top, bottom = b.y0 - a.y0, b.y1 - a.y1
    return top * bottom > 0 and min(abs(top), abs(bottom)) > SHIFT_HEIGHTS * height


def split_segments(words: list[Word], page: int, line_index: int,
                   cuts: frozenset[int] = frozenset()) -> tuple[Segment, ...]:
    """Split a line's words where the gap is wider than a few word heights, and before the
    words (by index) in ``cuts``: the columns of a table it shares with a line near it."""
    if not words:
        return ()
    height = median(w.height for w in words)
    gap_limit = max(height * SEGMENT_GAP_HEIGHTS, 1.0)
    segments: list[Segment] = []
    current: list[Word] = []
    prev: Word | None = None
    for i, word in enumerate(words):
        if _RULE.fullmatch(word.text):
            # A table's vertical rule read as "|": a cell wall, however narrow the gap.
            if current:
                segments.append(Segment(tuple(current), page, line_index))
            current, prev = [], None
            continue
        if prev is not None and (word.x0 - prev.x1 > gap_limit or i in cuts
                                 or _shifted(prev, word)):
            segments.append(Segment(tuple(current), page, line_index))
            current = []
        current.append(word)
        prev = word
    if current:
        segments.append(Segment(tuple(current), page, line_index))
    return tuple(segments)


# Columns of a table whose cells are set close (a printout's column headers over their
# values): two lines near each other that both start words at two or more of the same places,
# each after a gap wider than a word space (a typewriter's space is 0.6 heights), are cut there
# however narrow the gap.
COLUMN_TOLERANCE_HEIGHTS = 0.3
COLUMN_GAP_HEIGHTS = 0.9
COLUMN_MIN_SHARED = 2
COLUMN_LINES_APART = 2
COLUMN_MAX_DISTANCE_HEIGHTS = 3.0


def _column_starts(words: list[Word], height: float) -> list[tuple[int, float]]:
    """Indexes and left edges of the words that follow a gap wider than a word space."""
    return [(i, b.x0) for i, (a, b) in enumerate(pairwise(words), start=1)
            if b.x0 - a.x1 >= COLUMN_GAP_HEIGHTS * height]


def _typeset(words: list[Word]) -> bool:
    """Word boxes of a text layer are exact; OCR's vary by more than a narrow column gap."""
    return all(w.typeset for w in words)


def column_cuts(lines: list[list[Word]]) -> list[frozenset[int]]:
    """For each line (words left to right, lines top to bottom), the indexes of the words
    before which a column it shares with a line near it starts."""
    heights = [median(w.height for w in ws) if ws else 0.0 for ws in lines]
    starts = [_column_starts(ws, h) for ws, h in zip(lines, heights, strict=True)]
    cuts: list[set[int]] = [set() for _ in lines]
    for i in range(len(lines)):
        for j in range(i + 1, min(len(lines), i + 1 + COLUMN_LINES_APART)):
            if not lines[i] or not lines[j] or not (_typeset(lines[i]) and _typeset(lines[j])):
                continue
            height = max(heights[i], heights[j], 1.0)
            top = min(w.y0 for w in lines[j])
            if top - max(w.y1 for w in lines[i]) > COLUMN_MAX_DISTANCE_HEIGHTS * height:
                break
            tol = COLUMN_TOLERANCE_HEIGHTS * height
            shared = [(a, b) for a, xa in starts[i] for b, xb in starts[j]
                      if abs(xa - xb) <= tol]
            if len(shared) >= COLUMN_MIN_SHARED:  # a table of three columns or more
                for a, b in shared:
                    cuts[i].add(a)
                    cuts[j].add(b)
    for i, j in _gutter_cuts(lines, heights, starts):
        cuts[i].add(j)
    return [frozenset(c) for c in cuts]


# A column of marginal notes or a narrow second column set close beside a text block
# ("... Angabe der Vornamen Karl- | Der Familienname"): words starting at one place after a
# wider gap than a word space on this many lines, where no word of the lines between them
# reaches into the gap, begin a column of their own.
GUTTER_MIN_LINES = 3


def _gutter_cuts(lines: list[list[Word]], heights: list[float],
                 starts: list[list[tuple[int, float]]]) -> list[tuple[int, int]]:
    """(line, word index) pairs before which a column shared by several lines starts."""
    found: list[tuple[int, int]] = []
    flat = sorted((x, i, j) for i, ss in enumerate(starts) for j, x in ss)
    done: set[tuple[int, int]] = set()
    for x, i, _ in flat:
        tol = COLUMN_TOLERANCE_HEIGHTS * max(heights[i], 1.0)
        group = [(li, j) for xb, li, j in flat if abs(xb - x) <= tol and (li, j) not in done]
        rows = sorted({li for li, _ in group})
        if len(rows) < GUTTER_MIN_LINES:
            continue
        # the gap's left half stays empty on every line from the first to the last
        edge = x - COLUMN_GAP_HEIGHTS * max(heights[i], 1.0) / 2
        if any(w.x0 < x - tol and w.x1 > edge
               for ws in lines[rows[0]:rows[-1] + 1] for w in ws):
            continue
        # (an item's number before it is the item's: "11 | Wo haben Sie … gewohnt?")
        found.extend((li, j) for li, j in group
                     if not (j == 1 and _ITEM_NUMBER.fullmatch(lines[li][0].text)))
        done.update(group)
    return found


_ITEM_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[IVX]{1,4})[.)]?\)?|\d{1,2}\.\d{1,2}\.?|§")


def build_lines(words: list[Word]) -> list[Line]:
    """All lines of all pages, in reading order (page, then top to bottom)."""
    out: list[Line] = []
    for page in sorted({w.page for w in words}):
        grouped = group_lines([w for w in words if w.page == page])
        for line_words, cuts in zip(grouped, column_cuts(grouped), strict=True):
            index = len(out)
            segments = split_segments(line_words, page, index, cuts)
            if segments:  # not a line of rules only
                out.append(Line(page, index, segments))
    return out
