"""The twenty-first extra pair of blind held-out layouts (``polyglot``, ``fillable``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, each
truth value is printed in the text layer or (fillable forms) stored in a form field, the
multilingual labels keep their Cyrillic, Turkish and Polish letters, scans of filled forms show
the fields' values, furniture dates are never truth dates, and generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from PIL import Image

from samples import raster
from samples.catalog import DOCUMENT_TYPES, FIELDS, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA20_LAYOUTS,
    EXTRA21_LAYOUTS,
    FORM_LAYOUTS,
    LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra21 import build_doc, fields, rasterise_forms
from samples.truth import truth_fields
from samples.wording_extra20 import all_label_strings as extra20_strings
from samples.wording_extra20 import value_strings as extra20_values
from samples.wording_extra21 import (
    DWELLING21,
    FILL_LABELS,
    ID_KINDS21,
    LANGS,
    POLY_LABELS,
    POLY_TRANS,
    PURPOSE21,
    SHARED_WORDS,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    translation_strings,
    value_strings,
)
from tests.samples.pool_checks import (
    Pool,
    check_opt_in,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra20_layouts import _older_pools as older20
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

MINE = ("wording_extra21.py", "render_extra21.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
KEYS = {
    "tenant_names": "tenant",
    "document_number": "doc_number",
    "document_code": "doc_code",
    "mrz_format": "doc_kind",
}
POOL = Pool(
    printed_dates,
    sex_printings,
    nationality_printings,
    {k: v for k, v in PURPOSE21.items()},
    {k: v for k, v in DWELLING21.items()},
)


@pytest.fixture(scope="module")
def text21(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra21_text")
    generate(out, per_type=8, seed=2121, kinds=("text",), layouts=["extra21"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans21(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (some of them two pages)."""
    out = tmp_path_factory.mktemp("extra21_scans")
    generate(
        out, per_type=2, seed=213, kinds=KINDS, layouts=["extra21"], doc_types=SCAN_TYPES, jobs=1
    )
    return out



def _widgets(path: Path) -> list[dict[str, Any]]:
    """The form-field widgets: page, rectangle, field name, value (decoded)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for a in pdf.annots:
            data = a.get("data") or {}
            if str(data.get("Subtype")) != "/'Widget'":
                continue
            value = data.get("V")
            if isinstance(value, bytes):
                value = decode_text(value)
            elif isinstance(value, PSLiteral):
                value = str(value.name)
            out.append(
                {
                    "page": a["page_number"],
                    "rect": data.get("Rect"),
                    "name": decode_text(data["T"]) if isinstance(data.get("T"), bytes) else None,
                    "value": value,
                    "ft": str(data.get("FT")),
                }
            )
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra21_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA21_LAYOUTS == ("polyglot", "fillable")
    assert FORM_LAYOUTS == ("fillable",)
    check_opt_in(tmp_path, "extra21", EXTRA21_LAYOUTS, "extra20", 52, 21,
                 "wohnungsgeberbestaetigung")


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-four older pools as their own modules list them."""
    return older20() | set(extra20_strings()) | set(extra20_values())


def test_extra21_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "Postleitzahl"} == SHARED_WORDS
    for pool in (POLY_LABELS, FILL_LABELS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    literals = literals_except(MINE)
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(s) for s in literals}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    # the translations neither (Cyrillic ones compared as they are: ``norm`` keeps no Cyrillic)
    trans = translation_strings()
    assert [s for s in trans if s in older or s in literals] == []
    latin = [s for s in trans if len(norm(s)) >= 4 and len(norm(s)) >= 0.6 * len(s)]
    assert latin and [s for s in latin if norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the German wording prints in a base-14 face too
    assert any(re.search("[\u0400-\u04ff]", s) for s in trans)
    assert any(re.search("[ğışİłąęńśźż]", s) for s in trans)


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix("holder_")
            key = KEYS.get(base, base)
            assert key in POLY_LABELS and key in FILL_LABELS, name
            assert key in POLY_TRANS and len(POLY_TRANS[key]) == len(LANGS), name


# --- truth -------------------------------------------------------------------------------------


def _in_text(value: str, text: str) -> bool:
    """``value`` in the text; an option wrapped beside another one may have the other's words
    between its lines, so its words in order will do."""
    if value in text or " ".join(value.split()) in " ".join(text.split()):
        return True
    words = value.split()
    k = 0
    for token in text.split() if len(words) > 1 else ():
        if token == words[k]:
            k += 1
            if k == len(words):
                return True
    return False


def _document_text(folder: Path, truth: dict[str, Any]) -> str:
    """The text layer, plus (fillable forms) every form field's value."""
    path = folder / truth["file"]
    text = _pdf_text(path)
    if truth["layout"] == "fillable":
        text += " " + " ".join(str(w["value"]) for w in _widgets(path) if w["value"])
    return text


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    text = _document_text(folder, truth)
    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            assert POOL.identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in POOL.variants(name, v) if _in_text(p, text)], (
                truth["file"],
                name,
                v,
            )


def test_every_type_in_both_layouts_with_complete_truth(text21: Path) -> None:
    truths = truths_of(text21)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA21_LAYOUTS
    }
    for truth in truths:
        assert truth["holdout"] is True
        required, _ = FIELDS[truth["document_type"]]
        assert set(required) <= set(truth["fields"]), truth["file"]
        check_truth({**truth, "layout": LAYOUTS[0]})
    assert {(t["layout"], t["pages"]) for t in truths} >= {
        (layout, n) for layout in EXTRA21_LAYOUTS for n in (1, 2)
    }
    for truth in truths:
        with pdfplumber.open(text21 / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"], truth["file"]
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]


def test_every_truth_value_is_printed_or_in_a_form_field(text21: Path) -> None:
    for truth in truths_of(text21, "text"):
        _check_printed(text21, truth)


def test_fillable_values_live_in_form_fields(text21: Path) -> None:
    """Unflattened forms keep the values out of the page content (in text fields, check boxes
    and radio buttons); flattened ones have no form fields and print the values."""
    seen = {"fields": 0, "flat": 0}
    for truth in truths_of(text21, "text"):
        if truth["layout"] != "fillable":
            continue
        widgets = _widgets(text21 / truth["file"])
        page_text = _pdf_text(text21 / truth["file"])
        probes = [
            str(v)
            for k, v in truth["fields"].items()
            if k in ("vin", "register_number", "evb_number", "passport_number", "postal_code")
        ]
        if widgets:
            seen["fields"] += 1
            names = [w["name"] for w in widgets if w["name"]]
            assert names and all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", n) for n in names)
            values = {str(w["value"]) for w in widgets if w["ft"] == "/'Tx'" and w["value"]}
            assert values, truth["file"]
            for p in probes:  # the value is in a field, not printed on the page
                assert any(p in v for v in values) and p not in page_text, (truth["file"], p)
        else:
            seen["flat"] += 1
            for p in probes:
                assert p in page_text, (truth["file"], p)
    assert seen["fields"] >= 8 and seen["flat"] >= 3, seen


def test_polyglot_text_layer_keeps_foreign_letters(text21: Path) -> None:
    texts = [
        _pdf_text(text21 / t["file"])
        for t in truths_of(text21, "text")
        if t["layout"] == "polyglot"
    ]
    assert any(re.search("[\u0400-\u04ff]{4}", t) for t in texts)
    assert any(re.search("[ğışłąęńśźż]", t) for t in texts)
    assert not any("\ufffd" in t for t in texts)


def test_scans_in_every_kind_show_the_values(scans21: Path) -> None:
    truths = check_scans_match(scans21, SCAN_TYPES, EXTRA21_LAYOUTS, KINDS, _check_printed)
    # a clean scan of a filled form shows the text fields' values where the fields are
    checked = 0
    for truth in truths:
        if truth["layout"] != "fillable" or truth["kind"] != "clean":
            continue
        text_pdf = scans21 / truth["file"].replace("-clean.", "-text.").rsplit(".", 1)[0]
        widgets = [
            w
            for w in _widgets(Path(f"{text_pdf}.pdf"))
            if w["ft"] == "/'Tx'" and w["value"] and w["page"] == 1
        ]
        if not widgets:
            continue
        with Image.open(scans21 / truth["file"]) as img:
            page = np.array(img.convert("L"))
        scale = 300 / 72
        for w in widgets[:4]:
            x0, y0, x1, y1 = (float(v) for v in w["rect"])
            top = int((842 - y1) * scale) - 8
            box = page[
                max(0, top) : int((842 - y0) * scale) + 8,
                int(x0 * scale) + 12 : int(x1 * scale) - 12,
            ]
            assert (box < 110).sum() > 150, (truth["file"], w["name"])
        checked += 1
    pdfs = [t for t in truths_of(scans21, "text") if t["layout"] == "fillable"]
    for truth in pdfs:  # the fields' appearances add ink that the plain rasteriser leaves out
        data = (scans21 / truth["file"]).read_bytes()
        if _widgets(scans21 / truth["file"]):
            plain, forms = raster.rasterise(data, 40)[0], rasterise_forms(data, 40)[0]
            assert (forms < 128).sum() > (plain < 128).sum() + 50, truth["file"]
            checked += 1
    assert checked


# --- what the fields say -----------------------------------------------------------------------


def _means(name: str, printed: str, truth: str) -> bool:
    base = re.sub(r"^(spouse[12]_|holder_)", "", name)
    if ISO_DATE.match(truth):
        return printed in printed_dates(date.fromisoformat(truth))
    if base == "sex":
        return printed in sex_printings(truth)
    if base == "nationality":
        return printed in nationality_printings(truth)
    if base == "purpose":
        return printed in PURPOSE21[truth]
    if base == "dwelling":
        return printed in DWELLING21[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS21["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA21_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value, every truth field is shown, a choice's chosen option
    is the truth's value, and values with no field name are no truth date."""
    for doc_type in DOCUMENT_TYPES:
        for seed in range(8):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            days = {str(v) for v in truth.values() if isinstance(v, str) and ISO_DATE.match(v)}
            printed: dict[str, list[str]] = {}
            for f in fields(doc):
                if f.options and f.chosen is not None:
                    assert f.options[f.chosen] == f.value
                if not f.name:
                    assert not any(f.value in printed_dates(date.fromisoformat(d)) for d in days), (
                        layout,
                        doc_type,
                        f.value,
                    )
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
                    continue  # the copy of the document shows it
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)


@pytest.mark.parametrize("layout", EXTRA21_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add(
                (
                    doc_type,
                    doc.title,
                    style.date_style,
                    tuple((f.key, style.words(f.key)) for f in fields(doc)),
                )
            )
    assert len(looks) >= 8 * 5


def test_furniture_dates_are_never_truth(text21: Path) -> None:
    seen = 0
    for truth in truths_of(text21, "text"):
        text = _document_text(text21, truth)
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        printed = {p for d in days for p in printed_dates(date.fromisoformat(d))}
        found = re.findall(
            r"[A-ZÄÖÜ][\w. -]+, (\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\. \w+ \d{4})", text
        )
        if truth["document_type"] not in ("geburtsurkunde", "eheurkunde", "sterbeurkunde"):
            assert found, truth["file"]
            assert not set(found) & printed, (truth["file"], found)
            seen += 1
    assert seen


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA21_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA21_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra20"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["matrix", "webprint"], doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA20_LAYOUTS for t in load_truths(tmp_path / "a"))


def test_cli_extra21(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "--out",
                str(tmp_path),
                "--per-type",
                "2",
                "--kinds",
                "text",
                "--layouts",
                "extra21",
                "--types",
                "sterbeurkunde",
                "--jobs",
                "1",
            ]
        )
        == 0
    )
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA21_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
