"""The Tesseract boundary: words, orientation and failures translated to OcrError."""

from __future__ import annotations

import pytesseract
import pytest

from extractors import ocr
from intake.errors import OcrError, Reason
from tests.extractors.pagegen import render_scan

SCALE = 300 / 72


def test_words_from_tsv_drops_non_words_and_scales_confidence() -> None:
    data: dict[str, list[object]] = {
        "level": [1, 5, 5, 5, 4],
        "text": ["", "Anmeldung", "  ", "Müller", ""],
        "conf": ["-1", "96.5", "50", 12, "-1"],
        "left": [0, 10, 20, 30, 0],
        "top": [0, 5, 5, 5, 0],
        "width": [100, 40, 5, 20, 100],
        "height": [50, 10, 10, 10, 50],
    }
    words = ocr.words_from_tsv(data, page=3)
    assert [w.text for w in words] == ["Anmeldung", "Müller"]
    assert words[0].bbox == (10.0, 5.0, 50.0, 15.0)
    assert words[0].confidence == pytest.approx(0.965)
    assert words[1].confidence == pytest.approx(0.12)
    assert {w.page for w in words} == {3}


@pytest.mark.ocr
def test_ocr_words_reads_german_text_with_geometry() -> None:
    img = render_scan(crop_bottom_pt=140, noise=8)
    words = ocr.ocr_words(img, page=1, dpi=300)
    by_text = {w.text: w for w in words}
    assert {"Anmeldung", "Meldebehörde", "Familienname:", "Müller-Lüdenscheidt"} <= set(by_text)
    label = by_text["Familienname:"]
    assert label.x0 == pytest.approx(56 * SCALE, abs=6)
    assert label.y0 < 120 * SCALE < label.y1 + 2
    assert label.confidence > 0.8
    import os

    assert os.environ["OMP_THREAD_LIMIT"] == "1"


@pytest.mark.ocr
def test_detect_orientation_on_an_upside_down_page() -> None:
    img = render_scan(crop_bottom_pt=600, rotation=180, noise=8)
    orientation = ocr.detect_orientation(img, dpi=300)
    assert orientation.rotate == 180
    assert orientation.reliable


def test_missing_tesseract_becomes_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    img = render_scan(crop_bottom_pt=60, dpi=72)
    with pytest.raises(OcrError) as info:
        ocr.ocr_words(img, page=1, dpi=72)
    assert info.value.reason is Reason.OCR_FAILED
    assert "not available" in info.value.message
    with pytest.raises(OcrError):
        ocr.detect_orientation(img, dpi=72)


def test_timeout_and_crash_become_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    img = render_scan(crop_bottom_pt=60, dpi=72)

    def timeout(*args: object, **kwargs: object) -> object:
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pytesseract, "image_to_data", timeout)
    with pytest.raises(OcrError, match="too long"):
        ocr.ocr_words(img, page=1, dpi=72)

    def crash(*args: object, **kwargs: object) -> object:
        raise pytesseract.TesseractError(1, "Error in pixReadStream")

    monkeypatch.setattr(pytesseract, "image_to_data", crash)
    with pytest.raises(OcrError, match="failed"):
        ocr.ocr_words(img, page=1, dpi=72)
