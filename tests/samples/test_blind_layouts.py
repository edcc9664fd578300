"""The blind held-out layouts (``grid``, ``ledger``): every type generates with catalog-true
truth, the page prints each truth value in one of the layouts' styles, and nothing runs off
the page, over another word or across a ruled line."""

from __future__ import annotations

import json
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from samples import pools
from samples.catalog import DOCUMENT_TYPES
from samples.generate import (
    BLIND_LAYOUTS,
    EXAMPLE_LAYOUTS,
    HOLDOUT_LAYOUTS,
    KINDS,
    TUNING_LAYOUTS,
    examples,
    generate,
    resolve_layouts,
)
from samples.pen import PAGE_H, PAGE_W
from samples.wording import COMMON, HOLDOUT, PURPOSE_OPTIONS, PURPOSE_WORDING, TITLES
from samples.wording_blind import (
    BLIND,
    BLIND_TITLES,
    SEX_CAPITAL,
    SEX_LETTER,
    SEX_SHORT,
    printed_dates,
)
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

EXAMPLES = Path(__file__).resolve().parents[2] / "samples" / "examples"
PER_TYPE = 3 * len(BLIND_LAYOUTS)  # every type in every blind layout, three times


@pytest.fixture(scope="module")
def blind_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("blind_text")
    generate(out, per_type=PER_TYPE, seed=23, kinds=("text",), layouts=BLIND_LAYOUTS, jobs=2)
    return out


def test_blind_layouts_are_held_out_and_selectable() -> None:
    assert set(BLIND_LAYOUTS) <= set(HOLDOUT_LAYOUTS)
    assert set(BLIND_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert "twocol" in HOLDOUT_LAYOUTS
    assert resolve_layouts(["blind"]) == BLIND_LAYOUTS
    assert set(BLIND_LAYOUTS) <= set(resolve_layouts(["holdout"]))
    assert set(BLIND_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)


def test_blind_wording_is_a_pool_of_its_own() -> None:
    assert set(BLIND) == set(COMMON)
    seen = {s for pool in (COMMON, HOLDOUT) for options in pool.values() for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    blind = [s for options in BLIND.values() for s in options]
    blind += [s for options in BLIND_TITLES.values() for s in options]
    assert all(options for options in BLIND.values())
    assert set(BLIND_TITLES) == set(DOCUMENT_TYPES)
    assert [s for s in blind if s in seen] == []


def test_every_type_in_every_blind_layout(blind_text: Path) -> None:
    check_every_type(blind_text, BLIND_LAYOUTS, PER_TYPE)


def check_every_type(folder: Path, layouts: tuple[str, ...], per_type: int) -> None:
    """Every type in every layout, with valid truth, held out, its file written."""
    truths = load_truths(folder)
    assert len(truths) == per_type * len(DOCUMENT_TYPES)
    pairs = {(t["document_type"], t["layout"]) for t in truths}
    assert pairs == {(d, layout) for d in DOCUMENT_TYPES for layout in layouts}
    for truth in truths:
        check_truth(truth)
        assert truth["holdout"] is True
        assert (folder / truth["file"]).is_file()


def _variants(name: str, value: str) -> set[str]:
    """How a blind layout may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return {table[value] for table in (SEX_CAPITAL, SEX_SHORT, SEX_LETTER)}
    if name == "nationality":
        adjective, country = pools.NATIONALITIES[value]
        words = {adjective, adjective[0].upper() + adjective[1:], country}
        return words | {w.upper() for w in words}
    if name == "desired_plate":
        area, rest = value.split("-")
        letters, digits = rest.split(" ")
        return {value, f"{area} {letters} {digits}", f"{area}-{letters}{digits}"}
    if name == "register_number":
        return {value, value.replace(" ", "", 1)}
    if name == "purpose":
        return set(PURPOSE_WORDING[value]) | {dict(PURPOSE_OPTIONS)[value]}
    if name == "dwelling":
        return {"Hauptwohnung" if value == "main" else "Nebenwohnung"}
    return {value}


def test_text_layer_prints_every_truth_value(blind_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(blind_text):
        text = _pdf_text(blind_text / truth["file"])
        compact = text.replace(" ", "")
        if truth["document_type"] == "identity_document":
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            if name == "iban":
                assert value in compact, truth["file"]
                continue
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
    # the blind layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 8
    assert len(styles["sex"]) >= 3
    assert len(styles["nationality"]) >= 3


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
    h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]),
                  (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
    return w * h / smaller


def _segments(page: Any) -> list[tuple[float, float, float, float]]:
    """Stroked straight lines and rectangle edges as (x0, top, x1, bottom)."""
    out = [(ln["x0"], ln["top"], ln["x1"], ln["bottom"]) for ln in page.lines]
    for r in page.rects:
        if r.get("stroke"):
            x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
            out += [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom),
                    (x1, top, x1, bottom)]
    return out


def _crosses(seg: tuple[float, float, float, float], ch: dict[str, Any]) -> bool:
    """Whether a line passes through the core of a glyph (not its ascender or descender)."""
    x0, top, x1, bottom = seg
    core_top = ch["top"] + 0.35 * (ch["bottom"] - ch["top"])
    core_bottom = ch["bottom"] - 0.35 * (ch["bottom"] - ch["top"])
    core_x0 = ch["x0"] + 0.25 * (ch["x1"] - ch["x0"])
    core_x1 = ch["x1"] - 0.25 * (ch["x1"] - ch["x0"])
    if abs(bottom - top) < 0.5:  # horizontal
        return core_top < top < core_bottom and x0 < core_x1 and x1 > core_x0
    if abs(x1 - x0) < 0.5:  # vertical
        return core_x0 < x0 < core_x1 and top < core_bottom and bottom > core_top
    return False


def test_nothing_overflows_or_overlaps(blind_text: Path) -> None:
    check_page_geometry(blind_text)


def check_page_geometry(folder: Path) -> None:
    """No glyph off the page, no words on top of each other, no ruled line through text."""
    for truth in load_truths(folder):
        with pdfplumber.open(folder / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"]
            for page in pdf.pages:
                chars = [c for c in page.chars if c["text"].strip()]
                assert chars, truth["file"]
                for c in chars:
                    assert c["x0"] >= 15 and c["x1"] <= PAGE_W - 15, (truth["file"], c["text"])
                    assert c["top"] >= 15 and c["bottom"] <= PAGE_H - 15, truth["file"]
                words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
                for a, b in combinations(words, 2):
                    assert _overlap(a, b) < 0.2, (truth["file"], a["text"], b["text"])
                if truth["document_type"] == "identity_document":
                    continue  # the card's guilloche runs behind its text by design
                segments = _segments(page)
                for c in chars:
                    hits = [s for s in segments if _crosses(s, c)]
                    assert not hits, (truth["file"], c["text"], round(c["x0"]), hits[:1])


def _assert_readable(path: Path, truth: dict[str, Any]) -> None:
    if truth["format"] == "pdf":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            if truth["kind"] == "text":
                assert len(pdf.pages[0].chars) > 200
            else:
                assert pdf.pages[0].images and not pdf.pages[0].chars
        return
    with Image.open(path) as img:
        assert getattr(img, "n_frames", 1) == truth["pages"]
        assert round(img.info["dpi"][0]) == truth["dpi"]
        ink = np.asarray(img.convert("L")) < 128
        assert 0.005 < ink.mean() < 0.25, (truth["file"], ink.mean())  # a drawn form, not blank


def test_blind_layouts_in_every_kind(tmp_path: Path) -> None:
    types = ("anmeldung", "eheurkunde")
    generate(tmp_path, per_type=len(BLIND_LAYOUTS), seed=5, kinds=KINDS, layouts=BLIND_LAYOUTS,
             doc_types=types)
    truths = load_truths(tmp_path)
    assert len(truths) == len(types) * len(BLIND_LAYOUTS) * len(KINDS)
    assert {(t["layout"], t["kind"]) for t in truths} == {
        (layout, kind) for layout in BLIND_LAYOUTS for kind in KINDS}
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_committed_examples_are_reproduced_exactly(tmp_path: Path) -> None:
    """The tuning and twocol layouts draw exactly what they drew before the blind ones came."""
    examples(tmp_path)
    committed = sorted(p.name for p in EXAMPLES.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == committed
    for name in committed:
        if name.endswith((".pdf", ".json")):
            assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert not set(manifest["layouts"]) & set(BLIND_LAYOUTS)
