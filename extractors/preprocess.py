"""Image preprocessing before OCR: small pure functions on greyscale numpy arrays.

Every function takes and returns ``uint8`` arrays (0 = black ink, 255 = white paper) and never
modifies its input. Angles are degrees; ``skew`` is counter-clockwise positive (the convention of
``cv2.getRotationMatrix2D`` and ``PIL.Image.rotate``); quarter ``turns`` are clockwise (the
convention of PDF ``/Rotate`` and of Tesseract's OSD "Rotate:" answer).

Which steps run, and their thresholds, were decided by measurement on synthetic 300 dpi form
scans (Tesseract 5.3, deu+eng, psm 3; word recall against the drawn text; see
``bench/bench_reading.py`` and the constants' comments). Measured and *rejected*:

* global binarisation by adaptive threshold (Gaussian, 51 px, C=15): recall fell on every page,
  clean 0.98 -> 0.78, shaded 0.48 -> 0.55-0.65, against 0.98 with background flattening.
  Tesseract's own Otsu is better on evenly lit pages; on uneven ones flattening wins.
* removing form rules (long horizontal/vertical lines by morphological opening): recall of
  psm 3 fell from 0.982 to 0.922 over four boxed forms (it eats strokes touching the boxes).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Final

import cv2
import numpy as np
import numpy.typing as npt

GreyImage = npt.NDArray[np.uint8]

# --- skew ---------------------------------------------------------------------------------
#: Largest skew we look for; beyond this a page is "rotated", not "skewed", and OSD's business.
MAX_SKEW_DEG: Final[float] = 5.0
#: Skews smaller than this are left alone (rotating an A4 page costs ~20 ms and blurs it a
#: little). Measured recall without/with deskew: 0.5° 0.99/0.98, 1° 0.99/0.98, 2° 0.94/0.98,
#: 3° 0.84/0.98, 5° 0.60/0.98. Tesseract copes up to ~1°, but the geometry downstream does
#: not: 1° over the 1700 px from a label to its value is a 30 px drift, most of a text line.
MIN_DESKEW_DEG: Final[float] = 0.5
#: Coarse and fine search steps of the projection-profile search (measured error on 20
#: pages, -4.7°..4.9°, with noise and uneven light: at most 0.075°, ~25 ms per A4 page).
SKEW_COARSE_STEP_DEG: Final[float] = 0.25
SKEW_FINE_STEP_DEG: Final[float] = 0.025
#: Resolution assumed when a caller gives none.
DEFAULT_DPI: Final[int] = 300
#: The skew, blank and sideways tests work on a copy at this resolution, where 10 pt text is
#: still ~14 px tall and the lines stay separate (~20 ms for the skew search on A4). By
#: resolution, not by width, so that a half page measures like a whole one.
WORK_DPI: Final[int] = 100
#: Fewer ink pixels than this (on the work copy) means too little text to measure skew on.
MIN_INK_PIXELS: Final[int] = 500
#: At most this many ink pixels on the work copy (``ink_pixels``) is a blank page, which is
#: not sent to OCR: a blank noisy scan measures 0-3, the two words "Seite 2" in 10 pt ~220.
BLANK_MAX_INK_PIXELS: Final[int] = 50
#: Neighbourhood and offset of the adaptive threshold that finds ink on the small work copy.
INK_BLOCK_PX: Final[int] = 31
INK_OFFSET: Final[int] = 15

# --- orientation ----------------------------------------------------------------------------
#: A page with this many times more upright than flat word blobs lies on its side. Measured
#: on 27 pages (21 from ``samples.generate``: forms, certificates, an ID page, each clean,
#: degraded and at 200 dpi; 6 test pages, half pages, 150 dpi) in all four orientations:
#: upright pages have at least 17 flat blobs and at most 1 upright one, turned pages the
#: reverse; no page misjudged. (Height >= 4 px and aspect >= 2 counted tall letters of bold
#: headings too and left a margin of only 1.75; comparing the sharpness of row and column
#: ink profiles misjudged two degraded scans, one with a dark scanner edge.)
SIDEWAYS_RATIO: Final[float] = 1.5
#: ...and has at least this many upright word blobs (a few vertical marks are no text).
MIN_SIDEWAYS_WORDS: Final[int] = 5
#: Gap (work-copy pixels at ``WORK_DPI``) closed to join letters into word blobs.
WORD_JOIN_PX: Final[int] = 7
#: Height range of a text blob on the work copy (~7-40 pt type at 100 dpi), and how much
#: longer than high a word blob is (a word of three letters or more).
MIN_TEXT_HEIGHT_PX: Final[int] = 5
MAX_TEXT_HEIGHT_PX: Final[int] = 60
WORD_BLOB_ASPECT: Final[float] = 3.0

# --- resolution from text size -------------------------------------------------------------
#: Median height of letter-sized ink components, in points: 6.1 on average over 26 pages
#: (test pages at 100-400 dpi, generated samples at 200 and 300 dpi), each page 5.0-7.2. So a
#: resolution estimated from the text is within about ±20 %, enough to catch a phone photo
#: that declares 72 dpi (a factor of 4 off) and for Tesseract's size assumptions.
TEXT_HEIGHT_PT: Final[float] = 6.1
#: Letter-sized components: height range (pixels), at most this many
#: times wider than high, and filling at least this share of their box.
MIN_LETTER_HEIGHT_PX: Final[int] = 6
MAX_LETTER_HEIGHT_PX: Final[int] = 300
MAX_LETTER_ASPECT: Final[float] = 2.0
MIN_LETTER_FILL: Final[float] = 0.15
#: Fewer letters than this give no estimate.
MIN_LETTERS_FOR_DPI: Final[int] = 30

# --- lighting ---------------------------------------------------------------------------------
#: The background is estimated on a copy this many times smaller (the light varies slowly).
BACKGROUND_DOWNSCALE: Final[int] = 4
#: Kernel (fraction of the image's shorter side) of the closing that estimates the paper's
#: background brightness with the ink removed: wider than any stroke, narrower than a shadow.
BACKGROUND_KERNEL_FRACTION: Final[float] = 1 / 40
#: Median that smooths the estimated background.
BACKGROUND_MEDIAN_PX: Final[int] = 5
#: Difference between the brightest and darkest background (5th-95th percentile, grey levels)
#: above which the lighting is called uneven and the background is flattened. Measured: flat
#: scans 1; a lighting gradient of depth 0.3 / 0.6 / 0.8 gives 52 / 105 / 140, where raw OCR
#: recall is 0.98 / 0.51 / 0.48 and after flattening 0.98 / 0.98 / 0.98. Flattening a flat
#: page changes nothing (0.98 -> 0.98), so the threshold errs low.
UNEVEN_BACKGROUND_LEVELS: Final[float] = 35.0
#: The scale (share of the page's shorter side) over which lighting is measured.
LIGHTING_SCALE: Final[float] = 1 / 8
#: The lighting is measured on every this many pixels of the page, across and down.
LIGHTING_SAMPLE_PX: Final[int] = 16


#: Dark regions (light text on a dark card, a dark-mode page printed) are found on a copy
#: at about this resolution (every n-th pixel: a card of 3 x 3 inches is 300 x 300 px).
DARK_WORK_DPI: Final[int] = 100
#: A region is dark where the mean over a square of this many inches is darker than
#: ``DARK_LEVEL``: wider than any letter stroke, so black text on paper (mean 200-240, a
#: bold heading about 150) never counts.
DARK_KERNEL_IN: Final[float] = 0.2
#: Measured on generated dark-mode printouts: cards 35-60, the fields inside them 50-70 (with
#: their light text, means of 60-90); paper 230-255, shaded rows and tints 180-230, a phone
#: photo's shadow on paper 120-200.
DARK_LEVEL: Final[int] = 110
#: Smaller dark areas (a filled tick box, a logo, a chip) are left alone, and so are narrow
#: ones: a portal's header bar (0.35 in high) has its bold title dense enough to break the
#: bar's dark area in two, and inverting part of a bar cut the page's reading.
MIN_DARK_AREA_IN2: Final[float] = 1.0
MIN_DARK_SIDE_IN: Final[float] = 0.6
#: A pixel this much lighter (or darker) than its region's median is ink of that colour; a
#: region is inverted only when light ink outnumbers dark ink (text on it, not a shadow over
#: dark print) and covers some of it: dark-mode cards 2.7-4.5 %, a dark desk round a
#: photographed page 0.02 % (specks and the paper's edge).
DARK_INK_CONTRAST: Final[int] = 40
MIN_LIGHT_INK_SHARE: Final[float] = 0.005


#: A page photographed on a desk (a phone instead of a scanner) is found on a copy at this
#: resolution: the largest bright region, if it is a quadrilateral shaped like a portrait
#: sheet (height / width of A4 1.41, of Letter 1.29, seen in some perspective), covers
#: between these shares of the picture, and its surround is this much darker.
PHOTO_WORK_DPI: Final[int] = 50
MIN_PHOTO_PAGE_SHARE: Final[float] = 0.25
MAX_PHOTO_PAGE_SHARE: Final[float] = 0.88
MIN_PHOTO_SURROUND_CONTRAST: Final[int] = 60
PHOTO_PAGE_ASPECT: Final[tuple[float, float]] = (1.2, 1.6)
#: The corners' polygon is simplified to this share of its perimeter.
PHOTO_CORNER_EPSILON: Final[float] = 0.02
#: At most this much enlargement (a page filling 40 % of the width is too small to read
#: anyway; an identity card is no sheet).
MAX_PHOTO_SCALE: Final[float] = 1.8


def components(binary: npt.NDArray[Any], connectivity: int = 8
               ) -> tuple[int, npt.NDArray[Any], npt.NDArray[Any], npt.NDArray[Any]]:
    """``cv2.connectedComponentsWithStats``, labelling in 16 bits while the count allows it.

    Half the time of 32-bit labels on a full page (a dotted-rule search's labelling 30 ->
    16 ms); OpenCV refuses to overflow the 16-bit labels, and then the 32-bit ones are used.
    """
    try:
        result = cv2.connectedComponentsWithStats(binary, connectivity=connectivity,
                                                  ltype=cv2.CV_16U)
    except cv2.error:
        result = cv2.connectedComponentsWithStats(binary, connectivity=connectivity)
    count, labels, stats, centroids = result
    return int(count), np.asarray(labels), np.asarray(stats), np.asarray(centroids)


def to_grey(image: npt.NDArray[np.uint8]) -> GreyImage:
    """Convert a greyscale, BGR or BGRA ``uint8`` image to greyscale.

    Transparent pixels of BGRA images become white paper, not black.
    """
    if image.ndim == 2:
        return image
    channels = image.shape[2]
    if channels == 1:
        return np.ascontiguousarray(image[:, :, 0])
    if channels == 4:
        alpha = image[:, :, 3:4].astype(np.float32) / 255.0
        bgr = image[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        image = bgr.astype(np.uint8)
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)


def ink_mask(grey: GreyImage) -> GreyImage:
    """Binary mask (255 = ink) from a local threshold, robust to uneven lighting.

    A 3x3 median first removes scanner noise: without it a blank page with noise of 25 grey
    levels shows ~2000 "ink" pixels on the work copy, with it none.
    """
    return np.asarray(
        cv2.adaptiveThreshold(
            cv2.medianBlur(grey, 3),
            255,
            cv2.ADAPTIVE_THRESH_MEAN_C,
            cv2.THRESH_BINARY_INV,
            INK_BLOCK_PX,
            INK_OFFSET,
        ),
        dtype=np.uint8,
    )


def _shrink(grey: GreyImage, factor: float) -> GreyImage:
    """Downscale by ``factor`` < 1 (area averaging); the image itself when ``factor`` >= 1."""
    if factor >= 1:
        return grey
    h, w = grey.shape
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)


def _profile_sharpness(
    ys: npt.NDArray[np.float64], xs: npt.NDArray[np.float64], deg: float
) -> float:
    """Sum of squared row counts of the ink projected on lines tilted by ``deg``.

    Text lines aligned with the projection give tall narrow peaks, which maximise the sum.
    """
    theta = np.deg2rad(deg)
    # A line tilted counter-clockwise by theta rises to the right: y + x*tan(theta) is constant.
    proj = ys * np.cos(theta) + xs * np.sin(theta)
    proj -= proj.min()
    counts = np.bincount(proj.astype(np.int64))
    return float(np.dot(counts, counts))


def work_mask(grey: GreyImage, *, dpi: int = DEFAULT_DPI) -> GreyImage:
    """The ink mask of the ``WORK_DPI`` work copy that skew, blank and sideways tests share.

    Computing it once per page and passing it on saves ~30 ms per A4 page.
    """
    return ink_mask(_shrink(grey, WORK_DPI / dpi))


def estimate_skew(
    grey: GreyImage, mask: GreyImage | None = None, *, dpi: int = DEFAULT_DPI
) -> float:
    """Measure the skew of text lines by a projection-profile search.

    Args:
        grey: greyscale page image.
        mask: its ``work_mask``, if already computed.
        dpi: the image's resolution.

    Returns:
        The counter-clockwise tilt of the text lines in degrees, within ±``MAX_SKEW_DEG``;
        0.0 for a (nearly) blank page.
    """
    if mask is None:
        mask = work_mask(grey, dpi=dpi)
    ys_i, xs_i = np.nonzero(mask)
    if ys_i.size < MIN_INK_PIXELS:
        return 0.0
    ys = ys_i.astype(np.float64)
    xs = xs_i.astype(np.float64)
    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, SKEW_COARSE_STEP_DEG)
    best = max(coarse, key=lambda d: _profile_sharpness(ys, xs, float(d)))
    fine = np.arange(
        best - SKEW_COARSE_STEP_DEG, best + SKEW_COARSE_STEP_DEG + 1e-9, SKEW_FINE_STEP_DEG
    )
    best = max(fine, key=lambda d: _profile_sharpness(ys, xs, float(d)))
    # "+ 0.0" turns -0.0 into 0.0 for tidy records.
    return float(np.clip(round(float(best), 3), -MAX_SKEW_DEG, MAX_SKEW_DEG)) + 0.0


def is_blank(grey: GreyImage, mask: GreyImage | None = None, *, dpi: int = DEFAULT_DPI) -> bool:
    """Whether a page image carries no content worth reading (e.g. a duplex scan's back).

    Args:
        grey: greyscale page image.
        mask: its ``work_mask``, if already computed.
        dpi: the image's resolution.
    """
    if mask is None:
        mask = work_mask(grey, dpi=dpi)
    return int(np.count_nonzero(mask)) <= BLANK_MAX_INK_PIXELS


def rescale(grey: GreyImage, factor: float) -> GreyImage:
    """Resize by ``factor`` (area averaging when shrinking, bilinear when enlarging)."""
    h, w = grey.shape
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(grey, size, interpolation=interpolation), dtype=np.uint8)


def rotate_small(grey: GreyImage, degrees: float) -> GreyImage:
    """Rotate counter-clockwise by a small angle about the centre, keeping the size.

    The corners that leave the frame are margin at ±5°; new corners are filled white.
    """
    h, w = grey.shape
    matrix = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), degrees, 1.0)
    rotated = cv2.warpAffine(
        grey,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
    return np.asarray(rotated, dtype=np.uint8)


def deskew(
    grey: GreyImage, mask: GreyImage | None = None, *, dpi: int = DEFAULT_DPI
) -> tuple[GreyImage, float]:
    """Straighten a slightly tilted page.

    Args:
        grey: greyscale page image.
        mask: its ``work_mask``, if already computed.
        dpi: the image's resolution.

    Returns:
        ``(image, skew)``: the straightened image (the input itself when the skew is below
        ``MIN_DESKEW_DEG``) and the measured skew of the input.
    """
    skew = estimate_skew(grey, mask, dpi=dpi)
    if abs(skew) < MIN_DESKEW_DEG:
        return grey, skew
    return rotate_small(grey, -skew), skew


def turn(grey: GreyImage, clockwise_degrees: int) -> GreyImage:
    """Turn an image by a multiple of 90° clockwise (losslessly)."""
    quarter = (clockwise_degrees // 90) % 4
    if quarter == 0:
        return grey
    code = {
        1: cv2.ROTATE_90_CLOCKWISE,
        2: cv2.ROTATE_180,
        3: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }[quarter]
    return np.asarray(cv2.rotate(grey, code), dtype=np.uint8)


def word_blob_counts(mask: GreyImage) -> tuple[int, int]:
    """Count word-like blobs lying flat and standing upright in an ink mask.

    Letters are joined along one axis by a short closing; a blob of text height that is at
    least ``WORD_BLOB_ASPECT`` times longer than high is a word (or line) lying flat; the same
    along the other axis is a word standing up, i.e. text on a page turned by 90°. Rules are
    too thin and photos, shadows and frames too big to count.

    Returns:
        ``(flat, upright)`` counts.
    """
    counts: list[int] = []
    for horizontal in (True, False):
        size = (WORD_JOIN_PX, 1) if horizontal else (1, WORD_JOIN_PX)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, size)
        joined = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
        _, _, stats, _ = components(joined)
        width = stats[1:, cv2.CC_STAT_WIDTH]
        height = stats[1:, cv2.CC_STAT_HEIGHT]
        across, along = (height, width) if horizontal else (width, height)
        words = (
            (across >= MIN_TEXT_HEIGHT_PX)
            & (across <= MAX_TEXT_HEIGHT_PX)
            & (along >= WORD_BLOB_ASPECT * across)
        )
        counts.append(int(np.count_nonzero(words)))
    return counts[0], counts[1]


def sideways_ratio(
    grey: GreyImage, mask: GreyImage | None = None, *, dpi: int = DEFAULT_DPI
) -> float:
    """Upright word blobs per flat word blob: > 1 when the text runs vertically.

    Cheap (~10 ms per page), unlike Tesseract's OSD (~1 s).
    """
    if mask is None:
        mask = work_mask(grey, dpi=dpi)
    flat, upright = word_blob_counts(mask)
    if upright < MIN_SIDEWAYS_WORDS:
        return 0.0
    return upright / max(flat, 1)


def looks_sideways(
    grey: GreyImage, mask: GreyImage | None = None, *, dpi: int = DEFAULT_DPI
) -> bool:
    """Whether the page's text lines run vertically (the page is turned by 90° or 270°)."""
    return sideways_ratio(grey, mask, dpi=dpi) > SIDEWAYS_RATIO


#: Margin (inches) kept around the ink when a page is cropped for OCR: Tesseract wants some
#: white around the text, and the work copy's ink mask is coarse.
CONTENT_MARGIN_IN: Final[float] = 0.1
#: A row or column of the work mask needs this many ink pixels to count as content (single
#: specks left by the median in the mask do not stretch the crop).
CONTENT_MIN_INK: Final[int] = 2


def content_box(
    mask: GreyImage, shape: tuple[int, int], *, dpi: int = DEFAULT_DPI, skew: float = 0.0
) -> tuple[int, int, int, int]:
    """The part of a page that holds ink, in full-resolution pixels: ``(x0, y0, x1, y1)``.

    Tesseract's time grows with the pixels it is given, margins included. Measured on seven
    clean 300 dpi forms: the cropped page (26-77 % of the pixels) took 0.55-1.55 s instead of
    0.61-1.69 s, the same words read.

    Args:
        mask: the page's ``work_mask`` (before deskewing).
        shape: ``(height, width)`` of the full-resolution page.
        dpi: the full-resolution image's dpi.
        skew: the counter-clockwise skew the page was straightened by (the mask is turned
            alike so the box fits the straightened page).
    """
    h, w = shape
    if abs(skew) >= MIN_DESKEW_DEG:
        mh, mw = mask.shape
        matrix = cv2.getRotationMatrix2D((mw / 2.0, mh / 2.0), -skew, 1.0)
        mask = np.asarray(cv2.warpAffine(mask, matrix, (mw, mh), flags=cv2.INTER_NEAREST))
    rows = np.flatnonzero(np.count_nonzero(mask, axis=1) >= CONTENT_MIN_INK)
    cols = np.flatnonzero(np.count_nonzero(mask, axis=0) >= CONTENT_MIN_INK)
    if rows.size == 0 or cols.size == 0:
        return 0, 0, w, h
    sy, sx = h / mask.shape[0], w / mask.shape[1]
    pad = round(CONTENT_MARGIN_IN * dpi)
    x0 = max(0, int(cols[0] * sx) - pad)
    y0 = max(0, int(rows[0] * sy) - pad)
    x1 = min(w, int((cols[-1] + 1) * sx) + pad)
    y1 = min(h, int((rows[-1] + 1) * sy) + pad)
    return x0, y0, x1, y1


def estimate_text_dpi(grey: GreyImage) -> float | None:
    """Estimate an image's resolution from the height of its letters.

    For images whose declared resolution is missing or not to be trusted (phone photos often
    declare 72 dpi). Tesseract reads best when told the right resolution: a 300 dpi page
    declared as 72 dpi lost 7 points of word recall in measurement.

    Returns:
        The estimated dpi, or None when there are too few letters to measure.
    """
    # Full resolution: measured at half size, the heights of small type quantise too coarsely
    # (estimates up to 1.4x off). ~60 ms per A4 page at 300 dpi; only run when needed.
    mask = ink_mask(grey)
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    width = stats[1:, cv2.CC_STAT_WIDTH]
    height = stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    letters = (
        (height >= MIN_LETTER_HEIGHT_PX)
        & (height <= MAX_LETTER_HEIGHT_PX)
        & (width <= MAX_LETTER_ASPECT * height)
        & (area >= MIN_LETTER_FILL * width * height)
    )
    if np.count_nonzero(letters) < MIN_LETTERS_FOR_DPI:
        return None
    return float(np.median(height[letters])) * 72.0 / TEXT_HEIGHT_PT


def _ordered_corners(points: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Four corners as top left, top right, bottom right, bottom left."""
    total = points.sum(axis=1)
    diff = np.diff(points, axis=1).ravel()
    return np.array([points[np.argmin(total)], points[np.argmin(diff)],
                     points[np.argmax(total)], points[np.argmax(diff)]], dtype=np.float32)


def _sides(corners: npt.NDArray[np.float32]) -> tuple[float, float]:
    """Mean width and height of a quadrilateral given by its ordered corners."""
    tl, tr, br, bl = corners
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    return float(width), float(height)


def photographed_page(grey: GreyImage, *, dpi: int = DEFAULT_DPI
                      ) -> npt.NDArray[np.float32] | None:
    """The corners of a sheet photographed on a darker surface, in full-resolution pixels
    (top left, top right, bottom right, bottom left), or None for a scan."""
    step = max(1, round(dpi / PHOTO_WORK_DPI))
    small = cv2.GaussianBlur(np.ascontiguousarray(grey[::step, ::step]), (5, 5), 0)
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, kernel)
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(outline) / float(small.size)
    if not MIN_PHOTO_PAGE_SHARE <= share <= MAX_PHOTO_PAGE_SHARE:
        return None
    polygon = cv2.approxPolyDP(outline, PHOTO_CORNER_EPSILON * cv2.arcLength(outline, True),
                               True)
    if len(polygon) != 4 or not cv2.isContourConvex(polygon):
        return None
    inside = np.zeros(small.shape, dtype=np.uint8)
    cv2.drawContours(inside, [polygon], -1, 1, thickness=cv2.FILLED)
    sheet, desk = small[inside == 1], small[inside == 0]
    if sheet.size == 0 or desk.size == 0:
        return None  # a picture a few pixels across (a broken or tiny image)
    if float(np.median(sheet)) - float(np.median(desk)) < MIN_PHOTO_SURROUND_CONTRAST:
        return None
    corners = _ordered_corners(polygon.reshape(4, 2).astype(np.float32) * step)
    width, height = _sides(corners)
    low, high = PHOTO_PAGE_ASPECT
    if width <= 0 or not low <= height / width <= high:
        return None
    return corners


def unwarp_photographed_page(grey: GreyImage, *, dpi: int = DEFAULT_DPI
                             ) -> tuple[GreyImage, bool]:
    """A sheet photographed on a desk, cut out, seen straight on and enlarged to the
    picture's size (its small print was read at about three quarters of the resolution).

    Returns:
        The page (the input itself when it is no such photo) and whether it was unwarped.
    """
    corners = photographed_page(grey, dpi=dpi)
    if corners is None:
        return grey, False
    h, w = grey.shape
    width, height = _sides(corners)
    scale = min(w / width, h / height, MAX_PHOTO_SCALE)
    size = (round(width * scale), round(height * scale))
    target = np.array([[0, 0], [size[0] - 1, 0], [size[0] - 1, size[1] - 1], [0, size[1] - 1]],
                      dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    page = cv2.warpPerspective(grey, matrix, size, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)
    return np.asarray(page, dtype=np.uint8), True


def invert_dark_regions(grey: GreyImage, *, dpi: int = DEFAULT_DPI) -> tuple[GreyImage, int]:
    """Turn light text on large dark areas into dark text on light ones.

    Tesseract reads dark ink on light paper; a dark-mode web page or a dark card printed
    and scanned loses every word set on it. Each large dark area that carries more light
    than dark ink is inverted in place; the rest of the page is untouched. About 3 ms on an
    A4 page at 300 dpi (a median instead of the mean took 70).

    Returns:
        The image (the input itself when nothing was inverted) and the inverted pixels.
    """
    step = max(1, round(dpi / DARK_WORK_DPI))
    small = np.ascontiguousarray(grey[::step, ::step])
    work_dpi = dpi / step
    k = max(3, round(DARK_KERNEL_IN * work_dpi)) | 1
    mean = cv2.blur(small, (k, k))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    dark = cv2.morphologyEx((mean < DARK_LEVEL).astype(np.uint8), cv2.MORPH_OPEN, kernel)
    min_side = MIN_DARK_SIDE_IN * work_dpi
    min_area = MIN_DARK_AREA_IN2 * work_dpi ** 2
    if np.count_nonzero(dark) < min_area:
        return grey, 0  # most pages: no dark area at all (labelling it took 5 ms)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    big = [i for i in range(1, count)
           if stats[i, cv2.CC_STAT_AREA] >= min_area
           and min(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]) >= min_side]
    if not big:
        return grey, 0
    chosen = np.zeros(small.shape, dtype=np.uint8)
    for index in big:
        region = labels == index
        # Small holes in the area (a run of bold light text brightens the mean) go with it;
        # a large one is something else (the paper a dark desk surrounds).
        outline, _ = cv2.findContours(region.astype(np.uint8), cv2.RETR_EXTERNAL,
                                      cv2.CHAIN_APPROX_SIMPLE)
        filled = np.zeros(small.shape, dtype=np.uint8)
        cv2.drawContours(filled, outline, -1, 1, thickness=cv2.FILLED)
        holes = (filled.astype(bool) & ~region).astype(np.uint8)
        n_holes, hole_labels, hole_stats, _ = cv2.connectedComponentsWithStats(holes,
                                                                               connectivity=4)
        for hole in range(1, n_holes):
            if hole_stats[hole, cv2.CC_STAT_AREA] < min_area:
                region |= hole_labels == hole
        pixels = small[region].astype(np.int16)
        ground = int(np.median(pixels))  # the card's own shade: most of it is not ink
        light_ink = int(np.count_nonzero(pixels > ground + DARK_INK_CONTRAST))
        dark_ink = int(np.count_nonzero(pixels < ground - DARK_INK_CONTRAST))
        if light_ink >= MIN_LIGHT_INK_SHARE * pixels.size and light_ink > dark_ink:
            chosen[region] = 1
    if not chosen.any():
        return grey, 0
    full = cv2.resize(chosen, (grey.shape[1], grey.shape[0]),
                      interpolation=cv2.INTER_NEAREST).astype(bool)
    out = grey.copy()
    out[full] = 255 - out[full]
    return out, int(np.count_nonzero(full))


def _small_background(grey: GreyImage) -> GreyImage:
    """The paper's brightness on a copy ``BACKGROUND_DOWNSCALE`` times smaller."""
    small = _shrink(grey, 1 / BACKGROUND_DOWNSCALE)
    # Odd kernel of at least 3 px on the small copy.
    k = max(3, round(min(small.shape) * BACKGROUND_KERNEL_FRACTION)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    return np.asarray(cv2.medianBlur(closed, BACKGROUND_MEDIAN_PX), dtype=np.uint8)


def background(grey: GreyImage) -> GreyImage:
    """Estimate the paper's brightness everywhere by closing away the (dark, thin) ink."""
    full = cv2.resize(_small_background(grey), (grey.shape[1], grey.shape[0]),
                      interpolation=cv2.INTER_LINEAR)
    return np.asarray(full, dtype=np.uint8)


def background_unevenness(grey: GreyImage) -> float:
    """Spread of the lighting (95th minus 5th percentile of the background, in grey levels).

    The background is smoothed at the scale of the page first: light falls off over the
    whole sheet, while printed areas (a dark header bar, shaded table rows) are sharp and
    small. Measured: a portal printout with a black header bar and striped rows gave 36 on
    the raw background (it was flattened, and Tesseract then lost half its values) and
    13-20 on the smoothed one; lighting gradients of depth 0.3 / 0.6 / 0.8 give 50 / 102 / 136
    (52 / 105 / 140 raw).
    """
    # The smoothing is at the scale of the page, so a sparser sample carries it (a blur of
    # sigma 27 px on every 8th pixel took 6 of this test's 10 ms a page). Measured on 2,000
    # pages of the evaluation sets (raw and with dark regions inverted) against every 8th
    # pixel: the spread moved by 0.02 levels (median), 0.5 (95th percentile); one page
    # crossed UNEVEN_BACKGROUND_LEVELS (34.9 -> 35.2).
    step = LIGHTING_SAMPLE_PX // BACKGROUND_DOWNSCALE
    bg = _small_background(grey)[::step, ::step]
    sigma = min(bg.shape) * LIGHTING_SCALE
    smooth = cv2.GaussianBlur(bg.astype(np.float32), (0, 0), sigmaX=sigma, sigmaY=sigma,
                              borderType=cv2.BORDER_REPLICATE)
    lo, hi = np.percentile(smooth, [5, 95])
    return float(hi - lo)


def flatten_background(grey: GreyImage, bg: GreyImage | None = None) -> GreyImage:
    """Divide by the estimated background so paper becomes uniformly white, ink stays dark."""
    if bg is None:
        bg = background(grey)
    flat = cv2.divide(grey, bg, scale=255)
    return np.asarray(flat, dtype=np.uint8)


#: Mean deviation of paper pixels from their 3x3 median above which a scan counts as noisy.
#: Measured on generated pages: clean 300 dpi 0.02-0.03, 200 dpi 0.06-0.08, degraded scans
#: (noise, blur, JPEG) 2.4-4.0.
NOISY_LEVEL: Final[float] = 1.0
#: Paper is whiter than this grey level (for measuring noise on the background only).
PAPER_LEVEL: Final[int] = 200


#: The noise is measured on this many bands across the page, each NOISE_BAND_PX high: a
#: scanner's or camera's speckle covers the whole sheet, so a seventh of it tells as well as
#: all of it in a seventh of the time (measured on 700 scans of the evaluation sets: no page
#: changed sides of NOISY_LEVEL).
NOISE_BANDS: Final[int] = 8
NOISE_BAND_PX: Final[int] = 64


def noise_level(grey: GreyImage) -> float:
    """How speckled the paper is: mean |pixel - 3x3 median| over light pixels."""
    grey = _noise_sample(grey)
    diff = cv2.absdiff(grey, cv2.medianBlur(grey, 3))
    paper = grey > PAPER_LEVEL
    return float(diff[paper].mean()) if paper.any() else 0.0


def _noise_sample(grey: GreyImage) -> GreyImage:
    """``NOISE_BANDS`` evenly spaced bands of the page stacked into one image.

    The seams between bands disturb a 3 × 3 median on two rows per band only.
    """
    h = grey.shape[0]
    if h <= 4 * NOISE_BANDS * NOISE_BAND_PX:
        return grey
    step = h // NOISE_BANDS
    starts = range(step // 2 - NOISE_BAND_PX // 2, h - NOISE_BAND_PX, step)
    return np.ascontiguousarray(np.concatenate([grey[y:y + NOISE_BAND_PX] for y in starts]))


def denoise(grey: GreyImage) -> GreyImage:
    """A 3x3 median: removes speckle and JPEG ringing, keeps strokes.

    Measured on 59 degraded generated scans: field exact-match 89.9 % -> 91.0 %; ~10 ms.
    """
    out: GreyImage = cv2.medianBlur(grey, 3).astype(np.uint8, copy=False)
    return out


# --- dotted rules -------------------------------------------------------------------------
#: A dot of a dotted rule (or a dash of a dashed one) at 300 dpi: at most this many pixels
#: high, and at most DASH_MAX_ASPECT times as wide as high.
DOT_MAX_PX_300: Final[int] = 12
DASH_MAX_ASPECT: Final[float] = 4.0
#: A rule is at least this many dots in a row, each the next within this many dot widths
#: (its pitch), all on one level (within DOT_LEVEL_PX_300 pixels).
RULE_MIN_DOTS: Final[int] = 8
RULE_MAX_GAP_WIDTHS: Final[float] = 6.0
DOT_LEVEL_PX_300: Final[int] = 3


def remove_dotted_rules(grey: GreyImage, *, dpi: int = DEFAULT_DPI) -> tuple[GreyImage, int]:
    """The page with its dotted and dashed rules painted white, and how many dots that was.

    Tesseract reads a dotted rule under a typed value as a word of its own and glues it to
    the caption printed under it ("Sygggpresrere" for "1 Familienname"), losing the
    caption. A rule is a row of at least ``RULE_MIN_DOTS`` small blobs on one level, each
    the next within a few of its widths; letters never line up so. Measured on a
    typewriter-filled form of dotted rules and captions: no caption read before, all after.
    """
    ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    _, labels, stats, centroids = components(ink)
    scale = dpi / 300
    max_dot, level = DOT_MAX_PX_300 * scale, max(1.0, DOT_LEVEL_PX_300 * scale)
    w = stats[1:, cv2.CC_STAT_WIDTH].astype(np.float64)
    h = stats[1:, cv2.CC_STAT_HEIGHT].astype(np.float64)
    small = np.flatnonzero((h <= max_dot) & (w <= DASH_MAX_ASPECT * np.maximum(h, 2)))
    if small.size < RULE_MIN_DOTS:
        return grey, 0
    cx, cy = centroids[1:, 0][small], centroids[1:, 1][small]
    bucket = np.round(cy / level)
    order = np.lexsort((cx, bucket))
    ids, cx, cy, bucket = small[order], cx[order], cy[order], bucket[order]
    reach = RULE_MAX_GAP_WIDTHS * np.maximum(np.maximum(w[ids], h[ids]), 2)
    dx = np.diff(cx)
    linked = (np.diff(bucket) == 0) & (dx > 0) & (dx <= reach[:-1]) \
        & (np.abs(np.diff(cy)) <= level)
    # Runs of linked neighbours: a new run starts wherever a link is missing.
    run = np.concatenate(([0], np.cumsum(~linked)))
    sizes = np.bincount(run)
    found = ids[sizes[run] >= RULE_MIN_DOTS]
    if found.size == 0:
        return grey, 0
    out = grey.copy()
    for i in found + 1:
        x, y, bw, bh = stats[i, :4]
        cell = labels[y:y + bh, x:x + bw] == i
        out[y:y + bh, x:x + bw][cell] = 255
    return out, int(found.size)


# --- light grey text ----------------------------------------------------------------------
#: Ink lighter than this is paper or speckle; letters of light grey text lie under it.
GREY_INK_LEVEL: Final[int] = 210
#: A letter of grey text has no pixel darker than this (black letters have a black core,
#: whatever blur greys their edges).
GREY_LETTER_MIN_LEVEL: Final[int] = 115
#: Letter-sized blobs at 300 dpi (6-30 pt type): taller than a speck, narrower than a rule.
GREY_LETTER_MIN_H_300: Final[int] = 12
GREY_LETTER_MAX_H_300: Final[int] = 60
GREY_LETTER_MAX_W_300: Final[int] = 80
GREY_LETTER_MIN_AREA_300: Final[int] = 20
#: A page has grey text when at least this many grey letters, and this share of its letters,
#: are found; a few greyed by blur or JPEG on a black-text page do not count.
GREY_TEXT_MIN_LETTERS: Final[int] = 50
GREY_TEXT_MIN_SHARE: Final[float] = 0.1
#: The tone curve for grey letters: v -> 255 * (v / 255) ** 3 (grey 170 -> 75, paper kept).
GREY_TEXT_GAMMA: Final[float] = 3.0
_GREY_LUT: Final = np.array([round(255 * (v / 255) ** GREY_TEXT_GAMMA) for v in range(256)],
                            dtype=np.uint8)


GREY_PREVIEW_MIN_LETTERS: Final[int] = 10


def _grey_letters(grey: GreyImage, scale: float
                  ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.bool_], int]:
    """The page's ink blobs (a label image), which of them are grey letters (letter-sized,
    no dark core), and how many letter-sized blobs it holds in all (``scale``: the image's
    resolution over 300 dpi)."""
    ink = (grey < GREY_INK_LEVEL).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    dark_core = np.bincount(labels[grey <= GREY_LETTER_MIN_LEVEL], minlength=count) > 0
    h, w = stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH]
    letter = ((h >= GREY_LETTER_MIN_H_300 * scale) & (h <= GREY_LETTER_MAX_H_300 * scale)
              & (w <= GREY_LETTER_MAX_W_300 * scale)
              & (stats[:, cv2.CC_STAT_AREA] >= GREY_LETTER_MIN_AREA_300 * scale * scale))
    letter[0] = False  # the paper
    return labels.astype(np.int32, copy=False), letter & ~dark_core, int(letter.sum())


def half_size(grey: GreyImage) -> GreyImage:
    """A half-size copy of the page (a quarter of the pixels) for the cheap looks the steps
    before OCR take; made once per page and passed along while the page is unchanged."""
    small: GreyImage = cv2.resize(grey, (grey.shape[1] // 2, grey.shape[0] // 2),
                                  interpolation=cv2.INTER_AREA).astype(np.uint8, copy=False)
    return small


def darken_grey_text(grey: GreyImage, *, dpi: int = DEFAULT_DPI,
                     small: GreyImage | None = None) -> tuple[GreyImage, int]:
    """The page with its light grey letters darkened, and how many letters that was (0 when
    the page has no grey text and is returned as it was).

    Portal exports and pre-printed forms print their labels in light grey (150-190 on white).
    Tesseract's global threshold, set between black values and white paper, drops them, most
    of all on noisy scans: a phone portal's degraded scans lost every label. Only letter-
    sized blobs without a dark core are darkened, so black text, shading and rules stay as
    they were. Measured on 60 scans of all layout groups: field exact-match 90.5 % -> 91.4 %
    (a portal's degraded birth certificate 5/10 -> 9/10); ~80 ms a page.
    """
    scale = dpi / 300
    # A cheap look at a half-size copy first (10 ms against 35 for labelling the page): with
    # fewer than GREY_PREVIEW_MIN_LETTERS grey letters there, the page has no grey text (on
    # 1,476 generated scans this never missed a page the full test finds).
    small = half_size(grey) if small is None else small
    if int(_grey_letters(small, scale / 2)[1].sum()) < GREY_PREVIEW_MIN_LETTERS:
        return grey, 0
    labels, greyish, letters = _grey_letters(grey, scale)
    found = int(greyish.sum())
    if found < GREY_TEXT_MIN_LETTERS or found < GREY_TEXT_MIN_SHARE * letters:
        return grey, 0
    # a pixel's margin round each letter, so that its soft edges darken with it
    chosen = cv2.dilate(greyish[labels].astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    out = grey.copy()
    out[chosen] = _GREY_LUT[grey[chosen]]
    return out, found


# --- rules printed in a light colour ------------------------------------------------------
#: A rule is a straight run of ink at least this long (half an inch): box and cell borders,
#: writing lines; no letter or word is that long and thin.
LIGHT_RULE_MIN_IN: Final[float] = 0.5
#: Ink lighter than this is paper.
RULE_INK_LEVEL: Final[int] = 215
#: A form prints its rules in a light colour (a carbon copy's grey, a drop-out colour) when
#: three in four of their pixels are lighter than this (typed strokes across them are the
#: darker rest); black rules, even blurred or thin at 200 dpi, are darker (measured: at most
#: 147 but on one noisy page of 1,100 of other layouts; carbon copies 153-208).
LIGHT_RULE_MIN_LEVEL: Final[int] = 150
#: Shading (a grey band, a filled cell) is thicker than this at 300 dpi: no rule.
LIGHT_RULE_MAX_THICKNESS_300: Final[int] = 6
#: Within such rules only pixels lighter than this are removed: a typed value struck across
#: a rule keeps its strokes.
LIGHT_RULE_KEEP_BELOW: Final[int] = 110
LIGHT_RULE_MIN_PIXELS_300: Final[int] = 2000


def remove_light_rules(grey: GreyImage, *, dpi: int = DEFAULT_DPI,
                       small: GreyImage | None = None) -> tuple[GreyImage, int]:
    """The page with its light rules painted white, and how many pixels that was (0 when its
    rules are black or it has none, and the page is returned as it was).

    A carbon copy's boxes are printed light grey and its typed values sit on or across them;
    Tesseract reads a value cut by a box line badly or not at all ("Mühlenstraße 95" on its
    box's bottom line was lost). Forms in a drop-out colour are meant to be read so. Found on
    a half-size copy (a quarter of the work); rules found there are widened by a pixel at
    full size. Black rules, which a 200 dpi scan or blur turns dark grey, and shading are
    left alone: removing rules was measured to eat strokes touching them (see the module's
    notes). Measured on 16 carbon-copy scans: field
    exact-match 59.8 % -> 69.2 %.
    """
    small = half_size(grey) if small is None else small
    ink = (small < RULE_INK_LEVEL).astype(np.uint8)
    length = max(3, round(LIGHT_RULE_MIN_IN * dpi / 2))
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    side = max(3, round(LIGHT_RULE_MAX_THICKNESS_300 * dpi / 300))
    shading = cv2.dilate(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((side, side), np.uint8)),
                         np.ones((3, 3), np.uint8))
    rules: GreyImage = cv2.bitwise_and(cv2.bitwise_or(across, down),
                                       1 - shading).astype(np.uint8, copy=False)
    found = small[rules > 0]
    if found.size * 4 < LIGHT_RULE_MIN_PIXELS_300 * (dpi / 300) ** 2 \
            or np.percentile(found, 25) < LIGHT_RULE_MIN_LEVEL:
        return grey, 0
    full = cv2.resize(rules, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_NEAREST)
    erase = (cv2.dilate(full, np.ones((3, 3), np.uint8)) > 0) & (grey > LIGHT_RULE_KEEP_BELOW)
    out = grey.copy()
    out[erase] = 255
    return out, int(erase.sum())


# --- comb fields ----------------------------------------------------------------------------
#: A comb field's base line is a rule at least this long (a two-box day field is a third of
#: an inch); its teeth are thin strokes standing on it, at least this tall and at most this
#: wide and tall, set at an even pitch between these bounds.
COMB_RULE_MIN_IN: Final[float] = 0.2
COMB_TOOTH_MIN_IN: Final[float] = 0.03
COMB_TOOTH_MAX_WIDTH_IN: Final[float] = 0.02
COMB_TOOTH_MAX_HEIGHT_IN: Final[float] = 0.4
COMB_PITCH_MIN_IN: Final[float] = 0.08
COMB_PITCH_MAX_IN: Final[float] = 0.45
#: Teeth in a row needed to call a run of strokes a comb (a two-box field: edge, tooth, edge).
COMB_MIN_TEETH: Final[int] = 3
#: A tooth may be missing (the box's letter touched it): steps of up to this many pitches.
COMB_MAX_STEP_PITCHES: Final[int] = 3
COMB_PITCH_TOLERANCE: Final[float] = 0.15


def remove_comb_teeth(grey: GreyImage, *, dpi: int = DEFAULT_DPI,
                      small: GreyImage | None = None) -> tuple[GreyImage, int]:
    """The page with its comb fields' teeth painted white, and how many pixels that was.

    A machine-readable form gives each character a box of its own: a base line with a short
    tooth between boxes and a tall edge at each end, or closed boxes whose walls run from rule
    to rule. Tesseract reads teeth and walls as letters ("11,8).[0,5|" for "18.05"). They are
    told from letters' stems by standing alone on a rule and repeating at an even pitch along
    it; a letter typed on a writing line is wider than its stem (a bowl, an arch, serifs).
    Along a comb found so, every stroke on the grid of its boxes goes, also one a letter
    touches. The rules stay whole (the light-rule step knows them by their length). Looked for
    on a half-size copy, only in the bands just above rules. Measured on the 288 scans of the
    comb/fax pair: field exact-match 46.5 / 42.3 / 45.1 % -> 75.1 / 58.9 / 74.0 % (clean /
    degraded / 200 dpi, with that session's extraction changes); it finds teeth on 1 of
    1,728 scans of other layouts (a date's box dividers), whose fields read the same.
    """
    small = half_size(grey) if small is None else small
    height = small.shape[0]
    ink = (small < RULE_INK_LEVEL).astype(np.uint8)
    half = dpi / 2
    across: npt.NDArray[np.uint8] = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
            cv2.MORPH_RECT, (max(3, round(COMB_RULE_MIN_IN * half)), 1))).astype(np.uint8)
    rows = np.flatnonzero(across.any(axis=1))
    if rows.size == 0:
        return grey, 0
    reach = round(COMB_TOOTH_MAX_HEIGHT_IN * half)
    teeth: list[tuple[int, int, npt.NDArray[np.uint8]]] = []
    # bands of rows from a tooth's height above a run of rule rows to just under it
    breaks = np.flatnonzero(np.diff(rows) > reach) + 1
    for run in np.split(rows, breaks):
        top, bottom = max(0, int(run[0]) - reach), min(height, int(run[-1]) + 3)
        found = _comb_teeth_in_band(ink[top:bottom], across[top:bottom], half)
        if found is not None:
            teeth.append((top, bottom, found))
    if not teeth:
        return grey, 0
    mask = np.zeros_like(ink)
    for top, bottom, found in teeth:
        mask[top:bottom] |= found
    size = (grey.shape[1], grey.shape[0])
    full = cv2.resize(mask, size, interpolation=cv2.INTER_NEAREST)
    rules = cv2.resize(across, size, interpolation=cv2.INTER_NEAREST)
    # the half-size copy loses a tooth's soft tip: a little more above and below; the rules
    # it stands on stay whole (a light rule step after this one knows them by their length)
    erase = (cv2.dilate(full, np.ones((7, 3), np.uint8)) > 0) \
        & (cv2.dilate(rules, np.ones((5, 1), np.uint8)) == 0)
    out = grey.copy()
    out[erase] = 255
    return out, int(erase.sum())


def _comb_teeth_in_band(ink: npt.NDArray[np.uint8], across: npt.NDArray[np.uint8],
                        half: float) -> npt.NDArray[np.uint8] | None:
    """The teeth of the comb fields in a band of a half-size page (a mask), or None."""
    width = ink.shape[1]
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(
        cv2.MORPH_RECT, (1, max(3, round(COMB_TOOTH_MIN_IN * half)))))
    _, labels, stats, _ = cv2.connectedComponentsWithStats(down, connectivity=8)
    x, y, w, h = stats[:, 0], stats[:, 1], stats[:, 2], stats[:, 3]
    # a tooth rises above its rule; a thick or skewed rule's own steps do not
    on_rule = np.bincount(labels[across > 0], minlength=len(stats))
    max_width = max(2, round(COMB_TOOTH_MAX_WIDTH_IN * half))
    thin = (w <= max_width) & (h <= round(COMB_TOOTH_MAX_HEIGHT_IN * half)) \
        & (h - on_rule >= round(COMB_TOOTH_MIN_IN * half))
    thin[0] = False  # the background
    idx = np.flatnonzero(thin)
    near: npt.NDArray[np.uint8] = cv2.dilate(across, np.ones((5, 5), np.uint8)).astype(np.uint8)
    cx = np.clip(x[idx] + w[idx] // 2, 0, width - 1)
    foot = np.clip(y[idx] + h[idx] - 1, 0, ink.shape[0] - 1)
    standing = near[foot, cx] > 0
    pitch = (COMB_PITCH_MIN_IN * half, COMB_PITCH_MAX_IN * half)
    if not _even_runs(cx[standing], foot[standing], pitch):
        return None  # the cheap test first: most bands hold no even run of strokes
    # A tooth stands alone off its rule; a letter's stem typed on a writing line is part of
    # a wider glyph.
    _, alone, alone_stats, _ = cv2.connectedComponentsWithStats(ink & (1 - near), connectivity=8)
    # (looked at half-way up: a box's wall meets a top rule as well)
    own = alone[np.clip(y[idx] + h[idx] // 2, 0, ink.shape[0] - 1), cx]
    single = standing & (own > 0) & (alone_stats[own, cv2.CC_STAT_WIDTH] <= max_width + 1)
    runs = _even_runs(cx[single], foot[single], pitch)
    if not runs:
        return None
    # Along a comb found so, every stroke standing on the grid of its boxes is a wall, also
    # one a letter touches.
    chosen = np.zeros(len(idx), dtype=bool)
    for run in runs:
        xs, feet = cx[single][run], foot[single][run]
        step = float(np.min(np.diff(xs)))
        span = float(xs[-1] - xs[0])
        grid = span / max(1, round(span / step))
        offset = (cx - xs[0]) / grid
        row = int(np.median(feet))
        rule = near[max(0, row - 4):row + 1].max(axis=0)
        left, right = _rule_ends(rule, int(xs[0]))[0], _rule_ends(rule, int(xs[-1]))[1]
        chosen[np.flatnonzero(single)[run]] = True
        chosen |= standing & (np.abs(foot - np.median(feet)) <= 3) \
            & (cx >= left) & (cx <= right) \
            & (np.abs(offset - np.round(offset)) <= COMB_PITCH_TOLERANCE)
    return np.isin(labels, idx[chosen]).astype(np.uint8)


def _rule_ends(row: npt.NDArray[np.uint8], x: int) -> tuple[int, int]:
    """The ends of the stretch of rule through ``x`` in one row of a rule mask."""
    gaps = np.flatnonzero(row == 0)
    left = gaps[gaps < x]
    right = gaps[gaps > x]
    return (int(left[-1]) + 1 if left.size else 0,
            int(right[0]) - 1 if right.size else len(row) - 1)


def _even_runs(cx: npt.NDArray[np.int64], foot: npt.NDArray[np.int64],
               pitch_range: tuple[float, float]) -> list[list[int]]:
    """Runs (as indices, left to right) of at least ``COMB_MIN_TEETH`` strokes that stand at
    an even pitch along one rule."""
    rows: list[list[int]] = []
    last = None
    for i in np.argsort(foot, kind="stable"):
        if last is None or foot[i] - last > 3:
            rows.append([])
        last = foot[i]
        rows[-1].append(int(i))
    out: list[list[int]] = []
    for row in rows:
        row.sort(key=lambda i: cx[i])
        run = row[:1]
        for a, b in pairwise(row):
            gap = float(cx[b] - cx[a])
            if len(run) >= 2:
                pitch = float(cx[run[1]] - cx[run[0]])
                step = max(1, round(gap / pitch))
                even = step <= COMB_MAX_STEP_PITCHES \
                    and abs(gap - step * pitch) <= COMB_PITCH_TOLERANCE * pitch
            else:
                even = pitch_range[0] <= gap <= pitch_range[1]
            if even:
                run.append(b)
                continue
            if len(run) >= COMB_MIN_TEETH:
                out.append(run)
            run = [b]
        if len(run) >= COMB_MIN_TEETH:
            out.append(run)
    return out
