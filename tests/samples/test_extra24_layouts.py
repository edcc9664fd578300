"""The twenty-fourth extra pair of blind held-out layouts (``history``, ``contract``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value as its final state, earlier values and furniture dates are
never truth values, histories hold time-stamped events and contracts numbered paragraphs, and
generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA23_LAYOUTS,
    EXTRA24_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra24 import _taken, build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra23 import all_label_strings as extra23_strings
from samples.wording_extra23 import value_strings as extra23_values
from samples.wording_extra24 import (
    CONTRACT_LABELS,
    CONTRACT_WORDS,
    DWELLING24,
    HIST_ACTIONS,
    HIST_FIELDS,
    ID_KINDS24,
    PURPOSE24,
    SHARED_WORDS,
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
    check_opt_in,
    check_printed,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra23_layouts import _older_pools as older23
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

MINE = ("wording_extra24.py", "render_extra24.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("geburtsurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}
POOL = Pool(printed_dates, sex_printings, nationality_printings,
            {k: v for k, v in PURPOSE24.items()}, {k: v for k, v in DWELLING24.items()})
CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")


@pytest.fixture(scope="module")
def text24(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra24_text")
    generate(out, per_type=8, seed=2424, kinds=("text",), layouts=["extra24"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans24(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra24_scans")
    generate(out, per_type=2, seed=243, kinds=KINDS, layouts=["extra24"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra24_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA24_LAYOUTS == ("history", "contract")
    check_opt_in(tmp_path, "extra24", EXTRA24_LAYOUTS, "extra23", 58, 24, "sterbeurkunde")
    assert OPT_IN_LAYOUTS[-8:-6] == EXTRA24_LAYOUTS
    assert OPT_IN_LAYOUTS[-10:-8] == EXTRA23_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-seven older pools as their own modules list them."""
    return older23() | set(extra23_strings()) | set(extra23_values())


def test_extra24_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "Postleitzahl"} == SHARED_WORDS
    for key, names in HIST_FIELDS.items():
        assert len(names) == 3 and len(set(names)) == 3, key
    for key, options in CONTRACT_LABELS.items():
        assert 1 <= len(options) <= 3 and len(set(options)) == len(options), key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(s) for s in literals_except(MINE)}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_names() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS.get(base, base)
            if key == "doc_code":
                continue  # the zone shows it
            assert key in HIST_FIELDS, name  # contracts print some of them in prose


# --- truth -------------------------------------------------------------------------------------


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text24: Path) -> None:
    truths = check_complete_truths(text24, EXTRA24_LAYOUTS)
    for truth in truths:
        with pdfplumber.open(text24 / truth["file"]) as pdf:
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]
                    assert ch["top"] >= -1 and ch["bottom"] <= page.height + 1, truth["file"]


def test_text_layer_prints_every_truth_value(text24: Path) -> None:
    for truth in truths_of(text24, "text"):
        _check_printed(text24, truth)


def test_scans_in_every_kind_match_their_text_documents(scans24: Path) -> None:
    check_scans_match(scans24, SCAN_TYPES, EXTRA24_LAYOUTS, KINDS, _check_printed)


def test_histories_hold_events_and_contracts_paragraphs(text24: Path) -> None:
    """Histories print a time stamp per event and the pool's actions; contracts print numbered
    paragraphs, the page footer and signature lines."""
    actions = {a for v in HIST_ACTIONS.values() for a in v}
    for truth in truths_of(text24, "text"):
        text = _pdf_text(text24 / truth["file"])
        if truth["layout"] == "history":
            assert len(re.findall(r"\b\d{2}:\d{2}\b", text)) >= 4, truth["file"]
            assert sum(a in text for a in actions) >= 2, truth["file"]
        else:
            assert re.search(r"(§ 1|\b1\.|Art\. 1) ", text), truth["file"]
            pages = truth["pages"]
            assert any(p.format(pages, pages) in text for p in CONTRACT_WORDS["page"]), \
                truth["file"]


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
        return printed in PURPOSE24[truth]
    if base == "dwelling":
        return printed in DWELLING24[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS24["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA24_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field's final value is the truth's value (values printed together in order),
    every truth field is printed, earlier values are never truth values, histories list the
    final value last, and non-truth values never print a truth date."""
    changed = filled = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            taken = _taken(record)
            days = {str(v) for v in truth.values() if isinstance(v, str) and ISO_DATE.match(v)}
            printed: dict[str, list[str]] = {}
            for other in doc.others:
                assert other not in taken, (layout, doc_type, other)
            for f in fields(doc):
                for old in f.olds:
                    assert old not in taken and old != f.value, (layout, doc_type, f.key, old)
                changed += any(f.olds)
                filled += "" in f.olds
                if not f.name:
                    assert not any(f.value in printed_dates(date.fromisoformat(d))
                                   for d in days), (layout, doc_type, f.key, f.value)
                    continue
                if "+" in f.name:
                    rest = f.value
                    for part in f.name.split("+"):
                        at = rest.find(str(truth[part]))
                        assert at >= 0, (f.value, part)
                        rest = rest[at + len(str(truth[part])):]
                        printed.setdefault(part, []).append(str(truth[part]))
                    continue
                printed.setdefault(f.name, []).append(f.value)
            for name, value in truth.items():
                if name in LIST_FIELDS:
                    assert sorted(set(printed[name])) == sorted(value), (doc_type, name)
                    continue
                if doc_type == "identity_document" and name not in printed:
                    continue  # the copy of the document and its zone show it
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)
            if layout == "history":
                last: dict[int, str] = {}
                for e in doc.events:
                    for ch in e.changes:
                        last[id(ch.fld)] = ch.new
                for f in fields(doc):  # each field's last event sets its final value
                    assert last[id(f)] == f.value, (doc_type, f.key)
                assert [e.day for e in doc.events] == sorted(e.day for e in doc.events)
    assert changed >= 40 and filled >= 10, (changed, filled)


@pytest.mark.parametrize("layout", EXTRA24_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, date styles and structure vary per document."""
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, style.date_style, style.words("family_name"),
                       tuple((f.key, len(f.olds)) for f in doc.fields), len(doc.events)))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_build_doc_furniture_days_avoid_truth() -> None:
    for layout in EXTRA24_LAYOUTS:
        for doc_type in DOCUMENT_TYPES:
            for seed in range(8):
                rng = random.Random(f"furniture/{layout}/{doc_type}/{seed}")
                record = make_record(doc_type, rng)
                doc = build_doc(record, make_style(layout, rng), rng, doc_type)
                truth = {v for v in truth_fields(record).values()
                         if isinstance(v, str) and ISO_DATE.match(v)}
                assert doc.furniture and doc.printed in doc.furniture
                assert not {d.isoformat() for d in doc.furniture} & truth
                assert not {e.day.isoformat() for e in doc.events} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA24_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA24_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra23 pair does not touch anything of extra24, and the same seed gives
    the same bytes whether the pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra23"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["chat", "dialog"], doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA23_LAYOUTS for t in load_truths(tmp_path / "a"))
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra24"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["history", "contract"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra24(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra24", "--types", "eheurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA24_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
