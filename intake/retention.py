"""Deleting a case and its original: on request (staff) and when its retention ends.

A deletion removes everything that holds personal data: the document row (its file
name), its cases (the values), their history, receipts, batch links and the original
file. What stays is one audit entry per case saying who deleted it and when.

Safe to run concurrently and from cron on any machine: each document is deleted in its
own transaction by a conditional DELETE that only one caller wins, and the original is
unlinked only after that commit and only if no document (a new upload of the same
bytes) refers to it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from intake.audit import AuditAction, add_entries
from intake.originals import OriginalStore
from intake.records import Status
from intake.settings import Settings
from intake.store import (
    BatchDocumentRow,
    CaseEventRow,
    CaseRow,
    DocumentRow,
    ReceiptRow,
    _rowcount,
    cases_of_document,
    db_now,
    find_document_by_sha,
    get_document,
    session_scope,
)

log = logging.getLogger(__name__)

FINISHED = (Status.ROUTED, Status.REVIEW, Status.TRIAGE)


@dataclass(frozen=True)
class Deleted:
    """What one deletion removed."""

    document_id: str
    case_ids: list[str]
    original_deleted: bool


class OriginalsFolderMissingError(RuntimeError):
    """The originals folder is not here: deleting rows would orphan files elsewhere."""


def delete_document(
    settings: Settings,
    originals: OriginalStore,
    document_id: str,
    actor: str,
    action: AuditAction = AuditAction.DELETED,
) -> Deleted | None:
    """Delete a document, its cases and its original; keep an audit entry per case.

    Returns:
        What was deleted, or None if there is no such document (or another caller
        deleted it first).
    """
    with session_scope(settings.database_url) as session:
        document = get_document(session, document_id)
        if document is None:
            return None
        sha256 = document.sha256
        case_ids = [row.id for row in cases_of_document(session, document_id)]
        if case_ids:
            session.execute(delete(CaseEventRow).where(CaseEventRow.case_id.in_(case_ids)))
        session.execute(delete(CaseRow).where(CaseRow.document_id == document_id))
        session.execute(delete(ReceiptRow).where(ReceiptRow.document_id == document_id))
        session.execute(
            delete(BatchDocumentRow).where(BatchDocumentRow.document_id == document_id)
        )
        result = session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
        if _rowcount(result) != 1:
            session.rollback()
            return None
        add_entries(
            session,
            actor,
            action,
            case_ids or [f"{document_id}-0"],
            document_id=document_id,
            detail={"cases": len(case_ids)},
        )
    with session_scope(settings.database_url) as session:
        still_used = find_document_by_sha(session, sha256) is not None
    removed = False
    if not still_used:
        path = originals.path_for(sha256)
        removed = path.exists()
        path.unlink(missing_ok=True)
    log.info("document %s deleted (%s, %d cases)", document_id, action.value, len(case_ids))
    return Deleted(document_id=document_id, case_ids=case_ids, original_deleted=removed)


def retention_for(settings: Settings, document_types: Sequence[str | None]) -> timedelta:
    """How long a document is kept: the longest retention of the types found in it."""
    days = [
        settings.retention_days.get(t, settings.retention_default_days) if t else
        settings.retention_default_days
        for t in document_types
    ] or [settings.retention_default_days]
    return timedelta(days=max(days))


def expired_documents(
    settings: Settings, now: datetime | None = None, limit: int = 1000
) -> list[str]:
    """Finished documents past their retention whose routed cases were all acknowledged.

    A routed case its authority has not acknowledged is never purged: that would lose
    work nobody has taken over.
    """
    shortest = min(
        [settings.retention_default_days, *settings.retention_days.values()], default=0
    )
    with session_scope(settings.database_url) as session:
        now = now or db_now(session)
        candidates = session.scalars(
            select(DocumentRow)
            .where(
                DocumentRow.status.in_(FINISHED),
                DocumentRow.finished_at < now - timedelta(days=shortest),
            )
            .order_by(DocumentRow.finished_at)
            .limit(limit)
        ).all()
        expired = []
        for document in candidates:
            cases = cases_of_document(session, document.id)
            if any(c.status is Status.ROUTED and c.acked_at is None for c in cases):
                continue
            keep = retention_for(settings, [c.document_type for c in cases])
            if document.finished_at is not None and document.finished_at < now - keep:
                expired.append(document.id)
        return expired


def purge_expired(
    settings: Settings, now: datetime | None = None, dry_run: bool = False
) -> list[str]:
    """Delete every document past its retention (see :func:`expired_documents`).

    Raises:
        OriginalsFolderMissingError: the originals folder is not on this machine.
    """
    if not settings.originals_dir.is_dir():
        raise OriginalsFolderMissingError(
            f"The originals folder {settings.originals_dir} does not exist here; run the "
            "purge where it is mounted, or the originals would stay behind."
        )
    originals = OriginalStore(settings.originals_dir)
    expired = expired_documents(settings, now)
    if dry_run:
        return expired
    done = []
    for document_id in expired:
        if delete_document(settings, originals, document_id, "retention", AuditAction.PURGED):
            done.append(document_id)
    return done
