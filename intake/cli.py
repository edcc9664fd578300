"""The ``docintake`` command: process files, evaluate against ground truth, run the service."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from intake.pipeline import PipelineOptions, process_file
from intake.records import DocumentRecord, Status
from intake.routing import DEFAULT_CONFIDENCE_THRESHOLD

if TYPE_CHECKING:
    from intake.watch import Counts

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read citizens' documents, recognise their type, extract and route them.")

_STATUS_STYLE = {Status.ROUTED: "green", Status.REVIEW: "yellow", Status.TRIAGE: "red"}


def _table(records: list[DocumentRecord]) -> Table:
    table = Table(title="Processed documents", show_lines=True)
    for col in ("source", "pages", "type", "status", "queue", "fields"):
        table.add_column(col, no_wrap=col in ("type", "status", "queue"))
    table.add_column("problems")
    for r in records:
        # The table names each problem by code and fields; --json carries the messages.
        by_code: dict[str, list[str]] = {}
        for p in r.problems:
            by_code.setdefault(p.code, []).extend([p.field] if p.field else [])
        problems = "; ".join(f"{code}: {', '.join(fs)}" if fs else code
                             for code, fs in by_code.items())
        table.add_row(r.source, ",".join(map(str, r.pages)), r.document_type or "-",
                      f"[{_STATUS_STYLE.get(r.status, 'white')}]{r.status}[/]",
                      r.queue, str(len(r.fields)), problems or "-")
    return table


ProgressFlag = Annotated[bool | None, typer.Option(
    "--progress/--no-progress",
    help="A progress bar on stderr (default: only when stderr is a terminal).")]


def _progress(wanted: bool | None) -> Progress | None:
    """A progress display on stderr, or ``None``: stdout stays clean for ``--json``."""
    console = Console(stderr=True)
    if not (console.is_terminal if wanted is None else wanted):
        return None
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                    console=console, transient=False)


@app.command()
def process(
    files: Annotated[list[Path], typer.Argument(
        help="PDF, PNG, JPEG or TIFF files, or ZIP archives of them.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per line.")] = False,
    threshold: Annotated[float, typer.Option(help="Confidence under which a field is doubted.")]
    = DEFAULT_CONFIDENCE_THRESHOLD,
    progress: ProgressFlag = None,
) -> None:
    """Process files and print one record per document found.

    Exits 0 whenever the input was processed, whatever the documents' status.
    """
    options = PipelineOptions(confidence_threshold=threshold)
    records: list[DocumentRecord] = []
    bar = _progress(progress)
    with bar or contextlib.nullcontext():
        task = bar.add_task("files", total=len(files), status="") if bar else None
        for path in files:
            found = process_file(path, options)
            if as_json:
                for r in found:
                    sys.stdout.write(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n")
                    sys.stdout.flush()
            records.extend(found)
            if bar is not None and task is not None:
                pages = sum(len(r.pages) for r in records)
                bar.update(task, advance=1,
                           status=f"{pages} pages, {len(records)} documents")
    if not as_json:
        Console().print(_table(records))


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="The folder the scanner writes into.")],
    interval: Annotated[float, typer.Option(help="Seconds between polls.")] = 2.0,
    settle: Annotated[float, typer.Option(
        help="Seconds a file's size and mtime must stay unchanged before it is taken.")] = 4.0,
    in_process: Annotated[bool, typer.Option(
        "--in-process", help="Run the pipeline here instead of queueing for workers.")] = False,
    journal: Annotated[Path | None, typer.Option(
        help="Journal file (default: FOLDER/.docintake/journal.jsonl).")] = None,
    exit_when_idle: Annotated[bool, typer.Option(
        "--exit-when-idle", help="Stop once the folder is empty and nothing is pending.")]
    = False,
    progress: ProgressFlag = None,
) -> None:
    """Watch a folder: take each completely written file through the service, then move it
    to done/ or failed/ with a reason file. Safe to stop and restart at any time."""
    from intake.settings import get_settings
    from intake.watch import ServiceSubmitter, Watcher, WatchError, WatchOptions, stop_on_signals

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s",
                        stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migrations are not news
    options = WatchOptions(interval=interval, settle_seconds=settle, in_process=in_process,
                           journal=journal, exit_when_idle=exit_when_idle)
    try:
        watcher = Watcher(folder, ServiceSubmitter(get_settings(), in_process), options)
    except WatchError as exc:
        Console(stderr=True).print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    bar = _progress(progress)
    try:
        with stop_on_signals(watcher), bar or contextlib.nullcontext():
            task = bar.add_task(f"watching {folder.name}", total=0, status="") if bar else None

            def show(counts: Counts) -> None:
                if bar is not None and task is not None:
                    bar.update(task, total=counts.seen, completed=counts.done + counts.failed,
                               status=f"done {counts.done}, failed {counts.failed}, "
                                      f"pending {counts.pending}")

            counts = watcher.run(show)
    finally:
        watcher.close()
    Console(stderr=True).print(f"watch stopped: {counts.done} done, {counts.failed} failed, "
                               f"{counts.pending} pending")


@app.command("eval")
def evaluate_cmd(
    directory: Annotated[Path, typer.Argument(help="Folder of inputs with .truth.json beside.")],
    threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
    holdout: Annotated[str, typer.Option(help="Comma-separated layouts held out from tuning.")]
    = "",
    workers: int = 2,
    details: Annotated[Path | None, typer.Option(help="Write every wrong case to this file.")]
    = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    sweep_thresholds: Annotated[bool, typer.Option(
        "--sweep", help="Also show routing by confidence threshold.")] = False,
) -> None:
    """Classification and field exact-match accuracy against ground truth."""
    from intake.evaluate import DocOutcome, evaluate, sweep

    if not holdout:
        try:
            from samples.generate import HOLDOUT_LAYOUTS
            holdout = ",".join(HOLDOUT_LAYOUTS)
        except ImportError:
            holdout = ""
    wrong: list[dict[str, object]] = []
    outcomes: list[DocOutcome] = []
    figures = evaluate(directory, threshold, [h for h in holdout.split(",") if h], workers,
                       wrong, outcomes)
    if sweep_thresholds:
        figures["sweep"] = {str(r["threshold"]): r
                            for r in sweep(outcomes, [x / 20 for x in range(8, 20)])}
    if details:
        details.write_text(json.dumps(wrong, ensure_ascii=False, indent=1), encoding="utf-8")
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return
    table = Table(title=f"Evaluation of {directory} (held out: {holdout or 'none'})")
    for col in ("group", "docs", "class. %", "fields", "exact %", "extra", "routed",
                "routed right %", "s/page", "prec≥thr %", "prec<thr %"):
        table.add_column(col)
    for group, f in figures.items():
        if group == "sweep":
            continue
        table.add_row(group, str(f["documents"]), str(f["classification_pct"]), str(f["fields"]),
                      str(f["field_exact_match_pct"]), str(f["extra_fields"]), str(f["routed"]),
                      str(f["routed_all_right_pct"]), str(f["seconds_per_page"]),
                      str(f["precision_above_threshold_pct"]),
                      str(f["precision_below_threshold_pct"]))
    Console().print(table)
    if "sweep" in figures:
        st = Table(title="Routing by confidence threshold")
        for col in ("threshold", "routed", "routed %", "routed entirely right %"):
            st.add_column(col)
        for r in figures["sweep"].values():
            st.add_row(str(r["threshold"]), str(r["routed"]), str(r["routed_pct"]),
                       str(r["routed_all_right_pct"]))
        Console().print(st)


@app.command("separator-sheet")
def separator_sheet(
    output: Annotated[Path, typer.Argument(help="Where to write the PDF.")] = Path(
        "separator-sheet.pdf"),
) -> None:
    """Write a separator sheet: print it and put it between documents in a bulk scan."""
    from intake.split import render_separator_sheet

    output.write_bytes(render_separator_sheet())
    Console().print(f"separator sheet written to {output}")


def _mount_service_commands() -> None:
    """``docintake admin …``, ``docintake serve`` and ``docintake worker`` (the service)."""
    from intake.admin_cli import admin_app, serve, worker

    app.add_typer(admin_app, name="admin")
    app.command("serve")(serve)
    app.command("worker")(worker)


_mount_service_commands()

if __name__ == "__main__":
    app()
