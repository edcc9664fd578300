"""The service runs the pipeline with its configured confidence threshold."""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Any

from intake.records import DocumentRecord, Queue, Status
from intake.service import ConfiguredPipeline, load_pipeline
from tests.service.documents import anmeldung_pdf


def test_default_threshold_is_the_pipelines_own() -> None:
    [record] = load_pipeline("intake.pipeline").process_bytes(anmeldung_pdf(), "a.pdf", "d-1")
    assert record.status is Status.ROUTED and record.document_id == "d-1-1"


def _spy_module(seen: dict[str, Any]) -> types.ModuleType:
    @dataclass
    class PipelineOptions:
        confidence_threshold: float = 0.5

    def process_bytes(
        data: bytes,
        source: str,
        document_id_prefix: str | None = None,
        options: PipelineOptions | None = None,
    ) -> list[DocumentRecord]:
        seen["options"] = options
        return []

    def revalidate(
        record: DocumentRecord, corrected: dict[str, object], threshold: float = 0.5
    ) -> DocumentRecord:
        seen["threshold"] = threshold
        return record

    module = types.ModuleType("spy_pipeline")
    module.PipelineOptions = PipelineOptions  # type: ignore[attr-defined]
    module.process_bytes = process_bytes  # type: ignore[attr-defined]
    module.revalidate = revalidate  # type: ignore[attr-defined]
    return module


def test_configured_threshold_reaches_both_entry_points() -> None:
    seen: dict[str, Any] = {}
    pipeline = ConfiguredPipeline(_spy_module(seen), 0.93)
    pipeline.process_bytes(b"", "x.pdf", "d-1")
    record = DocumentRecord(
        document_id="d-1-1",
        source="x.pdf",
        pages=[],
        document_type=None,
        queue=Queue.TRIAGE,
        status=Status.TRIAGE,
    )
    pipeline.revalidate(record, {})
    assert seen["options"].confidence_threshold == 0.93
    assert seen["threshold"] == 0.93


def test_fake_pipeline_without_options_still_loads_with_a_threshold() -> None:
    fake = load_pipeline("tests.fakes.fake_pipeline", confidence_threshold=0.5)
    [record] = fake.process_bytes(b"FAKE routed standesamt", "f.pdf", "d-2")
    assert record.status is Status.ROUTED
