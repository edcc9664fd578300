"""Printouts of records exported as data: SQL statements, CSV rows and INI files.

A case that arrived as a data export and was printed for the file has no labels, only column
names beside or above their values: ``INSERT INTO t_person (nm_familie, dt_geburt) VALUES
('Krause', '19900201');``, a CSV header line over a line of values separated by semicolons,
or ``nm_familie=Krause`` under an INI section. ``resolve_data_records`` rewrites each such
record as one line per column, its name as label words closed by a colon, then the value,
in the place the record was printed (the lines below move down as far as the record needs).
A compact date of a data record (``19900201``) is written as an ISO date. Pages without
such records are returned as they were.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Final

from extractors.layout import Line, build_lines
from extractors.markup import key_words, label_words
from extractors.words import Word

# A listing's line number before the line's text ("12 ", "12 | ").
_LINE_NO: Final = re.compile(r"^\d{1,4}\s+(?:\|\s+)?")
_NAME: Final = r"[A-Za-z][\w.]*"
_INSERT: Final = re.compile(
    r"^INSERT\s+INTO\s+(?P<table>\S+?)\s*\((?P<cols>[^()]*)\)\s*VALUES\s*\((?P<vals>.*)\)\s*;?$",
    re.IGNORECASE | re.DOTALL)
_INSERT_START: Final = re.compile(r"^INSERT\s+INTO\b", re.IGNORECASE)
# A CSV header: column names separated by semicolons or by commas.
_SPACED_SEMICOLON: Final = re.compile(r"\s*;\s*")
_CSV_HEADS: Final = {sep: re.compile(rf"^{_NAME}(?:{sep}{_NAME})+{sep}?$") for sep in ";,"}
_INI_PAIR: Final = re.compile(rf"^(?P<key>{_NAME})\s*=\s*(?P<value>.*)$")
_INI_SECTION: Final = re.compile(rf"^\[(?P<name>{_NAME})\]$")
# One SQL value: a quoted string (with '' for a quote), a typed literal, a number, NULL.
_SQL_VALUE: Final = re.compile(
    r"\s*(?:(?:DATE|TIMESTAMP|TIME)\s+)?(?:'(?P<s>(?:[^']|'')*)'|(?P<n>-?[\d.,]+)|(?P<null>NULL))"
    r"\s*(?:,|$)", re.IGNORECASE)
_COMPACT_DATE: Final = re.compile(r"^(?P<y>1[89]\d\d|20\d\d)(?P<m>\d\d)(?P<d>\d\d)$")
# A line of a machine-readable zone.
_MRZ: Final = re.compile(r"^[A-Z0-9<]{28,46}$")
#: A page is read as data records when they give at least this many values (a form that
#: mentions one "x=y" is no export).
MIN_VALUES: Final = 3


@dataclass(frozen=True, slots=True)
class _Record:
    """Lines ``first..last`` of a page hold these (column, value) pairs, under a heading."""

    first: int
    last: int
    heading: str
    pairs: tuple[tuple[str, str], ...]


def _text(line: Line) -> str:
    # (OCR sets a space beside a semicolon where the print had none: "nr ;ew_nm")
    return _SPACED_SEMICOLON.sub(";", _LINE_NO.sub("", " ".join(w.text for w in line.words)))


def _tight(text: str, sep: str) -> str:
    """A header line without spaces beside its semicolons (prose lists words with a comma
    and a space: "Gemeinde, Kreis, Staat" is no header)."""
    return _SPACED_SEMICOLON.sub(";", text) if sep == ";" else text


def _value(raw: str) -> str:
    m = _COMPACT_DATE.match(raw)
    if m:
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            return raw
    return raw


def _sql_values(text: str) -> list[str] | None:
    out, at = [], 0
    while at < len(text):
        m = _SQL_VALUE.match(text, at)
        if not m or m.end() == at:
            return None
        out.append("" if m["null"] else (m["s"].replace("''", "'") if m["s"] is not None
                                         else m["n"]))
        at = m.end()
    return out


def _csv_fields(text: str, sep: str) -> list[str]:
    fields = re.findall(rf'\s*("(?:[^"]|"")*"|[^{sep}]*)\s*(?:{sep}|$)', text)
    if fields and fields[-1] == "" and not text.rstrip().endswith(sep * 2):
        fields = fields[:-1]  # the empty match at the end
    return [f[1:-1].replace('""', '"') if f.startswith('"') and f.endswith('"') else f.strip()
            for f in fields]


def _join(parts: list[str]) -> str:
    """Lines of one statement or row joined: a line that ends in a separator goes straight
    on, any other line (a value wrapped at a space) with a space."""
    out = ""
    for p in parts:
        out += p if not out or (out.endswith((";", "(", ",")) and not p.startswith("'")) \
            else " " + p
    return out


def _insert(texts: list[str], i: int) -> tuple[_Record, int] | None:
    for j in range(i, min(i + 60, len(texts))):
        m = _INSERT.match(_join(texts[i:j + 1]))
        if m:
            cols = [c.strip() for c in m["cols"].split(",")]
            vals = _sql_values(m["vals"])
            if vals is None or len(vals) != len(cols) or not all(cols):
                return None
            return _Record(i, j, m["table"], tuple(zip(cols, vals, strict=True))), j
    return None


def _csv(texts: list[str], i: int, sep: str) -> tuple[_Record, int] | None:
    """A header line (maybe wrapped at its separators) over one row of values."""
    more = re.compile(rf"^{_NAME}(?:{sep}{_NAME})*{sep}?$")
    j = i
    heads = [_tight(t, sep) for t in texts]
    while j + 1 < len(texts) and heads[j].endswith(sep) and more.match(heads[j + 1]):
        j += 1
    cols = [c for c in _join(heads[i:j + 1]).split(sep) if c]
    if len(cols) < MIN_VALUES:
        return None
    for k in range(j + 1, min(j + 40, len(texts))):
        fields = _csv_fields(_join(texts[j + 1:k + 1]), sep)
        if len(fields) == len(cols):
            return _Record(i, k, "", tuple(zip(cols, fields, strict=True))), k
        if len(fields) > len(cols):
            return None
    return None


def _records(lines: list[Line]) -> list[_Record]:
    texts = [_text(line) for line in lines]
    out: list[_Record] = []
    i = 0
    while i < len(texts):
        found = None
        if _INSERT_START.match(texts[i]):
            found = _insert(texts, i)
        elif sep := next((c for c in ";," if _CSV_HEADS[c].match(_tight(texts[i], c))), None):
            found = _csv(texts, i, sep)
        elif m := _INI_PAIR.match(texts[i]):
            found = (_Record(i, i, "", ((m["key"], m["value"].strip()),)), i)
        elif m := _INI_SECTION.match(texts[i]):
            found = (_Record(i, i, m["name"], ()), i)
        if found is not None:
            out.append(found[0])
            i = found[1] + 1
        else:
            i += 1
    return out


def _laid_out(record: _Record, x: float, y: float, pitch: float, height: float,
              page: int, confidence: float) -> list[Word]:
    """The record's heading and its pairs as lines from ``(x, y)`` down."""
    rows: list[list[str]] = []
    if record.heading:
        rows.append(label_words(record.heading).split())
    for col, val in record.pairs:
        value = _value(val.strip())
        if _MRZ.match(value):
            rows.append([value])  # a machine-readable zone's line reads as one on its own
        elif value:
            rows.append(key_words(col, closed=True) + value.split())
    out: list[Word] = []
    char = height * 0.6
    for n, row in enumerate(rows):
        at = x
        for text in row:
            width = char * len(text)
            out.append(Word(text, (at, y + n * pitch, at + width, y + n * pitch + height),
                            confidence, page))
            at += width + char
    return out


def resolve_data_records(words: list[Word]) -> list[Word]:
    """The page's words with each data record rewritten as labelled values (see the module's
    text); the same list when the page holds none."""
    if not any(w.text.upper() == "INSERT" or ";" in w.text or "=" in w.text
               or w.text.count(",") >= 2 for w in words):
        return words
    lines = build_lines(words)
    records = _records(lines)
    if sum(len(r.pairs) for r in records) < MIN_VALUES:
        return words
    height = median(w.y1 - w.y0 for w in words)
    tops = [line.y0 for line in lines]
    pitch = median([b - a for a, b in itertools.pairwise(tops) if b > a]
                   or [height * 1.5])
    replaced: set[int] = set()
    added: list[Word] = []
    shift = 0.0
    moved: dict[int, float] = {}
    for r in records:
        block = lines[r.first:r.last + 1]
        first = block[0].words[0]
        confidence = min(w.confidence for line in block for w in line.words)
        x = min(w.x0 for line in block for w in line.words)
        new = _laid_out(r, x, block[0].y0 + shift, pitch, height, first.page, confidence)
        replaced |= {id(w) for line in block for w in line.words}
        added.extend(new)
        grow = (len({w.y0 for w in new}) - len(block)) * pitch
        shift += max(grow, 0.0)
        for line in lines[r.last + 1:]:
            for w in line.words:
                moved[id(w)] = shift
    out = [w if not moved.get(id(w)) else
           Word(w.text, (w.x0, w.y0 + moved[id(w)], w.x1, w.y1 + moved[id(w)]), w.confidence,
                w.page)
           for w in words if id(w) not in replaced]
    return out + added
