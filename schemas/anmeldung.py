"""``anmeldung``: registration of a new residence → Einwohnermeldeamt."""

from __future__ import annotations

from pydantic import field_validator

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.types import (
    Dwelling,
    IsoDate,
    Name,
    Nationality,
    PastDate,
    PostalCode,
    Sex,
    Text,
    check_move_in,
)


class Anmeldung(CaseModel):
    """A valid registration of residence."""

    family_name: Name
    given_names: Name
    birth_name: Name | None = None
    date_of_birth: PastDate
    place_of_birth: Text
    sex: Sex
    nationality: Nationality
    move_in_date: IsoDate
    street: Text
    house_number: Text
    postal_code: PostalCode
    city: Text
    previous_address: Text | None = None
    dwelling: Dwelling | None = None

    @field_validator("move_in_date")
    @classmethod
    def _move_in_plausible(cls, value: str) -> str:
        check_move_in(value)
        return value


NEW_ADDRESS = ("neue Wohnung", "Anschrift der neuen Wohnung", "Neue Anschrift", "Zuzugsadresse",
               "neue Wohnanschrift")

SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.REPRESENTATIVES, "wohnungsgeber", "vermiet", "eigentumer", "verwalt",
                   "vormund", "haushaltsmitglied", "mitzieh", "kind"),
    own_parties=("meldepflichtig", "anmeldend", "meldend", "zuziehend", "einziehend",
                 "angemeld", "hauptperson"),
    name="anmeldung",
    queue=Queue.EINWOHNERMELDEAMT,
    model=Anmeldung,
    title_keys=(("anmeldung",), ("meldeschein",), ("meldeformular",), ("zuzug",),
                ("wohnsitz", "anmeld"), ("meldung", "einzug"), ("einzugsmeldung",),
                # the citizen notifies ("Anzeige über den Bezug einer Wohnung"); a landlord
                # confirms (``wohnungsgeberbestaetigung``)
                ("anzeige", "einzug"), ("anzeige", "bezug"),
                # the registration law's own word for the citizen's form
                ("melde", "erkl")),
    title_cues=("Anmeldung", "Meldeschein", "Anmeldung bei der Meldebehörde",
                "Anmeldung einer Wohnung", "Meldebehörde"),
    cues=("Einzug", "Tag des Einzugs", "bisherige Wohnung", "Hauptwohnung", "Nebenwohnung",
          "Bundesmeldegesetz", "BMG", "neue Wohnung", "Einwohnermeldeamt"),
    prose=(
        (P.born("given_names", "family_name", "date_of_birth", "place_of_birth", "birth_name"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth",
          "birth_name": "birth_name"}),
        (rf"Einzug\s+(?:zum|am)\s+{P.g('move_in_date', P.DATE)}", {"move_in_date": "move_in_date"}),
        (P.moved_on("move_in_date"), {"move_in_date": "move_in_date"}),
        (P.born_named("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        *((pattern, {"move_in_date": "move_in_date", "street": "street",
                     "house_number": "house_number", "postal_code": "postal_code",
                     "city": "city"})
          for pattern in P.moved_into("move_in_date", "street", "house_number",
                                      "postal_code", "city")),
        (rf"\bbisherige\s+Wohnung\s+(?:befand\s+sich|lag)\s+in\s+"
         rf"{P.g('previous_address', P.FULL_ADDRESS)}", {"previous_address": "previous_address"}),
        (P.born_myself("date_of_birth", "place_of_birth"),
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (P.my_nationality("nationality"), {"nationality": "nationality"}),
        (rf"in\s+die\s+Wohnung\s+{P.address('street', 'house_number', 'postal_code', 'city')}",
         {"street": "street", "house_number": "house_number", "postal_code": "postal_code",
          "city": "city"}),
        (P.sender_block("given_names", "family_name", "street", "house_number", "postal_code",
                        "city"),
         {"given_names": "given_names", "family_name": "family_name"}),
    ),
    sections={
        "new": (*NEW_ADDRESS, "Neue Wohnung", "Angaben zur neuen Wohnung", "Zuzug"),
        "previous": ("bisherige Wohnung", "Bisherige Anschrift", "letzte Wohnung",
                     "Angaben zur bisherigen Wohnung", "Auszug", "Wegzug",
                     "Bisheriger Wohnsitz"),
        "person": ("Angaben zur Person", "Person", "Persönliche Angaben", "Meldepflichtige Person"),
    },
    fields=(
        FieldSpec("family_name", ValueKind.NAME, labels(*L.FAMILY_NAME),
                  keys=keys(*L.FAMILY_NAME_KEYS)),
        FieldSpec("given_names", ValueKind.NAME, labels(*L.GIVEN_NAMES),
                  keys=keys(*L.GIVEN_NAMES_KEYS)),
        FieldSpec("birth_name", ValueKind.NAME, labels(*L.BIRTH_NAME), required=False,
                  keys=keys(*L.BIRTH_NAME_KEYS)),
        FieldSpec("date_of_birth", ValueKind.DATE, labels(*L.DATE_OF_BIRTH),
                  keys=keys(*L.DATE_OF_BIRTH_KEYS)),
        FieldSpec("place_of_birth", ValueKind.PLACE, labels(*L.PLACE_OF_BIRTH),
                  keys=keys(*L.PLACE_OF_BIRTH_KEYS)),
        FieldSpec("sex", ValueKind.SEX, labels(*L.SEX),
                  keys=keys(*L.SEX_KEYS)),
        FieldSpec("nationality", ValueKind.NATIONALITY, labels(*L.NATIONALITY),
                  keys=keys(*L.NATIONALITY_KEYS)),
        FieldSpec("move_in_date", ValueKind.DATE,
                  labels("Tag des Einzugs", "Einzugsdatum", "Einzug am", "Datum des Einzugs",
                         "eingezogen am", "Einzug", "Date of moving in", "Moving-in date",
                         "Move-in date", "Date of move"),
                  keys=keys(*L.MOVE_IN_KEYS)),
        FieldSpec("street", ValueKind.STREET, labels(*NEW_ADDRESS, *L.STREET),
                  section="new",
                  keys=keys(*L.STREET_KEYS)),
        FieldSpec("house_number", ValueKind.HOUSE_NUMBER, labels(*NEW_ADDRESS, *L.HOUSE_NUMBER),
                  section="new",
                  keys=keys(*L.HOUSE_NUMBER_KEYS)),
        FieldSpec("postal_code", ValueKind.POSTAL_CODE, labels(*NEW_ADDRESS, *L.POSTAL_CODE),
                  section="new",
                  keys=keys(*L.POSTAL_CODE_KEYS)),
        FieldSpec("city", ValueKind.CITY, labels(*NEW_ADDRESS, *L.CITY),
                  section="new",
                  keys=keys(*L.CITY_KEYS)),
        FieldSpec("previous_address", ValueKind.ADDRESS_LINE,
                  labels("bisherige Wohnung", "Bisherige Anschrift", "letzte Wohnung",
                         "Previous address", "Former address",
                         "bisherige Wohnanschrift", "Zuzug aus", "vorherige Anschrift",
                         "alte Anschrift", "Auszugsadresse", "frühere Wohnung",
                         "frühere Anschrift", "Letzter Wohnsitz", "Bisheriger Wohnsitz"),
                  required=False,
                  keys=keys("bisher", "vorherig", "fruher", ("letzte", "wohnung"),
                            ("zuletzt", "wohn"), ("letzte", "anschrift"), ("alte", "anschrift"),
                            ("anschrift", "alt"), ("alte", "adress"),
                            ("zuletzt", "gemeldet"), ("letzte", "wohnsitz"), ("zuvor", "wohn"),
                            ("zuvor", "anschrift"), ("vorher", "gewohnt"),
                            ("zuvor", "adress"), ("aufgegeb", "anschrift"),
                            ("zuzug", "von"),
                            "auszug", "wegzug",
                            ("vor", "umzug"), ("vor", "zuzug"), ("vor", "einzug"), "previous",
                            "former")),
        FieldSpec("dwelling", ValueKind.DWELLING,
                  labels("Art der Wohnung", "Wohnungsart", "Die neue Wohnung ist",
                         "Diese Wohnung ist meine", "Die Wohnung ist meine", "Nutzung als",
                         "Hauptwohnung", "Nebenwohnung", "Wohnungsstatus", "Wohnsitzart",
                         "Art des Wohnsitzes"),
                  required=False,
                  # "Wohnungstyp", "ART DER WHG" (a terminal drops the contraction's stop),
                  # "Nutzungsstatus der neuen Wohnung"
                  keys=keys(("wohnung", "art"), ("wohnung", "typ"), ("whg", "art"),
                            ("whg", "typ"), ("wohnsitz", "art"), ("wohnung", "stat"),
                            ("whg", "stat"), ("hwnw",), ("wohnstatte",),
                            # "Was für eine Wohnung ist das für Sie?"
                            ("wasfur", "wohnung"))),
    ),
)
