"""``wohnungsgeberbestaetigung``: landlord's confirmation of move-in (§ 19 BMG)."""

from __future__ import annotations

from pydantic import field_validator

from intake.records import Queue
from schemas import labels as L
from schemas import prose as P
from schemas.base import CaseModel, DocumentType, FieldSpec, ValueKind, keys, labels
from schemas.types import IsoDate, Name, PostalCode, Text, check_move_in

# (An older form says "Hauswirt" for the landlord. Austria's registration law says
# "Unterkunft" for the dwelling, "Unterkunftgeber" for the landlord and "Unterkunftnehmer"
# for the persons who move in.)
DWELLING_ADDRESS = ("Anschrift der Wohnung", "Lage der Wohnung", "Adresse der Wohnung",
                    "Wohnung", "Address of the dwelling", "Address of the flat")
# (listed after each field's own wordings: a wording's place in the list ranks it)
LODGING_ADDRESS = ("Anschrift der Unterkunft", "Anschrift des Mietobjekts", "Mietobjekt")
# A bare "Anschrift" names the landlord's or the dwelling's address, by the section it
# stands in.
_STREET = L.STREET
_NUMBER = L.HOUSE_NUMBER
_POSTAL = L.POSTAL_CODE
_CITY = L.CITY


class Wohnungsgeberbestaetigung(CaseModel):
    """A valid landlord's confirmation."""

    landlord_name: Text
    landlord_address: Text
    move_in_date: IsoDate
    street: Text
    house_number: Text
    postal_code: PostalCode
    city: Text
    tenant_names: list[Name]

    @field_validator("move_in_date")
    @classmethod
    def _move_in_plausible(cls, value: str) -> str:
        check_move_in(value)
        return value

    @field_validator("tenant_names")
    @classmethod
    def _at_least_one(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one person moving in")
        return value


SPEC = DocumentType(
    # (values under a heading naming someone else are that person's)
    other_parties=(*L.REPRESENTATIVES, "verwalt", "auszieh", "vormiet"),
    own_parties=("wohnungsgeb", "vermiet", "einzieh", "mieter", "unterkunftgeb",
                 "unterkunftnehm", "hauswirt"),
    name="wohnungsgeberbestaetigung",
    queue=Queue.EINWOHNERMELDEAMT,
    model=Wohnungsgeberbestaetigung,
    # ("Whg.-Geber-Erkl.", "Vermietererkl.": a terminal's receipt shortens them)
    title_keys=(("wohnungsgeber",), ("whggeber",), ("vermieter", "erkl"),
                ("vermieter", "bestatigung"), ("vermieter", "bescheinigung"),
                ("einzug", "bestatigung"), ("einzug", "bescheinigung"),
                ("bezug", "bestatigung"), ("bezug", "bescheinigung"),
                # (older forms: "Bescheinigung des Hauswirts", "Bestätigung des
                # Hauseigentümers über den Zuzug")
                ("hauswirt",), ("hauseigentumer", "bestatigung"),
                ("hauseigentumer", "bescheinigung")),
    title_cues=("Wohnungsgeberbestätigung", "Bestätigung des Wohnungsgebers",
                "Wohnungsgeberbescheinigung", "Einzugsbestätigung", "§ 19 BMG"),
    cues=("Wohnungsgeber", "Vermieter", "Eigentümer", "Einzug", "meldepflichtige Personen",
          "eingezogen"),
    prose=(
        (r"ich\s*,\s+(?P<landlord_name>[^,\n]+(?:\n[^,\n]+)?)\s*,\s+wohnhaft\s+(?:in\s+)?"
         r"(?P<landlord_address>[^,]{3,80}?,\s*\d{5}\s+" + P.PLACE + r")",
         {"landlord_name": "landlord_name", "landlord_address": "landlord_address"}),
        (rf"am\s+{P.g('move_in_date', P.DATE)}\s+in\s+die\s+Wohnung\s+"
         rf"{P.address('street', 'house_number', 'postal_code', 'city')}",
         {"move_in_date": "move_in_date", "street": "street", "house_number": "house_number",
          "postal_code": "postal_code", "city": "city"}),
        *((pattern, {"move_in_date": "move_in_date", "street": "street",
                     "house_number": "house_number", "postal_code": "postal_code",
                     "city": "city"})
          for pattern in P.moved_into("move_in_date", "street", "house_number",
                                      "postal_code", "city")),
        # "Eingezogen sind Klaus Dieter Neumann und Bernd Neumann."
        (r"\b[Ee]ingezogen\s+(?:sind|ist)\s+(?P<tenant_names>[A-ZÀ-Þ][^.:()/\n]+?)\.",
         {"tenant_names": "tenant_names"}),
        # "im Auftrag der Vermieterin Jana Krause, Gartenstraße 53, 80469 München",
        # "… Wohnungsbau Ruhr GmbH (Große Weilstraße 36, 45276 Essen)"
        (r"\bVermieter\w*\s+(?P<landlord_name>[A-ZÄÖÜ][^,()\n]{2,60}?)\s*[,(]\s*"
         rf"{P.g('landlord_address', P.FULL_ADDRESS)}",
         {"landlord_name": "landlord_name", "landlord_address": "landlord_address"}),
        # a notice names the landlord by the role after the name ("Der Einzug wurde durch
        # Ruhrblick Hausverwaltung GmbH (Wohnungsgeber) elektronisch bestätigt.", "… von VBW
        # Bauen und Wohnen GmbH als Wohnungsgeber abgegeben.")
        (r"(?:durch|von)\s+(?P<landlord_name>[A-ZÄÖÜ][^,()\n]{2,60}?)\s*"
         r"(?:\((?:Wohnungsgeber|Vermieter)(?:in|/in)?\)|als\s+(?:Wohnungsgeber|Vermieter)\w*\b)",
         {"landlord_name": "landlord_name"}),
        # "Als Tag Ihres Einzugs wurde der 29. Oktober 2026 im Melderegister gespeichert."
        (rf"Tag\s+(?:Ihres|des)\s+Einzugs\s+(?:wurde|ist)\s+(?:der\s+)?"
         rf"{P.g('move_in_date', P.DATE)}", {"move_in_date": "move_in_date"}),
        (r"eingezogen(?:\s+ist/sind|\s+sind|\s+ist)?\s*:\s*\n"
         r"(?P<tenant_names>(?:[ \t]*[–\-•·*][ \t]*[^\n]+\n)+)",
         {"tenant_names": "tenant_names"}),
    ),
    sections={
        "landlord": ("Wohnungsgeber", "Angaben zum Wohnungsgeber", "Vermieter",
                     "Angaben zum Vermieter", "Wohnungsgeber/Vermieter", "Eigentümer",
                     "Unterkunftgeber"),
        "dwelling": ("Anschrift der Wohnung", "Lage der Wohnung", "Angaben zur Wohnung",
                     "Wohnung", "Die Wohnung", "Bezogene Wohnung", "Überlassene Unterkunft"),
    },
    fields=(
        FieldSpec("landlord_name", ValueKind.PARTY, section="landlord", labels=
                  labels("Name des Wohnungsgebers", "Name / Firma des Wohnungsgebers",
                         "Name oder Firma des Wohnungsgebers", "Wohnungsgeber",
                         "Name Wohnungsgeber",
                         "Vermieter", "Name des Vermieters", "Eigentümer",
                         "Name und Anschrift des Wohnungsgebers", "Landlord", "Name of landlord",
                         "Name of the landlord", "Name des Hauswirts",
                         "Name des Hauseigentümers"),
                  # "Wer stellt die Wohnung zur Verfügung?": who provides the dwelling
                  # ... or who lets it (§ 19 BMG: "wer einem anderen eine Wohnung ...
                  # überlässt")
                  keys=keys(("wohnungsgeb", "name"), "wohnungsgeb", "vermiet", "eigentum",
                            "landlord", ("verfugung", "stell"), "uberlassend", "whggeber",
                            # a sheet's "WG_Name" (WG for Wohnungsgeber)
                            ("wg", "name"), "unterkunftgeb", "hauswirt",
                            # an app's "Von dieser Person bzw. Firma mietest du"
                            ("mietest", "du"))),
        FieldSpec("landlord_address", ValueKind.ADDRESS_LINE, section="landlord", labels=
                  labels("Anschrift des Wohnungsgebers", "Anschrift Wohnungsgeber",
                         "Adresse des Wohnungsgebers", "Anschrift des Vermieters",
                         "Adresse des Vermieters", "Anschrift Vermieter", "Anschrift",
                         "Adresse", "Address of landlord", "Landlord's address",
                         "Wohnung des Hauswirts", "Anschrift des Hauswirts",
                         "Anschrift des Hauseigentümers"),
                  keys=keys(("anschrift", "wohnungsgeb"), ("adresse", "wohnungsgeb"),
                            ("anschrift", "vermiet"), ("adresse", "vermiet"), "postanschrift",
                            ("anschrift", "eigentum"), ("anschrift", "verwalt"),
                            ("adresse", "eigentum"), ("adresse", "verwalt"),
                            ("address", "landlord"), ("anschrift", "uberlassend"),
                            ("anschrift", "whggeber"), ("adresse", "whggeber"),
                            ("adr", "whggeber"),
                            ("adresse", "uberlassend"), ("wohnort", "vermiet"),
                            ("wohnort", "wohnungsgeb"), ("wohnsitz", "vermiet"),
                            ("wohnsitz", "wohnungsgeb"), ("wg", "anschrift"),
                            ("anschrift", "unterkunftgeb"), ("adresse", "unterkunftgeb"),
                            # (an older form's "Wohnung des Hauswirts")
                            ("anschrift", "hauswirt"), ("wohnung", "hauswirt"),
                            # ("Wohnungsgeber wohnhaft bzw. ansässig in", "Sitz des
                            # Vermieters")
                            ("wohnhaft", "wohnungsgeb"), ("ansassig", "wohnungsgeb"),
                            ("wohnhaft", "vermiet"), ("ansassig", "vermiet"),
                            ("sitz", "wohnungsgeb"), ("sitz", "vermiet"),
                            # (the landlord named with an address for a value: "Hier
                            # erreichst du deinen Vermieter")
                            ("erreich", "vermiet"), ("erreich", "wohnungsgeb"))),
        FieldSpec("move_in_date", ValueKind.DATE,
                  labels("Einzug am", "Tag des Einzugs", "Einzugsdatum", "Datum des Einzugs",
                         "Date of moving in", "Moving-in date", "Move-in date",
                         "ist am", "eingezogen am"),
                  keys=keys(*L.MOVE_IN_KEYS)),
        FieldSpec("street", ValueKind.STREET,
                  labels(*DWELLING_ADDRESS, *_STREET, *LODGING_ADDRESS),
                  section="dwelling",
                  keys=keys(*L.STREET_KEYS)),
        FieldSpec("house_number", ValueKind.HOUSE_NUMBER,
                  labels(*DWELLING_ADDRESS, *_NUMBER, *LODGING_ADDRESS), section="dwelling",
                  keys=keys(*L.HOUSE_NUMBER_KEYS)),
        FieldSpec("postal_code", ValueKind.POSTAL_CODE,
                  labels(*DWELLING_ADDRESS, *_POSTAL, *LODGING_ADDRESS), section="dwelling",
                  keys=keys(*L.POSTAL_CODE_KEYS)),
        FieldSpec("city", ValueKind.CITY,
                  labels(*DWELLING_ADDRESS, *_CITY, *LODGING_ADDRESS),
                  section="dwelling",
                  keys=keys(*L.CITY_KEYS)),
        FieldSpec("tenant_names", ValueKind.NAME_LIST,
                  labels("Namen der meldepflichtigen Personen", "meldepflichtige Personen",
                         "Name der meldepflichtigen Person", "eingezogene Personen",
                         "Mieter", "Namen der Mieter", "Folgende Personen",
                         "Name der einziehenden Personen", "einziehende Personen", "Tenants",
                         "Persons moving in", "Names of the persons moving in"),
                  keys=keys("einzieh", "eingezogen", "zugezogen", "meldepflichtig", "mieter",
                            "tenant", ("moving", "in"), "bewohner", "mietpartei",
                            # ("Welche Personen wohnen jetzt …?")
                            ("personen", "wohnen"), "unterkunftnehm",
                            # ("Diese Person zieht bei dir ein")
                            ("zieht", "ein"), ("ziehen", "ein"))),
    ),
)
