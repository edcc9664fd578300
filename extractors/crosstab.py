"""Cross tables: a grid whose rows name an attribute ("Datum", "Gemeinde / Behörde") and whose
columns name what it belongs to ("Geburt", "Tod", "vorliegende Urkunde").

No cell's value stands beside a label of its own: its label is its row's and its column's
together ("Tod" + "Datum" is the date of death). ``resolve_cross_tables`` writes that label
into the cell, before the value and in the value's own line, and takes the header row and
the row captions out of the words, so that extraction reads each cell like a labelled value.
A row of headers set flush at their bottom, the longer ones wrapped upwards, is first joined
into one line of headers (``join_stacked_headers``), whether or not a cross table follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from extractors.labels import mentions_person, names_person
from extractors.layout import Line, Segment, build_lines
from extractors.textlayer import WALL_MARK
from extractors.values import ARTICLES, fold
from extractors.words import SLIVER_PITCH, Word, label_before, text_after

#: A table has at least this many value columns and rows (two columns side by side are two
#: persons' values under a common caption, read as they are).
MIN_COLUMNS: Final = 3
MIN_ROWS: Final = 2
#: ... or one such row in a table of at least this many rows (a certificate's person columns
#: hold the child's values in every row, the parents' only in their name's and birth date's).
MIN_ROWS_ONE_FULL: Final = 4
#: A value stands in a column when its left edge lies within this many header heights of
#: the column header's left edge (values may be set a little in or centred).
ALIGN_HEIGHTS: Final = 3.0
#: The label written into a cell keeps at most this many words of its column header, and of
#: its row caption (the extractor's labels are short).
MAX_LABEL_WORDS: Final = 3
MAX_CAPTION_WORDS: Final = 5
_REMARK = re.compile(r"\([^)]*\)?")


@dataclass(frozen=True, slots=True)
class _Table:
    columns: list[tuple[float, str]]  # header left edge, header text
    rows: list[tuple[str, list[Segment]]]  # caption, value segments
    drop: set[int]  # ids of header and caption words
    # a cell's value wrapped onto the lines under it: its rest, by the id of the value's last
    # word on its first line
    rests: dict[int, list[Word]]
    # the captions are the rows' roles, read from a column of roles ("Rolle im Haushalt")
    roles: bool = False


def _header_text(segs: list[Segment]) -> str:
    return " ".join(s.text for s in segs)


_WORDED = re.compile(r"[^\W\d_]{3,}")


def _is_header(line: Line) -> bool:
    """Column headers in words (a spreadsheet's column letters "A", "B" name nothing; a
    column of marks, "×", may stand among them)."""
    # (a number in a header's remark says which column it is: "die Mutter (Sp. 2)")
    segs = [s for s in line.segments if not _MARK_COLUMN.fullmatch(s.text)]
    return len(segs) >= MIN_COLUMNS and not any(
        ch.isdigit() for s in segs for ch in _REMARK.sub(" ", s.text)) and all(
        _WORDED.search(s.text) for s in segs)


# A column header that is a mark only: the column of the boxes a form ticks.
_MARK_COLUMN = re.compile(r"[×xX✕✗☒]")
# A header's wrapped line may number a person ("Stellung zu" / "Pers. 1").
_NUMBERED_HEADER = re.compile(r"[^\W\d_][^\d]*\s\d{1,2}")


#: Print this much smaller than a row's values is a hint under the row, not its caption.
HINT_HEIGHT_RATIO: Final = 0.85


def _height(seg: Segment) -> float:
    return max(w.y1 - w.y0 for w in seg.words)


def _smaller(seg: Segment, cells: list[Segment]) -> bool:
    return _height(seg) < HINT_HEIGHT_RATIO * max(_height(c) for c in cells)


def _column_of(seg: Segment, columns: list[tuple[float, str]], slack: float) -> int | None:
    for i, (x, _) in enumerate(columns):
        nxt = columns[i + 1][0] if i + 1 < len(columns) else float("inf")
        if x - slack <= seg.x0 < nxt - slack:
            return i
    return None


#: A header's first line stands at most this many header heights over its next: closer
#: than two lines of a table (a row of values over the next row's headers).
HEADER_GAP_HEIGHTS: Final = 0.6
#: A value's wrapped rest stands this close under its row (in header heights).
WRAP_GAP_HEIGHTS: Final = 0.6


def _table_at(lines: list[Line], start: int) -> _Table | None:
    """The cross table whose header begins at ``lines[start]``, if one does."""
    head = lines[start]
    if not _is_header(head):
        return None
    height = max(w.y1 - w.y0 for s in head.segments for w in s.words)
    slack = ALIGN_HEIGHTS * height
    columns = [(s.x0, s.text) for s in head.segments if not _MARK_COLUMN.fullmatch(s.text)]
    drop = {id(w) for s in head.segments for w in s.words}
    i = start + 1
    # a header wrapped over two lines: its second line's pieces stand under the first's
    while i < len(lines) and not any(ch.isdigit() for s in lines[i].segments for ch in s.text
                                     if not _NUMBERED_HEADER.fullmatch(s.text)) \
            and all(any(abs(s.x0 - x) <= slack for x, _ in columns) for s in lines[i].segments):
        for s in lines[i].segments:
            j = min(range(len(columns)), key=lambda k: abs(columns[k][0] - s.x0))
            columns[j] = (columns[j][0], _wrapped_on(columns[j][1], s.text))
            drop.update(id(w) for w in s.words)
        i += 1
    first_x = min(x for x, _ in columns)
    margin = slack / 2
    rows: list[tuple[str, list[Segment]]] = []
    rests: dict[int, list[Word]] = {}
    heading = False
    while i < len(lines):
        segs = lines[i].segments
        if not rows and not heading and len(segs) == 1:
            # a section's heading under the headers, maybe reaching under the first column
            heading = True
            i += 1
            continue
        if not rows and len(columns) > MIN_COLUMNS and abs(segs[0].x0 - first_x) <= slack \
                and segs[0].x1 < columns[1][0] \
                and names_person(_short(segs[0].text, MAX_CAPTION_WORDS)):
            # the first column's header names the row captions, a row per person ("Person
            # (lfd.)" over "Ehegatte(in) Nr. 1"), which reach up to the first value column
            first_x, margin = columns[1][0], 0.0
        if rows and segs[0].x0 >= first_x - margin \
                and lines[i].y0 - lines[i - 1].y1 < WRAP_GAP_HEIGHTS * height \
                and all(_column_of(s, columns, slack) is not None for s in segs):
            # the rest of a value wrapped onto a line of its own ("Am Bergbaumuseum" / "20")
            _carry_rests(segs, rows[-1][1], columns, slack, rests, drop)
            i += 1
            continue
        if rows and len(segs) > 1 and not _parallel(segs[0].text, rows[-1][0]) \
                and (_open_remark(rows[-1][0]) or segs[0].text[:1] == "("
                     or _unfinished(rows[-1][0])
                     or _finishes_cell(segs[1:], rows[-1][1], rests)) \
                and lines[i].y0 - lines[i - 1].y1 < WRAP_GAP_HEIGHTS * height \
                and all(_column_of(s, columns, slack) is not None for s in segs[1:]):
            # a caption's remark wrapped beside the wrapped rests of its row's values
            # ("Ehegatte 1 (erste" / "Spalte des Eintrags)" beside "Hannelore"), or under it
            # ("Trauzeuge" / "(anwesend)"); a caption or a value broken off unfinished
            # ("anzeigende Stelle oder" / "Person", "An der" / "Jahrhunderthalle 99,")
            caption, cells = rows[-1]
            rows[-1] = (f"{caption} {segs[0].text}", cells)
            drop.update(id(w) for w in segs[0].words)
            _carry_rests(segs[1:], cells, columns, slack, rests, drop)
            i += 1
            continue
        if segs[0].x1 >= first_x - margin:
            break  # no caption left of the columns: the table has ended
        values = segs[1:]
        if not values and not rows:  # a section's heading under the headers
            i += 1
            continue
        if not values and rows and _smaller(segs[0], rows[-1][1]):
            i += 1  # a hint in small print under a row's caption, not part of it
            continue
        if not values and rows:  # a caption wrapped onto the next line
            caption, cells = rows[-1]
            rows[-1] = (f"{caption} {segs[0].text}", cells)
            drop.update(id(w) for w in segs[0].words)
            i += 1
            continue
        if not _WORDED.search(segs[0].text):
            break  # a row caption in words (a spreadsheet's row numbers name nothing)
        placed = [v for v in values if _column_of(v, columns, slack) is not None]
        if not placed or len(placed) < len(values):
            break  # a row of a table has a value in a column, and nothing else
        rows.append((segs[0].text, placed))
        drop.update(id(w) for w in segs[0].words)
        i += 1
    full = sum(len(cells) >= MIN_COLUMNS for _, cells in rows)
    if full < MIN_ROWS and not (full and len(rows) >= MIN_ROWS_ONE_FULL):
        return None
    # The first column over the captions is no column ("Angabe" over the row captions).
    columns = [(x, t) for x, t in columns if x >= first_x]
    roles = _role_captions(rows, columns, slack, rests, drop)
    return _Table(columns, roles or rows, drop, rests, bool(roles))


# A column whose header says it holds each row's role ("Rolle im Haushalt", "Verwandtschafts-
# verhältnis", "Funktion"): who the row's person is, better said than by the row's number.
_ROLE_HEADER = re.compile(r"rolle|funktion|beziehung|verhaltnis|stellung", re.IGNORECASE)


def _role_captions(rows: list[tuple[str, list[Segment]]], columns: list[tuple[float, str]],
                   slack: float, rests: dict[int, list[Word]], drop: set[int]
                   ) -> list[tuple[str, list[Segment]]]:
    """The rows captioned by their cells in a column of roles, that column's cells taken
    out ([] when the table has no such column, or a row no role)."""
    role = next((i for i, (_, text) in enumerate(columns)
                 if _ROLE_HEADER.search(fold(text))), None)
    if role is None:
        return []
    out: list[tuple[str, list[Segment]]] = []
    for _, cells in rows:
        cell = next((c for c in cells if _column_of(c, columns, slack) == role), None)
        if cell is None:
            return []
        words = [*cell.words, *rests.pop(id(cell.words[-1]), [])]
        drop.update(id(w) for w in words)
        out.append((" ".join(w.text for w in words), [c for c in cells if c is not cell]))
    return out


def _wall_before_label(wall: Word, spans: list[tuple[float, float, Word]]) -> Word:
    """A cell's drawn wall moved left of the label set before the cell's value, where it
    stood among the label's slivers (the wall would cut the label from its value)."""
    for start, end, value in spans:
        if value.page == wall.page and start <= wall.x0 < end \
                and wall.y0 < value.y1 and value.y0 < wall.y1:
            x = start - SLIVER_PITCH
            return Word(wall.text, (x, wall.y0, x + 1, wall.y1), wall.confidence, wall.page)
    return wall


def _carry_rests(segs: Sequence[Segment], cells: list[Segment], columns: list[tuple[float, str]],
                 slack: float, rests: dict[int, list[Word]], drop: set[int]) -> None:
    """Give each wrapped rest in ``segs`` to its row's cell in the same column, under which
    it stands (a rest whose column holds no value of the row stays where it is)."""
    for seg in segs:
        col = _column_of(seg, columns, slack)
        cell = next((c for c in cells if _column_of(c, columns, slack) == col), None)
        if cell is None or not (seg.x0 < cell.x1 and cell.x0 < seg.x1):
            continue
        rests.setdefault(id(cell.words[-1]), []).extend(seg.words)
        drop.update(id(w) for w in seg.words)


# Words a cell's text cannot end with: it goes on in the next line.
# Prepositions and conjunctions: no cell's text ends with one, and a long header can spare them.
_LINK_WORDS: Final = frozenset({
    "in", "im", "am", "an", "auf", "aus", "bei", "für", "mit", "von", "vom", "zu", "zum", "zur",
    "und", "oder"})
_BREAK_WORDS: Final = ARTICLES | _LINK_WORDS | frozenset({"bzw.", "u.", "sowie"})


def _unfinished(text: str) -> bool:
    """Whether a cell's line breaks off where its text cannot end (after a comma, a hyphen,
    an article, a preposition or a conjunction)."""
    words = text.split()
    # (a dash alone is an empty cell's, "–": a hyphen after letters breaks a word)
    return bool(words) and (text.endswith(",") or bool(re.search(r"[^\W\d_]-$", text))
                            or words[-1].lower() in _BREAK_WORDS)


def _finishes_cell(segs: Sequence[Segment], cells: list[Segment],
                   rests: dict[int, list[Word]]) -> bool:
    """Whether one of ``segs`` stands under a cell of the row above whose last line broke
    off unfinished."""
    def last_line(cell: Segment) -> str:
        rest = rests.get(id(cell.words[-1]))
        return " ".join(w.text for w in rest) if rest else cell.text

    return any(seg.x0 < cell.x1 and cell.x0 < seg.x1 and _unfinished(last_line(cell))
               for seg in segs for cell in cells)


def _parallel(caption: str, previous: str) -> bool:
    """Whether a caption opens as the row's before it does: a row of its own ("Person 3"
    after "Person 2"), not that caption's rest."""
    a, b = caption.split(), previous.split()
    return bool(a and b) and a[0].lower() == b[0].lower()


def _open_remark(caption: str) -> bool:
    return caption.count("(") > caption.count(")")


def _wrapped_on(header: str, rest: str) -> str:
    """A header with its next line: a word broken at its hyphen joins up again ("Geburts-" /
    "datum"), a compound's hyphen before a noun stays ("Fam.-" / "Name")."""
    if header.endswith("-") and not header.endswith(" -") and rest[:1].isalpha():
        return header + rest if rest[:1].isupper() else header[:-1] + rest
    return f"{header} {rest}"


_ENUMERATOR = re.compile(r"^(?:[a-z]\)|\(?[a-z0-9]{1,2}[.)]|\d{1,2}(?:\.\d{1,2})*\.?)$")


_NUMBER_WORDS: Final = frozenset({"nr.", "nr", "no.", "nummer"})
# Words a long header can spare: it keeps the words that say whose column it is ("Person,
# für die der Titel beantragt wird" -> "Person Titel beantragt").
_SPARE_WORDS: Final = ARTICLES | _LINK_WORDS | frozenset({
    "wird", "werden", "ist", "soll", "sich", "ein", "eine", "einer"})


def _short(text: str, limit: int) -> list[str]:
    """The words a cell's label keeps of a header or caption: without item letters, remarks
    in brackets or what follows "bzw.", at most ``limit``."""
    text = _REMARK.sub(" ", text)
    # (a compound's shared part goes with the word after "bzw.": "Familien- bzw. Nachname")
    head, _, alternative = text.partition(" bzw.")
    text = (alternative if head.rstrip().endswith("-") and alternative.strip() else head)
    text = text.split(" / ")[0]
    split = text.split()
    # (a number after "Nr." says which person the row is: "Ehegatte(in) Nr. 1"; so does a
    # bare one after a word, "Ehegatte 1")
    words = [w for i, w in enumerate(split) if not _ENUMERATOR.match(w)
             or (i and split[i - 1].lower() in _NUMBER_WORDS)
             or (i and w.isdigit() and split[i - 1].isalpha())]
    # (an article before a header's noun is no part of the label: "der Vater")
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) > limit:
        kept = [w for w in words if w.strip(",;:").lower() not in _SPARE_WORDS]
        words = [w.rstrip(",;") for w in kept] or words
    return words[:limit]


def _labelled(value: Segment, column: str, caption: str, role: bool = False) -> list[Word]:
    """The cell's first word with the cell's label before it, set in the value's line just
    left of it (each label word a sliver, so that the label and the value make one run): the
    column's header, then the row's caption ("Tod Datum des Ereignisses:")."""
    first = value.words[0]
    label = [*_short(column, MAX_LABEL_WORDS), *_short(caption, MAX_CAPTION_WORDS)]
    if role or mentions_person(_short(caption, MAX_CAPTION_WORDS)):
        # (a row per person: the person first, as a column per person has it, "Ehegatte
        # Nr. 1 Nachname")
        label = [*_short(caption, MAX_CAPTION_WORDS), *_short(column, MAX_LABEL_WORDS)]
    label[-1] = label[-1].rstrip(":") + ":"
    return [*label_before(first, label), first]


#: A stacked header's first line holds at most this many words per cell.
STACKED_MAX_WORDS: Final = 3


def _stacked_over(above: Line, head: Line, below: list[Line]) -> list[tuple[Segment, Segment]]:
    """The pieces of ``above`` that are the first lines of ``head``'s headers, wrapped
    upwards because the row's headers are set flush at their bottom ("Ort" over
    "Eheschließung" beside the one-line "Datum Eheschließung"), each with its header; []
    unless ``head`` is a row of headers over a row of values."""
    if not _is_header(head) or above.page != head.page \
            or len(above.segments) >= len(head.segments):
        return []
    height = max(_height(s) for s in head.segments)
    if head.y0 - above.y1 > HEADER_GAP_HEIGHTS * height \
            or any(ch.isdigit() for s in above.segments for ch in s.text):
        return []
    # (a row under the headers, maybe after their remarks' line, holds their values, each
    # under its header)
    values = next((line for line in below if line.page == head.page
                   and any(ch.isdigit() for ch in line.text)
                   and sum(any(abs(v.x0 - h.x0) <= ALIGN_HEIGHTS * height
                               for v in line.segments) for h in head.segments) >= 2), None)
    if values is None:
        return []
    # Over the first header only in a row of such pieces ("Datum | Ort"), and only where the
    # first column holds values: over a column of row captions ("Geburt am") the line above
    # is a row of its own ("Nachname | Oliveira" over "Vornamen | Mateus").
    captions = any(abs(v.x0 - head.segments[0].x0) <= height and _WORDED.search(v.text)
                   for v in values.segments)
    cells = head.segments if len(above.segments) > 1 and not captions else head.segments[1:]
    pairs: list[tuple[Segment, Segment]] = []
    for seg in above.segments:
        cell = next((h for h in cells if abs(h.x0 - seg.x0) <= height), None)
        if cell is None or len(seg.words) > STACKED_MAX_WORDS or seg.text.endswith(":") \
                or not _WORDED.search(seg.text):
            return []  # (a heading over the table)
        pairs.append((seg, cell))
    return pairs


def join_stacked_headers(words: list[Word], lines: list[Line]) -> list[Word]:
    """The page's words (laid out in ``lines``) with the first lines of headers wrapped
    upwards set into their header's line, before it (the same list when the page has none)."""
    moved: dict[int, list[Word]] = {}
    drop: set[int] = set()
    for k in range(1, len(lines) - 1):
        for seg, cell in _stacked_over(lines[k - 1], lines[k], lines[k + 1:k + 3]):
            first = cell.words[0]
            moved[id(first)] = [*label_before(first, [w.text for w in seg.words]), first]
            drop.update(id(w) for w in seg.words)
    if not moved:
        return words
    out: list[Word] = []
    for w in words:
        if id(w) not in drop:
            out.extend(moved.get(id(w), [w]))
    return out


def resolve_cross_tables(words: list[Word]) -> list[Word]:
    """The page's words with each cross table's cells labelled by row and column (the same
    list when the page has none)."""
    lines = build_lines(words)
    joined = join_stacked_headers(words, lines)
    if joined is not words:
        words, lines = joined, build_lines(joined)
    tables: list[_Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        # (a header's second line is no header of a table of its own)
        table = None if all(id(w) in taken for w in lines[i].words) else _table_at(lines, i)
        if table is None:
            i += 1
            continue
        tables.append(table)
        taken |= table.drop
        i += 1
    if not tables:
        return words
    drop: set[int] = set()
    cells: dict[int, list[Word]] = {}
    rests: dict[int, list[Word]] = {}
    for table in tables:
        drop |= table.drop
        for caption, values in table.rows:
            for value in values:
                col = _column_of(value, table.columns, 0.0)
                if col is None:
                    col = min(range(len(table.columns)),
                              key=lambda k: abs(table.columns[k][0] - value.x0))
                cells[id(value.words[0])] = _labelled(value, table.columns[col][1], caption,
                                                      table.roles)
        rests.update(table.rests)
    spans = [(c[0].x0, c[-1].x0, c[-1]) for c in cells.values()]
    out: list[Word] = []
    for w in words:
        if id(w) in drop:
            continue
        if w.text == WALL_MARK:
            w = _wall_before_label(w, spans)
        out.extend(cells.get(id(w), [w]))
        if id(w) in rests:
            # (the value's wrapped rest read on in its first line, in slivers after it)
            out.extend(text_after(w, [r.text for r in rests[id(w)]]))
    return out
