"""The nineteenth extra pair of blind held-out layouts (``cloze``, ``vertical``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
printed field shows the truth's value, at least two thirds of a register form's field labels are
horizontal, furniture dates are never truth dates, and generation is reproducible.
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
    EXAMPLE_LAYOUTS,
    EXTRA13_LAYOUTS,
    EXTRA18_LAYOUTS,
    EXTRA19_LAYOUTS,
    HELD_OUT,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    QUARTER_LAYOUTS,
    TURNED_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    make_style,
    resolve_layouts,
)
from samples.pen import Faces, Pen
from samples.render_extra19 import _blocks, _label_count, _Vx, build_doc, fields, quarter_turns
from samples.truth import truth_fields
from samples.wording_extra18 import all_label_strings as extra18_strings
from samples.wording_extra18 import value_strings as extra18_values
from samples.wording_extra19 import (
    CLOZE_CAPTIONS,
    CLOZE_LEADS,
    CLOZE_TITLES,
    DWELLING19,
    GRID_LABELS,
    GRID_SECTIONS,
    GRID_TITLES,
    ID_KINDS19,
    PURPOSE19,
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
    check_printed,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra18_layouts import _older_pools as older18
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra19.py", "render_extra19.py")
# (this pool prints a nationality in words, never as its code alone)
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE19, DWELLING19,
            nationality_code=False)
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("eheurkunde", "identity_document")
ZONE_ONLY = frozenset({"sex", "nationality", "document_code"})
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text19(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra19_text")
    generate(out, per_type=8, seed=1919, kinds=("text",), layouts=["extra19"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans19(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types once in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra19_scans")
    generate(out, per_type=2, seed=191, kinds=KINDS, layouts=["extra19"], doc_types=SCAN_TYPES,
             jobs=1)
    return out



# --- selection ---------------------------------------------------------------------------------


def test_extra19_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA19_LAYOUTS == ("cloze", "vertical")
    assert OPT_IN_GROUPS["extra19"] == EXTRA19_LAYOUTS
    assert expand_opt_in(["extra19"]) == list(EXTRA19_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra19", "vertical"])) == (
        "colon", *EXTRA19_LAYOUTS)
    assert set(EXTRA19_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA19_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra19":
            assert set(EXTRA19_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra18"])) == EXTRA18_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, EXAMPLE_LAYOUTS):
        assert set(EXTRA19_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 48
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS  # older selections keep their order
    assert TURNED_LAYOUTS == ("twoup",) and QUARTER_LAYOUTS == ("vertical",)
    with pytest.raises(ValueError):
        resolve_layouts(["extra19"])  # only generate and the CLI expand the group name
    generate(tmp_path, per_type=len(LAYOUTS), seed=19, kinds=("text",), layouts=["all"],
             doc_types=("identity_document",))
    assert {t["layout"] for t in load_truths(tmp_path)} == set(LAYOUTS)


# --- wording -----------------------------------------------------------------------------------




def _older_pools() -> set[str]:
    """The twenty-two older pools as their own modules list them."""
    return older18() | set(extra18_strings()) | set(extra18_values())


def test_extra19_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(CLOZE_TITLES) == set(GRID_TITLES) == set(DOCUMENT_TYPES)
    assert set(CLOZE_LEADS) == set(CLOZE_CAPTIONS) == set(GRID_LABELS)
    for pool in (CLOZE_LEADS, CLOZE_CAPTIONS, GRID_LABELS, GRID_SECTIONS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
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
            assert key in CLOZE_LEADS and key in CLOZE_CAPTIONS and key in GRID_LABELS, name


# --- truth -------------------------------------------------------------------------------------





def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL)


def test_every_type_in_both_layouts_with_complete_truth(text19: Path) -> None:
    check_complete_truths(text19, EXTRA19_LAYOUTS)


def test_text_layer_prints_every_truth_value(text19: Path) -> None:
    for truth in truths_of(text19, "text"):
        _check_printed(text19, truth)


def test_vertical_text_layer_has_turned_text(text19: Path) -> None:
    """Section bands, some column headers and the margin text are turned by 90 degrees."""
    for truth in truths_of(text19, "text"):
        if truth["layout"] != "vertical":
            continue
        with pdfplumber.open(text19 / truth["file"]) as pdf:
            chars = pdf.pages[0].chars
        assert any(not ch["upright"] for ch in chars), truth["file"]
        assert sum(ch["upright"] for ch in chars) > len(chars) / 2, truth["file"]


def test_scans_in_every_kind_match_their_text_documents(scans19: Path) -> None:
    check_scans_match(scans19, SCAN_TYPES, EXTRA19_LAYOUTS, KINDS, _check_printed)


def test_quarter_turns_are_rare() -> None:
    rng = random.Random(19)
    turns = [quarter_turns(rng) for _ in range(3000)]
    assert set(turns) == {0, 1, 3}
    assert 0.08 < sum(t != 0 for t in turns) / len(turns) <= 1 / 6


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
        return printed in PURPOSE19[truth]
    if base == "dwelling":
        return printed in DWELLING19[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS19["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


@pytest.mark.parametrize("layout", EXTRA19_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each field shows the truth's value (address lines join their parts), every truth field
    is printed, and a choice's chosen option is the truth's value."""
    for doc_type in DOCUMENT_TYPES:
        for seed in range(10):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            printed: dict[str, list[str]] = {}
            for f in fields(doc):
                if f.options and f.chosen is not None:
                    assert f.options[f.chosen] == f.value or f.key == "role"
                if not f.name:
                    assert f.chosen is None or f.key == "role", (layout, doc_type, f.key)
                    continue
                if "+" in f.name:
                    parts = f.name.split("+")
                    assert f.value == " ".join(str(truth[p]) for p in parts), f.value
                    for p in parts:
                        printed.setdefault(p, []).append(str(truth[p]))
                    continue
                printed.setdefault(f.name, []).append(f.value)
            for name, value in truth.items():
                if name in LIST_FIELDS:
                    assert sorted(printed[name]) == sorted(value), (doc_type, name)
                    continue
                if doc_type == "identity_document" and name in ZONE_ONLY:
                    continue  # the declaration repeats some zone data; the copy shows all
                assert name in printed, (layout, doc_type, name)
                for p in printed[name]:
                    assert _means(name, p, str(value)), (layout, doc_type, name, p, value)
            if doc_type == "identity_document":
                assert doc.zone == tuple(record.lines)


def test_two_thirds_of_the_labels_stay_horizontal() -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas("/dev/null")
    turned_any = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(12):
            rng = random.Random(f"vertical/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style("vertical", rng)
            doc = build_doc(record, style, rng, doc_type)
            pen = Pen(canvas, Faces("Helvetica", "Helvetica-Bold", False), 56, 540)
            from samples.render_extra9 import SANS9, _set4
            vx = _Vx(pen, _set4(SANS9[0]), "Helvetica", 6.8, 9.4, 18, 56, 540,
                     rng.choice(("above", "left")), True, 110)
            blocks = _blocks(style.words, doc, rng, vx)  # type: ignore[arg-type]
            turned, total = _label_count(blocks)
            assert turned * 3 <= total, (doc_type, seed, turned, total)
            turned_any += turned > 0
    assert turned_any >= 30  # most register forms do turn some column headers


@pytest.mark.parametrize("layout", EXTRA19_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, order and date styles vary per document."""
    looks = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(6):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, style.date_style,
                       tuple((f.key, style.words(f.key) if f.key != "role" else "")
                             for f in fields(doc))))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_are_never_truth(text19: Path) -> None:
    """Place / date lines and filing dates are none of the truth's dates."""
    seen = 0
    for truth in truths_of(text19, "text"):
        text = _pdf_text(text19 / truth["file"])
        days = {v for v in truth["fields"].values() if isinstance(v, str) and ISO_DATE.match(v)}
        printed = {p for d in days for p in printed_dates(date.fromisoformat(d))}
        for m in re.finditer(r"\b(\d{2})\.(\d{2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b", text):
            if m.group(0) in printed:
                continue
            seen += 1
        # the signature line's date: "<city>, <date>" or "<city>, den <date>"
        if truth["document_type"] not in ("geburtsurkunde", "eheurkunde", "sterbeurkunde",
                                          "identity_document") or (
                truth["document_type"] == "identity_document" and truth["layout"] == "cloze"):
            found = re.findall(r", (?:den )?(\d{2}\.\s?\d{2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|"
                               r"\d{1,2}\. [A-Za-zä]+ \d{4})", text)
            assert found, truth["file"]
            assert not set(found) & printed, (truth["file"], found)
    assert seen


def test_build_doc_furniture_days_avoid_truth() -> None:
    from samples.render_extra19 import _day
    for doc_type in DOCUMENT_TYPES:
        for seed in range(20):
            rng = random.Random(f"furniture/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style("cloze", rng)
            doc = build_doc(record, style, rng, doc_type)
            day = _day(doc, record, rng)
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert day.isoformat() not in truth
            assert doc.furniture == [day]


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA19_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA19_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """Drawing the extra18 pair does not touch anything of extra19, and the same seed gives
    the same bytes whether or not extra19 exists in the same run's selection."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra18"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["receipt", "pairs"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert all(t["layout"] in EXTRA18_LAYOUTS for t in load_truths(tmp_path / "a"))


def test_cli_extra19(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra19", "--types", "aufenthaltstitel_antrag",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA19_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
