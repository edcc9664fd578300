"""The eighteenth extra pair of blind held-out layouts (``receipt``, ``pairs``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value, two-person documents carry person markers in the mosaic,
furniture dates and numbers are never truth values, and generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA13_LAYOUTS,
    EXTRA17_LAYOUTS,
    EXTRA18_LAYOUTS,
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
from samples.render_extra18 import build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra17 import all_label_strings as extra17_strings
from samples.wording_extra17 import value_strings as extra17_values
from samples.wording_extra18 import (
    BOX_CAPTIONS,
    BOX_SECTIONS,
    BOX_TITLES,
    DWELLING18,
    ID_KINDS18,
    PURPOSE18,
    SHARED_WORDS,
    SLIP_LABELS,
    SLIP_SECTIONS,
    SLIP_TITLES,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import (
    Pool,
    check_complete_truths,
    check_printed,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra17_layouts import _older_pools as older17
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra18.py", "render_extra18.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text18(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra18_text")
    generate(out, per_type=8, seed=1818, kinds=("text",), layouts=["extra18"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans18(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types once in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra18_scans")
    generate(out, per_type=2, seed=181, kinds=KINDS, layouts=["extra18"], doc_types=SCAN_TYPES,
             jobs=1)
    return out



# --- selection ---------------------------------------------------------------------------------


def test_extra18_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA18_LAYOUTS == ("receipt", "pairs")
    assert OPT_IN_GROUPS["extra18"] == EXTRA18_LAYOUTS
    assert expand_opt_in(["extra18"]) == list(EXTRA18_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra18", "pairs"])) == (
        "colon", *EXTRA18_LAYOUTS)
    assert set(EXTRA18_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA18_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra18":
            assert set(EXTRA18_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra17"])) == EXTRA17_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, EXAMPLE_LAYOUTS):
        assert set(EXTRA18_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 46
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS
    with pytest.raises(ValueError):
        resolve_layouts(["extra18"])  # only generate and the CLI expand the group name
    generate(tmp_path, per_type=len(LAYOUTS), seed=18, kinds=("text",), layouts=["all"],
             doc_types=("identity_document",))
    assert {t["layout"] for t in load_truths(tmp_path)} == set(LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE18, DWELLING18,
            nationality_code=False)
_norm = norm


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The twenty-one older pools as their own modules list them."""
    return older17() | set(extra17_strings()) | set(extra17_values())


def test_extra18_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(SLIP_TITLES) == set(BOX_TITLES) == set(DOCUMENT_TYPES)
    assert set(SLIP_LABELS) == set(BOX_CAPTIONS)
    for pool in (SLIP_LABELS, SLIP_SECTIONS, BOX_CAPTIONS, BOX_SECTIONS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            assert KEYS.get(base, base) in SLIP_LABELS, (doc_type, name)


# --- truth -------------------------------------------------------------------------------------



def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text18: Path) -> None:
    check_complete_truths(text18, EXTRA18_LAYOUTS)


def test_text_layer_prints_every_truth_value(text18: Path) -> None:
    for truth in truths_of(text18, "text"):
        _check_printed(text18, truth)


def test_scans_in_every_kind_match_their_text_documents(scans18: Path) -> None:
    check_scans_match(scans18, SCAN_TYPES, EXTRA18_LAYOUTS, KINDS, _check_printed)


# --- what the fields say -----------------------------------------------------------------------


def _means(name: str, printed: str, truth: str) -> bool:
    """Whether a printed value is the truth's value as the catalog normalises it."""
    base = re.sub(r"^(spouse[12]_|holder_)", "", name)
    if ISO_DATE.match(truth):
        return printed in printed_dates(date.fromisoformat(truth))
    if base == "sex":
        return printed in sex_printings(truth)
    if base == "nationality":
        return printed in nationality_printings(truth)
    if base == "purpose":
        return printed in PURPOSE18[truth]
    if base == "dwelling":
        return printed in DWELLING18[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS18["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA18_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value (address lines join their parts); every truth field
    is printed; two-person documents mark their persons in the mosaic."""
    marked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            printed: dict[str, list[str]] = {}
            for f in fields(doc):
                if not f.name:
                    continue
                if "+" in f.name:
                    parts = f.name.split("+")
                    assert f.value == " ".join(str(truth[p]) for p in parts), f.value
                    for p in parts:
                        printed.setdefault(p, []).append(str(truth[p]))
                    continue
                printed.setdefault(f.name, []).append(f.value)
            for name, value in truth.items():
                if name in LIST_FIELDS:
                    assert sorted(printed[name]) == sorted(value), (doc_type, name)
                    continue
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if layout == "pairs" and doc_type == "eheurkunde":
                whos = {f.who for f in fields(doc) if f.name.startswith("spouse")}
                assert len(whos) == 2 and "" not in whos
                marked += 1
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)
    assert layout == "receipt" or marked == 10


@pytest.mark.parametrize("layout", EXTRA18_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, order and date styles vary per document."""
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, style.date_style,
                       tuple((f.key, style.words(f.key)) for f in fields(doc))))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_and_numbers_are_never_truth(text18: Path) -> None:
    """Time stamps are none of the truth's dates; transaction and case numbers occur in no
    truth value."""
    for truth in truths_of(text18, "text"):
        text = _pdf_text(text18 / truth["file"])
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        printed = {p for d in days for p in printed_dates(date.fromisoformat(d))}
        stamps = re.findall(r"(\S+) \d{2}:\d{2}\b", text)
        if truth["layout"] == "receipt":
            assert stamps, truth["file"]
        assert not set(stamps) & printed, truth["file"]
        values = [v for value in truth["fields"].values()
                  for v in (value if isinstance(value, list) else [value])]
        for number in re.findall(r"\b\d{8}\b", text):
            if number in printed:
                continue
            assert not any(number in v for v in values), (truth["file"], number)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text",)
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA18_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA18_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra18(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra18", "--types", "aufenthaltstitel_antrag",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA18_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
