"""Preprocessing functions (pure OpenCV, no Tesseract)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extractors import preprocess as pp
from tests.extractors.pagegen import Line, render_scan

# A third of a page is enough text for every measurement and keeps the tests fast.
CROP_PT = 300


@pytest.mark.parametrize("skew", [3.0, -2.0, 4.5, 0.8])
def test_estimate_skew_recovers_the_angle(skew: float) -> None:
    img = render_scan(crop_bottom_pt=CROP_PT, skew=skew, noise=12, boxes=True, seed=7)
    assert pp.estimate_skew(img) == pytest.approx(skew, abs=0.2)


def test_estimate_skew_under_uneven_lighting() -> None:
    img = render_scan(crop_bottom_pt=CROP_PT, skew=3.0, noise=20, shading=0.7)
    assert pp.estimate_skew(img) == pytest.approx(3.0, abs=0.2)


def test_deskew_straightens_and_leaves_straight_pages_alone() -> None:
    skewed = render_scan(crop_bottom_pt=CROP_PT, skew=3.0, noise=5)
    fixed, skew = pp.deskew(skewed)
    assert skew == pytest.approx(3.0, abs=0.2)
    assert fixed.shape == skewed.shape
    assert abs(pp.estimate_skew(fixed)) < 0.2

    straight = render_scan(crop_bottom_pt=CROP_PT, noise=5)
    same, small = pp.deskew(straight)
    assert abs(small) < pp.MIN_DESKEW_DEG
    assert same is straight  # no resampling below the threshold


def test_blank_page_has_no_skew() -> None:
    assert pp.estimate_skew(render_scan((), crop_bottom_pt=CROP_PT, noise=25)) == 0.0


@pytest.mark.parametrize(
    ("turned", "sideways"), [(0, False), (90, True), (180, False), (270, True)]
)
def test_looks_sideways(turned: int, sideways: bool) -> None:
    img = render_scan(crop_bottom_pt=600, rotation=turned, noise=10)
    assert pp.looks_sideways(img) is sideways


def test_dark_scanner_edge_does_not_look_sideways() -> None:
    # Regression: a dark edge and a 2° skew fooled an ink-profile comparison.
    img = render_scan(crop_bottom_pt=600, skew=2.3, noise=10, boxes=True)
    img[:, :120] = np.linspace(40, 200, 120, dtype=np.uint8)[None, :]
    assert not pp.looks_sideways(img)
    assert pp.looks_sideways(pp.turn(img, 90))


def test_turn_is_clockwise() -> None:
    img = np.zeros((2, 3), dtype=np.uint8)
    img[0, 0] = 255  # top left
    turned = pp.turn(img, 90)
    assert turned.shape == (3, 2)
    assert turned[0, 1] == 255  # top left goes to top right when turned clockwise
    assert pp.turn(img, 360) is img
    assert np.array_equal(pp.turn(pp.turn(img, 90), 270), img)


def test_uneven_lighting_is_detected_and_flattened() -> None:
    flat = render_scan(crop_bottom_pt=CROP_PT, noise=10)
    shaded = render_scan(crop_bottom_pt=CROP_PT, noise=10, shading=0.7)
    assert pp.background_unevenness(flat) < pp.UNEVEN_BACKGROUND_LEVELS
    assert pp.background_unevenness(shaded) > pp.UNEVEN_BACKGROUND_LEVELS
    flattened = pp.flatten_background(shaded)
    assert pp.background_unevenness(flattened) < pp.UNEVEN_BACKGROUND_LEVELS
    # Ink stays dark: the darkest percent of the page is still near black.
    assert np.percentile(flattened, 1) < 80


def test_blank_pages() -> None:
    assert pp.is_blank(render_scan((), crop_bottom_pt=CROP_PT, noise=25))
    assert not pp.is_blank(render_scan((Line(300, 100, "Seite 2"),), crop_bottom_pt=CROP_PT))


def test_to_grey_puts_transparency_on_white() -> None:
    bgra = np.zeros((4, 4, 4), dtype=np.uint8)  # fully transparent black
    bgra[0, 0] = (0, 0, 0, 255)  # one opaque black pixel
    grey = pp.to_grey(bgra)
    assert grey.shape == (4, 4)
    assert grey[0, 0] == 0
    assert grey[1, 1] == 255
    bgr = np.full((2, 2, 3), 200, dtype=np.uint8)
    assert pp.to_grey(bgr)[0, 0] == 200


@pytest.mark.parametrize("dpi", [100, 200, 300])
def test_estimate_text_dpi_from_letter_heights(dpi: int) -> None:
    img = render_scan(crop_bottom_pt=CROP_PT, dpi=dpi, noise=8)
    estimate = pp.estimate_text_dpi(img)
    assert estimate == pytest.approx(dpi, rel=0.2)


def test_no_dpi_estimate_without_letters() -> None:
    assert pp.estimate_text_dpi(render_scan((), crop_bottom_pt=CROP_PT, noise=8)) is None


def test_noisy_scans_are_told_from_clean_ones_and_denoised() -> None:
    import numpy as np

    from extractors import preprocess

    rng = np.random.default_rng(3)
    clean = np.full((400, 400), 245, np.uint8)
    clean[100:110, 50:350] = 20  # a stroke
    noisy = np.clip(clean.astype(int) + rng.normal(0, 12, clean.shape), 0, 255).astype(np.uint8)
    assert preprocess.noise_level(clean) < preprocess.NOISY_LEVEL < preprocess.noise_level(noisy)
    assert preprocess.noise_level(preprocess.denoise(noisy)) < preprocess.noise_level(noisy)
    assert preprocess.denoise(noisy)[105, 200] < 100  # the stroke survives


@pytest.mark.parametrize("skew", [0.0, 3.5, -4.5])
def test_content_box_holds_all_ink_and_drops_the_margins(skew: float) -> None:
    img = render_scan(crop_bottom_pt=600, skew=skew, noise=12, seed=3)
    mask = pp.work_mask(img)
    fixed, measured = pp.deskew(img, mask)
    x0, y0, x1, y1 = pp.content_box(mask, fixed.shape, skew=measured)
    # Where the ink truly is: the same page drawn without noise, straightened alike.
    clean = render_scan(crop_bottom_pt=600, skew=skew, seed=3)
    if abs(measured) >= pp.MIN_DESKEW_DEG:
        clean = pp.rotate_small(clean, -measured)
    ink = np.argwhere(clean < 160)
    assert ink.size
    top, left = ink.min(axis=0)
    bottom, right = ink.max(axis=0)
    assert x0 <= left and y0 <= top and x1 > right and y1 > bottom
    # The margins go: a printed form never fills its page to the edge.
    assert (x1 - x0) * (y1 - y0) < 0.9 * fixed.size


def test_content_box_of_a_blank_page_is_the_page() -> None:
    img = render_scan((), crop_bottom_pt=CROP_PT, noise=25)
    assert pp.content_box(pp.work_mask(img), img.shape) == (0, 0, img.shape[1], img.shape[0])


def test_printed_bars_and_striped_rows_are_no_uneven_lighting() -> None:
    # GIVEN a portal printout: a black header bar and a table of alternately shaded rows
    # (the bands a generated portal page shows: bar 51, a grey head row, rows of 234-240)
    page = np.full((3508, 2480), 255, dtype=np.uint8)
    page[146:254, 200:2280] = 51
    page[598:757, 250:2230] = 203
    for top, bottom, level in ((834, 921, 240), (999, 1085, 240), (1163, 1325, 236),
                               (1403, 1564, 234), (1639, 1729, 240)):
        page[top:bottom, 250:2230] = level
    # THEN the background is not flattened (it would bleach the white rows' text for OCR)
    assert pp.background_unevenness(page) < pp.UNEVEN_BACKGROUND_LEVELS


def test_dotted_rules_are_removed_and_letters_kept() -> None:
    from tests.extractors.pagegen import render_typed_form
    page = render_typed_form()
    cleaned, dots = pp.remove_dotted_rules(page)
    assert dots > 300  # nine rules of about forty dots each
    # The rules' row (under the first value) is white now; the value above keeps its ink.
    assert cleaned[512:518, 250:900].min() > 200
    assert page[512:518, 250:900].min() < 100
    assert cleaned[430:500, 220:500].min() < 60


# A portal export: small labels in light grey over black values.
GREY_LABEL_LINES = tuple(
    line for y, label, value in (
        (120, "Familienname, wie eingetragen", "Dubois"),
        (175, "Vornamen, wie eingetragen", "Eleni"),
        (230, "Geburtsdatum", "20.03.1985"),
        (285, "Geburtsort", "Bochum"),
        (340, "Staatsangehörigkeit", "französisch"),
        (395, "Einzug in die Wohnung am", "01.10.2026"),
    )
    for line in (Line(60, y, label, 9.0, grey=165), Line(60, y + 22, value, 13.0, bold=True))
)


def test_light_grey_letters_are_darkened_and_black_text_left_alone() -> None:
    scan = render_scan(GREY_LABEL_LINES, crop_bottom_pt=450, noise=12.0)
    out, letters = pp.darken_grey_text(scan)
    assert letters > pp.GREY_TEXT_MIN_LETTERS
    label = (slice(round(105 * 300 / 72), round(122 * 300 / 72)), slice(250, 1200))
    assert out[label].min() < 60 < scan[label].min()  # the grey label is near black now
    black = render_scan(crop_bottom_pt=450, noise=12.0)
    unchanged, none = pp.darken_grey_text(black)
    assert none == 0 and unchanged is black


def _boxed_page(rule_grey: int) -> np.ndarray:
    page = np.full((600, 1200), 255, np.uint8)
    for y0 in (100, 330):
        page[y0:y0 + 3, 100:1100] = rule_grey  # a box's top and bottom lines
        page[y0 + 200:y0 + 203, 100:1100] = rule_grey
        page[y0:y0 + 203, 100:103] = rule_grey
        page[y0:y0 + 203, 1097:1100] = rule_grey
    page[280:320, 200:204] = 20  # a typed stroke across the first box's bottom line
    return page


def test_light_rules_are_removed_and_typed_strokes_across_them_kept() -> None:
    page = _boxed_page(175)
    out, removed = pp.remove_light_rules(page)
    assert removed > 0
    assert (out[300:303, 300:1000] == 255).all()  # the grey line is gone
    assert (out[280:320, 200:204] == 20).all()  # the black stroke across it stays
    black = _boxed_page(30)
    same, none = pp.remove_light_rules(black)
    assert none == 0 and same is black


def _comb_page(text: str, *, teeth: bool) -> np.ndarray:
    """A 300 dpi strip: ``text`` typed one character per 54 px box of a comb field (a base line,
    a short tooth between boxes, a tall edge at each end), or typed on a plain writing line."""
    page = np.full((300, 1400), 255, np.uint8)
    left, pitch, base = 100, 54, 200
    cv2.line(page, (left, base), (left + 20 * pitch, base), 117, 2)
    for i, ch in enumerate(text):
        cv2.putText(page, ch, (left + i * pitch + 12, base - 14), cv2.FONT_HERSHEY_SIMPLEX, 1.4,
                    13, 4)
    if teeth:
        for i in range(21):
            top = base - 70 if i in (0, 20) else base - 30
            cv2.line(page, (left + i * pitch, top), (left + i * pitch, base), 117, 2)
    return page


def test_comb_teeth_are_removed_and_the_letters_in_the_boxes_kept() -> None:
    page = _comb_page("WEBER 1986", teeth=True)
    out, removed = pp.remove_comb_teeth(page)
    assert removed > 0
    # a tooth between two empty boxes and the field's tall edge are white now
    assert (out[175:195, 100 + 15 * 54 - 1:100 + 15 * 54 + 2] == 255).all()
    assert (out[140:195, 99:102] == 255).all()
    # the letters keep their ink
    letters = (slice(140, 190), slice(110, 100 + 10 * 54))
    assert (out[letters] < 60).sum() == (page[letters] < 60).sum()


def test_the_walls_of_a_row_of_boxes_go_and_its_rules_stay() -> None:
    # GIVEN a value typed one character per box of a row of closed boxes in a light grey
    page = np.full((300, 1400), 255, np.uint8)
    left, pitch, top, base = 100, 54, 120, 200
    cv2.line(page, (left, top), (left + 20 * pitch, top), 140, 2)
    cv2.line(page, (left, base), (left + 20 * pitch, base), 140, 2)
    for i in range(21):
        cv2.line(page, (left + i * pitch, top), (left + i * pitch, base), 140, 2)
    for i, ch in enumerate("MEHMET"):
        cv2.putText(page, ch, (left + i * pitch + 10, base - 20), cv2.FONT_HERSHEY_SIMPLEX, 1.4,
                    13, 4)
    out, removed = pp.remove_comb_teeth(page)
    assert removed > 0
    wall = (slice(top + 10, base - 10), slice(left + 8 * pitch - 1, left + 8 * pitch + 2))
    assert (out[wall] == 255).all()
    # the rules stay whole, for the light-rule step to know by their length
    assert (out[base, left + 20:left + 19 * pitch] < 200).all()
    assert (out[top, left + 20:left + 19 * pitch] < 200).all()


def test_letters_typed_on_a_writing_line_are_no_comb() -> None:
    # GIVEN monospace letters whose stems stand on a writing line at an even pitch
    page = np.full((300, 1400), 255, np.uint8)
    cv2.line(page, (100, 200), (1300, 200), 117, 2)
    for i in range(10):
        cv2.putText(page, "h", (100 + i * 54 + 12, 201), cv2.FONT_HERSHEY_SIMPLEX, 1.4, 13, 4)
    out, removed = pp.remove_comb_teeth(page)
    # THEN nothing is taken: each stem belongs to a wider letter
    assert removed == 0 and out is page


def _dark_card(page: np.ndarray, rows: slice, cols: slice, *, card: int = 45,
               text: int = 225) -> np.ndarray:
    """The page with ``rows`` x ``cols`` printed dark-mode: light text on a dark card."""
    out = page.copy()
    region = out[rows, cols].astype(np.float32)
    out[rows, cols] = (card + (255.0 - region) * (text - card) / 255.0).astype(np.uint8)
    return out


def test_light_text_on_a_dark_card_is_inverted_and_the_paper_left_alone() -> None:
    page = render_scan(crop_bottom_pt=260, noise=6)
    rows, cols = slice(round(110 * 300 / 72), round(180 * 300 / 72)), slice(180, 2300)
    scan = _dark_card(page, rows, cols)
    out, pixels = pp.invert_dark_regions(scan)
    assert pixels > 0.8 * (rows.stop - rows.start) * (cols.stop - cols.start)
    # The card is light now and its letters dark; the title above it is as it was.
    assert np.median(out[rows, cols]) > 200 and out[rows, cols].min() < 60
    title = slice(0, round(100 * 300 / 72))
    assert np.array_equal(out[title], scan[title])


def test_a_shadow_over_dark_print_and_a_plain_page_are_not_inverted() -> None:
    page = render_scan(crop_bottom_pt=260, noise=6)
    shadowed = page.copy()
    rows = slice(round(110 * 300 / 72), round(180 * 300 / 72))
    shadowed[rows] = (shadowed[rows].astype(np.float32) * 0.38).astype(np.uint8)  # paper ~95
    out, pixels = pp.invert_dark_regions(shadowed)
    assert pixels == 0 and out is shadowed
    unchanged, none = pp.invert_dark_regions(page)
    assert none == 0 and unchanged is page


def _photographed(page: np.ndarray, *, desk: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """The page as a phone sees it on a desk: smaller, in some perspective, on a dark
    surface; returns the picture and where the page's corners went."""
    h, w = page.shape
    corners = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    seen = np.array([[0.18 * w, 0.12 * h], [0.86 * w, 0.14 * h], [0.90 * w, 0.88 * h],
                     [0.14 * w, 0.86 * h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, seen)
    picture = cv2.warpPerspective(page, matrix, (w, h), borderValue=desk)
    return picture.astype(np.uint8), seen


def test_a_page_photographed_on_a_desk_is_cut_out_and_seen_straight() -> None:
    page = np.full((3508, 2480), 240, dtype=np.uint8)
    page[400:460, 300:2100] = 30  # a heading bar and some print, so it is no blank sheet
    page[1000:1020, 300:2100] = 30
    picture, seen = _photographed(page)
    corners = pp.photographed_page(picture)
    assert corners is not None
    assert np.abs(corners - seen).max() < 0.02 * page.shape[1]
    flat, unwarped = pp.unwarp_photographed_page(picture)
    assert unwarped
    # The page fills the picture again: the heading bar is level and near where it was.
    bar_rows = np.flatnonzero((flat[:, 500:2000] < 100).mean(axis=1) > 0.9)
    assert bar_rows.size and abs(bar_rows.min() - 400 * flat.shape[0] / 3508) < 60


def test_scans_are_no_photographs() -> None:
    scan = render_scan(noise=8)
    assert pp.photographed_page(scan) is None
    edged = scan.copy()
    edged[:, :60] = 20  # a scanner's dark edge
    flat, unwarped = pp.unwarp_photographed_page(edged)
    assert not unwarped and flat is edged


def test_components_label_in_16_bits_and_fall_back_when_there_are_too_many() -> None:
    few = np.zeros((100, 100), np.uint8)
    few[10:20, 10:20] = 255
    count, labels, stats, _ = pp.components(few)
    assert count == 2 and labels.dtype == np.uint16 and stats[1, cv2.CC_STAT_AREA] == 100
    many = np.zeros((900, 900), np.uint8)
    many[::3, ::3] = 255  # 90,000 specks: more than 16-bit labels hold
    count, labels, _, _ = pp.components(many)
    assert count == 300 * 300 + 1 and labels.dtype == np.int32


def test_a_tiny_picture_is_no_photograph_and_warns_nothing() -> None:
    import warnings
    tiny = np.full((40, 30), 40, dtype=np.uint8)
    tiny[10:30, 8:22] = 230  # at the search's resolution the "sheet" is the whole picture
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert pp.photographed_page(tiny) is None


def test_the_page_image_kept_after_ocr_is_not_darkened() -> None:
    # Real OCR: the grey labels are read from the darkened page, but the image handed on
    # (to the zone reader, whose degraded zone darkening runs together) is the undarkened one.
    from extractors.read import ocr_page
    scan = render_scan(GREY_LABEL_LINES, crop_bottom_pt=450, noise=12.0)
    read = ocr_page(scan, number=1, dpi=300)
    assert "grey_text_darkened" in read.page.notes
    assert any(w.text.startswith("Familienname") for w in read.page.words)
    assert read.image is not None
    label = (slice(round(105 * 300 / 72), round(122 * 300 / 72)), slice(250, 1200))
    assert read.image[label].min() > 60
