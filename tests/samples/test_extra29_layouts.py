"""The twenty-ninth extra pair of blind held-out layouts (``spreadsheet``, ``microfilm``): opt-in
like the other extra pairs (the default and ``all`` never draw them), a wording pool of its own,
every type renders in both layouts as a text PDF and in every scan kind with catalog-true truth
and the truth's page count; ``spreadsheet`` prints the case as an office spreadsheet (label /
value pairs or a wide sheet in bands of columns, column letters and row numbers now and then,
case cells that are no truth values); ``microfilm`` prints it as a reader-printer's copy of a
film (a negative or a grey positive in a dark frame); every value stays whole in the text layer;
identity documents keep a whole machine-readable zone; generation is reproducible.
"""

from __future__ import annotations

import io
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA19_LAYOUTS,
    EXTRA20_LAYOUTS,
    EXTRA28_LAYOUTS,
    EXTRA29_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra26 import _truth_strings
from samples.render_extra29 import CERTIFICATES, build_doc, draw_doc, fields
from samples.truth import truth_fields
from samples.wording_extra28 import all_label_strings as extra28_strings
from samples.wording_extra28 import example_strings as extra28_examples
from samples.wording_extra28 import value_strings as extra28_values
from samples.wording_extra29 import (
    DWELLING29,
    FILM_LABELS,
    GRID_LABELS,
    ID_KINDS29,
    NAMINGS,
    PURPOSE29,
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
    words_in_order,
)
from tests.samples.test_extra28_layouts import _older_pools as older28
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra29.py", "render_extra29.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
SEED = 2929
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE29, DWELLING29)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text29(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra29_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra29"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans29(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra29_scans")
    generate(out, per_type=2, seed=293, kinds=KINDS, layouts=["extra29"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra29_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA29_LAYOUTS == ("spreadsheet", "microfilm")
    check_opt_in(tmp_path, "extra29", EXTRA29_LAYOUTS, "extra28", 68, 29, "anmeldung")
    # between the extra19 and extra20 pairs, so that every older pair keeps the places its
    # tests pin (extra20, extra28, extra21, extra27, extra22 stay a run; the end stays put)
    at = OPT_IN_LAYOUTS.index("spreadsheet")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA29_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA19_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA20_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA28_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-two older pools as their own modules list them."""
    return (older28() | set(extra28_strings()) | set(extra28_values())
            | set(extra28_examples()))


def test_extra29_wording_is_a_pool_of_its_own() -> None:
    for key, options in GRID_LABELS.items():
        # a natural, an abbreviated and a technical column name, not alike even when folded
        assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
        assert re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", options[2]), key
    for key, film in FILM_LABELS.items():
        assert len(film) == 2 and len(set(film)) == 2, key
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
    everything = mine + value_strings()
    assert [s for s in everything if " ".join(s.casefold().split()) in spaced] == []
    for s in everything:
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            assert KEYS.get(base, base) in GRID_LABELS, name
            assert KEYS.get(base, base) in FILM_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_complete_truth(text29: Path) -> None:
    check_complete_truths(text29, EXTRA29_LAYOUTS)


def test_text_layer_prints_every_truth_value(text29: Path) -> None:
    for truth in truths_of(text29, "text"):
        check_printed(text29, truth, POOL)


def test_scans_in_every_kind_match_their_text_documents(scans29: Path) -> None:
    check_scans_match(scans29, SCAN_TYPES, EXTRA29_LAYOUTS, KINDS,
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
        return printed in PURPOSE29[truth]
    if base == "dwelling":
        return printed in DWELLING29[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS29["P" if truth == "TD3" else "I"]
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


@pytest.mark.parametrize("layout", EXTRA29_LAYOUTS)
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
        for name, wanted in truth.items():
            if name in LIST_FIELDS:
                assert sorted(set(printed[name])) == sorted(wanted), (doc.doc_type, name)
                continue
            if doc.doc_type == "identity_document" and name not in printed:
                continue  # the copy of the document and its zone show it
            assert name in printed, (layout, doc.doc_type, name)
            for p in printed[name]:
                assert _means(name, p, str(wanted)), (layout, doc.doc_type, name, p, wanted)
        if doc.doc_type == "identity_document":
            assert doc.zone == tuple(record.lines)
        # an optional field the record lacks is printed empty, never with a value
        for f in fields(doc):
            if f.key in ("birth_name", "previous_address", "desired_plate", "father_name") \
                    and not f.name:
                assert f.value == "", (doc.doc_type, f.key)


def _drawn(layout: str, doc_type: str, seed: int, pages: int = 1
           ) -> tuple[Any, Any, list[str], bytes]:
    """A document drawn on its own canvas: the record, the doc, each page's text, the PDF."""
    rng = random.Random(f"drawn/{layout}/{doc_type}/{seed}")
    record = make_record(doc_type, rng)
    style = make_style(layout, rng)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    pen = Pen(canvas, make_faces(layout, rng), 50, 545)
    doc = draw_doc(pen, record, style, rng, doc_type, pages)
    canvas.showPage()
    canvas.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        # a label wrapped after "Vor-" comes back with pdfium's hyphenation mark
        texts = [" ".join(page.get_textpage().get_text_range().replace("\ufffe", "- ").split())
                 for page in pdf]
    finally:
        pdf.close()
    return record, doc, texts, buf.getvalue()


@pytest.mark.parametrize("layout", EXTRA29_LAYOUTS)
def test_every_value_and_label_is_printed_whole(layout: str) -> None:
    """The values (and the labels of named fields) stand whole in the text layer: nothing is
    cut off at a cell's edge or hidden behind the film."""
    checked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, _pdf = _drawn(layout, doc_type, seed, 1 + seed % 2)
            text = " ".join(texts)
            tokens = text.split()
            prose = layout == "microfilm" and doc.film.prose
            for f in fields(doc):
                value = f.options[f.chosen] if f.options else f.value
                if not value or (prose and not f.name):
                    continue  # a register entry in prose tells only the catalog's data
                assert words_in_order(value, text, tokens), (layout, doc_type, f.key, value)
                checked += 1
                if f.name and not prose:
                    assert words_in_order(f.label, text, tokens), (doc_type, f.label)
    assert checked > 300


def test_spreadsheets_vary_their_sheets() -> None:
    modes: set[str] = set()
    namings: set[str] = set()
    cases: set[str] = set()
    habits: set[tuple[bool, ...]] = set()
    for _record, style, doc in _docs("spreadsheet", 6):
        look = doc.look
        modes.add(look.mode)
        namings.add(style.words.naming)
        for f in fields(doc):
            if re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", f.label):
                cases.add("snake")
            elif re.fullmatch(r"[a-z]+([A-Z][a-z0-9]*)+", f.label):
                cases.add("camel")
        habits.add((look.headings, look.gridlines, look.landscape, look.show_tabs,
                    look.header_row, look.meta_top, look.gap > 0, look.pre_col != ""))
        # the clerk's case cells hold none of the truth's values or days
        taken = _truth_strings(_record)
        for m in doc.meta:
            assert m.label and m.value not in taken, (m.key, m.value)
    assert modes == {"pairs", "wide"}
    assert namings == set(NAMINGS)
    assert cases == {"snake", "camel"}  # technical column names in both cases
    assert len(habits) > 25


def test_spreadsheets_print_their_grid_furniture() -> None:
    """Column letters and row numbers when the sheet prints its headings, a wide sheet in
    bands of columns, comments at the end of the sheet naming a marked cell."""
    letters = bands = comments = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            _record, doc, texts, _pdf = _drawn("spreadsheet", doc_type, seed)
            text = " ".join(texts)
            tokens = set(text.split())
            look = doc.look
            if look.headings:
                assert {"A", "B", "1", "2", "3"} <= tokens, doc_type
                letters += 1
            if look.mode == "wide" and len(re.findall(r"(?:^| )A [B-Z] ", text)) >= 2:
                bands += 1
            if look.print_comments and doc.comments:
                ref, note = doc.comments[0]
                assert ref in text and note in text
                comments += 1
    assert letters > 10 and bands >= 3 and comments >= 3


def _pixels(pdf: bytes, page: int = 0) -> np.ndarray:
    doc = pdfium.PdfDocument(pdf)
    try:
        bitmap = doc[page].render(scale=2.0, grayscale=True)
        return np.array(bitmap.to_pil().convert("L"))
    finally:
        doc.close()


def test_microfilm_prints_negatives_and_grey_positives() -> None:
    """A negative: a very dark page with light type; a positive: a grey page with dark type in
    a dark frame. Certificates come as prose entries and as key lines."""
    kinds: set[bool] = set()
    prose: set[bool] = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(3):
            _record, doc, _texts, pdf = _drawn("microfilm", doc_type, seed)
            img = _pixels(pdf)
            h, w = img.shape
            middle = img[h // 4: 3 * h // 4, w // 5: 4 * w // 5]
            frame = np.concatenate([img[:, :6].ravel(), img[:, -6:].ravel()])
            film = doc.film
            kinds.add(film.negative)
            if doc_type in CERTIFICATES:
                prose.add(film.prose)
            if film.negative:
                assert np.median(middle) < 60 and np.percentile(middle, 99.5) > 170, doc_type
            else:
                assert 150 < np.median(middle) < 220 and np.percentile(middle, 0.5) < 110
                assert frame.mean() < 70, doc_type
    assert kinds == {True, False} and prose == {True, False}


@pytest.mark.parametrize("layout", EXTRA29_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"),
                   round(doc.fs, 3), doc.ref))
    assert len(looks) >= 8 * 5


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA29_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA29_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA29_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra28"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["placeholder", "inverted"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra29"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["spreadsheet", "microfilm"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra29(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra29", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA29_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
