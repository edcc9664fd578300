"""Field codes: forms whose boxes carry only a code ("1.1", "A3", "(7)", "21"), explained in a
key block elsewhere on the page ("1.1 – Familienname", "(7) Staatsangehörigkeit").

The key's explanations are the boxes' labels. ``resolve_field_codes`` puts each explanation
where its code stands beside or over a box, and takes the key block out of the words, so that
extraction reads the form like any labelled one: from word geometry, whatever the codes are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median
from typing import Final

from extractors.labels import squash
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


# --- key numbers (Kennzahlen) ------------------------------------------------------------
#
# A machine-readable form ("Kennzahlenvordruck") gives each box a key number ("KZ 325",
# "175", "01 KZ 325" after a line number, "370:") and explains the numbers in a legend: a
# list or table, a running text ("KZ 325 = Nachname · KZ 332 = …", "30 Familienname; 31
# …"), a side column or another sheet. The key number may also stand beside its meaning
# over the box. ``resolve_key_numbers`` writes each key number's meaning, closed by a
# colon, in its place before the value, and a coded value ("2" where the meaning says "1 =
# weiblich, 2 = männlich") as the meaning's word; the legend stays.

_KEY_PREFIX: Final = r"(?:KZ|Kz\.?|Kennzahl|Kennz\.|Feld-?Nr\.?|Nr\.)"
_KEY_ENTRY: Final = re.compile(
    rf"^(?:{_KEY_PREFIX}\s*)?(?P<code>[A-Z]?\d{{2,3}})(?:\s*(?P<sep>[=–—-])\s*|:?\s+|:?$)"
    r"(?P<text>[A-Za-zÄÖÜäöüß(].*)?$")
_KEY_MARKER: Final = re.compile(
    rf"^(?:\d{{1,2}}\s+)?(?:{_KEY_PREFIX}\s*)?(?P<code>[A-Z]?\d{{2,3}}):?$")
_KEY_ALONE: Final = re.compile(rf"^(?:{_KEY_PREFIX}\s*)?[A-Z]?\d{{2,3}}$")
_KEY_WORD: Final = re.compile(r"^[A-Z]?\d{2,3}:?$")
_KEY_START: Final = re.compile(rf"^(?:{_KEY_PREFIX}\s*\d|[A-Z]\d{{2,3}}\b)")
# a value's digits; a person's number ("Elternteil 2", "Ehegatte 1") is a legend's word
_VALUE_DIGITS: Final = re.compile(r"\d{2,}|\d[.:/]\d")
_LEGEND_HEADING: Final = re.compile(
    r"^\W*(?:legende|\w*verzeichnis|erläuterung|bedeutung|zeichenerklärung)", re.IGNORECASE)
# "(Werte: 1 = weiblich, 2 = männlich)", "(1 = ja)": what a coded value means
_VALUE_CODE: Final = re.compile(r"(?<![\d.])(\d{1,2})\s*=\s*([^,;()]+?)\s*(?=[,;()]|$)")
_VALUE_MAP: Final = re.compile(r"\(?(?:zulässige\s+)?(?:Werte:?\s*)?\d{1,2}\s*=.*$",
                               re.IGNORECASE)
_PART_END: Final = re.compile(r"[;·•]$")
#: A key number's meaning is printed over its box when it stands at most this many line
#: heights above it.
KEY_LABEL_ABOVE_HEIGHTS: Final = 2.0
#: ... and the text over it holds at least this share of the meaning.
LABEL_ABOVE_SHARE: Final = 0.6
#: A legend's entries start at most this many text heights from their heading's left edge.
KEY_LEGEND_COLUMN_HEIGHTS: Final = 2.0


@dataclass
class _KeyText:
    """A key number with a text after it, on a page: a legend's entry or a box's value."""

    code: str
    words: list[Word]  # the entry's words, the key number's first
    page: int
    line: int
    segment: int
    in_legend: bool
    boxed: bool = False  # a value follows on the line: the key's label over a box
    listed: bool = False  # one of several entries on its line: a legend's
    last_line: int = -1  # the line its text ends on
    seg_x0: float = 0.0  # where its segment starts

    @property
    def text(self) -> str:
        m = _KEY_ENTRY.match(" ".join(w.text for w in self.words).rstrip(";·• "))
        return (m.group("text") or "") if m else ""


def _parts(seg: Segment) -> list[list[Word]]:
    """A segment's words split where a running legend separates its entries ("; ", " · ",
    " – " before the next key number)."""
    parts: list[list[Word]] = [[]]
    words = seg.words
    for i, w in enumerate(words):
        dash_before_key = w.text in {"–", "—"} and i + 1 < len(words) \
            and _KEY_ALONE.match(words[i + 1].text.rstrip(":")) is not None
        if w.text in {"·", "•"} or dash_before_key:
            parts.append([])
            continue
        parts[-1].append(w)
        if _PART_END.search(w.text):
            parts.append([])
    return [p for p in parts if p and p[0].text]


def _unfinished(text: str) -> bool:
    """An entry's text breaks off: nothing yet, an open bracket, a comma, a dash, "=", or a
    small word at its end."""
    words = text.split()
    return (not words or text.count("(") > text.count(")") or text[-1] in ",=–-:"
            or words[-1].lower() in _FUNCTION_WORDS)


_FUNCTION_WORDS: Final = frozenset({"der", "die", "das", "des", "dem", "den", "und", "oder",
                                    "mit", "für", "laut", "zur", "zum", "von", "in", "im",
                                    "am", "an", "bei", "nach", "aus", "bzw."})


def _legend_columns(lines: list[Line]) -> list[tuple[int, int, float]]:
    """Where legends stand: their heading's page, line and left edge."""
    out = []
    for line in lines:
        for seg in line.segments:
            if _LEGEND_HEADING.search(seg.text) and len(seg.words) <= 8 \
                    and not any(ch.isdigit() for ch in seg.text):
                out.append((line.page, line.index, seg.x0))
    return out


def _key_texts(lines: list[Line]) -> list[_KeyText]:
    """Every key number with a text after it, and the texts that go on on the next line
    (a legend's entry wrapping), joined to their entry."""
    height = median(w.height for line in lines for s in line.segments for w in s.words)
    legends = _legend_columns(lines)
    found: list[_KeyText] = []
    previous: list[_KeyText] = []  # the entries of the line before
    for line in lines:
        current: list[_KeyText] = []
        went_on = False
        taken = -1
        for si, seg in enumerate(line.segments):
            if si == taken:
                continue
            parts = _parts(seg)
            following = line.segments[si + 1] if si + 1 < len(line.segments) else None
            if following is not None and parts and _KEY_ALONE.match(
                    " ".join(w.text for w in parts[-1])) and following.text[:1].isalpha() \
                    and not _KEY_START.match(following.text):
                # a table's key number and its text in the next cell
                parts[-1] = [*parts[-1], *following.words]
                taken = si + 1
            for pi, part in enumerate(parts):
                m = _KEY_ENTRY.match(" ".join(w.text for w in part).rstrip(";·• "))
                # (a key number alone is an entry only with its "=", or at the end of a
                # running list's line: its text on the next line)
                running_end = len(parts) > 1 and pi == len(parts) - 1 \
                    and si == len(line.segments) - 1
                if m is not None and (m.group("text") or m.group("sep") == "=" or running_end):
                    in_legend = any(
                        page == line.page and index < line.index
                        and abs(part[0].x0 - x0) <= KEY_LEGEND_COLUMN_HEIGHTS * height
                        for page, index, x0 in legends)
                    rest = line.segments[(taken if taken > si else si) + 1:]
                    boxed = bool(rest) and not _KEY_ENTRY.match(rest[0].text) \
                        and pi == len(parts) - 1
                    entry = _KeyText(m.group("code"), list(part), line.page, line.index,
                                     si, in_legend, boxed)
                    entry.last_line = line.index
                    entry.seg_x0 = seg.x0
                    found.append(entry)
                    current.append(entry)
                    continue
                # an entry's text wrapping onto the next line, under it: in a running list,
                # the last entry of the segment the line broke
                above = [e for e in previous
                         if e.words[0].x0 - height <= part[0].x0 <= max(w.x1 for w in e.words)]
                # (a running list's line starts at its left edge and goes on with the entry
                # the line before broke off)
                # (or a running list's line, in its own column, goes on with the entry the
                # line before broke off at its end)
                first = pi == 0 and bool(previous) \
                    and abs(seg.x0 - previous[-1].seg_x0) <= height
                if (above or (first and previous)) and not part[0].text[:1].isdigit() \
                        and not _KEY_START.match(part[0].text):
                    broken = [e for e in previous if e.segment == above[0].segment] \
                        if above and not first else previous
                    if _unfinished(broken[-1].text) or part[0].text[:1].islower() \
                            or part[0].text[:1] == "(":
                        broken[-1].words.extend(part)
                        broken[-1].last_line = line.index
                        went_on = True
        if len(current) > 1:
            for entry in current:
                entry.listed = True
        previous = current if current else previous if went_on else []
    return found


def _meanings(texts: list[_KeyText]) -> dict[str, _KeyText]:
    """Each key number's legend entry: of the texts after it, the one that reads most like
    an explanation (in a legend, more words, no digits but a coded value's)."""
    # a legend's entries stand in a list: in a legend's column, several on a line, or on
    # lines right after one another (a form's numbered labels have their boxes between them)
    starts = {(t.page, t.line) for t in texts}
    ends = {(t.page, t.last_line) for t in texts}
    by_code: dict[str, list[_KeyText]] = {}
    for t in texts:
        if t.in_legend or t.listed or (t.page, t.last_line + 1) in starts \
                or (t.page, t.line - 1) in ends:
            by_code.setdefault(t.code, []).append(t)

    def score(t: _KeyText) -> float:
        plain = _VALUE_MAP.sub("", t.text)
        return (len(plain.split()) + 3 * t.in_legend + 2 * t.listed
                - 4 * bool(_VALUE_DIGITS.search(plain)))

    out: dict[str, _KeyText] = {}
    for code, found in by_code.items():
        ranked = sorted(found, key=score, reverse=True)
        best = ranked[0]
        plain = _VALUE_MAP.sub("", best.text)
        if _VALUE_DIGITS.search(plain) or not plain.strip():
            continue
        if len(ranked) > 1 and score(ranked[1]) == score(best):
            if ranked[1].text != best.text:
                continue  # no telling which is the legend
            # the same words beside the key number over a box (a value after them) and in
            # the legend: the legend's are the entry
            tied = [t for t in ranked if score(t) == score(best)]
            best = max(tied, key=lambda t: (t.in_legend, t.listed, not t.boxed))
        if best.boxed:
            continue  # the key's label over its box, no legend's entry
        out[code] = best
    return out


def _value_codes(meaning: str) -> dict[str, str]:
    """A meaning's coded values: "(Werte: 1 = weiblich, 2 = männlich)" -> {"1": "weiblich",
    "2": "männlich"}."""
    return {code: word.strip() for code, word in _VALUE_CODE.findall(meaning)}


def _labelled_above(lines: list[Line], line: Line, seg: Segment, meaning: str,
                    marker: int) -> bool:
    """The box already has its meaning printed over it or beside its key number (or
    wrapping from over it to beside it)."""
    plain = squash(meaning)
    at = line.segments.index(seg)
    after = line.segments[at + 1].words if at + 1 < len(line.segments) else ()
    beside = squash(" ".join(w.text for w in (*seg.words[marker:], *after)))
    if beside.startswith(plain):
        return True
    for other in lines:
        if other.page != line.page or other.index >= line.index \
                or line.y0 - other.y1 > KEY_LABEL_ABOVE_HEIGHTS * seg.height:
            continue
        for s in other.segments:
            text = squash(s.text)
            if len(text) >= 4 and plain.startswith(text) and (
                    len(text) >= LABEL_ABOVE_SHARE * len(plain)
                    or beside.startswith(plain[len(text):])):
                return True
    return False


def _line_number(line: Line, at: int) -> bool:
    """The line's segment ``at`` is a line number in a cell of its own: the line starts
    with one, and a later one counts on from it ("04 33 … 05 34 …"; a date's day and month
    in a comb's cells do not)."""
    first = line.segments[0].text
    here = line.segments[at].text
    if not re.fullmatch(r"\d{1,2}", first) or not re.fullmatch(r"\d{1,2}", here):
        return False
    return at == 0 or 0 < int(here) - int(first) <= len(line.segments)


def _own_label(words: list[Word], meaning: str) -> bool:
    """The words after a key number are the form's own short label for it ("Str./Nr.
    (Whg.)", "Geburtsdat." for "Geburtsdatum der Person"), not the box's value: a shortened
    word starts one of the meaning's words, or every longer word shares its start with one."""
    stems = [m for m in re.findall(r"[^\W\d_]+", meaning.lower()) if len(m) >= 3]
    longer: list[bool] = []
    for w in words:
        if any(ch.isdigit() for ch in w.text):
            return False
        text = w.text.lower().strip("()[],;:")
        pieces = [p for p in re.split(r"[./]", text) if len(p) >= 2]
        if text.endswith(".") and any(m.startswith(p) for p in pieces for m in stems):
            return True
        if len(text) >= 4:
            longer.append(any(m[:5] == text[:5] for m in stems if len(m) >= 4))
    return bool(longer) and all(longer)


def resolve_key_numbers(pages: list[list[Word]]) -> list[list[Word]]:
    """The pages' words with each box's key number replaced by its meaning from the
    document's legend (on any of its pages), closed by a colon; the words unchanged when no
    legend explains at least ``MIN_KEYED_CODES`` key numbers that stand by boxes."""
    # a quick look first: at least a few key numbers printed twice (by a box, in a legend)
    seen = Counter(w.text.rstrip(":") for p in pages for w in p if _KEY_WORD.match(w.text))
    if sum(1 for n in seen.values() if n >= 2) < MIN_KEYED_CODES:
        return pages
    lines = build_lines([w for p in pages for w in p])
    if not lines:
        return pages
    texts = _key_texts(lines)
    meanings = _meanings(texts)
    if len(meanings) < MIN_KEYED_CODES:
        return pages
    legend_words = {id(w) for t in meanings.values() for w in t.words}
    swap: dict[int, list[Word]] = {}  # a word (by identity) -> the words in its place
    placed = 0
    for line in lines:
        for seg in line.segments:
            words = list(seg.words)
            if any(id(w) in legend_words for w in words):
                continue
            # the key number (after a line number, a prefix) and the value after it
            for n in range(min(3, len(words)), 0, -1):
                m = _KEY_MARKER.match(" ".join(w.text for w in words[:n]))
                if m is not None and m.group("code") in meanings:
                    break
            else:
                continue
            at = line.segments.index(seg)
            numbered = at > 0 and _line_number(line, at - 1)
            if n == 1 and at > 0 and not numbered:
                continue  # a bare number inside a line (a date's part in a comb) is no key
            if numbered and n == 1:
                words = [*line.segments[at - 1].words, *words]
                n = 2
            meaning = meanings[m.group("code")]
            label = _VALUE_MAP.sub("", meaning.text).strip(" :;,–-")
            marker, value = words[:n], words[n:]
            if not value:  # the value in the box beside the key number
                after = line.segments.index(seg) + 1
                value = list(line.segments[after].words) if after < len(line.segments) else []
            if value and _own_label(list(words[n:]), meaning.text):
                continue  # a numbered label of the form's own, its value elsewhere
            placed += 1
            # the legend's entry goes: its words would read as a second, empty label
            for w in meaning.words:
                swap[id(w)] = []
            if _labelled_above(lines, line, seg, label, n):
                for w in marker:
                    swap[id(w)] = []
                continue
            span = replace(marker[0], bbox=(marker[0].x0, marker[-1].y0, marker[-1].x1,
                                            marker[-1].y1))
            explained = _explained(span, label)
            explained[-1] = replace(explained[-1], text=explained[-1].text + ":")
            swap[id(marker[0])] = explained
            for w in marker[1:]:
                swap[id(w)] = []
            codes = _value_codes(meaning.text)
            said = " ".join(w.text for w in value).strip()
            if value and said in codes:
                swap[id(value[0])] = [replace(value[0], text=codes[said],
                                              bbox=(value[0].x0, value[0].y0,
                                                    max(value[-1].x1, value[0].x1),
                                                    value[0].y1))]
                for w in value[1:]:
                    swap[id(w)] = []
    if placed < MIN_KEYED_CODES:
        return pages
    for meaning in meanings.values():  # the legend as a whole goes
        for w in meaning.words:
            swap.setdefault(id(w), [])
    return [[r for w in p for r in swap.get(id(w), [w])] for p in pages]
