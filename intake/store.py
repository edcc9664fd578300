"""The case store: SQLAlchemy 2 models and the repository functions over them.

Four nouns: a *document* is one uploaded file (content-addressed, processed by a job); a
*case* is one record the pipeline found in it (the output contract's record, routed to one
queue); a *receipt* lets a citizen see one document; a *credential* lets staff or an
authority's system in. Every write that must happen once is a conditional ``UPDATE`` or
keyed by a primary key, so several API processes and worker machines can share one
database without relying on any process's memory.

SQLite is the zero-set-up default; PostgreSQL is one URL away. The schema is owned by the
Alembic migrations in ``migrations/``; :func:`upgrade_schema` applies them.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from intake.records import Queue, Status

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class CredentialKind(StrEnum):
    """Who a credential belongs to."""

    STAFF = "staff"
    AUTHORITY = "authority"


class CaseEventKind(StrEnum):
    """What happened to a case (the audit trail; never field values)."""

    CREATED = "created"
    CORRECTED = "corrected"
    REROUTED = "rerouted"
    CLAIMED = "claimed"
    ACKNOWLEDGED = "acknowledged"


def utcnow() -> datetime:
    """Now, as naive UTC (the store keeps every timestamp in naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def db_now(session: Session) -> datetime:
    """Now by the database server's clock, as naive UTC.

    Leases are compared across machines; with PostgreSQL the server's clock is the one
    clock they all share, so a skewed worker clock cannot expire or prolong a lease.
    SQLite lives on one machine: its clock is the process's.
    """
    if session.get_bind().dialect.name == "postgresql":
        value = session.execute(
            text("SELECT CAST(clock_timestamp() AT TIME ZONE 'UTC' AS timestamp)")
        ).scalar_one()
        return cast(datetime, value)
    return utcnow()


def _enum(enum_class: type[StrEnum]) -> SqlEnum:
    """A portable VARCHAR column holding a StrEnum's values (no native DB enum)."""
    return SqlEnum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    """Declarative base of the case store's tables."""


class DocumentRow(Base):
    """One uploaded file and its processing state."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(127))
    size_bytes: Mapped[int] = mapped_column(Integer)
    status: Mapped[Status] = mapped_column(_enum(Status), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # While received/processing: when the sweep may hand the document to a worker again.
    lease_until: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    last_error: Mapped[str | None] = mapped_column(String(500))
    uploaded_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Pages of the file as counted on a mailroom batch upload (for batch progress).
    page_count: Mapped[int | None] = mapped_column(Integer)


class BatchRow(Base):
    """One mailroom batch upload: the files in it are linked by :class:`BatchDocumentRow`."""

    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class BatchDocumentRow(Base):
    """A file of a batch; a file uploaded again in another batch belongs to both."""

    __tablename__ = "batch_documents"

    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class ReceiptRow(Base):
    """A citizen's receipt for one document; only the token's hash is kept."""

    __tablename__ = "receipts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CaseRow(Base):
    """One record the pipeline produced: the output contract plus its lease state."""

    __tablename__ = "cases"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(128), unique=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    queue: Mapped[Queue] = mapped_column(_enum(Queue), index=True)
    status: Mapped[Status] = mapped_column(_enum(Status), index=True)
    document_type: Mapped[str | None] = mapped_column(String(64))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    lease_id: Mapped[str | None] = mapped_column(String(64))
    leased_until: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    acked_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CredentialRow(Base):
    """A staff or authority credential; only the token's hash is kept."""

    __tablename__ = "credentials"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[CredentialKind] = mapped_column(_enum(CredentialKind))
    authority: Mapped[Queue | None] = mapped_column(_enum(Queue))
    label: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class StaffSessionRow(Base):
    """A signed-in browser of mailroom staff (the review page); only the secret's hash is kept."""

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    credential_id: Mapped[str] = mapped_column(ForeignKey("credentials.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    # Synchroniser token for the session's form posts (not a secret at rest: it only
    # proves that a post came from a page this server rendered for the session).
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class CaseEventRow(Base):
    """Audit trail: who did what to a case, when (field names only, never values)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(128), index=True)
    kind: Mapped[CaseEventKind] = mapped_column(_enum(CaseEventKind))
    actor: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime)


# --- engine and sessions ---------------------------------------------------------------


def _configure_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout and BEGIN IMMEDIATE, so concurrent writers wait, not fail."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred transaction that later writes can fail at once with SQLITE_BUSY;
        # taking the write lock up front makes it wait for busy_timeout instead.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_path(database_url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory / non-SQLite URLs."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix):
        return None
    path = database_url[len(prefix) :].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


@lru_cache(maxsize=8)
def get_engine(database_url: str) -> Engine:
    """One engine per database URL per process.

    Args:
        database_url: SQLAlchemy URL, e.g. ``sqlite:///./var/docintake.db`` or
            ``postgresql+psycopg://user:pw@127.0.0.1:5432/docintake``.

    Returns:
        The engine (SQLite files get WAL mode and their folder created).
    """
    sqlite_path = _sqlite_path(database_url)
    if database_url.startswith("sqlite"):
        if sqlite_path is not None:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            database_url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(database_url, pool_pre_ping=True, pool_size=10, max_overflow=20)


@lru_cache(maxsize=8)
def _session_factory(database_url: str) -> sessionmaker[Session]:
    return sessionmaker(get_engine(database_url), expire_on_commit=False)


class FairLock:
    """A re-entrant lock that hands over in arrival order (threading.Lock does not).

    Unfair hand-over lets a few unlucky threads wait for seconds under load; first come,
    first served keeps the latency tail close to the median.
    """

    def __init__(self) -> None:
        """Create an unlocked lock."""
        self._condition = threading.Condition(threading.Lock())
        self._next_ticket = 0
        self._serving = 0
        self._owner: int | None = None
        self._depth = 0

    def __enter__(self) -> FairLock:
        me = threading.get_ident()
        with self._condition:
            if self._owner == me:
                self._depth += 1
                return self
            ticket = self._next_ticket
            self._next_ticket += 1
            while ticket != self._serving:
                self._condition.wait()
            self._owner, self._depth = me, 1
        return self

    def __exit__(self, *_exc: object) -> None:
        with self._condition:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._serving += 1
                self._condition.notify_all()


@lru_cache(maxsize=8)
def _process_lock(database_url: str) -> FairLock | None:
    """For SQLite: one lock per process, so this process's threads queue fairly here.

    SQLite admits one writer at a time; threads that collide wait in SQLite's busy
    handler, which sleeps in growing steps and ruins latency under load. Queueing them on
    a lock first leaves the busy handler only for other processes.
    """
    return FairLock() if database_url.startswith("sqlite") else None


@contextmanager
def session_scope(database_url: str) -> Iterator[Session]:
    """A session whose transaction commits on success and rolls back on error."""
    lock = _process_lock(database_url)
    with lock if lock is not None else nullcontext():
        session = _session_factory(database_url)()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def ping(database_url: str) -> None:
    """Raise if the database cannot answer a trivial query."""
    with get_engine(database_url).connect() as connection:
        connection.execute(text("SELECT 1"))


# --- schema ------------------------------------------------------------------------------


@contextmanager
def _migration_lock(database_url: str) -> Iterator[None]:
    """Serialise migrations of one SQLite file between processes on this machine.

    PostgreSQL takes an advisory lock inside ``migrations/env.py`` instead, which also
    covers several machines.
    """
    sqlite_path = _sqlite_path(database_url)
    if sqlite_path is None:
        yield
        return
    sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = sqlite_path.with_name(sqlite_path.name + ".migrate.lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def alembic_config(database_url: str) -> Any:
    """An Alembic config pointing at ``migrations/`` and the given database."""
    from alembic.config import Config

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.attributes["configure_logger"] = False
    return config


def upgrade_schema(database_url: str) -> None:
    """Bring the database's schema to the newest migration (safe to call concurrently)."""
    from alembic import command

    with _migration_lock(database_url):
        command.upgrade(alembic_config(database_url), "head")


# --- documents ---------------------------------------------------------------------------


def find_document_by_sha(session: Session, sha256: str) -> DocumentRow | None:
    """The document stored for this content hash, if any."""
    return session.scalars(select(DocumentRow).where(DocumentRow.sha256 == sha256)).first()


def get_document(session: Session, document_id: str) -> DocumentRow | None:
    """A document by id."""
    return session.get(DocumentRow, document_id)


def claim_document(
    session: Session, document_id: str, now: datetime, lease: timedelta
) -> int | None:
    """Mark a document as being processed by the caller; return its attempt number.

    A document can be taken when it is waiting (``received``) or when a previous worker's
    processing lease ran out (the worker died). Returns None when the document is finished
    or another worker holds a live lease.
    """
    waiting = DocumentRow.status == Status.RECEIVED
    abandoned = (DocumentRow.status == Status.PROCESSING) & (DocumentRow.lease_until < now)
    result = session.execute(
        update(DocumentRow)
        .where(DocumentRow.id == document_id, or_(waiting, abandoned))
        .values(
            status=Status.PROCESSING,
            attempts=DocumentRow.attempts + 1,
            lease_until=now + lease,
            updated_at=now,
        )
    )
    if _rowcount(result) != 1:
        return None
    return session.execute(
        select(DocumentRow.attempts).where(DocumentRow.id == document_id)
    ).scalar_one()


def release_document(
    session: Session, document_id: str, attempt: int, now: datetime, lease: timedelta, error: str
) -> bool:
    """Put a document whose processing failed back to ``received`` for a retry."""
    result = session.execute(
        update(DocumentRow)
        .where(
            DocumentRow.id == document_id,
            DocumentRow.status == Status.PROCESSING,
            DocumentRow.attempts == attempt,
        )
        .values(status=Status.RECEIVED, lease_until=now + lease, last_error=error, updated_at=now)
    )
    return _rowcount(result) == 1


def finish_document(
    session: Session,
    document_id: str,
    attempt: int | None,
    status: Status,
    now: datetime,
    error: str | None = None,
) -> bool:
    """Mark a document finished, only if the caller still owns this attempt.

    Args:
        session: Open session; the caller adds the cases in the same transaction.
        document_id: The document.
        attempt: The attempt number from :func:`claim_document`, or None to finish a
            document that is still waiting (e.g. given up before a worker took it).
        status: The document's overall outcome (routed / review / triage).
        now: Current time.
        error: Why processing failed, if it did (no field values).

    Returns:
        True if this call finished the document; False if another run already did.
    """
    conditions = [DocumentRow.id == document_id]
    if attempt is None:
        conditions.append(DocumentRow.status.in_([Status.RECEIVED, Status.PROCESSING]))
    else:
        conditions += [DocumentRow.status == Status.PROCESSING, DocumentRow.attempts == attempt]
    values: dict[str, Any] = {
        "status": status,
        "lease_until": None,
        "finished_at": now,
        "updated_at": now,
    }
    if error is not None:
        values["last_error"] = error
    result = session.execute(update(DocumentRow).where(*conditions).values(**values))
    return _rowcount(result) == 1


def stuck_document_ids(session: Session, now: datetime, limit: int = 100) -> list[str]:
    """Documents waiting or processing whose lease ran out (lost job or dead worker)."""
    rows = session.scalars(
        select(DocumentRow.id)
        .where(
            DocumentRow.status.in_([Status.RECEIVED, Status.PROCESSING]),
            DocumentRow.lease_until < now,
        )
        .order_by(DocumentRow.lease_until)
        .limit(limit)
    )
    return list(rows)


def redispatch_document(
    session: Session, document_id: str, now: datetime, lease: timedelta
) -> bool:
    """Take a stuck document for re-enqueueing; only one sweeper wins per lease."""
    result = session.execute(
        update(DocumentRow)
        .where(
            DocumentRow.id == document_id,
            DocumentRow.status.in_([Status.RECEIVED, Status.PROCESSING]),
            DocumentRow.lease_until < now,
        )
        .values(status=Status.RECEIVED, lease_until=now + lease, updated_at=now)
    )
    return _rowcount(result) == 1


def _rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0))


# --- receipts and credentials --------------------------------------------------------------


def get_receipt(session: Session, receipt_id: str) -> ReceiptRow | None:
    """A receipt by id."""
    return session.get(ReceiptRow, receipt_id)


def get_credential(session: Session, credential_id: str) -> CredentialRow | None:
    """A credential by id."""
    return session.get(CredentialRow, credential_id)


def list_credentials(session: Session) -> Sequence[CredentialRow]:
    """All credentials, oldest first."""
    return session.scalars(select(CredentialRow).order_by(CredentialRow.created_at)).all()


# --- cases ---------------------------------------------------------------------------------


def get_case(session: Session, case_id: str) -> CaseRow | None:
    """A case by id."""
    return session.scalars(select(CaseRow).where(CaseRow.id == case_id)).first()


def cases_of_document(session: Session, document_id: str) -> Sequence[CaseRow]:
    """The cases found in one document, in page order."""
    return session.scalars(
        select(CaseRow).where(CaseRow.document_id == document_id).order_by(CaseRow.seq)
    ).all()


def list_cases(
    session: Session,
    queue: Queue,
    after_seq: int,
    limit: int,
    *,
    open_only: bool = False,
    claimable_at: datetime | None = None,
) -> Sequence[CaseRow]:
    """One queue's cases after a cursor position, oldest first.

    Args:
        session: Open session.
        queue: The queue.
        after_seq: Only cases after this position (0 from the start).
        limit: At most this many.
        open_only: Leave out acknowledged cases.
        claimable_at: If given, only cases that can be claimed at that time.

    Returns:
        The rows.
    """
    query = select(CaseRow).where(CaseRow.queue == queue, CaseRow.seq > after_seq)
    if open_only or claimable_at is not None:
        query = query.where(CaseRow.acked_at.is_(None))
    if claimable_at is not None:
        query = query.where(
            or_(CaseRow.leased_until.is_(None), CaseRow.leased_until < claimable_at)
        )
    return session.scalars(query.order_by(CaseRow.seq).limit(limit)).all()


def lease_case(
    session: Session,
    case_id: str,
    queue: Queue,
    lease_id: str,
    holder: str,
    now: datetime,
    lease: timedelta,
) -> bool:
    """Claim a case for a consumer if it is unacknowledged and not under a live lease."""
    result = session.execute(
        update(CaseRow)
        .where(
            CaseRow.id == case_id,
            CaseRow.queue == queue,
            CaseRow.acked_at.is_(None),
            or_(CaseRow.leased_until.is_(None), CaseRow.leased_until < now),
        )
        .values(lease_id=lease_id, leased_until=now + lease, claimed_by=holder, updated_at=now)
    )
    return _rowcount(result) == 1


def renew_case_lease(
    session: Session, case_id: str, queue: Queue, lease_id: str, now: datetime, lease: timedelta
) -> bool:
    """Extend a lease that is still live (a consumer that needs longer)."""
    result = session.execute(
        update(CaseRow)
        .where(
            CaseRow.id == case_id,
            CaseRow.queue == queue,
            CaseRow.acked_at.is_(None),
            CaseRow.lease_id == lease_id,
            CaseRow.leased_until >= now,
        )
        .values(leased_until=now + lease, updated_at=now)
    )
    return _rowcount(result) == 1


def ack_case(session: Session, case_id: str, queue: Queue, lease_id: str, now: datetime) -> bool:
    """Acknowledge a case under a lease that is still live."""
    result = session.execute(
        update(CaseRow)
        .where(
            CaseRow.id == case_id,
            CaseRow.queue == queue,
            CaseRow.acked_at.is_(None),
            CaseRow.lease_id == lease_id,
            CaseRow.leased_until >= now,
        )
        .values(acked_at=now, updated_at=now)
    )
    return _rowcount(result) == 1


def add_event(
    session: Session,
    case_id: str,
    kind: CaseEventKind,
    actor: str,
    now: datetime,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one audit event (detail must not hold field values)."""
    session.add(CaseEventRow(case_id=case_id, kind=kind, actor=actor, detail=detail or {}, at=now))


def case_events(session: Session, case_id: str) -> Sequence[CaseEventRow]:
    """A case's audit trail, oldest first."""
    return session.scalars(
        select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.id)
    ).all()


# --- batches -------------------------------------------------------------------------------


def add_batch(session: Session, batch_id: str, uploaded_by: str, now: datetime) -> None:
    """Record a new batch (its files are linked as they are accepted)."""
    session.add(BatchRow(id=batch_id, uploaded_by=uploaded_by, created_at=now))


def get_batch(session: Session, batch_id: str) -> BatchRow | None:
    """A batch by id."""
    return session.get(BatchRow, batch_id)


def link_batch_document(session: Session, batch_id: str, document_id: str, position: int) -> None:
    """Make a document part of a batch (once, however often the file is in it)."""
    if session.get(BatchDocumentRow, (batch_id, document_id)) is None:
        session.add(BatchDocumentRow(batch_id=batch_id, document_id=document_id, position=position))


def batch_files(session: Session, batch_id: str) -> Sequence[tuple[Status, int | None]]:
    """Status and page count of each file of a batch."""
    rows = session.execute(
        select(DocumentRow.status, DocumentRow.page_count)
        .join(BatchDocumentRow, BatchDocumentRow.document_id == DocumentRow.id)
        .where(BatchDocumentRow.batch_id == batch_id)
    )
    return [(row[0], row[1]) for row in rows]


def batch_case_counts(session: Session, batch_id: str) -> dict[Status, int]:
    """How many cases (documents found) of a batch's files are in each status."""
    rows = session.execute(
        select(CaseRow.status, func.count())
        .join(BatchDocumentRow, BatchDocumentRow.document_id == CaseRow.document_id)
        .where(BatchDocumentRow.batch_id == batch_id)
        .group_by(CaseRow.status)
    )
    return {Status(row[0]): int(row[1]) for row in rows}


# --- staff sessions (the review page) --------------------------------------------------------


def add_staff_session(session: Session, row: StaffSessionRow) -> None:
    """Store a new browser session."""
    session.add(row)


def get_staff_session(session: Session, session_id: str) -> StaffSessionRow | None:
    """A browser session by id."""
    return session.get(StaffSessionRow, session_id)


def delete_staff_session(session: Session, session_id: str) -> None:
    """End a browser session (logout)."""
    session.execute(delete(StaffSessionRow).where(StaffSessionRow.id == session_id))


def purge_staff_sessions(session: Session, now: datetime) -> int:
    """Delete expired browser sessions; returns how many."""
    result = session.execute(delete(StaffSessionRow).where(StaffSessionRow.expires_at < now))
    return _rowcount(result)


# The audit log's table belongs to the schema too (defined beside its functions); importing
# it here puts it in Base.metadata for every user of the store.
from intake import audit as _audit  # noqa: E402, F401
