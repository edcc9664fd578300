"""A worker asked to stop stops, wherever the signal lands."""

from __future__ import annotations

import contextlib

import pytest
from redis import Redis
from rq import Queue
from rq.exceptions import StopRequested

from worker import DocintakeWorker


def test_a_stop_request_is_remembered_even_if_its_exception_is_swallowed(
        clean_redis: str) -> None:
    # GIVEN an idle worker on the real Redis
    connection = Redis.from_url(clean_redis)
    worker = DocintakeWorker([Queue("q", connection=connection)], connection=connection)
    # WHEN a SIGTERM's handler runs and its StopRequested is lost where the signal landed
    # (seen in CI: inside the logging module's fork hook while the scheduler started)
    with pytest.raises(StopRequested):
        worker._shutdown()
    # THEN the work loop still sees the stop on its next turn
    assert worker._stop_requested


def test_a_stop_swallowed_during_the_sweep_is_raised_after_it(
        clean_redis: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN an idle worker whose sweep meets the SIGTERM and loses its StopRequested (the
    # database driver turns it into an error of its own, which the sweep logs)
    connection = Redis.from_url(clean_redis)
    worker = DocintakeWorker([Queue("q", connection=connection)], connection=connection)

    def sweep_hit_by_sigterm(_: Redis) -> int:
        with contextlib.suppress(StopRequested):  # swallowed where it landed
            worker._shutdown()
        return 0

    monkeypatch.setattr("worker.run_sweep", sweep_hit_by_sigterm)
    # WHEN rq's idle loop runs maintenance THEN the stop comes out of it
    with pytest.raises(StopRequested):
        worker.run_maintenance_tasks()
