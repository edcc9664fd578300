"""The thirty-fifth extra pair of blind held-out layouts (``tearoff``, ``screenshot``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF (and two types in every scan kind) with catalog-true
truth and the truth's page count; ``tearoff`` is a sheet made of detachable parts (the main form
with every value, a counterfoil, a receipt, a payment slip with the city treasury's own IBAN, a
reply panel printed upside down, a vehicle's SEPA mandate as a part of its own, purpose-bound
certificates below a certificate, a deposit receipt for an identity document; a part may be torn
off): what the other parts repeat is the main part's value, and nothing they add is a truth
value; ``screenshot`` is a collage of phone screenshots (a summary scrolled over several screens
whose last rows come again on the next one, mails, text messages, a banking app, notes, a PDF
viewer, a gallery photo with its zone zoomed in): every value is on a screen, a repeated row
repeats the value, and the furniture's days are none of the truth's; generation is
reproducible. The pair's canonical seed is 39393. The file is kept fast (a few seconds): few
documents, scans for two types only.
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
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from stdnum import iban as stdnum_iban

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import Identity, Zulassung, make_record
from samples.generate import (
    EXTRA12_LAYOUTS,
    EXTRA14_LAYOUTS,
    EXTRA15_LAYOUTS,
    EXTRA34_LAYOUTS,
    EXTRA35_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.render_extra35 import CERTIFICATES, Doc, build_sheets, fields, truth_days
from samples.truth import truth_fields
from samples.wording_extra35 import (
    CERT_LABELS,
    DWELLING_ORDER35,
    PURPOSE_ORDER35,
    SCREEN_LABELS,
    TEAROFF_LABELS,
    TEAROFF_PURPOSE_SLIPS,
    all_label_strings,
    date35,
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

MINE = ("wording_extra35.py", "render_extra35.py")
KINDS = ("text", "clean", "degraded", "dpi200")
#: the scanned documents: a one-page certificate sheet and a two-page screenshot collage
SCAN_DOCS = (("geburtsurkunde", "tearoff", 1), ("eheurkunde", "screenshot", 2))
SEED = 39393
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER35}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER35}
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
def text35(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra35_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra35"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans35(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document of each layout in every kind (a one-page sheet, a two-page collage)."""
    out = tmp_path_factory.mktemp("extra35_scans")
    generate(out, per_type=1, seed=SEED, kinds=KINDS, layouts=["extra35"],
             doc_types=tuple(d for d, _layout, _pages in SCAN_DOCS), jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra35_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA35_LAYOUTS == ("tearoff", "screenshot")
    check_opt_in(tmp_path, "extra35", EXTRA35_LAYOUTS, "extra34", 80, SEED, "anmeldung")
    # between the extra12 and extra14 pairs: the extra34 pair keeps the extra14 pair before it
    # and the extra15 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("tearoff")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA35_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA12_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA14_LAYOUTS
    old = OPT_IN_LAYOUTS.index("chronicle")
    assert OPT_IN_LAYOUTS[old - 2:old] == EXTRA14_LAYOUTS
    assert OPT_IN_LAYOUTS[old + 2:old + 4] == EXTRA15_LAYOUTS
    assert OPT_IN_LAYOUTS[old:old + 2] == EXTRA34_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the thirty-eight older wording modules hold (their tables and what their
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


def test_extra35_wording_is_a_pool_of_its_own() -> None:
    for pool in (TEAROFF_LABELS, SCREEN_LABELS, CERT_LABELS):
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
            assert key in TEAROFF_LABELS, name
            assert key in SCREEN_LABELS, name


def test_dates() -> None:
    d = date(2026, 9, 5)
    assert date35(d, "numeric") == "05.09.2026"
    assert date35(d, "unpadded") == "5.9.2026"
    assert date35(d, "long") == "5. September 2026"
    assert date35(d, "boxes") == "05 09 2026"
    assert date35(d, "din") == "05 Sep 2026"
    assert date35(d, "iso") == "2026-09-05"
    assert date35(d, "app") == "5. Sept. 2026"
    assert date35(d, "weekday") == "Sa. 05.09.2026"
    assert all("2026" in p for p in printed_dates(d)) and len(printed_dates(d)) == 8


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


def test_every_type_in_both_layouts_with_complete_truth(text35: Path) -> None:
    check_complete_truths(text35, EXTRA35_LAYOUTS)


def test_text_layer_prints_every_truth_value(text35: Path) -> None:
    for truth in truths_of(text35, "text"):
        check_printed(text35, truth)


def test_scans_in_every_kind_match_their_text_documents(scans35: Path) -> None:
    """Both layouts in every kind, one and two pages: every scan has its pages and size, every
    kind of one source says the same fields, the text documents print every truth value."""
    truths = truths_of(scans35)
    assert {(t["document_type"], t["layout"], t["kind"], t["pages"]) for t in truths} == {
        (d, layout, kind, pages) for d, layout, pages in SCAN_DOCS for kind in KINDS}
    for truth in truths:
        if truth["kind"] == "text":
            check_printed(scans35, truth)
            continue
        path = scans35 / truth["file"]
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


@pytest.mark.parametrize("layout", EXTRA35_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order, repeats
    included), and every truth field is printed."""
    for record, _style, doc in _docs(layout, 8):
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


@pytest.mark.parametrize("layout", EXTRA35_LAYOUTS)
def test_every_value_and_label_is_printed(text35: Path, layout: str) -> None:
    """The values, the options and the labels of the printed fields stand in the text layer
    (repeats, turned parts and sentences included); a torn-off part prints none of its own."""
    checked = repeats = 0
    for truth in truths_of(text35, "text"):
        if truth["layout"] != layout:
            continue
        doc = _doc_of(text35, truth)
        text = flat(" ".join(pdf_text(text35 / truth["file"])))
        folded = text.casefold()
        sheets = len(doc.parts) if layout == "tearoff" else min(len(doc.panels), truth["pages"])
        assert sheets == truth["pages"] and len(fields(doc)) > 5
        for f in fields(doc):
            value = f.options[f.chosen] if f.options else f.value
            assert shows(value, text), (truth["file"], f.key, value)
            for option in f.options:
                assert shows(option, text), (truth["file"], option)
            checked += 1
            repeats += f.copy
            if f.label and not f.prose:
                assert flat(f.label).casefold() in folded, (truth["file"], f.label)
        if doc.zone:
            assert all(line in text for line in doc.zone), truth["file"]
    assert checked > 100 and repeats >= 8


# --- tearoff -----------------------------------------------------------------------------------


def test_tearoff_parts_repeat_the_main_values_and_add_none() -> None:
    """The counterfoil, the purpose-bound certificates and the deposit receipt repeat the main
    part's values; the treasury's IBAN is valid and not the truth's; every kind of part and
    sheet occurs."""
    looks: Counter[str] = Counter()
    for k, (record, _style, doc) in enumerate(_docs("tearoff", 8)):
        truth = truth_fields(record)
        assert len(doc.parts) == 1 + k % 2  # the sheets of the plan
        kinds = {p.kind for page in doc.parts for p in page}
        looks.update({f"plan:{doc.tear.plan}", f"cells:{doc.tear.cells}"})
        looks.update(f"part:{k}" for k in kinds)
        looks.update("torn" for page in doc.parts for p in page if p.torn)
        looks.update(f"turned:{p.turned}" for page in doc.parts for p in page if p.turned)
        assert stdnum_iban.is_valid(doc.tear.treasury_iban)
        assert doc.tear.treasury_iban != truth.get("iban")
        assert doc.tear.case not in {str(v) for v in truth.values()}
        if doc.doc_type in CERTIFICATES:
            assert "slip" in kinds
            slips = [p for page in doc.parts for p in page if p.kind == "slip"]
            headings = {sec.head for p in slips for sec in p.secs if sec.key == "slip"}
            assert headings <= {h for h, _n in TEAROFF_PURPOSE_SLIPS[doc.doc_type]}
        if isinstance(record, Zulassung):
            assert "mandate" in kinds
            mandate = next(p for page in doc.parts for p in page if p.kind == "mandate")
            assert {f.name for sec in mandate.secs for f in sec.items} >= {"iban",
                                                                          "account_holder"}
        if isinstance(record, Identity):
            assert {"deposit", "receipt"} & kinds
    assert {"plan:stacked", "plan:side", "plan:mailer", "cells:cells", "cells:lines",
            "cells:tab", "part:stub", "part:receipt", "part:pay", "part:mandate", "part:slip",
            "part:deposit", "part:reply", "part:copy", "part:info", "torn", "turned:90",
            "turned:180"} <= set(looks)


# --- screenshot --------------------------------------------------------------------------------


def test_screenshots_scroll_and_mix_apps() -> None:
    """Summaries scroll over several screens with repeated rows, values sit in mails, text
    messages, a banking app and notes, certificates in a PDF viewer, identity documents in the
    gallery with the zone zoomed in; every kind of screen occurs."""
    looks: Counter[str] = Counter()
    repeats = 0
    for _record, style, doc in _docs("screenshot", 8):
        apps = [p.app for p in doc.panels]
        looks.update(f"app:{a}" for a in apps)
        looks.update({f"labels:{doc.shot.labels}", f"sex:{style.sex_mode}",
                      f"android:{doc.shot.android}"})
        looks.update("notify" for p in doc.panels if p.notify)
        looks.update("dark" for p in doc.panels if p.dark)
        looks.update("prose" for f in fields(doc) if f.prose)
        repeats += sum(f.copy for f in fields(doc))
        if doc.doc_type in CERTIFICATES:
            assert "viewer" in apps
        if doc.doc_type == "identity_document":
            assert {"gallery", "zoom"} <= set(apps)
        assert 1 <= len(doc.panels) <= 12
    assert {"app:portal", "app:mail", "app:sms", "app:bank", "app:notes", "app:viewer",
            "app:gallery", "app:zoom", "labels:above", "labels:beside", "sex:radio",
            "sex:dropdown", "android:True", "android:False", "notify", "dark",
            "prose"} <= set(looks)
    assert repeats >= 20


# --- both --------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", EXTRA35_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 5):
        look = (doc.tear.plan, doc.tear.cells, round(doc.tear.size, 2)) \
            if layout == "tearoff" else (doc.shot.labels, doc.shot.overlap, len(doc.panels))
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"), look))
    assert len(looks) >= 8 * 4


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA35_LAYOUTS:
        for record, _style, doc in _docs(layout, 5):
            assert doc.printed in doc.furniture
            assert not set(doc.furniture) & truth_days(record)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    types_ = ("anmeldung", "sterbeurkunde")
    a = generate(tmp_path / "a", 2, SEED, ("text",), EXTRA35_LAYOUTS, doc_types=types_)
    b = generate(tmp_path / "b", 2, SEED, ("text",), EXTRA35_LAYOUTS, doc_types=types_)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra34"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), list(EXTRA34_LAYOUTS),
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, SEED, ("text",), ["extra35"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, SEED, ("text",), ["tearoff", "screenshot"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra35(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra35", "--types", "wohnungsgeberbestaetigung",
                 "--seed", str(SEED), "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA35_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err

