"""``identity_document``: passport data page or identity card, read from its MRZ.

Routed by nationality: Germans to the Einwohnermeldeamt, everyone else to the
Ausländerbehörde.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from intake.records import Queue
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind
from schemas.types import IsoDate, Name, Nationality, PastDate, Sex


def _document_code(value: str) -> str:
    if not re.fullmatch(r"[A-Z][A-Z<]?", value):
        raise PydanticCustomError("format", "a document code is one or two letters (P, ID, …)")
    return value


def _document_number(value: str) -> str:
    if not re.fullmatch(r"[A-Z0-9]{1,15}", value):
        raise PydanticCustomError("format", "a document number has letters and digits only")
    return value


class IdentityDocument(CaseModel):
    """A valid identity document, as its machine-readable zone states it."""

    mrz_format: Literal["TD1", "TD3"]
    document_code: Annotated[str, AfterValidator(_document_code)]
    issuing_state: Nationality
    family_name: Name
    given_names: Name
    document_number: Annotated[str, AfterValidator(_document_number)]
    nationality: Nationality
    date_of_birth: PastDate
    sex: Sex
    expiry_date: IsoDate


def route_by_nationality(values: dict[str, Any]) -> Queue:
    """Germans register with the Einwohnermeldeamt; everyone else with the Ausländerbehörde."""
    return Queue.EINWOHNERMELDEAMT if values.get("nationality") == "DEU" \
        else Queue.AUSLAENDERBEHOERDE


_MRZ_FIELDS = ("mrz_format", "document_code", "issuing_state", "family_name", "given_names",
               "document_number", "nationality", "date_of_birth", "sex", "expiry_date")

SPEC = DocumentType(
    name="identity_document",
    queue=Queue.AUSLAENDERBEHOERDE,
    model=IdentityDocument,
    title_cues=("Reisepass", "Personalausweis", "Passport", "Identity card", "Carte d'identité",
                "Passeport", "Identitätskarte"),
    cues=("Staatsangehörigkeit", "Nationality", "Gültig bis", "Date of expiry", "Surname",
          "Given names", "Date of birth"),
    fields=tuple(FieldSpec(name, ValueKind.TEXT, ()) for name in _MRZ_FIELDS),
    route=route_by_nationality,
    extractor="mrz",
    extra={"mrz": True},
)
