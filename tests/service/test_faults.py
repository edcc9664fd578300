"""Faults on purpose: disk full, the database away, Redis restarted, a worker killed.

After each, every accepted document must end in exactly one queue, exactly once (one case
row per document, listed by exactly one authority). The worker SIGKILLed mid-job is in
``test_end_to_end.py`` (``test_worker_killed_mid_job_case_arrives_exactly_once``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from redis import Redis
from sqlalchemy import func
from sqlalchemy import select as sql_select

import api
from intake.originals import OriginalStore
from intake.records import Queue
from intake.settings import Settings, get_settings
from intake.store import CaseRow, CredentialKind, DocumentRow, session_scope
from tests.service.conftest import (
    AUTHORITIES,
    ServiceRig,
    free_port,
    postgres_url,
    rig_env,
    settings_from_env,
    wait_for_redis,
    wait_until,
)
from tests.service.test_api import FAKE, RecordingEnqueuer

FINISHED = {"routed", "review", "triage"}


# --- helpers ---------------------------------------------------------------------------


def fake_document(i: int, sleep: float = 0.3) -> tuple[bytes, Queue]:
    """A file the fake pipeline routes to one of the authorities after ``sleep`` seconds."""
    queue = AUTHORITIES[i % len(AUTHORITIES)]
    return b"FAKE sleep %.2f\nFAKE routed %s\n# %d" % (sleep, queue.value.encode(), i), queue


def assert_exactly_once(rig: ServiceRig, expected: dict[str, Queue], timeout: float) -> None:
    """Every accepted document finishes with one case, listed by its authority only."""

    def finished() -> bool:
        with session_scope(rig.settings.database_url) as session:
            done = session.scalar(
                sql_select(func.count())
                .select_from(DocumentRow)
                .where(DocumentRow.id.in_(expected), DocumentRow.status.in_(FINISHED))
            )
        return done == len(expected)

    try:
        wait_until(finished, timeout, f"{len(expected)} documents to finish", step=0.5)
    except pytest.fail.Exception as failure:
        raise AssertionError(f"{failure}; unfinished: {unfinished(rig, expected)}") from None
    time.sleep(1.5)  # a duplicate run still in flight would show up now
    with session_scope(rig.settings.database_url) as session:
        rows = session.execute(sql_select(CaseRow.document_id, CaseRow.queue)).all()
    per_document: dict[str, list[Queue]] = {}
    for document_id, queue in rows:
        per_document.setdefault(document_id, []).append(queue)
    lost = [d for d in expected if d not in per_document]
    duplicated = [d for d, queues in per_document.items() if len(queues) > 1]
    assert lost == [] and duplicated == [], (lost, duplicated)
    assert {d: per_document[d][0] for d in expected} == expected
    listed: dict[str, list[Queue]] = {}
    for queue in AUTHORITIES:
        token = rig.credential(CredentialKind.AUTHORITY, queue)
        cursor: str | None = None
        while True:
            page = httpx.get(
                rig.base_url + "/v1/cases",
                params={"limit": 200, **({"cursor": cursor} if cursor else {})},
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            ).json()
            for item in page["items"]:
                listed.setdefault(item["document_id"].rsplit("-", 1)[0], []).append(queue)
            cursor = page["next_cursor"]
            if cursor is None:
                break
    assert {d: listed.get(d) for d in expected} == {d: [q] for d, q in expected.items()}


def unfinished(rig: ServiceRig, ids: dict[str, Queue]) -> list[tuple[str, str, int, str]]:
    """Documents not finished yet, with status, attempts and lease (for a failure message)."""
    with session_scope(rig.settings.database_url) as session:
        rows = session.scalars(
            sql_select(DocumentRow).where(
                DocumentRow.id.in_(ids), DocumentRow.status.not_in(FINISHED)
            )
        ).all()
        return [(r.id, r.status.value, r.attempts, str(r.lease_until)) for r in rows]


def finished_count(rig: ServiceRig, ids: dict[str, Queue]) -> int:
    with session_scope(rig.settings.database_url) as session:
        return int(
            session.scalar(
                sql_select(func.count())
                .select_from(DocumentRow)
                .where(DocumentRow.id.in_(ids), DocumentRow.status.in_(FINISHED))
            )
            or 0
        )


def upload(base_url: str, name: str, data: bytes) -> httpx.Response:
    return httpx.post(
        base_url + "/v1/documents", files=[("files", (name, data, "application/pdf"))], timeout=15
    )


# --- disk full ----------------------------------------------------------------------------


@pytest.fixture
def harness_on(sqlite_url: str) -> Iterator[Callable[[Path], TestClient]]:
    clients: list[TestClient] = []

    def build(originals: Path) -> TestClient:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=sqlite_url,
            redis_url="redis://127.0.0.1:1/0",
            originals_dir=originals,
            pipeline_module=FAKE,
            max_upload_bytes=4 * 1024 * 1024,
        )
        api.app.dependency_overrides[get_settings] = lambda: settings
        api.app.dependency_overrides[api.get_enqueuer] = lambda: RecordingEnqueuer()
        client = TestClient(api.app)
        client.__enter__()
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)
    api.app.dependency_overrides.clear()


def stored_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def document_count(client: TestClient) -> int:
    settings: Settings = api.app.dependency_overrides[get_settings]()
    with session_scope(settings.database_url) as session:
        return int(session.scalar(sql_select(func.count()).select_from(DocumentRow)) or 0)


def test_disk_full_while_storing_refuses_the_upload_cleanly(
    harness_on: Callable[[Path], TestClient], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC in the middle of writing an original: 507 with a message, no file, no row."""
    client = harness_on(tmp_path / "originals")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("intake.originals.os.fsync", full)
    response = client.post("/v1/documents", files=[("files", ("a.pdf", b"FAKE triage"))])
    assert response.status_code == 507
    assert response.json()["code"] == "storage_full" and "nothing was kept" in response.json()[
        "message"
    ]
    assert stored_files(tmp_path / "originals") == []
    assert document_count(client) == 0
    monkeypatch.setattr("intake.originals.os.fsync", real_fsync)
    assert client.post(
        "/v1/documents", files=[("files", ("a.pdf", b"FAKE triage"))]
    ).status_code == 202


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs (needs root, as in CI); the originals folder lives on it."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        if os.environ.get("CI") and os.geteuid() == 0:
            pytest.fail(f"could not mount a tmpfs as root: {result.stderr.decode()}")
        pytest.skip("mounting a small file system needs root (covered by the ENOSPC test)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_real_full_file_system_refuses_uploads_and_keeps_what_was_stored(
    harness_on: Callable[[Path], TestClient], tiny_filesystem: Path
) -> None:
    client = harness_on(tiny_filesystem / "originals")
    codes = []
    for i in range(8):  # 8 x 300 KB on 1 MiB: the fourth cannot fit
        data = b"FAKE triage %d\n" % i + os.urandom(300 * 1024)
        codes.append(client.post("/v1/documents", files=[("files", (f"{i}.pdf", data))]))
    statuses = [r.status_code for r in codes]
    assert 202 in statuses and 507 in statuses, statuses
    assert statuses == sorted(statuses)  # once full, every later upload is refused
    accepted = statuses.count(202)
    assert document_count(client) == accepted
    files = [p for p in stored_files(tiny_filesystem / "originals")]
    assert len(files) == accepted  # no partial file left in incoming/
    store = OriginalStore(tiny_filesystem / "originals")
    for path in files:
        assert store.read(path.name) == path.read_bytes()


# --- the database away ----------------------------------------------------------------------


class TcpProxy:
    """A loopback TCP proxy that can be stopped (connections refused, open ones cut)."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self._server: socket.socket | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(64)
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            # close() alone leaves a thread blocked in accept() accepting (Linux).
            with contextlib.suppress(OSError):
                server.shutdown(socket.SHUT_RDWR)
            server.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                readable, _, _ = select.select([a, b], [], [], 1.0)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (b if sock is a else a).sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (a, b):
                with contextlib.suppress(OSError):
                    sock.close()


@pytest.mark.redis
@pytest.mark.postgres
def test_database_briefly_unavailable(
    make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    """GIVEN uploads being processed WHEN PostgreSQL is unreachable for 4 s THEN uploads in
    that time get 503 with a message, and every accepted document ends exactly once."""
    from sqlalchemy.engine import make_url

    from intake.store import upgrade_schema
    from tests.service.conftest import _fresh_postgres_schema

    direct = _fresh_postgres_schema()
    upgrade_schema(direct)
    real = make_url(postgres_url())
    proxy = TcpProxy((real.host or "127.0.0.1", real.port or 5432))
    proxy.start()
    via_proxy = direct.replace(f":{real.port}/", f":{proxy.port}/")
    rig = make_rig(
        via_proxy,
        pipeline_module=FAKE,
        job_timeout_seconds="5",
        processing_timeout_seconds="6",
    )
    try:
        rig.start_api()
        rig.start_worker("w1")
        rig.start_worker("w2")
        expected: dict[str, Queue] = {}
        refused = 0
        for i in range(24):
            if i == 8:
                # Mid-batch: the workers are up and working (a worker *starting* while the
                # database is away exits at its migration step, for its supervisor to
                # restart; that is not this fault).
                wait_until(lambda: finished_count(rig, expected) >= 2, 60, "workers to work")
                proxy.stop()
                outage_started = time.monotonic()
            if i == 16:
                time.sleep(max(0.0, 4 - (time.monotonic() - outage_started)))
                proxy.start()
            data, queue = fake_document(i)
            response = upload(rig.base_url, f"{i}.pdf", data)
            if response.status_code == 202:
                expected[response.json()["documents"][0]["document_id"]] = queue
            else:
                assert response.status_code == 503, response.text
                assert response.json()["code"] == "database_unavailable"
                assert "Retry-After" in response.headers
                refused += 1
        assert refused >= 1, "the outage refused no upload: it did not happen"
        assert_exactly_once(rig, expected, timeout=90)
    finally:
        rig.stop_all()
        proxy.stop()


# --- Redis restarted ----------------------------------------------------------------------


def start_redis(port: int, folder: Path) -> subprocess.Popen[bytes]:
    binary = shutil.which("redis-server")
    assert binary is not None
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
         "--appendonly", "yes", "--appendfsync", "everysec", "--save", ""],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_redis(Redis(port=port))
    return process


@pytest.mark.redis
def test_redis_killed_and_restarted_mid_batch(sqlite_url: str, tmp_path: Path) -> None:
    """GIVEN a batch being processed WHEN redis-server is SIGKILLed (jobs in flight and
    queued jobs up to a second old may be lost) and restarted from its append-only file
    THEN uploads keep being accepted and every document ends exactly once."""
    folder = tmp_path / "redis"
    folder.mkdir()
    port = free_port()
    redis = start_redis(port, folder)
    env = rig_env(
        sqlite_url,
        f"redis://127.0.0.1:{port}/0",
        tmp_path,
        pipeline_module=FAKE,
        job_timeout_seconds="5",
        processing_timeout_seconds="6",
        redis_timeout_seconds="1",
    )
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    rig = ServiceRig(env=env, settings=settings_from_env(env), log_dir=log_dir)
    try:
        rig.start_api()
        rig.start_worker("w1")
        rig.start_worker("w2")
        expected: dict[str, Queue] = {}
        for i in range(30):
            if i == 10:
                # Mid-batch: both workers are up (one *starting* while Redis is away exits
                # when rq registers it, for its supervisor to restart; not this fault).
                wait_until(lambda: finished_count(rig, expected) >= 2, 60, "workers to work")
                wait_until(lambda: len(Redis(port=port).smembers("rq:workers")) == 2, 60,
                           "both workers to register")
                redis.send_signal(signal.SIGKILL)
                redis.wait(10)
            if i == 20:
                redis = start_redis(port, folder)
            data, queue = fake_document(i, sleep=0.2)
            response = upload(rig.base_url, f"{i}.pdf", data)
            assert response.status_code == 202, response.text  # Redis is not the front door
            expected[response.json()["documents"][0]["document_id"]] = queue
        assert_exactly_once(rig, expected, timeout=90)
        alive = [p.poll() is None for p in rig.processes]
        assert all(alive), f"a process died with Redis: {rig.logs()}"
    except BaseException:
        print(rig.logs())
        raise
    finally:
        rig.stop_all()
        redis.terminate()
        redis.wait(10)


