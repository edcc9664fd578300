"""Change notices: a form that prints a record's state after a change beside the state before.

A notice of changed particulars ("Veränderungsanzeige", "Änderungsmitteilung", "Gegenüber-
stellung alt / neu") gives each field twice or marks it as kept: a table whose columns hold
the value before and after the change ("Merkmal | zuvor | jetzt"), a value given on two lines
("bisher: Südring" over "neu: Brückstraße"), or a value with a mark that it stayed
("Schröder (wie bisher)", a cell "keine Änderung" in the after column). Only the state after
the change is the case's.

``resolve_change_notices`` keeps, of each field, the words of its state after the change in
the place where the form printed them: an after value that says the field stayed gives way
to the before value, any other after value drops the before value, and the marks that say
"before", "after" or "unchanged" go. Pages that are no change notice come back as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from typing import Final

from extractors.history import QUOTE_CLOSE, QUOTE_OPEN, quoted_runs
from extractors.layout import Line, build_lines
from extractors.values import fold
from extractors.words import Word

# A value's mark that it stayed as it was.
_KEPT: Final = re.compile(
    r"^\(?\s*(?:wie\s+bisher|wie\s+zuvor|wie\s+vorher|keine\s+änderung|ohne\s+änderung|"
    r"unverändert|bleibt(?:\s+gleich|\s+unverändert)?|nicht\s+geändert|gleich\s+bleibend)"
    r"\s*\)?\.?$", re.IGNORECASE)
# The heading of a before column and of an after column (folded, marks stripped).
_BEFORE: Final = re.compile(
    r"^(?:bisher|zuvor|vorher|alt|fruher|bislang|alter\s+(?:wert|stand|eintrag)|"
    r"bisheriger\s+(?:wert|stand|eintrag)|stand\s+vor\s+der\s+anderung|vor\s+der\s+anderung|"
    r"eintrag\s+vor\s+der\s+anderung)$")
_AFTER: Final = re.compile(
    r"^(?:neu|jetzt|nachher|kunftig|ab\s+jetzt|neuer\s+(?:wert|stand|eintrag)|"
    r"stand\s+nach\s+der\s+anderung|nach\s+der\s+anderung|eintrag\s+nach\s+der\s+anderung)$")
_MARK_END: Final = re.compile(r"[:.\s]+$")
# A tick box ("[X]", "☐") or a bracketed choice: a row of options, not two values.
_BOX: Final = re.compile(r"^(?:\[.?\]|[☐☒☑□■✗✘])")
#: A change table has at least this many rows under its heading.
MIN_ROWS: Final = 2


def _plain(text: str) -> str:
    return _MARK_END.sub("", fold(text).strip())


def _height(words: list[Word]) -> float:
    return median(w.y1 - w.y0 for w in words) if words else 10.0


def _kept_tail(words: Sequence[Word]) -> int:
    """How many of the words at the line's end are a bracketed mark that the value stayed
    (0 when none, or when nothing stands before the mark)."""
    for n in (1, 2, 3):
        if len(words) > n and words[-n].text.startswith("(") \
                and _KEPT.match(" ".join(w.text for w in words[-n:])):
            return n
    return 0


def _marker(words: Sequence[Word], pattern: re.Pattern[str]) -> int:
    """How many words at the start of the line are a before or after mark closed by a
    colon ("bisher:", "neuer Eintrag:"), with a value after them (0 when none)."""
    for n in (1, 2, 3, 4, 5):
        if len(words) > n and words[n - 1].text.endswith(":") \
                and pattern.match(_plain(" ".join(w.text for w in words[:n]))):
            return n
    return 0


def _table_columns(line: Line) -> tuple[float, float] | None:
    """Where a change table's before and after columns start, when the line is its heading:
    a caption first, then a before heading, then an after heading, each its own segment."""
    segs = line.segments
    if len(segs) != 3:
        return None
    before, after = _plain(segs[1].text), _plain(segs[2].text)
    if _BEFORE.match(before) and _AFTER.match(after):
        return segs[1].x0, segs[2].x0
    return None


def _table_drops(lines: list[Line], at: int, before_x: float, after_x: float,
                 tol: float) -> set[int]:
    """The words to drop from the rows under a change table's heading: each row's before
    value when it has an after value, else its mark that the value stayed."""
    drop: set[int] = set()
    rows = 0
    for line in lines[at + 1:]:
        if line.page != lines[at].page or _table_columns(line) is not None:
            break
        words = line.words
        if len(line.segments) == 1 and words and words[0].x0 < before_x - tol \
                and words[-1].x1 > after_x:
            break  # running text across the columns: the table has ended
        before = [w for w in words if before_x - tol <= w.x0 < after_x - tol]
        after = [w for w in words if w.x0 >= after_x - tol]
        if not before and not after:
            continue
        rows += 1
        if any(_BOX.match(w.text) for w in words):
            continue  # options ticked across the columns: the form's own choice
        if after and _KEPT.match(" ".join(w.text for w in after)):
            drop |= {id(w) for w in after}
        elif after and before:
            drop |= {id(w) for w in before}
    return drop if rows >= MIN_ROWS else set()


# Words one of which a change notice prints (folded): a before heading or mark, or a mark
# that a value stayed.
# ("vor" alone is too common: a heading "Stand vor der Änderung" has "Änderung" too)
_CUES: Final = frozenset({"bisher", "zuvor", "vorher", "alt", "fruher", "bislang", "bisheriger",
                          "alter", "unverandert", "bleibt", "anderung"})


# A value quoted in a change written out ("von »Gießen« auf »Herne«", "bisher »158c« jetzt
# »129«"): the words that lead into the old value and that join it to the new one.
_OPEN: Final = "".join(QUOTE_OPEN)
_CLOSE: Final = "".join(QUOTE_CLOSE)
_LEADS: Final = frozenset({"anderung", "geandert", "von", "bisher", "alt", "vorher", "zuvor",
                           "wert", "fruher", "wurde"})
_JOINS: Final = frozenset({"auf", "zu", "in", "jetzt", "neu", "nachher", "nun", "->", "=>", "→",
                           "kunftig"})


def _written_change(words: Sequence[Word]) -> tuple[set[int], dict[int, Word]] | None:
    """The words to drop and to retext when the line writes a change out: its old value with
    the words around it go, the new value loses its quotes."""
    runs = quoted_runs(words)
    if len(runs) < 2:
        return None
    (a0, a1), (b0, b1) = runs[-2], runs[-1]
    between = [_plain(w.text) for w in words[a1:b0]]
    if not between or not all(t in _JOINS or t in _LEADS for t in between) \
            or not any(t in _JOINS for t in between):
        return None
    start = a0
    while start > 0 and _plain(words[start - 1].text) in _LEADS:
        start -= 1
    drop = {id(w) for w in words[start:b0]}
    swap = {id(w): Word(w.text.lstrip(_OPEN).rstrip(_CLOSE + ".,;"), w.bbox, w.confidence,
                        w.page) for w in words[b0:b1]}
    return drop, swap


def _wrapped_change(line: Sequence[Word], after: Sequence[Word]
                    ) -> tuple[set[int], dict[int, Word]] | None:
    """A change written out whose new value wrapped to the next line ("geändert von »A« auf"
    over "»B«"): the words to drop, and the new value's words moved up into the old value's
    place."""
    runs, next_runs = quoted_runs(line), quoted_runs(after)
    if not runs or not next_runs or next_runs[0][0] != 0:
        return None
    a0, a1 = runs[-1]
    tail = [_plain(w.text) for w in line[a1:]]
    if not tail or not all(t in _JOINS or t in _LEADS for t in tail) \
            or not any(t in _JOINS for t in tail):
        return None
    start = a0
    while start > 0 and _plain(line[start - 1].text) in _LEADS:
        start -= 1
    drop = {id(w) for w in line[start:]}
    x, (_, y0, _, y1) = line[start].x0, line[start].bbox
    moved: dict[int, Word] = {}
    for w in after[:next_runs[0][1]]:
        text = w.text.lstrip(_OPEN).rstrip(_CLOSE + ".,;")
        moved[id(w)] = Word(text, (x, y0, x + w.x1 - w.x0, y1), w.confidence, w.page)
        x += w.x1 - w.x0 + (y1 - y0) / 3
    return drop, moved


def _is_notice(words: list[Word]) -> bool:
    """A quick look before the lines are built."""
    return any(_plain(w.text).strip("()") in _CUES or w.text[:1] in QUOTE_OPEN for w in words)


def resolve_change_notices(words: list[Word]) -> list[Word]:
    """The page's words with each changed field's state before the change, and the marks
    of a change notice, left out (see the module's text); the same list when the page has
    none."""
    if not words or not _is_notice(words):
        return words
    lines = build_lines(words)
    tol = _height(words)
    drop: set[int] = set()
    swap: dict[int, Word] = {}
    for i, line in enumerate(lines):
        words_ = line.words
        change = _written_change(words_)
        if change is None and i + 1 < len(lines) and lines[i + 1].page == line.page:
            change = _wrapped_change(words_, lines[i + 1].words)
        if change is not None:
            drop |= change[0]
            swap.update(change[1])
        if (n := _kept_tail(words_)) > 0:
            drop |= {id(w) for w in words_[-n:]}
        if (cols := _table_columns(line)) is not None:
            drop |= _table_drops(lines, i, cols[0], cols[1], tol)
        if _marker(words_, _BEFORE) > 0 and i + 1 < len(lines) \
                and lines[i + 1].page == line.page \
                and (a := _marker(lines[i + 1].words, _AFTER)) > 0:
            # "bisher: Südring" over "neu: Brückstraße": the new value, without its mark
            drop |= {id(w) for w in lines[i + 1].words[:a]}
            drop |= {id(w) for w in words_}
    if not drop:
        return words
    return [swap.get(id(w), w) for w in words if id(w) not in drop]

