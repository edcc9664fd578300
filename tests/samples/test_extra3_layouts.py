"""The third extra pair of blind held-out layouts (``mobile``, ``carbon``): a wording pool of
their own, every type generates with catalog-true truth in every kind, the text layer prints
each truth value in one of the layouts' styles, the carbon copies carry an arrival stamp whose
date is none of the truth's dates, and adding them changed nothing the other layouts draw."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA2_LAYOUTS,
    EXTRA3_LAYOUTS,
    EXTRA_LAYOUTS,
    HELD_OUT,
    KINDS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    TUNING_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    resolve_layouts,
)
from samples.pen import PAGE_H, PAGE_W
from samples.wording import COMMON, HOLDOUT, TITLES
from samples.wording_blind import BLIND, BLIND_TITLES, OFFICE_USE
from samples.wording_extra import (
    EXTRA,
    EXTRA_EN,
    EXTRA_TITLES,
    EXTRA_TITLES_EN,
    OFFICE_BOXES,
)
from samples.wording_extra2 import all_label_strings as extra2_strings
from samples.wording_extra3 import (
    CARBON_TITLES,
    DWELLING_WORDS,
    EXTRA3,
    EXTRA3_SECTIONS,
    MOBILE_TITLES,
    PURPOSE_WORDS,
    SEX_TABLES,
    STAMP_MONTHS,
    all_label_strings,
    nationality_printings,
    printed_dates,
)
from samples.wording_final import FINAL, FINAL_TITLES
from tests.samples.test_blind_layouts import check_page_geometry
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 2 * len(EXTRA3_LAYOUTS)  # every type in both layouts, twice
# Where German has only one usual word, every pool uses it.
SHARED_WORDS = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})
MONO = ("Courier", "LiberationMono", "DejaVuSansMono")


@pytest.fixture(scope="module")
def extra3_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra3_text")
    generate(out, per_type=PER_TYPE, seed=43, kinds=("text",), layouts=["extra3"], jobs=2)
    return out


def check_extra3_truth(truth: dict[str, Any]) -> None:
    """``check_truth`` for the extra3 pair, which ``LAYOUTS`` leaves out on purpose."""
    assert truth["layout"] in EXTRA3_LAYOUTS
    assert truth["holdout"] is True
    check_truth({**truth, "layout": LAYOUTS[0]})


def test_extra3_layouts_are_held_out_and_selectable() -> None:
    assert expand_opt_in(["extra3"]) == list(EXTRA3_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra3"])) == EXTRA3_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra3", "mobile"])) == (
        "colon", *EXTRA3_LAYOUTS)
    assert resolve_layouts(["carbon", "letter"]) == ("carbon", "letter")
    assert set(EXTRA3_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert set(EXTRA3_LAYOUTS).isdisjoint(LAYOUTS)  # the default and "all" stay as they were
    assert set(EXTRA3_LAYOUTS).isdisjoint(EXTRA2_LAYOUTS)
    assert set(EXTRA3_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA3_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)
    assert set(EXTRA3_LAYOUTS).isdisjoint(HELD_OUT)
    assert resolve_layouts(["all"]) == LAYOUTS == resolve_layouts(None)
    assert resolve_layouts(["extra2"]) == EXTRA2_LAYOUTS


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _other_strings() -> set[str]:
    seen = {s for pool in (COMMON, HOLDOUT, BLIND, FINAL, EXTRA) for options in pool.values()
            for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    seen |= {s for titles in (BLIND_TITLES, FINAL_TITLES, EXTRA_TITLES)
             for options in titles.values() for s in options}
    seen |= set(EXTRA_EN.values()) | set(EXTRA_TITLES_EN.values())
    seen |= set(OFFICE_USE) | set(OFFICE_BOXES)
    return seen | set(extra2_strings())


def test_extra3_wording_is_a_pool_of_its_own() -> None:
    assert set(MOBILE_TITLES) == set(CARBON_TITLES) == set(DOCUMENT_TYPES)
    for titles in (MOBILE_TITLES, CARBON_TITLES):
        assert all(2 <= len(options) <= 4 for options in titles.values())
    for key, options in EXTRA3.items():
        assert len(set(options)) == len(options), key
        assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    assert all(2 <= len(options) <= 4 for options in EXTRA3_SECTIONS.values())
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    seen = _other_strings()
    assert [s for s in mine if s in seen] == []
    # not even up to case, punctuation or spacing
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def test_every_type_in_both_layouts(extra3_text: Path) -> None:
    truths = load_truths(extra3_text)
    assert len(truths) == PER_TYPE * len(DOCUMENT_TYPES)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA3_LAYOUTS}
    for truth in truths:
        check_extra3_truth(truth)
        assert (extra3_text / truth["file"]).is_file()
    assert any(t["pages"] == 2 for t in truths)
    manifest = json.loads((extra3_text / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, *EXTRA3_LAYOUTS]
    assert manifest["layouts"] == list(EXTRA3_LAYOUTS)


def _variants(name: str, value: str) -> set[str]:
    """How a portal export or a carbon copy may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return {table[value] for table in SEX_TABLES.values()}
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE_WORDS[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return {DWELLING_WORDS[value]}
    return {value}


def test_text_layer_prints_every_truth_value(extra3_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra3_text):
        text = _pdf_text(extra3_text / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
    # the layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 4
    assert len(styles["sex"]) >= 2
    assert len(styles["nationality"]) >= 2


_STAMP_DATE = re.compile(r"(\d{1,2})\.\s*(\d{1,2}|[A-ZÄ]{3,4})\.?\s*(\d{4})")


def _stamp_dates(path: Path) -> list[date]:
    """The dates printed in rotated text (only the rubber stamp is rotated)."""
    with pdfplumber.open(path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars if abs(c["matrix"][1]) > 0.01]
    text = "".join(c["text"] for c in chars)
    months = [m.rstrip(".") for m in STAMP_MONTHS]
    out = []
    for day, month, year in _STAMP_DATE.findall(text):
        number = int(month) if month.isdigit() else months.index(month) + 1
        out.append(date(int(year), number, int(day)))
    return out


def test_carbon_stamp_date_is_no_truth_date(extra3_text: Path) -> None:
    carbon = [t for t in load_truths(extra3_text) if t["layout"] == "carbon"]
    assert len(carbon) == len(DOCUMENT_TYPES) * PER_TYPE // 2
    for truth in carbon:
        stamped = _stamp_dates(extra3_text / truth["file"])
        assert len(stamped) == 1, (truth["file"], stamped)
        dates = {date.fromisoformat(v) for v in truth["fields"].values()
                 if isinstance(v, str) and ISO_DATE.match(v)}
        assert stamped[0] not in dates, truth["file"]
    mobile = [t for t in load_truths(extra3_text) if t["layout"] == "mobile"]
    assert all(_stamp_dates(extra3_text / t["file"]) == [] for t in mobile)


def test_carbon_prints_grey_and_types_black(extra3_text: Path) -> None:
    """The pre-printed form is light grey; the typed values are black and monospaced."""
    for truth in load_truths(extra3_text):
        if truth["layout"] != "carbon" or truth["document_type"] == "identity_document":
            continue
        with pdfplumber.open(extra3_text / truth["file"]) as pdf:
            chars = [c for c in pdf.pages[0].chars if c["text"].strip()]
        typed = [c for c in chars if any(m in c["fontname"] for m in MONO)]
        printed = [c for c in chars if c not in typed and abs(c["matrix"][1]) < 0.01]
        assert typed and printed, truth["file"]
        assert all(c["non_stroking_color"] and max(c["non_stroking_color"]) < 0.2
                   for c in typed), truth["file"]
        grey = [c for c in printed if c["non_stroking_color"]
                and 0.5 <= min(c["non_stroking_color"]) <= 0.75]
        assert len(grey) > 0.9 * len(printed), truth["file"]
        for c in chars:
            assert c["x0"] >= 0 and c["x1"] <= PAGE_W and 0 <= c["top"] <= PAGE_H


def test_mobile_nothing_overflows_or_overlaps(tmp_path: Path) -> None:
    generate(tmp_path, per_type=2, seed=44, kinds=("text",), layouts=("mobile",))
    check_page_geometry(tmp_path)


def _assert_readable(path: Path, truth: dict[str, Any]) -> None:
    """Like the blind layouts' check, but counting the light grey of a carbon's printing."""
    if truth["format"] == "pdf":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            if truth["kind"] == "text":
                assert len(pdf.pages[0].chars) > 150
            else:
                assert pdf.pages[0].images and not pdf.pages[0].chars
        return
    with Image.open(path) as img:
        assert getattr(img, "n_frames", 1) == truth["pages"]
        assert round(img.info["dpi"][0]) == truth["dpi"]
        page = np.asarray(img.convert("L"))
        assert 0.005 < (page < 200).mean() < 0.3, (truth["file"], (page < 200).mean())
        assert (page < 100).mean() > 0.001, truth["file"]  # typed or printed in black too


def test_extra3_layouts_in_every_kind(tmp_path: Path) -> None:
    """Every type in both layouts, each in all four kinds (eheurkunde-000 has two pages)."""
    generate(tmp_path, per_type=len(EXTRA3_LAYOUTS), seed=5, kinds=KINDS,
             layouts=EXTRA3_LAYOUTS, jobs=2)
    truths = load_truths(tmp_path)
    assert len(truths) == len(DOCUMENT_TYPES) * len(EXTRA3_LAYOUTS) * len(KINDS)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA3_LAYOUTS
        for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_extra3_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA3_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA3_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    generate(tmp_path / "c", 2, 10, ("text",), EXTRA3_LAYOUTS, doc_types=types)
    assert [t["fields"] for t in load_truths(tmp_path / "c")] != [
        t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra3
    layouts beside the others changes nothing in them."""
    layouts = ("tabstop", "letter", "caption")
    generate(tmp_path / "alone", 3, 8, ("text",), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 5, 8, ("text",), (*layouts, *EXTRA3_LAYOUTS),
             doc_types=("anmeldung",))
    assert len(list((tmp_path / "mixed").glob("*-mobile-text.pdf"))) == 1
    alone = sorted((tmp_path / "alone").glob("*.pdf"))
    assert len(alone) == 3
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name
    manifest = json.loads((tmp_path / "alone" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, "letter"]
    assert set(EXTRA_LAYOUTS) <= set(manifest["holdout_layouts"])


def test_cli_extra3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra3", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA3_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
