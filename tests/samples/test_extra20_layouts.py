"""The twentieth extra pair of blind held-out layouts (``matrix``, ``webprint``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value, matrix forms have person or role columns, furniture
dates are never truth dates, and generation is reproducible.
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
    EXTRA19_LAYOUTS,
    EXTRA20_LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra20 import MDoc, Row, build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra19 import all_label_strings as extra19_strings
from samples.wording_extra19 import value_strings as extra19_values
from samples.wording_extra20 import (
    DWELLING20,
    ID_KINDS20,
    MATRIX_LABELS,
    MATRIX_SECTIONS,
    MATRIX_SHORT,
    MATRIX_TITLES,
    PURPOSE20,
    SHARED_WORDS,
    WEB_LABELS,
    WEB_SECTIONS,
    WEB_TITLES,
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
from tests.samples.test_extra19_layouts import _older_pools as older19
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

MINE = ("wording_extra20.py", "render_extra20.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("geburtsurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}
POOL = Pool(printed_dates, sex_printings, nationality_printings,
            {k: v for k, v in PURPOSE20.items()}, {k: v for k, v in DWELLING20.items()})


@pytest.fixture(scope="module")
def text20(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra20_text")
    generate(out, per_type=8, seed=2020, kinds=("text",), layouts=["extra20"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans20(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (some of them two pages)."""
    out = tmp_path_factory.mktemp("extra20_scans")
    generate(out, per_type=2, seed=203, kinds=KINDS, layouts=["extra20"], doc_types=SCAN_TYPES,
             jobs=1)
    return out



# --- selection ---------------------------------------------------------------------------------


def test_extra20_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA20_LAYOUTS == ("matrix", "webprint")
    check_opt_in(tmp_path, "extra20", EXTRA20_LAYOUTS, "extra19", 50, 20, "identity_document")


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-three older pools as their own modules list them."""
    return older19() | set(extra19_strings()) | set(extra19_values())


def test_extra20_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(MATRIX_TITLES) == set(WEB_TITLES) == set(DOCUMENT_TYPES)
    assert set(MATRIX_LABELS) == set(MATRIX_SHORT)
    for pool in (MATRIX_LABELS, MATRIX_SHORT, MATRIX_SECTIONS, WEB_LABELS, WEB_SECTIONS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(s) for s in literals_except(MINE)}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS.get(base, base)
            assert key in MATRIX_LABELS and key in MATRIX_SHORT and key in WEB_LABELS, name


# --- truth -------------------------------------------------------------------------------------



def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text20: Path) -> None:
    truths = check_complete_truths(text20, EXTRA20_LAYOUTS)
    for truth in truths:
        with pdfplumber.open(text20 / truth["file"]) as pdf:
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]


def test_text_layer_prints_every_truth_value(text20: Path) -> None:
    for truth in truths_of(text20, "text"):
        _check_printed(text20, truth)


def test_webprint_has_browser_furniture_on_every_page(text20: Path) -> None:
    for truth in truths_of(text20, "text"):
        if truth["layout"] != "webprint":
            continue
        with pdfplumber.open(text20 / truth["file"]) as pdf:
            for k, page in enumerate(pdf.pages):
                text = page.extract_text() or ""
                assert "https://" in text, truth["file"]
                assert re.search(rf"\b{k + 1} ?/ ?{len(pdf.pages)}\b", text), truth["file"]
                assert re.search(r"\d{2}\.\d{2}\.\d{2}, \d{2}:\d{2}", text), truth["file"]


def test_scans_in_every_kind_match_their_text_documents(scans20: Path) -> None:
    check_scans_match(scans20, SCAN_TYPES, EXTRA20_LAYOUTS, KINDS, _check_printed)


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
        return printed in PURPOSE20[truth]
    if base == "dwelling":
        return printed in DWELLING20[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS20["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA20_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value (address lines join their parts), every truth field
    is printed, a choice's chosen option is the truth's value, and distractors (values with no
    field name) never repeat a truth date."""
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            days = {str(v) for v in truth.values() if isinstance(v, str) and ISO_DATE.match(v)}
            printed: dict[str, list[str]] = {}
            for f in fields(doc):
                if f.options and f.chosen is not None:
                    assert f.options[f.chosen] == f.value or f.key == "role"
                if not f.name:
                    assert f.chosen is None or f.key in ("role", "sex"), (
                        layout, doc_type, f.key)
                    if f.key == "date_of_birth":
                        assert not any(f.value in printed_dates(date.fromisoformat(d))
                                       for d in days), (layout, doc_type, f.value)
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
                if doc_type == "identity_document" and name not in printed:
                    continue  # the copy of the document shows it (the zone is checked below)
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)


def test_matrix_forms_have_person_or_role_columns() -> None:
    """Two-person documents put their persons side by side; spanning rows hold shared values."""
    cols: dict[str, set[int]] = {}
    for doc_type in DOCUMENT_TYPES:
        for seed in range(12):
            rng = random.Random(f"columns/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            doc = build_doc(record, make_style("matrix", rng), rng, doc_type)
            assert isinstance(doc, MDoc)
            first = doc.tables[0]
            cols.setdefault(doc_type, set()).add(len(first.cols))
            for t in doc.tables:
                for item in t.items:
                    if isinstance(item, Row):
                        assert len(item.cells) == (1 if item.wide else len(t.cols)), doc_type
            if doc_type == "eheurkunde":
                row = next(r for r in first.items if isinstance(r, Row)
                           and r.key == "family_name")
                assert [c.fld.name for c in row.cells if c.fld] == [
                    "spouse1_family_name", "spouse2_family_name"]
    assert max(cols["anmeldung"]) >= 3 and min(cols["anmeldung"]) == 2
    assert cols["geburtsurkunde"] <= {2, 3} and 3 in cols["geburtsurkunde"]
    assert cols["eheurkunde"] == {2}
    assert max(cols["aufenthaltstitel_antrag"]) >= 3


@pytest.mark.parametrize("layout", EXTRA20_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, date styles and structure vary per document."""
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


def test_furniture_dates_are_never_truth(text20: Path) -> None:
    """Print dates, signing days and upload times are none of the truth's dates."""
    seen = 0
    for truth in truths_of(text20, "text"):
        text = _pdf_text(text20 / truth["file"])
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        printed = {p for d in days for p in printed_dates(date.fromisoformat(d))}
        if truth["layout"] == "webprint":  # the browser's two-digit-year print stamp
            for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{2}), \d{2}:\d{2}", text):
                day = date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
                assert day.isoformat() not in days, truth["file"]
                seen += 1
        if truth["document_type"] in ("anmeldung", "wohnungsgeberbestaetigung",
                                      "antrag_zulassung", "aufenthaltstitel_antrag") and \
                truth["layout"] == "matrix":
            found = re.findall(r", (\d{2}\.\d{2}\.\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|"
                               r"\d{2}\. \d{2}\. \d{4})", text)
            assert found, truth["file"]
            assert not set(found) & printed, (truth["file"], found)
            seen += 1
    assert seen


def test_build_doc_furniture_days_avoid_truth() -> None:
    from samples.render_extra20 import _day
    for doc_type in DOCUMENT_TYPES:
        for seed in range(20):
            rng = random.Random(f"furniture/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style("webprint", rng)
            doc = build_doc(record, style, rng, doc_type)
            day = _day(doc, record, rng)
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert day.isoformat() not in truth
            assert doc.furniture == [day]


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA20_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA20_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra19 pair does not touch anything of extra20, and the same seed gives
    the same bytes whether the pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra19"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["cloze", "vertical"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA19_LAYOUTS for t in load_truths(tmp_path / "a"))


def test_cli_extra20(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra20", "--types", "aufenthaltstitel_antrag",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA20_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
