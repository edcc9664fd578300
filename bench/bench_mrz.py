"""Benchmark: MRZ reading over generated page images.

Renders white A4 pages at 300 dpi with some text and a random valid MRZ (TD1 or TD3) in a
monospace font, clean and degraded (rotation up to +-3 degrees, noise, JPEG), runs
``extractors.mrz.read_mrz`` on each and prints the share read with every check digit valid and
the fields right, plus seconds per page.

Run: ``.venv/bin/python bench/bench_mrz.py [--pages 40] [--seed 7]``
"""

from __future__ import annotations

import argparse
import io
import random
import string
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.mrz import MrzResult, check_digit, read_mrz

A4_300DPI = (2480, 3508)
MONO_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
)
TEXT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# OCR-B at ICAO size: 2.54 mm pitch -> 30 px at 300 dpi; cap height ~2.4 mm.
MRZ_FONT_PX = 50
MAX_ROTATION_DEG = 3.0
NOISE_SIGMA = 18.0
JPEG_QUALITY = 45
COUNTRIES = ("D<<", "UTO", "FRA", "TUR", "POL", "SYR", "UKR", "GBR", "ITA", "NLD")
SURNAMES = ("MUELLER", "SCHMIDT", "YILMAZ", "NOWAK", "KOWALSKI", "AL<HASSAN", "ERIKSSON", "ROSSI")
GIVEN = ("ANNA<MARIA", "MEHMET", "OLGA", "JAN<PIOTR", "FATIMA", "LUCA", "ERIKA", "JOHN<PAUL")


@dataclass(frozen=True)
class Sample:
    lines: list[str]
    fmt: str


def _date(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def _name_field(rng: random.Random, width: int) -> str:
    return f"{rng.choice(SURNAMES)}<<{rng.choice(GIVEN)}"[:width].ljust(width, "<")


def random_mrz(rng: random.Random, fmt: str) -> Sample:
    """A random MRZ with valid check digits."""
    state = rng.choice(COUNTRIES)
    alnum = string.ascii_uppercase.replace("O", "").replace("I", "") + string.digits
    number = "".join(rng.choice(alnum) for _ in range(9))
    birth, expiry = _date(rng, 40, 99), _date(rng, 26, 36)
    sex = rng.choice("FM<")
    if fmt == "TD3":
        personal = "".join(rng.choice(string.digits) for _ in range(rng.choice((0, 9, 14))))
        personal = personal.ljust(14, "<")
        pcheck = "<" if set(personal) == {"<"} else check_digit(personal)
        head = (
            number
            + check_digit(number)
            + state
            + birth
            + check_digit(birth)
            + sex
            + expiry
            + check_digit(expiry)
            + personal
            + pcheck
        )
        comp = head[0:10] + head[13:20] + head[21:43]
        line1 = "P<" + state + _name_field(rng, 39)
        return Sample([line1, head + check_digit(comp)], fmt)
    code = rng.choice(("ID", "I<", "IR"))
    opt1 = "<" * 15
    l1 = code + state + number + check_digit(number) + opt1
    opt2 = "<" * 11
    l2 = birth + check_digit(birth) + sex + expiry + check_digit(expiry) + state + opt2
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return Sample([l1, l2 + check_digit(comp), _name_field(rng, 30)], fmt)


def render_page(
    lines: list[str],
    *,
    rng: random.Random,
    font_path: str = MONO_FONTS[0],
    rotation: float = 0.0,
    noise: bool = False,
    jpeg: bool = False,
) -> np.ndarray:
    """A grey A4 page at 300 dpi: text above, the MRZ somewhere lower on the page."""
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    text_font = ImageFont.truetype(TEXT_FONT, 42)
    y = 250
    for i in range(rng.randint(4, 12)):
        draw.text(
            (200, y),
            f"Antrag auf Ausstellung - Zeile {i + 1}: Angaben zur Person <{i}>",
            fill=0,
            font=text_font,
        )
        y += 70
    font = ImageFont.truetype(font_path, MRZ_FONT_PX)
    x0 = rng.randint(150, 500)
    y0 = rng.randint(y + 300, A4_300DPI[1] - 500)
    for i, line in enumerate(lines):
        draw.text((x0, y0 + i * int(MRZ_FONT_PX * 1.5)), line, fill=0, font=font)
    if rotation:
        page = page.rotate(
            rotation, resample=Image.Resampling.BILINEAR, fillcolor=255, expand=False
        )
    grey = np.asarray(page, dtype=np.float64)
    if noise:
        grey = grey + np.random.default_rng(rng.randint(0, 2**31)).normal(
            0, NOISE_SIGMA, grey.shape
        )
    arr = np.clip(grey, 0, 255).astype(np.uint8)
    if jpeg:
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, format="JPEG", quality=JPEG_QUALITY)
        arr = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    return arr


def _correct(result: MrzResult | None, sample: Sample) -> bool:
    return result is not None and result.check_digits_valid and result.lines == sample.lines


def _checked_data_wrong(result: MrzResult, sample: Sample) -> bool:
    """Is a character the check digits cover (number, dates, optional data) wrong?"""
    if sample.fmt == "TD3":
        got, want = result.lines[1], sample.lines[1]
    else:
        got, want = result.lines[0][5:] + result.lines[1], sample.lines[0][5:] + sample.lines[1]
    return got != want


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=40, help="pages per condition")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        "digits: every check digit valid | passed: every check passed (no review) | "
        "exact: all lines right | passed-but-wrong: passed, yet a line is wrong (a false "
        "accept; in brackets those wrong where check digits look)"
    )
    for condition in ("clean", "degraded"):
        digits = passed = exact = false_accept = false_accept_data = 0
        seconds = 0.0
        for n in range(args.pages):
            sample = random_mrz(rng, "TD1" if n % 2 else "TD3")
            degraded = condition == "degraded"
            image = render_page(
                sample.lines,
                rng=rng,
                font_path=MONO_FONTS[n % len(MONO_FONTS)],
                rotation=rng.uniform(-MAX_ROTATION_DEG, MAX_ROTATION_DEG) if degraded else 0.0,
                noise=degraded,
                jpeg=degraded,
            )
            start = time.perf_counter()
            result = read_mrz(image)
            seconds += time.perf_counter() - start
            good = _correct(result, sample)
            if result is not None:
                digits += result.check_digits_valid
                passed += result.valid
                false_accept += result.valid and result.lines != sample.lines
                false_accept_data += result.valid and _checked_data_wrong(result, sample)
            exact += good
            if args.verbose and not good:
                print(
                    condition,
                    n,
                    sample.fmt,
                    sample.lines,
                    result
                    and (result.lines, result.failed_checks, result.raw_lines, result.suspects),
                )
        pages = args.pages
        print(
            f"{condition:9s}: digits {digits}/{pages} ({100 * digits / pages:.0f}%), "
            f"passed {passed}/{pages} ({100 * passed / pages:.0f}%), "
            f"exact {exact}/{pages} ({100 * exact / pages:.0f}%), "
            f"passed-but-wrong {false_accept}/{pages} (in number/dates/optional data: "
            f"{false_accept_data}), {seconds / pages:.2f} s/page"
        )


if __name__ == "__main__":
    main()
