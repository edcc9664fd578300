"""``aufenthaltstitel_antrag``: application for a residence permit → Ausländerbehörde."""

from __future__ import annotations

from pydantic import model_validator

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.common import address_fields
from schemas.types import (
    IsoDate,
    Name,
    Nationality,
    PassportNumber,
    PastDate,
    PostalCode,
    Purpose,
    Text,
    check_not_before,
)


class AufenthaltstitelAntrag(CaseModel):
    """A valid application for a residence permit."""

    family_name: Name
    given_names: Name
    date_of_birth: PastDate
    place_of_birth: Text
    nationality: Nationality
    passport_number: PassportNumber
    passport_expiry_date: IsoDate
    entry_date: PastDate
    purpose: Purpose
    street: Text
    house_number: Text
    postal_code: PostalCode
    city: Text

    @model_validator(mode="after")
    def _dates_in_order(self) -> AufenthaltstitelAntrag:
        check_not_before(self.entry_date, self.date_of_birth, "entry_date: entry before birth")
        return self


# A weekday before a date in a letter or e-mail ("am Di., 10.06.2025").
_WEEKDAY = (r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+"
            r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s+(?:den\s+)?)?")


SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.REPRESENTATIVES, "einladend", "gastgeber", "verpflichtung",
                   "familienangehorig", "verwandt", "referenz", "nachzug", "stammberecht",
                   "bezugsperson", "mitreis", "ehegatt", "ehepartn", "kind"),
    own_parties=("antragst", "beantragt", "ausland", "hauptperson"),
    name="aufenthaltstitel_antrag",
    queue=Queue.AUSLAENDERBEHOERDE,
    model=AufenthaltstitelAntrag,
    title_keys=(("aufenthalt", "antrag"), ("aufenthaltstitel",), ("aufenthaltserlaubnis",),
                ("niederlassungserlaubnis",), ("aufenthalt", "erteilung")),
    title_cues=("Antrag auf Erteilung eines Aufenthaltstitels", "Aufenthaltstitel",
                "Aufenthaltserlaubnis", "Antrag auf Aufenthaltserlaubnis",
                "Niederlassungserlaubnis", "Ausländerbehörde"),
    cues=("Einreise", "Reisepass", "Pass", "Aufenthaltszweck", "Zweck des Aufenthalts",
          "Staatsangehörigkeit", "AufenthG"),
    prose=(
        (P.born("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (r"(?:Reise)?[Pp]ass\w*\s+(?:mit\s+der\s+)?(?:Nummer|Nr\.?)\s+"
         r"(?P<passport_number>[A-Z0-9]{6,10})", {"passport_number": "passport_number"}),
        (P.born_named("given_names", "family_name", "date_of_birth", "place_of_birth"),
         {"given_names": "given_names", "family_name": "family_name",
          "date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (rf"\bEinreise\b[^.\n]{{0,40}}?\berfolgte\s+am\s+{_WEEKDAY}{P.g('entry_date', P.DATE)}",
         {"entry_date": "entry_date"}),
        (P.born_myself("date_of_birth", "place_of_birth"),
         {"date_of_birth": "date_of_birth", "place_of_birth": "place_of_birth"}),
        (P.my_nationality("nationality"), {"nationality": "nationality"}),
        # "Mein Reisepass … ist bis zum 5. Oktober 2032 gültig", "… gültig bis 05.10.2032"
        # ("Der Reisepass Nr. L0087431 ist bis 13. Juni 2029 gültig": "Nr." ends no sentence)
        (r"[Pp]ass\w*\b(?:Nr\.|[^.]){0,80}?\b(?:bis\s+(?:zum\s+)?"
         rf"{P.g('passport_expiry_date', P.DATE)}\s+gültig"
         r"|gültig\s+bis\s+(?:zum\s+)?(?P<expiry2>" + P.DATE + "))",
         {"passport_expiry_date": "passport_expiry_date", "expiry2": "passport_expiry_date"}),
        # "beantrage ich die Erteilung einer Aufenthaltserlaubnis für den Nachzug zu meinem
        # Ehegatten", "… zum Zweck des Studiums", "… eines Aufenthalts aus humanitären
        # Gründen": the purpose the letter names
        (r"Aufenthalts(?:erlaubnis|titels?)?\s+(?:für|zum|zur|zwecks|aus)\s+"
         r"(?P<purpose>[^.]{3,80})", {"purpose": "purpose"}),
        (rf"am\s+{_WEEKDAY}{P.g('entry_date', P.DATE)}\s+(?:in\s+die\s+Bundesrepublik"
         r"(?:\s+Deutschland)?|nach\s+Deutschland)\s+(?:eingereist|gekommen|angekommen)",
         {"entry_date": "entry_date"}),
        # "Mein Pass läuft am So., 18.11.2035 ab."
        (rf"[Pp]ass\w*\s+läuft\s+(?:am\s+)?{_WEEKDAY}"
         rf"{P.g('passport_expiry_date', P.DATE)}\s+ab\b",
         {"passport_expiry_date": "passport_expiry_date"}),
        (P.sender_block("given_names", "family_name", "street", "house_number", "postal_code",
                        "city"),
         {"given_names": "given_names", "family_name": "family_name", "street": "street",
          "house_number": "house_number", "postal_code": "postal_code", "city": "city"}),
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
        FieldSpec("nationality", ValueKind.NATIONALITY, labels(*L.NATIONALITY),
                  keys=keys(*L.NATIONALITY_KEYS)),
        FieldSpec("passport_number", ValueKind.PASSPORT_NUMBER,
                  labels("Passnummer", "Reisepassnummer", "Pass-Nr.", "Nummer des Passes",
                         "Reisepass Nr.", "Passnr.", "Nr. des Reisepasses", "Passport No.",
                         "Passport number"),
                  keys=keys(("pass", "nummer"), ("pass", "nr"), ("ausweis", "nummer"),
                            ("ausweis", "nr"), ("dokument", "nummer"),
                            "reisedokument", ("reisedok", "nr"))),
        FieldSpec("passport_expiry_date", ValueKind.DATE,
                  labels("gültig bis", "Pass gültig bis", "Ablaufdatum", "Gültigkeitsdauer",
                         "Gültig bis", "Ablaufdatum des Passes", "Date of expiry", "Valid until",
                         "Expiry date", "Pass läuft ab", "läuft ab am", "Ende der Gültigkeit"),
                  # "Bis zu welchem Tag gilt Ihr Pass?"
                  keys=keys("gultig", "ablauf", "expir", ("valid", "until"), ("pass", "lauft"),
                            ("lauft", "ab"), ("gilt", "pass"))),
        FieldSpec("entry_date", ValueKind.DATE,
                  labels("Tag der Einreise", "Einreisedatum", "Datum der Einreise",
                         "eingereist am", "Einreise am", "Einreise", "Date of entry",
                         "Entry date"),
                  # "Wann sind Sie nach Deutschland gekommen?"
                  keys=keys("einreise", "eingereist", "ankunft", ("date", "entry"),
                            ("deutschland", "gekommen"))),
        FieldSpec("purpose", ValueKind.PURPOSE,
                  labels("Zweck des Aufenthalts", "Aufenthaltszweck", "Zweck",
                         "Grund des Aufenthalts", "beantragter Aufenthaltszweck",
                         "Purpose of stay", "Purpose of residence", "Purpose"),
                  # "Wofür wird der Aufenthaltstitel benötigt?", "Warum möchten Sie länger in
                  # Deutschland bleiben?": the question asks the purpose
                  keys=keys("zweck", "aufenthaltsgrund", ("grund", "antrag"),
                            ("grund", "aufenthalt"), ("anlass", "aufenthalt"), "purpose",
                            "wofur", "wozu", "warum")),
        *address_fields(),
    ),
)
