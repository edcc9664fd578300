"""The fourth extra pair of blind held-out layouts (``comb``, ``fax``): a wording pool of their
own, every type generates with catalog-true truth in every kind, the text layer prints each
truth value in one of the layouts' styles, a fax's transmission date is none of the truth's
dates, and adding them changed nothing the other layouts draw."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from itertools import pairwise
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
    HELD_OUT,
    KINDS,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_LAYOUTS,
    TUNING_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    resolve_layouts,
)
from samples.wording import COMMON, HOLDOUT, TITLES
from samples.wording_blind import BLIND, BLIND_TITLES, OFFICE_USE
from samples.wording_extra import (
    EXTRA,
    EXTRA_EN,
    EXTRA_TITLES,
    EXTRA_TITLES_EN,
    OFFICE_BOXES,
)
from samples.wording_extra2 import all_label_strings as extra2_strings
from samples.wording_extra3 import all_label_strings as extra3_strings
from samples.wording_extra4 import (
    COMB,
    COMB_TITLES,
    DWELLING_WORDS,
    EXTRA4_SECTIONS,
    FAX_TITLES,
    PURPOSE_WORDS,
    QUESTIONS,
    REGISTER,
    SHARED_WORDS,
    all_label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
)
from samples.wording_final import FINAL, FINAL_TITLES
from tests.samples.test_blind_layouts import check_page_geometry
from tests.samples.test_generate import ISO_DATE, _pdf_text, check_truth, load_truths

PER_TYPE = 2 * len(EXTRA4_LAYOUTS)  # every type in both layouts, twice
MONO = ("Courier", "LiberationMono", "DejaVuSansMono")


@pytest.fixture(scope="module")
def extra4_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extra4_text")
    generate(out, per_type=PER_TYPE, seed=47, kinds=("text",), layouts=["extra4"], jobs=2)
    return out


def check_extra4_truth(truth: dict[str, Any]) -> None:
    """``check_truth`` for the extra4 pair, which ``LAYOUTS`` leaves out on purpose."""
    assert truth["layout"] in EXTRA4_LAYOUTS
    assert truth["holdout"] is True
    check_truth({**truth, "layout": LAYOUTS[0]})


def test_extra4_layouts_are_held_out_and_selectable() -> None:
    assert expand_opt_in(["extra4"]) == list(EXTRA4_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["extra4"])) == EXTRA4_LAYOUTS
    assert resolve_layouts(expand_opt_in(["extra3", "extra4"])) == (
        *EXTRA3_LAYOUTS, *EXTRA4_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra4", "fax"])) == (
        "colon", *EXTRA4_LAYOUTS)
    assert resolve_layouts(["fax", "letter", "comb"]) == ("fax", "letter", "comb")
    assert expand_opt_in(["extra3"]) == list(EXTRA3_LAYOUTS)
    assert expand_opt_in(["colon"]) == ["colon"] and expand_opt_in(None) is None
    assert set(EXTRA4_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert set(EXTRA4_LAYOUTS) <= set(OPT_IN_LAYOUTS)
    assert set(EXTRA4_LAYOUTS).isdisjoint(LAYOUTS)  # the default and "all" stay as they were
    assert set(EXTRA4_LAYOUTS).isdisjoint(EXTRA2_LAYOUTS + EXTRA3_LAYOUTS)
    assert set(EXTRA4_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(EXTRA4_LAYOUTS).isdisjoint(EXAMPLE_LAYOUTS)
    assert set(EXTRA4_LAYOUTS).isdisjoint(HELD_OUT)
    assert resolve_layouts(["all"]) == LAYOUTS == resolve_layouts(None)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 18  # later pairs add theirs
    with pytest.raises(ValueError):
        resolve_layouts(["extra4"])  # only generate and the CLI expand the group name


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def _other_strings() -> set[str]:
    seen = {s for pool in (COMMON, HOLDOUT, BLIND, FINAL, EXTRA) for options in pool.values()
            for s in options}
    seen |= {s for groups in TITLES.values() for options in groups for s in options}
    seen |= {s for titles in (BLIND_TITLES, FINAL_TITLES, EXTRA_TITLES)
             for options in titles.values() for s in options}
    seen |= set(EXTRA_EN.values()) | set(EXTRA_TITLES_EN.values())
    seen |= set(OFFICE_USE) | set(OFFICE_BOXES)
    return seen | set(extra2_strings()) | set(extra3_strings())


def test_extra4_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS  # the only exceptions
    assert set(COMB_TITLES) == set(FAX_TITLES) == set(DOCUMENT_TYPES)
    for titles in (COMB_TITLES, FAX_TITLES):
        assert all(2 <= len(options) <= 4 for options in titles.values())
    for pool in (COMB, QUESTIONS, REGISTER, EXTRA4_SECTIONS):
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


def test_every_type_in_both_layouts(extra4_text: Path) -> None:
    truths = load_truths(extra4_text)
    assert len(truths) == PER_TYPE * len(DOCUMENT_TYPES)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in EXTRA4_LAYOUTS}
    for truth in truths:
        check_extra4_truth(truth)
        assert (extra4_text / truth["file"]).is_file()
    assert any(t["pages"] == 2 for t in truths)
    manifest = json.loads((extra4_text / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, *EXTRA4_LAYOUTS]
    assert manifest["layouts"] == list(EXTRA4_LAYOUTS)


def _variants(name: str, value: str) -> set[str]:
    """How a comb form or a fax may print a normalised truth value."""
    if ISO_DATE.match(value):
        return printed_dates(date.fromisoformat(value))
    if name == "sex":
        return sex_printings(value)
    if name == "nationality":
        return nationality_printings(value)
    if name == "desired_plate":
        return {value, value.replace("-", " ")}
    if name == "purpose":
        return set(PURPOSE_WORDS[value])
    if name == "iban":
        return {value, group_iban(value)}
    if name == "dwelling":
        return {DWELLING_WORDS[value]}
    return {value}


def test_text_layer_prints_every_truth_value(extra4_text: Path) -> None:
    styles: dict[str, set[str]] = {}
    for truth in load_truths(extra4_text):
        text = _pdf_text(extra4_text / truth["file"])
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
    assert len(styles["date_of_birth"]) >= 4
    assert len(styles["sex"]) >= 2
    assert len(styles["nationality"]) >= 2


def test_comb_types_one_character_per_box(extra4_text: Path) -> None:
    """On a comb form every typed value is monospaced, one glyph per box: the glyphs of a value
    stand at one fixed pitch."""
    for truth in load_truths(extra4_text):
        if truth["layout"] != "comb" or truth["document_type"] == "identity_document":
            continue
        with pdfplumber.open(extra4_text / truth["file"]) as pdf:
            chars = [c for c in pdf.pages[0].chars  # typed, not the bar code's digits
                     if any(m in c["fontname"] for m in MONO) and c["size"] > 8]
        assert len(chars) > 40, truth["file"]
        lines: dict[int, list[float]] = {}
        for c in chars:
            lines.setdefault(round(c["top"]), []).append(c["x0"])
        pitches = set()
        for xs in lines.values():
            xs.sort()
            pitches |= {round(b - a, 1) for a, b in pairwise(xs) if b - a < 15}
        assert pitches and max(pitches) - min(pitches) < 0.3, (truth["file"], pitches)


_FAX_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) \d{2}:\d{2}|"
                       r"([A-Z]{3})-(\d{2})-(\d{4}) \d{2}:\d{2}[AP]M|(\d{4}-\d{2}-\d{2}) \d{2}:")
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def test_fax_header_on_every_page_and_no_truth_date(extra4_text: Path) -> None:
    fax = [t for t in load_truths(extra4_text) if t["layout"] == "fax"]
    assert len(fax) == len(DOCUMENT_TYPES) * PER_TYPE // 2
    for truth in fax:
        with pdfplumber.open(extra4_text / truth["file"]) as pdf:
            tops = [page.extract_text().splitlines()[0] for page in pdf.pages]
        sent = set()
        for line in tops:
            m = _FAX_DATE.search(line)
            assert m, (truth["file"], line)
            if m.group(1):
                sent.add(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
            elif m.group(4):
                sent.add(date(int(m.group(6)), _MON.index(m.group(4)) + 1, int(m.group(5))))
            else:
                sent.add(date.fromisoformat(m.group(7)))
        assert len(sent) == 1, truth["file"]
        dates = {date.fromisoformat(v) for v in truth["fields"].values()
                 if isinstance(v, str) and ISO_DATE.match(v)}
        assert sent.isdisjoint(dates), truth["file"]


def test_comb_nothing_overflows_or_overlaps(tmp_path: Path) -> None:
    types = [d for d in DOCUMENT_TYPES if d != "identity_document"]
    generate(tmp_path, per_type=2, seed=48, kinds=("text",), layouts=("comb",), doc_types=types)
    check_page_geometry(tmp_path)


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


def test_extra4_layouts_in_every_kind(tmp_path: Path) -> None:
    """Every type in both layouts, each in all four kinds (eheurkunde-000 has two pages)."""
    generate(tmp_path, per_type=len(EXTRA4_LAYOUTS), seed=5, kinds=KINDS,
             layouts=EXTRA4_LAYOUTS, jobs=2)
    truths = load_truths(tmp_path)
    assert len(truths) == len(DOCUMENT_TYPES) * len(EXTRA4_LAYOUTS) * len(KINDS)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in DOCUMENT_TYPES for layout in EXTRA4_LAYOUTS
        for kind in KINDS}
    assert any(t["pages"] == 2 for t in truths)
    by_source: dict[str, list[dict[str, Any]]] = {}
    for truth in truths:
        check_extra4_truth(truth)
        _assert_readable(tmp_path / truth["file"], truth)
        by_source.setdefault(truth["source_id"], []).append(truth)
    for group in by_source.values():
        assert all(t["fields"] == group[0]["fields"] for t in group)


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("antrag_zulassung", "sterbeurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA4_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA4_LAYOUTS, doc_types=types, jobs=2)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    generate(tmp_path / "c", 2, 10, ("text",), EXTRA4_LAYOUTS, doc_types=types)
    assert [t["fields"] for t in load_truths(tmp_path / "c")] != [
        t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]


def test_other_layouts_draw_what_they_drew_alone(tmp_path: Path) -> None:
    """A document's bytes depend only on seed, type, index and layout: drawing the extra4
    layouts beside the others changes nothing in them."""
    layouts = ("boxed", "mobile", "headers")
    generate(tmp_path / "alone", 3, 8, ("text",), layouts, doc_types=("anmeldung",))
    generate(tmp_path / "mixed", 5, 8, ("text",), (*layouts, *EXTRA4_LAYOUTS),
             doc_types=("anmeldung",))
    assert len(list((tmp_path / "mixed").glob("*-comb-text.pdf"))) == 1
    alone = sorted((tmp_path / "alone").glob("*.pdf"))
    assert len(alone) == 3
    for path in alone:
        assert (tmp_path / "mixed" / path.name).read_bytes() == path.read_bytes(), path.name
    manifest = json.loads((tmp_path / "alone" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["holdout_layouts"] == [*HELD_OUT, "mobile", "headers"] or manifest[
        "holdout_layouts"] == [*HELD_OUT, "headers", "mobile"]
    assert not set(EXTRA4_LAYOUTS) & set(manifest["holdout_layouts"])


# sha1 over (name, bytes) of the truth files of older selections, recorded before the extra4
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


def test_cli_extra4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra4", "--types", "eheurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA4_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
