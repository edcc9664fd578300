"""The final blind held-out layouts (``compact``, ``portal``): a wording pool of their own,
every type generates with catalog-true truth, the text layer prints each truth value in one of
the layouts' styles, nothing runs off the page or over another word, all kinds are written,
and adding them changed nothing the other layouts draw."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from samples.catalog import DOCUMENT_TYPES
from samples.content import group_iban
from samples.generate import (
    BLIND_LAYOUTS,
    EXAMPLE_LAYOUTS,
    FINAL_LAYOUTS,
    HOLDOUT_LAYOUTS,
    KINDS,
    LAYOUTS,
    TUNING_LAYOUTS,
    generate,
    main,
    resolve_layouts,
)
from samples.wording import (
    COMMON,
    HOLDOUT,
    PURPOSE_OPTIONS,
    PURPOSE_WORDING,
    SEX_WORDS,
    TITLES,
)
from samples.wording_blind import BLIND, BLIND_TITLES
from samples.wording_final import (
    FINAL,
    FINAL_TITLES,
    PURPOSE_PORTAL,
    SEX_CAPITAL,
    SEX_PAIRED,
    nationality_printings,
    printed_dates,
)
from tests.samples.test_blind_layouts import (
    _assert_readable,
    check_every_type,
    check_page_geometry,
)
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 2 * len(FINAL_LAYOUTS)  # every type in every final layout, twice


@pytest.fixture(scope="module")
def final_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("final_text")
    generate(out, per_type=PER_TYPE, seed=31, kinds=("text",), layouts=FINAL_LAYOUTS, jobs=2)
    return out


def test_final_layouts_are_held_out_and_selectable() -> None:
    assert set(FINAL_LAYOUTS) <= set(HOLDOUT_LAYOUTS) <= set(LAYOUTS)
    assert set(FINAL_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(FINAL_LAYOUTS).isdisjoint(BLIND_LAYOUTS)
    assert resolve_layouts(["final"]) == FINAL_LAYOUTS
    assert resolve_layouts(["blind"]) == ("grid", "ledger")
    assert set(FINAL_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)


def test_final_wording_is_a_pool_of_its_own() -> None:
    assert set(FINAL) == set(COMMON)
    assert set(FINAL_TITLES) == set(DOCUMENT_TYPES)
    assert all(options for options in FINAL.values())
    seen = {s for pool in (COMMON, HOLDOUT, BLIND) for options in pool.values() for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    seen |= {s for options in BLIND_TITLES.values() for s in options}
    final = [s for options in FINAL.values() for s in options]
    final += [s for options in FINAL_TITLES.values() for s in options]
    assert [s for s in final if s in seen] == []
    # not even up to case or surrounding punctuation
    folded = {s.casefold().strip(" :") for s in seen}
    assert [s for s in final if s.casefold().strip(" :") in folded] == []


def test_every_type_in_every_final_layout(final_text: Path) -> None:
    check_every_type(final_text, FINAL_LAYOUTS, PER_TYPE)


def _variants(name: str, value: str) -> set[str]:
    """How a final layout may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return {table[value] for table in (SEX_WORDS, SEX_CAPITAL, SEX_PAIRED)}
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        area, rest = value.split("-")
        return {value, f"{area} {rest}"}
    if name == "purpose":
        return set(PURPOSE_WORDING[value]) | set(PURPOSE_PORTAL[value]) | {
            dict(PURPOSE_OPTIONS)[value]}
    if name == "iban":
        return {value, group_iban(value)}
    return {value}


def _dwelling_printed(text: str) -> str | None:
    """The dwelling a page shows as chosen: ``Hauptwohnung ja`` in a yes/no table, or the one
    option printed alone."""
    options = {"main": "Hauptwohnung", "secondary": "Nebenwohnung"}
    chosen = [key for key, word in options.items() if f"{word} ja" in text]
    if not chosen:
        shown = [key for key, word in options.items() if word in text]
        chosen = shown if len(shown) == 1 else []
    assert len(chosen) <= 1
    return chosen[0] if chosen else None


def test_text_layer_prints_every_truth_value(final_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(final_text):
        text = _pdf_text(final_text / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            if name == "dwelling":
                assert _dwelling_printed(text) == value, truth["file"]
                continue
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
        if truth["document_type"] == "anmeldung" and "dwelling" not in truth["fields"]:
            assert _dwelling_printed(text) is None, truth["file"]
    # the final layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 8
    assert len(styles["sex"]) >= 3
    assert len(styles["nationality"]) >= 3


def test_page_furniture_and_no_foreign_titles(final_text: Path) -> None:
    """The layout's pages have a footer with the page number; the title comes from the final
    pool."""
    for truth in load_truths(final_text):
        with pdfplumber.open(final_text / truth["file"]) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
        assert any(f"Seite {k + 1}" in t for k, t in enumerate(texts)), truth["file"]
        if truth["document_type"] != "identity_document":
            for k, t in enumerate(texts):  # a page of the layout, or the notes page after it
                assert f"Seite {k + 1}" in t or t.startswith("Hinweise\n"), truth["file"]
            assert any(t in texts[0] for t in FINAL_TITLES[truth["document_type"]]), truth["file"]


def test_nothing_overflows_or_overlaps(final_text: Path) -> None:
    check_page_geometry(final_text)


def test_final_layouts_in_every_kind(tmp_path: Path) -> None:
    types = ("anmeldung", "eheurkunde")  # eheurkunde-000 has two pages
    generate(tmp_path, per_type=len(FINAL_LAYOUTS), seed=5, kinds=KINDS, layouts=FINAL_LAYOUTS,
             doc_types=types)
    truths = load_truths(tmp_path)
    assert len(truths) == len(types) * len(FINAL_LAYOUTS) * len(KINDS)
    assert {(t["layout"], t["kind"]) for t in truths} == {
        (layout, kind) for layout in FINAL_LAYOUTS for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the final
    layouts beside the others changes nothing in them."""
    layouts = ("colon", "twocol", "grid")
    generate(tmp_path / "alone", 3, 8, ("text",), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 3, 8, ("text",), (*layouts, *FINAL_LAYOUTS),
             doc_types=("anmeldung",))
    alone = sorted((tmp_path / "alone").glob("*.pdf"))
    assert len(alone) == 3
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name


def test_cli_final(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "final", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(FINAL_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
