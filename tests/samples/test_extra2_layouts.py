"""The second extra pair of blind held-out layouts (``letter``, ``headers``): a wording pool of
their own, every type generates with catalog-true truth in every kind, the text layer prints
each truth value in one of the layouts' styles, letters carry an authority address that is not
the answer, nothing runs off the page or over another word, and adding them changed nothing
the other layouts draw."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from samples.catalog import DOCUMENT_TYPES
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA2_LAYOUTS,
    EXTRA_LAYOUTS,
    HELD_OUT,
    KINDS,
    LAYOUTS,
    TUNING_LAYOUTS,
    generate,
    main,
    resolve_layouts,
)
from samples.render_extra2 import OFFICE_SITES
from samples.wording import COMMON, HOLDOUT, TITLES
from samples.wording_blind import BLIND, BLIND_TITLES
from samples.wording_extra import EXTRA, EXTRA_EN, EXTRA_TITLES, EXTRA_TITLES_EN
from samples.wording_extra2 import (
    DWELLING_WORDS,
    EXTRA2,
    EXTRA2_COLUMNS,
    HEADERS_TITLES,
    LETTER_TITLES,
    PURPOSE_CODES,
    PURPOSE_PHRASES,
    SEX_TABLES,
    all_label_strings,
    nationality_printings,
    printed_dates,
)
from samples.wording_final import FINAL, FINAL_TITLES
from tests.samples.test_blind_layouts import _assert_readable, check_page_geometry
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 2 * len(EXTRA2_LAYOUTS)  # every type in both layouts, twice
# Where German has only one usual word, every pool uses it.
SHARED_WORDS = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})
APPLICATIONS = ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                "aufenthaltstitel_antrag")


@pytest.fixture(scope="module")
def extra2_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra2_text")
    generate(out, per_type=PER_TYPE, seed=41, kinds=("text",), layouts=EXTRA2_LAYOUTS, jobs=2)
    return out


def check_extra2_truth(truth: dict[str, Any]) -> None:
    """``check_truth`` for the extra2 pair, which ``LAYOUTS`` leaves out on purpose."""
    assert truth["layout"] in EXTRA2_LAYOUTS
    assert truth["holdout"] is True
    check_truth({**truth, "layout": LAYOUTS[0]})


def test_extra2_layouts_are_held_out_and_selectable() -> None:
    assert resolve_layouts(["extra2"]) == EXTRA2_LAYOUTS
    assert resolve_layouts(["letter", "colon"]) == ("letter", "colon")
    assert set(EXTRA2_LAYOUTS).isdisjoint(LAYOUTS)  # the default and "all" stay as they were
    assert resolve_layouts(["all"]) == LAYOUTS == resolve_layouts(None)
    assert set(EXTRA2_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA2_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)
    assert list(HELD_OUT) == ["grid", "compact", "ledger", "twocol", "portal", *EXTRA_LAYOUTS]
    with pytest.raises(ValueError):
        resolve_layouts(["extra3"])


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _other_strings() -> set[str]:
    seen = {s for pool in (COMMON, HOLDOUT, BLIND, FINAL, EXTRA) for options in pool.values()
            for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    seen |= {s for titles in (BLIND_TITLES, FINAL_TITLES, EXTRA_TITLES)
             for options in titles.values() for s in options}
    return seen | set(EXTRA_EN.values()) | set(EXTRA_TITLES_EN.values())


def test_extra2_wording_is_a_pool_of_its_own() -> None:
    assert set(LETTER_TITLES) == set(HEADERS_TITLES) == set(DOCUMENT_TYPES)
    assert all(2 <= len(options) <= 4 for options in LETTER_TITLES.values())
    assert all(options for options in (*EXTRA2.values(), *EXTRA2_COLUMNS.values()))
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    seen = _other_strings()
    assert [s for s in mine if s in seen] == []
    # not even up to case, punctuation or spacing ("Geb.-Dat." is "GebDat")
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def test_every_type_in_both_layouts(extra2_text: Path) -> None:
    truths = load_truths(extra2_text)
    assert len(truths) == PER_TYPE * len(DOCUMENT_TYPES)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA2_LAYOUTS}
    for truth in truths:
        check_extra2_truth(truth)
        assert (extra2_text / truth["file"]).is_file()
    manifest = json.loads((extra2_text / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, *EXTRA2_LAYOUTS]
    assert manifest["layouts"] == list(EXTRA2_LAYOUTS)


def _variants(name: str, value: str) -> set[str]:
    """How a letter or printout may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return {table[value] for table in SEX_TABLES.values()}
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE_PHRASES[value]) | set(PURPOSE_CODES[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return {DWELLING_WORDS[value]}
    return {value}


def test_text_layer_prints_every_truth_value(extra2_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra2_text):
        text = _pdf_text(extra2_text / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        words = set(text.split())
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                if not found and truth["layout"] == "headers":
                    # a value wrapped inside a table cell: its words, line by line
                    found = [p for p in _variants(name, v) if set(p.split()) <= words]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
    # the layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 6
    assert len(styles["sex"]) >= 3
    assert len(styles["nationality"]) >= 3


def test_letters_address_an_authority_that_is_not_the_answer(extra2_text: Path) -> None:
    letters = [t for t in load_truths(extra2_text)
               if t["layout"] == "letter" and t["document_type"] in APPLICATIONS]
    assert len(letters) == len(APPLICATIONS) * PER_TYPE // 2
    for truth in letters:
        text = _pdf_text(extra2_text / truth["file"])
        sites = [site for site in OFFICE_SITES if f"{site[1]} {site[0]}" in text]
        assert len(sites) == 1, truth["file"]
        town, code, street = sites[0]
        assert street in text
        fields = truth["fields"]
        assert town != fields["city"] and code != fields["postal_code"]
        assert not street.startswith(fields["street"] + " ")
        for other in ("landlord_address", "previous_address"):
            assert street not in fields.get(other, "") and code not in fields.get(other, "")
        # the letter's own date line is there, and it is none of the truth's dates
        assert re.search(r"\w, (den )?\d", text), truth["file"]


def test_printouts_have_column_headers_and_page_counts(extra2_text: Path) -> None:
    for truth in load_truths(extra2_text):
        if truth["layout"] != "headers":
            continue
        with pdfplumber.open(extra2_text / truth["file"]) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages]
        n = len(texts)
        for k, t in enumerate(texts, 1):
            assert f"Seite {k} von {n}" in t or t.startswith("Hinweise\n"), truth["file"]
        if truth["document_type"] != "identity_document":
            page = " ".join(" ".join(texts).split()).casefold()
            assert any(t.casefold() in page for t in HEADERS_TITLES[truth["document_type"]])


def test_nothing_overflows_or_overlaps(extra2_text: Path) -> None:
    check_page_geometry(extra2_text)


def test_extra2_layouts_in_every_kind(tmp_path: Path) -> None:
    types = ("anmeldung", "eheurkunde", "identity_document")  # eheurkunde-000 has two pages
    generate(tmp_path, per_type=len(EXTRA2_LAYOUTS), seed=5, kinds=KINDS,
             layouts=EXTRA2_LAYOUTS, doc_types=types)
    truths = load_truths(tmp_path)
    assert len(truths) == len(types) * len(EXTRA2_LAYOUTS) * len(KINDS)
    assert {(t["layout"], t["kind"]) for t in truths} == {
        (layout, kind) for layout in EXTRA2_LAYOUTS for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_extra2_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "sterbeurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA2_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA2_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    generate(tmp_path / "c", 2, 10, ("text",), EXTRA2_LAYOUTS, doc_types=types)
    assert [t["fields"] for t in load_truths(tmp_path / "c")] != [
        t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra2
    layouts beside the others changes nothing in them."""
    layouts = ("tabstop", "ledger", "caption")
    generate(tmp_path / "alone", 3, 8, ("text",), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 3, 8, ("text",), (*layouts, *EXTRA2_LAYOUTS),
             doc_types=("anmeldung",))
    alone = sorted((tmp_path / "alone").glob("*.pdf"))
    assert len(alone) == 3
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name
    manifest = json.loads((tmp_path / "alone" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == list(HELD_OUT)


def test_cli_extra2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra2", "--types", "geburtsurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA2_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
