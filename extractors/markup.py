"""Printouts of records that arrived as data: XML messages and JSON records.

A message printed from a browser's element tree, a numbered source listing or a JSON viewer
has no labels, only element names and keys ("<familienname>Krause</familienname>",
``"geburtsdatum": "1990-02-01",``). ``resolve_markup`` rewrites such lines as labelled
values, in the words' own places: the name, split into words at its case, underscore or dot
boundaries and closed by a colon, then the value; a parent element's or object's name stays
as a heading; closing tags, braces and a listing's line numbers go. Pages without markup are
returned as they were.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Final

from extractors.layout import Line, build_lines
from extractors.words import Word

#: A page is read as markup when at least this many of its lines are elements or key/value
#: pairs (a form quoting one tag is no message).
MIN_MARKUP_LINES: Final = 3

_NAME = r"(?:[\w.-]+:)?(?P<name>[^\W\d][\w.-]*)"
# optional line number of a source listing, and a tree view's fold marker
_LEAD = r"^(?P<lead>\s*(?:\d{1,4}\s+)?(?:[-+▼▶▾▸►•]\s*)?)"
_ELEMENT = re.compile(_LEAD + r"<" + _NAME + r"(?:\s[^<>]*)?>(?P<value>[^<>]*)</(?:[\w.-]+:)?"
                      r"(?P=name)>\s*$")
_OPEN = re.compile(_LEAD + r"<" + _NAME + r"(?:\s[^<>]*)?>\s*$")
_EMPTY = re.compile(_LEAD + r"<" + _NAME + r"(?:\s[^<>]*)?/>\s*$")
_CLOSE = re.compile(_LEAD + r"</[^<>]+>\s*$")
_DECLARATION = re.compile(_LEAD + r"<[?!][^<>]*>?\s*$")
_PAIR = re.compile(_LEAD + r'"(?P<name>[^"]+)"\s*:\s*(?P<value>"(?:[^"\\]|\\.)*"|-?\d[\d.,]*'
                   r"|true|false|null)\s*,?\s*$")
_OBJECT = re.compile(_LEAD + r'"(?P<name>[^"]+)"\s*:\s*[\[{]\s*$')
_BRACES = re.compile(_LEAD + r"[\[\]{},]+\s*$")
_STRING_ITEM = re.compile(_LEAD + r'(?P<value>"(?:[^"\\]|\\.)*")\s*,?\s*$')
_CAMEL = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])")
_JSON_WORDS: Final = {"true": "ja", "false": "nein", "null": ""}


@dataclass(frozen=True, slots=True)
class _Text:
    """A line's words joined by single spaces, with where each word's characters start."""

    words: tuple[Word, ...]
    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, line: Line) -> _Text:
        words = tuple(w for seg in line.segments for w in seg.words)
        starts, at = [], 0
        for w in words:
            starts.append(at)
            at += len(w.text) + 1
        return cls(words, " ".join(w.text for w in words), tuple(starts))

    def place(self, begin: int, end: int, text: str) -> list[Word]:
        """``text``'s words set over the characters ``begin:end`` of the line, each word's
        share of that width by its characters."""
        parts = text.split()
        if not parts:
            return []
        x0, x1 = self._x(begin), self._x(end)
        first = self.words[self._index(begin)]
        # (as sure as the least sure word it comes from: OCR's doubts stay with the value)
        confidence = min(w.confidence for w in
                         self.words[self._index(begin):self._index(max(end - 1, begin)) + 1])
        total, at = len(" ".join(parts)), 0
        out = []
        for part in parts:
            left = x0 + (x1 - x0) * at / total
            right = x0 + (x1 - x0) * (at + len(part)) / total
            out.append(Word(part, (left, first.y0, max(right, left + 1.0), first.y1),
                            confidence, first.page))
            at += len(part) + 1
        return out

    def _index(self, char: int) -> int:
        i = 0
        while i + 1 < len(self.starts) and self.starts[i + 1] <= char:
            i += 1
        return i

    def _x(self, char: int) -> float:
        """Where the boundary before character ``char`` lies."""
        i = self._index(char)
        w = self.words[i]
        offset = min(char - self.starts[i], len(w.text))
        return w.x0 + (w.x1 - w.x0) * offset / max(len(w.text), 1)


def label_words(name: str) -> str:
    """An element name or key as label words: "geburtsDatum" -> "geburts Datum",
    "anschrift.strasse" -> "anschrift strasse"."""
    return " ".join(_CAMEL.sub(" ", re.sub(r"[._-]+", " ", name)).split())


# A data key standing as a word of its own: a spreadsheet's or database's column name in
# snake case ("w_einzug_dat", "Ort_Ehe") or in camel case after a short lower-case prefix
# ("eDatumEhe", "rStandesamt"); a file's or mail's name carries dots, digits or "@".
_DATA_KEY = re.compile(r"^(?:[^\W\d_]+(?:_[^\W\d_]+)+|[a-z]{1,2}(?:[A-ZÄÖÜ][a-zäöüß]+){1,4})"
                       r":?$")
# A key's prefix that says which record or table it belongs to ("p_", "w_", "e"), no word.
_KEY_PREFIX = re.compile(r"^[a-z]{1,2}$")


def key_words(key: str, closed: bool = False) -> list[str]:
    """A data key as label words without its prefix, closed by a colon if it has one or
    ``closed`` says so: "w_einzug_dat" -> ["einzug", "dat"], "eDatumEhe" -> ["Datum",
    "Ehe"], "Ort_Ehe:" -> ["Ort", "Ehe:"]."""
    parts = label_words(key.rstrip(":")).split()
    if len(parts) > 1 and _KEY_PREFIX.match(parts[0]):
        parts = parts[1:]
    if closed or key.endswith(":"):
        parts[-1] += ":"
    return parts


def _cells_beside(words: list[Word], i: int) -> tuple[int, int]:
    """How many cells stand left of words[i] on its line (row numbers aside), and how many
    right of it: runs of words set apart by more than a word's height."""
    w = words[i]
    height = w.y1 - w.y0
    line = sorted((x for x in words if x.page == w.page
                   and abs((x.y0 + x.y1) - (w.y0 + w.y1)) < height), key=lambda x: x.x0)
    left = [x for x in line if x.x1 <= w.x0 and not x.text.rstrip(".").isdigit()]
    right = [x for x in line if x.x0 >= w.x1]

    def runs(cells: list[Word]) -> int:
        return sum(1 for k, x in enumerate(cells) if k == 0 or x.x0 - cells[k - 1].x1 > height)

    return runs(left), runs(right)


def _alone(words: list[Word], i: int) -> bool:
    """Whether words[i] stands alone in its cell: no word of its line close before or
    after it (in reading order)."""
    w = words[i]
    gap = w.y1 - w.y0
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            o = words[j]
            same_line = o.page == w.page and abs((o.y0 + o.y1) - (w.y0 + w.y1)) < gap
            if same_line and (o.x0 - w.x1 if j > i else w.x0 - o.x1) < gap:
                return False
    return True


def split_data_keys(words: list[Word]) -> list[Word]:
    """The page's words with each data key alone in its cell split into its label words over
    the key's own box (the same list when the page has none)."""
    if not any(_DATA_KEY.match(w.text) and not w.text.isupper() for w in words):
        return words
    out: list[Word] = []
    for i, w in enumerate(words):
        # (only a key alone in its cell: "Datum_Geburt Ort_Geburt" heads a column of two
        # facts)
        # (keys in capitals are read as a system's keys elsewhere: "EINZ_PERSON:")
        if not _DATA_KEY.match(w.text) or w.text.isupper() or not _alone(words, i):
            out.append(w)
            continue
        # (a key with one value cell after it is a label throughout, closed as by a colon:
        # "pNachnameAkt | Müller" is no name "Akt"; in a row of headers it stays open)
        before, after = _cells_beside(words, i)
        parts = key_words(w.text, closed=before == 0 and after <= 1)
        total, at = len(" ".join(parts)), 0
        for part in parts:
            left = w.x0 + (w.x1 - w.x0) * at / total
            right = w.x0 + (w.x1 - w.x0) * (at + len(part)) / total
            out.append(Word(part, (left, w.y0, max(right, left + 1.0), w.y1), w.confidence,
                            w.page))
            at += len(part) + 1
    return out


def _value(raw: str) -> str:
    if raw.startswith('"'):
        try:
            decoded = json.loads(raw)
        except ValueError:
            decoded = raw.strip('"')
        return str(decoded)
    return _JSON_WORDS.get(raw, raw)


def _rewrite(line: _Text) -> list[Word] | None:
    """The line's words rewritten, or None when the line is no markup."""
    text = line.text
    for pattern in (_ELEMENT, _PAIR):
        m = pattern.match(text)
        if m:
            label = line.place(m.start("name"), m.end("name"), label_words(m["name"]) + ":")
            return label + line.place(m.start("value"), m.end("value"), _value(m["value"]))
    for pattern in (_OPEN, _OBJECT, _EMPTY):
        m = pattern.match(text)
        if m:
            return line.place(m.start("name"), m.end("name"), label_words(m["name"]))
    m = _STRING_ITEM.match(text)
    if m:  # an item of a list of strings (tenants' names)
        return line.place(m.start("value"), m.end("value"), _value(m["value"]))
    if _CLOSE.match(text) or _DECLARATION.match(text) or _BRACES.match(text):
        return []
    return None


def resolve_markup(words: list[Word]) -> list[Word]:
    """The page's words with each markup line rewritten as a labelled value (the same list
    when the page holds no markup)."""
    if not any("<" in w.text or w.text.startswith('"') for w in words):
        return words
    lines = build_lines(words)
    texts = [_Text.of(line) for line in lines]
    rewritten = [_rewrite(t) for t in texts]
    if sum(1 for r in rewritten if r) < MIN_MARKUP_LINES:
        return words
    replaced: dict[int, list[Word]] = {}
    for t, new in zip(texts, rewritten, strict=True):
        if new is None:
            continue
        replaced[id(t.words[0])] = new
        for w in t.words[1:]:
            replaced[id(w)] = []
    out: list[Word] = []
    for w in words:
        out.extend(replaced.get(id(w), [w]))
    return out
