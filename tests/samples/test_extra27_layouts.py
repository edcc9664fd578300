"""The twenty-seventh extra pair of blind held-out layouts (``dense``, ``assorted``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth and the
truth's page count; ``dense`` hides the catalog's fields among many distractor fields whose values
are none of the truth's; ``assorted`` composes a design of its own per document; identity
documents keep a whole machine-readable zone; generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA21_LAYOUTS,
    EXTRA22_LAYOUTS,
    EXTRA26_LAYOUTS,
    EXTRA27_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra26 import _truth_strings
from samples.render_extra27 import build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra26 import all_label_strings as extra26_strings
from samples.wording_extra26 import value_strings as extra26_values
from samples.wording_extra27 import (
    DENSE_LABELS,
    DWELLING27,
    ID_KINDS27,
    MIXED_LABELS,
    PURPOSE27,
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
from tests.samples.test_extra26_layouts import _older_pools as older26
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra27.py", "render_extra27.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
SEED = 2727
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE27, DWELLING27,
            nationality_code=False)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text27(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra27_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra27"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans27(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra27_scans")
    generate(out, per_type=2, seed=273, kinds=KINDS, layouts=["extra27"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra27_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA27_LAYOUTS == ("dense", "assorted")
    check_opt_in(tmp_path, "extra27", EXTRA27_LAYOUTS, "extra26", 64, 27, "anmeldung")
    # before the extra22 pair, so that the older pairs keep their places counted from the end
    at = OPT_IN_LAYOUTS.index("dense")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA27_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA21_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA22_LAYOUTS
    assert OPT_IN_LAYOUTS[-4:-2] == EXTRA26_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty older pools as their own modules list them."""
    return older26() | set(extra26_strings()) | set(extra26_values())


def test_extra27_wording_is_a_pool_of_its_own() -> None:
    for key, options in DENSE_LABELS.items():
        assert len(options) == 3 and len(set(options)) == 3, key
    for key, options in MIXED_LABELS.items():
        assert len(options) == 4 and len(set(options)) == 4, key  # synonyms per field
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
    spaced = {" ".join(s.casefold().split()) for s in older | literals_except(MINE)}
    assert [s for s in mine + value_strings() if " ".join(s.casefold().split()) in spaced] == []
    for s in mine + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            assert KEYS.get(base, base) in DENSE_LABELS, name
            assert KEYS.get(base, base) in MIXED_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_complete_truth(text27: Path) -> None:
    truths = check_complete_truths(text27, EXTRA27_LAYOUTS)
    for truth in truths:
        pdf = pdfium.PdfDocument(text27 / truth["file"])
        try:
            for page in pdf:  # nothing is drawn off the sheet
                w, h = page.get_size()
                for obj in page.get_objects():
                    x0, y0, x1, y1 = obj.get_bounds()
                    assert x0 >= -2 and y0 >= -2 and x1 <= w + 2 and y1 <= h + 2, truth["file"]
        finally:
            pdf.close()


def test_text_layer_prints_every_truth_value(text27: Path) -> None:
    for truth in truths_of(text27, "text"):
        check_printed(text27, truth, POOL)


def test_scans_in_every_kind_match_their_text_documents(scans27: Path) -> None:
    check_scans_match(scans27, SCAN_TYPES, EXTRA27_LAYOUTS, KINDS,
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
        return printed in PURPOSE27[truth]
    if base == "dwelling":
        return printed in DWELLING27[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS27["P" if truth == "TD3" else "I"]
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


@pytest.mark.parametrize("layout", EXTRA27_LAYOUTS)
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


def test_dense_crowds_the_catalog_fields_with_distractors() -> None:
    """Many more fields than the catalog asks for, some with a catalog-like label key, none of
    them holding a truth value or a truth date; numbered cells leave a few fields empty."""
    empties = marks = 0
    for record, _style, doc in _docs("dense"):
        taken = _truth_strings(record)
        named = [f for f in fields(doc) if f.name]
        others = [f for f in fields(doc) if not f.name]
        if doc.doc_type in ("anmeldung", "aufenthaltstitel_antrag"):
            assert len(others) >= 20 and len(others) >= len(named), doc.doc_type
        else:
            assert len(others) >= 3, doc.doc_type
        for f in others:
            if f.value:
                assert f.value not in taken, (doc.doc_type, f.key, f.value)
        empties += sum(1 for f in others if not f.value)
        marks += sum(1 for f in fields(doc) if f.mark)
        if doc.doc_type in ("geburtsurkunde", "eheurkunde", "sterbeurkunde"):
            assert doc.notes  # the register's marginal notes
    assert empties > 50 and marks > 50


def test_assorted_documents_compose_their_own_designs() -> None:
    looks = set()
    modes: set[str] = set()
    for _record, style, doc in _docs("assorted", 6):
        g = doc.design
        modes.update(g.modes)
        looks.add((doc.doc_type, doc.title, style.date_style, g.deco, g.heads, g.columns,
                   tuple(g.modes), tuple(s.key for s in doc.sections),
                   tuple(f.label for f in fields(doc))))
    assert len(looks) == 8 * 6  # no two documents share a template
    assert modes == {"colon", "tab", "above", "below", "corner", "header"}


@pytest.mark.parametrize("layout", EXTRA27_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"),
                   doc.design.fs, doc.form_no))
    assert len(looks) >= 8 * 5


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA27_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA27_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA27_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra26"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["searchable", "roles"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra27"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["dense", "assorted"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra27(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra27", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA27_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
