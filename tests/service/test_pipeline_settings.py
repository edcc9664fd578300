"""The service runs the real pipeline with its configured confidence threshold."""

from __future__ import annotations

from intake.records import Status
from intake.service import load_pipeline
from tests.service.documents import anmeldung_pdf


def test_default_threshold_is_the_pipelines_own() -> None:
    [record] = load_pipeline("intake.pipeline").process_bytes(anmeldung_pdf(), "a.pdf", "d-1")
    assert record.status is Status.ROUTED and record.document_id == "d-1-1"


def test_a_stricter_threshold_from_the_settings_sends_doubtful_fields_to_review() -> None:
    strict = load_pipeline("intake.pipeline", confidence_threshold=0.999)
    [record] = strict.process_bytes(anmeldung_pdf(), "a.pdf", "d-1")
    assert record.status is Status.REVIEW
    assert any(p.field for p in record.problems)
    confirmed = {p.field: record.fields[p.field].value for p in record.problems if p.field}
    assert strict.revalidate(record, confirmed).status is Status.ROUTED


def test_fake_pipeline_without_options_still_loads_with_a_threshold() -> None:
    fake = load_pipeline("tests.fakes.fake_pipeline", confidence_threshold=0.5)
    [record] = fake.process_bytes(b"FAKE routed standesamt", "f.pdf", "d-2")
    assert record.status is Status.ROUTED
