"""Recognise a document's type from its words.

Each type scores by the titles that name it ("Geburtsurkunde"), words typical of it, and how
many of its fields' labels the page carries; the best score wins when it is clear enough.
No layout is assumed: all evidence is words, found fuzzily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.labels import find_labels, squash
from extractors.layout import Line
from schemas.base import DocumentType

TITLE_WEIGHT = 3.0
CUE_WEIGHT = 0.5
# Share of a type's fields whose label is on the page, times this weight.
COVERAGE_WEIGHT = 6.0
# Below this score no type is claimed: the document goes to triage.
MIN_SCORE = 3.0
# A machine-readable zone line: long runs of capitals, digits and '<' fillers.
MRZ_LINE = re.compile(r"[A-Z0-9<]{8,}<<[A-Z0-9<]{8,}")


@dataclass(frozen=True, slots=True)
class Classification:
    """The type chosen (or ``None``) and every type's score, for explaining the choice."""

    document_type: str | None
    score: float
    scores: dict[str, float]

    @property
    def margin(self) -> float:
        ranked = sorted(self.scores.values(), reverse=True)
        return ranked[0] - ranked[1] if len(ranked) > 1 else ranked[0] if ranked else 0.0


def score_type(doc_type: DocumentType, lines: list[Line]) -> float:
    """How strongly the page's words speak for ``doc_type``."""
    titles = find_labels(lines, doc_type.title_cues)
    title_score = TITLE_WEIGHT * min(2, len({squash(h.label) for h in titles}))
    cues = find_labels(lines, doc_type.cues)
    cue_score = CUE_WEIGHT * min(6, len({squash(h.label) for h in cues}))
    label_texts = {label.text for spec in doc_type.fields for label in spec.labels}
    found = {squash(h.label) for h in find_labels(lines, label_texts)}
    covered = sum(1 for spec in doc_type.fields
                  if any(squash(label.text) in found for label in spec.labels))
    coverage = covered / max(1, len(doc_type.fields))
    mrz = 0.0
    if doc_type.extra.get("mrz"):
        text = "\n".join(line.text.replace(" ", "") for line in lines)
        mrz = 2 * TITLE_WEIGHT if MRZ_LINE.search(text) else 0.0
    return title_score + cue_score + COVERAGE_WEIGHT * coverage + mrz


def classify(lines: list[Line], types: dict[str, DocumentType]) -> Classification:
    """The best-scoring type, or ``None`` when no type scores at least ``MIN_SCORE``."""
    scores = {name: score_type(t, lines) for name, t in types.items()}
    if not scores:
        return Classification(None, 0.0, scores)
    best = max(scores, key=lambda n: scores[n])
    if scores[best] < MIN_SCORE:
        return Classification(None, scores[best], scores)
    return Classification(best, scores[best], scores)
