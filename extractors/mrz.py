"""Machine-readable zone (ICAO 9303) of passports (TD3) and identity cards (TD1).

Two entry points:

* :func:`parse_mrz_lines` - pure: MRZ lines as text (text-layer PDFs, or OCR output) to a
  checked :class:`MrzResult`.
* :func:`read_mrz` - a page image: find the zone (:func:`find_mrz`), OCR it with Tesseract
  restricted to the MRZ alphabet (:func:`ocr_mrz`), then :func:`parse_mrz_lines`.

OCR confusions (``O``/``0``, ``B``/``8``, ``<`` read as ``K`` ...) are repaired only where the
position's character class (digits-only dates and check digits, letters-only codes and names,
filler runs) or a check digit confirms the repair; every repair is listed in
``MrzResult.repairs``. Check digits are verified with the ``mrz`` package's checkers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from mrz.base import countries_ops
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker

# --------------------------------------------------------------------------------------------
# Formats and field layout
# --------------------------------------------------------------------------------------------

MrzFormat = Literal["TD1", "TD3"]

FILLER = "<"
DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MRZ_ALPHABET = LETTERS + DIGITS + FILLER

TD1_LINES, TD1_LINE_LEN = 3, 30
TD3_LINES, TD3_LINE_LEN = 2, 44
FORMAT_SHAPES: dict[MrzFormat, tuple[int, int]] = {
    "TD1": (TD1_LINES, TD1_LINE_LEN),
    "TD3": (TD3_LINES, TD3_LINE_LEN),
}

# Character classes of a position: what may stand there.
CLASS_ALPHA = "A"  # letters or filler (codes, names)
CLASS_NUM = "N"  # digits only (dates)
CLASS_CHECK = "C"  # a check digit (a digit; '<' only where the field may be empty)
CLASS_ALNUM = "X"  # letters, digits or filler (document number, optional data)
CLASS_SEX = "S"  # F, M, X or '<'


@dataclass(frozen=True, slots=True)
class _Field:
    """A field of the zone: line index, slice, character class."""

    name: str
    line: int
    start: int
    end: int
    cls: str


# ICAO 9303 part 4 (TD3) and part 5 (TD1) layouts.
_TD3_FIELDS: tuple[_Field, ...] = (
    _Field("document_code", 0, 0, 2, CLASS_ALPHA),
    _Field("issuing_state", 0, 2, 5, CLASS_ALPHA),
    _Field("names", 0, 5, 44, CLASS_ALPHA),
    _Field("document_number", 1, 0, 9, CLASS_ALNUM),
    _Field("document_number_check", 1, 9, 10, CLASS_CHECK),
    _Field("nationality", 1, 10, 13, CLASS_ALPHA),
    _Field("date_of_birth", 1, 13, 19, CLASS_NUM),
    _Field("date_of_birth_check", 1, 19, 20, CLASS_CHECK),
    _Field("sex", 1, 20, 21, CLASS_SEX),
    _Field("expiry_date", 1, 21, 27, CLASS_NUM),
    _Field("expiry_date_check", 1, 27, 28, CLASS_CHECK),
    _Field("optional_data", 1, 28, 42, CLASS_ALNUM),
    _Field("optional_data_check", 1, 42, 43, CLASS_CHECK),
    _Field("composite_check", 1, 43, 44, CLASS_CHECK),
)
_TD1_FIELDS: tuple[_Field, ...] = (
    _Field("document_code", 0, 0, 2, CLASS_ALPHA),
    _Field("issuing_state", 0, 2, 5, CLASS_ALPHA),
    _Field("document_number", 0, 5, 14, CLASS_ALNUM),
    _Field("document_number_check", 0, 14, 15, CLASS_CHECK),
    _Field("optional_data", 0, 15, 30, CLASS_ALNUM),
    _Field("date_of_birth", 1, 0, 6, CLASS_NUM),
    _Field("date_of_birth_check", 1, 6, 7, CLASS_CHECK),
    _Field("sex", 1, 7, 8, CLASS_SEX),
    _Field("expiry_date", 1, 8, 14, CLASS_NUM),
    _Field("expiry_date_check", 1, 14, 15, CLASS_CHECK),
    _Field("nationality", 1, 15, 18, CLASS_ALPHA),
    _Field("optional_data_2", 1, 18, 29, CLASS_ALNUM),
    _Field("composite_check", 1, 29, 30, CLASS_CHECK),
    _Field("names", 2, 0, 30, CLASS_ALPHA),
)
_LAYOUTS: dict[MrzFormat, tuple[_Field, ...]] = {"TD1": _TD1_FIELDS, "TD3": _TD3_FIELDS}

# Which fields each check digit covers; the composite digit covers several pieces in order.
_CHECKED: dict[MrzFormat, dict[str, tuple[str, ...]]] = {
    "TD3": {
        "document_number_check": ("document_number",),
        "date_of_birth_check": ("date_of_birth",),
        "expiry_date_check": ("expiry_date",),
        "optional_data_check": ("optional_data",),
        "composite_check": (
            "document_number",
            "document_number_check",
            "date_of_birth",
            "date_of_birth_check",
            "expiry_date",
            "expiry_date_check",
            "optional_data",
            "optional_data_check",
        ),
    },
    "TD1": {
        "document_number_check": ("document_number",),
        "date_of_birth_check": ("date_of_birth",),
        "expiry_date_check": ("expiry_date",),
        "composite_check": (
            "document_number",
            "document_number_check",
            "optional_data",
            "date_of_birth",
            "date_of_birth_check",
            "expiry_date",
            "expiry_date_check",
            "optional_data_2",
        ),
    },
}
# Check digits that may be '<' when the field they cover is all filler (TD3 personal number).
_MAY_BE_EMPTY_CHECKS = frozenset({"optional_data_check"})

# Names of the checks in MrzResult.checks: the mrz package's report names -> ours.
_CHECKER_NAMES: dict[str, str] = {
    "document number hash": "document_number_check",
    "birth date hash": "date_of_birth_check",
    "expiry date hash": "expiry_date_check",
    "optional data hash": "optional_data_check",
    "final hash": "composite_check",
    "document type format": "document_code_format",
    "valid country code": "issuing_state_format",
    "valid nationality code": "nationality_format",
    "birth date": "date_of_birth_format",
    "expiry date": "expiry_date_format",
    "valid genre format": "sex_format",
    "identifier": "names_format",
    "document number format": "document_number_format",
    "optional data format": "optional_data_format",
    "optional data 2 format": "optional_data_2_format",
}
CHECK_DIGIT_NAMES: tuple[str, ...] = (
    "document_number_check",
    "date_of_birth_check",
    "expiry_date_check",
    "optional_data_check",
    "composite_check",
)

# --------------------------------------------------------------------------------------------
# OCR confusions
# --------------------------------------------------------------------------------------------

# Letter read where only a digit may stand (dates, check digits).
TO_DIGIT: dict[str, str] = {
    "O": "0", "Q": "0", "D": "0", "U": "0",
    "I": "1", "L": "1", "J": "1",
    "Z": "2",
    "S": "5",
    "G": "6",
    "T": "7",
    "B": "8",
    "A": "4",
}  # fmt: skip
# Digit read where only a letter or filler may stand (codes, names).
TO_LETTER: dict[str, str] = {
    "0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "7": "T", "8": "B",
}  # fmt: skip
# Letters that OCR engines produce for the chevron '<' of the OCR-B filler.
FILLER_LOOKALIKES = frozenset("KCLEX")
# Sex position: values that are no valid sex but resemble one.
SEX_LOOKALIKES: dict[str, str] = {"E": "F", "P": "F", "H": "M", "N": "M", "K": "<", "C": "<"}
# Within alphanumeric fields both readings are possible; only a check digit decides.
_ALNUM_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "0": ("O", "D", "Q"), "O": ("0",), "D": ("0",), "Q": ("0",), "U": ("0",),
    "1": ("I", "L"), "I": ("1",), "L": ("1", FILLER),
    "2": ("Z",), "Z": ("2",),
    "5": ("S",), "S": ("5",),
    "6": ("G",), "G": ("6",),
    "8": ("B",), "B": ("8",),
    "K": (FILLER,), "C": (FILLER,), "E": (FILLER,), "X": (FILLER,),
}  # fmt: skip
# Bounds on the check-digit-guided search (keeps it small and the answer unambiguous).
MAX_AMBIGUOUS_POSITIONS = 8
MAX_CANDIDATES = 5000
# A run of this many fillers in the name field can only be trailing padding: a name part after
# it is a misread filler.
NAME_PADDING_RUN = 3
# Name-field tokens after the padding this short (and made of filler look-alikes) are fillers.
MAX_SPURIOUS_NAME_TOKEN = 2
# How far OCR'd line lengths may stray from the format and still be fitted.
MAX_LENGTH_DEVIATION = 4

# --------------------------------------------------------------------------------------------
# Country codes and dates
# --------------------------------------------------------------------------------------------

# ICAO codes that are not ISO 3166-1 alpha-3. The British subtypes are all British nationals'
# documents. Codes with no ISO counterpart are kept as ICAO writes them: 'UNK' (Kosovo, UNMIK
# documents; ISO has no code for Kosovo), 'EUE' (EU laissez-passer), 'UNO'/'UNA' (UN),
# 'XXA'/'XXB'/'XXC'/'XXX' (stateless, refugee, unspecified), 'XOM', 'XPO' ...
ICAO_TO_ISO3: dict[str, str] = {
    "D": "DEU",
    "GBD": "GBR",
    "GBN": "GBR",
    "GBO": "GBR",
    "GBP": "GBR",
    "GBS": "GBR",
    "RKS": "RKS",
}
# An expiry year more than this far ahead of today is read as the previous century (passports
# run at most 10 years, a little more with extensions; 20 leaves room).
EXPIRY_MAX_YEARS_AHEAD = 20
CENTURY = 100

# --------------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------------

# Confidence of text-layer lines (no OCR involved).
TEXT_LAYER_CONFIDENCE = 1.0
# Factor applied to the confidence when any check fails: a failing check digit means some
# character is wrong, whatever the OCR engine believed.
FAILED_CHECK_CONFIDENCE_FACTOR = 0.5


@dataclass(slots=True)
class MrzResult:
    """A machine-readable zone, parsed and checked.

    Attributes:
        mrz_format: ``TD1`` (cards, 3x30) or ``TD3`` (passports, 2x44).
        document_code: ``P``, ``ID``, ``I``, ... without trailing filler.
        issuing_state: ISO 3166-1 alpha-3 (``D`` -> ``DEU``; see ``ICAO_TO_ISO3``).
        family_name: primary identifier, fillers as spaces.
        given_names: secondary identifier, fillers as spaces.
        document_number: without fillers (long TD1 numbers joined from the optional data).
        nationality: ISO 3166-1 alpha-3.
        date_of_birth: ``YYYY-MM-DD``, century chosen so the date lies in the past; None when
            the digits are no date.
        sex: ``F``, ``M`` or ``X`` (filler or ``X`` in the zone).
        expiry_date: ``YYYY-MM-DD``, ``20YY`` unless more than ``EXPIRY_MAX_YEARS_AHEAD`` years
            ahead; None when the digits are no date.
        optional_data: the optional data fields (personal number ...) without fillers, non-empty
            ones only.
        lines: the zone's lines after length fitting and repair.
        raw_lines: the lines as given (OCR output or text layer), before any change.
        checks: every check by name (check digits ``*_check``, formats ``*_format``) -> passed.
        failed_checks: names of the checks that failed, in ``checks`` order.
        repairs: human-readable list of the changes made to ``raw_lines``.
        confidence: 0..1, mean OCR confidence of the zone (1.0 for text), halved when any check
            fails.
    """

    mrz_format: MrzFormat
    document_code: str
    issuing_state: str
    family_name: str
    given_names: str
    document_number: str
    nationality: str
    date_of_birth: str | None
    sex: str
    expiry_date: str | None
    optional_data: list[str]
    lines: list[str]
    raw_lines: list[str]
    checks: dict[str, bool]
    failed_checks: list[str]
    repairs: list[str] = field(default_factory=list)
    confidence: float = TEXT_LAYER_CONFIDENCE

    @property
    def valid(self) -> bool:
        """True when every check passed."""
        return not self.failed_checks

    @property
    def check_digits_valid(self) -> bool:
        """True when every check digit held (format checks aside)."""
        return all(ok for name, ok in self.checks.items() if name in CHECK_DIGIT_NAMES)


# --------------------------------------------------------------------------------------------
# Small pure helpers
# --------------------------------------------------------------------------------------------


def check_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; '<' counts 0, A=10 ... Z=35).

    Args:
        text: characters from the MRZ alphabet.

    Returns:
        The check digit as a one-character string.

    Raises:
        ValueError: a character outside the MRZ alphabet.
    """
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(text):
        if ch == FILLER:
            value = 0
        elif ch in DIGITS:
            value = int(ch)
        elif ch in LETTERS:
            value = LETTERS.index(ch) + 10
        else:
            raise ValueError(f"not an MRZ character: {ch!r}")
        total += value * weights[i % len(weights)]
    return str(total % 10)


def icao_to_iso3(code: str) -> str:
    """ICAO country code of the zone to ISO 3166-1 alpha-3.

    Args:
        code: the 3-character code field, possibly with filler (``D<<``).

    Returns:
        The ISO alpha-3 code where one exists, else the ICAO code without filler.
    """
    bare = code.replace(FILLER, "")
    return ICAO_TO_ISO3.get(bare, bare)


def yymmdd_to_iso(yymmdd: str, *, kind: Literal["birth", "expiry"], today: date) -> str | None:
    """Expand an MRZ date to ISO ``YYYY-MM-DD``.

    A birth date takes the latest century that puts it no later than ``today``. An expiry date
    is ``20YY`` unless that lies more than ``EXPIRY_MAX_YEARS_AHEAD`` years after ``today``,
    then ``19YY`` (an expired old document).

    Args:
        yymmdd: six digits.
        kind: ``birth`` or ``expiry``.
        today: the reference date.

    Returns:
        The ISO date, or None when the digits are no calendar date.
    """
    if len(yymmdd) != len("YYMMDD") or not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[0:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    base = (today.year // CENTURY) * CENTURY
    try:
        if kind == "birth":
            value = date(base + yy, mm, dd)
            if value > today:
                value = date(base - CENTURY + yy, mm, dd)
        else:
            value = date(base + yy, mm, dd)
            if value.year > today.year + EXPIRY_MAX_YEARS_AHEAD:
                value = date(base - CENTURY + yy, mm, dd)
    except ValueError:
        return None
    return value.isoformat()


def split_names(name_field: str) -> tuple[str, str]:
    """Split the name field into family name and given names.

    Args:
        name_field: the name field with fillers (``ERIKSSON<<ANNA<MARIA<<<``).

    Returns:
        ``(family_name, given_names)`` with single spaces between name parts.
    """
    primary, _, secondary = name_field.strip(FILLER).partition(FILLER * 2)

    def spaced(part: str) -> str:
        return " ".join(p for p in part.split(FILLER) if p)

    return spaced(primary), spaced(secondary)


def clean_line(line: str) -> str:
    """Reduce a line of text to the MRZ alphabet.

    Args:
        line: OCR or text-layer text of one zone line.

    Returns:
        Upper case, white space dropped, guillemets and similar chevrons as '<', other
        characters dropped.
    """
    text = line.upper()
    for chevron in ("«", "‹", "〈", "≤", "&lt;"):
        text = text.replace(chevron, FILLER)
    return "".join(ch for ch in text if ch in MRZ_ALPHABET)


# --------------------------------------------------------------------------------------------
# Format detection and length fitting
# --------------------------------------------------------------------------------------------


def detect_format(lines: Sequence[str]) -> MrzFormat | None:
    """Guess the format from cleaned lines.

    Args:
        lines: cleaned zone lines.

    Returns:
        ``TD1`` for 3 lines about 30 long, ``TD3`` for 2 lines about 44 long, else None.
    """
    for fmt, (count, length) in FORMAT_SHAPES.items():
        if len(lines) == count and all(
            abs(len(line) - length) <= MAX_LENGTH_DEVIATION for line in lines
        ):
            return fmt
    return None


def _filler_runs(line: str) -> list[tuple[int, int]]:
    """``(start, length)`` of each run of fillers."""
    return [(m.start(), m.end() - m.start()) for m in re.finditer(f"{FILLER}+", line)]


def _length_variants(line: str, length: int) -> list[str]:
    """Ways to bring ``line`` to ``length`` by growing or shrinking its filler runs.

    OCR drops or doubles chevrons inside runs far more often than it drops other characters,
    so only filler runs (and the line's end) change length.
    """
    delta = length - len(line)
    if delta == 0:
        return [line]
    runs = _filler_runs(line)
    # Growing may also start a new run at the end of the line.
    slots = [*runs, (len(line), 0)] if delta > 0 else runs
    variants: dict[str, int] = {}
    need = abs(delta)
    last = len(slots) - 1
    for combo in itertools.combinations_with_replacement(range(len(slots)), need):
        counts = [combo.count(i) for i in range(len(slots))]
        if delta < 0 and any(counts[i] > slots[i][1] for i in range(len(slots))):
            continue
        pieces: list[str] = []
        pos = 0
        for (start, run_len), n in zip(slots, counts, strict=True):
            pieces.append(line[pos:start])
            new_len = run_len + n if delta > 0 else run_len - n
            pieces.append(FILLER * new_len)
            pos = start + run_len
        pieces.append(line[pos:])
        # Preference: change the trailing run (padding) before runs inside the line.
        penalty = sum(1 for i in range(len(slots)) if counts[i] and i != last)
        text = "".join(pieces)
        variants[text] = min(penalty, variants.get(text, penalty))
        if len(variants) >= MAX_CANDIDATES:
            break
    if not variants:
        # No fillers to take from: cut or pad at the end, the zone's usual padding side.
        return [line[:length].ljust(length, FILLER)]
    return sorted(variants, key=lambda v: (variants[v], v))


# --------------------------------------------------------------------------------------------
# Repair
# --------------------------------------------------------------------------------------------


def _get(lines: Sequence[str], f: _Field) -> str:
    return lines[f.line][f.start : f.end]


def _put(lines: list[str], f: _Field, value: str) -> None:
    line = lines[f.line]
    lines[f.line] = line[: f.start] + value + line[f.end :]


def _repair_by_class(lines: list[str], layout: Sequence[_Field], repairs: list[str]) -> None:
    """Repairs the position's character class alone justifies."""
    for f in layout:
        value = _get(lines, f)
        if f.cls in (CLASS_NUM, CLASS_CHECK):
            may_be_filler = f.name in _MAY_BE_EMPTY_CHECKS
            fixed = "".join(
                ch if ch in DIGITS or (may_be_filler and ch == FILLER) else TO_DIGIT.get(ch, ch)
                for ch in value
            )
        elif f.cls == CLASS_ALPHA:
            fixed = "".join(TO_LETTER.get(ch, ch) for ch in value)
            if f.name == "names":
                fixed = _drop_spurious_name_tokens(fixed)
        elif f.cls == CLASS_SEX:
            fixed = value if value in "FMX<" else SEX_LOOKALIKES.get(value, value)
        else:
            continue
        if fixed != value:
            repairs.append(f"{f.name}: {value!r} -> {fixed!r} (character class)")
            _put(lines, f, fixed)


def _drop_spurious_name_tokens(name_field: str) -> str:
    """Turn misread fillers after the name's end padding back into fillers."""
    pad = name_field.find(FILLER * NAME_PADDING_RUN)
    if pad < 0:
        return name_field
    head, tail = name_field[:pad], name_field[pad:]
    tokens = re.split(f"({FILLER}+)", tail)
    fixed = "".join(
        FILLER * len(tok)
        if tok
        and FILLER not in tok
        and len(tok) <= MAX_SPURIOUS_NAME_TOKEN
        and set(tok) <= FILLER_LOOKALIKES
        else tok
        for tok in tokens
    )
    return head + fixed


def _repair_country(lines: list[str], f: _Field, repairs: list[str]) -> None:
    """Country code not on the ICAO list: accept a unique confusion fix that is on it."""
    value = _get(lines, f)
    if countries_ops.is_code(value.replace(FILLER, "")):
        return
    options = [
        (ch, *([FILLER] if ch in FILLER_LOOKALIKES and i > 0 else [])) for i, ch in enumerate(value)
    ]
    hits = {
        cand
        for cand in ("".join(p) for p in itertools.product(*options))
        if cand != value
        and not re.search(f"{FILLER}[A-Z]", cand)
        and countries_ops.is_code(cand.replace(FILLER, ""))
    }
    if len(hits) == 1:
        fixed = hits.pop()
        repairs.append(f"{f.name}: {value!r} -> {fixed!r} (country list)")
        _put(lines, f, fixed)


def _alternatives(value: str, cls: str, *, may_be_filler: bool = False) -> list[tuple[str, ...]]:
    """Per position: the character as read first, then what it may have been."""
    out: list[tuple[str, ...]] = []
    for ch in value:
        if cls == CLASS_ALNUM:
            out.append((ch, *_ALNUM_ALTERNATIVES.get(ch, ())))
        elif cls == CLASS_CHECK and may_be_filler:
            out.append((ch, FILLER) if ch != FILLER else (ch,))
        else:
            out.append((ch,))
    return out


def _variants(options: Sequence[tuple[str, ...]]) -> Iterable[tuple[int, str]]:
    """``(changes, text)`` for every combination, capped by the search bounds."""
    ambiguous = [i for i, opts in enumerate(options) if len(opts) > 1]
    if len(ambiguous) > MAX_AMBIGUOUS_POSITIONS:
        # Too open: try the reading as is and single changes only.
        yield 0, "".join(o[0] for o in options)
        for i in ambiguous:
            for alt in options[i][1:]:
                chars = [o[0] for o in options]
                chars[i] = alt
                yield 1, "".join(chars)
        return
    for n, combo in enumerate(itertools.product(*options)):
        if n >= MAX_CANDIDATES:
            return
        changes = sum(1 for ch, opts in zip(combo, options, strict=True) if ch != opts[0])
        yield changes, "".join(combo)


def _repair_by_check_digit(
    lines: list[str], fmt: MrzFormat, layout: Sequence[_Field], repairs: list[str]
) -> None:
    """Confusions in alphanumeric fields, accepted only when two check digits confirm them.

    A field whose own check digit fails gets candidate readings (fewest confusions that make its
    check digit hold). A single check digit matches a wrong reading one time in ten, so a
    candidate is accepted only when the composite digit holds too, and only when exactly one
    combination of candidates (fewest changes) does. Fields only the composite covers (TD1
    optional data) may only get filler look-alikes back to '<' inside filler runs.
    """
    by_name = {f.name: f for f in layout}
    checked = _CHECKED[fmt]
    covered = checked["composite_check"]
    composite_digit = _get(lines, by_name["composite_check"])
    if composite_digit not in DIGITS:
        return
    # Per repairable slot: (field names, original text, candidates [(changes, text)]).
    slots: list[tuple[tuple[str, ...], str, list[tuple[int, str]]]] = []
    for check_name, names in checked.items():
        if check_name == "composite_check":
            continue
        (field_name,) = names
        f, c = by_name[field_name], by_name[check_name]
        value, digit = _get(lines, f), _get(lines, c)
        if _digit_ok(value, digit, check_name):
            continue
        may_be_filler = check_name in _MAY_BE_EMPTY_CHECKS
        digit_options = _alternatives(digit, CLASS_CHECK, may_be_filler=may_be_filler)
        cands = _fewest_changes(
            (changes + d_changes, cand + d_cand)
            for changes, cand in _variants(_alternatives(value, f.cls))
            for d_changes, d_cand in _variants(digit_options)
            if _digit_ok(cand, d_cand, check_name)
        )
        if cands:
            slots.append(((field_name, check_name), value + digit, cands))
    own_checked = {v[0] for k, v in checked.items() if k != "composite_check"}
    for name in covered:
        if name in own_checked or name.endswith("_check"):
            continue
        value = _get(lines, by_name[name])
        cands = list(_variants(_filler_alternatives(value)))
        if len(cands) > 1:
            slots.append(((name,), value, cands))
    if not slots:
        return

    def apply(texts: Sequence[str]) -> list[str]:
        trial = list(lines)
        for (names, _, _), text in zip(slots, texts, strict=True):
            pos = 0
            for name in names:
                f = by_name[name]
                _put(trial, f, text[pos : pos + f.end - f.start])
                pos += f.end - f.start
        return trial

    if _composite_ok(lines, covered, by_name, composite_digit):
        return
    best = _unique_best(
        (sum(ch for ch, _ in combo), "\n".join(text for _, text in combo))
        for combo in itertools.islice(
            itertools.product(*(cands for _, _, cands in slots)), MAX_CANDIDATES
        )
        if _composite_ok(apply([t for _, t in combo]), covered, by_name, composite_digit)
        and all(
            _digit_ok(*_split_check(names, t, by_name))
            for (names, _, _), (_, t) in zip(slots, combo, strict=True)
            if len(names) == len(("field", "check digit"))
        )
    )
    if best is None:
        return
    texts = best.split("\n")
    for (names, orig, _), text in zip(slots, texts, strict=True):
        if text != orig:
            repairs.append(f"{'+'.join(names)}: {orig!r} -> {text!r} (check digits)")
    lines[:] = apply(texts)


def _split_check(
    names: tuple[str, ...], text: str, by_name: dict[str, _Field]
) -> tuple[str, str, str]:
    field_name, check_name = names
    f = by_name[field_name]
    size = f.end - f.start
    return text[:size], text[size:], check_name


def _filler_alternatives(value: str) -> list[tuple[str, ...]]:
    """Filler look-alikes next to a filler may be fillers; nothing else may change."""
    out: list[tuple[str, ...]] = []
    for i, ch in enumerate(value):
        near_filler = FILLER in value[max(0, i - 1) : i] + value[i + 1 : i + 2]
        if ch in FILLER_LOOKALIKES and near_filler:
            out.append((ch, FILLER))
        else:
            out.append((ch,))
    return out


def _fewest_changes(scored: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """All candidates at the smallest change count."""
    by_changes: dict[int, set[str]] = {}
    for changes, cand in scored:
        by_changes.setdefault(changes, set()).add(cand)
    if not by_changes:
        return []
    low = min(by_changes)
    return [(low, cand) for cand in sorted(by_changes[low])]


def _composite_ok(
    lines: Sequence[str], covered: Sequence[str], by_name: dict[str, _Field], digit: str
) -> bool:
    return _digit_ok("".join(_get(lines, by_name[n]) for n in covered), digit, "composite_check")


def _digit_ok(value: str, digit: str, check_name: str) -> bool:
    if check_name in _MAY_BE_EMPTY_CHECKS and digit == FILLER:
        return set(value) <= {FILLER}
    if digit not in DIGITS or any(ch not in MRZ_ALPHABET for ch in value):
        return False
    return check_digit(value) == digit


def _unique_best(scored: Iterable[tuple[int, str]]) -> str | None:
    """The candidate with fewest changes, or None when none or several tie."""
    best: dict[int, set[str]] = {}
    for changes, cand in scored:
        best.setdefault(changes, set()).add(cand)
    if not best:
        return None
    top = best[min(best)]
    return next(iter(top)) if len(top) == 1 else None


def _repair(lines: list[str], fmt: MrzFormat) -> tuple[list[str], list[str]]:
    """All repairs on length-fitted lines; returns (lines, repairs)."""
    layout = _LAYOUTS[fmt]
    out, repairs = list(lines), list[str]()
    _repair_by_class(out, layout, repairs)
    for f in layout:
        if f.name in ("issuing_state", "nationality"):
            _repair_country(out, f, repairs)
    _repair_by_check_digit(out, fmt, layout, repairs)
    return out, repairs


# --------------------------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------------------------


def verify(lines: Sequence[str], fmt: MrzFormat) -> dict[str, bool]:
    """Run the ``mrz`` package's checker over fitted lines.

    Two deviations from the package, both where ICAO 9303 allows more than it does: sex ``X``
    is valid, and a TD1 document number longer than 9 characters (check position ``<``, the
    number continuing in the optional data) is checked over its full length.

    Args:
        lines: zone lines of exact format length.
        fmt: ``TD1`` or ``TD3``.

    Returns:
        Check name -> passed, check digits first.
    """
    text = "\n".join(lines)
    checks: dict[str, bool] = {}
    try:
        checker: TD1CodeChecker | TD3CodeChecker = (
            TD1CodeChecker(text) if fmt == "TD1" else TD3CodeChecker(text)
        )
        checker_ok = True
    except Exception:  # the package raises its own error tree on malformed input
        checker_ok = False
    layout = {f.name: f for f in _LAYOUTS[fmt]}
    if checker_ok:
        for description, ok in checker.report.fields:
            checks[_CHECKER_NAMES.get(description, description.replace(" ", "_"))] = bool(ok)
    else:
        for check_name, covered in _CHECKED[fmt].items():
            value = "".join(_get(lines, layout[n]) for n in covered)
            checks[check_name] = _digit_ok(value, _get(lines, layout[check_name]), check_name)
    checks["sex_format"] = _get(lines, layout["sex"]) in "FMX<"
    if fmt == "TD1":
        number, digit = _td1_document_number(lines)
        checks["document_number_check"] = _digit_ok(number, digit, "document_number_check")
    ordered = {k: checks[k] for k in CHECK_DIGIT_NAMES if k in checks}
    ordered.update({k: v for k, v in checks.items() if k not in ordered})
    return ordered


def _td1_document_number(lines: Sequence[str]) -> tuple[str, str]:
    """TD1 document number and its check digit, long numbers included (ICAO 9303-5 note j)."""
    number, digit = lines[0][5:14], lines[0][14]
    if digit == FILLER:
        rest = lines[0][15:30].split(FILLER, 1)[0]
        if rest:
            number, digit = number + rest[:-1], rest[-1]
    return number, digit


def _score(checks: dict[str, bool]) -> int:
    return sum(1 for ok in checks.values() if ok)


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


def parse_mrz_lines(
    lines: Sequence[str],
    *,
    ocr_confidence: float | None = None,
    today: date | None = None,
) -> MrzResult:
    """Parse and check MRZ lines (pure; for text layers and OCR output alike).

    Lines are cleaned to the MRZ alphabet, fitted to the format's exact length (changing only
    filler runs, choosing the variant the most checks accept), and repaired where a position's
    character class or a check digit confirms it.

    Args:
        lines: the zone's lines, top to bottom (2 for TD3, 3 for TD1); blank lines are ignored.
        ocr_confidence: mean OCR confidence 0..1 of the zone, None for text.
        today: reference date for centuries (default: today).

    Returns:
        The parsed zone; check failures are reported in it, not raised.

    Raises:
        ValueError: the lines have no TD1 or TD3 shape.
    """
    ref = today or date.today()
    raw = [line for line in lines if line.strip()]
    cleaned = [clean_line(line) for line in raw]
    fmt = detect_format(cleaned)
    if fmt is None:
        raise ValueError(f"no TD1/TD3 zone: line lengths {[len(c) for c in cleaned]}")
    _, length = FORMAT_SHAPES[fmt]
    per_line = [_length_variants(line, length) for line in cleaned]
    best: tuple[int, int, list[str], list[str], dict[str, bool]] | None = None
    for combo in _bounded_product(per_line):
        fitted, repairs = _repair(list(combo), fmt)
        checks = verify(fitted, fmt)
        key = (_score(checks), -len(repairs))
        if best is None or key > (best[0], best[1]):
            best = (key[0], key[1], fitted, repairs, checks)
    assert best is not None  # _bounded_product yields at least one combination
    _, _, fitted, repairs, checks = best
    length_fixes = [
        f"line {i + 1}: length {len(c)} -> {length}"
        for i, c in enumerate(cleaned)
        if len(c) != length
    ]
    return _build(fmt, fitted, raw, checks, length_fixes + repairs, ocr_confidence, ref)


def _bounded_product(per_line: Sequence[list[str]]) -> Iterable[tuple[str, ...]]:
    for n, combo in enumerate(itertools.product(*per_line)):
        if n >= MAX_LENGTH_COMBINATIONS:
            return
        yield combo


# Length-fitting combinations evaluated per zone (each costs one repair + verification).
MAX_LENGTH_COMBINATIONS = 400


def _build(
    fmt: MrzFormat,
    lines: list[str],
    raw: list[str],
    checks: dict[str, bool],
    repairs: list[str],
    ocr_confidence: float | None,
    today: date,
) -> MrzResult:
    layout = {f.name: f for f in _LAYOUTS[fmt]}

    def get(name: str) -> str:
        return _get(lines, layout[name])

    family, given = split_names(get("names"))
    if fmt == "TD1":
        number, _ = _td1_document_number(lines)
        optional_fields = ["optional_data", "optional_data_2"]
        if lines[0][14] == FILLER:
            # The long number's tail and check digit occupy the first optional field.
            optional_fields = ["optional_data_2"]
    else:
        number = get("document_number")
        optional_fields = ["optional_data"]
    optional = [v for v in (get(n).strip(FILLER) for n in optional_fields) if v]
    sex_raw = get("sex")
    failed = [name for name, ok in checks.items() if not ok]
    confidence = TEXT_LAYER_CONFIDENCE if ocr_confidence is None else ocr_confidence
    if failed:
        confidence *= FAILED_CHECK_CONFIDENCE_FACTOR
    return MrzResult(
        mrz_format=fmt,
        document_code=get("document_code").rstrip(FILLER),
        issuing_state=icao_to_iso3(get("issuing_state")),
        family_name=family,
        given_names=given,
        document_number=number.replace(FILLER, ""),
        nationality=icao_to_iso3(get("nationality")),
        date_of_birth=yymmdd_to_iso(get("date_of_birth"), kind="birth", today=today),
        sex="X" if sex_raw in (FILLER, "X") else sex_raw,
        expiry_date=yymmdd_to_iso(get("expiry_date"), kind="expiry", today=today),
        optional_data=optional,
        lines=lines,
        raw_lines=raw,
        checks=checks,
        failed_checks=failed,
        repairs=repairs,
        confidence=round(confidence, 3),
    )
