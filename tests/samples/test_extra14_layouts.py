"""The fourteenth extra pair of blind held-out layouts (``duplex``, ``gov``): opt-in like the
other extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF
and as scans with catalog-true truth, the text layer prints each truth value (pdfium, and
pdfplumber once an upside-down back is turned back), ticked options agree with the truth,
identity documents keep a whole machine-readable zone on an upright page, furniture dates are
never truth dates, the duplex form always has a front and a back (some backs turned by
``/Rotate 180``) and the summary has its right-aligned labels and thin rules, and generation is
reproducible. Kept small: one document per type and layout, plus a few text-only runs."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, all_fields
from samples.data import make_record
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA13_LAYOUTS,
    EXTRA14_LAYOUTS,
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
    make_style,
    resolve_layouts,
)
from samples.render_extra14 import build_doc, fields
from samples.truth import truth_fields
from samples.wording import MONTHS
from samples.wording_extra13 import all_label_strings as extra13_strings
from samples.wording_extra13 import value_strings as extra13_values
from samples.wording_extra14 import (
    DUPLEX_LABELS,
    DUPLEX_SECTIONS,
    DUPLEX_TITLES,
    DUPLEX_WORDS,
    DWELLING14,
    GOV_LABELS,
    GOV_SECTIONS,
    GOV_TITLES,
    GOV_WORDS,
    ID_KINDS14,
    LANDLORD_ROLES14,
    PURPOSE14,
    SEX14,
    SHARED_WORDS,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import Pool, literals_except, norm
from tests.samples.test_extra13_layouts import _older_pools as older13
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra14.py", "render_extra14.py")
KINDS = ("text", "clean", "degraded", "dpi200")


@pytest.fixture(scope="module")
def extra14(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and every scan kind."""
    out = tmp_path_factory.mktemp("extra14")
    for layout in EXTRA14_LAYOUTS:
        generate(out, per_type=1, seed=141, kinds=KINDS, layouts=[layout], jobs=2)
    return out


@pytest.fixture(scope="module")
def extra14_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type five times in each layout, text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra14_text")
    generate(out, per_type=10, seed=1414, kinds=("text",), layouts=["extra14"], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


# --- selection ---------------------------------------------------------------------------------


def test_extra14_group_is_opt_in() -> None:
    assert EXTRA14_LAYOUTS == ("duplex", "gov")
    assert OPT_IN_GROUPS["extra14"] == EXTRA14_LAYOUTS
    assert expand_opt_in(["extra14"]) == list(EXTRA14_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra14"])) == EXTRA14_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra14", "gov"])) == (
        "colon", *EXTRA14_LAYOUTS)
    assert resolve_layouts(["gov", "duplex"]) == ("gov", "duplex")
    assert set(EXTRA14_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA14_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra14":
            assert set(EXTRA14_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra13"])) == EXTRA13_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS, EXAMPLE_LAYOUTS,
                  TURNED_LAYOUTS, PHOTO_LAYOUTS):
        assert set(EXTRA14_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 38
    with pytest.raises(ValueError):
        resolve_layouts(["extra14"])  # only generate and the CLI expand the group name


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE14, DWELLING14)
_norm = norm
_variants = POOL.variants
_identity_printed = POOL.identity_printed


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The seventeen older pools as their own modules list them."""
    return older13() | set(extra13_strings()) | set(extra13_values())


def test_extra14_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(DUPLEX_TITLES) == set(GOV_TITLES) == set(DOCUMENT_TYPES)
    for pool in (DUPLEX_LABELS, DUPLEX_SECTIONS, DUPLEX_TITLES, DUPLEX_WORDS, GOV_LABELS,
                 GOV_SECTIONS, GOV_TITLES, GOV_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 5, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    assert any(s.endswith("?") for s in GOV_LABELS.values() for s in s)  # some questions
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_a_caption_and_a_label() -> None:
    keys = {
        "family_name": "family_name", "given_names": "given_names", "birth_name": "birth_name",
        "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth", "sex": "sex",
        "nationality": "nationality", "move_in_date": "move_in_date", "street": "street",
        "house_number": "house_number", "postal_code": "postal_code", "city": "city",
        "previous_address": "previous_address", "dwelling": "dwelling",
        "landlord_name": "landlord_name", "landlord_address": "landlord_address",
        "tenant_names": "tenant", "mother_name": "mother_name", "father_name": "father_name",
        "registry_office": "registry_office", "register_number": "register_number",
        "issue_date": "issue_date", "marriage_date": "marriage_date",
        "marriage_place": "marriage_place", "date_of_death": "date_of_death",
        "place_of_death": "place_of_death", "vin": "vin", "evb_number": "evb_number",
        "desired_plate": "desired_plate", "iban": "iban", "account_holder": "account_holder",
        "passport_number": "passport_number", "passport_expiry_date": "passport_expiry_date",
        "entry_date": "entry_date", "purpose": "purpose", "document_number": "doc_number",
        "expiry_date": "expiry_date", "issuing_state": "issuing_state",
        "document_code": "doc_code", "mrz_format": "doc_kind",
    }
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            assert keys[base] in DUPLEX_LABELS, (doc_type, name)
            assert keys[base] in GOV_LABELS, (doc_type, name)
    assert set(DUPLEX_LABELS) <= set(GOV_LABELS)
    assert set(DUPLEX_SECTIONS) == set(GOV_SECTIONS)


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_catalog_truth(extra14: Path) -> None:
    truths = _truths(extra14)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA14_LAYOUTS
        for kind in KINDS}
    for truth in truths:
        assert truth["holdout"] is True
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra14 / truth["file"]).is_file()
        if truth["layout"] == "duplex":
            assert truth["pages"] == 2, truth["file"]  # always a front and a back


def test_scans_have_the_truths_pages(extra14: Path) -> None:
    for truth in _truths(extra14):
        path = extra14 / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"], truth["file"]
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"], truth["file"]
                assert round(img.info.get("dpi", (0, 0))[0]) == truth["dpi"], truth["file"]


def _check_printed(text: str, truth: dict[str, Any], squeeze: bool = False) -> None:
    def has(p: str) -> bool:
        return (p.replace(" ", "") in text) if squeeze else (p in text)

    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            assert _identity_printed(name, value, text if not squeeze else compact,
                                     truth["mrz"]), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in _variants(name, v) if has(p)], (truth["file"], name, v)


def test_text_layer_prints_every_truth_value(extra14: Path, extra14_text: Path) -> None:
    for folder in (extra14, extra14_text):
        for truth in _truths(folder, "text"):
            _check_printed(_pdf_text(folder / truth["file"]), truth)


def _plumber_text(path: Path) -> tuple[str, list[int]]:
    """pdfplumber's text of every page, an upside-down page turned back (its reading order is
    reversed as a whole), and the pages' rotations."""
    parts, rotations = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text = page.extract_text() or ""
            rotations.append(page.rotation)
            parts.append(text[::-1] if page.rotation == 180 else text)
    return " ".join(" ".join(p.split()) for p in parts).replace(" ", ""), rotations


def test_pdfplumber_reads_every_page(extra14: Path, extra14_text: Path) -> None:
    turned = 0
    for folder in (extra14, extra14_text):
        for truth in _truths(folder, "text"):
            text, rotations = _plumber_text(folder / truth["file"])
            assert rotations[0] == 0 and set(rotations) <= {0, 180}, truth["file"]
            turned += rotations[-1] == 180
            if truth["layout"] == "gov" or truth["document_type"] == "identity_document":
                assert set(rotations) == {0}, truth["file"]
            _check_printed(text, truth, squeeze=True)
    assert turned >= 5  # some backs come upside down


def test_identity_zone_lines_stay_whole(extra14: Path, extra14_text: Path) -> None:
    for folder in (extra14, extra14_text):
        for truth in _truths(folder, "text"):
            if truth["document_type"] != "identity_document":
                continue
            with pdfplumber.open(folder / truth["file"]) as pdf:
                lines = [ln.replace(" ", "") for page in pdf.pages
                         for ln in (page.extract_text() or "").splitlines()]
            for zone_line in truth["mrz"]:
                assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


@pytest.mark.parametrize("layout", EXTRA14_LAYOUTS)
def test_ticked_options_agree_with_the_truth(layout: str) -> None:
    """Built straight from many records: every ticked box stands for the truth's value, and
    every printed value of a choice is the truth's."""
    seen = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(30):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            for f in fields(doc):
                if f.kind == "choice":
                    seen.add(f.key)
                    assert layout == "duplex"
                    assert f.chosen is not None and f.options[f.chosen] == f.value
                if f.key == "sex" and doc_type != "aufenthaltstitel_antrag":
                    assert f.value in sex_printings(str(truth["sex"])), (doc_type, seed)
                elif f.key == "purpose":
                    assert f.value in PURPOSE14[str(truth["purpose"])]
                elif f.key == "dwelling":
                    assert f.value in DWELLING14[str(truth["dwelling"])]
                elif f.key == "doc_kind":
                    kind = "P" if truth["document_code"] == "P" else "I"
                    assert f.value in ID_KINDS14[kind]
                elif f.key == "landlord_role":
                    owner = getattr(record, "landlord_is_owner", None)
                    assert f.value in LANDLORD_ROLES14[0 if owner else 1]
    if layout == "duplex":
        assert {"sex", "purpose", "dwelling", "landlord_role", "doc_kind"} <= seen


def test_duplex_front_holds_about_half_the_fields() -> None:
    """The front page shows the first half of the fields (cut between rows of boxes)."""
    for doc_type in DOCUMENT_TYPES:
        rng = random.Random(f"half/{doc_type}")
        record = make_record(doc_type, rng)
        doc = build_doc(record, make_style("duplex", rng), rng, doc_type)
        assert len(doc.sections) >= 2 and all(sec.items for sec in doc.sections)
    assert SEX14["word"]["F"] == "weiblich"


def test_furniture_dates_are_never_truth_dates(extra14_text: Path) -> None:
    """The summary's creation day and the duplex form's signing day are none of the truth's
    dates."""
    for truth in _truths(extra14_text, "text"):
        text = _pdf_text(extra14_text / truth["file"])
        days = {date.fromisoformat(v) for v in truth["fields"].values()
                if isinstance(v, str) and ISO_DATE.match(v)}
        found = []
        for d, m, y in re.findall(r"(?<!\.), (\d{2})\.(\d{2})\.(\d{4})\b", text):
            found.append(date(int(y), int(m), int(d)))  # "place, day" (not "Sa., day")
        for y, m, d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2}), \d{2}:\d{2}", text):
            found.append(date(int(y), int(m), int(d)))
        for d, month, y in re.findall(r"(\d{1,2})\. (\w+) (\d{4}), \d{2}:\d{2}", text):
            found.append(date(int(y), MONTHS.index(month) + 1, int(d)))
        if truth["layout"] == "gov":
            assert re.search(r"\d{4}, \d{2}:\d{2}|\d{4}-\d{2}-\d{2}, \d{2}:\d{2}", text), truth[
                "file"]
        elif truth["document_type"] not in ("geburtsurkunde", "eheurkunde", "sterbeurkunde"):
            assert found, truth["file"]
        assert not set(found) & days, truth["file"]


# --- the looks ---------------------------------------------------------------------------------


def test_duplex_has_boxes_numerals_and_fine_print(extra14_text: Path) -> None:
    for truth in _truths(extra14_text, "text"):
        if truth["layout"] != "duplex":
            continue
        with pdfplumber.open(extra14_text / truth["file"]) as pdf:
            curves = sum(len(p.curves) + len(p.rects) for p in pdf.pages)
            sizes = [float(ch["size"]) for p in pdf.pages for ch in p.chars]
        assert curves >= 6, truth["file"]  # rounded boxes
        assert min(sizes) < 6.5, truth["file"]  # fine print and captions
        text = _pdf_text(extra14_text / truth["file"])
        assert re.search(r"\bI\. .*\bII\. ", text), truth["file"]


def test_gov_has_right_aligned_labels_and_rules(extra14_text: Path) -> None:
    for truth in _truths(extra14_text, "text"):
        if truth["layout"] != "gov":
            continue
        with pdfplumber.open(extra14_text / truth["file"]) as pdf:
            rules = [ln for p in pdf.pages for ln in p.lines if abs(ln["x0"] - ln["x1"]) < 0.1]
            words = [wd for p in pdf.pages for wd in p.extract_words()]
        assert len(rules) >= 3, truth["file"]  # one thin rule per row
        rule_x = rules[0]["x0"]
        ends = [wd["x1"] for wd in words if rule_x - 16 < wd["x1"] < rule_x]
        assert len(ends) >= 4, truth["file"]  # labels end just before the rule
        assert any(t in _pdf_text(extra14_text / truth["file"]) for options in
                   (GOV_WORDS["tx"],) for t in options), truth["file"]


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA14_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA14_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra14(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra14", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA14_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
