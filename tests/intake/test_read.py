"""read_document end to end: file kinds, broken inputs, mixed PDFs, real OCR of turned pages."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from extractors import read as read_module
from extractors.read import (
    MAX_IMAGE_PIXELS,
    frame_to_grey,
    read_document,
    read_document_with_images,
    read_file,
)
from extractors.words import PageSource
from intake.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    ImageTooLargeError,
    Reason,
    TooManyPagesError,
    UnsupportedFileError,
)
from tests.extractors.pagegen import (
    FORM_LINES,
    encode_jpeg,
    encode_png,
    encode_tiff,
    make_image_pdf,
    make_text_pdf,
    png_header,
    render_scan,
)

SCALE = 300 / 72
#: The top of the form (title, names, birth data): enough text for OCR, quick to read.
CROP_PT = 190


def _scan(**kwargs: object) -> np.ndarray:
    return render_scan(crop_bottom_pt=CROP_PT, noise=8, **kwargs)  # type: ignore[arg-type]


def _texts(page_words: list[str]) -> set[str]:
    return set(page_words)


def _merge_pdfs(*parts: bytes) -> bytes:
    """One PDF with the pages of all parts, in order (pdfium's page import)."""
    merged = pdfium.PdfDocument.new()
    for part in parts:
        src = pdfium.PdfDocument(part)
        merged.import_pages(src)
        src.close()
    buf = io.BytesIO()
    merged.save(buf)
    merged.close()
    return buf.getvalue()


# --- refused inputs ---------------------------------------------------------------------------


def test_zero_bytes() -> None:
    with pytest.raises(EmptyFileError):
        read_document(b"")


def test_unsupported_content() -> None:
    with pytest.raises(UnsupportedFileError, match="not a PDF or an image"):
        read_document(b"Name;Vorname\nMuller;Jurgen\n")


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf(cut: float) -> None:
    data = make_text_pdf(pages=2)
    with pytest.raises(CorruptFileError) as info:
        read_document(data[: int(len(data) * cut)])
    assert info.value.reason is Reason.CORRUPT_FILE
    assert "damaged" in info.value.message


def test_garbage_after_pdf_header() -> None:
    with pytest.raises(CorruptFileError):
        read_document(b"%PDF-1.7\n" + bytes(range(256)) * 10)


def test_password_protected_pdf() -> None:
    with pytest.raises(EncryptedPdfError) as info:
        read_document(make_text_pdf(encrypt_user="geheim"))
    assert info.value.reason is Reason.ENCRYPTED_PDF
    assert info.value.message == (
        "The PDF is password-protected; please send it without a password."
    )


def test_pdf_with_only_an_owner_password_is_read() -> None:
    # Permission-restricted PDFs (common for official documents) open without a password.
    pages = read_document(make_text_pdf(encrypt_owner="rechte"))
    assert pages[0].source is PageSource.TEXT_LAYER
    assert "Meldebehörde" in pages[0].text


def test_too_many_pages_is_refused_before_reading() -> None:
    with pytest.raises(TooManyPagesError, match="3 pages"):
        read_document(make_text_pdf(pages=3), max_pages=2)


def test_too_many_tiff_pages() -> None:
    tiny = render_scan((), crop_bottom_pt=40, dpi=72)
    with pytest.raises(TooManyPagesError):
        read_document(encode_tiff([tiny, tiny, tiny]), max_pages=2)


def test_truncated_png() -> None:
    data = encode_png(_scan())
    with pytest.raises(CorruptFileError, match="damaged"):
        read_document(data[: len(data) // 2])


def test_truncated_jpeg() -> None:
    data = encode_jpeg(_scan())
    with pytest.raises(CorruptFileError):
        read_document(data[: len(data) // 3])


def test_absurd_dimensions_are_refused_before_decoding() -> None:
    with pytest.raises(ImageTooLargeError) as info:
        read_document(png_header(10_000, 9_000))  # 90 MP: above our limit, below Pillow's
    assert info.value.reason is Reason.TOO_LARGE
    assert MAX_IMAGE_PIXELS < 10_000 * 9_000


def test_decompression_bomb() -> None:
    with pytest.raises(ImageTooLargeError, match="too large"):
        read_document(png_header(50_000, 50_000))  # Pillow's own bomb error


# --- text layer -------------------------------------------------------------------------------


def test_text_layer_pdf_is_read_without_ocr() -> None:
    pages = read_document(make_text_pdf(pages=2))
    assert [p.number for p in pages] == [1, 2]
    page = pages[1]
    assert page.source is PageSource.TEXT_LAYER
    assert page.dpi == 300
    assert page.width == pytest.approx(595.2756 * SCALE, abs=0.5)
    assert page.height == pytest.approx(841.8898 * SCALE, abs=0.5)
    assert {w.page for w in page.words} == {2}
    iban = [w for w in page.words if w.text == "DE89"]
    assert len(iban) == 1
    assert iban[0].x0 == pytest.approx(200 * SCALE, abs=1)


def test_huge_pdf_pages_are_rendered_at_a_lower_resolution() -> None:
    assert read_module._render_dpi(595, 842) == 300
    a0_landscape_x4 = read_module._render_dpi(4 * 3370, 4 * 2384)
    assert a0_landscape_x4 < 300
    assert 4 * 3370 * 4 * 2384 * (a0_landscape_x4 / 72) ** 2 <= MAX_IMAGE_PIXELS


@pytest.mark.ocr
def test_unparseable_text_layer_falls_back_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("/Font")  # what pdfminer raises on some broken font dictionaries

    monkeypatch.setattr(read_module, "text_layer_words", broken)
    lines = tuple(line for line in FORM_LINES if line.y < CROP_PT)
    page = read_document(make_text_pdf(lines))[0]
    assert page.source is PageSource.OCR
    assert page.notes[0] == "text_layer_unreadable"
    assert "Meldebehörde" in {w.text for w in page.words}


def _filled_form_pdf() -> bytes:
    """A fillable PDF form as a citizen sends it: labels in the page, values in form fields."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.2756, 841.8898))
    c.setFont("Helvetica", 11)
    c.drawString(56, 742, "Anmeldung bei der Meldebehoerde - Formular zum Ausfuellen")
    c.drawString(56, 700, "Familienname:")
    c.acroForm.textfield(
        name="familienname",
        value="Müller-Lüdenscheidt",
        x=200,
        y=695,
        width=200,
        height=18,
        borderWidth=0,
        fontSize=11,
    )
    c.drawString(56, 670, "Vorname:")
    c.acroForm.textfield(
        name="vorname",
        value="Jürgen",
        x=200,
        y=665,
        width=200,
        height=18,
        borderWidth=0,
        fontSize=11,
    )
    c.showPage()
    c.save()
    return buf.getvalue()


def test_filled_in_form_fields_are_read() -> None:
    page = read_document(_filled_form_pdf())[0]
    assert page.source is PageSource.TEXT_LAYER
    assert page.notes == ["form_flattened"]
    words = {w.text: w for w in page.words}
    assert {"Familienname:", "Müller-Lüdenscheidt", "Vorname:", "Jürgen"} <= set(words)
    label, value = words["Familienname:"], words["Müller-Lüdenscheidt"]
    assert value.x0 > label.x1  # the value sits right of its label, on the same line
    assert value.cy == pytest.approx(label.cy, abs=15)


def test_form_check_boxes_become_marks() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.2756, 841.8898))
    c.setFont("Helvetica", 11)
    c.drawString(56, 742, "Wohnungsgeber ist (bitte ankreuzen) der Eigentuemer oder Beauftragte")
    c.acroForm.checkbox(name="eigentuemer", checked=True, x=56, y=700, size=12)
    c.drawString(75, 702, "Eigentuemer")
    c.acroForm.checkbox(name="beauftragt", checked=False, x=200, y=700, size=12)
    c.drawString(219, 702, "beauftragte Person")
    c.showPage()
    c.save()
    page = read_document(buf.getvalue())[0]
    line = [w.text for w in page.words if abs(w.cy - page.words[-1].cy) < 20]
    assert line == ["☒", "Eigentuemer", "☐", "beauftragte", "Person"]
    tick = next(w for w in page.words if w.text == "☒")
    assert tick.x0 == pytest.approx(56 * SCALE, abs=1)


def test_read_file(tmp_path: Path) -> None:
    path = tmp_path / "antrag.dat"  # the name says nothing; the bytes do
    path.write_bytes(make_text_pdf())
    pages = read_file(path)
    assert pages[0].source is PageSource.TEXT_LAYER


# --- OCR --------------------------------------------------------------------------------------


@pytest.mark.ocr
def test_mixed_pdf_text_layer_and_scanned_pages() -> None:
    data = _merge_pdfs(make_text_pdf(), make_image_pdf([_scan()]))
    result = read_document_with_images(data, render_text_pages=True)
    first, second = result.pages
    assert first.source is PageSource.TEXT_LAYER
    assert second.source is PageSource.OCR
    assert second.dpi == 300
    assert {"Anmeldung", "Meldebehörde", "Müller-Lüdenscheidt"} <= {w.text for w in second.words}
    assert {w.page for w in second.words} == {2}
    # Text-layer and OCR coordinates agree: the same label at the same place (±1 mm).
    a = next(w for w in first.words if w.text == "Familienname:")
    b = next(w for w in second.words if w.text == "Familienname:")
    assert b.x0 == pytest.approx(a.x0, abs=12)
    assert b.y1 == pytest.approx(a.y1, abs=12)
    # The images are kept, one per page, matching the page geometry.
    assert set(result.images) == {1, 2}
    for page in result.pages:
        h, w = result.images[page.number].shape
        assert (h, w) == (pytest.approx(page.height, abs=1), pytest.approx(page.width, abs=1))
    # By default only OCR'd pages keep an image: rendering text-layer pages costs ~100 ms.
    assert set(read_document_with_images(data).images) == {2}


@pytest.mark.ocr
def test_upside_down_page_is_turned() -> None:
    pages = read_document(encode_png(_scan(rotation=180)))
    page = pages[0]
    assert page.rotation == 180
    assert "turned" in page.notes
    assert page.mean_confidence > 0.85
    assert {"Anmeldung", "Meldebehörde"} <= {w.text for w in page.words}
    # Only the inked part of the page is OCR'd; boxes still refer to the whole turned page.
    title = next(w for w in page.words if w.text == "Anmeldung")
    assert title.x0 == pytest.approx(56 * SCALE, abs=8)


@pytest.mark.ocr
def test_sideways_page_is_turned_before_ocr() -> None:
    scan = render_scan(crop_bottom_pt=400, noise=8, rotation=90)  # counter-clockwise
    page = read_document(encode_jpeg(scan))[0]
    assert page.rotation == 90  # turned back clockwise
    assert (page.width, page.height) == (scan.shape[0], scan.shape[1])
    assert {"Anmeldung", "Meldebehörde"} <= {w.text for w in page.words}
    title = next(w for w in page.words if w.text == "Anmeldung")
    assert title.x0 == pytest.approx(56 * SCALE, abs=8)  # boxes are in the upright image


@pytest.mark.ocr
def test_skewed_page_is_deskewed() -> None:
    page = read_document(encode_png(_scan(skew=3.0)))[0]
    assert page.skew == pytest.approx(3.0, abs=0.5)
    assert "deskewed" in page.notes
    words = {w.text: w for w in page.words}
    assert {"Familienname:", "Geburtsdatum:"} <= set(words)
    # After deskewing, a label and its value sit on one line again.
    label, value = words["Geburtsdatum:"], words["14.03.1985"]
    assert label.cy == pytest.approx(value.cy, abs=6)


@pytest.mark.ocr
def test_multipage_tiff() -> None:
    first = _scan()
    second = render_scan(crop_bottom_pt=CROP_PT, noise=8, seed=5)
    pages = read_document(encode_tiff([first, second]))
    assert [p.number for p in pages] == [1, 2]
    for page in pages:
        assert page.source is PageSource.OCR
        assert "Meldebehörde" in {w.text for w in page.words}
        assert {w.page for w in page.words} == {page.number}


@pytest.mark.ocr
def test_jpeg_exif_orientation_is_applied() -> None:
    upright = Image.fromarray(_scan())
    stored = upright.rotate(90, expand=True)  # camera stored it turned; EXIF says turn back
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 clockwise to display"
    buf = io.BytesIO()
    stored.save(buf, format="JPEG", exif=exif, dpi=(300, 300))
    page = read_document(buf.getvalue())[0]
    assert "exif_rotated" in page.notes
    assert "orientation_checked" not in page.notes  # no OSD needed
    assert (page.width, page.height) == upright.size
    assert "Meldebehörde" in {w.text for w in page.words}


# --- decoding details without OCR -----------------------------------------------------------


def test_blank_scan_is_not_sent_to_ocr() -> None:
    page = read_document(encode_png(render_scan((), crop_bottom_pt=CROP_PT, noise=20)))[0]
    assert page.words == []
    assert page.notes == ["blank"]


def test_fax_resolution_is_resampled_to_square_pixels() -> None:
    blank = Image.new("1", (1728, 1078), 1)  # a fax page in "normal" mode: 204 x 98 dpi
    buf = io.BytesIO()
    blank.save(buf, format="TIFF", compression="group4", dpi=(204, 98))
    page = read_document(buf.getvalue())[0]
    assert "resampled_square_pixels" in page.notes
    assert page.dpi == 204
    assert page.height == pytest.approx(1078 * 204 / 98, abs=1)


def test_transparent_png_reads_as_white_paper() -> None:
    rgba = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    assert frame_to_grey(rgba).min() == 255


def test_sixteen_bit_greyscale_is_scaled() -> None:
    arr = np.full((8, 8), 65535, dtype=np.uint16)
    arr[0, 0] = 0
    grey = frame_to_grey(Image.fromarray(arr))
    assert grey[1, 1] == 255
    assert grey[0, 0] == 0


def test_high_resolution_images_are_scaled_to_300_dpi() -> None:
    page = read_document(encode_png(render_scan((), crop_bottom_pt=100, dpi=600), dpi=600))[0]
    assert page.dpi == 300
    assert page.width == pytest.approx(595.2756 * SCALE, abs=1)
    assert page.notes == ["downscaled", "blank"]


@pytest.mark.ocr
def test_a_wrong_72_dpi_declaration_is_replaced_by_an_estimate() -> None:
    page = read_document(encode_png(_scan(), dpi=72))[0]  # phone apps write 72 dpi
    assert "dpi_estimated" in page.notes
    assert page.dpi == pytest.approx(300, rel=0.2)
    assert "Meldebehörde" in {w.text for w in page.words}


@pytest.mark.ocr
def test_low_resolution_scans_are_scaled_up() -> None:
    scan = render_scan(crop_bottom_pt=CROP_PT, dpi=100, noise=5)
    page = read_document(encode_png(scan, dpi=100))[0]
    assert page.notes[0] == "upscaled"
    assert page.dpi == 300
    assert page.width == pytest.approx(scan.shape[1] * 3, abs=2)
    assert {"Anmeldung", "Meldebehörde"} <= {w.text for w in page.words}


def test_missing_dpi_is_assumed() -> None:
    buf = io.BytesIO()
    Image.new("L", (200, 200), 255).save(buf, format="PNG")
    page = read_document(buf.getvalue())[0]
    assert page.dpi == 300
    assert "dpi_assumed" in page.notes


def test_a_typed_form_with_dotted_rules_and_captions_under_values() -> None:
    # Real OCR: the dotted writing lines would glue to the captions under them.
    from intake.pipeline import process_bytes
    from tests.extractors.pagegen import encode_png, render_typed_form
    record = process_bytes(encode_png(render_typed_form()), "typed.png")[0]
    assert record.document_type == "anmeldung"
    got = {k: f.value for k, f in record.fields.items()}
    assert got["family_name"] == "Schneider"
    assert got["given_names"] == "Anna Maria"
    assert got["date_of_birth"] == "1987-03-14"
    assert got["sex"] == "F"
    assert got["nationality"] == "DEU"
    assert got["move_in_date"] == "2026-10-01"
    assert got["street"] == "Hauptstraße"
    assert got["house_number"] == "12a"
    assert got["city"] == "Bochum"


def test_radio_buttons_on_a_scan_read_as_marks() -> None:
    # Real OCR: Tesseract reads the rings as "O", "©" or "@" whether filled or not.
    from PIL import Image, ImageDraw, ImageFont

    from tests.extractors.pagegen import encode_png
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path, 42)
    draw.text((200, 200), "Angaben zur Person", font=ImageFont.truetype(font_path, 60), fill=0)
    rows = (("Geschlecht", ("weiblich", "männlich", "divers"), 1),
            ("Wohnung", ("Hauptwohnung", "Nebenwohnung"), 0))
    for row, (label, options, chosen) in enumerate(rows):
        y = 500 + row * 200
        draw.text((200, y), label, font=font, fill=0)
        x = 700
        for i, option in enumerate(options):
            draw.ellipse((x, y + 10, x + 30, y + 40), outline=0, width=3)
            if i == chosen:
                draw.ellipse((x + 8, y + 18, x + 22, y + 32), fill=0)
            draw.text((x + 50, y), option, font=font, fill=0)
            x += 550
    page = read_document(encode_png(np.asarray(image)))[0]
    texts = [w.text for w in page.words]
    assert texts[texts.index("weiblich") - 1] == "○"
    assert texts[texts.index("männlich") - 1] == "●"
    assert texts[texts.index("Hauptwohnung") - 1] == "●"
    assert texts[texts.index("Nebenwohnung") - 1] == "○"


@pytest.mark.ocr
def test_light_grey_labels_of_a_noisy_scan_are_read() -> None:
    # GIVEN a noisy JPEG of a portal export whose labels are light grey over black values
    # (Tesseract's threshold alone drops every label and keeps only the values)
    from tests.extractors.test_preprocess import GREY_LABEL_LINES

    data = encode_jpeg(render_scan(GREY_LABEL_LINES, crop_bottom_pt=450, noise=12.0),
                       quality=60)
    page = read_document(data)[0]
    assert "grey_text_darkened" in page.notes
    texts = {w.text for w in page.words}
    assert {"Familienname,", "Geburtsdatum", "Geburtsort", "Staatsangehörigkeit"} <= texts
    assert {"Dubois", "20.03.1985", "Bochum"} <= texts


def test_words_on_a_dark_card_are_read() -> None:
    """GIVEN a dark-mode page printed and scanned (the form's fields as light text on a dark
    card) THEN OCR reads them, as on paper."""
    page = _scan()
    rows = slice(round(110 * SCALE), round(CROP_PT * SCALE))
    card = page.copy()
    region = card[rows].astype(np.float32)
    card[rows] = (45 + (255.0 - region) * 180 / 255.0).astype(np.uint8)
    [read] = read_document(encode_png(card, dpi=300))
    texts = {w.text for w in read.words}
    assert {"Geburtsdatum:", "14.03.1985", "Würzburg"} <= texts
    assert "dark_regions_inverted" in read.notes


def test_a_form_photographed_on_a_desk_is_read() -> None:
    """GIVEN the form photographed with a phone (smaller, in perspective, on a dark desk)
    THEN it is cut out and seen straight before OCR, and its words are read."""
    page = render_scan(noise=4)
    h, w = page.shape
    seen = np.array([[0.16 * w, 0.1 * h], [0.88 * w, 0.12 * h], [0.9 * w, 0.9 * h],
                     [0.13 * w, 0.88 * h]], dtype=np.float32)
    corners = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    photo = cv2.warpPerspective(page, cv2.getPerspectiveTransform(corners, seen), (w, h),
                                borderValue=55)
    [read] = read_document(encode_jpeg(photo.astype(np.uint8), quality=85))
    texts = {word.text for word in read.words}
    assert {"Geburtsdatum:", "14.03.1985", "Würzburg"} <= texts
    assert "photo_unwarped" in read.notes
    # a phone's picture of paper is never evenly lit: its paper is made white every time
    assert "background_flattened" in read.notes


def _scan_with_ocr_layer(image: np.ndarray, layer: list[tuple[float, float, str]]) -> bytes:
    """A scanner's "searchable PDF": the page image (300 dpi), and over it the scanner's own
    OCR text drawn invisibly (text render mode 3) at ``(x, y)`` points from the top left."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    width, height = image.shape[1] * 72 / 300, image.shape[0] * 72 / 300
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.drawImage(ImageReader(Image.fromarray(image)), 0, 0, width, height)
    for x, y, text in layer:
        t = c.beginText(x, height - y)
        t.setTextRenderMode(3)
        t.setFont("Helvetica", 10)
        t.textLine(text)
        c.drawText(t)
    c.save()
    return buf.getvalue()


@pytest.mark.ocr
def test_a_scanners_own_ocr_layer_is_read_again() -> None:
    # GIVEN a scan whose invisible OCR layer, from a cheap engine, garbles the names
    image = _scan()
    layer = [(72, 100 + 14 * i, "Famllienname: Mu11er-Ludenscheidt Anmeldung bei der Me1debehorde")
             for i in range(8)]
    pages = read_document(_scan_with_ocr_layer(image, layer))
    # THEN the page is read by OCR, not from the layer, and says so
    page = pages[0]
    assert page.source is PageSource.OCR
    assert "scan_text_layer_read_again" in page.notes
    texts = {w.text for w in page.words}
    assert "Müller-Lüdenscheidt" in texts and "Mu11er-Ludenscheidt" not in texts


def _form_with_pictured_entries() -> bytes:
    """A born-digital form whose labels are text and whose entries are pasted pictures."""
    from PIL import ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 48)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    c.setFont("Helvetica", 11)
    for i, (label, entry) in enumerate((("Familienname:", "Schneider"),
                                        ("Vornamen:", "Annika"),
                                        ("Geburtsort:", "Hattingen"))):
        y = 120 + 40 * i
        c.drawString(72, height - y, label)
        patch = Image.new("L", (420, 70), 255)
        ImageDraw.Draw(patch).text((6, 6), entry, font=font, fill=0)
        c.drawImage(ImageReader(patch), 200, height - y - 6, 105, 17.5)
    c.drawString(72, height - 300, "Anmeldung bei der Meldebehörde – bitte vollständig ausfüllen")
    c.save()
    return buf.getvalue()


@pytest.mark.ocr
def test_entries_pasted_as_pictures_beside_a_text_layer_are_read() -> None:
    result = read_document_with_images(_form_with_pictured_entries())
    page = result.pages[0]
    texts = [w.text for w in page.words]
    # THEN the labels come from the text layer and the entries from OCR of the rest
    assert page.source is PageSource.TEXT_LAYER
    assert "entries_read_by_ocr" in page.notes
    assert {"Familienname:", "Schneider", "Annika", "Hattingen"} <= set(texts)
    assert texts.count("Familienname:") == 1
    assert texts.index("Familienname:") < texts.index("Schneider") < texts.index("Vornamen:")
    # AND its image is kept, for readers that need one (a copied card's zone)
    assert set(result.images) == {1}


def _form_with_inked_entries() -> bytes:
    """A born-digital form whose labels are text and whose entries are ink: each entry's
    letters drawn as filled outlines (as a tablet app exports what was written)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    c.setFont("Helvetica", 11)
    for i, (label, entry) in enumerate((("Familienname:", "Schneider"), ("Vornamen:", "Annika"),
                                        ("Geburtsort:", "Hattingen"), ("Staat:", "Deutschland"),
                                        ("Beruf:", "Tischlerin"), ("Ort:", "Bochum"))):
        y = height - 120 - 40 * i
        c.setFillColorRGB(0, 0, 0)
        c.drawString(72, y, label)
        # the entry as ink: a few strokes per letter, one path per word
        path = c.beginPath()
        for n in range(len(entry)):
            x = 200.0 + 8 * n
            for k in range(4):
                path.moveTo(x + k, y)
                path.lineTo(x + 7 - k, y + 10 - k)
        c.setStrokeColorRGB(0.07, 0.17, 0.56)
        c.drawPath(path, stroke=1, fill=0)
    c.save()
    return buf.getvalue()


def test_a_form_whose_entries_are_ink_is_told_from_a_plain_form() -> None:
    from extractors.textlayer import probe_pdfium_page

    inked = pdfium.PdfDocument(_form_with_inked_entries())[0]
    plain = pdfium.PdfDocument(make_text_pdf())[0]
    assert probe_pdfium_page(inked).entries_in_images
    assert not probe_pdfium_page(plain).entries_in_images


def test_pdf_declaring_encryption_that_will_not_open_is_reported_as_encrypted() -> None:
    # A broken encryption dictionary: the reader cannot tell a password from damage, but the
    # file says it is encrypted, and "send it without a password" is the useful answer.
    data = (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n"
    )
    with pytest.raises(EncryptedPdfError) as info:
        read_document(data)
    assert info.value.reason is Reason.ENCRYPTED_PDF


def test_damaged_pdf_without_encryption_stays_damaged() -> None:
    data = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    with pytest.raises(CorruptFileError):
        read_document(data)
