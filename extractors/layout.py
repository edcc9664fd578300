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
    lines.sort(key=_top)
    return lines


def _top(words: list[Word]) -> float:
    """Where a line starts from the top: a cell's wall OCR read as "|" beside its words may
    reach up past the line over it (a caption's), which still comes first."""
    text = [w.y0 for w in words if not _RULE.fullmatch(w.text)]
    return min(text) if text else min(w.y0 for w in words)


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
        # (notes are set in another size than the text beside them; a form's columns of
        # values in one size stay as the gaps between words cut them)
        if sum(_sizes_differ(lines[li][:j], lines[li][j:]) for li, j in group) * 2 <= len(group):
            done.update(group)
            continue
        # (an item's number before it is the item's: "11 | Wo haben Sie … gewohnt?")
        found.extend((li, j) for li, j in group
                     if not _ITEM_NUMBER.fullmatch(lines[li][j - 1].text))
        done.update(group)
    return found


#: Marginal notes are set at most this share of the text's height (or it of theirs).
NOTE_SIZE_RATIO = 0.87


def _sizes_differ(left: list[Word], right: list[Word]) -> bool:
    """Whether two runs of words are set in clearly different sizes."""
    if not left or not right:
        return False
    a, b = median(w.height for w in left), median(w.height for w in right)
    return min(a, b) < NOTE_SIZE_RATIO * max(a, b)


_ITEM_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[IVX]{1,4})[.)]?\)?|\d{1,2}\.\d{1,2}\.?|§")


# Columns of text set side by side, each flowing on its own (a narrow-column form), have
# lines that do not line up: grouped as one page, their lines overlap. Where this many pairs
# of consecutive lines overlap by this share of a height, the page is read column by column
# across every gutter whose two sides' lines do not line up (at most this share of the
# lines right of it level with one left of it).
FLOW_MIN_OVERLAPS = 4
FLOW_DEPTH_SPREAD_HEIGHTS = 0.2
FLOW_OVERLAP_HEIGHTS = 0.4
FLOW_LEVEL_HEIGHTS = 0.25
FLOW_MAX_ALIGNED = 0.5
FLOW_GUTTER_HEIGHTS = 0.5
FLOW_NEAR_HEIGHTS = 6.0


def _flow_columns(words: list[Word], grouped: list[list[Word]]) -> list[list[Word]] | None:
    """The page's lines read column by column where its columns flow on their own (None
    where they line up, as a form's rows of labels and values do)."""
    overlaps = [(a, b) for a, b in pairwise(grouped)
                if max(w.y1 for w in a) - min(w.y0 for w in b)
                > FLOW_OVERLAP_HEIGHTS * median(w.height for w in b)]
    if len(overlaps) < FLOW_MIN_OVERLAPS:
        return None
    # (a form whose values stand a fixed offset below their labels' lines overlaps by the
    # same depth every time; columns flowing on their own, by any)
    depths = [(max(w.y1 for w in a) - min(w.y0 for w in b)) / median(w.height for w in b)
              for a, b in overlaps]
    if max(depths) - min(depths) < FLOW_DEPTH_SPREAD_HEIGHTS:
        return None
    top = min(w.y0 for a, _ in overlaps for w in a)
    bottom = max(w.y1 for _, b in overlaps for w in b)
    region = [w for w in words if w.y0 >= top - 1 and w.y1 <= bottom + 1]
    height = median(w.height for w in region)
    spans = sorted((w.x0, w.x1) for w in region)
    cuts: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= FLOW_GUTTER_HEIGHTS * height \
                and not _lines_level(region, reach, x0, height):
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)
    if not cuts:
        return None
    # (the columns run on above and below the lines that overlap, as far as no line
    # crosses a gutter: a title over them, a signature line under them do)
    first = next(i for i, line in enumerate(grouped) if line is overlaps[0][0])
    last = next(i for i, line in enumerate(grouped) if line is overlaps[-1][1])
    while first > 0 and not _crosses(grouped[first - 1], cuts):
        first -= 1
    while last + 1 < len(grouped) and not _crosses(grouped[last + 1], cuts):
        last += 1
    blocks: list[list[Word]] = [[] for _ in range(len(cuts) + 1)]
    for line in grouped[first:last + 1]:
        for w in line:
            blocks[sum(1 for c in cuts if w.x0 > c)].append(w)
    return [*grouped[:first], *(line for block in blocks for line in group_lines(block)),
            *grouped[last + 1:]]


def _crosses(line: list[Word], cuts: list[float]) -> bool:
    return any(w.x0 < c < w.x1 for w in line for c in cuts)


def _lines_level(region: list[Word], left: float, right: float, height: float) -> bool:
    """Whether the lines right of a gutter stand level with those left of it."""
    lefts = [w.cy for w in region if left - FLOW_NEAR_HEIGHTS * height < w.x1 <= left + 1]
    starts = [w for w in region if right - 1 <= w.x0 < right + FLOW_NEAR_HEIGHTS * height]
    if not lefts or not starts:
        return True
    level = sum(1 for w in starts if any(abs(w.cy - y) <= FLOW_LEVEL_HEIGHTS * height
                                         for y in lefts))
    return level > FLOW_MAX_ALIGNED * len(starts)


def build_lines(words: list[Word]) -> list[Line]:
    """All lines of all pages, in reading order (page, then top to bottom; side by side
    columns that flow on their own one after the other)."""
    out: list[Line] = []
    for page in sorted({w.page for w in words}):
        page_words = [w for w in words if w.page == page]
        grouped = group_lines(page_words)
        grouped = _flow_columns(page_words, grouped) or grouped
        start = len(out)
        for line_words, cuts in zip(grouped, column_cuts(grouped), strict=True):
            index = len(out)
            segments = split_segments(line_words, page, index, cuts)
            if segments:  # not a line of rules only
                out.append(Line(page, index, segments))
        out[start:] = join_hyphenated(out[start:])
    return out


# A word a paragraph's line end broke: letters, then the hyphen.
_BROKEN = re.compile(r"[^\W\d_]{2}-")
# A hyphen before "und"/"oder" spares a compound's repeated part ("Vor- und Familienname").
_SPARED_BY = frozenset({"und", "oder", "bzw.", "u.", "sowie", "bis"})
#: A paragraph's lines start within this many heights of each other; a line the width broke
#: ends at most this share of its width short of its block's edge (a ragged margin).
PARAGRAPH_INDENT_HEIGHTS = 3.0
PARAGRAPH_RAGGED_SHARE = 0.15
HYPHEN_CAPS_MAX_LETTERS = 3
JOINED_SHIFT_HEIGHTS = 8.0


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """One page's lines with each word a paragraph's line end hyphenated made whole again on
    the line it starts on ("Unvollstän-" / "dige Angaben" reads "Unvollständige" /
    "Angaben"; in capitals a short first part, "GE-" / "BURTSDATUM"). Only in a line as wide
    as its block, before the next line's first word in small letters; a name's hyphen
    ("Karl-" / "Heinz") and a spared part ("Vor-" / "und Familienname") stay."""
    segments = [list(line.segments) for line in lines]
    for i in range(len(lines) - 1):
        for si, seg in enumerate(segments[i]):
            last = seg.words[-1]
            if not _BROKEN.fullmatch(last.text[-3:]) or not _fills_block(seg, lines):
                continue
            found = _continuation(seg, lines, segments, i)
            if found is None:
                continue
            j, sj = found
            nxt = segments[j][sj]
            rest = nxt.words[0]
            head = last.text[:-1]
            small = rest.text[:1].islower() and rest.text not in _SPARED_BY
            capitals = head.isupper() and len(head) <= HYPHEN_CAPS_MAX_LETTERS \
                and rest.text[:1].isupper() and rest.text.rstrip(".,;:").isupper()
            if not (small or capitals) or len(nxt.words) < 2:
                continue
            whole = Word(head + rest.text, last.bbox, min(last.confidence, rest.confidence),
                         last.page)
            segments[i][si] = Segment((*seg.words[:-1], whole), seg.page, seg.line)
            segments[j][sj] = Segment(nxt.words[1:], nxt.page, nxt.line)
    return [Line(line.page, line.index, tuple(segs)) for line, segs in zip(lines, segments,
                                                                            strict=True)]


def _fills_block(seg: Segment, lines: list[Line]) -> bool:
    """Whether a segment runs to the right edge of the block of text it starts in."""
    height = max(seg.height, 1.0)
    edge = max((s.x1 for line in lines for s in line.segments
                if abs(s.x0 - seg.x0) <= PARAGRAPH_INDENT_HEIGHTS * height), default=seg.x1)
    return seg.x1 >= edge - PARAGRAPH_RAGGED_SHARE * (edge - seg.x0)


def _continuation(seg: Segment, lines: list[Line], segments: list[list[Segment]], i: int
                  ) -> tuple[int, int] | None:
    """The (line, segment) a paragraph's line goes on in: the next line's segment that
    starts at the paragraph's left edge, a line's height below at most (past a marginal
    note's line beside it)."""
    height = max(seg.height, 1.0)
    for j in range(i + 1, min(len(lines), i + 3)):
        for sj, nxt in enumerate(segments[j]):
            if nxt.x0 > seg.x1 or nxt.x1 < seg.x0:
                continue  # another column's, or a note's
            # (the segment may start right of its paragraph's edge where its own first word
            # went to the line above)
            if nxt.y0 - seg.y1 > height or not (
                    seg.x0 - JOINED_SHIFT_HEIGHTS * height <= nxt.x0 <= seg.x0 + height):
                return None
            return j, sj
    return None
