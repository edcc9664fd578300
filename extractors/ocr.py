"""The one module that runs Tesseract (via pytesseract), for words and for orientation.

Failures of the engine (missing binary, crash, timeout) become ``OcrError`` here, so callers
only ever see the intake error tree. The image handed in is the image the word boxes refer
to: callers deskew or turn the page first and keep that corrected image.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt
import pytesseract

from extractors.words import Word
from intake.errors import OcrError

#: German forms with English words in them (IBAN, names of foreign places, "E-Mail").
OCR_LANG: Final[str] = "deu+eng"
#: Page segmentation mode 3 (fully automatic, no OSD), chosen by word recall against the
#: drawn text (after deskew):
#:   21 pages from ``samples.generate`` (7 layouts: colon, tabstop, boxed, table, twocol,
#:   certificate, ID copy; clean, degraded, 200 dpi): psm 3 mean 0.951 (worst 0.899),
#:   psm 6 0.935 (worst 0.771), psm 11 0.943 (worst 0.872);
#:   4 boxed forms from the test page generator: psm 3 0.982, psm 6 0.904, psm 11 0.958.
#: psm 6 also took 11 s instead of 1.8 s on an unevenly lit page.
OCR_PSM: Final[int] = 3
#: Tesseract's internal OpenMP threads: one per process, so that documents can be processed
#: side by side on the two cores (one worker each) without oversubscribing them.
OMP_THREADS: Final[str] = "1"
#: A page that takes longer than this is not going to give useful text.
OCR_TIMEOUT_S: Final[float] = 120.0
#: OSD answers below this confidence are guesses (measured: full form pages in any of the four
#: orientations 15-20; a blank page 0.3, random noise 1.6).
MIN_OSD_CONFIDENCE: Final[float] = 2.0
#: libtiff's "no compression" code.
TIFF_UNCOMPRESSED: Final[int] = 1
#: Tesseract's TSV level of a word row.
_WORD_LEVEL: Final[int] = 5


@dataclass(frozen=True, slots=True)
class Orientation:
    """Tesseract's orientation answer for a page.

    Attributes:
        rotate: clockwise degrees (0, 90, 180, 270) that turn the image upright.
        confidence: Tesseract's orientation confidence (unbounded, > ``MIN_OSD_CONFIDENCE``
            is usable).
    """

    rotate: int
    confidence: float

    @property
    def reliable(self) -> bool:
        """Whether the answer is confident enough to act on."""
        return self.confidence >= MIN_OSD_CONFIDENCE


@contextlib.contextmanager
def _image_file(image: npt.NDArray[np.uint8], dpi: int) -> Iterator[str]:
    """Write the image to a temporary uncompressed TIFF for the tesseract binary.

    Measured CPU per A4 page at 300 dpi, tesseract reading the same pixels: uncompressed TIFF
    or BMP 1.02 s, PNG 1.08 s, PGM 1.23 s (leptonica's PNM reader is slow); and pytesseract
    would PNG-encode a numpy/PIL image itself (~100 ms more).
    """
    fd, name = tempfile.mkstemp(suffix=".tif", prefix="ocr-")
    os.close(fd)
    params = [
        cv2.IMWRITE_TIFF_COMPRESSION,
        TIFF_UNCOMPRESSED,
        cv2.IMWRITE_TIFF_XDPI,
        dpi,
        cv2.IMWRITE_TIFF_YDPI,
        dpi,
    ]
    try:
        if not cv2.imwrite(name, image, params):
            raise OcrError("The page image could not be prepared for text recognition.")
        yield name
    finally:
        with contextlib.suppress(OSError):
            Path(name).unlink()


def _limit_threads() -> None:
    """Set up the process environment that every tesseract invocation needs."""
    # pytesseract spawns the binary, which inherits os.environ.
    os.environ["OMP_THREAD_LIMIT"] = OMP_THREADS


@contextlib.contextmanager
def _engine_errors() -> Iterator[None]:
    """Tesseract's failures (missing binary, crash, timeout, file trouble) as ``OcrError``."""
    try:
        yield
    except OcrError:
        raise
    except (
        pytesseract.TesseractError,
        pytesseract.TesseractNotFoundError,
        RuntimeError,
        OSError,
    ) as exc:
        raise _translate(exc) from exc


def _translate(exc: Exception) -> OcrError:
    """Map pytesseract's failures to the intake error tree."""
    if isinstance(exc, pytesseract.TesseractNotFoundError):
        return OcrError("Text recognition is not available on this server (tesseract missing).")
    if isinstance(exc, RuntimeError) and "timeout" in str(exc).lower():
        return OcrError("Text recognition took too long for this page.")
    return OcrError(f"Text recognition failed for this page: {exc}")


def ocr_words(
    image: npt.NDArray[np.uint8],
    *,
    page: int,
    dpi: int,
    psm: int = OCR_PSM,
    timeout: float = OCR_TIMEOUT_S,
) -> list[Word]:
    """Recognise the words on a page image.

    Args:
        image: the (already corrected) greyscale page image; boxes refer to it.
        page: 1-based page number to stamp on the words.
        dpi: the image's resolution, passed to Tesseract (PGM carries none).
        psm: Tesseract page segmentation mode.
        timeout: seconds before the page is given up.

    Returns:
        Words in Tesseract's reading order, confidence 0..1; empty and non-word rows dropped.

    Raises:
        OcrError: Tesseract is missing, failed or timed out.
    """
    _limit_threads()
    config = f"--psm {psm} --dpi {dpi}"
    with _engine_errors(), _image_file(image, dpi) as path:
        data = pytesseract.image_to_data(
            path,
            lang=OCR_LANG,
            config=config,
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    return words_from_tsv(data, page=page)


def ocr_line(
    image: npt.NDArray[np.uint8],
    *,
    alphabet: str,
    dpi: int,
    timeout: float = OCR_TIMEOUT_S,
) -> str:
    """Read one line of a small image with Tesseract restricted to ``alphabet``.

    Raises:
        OcrError: Tesseract is missing, failed or timed out.
    """
    _limit_threads()
    config = f"--psm 7 --dpi {dpi} -c tessedit_char_whitelist={alphabet}"
    with _engine_errors(), _image_file(image, dpi) as path:
        text: str = pytesseract.image_to_string(path, lang="eng", config=config,
                                                timeout=timeout)
    return text.strip()


def words_from_tsv(data: dict[str, list[object]], *, page: int) -> list[Word]:
    """Turn pytesseract's ``image_to_data`` dictionary into words.

    Rows that are not words (levels 1-4, ``conf`` -1) and words that are only whitespace are
    dropped.
    """
    words: list[Word] = []
    for i, raw_text in enumerate(data.get("text", [])):
        text = str(raw_text).strip()
        if not text:
            continue
        conf = float(str(data["conf"][i]))
        if conf < 0 or int(str(data["level"][i])) != _WORD_LEVEL:
            continue
        left = float(str(data["left"][i]))
        top = float(str(data["top"][i]))
        width = float(str(data["width"][i]))
        height = float(str(data["height"][i]))
        words.append(
            Word(
                text=text,
                bbox=(left, top, left + width, top + height),
                confidence=min(1.0, conf / 100.0),
                page=page,
            )
        )
    return words


def detect_orientation(
    image: npt.NDArray[np.uint8], *, dpi: int, timeout: float = OCR_TIMEOUT_S
) -> Orientation:
    """Ask Tesseract's OSD which way up the page is (costs about as much as reading it).

    The page reader does not use it (see ``extractors.read.LOW_CONFIDENCE`` for the
    measurement); it is here for callers with a single crop to orient, and so that every
    Tesseract call stays in this module.

    Returns:
        The orientation; ``Orientation(0, 0.0)`` when OSD finds too little text to decide.

    Raises:
        OcrError: Tesseract is missing, crashed or timed out.
    """
    _limit_threads()
    try:
        with _image_file(image, dpi) as path:
            osd = pytesseract.image_to_osd(
                path,
                config=f"--psm 0 --dpi {dpi}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
    except pytesseract.TesseractError as exc:
        # "Too few characters", "Invalid resolution": no orientation, not a failure.
        if "too few characters" in str(exc).lower() or "osd" in str(exc).lower():
            return Orientation(0, 0.0)
        raise _translate(exc) from exc
    except OcrError:
        raise
    except (pytesseract.TesseractNotFoundError, RuntimeError, OSError) as exc:
        raise _translate(exc) from exc
    rotate = int(str(osd.get("rotate", 0))) % 360
    return Orientation(rotate=rotate, confidence=float(str(osd.get("orientation_conf", 0.0))))
