"""The thirty-fourth extra pair of blind held-out layouts (``chronicle``, ``redacted``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF (and two types in every scan kind) with catalog-true
truth and the truth's page count; ``chronicle`` tells a document as a dated chronology (the
truth's days are events named by their wording among events whose days, places, addresses,
names and numbers are none of the truth's; the dwelling just before the new one is the previous
address; a passport's or a document's end of validity is a future event); ``redacted`` is a
copy with data blacked out (an authority's coded bars with a legend, a citizen's marker, an
online data sheet's grey bars or masked values): a bar never covers a truth value, an optional
catalog field whose value is covered is left out of the truth, and text under a "fake" bar stays
in the text layer without being a truth value; generation is reproducible. The pair's canonical
seed is 38383. The file is kept fast (a few seconds): few documents, scans for two types only.
"""

from __future__ import annotations

import importlib
import inspect
import pathlib
import random
import re
import types
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, Final

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

from samples import data
from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA14_LAYOUTS,
    EXTRA15_LAYOUTS,
    EXTRA16_LAYOUTS,
    EXTRA33_LAYOUTS,
    EXTRA34_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.render_extra34 import REASONS, build_doc, fields, truth_days
from samples.truth import truth_fields
from samples.wording_extra34 import (
    CHRONICLE_EVENTS,
    CHRONICLE_LABELS,
    DWELLING_ORDER34,
    PURPOSE_ORDER34,
    REDACTED_LABELS,
    all_label_strings,
    date34,
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

MINE = ("wording_extra34.py", "render_extra34.py")
KINDS = ("text", "clean", "degraded", "dpi200")
#: the scanned documents: a one-page chronicle and a two-page redacted copy
SCAN_DOCS = (("geburtsurkunde", "chronicle", 1), ("eheurkunde", "redacted", 2))
SEED = 38383
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER34}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER34}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}
#: optional catalog fields a redacted copy may print with a bar instead of the value
OPTIONAL: Final = {"birth_name": "birth_name", "previous_address": "previous_address",
                   "father_name": "father_name", "desired_plate": "desired_plate"}
#: covered values that are printed nowhere else (a real bar leaves none of them in the layer)
UNIQUE_HIDDEN = frozenset({"phone", "email", "tax_id", "id_number", "household", "owner",
                           "informant", "prev_holder", "witness", "landlord_phone", "can"})


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
def text34(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra34_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra34"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans34(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document of each layout in every kind (a one-page chronicle, a two-page copy)."""
    out = tmp_path_factory.mktemp("extra34_scans")
    generate(out, per_type=1, seed=SEED, kinds=KINDS, layouts=["extra34"],
             doc_types=tuple(d for d, _layout, _pages in SCAN_DOCS), jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra34_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA34_LAYOUTS == ("chronicle", "redacted")
    check_opt_in(tmp_path, "extra34", EXTRA34_LAYOUTS, "extra33", 78, SEED, "anmeldung")
    # between the extra14 and extra15 pairs: the extra33 pair keeps the extra15 pair before it
    # and the extra16 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("chronicle")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA34_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA14_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA15_LAYOUTS
    old = OPT_IN_LAYOUTS.index("alpine")
    assert OPT_IN_LAYOUTS[old - 2:old] == EXTRA15_LAYOUTS
    assert OPT_IN_LAYOUTS[old + 2:old + 4] == EXTRA16_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the thirty-seven older wording modules hold (their tables and what their
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
    """Every string constant of every other module of ``samples``: the compiled code's
    constants (the same strings as ``pool_checks.literals_except`` finds, and a few folded ones
    more, in half the time)."""
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


def test_extra34_wording_is_a_pool_of_its_own() -> None:
    for pool in (CHRONICLE_LABELS, REDACTED_LABELS, CHRONICLE_EVENTS):
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
            assert key in CHRONICLE_LABELS, name
            assert key in REDACTED_LABELS, name


def test_dates() -> None:
    d = date(2026, 9, 5)
    assert date34(d, "iso") == "2026-09-05"
    assert date34(d, "numeric") == "05.09.2026"
    assert date34(d, "unpadded") == "5.9.2026"
    assert date34(d, "abbr") == "5. Sept. 2026"
    assert date34(d, "abbr_upper") == "05. SEPT. 2026"
    assert date34(d, "long") == "5. September 2026"
    assert date34(d, "weekday") == "Sa., 05.09.2026"
    assert all("2026" in p for p in printed_dates(d)) and len(printed_dates(d)) == 7


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


def test_every_type_in_both_layouts_with_complete_truth(text34: Path) -> None:
    check_complete_truths(text34, EXTRA34_LAYOUTS)


def test_text_layer_prints_every_truth_value(text34: Path) -> None:
    for truth in truths_of(text34, "text"):
        check_printed(text34, truth)


def test_scans_in_every_kind_match_their_text_documents(scans34: Path) -> None:
    """Both layouts in every kind, one and two pages: every scan has its pages and size, every
    kind of one source says the same fields, the text documents print every truth value."""
    truths = truths_of(scans34)
    assert {(t["document_type"], t["layout"], t["kind"], t["pages"]) for t in truths} == {
        (d, layout, kind, pages) for d, layout, pages in SCAN_DOCS for kind in KINDS}
    for truth in truths:
        if truth["kind"] == "text":
            check_printed(scans34, truth)
            continue
        path = scans34 / truth["file"]
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


def _docs(layout: str, n: int) -> list[tuple[Any, Any, Any]]:
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"docs/{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            out.append((record, style, build_doc(record, style, rng, doc_type)))
    return out


@pytest.mark.parametrize("layout", EXTRA34_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), every
    truth field is printed, and no covered value is a truth value."""
    for record, _style, doc in _docs(layout, 8):
        truth = truth_fields(record)
        values = {v for v in truth.values() if isinstance(v, str)} | {
            t for v in truth.values() if isinstance(v, list) for t in v}
        printed: dict[str, list[str]] = {}
        for f in fields(doc):
            if f.hidden:
                assert not f.name and f.value not in values, (doc.doc_type, f.key, f.value)
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


def _doc_of(folder: Path, truth: dict[str, Any]) -> Any:
    """The content of a generated document, rebuilt from its plan the way the generator draws
    it (the same random stream up to the drawing), checked against its truth."""
    index = int(truth["source_id"].rsplit("-", 1)[1])
    # a two-page plan keeps two pages; a one-page plan may run onto a second one
    plan = 2 if (DOCUMENT_TYPES.index(truth["document_type"]) + index) % 7 == 3 else 1
    assert plan <= truth["pages"] <= 2, truth["file"]
    spec = DocSpec(truth["document_type"], index, truth["layout"], truth["pages"], SEED,
                   ("text",), folder)
    rng = spec.rng()
    record = make_record(spec.doc_type, rng)
    rng.uniform(48, 72)  # the page margins
    rng.uniform(-6, 6)
    make_faces(spec.layout, rng)
    doc = build_doc(record, make_style(spec.layout, rng), rng, spec.doc_type)
    assert truth_fields(record) == truth["fields"], truth["file"]
    return doc


@pytest.mark.parametrize("layout", EXTRA34_LAYOUTS)
def test_every_value_and_label_is_printed(text34: Path, layout: str) -> None:
    """The values, the options and the labels of named fields stand in the text layer; text
    under a "fake" bar stays in the layer, a real bar or a masked value leaves none of the
    covered value there."""
    checked = ghosts = covered = 0
    for truth in truths_of(text34, "text"):
        if truth["layout"] != layout:
            continue
        doc = _doc_of(text34, truth)
        text = flat(" ".join(pdf_text(text34 / truth["file"])))
        folded = text.casefold()
        assert doc.drawn == 0 and len(fields(doc)) > 5
        for f in fields(doc):
            if f.hidden:
                if f.ghost:
                    assert shows(f.value, text), (truth["file"], f.key)
                    ghosts += 1
                elif f.key in UNIQUE_HIDDEN and len(flat(f.value)) >= 5:
                    assert not shows(f.value, text), (truth["file"], f.key, f.value)
                    covered += 1
                continue
            value = f.options[f.chosen] if f.options else f.value
            assert shows(value, text), (truth["file"], f.key, value)
            for option in f.options:
                assert shows(option, text), (truth["file"], option)
            checked += 1
            if f.name and f.label and not f.prose:
                assert flat(f.label).casefold() in folded, (truth["file"], f.label)
        if doc.zone:
            assert all(line in text for line in doc.zone), truth["file"]
    assert checked > 100
    if layout == "redacted":
        assert ghosts >= 1 and covered >= 4


# --- chronicle ---------------------------------------------------------------------------------


def test_chronicle_events_carry_the_truth_days_among_others() -> None:
    """Every truth day is an event named by its wording; the other events' days are none of the
    truth's; the previous address is the dwelling moved into before the new one; the end of a
    passport's or a document's validity is a future event; every print occurs."""
    looks: Counter[str] = Counter()
    previous = future = others = 0
    for record, _style, doc in _docs("chronicle", 8):
        truth = truth_fields(record)
        days = truth_days(record)
        named = {ev.day.name for ev in doc.events if ev.day.name}
        assert {k for k, v in truth.items() if isinstance(v, str) and ISO_DATE.match(v)
                and doc.doc_type != "antrag_zulassung"} <= named, doc.doc_type
        for ev in doc.events:
            assert ev.day.label == ev.title and ev.title
            if not ev.day.name:
                assert ev.day.day not in days, (doc.doc_type, ev.key)
                others += 1
            if ev.future:
                assert ev.day.day is not None and ev.day.day > data.REFERENCE_DATE
                future += 1
        for ev in doc.events:
            if any(d.name == "previous_address" for d in ev.details) and \
                    ev.key == "ev_prev_move_in":
                move_in = next(e for e in doc.events if e.day.name == "move_in_date")
                assert ev.day.day is not None and move_in.day.day is not None
                assert ev.day.day < move_in.day.day
                previous += 1
        looks.update({f"style:{doc.chr.style}", f"order:{doc.chr.order}",
                      f"head:{doc.chr.head}", f"years:{doc.chr.years}",
                      f"bare:{doc.chr.bare}"})
    assert {"style:table", "style:rail", "style:list", "order:asc", "order:desc",
            "head:rows", "head:grid", "head:inline", "years:True", "bare:True"} <= set(looks)
    assert previous >= 2 and future >= 8 and others >= 100


# --- redacted ----------------------------------------------------------------------------------


def test_redacted_covers_no_truth_and_leaves_out_what_it_covers() -> None:
    """A bar or a masked value never hides a truth value; an optional catalog field printed
    with a bar instead of its value is not in the truth; every kind of copy occurs."""
    looks: Counter[str] = Counter()
    optional = whole = ghost = 0
    for record, _style, doc in _docs("redacted", 8):
        truth = truth_fields(record)
        for f in fields(doc):
            if not f.hidden:
                continue
            assert f.reason in REASONS
            if doc.doc_type == "identity_document":
                continue
            name = OPTIONAL.get(f.key)
            if name and name in all_fields(doc.doc_type):
                assert name not in truth, (doc.doc_type, name)
                optional += 1
            whole += f.whole
            ghost += f.ghost
        looks.update({f"mode:{doc.red.mode}", f"design:{doc.red.design}",
                      f"replace:{doc.red.replace}"})
    assert {"mode:authority", "mode:self", "mode:portal", "design:rows", "design:cells",
            "design:lines", "design:prose", "replace:bar", "replace:masked",
            "replace:stars"} <= set(looks)
    assert optional >= 4 and whole >= 1 and ghost >= 5


# --- both --------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", EXTRA34_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 5):
        look = (doc.chr.style, doc.chr.head, doc.chr.order, round(doc.chr.size, 2)) \
            if layout == "chronicle" else (doc.red.mode, doc.red.design, doc.red.replace,
                                           round(doc.red.size, 2))
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"), look))
    assert len(looks) >= 8 * 4


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA34_LAYOUTS:
        for record, _style, doc in _docs(layout, 5):
            assert doc.printed in doc.furniture
            assert not set(doc.furniture) & truth_days(record)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    types_ = ("anmeldung", "sterbeurkunde")
    a = generate(tmp_path / "a", 2, SEED, ("text",), EXTRA34_LAYOUTS, doc_types=types_)
    b = generate(tmp_path / "b", 2, SEED, ("text",), EXTRA34_LAYOUTS, doc_types=types_)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra33"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), list(EXTRA33_LAYOUTS),
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, SEED, ("text",), ["extra34"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, SEED, ("text",), ["chronicle", "redacted"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra34(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra34", "--types", "wohnungsgeberbestaetigung",
                 "--seed", str(SEED), "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA34_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
