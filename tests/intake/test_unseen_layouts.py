"""Layouts the extraction was not tuned on: the held-out families of the samples generator.

Two groups: ``twocol``, ``grid`` and ``ledger`` were held out, then looked at while making the
extraction generic (development holdouts); ``compact`` and ``portal`` (``FINAL_LAYOUTS``)
were written afterwards by someone else and their wordings never read by the extraction
side: the blind measure. The default run checks text-layer PDFs of every type (fast); the
``slow`` run evaluates scans of every kind. The floors are the measured figures rounded
down, so a regression fails the test; they are not the targets of the issues (see the
closing notes for those).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.evaluate import evaluate
from intake.routing import DEFAULT_CONFIDENCE_THRESHOLD
from samples.generate import (
    BLIND_LAYOUTS,
    FINAL_LAYOUTS,
    HOLDOUT_LAYOUTS,
    TUNING_LAYOUTS,
    generate,
)

DEVELOPMENT_HOLDOUTS = ("twocol", *BLIND_LAYOUTS)


def test_every_type_is_recognised_and_mostly_read_on_development_holdouts(
        tmp_path: Path) -> None:
    generate(tmp_path, 3, seed=101, kinds=("text",), layouts=DEVELOPMENT_HOLDOUTS)
    figures = evaluate(tmp_path, DEFAULT_CONFIDENCE_THRESHOLD, HOLDOUT_LAYOUTS, workers=2)
    held_out = figures["holdout"]
    assert held_out["documents"] == 24
    assert held_out["classification_pct"] == 100.0
    assert held_out["field_exact_match_pct"] >= 90.0


def test_blind_layouts_are_recognised_and_read_at_least_as_well_as_measured(
        tmp_path: Path) -> None:
    generate(tmp_path, 4, seed=104, kinds=("text",), layouts=FINAL_LAYOUTS)
    figures = evaluate(tmp_path, DEFAULT_CONFIDENCE_THRESHOLD, HOLDOUT_LAYOUTS, workers=2)
    held_out = figures["holdout"]
    assert held_out["documents"] == 32
    assert held_out["classification_pct"] >= 75.0
    assert held_out["field_exact_match_pct"] >= 60.0


def test_tuning_layouts_in_text_pdfs_are_read_almost_entirely(tmp_path: Path) -> None:
    generate(tmp_path, 5, seed=102, kinds=("text",), layouts=TUNING_LAYOUTS)
    figures = evaluate(tmp_path, DEFAULT_CONFIDENCE_THRESHOLD, HOLDOUT_LAYOUTS, workers=2)
    assert figures["tuning"]["classification_pct"] == 100.0
    assert figures["tuning"]["field_exact_match_pct"] >= 95.0


@pytest.mark.slow
@pytest.mark.ocr
def test_scans_of_every_kind_on_all_layouts(tmp_path: Path) -> None:
    generate(tmp_path, 6, seed=103, kinds=("clean", "degraded", "dpi200"),
             layouts=TUNING_LAYOUTS + DEVELOPMENT_HOLDOUTS)
    figures = evaluate(tmp_path, DEFAULT_CONFIDENCE_THRESHOLD, HOLDOUT_LAYOUTS, workers=2)
    assert figures["all"]["classification_pct"] >= 99.0
    assert figures["tuning/kind=clean"]["field_exact_match_pct"] >= 88.0
    assert figures["tuning/kind=degraded"]["field_exact_match_pct"] >= 70.0
    assert figures["holdout/kind=clean"]["field_exact_match_pct"] >= 60.0


@pytest.mark.ocr
def test_a_carbon_copys_values_typed_across_its_light_boxes_are_read(tmp_path: Path) -> None:
    # GIVEN the scan of a carbon copy whose grey boxes cut the values typed across them
    # (this one lost its name and its whole new address to the box lines)
    import json

    from intake.pipeline import process_bytes

    [scan] = generate(tmp_path, 1, seed=3, kinds=("clean",), layouts=["carbon"],
                      doc_types=["anmeldung"])
    truth = json.loads(scan.with_suffix(".truth.json").read_text())["fields"]
    result = process_bytes(scan.read_bytes(), scan.name)[0]
    for field in ("family_name", "street", "house_number", "postal_code", "city"):
        assert result.fields[field].value == truth[field]


def test_a_blind_pairs_documents_count_as_held_out_by_their_truth(tmp_path: Path) -> None:
    # GIVEN documents of an opt-in blind pair, whose truth says they were held out, and no
    # layouts named as held out
    generate(tmp_path, 1, seed=7, kinds=("text",), layouts=("easyread",),
             doc_types=("sterbeurkunde",))
    figures = evaluate(tmp_path, DEFAULT_CONFIDENCE_THRESHOLD, (), workers=1)
    # THEN they are reported as held out, not as tuning layouts
    assert figures["holdout"]["documents"] == 1
    assert "tuning" not in figures
