"""From a file's bytes to pages of words with geometry: the reading layer's entry point.

PDF pages with a usable text layer (see ``textlayer.has_usable_text_layer``) are read from it;
all other PDF pages are rendered at ``OCR_DPI`` and OCR'd, as are PNG, JPEG and (multi-page)
TIFF images. Pages are read one at a time, so memory stays bounded by one page image.

Coordinates: every ``Word.bbox`` is in pixels of ``Page.width`` x ``Page.height`` at
``Page.dpi``. For OCR'd pages that is the *corrected* image (turned upright, deskewed), the one
returned by ``read_document_with_images``; ``Page.rotation`` says by how many degrees clockwise
the input was turned, ``Page.skew`` which counter-clockwise tilt (degrees) was measured on it.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from extractors import checkboxes, handmarks, marks, ocr, preprocess
from extractors.preprocess import GreyImage
from extractors.textlayer import (
    INVISIBLE_LAYER_SHARE,
    POINT_TO_PIXEL,
    SCAN_IMAGE_COVERAGE,
    TEXT_LAYER_DPI,
    has_usable_text_layer,
    page_size_px,
    probe_pdfium_page,
    text_layer_words,
    upright_page,
)
from extractors.words import Page, PageSource, Word
from intake.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    FileTooLargeError,
    ImageTooLargeError,
    IntakeError,
    TooManyPagesError,
)
from intake.limits import get_limits
from intake.sniff import FileKind, sniff

#: PDF pages without a text layer are rendered at this resolution (= text-layer coordinates).
OCR_DPI: Final[int] = TEXT_LAYER_DPI
#: Page, size and pixel limits come from ``intake/limits.py`` (one place, configurable).
MAX_PAGES: Final[int] = get_limits().max_pages
MAX_FILE_BYTES: Final[int] = get_limits().max_file_bytes
MAX_IMAGE_PIXELS: Final[int] = get_limits().max_image_pixels
MAX_IMAGE_SIDE_PX: Final[int] = get_limits().max_image_side_px
#: Images smaller than this on either side carry no readable text (icons, tracking pixels).
MIN_IMAGE_SIDE_PX: Final[int] = 32
#: Resolution assumed for images that declare none or an implausible one (phone photos of
#: A4 pages are 2000-4000 px tall, i.e. roughly 250-350 "dpi").
DEFAULT_IMAGE_DPI: Final[int] = 300
MIN_PLAUSIBLE_DPI: Final[int] = 50
MAX_PLAUSIBLE_DPI: Final[int] = 1200
#: Fax TIFFs come at 204x98 dpi ("normal" mode); a difference of more than this ratio between
#: horizontal and vertical resolution is resampled away, or the text is squashed.
MAX_DPI_ASPECT: Final[float] = 1.1
#: Declared resolutions below this are checked against the letters' size (phone photos and
#: screenshots often declare 72 dpi whatever their real resolution); a declaration within
#: ``DPI_AGREEMENT`` of the estimate stands, otherwise the estimate is used.
MIN_TRUSTED_DPI: Final[int] = 150
DPI_AGREEMENT: Final[float] = 1.5
#: Images below this resolution are scaled up to ``OCR_DPI`` (at most to
#: ``MAX_UPSCALED_PIXELS``). Measured word recall as is / scaled up: 100 dpi 0.94/0.97 and
#: 0.91/0.95 (boxed form); 150 dpi 0.99/0.99 and 0.97/0.99; 200 dpi no change.
MIN_OCR_DPI: Final[int] = 200
#: A4 at 300 dpi is 8.7 MP; scaling up never goes beyond about that.
MAX_UPSCALED_PIXELS: Final[int] = 12_000_000
#: Images declared above this resolution are scaled down to ``OCR_DPI`` before OCR. Measured
#: on a 600 dpi form: recall 0.84 in 5.3 s as is, 0.97 in 2.0 s at 300 dpi (Tesseract's
#: models are trained on text of ~300 dpi size).
MAX_OCR_DPI: Final[int] = 400
#: An OCR result with mean word confidence below this is read again turned by 180°. Measured
#: on 13 form pages (generated samples, clean and degraded; test pages): upright 0.86-0.95,
#: the same pages upside down 0.33-0.53.
#:
#: Tesseract's OSD was measured for this and for the direction of sideways pages, and is not
#: used: it costs ~1 s per page, as much as an OCR pass, and on a passport copy (a photo and
#: an MRZ on an otherwise empty page) it named the wrong direction for two of three turns.
#: Turning sideways pages by 90° and flipping when the result is poor was right for all 12
#: turned sample pages; cost: upside down or 270° = 2 OCR passes, 90° = 1.
LOW_CONFIDENCE: Final[float] = 0.6
#: ...but only when there are this many words: two words are not worth another OCR pass.
MIN_WORDS_FOR_ORIENTATION: Final[int] = 5
#: The flipped reading must be this much more confident to be kept (upside-down pages gain
#: 0.35-0.6; a poor upright scan read upside down only loses).
MIN_FLIP_GAIN: Final[float] = 0.1

ENCRYPTED_MESSAGE: Final[str] = "The PDF is password-protected; please send it without a password."
CORRUPT_PDF_MESSAGE: Final[str] = (
    "The PDF is damaged or incomplete and cannot be opened. Please send it again or scan the "
    "paper document."
)
CORRUPT_IMAGE_MESSAGE: Final[str] = (
    "The image is damaged or incomplete and cannot be opened. Please send it again."
)


@dataclass(slots=True)
class PageRead:
    """One page as read, with the image its OCR boxes refer to (when kept)."""

    page: Page
    image: GreyImage | None = None


@dataclass(slots=True)
class ReadResult:
    """A whole input as read.

    Attributes:
        kind: the sniffed file kind.
        pages: the pages in input order.
        images: page number → the (corrected) greyscale page image at ``Page.dpi``: every
            OCR'd page, and text-layer pages when asked to render them.
    """

    kind: FileKind
    pages: list[Page] = field(default_factory=list)
    images: dict[int, GreyImage] = field(default_factory=dict)


# --- public entry points --------------------------------------------------------------------


def read_document(data: bytes, *, max_pages: int = MAX_PAGES) -> list[Page]:
    """Read a PDF or image file into pages of words.

    Args:
        data: the file's bytes (the kind is sniffed from them).
        max_pages: refuse inputs with more pages than this, before reading any.

    Returns:
        One ``Page`` per page, in order.

    Raises:
        IntakeError: a subclass saying why the file cannot be read (empty, unsupported,
            corrupt, encrypted, too large, too many pages, OCR failure).
    """
    return [pr.page for pr in iter_pages(data, max_pages=max_pages)]


def read_document_with_images(
    data: bytes, *, max_pages: int = MAX_PAGES, render_text_pages: bool = False
) -> ReadResult:
    """Read a file like ``read_document`` and keep the page images (e.g. for an MRZ reader).

    Memory grows with the page count (~9 MB per A4 page at 300 dpi); stream with
    ``iter_pages(..., keep_images=True)`` when that matters.

    Args:
        data: the file's bytes.
        max_pages: refuse inputs with more pages than this, before reading any.
        render_text_pages: also render text-layer PDF pages (~100 ms each) so that every
            page has an image; otherwise only OCR'd pages have one.
    """
    result = ReadResult(kind=sniff(data))
    pages = iter_pages(
        data, max_pages=max_pages, keep_images=True, render_text_pages=render_text_pages
    )
    for pr in pages:
        result.pages.append(pr.page)
        if pr.image is not None:
            result.images[pr.page.number] = pr.image
    return result


def read_file(path: Path, *, max_pages: int = MAX_PAGES) -> list[Page]:
    """Read a file from disk; see ``read_document``.

    Raises:
        FileTooLargeError: the file exceeds ``MAX_FILE_BYTES`` (checked before reading it).
        IntakeError: as ``read_document``.
    """
    size = path.stat().st_size
    _check_file_size(size)
    return read_document(path.read_bytes(), max_pages=max_pages)


def iter_pages(
    data: bytes,
    *,
    max_pages: int = MAX_PAGES,
    keep_images: bool = False,
    render_text_pages: bool = False,
) -> Iterator[PageRead]:
    """Read a file page by page (the generator the other entry points consume).

    Args:
        data: the file's bytes.
        max_pages: refuse inputs with more pages than this, before reading any.
        keep_images: also yield the greyscale image of each OCR'd page (costs nothing: it
            was decoded or rendered anyway).
        render_text_pages: with ``keep_images``, render text-layer PDF pages too.

    Yields:
        One ``PageRead`` per page, in order.

    Raises:
        IntakeError: as ``read_document``.
    """
    _check_file_size(len(data))
    kind = sniff(data)
    if kind is FileKind.PDF:
        render = keep_images and render_text_pages
        yield from _iter_pdf(
            data, max_pages=max_pages, keep_images=keep_images, render_text_pages=render
        )
    else:
        yield from _iter_image(data, max_pages=max_pages, keep_images=keep_images)


def _check_file_size(size: int) -> None:
    if size == 0:
        raise EmptyFileError("The file is empty (0 bytes). Please send the document again.")
    if size > MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB. Please send it in "
            "smaller parts or scan at a lower resolution."
        )


def _check_page_count(count: int, max_pages: int) -> None:
    if count > max_pages:
        raise TooManyPagesError(
            f"The file has {count} pages; at most {max_pages} can be processed at once. "
            "Please split it into several files."
        )


# --- OCR of one page image --------------------------------------------------------------------


def ocr_page(grey: GreyImage, *, number: int, dpi: int) -> PageRead:
    """Correct and OCR one greyscale page image.

    Steps (each only when needed, decided by the measurements in ``preprocess``): scale
    high-resolution images down to ``OCR_DPI``; skip blank pages; turn pages lying on their
    side by 90° (cheap word-blob test); flatten uneven lighting; deskew; OCR; if the result is
    poor, read the page again turned by 180° and keep the better reading.

    Args:
        grey: the page image as decoded.
        number: 1-based page number.
        dpi: the image's resolution.

    Returns:
        The page (words in the corrected image's pixels) and the corrected image (its grey
        letters not darkened).
    """
    notes: list[str] = []
    h, w = grey.shape
    if min(h, w) < MIN_IMAGE_SIDE_PX:
        notes.append("too_small_to_read")
        return PageRead(_ocr_page_record(number, grey, dpi, [], 0, 0.0, notes), grey)
    if dpi > MAX_OCR_DPI:
        grey = preprocess.rescale(grey, OCR_DPI / dpi)
        dpi = OCR_DPI
        notes.append("downscaled")
    elif dpi < MIN_OCR_DPI:
        factor = min(OCR_DPI / dpi, (MAX_UPSCALED_PIXELS / (h * w)) ** 0.5)
        if factor > 1.0:
            grey = preprocess.rescale(grey, factor)
            dpi = round(dpi * factor)
            notes.append("upscaled")

    # A sheet photographed on a desk: cut out, seen straight on, its small print enlarged.
    grey, unwarped = preprocess.unwarp_photographed_page(grey, dpi=dpi)
    if unwarped:
        notes.append("photo_unwarped")

    # Light text on dark cards (a dark-mode page printed) is invisible to Tesseract; first,
    # so that the ink mask, the skew and the lighting see dark ink on light paper.
    grey, inverted = preprocess.invert_dark_regions(grey, dpi=dpi)
    if inverted:
        notes.append("dark_regions_inverted")

    # One ink mask of a small copy serves the blank, sideways and skew tests.
    mask = preprocess.work_mask(grey, dpi=dpi)
    if preprocess.is_blank(grey, mask):
        notes.append("blank")
        return PageRead(_ocr_page_record(number, grey, dpi, [], 0, 0.0, notes), grey)

    rotation = 0
    if preprocess.looks_sideways(grey, mask):
        # Which of the two sideways directions is settled below, like upside down.
        rotation = 90
        grey = preprocess.turn(grey, rotation)
        mask = preprocess.turn(mask, rotation)  # exact: quarter turns lose nothing
        notes.append("sideways")

    # A photographed sheet's paper is grey and its light never even (measured: without this
    # the grey-text pass darkened a phone JPEG's noise on the unwarped page into letters).
    if unwarped or preprocess.background_unevenness(grey) > preprocess.UNEVEN_BACKGROUND_LEVELS:
        # The mask stays valid: it comes from a local threshold, indifferent to lighting.
        grey = preprocess.flatten_background(grey)
        notes.append("background_flattened")

    if preprocess.noise_level(grey) > preprocess.NOISY_LEVEL:
        grey = preprocess.denoise(grey)
        notes.append("denoised")

    grey, skew = preprocess.deskew(grey, mask, dpi=dpi)
    if abs(skew) >= preprocess.MIN_DESKEW_DEG:
        notes.append("deskewed")

    # A typed form's dotted writing lines would be read as words glued to the captions.
    grey, dots = preprocess.remove_dotted_rules(grey, dpi=dpi)
    if dots:
        notes.append("dotted_rules_removed")
    small = preprocess.half_size(grey)
    # A form filled in by hand: a ring round a choice swallows the option for OCR; painted
    # out here, told after OCR.
    grey, pen = handmarks.remove_pen_marks(grey, dpi=dpi, small=small)
    if pen.rings:
        notes.append("pen_marks_removed")
        small = preprocess.half_size(grey)
    # A comb field's teeth between the boxes are read as letters. (Before the light rules go:
    # a tooth is found by the rule it stands on.)
    grey, teeth = preprocess.remove_comb_teeth(grey, dpi=dpi, small=small)
    if teeth:
        notes.append("comb_teeth_removed")
        small = preprocess.half_size(grey)
    # A carbon copy's light grey boxes cut the values typed across them.
    grey, rule_pixels = preprocess.remove_light_rules(grey, dpi=dpi, small=small)
    if rule_pixels:
        notes.append("light_rules_removed")
        small = preprocess.half_size(grey)
    # Labels printed in light grey vanish under Tesseract's threshold. The page is kept as it
    # was for the readers after OCR: darkened, a degraded scan's machine-readable zone runs
    # together (measured: "IDD<<LW0TY8NFV3" read as "<<IDD<<WOTY8FV3").
    kept = grey
    grey, grey_letters = preprocess.darken_grey_text(grey, dpi=dpi, small=small)
    if grey_letters:
        notes.append("grey_text_darkened")

    box = preprocess.content_box(mask, grey.shape, dpi=dpi, skew=skew)
    words = _ocr_within(grey, box, page=number, dpi=dpi)
    if _needs_orientation_check(words):
        # Sideways pages are already lying flat, so a poor result means upside down or a poor
        # scan: reading the page turned by 180° settles it in one more OCR pass.
        notes.append("orientation_checked")
        flipped = preprocess.turn(grey, 180)
        h, w = grey.shape
        x0, y0, x1, y1 = box
        flipped_words = _ocr_within(flipped, (w - x1, h - y1, w - x0, h - y0), page=number,
                                    dpi=dpi)
        if _quality(flipped_words) >= _quality(words) + MIN_FLIP_GAIN:
            grey, words, rotation = flipped, flipped_words, (rotation + 180) % 360
            kept = preprocess.turn(kept, 180)
            pen = handmarks.turned_half(pen, w, h)
    if rotation:
        notes.append("turned")
    # OCR reads tick boxes as garbage ("L]", "O"); boxes found in the image replace them
    # with the marks the extractor understands ("☒", "☐").
    boxes = checkboxes.find_checkboxes(grey, dpi) + handmarks.ring_ticks(words, pen.rings)
    if boxes:
        words = checkboxes.merge_checkbox_words(words, boxes, number)
        notes.append("checkboxes")
    # "O", "©", "@" before an option are radio buttons; filled or empty, the pixels tell.
    words = checkboxes.read_radio_buttons(words, grey, dpi)
    # Umlauts read without their dots pass every format check; the pixels tell.
    words = marks.check_marks(words, grey, repair="denoised" not in notes)
    return PageRead(_ocr_page_record(number, grey, dpi, words, rotation, skew, notes), kept)


def _ocr_within(
    grey: GreyImage, box: tuple[int, int, int, int], *, page: int, dpi: int
) -> list[Word]:
    """OCR the part of the page inside ``box``; the words' boxes are in the whole page's pixels."""
    x0, y0, x1, y1 = box
    words = ocr.ocr_words(grey[y0:y1, x0:x1], page=page, dpi=dpi)
    if not (x0 or y0):
        return words
    return [
        Word(w.text, (w.x0 + x0, w.y0 + y0, w.x1 + x0, w.y1 + y0), w.confidence, w.page)
        for w in words
    ]


def _quality(words: list[Word]) -> float:
    """Mean word confidence: collapses on upside-down or sideways text."""
    return sum(w.confidence for w in words) / len(words) if words else 0.0


def _needs_orientation_check(words: list[Word]) -> bool:
    return len(words) >= MIN_WORDS_FOR_ORIENTATION and _quality(words) < LOW_CONFIDENCE


def _ocr_page_record(
    number: int,
    grey: GreyImage,
    dpi: int,
    words: list[Word],
    rotation: int,
    skew: float,
    notes: list[str],
) -> Page:
    h, w = grey.shape
    return Page(
        number=number,
        width=float(w),
        height=float(h),
        dpi=dpi,
        source=PageSource.OCR,
        words=words,
        rotation=rotation,
        skew=skew,
        notes=notes,
    )


# --- PDF ------------------------------------------------------------------------------------


def _open_pdfium(data: bytes) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD or declares_encryption(
            data
        ):
            raise EncryptedPdfError(ENCRYPTED_MESSAGE) from exc
        raise CorruptFileError(CORRUPT_PDF_MESSAGE) from exc


#: A trailer's (or cross-reference stream's) reference to its encryption dictionary.
_ENCRYPT_ENTRY: Final = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def declares_encryption(data: bytes) -> bool:
    """Whether a PDF that would not open says it is encrypted: the reader cannot tell a
    password from damage when the encryption dictionary itself is broken, and a citizen is
    better served by "send it without a password" than by "send it again"."""
    return _ENCRYPT_ENTRY.search(data) is not None


def _render_dpi(width_pt: float, height_pt: float) -> int:
    """``OCR_DPI``, or less when a huge page would exceed ``MAX_IMAGE_PIXELS``."""
    pixels = width_pt * height_pt * (OCR_DPI / 72.0) ** 2
    if pixels <= MAX_IMAGE_PIXELS:
        return OCR_DPI
    return max(1, int(OCR_DPI * (MAX_IMAGE_PIXELS / pixels) ** 0.5))


#: A text-layer page whose entries are pictures (pasted images, a copied card) has them
#: read by OCR; its note says so, and its image is kept for the readers that need one.
ENTRIES_READ_BY_OCR: Final[str] = "entries_read_by_ocr"
#: Pictured words Tesseract is less sure of than this are a logo's or a photo's shapes.
PICTURED_MIN_CONFIDENCE: Final[float] = 0.5
#: The text layer's words are painted out this many pixels beyond their boxes.
TEXT_MASK_PAD_PX: Final[int] = 3


def pictured_words(image: GreyImage, words: list[Word], number: int) -> list[Word]:
    """The words a rendered text-layer page shows beside its text layer (entries pasted as
    images): the page OCR'd with the text layer's words painted out, so that only what the
    layer lacks is read."""
    masked = image.copy()
    height, width = masked.shape[:2]
    for w in words:
        x0, y0 = max(0, int(w.x0) - TEXT_MASK_PAD_PX), max(0, int(w.y0) - TEXT_MASK_PAD_PX)
        x1 = min(width, int(w.x1) + TEXT_MASK_PAD_PX + 1)
        y1 = min(height, int(w.y1) + TEXT_MASK_PAD_PX + 1)
        masked[y0:y1, x0:x1] = 255
    found = ocr.ocr_words(masked, page=number, dpi=TEXT_LAYER_DPI)
    return [w for w in found if w.confidence >= PICTURED_MIN_CONFIDENCE
            and any(ch.isalnum() for ch in w.text)]


def _render(pdf_page: Any, dpi: int) -> GreyImage:
    bitmap = pdf_page.render(scale=dpi / 72.0, grayscale=True)
    try:
        array = np.asarray(bitmap.to_numpy(), dtype=np.uint8)
        # A copy: the numpy view points into pdfium's buffer, freed with the bitmap.
        return preprocess.to_grey(array).copy()
    finally:
        bitmap.close()


class _PlumberDoc:
    """pdfplumber opened lazily (only if some page has a text layer), failures remembered."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self._failed = False

    def words(self, index: int, number: int
              ) -> tuple[list[Word], tuple[float, float]] | None:
        """Words of page ``index`` (0-based) and the size (points) of the page they lie on,
        turned upright; None when pdfplumber cannot parse it."""
        if self._failed:
            return None
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            page = self._pdf.pages[index]
            try:
                upright = upright_page(page)
                x0, top, x1, bottom = (float(v) for v in upright.cropbox)
                return text_layer_words(upright, page=number), (x1 - x0, bottom - top)
            finally:
                page.close()  # drops the page's parsed objects: memory stays per page
        except Exception:  # pdfminer raises anything from KeyError to PSSyntaxError
            self._failed = self._pdf is None
            return None

    def close(self) -> None:
        if self._pdf is not None:
            with contextlib.suppress(Exception):
                self._pdf.close()


#: How ticked and unticked check boxes and radio buttons of PDF forms are written into the
#: words: as the ballot-box characters printed forms use, so choices read alike either way.
CHECKED_MARK: Final[str] = "☒"
UNCHECKED_MARK: Final[str] = "☐"


@dataclass(slots=True)
class _FlatForm:
    """A PDF with its form fields burnt into the pages."""

    data: bytes
    pages: set[int]  # 0-based indices of the pages that changed
    marks: dict[int, list[Word]]  # check box states per 0-based page index


def _flatten_forms(data: bytes) -> _FlatForm | None:
    """Burn filled-in form fields into the page content, as a viewer shows them.

    The values citizens type into a fillable PDF live in form-field annotations, not in the
    page's text: without this, a filled-in form reads as its blank labels. Check boxes and
    radio buttons are drawn as shapes, so their state is also recorded as mark words.

    Returns:
        The flattened PDF, or None when nothing had to be flattened.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(data)
    try:
        doc.init_forms()  # before any page is loaded, or fields have no form environment
        changed: set[int] = set()
        marks: dict[int, list[Word]] = {}
        for index in range(len(doc)):
            page = doc[index]
            try:
                page_marks = _choice_marks(doc.formenv.raw, page, index + 1)
                if pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) == (
                    pdfium_c.FLATTEN_SUCCESS
                ):
                    changed.add(index)
                    if page_marks:
                        marks[index] = page_marks
            finally:
                page.close()
        if not changed:
            return None
        buffer = io.BytesIO()
        # Without security: pdfplumber reads the copy without needing the owner password.
        doc.save(buffer, flags=pdfium_c.FPDF_REMOVE_SECURITY)
        return _FlatForm(buffer.getvalue(), changed, marks)
    finally:
        doc.close()


def _choice_marks(form: Any, page: Any, number: int) -> list[Word]:
    """Check boxes and radio buttons of a page as mark words, in text-layer pixels.

    Only for unrotated pages: the boxes' coordinates would need turning otherwise.
    """
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() != 0:
        return []
    crop_left, _, _, crop_top = page.get_cropbox()
    choice_types = (pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON)
    marks: list[Word] = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        try:
            if pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) not in choice_types:
                continue
            rect = pdfium_c.FS_RECTF()
            if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                continue
            checked = bool(pdfium_c.FPDFAnnot_IsChecked(form, annot))
            bbox = (
                (rect.left - crop_left) * POINT_TO_PIXEL,
                (crop_top - rect.top) * POINT_TO_PIXEL,
                (rect.right - crop_left) * POINT_TO_PIXEL,
                (crop_top - rect.bottom) * POINT_TO_PIXEL,
            )
            text = CHECKED_MARK if checked else UNCHECKED_MARK
            marks.append(Word(text=text, bbox=bbox, confidence=1.0, page=number))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return marks


def _drawn_twice(word: Word, marks: list[Word]) -> bool:
    """Whether ``word`` is a box mark read from the drawing of a form field in ``marks``."""
    if word.text not in (CHECKED_MARK, UNCHECKED_MARK):
        return False
    return any(min(word.x1, m.x1) > max(word.x0, m.x0) and min(word.y1, m.y1) > max(word.y0, m.y0)
               for m in marks)


def insert_in_reading_order(words: list[Word], extra: list[Word]) -> list[Word]:
    """Merge words into a positionally ordered word list.

    Each extra word goes before the first word that lies on a later line, or on the same line
    further right.
    """
    merged = list(words)
    for word in sorted(extra, key=lambda w: (w.cy, w.x0)):
        at = len(merged)
        for i, other in enumerate(merged):
            same_line = abs(other.cy - word.cy) <= max(other.height, word.height) / 2
            if (same_line and other.x0 > word.x0) or (not same_line and other.cy > word.cy):
                at = i
                break
        merged.insert(at, word)
    return merged


def _iter_pdf(
    data: bytes, *, max_pages: int, keep_images: bool, render_text_pages: bool
) -> Iterator[PageRead]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = _open_pdfium(data)
    flat: _FlatForm | None = None
    try:
        count = len(doc)
        if count == 0:
            raise CorruptFileError("The PDF contains no pages.")
        _check_page_count(count, max_pages)
        if doc.get_formtype() != pdfium_c.FORMTYPE_NONE:
            try:
                flat = _flatten_forms(data)
            except pdfium.PdfiumError:  # found by fuzzing: a damaged page; read it below
                flat = None
            if flat is not None:
                data = flat.data
                doc.close()
                doc = _open_pdfium(data)
    except BaseException:
        doc.close()
        raise
    plumber = _PlumberDoc(data)
    try:
        for index in range(count):
            read = _read_pdf_page(
                doc, plumber, index, keep_images=keep_images, render_text_pages=render_text_pages
            )
            if flat is not None and index in flat.pages:
                read.page.notes.insert(0, "form_flattened")
                marks = flat.marks.get(index)
                if marks and read.page.source is PageSource.TEXT_LAYER:
                    # The flattened field's drawing was read as a drawn box too: one mark.
                    words = [w for w in read.page.words if not _drawn_twice(w, marks)]
                    read.page.words = insert_in_reading_order(words, marks)
            yield read
    finally:
        plumber.close()
        doc.close()


def _read_pdf_page(
    doc: Any, plumber: _PlumberDoc, index: int, *, keep_images: bool, render_text_pages: bool
) -> PageRead:
    import pypdfium2 as pdfium

    number = index + 1
    try:
        pdf_page = doc[index]
    except pdfium.PdfiumError as exc:
        raise CorruptFileError(
            f"Page {number} of the PDF is damaged. {CORRUPT_PDF_MESSAGE}"
        ) from exc
    try:
        outcome = _text_layer_or_render(pdf_page, plumber, index, render_text_pages)
    except pdfium.PdfiumError as exc:
        raise CorruptFileError(
            f"Page {number} of the PDF cannot be displayed. {CORRUPT_PDF_MESSAGE}"
        ) from exc
    finally:
        pdf_page.close()  # before OCR: only the rendered image stays in memory
    if isinstance(outcome, PageRead):
        return outcome
    grey, dpi, notes = outcome
    read = ocr_page(grey, number=number, dpi=dpi)
    read.page.notes[:0] = notes
    return PageRead(read.page, read.image if keep_images else None)


def _text_layer_or_render(
    pdf_page: Any, plumber: _PlumberDoc, index: int, render_text_pages: bool
) -> PageRead | tuple[GreyImage, int, list[str]]:
    """The page read from its text layer, or its rendering (image, dpi, notes) for OCR."""
    number = index + 1
    width_pt, height_pt = pdf_page.get_size()
    notes: list[str] = []
    probe = probe_pdfium_page(pdf_page)
    if has_usable_text_layer(probe):
        read = plumber.words(index, number)
        if read is not None:
            words, (upright_width_pt, upright_height_pt) = read
            width, height = page_size_px(upright_width_pt, upright_height_pt)
            image = _render(pdf_page, TEXT_LAYER_DPI) \
                if render_text_pages or probe.entries_in_images else None
            if probe.entries_in_images and image is not None \
                    and abs(image.shape[0] - height) <= 2 and abs(image.shape[1] - width) <= 2:
                words = insert_in_reading_order(words, pictured_words(image, words, number))
                notes.append(ENTRIES_READ_BY_OCR)
            page = Page(
                number=number,
                width=width,
                height=height,
                dpi=TEXT_LAYER_DPI,
                source=PageSource.TEXT_LAYER,
                words=words,
                notes=notes,
            )
            return PageRead(page, image)
        notes.append("text_layer_unreadable")
    elif probe.image_coverage >= SCAN_IMAGE_COVERAGE \
            and probe.invisible_share >= INVISIBLE_LAYER_SHARE:
        notes.append("scan_text_layer_read_again")
    dpi = _render_dpi(width_pt, height_pt)
    if dpi != OCR_DPI:
        notes.append("render_dpi_reduced")
    return _render(pdf_page, dpi), dpi, notes


# --- images ---------------------------------------------------------------------------------


def _open_image(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Our own limit (below Pillow's) decides; Pillow's warning would only be noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(_too_large_message()) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(CORRUPT_IMAGE_MESSAGE) from exc


def _too_large_message() -> str:
    return (
        f"The image is too large (more than {MAX_IMAGE_PIXELS // 1_000_000} megapixels, or a "
        f"side longer than {MAX_IMAGE_SIDE_PX} pixels). Please send it at a lower resolution."
    )


def _check_image_size(size: tuple[int, int]) -> None:
    """Refuse absurd dimensions from the header alone, before decoding any pixel."""
    w, h = size
    if w * h > MAX_IMAGE_PIXELS or max(w, h) > MAX_IMAGE_SIDE_PX:
        raise ImageTooLargeError(_too_large_message())


def image_dpi(info: Mapping[Any, Any]) -> tuple[float, float] | None:
    """The resolution an image declares, if plausible (Pillow's ``info["dpi"]``)."""
    dpi = info.get("dpi")
    if not isinstance(dpi, tuple) or len(dpi) != 2:
        return None
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError):
        return None
    if not (
        MIN_PLAUSIBLE_DPI <= x <= MAX_PLAUSIBLE_DPI and MIN_PLAUSIBLE_DPI <= y <= MAX_PLAUSIBLE_DPI
    ):
        return None
    return x, y


def frame_to_grey(frame: Image.Image) -> GreyImage:
    """Decode one image frame to greyscale ``uint8``: transparency on white, 16 bit scaled."""
    if frame.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        arr = np.asarray(frame, dtype=np.float64)
        top = 65535.0 if frame.mode.startswith("I;16") else max(float(arr.max()), 1.0)
        return np.asarray(np.clip(arr * (255.0 / top), 0, 255), dtype=np.uint8)
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(paper, rgba)
    # (a greyscale frame is used as it is: converting copies it, 5 ms an A4 page)
    return np.asarray(frame if frame.mode == "L" else frame.convert("L"), dtype=np.uint8)


def _page_from_frame(frame: Image.Image, notes: list[str]) -> tuple[GreyImage, int]:
    """Upright, square-pixel greyscale pixels of one frame, and the dpi they are at."""
    declared = image_dpi(frame.info)
    upright = _exif_upright(frame)
    if upright is not None:
        frame = upright
        notes.append("exif_rotated")
    grey = frame_to_grey(frame)
    if declared is None:
        return grey, resolve_dpi(grey, None, notes)
    x_dpi, y_dpi = declared
    if max(x_dpi, y_dpi) / min(x_dpi, y_dpi) > MAX_DPI_ASPECT:
        grey = _square_pixels(grey, x_dpi, y_dpi)
        notes.append("resampled_square_pixels")
    return grey, resolve_dpi(grey, max(x_dpi, y_dpi), notes)


def resolve_dpi(grey: GreyImage, declared: float | None, notes: list[str]) -> int:
    """The resolution to read an image at: as declared, or estimated from its letters.

    Args:
        grey: the page image.
        declared: the (plausible) resolution the file declares, if any.
        notes: receives ``dpi_estimated`` or ``dpi_assumed`` when the declaration is not used.
    """
    if declared is not None and declared >= MIN_TRUSTED_DPI:
        return round(declared)
    estimate = preprocess.estimate_text_dpi(grey)
    if estimate is None:
        if declared is not None:
            return round(declared)
        notes.append("dpi_assumed")
        return DEFAULT_IMAGE_DPI
    if declared is not None and max(declared, estimate) / min(declared, estimate) <= DPI_AGREEMENT:
        return round(declared)
    notes.append("dpi_estimated")
    return round(estimate)


def _exif_upright(frame: Image.Image) -> Image.Image | None:
    """The frame turned as its EXIF orientation says, or None when there is nothing to turn.

    Phone photos are stored as the sensor saw them, with an EXIF note on how to show them.
    """
    orientation_tag = 0x0112
    try:
        if int(frame.getexif().get(orientation_tag, 1)) in (0, 1):
            return None
        return ImageOps.exif_transpose(frame)
    except Exception:  # broken EXIF blocks are common in phone photos; ignore them
        return None


def _square_pixels(grey: GreyImage, x_dpi: float, y_dpi: float) -> GreyImage:
    """Stretch the lower-resolution axis so both axes share the higher resolution."""
    import cv2

    h, w = grey.shape
    target = max(x_dpi, y_dpi)
    size = (round(w * target / x_dpi), round(h * target / y_dpi))
    _check_image_size(size)
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_LINEAR), dtype=np.uint8)


def _iter_image(data: bytes, *, max_pages: int, keep_images: bool) -> Iterator[PageRead]:
    image = _open_image(data)
    try:
        try:
            count = int(getattr(image, "n_frames", 1))
        except (OSError, SyntaxError, ValueError, TypeError, EOFError) as exc:
            # Counting TIFF frames parses every frame header; found by fuzzing (TypeError).
            raise CorruptFileError(CORRUPT_IMAGE_MESSAGE) from exc
        _check_page_count(count, max_pages)
        for index in range(count):
            number = index + 1
            notes: list[str] = []
            try:
                image.seek(index)
                _check_image_size(image.size)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                    image.load()
                grey, dpi = _page_from_frame(image, notes)
            except IntakeError:
                raise
            except Image.DecompressionBombError as exc:
                raise ImageTooLargeError(_too_large_message()) from exc
            except (OSError, SyntaxError, ValueError, TypeError, EOFError) as exc:
                raise CorruptFileError(
                    CORRUPT_IMAGE_MESSAGE
                    if count == 1
                    else f"Page {number} of the image file is damaged. {CORRUPT_IMAGE_MESSAGE}"
                ) from exc
            read = ocr_page(grey, number=number, dpi=dpi)
            del grey
            read.page.notes[:0] = notes
            yield PageRead(read.page, read.image if keep_images else None)
    finally:
        image.close()
