"""``docintake process``: a table for people, one JSON line per document for machines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from intake.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "samples" / "examples"


def test_process_json_prints_one_line_per_document_and_exits_0(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    files = [str(EXAMPLES / "geburtsurkunde-000-boxed-text.pdf"), str(broken)]
    result = CliRunner().invoke(app, ["process", "--json", *files])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["source"] for r in lines] == ["geburtsurkunde-000-boxed-text.pdf", "broken.pdf"]
    assert lines[0]["document_type"] == "geburtsurkunde"
    assert lines[1]["status"] == "triage" and lines[1]["queue"] == "triage"


def test_process_prints_a_table_by_default() -> None:
    result = CliRunner().invoke(app, ["process",
                                      str(EXAMPLES / "sterbeurkunde-000-certificate-text.pdf")])
    assert result.exit_code == 0
    assert "sterbeurkunde" in result.stdout
    assert "standesamt" in result.stdout


def test_separator_sheet_is_written_and_read_back_as_a_separator(tmp_path: Path) -> None:
    from intake.pipeline import process_file

    out = tmp_path / "sep.pdf"
    result = CliRunner().invoke(app, ["separator-sheet", str(out)])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"%PDF")
    records = process_file(out)
    assert len(records) == 1 and records[0].status == "triage"
