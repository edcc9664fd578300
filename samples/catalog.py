"""The catalog's document types and field names, copied from the project's spec.

The generator must not read the spec at run time, so the names live here. Keep them in step
with ``document-types.md``: the ground truth files use exactly these names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# type -> (required fields, optional fields)
FIELDS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "anmeldung": (
        (
            "family_name", "given_names", "date_of_birth", "place_of_birth", "sex",
            "nationality", "move_in_date", "street", "house_number", "postal_code", "city",
        ),
        ("birth_name", "previous_address", "dwelling"),
    ),
    "wohnungsgeberbestaetigung": (
        (
            "landlord_name", "landlord_address", "move_in_date", "street", "house_number",
            "postal_code", "city", "tenant_names",
        ),
        (),
    ),
    "geburtsurkunde": (
        (
            "family_name", "given_names", "sex", "date_of_birth", "place_of_birth",
            "mother_name", "registry_office", "register_number", "issue_date",
        ),
        ("father_name",),
    ),
    "eheurkunde": (
        (
            "spouse1_family_name", "spouse1_given_names", "spouse1_date_of_birth",
            "spouse2_family_name", "spouse2_given_names", "spouse2_date_of_birth",
            "marriage_date", "marriage_place", "registry_office", "register_number",
            "issue_date",
        ),
        (),
    ),
    "sterbeurkunde": (
        (
            "family_name", "given_names", "date_of_birth", "place_of_birth", "date_of_death",
            "place_of_death", "registry_office", "register_number", "issue_date",
        ),
        (),
    ),
    "antrag_zulassung": (
        (
            "holder_family_name", "holder_given_names", "holder_date_of_birth", "street",
            "house_number", "postal_code", "city", "vin", "evb_number", "iban",
            "account_holder",
        ),
        ("desired_plate",),
    ),
    "aufenthaltstitel_antrag": (
        (
            "family_name", "given_names", "date_of_birth", "place_of_birth", "nationality",
            "passport_number", "passport_expiry_date", "entry_date", "purpose", "street",
            "house_number", "postal_code", "city",
        ),
        (),
    ),
    "identity_document": (
        (
            "mrz_format", "document_code", "issuing_state", "family_name", "given_names",
            "document_number", "nationality", "date_of_birth", "sex", "expiry_date",
        ),
        (),
    ),
}

DOCUMENT_TYPES: Final[tuple[str, ...]] = tuple(FIELDS)

LIST_FIELDS: Final[frozenset[str]] = frozenset({"tenant_names"})

DATE_FIELDS: Final[frozenset[str]] = frozenset({
    "date_of_birth", "move_in_date", "issue_date", "marriage_date", "date_of_death",
    "spouse1_date_of_birth", "spouse2_date_of_birth", "holder_date_of_birth",
    "passport_expiry_date", "entry_date", "expiry_date",
})

_QUEUES: Final[dict[str, str]] = {
    "anmeldung": "einwohnermeldeamt",
    "wohnungsgeberbestaetigung": "einwohnermeldeamt",
    "geburtsurkunde": "standesamt",
    "eheurkunde": "standesamt",
    "sterbeurkunde": "standesamt",
    "antrag_zulassung": "strassenverkehrsamt",
    "aufenthaltstitel_antrag": "auslaenderbehoerde",
}


def all_fields(doc_type: str) -> tuple[str, ...]:
    """Required then optional field names of a type."""
    required, optional = FIELDS[doc_type]
    return required + optional


def queue_for(doc_type: str, fields: Mapping[str, object]) -> str:
    """The authority queue a correctly read document of this type is routed to."""
    if doc_type == "identity_document":
        return "einwohnermeldeamt" if fields.get("nationality") == "DEU" else "auslaenderbehoerde"
    return _QUEUES[doc_type]
