"""The thirty-eighth extra pair of blind held-out layouts (``household``, ``supplement``):
opt-in like the other extra pairs (the default and ``all`` never draw them), a wording pool of
its own, every type renders in both layouts as a text PDF (and two types in every scan kind)
with catalog-true truth and the truth's page count; ``household`` lists several persons of
which the subject is the first or marked by its role or a crossed box, and the other persons'
values are none of the truth's; ``supplement`` fills some numbered fields in place and puts the
others' values on a supplement sheet (corrections included), whose own head values and the
corrected boxes' values are none of the truth's; generation is reproducible. The pair's
canonical seed is 42424. The file is kept fast (a few seconds).
"""

from __future__ import annotations

import importlib
import inspect
import io
import pathlib
import random
import re
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
    EXTRA9_LAYOUTS,
    EXTRA10_LAYOUTS,
    EXTRA37_LAYOUTS,
    EXTRA38_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import PAGE_W, Pen
from samples.render_extra38 import CERTIFICATES, HouseDoc, Panel, SuppDoc, draw_doc
from samples.truth import truth_fields
from samples.wording_extra38 import (
    DWELLING_ORDER38,
    HOUSE_CAPTIONS,
    HOUSE_LABELS,
    HOUSE_ROLES,
    HOUSE_SHORT,
    PURPOSE_ORDER38,
    SUPP_ABBR,
    SUPP_KEYS,
    SUPP_LABELS,
    SUPP_SHEETS,
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
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_generate import ISO_DATE, load_truths
from tests.samples.test_generate import _pdf_text as pdf_text

MINE = ("wording_extra38.py", "render_extra38.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SEED = 42424
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER38}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER38}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
#: the scanned documents: a two-page supplement sheet and a one-page household form among them
SCAN_DOCS = ("wohnungsgeberbestaetigung", "aufenthaltstitel_antrag")


def check38(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


@pytest.fixture(scope="module")
def text38(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra38_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra38"], jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra38_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA38_LAYOUTS == ("household", "supplement")
    check_opt_in(tmp_path, "extra38", EXTRA38_LAYOUTS, "extra37", 86, SEED, "anmeldung")
    # between the extra9 and extra10 pairs: the extra37 pair keeps the extra10 pair before it
    # and the extra11 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("household")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA38_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA9_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA10_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA37_LAYOUTS


def test_cli_knows_the_group(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "1", "--seed", "3", "--kinds", "text",
                 "--layouts", "extra38", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    assert {t["layout"] for t in load_truths(tmp_path)} <= set(EXTRA38_LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the forty-one older wording modules hold (their tables and what their
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


def test_extra38_wording_is_a_pool_of_its_own() -> None:
    for pool in (HOUSE_LABELS, HOUSE_SHORT, SUPP_LABELS, HOUSE_ROLES):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    literals = literals_except(MINE)
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


def test_every_type_in_both_layouts(text38: Path) -> None:
    truths = check_complete_truths(text38, EXTRA38_LAYOUTS)
    for truth in truths:
        check38(text38, truth)


def test_scans_in_every_kind(tmp_path: Path) -> None:
    generate(tmp_path, per_type=4, seed=SEED, kinds=KINDS, layouts=["extra38"],
             doc_types=SCAN_DOCS, jobs=2)
    truths = check_scans_match(tmp_path, SCAN_DOCS, EXTRA38_LAYOUTS, KINDS, check38)
    assert all(t["holdout"] for t in truths)


def _pointers() -> list[str]:
    """The printed beginnings of every way a box points to the supplement."""
    out = [p.split("{")[0].strip() for _head, pointers in SUPP_SHEETS.values()
           for p in pointers]
    out += [p.split("{")[0].strip() for p in (*SUPP_KEYS["box_mark"], *SUPP_KEYS["more_names"])]
    return [p for p in out if p]


def test_family_features_in_text_layer(text38: Path) -> None:
    captions = [c.split("{")[0] for c in HOUSE_CAPTIONS]
    roles = [r for options in HOUSE_ROLES.values() for r in options]
    for truth in truths_of(text38, "text"):
        text = " ".join(pdf_text(text38 / truth["file"]).split())
        if truth["layout"] == "household":
            # several persons: numbered or captioned by their roles
            numbered = sum(text.count(c.strip()) for c in captions if c.strip())
            by_role = sum(r in text for r in roles)
            assert numbered >= 2 or by_role >= 2, truth["file"]
        else:
            heads = [head.split("{")[0].strip() for head, _p in SUPP_SHEETS.values()]
            assert any(h in text for h in heads), truth["file"]
            assert any(p in text for p in _pointers()), truth["file"]


def _variants(name: str, value: str) -> set[str]:
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value)) | {value}
    return POOL.variants(name, value) if name not in ("sex",) else {value}


def _draw(layout: str, doc_type: str, i: int) -> tuple[HouseDoc | SuppDoc, Pen, DocSpec,
                                                       dict[str, Any]]:
    spec = DocSpec(doc_type, i, layout, 1 + (i % 2), 77, ("text",), Path())
    rng = spec.rng()
    record = make_record(doc_type, rng)
    canvas = Canvas(io.BytesIO(), pagesize=A4, invariant=True)
    pen = Pen(canvas, make_faces(layout, rng), 60, PAGE_W - 60)
    doc = draw_doc(pen, record, make_style(layout, rng), rng, doc_type, spec.pages)
    return doc, pen, spec, dict(truth_fields(record))


@pytest.mark.parametrize("layout", EXTRA38_LAYOUTS)
def test_distractors_are_no_truth_values(layout: str) -> None:
    seen = 0
    for doc_type in DOCUMENT_TYPES:
        for i in range(12):
            doc, pen, spec, truth = _draw(layout, doc_type, i)
            assert pen.pages == spec.pages, (doc_type, i)
            printed: set[str] = set()
            for name, value in truth.items():
                for v in value if isinstance(value, list) else [value]:
                    printed |= {p for p in _variants(name, v) if len(p) > 2}
            assert [d for d in doc.distractors if d in printed] == [], (doc_type, i)
            seen += len(doc.distractors)
    assert seen > 300


def test_household_subject_is_first_or_marked() -> None:
    marks: set[str] = set()
    modes: set[str] = set()
    for doc_type in DOCUMENT_TYPES:
        if doc_type == "identity_document":
            continue
        for i in range(12):
            doc, _pen, _spec, _truth = _draw("household", doc_type, i)
            assert isinstance(doc, HouseDoc)
            modes.add(doc.mode)
            panels = [b for b in doc.blocks if isinstance(b, Panel)]
            assert panels and sum(len(p.members) for p in panels) >= 2, (doc_type, i)
            for p in panels:
                marks.add(p.mark)
                if p.mark == "first" and p.start == 1:
                    assert p.members[0].subject, (doc_type, i)
                elif p.mark in ("role", "tick"):
                    assert all(m.cells.get(p.mark) for m in p.members), (doc_type, i)
            # a panel continued on the second page keeps its mark; one box is crossed in all
            ticks = [m.cells["tick"].ticked == 0 for p in panels if p.mark == "tick"
                     for m in p.members]
            assert not ticks or ticks.count(True) == 1, (doc_type, i)
    assert marks == {"first", "role", "tick", "caption"}
    assert modes == {"columns", "stacked", "table"}


def test_supplement_carries_what_the_boxes_do_not() -> None:
    wheres: set[str] = set()
    keyings: set[str] = set()
    places: set[str] = set()
    for doc_type in DOCUMENT_TYPES:
        for i in range(12):
            doc, _pen, _spec, _truth = _draw("supplement", doc_type, i)
            assert isinstance(doc, SuppDoc)
            keyings.add(doc.keying)
            places.add(doc.place)
            fields = doc.fields
            assert [f.num for f in fields] == list(range(1, len(fields) + 1))
            assert sum(f.where != "here" for f in fields) >= 2, (doc_type, i)
            for f in fields:
                wheres.add(f.where)
                if f.where == "amend":
                    assert f.wrong and f.wrong != f.value, (doc_type, i, f.key)
                    assert f.wrong in doc.distractors
                if f.where == "more":
                    assert len(f.values) > 1
    assert wheres == {"here", "supp", "amend", "more"}
    assert keyings == {"number", "label", "mark"}
    assert places == {"below", "beside", "page2"}


def test_every_catalog_field_has_its_labels() -> None:
    keys = {"tenant_names": "tenants", "document_number": "doc_number",
            "mrz_format": "doc_kind", "document_code": "doc_kind",
            "passport_expiry_date": "passport_expiry", "evb_number": "evb",
            "desired_plate": "plate"}
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = keys.get(base, base)
            assert key in SUPP_LABELS and key in SUPP_ABBR, name
            if doc_type in CERTIFICATES or doc_type == "identity_document":
                continue
            if key in ("landlord_name", "landlord_address", "tenants"):
                continue  # the household form names them by their columns' roles
            assert key in HOUSE_LABELS, name


def test_reproducible(tmp_path: Path) -> None:
    def run(out: Path, jobs: int) -> dict[str, bytes]:
        generate(out, per_type=2, seed=5, kinds=("text", "clean"), layouts=["extra38"],
                 doc_types=("identity_document", "wohnungsgeberbestaetigung"), jobs=jobs)
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    a = run(tmp_path / "a", 1)
    b = run(tmp_path / "b", 2)
    assert a == b and len(a) > 8


def test_page_images_are_upright_a4(text38: Path) -> None:
    truth: dict[str, Any] = next(t for t in truths_of(text38, "text") if t["pages"] == 2)
    with pdfplumber.open(text38 / truth["file"]) as pdf:
        assert len(pdf.pages) == 2
        page = pdf.pages[1]
        assert abs(page.width - A4[0]) < 1 and abs(page.height - A4[1]) < 1
        image = page.to_image(resolution=30).original
        assert isinstance(image, Image.Image)
        assert random.Random(0).random() < 1  # the image renders
