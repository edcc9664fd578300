"""Codes no check digit protects are read a second time from their box (real Tesseract)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

from extractors.fields import Extracted
from extractors.reread import DISAGREEMENT_CONFIDENCE, reread_codes
from extractors.words import Word
from schemas.registry import get

VIN = "WVWZZZ1JZXW000001"


def _page_with(text: str) -> tuple[npt.NDArray[np.uint8], Word]:
    image = Image.new("L", (1400, 200), 255)
    draw = ImageDraw.Draw(image)
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(
            "DejaVuSans.ttf", 48)
    except OSError:
        font = ImageFont.load_default()
    draw.text((100, 70), text, fill=0, font=font)
    x0, y0, x1, y1 = draw.textbbox((100, 70), text, font=font)
    return np.asarray(image, dtype=np.uint8), Word(text, (x0, y0, x1, y1), 0.95, 1)


def test_a_vin_read_the_same_twice_keeps_its_confidence() -> None:
    image, word = _page_with(VIN)
    fields = {"vin": Extracted(VIN, 0.95, (word,))}
    out = reread_codes(get("antrag_zulassung"), fields, {1: image}, {1: 300})
    assert out["vin"].confidence == 0.95


def test_a_vin_the_second_reading_contradicts_is_doubted() -> None:
    # GIVEN a first reading with one look-alike wrong ("2" for the printed "Z")
    image, word = _page_with(VIN)
    misread = VIN.replace("ZZZ", "Z2Z")
    fields = {"vin": Extracted(misread, 0.95, (word,))}
    out = reread_codes(get("antrag_zulassung"), fields, {1: image}, {1: 300})
    assert out["vin"].confidence == DISAGREEMENT_CONFIDENCE
    assert out["vin"].value == misread  # the first reading stays the clerk's suggestion


def test_text_layer_values_are_not_read_again() -> None:
    _, word = _page_with(VIN)
    fields = {"vin": Extracted("WRONG", 1.0, (word,))}
    assert reread_codes(get("antrag_zulassung"), fields, {}, {})["vin"].confidence == 1.0
