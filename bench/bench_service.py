"""Service bench: upload acceptance under load, end-to-end throughput, queue overhead.

Starts its own redis-server, API (uvicorn) and rq workers on loopback, with a SQLite case
store (or PostgreSQL with ``--database-url``), in a temporary folder, and prints:

1. upload acceptance: ``--clients`` concurrent clients posting ``--uploads`` distinct small
   PDFs to ``/v1/documents`` (no workers running): p50/p95/p99 latency, errors, uploads/s;
2. end to end on scanned pages (PNG, 300 dpi, OCR): pages/minute from upload until every
   document is finished, with 1 and with 2 workers, against plain
   ``tesseract IMAGE - -l deu+eng`` (the pipeline's languages) two at a time
   (``OMP_THREAD_LIMIT=1``) on the same images;
3. per-job overhead: a no-op rq job through the same queue and worker class, and a full
   ``process_document`` run with a no-op pipeline (claim + finish + case write).

Usage: ``.venv/bin/python bench/bench_service.py [--uploads 500] [--clients 50] [--pages 12]``
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from redis import Redis  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from intake.records import DocumentRecord, Problem, Queue, Status  # noqa: E402
from intake.service import Dispatcher  # noqa: E402
from intake.settings import Settings  # noqa: E402
from intake.store import DocumentRow, session_scope, upgrade_schema  # noqa: E402

PYTHON = sys.executable
FORM_ROWS = (
    ("Familienname", "Müller"),
    ("Vornamen", "Anna Sophie"),
    ("Geburtsdatum", "14.03.1987"),
    ("Geburtsort", "Bochum"),
    ("Geschlecht", "weiblich"),
    ("Staatsangehörigkeit", "deutsch"),
    ("Tag des Einzugs", "01.11.2026"),
    ("Straße", "Hauptstraße"),
    ("Hausnummer", "12"),
    ("PLZ", "44787"),
    ("Ort", "Bochum"),
)
SCAN_DPI = 300
FINISHED = (Status.ROUTED, Status.REVIEW, Status.TRIAGE)


# --- a no-op pipeline (DOCINTAKE_PIPELINE_MODULE=bench.bench_service) ------------------


def process_bytes(
    data: bytes, source: str, document_id_prefix: str | None = None
) -> list[DocumentRecord]:
    """No-op pipeline: one triage record at once (measures the service's own cost)."""
    return [
        DocumentRecord(
            document_id=f"{document_id_prefix}-1",
            source=source,
            pages=[],
            document_type=None,
            queue=Queue.TRIAGE,
            status=Status.TRIAGE,
            problems=[Problem(code="bench", message="no-op pipeline")],
        )
    ]


def revalidate(record: DocumentRecord, corrected_fields: dict[str, object]) -> DocumentRecord:
    """No-op."""
    return record


# --- inputs ------------------------------------------------------------------------------


def form_pdf(serial: int) -> bytes:
    """A one-page Anmeldung as a text-layer PDF, distinct per ``serial``."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 800, "Anmeldung bei der Meldebehörde")
    pdf.setFont("Helvetica", 11)
    y = 760
    for label, value in FORM_ROWS:
        pdf.drawString(60, y, label + ":")
        pdf.drawString(240, y, value)
        y -= 24
    pdf.drawString(60, 120, f"Vorgang {serial:06d}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_page(serial: int) -> bytes:
    """The form rendered to a greyscale PNG at 300 dpi (a scan without a text layer)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(form_pdf(serial))[0]
    image = page.render(scale=SCAN_DPI / 72).to_pil().convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(SCAN_DPI, SCAN_DPI))
    return buffer.getvalue()


# --- processes ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


class Rig:
    """redis-server, API and workers for one bench run, in a temporary folder."""

    def __init__(self, folder: Path, database_url: str | None) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        redis_port = free_port()
        self.processes.append(
            subprocess.Popen(
                [
                    "redis-server",
                    "--port",
                    str(redis_port),
                    "--bind",
                    "127.0.0.1",
                    "--dir",
                    str(folder),
                    "--appendonly",
                    "yes",
                    "--save",
                    "",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        self.redis_url = f"redis://127.0.0.1:{redis_port}/0"
        wait_for(self._redis_up, 10, "redis")
        self.base_env = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTAKE_")}
        self.base_env.update(
            {
                "PYTHONPATH": str(ROOT),
                "DOCINTAKE_REDIS_URL": self.redis_url,
                "DOCINTAKE_SWEEP_INTERVAL_SECONDS": "5",
                "DOCINTAKE_MAX_UPLOAD_BYTES": str(20 * 1024 * 1024),
            }
        )
        self.database_url = database_url
        self.base_url = ""
        self.api: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []
        self.run = 0

    def _redis_up(self) -> bool:
        try:
            return bool(Redis.from_url(self.redis_url).ping())
        except Exception:
            return False

    def fresh(self, pipeline_module: str = "intake.pipeline") -> Settings:
        """New database, originals folder and queue for the next measurement."""
        self.stop_service()
        self.run += 1
        url = self.database_url or f"sqlite:///{self.folder / f'cases-{self.run}.db'}"
        env = {
            **self.base_env,
            "DOCINTAKE_DATABASE_URL": url,
            "DOCINTAKE_ORIGINALS_DIR": str(self.folder / f"originals-{self.run}"),
            "DOCINTAKE_QUEUE_NAME": f"bench-{self.run}",
            "DOCINTAKE_PIPELINE_MODULE": pipeline_module,
            # (every bench client uploads from 127.0.0.1: the per-address limit would answer
            # most uploads with 429 and measure the limiter, not acceptance)
            "DOCINTAKE_RATE_LIMIT_UPLOADS": "0",
        }
        self.env = env
        saved = dict(os.environ)
        os.environ.update(env)
        try:
            settings = Settings(_env_file=None)  # type: ignore[call-arg]
        finally:
            os.environ.clear()
            os.environ.update(saved)
        upgrade_schema(settings.database_url)
        if self.database_url:  # a shared PostgreSQL database: empty it
            from sqlalchemy import text

            with session_scope(settings.database_url) as session:
                session.execute(text("DELETE FROM case_events"))
                session.execute(text("DELETE FROM cases"))
                session.execute(text("DELETE FROM receipts"))
                session.execute(text("DELETE FROM documents"))
        return settings

    def start_api(self, processes: int = 1) -> None:
        port = free_port()
        self.api = subprocess.Popen(
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
                "--workers",
                str(processes),
            ],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )
        self.base_url = f"http://127.0.0.1:{port}"

        def up() -> bool:
            try:
                return httpx.get(self.base_url + "/readyz", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(up, 30, "the API")

    def start_workers(self, count: int, settings: Settings) -> None:
        from rq import Worker

        for n in range(count):
            self.workers.append(
                subprocess.Popen(
                    [PYTHON, "worker.py"],
                    cwd=ROOT,
                    env={**self.env, "DOCINTAKE_WORKER_NAME": f"bench-{self.run}-{n}"},
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            )
        connection = Redis.from_url(self.redis_url)
        queue = Dispatcher(settings, connection).queue
        wait_for(lambda: Worker.count(queue=queue) >= count, 60, "workers")

    def stop_service(self) -> None:
        for process in [*self.workers, *([self.api] if self.api else [])]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in [*self.workers, *([self.api] if self.api else [])]:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.workers, self.api = [], None

    def close(self) -> None:
        self.stop_service()
        for process in self.processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)


def finished_count(settings: Settings) -> int:
    with session_scope(settings.database_url) as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(DocumentRow)
                .where(DocumentRow.status.in_(FINISHED))
            )
            or 0
        )


# --- measurements ------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _upload_all(
    base_url: str, files: list[bytes], clients: int, think_seconds: float = 0.0
) -> tuple[list[float], int]:
    """Each client uploads the next file, waits ``think_seconds`` (with jitter), and again.

    With no think time the clients saturate the server (a stress figure: latency is then
    queueing); with think time they behave like people at a counter or a portal.
    """
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[tuple[int, bytes]] = asyncio.Queue()
    for item in enumerate(files):
        queue.put_nowait(item)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            serial, data = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await http.post(
                    "/v1/documents", files=[("files", (f"f{serial}.pdf", data))]
                )
                ok = response.status_code == 202
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - started)
            errors += not ok
            if think_seconds:
                await asyncio.sleep(random.uniform(0.5, 1.5) * think_seconds)

    async def start_client(http: httpx.AsyncClient, delay: float) -> None:
        await asyncio.sleep(delay)
        await client(http)

    # The clients are built before the clock starts: building one (httpx makes an SSL
    # context) blocks this event loop for tens of milliseconds, which would otherwise be
    # counted as the server's latency of the other clients' requests.
    https = [httpx.AsyncClient(base_url=base_url, timeout=60) for _ in range(clients)]
    try:
        # Paced clients start spread over one think time, not all in the same millisecond.
        await asyncio.gather(*(start_client(http, random.uniform(0, think_seconds))
                               for http in https))
    finally:
        for http in https:
            await http.aclose()
    return latencies, errors


def bench_uploads(rig: Rig, uploads: int, clients: int, api_processes: int,
                  think_seconds: float = 0.0) -> None:
    rig.fresh()
    rig.start_api(api_processes)
    files = [form_pdf(i) for i in range(uploads)]
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    latencies, errors = asyncio.run(_upload_all(rig.base_url, files, clients, think_seconds))
    elapsed = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
        cpu_after.ru_stime - cpu_before.ru_stime
    )
    print(
        f"upload acceptance ({clients} clients, "
        f"{'saturating' if not think_seconds else f'~{think_seconds:g} s between uploads each'}, "
        f"{uploads} uploads of ~{len(files[0]) // 1024} KiB, "
        f"{api_processes} API process(es)): p50 {percentile(latencies, 0.5) * 1000:.0f} ms, "
        f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms, errors {errors}, "
        f"{uploads / elapsed:.0f} uploads/s (the clients themselves used "
        f"{client_cpu / elapsed:.0%} of one core)"
    )


def bench_end_to_end(rig: Rig, pages: list[bytes], workers: int) -> float:
    settings = rig.fresh()
    rig.start_api()
    rig.start_workers(workers, settings)
    started = time.perf_counter()
    with httpx.Client(base_url=rig.base_url, timeout=60) as http:
        for serial, data in enumerate(pages):
            response = http.post("/v1/documents", files=[("files", (f"s{serial}.png", data))])
            assert response.status_code == 202, response.text
    wait_for(lambda: finished_count(settings) >= len(pages), 1800, "processing")
    elapsed = time.perf_counter() - started
    rate = len(pages) / elapsed * 60
    print(
        f"end to end, {workers} worker(s): {len(pages)} scanned pages in {elapsed:.1f} s "
        f"= {rate:.1f} pages/min"
    )
    return rate


def bench_tesseract(pages: list[bytes], folder: Path) -> float:
    paths: list[str] = []
    for serial, data in enumerate(pages):
        image = folder / f"scan-{serial}.png"
        image.write_bytes(data)
        paths.append(str(image))
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    started = time.perf_counter()
    running: list[subprocess.Popen[bytes]] = []
    for path in paths:
        if len(running) == 2:
            running.pop(0).wait()
        running.append(
            subprocess.Popen(
                ["tesseract", path, "-", "-l", "deu+eng"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    for process in running:
        process.wait()
    elapsed = time.perf_counter() - started
    rate = len(paths) / elapsed * 60
    print(
        f"plain tesseract, two at a time: {len(paths)} pages in {elapsed:.1f} s "
        f"= {rate:.1f} pages/min"
    )
    return rate


def bench_overhead(rig: Rig, jobs: int) -> None:
    # rq alone: no-op jobs through the same queue and worker class.
    settings = rig.fresh()
    dispatcher = Dispatcher(settings, Redis.from_url(rig.redis_url))
    for n in range(jobs):
        dispatcher.enqueue(f"noop-{n}", function="worker.noop")
    started = time.perf_counter()
    rig.start_workers(1, settings)
    wait_for(
        lambda: dispatcher.queue.count == 0 and dispatcher.queue.started_job_registry.count == 0,
        600,
        "no-op jobs",
    )
    rq_ms = (time.perf_counter() - started) / jobs * 1000
    # The full job path with a no-op pipeline: claim, read original, finish, write case.
    settings = rig.fresh(pipeline_module="bench.bench_service")
    rig.start_api()
    with httpx.Client(base_url=rig.base_url, timeout=60) as http:
        for n in range(jobs):
            http.post("/v1/documents", files=[("files", (f"n{n}.pdf", f"noop {n}".encode()))])
    started = time.perf_counter()
    rig.start_workers(1, settings)
    wait_for(lambda: finished_count(settings) >= jobs, 600, "no-op documents")
    full_ms = (time.perf_counter() - started) / jobs * 1000
    print(
        f"per-job overhead (1 worker, {jobs} jobs, incl. worker start): rq no-op job "
        f"{rq_ms:.1f} ms; process_document with a no-op pipeline {full_ms:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--think-seconds", type=float, default=1.0,
                        help="pause of each paced client between its uploads")
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--noop-jobs", type=int, default=300)
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL (default SQLite)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["uploads", "e2e", "overhead"])
    args = parser.parse_args()
    if shutil.which("redis-server") is None or shutil.which("tesseract") is None:
        raise SystemExit("needs redis-server and tesseract (scripts/bootstrap.sh)")
    folder = Path(tempfile.mkdtemp(prefix="docintake-bench-"))
    rig = Rig(folder, args.database_url)
    print(f"database: {'PostgreSQL' if args.database_url else 'SQLite'}; cpus: {os.cpu_count()}")
    try:
        if "uploads" not in args.skip:
            bench_uploads(rig, args.uploads, args.clients, 1, args.think_seconds)
            bench_uploads(rig, args.uploads, args.clients, 1)
            bench_uploads(rig, args.uploads, args.clients, 2)
        if "e2e" not in args.skip:
            pages = [scanned_page(10_000 + n) for n in range(args.pages)]
            # The baseline runs before and after, so load from elsewhere shows as a spread.
            plain_before = bench_tesseract(pages, folder)
            one = bench_end_to_end(rig, pages, 1)
            two = bench_end_to_end(rig, pages, 2)
            plain = (plain_before + bench_tesseract(pages, folder)) / 2
            print(
                f"ratio: 2 workers / plain tesseract x2 (mean of both) = {two / plain:.2f}; "
                f"2 workers / 1 worker = {two / one:.2f}"
            )
        if "overhead" not in args.skip:
            bench_overhead(rig, args.noop_jobs)
    finally:
        rig.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
