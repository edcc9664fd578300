"""The thirty-seventh extra pair of blind held-out layouts (``dataexport``, ``changeform``):
opt-in like the other extra pairs (the default and ``all`` never draw them), a wording pool of
its own, every type renders in both layouts as a text PDF (and two types in every scan kind)
with catalog-true truth and the truth's page count; ``dataexport`` is the print of a flat data
file (CSV header and data row, INI sections, SQL INSERT statements) whose technical fields are
none of the truth's values; ``changeform`` shows each item's previous and new entry, and the
previous entries are none of the truth's values; generation is reproducible. The pair's
canonical seed is 41414. The file is kept fast (a few seconds).
"""

from __future__ import annotations

import importlib
import inspect
import io
import pathlib
import random
import re
import types
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA10_LAYOUTS,
    EXTRA11_LAYOUTS,
    EXTRA36_LAYOUTS,
    EXTRA37_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import PAGE_W, Pen
from samples.render_extra37 import CERTIFICATES, draw_doc
from samples.truth import truth_fields
from samples.wording_extra37 import (
    CHANGE_LABELS,
    CHANGE_PAIRS,
    CHANGE_SAME,
    DWELLING_ORDER37,
    EXPORT_KEYS,
    EXPORT_TECH,
    PURPOSE_ORDER37,
    all_label_strings,
    dwelling_printings,
    label_strings,
    nationality_printings,
    printed_dates,
    purpose_printings,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import (
    SAMPLES,
    Pool,
    check_complete_truths,
    check_opt_in,
    check_printed,
    check_scans_match,
    norm,
    truths_of,
)
from tests.samples.test_generate import ISO_DATE, load_truths
from tests.samples.test_generate import _pdf_text as pdf_text

MINE = ("wording_extra37.py", "render_extra37.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SEED = 41414
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER37}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER37}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
#: the scanned documents: a one-page export and a two-page change form
SCAN_DOCS = ("anmeldung", "eheurkunde")


def check37(folder: Path, truth: dict[str, Any]) -> None:
    """``check_printed``; a change form may split the previous address of a move into the
    previous entries of the street, number, postal code and city rows."""
    fields = dict(truth["fields"])
    previous = fields.pop("previous_address", None)
    check_printed(folder, {**truth, "fields": fields}, POOL)
    if previous is not None:
        text = " ".join(pdf_text(folder / truth["file"]).split())
        parsed = re.match(r"^(.+) (\S+), (\d{5}) (.+)$", previous)
        assert previous in text or (parsed and all(p in text for p in parsed.groups())), \
            truth["file"]


@pytest.fixture(scope="module")
def text37(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra37_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra37"], jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra37_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA37_LAYOUTS == ("dataexport", "changeform")
    check_opt_in(tmp_path, "extra37", EXTRA37_LAYOUTS, "extra36", 84, SEED, "anmeldung")
    # between the extra10 and extra11 pairs: the extra36 pair keeps the extra11 pair before it
    # and the extra12 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("dataexport")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA37_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA10_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA11_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA36_LAYOUTS


def test_cli_knows_the_group(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "1", "--seed", "3", "--kinds", "text",
                 "--layouts", "extra37", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    assert {t["layout"] for t in load_truths(tmp_path)} <= set(EXTRA37_LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the forty older wording modules hold (their tables and what their
    ``*_strings`` functions list)."""
    out: set[str] = set()

    def collect(obj: object) -> None:
        if isinstance(obj, str):
            out.add(obj)
        elif isinstance(obj, tuple | list | set | frozenset):
            for item in obj:
                collect(item)
        elif isinstance(obj, dict):
            for key, item in obj.items():
                collect(key)
                collect(item)

    for path in sorted(pathlib.Path(SAMPLES).glob("wording*.py")):
        if path.name in MINE:
            continue
        module = importlib.import_module(f"samples.{path.stem}")
        for name, value in vars(module).items():
            if inspect.isfunction(value):
                if value.__module__ == module.__name__ and name.endswith("strings") and \
                        not inspect.signature(value).parameters:
                    collect(value())
            elif not name.startswith("__"):
                collect(value)
    return out


def _literals_except(mine: tuple[str, ...]) -> set[str]:
    """Every string constant of every other module of ``samples``."""
    out: set[str] = set()

    def collect(obj: object) -> None:
        if isinstance(obj, str):
            out.add(obj)
        elif isinstance(obj, tuple | frozenset):
            for item in obj:
                collect(item)
        elif isinstance(obj, types.CodeType):
            for item in obj.co_consts:
                collect(item)

    for path in sorted(pathlib.Path(SAMPLES).glob("*.py")):
        if path.name not in mine:
            collect(compile(path.read_text(encoding="utf-8"), str(path), "exec",
                            dont_inherit=True))
    return out


def test_extra37_wording_is_a_pool_of_its_own() -> None:
    for pool in (EXPORT_KEYS, CHANGE_LABELS, EXPORT_TECH):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    literals = _literals_except(MINE)
    folded = {norm(s) for s in older} | {norm(p) for s in literals for p in (s, *s.split("|"))}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    spaced = {" ".join(s.casefold().split()) for s in older | literals}
    everything = mine + value_strings()
    assert [s for s in everything if " ".join(s.casefold().split()) in spaced] == []
    for s in everything:
        s.encode("cp1252")  # the base-14 fallback prints every wording


# --- documents ---------------------------------------------------------------------------------


def test_every_type_in_both_layouts(text37: Path) -> None:
    truths = check_complete_truths(text37, EXTRA37_LAYOUTS)
    for truth in truths:
        check37(text37, truth)


def test_scans_in_every_kind(tmp_path: Path) -> None:
    generate(tmp_path, per_type=4, seed=SEED, kinds=KINDS, layouts=["extra37"],
             doc_types=SCAN_DOCS, jobs=2)
    truths = check_scans_match(tmp_path, SCAN_DOCS, EXTRA37_LAYOUTS, KINDS,
                               check37)
    assert all(t["holdout"] for t in truths)


def test_family_features_in_text_layer(text37: Path) -> None:
    formats: set[str] = set()
    for truth in truths_of(text37, "text"):
        text = pdf_text(text37 / truth["file"])
        if truth["layout"] == "dataexport":
            tech = [k for options in EXPORT_TECH.values() for k in options if k in text]
            assert len(tech) >= 3, truth["file"]  # technical fields are printed
            if "INSERT INTO" in text:
                formats.add("sql")
                assert "VALUES" in text
            elif re.search(r"(^|\s)\[[A-Za-z]\w*\](\s|$)", text) and "=" in text:
                formats.add("ini")
            else:
                formats.add("csv")
                assert re.search(r"[;,|]", text)
            # no field label in prose: every catalog value sits under an export key
            keys = [k for options in EXPORT_KEYS.values() for k in options
                    if k.split("{")[0] in text]
            assert len(keys) >= 5, truth["file"]
        else:
            compact = " ".join(text.split())
            has_pair = any(old in compact and new in compact for old, new in CHANGE_PAIRS)
            sentence = "»" in compact
            assert has_pair or sentence or any(s in compact for s in CHANGE_SAME), truth["file"]
    assert formats == {"csv", "ini", "sql"}


def _variants(name: str, value: str) -> set[str]:
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value)) | {value}
    return POOL.variants(name, value) if name not in ("sex",) else {value}


@pytest.mark.parametrize("layout", EXTRA37_LAYOUTS)
def test_distractors_are_no_truth_values(layout: str) -> None:
    seen_old = 0
    for doc_type in DOCUMENT_TYPES:
        for i in range(12):
            spec = DocSpec(doc_type, i, layout, 1 + (i % 2), 77, ("text",), Path())
            rng = spec.rng()
            record = make_record(doc_type, rng)
            canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=True)
            pen = Pen(canvas, make_faces(layout, rng), 60, PAGE_W - 60)
            doc = draw_doc(pen, record, make_style(layout, rng), rng, doc_type, spec.pages)
            assert pen.pages == spec.pages, (doc_type, i)
            truth = truth_fields(record)
            printed: set[str] = set()
            for name, value in truth.items():
                for v in value if isinstance(value, list) else [value]:
                    printed |= {p for p in _variants(name, v) if len(p) > 2}
            assert [d for d in doc.distractors if d in printed] == [], (doc_type, i)
            if layout == "changeform":
                olds = [it.old for g in doc.groups for it in g.items if it.old is not None]
                seen_old += len(olds)
                for g in doc.groups:
                    for it in g.items:
                        if it.old is not None:
                            assert it.old != it.value, (doc_type, i, it.key)
    if layout == "changeform":
        assert seen_old > 100


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = {"tenant_names": "tenant", "document_number": "doc_number",
                   "mrz_format": "doc_kind", "document_code": "doc_code",
                   "passport_expiry_date": "passport_expiry", "evb_number": "evb"}.get(base, base)
            assert key in EXPORT_KEYS, name
            if doc_type not in CERTIFICATES and key not in ("doc_code", "desired_plate"):
                assert key in CHANGE_LABELS or key == "previous_address", name


def test_reproducible(tmp_path: Path) -> None:
    def run(out: Path, jobs: int) -> dict[str, bytes]:
        generate(out, per_type=2, seed=5, kinds=("text", "clean"), layouts=["extra37"],
                 doc_types=("identity_document", "wohnungsgeberbestaetigung"), jobs=jobs)
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    a = run(tmp_path / "a", 1)
    b = run(tmp_path / "b", 2)
    assert a == b and len(a) > 8


def test_page_images_are_upright_a4(text37: Path) -> None:
    truth: dict[str, Any] = next(t for t in truths_of(text37, "text") if t["pages"] == 2)
    with pdfplumber.open(text37 / truth["file"]) as pdf:
        assert len(pdf.pages) == 2
        page = pdf.pages[1]
        assert abs(page.width - A4[0]) < 1 and abs(page.height - A4[1]) < 1
        image = page.to_image(resolution=30).original
        assert isinstance(image, Image.Image)
        assert random.Random(0).random() < 1  # the image renders
