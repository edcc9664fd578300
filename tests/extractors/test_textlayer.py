"""The text-layer predicate and text-layer words."""

from __future__ import annotations

import io

import pdfplumber
import pypdfium2 as pdfium
import pytest

from extractors.layout import build_lines
from extractors.textlayer import (
    MIN_TEXT_CHARS_ON_SCAN,
    POINT_TO_PIXEL,
    TextLayerProbe,
    count_chars,
    has_usable_text_layer,
    probe_pdfium_page,
    text_layer_words,
    upright_page,
)
from tests.extractors.pagegen import A4_POINTS, make_image_pdf, make_text_pdf, render_scan


def test_count_chars_sorts_characters() -> None:
    probe = count_chars("Straße 17, 97070 Würzburg \ue000\ufffd\x01")
    assert probe.alnum_chars == len("Straße17") + len("97070Würzburg")
    assert probe.other_chars == 1
    assert probe.garbage_chars == 3


@pytest.mark.parametrize(
    ("text", "coverage", "usable"),
    [
        ("", 0.0, False),
        ("Seite 1 von 3", 0.0, False),  # a page number alone is not a text layer
        ("Anmeldung bei der Meldebehörde, Familienname Müller", 0.0, True),
        ("\ue000\ue001\ue002" * 20 + "abc", 0.0, False),  # fonts without a Unicode map
        ("!#$%&/()=?" * 10 + "Anmeldung bei der Meldebehörde", 0.0, False),  # mostly symbols
        ("Eingang 03.02.2026 Bürgerbüro Musterstadt", 1.0, False),  # stamp over a scan
        ("Anmeldung bei der Meldebehörde " * 10, 1.0, True),  # a scanner's own OCR layer
        ("Name " + "." * 80 + " Müller\nVorname " + "." * 80 + " Jürgen", 0.0, True),  # leaders
    ],
)
def test_has_usable_text_layer(text: str, coverage: float, usable: bool) -> None:
    assert has_usable_text_layer(count_chars(text, coverage)) is usable


def test_scan_threshold_is_inclusive() -> None:
    probe = TextLayerProbe(MIN_TEXT_CHARS_ON_SCAN, 0, 0, 0.9)
    assert has_usable_text_layer(probe)


def test_probe_of_real_pages() -> None:
    text_doc = pdfium.PdfDocument(make_text_pdf())
    scan_doc = pdfium.PdfDocument(make_image_pdf([render_scan(crop_bottom_pt=200, dpi=100)]))
    try:
        text_probe = probe_pdfium_page(text_doc[0])
        scan_probe = probe_pdfium_page(scan_doc[0])
    finally:
        text_doc.close()
        scan_doc.close()
    assert has_usable_text_layer(text_probe)
    assert text_probe.image_coverage == 0.0
    assert not has_usable_text_layer(scan_probe)
    assert scan_probe.image_coverage > 0.95
    assert scan_probe.alnum_chars == 0


def test_text_layer_words_are_in_pixels_at_300_dpi() -> None:
    with pdfplumber.open(io.BytesIO(make_text_pdf())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    label = next(w for w in words if w.text == "Familienname:")
    value = next(w for w in words if w.text == "Müller-Lüdenscheidt")  # first of two
    assert pytest.approx(300 / 72) == POINT_TO_PIXEL
    # Drawn at x = 56 pt and x = 200 pt, baseline 120 pt from the top.
    assert label.x0 == pytest.approx(56 * POINT_TO_PIXEL, abs=1)
    assert value.x0 == pytest.approx(200 * POINT_TO_PIXEL, abs=1)
    assert label.y0 < 120 * POINT_TO_PIXEL < label.y1
    assert label.cy == pytest.approx(value.cy, abs=1)
    assert label.height == pytest.approx(10 * POINT_TO_PIXEL, rel=0.1)
    assert all(w.confidence == 1.0 and w.page == 1 for w in words)
    assert all(0 <= w.x0 < w.x1 <= A4_POINTS[0] * POINT_TO_PIXEL for w in words)
    # Reading order is positional: the first line's words come first, left to right.
    assert [w.text for w in words[:4]] == ["Stadt", "Musterstadt", "–", "Bürgerbüro"]


def test_crop_box_is_the_visible_page() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600, 800))
    c.setCropBox((50, 50, 550, 700))  # PDF space: 50 pt cut left, 100 pt cut at the top
    c.setFont("Helvetica", 12)
    c.drawString(100, 600, "Sichtbar")
    c.drawString(10, 780, "Abgeschnitten")  # outside the crop box
    c.showPage()
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    assert [w.text for w in words] == ["Sichtbar"]
    assert words[0].x0 == pytest.approx(50 * POINT_TO_PIXEL, abs=1)
    # Baseline 600 pt from the bottom = 200 pt from the top of the media box, 100 pt of which
    # are cut: 100 pt from the top of the visible page.
    assert words[0].y0 < 100 * POINT_TO_PIXEL < words[0].y1


def test_an_item_number_glued_to_its_label_in_a_smaller_or_bolder_face_is_a_word_of_its_own(
) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(600, 800))
    t = c.beginText(50, 700)
    t.setFont("Helvetica-Bold", 5)
    t.textOut("12")
    t.setFont("Helvetica", 7)
    t.textOut("Vornamen")
    c.drawText(t)
    t = c.beginText(50, 650)
    t.setFont("Helvetica-Bold", 7)
    t.textOut("7")
    t.setFont("Helvetica", 7)
    t.textOut("Familienname")
    c.drawText(t)
    c.setFont("Helvetica", 7)
    c.drawString(50, 600, "12a")  # a house number: one word in one face
    c.drawString(50, 550, "3D-Druck")
    c.showPage()
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    lines = [" ".join(w.text for seg in line.segments for w in seg.words)
             for line in build_lines(words)]
    assert lines == ["12 Vornamen", "7 Familienname", "12a", "3D-Druck"]


def _vector_choice_pdf(mark: str) -> bytes:
    """A text-layer PDF with three options, each after a drawn radio button or tick box;
    the second one marked by a dot (``radio``) or a cross (``cross``), or no box marked but
    a fax's speck on the second one's wall (``speck``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Geschlecht")
    y = 740
    for i, option in enumerate(("weiblich", "männlich", "divers")):
        x = 72 + i * 110
        if mark == "radio":
            c.circle(x + 3.5, y + 3.5, 3.5, stroke=1, fill=0)
            if i == 1:
                c.circle(x + 3.5, y + 3.5, 1.9, stroke=0, fill=1)
        else:
            c.rect(x, y, 8, 8, stroke=1, fill=0)
            if i == 1 and mark == "speck":
                c.circle(x + 8, y + 4, 0.7, stroke=0, fill=1)
            elif i == 1:
                c.line(x + 1, y + 1, x + 7, y + 7)
                c.line(x + 1, y + 7, x + 7, y + 1)
        c.drawString(x + 12, y, option)
    c.rect(60, 700, 400, 80, stroke=1, fill=0)  # a table cell around them: no tick box
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("mark", ["radio", "cross"])
def test_drawn_tick_boxes_and_radio_buttons_become_box_words(mark: str) -> None:
    with pdfplumber.open(io.BytesIO(_vector_choice_pdf(mark))) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in sorted(words, key=lambda w: (round(w.y0 / 20), w.x0))]
    assert texts == ["Geschlecht", "☐", "weiblich", "☒", "männlich", "☐", "divers"]


def test_an_ornamental_frame_of_small_squares_ticks_nothing() -> None:
    # GIVEN a certificate framed by a row and a column of small filled squares, and one
    # real tick box
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(20):
        for x, y in ((40 + i * 25, 800), (40 + i * 25, 40), (40, 40 + i * 38), (540, 40 + i * 38)):
            c.rect(x, y, 6, 6, stroke=1, fill=1)
    c.setFont("Helvetica", 10)
    c.rect(100, 600, 8, 8, stroke=1, fill=0)
    c.line(101, 601, 107, 607)
    c.line(101, 607, 107, 601)
    c.drawString(112, 600, "verheiratet")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    # THEN the frame gives no box words; the tick box does
    assert texts == ["☒", "verheiratet"]


def test_a_speck_on_a_boxs_wall_ticks_nothing() -> None:
    # GIVEN a faxed form's empty boxes, one with a dot of noise on its wall
    with pdfplumber.open(io.BytesIO(_vector_choice_pdf("speck"))) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in sorted(words, key=lambda w: (round(w.y0 / 20), w.x0))]
    # THEN every box stays empty
    assert texts == ["Geschlecht", "☐", "weiblich", "☐", "männlich", "☐", "divers"]


def test_a_chosen_chip_becomes_a_ticked_option() -> None:
    # GIVEN a portal export that shows the choice as chips: the chosen one filled dark with
    # white words, the others outlined with grey words, under a reversed-out section band
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFillGray(0.1)
    c.rect(40, 780, 515, 24, stroke=0, fill=1)  # a band as wide as the page: no chip
    c.setFillGray(1.0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, 788, "Ihre neue Wohnung")
    c.setFillGray(0.0)
    c.setFont("Helvetica", 9)
    c.drawString(50, 760, "Nutzung der neuen Wohnung")
    c.setFillGray(0.18)
    c.roundRect(50, 730, 90, 16, 8, stroke=0, fill=1)
    c.setFillGray(1.0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(62, 735, "Hauptwohnung")
    c.setStrokeGray(0.3)
    c.roundRect(150, 730, 90, 16, 8, stroke=1, fill=0)
    c.setFillGray(0.3)
    c.setFont("Helvetica", 9)
    c.drawString(162, 735, "Nebenwohnung")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in sorted(words, key=lambda w: (round(w.y0 / 20), w.x0))]
    assert texts == ["Ihre", "neue", "Wohnung", "Nutzung", "der", "neuen", "Wohnung", "☒",
                     "Hauptwohnung", "Nebenwohnung"]


def test_letters_given_one_by_one_are_joined_into_words() -> None:
    # GIVEN a heading whose glyphs the PDF places one by one, a value typed one character per
    # box of a comb field (a date's dots in boxes of their own), and ordinary words and
    # tick-box crosses beside them
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    x = 72.0
    for ch in "Standesamt":
        c.drawString(x, 780, ch)
        x += c.stringWidth(ch, "Helvetica-Bold", 12)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Familienname")
    c.setFont("Courier", 11)
    for i, ch in enumerate("MÜLLER"):
        c.rect(160 + i * 14, 736, 14, 16, stroke=1, fill=0)
        c.drawString(163 + i * 14, 740, ch)
    for i, ch in enumerate("18.05.1986"):
        c.drawString(163 + i * 14, 720, ch)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "X ja")
    c.drawString(200, 700, "X nein")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in words]
    assert "Standesamt" in texts
    assert "MÜLLER" in texts
    assert "18.05.1986" in texts  # a date's dots in boxes of their own
    assert texts.count("X") == 2 and "ja" in texts and "nein" in texts


def test_single_option_letters_set_apart_stay_options() -> None:
    # GIVEN the sexes offered by their initials, set evenly apart, and a heading spaced out
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Gschl.")
    for i, ch in enumerate("wmd"):
        c.drawString(120 + i * 16, 740, ch)
    for i, ch in enumerate("amt"):
        c.drawString(72 + i * 16, 700, ch)
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    # THEN the options stay three words; letters that spell a word are joined
    assert [t for t in texts if t in ("w", "m", "d")] == ["w", "m", "d"]
    assert "amt" in texts


def test_a_comb_field_runs_on_across_a_blank_box_but_not_into_the_next_field() -> None:
    # GIVEN a street typed into a comb field with a blank box between its words, a house
    # number in a comb field of its own a little further on, and a place of birth in a comb
    # field set just one box after a date's
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from extractors.layout import build_lines

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Courier", 11)
    for i, ch in enumerate("CASTROPER STRASSE"):
        c.drawString(63 + i * 13, 740, ch)
    c.line(60, 737, 60 + 19 * 13, 737)
    for i, ch in enumerate("115"):
        c.drawString(63 + 20 * 13 + 9 + i * 13, 740, ch)
    c.line(60 + 20 * 13 + 9, 737, 60 + 20 * 13 + 9 + 4 * 13, 737)
    for i, ch in enumerate("1986 GLADBECK"):
        c.drawString(63 + i * 13, 700, ch)
    c.line(60, 697, 60 + 4 * 13, 697)
    c.line(60 + 5 * 13, 697, 60 + 14 * 13, 697)
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    lines = build_lines(words)
    # THEN the street is one stretch of text, the house number and the place cells of their own
    assert [[w.text for w in seg.words] for seg in lines[0].segments] == [
        ["CASTROPER", "STRASSE"], ["115"]]
    assert [[w.text for w in seg.words] for seg in lines[1].segments] == [
        ["1986"], ["GLADBECK"]]


def test_a_two_character_comb_value_in_boxes_wall_to_wall_is_one_word_and_no_tick_boxes() -> None:
    # GIVEN a house number typed into a comb field of square boxes set wall to wall, two of
    # them filled ("2", "4"), and a letter pair set apart on no drawn edge
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Courier", 11)
    for i in range(6):
        c.rect(60 + i * 13, 736, 13, 14, stroke=1, fill=0)
    for i, ch in enumerate("24"):
        c.drawString(63 + i * 13, 739, ch)
    c.setFont("Helvetica", 10)
    c.drawString(60, 700, "a")
    c.drawString(75, 700, "b")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in words]
    assert "24" in texts
    assert "☐" not in texts  # the empty boxes of a comb are no unticked tick boxes
    assert "a" in texts and "b" in texts


def _stamped_pdf(angle: float, lines: tuple[str, ...] = ("POSTEINGANG 27. OKT",)) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "meldepflichtige Person")
    c.drawString(260, 740, "Renée Weiß")
    c.saveState()
    c.translate(330, 735)
    c.rotate(angle)
    c.setFont("Helvetica-Bold", 11)
    for i, line in enumerate(lines):
        c.drawString(0, -13 * i, line)
    c.restoreState()
    c.save()
    return buf.getvalue()


def test_a_stamp_set_at_an_angle_is_not_read_into_the_form() -> None:
    # GIVEN an incoming-mail stamp turned by 10 degrees, over the end of a value
    with pdfplumber.open(io.BytesIO(_stamped_pdf(10))) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = " ".join(w.text for w in words)
    assert "Renée Weiß" in texts
    assert "POST" not in texts and "OKT" not in texts


def test_a_page_set_at_an_angle_as_a_whole_is_read() -> None:
    # GIVEN a page whose text is all turned alike (no stamp: nothing to tell apart)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.translate(100, 500)
    c.rotate(7)
    c.setFont("Helvetica", 10)
    c.drawString(0, 40, "Familienname Müller")
    c.drawString(0, 0, "Vornamen Anna")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = {w.text for w in text_layer_words(pdf.pages[0], page=1)}
    assert {"Müller", "Anna"} <= texts


def test_a_stamp_turned_by_little_more_than_a_degree_is_not_read_into_the_form() -> None:
    # GIVEN a stamp of two lines turned alike by 1.6 degrees (one such line on its own is
    # read: a value written by hand is never quite level either)
    stamp = ("POSTEINGANG", "27. OKT 2026")
    with pdfplumber.open(io.BytesIO(_stamped_pdf(1.6, stamp))) as pdf:
        texts = " ".join(w.text for w in text_layer_words(pdf.pages[0], page=1))
    assert "Renée Weiß" in texts and "POST" not in texts and "OKT" not in texts
    with pdfplumber.open(io.BytesIO(_stamped_pdf(4.0))) as pdf:  # one line, turned more
        texts = " ".join(w.text for w in text_layer_words(pdf.pages[0], page=1))
    assert "POST" not in texts


def test_a_copy_stamp_printed_over_a_date_in_another_ink_leaves_the_date_whole() -> None:
    # GIVEN a red upright stamp whose letters fall between the digits of a typed date
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "verstorben am")
    c.drawString(200, 700, "08.07.2026")
    c.setFillColorRGB(0.78, 0.12, 0.14)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(203, 701, "B E G L A U B I G T")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    assert "08.07.2026" in texts
    assert "verstorben" in texts


def test_a_typed_tick_larger_than_its_drawn_box_marks_it() -> None:
    # GIVEN a form filled in with a PDF editor: a 10 pt cross typed over a 7.7 pt box
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, option in ((72, "Studium"), (200, "Erwerbstätigkeit")):
        c.rect(x, 700, 7.7, 7.7, stroke=1, fill=0)
        c.drawString(x + 12, 700, option)
    c.drawString(200.5, 699, "X")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    assert texts.index("X") == texts.index("Erwerbstätigkeit") - 1
    assert texts.count("☐") == 1


def _sheet_pdf() -> bytes:
    """A spreadsheet row as an office program prints it: a label set close to its cell's
    right wall, the value in the next cell, a remark in the third; a comb field of boxes wall
    to wall below it; a white band laid over the strip (a faded print) on a third line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(50, 700, "Anschrift Vermieter/Wohnungsgeber")
    c.drawString(190, 700, "Wittener Straße 134, 45478 Witten")
    c.drawString(330, 700, "bitte prüfen")
    for x in (46, 186.5, 326, 420):
        c.line(x, 695, x, 711)
    c.setFont("Courier", 11)
    for i, ch in enumerate("ANNA BERG"):
        c.drawString(63 + i * 13, 640, ch)
        c.rect(60 + i * 13, 636, 13, 14)
    c.setFont("Helvetica", 8)
    c.drawString(50, 580, "Standesamt Mülheim an der Ruhr")
    c.setFillColorRGB(1, 1, 1)
    c.rect(140, 560, 12, 60, stroke=0, fill=1)
    c.save()
    return buf.getvalue()


def test_a_drawn_cell_wall_between_two_words_splits_the_line_into_cells() -> None:
    from extractors.layout import build_lines

    with pdfplumber.open(io.BytesIO(_sheet_pdf())) as pdf:
        lines = build_lines(text_layer_words(pdf.pages[0], page=1))
    texts = [[seg.text for seg in line.segments] for line in lines]
    # THEN the label, the value and the remark are cells of their own, however close they
    # stand; a comb's boxes split nothing; a white band is no wall
    assert texts[0] == ["Anschrift Vermieter/Wohnungsgeber", "Wittener Straße 134, 45478 Witten",
                        "bitte prüfen"]
    assert texts[1] == ["ANNA BERG"]
    assert texts[2] == ["Standesamt Mülheim an der Ruhr"]


def test_a_wall_word_marks_only_a_gap_with_one_wall_that_runs_past_both_words() -> None:
    from extractors.textlayer import WALL_MARK, with_cell_walls
    from extractors.words import Word

    a, b = Word("Name", (100, 100, 180, 130), 1.0, 1), Word("Anna", (190, 100, 260, 130), 1.0, 1)
    marked = with_cell_walls([a, b], [(185, 90, 140)])
    assert [w.text for w in marked] == ["Name", WALL_MARK, "Anna"]
    assert with_cell_walls([a, b], [(185, 120, 140)]) == [a, b]  # a tick's stroke, not a wall
    assert with_cell_walls([a, b], [(183, 90, 140), (187, 90, 140)]) == [a, b]  # a blank box
    # a key number in a box of its own before its legend: the box's wall is no cell's
    one = Word("1", (100, 100, 115, 130), 1.0, 1)
    legend = Word("(1", (130, 100, 160, 130), 1.0, 1)
    assert with_cell_walls([one, legend], [(95, 90, 140), (122, 90, 140)]) == [one, legend]


def _typewritten_pdf() -> bytes:
    """A typist's page: a wrong name struck out letter by letter with '/' and retyped after
    it, a cross typed off its box onto an option's first letter, one letter of a street struck
    lighter than the others, and a cross in another ink over a printed box elsewhere."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Courier", 11)
    step = c.stringWidth("M", "Courier", 11)
    for i, ch in enumerate("Böjrn"):
        c.drawString(72 + i * step, 700, ch)
        c.setFillGray(0.3)
        c.drawString(72.2 + i * step, 700.3, "/")
        c.setFillGray(0)
    c.drawString(72 + 6 * step, 700, "Björn")
    c.setFont("Helvetica", 10)
    c.drawString(72, 660, "Studium")
    c.setFont("Courier", 11)
    c.drawString(70, 660, "x")
    c.setFillGray(0.15)
    for i, ch in enumerate("Universitätsstraße"):
        c.setFillGray(0.5 if ch == "i" and i == 2 else 0.15)
        c.drawString(72 + i * step, 620, ch)
    c.setFillGray(0)
    c.setFont("DejaVuSans" if "DejaVuSans" in c.getAvailableFonts() else "Helvetica", 11)
    c.drawString(300, 580, "☐")
    c.setFillColorRGB(0.1, 0.1, 0.5)
    c.setFont("Courier", 11)
    c.drawString(301, 580, "X")
    c.save()
    return buf.getvalue()


def test_a_word_struck_out_by_overtyping_is_dropped_and_the_retyped_one_kept() -> None:
    with pdfplumber.open(io.BytesIO(_typewritten_pdf())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    assert "Björn" in texts
    assert not any("Böjrn" in t or "/" in t for t in texts)
    # a lone cross over one letter is a tick typed off its box: the option stays whole
    assert any("Studium" in t for t in texts)
    # a letter typed lighter stays in its word, though another ink lies over print elsewhere
    assert "Universitätsstraße" in texts


def test_a_word_in_a_proportional_face_overtyped_at_the_typewriters_pitch_goes_whole() -> None:
    # GIVEN a card's superseded entry, typed in a proportional face and struck with crosses
    # at a typewriter's pitch: some letters ("i", "l", "ß") lie between two crosses
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Wohnort")
    c.drawString(180, 700, "Lüdenscheid")
    width = c.stringWidth("Lüdenscheid", "Helvetica", 11)
    c.setFont("Courier", 11)
    step = c.stringWidth("x", "Courier", 11)
    for i in range(round(width / step) + 1):
        c.drawString(180 + i * step, 700, "x")
    c.setFont("Helvetica", 11)
    c.drawString(72, 680, "Nachtrag: Bochum")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    # THEN nothing of it or of its crosses is left
    assert texts == ["Wohnort", "Nachtrag:", "Bochum"]


@pytest.mark.parametrize("emphasis", ["bold", "bright"])
def test_an_option_chosen_by_its_type_alone_becomes_a_ticked_option(emphasis: str) -> None:
    # GIVEN a portal export in a dark theme: its purposes as switches in a row, the chosen
    # one's word set bold (or bright white), the others regular grey
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "Ihr Aufenthaltszweck")
    for i, option in enumerate(("Studieren", "Arbeiten", "Familie", "Anderes")):
        chosen = i == 0
        font = "Helvetica-Bold" if chosen and emphasis == "bold" else "Helvetica"
        c.setFont(font, 10)
        c.setFillGray(0.95 if chosen and emphasis == "bright" else 0.55)
        c.drawString(90 + i * 100, 740, option)
    c.setFillGray(0.0)
    c.setFont("Helvetica-Bold", 10)  # a bold heading row over plain words: no choice
    c.drawString(72, 700, "Geschlecht")
    c.setFont("Helvetica", 10)
    c.drawString(200, 700, "männlich")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    texts = [w.text for w in sorted(words, key=lambda w: (round(w.y0 / 20), w.x0))]
    # THEN the chosen option is ticked and the others not
    assert texts == ["Ihr", "Aufenthaltszweck", "☒", "Studieren", "☐", "Arbeiten", "☐",
                     "Familie", "☐", "Anderes", "Geschlecht", "männlich"]


def _turned_pdf(degrees: int, *, rotate_entry: bool = True) -> bytes:
    """An A4 form page whose content is drawn turned by ``degrees`` (counter-clockwise, as
    PDF turns), with a /Rotate entry that turns it back for the eye, as a duplex scanner
    stores a sheet's back side; a stamp in the corner runs the other way."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    buf = io.BytesIO()
    # (reportlab swaps the media box of a page turned by a quarter: given upright A4, it
    # writes the landscape sheet the content lies on)
    c = canvas.Canvas(buf, pagesize=A4 if degrees == 180 or rotate_entry else (h, w))
    c.saveState()
    if degrees == 180:
        c.translate(w, h)
    else:
        c.translate(h, 0)  # 90: the upright A4 page, lying on its side
    c.rotate(degrees)
    c.setFont("Helvetica", 10)
    c.drawString(72, 740, "Eingezogen am")
    c.drawString(260, 740, "17.10.2026")
    c.drawString(72, 700, "Straße u. Hausnr.")
    c.drawString(260, 700, "Alleestraße 11")
    c.restoreState()
    if rotate_entry:
        c.setPageRotation(degrees)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("degrees", [180, 90])
@pytest.mark.parametrize("rotate_entry", [True, False])
def test_a_page_whose_text_runs_turned_is_read_upright(degrees: int, rotate_entry: bool) -> None:
    # GIVEN a sheet's back side stored turned (upside down, or lying on its side), with or
    # without the /Rotate entry that shows it upright
    with pdfplumber.open(io.BytesIO(_turned_pdf(degrees, rotate_entry=rotate_entry))) as pdf:
        page = upright_page(pdf.pages[0])
        words = text_layer_words(pdf.pages[0], page=1)
    # THEN its words read forwards, in lines from the top, on an upright A4 page
    x0, top, x1, bottom = page.cropbox
    assert (round(x1 - x0), round(bottom - top)) == (round(A4_POINTS[0]), round(A4_POINTS[1]))
    texts = [w.text for w in words]
    assert texts == ["Eingezogen", "am", "17.10.2026", "Straße", "u.", "Hausnr.",
                     "Alleestraße", "11"]
    by_text = {w.text: w for w in words}
    assert by_text["17.10.2026"].x0 == pytest.approx(260 * POINT_TO_PIXEL, abs=2)
    assert by_text["17.10.2026"].y1 == pytest.approx((841.89 - 740) * POINT_TO_PIXEL, abs=15)
    assert by_text["Alleestraße"].y0 > by_text["17.10.2026"].y1


def test_an_upright_page_is_read_as_it_is() -> None:
    with pdfplumber.open(io.BytesIO(make_text_pdf())) as pdf:
        assert upright_page(pdf.pages[0]) is pdf.pages[0]


def _hand_filled_pdf(*, ruled_form: bool = False) -> bytes:
    """A form filled in with a pen on a tablet: values a little turned, one struck out and
    written again, a ring round one option, a cross beside another (no box) and a cross
    larger than the small box it ticks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(72, 760, "Familienname")
    c.drawString(72, 700, "Geschlecht")
    c.drawString(200, 700, "weiblich / männlich / divers")
    c.drawString(72, 650, "Wohnung")
    c.drawString(200, 650, "Hauptwohnung")
    c.drawString(330, 650, "Nebenwohnung")
    c.rect(316, 649, 7, 7, stroke=1, fill=0)
    c.drawString(72, 600, "Wohnort")
    for y, angle, text in ((740, 1.6, "Wbeer"), (740, -1.3, "Weber")):
        c.saveState()
        c.setFillColorRGB(0.05, 0.08, 0.3)
        c.translate(200 if text == "Wbeer" else 260, y)
        c.rotate(angle)
        c.setFont("Helvetica-Oblique", 12)
        c.drawString(0, 0, text)
        c.restoreState()
    c.setStrokeColorRGB(0.05, 0.08, 0.3)
    c.line(199, 744.5, 238, 745.5)  # struck: "Wbeer" (12 pt: its middle is 4-5 pt up)
    c.ellipse(233, 695, 274, 710, stroke=1, fill=0)  # round "männlich"
    c.line(185, 647, 196, 658)  # a cross before "Hauptwohnung", where no box is
    c.line(185, 658, 196, 647)
    c.line(314, 646, 325, 659)  # a cross over the small box of "Nebenwohnung"
    c.line(314, 659, 325, 646)
    if ruled_form:  # typed values drifting onto the form's grey writing rules
        c.setStrokeGray(0.3)
        c.setFont("Courier", 10)
        c.drawString(200, 600, "Dortmund")
        c.line(198, 603, 260, 603)
        c.line(198, 560, 400, 560)
    c.save()
    return buf.getvalue()


def test_a_value_struck_out_by_pen_is_dropped_and_the_one_written_again_kept() -> None:
    with pdfplumber.open(io.BytesIO(_hand_filled_pdf())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    assert "Weber" in texts  # turned by 1.3 degrees, a line on its own: handwriting
    assert "Wbeer" not in texts


def test_a_form_rule_through_a_typed_value_strikes_nothing() -> None:
    with pdfplumber.open(io.BytesIO(_hand_filled_pdf(ruled_form=True))) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    assert "Dortmund" in texts


def test_a_ring_and_crosses_drawn_by_hand_tick_their_options() -> None:
    with pdfplumber.open(io.BytesIO(_hand_filled_pdf())) as pdf:
        words = text_layer_words(pdf.pages[0], page=1)
    rows = [line.text for line in build_lines(words)]
    assert any("/ ☒ männlich" in r for r in rows)
    assert any("☒ Hauptwohnung" in r for r in rows)
    # the cross larger than the printed box ticks that box: one box word, ticked
    assert any("☒ Nebenwohnung" in r and "☐" not in r for r in rows)


def _sticker_pdf(angle: float, colour: tuple[float, float, float] = (0.05, 0.05, 0.05)) -> bytes:
    """A form's label, and a label printer's sticker of two lines turned by ``angle``
    degrees in the answer area right of it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, text in enumerate(("Meldeschein Zuzug (Etikettenformular)",
                              "Etiketten bitte gerade und vollständig aufkleben.",
                              "A – Personendaten, Wohnungsdaten und frühere Wohnung")):
        c.drawString(72, 780 - 16 * i, text)
    c.drawString(72, 700, "10 Anschrift (Klebefeld)")
    c.drawString(72, 600, "11 bisherige Anschrift (Klebefeld) – Feld frei")
    c.saveState()
    c.translate(300, 698)
    c.rotate(angle)
    c.setFillColorRGB(*colour)
    c.setFont("Courier", 11)
    c.drawString(0, 0, "Kortumstraße 121")
    c.drawString(0, -14, "45525 Hattingen")
    c.restoreState()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("angle", [-3.5, 2.2, 4.0])
def test_a_sticker_pasted_a_little_turned_is_read_level(angle: float) -> None:
    # GIVEN a black two-line sticker turned by a few degrees
    with pdfplumber.open(io.BytesIO(_sticker_pdf(angle))) as pdf:
        words = {w.text: w for w in text_layer_words(pdf.pages[0], page=1)}
    # THEN each of its lines reads whole and level, the postal code's under the street's
    street, number, code, town = (words[t] for t in ("Kortumstraße", "121", "45525",
                                                     "Hattingen"))
    assert abs(street.y0 - number.y0) < 5 and abs(code.y0 - town.y0) < 5
    assert street.x0 < number.x0 and code.x0 < town.x0 and code.y0 > street.y1 - 5


def test_a_stamp_in_coloured_ink_turned_alike_is_still_not_read() -> None:
    with pdfplumber.open(io.BytesIO(_sticker_pdf(3.0, (0.8, 0.1, 0.1)))) as pdf:
        texts = " ".join(w.text for w in text_layer_words(pdf.pages[0], page=1))
    assert "Hattingen" not in texts


def test_a_compounds_joint_marked_with_a_middle_dot_is_read_as_one_word() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Wie ist Ihre Post·leit·zahl? 45127")
    c.drawString(72, 680, "Hauptstraße 18 · 58453 Witten")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    # THEN the joint goes; a dot between words stays a separator
    assert "Postleitzahl?" in texts and "·" in texts


def test_letter_spaced_words_are_joined_and_the_spaces_between_them_kept() -> None:
    # GIVEN a name and a heading set letter-spaced (German "Sperrsatz") in a proportional
    # face, and a word with a footnote's mark after it
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    text = c.beginText(72, 740)
    text.setFont("Helvetica", 11)
    text.textOut("Angabe des Familiennamens\u00b9 ")
    text.setCharSpace(3.4)
    text.textOut("Overbeck")
    text.setCharSpace(0)
    text.textOut(", Angabe der Vornamen")
    c.drawText(text)
    heading = c.beginText(72, 700)
    heading.setFont("Helvetica-Bold", 16)
    heading.setCharSpace(6)
    heading.textOut("ANMELDUNG EINER WOHNUNG")
    heading.setCharSpace(0)
    c.drawText(heading)
    c.drawString(72, 660, "Standesamt Bochum\u00b9; E 1211/1987")
    c.drawString(72, 640, "\u00b9 Das Standesamt, bei dem der Eintrag gef\u00fchrt wird.")
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = [w.text for w in text_layer_words(pdf.pages[0], page=1)]
    # THEN each spaced word is one word, the words stay apart, and the footnote's mark
    # after a word is dropped (the one opening the footnote stays)
    assert "Overbeck," in texts
    assert [t for t in texts if t.isupper() and len(t) > 1] == ["ANMELDUNG", "EINER", "WOHNUNG"]
    assert "Familiennamens" in texts
    assert "Bochum;" in texts, " ".join(texts)
    assert "\u00b9" in texts
