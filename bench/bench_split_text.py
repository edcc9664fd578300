"""Splitting bench on every layout family: text-layer documents alone and shuffled into batches.

``bench_split`` measures bulk scans of the tuning layouts through OCR. This bench measures the
start rule (``intake.pipeline.start_rule``) where layouts differ most: it generates
text-layer documents of every type in every known layout (held-out and blind pairs included;
by default one of each type per layout), reads each once, and reports

* documents of several pages that a file of their own splits into more than one (each
  generated file is one document, so every split is wrong);
* the share of documents found with their exact page span when the documents are shuffled
  into batches of ``--batch-min`` to ``--batch-max`` (as a mailroom scans a stack without
  separator sheets), per layout and in total, and the documents missed.

Target (as for scans): >= 98 % exact spans, no page lost.

Usage: ``.venv/bin/python -m bench.bench_split_text [--per-type N] [--seed S] [--jobs J]
[--layouts a,b,...]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_split import renumber
from extractors.words import Page
from intake.pipeline import PipelineOptions, read_pages, split_documents, start_rule
from intake.split import split_pages
from samples.generate import KNOWN_LAYOUTS, generate

Doc = tuple[str, str, list[Page]]  # file name, layout, pages


def read_one(path: Path) -> Doc:
    pages = read_pages(path.read_bytes(), PipelineOptions()).pages
    return path.name, path.name.split("-")[2], pages


def batches(docs: list[Doc], rng: random.Random, low: int, high: int) -> list[list[Doc]]:
    order = docs[:]
    rng.shuffle(order)
    out: list[list[Doc]] = []
    while order:
        size = rng.randint(low, high)
        out.append(order[:size])
        order = order[size:]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-type", type=int, default=0,
                        help="documents per type (default: one per layout)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--layouts", default=",".join(KNOWN_LAYOUTS))
    parser.add_argument("--batch-min", type=int, default=4)
    parser.add_argument("--batch-max", type=int, default=8)
    args = parser.parse_args(argv)
    layouts = args.layouts.split(",")
    per_type = args.per_type or len(layouts)  # layouts are dealt in turn: each once per type
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp), per_type, args.seed, kinds=("text",), layouts=layouts,
                         jobs=args.jobs)
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            docs = list(pool.map(read_one, files, chunksize=4))
    read_s = time.perf_counter() - start
    print(f"{len(docs)} text-layer documents in {len(layouts)} layouts generated and read "
          f"in {read_s:.1f} s")

    several = [d for d in docs if len(d[2]) > 1]
    split_alone = [d for d in several if len(split_documents(d[2], {})) > 1]
    print(f"documents of several pages split when alone: {len(split_alone)}/{len(several)}"
          + "".join(f"\n  {name}" for name, _, _ in split_alone))

    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    lost = 0
    start = time.perf_counter()
    for batch in batches(docs, random.Random(args.seed), args.batch_min, args.batch_max):
        pages: list[Page] = []
        spans: list[list[int]] = []
        for _, _, doc_pages in batch:
            first = len(pages) + 1
            pages += [renumber(p, first + i) for i, p in enumerate(doc_pages)]
            spans.append(list(range(first, len(pages) + 1)))
        result = split_pages(pages, {}, starts_document=start_rule())
        got = [list(d) for d in result.documents]
        lost += len(pages) - sum(len(d) for d in got)
        for (name, layout, _), span in zip(batch, spans, strict=True):
            total[layout] += 1
            if span in got:
                found[layout] += 1
            else:
                missed.append(f"{name} {span} -> {[g for g in got if set(g) & set(span)]}")
    split_s = time.perf_counter() - start
    share = 100 * sum(found.values()) / max(1, sum(total.values()))
    print(f"batches of {args.batch_min}-{args.batch_max}: exact spans "
          f"{sum(found.values())}/{sum(total.values())} = {share:.1f} %, pages lost {lost}, "
          f"split {split_s:.1f} s")
    for layout in sorted(total, key=lambda k: found[k] / total[k]):
        if found[layout] < total[layout]:
            print(f"  {layout}: {found[layout]}/{total[layout]}")
    print("missed:" + "".join(f"\n  {m}" for m in missed))
    print(f"target >= 98 % exact spans and 0 pages lost: "
          f"{'met' if share >= 98 and lost == 0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
