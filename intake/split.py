"""Split one multi-page scan (a bulk scan of a stack of paper) into documents.

Three kinds of page are not document content: separator sheets (printed by
``render_separator_sheet`` and put between documents by the person scanning), blank pages
(the empty backs a duplex scanner reads too) and separator sheets whose code could not be
read. Everything here is pure: pages and page images in, page numbers out; the caller reads
the input (``intake.pipeline.read_pages``) and classifies the documents afterwards.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, TypeVar

import cv2
import numpy as np
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from extractors.layout import build_lines
from extractors.words import Page

T = TypeVar("T")

# --- separator sheets ---------------------------------------------------------------------------

#: The QR payload (and the small printed line under the code) that marks a separator sheet.
#: Versioned so that a later sheet design can be told apart from this one.
SEPARATOR_MARKER: Final = "DOCINTAKE-SEPARATOR-V1"
#: The human-readable line on the sheet.
SEPARATOR_CAPTION: Final = "Trennblatt / separator sheet — docintake"
#: Printed width of the QR code. Large so that it survives low-dpi, skewed, JPEG'd scans:
#: at 150 dpi a module (33 across, border included) is still ~21 px wide.
SEPARATOR_QR_SIZE_MM: Final = 120.0
#: The marker as it is matched in words: letters and digits only, upper case, because OCR
#: splits or drops the hyphens.
_MARKER_KEY: Final = re.sub(r"[^0-9A-Z]", "", SEPARATOR_MARKER.upper())
#: A page with a QR-like code that cannot be decoded is taken for a damaged separator only
#: when the caption is legible on it (one of these words, letters only, upper case) or it
#: carries at most ``SEPARATOR_BARE_WORDS`` content words. The detector does "locate" codes on
#: ordinary generated pages (measured: table and certificate pages in bench_split), so a code
#: alone is no evidence of a separator.
SEPARATOR_CAPTION_KEYS: Final = frozenset({"TRENNBLATT", "SEPARATOR", "DOCINTAKE"})
#: ... see above: a separator whose caption OCR lost entirely still has next to no words.
SEPARATOR_BARE_WORDS: Final = 3
#: Downscale factor of the first detection try: the detector finds large, blurred or noisy
#: codes more easily on a smaller image, and it is four times cheaper.
_DOWNSCALE: Final = 2
#: The full-size image is tried too when the downscaled one is narrower than this (low-dpi
#: scans, where downscaling may lose the code) or when a code was located but not decoded.
#: Otherwise the separator sheet's 120 mm code is ~640 px wide even at 150 dpi and cannot
#: be missed on the downscale, so ordinary pages cost one cheap try instead of two.
_FULL_TRY_BELOW_PX: Final = 1000


@dataclass(frozen=True, slots=True)
class SeparatorResult:
    """What the separator check saw on one page.

    Attributes:
        found: a QR-like code was located on the page (or the marker text was among its words).
        decoded: the decoded payload, or ``None``.
        undecodable: a QR-like code was found but could not be decoded (reported, not fatal).
        by_text: the marker was found among the page's words (text-layer page, or OCR read it).
    """

    found: bool
    decoded: str | None = None
    undecodable: bool = False
    by_text: bool = False

    @property
    def is_separator(self) -> bool:
        """The page is a separator sheet: the code decodes to the marker, or the marker text is
        on the page."""
        return self.decoded == SEPARATOR_MARKER or self.by_text


NOT_FOUND: Final = SeparatorResult(found=False)


def separator_qr_modules(payload: str = SEPARATOR_MARKER) -> np.ndarray:
    """The QR code's modules as a boolean matrix (``True`` = dark).

    Uses OpenCV's own encoder so that no QR dependency is needed; its matrix includes a
    narrow light border. Error correction level H (30 % of the code may be lost) because a
    separator sheet is reused, handled and stapled through.
    """
    params = cv2.QRCodeEncoder.Params()
    params.correction_level = cv2.QRCodeEncoder_CORRECT_LEVEL_H
    encoder = cv2.QRCodeEncoder.create(params)
    matrix = np.asarray(encoder.encode(payload))
    return matrix < 128


def render_separator_sheet() -> bytes:
    """A one-page A4 PDF to print and put between documents in a bulk scan.

    Returns:
        The PDF's bytes: a large QR code with ``SEPARATOR_MARKER``, the caption, and the marker
        in small print (so that a text-layer copy of the sheet is recognised too).
    """
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    canvas.setTitle("docintake separator sheet")
    page_w, page_h = A4
    modules = separator_qr_modules()
    n = modules.shape[0]
    size = SEPARATOR_QR_SIZE_MM * mm
    cell = size / n
    left = (page_w - size) / 2
    top = page_h - 60 * mm  # leaves a quiet zone far wider than the required four modules
    canvas.setFillColorRGB(0, 0, 0)
    for row in range(n):
        for col in range(n):
            if modules[row, col]:
                # Slight overlap so that no hairline gaps appear between modules when rendered.
                canvas.rect(left + col * cell, top - (row + 1) * cell, cell + 0.2, cell + 0.2,
                            stroke=0, fill=1)
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawCentredString(page_w / 2, top - size - 25 * mm, SEPARATOR_CAPTION)
    canvas.setFont("Helvetica", 12)
    canvas.drawCentredString(page_w / 2, top - size - 37 * mm, SEPARATOR_MARKER)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _marker_in_words(page: Page) -> bool:
    key = re.sub(r"[^0-9A-Z]", "", page.text.upper())
    return _MARKER_KEY in key


def _detect(image: np.ndarray) -> tuple[bool, str | None]:
    """Whether a QR-like code was located, and its payload if it decoded."""
    detector = cv2.QRCodeDetector()
    located = False
    h, w = image.shape[:2]
    small = cv2.resize(image, (w // _DOWNSCALE, h // _DOWNSCALE), interpolation=cv2.INTER_AREA)
    for candidate in (small, image):
        if candidate is image and not located and small.shape[1] >= _FULL_TRY_BELOW_PX:
            break
        try:
            text, points, _ = detector.detectAndDecode(candidate)
        except cv2.error:
            # A malformed candidate region can make the decoder throw; that is "not decoded".
            text, points = "", None
        if text:
            return True, str(text)
        if points is not None and len(points) > 0:
            located = True
    return located, None


def is_separator(image: np.ndarray | None, page: Page) -> SeparatorResult:
    """Whether a page is a separator sheet.

    Args:
        image: the page's greyscale image, or ``None`` (text-layer page): then only the page's
            words are looked at.
        page: the page as read.

    Returns:
        What was seen; ``result.is_separator`` is the verdict. A code that was located but not
        decoded gives ``undecodable=True`` and is left to the caller to weigh.
    """
    by_text = _marker_in_words(page)
    if image is None:
        return SeparatorResult(found=by_text, by_text=by_text)
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    located, payload = _detect(np.ascontiguousarray(grey, dtype=np.uint8))
    if payload is not None:
        return SeparatorResult(found=True, decoded=payload, by_text=by_text)
    return SeparatorResult(found=located or by_text, undecodable=located, by_text=by_text)


# --- blank pages --------------------------------------------------------------------------------

#: A word counts as content when it has at least this many letters or digits: OCR of specks
#: and scanner dirt yields punctuation and single characters, not words.
CONTENT_WORD_MIN_CHARS: Final = 2
#: ... and at least this confidence (OCR junk from noise comes with low confidence).
CONTENT_WORD_MIN_CONFIDENCE: Final = 0.5
#: A blank page carries at most this many content words (a misread speck may pass the filter).
BLANK_MAX_WORDS: Final = 1
#: Share of the page's margin ignored for ink: scanner edges, shadows and punch holes.
BLANK_MARGIN: Final = 0.04
#: Pixels darker than this (after a median blur that removes sensor noise) are ink.
INK_LEVEL: Final = 128
#: A blank page has at most this share of ink in its inner area. Measured on rasterised
#: A4 pages at 300 dpi (and asserted with margins at 200 dpi in tests/intake/test_split.py):
#: an empty back with gaussian noise (sigma 12–25) and eight specks of 2–5 px radius has
#: 0.00005–0.00006; one line "Seite 2 von 2" at 10 pt has 0.00026, "Bitte wenden" at 12 pt
#: 0.00045; a lone page number "2" at 8 pt has 0.00002 and counts as blank. The limit sits
#: between noise and the faintest line, nearer to noise (keeping a page is the safe error).
BLANK_MAX_INK: Final = 0.00015


def content_words(page: Page) -> int:
    """How many of the page's words look like real words rather than OCR junk."""
    return sum(
        1 for w in page.words
        if sum(ch.isalnum() for ch in w.text) >= CONTENT_WORD_MIN_CHARS
        and w.confidence >= CONTENT_WORD_MIN_CONFIDENCE
    )


def ink_share(image: np.ndarray) -> float:
    """Share of dark pixels in the page's inner area, sensor noise removed."""
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    grey = np.ascontiguousarray(grey, dtype=np.uint8)
    h, w = grey.shape
    my, mx = int(h * BLANK_MARGIN), int(w * BLANK_MARGIN)
    inner = grey[my:h - my, mx:w - mx]
    if inner.size == 0:
        return 0.0
    # A median blur removes isolated noisy pixels but keeps strokes of text (>= 3 px wide at
    # 300 dpi), so noise does not count as ink while a line of text does.
    clean = cv2.medianBlur(inner, 3)
    return float(np.count_nonzero(clean < INK_LEVEL)) / clean.size


def is_blank(page: Page, image: np.ndarray | None) -> bool:
    """Whether a page is empty (e.g. the back of a one-sided sheet in a duplex scan).

    Args:
        page: the page as read.
        image: its greyscale image, or ``None`` (text-layer page: the words alone decide).

    Returns:
        ``True`` when the page has (almost) no content words and (almost) no ink.
    """
    if content_words(page) > BLANK_MAX_WORDS:
        return False
    if image is None:
        return not page.words
    return ink_share(image) <= BLANK_MAX_INK


# --- splitting ----------------------------------------------------------------------------------

#: Share of the page height (from the top) where a document's title is looked for. A form's
#: second page repeats labels and a certificate's footer names its register ("… aus dem
#: Geburtenregister erstellt"), both of which classify; the title is at the top of page one.
HEAD_SHARE: Final = 0.4


#: Share of the page height at the top and at the bottom where a page number is looked for.
PAGE_NUMBER_BAND: Final = 0.12
#: "Seite 2", "Seite 2 von 3", "Blatt 2/3", "Blatt Nummer 2 von 3", "Page 2 of 3",
#: "Gliederungsbogen 2, insgesamt 3", "– 2 –":
#: a printed page number; a fax header's shortened "S. 2/2" or "P.002/003" and an old
#: register's "Bl. 1 v. 2" only with its total.
_PAGE_NUMBER = re.compile(
    # (a compound's "Gliederungsbogen 2" or "Druckseite 2" only with its total: "Merkblatt 3"
    # names a leaflet; "Fortsetzung von Seite 1", "Anschlussblatt zu Bogen 1", "siehe Seite 3"
    # refer to another page)
    r"(?:(?<!von )(?<!auf )(?<!zu )(?<!siehe )(?<!from )(?<!see )"
    r"(?:\b(?:seite|blatt|bogen|page|pagina)(?:\s+(?:nummer|nr\.))?"
    r"|\B(?:blatt|bogen|seite)(?=\s*\d{1,2}\s*\(?(?:von|of|/|aus|,\s*insgesamt)\s*\d))"
    r"\s*[:.]?\s*(\d{1,2})"
    r"(?:\s*\(?(?:von|of|/|aus|,\s*insgesamt)\s*(\d{1,2})\)?)?"
    r"|\b(?:[sp]|bl)\.\s*0{0,2}(\d{1,2})\s*\(?(?:/|von|v\.|of)\s*0{0,2}(\d{1,2})\)?)"
    r"(?!\w)"
    # a bare "2/2" or a browser's "2 / 2" standing alone in the band (a form number "201/5"
    # or an edition "09/2019", "03/24", "12/24" is no page count: no leading zero, a total
    # under 20)
    r"|(?:^|(?<=\s))([1-9]|1\d) ?/ ?([1-9]|1\d)(?=\s|$)"
    # a letter's "– 2 –" between dashes
    r"|(?:^|(?<=\s))[-–—] ?([1-9]|1\d) ?[-–—](?!\s?\d)(?=\s|$)"
    # a mail program's "2 von 2" (not a counter of steps: "5 von 6 Schritten")
    r"|(?:^|(?<=\s))([1-9]|1\d) (?:von|of) ([1-9]|1\d)(?=\s|$)(?!\s+[^\W\d_])",
    re.IGNORECASE)


def page_number_cue(page: Page) -> int | None:
    """The page number printed in the page's header or footer band ("Seite 2 von 3"), if any.

    Only the bands are read, so that "siehe Seite 2" in the body text does not count; a number
    above its "von"/"of" total is misread and ignored.
    """
    found = _page_numbers(page)
    # A number with its total is the page count; one without may name something else (a
    # spreadsheet's "Blatt1" beside its "Blatt 2/2").
    counted = [number for number, total in found if total is not None]
    numbers = counted or [number for number, _ in found]
    return numbers[0] if numbers else None


def promises_next_page(page: Page) -> bool:
    """Whether the page counts itself short of its total in words ("Seite 1 von 2", "Bl. 1/2"):
    the document goes on, whatever the next page shows (a copy of a passport carries no page
    number). A bare "1/4" may be a form's number; a sheet printed two-up counts both its
    pages ("Seite 1 von 2 | Seite 2 von 2")."""
    counted = [(number, total) for number, total in _page_numbers(page, worded=True)
               if total is not None]
    return bool(counted) and max(number for number, _ in counted) < counted[0][1]


def _page_numbers(page: Page, *, worded: bool = False) -> list[tuple[int, int | None]]:
    """The page numbers, each with its total if printed, in the page's header and footer
    bands (``worded``: only those a word such as "Seite" or "Bl." introduces)."""
    top, bottom = page.height * PAGE_NUMBER_BAND, page.height * (1 - PAGE_NUMBER_BAND)
    # The words are in reading order, so a printed "Seite 2 von 3" stays together.
    found: list[tuple[int, int | None]] = []
    for band in ([w.text for w in page.words if w.y1 <= top],
                 [w.text for w in page.words if w.y0 >= bottom]):
        for match in _PAGE_NUMBER.finditer(" ".join(band)):
            if worded and not (match.group(1) or match.group(3)):
                continue
            number = int(next(g for g in match.group(1, 3, 5, 7, 8) if g))
            total_text = match.group(2) or match.group(4) or match.group(6) or match.group(9)
            total = int(total_text) if total_text else None
            if number >= 1 and (total is None or number <= total):
                found.append((number, total))
    return found


#: A fax cover sheet: titled so in its top part, with the transmission's own header labels.
_COVER_TITLE = re.compile(r"^(?:tele)?fax(?:-?deckblatt|nachricht|mitteilung)?$|^deckblatt$"
                          r"|^fax-?cover$", re.IGNORECASE)
_COVER_LABELS = frozenset({"an:", "von:", "seiten:", "seitenzahl:", "betreff:", "fax:",
                           "faxnummer:", "absender:", "empfänger:", "datum:", "to:", "from:",
                           "pages:"})
COVER_MIN_LABELS = 3


def is_cover_sheet(page: Page) -> bool:
    """Whether a page is a fax's cover sheet: "Telefax" (or "Fax", "Deckblatt") as a word of
    its own in the top third, and at least three of a transmission's header labels ("An:",
    "Von:", "Seiten:", "Betreff:" ...). It stays with its document, but its dates and names
    (the transmission's, the sender's) are none of the document's fields."""
    top = page.height / 3
    head = [w.text for w in page.words if w.y1 <= top]
    if not any(_COVER_TITLE.match(t.strip(".:")) for t in head):
        return False
    return len({t.lower() for t in head} & _COVER_LABELS) >= COVER_MIN_LABELS


#: A page of notes on filling in a form: titled so near its top, and set in running text.
_NOTES_TITLE = re.compile(r"ausfüllhinweis|ausfüllhilfe|ausfüllanleitung|erläuterung"
                          r"|merkblatt|hinweise\s+zum\s+ausfüllen|hinweise\s+zu\s+den\s+feldern",
                          re.IGNORECASE)
NOTES_TITLE_SHARE: Final = 0.25
#: Runs of words (segments) this long are running text; a form's labels and values are
#: shorter. Most of a notes page's words stand in such runs (in two columns too), and some
#: in longer ones: measured on the notes pages of 40 `guided` sample documents (0.63-0.90 and
#: 0.25-0.88) and their form pages (at most 0.61, and then 0.0 in long runs); pages of the
#: other layouts reach 0.97 in runs of 6 (certificate prose), but carry no notes title.
NOTES_RUN_WORDS: Final = 6
NOTES_LONG_RUN_WORDS: Final = 8
NOTES_RUN_SHARE: Final = 0.6
NOTES_LONG_RUN_SHARE: Final = 0.2


def is_notes_page(page: Page) -> bool:
    """Whether a page explains how to fill in a form ("Ausfüllhinweise"): its title says so
    in the top quarter and most of its words stand in runs of running text. Its examples
    ("Beispiel: 19.01.1980", "etwa 48143") and the labels it quotes are none of the
    document's fields."""
    head = " ".join(w.text for w in page.words if w.y1 <= page.height * NOTES_TITLE_SHARE)
    if not _NOTES_TITLE.search(head):
        return False
    runs = [len(seg.words) for line in build_lines(page.words) for seg in line.segments]
    words = sum(runs)
    return words > 0 and sum(n for n in runs if n >= NOTES_RUN_WORDS) >= NOTES_RUN_SHARE * words \
        and sum(n for n in runs if n >= NOTES_LONG_RUN_WORDS) >= NOTES_LONG_RUN_SHARE * words


#: A page that says at its top that it continues ("Fortsetzung", "Forts. von Seite 1",
#: "Teil 2", "Fortsetzungsblatt") belongs to the document before it.
_CONTINUED = re.compile(r"\bforts(?:etzung\w*|\.)|\bteil\s*(?:[2-9]|ii)\b"
                        # a receipt's "Folgebeleg", a form's "Anschlussblatt", "noch: Meldeschein"
                        r"|\bfolge(?:beleg|blatt|bogen|seite)\b|\banschlu(?:ss|ß)(?:blatt|bogen)\b"
                        r"|(?:^|\s)noch:", re.IGNORECASE)


def says_continued(page: Page) -> bool:
    """Whether the page's top part announces it as a continuation."""
    return bool(_CONTINUED.search(" ".join(w.text for w in page_head(page).words)))


#: A sheet's back side names itself so at its top, as a line or cell of its own ("Rückseite",
#: "– Rückseite –", "Blatt 1 – hinten", "Seite 2 (Rückseite)"); within a title ("Erfassung
#: (Vorder- und Rückseite)") the word says nothing about the page. OCR reads ü as u, ii, ue.
_BACK_SIDE = re.compile(
    r"^[\W_]*(?:(?:blatt|bogen|seite)\s*\d{1,2}\W*)?"
    r"(?:r(?:ü|u|ue|ii)ckseite|hinten|back(?:\s+side)?|reverse)"
    r"(?:\W*(?:blatt|bogen|seite)\s*\d{1,2})?[\W_]*$",
    re.IGNORECASE)
#: A page that asks to be turned over at its foot ("Bitte wenden!", "b. w.", "Weiter auf der
#: Rückseite", "Fortsetzung umseitig") has its next page on its back.
_TURN_OVER = re.compile(
    r"\bbitte\s+wenden\b|(?:^|\s)b\.\s?w\.(?=\s|$)|\bumseitig\b"
    r"|\b(?:weiter|fortsetzung|fortgesetzt|forts\.)\s+(?:auf\s+(?:der\s+|dem\s+)?)?"
    r"(?:r(?:ü|u|ue|ii)ckseite|n(?:ä|a|ae)chste[nmrs]?\s+(?:seite|blatt)"
    r"|folgende[nmrs]?\s+(?:seite|blatt)|(?:seite|blatt)\s*\d)"
    r"|\bauf\s+der\s+n(?:ä|a|ae)chsten\s+(?:seite|blatt)\s+weiter\b"
    r"|\bplease\s+turn\s+over\b|\bp\.\s?t\.\s?o\.",
    re.IGNORECASE)
#: ... looked for in this top share of the page (under a letterhead and the form's title).
BACK_SIDE_SHARE: Final = 0.2


def says_back_side(page: Page) -> bool:
    """Whether the page's head names it the back of a sheet, in a line or cell of its own."""
    head = page_head(page, BACK_SIDE_SHARE)
    return any(_BACK_SIDE.match(segment.text)
               for line in build_lines(head.words) for segment in line.segments)


def asks_to_turn_over(page: Page) -> bool:
    """Whether the page's foot, or its last line of text (a listing that ends mid-page:
    "*** FORTS. NAECHSTES BLATT ***"), sends the reader on to its back or the next page."""
    foot = " ".join(w.text for w in page.words if w.y0 >= page.height * (1 - PAGE_NUMBER_BAND))
    lines = build_lines(page.words)
    last = lines[-1].text if lines else ""
    return bool(_TURN_OVER.search(foot) or _TURN_OVER.search(last))


#: A letter lists what it encloses under a heading of its own ("Anlagen:", "Beigefügt:",
#: "Anlagen zu diesem Schreiben:", "Beilage:", "Enclosures:"); OCR reads ü as u or ii.
_ENCLOSURES = re.compile(
    r"^[\W_]*(?:anlagen?|beilagen?|beigef(?:ü|u|ue|ii)gt|anbei|enclosures?|encl\.)"
    r"(?:\s+[^\W\d_]+){0,3}\s*:",
    re.IGNORECASE)
#: ... and ends with them: the heading stands in this bottom share of the page.
ENCLOSURES_SHARE: Final = 0.5


def announces_enclosure(page: Page) -> bool:
    """Whether the page is a letter that lists enclosures at its end (a cover letter).

    The page after it is what it encloses (a passport copy behind an agency's letter): one
    submission, though the enclosure has a title of its own. "Anlage zum Antrag" in a
    footer, or a form's "Anlagen" box without a colon, announce nothing.
    """
    return bool(enclosure_list(page).words)


#: The list of enclosures runs this many lines under its heading at most.
ENCLOSURE_LIST_LINES: Final = 6


def enclosure_list(page: Page) -> Page:
    """The page with only its list of enclosures (the heading's line and the lines under
    it), or with no words when it lists none."""
    low = page.height * (1 - ENCLOSURES_SHARE)
    lines = [line for line in build_lines(page.words) if line.y0 >= low]
    start = next((i for i, line in enumerate(lines) if _ENCLOSURES.match(line.text)), None)
    listed = [] if start is None else lines[start:start + 1 + ENCLOSURE_LIST_LINES]
    return replace(page, words=[w for line in listed for w in line.words], notes=list(page.notes))


#: A line of a machine-readable zone as a text layer or OCR gives it: 30 or 44 characters of
#: the zone's alphabet, fillers among them.
_ZONE_LINE = re.compile(r"[A-Z0-9<]{30,44}")


def zone_lines(page: Page) -> frozenset[str]:
    """The machine-readable zone lines among a page's words (none on most pages)."""
    return frozenset(w.text for w in page.words if "<" in w.text and _ZONE_LINE.fullmatch(w.text))


def page_head(page: Page, share: float = HEAD_SHARE) -> Page:
    """The page with only the words in its top ``share`` of height (for title checks).

    Args:
        page: the page as read.
        share: 0..1 of the page height, from the top.

    Returns:
        A copy of the page with the other words left out.
    """
    limit = page.height * share
    return replace(page, words=[w for w in page.words if w.y1 <= limit], notes=list(page.notes))


#: A running header has at least this many words (a lone "Seite" or a date is none).
RUNNING_HEADER_MIN_WORDS = 3


def first_line(page: Page) -> str:
    """The page's top line as text ("" for a page without words)."""
    lines = build_lines(page_head(page).words)
    return lines[0].text if lines else ""


def repeats_running_header(page: Page, first: Page) -> bool:
    """Whether the page's top line repeats the document's first page's word for word (a
    running header: "Bildschirmfotos vom Handy – Angaben siehe Bilder")."""
    top = first_line(page)
    return len(top.split()) >= RUNNING_HEADER_MIN_WORDS and top == first_line(first)


@dataclass(slots=True)
class SplitResult:
    """How a batch's pages were divided. Every input page is in exactly one of ``documents``,
    ``separators``, ``blanks`` and ``undecodable``.

    Attributes:
        documents: the documents in input order, each as its page numbers (gaps where a blank
            page was dropped).
        separators: separator sheets, dropped.
        blanks: blank pages, dropped.
        undecodable: pages with a QR-like code that could not be decoded and that otherwise
            looked like a separator sheet; treated as a separator, dropped, to be reported.
        unreadable_codes: content pages on which a QR-like code was located but not decoded;
            kept in their document (not a placement: for the report only).
        by_separators: whether separators decided the split (else ``starts_document``).
    """

    documents: list[list[int]] = field(default_factory=list)
    separators: list[int] = field(default_factory=list)
    blanks: list[int] = field(default_factory=list)
    undecodable: list[int] = field(default_factory=list)
    unreadable_codes: list[int] = field(default_factory=list)
    by_separators: bool = False

    def all_pages(self) -> list[int]:
        """Every page number placed, sorted."""
        placed = [n for doc in self.documents for n in doc]
        return sorted([*placed, *self.separators, *self.blanks, *self.undecodable])


def _is_damaged_separator(result: SeparatorResult, page: Page) -> bool:
    # Ordinary pages can show a QR-like pattern (tables, stamps, a code of their own): only a
    # page with the caption, or with no text at all besides the code, is a damaged separator.
    if not result.undecodable:
        return False
    keys = {re.sub(r"[^A-Z]", "", w.text.upper()) for w in page.words}
    return bool(keys & SEPARATOR_CAPTION_KEYS) or content_words(page) <= SEPARATOR_BARE_WORDS


#: Whether a content page begins a new document, given the content pages of the document
#: being assembled (never empty: the first content page always begins one).
StartRule = Callable[[Page, Sequence[Page]], bool]


def split_pages(
    pages: Sequence[Page],
    images: dict[int, np.ndarray],
    starts_document: StartRule,
) -> SplitResult:
    """Divide a batch's pages into documents.

    With at least one separator sheet in the batch, separators alone decide: each run of
    pages between them is a document. Without any, a new document starts at every page for
    which ``starts_document`` is true (and at the first content page); the pages after it stay
    with it as continuation pages. Blank pages are dropped in both cases.

    Args:
        pages: the batch's pages in input order.
        images: page number → greyscale image, for the pages that have one.
        starts_document: whether a content page begins a new document (e.g. its own words
            classify as a catalog type other than the current document's), given the page and
            the current document's pages. Called only when the batch has no separators.

    Returns:
        The split; every input page appears in it exactly once.
    """
    kinds: dict[int, str] = {}
    unreadable: list[int] = []
    for page in pages:
        image = images.get(page.number)
        sep = is_separator(image, page)
        if sep.is_separator:
            kinds[page.number] = "separator"
        elif _is_damaged_separator(sep, page):
            kinds[page.number] = "undecodable"
        elif sep.undecodable:
            kinds[page.number] = "content"
            unreadable.append(page.number)
        elif is_blank(page, image):
            kinds[page.number] = "blank"
        else:
            kinds[page.number] = "content"
    result = SplitResult(unreadable_codes=unreadable)
    result.by_separators = any(k in ("separator", "undecodable") for k in kinds.values())
    current: list[int] | None = None
    current_pages: list[Page] = []
    for page in pages:
        kind = kinds[page.number]
        if kind == "separator":
            result.separators.append(page.number)
            current = None
        elif kind == "undecodable":
            result.undecodable.append(page.number)
            current = None
        elif kind == "blank":
            result.blanks.append(page.number)
        else:
            new = current is None or (not result.by_separators
                                      and starts_document(page, current_pages))
            if new:
                current, current_pages = [], []
                result.documents.append(current)
            assert current is not None
            current.append(page.number)
            current_pages.append(page)
    # The invariant the caller relies on: no page lost, none counted twice.
    assert result.all_pages() == sorted(p.number for p in pages), "split lost or doubled a page"
    return result


def collate_duplex(items: Sequence[T]) -> list[T]:
    """Interleave a duplex batch scanned as all fronts, then all backs in reverse order.

    Args:
        items: pages or page numbers in scan order: ``f1, f2, …, fn, bn, …, b2, b1``.

    Returns:
        ``f1, b1, f2, b2, …, fn, bn``.

    Raises:
        ValueError: an odd number of items (a front or back is missing).
    """
    count = len(items)
    if count % 2:
        raise ValueError(
            f"duplex collation needs an even number of pages (fronts then backs), got {count}; "
            "a front or back page is missing")
    half = count // 2
    fronts, backs = items[:half], list(reversed(items[half:]))
    out: list[T] = []
    for front, back in zip(fronts, backs, strict=True):
        out.extend((front, back))
    return out
