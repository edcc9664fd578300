"""The twenty-second extra pair of blind held-out layouts (``outline``, ``markup``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value, outline forms are numbered to the third level and markup
records print element names or keys, furniture dates are never truth dates, and generation is
reproducible.
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
    EXTRA21_LAYOUTS,
    EXTRA22_LAYOUTS,
    LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra22 import _day, build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra21 import all_label_strings as extra21_strings
from samples.wording_extra21 import translation_strings as extra21_translations
from samples.wording_extra21 import value_strings as extra21_values
from samples.wording_extra22 import (
    DWELLING22,
    ID_KINDS22,
    JSON_NAMES,
    MARKUP_GROUPS,
    OUTLINE_LABELS,
    OUTLINE_SECTIONS,
    OUTLINE_TITLES,
    PURPOSE22,
    SHARED_WORDS,
    XML_NAMES,
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
from tests.samples.test_extra21_layouts import _older_pools as older21
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

MINE = ("wording_extra22.py", "render_extra22.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}
# the catalog's dwelling and purpose as either layout prints them
POOL = Pool(printed_dates, sex_printings, nationality_printings,
            {k: v for k, v in PURPOSE22.items()}, {k: v for k, v in DWELLING22.items()})


@pytest.fixture(scope="module")
def text22(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra22_text")
    generate(out, per_type=8, seed=2222, kinds=("text",), layouts=["extra22"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans22(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra22_scans")
    generate(out, per_type=2, seed=223, kinds=KINDS, layouts=["extra22"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra22_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA22_LAYOUTS == ("outline", "markup")
    check_opt_in(tmp_path, "extra22", EXTRA22_LAYOUTS, "extra21", 54, 22, "geburtsurkunde")
    assert OPT_IN_LAYOUTS[-12:-10] == EXTRA22_LAYOUTS
    generate(tmp_path / "default", per_type=len(LAYOUTS), seed=22, kinds=("text",),
             doc_types=("anmeldung",))
    assert {t["layout"] for t in load_truths(tmp_path / "default")} == set(LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-five older pools as their own modules list them."""
    return (older21() | set(extra21_strings()) | set(extra21_values())
            | set(extra21_translations()))


def test_extra22_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "Postleitzahl"} == SHARED_WORDS
    assert set(OUTLINE_TITLES) == set(DOCUMENT_TYPES)
    assert set(XML_NAMES) == set(JSON_NAMES) == set(OUTLINE_LABELS)
    for pool in (OUTLINE_LABELS, OUTLINE_SECTIONS, XML_NAMES, JSON_NAMES, MARKUP_GROUPS):
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
    # element names and keys look like identifiers, the outline's labels like prose
    for pool in (XML_NAMES, JSON_NAMES):
        for options in pool.values():
            assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9.]*", s) for s in options), options


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS.get(base, base)
            assert key in OUTLINE_LABELS and key in XML_NAMES and key in JSON_NAMES, name


# --- truth -------------------------------------------------------------------------------------


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text22: Path) -> None:
    truths = check_complete_truths(text22, EXTRA22_LAYOUTS)
    for truth in truths:
        with pdfplumber.open(text22 / truth["file"]) as pdf:
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]
                    assert ch["top"] >= -1 and ch["bottom"] <= page.height + 1, truth["file"]


def test_text_layer_prints_every_truth_value(text22: Path) -> None:
    for truth in truths_of(text22, "text"):
        _check_printed(text22, truth)


def test_scans_in_every_kind_match_their_text_documents(scans22: Path) -> None:
    check_scans_match(scans22, SCAN_TYPES, EXTRA22_LAYOUTS, KINDS, _check_printed)


def test_outline_numbers_deeply_and_markup_prints_names(text22: Path) -> None:
    """Outline forms number their entries to the second and third level; markup records name
    their values by element names (XML) or keys (JSON) of the pool."""
    deep = 0
    styles = set()
    for truth in truths_of(text22, "text"):
        text = _pdf_text(text22 / truth["file"])
        if truth["layout"] == "outline":
            assert re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\.?\s", text), truth["file"]
            if re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s|\s[a-e]\)\s|\s[1-5]\.\s",
                         text):
                deep += 1
            if re.search(r"\sA\.\s", text):
                styles.add("legal")
            if re.search(r"\s\d\.\d\s", text):
                styles.add("decimal")
            continue
        names = {s for pool in (XML_NAMES, JSON_NAMES) for v in pool.values() for s in v}
        xml = re.findall(r"<([A-Za-z][\w.]*)[ >/]", text)
        keys = re.findall(r'"([A-Za-z][\w]*)":', text)
        assert xml or keys, truth["file"]
        assert set(xml) & names or set(keys) & names, truth["file"]
    assert deep >= 8 and styles == {"legal", "decimal"}, (deep, styles)


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
        return printed in PURPOSE22[truth]
    if base == "dwelling":
        return printed in DWELLING22[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS22["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA22_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value (joined address parts in order), every truth field is
    printed, a choice's chosen option is the truth's value, and values with no field name
    (distractors, items that do not apply) never repeat a truth date."""
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
                    assert f.options[f.chosen] == f.value, (layout, doc_type, f.key)
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
                    assert sorted(printed[name]) == sorted(value), (doc_type, name)
                    continue
                if doc_type == "identity_document" and name not in printed:
                    continue  # the copy of the document and its zone show it
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)


@pytest.mark.parametrize("layout", EXTRA22_LAYOUTS)
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


def test_furniture_dates_are_never_truth(text22: Path) -> None:
    """Print stamps, signing days and message time stamps are none of the truth's dates."""
    seen = 0
    for truth in truths_of(text22, "text"):
        text = _pdf_text(text22 / truth["file"])
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        stamps = [date(int(y), int(m), int(d)) for d, m, y in
                  re.findall(r"\b(\d{2})\.(\d{2})\.(\d{4}),? \d{2}:\d{2}\b", text)]
        stamps += [date.fromisoformat(d) for d in re.findall(r"(\d{4}-\d{2}-\d{2})T\d{2}:", text)]
        assert stamps, truth["file"]
        assert not {d.isoformat() for d in stamps} & days, (truth["file"], stamps)
        if truth["layout"] == "outline" and truth["document_type"] not in (
                "geburtsurkunde", "eheurkunde", "sterbeurkunde", "identity_document"):
            printed = {p for d in days for p in printed_dates(date.fromisoformat(d))}
            signed = re.findall(r"[A-ZÄÖÜ][\w. ()/-]+, (?:den )?(\d{1,2}\.\d{1,2}\.\d{4}|"
                                r"\d{1,2}\. \w+ \d{4})", text)
            assert signed and not set(signed) & printed, (truth["file"], signed)
        seen += 1
    assert seen == 64


def test_build_doc_furniture_days_avoid_truth() -> None:
    for layout in EXTRA22_LAYOUTS:
        for doc_type in DOCUMENT_TYPES:
            for seed in range(12):
                rng = random.Random(f"furniture/{layout}/{doc_type}/{seed}")
                record = make_record(doc_type, rng)
                doc = build_doc(record, make_style(layout, rng), rng, doc_type)
                day = _day(doc, record, rng)
                truth = {v for v in truth_fields(record).values()
                         if isinstance(v, str) and ISO_DATE.match(v)}
                assert day.isoformat() not in truth
                assert doc.furniture == [day]


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA22_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA22_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra21 pair does not touch anything of extra22, and the same seed gives
    the same bytes whether the pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra21"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["polyglot", "fillable"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA21_LAYOUTS for t in load_truths(tmp_path / "a"))


def test_cli_extra22(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra22", "--types", "antrag_zulassung", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA22_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
