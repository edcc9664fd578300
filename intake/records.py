"""The record a processed document becomes: the output contract, as typed models."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

SCHEMA_VERSION = 1


class Status(StrEnum):
    """A document's lifecycle: received → processing → routed / review / triage."""

    RECEIVED = "received"
    PROCESSING = "processing"
    ROUTED = "routed"
    REVIEW = "review"
    TRIAGE = "triage"


class Queue(StrEnum):
    """Queue names from the catalog."""

    EINWOHNERMELDEAMT = "einwohnermeldeamt"
    STANDESAMT = "standesamt"
    STRASSENVERKEHRSAMT = "strassenverkehrsamt"
    AUSLAENDERBEHOERDE = "auslaenderbehoerde"
    REVIEW = "review"
    TRIAGE = "triage"


AUTHORITY_QUEUES = (
    Queue.EINWOHNERMELDEAMT,
    Queue.STANDESAMT,
    Queue.STRASSENVERKEHRSAMT,
    Queue.AUSLAENDERBEHOERDE,
)


class FieldResult(BaseModel):
    """One extracted field: normalised value, confidence and where it was found."""

    value: Any
    confidence: float = Field(ge=0.0, le=1.0)
    page: int | None = None
    bbox: list[int] | None = None


class Problem(BaseModel):
    """Why a document was not routed: per field where a field is to blame."""

    field: str | None = None
    code: str
    message: str


class DocumentRecord(BaseModel):
    """A processed document as the CLI's ``--json`` and the API show it."""

    document_id: str
    source: str
    pages: list[int]
    document_type: str | None
    queue: Queue
    status: Status
    fields: dict[str, FieldResult] = Field(default_factory=dict)
    problems: list[Problem] = Field(default_factory=list)
    # The authority the document goes to once review is done (None for triage).
    target_queue: Queue | None = None
    # What the input carries that a person should know, never a reason to refuse it
    # (``pdf_signed``, ``pdf_javascript``, ``pdf_embedded_files``: recorded, never run).
    notes: list[str] = Field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_json_dict(self) -> dict[str, Any]:
        """The record as plain JSON types, enum values as strings."""
        return self.model_dump(mode="json")
