"""Watch-folder bench: N files dropped while ``docintake watch`` runs, the watcher SIGKILLed
part-way and started again; counts per file in the case store.

Starts its own redis-server (loopback, free port), a SQLite case store and originals folder
in a temporary directory, ``--workers`` rq workers and the watcher (``python -m intake.cli
watch``). Files are written the way a scanner writes them (two parts, a pause between) at
``--rate`` files per second. With ``--pipeline real`` (default) each file is one of the
text-layer sample PDFs with a unique trailing comment (distinct content, same reading); every
tenth file is foreign bytes that cannot be read (it must end in ``failed/``). When a third of
the files are moved the watcher is killed with SIGKILL and started again. Printed: how many
files, documents and cases per file (each must be exactly 1), where the files ended up, and
the time from the first drop to the last move.

Usage: ``.venv/bin/python -m bench.bench_watch [--files 200] [--workers 2] [--rate 20]
[--pipeline real|fake]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Final

from sqlalchemy import func, select

ROOT: Final = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_service import free_port, wait_for  # noqa: E402
from intake.store import CaseRow, DocumentRow, session_scope, upgrade_schema  # noqa: E402

EXAMPLES: Final = sorted((ROOT / "samples" / "examples").glob("*-text.pdf"))


def content(i: int, fake: bool) -> bytes:
    """File ``i``: unreadable every tenth, else a sample (or fake instruction), made unique."""
    if i % 10 == 9:
        return f"not a scan {i}\n".encode()
    if fake:
        return f"FAKE routed standesamt\nfile {i}\n".encode()
    return EXAMPLES[i % len(EXAMPLES)].read_bytes() + f"\n% copy {i}\n".encode()


def drop(folder: Path, count: int, rate: float, fake: bool) -> None:
    for i in range(count):
        data = content(i, fake)
        with (folder / f"scan-{i:04d}.pdf").open("wb") as fh:
            fh.write(data[: len(data) // 2])
            fh.flush()
            time.sleep(0.5 / rate)
            fh.write(data[len(data) // 2:])
        time.sleep(0.5 / rate)


def originals(folder: Path) -> list[Path]:
    """The dropped files in a folder (not reason files, not temporary files)."""
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.name.startswith("scan-")
            and not p.name.endswith(".reason.txt")]


def moved(folder: Path) -> int:
    return len(originals(folder / "done")) + len(originals(folder / "failed"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rate", type=float, default=20.0, help="files dropped per second")
    parser.add_argument("--pipeline", choices=("real", "fake"), default="real")
    args = parser.parse_args(argv)
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        raise SystemExit("redis-server is not installed")
    fake = args.pipeline == "fake"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        url = f"sqlite:///{tmp / 'cases.db'}"
        upgrade_schema(url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTAKE_")}
        env.update({"DOCINTAKE_DATABASE_URL": url,
                    "DOCINTAKE_REDIS_URL": f"redis://127.0.0.1:{port}/0",
                    "DOCINTAKE_ORIGINALS_DIR": str(tmp / "originals"),
                    "DOCINTAKE_QUEUE_NAME": "bench-watch",
                    "DOCINTAKE_SWEEP_INTERVAL_SECONDS": "2",
                    "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"})
        if fake:
            env["DOCINTAKE_PIPELINE_MODULE"] = "tests.fakes.fake_pipeline"
        logs = (tmp / "logs.txt").open("ab")
        procs: list[subprocess.Popen[bytes]] = []

        def start(cmd: list[str]) -> subprocess.Popen[bytes]:
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=logs,
                                    stderr=subprocess.STDOUT, start_new_session=True)
            procs.append(proc)
            return proc

        folder = tmp / "scans"
        folder.mkdir()
        watch_cmd = [sys.executable, "-m", "intake.cli", "watch", str(folder), "--interval",
                     "0.5", "--settle", "1", "--no-progress"]
        try:
            start([redis_server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp),
                   "--save", "", "--appendonly", "no"])
            time.sleep(0.5)
            for n in range(args.workers):
                env["DOCINTAKE_WORKER_NAME"] = f"bench-{n}"
                start([sys.executable, "worker.py"])
            watcher = start(watch_cmd)
            started = time.monotonic()
            dropper = threading.Thread(target=drop, args=(folder, args.files, args.rate, fake))
            dropper.start()
            wait_for(lambda: moved(folder) >= args.files // 3, 600, "a third moved")
            os.killpg(watcher.pid, signal.SIGKILL)
            watcher.wait()
            at_kill = moved(folder)
            killed = time.monotonic() - started
            start(watch_cmd)
            dropper.join()
            wait_for(lambda: moved(folder) >= args.files, 1800, "every file moved")
            elapsed = time.monotonic() - started
            time.sleep(3)  # a file processed twice would show up in the store meanwhile
            report(folder, url, args.files, at_kill, killed, elapsed)
        finally:
            for proc in procs:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
            for proc in procs:
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
    return 0


def report(folder: Path, url: str, files: int, at_kill: int, killed: float,
           elapsed: float) -> None:
    with session_scope(url) as session:
        documents = dict(session.execute(
            select(DocumentRow.source, func.count()).group_by(DocumentRow.source)).all())
        cases = dict(session.execute(
            select(DocumentRow.source, func.count(CaseRow.id))
            .join(CaseRow, CaseRow.document_id == DocumentRow.id)
            .group_by(DocumentRow.source)).all())
    names = [f"scan-{i:04d}.pdf" for i in range(files)]
    per_doc = [documents.get(n, 0) for n in names]
    per_case = [cases.get(n, 0) for n in names]
    done, failed = originals(folder / "done"), originals(folder / "failed")
    left = [p for p in folder.iterdir() if p.is_file()]
    other = [p.name for sub in ("done", "failed") for p in (folder / sub).iterdir()
             if not p.name.startswith("scan-")]
    exact = sum(1 for d, c in zip(per_doc, per_case, strict=True) if d == 1 and c >= 1)
    print(f"{files} files dropped; watcher SIGKILLed after {killed:.1f} s with {at_kill} moved, "
          f"restarted; last file moved after {elapsed:.1f} s "
          f"({files / elapsed * 60:.0f} files/min)")
    print(f"documents per file: min {min(per_doc)}, max {max(per_doc)}; cases per file: "
          f"min {min(per_case)}, max {max(per_case)}; files processed exactly once: "
          f"{exact}/{files}")
    print(f"done/ {len(done)} (expected {files - files // 10}), failed/ {len(failed)} "
          f"(expected {files // 10}), left in the folder {len(left)}, reason files "
          f"{sum(1 for p in done + failed if Path(f'{p}.reason.txt').is_file())}, "
          f"other files in done/ and failed/: {other or 'none'}")


if __name__ == "__main__":
    raise SystemExit(main())
