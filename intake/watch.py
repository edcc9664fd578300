"""``docintake watch DIR``: a folder the scanner writes into, fed to the service.

The folder is polled (``os.scandir``), not watched with inotify, so that it works on network
shares (SMB, NFS) where change notifications are missing or unreliable. A file is picked up
only once it is completely written: its size and modification time are unchanged across
polls for ``settle_seconds``. It is then accepted the way an upload is (original stored
content-addressed, document recorded, job queued on Redis for a worker), or processed in this
process with ``in_process``. Once its document is finished the original is moved to
``DIR/done/`` or, when nothing could be read from it, ``DIR/failed/``, with a reason file
beside it (``name.reason.txt``: the document id, its cases' types, statuses and problem codes;
never field values).

Exactly once across restarts: every step is written to a journal (``DIR/.docintake/
journal.jsonl``, one fsynced JSON line per step) keyed by the file's content hash and name:
``accepted`` (with the document id) → ``moving`` (with the chosen target) → ``moved``. A
watcher killed at any point resumes from the journal: an accepted file is not accepted again
but waited for; a half-done move is finished. A crash between the service's acceptance and the
journal line is harmless too: the service answers the same content with the same document
(content-addressed), so accepting it again creates no second case.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import FrameType
from typing import Final, Protocol

from intake.originals import OriginalStore
from intake.records import DocumentRecord, Status
from intake.service import (
    FINISHED,
    Dispatcher,
    Enqueuer,
    Pipeline,
    ServiceError,
    accept_upload,
    load_pipeline,
    process_document,
)
from intake.settings import Settings
from intake.store import cases_of_document, get_document, session_scope, upgrade_schema

log = logging.getLogger(__name__)

DONE_DIR: Final = "done"
FAILED_DIR: Final = "failed"
STATE_DIR: Final = ".docintake"
JOURNAL_NAME: Final = "journal.jsonl"
REASON_SUFFIX: Final = ".reason.txt"
#: Names scanners and copy tools give files while writing them; never picked up.
_PARTIAL_SUFFIXES: Final = (".part", ".tmp", ".crdownload", ".partial", "~")
#: Reading a file that vanished or is locked is retried on later polls, this many times.
MAX_READ_ATTEMPTS: Final = 5


class WatchError(Exception):
    """The watcher cannot run (folder missing, another watcher holds the journal)."""


class NotAcceptedError(Exception):
    """The service refused a file (e.g. larger than its upload limit): it goes to failed/."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Step(StrEnum):
    """A file's progress through the watcher, as written to the journal."""

    ACCEPTED = "accepted"
    MOVING = "moving"
    MOVED = "moved"


class Outcome(StrEnum):
    """Where an original ends up."""

    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """Knobs of one watcher.

    Attributes:
        interval: seconds between polls.
        settle_seconds: a file's size and mtime must be unchanged this long (and across at
            least two polls) before it is picked up.
        in_process: run the pipeline in this process instead of queueing for workers.
        journal: the journal file; ``DIR/.docintake/journal.jsonl`` by default.
        exit_when_idle: stop once the folder holds no files and nothing is pending.
    """

    interval: float = 2.0
    settle_seconds: float = 4.0
    in_process: bool = False
    journal: Path | None = None
    exit_when_idle: bool = False


@dataclass(slots=True)
class Entry:
    """One file's latest journal line."""

    sha256: str
    name: str
    step: Step
    size: int
    mtime_ns: int
    document_id: str | None = None
    outcome: Outcome | None = None
    target: str | None = None
    at: str = ""

    @property
    def key(self) -> str:
        """Content hash and name: the same scan under another name is another file."""
        return f"{self.sha256}:{self.name}"


@dataclass(frozen=True, slots=True)
class Finished:
    """A file's result, decided once its document is finished (or it was refused)."""

    outcome: Outcome
    reason: str


class Journal:
    """Append-only JSON lines, each flushed and fsynced before the step it records is taken.

    A line torn by a crash (the last one) does not parse and is ignored: the step it would
    have recorded is then redone, and every step is safe to redo. On opening, the journal is
    compacted (latest line per file, written to a temporary file and renamed into place).
    """

    def __init__(self, path: Path) -> None:
        """Open (and lock) the journal at ``path``.

        Raises:
            WatchError: another watcher holds the lock.
        """
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = (path.parent / "watch.lock").open("a+")
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock.close()
            raise WatchError(f"another watcher is running on this folder ({path.parent})") from exc
        self.entries: dict[str, Entry] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                entry = _parse(line)
                if entry is not None:
                    self.entries[entry.key] = entry
        self._compact()
        self._handle = path.open("a", encoding="utf-8")

    def _compact(self) -> None:
        fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".journal-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for entry in self.entries.values():
                out.write(_dump(entry) + "\n")
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(self.path)
        _fsync_dir(self.path.parent)

    def write(self, entry: Entry) -> None:
        """Record a step durably (the caller takes the step only after this returns)."""
        entry.at = datetime.now(UTC).isoformat(timespec="seconds")
        self._handle.write(_dump(entry) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.entries[entry.key] = entry

    def get(self, sha256: str, name: str) -> Entry | None:
        """The file's latest step, if it was seen before."""
        return self.entries.get(f"{sha256}:{name}")

    def pending(self) -> list[Entry]:
        """Files accepted or being moved, not yet moved."""
        return [e for e in self.entries.values() if e.step is not Step.MOVED]

    def close(self) -> None:
        """Close the journal and release the lock."""
        self._handle.close()
        self._lock.close()


def _dump(entry: Entry) -> str:
    return json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True)


def _parse(line: str) -> Entry | None:
    try:
        raw = json.loads(line)
        entry = Entry(**raw)
        entry.step = Step(entry.step)
        entry.outcome = Outcome(entry.outcome) if entry.outcome else None
    except (ValueError, TypeError):
        return None
    return entry


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- submitting to the service ------------------------------------------------------------


class Submitter(Protocol):
    """Hands a file to the service and reports when its document is finished."""

    def submit(self, data: bytes, name: str) -> str:
        """Accept the file; returns its document id.

        Raises:
            NotAcceptedError: the service refuses the file for good.
        """
        ...

    def result(self, document_id: str) -> Finished | None:
        """The document's result once it is finished, else ``None``."""
        ...


class _NoQueue:
    """In-process mode: nothing is queued; :meth:`ServiceSubmitter.result` runs the job."""

    def enqueue(self, document_id: str, function: str = "") -> None:
        """Do nothing (the watcher processes the document itself)."""

    def is_waiting(self, document_id: str) -> bool:
        """Never waiting in a queue."""
        return False


class ServiceSubmitter:
    """The upload path: originals store, document row, job on Redis (or run here)."""

    def __init__(self, settings: Settings, in_process: bool = False) -> None:
        """Connect to the service's store (and Redis, unless ``in_process``)."""
        self.settings = settings
        self.originals = OriginalStore(settings.originals_dir)
        self.pipeline: Pipeline | None = None
        self.enqueuer: Enqueuer
        if in_process:
            if settings.migrate_on_start:
                upgrade_schema(settings.database_url)
            self.pipeline = load_pipeline(settings.pipeline_module,
                                          settings.confidence_threshold)
            self.enqueuer = _NoQueue()
        else:
            self.enqueuer = Dispatcher(settings)

    def submit(self, data: bytes, name: str) -> str:
        """Accept the file as an upload (the same content gives the same document)."""
        try:
            answer = accept_upload(self.settings, self.originals, self.enqueuer, [data], name)
        except ServiceError as exc:
            raise NotAcceptedError(exc.code.value, exc.message) from exc
        return answer.document_id

    def result(self, document_id: str) -> Finished | None:
        """Finished documents' results; in-process, unfinished documents are run first."""
        if self.pipeline is not None:
            # Safe to call on any document: it is claimed by a lease, and a finished one is
            # left alone, so a document accepted before a crash is simply run now.
            try:
                process_document(self.settings, document_id, self.pipeline, self.originals)
            except Exception as exc:  # transient: the document keeps its attempt count
                log.warning("document %s failed, retried next poll: %s", document_id,
                            type(exc).__name__)
                return None
        with session_scope(self.settings.database_url) as session:
            document = get_document(session, document_id)
            if document is None:
                return Finished(Outcome.FAILED, f"document {document_id} is not in the store")
            if document.status not in FINISHED:
                return None
            records = [DocumentRecord.model_validate(c.record)
                       for c in cases_of_document(session, document_id)]
        return judge(document_id, records)


def judge(document_id: str, records: list[DocumentRecord]) -> Finished:
    """done/ or failed/ for a finished document, and the reason file's text.

    Failed means nothing could be read: every case is in triage without a single page (an
    empty, damaged, encrypted or foreign file; a refused archive). A document that was read
    but not recognised is done: it waits in the triage queue for a clerk like any other.
    """
    unread = bool(records) and all(r.status is Status.TRIAGE and not r.pages for r in records)
    lines = [f"document {document_id}: {len(records)} case(s)"]
    for r in records:
        pages = ",".join(map(str, r.pages)) or "-"
        problems = "; ".join(f"{p.code}: {p.message}" if unread else
                             (f"{p.code} ({p.field})" if p.field else p.code)
                             for p in r.problems) or "-"
        lines.append(f"{r.document_id}  source={r.source}  pages={pages}  "
                     f"type={r.document_type or '-'}  status={r.status}  queue={r.queue}  "
                     f"problems={problems}")
    return Finished(Outcome.FAILED if unread else Outcome.DONE, "\n".join(lines) + "\n")


# --- the folder -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Seen:
    size: int
    mtime_ns: int
    since: float
    polls: int = 1


@dataclass(slots=True)
class Counts:
    """What the watcher did since it started (for progress and the final line)."""

    seen: int = 0
    done: int = 0
    failed: int = 0
    pending: int = 0
    names: set[str] = field(default_factory=set)


def _is_candidate(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    return (entry.is_file(follow_symlinks=False) and not name.startswith(".")
            and not name.endswith(_PARTIAL_SUFFIXES))


class Watcher:
    """Polls one folder and takes each file through accepted → finished → moved."""

    def __init__(self, folder: Path, submitter: Submitter, options: WatchOptions,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Prepare ``folder`` (``done/``, ``failed/``, the journal).

        Raises:
            WatchError: the folder does not exist, or another watcher runs on it.
        """
        if not folder.is_dir():
            raise WatchError(f"{folder} is not a folder")
        self.folder = folder
        self.submitter = submitter
        self.options = options
        self.clock = clock
        for sub in (DONE_DIR, FAILED_DIR):
            (folder / sub).mkdir(exist_ok=True)
        self.journal = Journal(options.journal or folder / STATE_DIR / JOURNAL_NAME)
        self._remove_stale_temp_files()
        self.counts = Counts()
        self._seen: dict[str, _Seen] = {}
        self._read_failures: dict[str, int] = {}
        self._stop = False

    def _remove_stale_temp_files(self) -> None:
        # A watcher killed while writing a reason file or compacting leaves its temporary
        # file; only the watcher holding the lock writes them, so they are ours to remove.
        for pattern, where in ((".reason-*.tmp", self.folder / DONE_DIR),
                               (".reason-*.tmp", self.folder / FAILED_DIR),
                               (".journal-*.tmp", self.journal.path.parent)):
            for stale in where.glob(pattern):
                stale.unlink(missing_ok=True)

    def close(self) -> None:
        """Release the journal."""
        self.journal.close()

    def stop(self) -> None:
        """Finish the current step, then stop (from a signal handler)."""
        self._stop = True

    # -- polling --

    def ready_files(self) -> list[str]:
        """Files in the folder whose size and mtime have settled, oldest first."""
        now = self.clock()
        current: dict[str, os.stat_result] = {}
        with os.scandir(self.folder) as it:
            for entry in it:
                if _is_candidate(entry):
                    with contextlib.suppress(FileNotFoundError):
                        current[entry.name] = entry.stat(follow_symlinks=False)
        ready: list[tuple[int, str]] = []
        for name, st in current.items():
            seen = self._seen.get(name)
            if seen is None or (seen.size, seen.mtime_ns) != (st.st_size, st.st_mtime_ns):
                self._seen[name] = _Seen(st.st_size, st.st_mtime_ns, now)
                if seen is None and name not in self.counts.names:
                    self.counts.names.add(name)
                    self.counts.seen += 1
                continue
            seen.polls += 1
            if now - seen.since >= self.options.settle_seconds:
                ready.append((st.st_mtime_ns, name))
        for gone in set(self._seen) - set(current):
            del self._seen[gone]
        return [name for _, name in sorted(ready)]

    def poll(self) -> None:
        """One round: finish what is pending, then take every settled file."""
        self.finish_pending()
        waiting = {e.name for e in self.journal.pending()}
        for name in self.ready_files():
            if self._stop:
                return
            if name not in waiting:  # accepted before: finish_pending moves it when done
                self.take(name)
        self.counts.pending = len(self.journal.pending())

    def idle(self) -> bool:
        """No file waits in the folder and nothing is pending."""
        return not self._seen and not self.journal.pending()

    def run(self, on_poll: Callable[[Counts], None] | None = None) -> Counts:
        """Poll until stopped (SIGINT/SIGTERM) or, with ``exit_when_idle``, until idle."""
        while not self._stop:
            self.poll()
            if on_poll is not None:
                on_poll(self.counts)
            if self.options.exit_when_idle and self.idle():
                break
            time.sleep(self.options.interval)
        return self.counts

    # -- one file --

    def _read(self, name: str) -> tuple[bytes, os.stat_result] | None:
        """The file's bytes, if it is still the settled file (unchanged while read)."""
        path = self.folder / name
        try:
            before = path.stat()
            data = path.read_bytes()
            after = path.stat()
        except FileNotFoundError:
            self._seen.pop(name, None)
            return None
        except OSError as exc:  # locked or unreadable on a share: try again later
            failures = self._read_failures.get(name, 0) + 1
            self._read_failures[name] = failures
            log.warning("could not read a file (attempt %d): %s", failures, type(exc).__name__)
            if failures >= MAX_READ_ATTEMPTS:
                self._move_unreadable(name, exc)
            return None
        if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
                len(data) != after.st_size):
            self._seen.pop(name, None)  # still being written after all: settle again
            return None
        return data, after

    def take(self, name: str) -> None:
        """Accept a settled file, or resume it from the journal."""
        got = self._read(name)
        if got is None:
            return
        data, st = got
        sha256 = hashlib.sha256(data).hexdigest()
        entry = self.journal.get(sha256, name)
        if entry is not None and entry.step is Step.MOVED:
            # The same file (content and name) again: it was processed; not a second time.
            entry = Entry(sha256, name, Step.ACCEPTED, st.st_size, st.st_mtime_ns,
                          document_id=entry.document_id)
            self._move(entry, Finished(Outcome.DONE,
                                       f"already processed as document {entry.document_id}; "
                                       "this copy was not processed again\n"))
            return
        if entry is None:
            try:
                document_id = self.submitter.submit(data, name)
            except NotAcceptedError as exc:
                entry = Entry(sha256, name, Step.ACCEPTED, st.st_size, st.st_mtime_ns)
                self._move(entry, Finished(Outcome.FAILED, f"{exc.code}: {exc.message}\n"))
                return
            entry = Entry(sha256, name, Step.ACCEPTED, st.st_size, st.st_mtime_ns,
                          document_id=document_id)
            self.journal.write(entry)
            log.info("accepted %s as document %s", sha256[:12], document_id)
        self._seen.pop(name, None)
        self.finish(entry)

    def finish_pending(self) -> None:
        """Move every accepted file whose document is finished; redo interrupted moves."""
        for entry in self.journal.pending():
            if self._stop:
                return
            self.finish(entry)

    def finish(self, entry: Entry) -> None:
        """Move the file if its result is known (else leave it pending)."""
        if entry.step is Step.MOVING:
            assert entry.outcome is not None and entry.target is not None
            self._complete_move(entry)
            return
        assert entry.document_id is not None
        result = self.submitter.result(entry.document_id)
        if result is not None:
            self._move(entry, result)

    # -- moving --

    def _target(self, outcome: Outcome, name: str, sha256: str) -> str:
        """``done/name``, or ``done/stem.<hash>.ext`` when that name is taken."""
        folder = self.folder / outcome.value
        candidate = name
        if (folder / candidate).exists():
            stem, dot, ext = name.rpartition(".")
            base = f"{stem}.{sha256[:10]}" if dot else f"{name}.{sha256[:10]}"
            candidate = f"{base}.{ext}" if dot else base
            n = 2
            while (folder / candidate).exists():
                candidate = f"{base}-{n}.{ext}" if dot else f"{base}-{n}"
                n += 1
        return f"{outcome.value}/{candidate}"

    def _move(self, entry: Entry, result: Finished) -> None:
        target = self._target(result.outcome, entry.name, entry.sha256)
        _write_atomically(self.folder / (target + REASON_SUFFIX), result.reason)
        entry.step, entry.outcome, entry.target = Step.MOVING, result.outcome, target
        self.journal.write(entry)
        self._complete_move(entry)

    def _complete_move(self, entry: Entry) -> None:
        """Rename the original into place (idempotent: a finished rename is recognised)."""
        assert entry.target is not None
        source = self.folder / entry.name
        target = self.folder / entry.target
        try:
            st = source.stat()
        except FileNotFoundError:
            st = None
        if st is not None and (st.st_size, st.st_mtime_ns) == (entry.size, entry.mtime_ns):
            source.replace(target)
            _fsync_dir(self.folder)
            _fsync_dir(target.parent)
        elif not target.exists():
            # The original is gone (removed by hand) or replaced by another file of the same
            # name, which is picked up on its own; this one is closed.
            log.warning("original of document %s vanished before it was moved",
                        entry.document_id)
        entry.step = Step.MOVED
        self.journal.write(entry)
        self._seen.pop(entry.name, None)
        if entry.outcome is Outcome.FAILED:
            self.counts.failed += 1
        else:
            self.counts.done += 1

    def _move_unreadable(self, name: str, exc: OSError) -> None:
        target = self.folder / self._target(Outcome.FAILED, name, "0" * 64)
        _write_atomically(Path(f"{target}{REASON_SUFFIX}"),
                          f"could not be read: {type(exc).__name__}: {exc.strerror}\n")
        with contextlib.suppress(OSError):
            (self.folder / name).replace(target)
            self.counts.failed += 1
        self._seen.pop(name, None)


def _write_atomically(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".reason-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    Path(temp).replace(path)


@contextlib.contextmanager
def stop_on_signals(watcher: Watcher) -> Iterator[None]:
    """SIGINT and SIGTERM let the current step finish, then stop the watcher."""

    def handler(_signum: int, _frame: FrameType | None) -> None:
        watcher.stop()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
