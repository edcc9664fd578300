"""The case store: migrations match the models; hand-overs are won by exactly one caller."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from redis import Redis

from intake import service
from intake.originals import OriginalStore
from intake.records import Status
from intake.settings import Settings
from intake.store import (
    Base,
    DocumentRow,
    claim_document,
    get_engine,
    redispatch_document,
    session_scope,
    upgrade_schema,
    utcnow,
)
from tests.service.test_api import RecordingEnqueuer


def test_migrations_create_exactly_the_models_schema(database_url: str) -> None:
    upgrade_schema(database_url)  # a second upgrade is a no-op
    with get_engine(database_url).connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def _settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        originals_dir=tmp_path / "originals",
        processing_timeout_seconds=301,
        job_timeout_seconds=300,
    )


def _upload(settings: Settings, queue: RecordingEnqueuer, data: bytes) -> str:
    originals = OriginalStore(settings.originals_dir)
    return service.accept_upload(settings, originals, queue, [data], "x.pdf").document_id


def test_only_one_worker_can_take_a_document(database_url: str, tmp_path: Path) -> None:
    settings = _settings(database_url, tmp_path)
    document_id = _upload(settings, RecordingEnqueuer(), b"FAKE triage")
    now = utcnow()
    with session_scope(database_url) as session:
        assert claim_document(session, document_id, now, timedelta(seconds=60)) == 1
    with session_scope(database_url) as session:
        assert claim_document(session, document_id, now, timedelta(seconds=60)) is None
    later = now + timedelta(seconds=61)  # the first worker died: its lease ran out
    with session_scope(database_url) as session:
        assert claim_document(session, document_id, later, timedelta(seconds=60)) == 2


def test_sweep_requeues_a_stuck_document_once(database_url: str, tmp_path: Path) -> None:
    settings = _settings(database_url, tmp_path)
    lost = RecordingEnqueuer()
    document_id = _upload(settings, lost, b"FAKE routed standesamt")
    lost.queued.clear()  # the job vanished (Redis lost it)
    assert service.sweep(settings, lost) == 0  # lease still running
    with session_scope(database_url) as session:
        row = session.get(DocumentRow, document_id)
        assert row is not None
        row.lease_until = utcnow() - timedelta(seconds=1)
    sweeper_a, sweeper_b = RecordingEnqueuer(), RecordingEnqueuer()
    assert service.sweep(settings, sweeper_a) + service.sweep(settings, sweeper_b) == 1
    assert [*sweeper_a.queued, *sweeper_b.queued] == [document_id]
    with session_scope(database_url) as session:
        won = redispatch_document(session, document_id, utcnow(), timedelta(seconds=60))
    assert not won


def test_a_superseded_run_writes_nothing(database_url: str, tmp_path: Path) -> None:
    settings = _settings(database_url, tmp_path)
    document_id = _upload(settings, RecordingEnqueuer(), b"FAKE routed standesamt")
    now = utcnow()
    with session_scope(database_url) as session:
        first = claim_document(session, document_id, now, timedelta(seconds=1))
    with session_scope(database_url) as session:
        second = claim_document(
            session, document_id, now + timedelta(seconds=2), timedelta(seconds=60)
        )
    assert (first, second) == (1, 2)
    pipeline = service.load_pipeline("tests.fakes.fake_pipeline")
    records = pipeline.process_bytes(b"FAKE routed standesamt", "x.pdf", document_id)
    assert service._store_results(settings, document_id, "x.pdf", 1, records) is (
        service.JobOutcome.SUPERSEDED
    )
    assert service._store_results(settings, document_id, "x.pdf", 2, records) is (
        service.JobOutcome.PROCESSED
    )
    with session_scope(database_url) as session:
        row = session.get(DocumentRow, document_id)
        assert row is not None and row.status is Status.ROUTED


def test_a_document_that_kills_its_workers_ends_in_triage(
    database_url: str, tmp_path: Path
) -> None:
    """GIVEN a document whose every attempt died silently (worker killed each time) WHEN
    the attempts are used up THEN the next run records it in triage instead of retrying."""
    settings = _settings(database_url, tmp_path)
    document_id = _upload(settings, RecordingEnqueuer(), b"FAKE routed standesamt")
    now = utcnow()
    for attempt in range(settings.max_attempts):
        later = now + timedelta(seconds=2 * attempt)
        with session_scope(database_url) as session:
            assert claim_document(session, document_id, later, timedelta(seconds=1)) == attempt + 1
    with session_scope(database_url) as session:
        row = session.get(DocumentRow, document_id)
        assert row is not None
        row.lease_until = utcnow() - timedelta(seconds=1)
    pipeline = service.load_pipeline("tests.fakes.fake_pipeline")
    originals = OriginalStore(settings.originals_dir)
    outcome = service.process_document(settings, document_id, pipeline, originals)
    assert outcome is service.JobOutcome.GAVE_UP
    with session_scope(database_url) as session:
        row = session.get(DocumentRow, document_id)
        assert row is not None and row.status is Status.TRIAGE
        assert row.last_error == "worker stopped during processing"


@pytest.mark.redis
def test_a_job_taken_off_its_queue_but_never_started_is_not_waiting(
    clean_redis: str, tmp_path: Path
) -> None:
    """GIVEN a job a worker popped off the queue WHEN Redis died before the worker marked it
    started (the job still says 'queued', but no queue holds it) THEN the sweep must not
    count it as waiting, or the document waits for ever."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        redis_url=clean_redis,
        originals_dir=tmp_path / "originals",
    )
    dispatcher = service.Dispatcher(settings, Redis.from_url(clean_redis))
    dispatcher.enqueue("d-waiting")
    dispatcher.enqueue("d-popped")
    assert dispatcher.is_waiting("d-waiting") and dispatcher.is_waiting("d-popped")
    dispatcher.connection.lrem(dispatcher.queue.key, 0, dispatcher.job_id("d-popped"))
    assert dispatcher.is_waiting("d-waiting")
    assert not dispatcher.is_waiting("d-popped")
    assert not dispatcher.is_waiting("d-never-queued")
