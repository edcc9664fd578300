"""Fuzzing every parser entry point with hypothesis, within a bounded budget.

A *crash* is any exception other than the entry point's documented ones:

* ``sniff``: ``EmptyFileError`` / ``UnsupportedFileError``;
* ``inspect_pdf``: ``PdfTooComplexError``;
* ``read_document`` (PDF text layer through pdfplumber, rendering through pdfium, images
  through Pillow, OCR): ``IntakeError`` and its subclasses;
* ``iter_members`` (ZIP archives): ``IntakeError`` (members it refuses are yielded, not
  raised);
* ``parse_mrz_lines``: ``ValueError`` when the lines have no TD1/TD3 shape;
* ``process_bytes`` and ``parse_value``: nothing at all.

Inputs are valid seeds (a text-layer PDF, a signed PDF, PNG, JPEG, TIFF) with bytes flipped,
cut, repeated and inserted, plus raw random bytes: mutations of real files reach far deeper
into the parsers than random bytes do.
"""

from __future__ import annotations

import io
import os
import string
import zipfile
from functools import cache

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from extractors.mrz import parse_mrz_lines
from extractors.read import read_document
from extractors.values import parse_value
from intake.archive import iter_members
from intake.errors import EmptyFileError, IntakeError, PdfTooComplexError, UnsupportedFileError
from intake.pdfcheck import inspect_pdf
from intake.pipeline import process_bytes
from intake.sniff import sniff
from schemas.base import ValueKind
from tests.security import pdfs
from tests.security.conftest import EXECUTIONS

pytestmark = pytest.mark.usefixtures("fuzz_clock")


def budget(examples: int) -> int:
    """Examples per target: CI's budget, times ``FUZZ_SCALE`` for longer local runs."""
    return max(1, int(examples * float(os.environ.get("FUZZ_SCALE", "1"))))


TEXT_LINES = b"".join(
    b"BT /F1 9 Tf 10 %d Td (Familienname Muster Vorname Erika Zeile %d) Tj ET\n" % (190 - 12 * i, i)
    for i in range(14)
)


def _image(kind: str) -> bytes:
    pixels = np.full((48, 64), 255, dtype=np.uint8)
    pixels[10:30, 8:40] = 0
    out = io.BytesIO()
    frames = [Image.fromarray(pixels)]
    if kind == "TIFF":
        frames[0].save(out, format="TIFF", save_all=True, append_images=[frames[0]])
    else:
        frames[0].save(out, format=kind)
    return out.getvalue()


@cache
def seeds() -> tuple[bytes, ...]:
    """Small valid files of every readable kind (a text layer: no OCR on the PDF seed)."""
    return (
        pdfs.one_page(media_box=b"[0 0 300 200]", content=TEXT_LINES),
        pdfs.signed(),
        pdfs.with_hidden_javascript(),
        _image("PNG"),
        _image("JPEG"),
        _image("TIFF"),
        _zip(),
    )


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("scan/a.pdf", pdfs.one_page())
        archive.writestr("b.png", _image("PNG"))
    return out.getvalue()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed with a few random edits, or plain random bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(draw(st.sampled_from(seeds())))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "digits"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 512))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 64))] * draw(st.integers(2, 50))
        else:  # big numbers where the file expects small ones (lengths, counts, offsets)
            data[at:at] = str(draw(st.integers(0, 2**64))).encode()
    return bytes(data)


@settings(max_examples=budget(400))
@given(st.binary(max_size=4096))
def test_sniff(data: bytes) -> None:
    EXECUTIONS["test_sniff"] += 1
    try:
        sniff(data)
    except (EmptyFileError, UnsupportedFileError) as exc:
        assert exc.message


@settings(max_examples=budget(300))
@given(mutated())
def test_inspect_pdf(data: bytes) -> None:
    EXECUTIONS["test_inspect_pdf"] += 1
    try:
        inspect_pdf(data)
    except PdfTooComplexError as exc:
        assert exc.message


@settings(max_examples=budget(200))
@given(mutated())
def test_read_document(data: bytes) -> None:
    EXECUTIONS["test_read_document"] += 1
    try:
        pages = read_document(data, max_pages=3)
    except IntakeError as exc:
        assert exc.message and exc.reason
    else:
        assert all(page.number >= 1 for page in pages)


@settings(max_examples=budget(100))
@given(mutated())
def test_process_bytes(data: bytes) -> None:
    EXECUTIONS["test_process_bytes"] += 1
    records = process_bytes(data, "fuzz.pdf", document_id_prefix="d-fuzz")
    assert records and all(r.document_id.startswith("d-fuzz") for r in records)


MRZ_CHARS = string.ascii_uppercase + string.digits + "<"
MRZ_LINE = st.text(alphabet=MRZ_CHARS + " «Kk0O", min_size=0, max_size=50)


@settings(max_examples=budget(400))
@given(st.lists(MRZ_LINE, min_size=0, max_size=4), st.none() | st.floats(0, 1))
def test_parse_mrz_lines(lines: list[str], confidence: float | None) -> None:
    EXECUTIONS["test_parse_mrz_lines"] += 1
    try:
        parse_mrz_lines(lines, ocr_confidence=confidence)
    except ValueError as exc:
        assert "no TD1/TD3 zone" in str(exc)


@settings(max_examples=budget(600))
@given(st.sampled_from(list(ValueKind)), st.text(max_size=120))
def test_parse_value(kind: ValueKind, text: str) -> None:
    EXECUTIONS["test_parse_value"] += 1
    parse_value(kind, text)


@settings(max_examples=budget(300))
@given(mutated())
def test_iter_members(data: bytes) -> None:
    EXECUTIONS["test_iter_members"] += 1
    try:
        for _ in iter_members(data):
            pass
    except IntakeError as exc:
        assert exc.message
