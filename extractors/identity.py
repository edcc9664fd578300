"""Extraction rules of ``identity_document``: the machine-readable zone, not labels.

A text layer gives the zone's lines directly; a scan is read by the MRZ reader from the page
image (Tesseract restricted to the MRZ alphabet); as a last resort the page's ordinary OCR
words are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from extractors.fields import Extracted
from extractors.layout import build_lines
from extractors.mrz import MrzResult, parse_mrz_lines, read_mrz
from extractors.words import Page, PageSource, Word

# Lines of a zone: TD1 has 30 characters a line, TD3 44; OCR may add or drop a few, and
# ordinary OCR reads the odd character outside the zone's alphabet ('§', '«').
MRZ_MIN_CHARS = 26
MRZ_MAX_CHARS = 48
MRZ_MIN_ALPHABET_SHARE = 0.85
_ALPHABET = re.compile(r"[A-Z0-9<]")
# A zone is all capitals: ordinary OCR's lower-case 'c', 'k' or a guillemet there is a
# filler '<' it misread.
_FILLER_MISREADS = str.maketrans({"c": "<", "k": "<", "«": "<", "‹": "<", "(": "<"})


def looks_like_zone_line(text: str) -> bool:
    """Long, nearly all MRZ alphabet, with the filler runs every zone line has."""
    if not (MRZ_MIN_CHARS <= len(text) <= MRZ_MAX_CHARS) or "<<" not in text:
        return False
    return len(_ALPHABET.findall(text)) >= MRZ_MIN_ALPHABET_SHARE * len(text)
# Which field a failing check puts in doubt (the composite check blames no single field).
CHECK_FIELDS = {
    "document_number_check": "document_number",
    "date_of_birth_check": "date_of_birth",
    "expiry_date_check": "expiry_date",
}


@dataclass(frozen=True, slots=True)
class IdentityReading:
    """The zone's fields, and the checks that failed (named as ICAO 9303 names them)."""

    fields: dict[str, Extracted]
    failed_checks: list[str] = field(default_factory=list)


def _zone_lines(words: list[Word]) -> tuple[list[str], list[Word]]:
    """Consecutive lines that look like MRZ text, with the words they came from."""
    best: tuple[list[str], list[Word]] = ([], [])
    run: list[str] = []
    run_words: list[Word] = []
    for line in build_lines(words):
        text = "".join(w.text for s in line.segments for w in s.words).translate(_FILLER_MISREADS)
        if looks_like_zone_line(text):
            run.append(text)
            run_words.extend(w for s in line.segments for w in s.words)
            if len(run) > len(best[0]):
                best = (list(run), list(run_words))
        else:
            run, run_words = [], []
    return best


def _to_fields(result: MrzResult, words: list[Word], page: int) -> dict[str, Extracted]:
    anchor = tuple(words) if words else (Word("", (0, 0, 0, 0), 1.0, page),)
    confidence = result.confidence
    values = {
        "mrz_format": result.mrz_format,
        "document_code": result.document_code,
        "issuing_state": result.issuing_state,
        "family_name": result.family_name,
        "given_names": result.given_names,
        "document_number": result.document_number,
        "nationality": result.nationality,
        "date_of_birth": result.date_of_birth,
        "sex": result.sex,
        "expiry_date": result.expiry_date,
    }
    return {name: Extracted(value, confidence, anchor if words else ())
            for name, value in values.items() if value not in (None, "")}


def _parse(lines: list[str], confidence: float | None) -> MrzResult | None:
    """Parse zone lines; lines of no TD1/TD3 shape (a visa, half a card) give None."""
    try:
        return parse_mrz_lines(lines, ocr_confidence=confidence)
    except ValueError:
        return None


def extract_identity(pages: list[Page], images: dict[int, np.ndarray]) -> IdentityReading:
    """Read the zone from the first page that has one."""
    for page in pages:
        lines, words = _zone_lines(page.words)
        if page.source is PageSource.TEXT_LAYER and len(lines) >= 2:
            result = _parse(lines, None)
            if result is not None:
                return IdentityReading(_to_fields(result, words, page.number),
                                       result.failed_checks)
        image = images.get(page.number)
        if image is not None:
            result = read_mrz(image)
            if result is not None:
                return IdentityReading(_to_fields(result, words, page.number),
                                       result.failed_checks)
        if len(lines) >= 2:
            result = _parse(lines, page.mean_confidence)
            if result is not None:
                return IdentityReading(_to_fields(result, words, page.number),
                                       result.failed_checks)
    return IdentityReading({})
