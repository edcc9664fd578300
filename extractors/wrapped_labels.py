"""Labels wrapped under themselves: a label's wording that runs onto a second line while its
value stands beside the first ("In diesem Ort bist du | Essen" over "geboren"; "So heißt du
mit | Neumann" over "Nachnamen").

A label is found by its whole wording, so its rest on the next line would leave the first
line naming nothing ("In diesem Ort bist du") and the second no value. ``join_wrapped_labels``
moves that rest onto the first line, right after the label's words and before the value, so
that the label is read whole beside its value. Pages without such labels come back unchanged.

The rest is told from a value under the label by its shape: one or two words of letters
that go on from the label (the label's line ends in a joining word, or the rest starts in
lower case after a label line ending in lower case), set tightly under it, with nothing
under the value beside it but the value's own wrapped end.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median
from typing import Final

from extractors.layout import Line, Segment, build_lines
from extractors.words import Word

#: A label's wrapped rest follows its line at most this many text heights (top to top) ...
LINE_PITCH_HEIGHTS: Final = 1.6
#: ... starts at its left edge, within this many ...
EDGE_TOLERANCE_HEIGHTS: Final = 1.0
#: ... and is at most this many words (a remark's end, closing its bracket, at most
#: ``REMARK_MAX_WORDS``: "(in" / "Druckbuchstaben, eine Zeile)").
REST_MAX_WORDS: Final = 2
REMARK_MAX_WORDS: Final = 4
#: A moved word's space before it, in text heights.
SPACE_HEIGHTS: Final = 0.3
#: The gap kept before the value beside, in text heights (wider than a segment's gap).
VALUE_GAP_HEIGHTS: Final = 1.8

_POSTAL_CODE: Final = re.compile(r"\d{5}")

#: Words after which a label's wording must go on ("So heißt du mit" / "Nachnamen").
JOINING_WORDS: Final = frozenset({
    "mit", "und", "oder", "der", "die", "das", "des", "dem", "den", "von", "vom", "zum",
    "zur", "für", "fur", "in", "im", "bei", "beim", "an", "am", "auf", "aus", "nach", "zu",
    "als", "ohne", "bzw.", "u.", "d.",
})


def _letters(word: Word) -> bool:
    return word.text.replace("-", "").isalpha()


def _goes_on(label: Segment, rest: Segment) -> bool:
    """Whether ``rest`` reads as the end of ``label``'s wording, not a value under it."""
    last = label.words[-1].text
    if label.text.count("(") > label.text.count(")"):
        # the remark the label's line opened closes here: "(aus dem" / "Online-Ausweis)"
        closed = next((i for i, w in enumerate(rest.words) if w.text.endswith(")")), None)
        return closed is not None and closed < REMARK_MAX_WORDS \
            and closed == len(rest.words) - 1
    # (a remark in brackets may follow, or open here and close on the next line:
    # "Wohnungsgebers (selbst" / "angegeben)")
    opened = next((i for i, w in enumerate(rest.words) if w.text.startswith("(")),
                  len(rest.words))
    words = rest.words[:opened]
    if not words or len(words) > REST_MAX_WORDS or not all(_letters(w) for w in words):
        return False
    if last.lower() in JOINING_WORDS:
        return True
    # (a lower-case rest after a lower-case end: "bist du" / "geboren"; a row of labels
    # ends in nouns, and its values under it, "männlich", stand under a noun)
    return len(label.words) >= 2 and last[:1].islower() and last.isalpha() \
        and words[0].text[:1].islower()


def _goes_on_below(value: Segment) -> bool:
    """Whether a value's line ends where the value cannot: after a comma or hyphen, a
    joining word, or a postal code before its town."""
    last = value.words[-1].text
    return last.endswith((",", "-")) or last.lower() in JOINING_WORDS or _POSTAL_CODE.fullmatch(
        last) is not None


def _wrapped_rest(line: Line, nxt: Line) -> list[tuple[Segment, Segment]]:
    """Pairs (label, its rest) of ``line`` whose wording goes on in ``nxt``."""
    h = median(w.y1 - w.y0 for w in line.words)
    if nxt.page != line.page or nxt.y0 - line.y0 > LINE_PITCH_HEIGHTS * h:
        return []
    out = []
    for label, value in pairwise(line.segments):
        if label.words[-1].text.endswith((":", "?", ".", "!", ",")):
            continue  # a label closed by its colon, a question, a sentence
        under = [s for s in nxt.segments if s.x1 > label.x0 - h and s.x0 < value.x1]
        if not under or abs(under[0].x0 - label.x0) > EDGE_TOLERANCE_HEIGHTS * h \
                or under[0].x1 >= value.x0 or not _goes_on(label, under[0]):
            continue
        # Under the value only its own wrapped end, where its line says it goes on (a
        # comma, a joining word, a postal code before its town), at either of its edges
        # ("Rüdesheimer Straße 149, 40211" / "Düsseldorf"; flush right: "An der" /
        # "Jahrhunderthalle 142"); a row of values under a row of labels is no such end.
        if under[1:] and not (_goes_on_below(value) and all(
                abs(s.x1 - value.x1) <= EDGE_TOLERANCE_HEIGHTS * h
                or abs(s.x0 - value.x0) <= EDGE_TOLERANCE_HEIGHTS * h
                or (s.x0 >= value.x0 and value.words[-1].text.endswith(","))
                for s in under[1:])):
            continue
        out.append((label, under[0]))
    return out


def join_wrapped_labels(words: list[Word]) -> list[Word]:
    """The page's words with each label's wrapped rest moved beside its first line."""
    lines = build_lines(words)
    pairs = [[(line, label, rest) for label, rest in _wrapped_rest(line, nxt)]
             for line, nxt in pairwise(lines)]
    # (a rest may wrap again: "Adresse des" / "Wohnungsgebers (selbst" / "angegeben)")
    rests = {id(rest.words[0]) for found in pairs for _, _, rest in found}
    chains: dict[int, tuple[Line, Segment, list[Word]]] = {}
    head_of: dict[int, int] = {}
    for i, found in enumerate(pairs):
        for line, label, rest in found:
            if i + 2 < len(lines) and _block_goes_on(label, rest, lines[i + 2], rests):
                continue
            head = head_of.get(id(label.words[0]), id(label.words[0]))
            if head not in chains:
                chains[head] = (line, label, [])
            chains[head][2].extend(rest.words)
            head_of[id(rest.words[0])] = head
    moved: dict[int, Word] = {}
    for first, label, after in chains.values():
        # (within the label's own column: as wide as its widest line, and clear of the value)
        column = max(label.x1, max(w.x1 for w in after))
        moved.update(_laid_in_line(label, after, min(_room(first, label), column)))
    if not moved:
        return words
    return [moved.get(id(w), w) for w in words]


def _block_goes_on(label: Segment, rest: Segment, after: Line, rests: set[int]) -> bool:
    """Whether the label's column goes on under its rest in a line of its own that is no
    rest or remark ("Eigentümer/in der" / "überlassenen" / "Wohnung (falls" / …): a heading
    over several rows, whose words are read where they stand."""
    h = max(rest.height, 1.0)
    if after.page != rest.page or after.y0 - rest.y0 > LINE_PITCH_HEIGHTS * h:
        return False
    return any(abs(s.x0 - label.x0) <= EDGE_TOLERANCE_HEIGHTS * h
               and id(s.words[0]) not in rests and not s.words[0].text.startswith("(")
               for s in after.segments)


def _laid_in_line(label: Segment, rest: list[Word], room: float) -> dict[int, Word]:
    """The label's words and its rest set one after the other on the label's line, squeezed
    where the value beside leaves too little room (only their order on the line matters)."""
    first, last = label.words[0], label.words[-1]
    top, bottom = last.y0, last.y1
    space = SPACE_HEIGHTS * (bottom - top)
    squeeze = last.x1 + space + sum(w.x1 - w.x0 + space for w in rest) > room
    laid = [*label.words, *rest] if squeeze else list(rest)
    x = first.x0 if squeeze else last.x1 + space
    need = sum(w.x1 - w.x0 + space for w in laid)
    scale = min(1.0, (room - x) / need) if need > 0 else 1.0
    out = {}
    for w in laid:
        width = (w.x1 - w.x0) * scale
        out[id(w)] = Word(w.text, (x, top, x + width, bottom), w.confidence, w.page)
        x += width + space * scale
    return out


def _room(line: Line, label: Segment) -> float:
    """Where the label's room on its line ends: well before the next segment, so that the
    label stays a segment of its own."""
    after = [s.x0 for s in line.segments if s.x0 > label.x1]
    h = label.height
    return min(after, default=label.x1 + 100 * h) - VALUE_GAP_HEIGHTS * h
