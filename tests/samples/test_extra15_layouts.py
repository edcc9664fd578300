"""The fifteenth extra pair of blind held-out layouts (``ciec``, ``legend``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and as every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone,
ticked options agree with the truth, only optional fields are ever struck, furniture dates and
form numbers are never truth values, the extract prints its rows in two or three languages
besides German and the coded form explains its codes in a key block, and generation is
reproducible. Kept small: one document per type and layout in every kind, plus a text-only run.
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
    EXTRA14_LAYOUTS,
    EXTRA15_LAYOUTS,
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
from samples.render_extra15 import build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra14 import all_label_strings as extra14_strings
from samples.wording_extra14 import value_strings as extra14_values
from samples.wording_extra15 import (
    CIEC_FOREIGN,
    CIEC_LABELS,
    CIEC_SECTIONS,
    CIEC_SECTIONS_FOREIGN,
    CIEC_TITLES,
    CIEC_TITLES_FOREIGN,
    CIEC_WORDS,
    DWELLING15,
    ID_KINDS15,
    LANDLORD_ROLES15,
    LANGS,
    LEGEND_HEADS,
    LEGEND_LABELS,
    LEGEND_SECTIONS,
    LEGEND_SHORT,
    LEGEND_TITLES,
    LEGEND_WORDS,
    PURPOSE15,
    SEX15,
    SHARED_WORDS,
    all_label_strings,
    foreign_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import Pool, literals_except, norm
from tests.samples.test_extra14_layouts import _older_pools as older14
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra15.py", "render_extra15.py")
KINDS = ("text", "clean", "degraded", "dpi200")
# catalog field (without its person prefix) -> the pool's key
KEYS = {
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
# rows that may be struck (ciec) or left empty (legend): optional catalog fields, and a few
# rows that are no catalog field at all
OPTIONAL_KEYS = {"birth_name", "previous_address", "dwelling", "father_name", "desired_plate",
                 "tenant", "remarks"}


@pytest.fixture(scope="module")
def extra15(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and every scan kind."""
    out = tmp_path_factory.mktemp("extra15")
    for layout in EXTRA15_LAYOUTS:
        generate(out, per_type=1, seed=151, kinds=KINDS, layouts=[layout], jobs=2)
    return out


@pytest.fixture(scope="module")
def extra15_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type ten times (five per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra15_text")
    generate(out, per_type=10, seed=1515, kinds=("text",), layouts=["extra15"], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


# --- selection ---------------------------------------------------------------------------------


def test_extra15_group_is_opt_in() -> None:
    assert EXTRA15_LAYOUTS == ("ciec", "legend")
    assert OPT_IN_GROUPS["extra15"] == EXTRA15_LAYOUTS
    assert expand_opt_in(["extra15"]) == list(EXTRA15_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra15"])) == EXTRA15_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra15", "legend"])) == (
        "colon", *EXTRA15_LAYOUTS)
    assert resolve_layouts(["legend", "ciec"]) == ("legend", "ciec")
    assert set(EXTRA15_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA15_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra15":
            assert set(EXTRA15_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra14"])) == EXTRA14_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra13"])) == EXTRA13_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS, EXAMPLE_LAYOUTS,
                  TURNED_LAYOUTS, PHOTO_LAYOUTS):
        assert set(EXTRA15_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 40
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS  # older orders stay as they were
    with pytest.raises(ValueError):
        resolve_layouts(["extra15"])  # only generate and the CLI expand the group name


def test_default_and_all_never_draw_them(tmp_path: Path) -> None:
    """Enough documents that every default layout is drawn; none is one of the pair."""
    per_type = len(LAYOUTS)
    for name, layouts in (("default", None), ("all", ["all"])):
        generate(tmp_path / name, per_type=per_type, seed=15, kinds=("text",), layouts=layouts,
                 doc_types=("anmeldung", "identity_document"))
        drawn = {t["layout"] for t in load_truths(tmp_path / name)}
        assert drawn == set(LAYOUTS), name
        assert drawn.isdisjoint(EXTRA15_LAYOUTS), name


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE15, DWELLING15)
_norm = norm
_variants = POOL.variants
_identity_printed = POOL.identity_printed


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The eighteen older pools as their own modules list them."""
    return older14() | set(extra14_strings()) | set(extra14_values())


def test_extra15_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    for titles in (CIEC_TITLES, LEGEND_TITLES, *CIEC_TITLES_FOREIGN.values()):
        assert set(titles) == set(DOCUMENT_TYPES)
    for pool in (CIEC_LABELS, CIEC_SECTIONS, CIEC_TITLES, CIEC_WORDS, LEGEND_LABELS,
                 LEGEND_SHORT, LEGEND_SECTIONS, LEGEND_TITLES, LEGEND_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 5, key
    mine = [s for s in all_label_strings() + foreign_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    for s in all_label_strings() + foreign_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    """Each catalog field has a German row label, its translation in every language, an
    explanation for the key block and a short label."""
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS[base]
            assert key in CIEC_LABELS and key in LEGEND_LABELS, (doc_type, name)
            assert key in LEGEND_SHORT, (doc_type, name)
            for lang in LANGS:
                assert key in CIEC_FOREIGN[lang], (lang, key)
    assert set(LEGEND_LABELS) <= set(CIEC_LABELS)
    for lang in LANGS:
        assert set(CIEC_FOREIGN[lang]) == set(CIEC_LABELS), lang
        assert set(CIEC_SECTIONS_FOREIGN[lang]) == set(CIEC_SECTIONS), lang
    assert set(CIEC_SECTIONS) - {"spouses"} == set(LEGEND_SECTIONS)


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_catalog_truth(extra15: Path) -> None:
    truths = _truths(extra15)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA15_LAYOUTS
        for kind in KINDS}
    for truth in truths:
        assert truth["holdout"] is True
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra15 / truth["file"]).is_file()
        if truth["document_type"] == "identity_document":
            assert truth["mrz"] and truth["fields"]["mrz_format"] in ("TD1", "TD3")


def test_truth_files_are_complete(extra15: Path, extra15_text: Path) -> None:
    """Every required field of the type is in the truth, every kind of a document has the
    same fields, and the plan's two-page documents have two pages."""
    for folder in (extra15, extra15_text):
        by_source: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for truth in _truths(folder):
            required, _ = FIELDS[truth["document_type"]]
            assert set(required) <= set(truth["fields"]), truth["file"]
            by_source.setdefault((truth["source_id"], truth["layout"]), []).append(truth)
        for group in by_source.values():
            assert all(t["fields"] == group[0]["fields"] for t in group)
            assert all(t["pages"] == group[0]["pages"] for t in group)
    pages = {t["pages"] for t in _truths(extra15_text)}
    assert pages == {1, 2}


def test_scans_have_the_truths_pages(extra15: Path) -> None:
    for truth in _truths(extra15):
        path = extra15 / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"], truth["file"]
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"], truth["file"]
                assert round(img.info.get("dpi", (0, 0))[0]) == truth["dpi"], truth["file"]


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


def test_text_layer_prints_every_truth_value(extra15: Path, extra15_text: Path) -> None:
    for folder in (extra15, extra15_text):
        for truth in _truths(folder, "text"):
            _check_printed(folder, truth)


def test_identity_zone_lines_stay_whole(extra15: Path, extra15_text: Path) -> None:
    for folder in (extra15, extra15_text):
        for truth in _truths(folder, "text"):
            if truth["document_type"] != "identity_document":
                continue
            with pdfplumber.open(folder / truth["file"]) as pdf:
                lines = [ln.replace(" ", "") for page in pdf.pages
                         for ln in (page.extract_text() or "").splitlines()]
            for zone_line in truth["mrz"]:
                assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


@pytest.mark.parametrize("layout", EXTRA15_LAYOUTS)
def test_choices_and_struck_rows_agree_with_the_truth(layout: str) -> None:
    """Built straight from many records: every ticked box stands for the truth's value, every
    printed choice is the truth's, and a row is struck (or a box left empty) only where an
    optional field is absent from the truth."""
    seen = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(30):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            for f in fields(doc):
                for kind in (f.kind, f.kind2 if f.value2 is not None else "text"):
                    if kind != "na":
                        continue
                    seen.add("na")
                    assert f.key in OPTIONAL_KEYS, (doc_type, f.key)
                    if f.key == "tenant":
                        assert f.nth > len(truth["tenant_names"]), (doc_type, seed)
                    elif f.key in all_fields(doc_type):
                        assert f.key not in truth, (doc_type, seed, f.key)
                if f.kind == "choice":
                    seen.add(f.key)
                    assert layout == "legend"
                    if f.chosen is None:
                        assert f.key == "dwelling" and "dwelling" not in truth
                        continue
                    assert f.options[f.chosen] == f.value
                if f.key == "sex" and doc_type != "aufenthaltstitel_antrag":
                    assert f.value in sex_printings(str(truth["sex"])), (doc_type, seed)
                elif f.key == "purpose":
                    assert f.value in PURPOSE15[str(truth["purpose"])]
                elif f.key == "dwelling" and f.kind != "na" and f.value:
                    assert f.value in DWELLING15[str(truth["dwelling"])]
                elif f.key == "doc_kind":
                    kind = "P" if truth["document_code"] == "P" else "I"
                    assert f.value in ID_KINDS15[kind]
                elif f.key == "landlord_role":
                    owner = getattr(record, "landlord_is_owner", None)
                    assert f.value in LANDLORD_ROLES15[0 if owner else 1]
                elif f.key == "birth_name" and f.kind != "na":
                    assert f.value == truth.get("birth_name") or doc_type == "eheurkunde"
    if layout == "legend":
        assert {"sex", "purpose", "dwelling", "landlord_role", "doc_kind"} <= seen
    assert "na" in seen
    assert SEX15["word"]["F"] == "weiblich"


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_and_numbers_are_never_truth(extra15_text: Path) -> None:
    """The signing day of an application ("place, day") is none of the truth's dates, and the
    form number occurs in no truth value."""
    for truth in _truths(extra15_text, "text"):
        text = _pdf_text(extra15_text / truth["file"])
        days = {date.fromisoformat(v) for v in truth["fields"].values()
                if isinstance(v, str) and ISO_DATE.match(v)}
        placed = [date(int(y), int(m), int(d))
                  for d, m, y in re.findall(r", (\d{2})\.(\d{2})\.(\d{4})\b", text)]
        if truth["document_type"] not in ("geburtsurkunde", "eheurkunde", "sterbeurkunde",
                                          "identity_document"):
            assert placed, truth["file"]
        assert not set(placed) & days, truth["file"]
        values = [v for value in truth["fields"].values()
                  for v in (value if isinstance(value, list) else [value])]
        numbers = re.findall(r"\b[A-Z]-(\d{3})\b", text)
        assert numbers, truth["file"]
        for number in numbers[:1]:
            assert not any(number in v for v in values), (truth["file"], number)


# --- the looks ---------------------------------------------------------------------------------


def test_ciec_rows_speak_two_or_three_other_languages(extra15_text: Path) -> None:
    checked = 0
    for truth in _truths(extra15_text, "text"):
        if truth["layout"] != "ciec":
            continue
        text = _pdf_text(extra15_text / truth["file"])
        present = {lang for lang in LANGS
                   if sum(label in text for label in CIEC_FOREIGN[lang].values()) >= 4}
        assert 2 <= len(present) <= 3, (truth["file"], present)
        assert any(CIEC_TITLES_FOREIGN[lang][truth["document_type"]] in text
                   for lang in present), truth["file"]
        # numbered rows: at least as many row numbers as fields
        numbers = re.findall(r"(?:^| )(\d{1,2}[a-p]?) (?=\S)", text)
        assert len(numbers) >= len(truth["fields"]) // 2, truth["file"]
        checked += 1
    assert checked >= 30


def test_legend_explains_every_code(extra15_text: Path) -> None:
    """The coded form prints a key block; codes stand in the boxes; at most a third of the
    forms print short labels beside the codes."""
    checked = short = 0
    for truth in _truths(extra15_text, "text"):
        if truth["layout"] != "legend":
            continue
        text = _pdf_text(extra15_text / truth["file"])
        assert any(head in text for head in LEGEND_HEADS), truth["file"]
        explained = sum(label in text for options in LEGEND_LABELS.values()
                        for label in options)
        assert explained >= len(truth["fields"]) * 2 // 3, truth["file"]
        shorts = sum(s in text for options in LEGEND_SHORT.values() for s in options
                     if s not in SHARED_WORDS)
        short += shorts >= 3
        checked += 1
    assert checked >= 30
    assert 1 <= short <= checked * 0.45


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA15_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA15_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra15(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra15", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA15_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
