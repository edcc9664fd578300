"""Every limit on hostile or oversized input, in one place.

Read from the environment with the ``DOCINTAKE_`` prefix (``DOCINTAKE_MAX_PAGES=50``), like
:mod:`intake.settings`; the API, the workers and the CLI see the same values. Each limit
ends in a clear answer, never a crash: an HTTP 413 at the door for upload size, or a
``triage`` record with the reason for what only reading the file reveals (see SECURITY.md).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MIB: Final[int] = 1024 * 1024

#: One uploaded file (HTTP 413 above it). A 200-page greyscale scan is ~40 MB as PDF;
#: citizens send one document, the mailroom splits its batches.
DEFAULT_MAX_UPLOAD_BYTES: Final[int] = 25 * MIB
DEFAULT_MAX_FILES_PER_UPLOAD: Final[int] = 20


class Limits(BaseSettings):
    """Bounds on what one input may cost to read."""

    model_config = SettingsConfigDict(
        env_prefix="DOCINTAKE_", env_file=".env", extra="ignore", frozen=True
    )

    # At the door (the API; HTTP 413).
    max_upload_bytes: int = Field(default=DEFAULT_MAX_UPLOAD_BYTES, gt=0)
    max_files_per_upload: int = Field(default=DEFAULT_MAX_FILES_PER_UPLOAD, gt=0)

    # Reading (worker and CLI; triage with reason ``too_large`` / ``too_many_pages``).
    max_file_bytes: int = Field(default=100 * MIB, gt=0)
    max_pages: int = Field(default=200, gt=0)
    # A3 at 600 dpi is 70 MP; kept below Pillow's own bomb warning (89 MP).
    max_image_pixels: int = Field(default=80_000_000, gt=0)
    # Tesseract refuses sides above 32767 px; a 1 x 80 000 000 strip is no page.
    max_image_side_px: int = Field(default=30_000, gt=0)

    # PDF structure (triage with reason ``pdf_too_complex``), checked before any parser
    # builds objects: a 200-page form has a few thousand objects.
    max_pdf_objects: int = Field(default=100_000, gt=0)
    # Inflated size of one Flate stream and of all of them: a page image at 300 dpi in
    # greyscale is 8.7 MB raw, so 200 such pages stay below the total.
    max_pdf_stream_bytes: int = Field(default=256 * MIB, gt=0)
    max_pdf_inflated_bytes: int = Field(default=2048 * MIB, gt=0)


@lru_cache(maxsize=1)
def get_limits() -> Limits:
    """The process's limits, read once from the environment."""
    return Limits()
