"""The thirty-ninth wording pool and the printing habits of the thirty-fifth extra pair.

``TEAROFF_LABELS`` (the printed labels of a sheet made of detachable parts: a city's multi-part
form set, a stationery publisher's form pad, an office's fold-up reply form), ``TEAROFF_STUB``
(the short labels of a counterfoil or a receipt that repeats a few values), ``TEAROFF_HEADS``,
``TEAROFF_TITLES``, ``TEAROFF_PURPOSE_SLIPS`` (the purpose-bound certificates a registry office
prints below a certificate) and ``TEAROFF_WORDS`` (part names, cutting notes, receipts, payment
slips, reply panels, imprints) belong to the ``tearoff`` layout; ``SCREEN_LABELS`` (the labels of
a summary screen in a city's app or an online service, seen on a phone), ``SCREEN_MAIL`` (the key
lines of a landlord's e-mail), ``SCREEN_BANK`` (a banking app's account screen), ``SCREEN_PROSE``
(the sentences of text messages and e-mails that carry a value), ``SCREEN_HEADS``,
``SCREEN_TITLES``, ``CERT_VIEW_TITLES``, ``CERT_HEADS`` and ``SCREEN_WORDS`` (app names, buttons,
notifications, captions) to the ``screenshot`` layout; ``CERT_LABELS`` (a certificate's labels)
to both. They are used only by the layouts in ``EXTRA35_LAYOUTS`` of ``samples.generate``. They
are a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra35``, nor tune on those layouts' failures. None of the label strings
repeats a string of the thirty-eight other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this).

The module also prints dates (numeric, unpadded, long, three-letter months, day / month / year
boxes, ISO, the phone's abbreviated months, weekdays), sex, nationality and the choice values as
these layouts do. The ground truth stays the catalog's normalised value. Every string stays
inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

# --- dates ---------------------------------------------------------------------------------------

#: three-letter months as a form pad's date stamp sets them
MONTHS_DIN35: Final = ("Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
                       "Nov", "Dez")
#: abbreviated months as a phone's German locale sets them
MONTHS_APP35: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                       "Okt.", "Nov.", "Dez.")
WEEKDAYS35: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")

#: how a sheet of detachable parts prints a day ("boxes": day, month and year in boxes)
TEAROFF_DATE_STYLES: Final = ("numeric", "long", "boxes", "din", "unpadded", "numeric")
#: how a phone screen prints a day
SCREEN_DATE_STYLES: Final = ("numeric", "iso", "app", "weekday", "long", "numeric")


def date35(d: date, style: str) -> str:
    """``d`` as this pair prints it (always with a four-digit year)."""
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "boxes":
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "din":
        return f"{d.day:02d} {MONTHS_DIN35[d.month - 1]} {d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "app":
        return f"{d.day}. {MONTHS_APP35[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS35[d.weekday()]} {d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {date35(d, s) for s in (*TEAROFF_DATE_STYLES, *SCREEN_DATE_STYLES)}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER35: Final = ("F", "M", "D", "X")
SEX_WORD35: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "ohne Angabe"}
#: the letters a form pad prints beside its boxes (the German initials)
SEX_LETTER35: Final[dict[str, str]] = {"F": "W", "M": "M", "D": "D", "X": "o. A."}

#: "tick": boxes with the words, "letters": boxes with the letters, "word", "letter"
TEAROFF_SEX_MODES: Final = ("tick", "word", "letters", "letter", "tick")
#: "word", "dropdown" (a drop-down field showing the chosen word), "radio" (all options, one set)
SCREEN_SEX_MODES: Final = ("word", "dropdown", "radio", "word")


def sex_text(code: str, mode: str) -> str:
    if mode in ("letter", "letters"):
        return SEX_LETTER35[code]
    return SEX_WORD35[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD35[code], SEX_LETTER35[code]}


#: ISO alpha-2 codes of the pool's nationalities, as apps print them beside the country
ALPHA2: Final[dict[str, str]] = {
    code: two for code, two in (pair.split(":") for pair in (
        "DEU:DE", "TUR:TR", "POL:PL", "SYR:SY", "UKR:UA", "ITA:IT", "ESP:ES", "FRA:FR", "GRC:GR",
        "ROU:RO", "IND:IN", "VNM:VN", "AFG:AF", "NGA:NG", "CHN:CN", "USA:US", "BRA:BR", "IRN:IR",
        "EGY:EG", "MAR:MA"))}

TEAROFF_NATIONALITY_MODES: Final = ("adjective", "country", "upper", "adjective")
SCREEN_NATIONALITY_MODES: Final = ("country", "adjective", "alpha2", "country")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "alpha2":
        return f"{country} ({ALPHA2[code]})"
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, adjective.upper(), f"{country} ({ALPHA2[code]})"}


PURPOSE_ORDER35: Final = ("study", "employment", "family", "humanitarian", "other")
#: (tearoff, screenshot)
PURPOSE35: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium bzw. studienvorbereitende Maßnahme (Zulassung beigefügt)",
              "Studium – Einschreibung an einer deutschen Hochschule"),
    "employment": ("Erwerbstätigkeit als Arbeitnehmer/in (Arbeitsplatzangebot beigefügt)",
                   "Arbeit – Beschäftigung bei einem Arbeitgeber in Deutschland"),
    "family": ("Familiennachzug bzw. Zusammenleben mit Angehörigen",
               "Familie – Zusammenleben mit Angehörigen in Deutschland"),
    "humanitarian": ("Schutz aus völkerrechtlichen, humanitären oder politischen Gründen",
                     "Schutz – aus humanitären oder politischen Gründen"),
    "other": ("anderer Aufenthaltszweck (bitte auf gesondertem Blatt erläutern)",
              "Ein anderer Grund (Erläuterung im Anhang)"),
}
DWELLING_ORDER35: Final = ("main", "secondary")
#: (tearoff, screenshot)
DWELLING35: Final[dict[str, tuple[str, str]]] = {
    "main": ("Hauptwohnung (alleinige bzw. vorwiegend genutzte Wohnung)",
             "Das ist meine Hauptwohnung"),
    "secondary": ("Nebenwohnung (weitere, nicht vorwiegend genutzte Wohnung)",
                  "Das ist eine Nebenwohnung"),
}
#: whether the landlord owns the dwelling: (tearoff, screenshot)
ROLE35: Final[dict[bool, tuple[str, str]]] = {
    True: ("Wohnungsgeber ist selbst Eigentümer der Wohnung", "Ja, die Wohnung gehört mir selbst"),
    False: ("nicht Eigentümer/in, sondern beauftragte Verwaltung",
            "Nein, ich verwalte sie für die Eigentümer"),
}
#: the kind of identity document: (tearoff, screenshot)
ID_KINDS35: Final[dict[str, tuple[str, str]]] = {
    "P": ("Reisepass (Datenseite abgelichtet)", "Foto vom Reisepass (Datenseite)"),
    "I": ("Personalausweis bzw. ID-Karte (Vorder- und Rückseite abgelichtet)",
          "Foto vom Ausweis (beide Seiten)"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE35[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING35[code]


# --- tearoff: a sheet made of detachable parts ---------------------------------------------------

#: per field: three labels (a city's multi-part form set, a stationery publisher's form pad, an
#: office's fold-up reply form)
TEAROFF_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname – bitte in Druckbuchstaben", "Familiennamen eintragen",
                    "Familienname laut Personaldokument"),
    "given_names": ("Vornamen (in Druckbuchstaben, Rufname unterstrichen)",
                    "alle Vornamen eintragen", "Vornamen laut Personaldokument"),
    "birth_name": ("Geburtsname (in Druckbuchstaben, nur falls abweichend)",
                   "Geburtsnamen eintragen (nur falls abweichend)",
                   "Geburtsname laut Personaldokument"),
    "date_of_birth": ("Geburtsdatum in Ziffern (TT MM JJJJ)", "Geburtsdatum eintragen",
                      "Geburtsdatum laut Personaldokument"),
    "place_of_birth": ("Geburtsort (in Druckbuchstaben, ggf. Staat)", "Geburtsort eintragen",
                       "Geburtsort laut Personaldokument"),
    "sex": ("Geschlecht (bitte ein Kästchen ankreuzen)", "Geschlecht eintragen bzw. ankreuzen",
            "Geschlechtseintrag laut Personaldokument"),
    "nationality": ("Staatsangehörigkeit (in Druckbuchstaben)", "Staatsangehörigkeit eintragen",
                    "Staatsangehörigkeit laut Personaldokument"),
    "marital": ("Familienstand (in Druckbuchstaben)", "Familienstand eintragen",
                "Familienstand laut eigener Erklärung"),
    "phone": ("Telefon für Rückfragen (freiwillig, Ziffern)", "Rufnummer eintragen (freiwillig)",
              "Rufnummer laut eigener Erklärung"),
    "street": ("Straße (in Druckbuchstaben, ohne Hausnummer)", "Straße eintragen",
               "Straße laut Mietvertrag bzw. Meldeadresse"),
    "house_number": ("Hausnummer (Ziffern, ggf. Buchstabe)", "Hausnummer eintragen",
                     "Hausnummer laut Mietvertrag bzw. Meldeadresse"),
    "postal_code": ("Postleitzahl (genau fünf Ziffern)", "Postleitzahl eintragen",
                    "Postleitzahl laut Mietvertrag bzw. Meldeadresse"),
    "city": ("Gemeinde bzw. Stadt (in Druckbuchstaben)", "Gemeinde bzw. Stadt eintragen",
             "Gemeinde laut Mietvertrag bzw. Meldeadresse"),
    "street_line": ("Straße und Hausnummer (in Druckbuchstaben)",
                    "Straße und Hausnummer eintragen",
                    "Straße und Hausnummer laut Mietvertrag bzw. Meldeadresse"),
    "city_line": ("Postleitzahl und Gemeinde (in Druckbuchstaben)",
                  "Postleitzahl und Gemeinde eintragen",
                  "Postleitzahl und Gemeinde laut Mietvertrag bzw. Meldeadresse"),
    "address_line": ("Anschrift in einer Zeile (in Druckbuchstaben)",
                     "vollständige Anschrift eintragen",
                     "Anschrift laut Mietvertrag bzw. Meldeadresse"),
    "move_in_date": ("Einzugsdatum in Ziffern (TT MM JJJJ)", "Tag des Einzugs eintragen",
                     "Einzugstag laut Mietvertrag bzw. Übergabe"),
    "previous_address": ("bisherige Anschrift (in Druckbuchstaben, eine Zeile)",
                         "bisherige Anschrift eintragen", "bisherige Meldeadresse laut Abmeldung"),
    "dwelling": ("Art der Wohnung (bitte ein Kästchen ankreuzen)",
                 "Art der bezogenen Wohnung bitte ankreuzen",
                 "Art der Wohnung laut eigener Erklärung"),
    "landlord_name": ("Wohnungsgeber, Name oder Firma (in Druckbuchstaben)",
                      "Namen bzw. Firma des Vermieters eintragen",
                      "Wohnungsgeber laut Mietvertrag"),
    "landlord_address": ("Anschrift des Wohnungsgebers (in Druckbuchstaben, eine Zeile)",
                         "Anschrift des Vermieters eintragen",
                         "Anschrift des Wohnungsgebers laut Mietvertrag"),
    "role": ("Eigentum an der Wohnung (bitte ein Kästchen ankreuzen)",
             "Eigentumsverhältnis des Vermieters ankreuzen",
             "Eigentumsverhältnis laut Grundbuch bzw. Vollmacht"),
    "owner": ("Eigentümer, Name und Anschrift (in Druckbuchstaben)",
              "Namen und Anschrift des Eigentümers eintragen",
              "Eigentümer laut Grundbuch bzw. Vollmacht"),
    "tenant": ("einziehende Person, Vor- und Familienname (in Druckbuchstaben)",
               "Vor- und Familiennamen der Mieterin bzw. des Mieters eintragen",
               "einziehende Person laut Mietvertrag"),
    "vin": ("Fahrzeug-Identifizierungsnummer (17 Zeichen, in Druckbuchstaben)",
            "FIN (Fahrzeug-Identifizierungsnummer) eintragen",
            "FIN laut Zulassungsbescheinigung Teil II"),
    "make": ("Hersteller und Handelsbezeichnung (in Druckbuchstaben)",
             "Marke und Modell eintragen", "Hersteller laut Zulassungsbescheinigung Teil II"),
    "evb_number": ("eVB-Nummer (sieben Zeichen, in Druckbuchstaben)", "eVB-Nummer eintragen",
                   "eVB-Nummer laut Versicherungsbestätigung"),
    "desired_plate": ("Wunschkennzeichen (in Druckbuchstaben, nur falls reserviert)",
                      "reserviertes Kennzeichen eintragen",
                      "Wunschkennzeichen laut Reservierungsbestätigung"),
    "iban": ("IBAN (in Druckbuchstaben, ohne Leerzeichen möglich)", "IBAN eintragen",
             "IBAN laut Kontoauszug"),
    "bic": ("BIC (in Druckbuchstaben)", "BIC eintragen", "BIC laut Kontoauszug"),
    "bank": ("Kreditinstitut (in Druckbuchstaben)", "Kreditinstitut eintragen",
             "Kreditinstitut laut Kontoauszug"),
    "account_holder": ("Kontoinhaber/in (in Druckbuchstaben)",
                       "Kontoinhaberin bzw. Kontoinhaber eintragen",
                       "Kontoinhaber laut Kontoauszug"),
    "passport_number": ("Passnummer (in Druckbuchstaben)", "Nummer des Passes eintragen",
                        "Passnummer laut Personaldokument"),
    "passport_expiry_date": ("Pass gültig bis in Ziffern (TT MM JJJJ)",
                             "Ablaufdatum des Passes eintragen",
                             "Ablauf der Gültigkeit laut Personaldokument"),
    "entry_date": ("Einreisedatum in Ziffern (TT MM JJJJ)", "Tag der Einreise eintragen",
                   "Einreisetag laut Einreisestempel"),
    "purpose": ("Aufenthaltszweck (bitte ein Kästchen ankreuzen)",
                "Zweck des Aufenthalts ankreuzen (nur ein Kästchen)",
                "Aufenthaltszweck laut beigefügten Nachweisen"),
    "doc_kind": ("Dokumentart (bitte ein Kästchen ankreuzen)", "Art des Dokuments eintragen",
                 "Dokumentart laut Vorlage"),
    "doc_number": ("Dokumentnummer (in Druckbuchstaben)", "Nummer des Dokuments eintragen",
                   "Dokumentnummer laut Vorlage"),
    "issuing_state": ("Ausstellungsstaat (dreistelliger Ländercode)",
                      "ausstellenden Staat eintragen",
                      "Ausstellungsstaat laut Vorlage"),
    "expiry_date": ("gültig bis in Ziffern (TT MM JJJJ)", "Ende der Gültigkeit eintragen",
                    "gültig bis laut Vorlage"),
    "doc_issue": ("ausgestellt am in Ziffern (TT MM JJJJ)",
                  "Tag der Ausstellung des Dokuments eintragen",
                  "ausgestellt am laut Vorlage"),
    "authority": ("ausstellende Behörde (in Druckbuchstaben)", "ausstellende Behörde eintragen",
                  "ausstellende Behörde laut Vorlage"),
}

#: the short labels of a counterfoil, a receipt or a deposit slip that repeat a few values
TEAROFF_STUB: Final[dict[str, tuple[str, str, str]]] = {
    "name": ("Name, Vorname (Kontrollabschnitt)", "Name, Vorname (für Ihre Ablage)",
             "Name, Vorname (Empfangsschein)"),
    "date_of_birth": ("geb. am (Kontrollabschnitt)", "geb. am (für Ihre Ablage)",
                      "geb. am (Empfangsschein)"),
    "move_in_date": ("Einzug am (Kontrollabschnitt)", "Einzug am (für Ihre Ablage)",
                     "Einzug am (Empfangsschein)"),
    "address": ("Wohnung (Kontrollabschnitt)", "Wohnung (für Ihre Ablage)",
                "Wohnung (Empfangsschein)"),
    "event": ("Ereignis am (Kontrollabschnitt)", "Ereignis am (für Ihre Ablage)",
              "Ereignis am (Empfangsschein)"),
    "register_number": ("Reg.-Nr. (Kontrollabschnitt)", "Reg.-Nr. (für Ihre Ablage)",
                        "Reg.-Nr. (Empfangsschein)"),
    "doc_number": ("Dok.-Nr. (Kontrollabschnitt)", "Dok.-Nr. (für Ihre Ablage)",
                   "Dok.-Nr. (Empfangsschein)"),
    "expiry_date": ("gültig bis (Kontrollabschnitt)", "gültig bis (für Ihre Ablage)",
                    "gültig bis (Empfangsschein)"),
    "vin": ("FIN (Kontrollabschnitt)", "FIN (für Ihre Ablage)", "FIN (Empfangsschein)"),
    "landlord_name": ("Wohnungsgeber (Kontrollabschnitt)", "Wohnungsgeber (für Ihre Ablage)",
                      "Wohnungsgeber (Empfangsschein)"),
}

TEAROFF_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("A  Zur meldepflichtigen bzw. antragstellenden Person",
               "Persönliche Daten eintragen", "Person laut Personaldokument"),
    "new": ("B  Zur bezogenen Wohnung", "Neue Wohnung eintragen",
            "Wohnung laut Mietvertrag bzw. Meldeadresse"),
    "old": ("C  Zur bisherigen Wohnung", "Bisherige Wohnung eintragen",
            "Bisherige Wohnung laut Abmeldung"),
    "landlord": ("A  Zum Wohnungsgeber", "Vermieterseite eintragen",
                 "Wohnungsgeber laut Mietvertrag (Abschnitt)"),
    "tenants": ("C  Zu den einziehenden Personen", "Mieterinnen und Mieter eintragen",
                "Einziehende laut Mietvertrag"),
    "child": ("A  Zum Kind (Registerangaben)", "Kind (Registerauszug)",
              "Kind laut Geburtsregister"),
    "parents": ("B  Zu den Eltern (Registerangaben)", "Eltern (Registerauszug)",
                "Eltern laut Geburtsregister"),
    "spouse1": ("A  Zur ersten Person der Ehe", "Erste Person (Registerauszug)",
                "Erste Person laut Eheregister"),
    "spouse2": ("B  Zur zweiten Person der Ehe", "Zweite Person (Registerauszug)",
                "Zweite Person laut Eheregister"),
    "marriage": ("C  Zur Eheschließung (Registerangaben)", "Eheschließung (Registerauszug)",
                 "Eheschließung laut Eheregister"),
    "deceased": ("A  Zur verstorbenen Person (Registerangaben)",
                 "Verstorbene Person (Registerauszug)",
                 "Verstorbene Person laut Sterberegister"),
    "death": ("B  Zum Sterbefall (Registerangaben)", "Sterbefall (Registerauszug)",
              "Sterbefall laut Sterberegister"),
    "register": ("D  Zum Registereintrag (Behörde, Nummer)", "Registereintrag (Registerauszug)",
                 "Registereintrag (Behörde und Nummer)"),
    "holder": ("A  Zur künftigen Halterin bzw. zum künftigen Halter", "Halterdaten eintragen",
               "Halter laut Personaldokument"),
    "vehicle": ("B  Zum Fahrzeug (Angaben aus Teil II)", "Fahrzeugdaten eintragen",
                "Fahrzeug laut Zulassungsbescheinigung Teil II"),
    "mandate": ("C  Zum SEPA-Lastschriftmandat (Kraftfahrzeugsteuer)",
                "Kontodaten für die Kfz-Steuer eintragen", "Lastschriftmandat laut Kontoauszug"),
    "passport": ("B  Zum Nationalpass", "Passdaten eintragen", "Pass laut Personaldokument"),
    "stay": ("C  Zu Einreise und Aufenthaltszweck", "Einreise und Zweck eintragen",
             "Aufenthalt laut beigefügten Nachweisen"),
    "address": ("D  Zur Wohnung in Deutschland", "Wohnung in Deutschland eintragen",
                "Wohnung laut Mietvertrag bzw. Meldeadresse (Abschnitt)"),
    "document": ("A  Zum vorgelegten Ausweisdokument", "Ausweisdaten eintragen",
                 "Ausweisdokument laut Vorlage"),
}

TEAROFF_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung bei der Meldebehörde – Formularsatz",
                  "Meldeschein zur Anmeldung (Vordruckblock)",
                  "Anmeldung einer Wohnung – Rückantwortbogen"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Wohnungsgebers – Formularsatz",
                                  "Wohnungsgeberbestätigung (Vordruckblock)",
                                  "Einzugsbestätigung – Rückantwortbogen"),
    "geburtsurkunde": ("Geburtsurkunde mit Bescheinigungen zum Abtrennen",
                       "Geburtsurkunde (Urkundenbogen mit Abschnitten)",
                       "Geburtsurkunde – Ausfertigung mit Abschnitten"),
    "eheurkunde": ("Eheurkunde mit Bescheinigungen zum Abtrennen",
                   "Eheurkunde (Urkundenbogen mit Abschnitten)",
                   "Eheurkunde – Ausfertigung mit Abschnitten"),
    "sterbeurkunde": ("Sterbeurkunde mit Bescheinigungen zum Abtrennen",
                      "Sterbeurkunde (Urkundenbogen mit Abschnitten)",
                      "Sterbeurkunde – Ausfertigung mit Abschnitten"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs – Formularsatz",
                         "Zulassungsantrag mit Einzugsermächtigung (Vordruckblock)",
                         "Zulassung eines Fahrzeugs – Rückantwortbogen"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels – Formularsatz",
                                "Aufenthaltserlaubnis beantragen (Vordruckblock)",
                                "Antrag zum Aufenthalt – Rückantwortbogen"),
    "identity_document": ("Ablichtung eines Ausweisdokuments mit Empfangsschein",
                          "Ausweiskopie mit Abschnitt (Vordruckblock)",
                          "Kopie des Personaldokuments – Rückantwortbogen"),
}

#: the purpose-bound certificates a registry office prints below a certificate (heading, note)
TEAROFF_PURPOSE_SLIPS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "geburtsurkunde": (
        ("Geburtsbescheinigung zur Beantragung von Elterngeld",
         "Nur gültig für die Elterngeldstelle – gebührenfrei"),
        ("Geburtsbescheinigung für die Krankenkasse (Mutterschaftsleistungen)",
         "Nur für Zwecke der gesetzlichen Krankenversicherung"),
        ("Geburtsbescheinigung für religiöse Zwecke", "Nur zur Vorlage bei der Kirchengemeinde"),
    ),
    "eheurkunde": (
        ("Bescheinigung über die Eheschließung für religiöse Zwecke",
         "Nur zur Vorlage bei der Religionsgemeinschaft"),
        ("Bescheinigung über die Eheschließung für die Rentenversicherung",
         "Nur für Zwecke der gesetzlichen Rentenversicherung"),
    ),
    "sterbeurkunde": (
        ("Sterbefallbescheinigung für Zwecke der Rentenversicherung",
         "Nur gültig für den Rentenservice – gebührenfrei"),
        ("Sterbefallbescheinigung für die Krankenkasse", "Nur zur Abmeldung bei der Kasse"),
        ("Sterbefallbescheinigung für religiöse Zwecke",
         "Nur zur Vorlage bei der Kirchengemeinde (Bestattung)"),
    ),
}

#: furniture of a sheet of detachable parts: part names, cutting notes, receipts, payment slips,
#: reply panels and imprints ("{}" is filled in by the renderer)
TEAROFF_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "office": ("Stadt {} – Bürgerbüro, Meldebehörde (Formularsatz)", "Meldebehörde {} – Vordruck",
               "Stadtverwaltung {}, Bürgerbüro – Rückantwort"),
    "office_vehicle": ("Stadt {} – Straßenverkehrsamt, Zulassung (Formularsatz)",
                   "Zulassungsstelle {} – Vordruck", "Stadtverwaltung {}, Zulassung – Rückantwort"),
    "office_foreign": ("Stadt {} – Ausländerbehörde (Formularsatz)",
                     "Ausländerbehörde {} – Vordruck",
                     "Stadtverwaltung {}, Ausländerwesen – Rückantwort"),
    "office_civil": ("Standesamt {} – Urkundenbogen",
                     "Standesamt {} – Urkundenstelle, Ausfertigung",
                   "Stadtverwaltung {}, Standesamt – Urkunden zum Abtrennen"),
    "part_cert": ("Urkundenteil – nicht abtrennen", "Ausfertigung der Urkunde (Blatt 1)",
                  "Urkunde – oberer Abschnitt"),
    "part_main": ("Teil A – für die Behörde (bitte vollständig ausfüllen)",
                  "Blatt 1 – Original für das Amt", "Abschnitt 1 – bitte zurücksenden"),
    "part_copy": ("Teil B – Durchschrift für Ihre Unterlagen",
                  "Blatt 2 – Kopie für Vermieter bzw. Antragsteller",
                  "Abschnitt 2 – verbleibt bei Ihnen"),
    "part_stub": ("Kontrollabschnitt – verbleibt beim Antragsteller",
                  "Beleg für Ihre Ablage (abtrennen)", "Abschnitt zum Aufbewahren"),
    "part_receipt": ("Eingangsbestätigung der Behörde (wird vom Amt ausgefüllt)",
                     "Empfangsbestätigung – vom Amt auszufüllen",
                     "Eingangsvermerk (nur für das Amt, nicht ausfüllen)"),
    "part_pay": ("Zahlungsabschnitt – Gebühr bitte überweisen",
                 "Überweisungsabschnitt für die Verwaltungsgebühr",
                 "Gebührenabschnitt (nur bei Gebührenpflicht)"),
    "part_mandate": ("Teil C – SEPA-Lastschriftmandat (an das Hauptzollamt weiterleiten)",
                     "Blatt 3 – Einzugsermächtigung Kfz-Steuer (abtrennen)",
                     "Abschnitt 3 – Lastschriftmandat zur Kfz-Steuer"),
    "part_deposit": ("Empfangsschein über das hinterlegte Ausweisdokument",
                     "Quittung über die Hinterlegung des Dokuments",
                     "Hinterlegungsbeleg (bitte gut aufbewahren)"),
    "part_slips": ("Bescheinigungen zum Abtrennen (jeweils nur für den angegebenen Zweck)",
                   "Zweckgebundene Bescheinigungen – entlang der Linie trennen",
                   "Zusätzliche Bescheinigungen (nicht als Urkunde verwendbar)"),
    "cut": ("hier abtrennen", "entlang der Perforation trennen", "bitte hier abreißen",
            "hier falzen und trennen"),
    "fold": ("hier falten", "Falz – bitte knicken", "erst falten, dann zukleben"),
    "glue": ("hier anfeuchten und zukleben", "Klebefalz (Rückantwort)",
             "Klebelasche – bitte zukleben"),
    "reply": ("Rückantwort an die Behörde", "Antwortsendung an das Amt",
              "Antwort – bitte gefaltet zurücksenden"),
    "postage": ("Entgelt zahlt Empfänger", "Porto zahlt die Behörde",
                "bitte freimachen, falls Marke zur Hand"),
    "po_box": ("Postfach {} (Rückantwort)", "Postfach {} (Bürgerservice)",
               "Postfach {} – Posteingang der Stadt"),
    "case": ("Vorgangsnummer des Formularsatzes {}", "Beleg-Nr. des Vordrucks {}",
             "Aktenzeichen des Amts (Rückantwort) {}"),
    "form_no": ("Formularsatz {} – Ausgabe {}", "Best.-Nr. {} · Nachdruck verboten ({})",
                "Rückantwortbogen {} (Stand {})"),
    "printer": ("Druck und Verlag: Formularverlag Westfalen, Bochum",
                "Vordruckverlag Rhein-Ruhr · Nachbestellung unter Art.-Nr. im Handel",
                "Hausdruckerei der Stadtverwaltung"),
    "received": ("Eingang beim Amt (Datum)", "vom Amt empfangen am", "Posteingang der Behörde am"),
    "clerk": ("Kürzel der Sachbearbeitung (Eingang)", "Handzeichen Amt",
              "bearbeitet von (Kürzel, Eingang)"),
    "stamp": ("Dienstsiegel bzw. Stempel der Behörde", "Amtsstempel (Eingang)",
              "Stempel des Amts (Rückantwort)"),
    "pay_to": ("Empfänger: Stadtkasse {}", "Zahlungsempfänger: Stadtkasse {}",
               "Begünstigter: Stadtkasse {}"),
    "pay_iban": ("IBAN der Stadtkasse", "IBAN des Zahlungsempfängers (Stadtkasse)",
                 "Konto der Stadtkasse (IBAN)"),
    "pay_amount": ("Betrag in EUR (Verwaltungsgebühr)", "Gebühr laut Gebührenordnung (EUR)",
                   "zu zahlender Betrag (EUR)"),
    "pay_ref": ("Kassenzeichen (unbedingt angeben)", "Verwendungszweck: Kassenzeichen",
                "Kassenzeichen bitte als Verwendungszweck"),
    "fee_got": ("Gebühr bezahlt am", "Gebühr entrichtet am", "Verwaltungsgebühr erhalten am"),
    "sign": ("Unterschrift der meldepflichtigen bzw. antragstellenden Person (Teil A)",
             "Unterschrift (Vordruckblock, eigenhändig)", "Datum und Unterschrift (Rückantwort)"),
    "sign_place": ("{}, den {}", "{}, am {}", "{} (Ort), {} (Datum)"),
    "sign_mandate": ("Ort, Datum, Unterschrift des Zahlungspflichtigen",
                     "Unterschrift Kontoinhaberin bzw. Kontoinhaber",
                     "Unterschrift für das Lastschriftmandat"),
    "place_date": ("{}, den {}", "{}, am {}", "Ausfertigung {} – {}"),
    "registrar": ("Die Standesbeamtin bzw. der Standesbeamte (Urkundenbogen)",
                  "Für das Standesamt (Unterschrift, Urkundenbogen)",
                  "Urkundsperson des Standesamts (Ausfertigung)"),
    "copy_note": ("Ablichtung stimmt mit dem vorgelegten Original überein.",
                  "Kopie des vorgelegten Dokuments (Vorder- und ggf. Rückseite)",
                  "Die Kopie wurde im Beisein der Person angefertigt."),
    "deposit_note": ("Das oben bezeichnete Dokument wurde bei der Behörde hinterlegt.",
                     "Das Dokument verbleibt bis zur Entscheidung bei der Behörde.",
                     "Bitte bringen Sie diesen Empfangsschein zur Abholung mit."),
    "torn": ("Abschnitt abgetrennt", "Teil entfernt", "fehlender Abschnitt"),
    "page": ("Blatt {} von {} (Formularsatz)", "Bl. {}/{} (Vordruck)",
             "Seite {} des Formularsatzes ({})"),
    "hints_head": ("Hinweise zum Ausfüllen des Formularsatzes", "Ausfüllhinweise zum Vordruckblock",
                  "Wichtige Hinweise zum Rückantwortbogen"),
    "info": ("Bitte füllen Sie den Vordruck mit Kugelschreiber in Druckschrift aus.",
             "Durchschriften sind nur gültig, wenn das Original vollständig ausgefüllt ist.",
             "Trennen Sie den Kontrollabschnitt erst nach dem Ausfüllen ab.",
             "Fehlende Angaben können zu Verzögerungen führen.",
             "Die Angaben werden nur für das Verfahren verwendet, für das sie erhoben wurden."),
    "mandate_text": ("Ich ermächtige das Hauptzollamt, die Kraftfahrzeugsteuer von meinem Konto "
                     "mittels Lastschrift einzuziehen.",
                     "Hiermit wird die Bundeskasse ermächtigt, fällige Kfz-Steuer per "
                     "Lastschrift abzubuchen.",
                     "Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen."),
    "cert_line": ("Die Übereinstimmung mit dem Registereintrag wird beglaubigt (Urkundenbogen).",
                  "Diese Urkunde gibt den Registereintrag vollständig wieder (Ausfertigung).",
                  "Übereinstimmend mit dem Eintrag im Personenstandsregister (Abschnitt A)."),
}


# --- screenshot: a collage of phone screenshots -------------------------------------------------

#: per field: three labels of a summary screen on a phone (a city's app that fills in what the
#: online identity function read, an online service's mobile summary whose entries the user
#: confirmed, an app that speaks to its users informally)
SCREEN_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Nachname (aus dem Online-Ausweis)", "Familienname (bestätigt)",
                    "So heißt du mit Nachnamen"),
    "given_names": ("Vornamen (aus dem Online-Ausweis)", "Vornamen (bestätigt)",
                    "So heißt du mit Vornamen"),
    "birth_name": ("Geburtsname (aus dem Online-Ausweis)", "Geburtsname (bestätigt)",
                   "So hast du bei der Geburt geheißen"),
    "date_of_birth": ("Geburtsdatum (aus dem Online-Ausweis)", "Geburtsdatum (bestätigt)",
                      "An diesem Tag bist du geboren"),
    "place_of_birth": ("Geburtsort (aus dem Online-Ausweis)", "Geburtsort (bestätigt)",
                       "In diesem Ort bist du geboren"),
    "sex": ("Geschlecht (selbst angegeben)", "Geschlecht (bestätigt)", "Dein Geschlechtseintrag"),
    "nationality": ("Staatsangehörigkeit (aus dem Online-Ausweis)",
                    "Staatsangehörigkeit (bestätigt)", "Diese Staatsangehörigkeit hast du"),
    "phone": ("Mobilnummer (selbst angegeben)", "Telefonnummer (bestätigt)",
              "Unter dieser Nummer erreichen wir dich"),
    "street": ("Straße (aus dem Online-Ausweis)", "Straße (bestätigt)", "Deine Straße"),
    "house_number": ("Hausnummer (aus dem Online-Ausweis)", "Hausnummer (bestätigt)",
                     "Deine Hausnummer"),
    "postal_code": ("Postleitzahl (aus dem Online-Ausweis)", "Postleitzahl (bestätigt)",
                    "Deine Postleitzahl"),
    "city": ("Wohnort (aus dem Online-Ausweis)", "Wohnort (bestätigt)", "Dein Wohnort"),
    "street_line": ("Straße und Hausnummer (aus dem Online-Ausweis)",
                    "Straße und Hausnummer (bestätigt)", "Deine Straße mit Hausnummer"),
    "city_line": ("Postleitzahl und Wohnort (aus dem Online-Ausweis)",
                  "Postleitzahl und Wohnort (bestätigt)", "Deine Postleitzahl mit Wohnort"),
    "address_line": ("Wohnadresse (aus dem Online-Ausweis)", "Wohnadresse (bestätigt)",
                     "Deine komplette Adresse"),
    "move_in_date": ("Einzugsdatum (selbst angegeben)", "Einzugsdatum (bestätigt)",
                     "An diesem Tag bist du eingezogen"),
    "previous_address": ("Bisherige Adresse (selbst angegeben)", "bisherige Adresse (bestätigt)",
                         "Hier hast du vorher gewohnt"),
    "dwelling": ("Wohnungsart (selbst angegeben)", "Wohnungsart (bestätigt)",
                 "So nutzt du die Wohnung"),
    "landlord_name": ("Wohnungsgeber (selbst angegeben)", "Wohnungsgeber (bestätigt)",
                      "Von dieser Person bzw. Firma mietest du"),
    "landlord_address": ("Adresse des Wohnungsgebers (selbst angegeben)",
                         "Adresse des Wohnungsgebers (bestätigt)",
                         "Hier erreichst du deinen Vermieter"),
    "role": ("Eigentum (selbst angegeben)", "Eigentum an der Wohnung (bestätigt)",
             "Gehört dir die Wohnung selbst?"),
    "tenant": ("Einziehende Person (selbst angegeben)", "einziehende Person (bestätigt)",
               "Diese Person zieht bei dir ein"),
    "vin": ("FIN (selbst angegeben)", "Fahrzeug-Identifizierungsnummer (bestätigt)",
            "Die FIN von deinem Auto"),
    "make": ("Marke und Modell (selbst angegeben)", "Marke und Modell (bestätigt)",
             "Dieses Auto meldest du an"),
    "evb_number": ("eVB-Nummer (selbst angegeben)", "eVB-Nummer (bestätigt)",
                   "Deine eVB von der Versicherung"),
    "desired_plate": ("Wunschkennzeichen (selbst angegeben)", "Wunschkennzeichen (bestätigt)",
                      "Dein reserviertes Kennzeichen"),
    "iban": ("IBAN (selbst angegeben)", "IBAN für die Kfz-Steuer (bestätigt)",
             "Von dieser IBAN wird die Steuer abgebucht"),
    "bic": ("BIC (selbst angegeben)", "BIC (bestätigt)", "Die BIC deiner Bank"),
    "bank": ("Bank (selbst angegeben)", "Kreditinstitut (bestätigt)", "Deine Bank für die Steuer"),
    "account_holder": ("Kontoinhaber (selbst angegeben)", "Kontoinhaber (bestätigt)",
                       "So heißt der Kontoinhaber"),
    "passport_number": ("Passnummer (selbst angegeben)", "Passnummer (bestätigt)",
                        "Die Nummer von deinem Pass"),
    "passport_expiry_date": ("Pass gültig bis (selbst angegeben)", "Pass gültig bis (bestätigt)",
                             "So lange gilt dein Pass"),
    "entry_date": ("Einreise am (selbst angegeben)", "Einreisedatum (bestätigt)",
                   "An diesem Tag bist du eingereist"),
    "purpose": ("Aufenthaltszweck (selbst angegeben)", "Aufenthaltszweck (bestätigt)",
                "Darum bist du in Deutschland"),
    "doc_kind": ("Dokumentart (aus dem Foto erkannt)", "Dokumentart (bestätigt)",
                 "Dieses Dokument hast du fotografiert"),
    "doc_number": ("Dokumentnummer (aus dem Foto erkannt)", "Dokumentnummer (bestätigt)",
                   "Die Nummer von deinem Dokument"),
    "issuing_state": ("Ausstellender Staat (aus dem Foto erkannt)",
                      "Ausstellender Staat (bestätigt)", "Dieses Land hat es ausgestellt"),
    "expiry_date": ("Gültig bis (aus dem Foto erkannt)", "Gültig bis (bestätigt)",
                    "So lange gilt dein Dokument"),
    "doc_issue": ("Ausgestellt am (aus dem Foto erkannt)", "Ausgestellt am (bestätigt)",
                  "An diesem Tag wurde es ausgestellt"),
    "authority": ("Ausstellende Behörde (aus dem Foto erkannt)", "Ausstellende Behörde (bestätigt)",
                  "Diese Behörde hat dein Dokument ausgestellt"),
}

#: the labels of a certificate (three issuing styles): the main part of a ``tearoff`` sheet, its
#: purpose-bound certificates, and a certificate in a phone's PDF viewer
CERT_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (Personenstandsregister)",
                    "Familienname des Kindes bzw. der Person",
                    "Eintragung – Familienname"),
    "given_names": ("Vornamen (Personenstandsregister)", "Vornamen des Kindes bzw. der Person",
                    "Eintragung – Vornamen"),
    "sex": ("Geschlecht (Personenstandsregister)", "Geschlecht des Kindes laut Eintrag",
            "Eintragung – Geschlecht"),
    "date_of_birth": ("Tag der Geburt (Personenstandsregister)", "geboren am (laut Eintrag)",
                      "Eintragung – Tag der Geburt"),
    "place_of_birth": ("Ort der Geburt (Personenstandsregister)", "geboren in (laut Eintrag)",
                       "Eintragung – Ort der Geburt"),
    "mother_name": ("Mutter (Personenstandsregister)", "Mutter des Kindes (Angabe laut Eintrag)",
                    "Eintragung – Mutter"),
    "father_name": ("Vater (Personenstandsregister)", "Vater des Kindes (Angabe laut Eintrag)",
                    "Eintragung – Vater"),
    "marriage_date": ("Tag der Eheschließung (Personenstandsregister)",
                      "die Ehe wurde geschlossen am (laut Eintrag)",
                      "Eintragung – Tag der Eheschließung"),
    "marriage_place": ("Ort der Eheschließung (Personenstandsregister)",
                       "die Ehe wurde geschlossen in (laut Eintrag)",
                       "Eintragung – Ort der Eheschließung"),
    "date_of_death": ("Tag des Todes (Personenstandsregister)", "verstorben am (laut Eintrag)",
                      "Eintragung – Tag des Todes"),
    "place_of_death": ("Ort des Todes (Personenstandsregister)", "verstorben in (laut Eintrag)",
                       "Eintragung – Ort des Todes"),
    "last_residence": ("Letzter Wohnsitz (Personenstandsregister)",
                       "zuletzt wohnhaft gewesen (laut Eintrag)",
                       "Eintragung – letzter Wohnsitz"),
    "registry_office": ("Standesamt (Personenstandsregister)",
                        "Urkunde des Standesamts (laut Eintrag)",
                        "Eintragung – Standesamt"),
    "register_number": ("Registernummer (Personenstandsregister)", "Eintragsnummer (laut Register)",
                        "Eintragung – Registernummer"),
    "issue_date": ("Ausstellungstag dieser Urkunde (Eintrag)",
                   "Datum der Ausstellung (laut Urkunde)",
                   "Eintragung – Ausstellungstag"),
}

#: the sub-headings of a marriage certificate in a phone's PDF viewer
CERT_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "spouse1": ("Erste Person der Ehe (Personenstandsregister)",
                "Ehegatte bzw. Ehegattin, erste Person (laut Eintrag)",
                "Eintragung – erste Person"),
    "spouse2": ("Zweite Person der Ehe (Personenstandsregister)",
                "Ehegatte bzw. Ehegattin, zweite Person (laut Eintrag)",
                "Eintragung – zweite Person"),
    "marriage": ("Die Eheschließung (Personenstandsregister)", "Eheschließung (laut Eintrag)",
                 "Eintragung – Eheschließung"),
}

#: a landlord's e-mail that confirms the move-in (the lines under the greeting)
SCREEN_MAIL: Final[dict[str, tuple[str, str, str]]] = {
    "role": ("Eigentumsverhältnis laut Absender",
             "Eigentum an der vermieteten Wohnung laut Absender",
             "Mietobjekt, Verhältnis des Absenders"),
    "street": ("Straße der Mietwohnung", "vermietete Wohnung – Straße", "Mietobjekt, Straße"),
    "house_number": ("Hausnummer der Mietwohnung", "vermietete Wohnung – Hausnummer",
                     "Mietobjekt, Hausnummer"),
    "postal_code": ("Postleitzahl der Mietwohnung", "vermietete Wohnung – Postleitzahl",
                    "Mietobjekt, Postleitzahl"),
    "city": ("Ort der Mietwohnung", "vermietete Wohnung – Ort", "Mietobjekt, Ort"),
    "street_line": ("Straße und Hausnummer der Mietwohnung",
                    "vermietete Wohnung – Straße und Nr.", "Mietobjekt, Straße und Hausnummer"),
    "city_line": ("PLZ und Ort der Mietwohnung", "vermietete Wohnung – PLZ und Ort",
                  "Mietobjekt, Postleitzahl und Ort"),
    "address_line": ("Anschrift der Mietwohnung (Mail)", "vermietete Wohnung – Anschrift",
                     "Mietobjekt, vollständige Anschrift"),
    "move_in_date": ("Einzug in die Mietwohnung am", "vermietete Wohnung – Einzugstag",
                     "Mietobjekt, Tag des Einzugs"),
    "tenant": ("Mieterin bzw. Mieter der Wohnung", "vermietete Wohnung – eingezogen",
               "Mietobjekt, eingezogene Person"),
}

#: a banking app's account screen
SCREEN_BANK: Final[dict[str, tuple[str, str, str]]] = {
    "account_holder": ("Kontoinhaber (Girokonto teilen)", "Inhaberin bzw. Inhaber (Konto teilen)",
                       "Auf diesen Namen läuft dein Konto"),
    "iban": ("IBAN (Girokonto teilen)", "IBAN (Konto teilen)", "Deine IBAN zum Kopieren"),
    "bic": ("BIC (Girokonto teilen)", "BIC (Konto teilen)", "Deine BIC zum Kopieren"),
    "bank": ("Bank (Girokonto teilen)", "Institut (Konto teilen)", "Deine Bank zum Kopieren"),
    "balance": ("Kontostand (Girokonto teilen)", "verfügbar (Konto teilen)",
                "Dein Kontostand gerade"),
}

#: sentences of text messages and e-mails that carry a value ("{}" marks filled in)
SCREEN_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "evb": ("Ihre eVB-Nummer für die Zulassung lautet {evb}. Sie gilt bis {day}.",
            "Guten Tag, Ihre elektronische Versicherungsbestätigung: {evb} (gültig bis {day})",
            "eVB für Ihr Fahrzeug: {evb} – bitte bei der Zulassung angeben."),
    "plate": ("Ihr Wunschkennzeichen {plate} ist bis zum {day} für Sie reserviert.",
              "Reservierung bestätigt: {plate} (reserviert bis {day})",
              "Das Kennzeichen {plate} wurde für Sie vorgemerkt (bis {day})."),
    "vin": ("FIN aus dem Fahrzeugschein: {vin}", "Fahrgestellnummer abgeschrieben: {vin}",
            "Notiz zum Auto – FIN {vin}"),
    "landlord_intro": ("hiermit bestätige ich den Einzug in meine Wohnung:",
                       "anbei die Bestätigung des Einzugs für die Meldebehörde:",
                       "wie besprochen bestätigen wir Ihnen den Einzug:"),
    "landlord_close": ("Mit besten Grüßen vom Vermieter", "Viele Grüße aus der Hausverwaltung",
                       "Beste Grüße, Ihre Verwaltung"),
    "tenants_intro": ("Eingezogen sind folgende Mieter:", "Diese Personen sind jetzt eingezogen:",
                      "In die Wohnung sind eingezogen:"),
    "got_mail": ("Ihr Antrag ist bei uns eingegangen. Vorgangsnummer {case}.",
                "Vielen Dank! Wir haben Ihre Angaben erhalten (Vorgang {case}).",
                "Eingangsbestätigung zum Vorgang {case} – bitte aufbewahren."),
    "appt": ("Ihr Termin: {day}, {time} Uhr, Schalter {desk}.",
                    "Termin gebucht für {day} um {time} Uhr (Platz {desk}).",
                    "Wir erwarten Sie am {day} um {time} Uhr an Schalter {desk}."),
    "cert_mail": ("anbei erhalten Sie die beantragte Urkunde als PDF.",
                  "die Urkunde steht als Anhang bereit.",
                  "wie gewünscht senden wir Ihnen die Urkunde vorab digital."),
}

SCREEN_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Über Sie (Online-Ausweis)", "Schritt 1 – Person", "Das bist du"),
    "new": ("Neue Wohnadresse (Online-Ausweis)", "Schritt 2 – neue Wohnung",
            "Da wohnst du jetzt"),
    "old": ("Bisherige Wohnadresse (selbst angegeben)", "Schritt 3 – bisherige Wohnung",
            "Da hast du vorher gewohnt"),
    "landlord": ("Über Sie als Wohnungsgeber", "Schritt 1 – Wohnungsgeber",
                 "Das bist du als Vermieter"),
    "tenants": ("Einziehende Personen (selbst angegeben)", "Schritt 3 – Einziehende",
                "Die ziehen bei dir ein"),
    "holder": ("Über Sie als Halter (Online-Ausweis)", "Schritt 1 – Halter",
               "Das bist du als Halter"),
    "vehicle": ("Ihr Fahrzeug (selbst angegeben)", "Schritt 2 – Fahrzeug",
                "Das ist dein Auto"),
    "mandate": ("Ihre Kontoverbindung (Kfz-Steuer)", "Schritt 3 – Lastschrift",
                "So zahlst du die Steuer"),
    "passport": ("Ihr Pass (selbst angegeben)", "Schritt 2 – Pass", "Das ist dein Pass"),
    "stay": ("Ihr Aufenthalt (selbst angegeben)", "Schritt 3 – Aufenthalt",
             "Darum bist du hier"),
    "address": ("Ihre Wohnadresse (Online-Ausweis)", "Schritt 4 – Adresse",
                "Da wohnst du in Deutschland"),
    "document": ("Vom Foto erkannte Angaben", "Erkannte Angaben (bestätigt)",
                 "Das haben wir auf dem Foto gelesen"),
}

SCREEN_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Wohnsitz anmelden – Zusammenfassung", "Anmeldung prüfen und absenden",
                  "Deine Anmeldung im Überblick"),
    "wohnungsgeberbestaetigung": ("Einzug bestätigen – Zusammenfassung",
                                  "Wohnungsgeberbestätigung prüfen und absenden",
                                  "Deine Einzugsbestätigung im Überblick"),
    "geburtsurkunde": ("Geburtsurkunde_Scan.pdf", "Urkunde_Geburt_digital.pdf",
                       "Geburtsurkunde (PDF vom Standesamt)"),
    "eheurkunde": ("Eheurkunde_Scan.pdf", "Urkunde_Ehe_digital.pdf",
                   "Eheurkunde (PDF vom Standesamt)"),
    "sterbeurkunde": ("Sterbeurkunde_Scan.pdf", "Urkunde_Sterbefall_digital.pdf",
                      "Sterbeurkunde (PDF vom Standesamt)"),
    "antrag_zulassung": ("Fahrzeug zulassen – Zusammenfassung", "Zulassung prüfen und absenden",
                         "Deine Zulassung im Überblick"),
    "aufenthaltstitel_antrag": ("Aufenthaltstitel beantragen – Zusammenfassung",
                                "Aufenthaltsantrag prüfen und absenden",
                                "Dein Aufenthaltsantrag im Überblick"),
    "identity_document": ("Foto vom Ausweisdokument", "Ausweis hochladen – Vorschau",
                          "Dein Ausweisfoto"),
}

#: the certificate's own titles as the PDF viewer shows them (the document inside the screen)
CERT_VIEW_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "geburtsurkunde": ("Geburtsurkunde – digitale Ausfertigung", "Geburtsurkunde (Zweitschrift)",
                       "Urkunde über eine Geburt (Auszug)"),
    "eheurkunde": ("Eheurkunde – digitale Ausfertigung", "Eheurkunde (Zweitschrift)",
                   "Urkunde über eine Eheschließung (Auszug)"),
    "sterbeurkunde": ("Sterbeurkunde – digitale Ausfertigung", "Sterbeurkunde (Zweitschrift)",
                      "Urkunde über einen Sterbefall (Auszug)"),
}

#: furniture of a screenshot collage: apps, buttons, notifications, captions
SCREEN_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "portal": ("Bürgerservice-App {}", "Serviceportal {} (mobil)", "{} digital – Meldewesen"),
    "portal_car": ("Kfz-Service-App {}", "Online-Zulassung {} (mobil)", "{} digital – Kfz"),
    "portal_alien": ("Ausländerbehörde-App {}", "Serviceportal {} – Aufenthalt (mobil)",
                     "{} digital – Aufenthalt"),
    "landlord_app": ("Mieterportal Ihrer Hausverwaltung", "Verwaltungs-App (Vermieterseite)",
                     "Wohnungs-App der Verwaltung"),
    "mail_app": ("Posteingang (Handy)", "Alle Postfächer (Handy)", "Mails (Handy)"),
    "sms_app": ("Nachrichten (Handy)", "SMS-Verlauf", "Textnachrichten (Handy)"),
    "bank_app": ("Girokonto – Details teilen", "Konto teilen (Banking-App)",
                 "Dein Konto (Banking-App)"),
    "notes_app": ("Notizen (Handy)", "Notiz zum Antrag (Handy)", "Meine Notizen (Handy)"),
    "viewer_app": ("Dateien (Handy)", "PDF-Ansicht (Handy)", "Dokumente (Handy)"),
    "gallery_app": ("Fotos (Handy)", "Galerie (Handy)", "Aufnahmen (Handy)"),
    "send": ("Angaben jetzt absenden", "Verbindlich absenden (Zusammenfassung)",
             "Abschicken und fertig"),
    "edit": ("Angabe ändern", "Eintrag bearbeiten", "ändern (Stift)"),
    "share": ("Teilen (Handy)", "Senden an … (Handy)", "Exportieren (Handy)"),
    "back": ("Zurück zur Übersicht (Handy)", "Übersicht (Handy)", "Schließen (Handy)"),
    "caption": ("Screenshots zu meinem Antrag (bitte alle Bilder beachten)",
                "Bildschirmfotos vom Handy – Angaben siehe Bilder",
                "Meine Angaben als Screenshots"),
    "caption_cert": ("Screenshots der Urkunde (Original folgt per Post)",
                     "Bildschirmfotos der Urkunde vom Handy", "Die Urkunde als Screenshots"),
    "caption_id": ("Foto meines Ausweisdokuments (Screenshot)",
                   "Bildschirmfoto vom Ausweis", "Mein Ausweis als Screenshot"),
    "notify": ("Paket kommt heute zwischen 10 und 14 Uhr", "Erinnerung: Müll rausbringen",
               "Akku schwach – 15 % verbleibend", "Neue Nachricht von Mama",
               "Kalender: Zahnarzt morgen", "Update verfügbar"),
    "sender_bank": ("Banking-App (Mitteilung)", "Sparkasse-App (Mitteilung)",
                    "Banking (Mitteilung)"),
    "sender_ins": ("Kfz-Versicherung (SMS)", "Ihre Kfz-Versicherung (SMS)",
                   "Kfz-Versicherer (SMS)"),
    "sender_plate": ("Wunschkennzeichen-Service (Mail)", "Kennzeichenreservierung (Mail)",
                     "Reservierung Kennzeichen (Mail)"),
        "subject_landlord": ("Wohnungsgeberbestätigung für Ihre Anmeldung (Mail)",
                         "Einzugsbestätigung (§ 19 BMG) per Mail", "Bestätigung Einzug (Mail)"),
    "subject_cert": ("Ihre Urkunde (Mail vom Standesamt)", "Urkunde als PDF (Mail)",
                     "Bestellte Urkunde (Mail)"),
    "subject_confirm": ("Eingangsbestätigung (Mail)", "Ihr Antrag ist eingegangen (Mail)",
                        "Vorgang erhalten (Mail)"),
    "annex": ("1 Anhang (PDF, Handy)", "Anhang als PDF (Handy)", "Anhänge (Handy)"),
    "page_of": ("Seite {} von {}", "{} / {}", "{} von {}"),
    "live_text": ("Text erkannt – zum Kopieren tippen", "Text auswählen (Handy)",
                  "Erkannter Text (Handy)"),
    "zone": ("Lesezone (vergrößert, Handy)", "Maschinenlesbare Zeilen (Zoom)",
             "Zeilen unten auf dem Dokument (Zoom)"),
    "file": ("Bildschirmfoto {}", "Screenshot Nr. {}", "Aufnahme {}"),
}


# --- the wording object --------------------------------------------------------------------------


class Extra35Wording(Wording):
    """Chooses the labels, heads, titles and furniture of one document from the thirty-ninth
    pool (one label family per document, now and then another one's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.tearoff = layout == "tearoff"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (TEAROFF_LABELS if self.tearoff else SCREEN_LABELS)[key]
            # an app speaks in one voice; a form pad mixes now and then
            mixed = self.tearoff and self._rng.random() >= 0.85
            pick = self._rng.randrange(3) if mixed else self.fam
            self._chosen[key] = options[pick]
        return self._chosen[key]

    def _once(self, kind: int, key: str, options: tuple[str, ...], family: bool = False) -> str:
        k = (kind, key)
        if k not in self._other:
            if family and len(options) == 3 and self._rng.random() < 0.8:
                self._other[k] = options[self.fam]
            else:
                self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def stub(self, key: str) -> str:
        return self._once(1, key, TEAROFF_STUB[key], True)

    def cert(self, key: str) -> str:
        return CERT_LABELS[key][self.fam]  # an issued certificate speaks in one voice

    def bank(self, key: str) -> str:
        return self._once(3, key, SCREEN_BANK[key])

    def cert_head(self, key: str) -> str:
        return CERT_HEADS[key][self.fam]

    def mail(self, key: str) -> str:
        return SCREEN_MAIL[key][self.fam]

    def head(self, key: str) -> str:
        if not self.tearoff:
            return SCREEN_HEADS[key][self.fam]
        return self._once(4, key, TEAROFF_HEADS[key], True)

    def title(self, doc_type: str) -> str:
        options = (TEAROFF_TITLES if self.tearoff else SCREEN_TITLES)[doc_type]
        return self._once(5, doc_type, options, True)

    def cert_title(self, doc_type: str) -> str:
        return self._once(6, doc_type, CERT_VIEW_TITLES[doc_type])

    def prose(self, key: str) -> str:
        return self._once(7, key, SCREEN_PROSE[key])

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        options = (TEAROFF_WORDS if self.tearoff else SCREEN_WORDS)[key]
        return self._once(8, key, options, True)

    def pick(self, key: str) -> str:
        """A furniture wording, chosen afresh each time."""
        options = (TEAROFF_WORDS if self.tearoff else SCREEN_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra35Style(Style):
    """The style of one document of the pair: dates as ``date35`` prints them."""

    def date(self, d: date) -> str:
        return date35(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (field labels of every screen and part)."""
    out = [s for pool in (TEAROFF_LABELS, TEAROFF_STUB, SCREEN_LABELS, CERT_LABELS, SCREEN_MAIL,
                          SCREEN_BANK) for options in pool.values() for s in options]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed patterns or short app chrome rather than wordings
FURNITURE_VALUES: Final = frozenset({"place_date", "sign_place", "page_of", "page"})


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool."""
    out = label_strings()
    for pool in (TEAROFF_HEADS, TEAROFF_TITLES, SCREEN_HEADS, SCREEN_TITLES, CERT_VIEW_TITLES,
                 CERT_HEADS, SCREEN_PROSE):
        out += [s for options in pool.values() for s in options]
    out += [s for slips in TEAROFF_PURPOSE_SLIPS.values() for slip in slips for s in slip]
    for words in (TEAROFF_WORDS, SCREEN_WORDS):
        out += [s for key, options in words.items() if key not in FURNITURE_VALUES
                for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE35, DWELLING35, ROLE35, ID_KINDS35)
           for options in table.values() for s in options]
    return list(dict.fromkeys(out))
