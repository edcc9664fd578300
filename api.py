"""The HTTP API: thin handlers over :mod:`intake.service` (dependencies, validation, codes).

Three kinds of caller:

* citizens upload files (no account) and see their document's status with the receipt
  token they got back (``X-Receipt-Token``);
* mailroom staff (``Authorization: Bearer <staff credential>``) upload batches, work the
  ``review`` and ``triage`` queues, correct and re-route;
* each authority's system (``Authorization: Bearer <authority credential>``) lists, claims
  and acknowledges the cases of its own queue.

Mailroom staff also have a page in the browser at ``/review`` (:mod:`intake.review_ui`).
No OCR runs in a request: uploads are stored, queued and answered with 202.
Run with ``uvicorn api:app`` (or ``docintake serve``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, HTTPException, Path, Query, Request, UploadFile, status
from fastapi.responses import JSONResponse, Response
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake import audit, retention, review_ui, service
from intake.audit import AuditAction
from intake.auth import Principal, authenticate
from intake.originals import OriginalStore, iter_file
from intake.ratelimit import Limit, RateLimited, RateLimiter
from intake.records import Queue
from intake.service import (
    BatchProgress,
    BatchSlot,
    Case,
    CaseEvent,
    CasePage,
    CaseState,
    CitizenDocument,
    Dispatcher,
    Enqueuer,
    Lease,
    Pipeline,
    Readiness,
    ServiceCode,
    ServiceError,
    UploadAccepted,
)
from intake.settings import Settings, get_settings
from intake.store import CredentialKind, session_scope, upgrade_schema

API_VERSION = "v1"
# What a client is told to wait when the database does not answer.
DATABASE_RETRY_AFTER_SECONDS = 5
# Multipart framing per file on top of the file's own bytes.
MULTIPART_OVERHEAD_BYTES = 16 * 1024

HTTP_STATUS = {
    ServiceCode.NOT_FOUND: status.HTTP_404_NOT_FOUND,
    ServiceCode.TOO_LARGE: status.HTTP_413_CONTENT_TOO_LARGE,
    ServiceCode.TOO_MANY_FILES: status.HTTP_413_CONTENT_TOO_LARGE,
    ServiceCode.NOT_IN_REVIEW: status.HTTP_409_CONFLICT,
    ServiceCode.NOT_IN_TRIAGE: status.HTTP_409_CONFLICT,
    ServiceCode.INVALID_CORRECTION: status.HTTP_422_UNPROCESSABLE_CONTENT,
    ServiceCode.INVALID_ROUTE: status.HTTP_422_UNPROCESSABLE_CONTENT,
    ServiceCode.ALREADY_CLAIMED: status.HTTP_409_CONFLICT,
    ServiceCode.ALREADY_ACKNOWLEDGED: status.HTTP_409_CONFLICT,
    ServiceCode.LEASE_EXPIRED: status.HTTP_409_CONFLICT,
    ServiceCode.BAD_CURSOR: status.HTTP_400_BAD_REQUEST,
    ServiceCode.STORAGE_FULL: status.HTTP_507_INSUFFICIENT_STORAGE,
    ServiceCode.STORAGE_UNAVAILABLE: status.HTTP_503_SERVICE_UNAVAILABLE,
}


# --- request/response bodies ------------------------------------------------------------


class ErrorBody(BaseModel):
    """Why a request was refused."""

    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["No such case in your queue."])


class UploadResponse(BaseModel):
    """One entry per uploaded file, in upload order."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "documents": [
                        {
                            "document_id": "d-3f9c2a7b1e4d5c6a8b90",
                            "receipt_token": "rc_4a1b2c3d4e5f6a7b8c.Zt3q…",
                            "status": "received",
                            "duplicate": False,
                            "source": "anmeldung.pdf",
                        }
                    ]
                }
            ]
        }
    )

    documents: list[UploadAccepted]


class BatchUploadResponse(UploadResponse):
    """A mailroom batch: its id (for ``GET /v1/mailroom/batches/{id}``) and its files."""

    batch_id: str = Field(examples=["b-6f1c0d2e3a4b5c6d7e8f"])


class CorrectionRequest(BaseModel):
    """Corrected field values, as the clerk typed them; empty string removes a field."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"fields": {"move_in_date": "01.11.2026", "postal_code": "44787"}}]
        }
    )

    fields: dict[str, Any] = Field(min_length=1)


class RerouteRequest(BaseModel):
    """Where a triage case goes: a type (the pipeline routes it), a queue, or both."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"document_type": "anmeldung"},
                {"queue": "standesamt", "document_type": "geburtsurkunde"},
                {
                    "queue": "review",
                    "document_type": "anmeldung",
                    "target_queue": "einwohnermeldeamt",
                },
            ]
        }
    )

    queue: Queue | None = None
    document_type: str | None = Field(default=None, max_length=64)
    target_queue: Queue | None = None


class AckRequest(BaseModel):
    """The lease under which the case was claimed."""

    lease_id: str = Field(min_length=1, examples=["9b2f0c1d7e3a4b5c6d7e8f9a0b1c2d3e"])


class Health(BaseModel):
    """Liveness."""

    status: str = Field(examples=["ok"])


# --- dependencies --------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _dispatcher(settings: Settings) -> Dispatcher:
    return Dispatcher(settings)


@lru_cache(maxsize=4)
def _pipeline(module_name: str, threshold: float | None) -> Pipeline:
    return service.load_pipeline(module_name, threshold)


def get_enqueuer(settings: Annotated[Settings, Depends(get_settings)]) -> Enqueuer:
    """The dispatcher that queues processing jobs."""
    return _dispatcher(settings)


def get_pipeline(settings: Annotated[Settings, Depends(get_settings)]) -> Pipeline:
    """The pipeline module (for re-validating corrections; loaded on first use)."""
    return _pipeline(settings.pipeline_module, settings.confidence_threshold)


def get_rate_limiter(settings: Annotated[Settings, Depends(get_settings)]) -> RateLimiter:
    """Rate limits counted in the service's Redis (shared by all API processes)."""
    return RateLimiter(_dispatcher(settings).connection)


def _audit(
    settings: Settings,
    principal: Principal,
    action: AuditAction,
    case_ids: list[str],
    fields: list[str] | None = None,
) -> None:
    """Who read or changed which cases (field names at most, never values)."""
    detail = {"fields": fields} if fields else None
    audit.record(settings.database_url, principal.credential_id, action, case_ids, detail)


def _client(request: Request) -> str:
    """The caller's address (behind a proxy: run uvicorn with --proxy-headers)."""
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(get_settings)]
RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]
EnqueuerDep = Annotated[Enqueuer, Depends(get_enqueuer)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]

_bearer = HTTPBearer(auto_error=False, description="A staff or authority credential.")
_receipt = APIKeyHeader(
    name="X-Receipt-Token", auto_error=False, description="The receipt token of an upload."
)


def current_principal(
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The staff member or authority system behind the bearer token (401 otherwise)."""
    principal = None
    if credentials is not None:
        with session_scope(settings.database_url) as session:
            principal = authenticate(session, credentials.credentials)
    if principal is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail={"code": "unauthenticated", "message": "A valid credential is required."},
            headers={"WWW-Authenticate": "Bearer"},
        )
    return principal


def staff(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
    """Only mailroom staff (403 otherwise)."""
    if principal.kind is not CredentialKind.STAFF:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail={"code": "forbidden", "message": "Mailroom staff only."},
        )
    return principal


def authority(principal: Annotated[Principal, Depends(current_principal)]) -> Queue:
    """The queue of the authority whose system calls (403 for anyone else)."""
    if principal.kind is not CredentialKind.AUTHORITY or principal.authority is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail={"code": "forbidden", "message": "Authority systems only."},
        )
    return principal.authority


def receipt_token(token: Annotated[str | None, Depends(_receipt)]) -> str:
    """The citizen's receipt token (401 without one)."""
    if not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail={"code": "unauthenticated", "message": "Send the receipt token."},
        )
    return token


StaffDep = Annotated[Principal, Depends(staff)]
PrincipalDep = Annotated[Principal, Depends(current_principal)]
AuthorityDep = Annotated[Queue, Depends(authority)]
ReceiptDep = Annotated[str, Depends(receipt_token)]
CaseId = Annotated[str, Path(max_length=128, examples=["d-3f9c2a7b1e4d5c6a8b90-1"])]
CursorQ = Annotated[str | None, Query(max_length=64, description="next_cursor of the last page")]
LimitQ = Annotated[
    int | None,
    Query(ge=1, le=500, description="Page size (default and cap: the server's settings)"),
]

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 413, 422, 429, 503)
}


# --- app -----------------------------------------------------------------------------------


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Create folders and bring the schema up to date before serving."""
    settings: Settings = app.dependency_overrides.get(get_settings, get_settings)()
    settings.originals_dir.mkdir(parents=True, exist_ok=True)
    if settings.migrate_on_start:
        upgrade_schema(settings.database_url)
    yield


app = FastAPI(
    title="docintake",
    version="1.0.0",
    summary="Document intake for the city's citizen services.",
    description=__doc__,
    lifespan=lifespan,
    openapi_tags=[
        {"name": "citizens", "description": "Upload documents and follow them by receipt."},
        {"name": "mailroom", "description": "Staff: batches, review and triage."},
        {"name": "authorities", "description": "Each authority's system: its own queue."},
        {"name": "operations", "description": "Health and readiness."},
    ],
)


class UploadSizeLimit:
    """Stop reading a POST body once it exceeds what an upload may be (413).

    FastAPI parses a multipart body completely before a handler runs, so without this a
    huge or endless upload would be spooled to disk first. Bounds bodies with and without
    a Content-Length.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, counting the body's bytes."""
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        settings: Settings = scope["app"].dependency_overrides.get(get_settings, get_settings)()
        limit = settings.max_files_per_upload * (
            settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES
        )
        too_large = HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            detail={"code": ServiceCode.TOO_LARGE.value, "message": "The upload is too large."},
        )
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > limit:
            response = JSONResponse(too_large.detail, status_code=too_large.status_code)
            await response(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise too_large
            return message

        await self.app(scope, counting_receive, send)


app.add_middleware(UploadSizeLimit)
review_ui.install(app)  # the mailroom's review pages under /review


@app.exception_handler(ServiceError)
async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
    return JSONResponse(
        status_code=HTTP_STATUS.get(exc.code, status.HTTP_400_BAD_REQUEST),
        content={"code": exc.code.value, "message": exc.message},
    )


@app.exception_handler(DBAPIError)
async def _database_unavailable(_request: Request, exc: DBAPIError) -> JSONResponse:
    """The database did not answer (restart, network): 503, and the client retries.

    Only connection-level failures are answered so; any other database error is a bug and
    stays a 500.
    """
    if not exc.connection_invalidated and not isinstance(exc, OperationalError | InterfaceError):
        raise exc
    logging.getLogger(__name__).warning("database unavailable: %s", type(exc.orig).__name__)
    return JSONResponse(
        status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
        content={
            "code": "database_unavailable",
            "message": "The service cannot reach its database right now; please try again.",
        },
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
    )


@app.exception_handler(RateLimited)
async def _rate_limited(_request: Request, exc: RateLimited) -> JSONResponse:
    return JSONResponse(
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        content={
            "code": "rate_limited",
            "message": f"Too many requests; please try again in {exc.retry_after} seconds.",
        },
        headers={"Retry-After": str(exc.retry_after)},
    )


@app.exception_handler(HTTPException)
async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
    detail = (
        exc.detail if isinstance(exc.detail, dict) else {"code": "error", "message": exc.detail}
    )
    return JSONResponse(status_code=exc.status_code, content=detail, headers=exc.headers)


# --- operations ----------------------------------------------------------------------------


@app.get("/healthz", tags=["operations"], response_model=Health)
def healthz() -> Health:
    """The process is up."""
    return Health(status="ok")


@app.get(
    "/readyz",
    tags=["operations"],
    response_model=Readiness,
    responses={503: {"model": Readiness}},
)
def readyz(settings: SettingsDep, response: Response) -> Readiness:
    """Redis and the database answer (503 if not)."""
    result = service.readiness(settings, _dispatcher(settings).connection)
    if not result.ready:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return result


# --- uploads -------------------------------------------------------------------------------


def _accept_files(
    settings: Settings,
    enqueuer: Enqueuer,
    files: list[UploadFile],
    request: Request,
    uploaded_by: str | None,
) -> tuple[str | None, list[UploadAccepted]]:
    """Check the upload's limits, then store and queue each file.

    Staff uploads (``uploaded_by`` set) become one batch; returns its id and the files.
    """
    if len(files) > settings.max_files_per_upload:
        raise ServiceError(
            ServiceCode.TOO_MANY_FILES,
            f"At most {settings.max_files_per_upload} files per upload.",
        )
    declared = int(request.headers.get("content-length") or 0)
    ceiling = len(files) * (settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES)
    # Refuse before storing anything, so a batch is accepted whole or not at all.
    if declared > ceiling or any((f.size or 0) > settings.max_upload_bytes for f in files):
        raise ServiceError(
            ServiceCode.TOO_LARGE,
            f"Each file may have at most {settings.max_upload_bytes} bytes.",
        )
    batch_id = service.start_batch(settings, uploaded_by) if uploaded_by is not None else None
    originals = OriginalStore(settings.originals_dir)
    accepted = [
        service.accept_upload(
            settings,
            originals,
            enqueuer,
            iter_file(upload.file),
            upload.filename,
            upload.content_type,
            uploaded_by,
            BatchSlot(batch_id, position) if batch_id is not None else None,
        )
        for position, upload in enumerate(files, start=1)
    ]
    return batch_id, accepted


UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    202: {"description": "Stored and queued; processing happens in the background."},
    507: {"model": ErrorBody, "description": "Storage full: nothing was kept; retry later."},
}


@app.post(
    f"/{API_VERSION}/documents",
    tags=["citizens"],
    status_code=status.HTTP_202_ACCEPTED,
    response_model=UploadResponse,
    responses=UPLOAD_RESPONSES,
)
def upload_documents(
    settings: SettingsDep,
    enqueuer: EnqueuerDep,
    limiter: RateLimiterDep,
    request: Request,
    files: Annotated[list[UploadFile], File(description="One or more PDFs or scans.")],
) -> UploadResponse:
    """Upload one or more files. Each gets a document id and a receipt token (shown once).

    The same file uploaded again is answered with the existing document and a new token.
    Uploads per client address are rate limited (429 with ``Retry-After``).
    """
    limit = Limit("uploads", settings.rate_limit_uploads, settings.rate_limit_window_seconds)
    if limit.count:
        limiter.hit(limit, _client(request))
    _batch_id, accepted = _accept_files(settings, enqueuer, files, request, None)
    return UploadResponse(documents=accepted)


@app.get(
    f"/{API_VERSION}/documents/{{document_id}}",
    tags=["citizens"],
    response_model=CitizenDocument,
    responses=ERRORS,
)
def document_status(
    settings: SettingsDep,
    limiter: RateLimiterDep,
    request: Request,
    token: ReceiptDep,
    document_id: Annotated[str, Path(max_length=64, examples=["d-3f9c2a7b1e4d5c6a8b90"])],
) -> CitizenDocument:
    """Status and problems of your own upload (needs its receipt token; no field values).

    Wrong tokens per client address are rate limited (429 with ``Retry-After``).
    """
    limit = Limit(
        "receipt-failures",
        settings.rate_limit_receipt_failures,
        settings.rate_limit_window_seconds,
    )
    if not limit.count:
        return service.citizen_view(settings, token, document_id)
    who = _client(request)
    limiter.check(limit, who)
    try:
        return service.citizen_view(settings, token, document_id)
    except ServiceError:
        limiter.hit(limit, who)
        raise


@app.post(
    f"/{API_VERSION}/mailroom/batches",
    tags=["mailroom"],
    status_code=status.HTTP_202_ACCEPTED,
    response_model=BatchUploadResponse,
    responses=UPLOAD_RESPONSES,
)
def upload_batch(
    settings: SettingsDep,
    enqueuer: EnqueuerDep,
    principal: StaffDep,
    request: Request,
    files: Annotated[list[UploadFile], File(description="The batch's scans.")],
) -> BatchUploadResponse:
    """Upload a batch of scans from the mailroom; follow it with the batch id it answers."""
    batch_id, accepted = _accept_files(
        settings, enqueuer, files, request, principal.credential_id
    )
    assert batch_id is not None  # staff uploads always form a batch
    return BatchUploadResponse(batch_id=batch_id, documents=accepted)


@app.get(
    f"/{API_VERSION}/mailroom/batches/{{batch_id}}",
    tags=["mailroom"],
    response_model=BatchProgress,
    responses=ERRORS,
)
def batch_progress(
    settings: SettingsDep,
    _principal: StaffDep,
    batch_id: Annotated[str, Path(max_length=64, examples=["b-6f1c0d2e3a4b5c6d7e8f"])],
) -> BatchProgress:
    """Pages done of total, documents found, and counts per status of one batch."""
    return service.batch_progress(settings, batch_id)


# --- mailroom ------------------------------------------------------------------------------


@app.get(
    f"/{API_VERSION}/mailroom/queues/{{queue}}/cases",
    tags=["mailroom"],
    response_model=CasePage,
    responses=ERRORS,
)
def mailroom_queue(
    settings: SettingsDep,
    principal: StaffDep,
    queue: Annotated[Queue, Path(description="review or triage")],
    cursor: CursorQ = None,
    limit: LimitQ = None,
) -> CasePage:
    """The cases in ``review`` or ``triage``, oldest first, with their values."""
    if queue not in service.MAILROOM_QUEUES:
        raise ServiceError(ServiceCode.NOT_FOUND, "The mailroom works review and triage.")
    page = service.list_queue(settings, queue, cursor, limit)
    _audit(settings, principal, AuditAction.LISTED, [c.document_id for c in page.items])
    return page


@app.get(
    f"/{API_VERSION}/mailroom/cases/{{case_id}}",
    tags=["mailroom"],
    response_model=Case,
    responses=ERRORS,
)
def mailroom_case(settings: SettingsDep, principal: StaffDep, case_id: CaseId) -> Case:
    """One case in review or triage."""
    case = service.mailroom_case(settings, case_id)
    _audit(settings, principal, AuditAction.READ, [case.document_id])
    return case


@app.get(
    f"/{API_VERSION}/mailroom/cases/{{case_id}}/events",
    tags=["mailroom"],
    response_model=list[CaseEvent],
    responses=ERRORS,
)
def case_events(settings: SettingsDep, _principal: StaffDep, case_id: CaseId) -> list[CaseEvent]:
    """A case's audit trail: created, corrected, re-routed, claimed, acknowledged."""
    return service.case_history(settings, case_id)


@app.post(
    f"/{API_VERSION}/mailroom/cases/{{case_id}}/corrections",
    tags=["mailroom"],
    response_model=Case,
    responses=ERRORS,
)
def correct_case(
    settings: SettingsDep,
    pipeline: PipelineDep,
    principal: StaffDep,
    case_id: CaseId,
    body: CorrectionRequest,
) -> Case:
    """Correct fields of a case in review; it re-validates and, if valid, routes on."""
    case = service.correct_case(settings, pipeline, case_id, body.fields, principal.credential_id)
    _audit(settings, principal, AuditAction.CORRECTED, [case.document_id], sorted(body.fields))
    return case


@app.post(
    f"/{API_VERSION}/mailroom/cases/{{case_id}}/reroute",
    tags=["mailroom"],
    response_model=Case,
    responses=ERRORS,
)
def reroute_case(
    settings: SettingsDep,
    pipeline: PipelineDep,
    principal: StaffDep,
    case_id: CaseId,
    body: RerouteRequest,
) -> Case:
    """Route a triage case by hand: with a type (validated and routed by the pipeline),
    to an authority's queue, or to review with its type and target authority."""
    case = service.reroute_case(
        settings,
        pipeline,
        case_id,
        body.queue,
        body.document_type,
        body.target_queue,
        principal.credential_id,
    )
    _audit(settings, principal, AuditAction.REROUTED, [case.document_id])
    return case


# --- authorities ---------------------------------------------------------------------------


@app.get(f"/{API_VERSION}/cases", tags=["authorities"], response_model=CasePage, responses=ERRORS)
def list_cases(
    settings: SettingsDep,
    queue: AuthorityDep,
    principal: PrincipalDep,
    state: CaseState = CaseState.OPEN,
    cursor: CursorQ = None,
    limit: LimitQ = None,
) -> CasePage:
    """Your queue's cases, oldest first: ``open`` (not acknowledged), ``claimable``, ``all``."""
    page = service.list_queue(settings, queue, cursor, limit, state)
    _audit(settings, principal, AuditAction.LISTED, [c.document_id for c in page.items])
    return page


@app.post(
    f"/{API_VERSION}/cases/claim-next",
    tags=["authorities"],
    response_model=Lease,
    responses={**ERRORS, 204: {"description": "Nothing to claim."}},
)
def claim_next(settings: SettingsDep, queue: AuthorityDep, principal: PrincipalDep) -> Any:
    """Claim the oldest claimable case of your queue (204 if there is none)."""
    lease = service.claim_next(settings, queue, principal.credential_id)
    if lease is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    _audit(settings, principal, AuditAction.CLAIMED, [lease.case.document_id])
    return lease


@app.get(
    f"/{API_VERSION}/cases/{{case_id}}",
    tags=["authorities"],
    response_model=Case,
    responses=ERRORS,
)
def get_case(
    settings: SettingsDep, queue: AuthorityDep, principal: PrincipalDep, case_id: CaseId
) -> Case:
    """One case of your queue (404 for cases of any other queue)."""
    case = service.authority_case(settings, queue, case_id)
    _audit(settings, principal, AuditAction.READ, [case_id])
    return case


@app.post(
    f"/{API_VERSION}/cases/{{case_id}}/claim",
    tags=["authorities"],
    response_model=Lease,
    responses=ERRORS,
)
def claim_case(
    settings: SettingsDep, queue: AuthorityDep, principal: PrincipalDep, case_id: CaseId
) -> Lease:
    """Claim a case for ``lease_seconds``; unacknowledged, it becomes claimable again."""
    lease = service.claim_case(settings, queue, case_id, principal.credential_id)
    _audit(settings, principal, AuditAction.CLAIMED, [case_id])
    return lease


@app.post(
    f"/{API_VERSION}/cases/{{case_id}}/renew",
    tags=["authorities"],
    response_model=Lease,
    responses=ERRORS,
)
def renew_lease(
    settings: SettingsDep, queue: AuthorityDep, case_id: CaseId, body: AckRequest
) -> Lease:
    """Extend a live lease by ``lease_seconds`` (409 if it already ended)."""
    return service.renew_lease(settings, queue, case_id, body.lease_id)


@app.post(
    f"/{API_VERSION}/cases/{{case_id}}/ack",
    tags=["authorities"],
    response_model=Case,
    responses=ERRORS,
)
def acknowledge_case(
    settings: SettingsDep,
    queue: AuthorityDep,
    principal: PrincipalDep,
    case_id: CaseId,
    body: AckRequest,
) -> Case:
    """Acknowledge a claimed case under its live lease (409 if the lease ended)."""
    case = service.acknowledge_case(settings, queue, case_id, body.lease_id)
    _audit(settings, principal, AuditAction.ACKNOWLEDGED, [case_id])
    return case


# --- deletion ------------------------------------------------------------------------------


class DeletedDocument(BaseModel):
    """What a deletion removed (the audit entries stay)."""

    document_id: str = Field(examples=["d-3f9c2a7b1e4d5c6a8b90"])
    cases_deleted: int = Field(examples=[1])
    original_deleted: bool = Field(examples=[True])


@app.delete(
    f"/{API_VERSION}/mailroom/documents/{{document_id}}",
    tags=["mailroom"],
    response_model=DeletedDocument,
    responses=ERRORS,
)
def delete_document(
    settings: SettingsDep,
    principal: StaffDep,
    document_id: Annotated[str, Path(max_length=64, examples=["d-3f9c2a7b1e4d5c6a8b90"])],
) -> DeletedDocument:
    """Delete a document on request: its cases, their values, receipts and the original.

    An audit entry per case (who, when; no values) is kept.
    """
    deleted = retention.delete_document(
        settings, OriginalStore(settings.originals_dir), document_id, principal.credential_id
    )
    if deleted is None:
        raise ServiceError(ServiceCode.NOT_FOUND, "No such document.")
    return DeletedDocument(
        document_id=deleted.document_id,
        cases_deleted=len(deleted.case_ids),
        original_deleted=deleted.original_deleted,
    )
