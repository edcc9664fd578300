"""``antrag_zulassung``: application to register a vehicle → Straßenverkehrsamt."""

from __future__ import annotations

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.common import address_fields
from schemas.types import Evb, Iban, Name, PastDate, Plate, PostalCode, Text, Vin


class AntragZulassung(CaseModel):
    """A valid application for vehicle registration with SEPA mandate."""

    holder_family_name: Name
    holder_given_names: Name
    holder_date_of_birth: PastDate
    street: Text
    house_number: Text
    postal_code: PostalCode
    city: Text
    vin: Vin
    evb_number: Evb
    desired_plate: Plate | None = None
    iban: Iban
    account_holder: Name



SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.REPRESENTATIVES, "vorbesitz", "vorhalter", "voreigent", "verkauf",
                   "vorherig", "bisherig", "vorig", "abhol"),
    own_parties=("halter", "antragst"),
    name="antrag_zulassung",
    queue=Queue.STRASSENVERKEHRSAMT,
    model=AntragZulassung,
    title_keys=(("zulassung",), ("kfz", "antrag"), ("fahrzeug", "antrag")),
    title_cues=("Antrag auf Zulassung", "Zulassung eines Fahrzeugs", "Fahrzeugzulassung",
                "Zulassungsantrag", "Antrag auf Zulassung eines Kraftfahrzeugs"),
    # The SEPA mandate is the form's second part, often its own page: a cue, not a title
    # (as a title it would start a new document when a batch is split).
    cues=("SEPA-Lastschriftmandat", "Fahrzeug", "FIN", "Fahrzeug-Identifizierungsnummer", "eVB",
          "Kraftfahrzeugsteuer", "Wunschkennzeichen", "IBAN", "Kontoinhaber", "Zulassungsbehörde",
          "Halter"),
    prose=(
        (P.born("holder_given_names", "holder_family_name", "holder_date_of_birth"),
         {"holder_given_names": "holder_given_names", "holder_family_name": "holder_family_name",
          "holder_date_of_birth": "holder_date_of_birth"}),
        (rf"wohnhaft\s+(?:in\s+)?{P.address('street', 'house_number', 'postal_code', 'city')}",
         {"street": "street", "house_number": "house_number", "postal_code": "postal_code",
          "city": "city"}),
        # a notice's decisions name the account's holder in a sentence ("Zahlungspflichtig
        # aus dem Lastschriftmandat ist Jana Nikolaidis.", "Das Lastschriftkonto lautet auf
        # Hans-Peter Schröder.")
        (rf"\b(?:Zahlungspflichtig|Kontoinhaber(?:in)?)\b[^.\n]{{0,60}}?\bist\s+"
         rf"{P.full_name_to_end('account_holder')}", {"account_holder": "account_holder"}),
        (r"\b(?:Lastschriftkonto|[Kk]onto)\s+lautet\s+auf\s+"
         + P.full_name_to_end("account_holder"),
         {"account_holder": "account_holder"}),
        (P.sender_block("holder_given_names", "holder_family_name", "street", "house_number",
                        "postal_code", "city"),
         {"holder_given_names": "holder_given_names", "holder_family_name": "holder_family_name",
          "street": "street", "house_number": "house_number", "postal_code": "postal_code",
          "city": "city"}),
    ),
    fields=(
        FieldSpec("holder_family_name", ValueKind.NAME,
                  labels("Name des Halters", "Familienname des Halters", "Halter: Name",
                         *L.FAMILY_NAME),
                  keys=keys(*L.FAMILY_NAME_KEYS)),
        FieldSpec("holder_given_names", ValueKind.NAME,
                  labels("Vorname des Halters", "Vornamen des Halters", *L.GIVEN_NAMES),
                  keys=keys(*L.GIVEN_NAMES_KEYS)),
        FieldSpec("holder_date_of_birth", ValueKind.DATE, labels(*L.DATE_OF_BIRTH),
                  keys=keys(*L.DATE_OF_BIRTH_KEYS)),
        *address_fields(),
        FieldSpec("vin", ValueKind.VIN,
                  labels("Fahrzeug-Identifizierungsnummer", "Fahrzeugidentifizierungsnummer",
                         "FIN", "Fahrgestellnummer", "Fahrzeug-Ident.-Nr.", "FIN (Feld E)",
                         "Identifizierungsnummer", "VIN", "Vehicle identification number"),
                  keys=keys("identifizierungsnummer", "fahrgestellnummer", ("fahrzeug", "nummer"),
                            ("fahrzeug", "ident"), ("fz", "ident"), ("vehicle", "ident"))),
        FieldSpec("evb_number", ValueKind.EVB,
                  labels("eVB-Nummer", "eVB", "Versicherungsbestätigung",
                         "elektronische Versicherungsbestätigung", "eVB-Nr.", "VB-Nummer",
                         "Insurance confirmation number", "eVB number"),
                  keys=keys("evb", "versicherungsbest", "deckung", ("versicherung", "nummer"))),
        FieldSpec("desired_plate", ValueKind.PLATE,
                  labels("Wunschkennzeichen", "gewünschtes Kennzeichen", "Kennzeichenwunsch",
                         "reserviertes Kennzeichen", "Kennzeichen", "Desired number plate",
                         "Desired registration number", "Number plate"),
                  required=False,
                  # "Wunschkennz.", "Kennz_Wunsch", "reserv. Kennz.": the shortened noun with
                  # what makes it the wished one ("Kennz." alone may be a "Kennziffer")
                  # ("Wunsch-Kz." shortens it further)
                  keys=keys("kennzeichen", ("number", "plate"), ("kennz", "wunsch"),
                            ("kennz", "reserv"), ("wunsch", "kz"))),
        FieldSpec("iban", ValueKind.IBAN, labels("IBAN", "Kontonummer (IBAN)", "IBAN-Nummer"),
                  keys=keys("iban")),
        FieldSpec("account_holder", ValueKind.FULL_NAME,
                  labels("Kontoinhaber", "Kontoinhaber(in)", "Kontoinhaberin",
                         "Name des Kontoinhabers", "Zahlungspflichtiger", "Kontoinhaber/in",
                         "Account holder", "Name of account holder", "Konto lautet auf"),
                  # "Inh. d. Kontos": the holder shortened, the account after it
                  keys=keys("kontoinhaber", "inhaber", ("konto", "inh"), ("account", "holder"),
                            "zahlend", "zahlungspflicht", "zahler", ("konto", "lautet"),
                            ("kontofuhrend", "person"), ("gehort", "konto"),
                            # an app's "Auf diesen Namen läuft dein Konto"
                            ("namen", "lauft", "konto"),
                            # "Name der kontoinhabenden Person", "Inh. (Kto.)", "Name auf
                            # dem Konto"; a SEPA mandate's giver is the account's holder
                            "kontoinhab", ("kto", "inh"), ("name", "auf", "konto"),
                            "mandatgeb")),
    ),
)
