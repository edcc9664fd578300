"""What kind of file an upload is, from its first bytes (never from its name or MIME type).

Citizens upload whatever their phone or scanner made and name it anything; the magic bytes are
the only trustworthy signal.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from intake.errors import EmptyFileError, UnsupportedFileError


class FileKind(StrEnum):
    """File kinds the sniffer tells apart. Only PDF, PNG, JPEG and TIFF are readable."""

    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    TIFF = "tiff"
    ZIP = "zip"
    UNKNOWN = "unknown"


READABLE_KINDS: Final[frozenset[FileKind]] = frozenset(
    {FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.TIFF}
)

#: Many PDF writers (and mail gateways) put a few bytes before ``%PDF-``; readers accept the
#: header anywhere in the first kilobyte, as Acrobat does.
PDF_HEADER_WINDOW: Final[int] = 1024

_PDF_MAGIC: Final[bytes] = b"%PDF-"
_PNG_MAGIC: Final[bytes] = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC: Final[bytes] = b"\xff\xd8\xff"
_TIFF_MAGICS: Final[tuple[bytes, ...]] = (b"II*\x00", b"MM\x00*")
_ZIP_MAGICS: Final[tuple[bytes, ...]] = (b"PK\x03\x04", b"PK\x05\x06")

#: Common formats people send instead, to name them in the message (the clerk forwards it).
_KNOWN_OTHERS: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"ftypheic", 4, "an iPhone photo (HEIC)"),
    (b"ftypheix", 4, "an iPhone photo (HEIC)"),
    (b"ftypmif1", 4, "an iPhone photo (HEIF)"),
    (b"WEBP", 8, "a WebP image"),
    (b"GIF8", 0, "a GIF image"),
    (b"BM", 0, "a BMP image"),
    (b"\xd0\xcf\x11\xe0", 0, "an old Microsoft Office document"),
    (b"{\\rtf", 0, "an RTF document"),
)

#: Archive formats other than ZIP: never expanded (only ZIP is), named in messages.
_ARCHIVES: Final[tuple[tuple[bytes, int, str], ...]] = (
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"ustar", 257, "a tar archive"),
)

_UNSUPPORTED_HINT: Final[str] = "Please send a PDF or a photo/scan as PNG, JPEG or TIFF."


def detect(data: bytes) -> FileKind:
    """Classify bytes by their magic number without raising.

    Args:
        data: the file's content (only the first kilobyte is looked at).

    Returns:
        The kind; ``UNKNOWN`` for anything else, including empty input.
    """
    head = data[:PDF_HEADER_WINDOW]
    if head.startswith(_PNG_MAGIC):
        return FileKind.PNG
    if head.startswith(_JPEG_MAGIC):
        return FileKind.JPEG
    if head.startswith(_TIFF_MAGICS):
        return FileKind.TIFF
    # Before the PDF check: a ZIP that stores a PDF uncompressed has "%PDF-" in its first
    # kilobyte too, and PDF readers would read its first member as the whole file.
    if head.startswith(_ZIP_MAGICS):
        return FileKind.ZIP
    if _PDF_MAGIC in head:
        return FileKind.PDF
    return FileKind.UNKNOWN


def describe_archive(data: bytes) -> str | None:
    """Name an archive format other than ZIP (``"a RAR archive"``), or ``None``."""
    for magic, offset, name in _ARCHIVES:
        if data[offset : offset + len(magic)] == magic:
            return name
    return None


def _describe_other(data: bytes) -> str | None:
    """Name a common unsupported format, for a more helpful message."""
    archive = describe_archive(data)
    if archive:
        return archive
    for magic, offset, name in _KNOWN_OTHERS:
        if data[offset : offset + len(magic)] == magic:
            return name
    return None


def sniff(data: bytes) -> FileKind:
    """Determine a readable file kind from the content, or refuse the file.

    Args:
        data: the uploaded file's bytes.

    Returns:
        One of ``READABLE_KINDS``.

    Raises:
        EmptyFileError: the file has no content.
        UnsupportedFileError: the content is not a PDF, PNG, JPEG or TIFF.
    """
    if not data or not data.strip(b"\x00 \t\r\n"):
        raise EmptyFileError(
            "The file is empty (0 bytes or only blank content). Please send the document again."
        )
    kind = detect(data)
    if kind in READABLE_KINDS:
        return kind
    if kind is FileKind.ZIP:
        raise UnsupportedFileError(
            "This file is a ZIP archive or an Office document (Word, Excel), not a PDF or an "
            f"image (PNG, JPEG, TIFF). {_UNSUPPORTED_HINT}"
        )
    other = _describe_other(data)
    what = f"This file is {other}, not" if other else "This file is not"
    raise UnsupportedFileError(f"{what} a PDF or an image (PNG, JPEG, TIFF). {_UNSUPPORTED_HINT}")
