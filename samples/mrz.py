"""ICAO 9303 machine-readable zones (TD1 cards, TD3 passports) with all check digits."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Final

_WEIGHTS: Final = (7, 3, 1)

# Doc 9303 part 3, 6.A: recommended transliterations for Latin characters.
_TRANSLIT: Final[dict[str, str]] = {
    "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Æ": "AE", "Ø": "OE", "Å": "AA",
    "Œ": "OE", "Ñ": "N",
}

# ICAO nationality codes that differ from ISO 3166-1 alpha-3.
ICAO_CODE: Final[dict[str, str]] = {"DEU": "D"}


def char_value(ch: str) -> int:
    """Value of one MRZ character for check-digit computation."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(text: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; modulus 10)."""
    total = sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(text))
    return str(total % 10)


def transliterate(name: str) -> str:
    """A name as the MRZ prints it: upper case A-Z, separators as ``<``."""
    out: list[str] = []
    for ch in name.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if "A" <= base <= "Z":
            out.append(base)
        elif ch in " -'":
            out.append("<" if ch != "'" else "")
    return "".join(out)


def mrz_name(family: str, given: str, width: int) -> str:
    """``FAMILY<<GIVEN<NAMES`` padded with fillers to ``width``."""
    text = transliterate(family) + "<<" + transliterate(given)
    if len(text) > width:
        raise ValueError("name too long for the zone")
    return text.ljust(width, "<")


def name_fits(family: str, given: str, width: int) -> bool:
    return len(transliterate(family) + "<<" + transliterate(given)) <= width


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _field(value: str, width: int) -> str:
    if len(value) > width:
        raise ValueError(f"{value!r} longer than {width}")
    return value.ljust(width, "<")


def _optional_check(optional: str) -> str:
    """Optional-data check digit: ``<`` when the field is all fillers (Doc 9303 allows it)."""
    return "<" if set(optional) == {"<"} else check_digit(optional)


@dataclass(frozen=True, slots=True)
class MrzData:
    """What goes into a zone: codes are ICAO codes (``D`` for Germany), sex ``F``/``M``/``<``."""

    document_code: str
    issuing_state: str
    family_name: str
    given_names: str
    document_number: str
    nationality: str
    date_of_birth: date
    sex: str
    expiry_date: date
    optional_data: str = ""


def td3(data: MrzData) -> tuple[str, str]:
    """Two lines of 44 characters (passport data page)."""
    line1 = _field(data.document_code, 2) + _field(data.issuing_state, 3)
    line1 += mrz_name(data.family_name, data.given_names, 39)
    number = _field(data.document_number, 9)
    optional = _field(data.optional_data, 14)
    parts = [
        number + check_digit(number),
        _field(data.nationality, 3),
        yymmdd(data.date_of_birth) + check_digit(yymmdd(data.date_of_birth)),
        data.sex,
        yymmdd(data.expiry_date) + check_digit(yymmdd(data.expiry_date)),
        optional + _optional_check(optional),
    ]
    composite = parts[0] + parts[2] + parts[4] + parts[5]
    line2 = "".join(parts) + check_digit(composite)
    return line1, line2


def td1(data: MrzData) -> tuple[str, str, str]:
    """Three lines of 30 characters (identity card)."""
    number = _field(data.document_number, 9)
    upper = number + check_digit(number) + _field(data.optional_data, 15)
    line1 = _field(data.document_code, 2) + _field(data.issuing_state, 3) + upper
    birth = yymmdd(data.date_of_birth) + check_digit(yymmdd(data.date_of_birth))
    expiry = yymmdd(data.expiry_date) + check_digit(yymmdd(data.expiry_date))
    middle = birth + data.sex + expiry + _field(data.nationality, 3) + "<" * 11
    composite = upper + birth + expiry + "<" * 11
    line2 = middle + check_digit(composite)
    line3 = mrz_name(data.family_name, data.given_names, 30)
    return line1, line2, line3
