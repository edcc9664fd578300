"""The review page: mailroom staff work the ``review`` and ``triage`` queues in a browser.

Server-rendered HTML (Jinja2) with a little JavaScript for keyboard shortcuts; every
action is a link or a form, so it works by Tab and Enter alone. Corrections and re-routes
go through :mod:`intake.service` exactly as the JSON API's do.

Authentication: staff sign in with their credential and get a server-side session cookie
(:mod:`intake.staff_session`): HttpOnly, SameSite=Strict, Secure over https, scoped to
``/review``. Every state-changing form carries the session's CSRF token. A staff bearer
header is accepted too (scripts); an authority's credential gets 403, no credential 401.
Pages are never cached (they show personal data) and forbid framing and foreign scripts.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Final

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from intake import audit, service
from intake.audit import AuditAction
from intake.auth import authenticate
from intake.originals import OriginalStore
from intake.page_image import PageImageError, page_frame, render_page
from intake.records import AUTHORITY_QUEUES, DocumentRecord, Queue, Status
from intake.service import MAILROOM_QUEUES, Case, Pipeline, ServiceCode, ServiceError
from intake.settings import Settings, get_settings
from intake.staff_session import (
    LoginError,
    NotStaffError,
    StaffSession,
    csrf_matches,
    current_session,
    sign_in,
    sign_out,
)
from intake.store import CredentialKind, get_case, get_document, session_scope, utcnow
from schemas.registry import TYPES

PREFIX: Final[str] = "/review"
SESSION_COOKIE: Final[str] = "docintake_session"
LOGIN_COOKIE: Final[str] = "docintake_login"
FIELD_PREFIX: Final[str] = "field:"
#: The session id of a request authenticated by a staff bearer header instead of a cookie.
BEARER: Final[str] = "bearer"
#: Cases listed per page, and looked at for the previous/next links of a case.
LIST_LIMIT: Final[int] = 50
NEIGHBOUR_WINDOW: Final[int] = 200
HERE = Path(__file__).resolve().parent
STATIC_FILES: Final[dict[str, str]] = {"review.css": "text/css", "review.js": "text/javascript"}
SECURITY_HEADERS: Final[dict[str, str]] = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
PAGE_STATUS: Final[dict[ServiceCode, int]] = {
    ServiceCode.NOT_FOUND: 404,
    ServiceCode.NOT_IN_REVIEW: 409,
    ServiceCode.NOT_IN_TRIAGE: 409,
}

templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(prefix=PREFIX, include_in_schema=False)
SettingsDep = Annotated[Settings, Depends(get_settings)]


class ReviewAuthError(Exception):
    """A review page asked for without staff credentials (answered with the login page)."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message


# --- view models ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One input of the correction form."""

    name: str
    label: str
    value: str
    confidence: float | None
    reasons: list[str]
    page: int | None
    has_box: bool

    @property
    def doubtful(self) -> bool:
        """Whether a problem names this field."""
        return bool(self.reasons)


@dataclass(frozen=True, slots=True)
class Box:
    """A field's box on the page shown, in the page frame's units."""

    name: str
    label: str
    x: float
    y: float
    width: float
    height: float
    doubtful: bool


@dataclass(slots=True)
class CaseView:
    """Everything the case template shows."""

    case: Case
    fields: list[FieldRow]
    general_problems: list[str]
    page: int | None
    pages: list[int]
    frame: tuple[float, float] | None
    boxes: list[Box] = field(default_factory=list)
    previous_id: str | None = None
    next_id: str | None = None
    page_error: str | None = None


# --- authentication ------------------------------------------------------------------------


def page_staff(request: Request, settings: SettingsDep) -> StaffSession:
    """The signed-in staff member (session cookie or staff bearer), else 401/403."""
    staff = current_session(settings, request.cookies.get(SESSION_COOKIE))
    if staff is not None:
        return staff
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token:
        with session_scope(settings.database_url) as session:
            principal = authenticate(session, token)
        if principal is not None and principal.kind is CredentialKind.STAFF:
            # A header is never sent by a browser on its own: no CSRF token needed.
            return StaffSession(BEARER, principal, "", expires_at=datetime.max)
        if principal is not None:
            raise ReviewAuthError(403, NotStaffError().args[0])
    raise ReviewAuthError(401, "Please sign in with your staff credential.")


StaffDep = Annotated[StaffSession, Depends(page_staff)]


def _check_csrf(staff: StaffSession, form: FormData) -> None:
    if staff.session_id == BEARER:
        return
    submitted = form.get("csrf_token")
    if not csrf_matches(staff, submitted if isinstance(submitted, str) else None):
        raise ReviewAuthError(403, "The form has expired; reload the page and try again.")


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


# --- rendering -----------------------------------------------------------------------------


def _page(
    request: Request,
    template: str,
    context: dict[str, Any],
    status_code: int = 200,
    staff: StaffSession | None = None,
) -> Response:
    context = {"staff": staff, "csrf_token": staff.csrf_token if staff else "", **context}
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response


def _redirect(url: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    response.headers.update(SECURITY_HEADERS)
    return response


def _login_page(request: Request, status_code: int, message: str | None) -> Response:
    nonce = secrets.token_urlsafe(24)
    response = _page(
        request, "login.html", {"message": message, "login_token": nonce}, status_code
    )
    response.set_cookie(
        LOGIN_COOKIE,
        nonce,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path=PREFIX,
        max_age=3600,
    )
    return response


async def review_auth_error(request: Request, exc: Exception) -> Response:
    """Answer pages asked for without staff credentials with the sign-in form."""
    assert isinstance(exc, ReviewAuthError)
    return _login_page(request, exc.status_code, exc.message)


def install(app: FastAPI) -> None:
    """Mount the review pages on ``app`` (with their sign-in answer to 401/403)."""
    app.include_router(router)
    app.add_exception_handler(ReviewAuthError, review_auth_error)


# --- sign in and out -----------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request) -> Response:
    """The sign-in form."""
    return _login_page(request, 200, None)


@router.post("/login")
async def login(request: Request, settings: SettingsDep) -> Response:
    """Check a staff credential and open a session (cookie); never puts the token in a URL."""
    form = await request.form()
    nonce = request.cookies.get(LOGIN_COOKIE, "")
    submitted = str(form.get("login_token") or "")
    if not nonce or not hmac.compare_digest(nonce, submitted):
        return _login_page(request, 403, "The sign-in form has expired; please try again.")
    token = str(form.get("token") or "").strip()
    try:
        issued = await run_in_threadpool(sign_in, settings, token)
    except LoginError as exc:
        return _login_page(request, exc.status_code, str(exc))
    response = _redirect(f"{PREFIX}/queues/review")
    response.set_cookie(
        SESSION_COOKIE,
        issued.cookie,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        path=PREFIX,
        max_age=int((issued.session.expires_at - utcnow()).total_seconds()),
    )
    response.delete_cookie(LOGIN_COOKIE, path=PREFIX)
    return response


@router.post("/logout")
async def logout(request: Request, settings: SettingsDep, staff: StaffDep) -> Response:
    """End the session."""
    _check_csrf(staff, await request.form())
    if staff.session_id != BEARER:
        await run_in_threadpool(sign_out, settings, staff.session_id)
    response = _redirect(f"{PREFIX}/login")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


# --- lists ---------------------------------------------------------------------------------


@router.get("")
def home(_staff: StaffDep) -> Response:
    """The review queue."""
    return _redirect(f"{PREFIX}/queues/review")


def _mailroom_queue(name: str) -> Queue:
    if name not in {queue.value for queue in MAILROOM_QUEUES}:
        raise ServiceError(ServiceCode.NOT_FOUND, "The mailroom works review and triage.")
    return Queue(name)


def _moved_notice(settings: Settings, case_id: str | None) -> str | None:
    """What happened to a case the clerk just finished (status and queue only)."""
    if not case_id:
        return None
    with session_scope(settings.database_url) as session:
        row = get_case(session, case_id[:128])
        if row is None:
            return None
        if row.status is Status.ROUTED:
            return f"Case {row.id} was routed to {row.queue.value}."
        return f"Case {row.id} is now in {row.queue.value}."


@router.get("/queues/{queue}")
def queue_page(
    request: Request,
    settings: SettingsDep,
    staff: StaffDep,
    queue: Annotated[str, PathParam(max_length=32)],
    cursor: str | None = None,
    moved: str | None = None,
) -> Response:
    """The cases of ``review`` or ``triage``, oldest first."""
    try:
        which = _mailroom_queue(queue)
        page = service.list_queue(settings, which, cursor, LIST_LIMIT)
    except ServiceError as exc:
        return _error_page(request, staff, exc)
    context = {
        "queue": which.value,
        "cases": page.items,
        "next_cursor": page.next_cursor,
        "notice": _moved_notice(settings, moved),
    }
    return _page(request, "queue.html", context, staff=staff)


# --- one case ------------------------------------------------------------------------------


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_display(v) for v in value)
    return str(value)


def _field_rows(record: DocumentRecord) -> list[FieldRow]:
    """The type's fields in catalog order (missing ones too), then any others found."""
    reasons: dict[str, list[str]] = {}
    for problem in record.problems:
        if problem.field:
            reasons.setdefault(problem.field, []).append(problem.message)
    doc_type = TYPES.get(record.document_type or "")
    specs = {s.name: s.labels[0].text if s.labels else s.name for s in doc_type.fields} if (
        doc_type
    ) else {}
    names = [*specs, *(n for n in record.fields if n not in specs)]
    names += [n for n in reasons if n not in names]
    rows = []
    for name in names:
        found = record.fields.get(name)
        rows.append(
            FieldRow(
                name=name,
                label=specs.get(name, name.replace("_", " ")),
                value=_display(found.value) if found else "",
                confidence=found.confidence if found else None,
                reasons=reasons.get(name, []),
                page=found.page if found else None,
                has_box=bool(found and found.bbox),
            )
        )
    return rows


def _boxes(record: DocumentRecord, rows: list[FieldRow], page: int) -> list[Box]:
    by_name = {row.name: row for row in rows}
    boxes = []
    for name, found in record.fields.items():
        if found.page != page or not found.bbox or len(found.bbox) != 4:
            continue
        x0, y0, x1, y1 = found.bbox
        row = by_name.get(name)
        boxes.append(
            Box(
                name=name,
                label=row.label if row else name,
                x=x0,
                y=y0,
                width=max(1, x1 - x0),
                height=max(1, y1 - y0),
                doubtful=bool(row and row.doubtful),
            )
        )
    return boxes


def _neighbours(settings: Settings, case: Case) -> tuple[str | None, str | None]:
    page = service.list_queue(settings, case.queue, None, NEIGHBOUR_WINDOW)
    ids = [c.document_id for c in page.items]
    if case.document_id not in ids:
        return None, ids[0] if ids else None
    index = ids.index(case.document_id)
    previous = ids[index - 1] if index > 0 else None
    following = ids[index + 1] if index + 1 < len(ids) else None
    return previous, following


def _original(settings: Settings, case_id: str) -> bytes:
    with session_scope(settings.database_url) as session:
        row = get_case(session, case_id)
        document = get_document(session, row.document_id) if row is not None else None
        if document is None:
            raise ServiceError(ServiceCode.NOT_FOUND, "No such case.")
        sha256 = document.sha256
    return OriginalStore(settings.originals_dir).read(sha256)


def _first_page(record: DocumentRecord, rows: list[FieldRow]) -> int | None:
    """The page of the first doubtful field with a box, else the document's first page."""
    for row in rows:
        if row.doubtful and row.page is not None:
            return row.page
    return record.pages[0] if record.pages else None


def _case_view(settings: Settings, case_id: str, page: int | None) -> CaseView:
    case = service.mailroom_case(settings, case_id)
    rows = _field_rows(case)
    shown = page if page in case.pages else _first_page(case, rows)
    previous, following = _neighbours(settings, case)
    view = CaseView(
        case=case,
        fields=rows,
        general_problems=[p.message for p in case.problems if not p.field],
        page=shown,
        pages=case.pages,
        frame=None,
        previous_id=previous,
        next_id=following,
    )
    if shown is None:
        return view
    try:
        view.frame = page_frame(_original(settings, case_id), shown)
    except (PageImageError, FileNotFoundError) as exc:
        view.page_error = str(exc) if isinstance(exc, PageImageError) else "Original missing."
        return view
    view.boxes = _boxes(case, rows, shown)
    return view


def _case_page(
    request: Request,
    staff: StaffSession,
    view: CaseView,
    status_code: int = 200,
    message: str | None = None,
    typed: dict[str, str] | None = None,
    notice: str | None = None,
) -> Response:
    context = {
        "view": view,
        "case": view.case,
        "message": message,
        "typed": typed or {},
        "notice": notice,
        "types": sorted(TYPES),
        "authorities": [q.value for q in AUTHORITY_QUEUES],
        "field_prefix": FIELD_PREFIX,
    }
    return _page(request, "case.html", context, status_code, staff)


def _error_page(request: Request, staff: StaffSession, exc: ServiceError) -> Response:
    status_code = PAGE_STATUS.get(exc.code, 422)
    return _page(request, "error.html", {"message": exc.message}, status_code, staff)


@router.get("/cases/{case_id}")
def case_page(
    request: Request,
    settings: SettingsDep,
    staff: StaffDep,
    case_id: Annotated[str, PathParam(max_length=128)],
    page: int | None = None,
    moved: str | None = None,
) -> Response:
    """One case: its page with the field boxes, its problems, and the form to fix it."""
    try:
        view = _case_view(settings, case_id, page)
    except ServiceError as exc:
        return _error_page(request, staff, exc)
    _audit(settings, staff, AuditAction.READ, view.case.document_id)
    return _case_page(request, staff, view, notice=_moved_notice(settings, moved))


def _audit(settings: Settings, staff: StaffSession, action: AuditAction, document_id: str,
           fields: list[str] | None = None) -> None:
    """Who read or changed which case through these pages (field names at most)."""
    audit.record(settings.database_url, staff.principal.credential_id, action, [document_id],
                 {"fields": fields} if fields else None)


@router.get("/cases/{case_id}/pages/{number}.png")
def page_png(
    settings: SettingsDep,
    _staff: StaffDep,
    case_id: Annotated[str, PathParam(max_length=128)],
    number: Annotated[int, PathParam(ge=1, le=10_000)],
) -> Response:
    """A page of the case's original, rendered for the screen (staff only)."""
    case = service.mailroom_case(settings, case_id)
    if number not in case.pages:
        raise ServiceError(ServiceCode.NOT_FOUND, "The case has no such page.")
    try:
        image = render_page(_original(settings, case_id), number)
    except (PageImageError, FileNotFoundError) as exc:
        raise ServiceError(ServiceCode.NOT_FOUND, "The page cannot be shown.") from exc
    return Response(image.png, media_type="image/png", headers=SECURITY_HEADERS)


def _typed_fields(form: FormData) -> dict[str, str]:
    return {
        key[len(FIELD_PREFIX) :]: str(value).strip()
        for key, value in form.multi_items()
        if key.startswith(FIELD_PREFIX) and isinstance(value, str)
    }


def _corrections(record: DocumentRecord, typed: dict[str, str]) -> dict[str, object]:
    """What the clerk changed, plus the doubtful fields they confirmed as shown.

    A doubtful field left unchanged counts as checked by the clerk (confidence 1.0 after
    re-validation); untouched certain fields are not sent, so their confidence stays.
    """
    doubtful = {p.field for p in record.problems if p.field}
    out: dict[str, object] = {}
    for name, value in typed.items():
        found = record.fields.get(name)
        shown = _display(found.value) if found else ""
        if value != shown or (name in doubtful and value):
            out[name] = value
    return out


@lru_cache(maxsize=4)
def _pipeline(module_name: str, threshold: float | None) -> Pipeline:
    return service.load_pipeline(module_name, threshold)


@router.post("/cases/{case_id}/correct")
async def correct(
    request: Request,
    settings: SettingsDep,
    staff: StaffDep,
    case_id: Annotated[str, PathParam(max_length=128)],
) -> Response:
    """Save the clerk's values and confirm: the case re-validates and routes on if valid."""
    form = await request.form()
    _check_csrf(staff, form)
    typed = _typed_fields(form)
    pipeline = _pipeline(settings.pipeline_module, settings.confidence_threshold)
    try:
        current = await run_in_threadpool(service.mailroom_case, settings, case_id)
        changes = _corrections(current, typed)
        case = await run_in_threadpool(
            service.correct_case,
            settings,
            pipeline,
            case_id,
            changes,
            staff.principal.credential_id,
        )
    except ServiceError as exc:
        return await _case_error(request, settings, staff, case_id, exc, typed)
    await run_in_threadpool(_audit, settings, staff, AuditAction.CORRECTED, case.document_id,
                            sorted(changes))
    if case.status is Status.ROUTED:
        return _redirect(f"{PREFIX}/queues/review?moved={case_id}")
    view = await run_in_threadpool(_case_view, settings, case_id, None)
    message = "Still in review: the fields marked below need another look."
    return _case_page(request, staff, view, 422, message, typed)


async def _case_error(
    request: Request,
    settings: Settings,
    staff: StaffSession,
    case_id: str,
    exc: ServiceError,
    typed: dict[str, str] | None = None,
) -> Response:
    try:
        view = await run_in_threadpool(_case_view, settings, case_id, None)
    except ServiceError:
        return _error_page(request, staff, exc)
    return _case_page(request, staff, view, PAGE_STATUS.get(exc.code, 422), exc.message, typed)


@router.post("/cases/{case_id}/reroute")
async def reroute(
    request: Request,
    settings: SettingsDep,
    staff: StaffDep,
    case_id: Annotated[str, PathParam(max_length=128)],
) -> Response:
    """Give a triage case a type by hand (and optionally an authority's queue)."""
    form = await request.form()
    _check_csrf(staff, form)
    document_type = str(form.get("document_type") or "").strip() or None
    queue_name = str(form.get("queue") or "").strip()
    queue = Queue(queue_name) if queue_name in {q.value for q in AUTHORITY_QUEUES} else None
    pipeline = _pipeline(settings.pipeline_module, settings.confidence_threshold)
    try:
        case = await run_in_threadpool(
            service.reroute_case,
            settings,
            pipeline,
            case_id,
            queue,
            document_type,
            None,
            staff.principal.credential_id,
        )
    except ServiceError as exc:
        return await _case_error(request, settings, staff, case_id, exc)
    await run_in_threadpool(_audit, settings, staff, AuditAction.REROUTED, case.document_id)
    if case.status is Status.REVIEW:
        return _redirect(f"{PREFIX}/cases/{case_id}?moved={case_id}")
    return _redirect(f"{PREFIX}/queues/triage?moved={case_id}")


# --- static files --------------------------------------------------------------------------


@router.get("/static/{name}")
def static_file(name: Annotated[str, PathParam(max_length=32)]) -> Response:
    """The page's stylesheet and script (a fixed list: no paths from the request)."""
    media_type = STATIC_FILES.get(name)
    if media_type is None:
        return Response(status_code=404)
    return FileResponse(
        HERE / "static" / name, media_type=media_type, headers={"Cache-Control": "max-age=300"}
    )
