"""The thirty-sixth extra pair of blind held-out layouts (``notice``, ``annotated``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF (and two types in every scan kind) with catalog-true
truth and the truth's page count; ``notice`` is an authority's formal notice that restates a
case (window field, information block, numbered decisions, the data listing, sentences that
carry some values, fees, the legal remedy): the addressee repeats truth values where it is the
case's person, the notice's own days, references, amounts, codes and the treasury's account are
none of the truth's values; ``annotated`` is a PDF form filled in with a viewer's comments
(comments in a margin joined to their markers, numbered markers, or a comment summary on a
second sheet; check-mark stamps on chosen options, text boxes on the form): every value stands
in a comment, a text box or a ticked option, every comment is numbered and carries its author
and time stamp, and the comments' days are none of the truth's; generation is reproducible. The
pair's canonical seed is 40404. The file is kept fast (a few seconds): few documents, scans for
two types only.
"""

from __future__ import annotations

import importlib
import inspect
import io
import pathlib
import random
import re
import types
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from stdnum import iban as stdnum_iban

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import REFERENCE_DATE, Geburt, Identity, Wohnungsgeber, make_record
from samples.generate import (
    EXTRA11_LAYOUTS,
    EXTRA12_LAYOUTS,
    EXTRA14_LAYOUTS,
    EXTRA35_LAYOUTS,
    EXTRA36_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import PAGE_W, Pen
from samples.render_extra36 import (
    CERTIFICATES,
    K_CHECK,
    K_HIGHLIGHT,
    K_TEXT,
    Doc,
    build_sheets,
    draw_doc,
    fields,
    truth_days,
)
from samples.truth import truth_fields
from samples.wording_extra36 import (
    ANNOT_LABELS,
    ANNOT_NOTES,
    CERT_LABELS,
    DWELLING_ORDER36,
    NOTICE_LABELS,
    PURPOSE_ORDER36,
    all_label_strings,
    date36,
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
    norm,
    truths_of,
)
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra36.py", "render_extra36.py")
KINDS = ("text", "clean", "degraded", "dpi200")
#: the scanned documents: a one-page certificate notice and a two-page annotated certificate
SCAN_DOCS = (("geburtsurkunde", "notice", 1), ("eheurkunde", "annotated", 2))
SEED = 40404
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER36}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER36}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


def flat(text: str) -> str:
    """A text layer as values are compared with it: white space dropped."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def shows(value: str, text: str) -> bool:
    return flat(value) in text


def pdf_text(path: Path | bytes) -> list[str]:
    doc = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def text36(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra36_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra36"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans36(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document of each layout in every kind (a one-page notice, a two-page printout)."""
    out = tmp_path_factory.mktemp("extra36_scans")
    generate(out, per_type=1, seed=SEED, kinds=KINDS, layouts=["extra36"],
             doc_types=tuple(d for d, _layout, _pages in SCAN_DOCS), jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra36_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA36_LAYOUTS == ("notice", "annotated")
    check_opt_in(tmp_path, "extra36", EXTRA36_LAYOUTS, "extra35", 82, SEED, "anmeldung")
    # between the extra11 and extra12 pairs: the extra35 pair keeps the extra12 pair before it
    # and the extra14 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("notice")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA36_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA11_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA12_LAYOUTS
    old = OPT_IN_LAYOUTS.index("tearoff")
    assert OPT_IN_LAYOUTS[old - 2:old] == EXTRA12_LAYOUTS
    assert OPT_IN_LAYOUTS[old:old + 2] == EXTRA35_LAYOUTS
    assert OPT_IN_LAYOUTS[old + 2:old + 4] == EXTRA14_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the thirty-nine older wording modules hold (their tables and what their
    ``*_strings`` functions list): a superset of the older pools as their tests list them,
    without importing those tests."""
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
    """Every string constant of every other module of ``samples`` (the compiled code's
    constants: the same strings as ``pool_checks.literals_except`` finds, and a few folded ones
    more)."""
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


def test_extra36_wording_is_a_pool_of_its_own() -> None:
    for pool in (NOTICE_LABELS, ANNOT_LABELS, CERT_LABELS):
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


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = KEYS.get(base, base)
            if doc_type in CERTIFICATES:
                assert key in CERT_LABELS, name
                continue
            assert key in NOTICE_LABELS, name
            assert key in ANNOT_LABELS, name


def test_dates() -> None:
    d = date(2026, 9, 5)
    assert date36(d, "numeric") == "05.09.2026"
    assert date36(d, "unpadded") == "5.9.2026"
    assert date36(d, "long") == "5. September 2026"
    assert date36(d, "long_zero") == "05. September 2026"
    assert date36(d, "abbr") == "5. Sep. 2026"
    assert date36(d, "dashed") == "05-09-2026"
    assert all("2026" in p for p in printed_dates(d)) and len(printed_dates(d)) == 6


# --- truth -------------------------------------------------------------------------------------


def check_printed(folder: Path, truth: dict[str, Any]) -> None:
    """Every truth value shows in the flattened text layer as this pool prints it (an identity
    document's in its zone or on its page)."""
    raw = " ".join(pdf_text(folder / truth["file"]))
    text = flat(raw)
    if truth["document_type"] == "identity_document":
        assert all(line in text for line in truth["mrz"]), truth["file"]
        plain = " ".join(unicodedata.normalize("NFKC", raw).split())
        for name, value in truth["fields"].items():
            assert POOL.identity_printed(name, value, plain, truth["mrz"]) or \
                shows(value, text), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in POOL.variants(name, v) if shows(p, text)], (truth["file"], name, v)


def test_every_type_in_both_layouts_with_complete_truth(text36: Path) -> None:
    check_complete_truths(text36, EXTRA36_LAYOUTS)


def test_text_layer_prints_every_truth_value(text36: Path) -> None:
    for truth in truths_of(text36, "text"):
        check_printed(text36, truth)


def test_scans_in_every_kind_match_their_text_documents(scans36: Path) -> None:
    """Both layouts in every kind, one and two pages: every scan has its pages and size, every
    kind of one source says the same fields, the text documents print every truth value."""
    truths = truths_of(scans36)
    assert {(t["document_type"], t["layout"], t["kind"], t["pages"]) for t in truths} == {
        (d, layout, kind, pages) for d, layout, pages in SCAN_DOCS for kind in KINDS}
    for truth in truths:
        if truth["kind"] == "text":
            check_printed(scans36, truth)
            continue
        path = scans36 / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"], truth["file"]
                assert not "".join(page.extract_text() or "" for page in pdf.pages).strip()
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"], truth["file"]
                assert min(img.size) > 1000
    for doc_type, _layout, _pages in SCAN_DOCS:
        group = [t for t in truths if t["document_type"] == doc_type]
        assert len(group) == len(KINDS)
        assert all(t["fields"] == group[0]["fields"] for t in group)


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


def _pages(doc_type: str, index: int) -> int:
    return 2 if (DOCUMENT_TYPES.index(doc_type) + index) % 7 == 3 else 1


def _docs(layout: str, n: int) -> list[tuple[Any, Any, Doc]]:
    """``n`` documents of every type built (not drawn), one- and two-page plans alternating."""
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"docs/{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            out.append((record, style, build_sheets(record, style, rng, doc_type,
                                                    1 + seed % 2)))
    return out


def _drawn(layout: str, n: int) -> list[tuple[Any, Doc, int]]:
    """``n`` documents of every type drawn onto a canvas (not rasterised), with the number of
    pages the drawing made."""
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"drawn/{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            pen = Pen(Canvas(io.BytesIO(), pagesize=A4), make_faces(layout, rng), 60,
                      PAGE_W - 60)
            pages = 1 + seed % 2
            doc = draw_doc(pen, record, make_style(layout, rng), rng, doc_type, pages)
            out.append((record, doc, pen.pages))
    return out


@pytest.mark.parametrize("layout", EXTRA36_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order, repeats
    included), and every truth field is printed."""
    for record, _style, doc in _docs(layout, 6):
        truth = truth_fields(record)
        printed: dict[str, list[str]] = {}
        for f in fields(doc):
            value = f.options[f.chosen] if f.options else f.value
            if "+" in f.name:
                rest = value
                for part in f.name.split("+"):
                    at = rest.find(str(truth[part]))
                    assert at >= 0, (value, part)
                    rest = rest[at + len(str(truth[part])):]
                    printed.setdefault(part, []).append(str(truth[part]))
                continue
            if f.name:
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


def _doc_of(folder: Path, truth: dict[str, Any]) -> Doc:
    """The content of a generated document, rebuilt from its plan the way the generator draws
    it (the same random stream up to the drawing), checked against its truth."""
    index = int(truth["source_id"].rsplit("-", 1)[1])
    assert truth["pages"] == _pages(truth["document_type"], index), truth["file"]
    spec = DocSpec(truth["document_type"], index, truth["layout"], truth["pages"], SEED,
                   ("text",), folder)
    rng = spec.rng()
    record = make_record(spec.doc_type, rng)
    rng.uniform(48, 72)  # the page margins
    rng.uniform(-6, 6)
    make_faces(spec.layout, rng)
    doc = build_sheets(record, make_style(spec.layout, rng), rng, spec.doc_type, spec.pages)
    assert truth_fields(record) == truth["fields"], truth["file"]
    return doc


@pytest.mark.parametrize("layout", EXTRA36_LAYOUTS)
def test_every_value_and_label_is_printed(text36: Path, layout: str) -> None:
    """The values, the options, the labels, the notice's sentences and the comments stand in
    the text layer."""
    checked = repeats = 0
    for truth in truths_of(text36, "text"):
        if truth["layout"] != layout:
            continue
        doc = _doc_of(text36, truth)
        text = flat(" ".join(pdf_text(text36 / truth["file"])))
        folded = text.casefold()
        assert len(fields(doc)) > 5
        for f in fields(doc):
            value = f.options[f.chosen] if f.options else f.value
            assert shows(value, text), (truth["file"], f.key, value)
            for option in f.options:
                assert shows(option, text), (truth["file"], option)
            if f.text:
                assert shows(f.text, text), (truth["file"], f.text)
            checked += 1
            repeats += f.copy
            if f.label and not f.prose:
                assert flat(f.label).casefold() in folded, (truth["file"], f.label)
        for note in doc.notes:
            if note.text:
                assert shows(note.text, text), (truth["file"], note.text)
        if doc.zone:
            assert all(line in text for line in doc.zone), truth["file"]
    assert checked > 100 and repeats >= 8


# --- notice ------------------------------------------------------------------------------------


def test_notices_restate_the_case_and_add_no_truth() -> None:
    """The addressee is the case's person at the case's address where there is one; the
    notice's days, its reference, clerk, code and the treasury's account are none of the
    truth's values; every habit occurs."""
    looks: Counter[str] = Counter()
    for record, _style, doc in _docs("notice", 8):
        truth = truth_fields(record)
        look = doc.notice
        values = {str(v) for v in truth.values() if isinstance(v, str)}
        assert look.day is not None and look.asked is not None and look.due is not None
        assert look.asked < look.day < look.due
        assert not {look.day, look.asked, look.due} & truth_days(record)
        assert stdnum_iban.is_valid(look.treasury_iban)
        assert look.treasury_iban != truth.get("iban")
        assert not {look.ref, look.clerk, look.code, look.cash_ref} & values
        assert not set(look.clerk.split()) & {w for v in values for w in v.split()}
        assert len(look.addressee) == 3 and look.salutation
        if doc.kind == "form":
            city_line = f"{truth.get('postal_code')} {truth.get('city')}"
            if isinstance(record, Wohnungsgeber):
                assert look.addressee[0] == truth["landlord_name"]
                assert truth["landlord_address"].endswith(look.addressee[2])
            else:
                assert look.addressee[2] == city_line
        if isinstance(record, Wohnungsgeber):
            assert look.code and any(look.code in t for t in look.tenor)
        if isinstance(record, Geburt):
            assert look.day > record.issue
        prose = [f for sec in doc.sections for f in sec.items if f.prose]
        assert all(f.value in f.text for f in prose)
        assert all(f.text in look.tenor or f.text in look.reasons for f in prose)
        looks.update({f"table:{look.table}", f"day:{look.day_style}", f"kind:{doc.kind}",
                      f"fees:{bool(look.fee_items)}", f"signed:{look.signed}"})
        looks.update("prose" for _f in prose[:1])
        looks.update("tenor" for _t in look.tenor[:1])
    assert {"table:ruled", "table:dotted", "table:plain", "day:numeric", "day:long",
            "kind:form", "kind:cert", "kind:id", "fees:True", "fees:False", "signed:True",
            "signed:False", "prose", "tenor"} <= set(looks)


# --- annotated ---------------------------------------------------------------------------------


def test_annotated_values_sit_in_comments_boxes_and_ticks() -> None:
    """Every value of a form is a comment, a text box or a ticked option with its own numbered
    comment; certificates print theirs and carry the reader's comments; remarks carry no
    value; every way of printing and filling in occurs."""
    looks: Counter[str] = Counter()
    for record, _style, doc in _docs("annotated", 8):
        truth = truth_fields(record)
        numbers = [n.n for n in doc.notes]
        assert numbers == list(range(1, len(numbers) + 1))
        assert [n.page for n in doc.notes] == sorted(n.page for n in doc.notes)
        for sec in doc.sections:
            for f in sec.items:
                looks[f"via:{f.via}"] += 1
                if doc.kind == "cert":
                    assert f.via == "print"
                    continue
                assert f.via in ("comment", "free", "check") and f.mark, (doc.doc_type, f.key)
                note = doc.notes[f.mark - 1]
                assert note.fld is f and note.page == sec.page
                if f.via == "check":
                    assert note.kind == K_CHECK and f.options and not note.text
                else:
                    assert f.value in note.text and (note.kind == K_TEXT) == (f.via == "free")
        for note in doc.notes:
            looks[f"kind:{note.kind}"] += 1
            if note.fld is None:
                assert note.text in ANNOT_NOTES and not re.search(r"\d", note.text)
        if doc.kind == "cert":
            assert doc.extras and all(f.copy and f.value in f.text for f in doc.extras)
            assert any(n.kind != K_HIGHLIGHT and n.fld is not None for n in doc.notes)
        stamps = {date(int(n.stamp[6:10]), int(n.stamp[3:5]), int(n.stamp[:2]))
                  for n in doc.notes}
        assert not stamps & truth_days(record)
        assert all(n.author and n.stamp for n in doc.notes)
        assert not {n.author for n in doc.notes} & {v for v in truth.values()
                                                     if isinstance(v, str)}
        looks.update({f"mode:{doc.annot.mode}", f"labels:{doc.annot.labels}",
                      f"pages:{doc.annot.pages}"})
    assert {"mode:margin", "mode:numbered", "mode:separate", "labels:above", "labels:beside",
            "pages:1", "pages:2", "via:comment", "via:free", "via:check", "via:print",
            f"kind:{K_CHECK}", f"kind:{K_TEXT}", f"kind:{K_HIGHLIGHT}"} <= set(looks)


# --- both --------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", EXTRA36_LAYOUTS)
def test_every_page_fits_and_the_plan_decides_the_pages(layout: str) -> None:
    """Drawn without rasterising: as many pages as the plan wants, and every page's content
    fits its page (a one-page notice shrinks its type or leaves out notes, remedy and fees)."""
    for record, doc, pages in _drawn(layout, 4):
        assert pages == doc.drawn, (layout, doc.doc_type)
        assert doc.fits, (layout, doc.doc_type, pages)
        if isinstance(record, Identity):
            assert doc.zone == tuple(record.lines)


@pytest.mark.parametrize("layout", EXTRA36_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 5):
        look = (doc.notice.table, doc.notice.day_style, len(doc.notice.tenor)) \
            if layout == "notice" else (doc.annot.mode, doc.annot.labels, len(doc.notes))
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"), look))
    assert len(looks) >= 8 * 4


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA36_LAYOUTS:
        for record, _style, doc in _docs(layout, 5):
            assert doc.printed in doc.furniture
            assert not set(doc.furniture) & truth_days(record)
            # the furniture follows the case: a notice after the move or the issue, comments
            # after the form could be filled in
            assert doc.printed is not None
            assert doc.printed > REFERENCE_DATE - timedelta(days=330)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    types_ = ("anmeldung", "sterbeurkunde")
    a = generate(tmp_path / "a", 2, SEED, ("text",), EXTRA36_LAYOUTS, doc_types=types_)
    b = generate(tmp_path / "b", 2, SEED, ("text",), EXTRA36_LAYOUTS, doc_types=types_)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra35"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), list(EXTRA35_LAYOUTS),
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, SEED, ("text",), ["extra36"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, SEED, ("text",), ["notice", "annotated"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra36(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra36", "--types", "wohnungsgeberbestaetigung",
                 "--seed", str(SEED), "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA36_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
