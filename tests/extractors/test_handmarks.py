"""Rings drawn round an option on a scanned form (pure OpenCV on drawn pages), and a real
OCR pass over one."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extractors import handmarks
from extractors.read import ocr_page
from extractors.words import Word
from tests.extractors.pagegen import FONT_REGULAR

SIZE_PX = 42  # 10 pt at 300 dpi


def _options_row(*, ring: bool = False, frames: bool = False) -> np.ndarray:
    """A 300-dpi strip: a label and three options, "männlich" ringed by pen (an ellipse), or
    every option in a printed rectangular frame."""
    img = Image.new("L", (2480, 400), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(FONT_REGULAR, SIZE_PX)
    draw.text((200, 170), "Geschlecht", font=face, fill=0)
    for x, option in ((800, "weiblich"), (1150, "männlich"), (1500, "divers")):
        draw.text((x, 170), option, font=face, fill=0)
        if frames:
            draw.rectangle((x - 30, 140, x + 300, 250), outline=0, width=4)
    if ring:
        draw.ellipse((1120, 135, 1370, 250), outline=20, width=5)
    return np.asarray(img, dtype=np.uint8)


def test_a_ring_round_an_option_is_found_and_painted_out() -> None:
    grey, marks = handmarks.remove_pen_marks(_options_row(ring=True), dpi=300)
    ((x0, y0, x1, y1),) = marks.rings
    assert 1100 <= x0 <= 1130 and 1360 <= x1 <= 1385 and y0 <= 140 and y1 >= 245
    assert grey[192, 1120:1130].min() > 200  # the ring's left end is paper again
    assert grey[170:230, 1150:1340].min() < 100  # the option's letters stay


def test_printed_frames_round_every_option_are_no_ring() -> None:
    _, marks = handmarks.remove_pen_marks(_options_row(frames=True), dpi=300)
    assert marks.rings == []
    _, marks = handmarks.remove_pen_marks(_options_row(), dpi=300)
    assert marks.rings == []


def test_a_ringed_option_gets_a_ticked_box_before_its_first_word() -> None:
    words = [Word("weiblich", (800, 180, 960, 220), 0.9, 1),
             Word("männlich", (1150, 180, 1330, 220), 0.9, 1)]
    (tick,) = handmarks.ring_ticks(words, [(1110, 130, 1380, 260)])
    assert tick.ticked and 960 < tick.bbox[2] <= 1150


def test_the_ringed_option_is_read_ticked_by_the_ocr_pass() -> None:
    # GIVEN a real Tesseract pass over the strip (Tesseract loses a ringed word)
    page = ocr_page(_options_row(ring=True), number=1, dpi=300).page
    texts = [w.text for w in sorted(page.words, key=lambda w: w.x0)]
    assert "pen_marks_removed" in page.notes
    assert "männlich" in texts
    assert texts[texts.index("männlich") - 1] == "☒"
