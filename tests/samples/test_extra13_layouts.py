"""The thirteenth extra pair of blind held-out layouts (``quiz``, ``register``): opt-in like the
other extra pairs, a wording pool of its own, every type renders in both layouts as a text PDF
and as scans with catalog-true truth, the text layer prints each truth value, ticked options and
yes / no answers agree with the truth, identity documents keep a whole machine-readable zone,
marginal notes and other furniture are never a truth value, the questionnaire is set in large
type and the printout in small coded rows, and generation is reproducible. Kept small: one
document per type and layout, plus a few text-only runs."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, FIELDS, all_fields
from samples.data import Aufenthalt, make_record
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA12_LAYOUTS,
    EXTRA13_LAYOUTS,
    HELD_OUT,
    HOLDOUT_LAYOUTS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    PHOTO_LAYOUTS,
    TUNING_LAYOUTS,
    TURNED_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    make_style,
    resolve_layouts,
)
from samples.render_extra13 import answers, build_doc
from samples.truth import truth_fields
from samples.wording_extra6 import all_label_strings as extra6_strings
from samples.wording_extra7 import all_label_strings as extra7_strings
from samples.wording_extra8 import all_label_strings as extra8_strings
from samples.wording_extra9 import all_label_strings as extra9_strings
from samples.wording_extra10 import all_label_strings as extra10_strings
from samples.wording_extra10 import office_strings as extra10_office
from samples.wording_extra11 import all_label_strings as extra11_strings
from samples.wording_extra12 import all_label_strings as extra12_strings
from samples.wording_extra12 import value_strings as extra12_values
from samples.wording_extra13 import (
    DWELLING13,
    ID_KINDS13,
    LANDLORD_ROLES13,
    PURPOSE13,
    QUIZ_PARTS,
    QUIZ_QUESTIONS,
    QUIZ_SECTIONS,
    QUIZ_TITLES,
    QUIZ_WORDS,
    REGISTER_LABELS,
    REGISTER_NOTES,
    REGISTER_SECTIONS,
    REGISTER_TITLES,
    REGISTER_WORDS,
    SEX13,
    SEX_ORDER13,
    SHARED_WORDS,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import Pool, literals_except, norm
from tests.samples.test_extra6_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra13.py", "render_extra13.py")
KINDS = ("text", "clean", "degraded", "dpi200")


@pytest.fixture(scope="module")
def extra13(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type once in each layout, as a text PDF and every scan kind."""
    out = tmp_path_factory.mktemp("extra13")
    for layout in EXTRA13_LAYOUTS:
        generate(out, per_type=1, seed=131, kinds=KINDS, layouts=[layout], jobs=2)
    return out


@pytest.fixture(scope="module")
def extra13_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type five times in each layout, text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra13_text")
    generate(out, per_type=10, seed=1313, kinds=("text",), layouts=["extra13"], jobs=2)
    return out


def _truths(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


# --- selection ---------------------------------------------------------------------------------


def test_extra13_group_is_opt_in() -> None:
    assert EXTRA13_LAYOUTS == ("quiz", "register")
    assert OPT_IN_GROUPS["extra13"] == EXTRA13_LAYOUTS
    assert expand_opt_in(["extra13"]) == list(EXTRA13_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra13"])) == EXTRA13_LAYOUTS
    assert resolve_layouts(expand_opt_in(["colon", "extra13", "register"])) == (
        "colon", *EXTRA13_LAYOUTS)
    assert resolve_layouts(["register", "quiz"]) == ("register", "quiz")
    assert set(EXTRA13_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA13_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra13":
            assert set(EXTRA13_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra12"])) == EXTRA12_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, HOLDOUT_LAYOUTS, TUNING_LAYOUTS, EXAMPLE_LAYOUTS,
                  TURNED_LAYOUTS, PHOTO_LAYOUTS):
        assert set(EXTRA13_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 36
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS  # appended: older orders stay as they were
    with pytest.raises(ValueError):
        resolve_layouts(["extra13"])  # only generate and the CLI expand the group name


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE13, DWELLING13)
_norm = norm
_variants = POOL.variants
_identity_printed = POOL.identity_printed


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The sixteen older pools as their own modules list them."""
    return (older_strings() | set(extra6_strings()) | set(extra7_strings())
            | set(extra8_strings()) | set(extra9_strings()) | set(extra10_strings())
            | set(extra10_office()) | set(extra11_strings()) | set(extra12_strings())
            | set(extra12_values()))


def test_extra13_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(QUIZ_TITLES) == set(REGISTER_TITLES) == set(DOCUMENT_TYPES)
    assert set(REGISTER_NOTES) == {"geburtsurkunde", "eheurkunde", "sterbeurkunde", "case",
                                   "identity_document"}
    for pool in (QUIZ_QUESTIONS, QUIZ_PARTS, QUIZ_SECTIONS, QUIZ_TITLES, QUIZ_WORDS,
                 REGISTER_LABELS, REGISTER_SECTIONS, REGISTER_TITLES, REGISTER_WORDS,
                 REGISTER_NOTES):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 5, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_a_question_and_a_label() -> None:
    """Each catalog field of each type is asked by some question and labelled by some label."""
    quiz = {
        "family_name": "family_name", "given_names": "given_names", "birth_name": "birth_name",
        "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth", "sex": "sex",
        "nationality": "nationality", "move_in_date": "move_in_date", "street": "street",
        "house_number": "house_number", "postal_code": "postal_code", "city": "city",
        "previous_address": "previous_address", "dwelling": "dwelling",
        "landlord_name": "landlord_name", "landlord_address": "landlord_address",
        "tenant_names": "tenants", "mother_name": "mother_name", "father_name": "father_name",
        "registry_office": "registry_office", "register_number": "register_number",
        "issue_date": "issue_date", "marriage_date": "marriage_date",
        "marriage_place": "marriage_place", "date_of_death": "date_of_death",
        "place_of_death": "place_of_death", "vin": "vin", "evb_number": "evb_number",
        "desired_plate": "desired_plate", "iban": "iban", "account_holder": "account_holder",
        "passport_number": "passport_number", "passport_expiry_date": "passport_expiry_date",
        "entry_date": "entry_date", "purpose": "purpose", "document_number": "doc_number",
        "expiry_date": "expiry_date",
    }
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            if doc_type == "identity_document" and base not in ("document_number",
                                                                "expiry_date"):
                continue  # the zone carries them
            assert quiz[base] in QUIZ_QUESTIONS, (doc_type, name)
    for key in ("family_name", "given_names", "date_of_birth", "place_of_birth", "sex",
                "nationality", "move_in_date", "street", "house_number", "postal_code",
                "city", "previous_address", "dwelling", "landlord_name", "landlord_address",
                "tenant", "mother_name", "father_name", "registry_office", "register_number",
                "issue_date", "marriage_date", "marriage_place", "date_of_death",
                "place_of_death", "vin", "evb_number", "desired_plate", "iban",
                "account_holder", "passport_number", "passport_expiry_date", "entry_date",
                "purpose", "doc_number", "expiry_date", "mrz_family", "mrz_given"):
        assert key in REGISTER_LABELS, key
    for prefix in ("c_", "s1_", "s2_", "d_"):
        assert {prefix + "family_name", prefix + "given_names", prefix + "name"} <= set(
            QUIZ_QUESTIONS)


# --- truth -------------------------------------------------------------------------------------


def test_every_type_in_both_layouts_with_catalog_truth(extra13: Path) -> None:
    truths = _truths(extra13)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA13_LAYOUTS
        for kind in KINDS}
    for truth in truths:
        assert truth["holdout"] is True
        assert list(truth["fields"]) == [f for f in all_fields(truth["document_type"])
                                         if f in truth["fields"]]
        check_truth({**truth, "layout": LAYOUTS[0]})
        assert (extra13 / truth["file"]).is_file()


def test_scans_have_the_truths_pages(extra13: Path) -> None:
    for truth in _truths(extra13):
        path = extra13 / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"], truth["file"]
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"], truth["file"]
                assert round(img.info.get("dpi", (0, 0))[0]) == truth["dpi"], truth["file"]


def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    text = _pdf_text(folder / truth["file"])
    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            assert _identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in _variants(name, v) if p in text], (truth["file"], name, v)


def test_text_layer_prints_every_truth_value(extra13: Path, extra13_text: Path) -> None:
    for folder in (extra13, extra13_text):
        for truth in _truths(folder, "text"):
            _check_printed(folder, truth)


def test_identity_zone_lines_stay_whole(extra13: Path, extra13_text: Path) -> None:
    for folder in (extra13, extra13_text):
        for truth in _truths(folder, "text"):
            if truth["document_type"] != "identity_document":
                continue
            with pdfplumber.open(folder / truth["file"]) as pdf:
                lines = [ln.replace(" ", "") for page in pdf.pages
                         for ln in (page.extract_text() or "").splitlines()]
            for zone_line in truth["mrz"]:
                assert sum(zone_line in ln for ln in lines) >= 1, (truth["file"], zone_line)


def _choice_truth(key: str, option: str) -> tuple[str, str] | None:
    """(catalog field, value) that a ticked option stands for."""
    for table, field_name in ((SEX13["self"], "sex"), (SEX13["child"], "sex")):
        for code, text in table.items():
            if text == option:
                return field_name, code
    for code, pair in PURPOSE13.items():
        if option in pair:
            return "purpose", code
    for code, pair in DWELLING13.items():
        if option in pair:
            return "dwelling", code
    return None


@pytest.mark.parametrize("layout", EXTRA13_LAYOUTS)
def test_ticked_options_and_gates_agree_with_the_truth(layout: str) -> None:
    """Built straight from many records: every ticked box stands for the truth's value, an
    unticked row only where the field is absent, and a yes / no question says yes exactly when
    its follow-up answer (a truth value) is printed."""
    seen = set()
    for doc_type in DOCUMENT_TYPES:
        for seed in range(40):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            doc = build_doc(record, style, rng, doc_type)
            truth = truth_fields(record)
            for a in answers(doc):
                if a.kind == "gate":
                    seen.add("gate")
                    assert (a.chosen == 0) == (a.follow is not None), (doc_type, a.key)
                    if a.follow is not None:
                        assert a.follow.value in {str(v) for v in truth.values()}
                if a.kind != "choice":
                    continue
                if a.key == "doc_kind":
                    kind = "P" if truth["document_code"] == "P" else "I"
                    assert a.options[a.chosen or 0] == ID_KINDS13[kind][0]
                    continue
                if a.key == "landlord_role":
                    seen.add("role")
                    assert a.options == tuple(r[0] for r in LANDLORD_ROLES13)
                    continue
                if a.chosen is None:
                    assert a.key == "dwelling" and "dwelling" not in truth, (doc_type, a.key)
                    continue
                got = _choice_truth(a.key, a.options[a.chosen])
                assert got is not None, (doc_type, a.key)
                seen.add(got[0])
                if got[0] not in truth:  # sex on a residence application: not a catalog field
                    assert got[0] == "sex" and isinstance(record, Aufenthalt)
                    assert record.person.sex == got[1]
                    continue
                assert truth[got[0]] == got[1], (doc_type, seed, a.key)
                if got[0] == "sex":
                    assert len(a.options) == len(SEX_ORDER13)
    if layout == "quiz":
        assert {"gate", "sex", "purpose", "dwelling", "role"} <= seen


def _notes_segment(text: str) -> str:
    """The printout's marginal notes: from their heading to the certification."""
    start = min((text.find(h) for k in ("notes_cert", "notes_case") for h in REGISTER_WORDS[k]
                 if h in text), default=-1)
    assert start >= 0
    ends = [text.find(c, start) for k in ("certify_cert", "certify_case")
            for c in REGISTER_WORDS[k] if text.find(c, start) > 0]
    assert ends
    return text[start:min(ends)]


def test_marginal_notes_are_never_truth(extra13_text: Path) -> None:
    """The notes name days, places and field codes of other events: no truth value (in any of
    the pool's printings) and no word of a truth name or place appears among them."""
    checked = 0
    for truth in _truths(extra13_text, "text"):
        if truth["layout"] != "register":
            continue
        segment = _notes_segment(_pdf_text(extra13_text / truth["file"]))
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                if name in ("mrz_format", "document_code", "sex", "issuing_state",
                            "nationality", "dwelling", "purpose"):
                    continue
                for p in _variants(name, v):
                    assert p not in segment, (truth["file"], name, p)
                if name.endswith(("name", "names", "place", "place_of_birth", "city",
                                  "place_of_death", "registry_office")):
                    for word in v.replace("Standesamt ", "").split():
                        if len(word) > 3:
                            assert not re.search(rf"\b{re.escape(word)}\b", segment), (
                                truth["file"], name, word)
        checked += 1
    assert checked >= 30


def test_furniture_dates_are_never_truth_dates(extra13_text: Path) -> None:
    """The days of the furniture are none of the truth's dates: the print day in a case
    printout's head, and every "place, day" line (the questionnaire's signing line, the
    information letter's date, the case printout's certification). A certified register
    printout is certified on its issue day, which is the truth's issue date."""
    certificates = ("geburtsurkunde", "eheurkunde", "sterbeurkunde")
    for truth in _truths(extra13_text, "text"):
        text = _pdf_text(extra13_text / truth["file"])
        days = {date.fromisoformat(v) for v in truth["fields"].values()
                if isinstance(v, str) and ISO_DATE.match(v)}
        placed = [date(int(y), int(m), int(d))
                  for d, m, y in re.findall(r", (\d{2})\.(\d{2})\.(\d{4})\b", text)]
        if truth["layout"] == "register" and truth["document_type"] in certificates:
            assert set(placed) <= days, truth["file"]  # in the printout's date style
            continue
        if not (truth["layout"] == "quiz" and truth["document_type"] == "identity_document"):
            assert placed, truth["file"]
        assert not set(placed) & days, truth["file"]
        if truth["layout"] == "register":
            printed = re.search(r"(\d{2})\.(\d{2})\.(\d{4}) \d{2}:\d{2}", text)
            assert printed, truth["file"]
            d, m, y = (int(x) for x in printed.groups())
            assert (date(y, m, d) in days) == (truth["document_type"] in certificates)


# --- the looks ---------------------------------------------------------------------------------


def _sizes(path: Path) -> list[float]:
    with pdfplumber.open(path) as pdf:
        return sorted(float(ch["size"]) for page in pdf.pages for ch in page.chars
                      if ch["text"].strip())


def test_quiz_is_large_and_numbered_register_is_small_and_coded(extra13_text: Path) -> None:
    for truth in _truths(extra13_text, "text"):
        if truth["document_type"] == "identity_document":
            continue
        path = extra13_text / truth["file"]
        sizes = _sizes(path)
        median = sizes[len(sizes) // 2]
        text = _pdf_text(path)
        if truth["layout"] == "quiz":
            assert median >= 10.5, (truth["file"], median)
            assert "?" in text and text.count("?") >= len(truth["fields"]) // 2, truth["file"]
            with pdfplumber.open(path) as pdf:
                shapes = sum(len(p.rects) + len(p.curves) + len(p.lines) for p in pdf.pages)
            assert shapes >= 5, truth["file"]  # answer lines, boxes, tick boxes, pictograms
        else:
            assert median <= 10.0, (truth["file"], median)
            codes = re.findall(r"(?:\[\d{4}\]|\b\d{4}\b|\b\d{2}\b) [A-ZÄÖÜ][\w.-]*", text)
            assert len(codes) >= len(FIELDS[truth["document_type"]][0]) // 2, truth["file"]
            assert any(h in text for k in ("certify_cert", "certify_case")
                       for h in REGISTER_WORDS[k]), truth["file"]


def test_quiz_splits_some_answers(extra13_text: Path) -> None:
    """Across the run, some dates stand in day / month / year boxes and some names or
    addresses are sub-answers with captions of their own."""
    boxes = captions = 0
    for truth in _truths(extra13_text, "text"):
        if truth["layout"] != "quiz":
            continue
        text = _pdf_text(extra13_text / truth["file"])
        for value in truth["fields"].values():
            if isinstance(value, str) and ISO_DATE.match(value):
                d = date.fromisoformat(value)
                boxes += f"{d.day:02d} {d.month:02d} {d.year}" in text
        captions += any(c in text for key in ("street", "given", "family", "street_line")
                        for c in QUIZ_PARTS[key])
    assert boxes >= 3 and captions >= 3


def test_register_blocks_per_person(extra13_text: Path) -> None:
    for truth in _truths(extra13_text, "text"):
        if truth["layout"] != "register" or truth["document_type"] not in (
                "geburtsurkunde", "eheurkunde"):
            continue
        text = _pdf_text(extra13_text / truth["file"]).casefold()
        keys = (("child", "mother") if truth["document_type"] == "geburtsurkunde"
                else ("spouse1", "spouse2", "marriage"))
        for key in keys:
            assert any(h.casefold() in text for h in REGISTER_SECTIONS[key]), (truth["file"],
                                                                                key)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA13_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA13_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra13(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra13", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA13_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
