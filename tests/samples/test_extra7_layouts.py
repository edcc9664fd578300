"""The seventh extra pair of blind held-out layouts (``guided``, ``tinted``): opt-in like the
other extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF
and as a scan with catalog-true truth, the text layer prints each truth value, the guided
layout's instruction page states none of them, the tinted layout's tints reach the scans, and
generation is reproducible. Kept small: one document per type and layout."""

from __future__ import annotations

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
    EXTRA7_LAYOUTS,
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
from samples.wording_extra6 import all_label_strings as extra6_strings
from samples.wording_extra7 import (
    DWELLING7,
    GUIDED_TITLES,
    LABELS7,
    PURPOSE7,
    SECTIONS7,
    SHARED_WORDS,
    SHEET_WORDS,
    TINTED_TITLES,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
)
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

APPLICATIONS = ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                "aufenthaltstitel_antrag")


@pytest.fixture(scope="module")
def extra7(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and a 200 dpi scan."""
    out = tmp_path_factory.mktemp("extra7")
    for layout in EXTRA7_LAYOUTS:
        generate(out, per_type=1, seed=71, kinds=("text", "dpi200"), layouts=[layout], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def test_extra7_group_is_opt_in() -> None:
    assert EXTRA7_LAYOUTS == ("guided", "tinted")
    assert OPT_IN_GROUPS["extra7"] == EXTRA7_LAYOUTS
    assert expand_opt_in(["extra7"]) == list(EXTRA7_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra7"])) == EXTRA7_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra7", "tinted"])) == (
        "colon", *EXTRA7_LAYOUTS)
    assert resolve_layouts(["tinted", "guided"]) == ("tinted", "guided")
    assert set(EXTRA7_LAYOUTS) <= set(OPT_IN_LAYOUTS) and set(EXTRA7_LAYOUTS) <= set(KNOWN_LAYOUTS)
    # the default selection, "all" and every older group stay as they were
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA7_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra7":
            assert set(EXTRA7_LAYOUTS).isdisjoint(opt_in), name
    older: tuple[tuple[str, ...], ...] = (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS,
                                          EXAMPLE_LAYOUTS, TURNED_LAYOUTS)
    for group in older:
        assert set(EXTRA7_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 24  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra7"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def test_extra7_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(GUIDED_TITLES) == set(TINTED_TITLES) == set(DOCUMENT_TYPES)
    for pool in (LABELS7, SECTIONS7, SHEET_WORDS, GUIDED_TITLES, TINTED_TITLES):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)
    seen = older_strings() | set(extra6_strings())  # the ten older pools
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def _variants(name: str, value: str) -> set[str]:
    """How these layouts may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE7[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING7[value])
    return {value}


def test_every_type_in_both_layouts_with_catalog_truth(extra7: Path) -> None:
    truths = _truths(extra7)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA7_LAYOUTS
        for kind in ("text", "dpi200")}
    for truth in truths:
        assert truth["holdout"] is True
        assert truth["layout"] in EXTRA7_LAYOUTS
        # guided documents carry an instruction page in front of the form
        check_truth({**truth, "layout": LAYOUTS[0], "pages": min(truth["pages"], 2)})
        path = extra7 / truth["file"]
        assert path.is_file()
        if truth["kind"] == "dpi200":
            assert truth["format"] == ("png" if truth["pages"] == 1 else "pdf")


def test_text_layer_prints_every_truth_value(extra7: Path) -> None:
    for truth in _truths(extra7, "text"):
        text = _pdf_text(extra7 / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def _says(text: str, printed: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(printed)}(?!\w)", text) is not None


def test_guided_pages_and_instructions(extra7: Path) -> None:
    """Guided documents open with an instruction page; applications run over two form pages;
    the instruction page states none of the truth's values."""
    for truth in _truths(extra7, "text"):
        if truth["layout"] != "guided":
            continue
        with pdfplumber.open(extra7 / truth["file"]) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        assert len(pages) == truth["pages"] >= 2, truth["file"]
        if truth["document_type"] in APPLICATIONS:
            assert len(pages) == 3, truth["file"]
        first = pages[0]
        assert len(first) > 300, truth["file"]
        for name, value in truth["fields"].items():
            if name in ("mrz_format", "document_code", "sex") and len(str(value)) <= 3:
                continue
            for v in value if isinstance(value, list) else [value]:
                if name == "house_number" and v.isdigit():
                    continue  # a bare number of one to three digits says nothing
                said = [p for p in _variants(name, v) if len(p) >= 2 and _says(first, p)]
                assert not said, (truth["file"], name, said)


def test_tinted_tints_reach_the_scans(tmp_path: Path) -> None:
    """The scans are greyscale: the tinted fields and bands arrive as light grey areas."""
    types = ("anmeldung", "geburtsurkunde")
    generate(tmp_path, 1, 5, ("clean",), ["tinted"], doc_types=types)
    truths = _truths(tmp_path)
    assert len(truths) == 2
    for truth in truths:
        with Image.open(tmp_path / truth["file"]) as img:
            page = np.asarray(img.convert("L"))
        tint = ((page > 195) & (page < 248)).mean()
        assert tint > 0.08, (truth["file"], tint)
        assert (page < 100).mean() > 0.005, truth["file"]  # bands and text


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "dpi200")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 1, 9, kinds, EXTRA7_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 1, 9, kinds, EXTRA7_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra7(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra7", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA7_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
