"""``eheurkunde``: marriage certificate → Standesamt.

Both spouses are printed with the same labels; the first occurrence in reading order
belongs to spouse 1, the second to spouse 2.
"""

from __future__ import annotations

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.types import (
    MarriageRegisterNumber,
    Name,
    PastDate,
    Text,
)


class Eheurkunde(CaseModel):
    """A valid marriage certificate."""

    spouse1_family_name: Name
    spouse1_given_names: Name
    spouse1_date_of_birth: PastDate
    spouse2_family_name: Name
    spouse2_given_names: Name
    spouse2_date_of_birth: PastDate
    marriage_date: PastDate
    marriage_place: Text
    registry_office: Text
    register_number: MarriageRegisterNumber
    issue_date: PastDate


def _spouse(n: int) -> tuple[FieldSpec, ...]:
    return (
        # A person's label that only the stems name is the n-th label of the field
        # ("alle Vorn." after the first spouse's "Vornamen"); the stems also say what a
        # header's remark names ("DATUM" over "(GEB.)").
        FieldSpec(f"spouse{n}_family_name", ValueKind.NAME,
                  labels(*L.FAMILY_NAME, "Familienname nach der Eheschließung", "Geburtsname"),
                  occurrence=n - 1, keys=keys(*L.FAMILY_NAME_KEYS)),
        FieldSpec(f"spouse{n}_given_names", ValueKind.NAME,
                  labels(*L.GIVEN_NAMES), occurrence=n - 1, keys=keys(*L.GIVEN_NAMES_KEYS)),
        FieldSpec(f"spouse{n}_date_of_birth", ValueKind.DATE,
                  labels(*L.DATE_OF_BIRTH), occurrence=n - 1,
                  keys=keys(*L.DATE_OF_BIRTH_KEYS)),
    )


SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=L.WITNESSES,
    own_parties=("ehegatt", "ehepartn", "eheschlie", "ehefrau", "ehemann"),
    name="eheurkunde",
    queue=Queue.STANDESAMT,
    # its register's letter ("E 123/2025"), as evidence of the type
    extra={"register_letter": "E"},
    model=Eheurkunde,
    title_keys=(("ehe", "urkunde"), ("heirat", "urkunde"), ("eheregister",),
                ("eheschliessung", "urkunde"), ("ehe", "register"), ("heiratsbuch",),
                ("heirat", "register"), ("heirat", "eintrag")),
    title_cues=("Eheurkunde", "Eheregister", "Auszug aus dem Eheregister", "Heiratsurkunde"),
    cues=("Eheschließung", "Ehe geschlossen", "Ehegatte", "Ehegatten", "Ehefrau", "Ehemann",
          "Standesamt", "Trauung", "getraut", "Ehepartner", "Ehepartnerin"),
    prose=(
        (rf"Standesamt\s+{P.g('marriage_place', P.PLACE)}\s+haben\s+am\s+"
         rf"{P.g('marriage_date', P.DATE)}", {"marriage_place": "marriage_place",
                                              "marriage_date": "marriage_date"}),
        # (… "vor dem Standesbeamten in Bochum die Ehe geschlossen")
        (rf"(?:haben|wurde|sind)\s+am\s+{P.g('marriage_date', P.DATE)}\s+"
         rf"(?:in|vor\s+dem\s+Standesamt(?:\s+in)?|vor\s+(?:dem|der)\s+Standesbeamt\w*\s+in)\s+"
         rf"{P.g('marriage_place', P.PLACE)}"
         r"(?:\s+vor\s+(?:dem|der)\s+Standesbeamt\w*)?\s+(?:die\s+Ehe|geheiratet|geschlossen)",
         {"marriage_place": "marriage_place", "marriage_date": "marriage_date"}),
        (P.born("g1", "f1", "d1") + r"(?:\s+in\s+" + P.PLACE + r")?[\s.,;:]+und\s+"
         + P.born("g2", "f2", "d2"),
         {"g1": "spouse1_given_names", "f1": "spouse1_family_name", "d1": "spouse1_date_of_birth",
          "g2": "spouse2_given_names", "f2": "spouse2_family_name",
          "d2": "spouse2_date_of_birth"}),
        # "In Dortmund wurde am 24. Apr. 2007 die Ehe zwischen Lea Kühn und Zoë Meyer
        # geschlossen."
        (rf"\bIn\s+{P.g('marriage_place', P.PLACE)}\s+(?:wurde|haben)\s+am\s+"
         rf"{P.g('marriage_date', P.DATE)}\s+die\s+Ehe\s+zwischen\s+"
         + P.person_wrapping("g1", "f1") + r"\s+und\s+" + P.person_wrapping("g2", "f2")
         + r"\s+geschlossen",
         {"marriage_place": "marriage_place", "marriage_date": "marriage_date",
          "g1": "spouse1_given_names", "f1": "spouse1_family_name",
          "g2": "spouse2_given_names", "f2": "spouse2_family_name"}),
        (P.married_between("g1", "f1", "g2", "f2", "marriage_date", "marriage_place"),
         {"marriage_place": "marriage_place", "marriage_date": "marriage_date",
          "g1": "spouse1_given_names", "f1": "spouse1_family_name",
          "g2": "spouse2_given_names", "f2": "spouse2_family_name"}),
        # the spouses on two lines of their own ("Lea Kühn (geb. 30. März 1951)")
        (r"^[ \t]*" + P.born("g1", "f1", "d1") + r"[ \t]*\n[ \t]*" + P.born("g2", "f2", "d2"),
         {"g1": "spouse1_given_names", "f1": "spouse1_family_name", "d1": "spouse1_date_of_birth",
          "g2": "spouse2_given_names", "f2": "spouse2_family_name",
          "d2": "spouse2_date_of_birth"}),
        # a register entry's spouses, each on a line of their own (a place or a source may
        # follow, and wrap once): "Greta von Ahlen, geboren am 5. 10. 1973, geboren zu …"
        *((P.born_entry("g1", "f1", "d1", inverted) + r"[^\n]*\n(?:[^\n]*\n)??"
           + P.born_entry("g2", "f2", "d2", inverted),
           {"g1": "spouse1_given_names", "f1": "spouse1_family_name",
            "d1": "spouse1_date_of_birth", "g2": "spouse2_given_names",
            "f2": "spouse2_family_name", "d2": "spouse2_date_of_birth"})
          for inverted in (False, True)),
        # "Vor dem … Standesbeamten erschienen heute zum Zwecke der Eheschließung die
        # Verlobten in Witten am 2. August 2004:"
        (rf"\bVerlobten\s+in\s+{P.g('marriage_place', P.PLACE)}\s+am\s+"
         rf"{P.g('marriage_date', P.DATE)}",
         {"marriage_place": "marriage_place", "marriage_date": "marriage_date"}),
        # a marginal note that corrects the entry later
        *(P.corrected_later(noun, ordinal, r"Ehegatten", f"spouse{n}_{field}", pattern)
          for n, ordinal in ((1, "ersten"), (2, "zweiten"))
          for noun, field, pattern in ((r"Vornamen?", "given_names", P.NAMES_TO_PERIOD),
                                       (r"(?:Familienname|Geburtsname|Name)",
                                        "family_name", P.FAMILY))),
        # "Ioana Nikolaidis und Sophie Hoffmann haben am 22. April 1978 … geheiratet."
        (P.person("g1", "f1") + r"[ \t]+und[ \t]+" + P.person("g2", "f2")
         + r"\s+(?:haben|sind|wurden)\s+am\s+" + P.DATE,
         {"g1": "spouse1_given_names", "f1": "spouse1_family_name",
          "g2": "spouse2_given_names", "f2": "spouse2_family_name"}),
        *P.certificate_told(),
        (P.issued_on("issue_date"), {"issue_date": "issue_date"}),
        (P.place_and_date("issue_date"), {"issue_date": "issue_date"}),
    ),
    fields=(
        *_spouse(1),
        *_spouse(2),
        FieldSpec("marriage_date", ValueKind.DATE,
                  labels("Tag der Eheschließung", "Datum der Eheschließung", "Eheschließung am",
                         "Datum der Heirat", "Tag der Heirat", "Date of marriage", "Heirat am",
                         "verheiratet am", "getraut am", "Eheschließung erfolgt am"),
                  keys=keys(("eheschl", "tag"), ("eheschl", "dat"), ("heirat", "tag"),
                            ("heirat", "dat"), ("trauung", "tag"), ("trauung", "dat"),
                            ("date", "marriage"), ("ehe", "eingegangen"), ("getraut", "am"),
                            ("geschlossen", "am"), ("geschlossen", "dat"), ("hochzeit", "tag"),
                            ("hochzeit", "dat"))),
        FieldSpec("marriage_place", ValueKind.PLACE,
                  labels("Ort der Eheschließung", "Eheschließungsort", "Ort der Heirat",
                         "Place of marriage", "Eheschließung in", "Ort der Trauung", "Trauort",
                         "geheiratet in", "Heiratsort", "Heirat in", "Ehe geschlossen in",
                         "Eheschließung erfolgt in"),
                  keys=keys(("eheschl", "ort"), ("heirat", "ort"), ("trau", "ort"),
                            ("place", "marriage"), ("getraut", "in"), ("heirat", "in"),
                            ("geschlossen", "in"), ("geschlossen", "ort"), ("hochzeit", "ort"),
                            ("hochzeit", "stadt"), ("vollzogen", "in"),
                            ("eheschl", "gemeinde"), ("heirat", "gemeinde"))),
        FieldSpec("registry_office", ValueKind.REGISTRY_OFFICE, labels(*L.REGISTRY_OFFICE),
                  keys=keys("standesamt")),
        FieldSpec("register_number", ValueKind.REGISTER_NUMBER, labels(*L.REGISTER_NUMBER),
                  keys=keys(*L.REGISTER_NUMBER_KEYS)),
        FieldSpec("issue_date", ValueKind.DATE, labels(*L.ISSUE_DATE),
                  keys=keys(*L.ISSUE_DATE_KEYS)),
    ),
)
