"""Value types shared by the case models, with the catalog's formats and sense checks.

Errors are raised as ``PydanticCustomError`` with a short code (``checksum``, ``format``,
``implausible``) that becomes the problem's code, and a message a clerk can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumValidationError

# How far from today a move-in date may plausibly lie (the law asks for registration
# within two weeks; forms are also filled in ahead of a move).
MOVE_IN_PAST_LIMIT = timedelta(days=3 * 365)
MOVE_IN_FUTURE_LIMIT = timedelta(days=180)
OLDEST_PLAUSIBLE_BIRTH = date(1890, 1, 1)


def _fail(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message)


def _iso_date(value: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _fail("format", "not a date in the form YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError as e:
        raise _fail("format", "not a real calendar date") from e
    return value


def _past_date(value: str) -> str:
    d = date.fromisoformat(_iso_date(value))
    if d > date.today():
        raise _fail("implausible", "date lies in the future")
    if d < OLDEST_PLAUSIBLE_BIRTH:
        raise _fail("implausible", "date lies implausibly far in the past")
    return value


def _name(value: str) -> str:
    cleaned = re.sub(r"\s+", " ", value).strip()
    if not re.search(r"[^\W\d_]", cleaned):
        raise _fail("format", "a name needs letters")
    if re.search(r"\d", cleaned):
        raise _fail("format", "a name holds no digits")
    return cleaned



def _iban(value: str) -> str:
    compact = re.sub(r"\s", "", value).upper()
    try:
        stdnum_iban.validate(compact)
    except StdnumValidationError as e:
        raise _fail("checksum", "IBAN check digits do not match") from e
    return compact


def _vin(value: str) -> str:
    if len(value) != 17 or not re.fullmatch(r"[A-Z0-9]{17}", value):
        raise _fail("format", "a vehicle identification number has 17 letters or digits")
    if re.search(r"[IOQ]", value):
        raise _fail("format", "a vehicle identification number never contains I, O or Q")
    return value







def _matching(pattern: str, message: str) -> Callable[[str], str]:
    """A validator: the whole value matches ``pattern``, else a format problem saying
    ``message`` (every identifier below differs only in these two)."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise _fail("format", message)
        return value

    return check


_register_number = _matching(r"[A-Z] \d{1,6}/\d{4}", "a register number looks like 'G 1234/2026'")


def _text(value: str) -> str:
    cleaned = re.sub(r"\s+", " ", value).strip()
    if not cleaned:
        raise _fail("format", "empty")
    return cleaned


IsoDate = Annotated[str, AfterValidator(_iso_date)]
PastDate = Annotated[str, AfterValidator(_past_date)]
Name = Annotated[str, AfterValidator(_name)]
Text = Annotated[str, AfterValidator(_text)]
PostalCode = Annotated[str, AfterValidator(
    _matching(r"\d{5}", "a German postal code has five digits"))]
Iban = Annotated[str, AfterValidator(_iban)]
Vin = Annotated[str, AfterValidator(_vin)]
Plate = Annotated[str, AfterValidator(
    _matching(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?", "a number plate looks like 'BO-AB 123'"))]
Evb = Annotated[str, AfterValidator(
    _matching(r"[A-Z0-9]{7}", "an eVB number has seven letters or digits"))]
RegisterNumber = Annotated[str, AfterValidator(_register_number)]
PassportNumber = Annotated[str, AfterValidator(
    _matching(r"[A-Z0-9]{6,10}", "a passport number has six to ten letters or digits"))]
Nationality = Annotated[str, AfterValidator(
    _matching(r"[A-Z]{3}", "a nationality is an ISO 3166 three-letter code"))]
DocumentCode = Annotated[str, AfterValidator(
    _matching(r"[A-Z][A-Z<]?", "a document code is one or two letters (P, ID, …)"))]
DocumentNumber = Annotated[str, AfterValidator(
    _matching(r"[A-Z0-9]{1,15}", "a document number has letters and digits only"))]
Sex = Literal["F", "M", "D", "X"]
Purpose = Literal["study", "employment", "family", "humanitarian", "other"]
Dwelling = Literal["main", "secondary"]


def check_register_letter(value: str, letter: str) -> None:
    """A register number's letter must fit the certificate (G birth, E marriage, S death)."""
    if not value.startswith(letter + " "):
        raise _fail(
            "implausible", f"register number should start with '{letter}' for this certificate"
        )


def check_move_in(value: str) -> None:
    """A move-in date more than a few months ahead or years back is implausible."""
    d = date.fromisoformat(value)
    today = date.today()
    if d > today + MOVE_IN_FUTURE_LIMIT or d < today - MOVE_IN_PAST_LIMIT:
        raise _fail("implausible", "move-in date lies years away from today")


def check_not_before(later: str, earlier: str, message: str) -> None:
    """Raise when ``later`` lies before ``earlier`` (both ISO dates)."""
    if date.fromisoformat(later) < date.fromisoformat(earlier):
        raise _fail("implausible", message)


def _register_letter(letter: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        check_register_letter(value, letter)
        return value

    return check


# A register number whose letter fits its register: G births, E marriages, S deaths.
BirthRegisterNumber = Annotated[str, AfterValidator(_register_number),
                                AfterValidator(_register_letter("G"))]
MarriageRegisterNumber = Annotated[str, AfterValidator(_register_number),
                                   AfterValidator(_register_letter("E"))]
DeathRegisterNumber = Annotated[str, AfterValidator(_register_number),
                                AfterValidator(_register_letter("S"))]
