"""Measure the pipeline against ground truth: classification and field exact-match.

Each input ``NAME.ext`` with a ``NAME.truth.json`` beside it is processed and compared.
Figures are grouped by input kind (text layer, clean scan, degraded scan, 200 dpi) and by
whether the layout was used for tuning or held out.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from intake.pipeline import PipelineOptions, process_bytes
from intake.records import DocumentRecord, Status

TRUTH_SUFFIX = ".truth.json"


@dataclass
class Tally:
    """Counts for one group of documents."""

    documents: int = 0
    classified: int = 0
    fields: int = 0
    fields_right: int = 0
    extra_fields: int = 0
    routed: int = 0
    routed_all_right: int = 0
    seconds: float = 0.0
    pages: int = 0
    # confidence separation: (right, wrong) counts above and below the threshold
    above_right: int = 0
    above_wrong: int = 0
    below_right: int = 0
    below_wrong: int = 0
    misses: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, other: Tally) -> None:
        for name in ("documents", "classified", "fields", "fields_right", "extra_fields",
                     "routed", "routed_all_right", "seconds", "pages", "above_right",
                     "above_wrong", "below_right", "below_wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.misses.items():
            self.misses[k] += v

    def as_dict(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float | None:
            return round(100.0 * a / b, 2) if b else None

        return {
            "documents": self.documents,
            "classification_pct": pct(self.classified, self.documents),
            "fields": self.fields,
            "field_exact_match_pct": pct(self.fields_right, self.fields),
            "extra_fields": self.extra_fields,
            "routed": self.routed,
            "routed_all_right_pct": pct(self.routed_all_right, self.routed),
            "seconds_per_page": round(self.seconds / self.pages, 3) if self.pages else None,
            "precision_above_threshold_pct": pct(self.above_right,
                                                 self.above_right + self.above_wrong),
            "precision_below_threshold_pct": pct(self.below_right,
                                                 self.below_right + self.below_wrong),
            "worst_fields": dict(sorted(self.misses.items(), key=lambda kv: -kv[1])[:8]),
        }


def find_cases(root: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every input under ``root`` that has ground truth beside it."""
    cases = []
    for truth_path in sorted(root.rglob(f"*{TRUTH_SUFFIX}")):
        stem = truth_path.name[: -len(TRUTH_SUFFIX)]
        inputs = [p for p in truth_path.parent.glob(f"{stem}.*")
                  if not p.name.endswith(TRUTH_SUFFIX)]
        if inputs:
            cases.append((inputs[0], json.loads(truth_path.read_text(encoding="utf-8"))))
    return cases


def _values_equal(got: Any, want: Any) -> bool:
    if isinstance(want, list) and isinstance(got, list):
        return [str(x) for x in got] == [str(x) for x in want]
    return str(got) == str(want)


def score_case(record: DocumentRecord, truth: dict[str, Any], threshold: float) -> Tally:
    """Compare one record with its ground truth."""
    t = Tally(documents=1)
    want_type = truth.get("document_type")
    t.classified = int(record.document_type == want_type)
    want = truth.get("fields", {})
    all_right = True
    for name, value in want.items():
        t.fields += 1
        got = record.fields.get(name)
        right = got is not None and _values_equal(got.value, value)
        if right:
            t.fields_right += 1
        else:
            all_right = False
            t.misses[f"{want_type}.{name}"] += 1
        if got is not None:
            above = got.confidence >= threshold
            t.above_right += int(above and right)
            t.above_wrong += int(above and not right)
            t.below_right += int(not above and right)
            t.below_wrong += int(not above and not right)
    extra = [n for n in record.fields if n not in want]
    t.extra_fields = len(extra)
    if extra:
        all_right = False
    if record.status is Status.ROUTED:
        t.routed = 1
        t.routed_all_right = int(all_right and t.classified == 1)
    return t


def _run_one(args: tuple[str, float]) -> tuple[list[dict[str, Any]], float]:
    path, threshold = args
    started = time.perf_counter()
    records = process_bytes(Path(path).read_bytes(), Path(path).name,
                            options=PipelineOptions(confidence_threshold=threshold))
    return [r.to_json_dict() for r in records], time.perf_counter() - started


def mismatches(record: DocumentRecord, truth: dict[str, Any]) -> list[dict[str, Any]]:
    """Fields where the record differs from the truth (for tuning on tuning layouts only)."""
    out = []
    for name, value in truth.get("fields", {}).items():
        got = record.fields.get(name)
        if got is None or not _values_equal(got.value, value):
            out.append({"field": name, "want": value, "got": got.value if got else None})
    for name in record.fields:
        if name not in truth.get("fields", {}):
            out.append({"field": name, "want": None, "got": record.fields[name].value})
    return out


@dataclass(frozen=True, slots=True)
class DocOutcome:
    """What the threshold sweep needs of one document."""

    hard_problems: bool
    min_confidence: float
    all_right: bool


def sweep(outcomes: list[DocOutcome], thresholds: Iterable[float]) -> list[dict[str, Any]]:
    """For each threshold: how many documents would be routed, and how many of those are
    entirely right (the others would reach an authority with a wrong value)."""
    rows = []
    for t in thresholds:
        routed = [o for o in outcomes if not o.hard_problems and o.min_confidence >= t]
        right = sum(1 for o in routed if o.all_right)
        rows.append({"threshold": round(t, 2), "routed": len(routed),
                     "routed_pct": round(100 * len(routed) / max(1, len(outcomes)), 1),
                     "routed_all_right_pct": round(100 * right / len(routed), 2)
                     if routed else None})
    return rows


def evaluate(root: Path, threshold: float, holdout: Iterable[str] = (), workers: int = 2,
             details: list[dict[str, Any]] | None = None,
             outcomes: list[DocOutcome] | None = None) -> dict[str, dict[str, Any]]:
    """Process every case under ``root`` and return figures per group.

    With ``details`` given, each wrong case is appended to it (file, type, mismatches).
    """
    holdout = set(holdout)
    cases = find_cases(root)
    groups: dict[str, Tally] = defaultdict(Tally)
    jobs = [(str(p), threshold) for p, _ in cases]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_run_one, jobs, chunksize=1))
    for (path, truth), (records, seconds) in zip(cases, results, strict=True):
        record = DocumentRecord.model_validate(records[0])
        tally = score_case(record, truth, threshold)
        if outcomes is not None:
            outcomes.append(DocOutcome(
                hard_problems=record.document_type is None or any(
                    p.code != "low_confidence" for p in record.problems),
                min_confidence=min((f.confidence for f in record.fields.values()), default=0.0),
                all_right=bool(tally.classified) and tally.fields_right == tally.fields
                and not tally.extra_fields))
        if details is not None and (tally.fields_right < tally.fields or not tally.classified
                                    or tally.extra_fields):
            details.append({"file": str(path), "layout": truth.get("layout"),
                            "kind": truth.get("kind"), "want_type": truth.get("document_type"),
                            "got_type": record.document_type, "status": record.status,
                            "mismatches": mismatches(record, truth)})
        tally.seconds = seconds
        tally.pages = max(1, len(record.pages))
        kind = str(truth.get("kind", "unknown"))
        # (a sample's truth says itself whether its layout was held out from tuning)
        split = "holdout" if truth.get("layout") in holdout or truth.get("holdout") is True \
            else "tuning"
        for key in ("all", f"kind={kind}", f"{split}", f"{split}/kind={kind}",
                    f"type={truth.get('document_type')}"):
            groups[key].add(tally)
    return {k: groups[k].as_dict() for k in sorted(groups)}
