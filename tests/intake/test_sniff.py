"""Sniffing file kinds from magic bytes."""

from __future__ import annotations

import pytest

from intake.errors import EmptyFileError, Reason, UnsupportedFileError
from intake.sniff import FileKind, detect, sniff
from tests.extractors.pagegen import (
    encode_jpeg,
    encode_png,
    encode_tiff,
    make_text_pdf,
    render_scan,
)


@pytest.fixture(scope="module")
def small_page() -> object:
    return render_scan((), crop_bottom_pt=50, dpi=72)


def test_real_files_are_recognised(small_page: object) -> None:
    import numpy as np

    assert isinstance(small_page, np.ndarray)
    assert sniff(make_text_pdf()) is FileKind.PDF
    assert sniff(encode_png(small_page)) is FileKind.PNG
    assert sniff(encode_jpeg(small_page)) is FileKind.JPEG
    assert sniff(encode_tiff([small_page])) is FileKind.TIFF


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", FileKind.PDF),
        (b"\xef\xbb\xbf\r\n%PDF-1.4\n", FileKind.PDF),  # junk before the header is tolerated
        (b"\x89PNG\r\n\x1a\n\x00\x00", FileKind.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileKind.JPEG),
        (b"II*\x00\x08\x00\x00\x00", FileKind.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", FileKind.TIFF),
        (b"PK\x03\x04\x14\x00", FileKind.ZIP),
        (b"hello world", FileKind.UNKNOWN),
        (b"", FileKind.UNKNOWN),
    ],
)
def test_detect_by_magic_bytes(head: bytes, kind: FileKind) -> None:
    data = head + b"\x00" * 64 if head else head
    assert detect(data) is kind


def test_pdf_header_only_counts_in_the_first_kilobyte() -> None:
    assert detect(b"x" * 2000 + b"%PDF-1.4") is FileKind.UNKNOWN


@pytest.mark.parametrize("data", [b"", b"\x00\x00\x00", b"  \r\n\t "])
def test_empty_files_are_refused(data: bytes) -> None:
    with pytest.raises(EmptyFileError) as info:
        sniff(data)
    assert info.value.reason is Reason.EMPTY_FILE
    assert "empty" in info.value.message


def test_unknown_content_gets_a_clear_message() -> None:
    with pytest.raises(UnsupportedFileError) as info:
        sniff(b"Sehr geehrte Damen und Herren, anbei mein Antrag.")
    assert info.value.reason is Reason.UNSUPPORTED_TYPE
    assert info.value.message.startswith("This file is not a PDF or an image (PNG, JPEG, TIFF)")


def test_office_documents_are_named() -> None:
    with pytest.raises(UnsupportedFileError, match="ZIP archive or an Office document"):
        sniff(b"PK\x03\x04" + b"\x00" * 100)


def test_iphone_photos_are_named() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    with pytest.raises(UnsupportedFileError, match="iPhone photo"):
        sniff(heic)
