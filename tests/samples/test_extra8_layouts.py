"""The eighth extra pair of blind held-out layouts (``kiosk``, ``sheet``): opt-in like the other
extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF and as
a scan with catalog-true truth, the text layer prints each truth value, identity documents
keep a whole machine-readable zone, and generation is reproducible. Kept small: one document
per type and layout."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from samples.catalog import DOCUMENT_TYPES, all_fields
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA8_LAYOUTS,
    HELD_OUT,
    HOLDOUT_LAYOUTS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    TUNING_LAYOUTS,
    TURNED_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    resolve_layouts,
)
from samples.wording_extra7 import all_label_strings as extra7_strings
from samples.wording_extra8 import (
    DWELLING8,
    KIOSK_LABELS,
    KIOSK_SECTIONS,
    KIOSK_TITLES,
    KIOSK_WORDS,
    PURPOSE8,
    SHARED_WORDS,
    SHEET_LABELS,
    SHEET_SECTIONS,
    SHEET_TITLES,
    SHEET_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
)
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths


@pytest.fixture(scope="module")
def extra8(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and a 200 dpi scan."""
    out = tmp_path_factory.mktemp("extra8")
    for layout in EXTRA8_LAYOUTS:
        generate(out, per_type=1, seed=81, kinds=("text", "dpi200"), layouts=[layout], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def test_extra8_group_is_opt_in() -> None:
    assert EXTRA8_LAYOUTS == ("kiosk", "sheet")
    assert OPT_IN_GROUPS["extra8"] == EXTRA8_LAYOUTS
    assert expand_opt_in(["extra8"]) == list(EXTRA8_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra8"])) == EXTRA8_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra8", "sheet"])) == (
        "colon", *EXTRA8_LAYOUTS)
    assert resolve_layouts(["sheet", "kiosk"]) == ("sheet", "kiosk")
    assert set(EXTRA8_LAYOUTS) <= set(OPT_IN_LAYOUTS) and set(EXTRA8_LAYOUTS) <= set(KNOWN_LAYOUTS)
    # the default selection, "all" and every older group stay as they were
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA8_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra8":
            assert set(EXTRA8_LAYOUTS).isdisjoint(opt_in), name
            assert set(EXTRA8_LAYOUTS).isdisjoint(resolve_layouts(expand_opt_in([name])))
    older: tuple[tuple[str, ...], ...] = (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS,
                                          EXAMPLE_LAYOUTS, TURNED_LAYOUTS)
    for group in older:
        assert set(EXTRA8_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 26  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra8"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def test_extra8_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(KIOSK_TITLES) == set(SHEET_TITLES) == set(DOCUMENT_TYPES)
    assert set(KIOSK_LABELS) == set(SHEET_LABELS)
    assert set(KIOSK_SECTIONS) | {"spouses"} == set(SHEET_SECTIONS)
    for pool in (KIOSK_LABELS, KIOSK_SECTIONS, KIOSK_TITLES, KIOSK_WORDS, SHEET_LABELS,
                 SHEET_SECTIONS, SHEET_TITLES, SHEET_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    seen = older_strings() | set(extra7_strings())  # the eleven older pools
    assert [s for s in mine if s in seen] == []
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []  # not even up to case or punctuation
    for options in KIOSK_LABELS.values():
        assert all(s == s.upper() for s in options)  # the terminal prints in capitals
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def _variants(name: str, value: str) -> set[str]:
    """How these layouts may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value) | {value}
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE8[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING8[value])
    return {value}


def test_every_type_in_both_layouts_with_catalog_truth(extra8: Path) -> None:
    truths = _truths(extra8)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA8_LAYOUTS
        for kind in ("text", "dpi200")}
    for truth in truths:
        assert truth["holdout"] is True
        assert truth["layout"] in EXTRA8_LAYOUTS
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra8 / truth["file"]).is_file()
        if truth["kind"] == "dpi200":
            assert truth["format"] == ("png" if truth["pages"] == 1 else "pdf")


def test_text_layer_prints_every_truth_value(extra8: Path) -> None:
    for truth in _truths(extra8, "text"):
        text = _pdf_text(extra8 / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_identity_zone_lines_stay_whole(extra8: Path) -> None:
    """Each line of the zone is printed unbroken on one line (the copy's zone, and the
    terminal's reading of it)."""
    for truth in _truths(extra8, "text"):
        if truth["document_type"] != "identity_document":
            continue
        with pdfplumber.open(extra8 / truth["file"]) as pdf:
            lines = [ln.replace(" ", "") for page in pdf.pages
                     for ln in (page.extract_text() or "").splitlines()]
        for zone_line in truth["mrz"]:
            found = sum(zone_line in ln for ln in lines)
            assert found >= 1, (truth["file"], zone_line)


def test_kiosk_is_a_narrow_strip_and_sheet_has_headings(extra8: Path) -> None:
    for truth in _truths(extra8, "text"):
        with pdfplumber.open(extra8 / truth["file"]) as pdf:
            page = pdf.pages[0]
            words = page.extract_words()
            if truth["layout"] == "kiosk":
                if truth["document_type"] == "identity_document":
                    continue  # the receipt lies beside a copy of the document
                chars = [c for c in page.chars if c["text"].strip()]
                xs = [c["x0"] for c in chars]
                # the strip's text sits within about 80 mm, whatever the page
                assert max(xs) - min(xs) < 80 * 72 / 25.4 + 40, truth["file"]
            else:
                texts = {w["text"] for w in words}
                assert {"A", "B", "C", "D", "1", "2", "3"} <= texts, truth["file"]


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "dpi200")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 1, 9, kinds, EXTRA8_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 1, 9, kinds, EXTRA8_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra8", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA8_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
