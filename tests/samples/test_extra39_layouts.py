"""The thirty-ninth extra pair of blind held-out layouts (``wrapped``, ``split``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own,
every type renders in both layouts as a text PDF (and two types in every scan kind) with
catalog-true truth and the truth's page count; ``wrapped`` wraps labels and values in narrow
columns and cells (a value joined across its lines is the truth), ``split`` enters values in
captioned sub-cells (the parts recomposed in the catalog's format are the truth); each part a
document prints stands in its text layer; the adapted records keep the catalog's formats and
valid zones; generation is reproducible. The pair's canonical seed is 43434. The file is kept
fast (a few seconds).
"""

from __future__ import annotations

import importlib
import inspect
import io
import pathlib
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
from stdnum import iban as stdnum_iban

from samples import mrz
from samples.catalog import DOCUMENT_TYPES, FIELDS
from samples.data import Identity, make_record
from samples.generate import (
    EXTRA8_LAYOUTS,
    EXTRA9_LAYOUTS,
    EXTRA38_LAYOUTS,
    EXTRA39_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import PAGE_W, Pen
from samples.render_extra39 import (
    CAPTION_PLACES,
    SPLIT_MODES,
    WRAP_MODES,
    Doc39,
    Shown,
    adapt,
    draw_doc,
    split_full,
    wrap39,
)
from samples.truth import truth_fields
from samples.wording import MONTHS
from samples.wording_extra39 import (
    SPLIT_CAPTIONS,
    SPLIT_LABELS,
    WRAP_LABELS,
    all_label_strings,
    clean,
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
    check_complete_truths,
    check_opt_in,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_generate import ISO_DATE, check_truth, load_truths
from tests.samples.test_generate import _pdf_text as pdf_text

MINE = ("wording_extra39.py", "render_extra39.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SEED = 43434
#: the scanned documents: a two-page wrapped certificate and a one-page application among them
SCAN_DOCS = ("antrag_zulassung", "eheurkunde")
ADDRESS = "street+house_number+postal_code+city"


@pytest.fixture(scope="module")
def text39(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type four times (twice per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra39_text")
    generate(out, per_type=4, seed=SEED, kinds=("text",), layouts=["extra39"], jobs=1)
    return out


# --- what a document printed, joined again ------------------------------------------------------


def joined(lines: tuple[str, ...]) -> str:
    """A value wrapped over lines, whole again: a line that ends with a hyphen continues
    without a space (values break only after their own hyphens)."""
    out = lines[0]
    for line in lines[1:]:
        out = out + line if out.endswith("-") else f"{out} {line}"
    return out


def recompose(shown: Shown) -> str:
    """The catalog's value from what a document printed for one field."""
    p = shown.parts
    match shown.kind:
        case "text" | "choice":
            return joined(p)
        case "date":
            month = int(p[1]) if p[1].isdigit() else MONTHS.index(p[1]) + 1
            return date(int(p[2]), month, int(p[0])).isoformat()
        case "house":
            return p[0] + p[1]
        case "line":
            return f"{p[0]} {p[1]}{p[2]}, {p[3]} {p[4]}"
        case "foreign":
            return ", ".join(p)
        case "person":
            return f"{p[1]} {p[0]}"
        case "join":
            return "".join(p)
        case "plate":
            return f"{p[0]}-{p[1]} {p[2]}"
        case "register":
            return f"{p[0]} {p[1]}/{p[2]}"
    raise AssertionError(shown.kind)


def matches(name: str, value: str, truth: dict[str, Any]) -> bool:
    """Whether ``value`` (recomposed) is the truth of ``name`` as this pair prints it."""
    if name == ADDRESS:
        return value == (f"{truth['street']} {truth['house_number']}, "
                         f"{truth['postal_code']} {truth['city']}")
    if name.startswith("tenant_names:"):
        return value == truth["tenant_names"][int(name.split(":")[1])]
    want = truth[name]
    if ISO_DATE.match(want):
        return value == want or value in printed_dates(date.fromisoformat(want))
    if name == "sex":
        return value in sex_printings(want)
    if name in ("nationality", "issuing_state"):
        return value in nationality_printings(want) or value == want
    if name == "purpose":
        return value in purpose_printings(want)
    if name == "dwelling":
        return value in dwelling_printings(want)
    if name == "iban":
        return value.replace(" ", "") == want
    return value == want


def squash(text: str) -> str:
    """Without white space, and without the mark pdfium leaves where it joined a word
    hyphenated at a line end."""
    return re.sub(r"[\s\ufffe]+", "", text)


def check_shown(doc: Doc39, text: str, truth: dict[str, Any], where: str) -> None:
    """Every part a document printed for a truth field stands in its text layer, the parts
    recomposed are the truth, and every required field (identity documents: those the sheet
    carries) was printed."""
    flat = squash(text)
    for shown in doc.shown:
        for part in shown.parts:
            # a line that ends with a hyphen may come out joined to the next one
            assert squash(part).rstrip("-") in flat, (where, shown)
        assert matches(shown.name, recompose(shown), truth), (where, shown, recompose(shown))
    names = {n for s in doc.shown for n in s.name.split("+")}
    names |= {s.name.split(":")[0] for s in doc.shown}
    required, _ = FIELDS[doc.doc_type]
    if doc.doc_type == "identity_document":
        required = [n for n in required if n not in ("mrz_format", "document_code")]
    assert set(required) <= names, (where, set(required) - names)


def redraw(truth: dict[str, Any], seed: int) -> tuple[Doc39, bytes, dict[str, Any]]:
    """A generated document drawn again as ``samples.generate`` draws it, with its content."""
    from samples.generate import draw_document  # the byte-identical path

    spec = DocSpec(truth["document_type"], int(truth["source_id"].rsplit("-", 1)[1]),
                   truth["layout"], truth["pages"], seed, ("text",), Path())
    rng = spec.rng()
    record = adapt(make_record(spec.doc_type, rng), spec.layout, spec.rng("adapt"))
    state = rng.getstate()
    pdf, _pages = draw_document(spec, record, rng)  # what generate wrote ...
    rng.setstate(state)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle("")
    margin = rng.uniform(48, 72)
    right = PAGE_W - margin + rng.uniform(-6, 6)
    pen = Pen(canvas, make_faces(spec.layout, rng), margin, right)
    doc = draw_doc(pen, record, make_style(spec.layout, rng), rng, spec.doc_type, spec.pages)
    canvas.showPage()
    canvas.save()
    assert buf.getvalue() == pdf  # ... and the same document, drawn here with its content
    return doc, pdf, dict(truth_fields(record))


def check39(folder: Path, truth: dict[str, Any]) -> None:
    """A generated text document: drawn again, the same bytes, and what it printed is the
    truth; an identity document's zone stands in its text."""
    doc, pdf, fields = redraw(truth, SEED)
    assert pdf == (folder / truth["file"]).read_bytes()
    assert fields == truth["fields"]
    text = pdf_text(folder / truth["file"])
    check_shown(doc, text, fields, truth["file"])
    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]


# --- selection ---------------------------------------------------------------------------------


def test_extra39_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA39_LAYOUTS == ("wrapped", "split")
    check_opt_in(tmp_path, "extra39", EXTRA39_LAYOUTS, "extra38", 88, SEED, "anmeldung")
    # between the extra8 and extra9 pairs: the extra38 pair keeps the extra9 pair before it
    # and the extra10 pair after it, and every later run and place stays where its tests pin it
    at = OPT_IN_LAYOUTS.index("wrapped")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA39_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA8_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA9_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA38_LAYOUTS


def test_cli_knows_the_group(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "1", "--seed", "3", "--kinds", "text",
                 "--layouts", "extra39", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    assert {t["layout"] for t in load_truths(tmp_path)} <= set(EXTRA39_LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """Every string the forty-two older wording modules hold (their tables and what their
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


def test_extra39_wording_is_a_pool_of_its_own() -> None:
    for pool in (WRAP_LABELS, SPLIT_LABELS):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    assert not any("~" in s for s in mine)  # the hyphenation marks never print
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


def test_wrapping_hyphenates_labels_and_breaks_values_only_at_their_own_hyphens() -> None:
    lines = wrap39("Staats~an~ge~hö~rig~keit der Per~son", "Helvetica", 9, 58)
    assert len(lines) > 1 and lines[0].endswith("-") and "~" not in "".join(lines)
    assert joined(tuple(lines)) != "Staatsangehörigkeit der Person"  # a printed hyphen
    assert "".join(ln.rstrip("-") for ln in lines).replace(" ", "") == \
        "StaatsangehörigkeitderPerson"
    value = "Hans-Böckler-Straße 112a"
    lines = wrap39(value, "Helvetica", 10, 60, soft=False)
    assert len(lines) > 1 and joined(tuple(lines)) == value
    assert all(ln in value for ln in lines)
    assert wrap39("Mülheim an der Ruhr", "Helvetica", 10, 45, soft=False) == [
        "Mülheim", "an der", "Ruhr"]


def test_names_split_only_when_unambiguous() -> None:
    assert split_full("Anna Sophie von der Heide") == ("von der Heide", "Anna Sophie")
    assert split_full("Karl-Heinz Müller") == ("Müller", "Karl-Heinz")
    assert split_full("Anna Smith-Jones", "Smith-Jones") == ("Smith-Jones", "Anna")
    assert split_full("Anna Sophie") is None  # no family name known


# --- documents ---------------------------------------------------------------------------------


def test_every_type_in_both_layouts(text39: Path) -> None:
    truths = check_complete_truths(text39, EXTRA39_LAYOUTS)
    for truth in truths:
        check39(text39, truth)


def test_scans_in_every_kind(tmp_path: Path) -> None:
    generate(tmp_path, per_type=4, seed=SEED, kinds=KINDS, layouts=["extra39"],
             doc_types=SCAN_DOCS, jobs=2)
    truths = check_scans_match(tmp_path, SCAN_DOCS, EXTRA39_LAYOUTS, KINDS, check39)
    assert all(t["holdout"] for t in truths)


def _draw(layout: str, doc_type: str, i: int) -> tuple[Doc39, bytes, Pen, DocSpec,
                                                       dict[str, Any]]:
    spec = DocSpec(doc_type, i, layout, 1 + (i % 2), 79, ("text",), Path())
    rng = spec.rng()
    record = adapt(make_record(doc_type, rng), layout, spec.rng("adapt"))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    pen = Pen(canvas, make_faces(layout, rng), 60, PAGE_W - 60)
    doc = draw_doc(pen, record, make_style(layout, rng), rng, doc_type, spec.pages)
    canvas.showPage()
    canvas.save()
    return doc, buf.getvalue(), pen, spec, dict(truth_fields(record))


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split())
                        for page in document)
    finally:
        document.close()


@pytest.mark.parametrize("layout", EXTRA39_LAYOUTS)
def test_what_is_printed_is_the_truth(layout: str) -> None:
    modes: dict[str, set[str]] = {}
    kinds: Counter[str] = Counter()
    for doc_type in DOCUMENT_TYPES:
        for i in range(10):
            doc, pdf, pen, spec, truth = _draw(layout, doc_type, i)
            assert pen.pages == spec.pages, (doc_type, i)
            check_shown(doc, _text(pdf), truth, f"{doc_type}/{i}")
            modes.setdefault(doc_type, set()).add(f"{doc.mode}/{doc.place}")
            kinds.update(s.kind for s in doc.shown)
    for doc_type, seen in modes.items():
        assert len(seen) >= 3, (doc_type, seen)  # with the other layout's: four and more
    if layout == "wrapped":
        assert {m.split("/")[0] for seen in modes.values() for m in seen} == set(WRAP_MODES)
    else:
        places = {m for seen in modes.values() for m in seen}
        assert {m.split("/")[0] for m in places} == set(SPLIT_MODES)
        assert {m.split("/")[1] for m in places} == {p for ps in CAPTION_PLACES.values()
                                                      for p in ps}
        assert {"date", "house", "line", "person", "join", "plate", "register",
                "choice"} <= set(kinds)


def test_wrapped_values_run_over_lines() -> None:
    wrapped = hyphen = docs = 0
    for doc_type in DOCUMENT_TYPES:
        for i in range(8):
            doc, _pdf, _pen, _spec, _truth = _draw("wrapped", doc_type, i)
            docs += 1
            long = [s for s in doc.shown if s.kind == "text" and len(s.parts) > 1]
            wrapped += bool(long)
            hyphen += any(p.endswith("-") for s in long for p in s.parts[:-1])
    assert wrapped >= docs * 0.75 and hyphen >= docs * 0.3, (wrapped, hyphen, docs)


def test_split_documents_spread_fields_over_sub_cells() -> None:
    for doc_type in DOCUMENT_TYPES:
        for i in range(6):
            doc, _pdf, _pen, _spec, _truth = _draw("split", doc_type, i)
            several = [s for s in doc.shown if len(s.parts) > 1 and s.kind != "choice"]
            assert len(several) >= 2, (doc_type, i)
    for key, sets in SPLIT_CAPTIONS.items():
        assert len({len(s) for s in sets}) == 1, key  # every set captions the same parts


def test_adapted_records_keep_the_catalog_formats() -> None:
    longer = 0
    for doc_type in DOCUMENT_TYPES:
        for i in range(16):
            spec = DocSpec(doc_type, i, "wrapped", 1, 5, ("text",), Path())
            record = make_record(doc_type, spec.rng())
            for layout in EXTRA39_LAYOUTS:
                new = adapt(record, layout, spec.rng("adapt"))
                fields = truth_fields(new)
                check_truth({"document_type": doc_type, "fields": fields, "layout": "colon",
                             "kind": "text", "pages": 1})
                if "iban" in fields:
                    assert stdnum_iban.is_valid(str(fields["iban"]))
                if isinstance(new, Identity):
                    card = new.mrz_format == "TD1"
                    zone = "".join(new.lines)
                    assert len(zone) == (90 if card else 88)
                    number = new.lines[0][5:14] if card else new.lines[1][:9]
                    check = new.lines[0][14] if card else new.lines[1][9]
                    assert mrz.check_digit(number) == check
                    assert fields["document_number"] == str(number).rstrip("<")
                if layout == "wrapped":
                    before = sum(len(str(v)) for v in truth_fields(record).values())
                    after = sum(len(str(v)) for v in fields.values())
                    longer += after > before
    assert longer > 100


def test_identity_documents_keep_a_valid_zone() -> None:
    for layout in EXTRA39_LAYOUTS:
        for i in range(8):
            _doc, pdf, _pen, _spec, truth = _draw(layout, "identity_document", i)
            text = _text(pdf).replace(" ", "")
            spec = DocSpec("identity_document", i, layout, 1 + (i % 2), 79, ("text",), Path())
            record = adapt(make_record("identity_document", spec.rng()), layout,
                           spec.rng("adapt"))
            assert isinstance(record, Identity)
            for line in record.lines:
                assert line in text
            data = mrz.MrzData(record.document_code, mrz.ICAO_CODE.get(
                record.issuing_state, record.issuing_state), record.person.family,
                record.person.given, record.document_number, mrz.ICAO_CODE.get(
                    record.issuing_state, record.issuing_state), record.person.dob,
                record.lines[1][7] if record.mrz_format == "TD1" else record.lines[1][20],
                record.expiry, "" if record.mrz_format == "TD1"
                else record.lines[1][28:42].rstrip("<"))
            lines = mrz.td1(data) if record.mrz_format == "TD1" else mrz.td3(data)
            assert tuple(lines) == tuple(record.lines)  # every check digit holds
            assert truth["family_name"] == " ".join(
                mrz.transliterate(record.person.family).replace("<", " ").split())


def test_reproducible(tmp_path: Path) -> None:
    def run(out: Path, jobs: int) -> dict[str, bytes]:
        generate(out, per_type=2, seed=5, kinds=("text", "clean"), layouts=["extra39"],
                 doc_types=("identity_document", "wohnungsgeberbestaetigung"), jobs=jobs)
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    a = run(tmp_path / "a", 1)
    b = run(tmp_path / "b", 2)
    assert a == b and len(a) > 8


def test_pages_are_a4(text39: Path) -> None:
    truth: dict[str, Any] = next(t for t in truths_of(text39, "text") if t["pages"] == 2)
    with pdfplumber.open(text39 / truth["file"]) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            assert abs(page.width - A4[0]) < 1 and abs(page.height - A4[1]) < 1


def test_labels_keep_their_marks_out_of_print(text39: Path) -> None:
    for truth in truths_of(text39, "text"):
        assert "~" not in pdf_text(text39 / truth["file"]), truth["file"]
    assert clean("Ge~burts~da~tum") == "Geburtsdatum"
