"""``identity_document``: passport data page or identity card, read from its MRZ.

Routed by nationality: Germans to the Einwohnermeldeamt, everyone else to the
Ausländerbehörde.
"""

from __future__ import annotations

from typing import Any, Literal

from intake.records import Queue
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind
from schemas.types import (
    DocumentCode,
    DocumentNumber,
    IsoDate,
    Name,
    Nationality,
    PastDate,
    Sex,
)


class IdentityDocument(CaseModel):
    """A valid identity document, as its machine-readable zone states it."""

    mrz_format: Literal["TD1", "TD3"]
    document_code: DocumentCode
    issuing_state: Nationality
    family_name: Name
    given_names: Name
    document_number: DocumentNumber
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
    # whose copy a zone is, where a household's documents are copied together
    own_parties=("antragst", "anmeldend", "meldepflichtig", "hauptperson", "inhaber"),
    other_parties=("ehepartn", "ehegatt", "lebenspartn", "ehefrau", "ehemann", "kind",
                   "tochter", "sohn", "familienangehorig", "mitreis", "begleit", "mitzieh"),
    extractor="mrz",
    extra={"mrz": True},
)
