"""The twenty-fifth extra pair of blind held-out layouts (``corrected``, ``keyed``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value (the corrected value where an entry was corrected), struck
originals, distractor keys and furniture dates are never truth values, corrected forms print
their struck originals and keyed forms a key number before every value, and generation is
reproducible.
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
    EXTRA24_LAYOUTS,
    EXTRA25_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.render_extra25 import _taken, build_doc, fields
from samples.truth import truth_fields
from samples.wording_extra24 import all_label_strings as extra24_strings
from samples.wording_extra24 import value_strings as extra24_values
from samples.wording_extra25 import (
    CORR_LABELS,
    DWELLING25,
    ID_KINDS25,
    KEY_EXTRAS,
    KEY_LABELS,
    PURPOSE25,
    SHARED_WORDS,
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
from tests.samples.test_extra24_layouts import _older_pools as older24
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

MINE = ("wording_extra25.py", "render_extra25.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}
POOL = Pool(printed_dates, sex_printings, nationality_printings,
            {k: v for k, v in PURPOSE25.items()}, {k: v for k, v in DWELLING25.items()})


@pytest.fixture(scope="module")
def text25(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra25_text")
    generate(out, per_type=8, seed=2525, kinds=("text",), layouts=["extra25"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans25(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra25_scans")
    generate(out, per_type=2, seed=253, kinds=KINDS, layouts=["extra25"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra25_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA25_LAYOUTS == ("corrected", "keyed")
    check_opt_in(tmp_path, "extra25", EXTRA25_LAYOUTS, "extra24", 60, 25, "antrag_zulassung")
    assert OPT_IN_LAYOUTS[-6:-4] == EXTRA25_LAYOUTS
    assert OPT_IN_LAYOUTS[-8:-6] == EXTRA24_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The twenty-eight older pools as their own modules list them."""
    return older24() | set(extra24_strings()) | set(extra24_values())


def test_extra25_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "Postleitzahl"} == SHARED_WORDS
    for pool in (CORR_LABELS, KEY_LABELS):
        for key, options in pool.items():
            assert len(options) == 3 and len(set(options)) == 3, key
    assert set(CORR_LABELS) == set(KEY_LABELS)
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


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            key = KEYS.get(base, base)
            if key == "doc_code":
                continue  # the zone shows it
            assert key in CORR_LABELS and key in KEY_LABELS, name


# --- truth -------------------------------------------------------------------------------------


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text25: Path) -> None:
    truths = check_complete_truths(text25, EXTRA25_LAYOUTS)
    for truth in truths:
        with pdfplumber.open(text25 / truth["file"]) as pdf:
            for page in pdf.pages:  # nothing is drawn off the sheet
                for ch in page.chars:
                    assert ch["x0"] >= -1 and ch["x1"] <= page.width + 1, truth["file"]
                    assert ch["top"] >= -1 and ch["bottom"] <= page.height + 1, truth["file"]


def test_text_layer_prints_every_truth_value(text25: Path) -> None:
    for truth in truths_of(text25, "text"):
        _check_printed(text25, truth)


def test_scans_in_every_kind_match_their_text_documents(scans25: Path) -> None:
    check_scans_match(scans25, SCAN_TYPES, EXTRA25_LAYOUTS, KINDS, _check_printed)


def record_fields(record: Any) -> dict[str, Any]:
    fields_ = truth_fields(record)
    return {k: fields_[k] for k in all_fields(record_type(record)) if k in fields_}


def record_type(record: Any) -> str:
    return {"Anmeldung": "anmeldung", "Wohnungsgeber": "wohnungsgeberbestaetigung",
            "Geburt": "geburtsurkunde", "Ehe": "eheurkunde", "Sterbe": "sterbeurkunde",
            "Zulassung": "antrag_zulassung", "Aufenthalt": "aufenthaltstitel_antrag",
            "Identity": "identity_document"}[type(record).__name__]


def _rebuilt(truth: dict[str, Any], seed: int) -> Any:
    """The content ``draw_document`` built for a generated document: the same random stream,
    spent in the same order (record, margins, faces, style, then the layout's content)."""
    doc_type, index = truth["source_id"].rsplit("-", 1)
    rng = DocSpec(doc_type, int(index), truth["layout"], truth["pages"], seed, ("text",),
                  Path()).rng()
    record = make_record(doc_type, rng)
    rng.uniform(48, 72)
    rng.uniform(-6, 6)
    make_faces(truth["layout"], rng)
    style = make_style(truth["layout"], rng)
    doc = build_doc(record, style, rng, doc_type)
    assert record_fields(record) == truth["fields"]
    return doc


def test_corrections_and_keys_are_printed(text25: Path) -> None:
    """A corrected form prints each struck original beside its corrected value; a keyed form
    prints every key number and what each key means (beside it or in the legend)."""
    struck = keys = 0
    for truth in truths_of(text25, "text"):
        # a label wrapped after its hyphen ("Vor-" / "und") reads as a soft hyphen
        text = _pdf_text(text25 / truth["file"]).replace("\ufffe", "- ")
        tokens = text.split()
        doc = _rebuilt(truth, 2525)
        for f in fields(doc):
            if truth["layout"] == "corrected":
                if f.wrong:
                    assert words_in_order(f.wrong, text, tokens), (truth["file"], f.wrong)
                    struck += 1
                continue
            assert f.code in text, (truth["file"], f.code)
            assert f.label and words_in_order(f.label, text, tokens), (truth["file"], f.label)
            keys += 1
    assert struck >= 40 and keys >= 300, (struck, keys)


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
        return printed in PURPOSE25[truth]
    if base == "dwelling":
        return printed in DWELLING25[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS25["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


def _shown(f: Any) -> str:
    """What a field says: the chosen option of a choice (boxes or an option number), else its
    printed value."""
    return f.options[f.chosen] if f.options else f.value


@pytest.mark.parametrize("layout", EXTRA25_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field's (corrected) value is the truth's value (values printed together in order),
    every truth field is printed, struck originals and voided ticks are never the truth,
    distractor keys print no truth value, non-truth values never print a truth date, and keyed
    forms number every value with a key of its own."""
    corrected = ticks = notes = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            taken = _taken(record)
            days = {str(v) for v in truth.values() if isinstance(v, str) and ISO_DATE.match(v)}
            printed: dict[str, list[str]] = {}
            slips = 0
            for f in fields(doc):
                if f.wrong:
                    assert f.wrong not in taken and f.wrong != f.value, (doc_type, f.key, f.wrong)
                    assert f.how in ("beside", "above", "margin", "note")
                    corrected += 1
                    notes += f.how == "note"
                    slips += 1
                if f.first >= 0:
                    assert f.first != f.chosen and f.boxes and f.how == "tick"
                    ticks += 1
                    slips += 1
                if f.stamp is not None:
                    assert f.stamp.isoformat() not in days
                if f.key == "extra":
                    assert layout == "keyed" and f.reason in KEY_EXTRAS
                    assert not f.value or f.value not in taken, f.value
                    continue
                if not f.name:
                    assert not any(f.value in printed_dates(date.fromisoformat(d))
                                   for d in days), (layout, doc_type, f.key, f.value)
                    continue
                value = _shown(f)
                if "+" in f.name:
                    rest = value
                    for part in f.name.split("+"):
                        at = rest.find(str(truth[part]))
                        assert at >= 0, (value, part)
                        rest = rest[at + len(str(truth[part])):]
                        printed.setdefault(part, []).append(str(truth[part]))
                    continue
                printed.setdefault(f.name, []).append(value)
            if layout == "corrected":
                assert 1 <= slips <= 4, (doc_type, seed, slips)
            else:
                assert slips == 0
                codes = [f.code for f in fields(doc)]
                assert all(codes) and len(set(codes)) == len(codes), codes
                assert any(f.key == "extra" for f in fields(doc))
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
    if layout == "corrected":
        assert corrected >= 80 and ticks >= 5 and notes >= 10, (corrected, ticks, notes)


@pytest.mark.parametrize("layout", EXTRA25_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, date styles and structure vary per document."""
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, style.date_style, style.words("family_name"),
                       tuple((f.key, f.how, f.code) for f in fields(doc))))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_build_doc_furniture_days_avoid_truth() -> None:
    for layout in EXTRA25_LAYOUTS:
        for doc_type in DOCUMENT_TYPES:
            for seed in range(8):
                rng = random.Random(f"furniture/{layout}/{doc_type}/{seed}")
                record = make_record(doc_type, rng)
                doc = build_doc(record, make_style(layout, rng), rng, doc_type)
                truth = {v for v in truth_fields(record).values()
                         if isinstance(v, str) and ISO_DATE.match(v)}
                assert doc.furniture and doc.printed in doc.furniture
                assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA25_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA25_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra24 pair does not touch anything of extra25, and the same seed gives
    the same bytes whether the pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra24"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["history", "contract"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA24_LAYOUTS for t in load_truths(tmp_path / "a"))
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra25"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["corrected", "keyed"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra25(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra25", "--types", "sterbeurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA25_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
