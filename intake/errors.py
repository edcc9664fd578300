"""One exception tree for everything that stops a file from being read.

Each kind carries a stable reason code (shown to machines and in the triage queue) and a
message a clerk or a citizen can act on.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Stable machine codes for why input went to triage or a field to review."""

    EMPTY_FILE = "empty_file"
    UNSUPPORTED_TYPE = "unsupported_type"
    CORRUPT_FILE = "corrupt_file"
    ENCRYPTED_PDF = "encrypted_pdf"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    PDF_TOO_COMPLEX = "pdf_too_complex"
    UNREADABLE_SCAN = "unreadable_scan"
    OCR_FAILED = "ocr_failed"
    UNKNOWN_DOCUMENT_TYPE = "unknown_document_type"
    NO_TEXT = "no_text"
    PROCESSING_ERROR = "processing_error"


class IntakeError(Exception):
    """Base of every error that sends input to triage."""

    reason: Reason = Reason.CORRUPT_FILE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyFileError(IntakeError):
    reason = Reason.EMPTY_FILE


class UnsupportedFileError(IntakeError):
    reason = Reason.UNSUPPORTED_TYPE


class CorruptFileError(IntakeError):
    reason = Reason.CORRUPT_FILE


class EncryptedPdfError(IntakeError):
    reason = Reason.ENCRYPTED_PDF


class FileTooLargeError(IntakeError):
    reason = Reason.TOO_LARGE


class TooManyPagesError(IntakeError):
    reason = Reason.TOO_MANY_PAGES


class OcrError(IntakeError):
    """Tesseract failed or is missing; translated at the boundary where it is called."""

    reason = Reason.OCR_FAILED


class ImageTooLargeError(FileTooLargeError):
    """An image (or a PDF page to render) has absurd pixel dimensions, e.g. a decompression
    bomb: refused before it is decoded into memory."""

    reason = Reason.TOO_LARGE


class PdfTooComplexError(IntakeError):
    """A PDF whose structure would cost more to parse than any real document: too many
    objects or streams that inflate beyond the limits (a PDF bomb)."""

    reason = Reason.PDF_TOO_COMPLEX
