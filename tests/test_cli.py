"""``docintake process``: a table for people, one JSON line per document for machines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_progress_goes_to_stderr_and_json_stdout_stays_clean(tmp_path: Path) -> None:
    files = [str(EXAMPLES / "geburtsurkunde-000-boxed-text.pdf"),
             str(EXAMPLES / "sterbeurkunde-000-certificate-text.pdf")]
    result = CliRunner().invoke(app, ["process", "--json", "--progress", *files])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]  # every line is JSON
    assert [r["document_type"] for r in lines] == ["geburtsurkunde", "sterbeurkunde"]
    assert "2/2" in result.stderr and "2 documents" in result.stderr
    # Not a terminal and not asked for: no progress at all.
    quiet = CliRunner().invoke(app, ["process", "--json", *files])
    assert quiet.stderr == ""
    assert [json.loads(line)["source"] for line in quiet.stdout.splitlines()] == [
        r["source"] for r in lines]


def test_process_expands_a_zip(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "post.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(EXAMPLES / "sterbeurkunde-000-certificate-text.pdf", "a/death.pdf")
        zf.writestr("inner.zip", b"PK\x05\x06" + bytes(18))
    result = CliRunner().invoke(app, ["process", "--json", str(archive)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["document_type"]) for r in lines] == [
        ("post.zip/a/death.pdf", "sterbeurkunde"), ("post.zip/inner.zip", None)]
    assert lines[1]["problems"][0]["code"] == "nested_archive"


def test_watch_in_process_moves_files_and_stops_when_idle(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from intake.settings import get_settings

    monkeypatch.setenv("DOCINTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'cases.db'}")
    monkeypatch.setenv("DOCINTAKE_ORIGINALS_DIR", str(tmp_path / "originals"))
    get_settings.cache_clear()
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "death.pdf").write_bytes(
        (EXAMPLES / "sterbeurkunde-000-certificate-text.pdf").read_bytes())
    (folder / "note.txt").write_bytes(b"hello")
    try:
        result = CliRunner().invoke(app, ["watch", str(folder), "--in-process", "--interval",
                                          "0.1", "--settle", "0.2", "--exit-when-idle",
                                          "--progress"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (folder / "done").iterdir()) == [
        "death.pdf", "death.pdf.reason.txt"]
    assert sorted(p.name for p in (folder / "failed").iterdir()) == [
        "note.txt", "note.txt.reason.txt"]
    assert "sterbeurkunde" in (folder / "done" / "death.pdf.reason.txt").read_text()
    assert "unsupported_type" in (folder / "failed" / "note.txt.reason.txt").read_text()
    assert "2/2" in result.stderr and "1 done, 1 failed" in result.stderr
    assert result.stdout == ""
