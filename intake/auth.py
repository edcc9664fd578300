"""Credentials and receipt tokens: random, shown once, kept only as hashes.

A token looks like ``<id>.<secret>``: the id finds the row, the secret's SHA-256 is compared
with the stored hash in constant time. Secrets are 256 random bits, so a plain SHA-256
(no slow KDF) is enough at rest.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from intake.records import AUTHORITY_QUEUES, Queue
from intake.store import (
    CredentialKind,
    CredentialRow,
    ReceiptRow,
    get_credential,
    get_receipt,
    utcnow,
)

SECRET_BYTES = 32
ID_BYTES = 9
CREDENTIAL_ID_PREFIX = "cr_"
RECEIPT_ID_PREFIX = "rc_"


@dataclass(frozen=True)
class Principal:
    """Who a request comes from."""

    credential_id: str
    kind: CredentialKind
    authority: Queue | None


@dataclass(frozen=True)
class IssuedToken:
    """A freshly issued token (the only moment its secret is known)."""

    id: str
    token: str


def hash_secret(secret: str) -> str:
    """SHA-256 hex of a token's secret part."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _issue(prefix: str) -> tuple[str, str, str]:
    """A new (id, token, hash-of-secret)."""
    token_id = prefix + secrets.token_hex(ID_BYTES)
    secret = secrets.token_urlsafe(SECRET_BYTES)
    return token_id, f"{token_id}.{secret}", hash_secret(secret)


def _split(token: str) -> tuple[str, str] | None:
    token_id, dot, secret = token.strip().partition(".")
    if not dot or not token_id or not secret:
        return None
    return token_id, secret


def _matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(secret), stored_hash)


def create_credential(
    session: Session, kind: CredentialKind, authority: Queue | None, label: str
) -> IssuedToken:
    """Create a staff or authority credential and return its token (shown once).

    Args:
        session: Open session (the caller commits).
        kind: ``staff`` for the mailroom, ``authority`` for an authority's system.
        authority: The authority's queue; required for ``authority``, refused for ``staff``.
        label: Who holds it, for the listing (e.g. "Standesamt Fachverfahren").

    Returns:
        The credential id and its token.

    Raises:
        ValueError: The kind and authority do not fit together.
    """
    if kind is CredentialKind.AUTHORITY and authority not in AUTHORITY_QUEUES:
        msg = f"an authority credential needs one of: {', '.join(AUTHORITY_QUEUES)}"
        raise ValueError(msg)
    if kind is CredentialKind.STAFF and authority is not None:
        msg = "a staff credential has no authority"
        raise ValueError(msg)
    credential_id, token, token_hash = _issue(CREDENTIAL_ID_PREFIX)
    session.add(
        CredentialRow(
            id=credential_id,
            kind=kind,
            authority=authority,
            label=label,
            token_hash=token_hash,
            created_at=utcnow(),
        )
    )
    return IssuedToken(id=credential_id, token=token)


def revoke_credential(session: Session, credential_id: str) -> bool:
    """Revoke a credential; returns False if there is no such credential."""
    row = get_credential(session, credential_id)
    if row is None:
        return False
    if row.revoked_at is None:
        row.revoked_at = utcnow()
    return True


def authenticate(session: Session, token: str) -> Principal | None:
    """The principal a staff/authority token belongs to, or None if it is not valid."""
    parts = _split(token)
    if parts is None or not parts[0].startswith(CREDENTIAL_ID_PREFIX):
        return None
    row = get_credential(session, parts[0])
    if row is None or row.revoked_at is not None or not _matches(parts[1], row.token_hash):
        return None
    return Principal(credential_id=row.id, kind=row.kind, authority=row.authority)


def issue_receipt(session: Session, document_id: str) -> IssuedToken:
    """A new receipt token for a document (the caller commits)."""
    receipt_id, token, token_hash = _issue(RECEIPT_ID_PREFIX)
    session.add(
        ReceiptRow(
            id=receipt_id, document_id=document_id, token_hash=token_hash, created_at=utcnow()
        )
    )
    return IssuedToken(id=receipt_id, token=token)


def receipt_document_id(session: Session, token: str) -> str | None:
    """The document a receipt token opens, or None if it is not valid."""
    parts = _split(token)
    if parts is None or not parts[0].startswith(RECEIPT_ID_PREFIX):
        return None
    row = get_receipt(session, parts[0])
    if row is None or not _matches(parts[1], row.token_hash):
        return None
    return row.document_id
