"""The twenty-eighth extra pair of blind held-out layouts (``placeholder``, ``inverted``): opt-in
like the other extra pairs (the default and ``all`` never draw them), a wording pool of its own,
every type renders in both layouts as a text PDF and in every scan kind with catalog-true truth
and the truth's page count; ``placeholder`` shows example values in empty optional inputs and in
hints that are never truth values; ``inverted`` prints each value before its label; identity
documents keep a whole machine-readable zone; generation is reproducible.
"""

from __future__ import annotations

import io
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA20_LAYOUTS,
    EXTRA21_LAYOUTS,
    EXTRA27_LAYOUTS,
    EXTRA28_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra26 import _truth_strings
from samples.render_extra28 import CERTIFICATES, build_doc, draw_doc, fields
from samples.truth import truth_fields
from samples.wording_extra27 import all_label_strings as extra27_strings
from samples.wording_extra27 import value_strings as extra27_values
from samples.wording_extra28 import (
    BACK_LABELS,
    DWELLING28,
    FORM_LABELS,
    ID_KINDS28,
    PURPOSE28,
    all_label_strings,
    example_strings,
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
from tests.samples.test_extra27_layouts import _older_pools as older27
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra28.py", "render_extra28.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
SEED = 2828
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE28, DWELLING28,
            nationality_code=False)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text28(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra28_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra28"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans28(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra28_scans")
    generate(out, per_type=2, seed=283, kinds=KINDS, layouts=["extra28"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra28_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA28_LAYOUTS == ("placeholder", "inverted")
    check_opt_in(tmp_path, "extra28", EXTRA28_LAYOUTS, "extra27", 66, 28, "anmeldung")
    # between the extra20 and extra21 pairs, so that every older pair keeps the places its
    # tests pin (the extra27 pair keeps the extra21 pair before it)
    at = OPT_IN_LAYOUTS.index("placeholder")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA28_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA20_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA21_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA27_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-one older pools as their own modules list them."""
    return older27() | set(extra27_strings()) | set(extra27_values())


def test_extra28_wording_is_a_pool_of_its_own() -> None:
    for pool in (FORM_LABELS, BACK_LABELS):
        for key, options in pool.items():
            assert len(options) == 2 and len(set(options)) == 2, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(p) for s in literals_except(MINE)
                                         for p in (s, *s.split("|"))}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    assert [s for s in example_strings() if norm(s) in folded] == []
    spaced = {" ".join(s.casefold().split()) for s in older | literals_except(MINE)}
    everything = mine + value_strings() + example_strings()
    assert [s for s in everything if " ".join(s.casefold().split()) in spaced] == []
    for s in everything:
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            assert KEYS.get(base, base) in FORM_LABELS, name
            assert KEYS.get(base, base) in BACK_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_complete_truth(text28: Path) -> None:
    check_complete_truths(text28, EXTRA28_LAYOUTS)


def test_text_layer_prints_every_truth_value(text28: Path) -> None:
    for truth in truths_of(text28, "text"):
        check_printed(text28, truth, POOL)


def test_scans_in_every_kind_match_their_text_documents(scans28: Path) -> None:
    check_scans_match(scans28, SCAN_TYPES, EXTRA28_LAYOUTS, KINDS,
                      lambda folder, truth: check_printed(folder, truth, POOL))


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
        return printed in PURPOSE28[truth]
    if base == "dwelling":
        return printed in DWELLING28[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS28["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


def _docs(layout: str, n: int = 8) -> list[tuple[Any, Any, Any]]:
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            out.append((record, style, build_doc(record, style, rng, doc_type)))
    return out


@pytest.mark.parametrize("layout", EXTRA28_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), and
    every truth field is printed."""
    for record, _style, doc in _docs(layout):
        truth = truth_fields(record)
        printed: dict[str, list[str]] = {}
        for f in fields(doc):
            if not f.name:
                continue
            value = f.options[f.chosen] if f.options else f.value
            if "+" in f.name:
                rest = value
                for part in f.name.split("+"):
                    at = rest.find(str(truth[part]))
                    assert at >= 0, (value, part)
                    rest = rest[at + len(str(truth[part])):]
                    printed.setdefault(part, []).append(str(truth[part]))
                continue
            printed.setdefault(f.name, []).append(value)
        for name, value in truth.items():
            if name in LIST_FIELDS:
                assert sorted(set(printed[name])) == sorted(value), (doc.doc_type, name)
                continue
            if doc.doc_type == "identity_document" and name not in printed:
                continue  # the copy of the document and its zone show it
            assert name in printed, (layout, doc.doc_type, name)
            for p in printed[name]:
                assert _means(name, p, str(value)), (layout, doc.doc_type, name, p, value)
        if doc.doc_type == "identity_document":
            assert doc.zone == tuple(record.lines)
        # an optional field the record lacks is printed empty, never with a value
        for f in fields(doc):
            if f.key in ("birth_name", "previous_address", "desired_plate", "father_name") \
                    and not f.name:
                assert f.value == "", (doc.doc_type, f.key)


def test_placeholders_and_hints_never_show_a_truth_value() -> None:
    """Empty optional inputs show example values now and then, hints carry example values;
    none of them is a truth value (nor a truth date as the document prints it), and a filled
    input never shows a placeholder."""
    placeholders = hints = errors = 0
    for record, style, doc in _docs("placeholder"):
        taken = _truth_strings(record)
        truth_days = {style.date(date.fromisoformat(v)) for v in truth_fields(record).values()
                      if isinstance(v, str) and ISO_DATE.match(v)}
        assert not set(doc.examples) & (taken | truth_days), doc.doc_type
        for f in fields(doc):
            if f.placeholder:
                placeholders += 1
                assert not f.value and f.optional and not f.name, (doc.doc_type, f.key)
                assert any(ex in f.placeholder for ex in doc.examples)
            if f.hint:
                hints += 1
                assert not [t for t in taken | truth_days if len(t) > 3 and t in f.hint]
            errors += bool(f.error)
    assert placeholders > 60 and hints > 60 and errors > 10


def _text_lines(layout: str, record: Any, style: Any, rng: random.Random, doc_type: str
                ) -> tuple[Any, list[str]]:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    pen = Pen(canvas, make_faces(layout, rng), 50, 545)
    doc = draw_doc(pen, record, style, rng, doc_type, 1)
    canvas.showPage()
    canvas.save()
    buf.seek(0)
    with pdfplumber.open(buf) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    return doc, lines


def test_inverted_prints_values_before_labels() -> None:
    """On the inverted page every named field's line holds its value first, its label after."""
    checked = 0
    styles: set[str] = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(5):
            rng = random.Random(f"inv/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style("inverted", rng)
            doc, lines = _text_lines("inverted", record, style, rng, doc_type)
            styles.update(sec.style for sec in doc.sections)
            for f in fields(doc):
                if not f.name or f.options or len(f.value) < 3:
                    continue
                hits = [line for line in lines if f.value in line and f.label[:12] in line]
                assert hits, (doc_type, f.key, f.value, f.label)
                assert any(line.index(f.value) < line.index(f.label[:12]) for line in hits)
                checked += 1
    assert checked > 200
    assert styles == {"bracket", "dash", "dot", "caption", "table"}


@pytest.mark.parametrize("layout", EXTRA28_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"),
                   doc.fs, doc.ref))
    assert len(looks) >= 8 * 5


def test_certificates_and_identity_documents_are_read_only_views() -> None:
    for _record, _style, doc in _docs("placeholder", 3):
        if doc.doc_type in CERTIFICATES or doc.doc_type == "identity_document":
            assert not any(f.error for f in fields(doc))


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA28_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA28_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA28_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra27"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["dense", "assorted"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra28"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["placeholder", "inverted"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra28(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra28", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA28_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
