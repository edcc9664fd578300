"""Synthetic German form pages for reading tests and the reading bench.

Two renderings of the same content: a text-layer PDF drawn with reportlab, and a "scan" drawn
with Pillow at 300 dpi that can be rotated, skewed, shaded and speckled like a real scan.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_REGULAR = f"{FONT_DIR}/DejaVuSans.ttf"
FONT_BOLD = f"{FONT_DIR}/DejaVuSans-Bold.ttf"
FONT_SERIF = f"{FONT_DIR}/DejaVuSerif.ttf"

A4_POINTS = (595.2756, 841.8898)
SCAN_DPI = 300


@dataclass(frozen=True)
class Line:
    """One line of form text placed at ``(x, y)`` in points from the page's top left."""

    x: float
    y: float
    text: str
    size: float = 10.0
    bold: bool = False
    grey: int = 0  # the ink's grey level in a scan (0 black; labels of some forms 150-190)


# A registration form (Anmeldung bei der Meldebehörde) with scattered labels and values, as
# the reader will mostly see: two columns, short labels, values in boxes.
FORM_LINES: tuple[Line, ...] = (
    Line(56, 60, "Stadt Musterstadt – Bürgerbüro", 14, True),
    Line(56, 84, "Anmeldung bei der Meldebehörde", 12, True),
    Line(56, 120, "Familienname:"),
    Line(200, 120, "Müller-Lüdenscheidt"),
    Line(330, 120, "Vorname:"),
    Line(420, 120, "Jürgen"),
    Line(56, 145, "Geburtsdatum:"),
    Line(200, 145, "14.03.1985"),
    Line(330, 145, "Geburtsort:"),
    Line(420, 145, "Würzburg"),
    Line(56, 170, "Staatsangehörigkeit:"),
    Line(200, 170, "deutsch"),
    Line(330, 170, "Geschlecht:"),
    Line(420, 170, "männlich"),
    Line(56, 205, "Neue Wohnung", 11, True),
    Line(56, 230, "Straße, Hausnummer:"),
    Line(200, 230, "Goethestraße 17"),
    Line(56, 255, "Postleitzahl, Ort:"),
    Line(200, 255, "97070 Würzburg"),
    Line(56, 280, "Einzugsdatum:"),
    Line(200, 280, "01.02.2026"),
    Line(56, 315, "Bisherige Wohnung", 11, True),
    Line(56, 340, "Straße, Hausnummer:"),
    Line(200, 340, "Schillerplatz 3a"),
    Line(56, 365, "Postleitzahl, Ort:"),
    Line(200, 365, "80331 München"),
    Line(56, 400, "Bankverbindung für Gebührenerstattung", 11, True),
    Line(56, 425, "IBAN:"),
    Line(200, 425, "DE89 3704 0044 0532 0130 00"),
    Line(56, 450, "Kontoinhaber:"),
    Line(200, 450, "Jürgen Müller-Lüdenscheidt"),
    Line(56, 490, "Hinweise", 11, True),
    Line(56, 512, "Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug vorzunehmen."),
    Line(56, 527, "Bitte legen Sie die Wohnungsgeberbestätigung und Ihren Personalausweis vor."),
    Line(56, 542, "Für Rückfragen erreichen Sie uns montags bis freitags von 8 bis 12 Uhr."),
    Line(56, 600, "Ort, Datum:"),
    Line(200, 600, "Würzburg, 03.02.2026"),
    Line(56, 625, "Unterschrift:"),
    Line(200, 625, "J. Müller"),
)


def is_value(line: Line) -> bool:
    """Whether a form line is a filled-in value (drawn in a field box) rather than a label."""
    return line.x >= 200 and not line.bold and len(line.text) < 30


def form_words(lines: tuple[Line, ...] = FORM_LINES) -> list[str]:
    """All whitespace-separated words of a form, in drawing order."""
    return [w for line in lines for w in line.text.split()]


def make_text_pdf(
    lines: tuple[Line, ...] = FORM_LINES,
    *,
    pages: int = 1,
    encrypt_user: str | None = None,
    encrypt_owner: str | None = None,
) -> bytes:
    """Draw ``lines`` on ``pages`` A4 pages as a PDF with a real text layer (DejaVu Sans)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_REGULAR))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_BOLD))
    buf = io.BytesIO()
    encrypt = None
    if encrypt_user is not None or encrypt_owner is not None:
        encrypt = StandardEncryption(encrypt_user or "", encrypt_owner or "owner-secret")
    c = canvas.Canvas(buf, pagesize=A4_POINTS, encrypt=encrypt)
    height = A4_POINTS[1]
    for _ in range(pages):
        for line in lines:
            c.setFont("DejaVu-Bold" if line.bold else "DejaVu", line.size)
            # reportlab's y is the baseline from the bottom; Line.y is the baseline from the top.
            c.drawString(line.x, height - line.y, line.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_image_pdf(images: list[np.ndarray], dpi: int = SCAN_DPI) -> bytes:
    """Wrap greyscale page images in a PDF without text layer, like a scanner does."""
    pil = [Image.fromarray(img) for img in images]
    buf = io.BytesIO()
    pil[0].save(buf, format="PDF", resolution=dpi, save_all=True, append_images=pil[1:])
    return buf.getvalue()


def render_scan(
    lines: tuple[Line, ...] = FORM_LINES,
    *,
    dpi: int = SCAN_DPI,
    crop_bottom_pt: float | None = None,
    rotation: int = 0,
    skew: float = 0.0,
    noise: float = 0.0,
    shading: float = 0.0,
    boxes: bool = False,
    seed: int = 0,
) -> np.ndarray:
    """Render form text as a greyscale scan.

    Args:
        lines: what to draw.
        dpi: resolution.
        crop_bottom_pt: cut the page at this many points from the top (smaller, faster tests).
        rotation: quarter turns applied after drawing, counter-clockwise degrees (0/90/180/270),
            i.e. the page as a scanner would deliver it when fed the wrong way round.
        skew: small rotation in degrees, counter-clockwise positive (as OpenCV/PIL rotate).
        noise: standard deviation of Gaussian noise in grey levels.
        shading: depth of a dark diagonal lighting gradient (0..1), like a phone photo.
        boxes: draw form-field boxes around the values (lines Tesseract has to ignore).
        seed: random seed for noise.
    """
    scale = dpi / 72.0
    w_pt, h_pt = A4_POINTS
    if crop_bottom_pt is not None:
        h_pt = crop_bottom_pt
    img = Image.new("L", (round(w_pt * scale), round(h_pt * scale)), 255)
    draw = ImageDraw.Draw(img)
    fonts: dict[tuple[float, bool], ImageFont.FreeTypeFont] = {}
    for line in lines:
        key = (line.size, line.bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(
                FONT_BOLD if line.bold else FONT_REGULAR, round(line.size * scale)
            )
        if crop_bottom_pt is not None and line.y > crop_bottom_pt - 5:
            continue
        draw.text((line.x * scale, line.y * scale), line.text, fill=line.grey, font=fonts[key],
                  anchor="ls")
        if boxes and is_value(line):
            x0, y0 = (line.x - 4) * scale, (line.y - line.size - 3) * scale
            x1, y1 = (line.x + 120) * scale, (line.y + 5) * scale
            draw.rectangle((x0, y0, x1, y1), outline=0, width=max(1, round(scale * 0.8)))
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if rotation:
        img = img.rotate(rotation, expand=True)
    arr = np.asarray(img, dtype=np.float32)
    if shading:
        h, w = arr.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        gradient = 1.0 - shading * (xx / w + yy / h) / 2.0
        arr = arr * gradient
    if noise:
        rng = np.random.default_rng(seed)
        arr = arr + rng.normal(0.0, noise, arr.shape).astype(np.float32)
    return np.clip(arr, 0, 255).astype(np.uint8)


def encode_png(img: np.ndarray, dpi: int = SCAN_DPI) -> bytes:
    """PNG bytes of a greyscale image, with its dpi recorded."""
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def encode_jpeg(img: np.ndarray, dpi: int = SCAN_DPI, quality: int = 85) -> bytes:
    """JPEG bytes of a greyscale image."""
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="JPEG", dpi=(dpi, dpi), quality=quality)
    return buf.getvalue()


def encode_tiff(images: list[np.ndarray], dpi: int = SCAN_DPI) -> bytes:
    """Multi-page TIFF bytes (deflate-compressed), like a document scanner's output."""
    pil = [Image.fromarray(img) for img in images]
    buf = io.BytesIO()
    pil[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=pil[1:],
        dpi=(dpi, dpi),
        compression="tiff_adobe_deflate",
    )
    return buf.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims the given size (header only, no pixel data): a bomb's first bytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00"))
        + chunk(b"IEND", b"")
    )


FONT_MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"
FONT_CAPTION = f"{FONT_DIR}/DejaVuSerifCondensed.ttf"

# A registration form filled in on a typewriter: each value typed on a dotted writing line,
# the field's name printed small under it, numbered boxes in rows.
TYPED_ROWS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("1 Familienname", "Schneider"), ("2 Vornamen", "Anna Maria")),
    (("3 Geburtsdatum", "14.03.1987"), ("4 Geburtsort", "Bochum"), ("5 Geschlecht", "weiblich")),
    (("6 Staatsangehörigkeit", "deutsch"), ("7 Tag des Einzugs", "01.10.2026")),
    (("8 Straße", "Hauptstraße"), ("9 Hausnummer", "12a"), ("10 Postleitzahl", "44787"),
     ("11 Ort", "Bochum")),
)


def render_typed_form(seed: int = 1) -> np.ndarray:
    """A 300 dpi scan of the typed form: values on dotted rules with an uneven typewriter
    baseline, captions under them, boxes around each field."""
    rng = np.random.default_rng(seed)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    mono = ImageFont.truetype(FONT_MONO, 46)
    caption = ImageFont.truetype(FONT_CAPTION, 28)
    draw.text((200, 150), "ANMELDUNG EINER WOHNUNG", font=ImageFont.truetype(FONT_BOLD, 60), fill=0)
    y = 400
    for row in TYPED_ROWS:
        width = 2080 // len(row)
        x = 200
        for label, value in row:
            draw.rectangle((x, y, x + width - 20, y + 200), outline=0, width=2)
            cx = x + 30
            for ch in value:
                draw.text((cx, y + 40 + int(rng.integers(-4, 5))), ch, font=mono,
                          fill=int(rng.integers(0, 40)))
                cx += 28
            for dx in range(x + 25, x + width - 45, 12):
                draw.ellipse((dx, y + 112, dx + 4, y + 116), fill=60)
            draw.text((x + 30, y + 130), label, font=caption, fill=0)
            x += width
        y += 260
    return np.asarray(image.rotate(0.4, fillcolor=255), dtype=np.uint8)

