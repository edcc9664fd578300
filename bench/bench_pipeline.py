"""Pipeline bench: seconds per page end to end, and the scanned-page cost over plain Tesseract.

Generates forms of every catalog type (tuning layouts) as text-layer PDFs and as clean
300 dpi scans, then, in one run and interleaved:

* times ``process_bytes`` (read → classify → extract → validate → route) per text-layer page;
* times ``process_bytes`` per scanned page and ``tesseract IMAGE - -l deu+eng`` on the very
  same image (both with ``OMP_THREAD_LIMIT=1``), and prints the ratio of the medians, of the
  totals, and of the totals per document type (identity pages read their zone a second time).

Design targets: a text-layer page under 50 ms; a scanned page at most 1.2 × plain Tesseract.

Usage: ``.venv/bin/python -m bench.bench_pipeline [--per-type N] [--scans clean,degraded,dpi200]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from intake.pipeline import process_bytes
from samples.generate import TUNING_LAYOUTS, generate

TARGET_TEXT_S = 0.050
TARGET_RATIO = 1.2


def _time(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-type", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--scans", default="clean",
                        help="scan kinds, comma-separated: clean, degraded, dpi200")
    args = parser.parse_args()
    os.environ["OMP_THREAD_LIMIT"] = "1"
    by_type: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp), args.per_type, args.seed,
                         kinds=("text", *args.scans.split(",")), layouts=TUNING_LAYOUTS)
        texts = [f for f in files if f.name.endswith("-text.pdf")]
        # Scans as single-page images tesseract reads directly (multi-page TIFFs and
        # image-only PDFs are left out of the comparison).
        scans = [f for f in files if f.suffix in (".png", ".jpg")]
        process_bytes(texts[0].read_bytes(), texts[0].name)  # imports and caches warm
        text_s = [_time(lambda f=f: process_bytes(f.read_bytes(), f.name)) for f in texts]
        pipeline_s: list[float] = []
        tesseract_s: list[float] = []
        for f in scans:
            tesseract_s.append(_time(lambda f=f: subprocess.run(
                ["tesseract", str(f), "-", "-l", "deu+eng"], check=True,
                capture_output=True)))
            pipeline_s.append(_time(lambda f=f: process_bytes(f.read_bytes(), f.name)))
            by_type.setdefault(f.name.split("-")[0], []).append(
                (pipeline_s[-1], tesseract_s[-1]))
    text_med = statistics.median(text_s)
    ratio = statistics.median(pipeline_s) / statistics.median(tesseract_s)
    verdict = "met" if text_med < TARGET_TEXT_S else "MISSED"
    print(f"text-layer pages: {len(text_s)}  median {text_med * 1000:.1f} ms/page  "
          f"mean {statistics.fmean(text_s) * 1000:.1f} ms/page  "
          f"(target < {TARGET_TEXT_S * 1000:.0f} ms: {verdict})")
    print(f"scanned pages:    {len(pipeline_s)}  pipeline median "
          f"{statistics.median(pipeline_s):.2f} s/page, plain tesseract median "
          f"{statistics.median(tesseract_s):.2f} s/page")
    for name, pairs in sorted(by_type.items()):
        total = sum(p for p, _ in pairs) / sum(t for _, t in pairs)
        print(f"  {name:27s} {len(pairs):3d} pages  pipeline/tesseract {total:.2f}")
    total_ratio = sum(pipeline_s) / sum(tesseract_s)
    print(f"ratio of the totals: {total_ratio:.2f}")
    print(f"ratio pipeline / plain tesseract: {ratio:.2f} "
          f"(target <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'MISSED'})")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
