"""Conversations: a chat in which a citizen answered an assistant's questions.

The export of a web chat or messenger has no labels: the assistant's bubble asks ("Wann
sind Sie eingezogen?"), the citizen's bubble answers below it, often in a sentence ("Am
1. Mai 2026."), and a second bubble of the citizen's right after the first corrects it
("ach nein, Wagner"). Each bubble ends in its time stamp, and the sender's initials may
stand beside it. ``resolve_chat`` rewrites such a page: each answer gets its question as a
label, set just left of the answer's first word and closed by a colon; a correction is
applied to the answer it corrects; time stamps and initials go. Pages that are no chat are
returned as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Final

from rapidfuzz import fuzz

from extractors.layout import Line, build_lines
from extractors.values import NAME_PARTICLES, find_dates, fold
from extractors.words import Word, label_before

#: A page is read as a chat when at least this many lines end in a time stamp, on both
#: sides of the page.
MIN_STAMPED_LINES: Final = 6
MIN_PER_SIDE: Final = 2
#: A corrected word is like the word it replaces at least this much (0..100).
CORRECTION_MIN_SIMILARITY: Final = 60.0
#: An avatar beside a bubble is a token of a few characters this many text heights apart
#: from the bubble's text.
AVATAR_MAX_CHARS: Final = 3
AVATAR_GAP_HEIGHTS: Final = 2.0
#: Bubbles of a side line up within this many text heights.
TOLERANCE_HEIGHTS: Final = 2.0
#: A line of a few words this much smaller than the bubbles' is a sender's name.
SMALL_PRINT: Final = 0.85
SENDER_MAX_WORDS: Final = 3
#: A question keeps at most this many words (its last sentences).
MAX_QUESTION_WORDS: Final = 16

_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_INITIALS = re.compile(r"^[A-ZÄÖÜ]{1,3}$")
# initials OCR read from a circle ("(ss)", "ss)") or a mark alone ("®", "●")
_MARK = re.compile(r"^\(?[A-Za-zÄÖÜäöü]{1,3}\)$|^\([A-Za-zÄÖÜäöü]{1,3}\)?$|^[^\w\s]{1,3}$")
_SENTENCE_END = re.compile(r"[.!?…]$")
# "bzw.", "z.B.", "ggf.": an abbreviation's stop ends no sentence
_ABBREVIATION = re.compile(r"^(?:bzw|ggf|evtl|usw|ca|vgl|inkl|bspw|etc|[a-zA-Z]\.[a-zA-Z])\.$")


@dataclass
class _Bubble:
    right: bool
    words: list[Word] = field(default_factory=list)
    #: its time stamp in minutes of the day, if read
    stamp: int | None = None


def _minutes(words: list[Word]) -> int | None:
    for w in words:
        if _TIME.match(w.text):
            hours, minutes = w.text.split(":")[:2]
            return int(hours) * 60 + int(minutes)
    return None


def _in_time_order(bubbles: list[_Bubble]) -> list[_Bubble]:
    """The bubbles ordered by their stamps (a bubble without one keeps its place after the
    one before it): OCR may set a reply's line a little above the question it answers."""
    keyed, last = [], 0
    for b in bubbles:
        last = b.stamp if b.stamp is not None else last
        keyed.append((last, b))
    return [b for _, b in sorted(keyed, key=lambda k: k[0])]


def _furniture(words: list[Word]) -> set[int]:
    """Ids of a line's time stamp and the sender's initials or avatar: after the stamp, or
    at either end (OCR reads an avatar's circled initials as "(ss)", "®", "88")."""
    stamps = [i for i, w in enumerate(words) if _TIME.match(w.text)]
    out = {id(w) for w in words[stamps[-1]:]} if stamps else set()
    if len(words) > 1:
        first, second, last = words[0], words[1], words[-1]
        # (a short answer stands apart from its own stamp: "Ja   18:33")
        if _INITIALS.match(first.text) or _MARK.match(first.text) or (
                len(first.text) <= AVATAR_MAX_CHARS and not _TIME.match(second.text)
                and second.x0 - first.x1 > AVATAR_GAP_HEIGHTS * (first.y1 - first.y0)):
            out.add(id(first))
        if _INITIALS.match(last.text) or _MARK.match(last.text):
            out.add(id(last))
    return out


def _stamped(words: list[Word]) -> bool:
    """Whether a line ends in a bubble's time stamp (the sender's initials may follow), not
    in an export's date and time."""
    for k in range(max(0, len(words) - 2), len(words)):
        if _TIME.match(words[k].text):
            return not (k > 0 and find_dates(words[k - 1].text.rstrip(",")))
    return False


@dataclass
class _Row:
    line: Line
    words: list[Word]
    text: list[Word]
    drop: set[int]
    stamped: bool


def _rows(lines: list[Line]) -> list[_Row]:
    out = []
    for line in lines:
        words = line.words
        drop = _furniture(words)
        out.append(_Row(line, words, [w for w in words if id(w) not in drop], drop,
                        _stamped(words)))
    return out


def _bubbles(rows: list[_Row], left_x: float, right_x: float, height: float
             ) -> tuple[list[_Bubble], set[int]]:
    """The bubbles in reading order, and the words of the chat's other lines (date and
    system lines, quick-reply buttons) to drop. A bubble is the lines of one side up to the
    one that ends in a stamp or the sender's initials: the assistant's start at the left,
    the citizen's end at the right."""
    out: list[_Bubble] = []
    other: set[int] = set()
    open_side: dict[bool, _Bubble] = {}
    after_question = False
    tolerance = TOLERANCE_HEIGHTS * height
    for row in rows:
        if not row.text or "<<" in "".join(w.text for w in row.text):
            continue  # (a document's zone in an uploaded picture is read as a zone)
        if len(row.line.segments) == 1 and len(row.text) <= SENDER_MAX_WORDS \
                and median(w.y1 - w.y0 for w in row.text) < SMALL_PRINT * height:
            other |= {id(w) for w in row.words}  # a sender's name over the bubble
            continue
        left = row.text[0].x0 <= left_x + tolerance
        # (a bubble without its stamp ends further right, where the stamp would stand; one
        # set in a wider bubble's left edge ends earlier, but stands off the centre where
        # date and system lines stand)
        centre = (row.text[0].x0 + row.text[-1].x1) / 2
        right = not left and (row.text[-1].x1 >= right_x - tolerance
                              or centre - (left_x + right_x) / 2 > tolerance)
        if not (left or right) or (left and after_question and not row.stamped
                                   and False not in open_side
                                   and len(row.line.segments) > 1):
            other |= {id(w) for w in row.words}  # (buttons: the answer repeats the choice)
            continue
        bubble = open_side.get(right)
        if bubble is None:
            bubble = open_side[right] = _Bubble(right)
            out.append(bubble)
        bubble.words.extend(row.text)
        if row.drop:
            bubble.stamp = _minutes(row.words)
            del open_side[right]
        after_question = left and row.stamped
    return out, other


def _question(bubbles: list[_Bubble]) -> list[Word]:
    """The asking part of the assistant's bubbles before an answer: from the last sentence
    that asks to the end (a hint after it included), else the last sentence."""
    words = [w for b in bubbles for w in b.words]
    sentences: list[list[Word]] = [[]]
    for w in words:
        sentences[-1].append(w)
        if _SENTENCE_END.search(w.text) and not _ABBREVIATION.match(w.text):
            sentences.append([])
    sentences = [s for s in sentences if s]
    asking = [i for i, s in enumerate(sentences) if s[-1].text.endswith("?")]
    begin = asking[-1] if asking else len(sentences) - 1
    return [w for s in sentences[begin:] for w in s][-MAX_QUESTION_WORDS:]


def _corrected(answer: list[Word], correction: list[Word]) -> list[Word]:
    """The answer with the correction applied: a date for its date, a word for the word it
    is like, else the correction's last clause in its place."""
    new_dates = find_dates(" ".join(w.text for w in correction))
    old_dates = find_dates(" ".join(w.text for w in answer))
    if new_dates and old_dates:
        return _replaced(answer, old_dates[0][1:], _words_in(correction, new_dates[-1][1:]))
    best: tuple[float, int, Word] | None = None
    for i, w in enumerate(answer):
        for c in correction:
            core_w, core_c = w.text.strip(",.;:!?"), c.text.strip(",.;:!?")
            if core_w == core_c or len(core_c) < 2 or not core_c[:1].isupper():
                continue
            score = fuzz.ratio(core_w, core_c)
            if score >= CORRECTION_MIN_SIMILARITY and (best is None or score > best[0]):
                best = (score, i, Word(core_c + w.text[len(core_w):], w.bbox, c.confidence,
                                       w.page))
    if best is not None:
        return [*answer[:best[1]], best[2], *answer[best[1] + 1:]]
    return _last_clause(correction)


def _last_clause(words: list[Word]) -> list[Word]:
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.text.endswith((",", ".", ":"))),
              default=0)
    return words[cut:]


def _words_in(words: list[Word], span: tuple[int, int]) -> list[Word]:
    out, pos = [], 0
    for w in words:
        if pos < span[1] and pos + len(w.text) > span[0]:
            out.append(w)
        pos += len(w.text) + 1
    return out


def _replaced(words: list[Word], span: tuple[int, int], new: list[Word]) -> list[Word]:
    """``words`` with those in the character ``span`` of their joined text replaced by
    ``new``, set in the first replaced word's place."""
    old = _words_in(words, span)
    if not old or not new:
        return words
    first = words.index(old[0])
    placed = [Word(w.text, old[0].bbox if k == 0 else (old[-1].x1, old[0].y0, old[-1].x1 + 1.0,
                                                       old[0].y1), w.confidence, old[0].page)
              for k, w in enumerate(new)]
    return [*words[:first], *placed, *words[first + len(old):]]


# A question asking both parts of the person's name, in the order it names them: given
# names ("Vor-", "Vornamen") and the family name ("Nachname", "Familiennamen", "Zuname").
_GIVEN_ASKED = re.compile(r"\bvor(?:namen?\b|-)")
_FAMILY_ASKED = re.compile(r"(?:nach|familien|zu)namen?\b")
#: The joint label of a name given as "family name, given names".
JOINT_NAME_LABEL: Final = ("Name,", "Vornamen:")


def _name_run(answer: list[Word]) -> list[str]:
    """The answer's longest run of capitalised words (with particles): the name in "Auf
    mich, Horst Gerd Klein." or "Tarek Saleh heiße ich."."""
    runs: list[list[str]] = [[]]
    for w in answer:
        core = w.text.strip(".,;:!?\"„“”'")
        if core[:1].isupper() or (runs[-1] and core in NAME_PARTICLES):
            runs[-1].append(core)
        else:
            runs.append([])
        if w.text.endswith((",", ".", ";", "!", "?")):
            runs.append([])
    return max(runs, key=lambda r: sum(t[:1].isupper() for t in r))


def _name_run_of(text: str) -> list[str]:
    """The words of a part of an answer that is nothing but a name (else none)."""
    words = [w.strip(".,;:!?\"„“”'") for w in text.split()]
    named = bool(words) and all(t[:1].isupper() or t in NAME_PARTICLES for t in words)
    return words if named else []


def _whole_name(question: list[Word], answer: list[Word]) -> list[Word] | None:
    """An answer to a question asking given and family names together, as "family name,
    given names" behind the joint label; None for any other answer."""
    asked = fold(" ".join(w.text for w in question))
    given, family = _GIVEN_ASKED.search(asked), _FAMILY_ASKED.search(asked)
    if given is None or family is None:
        return None
    given_first = given.start() < family.start()
    halves = " ".join(w.text for w in answer).split(",", 1)
    run = _name_run(answer)
    capitals = [i for i, t in enumerate(run) if t[:1].isupper()]
    if len(halves) == 2 and all(_name_run_of(h) for h in halves):
        # "Wagner, Dieter": the parts in the order asked
        first_names, last = (_name_run_of(h) for h in (halves if given_first else halves[::-1]))
    elif len(capitals) < 2:
        return None
    elif given_first:
        cut = capitals[-1]
        while cut > 0 and run[cut - 1] in NAME_PARTICLES:
            cut -= 1
        first_names, last = run[:cut], run[cut:]
    else:
        last, first_names = run[:1], run[1:]
    first = answer[0]
    out = [Word(" ".join(last) + ",", first.bbox, first.confidence, first.page),
           Word(" ".join(first_names), (first.x1 + 1.0, first.y0, first.x1 + 2.0, first.y1),
                min(w.confidence for w in answer), first.page)]
    return [*label_before(first, list(JOINT_NAME_LABEL)), *out]


def _labelled(question: list[Word], answer: list[Word]) -> list[Word]:
    """The answer's words with the question set just left of its first word, in its line,
    each question word a sliver (so that the label and the value make one run)."""
    texts = [w.text for w in question]
    texts[-1] = texts[-1].rstrip(":?.!") + ":"
    return [*label_before(answer[0], texts), *answer]


def resolve_chat(words: list[Word]) -> list[Word]:
    """The page's words with each answer of a chat labelled by its question (the same list
    when the page is no chat)."""
    if sum(1 for w in words if _TIME.match(w.text)) < MIN_STAMPED_LINES:
        return words  # (most pages: no lines to build)
    rows = _rows(build_lines(words))
    stamped = [r for r in rows if r.stamped and r.text]
    if len(stamped) < MIN_STAMPED_LINES:
        return words
    left_x = min(r.text[0].x0 for r in stamped)
    height = median(w.y1 - w.y0 for r in stamped for w in r.text)
    rights = [r.text[-1].x1 for r in stamped
              if r.text[0].x0 > left_x + TOLERANCE_HEIGHTS * height]
    if len(rights) < MIN_PER_SIDE or len(stamped) - len(rights) < MIN_PER_SIDE:
        return words
    first, last = stamped[0].line.index, stamped[-1].line.index
    region = [r for r in rows if first <= r.line.index <= last]
    bubbles, drop = _bubbles(region, left_x, median(rights), height)
    bubbles = _in_time_order(bubbles)
    for r in region:
        drop |= r.drop
    asked: list[_Bubble] = []
    answered: list[tuple[list[_Bubble], list[Word]]] = []
    previous_right = False
    for bubble in bubbles:
        if not bubble.right:
            asked.append(bubble)
            previous_right = False
            continue
        drop |= {id(w) for w in bubble.words}
        if previous_right and answered:
            # a second answer right after the first corrects it
            questions, answer = answered[-1]
            answered[-1] = (questions, _corrected(answer, bubble.words))
        else:
            answered.append((asked, list(bubble.words)))
            asked = []
        previous_right = True
    out = [w for w in words if id(w) not in drop]
    for questions, answer in answered:
        if answer:
            question = _question(questions) if questions else []
            out.extend(_whole_name(question, answer)
                       or (_labelled(question, answer) if question else answer))
    return out
