"""Splitting a bulk scan: separator sheets through the real renderer, rasteriser and OpenCV
detector; blank backs on synthetic pages; the split's invariant; duplex collation."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from extractors.words import Page, PageSource, Word
from intake.pipeline import TYPES, classify_pages, process_bytes, start_rule, title_on_top
from intake.split import (
    BLANK_MAX_INK,
    SEPARATOR_CAPTION,
    SEPARATOR_MARKER,
    SplitResult,
    StartRule,
    announces_enclosure,
    asks_to_turn_over,
    collate_duplex,
    ink_share,
    is_blank,
    is_cover_sheet,
    is_notes_page,
    is_separator,
    page_head,
    page_number_cue,
    promises_next_page,
    render_separator_sheet,
    says_back_side,
    says_continued,
    split_pages,
    zone_lines,
)
from tests.fakes.wordpage import page as lay_out

DPI = 200  # lower than the scanners' 300 to keep the tests fast; the code scales with dpi
A4_PX = (round(297 / 25.4 * DPI), round(210 / 25.4 * DPI))


def rasterise(pdf: bytes, dpi: int = DPI) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    try:
        bitmap = doc[0].render(scale=dpi / 72, grayscale=True)
        return np.array(bitmap.to_pil().convert("L"))
    finally:
        doc.close()


@cache
def separator_image() -> np.ndarray:
    return rasterise(render_separator_sheet())


def rotate(img: np.ndarray, degrees: float) -> np.ndarray:
    h, w = img.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def jpeg(img: np.ndarray, quality: int = 40) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    out = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    assert out is not None
    return np.asarray(out, dtype=np.uint8)


def make_page(number: int, words: list[Word] | None = None,
              source: PageSource = PageSource.OCR) -> Page:
    return Page(number, A4_PX[1], A4_PX[0], DPI, source, words or [])


def text_words(number: int, text: str, y: float = 300) -> list[Word]:
    return lay_out([(y, [(200, text)])], page_no=number)


@cache
def text_image(lines: tuple[tuple[float, int, str], ...]) -> np.ndarray:
    """A white A4 page with ``(y_pt, size_pt, text)`` lines, rasterised."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    for y, size, text in lines:
        canvas.setFont("Helvetica", size)
        canvas.drawString(70, y, text)
    canvas.showPage()
    canvas.save()
    return rasterise(buf.getvalue())


@cache
def noisy_back(seed: int, specks: int = 8, sigma: float = 12.0) -> np.ndarray:
    """An empty back as a scanner delivers it: grey paper, sensor noise, a few specks."""
    rng = np.random.default_rng(seed)
    img = np.full(A4_PX, 238.0, np.float32) + rng.normal(0, sigma, A4_PX)
    out = np.clip(img, 0, 255).astype(np.uint8)
    h, w = A4_PX
    for _ in range(specks):
        centre = (int(rng.integers(150, w - 150)), int(rng.integers(150, h - 150)))
        cv2.circle(out, centre, int(rng.integers(1, 4)), 40, -1)
    return out


# --- separator sheets ---------------------------------------------------------------------------


def test_separator_sheet_is_one_a4_page_with_caption() -> None:
    pdf = render_separator_sheet()
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) == 1
        width, height = doc[0].get_size()
        text = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    assert (round(width), round(height)) == (595, 842)
    assert SEPARATOR_CAPTION in text and SEPARATOR_MARKER in text


@pytest.mark.parametrize(("degrees", "quality"), [(0.0, None), (2.0, 40), (-2.0, 40),
                                                  (180.0, 60)])
def test_separator_round_trip_through_pdf_raster_and_detector(
        degrees: float, quality: int | None) -> None:
    img = rotate(separator_image(), degrees)
    if quality is not None:
        img = jpeg(img, quality)
    result = is_separator(img, make_page(1))
    assert result.found and result.decoded == SEPARATOR_MARKER
    assert result.is_separator and not result.undecodable and not result.by_text


def test_separator_at_low_resolution_is_found() -> None:
    img = jpeg(rasterise(render_separator_sheet(), 150), 50)
    assert is_separator(img, make_page(1)).is_separator


def damaged(img: np.ndarray) -> np.ndarray:
    """The code with its lower right part torn off: finder patterns intact, data lost."""
    ys, xs = np.nonzero(img[: img.shape[0] * 2 // 3] < 128)
    y0, y1, x0, x1 = ys.min(), ys.max(), xs.min(), xs.max()
    out = img.copy()
    out[(y0 + y1) // 2 - 20: y1 + 1, (x0 + x1) // 2 - 20: x1 + 1] = 255
    return out


def test_damaged_code_is_reported_undecodable() -> None:
    result = is_separator(damaged(separator_image()), make_page(1))
    assert result.found and result.undecodable
    assert result.decoded is None and not result.is_separator


def test_no_code_on_a_text_page() -> None:
    img = text_image(((780, 12, "Anmeldung bei der Meldebehörde"), (740, 10, "Familienname")))
    result = is_separator(img, make_page(1))
    assert not result.found and not result.undecodable and not result.is_separator


def test_text_layer_separator_is_found_by_its_words() -> None:
    words = text_words(1, SEPARATOR_CAPTION) + text_words(1, SEPARATOR_MARKER, y=400)
    result = is_separator(None, make_page(1, words, PageSource.TEXT_LAYER))
    assert result.is_separator and result.by_text
    # OCR may split the marker at its hyphens; it is still found.
    split = text_words(1, "DOCINTAKE - SEPARATOR - V1")
    assert is_separator(None, make_page(1, split)).is_separator
    assert not is_separator(None, make_page(1, text_words(1, "Anmeldung"))).found


# --- blank pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_noisy_back_with_specks_is_blank(seed: int) -> None:
    img = noisy_back(seed, specks=8, sigma=12 + 6 * seed)
    assert ink_share(img) < BLANK_MAX_INK / 2  # measured margin, not just a pass
    assert is_blank(make_page(1), img)


def test_blank_page_with_ocr_junk_is_blank() -> None:
    junk = [Word(".", (10, 10, 14, 14), 0.3, 1), Word("~", (90, 50, 96, 60), 0.2, 1),
            Word("Il", (400, 400, 420, 440), 0.31, 1)]
    assert is_blank(make_page(1, junk), noisy_back(3))


@pytest.mark.parametrize(("size", "text"), [(10, "Seite 2 von 2"), (12, "Bitte wenden"),
                                             (9, "Ende des Formulars")])
def test_single_short_line_is_not_blank(size: int, text: str) -> None:
    img = text_image(((500, size, text),))
    assert ink_share(img) > BLANK_MAX_INK * 1.5
    # Even when OCR missed the words, the ink alone keeps the page.
    assert not is_blank(make_page(1), img)
    assert not is_blank(make_page(1, text_words(1, text)), img)


def test_text_layer_page_blank_only_without_words() -> None:
    assert is_blank(make_page(1, source=PageSource.TEXT_LAYER), None)
    assert not is_blank(make_page(1, text_words(1, "Seite 2"), PageSource.TEXT_LAYER), None)


# --- splitting ----------------------------------------------------------------------------------


def check_invariant(result: SplitResult, pages: list[Page]) -> None:
    placed = [n for doc in result.documents for n in doc]
    everything = placed + result.separators + result.blanks + result.undecodable
    assert sorted(everything) == sorted(p.number for p in pages)
    assert len(everything) == len(set(everything))
    for doc in result.documents:
        assert doc and doc == sorted(doc)


def starts_on(title: str) -> StartRule:
    return lambda page, _current: bool(page.words) and page.words[0].text == title


def batch(spec: str, with_images: bool = True) -> tuple[list[Page], dict[int, np.ndarray]]:
    """Pages from a spec like ``"T c b S T"``: T title page, c continuation, b blank back,
    S separator sheet, U damaged separator, x text-layer page (no image). Without images
    (fast) every page is a text-layer page and separators are found by their marker text."""
    pages: list[Page] = []
    images: dict[int, np.ndarray] = {}
    for number, kind in enumerate(spec.split(), start=1):
        if kind == "T":
            words = text_words(number, "Titel Anmeldung Name Vorname")
            image = text_image(((700, 12, "Titel Anmeldung"),))
        elif kind in ("c", "x"):
            words = text_words(number, "weiter Anlage Bemerkungen")
            image = text_image(((700, 12, "weiter Anlage"),))
        elif kind == "b":
            words, image = [], noisy_back(number % 4)
        elif kind == "S":
            marker = "" if with_images else f" {SEPARATOR_MARKER}"  # a text layer has it
            words, image = text_words(number, SEPARATOR_CAPTION + marker), separator_image()
        elif kind == "U":
            words, image = text_words(number, "Trennblatt"), damaged(separator_image())
        else:
            raise ValueError(kind)
        if with_images and kind != "x":
            pages.append(make_page(number, words))
            images[number] = image
        else:
            pages.append(make_page(number, words, PageSource.TEXT_LAYER))
    return pages, images


def test_split_by_starts_document_keeps_continuations_and_drops_blanks() -> None:
    pages, images = batch("T c b T T b c x")
    result = split_pages(pages, images, starts_on("Titel"))
    check_invariant(result, pages)
    assert result.documents == [[1, 2], [4], [5, 7, 8]]
    assert result.blanks == [3, 6]
    assert not result.by_separators and not result.separators


def test_leading_continuation_pages_form_a_document() -> None:
    pages, images = batch("c T c")
    result = split_pages(pages, images, starts_on("Titel"))
    check_invariant(result, pages)
    assert result.documents == [[1], [2, 3]]


def test_separators_decide_when_present() -> None:
    pages, images = batch("S T T c S S T b U c")
    calls: list[int] = []

    def never(page: Page, _current: Sequence[Page]) -> bool:
        calls.append(page.number)
        return False

    result = split_pages(pages, images, never)
    check_invariant(result, pages)
    assert result.by_separators and not calls
    # Two title pages between separators stay one document: the separators decide.
    assert result.documents == [[2, 3, 4], [7], [10]]
    assert result.separators == [1, 5, 6]
    assert result.blanks == [8]
    assert result.undecodable == [9]


@pytest.mark.parametrize("text", [" ".join(f"Wort{i}" for i in range(40)),
                                  "Name Vorname Geburtsdatum Ort Staat"])
def test_damaged_code_on_a_page_with_text_is_content_and_reported(text: str) -> None:
    pages, images = batch("T c")
    pages[1] = make_page(2, lay_out([(300 + 50 * i, [(200, text[:60])]) for i in range(3)], 2))
    images[2] = damaged(separator_image())
    result = split_pages(pages, images, starts_on("Titel"))
    check_invariant(result, pages)
    assert result.documents == [[1, 2]] and not result.undecodable
    assert result.unreadable_codes == [2] and not result.by_separators


def test_empty_and_all_blank_batches() -> None:
    assert split_pages([], {}, starts_on("Titel")).documents == []
    pages, images = batch("b b")
    result = split_pages(pages, images, starts_on("Titel"))
    check_invariant(result, pages)
    assert result.documents == [] and result.blanks == [1, 2]


@pytest.mark.parametrize("seed", range(20))
def test_split_invariant_on_random_batches(seed: int) -> None:
    rng = np.random.default_rng(seed)
    kinds = rng.choice(["T", "c", "b", "x", "S"], size=int(rng.integers(1, 12)),
                       p=[0.3, 0.3, 0.2, 0.15, 0.05])
    pages, images = batch(" ".join(kinds), with_images=False)
    result = split_pages(pages, images, starts_on("Titel"))
    check_invariant(result, pages)
    assert result.separators == [i + 1 for i, k in enumerate(kinds) if k == "S"]
    assert result.blanks == [i + 1 for i, k in enumerate(kinds) if k == "b"]


def test_page_head_keeps_only_the_top_words() -> None:
    words = text_words(1, "Geburtsurkunde", y=200) + text_words(1, "Geburtenregister", y=2000)
    page = make_page(1, words)
    head = page_head(page)
    assert head.text == "Geburtsurkunde" and page.text == "Geburtsurkunde Geburtenregister"
    assert page_head(page, 1.0).text == page.text


def test_the_rule_sees_the_current_documents_pages() -> None:
    pages, images = batch("T c b c T c", with_images=False)
    seen: list[tuple[int, list[int]]] = []

    def rule(page: Page, current: Sequence[Page]) -> bool:
        seen.append((page.number, [p.number for p in current]))
        return page.words[0].text == "Titel"

    result = split_pages(pages, images, rule)
    assert result.documents == [[1, 2, 4], [5, 6]]
    # Blank pages are not shown to the rule, nor are they part of the current document.
    assert seen == [(2, [1]), (4, [1, 2]), (5, [1, 2, 4]), (6, [5])]


@pytest.mark.parametrize(("footer", "number"), [
    ("Seite 2 von 3", 2), ("Seite 1", 1), ("Blatt 2/2", 2), ("Page 3 of 4", 3),
    ("Formular 8/2021 – Seite 2", 2), ("Seite 5 von 3", None), ("Vordruck 8/2021", None),
    # a fax machine's header line
    ("22.05.2026 19:04 Standesamt Dortmund S. 2/2", 2), ("T-835 P.001/003 F-842", 1),
    ("Bochum S. 12", None),
    # a bare count at the footer's end; a form number or an edition is none
    ("M 201/5 · Druck vom 17.10.2026 2/2", 2), ("Vordruckausgabe 01/2023", None),
    ("Formular 201/5", None), ("Ausgabe 12/24", None),
    # a sheet counted in a compound, its total after "insgesamt"
    ("BG 46.9 (02/2024) Gliederungsbogen 2, insgesamt 2", 2), ("Vordruckblatt 1/2", 1),
    ("Merkblatt 3 zum Meldegesetz", None),
    # a spreadsheet's printed page, an old register's sheet
    ("Druckseite 2 / 2", 2), ("Bl. 1 v. 2", 1), ("Verkl. 1:24 1896-2", None),
    # a sheet counted in plain words
    ("Blatt Nummer 2 von 2", 2), ("Seite Nr. 1 von 2", 1),
    # a letter's page between dashes (a phone number's parts are none); a total in brackets
    ("Unser Zeichen: 34.25-E-5725/25 – 2 – Datum", 2), ("Tel. 0234 - 12 - 3", None),
    ("Fassung 07/2022 S. 2 (von 2)", 2), ("Seite 2 (von 3)", 2),
    # a browser's and a mail program's count; a counter of steps is none
    ("1 / 2 31.10.26, 07:22", 1), ("Ausdruck 2 von 2", 2), ("2 von 2 22.10.2026 11:17 Uhr", 2),
    ("Fortschritt: 5 von 6 Schritten", None),
])
def test_page_number_cue_reads_the_footer(footer: str, number: int | None) -> None:
    words = text_words(1, footer, y=A4_PX[0] - 60)
    assert page_number_cue(make_page(1, words)) == number


@pytest.mark.parametrize("header", [
    "Fortsetzung des Vordrucks von Seite 1 / 1. sayfanın devamı",
    "Anschlussblatt zu Bogen 1",
])
def test_a_reference_to_another_page_is_no_cue(header: str) -> None:
    words = text_words(2, header, y=60) + text_words(2, "Blatt 2/2", y=A4_PX[0] - 60)
    assert page_number_cue(make_page(2, words)) == 2


def test_a_page_counting_itself_short_of_its_total_keeps_the_next_page() -> None:
    # A form's first sheet, then the copy of a passport that carries no page number.
    form = make_page(1, text_words(1, "Erklärung zur Identität", y=200)
                     + text_words(1, "Seite 1 von 2", y=A4_PX[0] - 60))
    copy = make_page(2, text_words(2, "Reisepass Passport", y=200))
    assert promises_next_page(form)
    assert not start_rule()(copy, [form])
    # Not a form's number ("Vordruckmuster 1/4"), nor a sheet printed two-up.
    assert not promises_next_page(make_page(1, text_words(1, "Vordruckmuster 1/4", y=60)))
    assert not promises_next_page(make_page(
        1, text_words(1, "Seite 1 von 2 | Seite 2 von 2", y=A4_PX[0] - 60)))


@pytest.mark.parametrize("head", ["--- FOLGEBELEG ---", "Anschlussblatt", "noch: Meldeschein"])
def test_a_follow_on_sheet_says_it_continues(head: str) -> None:
    assert says_continued(make_page(2, text_words(2, head, y=200)))


def test_page_number_in_the_body_is_no_cue() -> None:
    words = text_words(1, "siehe Seite 2 von 3", y=A4_PX[0] / 2)
    assert page_number_cue(make_page(1, words)) is None


# --- duplex -------------------------------------------------------------------------------------


def test_collate_duplex_interleaves_fronts_and_reversed_backs() -> None:
    assert collate_duplex(["f1", "f2", "f3", "b3", "b2", "b1"]) == [
        "f1", "b1", "f2", "b2", "f3", "b3"]
    assert collate_duplex([1, 2]) == [1, 2]
    assert collate_duplex([]) == []


def test_collate_duplex_rejects_odd_count() -> None:
    with pytest.raises(ValueError, match="even number"):
        collate_duplex([1, 2, 3])


# --- the pipeline's start rule on real documents ------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "samples" / "examples"


def merged_pdf(names: list[str]) -> bytes:
    out = pdfium.PdfDocument.new()
    for name in names:
        out.import_pages(pdfium.PdfDocument(str(EXAMPLES / name)))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_a_bulk_pdf_without_separators_is_split_at_each_first_page() -> None:
    names = ["anmeldung-000-colon-text.pdf", "eheurkunde-000-table-text.pdf",
             "geburtsurkunde-000-boxed-text.pdf", "eheurkunde-000-table-text.pdf",
             "sterbeurkunde-000-certificate-text.pdf",
             "wohnungsgeberbestaetigung-000-tabstop-text.pdf",
             "antrag_zulassung-000-twocol-text.pdf", "aufenthaltstitel_antrag-000-colon-text.pdf",
             "identity_document-000-tabstop-text.pdf", "geburtsurkunde-000-boxed-text.pdf"]
    records = process_bytes(merged_pdf(names), "stack.pdf")
    assert [(r.pages, r.document_type) for r in records] == [
        ([1], "anmeldung"), ([2, 3], "eheurkunde"), ([4], "geburtsurkunde"),
        ([5, 6], "eheurkunde"), ([7], "sterbeurkunde"), ([8], "wohnungsgeberbestaetigung"),
        ([9], "antrag_zulassung"), ([10], "aufenthaltstitel_antrag"),
        ([11], "identity_document"), ([12], "geburtsurkunde")]


def test_one_two_page_certificate_stays_one_document() -> None:
    records = process_bytes((EXAMPLES / "eheurkunde-000-table-text.pdf").read_bytes(), "e.pdf")
    assert [(r.pages, r.document_type) for r in records] == [([1, 2], "eheurkunde")]


def test_a_printed_page_number_outranks_the_title() -> None:
    rule = start_rule()
    first = make_page(1, text_words(1, "Geburtsurkunde", y=200))
    titled = text_words(2, "Sterbeurkunde", y=200)
    footer = text_words(2, "Seite 2 von 2", y=A4_PX[0] - 60)
    assert rule(make_page(2, titled), [first])
    assert not rule(make_page(2, titled + footer), [first])
    assert rule(make_page(2, text_words(2, "Seite 1 von 2", y=A4_PX[0] - 60)), [first])


def _fax_pdf() -> bytes:
    """A fax as a fax server delivers it: a cover sheet, then a death certificate (whose
    issue date the sender left off), each page under the sending machine's header line with
    its page count."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(40, 820, "05.11.2026 17:19   0201/33223-548   Standesamt Hattingen   S. 1/2")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(70, 760, "TELEFAX")
    c.setFont("Helvetica", 11)
    for i, (label, value) in enumerate([("An:", "Stadt Bochum – Standesamt"),
                                        ("Von:", "Standesamt Hattingen"),
                                        ("Datum:", "05.11.2026"), ("Seiten:", "2"),
                                        ("Betreff:", "Sterbeurkunde – vorab per Telefax")]):
        c.drawString(70, 700 - 24 * i, label)
        c.drawString(160, 700 - 24 * i, value)
    c.showPage()
    c.setFont("Helvetica", 8)
    c.drawString(40, 820, "05.11.2026 17:19   0201/33223-548   Standesamt Hattingen   S. 2/2")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(200, 740, "Sterbeurkunde")
    c.setFont("Helvetica", 11)
    rows = [("Standesamt", "Standesamt Hattingen"), ("Registernummer", "S 1038/2025"),
            ("Familienname", "Brüggemann"), ("Vornamen", "Günter"),
            ("Geburtsdatum", "23.12.1986"), ("Geburtsort", "Dresden"),
            ("Sterbedatum", "21.10.2025"), ("Sterbeort", "Hattingen")]
    for i, (label, value) in enumerate(rows):
        c.drawString(70, 690 - 24 * i, label)
        c.drawString(250, 690 - 24 * i, value)
    c.save()
    return buf.getvalue()


def test_a_fax_cover_sheet_stays_with_its_document_but_gives_it_no_fields() -> None:
    records = process_bytes(_fax_pdf(), "fax.pdf")
    assert [(r.pages, r.document_type) for r in records] == [([1, 2], "sterbeurkunde")]
    fields = records[0].fields
    assert fields["family_name"].value == "Brüggemann"
    # the certificate's page names no issue date; the transmission's date is none
    assert "issue_date" not in fields


def test_a_cover_sheet_is_told_by_its_title_and_transmission_labels() -> None:
    transmission = [(300, [(200, "An:"), (500, "Stadt")]), (360, [(200, "Von:"), (500, "Amt")]),
                    (420, [(200, "Seiten:"), (500, "2")])]
    assert is_cover_sheet(make_page(1, lay_out([(100, [(200, "TELEFAX")]), *transmission])))
    assert not is_cover_sheet(make_page(1, lay_out([(100, [(200, "Anmeldung")]),
                                                    *transmission])))


_NOTES = [
    "Zu A 1: bitte den derzeit geführten Namen angeben (Beispiel: Jonas Mustermann).",
    "A 3 – Alle Daten sind mit Tag, Monat und vierstelligem Jahr anzugeben (Beispiel: 25.01.1965).",
    "Zu C 1: Bei der Anschrift den Straßennamen ausschreiben; Beispiel: Am Musterplatz 7.",
    "Zu C 2: Die Postleitzahl ist immer fünfstellig, z. B. 20357, auch mit führender Null.",
    "Datenschutz: Ihre Angaben werden nur zur Erfüllung der gesetzlichen Aufgaben verarbeitet.",
]


def _guided_pdf() -> bytes:
    """A notes page, then a form over two pages numbered "Blatt 1/2 von 2"."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 780, "Hinweise zum Ausfüllen")
    c.setFont("Helvetica", 9)
    for i, line in enumerate(_NOTES):
        c.drawString(50, 740 - 18 * i, line)
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 780, "Antrag auf Erteilung eines Aufenthaltstitels")
    c.setFont("Helvetica", 10)
    c.drawString(50, 760, "Bitte beachten Sie die Ausfüllhinweise.")
    rows = [("Familienname", "Hoang"), ("Vornamen", "Quang Huy"), ("Geburtsdatum", "25.10.2007"),
            ("Geburtsort", "Hanoi"), ("Staatsangehörigkeit", "vietnamesisch"),
            ("Passnummer", "X8162965"), ("Pass gültig bis", "08.03.2028")]
    for i, (label, value) in enumerate(rows):
        c.drawString(50, 720 - 24 * i, label)
        c.drawString(250, 720 - 24 * i, value)
    c.drawString(480, 40, "Blatt 1 von 2")
    c.showPage()
    c.setFont("Helvetica", 10)
    for i, (label, value) in enumerate([("Straße, Hausnummer", "Kemnader Straße 29"),
                                        ("PLZ, Ort", "45276 Essen")]):
        c.drawString(50, 720 - 24 * i, label)
        c.drawString(250, 720 - 24 * i, value)
    c.drawString(480, 40, "Blatt 2 von 2")
    c.save()
    return buf.getvalue()


def test_a_forms_notes_page_stays_with_the_form_and_its_examples_are_no_values() -> None:
    # GIVEN a download whose first page explains the fields with example values
    records = process_bytes(_guided_pdf(), "antrag.pdf")
    assert [(r.pages, r.document_type) for r in records] == [
        ([1, 2, 3], "aufenthaltstitel_antrag")]
    fields = records[0].fields
    assert fields["date_of_birth"].value == "2007-10-25"
    assert fields["postal_code"].value == "45276"
    assert fields["street"].value == "Kemnader Straße"


def test_a_notes_page_is_told_by_its_title_and_its_running_text() -> None:
    notes = [(100, [(200, "Ausfüllhinweise")])] + [
        (200 + 60 * i, [(200, line)]) for i, line in enumerate(_NOTES)]
    assert is_notes_page(make_page(1, lay_out(notes)))
    form = [(100, [(200, "Anmeldung – bitte beachten Sie die Ausfüllhinweise")]),
            (200, [(200, "Familienname"), (1200, "Hoang")]),
            (260, [(200, "Vornamen"), (1200, "Quang Huy")]),
            (320, [(200, "Geburtsdatum"), (1200, "25.10.2007")])]
    assert not is_notes_page(make_page(1, lay_out(form)))


def test_a_page_count_outranks_a_sheets_name_beside_it() -> None:
    words = text_words(1, "Blatt1 Blatt 2/2 Ausdruck vom: 26.10.2026", y=A4_PX[0] - 60)
    assert page_number_cue(make_page(1, words)) == 2


def test_a_page_that_says_it_continues_continues() -> None:
    rule = start_rule()
    first = make_page(1, text_words(1, "Anmeldung einer Wohnung", y=200))
    later = make_page(2, text_words(2, "Fortsetzung Bon", y=200)
                      + text_words(2, "Wohnungsgeberbestätigung Einzugsdatum Anschrift", y=400))
    assert not rule(later, [first])
    assert says_continued(make_page(2, text_words(2, "Beleg Teil 2", y=200)))
    assert not says_continued(make_page(2, text_words(2, "Teil 1 Angaben zur Person", y=200)))


def test_a_page_showing_the_same_zone_again_continues_the_document() -> None:
    zone = ["P<D<<SCHMIDT<<BJOERN<<<<<<<<<<<<<<<<<<<<<<<<",
            "C52Z5HJYV4D<<7111011M2810157<<<<<<<<<<<<<<<4"]
    copy = make_page(1, text_words(1, "Reisepass " + " ".join(zone), y=1500))
    receipt = make_page(2, text_words(2, "Dokumentenleser Ergebnis Reisepass", y=200)
                        + text_words(2, " ".join(zone), y=900))
    assert zone_lines(receipt) == frozenset(zone)
    assert not start_rule()(receipt, [copy])


def test_an_identity_cards_back_with_its_zone_continues_its_front() -> None:
    # ICAO 9303 part 5's specimen zone
    zone = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]

    def card_back(number: int, lines: list[str],
                  head: str = "Anschrift / Behörde · Personalausweis") -> Page:
        return make_page(number, text_words(number, head, y=200)
                         + [w for i, line in enumerate(lines)
                            for w in text_words(number, line, y=900 + 60 * i)])

    front = make_page(1, text_words(1, "Personalausweis Identity card Name Vornamen", y=200))
    back = card_back(2, zone)
    rule = start_rule()
    assert classify_pages([back]).document_type == "identity_document"
    assert not rule(back, [front])
    # Another card (front and back on one page) after it begins a document of its own.
    other = card_back(3, ["I<UTOD987654327<<<<<<<<<<<<<<<", "8001014M3001019UTO<<<<<<<<<<<8",
                          "SVENSSON<<KARL<<<<<<<<<<<<<<<<"], head="Personalausweis Identity card")
    assert rule(other, [front, back])


@pytest.mark.parametrize("head", ["Rückseite", "– Rückseite –", "Blatt 1 – hinten",
                                  "Seite 2 (Rückseite)", "Riickseite"])
def test_a_sheets_back_side_stays_with_its_front_though_it_repeats_the_title(head: str) -> None:
    rule = start_rule()
    title = "Geburtsurkunde"
    front = make_page(1, text_words(1, title, y=200) + text_words(1, "Vorderseite", y=260))
    back = make_page(2, text_words(2, title, y=200) + text_words(2, head, y=260))
    assert says_back_side(back)
    assert not rule(back, [front])
    # without the cue, the title begins a new document
    assert rule(make_page(2, text_words(2, title, y=200)), [front])


def test_the_word_back_side_inside_a_title_names_no_back_side() -> None:
    page = make_page(1, text_words(1, "Dokumentenerfassung (Vorder- und Rückseite)", y=200))
    assert not says_back_side(page)


@pytest.mark.parametrize(("foot", "turns"), [
    ("Bitte wenden!", True), ("b. w.", True), ("Weiter auf der Rückseite ->", True),
    ("Fortsetzung auf Seite 2", True), ("Fortsetzung umseitig", True),
    ("Es geht auf der nächsten Seite weiter.", True),
    ("Vordruck-Nr. R74-591", False), ("Ende des Formulars", False),
])
def test_a_page_that_asks_to_be_turned_over_has_its_next_page_on_its_back(
        foot: str, turns: bool) -> None:
    rule = start_rule()
    title = "Geburtsurkunde"
    front = make_page(1, text_words(1, title, y=200) + text_words(1, foot, y=A4_PX[0] - 60))
    back = make_page(2, text_words(2, title, y=200))
    assert asks_to_turn_over(front) is turns
    assert rule(back, [front]) is not turns


def test_a_listing_that_ends_mid_page_saying_it_goes_on_has_its_next_sheet_after_it() -> None:
    # GIVEN a register printout whose text ends halfway down the sheet with a
    # continuation line, and its next sheet under the same heading
    rule = start_rule()
    title = "REGISTERAUSZUG EHEREGISTER"
    first = make_page(1, text_words(1, title, y=200)
                      + text_words(1, "*** FORTS. NAECHSTES BLATT ***", y=900))
    second = make_page(2, text_words(2, title, y=200))
    # THEN the second sheet continues the first
    assert asks_to_turn_over(first)
    assert not rule(second, [first])


@pytest.mark.parametrize(("heading", "encloses"), [
    ("Anlagen:", True), ("Beigefügt:", True), ("Anlagen zu diesem Schreiben:", True),
    ("Beilage: Kopie des Reisepasses", True), ("Beigefugt:", True), ("Enclosures:", True),
    ("Anlage zum Antrag 4711", False), ("Mit freundlichen Grüßen", False),
])
def test_the_page_after_a_cover_letter_listing_enclosures_is_its_enclosure(
        heading: str, encloses: bool) -> None:
    rule = start_rule()
    letter = make_page(1, text_words(1, "Übersendung einer Passkopie", y=600)
                       + text_words(1, "Sehr geehrte Damen und Herren", y=700)
                       + text_words(1, heading, y=A4_PX[0] - 400)
                       + text_words(1, "– Kopie des Reisepasses", y=A4_PX[0] - 350))
    enclosure = make_page(2, text_words(2, "Geburtsurkunde", y=200))
    assert announces_enclosure(letter) is encloses
    assert rule(enclosure, [letter]) is not encloses


@pytest.mark.parametrize(("listed", "encloses"), [
    ("– Vollmacht im Original", False), ("– Geburtsurkunde des Kindes", True)])
def test_a_letter_that_is_a_document_itself_encloses_only_what_it_lists(
        listed: str, encloses: bool) -> None:
    # GIVEN an agency's letter giving a move's data under its title, listing its enclosures
    letter = make_page(1, text_words(1, "Anmeldung einer Wohnung", y=200)
                       + text_words(1, "Familienname: Krause Vornamen: Jan", y=700)
                       + text_words(1, "Tag des Einzugs: 01.10.2026 Straße: Kirchplatz", y=800)
                       + text_words(1, "Anlagen:", y=A4_PX[0] - 400)
                       + text_words(1, listed, y=A4_PX[0] - 350))
    certificate = make_page(2, text_words(2, "Geburtsurkunde", y=200)
                            + text_words(2, "Geburtsregister Nr. G 123/2020 Standesamt", y=600))
    assert announces_enclosure(letter)
    # THEN a certificate after it is its enclosure only when the list names one
    assert start_rule()(certificate, [letter]) is not encloses


def test_an_enclosure_heading_in_the_top_half_is_no_cover_letters_list() -> None:
    form = make_page(1, text_words(1, "Anmeldung Anlagen: Wohnungsgeberbestätigung", y=300))
    assert not announces_enclosure(form)


@pytest.mark.parametrize(("head", "titled"), [
    ("Reisepass", True), ("Kopie des Reisepasses", True),
    # a numbered section's heading, a field's label
    ("4 Reisepass", False), ("Reisepass-Nr.", False),
])
def test_a_title_on_top_is_neither_a_sections_heading_nor_a_label(head: str, titled: bool) -> None:
    page = make_page(2, text_words(2, head, y=200))
    assert title_on_top(page, TYPES["identity_document"]) is titled


def test_a_page_under_the_documents_running_header_continues_it() -> None:
    rule = start_rule()
    header = "Bildschirmfotos vom Handy – Angaben siehe Bilder"
    first = make_page(1, text_words(1, header, y=100)
                      + text_words(1, "Anmeldung einer Wohnung", y=300)
                      + text_words(1, "Familienname Hoffmann Vornamen Lena", y=500))
    later = make_page(2, text_words(2, header, y=100)
                      + text_words(2, "Einzugsdatum 30.10.2026 Wohnungsart Hauptwohnung", y=300)
                      + text_words(2, "bisherige Adresse Universitätsstraße 42, 44791 Bochum",
                                   y=500)
                      + text_words(2, "Wohnungsgeber Anschrift der Wohnung Einzug", y=700))
    assert not rule(later, [first])
    # (another document's page under another header begins as before)
    other = make_page(2, text_words(2, "Stadt Bochum – Bürgerbüro", y=100)
                      + text_words(2, "Wohnungsgeberbestätigung nach § 19 BMG", y=300)
                      + text_words(2, "Einzugsdatum 30.10.2026 Anschrift der Wohnung", y=500))
    assert rule(other, [first])
