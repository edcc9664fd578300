"""``geburtsurkunde``: birth certificate → Standesamt."""

from __future__ import annotations

from pydantic import model_validator

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.types import (
    BirthRegisterNumber,
    Name,
    PastDate,
    Sex,
    Text,
    check_not_before,
)


class Geburtsurkunde(CaseModel):
    """A valid birth certificate."""

    family_name: Name
    given_names: Name
    sex: Sex
    date_of_birth: PastDate
    place_of_birth: Text
    mother_name: Name
    father_name: Name | None = None
    registry_office: Text
    register_number: BirthRegisterNumber
    issue_date: PastDate

    @model_validator(mode="after")
    def _issued_after_birth(self) -> Geburtsurkunde:
        check_not_before(self.issue_date, self.date_of_birth,
                         "issue_date: certificate issued before the birth")
        return self


# A birth register's entry names the child by its sex ("ein Kind weiblichen Geschlechts"),
# and the mother who bore it.
_A_CHILD_OF_SEX = rf"\s+ein\s+Kind\s+{P.g('sex', r'weiblichen|männlichen')}\s+Geschlechte?s"
_REGISTER_BIRTH = {"place_of_birth": "place_of_birth", "date_of_birth": "date_of_birth",
                   "mother_name": "mother_name", "sex": "sex"}


SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.WITNESSES, "anzeigend"),
    own_parties=("kind", "geboren"),
    name="geburtsurkunde",
    queue=Queue.STANDESAMT,
    # its register's letter ("G 123/2025"), as evidence of the type
    extra={"register_letter": "G"},
    model=Geburtsurkunde,
    title_keys=(("geburt", "urkunde"), ("geburtenregister",), ("geburtseintrag",),
                ("geburt", "register"), ("geburtenbuch",)),
    title_cues=("Geburtsurkunde", "Geburtenregister", "Auszug aus dem Geburtenregister",
                "Geburtsbescheinigung"),
    cues=("Standesamt", "geboren", "Mutter", "Vater", "Eltern", "Registernummer"),
    prose=(
        (rf"{P.person('given_names', 'family_name')}\s+(?:ist|wurde)\s+am\s+"
         rf"{P.g('date_of_birth', P.DATE)}{P.TIME}\s+in\s+{P.g('place_of_birth', P.PLACE)}"
         r"\s+(?:geboren|zur\s+Welt\s+gekommen)",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # the sentence's subject on the lines above it ("Vom Kinde … Zofia" / "wurde am …
        # zu Bochum geboren.")
        # (or came into the world there: "kam am elften Juli … in Hattingen zur Welt.")
        (rf"^\s*(?:ist|wurde|kam)\s+am\s+{P.g('date_of_birth', P.DATE)}{P.TIME}\s+(?:in|zu)\s+"
         rf"{P.g('place_of_birth', P.PLACE)}\s+(?:geboren|zur\s+Welt)",
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Am 24.01.1979 kam in Essen Gisela Nüßlein zur Welt."
        (rf"\bAm\s+{P.g('date_of_birth', P.DATE)}{P.TIME}\s+kam\s+(?:in|zu)\s+"
         rf"{P.g('place_of_birth', P.PLACE)}\s+{P.person_wrapping('given_names', 'family_name')}"
         r"\s+zur\s+Welt",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Zeynep Aydin, geboren in Bochum am 25. Juni 2008."
        (rf"{P.person('given_names', 'family_name')}\s*,?\s+(?:(?:ist|wurde)\s+)?geboren\s+"
         rf"(?:in|zu)\s+{P.g('place_of_birth', P.PLACE)}\s+am\s+{P.g('date_of_birth', P.DATE)}",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "In Bochum ist am 5. September 1978 das Kind Uwe Krüger geboren."
        (rf"\bIn\s+{P.g('place_of_birth', P.PLACE)}\s+(?:ist|wurde)\s+am\s+"
         rf"{P.g('date_of_birth', P.DATE)}{P.TIME}\s+(?:das\s+Kind\s+)?"
         rf"{P.person_wrapping('given_names', 'family_name')}\s+geboren",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (P.born_inverted("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Das Kind ist als weiblich eingetragen.", "Als Vater wurde Klaus Schulz eingetragen."
        (r"\bKind\s+ist\s+als\s+" + P.g("sex", r"weiblich|männlich|divers")
         + r"\s+eingetragen", {"sex": "sex"}),
        # "Das Kind ist ein Mädchen und erhielt die obigen Vornamen."
        # (not an option offered beside its box: "☐ Das Kind ist ein Mädchen.")
        (r"(?<![☐□☒✗✘xX]\s)(?<![☐□☒✗✘])\bDas\s+Kind\s+ist\s+ein\s+" + P.g("sex", r"Mädchen|Junge"),
         {"sex": "sex"}),
        (r"\b[Aa]ls\s+Vater\s+(?:wurde|ist)\s+" + P.full_name_wrapping("father_name")
         + r"\s+(?:eingetragen|angegeben|vermerkt|beurkundet)", {"father_name": "father_name"}),
        (r"\b[Aa]ls\s+Mutter\s+(?:wurde|ist)\s+" + P.full_name_wrapping("mother_name")
         + r"\s+(?:eingetragen|angegeben|vermerkt|beurkundet)", {"mother_name": "mother_name"}),
        # "Als Eltern sind eingetragen: Mutter Renate Wagner, Vater Sören Horst Köhler."
        (r"\bEltern\s+(?:sind|wurden|werden)\s+(?:eingetragen|angegeben|beurkundet):?\s+"
         r"Mutter\s+" + P.full_name_wrapping("mother_name") + r"\s*[,;]\s*(?:und\s+)?Vater\s+"
         + P.full_name_wrapping("father_name") + r"\s*[.;]",
         {"mother_name": "mother_name", "father_name": "father_name"}),
        # "Am 24 August 2025 wurde in Gelsenkirchen das Kind Tobias Strauß geboren."
        (rf"\bAm\s+{P.g('date_of_birth', P.DATE)}{P.TIME}\s+(?:wurde|ist)\s+(?:in|zu)\s+"
         rf"{P.g('place_of_birth', P.PLACE)}\s+(?:das\s+Kind\s+)?"
         rf"{P.person_wrapping('given_names', 'family_name')}\s+(?:geboren|zur\s+Welt)",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Geboren wurde Lucía Ionescu am 17.6.2026 in Essen."
        (rf"\bGeboren\s+(?:wurde|ist)\s+(?:das\s+Kind\s+)?"
         rf"{P.person_wrapping('given_names', 'family_name')}\s+am\s+"
         rf"{P.g('date_of_birth', P.DATE)}{P.TIME}\s+(?:in|zu)\s+{P.g('place_of_birth', P.PLACE)}",
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # "Eltern laut Eintrag: Francesca Ionescu (Mutter) und Andrei Ionescu (Vater)."
        (r"\bEltern\b[^:\n]{0,40}:\s+" + P.full_name_wrapping("mother_name")
         + r"\s*\(Mutter\)\s*(?:,|und|;)\s+" + P.full_name_wrapping("father_name")
         + r"\s*\(Vater\)", {"mother_name": "mother_name", "father_name": "father_name"}),
        (r"\bEltern\b[^:\n]{0,40}:\s+" + P.full_name_wrapping("father_name")
         + r"\s*\(Vater\)\s*(?:,|und|;)\s+" + P.full_name_wrapping("mother_name")
         + r"\s*\(Mutter\)", {"mother_name": "mother_name", "father_name": "father_name"}),
        # "Die Eltern des Kindes sind Lea Gößling und Lukas Gößling." (the mother named first)
        (r"\bEltern\s+des\s+Kindes\s+sind\s+" + P.full_name_wrapping("mother_name")
         + r"\s+und\s+" + P.full_name_wrapping("father_name") + r"\s*[.;]",
         {"mother_name": "mother_name", "father_name": "father_name"}),
        # "Die Mutter des Kindes ist Marie-Luise Meyer; …"
        (r"\b(?:Die\s+)?Mutter\s+(?:des\s+Kindes\s+)?ist\s+" + P.full_name("mother_name")
         + r"\s*[;,.]", {"mother_name": "mother_name"}),
        (r"\b(?:Der\s+)?Vater\s+(?:des\s+Kindes\s+)?ist\s+" + P.full_name("father_name")
         + r"\s*[;,.]", {"father_name": "father_name"}),
        # "Das Kind mit dem Vornamen Lena und dem Familiennamen Meyer ist in Witten am …
        # zur Welt gekommen."
        (r"\bKind\s+mit\s+dem\s+" + P.names_by_part("given_names", "family_name"),
         {"given_names": "given_names", "family_name": "family_name"}),
        (P.born_in_on("date_of_birth", "place_of_birth"),
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (P.born_named("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        # A birth register's entry: "In Hattingen wurde am 03.04.2025 von Amélie Meyer ein
        # Kind weiblichen Geschlechts geboren", "Ursula Schulz, wohnhaft in Witten, hat am
        # 21.10.1989 in Gelsenkirchen ein Kind männlichen Geschlechts geboren."
        (rf"\bIn\s+{P.g('place_of_birth', P.PLACE)}\s+(?:ist|wurde)\s+am\s+"
         rf"{P.g('date_of_birth', P.DATE)}{P.TIME}\s+von\s+{P.full_name_wrapping('mother_name')}"
         + _A_CHILD_OF_SEX, _REGISTER_BIRTH),
        (rf"{P.full_name('mother_name')}\s*,(?:\s+wohnhaft\s+in\s+{P.PLACE}\s*,)?\s+hat\s+am\s+"
         rf"{P.g('date_of_birth', P.DATE)}{P.TIME}\s+in\s+{P.g('place_of_birth', P.PLACE)}"
         + _A_CHILD_OF_SEX, _REGISTER_BIRTH),
        # "…, das die Vornamen Lucía erhalten hat", "Das Kind hat die Vornamen Lukas erhalten."
        (r"\b(?:das|Kind\s+hat)\s+die\s+Vornamen?\s+" + P.g("given_names", P.GIVEN_WRAPPING)
         + r"\s+erhalten", {"given_names": "given_names"}),
        (r"\bKind\s+führt\s+den\s+Familiennamen\s+" + P.g("family_name", P.FAMILY),
         {"family_name": "family_name"}),
        # (a name the child takes later by a declaration: "Das Kind führt auf Grund der
        # Erklärung vom 29. 12. 2025 den Familiennamen Bäcker.")
        (r"\bKind\s+führt\s+[\s\S]{0,60}?\bvom\s+" + P.DATE + r"\s+den\s+Familiennamen\s+"
         + P.g(P.CORRECTED + "family_name", P.FAMILY),
         {P.CORRECTED + "family_name": "family_name"}),
        # marginal notes that correct the entry later: "Durch Einbenennung vom … hat das Kind
        # den Familiennamen Meyer erhalten", "Der Vorname des Kindes ist durch Beschluß vom …
        # berichtigt in: Jörg."
        (r"\bhat\s+das\s+Kind\s+den\s+Familiennamen\s+"
         + P.g(P.CORRECTED + "family_name", P.FAMILY) + r"\s+erhalten",
         {P.CORRECTED + "family_name": "family_name"}),
        (r"\bVornamen?\s+des\s+Kindes\s+(?:ist|sind|wurde|wurden)\s+[\s\S]{0,60}?"
         r"berichtigt\s+(?:in|auf)\s*:?\s+"
         + P.g(P.CORRECTED + "given_names", P.NAMES_TO_PERIOD),
         {P.CORRECTED + "given_names": "given_names"}),
        *P.certificate_told(),
        (P.issued_on("issue_date"), {"issue_date": "issue_date"}),
        (P.place_and_date("issue_date"), {"issue_date": "issue_date"}),
    ),
    fields=(
        FieldSpec("family_name", ValueKind.NAME,
                  labels("Familienname des Kindes", "Geburtsname", *L.FAMILY_NAME),
                  keys=keys(*L.FAMILY_NAME_KEYS)),
        FieldSpec("given_names", ValueKind.NAME,
                  labels("Vornamen des Kindes", *L.GIVEN_NAMES),
                  keys=keys(*L.GIVEN_NAMES_KEYS)),
        FieldSpec("sex", ValueKind.SEX, labels(*L.SEX),
                  keys=keys(*L.SEX_KEYS)),
        FieldSpec("date_of_birth", ValueKind.DATE, labels(*L.DATE_OF_BIRTH),
                  keys=keys(*L.DATE_OF_BIRTH_KEYS)),
        FieldSpec("place_of_birth", ValueKind.PLACE, labels(*L.PLACE_OF_BIRTH),
                  keys=keys(*L.PLACE_OF_BIRTH_KEYS)),
        FieldSpec("mother_name", ValueKind.FULL_NAME,
                  labels("Mutter", "Name der Mutter", "Eltern: Mutter", "Mutter des Kindes",
                         "Elternteil 1", "Mother", "Name of mother", "Mother's name"),
                  keys=keys("mutter", "mother")),
        FieldSpec("father_name", ValueKind.FULL_NAME,
                  labels("Vater", "Name des Vaters", "Eltern: Vater", "Vater des Kindes",
                         "Elternteil 2", "Father", "Name of father", "Father's name"),
                  required=False,
                  keys=keys("vater", "father")),
        FieldSpec("registry_office", ValueKind.REGISTRY_OFFICE, labels(*L.REGISTRY_OFFICE),
                  keys=keys("standesamt")),
        FieldSpec("register_number", ValueKind.REGISTER_NUMBER, labels(*L.REGISTER_NUMBER),
                  keys=keys(*L.REGISTER_NUMBER_KEYS)),
        FieldSpec("issue_date", ValueKind.DATE, labels(*L.ISSUE_DATE),
                  keys=keys(*L.ISSUE_DATE_KEYS)),
    ),
)
