"""The ``docintake`` command: process files, evaluate against ground truth, run the service."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from intake.pipeline import PipelineOptions, process_file
from intake.records import DocumentRecord, Status
from intake.routing import DEFAULT_CONFIDENCE_THRESHOLD

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


@app.command()
def process(
    files: Annotated[list[Path], typer.Argument(help="PDF, PNG, JPEG or TIFF files.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON record per line.")] = False,
    threshold: Annotated[float, typer.Option(help="Confidence under which a field is doubted.")]
    = DEFAULT_CONFIDENCE_THRESHOLD,
) -> None:
    """Process files and print one record per document found.

    Exits 0 whenever the input was processed, whatever the documents' status.
    """
    options = PipelineOptions(confidence_threshold=threshold)
    records: list[DocumentRecord] = []
    for path in files:
        found = process_file(path, options)
        if as_json:
            for r in found:
                sys.stdout.write(json.dumps(r.to_json_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
        records.extend(found)
    if not as_json:
        Console().print(_table(records))


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
