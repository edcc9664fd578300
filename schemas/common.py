"""Field specs that several document types share word for word (one place to widen them)."""

from __future__ import annotations

from schemas import labels as L
from schemas.base import FieldSpec, ValueKind, keys, labels


def address_fields() -> tuple[FieldSpec, ...]:
    """Street, house number, postal code and town of a person's address."""
    return (
        FieldSpec("street", ValueKind.STREET, labels(*L.STREET),
                  keys=keys(*L.STREET_KEYS)),
        FieldSpec("house_number", ValueKind.HOUSE_NUMBER, labels(*L.HOUSE_NUMBER),
                  keys=keys(*L.HOUSE_NUMBER_KEYS)),
        FieldSpec("postal_code", ValueKind.POSTAL_CODE, labels(*L.POSTAL_CODE),
                  keys=keys(*L.POSTAL_CODE_KEYS)),
        FieldSpec("city", ValueKind.CITY, labels(*L.CITY),
                  keys=keys(*L.CITY_KEYS)),
    )
