"""The audit log: who read or changed which case, when. It outlives the cases it names.

Kept apart from ``case_events`` (a case's own history, shown to the mailroom and deleted
with the case): an audit entry survives deletion, so that "who saw this person's data"
can be answered after the data is gone. Entries hold ids and codes, never field values or
file names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from intake.store import Base, db_now, session_scope


class AuditAction(StrEnum):
    """What an actor did to a case."""

    READ = "read"
    LISTED = "listed"
    CLAIMED = "claimed"
    ACKNOWLEDGED = "acknowledged"
    CORRECTED = "corrected"
    REROUTED = "rerouted"
    DELETED = "deleted"
    PURGED = "purged"


class AuditRow(Base):
    """One audit entry."""

    __tablename__ = "audit_log"
    # "What did this credential look at last month?" is the question audits ask.
    __table_args__ = (Index("ix_audit_log_actor_at", "actor", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[str | None] = mapped_column(String(64), index=True)
    case_id: Mapped[str | None] = mapped_column(String(128), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


def add_entries(
    session: Session,
    actor: str,
    action: AuditAction,
    case_ids: Iterable[str],
    *,
    document_id: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry per case (in the caller's transaction)."""
    now = db_now(session)
    for case_id in case_ids:
        session.add(
            AuditRow(
                at=now,
                actor=actor,
                action=action.value,
                document_id=document_id or _document_of(case_id),
                case_id=case_id,
                detail=detail or {},
            )
        )


def record(
    database_url: str,
    actor: str,
    action: AuditAction,
    case_ids: Sequence[str],
    detail: dict[str, Any] | None = None,
) -> None:
    """Append entries in their own transaction (after a read has been answered)."""
    if not case_ids:
        return
    with session_scope(database_url) as session:
        add_entries(session, actor, action, case_ids, detail=detail)


def entries_for(session: Session, document_id: str) -> Sequence[AuditRow]:
    """A document's audit entries, oldest first."""
    return session.scalars(
        select(AuditRow).where(AuditRow.document_id == document_id).order_by(AuditRow.id)
    ).all()


def _document_of(case_id: str) -> str:
    """Case ids are ``<document id>-<n>``."""
    return case_id.rsplit("-", 1)[0]
