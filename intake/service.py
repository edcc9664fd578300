"""What the API and the workers do: accept uploads, process, correct, re-route, claim, ack.

Request handlers and rq jobs call these functions and only translate their results and
:class:`ServiceError` codes into HTTP or job outcomes. No OCR happens here: processing
calls the pipeline module named in the settings, inside a worker.

Nothing here depends on one process's memory: every hand-over (upload → job, job →
cases, claim → ack) is a row in the database changed by a conditional update, so several
API processes and worker machines can share Redis and the database.
"""

from __future__ import annotations

import base64
import binascii
import errno
import importlib
import inspect
import logging
import os
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import PurePath
from types import ModuleType
from typing import Any, Protocol, cast

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict
from redis import Redis
from rq import Queue as RqQueue
from rq import Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.auth import issue_receipt, receipt_document_id
from intake.originals import OriginalStore
from intake.page_image import count_pages
from intake.records import AUTHORITY_QUEUES, DocumentRecord, Problem, Queue, Status
from intake.settings import Settings
from intake.store import (
    CaseEventKind,
    CaseRow,
    DocumentRow,
    ack_case,
    add_batch,
    add_event,
    batch_case_counts,
    batch_files,
    case_events,
    cases_of_document,
    claim_document,
    db_now,
    find_document_by_sha,
    finish_document,
    get_batch,
    get_case,
    get_document,
    lease_case,
    link_batch_document,
    list_cases,
    redispatch_document,
    release_document,
    renew_case_lease,
    session_scope,
    stuck_document_ids,
)

log = logging.getLogger(__name__)

FINISHED = (Status.ROUTED, Status.REVIEW, Status.TRIAGE)
# claim-next: candidates fetched per round, and rounds before giving up under contention.
CLAIM_NEXT_BATCH = 10
CLAIM_NEXT_ROUNDS = 5
MAILROOM_QUEUES = (Queue.REVIEW, Queue.TRIAGE)
PROCESS_JOB = "worker.process_document"
SOURCE_NAME_MAX = 200
ERROR_TEXT_MAX = 500


# --- errors --------------------------------------------------------------------------------


class ServiceCode(StrEnum):
    """Stable machine codes for why a request was refused."""

    NOT_FOUND = "not_found"
    TOO_LARGE = "too_large"
    TOO_MANY_FILES = "too_many_files"
    NOT_IN_REVIEW = "not_in_review"
    NOT_IN_TRIAGE = "not_in_triage"
    INVALID_CORRECTION = "invalid_correction"
    INVALID_ROUTE = "invalid_route"
    ALREADY_CLAIMED = "already_claimed"
    ALREADY_ACKNOWLEDGED = "already_acknowledged"
    LEASE_EXPIRED = "lease_expired"
    BAD_CURSOR = "bad_cursor"
    STORAGE_FULL = "storage_full"
    STORAGE_UNAVAILABLE = "storage_unavailable"


class ServiceError(Exception):
    """A request the service refuses, with a code and a message the caller can act on."""

    def __init__(self, code: ServiceCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ProcessingFailedError(RuntimeError):
    """A processing attempt failed for a reason worth retrying (rq retries the job)."""


class ProcessingReason(StrEnum):
    """Problem codes the service itself puts on triage records."""

    PROCESSING_FAILED = "processing_failed"
    NO_DOCUMENTS = "no_documents_found"


class JobOutcome(StrEnum):
    """What one run of the processing job did."""

    PROCESSED = "processed"
    ALREADY_DONE = "already_done"
    BUSY = "busy"
    MISSING = "missing"
    GAVE_UP = "gave_up"
    SUPERSEDED = "superseded"


# --- public models -------------------------------------------------------------------------


class UploadAccepted(BaseModel):
    """The immediate answer to one uploaded file."""

    document_id: str = Field(examples=["d-3f9c2a7b1e4d5c6a8b90"])
    receipt_token: str = Field(
        description="Shown once. Send it as X-Receipt-Token to see this document's status.",
        examples=["rc_4a1b2c3d4e5f6a7b8c.Zt3…"],
    )
    status: Status = Field(examples=[Status.RECEIVED])
    duplicate: bool = Field(
        description="True if the same file was uploaded before; the existing document is "
        "answered with a new receipt.",
        examples=[False],
    )
    source: str = Field(examples=["scan-0042.pdf"])


class CitizenPart(BaseModel):
    """One document found in a citizen's upload: its status and problems, no values."""

    case_id: str
    pages: list[int]
    document_type: str | None
    status: Status
    queue: Queue
    problems: list[Problem]


class CitizenDocument(BaseModel):
    """What a receipt shows: status and problems of the citizen's own upload."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "document_id": "d-3f9c2a7b1e4d5c6a8b90",
                    "status": "review",
                    "received_at": "2026-11-28T07:10:00",
                    "parts": [
                        {
                            "case_id": "d-3f9c2a7b1e4d5c6a8b90-1",
                            "pages": [1],
                            "document_type": "anmeldung",
                            "status": "review",
                            "queue": "review",
                            "problems": [
                                {
                                    "field": "move_in_date",
                                    "code": "missing",
                                    "message": "Move-in date not found",
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )

    document_id: str
    status: Status
    received_at: datetime
    parts: list[CitizenPart]


CASE_EXAMPLE: JsonDict = {
    "document_id": "d-3f9c2a7b1e4d5c6a8b90-1",
    "source": "scan-0042.pdf",
    "pages": [1, 2],
    "document_type": "anmeldung",
    "queue": "einwohnermeldeamt",
    "status": "routed",
    "fields": {
        "family_name": {
            "value": "Müller",
            "confidence": 0.97,
            "page": 1,
            "bbox": [102, 388, 311, 421],
        }
    },
    "problems": [],
    "target_queue": "einwohnermeldeamt",
    "schema_version": 1,
    "received_at": "2026-11-28T07:10:00",
    "leased_until": None,
    "acknowledged_at": None,
}


class Case(DocumentRecord):
    """The output contract's record (with its schema version) plus its place in a queue."""

    model_config = ConfigDict(json_schema_extra={"examples": [CASE_EXAMPLE]})

    received_at: datetime
    leased_until: datetime | None = None
    acknowledged_at: datetime | None = None


class CasePage(BaseModel):
    """One page of a queue; pass ``next_cursor`` back as ``cursor`` for the next page."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [CASE_EXAMPLE], "next_cursor": "MTI"}]}
    )

    items: list[Case]
    next_cursor: str | None = Field(default=None, examples=["MTI"])


class Lease(BaseModel):
    """A claim on a case: acknowledge it with ``lease_id`` before ``expires_at``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "lease_id": "9b2f0c1d7e3a4b5c6d7e8f9a0b1c2d3e",
                    "expires_at": "2026-11-28T07:15:00",
                    "case": CASE_EXAMPLE,
                }
            ]
        }
    )

    lease_id: str = Field(examples=["9b2f0c1d7e3a4b5c6d7e8f9a0b1c2d3e"])
    expires_at: datetime
    case: Case


class CaseState(StrEnum):
    """Which of an authority's cases to list."""

    OPEN = "open"
    CLAIMABLE = "claimable"
    ALL = "all"


class BatchCounts(BaseModel):
    """Where a batch stands: documents found by status, and files not processed yet."""

    routed: int = Field(description="Documents found and routed to an authority.")
    review: int = Field(description="Documents found and waiting in review.")
    triage: int = Field(description="Documents (or unreadable files) in triage.")
    pending: int = Field(description="Files not processed yet (their documents are unknown).")


class BatchProgress(BaseModel):
    """Progress of one mailroom batch, read from the database (any API process answers)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "batch_id": "b-6f1c0d2e3a4b5c6d7e8f",
                    "created_at": "2026-11-28T07:10:00",
                    "files": 3,
                    "files_done": 2,
                    "pages_total": 14,
                    "pages_done": 9,
                    "documents_found": 4,
                    "counts": {"routed": 2, "review": 1, "triage": 1, "pending": 1},
                    "finished": False,
                }
            ]
        }
    )

    batch_id: str
    created_at: datetime
    files: int = Field(description="Distinct files in the batch.")
    files_done: int
    pages_total: int = Field(
        description="Pages of the batch's files, counted on upload (a file that cannot be "
        "opened counts 0)."
    )
    pages_done: int = Field(description="Pages of the files processed so far.")
    documents_found: int = Field(description="Documents (cases) found in the processed files.")
    counts: BatchCounts
    finished: bool


@dataclass(frozen=True, slots=True)
class BatchSlot:
    """Where an upload goes in a batch: the batch and the file's position in it."""

    batch_id: str
    position: int


# --- pipeline and dispatch -----------------------------------------------------------------


class Pipeline(Protocol):
    """The two pipeline entry points the service uses (``intake.pipeline``)."""

    def process_bytes(
        self, data: bytes, source: str, document_id_prefix: str | None = None
    ) -> list[DocumentRecord]:
        """Read one input file into one record per document found (never raises)."""
        ...

    def revalidate(
        self, record: DocumentRecord, corrected_fields: dict[str, object]
    ) -> DocumentRecord:
        """Re-normalise and re-validate a review record with corrected fields."""
        ...


class ConfiguredPipeline:
    """A pipeline module run with the service's confidence threshold.

    The threshold is passed only where the module's entry points take it
    (``options=PipelineOptions(confidence_threshold=…)`` and ``threshold=``), so a module
    with just the two plain signatures (a test fake) works too.
    """

    def __init__(self, module: ModuleType, threshold: float) -> None:
        """Wrap ``module`` to run with ``threshold``."""
        self.module = module
        self.threshold = threshold
        options_class = getattr(module, "PipelineOptions", None)
        takes_options = "options" in inspect.signature(module.process_bytes).parameters
        self._options = (
            options_class(confidence_threshold=threshold)
            if options_class is not None and takes_options
            else None
        )
        self._revalidate_takes_threshold = (
            "threshold" in inspect.signature(module.revalidate).parameters
        )

    def process_bytes(
        self, data: bytes, source: str, document_id_prefix: str | None = None
    ) -> list[DocumentRecord]:
        """The module's ``process_bytes`` with the configured options."""
        if self._options is None:
            return cast(
                list[DocumentRecord], self.module.process_bytes(data, source, document_id_prefix)
            )
        return cast(
            list[DocumentRecord],
            self.module.process_bytes(data, source, document_id_prefix, options=self._options),
        )

    def revalidate(
        self, record: DocumentRecord, corrected_fields: dict[str, object]
    ) -> DocumentRecord:
        """The module's ``revalidate`` with the configured threshold."""
        if self._revalidate_takes_threshold:
            return cast(
                DocumentRecord,
                self.module.revalidate(record, corrected_fields, threshold=self.threshold),
            )
        return cast(DocumentRecord, self.module.revalidate(record, corrected_fields))


def load_pipeline(module_name: str, confidence_threshold: float | None = None) -> Pipeline:
    """Import the pipeline module named in the settings (once per process).

    Args:
        module_name: Dotted module path (``intake.pipeline``).
        confidence_threshold: Run with this threshold; None keeps the module's default.

    Returns:
        The pipeline.
    """
    module: ModuleType = importlib.import_module(module_name)
    if confidence_threshold is None:
        return cast(Pipeline, module)
    return ConfiguredPipeline(module, confidence_threshold)


class Dispatcher:
    """Hands documents to the rq workers through Redis."""

    def __init__(self, settings: Settings, connection: Redis | None = None) -> None:
        """Create a dispatcher for the configured queue.

        Args:
            settings: Queue name, timeouts and retry intervals.
            connection: Redis connection; one from ``settings.redis_url`` if None.
        """
        self.settings = settings
        self.connection = connection or Redis.from_url(
            settings.redis_url,
            socket_timeout=settings.redis_timeout_seconds,
            socket_connect_timeout=settings.redis_timeout_seconds,
        )
        self.queue = RqQueue(settings.queue_name, connection=self.connection)

    @staticmethod
    def job_id(document_id: str) -> str:
        """The rq job id of a document's processing job (one per document)."""
        return f"process-{document_id}"

    def enqueue(self, document_id: str, function: str = PROCESS_JOB) -> None:
        """Queue the processing job of one document (retried with backoff on failure)."""
        retries = self.settings.max_attempts - 1
        self.queue.enqueue(
            function,
            document_id,
            job_id=self.job_id(document_id),
            job_timeout=self.settings.job_timeout_seconds,
            retry=Retry(max=retries, interval=self.settings.retry_intervals_seconds)
            if retries > 0
            else None,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
        )

    def is_waiting(self, document_id: str) -> bool:
        """Whether the document's job sits in a queue, waiting for a free worker.

        A job *scheduled* for a retry does not count: its scheduler may have died with its
        worker (rq's scheduler lock outlives it), so the sweep queues the job again; a
        second run finds the document finished and does nothing. Nor does a job that says
        "queued" but sits in no queue: a worker popped it and Redis died before the worker
        marked it started, so nobody will ever take it.
        """
        job_id = self.job_id(document_id)
        try:
            job = Job.fetch(job_id, connection=self.connection)
        except NoSuchJobError:
            return False
        if job.get_status() != JobStatus.QUEUED:
            return False
        return self.connection.lpos(self.queue.key, job_id) is not None


class Enqueuer(Protocol):
    """Anything that can queue a document's processing (a Dispatcher, or a test fake)."""

    def enqueue(self, document_id: str, function: str = PROCESS_JOB) -> None:
        """Queue the document's processing job."""
        ...

    def is_waiting(self, document_id: str) -> bool:
        """Whether the document's job is still queued or scheduled."""
        ...


# --- helpers -------------------------------------------------------------------------------


def new_document_id() -> str:
    """A fresh, unguessable document id."""
    return "d-" + secrets.token_hex(10)


def new_batch_id() -> str:
    """A fresh, unguessable batch id."""
    return "b-" + secrets.token_hex(10)


def clean_source_name(filename: str | None) -> str:
    """The uploaded file's name as a label: last path part, printable, bounded length."""
    name = PurePath((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    return name[:SOURCE_NAME_MAX] or "upload"


def encode_cursor(seq: int) -> str:
    """An opaque cursor for the position after case ``seq``."""
    return base64.urlsafe_b64encode(str(seq).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The case position a cursor stands for (0 for none)."""
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = int(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise ServiceError(ServiceCode.BAD_CURSOR, "The cursor is not valid.") from exc
    if value < 0:
        raise ServiceError(ServiceCode.BAD_CURSOR, "The cursor is not valid.")
    return value


def overall_status(records: Sequence[DocumentRecord] | Sequence[CitizenPart]) -> Status:
    """A document's status from its parts: triage before review before routed."""
    statuses = {record.status for record in records}
    for status in (Status.TRIAGE, Status.REVIEW):
        if status in statuses:
            return status
    return Status.ROUTED


def case_from_row(row: CaseRow) -> Case:
    """The API's view of a stored case."""
    return Case.model_validate(
        {
            **row.record,
            "document_id": row.id,
            "received_at": row.created_at,
            "leased_until": row.leased_until if row.acked_at is None else None,
            "acknowledged_at": row.acked_at,
        }
    )


def _error_text(exc: BaseException) -> str:
    """A bounded description of an infrastructure failure for the database."""
    return f"{type(exc).__name__}: {exc}"[:ERROR_TEXT_MAX]


# --- accepting uploads ---------------------------------------------------------------------


def _insert_or_find(
    session: Session,
    sha256: str,
    size: int,
    source: str,
    content_type: str | None,
    uploaded_by: str | None,
    settings: Settings,
) -> tuple[DocumentRow, bool]:
    """The existing document for this content, or a new one (flushed)."""
    existing = find_document_by_sha(session, sha256)
    if existing is not None:
        return existing, True
    now = db_now(session)
    row = DocumentRow(
        id=new_document_id(),
        sha256=sha256,
        source=source,
        content_type=content_type,
        size_bytes=size,
        status=Status.RECEIVED,
        attempts=0,
        lease_until=now + timedelta(seconds=settings.processing_timeout_seconds),
        uploaded_by=uploaded_by,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row, False


def accept_upload(
    settings: Settings,
    originals: OriginalStore,
    enqueuer: Enqueuer,
    chunks: Iterable[bytes],
    filename: str | None,
    content_type: str | None = None,
    uploaded_by: str | None = None,
    batch: BatchSlot | None = None,
) -> UploadAccepted:
    """Store an uploaded file and its document record, then queue its processing.

    The original is on disk and the record committed before anything is queued; if
    queueing fails the sweep queues the document later. The same content uploaded again
    is answered with the existing document (and a new receipt token).

    Args:
        settings: Limits and addresses.
        originals: Where originals are kept.
        enqueuer: Queues the processing job.
        chunks: The file's bytes.
        filename: The name the client gave (a label only, never a path).
        content_type: The client's content type, if any.
        uploaded_by: Credential id of staff uploads; None for citizens.
        batch: The mailroom batch the file belongs to (its pages are counted for the
            batch's progress); None for single uploads.

    Returns:
        The document id, a receipt token and whether it was a duplicate.

    Raises:
        ServiceError: ``too_large`` if the file exceeds ``max_upload_bytes``.
    """
    from intake.errors import FileTooLargeError

    try:
        stored = originals.put(chunks, settings.max_upload_bytes)
    except FileTooLargeError as exc:
        raise ServiceError(ServiceCode.TOO_LARGE, exc.message) from exc
    except OSError as exc:  # the store removed its temporary file: nothing half-written
        raise _storage_error(exc) from exc
    source = clean_source_name(filename)
    page_count = count_pages(originals.read(stored.sha256)) if batch is not None else None
    for _ in range(3):
        try:
            with session_scope(settings.database_url) as session:
                row, duplicate = _insert_or_find(
                    session,
                    stored.sha256,
                    stored.size_bytes,
                    source,
                    content_type,
                    uploaded_by,
                    settings,
                )
                if batch is not None:
                    _add_to_batch(session, row, batch, page_count)
                receipt = issue_receipt(session, row.id)
                answer = UploadAccepted(
                    document_id=row.id,
                    receipt_token=receipt.token,
                    status=row.status,
                    duplicate=duplicate,
                    source=source,  # this client's name, never an earlier uploader's
                )
            break
        except IntegrityError:
            continue  # the same file was accepted concurrently: answer that document
    else:  # pragma: no cover - three integrity races in a row
        raise RuntimeError("could not store the upload")
    if not answer.duplicate:
        _try_enqueue(enqueuer, answer.document_id)
    log.info("accepted document %s (duplicate=%s)", answer.document_id, answer.duplicate)
    return answer


def _add_to_batch(
    session: Session, row: DocumentRow, batch: BatchSlot, page_count: int | None
) -> None:
    link_batch_document(session, batch.batch_id, row.id, batch.position)
    if row.page_count is None:
        row.page_count = page_count


def start_batch(settings: Settings, uploaded_by: str) -> str:
    """Record a new mailroom batch; its files are added by :func:`accept_upload`."""
    batch_id = new_batch_id()
    with session_scope(settings.database_url) as session:
        add_batch(session, batch_id, uploaded_by, db_now(session))
    return batch_id


def batch_progress(settings: Settings, batch_id: str) -> BatchProgress:
    """Pages done of total, documents found and their statuses, for one batch.

    Derived from the rows workers write as they finish documents, so every API process
    answers the same, wherever the workers run.

    Raises:
        ServiceError: ``not_found``.
    """
    with session_scope(settings.database_url) as session:
        batch = get_batch(session, batch_id)
        if batch is None:
            raise ServiceError(ServiceCode.NOT_FOUND, "No such batch.")
        files = batch_files(session, batch_id)
        by_status = batch_case_counts(session, batch_id)
        created_at = batch.created_at
    done = [pages or 0 for status, pages in files if status in FINISHED]
    counts = BatchCounts(
        routed=by_status.get(Status.ROUTED, 0),
        review=by_status.get(Status.REVIEW, 0),
        triage=by_status.get(Status.TRIAGE, 0),
        pending=len(files) - len(done),
    )
    return BatchProgress(
        batch_id=batch_id,
        created_at=created_at,
        files=len(files),
        files_done=len(done),
        pages_total=sum(pages or 0 for _status, pages in files),
        pages_done=sum(done),
        documents_found=sum(by_status.values()),
        counts=counts,
        finished=counts.pending == 0,
    )


def _storage_error(exc: OSError) -> ServiceError:
    """The refusal for an original that could not be written (disk full, folder gone)."""
    log.error("could not store an original: %s (errno %s)", type(exc).__name__, exc.errno)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ServiceError(
            ServiceCode.STORAGE_FULL,
            "The service cannot store files right now (storage full); nothing was kept. "
            "Please try again later.",
        )
    return ServiceError(
        ServiceCode.STORAGE_UNAVAILABLE,
        "The service cannot store files right now; nothing was kept. Please try again later.",
    )


def _try_enqueue(enqueuer: Enqueuer, document_id: str) -> bool:
    try:
        enqueuer.enqueue(document_id)
    except Exception:  # Redis down: the document is stored, the sweep queues it later
        log.warning("could not queue document %s; the sweep will", document_id, exc_info=True)
        return False
    return True


# --- citizens ------------------------------------------------------------------------------


def citizen_view(settings: Settings, token: str, document_id: str) -> CitizenDocument:
    """Status and problems of the document a receipt token belongs to.

    Raises:
        ServiceError: ``not_found`` if the token does not open this document (the same
            answer whether the document exists or not).
    """
    with session_scope(settings.database_url) as session:
        if receipt_document_id(session, token) != document_id:
            raise ServiceError(ServiceCode.NOT_FOUND, "No document for this receipt.")
        document = get_document(session, document_id)
        if document is None:  # pragma: no cover - receipts reference documents
            raise ServiceError(ServiceCode.NOT_FOUND, "No document for this receipt.")
        parts = [_citizen_part(row) for row in cases_of_document(session, document_id)]
        # Corrections and re-routes move parts on: the overall status follows them.
        current = overall_status(parts) if parts else document.status
        return CitizenDocument(
            document_id=document.id,
            status=current,
            received_at=document.created_at,
            parts=parts,
        )


def _citizen_part(row: CaseRow) -> CitizenPart:
    record = DocumentRecord.model_validate(row.record)
    return CitizenPart(
        case_id=row.id,
        pages=record.pages,
        document_type=record.document_type,
        status=row.status,
        queue=row.queue,
        problems=record.problems,
    )


# --- processing (runs in a worker) ---------------------------------------------------------


def process_document(
    settings: Settings, document_id: str, pipeline: Pipeline, originals: OriginalStore
) -> JobOutcome:
    """Run the pipeline on one stored document and store its cases exactly once.

    Safe to run any number of times, concurrently, on any machine: the document is taken
    with a processing lease, and cases are written in the same transaction that marks the
    document finished, only by the run that holds the current attempt.

    Args:
        settings: Timeouts and attempt limits.
        document_id: The document.
        pipeline: The pipeline module.
        originals: Where the original is.

    Returns:
        What this run did.

    Raises:
        Exception: A transient failure with attempts left (the job is retried).
    """
    lease = timedelta(seconds=settings.processing_timeout_seconds)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        document = get_document(session, document_id)
        if document is None:
            return JobOutcome.MISSING
        if document.status in FINISHED:
            return JobOutcome.ALREADY_DONE
        attempt = claim_document(session, document_id, now, lease)
        source, sha256 = document.source, document.sha256
    if attempt is None:
        return JobOutcome.BUSY
    if attempt > settings.max_attempts:
        # Earlier attempts died without a word (worker killed): give up, keep the file.
        _give_up(settings, document_id, source, attempt, "worker stopped during processing")
        return JobOutcome.GAVE_UP
    log.info("processing document %s (attempt %d)", document_id, attempt)
    try:
        records = pipeline.process_bytes(
            originals.read(sha256), source, document_id_prefix=document_id
        )
        return _store_results(settings, document_id, source, attempt, records)
    except Exception as exc:  # the pipeline never raises for bad input: this is transient
        return _handle_failure(settings, document_id, source, attempt, exc)


def _handle_failure(
    settings: Settings, document_id: str, source: str, attempt: int, exc: Exception
) -> JobOutcome:
    """Give up after the last attempt; otherwise hand the document back and re-raise."""
    error = _error_text(exc)
    log.warning("document %s attempt %d failed: %s", document_id, attempt, type(exc).__name__)
    if attempt >= settings.max_attempts:
        _give_up(settings, document_id, source, attempt, error)
        return JobOutcome.GAVE_UP
    # Keep the sweep away while rq's own retry (with backoff) is pending.
    wait = max(settings.retry_intervals_seconds, default=0) + settings.processing_timeout_seconds
    with session_scope(settings.database_url) as session:
        release_document(
            session, document_id, attempt, db_now(session), timedelta(seconds=wait), error
        )
    # rq logs the exception: name the failure, not its message (which might quote values);
    # the full text is in documents.last_error.
    raise ProcessingFailedError(
        f"{type(exc).__name__} while processing {document_id} (attempt {attempt})"
    ) from None


def _failure_record(document_id: str, source: str, attempts: int) -> DocumentRecord:
    return DocumentRecord(
        document_id=document_id,
        source=source,
        pages=[],
        document_type=None,
        queue=Queue.TRIAGE,
        status=Status.TRIAGE,
        problems=[
            Problem(
                code=ProcessingReason.PROCESSING_FAILED,
                message=f"The document could not be processed ({attempts} attempts); "
                "the mailroom will look at the original.",
            )
        ],
    )


def _give_up(settings: Settings, document_id: str, source: str, attempt: int, error: str) -> None:
    """Finish a document that keeps failing as one triage case with the reason."""
    record = _failure_record(document_id, source, attempt)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        if finish_document(session, document_id, attempt, Status.TRIAGE, now, error=error):
            _add_case(session, document_id, record, now)
    log.warning("document %s sent to triage after %d attempts", document_id, attempt)


def _case_ids(document_id: str, records: Sequence[DocumentRecord]) -> list[DocumentRecord]:
    """Records with ids that are unique and start with the document id."""
    out: list[DocumentRecord] = []
    seen: set[str] = set()
    for index, record in enumerate(records, start=1):
        case_id = record.document_id
        if not case_id.startswith(document_id) or case_id in seen:
            case_id = f"{document_id}-{index}"
        seen.add(case_id)
        out.append(record.model_copy(update={"document_id": case_id}))
    return out


def _store_results(
    settings: Settings,
    document_id: str,
    source: str,
    attempt: int,
    records: Sequence[DocumentRecord],
) -> JobOutcome:
    """Write the cases and finish the document in one transaction, once."""
    if not records:
        records = [_failure_record(document_id, source, attempt)]
        records[0].problems[0].code = ProcessingReason.NO_DOCUMENTS
        records[0].problems[0].message = "No document was found in the file."
    records = _case_ids(document_id, records)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        if not finish_document(session, document_id, attempt, overall_status(records), now):
            return JobOutcome.SUPERSEDED
        for record in records:
            _add_case(session, document_id, record, now)
    log.info("document %s processed into %d case(s)", document_id, len(records))
    return JobOutcome.PROCESSED


def _add_case(session: Session, document_id: str, record: DocumentRecord, now: datetime) -> None:
    session.add(
        CaseRow(
            id=record.document_id,
            document_id=document_id,
            queue=record.queue,
            status=record.status,
            document_type=record.document_type,
            record=record.to_json_dict(),
            created_at=now,
            updated_at=now,
        )
    )
    add_event(
        session,
        record.document_id,
        CaseEventKind.CREATED,
        "worker",
        now,
        {"status": record.status.value, "queue": record.queue.value},
    )


def sweep(settings: Settings, enqueuer: Enqueuer, limit: int = 100) -> int:
    """Re-queue documents whose job was lost or whose worker died; returns how many.

    Several sweepers may run at once (one per worker machine): a document is taken for
    re-queueing by a conditional update that only one of them wins.
    """
    lease = timedelta(seconds=settings.processing_timeout_seconds)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        candidates = stuck_document_ids(session, now, limit)
    requeued = 0
    for document_id in candidates:
        with session_scope(settings.database_url) as session:
            taken = redispatch_document(session, document_id, now, lease)
        if not taken:
            continue
        if enqueuer.is_waiting(document_id):
            continue  # its job is still queued (a long backlog): the lease was just renewed
        if _try_enqueue(enqueuer, document_id):
            requeued += 1
            log.info("sweep re-queued document %s", document_id)
    return requeued


# --- mailroom ------------------------------------------------------------------------------


def _case_in(session: Session, case_id: str, queues: Sequence[Queue]) -> CaseRow:
    row = get_case(session, case_id)
    if row is None or row.queue not in queues:
        raise ServiceError(ServiceCode.NOT_FOUND, "No such case in this queue.")
    return row


def list_queue(
    settings: Settings,
    queue: Queue,
    cursor: str | None,
    limit: int | None,
    state: CaseState = CaseState.ALL,
) -> CasePage:
    """One page of a queue's cases, oldest first.

    Args:
        settings: Database address and page size limits.
        queue: The queue.
        cursor: From a previous page's ``next_cursor``; None for the first page.
        limit: Page size (None: ``page_size_default``; clamped to ``page_size_max``).
        state: Which cases: all, open (not acknowledged) or claimable now.

    Returns:
        The page.
    """
    after = decode_cursor(cursor)
    limit = max(1, min(limit or settings.page_size_default, settings.page_size_max))
    with session_scope(settings.database_url) as session:
        rows = list_cases(
            session,
            queue,
            after,
            limit + 1,
            open_only=state is CaseState.OPEN,
            claimable_at=db_now(session) if state is CaseState.CLAIMABLE else None,
        )
        items = [case_from_row(row) for row in rows[:limit]]
        next_cursor = encode_cursor(rows[limit - 1].seq) if len(rows) > limit else None
    return CasePage(items=items, next_cursor=next_cursor)


class CaseEvent(BaseModel):
    """One entry of a case's audit trail (field names only, never values)."""

    kind: CaseEventKind
    actor: str = Field(examples=["cr_6fce1ffd446ad5653e"])
    at: datetime
    detail: dict[str, Any] = Field(examples=[{"fields": ["move_in_date"], "status": "routed"}])


def case_history(settings: Settings, case_id: str) -> list[CaseEvent]:
    """Who did what to a case, oldest first (staff only).

    Raises:
        ServiceError: ``not_found``.
    """
    with session_scope(settings.database_url) as session:
        if get_case(session, case_id) is None:
            raise ServiceError(ServiceCode.NOT_FOUND, "No such case.")
        return [
            CaseEvent(kind=e.kind, actor=e.actor, at=e.at, detail=e.detail)
            for e in case_events(session, case_id)
        ]


def mailroom_case(settings: Settings, case_id: str) -> Case:
    """A case in review or triage, with its values (staff only)."""
    with session_scope(settings.database_url) as session:
        return case_from_row(_case_in(session, case_id, MAILROOM_QUEUES))


def _apply_record(row: CaseRow, record: DocumentRecord, now: datetime) -> None:
    row.record = record.to_json_dict()
    row.queue = record.queue
    row.status = record.status
    row.document_type = record.document_type
    row.updated_at = now


def correct_case(
    settings: Settings,
    pipeline: Pipeline,
    case_id: str,
    corrected: dict[str, object],
    actor: str,
) -> Case:
    """Apply staff corrections to a case in review; it re-validates and routes on.

    Args:
        settings: Database address.
        pipeline: Provides ``revalidate``.
        case_id: The case.
        corrected: Field name → corrected value (as typed by the clerk).
        actor: Credential id of the clerk (for the audit trail).

    Returns:
        The case after re-validation (routed, or still in review with its problems).

    Raises:
        ServiceError: ``not_found``, ``not_in_review`` or ``invalid_correction``.
    """
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        row = _case_in(session, case_id, (*MAILROOM_QUEUES, *AUTHORITY_QUEUES))
        if row.status is not Status.REVIEW:
            raise ServiceError(ServiceCode.NOT_IN_REVIEW, "Only cases in review take corrections.")
        record = DocumentRecord.model_validate(row.record)
        try:
            revised = pipeline.revalidate(record, corrected)
        except (ValueError, KeyError, TypeError) as exc:
            raise ServiceError(ServiceCode.INVALID_CORRECTION, str(exc)) from exc
        revised = revised.model_copy(update={"document_id": row.id})
        _apply_record(row, revised, now)
        add_event(
            session,
            row.id,
            CaseEventKind.CORRECTED,
            actor,
            now,
            {"fields": sorted(corrected), "status": revised.status.value},
        )
        return case_from_row(row)


def reroute_case(
    settings: Settings,
    pipeline: Pipeline,
    case_id: str,
    queue: Queue | None,
    document_type: str | None,
    target_queue: Queue | None,
    actor: str,
) -> Case:
    """Route a triage case by hand: give it a type, a queue, or both.

    With only a ``document_type`` the pipeline validates the case's fields for that type
    and routes it (usually to review, where the clerk fills in what is missing). With a
    ``queue`` the clerk decides: an authority's queue (routed as is) or ``review``.

    Args:
        settings: Database address.
        pipeline: Provides ``revalidate`` (for a type without a queue).
        case_id: The case (must be in triage).
        queue: An authority's queue, ``review``, or None to let the type decide.
        document_type: The type the clerk recognised.
        target_queue: With ``review``: the authority it goes to after correction.
        actor: Credential id of the clerk.

    Returns:
        The re-routed case.

    Raises:
        ServiceError: ``not_found``, ``not_in_triage`` or ``invalid_route``.
    """
    _check_route(queue, document_type, target_queue)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        row = _case_in(session, case_id, (*MAILROOM_QUEUES, *AUTHORITY_QUEUES))
        if row.status is not Status.TRIAGE:
            raise ServiceError(ServiceCode.NOT_IN_TRIAGE, "Only triage cases are re-routed.")
        record = DocumentRecord.model_validate(row.record)
        if queue is None:
            revised = _route_by_type(pipeline, record, str(document_type))
        elif queue is Queue.REVIEW:
            revised = record.model_copy(
                update={
                    "status": Status.REVIEW,
                    "queue": queue,
                    "target_queue": target_queue,
                    "document_type": document_type,
                }
            )
        else:
            revised = record.model_copy(
                update={
                    "status": Status.ROUTED,
                    "queue": queue,
                    "target_queue": queue,
                    "document_type": document_type,
                    "problems": [],
                }
            )
        revised = revised.model_copy(update={"document_id": row.id})
        _apply_record(row, revised, now)
        detail = {
            "queue": revised.queue.value,
            "previous_problems": [p.code for p in record.problems],
        }
        add_event(session, row.id, CaseEventKind.REROUTED, actor, now, detail)
        return case_from_row(row)


def _route_by_type(
    pipeline: Pipeline, record: DocumentRecord, document_type: str
) -> DocumentRecord:
    """Let the pipeline validate a triage record's fields as ``document_type`` and route it."""
    typed = record.model_copy(update={"document_type": document_type, "problems": []})
    try:
        revised = pipeline.revalidate(typed, {})
    except (ValueError, KeyError, TypeError) as exc:
        raise ServiceError(ServiceCode.INVALID_ROUTE, str(exc)) from exc
    if revised.status is Status.TRIAGE:
        raise ServiceError(
            ServiceCode.INVALID_ROUTE, f"Unknown document type {document_type!r}; give a queue."
        )
    return revised


def _check_route(
    queue: Queue | None, document_type: str | None, target_queue: Queue | None
) -> None:
    if queue is None and document_type is None:
        raise ServiceError(ServiceCode.INVALID_ROUTE, "Give a document_type, a queue, or both.")
    if queue is Queue.TRIAGE:
        raise ServiceError(ServiceCode.INVALID_ROUTE, "Choose an authority's queue or review.")
    if queue is Queue.REVIEW and (document_type is None or target_queue not in AUTHORITY_QUEUES):
        raise ServiceError(
            ServiceCode.INVALID_ROUTE,
            "Routing to review needs a document_type and the authority as target_queue.",
        )


# --- authorities ---------------------------------------------------------------------------


def _authority_case(session: Session, case_id: str, authority: Queue) -> CaseRow:
    """A routed case in this authority's queue; every other authority gets not_found."""
    row = get_case(session, case_id)
    if row is None or row.queue is not authority or row.status is not Status.ROUTED:
        raise ServiceError(ServiceCode.NOT_FOUND, "No such case in your queue.")
    return row


def authority_case(settings: Settings, authority: Queue, case_id: str) -> Case:
    """One case of this authority's queue."""
    with session_scope(settings.database_url) as session:
        return case_from_row(_authority_case(session, case_id, authority))


def claim_case(settings: Settings, authority: Queue, case_id: str, holder: str) -> Lease:
    """Lease a case to a consumer; it must be acknowledged before the lease ends.

    Raises:
        ServiceError: ``not_found``, ``already_acknowledged`` or ``already_claimed``.
    """
    lease_id = secrets.token_hex(16)
    lease = timedelta(seconds=settings.lease_seconds)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        row = _authority_case(session, case_id, authority)
        if row.acked_at is not None:
            raise ServiceError(ServiceCode.ALREADY_ACKNOWLEDGED, "The case was acknowledged.")
        if not lease_case(session, case_id, authority, lease_id, holder, now, lease):
            raise ServiceError(
                ServiceCode.ALREADY_CLAIMED, "The case is claimed; retry after the lease ends."
            )
        add_event(session, case_id, CaseEventKind.CLAIMED, holder, now)
        session.refresh(row)
        return Lease(lease_id=lease_id, expires_at=now + lease, case=case_from_row(row))


def claim_next(settings: Settings, authority: Queue, holder: str) -> Lease | None:
    """Lease the oldest claimable case of this authority's queue, if any."""
    for _ in range(CLAIM_NEXT_ROUNDS):
        page = list_queue(settings, authority, None, CLAIM_NEXT_BATCH, CaseState.CLAIMABLE)
        if not page.items:
            return None
        for case in page.items:
            try:
                return claim_case(settings, authority, case.document_id, holder)
            except ServiceError:
                continue  # another consumer was faster; try the next
    return None  # every candidate was taken under our hands: the caller asks again


def renew_lease(settings: Settings, authority: Queue, case_id: str, lease_id: str) -> Lease:
    """Extend a live lease by ``lease_seconds`` from now.

    Raises:
        ServiceError: ``not_found`` or ``lease_expired`` (claim again).
    """
    lease = timedelta(seconds=settings.lease_seconds)
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        row = _authority_case(session, case_id, authority)
        if not renew_case_lease(session, case_id, authority, lease_id, now, lease):
            raise ServiceError(ServiceCode.LEASE_EXPIRED, "The lease ended; claim the case again.")
        session.refresh(row)
        return Lease(lease_id=lease_id, expires_at=now + lease, case=case_from_row(row))


def acknowledge_case(settings: Settings, authority: Queue, case_id: str, lease_id: str) -> Case:
    """Acknowledge a claimed case (idempotent for the same lease).

    Raises:
        ServiceError: ``not_found`` or ``lease_expired`` (the lease ended or is not the
            current one; claim again).
    """
    with session_scope(settings.database_url) as session:
        now = db_now(session)
        row = _authority_case(session, case_id, authority)
        if row.acked_at is not None:
            if row.lease_id == lease_id:
                return case_from_row(row)
            raise ServiceError(ServiceCode.ALREADY_ACKNOWLEDGED, "The case was acknowledged.")
        if not ack_case(session, case_id, authority, lease_id, now):
            raise ServiceError(ServiceCode.LEASE_EXPIRED, "The lease ended; claim the case again.")
        add_event(session, case_id, CaseEventKind.ACKNOWLEDGED, row.claimed_by or "?", now)
        session.refresh(row)
        return case_from_row(row)


class Readiness(BaseModel):
    """Whether the service's dependencies answer."""

    ready: bool
    checks: dict[str, str] = Field(examples=[{"database": "ok", "redis": "ok", "originals": "ok"}])


def readiness(settings: Settings, connection: Redis | None = None) -> Readiness:
    """Check that the database and Redis answer and originals can be written (``/readyz``)."""
    from intake.store import ping

    checks: dict[str, str] = {}
    try:
        ping(settings.database_url)
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    try:
        redis = connection or Redis.from_url(
            settings.redis_url, socket_timeout=settings.redis_timeout_seconds
        )
        redis.ping()
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = f"error: {type(exc).__name__}"
    folder = settings.originals_dir
    checks["originals"] = "ok" if folder.is_dir() and os.access(folder, os.W_OK) else "error"
    return Readiness(ready=all(v == "ok" for v in checks.values()), checks=checks)
