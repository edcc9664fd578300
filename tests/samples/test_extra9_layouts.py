"""The ninth extra pair of blind held-out layouts (``typed``, ``ornate``): opt-in like the other
extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF and as
a scan with catalog-true truth, the text layer prints each truth value, struck-out words are
never truth values, identity documents keep a whole machine-readable zone, and generation is
reproducible. Kept small: one document per type and layout."""

from __future__ import annotations

import ast
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
    EXTRA9_LAYOUTS,
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
from samples.wording_extra7 import all_label_strings as extra7_strings
from samples.wording_extra8 import all_label_strings as extra8_strings
from samples.wording_extra9 import (
    DWELLING9,
    ORNATE_LABELS,
    ORNATE_SECTIONS,
    ORNATE_TITLES,
    ORNATE_WORDS,
    PURPOSE9,
    SEX_BOXES9,
    SEX_ORDER9,
    SHARED_WORDS,
    TYPED_LABELS,
    TYPED_SECTIONS,
    TYPED_TITLES,
    TYPED_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
OLDER_MODULES = ("wording.py", "wording_blind.py", "wording_final.py", "wording_extra.py",
                 *(f"wording_extra{i}.py" for i in range(2, 9)))


@pytest.fixture(scope="module")
def extra9(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and a 200 dpi scan."""
    out = tmp_path_factory.mktemp("extra9")
    for layout in EXTRA9_LAYOUTS:
        generate(out, per_type=1, seed=91, kinds=("text", "dpi200"), layouts=[layout], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def test_extra9_group_is_opt_in() -> None:
    assert EXTRA9_LAYOUTS == ("typed", "ornate")
    assert OPT_IN_GROUPS["extra9"] == EXTRA9_LAYOUTS
    assert expand_opt_in(["extra9"]) == list(EXTRA9_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra9"])) == EXTRA9_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra9", "ornate"])) == (
        "colon", *EXTRA9_LAYOUTS)
    assert resolve_layouts(["ornate", "typed"]) == ("ornate", "typed")
    assert set(EXTRA9_LAYOUTS) <= set(OPT_IN_LAYOUTS) and set(EXTRA9_LAYOUTS) <= set(KNOWN_LAYOUTS)
    # the default selection, "all" and every older group stay as they were
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA9_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra9":
            assert set(EXTRA9_LAYOUTS).isdisjoint(opt_in), name
            assert set(EXTRA9_LAYOUTS).isdisjoint(resolve_layouts(expand_opt_in([name])))
    older: tuple[tuple[str, ...], ...] = (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS,
                                          EXAMPLE_LAYOUTS, TURNED_LAYOUTS)
    for group in older:
        assert set(EXTRA9_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 28  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra9"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _older_literals() -> set[str]:
    """Every string constant of the twelve older wording modules."""
    out: set[str] = set()
    for name in OLDER_MODULES:
        tree = ast.parse((SAMPLES / name).read_text(encoding="utf-8"))
        out |= {node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return out


def test_extra9_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(TYPED_TITLES) == set(ORNATE_TITLES) == set(DOCUMENT_TYPES)
    assert set(TYPED_LABELS) == set(ORNATE_LABELS)
    assert set(TYPED_SECTIONS) == set(ORNATE_SECTIONS)
    for pool in (TYPED_LABELS, TYPED_SECTIONS, TYPED_TITLES, TYPED_WORDS, ORNATE_LABELS,
                 ORNATE_SECTIONS, ORNATE_TITLES, ORNATE_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    seen = (older_strings() | set(extra6_strings()) | set(extra7_strings())
            | set(extra8_strings()))  # the twelve older pools
    assert [s for s in mine if s in seen] == []
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []  # not even up to case or punctuation
    # nor any other string of the older wording modules, values included
    literals = {_norm(s) for s in _older_literals()}
    assert [s for s in mine if _norm(s) in literals] == []
    assert [s for s in value_strings() if _norm(s) in literals] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def _variants(name: str, value: str) -> set[str]:
    """How these layouts may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        boxes = {options[SEX_ORDER9.index(value)] for options in SEX_BOXES9.values()}
        return sex_printings(value) | boxes
    if name == "nationality":
        return nationality_printings(value) | {value}
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE9[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING9[value])
    return {value}


def test_every_type_in_both_layouts_with_catalog_truth(extra9: Path) -> None:
    truths = _truths(extra9)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA9_LAYOUTS
        for kind in ("text", "dpi200")}
    for truth in truths:
        assert truth["holdout"] is True
        assert truth["layout"] in EXTRA9_LAYOUTS
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra9 / truth["file"]).is_file()
        if truth["kind"] == "dpi200":
            assert truth["format"] == ("png" if truth["pages"] == 1 else "pdf")


def _identity_printed(name: str, value: str, text: str, mrz: list[str]) -> bool:
    """An identity field is printed when its value, or its form in the zone, is."""
    zone = "".join(mrz)
    if name in ("mrz_format", "document_code"):
        return True  # the zone's layout and first characters
    if name == "sex":  # the zone's sex position (German cards leave it empty: X)
        char = mrz[1][20] if len(mrz) == 2 else mrz[1][7]
        return char == value or (char == "<" and value == "X")
    if ISO_DATE.match(value):
        d = date.fromisoformat(value)
        return any(p in text for p in printed_dates(d)) or d.strftime("%y%m%d") in zone
    return value in text or value.replace(" ", "<") in zone


def test_text_layer_prints_every_truth_value(extra9: Path) -> None:
    for truth in _truths(extra9, "text"):
        text = _pdf_text(extra9 / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            for name, value in truth["fields"].items():
                assert _identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_identity_zone_lines_stay_whole(extra9: Path) -> None:
    for truth in _truths(extra9, "text"):
        if truth["document_type"] != "identity_document":
            continue
        with pdfplumber.open(extra9 / truth["file"]) as pdf:
            lines = [ln.replace(" ", "") for page in pdf.pages
                     for ln in (page.extract_text() or "").splitlines()]
        for zone_line in truth["mrz"]:
            assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


STRUCK = re.compile(r"(?:[^\s/x][x/]){3,}")


def test_struck_out_words_are_never_truth_values(tmp_path: Path) -> None:
    """A typist's struck-out word (each character overtyped with x or /) is none of the
    truth's values nor one of their words."""
    generate(tmp_path, per_type=6, seed=93, kinds=("text",), layouts=["typed"],
             doc_types=("anmeldung", "geburtsurkunde", "antrag_zulassung", "sterbeurkunde"))
    found = 0
    for truth in _truths(tmp_path):
        text = _pdf_text(tmp_path / truth["file"])
        values: set[str] = set()
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                values |= _variants(name, v) | set(v.split())
        for match in STRUCK.finditer(text):
            wrong = match.group(0)[::2]
            found += 1
            assert wrong not in values, (truth["file"], wrong)
    assert found >= 2  # the typist does make mistakes


def test_typed_values_are_typewritten_and_ornate_pages_are_decorated(extra9: Path) -> None:
    for truth in _truths(extra9, "text"):
        with pdfplumber.open(extra9 / truth["file"]) as pdf:
            page = pdf.pages[0]
            if truth["layout"] == "typed":
                mono = [c for c in page.chars if "Courier" in c["fontname"]
                        or "Mono" in c["fontname"]]
                assert len(mono) > 40, truth["file"]
            else:
                assert len(page.curves) + len(page.lines) > 40, truth["file"]
                # the border is graphics: no text in the outermost 20 points
                assert all(c["x0"] > 20 and c["x1"] < page.width - 20 for c in page.chars)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "dpi200")
    types = ("sterbeurkunde", "identity_document")
    a = generate(tmp_path / "a", 1, 9, kinds, EXTRA9_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 1, 9, kinds, EXTRA9_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra9(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra9", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA9_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
