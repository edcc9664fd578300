"""Recognise a document's type from its words.

Each type scores by the titles that name it ("Geburtsurkunde"), words typical of it, and how
many of its fields' labels the page carries; the best score wins when it is clear enough.
No layout is assumed: all evidence is words, found fuzzily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from extractors.identity import looks_like_zone_line
from extractors.labels import LabelHit, LabelIndex, find_labels, squash
from extractors.layout import Line
from schemas.base import DocumentType

TITLE_WEIGHT = 3.0
CUE_WEIGHT = 0.5
# Share of a type's fields whose label is on the page, times this weight.
COVERAGE_WEIGHT = 6.0
# Below this score no type is claimed: the document goes to triage.
MIN_SCORE = 3.0
# A type read from a machine-readable zone keeps this share of its score without one.
NO_ZONE_FACTOR = 0.3


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


def _label_keys(doc_type: DocumentType) -> list[set[str]]:
    """Per field, the squashed wordings of its labels."""
    return [{squash(label.text) for label in spec.labels} for spec in doc_type.fields]


def score_type(doc_type: DocumentType, found: set[str], mrz_text: bool,
               prominent: set[str] | None = None, page_text: PageText | None = None) -> float:
    """How strongly the words found on the page (squashed) speak for ``doc_type``.

    ``prominent`` are the wordings found where a title stands; a type's title found only
    in running text ("bringen Sie Ihren Reisepass mit") counts as a cue.
    """
    title_keys = {squash(t) for t in doc_type.title_cues}
    titles = title_keys & (found if prominent is None else prominent)
    cues = ({squash(c) for c in doc_type.cues} | (title_keys - titles)) & found
    fields = _label_keys(doc_type)
    covered = sum(1 for keys, spec in zip(fields, doc_type.fields, strict=True)
                  if keys & found or (page_text is not None
                                      and _stems_in(spec.keys, page_text.labels)))
    coverage = covered / max(1, len(fields))
    n_titles = len(titles)
    if not n_titles and page_text is not None and _stems_in(doc_type.title_keys,
                                                            page_text.titles):
        n_titles = 1
    score = (TITLE_WEIGHT * min(2, n_titles) + CUE_WEIGHT * min(6, len(cues))
             + COVERAGE_WEIGHT * coverage)
    if doc_type.extra.get("mrz"):
        # Identity documents are read from their zone: without one on the page, words like
        # "Staatsangehörigkeit" on a form are no evidence for a passport.
        if mrz_text:
            return score + 2 * TITLE_WEIGHT
        # A scan whose zone OCR garbled still names itself ("Reisepass", "Passport").
        return score if titles else score * NO_ZONE_FACTOR
    return score


def _titled(doc_type: DocumentType, prominent: set[str]) -> bool:
    """Whether the page names ``doc_type`` by one of its titles where a title stands (its
    title's stems in a short line part are a weaker sign: "Geburtsort gemäß Urkunde")."""
    return bool({squash(t) for t in doc_type.title_cues} & prominent)


@dataclass(frozen=True, slots=True)
class PageText:
    """Squashed texts of a page's short line parts: where titles and labels stand."""

    titles: tuple[str, ...]
    labels: tuple[str, ...]


# A label-like line part: a few words without digits.
LABEL_MAX_WORDS = 6


def footer_lines(lines: list[Line]) -> set[int]:
    """Indexes of the lines in the bottom ``FOOTER_SHARE`` of each page's text: notes and
    footers, where a type's name is mentioned ("Die Wohnungsgeberbestätigung ist
    beizufügen"), not a title. OCR often loses the full stop that marks it as a sentence."""
    extent: dict[int, tuple[float, float]] = {}
    for line in lines:
        top, bottom = extent.get(line.page, (line.y0, line.y1))
        extent[line.page] = (min(top, line.y0), max(bottom, line.y1))
    out: set[int] = set()
    for line in lines:
        top, bottom = extent[line.page]
        if line.y0 > top + (1 - FOOTER_SHARE) * (bottom - top):
            out.add(line.index)
    return out


def page_text(lines: list[Line], body_height: float) -> PageText:
    titles: list[str] = []
    labels: list[str] = []
    footer = footer_lines(lines)
    for line in lines:
        for seg in line.segments:
            text = squash(seg.text)
            large = seg.height > TITLE_HEIGHT_RATIO * body_height
            sentence = len(seg.words) > 2 and seg.words[-1].text.endswith(".")
            if line.index not in footer and (
                    large or (len(seg.words) <= TITLE_MAX_WORDS and not sentence)):
                titles.append(text)
            if len(seg.words) <= LABEL_MAX_WORDS and not any(c.isdigit() for c in text):
                labels.append(text)
    return PageText(tuple(titles), tuple(labels))


def _stems_in(entries: tuple[tuple[str, ...], ...], texts: tuple[str, ...]) -> bool:
    # (an entry whose stems the page lacks altogether is ruled out by one search)
    whole = "\n".join(texts)
    return any(all(stem in whole for stem in entry)
               and any(all(stem in text for stem in entry) for text in texts)
               for entry in entries)


# A title stands first in its line part, in a short line, or in larger type than the text.
TITLE_MAX_WORDS = 8
#: The bottom share of a page's text that holds notes and footers rather than titles.
FOOTER_SHARE = 0.2
TITLE_HEIGHT_RATIO = 1.2


def _prominent(hit: LabelHit, body_height: float, footer: set[int]) -> bool:
    seg = hit.segment
    if hit.line.index in footer:
        return False
    if seg.height > TITLE_HEIGHT_RATIO * body_height:
        return True
    # A sentence (or the last line of one) is no title, however short.
    if len(seg.words) > 2 and seg.words[-1].text.endswith("."):
        return False
    return hit.first or len(seg.words) <= TITLE_MAX_WORDS


# A civil register's number names its register by its letter ("G 307/2025": births) as
# surely as a title: a certificate whose title a stamp covers is still told by it.
REGISTER_WEIGHT = TITLE_WEIGHT
#: A title found by its stems alone counts this much less on a page that sets another type's
#: title in full.
STEM_TITLE_DISCOUNT = 0.5
_REGISTER_NUMBER = re.compile(r"(?<![\w/])([A-Z])\s?\d{1,6}\s?/\s?(?:19|20)\d{2}(?!\d)")


def register_letters(lines: list[Line]) -> set[str]:
    """The letters of the register numbers on the page."""
    return {m.group(1) for line in lines for seg in line.segments
            for m in _REGISTER_NUMBER.finditer(seg.text)}


def _all_wordings(types: dict[str, DocumentType]) -> set[str]:
    out: set[str] = set()
    for t in types.values():
        out.update(t.title_cues)
        out.update(t.cues)
        out.update(label.text for spec in t.fields for label in spec.labels)
    return out


def classify(lines: list[Line], types: dict[str, DocumentType],
             index: LabelIndex | None = None) -> Classification:
    """The best-scoring type, or ``None`` when no type scores at least ``MIN_SCORE``."""
    wordings = _all_wordings(types)
    hits = (index.find(wordings, resolve=False) if index
            else find_labels(lines, wordings, resolve=False))
    hits = [h for h in hits if not h.guessed]
    found = {squash(h.label) for h in hits}
    heights = [w.height for line in lines for seg in line.segments for w in seg.words]
    body_height = median(heights) if heights else 0.0
    footer = footer_lines(lines)
    prominent = {squash(h.label) for h in hits if _prominent(h, body_height, footer)}
    mrz_text = any(looks_like_zone_line(line.text.replace(" ", "")) for line in lines)
    text = page_text(lines, body_height)
    scores = {name: score_type(t, found, mrz_text, prominent, text)
              for name, t in types.items()}
    titled = {name for name, t in types.items() if _titled(t, prominent)}
    if titled:
        # A type's title set where titles stand outweighs another type's stems in a heading
        # ("Anmeldung" over the section "Vermieter/in (Wohnungsgeber/in)").
        for name, t in types.items():
            if name not in titled and _stems_in(t.title_keys, text.titles):
                scores[name] -= STEM_TITLE_DISCOUNT * TITLE_WEIGHT
    letters = register_letters(lines)
    if len(letters) == 1:
        for name, t in types.items():
            if t.extra.get("register_letter") in letters:
                scores[name] += REGISTER_WEIGHT
    if not scores:
        return Classification(None, 0.0, scores)
    best = max(scores, key=lambda n: scores[n])
    zone = [n for n, t in types.items() if t.extra.get("mrz")]
    if zone and best not in zone and mrz_text \
            and sum(looks_like_zone_line(line.text.replace(" ", "")) for line in lines) >= 2 \
            and not _titled(types[best], prominent):
        # a whole zone, and no other type's title: an identity document (a certified copy
        # whose labels name the holder's birth), not a certificate told by its labels alone
        best = max(zone, key=lambda n: scores[n])
    if scores[best] < MIN_SCORE:
        return Classification(None, scores[best], scores)
    return Classification(best, scores[best], scores)
