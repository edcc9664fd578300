"""Contract tests: every registered type carries the catalog's names exactly."""

from __future__ import annotations

import pytest

from intake.records import Queue
from schemas.registry import TYPES

# Copied from the catalog (document-types.md); the code must not read it at run time.
CATALOG: dict[str, tuple[str, set[str], set[str]]] = {
    "anmeldung": ("einwohnermeldeamt", {
        "family_name", "given_names", "date_of_birth", "place_of_birth", "sex", "nationality",
        "move_in_date", "street", "house_number", "postal_code", "city"},
        {"birth_name", "previous_address", "dwelling"}),
    "wohnungsgeberbestaetigung": ("einwohnermeldeamt", {
        "landlord_name", "landlord_address", "move_in_date", "street", "house_number",
        "postal_code", "city", "tenant_names"}, set()),
    "geburtsurkunde": ("standesamt", {
        "family_name", "given_names", "sex", "date_of_birth", "place_of_birth", "mother_name",
        "registry_office", "register_number", "issue_date"}, {"father_name"}),
    "eheurkunde": ("standesamt", {
        "spouse1_family_name", "spouse1_given_names", "spouse1_date_of_birth",
        "spouse2_family_name", "spouse2_given_names", "spouse2_date_of_birth",
        "marriage_date", "marriage_place", "registry_office", "register_number", "issue_date"},
        set()),
    "sterbeurkunde": ("standesamt", {
        "family_name", "given_names", "date_of_birth", "place_of_birth", "date_of_death",
        "place_of_death", "registry_office", "register_number", "issue_date"}, set()),
    "antrag_zulassung": ("strassenverkehrsamt", {
        "holder_family_name", "holder_given_names", "holder_date_of_birth", "street",
        "house_number", "postal_code", "city", "vin", "evb_number", "iban", "account_holder"},
        {"desired_plate"}),
    "aufenthaltstitel_antrag": ("auslaenderbehoerde", {
        "family_name", "given_names", "date_of_birth", "place_of_birth", "nationality",
        "passport_number", "passport_expiry_date", "entry_date", "purpose", "street",
        "house_number", "postal_code", "city"}, set()),
    "identity_document": ("by nationality", {
        "mrz_format", "document_code", "issuing_state", "family_name", "given_names",
        "document_number", "nationality", "date_of_birth", "sex", "expiry_date"}, set()),
}


@pytest.mark.parametrize("name", sorted(TYPES))
def test_registered_type_matches_catalog(name: str) -> None:
    queue, required, optional = CATALOG[name]
    spec = TYPES[name]
    if queue == "by nationality":
        assert spec.queue_for({"nationality": "DEU"}) == Queue.EINWOHNERMELDEAMT
        assert spec.queue_for({"nationality": "TUR"}) == Queue.AUSLAENDERBEHOERDE
    else:
        assert spec.queue == Queue(queue)
    model_fields = spec.model.model_fields
    assert set(model_fields) == required | optional
    for field_name, info in model_fields.items():
        assert info.is_required() == (field_name in required), field_name
    assert {f.name for f in spec.fields} == required | optional
    for f in spec.fields:
        assert f.required == (f.name in required), f.name


@pytest.mark.parametrize("name", sorted(TYPES))
def test_every_field_has_a_way_to_be_found(name: str) -> None:
    spec = TYPES[name]
    assert spec.title_cues
    if spec.extractor == "labels":
        for f in spec.fields:
            assert f.labels, f.name


def test_every_catalog_type_is_registered() -> None:
    assert set(CATALOG) <= set(TYPES)


def test_a_senders_street_never_runs_on_into_the_lines_under_it() -> None:
    # GIVEN a letter whose sender puts street and town on one line, over the office's
    # address block: the office's house number and town are no sender's
    import re

    from schemas import prose as P

    text = ("Tunde Eze\nKönigsallee 85 - 44649 Herne\nStadtverwaltung Wesel\n"
            "Klever-Tor-Platz 1\n46483 Wesel\n")
    pattern = P.sender_block("g", "f", "street", "number", "postal", "city")
    assert re.search(pattern, text) is None
    found = re.search(pattern, "Tunde Eze\nKönigsallee 85\n44649 Herne\n")
    assert found is not None and found.group("city") == "Herne"
