"""The thirtieth extra pair of blind held-out layouts (``translation``, ``indexcard``): opt-in
like the other extra pairs (the default and ``all`` never draw them), a wording pool of its own,
every type renders in both layouts as a text PDF and in every scan kind with catalog-true truth
and the truth's page count; ``translation`` prints a sworn translator's certified translation
(letterhead, source language, the original's labels in the translator's rendering, notes in
square brackets, the certification formula and page footers counting the translation's pages);
``indexcard`` prints the case on index cards (abbreviated labels, typed entries, later entries
with their own day, superseded entries struck through that are never truth values); every value
stays whole in the text layer; identity documents keep a whole machine-readable zone;
generation is reproducible.
"""

from __future__ import annotations

import io
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA18_LAYOUTS,
    EXTRA19_LAYOUTS,
    EXTRA29_LAYOUTS,
    EXTRA30_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra26 import _truth_strings
from samples.render_extra30 import CERTIFICATES, build_doc, draw_doc, fields
from samples.truth import truth_fields
from samples.wording_extra29 import all_label_strings as extra29_strings
from samples.wording_extra29 import value_strings as extra29_values
from samples.wording_extra30 import (
    CARD_LABELS,
    DWELLING30,
    ID_KINDS30,
    PURPOSE30,
    TR_LABELS,
    TR_ORIGINAL,
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
from tests.samples.test_extra29_layouts import _older_pools as older29
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra30.py", "render_extra30.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
SEED = 3030
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE30, DWELLING30)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text30(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra30_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra30"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans30(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra30_scans")
    generate(out, per_type=2, seed=303, kinds=KINDS, layouts=["extra30"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra30_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA30_LAYOUTS == ("translation", "indexcard")
    check_opt_in(tmp_path, "extra30", EXTRA30_LAYOUTS, "extra29", 70, 30, "anmeldung")
    # between the extra18 and extra19 pairs, so that every older pair keeps the places its
    # tests pin (extra19, extra29, extra20, extra28, extra21, extra27, extra22 stay a run; the
    # end stays put)
    at = OPT_IN_LAYOUTS.index("translation")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA30_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA18_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA19_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA29_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-three older pools as their own modules list them."""
    return older29() | set(extra29_strings()) | set(extra29_values())


def test_extra30_wording_is_a_pool_of_its_own() -> None:
    for pool in (TR_LABELS, CARD_LABELS):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
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
            assert KEYS.get(base, base) in TR_LABELS, name
            assert KEYS.get(base, base) in CARD_LABELS, name
    for terms in TR_ORIGINAL.values():
        assert set(terms) <= set(TR_LABELS)


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_complete_truth(text30: Path) -> None:
    check_complete_truths(text30, EXTRA30_LAYOUTS)


def test_text_layer_prints_every_truth_value(text30: Path) -> None:
    for truth in truths_of(text30, "text"):
        check_printed(text30, truth, POOL)


def test_scans_in_every_kind_match_their_text_documents(scans30: Path) -> None:
    check_scans_match(scans30, SCAN_TYPES, EXTRA30_LAYOUTS, KINDS,
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
        return printed in PURPOSE30[truth]
    if base == "dwelling":
        return printed in DWELLING30[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS30["P" if truth == "TD3" else "I"]
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


@pytest.mark.parametrize("layout", EXTRA30_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), every
    truth field is printed, and a superseded entry is never a truth value."""
    for record, _style, doc in _docs(layout):
        truth = truth_fields(record)
        taken = _truth_strings(record)
        printed: dict[str, list[str]] = {}
        for f in fields(doc):
            assert not f.old or (f.old != f.value and f.old not in taken), (f.key, f.old)
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
                continue  # the zone shows it
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
        assert len(pdf) == pages, (layout, doc_type, seed)
        # a label wrapped after "Vor-" comes back with pdfium's hyphenation mark
        texts = [" ".join(page.get_textpage().get_text_range().replace("\ufffe", "- ").split())
                 for page in pdf]
    finally:
        pdf.close()
    return record, doc, texts, buf.getvalue()


@pytest.mark.parametrize("layout", EXTRA30_LAYOUTS)
def test_every_value_and_label_is_printed_whole(layout: str) -> None:
    """The values (and the labels of named fields) stand whole in the text layer, on as many
    pages as the plan asks for."""
    checked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, _pdf = _drawn(layout, doc_type, seed, 1 + seed % 2)
            text = " ".join(texts)
            tokens = text.split()
            prose = layout == "translation" and doc.prose
            for f in fields(doc):
                value = f.options[f.chosen] if f.options else f.value
                if not value or (prose and not f.name):
                    continue  # a certificate in prose tells only the catalog's data
                assert words_in_order(value, text, tokens), (layout, doc_type, f.key, value)
                checked += 1
                if f.name and not prose:  # a label may end in its colon
                    assert words_in_order(f.label, text, tokens) or \
                        words_in_order(f.label + ":", text, tokens), (doc_type, f.label)
                if f.old:
                    assert words_in_order(f.old, text, tokens), (doc_type, f.old)
            if doc.zone:
                compact = text.replace(" ", "")
                assert all(line in compact for line in doc.zone), doc_type
    assert checked > 300


def test_translations_print_their_furniture() -> None:
    """The title names the source language, the certification formula and the footer counting
    the translation's pages are there; original terms and bracket notes show up now and then;
    certificates come as extracts and as prose; the body varies."""
    origs = prose = 0
    bodies: set[str] = set()
    proses: set[bool] = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(5):
            pages = 1 + seed % 2
            _record, doc, texts, _pdf = _drawn("translation", doc_type, seed, pages)
            text = " ".join(texts)
            look = doc.tr
            assert look.title_line in text or look.title_line.upper() in text or \
                look.title_line.replace(" ", "") in text.replace(" ", ""), look.title_line
            assert doc.lang and "[" in text and "]" in text
            assert look.translator in text
            assert re.search(r"\b" + str(pages) + r"\b", texts[-1])
            assert "Landgericht" in text
            bodies.add(look.body)
            if doc_type in CERTIFICATES:
                proses.add(doc.prose)
                prose += doc.prose
            shown = [f for f in fields(doc) if f.orig and not doc.prose]
            loose = [t.rstrip("):]") for t in text.split()]  # "[term]:" after a label
            for f in shown:
                assert words_in_order(f.orig, text, loose), f.orig
            origs += bool(shown)
    assert origs >= 8 and prose >= 2
    assert proses == {True, False}
    assert len(bodies) >= 4


def test_index_cards_strike_superseded_entries_and_date_later_ones() -> None:
    """Some cards carry superseded entries (struck, never a truth value) and later entries with
    their own day (never a truth day); cards come one, two or more to a page."""
    struck = later = 0
    arranged: set[str] = set()
    modes: set[str] = set()
    for record, _style, doc in _docs("indexcard", 6):
        truth_days = {v for v in truth_fields(record).values()
                      if isinstance(v, str) and ISO_DATE.match(v)}
        for f in fields(doc):
            if f.old:
                struck += 1
                assert f.later is not None
            if f.later is not None:
                later += 1
                assert f.later.isoformat() not in truth_days
        arranged.add(doc.card.arrange)
        modes.add(doc.card.mode)
    assert struck >= 20 and later >= 30
    assert arranged == {"stack", "single", "grid"}
    assert modes == {"lines", "boxes", "split"}


@pytest.mark.parametrize("layout", EXTRA30_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"),
                   round(doc.fs, 3), doc.ref))
    assert len(looks) >= 8 * 5


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA30_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA30_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA30_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra29"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["spreadsheet", "microfilm"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra30"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["translation", "indexcard"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra30(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra30", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA30_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
