"""The fifth extra pair of blind held-out layouts (``email``, ``twoup``): a wording pool of their
own, every type generates with catalog-true truth in every kind and on the planned number of
pages, the text layer prints each truth value in one of the layouts' styles, an e-mail's print
time is none of the truth's dates, a booklet sheet is landscape (and some scanned sheets arrive
turned), and adding them changed nothing the other layouts draw."""

from __future__ import annotations

import hashlib
import json
import random
import re
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pdfplumber
import pytest
from PIL import Image

from samples import raster
from samples.catalog import DOCUMENT_TYPES
from samples.content import group_iban
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA2_LAYOUTS,
    EXTRA3_LAYOUTS,
    EXTRA4_LAYOUTS,
    EXTRA5_LAYOUTS,
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
from samples.render_extra5 import feed_turns
from samples.wording_extra4 import all_label_strings as extra4_strings
from samples.wording_extra5 import (
    BOOKLET,
    BOOKLET_SECTIONS,
    BOOKLET_TITLES,
    DWELLING5,
    EMAIL_LEADS,
    EMAIL_SUBJECTS,
    FRAGMENTS,
    MAIL_HEADER,
    PURPOSE5,
    REGISTER5,
    REGISTER_HEADINGS,
    SHARED_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
)
from tests.samples.test_blind_layouts import _crosses, _overlap, _segments
from tests.samples.test_extra4_layouts import _other_strings as older_strings
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 4 * len(EXTRA5_LAYOUTS)  # every type in both layouts, four times


@pytest.fixture(scope="module")
def extra5_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra5_text")
    generate(out, per_type=PER_TYPE, seed=47, kinds=("text",), layouts=["extra5"], jobs=2)
    return out


def check_extra5_truth(truth: dict[str, Any]) -> None:
    """``check_truth`` for the extra5 pair, which ``LAYOUTS`` leaves out on purpose."""
    assert truth["layout"] in EXTRA5_LAYOUTS
    assert truth["holdout"] is True
    check_truth({**truth, "layout": LAYOUTS[0]})


def test_extra5_layouts_are_held_out_and_selectable() -> None:
    assert expand_opt_in(["extra5"]) == list(EXTRA5_LAYOUTS)
    assert OPT_IN_GROUPS["extra5"] == EXTRA5_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra5"])) == EXTRA5_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra4", "extra5"])) == (
        *EXTRA4_LAYOUTS, *EXTRA5_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra5", "twoup"])) == (
        "colon", *EXTRA5_LAYOUTS)
    assert resolve_layouts(["twoup", "fax", "email"]) == ("twoup", "fax", "email")
    assert expand_opt_in(["extra4"]) == list(EXTRA4_LAYOUTS)
    assert set(EXTRA5_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert set(EXTRA5_LAYOUTS) <= set(OPT_IN_LAYOUTS)
    assert set(EXTRA5_LAYOUTS).isdisjoint(LAYOUTS)  # the default and "all" stay as they were
    assert set(EXTRA5_LAYOUTS).isdisjoint(EXTRA2_LAYOUTS + EXTRA3_LAYOUTS + EXTRA4_LAYOUTS)
    assert set(EXTRA5_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA5_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)
    assert set(EXTRA5_LAYOUTS).isdisjoint(HELD_OUT)
    assert set(TURNED_LAYOUTS) <= set(EXTRA5_LAYOUTS)
    assert resolve_layouts(["all"]) == LAYOUTS == resolve_layouts(None)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 20  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra5"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _other_strings() -> set[str]:
    """Every label, heading and title of the eight older pools."""
    return older_strings() | set(extra4_strings())


def test_extra5_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS  # the only exceptions
    assert set(EMAIL_SUBJECTS) == set(BOOKLET_TITLES) == set(DOCUMENT_TYPES)
    assert set(REGISTER_HEADINGS) == {"geburtsurkunde", "eheurkunde", "sterbeurkunde"}
    for titles in (EMAIL_SUBJECTS, BOOKLET_TITLES, REGISTER_HEADINGS):
        assert all(2 <= len(options) <= 4 for options in titles.values())
    for pool in (FRAGMENTS, EMAIL_LEADS, MAIL_HEADER, REGISTER5, BOOKLET, BOOKLET_SECTIONS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 2 <= len(options) <= 4 or set(options) <= SHARED_WORDS, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    seen = _other_strings()
    assert [s for s in mine if s in seen] == []
    # not even up to case, punctuation or spacing
    folded = {_norm(s) for s in seen}
    assert [s for s in mine if _norm(s) in folded] == []
    for s in all_label_strings():
        s.encode("cp1252")  # the base-14 fallback prints every label


def test_every_type_in_both_layouts(extra5_text: Path) -> None:
    truths = load_truths(extra5_text)
    assert len(truths) == PER_TYPE * len(DOCUMENT_TYPES)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA5_LAYOUTS}
    for truth in truths:
        check_extra5_truth(truth)
        assert (extra5_text / truth["file"]).is_file()
    assert any(t["pages"] == 2 for t in truths)
    manifest = json.loads((extra5_text / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, *EXTRA5_LAYOUTS]
    assert manifest["layouts"] == list(EXTRA5_LAYOUTS)


def test_pages_are_what_the_plan_asks_for(extra5_text: Path) -> None:
    """Every document has the number of pages (sheets) that the plan gives it."""
    planned = {(s.doc_type, s.index): s.pages
               for s in plan(PER_TYPE, 47, ("text",), EXTRA5_LAYOUTS, DOCUMENT_TYPES,
                             extra5_text)}
    for truth in load_truths(extra5_text):
        index = int(truth["source_id"].rsplit("-", 1)[1])
        assert truth["pages"] == planned[(truth["document_type"], index)], truth["file"]
        with pdfplumber.open(extra5_text / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"]


def _variants(name: str, value: str) -> set[str]:
    """How an e-mail or a booklet may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE5[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return set(DWELLING5[value])
    return {value}


def test_text_layer_prints_every_truth_value(extra5_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra5_text):
        text = _pdf_text(extra5_text / truth["file"])
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


_STAMP = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}),? (\d{2}):(\d{2})")


def test_email_print_time_is_on_every_page_and_no_truth_date(extra5_text: Path) -> None:
    """The mail client prints a page count and the print time on every page (in the
    furniture above or below the mail), and the print day is none of the truth's dates."""
    mails = [t for t in load_truths(extra5_text) if t["layout"] == "email"]
    assert len(mails) == len(DOCUMENT_TYPES) * PER_TYPE // 2
    for truth in mails:
        dates = {date.fromisoformat(v) for v in truth["fields"].values()
                 if isinstance(v, str) and ISO_DATE.match(v)}
        printed = set()
        with pdfplumber.open(extra5_text / truth["file"]) as pdf:
            pages = len(pdf.pages)
            for n, page in enumerate(pdf.pages, 1):
                lines = page.extract_text().splitlines()
                edge = f"{lines[0]} {lines[-1]}"
                assert (f"{n}/{pages}" in edge or f"{n} von {pages}" in edge), (
                    truth["file"], edge)
                stamps = _STAMP.findall(edge)
                assert stamps, (truth["file"], edge)
                printed |= {date(int(y), int(m), int(d)) for d, m, y, _, _ in stamps}
        assert len(printed) == 1, truth["file"]
        assert printed.isdisjoint(dates), truth["file"]


# what a quoted message from the city's own office may well repeat (its city, codes)
_PLACES = frozenset({"city", "place_of_birth", "marriage_place", "place_of_death",
                     "registry_office", "issuing_state", "nationality", "document_code", "sex",
                     "mrz_format", "dwelling", "purpose"})


def test_email_quotes_name_no_truth_value(extra5_text: Path) -> None:
    """Lines quoted with ">" come from the office: their names, dates and numbers (a clerk, a
    deadline, a case reference) are none of the truth's values."""
    quoted = 0
    for truth in load_truths(extra5_text):
        if truth["layout"] != "email":
            continue
        with pdfplumber.open(extra5_text / truth["file"]) as pdf:
            lines = [ln for page in pdf.pages for ln in page.extract_text().splitlines()
                     if ln.startswith(">")]
        quoted += bool(lines)
        values = [v for k, value in truth["fields"].items() if k not in _PLACES
                  for v in (value if isinstance(value, list) else [value])]
        for line in lines:
            for v in values:
                for p in _variants("", v) if ISO_DATE.match(v) else {v}:
                    assert len(p) < 4 or p not in line, (truth["file"], line, p)
    assert quoted >= 5


def test_twoup_sheets_are_landscape_with_two_pages_side_by_side(extra5_text: Path) -> None:
    """A booklet sheet is landscape A4; a two-up sheet has text on both halves, a single A5
    page keeps to the middle of the sheet."""
    singles = 0
    for truth in load_truths(extra5_text):
        if truth["layout"] != "twoup":
            continue
        with pdfplumber.open(extra5_text / truth["file"]) as pdf:
            for page in pdf.pages:
                assert page.width > page.height, truth["file"]
                xs = [c["x0"] for c in page.chars if c["text"].strip()]
                half = page.width / 2
                left, right = [x for x in xs if x < half], [x for x in xs if x >= half]
                if min(xs) > page.width * 0.2 and max(xs) < page.width * 0.8:
                    singles += 1
                    continue
                assert len(left) > 20 and len(right) > 20, truth["file"]
    assert singles >= 1


def check_geometry(folder: Path, layout: str) -> None:
    """No glyph off the page, no words on top of each other, no ruled line through text."""
    for truth in load_truths(folder):
        if truth["layout"] != layout:
            continue
        with pdfplumber.open(folder / truth["file"]) as pdf:
            for page in pdf.pages:
                chars = [c for c in page.chars if c["text"].strip()]
                assert chars, truth["file"]
                for c in chars:
                    assert c["x0"] >= 12 and c["x1"] <= page.width - 12, (truth["file"], c)
                    assert c["top"] >= 12 and c["bottom"] <= page.height - 12, truth["file"]
                words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
                for a, b in combinations(words, 2):
                    assert _overlap(a, b) < 0.2, (truth["file"], a["text"], b["text"])
                if truth["document_type"] == "identity_document":
                    continue  # the card's guilloche runs behind its text by design
                segments = _segments(page)
                for c in chars:
                    hits = [s for s in segments if _crosses(s, c)]
                    assert not hits, (truth["file"], c["text"], round(c["x0"]), hits[:1])


@pytest.mark.parametrize("layout", EXTRA5_LAYOUTS)
def test_nothing_overflows_or_overlaps(extra5_text: Path, layout: str) -> None:
    check_geometry(extra5_text, layout)


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


def test_extra5_layouts_in_every_kind(tmp_path: Path) -> None:
    """Every type in both layouts, each in all four kinds (eheurkunde-000 has two pages)."""
    generate(tmp_path, per_type=len(EXTRA5_LAYOUTS), seed=5, kinds=KINDS,
             layouts=EXTRA5_LAYOUTS, jobs=2)
    truths = load_truths(tmp_path)
    assert len(truths) == len(DOCUMENT_TYPES) * len(EXTRA5_LAYOUTS) * len(KINDS)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA5_LAYOUTS
        for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_extra5_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)
    # a mailroom feeds some booklet sheets sideways: their scans are portrait, the others not
    shapes = set()
    for truth in truths:
        if truth["layout"] == "twoup" and truth["format"] == "png":
            with Image.open(tmp_path / truth["file"]) as img:
                shapes.add(img.width > img.height)
        if truth["layout"] == "email" and truth["format"] == "png":
            with Image.open(tmp_path / truth["file"]) as img:
                assert img.width < img.height, truth["file"]
    assert shapes == {True, False}


def test_turn_gives_the_sheet_as_fed() -> None:
    sheet = np.full((40, 60), 255, np.uint8)
    sheet[2:6, 50:58] = 0  # a mark in the top right corner
    assert raster.turn(sheet, 0) is sheet
    left = raster.turn(sheet, 1)  # a quarter turn counter-clockwise: the mark is top left
    assert left.shape == (60, 40) and left.flags["C_CONTIGUOUS"]
    assert left[2:10, 2:6].max() == 0
    upside = raster.turn(sheet, 2)
    assert upside.shape == sheet.shape and upside[34:38, 2:10].max() == 0
    assert raster.turn(sheet, 3)[50:58, 34:38].max() == 0
    turns = [feed_turns(random.Random(k)) for k in range(200)]
    assert set(turns) == {0, 1, 2, 3} and 80 < turns.count(0) < 140


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("wohnungsgeberbestaetigung", "eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA5_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA5_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    generate(tmp_path / "c", 2, 10, ("text",), EXTRA5_LAYOUTS, doc_types=types)
    assert [t["fields"] for t in load_truths(tmp_path / "c")] != [
        t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra5
    layouts beside the others changes nothing in them."""
    layouts = ("boxed", "fax", "headers")
    generate(tmp_path / "alone", 3, 8, ("text", "clean"), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 5, 8, ("text", "clean"), (*layouts, *EXTRA5_LAYOUTS),
             doc_types=("anmeldung",))
    assert len(list((tmp_path / "mixed").glob("*-email-text.pdf"))) == 1
    alone = sorted((tmp_path / "alone").glob("*-*-*.*"))
    alone = [p for p in alone if not p.name.endswith(".json")]
    assert len(alone) == 6
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name
    manifest = json.loads((tmp_path / "alone" / "manifest.json").read_text(encoding="utf-8"))
    assert not set(EXTRA5_LAYOUTS) & set(manifest["holdout_layouts"])


# sha1 over (name, bytes) of the truth files of older selections, recorded before the extra5
# pair was added. Truth files hold the record's fields and the page count, so a change in what
# an older layout draws (or in how its random numbers are spent) shows here.
FINGERPRINTS: dict[str, str] = {
    "default": "d3f146623fd000c2f9340f18fba157bbf03f5507",
    "tuning": "ad155ab29569de356e9b031fc0d5b019d198c43a",
    "holdout": "f4e09a8ec84dbf52f675ca97fc1c97dd373b5902",
    "blind": "a36d5bf198e2d7f0d32df94a354bdd15fa84989c",
    "final": "6a7f283faea2c3b88137406ec977f3035e19f92f",
    "extra": "8502983e41b2e1d25e57d6d076fc240c078b798f",
    "extra2": "d7ea601e4aec565fcce743dd5bf7a2a3158ab347",
    "extra3": "77406f8347245a927ba64c723fb84ec7ef1b1f8e",
    "extra4": "b48396b59878219b6bf92d03fb2b43e5f19504e8",
}


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(folder.glob("*.truth.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("selection", sorted(FINGERPRINTS))
def test_older_selections_unchanged(tmp_path: Path, selection: str) -> None:
    layouts = None if selection == "default" else [selection]
    generate(tmp_path, per_type=2, seed=7, kinds=("text",), layouts=layouts, jobs=1)
    assert _fingerprint(tmp_path) == FINGERPRINTS[selection]


def test_cli_extra5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra5", "--types", "eheurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA5_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
