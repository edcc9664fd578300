"""The twenty-third extra pair of blind held-out layouts (``chat``, ``dialog``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every type
renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the text
layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value, corrected slips, examples and furniture dates are never
truth values, chats hold bubbles with time stamps and dialogs a window's furniture, and
generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA22_LAYOUTS,
    EXTRA23_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_style,
)
from samples.render_extra23 import _taken, build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra22 import all_label_strings as extra22_strings
from samples.wording_extra22 import value_strings as extra22_values
from samples.wording_extra23 import (
    CARD_LABELS,
    CHAT_ASK,
    CHAT_SAY,
    DIALOG_LABELS,
    DIALOG_WORDS,
    DWELLING23,
    ID_KINDS23,
    PURPOSE23,
    SHARED_WORDS,
    SUM_LABELS,
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
from tests.samples.test_extra22_layouts import _older_pools as older22
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

MINE = ("wording_extra23.py", "render_extra23.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}
POOL = Pool(printed_dates, sex_printings, nationality_printings,
            {k: v for k, v in PURPOSE23.items()}, {k: v for k, v in DWELLING23.items()})
CERTIFICATES = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")


@pytest.fixture(scope="module")
def text23(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra23_text")
    generate(out, per_type=8, seed=2323, kinds=("text",), layouts=["extra23"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans23(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra23_scans")
    generate(out, per_type=2, seed=233, kinds=KINDS, layouts=["extra23"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra23_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA23_LAYOUTS == ("chat", "dialog")
    check_opt_in(tmp_path, "extra23", EXTRA23_LAYOUTS, "extra22", 56, 23,
                 "wohnungsgeberbestaetigung")
    assert OPT_IN_LAYOUTS[-10:-8] == EXTRA23_LAYOUTS
    assert OPT_IN_LAYOUTS[-12:-10] == EXTRA22_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-six older pools as their own modules list them."""
    return older22() | set(extra22_strings()) | set(extra22_values())


def test_extra23_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "Postleitzahl"} == SHARED_WORDS
    for pool in (SUM_LABELS, CARD_LABELS, DIALOG_LABELS, CHAT_ASK, CHAT_SAY):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(s) for s in literals_except(MINE)}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording
    # answer sentences hold as many places for values as the question asks for
    for key, options in CHAT_SAY.items():
        assert {o.count("{}") for o in options} == ({2} if key in (
            "name_two", "birth", "vehicle", "passport", "cert_birth", "marriage", "death",
            "status")
            else {1}), key


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS.get(base, base)
            assert key in DIALOG_LABELS, name
            if doc_type in CERTIFICATES:
                assert key in CARD_LABELS, name
            elif doc_type != "identity_document":
                assert key in SUM_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text23: Path) -> None:
    truths = check_complete_truths(text23, EXTRA23_LAYOUTS)
    for truth in truths:
        with pdfplumber.open(text23 / truth["file"]) as pdf:
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]
                    assert ch["top"] >= -1 and ch["bottom"] <= page.height + 1, truth["file"]


def test_text_layer_prints_every_truth_value(text23: Path) -> None:
    for truth in truths_of(text23, "text"):
        _check_printed(text23, truth)


def test_scans_in_every_kind_match_their_text_documents(scans23: Path) -> None:
    check_scans_match(scans23, SCAN_TYPES, EXTRA23_LAYOUTS, KINDS, _check_printed)


def test_chats_hold_bubbles_and_dialogs_a_window(text23: Path) -> None:
    """Chats print a time stamp per message and the assistant's questions; dialogs print the
    menu bar, the tabs and the dialog buttons of the pool."""
    menus = {m for v in DIALOG_WORDS["menus"] for m in v.split("|")}
    buttons = {b for v in DIALOG_WORDS["buttons"] for b in v.split("|")}
    questions = {q for v in CHAT_ASK.values() for q in v}
    for truth in truths_of(text23, "text"):
        text = _pdf_text(text23 / truth["file"])
        if truth["layout"] == "chat":
            assert len(re.findall(r"\b\d{2}:\d{2}\b", text)) >= 8, truth["file"]
            assert sum(q in text for q in questions) >= 1, truth["file"]
        else:
            assert sum(m in text for m in menus) >= 4, truth["file"]
            assert any(b in text for b in buttons), truth["file"]
            with pdfplumber.open(text23 / truth["file"]) as pdf:
                sizes = {(round(p.width), round(p.height)) for p in pdf.pages}
            assert len(sizes) == 1 and sizes <= {(595, 842), (842, 595)}, truth["file"]


# --- what the fields say -----------------------------------------------------------------------


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
        return printed in PURPOSE23[truth]
    if base == "dwelling":
        return printed in DWELLING23[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS23["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA23_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value (values given together in order), every truth field
    is printed, a choice's chosen option is the truth's value, and values with no field name,
    mistyped values and examples never repeat a truth value."""
    slips = summaries = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            taken = _taken(record)
            days = {str(v) for v in truth.values() if isinstance(v, str) and ISO_DATE.match(v)}
            summaries += doc.summary
            printed: dict[str, list[str]] = {}
            for other in doc.others:
                assert other not in taken, (layout, doc_type, other)
            for f in fields(doc):
                if f.options and f.chosen is not None:
                    assert f.options[f.chosen] == f.value, (layout, doc_type, f.key)
                if f.wrong:
                    slips += 1
                    assert f.wrong not in taken and f.wrong != f.value, (layout, f.wrong)
                if not f.name:  # the record's other data, never a truth date
                    assert not any(f.value in printed_dates(date.fromisoformat(d))
                                   for d in days), (layout, doc_type, f.key, f.value)
                    continue
                if "+" in f.name:
                    rest = f.value
                    for part in f.name.split("+"):
                        at = rest.find(str(truth[part]))
                        assert at >= 0, (f.value, part)
                        rest = rest[at + len(str(truth[part])):]
                        printed.setdefault(part, []).append(str(truth[part]))
                    continue
                printed.setdefault(f.name, []).append(f.value)
            for name, value in truth.items():
                if name in LIST_FIELDS:
                    assert sorted(set(printed[name])) == sorted(value), (doc_type, name)
                    continue
                if doc_type == "identity_document" and name not in printed:
                    continue  # the copy of the document and its zone show it
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)
    if layout == "chat":  # corrections now and then, a summary in about half the applications
        assert slips >= 10
        assert 10 <= summaries <= 30, summaries


@pytest.mark.parametrize("layout", EXTRA23_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, date styles and structure vary per document."""
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, style.date_style,
                       tuple((g.key, len(g.items)) for s in doc.sections for g in s.groups)))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_are_never_truth(text23: Path) -> None:
    """Export and print stamps, date separators and entry days are none of the truth's dates."""
    seen = 0
    for truth in truths_of(text23, "text"):
        text = _pdf_text(text23 / truth["file"])
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        stamps = [date(int(y), int(m), int(d)) for d, m, y in
                  re.findall(r"\b(\d{2})\.(\d{2})\.(\d{4}), \d{2}:\d{2}\b", text)]
        assert stamps, truth["file"]
        assert not {d.isoformat() for d in stamps} & days, (truth["file"], stamps)
        seen += 1
    assert seen == 64


def test_build_doc_furniture_days_avoid_truth() -> None:
    for layout in EXTRA23_LAYOUTS:
        for doc_type in DOCUMENT_TYPES:
            for seed in range(8):
                rng = random.Random(f"furniture/{layout}/{doc_type}/{seed}")
                record = make_record(doc_type, rng)
                doc = build_doc(record, make_style(layout, rng), rng, doc_type)
                truth = {v for v in truth_fields(record).values()
                         if isinstance(v, str) and ISO_DATE.match(v)}
                assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA23_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA23_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra22 pair does not touch anything of extra23, and the same seed gives
    the same bytes whether the pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra22"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["outline", "markup"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA22_LAYOUTS for t in load_truths(tmp_path / "a"))
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra23"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["chat", "dialog"], doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra23(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra23", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA23_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
