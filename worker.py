"""rq workers that run the pipeline on uploaded documents.

Jobs are module-level functions taking ids; everything heavy (the pipeline and its
models, the settings, the originals store) is loaded once per worker process by
:func:`run_worker`, not per job. Workers are :class:`rq.SimpleWorker`s (no fork per job),
so what the pipeline loads stays warm across jobs; a worker that dies mid-job loses
nothing, because the document's processing lease in the database runs out and the sweep,
run by every worker every ``sweep_interval_seconds``, queues it again.

Start one with ``python worker.py`` (or ``docintake worker``).
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from dataclasses import dataclass
from typing import Any

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Queue as RqQueue
from rq import SimpleWorker
from rq.exceptions import StopRequested
from sqlalchemy.exc import OperationalError

from intake.originals import OriginalStore
from intake.service import Dispatcher, JobOutcome, Pipeline, load_pipeline, sweep
from intake.service import process_document as run
from intake.settings import Settings, get_settings
from intake.store import upgrade_schema

log = logging.getLogger("docintake.worker")

# rq's heartbeat margin: a worker blocks on Redis for worker_ttl - 15 seconds at most.
RQ_TTL_MARGIN_SECONDS = 15
# Longest wait between attempts to reach Redis and the database again.
RECONNECT_MAX_SECONDS = 10.0


@dataclass
class _Loaded:
    settings: Settings
    pipeline: Pipeline
    originals: OriginalStore


_loaded: _Loaded | None = None


def _state() -> _Loaded:
    """What this worker process loaded at start (loaded lazily if a job comes first)."""
    global _loaded
    if _loaded is None:
        settings = get_settings()
        _loaded = _Loaded(
            settings=settings,
            pipeline=load_pipeline(settings.pipeline_module, settings.confidence_threshold),
            originals=OriginalStore(settings.originals_dir),
        )
    return _loaded


def process_document(document_id: str) -> str:
    """rq job: run the pipeline on one stored document and store its cases.

    Args:
        document_id: The document to process.

    Returns:
        What the run did (a :class:`intake.service.JobOutcome` value).
    """
    state = _state()
    outcome: JobOutcome = run(state.settings, document_id, state.pipeline, state.originals)
    return outcome.value


def noop(document_id: str) -> str:
    """rq job that does nothing: measures the queue's own overhead per job."""
    return document_id


class DocintakeWorker(SimpleWorker):
    """An rq worker that also sweeps for lost or abandoned documents."""

    def _shutdown(self) -> None:
        """rq's warm shutdown, remembered before it raises: the StopRequested it raises when
        idle can land where Python swallows it (a fork hook of the logging module while the
        scheduler starts), and the worker then ran on, ignoring the SIGTERM."""
        self._stop_requested = True
        super()._shutdown()  # type: ignore[no-untyped-call]

    def run_maintenance_tasks(self) -> None:
        """rq's maintenance, plus the document sweep (once per interval across workers).

        A SIGTERM that lands while the sweep waits on the database raises its StopRequested
        inside the driver, which answers with an error of its own ("another command is
        already in progress"); the sweep logs that as a failed sweep. rq's idle loop runs
        maintenance without looking at the stop, so the stop is raised again here (seen in
        CI: a worker kept sweeping for 15 s after its SIGTERM).
        """
        super().run_maintenance_tasks()  # type: ignore[no-untyped-call]
        run_sweep(self.connection)
        if self._stop_requested:
            raise StopRequested()


def run_sweep(connection: Redis) -> int:
    """Re-queue stuck documents unless another worker swept within the interval."""
    settings = _state().settings
    lock_seconds = max(1, settings.sweep_interval_seconds - 1)
    lock_key = f"docintake:sweep-lock:{settings.queue_name}"
    if not connection.set(lock_key, os.getpid(), nx=True, ex=lock_seconds):
        return 0
    try:
        return sweep(settings, Dispatcher(settings, connection))
    except StopRequested:
        raise  # SIGTERM arrived during the sweep: rq must see it, or it never stops
    except Exception:  # a sweep failure must not stop the worker; the next one retries
        log.warning("sweep failed", exc_info=True)
        return 0


def build_worker(settings: Settings, name: str | None = None) -> DocintakeWorker:
    """A worker on the configured queue whose maintenance runs every sweep interval."""
    connection = Redis.from_url(settings.redis_url)
    queue = RqQueue(settings.queue_name, connection=connection)
    kwargs: dict[str, Any] = {}
    if name:
        kwargs["name"] = name
    return DocintakeWorker(
        [queue],
        connection=connection,
        worker_ttl=settings.sweep_interval_seconds + RQ_TTL_MARGIN_SECONDS,
        maintenance_interval=settings.sweep_interval_seconds,
        **kwargs,
    )


def run_worker(burst: bool = False, name: str | None = None) -> bool:
    """Start a worker: migrate if configured, load the pipeline once, sweep, then work.

    Redis or the database going away (a restart, a network cut) does not end the process:
    it waits for them with backoff and starts working again. Jobs cut off meanwhile are
    recovered by their processing lease and the sweep, never done twice.

    Args:
        burst: Stop when the queue is empty (tests, benchmarks).
        name: Worker name (unique per machine and process; rq picks one if None).

    Returns:
        Whether the worker performed any job (rq's answer).
    """
    started = time.monotonic()
    state = _state()
    for attempt in itertools.count():
        # rq refuses a name still registered by the incarnation that lost Redis.
        worker_name = name if attempt == 0 or name is None else f"{name}.{attempt}"
        try:
            if state.settings.migrate_on_start:
                upgrade_schema(state.settings.database_url)
            worker = build_worker(state.settings, worker_name)
            log.info(
                "worker ready in %.1f s (pipeline %s)",
                time.monotonic() - started,
                state.settings.pipeline_module,
            )
            run_sweep(worker.connection)
            worked = worker.work(burst=burst, with_scheduler=True, logging_level="INFO")
            # rq's work() also returns after an unhandled error (Redis gone mid-job);
            # only a requested stop (SIGTERM/SIGINT) or a burst run ends the process.
            stop_asked = getattr(worker, "_shutdown_requested_date", None) is not None
            if burst or stop_asked:
                return bool(worked)
            reason = "rq stopped working"
        except (RedisConnectionError, RedisTimeoutError, OperationalError) as exc:
            reason = f"lost {type(exc).__name__}"
        delay = min(RECONNECT_MAX_SECONDS, 0.5 * 2**attempt)
        log.warning("%s; starting again in %.1f s", reason, delay)
        time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    run_worker(
        burst=os.environ.get("DOCINTAKE_WORKER_BURST") == "1",
        name=os.environ.get("DOCINTAKE_WORKER_NAME"),
    )
