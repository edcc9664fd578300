"""Corrections made on a filled-in form after the fact: what was struck, bracketed or
noted as wrong is no value; the corrected one is.

A clerk corrects a form without a new one: the wrong entry is put in brackets with a
reference mark ("[Oleksnadr] 1", the right one in the margin after the same mark), or marked
("französisch*") and put right in a note at the foot ("*bei „Staatsangehörigkeit“ lies:
deutsch – Hörfehler"), and each correction is signed ("berichtigt am 19.10.26 N.L.").
(Entries struck through are left out when the text layer is read, see
``extractors.penmarks``.) ``resolve_corrections`` writes a note's value in the place of the
entry it corrects, drops a bracketed entry that a reference mark flags, the marks
themselves, and the signatures; and the bookkeeping around an entry that is no part of its
value: a translator's lead-in note in square brackets ("[von Hand:] Klein") and a card's
date of entry after a value ("eingetr. 14. 9. 2026", "(3. Sep. 2026)"). Pages without
corrections are returned as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from extractors.layout import Line, build_lines
from extractors.words import Word

# A note correcting an entry: its mark, the entry's label in quotes, the right value, then
# the reason after a dash or semicolon.
_NOTE: Final = re.compile(
    r"^(?P<mark>\*{1,2}|\(?\d{1,2}\)?|[¹²³])?\s*(?:Eintrag\s+|bei\s+)?[„“\"»](?P<label>[^“”\"«]+)"
    r"[“”\"«]\s*(?:lies|richtig|lautet richtig|geändert in|berichtigt auf|korrigiert auf"
    r"|ist zu ersetzen durch|ersetzt durch)\s*:?\s*(?P<value>.+?)\s*(?:[–—;]|\s-\s|$)",
    re.IGNORECASE)
_NOTE_VERB: Final = re.compile(r"^(?:lies|richtig|lautet|ersetzt|geändert|berichtigt|"
                               r"korrigiert)\b", re.IGNORECASE)
# "berichtigt am 19.10.26 N.L.", "geänd. am 20.10.26 E.S.": a correction's signature
_SIGNATURE: Final = re.compile(
    r"^(?:berichtigt|geändert|geänd\.|korrigiert|korr\.|ber\.)$", re.IGNORECASE)
_SHORT_DATE: Final = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?$")
_INITIALS: Final = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöü]?\.){1,3}$|^[A-ZÄÖÜ][a-zäöü]?$|^[A-ZÄÖÜ]{2,3}$")
# what a digit mark may be glued to: a whole date ("27.08.1968" + "1") or a word of letters
_BEARS_MARK: Final = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$|^[^\W\d_]{2,}$")
# a reference mark standing alone: "1", "2)", "(3)", "*"
_MARK: Final = re.compile(r"^(?:\*{1,2}|\(?\d{1,2}\)|\d|[¹²³])$")


@dataclass(frozen=True, slots=True)
class _Note:
    mark: str
    label: str
    value: str
    words: tuple[Word, ...]



def _notes(lines: list[Line]) -> list[_Note]:
    out: list[_Note] = []
    for line in lines:
        words = line.words
        m = _NOTE.match(line.text.strip())
        if m is not None and m.group("value").strip():
            mark = (m.group("mark") or "").strip("()")
            out.append(_Note(mark, m.group("label").strip(), m.group("value").strip(" :"),
                             tuple(words)))
    return out


def _signatures(words: list[Word]) -> set[int]:
    """The words of correction signatures: "berichtigt am DATE [initials]"."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if not _SIGNATURE.match(w.text) or i + 2 >= len(words):
            continue
        if words[i + 1].text.lower() != "am" or not _SHORT_DATE.match(words[i + 2].text):
            continue
        end = i + 3
        if end < len(words) and _INITIALS.match(words[end].text) \
                and words[end].x0 - words[end - 1].x1 < 3 * words[end].height:
            end += 1
        out.update(id(x) for x in words[i:end])
    return out


def _marked(lines: list[Line], mark: str, skip: set[int]) -> list[Word] | None:
    """The entry a reference mark flags: a bracketed run before the mark, or the word the
    mark is glued to ("französisch*")."""
    for line in lines:
        words = [w for w in line.words if id(w) not in skip]
        for i, w in enumerate(words):
            glued = len(w.text) > len(mark) and w.text.endswith(mark) and (
                mark in "*¹²³" or _BEARS_MARK.match(w.text[:-len(mark)]) is not None)
            alone = _MARK.match(w.text) is not None and w.text.strip("()") == mark
            if glued:
                return [w]
            if alone and i > 0 and words[i - 1].text.endswith("]"):
                start = next((j for j in range(i - 1, -1, -1)
                              if words[j].text.startswith("[")), None)
                if start is not None:
                    return words[start:i + 1]
            if alone and mark in "*¹²³":
                return [w]  # the mark left where the entry it flags was struck out
    return None


def _bracketed_deletions(lines: list[Line]) -> set[int]:
    """Bracketed entries followed by a reference mark ("[Oleksnadr] 1", "[Annna Zimmermann]
    1)"), the mark, and the same mark standing before the right value in the margin."""
    out: set[int] = set()
    for line in lines:
        words = line.words
        for i, w in enumerate(words):
            if not (_MARK.match(w.text) and i > 0 and words[i - 1].text.endswith("]")):
                continue
            start = next((j for j in range(i - 1, -1, -1) if words[j].text.startswith("[")),
                         None)
            if start is None:
                continue
            out.update(id(x) for x in words[start:i + 1])
            out.update(id(x) for x in words[i + 1:] if x.text == w.text)
    return out


#: A lead-in note in square brackets holds at most this many words.
LEAD_IN_MAX_WORDS: Final = 4


def _lead_in_notes(words: list[Word]) -> set[int]:
    """Ids of the words of notes in square brackets that lead into what follows them ("[von
    Hand:] Klein", "[handschriftlich:] Hauptstraße"): a translator's or a copyist's remark
    on how the value stands on the original, no part of it."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if not w.text.startswith("["):
            continue
        run = words[i:i + LEAD_IN_MAX_WORDS]
        end = next((k for k, x in enumerate(run) if x.text.endswith("]")), None)
        if end is not None and run[end].text.endswith(":]") and i + end + 1 < len(words) \
                and all(x.page == w.page for x in run[:end + 1]):
            out.update(id(x) for x in run[:end + 1])
    return out


# When an entry was made, after its value ("Dortmund eingetr. 16. 10. 2026"): a card's
# bookkeeping, no part of the value.
_STAMP_WORD: Final = re.compile(r"^(?:eingetr\.|eingetragen|erf\.|erfasst|nachgetr\.|"
                                r"nachgetragen|eintr\.)$", re.IGNORECASE)
_STAMP_DATE: Final = re.compile(r"^(?:(?:am|v\.|vom)\s+)?\d{1,2}\.\s?"
                                r"(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]{2,8}\.?)\s?(?:\d{2}|\d{4})[.,;]?$")
_STAMP_LINK: Final = frozenset({"v.", "vom", "am"})
_BRACKETED_DAY: Final = re.compile(r"^\(\d{1,2}\.")


def _entry_stamps(words: list[Word]) -> set[int]:
    """Ids of the words that date an entry right after its value, on its line ("Eintr. v."
    at the line's end: its date wrapped to the next; a date in brackets)."""
    out: set[int] = set()
    for i, w in enumerate(words):
        if w.text.startswith("(") and i and _next_to(words[i - 1], w):
            # "Im Düsterfeld (3. Sep. 2026)": the later entry's date in brackets
            bracket = [w]
            for x in words[i + 1:i + 4]:
                if bracket[-1].text.endswith(")") or not _next_to(bracket[-1], x):
                    break
                bracket.append(x)
            inner = " ".join(x.text for x in bracket).strip("()")
            if bracket[-1].text.endswith(")") and _STAMP_DATE.match(inner):
                out.update(id(x) for x in bracket)
            continue
        if not _STAMP_WORD.match(w.text):
            continue
        run: list[Word] = []
        for x in words[i + 1:i + 5]:
            if not _next_to(run[-1] if run else w, x):
                break
            run.append(x)
        dated = next((k for k in range(1, len(run) + 1)
                      if _STAMP_DATE.match(" ".join(x.text for x in run[:k]))), None)
        if dated is not None:
            out.update(id(x) for x in (w, *run[:dated]))
        elif i and _next_to(words[i - 1], w) and len(run) == 1 \
                and run[0].text.lower() in _STAMP_LINK:
            out.update(id(x) for x in (w, *run))  # "Bochum Eintr. v." / "26.9.2026"
    return out


def _next_to(a: Word, b: Word) -> bool:
    """Whether ``b`` follows ``a`` closely on its line (not in a cell further right)."""
    height = a.y1 - a.y0
    return a.page == b.page and abs(a.y0 - b.y0) <= height / 2 \
        and -height < b.x0 - a.x1 < 2 * height


def _spread(over: list[Word], text: str) -> list[Word]:
    """``text``'s words in the place of ``over``'s."""
    parts = text.split()
    x0, x1 = over[0].x0, max(w.x1 for w in over)
    total = sum(len(p) for p in parts) + len(parts) - 1
    out, x = [], x0
    for p in parts:
        width = (x1 - x0) * len(p) / max(total, 1)
        out.append(replace(over[0], text=p, bbox=(x, over[0].y0, x + width, over[0].y1)))
        x += width * (len(p) + 1) / max(len(p), 1)
    return out


def resolve_corrections(words: list[Word]) -> list[Word]:
    """The page's words with corrections applied (see the module's text); the same list
    when the page has none."""
    # a quick look before the lines are built: a signature, a bracketed entry, or a note's
    # "lies" / "richtig" / "… in" / "… auf" (quotes alone are common in hints)
    if not any(_SIGNATURE.match(w.text) or w.text.endswith("]") or _STAMP_WORD.match(w.text)
               or _NOTE_VERB.match(w.text) or _BRACKETED_DAY.match(w.text) for w in words):
        return words
    lines = build_lines(words)
    notes = _notes(lines)
    drop = _signatures(words) | _bracketed_deletions(lines) | _lead_in_notes(words) \
        | _entry_stamps(words)
    swap: dict[int, list[Word]] = {}
    note_words = {id(w) for n in notes for w in n.words}
    for note in notes:
        if not note.mark:
            continue
        old = _marked(lines, note.mark, note_words)
        if old is None:
            continue
        entry = [w for w in old if not _MARK.match(w.text)] or old
        swap[id(entry[0])] = _spread(entry, note.value)
        drop |= {id(w) for w in old if id(w) != id(entry[0])}
        drop |= {id(w) for w in note.words}
    if not drop and not swap:
        return words
    out: list[Word] = []
    for w in words:
        if id(w) in swap:
            out.extend(swap[id(w)])
        elif id(w) not in drop:
            out.append(w)
    return out
