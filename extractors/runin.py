"""Run-in pairs: labelled values printed one after the other in a paragraph, set apart by
middle dots ("Nachname: Erdem · Vornamen: Burak · Passnummer gemäß Akte: U52432158").

Where the paragraph's line breaks inside a pair, the pair's end stands at the next line's
start, before its first dot: a value ("… · IBAN: DE66 2005 0550 9823" / "8959 74 · BIC: …")
or the rest of a label with its value ("… · Passnummer" / "gemäß Ausländerakte: U52432158 ·
…"). ``join_run_in_pairs`` moves that end onto the line the pair began on, right after it,
so that a pair is read on one line. Pages without such paragraphs come back unchanged.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median
from typing import Final

from extractors.layout import Line, build_lines
from extractors.words import Word

#: What sets run-in pairs apart.
DOTS: Final = frozenset({"·", "•"})
#: A paragraph's lines follow each other at most this many text heights apart (top to top)
LINE_PITCH_HEIGHTS: Final = 1.7
#: ... and start at one left edge, within this many.
EDGE_TOLERANCE_HEIGHTS: Final = 1.0
#: A moved word's space before it, in text heights.
SPACE_HEIGHTS: Final = 0.3


def _pair_end(line: Line, nxt: Line) -> list[Word]:
    """The words at the start of ``nxt`` that end the pair ``line`` breaks off (or [])."""
    words = line.words
    h = median(w.y1 - w.y0 for w in words)
    if nxt.page != line.page or nxt.y0 - line.y0 > LINE_PITCH_HEIGHTS * h \
            or abs(nxt.segments[0].x0 - line.segments[0].x0) > EDGE_TOLERANCE_HEIGHTS * h \
            or len(line.segments) > 1 or not any(w.text in DOTS for w in words) \
            or not any(w.text.endswith(":") for w in words):
        return []  # (pairs are labelled by their colons; "Anna · Vorname(n) der Person" sets
        # a value before its label, a line each)
    last_dot = max(i for i, w in enumerate(words) if w.text in DOTS)
    pair = words[last_dot + 1:]
    head = list(nxt.segments[0].words)
    dot = next((i for i, w in enumerate(head) if w.text in DOTS), None)
    if dot is None and len(nxt.segments) > 1:
        return []
    run = head if dot is None else head[:dot]
    if not pair or not run:
        return []
    # (a label broken off before its colon takes its rest with the value; a value broken
    # off takes only words that open no label of their own)
    if any(w.text.endswith(":") for w in pair) and any(w.text.endswith(":") for w in run):
        return []
    return run


def join_run_in_pairs(words: list[Word]) -> list[Word]:
    """The page's words with each run-in pair a line break split read on its first line."""
    if not any(w.text in DOTS for w in words):
        return words  # (a quick look before the lines are built)
    lines = build_lines(words)
    moved: dict[int, Word] = {}
    for line, nxt in pairwise(lines):
        run = _pair_end(line, nxt)
        if not run:
            continue
        last = line.words[-1]
        top, bottom = last.y0, last.y1
        x = last.x1 + SPACE_HEIGHTS * (bottom - top)
        for w in run:
            width = w.x1 - w.x0
            moved[id(w)] = Word(w.text, (x, top, x + width, bottom), w.confidence, w.page)
            x += width + SPACE_HEIGHTS * (bottom - top)
    if not moved:
        return words
    return [moved.get(id(w), w) for w in words]
