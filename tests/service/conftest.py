"""Fixtures for the service tests: databases, a real Redis, API and worker processes.

* SQLite tests need nothing; ``postgres`` tests use the server that
  ``scripts/start-services.sh`` starts (``DOCINTAKE_TEST_POSTGRES_URL`` overrides the URL;
  without a server they are skipped locally and fail under ``CI``).
* ``redis`` tests start their own ``redis-server`` on a free loopback port.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from redis import Redis
from sqlalchemy import create_engine, text

from intake.auth import create_credential
from intake.records import Queue
from intake.settings import Settings
from intake.store import CredentialKind, session_scope, upgrade_schema

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
DEFAULT_POSTGRES_URL = "postgresql+psycopg://docintake:docintake@127.0.0.1:55432/docintake"
AUTHORITIES = (
    Queue.EINWOHNERMELDEAMT,
    Queue.STANDESAMT,
    Queue.STRASSENVERKEHRSAMT,
    Queue.AUSLAENDERBEHOERDE,
)


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(predicate: Callable[[], bool], timeout: float, what: str, step: float = 0.1) -> None:
    """Poll ``predicate`` until it holds; fail the test naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


def wait_for_redis(client: Redis, timeout: float = 10) -> None:
    """Wait until a just-started redis-server answers a ping."""

    def answers() -> bool:
        try:
            return bool(client.ping())
        except Exception:
            return False

    wait_until(answers, timeout, "redis-server")


# --- databases -------------------------------------------------------------------------


def postgres_url() -> str:
    """The PostgreSQL test server's URL (from the environment or the CI script's default)."""
    return os.environ.get("DOCINTAKE_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


_created_schemas: list[str] = []


@pytest.fixture(scope="session", autouse=True)
def _drop_test_schemas() -> Iterator[None]:
    """Drop the PostgreSQL schemas this session created."""
    yield
    if not _created_schemas:
        return
    admin = create_engine(postgres_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in _created_schemas:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    admin.dispose()


def _fresh_postgres_schema() -> str:
    """A URL whose connections work in a new, empty schema of the test database.

    A schema per test instead of a database per test: dropping a database forces a
    checkpoint (about a second each), dropping a schema does not.
    """
    base = postgres_url()
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
    except Exception as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(
            f"PostgreSQL not reachable ({type(exc).__name__}); run scripts/start-services.sh"
        )
    finally:
        admin.dispose()
    _created_schemas.append(name)
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty case store: SQLite, and PostgreSQL under the ``postgres`` marker."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cases.db'}"
    else:
        url = _fresh_postgres_schema()
    upgrade_schema(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite case store only (for tests that do not vary the database)."""
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    upgrade_schema(url)
    return url


# --- redis -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private redis-server (append-only) for this test session."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    folder = tmp_path_factory.mktemp("redis")
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(folder),
            "--appendonly",
            "yes",
            "--save",
            "",
            "--protected-mode",
            "yes",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    wait_for_redis(Redis.from_url(url))
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture
def clean_redis(redis_url: str) -> str:
    """The session's Redis, emptied."""
    Redis.from_url(redis_url).flushdb()
    return redis_url


# --- service processes -------------------------------------------------------------------


def settings_from_env(env: dict[str, str]) -> Settings:
    """Settings exactly as a subprocess with this environment reads them."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        return Settings(_env_file=None)  # type: ignore[call-arg]
    finally:
        os.environ.clear()
        os.environ.update(saved)


@dataclass
class ServiceRig:
    """Settings of one test's service plus the processes started for it."""

    env: dict[str, str]
    settings: Settings
    log_dir: Path
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    base_url: str = ""

    def credential(self, kind: CredentialKind, authority: Queue | None = None) -> str:
        """A new credential's bearer token."""
        with session_scope(self.settings.database_url) as session:
            return create_credential(session, kind, authority, f"test {kind} {authority}").token

    def start_api(self) -> str:
        """Start uvicorn on a free loopback port; returns its base URL."""
        port = free_port()
        log = (self.log_dir / "api.log").open("ab")
        process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "uvicorn",
                "api:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        self.base_url = f"http://127.0.0.1:{port}"

        def healthy() -> bool:
            try:
                return httpx.get(self.base_url + "/healthz", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(healthy, 30, "the API to answer")
        return self.base_url

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        """Start one rq worker process in its own process group."""
        log = (self.log_dir / f"worker-{name}.log").open("ab")
        process = subprocess.Popen(
            [PYTHON, "worker.py"],
            cwd=PROJECT_ROOT,
            env={**self.env, "DOCINTAKE_WORKER_NAME": name},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> None:
        """Signal a process and everything in its process group."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        process.wait(15)

    def stop_all(self) -> None:
        """Stop every process this rig started; one that ignores SIGTERM is killed, and
        named in the failure (it used to be left running, and the others with it)."""
        ignored = []
        for process in self.processes:
            if process.poll() is None:
                try:
                    self.kill(process, signal.SIGTERM)
                except subprocess.TimeoutExpired:
                    ignored.append(str(process.args))
        for process in self.processes:
            if process.poll() is None:
                self.kill(process, signal.SIGKILL)
        assert not ignored, f"did not stop on SIGTERM within 15 s: {ignored}"

    def logs(self) -> str:
        """All process logs (shown when a test fails)."""
        return "\n".join(
            f"== {path.name}\n{path.read_text(errors='replace')[-4000:]}"
            for path in sorted(self.log_dir.glob("*.log"))
        )


def rig_env(database_url: str, redis_url: str, tmp_path: Path, **overrides: str) -> dict[str, str]:
    """Environment for API and worker subprocesses of one test."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTAKE_")}
    env.update(
        {
            "DOCINTAKE_DATABASE_URL": database_url,
            "DOCINTAKE_REDIS_URL": redis_url,
            "DOCINTAKE_ORIGINALS_DIR": str(tmp_path / "originals"),
            "DOCINTAKE_QUEUE_NAME": "q-" + uuid.uuid4().hex[:8],
            "DOCINTAKE_SWEEP_INTERVAL_SECONDS": "1",
            "DOCINTAKE_JOB_TIMEOUT_SECONDS": "60",
            "DOCINTAKE_PROCESSING_TIMEOUT_SECONDS": "61",
            "DOCINTAKE_RETRY_INTERVALS_SECONDS": "[1, 1]",
            "DOCINTAKE_LEASE_SECONDS": "2",
            "PYTHONPATH": str(PROJECT_ROOT),
        }
    )
    env.update({f"DOCINTAKE_{k.upper()}": v for k, v in overrides.items()})
    return env


@pytest.fixture
def make_rig(
    request: pytest.FixtureRequest, tmp_path: Path, clean_redis: str
) -> Iterator[Callable[..., ServiceRig]]:
    """Build a service rig on a database URL with setting overrides; stops it afterwards."""
    rigs: list[ServiceRig] = []

    def build(database_url: str, **overrides: str) -> ServiceRig:
        env = rig_env(database_url, clean_redis, tmp_path, **overrides)
        settings = settings_from_env(env)
        log_dir = tmp_path / "logs"
        log_dir.mkdir(exist_ok=True)
        rig = ServiceRig(env=env, settings=settings, log_dir=log_dir)
        rigs.append(rig)
        return rig

    yield build
    failed = getattr(request.node, "rep_call", None)
    for rig in rigs:
        rig.stop_all()
        if failed is not None and failed.failed:
            print(rig.logs())


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember each phase's report on the test item (to print logs of failed tests)."""
    report = yield
    setattr(item, "rep_" + report.when, report)
    return report
