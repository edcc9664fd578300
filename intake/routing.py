"""Validate extracted fields against the type's schema and decide where the document goes.

A field that fails its format, a checksum or plain sense, a required field not found, or a
confidence under the threshold sends the document to ``review`` with a reason per field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from intake.records import FieldResult, Problem, Queue, Status
from schemas.base import DocumentType

# Fields under this confidence are doubted and the document goes to review.
DEFAULT_CONFIDENCE_THRESHOLD = 0.6


class ProblemCode(StrEnum):
    """Machine codes of problems, shown beside the clerk's message."""

    MISSING = "missing_required_field"
    FORMAT = "format"
    CHECKSUM = "checksum"
    IMPLAUSIBLE = "implausible"
    LOW_CONFIDENCE = "low_confidence"
    UNKNOWN_TYPE = "unknown_document_type"


_PYDANTIC_CODES = {"checksum": ProblemCode.CHECKSUM, "implausible": ProblemCode.IMPLAUSIBLE,
                   "missing": ProblemCode.MISSING}


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a document goes and why."""

    status: Status
    queue: Queue
    target_queue: Queue
    problems: list[Problem]


def _problems_from(error: ValidationError, spec_fields: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    for err in error.errors():
        loc = [str(p) for p in err["loc"]]
        message = str(err["msg"])
        field = loc[0] if loc and loc[0] in spec_fields else None
        if field is None and ": " in message:
            # Cross-field checks name the field they blame at the start of their message.
            head, _, rest = message.partition(": ")
            head = head.split()[-1]
            if head in spec_fields:
                field, message = head, rest
        code = _PYDANTIC_CODES.get(str(err["type"]), ProblemCode.FORMAT)
        if code is ProblemCode.MISSING:
            message = "required field not found on the document"
        problems.append(Problem(field=field, code=code, message=message))
    return problems


def validate(doc_type: DocumentType, fields: dict[str, FieldResult],
             threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
             extra_problems: list[Problem] | None = None) -> Decision:
    """Check ``fields`` against ``doc_type``'s model and confidence threshold.

    ``extra_problems`` are doubts the extraction itself raised (a failing MRZ check digit).
    """
    values: dict[str, Any] = {name: f.value for name, f in fields.items()}
    spec_fields = {s.name for s in doc_type.fields}
    problems: list[Problem] = list(extra_problems or [])
    valid: dict[str, Any] | None = None
    try:
        valid = doc_type.model.model_validate(values).model_dump()
    except ValidationError as e:
        problems.extend(_problems_from(e, spec_fields))
    failed = {p.field for p in problems}
    for name, f in fields.items():
        if name not in failed and f.confidence < threshold:
            problems.append(Problem(field=name, code=ProblemCode.LOW_CONFIDENCE,
                                    message=f"read with low confidence ({f.confidence:.2f})"))
    try:
        target = doc_type.queue_for(valid if valid is not None else values)
    except (KeyError, TypeError, ValueError):
        target = doc_type.queue
    if problems:
        return Decision(Status.REVIEW, Queue.REVIEW, target, problems)
    return Decision(Status.ROUTED, target, target, [])
