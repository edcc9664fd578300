"""A scriptable stand-in for ``intake.pipeline`` (fault injection for service tests).

Select it with ``DOCINTAKE_PIPELINE_MODULE=tests.fakes.fake_pipeline``. The input's bytes
say what to do, one instruction per line:

* ``FAKE routed <authority>`` / ``FAKE review <authority>`` / ``FAKE triage``: one record;
* ``FAKE fail``: raise a transient error every time;
* ``FAKE flaky <path>``: fail the first time (creates ``path``), then behave as the rest;
* ``FAKE sleep <seconds>``: sleep first (to kill a worker mid-job);
* ``FAKE real``: hand the remaining bytes (after the first line) to the real pipeline.

Anything else becomes one triage record, as the real pipeline does with unreadable input.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from intake.records import DocumentRecord, FieldResult, Problem, Queue, Status

REQUIRED_FIELD = "family_name"


class TransientError(RuntimeError):
    """What a flaky dependency (a database blip, a killed OCR process) raises."""


def _record(
    prefix: str | None, source: str, status: Status, target: Queue | None
) -> DocumentRecord:
    document_id = f"{prefix}-1" if prefix else "fake-1"
    if status is Status.ROUTED:
        assert target is not None
        return DocumentRecord(
            document_id=document_id,
            source=source,
            pages=[1],
            document_type="anmeldung",
            queue=target,
            status=status,
            target_queue=target,
            fields={REQUIRED_FIELD: FieldResult(value="Muster", confidence=0.99, page=1)},
        )
    if status is Status.REVIEW:
        return DocumentRecord(
            document_id=document_id,
            source=source,
            pages=[1],
            document_type="anmeldung",
            queue=Queue.REVIEW,
            status=status,
            target_queue=target,
            problems=[Problem(field=REQUIRED_FIELD, code="missing", message="not found")],
        )
    return DocumentRecord(
        document_id=document_id,
        source=source,
        pages=[],
        document_type=None,
        queue=Queue.TRIAGE,
        status=Status.TRIAGE,
        problems=[Problem(code="unknown_document_type", message="no type fits")],
    )


def process_bytes(
    data: bytes, source: str, document_id_prefix: str | None = None
) -> list[DocumentRecord]:
    """Follow the instructions in ``data`` (see the module docstring)."""
    lines = data.split(b"\n")
    for index, raw in enumerate(lines):
        words = raw.decode("utf-8", "replace").split()
        if len(words) < 2 or words[0] != "FAKE":
            break
        verb, args = words[1], words[2:]
        if verb == "sleep":
            time.sleep(float(args[0]))
        elif verb == "fail":
            raise TransientError("injected failure")
        elif verb == "flaky":
            marker = Path(args[0])
            if not marker.exists():
                marker.write_text("failed once")
                raise TransientError("injected first-time failure")
        elif verb == "real":
            from intake import pipeline

            rest = b"\n".join(lines[index + 1 :])
            return pipeline.process_bytes(rest, source, document_id_prefix=document_id_prefix)
        elif verb == "routed":
            return [_record(document_id_prefix, source, Status.ROUTED, Queue(args[0]))]
        elif verb == "review":
            return [_record(document_id_prefix, source, Status.REVIEW, Queue(args[0]))]
        elif verb == "triage":
            break
    return [_record(document_id_prefix, source, Status.TRIAGE, None)]


def revalidate(record: DocumentRecord, corrected_fields: dict[str, Any]) -> DocumentRecord:
    """Routes on once the required field has a non-empty value.

    A triage record given the type ``anmeldung`` goes to review for einwohnermeldeamt; any
    other type is unknown and the record stays in triage.
    """
    if record.document_type is None:
        return record
    if record.status is Status.TRIAGE:
        if record.document_type != "anmeldung":
            return record
        record = record.model_copy(
            update={
                "status": Status.REVIEW,
                "queue": Queue.REVIEW,
                "target_queue": Queue.EINWOHNERMELDEAMT,
            }
        )
    fields = dict(record.fields)
    for name, value in corrected_fields.items():
        if not isinstance(value, str | int | float | list):
            raise ValueError(f"{name}: not a value")
        fields[name] = FieldResult(value=value, confidence=1.0)
    if fields.get(REQUIRED_FIELD) and record.target_queue is not None:
        return record.model_copy(
            update={
                "fields": fields,
                "status": Status.ROUTED,
                "queue": record.target_queue,
                "problems": [],
            }
        )
    return record.model_copy(update={"fields": fields})
