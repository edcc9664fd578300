"""The sixth extra pair of blind held-out layouts (``overlay``, ``stamped``): a wording pool of
their own, every type generates with catalog-true truth in every kind and on the planned number
of pages, the text layer prints each truth value in one of the layouts' styles, the office's
stamps and notes print none of the truth's dates, nothing leaves the page, and adding them
changed nothing the other layouts draw."""

from __future__ import annotations

import json
import re
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from samples.catalog import DOCUMENT_TYPES
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA2_LAYOUTS,
    EXTRA3_LAYOUTS,
    EXTRA4_LAYOUTS,
    EXTRA5_LAYOUTS,
    EXTRA6_LAYOUTS,
    HELD_OUT,
    KINDS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    TUNING_LAYOUTS,
    TURNED_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    plan,
    resolve_layouts,
)
from samples.wording_extra5 import all_label_strings as extra5_strings
from samples.wording_extra6 import (
    DWELLING6,
    LABELS6,
    OVERLAY_TITLES,
    PURPOSE6,
    SECTIONS6,
    SHARED_WORDS,
    STAMP_WORDS,
    STAMPED_TITLES,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    stamp_date,
)
from tests.samples.test_blind_layouts import _overlap
from tests.samples.test_extra5_layouts import _fingerprint
from tests.samples.test_extra5_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 4 * len(EXTRA6_LAYOUTS)  # every type in both layouts, four times


@pytest.fixture(scope="module")
def extra6_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra6_text")
    generate(out, per_type=PER_TYPE, seed=47, kinds=("text",), layouts=["extra6"], jobs=2)
    return out


def check_extra6_truth(truth: dict[str, Any]) -> None:
    """``check_truth`` for the extra6 pair, which ``LAYOUTS`` leaves out on purpose."""
    assert truth["layout"] in EXTRA6_LAYOUTS
    assert truth["holdout"] is True
    check_truth({**truth, "layout": LAYOUTS[0]})


def test_extra6_layouts_are_held_out_and_selectable() -> None:
    assert expand_opt_in(["extra6"]) == list(EXTRA6_LAYOUTS)
    assert OPT_IN_GROUPS["extra6"] == EXTRA6_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra6"])) == EXTRA6_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra5", "extra6"])) == (
        *EXTRA5_LAYOUTS, *EXTRA6_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra6", "stamped"])) == (
        "colon", *EXTRA6_LAYOUTS)
    assert resolve_layouts(["stamped", "email", "overlay"]) == ("stamped", "email", "overlay")
    assert expand_opt_in(["extra5"]) == list(EXTRA5_LAYOUTS)
    assert set(EXTRA6_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert set(EXTRA6_LAYOUTS) <= set(OPT_IN_LAYOUTS)
    assert set(EXTRA6_LAYOUTS).isdisjoint(LAYOUTS)  # the default and "all" stay as they were
    assert set(EXTRA6_LAYOUTS).isdisjoint(
        EXTRA2_LAYOUTS + EXTRA3_LAYOUTS + EXTRA4_LAYOUTS + EXTRA5_LAYOUTS)
    assert set(EXTRA6_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA6_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)
    assert set(EXTRA6_LAYOUTS).isdisjoint(HELD_OUT)
    assert set(EXTRA6_LAYOUTS).isdisjoint(TURNED_LAYOUTS)
    assert resolve_layouts(["all"]) == LAYOUTS == resolve_layouts(None)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 22  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra6"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _other_strings() -> set[str]:
    """Every label, heading and title of the nine older pools."""
    return older_strings() | set(extra5_strings())


def test_extra6_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS  # the only exceptions
    assert set(OVERLAY_TITLES) == set(STAMPED_TITLES) == set(DOCUMENT_TYPES)
    for titles in (OVERLAY_TITLES, STAMPED_TITLES):
        assert all(2 <= len(options) <= 4 for options in titles.values())
    for pool in (LABELS6, SECTIONS6, STAMP_WORDS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    seen = _other_strings()
    assert [s for s in mine if s in seen] == []
    # not even up to case, punctuation or spacing
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def test_every_type_in_both_layouts(extra6_text: Path) -> None:
    truths = load_truths(extra6_text)
    assert len(truths) == PER_TYPE * len(DOCUMENT_TYPES)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA6_LAYOUTS}
    for truth in truths:
        check_extra6_truth(truth)
        assert (extra6_text / truth["file"]).is_file()
    assert any(t["pages"] == 2 for t in truths)
    manifest = json.loads((extra6_text / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, *EXTRA6_LAYOUTS]
    assert manifest["layouts"] == list(EXTRA6_LAYOUTS)


def test_pages_are_what_the_plan_asks_for(extra6_text: Path) -> None:
    planned = {(s.doc_type, s.index): s.pages
               for s in plan(PER_TYPE, 47, ("text",), EXTRA6_LAYOUTS, DOCUMENT_TYPES,
                             extra6_text)}
    for truth in load_truths(extra6_text):
        index = int(truth["source_id"].rsplit("-", 1)[1])
        assert truth["pages"] == planned[(truth["document_type"], index)], truth["file"]
        with pdfplumber.open(extra6_text / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"]


def _variants(name: str, value: str) -> set[str]:
    """How a filled-in form or a stamped document may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE6[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING6[value])
    return {value}


def test_text_layer_prints_every_truth_value(extra6_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra6_text):
        text = _pdf_text(extra6_text / truth["file"])
        if truth["document_type"] == "identity_document":
            compact = text.replace(" ", "")
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            for v in value if isinstance(value, list) else [value]:
                found = [p for p in _variants(name, v) if p in text]
                assert found, (truth["file"], name, v)
                styles.setdefault(name, set()).update(found)
    # the layouts must really vary how they print what the catalog normalises
    assert len(styles["date_of_birth"]) >= 5
    assert len(styles["sex"]) >= 3
    assert len(styles["nationality"]) >= 3


def _turned(obj: dict[str, Any]) -> bool:
    """Whether a character is printed turned (pdfminer calls slightly turned text upright)."""
    return obj.get("object_type") == "char" and abs(obj["matrix"][1]) > 1e-3


def _rotated_text(page: Any) -> str:
    """What a page prints turned (the office's stamps, seal and hand-written notes)."""
    return "".join(c["text"] for c in page.chars if _turned(c))


def test_stamps_print_none_of_the_truth_dates(extra6_text: Path) -> None:
    """A stamped document carries turned stamp text on its first page, and neither the stamps
    nor the notes print one of the truth's dates."""
    stamped = 0
    for truth in load_truths(extra6_text):
        if truth["layout"] != "stamped":
            continue
        dates = [date.fromisoformat(v) for v in truth["fields"].values()
                 if isinstance(v, str) and ISO_DATE.match(v)]
        forms = {p.replace(" ", "") for d in dates
                 for p in {*printed_dates(d), *(stamp_date(d, k) for k in range(3))}}
        with pdfplumber.open(extra6_text / truth["file"]) as pdf:
            turned = [_rotated_text(page) for page in pdf.pages]
        assert len(turned[0]) > 10, truth["file"]
        stamped += 1
        for text in turned:
            squeezed = text.replace(" ", "")
            assert not [p for p in forms if p in squeezed], truth["file"]
    assert stamped == len(DOCUMENT_TYPES) * PER_TYPE // 2


def _upright_words(page: Any) -> list[dict[str, Any]]:
    upright = page.filter(lambda o: not _turned(o))
    return list(upright.extract_words(keep_blank_chars=False, use_text_flow=True))


@pytest.mark.parametrize("layout", EXTRA6_LAYOUTS)
def test_nothing_leaves_the_page_and_no_words_collide(extra6_text: Path, layout: str) -> None:
    """No glyph off the page; typed values may touch or cross lines, and stamps lie over
    the text, but no two upright words sit on top of each other."""
    for truth in load_truths(extra6_text):
        if truth["layout"] != layout:
            continue
        with pdfplumber.open(extra6_text / truth["file"]) as pdf:
            for page in pdf.pages:
                chars = [c for c in page.chars if c["text"].strip()]
                assert chars, truth["file"]
                for c in chars:
                    assert c["x0"] >= 4 and c["x1"] <= page.width - 4, (truth["file"], c["text"])
                    assert c["top"] >= 4 and c["bottom"] <= page.height - 4, truth["file"]
                if truth["document_type"] == "identity_document":
                    continue  # the card's guilloche runs behind its text by design
                words = _upright_words(page)
                for a, b in combinations(words, 2):
                    assert _overlap(a, b) < 0.2, (truth["file"], a["text"], b["text"])


def _assert_readable(path: Path, truth: dict[str, Any]) -> None:
    if truth["format"] == "pdf":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == truth["pages"]
            if truth["kind"] == "text":
                assert len(pdf.pages[0].chars) > 150
            else:
                assert pdf.pages[0].images and not pdf.pages[0].chars
        return
    with Image.open(path) as img:
        assert getattr(img, "n_frames", 1) == truth["pages"]
        assert round(img.info["dpi"][0]) == truth["dpi"]
        page = np.asarray(img.convert("L"))
        assert 0.003 < (page < 200).mean() < 0.3, (truth["file"], (page < 200).mean())
        assert (page < 100).mean() > 0.001, truth["file"]
        if truth["layout"] == "stamped":  # stamps in ink: grey levels between paper and text
            assert ((page > 90) & (page < 215)).mean() > 0.001, truth["file"]


def test_extra6_layouts_in_every_kind(tmp_path: Path) -> None:
    """Every type in both layouts, each in all four kinds (eheurkunde-000 has two pages)."""
    generate(tmp_path, per_type=len(EXTRA6_LAYOUTS), seed=5, kinds=KINDS,
             layouts=EXTRA6_LAYOUTS, jobs=2)
    truths = load_truths(tmp_path)
    assert len(truths) == len(DOCUMENT_TYPES) * len(EXTRA6_LAYOUTS) * len(KINDS)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA6_LAYOUTS
        for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_extra6_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA6_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA6_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    generate(tmp_path / "c", 2, 10, ("text",), EXTRA6_LAYOUTS, doc_types=types)
    assert [t["fields"] for t in load_truths(tmp_path / "c")] != [
        t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra6
    layouts beside the others changes nothing in them."""
    layouts = ("boxed", "twoup", "headers")
    generate(tmp_path / "alone", 3, 8, ("text", "clean"), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 5, 8, ("text", "clean"), (*layouts, *EXTRA6_LAYOUTS),
             doc_types=("anmeldung",))
    assert len(list((tmp_path / "mixed").glob("*-overlay-text.pdf"))) == 1
    alone = sorted((tmp_path / "alone").glob("*-*-*.*"))
    alone = [p for p in alone if not p.name.endswith(".json")]
    assert len(alone) == 6
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name
    manifest = json.loads((tmp_path / "alone" / "manifest.json").read_text(encoding="utf-8"))
    assert not set(EXTRA6_LAYOUTS) & set(manifest["holdout_layouts"])


# sha1 over (name, bytes) of the truth files of the extra5 selection, recorded when the extra6
# pair was added (the older selections are pinned in test_extra5_layouts.py).
FINGERPRINTS: dict[str, str] = {
    "extra5": "0d7a1526b5bdf149f923629eadb77565d15c0dfd",
}


@pytest.mark.parametrize("selection", sorted(FINGERPRINTS))
def test_older_selections_unchanged(tmp_path: Path, selection: str) -> None:
    generate(tmp_path, per_type=2, seed=7, kinds=("text",), layouts=[selection], jobs=1)
    assert _fingerprint(tmp_path) == FINGERPRINTS[selection]


def test_cli_extra6(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra6", "--types", "eheurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA6_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
