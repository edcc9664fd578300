"""Machine-readable zone (ICAO 9303) of passports (TD3) and identity cards (TD1).

Two entry points:

* :func:`parse_mrz_lines` - pure: MRZ lines as text (text-layer PDFs, or OCR output) to a
  checked :class:`MrzResult`.
* :func:`read_mrz` - a page image: find the zone (:func:`find_mrz`), OCR it with Tesseract
  restricted to the MRZ alphabet (:func:`ocr_mrz`), then :func:`parse_mrz_lines`.

Reading: the zone is found as 2-3 long, equal, stacked text-line blobs (blackhat, Otsu,
horizontal closing), cropped and rotated upright. Tesseract (``eng``, MRZ whitelist, psm 6)
gives characters with boxes, confidences and its LSTM runner-ups (hOCR). Because the zone is
monospaced, each box is placed into its character cell by a fitted pitch: runs of '<' that
Tesseract merges or drops come out at their printed length. Cells nothing sure fell into are
compared with the zone's own chevron template, else OCR'd singly. Glyph templates from
positions whose class vouches for the character (dates are digits, names letters) add
evidence for confusable cells elsewhere.

OCR confusions (``O``/``0``, ``B``/``8``, ``<`` read as ``K`` ...) are repaired only where the
position's character class (digits-only dates and check digits, letters-only codes and names,
filler runs, the document code's fixed first letter) or the check digits confirm the repair;
every repair is listed in ``MrzResult.repairs``. Check digits are verified with the ``mrz``
package's checkers. Names carry no check digit: a misread letter there ('I' as 'L') stays.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from html import unescape as html_unescape
from typing import Literal

import cv2
import numpy as np
import pytesseract
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
# TD2 cards and MRV-B visas: 2 lines of 36, recognised only to be turned away.
TD2_LINE_LEN = 36
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
CLASS_NAME = "NAME"  # letters-or-filler positions of the name field (glyph evidence only)


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
# Check that no character looks, to the OCR evidence, like another one the check digits
# cannot tell from it (OCR input only); see _invisible_confusions.
CHARACTERS_CHECK = "unambiguous_characters"
CHECK_MODULUS = 10
CHECK_WEIGHTS = (7, 3, 1)
# OCR evidence from this probability on makes such a character suspect (measured on the
# bench: correct names' runner-up letters stay below it, misread ones mostly reach it).
SUSPECT_PROB = 0.4
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
# First letter of the document code: what OCR makes of the letters the format allows.
DOCUMENT_CODE_LOOKALIKES: dict[MrzFormat, dict[str, str]] = {
    "TD1": {"T": "I", "L": "I", "J": "I", "1": "I", "4": "A", "0": "C", "G": "C"},
    "TD3": {"F": "P", "R": "P", "B": "P", "D": "P", "E": "P"},
}
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
# Bound on the candidates of one check-digit-guided search.
MAX_CANDIDATES = 5000
# A run of this many fillers in the name field can only be trailing padding: a name part after
# it is a misread filler.
NAME_PADDING_RUN = 3
# Name-field tokens after the padding this short (and made of filler look-alikes) are fillers.
MAX_SPURIOUS_NAME_TOKEN = 2
# Length-fitting combinations evaluated per zone (each costs one repair + verification).
MAX_LENGTH_COMBINATIONS = 400
# How far OCR'd line lengths may stray from the format and still be fitted. Tesseract merges
# long chevron runs (name padding) most, so the bound is generous.
MAX_LENGTH_DEVIATION = 10
# Lines that carry check digits; the others (names) are fitted at their trailing padding.
_CHECKED_LINES: dict[MrzFormat, frozenset[int]] = {"TD1": frozenset({0, 1}), "TD3": frozenset({1})}

# --------------------------------------------------------------------------------------------
# Country codes and dates
# --------------------------------------------------------------------------------------------

# ICAO codes that are not ISO 3166-1 alpha-3. The British subtypes are all British nationals'
# documents. Codes with no ISO counterpart are kept as ICAO writes them: 'UNK' (Kosovo, UNMIK
# documents) and 'RKS' (Kosovo's own; ISO 3166-1 has no Kosovo code), 'EUE' (EU
# laissez-passer), 'UNO'/'UNA' (UN), 'XXA'/'XXB'/'XXC'/'XXX' (stateless, refugee,
# unspecified), 'XOM', 'XPO' ...
ICAO_TO_ISO3: dict[str, str] = {
    "D": "DEU",
    "GBD": "GBR",
    "GBN": "GBR",
    "GBO": "GBR",
    "GBP": "GBR",
    "GBS": "GBR",
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
        suspects: characters the OCR evidence doubts where no check digit can decide (they
            fail the ``unambiguous_characters`` check).
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
    suspects: list[str] = field(default_factory=list)

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


def _check_value(ch: str) -> int:
    """ICAO 9303 value of a character: '<' 0, digits 0-9, A=10 ... Z=35."""
    if ch == FILLER:
        return 0
    return DIGITS.index(ch) if ch in DIGITS else len(DIGITS) + LETTERS.index(ch)


def same_to_check_digits(a: str, b: str) -> bool:
    """Whether two characters count alike for every check digit ("S" and "8", "G" and "6"):
    a confusion between them no check digit can reveal. Characters outside the zone's
    letters and digits count for nothing."""
    if a not in DIGITS + LETTERS or b not in DIGITS + LETTERS:
        return False
    return (_check_value(a) - _check_value(b)) % CHECK_MODULUS == 0


def check_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; '<' counts 0, A=10 ... Z=35).

    Args:
        text: characters from the MRZ alphabet.

    Returns:
        The check digit as a one-character string.

    Raises:
        ValueError: a character outside the MRZ alphabet.
    """
    total = 0
    for i, ch in enumerate(text):
        if ch not in MRZ_ALPHABET:
            raise ValueError(f"not an MRZ character: {ch!r}")
        total += _check_value(ch) * CHECK_WEIGHTS[i % len(CHECK_WEIGHTS)]
    return str(total % CHECK_MODULUS)


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
        ``TD1`` for 3 lines about 30 long, ``TD3`` for 2 lines about 44 long, else None (TD2
        and visa zones, 2 lines of 36, are not supported).
    """
    if len(lines) == TD3_LINES and lines:
        longest = max(len(line) for line in lines)
        if abs(longest - TD2_LINE_LEN) < abs(longest - TD3_LINE_LEN):
            return None
    for fmt, (count, length) in FORMAT_SHAPES.items():
        if len(lines) == count and all(
            abs(len(line) - length) <= MAX_LENGTH_DEVIATION for line in lines
        ):
            return fmt
    return None


def _filler_runs(line: str) -> list[tuple[int, int]]:
    """``(start, length)`` of each run of fillers."""
    return [(m.start(), m.end() - m.start()) for m in re.finditer(f"{FILLER}+", line)]


#: A line too long may start with specks OCR read left of the zone ("NS"): this many
#: leading characters may be dropped (the check digits choose).
MAX_LEADING_JUNK = 3


def _length_variants(line: str, length: int) -> list[str]:
    """Ways to bring ``line`` to ``length`` by growing or shrinking its filler runs, or, on
    a line too long, by dropping a few characters read before the zone's left edge.

    OCR drops or doubles chevrons inside runs far more often than it drops other characters,
    so only filler runs (and the line's ends) change length.
    """
    variants = _filler_variants(line, length)
    if len(line) > length:
        for k in range(1, min(MAX_LEADING_JUNK, len(line) - length) + 1):
            variants.extend(v for v in _filler_variants(line[k:], length)[:2]
                            if v not in variants)
    return variants


def _filler_variants(line: str, length: int) -> list[str]:
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


def _repair_by_class(lines: list[str], fmt: MrzFormat, repairs: list[str]) -> None:
    """Repairs the position's character class alone justifies."""
    for f in _LAYOUTS[fmt]:
        value = _get(lines, f)
        if f.name == "document_code":
            # The first letter is fixed by the format: P for TD3, I/A/C for TD1.
            first = DOCUMENT_CODE_LOOKALIKES[fmt].get(value[0], value[0])
            fixed = first + TO_LETTER.get(value[1], value[1])
        elif f.cls in (CLASS_NUM, CLASS_CHECK):
            may_be_filler = f.name in _MAY_BE_EMPTY_CHECKS
            fixed = "".join(
                ch if ch in DIGITS or (may_be_filler and ch == FILLER) else TO_DIGIT.get(ch, ch)
                for ch in value
            )
        elif f.cls == CLASS_ALPHA:
            fixed = "".join(TO_LETTER.get(ch, ch) for ch in value)
            if f.name == "names":
                fixed = _drop_spurious_padding_tokens(fixed)
        elif f.cls == CLASS_SEX:
            fixed = value if value in "FMX<" else SEX_LOOKALIKES.get(value, value)
        elif f.name.startswith("optional_data") and f.cls == CLASS_ALNUM:
            # 'K' for '<' is invisible to check digits (20 = 0 mod 10): position decides.
            fixed = _drop_spurious_padding_tokens(value)
        else:
            continue
        if fixed != value:
            repairs.append(f"{f.name}: {value!r} -> {fixed!r} (character class)")
            _put(lines, f, fixed)


def _drop_spurious_padding_tokens(name_field: str) -> str:
    """Turn misread fillers after a field's end padding back into fillers.

    A run of ``NAME_PADDING_RUN`` fillers occurs only as padding (names separate parts with one
    or two, data fields have none inside), so short look-alike tokens after it are chevrons.
    """
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


# German passports and identity cards number their documents with digits and the consonants
# no reader takes for a digit or another letter (no vowels, no B, D, Q or S: the
# Bundesdruckerei's serial numbers, "C01X00T47" in the specimens). A letter outside them in a
# German zone is a digit misread; two such misreads can cancel in a check digit ("CVNOHHQWL"
# for "CVN0HH0WL" passes it), so the alphabet is checked on its own.
GERMAN_ISSUER = "D"
GERMAN_NUMBER_ALPHABET = frozenset("0123456789CFGHJKLMNPRTVWXYZ")
NUMBER_ALPHABET_CHECK = "document_number_alphabet"
# The digits a letter outside that alphabet is usually a misreading of.
_GERMAN_DIGIT_LOOKALIKES: dict[str, str] = {
    "O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "A": "4", "S": "58", "B": "8",
}


def _german_number(lines: Sequence[str], layout: Mapping[str, _Field]) -> bool:
    return _get(lines, layout["issuing_state"]).strip(FILLER) == GERMAN_ISSUER


def _outside_german_alphabet(number: str) -> list[int]:
    return [i for i, ch in enumerate(number) if ch != FILLER and ch not in GERMAN_NUMBER_ALPHABET]


def _repair_german_number(lines: list[str], fmt: MrzFormat, repairs: list[str]) -> None:
    """A German document number's letters outside its alphabet read as the digits they look
    like, where exactly one such reading passes the number's check digit."""
    layout = {f.name: f for f in _LAYOUTS[fmt]}
    if not _german_number(lines, layout):
        return
    number, digit = _get(lines, layout["document_number"]), _get(lines, layout[
        "document_number_check"])
    wrong = _outside_german_alphabet(number)
    if not wrong or any(number[i] not in _GERMAN_DIGIT_LOOKALIKES for i in wrong):
        return
    passing = []
    for digits in itertools.product(*(_GERMAN_DIGIT_LOOKALIKES[number[i]] for i in wrong)):
        chars = list(number)
        for i, d in zip(wrong, digits, strict=True):
            chars[i] = d
        candidate = "".join(chars)
        if _digit_ok(candidate, digit, "document_number_check"):
            passing.append(candidate)
    if len(passing) == 1:
        _put(lines, layout["document_number"], passing[0])
        repairs.append(f"document_number: {number!r} -> {passing[0]!r} (German number's "
                       "alphabet and check digit)")


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


# Per line, per position: the characters the OCR engine weighed there with their probability,
# the reading itself included (its probability is the engine's confidence in it).
CharAlternatives = Sequence[Sequence[Sequence[tuple[str, float]]]]
# An option: (character, cost). The reading as is costs 0; a confusion from the static tables
# costs 1, and is offered only where the engine was unsure of its reading (with OCR evidence
# at hand); an alternative the engine (or the zone's glyph templates) proposed costs
# 1 - its probability.
_Option = tuple[str, float]
STATIC_ALTERNATIVE_COST = 1.0
# OCR alternatives less probable than this are not considered.
MIN_ALTERNATIVE_PROB = 0.05
# At most this many characters of one field are changed by a check-digit repair, at most at
# this cost: one confusion from the static tables, or a few the OCR evidence backs. Each
# check digit passes a wrong reading one time in ten, so the search stays narrow.
MAX_CHANGES_PER_FIELD = 2
MAX_REPAIR_COST = 1.0
# The accepted repair must be cheaper than the runner-up by this much; otherwise the check
# digits cannot tell the readings apart and nothing is changed.
MIN_COST_MARGIN = 0.3


def _alternatives(
    value: str,
    cls: str,
    ocr: Sequence[Sequence[tuple[str, float]]] | None = None,
    *,
    may_be_filler: bool = False,
) -> list[tuple[_Option, ...]]:
    """Per position: the character as read first, then what it may have been, with costs."""
    out: list[tuple[_Option, ...]] = []
    for i, ch in enumerate(value):
        costs: dict[str, float] = {}
        # A single check digit passes a wrong reading one time in ten: confusions from the
        # table are tried only where the engine itself hesitated (or there is no engine).
        sure = ocr is not None and dict(ocr[i]).get(ch, 0.0) >= SURE_CONFIDENCE
        if cls == CLASS_ALNUM and not sure:
            for alt in _ALNUM_ALTERNATIVES.get(ch, ()):
                costs[alt] = STATIC_ALTERNATIVE_COST
        if cls == CLASS_CHECK and may_be_filler and ch != FILLER:
            costs[FILLER] = STATIC_ALTERNATIVE_COST
        for alt, prob in ocr[i] if ocr is not None else ():
            allowed = alt in DIGITS if cls in (CLASS_NUM, CLASS_CHECK) else alt in MRZ_ALPHABET
            if alt != ch and allowed and prob >= MIN_ALTERNATIVE_PROB:
                costs[alt] = min(costs.get(alt, STATIC_ALTERNATIVE_COST), 1.0 - prob)
        out.append(((ch, 0.0), *sorted(costs.items(), key=lambda kv: kv[1])))
    return out


_INNER_FILLER = re.compile(f"{FILLER}[^{FILLER}]")


def _variants(options: Sequence[tuple[_Option, ...]]) -> Iterable[tuple[float, str]]:
    """``(cost, text)`` for readings with up to ``MAX_CHANGES_PER_FIELD`` changes."""
    base = [opts[0][0] for opts in options]
    ambiguous = [i for i, opts in enumerate(options) if len(opts) > 1]
    produced = 0
    for k in range(min(MAX_CHANGES_PER_FIELD, len(ambiguous)) + 1):
        for positions in itertools.combinations(ambiguous, k):
            for picks in itertools.product(*(options[i][1:] for i in positions)):
                chars = list(base)
                for i, (alt, _) in zip(positions, picks, strict=True):
                    chars[i] = alt
                text = "".join(chars)
                # Fillers only pad a field's end: a repair must not put one inside the data.
                if any(alt == FILLER for alt, _ in picks) and _INNER_FILLER.search(text):
                    continue
                yield sum(cost for _, cost in picks), text
                produced += 1
                if produced >= MAX_CANDIDATES:
                    return


def _repair_by_check_digit(
    lines: list[str],
    fmt: MrzFormat,
    layout: Sequence[_Field],
    repairs: list[str],
    ocr: CharAlternatives | None = None,
) -> None:
    """Confusions in checked fields, accepted only when the check digits confirm them.

    A field whose own check digit fails gets candidate readings: the cheapest (see
    ``_Option``) with at most ``MAX_CHANGES_PER_FIELD`` changes and cost ``MAX_REPAIR_COST``
    that make its check digit hold. The composite digit must hold for the chosen combination
    too, and one combination must be clearly cheapest (``MIN_COST_MARGIN``); otherwise nothing
    changes and the failure goes to review.

    Why so strict: a check digit passes a wrong reading one time in ten, and for the document
    number and optional data the composite adds nothing (their weights line up with those of
    their own check digit), so each candidate tried is a chance of a false "valid". Some
    confusions are invisible to any check digit (values 20 apart: 'K'/'<', 'L'/'1', 'S'/'8',
    'G'/'6' ...); they are never repaired here. Fields only the composite covers (TD1
    optional data) may only get filler look-alikes next to fillers back to '<'.
    """
    by_name = {f.name: f for f in layout}
    checked = _CHECKED[fmt]
    covered = checked["composite_check"]
    composite_digit = _get(lines, by_name["composite_check"])
    if composite_digit not in DIGITS:
        return

    def field_ocr(f: _Field) -> Sequence[Sequence[tuple[str, float]]] | None:
        return None if ocr is None else ocr[f.line][f.start : f.end]

    # Per repairable slot: (field names, original text, candidates [(cost, text)]).
    slots: list[tuple[tuple[str, ...], str, list[tuple[float, str]]]] = []
    for check_name, names in checked.items():
        if check_name == "composite_check":
            continue
        (field_name,) = names
        f, c = by_name[field_name], by_name[check_name]
        value, digit = _get(lines, f), _get(lines, c)
        if _digit_ok(value, digit, check_name):
            continue
        may_be_filler = check_name in _MAY_BE_EMPTY_CHECKS
        digit_options = _alternatives(digit, CLASS_CHECK, field_ocr(c), may_be_filler=may_be_filler)
        cands = _cheapest(
            (cost + d_cost, cand + d_cand)
            for cost, cand in _variants(_alternatives(value, f.cls, field_ocr(f)))
            for d_cost, d_cand in _variants(digit_options)
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
    if not slots or _composite_ok(lines, covered, by_name, composite_digit):
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

    best = _clear_best(
        (sum(cost for cost, _ in combo), "\n".join(text for _, text in combo))
        for combo in itertools.islice(
            itertools.product(*(cands for _, _, cands in slots)), MAX_CANDIDATES
        )
        if _composite_ok(apply([t for _, t in combo]), covered, by_name, composite_digit)
        and all(
            _digit_ok(*_split_check(names, t, by_name))
            for (names, _, _), (_, t) in zip(slots, combo, strict=True)
            if names[-1].endswith("_check")  # a field with its own check digit
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


def _filler_alternatives(value: str) -> list[tuple[_Option, ...]]:
    """Filler look-alikes next to a filler may be fillers; nothing else may change."""
    out: list[tuple[_Option, ...]] = []
    for i, ch in enumerate(value):
        near_filler = FILLER in value[max(0, i - 1) : i] + value[i + 1 : i + 2]
        if ch in FILLER_LOOKALIKES and near_filler:
            out.append(((ch, 0.0), (FILLER, STATIC_ALTERNATIVE_COST)))
        else:
            out.append(((ch, 0.0),))
    return out


def _cheapest(scored: Iterable[tuple[float, str]]) -> list[tuple[float, str]]:
    """Candidates within ``MIN_COST_MARGIN`` of the cheapest (the composite decides later)."""
    best: dict[str, float] = {}
    for cost, cand in scored:
        best[cand] = min(cost, best.get(cand, cost))
    if not best:
        return []
    low = min(best.values())
    return sorted(
        (cost, cand)
        for cand, cost in best.items()
        if cost < low + MIN_COST_MARGIN and cost <= MAX_REPAIR_COST
    )


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


def _clear_best(scored: Iterable[tuple[float, str]]) -> str | None:
    """The cheapest candidate when it beats every other by ``MIN_COST_MARGIN``, else None."""
    best: dict[str, float] = {}
    for cost, cand in scored:
        best[cand] = min(cost, best.get(cand, cost))
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][1] - ranked[0][1] < MIN_COST_MARGIN:
        return None
    return ranked[0][0]


def _repair(
    lines: list[str], fmt: MrzFormat, ocr: CharAlternatives | None = None
) -> tuple[list[str], list[str]]:
    """All repairs on length-fitted lines; returns (lines, repairs)."""
    layout = _LAYOUTS[fmt]
    out, repairs = list(lines), list[str]()
    _repair_by_class(out, fmt, repairs)
    for f in layout:
        if f.name in ("issuing_state", "nationality"):
            _repair_country(out, f, repairs)
    _repair_german_number(out, fmt, repairs)
    _repair_by_check_digit(out, fmt, layout, repairs, ocr)
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
    if _german_number(lines, layout):
        checks[NUMBER_ALPHABET_CHECK] = not _outside_german_alphabet(
            _get(lines, layout["document_number"]))
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


def _score(checks: dict[str, bool]) -> tuple[int, int]:
    """Fewest failed check digits, then fewest failed checks (failures are counted, not passes:
    the ``mrz`` package reports optional-data formats only for non-empty fields)."""
    failed = [name for name, ok in checks.items() if not ok]
    return (-sum(1 for name in failed if name in CHECK_DIGIT_NAMES), -len(failed))


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


def parse_mrz_lines(
    lines: Sequence[str],
    *,
    ocr_confidence: float | None = None,
    alternatives: CharAlternatives | None = None,
    today: date | None = None,
) -> MrzResult:
    """Parse and check MRZ lines (pure; for text layers and OCR output alike).

    Lines are cleaned to the MRZ alphabet, fitted to the format's exact length (changing only
    filler runs, choosing the variant the most checks accept), and repaired where a position's
    character class or a check digit confirms it.

    Args:
        lines: the zone's lines, top to bottom (2 for TD3, 3 for TD1); blank lines are ignored.
        ocr_confidence: mean OCR confidence 0..1 of the zone, None for text.
        alternatives: per line and position, the characters the OCR engine weighed with their
            probability, the reading included; they steer the check-digit-confirmed repairs.
            Used only when the lines already have the exact format length.
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
    per_line = [
        _length_variants(line, length)
        if i in _CHECKED_LINES[fmt]
        else _length_variants(line, length)[:1]
        for i, line in enumerate(cleaned)
    ]
    exact = all(len(line) == length for line in cleaned)
    ocr = alternatives if exact and alternatives is not None else None
    best: tuple[tuple[int, int, int], list[str], list[str], dict[str, bool]] | None = None
    for combo in _bounded_product(per_line):
        fitted, repairs = _repair(list(combo), fmt, ocr)
        checks = verify(fitted, fmt)
        key = (*_score(checks), -len(repairs))
        if best is None or key > best[0]:
            best = (key, fitted, repairs, checks)
    assert best is not None  # _bounded_product yields at least one combination
    _, fitted, repairs, checks = best
    suspects = _invisible_confusions(fitted, fmt, ocr) if ocr is not None else []
    checks[CHARACTERS_CHECK] = not suspects
    length_fixes = [
        f"line {i + 1}: length {len(c)} -> {length}"
        for i, c in enumerate(cleaned)
        if len(c) != length
    ]
    result = _build(fmt, fitted, raw, checks, length_fixes + repairs, ocr_confidence, ref)
    result.suspects = suspects
    return result


def _invisible_confusions(lines: Sequence[str], fmt: MrzFormat, ocr: CharAlternatives) -> list[str]:
    """Characters the OCR evidence doubts where no check digit can decide.

    In letter-or-digit fields: an alternative whose value differs by a multiple of 10 ('G'/'6',
    'L'/'1', 'S'/'8' ...), which every check digit accepts alike. In names, which carry no
    check digit at all: any other letter ('I' read as 'L'). Nothing may repair these; they
    send the zone to review instead of letting a wrong value pass as valid.
    """
    found: list[str] = []
    for f in _LAYOUTS[fmt]:
        if f.cls != CLASS_ALNUM and f.name != "names":
            continue
        for pos in range(f.start, f.end):
            read = lines[f.line][pos]
            if read == FILLER or read not in MRZ_ALPHABET:
                continue
            for alt, prob in ocr[f.line][pos]:
                if alt == read or alt not in MRZ_ALPHABET or prob < SUSPECT_PROB:
                    continue
                if alt in LETTERS if f.name == "names" else same_to_check_digits(alt, read):
                    found.append(
                        f"{f.name}[{pos - f.start}]: {read!r} may be {alt!r} "
                        f"({prob:.2f}; no check digit can tell)"
                    )
    return found


def _bounded_product(per_line: Sequence[list[str]]) -> Iterable[tuple[str, ...]]:
    for n, combo in enumerate(itertools.product(*per_line)):
        if n >= MAX_LENGTH_COMBINATIONS:
            return
        yield combo


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


# --------------------------------------------------------------------------------------------
# Finding the zone on a page image
# --------------------------------------------------------------------------------------------

# The page is searched at this width (px); enough for MRZ characters to stay ~10 px high on A4.
WORK_WIDTH = 1240
# Sizes relative to the working width. Blackhat: larger than a character, so it fills them in
# and the difference keeps the dark glyphs; line closing: joins characters (and the chevrons
# of filler runs) into one blob per line without joining neighbouring lines.
BLACKHAT_KERNEL_REL = (0.025, 0.012)
LINE_CLOSE_KERNEL_REL = (0.02, 0.002)
# A zone line is long and thin: at least this share of the page width and this elongated.
MIN_LINE_LENGTH_REL = 0.2
MIN_LINE_ASPECT = 8.0
# Neighbouring lines of one zone: same direction, same length, same thickness, left-aligned,
# stacked at about 1.5 line heights.
MAX_ANGLE_DIFF_DEG = 2.0
MAX_LENGTH_RATIO = 1.15
MAX_THICKNESS_RATIO = 1.6
MAX_LEFT_OFFSET_REL = 0.05  # of the line length
LINE_PITCH_RANGE = (0.9, 3.0)  # centre distance / line thickness
HALF_QUARTER_TURN, HALF_TURN = 45.0, 180.0
GRAY_NDIM, BGRA_CHANNELS = 2, 4
# Crop margin around the zone, in line thicknesses.
CROP_MARGIN = 1.0
# Zone candidates sent to OCR, most likely first.
MAX_ZONE_CANDIDATES = 4
# Crop scales OCR'd in turn until a reading passes every check.
OCR_SCALES = (1.0, 0.75)
TESSERACT_CONFIG = (
    "--oem 1 --psm 6 "
    f"-c tessedit_char_whitelist={MRZ_ALPHABET} "
    "-c load_system_dawg=0 -c load_freq_dawg=0"
)
TESSERACT_LANG = "eng"
# Share of digit positions read as digits below which a reading is no zone (text forced into
# the zone's shape scores near 0, a poor real zone still well above).
MIN_ZONE_PLAUSIBILITY = 0.5
# A recognised line shorter than this is no zone line.
MIN_OCR_LINE_LEN = 20
TESSERACT_MAX_CONF = 100.0


@dataclass(frozen=True, slots=True)
class _LineBlob:
    """One text-line blob at working scale."""

    cx: float
    cy: float
    length: float
    thickness: float
    angle: float  # degrees, -45..45
    left: float  # x of the left end
    points: np.ndarray


def _to_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == GRAY_NDIM:
        return image if image.dtype == np.uint8 else np.clip(image, 0, 255).astype(np.uint8)
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == BGRA_CHANNELS else cv2.COLOR_BGR2GRAY
    return np.asarray(cv2.cvtColor(image.astype(np.uint8), code))


def _kernel(width: int, rel: tuple[float, float]) -> np.ndarray:
    kw, kh = (max(1, round(width * r)) for r in rel)
    return np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, (kw, kh)))


def _line_blobs(small: np.ndarray) -> list[_LineBlob]:
    width = small.shape[1]
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, _kernel(width, BLACKHAT_KERNEL_REL))
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, _kernel(width, LINE_CLOSE_KERNEL_REL))
    # RETR_LIST: a card frame drawn around the zone is a contour that encloses its lines.
    contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    blobs: list[_LineBlob] = []
    for contour in contours:
        (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
        if w < h:  # OpenCV reports either side first; make w the long side
            w, h, angle = h, w, angle - 90.0
        if angle > HALF_QUARTER_TURN:
            angle -= HALF_TURN
        elif angle < -HALF_QUARTER_TURN:
            angle += HALF_TURN
        if w < MIN_LINE_LENGTH_REL * width or w < MIN_LINE_ASPECT * max(h, 1.0):
            continue
        pts = contour.reshape(-1, 2).astype(np.float32)
        blobs.append(_LineBlob(cx, cy, w, h, angle, float(pts[:, 0].min()), pts))
    return sorted(blobs, key=lambda b: b.cy)


def _same_zone(a: _LineBlob, b: _LineBlob) -> bool:
    """Is ``b`` the zone line right below ``a``?"""
    thick = max(a.thickness, b.thickness)
    pitch = b.cy - a.cy
    return (
        abs(a.angle - b.angle) <= MAX_ANGLE_DIFF_DEG
        and max(a.length, b.length) <= MAX_LENGTH_RATIO * min(a.length, b.length)
        and max(a.thickness, b.thickness) <= MAX_THICKNESS_RATIO * min(a.thickness, b.thickness)
        and abs(a.left - b.left) <= MAX_LEFT_OFFSET_REL * max(a.length, b.length)
        and LINE_PITCH_RANGE[0] * thick <= pitch <= LINE_PITCH_RANGE[1] * thick
    )


def _zone_groups(blobs: Sequence[_LineBlob]) -> list[list[_LineBlob]]:
    """Chains of 2 or 3 similar stacked lines, most zone-like first."""
    chains: list[list[_LineBlob]] = []
    used: set[int] = set()
    for i, blob in enumerate(blobs):
        if i in used:
            continue
        chain = [blob]
        used.add(i)
        for j in range(i + 1, len(blobs)):
            if j not in used and _same_zone(chain[-1], blobs[j]):
                chain.append(blobs[j])
                used.add(j)
        chains.append(chain)
    exact = [c for c in chains if len(c) in (TD3_LINES, TD1_LINES)]
    longer = [c[-TD1_LINES:] for c in chains if len(c) > TD1_LINES]
    # The zone sits at the foot of a document: lower chains first; longer chains (paragraphs
    # of equal lines) only after the exact ones.
    exact.sort(key=lambda c: -c[-1].cy)
    longer.sort(key=lambda c: -c[-1].cy)
    return exact + longer


def _deskewed_crop(gray: np.ndarray, chain: Sequence[_LineBlob], scale: float) -> np.ndarray:
    pts = np.concatenate([b.points for b in chain]) / scale
    weights = np.array([b.length for b in chain])
    angle = float(np.average([b.angle for b in chain], weights=weights))
    thickness = float(np.mean([b.thickness for b in chain])) / scale
    (cx, cy), _, _ = cv2.minAreaRect(pts)
    rot = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
    # Extent of the zone in the rotated frame.
    ones = np.ones((len(pts), 1), dtype=np.float32)
    turned = np.hstack([pts, ones]) @ rot.T
    margin = CROP_MARGIN * thickness
    x0, y0 = turned.min(axis=0) - margin
    x1, y1 = turned.max(axis=0) + margin
    out_w, out_h = int(x1 - x0), int(y1 - y0)
    rot[0, 2] -= x0
    rot[1, 2] -= y0
    return np.asarray(
        cv2.warpAffine(
            gray,
            rot,
            (out_w, out_h),
            flags=cv2.INTER_CUBIC,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=255,
        )
    )


def find_mrz(image: np.ndarray) -> list[np.ndarray] | None:
    """Locate candidate machine-readable zones on a page image.

    Text lines are found as blobs (blackhat, Otsu, horizontal closing); a zone is a chain of 2
    or 3 long lines of equal length, direction and thickness, stacked at line pitch. Each
    candidate is cropped from the full-resolution image with a margin and rotated upright.

    Args:
        image: the page, grey or BGR(A), any resolution.

    Returns:
        Deskewed grey crops, most likely first (at most ``MAX_ZONE_CANDIDATES``), or None when
        nothing zone-like is on the page.
    """
    gray = _to_gray(image)
    scale = min(1.0, WORK_WIDTH / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    groups = _zone_groups(_line_blobs(np.asarray(small)))[:MAX_ZONE_CANDIDATES]
    if not groups:
        return None
    return [_deskewed_crop(gray, chain, scale) for chain in groups]


# --------------------------------------------------------------------------------------------
# OCR and the whole pipeline
# --------------------------------------------------------------------------------------------

# hOCR of Tesseract with per-character boxes and confidences (one run gives both).
_HOCR_LINE_RE = re.compile(
    r"class='ocr_(?:line|caption|textfloat|header)'[^>]*?title=\"bbox (\d+) (\d+) (\d+) (\d+)"
)
_HOCR_CHOICE_RE = re.compile(r"x_confs ([\d.]+)'>([^<]*)<")
_HOCR_CHAR_RE = re.compile(
    r"class='ocrx_cinfo' title='x_bboxes (-?\d+) (-?\d+) (-?\d+) (-?\d+); x_conf ([\d.]+)'>"
    r"([^<]*)</span>"
)
# A recognised line narrower than this share of the widest one is noise, not a zone line.
MIN_LINE_WIDTH_SHARE = 0.6
# Characters per line needed to fit the character pitch; fewer: pitch from the line's width.
MIN_CHARS_FOR_PITCH_FIT = 5
# A box wider than this many pitches holds several characters (Tesseract merges filler runs).
MERGED_BOX_PITCHES = 1.5
# Pitch-fit refinement rounds (index assignment, then least squares); boxes further than this
# share of a pitch from their cell centre are left out of the next round.
PITCH_FIT_ROUNDS = 4
MAX_FIT_RESIDUAL = 0.2
# Confidence given to a cell no recognised character fell in (it is filled with '<').
EMPTY_CELL_CONFIDENCE = 0.3
# A character read with less confidence than this gets a second look.
SURE_CONFIDENCE = 0.85
# A wide box covers the cells whose centre lies inside it, give or take this share of a pitch.
CELL_OVERLAP = 0.25
HALF = 0.5
# Cells are compared at this size (w, h) against the zone's own chevron template.
PATCH_SIZE = (20, 28)
MIN_PATCH_PX = 2
TESSERACT_GREY_MAX = 255.0
# Normalised correlation from which a cell is a chevron.
CHEVRON_MATCH = 0.8
# Glyph re-centring: rounds, the ink share ignored as background, the largest move (pitches).
RECENTRE_ROUNDS = 2
INK_FLOOR = 0.3
MAX_RECENTRE = 0.3
PATCH_BLUR = (3, 3)
# Confident chevrons needed to build the template.
MIN_TEMPLATE_CELLS = 3
# Glyph templates: built from cells read at least this confidently; the best-matching other
# character's template must beat the reading's own by this margin before it counts, the
# excess turned into a probability on this scale, capped; at most this many alternatives
# are kept per cell.
USE_GLYPH_TEMPLATES = True
TEMPLATE_MIN_CONFIDENCE = 0.9
TEMPLATE_MARGIN = 0.05
TEMPLATE_SCALE = 0.02
TEMPLATE_MAX_PROB = 0.7
MAX_CELL_ALTERNATIVES = 3
# Single-character OCR calls allowed per zone, and the confidence given to their answer.
MAX_CELL_OCR = 8
CELL_OCR_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class OcrChar:
    """One recognised character with its box (crop pixels) and confidence 0..1."""

    text: str
    x0: int
    x1: int
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line: its box and characters left to right."""

    x0: int
    y0: int
    x1: int
    y1: int
    chars: list[OcrChar]

    @property
    def text(self) -> str:
        """The characters as read, no geometry."""
        return "".join(c.text for c in self.chars)


def _parse_hocr(hocr: str) -> list[OcrLine]:
    lines: list[OcrLine] = []
    starts = list(_HOCR_LINE_RE.finditer(hocr))
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(hocr)
        found = list(_HOCR_CHAR_RE.finditer(hocr, m.end(), end))
        chars: list[OcrChar] = []
        for j, c in enumerate(found):
            text = html_unescape(c.group(6)).strip()
            if not text or any(ch not in MRZ_ALPHABET for ch in text):
                continue
            # LSTM choices (lstm_choice_mode) follow the character up to the next one.
            tail = hocr[c.end() : found[j + 1].start() if j + 1 < len(found) else end]
            alts = tuple(
                (html_unescape(alt), float(conf) / TESSERACT_MAX_CONF)
                for conf, alt in _HOCR_CHOICE_RE.findall(tail)
                if html_unescape(alt) != text and float(conf) > 0
            )
            chars.append(
                OcrChar(
                    text=text,
                    x0=int(c.group(1)),
                    x1=int(c.group(3)),
                    confidence=float(c.group(5)) / TESSERACT_MAX_CONF,
                    alternatives=alts,
                )
            )
        if chars:
            x0, y0, x1, y1 = (int(g) for g in m.groups())
            lines.append(OcrLine(x0, y0, x1, y1, sorted(chars, key=lambda c: c.cx)))
    return lines


def ocr_mrz(crop: np.ndarray) -> list[OcrLine]:
    """OCR a deskewed zone crop with Tesseract restricted to the MRZ alphabet.

    Args:
        crop: grey zone image (from :func:`find_mrz`).

    Returns:
        Recognised lines top to bottom, with per-character boxes and confidences.
    """
    # One thread per Tesseract call: the service runs pages in parallel on few cores.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    hocr = pytesseract.image_to_pdf_or_hocr(
        crop,
        extension="hocr",
        lang=TESSERACT_LANG,
        # Character boxes, and the LSTM's runner-up characters for confirmed repairs.
        config=f"{TESSERACT_CONFIG} -c hocr_char_boxes=1 -c lstm_choice_mode=2",
    )
    text = hocr.decode("utf-8", "replace") if isinstance(hocr, bytes) else str(hocr)
    return sorted(_parse_hocr(text), key=lambda line: line.y0)


def _fit_pitch(line: OcrLine, n_cells: int) -> tuple[float, float]:
    """``(first cell centre, pitch)`` of a monospaced line, from its character centres."""
    pitch = (line.x1 - line.x0) / n_cells
    origin = line.x0 + pitch / 2
    singles = [c for c in line.chars if (c.x1 - c.x0) <= MERGED_BOX_PITCHES * pitch]
    if len(singles) < MIN_CHARS_FOR_PITCH_FIT:
        return origin, pitch
    for _ in range(PITCH_FIT_ROUNDS):
        idx = np.array([round((c.cx - origin) / pitch) for c in singles], dtype=float)
        centres = np.array([c.cx for c in singles], dtype=float)
        # Boxes off their cell centre (split glyphs, half-width 'K' boxes over chevrons)
        # would drag the fit: keep the ones that sit on the current grid.
        keep = np.abs(centres - (origin + idx * pitch)) <= MAX_FIT_RESIDUAL * pitch
        if keep.sum() >= MIN_CHARS_FOR_PITCH_FIT:
            idx, centres = idx[keep], centres[keep]
        if np.ptp(idx) == 0:
            break
        slope, intercept = np.polyfit(idx, centres, 1)
        pitch, origin = float(slope), float(intercept)
    return origin, pitch


@dataclass(slots=True)
class _Cell:
    """One character cell of a zone line as placed from the OCR boxes."""

    text: str
    confidence: float
    sure: bool
    alternatives: tuple[tuple[str, float], ...] = ()


def _place_cells(line: OcrLine, n_cells: int, origin: float, pitch: float) -> list[_Cell]:
    """Place recognised characters into the line's character cells.

    Tesseract's LSTM merges runs of fillers into one wide symbol (sometimes with the character
    after the run, or as a 'K') or drops them; the monospaced geometry tells how many cells a
    run covers. Cells covered by a wide box, empty cells and low-confidence characters are
    marked unsure for a second look (:func:`_resolve_unsure`).
    """
    cells: list[_Cell | None] = [None] * n_cells
    for c in line.chars:
        if (c.x1 - c.x0) > MERGED_BOX_PITCHES * pitch:
            first = math.ceil((c.x0 - origin) / pitch - CELL_OVERLAP)
            last = math.floor((c.x1 - origin) / pitch + CELL_OVERLAP)
            for i in range(max(first, 0), min(last, n_cells - 1) + 1):
                if cells[i] is None:
                    cells[i] = _Cell(FILLER, c.confidence, sure=False)
            continue
        i = round((c.cx - origin) / pitch)
        if not 0 <= i < n_cells:
            continue
        current = cells[i]
        if current is None or not current.sure or c.confidence > current.confidence:
            cells[i] = _Cell(
                c.text[0],
                c.confidence,
                sure=c.confidence >= SURE_CONFIDENCE,
                alternatives=c.alternatives,
            )
    return [cell or _Cell(FILLER, EMPTY_CELL_CONFIDENCE, sure=False) for cell in cells]


def _cell_patch(
    crop: np.ndarray, line: OcrLine, origin: float, pitch: float, i: int
) -> np.ndarray | None:
    """The cell's glyph, centred on its ink, blurred, normalised (zero mean, unit norm).

    Cell positions from the pitch fit are good to a few pixels; thin glyphs ('1', 'I') lose
    all correlation at that offset, so the window is re-centred on the glyph's ink centroid
    and blurred a little before comparing.
    """
    ys = slice(line.y0, line.y1 + 1)
    if line.y1 - line.y0 < MIN_PATCH_PX:
        return None
    centre = origin + i * pitch
    for _ in range(RECENTRE_ROUNDS):
        x0, x1 = (
            max(round(centre - HALF * pitch), 0),
            min(round(centre + HALF * pitch), crop.shape[1]),
        )
        if x1 - x0 < MIN_PATCH_PX:
            return None
        ink = TESSERACT_GREY_MAX - crop[ys, x0:x1].astype(np.float32)
        profile = np.clip(ink - INK_FLOOR * float(ink.max()), 0, None).sum(axis=0)
        if profile.sum() <= 0:
            break
        centroid = x0 + float(np.dot(np.arange(len(profile)), profile) / profile.sum())
        centre = float(
            np.clip(
                centroid, origin + (i - MAX_RECENTRE) * pitch, origin + (i + MAX_RECENTRE) * pitch
            )
        )
    x0, x1 = max(round(centre - HALF * pitch), 0), min(round(centre + HALF * pitch), crop.shape[1])
    if x1 - x0 < MIN_PATCH_PX:
        return None
    patch = cv2.resize(crop[ys, x0:x1], PATCH_SIZE, interpolation=cv2.INTER_AREA)
    patch = cv2.GaussianBlur(patch.astype(np.float32), PATCH_BLUR, 0)
    ink = TESSERACT_GREY_MAX - patch
    ink -= ink.mean()
    norm = float(np.linalg.norm(ink))
    return ink / norm if norm > 0 else None


def _glyph_score(
    crop: np.ndarray, line: OcrLine, origin: float, pitch: float, i: int, template: np.ndarray
) -> float:
    """Correlation of cell ``i`` with a glyph template (-1..1; -1 when there is no glyph)."""
    patch = _cell_patch(crop, line, origin, pitch, i)
    return -1.0 if patch is None else float(np.sum(patch * template))


def _ocr_cell(crop: np.ndarray, line: OcrLine, origin: float, pitch: float, i: int) -> str:
    """Single-character OCR of one cell, with a white border Tesseract needs."""
    x0 = max(round(origin + (i - HALF) * pitch), 0)
    x1 = min(round(origin + (i + HALF) * pitch), crop.shape[1])
    patch = crop[line.y0 : line.y1 + 1, x0:x1]
    pad = round(pitch)
    patch = cv2.copyMakeBorder(patch, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
    text = pytesseract.image_to_string(
        patch, lang=TESSERACT_LANG, config=TESSERACT_CONFIG.replace("--psm 6", "--psm 10")
    )
    chars = [ch for ch in text.upper() if ch in MRZ_ALPHABET]
    return chars[0] if len(chars) == 1 else ""


def _resolve_unsure(
    crop: np.ndarray,
    lines: Sequence[OcrLine],
    fits: Sequence[tuple[float, float]],
    cells: list[list[_Cell]],
) -> None:
    """Second look at unsure cells: a chevron by template, else single-character OCR.

    The template is the mean of the cells Tesseract read confidently as '<' in this very zone:
    same font, size and print quality as the cells in doubt.
    """
    patches = [
        p
        for (line, (origin, pitch), row) in zip(lines, fits, cells, strict=True)
        for i, cell in enumerate(row)
        if cell.sure and cell.text == FILLER
        for p in [_cell_patch(crop, line, origin, pitch, i)]
        if p is not None
    ]
    template: np.ndarray | None = None
    if len(patches) >= MIN_TEMPLATE_CELLS:
        mean = np.mean(patches, axis=0)
        mean -= mean.mean()
        template = mean / max(float(np.linalg.norm(mean)), 1e-6)
    budget = MAX_CELL_OCR
    for line, (origin, pitch), row in zip(lines, fits, cells, strict=True):
        for i, cell in enumerate(row):
            # A look-alike next to a filler may be a chevron however sure Tesseract was:
            # 'K' and '<' differ by 20, which no check digit sees (20 = 0 mod 10).
            beside_filler = any(0 <= j < len(row) and row[j].text == FILLER for j in (i - 1, i + 1))
            if cell.sure and not (cell.text in FILLER_LOOKALIKES and beside_filler):
                continue
            if template is not None:
                score = _glyph_score(crop, line, origin, pitch, i, template)
                if score >= CHEVRON_MATCH:
                    row[i] = _Cell(FILLER, max(cell.confidence, score), sure=True)
                    continue
            if budget > 0 and not cell.sure:
                budget -= 1
                text = _ocr_cell(crop, line, origin, pitch, i)
                if text:
                    row[i] = _Cell(text, max(cell.confidence, CELL_OCR_CONFIDENCE), sure=True)


def _template_alternatives(
    crop: np.ndarray,
    lines: Sequence[OcrLine],
    fits: Sequence[tuple[float, float]],
    cells: list[list[_Cell]],
    fmt: MrzFormat,
) -> None:
    """Add the zone's own glyph evidence to the alternatives of check-digit-covered cells.

    Templates come only from positions whose class vouches for the character: digits from the
    dates and check digits, letters from codes and names (same font, size and print as the
    cells in doubt). Where a cell of a checked field resembles another character's template
    more than its own reading's, that character becomes an alternative, probable in
    proportion to the difference. The check digits still decide whether it is taken.
    """
    classes = _position_classes(fmt)
    groups: dict[str, list[np.ndarray]] = {}
    for line, (origin, pitch), row, cls_row in zip(lines, fits, cells, classes, strict=True):
        for i, cell in enumerate(row):
            ch, cls = cell.text, cls_row[i]
            vouched = (cls in (CLASS_NUM, CLASS_CHECK) and ch in DIGITS) or (
                cls in (CLASS_ALPHA, CLASS_NAME) and ch in LETTERS
            )
            if cell.sure and cell.confidence >= TEMPLATE_MIN_CONFIDENCE and vouched:
                patch = _cell_patch(crop, line, origin, pitch, i)
                if patch is not None:
                    groups.setdefault(ch, []).append(patch)
    templates: dict[str, np.ndarray] = {}
    for ch, patches in groups.items():
        mean = np.mean(patches, axis=0)
        mean -= mean.mean()
        template = mean / max(float(np.linalg.norm(mean)), 1e-6)
        templates[ch] = template
    if not templates:
        return
    for line, (origin, pitch), row, cls_row in zip(lines, fits, cells, classes, strict=True):
        for i, cell in enumerate(row):
            cls = cls_row[i]
            in_names = cls == CLASS_NAME
            if cls not in (CLASS_ALNUM, CLASS_NUM, CLASS_CHECK, CLASS_NAME) or cell.text == FILLER:
                continue
            scores = {
                ch: _glyph_score(crop, line, origin, pitch, i, template)
                for ch, template in templates.items()
                if cls == CLASS_ALNUM or (ch in LETTERS if in_names else ch in DIGITS)
            }
            reference = scores.get(cell.text)
            if reference is None:
                # No template for the reading: no comparison, no evidence.
                continue
            # Only the best-matching template speaks, and never with certainty: glyph
            # correlation tells similar shapes apart only roughly.
            top = max(scores, key=lambda ch: scores[ch])
            alts = dict(cell.alternatives)
            if top != cell.text:
                margin = scores[top] - reference - TEMPLATE_MARGIN
                prob = TEMPLATE_MAX_PROB / (1.0 + math.exp(-margin / TEMPLATE_SCALE))
                if prob >= MIN_ALTERNATIVE_PROB and prob > alts.get(top, 0.0):
                    alts[top] = prob
            ranked = sorted(alts.items(), key=lambda kv: -kv[1])[:MAX_CELL_ALTERNATIVES]
            row[i] = _Cell(cell.text, cell.confidence, cell.sure, tuple(ranked))


def _position_classes(fmt: MrzFormat) -> list[list[str]]:
    count, length = FORMAT_SHAPES[fmt]
    classes = [[CLASS_ALPHA] * length for _ in range(count)]
    for f in _LAYOUTS[fmt]:
        for pos in range(f.start, f.end):
            classes[f.line][pos] = CLASS_NAME if f.name == "names" else f.cls
    return classes


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """Zone lines of exact length read by cell geometry.

    Attributes:
        lines: one string per zone line.
        confidence: mean per-cell OCR confidence 0..1.
        alternatives: per line and cell, the characters the OCR engine (and the zone's glyph
            templates) weighed, with probabilities; the reading first, with its confidence.
    """

    lines: list[str]
    confidence: float
    alternatives: list[list[tuple[tuple[str, float], ...]]]


def zone_lines(ocr_lines: Sequence[OcrLine], crop: np.ndarray | None = None) -> ZoneReading | None:
    """Turn recognised lines into zone lines of exact length by character-cell geometry.

    Args:
        ocr_lines: lines from :func:`ocr_mrz`.
        crop: the image they were read from; enables the second look at unsure cells.

    Returns:
        The reading, or None when the lines have no TD1/TD3 shape.
    """
    if not ocr_lines:
        return None
    widest = max(line.x1 - line.x0 for line in ocr_lines)
    lines = [
        line
        for line in ocr_lines
        if line.x1 - line.x0 >= MIN_LINE_WIDTH_SHARE * widest
        and len(line.chars) >= MIN_CHARS_FOR_PITCH_FIT
    ]
    if len(lines) == TD1_LINES:
        n_cells = TD1_LINE_LEN
    elif len(lines) == TD3_LINES:
        n_cells = TD3_LINE_LEN
    else:
        return None
    fits = [_fit_pitch(line, n_cells) for line in lines]
    # One font, one pitch: the median across lines is robust to a line the fit got wrong;
    # each line's origin is then refitted to that pitch.
    pitch = float(np.median([p for _, p in fits]))
    fits = [
        (_refit_origin(line, origin, pitch), pitch)
        for line, (origin, _) in zip(lines, fits, strict=True)
    ]
    cells = [
        _place_cells(line, n_cells, origin, pitch)
        for line, (origin, _) in zip(lines, fits, strict=True)
    ]
    if crop is not None:
        _resolve_unsure(crop, lines, fits, cells)
        if USE_GLYPH_TEMPLATES:
            _template_alternatives(
                crop, lines, fits, cells, "TD1" if n_cells == TD1_LINE_LEN else "TD3"
            )
    return ZoneReading(
        lines=["".join(c.text for c in row) for row in cells],
        confidence=float(np.mean([c.confidence for row in cells for c in row])),
        alternatives=[[((c.text, c.confidence), *c.alternatives) for c in row] for row in cells],
    )


def _refit_origin(line: OcrLine, origin: float, pitch: float) -> float:
    singles = [c for c in line.chars if (c.x1 - c.x0) <= MERGED_BOX_PITCHES * pitch]
    if not singles:
        return origin
    offsets = [c.cx - pitch * round((c.cx - origin) / pitch) for c in singles]
    return float(np.median(offsets))


def _result_key(result: MrzResult) -> tuple[int, int, float]:
    """Ranking of readings: fewest failed check digits, then fewest failed checks (counts, not
    passes: the ``mrz`` package reports optional-data formats only when they hold data)."""
    failed_digits = sum(1 for name in result.failed_checks if name in CHECK_DIGIT_NAMES)
    return (-failed_digits, -len(result.failed_checks), result.confidence)


def _read_crop(crop: np.ndarray) -> MrzResult | None:
    ocr_lines = ocr_mrz(crop)
    fitted = zone_lines(ocr_lines, crop)
    candidates: list[MrzResult] = []
    if fitted is not None:
        candidates.append(
            parse_mrz_lines(
                fitted.lines,
                ocr_confidence=fitted.confidence,
                alternatives=fitted.alternatives,
            )
        )
    geometric = candidates[0] if candidates else None
    if geometric is None or not geometric.check_digits_valid:
        # No cell geometry, or check digits it fails: the plain reading, fitted by filler
        # runs, may still parse. Without the cells it can insert or drop characters where no
        # check digit looks (names, codes), so next to a geometric reading it is taken only
        # when it agrees with it there.
        texts = [line.text for line in ocr_lines if len(line.text) >= MIN_OCR_LINE_LEN]
        confidence = (
            float(np.mean([c.confidence for line in ocr_lines for c in line.chars]))
            if ocr_lines
            else 0.0
        )
        if detect_format(texts) is not None:
            plain = parse_mrz_lines(texts, ocr_confidence=confidence)
            if geometric is None or _unchecked_parts(plain) == _unchecked_parts(geometric):
                candidates.append(plain)
    plausible = [r for r in candidates if zone_plausibility(r) >= MIN_ZONE_PLAUSIBILITY]
    return max(plausible, key=_result_key) if plausible else None


def _unchecked_parts(result: MrzResult) -> tuple[str, ...]:
    """The values no check digit covers."""
    return (
        result.mrz_format,
        result.document_code,
        result.issuing_state,
        result.nationality,
        result.family_name,
        result.given_names,
        result.sex,
    )


def zone_plausibility(result: MrzResult) -> float:
    """Share of the zone's digit-only positions (dates, check digits) that were read as digits.

    Ordinary text OCR'd with the MRZ alphabet can be forced into the zone's shape; it has
    letters where a zone has its dates. Measured on the lines as read, before any repair.

    Args:
        result: a parsed zone.

    Returns:
        0..1.
    """
    _, length = FORMAT_SHAPES[result.mrz_format]
    lines = [clean_line(line)[:length].ljust(length, FILLER) for line in result.raw_lines]
    digit_fields = [f for f in _LAYOUTS[result.mrz_format] if f.cls in (CLASS_NUM, CLASS_CHECK)]
    values = "".join(_get(lines, f) for f in digit_fields if f.name not in _MAY_BE_EMPTY_CHECKS)
    return sum(ch in DIGITS for ch in values) / len(values)


def read_mrz(image: np.ndarray) -> MrzResult | None:
    """Read the machine-readable zone of a passport or identity card page.

    Args:
        image: the page (grey or BGR), e.g. a 300 dpi scan.

    Returns:
        The parsed and checked zone (check failures are reported in it), or None when no zone
        was found or read.
    """
    crops = find_mrz(image)
    if not crops:
        return None
    best: MrzResult | None = None
    for crop in crops:
        for scale in OCR_SCALES:
            # Tesseract's errors change with the glyph size; a second look at another size
            # often reads what the first got wrong, and the checks pick the better reading.
            scaled = crop if scale == 1.0 else _rescale(crop, scale)
            result = _read_crop(scaled)
            if result is None:
                break  # no zone shape in this crop at all
            if best is None or _result_key(result) > _result_key(best):
                best = result
            if best.valid:
                return best
    return best


def _rescale(image: np.ndarray, scale: float) -> np.ndarray:
    interpolation = cv2.INTER_AREA if scale < 1.0 else cv2.INTER_CUBIC
    return np.asarray(cv2.resize(image, None, fx=scale, fy=scale, interpolation=interpolation))
