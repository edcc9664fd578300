"""``docintake watch``: settling, moving with reasons, and exactly once across crashes.

The unit tests drive :class:`Watcher` with a fake clock and a fake service that, like the
real one, answers the same content with the same document. The end-to-end tests run the
real thing: a watcher process (killed with SIGKILL mid-run and started again), an rq worker,
Redis and the case store, and count the cases per file.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from intake.records import DocumentRecord, Problem, Queue, Status
from intake.store import CaseRow, DocumentRow, session_scope, upgrade_schema
from intake.watch import (
    JOURNAL_NAME,
    STATE_DIR,
    Finished,
    Journal,
    NotAcceptedError,
    Outcome,
    Step,
    Watcher,
    WatchError,
    WatchOptions,
    judge,
)
from tests.service.conftest import (  # noqa: F401 - redis_url is a fixture
    PROJECT_ROOT,
    PYTHON,
    ServiceRig,
    redis_url,
    rig_env,
    settings_from_env,
    wait_until,
)


class Crash(BaseException):
    """Stands for the process dying at this point (not an Exception: nothing catches it)."""


class FakeService:
    """Content-addressed like the real service; results appear when ``finish`` says."""

    def __init__(self) -> None:
        self.documents: dict[str, str] = {}  # sha256 -> document id
        self.submits = 0
        self.finished: dict[str, Finished] = {}
        self.auto_finish = True
        self.refuse: set[str] = set()

    def submit(self, data: bytes, name: str) -> str:
        self.submits += 1
        if name in self.refuse:
            raise NotAcceptedError("too_large", "The file is larger than the limit.")
        sha = hashlib.sha256(data).hexdigest()
        document_id = self.documents.setdefault(sha, f"d-{len(self.documents) + 1}")
        if self.auto_finish:
            self.finished.setdefault(document_id, Finished(Outcome.DONE, "ok\n"))
        return document_id

    def result(self, document_id: str) -> Finished | None:
        return self.finished.get(document_id)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "scans"
    path.mkdir()
    return path


def make(folder: Path, service: FakeService, clock: Clock) -> Watcher:
    return Watcher(folder, service, WatchOptions(interval=0, settle_seconds=2), clock)


def settle(watcher: Watcher, clock: Clock, rounds: int = 2) -> None:
    """Poll, let the settle time pass, poll again."""
    for _ in range(rounds):
        watcher.poll()
        clock.now += 3


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.is_file() and STATE_DIR not in p.parts)


def test_a_file_is_taken_only_once_size_and_mtime_have_settled(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 first half")
    watcher.poll()
    clock.now += 3
    with scan.open("ab") as fh:  # the scanner is still writing
        fh.write(b" second half")
    watcher.poll()
    assert service.submits == 0 and scan.exists()
    clock.now += 1
    watcher.poll()  # unchanged, but not yet for settle_seconds
    assert service.submits == 0
    clock.now += 2
    watcher.poll()
    assert service.submits == 1
    assert files(folder) == ["done/scan.pdf", "done/scan.pdf.reason.txt"]
    assert (folder / "done/scan.pdf").read_bytes() == b"%PDF-1.4 first half second half"


def test_partial_and_hidden_files_are_left_alone(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    for name in ("scan.pdf.part", ".hidden.pdf", "copy.tmp", "x.pdf~"):
        (folder / name).write_bytes(b"data")
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.pdf").write_bytes(b"data")
    settle(watcher, clock, 3)
    assert service.submits == 0 and watcher.idle()


def test_refused_and_unreadable_files_go_to_failed_with_the_reason(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    service.refuse.add("huge.pdf")
    watcher = make(folder, service, clock)
    (folder / "huge.pdf").write_bytes(b"x" * 100)
    (folder / "ok.pdf").write_bytes(b"fine")
    settle(watcher, clock)
    assert files(folder) == ["done/ok.pdf", "done/ok.pdf.reason.txt",
                             "failed/huge.pdf", "failed/huge.pdf.reason.txt"]
    assert "too_large" in (folder / "failed/huge.pdf.reason.txt").read_text()
    assert watcher.counts.done == 1 and watcher.counts.failed == 1


def test_judge_fails_only_what_could_not_be_read() -> None:
    unread = DocumentRecord(document_id="d-1-1", source="x.pdf", pages=[], document_type=None,
                            queue=Queue.TRIAGE, status=Status.TRIAGE,
                            problems=[Problem(code="corrupt_file", message="damaged")])
    unknown = unread.model_copy(update={"pages": [1], "document_id": "d-1-2"})
    assert judge("d-1", [unread]).outcome is Outcome.FAILED
    assert "corrupt_file: damaged" in judge("d-1", [unread]).reason
    assert judge("d-1", [unknown]).outcome is Outcome.DONE
    assert judge("d-1", [unread, unknown]).outcome is Outcome.DONE  # an archive, partly read


def test_a_document_not_finished_yet_waits_and_is_not_accepted_twice(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    service.auto_finish = False
    watcher = make(folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")
    settle(watcher, clock, 4)
    assert service.submits == 1 and (folder / "a.pdf").exists()
    service.finished["d-1"] = Finished(Outcome.DONE, "ok\n")
    watcher.poll()
    assert service.submits == 1 and files(folder)[0] == "done/a.pdf"


def restart(watcher: Watcher, folder: Path, service: FakeService, clock: Clock) -> Watcher:
    watcher.close()
    return make(folder, service, clock)


def test_crash_after_acceptance_before_the_journal_line(folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")
    real_write = Journal.write

    def crash_on_accept(self: Journal, entry: object) -> None:
        raise Crash

    monkeypatch.setattr(Journal, "write", crash_on_accept)
    with pytest.raises(Crash):
        settle(watcher, clock)
    monkeypatch.setattr(Journal, "write", real_write)
    watcher = restart(watcher, folder, service, clock)
    settle(watcher, clock)
    # Accepted twice, but the service answered the same document: one document, one move.
    assert service.submits == 2 and len(service.documents) == 1
    assert files(folder) == ["done/a.pdf", "done/a.pdf.reason.txt"]


@pytest.mark.parametrize("crash_at", ["before rename", "after rename"])
def test_crash_during_the_move_is_finished_after_restart(
        folder: Path, monkeypatch: pytest.MonkeyPatch, crash_at: str) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")
    real_replace = Path.replace

    def crashing_replace(self: Path, target: str | os.PathLike[str]) -> Path:
        if self.name == "a.pdf" and Path(target).parent.name == "done":
            if crash_at == "after rename":
                real_replace(self, target)
            raise Crash
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", crashing_replace)
    with pytest.raises(Crash):
        settle(watcher, clock)
    monkeypatch.setattr(Path, "replace", real_replace)
    watcher = restart(watcher, folder, service, clock)
    settle(watcher, clock)
    assert service.submits == 1
    assert files(folder) == ["done/a.pdf", "done/a.pdf.reason.txt"]
    assert [e.step for e in watcher.journal.entries.values()] == [Step.MOVED]
    assert watcher.counts.done == 1


def test_the_same_file_again_is_not_processed_again_another_one_is(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")
    settle(watcher, clock)
    watcher = restart(watcher, folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")  # dropped again, same content and name
    settle(watcher, clock)
    assert service.submits == 1
    again = folder / "done" / next(p.name for p in (folder / "done").iterdir()
                                   if p.name.startswith("a.") and p.name != "a.pdf"
                                   and not p.name.endswith(".txt"))
    assert "already processed as document d-1" in Path(f"{again}.reason.txt").read_text()
    (folder / "a.pdf").write_bytes(b"A, corrected")  # same name, new content: a new file
    settle(watcher, clock)
    assert service.submits == 2 and len(service.documents) == 2


def test_a_torn_last_journal_line_is_ignored(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    (folder / "a.pdf").write_bytes(b"A")
    settle(watcher, clock)
    watcher.close()
    journal = folder / STATE_DIR / JOURNAL_NAME
    with journal.open("a") as fh:
        fh.write('{"sha256": "ab", "name": "b.pdf", "st')
    watcher = make(folder, service, clock)
    assert list(watcher.journal.entries) == [f"{service_sha(b'A')}:a.pdf"]
    assert journal.read_text().count("\n") == 1  # compacted, the torn line dropped


def service_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_one_watcher_per_folder(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    watcher = make(folder, service, clock)
    with pytest.raises(WatchError, match="another watcher"):
        make(folder, service, clock)
    watcher.close()
    make(folder, service, clock).close()


# --- end to end: watcher process, rq worker, Redis, case store -----------------------------


def drop_files(folder: Path, count: int, pause: float) -> None:
    """Write ``count`` files the way a scanner does: in two parts, then the next one.

    Every tenth file cannot be read (the fake pipeline's triage has no pages): failed/.
    """
    for i in range(count):
        verb = b"FAKE triage" if i % 10 == 9 else b"FAKE routed standesamt"
        path = folder / f"scan-{i:04d}.pdf"
        with path.open("wb") as fh:
            fh.write(verb + b"\n")
            fh.flush()
            time.sleep(pause / 2)
            fh.write(f"file {i} {os.urandom(8).hex()}\n".encode())
        time.sleep(pause / 2)


def start_watcher(env: dict[str, str], folder: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [PYTHON, "-m", "intake.cli", "watch", str(folder), "--interval", "0.2",
         "--settle", "0.5", "--no-progress"],
        cwd=PROJECT_ROOT, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT,
        start_new_session=True)


@pytest.fixture
def rig(tmp_path: Path, redis_url: str) -> Iterator[ServiceRig]:  # noqa: F811 - the fixture
    from redis import Redis

    Redis.from_url(redis_url).flushdb()
    url = f"sqlite:///{tmp_path / 'cases.db'}"
    upgrade_schema(url)
    env = rig_env(url, redis_url, tmp_path, pipeline_module="tests.fakes.fake_pipeline")
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    rig = ServiceRig(env=env, settings=settings_from_env(env), log_dir=log_dir)
    yield rig
    rig.stop_all()


def run_with_restart(rig: ServiceRig, folder: Path, count: int) -> dict[str, float]:
    """Drop ``count`` files while the watcher runs; SIGKILL it a third of the way in."""
    rig.start_worker("w1")
    log = rig.log_dir / "watch.log"
    watcher = start_watcher(rig.env, folder, log)
    rig.processes.append(watcher)
    started = time.monotonic()
    dropper = threading.Thread(target=drop_files, args=(folder, count, 0.04))
    dropper.start()

    def moved() -> int:
        # Originals only: a reason file being written (".reason-*.tmp") is not a moved file,
        # and counting it ended the wait one file early under load.
        return sum(1 for sub in ("done", "failed") if (folder / sub).is_dir()
                   for p in (folder / sub).iterdir()
                   if not p.name.endswith(".txt") and not p.name.startswith("."))

    def progress(target: int) -> bool:
        if watcher.poll() is not None:
            pytest.fail(f"the watcher exited: {log.read_text()[-2000:]}")
        return moved() >= target

    wait_until(lambda: progress(count // 3), 120, "a third of the files to be moved")
    rig.kill(watcher, signal.SIGKILL)
    killed_at = moved()
    watcher = start_watcher(rig.env, folder, log)
    rig.processes.append(watcher)
    dropper.join()
    wait_until(lambda: progress(count), 300, f"all {count} files to be moved")
    elapsed = time.monotonic() - started
    time.sleep(1)  # a repeat would show up now
    rig.kill(watcher, signal.SIGTERM)
    return {"moved_before_kill": killed_at, "seconds": elapsed}


def check_exactly_once(rig: ServiceRig, folder: Path, count: int) -> None:
    names = [f"scan-{i:04d}.pdf" for i in range(count)]
    assert sorted(p.name for p in (folder / "done").iterdir() if not p.name.endswith(".txt")) \
        == [n for i, n in enumerate(names) if i % 10 != 9]
    assert sorted(p.name for p in (folder / "failed").iterdir()
                  if not p.name.endswith(".txt")) == [n for i, n in enumerate(names) if i % 10 == 9]
    assert not [p for p in folder.iterdir() if p.is_file()]
    for sub in ("done", "failed"):
        for p in (folder / sub).iterdir():
            if not p.name.endswith(".txt"):
                assert Path(f"{p}.reason.txt").is_file()
    with session_scope(rig.settings.database_url) as session:
        per_source = dict(session.execute(
            select(DocumentRow.source, func.count()).group_by(DocumentRow.source)).all())
        cases = dict(session.execute(
            select(DocumentRow.source, func.count(CaseRow.id))
            .join(CaseRow, CaseRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.source)).all())
    assert per_source == dict.fromkeys(names, 1), "a file was accepted twice or not at all"
    assert cases == dict.fromkeys(names, 1), "a file was processed twice or not at all"
    latest = {}
    for line in (folder / STATE_DIR / JOURNAL_NAME).read_text().splitlines():
        entry = json.loads(line)
        latest[(entry["sha256"], entry["name"])] = entry["step"]
    assert sorted(name for _, name in latest) == names
    assert set(latest.values()) == {"moved"}


@pytest.mark.redis
def test_30_files_with_a_watcher_killed_mid_run_each_processed_once(
        rig: ServiceRig, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    run_with_restart(rig, folder, 30)
    check_exactly_once(rig, folder, 30)


@pytest.mark.slow
@pytest.mark.redis
def test_200_files_with_a_watcher_killed_mid_run_each_processed_once(
        rig: ServiceRig, tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    figures = run_with_restart(rig, folder, 200)
    check_exactly_once(rig, folder, 200)
    print(f"200 files: {figures}")


def test_temporary_files_of_a_killed_watcher_are_removed_on_start(folder: Path) -> None:
    service, clock = FakeService(), Clock()
    make(folder, service, clock).close()
    stale = folder / "done" / ".reason-abc.tmp"
    stale.write_text("half a reason")
    kept = folder / "done" / "scan.pdf"
    kept.write_bytes(b"moved earlier")
    make(folder, service, clock).close()
    assert not stale.exists() and kept.exists()
