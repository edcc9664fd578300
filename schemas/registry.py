"""The one place that lists the document types the service understands.

Adding a type: write its module in this package and add it to ``_MODULES``; no other type
changes.
"""

from __future__ import annotations

from schemas import (
    anmeldung,
    antrag_zulassung,
    aufenthaltstitel_antrag,
    eheurkunde,
    geburtsurkunde,
    identity_document,
    sterbeurkunde,
    wohnungsgeberbestaetigung,
)
from schemas.base import DocumentType

_MODULES = (
    anmeldung,
    wohnungsgeberbestaetigung,
    geburtsurkunde,
    eheurkunde,
    sterbeurkunde,
    antrag_zulassung,
    aufenthaltstitel_antrag,
    identity_document,
)

TYPES: dict[str, DocumentType] = {m.SPEC.name: m.SPEC for m in _MODULES}


def get(name: str) -> DocumentType:
    """The document type registered under ``name``.

    Raises:
        KeyError: no such type.
    """
    return TYPES[name]


def names() -> list[str]:
    """All registered type names, in catalog order."""
    return list(TYPES)
