"""No extracted value ever reaches a log line, at DEBUG, in the pipeline or the worker path.

Logs leave the service (journald, log shippers) with weaker protection than the case
store; field values are personal data. Every logger, including third-party libraries that
log document content at DEBUG (pdfminer), is captured.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from intake import service
from intake.originals import OriginalStore
from intake.pipeline import process_bytes
from intake.records import DocumentRecord
from intake.service import load_pipeline
from intake.settings import Settings
from intake.store import CaseRow, session_scope, upgrade_schema
from tests.service.test_api import RecordingEnqueuer

EXAMPLES = Path(__file__).resolve().parents[2] / "samples" / "examples"
# Text-layer samples (one per type, milliseconds each) and one scan per kind of image.
SAMPLES = [
    *sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".pdf"),
    EXAMPLES / "anmeldung-000-colon-clean.png",
]
MIN_VALUE_LENGTH = 4  # shorter values ("M", "12") occur in any text by chance


def values_of(records: list[DocumentRecord]) -> set[str]:
    out: set[str] = set()
    for record in records:
        for result in record.fields.values():
            items = result.value if isinstance(result.value, list) else [result.value]
            for item in items:
                flat = item.values() if isinstance(item, dict) else [item]
                out |= {str(v) for v in flat if v is not None and len(str(v)) >= MIN_VALUE_LENGTH}
    return out


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            lines.append(repr(record.exc_info[1]))
    return "\n".join(lines)


def test_pipeline_logs_no_extracted_value(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's DEBUG output
    found: set[str] = set()
    for path in SAMPLES:
        found |= values_of(process_bytes(path.read_bytes(), path.name))
    assert len(found) > 50, "the samples yielded too few values for this test to mean much"
    text = logged_text(caplog)
    assert caplog.records, "nothing was logged: the capture is not working"
    leaked = sorted(v for v in found if v in text)
    assert leaked == []


def test_worker_path_logs_no_extracted_value(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    upgrade_schema(url)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        redis_url="redis://127.0.0.1:1/0",
        originals_dir=tmp_path / "originals",
    )
    originals = OriginalStore(settings.originals_dir)
    queue = RecordingEnqueuer()
    pipeline = load_pipeline("intake.pipeline")
    caplog.set_level(logging.DEBUG)
    for path in SAMPLES[:4]:
        service.accept_upload(settings, originals, queue, [path.read_bytes()], path.name)
    for document_id in queue.queued:
        service.process_document(settings, document_id, pipeline, originals)
    with session_scope(url) as session:
        records = [DocumentRecord.model_validate(r.record) for r in session.query(CaseRow)]
    found = values_of(records)
    assert len(found) > 20
    text = logged_text(caplog)
    assert [v for v in found if v in text] == []
