"""The twelfth extra pair of blind held-out layouts (``marked``, ``landscape``): opt-in like the
other extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF
and as scans with catalog-true truth, the text layer prints each truth value, identity
documents keep a whole machine-readable zone, the clerk's furniture is never a truth value, the
landscape sheets are landscape, and generation is reproducible. Kept small: one document per
type and layout."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, all_fields
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA11_LAYOUTS,
    EXTRA12_LAYOUTS,
    HELD_OUT,
    HOLDOUT_LAYOUTS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    PHOTO_LAYOUTS,
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
from samples.wording_extra9 import all_label_strings as extra9_strings
from samples.wording_extra10 import all_label_strings as extra10_strings
from samples.wording_extra10 import office_strings as extra10_office
from samples.wording_extra11 import all_label_strings as extra11_strings
from samples.wording_extra12 import (
    DWELLING12,
    LANDLORD_ROLES12,
    LANDSCAPE_LABELS,
    LANDSCAPE_SECTIONS,
    LANDSCAPE_TITLES,
    LANDSCAPE_WORDS,
    MARKED_LABELS,
    MARKED_SECTIONS,
    MARKED_TITLES,
    MARKED_WORDS,
    PURPOSE12,
    SHARED_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import Pool, norm
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
OLDER_MODULES = ("wording.py", "wording_blind.py", "wording_final.py", "wording_extra.py",
                 *(f"wording_extra{i}.py" for i in range(2, 12)))
KINDS = ("text", "clean", "degraded", "dpi200")


@pytest.fixture(scope="module")
def extra12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and every scan kind."""
    out = tmp_path_factory.mktemp("extra12")
    for layout in EXTRA12_LAYOUTS:
        generate(out, per_type=1, seed=121, kinds=KINDS, layouts=[layout], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def test_extra12_group_is_opt_in() -> None:
    assert EXTRA12_LAYOUTS == ("marked", "landscape")
    assert OPT_IN_GROUPS["extra12"] == EXTRA12_LAYOUTS
    assert expand_opt_in(["extra12"]) == list(EXTRA12_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra12"])) == EXTRA12_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra12", "landscape"])) == (
        "colon", *EXTRA12_LAYOUTS)
    assert resolve_layouts(["landscape", "marked"]) == ("landscape", "marked")
    assert set(EXTRA12_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA12_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra12":
            assert set(EXTRA12_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra11"])) == EXTRA11_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS, EXAMPLE_LAYOUTS,
                  TURNED_LAYOUTS, PHOTO_LAYOUTS):
        assert set(EXTRA12_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 34
    with pytest.raises(ValueError):
        resolve_layouts(["extra12"])  # only generate and the CLI expand the group name


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE12, DWELLING12)
_norm = norm
_variants = POOL.variants
_identity_printed = POOL.identity_printed


def _older_literals() -> set[str]:
    """Every string literal of the older wording pools and of the older renderers."""
    names = [*OLDER_MODULES, *(p.name for p in sorted(SAMPLES.glob("render*.py"))
                               if p.name != "render_extra12.py")]
    out: set[str] = set()
    for name in names:
        tree = ast.parse((SAMPLES / name).read_text(encoding="utf-8"))
        out |= {node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return out


def test_extra12_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(MARKED_TITLES) == set(LANDSCAPE_TITLES) == set(DOCUMENT_TYPES)
    assert set(MARKED_LABELS) == set(LANDSCAPE_LABELS)
    assert set(MARKED_SECTIONS) == set(LANDSCAPE_SECTIONS)
    for pool in (MARKED_LABELS, MARKED_SECTIONS, MARKED_TITLES, MARKED_WORDS, LANDSCAPE_LABELS,
                 LANDSCAPE_SECTIONS, LANDSCAPE_TITLES, LANDSCAPE_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 5, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    seen = (older_strings() | set(extra6_strings()) | set(extra7_strings())
            | set(extra8_strings()) | set(extra9_strings()) | set(extra10_strings())
            | set(extra10_office()) | set(extra11_strings()))  # the fifteen older pools
    assert [s for s in mine if s in seen] == []
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []  # not even up to case or punctuation
    literals = {_norm(s) for s in _older_literals()}
    assert [s for s in mine if _norm(s) in literals] == []
    assert [s for s in value_strings() if _norm(s) in literals] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")


def test_every_type_in_both_layouts_with_catalog_truth(extra12: Path) -> None:
    truths = _truths(extra12)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA12_LAYOUTS
        for kind in KINDS}
    for truth in truths:
        assert truth["holdout"] is True
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra12 / truth["file"]).is_file()


def test_text_layer_prints_every_truth_value(extra12: Path) -> None:
    for truth in _truths(extra12, "text"):
        text = _pdf_text(extra12 / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            for name, value in truth["fields"].items():
                assert _identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_identity_zone_lines_stay_whole(extra12: Path) -> None:
    for truth in _truths(extra12, "text"):
        if truth["document_type"] != "identity_document":
            continue
        with pdfplumber.open(extra12 / truth["file"]) as pdf:
            lines = [ln.replace(" ", "") for page in pdf.pages
                     for ln in (page.extract_text() or "").splitlines()]
        for zone_line in truth["mrz"]:
            assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


def test_furniture_dates_are_never_truth_dates(tmp_path: Path) -> None:
    """Every date the furniture prints (print date, stamp, place and date) is none of the
    truth's, in any of the pool's date styles."""
    generate(tmp_path, per_type=4, seed=123, kinds=("text",), layouts=list(EXTRA12_LAYOUTS),
             doc_types=("anmeldung", "aufenthaltstitel_antrag", "sterbeurkunde", "eheurkunde"))
    for truth in _truths(tmp_path):
        text = _pdf_text(tmp_path / truth["file"])
        shown = set(re.findall(r"\b\d{2}\.\d{2}\.\d{4}\b", text))
        truth_days = {date.fromisoformat(v)
                      for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        numeric = {d.strftime("%d.%m.%Y") for d in truth_days}
        furniture = shown - numeric
        assert furniture, truth["file"]  # the print date is there
        for day in furniture:
            d, m, y = (int(x) for x in day.split("."))
            assert date(y, m, d) not in truth_days, (truth["file"], day)


def test_marked_furniture_is_on_the_page(extra12: Path) -> None:
    """The stamp's word, the note and the clerk's remarks are printed, and never a value."""
    for truth in _truths(extra12, "text"):
        if truth["layout"] != "marked":
            continue
        text = _pdf_text(extra12 / truth["file"])
        assert any(word in text for word in MARKED_WORDS["received"]), truth["file"]
        assert any(note in text for note in MARKED_WORDS["note"]), truth["file"]
        values = {v for v in truth["fields"].values() if isinstance(v, str)}
        for word in (*MARKED_WORDS["received"], *MARKED_WORDS["note"], *MARKED_WORDS["remark"]):
            assert word not in values
        with pdfplumber.open(extra12 / truth["file"]) as pdf:
            page = pdf.pages[0]
            assert len(page.curves) + len(page.rects) >= 4, truth["file"]  # holes, stamp, note


def test_landscape_sheets_are_landscape(extra12: Path) -> None:
    for truth in _truths(extra12):
        if truth["layout"] != "landscape":
            continue
        path = extra12 / truth["file"]
        if truth["kind"] == "text":
            with pdfplumber.open(path) as pdf:
                assert all(p.width > p.height for p in pdf.pages), truth["file"]
                if truth["document_type"] != "identity_document":
                    xs = {round(float(ch["x0"]) / 40) for ch in pdf.pages[0].chars
                          if float(ch["size"]) > 7.5 and float(ch["top"]) > 100}
                    assert len(xs) >= 3, truth["file"]  # values in several columns
        elif truth["format"] == "png":
            with Image.open(path) as img:
                assert img.width > img.height, truth["file"]


def test_landlord_roles_are_distinct() -> None:
    assert len({r for pair in LANDLORD_ROLES12 for r in pair}) == 4


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 1, 9, kinds, EXTRA12_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 1, 9, kinds, EXTRA12_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra12(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra12", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA12_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
