"""A second reading of the codes no check digit protects.

A European VIN read with one look-alike wrong ("Z" as "2", "J" as "1") still parses, and
its check digit is optional outside North America, so nothing on the form shows the error.
The value is read again from its own box, by Tesseract restricted to the code's alphabet and
set to a single line; a second reading that disagrees sends the field to a person with the
first reading as the suggestion.
"""

from __future__ import annotations

import logging
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from extractors.fields import Extracted
from extractors.ocr import ocr_line
from extractors.values import parse_value, repair_ocr_vin
from extractors.words import Word
from intake.errors import OcrError
from schemas.base import DocumentType, ValueKind

log = logging.getLogger(__name__)

# A VIN never holds I, O or Q (ISO 3779). eVB and passport numbers are not read again:
# measured on 303 scanned codes, their wrong readings were look-alikes (O/0, S/5) that the
# second reading repeated (5 of 35 caught, 4 right ones doubted), while 8 of 8 wrong VINs
# were caught for 3 of 96 right ones doubted; a second reading costs about 0.1 s.
_VIN: Final = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
REREAD_ALPHABETS: Final = {ValueKind.VIN: _VIN}
DISAGREEMENT_CONFIDENCE: Final = 0.5
# Margin around the value's words, in word heights; Tesseract reads a line badly when its
# letters touch the image border.
PAD_HEIGHTS: Final = 0.4
# A crop whose letters are smaller than this many pixels is enlarged first.
MIN_LETTER_PX: Final = 40


def _crop(image: npt.NDArray[np.uint8], words: tuple[Word, ...]) -> npt.NDArray[np.uint8]:
    x0 = min(w.x0 for w in words)
    y0 = min(w.y0 for w in words)
    x1 = max(w.x1 for w in words)
    y1 = max(w.y1 for w in words)
    pad = PAD_HEIGHTS * (y1 - y0)
    h, w = image.shape[:2]
    crop = image[max(0, int(y0 - pad)):min(h, int(y1 + pad) + 1),
                 max(0, int(x0 - pad)):min(w, int(x1 + pad) + 1)]
    if 0 < crop.shape[0] < MIN_LETTER_PX:
        scale = MIN_LETTER_PX / crop.shape[0]
        crop = np.asarray(cv2.resize(crop, None, fx=scale, fy=scale,
                                     interpolation=cv2.INTER_CUBIC), dtype=np.uint8)
    border = max(4, crop.shape[0] // 3)
    return np.asarray(cv2.copyMakeBorder(crop, border, border, border, border,
                                         cv2.BORDER_CONSTANT, value=255), dtype=np.uint8)


def _second_reading(kind: ValueKind, image: npt.NDArray[np.uint8], words: tuple[Word, ...],
                    dpi: int) -> object:
    text = ocr_line(_crop(image, words), alphabet=REREAD_ALPHABETS[kind], dpi=dpi)
    value = parse_value(kind, text)
    if kind == ValueKind.VIN and isinstance(value, str):
        value = repair_ocr_vin(value)
    return value


def reread_codes(doc_type: DocumentType, fields: dict[str, Extracted],
                 images: dict[int, npt.NDArray[np.uint8]], dpi: dict[int, int]
                 ) -> dict[str, Extracted]:
    """Codes whose second reading disagrees with the first, doubted.

    ``images`` are the OCR'd pages' images (the words' boxes refer to them), ``dpi`` their
    resolutions. Text-layer values are not read again: a text layer is not guessed.
    """
    out = dict(fields)
    for name, found in fields.items():
        kind = doc_type.field(name).kind
        if kind not in REREAD_ALPHABETS or not found.words:
            continue
        page = found.words[0].page
        image = images.get(page)
        if image is None:
            continue
        words = tuple(w for w in found.words if w.page == page)
        try:
            second = _second_reading(kind, image, words, dpi.get(page, 300))
        except OcrError as e:
            log.warning("second reading of %s failed: %s", name, e)
            continue
        if second != found.value:
            out[name] = Extracted(found.value, min(found.confidence, DISAGREEMENT_CONFIDENCE),
                                  found.words)
    return out
