"""The sixteenth extra pair of blind held-out layouts (``handwritten``, ``agency``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF (and a few types as scans) with catalog-true truth,
the text layer prints each truth value, identity documents keep a whole machine-readable zone,
marked options agree with the truth, furniture dates and numbers are never truth values, and
generation is reproducible. Kept lean: a text-only run plus a small scan run.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA13_LAYOUTS,
    EXTRA15_LAYOUTS,
    EXTRA16_LAYOUTS,
    HELD_OUT,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    make_style,
    resolve_layouts,
)
from samples.render_extra16 import build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra15 import all_label_strings as extra15_strings
from samples.wording_extra15 import foreign_strings as extra15_foreign
from samples.wording_extra15 import value_strings as extra15_values
from samples.wording_extra16 import (
    AGENCY_LABELS,
    AGENCY_TITLES,
    DWELLING16,
    HAND_LABELS,
    HAND_TITLES,
    ID_KINDS16,
    PURPOSE16,
    SENTENCES,
    SHARED_WORDS,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import Pool, literals_except, norm
from tests.samples.test_extra15_layouts import _older_pools as older15
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra16.py", "render_extra16.py")
SCAN_TYPES = ("anmeldung", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text16(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type six times (three per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra16_text")
    generate(out, per_type=6, seed=1616, kinds=("text",), layouts=["extra16"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans16(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types once in each layout, as a text PDF and one scan kind each."""
    out = tmp_path_factory.mktemp("extra16_scans")
    generate(out, per_type=2, seed=161, kinds=("text", "dpi200"), layouts=["extra16"],
             doc_types=SCAN_TYPES, jobs=1)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


# --- selection ---------------------------------------------------------------------------------


def test_extra16_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA16_LAYOUTS == ("handwritten", "agency")
    assert OPT_IN_GROUPS["extra16"] == EXTRA16_LAYOUTS
    assert expand_opt_in(["extra16"]) == list(EXTRA16_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra16", "agency"])) == (
        "colon", *EXTRA16_LAYOUTS)
    assert set(EXTRA16_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA16_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra16":
            assert set(EXTRA16_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra15"])) == EXTRA15_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, EXAMPLE_LAYOUTS):
        assert set(EXTRA16_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS))
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS
    with pytest.raises(ValueError):
        resolve_layouts(["extra16"])  # only generate and the CLI expand the group name
    generate(tmp_path, per_type=len(LAYOUTS), seed=16, kinds=("text",), layouts=["all"],
             doc_types=("identity_document",))
    drawn = {t["layout"] for t in load_truths(tmp_path)}
    assert drawn == set(LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE16, DWELLING16)
_norm = norm
_variants = POOL.variants
_identity_printed = POOL.identity_printed


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The nineteen older pools as their own modules list them."""
    return (older15() | set(extra15_strings()) | set(extra15_foreign())
            | set(extra15_values()))


def test_extra16_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(HAND_TITLES) == set(AGENCY_TITLES) == set(DOCUMENT_TYPES)
    assert set(HAND_LABELS) == set(AGENCY_LABELS)
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    sentences = [s for options in SENTENCES.values() for s in options]
    for s in all_label_strings() + value_strings() + sentences:
        s.encode("cp1252")


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            assert KEYS.get(base, base) in HAND_LABELS, (doc_type, name)


# --- truth -------------------------------------------------------------------------------------


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    text = _pdf_text(folder / truth["file"])
    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            assert _identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_every_type_in_both_layouts_with_complete_truth(text16: Path) -> None:
    truths = _truths(text16)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA16_LAYOUTS}
    for truth in truths:
        assert truth["holdout"] is True
        required, _ = FIELDS[truth["document_type"]]
        assert set(required) <= set(truth["fields"]), truth["file"]
        check_truth({**truth, "layout": LAYOUTS[0]})
        if truth["document_type"] == "identity_document":
            assert truth["mrz"]
    assert {t["pages"] for t in truths} == {1, 2}
    for truth in truths:
        with pdfplumber.open(text16 / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"], truth["file"]


def test_text_layer_prints_every_truth_value(text16: Path) -> None:
    for truth in _truths(text16, "text"):
        _check_printed(text16, truth)


def test_scans_match_their_text_documents(scans16: Path) -> None:
    truths = _truths(scans16)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in SCAN_TYPES for layout in EXTRA16_LAYOUTS
        for kind in ("text", "dpi200")}
    by_source: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for truth in truths:
        by_source.setdefault((truth["source_id"], truth["layout"]), []).append(truth)
        if truth["kind"] == "text":
            _check_printed(scans16, truth)
            continue
        with Image.open(scans16 / truth["file"]) if truth["format"] != "pdf" else \
                pdfplumber.open(scans16 / truth["file"]) as img:
            pages = len(img.pages) if truth["format"] == "pdf" else getattr(img, "n_frames", 1)
            assert pages == truth["pages"], truth["file"]
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


@pytest.mark.parametrize("layout", EXTRA16_LAYOUTS)
def test_marked_options_agree_with_the_truth(layout: str) -> None:
    seen = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(12):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            for f in fields(doc):
                if f.kind == "choice":
                    seen.add(f.key)
                    assert layout == "handwritten"
                    if f.chosen is None:
                        assert f.key == "dwelling" and "dwelling" not in truth
                        continue
                    assert f.options[f.chosen] == f.value
                if f.key == "sex":
                    assert f.value in sex_printings(str(truth["sex"]))
                elif f.key == "purpose":
                    assert f.value in PURPOSE16[str(truth["purpose"])]
                elif f.key == "dwelling" and f.value:
                    assert f.value in DWELLING16[str(truth["dwelling"])]
                elif f.key == "doc_kind":
                    kind = "P" if truth["document_code"] == "P" else "I"
                    assert f.value in ID_KINDS16[kind]
    if layout == "handwritten":
        assert {"sex", "purpose", "dwelling", "doc_kind"} <= seen


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_and_numbers_are_never_truth(text16: Path) -> None:
    """Signing days and letter dates ("place, day") are none of the truth's dates, and form and
    reference numbers occur in no truth value."""
    for truth in _truths(text16, "text"):
        text = _pdf_text(text16 / truth["file"])
        days = {date.fromisoformat(v) for v in truth["fields"].values()
                if isinstance(v, str) and ISO_DATE.match(v)}
        placed = [date(int(y), int(m), int(d))
                  for d, m, y in re.findall(r", (\d{2})\.(\d{2})\.(\d{4})\b", text)]
        assert not set(placed) & days, truth["file"]
        values = [v for value in truth["fields"].values()
                  for v in (value if isinstance(value, list) else [value])]
        numbers = re.findall(r"\b[A-Z]{1,2}[ -](\d{3,4})(?:/26)?\b", text[:400])
        for number in numbers[:1]:
            assert not any(number in v for v in values), (truth["file"], number)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text",)
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA16_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA16_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra16(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra16", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA16_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
