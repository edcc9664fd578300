"""Field codes: forms whose boxes carry only a code ("1.1", "A3", "(7)", "21"), explained in a
key block elsewhere on the page ("1.1 – Familienname", "(7) Staatsangehörigkeit").

The key's explanations are the boxes' labels. ``resolve_field_codes`` puts each explanation
where its code stands beside or over a box, and takes the key block out of the words, so that
extraction reads the form like any labelled one: from word geometry, whatever the codes are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from statistics import median
from typing import Final

from extractors.layout import Line, Segment, build_lines
from extractors.words import Word

# A field code: a number, a dotted number ("1.1", "2.10"), a letter with a number ("A3",
# "C1"), a dotted one with a letter ("C.1.1"); maybe in brackets ("(7)").
_CODE: Final = r"(?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?"
# "1.1 – Familienname", "11 = Name", "A3: Geburtsdatum", "(7) Staatsangehörigkeit"
_ENTRY: Final = re.compile(
    rf"^(?:(?P<code>{_CODE})\s*[–—=:\-]\s*|\((?P<bracketed>{_CODE})\)\s*(?P<sep>[–—=:\-])?\s*)"
    r"(?P<text>[^\W\d_].*)$")
_MARKER: Final = re.compile(rf"^\(?(?P<code>{_CODE})\)?$")
#: A key block explains at least this many codes that stand elsewhere on the page.
MIN_KEYED_CODES: Final = 3


@dataclass(frozen=True, slots=True)
class _Entry:
    code: str
    text: str
    words: tuple[Word, ...]


def _entries(segments: list[tuple[Segment, Segment | None]]) -> dict[str, list[_Entry]]:
    """The key's explanations by code: a segment "code – text", or a bracketed code alone
    followed by its text in the next segment of the line."""
    out: dict[str, list[_Entry]] = {}
    for seg, following in segments:
        m = _ENTRY.match(seg.text)
        # (a bracketed code before a value, "(12) Herne", is a box, not an explanation)
        if m is not None and (m.group("code") or m.group("sep") or _explains(m.group("text"))):
            code = m.group("code") or m.group("bracketed")
            out.setdefault(code, []).append(_Entry(code, m.group("text").strip(), seg.words))
            continue
        bare = _MARKER.match(seg.text)
        if bare is not None and seg.text.startswith("(") and following is not None \
                and _explains(following.text):
            out.setdefault(bare.group("code"), []).append(
                _Entry(bare.group("code"), following.text, (*seg.words, *following.words)))
    return out


def _explains(text: str) -> bool:
    """Whether a text beside a bracketed code reads as an explanation, not a value: several
    words without digits, one of them in small letters or a bracket, colon or comma."""
    words = text.split()
    return (len(words) >= 2 and not any(ch.isdigit() for ch in text)
            and any(w[:1].islower() or any(c in w for c in "():,/") for w in words[1:]))


def resolve_field_codes(words: list[Word]) -> list[Word]:
    """The page's words with each field code standing alone replaced by its explanation from
    the page's key block, and the key block left out; the words unchanged when the page has
    no such key (most pages)."""
    if not any(_MARKER.match(w.text) for w in words):
        return words
    lines = build_lines(words)
    pairs = [(seg, line.segments[i + 1] if i + 1 < len(line.segments) else None)
             for line in lines for i, seg in enumerate(line.segments)]
    entries = _entries(pairs)
    if len(entries) < MIN_KEYED_CODES:
        return words
    key_words = {id(w) for found in entries.values() for e in found for w in e.words}
    markers: dict[int, str] = {}  # a code's word (by identity) -> its explanation
    placed: set[str] = set()
    for seg, _ in pairs:
        m = _MARKER.match(seg.text)
        if m is None or len(seg.words) != 1 or id(seg.words[0]) in key_words:
            continue
        found = entries.get(m.group("code"), [])
        if len(found) == 1:  # (a code explained twice says nothing sure)
            markers[id(seg.words[0])] = found[0].text
            placed.add(m.group("code"))
    if len(placed) < MIN_KEYED_CODES:
        return words
    key_words |= _key_furniture(lines, [w for w in words if id(w) in key_words])
    out: list[Word] = []
    for w in words:
        if id(w) in key_words:
            continue
        explanation = markers.get(id(w))
        out.extend(_explained(w, explanation) if explanation else (w,))
    return out


#: A key block's heading ("Zeichenerklärung zu den Kästchen") stands at most this many lines
#: over it, each at most this many line heights from the next.
KEY_HEADING_LINES: Final = 3
KEY_HEADING_GAP_HEIGHTS: Final = 1.5


def _key_furniture(lines: list[Line], key: list[Word]) -> set[int]:
    """Words of the key block that explain no code: its heading over it and the group
    headings between its entries, without digits (a value or a date is never furniture).
    Only text starting where a column of the key's entries starts counts: a form's boxes
    may stand beside the key, their values indented under their codes."""
    height = median(w.height for w in key)
    page = key[0].page
    columns: list[tuple[float, float, float]] = []  # x0, top, bottom of each entry column
    for w in sorted(key, key=lambda w: w.x0):
        if columns and w.x0 - columns[-1][0] <= height:
            x0, top, bottom = columns[-1]
            columns[-1] = (x0, min(top, w.y0), max(bottom, w.y1))
        else:
            columns.append((w.x0, w.y0, w.y1))
    out: set[int] = set()
    for x0, top, bottom in columns:
        above: list[Segment] = []
        for line in lines:
            if line.page != page:
                continue
            for seg in line.segments:
                if abs(seg.x0 - x0) > height or any(ch.isdigit() for ch in seg.text):
                    continue
                middle = (seg.y0 + seg.y1) / 2
                if top <= middle <= bottom:
                    out.update(id(w) for w in seg.words)
                elif middle < top:
                    above.append(seg)
        for seg in sorted(above, key=lambda s: -s.y1)[:KEY_HEADING_LINES]:
            if top - seg.y1 > KEY_HEADING_GAP_HEIGHTS * height:
                break
            out.update(id(w) for w in seg.words)
            top = min(top, seg.y0)
    return out


def _explained(code: Word, text: str) -> list[Word]:
    """The explanation's words in the code's place: side by side within the code's box, so
    that the value beside or under it stays where it was."""
    parts = text.split()
    total = sum(len(p) for p in parts)
    x, out = code.x0, []
    for part in parts:
        width = (code.x1 - code.x0) * len(part) / total
        out.append(replace(code, text=part, bbox=(x, code.y0, x + width, code.y1)))
        x += width
    return out
