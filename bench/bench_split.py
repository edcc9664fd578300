"""Bulk-scan splitting bench: batches of generated documents through OCR and ``split_pages``.

Generates ``--per-type`` documents of every type as "clean" scans (300 dpi PNG, two-page ones
as TIFF), shuffles them into batches of 5–10 documents and assembles each batch four ways:
plain, with a separator sheet between documents, with a blank back after every page (a
duplex scan of one-sided paper), and both. Every distinct page image (each document page, the
separator sheet, a few noisy blank backs) is OCR'd once through
``extractors.read.read_document_with_images`` on a TIFF, as ``intake.pipeline.read_pages``
would read it; a batch's pages are then renumbered copies. (Reading a whole multi-page TIFF per
batch gives the same pages, page by page, at four times the OCR cost.)

``split_pages`` runs with the brief's ``starts_document = classify_pages([page]).document_type
is not None`` and with stricter alternatives (``PREDICATES``; the recommended one needs the
type's title in the top 40 % of the page). Printed per predicate and variant: the share of
documents found with their exact page span, pages lost (must be 0), seconds; and how first
and second pages of the documents fare with each predicate on their own, and on which pages
the QR detector located a code it could not decode. Target: >= 98 % exact spans.

Usage: ``.venv/bin/python -m bench.bench_split [--per-type N] [--seed S] [--jobs J]
[--cache DIR]`` (``--cache`` keeps the OCR'd pages of a seed so that predicates can be compared
again without OCR; images are kept as lossless PNG).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import pickle
import random
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Final

import cv2
import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.read import read_document_with_images
from extractors.words import Page
from intake.pipeline import MRZ_START_SCORE, classify_pages, label_index, start_rule
from intake.split import (
    SplitResult,
    StartRule,
    content_words,
    is_separator,
    page_head,
    render_separator_sheet,
    split_pages,
)
from samples import raster
from samples.generate import generate
from schemas.registry import TYPES

DPI: Final = 300
TARGET_EXACT: Final = 0.98
BATCH_DOCS: Final = (5, 10)
BLANK_VARIANTS: Final = 3
VARIANTS: Final = ("plain", "separators", "blank backs", "separators+blanks")


@dataclasses.dataclass(slots=True)
class Doc:
    name: str
    doc_type: str
    images: list[np.ndarray]
    pages: int = 0


def load_docs(out_dir: Path, per_type: int, seed: int, jobs: int) -> list[Doc]:
    """Generate clean scans and load their page images with the truth's type."""
    docs = []
    for path in generate(out_dir, per_type, seed, kinds=("clean",), jobs=jobs):
        stem = path.name.rsplit(".", 1)[0]
        truth = json.loads((path.parent / f"{stem}.truth.json").read_text(encoding="utf-8"))
        with Image.open(path) as img:
            frames = []
            for i in range(getattr(img, "n_frames", 1)):
                img.seek(i)
                frames.append(np.array(img.convert("L")))
        assert len(frames) == truth["pages"], path
        docs.append(Doc(path.name, truth["document_type"], frames, len(frames)))
    return docs


def blank_back(seed: int, shape: tuple[int, int]) -> np.ndarray:
    """An empty back as scanned: paper tone, sensor noise, a few specks, a slight shadow."""
    rng = np.random.default_rng(seed)
    img = np.full(shape, 236.0, np.float32) + rng.normal(0, 10, shape)
    img[:, :12] -= 60  # scanner edge shadow; outside the blank check's inner area
    out = np.clip(img, 0, 255).astype(np.uint8)
    h, w = shape
    for _ in range(int(rng.integers(3, 10))):
        centre = (int(rng.integers(100, w - 100)), int(rng.integers(100, h - 100)))
        cv2.circle(out, centre, int(rng.integers(2, 6)), 50, -1)
    return out


def tiff_bytes(img: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="TIFF", dpi=(DPI, DPI), compression="tiff_deflate")
    return buf.getvalue()


def read_one(img: np.ndarray) -> tuple[Page, np.ndarray | None]:
    """One page image read as the pipeline reads a scanned page."""
    result = read_document_with_images(tiff_bytes(img))
    page = result.pages[0]
    return page, result.images.get(page.number)


def renumber(page: Page, number: int) -> Page:
    words = [dataclasses.replace(w, page=number) for w in page.words]
    return dataclasses.replace(page, number=number, words=words, notes=list(page.notes))


def assemble(docs: list[Doc], variant: str, read: dict[str, tuple[Page, np.ndarray | None]],
             rng: random.Random) -> tuple[list[Page], dict[int, np.ndarray], list[list[int]]]:
    """A batch's pages and images, and each document's truth page span (content pages)."""
    pages: list[Page] = []
    images: dict[int, np.ndarray] = {}
    spans: list[list[int]] = []

    def add(key: str) -> int:
        page, image = read[key]
        number = len(pages) + 1
        pages.append(renumber(page, number))
        if image is not None:
            images[number] = image
        return number

    separators = "separators" in variant
    blanks = "blank" in variant
    for d, doc in enumerate(docs):
        if separators and d > 0:
            add("separator")
        span = []
        for i in range(doc.pages):
            span.append(add(f"{doc.name}#{i}"))
            if blanks:
                add(f"blank#{rng.randrange(BLANK_VARIANTS)}")
        spans.append(span)
    return pages, images, spans


def starts_document(page: Page) -> bool:
    """The predicate the brief proposes: the page's own words classify as a catalog type."""
    return classify_pages([page]).document_type is not None


def starts_document_titled(page: Page) -> bool:
    """A stricter alternative: the page classifies and names its type (a title cue) in its top
    part, or it is an identity document (zone and words). A second page repeats a form's
    labels, and a certificate's footer names its register, but neither has the title on top."""
    found = classify_pages([page])
    if found.document_type is None:
        return False
    spec = TYPES[found.document_type]
    if spec.extra.get("mrz"):
        return found.score >= MRZ_START_SCORE
    return bool(label_index([page_head(page)]).find(spec.title_cues, resolve=False))


def starts_document_title_or_head(page: Page) -> bool:
    """Title on top, or the head classifies as the same type as the whole page."""
    if starts_document_titled(page):
        return True
    whole = classify_pages([page]).document_type
    return whole is not None and classify_pages([page_head(page)]).document_type == whole


def page_only(predicate: Callable[[Page], bool]) -> Callable[[], StartRule]:
    """A predicate of the page alone as a start rule (the current document is ignored)."""
    return lambda: lambda page, _current: predicate(page)


RECOMMENDED: Final = "pipeline start_rule"
#: Label → a factory of start rules (one rule per split: the pipeline's caches per split).
PREDICATES: Final[dict[str, Callable[[], StartRule]]] = {
    "classifies": page_only(starts_document),
    "classifies+title on top": page_only(starts_document_titled),
    "title on top or head classifies": page_only(starts_document_title_or_head),
    RECOMMENDED: start_rule,
}


def score(result: SplitResult, spans: list[list[int]], total: int) -> tuple[int, int]:
    """Documents found with their exact span, and pages lost."""
    found = {tuple(doc) for doc in result.documents}
    exact = sum(1 for span in spans if tuple(span) in found)
    lost = total - len(set(result.all_pages()))
    return exact, lost


Read = dict[str, tuple[Page, np.ndarray | None]]


def _pack(read: Read) -> dict[str, tuple[Page, bytes | None]]:
    out: dict[str, tuple[Page, bytes | None]] = {}
    for key, (page, image) in read.items():
        png = None if image is None else cv2.imencode(".png", image)[1].tobytes()
        out[key] = (page, png)
    return out


def _unpack(packed: dict[str, tuple[Page, bytes | None]]) -> Read:
    return {key: (page, None if png is None else
                  cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE))
            for key, (page, png) in packed.items()}


def read_corpus(per_type: int, seed: int, jobs: int, cache: Path | None) -> tuple[list[Doc], Read]:
    """The seed's documents (images dropped, page counts kept) and every distinct page read.

    Keys are ``{seed}:{name}#{page index}``, ``separator`` and ``blank#{n}``.
    """
    cached = cache / f"split-read-{seed}-{per_type}.pkl" if cache else None
    if cached is not None and cached.exists():
        with cached.open("rb") as fh:
            docs, packed = pickle.load(fh)
        return docs, _unpack(packed)
    with tempfile.TemporaryDirectory() as tmp:
        docs = load_docs(Path(tmp), per_type, seed, jobs)
    shape = docs[0].images[0].shape
    unique: dict[str, np.ndarray] = {f"{seed}:{d.name}#{i}": img for d in docs
                                     for i, img in enumerate(d.images)}
    unique["separator"] = raster.rotate(raster.rasterise(render_separator_sheet(), DPI)[0], 0.4)
    for b in range(BLANK_VARIANTS):
        unique[f"blank#{b}"] = blank_back(b, shape)
    keys = list(unique)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        read = dict(zip(keys, pool.map(read_one, [unique[k] for k in keys]), strict=True))
    docs = [Doc(f"{seed}:{d.name}", d.doc_type, [], len(d.images)) for d in docs]
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with cached.open("wb") as fh:
            pickle.dump((docs, _pack(read)), fh)
    return docs, read


def make_batches(docs: list[Doc], rng: random.Random) -> list[list[Doc]]:
    """The documents shuffled into batches of ``BATCH_DOCS`` documents."""
    order = list(docs)
    rng.shuffle(order)
    batches: list[list[Doc]] = []
    while order:
        size = rng.randint(*BATCH_DOCS)
        batches.append(order[:size])
        order = order[size:]
    return batches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--per-type", type=int, default=3)
    parser.add_argument("--seed", type=int, nargs="+", default=[0],
                        help="one or more seeds; each gives its own documents and batches")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder to keep OCR'd pages in between runs")
    parser.add_argument("--only", default=None, help="run only this predicate")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract per core, not oversubscribed

    start = time.perf_counter()
    docs: list[Doc] = []
    read: Read = {}
    batches: list[list[Doc]] = []
    for seed in args.seed:
        seed_docs, seed_read = read_corpus(args.per_type, seed, args.jobs, args.cache)
        docs += seed_docs
        read.update(seed_read)
        batches += make_batches(seed_docs, random.Random(seed))
    ocr_s = time.perf_counter() - start
    print(f"seeds {args.seed}: {len(docs)} documents, {len(read)} distinct page images "
          f"generated and OCR'd (or loaded) in {ocr_s:.1f} s; {len(batches)} batches")
    predicates = {k: v for k, v in PREDICATES.items() if args.only in (None, k)}

    # How pages classify on their own: first pages should, later pages should not.
    for label, factory in predicates.items():
        rule = factory()
        firsts = [d.name for d in docs if not rule(read[f"{d.name}#0"][0], [])]
        # A later page judged with its document's first page as the current document.
        later = [f"{d.name}#{i}" for d in docs for i in range(1, d.pages)
                 if factory()(read[f"{d.name}#{i}"][0], [read[f"{d.name}#0"][0]])]
        many = sum(d.pages - 1 for d in docs)
        print(f"[{label}] first pages that start a document: {len(docs) - len(firsts)}/"
              f"{len(docs)} {firsts or ''}; later pages that would (wrongly) start one: "
              f"{len(later)}/{many} {later or ''}")
    for key in ("separator", *(f"blank#{b}" for b in range(BLANK_VARIANTS))):
        page = read[key][0]
        print(f"  {key}: {len(page.words)} OCR words")
    for key, (page, image) in read.items():
        sep = is_separator(image, page)
        if key != "separator" and sep.found:
            print(f"  QR-like code on {key}: {sep}, {content_words(page)} content words")

    verdicts = {}
    for n, (label, predicate) in enumerate(predicates.items()):
        # With separators the predicate is never called: those variants are run once.
        variants = VARIANTS if n == 0 else tuple(v for v in VARIANTS if "separators" not in v)
        print(f"starts_document = {label}")
        verdicts[label] = run_variants(batches, read, predicate, variants)
    print(f"total {time.perf_counter() - start:.1f} s; target >= {TARGET_EXACT:.0%} exact spans "
          f"and 0 pages lost: " + ", ".join(
              f"{label}: {'met' if ok else 'NOT met'}" for label, ok in verdicts.items()))
    return 0 if verdicts.get(RECOMMENDED, all(verdicts.values())) else 1


def run_variants(batches: list[list[Doc]], read: dict[str, tuple[Page, np.ndarray | None]],
                 factory: Callable[[], StartRule], variants: tuple[str, ...]) -> bool:
    """Split every batch in every variant; print the figures; whether the target was met."""
    ok = True
    for variant in variants:
        exact = total_docs = lost = 0
        misses: list[str] = []
        t0 = time.perf_counter()
        for batch in batches:
            pages, images, spans = assemble(batch, variant, read, random.Random(len(batch)))
            result = split_pages(pages, images, factory())
            e, lo = score(result, spans, len(pages))
            exact, total_docs, lost = exact + e, total_docs + len(spans), lost + lo
            found = {tuple(doc) for doc in result.documents}
            misses += [doc.name for doc, span in zip(batch, spans, strict=True)
                       if tuple(span) not in found]
            if result.undecodable:
                misses.append(f"undecodable separator pages {result.undecodable}")
            if result.unreadable_codes:
                misses.append(f"(unreadable codes on content pages {result.unreadable_codes})")
        seconds_split = time.perf_counter() - t0
        share = exact / max(1, total_docs)
        ok = ok and share >= TARGET_EXACT and lost == 0
        print(f"{variant:>18}: {len(batches)} batches, exact spans {exact}/{total_docs} "
              f"= {share:.1%}, pages lost {lost}, split {seconds_split:.1f} s"
              + (f"; missed: {', '.join(misses)}" if misses else ""))
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
