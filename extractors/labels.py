"""Find labels on a page: fuzzy, case- and umlaut-insensitive, tolerant of OCR garbling."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from extractors.layout import Line, Segment
from extractors.values import expand_contractions, fold
from extractors.words import Word

# Similarity (0..100) a window of words needs to count as a label, by the label's length:
# short labels ("Ort", "PLZ") must match exactly, long ones may carry an OCR error or two.
EXACT_BELOW_CHARS = 5
SHORT_LABEL_CHARS = 9
SHORT_LABEL_MIN_SCORE = 88.0
LONG_LABEL_MIN_SCORE = 84.0
# A label may be split into more or fewer words by OCR than it has.
WINDOW_SLACK_WORDS = 1
# The first word of a multi-word label carries its meaning ("Anschrift des Wohnungsgebers"
# is not "Unterschrift des Wohnungsgebers"): it must match at least this well on its own.
FIRST_WORD_MIN_SCORE = 80.0
LAST_WORD_MIN_SCORE = 60.0
# On a text layer a label's last word differs from the listed one at most by a gender or case
# ending ("Vermieterin" for "Vermieters"), not by a syllable ("Zuname" for "Vorname").
TEXT_LAST_WORD_MIN_SCORE = 80.0


# Item numbers official forms print before their labels ("3 Familienname", "12. PLZ"), and
# the bullets of a list ("– Familienname: …").
ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]?\)?|\d{1,2}\.\d{1,2}\.?"
                        r"|[A-Za-z]\.\d{1,2}\.?|[–•·*▪]")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=65536)
def squash(text: str) -> str:
    """Folded letters and digits only: ``Geb.-Datum:`` → ``gebdatum``."""
    return _NOT_ALNUM.sub("", fold(text))


@dataclass(frozen=True, slots=True)
class LabelHit:
    """One label found on a page.

    Attributes:
        label: the wording that matched, as the schema spells it.
        segment: where it was found; ``start:end`` are its words within the segment.
        line: the line the segment belongs to; ``seg_index`` its place in that line.
        score: similarity 0..1.
    """

    label: str
    line: Line
    seg_index: int
    start: int
    end: int
    score: float
    # Words at the end of ``start:end`` that qualify the listed wording ("der Person").
    tail: int = 0
    # Read from a word OCR may have cut short ("Vorn" for "Vorn."): a field's label at most,
    # never evidence of what the document is.
    guessed: bool = False
    # Read across a line break: the label goes on in the line under it.
    wrapped: bool = False
    # One of two labels joined by a slash in one word ("PLZ/Gem."): it shares its place
    # with the other.
    joint: bool = False

    @property
    def segment(self) -> Segment:
        return self.line.segments[self.seg_index]

    def same_span(self, other: LabelHit) -> bool:
        return (self.line.index, self.seg_index, self.start, self.end) == (
            other.line.index, other.seg_index, other.start, other.end)

    @property
    def first(self) -> bool:
        """First in its segment, but for an item number ("3", "3.", "b)", "(4)")."""
        return all(ENUMERATOR.fullmatch(w.text) for w in self.segment.words[:self.start])

    @property
    def strong(self) -> bool:
        """Set out as a label: first in its segment, or closed by a colon.

        A label word inside running text ("Castroper Straße 50a", "geboren am") is weak: it
        may still point to a value, but it does not end the value of another label.
        """
        if self.first:
            return True
        words = self.segment.words
        if words[self.end - 1].text.rstrip().endswith(":"):
            return True
        return self.end < len(words) and words[self.end].text.strip() == ":"

    @property
    def x0(self) -> float:
        return self.segment.words[self.start].x0

    @property
    def x1(self) -> float:
        return self.segment.words[self.end - 1].x1

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.segment.words[self.start : self.end])

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.segment.words[self.start : self.end])

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def order(self) -> tuple[int, int, float]:
        """Reading order: page, line, then left to right."""
        return (self.line.page, self.line.index, self.x0)

    def overlaps(self, other: LabelHit) -> bool:
        return (
            self.line.index == other.line.index
            and self.seg_index == other.seg_index
            and self.start < other.end
            and other.start < self.end
        )


def min_score(squashed_label: str) -> float:
    """The similarity a label of this length needs."""
    if len(squashed_label) < EXACT_BELOW_CHARS:
        return 100.0
    if len(squashed_label) < SHORT_LABEL_CHARS:
        return SHORT_LABEL_MIN_SCORE
    return LONG_LABEL_MIN_SCORE


# How much longer or shorter than a label a window of words may be and still match it.
LENGTH_SLACK_CHARS = 3
# A window that is a label's tail with this many characters missing is no match.
PART_MISSING_CHARS = 3


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Labels prepared for matching: exact ones by text, fuzzy ones by length."""

    exact: dict[str, tuple[str, ...]]
    fuzzy_by_len: dict[int, tuple[str, ...]]
    labels_of: dict[str, tuple[str, ...]]
    first_word: dict[str, str]
    last_word: dict[str, str]
    max_words: int
    sorted_keys: tuple[str, ...] = ()
    #: every word of every label, folded (what a contraction such as "Whg." may stand for)
    words: frozenset[str] = frozenset()
    #: keys of the labels that are one word (what an old system's data key may shorten)
    one_word: tuple[str, ...] = ()
    #: fuzzy keys within ``LENGTH_SLACK_CHARS`` of each window length, shortest first (built
    #: once: a page asks for them for every run of words)
    near_len: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def extending(self, stem: str) -> list[str]:
        """Keys that begin with ``stem`` and go on (an abbreviation's full forms)."""
        keys = self.sorted_keys
        out = []
        i = bisect_left(keys, stem)
        while i < len(keys) and keys[i].startswith(stem):
            if len(keys[i]) > len(stem):
                out.append(keys[i])
            i += 1
        return out


@lru_cache(maxsize=128)
def vocabulary(label_texts: tuple[str, ...]) -> Vocabulary:
    """Prepare ``label_texts`` (cached: schemas are fixed).

    A wording that opens with an article is also found without it ("Die neue Wohnung ist"
    as "Neue Whg. ist")."""
    forms = [(text, text) for text in label_texts] + [
        (text, rest) for text in label_texts
        if (rest := _without_article(text)) is not None]
    labels_of: dict[str, list[str]] = {}
    for text, form in forms:
        labels_of.setdefault(squash(form), []).append(text)
    fuzzy: dict[int, list[str]] = {}
    for key in labels_of:
        if key and min_score(key) < 100.0:
            fuzzy.setdefault(len(key), []).append(key)
    return Vocabulary(
        exact={k: tuple(v) for k, v in labels_of.items() if k},
        fuzzy_by_len={n: tuple(v) for n, v in fuzzy.items()},
        labels_of={k: tuple(v) for k, v in labels_of.items()},
        first_word={squash(f): squash(f.split()[0]) for _, f in forms if len(f.split()) > 1},
        last_word={squash(f): squash(f.split()[-1]) for _, f in forms if len(f.split()) > 1},
        max_words=max((len(t.split()) for t in label_texts), default=1),
        sorted_keys=tuple(sorted(k for k in labels_of if k)),
        words=frozenset(w for t in label_texts for w in re.findall(r"[^\W\d_]+", fold(t))),
        one_word=tuple(sorted(k for k, texts in labels_of.items()
                              if k and any(" " not in t for t in texts))),
        near_len=_near_lengths(fuzzy),
    )


def _near_lengths(fuzzy: dict[int, list[str]]) -> dict[int, tuple[str, ...]]:
    longest = max(fuzzy, default=0) + LENGTH_SLACK_CHARS
    return {n: tuple(key for m in range(n - LENGTH_SLACK_CHARS, n + LENGTH_SLACK_CHARS + 1)
                     for key in fuzzy.get(m, ()))
            for n in range(longest + 1)}


_ARTICLE = re.compile(r"^(?:die|der|das|den|dem|des)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _without_article(text: str) -> str | None:
    """A wording of three words or more without the article it opens with."""
    rest = _ARTICLE.sub("", text, count=1)
    return rest if rest != text else None


class LabelIndex:
    """Every label of a fixed set of wordings found once on a document's lines.

    Classification, section headings and field extraction each ask for their own wordings;
    a match does not depend on which other wordings are asked for, so one pass over the page
    serves them all (the fuzzy search is the costly part of a text-layer page).
    """

    def __init__(self, lines: list[Line], wordings: Iterable[str]) -> None:
        self.lines = lines
        self.wordings = frozenset(wordings)
        self.pool = find_labels(lines, self.wordings, resolve=False)

    def find(self, label_texts: Iterable[str], *, resolve: bool = True) -> list[LabelHit]:
        """Like :func:`find_labels` for ``label_texts``; wordings outside the index are
        searched on the spot."""
        wanted = set(label_texts)
        missing = wanted - self.wordings
        hits = [h for h in self.pool if h.label in wanted]
        if missing:
            hits.extend(find_labels(self.lines, missing, resolve=False))
        return resolve_overlaps(hits) if resolve else hits


def find_labels(lines: list[Line], label_texts: Iterable[str], *,
                resolve: bool = True) -> list[LabelHit]:
    """Every place a label of ``label_texts`` appears, overlaps resolved longest first."""
    vocab = vocabulary(tuple(sorted(set(label_texts))))
    hits: list[LabelHit] = []
    prefixes = record_prefixes(lines)
    for line in lines:
        for si, seg in enumerate(line.segments):
            tokens = [squash(w.text) for w in seg.words]
            # a contraction written out is the whole word, not the start of a longer one
            hits.extend(_hits_in_segment(line, si, [_token(w.text, vocab) for w in seg.words],
                                         vocab))
            hits.extend(_abbreviation_hits(line, si, tokens, vocab))
            hits.extend(_ellipsis_hits(line, si, vocab))
            hits.extend(_qualified_hits(line, si, vocab))
        hits.extend(_mnemonic_hits(line, vocab, prefixes))
    wrapped, consumed = _wrapped_hits(lines, vocab)
    # The words a wrapped label takes from the line under it are no label of their own
    # ("Geburts-" over "ort (Staat)": "ort" is the birthplace's, not the town's).
    hits = [h for h in hits if not any(
        (h.line.index, h.seg_index) == (li, si) and h.start < end for li, si, end in consumed)]
    hits.extend(wrapped)
    return resolve_overlaps(hits) if resolve else hits


# A clerk's short qualifier glued before a key ("ERF.HNR": recorded house number, "KD-GESCHL":
# the customer's sex). The key after it is the label, usually cut short without its stop.
_GLUED_QUALIFIER = re.compile(r"^([A-ZÄÖÜ]{1,3})[.\-]([A-ZÄÖÜ][^\W\d_][\w.\-]*)$")
QUALIFIED_SCORE = 0.9
# Qualifiers that change what the key names (the former, the new, the marital one).
_CHANGES_KEY = re.compile(r"^(?:alt|neu|fr|bish|vor|ex|nach|ehe|mit)$")


def _qualified_hits(line: Line, si: int, vocab: Vocabulary) -> list[LabelHit]:
    """Labels read from a segment's first word without its glued qualifier."""
    seg = line.segments[si]
    first = 0
    while first < len(seg.words) - 1 and ENUMERATOR.fullmatch(seg.words[first].text):
        first += 1
    m = _GLUED_QUALIFIER.match(seg.words[first].text)
    # "ALT-ORT" is the former town: a qualifier that changes what the key names is kept
    if m is None or _CHANGES_KEY.match(fold(m[1])):
        return []
    rest = m[2]
    if rest.isalpha() and squash(rest) not in vocab.exact \
            and len(rest) >= ABBREVIATION_MIN_CHARS:
        rest += "."  # a cut key: "GESCHL" is "Geschl."
    words = (*seg.words[:first], replace(seg.words[first], text=rest), *seg.words[first + 1:])
    alone = replace(line, segments=(*line.segments[:si], replace(seg, words=words),
                                    *line.segments[si + 1:]))
    tokens = [squash(w.text) for w in words]
    found = _hits_in_segment(alone, si, [_token(w.text, vocab) for w in words], vocab) \
        + _abbreviation_hits(alone, si, tokens, vocab)
    return [replace(h, line=line, score=h.score * QUALIFIED_SCORE)
            for h in found if h.start == first]



# A data field's key in an old system's printout keeps a word's first letters and the start
# of its last part, in capitals, often with the record's short prefix or suffix: "EW-FNAM"
# (Familienname), "GDAT-EW" (Geburtsdatum), "WH-HSNR" (Hausnummer), "EWGEBORT". Its letters
# must stand in that order in a one-word label, in at most two runs, the first letter first.
MNEMONIC_MIN_CHARS = 4
MNEMONIC_MAX_RUNS = 2
MNEMONIC_MIN_SHARE = 0.3
MNEMONIC_SCORE = 0.85
# A glued record prefix ("EWFAMNAM") is two letters.
MNEMONIC_PREFIX_CHARS = 2
# ... when at least this many keys of a page begin with it.
MNEMONIC_RECORD_KEYS = 3
# A row of keys over a table's columns: this many upper-case keys on the line read as labels,
# and at least this share of its upper-case words.
MNEMONIC_HEADER_KEYS = 3
MNEMONIC_HEADER_SHARE = 0.5
# "GESKZ", "STAKZ": a key for a coded value ends in "KZ" (Kennzeichen) after the word it
# shortens.
MNEMONIC_CODE_SUFFIX = "kz"
# Longer keys may take a word's letters in three runs ("EINZDT": Einzugsdatum).
MNEMONIC_LONG_CHARS = 6
_MNEMONIC_KEY = re.compile(r"^(?:[A-ZÄÖÜ]{1,3}[-_.])?([A-ZÄÖÜ]{3,})\d{0,2}(?:[-_.][A-ZÄÖÜ]{1,3})?"
                           r"(?:[-_.]\d)?:?$")
_AFFIXED = re.compile(r"[-_.]")
_VOWELS = frozenset("aeiouy")
_JOINING = frozenset("sne")
_KEY_LEADER = re.compile(r"^(?:[_.…:]+|_+:?|\.+:?)$")


def mnemonic_runs(core: str, key: str) -> tuple[int, int] | None:
    """How few runs ``core``'s letters take in order in ``key``, the first letter first, and
    how many of ``key``'s letters are left after the last run (None when they do not)."""
    if not core or not key or core[0] != key[0]:
        return None
    n, m = len(core), len(key)
    far = n + 1
    # runs[i][j]: fewest runs that place core[:i + 1] with core[i] at key[j]
    runs = [[far] * m for _ in range(n)]
    runs[0][0] = 1
    for i in range(1, n):
        before = far
        for j in range(1, m):
            if j >= 2:
                before = min(before, runs[i - 1][j - 2])
            if core[i] == key[j]:
                # a new run starts a word's part: at a consonant, or after a joining
                # letter ("GORT": Geburts|ort), not inside a syllable ("SATZ" in "Straße/Platz")
                starts_part = core[i] not in _VOWELS or key[j - 1] in _JOINING
                runs[i][j] = min(runs[i - 1][j - 1],
                                 before + 1 if starts_part else far)
    best = min(range(m), key=lambda j: (runs[n - 1][j], j))
    if runs[n - 1][best] >= far:
        return None
    return runs[n - 1][best], m - 1 - best


def record_prefixes(lines: Sequence[Line]) -> frozenset[str]:
    """Two-letter prefixes glued before at least three different upper-case keys of a page
    ("EWFAMNAM", "EWVORNAM", "EWGEBDAT"): a record's prefix, not part of the key."""
    cores: dict[str, set[str]] = {}
    for line in lines:
        for seg in line.segments:
            for word in seg.words:
                m = _MNEMONIC_KEY.match(word.text)
                core = squash(m[1]) if m else ""
                if len(core) >= MNEMONIC_MIN_CHARS + MNEMONIC_PREFIX_CHARS:
                    cores.setdefault(core[:MNEMONIC_PREFIX_CHARS], set()).add(core)
    return frozenset(p for p, found in cores.items() if len(found) >= MNEMONIC_RECORD_KEYS)


def _mnemonic_keys(core: str, vocab: Vocabulary, most_runs: int | None = None) -> list[str]:
    """The one-word labels a key's letters shorten best (fewest runs, then fewest letters
    left after them)."""
    found: list[tuple[tuple[int, int], str]] = []
    for key in vocab.one_word:
        if len(core) < MNEMONIC_MIN_SHARE * len(key) or len(key) <= len(core):
            continue
        fit = mnemonic_runs(core, key)
        most = most_runs or MNEMONIC_MAX_RUNS + (len(core) >= MNEMONIC_LONG_CHARS)
        if fit is not None and fit[0] <= most:
            found.append((fit, key))
    if not found:
        return []
    best = min(fit for fit, _ in found)
    return [key for fit, key in found if fit == best]


# "NName", "VNamen", "GebName", "HsNr", "Whg.HsNr": a key whose parts each start with a
# capital, run together, the parts shortened (dotted qualifiers before it)
_CAMEL_KEY = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]{1,4}\.)*(?P<key>[A-ZÄÖÜ][a-zäöüß]*"
                        r"(?:[A-ZÄÖÜ][a-zäöüß]+)+|[A-ZÄÖÜ][a-zäöüß]{2,3}):$")
_CAPITAL = re.compile(r"[A-ZÄÖÜ]")


def _camel_key(words: Sequence[Word], vocab: Vocabulary) -> list[str]:
    """The one-word labels a camel-case key before its colon stands for ("NName:" for
    Nachname, "Whg.HsNr:" for Hausnummer, "Whg.Gem:" for Gemeinde): each capital starts
    a run of the label's letters, and a short key alone (after a qualifier) is a start."""
    # the colon may close a qualifier after the key ("NName Betr.:")
    text = words[0].text
    if not text.endswith(":") and any(w.text.endswith(":") for w in words[1:3]):
        text += ":"
    m = _CAMEL_KEY.match(text)
    if m is None:
        return []
    key = m["key"]
    parts = len(_CAPITAL.findall(key))
    core = squash(key)
    if parts == 1:  # "Whg.Gem:": a start, after a qualifier only
        if "." not in text:
            return []
        starts = [k for k in vocab.one_word if k.startswith(core) and len(k) > len(core)]
        return starts if len(starts) == 1 else []
    if core in vocab.exact:  # a label as it stands, unless a qualifier comes before it
        return [] if squash(words[0].text) == core else [core]
    return _mnemonic_keys(core, vocab, parts + 1)


def _mnemonic_hits(line: Line, vocab: Vocabulary, prefixes: frozenset[str]
                   ) -> list[LabelHit]:
    """Labels read from upper-case data keys: a key with its record's prefix or suffix, one
    followed by a leader or colon, or one of a row of keys over a table's columns."""
    # (segment, word, set out as a key, what it reads, read as it stands)
    keys: list[tuple[int, int, bool, list[str], bool]] = []
    for si, seg in enumerate(line.segments):
        first = 0
        while first < len(seg.words) - 1 and ENUMERATOR.fullmatch(seg.words[first].text):
            first += 1
        m = _MNEMONIC_KEY.match(seg.words[first].text)
        if m is None:
            camel = _camel_key(seg.words[first:], vocab)
            if camel:
                keys.append((si, first, True, camel, False))
            continue
        text = seg.words[first].text
        # (a leader set apart may stand as a segment of its own)
        after = seg.words[first + 1] if first + 1 < len(seg.words) else (
            line.segments[si + 1].words[0] if si + 1 < len(line.segments) else None)
        leader = text.endswith(":") or (after is not None
                                        and _KEY_LEADER.match(after.text) is not None)
        affixed = _AFFIXED.search(text.rstrip(":")) is not None
        core = squash(m[1])
        found: list[str] = []
        if core in vocab.exact:
            found = [core]
        elif len(core) >= MNEMONIC_MIN_CHARS:
            found = _mnemonic_keys(core, vocab)
            coded = core.removesuffix(MNEMONIC_CODE_SUFFIX)
            if not found and coded != core and len(coded) >= MNEMONIC_MIN_CHARS - 1:
                found = _mnemonic_keys(coded, vocab)
            rest = core[MNEMONIC_PREFIX_CHARS:]
            if not found and core[:MNEMONIC_PREFIX_CHARS] in prefixes \
                    and len(rest) >= MNEMONIC_MIN_CHARS:
                found = [rest] if rest in vocab.exact else _mnemonic_keys(rest, vocab)
        # (a key with its record's prefix or suffix after an underscore is no label as it
        # stands; one after a dot or hyphen is read with its qualifier elsewhere)
        keys.append((si, first, leader or affixed, found,
                     core in vocab.exact and (squash(text) == core or "_" not in text)))
    read = sum(bool(k[3]) for k in keys)
    header = read >= MNEMONIC_HEADER_KEYS and read >= MNEMONIC_HEADER_SHARE * len(keys)
    out: list[LabelHit] = []
    for si, first, keyed, found, direct in keys:
        if direct or not (keyed or header):
            continue  # (a label as it stands is found as such)
        out.extend(LabelHit(label, line, si, first, first + 1, MNEMONIC_SCORE)
                   for key in found for label in vocab.labels_of[key] if " " not in label)
    return out


def _token(text: str, vocab: Vocabulary) -> str:
    """A word as matched against labels: squashed, a contraction written out ("Whg.-Art"
    → "wohnungart"); only a word with a full stop can be one."""
    m = _CODE_SUFFIX.match(text)
    if m:
        text = m[1]  # "StA-Kz.": the fact's code, its value the fact's
    m = _GENDERED.match(text)
    if m and squash(text) not in vocab.exact:
        # "Wohnungsgebers/-in", "des/der": the form names both sexes; the label either
        text = m[1] + m[2]
    if "." not in text:
        return squash(text)
    return squash(expand_contractions(fold(text), vocab.words))


# A word in both sexes' forms: "Vermieter/-in", "Eigentümer(in)", "Mieter:innen",
# "des/der", "die/der"
_GENDERED = re.compile(r"^(\w{3,}?)(?:/-?|\(|:|\*)(?:in|innen|r|der|die|des|dem)\)?([:,]?)$")


# A fact's key with "code" glued on: "StA-Kz.", "Geschl.-Schl."
_CODE_SUFFIX = re.compile(r"^(.{2,}?)-(?:Kz|KZ|Kennz|Schl|Code)\.?:?$")


# A label cell may wrap onto a second line: its continuation starts at the same x, at most
# this many line heights lower.
WRAP_MAX_GAP_HEIGHTS = 1.0
WRAP_MIN_CHARS = 3


def _wrapped_hits(lines: list[Line], vocab: Vocabulary
                  ) -> tuple[list[LabelHit], list[tuple[int, int, int]]]:
    """Labels that wrap over two lines ("Name(n) der meldepflichtigen / Person(en)"), and
    what each takes of the second line: (line index, segment index, words taken).

    The hit is placed on the first line's segment (its value stands right of that line).
    """
    out: list[LabelHit] = []
    consumed: list[tuple[int, int, int]] = []
    for line, below in pairwise(lines):
        if below.page != line.page or not line.segments or not below.segments:
            continue
        # Each cell of a row of labels may wrap ("Geburts-" over "ort (Staat)").
        for si, first in enumerate(line.segments):
            height = max(first.height, 1.0)
            ci, cont = min(enumerate(below.segments), key=lambda c: abs(c[1].x0 - first.x0))
            if abs(cont.x0 - first.x0) > height \
                    or cont.y0 - first.y1 > WRAP_MAX_GAP_HEIGHTS * height:
                continue
            if any(w.text.endswith(":") for w in first.words):
                continue  # "Familienname: Wang" is a whole label with its value
            head = [_token(w.text, vocab) for w in first.words]
            tail = [_token(w.text, vocab) for w in cont.words]
            n = len(head)
            # The next line may be a label of its own; the joined reading must explain more.
            if any(h.start == 0 and h.end == n for h in _hits_in_segment(line, si, head, vocab)):
                continue  # the first line is a whole label already
            own = max((len(squash(h.label)) for h in _hits_in_segment(below, ci, tail, vocab)
                       if h.start == 0), default=0)
            for hit in _hits_in_segment(line, si, head + tail, vocab):
                if len(squash(hit.label)) <= own + WRAP_MIN_CHARS:
                    continue
                # Both lines must carry real letters of the label, not a stray digit or mark.
                # ... and the label opens its cell ("Angaben zu den Eltern" over "Mutter:"
                # is a heading over a label, not "Eltern: Mutter")
                if any(not ENUMERATOR.fullmatch(w.text) for w in first.words[:hit.start]):
                    continue
                if (hit.start < n < hit.end and len("".join(head[hit.start:])) >= WRAP_MIN_CHARS
                        and len("".join(tail[:hit.end - n])) >= WRAP_MIN_CHARS):
                    out.append(LabelHit(hit.label, line, si, hit.start, n, hit.score,
                                        wrapped=True))
                    consumed.append((below.index, ci, hit.end - n))
    return out, consumed


def _inflected(token: str, word: str) -> bool:
    """Whether one squashed word is the other with an ending added."""
    return token.startswith(word) or word.startswith(token)


# Dashes set with spaces round them: no wording runs across one.
_SPACED_DASHES = frozenset({"–", "—"})


def _hits_in_segment(line: Line, si: int, tokens: list[str], vocab: Vocabulary
                     ) -> list[LabelHit]:
    out: list[LabelHit] = []
    n_tokens = len(tokens)
    max_width = vocab.max_words + WINDOW_SLACK_WORDS
    # A text layer is not garbled: there a near match is an inflection of the label
    # ("Vornamen" for "Vorname"), not another word ("Eingereicht am" is not "eingereist am").
    words = line.segments[si].words
    text_layer = all(w.typeset for w in words)
    for start in range(n_tokens):
        if not tokens[start]:
            continue
        window = ""
        for end in range(start + 1, min(n_tokens, start + max_width) + 1):
            window += tokens[end - 1]
            if not tokens[end - 1]:
                continue
            if end - start >= 3 and len(words) == n_tokens and tokens[end - 1] in ("in", "innen") \
                    and words[end - 2].text in _SPACED_DASHES:
                break  # "Kontoinhaber – in Druckbuchstaben": a remark, no feminine ending
            # "Name: Vornamen" narrows a category to one fact; "Name, Vornamen" lists two
            narrowed = len(words) == n_tokens and any(
                w.text.endswith(":") for w in words[start:end - 1])
            for label in vocab.exact.get(window, ()):
                if not (narrowed and "," in label):
                    out.append(LabelHit(label, line, si, start, end, 1.0))
            choices = vocab.near_len.get(len(window), ())
            if not choices:
                continue
            for key, score, _ in process.extract(window, choices, scorer=fuzz.ratio,
                                                 score_cutoff=LONG_LABEL_MIN_SCORE, limit=None):
                if key == window:
                    continue  # (found exactly above)
                # a preposition after a label's colon starts its value: "Straße: Am" is no
                # "Straßenname" ("Eheschließung: Ort" is a category narrowed to its fact)
                if narrowed and _value_lead_after_colon(words[start:end]):
                    continue
                if text_layer and not _inflected(tokens[start], vocab.first_word.get(key, key)):
                    continue
                # ... and a word standing for a label of several words is that label run
                # together ("Eingezogene" is not "eingezogen am").
                if text_layer and end - start == 1 and key in vocab.first_word \
                        and not _inflected(window, key):
                    continue
                # ... nor on a scan is a word longer than a label without its short last
                # word ("verstorbenen" is not "verstorben in", while "Eheschließung" may
                # stand for "Eheschließung am": OCR glues words, it adds no ending).
                last_short = vocab.last_word.get(key, "")
                if end - start == 1 and key in vocab.first_word \
                        and 0 < len(last_short) <= SHORT_LAST_WORD_CHARS \
                        and not window.endswith(last_short) \
                        and len(window) > len(key) - len(last_short) + 1:
                    continue
                # A word that is a label's tail ("Register" in "Eheregister") lacks what
                # tells the labels apart: OCR garbles letters, it does not drop a clean
                # syllable. (A label's head is its abbreviation: "Staatsangehörigk.")
                if len(key) - len(window) >= PART_MISSING_CHARS and key.endswith(window):
                    continue
                first = vocab.first_word.get(key)
                if first and fuzz.ratio(tokens[start], first) < FIRST_WORD_MIN_SCORE:
                    continue
                # ... and its last word must be there too ("Familienname: Wang" is not
                # "Familienname, Vornamen").
                last = vocab.last_word.get(key)
                if last and end - start > 1 and \
                        fuzz.ratio(tokens[end - 1], last) < LAST_WORD_MIN_SCORE:
                    continue
                # ... and on a text layer it is that word, maybe inflected ("Familienname
                # (Zuname)" is not "Familienname, Vorname")
                if text_layer and last and end - start > 1 \
                        and not _inflected(tokens[end - 1], last) \
                        and fuzz.ratio(tokens[end - 1], last) < TEXT_LAST_WORD_MIN_SCORE:
                    continue
                if score >= min_score(key):
                    for label in vocab.labels_of[key]:
                        if not (narrowed and "," in label):
                            out.append(LabelHit(label, line, si, start, end, score / 100))
    return out


# Words that open a value, not a label, right after a colon ("Straße: Am Markt").
_VALUE_LEADS = frozenset({"am", "an", "im", "in", "auf", "zum", "zur", "der", "die", "das",
                          "den", "dem", "von", "vom"})


def _value_lead_after_colon(words: Sequence[Word]) -> bool:
    """The words after the last one closed by a colon are only words that open a value."""
    last = max((i for i, w in enumerate(words) if w.text.endswith(":")), default=None)
    rest = words[last + 1:] if last is not None else []
    return bool(rest) and all(w.text.lower() in _VALUE_LEADS for w in rest)


# A label's last word this short ("in", "am", "Nr") is kept whole by OCR in a glued run.
SHORT_LAST_WORD_CHARS = 3


# An abbreviated label ("Geschl.", "Staatsang.", "Geb.-Dat.") keeps at least this many letters
# of the word it shortens, and stands first in its segment (a word ending a sentence
# elsewhere is no label).
ABBREVIATION_MIN_CHARS = 4
ABBREVIATION_SCORE = 0.9
DOTLESS_SCORE = 0.85
# A word shortened to some of its letters ("Gschl." for Geschlecht) keeps at least this many.
SKELETON_MIN_CHARS = 5
SKELETON_SCORE = 0.85


def _abbreviation_hits(line: Line, si: int, tokens: list[str], vocab: Vocabulary
                       ) -> list[LabelHit]:
    """Labels whose last word is cut short with a full stop, or a compound whose parts are
    ("Fam.-Name", "Geb.-Dat."), standing first in their segment (after an item number)."""
    words = line.segments[si].words
    first = lead_words(words)
    out: list[LabelHit] = []
    for key, skeleton in _shortened_compound(words[first].text, vocab):
        for label in (t for t in vocab.labels_of[key] if len(t.split()) == 1):
            out.append(LabelHit(label, line, si, first, first + 1,
                                SKELETON_SCORE if skeleton else ABBREVIATION_SCORE,
                                guessed=skeleton))
    # OCR drops a full stop easily (and a pass that paints out dotted rules may take it): a
    # label cell holding one word that only begins a one-word label ("Vorn") is that label.
    token = tokens[first] if first < len(tokens) else ""
    if (first == len(words) - 1 and len(token) >= ABBREVIATION_MIN_CHARS
            and token not in vocab.exact and words[first].text[:1].isupper()
            and not any(w.typeset for w in words)):
        keys = [k for k in vocab.extending(token)
                if any(len(t.split()) == 1 for t in vocab.labels_of[k])]
        # Only where the word can begin one label ("Vorname", "Vornamen"), not several
        # ("Geburt…": date, place or name of birth).
        if keys and all(b.startswith(a) for a, b in pairwise(sorted(keys))):
            for key in keys:
                for label in (t for t in vocab.labels_of[key] if len(t.split()) == 1):
                    out.append(LabelHit(label, line, si, first, first + 1, DOTLESS_SCORE,
                                        guessed=True))
    for end in range(first + 1, min(len(words), first + vocab.max_words) + 1):
        if not re.search(r"[^\W\d_]\.$", _without_leader(words[end - 1].text)):
            continue
        stem = "".join(tokens[first:end])
        if len(tokens[end - 1]) < ABBREVIATION_MIN_CHARS and end == first + 1:
            continue
        if len(tokens[end - 1]) < COMPOUND_PART_MIN_CHARS:
            continue  # "Tag d. Ausfertigung": "d." is an article, the label goes on
        if len(stem) < ABBREVIATION_MIN_CHARS:
            continue
        found = [label for key in vocab.extending(stem) for label in vocab.labels_of[key]]
        if not found and end == first + 1 and len(stem) >= SKELETON_MIN_CHARS \
                and stem not in vocab.exact:
            # "Gschl.", "Whg.": a word's first letter and some of the others, in order
            out.extend(LabelHit(label, line, si, first, end, SKELETON_SCORE, guessed=True)
                       for key in _mnemonic_keys(stem, vocab)
                       for label in vocab.labels_of[key] if " " not in label)
            continue
        # A wording's rest written out after the shortened word says which it is ("verst.
        # am": "verstorben am", not "verstorben in" nor "verstorben").
        completed = [(t, n) for t in found if (n := _rest_follows(t, end - first, tokens, end))]
        if completed:
            out.extend(LabelHit(t, line, si, first, end + n, ABBREVIATION_SCORE)
                       for t, n in completed)
            continue
        if end == first + 1 and any(len(t.split()) == 1 for t in found):
            # one shortened word stands for a word ("NACHN." is "Nachname"), not for a
            # wording of several it begins ("Nachname, Vorname")
            found = [t for t in found if len(t.split()) == 1]
        out.extend(LabelHit(label, line, si, first, end, ABBREVIATION_SCORE) for label in found)
    return out


def _rest_follows(label: str, shortened: int, tokens: list[str], at: int) -> int:
    """How many words of ``label`` after its first ``shortened`` stand at ``tokens[at:]``
    (all of them, or 0)."""
    rest = [squash(w) for w in label.split()[shortened:]]
    return len(rest) if rest and tokens[at:at + len(rest)] == rest else 0


_GLUED_LEADER = re.compile(r"(?:\.{2,}|…)$")


def _without_leader(text: str) -> str:
    """A label word without its colon or comma, and with a dot leader set close to it cut to
    one full stop ("ANSCHR...:" → "ANSCHR."): a receipt pads its keys so; the stop may be
    the abbreviation's own."""
    return _GLUED_LEADER.sub(".", text.rstrip(":,"))


# "Fam.-Name", "Geb.-Dat.", "Staatsang.-Nr.": a compound whose first part is cut short with a
# full stop. Its parts must begin the parts of the full word, in order, and the first must
# keep at least this many letters ("Geb." alone may be any of three dates).
COMPOUND_PART_MIN_CHARS = 3
_SHORTENED_COMPOUND = re.compile(r"^([^\W\d_]{2,})\.-?([^\W\d_]{2,}\.?)$")


def _shortened_compound(text: str, vocab: Vocabulary) -> list[tuple[str, bool]]:
    """Keys of ``vocab`` a shortened compound stands for: "Fam.-Name" → "familienname",
    each with whether its second part is a skeleton of the word's ("Fam.-Nm.")."""
    m = _SHORTENED_COMPOUND.match(_without_leader(text))
    if not m:
        return []
    head, rest = squash(m.group(1)), squash(m.group(2))
    if len(head) < COMPOUND_PART_MIN_CHARS:
        # a two-letter head is the first part's skeleton, its first letter and one more
        # close after it ("Gb.-Ort", "Hs.-Nr." on a card index): a guess
        if len(head) < 2 or len(rest) < 2:
            return []
        lead = f"{re.escape(head[0])}[a-z]{{0,3}}?{re.escape(head[1])}[a-z0-9]*?"
        tail = "[a-z0-9]{0,2}?".join(re.escape(ch) for ch in rest) + "[a-z0-9]{0,2}"
        guess = re.compile(lead + (tail if m.group(2).endswith(".") else re.escape(rest)))
        return [(key, True) for key in vocab.extending(head[0])
                if guess.fullmatch(key)
                and any(len(text.split()) == 1 for text in vocab.labels_of[key])]
    # The second part is whole unless it too ends in a full stop; then it begins the
    # compound's last part, or keeps that part's first letter and some of the others, in
    # order and close together up to its end ("Tg." is the "tag" of "Geburtstag", no "t"
    # and "g" somewhere in "Geburtsbescheinigung").
    shortened = m.group(2).endswith(".")
    tail = re.escape(rest) + ("[a-z0-9]*" if shortened else "")
    pattern = re.compile(rf"{re.escape(head)}[a-z0-9]+?{tail}")
    skeleton = re.compile(rf"{re.escape(head)}[a-z0-9]+?" + "[a-z0-9]{0,2}?".join(
        re.escape(ch) for ch in rest) + "[a-z0-9]{0,2}")
    # One word shortened stands for a one-word label ("Familienname", not
    # "Familienname, Vorname").
    keys = [key for key in vocab.extending(head)
            if any(len(text.split()) == 1 for text in vocab.labels_of[key])]
    found = [(key, False) for key in keys if pattern.fullmatch(key)]
    if found or not shortened or len(rest) < 2:
        return found
    return [(key, True) for key in keys if skeleton.fullmatch(key)]


# Coordinated compounds print a shared part once: "Familien-/Nachname" reads "Familienname"
# or "Nachname", "Geburtsdatum/-ort" reads "Geburtsdatum" or "Geburtsort".
_JOIN = r"\s*(?:/|,|und|u\.|oder|bzw\.)?\s*"
_HEAD_ELLIPSIS = re.compile(rf"^(\w+)-{_JOIN}(\w+)$")
_TAIL_ELLIPSIS = re.compile(rf"^(\w+){_JOIN}-(\w+)$")
# "Gemeinde/Stadt", "Wohnort / Gemeinde": either word is the label ("Vermieter/in" is not).
_ALTERNATIVES = re.compile(r"^(\w{3,}\.?)\s*[/+]\s*(\w{3,}\.?)$")
# "Whg.PLZ+Gem", "Betr.Str/HsNr": a qualifier glued on with its stop before two labels
_QUALIFIER_BEFORE_PAIR = re.compile(r"^[A-ZÄÖÜ][a-zäöü]{1,3}\.(?=[A-ZÄÖÜ]\w*\s*[/+])")
# "geb. am/in", "Tag/Ort d. Geb.": words before two short alternatives belong to each
_SHARED_HEAD = re.compile(r"^(?P<head>[^\W\d_]{2,}\.?(?:\s+[^\W\d_]{2,}\.?)?)\s+"
                          r"(?P<a>[a-zäöü]{2,4}\.?)\s*/\s*(?P<b>[a-zäöü]{2,4}\.?)$")
ELLIPSIS_SCORE = 0.95
ELLIPSIS_MIN_PART = 3
ELLIPSIS_MAX_WORDS = 3


def ellipsis_readings(text: str) -> list[str]:
    """The compounds a coordinated label can stand for, in squashed form: the second word
    alone and the first word joined to each ending of the second (and the other way round);
    the caller keeps the readings its vocabulary knows."""
    text = text.rstrip(":").strip()
    out: list[str] = []
    m = _HEAD_ELLIPSIS.match(text)
    if m:
        head, full = squash(m.group(1)), squash(m.group(2))
        if len(full) >= ELLIPSIS_MIN_PART:
            out.append(full)  # (a short part alone says too little: "SEITE-NR" is no
            # house number)
        out.extend(head + full[i:] for i in range(1, len(full) - ELLIPSIS_MIN_PART + 1))
    m = _ALTERNATIVES.match(text)
    if m:
        out.extend(squash(part) for part in m.groups()
                   if len(squash(part)) >= ELLIPSIS_MIN_PART)
    m = _SHARED_HEAD.match(text)
    if m:
        out.extend(squash(m["head"]) + squash(m[part]) for part in ("a", "b"))
    m = _TAIL_ELLIPSIS.match(text)
    if m:
        full, tail = squash(m.group(1)), squash(m.group(2))
        out.append(full)
        out.extend(full[:i] + tail for i in range(ELLIPSIS_MIN_PART, len(full)))
    return out


def _ellipsis_hits(line: Line, si: int, vocab: Vocabulary) -> list[LabelHit]:
    words = line.segments[si].words
    out: list[LabelHit] = []
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + ELLIPSIS_MAX_WORDS) + 1):
            text = " ".join(w.text for w in words[start:end])
            if "-" not in text and "/" not in text and "+" not in text:
                continue
            # ("Str+HsNr" joins two labels as "Str/HsNr" does)
            text = _QUALIFIER_BEFORE_PAIR.sub("", text).replace("+", "/")
            m = _ALTERNATIVES.match(text.rstrip(":").strip())
            parts = [squash(part) for part in m.groups()] if m else []
            shared = _SHARED_HEAD.match(text.rstrip(":").strip())
            if shared:
                parts += [squash(shared["head"]) + squash(shared[p]) for p in ("a", "b")]
            for key in ellipsis_readings(text):
                for label in vocab.exact.get(key, ()):
                    out.append(LabelHit(label, line, si, start, end, ELLIPSIS_SCORE,
                                        joint=key in parts))
            # "PLZ/Gem.": a part cut short with its stop stands for the one-word labels it
            # begins
            for part in (m.groups() if m else ()):
                stem = squash(part)
                if part.endswith(".") and len(stem) >= ELLIPSIS_MIN_PART \
                        and stem not in vocab.exact:
                    out.extend(LabelHit(label, line, si, start, end, ABBREVIATION_SCORE,
                                        joint=True)
                               for key in vocab.extending(stem)
                               for label in vocab.labels_of[key] if " " not in label)
    return out


def _in_remark(hit: LabelHit, sure_ends: set[tuple[int, int, int]]) -> bool:
    """A wording that closes a bracket opened on the line above ("(Vor- und" /
    "Familienname)"), or one in brackets explaining the label before it, is no label of its
    own. (A wording inside a longer remark may be: "Wohnort (PLZ, Ort)".)"""
    words = hit.segment.words
    text = " ".join(w.text for w in words[hit.start:hit.end])
    if "(" in hit.label or ")" in hit.label:
        return False
    if text.startswith("(") and text.rstrip(":").endswith(")"):
        # "Name (Familienname)": the bracket explains a label read for sure before it. After
        # a label read only roughly ("Elternteil" for "Elternteil 1") it says more: "(Vater)".
        return (hit.line.index, hit.seg_index, hit.start) in sure_ends
    return text.rstrip(":").endswith(")") and "(" not in text


def resolve_overlaps(hits: list[LabelHit]) -> list[LabelHit]:
    """Where labels overlap, keep the longest (then best) match: "Name der Mutter" beats "Name"."""
    # Length counts, but a fuzzy match pays steeply for its doubt: an exact "Wohnungsgeber"
    # beats "Wohnungsgeber ist" matched to the same word.
    ranked = sorted(hits, key=lambda h: (len(squash(h.label)) * h.score**3, h.score),
                    reverse=True)
    sure_ends = {(h.line.index, h.seg_index, h.end) for h in hits if h.score >= 1.0}
    kept: list[LabelHit] = []
    for hit in ranked:
        if _in_remark(hit, sure_ends):
            continue
        if not any(hit.overlaps(k) and not (hit.joint and k.joint and hit.same_span(k))
                   for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h.order)
    return kept


def is_question(words: Sequence[Word]) -> bool:
    """A questionnaire's label: a short question without digits ("Wann sind die Mieter
    eingezogen?"), maybe with a request after it ("… Wohnung? Bitte den Namen oder die"),
    answered below or beside it; all of it is label."""
    if not words or len(words) > QUESTION_MAX_WORDS:
        return False
    asked = [i for i, w in enumerate(words) if w.text.endswith("?")]
    if not asked or (asked[-1] < len(words) - 1
                     and words[asked[-1] + 1].text.lower() not in _REQUESTS
                     and not all(w.text == "*" for w in words[asked[-1] + 1:])):
        return False  # (a required question is marked: "… kamen Sie zur Welt? *")
    # the question's number ("Frage 9:", "9)") may hold digits, the question itself none
    opened = next((i + 1 for i, w in enumerate(words[:3]) if w.text.endswith((":", ")"))), 1)
    return not any(ch.isdigit() for w in words[opened:] for ch in w.text)


QUESTION_MAX_WORDS = 14
# Words that open a request after a question ("Bitte den Namen angeben.").
_REQUESTS = frozenset({"bitte"})


# The nouns that name a person a value belongs to (a row caption, a head before a colon).
_PERSON_NOUNS = ("person", "ehegatt", "ehepartn", "ehefrau", "ehemann", "mutter", "vater",
                 "kind", "antragst", "halter")
_ORDINAL = re.compile(r"\(?(?:\d{1,2}\.?|[IV]{1,3}\.?)\)?:?")


def mentions_person(texts: Sequence[str]) -> bool:
    """Whether the words speak of a person ("anzeigende Stelle oder Person"), not of a
    person's attribute ("Staatsangehörigkeit der Person": a genitive names whose it is)."""
    return any(squash(text).startswith(_PERSON_NOUNS)
               and (i == 0 or texts[i - 1].lower() not in ("der", "des", "dem", "den"))
               for i, text in enumerate(texts))


def names_person(texts: Sequence[str], *, numbered: bool = False) -> bool:
    """Whether words name one person, maybe by number ("Ehegatte 2:", "2. Ehegatte", "Person
    Nr. 1"), and nothing else: whose value follows, not the value; ``numbered`` asks for
    the number."""
    nouns = numbers = 0
    for text in texts:
        key = squash(text)
        if any(key.startswith(stem) for stem in _PERSON_NOUNS):
            nouns += 1
        elif _ORDINAL.fullmatch(text):
            numbers += 1
        elif key not in ("nr", "der", "des", "die", ""):
            return False
    return nouns == 1 and (numbers == 1 or not numbered)


# The date of a later entry opening its line ("29.9.2026: Fam.-Name Ahmadi", "28. 9. 2026:
# Gem./Ort …"): a register card's amendment, before the label it amends.
_ENTRY_DATE = re.compile(r"(?:(?:Nachtrag|Nachtr\.|Änderung|Eintrag)\s+(?:vom\s+|am\s+)?)?"
                         r"\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]{2,8}\.?)\s?(?:\d{2}|\d{4})"
                         r"(?::|\s+[–—-])")


def lead_words(words: Sequence[Word]) -> int:
    """How many words open a segment before its label: item numbers ("3", "b)"), or the date
    of a later entry ("Nachtrag 09.09.2026 –")."""
    for k in range(min(5, len(words) - 1), 0, -1):
        if _ENTRY_DATE.fullmatch(" ".join(w.text for w in words[:k])):
            return k
    n = 0
    while n < len(words) - 1 and ENUMERATOR.fullmatch(words[n].text):
        n += 1
    return n
