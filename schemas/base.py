"""What every document type declares: its model, queue, classification cues and field rules.

A document type is one module in this package that builds a :class:`DocumentType`; the
registry (``schemas/registry.py``) is the one place that lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from intake.records import Queue


class ValueKind(StrEnum):
    """What a field's value looks like; chooses the parser that normalises it."""

    TEXT = "text"
    NAME = "name"
    FULL_NAME = "full_name"
    PARTY = "party"
    NAME_LIST = "name_list"
    PLACE = "place"
    DATE = "date"
    SEX = "sex"
    NATIONALITY = "nationality"
    STREET = "street"
    HOUSE_NUMBER = "house_number"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    ADDRESS_LINE = "address_line"
    IBAN = "iban"
    VIN = "vin"
    PLATE = "plate"
    EVB = "evb"
    REGISTER_NUMBER = "register_number"
    REGISTRY_OFFICE = "registry_office"
    PASSPORT_NUMBER = "passport_number"
    PURPOSE = "purpose"
    DWELLING = "dwelling"


@dataclass(frozen=True, slots=True)
class Label:
    """One wording of a field's label.

    Attributes:
        text: the label as forms print it (matched fuzzily, case- and umlaut-insensitive).
        part: for a label that covers several fields ("Name, Vorname"), which comma-separated
            part of the value belongs to this field; ``None`` takes the whole value.
    """

    text: str
    part: int | None = None


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How to find one catalog field on a page.

    Attributes:
        name: the catalog's field name.
        kind: the value's kind (chooses parser and validation).
        labels: wordings of the label, most specific first.
        required: whether the catalog requires the field.
        occurrence: for labels printed once per person (the spouses of a marriage
            certificate), which occurrence in reading order belongs to this field (0-based);
            ``None`` lets any occurrence compete.
        section: the part of the form the field belongs to (a key of the type's
            ``sections``): a label under another section's heading is weak evidence.
        keys: word stems that name the field whatever the exact wording ("einzug",
            ("tod", "ort")): a short label-like text that contains every stem of one entry
            is weak evidence for the field, for forms that word it in a way not listed.
    """

    name: str
    kind: ValueKind
    labels: tuple[Label, ...]
    required: bool = True
    occurrence: int | None = None
    section: str | None = None
    keys: tuple[tuple[str, ...], ...] = ()


def labels(*texts: str | tuple[str, int]) -> tuple[Label, ...]:
    """Shorthand: ``labels("Familienname", ("Name, Vorname", 0))``."""
    out: list[Label] = []
    for t in texts:
        out.append(Label(t[0], t[1]) if isinstance(t, tuple) else Label(t))
    return tuple(out)


def keys(*entries: str | tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Shorthand: ``keys("einzug", ("tod", "ort"))``; stems are folded letters (ü → u)."""
    return tuple((e,) if isinstance(e, str) else e for e in entries)


class CaseModel(BaseModel):
    """Base of every type's validated case: unknown keys are refused, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# A pattern that reads a field from running text: (regex with named groups, {group: field}).
ProsePattern = tuple[str, dict[str, str]]


@dataclass(frozen=True, slots=True)
class DocumentType:
    """One catalog document type.

    Attributes:
        name: the catalog name (``anmeldung``).
        queue: the authority queue its routed cases go to.
        model: the pydantic model a valid case must satisfy.
        fields: how to find each field.
        title_cues: words or phrases that name this type on a page (weighted high).
        cues: further words typical of the type (weighted low).
        prose: patterns for certificates written as sentences.
        route: chooses the queue from the validated case when it is not fixed.
        extractor: which extraction rules read it: ``labels`` (labels and geometry) or
            ``mrz`` (a machine-readable zone).
        sections: headings that open a part of the form, by section name ("landlord":
            "Angaben zum Wohnungsgeber"); the same label means different fields under them.
        title_keys: word stems that name the type in a title worded in a way not listed
            ("geburt" and "urkunde" in "Urkunde über die Geburt"), like ``FieldSpec.keys``.
        other_parties: word stems (folded, squashed) of people a form asks about besides
            the one the case is about ("bevollmacht", "gastgeber", "vorbesitz"): values
            under a heading naming one of them are theirs.
        own_parties: word stems of the case's own person(s) ("antragst", "halter"): a
            heading naming one of them is the case's, whatever else it names.
    """

    name: str
    queue: Queue
    model: type[CaseModel]
    fields: tuple[FieldSpec, ...]
    title_cues: tuple[str, ...]
    cues: tuple[str, ...] = ()
    prose: tuple[ProsePattern, ...] = ()
    route: Callable[[dict[str, Any]], Queue] | None = None
    extractor: str = "labels"
    sections: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    title_keys: tuple[tuple[str, ...], ...] = ()
    other_parties: tuple[str, ...] = ()
    own_parties: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        """The spec of one field by its catalog name."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def queue_for(self, values: dict[str, Any]) -> Queue:
        """The authority queue for a validated case."""
        return self.route(values) if self.route else self.queue
