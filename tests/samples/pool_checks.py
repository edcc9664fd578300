"""Checks the blind layout pairs' tests share: a wording pool kept apart from every older
string of ``samples``, and a truth value found as the text layer prints it."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
from PIL import Image

from samples.catalog import DOCUMENT_TYPES, FIELDS
from samples.content import group_iban
from samples.generate import LAYOUTS
from tests.samples.test_generate import ISO_DATE, check_truth, load_truths
from tests.samples.test_generate import _pdf_text as pdf_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def norm(s: str) -> str:
    """Letters and digits only, case folded: how two wordings are compared."""
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def literals_except(mine: Collection[str]) -> set[str]:
    """Every string literal of every module of ``samples`` but ``mine`` (file names)."""
    out: set[str] = set()
    for path in sorted(SAMPLES.glob("*.py")):
        if path.name not in mine:
            out |= _literals(path, path.stat().st_mtime_ns)
    return out


@functools.cache
def _literals(path: Path, mtime_ns: int) -> frozenset[str]:
    """A module's string literals (parsed once per test run: every pair's test asks)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(node.value for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and isinstance(node.value, str))


@dataclass(frozen=True)
class Pool:
    """How one wording pool prints dates, sex, nationality and its choices."""

    printed_dates: Callable[[date], set[str]]
    sex_printings: Callable[[str], set[str]]
    nationality_printings: Callable[[str], set[str]]
    purposes: Mapping[str, Sequence[str]]
    dwellings: Mapping[str, Sequence[str]]
    #: whether the pool may print a nationality as its code alone
    nationality_code: bool = True

    def variants(self, name: str, value: str) -> set[str]:
        """The ways a layout of this pool may print a truth value."""
        if ISO_DATE.match(value):
            return self.printed_dates(date.fromisoformat(value))
        if name == "sex":
            return self.sex_printings(value)
        if name == "nationality":
            return self.nationality_printings(value) | (
                {value} if self.nationality_code else set())
        if name == "purpose":
            return set(self.purposes[value])
        if name == "iban":
            return {value, group_iban(value)}
        if name == "dwelling":
            return set(self.dwellings[value])
        return {value}

    def identity_printed(self, name: str, value: str, text: str, mrz: list[str]) -> bool:
        """Whether an identity document's truth value shows on its page or in its zone."""
        zone = "".join(mrz)
        if name in ("mrz_format", "document_code"):
            return True
        if name == "sex":
            char = mrz[1][20] if len(mrz) == 2 else mrz[1][7]
            return char == value or (char == "<" and value == "X")
        if ISO_DATE.match(value):
            d = date.fromisoformat(value)
            return any(p in text for p in self.printed_dates(d)) or d.strftime("%y%m%d") in zone
        return value in text or value.replace(" ", "<") in zone


def truths_of(folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    """The truths generated into ``folder``, of one kind or all."""
    return [t for t in load_truths(folder) if kind is None or t["kind"] == kind]


def check_scans_match(folder: Path, doc_types: Sequence[str], layouts: Sequence[str],
                      kinds: Sequence[str], check_printed: Callable[[Path, dict[str, Any]], None]
                      ) -> list[dict[str, Any]]:
    """A pair's documents in every kind: each type, layout and kind is there, one and two
    pages, every text document passes ``check_printed``, every scan has its pages and size,
    and every kind of one source says the same fields. Returns the truths."""
    truths = truths_of(folder)
    assert {(t["document_type"], t["layout"], t["kind"]) for t in truths} == {
        (d, layout, kind) for d in doc_types for layout in layouts for kind in kinds}
    assert {t["pages"] for t in truths} == {1, 2}
    by_source: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for truth in truths:
        by_source.setdefault((truth["source_id"], truth["layout"]), []).append(truth)
        if truth["kind"] == "text":
            check_printed(folder, truth)
            continue
        path = folder / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"], truth["file"]
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"], truth["file"]
                assert min(img.size) > 1000
    for group in by_source.values():
        assert len(group) == len(kinds)
        assert all(t["fields"] == group[0]["fields"] for t in group)
    return truths


def words_in_order(value: str, text: str, tokens: Sequence[str], glued: bool = True) -> bool:
    """``value`` in a text layer; a value wrapped in a narrow cell may have other text
    between its lines, so its words in order will do (``glued``: a word may end a token
    that something printed close before it joins)."""
    if value in text:
        return True
    words = value.split()
    if len(words) < 2:
        return False
    k = 0
    for token in tokens:
        if token == words[k] or (glued and token.endswith(words[k])):
            k += 1
            if k == len(words):
                return True
    return False


def check_printed(folder: Path, truth: dict[str, Any], pool: Pool, glued: bool = True) -> None:
    """Every truth value of a text-layer document shows in its text as ``pool`` prints it
    (an identity document's in its zone or on its page)."""
    text = pdf_text(folder / truth["file"])
    tokens = text.split()
    if truth["document_type"] == "identity_document":
        compact = text.replace(" ", "")
        assert all(line in compact for line in truth["mrz"]), truth["file"]
        for name, value in truth["fields"].items():
            assert pool.identity_printed(name, value, text, truth["mrz"]), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in pool.variants(name, v)
                    if words_in_order(p, text, tokens, glued)], (truth["file"], name, v)


def check_complete_truths(folder: Path, layouts: Sequence[str]) -> list[dict[str, Any]]:
    """Every catalog type in every layout of a pair, with its required fields, a valid
    truth, a zone for identity documents, one- and two-page plans, and as many pages as the
    truth says. Returns the truths."""
    truths = truths_of(folder)
    assert {(t["document_type"], t["layout"]) for t in truths} == {
        (d, layout) for d in DOCUMENT_TYPES for layout in layouts}
    for truth in truths:
        assert truth["holdout"] is True
        required, _ = FIELDS[truth["document_type"]]
        assert set(required) <= set(truth["fields"]), truth["file"]
        check_truth({**truth, "layout": LAYOUTS[0]})
        if truth["document_type"] == "identity_document":
            assert truth["mrz"]
    assert {(t["layout"], t["pages"]) for t in truths} >= {
        (layout, n) for layout in layouts for n in (1, 2)}
    for truth in truths:
        with pdfplumber.open(folder / truth["file"]) as pdf:
            assert len(pdf.pages) == truth["pages"], truth["file"]
    return truths


def check_opt_in(tmp_path: Path, group: str, layouts: tuple[str, ...], previous: str,
                 min_known: int, seed: int, doc_type: str) -> None:
    """A pair drawn only by its group name: ``expand_opt_in`` names it, no other selection
    (the default, ``all``, the development groups, another pair) holds it, older selections
    keep their order, and ``all`` still draws exactly the default layouts."""
    import pytest

    from samples.generate import (
        EXAMPLE_LAYOUTS,
        EXTRA13_LAYOUTS,
        HELD_OUT,
        KNOWN_LAYOUTS,
        OPT_IN_GROUPS,
        OPT_IN_LAYOUTS,
        expand_opt_in,
        generate,
        resolve_layouts,
    )
    assert OPT_IN_GROUPS[group] == layouts
    assert expand_opt_in([group]) == list(layouts)
    assert resolve_layouts(expand_opt_in(["colon", group, layouts[-1]])) == ("colon", *layouts)
    assert set(layouts) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(layouts).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != group:
            assert set(layouts).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in([previous])) == OPT_IN_GROUPS[previous]
    for selection in (LAYOUTS, HELD_OUT, EXAMPLE_LAYOUTS):
        assert set(layouts).isdisjoint(selection)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= min_known
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS  # older selections keep their order
    with pytest.raises(ValueError):
        resolve_layouts([group])  # only generate and the CLI expand the group name
    generate(tmp_path, per_type=len(LAYOUTS), seed=seed, kinds=("text",), layouts=["all"],
             doc_types=(doc_type,))
    assert {t["layout"] for t in load_truths(tmp_path)} == set(LAYOUTS)
