"""Tick boxes on page images: detection, ticked state, rejection of look-alikes, and merging
the boxes into the OCR words."""

from __future__ import annotations

import io

import cv2
import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors import checkboxes
from extractors.checkboxes import Checkbox, find_checkboxes, merge_checkbox_words
from extractors.words import Word

Grey = npt.NDArray[np.uint8]

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = f"{FONT_DIR}/DejaVuSans.ttf"
FONT_BOLD = f"{FONT_DIR}/DejaVuSans-Bold.ttf"
MARKS = ("empty", "cross", "check", "filled")
TICKED = {"empty": False, "cross": True, "check": True, "filled": True}
#: A printed box: 3.5 mm side, 0.25 mm border; a pen: 0.35 mm.
BOX_MM = 3.5
BORDER_MM = 0.25
PEN_MM = 0.35


def _px(mm: float, dpi: int) -> int:
    return max(1, round(mm * dpi / 25.4))


def _page(dpi: int, width_mm: float = 180, height_mm: float = 30) -> Grey:
    return np.full((_px(height_mm, dpi), _px(width_mm, dpi)), 255, np.uint8)


def _draw_box(img: Grey, x: int, y: int, dpi: int, mark: str) -> tuple[int, int, int, int]:
    """A box with its top left at (x, y), marked; returns its bbox (x1, y1 exclusive)."""
    side = _px(BOX_MM, dpi)
    border = _px(BORDER_MM, dpi)
    pen = _px(PEN_MM, dpi)
    x1, y1 = x + side - 1, y + side - 1
    # cv2.rectangle centres thick lines on the outline; draw the border inside it.
    for k in range(border):
        cv2.rectangle(img, (x + k, y + k), (x1 - k, y1 - k), 0, 1)
    inner = border + pen

    def pt(fx: float, fy: float) -> tuple[int, int]:
        span = side - 2 * inner
        return x + inner + round(fx * span), y + inner + round(fy * span)

    if mark == "cross":
        cv2.line(img, pt(0, 0), pt(1, 1), 0, pen, cv2.LINE_AA)
        cv2.line(img, pt(1, 0), pt(0, 1), 0, pen, cv2.LINE_AA)
    elif mark == "check":
        points = np.array([pt(0.05, 0.55), pt(0.4, 0.95), pt(1.0, 0.05)], np.int32)
        cv2.polylines(img, [points], False, 0, pen, cv2.LINE_AA)
    elif mark == "filled":
        cv2.rectangle(img, (x, y), (x1, y1), 0, -1)
    return x, y, x + side, y + side


def _text(img: Grey, x: int, y: int, text: str, dpi: int, size_pt: float = 10,
          font: str = FONT) -> tuple[int, int, int, int]:
    """Draw text with its top left near (x, y); returns the ink bbox."""
    pil = Image.fromarray(img)
    face = ImageFont.truetype(font, round(size_pt * dpi / 72))
    draw = ImageDraw.Draw(pil)
    draw.text((x, y), text, fill=0, font=face)
    img[:] = np.asarray(pil)
    left, top, right, bottom = draw.textbbox((x, y), text, font=face)
    return int(left), int(top), int(right), int(bottom)


def _row(dpi: int, items: list[tuple[str, str]]) -> tuple[Grey, list[tuple[int, int, int, int]]]:
    """A line of ``(mark, option word)`` pairs, each box followed by its word."""
    img = _page(dpi)
    x = _px(10, dpi)
    y = _px(10, dpi)
    side = _px(BOX_MM, dpi)
    boxes = []
    for mark, word in items:
        boxes.append(_draw_box(img, x, y, dpi, mark))
        # Text baseline about level with the box bottom, as printed forms set it.
        _, _, right, _ = _text(img, x + side + _px(1.5, dpi), y - _px(0.9, dpi), word, dpi)
        x = right + _px(5, dpi)
    return img, boxes


def _rotate(img: Grey, degrees: float) -> Grey:
    h, w = img.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return np.asarray(cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR,
                                     borderValue=255), np.uint8)


def _degrade(img: Grey, seed: int) -> Grey:
    """Blur, grey paper with lowered contrast, sensor noise and JPEG, like a cheap scan."""
    rng = np.random.default_rng(seed)
    out = cv2.GaussianBlur(img, (0, 0), 1.0)
    out = cv2.convertScaleAbs(out, alpha=0.85, beta=22)
    out = np.clip(out + rng.normal(0, 10, out.shape), 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=60)
    return np.asarray(Image.open(buf).convert("L"), np.uint8)


def _states(found: list[Checkbox]) -> list[bool]:
    return [b.ticked for b in sorted(found, key=lambda b: b.bbox[0])]


def _near(found: Checkbox, drawn: tuple[int, int, int, int], tolerance: int) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found.bbox, drawn, strict=True))


# --- detection --------------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", [200, 300])
@pytest.mark.parametrize("mark", MARKS)
def test_single_box_is_found_with_its_state(dpi: int, mark: str) -> None:
    img, drawn = _row(dpi, [(mark, "Hauptwohnung")])
    found = find_checkboxes(img, dpi)
    assert len(found) == 1
    box = found[0]
    assert box.ticked is TICKED[mark]
    assert _near(box, drawn[0], tolerance=2)
    assert 0.0 <= box.fill <= 1.0
    assert 0.5 <= box.confidence <= 1.0
    assert box.text == ("☒" if TICKED[mark] else "☐")


def test_empty_box_interior_is_clean_and_marks_are_far_from_the_threshold() -> None:
    img, _ = _row(300, [(m, "Option") for m in MARKS])
    fills = {m: b.fill for m, b in zip(MARKS, sorted(find_checkboxes(img, 300),
                                                       key=lambda b: b.bbox[0]), strict=True)}
    assert fills["empty"] < checkboxes.TICKED_MIN_FILL / 2
    assert min(fills["cross"], fills["check"], fills["filled"]) > 2 * checkboxes.TICKED_MIN_FILL


@pytest.mark.parametrize("dpi", [200, 300])
def test_row_of_options_gives_one_box_per_option(dpi: int) -> None:
    items = [("empty", "Studium"), ("cross", "Erwerbstätigkeit"), ("empty", "Familiennachzug"),
             ("check", "Sonstiges")]
    img, drawn = _row(dpi, items)
    found = find_checkboxes(img, dpi)
    assert _states(found) == [False, True, False, True]
    for box, expected in zip(sorted(found, key=lambda b: b.bbox[0]), drawn, strict=True):
        assert _near(box, expected, tolerance=2)


@pytest.mark.parametrize("degrees", [-2.0, 2.0, 3.0])
def test_slightly_rotated_boxes_are_found(degrees: float) -> None:
    items = [("empty", "weiblich"), ("cross", "männlich"), ("check", "divers"),
             ("filled", "ohne Angabe")]
    img, _ = _row(300, items)
    found = find_checkboxes(_rotate(img, degrees), 300)
    assert _states(found) == [False, True, True, True]


@pytest.mark.parametrize("dpi", [200, 300])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_noisy_blurred_jpeg_scan(dpi: int, seed: int) -> None:
    items = [("cross", "Hauptwohnung"), ("empty", "Nebenwohnung"), ("check", "Studium"),
             ("empty", "Sonstiges")]
    img, _ = _row(dpi, items)
    found = find_checkboxes(_degrade(_rotate(img, 1.5 if seed % 2 else -1.0), seed), dpi)
    assert _states(found) == [True, False, True, False]


def test_filled_square_inside_a_frame_counts_once_as_ticked() -> None:
    img = _page(300)
    x0, y0, x1, y1 = _draw_box(img, 100, 100, 300, "empty")
    cv2.rectangle(img, (x0 + 10, y0 + 10), (x1 - 11, y1 - 11), 0, -1)
    found = find_checkboxes(img, 300)
    assert len(found) == 1
    assert found[0].ticked
    assert _near(found[0], (x0, y0, x1, y1), tolerance=1)


@pytest.mark.parametrize("mark", ["empty", "cross"])
def test_thick_framed_box(mark: str) -> None:
    img = _page(300)
    side, border = _px(3.5, 300), _px(0.6, 300)
    for k in range(border):
        cv2.rectangle(img, (100 + k, 100 + k), (99 + side - k, 99 + side - k), 0, 1)
    if mark == "cross":
        lo, hi = 100 + border + 2, 99 + side - border - 2
        cv2.line(img, (lo, lo), (hi, hi), 0, _px(PEN_MM, 300))
        cv2.line(img, (hi, lo), (lo, hi), 0, _px(PEN_MM, 300))
    found = find_checkboxes(img, 300)
    assert len(found) == 1
    assert found[0].ticked is TICKED[mark]


# --- look-alikes that are no boxes ---------------------------------------------------------


@pytest.mark.parametrize("font", [FONT, FONT_BOLD])
@pytest.mark.parametrize("size_pt", [10, 14, 20])
def test_letters_and_digits_are_not_boxes(font: str, size_pt: float) -> None:
    img = _page(300, height_mm=40)
    _text(img, 60, 60, "O 0 D o Q B S R 8 DOOD 00", 300, size_pt, font)
    assert find_checkboxes(img, 300) == []


def test_letters_are_not_boxes_when_degraded() -> None:
    img = _page(300, height_mm=40)
    _text(img, 60, 60, "O 0 D o Q B S 8 Ö ß", 300, 12, FONT_BOLD)
    assert find_checkboxes(_degrade(_rotate(img, 2.0), 5), 300) == []


def test_table_grid_cells_are_not_boxes() -> None:
    img = _page(300, width_mm=180, height_mm=60)
    # A ruled table: rows of wide cells and one square cell far larger than a box.
    for row in range(3):
        y = 40 + row * 150
        cv2.rectangle(img, (40, y), (1500, y + 150), 0, 3)
        cv2.line(img, (700, y), (700, y + 150), 0, 3)
        cv2.line(img, (850, y), (850, y + 150), 0, 3)
    assert find_checkboxes(img, 300) == []


def test_box_inside_a_table_cell_is_found() -> None:
    img = _page(300, width_mm=180, height_mm=40)
    cv2.rectangle(img, (30, 30), (1800, 400), 0, 3)
    drawn = _draw_box(img, 120, 150, 300, "cross")
    found = find_checkboxes(img, 300)
    assert len(found) == 1 and found[0].ticked
    assert _near(found[0], drawn, tolerance=1)


def test_character_cells_of_a_comb_are_not_tick_boxes() -> None:
    img = _page(300, height_mm=40)
    side = _px(BOX_MM + 1.0, 300)
    for k, digit in enumerate("14031987"):
        x = 100 + k * (side + 6)  # cells a few pixels apart, as printed for dates
        for t in range(3):
            cv2.rectangle(img, (x + t, 100 + t), (x + side - 1 - t, 100 + side - 1 - t), 0, 1)
        _text(img, x + side // 4, 100 + side // 8, digit, 300, size_pt=9)
    assert find_checkboxes(img, 300) == []
    # Each cell on its own would pass for a ticked box.
    cell = img[80 : 120 + side, 80 : 120 + side].copy()
    assert [b.ticked for b in find_checkboxes(cell, 300)] == [True]


def test_blank_and_odd_inputs_give_no_boxes() -> None:
    assert find_checkboxes(_page(300), 300) == []
    assert find_checkboxes(np.zeros((0, 0), np.uint8), 300) == []
    noise = np.random.default_rng(0).normal(245, 6, (300, 600)).clip(0, 255).astype(np.uint8)
    assert find_checkboxes(noise, 300) == []


# --- merging into the words --------------------------------------------------------------------


def _word(text: str, bbox: tuple[float, float, float, float], conf: float = 0.9) -> Word:
    return Word(text, bbox, conf, 2)


def test_merge_replaces_garbage_readings_and_keeps_order() -> None:
    boxes = [
        Checkbox((100, 100, 140, 140), ticked=False, fill=0.0, confidence=0.95),
        Checkbox((400, 100, 440, 140), ticked=True, fill=0.4, confidence=0.8),
        Checkbox((800, 100, 840, 140), ticked=False, fill=0.01, confidence=0.9),
    ]
    words = [
        _word("Aufenthaltszweck", (10, 40, 300, 80)),
        _word("L]", (98, 99, 141, 141), 0.3),  # the box read as text
        _word("Studium", (160, 100, 300, 140)),
        # no reading at all for the second box
        _word("Erwerbstätigkeit", (460, 100, 700, 140)),
        _word("O", (795, 96, 830, 150), 0.2),  # shifted, larger than the box: centre on it
        _word("Familiennachzug", (860, 100, 1100, 140)),
    ]
    merged = merge_checkbox_words(words, boxes, page=2)
    assert [w.text for w in merged] == [
        "Aufenthaltszweck", "☐", "Studium", "☒", "Erwerbstätigkeit", "☐", "Familiennachzug",
    ]
    ticked = merged[3]
    assert ticked.bbox == (400.0, 100.0, 440.0, 140.0)
    assert ticked.confidence == 0.8
    assert {w.page for w in merged} == {2}


def test_merge_keeps_words_only_touching_a_box() -> None:
    box = Checkbox((100, 100, 140, 140), ticked=True, fill=0.3, confidence=0.9)
    # A long word whose first letters run into the box: less than half of it on the box.
    word = _word("Hauptwohnung", (120, 100, 400, 140))
    merged = merge_checkbox_words([word], [box], page=2)
    assert [w.text for w in merged] == ["☒", "Hauptwohnung"]


def test_merge_trims_a_misreading_glued_to_the_option_word() -> None:
    box = Checkbox((100, 100, 130, 130), ticked=True, fill=0.3, confidence=0.9)
    # "D" read from the box and "divers" read as one word: the first letter lies on the box.
    glued = _word("Ddivers", (104, 100, 230, 130))
    merged = merge_checkbox_words([glued], [box], page=2)
    assert [w.text for w in merged] == ["☒", "divers"]
    assert merged[1].bbox == (130.0, 100.0, 230.0, 130.0)
    # A real letter on the box is not a misreading: kept as read.
    kept = merge_checkbox_words([_word("Wdivers", (104, 100, 230, 130))], [box], page=2)
    assert [w.text for w in kept] == ["☒", "Wdivers"]


def test_merge_without_boxes_returns_the_words() -> None:
    words = [_word("Studium", (0, 0, 10, 10))]
    merged = merge_checkbox_words(words, [], page=2)
    assert merged == words
    assert merged is not words


def test_box_on_a_line_of_its_own_goes_to_the_end() -> None:
    box = Checkbox((100, 500, 140, 540), ticked=False, fill=0.0, confidence=0.9)
    words = [_word("Oben", (100, 100, 200, 140))]
    assert [w.text for w in merge_checkbox_words(words, [box], page=2)] == ["Oben", "☐"]


# --- end to end with the real OCR ---------------------------------------------------------


@pytest.mark.ocr
@pytest.mark.parametrize("degraded", [False, True])
def test_ocr_row_with_boxes_gives_the_ticked_purpose(degraded: bool) -> None:
    import pytesseract

    from extractors.ocr import OCR_LANG, OCR_PSM, words_from_tsv
    from extractors.values import parse_purpose

    items = [("empty", "Studium"), ("cross", "Erwerbstätigkeit"), ("empty", "Familiennachzug")]
    img, _ = _row(300, items)
    if degraded:
        img = _degrade(_rotate(img, 1.0), 7)
    data = pytesseract.image_to_data(
        Image.fromarray(img), lang=OCR_LANG, config=f"--psm {OCR_PSM} --dpi 300",
        output_type=pytesseract.Output.DICT,
    )
    words = words_from_tsv(data, page=1)
    merged = merge_checkbox_words(words, find_checkboxes(img, 300), page=1)
    text = " ".join(w.text for w in sorted(merged, key=lambda w: w.x0))
    assert text.count("☐") == 2 and text.count("☒") == 1
    assert parse_purpose(text) == "employment"


def _radio_page() -> tuple[Grey, list[Word]]:
    """Three radio buttons (7 pt rings at 300 dpi) before their options, the second filled;
    the words as OCR reads them: "O", "@", "©" - and a word that begins with an "O"."""
    grey = np.full((200, 1400), 255, np.uint8)
    font = ImageFont.truetype(FONT, 40)
    image = Image.fromarray(grey)
    draw = ImageDraw.Draw(image)
    words: list[Word] = []
    for i, (reading, option) in enumerate((("O", "weiblich"), ("@", "männlich"),
                                            ("©", "divers"))):
        x = 40 + i * 420
        draw.ellipse((x, 82, x + 29, 111), outline=0, width=3)
        if i == 1:
            draw.ellipse((x + 7, 89, x + 22, 104), fill=0)
        words.append(Word(reading, (x, 80, x + 30, 112), 0.6, 1))
        draw.text((x + 50, 75), option, font=font, fill=0)
        words.append(Word(option, (x + 50, 80, x + 50 + 26 * len(option), 112), 0.9, 1))
    draw.text((40, 150), "Oberhausen", font=font, fill=0)
    words.append(Word("Oberhausen", (40, 150, 300, 190), 0.9, 1))
    return np.asarray(image), words


def test_radio_buttons_read_as_letters_are_told_filled_or_empty_by_their_pixels() -> None:
    grey, words = _radio_page()
    got = [w.text for w in checkboxes.read_radio_buttons(words, grey, 300)]
    assert got == ["○", "weiblich", "●", "männlich", "○", "divers", "Oberhausen"]


def test_a_radio_reading_glued_to_its_option_is_split_off() -> None:
    grey, words = _radio_page()
    glued = Word("@männlich", (words[2].x0, 80, words[3].x1, 112), 0.6, 1)
    got = checkboxes.read_radio_buttons([*words[:2], glued, *words[4:]], grey, 300)
    assert [w.text for w in got][:4] == ["○", "weiblich", "●", "männlich"]
    assert got[2].x1 <= got[3].x0


def test_a_letter_o_before_a_word_is_no_radio_button() -> None:
    # An "O" with no ring of button size around it (a letter of running text) stays.
    grey = np.full((200, 600), 255, np.uint8)
    image = Image.fromarray(grey)
    ImageDraw.Draw(image).text((40, 60), "O Anna", font=ImageFont.truetype(FONT, 90), fill=0)
    words = [Word("O", (40, 80, 110, 160), 0.9, 1), Word("Anna", (150, 80, 400, 160), 0.9, 1)]
    got = checkboxes.read_radio_buttons(words, np.asarray(image), 300)
    assert [w.text for w in got] == ["O", "Anna"]
