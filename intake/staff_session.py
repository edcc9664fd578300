"""Browser sessions for mailroom staff on the review page: server-side, in the database.

A browser cannot send a bearer header when it follows a link, so staff sign in once with
their credential and get a session cookie instead. The cookie holds ``<id>.<secret>``;
the database keeps the secret's hash, the session's CSRF token and its expiry, so any API
process can check it and signing out (or revoking the credential) ends it everywhere.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from intake.auth import Principal, authenticate, hash_secret
from intake.settings import Settings
from intake.store import (
    CredentialKind,
    StaffSessionRow,
    add_staff_session,
    db_now,
    delete_staff_session,
    get_credential,
    get_staff_session,
    purge_staff_sessions,
    session_scope,
)

SESSION_ID_PREFIX: Final[str] = "ss_"
#: A working day: staff sign in again the next morning.
SESSION_LIFETIME: Final[timedelta] = timedelta(hours=10)


class LoginError(Exception):
    """A sign-in the review page refuses."""

    status_code = 401


class InvalidCredentialError(LoginError):
    """The token is not a valid, unrevoked credential."""

    def __init__(self) -> None:
        super().__init__("This credential is not valid.")


class NotStaffError(LoginError):
    """A valid credential that is not mailroom staff's (an authority's system)."""

    status_code = 403

    def __init__(self) -> None:
        super().__init__("Only mailroom staff may use the review page.")


@dataclass(frozen=True, slots=True)
class StaffSession:
    """A signed-in browser: who it is and the token its forms must carry."""

    session_id: str
    principal: Principal
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedSession:
    """A new session and its cookie value (the only moment the secret is known)."""

    cookie: str
    session: StaffSession


def sign_in(settings: Settings, token: str) -> IssuedSession:
    """Open a browser session for a staff credential.

    Raises:
        InvalidCredentialError: the token is not a valid credential.
        NotStaffError: the credential is an authority's.
    """
    with session_scope(settings.database_url) as session:
        principal = authenticate(session, token)
        if principal is None:
            raise InvalidCredentialError()
        if principal.kind is not CredentialKind.STAFF:
            raise NotStaffError()
        now = db_now(session)
        purge_staff_sessions(session, now)
        session_id = SESSION_ID_PREFIX + secrets.token_hex(12)
        secret = secrets.token_urlsafe(32)
        row = StaffSessionRow(
            id=session_id,
            credential_id=principal.credential_id,
            token_hash=hash_secret(secret),
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
        add_staff_session(session, row)
        staff = StaffSession(session_id, principal, row.csrf_token, row.expires_at)
    return IssuedSession(cookie=f"{session_id}.{secret}", session=staff)


def current_session(settings: Settings, cookie: str | None) -> StaffSession | None:
    """The live session a cookie belongs to, or None (unknown, expired, revoked)."""
    session_id, dot, secret = (cookie or "").partition(".")
    if not dot or not session_id.startswith(SESSION_ID_PREFIX) or not secret:
        return None
    with session_scope(settings.database_url) as session:
        row = get_staff_session(session, session_id)
        if row is None or not hmac.compare_digest(hash_secret(secret), row.token_hash):
            return None
        if row.expires_at <= db_now(session):
            return None
        credential = get_credential(session, row.credential_id)
        if credential is None or credential.revoked_at is not None:
            return None
        principal = Principal(credential.id, credential.kind, credential.authority)
        return StaffSession(row.id, principal, row.csrf_token, row.expires_at)


def sign_out(settings: Settings, session_id: str) -> None:
    """End a session (its cookie stops working in every API process)."""
    with session_scope(settings.database_url) as session:
        delete_staff_session(session, session_id)


def csrf_matches(staff: StaffSession, submitted: str | None) -> bool:
    """Whether a form post carries this session's CSRF token."""
    return bool(submitted) and hmac.compare_digest(staff.csrf_token, str(submitted))
