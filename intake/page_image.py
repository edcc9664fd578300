"""Page images of stored originals for the review page, in the coordinates of field boxes.

A field's ``bbox`` is in pixels of the page *as the reading layer saw it*: text-layer and
rendered PDF pages at ``TEXT_LAYER_DPI`` (or less for huge pages), image pages at their
resolved dpi after the reader's scaling into ``MIN_OCR_DPI``..``MAX_OCR_DPI``. This module
works out that frame with the reading layer's own rules, and renders a smaller image for the
screen; the page draws the boxes in the frame's units over the image, scaled with it.

Not covered (the record keeps no page geometry): a scan the reader turned sideways or upside
down, or deskewed by more than a degree or two, shows its boxes displaced by that turn.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from PIL import Image

from extractors.read import (
    MAX_DPI_ASPECT,
    MAX_IMAGE_PIXELS,
    MAX_OCR_DPI,
    MAX_UPSCALED_PIXELS,
    MIN_OCR_DPI,
    OCR_DPI,
    _exif_upright,
    _render_dpi,
    _square_pixels,
    frame_to_grey,
    image_dpi,
    resolve_dpi,
)
from extractors.textlayer import TEXT_LAYER_DPI, has_usable_text_layer, probe_pdfium_page
from intake.sniff import READABLE_KINDS, FileKind, detect

#: Width of the image sent to the browser: legible on a laptop, ~100-200 kB as PNG.
DISPLAY_WIDTH_PX: Final[int] = 1100
POINTS_PER_INCH: Final[float] = 72.0


class PageImageError(Exception):
    """A page of a stored original cannot be shown (unreadable file or no such page)."""


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page for the screen: a PNG and the size of the frame field boxes refer to."""

    png: bytes
    frame_width: float
    frame_height: float


def count_pages(data: bytes) -> int:
    """Pages of a PDF or image file; 0 for a file that cannot be opened as either."""
    kind = detect(data)
    try:
        if kind is FileKind.PDF:
            import pypdfium2 as pdfium

            doc = pdfium.PdfDocument(data)
            try:
                return len(doc)
            finally:
                doc.close()
        if kind in READABLE_KINDS:
            with _open_image(data) as image:
                return int(getattr(image, "n_frames", 1))
    except Exception:  # a damaged file goes to triage; here it only has no countable pages
        return 0
    return 0


def render_page(data: bytes, number: int, width_px: int = DISPLAY_WIDTH_PX) -> PageImage:
    """Page ``number`` (1-based) of a stored original as a PNG about ``width_px`` wide.

    Raises:
        PageImageError: the file is not a readable PDF or image, or has no such page.
    """
    kind = detect(data)
    if kind not in READABLE_KINDS:
        raise PageImageError(f"A {kind.value} file has no page images.")
    try:
        if kind is FileKind.PDF:
            return _render_pdf_page(data, number, width_px)
        return _render_image_page(data, number, width_px)
    except PageImageError:
        raise
    except Exception as exc:  # pdfium and Pillow raise many kinds for damaged files
        raise PageImageError(
            f"Page {number} cannot be rendered ({type(exc).__name__})."
        ) from exc


def page_frame(data: bytes, number: int) -> tuple[float, float]:
    """Width and height of the frame field boxes of page ``number`` refer to.

    Raises:
        PageImageError: as :func:`render_page`.
    """
    kind = detect(data)
    if kind is not FileKind.PDF:
        image = render_page(data, number, width_px=1)
        return image.frame_width, image.frame_height
    try:
        return _pdf_frame(data, number)
    except PageImageError:
        raise
    except Exception as exc:
        raise PageImageError(f"Page {number} cannot be read ({type(exc).__name__}).") from exc


def _pdf_frame(data: bytes, number: int) -> tuple[float, float]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        if not 1 <= number <= len(doc):
            raise PageImageError(f"The file has no page {number}.")
        page = doc[number - 1]
        try:
            width_pt, height_pt = page.get_size()
            to_frame = _frame_dpi(page, width_pt, height_pt) / POINTS_PER_INCH
        finally:
            page.close()
    finally:
        doc.close()
    return width_pt * to_frame, height_pt * to_frame


def _frame_dpi(page: Any, width_pt: float, height_pt: float) -> int:
    """The dpi the reader reads this PDF page at (text layer, or rendered for OCR)."""
    if has_usable_text_layer(probe_pdfium_page(page)):
        return TEXT_LAYER_DPI
    return _render_dpi(width_pt, height_pt)


def _render_pdf_page(data: bytes, number: int, width_px: int) -> PageImage:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        if not 1 <= number <= len(doc):
            raise PageImageError(f"The file has no page {number}.")
        doc.init_forms()  # filled-in form fields are drawn, as the reader flattens them
        page = doc[number - 1]
        try:
            width_pt, height_pt = page.get_size()
            frame_dpi = _frame_dpi(page, width_pt, height_pt)
            scale = min(width_px / width_pt, frame_dpi / POINTS_PER_INCH)
            bitmap = page.render(scale=scale, may_draw_forms=True)
            try:
                png = _png(bitmap.to_pil())
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        doc.close()
    to_frame = frame_dpi / POINTS_PER_INCH
    return PageImage(png=png, frame_width=width_pt * to_frame, frame_height=height_pt * to_frame)


def _render_image_page(data: bytes, number: int, width_px: int) -> PageImage:
    with _open_image(data) as image:
        count = int(getattr(image, "n_frames", 1))
        if not 1 <= number <= count:
            raise PageImageError(f"The file has no page {number}.")
        image.seek(number - 1)
        if image.size[0] * image.size[1] > MAX_IMAGE_PIXELS:
            raise PageImageError(f"Page {number} is too large to show.")
        image.load()
        grey, dpi = _upright_grey(image)
    height, width = grey.shape
    factor = _reader_scale(width, height, dpi)
    shown = Image.fromarray(grey)
    if width > width_px:
        shown = shown.resize((width_px, round(height * width_px / width)), Image.Resampling.LANCZOS)
    return PageImage(png=_png(shown), frame_width=width * factor, frame_height=height * factor)


def _upright_grey(frame: Image.Image) -> tuple[np.ndarray[Any, np.dtype[np.uint8]], int]:
    """The frame's pixels and dpi exactly as the reading layer decodes them."""
    declared = image_dpi(frame.info)
    upright = _exif_upright(frame)
    if upright is not None:
        frame = upright
    grey = frame_to_grey(frame)
    notes: list[str] = []
    if declared is None:
        return grey, resolve_dpi(grey, None, notes)
    x_dpi, y_dpi = declared
    if max(x_dpi, y_dpi) / min(x_dpi, y_dpi) > MAX_DPI_ASPECT:
        grey = _square_pixels(grey, x_dpi, y_dpi)
    return grey, resolve_dpi(grey, max(x_dpi, y_dpi), notes)


def _reader_scale(width: int, height: int, dpi: int) -> float:
    """How the reader scales an image of this resolution before OCR (``read.ocr_page``)."""
    if dpi > MAX_OCR_DPI:
        return OCR_DPI / dpi
    if dpi < MIN_OCR_DPI:
        room: float = (MAX_UPSCALED_PIXELS / (height * width)) ** 0.5
        wanted: float = OCR_DPI / dpi
        return max(1.0, min(wanted, room))
    return 1.0


def _open_image(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
