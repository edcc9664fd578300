"""Fonts: the PDF base-14 faces plus DejaVu / Liberation TrueType faces when installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIRS: Final = (
    Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
)

# registered name -> file name
TTF_FILES: Final[dict[str, str]] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSansMono": "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold": "DejaVuSansMono-Bold.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
    "LiberationSansNarrow": "LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": "LiberationSansNarrow-Bold.ttf",
    "LiberationSerif": "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "OCRB": "OCRB.ttf",
}


@cache
def _find(file_name: str) -> Path | None:
    for root in FONT_DIRS:
        if root.is_dir():
            for path in sorted(root.rglob(file_name)):
                return path
    return None


@cache
def font(name: str, fallback: str) -> str:
    """Register the TrueType face ``name`` if its file exists, else return ``fallback``."""
    path = _find(TTF_FILES[name]) if name in TTF_FILES else None
    if path is None:
        return fallback
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:  # a broken font file must not stop the generator
        return fallback
    return name


def glyph_font() -> str | None:
    """A face with ☐ and ☒, or ``None`` (then boxes are printed as ``[ ]`` / ``[X]``)."""
    name = font("DejaVuSans", "")
    return name or None


def mrz_font() -> str:
    """OCR-B when installed (``fonts-ocr-b``), else a bold monospace face."""
    ocrb = font("OCRB", "")
    return ocrb or font("DejaVuSansMono-Bold", "Courier-Bold")
