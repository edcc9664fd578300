"""``sterbeurkunde``: death certificate → Standesamt."""

from __future__ import annotations

from pydantic import model_validator

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.types import (
    DeathRegisterNumber,
    Name,
    PastDate,
    Text,
    check_not_before,
)


class Sterbeurkunde(CaseModel):
    """A valid death certificate."""

    family_name: Name
    given_names: Name
    date_of_birth: PastDate
    place_of_birth: Text
    date_of_death: PastDate
    place_of_death: Text
    registry_office: Text
    register_number: DeathRegisterNumber
    issue_date: PastDate

    @model_validator(mode="after")
    def _death_after_birth(self) -> Sterbeurkunde:
        check_not_before(self.date_of_death, self.date_of_birth,
                         "date_of_death: death before birth")
        return self


SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.WITNESSES, "anzeige", "uberleb", "hinterblieb", "witwe"),
    own_parties=("verstorb", "gestorb", "sterbefall"),
    name="sterbeurkunde",
    queue=Queue.STANDESAMT,
    # its register's letter ("S 123/2025"), as evidence of the type
    extra={"register_letter": "S"},
    model=Sterbeurkunde,
    title_keys=(("sterbe", "urkunde"), ("sterberegister",), ("tod", "urkunde"), ("sterbefall",),
                ("sterbe", "register"), ("sterbebuch",)),
    title_cues=("Sterbeurkunde", "Sterberegister", "Auszug aus dem Sterberegister"),
    cues=("verstorben", "Sterbetag", "Sterbeort", "Tod", "Standesamt", "gestorben"),
    prose=(
        (P.born("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (rf"(?:ist|verstarb)\s+am\s+{P.g('date_of_death', P.DATE)}{P.TIME}\s+(?:in|zu)\s+"
         rf"{P.g('place_of_death', P.PLACE)}(?:\s+verstorben|\s+gestorben|\.|[ \t]*$)",
         {"date_of_death": "date_of_death", "place_of_death": "place_of_death"}),
        # a death register's entry: "Am 26. November 2025 verstarb in Dortmund: Horst …"
        (rf"\bAm\s+{P.g('date_of_death', P.DATE)}{P.TIME}\s+(?:verstarb|starb)\s+(?:in|zu)\s+"
         rf"{P.g('place_of_death', P.PLACE)}\s*:",
         {"date_of_death": "date_of_death", "place_of_death": "place_of_death"}),
        # a marginal note that corrects the entry later: "Berichtigt am …: der Todestag ist
        # richtig der 23. 4. 2026."
        (r"\b(?:Todestag|Sterbetag|Tag\s+des\s+Todes|Sterbedatum)\s+(?:ist|lautet)\s+"
         r"richtig\s*:?\s+(?:der\s+)?" + P.g(P.CORRECTED + "date_of_death", P.DATE),
         {P.CORRECTED + "date_of_death": "date_of_death"}),
        (r"\bberichtigt\s*:\s*(?:der\s+)?(?:Todestag|Sterbetag|Tag\s+des\s+Todes|Sterbedatum)\s+"
         r"(?:ist\s+)?(?:der\s+)?" + P.g(P.CORRECTED + "date_of_death", P.DATE),
         {P.CORRECTED + "date_of_death": "date_of_death"}),
        # "Bernd Paul Lange ist am 10.09.2026 in Witten gestorben."
        (rf"{P.person('given_names', 'family_name')}\s+(?:ist|verstarb)\s+am\s+"
         rf"{P.g('date_of_death', P.DATE)}{P.TIME}\s+(?:in|zu)\s+"
         rf"{P.g('place_of_death', P.PLACE)}\s+(?:verstorben|gestorben)",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_death": "date_of_death", "place_of_death": "place_of_death"}),
        # "Die Person war am 8. Feb. 1931 in Fürth geboren worden."
        (rf"\b(?:war|wurde|ist)\s+am\s+{P.g('date_of_birth', P.DATE)}\s+in\s+"
         rf"{P.g('place_of_birth', P.PLACE)}\s+geboren",
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Geburtsdaten: 15.01.1967 in Frankfurt am Main."
        (rf"\bGeburts(?:daten|angaben)\s*:?\s+{P.g('date_of_birth', P.DATE)}\s+in\s+"
         rf"{P.g('place_of_birth', P.PLACE)}",
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (P.died_named("given_names", "family_name", "date_of_death", "place_of_death"),
         {"given_names": "given_names", "family_name": "family_name", "given_names_": "given_names",
          "family_name_": "family_name", "date_of_death": "date_of_death",
          "place_of_death": "place_of_death"}),
        *P.certificate_told(),
        (P.issued_on("issue_date"), {"issue_date": "issue_date"}),
        (P.place_and_date("issue_date"), {"issue_date": "issue_date"}),
    ),
    fields=(
        FieldSpec("family_name", ValueKind.NAME, labels(*L.FAMILY_NAME),
                  keys=keys(*L.FAMILY_NAME_KEYS)),
        FieldSpec("given_names", ValueKind.NAME, labels(*L.GIVEN_NAMES),
                  keys=keys(*L.GIVEN_NAMES_KEYS)),
        FieldSpec("date_of_birth", ValueKind.DATE, labels(*L.DATE_OF_BIRTH),
                  keys=keys(*L.DATE_OF_BIRTH_KEYS)),
        FieldSpec("place_of_birth", ValueKind.PLACE, labels(*L.PLACE_OF_BIRTH),
                  keys=keys(*L.PLACE_OF_BIRTH_KEYS)),
        FieldSpec("date_of_death", ValueKind.DATE,
                  labels("Sterbetag", "Tag des Todes", "Todestag", "Sterbedatum", "verstorben am",
                         "gestorben am", "Datum des Todes", "Date of death", "Sterbefall am"),
                  keys=keys(("tod", "tag"), ("tod", "datum"), ("sterbe", "tag"),
                            ("sterbefall", "am"),
                            ("sterbe", "datum"), ("verstorben", "am"), ("gestorben", "am"),
                            ("tod", "zeit"), ("date", "death"), ("ableben", "datum"),
                            ("ableben", "tag"), ("starb", "am"), ("gestorben", "tag"),
                            ("gestorben", "datum"))),
        FieldSpec("place_of_death", ValueKind.PLACE,
                  labels("Sterbeort", "Ort des Todes", "verstorben in", "gestorben in",
                         "Ort des Ablebens", "Place of death", "Sterbefall in"),
                  keys=keys(("tod", "ort"), ("todes", "ort"), ("sterbe", "ort"), ("place", "death"),
                            ("sterbefall", "in"),
                            ("verstorben", "in"), ("verstorben", "ort"), ("gestorben", "in"),
                            ("ableben", "ort"),
                            ("starb", "in"), ("gestorben", "ort"), ("tod", "gemeinde"),
                            ("sterbe", "gemeinde"))),
        FieldSpec("registry_office", ValueKind.REGISTRY_OFFICE, labels(*L.REGISTRY_OFFICE),
                  keys=keys("standesamt")),
        FieldSpec("register_number", ValueKind.REGISTER_NUMBER, labels(*L.REGISTER_NUMBER),
                  keys=keys(*L.REGISTER_NUMBER_KEYS)),
        FieldSpec("issue_date", ValueKind.DATE, labels(*L.ISSUE_DATE),
                  keys=keys(*L.ISSUE_DATE_KEYS)),
    ),
)
