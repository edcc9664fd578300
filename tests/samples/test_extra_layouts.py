"""The extra blind held-out layouts (``caption``, ``bilingual``): a wording pool of their own,
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
    EXTRA_LAYOUTS,
    FINAL_LAYOUTS,
    HELD_OUT,
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
from samples.wording_extra import (
    EXTRA,
    EXTRA_EN,
    EXTRA_TITLES,
    EXTRA_TITLES_EN,
    PURPOSE_BILINGUAL,
    SEX_BILINGUAL,
    SEX_UPPER,
    nationality_printings,
    printed_dates,
)
from samples.wording_final import FINAL, FINAL_TITLES
from tests.samples.test_blind_layouts import (
    _assert_readable,
    check_every_type,
    check_page_geometry,
)
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 2 * len(EXTRA_LAYOUTS)  # every type in every extra layout, twice


@pytest.fixture(scope="module")
def extra_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra_text")
    generate(out, per_type=PER_TYPE, seed=37, kinds=("text",), layouts=EXTRA_LAYOUTS, jobs=2)
    return out


def test_extra_layouts_are_held_out_and_selectable() -> None:
    assert set(EXTRA_LAYOUTS) <= set(HELD_OUT) <= set(LAYOUTS)
    assert set(EXTRA_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA_LAYOUTS).isdisjoint(HOLDOUT_LAYOUTS)
    assert HOLDOUT_LAYOUTS == ("grid", "compact", "ledger", "twocol", "portal")
    assert BLIND_LAYOUTS == ("grid", "ledger")
    assert FINAL_LAYOUTS == ("compact", "portal")
    assert resolve_layouts(["extra"]) == EXTRA_LAYOUTS
    assert set(EXTRA_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)


def _other_strings() -> set[str]:
    seen = {s for pool in (COMMON, HOLDOUT, BLIND, FINAL) for options in pool.values()
            for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    seen |= {s for titles in (BLIND_TITLES, FINAL_TITLES) for options in titles.values()
             for s in options}
    return seen


def test_extra_wording_is_a_pool_of_its_own() -> None:
    assert set(EXTRA) == set(COMMON) == set(EXTRA_EN)
    assert set(EXTRA_TITLES) == set(DOCUMENT_TYPES) == set(EXTRA_TITLES_EN)
    assert all(options for options in EXTRA.values())
    seen = _other_strings()
    extra = [s for options in EXTRA.values() for s in options]
    extra += [s for options in EXTRA_TITLES.values() for s in options]
    extra += [*EXTRA_EN.values(), *EXTRA_TITLES_EN.values()]
    extra += [f"{EXTRA[k][0]} / {EXTRA_EN[k]}" for k in EXTRA]
    assert [s for s in extra if s in seen] == []
    # not even up to case or surrounding punctuation
    folded = {s.casefold().strip(" :") for s in seen}
    assert [s for s in extra if s.casefold().strip(" :") in folded] == []
    for s in extra:
        s.encode("cp1252")  # the base-14 fallback prints every label


def test_every_type_in_every_extra_layout(extra_text: Path) -> None:
    check_every_type(extra_text, EXTRA_LAYOUTS, PER_TYPE)


def _variants(name: str, value: str) -> set[str]:
    """How an extra layout may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return {table[value] for table in (SEX_WORDS, SEX_UPPER, SEX_BILINGUAL)}
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        area, rest = value.split("-")
        return {value, f"{area} {rest}"}
    if name == "purpose":
        return (set(PURPOSE_WORDING[value]) | set(PURPOSE_BILINGUAL[value])
                | {dict(PURPOSE_OPTIONS)[value]})
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return {"Hauptwohnung" if value == "main" else "Nebenwohnung"}
    return {value}


def test_text_layer_prints_every_truth_value(extra_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra_text):
        text = _pdf_text(extra_text / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
    # the extra layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 8
    assert len(styles["sex"]) >= 3
    assert len(styles["nationality"]) >= 3


def test_page_furniture_and_no_foreign_titles(extra_text: Path) -> None:
    """Every page of the layout has its page-number footer; the title comes from the extra
    pool."""
    marks = {"caption": "Blatt {n}", "bilingual": "Seite {n} / Page {n}"}
    for truth in load_truths(extra_text):
        with pdfplumber.open(extra_text / truth["file"]) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
        mark = marks[truth["layout"]]
        assert mark.format(n=1) in texts[0], truth["file"]
        if truth["document_type"] != "identity_document":
            for k, t in enumerate(texts):  # a page of the layout, or the notes page after it
                assert mark.format(n=k + 1) in t or t.startswith("Hinweise\n"), truth["file"]
            page = " ".join(texts[0].split()).casefold()  # caption sometimes prints it in capitals
            assert any(t.casefold() in page for t in EXTRA_TITLES[truth["document_type"]]), \
                truth["file"]


def test_nothing_overflows_or_overlaps(extra_text: Path) -> None:
    check_page_geometry(extra_text)


def test_extra_layouts_in_every_kind(tmp_path: Path) -> None:
    types = ("anmeldung", "eheurkunde")  # eheurkunde-000 has two pages
    generate(tmp_path, per_type=len(EXTRA_LAYOUTS), seed=5, kinds=KINDS, layouts=EXTRA_LAYOUTS,
             doc_types=types)
    truths = load_truths(tmp_path)
    assert len(truths) == len(types) * len(EXTRA_LAYOUTS) * len(KINDS)
    assert {(t["layout"], t["kind"]) for t in truths} == {
        (layout, kind) for layout in EXTRA_LAYOUTS for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_truth(truth)
        assert truth["holdout"] is True
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("geburtsurkunde", "aufenthaltstitel_antrag")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra
    layouts beside the others changes nothing in them."""
    layouts = ("tabstop", "ledger", "portal")
    generate(tmp_path / "alone", 3, 8, ("text",), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 3, 8, ("text",), (*layouts, *EXTRA_LAYOUTS),
             doc_types=("anmeldung",))
    alone = sorted((tmp_path / "alone").glob("*.pdf"))
    assert len(alone) == 3
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name


def test_cli_extra(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
