"""Benchmark: tick-box detection on generated form scans, and the measurements behind the
thresholds of ``extractors.checkboxes``.

Generates documents with ``samples.generate`` in the tuning layouts that print choices
(``colon``, ``tabstop``, ``boxed``, ``table``; never the held-out ``twocol``), as text PDF and
as clean, degraded and 200 dpi scans. The truth comes from the text PDF: its ☐ / ☒ glyphs,
placed on the scan by finding the small rotation (the generator turns scans by up to ±3°
about the centre) that lines them up with the detections. ``[ ]`` / ``[X]`` printed as text
(``colon``, ``table``) are no boxes; anything found there counts as a false detection.

Prints per page the boxes expected and found, then detection precision / recall, the share
of found boxes whose ticked state is right, and CPU ms per page (process time, so that the
load of other processes on the machine does not count). ``--features`` also prints the
measurements of true boxes against all other box-sized outlines, and the interior ink share
of pen ticks drawn synthetically (cross, check mark, light check, filled, empty, noisy), from
which ``TICKED_MIN_FILL`` was chosen.

Run: ``.venv/bin/python bench/bench_checkboxes.py [--per-type 8] [--seed 0] [--features]``
or on an existing directory generated with the text kind: ``--dir /tmp/cb``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageSequence

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors import checkboxes
from extractors.checkboxes import Checkbox, Shape

LAYOUTS = ("colon", "tabstop", "boxed", "table")
TYPES = ("aufenthaltstitel_antrag", "anmeldung", "wohnungsgeberbestaetigung", "geburtsurkunde")
SCAN_KINDS = ("clean", "degraded", "dpi200")
BOX_GLYPHS = {"☐": False, "☒": True}
#: Rotation search for lining the truth up with the scan (the generator's range is ±3°).
MAX_ROTATION_DEG = 3.2
ROTATION_STEP_DEG = 0.05
#: A detection matches a truth box when the centres are this close (share of the box side).
MATCH_SHARE = 0.5
#: An outline overlapping a matched box this much is that box (for the feature table).
SAME_BOX_IOU = 0.7

Grey = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class TruthBox:
    cx: float  # centre in pixels of the unrotated page at the scan's dpi
    cy: float
    side: float
    ticked: bool


@dataclass
class PageResult:
    name: str
    dpi: int
    expected: int
    found: int
    matched: int
    ticked_right: int
    ticked_expected: int
    ticked_found: int
    ticked_both: int
    cpu_ms: float


def truth_boxes(pdf_path: Path, dpi: int) -> list[list[TruthBox]]:
    """The ☐ / ☒ glyphs of each page of a text PDF, in pixels at ``dpi``."""
    scale = dpi / 72.0
    pages: list[list[TruthBox]] = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            boxes = [
                TruthBox(
                    cx=(c["x0"] + c["x1"]) / 2 * scale,
                    # The glyph's box sits on the baseline, in the lower part of the em.
                    cy=(c["bottom"] - 0.4 * (c["x1"] - c["x0"])) * scale,
                    side=(c["x1"] - c["x0"]) * scale,
                    ticked=BOX_GLYPHS[c["text"]],
                )
                for c in page.chars
                if c["text"] in BOX_GLYPHS
            ]
            pages.append(boxes)
    return pages


def scan_pages(path: Path, dpi: int) -> Iterator[Grey]:
    """The greyscale pages of a scan file (PNG, JPEG, multi-page TIFF, image-only PDF)."""
    if path.suffix == ".pdf":
        doc = pdfium.PdfDocument(path)
        try:
            for page in doc:
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                yield np.array(bitmap.to_pil().convert("L"))
        finally:
            doc.close()
    else:
        with Image.open(path) as img:
            for frame in ImageSequence.Iterator(img):
                yield np.array(frame.convert("L"))


def _rotated(boxes: list[TruthBox], degrees: float, w: int, h: int) -> list[tuple[float, float]]:
    """Truth centres turned like ``samples.raster.rotate`` turns the page."""
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return [
        (
            matrix[0, 0] * b.cx + matrix[0, 1] * b.cy + matrix[0, 2],
            matrix[1, 0] * b.cx + matrix[1, 1] * b.cy + matrix[1, 2],
        )
        for b in boxes
    ]


def match(
    truth: list[TruthBox], found: list[Checkbox], w: int, h: int
) -> list[tuple[TruthBox, Checkbox]]:
    """Pairs of truth and detected box under the rotation that pairs up the most."""
    best: list[tuple[TruthBox, Checkbox]] = []
    best_cost = math.inf
    steps = round(MAX_ROTATION_DEG / ROTATION_STEP_DEG)
    for k in range(-steps, steps + 1):
        centres = _rotated(truth, k * ROTATION_STEP_DEG, w, h)
        pairs: list[tuple[TruthBox, Checkbox]] = []
        cost = 0.0
        used: set[int] = set()
        for t, (tx, ty) in zip(truth, centres, strict=True):
            options = [
                (math.hypot((b.bbox[0] + b.bbox[2]) / 2 - tx, (b.bbox[1] + b.bbox[3]) / 2 - ty), j)
                for j, b in enumerate(found)
                if j not in used
            ]
            if not options:
                continue
            dist, j = min(options)
            if dist <= t.side * MATCH_SHARE:
                used.add(j)
                pairs.append((t, found[j]))
                cost += dist
        if len(pairs) > len(best) or (len(pairs) == len(best) and cost < best_cost):
            best, best_cost = pairs, cost
    return best


def run_samples(root: Path) -> tuple[list[PageResult], list[tuple[Shape, bool]]]:
    """Detect on every scan in ``root`` that has a text-PDF sibling; features for --features."""
    results: list[PageResult] = []
    shapes: list[tuple[Shape, bool]] = []
    for truth_file in sorted(root.glob("*.truth.json")):
        meta = json.loads(truth_file.read_text())
        if meta["kind"] not in SCAN_KINDS or meta["layout"] not in LAYOUTS:
            continue
        text_pdf = root / f"{meta['source_id']}-{meta['layout']}-text.pdf"
        if not text_pdf.exists():
            continue
        dpi = int(meta["dpi"])
        truth_pages = truth_boxes(text_pdf, dpi)
        for number, grey in enumerate(scan_pages(root / meta["file"], dpi), start=1):
            truth = truth_pages[number - 1] if number <= len(truth_pages) else []
            start = time.process_time()
            found = checkboxes.find_checkboxes(grey, dpi)
            cpu_ms = (time.process_time() - start) * 1000
            h, w = grey.shape
            pairs = match(truth, found, w, h)
            results.append(
                PageResult(
                    name=f"{meta['file']}#{number}",
                    dpi=dpi,
                    expected=len(truth),
                    found=len(found),
                    matched=len(pairs),
                    ticked_right=sum(t.ticked == b.ticked for t, b in pairs),
                    ticked_expected=sum(t.ticked for t in truth),
                    ticked_found=sum(b.ticked for b in found),
                    ticked_both=sum(t.ticked and b.ticked for t, b in pairs),
                    cpu_ms=cpu_ms,
                )
            )
            # For the feature table: every box-sized outline, marked true when it lies where
            # a truth box lies (matched through the detections' rotation).
            true_boxes = {b.bbox for _, b in pairs}
            shapes.extend(
                (s, s.bbox in true_boxes or _near(s, pairs))
                for s in checkboxes.measure_candidates(grey, dpi)
            )
    return results, shapes


def _near(shape: Shape, pairs: list[tuple[TruthBox, Checkbox]]) -> bool:
    """Whether the outline is (nearly) the outline of a matched box, not a mark inside it."""
    return any(_iou(shape.bbox, b.bbox) > SAME_BOX_IOU for _, b in pairs)


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    iw = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


# --- synthetic pen ticks ---------------------------------------------------------------------


def pen_tick(kind: str, dpi: int, rng: random.Random) -> tuple[Grey, tuple[int, int, int, int]]:
    """One drawn box (side 3-5 mm, border 0.15-0.35 mm) with a pen mark (0.2-0.45 mm; a light
    check 0.15 mm) of ``kind`` and an option word beside it; half of them scanned badly
    (``_degrade``: ±3°, blur, grey paper, noise, JPEG 60). Returns the image and the box."""
    px = dpi / 25.4
    side = round(rng.uniform(3.0, 5.0) * px)
    border = max(1, round(rng.uniform(0.15, 0.35) * px))
    pad = side
    img = np.full((side + 2 * pad, side * 5 + 2 * pad), 255, np.uint8)
    x0, y0 = pad, pad
    x1, y1 = x0 + side - 1, y0 + side - 1
    for k in range(border):
        cv2.rectangle(img, (x0 + k, y0 + k), (x1 - k, y1 - k), 0, 1)
    pen = max(1, round(rng.uniform(0.2, 0.45) * px))
    inner = border + rng.randint(0, 2)

    def pt(fx: float, fy: float) -> tuple[int, int]:
        span = side - 2 * inner
        return round(x0 + inner + fx * span), round(y0 + inner + fy * span)

    if kind == "cross":
        cv2.line(img, pt(0, 0), pt(1, 1), 0, pen, cv2.LINE_AA)
        cv2.line(img, pt(1, 0), pt(0, 1), 0, pen, cv2.LINE_AA)
    elif kind in ("check", "light check"):
        width = pen if kind == "check" else max(1, round(0.15 * px))
        cv2.polylines(img, [np.array([pt(0.1, 0.55), pt(0.4, 0.9), pt(0.95, 0.1)])], False, 0,
                      width, cv2.LINE_AA)
    elif kind == "filled":
        cv2.rectangle(img, (x0, y0), (x1, y1), 0, -1)
    elif kind == "dot":  # a stray mark, not a tick
        cv2.circle(img, pt(0.5, 0.5), max(1, pen // 2), 0, -1)
    cv2.putText(img, "Option", (x1 + side // 2, y1), cv2.FONT_HERSHEY_SIMPLEX, side / 30, 0, 2)
    if rng.random() < 0.5:
        img = _degrade(img, rng)
    return img, (x0, y0, x1 + 1, y1 + 1)


def _degrade(img: Grey, rng: random.Random) -> Grey:
    h, w = img.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-3, 3), 1.0)
    out = cv2.warpAffine(img, matrix, (w, h), borderValue=255)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1))
    out = cv2.convertScaleAbs(out, alpha=0.85, beta=20)
    noise = np.random.default_rng(rng.getrandbits(32)).normal(0, 10, out.shape)
    out = np.clip(out + noise, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=60)
    return np.array(Image.open(buf).convert("L"))


PEN_KINDS = {"empty": False, "dot": False, "light check": True, "check": True, "cross": True,
             "filled": True}
LETTERS = "O0DoQBSR8ÖßgaHMNW"
FONTS = tuple(f"/usr/share/fonts/truetype/dejavu/{name}.ttf" for name in
              ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSansMono"))


def synthetic(seed: int, per_kind: int = 40) -> list[tuple[Shape, bool]]:
    """Drawn boxes with pen marks, and letters that look like boxes, at 200 and 300 dpi.

    Prints what was found; returns the outlines measured (drawn box or not) for the table.
    """
    rng = random.Random(seed)
    measured: list[tuple[Shape, bool]] = []
    print(f"\nDrawn boxes with pen marks ({per_kind} each, 200/300 dpi, half degraded):")
    for kind, ticked in PEN_KINDS.items():
        fills: list[float] = []
        wrong = 0
        for i in range(per_kind):
            dpi = (200, 300)[i % 2]
            img, drawn = pen_tick(kind, dpi, rng)
            measured.extend(
                (s, _iou(s.bbox, drawn) > SAME_BOX_IOU)
                for s in checkboxes.measure_candidates(img, dpi)
            )
            found = [b for b in checkboxes.find_checkboxes(img, dpi)
                     if _iou(b.bbox, drawn) > SAME_BOX_IOU - 0.2]
            if found:
                fills.append(found[0].fill)
                wrong += found[0].ticked != ticked
        if fills:
            print(f"  {kind:12s} found {len(fills)}/{per_kind}, state wrong {wrong};"
                  f" fill {min(fills):.3f}..{statistics.median(fills):.3f}..{max(fills):.3f}")
        else:
            print(f"  {kind:12s} found 0/{per_kind}")
    false_boxes = 0
    outlines = 0
    for font in FONTS:
        for size_pt in (8, 10, 12, 16, 20, 24):
            for dpi in (200, 300):
                face = ImageFont.truetype(font, round(size_pt * dpi / 72))
                size = (round(len(LETTERS) * size_pt * dpi / 72), round(size_pt * dpi / 36))
                pil = Image.new("L", size, 255)
                ImageDraw.Draw(pil).text((10, 10), " ".join(LETTERS), fill=0, font=face)
                img = np.array(pil)
                if rng.random() < 0.5:
                    img = _degrade(img, rng)
                false_boxes += len(checkboxes.find_checkboxes(img, dpi))
                shapes = checkboxes.measure_candidates(img, dpi)
                outlines += len(shapes)
                measured.extend((s, False) for s in shapes)
    print(f"Letters {LETTERS!r} in 4 faces, 8-24 pt, 200/300 dpi, half degraded: {outlines}"
          f" box-sized outlines, {false_boxes} taken for boxes")
    return measured


# --- report ----------------------------------------------------------------------------------


def feature_table(shapes: list[tuple[Shape, bool]], title: str) -> None:
    """Measurements of true boxes against every other box-sized outline."""
    boxes = [s for s, is_box in shapes if is_box]
    others = [s for s, is_box in shapes if not is_box]
    print(f"\n{title}: {len(boxes)} true boxes, {len(others)} other box-sized outlines")
    thin = checkboxes.MAX_BORDER_SHARE
    tests: tuple[tuple[str, str, float, Callable[[Shape], float]], ...] = (
        ("tilt", "max", checkboxes.MAX_TILT_DEG, lambda s: s.tilt),
        ("rectangularity", "min", checkboxes.MIN_RECTANGULARITY, lambda s: s.rectangularity),
        ("corner_ratio", "min", checkboxes.MIN_CORNER_RATIO, lambda s: s.corner_ratio),
        ("side_coverage", "min", checkboxes.MIN_SIDE_COVERAGE, lambda s: s.side_coverage),
        ("edge_wobble", "max", checkboxes.MAX_EDGE_WOBBLE, lambda s: s.edge_wobble),
        ("border/side", "max", thin, lambda s: s.border / s.side),
        ("hole_share", "min", checkboxes.MIN_HOLE_SHARE, lambda s: s.hole_share),
    )
    print("  feature          boxes: min   5%    95%   max  | limit      | others passing:"
          " alone / all other tests")
    for name, kind, limit, get in tests:
        # hole_share applies to thin frames only (filled boxes have none)
        group = boxes if name != "hole_share" else [s for s in boxes if s.border <= s.side * thin]
        values = sorted(get(s) for s in group)
        if not values:
            continue

        def ok(s: Shape, get: Callable[[Shape], float] = get, kind: str = kind,
               limit: float = limit) -> bool:
            return get(s) <= limit if kind == "max" else get(s) >= limit

        alone = sum(ok(s) for s in others)
        rest = [t for t in tests if t[0] != name]
        last = sum(
            not ok(s) and all(
                (g(s) <= lim if k == "max" else g(s) >= lim) for _, k, lim, g in rest
                if not (_ == "hole_share" and s.border > s.side * thin)
            )
            for s in others
        )
        p5, p95 = values[len(values) // 20], values[-1 - len(values) // 20]
        print(f"  {name:15s} {values[0]:6.3f} {p5:6.3f} {p95:6.3f} {values[-1]:6.3f} |"
              f" {kind} {limit:<6} | {alone:5d} / {last:3d}   of {len(others)}")
    false = [s for s in others if checkboxes.classify(s) is not None]
    print(f"  others taken for boxes: {len(false)}")
    for s in false[:10]:
        print("   ", s)


def report(results: list[PageResult]) -> None:
    print(f"{'page':58s} dpi  exp found match tickOK    ms")
    for r in results:
        print(f"{r.name:58s} {r.dpi:3d} {r.expected:4d} {r.found:5d} {r.matched:5d}"
              f" {r.ticked_right:6d} {r.cpu_ms:5.1f}")
    expected = sum(r.expected for r in results)
    found = sum(r.found for r in results)
    matched = sum(r.matched for r in results)
    right = sum(r.ticked_right for r in results)
    print(f"\npages {len(results)}, boxes expected {expected}, found {found}, matched {matched}")
    print(f"detection precision {matched / found if found else 1.0:.3f}"
          f"  recall {matched / expected if expected else 1.0:.3f}")
    print(f"ticked state right on {right}/{matched} matched boxes"
          f" ({right / matched if matched else 1.0:.3f})")
    t_exp = sum(r.ticked_expected for r in results)
    t_found = sum(r.ticked_found for r in results)
    t_both = sum(r.ticked_both for r in results)
    print(f"ticked boxes: expected {t_exp}, reported {t_found}, right {t_both}:"
          f" precision {t_both / t_found if t_found else 1.0:.3f}"
          f"  recall {t_both / t_exp if t_exp else 1.0:.3f}")
    for dpi in sorted({r.dpi for r in results}):
        times = [r.cpu_ms for r in results if r.dpi == dpi]
        print(f"CPU ms per page at {dpi} dpi: mean {statistics.mean(times):.1f}"
              f"  median {statistics.median(times):.1f}  max {max(times):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, help="existing samples (with the text kind)")
    parser.add_argument("--per-type", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--features", action="store_true", help="print the measurements")
    args = parser.parse_args()
    cv2.setNumThreads(1)  # the reading layer runs pages side by side, one core each
    with tempfile.TemporaryDirectory(prefix="bench-cb-") as tmp:
        root = args.dir
        if root is None:
            from samples.generate import generate

            root = Path(tmp)
            generate(root, args.per_type, args.seed, ("text", *SCAN_KINDS), LAYOUTS,
                     doc_types=TYPES, jobs=2)
        results, shapes = run_samples(root)
    report(results)
    if args.features:
        feature_table(shapes, "Sample scans")
        ticked = sorted(s.fill for s, is_box in shapes if is_box and s.fill >= 0.1)
        empty = sorted(s.fill for s, is_box in shapes if is_box and s.fill < 0.1)
        if ticked and empty:
            print(f"  fill of printed boxes: ☐ {empty[0]:.3f}..{empty[-1]:.3f},"
                  f" ☒ {ticked[0]:.3f}..{ticked[-1]:.3f}")
        feature_table(synthetic(args.seed), "Drawn boxes and letters")


if __name__ == "__main__":
    main()
