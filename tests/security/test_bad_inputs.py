"""The hostile-input corpus: each input built by code, each with the way it must end.

Every input goes through ``process_bytes`` (what a worker runs) and must end as records,
never an exception: refused inputs as one ``triage`` record with the reason, inputs with
active content or attachments read normally and carrying a note. The table in SECURITY.md
lists the same inputs.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from intake.limits import get_limits
from intake.pdfcheck import PdfNote, inspect_pdf
from intake.pipeline import process_bytes
from intake.records import DocumentRecord, Status
from tests.extractors.pagegen import encode_jpeg, encode_png, make_text_pdf, png_header
from tests.security import pdfs


def blank_page() -> np.ndarray:
    return np.full((1169, 827), 255, dtype=np.uint8)  # A4 at 100 dpi, white


def tiff_pages(count: int) -> bytes:
    frames = [Image.new("L", (64, 64), 255) for _ in range(count)]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("L", (64, 64), 255).save(out, format="GIF")
    return out.getvalue()


# name → (input, reason code of the one triage record)
REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty file": (lambda: b"", "empty_file"),
    "only whitespace and NULs": (lambda: b" \r\n\t\x00" * 100, "empty_file"),
    "CSV text named .pdf": (lambda: b"Name;Vorname\nMuster;Erika\n", "unsupported_type"),
    "Windows executable named .pdf": (lambda: b"MZ\x90\x00" + b"\x00" * 200, "unsupported_type"),
    "HTML with script": (lambda: b"<html><script>alert(1)</script></html>", "unsupported_type"),
    "iPhone HEIC photo": (lambda: b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64, "unsupported_type"),
    "GIF image": (gif, "unsupported_type"),
    "PDF cut in half": (lambda: make_text_pdf(pages=2)[:3000], "corrupt_file"),
    "PDF header then garbage": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 10, "corrupt_file"),
    "PDF with a user password": (lambda: make_text_pdf(encrypt_user="geheim"), "encrypted_pdf"),
    "PDF of 201 pages": (lambda: pdfs.many_pages(201), "too_many_pages"),
    "PDF claiming a million pages": (pdfs.lying_page_count, "too_many_pages"),
    "PDF with 150 000 objects": (lambda: pdfs.many_objects(150_000), "pdf_too_complex"),
    "PDF stream inflating to 300 MB (Flate bomb)": (
        lambda: pdfs.flate_bomb(300 * 1024 * 1024),
        "pdf_too_complex",
    ),
    "PNG claiming 10000 x 9000 px": (lambda: png_header(10_000, 9_000), "too_large"),
    "PNG claiming 50000 x 50000 px (Pillow's bomb)": (
        lambda: png_header(50_000, 50_000),
        "too_large",
    ),
    "PNG of 100000 x 2 px": (lambda: png_header(100_000, 2), "too_large"),
    "PNG cut in half": (lambda: encode_png(blank_page())[:400], "corrupt_file"),
    "JPEG cut short": (lambda: encode_jpeg(blank_page())[:300], "corrupt_file"),
    "TIFF of 201 pages": (lambda: tiff_pages(201), "too_many_pages"),
    "blank PNG named .pdf (MIME lies)": (lambda: encode_png(blank_page()), "no_text"),
    "PDF image declaring 100000 x 100000 px": (pdfs.huge_image_xobject, "no_text"),
    "PDF page of 200 x 200 inches": (pdfs.giant_media_box, "no_text"),
}

# name → (input, note every record must carry): read, not refused, never executed.
NOTED: dict[str, tuple[Callable[[], bytes], str]] = {
    "PDF with JavaScript (OpenAction and names tree)": (pdfs.with_javascript, PdfNote.JAVASCRIPT),
    "PDF with JavaScript hidden (hex-escaped name, object stream)": (
        pdfs.with_hidden_javascript,
        PdfNote.JAVASCRIPT,
    ),
    "PDF with a launch action": (pdfs.with_launch_action, PdfNote.LAUNCH_ACTION),
    "PDF with an embedded executable": (pdfs.with_embedded_file, PdfNote.EMBEDDED_FILES),
    "digitally signed PDF": (pdfs.signed, PdfNote.SIGNED),
}


def only_record(records: list[DocumentRecord]) -> DocumentRecord:
    assert len(records) == 1
    return records[0]


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_input_ends_in_triage_with_its_reason(name: str) -> None:
    make, reason = REFUSED[name]
    record = only_record(process_bytes(make(), "upload.pdf", document_id_prefix="d-1"))
    assert record.status is Status.TRIAGE
    assert [p.code for p in record.problems] == [reason]
    assert record.problems[0].message  # a sentence a clerk or citizen can act on


@pytest.mark.parametrize("name", list(NOTED))
def test_active_content_and_signatures_are_recorded_not_run(name: str) -> None:
    make, note = NOTED[name]
    data = make()
    records = process_bytes(data, "upload.pdf", document_id_prefix="d-1")
    assert records and all(note in r.notes for r in records)
    # No other note is invented: the plain page of the same builder carries none.
    assert only_record(process_bytes(pdfs.one_page(), "plain.pdf")).notes == []


def test_a_text_pdf_named_jpg_is_read_as_the_pdf_it_is() -> None:
    record = only_record(process_bytes(make_text_pdf(), "photo.jpg"))
    assert record.problems == [] or all(p.code != "unsupported_type" for p in record.problems)
    assert record.pages == [1]


@pytest.fixture
def small_inflate_budget(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("DOCINTAKE_MAX_PDF_STREAM_BYTES", str(4 * 1024 * 1024))
    monkeypatch.setenv("DOCINTAKE_MAX_PDF_INFLATED_BYTES", str(6 * 1024 * 1024))
    get_limits.cache_clear()
    yield
    get_limits.cache_clear()


def test_many_streams_each_small_but_together_too_big_are_refused(
    small_inflate_budget: None,
) -> None:
    three_mb = zlib.compress(b" " * 3 * 1024 * 1024)
    streams = tuple(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(three_mb), three_mb)
        for _ in range(3)
    )
    data = pdfs.one_page(extra_objects=streams)
    assert inspect_pdf(pdfs.one_page(extra_objects=streams[:1])).inflated_bytes > 3_000_000
    record = only_record(process_bytes(data, "streams.pdf"))
    assert [p.code for p in record.problems] == ["pdf_too_complex"]


def test_limits_are_read_from_the_environment(small_inflate_budget: None) -> None:
    assert get_limits().max_pdf_stream_bytes == 4 * 1024 * 1024
    record = only_record(process_bytes(pdfs.flate_bomb(5 * 1024 * 1024), "bomb.pdf"))
    assert [p.code for p in record.problems] == ["pdf_too_complex"]
    assert "4194304 bytes" in record.problems[0].message


# --- ZIP archives (intake/archive.py): bombs, traversal, nesting ---------------------------


def zip_of(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_path_traversal_names_are_labels_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = zip_of([("../../../etc/cron.d/evil.pdf", pdfs.one_page()),
                   ("/abs/C:/win.pdf", pdfs.one_page())])
    work = tmp_path / "a" / "b" / "c"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    records = process_bytes(data, "upload.zip")
    assert len(records) == 2
    assert all(".." not in r.source and not r.source.startswith("/") for r in records), [
        r.source for r in records
    ]
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # nothing written anywhere


def test_zip_bomb_member_is_refused_by_ratio() -> None:
    data = zip_of([("bomb.pdf", b"%PDF-1.7\n" + b"\x00" * (64 * 1024 * 1024))])
    assert len(data) < 200_000
    record = only_record(process_bytes(data, "bomb.zip"))
    assert record.status is Status.TRIAGE
    assert [p.code for p in record.problems] == ["compression_ratio"]


def test_zip_inside_a_zip_is_refused_not_opened() -> None:
    inner = zip_of([("a.pdf", pdfs.one_page())])
    record = only_record(process_bytes(zip_of([("inner.zip", inner)]), "outer.zip"))
    assert [p.code for p in record.problems] == ["nested_archive"]
