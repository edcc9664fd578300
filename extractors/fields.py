"""Turn words into fields: find each field's label, look beside, below and within it for a
value, and keep the candidate that the field's kind accepts with the best score.

Nothing here knows a layout: labels come from the type's schema module, geometry from the
page, and the choice among candidates from what each value kind can parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from statistics import fmean, median
from typing import Any

from stdnum import iban as stdnum_iban

from extractors.labels import (
    COMPOUND_PART_MIN_CHARS,
    ENUMERATOR,
    LabelHit,
    LabelIndex,
    is_question,
    lead_words,
    names_person,
    squash,
)
from extractors.layout import Line, Segment, build_lines
from extractors.parties import PRIOR_OTHER_COLUMN, column_party, party_of
from extractors.supplement import points_elsewhere
from extractors.values import (
    NAME_PARTICLES,
    PART_SEPARATOR,
    POSTAL_CODE_RE,
    TICKED,
    TOWN_TAIL,
    boxed_date_with_walls_read_as_digits,
    find_dates,
    fold,
    names_only_options,
    option_kind,
    option_words,
    parse_house_number,
    parse_value,
    repair_ocr_street,
    repair_ocr_vin,
    split_street,
    street_shaped,
)
from extractors.words import SLIVER_PITCH, Word
from schemas.base import DocumentType, FieldSpec, Label, ValueKind
from schemas.labels import OTHER_LABELS
from schemas.prose import CORRECTED, place_and_date

# How much each place a value can stand relative to its label is trusted.
PRIOR_INLINE = 1.0
PRIOR_RIGHT = 0.95
PRIOR_BELOW = 0.9
# A value before its label on the label's line ("Brüggemann – Nachname der Person",
# "Brückstraße (Straße der Wohnung)"): a confirmation sheet's order, less common than the others.
PRIOR_BEFORE = 0.85
VALUES_BEFORE_MIN_LABELS = 3
PRIOR_PROSE = 0.88
# A marginal note's corrected value outranks the entry it corrects, however clearly labelled.
PRIOR_CORRECTED = 1.2
PRIOR_SIGNATURE_LINE = 0.8
NAMED_DATE_CONFIDENCE = 0.8
KEYWORD_NAMED_DATE_CONFIDENCE = 0.5
# Stems that say a document was made out (not printed or created: "erstellt", unless it
# says what was: "Tag, an dem diese Abschrift erstellt wurde").
_ISSUING_STEMS = ("ausstell", "ausgestellt", "ausfertig", "ausgefertigt")
# A second place is less likely when the first one already holds text.
PRIOR_SHADOWED = 0.75
ADDRESS_WITH_TOWN = 1.05
# A value wrapped onto further lines of its cell continues within this many line heights.
CONTINUATION_GAP_HEIGHTS = 1.5
# A letter's information block: its keys, and how many lines over or under a date's they
# stand.
_INFO_KEY = re.compile(r"(?:Aktenzeichen|Az\.|Ihr Zeichen|Unser Zeichen|Ihre Nachricht"
                       r"|Auskunft|Sachbearbeit|Telefon|Tel\.|Zimmer|E-Mail|Durchwahl)",
                       re.IGNORECASE)
INFO_BLOCK_LINES = 3
UNDER_LABEL_GAP_HEIGHTS = 0.6
# A bracketed addition ("(Saale)") OCR split off a value stands at most this far right of it.
BRACKET_GAP_HEIGHTS = 3.0
# A value gathered from pieces of a cell weighs a little less than its first piece alone.
PRIOR_PIECES = 0.97
# A value below its label lies at most this many label heights further down.
BELOW_MAX_GAP_HEIGHTS = 3.2
# ... or, in a table whose header row is tall (a header turned by 90° beside the labels),
# in the next row when it lines up with the labels' row cell by cell.
TABLE_ROW_MAX_GAP_HEIGHTS = 12.0
# A value under a label that has no neighbour on its line may reach this far right of it.
CELL_REACH_HEIGHTS = 12.0
# ... and starts no further left of the label than this many label heights.
BELOW_LEFT_SLACK_HEIGHTS = 2.0
# Lines of a multi-line value (address block, list of names) below a label.
MAX_BLOCK_LINES = 4
# An address under its label: the street's line, then the postal code's and town's.
ADDRESS_LINES = 2
# A list with a caption over each name ("Person Nummer 1" / "Wei Yang") reads this many.
MAX_LIST_LINES = 8
_PERSON_CAPTION = re.compile(r"^(?:Name\s+(?:von\s+)?)?Person\s+(?:Nr\.?\s*|Nummer\s+)?\d+$")
# Wordings listed later in a schema are weaker evidence than the first ones.
LABEL_RANK_STEP = 0.03
LABEL_RANK_FLOOR = 0.6
# A name or place is a few words; a long run of words is more likely a sentence.
SHORT_VALUE_WORDS = 5
LONG_VALUE_PENALTY = 0.6

# Options of a choice listed one per line under its label (purposes of a stay: five or six).
CHOICE_MAX_LINES = 6
CHOICE_KINDS = frozenset({ValueKind.SEX, ValueKind.DWELLING, ValueKind.PURPOSE})
BLOCK_KINDS = frozenset(
    {
        ValueKind.ADDRESS_LINE,
        ValueKind.NAME_LIST,
        ValueKind.STREET,
        ValueKind.HOUSE_NUMBER,
        ValueKind.POSTAL_CODE,
        ValueKind.CITY,
    }
)
# Values printed as a heading line ("Standesamt Bochum" in a certificate's head), often small.
HEADING_KINDS = frozenset({ValueKind.REGISTRY_OFFICE})
# Values that name a town (alone, or as its registry office), and whole addresses ending
# with one.
PLACE_NAME_KINDS = frozenset({ValueKind.PLACE, ValueKind.CITY, ValueKind.REGISTRY_OFFICE})
ADDRESS_KINDS = frozenset({ValueKind.ADDRESS_LINE})
SHORT_KINDS = frozenset({ValueKind.NAME, ValueKind.PLACE, ValueKind.CITY, ValueKind.FULL_NAME})


@dataclass(frozen=True, slots=True)
class Extracted:
    """One field's value as found on the page."""

    value: Any
    confidence: float
    words: tuple[Word, ...]

    @property
    def page(self) -> int | None:
        return self.words[0].page if self.words else None

    @property
    def bbox(self) -> list[int] | None:
        if not self.words:
            return None
        page = self.words[0].page
        ws = [w for w in self.words if w.page == page]
        return [
            round(min(w.x0 for w in ws)),
            round(min(w.y0 for w in ws)),
            round(max(w.x1 for w in ws)),
            round(max(w.y1 for w in ws)),
        ]


# What a form prints in a field that has no value, and the value a field so marked takes
# until the end of the search (then it is left out, as a field nothing was found for).
_NOT_GIVEN_MARK = re.compile(
    r"[–—-]?\s*(?:nicht\s+belegt|entfällt|entf\.|nicht\s+zutreffend|trifft\s+nicht\s+zu"
    r"|nicht\s+vorhanden|kein(?:e|er)?\s+(?:Angabe|Eintrag)|ohne\s+Eintrag(?:\s+[a-zäöü]+)?"
    r"|entfallen)\s*[–—-]?",
    re.IGNORECASE)
NOT_GIVEN = "\u2205"


@dataclass(frozen=True, slots=True)
class _Candidate:
    field: str
    value: Any
    words: tuple[Word, ...]
    score: float
    hit: LabelHit | None
    # How sure the value is, apart from how it ranks: label evidence times the weakest
    # word's OCR confidence (ranking priors such as a wording's rank do not lower it).
    confidence: float = 1.0
    # read from a line "Herne, 23.10.2026": the date the page was signed
    signature: bool = False


def _min_conf(words: tuple[Word, ...]) -> float:
    return min((w.confidence for w in words), default=0.0)


def _mean_conf(words: tuple[Word, ...]) -> float:
    return fmean(w.confidence for w in words) if words else 0.0


def _awaits_value(seg: Segment) -> bool:
    """A line that ends in a key's colon ("Verhältnis des Absenders:") is the next label,
    even in a wording nobody listed: its value follows it, so a value above ends there."""
    last = seg.words[-1].text
    return len(last) > 3 and last.endswith(":") and last[:-1].isalpha()


def _starts_with_label(
    seg: Segment, hits_by_seg: dict[tuple[int, int], list[LabelHit]], line: Line, si: int
) -> bool:
    return any(h.first for h in hits_by_seg.get((line.index, si), []))


# Other types' labels shorter than this are common words ("Ort", "den") and do not stop.
STOP_LABEL_MIN_CHARS = 5

# Under another section's heading a label more likely belongs to that section's field;
# with no heading above it, a sectioned field's label is a little less certain.
PRIOR_OTHER_SECTION = 0.5
PRIOR_NO_SECTION = 0.9

# A segment right of a label that starts where at least this many other labels start lies in
# another column of label/value pairs; as a value it is unlikely.
LABEL_COLUMN_MIN = 2
PRIOR_LABEL_COLUMN = 0.5

# A weak label (inside running text) is less likely to head a value than a set-out one.
PRIOR_WEAK_LABEL = 0.8


def _cut_at_label(
    words: tuple[Word, ...], seg_hits: list[LabelHit], offset: int
) -> tuple[Word, ...]:
    """Words up to the next label in the same segment, or a word ending in ':'; a label
    closed by its colon opening them says what of the person the value is ("Mutter: |
    Vorname und Name: Mariana Pereira") and goes."""
    for i, w in enumerate(words[:COLON_LABEL_MAX_WORDS]):
        if w.text.endswith(":") and i + 1 < len(words) and _all_label_words(words[:i + 1]):
            words, offset = words[i + 1:], offset + i + 1
            break
    end = len(words)
    for h in seg_hits:
        if h.start >= offset:
            end = min(end, h.start - offset)
    for i, w in enumerate(words[:end]):
        if i > 0 and w.text.endswith(":") \
                and names_person([x.text for x in words[:i + 1]], numbered=True):
            return words[i + 1:end]  # "Nachname | des 2. Ehegatten: Dörfler": whose it is
        if (i > 0 and w.text.endswith(":") and not w.text.endswith("):")
                and re.search(r"[A-Za-zÄÖÜäöü]{3}", w.text)
                and not any(fold(x.text.rstrip(":")) in _ANSWER_WORDS
                            for x in words[:i + 1])):  # "Meine Antwort: …", "Antwort hier:"
            end = i
            break
    return words[:end]


def _label_words(text: str, label_keys: frozenset[str] | set[str]) -> bool:
    """Whether a text is only a label's wording, maybe after an article or a preposition
    with its article (a marginal note: "Zum Familiennamen", "Die Vornamen")."""
    words = text.split()
    while len(words) > 1 and fold(words[0]) in _NOTE_LEADS:
        words = words[1:]
    return squash(text) in label_keys or squash(" ".join(words)) in label_keys \
        or squash(" ".join(words)).removesuffix("n") in label_keys


# The small words a marginal note leads its field's name in with (and a label's remark:
# "Straße bzw. Ort | ohne Straßennamen").
_NOTE_LEADS = frozenset({"zum", "zur", "zu", "der", "die", "das", "den", "dem", "des", "ohne"})
_FUNCTION_WORDS = _NOTE_LEADS | {"uber", "und", "mit", "fur", "am", "im", "an", "auf", "bei",
                                 "nach", "vor", "ein", "eine", "einer", "eines", "oder"}


# Values of a strict format no caption's wording has.
_CODED_KINDS = frozenset({ValueKind.REGISTER_NUMBER, ValueKind.IBAN, ValueKind.VIN,
                          ValueKind.PASSPORT_NUMBER, ValueKind.EVB})


# A hint that says how to choose leads to options, not to a written value.
_CHOOSING_VERBS = frozenset({"ankreuzen", "markieren", "wahlen", "auswahlen", "unterstreichen"})
# The small words a writing hint's noun follows ("in Druckbuchstaben", "laut Pass").
_HINT_LINKS = frozenset({"in", "im", "laut", "lt.", "nach", "wie", "gemass", "gem.", "mit",
                         "ohne", "der", "dem", "des", "den", "die", "das", "zur", "zum"})


def _caption_remark(rest: tuple[Word, ...]) -> bool:
    """Whether the words after a caption's wording only say more of it: a remark in
    brackets, after a dash or in small letters ("(Familienname) nach dem Familienbuch",
    "– ausgeschrieben –", "lt. Heimatpaß"), no value (no digits)."""
    first = rest[0].text
    return not any(ch.isdigit() for w in rest for ch in w.text) and (
        first.startswith("(") or first in _DASHES or first[:1].islower())


def _cut_at_clause(words: tuple[Word, ...], seg_hits: Iterable[LabelHit], offset: int
                   ) -> tuple[Word, ...]:
    """Words up to a comma or semicolon that a label follows within a few words, however
    weakly found: run-in labels in prose ("Angabe des Familiennamens Overbeck, Angabe der
    Vornamen …", "FAMILIENNAME (NACH DEM REGISTER) Lange; VORNAMEN …")."""
    end = next((p for p, w in enumerate(words) if p and w.text in _GLOSS_BULLETS), len(words))
    for p, (w, nxt) in enumerate(pairwise(words)):
        if w.text.endswith((",", ";")) and len(w.text) > 1 and not w.text.isupper() \
                and len(nxt.text) >= 3 and nxt.text.isalpha() and nxt.text.isupper():
            end = min(end, p + 1)  # "Okafor; VORNAMEN GEMÄSS UR-": a label in capitals
            break
        if w.text.endswith(".") and w.text[:-1].isalpha() and w.text[:1].islower() \
                and len(w.text) > SENTENCE_END_MIN_CHARS and nxt.text[:1].isupper():
            end = min(end, p + 1)  # "deutsch. Die Angaben sind …": the sentence ends
            break
    hits = list(seg_hits)
    # (a comma inside a list of labels, "Straße, Nr., PLZ, Ort", closes no value)
    labelled = {i - offset for h in hits for i in range(h.start, h.end)}
    for h in hits:
        at = h.start - offset
        for p in range(max(0, at - CLAUSE_LEAD_MAX_WORDS), at):
            if p in labelled:
                continue
            if p + 1 < end and words[p].text.endswith((",", ";")) and len(words[p].text) > 1:
                end = p + 1
                break
            if 0 < p < end and words[p].text in _DASHES and p + 1 < len(words) \
                    and words[p + 1].text[:1].isupper():
                end = p  # "Mansour – Vornamen (nach dem Register) …"
                break
    tail = words[end - 2:] if end >= 2 else ()
    if len(tail) == 2 and tail[0].text.endswith((",", ";")) and len(tail[1].text) > 2 \
            and tail[1].text.endswith("-") and tail[1].text[0].isupper():
        end -= 1  # "Köhler; GE-": the next label, hyphenated at the line's end
    return words[:end]


#: A paragraph a run-in value may go on from has this many words on its line at least; the
#: value goes on into the next line's first few words, set at most a line's height below.
PROSE_MIN_WORDS = 6
RUN_ON_MAX_WORDS = 3
RUN_ON_GAP_HEIGHTS = 1.0
RUN_ON_REMARK_WORDS = 5
#: The rest of a hyphenated word a paragraph's next line began with is joined to the line
#: above, so the line's words may start this many heights right of the paragraph's edge.
JOINED_REST_HEIGHTS = 8.0
#: A leader set as dots one by one (". . . . .") has this many at least.
LEADER_MIN_DOTS = 3
#: A marginal note is set smaller than the text beside it.
NOTE_HEIGHT_SHARE = 0.9
#: A paragraph's lines start within this many heights of each other (a first line's indent);
#: a line the width broke ends at most this share of its width short of the block's edge
#: (a ragged right margin).
BLOCK_INDENT_HEIGHTS = 3.0
RAGGED_SHARE = 0.15

#: A word closing a sentence ("deutsch.") is longer than a small-letter abbreviation
#: ("ggf.", "geb.").
SENTENCE_END_MIN_CHARS = 5

#: A run-in label's lead ("Angabe der") before its wording, after the comma that closes the
#: value before it.
CLAUSE_LEAD_MAX_WORDS = 3


_DASHES = frozenset({"-", "–", "—"})


def _dash_before_label(seg: Segment, seg_hits: list[LabelHit]) -> bool:
    """A label led in by a word and a dash ("Halter – Anschrift"): the words before the dash
    name the label's subject, they are no value of the label above."""
    return any(0 < h.start < len(seg.words) and (
        seg.words[h.start - 1].text in _DASHES
        or (len(seg.words[h.start - 1].text) > 1 and seg.words[h.start - 1].text[-1] in "–—"))
        for h in seg_hits)


# Dot leaders ("Name ........ Müller") and what OCR makes of them.
_LEADER = re.compile(r"^[.·…_\-]{3,}|^[.·…_\-]+$")


def _sentence_value(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """A value a sentence gives after its label and verb ("Mein Nachname lautet Karimi. Mein
    Geburtsdatum ist der …"): the words from the verb's object to the sentence's full stop."""
    if len(words) < 2 or words[0].text.lower() not in _SENTENCE_VERBS:
        return words
    rest = words[1:]
    if len(rest) > 1 and rest[0].text.lower() in ("der", "die", "das"):
        rest = rest[1:]
    for i, w in enumerate(rest):
        if w.text.endswith(".") and len(w.text) > 4 and i + 1 < len(rest) \
                and rest[i + 1].text[:1].isupper():
            return (*rest[:i], Word(w.text[:-1], w.bbox, w.confidence, w.page))
    return rest


# Verbs that join a label to its value in a sentence.
_SENTENCE_VERBS = frozenset({"lautet", "lauten", "ist", "sind", "heißt", "heißen"})


# A questionnaire's lead-in before each answer ("Antwort: Heike Bauer").
_ANSWER_WORDS = frozenset({"antwort", "answer", "antw."})
_POSSESSIVES = frozenset({"meine", "ihre", "unsere", "my", "your"})


# A dot leader parts a key from its value: the words before it are the key's own
# ("NAME KUNDE/IN ........ Meißner"), however the wording found ends.
_LEADER_RUN = re.compile(r"[.·…_]{3,}")
LEADER_TAIL_MAX_WORDS = 8

# A printed rule ("-----", "=====") across the page closes a label's cell; one no more than
# this many label heights wider than the label underlines it.
_RULE_ROW = re.compile(r"[-=_*~#·.\s]{5,}")
UNDERLINE_SLACK_HEIGHTS = 2.0


def _after_leader(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words after a dot leader that a label's rest stands before (none when the
    leader ends the line: "WHG-GEBER ADR ......", the value on the next)."""
    lead = next((i for i, w in enumerate(words[:LEADER_TAIL_MAX_WORDS + 1])
                 if _LEADER_RUN.fullmatch(w.text)), None)
    if not lead:
        return words
    return words[lead:] if lead + 1 < len(words) else ()


# A line under a heading that opens with a few words closed by a colon, one of them a label's
# word, is a labelled line ("Name/Firma WG: Grünwald Immobilien KG"): its value is what
# follows the colon. An option before its colon is the value ("Sonstiges: Sprachkurs").
COLON_LABEL_MAX_WORDS = 4


def _after_colon_label(words: tuple[Word, ...]) -> tuple[Word, ...]:
    colon = next((i for i, w in enumerate(words[:COLON_LABEL_MAX_WORDS])
                  if w.text.endswith(":") and len(w.text) > 1), None)
    if colon is None or colon + 1 >= len(words):
        return words
    head = " ".join(w.text for w in words[:colon + 1])
    parts = {squash(p) for p in re.split(r"[\s/\-]+", head)}
    if not parts & _any_label_keys() or option_kind(head) is not None:
        return words
    return words[colon + 1:]


def _all_label_words(words: tuple[Word, ...]) -> bool:
    """Whether every word is a word of some type's label or a joining word ("Vorname und
    Name:"): a label, not a value."""
    keys = _any_label_keys()
    parts = [squash(p) for w in words for p in re.split(r"[/\-]+", w.text)]
    return any(p in keys for p in parts) and all(
        not p or p in keys or p in _LABEL_JOINS for p in parts)


_LABEL_JOINS = frozenset({"und", "oder", "bzw", "u", "der", "des", "die", "das"})


@lru_cache(maxsize=1)
def _any_label_keys() -> frozenset[str]:
    """Every listed label of every type, squashed (a line's own label, whatever its type)."""
    from schemas.registry import get, names  # (the registry's types are built on this module)
    return frozenset(squash(label.text) for name in names() for spec in get(name).fields
                     for label in spec.labels) | frozenset(squash(t) for t in OTHER_LABELS)


def _after_item_number(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Words after a question's number that its colon closes ("Frage Nr. 6: …")."""
    if not words or fold(words[0].text) not in ("frage", "question"):
        return words
    return words[_numbered_lead(words):]


def _numbered_lead(words: tuple[Word, ...]) -> int:
    """How many words a number or date its colon closes opens with ("Frage Nr. 6:",
    "04/10/2026:"), 0 for none."""
    return next((i + 1 for i, w in enumerate(words[:QUESTION_NUMBER_MAX_WORDS])
                 if w.text.endswith(":") and any(ch.isdigit() for ch in w.text)), 0)


def _numbered_words(words: tuple[Word, ...], spec: FieldSpec) -> tuple[Word, ...]:
    """A label's words whose digits would make them a value's: not a number or date its
    colon closes before the wording ("Frage Nr. 6: Welche Personen …", "04/10/2026:
    Staatsang."), nor a key's person number in the word its colon closes
    ("BTR_NACHNAME_EHG1:"). (The words after "eingez. 1:" name nothing: a value.)"""
    opened = _numbered_lead(words)
    rest = words[opened:]
    text = " ".join(w.text for w in rest)
    if opened and rest and not any(
            _key_score(squash(text) + _compounds(text) + _asked(rest)
                       + _abbreviated(text, _stems((spec,))), e) is not None
            for e in spec.keys):
        rest = words
    return rest[:-1] if rest and rest[-1].text.endswith(":") else rest


def _without_enumerator(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Words without the item number that opens them ("11 Wo haben Sie … gewohnt?")."""
    return words[1:] if words and ENUMERATOR.fullmatch(words[0].text) else words


def _after_answer_lead(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words after an answer's lead-in ("Das ist die Antwort:", "Ihre Antwort hier:")."""
    for k, w in enumerate(words[:ANSWER_LEAD_MAX_WORDS]):
        if w.text.endswith(":"):
            if k + 1 < len(words) and any(fold(x.text.rstrip(":")) in _ANSWER_WORDS
                                          for x in words[:k + 1]):
                return words[k + 1:]
            break
    return words


def _after_key(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words after a key that ends in a colon and holds no digit ("Anschriftsdaten neu
    – vollständig: Kortumstraße 162, …"), or all words."""
    for k, w in enumerate(words[:-1]):
        if any(ch.isdigit() for ch in w.text):
            break
        if w.text.endswith(":"):
            return words[k + 1:]
    return words


def _strip_lead(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Drop separators (':' '-' '|'), dot leaders and a lead-in word like 'lautet:'."""
    words = _after_answer_lead(words)
    i = 0
    while i < len(words) and (
        not re.search(r"[\wÄÖÜäöü☒☑✔✓✗✘■⊠●☐□○\[\(]", words[i].text)
        or _LEADER.match(words[i].text)
        or (words[i].text.endswith(":") and words[i].text[:1].islower())
        or fold(words[i].text.rstrip(":")) in _ANSWER_WORDS
        or (fold(words[i].text) in _POSSESSIVES and i + 1 < len(words)  # "Meine Antwort:"
            and fold(words[i + 1].text.rstrip(":")) in _ANSWER_WORDS)
    ):
        i += 1
    # A remark in brackets after a label ("Geburtsname (falls abweichend): Krause").
    if i < len(words) and words[i].text.startswith("(") and not words[i].text.startswith("(x"):
        j = i
        while j < len(words) and not words[j].text.rstrip(":").endswith(")"):
            j += 1
        if j < len(words) - 1:
            return _strip_lead(words[j + 1:])
        # The remark closes the segment, or runs on to the next line ("(Vor- und"):
        # no value follows it here.
        return ()
    return words[i:]


def _alternative_part(spec: FieldSpec, hit: LabelHit, text: str) -> str:
    """The value's part of the field's kind, when a label joins two facts by a slash and
    their values stand so too: "geb. am/in | 01.05.2001 / Málaga" gives the place
    "Málaga" (a value of the kind as a whole, or in both parts, stays whole)."""
    parts = [p.strip() for p in text.split(" / ")]
    if len(parts) != 2 or not any("/" in w.text
                                  for w in hit.segment.words[hit.start:hit.end]):
        return text
    if parse_value(spec.kind, text) not in (None, "", []):
        return text
    fits = [p for p in parts if parse_value(spec.kind, p) not in (None, "", [])]
    # (the other part a value of another nature, a date or number: "Місто / громада" under
    # "Gemeinde/Stadt" is the label's translation)
    other = [p for p in parts if p not in fits]
    return fits[0] if len(fits) == 1 and any(ch.isdigit() for ch in other[0]) else text


def _part(text: str, label: Label) -> str:
    if label.part is None:
        return text
    parts = [p.strip() for p in text.split(",")]
    return parts[label.part] if label.part < len(parts) else ""


_BOX_GLYPHS = frozenset({"☐", "□", "☒", "☑", "⊠", "[", "[]", "[x]", "[X]", "[ ]"})


# Forms that print labels as small captions over their values: a value is set clearly
# larger than its label. Measured on the words right under the form's own labels.
CAPTION_RATIO = 0.87
# On such a form, text in the labels' size is another label (one this type does not know)
# or a remark, not a value: its candidates pay this factor.
CAPTION_PENALTY = 0.35
CAPTION_CONFIDENCE = 0.6
# Enough labels must agree before a page's typography is trusted.
CAPTION_MIN_LABELS = 3
# OCR word boxes of a blurred scan vary in height by a third within one font size; a word a
# little over the caption cut may still be a caption.
OCR_CAPTION_SLACK = 1.2


# Letters that stay within the x-height: a word of only these ("m", "wc") is drawn about
# this share of the font's cap height.
_X_HEIGHT_LETTERS = frozenset("acemnorsuvwxz")
X_HEIGHT_SHARE = 0.7


def _size(word: Word) -> float:
    """A word's height as its font size would give it: a word without ascenders or
    descenders is scaled up to cap height."""
    if word.text.isalpha() and set(word.text) <= _X_HEIGHT_LETTERS:
        return word.height / X_HEIGHT_SHARE
    return word.height


def _height(words: tuple[Word, ...] | list[Word], scaled: bool = True) -> float:
    """The size words are set in: the median of their sizes, dashes and dots left out
    (``scaled``: a word of x-height letters counts at cap height; else its box's height)."""
    sized = [_size(w) if scaled else w.height for w in words
             if any(ch.isalnum() for ch in w.text)]
    return median(sized) if sized else (median(w.height for w in words) if words else 0.0)


#: Text under a label this many times its height is a title, not its value.
TITLE_UNDER_RATIO = 1.6
TITLE_SHARE = 0.95


def caption_cut(hits: list[LabelHit], lines: list[Line]) -> float | None:
    """The word height under which text is caption-sized, on a form whose labels are
    printed smaller than their values; ``None`` when labels and values share one size."""
    label_heights: list[float] = []
    under_heights: list[float] = []
    inline_ratios: list[float] = []
    tallest = max((w.height for line in lines for w in line.words), default=0.0)
    for hit in hits:
        if not hit.strong:
            continue
        label_h = _height(hit.segment.words[hit.start:hit.end])
        inline = _strip_lead(hit.segment.words[hit.end:])
        if inline and hit.segment.words[hit.end - 1].text.endswith(":"):
            inline_ratios.append(label_h / max(_height(inline), 1e-6))
        below: list[Segment] = []
        for nxt in (hit.line.index + 1, hit.line.index + 2):
            if nxt >= len(lines) or lines[nxt].page != hit.line.page:
                break
            below = [s for s in lines[nxt].segments
                     if s.x0 <= hit.x1 and s.x1 >= hit.x0
                     and s.y0 - hit.y1 <= BELOW_MAX_GAP_HEIGHTS * max(hit.height, 1.0)]
            if not (below and _gloss_line(hit, lines[nxt])):
                break  # (under a translation of the label, its value)
        if not below or is_question(_without_enumerator(below[0].words)):
            continue  # (a question under a label is the next label, whatever its size)
        under_h = _height(below[0].words)
        if under_h > TITLE_UNDER_RATIO * label_h and under_h >= TITLE_SHARE * tallest:
            continue  # a document's title under a letterhead's label, no value
        label_heights.append(label_h)
        under_heights.append(_height(below[0].words))
    if len(label_heights) < CAPTION_MIN_LABELS:
        return None
    # "Label: value" on one line in one size says the page is no caption form, whatever
    # stands under its last labels (a section heading in capitals).
    if (len(inline_ratios) >= max(CAPTION_MIN_LABELS, len(label_heights) // 2)
            and median(inline_ratios) >= CAPTION_RATIO):
        return None
    label_h, value_h = median(label_heights), median(under_heights)
    if label_h >= CAPTION_RATIO * value_h:
        return None
    return (label_h + value_h) / 2


_DIGIT_GROUP = re.compile(r"\d{1,4}")


# Box walls as OCR reads them, standing alone between the digits of a boxed date.
_WALL = re.compile(r"[|Il\[\]]+")
_BOXED = re.compile(r"\d{1,2} \d{1,2} \d{4}")


def _boxed_date(line: Line, si: int) -> tuple[Word, ...]:
    """Day, month and year printed in boxes side by side ("14 | 03 | 1987", or split over
    two or three segments by the gaps between the boxes): one value, not three."""
    for n in (3, 2):
        parts = line.segments[si:si + n]
        if len(parts) < n:
            continue
        words = tuple(w for p in parts for w in p.words)
        # "22." "10." "1996": a day and a month may carry their dots into the boxes.
        digits = [w.text.rstrip(".") for w in words if not _WALL.fullmatch(w.text)]
        if all(_DIGIT_GROUP.fullmatch(t) for t in digits) and _BOXED.fullmatch(" ".join(digits)):
            return words
    return ()


#: The rest of a label wrapped onto the line of its value is a word or three.
WRAPPED_LABEL_MAX_WORDS = 3


def _rows_align(labels: Line, values: Line, height: float) -> bool:
    """Whether a row of two or more labels has, on the next line, a piece starting under
    each of its labels: a table's header row over its first row."""
    return len(labels.segments) >= 2 and all(
        any(abs(v.x0 - seg.x0) <= height for v in values.segments) for seg in labels.segments)


def _goes_on_in(label: Segment, seg: Segment) -> bool:
    """Whether a label's line goes on in ``seg`` on the next line: it ends in a joining word
    or a comma, or opens a bracket that ``seg`` closes ("Straße (Anschrift, ohne" over
    "Hausnummer)"; a dash may end a label before its remark, and a name under an open
    bracket is a value)."""
    last = label.words[-1].text
    if (last.lower() in _LINE_JOINS and last not in _DASHES) or last.endswith(","):
        return True
    return label.text.count("(") > label.text.count(")") and ")" in seg.text


def _continuation_key(page: _Page, hit: LabelHit) -> str:
    """The squashed words a label's wording goes on with on the next line, under its start
    ("Gemeinde oder Ort, in dem die" / "Geburt stattfand"), or ""."""
    if not _ends_joined(hit.segment) or hit.line.index + 1 >= len(page.lines):
        return ""
    line = page.lines[hit.line.index + 1]
    height = max(hit.height, 1.0)
    if line.page != hit.line.page or line.y0 - hit.line.y1 > height:
        return ""
    for seg in line.segments:
        if abs(seg.x0 - hit.segment.x0) <= height and len(seg.words) <= WRAPPED_LABEL_MAX_WORDS \
                and not any(ch.isdigit() for ch in seg.text):
            return squash(seg.text)
    return ""


def _head_over_remark(page: _Page, hit: LabelHit) -> str:
    """The squashed label over a bracketed remark that the hit's segment opens ("geboren
    in" over "(Gemeinde, ggf. Staat)"), at its left edge on the line before, or ""."""
    if not hit.segment.text.startswith("(") or hit.line.index == 0:
        return ""
    line = page.lines[hit.line.index - 1]
    height = max(hit.height, 1.0)
    if line.page != hit.line.page or hit.line.y0 - line.y1 > height:
        return ""
    return next((squash(seg.text) for seg in line.segments
                 if abs(seg.x0 - hit.segment.x0) <= height), "")


# What stands between a value and the label after it.
_BEFORE_LABEL_MARKS = frozenset({"–", "-", "—", "·", "|", "/", "(", ":"})


def _value_before(hit: LabelHit) -> tuple[Word, ...]:
    """The words before a label that ends its line, when a dash, a middle dot or an opening
    bracket set them off from it ("Brüggemann – Nachname der gemeldeten Person", "Brückstraße
    (Straße der gemeldeten Wohnung)", "26. Sept. 2026 (als Tag des Einzugs erfasst)"): a
    value printed before its label; else ()."""
    words = hit.segment.words
    if hit.start == 0 or any(ch.isdigit() for w in words[hit.end:] for ch in w.text) \
            or words[-1].text.endswith(":"):
        return ()  # (after the label only its qualifiers may follow, and no colon that
        # opens a value: "Kind – Name bei der Geburt:" over "Köhler")
    at = hit.start
    marked = words[at].text.startswith("(")
    while at > 0 and (words[at - 1].text in _BEFORE_LABEL_MARKS
                      or words[at - 1].text.lstrip("(").lower() in _LEAD_WORDS):
        marked = marked or words[at - 1].text in _BEFORE_LABEL_MARKS \
            or words[at - 1].text.startswith("(")
        at -= 1
    if not marked or at == 0 or any(w.text in _BOX_GLYPHS for w in words[:at]) \
            or (at == 1 and (ENUMERATOR.fullmatch(words[0].text)
                             or _OUTLINE_NUMBER.fullmatch(words[0].text))):
        return ()  # (a key's code before its meaning: "A.1 — Familienname")
    return words[:at]


# An outline's item number ("1.1.1.") or a row code ("2a", "3b.").
_OUTLINE_NUMBER = re.compile(r"\(?(?:\d+\.)+\)?|\d{1,2}[a-z]\.?")


def _value_follows_label(hit: LabelHit) -> bool:
    """Whether words follow the label in its segment that open no qualifier (one opens in
    small letters, a bracket or a dash: "Nachname der Person", "(als … erfasst)")."""
    rest = hit.segment.words[hit.end:]
    return bool(rest) and not (rest[0].text[:1].islower() or rest[0].text[:1] in "(–-·")


def _value_left(page: _Page, hit: LabelHit) -> tuple[Word, ...]:
    """The cell left of a label in a row of two, when the label opens its cell (maybe after
    a small word: "als Vater beurkundet") and no label opens the left one ("Saleh |
    Nachname der gemeldeten Person"): a table of values with their labels in the right-hand
    column; else ()."""
    line = hit.line
    lead = hit.segment.words[:hit.start]
    if len(line.segments) != 2 or hit.seg_index != 1 \
            or not all(w.text.lower() in _LEAD_WORDS for w in lead) \
            or page.seg_hits(line, 0) or any(ch.isdigit() for w in hit.segment.words[hit.end:]
                                             for ch in w.text):
        return ()
    left = line.segments[0].words
    if ENUMERATOR.fullmatch(left[0].text) or _OUTLINE_NUMBER.fullmatch(left[0].text) \
            or any(w.text in _BOX_GLYPHS for w in left) \
            or hit.segment.words[-1].text.endswith(":") \
            or any(_LEADER_RUN.fullmatch(w.text) for w in hit.segment.words):
        return ()  # (an outline's item number "1.1.1.", a leader to a value after the label)
    return left


def _value_beside_wrap(hit: LabelHit, line: Line, si: int) -> bool:
    """Whether the line under a label, its wording going on in segment ``si``, has a next
    segment in no column of a label beside the hit's: the value beside the label's last line
    ("geboren in – Ort der" over "Geburt * | Abuja")."""
    if si + 1 >= len(line.segments):
        return False
    value = line.segments[si + 1]
    if not any(ch.isalnum() for ch in value.text):
        return False  # a stray mark
    if value.x0 < hit.segment.x1 - max(hit.height, 1.0):
        return False  # under the label's own first line: a neighbour column's value
    return not any(seg.x1 > value.x0 and seg.x0 < value.x1
                   for seg in hit.line.segments[hit.seg_index + 1:]
                   if any(ch.isalnum() for ch in seg.text))  # (not a stray stop)


def _marked_required(seg: Segment) -> bool:
    """Whether a segment ends in a required-field mark ("Personalausweis *"): label text, the
    last line of a wrapped label, never a value."""
    # (a star glued to a word may be OCR's reading of a quote; "**" frames a heading)
    return len(seg.words) > 1 and seg.words[-1].text == "*" \
        and any(ch.isalpha() for ch in seg.text)


def _ends_joined(seg: Segment) -> bool:
    """Whether a label's line ends in a joining word or an open bracket: its wording goes on
    in the next line."""
    last = seg.words[-1].text
    return last.lower() in _LINE_JOINS or last.endswith(",") or seg.text.count("(") > \
        seg.text.count(")")


def _wording_goes_on(hit: LabelHit, line: Line, left: Sequence[Segment]) -> bool:
    """Whether ``left``, the start of the line under the label's, is the rest of the label's
    wording ("eingezogene Person(en) – je Vor- und" over "Familienname:"), not a label of its
    own."""
    return (line.index == hit.line.index + 1 and len(left) == 1 and hit.seg_index == 0
            and _ends_joined(hit.segment)
            and abs(left[0].x0 - hit.segment.x0) <= max(hit.height, 1.0))


def _wrapped_label_head(page: _Page, hit: LabelHit) -> str:
    """The first line of a label whose wording the hit's line goes on with ("Vater des Kindes
    mit Vornamen und" over "Familiennamen ____ Jürgen Bauer"): the segment right above the
    hit's, starting where it starts and ending in a joining word or an open bracket; else
    ""."""
    if hit.line.index == 0:
        return ""
    above = page.lines[hit.line.index - 1]
    height = max(hit.height, 1.0)
    if above.page != hit.line.page or hit.line.y0 - above.y1 > height:
        return ""
    for seg in above.segments:
        if abs(seg.x0 - hit.segment.x0) <= height and _ends_joined(seg):
            return seg.text
    return ""


def _numbered_cell(hit: LabelHit) -> Word | None:
    """The item number opening the label's cell inside a longer run of words ("… (Mietbeginn)
    2 Straße, Haus-Nr."): cells of a tight grid run together into one segment."""
    words = hit.segment.words
    lead = hit.start
    # (a dash inside a run joins a label's parts: "Straße und Nummer – neue Wohnung")
    while lead > 0 and ENUMERATOR.fullmatch(words[lead - 1].text) \
            and words[lead - 1].text not in _DASHES:
        lead -= 1
    return words[lead] if 0 < lead < hit.start else None


def _next_item_x(hit: LabelHit, label_keys: frozenset[str] | set[str]) -> float:
    """Where the next numbered item after the label starts within its segment (its cell's
    right wall), or infinity. After a dash only a known label starts one ("Vermieter –
    Anschrift"); other words are the label's own remark ("Gemeinde – Blockschrift")."""
    words = hit.segment.words
    for i in range(hit.end, len(words) - 1):
        if ENUMERATOR.fullmatch(words[i].text) and words[i + 1].text[:1].isupper() and (
                any(ch.isalnum() for ch in words[i].text)
                or squash(words[i + 1].text) in label_keys):
            return words[i].x0
    return float("inf")


def _ends_over_cell(seg: Segment, hit: LabelHit, cell_left: float) -> bool:
    """Whether a line running into the label's cell from the left is two cells' values set
    close ("04-02-1955 Gelsenkirchen" over "Geburtsdatum" and "Geburtsort"), not a heading:
    a gap between its words falls at the cell's left edge, and what stands left of it lies
    over the caption before the label's."""
    if hit.seg_index == 0:
        return False
    before = hit.line.segments[hit.seg_index - 1]
    height = max(hit.height, 1.0)
    left = [w for w in seg.words if w.x0 < cell_left]
    if not left or len(left) == len(seg.words) or left[-1].x1 > cell_left + height / 2:
        return False
    return left[0].x0 >= before.x0 - height and not _heading_like(tuple(seg.words))


#: A cell's wrapped value: at most this many more lines, each this close under the one
#: before (in the value's heights); a word space is this wide.
WRAP_MAX_LINES = 2
WRAP_GAP_HEIGHTS = 0.6
WORD_SPACE_HEIGHTS = 0.25


_FAMILY_CAPTION = re.compile(r"^(?:familienname|nachname|zuname|name\b)")
_GIVEN_CAPTION = re.compile(r"^(?:vorname|rufname)")
#: A name's sub-captions hold at most this many words ("Vornamen nach Reihenfolge im Pass").
NAME_CAPTION_MAX_WORDS = 6


def _name_in_parts(page: _Page, hit: LabelHit) -> tuple[Word, ...]:
    """A whole name its form asks for in two sub-cells under its label, the family name's
    and the given names' ("Nachname (Familie) | Vornamen" over "Nasser | Omar", or the
    captions under the cells): the given names, then the family name; () when none."""
    i = hit.line.index
    near = [line for line in page.lines[i + 1:i + 3] if line.page == hit.line.page]
    if len(near) < 2 or near[0].y0 - hit.line.y1 > BELOW_MAX_GAP_HEIGHTS * max(hit.height, 1.0):
        return ()
    # (the cells beside the label, their captions under them, first)
    for captions, values in ((near[0], hit.line), (near[0], near[1]), (near[1], near[0])):
        family = given = None
        for seg in captions.segments:
            text = fold(seg.text).strip()
            if len(seg.words) > NAME_CAPTION_MAX_WORDS:
                continue
            if _FAMILY_CAPTION.search(text):
                family = seg
            elif _GIVEN_CAPTION.search(text):
                given = seg
        if family is None or given is None:
            continue
        height = max(hit.height, 1.0)
        under = [next((v for v in values.segments
                       if v is not hit.segment
                       and abs(v.x0 - c.x0) <= BELOW_LEFT_SLACK_HEIGHTS * height
                       and not any(ch.isdigit() for ch in v.text)), None)
                 for c in (given, family)]
        if under[0] is not None and under[1] is not None:
            return (*under[0].words, *under[1].words)
    return ()


def _joined_rows(rows: list[tuple[Word, ...]]) -> tuple[Word, ...]:
    """The lines of one wrapped value as one run of words, a word broken at a line's end
    made whole ("Zimmermann-" / "Schröder" → "Zimmermann-Schröder", "Neu-" / "stadt" →
    "Neustadt")."""
    out: list[Word] = []
    for row in rows:
        if out and row and _BROKEN_WORD.search(out[-1].text) and row[0].text[:1].isalpha():
            a, b = out[-1], row[0]
            text = a.text + b.text if b.text[:1].isupper() else a.text[:-1] + b.text
            out[-1] = Word(text, (a.x0, a.y0, max(a.x1, b.x1), b.y1),
                           min(a.confidence, b.confidence), a.page)
            out.extend(row[1:])
        else:
            out.extend(row)
    return tuple(out)


def _cell_right(hit: LabelHit) -> float | None:
    """Where the label's cell ends: at the next cell of its line (None for the last)."""
    after = _cells_after(hit)
    return after[0].x0 if after else None


def _cells_after(hit: LabelHit) -> tuple[Segment, ...]:
    """The segments right of a label on its line that may start another cell: not a lone
    speck OCR read as a small letter ("g"), which would cut the label's cell short (a
    capital alone may head a column: "G" for the sex)."""
    return tuple(seg for seg in hit.line.segments[hit.seg_index + 1:]
                 if len(seg.text.strip()) > 1 or seg.text.strip().isupper()
                 or _BOX_MARK.search(seg.text))


def _clip(words: tuple[Word, ...], left: float, right: float) -> tuple[Word, ...]:
    """The words of a value line that lie in one cell (a line may run across two cells)."""
    return tuple(w for w in words if w.x1 > left and w.x0 < right)


class _Page:
    """Lines and label hits of one document, indexed for the candidate search."""

    def __init__(self, lines: list[Line], hits: list[LabelHit], label_keys: set[str],
                 ocr: bool = False, headings: list[tuple[LabelHit, str]] | None = None,
                 doc_type: DocumentType | None = None) -> None:
        self.ocr = ocr
        self.doc_type = doc_type
        self.stems = _stems(tuple(doc_type.fields)) if doc_type is not None else frozenset()
        # keys set in capitals (a receipt): a capital word after a key is no heading's
        self.capital_keys = False
        self.caption_cut = caption_cut(hits, lines)
        self._segment_keys: dict[tuple[int, int], str] = {}
        self._question_rests: dict[tuple[int, int], tuple[Word, ...]] = {}
        # segments with a clause after a comma that a colon closes ("…, reserviertes Kennz.:")
        self.clause_segments = {(line.index, si) for line in lines
                                for si, seg in enumerate(line.segments)
                                if _has_clause_label(seg.words)}
        self.headings = headings or []
        self.lines = lines
        self.hits = hits
        # per labelled line, where its leftmost label's segment starts and ends (a row of a
        # person table)
        self.label_ends: dict[int, tuple[float, float]] = {}
        for h in hits:
            seen = self.label_ends.get(h.line.index)
            if seen is None or h.segment.x0 < seen[0]:
                self.label_ends[h.line.index] = (h.segment.x0, h.segment.x1)
        self.word_line = {id(w): line.index for line in lines for w in line.words}
        self.party_headings = party_headings(lines, hits, doc_type) \
            if doc_type is not None and doc_type.other_parties else []
        # A value is never just a label's wording ("Kontoinhaber" found where a name belongs).
        self.label_keys = label_keys
        # Only set-out labels end other labels' values.
        self.by_seg: dict[tuple[int, int], list[LabelHit]] = {}
        self.all_seg_hits: dict[tuple[int, int], list[LabelHit]] = {}
        for h in hits:
            self.all_seg_hits.setdefault((h.line.index, h.seg_index), []).append(h)
            if h.strong:
                self.by_seg.setdefault((h.line.index, h.seg_index), []).append(h)
        self._neighbours: dict[tuple[int, int, int, int, int],
                               tuple[tuple[Word, ...], float] | None] = {}
        self.values_above = self._captions_under_values()
        self.values_before = self._values_before_labels()
        # per line of column headers: the index of its values' line, or None
        self.header_rows: dict[int, int | None] = {}
        # per column header (line, segment, start, end): the fields its second line names
        self.remark_fields: dict[tuple[int, int, int, int], list[FieldSpec]] = {}

    def seg_hits(self, line: Line, si: int) -> list[LabelHit]:
        return self.by_seg.get((line.index, si), [])

    def _values_before_labels(self) -> bool:
        """Whether the page prints its values before their labels (a confirmation sheet:
        "Brüggemann – Nachname der Person", "Witten | Gemeinde der Wohnung"): more of its
        labels, and at least ``VALUES_BEFORE_MIN_LABELS``, close their line with a value
        before them than are followed by one on their line."""
        first: dict[int, LabelHit] = {}  # each labelled line's first label
        for h in self.hits:
            seen = first.get(h.line.index)
            if seen is None or (h.seg_index, h.start) < (seen.seg_index, seen.start):
                first[h.line.index] = h
        befores: Counter[str] = Counter()
        after = 0
        for hit in first.values():
            value = _value_before(hit) or _value_left(self, hit)
            if value:
                befores[" ".join(w.text for w in value)] += 1
            elif _value_follows_label(hit) or hit.seg_index + 1 < len(hit.line.segments):
                after += 1
        # (the same words before several labels are their tag, "KD - ZUNAME", no values)
        before = sum(1 for n in befores.values() if n == 1)
        return before >= VALUES_BEFORE_MIN_LABELS and before > after

    def segment_key(self, line: Line, si: int) -> str:
        """A segment's first words squashed (as far as a stem-found label may reach)."""
        key = (line.index, si)
        if key not in self._segment_keys:
            words = line.segments[si].words
            if not is_question(words):  # a question's last word may name what it asks
                words = words[:KEYWORD_MAX_WORDS + 2]
            text = " ".join(w.text for w in words)
            self._segment_keys[key] = squash(text) + _compounds(text) \
                + _abbreviated(text, self.stems)
        return self._segment_keys[key]

    def question_rest(self, line: Line, si: int) -> tuple[Word, ...]:
        """The last words of a question wrapped onto the next line (``_question_rest``),
        looked up once per segment: every field's stems are tried on every segment."""
        key = (line.index, si)
        if key not in self._question_rests:
            self._question_rests[key] = _question_rest(self, line, si)
        return self._question_rests[key]

    def is_caption(self, words: tuple[Word, ...], slack: float = 1.0) -> bool:
        """Whether ``words`` are set in the caption size of a form whose labels are small."""
        return (self.caption_cut is not None and bool(words)
                and _height(words) < self.caption_cut * slack)

    def in_letter_info_block(self, hit: LabelHit) -> bool:
        """Whether the label stands in a letter's information block: lines at its left edge,
        just over or under it, give the file number, the clerk or the telephone ("Aktenzeichen:
        …", "Auskunft erteilt: …", "Telefon: …"). A date there is the letter's own."""
        height = max(hit.height, 1.0)
        near = self.lines[max(0, hit.line.index - INFO_BLOCK_LINES):
                          hit.line.index + INFO_BLOCK_LINES + 1]
        return any(line.page == hit.line.page and line is not hit.line
                   and abs(line.y0 - hit.line.y0) <= INFO_BLOCK_LINES * 2 * height
                   and abs(s.x0 - hit.segment.x0) <= height and _INFO_KEY.match(s.text)
                   for line in near for s in line.segments)

    def under_other_label(self, seg: Segment, hit: LabelHit) -> bool:
        """Whether ``seg``, right of the label, stands right under another label at its left
        edge, that label alone on its line's cell: that label's value (a screen or column
        beside the label's own: "Diese Person zieht bei dir ein" over "Hannah Overbeck")."""
        height = max(hit.height, 1.0)
        i = seg.line - 1
        if i < 0 or i == hit.line.index:
            return False
        above = self.lines[i]
        if above.page != hit.line.page or seg.y0 - above.y1 > UNDER_LABEL_GAP_HEIGHTS * height:
            return False  # (a screen sets its value tight under its label)
        return self.doc_type is not None and any(
            abs(s.x0 - seg.x0) <= height and len(s.words) <= KEYWORD_MAX_WORDS
            and not any(ch.isdigit() or ch == ";" for ch in s.text)  # (no run-in pairs)
            and _label_not_value(self.doc_type, s.text, {
                h.label for h in self.all_seg_hits.get((i, si), ())
                if h.first and h.end == len(s.words)})
            for si, s in enumerate(above.segments))

    def in_label_column(self, seg: Segment, hit: LabelHit) -> bool:
        """Whether ``seg`` starts where other set-out labels of the page start: a column of
        label/value pairs beside the label's own, not the value column of a table."""
        tolerance = max(hit.height, 1.0)
        # A label word opening the cell right of a label, with more words after it and no
        # colon, is that label's value ("Standesamt gem. Eintrag | Standesamt Bochum"), not a label.
        starts = sum(1 for h in self.hits
                     if h.strong and h.first and h.line.page == hit.line.page
                     and h.line.index != hit.line.index
                     and abs(h.segment.x0 - seg.x0) <= tolerance
                     and not (h.seg_index and h.end < len(h.segment.words)
                              and not h.segment.words[h.end - 1].text.endswith(":")
                              and _starts_with_label(h.line.segments[h.seg_index - 1],
                                                     self.by_seg, h.line, h.seg_index - 1)))
        return starts >= LABEL_COLUMN_MIN

    def inline(self, hit: LabelHit) -> tuple[Word, ...]:
        rest = hit.segment.words[hit.end:]
        if rest and rest[0].text in _GLOSS_BULLETS:
            return ()  # "Kontoinhaber/in • Właściciel": the label's translation follows
        words = _cut_at_label(rest, self.seg_hits(hit.line, hit.seg_index), hit.end)
        words = _cut_at_clause(words, self.all_seg_hits.get((hit.line.index, hit.seg_index), ()),
                               hit.end)
        # ... unless another wording stands before the leader ("NAME VATER ....": the
        # father's, not the person's), outside a clause after a comma ("Vornamen, wie im
        # Register stehend ....")
        if hit.segment.words[hit.end - 1].text.endswith(",") or not any(
                o.start >= hit.end for o in self.all_seg_hits.get(
                    (hit.line.index, hit.seg_index), ()) if o is not hit):
            words = _after_leader(words)
        words = self._before_wrapped_label(hit, words)
        return _sentence_value(_strip_lead(self._run_on(hit, words) if words else ()))

    def _before_wrapped_label(self, hit: LabelHit, words: tuple[Word, ...]
                              ) -> tuple[Word, ...]:
        """A run-in value up to its comma, where the words after it lead to a label that the
        line's end wrapped ("Leipzig, Angabe der" / "Staatsangehörigkeit deutsch.")."""
        seg = hit.segment
        if not words or words[-1] is not seg.words[-1] or not self._prose_line(hit):
            return words
        at = next((p for p in range(len(words) - 2, max(-1, len(words) - 2
                                                         - CLAUSE_LEAD_MAX_WORDS), -1)
                   if words[p].text.endswith((",", ";")) and len(words[p].text) > 1), None)
        if at is None or words[-1].text.endswith((".", "!", "?", ":")) \
                or any(ch.isdigit() for w in words[at + 1:] for ch in w.text):
            return words  # (the sentence ends, or a value goes on: "77a, 44805 Bochum.")
        nxt = self._paragraph_next_line(hit)
        if nxt is None or not any(h.start == 0 for h in self.all_seg_hits.get((nxt.index, 0), ())):
            return words
        return words[:at + 1]

    def _paragraph_next_line(self, hit: LabelHit) -> Line | None:
        """The line a paragraph goes on with after the label's (past a marginal note's)."""
        seg = hit.segment
        nxt = next((line for line in self.lines[hit.line.index + 1:hit.line.index + 3]
                    if line.segments[0].x0 < seg.x1), None)
        if nxt is None or nxt.page != hit.line.page \
                or nxt.segments[0].x0 > seg.x0 + JOINED_REST_HEIGHTS * max(hit.height, 1.0) \
                or nxt.segments[0].y0 - hit.line.y1 > RUN_ON_GAP_HEIGHTS * max(hit.height, 1.0):
            return None
        return nxt

    def _run_on(self, hit: LabelHit, words: tuple[Word, ...]) -> tuple[Word, ...]:
        """A run-in value that a paragraph's line break cuts ("… der Vornamen Karl-" /
        "Heinz, Angabe des …", "13. Februar" / "1972,"), taken on to the comma or full stop
        that ends it within a few words of the next line; a word hyphenated at the break is
        joined ("Gelsenkir-" / "chen"), a name's own hyphen kept ("Karl-Heinz")."""
        seg = hit.segment
        if hit.line.index + 1 >= len(self.lines) or not self._prose_line(hit):
            return words
        if words and (words[-1] is not seg.words[-1] or words[-1].text[-1] in ",.;:"):
            return words
        if not words and (hit.end < len(seg.words) or hit.seg_index + 1 < len(hit.line.segments)
                          or seg.words[-1].text.endswith((":", "-"))):
            return words
        return self._run_on_words(hit, words)

    def _prose_line(self, hit: LabelHit) -> bool:
        """Whether the label runs in a paragraph's line that the page's width broke: long,
        no form's colon or leader, and as wide as its block (a line ending short of its
        block's edge ends its sentence and value)."""
        seg = hit.segment
        # (a row of cells has its next cell beside the label's; a paragraph at most a
        # marginal note in smaller print)
        if any(s.height >= NOTE_HEIGHT_SHARE * seg.height
               for s in hit.line.segments[hit.seg_index + 1:]):
            return False
        return len(seg.words) >= PROSE_MIN_WORDS and not seg.words[hit.end - 1].text.endswith(":") \
            and not any(_LEADER_RUN.search(w.text) for w in seg.words) \
            and sum(1 for w in seg.words if _LEADER.match(w.text)) < LEADER_MIN_DOTS \
            and self._fills_its_block(hit)

    def _fills_its_block(self, hit: LabelHit, seg: Segment | None = None) -> bool:
        """Whether the label's segment (or ``seg``) runs to the right edge of the block of
        text it starts in (the widest segment starting near it on the page): a line the
        page's width broke, not one its sentence ended."""
        seg = seg or hit.segment
        height = max(hit.height, 1.0)
        edge = max((s.x1 for line in self.lines if line.page == hit.line.page
                    for s in line.segments if abs(s.x0 - seg.x0) <= BLOCK_INDENT_HEIGHTS * height),
                   default=seg.x1)
        return seg.x1 >= edge - RAGGED_SHARE * (edge - seg.x0)

    def wrapped_in_cell(self, hit: LabelHit, seg: Segment) -> tuple[Word, ...]:
        """The next line's words under a value right of its label that line up with it at
        its left or its right edge (a value its cell wrapped: "DE39 4305 0001 8299 7990" over
        "56"); else ()."""
        height = max(hit.height, 1.0)
        nxt = self.lines[hit.line.index + 1] if hit.line.index + 1 < len(self.lines) else None
        if nxt is None or nxt.page != hit.line.page \
                or nxt.y0 - seg.y1 > CONTINUATION_GAP_HEIGHTS * height:
            return ()
        under = [s for s in nxt.segments
                 if abs(s.x0 - seg.x0) <= height or abs(s.x1 - seg.x1) <= height]
        return under[0].words if len(under) == 1 else ()

    def beside_lead(self, hit: LabelHit) -> tuple[Word, ...]:
        """The value beside the line a label's wording began on, when that line broke
        after a joining word and the label stands alone under it ("Eintragung – | Kühn" over
        "Familienname"); else ()."""
        if hit.start or hit.end < len(hit.segment.words) or hit.line.index == 0 \
                or any(w.text.endswith("?") for w in hit.segment.words):
            return ()  # (a question's last line names what it asks, not a label's rest)
        lead = self.lines[hit.line.index - 1]
        height = max(hit.height, 1.0)
        if lead.page != hit.line.page or hit.line.y0 - lead.y1 > CONTINUATION_GAP_HEIGHTS * height:
            return ()
        # (the screens or columns beside it go on in their own segments)
        si = next((i for i, s in enumerate(lead.segments)
                   if abs(s.x0 - hit.segment.x0) <= height), None)
        if si is None or si + 1 >= len(lead.segments) or not _ends_joined(lead.segments[si]) \
                or self.seg_hits(lead, si) or self.seg_hits(lead, si + 1):
            return ()
        value = lead.segments[si + 1]
        after = hit.line.segments[hit.seg_index + 1:hit.seg_index + 2]
        if after and after[0].x0 < value.x1:
            return ()  # the label's line goes on under the value: no label alone
        return _strip_lead(value.words)

    def line_end_value(self, hit: LabelHit) -> tuple[Word, ...]:
        """The value of a run-in label that ends a paragraph's line, at the start of the
        next ("… Lagos; STAATSANGEHÖRIGKEIT" / "(NACH DEM AUSWEIS) Nigeria.")."""
        words = hit.segment.words
        # (a run-in label follows the clause before it: "Lagos; STAATSANGEHÖRIGKEIT", not a
        # label standing alone over its value: "13 Letzte Anschrift vor dem Umzug")
        before = words[max(0, hit.start - 1 - CLAUSE_LEAD_MAX_WORDS):hit.start]
        run_in = any(w.text.endswith((",", ";", ".")) and len(w.text) > 1
                     and not ENUMERATOR.fullmatch(w.text) for w in before)
        return self._run_on(hit, ()) if hit.end == len(words) and run_in else ()

    def _run_on_words(self, hit: LabelHit, words: tuple[Word, ...]) -> tuple[Word, ...]:
        seg = hit.segment
        height = max(hit.height, 1.0)
        # (past a marginal note's line beside the paragraph)
        nxt = next((line for line in self.lines[hit.line.index + 1:hit.line.index + 3]
                    if line.segments[0].x0 < seg.x1), self.lines[hit.line.index + 1])
        first = nxt.segments[0]
        # (its first word may have gone to the line above: "AN-" / "GABE DES …")
        if nxt.page != hit.line.page or first.x0 > seg.x0 + JOINED_REST_HEIGHTS * height \
                or first.y0 - hit.line.y1 > RUN_ON_GAP_HEIGHTS * height \
                or len(first.words) < RUN_ON_MAX_WORDS:
            return words
        if not (self._fills_its_block(hit, first) or first.words[-1].text.endswith((".", "!"))):
            return words  # the paragraph goes on in a full line, or ends its sentence
        lead = 0
        if not words and first.words[0].text.startswith("("):
            # the label's remark opens the next line: "STAATSANGEHÖRIGKEIT" / "(NACH DEM
            # AUSWEIS) Nigeria."
            lead = next((i + 1 for i, w in enumerate(first.words[:RUN_ON_REMARK_WORDS])
                         if w.text.endswith(")")), 0)
        end = next((i for i, w in enumerate(first.words[lead:lead + RUN_ON_MAX_WORDS])
                    if w.text[-1] in ",.;"), None)
        if end is None or (not words and lead == 0 and end + 1 > RUN_ON_MAX_WORDS - 1):
            return words
        more = first.words[lead:lead + end + 1]
        # (the rest of a hyphenated word is no label: "Mühlen-" / "straße 32;")
        broken = bool(words) and words[-1].text.endswith("-") and more[0].text[:1].islower()
        if any(h.start < lead + end + 1 and not (broken and h.end == 1)
               for h in self.seg_hits(nxt, 0)) \
                or any(w.text.endswith(":") or _LEADER_RUN.search(w.text)
                       or not any(ch.isalnum() for ch in w.text) for w in more):
            return words  # the next line opens with a label of its own
        if not words:
            return more
        last = words[-1]
        if len(last.text) > 1 and last.text.endswith("-") and more[0].text[0].isalpha():
            joined = last.text[:-1] + more[0].text if more[0].text[0].islower() \
                else last.text + more[0].text
            return (*words[:-1], Word(joined, last.bbox, min(last.confidence,
                                                             more[0].confidence),
                                      last.page), *more[1:])
        return (*words, *more)

    def _right_index(self, hit: LabelHit) -> int | None:
        """The next segment right of the label, past separators standing alone (':')."""
        si = hit.seg_index + 1
        while si < len(hit.line.segments) and not _strip_lead(hit.line.segments[si].words):
            si += 1
        return si if si < len(hit.line.segments) else None

    def right(self, hit: LabelHit) -> tuple[Word, ...]:
        """The value in the next segment right of the label."""
        si = self._right_index(hit)
        if si is None:
            return ()
        seg = hit.line.segments[si]
        if _starts_with_label(seg, self.by_seg, hit.line, si):
            return ()
        boxed = _boxed_date(hit.line, si)
        if boxed:
            return boxed
        words = _strip_lead(_cut_at_label(seg.words, self.seg_hits(hit.line, si), 0))
        # A bracketed part OCR set apart ("Halle" "(Saale)") belongs to the value.
        nxt = hit.line.segments[si + 1] if si + 1 < len(hit.line.segments) else None
        if (words and nxt is not None and nxt.words[0].text.startswith("(")
                and nxt.words[-1].text.endswith(")")
                and nxt.x0 - seg.x1 <= BRACKET_GAP_HEIGHTS * max(hit.height, 1.0)):
            words = words + nxt.words
        return words

    def right_continuation(self, hit: LabelHit, seg: Segment) -> list[tuple[Word, ...]]:
        """Lines that continue a value right of its label in the same cell: aligned with
        it, with nothing in the label's column ("Gartenstraße 25," / "44787 Bochum").
        Columns further left may go on beside it (a landscape sheet's other columns)."""
        height = max(hit.height, 1.0)
        out: list[tuple[Word, ...]] = []
        bottom = seg.y1
        label_x0 = hit.segment.x0 - height
        for line in self.lines[hit.line.index + 1:hit.line.index + 1 + MAX_BLOCK_LINES]:
            if line.page != hit.line.page or line.y0 - bottom > CONTINUATION_GAP_HEIGHTS * height:
                break
            # (set flush right, as a value's lines in an app's row are, where its line
            # says it goes on: "Kemnader Straße 26," / "49082 Osnabrück"; "An der" /
            # "Jahrhunderthalle 142", wider than its first line but clear of the label)
            last = next((row for row in reversed(out) if row), seg.words)[-1].text
            joined = last.endswith(",") or last.lower() in _LINE_JOINS \
                or POSTAL_CODE_RE.fullmatch(last) is not None  # "…, 40211" / "Düsseldorf"
            flush_right = {si for si, s in enumerate(line.segments)
                           if joined and abs(s.x1 - seg.x1) <= height and s.x0 > hit.segment.x1}
            if any(s.x1 > label_x0 and s.x0 < seg.x0 - height and si not in flush_right
                   and any(ch.isalnum() for ch in s.text) for si, s in enumerate(line.segments)):
                break  # the label's column goes on: a row of its own (not a remark's dash)
            aligned = [(si, s) for si, s in enumerate(line.segments)
                       if abs(s.x0 - seg.x0) <= height or si in flush_right]
            if not aligned:
                break
            si, first = aligned[0]
            if _starts_with_label(first, self.by_seg, line, si):
                break
            out.append(_strip_lead(first.words))
            bottom = line.y1
        return out

    def wrapped_rest(self, first: tuple[Word, ...], right_bound: float | None
                     ) -> list[tuple[Word, ...]]:
        """Lines that go on a value its narrow cell wrapped: under its first line, aligned
        with it and close, each opening with a word too wide to have stood at the end of the
        line above inside the cell, which ends at ``right_bound`` ("Zimmermann-" /
        "Schröder", "Karl-Heinz" / "Günter" in a column of narrow cells). A cell with no
        bound (the last of its row) goes on only where its line breaks off ("Zimmermann-",
        "An der")."""
        index = self.word_line.get(id(first[0])) if first else None
        if index is None:
            return []
        height = max(w.height for w in first)
        out: list[tuple[Word, ...]] = []
        prev = first
        for line in self.lines[index + 1:index + 1 + WRAP_MAX_LINES]:
            if line.page != self.lines[index].page \
                    or line.y0 - max(w.y1 for w in prev) > WRAP_GAP_HEIGHTS * height:
                break
            si, seg = next(((si, s) for si, s in enumerate(line.segments)
                            if abs(s.x0 - first[0].x0) <= height / 2), (-1, None))
            if seg is None or (right_bound is not None and seg.x1 > right_bound + height) \
                    or _starts_with_label(seg, self.by_seg, line, si) or self.seg_hits(line, si):
                break
            word = seg.words[0]
            if right_bound is None:
                last = prev[-1].text
                if not (_BROKEN_WORD.search(last) or last.lower() in _ROW_JOINS):
                    break
            elif prev[-1].x1 + WORD_SPACE_HEIGHTS * height + (word.x1 - word.x0) \
                    <= right_bound - height:
                break  # the word had room above: a line of its own, not the value's rest
            out.append(seg.words)
            prev = seg.words
        return out

    def beyond_right(self, seg: Segment, hit: LabelHit) -> tuple[Word, ...]:
        """The segment after ``seg`` on the label's line, unless a label starts it."""
        segments = hit.line.segments
        si = next((i for i, s in enumerate(segments) if s is seg), None)
        if si is None or si + 1 >= len(segments) \
                or _starts_with_label(segments[si + 1], self.by_seg, hit.line, si + 1) \
                or _starts_with_label(seg, self.by_seg, hit.line, si):
            return ()
        return _strip_lead(segments[si + 1].words)

    def right_segment(self, hit: LabelHit) -> Segment | None:
        si = self._right_index(hit)
        return None if si is None else hit.line.segments[si]

    def _neighbour(self, hit: LabelHit, step: int) -> tuple[tuple[Word, ...], float] | None:
        """The text right above (``step`` -1) or under (+1) a label's cell, if it is no
        label, with the gap to it in label heights. Looked up once per label: every field
        the label may name asks."""
        key = (hit.line.index, hit.seg_index, hit.start, hit.end, step)
        if key not in self._neighbours:
            self._neighbours[key] = self._find_neighbour(hit, step)
        return self._neighbours[key]

    def _find_neighbour(self, hit: LabelHit, step: int
                        ) -> tuple[tuple[Word, ...], float] | None:
        height = max(hit.height, 1.0)
        cell_left = hit.segment.x0 - height
        after = _cells_after(hit)
        cell_right = after[0].x0 if after else hit.segment.x1 + CELL_REACH_HEIGHTS * height
        i = hit.line.index + step
        # Lines with nothing in the cell (a speck at the margin, the other column) are
        # passed over.
        while 0 <= i < len(self.lines) and self.lines[i].page == hit.line.page:
            line = self.lines[i]
            gap = (hit.y0 - line.y1) if step < 0 else (line.y0 - hit.y1)
            if gap > BELOW_MAX_GAP_HEIGHTS * height:
                return None
            for si, seg in enumerate(line.segments):
                if seg.x1 < cell_left or seg.x0 > cell_right:
                    continue
                if not any(ch.isalnum() for ch in seg.text):
                    continue  # a speck or a stray symbol ("®" for a circled item number)
                if step < 0 and seg.x0 < cell_left and not _ends_over_cell(seg, hit, cell_left):
                    return None  # a heading running across the cells, not this cell's value
                if _starts_with_label(seg, self.by_seg, line, si):
                    return None
                # A value typed over a caption alone on its line runs on past the caption
                # as far as its words do ("Hauptstraße 98, 45472 Mülheim an der Ruhr" over
                # "bisher gewohnt in").
                right = float("inf") if step < 0 and not after and seg.x0 >= cell_left \
                    else cell_right - height / 2
                words = _strip_lead(_clip(seg.words, cell_left, right))
                if words:
                    return words, max(gap, 0.0) / height
            i += step
        return None

    def _rest_of_cell(self, hit: LabelHit, words: tuple[Word, ...]) -> tuple[Word, ...]:
        """Segments after the one ``words`` end in, on a typed value's line over a caption,
        still in the caption's cell and near (OCR splits a value typed with wide spacing:
        "G" "2060/1958")."""
        height = max(hit.height, 1.0)
        after = _cells_after(hit)
        cell_right = after[0].x0 if after else hit.segment.x1 + CELL_REACH_HEIGHTS * height
        found = next(((line, si) for line in reversed(self.lines[:hit.line.index])
                      for si, seg in enumerate(line.segments) if words[-1] in seg.words), None)
        if found is None:
            return ()
        line, si = found
        out: list[Word] = []
        last = line.segments[si]
        for j in range(si + 1, len(line.segments)):
            seg = line.segments[j]
            if seg.x0 > cell_right - height or seg.x0 - last.x1 > CELL_SPLIT_GAP_HEIGHTS * height \
                    or _starts_with_label(seg, self.by_seg, line, j):
                break
            out.extend(_clip(seg.words, seg.x0, cell_right - height / 2))
            last = seg
        return tuple(out)

    def _value_above(self, hit: LabelHit) -> tuple[tuple[Word, ...], bool] | None:
        """Text right over a label, set larger than it, and whether nothing but labels stand
        under the label."""
        if not hit.first:
            return None
        up = self._neighbour(hit, -1)
        label_h = _height(hit.segment.words[hit.start:hit.end])
        if up is None or up[1] > ABOVE_MAX_GAP_HEIGHTS \
                or label_h >= CAPTION_RATIO * _height(up[0]):
            return None
        return up[0], self._neighbour(hit, 1) is None

    def _captions_under_values(self) -> bool:
        """Whether the page prints small captions under typed values: of its labels with
        nothing beside them, more have a larger text right over them than under them."""
        votes_above = votes_below = 0
        for hit in self.hits:
            rest = _strip_lead(hit.segment.words[hit.end:])
            if not (hit.strong and hit.first) or (rest and not _caption_remark(rest)):
                continue
            nxt = hit.seg_index + 1
            if nxt < len(hit.line.segments) and not _starts_with_label(
                    hit.line.segments[nxt], self.by_seg, hit.line, nxt):
                continue  # a value beside the label
            label_h = _height(hit.segment.words[hit.start:hit.end])
            up = self._neighbour(hit, -1) if self._value_above(hit) else None
            down = self._neighbour(hit, 1)
            # (where the gaps over and under a caption are alike, a section's end tells: a
            # caption closes it, "Staatsangehörigkeit" / "II. Einzelangaben …")
            ends = up is not None and down is not None and _heading_like(down[0])
            if (up is not None and not _heading_like(up[0])
                    and (down is None or down[1] >= ABOVE_VOTE_RATIO * up[1] or ends)):
                votes_above += 1
            elif down is not None and label_h < CAPTION_RATIO * _height(down[0]) and (
                    up is None or _heading_like(up[0]) or up[1] >= BELOW_VOTE_RATIO * down[1]):
                votes_below += 1  # (a caption as close to the text over it abstains)
        return votes_above >= CAPTION_MIN_LABELS and votes_above > votes_below

    def above(self, hit: LabelHit) -> tuple[Word, ...]:
        """The value over a label: on a page of captions printed under typed values (under a
        caption stands the next row's value), or where no value stands under the label."""
        found = self._value_above(hit)
        if found is None:
            return ()
        words, nothing_under = found
        if not (nothing_under or self.values_above):
            return ()
        if not self.values_above and words[0].text in _BOX_GLYPHS:
            return ()  # the options of the label before ("☐ Studium ☐ Erwerbstätigkeit")
        return words + self._rest_of_cell(hit, words) if self.values_above else words

    def names_in_column(self, hit: LabelHit, first: tuple[Word, ...], step: int
                        ) -> list[tuple[Word, ...]]:
        """A list's names one a line in the column of ``first``, the name next to its label:
        under the label (``step`` 1) or over its caption (-1), up to the next label there;
        lines holding only another column's text or a margin note are passed over. [] for
        one name."""
        height = max(hit.height, 1.0)
        x0, right = first[0].x0, max(hit.segment.x1, first[-1].x1)
        reach = (BELOW_MAX_GAP_HEIGHTS if step > 0 else ABOVE_MAX_GAP_HEIGHTS) * height
        around = self.lines[hit.line.index + 1:] if step > 0 \
            else list(reversed(self.lines[:hit.line.index]))
        at = next((line for line in around
                   if any(first[0] in seg.words for seg in line.segments)), None)
        if at is None or not _full_name(" ".join(w.text for w in first)) \
                or any(first[0] in h.segment.words for h in self.hits if h.line is at):
            return []
        rows, edge = [first], (at.y1 if step > 0 else at.y0)
        for n in range(1, 2 * MAX_BLOCK_LINES + 1):
            i = at.index + step * n
            if not 0 <= i < len(self.lines):
                break
            line = self.lines[i]
            gap = line.y0 - edge if step > 0 else edge - line.y1
            if line.page != hit.line.page or gap > reach:
                break
            column = [(si, seg) for si, seg in enumerate(line.segments)
                      if seg.x1 > x0 - height and seg.x0 < right]
            if not column:
                continue
            si, seg = column[0]
            if abs(seg.x0 - x0) > height or self.seg_hits(line, si) \
                    or not _full_name(seg.text):
                break
            rows.append(seg.words)
            edge = line.y1 if step > 0 else line.y0
        if len(rows) < 2:
            return []
        return rows if step > 0 else rows[::-1]

    def blank_above(self, hit: LabelHit) -> tuple[Word, ...]:
        """The words typed over a blank in a sentence, right over the small caption that
        names it ("Karl-Heinz" over "» alle Vornamen einsetzen"): a fill-in-the-blank form's
        value. A value typed on a blank stands apart from the sentence around it by more
        than a word space; the caption is set smaller than it."""
        seg = hit.segment
        i = hit.line.index - 1
        if i < 0 or self.lines[i].page != hit.line.page:
            return ()
        line = self.lines[i]
        height = _height(seg.words)
        if hit.y0 - line.y1 > ABOVE_MAX_GAP_HEIGHTS * max(height, 1.0):
            return ()
        def overlap(run: tuple[Word, ...]) -> float:
            return min(run[-1].x1, seg.x1) - max(run[0].x0, seg.x0)

        # the sentence runs on in the value's own segment (a value alone in its segment
        # stands over a caption, ``above``, or is the next column's): each run with the
        # other runs of its segment
        runs: list[tuple[tuple[Word, ...], list[tuple[Word, ...]]]] = []
        for other in line.segments:
            parts = _spaced_runs(other.words)
            if len(parts) > 1:
                runs += [(run, [r for r in parts if r is not run]) for run in parts]
        best, others = max(runs, key=lambda r: overlap(r[0]), default=((), []))
        if not best or overlap(best) <= 0 or not any(
                (w.text[:1].islower() and len(w.text) > 1) or w.text == ","
                for r in others for w in r):
            return ()  # no sentence beside it ("D | SEPA-Mandat", "1 Halter .": headings)
        for si, other in enumerate(line.segments):
            if other.words[0] is best[0] and _starts_with_label(other, self.by_seg, line, si):
                return ()
        words = _strip_lead(tuple(w for w in best if any(ch.isalnum() for ch in w.text)))
        if not words or height >= BLANK_CAPTION_RATIO * _height(words):
            return ()
        return words

    def _value_follows(self, line: Line, left: float, right: float, height: float) -> bool:
        """Whether the line after ``line`` holds text between ``left`` and ``right`` that
        opens no label: a value under a label's wrapped last line (else that line is the
        value: "Wohnungsgeber – Name oder" over "Sören Tüselmann", then the next label)."""
        bottom = line.y1
        for after in self.lines[line.index + 1:]:
            if after.page != line.page or after.y0 - bottom > BELOW_MAX_GAP_HEIGHTS * height:
                return False
            # (a speck or stray mark between is passed over)
            under = [si for si, seg in enumerate(after.segments)
                     if not (seg.x1 < left or seg.x0 > right)
                     and any(ch.isalnum() for ch in seg.text)]
            if under:
                return not _starts_with_label(after.segments[under[0]], self.by_seg, after,
                                              under[0])
            bottom = after.y1
        return False

    def _numbers_label(self, line: Line, si: int) -> bool:
        """Whether segment ``si`` is the item number of a label in the next cell ("4 |
        Einzugsdatum"): a row number, no value."""
        return bool(ENUMERATOR.fullmatch(line.segments[si].text)) \
            and si + 1 < len(line.segments) \
            and _starts_with_label(line.segments[si + 1], self.by_seg, line, si + 1)

    def offset_below(self, hit: LabelHit) -> tuple[Word, ...]:
        """The one run of words on the line under a label that is alone on its line, when
        that run starts right of the label's end."""
        if len(hit.line.segments) != 1 or hit.line.index + 1 >= len(self.lines):
            return ()
        line = self.lines[hit.line.index + 1]
        if line.page != hit.line.page or len(line.segments) != 1 \
                or line.y0 - hit.y1 > BELOW_MAX_GAP_HEIGHTS * max(hit.height, 1.0):
            return ()
        seg = line.segments[0]
        if seg.x0 <= hit.segment.x1 or _starts_with_label(seg, self.by_seg, line, 0) \
                or is_question(seg.words):
            return ()
        return _strip_lead(seg.words)

    def offset_continuation(self, hit: LabelHit, first: tuple[Word, ...]) -> tuple[Word, ...]:
        """The line under a value set off right of its label (``offset_below``), when it
        starts where the value starts and nothing else stands on it."""
        at = next((i for i, line in enumerate(self.lines) if first[0] in line.words), None)
        if at is None or at + 1 >= len(self.lines):
            return ()
        line, height = self.lines[at + 1], max(hit.height, 1.0)
        if line.page != hit.line.page or len(line.segments) != 1 \
                or line.y0 - max(w.y1 for w in first) > BELOW_MAX_GAP_HEIGHTS * height:
            return ()
        seg = line.segments[0]
        if abs(seg.x0 - first[0].x0) > height or _starts_with_label(seg, self.by_seg, line, 0):
            return ()
        return seg.words

    def _role_tagged(self, hit: LabelHit) -> bool:
        """Whether the words before the label in its segment name a party ("Trauzeug/in –")."""
        if self.doc_type is None or not 0 < hit.start <= ROLE_TAG_MAX_WORDS + 2:
            return False
        tag = " ".join(w.text for w in hit.segment.words[:hit.start])
        return party_of(tag, self.doc_type) is not None

    def below(self, hit: LabelHit, max_lines: int = 1, whole_cell: bool = False
              ) -> list[tuple[Word, ...]]:
        """Segments under the label, aligned with it: one per line, up to ``max_lines``.
        ``whole_cell``: every piece of a line up to the next label's cell, not just the
        first."""
        out: list[tuple[Word, ...]] = []
        height = max(hit.height, 1.0)
        bottom = hit.y1
        # An item number before the label ("3 Familienname") belongs to the label's cell.
        numbered = _numbered_cell(hit)
        # A genitive inside a longer label ("Straße u. Nr. d. neuen Whg.") shares its cell;
        # so does a question's noun ("Wie heißt der Ort von der Wohnung?": the answer stands
        # under the question).
        # (and a later entry's date: "Nachtrag 11. Sep. 2026 – Straßen-/Platzbez.:")
        # (and a role tag before the label: "Ehepartner/in Nr. 1 – Familienname")
        start = hit.segment.x0 if hit.first or _governed(hit) or _asked_noun(hit) \
            or lead_words(hit.segment.words) >= hit.start or self._role_tagged(hit) \
            else numbered.x0 if numbered else hit.x0
        left = start - BELOW_LEFT_SLACK_HEIGHTS * height
        # The label's cell ends where the next text on its line starts (a row of cells,
        # "Geb.-Datum | Geb.-Ort"), or the next numbered item in its own run of words, else a
        # little right of the label: a value under a short label may start further right (a
        # date written in spaced boxes).
        after = _cells_after(hit)
        reach = hit.x1 + CELL_REACH_HEIGHTS * height
        cell_right = min(after[0].x0 if after else float("inf"),
                         _next_item_x(hit, self.label_keys))
        # Cut on the left only where a neighbouring cell stands there; otherwise a line that
        # starts further left is a sentence, not a value of this label.
        cell_left = (start - height / 2 if numbered
                     else left if hit.seg_index > 0 else float("-inf"))
        right = max(hit.x1, hit.segment.x1, min(cell_right, reach))
        continued = via_source = False
        # a label whose wording goes on in the next line, up to a dot leader and the value
        joined = _ends_joined(hit.segment)
        wrapped_question = _wrapped_question(self, hit.line, hit.seg_index)
        for line in self.lines[hit.line.index + 1 :]:
            reach_down = TABLE_ROW_MAX_GAP_HEIGHTS if line.index == hit.line.index + 1 \
                and _rows_align(hit.line, line, height) else BELOW_MAX_GAP_HEIGHTS
            if line.page != hit.line.page or line.y0 - bottom > reach_down * height:
                break
            chosen: tuple[Word, ...] = ()
            # The first segment reaching under the label; but when it starts left of the
            # label, it may be a neighbour cell's value reaching in: then the one that
            # overlaps the label's cell most.
            # A lone character right of the label's end is a speck or a box's tick, not
            # the value (which starts under the label).
            under = [(min(seg.x1, right) - max(seg.x0, start), si, seg)
                     for si, seg in enumerate(line.segments)
                     if not (seg.x1 < left or seg.x0 > right)
                     and not (len(seg.text.strip()) <= 1
                              and (seg.x0 > hit.x1 or not seg.text.strip().isalnum()))]
            if under:
                # A date in boxes starts at the first box under the label.
                chosen = _boxed_date(line, under[0][1])
                _, si, seg = under[0]
                if seg.x0 < start - height:
                    _, si, seg = max(under, key=lambda u: u[0])
                if via_source and seg.x0 < start - height and not out:
                    return out  # under a header wrapped after "lt.", a neighbour's value
                wrapped = joined and not out and any(
                    _LEADER_RUN.fullmatch(w.text) for w in seg.words)
                # (a label alone on its line; in a row of labels, one whose line ends in a
                # word, bracket or comma that goes on, or that is marked as required: a
                # dash may end a label before its remark, "Vornamen —" over "Tarek")
                if not (out or continued or chosen or wrapped) and (
                        (joined and len(hit.line.segments) == 1 and si == 0
                         and len(line.segments) == 2)
                        or ((_marked_required(seg) or _goes_on_in(hit.segment, seg))
                            and _value_beside_wrap(hit, line, si))) \
                        and abs(seg.x0 - start) <= height \
                        and len(seg.words) <= WRAPPED_LABEL_MAX_WORDS \
                        and not any(ch.isdigit() for ch in seg.text) \
                        and not self.seg_hits(line, si + 1) \
                        and not (ENUMERATOR.fullmatch(line.segments[si + 1].words[0].text)
                                 and not find_dates(line.segments[si + 1].text)):
                    # "Familienname laut Pass oder" / "Personalausweis | Mahmoud": the
                    # label's wording goes on in this line, its value beside it
                    out.append(line.segments[si + 1].words)
                    return out
                if not (out or continued or chosen or wrapped) and not self.seg_hits(line, si) \
                        and (_marked_required(seg) or (
                            (hit.segment.words[-1].text in _OPEN_ENDS
                             or hit.segment.words[-1].text.lower() in _CUT_SOURCES)
                            and len(seg.words) <= WRAPPED_LABEL_MAX_WORDS
                            and not any(ch.isdigit() for ch in seg.text)
                            and self._value_follows(line, left, right, height))):
                    bottom, continued = seg.y1, True
                    via_source = hit.segment.words[-1].text.lower() in _CUT_SOURCES
                    continue  # "Geburtsort laut Pass oder" over "Personalausweis *"
                if not (out or continued or chosen or wrapped) and joined \
                        and seg.text.count(")") > seg.text.count("(") \
                        and hit.segment.text.count("(") > hit.segment.text.count(")") \
                        and len(seg.words) <= WRAPPED_LABEL_MAX_WORDS:
                    bottom, continued = seg.y1, True
                    continue  # "Anschrift Wohnungsgeber (eine" over "Zelle)": the remark
                    # the label's line opened closes here
                if not (out or continued or chosen or wrapped) \
                        and _header_continues(hit, seg.words, bottom, line):
                    bottom, continued = seg.y1, True
                    continue  # "WOHNUNG" over "(ANSCHRIFT NEU)": one header on two lines
                if not (out or chosen or wrapped) and abs(seg.x0 - hit.segment.x0) <= height \
                        and seg.words[0].text[:1].islower() \
                        and (_BROKEN_WORD.search(hit.segment.words[-1].text) or (
                            not continued and len(seg.words) <= WRAPPED_LABEL_MAX_WORDS
                            and not any(ch.isdigit() for ch in seg.text)
                            and not any(_LEADER_RUN.fullmatch(w.text) for w in seg.words)
                            and _qualifier_after_comma(hit, hit.segment.words[hit.end:]))):
                    bottom, continued = seg.y1, True
                    continue  # "Ort der Geburt der Per-" over "son": the label's broken word;
                    # "Familienname, so wie aktuell" over "geführt": its qualifier's rest
                if not (out or continued or chosen) and wrapped_question \
                        and line.index == hit.line.index + 1:
                    bottom, continued = seg.y1, True
                    continue  # "… neu in der" / "Wohnung?": the question's last words
                if not (out or chosen) and (not continued or wrapped_question) \
                        and _hint_under_question(hit, seg, wrapped_question):
                    bottom, continued = seg.y1, True
                    continue  # "Das Datum steht in Ihrem Pass.": the question's hint
                if _RULE_ROW.fullmatch(seg.text):
                    # a printed rule ("-----", "=====") across the page closes the cell; one
                    # as wide as the label underlines it
                    if out or seg.x1 - hit.x1 > UNDERLINE_SLACK_HEIGHTS * height:
                        return out
                    continue
                if not chosen and not wrapped and (
                        _starts_with_label(seg, self.by_seg, line, si)
                        or _awaits_value(seg)
                        or is_question(seg.words)
                        or _dash_before_label(seg, self.seg_hits(line, si))
                        or self._numbers_label(line, si)):
                    return out  # the next label, or the next question of a questionnaire
                words = seg.words
                for _, sj, more in under:
                    if whole_cell and sj > si and more.x1 <= cell_right \
                            and not self.seg_hits(line, sj):
                        words += more.words
                # (a label wrapped onto this line ends at a dot leader: "Namenszusätze)
                # ______ Bauer")
                clipped = _clip(words, cell_left, cell_right - height / 2)
                chosen = chosen or _strip_lead(
                    _after_leader(clipped) if wrapped
                    else _after_colon_label(
                        _after_leader(_cut_at_label(clipped, self.seg_hits(line, si), 0))))
            if not chosen:
                if out:
                    break
                continue
            if not (out or continued) and _header_continues(hit, chosen, bottom, line):
                bottom, continued = max(w.y1 for w in chosen), True
                continue  # "EINZUG" over "DATUM": the header's second line, not its value
            # (On a scan word heights blur: only a line clearly in caption size.)
            slack = 1 / OCR_CAPTION_SLACK if self.ocr else 1.0
            if self.is_caption(chosen, slack) and self.is_caption(chosen[:1], slack):
                # On a form of small caption labels, a caption-sized line is the next label
                # (a value-sized first word is a value with a small remark after it: a key
                # number before its legend).
                break
            out.append(chosen)
            bottom = max(w.y1 for w in chosen)
            if len(out) >= max_lines:
                break
        return out

    def right_column(self, hit: LabelHit) -> list[tuple[Word, ...]]:
        """The value column right of a label, over the lines above and below it that carry
        no other label (a list of names beside a label that wraps over two lines)."""
        si = hit.seg_index + 1
        height = max(hit.height, 1.0)
        if si >= len(hit.line.segments):
            return self._column_below_right(hit)
        anchor = hit.line.segments[si]

        def aligned(line: Line) -> tuple[Word, ...] | None:
            if line.page != hit.line.page:
                return None
            for i, seg in enumerate(line.segments):
                if abs(seg.x0 - anchor.x0) <= height:
                    if _starts_with_label(seg, self.by_seg, line, i):
                        return None
                    left = line.segments[:i]
                    if any(_starts_with_label(s, self.by_seg, line, j)
                           for j, s in enumerate(left)) and not _wording_goes_on(hit, line, left):
                        return None
                    return _strip_lead(seg.words)
            return None

        rows: list[tuple[Word, ...]] = []
        for step in (-1, 1):
            index, last_y = hit.line.index, (anchor.y0 if step < 0 else anchor.y1)
            collected: list[tuple[Word, ...]] = []
            while 0 <= index + step < len(self.lines) and len(collected) < MAX_BLOCK_LINES:
                line = self.lines[index + step]
                gap = (last_y - line.y1) if step < 0 else (line.y0 - last_y)
                if gap > BELOW_MAX_GAP_HEIGHTS * height / 2:
                    break
                found = aligned(line)
                if not found:
                    break
                collected.append(found)
                index += step
                last_y = line.y0 if step < 0 else line.y1
            rows = [*reversed(collected), *rows] if step < 0 else [*rows, *collected]
            if step < 0:
                rows.append(_strip_lead(anchor.words))
        return rows if len(rows) > 1 else []

    def names_across(self, hit: LabelHit) -> list[tuple[Word, ...]]:
        """A list's names side by side in the row under its label, each in a cell of its
        own and maybe after a number of its own ("Jonas Schneider | Lena Schwarz", "Person
        Nr. 1 | Hans-Peter Klein | Person Nr. 2 | Mia Klein"); [] unless every other cell
        of the row reads as a full name."""
        i = hit.line.index + 1
        if i >= len(self.lines):
            return []
        line = self.lines[i]
        height = max(hit.height, 1.0)
        # (under a row of captions each name is its own caption's)
        if len(hit.line.segments) > 1 or line.page != hit.line.page \
                or line.y0 - hit.y1 > BELOW_MAX_GAP_HEIGHTS * height \
                or line.segments[0].x0 < hit.segment.x0 - height:
            return []
        cells = [(si, seg) for si, seg in enumerate(line.segments)
                 if not _counter_cell(seg.words)]
        if len(cells) < 2 or any(self.seg_hits(line, si) for si, _ in cells):
            return []
        if not all(_full_name(seg.text) for _, seg in cells):
            return []
        return [seg.words for _, seg in cells]

    def lines_under(self, hit: LabelHit, n: int) -> list[tuple[Word, ...]]:
        """Whole lines under a label (a row of tick boxes spans the width of the form)."""
        out: list[tuple[Word, ...]] = []
        bottom = hit.y1
        # A label in the right column of a two-column form has its options in that column.
        left = hit.segment.x0 - hit.height if hit.seg_index > 0 else float("-inf")
        for line in self.lines[hit.line.index + 1:hit.line.index + 1 + n]:
            if line.page != hit.line.page or line.y0 - bottom > BELOW_MAX_GAP_HEIGHTS * hit.height:
                break
            column = [(si, seg) for si, seg in enumerate(line.segments) if seg.x1 > left]
            if not column:
                continue
            si, first = column[0]
            if _starts_with_label(first, self.by_seg, line, si) \
                    and first.x0 <= hit.x0 + hit.height:
                break
            if out and any(_BOX_MARK.search(w.text) for row in out for w in row) \
                    and is_question(_without_enumerator(
                        tuple(w for _, seg in column for w in seg.words))):
                break  # the options end where the next question is asked
            out.append(tuple(w for _, seg in column for w in seg.words))
            bottom = line.y1
        return out

    def row_above(self, hit: LabelHit, above: tuple[Word, ...]) -> tuple[Word, ...]:
        """The whole row a value over a caption stands in, from the caption's column on: a
        choice's options stand side by side over it ("○ weiblich  ● divers")."""
        left = hit.segment.x0 - hit.height if hit.seg_index > 0 else float("-inf")
        for line in reversed(self.lines[max(0, hit.line.index - MAX_BLOCK_LINES):hit.line.index]):
            if any(above[0] in seg.words for seg in line.segments):
                return tuple(w for seg in line.segments if seg.x1 > left for w in seg.words)
        return above

    def section_of(self, hit: LabelHit) -> str | None:
        """The section whose heading stands nearest above the label, in its column."""
        best: tuple[float, str] | None = None
        for heading, section in self.headings:
            if heading.line.page != hit.line.page or heading.line.index >= hit.line.index:
                continue
            if heading.segment.x0 > hit.x1 or heading.segment.x1 < hit.x0 - 4 * hit.height:
                continue
            distance = hit.y0 - heading.y1
            if best is None or distance < best[0]:
                best = (distance, section)
        return best[1] if best else None

    def _column_below_right(self, hit: LabelHit) -> list[tuple[Word, ...]]:
        """A list that starts on the line under a label, in a column right of it."""
        height = max(hit.height, 1.0)
        rows: list[tuple[Word, ...]] = []
        column: float | None = None
        bottom = hit.y1
        for line in self.lines[hit.line.index + 1:hit.line.index + 1 + MAX_BLOCK_LINES]:
            if line.page != hit.line.page or line.y0 - bottom > BELOW_MAX_GAP_HEIGHTS * height:
                break
            segs = [s for s in line.segments if s.x0 >= hit.segment.x1 - height]
            if not segs or any(s.x0 < hit.segment.x1 - height for s in line.segments):
                break
            seg = segs[0]
            if column is not None and abs(seg.x0 - column) > height:
                break
            column = seg.x0
            rows.append(_strip_lead(seg.words))
            bottom = line.y1
        return rows

    def line_rest(self, hit: LabelHit) -> tuple[Word, ...]:
        """The label's whole line (ticked boxes often stand before or after their label)."""
        return tuple(w for seg in hit.line.segments for w in seg.words)


_STRAY_MARKS = frozenset(TICKED)


def merge_stray_marks(rows: list[tuple[Word, ...]]) -> list[tuple[Word, ...]]:
    """Rows of options with a row of nothing but crosses moved into the row it was meant for.

    A typewriter strikes its X a little above or below the printed option line ("Haupt-
    wohnung  Nebenwohnung" over a lone "X"); the cross goes into the nearest row within a
    line height, at its place from the left, so that it stands before the option it ticks.
    """
    out = [list(r) for r in rows]
    for i, row in enumerate(rows):
        if not row or len(row) > 2 or not all(w.text in _STRAY_MARKS for w in row):
            continue
        mid = fmean((w.y0 + w.y1) / 2 for w in row)
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(rows) and rows[j]
                and not all(w.text in _STRAY_MARKS for w in rows[j])
                and abs(fmean((w.y0 + w.y1) / 2 for w in rows[j]) - mid)
                < max(w.height for w in rows[j])]
        if not near:
            continue
        target = min(near, key=lambda j: abs(fmean((w.y0 + w.y1) / 2 for w in rows[j]) - mid))
        out[target] = sorted([*out[target], *row], key=lambda w: w.x0)
        out[i] = []
    return [tuple(r) for r in out]


# What OCR makes of a clerk's pen tick after a checked value ("Paderborn \\/", "Till J").
_PEN_TICK = re.compile(r"[,.]?[\\/|JjYyVvLl✓√—–\-]{1,2}[,.]?")
PEN_TICK_GAP_HEIGHTS = 0.3
PEN_TICK_DROP_HEIGHTS = 0.25


def _without_pen_tick(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """A scanned value without the tick a clerk set after it: one or two stroke-like
    characters apart from the value, reaching below its line or no letters at all."""
    if len(words) < 2 or not _PEN_TICK.fullmatch(words[-1].text):
        return words
    tick, before = words[-1], words[-2]
    if tick.x0 - before.x1 < PEN_TICK_GAP_HEIGHTS * before.height:
        return words
    letterless = not any(ch.isalpha() for ch in tick.text)
    # set lower than the value's letters: reaching below them, or starting under their top
    lower = max(tick.y1 - before.y1, tick.y0 - before.y0)
    if letterless or lower > PEN_TICK_DROP_HEIGHTS * before.height:
        return words[:-1]
    return words


_EMPTY_BOXES = frozenset({"☐", "□", "[ ]", "[]"})


def _without_empty_box(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """A value without the empty tick box the form prints after it ("108 ☐")."""
    while len(words) > 1 and words[-1].text in _EMPTY_BOXES:
        words = words[:-1]
    return words


def _texts(words_list: list[tuple[Word, ...]]) -> str:
    """Rows of words as lines of text; a word hyphenated at a row's end is joined with its
    rest ("Osna-" / "brück"), a compound's own hyphen kept ("Karl-" / "Heinz")."""
    out = ""
    for ws in words_list:
        row = " ".join(w.text for w in ws)
        if out and _BROKEN_WORD.search(out) and row[:1].isalpha():
            out = out[:-1] + row if row[:1].islower() else out + row
        elif out and out.rsplit(None, 1)[-1] in _ROW_JOINS:
            out = f"{out} {row}"  # "An der" / "Jahrhunderthalle 142": one name, wrapped
        else:
            out = f"{out}\n{row}" if out else row
    return out


BROKEN_WORD_PENALTY = 0.85
# Small words no line of a value ends in but where its line broke inside a name or phrase.
_ROW_JOINS = frozenset({"der", "die", "das", "den", "dem", "des", "und", "an", "am", "auf",
                        "im", "in", "zum", "zur", "vom", "von", "bei", "unter", "über"})
_BROKEN_WORD = re.compile(r"[^\W\d_]{2}-$")
# What parts one run-in clause from the next: a dash or bullet standing alone, a semicolon.
_CLAUSE_SEPARATOR = re.compile(r"\s[–—·•]\s|;\s")


# Words that continue a label into a longer one ("Name der Bank", "Anschrift des Vermieters",
# "Meldeadresse in Deutschland"): a value never starts with them in lower case.
_LABEL_LINKS = frozenset({"der", "des", "die", "dem", "den", "von", "vom", "zur", "zum", "im",
                          "in", "für", "bei", "nach", "vor", "seit", "eines", "einer",
                          "meiner", "meines", "ihrer", "ihres", "seiner", "seines"})
# A verb goes on into the label only before a remark ("Eingezogen ist (Vor- u. Nachname)");
# before anything else it opens the answer ("Mein Geburtsort ist Teheran").
_LABEL_VERBS = frozenset({"ist", "sind"})


# A remark after a label opens with a lower-case abbreviation ("ggf. Doktorgrad",
# "bzw. Eigentümer", "z. B. …", "vollst."); it is the label's, not a value.
_REMARK_OPENING = re.compile(r"^[a-zäöü]{1,7}\.$")


def _remark_opening(text: str) -> bool:
    """A small-letter abbreviation ("ggf.", "vollst."), not a value closing a sentence
    ("deutsch.")."""
    return bool(_REMARK_OPENING.match(text)) and (
        len(text) <= SENTENCE_END_MIN_CHARS
        or parse_value(ValueKind.NATIONALITY, text) in (None, ""))


# A caption under a blank is set clearly smaller than the sentence (a typed form's captions
# under its values may be nearly as large: ``CAPTION_RATIO``).
BLANK_CAPTION_RATIO = 0.75
_SENTENCE_MARKS = frozenset({",", ".", ";", "–"})
# Words of one value stand a word space apart; a value typed on a blank starts further
# from the sentence before it (at least this many word heights).
SPACE_GAP_HEIGHTS = 0.65


def _gap(a: Word, b: Word) -> float:
    """The gap between two words of a line, in their height."""
    return (b.x0 - a.x1) / max(a.height, b.height, 1.0)


# A blank is wider than this many of the segment's word spaces (a typewriter's spaces are
# wide; a proportional face's narrow).
BLANK_SPACES = 2.0


def _blank_gap(words: tuple[Word, ...]) -> float:
    """The least gap (in word heights) that marks a blank between these words."""
    # (the narrowest gap is a word space: a sentence around blanks has fewer blanks than
    # spaces, but a short one may have as many)
    space = min((_gap(a, b) for a, b in pairwise(words)
                 if _wordy(a.text) and _wordy(b.text)), default=0.0)
    return max(SPACE_GAP_HEIGHTS, BLANK_SPACES * space)


def _wordy(text: str) -> bool:
    """A word of letters or digits (not a leader, a colon or a box set close to a word)."""
    return sum(ch.isalnum() for ch in text) >= 2


def _spaced_runs(words: tuple[Word, ...], limit: float | None = None
                 ) -> list[tuple[Word, ...]]:
    """Words split where the gap is wider than ``limit`` (a blank's, ``_blank_gap``, by
    default)."""
    limit = _blank_gap(words) if limit is None else limit
    runs: list[tuple[Word, ...]] = []
    run: list[Word] = [words[0]]
    for a, b in pairwise(words):
        if _gap(a, b) > limit:
            runs.append(tuple(run))
            run = []
        run.append(b)
    runs.append(tuple(run))
    return runs


COMPOSITE_MAX_WORDS = 6


def _after_composite_label(page: _Page, hit: LabelHit, inline: tuple[Word, ...]
                           ) -> tuple[Word, ...]:
    """After a label that another label follows up to a colon ("Vater Familienname wie im
    Identitätsdokument: Tobias Mühlenbeck", a cross table's column and row), the words after
    the colon (the next label cuts ``inline`` short)."""
    words = hit.segment.words
    if not hit.first or words[hit.end - 1].text.endswith(":"):
        return inline
    colon = next((i for i in range(hit.end, min(len(words), hit.end + COMPOSITE_MAX_WORDS))
                  if words[i].text.endswith(":")), None)
    if colon is None or colon + 1 >= len(words) or not any(
            o is not hit and o.start == hit.end and o.end <= colon + 1
            for o in page.all_seg_hits.get((hit.line.index, hit.seg_index), ())):
        return inline
    return _cut_at_label(words[colon + 1:], page.seg_hits(hit.line, hit.seg_index), colon + 1)


# A sentence leads from a label to its blank in a few words ("lautend auf", "laut Ausweis").
BLANK_LEAD_MAX_WORDS = 3


def _blank_after(hit: LabelHit) -> tuple[Word, ...]:
    """The words typed on a blank a few words after a label in a sentence ("Zuname lautend
    auf ____ Overbeck ____ ,"): after the lead-in, a gap wider than a word space, then the
    value up to the next such gap."""
    words = hit.segment.words
    if words[hit.end - 1].text.endswith(":"):
        return ()  # "Name des Kontoinhabers: Bärbel  Wolf": a colon's value follows it
    if hit.end >= len(words):
        return ()
    # (split from the label's last word on, so that a blank right after it shows as an empty
    # lead-in)
    runs = [list(r) for r in _spaced_runs(words[hit.end - 1:], _blank_gap(words))]
    runs[0] = runs[0][1:]
    # a blank right after the label holds a value only where the sentence goes on after
    # it with its punctuation ("mit den Vornamen | Murat | , mit dem …"), not digits spaced
    # into boxes nor a town whose words OCR spaced apart ("Mülheim | an der Ruhr")
    if not runs[0] and (len(runs) < 3 or runs[2][0].text not in _SENTENCE_MARKS):
        return ()
    if len(runs) < 2 or len(runs[0]) > BLANK_LEAD_MAX_WORDS:
        return ()
    lead = runs[0]
    if any(ch.isdigit() for w in lead for ch in w.text) \
            or any(w.text.endswith((":", ",", ".")) for w in lead):
        return ()
    return tuple(w for w in runs[1] if any(ch.isalnum() for ch in w.text))


def _value_inline(inline: tuple[Word, ...]) -> tuple[Word, ...]:
    if inline and (_remark_opening(inline[0].text) or _instruction(inline)):
        return ()
    if len(inline) >= 2 and fold(inline[0].text) in _LINE_WORDS \
            and re.fullmatch(r"\d\)?:?", inline[1].text):
        return inline[2:]  # "Anschrift, Zeile 1 | Große Weilstraße 80": the label's line
    return inline


# "Zeile 1", "Z. 2": which line of a label the value is
_LINE_WORDS = frozenset({"zeile", "z."})


# A bullet after a label sets its translation beside it ("Nazwisko", "Soyadı"), never the
# value.
_GLOSS_BULLETS = frozenset({"•", "·", "◦", "▪", "‧", "∙"})


# The verbs a caption under a blank ends in ("» Familienname einsetzen", "Geburtsort bitte
# eintragen"): what to do with the field, never its value.
_INSTRUCTION_VERBS = frozenset({"einsetzen", "eintragen", "angeben", "ausfullen", "erganzen",
                                "einfugen", "nennen", "vermerken"})


def _instruction(words: tuple[Word, ...]) -> bool:
    """Whether words after a label only say what to do ("bitte einsetzen", "Anschrift
    einsetzen"): no value ends in such a verb."""
    return (fold(words[-1].text.rstrip(".:!)")) in _INSTRUCTION_VERBS
            and len(words) <= INSTRUCTION_MAX_WORDS
            and not any(ch.isdigit() for w in words for ch in w.text))


INSTRUCTION_MAX_WORDS = 4


#: A label of this many words names its fact for itself: words linked on after it ("Tag
#: des Einzugs in die nun bezogene Wohnung") only say more of it.
SPECIFIC_LABEL_WORDS = 3


def _continues_label(hit: LabelHit, inline: tuple[Word, ...]) -> bool:
    words = hit.segment.words
    if not inline or hit.tail or words[hit.end - 1].text.endswith(":"):
        return False
    if len(inline) > 1 and any(ch.isdigit() for ch in inline[1].text):
        return False  # "Eingezogen zum 29.09.2026": a date or number follows, no wording
    if inline[0].text in _LABEL_VERBS:
        after = words[hit.end + 1:hit.end + 2]
        return inline[0] is words[hit.end] and bool(after) and after[0].text[:1] == "("
    return inline[0] is words[hit.end] and inline[0].text in _LABEL_LINKS


def _head_names_other(doc_type: DocumentType, spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether the words before a label in its cell, up to its colon, make it another
    fact's label ("Sitz/Anschrift Wohnungsgeber:" is the landlord's address)."""
    words = hit.segment.words
    # closed by its colon, or a cell of its own (and a remark) with the value in the next
    # ("Wohnungsgeber Anschrift (eine Zeile) | Kemnader Straße 62, …")
    rest = " ".join(w.text for w in words[hit.end:])
    # ... or glossed in other languages ("Geburt – Gemeinde/Ort · Birthplace | Chennai")
    glossed = hit.end < len(words) and words[hit.end].text in _GLOSS_BULLETS
    if not (words[hit.end - 1].text.endswith(":") or (
            hit.seg_index + 1 < len(hit.line.segments)
            and (not rest or glossed or _REMARK.fullmatch(rest)))):
        return False
    head = [w for w in words[:hit.start] if not ENUMERATOR.fullmatch(w.text)
            and w.text not in ("–", "-", "•", "·")]
    if not head or len(head) > HEAD_MAX_WORDS or any(w.text.endswith(":") for w in head):
        return False
    label_key = squash(" ".join(w.text for w in words[hit.start:hit.end]))
    key = squash(" ".join(w.text for w in head)) + label_key
    # the other fact's stems must take in the label's own ("Anschrift" + "Wohnungsgeber"),
    # not stand beside it ("PLZ & Stadt/Gemeinde" names the postal code and the town)
    return any(all(stem in key for stem in entry) and any(stem in label_key for stem in entry)
               and not all(stem in label_key for stem in entry)
               for other in doc_type.fields if other.name != spec.name for entry in other.keys)


HEAD_MAX_WORDS = 2
_REMARK = re.compile(r"\([^()]*\)")


def _inverted_compound(spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether the label and its genitive after it spell this field's compound turned round
    ("Nr. des Hauses" = Hausnr., "Tag des Einzugs" = Einzugstag): the segment's end."""
    rest = hit.segment.words[hit.end:]
    if len(rest) != 2 or rest[0].text not in ("des", "der"):
        return False
    noun = re.sub(r"(?:es|s)$", "", squash(rest[1].text))
    key = noun + squash(" ".join(w.text for w in hit.segment.words[hit.start:hit.end]))
    return any(all(stem in key for stem in entry) for entry in spec.keys)


def _continues_into_section(page: _Page, spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether the words after a label name the field's own section ("Anschrift der
    bezogenen Wohnung" for the new address), and no former one: the segment is the label."""
    if page.doc_type is None or not spec.section:
        return False
    nouns = _section_nouns(page.doc_type, spec)
    rest = [fold(w.text).strip("():,;.") for w in hit.segment.words[hit.end:]]
    return any(squash(w) in nouns for w in rest) and not any(_PREVIOUS.match(w) for w in rest)


# "Name des Vermieters / Eigentümers", "Geburtsort bzw. Staat": what follows names an
# alternative, so the whole segment is the label.
_ALTERNATIVE_LINKS = frozenset({"/", "bzw.", "oder", "od."})


def _alternative_follows(hit: LabelHit) -> bool:
    words = hit.segment.words
    if hit.end >= len(words) or words[hit.end - 1].text.endswith(":"):
        return False
    nxt = words[hit.end].text
    return nxt in _ALTERNATIVE_LINKS or (nxt.startswith("/") and len(nxt) > 3)


# A label qualified as the former one ("bisherige Anschrift", "früherer Wohnsitz") never
# leads to a field of the new address.
NEW_SECTION = "new"
_PREVIOUS = re.compile(r"^(?:bisherig|fruher|vorherig|alt|letzt|ehemalig)", re.IGNORECASE)


# Any tick box, ticked or not, as the reader writes it or a form prints it.
_BOX_MARK = re.compile(r"[☒☑✔✓✗✘■⊠●☐□○]|\[\s*[xX]?\s*\]|\(\s*[xX]?\s*\)")
# Values that may hold a street's name.
STREET_KINDS = frozenset({ValueKind.STREET, ValueKind.ADDRESS_LINE})
# Names and places begin with a capital (or a particle: "von der Heide", "de Souza"); the
# value parsers forgive a small letter because OCR confuses the case of "c", "o", "s" ….
PROPER_KINDS = frozenset({ValueKind.NAME, ValueKind.FULL_NAME, ValueKind.NAME_LIST,
                          ValueKind.PLACE, ValueKind.CITY})


def _uncapitalised(text: str) -> bool:
    """Whether a typeset text begins with a small-letter word that is no name particle."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].islower() and first.lower() not in NAME_PARTICLES
_HOUSE_NUMBER_START = re.compile(r"\d{1,4}[a-zA-Z]?\b")


def _inside_street_name(spec: FieldSpec, hit: LabelHit) -> bool:
    """A street label word in the middle of a segment, followed by a house number."""
    words = hit.segment.words
    return (spec.kind == ValueKind.STREET and not hit.first and not hit.strong
            and hit.end < len(words) and bool(_HOUSE_NUMBER_START.match(words[hit.end].text)))


# Lower-case words a wording may go on with ("Eingezogen sind", "neue Wohnung bezogen seit").
GOES_ON_MAX_WORDS = 2


def _label_goes_on(hit: LabelHit) -> bool:
    """A segment that is all label, and longer than the wording found in it: a lower-case
    word or two left over, no colon closing the wording."""
    return (not hit.segment.words[hit.end - 1].text.endswith(":")
            and _goes_on(hit.segment.words[hit.end:]))


def _goes_on(rest: tuple[Word, ...]) -> bool:
    """Whether the words after a wording still belong to the label: a lower-case word or two,
    maybe a remark in brackets closing it ("bezogen am (Ziffern)", "aus (Anschrift)"), maybe
    after a dash ("Wohnungsgeber – postalische")."""
    if rest and rest[0].text in _DASHES:
        rest = rest[1:]
    opening = next((i for i, w in enumerate(rest) if w.text.startswith("(")), None)
    if opening and rest[-1].text.endswith(")"):
        rest = rest[:opening]
    return (0 < len(rest) <= GOES_ON_MAX_WORDS
            and all(w.text.isalpha() and w.text.islower() for w in rest))


def _qualifier_cell(hit: LabelHit, inline: tuple[Word, ...]) -> bool:
    """Whether the words after a label are a qualifier: in capitals, in small letters or in
    brackets ("GESAMT", "komplett", "NEU (GEM.)", "(ERF.)"), and no digits; after a colon
    only in small letters ("Vorherige Anschrift: vollständig")."""
    if len(inline) > TAIL_MAX_WORDS or inline[0].text in _DASHES:
        return False  # "Wohnungsgeber – postalische" / "Anschrift": the label goes on
    text = " ".join(w.text for w in inline)
    if hit.segment.words[hit.end - 1].text.endswith(":"):
        return text.islower() and text.isalpha()
    return not any(ch.isdigit() for ch in text) and (
        text.isupper() or text.islower() or bool(_REMARK.fullmatch(text)))


def _word_before_whole_name(spec: FieldSpec, inline: tuple[Word, ...],
                            right: tuple[Word, ...]) -> bool:
    """Whether one word after a person's whole-name label is its qualifier, the name standing
    in the next cell ("Kontoinhaber Mandat | Marlene Neumann"): a whole name has two words
    at least."""
    return spec.kind == ValueKind.FULL_NAME and len(inline) == 1 and len(right) >= 2


def _asks_whole_address(doc_type: DocumentType, label: Label) -> bool:
    """Whether a town's wording is also a street's: it asks for the whole address."""
    key = squash(label.text)
    return any(other.kind == ValueKind.STREET and any(squash(t.text) == key for t in other.labels)
               for other in doc_type.fields)


# A word, perhaps shortened ("Zeile", "lfd.", "Pos.-"), that a "Nr." after it may number.
_NOUN = re.compile(r"[^\W\d_]{2,}[.\-]*")


# A hint how to fill a field in, never its value.
_FORMAT_HINT = re.compile(r"^\s*(?:format|beispiel|bsp\.|z\.\s?b\.)(?![a-zäöü])"
                          r"|\bTT\.?\s?MM\.?\s?JJ|\bTag\.\s?Monat\.\s?Jahr\b"
                          # ("Wohnanschrift, komplett in einer Zeile")
                          r"|^\s*(?:komplett\s+|vollständig\s+)?in\s+einer\s+Zeile\b",
                          re.IGNORECASE)


def _numbers_other_noun(page: _Page, hit: LabelHit) -> bool:
    """Whether a bare "Nr." follows a word of its cell that is no label: that word's number
    ("Zeile Nr.", "lfd. Nr.", "Vorgang Nr.")."""
    if squash(hit.label) != "nr" or hit.start == 0:
        return False
    before = hit.segment.words[hit.start - 1]
    if not _NOUN.fullmatch(before.text) or before.text in ("u.", "und"):
        return False  # "(Str., Nr., PLZ, Ort)", "Straße u. Nr.", "☒ Nr.": no noun before it
    return not ENUMERATOR.fullmatch(before.text) and not any(
        h.end == hit.start for h in page.seg_hits(hit.line, hit.seg_index))


_GENITIVE_LINKS = frozenset({"der", "des", "d.", "eines", "einer"})
# Words that may open a label in capitals but govern no genitive as a noun would.
_PREPOSITIONS = frozenset({"uber", "unter", "von", "vom", "mit", "bei", "nach", "vor", "wegen",
                           "trotz", "wahrend", "statt", "innerhalb", "ausserhalb", "in", "an",
                           "auf", "aus", "zu", "zur", "zum", "fur", "gegen", "seit", "laut",
                           "lt"})


# Articles and possessives a question's line may break after ("… Bitte den Namen oder die" /
# "Firma."): its next line is the question's own, not the answer.
_ARTICLES = frozenset({"die", "das", "der", "ein", "eine", "einen", "ihre", "ihr", "ihren"})
_SENTENCE_OPENERS = _ARTICLES | {"meine", "mein", "deine", "dein", "unsere", "unser"}
_QUESTION_WORDS = frozenset({"wie", "wo", "wer", "wann", "was", "welche", "welcher", "welches",
                             "in", "an", "seit", "ab", "von", "bei"})


def _subject_of_sentence(spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether the label's words stand in a sentence, after an article and before lower-case
    words without a colon that are no value of the field ("die Wohnung gehört mir selbst",
    not "mit der Staatsangehörigkeit von deutsch"): a statement about the thing, with no
    value of it after or under it."""
    words = hit.segment.words
    after = words[hit.end:]
    # (a question's relative clause asks for the value: "Wie heißt der Ort, in dem die")
    # (a cloze's sentence that goes on into the value, "… in der" / "Straße …", is none)
    return hit.start > 0 and words[hit.start - 1].text.lower() in _SENTENCE_OPENERS \
        and words[hit.end - 1].text.isalpha() and words[0].text.lower() not in _QUESTION_WORDS \
        and len(after) >= 2 and all(w.text[:1].islower() and w.text[-1:].isalpha()
                                    for w in after) \
        and after[-1].text.lower() not in _LEAD_WORDS | _LINE_JOINS \
        and after[-1].text.lower() not in _FINAL_VERBS \
        and parse_value(spec.kind, " ".join(w.text for w in after)) in (None, "", [])


# A clause that ends in its finite verb is subordinate, the label's own relative clause ("Tag,
# an dem der Tod eingetreten ist"), not a statement.
_FINAL_VERBS = frozenset({"ist", "sind", "war", "waren", "wurde", "wurden", "hat", "haben",
                          "wird", "werden"})


# A hint printed under a question, before its answer, is set smaller than the question.
QUESTION_HINT_RATIO = 0.85
QUESTION_HINT_MIN_WORDS = 3


def _hint_under_question(hit: LabelHit, seg: Segment, wrapped: bool = False) -> bool:
    """Whether a segment under a question is its hint ("Das steht in Ihrem Pass."), a
    sentence in smaller type than the question, or the question's run-on line."""
    if not (wrapped or is_question(hit.segment.words)) or _answers(seg.words):
        return False  # (not "Meine Antwort: Fürth", in small type but for its value)
    if _prose_sentence(seg.words):
        return True  # "Diese Nummer bekommen Sie von Ihrer Versicherung. Sie hat 7 Zeichen."
    if any(ch.isdigit() for ch in seg.text):
        return False
    last = hit.segment.words[-1].text
    if not wrapped and (_dangling(last) or last.lower() in _ARTICLES):
        return True  # "… den Namen oder die" / "Firma.": the question's own words run on
    return (len(seg.words) >= QUESTION_HINT_MIN_WORDS
            and _height(seg.words) < QUESTION_HINT_RATIO * _height(hit.segment.words))


def _answers(words: tuple[Word, ...]) -> bool:
    """Whether words open with an answer's lead-in ("Meine Antwort:", "Antwort hier:")."""
    return len(_after_answer_lead(words)) < len(words)


# "Das ist die Antwort:"
ANSWER_LEAD_MAX_WORDS = 4


#: A sentence of running text has at least this many words opening in small letters.
PROSE_MIN_SMALL_WORDS = 2


def _prose_sentence(words: tuple[Word, ...]) -> bool:
    """Whether words are running text closed by a full stop or an exclamation mark (a hint,
    however its type is set), not a value."""
    return (len(words) >= QUESTION_HINT_MIN_WORDS and words[-1].text.endswith((".", "!"))
            and sum(w.text[:1].islower() for w in words) >= PROSE_MIN_SMALL_WORDS)


def _governed(hit: LabelHit) -> bool:
    """Whether a wording inside its segment is a genitive the noun before it governs
    ("Straße u. Nr. d. neuen Whg."): the label is the whole segment."""
    return _governing_noun(hit) is not None


def _governing_noun(hit: LabelHit) -> str | None:
    """The noun (squashed) whose genitive a wording inside its segment is: "nr" in "Straße
    u. Nr. d. neuen Whg.", "eigent" in "Eigent. d. Whg."."""
    before = hit.segment.words[:hit.start]
    i = len(before) - 1
    while i > 0 and before[i].text[:1].islower() and fold(before[i].text) not in _GENITIVE_LINKS:
        i -= 1  # an adjective between article and noun ("neuen")
    if i > 0 and fold(before[i].text) in _GENITIVE_LINKS and before[i - 1].text[:1].isupper() \
            and squash(before[i - 1].text) not in _PREPOSITIONS \
            and not before[i - 1].text.endswith((",", ";")):
        # a noun ("unter der Anschrift" is a preposition's; "Renate Bauer, der Vater" no
        # genitive)
        return squash(before[i - 1].text)
    # plain language says the genitive with "von": "Name von dem Ort", "Nummer vom Auto"
    links = [fold(w.text) for w in before[-2:]]
    j = len(before) - (2 if links[-1:] == ["vom"] else 3 if links in (["von", "dem"],
                                                                    ["von", "der"]) else 99)
    if j >= 0 and before[j].text[:1].isupper() and squash(before[j].text) not in _PREPOSITIONS:
        return squash(before[j].text)
    return None


def _told_of(page: _Page, hit: LabelHit) -> bool:
    """Whether a wording is the subject of a question's hint that tells something of it
    ("Die Adresse steht auch auf dem Brief-Kasten." under "Wie ist Ihre neue Adresse?"), not
    a label its value follows."""
    words = hit.segment.words
    if not (hit.start and not hit.strong and hit.end < len(words) and _prose_sentence(words)
            and words[hit.end].text[:1].islower()
            and words[hit.end].text.lower() not in _SENTENCE_VERBS
            and not words[hit.end - 1].text.endswith(":")) or hit.line.index == 0:
        return False
    above = page.lines[hit.line.index - 1]
    return above.page == hit.line.page and any(
        is_question(_without_enumerator(seg.words)) for seg in above.segments)


# An address's parts by the nouns that ask for them.
_PART_NOUNS = {"ort": ValueKind.CITY, "stadt": ValueKind.CITY, "gemeinde": ValueKind.CITY,
               "nr": ValueKind.HOUSE_NUMBER, "nummer": ValueKind.HOUSE_NUMBER,
               "hausnummer": ValueKind.HOUSE_NUMBER, "plz": ValueKind.POSTAL_CODE,
               "postleitzahl": ValueKind.POSTAL_CODE, "strasse": ValueKind.STREET}


def _governed_by_other_part(spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a wording of an address part is the genitive of a noun that asks for another
    part ("Ort von der Wohnung" asks the town, "Nr. d. Whg." the number)."""
    if spec.kind not in _RESIDENCE_KINDS:
        return False
    kind = _PART_NOUNS.get(_governing_noun(hit) or "")
    # (unless the label names this part too, "Ort der Wohnung (PLZ)", or names a block of
    # parts: "Straße und Hausnummer der gemeldeten Wohnung")
    named = {_PART_NOUNS.get(squash(w.text))
             for w in _after_item_number(hit.segment.words)} - {None}
    return kind is not None and kind != spec.kind and spec.kind not in named \
        and len(named) < 2


# Nouns that only ask for a property of what their genitive names ("Nr. der eVB", "Name der
# Mutter", "Anschrift der neuen Wohnung"): the genitive says which fact.
_PROPERTY_NOUNS = frozenset({"nr", "nummer", "name", "namen", "datum", "tag", "ort",
                             "anschrift", "adresse", "art", "angabe", "angaben",
                             "bezeichnung"})


PROPERTY_SUFFIX_MIN_CHARS = 5
# A letter's close says who sends it ("Mit besten Grüßen vom Vermieter" over his name):
# the greeting is the party's, no other fact of it.
_GREETINGS = frozenset({"gruss", "grusse", "grussen"})
_RESIDENCE_KINDS = frozenset({ValueKind.CITY, ValueKind.STREET, ValueKind.POSTAL_CODE,
                              ValueKind.HOUSE_NUMBER})


def _names_owner(page: _Page, spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a wording is the genitive of a noun that names another fact ("Eigent. d.
    Whg.": the owner of the dwelling, not its street); a noun that asks for a property of
    it, or is the field's own label, does not."""
    noun = _governing_noun(hit)
    if noun is None or noun in _PROPERTY_NOUNS or noun in _GREETINGS or any(
            noun.endswith(p) for p in _PROPERTY_NOUNS if len(p) >= PROPERTY_SUFFIX_MIN_CHARS):
        return False  # (its compounds too: "Lagebezeichnung der Wohnung", "Postanschrift")
    own = {label.text for label in spec.labels}
    return not any(h.label in own and h.end <= hit.start
                   for h in page.seg_hits(hit.line, hit.seg_index))


def _valid_iban(text: str) -> bool:
    return bool(stdnum_iban.is_valid(parse_value(ValueKind.IBAN, text) or ""))


def _key_names_previous(label: Label, hit: LabelHit) -> bool:
    """Whether a key read by its stems names the previous dwelling in a word before the
    part's ("bisherige Anschrift in einer Zeile (Straße Nr., PLZ Ort):")."""
    return label.text.startswith("<") and any(
        _PREVIOUS.match(fold(w.text).strip("():,;.")) for w in hit.segment.words[hit.start:hit.end])


def _names_previous(hit: LabelHit) -> bool:
    """Whether the label's phrase names the previous dwelling before it ("bisherige
    Straße", "bisherige Anschrift in einer Zeile (Straße Nr., PLZ Ort):")."""
    for w in reversed(hit.segment.words[:hit.start]):
        if w.text.endswith(":"):
            return False
        if _PREVIOUS.match(fold(w.text).lstrip("(")):
            return True
    return False


def _candidates_for_hit(
    page: _Page, spec: FieldSpec, label: Label, hit: LabelHit, rank: int
) -> Iterator[_Candidate]:
    weight = hit.score * max(LABEL_RANK_FLOOR, 1.0 - LABEL_RANK_STEP * rank)
    if not hit.strong:
        weight *= PRIOR_WEAK_LABEL
    # (whose section the label stands in, reckoned once for its weight and its evidence)
    placed = _section_prior(page, spec, hit) * _party_prior(page, hit)
    weight *= placed
    evidence = hit.score * (1.0 if hit.strong else PRIOR_WEAK_LABEL) * placed
    if spec.section == NEW_SECTION and (_names_previous(hit) or _names_previous_tail(hit)
                                        or _key_names_previous(label, hit)):
        return  # "bisheriger Wohnsitz" is not where the person moves to
    if spec.kind in _RESIDENCE_KINDS and (
            "geburt" in _continuation_key(page, hit)
            or "geburt" in squash(" ".join(w.text for w in hit.segment.words[hit.start:hit.end]))
            or "geboren" in _head_over_remark(page, hit) + _asked(hit.segment.words)):
        return  # "Gemeinde oder Ort, in dem die" / "Geburt stattfand": the birth's place;
        # "Geburtsort/Ort der Geburt"; "geboren in" over "(Gemeinde, ggf. Staat)"
    if _inside_street_name(spec, hit):
        return  # "Höntroper Straße 105c": the street's own "Straße", not a label
    if _subject_of_sentence(spec, hit):
        return  # "Ja, die Wohnung gehört mir selbst": a sentence about the dwelling
    if spec.kind != ValueKind.IBAN and _names_owner(page, spec, hit):
        return  # "Eigent. d. Whg.": the dwelling's owner, not its street (an IBAN tells
        # itself by its check digits: "bucht die Kfz-Steuer von der IBAN DE02 …")
    if spec.kind == ValueKind.IBAN and _OFFICE_ACCOUNT.search(
            " ".join(w.text for w in hit.segment.words[:hit.end])):
        return  # "Stadtkasse Dortmund · IBAN DE18 …": the office's own account
    if _numbers_other_noun(page, hit):
        return  # "Zeile Nr.", "lfd. Nr.": a row's number, not the house's
    if _governed_by_other_part(spec, hit):
        return  # "Ort von der Wohnung": the dwelling's town, not its street
    if spec.kind in CHOICE_KINDS and parse_value(spec.kind, label.text) is None \
            and parse_value(spec.kind,
                            " ".join(w.text for w in hit.segment.words[:hit.end])) is not None \
            and not (is_question(hit.segment.words)
                     or _wrapped_question(page, hit.line, hit.seg_index)):
        return  # "Anderer Zweck": one of the options, whose words hold the label's (a
        # question may name them: "Sind Sie eine Frau oder ein Mann?")
    if spec.kind in CHOICE_KINDS and hit.start \
            and hit.segment.words[hit.start - 1].text in _BOX_GLYPHS:
        return  # "☒ Hauptwohnung – … ☐ Nebenwohnung – zusätzlich genutzte Wohnung": an
        # option beside its box, read with the page's ticked options, is no label
    if spec.kind in _OTHER_OPTION and is_question(hit.segment.words) \
            and parse_value(spec.kind, label.text) is not None \
            and _ticked_no(page.line_rest(hit), *page.lines_under(hit, 1)):
        return  # "Ist diese Wohnung Ihre Hauptwohnung? ☐ ja ☒ nein" names the option it
        # denies (the ticked answer is read with the page's ticked options)
    if page.doc_type is not None and _head_names_other(page.doc_type, spec, hit):
        return  # "Sitz/Anschrift Wohnungsgeber:": the landlord's address, not his name
    if page.doc_type is not None and is_question(hit.segment.words) \
            and _asks_other(page.doc_type, spec, page.segment_key(hit.line, hit.seg_index)
                            + _asked(hit.segment.words),
                            squash(" ".join(w.text for w in hit.segment.words[hit.start:hit.end]))):
        return  # "In welchem Ort sind Sie geboren?" asks the place of birth, not the town
    if page.doc_type is not None and hit.start and _names_other_person(
            page.doc_type, spec, squash(" ".join(w.text for w in hit.segment.words[:hit.end]))):
        return  # "Kindesvater – Vor- u. Nachname": the father's name, not the child's
    if page.doc_type is not None and spec.kind == ValueKind.NAME and not hit.start:
        head = _wrapped_label_head(page, hit)
        if head and _names_other_person(page.doc_type, spec, squash(
                head + " " + " ".join(w.text for w in hit.segment.words[:hit.end]))):
            return  # "Vater des Kindes mit Vornamen und" / "Familiennamen": the father's
    if page.doc_type is not None and spec.kind == ValueKind.NAME and any(
            _names_other_person(page.doc_type, spec, squash(
                " ".join(w.text for w in hit.segment.words[hit.start:o.end])))
            for o in page.all_seg_hits.get((hit.line.index, hit.seg_index), ())
            if o.start == hit.end):
        return  # "Vorname Name der Mutter": one label, the mother's, not the child's
    # a label that goes on after its wording and into the next line ("Wohnungsgeber –
    # postalische" / "Anschrift") is read whole
    rest = hit.segment.words[hit.end:]
    wrapped = squash(" ".join(w.text for w in rest)) \
        + _wrapped_label_rest(page, hit.line, hit.seg_index) \
        if (not rest or _goes_on(rest)) and _adjective(hit.segment.words[-1].text) else ""
    if page.doc_type is not None and _tail_names_other(page.doc_type, spec, hit,
                                                        _other_label_words(), wrapped):
        return  # "Ort und Staat der Geburt" is no town's label
    if _dates_other_noun(spec, hit) or _issues_other_document(spec, hit):
        return  # "Datum Ehe" in a header cell: the marriage's date, not the certificate's;
        # "Kt. ausgestellt": when the index card was made out
    if page.doc_type is not None and _header_remark_names_other(page, spec, hit):
        return  # "DATUM" over "(GEB.)": the date of birth's column, not the issue date's
    inline = page.inline(hit)
    # (a value printed before its label: what follows the label is its qualifier)
    # (but a value after the label comes first: "Standesamt Bochum")
    before = () if not page.values_before or _value_follows_label(hit) \
        else _value_before(hit) or _value_left(page, hit)
    if before and hit.seg_index and before[0] in hit.line.segments[hit.seg_index - 1].words \
            and page.under_other_label(hit.line.segments[hit.seg_index - 1], hit) \
            and page.below(hit, 1):
        before = ()  # another screen's value, under its own label
    if before:
        inline = ()
    # (a choice is read from its whole row of options)
    blank = _blank_after(hit) if spec.kind not in CHOICE_KINDS else ()
    inline = _after_composite_label(page, hit, inline)
    if _relative_after_comma(hit, inline) or _qualifier_after_comma(hit, inline):
        inline = ()  # "Ort, in den gezogen": the clause says which place; the value follows
        # ("Straßenname, so wie im Miet-" / "vertrag": the clause says whence)
    if _continues_label(hit, inline):
        if blank:
            inline = blank  # "Staatsangehörigkeit von | deutsch": a sentence, then its blank
        elif not (_inverted_compound(spec, hit) or _continues_into_section(page, spec, hit)
                  or len(label.text.split()) >= SPECIFIC_LABEL_WORDS):
            return  # "Name der Bank": a longer label this field's wording only begins
        # ("Tag des Einzugs in die nun bezogene Wohnung" says no more than its start)
        else:
            inline = ()  # "Nr. des Hauses" is the Hausnummer's label throughout
    elif blank and inline and any(w is blank[0] for w in inline) \
            and (inline[0] is not blank[0] or len(blank) < len(inline)):
        # (within the value's clause: "Mansour – Vornamen (nach …" is cut at its dash)
        inline = blank  # "Zuname lautend auf | Overbeck": the words before the blank lead in
    if _alternative_follows(hit) and not any(w.text.endswith(":") for w in inline):
        inline = ()
    if inline and _told_of(page, hit):
        inline = ()  # "Die Adresse steht auch auf dem Brief-Kasten.": a hint tells of it
    inline = _value_inline(inline)
    if inline and len(inline) <= 2 and all(w.text in _LEAD_WORDS for w in inline):
        inline = ()  # "Zuzug von": the label's last small word, the value under it
    if inline and _header_row(hit):
        inline = ()  # "ORT GEB." in a row of headers in capitals: the header's rest
    if page.is_caption(inline) and spec.kind not in HEADING_KINDS \
            and not (spec.kind in _CODED_KINDS and _parses(spec, _texts([inline]))):
        inline = ()  # the rest of a caption label ("Postanschrift Vermieter/in"), not a
        # code set as small ("Registernummer – in Ziffern – G 80/2007")
    if inline and page.values_above and hit.segment.words[hit.end - 1].text.endswith(",") \
            and len(inline) <= COMMA_TAIL_MAX_WORDS and page.above(hit):
        inline = ()  # "Geb.-Ort, Staat" under its value: the caption's rest
    # Beside a column header stands the next header, not a value.
    right = () if _header_row(hit) or _aligned_header_row(page, hit) else page.right(hit)
    right_seg = page.right_segment(hit) if right else None
    if right_seg is not None and page.under_other_label(right_seg, hit) and page.below(hit, 1):
        right, right_seg = (), None  # another screen's value, under its own label (the
        # label's screen sets its values under its labels)
    if spec.kind == ValueKind.IBAN and right and right_seg is not None \
            and not _valid_iban(_texts([right])):
        rest = page.wrapped_in_cell(hit, right_seg)
        if rest and _valid_iban(_texts([right, rest])):
            right = (*right, *rest)  # its cell wrapped it, flush left or right
    if inline and right and spec.kind not in CHOICE_KINDS and (
            _qualifier_cell(hit, inline) or _word_before_whole_name(spec, inline, right)) \
            and parse_value(spec.kind, " ".join(w.text for w in right)) not in (None, "", []):
        # "VORNAME(N) GESAMT | Gerd": the label cell's qualifier, then the value
        inline = ()
    # A value right of the label that stands in a column of other labels belongs to the
    # neighbouring field of a two-column form; it must not shadow the value below.
    far_right = right_seg is not None and page.in_label_column(right_seg, hit)
    block = spec.kind in BLOCK_KINDS
    # (a town or postal code under a label of the whole address stands on its second line)
    town_line = spec.kind in (ValueKind.POSTAL_CODE, ValueKind.CITY) \
        and page.doc_type is not None and _asks_whole_address(page.doc_type, label)
    below = page.below(hit, MAX_BLOCK_LINES if block or spec.kind in CHOICE_KINDS
                       else ADDRESS_LINES if town_line else 1)
    if spec.kind == ValueKind.NAME_LIST and any(
            _PERSON_CAPTION.search(" ".join(w.text for w in row)) for row in below):
        below = page.below(hit, MAX_LIST_LINES)  # a caption over each name: "Person Nummer 1"
    if inline and below and page.capital_keys and hit.first and _capital_qualifier(inline) \
            and parse_value(spec.kind, " ".join(w.text for w in below[0])) not in (None, "", []):
        inline = ()  # "NAME KUNDE/IN" over "Sultani": a key's qualifier, its value below
    places: list[tuple[list[tuple[Word, ...]], float]] = []
    # Over a caption stands its value; on a page of such captions the text right of one is
    # the next caption (maybe one no list names), not its value.
    # (Nor is text right of one that is no value of its kind: "Straßenname | 76" in a
    # mosaic of caption boxes, the 76 under the next caption.)
    above = page.above(hit) if not inline and (
        not right or page.values_above
        or parse_value(spec.kind, _part(_texts([_without_empty_box(right)]), label))
        in (None, "", [])
    ) else ()
    if not above and not inline and spec.kind not in CHOICE_KINDS:
        above = page.blank_above(hit)
    if above and spec.kind not in CHOICE_KINDS:  # a choice is read from its whole row below
        places.append(([above], PRIOR_BELOW))
        stacked = page.names_in_column(hit, above, -1) \
            if spec.kind == ValueKind.NAME_LIST and page.values_above else []
        if stacked:
            places.append((stacked, PRIOR_BELOW))
    if inline:
        places.append(([inline], PRIOR_INLINE))
    elif before:
        places.append(([before], PRIOR_BEFORE))
    elif not right:
        line_end = page.line_end_value(hit)
        if line_end:
            places.append(([line_end], PRIOR_INLINE))
    if not inline:
        # (what stands right of the label may be another screen's or column's)
        lead = page.beside_lead(hit)
        if lead:
            places.append(([lead], PRIOR_RIGHT))
    if right and spec.kind in CHOICE_KINDS and (
            _TICK_MARK.search(" ".join(w.text for w in page.line_rest(hit)))
            or (_BOX_MARK.match(right[0].text) and any(
                _TICK_MARK.match(row[0].text) for row in page.lines_under(hit, CHOICE_MAX_LINES)
                if row and abs(row[0].x0 - right[0].x0) <= max(hit.height, 1.0)))):
        right = ()  # the options' row has a ticked box, or the options listed under the first
        # one: the first option alone is no answer
    # The next segment may be the label's translation ("Familienname | Soyadı (…) |
    # Bondarenko"): when it is no value, the one after it may be, unless a label starts it.
    beyond = page.beyond_right(right_seg, hit) \
        if right_seg is not None and spec.kind not in CHOICE_KINDS and not _parses(
            spec, _part(_texts([right]), label)) else ()
    if beyond:
        places.append(([beyond], PRIOR_RIGHT * PRIOR_SHADOWED))
        if spec.kind not in PROPER_KINDS:
            # a code OCR split at a wide space ("DO-XF | 31"), read whole
            places.append(([right + beyond], PRIOR_RIGHT * PRIOR_SHADOWED * PRIOR_PIECES))
    if right:
        places.append(([right], PRIOR_RIGHT * (PRIOR_SHADOWED if inline or above else 1.0)
                       * (PRIOR_LABEL_COLUMN if far_right else 1.0)))
    if spec.kind == ValueKind.FULL_NAME:
        parts = _name_in_parts(page, hit)
        if parts:
            places.append(([parts], PRIOR_BELOW))
    if spec.kind == ValueKind.IBAN and below and not _valid_iban(_texts(below[:1])):
        # an IBAN its cell wrapped ("DE70 5001 0517 9797 7637" / "80"): its check digits say
        # that the next line ends it
        two = page.below(hit, 2)
        if len(two) == 2 and _valid_iban(_texts(two)):
            below = [(*two[0], *two[1])]
    shadow = PRIOR_SHADOWED if (inline or above or before or (right and not far_right)) \
        else 1.0
    # A choice is read from its whole rows of options: one option below may be an unticked one.
    below_n = 0 if spec.kind in CHOICE_KINDS else len(below) if block or town_line \
        else min(1, len(below))
    # (a value its narrow cell wrapped goes on in the lines under it)
    wrapped_rows = page.wrapped_rest(below[0], _cell_right(hit)) \
        if below_n == 1 and not block and spec.kind not in CHOICE_KINDS \
        and spec.kind != ValueKind.IBAN else []
    for n in range(1, below_n + 1):
        places.append((below[:n],
                       PRIOR_BELOW * shadow * (PRIOR_PIECES if wrapped_rows else 1.0)))
    if wrapped_rows:
        places.append(([_joined_rows([below[0], *wrapped_rows])], PRIOR_BELOW * shadow))
    if below_n and not block:
        # A cell bounded by the next label may hold its value in pieces (a register number's
        # letter and number in comb fields of their own: "G | 841/2000").
        whole = page.below(hit, 1, whole_cell=True)
        if whole and whole[0] != below[0]:
            places.append((whole[:1], PRIOR_BELOW * shadow * PRIOR_PIECES))
    if spec.kind not in CHOICE_KINDS:
        cell = _header_cell(page, hit)
        if cell and not (below and below[0] == cell):
            places.append(([cell], PRIOR_BELOW * shadow))
    if inline and below and block:
        for n in range(1, len(below) + 1):
            places.append(([inline, *below[:n]], PRIOR_INLINE * 0.98))
    if right and right_seg is not None and (
            block or spec.kind == ValueKind.NAME_LIST
            or (spec.kind == ValueKind.DATE and not _parses(spec, _texts([right])))
            or right[-1].text.lower() in _LINE_JOINS):
        # (a date written out in words wraps: "sechsundzwanzigster November" / "eintausend…";
        # any value whose line ends in a joining word goes on: "An der" / "Jahrhunderthalle")
        more = page.right_continuation(hit, right_seg)
        for n in range(1, len(more) + 1):
            places.append(([right, *more[:n]], PRIOR_RIGHT * 0.98
                           * (PRIOR_LABEL_COLUMN if far_right else 1.0)))
    if spec.kind == ValueKind.NAME_LIST:
        column = page.right_column(hit)
        if column:
            places.append((column, PRIOR_RIGHT))
        across = page.names_across(hit)
        if across:
            places.append((across, PRIOR_BELOW))
        stacked = page.names_in_column(hit, below[0], 1) if below else []
        if stacked:
            places.append((stacked, PRIOR_BELOW))
    if spec.kind in CHOICE_KINDS:
        rows = [page.line_rest(hit), *page.lines_under(hit, CHOICE_MAX_LINES)]
        if above:
            rows = [page.line_rest(hit), page.row_above(hit, above)]
        rows = merge_stray_marks(rows)
        places.append(([r for r in rows if r], PRIOR_INLINE))
        under = rows[1] if len(rows) > 1 else ()
        # (not the first of the options listed one a line, the chosen one marked elsewhere)
        if below and not inline and not _BOX_MARK.search(" ".join(w.text for w in under)) \
                and sum(1 for r in rows[1:] if parse_value(spec.kind, _texts([r]))) < 2:
            # A choice written out ("W", "weiblich") in the cell under its label, with the
            # next labels below it; not a first option beside its (maybe empty) box.
            places.append((below[:1], PRIOR_BELOW * shadow))
    # Nothing beside or under a label alone on its line, and one run of words on the next
    # line, set off to the right: a value typed carelessly (an overlay, a typewriter).
    # Geometry alone ties it to the label, so its confidence says a person should look.
    offset_at = len(places)
    if not (inline or right or below or above) and spec.kind not in CHOICE_KINDS:
        offset = page.offset_below(hit)
        if offset:
            places.append(([offset], PRIOR_BELOW * PRIOR_SHADOWED))
            under = page.offset_continuation(hit, offset) if block or town_line else ()
            if under:  # an address on two lines ("Kortumstraße 121" / "45525 Hattingen")
                places.append(([offset, under], PRIOR_BELOW * PRIOR_SHADOWED))
    for at, (rows, prior) in enumerate(places):
        if page.ocr:
            rows = [_without_pen_tick(r) for r in rows]
        if spec.kind not in CHOICE_KINDS:
            rows = [_without_empty_box(r) for r in rows]
        joined = _texts(rows)
        text = _alternative_part(spec, hit, _part(joined, label))
        if not text.strip() or _label_words(text, page.label_keys):
            continue
        broken = False
        if _BROKEN_WORD.search(text.rstrip()):
            # "… 49078 Osna-": a word the line's end broke, its rest below, yields to the
            # value read whole (or to noise OCR read as a hyphen: "Standesamt Herne-"); but a
            # run-in value ends at its clause's separator ("A05155134 – Angabe der Pass-")
            if len(rows) == 1 and any(place and rows[0][:1] == place[:1]
                                      for place in (inline, right)):
                text = _CLAUSE_SEPARATOR.split(text, maxsplit=1)[0]
            broken = _BROKEN_WORD.search(text.rstrip()) is not None
        if spec.kind in PROPER_KINDS and all(fold(w) in _FUNCTION_WORDS for w in text.split()):
            continue  # "ÜBER DEN" after a title's word: small words are no name
        if not spec.required and spec.kind not in CHOICE_KINDS \
                and _NOT_GIVEN_MARK.fullmatch(text.strip()):
            # "– nicht belegt –", "entfällt": the form says there is none; no weaker label
            # elsewhere ("frühere Namen") gives one
            words = tuple(w for r in rows for w in r)
            yield _Candidate(spec.name, NOT_GIVEN, words, weight * prior, hit, evidence)
            continue
        if text.count(")") > text.count("("):
            continue  # the tail of a remark ("Geburtsort (Gemeinde, Staat)"), not a value
        if text.rstrip().endswith(":") and spec.kind not in CHOICE_KINDS:
            continue  # "Vermietende Person / Firma:": a label its colon closes
        if rows and len(rows[0]) > 1 and rows[0][-1].text == "*" \
                and spec.kind not in CHOICE_KINDS:
            continue  # "Geburt *": a label's last line, marked as required
        if _STEP_COUNTER.match(text.strip()) or _PAGE_COUNTER.search(text):
            continue  # "Schritt 2 von 3", "Seite 1 von 2", "Bescheid, Blatt 1 von 1": where
            # the reader is, no value
        if spec.kind not in CHOICE_KINDS and _FORMAT_HINT.search(text):
            continue  # "Format: Tag.Monat.Jahr", "TT.MM.JJJJ": how to fill the field in
        if page.doc_type is not None and _reads_as_label(page.doc_type, spec, text):
            continue  # "Rolle des Wohnungsgebers": the next label, worded in no list
        if spec.kind not in CHOICE_KINDS and names_only_options(text):
            continue  # "☐ Hauptwohnung ☒ Nebenwohnung" under "Nutzung der neuen Wohnung"
        if not page.ocr and spec.kind in PROPER_KINDS and _uncapitalised(text):
            continue  # "Vornamen, wie im Ausweis": a remark, which OCR's case errors excuse
        if (spec.kind not in CHOICE_KINDS and _form_talk(text)) or (
                spec.kind in PROPER_KINDS and (_source_remark(text)
                                               or squash(text) in _SOURCE_OBJECTS)):
            continue  # "Vornamen – Ihre Eingabe", "Wie im Identitätsdokument" (OCR's
            # capital W): what the form says of the answer, not one
        if spec.kind == ValueKind.CITY and page.doc_type is not None \
                and _asks_whole_address(page.doc_type, label) and not POSTAL_CODE_RE.search(joined):
            continue  # under "Anschrift" a town comes with its postal code ("Block B – …")
        value = parse_value(spec.kind, text)
        beside = len(rows) == 1 and any(place and rows[0][:1] == place[:1]
                                        for place in (inline, right))
        if value in (None, "", []) and spec.kind not in CHOICE_KINDS and beside:
            # a run-in value up to the separator before the next clause ("A05155134 –
            # Angabe der Pass-"), whose label the line's end broke (not a gloss's line
            # under a label: "Geboortenaam • Nom de naissance")
            head, *tail = _CLAUSE_SEPARATOR.split(text, maxsplit=1)
            if tail and head.strip() and tail[0][:1].isupper():  # (not "– so stehe ich …")
                value, text = parse_value(spec.kind, head), head
        if value is None or value == "" or value == []:
            continue
        if page.doc_type is not None and isinstance(value, str) \
                and _reads_as_label(page.doc_type, spec, value):
            continue
        # A register's letter read as a digit and put back is a guess for the clerk.
        repaired = (spec.kind == ValueKind.REGISTER_NUMBER and isinstance(value, str)
                    and value[0] not in text) or (
            spec.kind == ValueKind.DATE and boxed_date_with_walls_read_as_digits(text) is not None)
        if page.ocr and spec.kind == ValueKind.VIN:
            value = repair_ocr_vin(value)
        if page.ocr and spec.kind in STREET_KINDS and isinstance(value, str):
            value = repair_ocr_street(value)
        if spec.kind == ValueKind.NAME_LIST:
            # A heading or label below a list ("Angaben zur Wohnung") is not a person, nor
            # is the list's own label under a heading ("Einziehende Bewohner").
            value = [n for n in value if squash(n) not in page.label_keys and not _form_talk(n)
                     and not any(squash(w) in _NAME_WORDS for w in n.split())
                     and not (page.doc_type and _reads_as_label(page.doc_type, spec, n))
                     and not any(all(stem in squash(n) for stem in entry)
                                 for entry in spec.keys)]
            if not value:
                continue
        words = tuple(w for r in rows for w in r)
        if spec.kind in CHOICE_KINDS:
            # A choice claims only the words of the option chosen, not the whole group.
            keys = option_words(spec.kind, value)
            named = tuple(w for w in words if any(k[:6] in fold(w.text) for k in keys))
            words = named or words
        score = weight * prior * (0.5 + 0.5 * _mean_conf(words))
        confidence = evidence * _min_conf(_claimed(words, value))
        if hit.label.startswith("<"):
            # A label recognised only by its word stems is a wording nobody listed: a good
            # guess for the clerk, not enough to route on.
            confidence = min(confidence, STEM_LABEL_CONFIDENCE)
        if repaired:
            confidence = min(confidence, REPAIRED_CONFIDENCE)
        if at >= offset_at:
            confidence = min(confidence, OFFSET_CONFIDENCE)
        if (page.caption_cut is not None and spec.kind not in CHOICE_KINDS | HEADING_KINDS
                and _height(words) < page.caption_cut):
            score *= CAPTION_PENALTY
            confidence *= CAPTION_CONFIDENCE
        if spec.kind in SHORT_KINDS and len(text.split()) > SHORT_VALUE_WORDS:
            score *= LONG_VALUE_PENALTY
        if spec.kind == ValueKind.DATE and _TIME_OF_DAY.search(text):
            score *= TIMESTAMP_PENALTY  # "Erstellt am 17.09.2026, 16:11 Uhr": a printout's stamp
        if spec.kind == ValueKind.DATE and squash(hit.label) == "datum" \
                and page.in_letter_info_block(hit):
            score *= TIMESTAMP_PENALTY  # "Aktenzeichen: … / Datum: 19.10.2026": the letter's
        if spec.kind == ValueKind.NAME_LIST:
            score *= 1.0 + 0.05 * len(value)
        elif spec.kind == ValueKind.ADDRESS_LINE and POSTAL_CODE_RE.search(str(value)):
            score *= ADDRESS_WITH_TOWN  # an address line is whole with its postal code and town
        elif len(rows) > 1:
            # Prefer the shortest block that yields the value.
            score *= 0.97 ** (len(rows) - 1)
        if broken:
            score *= BROKEN_WORD_PENALTY
        yield _Candidate(spec.name, value, words, score, hit, confidence)


# Words a form uses about its own fields ("Ihre Eingabe", "Auswahl", "Pflichtfeld"): no
# name or place consists of them alone.
_FORM_TALK = frozenset({"eingabe", "eingaben", "auswahl", "angabe", "angaben", "pflichtfeld",
                        "pflichtangabe", "optional", "freiwillig", "bitte", "hier", "ihre",
                        "ihr", "ihren", "ihrer", "meine", "mein", "antwort", "wert",
                        # a page's links about its entries ("Zurück zur Eingabe")
                        "zuruck", "zur", "zum", "weiter", "korrigieren", "andern",
                        "bearbeiten", "ubersicht", "zusammenfassung",
                        # where a label printer's sticker goes ("Vornamen – Etikett")
                        "etikett", "etiketten", "aufkleber", "klebefeld", "klebeetikett",
                        # a title's "… in Leichter Sprache", "in einfacher Sprache"
                        "leichte", "leichter", "einfache", "einfacher", "sprache"})


# What a value is taken from, standing alone where a label wrapped after its source word
# ("sämtliche Vornamen lt." over "Eintrag"): never a name or a place.
_SOURCE_OBJECTS = frozenset({"eintrag", "unterlage", "unterlagen", "urkunde", "ausweis",
                             "register", "registereintrag", "nachweis", "dokument",
                             "personalausweis", "reisepass", "ausweisdokument"})


def _source_remark(text: str) -> bool:
    """Whether a text opens like a remark on where a value comes from ("wie im Pass",
    "laut Register"), in any case."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in _SOURCE_WORDS and len(text.split()) > 1


def _parses(spec: FieldSpec, text: str) -> bool:
    """Whether a text is a value of the field's kind (a proper name's with a capital)."""
    if spec.kind in PROPER_KINDS and (_uncapitalised(text) or "(" in text):
        return False
    return parse_value(spec.kind, text) not in (None, "", [])


def _form_talk(text: str) -> bool:
    words = [fold(w.strip(".,:;()–-")) for w in text.split()]
    return bool(words) and all(w in _FORM_TALK for w in words if w)


_PAGE_COUNTER = re.compile(r"\b(?:Seite|Blatt|Page)\s+\d{1,2}\s+(?:von|of)\s+\d{1,2}\b",
                           re.IGNORECASE)
_STEP_COUNTER = re.compile(r"^(?:[^\W\d_]+\.?\s+\d{1,2}\s+(?:von|of)\b"
                           r"|(?:seite|blatt|page|s\.)\s*\d{1,2}\s*/\s*\d{1,2}\b)",
                           re.IGNORECASE)


# A date with a time of day is when a printout was made or a form sent, not a date the
# document states.
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
TIMESTAMP_PENALTY = 0.8


_COMPANY = re.compile(r"\b(?:GmbH|mbH|eG|KG|AG|GbR|OHG|e\.\s?V\.|UG|SE)\b")


# Words of section headings ("IHRE PERSÖNLICHEN DATEN", "B Angaben zur Wohnung"): no value
# holds them.
_HEADING_WORDS = frozenset({"angaben", "daten", "ihre", "ihr", "personlichen", "abschnitt"})


def _label_not_value(doc_type: DocumentType, text: str, wordings: set[str]) -> bool:
    """Whether ``text`` holds the stems of some fields' labels (or is one of ``wordings``,
    the labels found on it) and is the value of none of those fields ("Diese Person zieht
    bei dir ein", unlike "Standesamt Mülheim" or an option, "Hauptwohnung")."""
    key = squash(text)
    named = [spec for spec in doc_type.fields
             if any(all(stem in key for stem in entry) for entry in spec.keys)
             or any(label.text in wordings for label in spec.labels)]
    return bool(named) and all(parse_value(spec.kind, text) in (None, "", []) for spec in named)


def _names_field(doc_type: DocumentType, key: str, which: Callable[[FieldSpec], bool]) -> bool:
    """Whether the squashed ``key`` holds every stem of one of the stem entries of a field
    ``which`` accepts."""
    return any(all(stem in key for stem in entry)
               for spec in doc_type.fields if which(spec) for entry in spec.keys)


def _reads_as_label(doc_type: DocumentType, spec: FieldSpec, text: str) -> bool:
    """A short text without digits that holds every stem of another field's label, or the
    words of a section heading, or one word that is a label of the type (a label's own
    explanation "Straßenname, wie in der Anschrift" ends in one)."""
    if spec.kind in HEADING_KINDS or spec.kind in CHOICE_KINDS:
        return False
    words = text.split()
    if len(words) > 1 and ENUMERATOR.fullmatch(words[0]) and words[1][:1].isalpha():
        # the next field's number and label ("15 vorletzte Anschrift (Ausland)")
        words = words[1:]
        text = " ".join(words)
    if any(squash(w) in _HEADING_WORDS for w in words):
        return True
    if all(squash(w) in _SECTION_QUALIFIERS for w in words):
        return True  # "Ort_Neu_Whg": the label's own qualifier, the new dwelling's
    if all(squash(w) in _VALUE_COLUMN_WORDS for w in words):
        return True  # "feld_name | Inhalt (Zelle)": the header of a sheet's value column
    if len(words) == 1 and squash(text) in _EVENT_NOUNS:
        return True  # "Name_Geburt": the event a label's name is of, no name itself
    if 1 < len(words) <= WRAPPED_LABEL_MAX_WORDS and "," not in text \
            and words[-1] in _OPEN_ENDS:
        return True  # a label's first line, going on in the next ("Ort der" / "Geburt")
    if len(words) > KEYWORD_MAX_WORDS or any(ch.isdigit() for ch in text) \
            or _COMPANY.search(text):
        return False
    key = squash(text)
    return (_names_field(doc_type, key, lambda other: other.name != spec.name)
            or any(len(entry) >= 2 and all(stem in key for stem in entry)
                   for entry in spec.keys)  # its own label's stems: "vorletzte Anschrift"
            # ... or its one stem with a noun that only a label says ("Vermietende Person /
            # Firma")
            or (any(len(entry) == 1 and entry[0] in key for entry in spec.keys)
                and any(squash(w) in _LABEL_NOUNS for w in words))
            or _holds_own_wording(spec, words)
            or (len(words) == 1 and _one_word_label(doc_type, text, but="")))


# Words that say which dwelling or address a label asks for, never a value.
_SECTION_QUALIFIERS = frozenset({"neu", "neue", "neuer", "alt", "alte", "alter", "bisherige",
                                 "whg", "wohnung", "wohnsitz", "anschrift", "adresse"})


# The header of a sheet's or table's column of values ("Inhalt (Zelle)", "Erfasster Wert").
_VALUE_COLUMN_WORDS = frozenset({"inhalt", "wert", "werte", "zelle", "erfasster", "eintrag",
                                 "feldinhalt", "angabe"})


# Events a label's fact belongs to ("Name Geburt", "Ort Ehe"), never a name or a place.
_EVENT_NOUNS = frozenset({"geburt", "tod", "ehe", "heirat", "trauung", "einzug", "auszug",
                          "zuzug", "wegzug", "eheschliessung", "sterbefall", "ausstellung"})


# Nouns a label names its value by, never part of the value itself.
_LABEL_NOUNS = frozenset({"person", "firma", "name", "bezeichnung", "firmenname"})
# Words that ask for a person's name, or say how to write it: never part of one
# ("Vor- und Familienname (in Druckbuchstaben)" after "einziehende Person,").
_NAME_WORDS = frozenset({"familienname", "familiennamen", "nachname", "nachnamen", "vorname",
                         "vornamen", "druckbuchstaben", "blockschrift", "druckschrift"})


def _holds_own_wording(spec: FieldSpec, words: list[str]) -> bool:
    """Whether the words hold one of the field's own wordings of two words or more ("NAME
    DER MUTTER DES KINDES" under a gloss): a label, not a value."""
    squashed = [squash(w) for w in words]
    for label in spec.labels:
        parts = [squash(w) for w in label.text.split()]
        n = len(parts)
        if n >= 2 and any(squashed[i:i + n] == parts for i in range(len(squashed) - n + 1)):
            return True
    return False


# A value above its caption stands close over it.
ABOVE_MAX_GAP_HEIGHTS = 3.0
# A typed value OCR split into segments keeps its parts this close (in caption heights).
CELL_SPLIT_GAP_HEIGHTS = 4.0
# A caption votes for values above when the text over it is clearly nearer than the text
# under it (evenly spaced rows of labels over values give about 1).
ABOVE_VOTE_RATIO = 1.5
BELOW_VOTE_RATIO = 1.2
# A section heading over a row of labels: a letter or number, then its words ("A Daten des
# Kindes"), or words only headings use.
_SECTION_MARK = re.compile(r"^(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]?$")


def _heading_like(words: tuple[Word, ...]) -> bool:
    if len(words) >= 2 and _SECTION_MARK.match(words[0].text):
        return True
    return any(squash(w.text) in _HEADING_WORDS for w in words)


#: A value under a heading naming someone other than the case's person (an agent, a host,
#: a previous holder, a witness) is theirs: its candidates pay this factor.
PRIOR_OTHER_PARTY = 0.3
#: A role set before a label ("Gastgeber/in: Name") is a word or two.
ROLE_TAG_MAX_WORDS = 3
_TAG_PREPOSITIONS = frozenset({"in", "im", "am", "an", "aus", "bei", "für", "zu", "zum", "zur"})
#: A heading is a short run of words (after an item number), no value among them, set off
#: from the line above by this many of its heights.
PARTY_HEADING_MAX_WORDS = 8
PARTY_SENTENCE_MAX_WORDS = 14
HEADING_GAP_HEIGHTS = 0.5
_COMPANY_FORM = re.compile(r"\b(?:GmbH|mbH|AG|KG|OHG|GbR|UG|eG|e\.\s?V\.|SE)\b")
_HEADING_ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]?$")


_AUTHORITY = re.compile(r"(?:stadt|kreis|gemeinde|landes|bezirks|amts|bundes|kommunal)"
                        r"\w*verwaltung", re.IGNORECASE)


_INFLECTED = re.compile(r"[^\W\d_]{4,}(?:e|en|er|es|em)$")


def party_headings(lines: list[Line], hits: list[LabelHit], doc_type: DocumentType
                   ) -> list[tuple[Segment, Line, bool]]:
    """Headings that say whose values follow, each with whether it names someone other than
    the case's person: a heading naming one of the type's other parties (and none of its own
    people), or a heading of any other section (its own people named, a numbered heading, a
    heading in capitals), which ends the other party's part.

    A heading stands alone on its line, set off from the line above, short, no sentence,
    option, firm or value, and labels follow it; or it is a side caption (a role in a narrow
    column left of a block's first label)."""
    labelled = {(h.line.index, h.seg_index) for h in hits}
    labelled_lines = {h.line.index for h in hits}
    out: list[tuple[Segment, Line, bool]] = []
    people = numbered_people(lines, doc_type)
    for i, line in enumerate(lines):
        if i in people:
            out.append((line.segments[0], line, people[i]))
            continue
        side = _side_caption(lines, line, labelled, doc_type)
        if side is not None:
            out.append(side)
            continue
        if len(line.segments) != 1:
            continue
        seg = line.segments[0]
        words = [w.text for w in seg.words]
        numbered = _HEADING_ENUMERATOR.match(words[0]) is not None and len(words) > 1
        body = words[1:] if numbered else words
        text = " ".join(body)
        # (a town's administration in a letterhead is the office, not a property manager)
        party = party_of(" ".join(w for w in body if not _AUTHORITY.match(w)), doc_type)
        own, other = party is True, party is False
        # (a sentence closed by a colon that names whose data follow may hold a label's
        # word: "Der Aufenthaltstitel wird für die folgende Person beantragt:")
        # (a heading of the case's own person's part may hold a label's word, and only ends
        # another party's part: "Die angemeldete Wohnung (neue Anschrift)")
        if (line.index, 0) in labelled and not ((own or other) and text.endswith(":")) \
                and not (own and not other):
            continue
        # (a role may open in small letters: "künftige Halterin bzw. künftiger Halter")
        # (a sentence may say whose values follow: "Die nachstehende Person handelt mit
        # Vollmacht und ist nicht die Hauptperson.")
        # (a person's number is no value: "Angaben über Ehegatte/Ehegattin 2")
        digits = any(ch.isdigit() for ch in _PERSON_NUMBER.sub(" ", text)) if own \
            else any(ch.isdigit() for ch in text)
        said = (own or other) and text.endswith(".") and len(body) <= PARTY_SENTENCE_MAX_WORDS \
            and body[0][:1].isupper() and not digits
        if not said and (len(body) > PARTY_HEADING_MAX_WORDS or digits \
                or text.endswith((".", ",", ";")) or ":" in text.rstrip(":") \
                or body[0] in _BOX_GLYPHS or body[0] in _DASHES \
                or not (body[0][:1].isupper() or ((own or other) and body[0][:1].isalpha())) \
                or _COMPANY_FORM.search(text)):
            continue  # a sentence, a label and its value, an option, a list item, a firm
        above = lines[i - 1] if i else None
        if above is not None and above.page == line.page \
                and line.y0 - above.y1 < HEADING_GAP_HEIGHTS * (line.y1 - line.y0):
            continue  # the second line of a label or value
        below = lines[i + 1] if i + 1 < len(lines) else None
        if below is None or below.page != line.page or below.index not in labelled_lines:
            continue  # labels follow a heading
        caps = len(body) >= 2 and all(w.isupper() for w in body if any(c.isalpha() for c in w))
        if other or own or numbered or caps:
            out.append((seg, line, other))
    return out


# A block of a person in a list of people: "Person 2 – …", "2. Person", "lfd. Nr. 3".
_PERSON_BLOCK = re.compile(r"^(?:(?:Person|Pers\.)\s*(?:Nr\.\s*)?\d{1,2}|\d{1,2}\.\s*Person"
                             r"|lfd\.\s*Nr\.\s*\d{1,2})\b")


def numbered_people(lines: list[Line], doc_type: DocumentType) -> dict[int, bool]:
    """Headings of the blocks of a list of people, each with whether it is someone else's
    (line index: True): where two or more such headings stand alone on their lines and one
    names the case's own person ("Person 4 – antragstellende Hauptperson"), the others are
    other people's, whatever their role ("Person 1 – weitere fahrende Person")."""
    found = {line.index: party_of(line.segments[0].text, doc_type) for line in lines
             if len(line.segments) == 1 and _PERSON_BLOCK.match(line.segments[0].text)}
    if len(found) < 2 or sum(party is True for party in found.values()) != 1:
        return {}
    return {i: party is not True for i, party in found.items()}


def _side_caption(lines: list[Line], line: Line, labelled: set[tuple[int, int]],
                  doc_type: DocumentType) -> tuple[Segment, Line, bool] | None:
    """A role named in a narrow column left of a block's first label ("Bevollmächtigte/r |
    Vornamen | Layla", "Fahrzeughalter/in | Familienname | Hoffmann"): a heading for the
    labels right of it, with whether it names someone other than the case's person. Under
    it stands nothing or a remark in brackets ("(mit Vollmacht)"), never a value (a fee's
    label "Verwaltungsgebühr EUR" over "8,80" names no property manager)."""
    if len(line.segments) < 2 or (line.index, 0) in labelled or (line.index, 1) not in labelled:
        return None
    if line.index + 1 < len(lines) and lines[line.index + 1].page == line.page:
        cap = line.segments[0]
        below = lines[line.index + 1]
        under = [(si, s) for si, s in enumerate(below.segments)
                 if s.x0 < cap.x1 and s.x1 > cap.x0]
        # (or the caption's own next words: "vorheriger Halter" / "laut Teil II", "Halter/in
        # des" / "zuzulassenden")
        if under and (any(ch.isdigit() for ch in under[0][1].text)
                      or not (under[0][1].text.startswith("(")
                              or (len(under[0][1].words) <= ROLE_TAG_MAX_WORDS
                                  and (below.index, under[0][0]) not in labelled
                                  and under[0][1].x1 <= cap.x1 + _height(cap.words)))):
            return None
    seg = line.segments[0]
    text = seg.text
    # (an adjective may open the role: "vorheriger Halter")
    if len(seg.words) > ROLE_TAG_MAX_WORDS or any(ch.isdigit() for ch in text) \
            or ":" in text or not (text[:1].isupper()
                                   or _INFLECTED.search(seg.words[0].text) is not None):
        return None
    # (a stem going on with "ung" names an activity, not a person: "Verwaltungsgebühr")
    party = party_of(text, doc_type, activities=True)
    return None if party is None else (seg, line, not party)


def _tag_prior(doc_type: DocumentType, segment_words: Sequence[Word]) -> float | None:
    """1 when the words before a label name the case's own person, ``PRIOR_OTHER_PARTY``
    when they are a role tag naming someone else, None when they tell nothing."""
    # (an item's number and a dash are no words of the role: "39 Kind – Geburtstag")
    words = tuple(w for w in segment_words
                  if not ENUMERATOR.fullmatch(w.text) and w.text not in _DASHES)
    party = party_of(" ".join(w.text for w in words), doc_type)
    if party is True:
        return 1.0
    # (another's role is a tag of a capitalised word or two, not a sentence: "Vermietet wird
    # die Wohnung")
    # (an adjective before the role may be small: "minderjähriges Kind, geb.")
    # (a place may follow the role: "Gastgeber/in in Deutschland")
    # (the role may lead a longer run of the label's words: "Bezugsperson im Bundesgebiet
    # Anschrift:", "Gastgeber/in in Deutschland derzeitige", as a cross table writes its
    # column's role into each cell)
    # (a row's role a cross table wrote before its cells' labels, in slivers, is a tag
    # whatever its words: "☐ minderjähriges Kind, zieht mit")
    tag = (len(words) <= ROLE_TAG_MAX_WORDS + 2 and all(
        w.text[:1].isupper() or w.text.endswith(".")
        or _INFLECTED.search(w.text) is not None
        or (w is not words[0] and w.text.rstrip(":") in _TAG_PREPOSITIONS)
        for w in words if w.text[:1].isalpha())) or (
        bool(words) and all(w.x1 - w.x0 <= SLIVER_PITCH for w in words))
    lead = squash(" ".join(w.text for w in words[:ROLE_TAG_MAX_WORDS]))
    if tag and party is False and any(stem in lead for stem in doc_type.other_parties):
        return PRIOR_OTHER_PARTY
    return None


def _party_prior(page: _Page, hit: LabelHit) -> float:
    """``PRIOR_OTHER_PARTY`` when the label's cell up to its end ("Gastgeber/in: Name"), or
    else the nearest party heading above it (starting left of it), names someone other than
    the case's person; else 1."""
    doc_type = page.doc_type
    if doc_type is None or not doc_type.other_parties:
        return 1.0
    # (a label worded by its stems may take its party's word in: "Gastgeber/in: Name"; a
    # listed wording says what it asks itself; the words before either are its tag)
    ends: tuple[int, ...] = (hit.start,)
    if hit.label.startswith("<") and hit.end > hit.start:
        # (a listed wording inside the stems' run has the run's tag before it: "Bevollm.
        # Person: Geburtsdatum (wie im Ausweis)")
        inner = [o.start for o in page.all_seg_hits.get((hit.line.index, hit.seg_index), [])
                 if not o.label.startswith("<") and hit.start < o.start < hit.end]
        ends = (hit.start, *inner[:1], hit.end)
    for end in ends:
        tagged = _tag_prior(doc_type, hit.segment.words[:end])
        if tagged is not None:
            return tagged
    heading = _governing_heading(page, hit)
    return PRIOR_OTHER_PARTY if heading is not None and heading[1] else 1.0


def _governing_heading(page: _Page, hit: LabelHit) -> tuple[Segment, bool] | None:
    """The party heading nearest above the label that governs it, with whether it names
    someone other than the case's person."""
    best: tuple[float, Segment, bool] | None = None
    for seg, line, other in page.party_headings:
        # (a heading governs the width of the page right of where it starts: a section's
        # rows of labels run on beyond its few words)
        # (a side caption governs its own line's labels right of it)
        if line.page != hit.line.page or line.index > hit.line.index or seg.x0 > hit.x1 \
                or (line.index == hit.line.index and seg.x1 > hit.x0):
            continue
        distance = hit.y0 - seg.y1
        if best is None or distance < best[0]:
            best = (distance, seg, other)
    return None if best is None else (best[1], best[2])


def _label_noun_name(cand: _Candidate) -> bool:
    """Whether a name is only a label's noun ("Person" under "Vor- und Familienname dieser",
    the label's wrapped last word)."""
    return isinstance(cand.value, str) and squash(cand.value) in _LABEL_NOUNS


def _in_pointer(page: _Page, cand: _Candidate) -> bool:
    """Whether the candidate's words stand in a pointer to a supplement ("s. Anlage 2")."""
    if not cand.words or (index := page.word_line.get(id(cand.words[0]))) is None:
        return False
    seg = next((s for s in page.lines[index].segments
                if any(w is cand.words[0] for w in s.words)), None)
    return seg is not None and points_elsewhere(seg.text)


def _in_party_column(page: _Page, cand: _Candidate) -> list[_Candidate]:
    """The candidate weighed by whose column it stands in (``extractors.parties``); taken
    from another person's column, it is joined by the value further along its line that
    stands in the case's own person's column ("Verpflichtungsgeber/in | Antragsteller/in")."""
    doc_type = page.doc_type
    if doc_type is None or cand.hit is None or not cand.words:
        return [cand]
    index = page.word_line.get(id(cand.words[0]))
    if index is None:
        return [cand]
    label = cand.hit.segment
    if column_party(page.lines, page.label_ends, doc_type, cand.words, index, label) \
            is not False:
        return [cand]
    out = [replace(cand, score=cand.score * PRIOR_OTHER_COLUMN,
                   confidence=cand.confidence * PRIOR_OTHER_COLUMN)]
    spec = next(s for s in doc_type.fields if s.name == cand.field)
    end = max(w.x1 for w in cand.words)
    for seg in page.lines[index].segments:
        if seg.x0 <= end or column_party(page.lines, page.label_ends, doc_type, seg.words,
                                         index, label) is not True:
            continue
        value = parse_value(spec.kind, seg.text)
        if value not in (None, "", []):
            out.append(replace(cand, value=value, words=seg.words))
        break
    return out


def _section_prior(page: _Page, spec: FieldSpec, hit: LabelHit) -> float:
    if spec.section is None or not page.headings:
        return 1.0
    found = page.section_of(hit)
    if found is None:
        return PRIOR_NO_SECTION
    return 1.0 if found == spec.section else PRIOR_OTHER_SECTION


def find_headings(index: LabelIndex, sections: dict[str, tuple[str, ...]]
                  ) -> list[tuple[LabelHit, str]]:
    """Section headings: a section's wording standing alone at the start of a line."""
    if not sections:
        return []
    section_of = {squash(w): name for name, words in sections.items() for w in words}
    out = []
    for hit in index.find([w for words in sections.values() for w in words]):
        seg = hit.segment
        alone = hit.first and hit.end >= len(seg.words) - 1 and hit.seg_index == 0
        if alone:
            out.append((hit, section_of[squash(hit.label)]))
    return out


def _column_candidates(page: _Page, spec: FieldSpec, label: Label, hit: LabelHit, rank: int,
                       column: int) -> Iterator[_Candidate]:
    """The value in the ``column``-th cell right of the first value of a label's row, or
    for a column header in the ``column``-th row under it."""
    cell = _header_cell(page, hit, column)
    if cell:
        value = parse_value(spec.kind, " ".join(w.text for w in cell))
        if value not in (None, "", []):
            weight = hit.score * max(LABEL_RANK_FLOOR, 1.0 - LABEL_RANK_STEP * rank)
            yield _Candidate(spec.name, value, cell,
                             weight * PRIOR_BELOW * (0.5 + 0.5 * _mean_conf(cell)), hit,
                             hit.score * _min_conf(_claimed(cell, value)))
        return
    # The first value may stand in the label's own segment, after it ("Vorname(n) Tarek").
    # A gloss after the label ("Vornamen / Given names") is no value.
    # Nor is a remark ("Familienname wie im Identitätsdokument | Ibrahim | Shevchenko").
    inline = _value_inline(page.inline(hit))
    inline_text = _part(" ".join(w.text for w in inline), label)
    first_inline = bool(inline) and not any(
        h.line.index == hit.line.index and h.seg_index == hit.seg_index and h.start > hit.start
        for h in page.hits) and not (
        (spec.kind in PROPER_KINDS and _uncapitalised(inline_text))
        or parse_value(spec.kind, inline_text) in (None, "", []))
    si = hit.seg_index + column + (0 if first_inline else 1)
    if si >= len(hit.line.segments):
        return
    if any(_starts_with_label(s, page.by_seg, hit.line, i)
           for i, s in enumerate(hit.line.segments[hit.seg_index + 1:si + 1],
                                 start=hit.seg_index + 1)):
        return
    words = _strip_lead(hit.line.segments[si].words)
    text = _part(" ".join(w.text for w in words), label)
    value = parse_value(spec.kind, text) if text.strip() else None
    if value in (None, "", []):
        return
    weight = hit.score * max(LABEL_RANK_FLOOR, 1.0 - LABEL_RANK_STEP * rank)
    yield _Candidate(spec.name, value, words,
                     weight * PRIOR_RIGHT * (0.5 + 0.5 * _mean_conf(words)), hit,
                     hit.score * _min_conf(_claimed(words, value)))


def _places(spec: FieldSpec, hits: list[LabelHit]) -> list[tuple[int, int]]:
    """Where (line, segment) any of a field's wordings stand, in reading order."""
    keys = {squash(label.text) for label in spec.labels}
    return sorted({(h.line.index, h.seg_index) for h in hits if squash(h.label) in keys})


def _person_of(place: tuple[int, int], places: list[tuple[int, int]],
               anchors: list[tuple[int, int]]) -> int | None:
    """Which person (0-based) a wording standing once at ``place`` asks about, when the page
    says: the n-th place any of the field's wordings stand is the n-th person's; a field
    labelled once is the person's whose name label (an anchor) stands nearest. None when
    nothing tells (one place, one anchor: a table may give each person a column)."""
    if len(places) > 1:
        return places.index(place)
    if len(anchors) > 1:
        return min(range(len(anchors)), key=lambda i: (abs(anchors[i][0] - place[0]), i))
    return None


# A person's number in a role tag or heading: "Ehegatte 2", "Ehepartner/in Nr. 1",
# "Ehegatte (1)", "zweiter Ehegatte".
_PERSON_NUMBER = re.compile(r"(?:^|[\s(])(?:Nr\.?\s*)?([12])[.)]?(?=\s|$|[–—-])")
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)]\s+")
_ORDINALS = {"erste": 1, "erster": 1, "ersten": 1, "zweite": 2, "zweiter": 2, "zweiten": 2}


def person_number(text: str) -> int | None:
    """The 1-based number of the person a role tag or heading names, if it names one (an
    item's number before it is no person's: "2. Ehegatte/in 1")."""
    text = _ITEM_NUMBER.sub("", text)
    numbers = {int(m.group(1)) for m in _PERSON_NUMBER.finditer(text)}
    numbers |= {_ORDINALS[w] for w in re.findall(r"[a-zäöü]+", text.lower()) if w in _ORDINALS}
    return numbers.pop() if len(numbers) == 1 else None


def _role_tag_words(words: tuple[Word, ...], doc_type: DocumentType | None) -> int:
    """How many words at the start of a label tag one of the case's own numbered people
    ("Ehegatte 1", "Ehegattin Nr. 2"); 0 when they do not."""
    if doc_type is None:
        return 0
    for k in range(2, min(ROLE_TAG_MAX_WORDS, len(words) - 1) + 1):
        text = " ".join(w.text for w in words[:k])
        if words[k - 1].text.rstrip(".:)").isdigit() and party_of(text, doc_type) is True \
                and person_number(text) is not None:
            return k
    return 0


def _role_words_before(words: tuple[Word, ...], doc_type: DocumentType | None,
                       spec: FieldSpec) -> int:
    """How many words at the start of a label worded by its stems name whose value it asks
    for, a row's role a cross table wrote before the label ("☐ minderjähriges Kind, zieht mit
    Geb.-Tag Pers.:"); 0 when none do."""
    if doc_type is None or len(words) < 2:
        return 0
    stems = _stems((spec,))
    for k in range(len(words) - 1, 0, -1):
        text = " ".join(w.text for w in words[k:])
        key = squash(text) + _abbreviated(text, stems)
        if not any(_key_score(key, e) is not None for e in spec.keys):
            continue
        # (only a table's row caption written before its cells' labels, in slivers: on a
        # form, words before the stems are the label's, "vermietete Wohnung – eingezogen")
        if not all(w.x1 - w.x0 <= SLIVER_PITCH for w in words[:k]):
            return 0
        tag = " ".join(w.text for w in words[:k])
        return k if party_of(tag, doc_type) is not None else 0
    return 0


def _hit_person(page: _Page, hit: LabelHit) -> int | None:
    """The person (1-based) a label asks about by its own role tag ("Ehegatte 2 – Vornamen")
    or the nearest heading above it ("Ehegattin/Ehegatte – Nr. 2"), when one numbers the
    case's own people; 0 for a label of someone else's (a witness's)."""
    doc_type = page.doc_type
    if doc_type is None:
        return None
    if _party_prior(page, hit) < 1.0:
        return 0
    tag = " ".join(w.text for w in hit.segment.words[:hit.start])
    if tag and party_of(tag, doc_type) is True:
        return person_number(tag)
    # (the nearest heading governing the label names the case's own people here: another's
    # has given the label 0 above)
    heading = _governing_heading(page, hit)
    return person_number(heading[0].text) if heading is not None else None


def _by_person(page: _Page | None, same: list[LabelHit], occurrence: int
               ) -> LabelHit | bool | None:
    """Of a wording's places, the one of the ``occurrence``-th person (0-based) when the
    page numbers its people or tags another's; False when it does not tell."""
    if page is None:
        return False
    people = [_hit_person(page, h) for h in same]
    # (every person numbered once, whatever else the page labels: a legend of the fields)
    numbered = [p for p in people if p]
    if len(numbered) >= 2 and len(set(numbered)) == len(numbered):
        return next((h for h, p in zip(same, people, strict=True) if p == occurrence + 1),
                    None)
    own = [h for h, p in zip(same, people, strict=True) if p != 0]
    if len(own) < len(same):
        return own[occurrence] if len(own) > occurrence else None
    return False


def _hits_for_field(
    spec: FieldSpec, hits: list[LabelHit], anchors: list[tuple[int, int]] | None = None,
    page: _Page | None = None,
) -> Iterator[tuple[Label, LabelHit, int, int]]:
    """A field's label hits with the wording's rank and the value column to read.

    With an occurrence (spouse 1, spouse 2), the n-th hit of a wording is the field's. A
    wording that stands only once is the n-th person's own label where ``_person_of`` says so
    ("NACHNAME, Vorname(n)" for the first spouse, "Nachname (aktuell)" under the second);
    its row may also carry one value column per person. ``anchors`` are the places of the
    persons' first field (their family name).
    """
    places = _places(spec, hits) if spec.occurrence is not None else []
    for rank, label in enumerate(spec.labels):
        key = squash(label.text)
        same: list[LabelHit] = []
        for h in hits:  # one place found twice (a wording and its abbreviation) is one
            if squash(h.label) == key and not any(
                    (o.line.index, o.seg_index) == (h.line.index, h.seg_index) for o in same):
                same.append(h)
        if spec.occurrence is None:
            for h in same:
                yield label, h, rank, 0
            continue
        # (a wording named in another label's bracketed remark, "Name (Teilfelder:
        # Familienname, Vornamen)", is no person's place of its own)
        bare = [h for h in same if not _in_remark(h)]
        if bare and len(bare) < len(same):
            same = bare
        if len(same) > 1:
            # (numbered people and others' labels say whose a place is: "Ehegatte 2 –
            # Vornamen" before "Ehepartner/in Nr. 1 – Vornamen", "Trauzeug/in – Vornamen")
            picked = _by_person(page, same, spec.occurrence)
            if picked is not False:
                if isinstance(picked, LabelHit):
                    yield label, picked, rank, 0
            elif len(same) > spec.occurrence:
                yield label, same[spec.occurrence], rank, 0
            continue
        if not same:
            continue
        person = _person_of((same[0].line.index, same[0].seg_index), places, anchors or [])
        if spec.occurrence:
            yield label, same[0], rank, spec.occurrence
        if (person is None and spec.occurrence == 0) or person == spec.occurrence:
            yield label, same[0], rank, 0


def _in_remark(hit: LabelHit) -> bool:
    """Whether a wording stands inside a bracket its segment opened before it."""
    before = " ".join(w.text for w in hit.segment.words[:hit.start])
    return hit.start > 0 and before.count("(") > before.count(")")


def _prose_text(lines: list[Line]) -> tuple[str, list[tuple[int, int, Word]]]:
    """The words as running text (lines end in a line break) and where each word stands."""
    text = ""
    spans: list[tuple[int, int, Word]] = []
    for line in lines:
        for seg in line.segments:
            for w in seg.words:
                spans.append((len(text), len(text) + len(w.text), w))
                text += w.text + " "
        text = text[:-1] + "\n" if text else text
    return text, spans


PROSE_WORDING_MIN_CHARS = 6


_ONE_WORD_WORDINGS: dict[str, frozenset[str]] = {}


def _one_word_wordings(doc_type: DocumentType) -> frozenset[str]:
    if doc_type.name not in _ONE_WORD_WORDINGS:  # schemas are fixed: computed once per type
        _ONE_WORD_WORDINGS[doc_type.name] = frozenset(
            squash(label.text) for spec in doc_type.fields for label in spec.labels
            if len(label.text.split()) == 1
            and len(squash(label.text)) >= PROSE_WORDING_MIN_CHARS)
    return _ONE_WORD_WORDINGS[doc_type.name]


def _cut_at_wording(doc_type: DocumentType, raw: str) -> str:
    """A value a sentence pattern ran on into the next line's label ends before it."""
    words = raw.split()
    for i, word in enumerate(words[1:], start=1):
        if squash(word) in _one_word_wordings(doc_type):
            return " ".join(words[:i])
    return raw


def _prose_candidates(doc_type: DocumentType, lines: list[Line]) -> Iterator[_Candidate]:
    """Values from sentences ("… ist am 14. März 1987 in Bochum geboren") and letters."""
    if not doc_type.prose:
        return
    text, spans = _prose_text(lines)
    for pattern, groups in doc_type.prose:
        for m in re.finditer(pattern, text, re.MULTILINE):
            for group, field_name in groups.items():
                if m.group(group) is None:
                    continue
                spec = doc_type.field(field_name)
                raw = m.group(group)
                if spec.kind != ValueKind.NAME_LIST:
                    raw = " ".join(raw.split())  # a sentence wraps: "Höntroper\nStraße"
                    if spec.kind in SHORT_KINDS:  # "Dortmund\nStaatsangehörigkeit"
                        raw = _cut_at_wording(doc_type, raw)
                value = parse_value(spec.kind, raw)
                if value in (None, "", []):
                    continue
                s, e = m.span(group)
                ws = tuple(w for (a, b, w) in spans if a < e and b > s)
                prior = PRIOR_CORRECTED if group.startswith(CORRECTED) else PRIOR_PROSE
                yield _Candidate(field_name, value, ws,
                                 prior * (0.5 + 0.5 * _mean_conf(ws)), None,
                                 prior * _min_conf(_claimed(ws, value)),
                                 signature=pattern == place_and_date(group))


def signature_dates_yield(doc_type: DocumentType, candidates: list[_Candidate]
                          ) -> list[_Candidate]:
    """A line "Herne, 23.10.2026" dates the signature under the page; where a wording of
    the field names its date as well ("Datum der Ausfertigung des Auszugs"), a form or a
    copy signed later, that date is the field's. (A bare "Datum:" is no such wording: a fax
    header's date, or a row's "Datum (Tag)".)"""
    # (the line's words read as a label give the same date; a closing formula with its
    # place signs as such a line does: "ausgefertigt in Bochum am 2026-10-29")
    signed = {(c.field, id(w)) for c in candidates if c.signature for w in c.words}

    def signs(c: _Candidate) -> bool:
        return c.signature or _closing_formula(c) \
            or any((c.field, id(w)) in signed for w in c.words)

    if not any(signs(c) for c in candidates):
        return candidates

    named: dict[str, _Candidate] = {}
    for c in candidates:
        if not signs(c) and _names_the_date(doc_type.field(c.field), c) \
                and (c.field not in named or c.score > named[c.field].score):
            named[c.field] = c
    # (a line that gives the named date itself yields nothing)
    return [replace(c, score=min(c.score, named[c.field].score) * PRIOR_SIGNATURE_LINE)
            if c.field in named and signs(c) and c.value != named[c.field].value else c
            for c in candidates]


_CLOSING_FORMULA = re.compile(r"(?:ausgefertigt|ausgestellt|gefertigt)\s+(?:in|zu)\s+\S",
                              re.IGNORECASE)


def _closing_formula(c: _Candidate) -> bool:
    """Whether a candidate's label is a closing formula that names the place it was made
    out in ("ausgefertigt in Gelsenkirchen am …")."""
    h = c.hit
    return h is not None and bool(_CLOSING_FORMULA.match(
        " ".join(w.text for w in h.segment.words[h.start:h.end])))


def _names_the_date(spec: FieldSpec, c: _Candidate) -> bool:
    """Whether a candidate's label is a listed wording of two words or more, or one whose
    words go on to name the field by its stems ("Datum der Ausfertigung")."""
    h = c.hit
    if h is None:
        return False
    key = squash(" ".join(w.text for w in h.segment.words[h.start:]))
    if h.label.startswith("<"):
        # a stem's hit may be a print stamp's ("Erstellt am 03.10.2026, 07:02"); one that
        # says the document was made out names its date ("diese Ausfertigung")
        return c.confidence >= KEYWORD_NAMED_DATE_CONFIDENCE and (
            any(stem in key for stem in _ISSUING_STEMS)
            or ("erstellt" in key and any(noun in key for noun in _DOCUMENT_NOUNS)))
    if c.confidence < NAMED_DATE_CONFIDENCE:
        return False
    return len(h.label.split()) >= 2 or any(all(stem in key for stem in entry)
                                            for entry in spec.keys)


# Confidence of a value tied to its label only by standing on the next line, set off right.
OFFSET_CONFIDENCE = 0.5


# Values whose form alone says what they are ("G 1234/2026", an IBAN, a VIN) are taken from
# anywhere on the page when no label led to them, if the page holds exactly one.
SELF_EVIDENT = {
    ValueKind.REGISTER_NUMBER: 0.8,
    ValueKind.IBAN: 0.8,
    ValueKind.VIN: 0.8,
    # A lone "weiblich" or "deutsch" is likely the value, but without its label it is a
    # guess: below the usual threshold, so a person confirms it.
    ValueKind.SEX: 0.55,
    ValueKind.NATIONALITY: 0.55,
}
PRIOR_SCAN = 0.45
SCAN_MAX_WORDS = {ValueKind.SEX: 1, ValueKind.NATIONALITY: 1}


def _ibans_in(words: tuple[Word, ...]) -> Iterator[tuple[str, tuple[Word, ...]]]:
    """Valid IBANs in a run of words (python-stdnum's check), with the words they fill."""
    for i, w in enumerate(words):
        if not _IBAN_START.match(w.text):
            continue
        compact = ""
        for j in range(i, min(len(words), i + IBAN_MAX_WORDS)):
            compact += re.sub(r"[^A-Za-z0-9]", "", words[j].text).upper()
            if stdnum_iban.is_valid(compact):
                yield compact, words[i:j + 1]
                break


_IBAN_START = re.compile(r"[A-Z]{2}\d{2}")
IBAN_MAX_WORDS = 9


def _scan_candidates(page: _Page, spec: FieldSpec) -> Iterator[_Candidate]:
    """A self-evident value standing anywhere, when the page holds exactly one."""
    found: dict[str, tuple[Any, tuple[Word, ...]]] = {}
    max_words = SCAN_MAX_WORDS.get(spec.kind, 8)
    for line in page.lines:
        for si, seg in enumerate(line.segments):
            if spec.kind == ValueKind.IBAN:
                # (an account checks itself, even in a sentence: "… ist das Lastschriftkonto
                # DE36 4306 … hinterlegt."; not the office's own in its footer)
                if not _OFFICE_ACCOUNT.search(seg.text):
                    for value, run in _ibans_in(seg.words):
                        found.setdefault(value, (value, run))
                continue
            words = _strip_lead(_cut_at_label(seg.words, page.seg_hits(line, si), 0))
            if not words or len(words) > max_words:
                continue
            text = " ".join(w.text for w in words)
            if squash(text) in page.label_keys:
                continue
            value = parse_value(spec.kind, text)
            if value in (None, "", []):
                continue
            if page.ocr and spec.kind == ValueKind.VIN:
                value = repair_ocr_vin(value)
            found.setdefault(str(value), (value, words))
    if len(found) != 1:
        return
    value, words = next(iter(found.values()))
    yield _Candidate(spec.name, value, words, PRIOR_SCAN * (0.5 + 0.5 * _mean_conf(words)),
                     None, SELF_EVIDENT[spec.kind] * _min_conf(words))


# Choices whose ticked option names itself wherever it stands ("x die Hauptwohnung des
# Meldepflichtigen" beside a label no list knows); a guess a person confirms.
TICKED_EVIDENT = frozenset({ValueKind.DWELLING, ValueKind.PURPOSE})
TICKED_OPTION_CONFIDENCE = 0.55
# A typed "x" standing for a ticked box before an option's words.
_TYPED_TICK = re.compile(r"(?:^|(?<=\s))[xX](?=\s+[^\W\d_])")


def _ticked_option_candidates(page: _Page, spec: FieldSpec) -> Iterator[_Candidate]:
    """The one option of a choice the page shows ticked, when its label was not found."""
    found: dict[str, tuple[Any, tuple[Word, ...]]] = {}
    for line in page.lines:
        for seg in line.segments:
            if not (_TICK_MARK.search(seg.text) or _TYPED_TICK.search(seg.text)
                    or _YES_NO.search(seg.text)):  # ("Xja ☐ nein": a tick typed on its word)
                continue
            value = parse_value(spec.kind, seg.text)
            if value in (None, "", []):
                value = _answered_question(spec, page.lines, line, seg)
            if value not in (None, "", []):
                found.setdefault(str(value), (value, seg.words))
    if len(found) != 1:
        return
    value, words = next(iter(found.values()))
    yield _Candidate(spec.name, value, words, PRIOR_SCAN * (0.5 + 0.5 * _mean_conf(words)),
                     None, TICKED_OPTION_CONFIDENCE * _min_conf(words))


# A question that names one of two options is answered yes or no ("Ist diese Unterkunft
# Hauptwohnsitz? ☒ ja ☐ nein").
_OTHER_OPTION: dict[ValueKind, dict[str, str]] = {
    ValueKind.DWELLING: {"main": "secondary", "secondary": "main"}}


def _ticked_no(*rows: tuple[Word, ...]) -> bool:
    """Whether the answer ticked in ``rows`` is "nein"."""
    return any((m := _YES_NO.search(" ".join(w.text for w in row))) is not None
               and m[1].lower() in ("nein", "no") for row in rows)


def _answered_question(spec: FieldSpec, lines: list[Line], line: Line, seg: Segment) -> Any:
    """The option a ticked "ja" / "nein" gives to the question before it on its line, or
    on the line over it."""
    other = _OTHER_OPTION.get(spec.kind)
    answer = _YES_NO.search(seg.text)
    if other is None or answer is None:
        return None
    asked = [s for s in line.segments if s.x1 <= seg.x0 and s.text.rstrip().endswith("?")]
    if not asked and line.index > 0 and lines[line.index - 1].page == line.page:
        asked = [s for s in lines[line.index - 1].segments[-1:]
                 if s.text.rstrip().endswith("?")]
    option = parse_value(spec.kind, asked[-1].text) if asked else None
    if option not in other:
        return None
    return option if answer[1].lower() in ("ja", "yes") else other[option]


# A label worded in a way no schema lists, found by its stems (FieldSpec.keys): short, first
# in its segment, and weaker evidence than a listed wording; the more of the text its stems
# explain, the more it is trusted.
KEYWORD_MAX_WORDS = 6
# ... though its stems may end one word later, in a question worded without its mark ("Von
# dieser Person bzw. Firma mietest du")
KEYWORD_SEARCH_MAX_WORDS = 7
KEYWORD_BASE_SCORE = 0.7
# Confidence of a value found under a label recognised only by its stems: under the default
# review threshold (0.6).
STEM_LABEL_CONFIDENCE = 0.55
# Confidence of a value the extractor repaired (a register's letter read as a digit).
REPAIRED_CONFIDENCE = 0.5
KEYWORD_SPAN_SCORE = 0.12


# "Nummer des Hauses" says "Hausnummer", "Tag der Geburt" "Geburtstag": a head noun with a
# genitive modifier is the compound the stems list, modifier first.
_GENITIVE = re.compile(r"\b([^\W\d_]{3,})\s+(des|eines|der|einer)\s+([^\W\d_]{3,})")


def _compounds(text: str) -> str:
    """The compounds a label's genitive phrases paraphrase, squashed and joined by "|"."""
    out = []
    for head, article, modifier in _GENITIVE.findall(text):
        stem = fold(modifier)
        if article in ("des", "eines"):
            stem = re.sub(r"e?s$", "", stem)
        out.append(stem + fold(head))
    return "|" + "|".join(out) if out else ""


# A key shortened on a receipt or a clerk's form ("ANSCHR EIGENT/VERW", "EIGENTUEMER"): a word
# cut short (a full stop after it, or in capitals) that begins a field's stem stands for that
# stem, and umlauts spelt out (ue for ü) are read as the letter.
ABBREVIATED_MIN_CHARS = 4
ABBREVIATED_MIN_SHARE = 0.5
_ABBREVIATED_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+\.?")
_SPELT_UMLAUT = re.compile(r"(?<=[a-z])(?:ae|oe|ue)")


@lru_cache(maxsize=16384)
def _abbreviated(text: str, stems: frozenset[str]) -> str:
    """The stems the cut words of ``text`` begin, and its words with umlauts spelt out read
    as the letters, each after a "|" ("" when none)."""
    out: list[str] = []
    for m in _ABBREVIATED_WORD.finditer(text):
        word = m.group(0)
        letters = word.rstrip(".")
        dotted = word.endswith(".")
        folded = fold(letters)
        # (umlauts spelt out in any word: a capital key's "GUELTIG", a data element's
        # "Gueltig")
        plain = _SPELT_UMLAUT.sub(lambda u: u.group(0)[0], folded)
        if plain != folded:
            out.append(plain)
        if len(letters) < (ABBREVIATED_MIN_CHARS - 1 if dotted else ABBREVIATED_MIN_CHARS) \
                or not (dotted or letters.isupper()):
            continue  # (a stop marks a cut word surely enough for three letters: "Zun.")
        out.extend(stem for stem in stems
                   if len(stem) > len(folded) and stem.startswith(folded)
                   and len(folded) >= ABBREVIATED_MIN_SHARE * len(stem))
    return "|" + "|".join(out) if out else ""


@lru_cache(maxsize=256)
def _stems(specs: tuple[FieldSpec, ...]) -> frozenset[str]:
    return frozenset(stem for spec in specs for entry in spec.keys for stem in entry)


def _key_score(text_key: str, entry: tuple[str, ...]) -> float | None:
    if not all(stem in text_key for stem in entry):
        return None
    wording = text_key.split("|", 1)[0]  # the paraphrased compounds explain no more text
    covered = sum(len(stem) for stem in entry) / max(len(wording), 1)
    return KEYWORD_BASE_SCORE + KEYWORD_SPAN_SCORE * min(1.0, covered)


def _has_clause_label(words: tuple[Word, ...]) -> bool:
    """Whether a word ending in a comma is followed, later in the segment, by one ending in a
    colon."""
    comma = next((i for i, w in enumerate(words) if w.text.endswith(",")), None)
    return comma is not None and any(w.text.endswith(":") for w in words[comma + 1:])


def _clause_keyword_hits(page: _Page, line: Line, si: int, spec: FieldSpec
                         ) -> list[LabelHit]:
    """Labels worded by their stems that open a clause after a comma and end in a colon
    ("eVB-Code: YLPLUT2, reserviertes Kennz.: EN H 7"), outside the listed labels
    ("Straße, Hausnummer:" is one)."""
    words = line.segments[si].words
    listed = page.seg_hits(line, si)
    out: list[LabelHit] = []
    for start in (i + 1 for i, w in enumerate(words[:-1]) if w.text.endswith(",")):
        if any(h.start <= start < h.end for h in listed):
            continue
        for end in range(start + 1, min(len(words), start + KEYWORD_MAX_WORDS) + 1):
            if words[end - 1].text.endswith(":"):
                key = squash(" ".join(w.text for w in words[start:end]))
                scores = [sc for e in spec.keys if (sc := _key_score(key, e)) is not None]
                if scores:
                    out.append(LabelHit(f"<{spec.name}>", line, si, start, end, max(scores)))
                break
    return out


def _keyword_label_end(words: tuple[Word, ...], spec: FieldSpec, glosses: bool = True
                       ) -> int | None:
    """Where a label worded by its stems ends in a segment: at its colon, else the segment
    is the label unless what follows the stems already reads as the field's value. A
    question is label throughout."""
    if is_question(words):
        return len(words)
    for i, w in enumerate(words[:KEYWORD_MAX_WORDS]):
        if w.text.endswith(":"):
            key = squash(" ".join(x.text for x in words[:i + 1]))
            if any(_key_score(key, e) is not None for e in spec.keys):
                return i + 1
            # else a heading word before the label ("Kind: Geburtsgemeinde")
    stems = _stems((spec,))
    # a dot leader ends the key ("BEZUGSTAG WHG ...... 20261013")
    lead = next((i for i, w in enumerate(words[:KEYWORD_MAX_WORDS + LEADER_TAIL_MAX_WORDS])
                 if i and _LEADER_RUN.fullmatch(w.text)), None)
    if lead is not None:
        text = " ".join(w.text for w in words[:lead])
        if any(_key_score(squash(text) + _abbreviated(text, stems), e) is not None
               for e in spec.keys):
            return lead
    # (the longer search only where the words hold no value of their own: a question)
    search = KEYWORD_MAX_WORDS if any(ch.isdigit() for w in words for ch in w.text) \
        else KEYWORD_SEARCH_MAX_WORDS
    for end in range(1, min(len(words), search) + 1):
        text = " ".join(w.text for w in words[:end])
        key = squash(text) + _abbreviated(text, stems)
        if any(_key_score(key, e) is not None for e in spec.keys):
            end = _noun_phrase_end(words, end)
            # "Übergabe der Wohnung am 28.09.2026", "Gültigkeitsende des Passes 14.12.2033"
            qualified = end + _qualifier_run(words[end:])
            if qualified >= len(words):
                return qualified  # "NAME DER MUTTER DES KINDES": label throughout
            tail = words[qualified:]
            if all(fold(w.text).strip(":") in _AUXILIARIES for w in tail) or (
                    tail[-1].text.lower().strip(":") in _FINAL_VERBS
                    and all(w.text[:1].islower() for w in tail)):
                return len(words)  # "Tag, an dem die Wohnung bezogen wurde", "… der Tod
                # eingetreten ist": the label's relative clause, ended by its verb
            for stop in (qualified, end):
                rest = " ".join(w.text for w in words[stop:])
                if rest and parse_value(spec.kind, rest) not in (None, "", []) \
                        and not _goes_on(words[stop:]):
                    return stop
            break
    if len(words) <= KEYWORD_MAX_WORDS or (glosses and _glossed(words, spec)):
        return len(words)
    return None


# Marks that set a label's translations after it ("Tod – Datum / Fecha de defunción / Data
# del decesso", "Name · Nom · Surname").
_GLOSS_MARKS = frozenset({"/", "·", "•", "|"})


def _glossed(words: tuple[Word, ...], spec: FieldSpec) -> bool:
    """Whether a long segment is a short label worded by its stems, then its translations
    after a gloss mark: all of it is label (a multilingual form's row)."""
    mark = next((i for i, w in enumerate(words) if w.text in _GLOSS_MARKS), None)
    if mark is None or mark > KEYWORD_MAX_WORDS:
        return False
    key = squash(" ".join(w.text for w in words[:mark]))
    return any(_key_score(key, e) is not None for e in spec.keys)


# The finite verb closing a relative clause that words a label ("…, an dem die Person geboren
# wurde"): the label runs to it.
_AUXILIARIES = frozenset({"wurde", "wurden", "ist", "sind", "war", "waren", "hat", "haben",
                          "hatte", "wird", "werden"})


_RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "welcher",
                                "welche", "welches", "welchem", "wo"})
_PREPOSITIONS = frozenset({"an", "in", "bei", "mit", "auf", "zu", "von", "seit", "unter"})
RELATIVE_CLAUSE_MAX_WORDS = 8


def _relative_clause(words: tuple[Word, ...]) -> bool:
    """Whether the words are a relative clause closed by its finite verb ("an dem die Person
    geboren wurde", "in der die Wohnung liegt" does not count: no auxiliary closes it)."""
    texts = [fold(w.text).strip(",:") for w in words]
    if not 3 <= len(texts) <= RELATIVE_CLAUSE_MAX_WORDS or texts[-1] not in _AUXILIARIES:
        return False
    if any(ch.isdigit() for t in texts for ch in t):
        return False
    opening = texts[1] if texts[0] in _PREPOSITIONS else texts[0]
    return opening in _RELATIVE_PRONOUNS


def _relative_after_comma(hit: LabelHit, inline: tuple[Word, ...]) -> bool:
    """Whether a wording closed by a comma goes on in a short relative clause of lower-case
    words ("Ort, in den gezogen", "Tag, an dem bezogen")."""
    if not inline or not hit.segment.words[hit.end - 1].text.endswith(","):
        return False
    texts = [w.text.strip(",:") for w in inline]
    if not 2 <= len(texts) <= RELATIVE_CLAUSE_MAX_WORDS \
            or not all(t.isalpha() and t.islower() for t in texts):
        return False
    folded = [fold(t) for t in texts]
    if any(_DEPARTED.match(t) for t in folded):
        return False  # "Anschrift, aus der weggezogen": the clause names another address
    opening = folded[1] if folded[0] in _PREPOSITIONS else folded[0]
    return opening in _RELATIVE_PRONOUNS


# Words that open a clause saying whence or how a value is given ("so wie im Pass
# eingetragen", "laut Mietvertrag", "soweit bekannt").
_QUALIFIER_OPENINGS = frozenset({"so", "wie", "soweit", "sofern", "falls", "laut", "gemass",
                                 "lt"})


def _qualifier_after_comma(hit: LabelHit, inline: tuple[Word, ...]) -> bool:
    """Whether a wording closed by a comma goes on in a short clause of how its value is
    given ("Familienname, so wie aktuell geführt"), no value of its own."""
    if not inline or not hit.segment.words[hit.end - 1].text.endswith(","):
        return False
    if len(inline) <= WRAPPED_LABEL_MAX_WORDS and all(
            w.text[:1].islower() and not any(ch.isdigit() for ch in w.text) for w in inline):
        return True  # "Anschrift des Wohnungsgebers, aufgeschlüsselt"
    return fold(inline[0].text).strip(".") in _QUALIFIER_OPENINGS \
        and len(inline) <= RELATIVE_CLAUSE_MAX_WORDS \
        and not any(ch.isdigit() for w in inline for ch in w.text) \
        and all(w.text[:1].islower() or (w is not inline[0] and w.text[:1].isupper()
                and w.text.endswith("-")) for w in inline[1:])


_DEPARTED = re.compile(r"^(?:weg|aus|fort)gezogen$|^verlassen$|^aufgegeben$|^bisher|^fruher"
                       r"|^vorher|^zuletzt$")


# Endings of the adjectives and participles a label opens with ("Vermietende Person",
# "Meldepflichtige Personen"): their noun follows and is part of the label.
_ADJECTIVE_ENDINGS = ("ende", "enden", "ender", "endes", "ige", "igen", "ene", "enen",
                      "liche", "lichen")


def _adjective(text: str) -> bool:
    """An inflected adjective or participle that wants its noun ("postalische", "bisherige")."""
    word = fold(text)
    return len(word) >= ADJECTIVE_MIN_CHARS and word.isalpha() \
        and word.endswith((*_ADJECTIVE_ENDINGS, "ische", "ischen"))


ADJECTIVE_MIN_CHARS = 6


def _noun_phrase_end(words: tuple[Word, ...], end: int) -> int:
    """Where the label phrase that ends in ``words[end - 1]`` really ends: an adjective's noun,
    and alternatives joined by a slash ("Vermietende Person / Firma"), belong to it."""
    last = fold(words[end - 1].text)
    if (last.endswith(_ADJECTIVE_ENDINGS) and end < len(words)
            and words[end].text[:1].isupper() and not words[end - 1].text.endswith(":")):
        end += 1
    while end < len(words) and not words[end - 1].text.endswith(":"):
        if words[end].text == "/" and end + 1 < len(words) and words[end + 1].text[:1].isupper():
            end += 2
        elif words[end].text.startswith("/") and len(words[end].text) > 2:
            end += 1
        else:
            break
    return end


# Words a label line cannot end on: its wording goes on in the line below.
_DANGLING = frozenset({"des", "der", "dem", "den", "zum", "zur", "von", "vom", "für", "und",
                       "bzw.", "oder", "/"})


def _dangling(text: str) -> bool:
    """A word a label cannot end on: an article or joint, an adjective before its noun
    ("Wohnungsgeber – postalische" over "Anschrift"), or a word broken off with a hyphen
    ("Reisedok.-" over "Nr.")."""
    return text.lower() in _DANGLING or bool(re.fullmatch(r"[a-zäöüß]{4,}e", text)) \
        or bool(re.fullmatch(r"\w*[^\W\d_]\.?-", text))


def _wrapped_label_rest(page: _Page, line: Line, si: int) -> str:
    """The squashed rest of a label that wraps to the next line ("1.2 Anschrift des" over
    "Eigentümers/Verwalters"), or "" when the segment does not end on a word that needs one.
    The rest must stand right under the segment and carry no digits."""
    seg = line.segments[si]
    # a column header in capitals may take two lines too ("DAT." over "HEIRAT")
    header = _capitals(seg.words) and len(seg.words) <= 2
    if (not _dangling(seg.words[-1].text) and not header) \
            or line.index + 1 >= len(page.lines):
        return ""
    below = page.lines[line.index + 1]
    if below.page != line.page or below.y0 - line.y1 > seg.height:
        return ""
    # a header's second line may reach to the next header ("DAT." over "HEIRAT")
    reach = line.segments[si + 1].x0 if header and si + 1 < len(line.segments) \
        else seg.x1 + seg.height
    for other in below.segments:
        if other.x0 < seg.x1 and other.x1 > seg.x0 and other.x1 <= reach \
                and not any(ch.isdigit() for ch in other.text) \
                and (not header or _capitals(other.words) or other.text.startswith("(")):
            return squash(other.text)
    return ""


#: A question's last words wrapped onto the next line ("… neu in der" / "Wohnung?").
WRAPPED_QUESTION_MAX_WORDS = 3


def _wrapped_question(page: _Page, line: Line, si: int) -> bool:
    """Whether a segment is a question whose last words, closed by its question mark, stand
    alone at its left edge on the next line: the question is label throughout."""
    return bool(page.question_rest(line, si))


def _question_rest(page: _Page, line: Line, si: int) -> tuple[Word, ...]:
    """The last words of a question wrapped onto the next line, or () when it is none."""
    seg = line.segments[si]
    if seg.text.rstrip().endswith("?") or line.index + 1 >= len(page.lines):
        return ()
    below = page.lines[line.index + 1]
    if below.page != line.page or below.y0 - line.y1 > seg.height or len(below.segments) != 1:
        return ()
    rest = below.segments[0]
    if abs(rest.x0 - seg.x0) <= seg.height and len(rest.words) <= WRAPPED_QUESTION_MAX_WORDS \
            and rest.text.rstrip().endswith("?") and is_question(seg.words + rest.words):
        return rest.words
    return ()


def _label_cell(page: _Page, line: Line, si: int) -> bool:
    """A short segment without digits or colon, beside a segment that is no label."""
    words = line.segments[si].words
    if si + 1 >= len(line.segments) or len(words) > KEYWORD_MAX_WORDS:
        return False
    if any(ch.isdigit() or ch == ":" for w in words for ch in w.text):
        return False
    return not any(h.first for h in page.seg_hits(line, si + 1))


_COUNTER = re.compile(r"\(?\d{1,2}[.)]?")


def _counter_words(words: tuple[Word, ...]) -> int:
    """How many words at the end of a label number the person it asks for ("Mieter 2",
    "Bewohner/in 1 *"); 0 when none do."""
    n = len(words)
    while n > 1 and words[n - 1].text in ("*", ":"):
        n -= 1
    if n > 1 and _COUNTER.fullmatch(words[n - 1].text.rstrip(":*")):
        return len(words) - n + 1
    return 0


def _full_name(text: str) -> bool:
    """Whether ``text`` reads as a person's given and family name (a list's entry)."""
    name = parse_value(ValueKind.FULL_NAME, text)
    return isinstance(name, str) and len(name.split()) >= 2


def _counter_cell(words: tuple[Word, ...]) -> bool:
    """A cell that only numbers the person in the next one ("Person Nr. 1", "Mieter 2",
    "2.")."""
    texts = [w.text.rstrip(":") for w in words]
    if not texts or len(texts) > 4 or not _COUNTER.fullmatch(texts[-1]):
        return False
    return all(re.fullmatch(r"[^\W\d_]+\.?", t) for t in texts[:-1])


# A table's column of names: "Name", "Vor- und Familienname", "Name (Vorn. u. Fam.-N.)".
_NAME_COLUMN = re.compile(
    r"^(?:(?:Vor-?\s*(?:und|u\.|&)\s*)?(?:Familien|Fam\.-?|Nach|Zu)?name|Name)\b", re.IGNORECASE)
#: A table's rows follow each other closer than this many line heights.
LIST_ROW_MAX_GAP_HEIGHTS = 1.5


def _name_column_list(page: _Page, spec: FieldSpec, hit: LabelHit) -> Iterator[_Candidate]:
    """A list's people from a table under its heading ("Einziehende Personen (je Spalte)"
    over "Name (Vorn. u. Fam.-N.) | Geburtsdatum" over a row per person): the cells under the
    name column, down to where the rows end."""
    seg = hit.segment
    # (a heading may name the people last: "Alle Personen, die in die Wohnung einziehen")
    if len(hit.line.segments) != 1 or (hit.start > 1 and hit.end < len(seg.words)) \
            or hit.line.index + 2 >= len(page.lines):
        return
    header = page.lines[hit.line.index + 1]
    if header.page != hit.line.page:
        return
    column = next((s for s in header.segments if _NAME_COLUMN.match(s.text)), None)
    if column is None or len(header.segments) < 2:
        return
    height = max(w.height for w in seg.words)
    names: list[str] = []
    words: list[Word] = []
    bottom = header.y1
    for line in page.lines[header.index + 1:]:
        if line.page != header.page or line.y0 - bottom > LIST_ROW_MAX_GAP_HEIGHTS * height:
            break
        cell = next((s for s in line.segments
                     if s.x0 < column.x1 and column.x0 - height < s.x1), None)
        if cell is None or len(line.segments) < 2:
            break  # the rows have ended (a note, a signature line)
        name = parse_value(ValueKind.FULL_NAME, cell.text)
        if not isinstance(name, str) or not name:
            break
        names.append(name)
        words.extend(cell.words)
        bottom = line.y1
    if names:
        yield _Candidate(spec.name, names, tuple(words), hit.score * PRIOR_BELOW,
                         hit, hit.score * _min_conf(tuple(words)))


def counted_list(candidates: list[_Candidate], spec: FieldSpec) -> _Candidate | None:
    """One list from the values of a label repeated with a number, one person each
    ("Bewohner/in 1 | Gerd Böhm", "Bewohner/in 2 | Gerd Hartmann"), in the numbers' order."""
    by_number: dict[int, _Candidate] = {}
    for c in candidates:
        if c.field != spec.name or c.hit is None or not isinstance(c.value, list):
            continue
        rest = c.hit.segment.words[c.hit.end:]
        labelled = c.hit.segment.words[c.hit.start:]
        trail = _counter_words(labelled)
        if not rest or not trail:
            continue
        # the number closes the label, after any words the stems did not need ("Zugezogene
        # Person – Vor-/Nachname Nr. 2")
        number = int(re.sub(r"\D", "", labelled[len(labelled) - trail].text) or 0)
        best = by_number.get(number)
        if best is None or c.score > best.score:
            by_number[number] = c
    if len(by_number) < 2:
        return None
    names: list[str] = []
    words: list[Word] = []
    for number in sorted(by_number):
        c = by_number[number]
        names.extend(n for n in c.value if n not in names)
        words.extend(c.words)
    chosen = list(by_number.values())
    return _Candidate(spec.name, names, tuple(words),
                      max(c.score for c in chosen) * (1.0 + 0.05 * len(names)),
                      chosen[0].hit, min(c.confidence for c in chosen))


def repeated_label_list(candidates: list[_Candidate], spec: FieldSpec) -> _Candidate | None:
    """One list from the values of one wording repeated side by side in a row, one person
    under each ("Name der einziehenden Pers. | Name der einziehenden Pers."), left to right;
    or repeated down a column, one person beside each ("EINZIEHENDE/R .... Jana Overbeck")."""
    best: dict[tuple[int, int], _Candidate] = {}  # per caption, its best value of all
    under: dict[tuple[int, int], _Candidate] = {}  # ... of those off the caption's line
    beside: dict[tuple[int, int], _Candidate] = {}  # ... of one person, none below its line
    for c in candidates:
        if c.field != spec.name or c.hit is None or not isinstance(c.value, list) \
                or not c.value:
            continue
        h = c.hit
        place = (h.line.index, h.seg_index)
        _keep_best(best, place, c)
        line_words = {id(w) for seg in h.line.segments for w in seg.words}
        if not any(id(w) in line_words for w in c.words):
            _keep_best(under, place, c)
        # (beside it, or over it where captions stand under their values)
        if len(c.value) == 1 and all(w.y0 <= h.line.y1 for w in c.words):
            _keep_best(beside, place, c)
    rows: dict[tuple[str, int], list[_Candidate]] = {}
    for (line, _), c in sorted(under.items()):
        rows.setdefault((_hit_wording(c), line), []).append(c)
    groups = list(rows.values())
    # Down a column the captions start at one x; a caption whose best value wraps onto the
    # next line makes no list (a name is not cut to its first line).
    columns: dict[str, list[_Candidate]] = {}
    for place, c in sorted(beside.items()):
        if best[place] is c:
            columns.setdefault(_hit_wording(c), []).append(c)
    for column in columns.values():
        column.sort(key=lambda c: _hit_x0(c))
        run = [column[0]]
        for c in column[1:]:
            if not _captions_aligned(c, run[-1]):
                groups.append(run)
                run = []
            run.append(c)
        groups.append(run)
    groups.extend(_stacked_captions(candidates, spec))
    for chosen in groups:
        if len(chosen) < 2:
            continue
        chosen = sorted(chosen, key=lambda c: c.hit.order if c.hit else (0, 0, 0.0))
        ids = [id(w) for c in chosen for w in c.words]
        if len(ids) != len(set(ids)):
            continue  # one value read under two captions: no list of persons
        names: list[str] = []
        for c in chosen:
            names.extend(n for n in c.value if n not in names)
        return _Candidate(spec.name, names, tuple(w for c in chosen for w in c.words),
                          max(c.score for c in chosen) * (1.0 + 0.05 * len(names)),
                          chosen[0].hit, min(c.confidence for c in chosen))
    return None


def _stacked_captions(candidates: list[_Candidate], spec: FieldSpec) -> list[list[_Candidate]]:
    """One wording repeated down a column with one person under each ("Unterkunftnehmer
    (Vor- und Familienname)" / "Lea Brandt" / "Unterkunftnehmer (…)" / "Jan Brandt"): per
    caption, its best value that ends over the next caption."""
    by_place: dict[tuple[int, int], list[_Candidate]] = {}
    for c in candidates:
        if c.field == spec.name and c.hit is not None and isinstance(c.value, list) \
                and c.value and all(w.y0 > c.hit.line.y1 for w in c.words):
            by_place.setdefault((c.hit.line.index, c.hit.seg_index), []).append(c)
    # (the same caption: its whole segment's text repeated, not a wording within sentences)
    columns: dict[str, list[tuple[int, int]]] = {}
    for place in sorted(by_place):
        hit = by_place[place][0].hit
        assert hit is not None
        columns.setdefault(_caption_key(hit.segment), []).append(place)
    groups: list[list[_Candidate]] = []
    for places in columns.values():
        run: list[_Candidate] = []
        for i, place in enumerate(places):
            hit = by_place[place][0].hit
            assert hit is not None
            nxt = by_place[places[i + 1]][0] if i + 1 < len(places) else None
            floor = nxt.hit.line.y0 if nxt is not None and nxt.hit is not None \
                and nxt.hit.line.page == hit.line.page \
                and _captions_aligned(nxt, by_place[place][0]) else None
            if run and (run[-1].hit is None or run[-1].hit.line.page != hit.line.page
                        or not _captions_aligned(run[-1], by_place[place][0])):
                groups.append(run)
                run = []
            if floor is None and run and run[-1].hit is not None:
                # (the last caption's cell is as tall as the one over it)
                floor = 2 * hit.line.y0 - run[-1].hit.line.y0
            fitting = [c for c in by_place[place]
                       if floor is None or all(w.y1 <= floor for w in c.words)]
            if fitting:
                run.append(max(fitting, key=lambda c: c.score))
        groups.append(run)
    return groups


def _caption_key(seg: Segment) -> str:
    """A caption's text without its item number ("7 einziehende Person" and "8 einziehende
    Person" are one caption repeated)."""
    words = seg.words
    if len(words) > 1 and (ENUMERATOR.fullmatch(words[0].text)
                           or _OUTLINE_NUMBER.fullmatch(words[0].text)):
        words = words[1:]
    return squash(" ".join(w.text for w in words))


def _keep_best(best: dict[tuple[int, int], _Candidate], place: tuple[int, int],
               c: _Candidate) -> None:
    if place not in best or c.score > best[place].score:
        best[place] = c


def _hit_wording(c: _Candidate) -> str:
    h = c.hit
    return squash(" ".join(w.text for w in h.segment.words[h.start:h.end])) if h else ""


def _hit_x0(c: _Candidate) -> float:
    return c.hit.segment.x0 if c.hit else 0.0


def _captions_aligned(a: _Candidate, b: _Candidate) -> bool:
    """Whether two captions stand in one column: their segments start at one x, or their
    wordings do (an item's number may stand before one in its segment: "10 Eingezogen")."""
    if a.hit is None or b.hit is None:
        return False
    slack = max(a.hit.height, 1.0)
    return abs(a.hit.segment.x0 - b.hit.segment.x0) <= slack or abs(
        a.hit.segment.words[a.hit.start].x0 - b.hit.segment.words[b.hit.start].x0) <= slack


# Names of offices end so; a stem inside one ("Straßenverkehrsamt", "Standesamt") is no
# label's.
# (an office's name, or its department's: "Straßenverkehrsangelegenheiten")
_OFFICE = re.compile(r"(?:amt|ämter|behörde|büro|angelegenheiten|verkehr\w*)[.,:]?$",
                     re.IGNORECASE)


def _names_fact_beyond(page: _Page, line: Line, si: int, spec: FieldSpec,
                       own_labels: set[str]) -> bool:
    """Whether a segment another field's listed wording labels names this field's fact too,
    in words that wording does not hold ("Eheschließung – Tag, Ort": the date's label, and
    the place's)."""
    hits = page.seg_hits(line, si)
    if not hits or any(h.label in own_labels for h in hits):
        return False
    key = squash(line.segments[si].text)
    listed = [squash(" ".join(w.text for w in h.segment.words[h.start:h.end])) for h in hits]
    return any(all(stem in key for stem in entry)
               and not all(any(stem in wording for wording in listed) for stem in entry)
               for entry in spec.keys)


def _nth_keyword_hit(page: _Page, spec: FieldSpec, label_spans: set[tuple[int, int]]
                     ) -> LabelHit | None:
    """The label of a person's field that only its stems name ("alle Vorn." of the second
    spouse): the n-th, in reading order, of the places that label the field by a listed
    wording or by its stems."""
    found = _keyword_hits(page, spec, label_spans)
    if spec.occurrence is None or not found:
        return None
    own = {label.text for label in spec.labels}
    places: dict[tuple[int, int], tuple[LabelHit, bool]] = {}
    for hit, by_stems in [*((h, False) for h in page.hits if h.label in own),
                          *((h, True) for h in found)]:
        places.setdefault((hit.line.index, hit.seg_index), (hit, by_stems))
    ordered = sorted(places.values(), key=lambda p: p[0].order)
    if len(ordered) <= spec.occurrence:
        return None
    hit, by_stems = ordered[spec.occurrence]
    return hit if by_stems else None


_DEATH_STEMS = ("tod", "sterb", "storb", "death", "ableben", "starb")


def _asks_death(spec: FieldSpec) -> bool:
    """Whether every stem group of the field names a death (the place or day of death)."""
    return bool(spec.keys) and all(any(d in stem for stem in entry for d in _DEATH_STEMS)
                                   for entry in spec.keys)


# Verbs by which a sentence tells the value its subject names ("… eVB-Nummer … lautet
# PJ4WP1J.").
_TELLING_VERBS = frozenset({"lautet", "lauten", "ist", "heißt", "heisst"})


def _told_next(page: _Page, line: Line, seg: Segment) -> bool:
    """Whether the segment's sentence goes on in the next line at its left edge with a verb
    that tells the value ("Ihre eVB-Nummer für die Zulassung" / "lautet PJ4WP1J.")."""
    if line.index + 1 >= len(page.lines):
        return False
    nxt = page.lines[line.index + 1]
    height = max(seg.height, 1.0)
    return nxt.page == line.page and nxt.y0 - seg.y1 <= CONTINUATION_GAP_HEIGHTS * height \
        and any(abs(s.x0 - seg.x0) <= height and s.words[0].text.lower() in _TELLING_VERBS
                for s in nxt.segments)


def _keyword_hits(page: _Page, spec: FieldSpec, label_spans: set[tuple[int, int]]
                  ) -> list[LabelHit]:
    out: list[LabelHit] = []
    own_labels = {label.text for label in spec.labels}
    listed_places = {(h.line.index, h.seg_index) for h in page.hits if h.label in own_labels}
    for line in page.lines:
        for si, seg in enumerate(line.segments):
            if (line.index, si) in page.clause_segments:
                out += _clause_keyword_hits(page, line, si, spec)
            if (line.index, si) in label_spans \
                    and not _names_fact_beyond(page, line, si, spec, own_labels):
                continue
            # (a question wrapped onto the next line is asked whole: "… auf die Welt" /
            # "gekommen?")
            asked_rest = page.question_rest(line, si)
            whole = page.segment_key(line, si) + squash(" ".join(w.text for w in asked_rest)) \
                + _asked(seg.words + asked_rest)
            wrapped = ""
            if not any(all(stem in whole for stem in entry) for entry in spec.keys):
                wrapped = _wrapped_label_rest(page, line, si)
                if not wrapped or not any(all(stem in whole + wrapped for stem in entry)
                                          for entry in spec.keys):
                    continue  # cheap test first: most segments name no stem of this field
            lead = lead_words(seg.words)
            # "Bewohner/in 2 *": the person's number closes the label, it is no part of it
            trail = _counter_words(seg.words[lead:]) if spec.kind == ValueKind.NAME_LIST else 0
            # A wrapped label's first line is label all through; so is a label cell whose
            # value stands in the next cell ("Name der vermietenden Stelle | Wohnbau eG").
            if wrapped or _label_cell(page, line, si) or asked_rest:
                found: int | None = len(seg.words) - lead - trail
            else:
                # (a segment a listed wording of this field already labels, maybe as a
                # translation, "FZ.-IDENT.-NR. / Vehicle identification number", is read by it)
                found = _keyword_label_end(seg.words[lead:len(seg.words) - trail], spec,
                                           glosses=(line.index, si) not in listed_places)
            if found is None:
                continue
            end = found + lead
            # (a row per person opens each label with the person's numbered role: "Ehegatte 1
            # Fam.-Name Pers.:", the role a tag before the label, its number no value's)
            lead += _role_tag_words(seg.words[lead:end], page.doc_type) \
                or _role_words_before(seg.words[lead:end], page.doc_type, spec)
            label_words = seg.words[lead:end]
            # Labels carry no digits (a value such as an address does), and on a form of
            # caption labels they are caption-sized.
            if any(ch.isdigit() for w in _numbered_words(label_words, spec) for ch in w.text) \
                    and not is_question(label_words):  # "Frage 9: …?" numbers its question
                continue  # (and "Frage Nr. 6: Welche Personen wohnen jetzt neu in der" / …)
            if any(_OFFICE.search(w.text) for w in label_words) and not any(
                    _key_score(squash(" ".join(w.text for w in label_words
                                               if not _OFFICE.search(w.text))), e) is not None
                    for e in spec.keys):
                continue  # "Straßenverkehrsamt": an office's name, not a street's label
            if page.caption_cut is not None and not is_question(label_words) \
                    and not page.is_caption(label_words, OCR_CAPTION_SLACK if page.ocr else 1.0) \
                    and not _told_next(page, line, seg):
                continue  # (a question asks in whatever size the form sets it, and a message
                # tells its value in its own: "Ihre eVB-Nummer für die Zulassung" / "lautet …")
            label_text = " ".join(w.text for w in label_words)
            key = squash(label_text) + wrapped + squash(" ".join(w.text for w in asked_rest)) \
                + _compounds(label_text) + _asked(label_words + asked_rest) \
                + _abbreviated(label_text, _stems((spec,)))
            if spec.kind in _RESIDENCE_KINDS and ("geburt" in key or "geboren" in key):
                continue  # "Geburtsgemeinde bzw. -ort": where one was born, not lives
            if ("geburt" in key or "geboren" in key) and _asks_death(spec):
                continue  # "Wo ist die verstorbene Person geboren?": a birth's fact
            if page.doc_type is not None and (
                    _names_fuller_fact(page.doc_type, spec, key)
                    or _stems_swallowed(page.doc_type, spec, key)
                    or _in_title(page.doc_type, spec, key)
                    or _names_two_alike(page.doc_type, spec, key, label_text)
                    or _names_other_person(page.doc_type, spec, key)):
                # "Wohnungsgeber/-in, Anschrift": the landlord's address, not name;
                # "Wohnungsgeberbestätigung": the document's title
                continue
            scores = [sc for e in spec.keys if (sc := _key_score(key, e)) is not None
                      and (wrapped or asked_rest or _short_stems_whole(e, label_words))]
            if scores:
                out.append(LabelHit(f"<{spec.name}>", line, si, lead, end, max(scores)))
    return out


#: Stems that are prepositions: words of their own, not letters inside another word.
PREPOSITION_STEMS = frozenset({"in", "am", "im", "an"})


def _short_stems_whole(entry: tuple[str, ...], words: tuple[Word, ...]) -> bool:
    """Whether an entry's prepositions stand as words among ``words`` ("verstorben in", not
    the "in" of "Ehegattin der verstorbenen Person")."""
    short = [stem for stem in entry if stem in PREPOSITION_STEMS]
    if not short:
        return True
    folded = {token for w in words for token in re.split(r"[\W_]+", fold(w.text))}
    return all(stem in folded for stem in short)


# Words that open a question, and the reader's pronouns a question addresses him with.
_INTERROGATIVES = frozenset({"wie", "wer", "wen", "wem", "wessen", "was", "wo", "wann", "woher",
                             "wohin", "wozu", "wofur", "welche", "welcher", "welches", "welchen",
                             "welchem"})
_ADDRESS_PRONOUNS = frozenset({"sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
                               "ihnen"})


def _asked_noun(hit: LabelHit) -> bool:
    """Whether the label is the noun its question asks about, the first after the question's
    word ("Wie heißt der Ort von der Wohnung?" asks the place; in "Welche Personen wohnen in
    der Wohnung?" the dwelling is only where they live), or its verb where it names none."""
    words = hit.segment.words
    if hit.first or not is_question(words):
        return False
    folded = [fold(w.text).strip("?:,.") for w in words]
    opening = next((i for i, t in enumerate(folded) if t in _INTERROGATIVES), None)
    if opening is None:
        return False
    noun = next((i for i in range(opening + 1, len(words))
                 if words[i].text[:1].isupper() and folded[i] not in _ADDRESS_PRONOUNS), None)
    # (a question with no noun asks what its verb says, "Wo haben die beiden geheiratet?",
    # and so does one asking when or where: "Wann ist die erste Person geboren?")
    return noun == hit.start or (hit.start > opening and (
        noun is None or folded[opening] in _ASKS))


# What a question's word asks for: "Wann …?" a date, "Wo …?" a place.
_ASKS = {"wann": "datum", "wo": "ort", "woher": "ort"}


def _asked(words: tuple[Word, ...]) -> str:
    """The noun a question's opening word stands for ("Wo ist die Person gestorben?" asks
    the place of death), joined by "|" as a paraphrase; "" for no question."""
    if not is_question(words):
        return ""
    # (after the question's number: "Frage Nummer 1: Wann haben die beiden geheiratet?")
    opened = next((i + 1 for i, w in enumerate(words[:QUESTION_NUMBER_MAX_WORDS])
                   if w.text.endswith((":", ")"))), 0)
    lead = [fold(w.text).strip("?,") for w in words[opened:opened + 3]]
    found = next((_ASKS[t] for t in lead if t in _ASKS), None)
    key = squash(" ".join(w.text for w in words))
    said = [stem for phrase, stem in _SAID_PLAINLY.items() if phrase in key]
    return "".join("|" + part for part in ([found] if found else []) + said)


QUESTION_NUMBER_MAX_WORDS = 4
# What plain language says in other words: "auf die Welt gekommen", "kamen Sie zur Welt"
# (geboren).
_SAID_PLAINLY = {"weltgekommen": "geboren", "zurwelt": "geboren", "aufdiewelt": "geboren"}


_AND = re.compile(r"\s(?:und|&|u\.)\s|/")


def _names_two_alike(doc_type: DocumentType, spec: FieldSpec, key: str, text: str) -> bool:
    """Whether a label worded by its stems joins this field with another of its kind ("Zu
    Mutter und Vater des Kindes"): a heading over both, not either's label."""
    if not _AND.search(text):
        return False
    own = [set(e) for e in spec.keys if all(stem in key for stem in e)]
    for other in doc_type.fields:
        if other.name == spec.name or other.kind != spec.kind or other.occurrence is not None:
            continue
        for entry in other.keys:
            # (another's stems inside this field's own are no second fact: "Geburtsname")
            if all(stem in key for stem in entry) and not any(o >= set(entry) for o in own):
                return True
    return False


#: Fields that hold a named person's whole name (a parent, an account holder, a landlord).
_PERSON_KINDS = frozenset({ValueKind.FULL_NAME, ValueKind.PARTY})


def _names_other_person(doc_type: DocumentType, spec: FieldSpec, key: str) -> bool:
    """Whether a label worded by its stems asks a part of a name ("Nachname") of a person
    another field names ("Kindesvater – Vor- u. Nachname" is the father's name, not the
    child's family name)."""
    if spec.kind != ValueKind.NAME:
        return False
    own = [set(e) for e in spec.keys if all(stem in key for stem in e)]
    return any(all(stem in key for stem in entry) and not any(o >= set(entry) for o in own)
               for other in doc_type.fields if other.kind in _PERSON_KINDS
               for entry in other.keys)


def _in_title(doc_type: DocumentType, spec: FieldSpec, key: str) -> bool:
    """Whether the field's stems are found only in the document's title the label holds:
    "Wohnungsgeberbestätigung" names no landlord, while "Geschlechtsangabe laut
    Geburtenregister" asks the sex before naming its source."""
    for cue in doc_type.title_cues:
        at = key.find(squash(cue))
        if at >= 0 and not any(all(stem in key[:at] for stem in entry) for entry in spec.keys):
            return True
    return False


def _asks_other(doc_type: DocumentType, spec: FieldSpec, key: str, label_key: str) -> bool:
    """Whether a question holding this field's wording asks, by its stems, another field's
    fact that takes the wording in ("In welchem Ort sind Sie geboren?" asks the place of
    birth), and not this one's ("Wie lauten Postleitzahl und Ort?" asks both)."""
    if any(all(stem in key for stem in entry) for entry in spec.keys):
        return False
    return any(all(stem in key for stem in entry) and any(stem in label_key for stem in entry)
               and not all(stem in label_key for stem in entry)
               for other in doc_type.fields if other.name != spec.name for entry in other.keys)


def _stems_swallowed(doc_type: DocumentType, spec: FieldSpec, key: str) -> bool:
    """Whether each of the field's entries the key holds has a stem found only overlapping
    the end of another field's stem that starts before it ("mieter" in "vermieter": the
    landlord's; "name" within "zuname" is no overlap, but a part)."""
    wording = key.split("|", 1)[0]
    others = [stem for stem in _stems(tuple(o for o in doc_type.fields if o.name != spec.name))
              if stem in wording]

    def swallowed(stem: str) -> bool:
        starts = _occurrences(stem, wording)
        return bool(starts) and all(
            any(q < p < q + len(t) < p + len(stem) for t in others
                for q in _occurrences(t, wording))
            for p in starts)

    matched = [entry for entry in spec.keys if all(stem in key for stem in entry)]
    return bool(matched) and all(any(swallowed(stem) for stem in entry) for entry in matched)


def _occurrences(part: str, text: str) -> list[int]:
    out, at = [], text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _names_fuller_fact(doc_type: DocumentType, spec: FieldSpec, key: str) -> bool:
    """Whether a label worded by its stems holds all stems of another field's entry that
    takes in more than the stems it names of this field ("anschrift" + "wohnungsgeb")."""
    named = [set(entry) for entry in spec.keys if all(stem in key for stem in entry)]
    return any(all(stem in key for stem in entry) and any(own < set(entry) for own in named)
               for other in doc_type.fields if other.name != spec.name for entry in other.keys)


# Words after a listed wording that qualify it rather than name another fact ("Nachname der
# Person:", "Geburtsort und -land", "Staatsangehörigkeit (derzeit)", "Hausnummer inkl.
# Zusatz"): they open in lower case or with a bracket, and run to a colon, or to the end of a
# label cell whose value stands in the next cell.
TAIL_MAX_WORDS = 5
CAPITAL_TAIL_MAX_WORDS = 2
COMMA_TAIL_MAX_WORDS = 2
_TAIL_OPENING = re.compile(r"^[a-zäöüß(/+&\-–—]")
# A tail that says the label is about the former address ("Anschrift vor dem Umzug").
_PREVIOUS_TAIL = re.compile(r"^(?:vor|bisher\w*|fruher\w*|vorherig\w*|zuletzt|ehemalig\w*|alt)$")


def _tail_length(hit: LabelHit, value_cell_right: bool) -> int:
    """How many words after ``hit`` still belong to its label (0 when none do)."""
    words = hit.segment.words
    if hit.end >= len(words) or words[hit.end - 1].text.endswith(":"):
        return 0
    rest = _in_sentence_case(words[hit.end:hit.end + TAIL_MAX_WORDS + 1])
    whole = words[hit.end:]
    if is_question(hit.segment.words):
        return len(whole)  # "In welcher Straße liegt die Wohnung?": asked, answered elsewhere
    # "Nachname, wie im Pass": where the value is taken from may run a little longer
    # (after a dash too: "NACHNAME – WIE IM PASS EINGETRAGEN")
    source = [w for w in whole[:2] if w.text not in _DASHES][:1]
    longest = TAIL_MAX_WORDS if source and source[0].text.lower() in _SOURCE_WORDS \
        else COMMA_TAIL_MAX_WORDS
    if (value_cell_right and hit.first and words[hit.end - 1].text.endswith(",")
            and len(whole) <= longest
            and not any(ch.isdigit() for w in whole for ch in w.text)):
        return len(whole)  # "Geb.-Ort, Staat" in a label cell beside its value's cell
    if hit.first and whole[0].text in _DASHES and source \
            and (source[0].text.lower() in _SOURCE_WORDS
                 or source[0].text.lower() in _SOURCE_CLOSERS):
        # "Familienname – beurkundet Groß": the source ends on its participle, the value
        # follows
        closer = next((i for i, w in enumerate(whole[:TAIL_MAX_WORDS + 1])
                       if w.text.lower().rstrip(":") in _SOURCE_CLOSERS), None)
        if closer is not None and closer + 1 < len(whole):
            return closer + 1
    if hit.first and whole[0].text in ("–", "-") and source \
            and source[0].text.lower() in _SOURCE_WORDS and len(whole) <= TAIL_MAX_WORDS + 1 \
            and not any(ch.isdigit() for w in whole for ch in w.text):
        return len(whole)  # "NACHNAME – WIE IM PASS EINGETRAGEN | Hartmann"
    if hit.first and words[hit.end - 1].text.endswith(","):
        # "Mutter, Vor- und Familienname: …": what of the party the label asks, to its colon
        for i, w in enumerate(rest[:TAIL_MAX_WORDS]):
            if any(ch.isdigit() for ch in w.text):
                break
            if w.text.endswith(":"):
                return i + 1
    if words[hit.end - 1].text.endswith(",") and _relative_clause(whole):
        return len(whole)  # "Datum, an dem die Person geboren wurde": the clause says which
    if not _TAIL_OPENING.match(rest[0].text):
        # "Anschrift Vermietung/Verwaltung: …": a capitalised word or two up to a colon
        # still qualify the label
        for i, w in enumerate(rest[:CAPITAL_TAIL_MAX_WORDS]):
            if any(ch.isdigit() for ch in w.text):
                break
            if w.text.endswith(":"):
                return i + 1
        return 0
    depth = 0
    for i, w in enumerate(rest):
        inside = depth > 0 or w.text.startswith("(")
        depth += w.text.count("(") - w.text.count(")")
        if any(ch.isdigit() for ch in w.text) and not inside:
            break  # a value ("der Person 12.03.1980"), not a qualifier
        if w.text.endswith(":") or w.text == ":":
            return i + 1
    n = _qualifier_run(rest)
    left = len(words) - hit.end - n
    if n and left == 0 and hit.first:
        # a label cell ("Nachname der Person") beside its value's cell, a header, a label
        # alone on its line over its value ("Ort und Land der Geburt") or in a row of them
        return n
    return n if n and left > 0 and n <= TAIL_MAX_WORDS else 0




_TAIL_JOINS = frozenset({"und", "oder", "bzw.", "/", "u."})
# Articles a label's line may break after ("Wohnanschrift, komplett in einer" / "Zeile").
_ARTICLES_ENDING = frozenset({"des", "der", "die", "den", "dem", "das", "ein", "eine", "einer",
                              "eines", "einem"})
# How a label's first line ends when its wording goes on in the next line.
_LINE_JOINS = _TAIL_JOINS | _DASHES | _ARTICLES_ENDING | frozenset({"sowie", "mit"})


# Small words a label may end in, never a value on their own.
_LEAD_WORDS = _ARTICLES_ENDING - {"ein", "eine", "einer", "eines", "einem"} | frozenset({
    "von", "aus", "nach", "in", "im", "am", "an", "bei", "zu", "zum", "zur", "bis", "seit", "ab",
    "vom", "für", "als", "mit"})
# Words no label ends in: its wording goes on in the next line ("Geburtsort laut Pass oder"
# over "Personalausweis"), unlike a preposition ("geboren in" over "Bochum").
_OPEN_ENDS = _ARTICLES_ENDING | frozenset({"und", "oder", "bzw.", "sowie"})
# A tail opening so says where the value is taken from ("lt. Ausweis", "gemäß Pass").
_SOURCE_WORDS = frozenset({"lt.", "laut", "gemäß", "gem.", "entsprechend", "nach", "wie"})
# A source word a label's line cannot end on: what the value is taken from follows in the
# next line ("Nachname lt." over "Unterlage", a spreadsheet's header wrapped in its cell).
_CUT_SOURCES = frozenset({"lt.", "laut", "gemäß", "gem."})
# Participles that close a source remark ("wie im Pass eingetragen", "– beurkundet").
_SOURCE_CLOSERS = frozenset({"beurkundet", "eingetragen", "geführt", "angegeben", "vermerkt",
                             "ausgewiesen", "registriert", "verzeichnet"})
# OCR reads the small l of "lt." ("laut") as a capital I.
_L_READ_AS_I = {"It.": "lt.", "Iaut": "laut"}


def _in_sentence_case(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Words of a label set in capitals as they would be written ("DES KINDES" → "des
    Kindes"), so that the case of a qualifier's words can be told."""
    out = []
    for w in words:
        if w.text in _L_READ_AS_I:
            out.append(replace(w, text=_L_READ_AS_I[w.text]))  # "It." for "lt." (laut)
            continue
        letters = [ch for ch in w.text if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            out.append(w)
            continue
        lower = w.text.lower()
        small = lower in _LABEL_LINKS or lower in _TAIL_JOINS or bool(_REMARK_OPENING.match(lower))
        out.append(replace(w, text=lower if small else w.text[0] + lower[1:]))
    return tuple(out)


def _qualifier_run(rest: tuple[Word, ...]) -> int:
    """Words that qualify a label without a colon: "der Person", "und -land", "(derzeit)"."""
    rest = _in_sentence_case(rest)
    i = 0
    while i < len(rest):
        text = rest[i].text
        if text.startswith("("):
            while i < len(rest) and ")" not in rest[i].text:
                i += 1
            i += 1
        elif len(text) > 1 and text[0] in "-/":
            i += 1
        elif text in _DASHES and i + 1 < len(rest) and rest[i + 1].text[:1].isupper():
            i += 2  # "Anschrift – Wohnung": the dash adds what the label is about
        elif text in _DASHES and i + 1 < len(rest) and rest[i + 1].text[:1].islower():
            # "Familienname – in Druckbuchstaben –", "Tag der Geburt – ausgeschrieben": a
            # remark set between dashes (or after one, to the cell's end) says how to write
            close = next((k for k in range(i + 1, len(rest)) if rest[k].text in _DASHES), None)
            remark = rest[i + 1:close]
            # (a noun in a hint follows its preposition: "in Druckbuchstaben", "laut Pass";
            # "– vollständige Anschrift" names the label's fact, it is no hint)
            named = any(w.text[:1].isupper() and (k == 0 or fold(remark[k - 1].text)
                                                  not in _HINT_LINKS)
                        for k, w in enumerate(remark))
            if named or (remark and (_instruction(remark) or fold(
                    remark[-1].text.rstrip(".:!")) in _CHOOSING_VERBS)) \
                    or any(ch.isdigit() for w in remark for ch in w.text) \
                    or (close is None and _adjective(rest[-1].text)) \
                    or (len(remark) == 1 and remark[0].text.endswith(".")):
                # a value; "Wohnungsgeber – postalische" / "Anschrift": the noun below;
                # "Haushaltsmitglied – geb.": another label, shortened
                break
            i = len(rest) if close is None else close + 1
        elif _remark_opening(text) and i == len(rest) - 1:
            i += 1  # "ORT GEB.": an abbreviation closing the label
        elif text in _TAIL_JOINS or text in _LABEL_LINKS or _remark_opening(text) \
                or text.lower() in _CUT_SOURCES:
            # "der Person", "und -land", "und weitere Vornamen", "inkl. Zusatz", "gemäß
            # Meldevorgang" (where the value is taken from)
            j = i + 1
            while j < min(len(rest), i + 3) and rest[j].text[:1].islower():
                j += 1
            if j < len(rest) and (rest[j].text[:1].isupper() or rest[j].text[:1] in "-/"):
                i = j + 1
            else:
                break
        else:
            break
    return min(i, len(rest))


# Stems of the other parties a form names: a tail with one ("Vorname des Vaters") makes the
# label another person's.
_PARTY_STEMS = ("mutter", "vater", "ehegatt", "ehemann", "ehefrau", "wohnungsgeb", "vermiet",
                "eigentum", "verwalt", "kontoinhab", "kontofuhr", "zahlungspflicht")


def _genitive_free(key: str) -> set[str]:
    """A squashed word and its forms without a genitive ending ("geldinstituts")."""
    return {key, key[:-1], key[:-2]} if key.endswith("es") else \
        {key, key[:-1]} if key.endswith("s") else {key}


def _tail_names_other(doc_type: DocumentType, spec: FieldSpec, hit: LabelHit,
                      other_words: frozenset[str], wrapped: str = "") -> bool:
    """Whether a label's tail makes it another fact's label for ``spec``: "Ort" in "Ort und
    Staat der Geburt", "Name" in "Name der Mutter", "Name der Bank"; ``wrapped`` is the
    squashed rest of a label that goes on in the next line ("Wohnungsgeber – postalische" /
    "Anschrift")."""
    if not hit.tail and not wrapped:
        return False
    words = hit.segment.words
    label_key = squash(" ".join(w.text for w in words[hit.start:hit.end - hit.tail]))
    tail = _without_attributes(_plain_words(words[hit.end - hit.tail:hit.end]),
                               _section_nouns(doc_type, spec))
    opening = _in_sentence_case(words[hit.end - hit.tail:hit.end - hit.tail + 1])
    if opening and opening[0].text.lower() in _SOURCE_WORDS:
        return False  # "Name lt. Registereintrag": where the value comes from, no other fact
    if spec.kind in (ValueKind.NAME, ValueKind.FULL_NAME) \
            and any(squash(w.text) in _place_wordings(doc_type) for w in tail):
        return True  # "Name von dem Ort": the town's name, not the person's
    tail_key = squash(" ".join(w.text for w in tail)) + wrapped
    phrase_key = label_key + tail_key
    if is_question(words):  # "In welchem Ort wurden Sie geboren?": the whole question asks
        phrase_key = squash(" ".join(w.text for w in words))
    if any(_genitive_free(squash(w.text)) & other_words for w in tail):
        return True  # "Name des Geldinstituts": the bank's, not the person's
    if _dates_other_event(spec, label_key, tail, tail_key):
        return True  # "Datum des Ereignisses": the event's date, not the certificate's
    # (a label printed once per person may name its person: "Nachname der Ehefrau")
    own = doc_type.own_parties if spec.occurrence is not None else ()
    if any(stem in tail_key and stem not in own for stem in _PARTY_STEMS) \
            and not any(stem in tail_key for entry in spec.keys for stem in entry):
        return True
    self_sufficient = any(all(s in label_key for s in entry) for entry in spec.keys)
    # An abbreviation in the tail stands for the stems it begins ("ORT GEB.": Geburt).
    shortened = [squash(w.text) for w in tail
                 if w.text.endswith(".") and len(squash(w.text)) >= COMPOUND_PART_MIN_CHARS]

    def named(stem: str, whole: bool = False) -> bool:
        # (an abbreviation begins a stem; a key that is one compound, "regnr", needs all
        # of it: "– Reg." says where a name comes from, not a register number)
        return stem in phrase_key or any(
            stem.startswith(a) and (not whole or len(stem) - len(a) <= 1) for a in shortened)

    if wrapped and any(len(e) > 1 and all(named(st) for st in e) for e in spec.keys):
        return False  # "Anschrift des" / "Eigentümers": the wrapped rest completes this fact
    for other in doc_type.fields:
        if other.name == spec.name or (" " in hit.label and any(
                lab.text == hit.label for lab in other.labels)):
            continue  # (a wording of both facts names the other already: "Straße,
            # Gebäudenummer (Wohnsitz)"; one word both share, "Anschrift", does not)
        for entry in other.keys:
            if not all(named(s, len(entry) == 1) for s in entry) \
                    or all(s in label_key for s in entry):
                continue
            # The tail joins the label's own words into another fact ("Ort ... der Geburt"),
            # or a bare wording ("Ort") takes its meaning from the tail.
            if any(s in label_key for s in entry) or not self_sufficient:
                return True
    return False


_PLACE_WORDINGS: dict[str, frozenset[str]] = {}


def _place_wordings(doc_type: DocumentType) -> frozenset[str]:
    """The one-word wordings of a type's places ("Ort", "Straße", "Gemeinde")."""
    if doc_type.name not in _PLACE_WORDINGS:  # schemas are fixed: computed once per type
        _PLACE_WORDINGS[doc_type.name] = frozenset(
            squash(label.text) for spec in doc_type.fields
            if spec.kind in (ValueKind.CITY, ValueKind.STREET, ValueKind.PLACE)
            for label in spec.labels if len(label.text.split()) == 1)
    return _PLACE_WORDINGS[doc_type.name]


# What a bare "Datum" may be the date of and still date the document itself ("Datum der
# Urkunde", "Tag dieser Ausfertigung").
_DOCUMENT_NOUNS = ("urkunde", "bescheinigung", "auszug", "abschrift", "ausfertigung",
                   "bestatigung", "antrag", "formular", "schreiben")
_BARE_DATE_LABELS = frozenset({"datum", "tag"})


def _dates_other_event(spec: FieldSpec, label_key: str, tail: tuple[Word, ...],
                       tail_key: str) -> bool:
    """Whether a bare date label's genitive names an event the field is not about ("Datum
    des Ereignisses", "Tag der Eintragung" are no issue date's labels)."""
    if spec.kind != ValueKind.DATE or label_key not in _BARE_DATE_LABELS or not tail \
            or fold(tail[0].text) not in _GENITIVE_LINKS:
        return False
    if not any(w.text[:1].isupper() for w in tail[1:]):
        return False
    return not any(stem in tail_key for entry in spec.keys for stem in entry) \
        and not any(noun in tail_key for noun in _DOCUMENT_NOUNS)


# Documents other than the one in hand that a register or card says were made out.
_OTHER_DOCUMENTS = frozenset({"kt", "karte", "kartei", "karteikarte", "pass", "reisepass",
                              "ausweis", "personalausweis", "visum"})


def _issues_other_document(spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a label of the document's issue names another document before it ("Kt.
    ausgestellt", "Pass ausgestellt am")."""
    if spec.kind != ValueKind.DATE or not any("ausgestellt" in entry for entry in spec.keys):
        return False
    # (before the label, or inside one worded by its stems)
    head = hit.segment.words[max(0, hit.start - 2):hit.end]
    return any(fold(w.text).strip(".:-") in _OTHER_DOCUMENTS for w in head)


def _dates_other_noun(spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a bare date label's cell goes on with the noun of what it dates, one the
    field is not about ("Datum Ehe", "Datum Einzug"; "Datum Ausstellung" dates the
    document)."""
    words = hit.segment.words
    rest = words[hit.end:]
    if spec.kind != ValueKind.DATE or hit.tail or not rest or len(rest) > 2 \
            or squash(" ".join(w.text for w in words[hit.start:hit.end])) \
            not in _BARE_DATE_LABELS:
        return False
    if not all(w.text[:1].isupper() and w.text.rstrip(":").isalpha() for w in rest):
        return False
    key = squash(" ".join(w.text for w in rest))
    return not any(stem in key for entry in spec.keys for stem in entry) \
        and not any(noun in key for noun in _DOCUMENT_NOUNS)


def _section_nouns(doc_type: DocumentType, spec: FieldSpec) -> frozenset[str]:
    """The nouns the wordings of a field's section end in ("Wohnung" for the new one)."""
    return frozenset(squash(w.split()[-1]) for w in doc_type.sections.get(spec.section or "", ()))


def _without_attributes(tail: tuple[Word, ...], nouns: frozenset[str]) -> tuple[Word, ...]:
    """A tail without the adjectives before a noun of the field's own section: "der
    bezogenen Wohnung" names the dwelling, not when it was moved into (while "der
    zahlenden Person" names the payer)."""
    return tuple(w for i, w in enumerate(tail)
                 if not (i + 1 < len(tail) and w.text[:1].islower() and w.text.isalpha()
                         and squash(tail[i + 1].text) in nouns))


def _plain_words(tail: tuple[Word, ...]) -> tuple[Word, ...]:
    """A tail without its remarks: brackets ("(Straße, Nr., PLZ, Ort)" explains what to
    write) and what an abbreviation opens ("ggf. Doktorgrad")."""
    out: list[Word] = []
    depth = 0
    skip_next = False
    for w in tail:
        opened = depth > 0 or w.text.startswith("(")
        depth += w.text.count("(") - w.text.count(")")
        if opened or skip_next:
            skip_next = False
            continue
        if _REMARK_OPENING.match(w.text):
            # "b." (bei), "v." (von), "d." (der) are shortened links of the label's own
            # phrase ("Name b. Geb."), not a remark's opening
            skip_next = w.text not in _SHORT_LINKS
            continue
        out.append(w)
    return tuple(out)


_SHORT_LINKS = frozenset({"b.", "v.", "d."})


def _explains_other(doc_type: DocumentType, hit: LabelHit) -> bool:
    """A wording in brackets after another fact's label explains that label
    ("Todeszeitpunkt (Datum)"); after a word naming no fact it is the label ("Elternteil
    (Vater)")."""
    if hit.first or not hit.segment.words[hit.start].text.startswith("("):
        return False
    before_words = hit.segment.words[:hit.start]
    if any(squash(w.text) in _other_label_words() for w in before_words):
        return True  # "Kreditinstitut (Name)": the bank's name, not a person's
    before = squash(" ".join(w.text for w in before_words))

    def other(spec: FieldSpec) -> bool:
        return all(label.text != hit.label for label in spec.labels)

    head = [w for w in before_words if not ENUMERATOR.fullmatch(w.text)]
    if len(head) == 1 and _one_word_label(doc_type, head[0].text, hit.label):
        return True  # "Gem. (Whg.)", "Ort (Whg. neu)": the town of the dwelling
    return _names_field(doc_type, before, other)


def _one_word_label(doc_type: DocumentType, text: str, but: str) -> bool:
    """Whether ``text`` is a one-word label of the type other than ``but``, or cut short
    from one ("Gem." for Gemeinde)."""
    key = squash(text)
    short = text.endswith(".") and len(key) >= COMPOUND_PART_MIN_CHARS
    return bool(key) and any(
        (squash(label.text).startswith(key) if short else squash(label.text) == key)
        for spec in doc_type.fields for label in spec.labels
        if " " not in label.text and label.text != but)


def with_tails(own: list[LabelHit], all_hits: list[LabelHit]) -> list[LabelHit]:
    """The type's label hits with their qualifying tails taken into the label."""
    label_starts = {(h.line.index, h.seg_index) for h in all_hits if h.first}
    out = []
    for hit in own:
        right = (hit.line.index, hit.seg_index + 1)
        value_cell_right = (hit.seg_index + 1 < len(hit.line.segments)
                            and right not in label_starts)
        n = _tail_length(hit, value_cell_right)
        out.append(replace(hit, end=hit.end + n, tail=n) if n else hit)
    # A wording inside another label's tail is part of that label ("Mutter, Vor- und
    # Familienname:" asks for the mother's name, not the child's family name).
    tails = [h for h in out
             if h.tail and h.segment.words[h.end - h.tail - 1].text.endswith(",")]
    return [h for h in out if not any(
        t is not h and (t.line.index, t.seg_index) == (h.line.index, h.seg_index)
        and t.end - t.tail <= h.start and h.end <= t.end for t in tails)]


def _outranks(stop: LabelHit, own: list[LabelHit]) -> bool:
    """Whether a common non-field label ("Ort, Datum") is longer than every own label it
    overlaps, and starts where they start."""
    if stop.label not in OTHER_LABELS:
        return False
    overlapped = [o for o in own if stop.overlaps(o)]
    return all(o.start == stop.start and o.end < stop.end for o in overlapped)


def _coordinated(own: LabelHit, stop: LabelHit) -> bool:
    """Whether ``stop`` follows ``own`` in its segment after a comma or "und"."""
    if (own.line.index, own.seg_index) != (stop.line.index, stop.seg_index):
        return False
    words = own.segment.words
    if stop.start == own.end and words[own.end - 1].text.endswith(","):
        return True
    return stop.start == own.end + 1 and words[own.end].text in ("und", "/", "&")


CAPITAL_HEADING_MIN_LETTERS = 4
# A column header set in capitals may run on to a second line right under it, in its size.
HEADER_SIZE_RATIO = 0.9


def _header_row(hit: LabelHit) -> bool:
    """Whether the label stands in a row of two or more column headers all in capitals,
    without a colon or a digit."""
    segments = hit.line.segments
    return (len(segments) >= 2 and all(_capitals(seg.words) for seg in segments)
            and not any(":" in w.text or any(ch.isdigit() for ch in w.text)
                        for seg in segments for w in seg.words))


HEADER_ROW_MIN_CELLS = 2
HEADER_ROW_MIN_LABELS = 2
HEADER_CELL_MAX_WORDS = 3


def _aligned_header_row(page: _Page, hit: LabelHit) -> bool:
    """Whether the label's line is a row of column headers in any case: three or more short
    cells without digits or colons, over a row of values (no labels among them, a digit in
    one) starting where they start. A table of label rows ("Familienname | Meißner | Schulz"
    over "Vornamen | …") is none. Asked for every field a label may name: once per line."""
    return _header_values_line(page, hit) is not None


def _header_values_line(page: _Page, hit: LabelHit) -> int | None:
    """The index of the values' line under a row of column headers (``None`` when the
    label's line is no such row); found once per line."""
    key = hit.line.index
    if key not in page.header_rows:
        page.header_rows[key] = _find_aligned_header_row(page, hit)
    return page.header_rows[key]


def _header_cell(page: _Page, hit: LabelHit, row: int = 0) -> tuple[Word, ...]:
    """The value under a column header, in the values' line, however many lines the headers
    take ("Einzug" over "Datum" over "04. Okt. 2026"); ``row`` counts further rows of the
    table, one per person ("1 | Müller | Ursula", "2 | Weber | Till")."""
    index = _header_values_line(page, hit)
    if index is None or index + row >= len(page.lines):
        return ()
    height = max(hit.height, 1.0)
    starts = [seg.x0 for seg in hit.line.segments]
    line = page.lines[index + row]
    if row and (line.page != hit.line.page or sum(
            1 for seg in line.segments
            if any(min(abs(seg.x0 - x), abs(_cell_start(seg) - x)) <= height / 2
                   for x in starts)) < HEADER_ROW_MIN_CELLS):
        return ()  # the table ended
    x0 = hit.segment.x0
    for seg in line.segments:
        if abs(seg.x0 - x0) <= height / 2:
            return seg.words
        if abs(_cell_start(seg) - x0) <= height / 2:
            return seg.words[1:]
    return ()


def _cell_start(seg: Segment) -> float:
    """Where a row's first cell starts: after the row's number ("1 Richter" in a table whose
    number column has no header of its own)."""
    if len(seg.words) > 1 and seg.words[0].text.isdigit() \
            and ENUMERATOR.fullmatch(seg.words[0].text):
        return seg.words[1].x0
    return seg.x0


def _header_core_words(words: tuple[Word, ...]) -> int:
    """A header's words without its remarks: "Name (Familie) – Reg." is one word with a
    bracketed remark and a dashed one, as short a header as "Name"."""
    count = depth = 0
    for w in words:
        if w.text in _DASHES:
            break
        if w.text.startswith("("):
            depth += 1
        if not depth:
            count += 1
        if w.text.endswith(")"):
            depth = max(0, depth - 1)
    return count


def _find_aligned_header_row(page: _Page, hit: LabelHit) -> int | None:
    segments = hit.line.segments
    # A row number before the headers (a spreadsheet's) is no header cell; but a numbered
    # label with its value ("3 | VORN. | Emilia Marie") is no header row.
    lead = 1 if len(segments) > 1 and ENUMERATOR.fullmatch(segments[0].text) else 0
    if len(segments) - lead < HEADER_ROW_MIN_CELLS + lead or any(
            _header_core_words(seg.words) > HEADER_CELL_MAX_WORDS
            or any(":" in w.text or any(ch.isdigit() for ch in w.text) for w in seg.words)
            for seg in segments[lead:]):
        return None
    labelled = {h.seg_index for h in page.hits if h.line.index == hit.line.index}
    if page.doc_type is not None:  # cells worded in no list but by a field's stems
        labelled |= {si for si, seg in enumerate(segments)
                     if _names_field(page.doc_type, squash(seg.text), lambda _: True)}
    height = max(hit.height, 1.0)
    starts = [seg.x0 for seg in segments[lead:]]
    # a header may go on in a second line set tight under it ("Name" over "Wohnungsg.")
    nxt = hit.line.index + 1
    if len(labelled) < HEADER_ROW_MIN_LABELS and nxt < len(page.lines) \
            and _header_second_line(page, page.lines[nxt], hit.line, starts, height):
        labelled |= {si for h in page.hits if h.line.index == nxt
                     for si, x in enumerate(starts) if abs(h.segment.x0 - x) <= height / 2}
    if len(labelled) < HEADER_ROW_MIN_LABELS:
        return None  # one label and its values in columns ("Familienname | Meißner | …")
    if page.doc_type is not None \
            and _label_value_pairs(page, page.doc_type, hit.line) >= HEADER_ROW_MIN_LABELS:
        return None  # cards or columns side by side ("Vornam. | Mariam | Whg. ist | NebWhg.")
    if any(len(seg.words) > HEADER_CELL_MAX_WORDS for seg in segments[lead:]) \
            and len(labelled) < len(segments) - lead:
        # a long header passes only with its remarks in a row of nothing but headers
        # ("Name (Familie) – Reg. | Vornamen (Reg.)"); "Kind – Familienname (eingetragen)
        # | Meyer | …" is a row of labels and their values
        return None
    bottom = hit.line.y1
    for line in page.lines[hit.line.index + 1:hit.line.index + 4]:
        if line.page != hit.line.page:
            break
        if all(_RULE_TEXT.fullmatch(seg.text) for seg in line.segments):
            continue  # a rule typed under the headers ("-------")
        second = _header_second_line(page, line, page.lines[line.index - 1], starts, height)
        if second and line.y0 - bottom < HEADER_WRAP_GAP_HEIGHTS * height:
            bottom = line.y1
            continue  # the headers' second line set tight under them ("Wohnungsg. | als")
        bottom = line.y1
        shared = sum(1 for seg in line.segments
                     if any(abs(seg.x0 - x) <= height / 2 or abs(_cell_start(seg) - x)
                            <= height / 2 for x in starts))
        remarks = all(seg.text.startswith("(") or seg.text[:1].islower()
                      for seg in line.segments)
        # a row of values: a digit in one, or a cell under every header ("Klein | Günter |
        # männlich | weibl." under "Name (Fam.) | Vornamen | Gschl.")
        values = any(any(ch.isdigit() for ch in seg.text) for seg in line.segments) or (
            shared == len(line.segments) == len(segments) and not remarks)
        if not values and all(_header_goes_on(seg, segments, height)
                              for seg in line.segments):
            continue  # the headers' second line ("(alle)", "ort (Staat)", "Datum")
        if any(_starts_with_label(seg, page.by_seg, line, si)
               and not _reads_as_option(seg.text)  # "Hauptwohnung", "weibl.": values here
               for si, seg in enumerate(line.segments)):
            break
        if shared >= HEADER_ROW_MIN_CELLS and values:
            return line.index
    return None


def _label_value_pairs(page: _Page, doc_type: DocumentType, line: Line) -> int:
    """How many labels in a row have the next cell, no label itself, read as a value of
    their field."""
    kinds = {lab.text: spec.kind for spec in doc_type.fields for lab in spec.labels}
    pairs = 0
    for si in range(len(line.segments) - 1):
        hits = page.seg_hits(line, si)
        if not hits or page.seg_hits(line, si + 1):
            continue
        text = line.segments[si + 1].text
        if any(h.label in kinds and parse_value(kinds[h.label], text) not in (None, "", [])
               for h in hits):
            pairs += 1
    return pairs


_RULE_TEXT = re.compile(r"[-–—_=.·\s]{3,}")
# A header row's second line stands closer under it than this (in header heights).
HEADER_WRAP_GAP_HEIGHTS = 0.5


def _header_second_line(page: _Page, line: Line, above: Line, starts: list[float],
                        height: float) -> bool:
    """A line set tight under a row of headers, without digits, each of its cells starting
    where a header starts, a label among them: the headers' second line (a row of values
    set tight under its labels, "Hanoi | Bochum", holds no label)."""
    return (line.page == above.page and line.y0 - above.y1 < HEADER_WRAP_GAP_HEIGHTS * height
            and not any(ch.isdigit() for ch in line.text)
            and all(any(abs(seg.x0 - x) <= height / 2 for x in starts)
                    for seg in line.segments)
            and any(page.seg_hits(line, si) or (
                page.doc_type is not None
                and _names_field(page.doc_type, squash(seg.text), lambda _: True))
                for si, seg in enumerate(line.segments)))


def _header_remark_names_other(page: _Page, spec: FieldSpec, hit: LabelHit) -> bool:
    """Whether a column header's second line makes it another field's header: "DATUM" over
    "(GEB.)" is the date of birth, not a date this field may be."""
    return any(other.name != spec.name for other in remark_named_fields(page, hit))


def remark_named_fields(page: _Page, hit: LabelHit) -> list[FieldSpec]:
    """The fields a column header names together with its second line ("DATUM" over
    "(GEB.)": the date of birth); an abbreviation there stands for the stems it begins.
    Asked for every field a label may name: found once per hit."""
    key = (hit.line.index, hit.seg_index, hit.start, hit.end)
    if key not in page.remark_fields:
        page.remark_fields[key] = _find_remark_named_fields(page, hit)
    return page.remark_fields[key]


def _find_remark_named_fields(page: _Page, hit: LabelHit) -> list[FieldSpec]:
    index = _header_values_line(page, hit)
    if index is None or page.doc_type is None:
        return []
    height = max(hit.height, 1.0)
    remark = [w for line in page.lines[hit.line.index + 1:index] for seg in line.segments
              if abs(seg.x0 - hit.segment.x0) <= height / 2 for w in seg.words]
    if not remark:
        return []
    label_key = squash(" ".join(w.text for w in hit.segment.words[hit.start:hit.end]))
    phrase = label_key + squash(" ".join(w.text for w in remark))
    shortened = [squash(w.text) for w in remark if w.text.rstrip(")").endswith(".")
                 and len(squash(w.text)) >= COMPOUND_PART_MIN_CHARS]

    def named(stem: str) -> bool:
        return stem in phrase or any(stem.startswith(a) for a in shortened)

    return [other for other in page.doc_type.fields
            if any(all(named(stem) for stem in entry) and any(stem in label_key for stem in entry)
                   and not all(stem in label_key for stem in entry) for entry in other.keys)]


def _reads_as_option(text: str) -> bool:
    """Whether a cell names a sex or a kind of dwelling ("weibl.", "Hauptwohnung")."""
    return any(parse_value(kind, text) is not None
               for kind in (ValueKind.SEX, ValueKind.DWELLING))


def _header_goes_on(seg: Segment, headers: tuple[Segment, ...] | list[Segment],
                    height: float) -> bool:
    """Whether a cell under a row of headers is the second line of the header it stands
    under ("Geburts-" over "ort (Staat)", "Vornamen" over "(alle)"): no digits, and starting
    where a header starts."""
    # a header's second line may be capitalised too ("Einzug" over "Datum"); the values'
    # row comes next
    return not any(ch.isdigit() for ch in seg.text) and any(
        abs(h.x0 - seg.x0) <= height / 2 for h in headers)


# A translation is set clearly smaller than its label (a value's box may be a little lower
# than a label's of the same size: "zur Nieden" under "ZUNAME").
GLOSS_RATIO = 0.95


def _gloss(words: tuple[Word, ...], label_height: float) -> bool:
    """Whether ``words`` under a label translate it ("ANSCHRIFT" over "indirizzo"): set
    smaller than the label, beginning in lower case, without digits (a value under a label
    begins with a capital, a digit or a name's particle: "von Ahlen")."""
    # (box heights: a word of x-height letters, "comune", counts as set in its box's size;
    # a dash's thin box is no word's)
    return bool(words) and words[0].text[:1].islower() \
        and words[0].text.lower() not in NAME_PARTICLES \
        and not any(ch.isdigit() for w in words for ch in w.text) \
        and _height(words, scaled=False) < GLOSS_RATIO * label_height


def _gloss_line(hit: LabelHit, line: Line) -> bool:
    """Whether the line under a label translates it: within the label's cell (up to the
    next part of the label's line) a gloss, and no value beside it (a value beside a word
    in lower case, "beurkundet | 20. 12. 1930", makes that word the label's wrapped end)."""
    label_height = _height(hit.segment.words[hit.start:hit.end], scaled=False)
    right = hit.line.segments[hit.seg_index + 1].x0 \
        if hit.seg_index + 1 < len(hit.line.segments) else float("inf")
    cell = [seg for seg in line.segments
            if seg.x1 > hit.segment.x0 - label_height and seg.x0 < right]
    return any(_gloss(seg.words, label_height) for seg in cell) and not any(
        any(ch.isdigit() for ch in seg.text) or seg.text[:1].isupper() for seg in cell)


def _header_continues(hit: LabelHit, words: tuple[Word, ...], bottom: float,
                      line: Line | None = None) -> bool:
    """Whether ``words`` under a label set in capitals go on with it ("EINZUG" / "DATUM",
    "FAMNAME" / "(AMTL.)"): capitals too, no digits, no larger, and close under it."""
    label = hit.segment.words[hit.start:hit.end]
    height = max(hit.height, 1.0)
    if any(ch.isdigit() for w in words for ch in w.text):
        return False
    text = " ".join(w.text for w in words)
    remark = text.startswith("(") and text.endswith(")")  # "Vornamen" over "(alle)"
    # "Registernummer" over "lt. Urkunde": where the value is taken from, the label's rest
    remark = remark or (words[0].text.lower() in _CUT_SOURCES
                        and len(words) <= WRAPPED_LABEL_MAX_WORDS)
    # "ANSCHRIFT" over "indirizzo": a translation of the label, smaller and in lower case
    # (a value under a label begins with a capital or a digit)
    gloss = _gloss(words, _height(label, scaled=False)) and (line is None or _gloss_line(hit, line))
    # "Geburts-" over "ort (Staat)": a label read across its line break
    if not (remark or gloss or hit.wrapped or (_capitals(label) and _capitals(words))):
        return False
    return ((gloss or _height(words) <= _height(label) / HEADER_SIZE_RATIO)
            and min(w.y0 for w in words) - bottom <= height)


def _capitals(words: tuple[Word, ...]) -> bool:
    letters = [ch for w in words for ch in w.text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


# A page whose keys are set in capitals (a terminal's receipt, a register printout) tells no
# heading by its capitals: there "NAME KUNDE/IN" is a key with its qualifier.
CAPITAL_KEYS_MIN = 5
CAPITAL_KEYS_SHARE = 0.6


def keys_in_capitals(hits: list[LabelHit]) -> bool:
    """Whether most labels that start their segment are set in capitals the wordings lack."""
    places: dict[tuple[int, int], bool] = {}
    for h in hits:
        if h.first and not h.label.isupper() and sum(
                ch.isalpha() for w in h.segment.words[h.start:h.end] for ch in w.text) \
                >= CAPITAL_HEADING_MIN_LETTERS:
            place = (h.line.index, h.seg_index)
            places[place] = places.get(place, False) or _capitals(
                h.segment.words[h.start:h.end])
    capital = sum(places.values())
    return capital >= CAPITAL_KEYS_MIN and capital >= CAPITAL_KEYS_SHARE * len(places)


CAPITAL_QUALIFIER_MAX_WORDS = 2


def _capital_qualifier(words: tuple[Word, ...]) -> bool:
    """A word or two in capitals without digits after a key in capitals ("KUNDE/IN", "ERF")."""
    return len(words) <= CAPITAL_QUALIFIER_MAX_WORDS and _capitals(words) \
        and not any(ch.isdigit() for w in words for ch in w.text)


def _in_capital_heading(hit: LabelHit) -> bool:
    """A wording inside a heading set in capitals ("B ANSCHRIFT IM BUNDESGEBIET", "ADDRESS
    IN GERMANY"): the label's words and the words after it are capitals the wording does
    not have, and no colon sets a value apart."""
    words = hit.segment.words
    own = words[hit.start:hit.end]
    rest = words[hit.end:]
    if hit.label.isupper() or not rest or sum(ch.isalpha() for w in own for ch in w.text) \
            < CAPITAL_HEADING_MIN_LETTERS:
        return False
    if any(":" in w.text for w in words) or rest[0].text.startswith("("):
        return False  # "VORNAMEN (ALLE, IN REIHENFOLGE)": a qualifier in brackets
    if hit.seg_index + 1 < len(hit.line.segments):
        return False  # a label cell in capitals beside its value's cell
    if any(ENUMERATOR.fullmatch(w.text) and any(ch.isdigit() for ch in w.text)
           for w in words[:hit.start]):
        return False  # "A.1 NACHNAME – WIE IM PASS": a numbered item is a label
    return _capitals(own) and _capitals(rest[:2])


@lru_cache(maxsize=1)
def _other_label_words() -> frozenset[str]:
    """Single words of the labels of facts no type asks for ("Bank", "Telefon")."""
    return frozenset(squash(t) for t in OTHER_LABELS if " " not in t and len(squash(t)) >= 4)


def _names_previous_tail(hit: LabelHit) -> bool:
    return any(_PREVIOUS_TAIL.match(fold(w.text).strip("():,;."))
               for w in hit.segment.words[hit.end - hit.tail:hit.end])


def extract_fields(doc_type: DocumentType, words: list[Word], *, ocr: bool = False,
                   stop_labels: frozenset[str] = frozenset(),
                   index: LabelIndex | None = None) -> dict[str, Extracted]:
    """Find every field of ``doc_type`` among ``words``.

    Candidates of all fields compete for words: the best-scored candidate wins, and words
    taken by one label's value are not given to another label's field (fields that share a
    label, such as "PLZ, Ort", may share its value).
    """
    label_texts = {label.text for spec in doc_type.fields for label in spec.labels}
    # Labels of facts this type does not ask for (other types' fields, common form labels)
    # are never values: a value search that meets one stops there.
    others = set(OTHER_LABELS) | {t for t in stop_labels
                                  if len(squash(t)) >= STOP_LABEL_MIN_CHARS}
    section_words = {w for ws in doc_type.sections.values() for w in ws}
    if index is None:
        index = LabelIndex(build_lines(words), label_texts | others | section_words)
    lines = index.lines
    own = index.find(label_texts)
    # Where a stop label overlaps one of the type's own ("Neue Anschrift" on a form whose
    # own label is "Anschrift"), the type's own reading wins.
    stops = [h for h in index.find(others - label_texts)
             if not any(h.overlaps(o) for o in own) or _outranks(h, own)]
    # ... but a longer wording of a fact no form asks for ("Ort, Datum der Unterschrift")
    # is that fact's, not the shorter own wording's inside it ("Ort").
    # "Ort, Datum der Unterschrift": a wording coordinated with another fact's label asks
    # for that fact's value too (where the form was signed), not this one's.
    own = [o for o in own if not any(o.overlaps(h) or _coordinated(o, h) for h in stops)]
    capital_keys = keys_in_capitals(own)
    own = with_tails([h for h in own if not _explains_other(doc_type, h)
                      and (capital_keys or not _in_capital_heading(h))], own + stops)
    other_words = _other_label_words()
    hits = sorted(own + stops, key=lambda h: h.order)
    page = _Page(lines, hits, {squash(t) for t in label_texts | others | section_words}, ocr,
                 find_headings(index, doc_type.sections), doc_type)
    page.capital_keys = capital_keys
    candidates: list[_Candidate] = []
    # the persons' name labels (a marriage certificate's spouses), by which a fact labelled
    # once is told to belong to one of them
    first = next((spec for spec in doc_type.fields if spec.occurrence is not None), None)
    anchors = _places(first, hits) if first is not None else []
    for spec in doc_type.fields:
        for label, hit, rank, column in _hits_for_field(spec, hits, anchors, page):
            if column:
                candidates.extend(_column_candidates(page, spec, label, hit, rank, column))
            else:
                candidates.extend(_candidates_for_hit(page, spec, label, hit, rank))
    candidates.extend(_prose_candidates(doc_type, lines))
    # Segments a listed wording (the type's own or another fact's) starts are not read again.
    # A wording that leaves words of the label unread ("Eingezogen sind" holds the listed
    # "eingezogen") does not own the segment.
    owners: dict[str, list[FieldSpec]] = {}
    for spec in doc_type.fields:
        for label in spec.labels:
            owners.setdefault(label.text, []).append(spec)
    # (A question names what it asks by any of its words: "An welchem Tag haben Sie die
    # Wohnung bezogen?" holds the listed "Wohnung", yet asks for the move-in date.)
    label_spans = {(h.line.index, h.seg_index) for h in hits
                   if h.first and not is_question(h.segment.words)
                   and not _continues_label(h, h.segment.words[h.end:h.end + 1])
                   and not _label_goes_on(h)
                   and not all(_tail_names_other(doc_type, o, h, other_words)
                               or (o.section == NEW_SECTION
                                   and (_names_previous(h) or _names_previous_tail(h)))
                               for o in owners.get(h.label, ()))}
    for spec in doc_type.fields:
        if spec.keys and spec.occurrence is None:
            for hit in _keyword_hits(page, spec, label_spans):
                candidates.extend(_candidates_for_hit(page, spec, Label(hit.label), hit, 0))
        elif spec.keys and (nth := _nth_keyword_hit(page, spec, label_spans)) is not None:
            candidates.extend(_candidates_for_hit(page, spec, Label(nth.label), nth, 0))
    # A header its remark gives to another field ("DATUM" over "(GEB.)") is that field's.
    for hit in hits:
        for spec in remark_named_fields(page, hit):
            if spec.occurrence is None:
                candidates.extend(_candidates_for_hit(page, spec, Label(hit.label), hit, 0))
            else:
                candidates.extend(_column_candidates(page, spec, Label(hit.label), hit, 0,
                                                     spec.occurrence))
    for spec in doc_type.fields:
        if spec.kind == ValueKind.NAME_LIST:
            candidates.extend(found for hit in hits if hit.label in label_texts
                              and any(hit.label == label.text for label in spec.labels)
                              for found in _name_column_list(page, spec, hit))
            candidates.extend(found for hit in _keyword_hits(page, spec, label_spans)
                              for found in _name_column_list(page, spec, hit))
            merged = counted_list(candidates, spec) or repeated_label_list(candidates, spec)
            if merged is not None:
                candidates.append(merged)
    for spec in doc_type.fields:
        if spec.kind in SELF_EVIDENT and spec.occurrence is None \
                and not any(c.field == spec.name for c in candidates):
            candidates.extend(_scan_candidates(page, spec))
        elif spec.kind in TICKED_EVIDENT and not any(c.field == spec.name for c in candidates):
            candidates.extend(_ticked_option_candidates(page, spec))
    # (a box that points to a supplement the supplement left unresolved holds no value)
    candidates = [found for c in candidates
                  if not _in_pointer(page, c) and not _label_noun_name(c)
                  for found in _in_party_column(page, c)]
    chosen = _assign(signature_dates_yield(doc_type, candidates),
                     {spec.name: spec.occurrence for spec in doc_type.fields})
    chosen = guess_missing_address(doc_type, guess_missing_dates(doc_type, chosen, lines), lines)
    chosen = house_number_after_street(doc_type, chosen, lines)
    chosen = address_under_party(doc_type, guess_missing_name(doc_type, chosen, lines), lines)
    chosen = guess_missing_optional(
        doc_type, names_after_given(doc_type, names_split_at_comma(doc_type, chosen)), lines)
    chosen = doubt_cut_places(doc_type, complete_wrapped_towns(
        doc_type, doubt_unlikely_streets(doc_type, chosen), lines), lines)
    chosen = doubt_short_lists(doc_type, chosen, lines)
    chosen = {name: found for name, found in chosen.items() if found.value != NOT_GIVEN}
    if not ocr:
        return chosen
    return doubt_ambiguous_codes(doc_type, restore_diacritics(doc_type, chosen, words))


# A required date whose label was not found is guessed from the page's unclaimed dates by
# what it means (a birth long past, an issue date the latest past one), and always below the
# usual threshold: a person confirms it, but does not have to type it.
GUESSED_DATE_CONFIDENCE = 0.4
ADULT_YEARS = 12


def _unclaimed_dates(lines: list[Line], chosen: dict[str, Extracted]
                     ) -> list[tuple[str, tuple[Word, ...]]]:
    claimed = {id(w) for found in chosen.values() for w in found.words}
    out: list[tuple[str, tuple[Word, ...]]] = []
    for line in lines:
        for seg in line.segments:
            words = tuple(w for w in seg.words if id(w) not in claimed)
            text = " ".join(w.text for w in words)
            dates = find_dates(text)
            if not dates:
                continue
            offsets, pos = [], 0
            for w in words:
                offsets.append((pos, pos + len(w.text), w))
                pos += len(w.text) + 1
            for iso, start, end in dates:
                if _CLOCK_AFTER.match(text, end):
                    continue  # "05.11.2026 17:19": a fax's or printer's time stamp
                out.append((iso, tuple(w for a, b, w in offsets if a < end and b > start)))
    return out


_CLOCK_AFTER = re.compile(r"\s*,?\s*(?:um\s+)?\d{1,2}:\d{2}\b")


def guess_missing_dates(doc_type: DocumentType, chosen: dict[str, Extracted],
                        lines: list[Line], today: date | None = None) -> dict[str, Extracted]:
    """Required dates not found by a label, guessed from the dates no field took."""
    missing = [s.name for s in doc_type.fields
               if s.kind == ValueKind.DATE and s.required and s.name not in chosen]
    if not missing:
        return chosen
    today = today or date.today()
    free = _unclaimed_dates(lines, chosen)
    out = dict(chosen)

    def take(name: str, pick: tuple[str, tuple[Word, ...]] | None) -> None:
        if pick is not None:
            free.remove(pick)
            out[name] = Extracted(pick[0], GUESSED_DATE_CONFIDENCE, pick[1])

    adult = today.replace(year=today.year - ADULT_YEARS).isoformat()
    for name in [n for n in missing if "birth" in n]:
        take(name, next((d for d in free if d[0] <= adult), None))
    past = [d for d in free if d[0] <= today.isoformat()]
    if "issue_date" in missing and past:
        take("issue_date", max(past, key=lambda d: d[0]))
    rest = [n for n in missing if n not in out]
    if len(rest) == 1 and len(free) == 1:
        take(rest[0], free[0])
    return out


_ADDRESS_PARTS = (ValueKind.STREET, ValueKind.HOUSE_NUMBER, ValueKind.POSTAL_CODE,
                  ValueKind.CITY)
_TOWN_LINE = re.compile(r"^\d{5}\s+\S")


def _unclaimed_addresses(lines: list[Line], chosen: dict[str, Extracted]
                         ) -> list[tuple[str, tuple[Word, ...]]]:
    """Addresses no field took: "Straße 5, 12345 Ort" in one segment, or a street line with
    the postal code and town under it, at the same left edge."""
    claimed = {id(w) for found in chosen.values() for w in found.words}
    out: list[tuple[str, tuple[Word, ...]]] = []
    for i, line in enumerate(lines):
        for seg in line.segments:
            # ("Hauptstraße 18 · 58453 Witten"; "Ihre Antwort hier: Ümminger Straße 143, …")
            words = _after_key(_after_answer_lead(seg.words))
            text = PART_SEPARATOR.sub(", ", " ".join(w.text for w in words))
            if any(id(w) in claimed for w in seg.words) or not split_street(text):
                continue
            if _office_address(lines, i, seg):
                continue  # the authority's own address (a letter's recipient, a letterhead)
            if POSTAL_CODE_RE.search(text):
                out.append((text, words))
                continue
            # The town line under it, maybe past a line of the other column.
            town = next((t for nxt in lines[i + 1:i + 3] if nxt.page == line.page
                         and nxt.y0 - seg.y1 <= BELOW_MAX_GAP_HEIGHTS * seg.height
                         for t in nxt.segments
                         if abs(t.x0 - seg.x0) <= max(seg.height, 1.0)
                         and _TOWN_LINE.match(t.text)
                         and not any(id(w) in claimed for w in t.words)), None)
            if town is not None:
                out.append((f"{seg.text}, {town.text}", seg.words + town.words))
    return out


# Whose account a letter's footer gives: the office's cash desk ("Stadtkasse", "Kreiskasse",
# "Zahlungsempfänger: Stadt Bochum").
_OFFICE_ACCOUNT = re.compile(r"kasse\b|Zahlungsempfänger|Empfänger:\s*Stadt", re.IGNORECASE)
_OFFICE_WORDS = re.compile(
    r"\b(?:Stadt|Gemeinde|Kreis|Landkreis|Fachdienst|Fachbereich|Rathaus|Behörde|Verwaltung"
    r"|Telefon|Tel\.)\b|(?:amt|ämter|behörde|büro|stelle)\b", re.IGNORECASE)
OFFICE_BLOCK_LINES = 3


def _office_address(lines: list[Line], i: int, seg: Segment) -> bool:
    """Whether an address is an office's: its line, or a line of its block just over it at
    its left edge, names an office ("Stadt Coesfeld", "Fachdienst Kfz-Zulassung")."""
    if _OFFICE_WORDS.search(seg.text):
        return True
    height = max(seg.height, 1.0)
    bottom = seg.y0
    for above in reversed(lines[max(0, i - OFFICE_BLOCK_LINES):i]):
        if above.page != lines[i].page:
            break
        block = [s for s in above.segments if abs(s.x0 - seg.x0) <= height]
        if not block or bottom - above.y1 > CONTINUATION_GAP_HEIGHTS * height:
            break
        if any(_OFFICE_WORDS.search(s.text) for s in block):
            return True
        bottom = above.y0
    return False


#: An address right under a person's fields (at most this many lines below the last of
#: them) is the person's, among several addresses (a contract's parties).
UNDER_PERSON_MAX_LINES = 2


def _under_person(free: list[tuple[str, tuple[Word, ...]]], chosen: dict[str, Extracted],
                  lines: list[Line]) -> list[tuple[str, tuple[Word, ...]]]:
    """Of several unclaimed addresses, the one printed right under the fields read (the
    applicant's name and birth date, then the address without a label), if just one is."""
    line_of = {id(w): n for n, line in enumerate(lines) for seg in line.segments
               for w in seg.words}
    taken = sorted({line_of[id(w)] for found in chosen.values() for w in found.words
                    if id(w) in line_of})
    near = []
    for text, words in free:
        at = line_of.get(id(words[0]))
        above = [n for n in taken if at is not None and n < at]
        if above and at is not None and at - above[-1] <= UNDER_PERSON_MAX_LINES:
            near.append((text, words))
    return near


def guess_missing_address(doc_type: DocumentType, chosen: dict[str, Extracted],
                          lines: list[Line]) -> dict[str, Extracted]:
    """A required address none of whose parts a label led to (its label lost to a poor
    scan), guessed from the one address on the page no field took, for a person to confirm."""
    parts = [s for s in doc_type.fields if s.kind in _ADDRESS_PARTS and s.occurrence is None]
    if len(parts) != len(_ADDRESS_PARTS) or any(s.name in chosen for s in parts) \
            or not all(s.required for s in parts):
        return chosen
    free = _unclaimed_addresses(lines, chosen)
    if len(free) > 1:
        free = _under_person(free, chosen, lines)
    if len(free) != 1:
        return chosen
    text, words = free[0]
    out = dict(chosen)
    for spec in parts:
        value = parse_value(spec.kind, text)
        if value not in (None, "", []):
            out[spec.name] = Extracted(value, GUESSED_DATE_CONFIDENCE, words)
    return out


def house_number_after_street(doc_type: DocumentType, chosen: dict[str, Extracted],
                              lines: list[Line]) -> dict[str, Extracted]:
    """A house number no label of its own led to, read from the words right after the
    street's name in its cell ("gelegen in der Straße | Castroper Straße 118"): a street's
    label may ask only for the street, the number standing with it all the same."""
    spec = next((s for s in doc_type.fields if s.kind == ValueKind.HOUSE_NUMBER
                 and s.occurrence is None), None)
    street = chosen.get("street")
    if spec is None or spec.name in chosen or street is None or not street.words:
        return chosen
    last = street.words[-1]
    claimed = {id(w) for found in chosen.values() for w in found.words}
    for line in lines:
        for seg in line.segments:
            at = next((i for i, w in enumerate(seg.words) if w is last), None)
            if at is None:
                continue
            after = seg.words[at + 1:at + 1 + HOUSE_NUMBER_MAX_WORDS]
            for n in range(len(after), 0, -1):
                words = after[:n]
                text = " ".join(w.text for w in words).rstrip(",")
                value = parse_house_number(text)
                if value and not any(id(w) in claimed for w in words) \
                        and re.fullmatch(r"\d[\w\s/-]*", text):
                    return {**chosen, spec.name: Extracted(value, street.confidence, words)}
            return chosen
    return chosen


def address_under_party(doc_type: DocumentType, chosen: dict[str, Extracted],
                        lines: list[Line]) -> dict[str, Extracted]:
    """A party's address that no label led to, read from the line right under the party's
    name at its left edge, when that line is a whole address no field took (a letter's
    sender: "Mit besten Grüßen vom Vermieter" / "Marie-Luise Nüßlein" / "Fußgängerweg 15,
    01307 Dresden"). A guess from the block's shape: a person confirms it."""
    out = dict(chosen)
    claimed = {id(w) for found in chosen.values() for w in found.words}
    for spec in doc_type.fields:
        party = next((chosen[p.name] for p in doc_type.fields
                      if p.kind == ValueKind.PARTY and p.section == spec.section
                      and p.name in chosen and chosen[p.name].words), None)
        if spec.kind != ValueKind.ADDRESS_LINE or spec.name in chosen or spec.section is None \
                or spec.occurrence is not None or party is None:
            continue
        last = party.words[-1]
        at = next((i for i, line in enumerate(lines)
                   if any(w is last for seg in line.segments for w in seg.words)), None)
        if at is None or at + 1 >= len(lines):
            continue
        line, nxt = lines[at], lines[at + 1]
        height = max(last.y1 - last.y0, 1)
        first = party.words[0]
        under = [seg for seg in nxt.segments if abs(seg.x0 - first.x0) <= height]
        if nxt.page != line.page or nxt.y0 - line.y1 > BELOW_MAX_GAP_HEIGHTS * height \
                or len(under) != 1 or any(id(w) in claimed for w in under[0].words):
            continue
        text = PART_SEPARATOR.sub(", ", under[0].text)
        value = parse_value(spec.kind, text)
        if value and POSTAL_CODE_RE.search(text) and split_street(text):
            out[spec.name] = Extracted(value, min(party.confidence, GUESSED_ADDRESS_CONFIDENCE),
                                       under[0].words)
    return out


# An address read from under its party's name, by the block's shape alone.
GUESSED_ADDRESS_CONFIDENCE = 0.5


#: A house number after its street takes at most this many words ("62 a").
HOUSE_NUMBER_MAX_WORDS = 2


#: A person's name without a label stands on the line right over the person's data (a
#: contract's party: "Álvaro Nikolaidis" / "geboren am: 4. August 1952"), at most this many
#: words of a name.
NAME_OVER_DATA_MAX_WORDS = 4
_PERSONS_OWN = ("date_of_birth", "place_of_birth", "nationality", "sex")


def guess_missing_name(doc_type: DocumentType, chosen: dict[str, Extracted],
                       lines: list[Line]) -> dict[str, Extracted]:
    """A person's family and given names none of whose labels was found, guessed from the
    unclaimed line right over the first of the person's fields read, when it holds nothing
    but a name (given names first, the family name last), for a person to confirm."""
    names = [s for s in doc_type.fields if s.kind == ValueKind.NAME and s.occurrence is None
             and s.required and s.name.endswith(("family_name", "given_names"))]
    family = next((s for s in names if s.name.endswith("family_name")), None)
    given = next((s for s in names if s.name.endswith("given_names")), None)
    if family is None or given is None or family.name in chosen or given.name in chosen:
        return chosen
    line_of = {id(w): n for n, line in enumerate(lines) for seg in line.segments
               for w in seg.words}
    # the person's own data: birth, nationality, sex (not an address another party shares)
    taken = sorted({line_of[id(w)] for name, found in chosen.items()
                    if name.endswith(_PERSONS_OWN) for w in found.words if id(w) in line_of})
    if not taken or taken[0] == 0:
        return chosen
    over = lines[taken[0] - 1]
    if len(over.segments) != 1 or over.page != lines[taken[0]].page:
        return chosen
    words = over.segments[0].words
    text = " ".join(w.text for w in words)
    name = parse_value(ValueKind.NAME, text)
    if not isinstance(name, str) or not 2 <= len(name.split()) <= NAME_OVER_DATA_MAX_WORDS \
            or any(w.text.endswith(":") for w in words) \
            or not all(p[:1].isupper() or p.lower() in NAME_PARTICLES for p in name.split()):
        return chosen
    parts = name.split()
    out = dict(chosen)
    out[family.name] = Extracted(parts[-1], GUESSED_DATE_CONFIDENCE, tuple(words[-1:]))
    out[given.name] = Extracted(" ".join(parts[:-1]), GUESSED_DATE_CONFIDENCE,
                                tuple(words[:-1]))
    return out


# An optional field whose label was not found, while the page shows one value of its kind
# that no field took ("Wunsch-Kz. (res.): BO-J 501", a ticked "☒ Hauptwhg."): without its
# label nothing says the value is this field's, and without the guess the document would be
# routed lacking it. A person confirms it.
GUESSED_OPTIONAL_CONFIDENCE = 0.4
GUESSABLE_OPTIONAL_KINDS = frozenset({ValueKind.PLATE, ValueKind.DWELLING})
GUESS_MAX_WORDS = 8
_TICK_MARK = re.compile(r"[☒☑✔✓✗✘■⊠●]|\[\s*[xX]\s*\]|\(\s*[xX]\s*\)")
# A ticked "ja" / "nein", the mark drawn or typed before it ("☒ nein", "Xja").
_YES_NO = re.compile(rf"(?:^|\s)(?:{_TICK_MARK.pattern}|[xX])\s?(ja|nein|yes|no)\b",
                     re.IGNORECASE)


def guess_missing_optional(doc_type: DocumentType, chosen: dict[str, Extracted],
                           lines: list[Line]) -> dict[str, Extracted]:
    """Optional fields of a kind that tells itself (a plate, a ticked kind of dwelling)
    guessed from the one such value on the page no field took."""
    missing = [s for s in doc_type.fields if not s.required and s.occurrence is None
               and s.kind in GUESSABLE_OPTIONAL_KINDS and s.name not in chosen]
    if not missing:
        return chosen
    claimed = {id(w) for found in chosen.values() for w in found.words}
    out = dict(chosen)
    for spec in missing:
        found: dict[Any, tuple[Word, ...]] = {}
        for line in lines:
            for seg in line.segments:
                # a key's value after its dot leader ("WUNSCHKZ ERF ..... DO-P 7")
                after = _after_leader(seg.words)
                words = after[1:] if after is not seg.words and after else seg.words
                if len(words) > GUESS_MAX_WORDS or any(id(w) in claimed for w in words):
                    continue
                value = _value_of_own_kind(spec.kind, " ".join(w.text for w in words))
                if value is not None:
                    found.setdefault(value, words)
        if len(found) == 1:
            ((value, words),) = found.items()
            out[spec.name] = Extracted(value, GUESSED_OPTIONAL_CONFIDENCE, words)
    return out


def names_split_at_comma(doc_type: DocumentType, chosen: dict[str, Extracted]
                         ) -> dict[str, Extracted]:
    """A family name read as "Piotrowski, Zofia" (the official order, family name first, under
    a plain "Name") is the family name before the comma and the given names after it.

    The given names are taken from it only where no label of their own gave them; where one
    did, the part after the comma must be those names (else the comma is no such order).
    """
    out = dict(chosen)
    names = {spec.name: spec for spec in doc_type.fields}
    for spec in doc_type.fields:
        partner = names.get(spec.name.replace("family_name", "given_names"))
        found = chosen.get(spec.name)
        if partner is None or partner is spec or found is None or not isinstance(
                found.value, str):
            continue
        tokens = found.value.split()
        words = tuple(w for w in found.words if w.text.strip(",;:") in tokens)
        if len(words) != len(tokens) or len(words) < 2:
            continue
        cut = next((i for i, w in enumerate(words[:-1]) if w.text.endswith(",")), None)
        if cut is None:
            continue
        family = parse_value(spec.kind, " ".join(w.text for w in words[:cut + 1]))
        given = parse_value(partner.kind, " ".join(w.text for w in words[cut + 1:]))
        if not family or not given:
            continue
        own = chosen.get(partner.name)
        if own is not None and squash(str(own.value)) != squash(str(given)):
            continue
        out[spec.name] = Extracted(family, found.confidence, words[:cut + 1])
        if own is None:
            out[partner.name] = Extracted(given, found.confidence, words[cut + 1:])
    return out


def names_after_given(doc_type: DocumentType, chosen: dict[str, Extracted]
                      ) -> dict[str, Extracted]:
    """A family name read as the whole name in speaking order ("Tarek Saleh" under a plain
    "Name") where the given names read elsewhere are its first words: the family name is
    the rest ("Saleh")."""
    out = dict(chosen)
    names = {spec.name: spec for spec in doc_type.fields}
    for spec in doc_type.fields:
        partner = names.get(spec.name.replace("family_name", "given_names"))
        found, given = chosen.get(spec.name), chosen.get(spec.name.replace("family_name",
                                                                          "given_names"))
        if partner is None or partner is spec or found is None or given is None \
                or not isinstance(found.value, str) or not isinstance(given.value, str):
            continue
        head = given.value + " "
        if found.value.startswith(head) and (rest := parse_value(
                spec.kind, found.value[len(head):])):
            kept = tuple(w for w in found.words if w.text not in given.value.split())
            out[spec.name] = Extracted(rest, found.confidence, kept or found.words)
    return out


# Makes written like a plate's district ("BMW X1", "VW ID3"); none is a German district's
# code, so a plate guessed without its label never starts with one.
_CAR_MAKES = frozenset({"BMW", "VW", "KIA", "BYD", "DAF", "MAN", "GMC", "NIO"})


def _value_of_own_kind(kind: ValueKind, text: str) -> Any:
    """A segment's value (after its label's colon) when it is plainly of ``kind``: a plate
    standing alone, an option ticked (or named alone)."""
    rest = text.rsplit(":", 1)[-1].strip()
    if kind == ValueKind.PLATE:
        plate = parse_value(kind, rest) if 0 < len(rest.split()) <= 3 else None
        if plate and plate.split("-")[0] in _CAR_MAKES:
            return None  # "BMW X1": a make and model, standing alone where a plate might
        return plate if plate and squash(plate) == squash(rest) else None  # not "TERMINAL-ID BT07"
    value = parse_value(kind, rest)
    if value is None or not (_TICK_MARK.search(rest) or names_only_options(rest)):
        return None
    return value


# Codes that may hold both letters and digits: on a scan, O/0 and I/1 in them cannot be told
# apart by their form (no check digit to settle it), so a person confirms them.
AMBIGUOUS_CODE_KINDS = frozenset({ValueKind.EVB, ValueKind.PASSPORT_NUMBER})
_AMBIGUOUS_CHARS = frozenset("O0I1")
AMBIGUOUS_CODE_CONFIDENCE = 0.5
# A symbol OCR read into a code ("$2223793" for "S2223793") was a letter or digit.
_SYMBOL_IN_CODE = re.compile(r"[$§&%@#*€£¥!?|\\]")


UNLIKELY_STREET_CONFIDENCE = 0.5


def doubt_unlikely_streets(doc_type: DocumentType, chosen: dict[str, Extracted]
                           ) -> dict[str, Extracted]:
    """A street (or the street of an address line) that does not read like a street name
    goes to a person: the label may have led to the wrong text."""
    out = dict(chosen)
    for name, found in chosen.items():
        kind = doc_type.field(name).kind
        if kind not in STREET_KINDS or not isinstance(found.value, str):
            continue
        street = found.value if kind == ValueKind.STREET else (split_street(found.value)
                                                              or (found.value, ""))[0]
        if not street_shaped(street):
            out[name] = Extracted(found.value,
                                  min(found.confidence, UNLIKELY_STREET_CONFIDENCE), found.words)
    return out


SHORT_LIST_CONFIDENCE = 0.5


def doubt_short_lists(doc_type: DocumentType, chosen: dict[str, Extracted],
                      lines: list[Line]) -> dict[str, Extracted]:
    """A list of persons with another person's name standing right of it on its line, which
    no field took ("Person Nr. 1 | Hans-Peter Klein | Person Nr. 2 | Mia Klein"), goes to a
    person: the list may go on."""
    claimed = {id(w) for found in chosen.values() for w in found.words}
    out = dict(chosen)
    for name, found in chosen.items():
        if doc_type.field(name).kind != ValueKind.NAME_LIST or not found.words:
            continue
        own = {id(w) for w in found.words}
        for line in lines:
            mine = [w for seg in line.segments for w in seg.words if id(w) in own]
            if not mine:
                continue
            right = max(w.x1 for w in mine)
            for seg in line.segments:
                if seg.x0 <= right or any(id(w) in claimed for w in seg.words):
                    continue
                names = parse_value(ValueKind.NAME_LIST, seg.text)
                if isinstance(names, list) and len(names) == 1 and len(names[0].split()) >= 2 \
                        and names[0] not in found.value:
                    out[name] = Extracted(found.value,
                                          min(found.confidence, SHORT_LIST_CONFIDENCE),
                                          found.words)
    return out


CUT_PLACE_CONFIDENCE = 0.5


_TOWN_TAIL_ALONE = re.compile(rf"(?:{TOWN_TAIL.pattern})\s*")


def complete_wrapped_towns(doc_type: DocumentType, chosen: dict[str, Extracted],
                           lines: list[Line]) -> dict[str, Extracted]:
    """A town, place or address whose town's last words wrapped onto the next line, alone
    there at the value's start ("Universitätsstraße 65, 06108 Halle" over "(Saale)"), with
    them put back."""
    by_word = {id(w): line for line in lines for w in line.words}
    out = dict(chosen)
    for name, found in chosen.items():
        if doc_type.field(name).kind not in PLACE_NAME_KINDS | ADDRESS_KINDS \
                or not isinstance(found.value, str) or not found.words \
                or TOWN_TAIL.search(found.value):
            continue
        line = by_word.get(id(found.words[-1]))
        if line is None or line.index + 1 >= len(lines):
            continue
        nxt, height = lines[line.index + 1], _height(found.words)
        if nxt.page != line.page or nxt.y0 - line.y1 > height:
            continue
        # (aligned with the value's start on its line, or with its cell's: a town cut out
        # of an address line)
        held = next((seg for seg in line.segments if found.words[-1] in seg.words), None)
        starts = [min(w.x0 for w in found.words if by_word.get(id(w)) is line)]
        starts += [held.x0] if held is not None else []
        tail = next((seg for seg in nxt.segments
                     if any(abs(seg.x0 - x) <= height for x in starts)), None)
        if tail is None:
            continue
        if _TOWN_TAIL_ALONE.fullmatch(" " + tail.text):
            out[name] = Extracted(f"{found.value} {tail.text.strip()}", found.confidence,
                                  found.words + tail.words)
            continue
        # "Mülheim an" over "der Ruhr" in a narrow cell: the value ends on its particle
        if _CUT_AT_PARTICLE.search(found.value) \
                and _PARTICLE_TAIL.fullmatch(tail.text.strip()):
            out[name] = Extracted(f"{found.value} {tail.text.strip()}", found.confidence,
                                  found.words + tail.words)
            continue
        # "… 45472 Mülheim an der" over "Ruhr": the particle ends the line, the name goes on
        dangling = _DANGLING_PARTICLE.search(held.text) if held is not None else None
        if dangling is not None and re.fullmatch(r"[A-ZÄÖÜ][\wäöüß\-]+", tail.text.strip()) \
                and held is not None and held.text[:dangling.start()].endswith(
                    found.value.rsplit(" ", 1)[-1]):
            particle = " ".join(dangling.group(1).split())
            out[name] = Extracted(f"{found.value} {particle} {tail.text.strip()}",
                                  found.confidence, found.words + tail.words)
    return out


_CUT_AT_PARTICLE = re.compile(r"\s(?:an|am|im|in|ob|bei|vor|a\.)$")
_PARTICLE_TAIL = re.compile(r"(?:(?:der|den|dem|d\.)\s+)?[A-ZÄÖÜ][\wäöüß\-]+")
_DANGLING_PARTICLE = re.compile(
    r"\s(an\s+der|am|im|in\s+der|ob\s+der|a\.\s?d\.|bei|vor\s+der)\s*$")


def doubt_cut_places(doc_type: DocumentType, chosen: dict[str, Extracted],
                     lines: list[Line]) -> dict[str, Extracted]:
    """A town, place, registry office or address whose town the page prints elsewhere with
    more to it ("Standesamt Mülheim" where the page says "Mülheim an der Ruhr") goes to a
    person: the value may have been cut where its line wrapped."""
    text = "\n".join(" ".join(seg.text for seg in line.segments) for line in lines)
    out = dict(chosen)
    for name, found in chosen.items():
        kind = doc_type.field(name).kind
        if kind not in PLACE_NAME_KINDS | ADDRESS_KINDS or not isinstance(found.value, str):
            continue
        town = re.sub(r"^Standesamt\s+", "", found.value)
        if kind in ADDRESS_KINDS:  # the town after the postal code
            after = re.search(r"(?<!\d)\d{5}\s+(.+)$", found.value)
            if after is None:
                continue
            town = after.group(1)
        if not town or TOWN_TAIL.match(town, len(town.split()[0])):
            continue  # the value has its tail already
        longer = re.search(rf"(?<![\wäöüß]){re.escape(town)}{TOWN_TAIL.pattern}", text)
        if longer is not None:
            out[name] = Extracted(found.value, min(found.confidence, CUT_PLACE_CONFIDENCE),
                                  found.words)
    return out


def doubt_ambiguous_codes(doc_type: DocumentType, chosen: dict[str, Extracted]
                          ) -> dict[str, Extracted]:
    out = dict(chosen)
    for name, found in chosen.items():
        if (doc_type.field(name).kind in AMBIGUOUS_CODE_KINDS and isinstance(found.value, str)
                and (_AMBIGUOUS_CHARS & set(found.value)
                     or any(_SYMBOL_IN_CODE.search(w.text) for w in found.words))):
            out[name] = Extracted(found.value,
                                  min(found.confidence, AMBIGUOUS_CODE_CONFIDENCE), found.words)
    return out


# OCR drops accents and umlaut dots far more often than it invents them: a value word read
# plain ("Muller") whose accented twin ("Müller") stands elsewhere on the page is that twin.
DIACRITIC_KINDS = frozenset({ValueKind.NAME, ValueKind.FULL_NAME, ValueKind.PARTY,
                             ValueKind.NAME_LIST, ValueKind.PLACE, ValueKind.CITY,
                             ValueKind.STREET, ValueKind.ADDRESS_LINE,
                             ValueKind.REGISTRY_OFFICE})
_WORD = re.compile(r"[^\W\d_]{3,}")


def _accented_twins(words: list[Word]) -> dict[str, str]:
    twins: dict[str, str] = {}
    for w in words:
        for token in _WORD.findall(w.text):
            if not token.isascii() and w.confidence >= TWIN_MIN_CONFIDENCE:
                twins.setdefault(fold(token), token)
    return twins


TWIN_MIN_CONFIDENCE = 0.8


def _restore_text(text: str, twins: dict[str, str]) -> str:
    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        twin = twins.get(fold(token)) if token.isascii() else None
        if twin is None or twin[0].isupper() != token[0].isupper():
            return token
        return twin
    return _WORD.sub(swap, text)


def restore_diacritics(doc_type: DocumentType, chosen: dict[str, Extracted],
                       words: list[Word]) -> dict[str, Extracted]:
    """Values with the accents OCR dropped put back where the page shows them elsewhere."""
    twins = _accented_twins(words)
    if not twins:
        return chosen
    out = dict(chosen)
    for name, found in chosen.items():
        if doc_type.field(name).kind not in DIACRITIC_KINDS:
            continue
        value = found.value
        if isinstance(value, str):
            restored: Any = _restore_text(value, twins)
        elif isinstance(value, list):
            restored = [_restore_text(v, twins) if isinstance(v, str) else v for v in value]
        else:
            continue
        if restored != value:
            out[name] = Extracted(restored, found.confidence, found.words)
    return out


def _claimed(words: tuple[Word, ...], value: Any) -> tuple[Word, ...]:
    """The words a value was made of: from "Gartenstraße 14, 58453 Witten" the street
    claims only "Gartenstraße", so the town stays free for the city field."""
    text = " ".join(value) if isinstance(value, list) else str(value)
    key = squash(text)
    tokens = {squash(t) for t in re.split(r"[\s,;]+", text) if t}
    # a word is the value's when it is one of its words, or a longer part of it (a word
    # the value joined: "Mülheim-"); a short word inside another ("Im" in "Serhii
    # Melnyk") is not
    own = tuple(w for w in words
                if (k := squash(w.text)) and (k in tokens or (len(k) >= 4 and k in key)))
    if not own and isinstance(value, str) and _ISO_DATE.fullmatch(value):
        # a date written out claims its digits: "21.10.2025 in Hattingen" leaves the place
        own = tuple(w for w in words if any(ch.isdigit() for ch in w.text))
    return own or words


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _value_words(cand: _Candidate) -> tuple[Word, ...]:
    return _claimed(cand.words, cand.value)


# When a candidate with another value scores nearly as well, the choice is a guess.
RIVAL_CLOSE = 0.9
RIVAL_NEAR = 0.75
RIVAL_CLOSE_FACTOR = 0.6
RIVAL_NEAR_FACTOR = 0.85


def _rival_factor(cand: _Candidate, candidates: list[_Candidate]) -> float:
    rival = max((c.score for c in candidates
                 if c.field == cand.field and c.value != cand.value), default=0.0)
    ratio = rival / cand.score if cand.score > 0 else 1.0
    if ratio >= RIVAL_CLOSE:
        return RIVAL_CLOSE_FACTOR
    return RIVAL_NEAR_FACTOR if ratio >= RIVAL_NEAR else 1.0


def _assign(candidates: list[_Candidate], persons: dict[str, int | None] | None = None
            ) -> dict[str, Extracted]:
    """Each field's best candidate whose words no other label's field took. One label may
    give its words to several fields ("PLZ/Ort"), but never to two persons' (``persons``:
    the person a field belongs to, as ``FieldSpec.occurrence``)."""
    persons = persons or {}
    chosen: dict[str, Extracted] = {}
    owner: dict[int, tuple[int, int, int] | None] = {}
    person_of: dict[int, int] = {}
    for cand in sorted(candidates, key=lambda c: c.score, reverse=True):
        if cand.field in chosen:
            continue
        hit_key = (cand.hit.line.index, cand.hit.seg_index, cand.hit.start) if cand.hit else None
        words = _value_words(cand)
        taken = [owner[id(w)] for w in words if id(w) in owner]
        if any(t != hit_key or t is None for t in taken):
            continue
        person = persons.get(cand.field)
        if person is not None and any(person_of.get(id(w), person) != person for w in words):
            continue  # the first spouse's name is not the second's too
        for w in words:
            owner[id(w)] = hit_key
            if person is not None:
                person_of[id(w)] = person
        confidence = cand.confidence * _rival_factor(cand, candidates)
        value = _as_printed_in_text(cand, candidates)
        chosen[cand.field] = Extracted(value, max(0.0, min(1.0, confidence)), words)
    return chosen


def _plain(text: str) -> str:
    """A value folded, with umlauts spelt out in capitals ("MUELHEIM") read as the letter."""
    return _SPELT_UMLAUT.sub(lambda u: u.group(0)[0], fold(text))


def _as_printed_in_text(chosen: _Candidate, candidates: list[_Candidate]) -> Any:
    """The chosen value as the page prints it in its running case where another place of the
    page gives the same value so ("STANDESAMT MUELHEIM" as a heading, "Standesamt Mülheim"
    in the record): capitals set a heading apart, they are not the value's spelling."""
    value = chosen.value
    if not isinstance(value, str):
        return value
    same = [c.value for c in candidates if c.field == chosen.field and isinstance(c.value, str)
            and c.value != value and _plain(c.value) == _plain(value)]
    return min([value, *same], key=lambda v: sum(ch.isupper() for ch in v))
