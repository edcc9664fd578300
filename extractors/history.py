"""Change histories: a case's audit trail printed from a case-management system.

A history lists events: a record created with its fields ("Nachname: Müller"), then fields
changed ("Nachname von »Müler« auf »Müller« geändert", "Leeres Feld PLZ erhält den Wert
»44787«", "IBAN: DE12… => DE34…"), as lines under each event, as "; "-separated details in
a table's column, or as a table's rows with the field, its old and its new value in columns.
What counts is each field's last value: an old value is never the case's.

``resolve_histories`` rewrites every change as its field's name, a colon and the new value,
one line each where the change was printed, and drops every earlier value of a field that a
later line (a later change, or the closing current-state block) sets again. Pages that are
no history are returned as they were.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import Final

from extractors.labels import squash
from extractors.layout import Line, build_lines
from extractors.values import fold
from extractors.words import Word

#: A page is read as a history when at least this many changes are printed on it (or it
#: has a table with a field, an old and a new value column).
MIN_CHANGES: Final = 2
#: A field's name has at most this many words.
MAX_KEY_WORDS: Final = 9
#: ... and has at least this many events with a date.
MIN_EVENTS: Final = 2
#: Words of one column line up within this many text heights.
COLUMN_TOLERANCE: Final = 1.0
#: A rewritten change printed among others in one band is at most this share of its slot
#: high, so that two changes never make one line.
SLOT_SHARE: Final = 0.8

QUOTE_OPEN: Final = frozenset("»„“")
QUOTE_CLOSE: Final = frozenset("«“”")
_QUOTES = re.compile(r"[»«„“”]")
_ARROW = re.compile(r"^(?:->|=>|→|⇒|-->|==>|>|>>)$")
# "<ohne Inhalt>", "(leer)", "–": a field without a value
_EMPTY = re.compile(r"^(?:<?ohne|inhalt>?|\(leer\)|<leer>|leer|[-–—]|\(ohne|inhalt\))$",
                    re.IGNORECASE)
# Words that lead into a change and are no part of the field's name.
_LEAD_WORDS: Final = frozenset({"im", "feld", "leeres", "wert", "für", "fuer", "das", "der",
                                "die", "neuer", "neu"})
# Words after the field's name that say what happened to it.
_CHANGE_WORDS: Final = frozenset({
    "von", "bisher", "bisheriger", "alt", "alter", "wurde", "erhält", "erhaelt", "geändert",
    "geaendert", "auf", "durch", "jetzt", "neu", "neuer", "den", "wert", "ohne", "inhalt",
    "gesetzt", "festgelegt", "ersetzt", "nun", "vorher", "nachher", "erstmals",
    "mit", "belegt", "befüllt", "ergänzt", "eingetragen", "zu", "in"})
# "(Grund: …)", "Grund: …": the reason for a change, no part of its value
_REASON = re.compile(r"^\(?(?:grund|begründung|begruendung|anlass|bemerkung|hinweis):?$",
                     re.IGNORECASE)
# Column headings of a change table.
_FIELD_HEADS: Final = frozenset({"feld", "datenfeld", "attribut", "merkmal", "feldname"})
_OLD_HEADS: Final = frozenset({"vorher", "alt", "alter", "bisher", "bisheriger", "vorheriger",
                               "ursprünglich", "ursprünglicher", "altwert"})
_NEW_HEADS: Final = frozenset({"nachher", "neu", "neuer", "jetzt", "aktuell", "neuwert"})
_DETAIL_HEADS: Final = frozenset({"einzelheiten", "details", "änderungen", "änderung",
                                  "beschreibung", "erläuterung"})
# "lautet auf", "bezogen auf": a field's name that ends in a preposition
_NAMING: Final = frozenset({"lautet", "bezogen"})
_LEAD = frozenset(fold(w) for w in _LEAD_WORDS)
_CHANGE = frozenset(fold(w) for w in _CHANGE_WORDS)
_HEADS = {kind: frozenset(fold(w) for w in heads) for kind, heads in (
    ("field", _FIELD_HEADS), ("old", _OLD_HEADS), ("new", _NEW_HEADS),
    ("detail", _DETAIL_HEADS))}
_ANY_HEAD = frozenset().union(*_HEADS.values())
# "Sortierung: neueste zuerst", "absteigend": the last change is printed first
_NEWEST_FIRST = re.compile(r"neueste\w*\s+zuerst|absteigend|neueste\s+oben", re.IGNORECASE)
_DATE_START = re.compile(r"^\d{1,4}[.-]\d{1,2}[.-]\d{2,4}")
_TIME = re.compile(r"^\d{1,2}:\d{2}")
# an event's date or time, in the table's first column
_STAMP = re.compile(r"^(?:\d{1,4}[.-]\d{1,2}[.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)")


@dataclass(frozen=True, slots=True)
class _Change:
    """A field set to a value: the field's name, its new value (empty when cleared), the
    words it was printed with, where (page, order on the page), the band of the lines that
    printed it and the changes beside it, and its block (the event or list it belongs to)."""

    key: tuple[Word, ...]
    value: tuple[Word, ...]
    printed: tuple[Word, ...]
    page: int
    order: float
    rewritten: bool
    band: tuple[float, float]
    block: int



def _plain(word: Word) -> str:
    return fold(word.text).strip(":,;()[]")





def _height(lines: list[Line]) -> float:
    heights = [w.y1 - w.y0 for line in lines for w in line.words]
    return median(heights) if heights else 10.0


def quoted_runs(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Index ranges of the quoted values among the words (»…«, „…“)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i, w in enumerate(words):
        if start is None and w.text[:1] in QUOTE_OPEN and len(w.text) > 1:
            start = i
        if start is not None and any(c in (w.text[1:] if i == start else w.text)
                                     for c in QUOTE_CLOSE):
            runs.append((start, i + 1))
            start = None
    return runs


def _open_quote(words: list[Word]) -> bool:
    """The words open a quoted value they do not close."""
    opened = sum(sum(c in QUOTE_OPEN for c in w.text) for w in words)
    closed = sum(sum(c in QUOTE_CLOSE for c in w.text) for w in words)
    return opened > closed


def _retext(word: Word, text: str) -> Word:
    return Word(text, word.bbox, word.confidence, word.page)


def _unquoted(words: list[Word]) -> list[Word]:
    out = [_retext(w, _QUOTES.sub("", w.text)) for w in words]
    if out:
        out[-1] = _retext(out[-1], out[-1].text.rstrip(".;,"))
    return [w for w in out if w.text]


def _key(words: list[Word]) -> list[Word]:
    """The field's name among the words before a change's values."""
    colon = next((i for i, w in enumerate(words) if w.text.endswith(":")), None)
    key = list(words[:colon + 1]) if colon is not None else list(words)
    while key and _plain(key[0]) in _LEAD:
        key = key[1:]
    while key and (_plain(key[-1]) in _CHANGE or not _plain(key[-1])):
        if len(key) > 1 and _plain(key[-2]) in _NAMING:
            break  # "Konto lautet auf:" names the field
        key = key[:-1]
    if not key or len(key) > MAX_KEY_WORDS:
        return []
    last = key[-1].text.rstrip(":,")
    return [*key[:-1], _retext(key[-1], last + ":")] if last else []


def _value(words: list[Word]) -> list[Word]:
    """A new value's words: without a reason given after it and without empty marks."""
    out: list[Word] = []
    for w in words:
        if _REASON.match(w.text):
            break
        out.append(w)
    while out and out[-1].text.lower().rstrip(".;,") in {"geändert", "ersetzt", "gesetzt"}:
        out.pop()
    if out and all(_EMPTY.match(w.text.rstrip(".;,")) for w in out):
        return []
    if out:
        out[-1] = _retext(out[-1], out[-1].text.rstrip(";,"))
    return [w for w in out if w.text]


def _statement(words: list[Word]) -> tuple[list[Word], list[Word], bool] | None:
    """A statement that sets a field: its name, its new value, and whether it was written
    as a change (quotes or an arrow) rather than as a plain ``name: value``."""
    runs = quoted_runs(words)
    if runs:
        start, end = runs[-1]
        key = _key(words[:runs[0][0]])
        return (key, _value(_unquoted(words[start:end])), True) if key else None
    arrows = [i for i, w in enumerate(words) if _ARROW.match(w.text)]
    colon = next((i for i, w in enumerate(words[:MAX_KEY_WORDS + 1])
                  if w.text.endswith(":")), None)
    if arrows and colon is not None and colon + 1 < arrows[0]:  # "name: old => new"
        key = _key(words[:colon + 1])
        return (key, _value(words[arrows[-1] + 1:]), True) if key else None
    if colon is not None and colon + 1 < len(words):
        key = _key(words[:colon + 1])
        return (key, _value(words[colon + 1:]), False) if key else None
    return None


def _split_statements(words: list[Word]) -> list[tuple[list[Word], list[Word]]]:
    """Words of a detail text, split at the semicolons outside quotes: each part's words
    without the semicolon, and as printed."""
    parts: list[tuple[list[Word], list[Word]]] = [([], [])]
    depth = 0
    for w in words:
        depth += sum(c in QUOTE_OPEN for c in w.text) - sum(c in QUOTE_CLOSE for c in w.text)
        depth = max(depth, 0)
        parts[-1][1].append(w)
        if depth == 0 and w.text.endswith(";"):
            if len(w.text) > 1:
                parts[-1][0].append(_retext(w, w.text[:-1]))
            parts.append(([], []))
        else:
            parts[-1][0].append(w)
    return [p for p in parts if p[1]]


@dataclass(frozen=True, slots=True)
class _Columns:
    """A change table's columns: where the field's name, its old and its new value start,
    or where a details column starts."""

    header: int
    field_x: float | None
    old_x: float | None
    new_x: float | None
    detail_x: float | None


def _columns(lines: list[Line], height: float) -> _Columns | None:
    for line in lines:
        words = line.words
        plain = [_plain(w) for w in words]
        def at(heads: frozenset[str], words: list[Word] = words,
               plain: list[str] = plain) -> float | None:
            return next((w.x0 for w, p in zip(words, plain, strict=True) if p in heads), None)
        if any(_QUOTES.search(w.text) or w.text.endswith(":") for w in words):
            continue  # a heading row quotes nothing and labels nothing
        old_x, new_x, detail_x = at(_HEADS["old"]), at(_HEADS["new"]), at(_HEADS["detail"])
        # a field column's heading may be two words ("betroffenes Feld"): its segment's start
        field_x = next((seg.x0 for seg in line.segments
                        if any(_plain(w) in _HEADS["field"] for w in seg.words)), None)
        if field_x is not None and old_x is not None and new_x is not None \
                and field_x < old_x < new_x:
            return _Columns(line.index, field_x, old_x, new_x, None)
        if detail_x is not None and len(words) >= 3 and detail_x > words[0].x1:
            return _Columns(line.index, field_x, None, None, detail_x)
    return None


def _field_column(body: list[Line], cols: _Columns, height: float) -> float | None:
    """Where a change table's field names start: the most common left edge of the body's
    lines' first words between the field column's heading and the old values."""
    assert cols.old_x is not None
    low = (cols.field_x or 0.0) - 2 * height
    starts = Counter(round(w.x0 / height) for line in body for w in line.words[:1]
                     if low <= w.x0 < cols.old_x - height and not _STAMP.match(w.text))
    if not starts:
        return cols.field_x
    return starts.most_common(1)[0][0] * height - height / 2


def _open_key(key: list[Word]) -> bool:
    """A field's name printed over more lines goes on: it ends in a small word, a comma or
    inside brackets."""
    text = " ".join(w.text for w in key)
    last = key[-1].text
    return (last.endswith(",") or last[:1].islower()
            or text.count("(") > text.count(")") or text.count("[") > text.count("]"))


def _table_changes(lines: list[Line], cols: _Columns, height: float
                   ) -> list[tuple[list[Word], list[Word], list[Line]]]:
    """The rows of a table with the field, its old and its new value in columns: each row's
    name and new value, and the lines it covers."""
    assert cols.old_x is not None and cols.new_x is not None
    body = [line for line in lines if line.index > cols.header]
    field_x = _field_column(body, cols, height)
    if field_x is None:
        return []
    tol = COLUMN_TOLERANCE * height
    rows: list[tuple[list[Word], list[Word], list[Line]]] = []
    for line in body:
        words = line.words
        if words and words[0].x0 < field_x - tol and not _STAMP.match(words[0].text):
            if rows:
                break  # the table ends (a current-state block, the closing line)
            continue  # the heading's second line
        key = [w for w in words if field_x - tol <= w.x0 < cols.old_x - tol]
        new = [w for w in words if w.x0 >= cols.new_x - tol]
        old = [w for w in words if cols.old_x - tol <= w.x0 < cols.new_x - tol]
        if not key and not new and not old:
            continue
        note = new and not key and not old and new[0].text.endswith(":")
        # a name's next line goes on with it after an open end, or when it has no value of
        # its own and starts small or in brackets
        if key and rows and rows[-1][0] and (
                _open_key(rows[-1][0])
                or (not new and not old and (key[0].text[:1].islower()
                                             or key[0].text.startswith("(")))):
            rows[-1][0].extend(key)
            rows[-1][1].extend(new)
            rows[-1][2].append(line)
        elif key or note:
            rows.append((key if key else new[:1], new if key else new[1:], [line]))
        elif rows:
            rows[-1][1].extend(new)
            rows[-1][2].append(line)
    return rows


def _detail_texts(lines: list[Line], cols: _Columns, height: float
                  ) -> list[tuple[list[Word], list[Line]]]:
    """A details column's texts, one per event: its words from every line it covers."""
    assert cols.detail_x is not None
    tol = COLUMN_TOLERANCE * height
    cells: list[tuple[list[Word], list[Line]]] = []
    for line in lines:
        if line.index <= cols.header:
            continue
        words = line.words
        detail = [w for w in words if w.x0 >= cols.detail_x - tol]
        event = bool(words) and _DATE_START.match(words[0].text) is not None \
            and words[0].x0 < cols.detail_x - tol
        if event or not cells:
            cells.append(([], []))
        if detail:
            cells[-1][0].extend(detail)
            cells[-1][1].append(line)
    return [c for c in cells if c[0]]


@dataclass(frozen=True, slots=True)
class _PageRead:
    """A page's statements that set fields, in print order; the words printing its
    rewritten changes; whether the page is a history."""

    changes: list[_Change]
    consumed: list[Word]
    history: bool


def _band(lines: list[Line]) -> tuple[float, float]:
    return min(line.y0 for line in lines), max(line.y1 for line in lines)


def _page_changes(lines: list[Line], page: int) -> _PageRead:
    """The page read for the fields its statements set."""
    if not lines:
        return _PageRead([], [], False)
    height = _height(lines)
    cols = _columns(lines, height)
    changes: list[_Change] = []
    used: set[int] = set()
    consumed: list[Word] = []  # words of rewritten changes, their values' old ones included
    block = 0

    def add(key: list[Word], value: list[Word], printed: list[Word], order: float,
            rewritten: bool, band: tuple[float, float]) -> None:
        changes.append(_Change(tuple(key), tuple(value), tuple(printed), page, order,
                               rewritten, band, block))

    if cols is not None and cols.new_x is not None:
        for key, new, covered in _table_changes(lines, cols, height):
            clean = _key(key)
            if clean and covered[0].index not in used:
                first = covered[0].words
                if first and _DATE_START.match(first[0].text):
                    block += 1  # a new event
                printed = [w for line in covered for w in line.words]
                add(clean, _value(new), printed, covered[0].index, True, _band(covered))
                used |= {line.index for line in covered}
                consumed.extend(printed)
    elif cols is not None and cols.detail_x is not None:
        for text, covered in _detail_texts(lines, cols, height):
            parts = _split_statements(text)
            found = [(printed, _statement(part)) for part, printed in parts]
            if not any(s for _, s in found):
                continue
            block += 1
            for n, (printed, st) in enumerate(found):
                if st is not None:
                    add(st[0], st[1], printed, covered[0].index + n / (len(parts) + 1), True,
                        _band(covered))
            used |= {line.index for line in covered}
            consumed.extend(w for line in covered for w in line.words)
    # changes printed as lines (and what a table's page prints outside its table)
    pending: list[Line] = []
    plain_run = False
    for line in lines:
        if line.index in used:
            continue
        covered = [*pending, line]
        words = [w for c in covered for w in c.words]
        if _open_quote(words) and len(words) < 60:
            pending = covered
            continue
        pending = []
        parts = _split_statements(words)
        found = [(printed, _statement(part)) for part, printed in parts]
        if not any(st and st[2] for _, st in found) and len(parts) == 1:
            st = found[0][1]
            if st is not None:  # a plain "name: value" line: kept as printed
                block += not plain_run  # consecutive plain lines make one block
                add(st[0], st[1], words, line.index, False, _band(covered))
            plain_run = st is not None
            continue
        plain_run = False
        block += 1
        for n, (printed, st) in enumerate(found):
            if st is not None:
                add(st[0], st[1], printed, line.index + n / (len(parts) + 1), True,
                    _band(covered))
        consumed.extend(words)
    count = sum(1 for c in changes if c.rewritten)
    table = cols is not None and cols.new_x is not None
    # a history's events carry a date and a time
    history = _events(lines) >= MIN_EVENTS and ((table and count > 0) or count >= MIN_CHANGES)
    return _PageRead(changes, consumed, history)


def _events(lines: list[Line]) -> int:
    """How many lines start with an event's date and time ("05.10.2025 16:34", or the time
    below the date in a table's cell)."""
    firsts = [[w.text for w in line.words[:2]] for line in lines]
    count = 0
    for i, texts in enumerate(firsts):
        if not texts or _DATE_START.match(texts[0]) is None:
            continue
        below = firsts[i + 1][:1] if i + 1 < len(firsts) else []
        count += any(_TIME.match(t) for t in [*texts[1:], *below])
    return count


def _laid_out(change: _Change, slot: tuple[float, float], page: int) -> list[Word]:
    """A change as one printed line ``name: value`` in the vertical slot given (on the
    page given), starting where its name was printed."""
    words = [*change.key, *change.value]
    widths = [(w.x1 - w.x0) / max(len(w.text), 1) for w in words]
    char = median(widths) if widths else 5.0
    top, bottom = slot
    x = min(w.x0 for w in change.key)
    out: list[Word] = []
    for w in words:
        width = char * len(w.text)
        out.append(Word(w.text, (x, top, x + width, bottom), w.confidence, page))
        x += width + char
    return out


def _slots(changes: list[_Change]) -> dict[int, tuple[float, float]]:
    """A vertical slot for each rewritten change: the band of the lines it was printed on,
    shared evenly among the changes printed in the same band (small enough that no two
    make one line)."""
    bands: dict[tuple[float, float], list[int]] = {}
    for i, c in enumerate(changes):
        if c.rewritten:
            bands.setdefault(c.band, []).append(i)
    slots: dict[int, tuple[float, float]] = {}
    for (top, bottom), members in bands.items():
        line_h = max(w.y1 - w.y0 for w in changes[members[0]].printed)
        step = (bottom - top) / len(members)
        height = min(line_h, SLOT_SHARE * step)
        for n, i in enumerate(members):
            slots[i] = (top + n * step, top + n * step + height)
    return slots


def _groups(ordered: list[_Change]) -> list[tuple[str, list[_Change]]]:
    """The changes by field, in order: a field's values printed one after the other in one
    event are one list ("Person, die einzieht: …" twice)."""
    groups: list[tuple[str, list[_Change]]] = []
    previous: tuple[str, int, int] = ("", -1, -1)
    for c in ordered:
        key = squash(" ".join(w.text for w in c.key))
        if (key, c.page, c.block) == previous:
            groups[-1][1].append(c)
        else:
            groups.append((key, [c]))
        previous = (key, c.page, c.block)
    return groups


def _by_person(first: dict[str, list[_Change]], position: dict[int, tuple[int, float]]
               ) -> dict[str, list[_Change]]:
    """Where each field's value is printed: where the field was first set, except that the
    fields of numbered persons ("Nachname (Person 2 der Ehe)", "NACHNAME_EHG1") take their
    places in their persons' order, so that the first person's name comes first even when
    the second's was set first."""
    target = dict(first)
    persons: dict[str, list[tuple[int, str]]] = {}
    for key in first:
        digits = re.findall(r"\d", key)
        if len(digits) == 1:
            persons.setdefault(re.sub(r"\d", "", key), []).append((int(digits[0]), key))
    for numbered in persons.values():
        if len(numbered) < 2 or len({n for n, _ in numbered}) < len(numbered):
            continue
        places = sorted((first[key] for _, key in numbered),
                        key=lambda g: position[id(g[0])])
        for (_, key), place in zip(sorted(numbered), places, strict=True):
            target[key] = place
    return target


def _resolve_run(pages: list[list[Word]], found: list[_PageRead]) -> list[list[Word]]:
    """The pages of one history with each field's last value kept, printed where the field
    was first set (so that fields keep the order the record gave them: the first person's
    before the second's)."""
    newest_first = any(_NEWEST_FIRST.search(" ".join(w.text for w in words))
                       for words in pages)
    ordered = [c for read in found for c in read.changes]
    if newest_first:
        ordered = ordered[::-1]
    where: dict[int, tuple[int, tuple[float, float]]] = {}
    for p, read in enumerate(found):
        slots = _slots(read.changes)
        for i, c in enumerate(read.changes):
            where[id(c)] = (p, slots.get(i, c.band))
    first: dict[str, list[_Change]] = {}
    last: dict[str, list[_Change]] = {}
    for key, group in _groups(ordered):
        first.setdefault(key, group)
        last[key] = group  # a later list replaces the whole earlier one
    target = _by_person(first, {id(c): (where[id(c)][0], c.order) for c in ordered})
    added: list[list[Word]] = [[] for _ in pages]
    moved: set[int] = set()
    for key, group in last.items():
        origin = target[key]
        if origin is group:
            for c in group:
                p, slot = where[id(c)]
                if c.rewritten and c.value:
                    added[p].extend(_laid_out(c, slot, c.page))
            continue
        p = where[id(origin[0])][0]
        top = min(where[id(c)][1][0] for c in origin if where[id(c)][0] == p)
        bottom = max(where[id(c)][1][1] for c in origin if where[id(c)][0] == p)
        step = (bottom - top) / len(group)
        height = min(where[id(origin[0])][1][1] - where[id(origin[0])][1][0],
                     SLOT_SHARE * step if len(group) > 1 else step)
        page_no = origin[0].page
        for n, c in enumerate(group):
            moved.add(id(c))
            if c.value:
                added[p].extend(_laid_out(c, (top + n * step, top + n * step + height),
                                          page_no))
    keep = {id(c) for group in last.values() for c in group}
    out: list[list[Word]] = []
    for words, read, extra in zip(pages, found, added, strict=True):
        drop = {id(w) for w in read.consumed}
        drop |= {id(w) for c in read.changes if id(c) not in keep or id(c) in moved
                 for w in c.printed}
        out.append([w for w in words if id(w) not in drop] + extra)
    return out


def _may_be_history(words: list[Word]) -> bool:
    """A quick look before the page's lines are built: dates, and a change's quotes or arrow
    or a change table's heading."""
    dates = sum(1 for w in words if _DATE_START.match(w.text))
    return dates >= MIN_EVENTS and any(
        w.text[:1] in QUOTE_OPEN or _ARROW.match(w.text) or fold(w.text) in _ANY_HEAD
        for w in words)


def resolve_histories(pages: list[list[Word]]) -> list[list[Word]]:
    """Each page's words with a history's changes read as their fields' new values, and
    each field's earlier values dropped across the history's pages (pages that are no
    history come back as they were)."""
    if not any(_may_be_history(words) for words in pages):
        return pages
    read = [_page_changes(build_lines(words), words[0].page if words else 0)
            for words in pages]
    # a history's page with a single change, or only its current state, belongs to the
    # history page beside it
    member = [r.history
              or (any(c.rewritten for c in r.changes)
                  and any(read[k].history for k in (n - 1, n + 1) if 0 <= k < len(read)))
              or (bool(r.changes) and n > 0 and read[n - 1].history)
              for n, r in enumerate(read)]
    out: list[list[Word]] = []
    i = 0
    while i < len(pages):
        if not member[i]:
            out.append(pages[i])
            i += 1
            continue
        j = i
        while j < len(pages) and member[j]:
            j += 1
        out.extend(_resolve_run(pages[i:j], read[i:j]))
        i = j
    return out
