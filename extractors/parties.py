"""Whose value is it: column headers that name the people a form asks about.

A form that asks about several people in one table gives each person a column, headed by the
person's role ("Gastgeber/in | Bezugsperson | Person, für die der Titel beantragt wird", "Ehegatte
| Trauzeuge"), and repeats each label once per row. Every column's value answers the row's
label equally well; the column's header says which is the case's own person's.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractors.labels import squash
from extractors.layout import Line, Segment
from extractors.words import Word
from schemas.base import DocumentType

#: A value under a column header naming someone other than the case's person pays this
#: factor (as a value under such a heading does in the label search).
PRIOR_OTHER_COLUMN = 0.3
#: A column header is a short run of words, no value among them.
HEADER_MAX_WORDS = 8
#: How far above a value its column header may stand (a person's table runs to many rows).
HEADER_MAX_LINES = 16


def party_of(text: str, doc_type: DocumentType, *, activities: bool = False) -> bool | None:
    """Whether ``text`` names the case's own person (True), someone else the type asks about
    (False), or nobody (None).

    Where it names both, the role named first is the one it speaks of: a German role's head
    noun comes before its genitive ("Vertreter/in der antragstellenden Person") and an
    adjective that makes a role another's comes before its noun ("vorheriger Halter"); of
    two stems found at one place the longer is the more precise ("Vorhalter" over "Halter").
    With ``activities``, a stem going on with "ung" names an activity, not a person
    ("Verwaltungsgebühr")."""
    key = squash(text)
    best: tuple[int, int, bool] | None = None
    for own, stems in ((True, doc_type.own_parties), (False, doc_type.other_parties)):
        for stem in stems:
            at = key.find(stem)
            if at < 0 or (activities and key.startswith("ung", at + len(stem))):
                continue
            if best is None or (at, -len(stem)) < (best[0], -best[1]):
                best = (at, len(stem), own)
    return None if best is None else best[2]


def _header_text(seg: Segment) -> bool:
    words = seg.words
    # (a label and its value after its colon is a cell, "anzeigende Person Name: Jörg Richter")
    return len(words) <= HEADER_MAX_WORDS \
        and not any(ch.isdigit() for w in words for ch in w.text) \
        and not any(w.text.endswith(":") for w in words[:-1])


def column_party(lines: Sequence[Line], label_ends: dict[int, tuple[float, float]],
                 doc_type: DocumentType,
                 value: Sequence[Word], value_line: int, label: Segment) -> bool | None:
    """Whom the nearest header over ``value``'s column, right of its label's column, names:
    the case's own person (True), someone else (False) or nobody (None).

    Rows of labels (``label_ends``: per line, where its leftmost label's segment starts and
    ends) are passed over on the way up, and the search stops at text that reaches into the label's
    column (a section heading, another block's label), so a value beside a label in a plain
    two-column form has no header."""
    if not doc_type.other_parties or not value:
        return None
    x0 = min(w.x0 for w in value)
    x1 = max(w.x1 for w in value)
    if x0 < label.x1:
        return None  # under or inside the label's own column: its headings are the label's
    page = lines[value_line].page
    for i in range(value_line - 1, max(-1, value_line - 1 - HEADER_MAX_LINES), -1):
        line = lines[i]
        if line.page != page:
            break
        over = [s for s in line.segments if s.x1 > x0 and s.x0 < x1]
        if not over:
            continue
        if any(s.x0 < label.x1 for s in over):
            break  # a heading over the whole block, or another label's column
        first = line.segments[0]
        row_label = label_ends.get(i)
        # (a header may hold a label's word, "verstorbene Person", but stands right of the
        # labels' column)
        if (row_label is not None and row_label[0] < label.x1 and row_label[1] <= x0) \
                or (first.x0 < label.x1 and first.x1 <= x0):
            continue  # a row of a label (known or not) and its values above the value's own
        seg = max(over, key=lambda s: min(s.x1, x1) - max(s.x0, x0))
        if not _header_text(seg):
            continue
        party = party_of(seg.text, doc_type, activities=True)
        if party is not None:
            return party
    return None


def column_party_prior(lines: Sequence[Line], label_ends: dict[int, tuple[float, float]],
                       doc_type: DocumentType, value: Sequence[Word], value_line: int,
                       label: Segment) -> float:
    """``PRIOR_OTHER_COLUMN`` when ``value``'s column header names someone other than the
    case's person (``column_party``); else 1."""
    party = column_party(lines, label_ends, doc_type, value, value_line, label)
    return PRIOR_OTHER_COLUMN if party is False else 1.0
