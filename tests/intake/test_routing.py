"""Validation sends doubtful documents to review with a reason per field."""

from __future__ import annotations

from intake.pipeline import revalidate, route
from intake.records import FieldResult, Queue, Status
from schemas.registry import get

GOOD = {
    "holder_family_name": "Weber", "holder_given_names": "Lena", "holder_date_of_birth":
    "1985-02-03", "street": "Am Markt", "house_number": "3", "postal_code": "44787",
    "city": "Bochum", "vin": "WVWZZZ1JZXW000001", "evb_number": "A1B2C3D",
    "iban": "DE89370400440532013000", "account_holder": "Lena Weber",
}


def fields(values: dict[str, object], confidence: float = 0.95) -> dict[str, FieldResult]:
    return {k: FieldResult(value=v, confidence=confidence) for k, v in values.items()}


def test_valid_case_is_routed_to_its_authority() -> None:
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(GOOD), 0.6)
    assert r.status is Status.ROUTED
    assert r.queue is Queue.STRASSENVERKEHRSAMT
    assert r.problems == []


def test_bad_iban_goes_to_review_naming_the_checksum() -> None:
    bad = {**GOOD, "iban": "DE88370400440532013000"}
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(bad), 0.6)
    assert r.status is Status.REVIEW and r.queue is Queue.REVIEW
    assert [(p.field, p.code) for p in r.problems] == [("iban", "checksum")]
    assert r.target_queue is Queue.STRASSENVERKEHRSAMT


def test_vin_with_letter_o_and_missing_field_are_both_named() -> None:
    bad = {**GOOD, "vin": "WVWZZZ1JZXWO00001"}
    del bad["evb_number"]
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(bad), 0.6)
    codes = {(p.field, p.code) for p in r.problems}
    assert ("vin", "format") in codes
    assert ("evb_number", "missing_required_field") in codes


def test_low_confidence_sends_to_review() -> None:
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(GOOD, 0.3), 0.6)
    assert r.status is Status.REVIEW
    assert {p.code for p in r.problems} == {"low_confidence"}


def test_birth_date_in_the_future_is_implausible() -> None:
    bad = {**GOOD, "holder_date_of_birth": "2199-01-01"}
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(bad), 0.6)
    assert [(p.field, p.code) for p in r.problems] == [("holder_date_of_birth", "implausible")]


def test_register_letter_must_fit_the_certificate() -> None:
    values = {"family_name": "A", "given_names": "Bea", "sex": "F",
              "date_of_birth": "2001-01-01", "place_of_birth": "Bochum",
              "mother_name": "Cara Abc", "registry_office": "Standesamt Bochum",
              "register_number": "S 12/2001", "issue_date": "2020-01-01"}
    r = route("d1", "x.pdf", [1], get("geburtsurkunde"), fields(values), 0.6)
    assert [(p.field, p.code) for p in r.problems] == [("register_number", "implausible")]


def test_correction_revalidates_and_routes_on() -> None:
    bad = {**GOOD, "iban": "DE88370400440532013000"}
    r = route("d1", "x.pdf", [1], get("antrag_zulassung"), fields(bad), 0.6)
    fixed = revalidate(r, {"iban": "DE89 3704 0044 0532 0130 00"})
    assert fixed.status is Status.ROUTED
    assert fixed.fields["iban"].value == "DE89370400440532013000"
    assert fixed.fields["iban"].confidence == 1.0
