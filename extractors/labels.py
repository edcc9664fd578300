"""Find labels on a page: fuzzy, case- and umlaut-insensitive, tolerant of OCR garbling."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from extractors.layout import Line, Segment
from extractors.values import fold

# Similarity (0..100) a window of words needs to count as a label, by the label's length:
# short labels ("Ort", "PLZ") must match exactly, long ones may carry an OCR error or two.
EXACT_BELOW_CHARS = 5
SHORT_LABEL_CHARS = 9
SHORT_LABEL_MIN_SCORE = 88.0
LONG_LABEL_MIN_SCORE = 84.0
# A label may be split into more or fewer words by OCR than it has.
WINDOW_SLACK_WORDS = 1


def squash(text: str) -> str:
    """Folded letters and digits only: ``Geb.-Datum:`` → ``gebdatum``."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


@dataclass(frozen=True, slots=True)
class LabelHit:
    """One label found on a page.

    Attributes:
        label: the wording that matched, as the schema spells it.
        segment: where it was found; ``start:end`` are its words within the segment.
        line: the line the segment belongs to; ``seg_index`` its place in that line.
        score: similarity 0..1.
    """

    label: str
    line: Line
    seg_index: int
    start: int
    end: int
    score: float

    @property
    def segment(self) -> Segment:
        return self.line.segments[self.seg_index]

    @property
    def strong(self) -> bool:
        """Set out as a label: first in its segment, or closed by a colon.

        A label word inside running text ("Castroper Straße 50a", "geboren am") is weak: it
        may still point to a value, but it does not end the value of another label.
        """
        if self.start == 0:
            return True
        words = self.segment.words
        if words[self.end - 1].text.rstrip().endswith(":"):
            return True
        return self.end < len(words) and words[self.end].text.strip() == ":"

    @property
    def x0(self) -> float:
        return self.segment.words[self.start].x0

    @property
    def x1(self) -> float:
        return self.segment.words[self.end - 1].x1

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.segment.words[self.start : self.end])

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.segment.words[self.start : self.end])

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def order(self) -> tuple[int, int, float]:
        """Reading order: page, line, then left to right."""
        return (self.line.page, self.line.index, self.x0)

    def overlaps(self, other: LabelHit) -> bool:
        return (
            self.line.index == other.line.index
            and self.seg_index == other.seg_index
            and self.start < other.end
            and other.start < self.end
        )


def min_score(squashed_label: str) -> float:
    """The similarity a label of this length needs."""
    if len(squashed_label) < EXACT_BELOW_CHARS:
        return 100.0
    if len(squashed_label) < SHORT_LABEL_CHARS:
        return SHORT_LABEL_MIN_SCORE
    return LONG_LABEL_MIN_SCORE


@lru_cache(maxsize=64)
def _vocabulary(label_texts: tuple[str, ...]) -> dict[int, list[tuple[str, str]]]:
    """Labels grouped by their word count: ``{n_words: [(squashed, label)]}``."""
    by_words: dict[int, list[tuple[str, str]]] = {}
    for text in label_texts:
        n = max(1, len(text.split()))
        by_words.setdefault(n, []).append((squash(text), text))
    return by_words


def find_labels(lines: list[Line], label_texts: Iterable[str]) -> list[LabelHit]:
    """Every place a label of ``label_texts`` appears, overlaps resolved longest first."""
    vocab = _vocabulary(tuple(sorted(set(label_texts))))
    hits: list[LabelHit] = []
    for line in lines:
        for si, seg in enumerate(line.segments):
            tokens = [squash(w.text) for w in seg.words]
            hits.extend(_hits_in_segment(line, si, tokens, vocab))
    return resolve_overlaps(hits)


def _hits_in_segment(
    line: Line, si: int, tokens: list[str], vocab: dict[int, list[tuple[str, str]]]
) -> list[LabelHit]:
    out: list[LabelHit] = []
    n_tokens = len(tokens)
    for start in range(n_tokens):
        if not tokens[start]:
            continue
        for n_words, entries in vocab.items():
            lo = max(1, n_words - WINDOW_SLACK_WORDS)
            hi = min(n_tokens - start, n_words + WINDOW_SLACK_WORDS)
            for width in range(lo, hi + 1):
                window = "".join(tokens[start : start + width])
                if not window:
                    continue
                for squashed, label in entries:
                    if abs(len(window) - len(squashed)) > 3:
                        continue
                    need = min_score(squashed)
                    if need >= 100.0:
                        if window == squashed:
                            out.append(LabelHit(label, line, si, start, start + width, 1.0))
                        continue
                    score = fuzz.ratio(window, squashed)
                    if score >= need:
                        out.append(LabelHit(label, line, si, start, start + width, score / 100))
    return out


def resolve_overlaps(hits: list[LabelHit]) -> list[LabelHit]:
    """Where labels overlap, keep the longest (then best) match: "Name der Mutter" beats "Name"."""
    ranked = sorted(hits, key=lambda h: (len(squash(h.label)) * h.score, h.score), reverse=True)
    kept: list[LabelHit] = []
    for hit in ranked:
        if not any(hit.overlaps(k) for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h.order)
    return kept
