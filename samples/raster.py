"""From a text-layer PDF to scans: rasterise, rotate, degrade, save as PNG/JPEG/TIFF/PDF."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image

# Fixed so that image PDFs come out byte-identical for a seed.
_PDF_DATE = "D:20260101000000Z"


def rasterise(pdf: bytes, dpi: int) -> list[np.ndarray]:
    """Every page as a greyscale uint8 array at ``dpi``."""
    doc = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in doc:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            pages.append(np.array(bitmap.to_pil().convert("L")))
            page.close()
        return pages
    finally:
        doc.close()


def rotate(img: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate about the centre, same canvas, white where the page moved away."""
    h, w = img.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def turn(img: np.ndarray, quarter_turns: int) -> np.ndarray:
    """The page turned by ``quarter_turns`` × 90° counter-clockwise (a sheet fed sideways or
    upside down); the canvas turns with it."""
    if quarter_turns % 4 == 0:
        return img
    return np.ascontiguousarray(np.rot90(img, quarter_turns))


def degrade(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Blur, a greyish paper tone with lowered contrast, and gaussian sensor noise."""
    out = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.1))
    out = cv2.convertScaleAbs(out, alpha=rng.uniform(0.82, 0.92), beta=rng.uniform(12, 28))
    _speckle(out, rng)
    if rng.random() < 0.5:
        _edge_shadow(out, rng)
    noise = np.empty(img.shape, np.int16)
    cv2.setRNGSeed(rng.getrandbits(31))
    cv2.randn(noise, 0, rng.uniform(6, 12))  # type: ignore[call-overload]
    return np.clip(cv2.add(out.astype(np.int16), noise), 0, 255).astype(np.uint8)


def _speckle(img: np.ndarray, rng: random.Random) -> None:
    """Dust: a few hundred small dark dots, drawn in place."""
    h, w = img.shape
    for _ in range(rng.randint(150, 500)):
        centre = (rng.randrange(w), rng.randrange(h))
        cv2.circle(img, centre, rng.choice((1, 1, 1, 2, 3)), rng.randint(40, 150), -1)


def _edge_shadow(img: np.ndarray, rng: random.Random) -> None:
    """The darker band a flatbed scanner leaves along one edge, drawn in place."""
    h, w = img.shape
    band = rng.randint(15, 60)
    ramp = np.linspace(rng.uniform(0.35, 0.7), 1.0, band, dtype=np.float32)
    edge = rng.choice(("left", "right", "top", "bottom"))
    if edge in ("left", "right"):
        region = img[:, :band] if edge == "left" else img[:, w - band:]
        factors = ramp[None, :] if edge == "left" else ramp[::-1][None, :]
    else:
        region = img[:band, :] if edge == "top" else img[h - band:, :]
        factors = ramp[:, None] if edge == "top" else ramp[::-1][:, None]
    region[...] = (region * factors).astype(np.uint8)


def save_png(path: Path, img: np.ndarray, dpi: int) -> None:
    Image.fromarray(img).save(path, format="PNG", dpi=(dpi, dpi), compress_level=3)


def save_jpeg(path: Path, img: np.ndarray, dpi: int, quality: int = 60) -> None:
    Image.fromarray(img).save(path, format="JPEG", dpi=(dpi, dpi), quality=quality)


def save_tiff(path: Path, pages: list[np.ndarray], dpi: int) -> None:
    images = [Image.fromarray(p) for p in pages]
    images[0].save(path, format="TIFF", save_all=True, append_images=images[1:],
                   dpi=(dpi, dpi), compression="tiff_deflate")


def save_image_pdf(path: Path, pages: list[np.ndarray], dpi: int, quality: int = 75) -> None:
    """A scanned PDF: one JPEG image per page, no text layer."""
    jpegs = []
    for page in pages:
        buf = io.BytesIO()
        Image.fromarray(page).save(buf, format="JPEG", quality=quality)
        jpegs.append(Image.open(io.BytesIO(buf.getvalue())))
    jpegs[0].save(path, format="PDF", save_all=True, append_images=jpegs[1:], resolution=dpi,
                  creationDate=_PDF_DATE, modDate=_PDF_DATE, producer="samples.generate")
