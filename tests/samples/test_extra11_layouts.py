"""The eleventh extra pair of blind held-out layouts (``photo``, ``legacy``): opt-in like the
other extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF
and as scans with catalog-true truth, the text layer prints each truth value, identity
documents keep a whole machine-readable zone, the photo's scans show a page on a table, and
generation is reproducible. Kept small: one document per type and layout."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, all_fields
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA10_LAYOUTS,
    EXTRA11_LAYOUTS,
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
from samples.wording_extra11 import (
    DWELLING11,
    LANDLORD_ROLES11,
    LEGACY_LABELS,
    LEGACY_SECTIONS,
    LEGACY_TITLES,
    LEGACY_WORDS,
    PHOTO_LABELS,
    PHOTO_SECTIONS,
    PHOTO_TITLES,
    PHOTO_WORDS,
    PURPOSE11,
    SHARED_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    upper,
    value_strings,
)
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
OLDER_MODULES = ("wording.py", "wording_blind.py", "wording_final.py", "wording_extra.py",
                 *(f"wording_extra{i}.py" for i in range(2, 11)))
KINDS = ("text", "clean", "degraded", "dpi200")


@pytest.fixture(scope="module")
def extra11(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and every scan kind."""
    out = tmp_path_factory.mktemp("extra11")
    for layout in EXTRA11_LAYOUTS:
        generate(out, per_type=1, seed=111, kinds=KINDS, layouts=[layout], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def test_extra11_group_is_opt_in() -> None:
    assert EXTRA11_LAYOUTS == ("photo", "legacy")
    assert PHOTO_LAYOUTS == ("photo",)
    assert OPT_IN_GROUPS["extra11"] == EXTRA11_LAYOUTS
    assert expand_opt_in(["extra11"]) == list(EXTRA11_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra11"])) == EXTRA11_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra11", "legacy"])) == (
        "colon", *EXTRA11_LAYOUTS)
    assert resolve_layouts(["legacy", "photo"]) == ("legacy", "photo")
    assert set(EXTRA11_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA11_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra11":
            assert set(EXTRA11_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra10"])) == EXTRA10_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS, EXAMPLE_LAYOUTS,
                  TURNED_LAYOUTS):
        assert set(EXTRA11_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 32
    with pytest.raises(ValueError):
        resolve_layouts(["extra11"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _older_literals() -> set[str]:
    out: set[str] = set()
    for name in OLDER_MODULES:
        tree = ast.parse((SAMPLES / name).read_text(encoding="utf-8"))
        out |= {node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return out


def test_extra11_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(PHOTO_TITLES) == set(LEGACY_TITLES) == set(DOCUMENT_TYPES)
    assert set(PHOTO_LABELS) == set(LEGACY_LABELS)
    assert set(PHOTO_SECTIONS) == set(LEGACY_SECTIONS)
    for pool in (PHOTO_LABELS, PHOTO_SECTIONS, PHOTO_TITLES, PHOTO_WORDS, LEGACY_LABELS,
                 LEGACY_SECTIONS, LEGACY_TITLES, LEGACY_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 5, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    seen = (older_strings() | set(extra6_strings()) | set(extra7_strings())
            | set(extra8_strings()) | set(extra9_strings()) | set(extra10_strings())
            | set(extra10_office()))  # the fourteen older pools and their office words
    assert [s for s in mine if s in seen] == []
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []  # not even up to case or punctuation
    literals = {_norm(s) for s in _older_literals()}
    assert [s for s in mine if _norm(s) in literals] == []
    assert [s for s in value_strings() if _norm(s) in literals] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")


def _variants(name: str, value: str) -> set[str]:
    if ISO_DATE.match(value):
        out = printed_dates(date.fromisoformat(value))
    elif name == "sex":
        out = sex_printings(value)
    elif name == "nationality":
        out = nationality_printings(value) | {value}
    elif name == "purpose":
        out = set(PURPOSE11[value])
    elif name == "iban":
        out = {value, group_iban(value)}
    elif name == "dwelling":
        out = set(DWELLING11[value])
    else:
        out = {value}
    return out | {upper(v) for v in out}  # a listing may print values in capitals


def test_every_type_in_both_layouts_with_catalog_truth(extra11: Path) -> None:
    truths = _truths(extra11)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA11_LAYOUTS
        for kind in KINDS}
    for truth in truths:
        assert truth["holdout"] is True
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra11 / truth["file"]).is_file()


def _identity_printed(name: str, value: str, text: str, mrz: list[str]) -> bool:
    zone = "".join(mrz)
    if name in ("mrz_format", "document_code"):
        return True
    if name == "sex":
        char = mrz[1][20] if len(mrz) == 2 else mrz[1][7]
        return char == value or (char == "<" and value == "X")
    if ISO_DATE.match(value):
        d = date.fromisoformat(value)
        return any(p in text for p in printed_dates(d)) or d.strftime("%y%m%d") in zone
    return value in text or value.replace(" ", "<") in zone


def test_text_layer_prints_every_truth_value(extra11: Path) -> None:
    for truth in _truths(extra11, "text"):
        text = _pdf_text(extra11 / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            for name, value in truth["fields"].items():
                assert _identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_identity_zone_lines_stay_whole(extra11: Path) -> None:
    for truth in _truths(extra11, "text"):
        if truth["document_type"] != "identity_document":
            continue
        with pdfplumber.open(extra11 / truth["file"]) as pdf:
            lines = [ln.replace(" ", "") for page in pdf.pages
                     for ln in (page.extract_text() or "").splitlines()]
        for zone_line in truth["mrz"]:
            assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


def test_furniture_dates_are_never_truth_dates(tmp_path: Path) -> None:
    """Every date the furniture prints (print date, job date, place and date) is none of the
    truth's, unless a truth value prints it too."""
    generate(tmp_path, per_type=3, seed=113, kinds=("text",), layouts=list(EXTRA11_LAYOUTS),
             doc_types=("anmeldung", "aufenthaltstitel_antrag", "sterbeurkunde"))
    for truth in _truths(tmp_path):
        text = _pdf_text(tmp_path / truth["file"])
        shown = set(re.findall(r"\b\d{2}\.\d{2}\.\d{4}\b", text))
        truth_days = {date.fromisoformat(v).strftime("%d.%m.%Y")
                      for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        furniture = shown - truth_days
        assert furniture, truth["file"]  # the print or job date is there
        assert not furniture & truth_days


def test_photo_scans_show_a_page_on_a_table(extra11: Path) -> None:
    for truth in _truths(extra11, "clean"):
        if truth["layout"] != "photo" or truth["pages"] != 1:
            continue
        img = np.asarray(Image.open(extra11 / truth["file"]).convert("L"), np.float32)
        h, w = img.shape
        centre = img[h // 3: 2 * h // 3, w // 3: 2 * w // 3]
        assert float(np.percentile(centre, 90)) > 150, truth["file"]  # paper is light
        if truth["document_type"] != "identity_document":
            corners = [img[:h // 20, :w // 20], img[:h // 20, -w // 20:],
                       img[-h // 20:, :w // 20], img[-h // 20:, -w // 20:]]
            assert max(float(c.mean()) for c in corners) < 200, truth["file"]  # the table


def test_legacy_is_a_line_printer_listing(extra11: Path) -> None:
    for truth in _truths(extra11, "text"):
        if truth["layout"] != "legacy":
            continue
        with pdfplumber.open(extra11 / truth["file"]) as pdf:
            page = pdf.pages[0]
            fonts = {ch["fontname"] for ch in page.chars}
            assert any("Mono" in f or "Courier" in f for f in fonts), truth["file"]
            assert len(page.curves) + len(page.rects) >= 20, truth["file"]  # holes, bars
            text = page.extract_text() or ""
            assert re.search(r"\b\d{4}\b", text)  # the page counter


def test_landlord_roles_are_distinct() -> None:
    assert len({r for pair in LANDLORD_ROLES11 for r in pair}) == 4


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 1, 9, kinds, EXTRA11_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 1, 9, kinds, EXTRA11_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra11(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra11", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA11_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
