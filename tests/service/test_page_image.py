"""Page images for the review page: their frame is the one the reader's boxes refer to."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors.read import read_document
from intake.page_image import PageImageError, count_pages, page_frame, render_page
from tests.service.documents import anmeldung_pdf


def scan_of(pdf: bytes, dpi: int, fmt: str = "PNG") -> bytes:
    """The PDF's first page as an image file at ``dpi`` (declared in the file)."""
    doc = pdfium.PdfDocument(pdf)
    bitmap = doc[0].render(scale=dpi / 72, grayscale=True)
    image = bitmap.to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, dpi=(dpi, dpi))
    doc.close()
    return buffer.getvalue()


def test_text_pdf_frame_matches_the_readers_page() -> None:
    pdf = anmeldung_pdf()
    [page] = read_document(pdf)
    assert page_frame(pdf, 1) == pytest.approx((page.width, page.height), abs=0.5)
    shown = render_page(pdf, 1)
    assert (shown.frame_width, shown.frame_height) == pytest.approx(page_frame(pdf, 1))
    width, height = Image.open(io.BytesIO(shown.png)).size
    assert width == 1100 and height / width == pytest.approx(page.height / page.width, 0.01)


@pytest.mark.ocr
@pytest.mark.parametrize("dpi", [150, 500])  # scaled up, and down, before OCR
def test_scan_frame_matches_the_readers_page_after_its_scaling(dpi: int) -> None:
    scan = scan_of(anmeldung_pdf(), dpi)
    [page] = read_document(scan)
    assert page.dpi != dpi  # the reader did rescale: the frame is not the file's pixels
    assert page_frame(scan, 1) == pytest.approx((page.width, page.height), abs=2)


def test_pages_are_counted_and_unreadable_files_count_zero() -> None:
    frames = [Image.new("L", (200, 300), 255) for _ in range(3)]
    tiff = io.BytesIO()
    frames[0].save(tiff, format="TIFF", save_all=True, append_images=frames[1:])
    assert count_pages(tiff.getvalue()) == 3
    assert count_pages(anmeldung_pdf()) == 1
    assert count_pages(b"%PDF-1.4 damaged") == 0
    assert count_pages(b"plain text") == 0


def test_a_missing_page_or_a_foreign_file_is_a_page_image_error() -> None:
    with pytest.raises(PageImageError, match="no page 2"):
        render_page(anmeldung_pdf(), 2)
    with pytest.raises(PageImageError):
        render_page(b"plain text", 1)
    with pytest.raises(PageImageError):
        page_frame(b"%PDF-1.4 damaged", 1)
