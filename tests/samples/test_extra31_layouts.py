"""The thirty-first extra pair of blind held-out layouts (``easyread``, ``stickers``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth and the
truth's page count; ``easyread`` prints forms and certificates in easy language and large type
(questions addressed to the citizen, long words split with the middle dot or a hyphen, one
question per block, pictograms, a page counter; certificates as an explanatory copy, identity
documents with the whole zone), running onto a second page where the type needs it;
``stickers`` prints a pre-printed form whose values sit on labels pasted a little off and turned
by a few degrees (the text layer turned with them), some labels carrying two values, some values
typed or the form's own print, label numbers that are never truth values; every value stays
whole in the text layer; identity documents keep a whole machine-readable zone; generation is
reproducible.
"""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA17_LAYOUTS,
    EXTRA18_LAYOUTS,
    EXTRA30_LAYOUTS,
    EXTRA31_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra26 import _truth_strings
from samples.render_extra31 import CERTIFICATES, build_doc, draw_doc, fields
from samples.truth import truth_fields
from samples.wording_extra30 import all_label_strings as extra30_strings
from samples.wording_extra30 import value_strings as extra30_values
from samples.wording_extra31 import (
    DOT,
    DWELLING_ORDER31,
    EASY_FACTS,
    EASY_QUESTIONS,
    PURPOSE_ORDER31,
    STICKER_KEYS,
    STICKER_LABELS,
    all_label_strings,
    dwelling_printings,
    label_strings,
    nationality_printings,
    printed_dates,
    purpose_printings,
    sex_printings,
    split_words,
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
from tests.samples.test_extra30_layouts import _older_pools as older30
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra31.py", "render_extra31.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
SEED = 3131
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER31}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER31}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text31(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra31_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra31"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans31(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra31_scans")
    generate(out, per_type=2, seed=313, kinds=KINDS, layouts=["extra31"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra31_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA31_LAYOUTS == ("easyread", "stickers")
    check_opt_in(tmp_path, "extra31", EXTRA31_LAYOUTS, "extra30", 72, 31, "anmeldung")
    # between the extra17 and extra18 pairs, so that every older pair keeps the places its
    # tests pin (extra18, extra30, extra19, extra29, extra20, extra28, extra21, extra27, extra22
    # stay a run; the end stays put)
    at = OPT_IN_LAYOUTS.index("easyread")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA31_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA17_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA18_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA30_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-four older pools as their own modules list them."""
    return older30() | set(extra30_strings()) | set(extra30_values())


def test_extra31_wording_is_a_pool_of_its_own() -> None:
    for pool in (EASY_QUESTIONS, EASY_FACTS, STICKER_LABELS, STICKER_KEYS):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(p) for s in literals_except(MINE)
                                         for p in (s, *s.split("|"))}
    # not even up to case, punctuation or spacing (the middle dot is punctuation too)
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    spaced = {" ".join(s.casefold().split()) for s in older | literals_except(MINE)}
    everything = mine + value_strings()
    assert [s for s in everything if " ".join(s.casefold().split()) in spaced] == []
    for s in everything:
        s.encode("cp1252")  # the base-14 fallback prints every wording
        for style in ("dot", "hyphen"):
            split_words(s, style).encode("cp1252")


def test_long_words_are_split() -> None:
    """Most easy-language questions split a compound with the middle dot; a document that
    hyphenates writes the next part with a capital."""
    split = [s for options in EASY_QUESTIONS.values() for s in options if DOT in s]
    assert len(split) >= 40
    assert split_words("Post·leit·zahl", "hyphen") == "Post-Leit-Zahl"
    assert split_words("Post·leit·zahl", "dot") == "Post·leit·zahl"
    assert all(DOT not in s for s in STICKER_LABELS["family_name"])


def test_every_catalog_field_has_its_labels() -> None:
    flat = ("move_in_date", "street", "house_number", "postal_code", "city")
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = KEYS.get(base, base)
            if doc_type in CERTIFICATES or doc_type == "identity_document":
                assert key in EASY_FACTS or key == "doc_kind", name
            elif doc_type == "wohnungsgeberbestaetigung" and key in flat:
                assert f"flat_{key}" in EASY_QUESTIONS, name
            else:
                assert key in EASY_QUESTIONS, name
            assert key in STICKER_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_complete_truth(text31: Path) -> None:
    check_complete_truths(text31, EXTRA31_LAYOUTS)


def test_text_layer_prints_every_truth_value(text31: Path) -> None:
    for truth in truths_of(text31, "text"):
        check_printed(text31, truth, POOL)


def test_scans_in_every_kind_match_their_text_documents(scans31: Path) -> None:
    check_scans_match(scans31, SCAN_TYPES, EXTRA31_LAYOUTS, KINDS,
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
        return printed in purpose_printings(truth)
    if base == "dwelling":
        return printed in dwelling_printings(truth)
    if base == "iban":
        return printed.replace(" ", "") == truth
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


@pytest.mark.parametrize("layout", EXTRA31_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), every
    truth field is printed, and a label number is never a truth value."""
    for record, _style, doc in _docs(layout):
        truth = truth_fields(record)
        taken = _truth_strings(record)
        printed: dict[str, list[str]] = {}
        for lab in doc.stick.labels.values():
            assert not set(lab.ref.split()) & taken, lab.ref
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
        # a two-page plan keeps two pages; a one-page plan may run onto a second one
        assert len(pdf) == doc.drawn == pen.pages, (layout, doc_type, seed)
        assert pages <= len(pdf) <= 2, (layout, doc_type, seed)
        # a label wrapped after "Vor-" comes back with pdfium's hyphenation mark
        texts = [" ".join(page.get_textpage().get_text_range().replace("\ufffe", "- ").split())
                 for page in pdf]
    finally:
        pdf.close()
    return record, doc, texts, buf.getvalue()


@pytest.mark.parametrize("layout", EXTRA31_LAYOUTS)
def test_every_value_and_label_is_printed_whole(layout: str) -> None:
    """The values (and the labels of named fields) stand whole in the text layer, turned
    labels included, on as many pages as the plan asks for (or one more)."""
    checked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, _pdf = _drawn(layout, doc_type, seed, 1 + seed % 2)
            text = " ".join(texts)
            tokens = text.split()
            for f in fields(doc):
                value = f.options[f.chosen] if f.options else f.value
                if not value:
                    continue
                assert words_in_order(value, text, tokens), (layout, doc_type, f.key, value)
                if f.options:
                    for option in f.options:
                        assert words_in_order(option, text, tokens), (doc_type, option)
                checked += 1
                if f.name and f.label:  # a certificate's heading office has no label
                    assert words_in_order(f.label, text, tokens), (doc_type, f.label)
            if doc.zone:
                compact = text.replace(" ", "")
                assert all(line in compact for line in doc.zone), doc_type
    assert checked > 300


def test_easyread_prints_large_type_split_words_and_a_page_counter() -> None:
    """Questions and answers come in large type, most documents split long words, each page
    counts the pages, and forms ask the citizen."""
    split = asked = 0
    sizes: list[float] = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(3):
            _record, doc, texts, pdf = _drawn("easyread", doc_type, seed, 1 + seed % 2)
            text = " ".join(texts)
            hyphen = re.search(r"\b[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+", text)
            split += DOT in text or bool(hyphen)
            for k, page in enumerate(texts, 1):
                assert re.search(rf"\b{k}\b.*\b{len(texts)}\b", page), (doc_type, page[-80:])
            if doc.kind == "form":
                asked += sum(f.label.rstrip(".").endswith("?") for f in fields(doc))
            with pdfplumber.open(io.BytesIO(pdf)) as plumber:
                for page in plumber.pages:
                    sizes += [round(ch["size"]) for ch in page.chars if ch["text"].strip()]
    assert split >= 20
    assert asked >= 40
    common = Counter(sizes).most_common(1)[0][0]
    assert common >= 14, Counter(sizes).most_common(5)


def test_easyread_pages_follow_the_type() -> None:
    """Short explanatory copies fit on one page now and then (shrunk by a fifth at most); long
    forms run onto a second one; the questions stay large."""
    ones = twos = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, _pdf = _drawn("easyread", doc_type, seed, 1)
            ones += len(texts) == 1
            twos += len(texts) == 2
            if len(texts) == 1:
                assert doc.scale >= 0.8
            assert doc.easy.qsize * doc.scale >= 13.5, (doc_type, seed)
            if doc.kind == "form":
                assert len(texts) == 2
    assert ones >= 3 and twos >= 8


def test_stickers_are_turned_and_carry_one_or_more_values() -> None:
    """Labels sit a little off and turned; some carry two lines; some values are typed or
    the form's own print; choices come as options with a dot or as a label with the wording;
    some labels carry a stripe or a number; certificates come with data-block labels."""
    turned = multi = typed = printed = dots = bars = refs = lifted = blocks = 0
    corners: set[str] = set()
    for _record, _style, doc in _docs("stickers", 6):
        for lab in doc.stick.labels.values():
            assert abs(lab.angle) <= 4.0
            turned += abs(lab.angle) > 0.5
            multi += len(lab.lines) > 1
            bars += bool(lab.bar)
            refs += bool(lab.ref)
            lifted += lab.lift > 0
            blocks += bool(lab.keys)
            corners.add(lab.corner)
        for f in fields(doc):
            typed += f.mode == "typed"
            printed += f.mode == "printed"
            dots += f.mode == "dot" and bool(f.options)
    assert turned >= 100 and multi >= 20 and typed >= 5 and printed >= 5
    assert dots >= 10 and bars >= 20 and refs >= 20 and lifted >= 20 and blocks >= 5
    assert corners == {"round", "cut", "square"}


def test_sticker_text_is_turned_in_the_text_layer() -> None:
    turned = 0
    for doc_type in ("anmeldung", "eheurkunde", "identity_document"):
        _record, doc, _texts, pdf = _drawn("stickers", doc_type, 2)
        with pdfplumber.open(io.BytesIO(pdf)) as plumber:
            for page in plumber.pages:
                turned += sum(1 for ch in page.chars if abs(ch["matrix"][1]) > 0.01)
        assert doc.stick.labels
    assert turned > 50


@pytest.mark.parametrize("layout", EXTRA31_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        look = (doc.easy.answer, round(doc.easy.qsize, 2), doc.easy.picto) \
            if layout == "easyread" else (doc.stick.sface, round(doc.stick.ssize, 2),
                                          doc.stick.label_pos)
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"),
                   look))
    assert len(looks) >= 8 * 5


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA31_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA31_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA31_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra30"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["translation", "indexcard"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra31"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["easyread", "stickers"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra31(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra31", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA31_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
