"""Supplement sheets: a form's field that says "siehe Beiblatt" holds the value the sheet gives.

A form's box is often too small, so the person filling it writes a pointer into the box ("s.
Anlage 2", "» Zusatzbl. 2", "Anm. *1", "Eintrag in Anlage 1") and the value on a supplement
(below a rule, on a slip beside, on the next page), keyed by the field's number ("zu Feld 7:",
"Nr. 7:"), by a footnote mark ("*1 Hosseini") or by the field's label repeated ("Vornamen
(alle) – Feldeintrag: Uwe"). The supplement may also correct a value the form holds ("Feld 4
wird berichtigt, richtig: Hattingen", "Korrektur »Tag des Todes« – zutreffend: 16.02.2026").

``resolve_supplements`` writes each keyed value into its field's box, in place of the pointer
or of the value it corrects, and takes the used entries out of the words, so that extraction
reads the form as if the box had held the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from extractors.labels import squash
from extractors.layout import Line, Segment, build_lines
from extractors.words import Word

# Words that say a value stands elsewhere; a pointer is short and holds one of them.
_POINTER: Final = re.compile(
    r"\b(?:anlage|beiblatt|zusatzbl|erg[äa]nzung|anm\.|fortsetzung|forts\.|r[üu]ckseite"
    r"|siehe\s+unten|s\.\s*unten)", re.IGNORECASE)
POINTER_MAX_WORDS: Final = 6
# A footnote mark: "*1", "*2)", "¹".
_MARK: Final = re.compile(r"(?:\*\s?(\d{1,2})\)?|([¹²³⁴⁵⁶⁷⁸⁹]))")
_SUPERSCRIPT: Final = {c: str(i) for i, c in enumerate("¹²³⁴⁵⁶⁷⁸⁹", start=1)}
# A field's number at the start of its row: "4", "4.", "(4)", "Nr. 4", "lfd. Nr. 4".
_ROW_NUMBER: Final = re.compile(r"^(?:lfd\.\s*)?(?:Nr\.\s*)?\(?(\d{1,2})[.)]?$")
# Entries keyed by a field's number: "zu Feld 7:", "zu Nr. 7:", "Feld 7:", "Nr. 7:", and
# corrections "Feld 4 wird berichtigt, richtig:", "Berichtigung zu Nr. 4: richtig ist".
_NUMBER_ENTRY: Final = re.compile(
    r"^(?:(?:zu|ad)\s+(?:(?:Feld|Nr\.|Nummer|Ziffer)\s*)?|(?:Feld|Nr\.|Nummer|Ziffer)\s*)"
    r"(\d{1,2})\s*(?::|\s[–—-])\s*(.*)$",
    re.IGNORECASE)
_NUMBER_CORRECTION: Final = re.compile(
    r"^(?:(?:Berichtigung|Korrektur)\s+zu\s+(?:Feld|Nr\.|Nummer|Ziffer)?\s*(\d{1,2})"
    r"|(?:Feld|Nr\.|Nummer|Ziffer)\s*(\d{1,2})\s+wird\s+(?:berichtigt|korrigiert))"
    r"[^:]*:\s*(?:richtig(?:\s+ist)?\s*:?\s*)?(.*)$", re.IGNORECASE)
_LABEL_CORRECTION: Final = re.compile(
    r"^(?:Berichtigung|Korrektur)\s*(?:zu\s*)?[»\"„'(]?(.+?)[«\"“')]?\s*[–—:-]?\s*"
    r"(?:zutreffend|richtig(?:\s+ist)?)\s*:?\s*(.*)$", re.IGNORECASE)
# A label repeated before its value: "Vornamen (alle) – Feldeintrag: Uwe".
_LABEL_ENTRY: Final = re.compile(r"^([^:]{3,60}):\s*(.*)$")
# Words a form adds to every label ("– Feldeintrag", "(Vordruckeintrag)") say nothing of it.
_BOILERPLATE: Final = re.compile(r"[–—-]?\s*\b(?:feldeintrag|vordruckeintrag|eintrag)\b",
                                 re.IGNORECASE)


# A word only a pointer or a supplement's entry holds.
_CUE: Final = re.compile(r"anlage|beiblatt|zusatzbl|erg[äa]nzung|^anm\.|^forts|r[üu]ckseite"
                         r"|berichtig|korrektur|^\*\d|[¹²³⁴⁵⁶⁷⁸⁹]|^(?:zu|ad)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Box:
    """A field's value box on the form: its words and the keys it is known by."""

    words: tuple[Word, ...]
    number: str | None
    mark: str | None
    label: str
    pointer: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    """A value the supplement gives for a field, and the words it takes up there."""

    kind: str  # "number", "mark" or "label"
    key: str
    value: str
    words: tuple[Word, ...]
    correction: bool


# A pointer no value can be: "s. Anlage 2", "vgl. Anlage 4", "Eintrag in Anlage 1",
# "» Zusatzbl. 2", "siehe Beiblatt", "Forts. s. Seite 2", "Anm. *1".
_REFERENCE: Final = re.compile(
    r"(?:\b(?:s\.|siehe|vgl\.|eintrag\s+(?:in|auf)|forts\.|fortsetzung(?:\s+auf)?)|[»→])\s*"
    r"(?:s\.\s*)?(?:anlage|beiblatt|zusatzbl|erg[äa]nzung|seite|anm\.|r[üu]ckseite)"
    r"|\banm\.\s*\*|\b(?:anlage|beiblatt|zusatzbl(?:att|\.)?)\s*(?:nr\.\s*)?\d",
    re.IGNORECASE)


def points_elsewhere(text: str) -> bool:
    """Whether ``text`` is a pointer to a supplement rather than a value ("s. Anlage 2"; a
    value with a remark that points on, "sonstiger Zweck (siehe Anlage)", is a value)."""
    return len(text.split()) <= POINTER_MAX_WORDS \
        and _REFERENCE.match(text.strip(" ([")) is not None


def _is_pointer(text: str) -> bool:
    return len(text.split()) <= POINTER_MAX_WORDS and (
        _POINTER.search(text) is not None or _MARK.fullmatch(text.strip()) is not None)


def _mark_of(text: str) -> str | None:
    found = _MARK.search(text)
    if found is None:
        return None
    return found.group(1) or _SUPERSCRIPT[found.group(2)]


def _label_key(text: str) -> str:
    return squash(_BOILERPLATE.sub(" ", text))


# A label cell that opens with its field's number: "Nr. 7 Eheschließung am", "(7) Ort".
_NUMBERED_LABEL: Final = re.compile(r"^(?:Nr\.\s*(\d{1,2})|\((\d{1,2})\))\s+[^\W\d_]")


def _numbered(text: str) -> bool:
    return _ROW_NUMBER.match(text) is not None or _NUMBERED_LABEL.match(text) is not None


def _under(lines: list[Line], i: int, label: Segment) -> Segment | None:
    """The value box under a label set over it ("Nr. 7 Eheschließung am" / "Forts. s. S. 2")."""
    if i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    height = max(w.height for w in label.words)
    if below.page != lines[i].page or below.y0 - label.y1 > 1.5 * height:
        return None
    return next((s for s in below.segments
                 if s.x0 < label.x1 and label.x0 - height < s.x1 and not _numbered(s.text)),
                None)


def _boxes(lines: list[Line]) -> list[_Box]:
    """Every labelled box of the form (right of its label, or under a numbered label): the
    box's words and the keys it is known by."""
    out: list[_Box] = []
    for i, line in enumerate(lines):
        segs = line.segments
        k = 0
        while k < len(segs):
            number = None
            if (m := _ROW_NUMBER.match(segs[k].text)) is not None and k + 1 < len(segs):
                number, k = m.group(1), k + 1
            elif (m := _NUMBERED_LABEL.match(segs[k].text)) is not None:
                number = m.group(1) or m.group(2)
            label = segs[k]
            beside = segs[k + 1] if k + 1 < len(segs) else None
            if beside is not None and not _numbered(beside.text):
                box: Segment | None = beside
                k += 2
            else:
                box = _under(lines, i, label) if number is not None else None
                k += 1
            if box is not None:
                text = box.text
                out.append(_Box(box.words, number,
                                _mark_of(text) if _is_pointer(text) else None,
                                _label_key(_after_number(label, number)), _is_pointer(text)))
    return out


def _after_number(label: Segment, number: str | None) -> str:
    text = label.text
    if number is not None:
        text = re.sub(r"^(?:Nr\.\s*)?\(?\d{1,2}[.)]?\s+", "", text)
    return text


def _continuation(lines: list[Line], i: int, seg: Segment) -> Segment | None:
    """The next line's piece under an entry that goes on there ("zu Feld 10:" / "29")."""
    if i + 1 >= len(lines):
        return None
    below = lines[i + 1]
    height = max(w.height for w in seg.words)
    if below.page != lines[i].page or below.y0 - seg.y1 > height:
        return None
    return next((piece for piece in below.segments
                 if seg.x0 - height <= piece.x0 < max(seg.x1, seg.x0 + 4 * height)
                 and not _entry_like(piece.text)),
                None)


#: An entry's own words may wrap over this many lines before its value.
ENTRY_MAX_LINES = 3


def _entry_like(text: str) -> bool:
    return any(p.match(text) for p in (_NUMBER_ENTRY, _NUMBER_CORRECTION, _LABEL_CORRECTION)) \
        or _MARK.match(text) is not None


def _entries(lines: list[Line], labels: set[str]) -> list[_Entry]:
    """The supplement's entries keyed by number, footnote mark or a form's label; an entry
    whose key wraps ("Korrektur »Vornamen (alle)« –" / "zutreffend:") is read whole, and a
    value that wrapped under it is its value."""
    out: list[_Entry] = []
    for i, line in enumerate(lines):
        for seg in line.segments:
            pieces, at = [seg], i
            entry = _entry(seg.text, labels)
            while entry is None and len(pieces) < ENTRY_MAX_LINES \
                    and (nxt := _continuation(lines, at, pieces[-1])) is not None:
                pieces.append(nxt)
                at += 1
                entry = _entry(" ".join(p.text for p in pieces), labels)
            if entry is None:
                continue
            kind, key, value, correction = entry
            words = tuple(w for p in pieces for w in p.words)
            while not value or value.rstrip(":").lower() == "ist":  # "richtig" / "ist"
                rest = _continuation(lines, at, pieces[-1])
                if rest is None or len(pieces) > ENTRY_MAX_LINES:
                    value = ""
                    break
                pieces.append(rest)
                at += 1
                value, words = rest.text, (*words, *rest.words)
            if value:
                out.append(_Entry(kind, key, value, words, correction))
    return out


def _entry(text: str, labels: set[str]) -> tuple[str, str, str, bool] | None:
    if (m := _NUMBER_CORRECTION.match(text)) is not None:
        return "number", m.group(1) or m.group(2), m.group(3).strip(), True
    if (m := _LABEL_CORRECTION.match(text)) is not None and _label_key(m.group(1)) in labels:
        return "label", _label_key(m.group(1)), m.group(2).strip(), True
    if (m := _NUMBER_ENTRY.match(text)) is not None:
        return "number", m.group(1), m.group(2).strip(), False
    mark = _MARK.match(text)
    if mark is not None and mark.end() < len(text):
        return "mark", mark.group(1) or _SUPERSCRIPT[mark.group(2)], text[mark.end():].strip(), \
            False
    if (m := _LABEL_ENTRY.match(text)) is not None and _label_key(m.group(1)) in labels:
        return "label", _label_key(m.group(1)), m.group(2).strip(), False
    return None


def _spread(value: str, over: tuple[Word, ...]) -> list[Word]:
    """``value``'s words set where ``over`` stood, each a share of its width."""
    first, last = over[0], over[-1]
    tokens = value.split()
    width = (last.x1 - first.x0) / max(1, len(tokens))
    return [Word(t, (first.x0 + k * width, first.y0, first.x0 + (k + 1) * width - 1, first.y1),
                 min(w.confidence for w in over), first.page)
            for k, t in enumerate(tokens)]


def resolve_supplements(pages: list[list[Word]]) -> list[list[Word]]:
    """Every page's words with the values a supplement gives written into the form's boxes
    that point to it or that it corrects (the same lists when there is none)."""
    # (a quick look at the words before building any page's lines)
    if not any(_CUE.search(w.text) for words in pages for w in words):
        return pages
    lines = [build_lines(words) for words in pages]
    if not any(_is_pointer(seg.text) or _entry_like(seg.text)
               for page in lines for line in page for seg in line.segments):
        return pages
    boxes = [box for page in lines for box in _boxes(page)]
    labels = {box.label for box in boxes if box.label}
    entries = [e for page in lines for e in _entries(page, labels)]
    if not boxes or not entries:
        return pages
    replace: dict[int, list[Word]] = {}
    drop: set[int] = set()
    used: set[int] = set()
    taken: set[int] = set()  # entries given to a box
    entry_words = [{id(w) for w in entry.words} for entry in entries]
    for box in boxes:
        if any(id(w) in used for w in box.words):
            continue  # an entry's own words, read as a row
        for k, entry in enumerate(entries):
            if k in taken:
                continue
            if not (box.pointer or entry.correction):
                continue
            if any(id(w) in entry_words[k] for w in box.words):
                continue
            key = {"number": box.number, "mark": box.mark, "label": box.label}[entry.kind]
            if key != entry.key:
                continue
            replace[id(box.words[0])] = _spread(entry.value, box.words)
            drop.update(id(w) for w in box.words[1:])
            drop.update(id(w) for w in entry.words)
            used.update(id(w) for w in entry.words)
            taken.add(k)
            break
    if not replace:
        return pages
    out: list[list[Word]] = []
    for words in pages:
        page_out: list[Word] = []
        for w in words:
            if id(w) in replace:
                page_out.extend(replace[id(w)])
            elif id(w) not in drop:
                page_out.append(w)
        out.append(page_out)
    return out
