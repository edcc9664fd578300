"""The thirty-fourth wording pool and the printing habits of the thirtieth extra pair.

``TR_LABELS`` (a sworn translator's renderings of a foreign form's labels, less usual German and
sometimes word for word), ``TR_HEADS``, ``TR_TITLES`` (the translated titles of the originals),
``TR_ORIGINAL`` (original-language terms a translator keeps after a label, in the original
spelling or a transliteration), ``TR_LANGUAGES`` (the source languages), ``TR_WORDS`` (letterhead,
certification formulas, notes in square brackets, the translator's remarks, page footers, stamp
texts) and ``TR_PROSE`` (the sentences of a civil-status extract translated as running text)
belong to the ``translation`` layout; ``CARD_LABELS`` (the abbreviated labels of a municipal card
index), ``CARD_HEADS`` (tab headings), ``CARD_TITLES`` and ``CARD_WORDS`` (card numbers, front and
back, later entries, stamps, remarks) to the ``indexcard`` layout. Both are used only by the
layouts in ``EXTRA30_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever
tunes extraction must not read this module nor ``samples.render_extra30``, nor tune on those
layouts' failures. None of the strings repeats a string of the thirty-three other pools, nor any
string literal of the older modules of ``samples``, not even up to case, punctuation or spacing
(a test checks this).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording

# --- translation: a sworn translator's rendering of a foreign document ----------------------------

#: per field: three renderings a translator might choose for the original's label
TR_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": (
        "Sippenname (Nachname)",
        "Zunamen der Person",
        "Nachname, wörtlich: Familienname",
    ),
    "given_names": (
        "Eigennamen (Vornamen)",
        "Rufname und weitere Eigennamen",
        "Vorname bzw. Vornamen der Person",
    ),
    "birth_name": (
        "Familienname von Geburt an",
        "Name vor der Eheschließung (Geburtsname)",
        "Herkunftsfamilienname",
    ),
    "date_of_birth": (
        "Datum, an welchem die Person geboren wurde",
        "Datum der Geburt, wörtlich: Geburtstag",
        "Geburt am (Tag Monat Jahr)",
    ),
    "place_of_birth": (
        "Ortschaft der Geburt",
        "Geboren in der Ortschaft",
        "Geburtsort (Ort, Land)",
    ),
    "sex": (
        "Zugehörigkeit zum Geschlecht",
        "Geschlecht der genannten Person",
        "Geschlecht (wörtlich: Art)",
    ),
    "nationality": (
        "Bürgerschaft (Staatsangehörigkeit)",
        "Staatszugehörigkeit der Person",
        "Angehöriger des Staates",
    ),
    "move_in_date": (
        "Datum der Wohnsitznahme",
        "Tag des Bezugs der Wohnstätte",
        "In die Wohnung gezogen am",
    ),
    "street": ("Straße (Gasse, Platz, Allee)", "Bezeichnung der Straße", "Straße, wörtlich: Weg"),
    "house_number": ("Nummer des Gebäudes", "Hausnummer (Gebäude-Nr.)", "Gebäudenummer"),
    "postal_code": (
        "Postcode (Postleitzahl)",
        "Postalischer Code der Ortschaft",
        "Leitzahl der Post",
    ),
    "city": (
        "Ortschaft (Stadt/Gemeinde)",
        "Stadt bzw. Gemeinde des Wohnsitzes",
        "Ortschaft des Wohnsitzes",
    ),
    "street_line": (
        "Straße und Nummer des Gebäudes",
        "Straße, Gebäudenummer (Wohnsitz)",
        "Wohnsitz: Straße und Haus",
    ),
    "city_line": (
        "Postcode und Ortschaft",
        "Leitzahl und Stadt bzw. Gemeinde",
        "Wohnsitz: Postcode, Ortschaft",
    ),
    "address_line": (
        "Adresse des Wohnsitzes (vollständig)",
        "Anschrift der Wohnstätte",
        "Wohnsitzadresse der Person",
    ),
    "previous_address": (
        "Adresse des früheren Wohnsitzes",
        "Vorheriger Wohnsitz der Person",
        "Zuvor wohnhaft (Adresse)",
    ),
    "dwelling": (
        "Charakter der Wohnstätte",
        "Die bezogene Wohnstätte ist",
        "Art des Wohnsitzes (wörtlich: Status)",
    ),
    "landlord_name": (
        "Vermietende Person bzw. Firma",
        "Name des Überlassenden",
        "Vor- und Nachname/Firma des Vermietenden",
    ),
    "landlord_address": (
        "Adresse des Vermietenden",
        "Sitz bzw. Wohnsitz des Überlassenden",
        "Anschrift der vermietenden Partei",
    ),
    "role": (
        "Der Überlassende handelt als",
        "Rechtsstellung des Vermietenden",
        "Eigenschaft der überlassenden Partei",
    ),
    "tenant": (
        "Eingezogene Person (Vorname, Name)",
        "Die Wohnstätte bezogen hat",
        "In die Wohnung eingezogen ist",
    ),
    "mother_name": (
        "Mutter: Vorname und Name",
        "Vorname und Familienname der Kindesmutter",
        "Angaben über die Mutter (Name)",
    ),
    "father_name": (
        "Vater: Vorname und Name",
        "Vorname und Familienname des Kindesvaters",
        "Angaben über den Vater (Name)",
    ),
    "registry_office": (
        "Personenstandsbehörde (Standesamt)",
        "Ausfertigende Standesamtsbehörde",
        "Das Register führende Amt",
    ),
    "register_number": (
        "Laufende Nummer der Registereintragung",
        "Aktennummer der Eintragung",
        "Registereintrag unter Nummer",
    ),
    "issue_date": (
        "Ausfertigungsdatum des vorliegenden Auszugs",
        "Tag der Ausstellung des Auszugs",
        "Ausstellungsdatum dieses Auszugs",
    ),
    "marriage_date": (
        "Trauungsdatum (Datum der Eheschließung)",
        "Datum, an welchem die Ehe geschlossen wurde",
        "Ehe eingegangen am (Datum)",
    ),
    "marriage_place": (
        "Ortschaft der Trauung",
        "Ort, an dem die Ehe geschlossen wurde",
        "Ehe eingegangen in (Ortschaft)",
    ),
    "date_of_death": (
        "Datum des Todes (Todestag)",
        "Datum, an welchem der Tod eintrat",
        "Verschieden am",
    ),
    "place_of_death": (
        "Ortschaft des Todes",
        "Ort, an dem der Tod eintrat",
        "Verschieden in (Ortschaft)",
    ),
    "birth_time": (
        "Zeitpunkt der Geburt (Uhrzeit)",
        "Uhrzeit, zu der das Kind geboren ist",
        "Uhrzeit der Niederkunft",
    ),
    "last_residence": (
        "Letzter ständiger Wohnsitz",
        "Zuletzt ansässig in",
        "Letzte Wohnstätte der verstorbenen Person",
    ),
    "vin": (
        "Identifikationsnummer des Fahrzeugs (VIN)",
        "Nummer der Karosserie bzw. FIN",
        "Fahrgestell-/Identifizierungsnummer",
    ),
    "make": (
        "Fabrikat des Fahrzeugs",
        "Hersteller (Marke) des Fahrzeugs",
        "Hersteller, wörtlich: Marke",
    ),
    "model": (
        "Handelsbezeichnung des Modells",
        "Typ bzw. Modell des Fahrzeugs",
        "Modellname laut Hersteller",
    ),
    "desired_plate": (
        "Gewünschtes Zulassungszeichen",
        "Beantragte Registrierungsnummer",
        "Wunsch-Registrierungszeichen",
    ),
    "evb_number": (
        "Code der Deckungszusage (eVB)",
        "Deckungszusage der Versicherung, Nummer",
        "eVB (elektronische Deckungszusage)",
    ),
    "account_holder": (
        "Inhaber/in des Kontos bei der Bank",
        "Kontoinhaber (Vorname und Name)",
        "Bankkonto lautend auf (Name)",
    ),
    "iban": (
        "Kontonummer im Format IBAN",
        "Nummer des Bankkontos (IBAN)",
        "IBAN des Bankkontos (international)",
    ),
    "bic": ("Bankcode (BIC/SWIFT)", "SWIFT-Code der kontoführenden Bank", "Kennung der Bank (BIC)"),
    "passport_number": (
        "Reisepass, Nummer (Serie)",
        "Reisepass, Serie und Nummer",
        "Passnummer des Reisedokuments",
    ),
    "passport_expiry_date": (
        "Reisepass mit Gültigkeit bis",
        "Ende der Gültigkeit des Reisepasses",
        "Gültigkeit des Reisedokuments bis",
    ),
    "entry_date": (
        "Tag des Grenzübertritts",
        "Einreise in die Bundesrepublik (Datum)",
        "Ankunft in Deutschland am",
    ),
    "purpose": (
        "Ziel des Aufenthalts",
        "Beabsichtigter Aufenthaltszweck (Ziel)",
        "Zweck des Aufenthalts, wörtlich: Grund",
    ),
    "doc_kind": ("Dokumentenart (Bezeichnung)", "Benennung des Dokuments", "Dokumententyp"),
    "doc_code": ("Typ (Kennbuchstabe)", "Code des Dokumententyps", "Kennung der Dokumentart"),
    "doc_number": (
        "Serie und Nummer des Dokuments",
        "Dokumentennummer",
        "Nummer, unter der das Dokument ausgestellt ist",
    ),
    "issuing_state": (
        "Ausstellendes Land (Code)",
        "Staat, der das Dokument ausstellte",
        "Ausstellerland (Staat)",
    ),
    "expiry_date": (
        "Ablaufdatum (gültig bis)",
        "Datum des Ablaufs der Gültigkeit",
        "Gültig bis, wörtlich: Ablauf",
    ),
    "authority": (
        "Ausstellende Stelle (Behörde)",
        "Das Dokument stellte aus",
        "Behörde der Ausstellung",
    ),
    "doc_issue": (
        "Datum der Ausstellung des Dokuments",
        "Datum, an welchem ausgestellt",
        "Ausstellungstag des Dokuments",
    ),
    "phone": ("Telefon zur Kontaktaufnahme", "Rufnummer (Kontaktperson)", "Telefon (Kontakt)"),
    "marital": ("Zivilstand", "Personenstand (Zivilstand)", "Familiärer Stand"),
}

TR_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Daten der meldenden Person", "Personenbezogene Daten", "Die meldende Person"),
    "dwelling": ("Neuer Wohnsitz", "Daten der bezogenen Wohnstätte", "Angaben über den Wohnsitz"),
    "previous": (
        "Früherer Wohnsitz",
        "Daten des vorherigen Wohnsitzes",
        "Angaben über den früheren Wohnsitz",
    ),
    "contact": ("Kontaktdaten", "Daten für den Kontakt", "Angaben für Rückfragen (Kontakt)"),
    "landlord": (
        "Daten der vermietenden Partei",
        "Die überlassende Partei",
        "Angaben über den Vermietenden",
    ),
    "flat": (
        "Daten der überlassenen Wohnstätte",
        "Die überlassene Wohnstätte",
        "Angaben über die Wohnstätte",
    ),
    "tenants": (
        "Eingezogene Personen (Verzeichnis)",
        "Liste der eingezogenen Bewohner",
        "Angaben über die eingezogenen Personen",
    ),
    "child": (
        "Daten des neugeborenen Kindes",
        "Angaben über das neugeborene Kind",
        "Zum Kinde (Übersetzung)",
    ),
    "parents": (
        "Daten von Mutter und Vater",
        "Angaben über Mutter und Vater",
        "Mutter und Vater (Angaben)",
    ),
    "spouse1": (
        "Daten des ersten Ehegatten",
        "Person der Ehe (erste)",
        "Angaben über Ehegatten (1)",
    ),
    "spouse2": (
        "Daten des zweiten Ehegatten",
        "Person der Ehe (zweite)",
        "Angaben über Ehegatten (2)",
    ),
    "marriage": ("Daten der Trauung", "Die Eheschließung (Trauung)", "Über die Trauung"),
    "deceased": (
        "Daten der gestorbenen Person",
        "Die gestorbene Person",
        "Über die gestorbene Person",
    ),
    "death": ("Daten des Sterbefalls (Tod)", "Der Tod", "Über den Todesfall"),
    "register": (
        "Daten der Eintragung",
        "Die Eintragung im Register",
        "Angaben über die Registrierung",
    ),
    "holder": ("Daten des Fahrzeughalters", "Der Halter des Fahrzeugs", "Angaben über den Halter"),
    "vehicle": ("Daten des Kraftwagens", "Der Kraftwagen", "Angaben zum Kraftwagen"),
    "insurance": (
        "Daten der Versicherung",
        "Die Haftpflichtdeckung",
        "Angaben über die Versicherung",
    ),
    "account": (
        "Daten des Bankkontos (Lastschrift)",
        "Das Konto für die Steuer",
        "Angaben über das Bankkonto",
    ),
    "applicant": (
        "Daten des Antragstellers",
        "Die antragstellende Person",
        "Über den Antragsteller",
    ),
    "passport": (
        "Daten des Reisedokuments",
        "Angaben über das Reisedokument",
        "Reisedokument und Grenzübertritt",
    ),
    "stay": ("Ziel des Aufenthalts in Deutschland", "Der Aufenthalt", "Über den Aufenthalt"),
    "home": (
        "Wohnsitz in der Bundesrepublik",
        "Die Wohnstätte in Deutschland",
        "Angaben über den Wohnsitz in Deutschland",
    ),
    "document": (
        "Daten des vorgelegten Dokuments",
        "Über das Dokument",
        "Angaben über das vorgelegte Dokument",
    ),
    "holder_id": (
        "Der Inhaber des Dokuments",
        "Über den Inhaber",
        "Inhaber/in – Daten lt. Dokument",
    ),
}

TR_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeformular über die Anmeldung des Wohnsitzes",
                  "Formular der Anmeldung eines Wohnsitzes"),
    "wohnungsgeberbestaetigung": ("Bescheinigung der vermietenden Partei über den Einzug",
                                  "Erklärung des Überlassenden der Wohnstätte"),
    "geburtsurkunde": ("Auszug aus der Geburtsakte (Kurzform)", "Kurzer Auszug der Geburtsurkunde"),
    "eheurkunde": ("Auszug aus der Heiratsakte (Kurzform)", "Kurzer Auszug der Heiratsurkunde"),
    "sterbeurkunde": ("Auszug aus der Todesakte (Kurzform)", "Kurzer Auszug der Todesurkunde"),
    "antrag_zulassung": ("Antrag auf Registrierung eines Fahrzeugs",
                         "Formular der Fahrzeugregistrierung"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltsdokuments",
                                "Formular des Antrags auf Aufenthalt"),
    "identity_pass": ("Reisepass (Seite mit den Personendaten)", "Pass – Seite mit den Daten"),
    "identity_card": ("Personalausweis (Vorder- und Rückseite)",
                      "Identitätsausweis (beide Seiten der Karte)"),
}

#: key -> the language's name as "aus dem …" needs it (its adjective and its stamp word follow)
TR_LANGUAGES: Final[dict[str, str]] = {
    "pl": "Polnischen", "tr": "Türkischen", "uk": "Ukrainischen", "ru": "Russischen",
    "ar": "Arabischen", "fa": "Persischen", "it": "Italienischen", "es": "Spanischen",
    "fr": "Französischen", "pt": "Portugiesischen", "ro": "Rumänischen", "el": "Griechischen",
    "en": "Englischen", "vi": "Vietnamesischen", "zh": "Chinesischen",
}


def language_words(key: str) -> tuple[str, str, str]:
    """(``Polnischen`` as after "aus dem", ``polnischen`` as before "Sprache", ``POLNISCH``)."""
    dative = TR_LANGUAGES[key]
    return dative, dative.lower(), dative[:-2].upper()


#: the language a document of a nationality is usually written in
TR_LANGUAGE_OF: Final[dict[str, str]] = {
    "POL": "pl", "TUR": "tr", "UKR": "uk", "SYR": "ar", "EGY": "ar", "MAR": "ar", "IRN": "fa",
    "AFG": "fa", "ITA": "it", "ESP": "es", "FRA": "fr", "BRA": "pt", "ROU": "ro", "GRC": "el",
    "IND": "en", "NGA": "en", "USA": "en", "VNM": "vi", "CHN": "zh",
}

#: original-language terms a translator keeps after the German label (transliterated where the
#: original is not in Latin script; only spellings Windows-1252 can print)
TR_ORIGINAL: Final[dict[str, dict[str, str]]] = {
    "pl": {"family_name": "Nazwisko", "given_names": "Imiona", "date_of_birth": "Data urodzenia",
           "street": "Ulica", "address_line": "Adres zamieszkania", "mother_name": "Dane matki",
           "father_name": "Dane ojca", "entry_date": "Data wjazdu"},
    "tr": {"sex": "Cinsiyet", "nationality": "Uyruk", "address_line": "Adres",
           "doc_number": "Belge No", "expiry_date": "Son geçerlilik tarihi"},
    "uk": {"family_name": "Prizvyshche", "given_names": "Imia", "date_of_birth":
           "Data narodzhennia", "place_of_birth": "Mistse narodzhennia",
           "nationality": "Hromadianstvo", "sex": "Stat'", "expiry_date": "Diisnyi do"},
    "ru": {"family_name": "Familiia", "given_names": "Imia i otchestvo",
           "date_of_birth": "Data rozhdeniia", "place_of_birth": "Mesto rozhdeniia",
           "nationality": "Grazhdanstvo", "date_of_death": "Data smerti"},
    "ar": {"family_name": "al-laqab", "given_names": "al-ism", "date_of_birth":
           "tarikh al-wiladah", "place_of_birth": "makan al-wiladah",
           "nationality": "al-jinsiyah", "mother_name": "ism al-umm"},
    "fa": {"family_name": "nam-e khanevadegi", "given_names": "nam-e kuchek",
           "date_of_birth": "tarikh-e tavallod", "place_of_birth": "mahall-e tavallod",
           "nationality": "tabeiyat"},
    "it": {"given_names": "Nome proprio", "date_of_birth": "Nato/a il",
           "place_of_birth": "Comune di nascita", "address_line": "Indirizzo di residenza",
           "date_of_death": "Data di morte", "expiry_date": "Valido fino al"},
    "es": {"family_name": "Primer apellido", "given_names": "Nombre propio",
           "date_of_birth": "Nacido/a el", "place_of_birth": "Nacido/a en",
           "address_line": "Domicilio", "expiry_date": "Válido hasta",
           "date_of_death": "Fallecido/a el"},
    "fr": {"family_name": "Nom d'usage", "given_names": "Prénoms usuels",
           "date_of_birth": "Né(e) le", "address_line": "Domicile",
           "date_of_death": "Décédé(e) le", "marriage_date": "Marié(e)s le",
           "expiry_date": "Valable jusqu'au"},
    "pt": {"family_name": "Apelido", "given_names": "Nome próprio",
           "date_of_birth": "Data de nascimento", "place_of_birth": "Naturalidade",
           "nationality": "Nacionalidade", "address_line": "Morada"},
    "ro": {"family_name": "Nume", "given_names": "Prenume", "date_of_birth": "Data nasterii",
           "place_of_birth": "Locul nasterii", "nationality": "Cetatenia",
           "address_line": "Domiciliul"},
    "el": {"family_name": "Eponymo", "given_names": "Onoma", "date_of_birth":
           "Imerominia gennisis", "place_of_birth": "Topos gennisis",
           "nationality": "Ithageneia"},
    "en": {"family_name": "Last name (surname)", "date_of_birth": "Born on",
           "place_of_birth": "Born at", "address_line": "Residential address"},
    "vi": {"family_name": "Ho", "given_names": "Chu dem va ten", "date_of_birth": "Ngay sinh",
           "place_of_birth": "Noi sinh", "nationality": "Quoc tich"},
    "zh": {"family_name": "xingshi", "given_names": "mingzi", "date_of_birth": "chusheng riqi",
           "place_of_birth": "chushengdi", "nationality": "guoji"},
}

TR_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("Beglaubigte Übersetzung aus dem {dat}", "Übersetzung aus dem {dat} (beglaubigt)",
              "Beglaubigte Übertragung aus dem {dat} ins Deutsche"),
    "source": ("Übersetzung eines in {adjr} Sprache abgefassten Dokuments",
               "Ausgangssprache: {nom} – Zielsprache: Deutsch",
               "Vorlage: Dokument in {adjr} Sprache"),
    "source_kind": ("Vorgelegt wurde: Original", "Vorgelegt wurde: beglaubigte Kopie",
                    "Vorlage im Original mit Siegel", "Vorlage als Ablichtung"),
    "f_degree": ("Diplom-Übersetzerin", "Staatlich geprüfte Übersetzerin",
                "Übersetzerin und Dolmetscherin (M.A.)"),
    "m_degree": ("Diplom-Übersetzer", "Staatlich geprüfter Übersetzer",
                "Übersetzer und Dolmetscher (M.A.)"),
    "f_sworn": ("Öffentlich bestellte und allgemein beeidigte Übersetzerin der {adj} Sprache",
                "Beim Landgericht {court} ermächtigte Übersetzerin für die {adje} Sprache",
                "Allgemein beeidigte Urkundenübersetzerin ({nom})"),
    "m_sworn": ("Öffentlich bestellter und allgemein beeidigter Übersetzer der {adj} Sprache",
                "Beim Landgericht {court} ermächtigter Übersetzer für die {adje} Sprache",
                "Allgemein beeidigter Urkundenübersetzer ({nom})"),
    "contact": ("Fon {} · Post {}", "Telefon {} | E-Post: {}", "Tel.-Nr. {} – Mail {}"),
    "mail": ("kontakt@uebersetzungsbuero-{}.de", "{}@sprachdienst-ruhr.de",
             "post@{}-uebersetzungen.de"),
    "roll": ("Urkundenrolle Nr. {}", "Übersetzungsregister Nr. {}", "Lfd. Nr. der Übersetzung {}"),
    "f_cert": (
        "Ich, die unterzeichnende, beim Landgericht {court} ermächtigte Übersetzerin der {adj}"
        " Sprache, bestätige, dass die vorstehende Übersetzung des mir vorgelegten Dokuments"
        " richtig und vollständig ist.",
        "Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung aus der {adj}"
        " Sprache bescheinige ich als vom Präsidenten des Landgerichts {court} allgemein"
        " beeidigte Übersetzerin.",
        "Hiermit bestätige ich, die für die {adje} Sprache beim Landgericht {court} allgemein"
        " ermächtigte Übersetzerin, dass vorstehende Übersetzung mit dem mir vorgelegten"
        " Schriftstück übereinstimmt.",
    ),
    "m_cert": (
        "Ich, der unterzeichnende, beim Landgericht {court} ermächtigte Übersetzer der {adj}"
        " Sprache, bestätige, dass die vorstehende Übersetzung des mir vorgelegten Dokuments"
        " richtig und vollständig ist.",
        "Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung aus der {adj}"
        " Sprache bescheinige ich als vom Präsidenten des Landgerichts {court} allgemein"
        " beeidigter Übersetzer.",
        "Hiermit bestätige ich, der für die {adje} Sprache beim Landgericht {court} allgemein"
        " ermächtigte Übersetzer, dass vorstehende Übersetzung mit dem mir vorgelegten"
        " Schriftstück übereinstimmt.",
    ),
    "cert_head": ("Bestätigung der Übersetzerin", "Vermerk der beeidigten Übersetzerin",
                  "Bescheinigung über die Richtigkeit der Übersetzung"),
    "cert_head_m": ("Bestätigung des Übersetzers", "Vermerk des beeidigten Übersetzers",
                    "Bescheinigung über die Richtigkeit der Übersetzung"),
    "place_date": ("Übersetzt zu {}, den {}", "Gefertigt in {} am {}",
                   "Ort und Tag der Übersetzung: {}, {}"),
    "stamp_caption_f": ("Stempel und Unterschrift der Übersetzerin",
                        "(Rundstempel der Übersetzerin)"),
    "stamp_caption_m": ("Stempel und Unterschrift des Übersetzers",
                        "(Rundstempel des Übersetzers)"),
    "stamp_ring_f": ("ÜBERSETZERIN · LANDGERICHT {court} ·",
                     "BEEIDIGTE ÜBERSETZERIN · LG {court} ·"),
    "stamp_ring_m": ("ÜBERSETZER · LANDGERICHT {court} ·",
                     "BEEIDIGTER ÜBERSETZER · LG {court} ·"),
    "footer": ("Seite {} von {} der Übersetzung", "Übersetzung – Blatt {}/{}",
               "- {} - (Übersetzung, Seitenzahl gesamt: {})"),
    "seal": ("[Rundsiegel mit Staatswappen]", "[Siegelabdruck der Behörde]",
             "[Siegel: Wappen, Umschrift unleserlich]"),
    "signature": ("[Unterschrift unleserlich]", "[unleserliche Unterschrift]",
                  "[Paraphe, unleserlich]"),
    "signed_by": ("Der Leiter des Amtes:", "Die ausstellende Beamtin:", "Für die Behörde:"),
    "emblem": ("[Staatswappen]", "[Wappen des Staates, farbig]", "[Emblem der Behörde]"),
    "photo": ("[Lichtbild des Inhabers]", "[Passfoto]", "[Foto der Inhaberin/des Inhabers]"),
    "holder_sign": ("[Unterschrift des Inhabers]", "[Unterschriftsfeld, unterschrieben]"),
    "hologram": ("[Hologramm]", "[Sicherheitsmerkmale, nicht übersetzt]"),
    "barcode": ("[Strichcode]", "[zweidimensionaler Code]"),
    "blank": ("[nicht ausgefüllt]", "[im Original leer]", "[Feld ohne Eintrag]"),
    "ticked": ("[angekreuzt]", "[im Original angekreuzt]", "[markiert]"),
    "handwritten": ("[handschriftlich:]", "[handschriftlich eingetragen:]", "[von Hand:]"),
    "note_prefix": ("[Anm. d. Übers.: {}]", "[Anmerkung der Übersetzerin: {}]",
                    "[Anm. der Übersetzung: {}]"),
    "note_prefix_m": ("[Anm. d. Übers.: {}]", "[Anmerkung des Übersetzers: {}]",
                      "[Anm. der Übersetzung: {}]"),
    "remark": (
        "Die Namen wurden in der Schreibweise des Originals übernommen.",
        "Die Datumsangaben sind in deutscher Schreibweise wiedergegeben.",
        "Das Original enthält auf der Rückseite keine weiteren Eintragungen.",
        "Vorgedruckte Hinweise des Formulars wurden nicht übersetzt.",
        "Die Anordnung der Felder folgt dem Original.",
        "Ortsnamen sind in der amtlichen deutschen Form wiedergegeben.",
        "Abkürzungen des Originals wurden ausgeschrieben.",
    ),
    "mrz_head": ("Maschinenlesbarer Bereich (vollständig wiedergegeben):",
                 "Zeilen der maschinenlesbaren Zone (MRZ), unverändert:",
                 "Maschinenlesbare Zeilen, wie im Original:"),
    "translit": ("[Namen in lateinischer Umschrift, wie im Dokument]",
                 "[Namensschreibweise gemäß Dokument]"),
    "page_of_original": ("[Seite {} des Originals]", "[Ende der Seite {} des Originals]"),
    "continued": ("[Fortsetzung auf der nächsten Seite]", "[weiter auf dem folgenden Blatt]"),
    "end": ("[Ende der Übersetzung]", "– Übersetzung endet hier –"),
    "prose_lead": ("Es wird bescheinigt:", "Der Auszug hat folgenden Wortlaut:",
                   "Wortlaut des Auszugs:"),
}

TR_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "birth": (
        "Am {dob} wurde in {pob} das Kind {given} {family} geboren.",
        "Das Kind mit dem Vornamen {given} und dem Familiennamen {family} ist in {pob} am {dob}"
        " zur Welt gekommen.",
    ),
    "sex": ("Das Geschlecht des Kindes ist eingetragen als {sex}.",
            "Eingetragenes Geschlecht des Kindes – {sex}."),
    "parents": ("Als Eltern sind eingetragen: Mutter {mother}, Vater {father}.",
                "Die Mutter des Kindes ist {mother}; als Vater ist {father} angegeben."),
    "mother_only": ("Als Mutter ist {mother} eingetragen; ein Vater ist nicht angegeben.",
                    "Die Mutter des Kindes ist {mother}; Angaben zum Vater fehlen."),
    "marriage": (
        "Am {date} schlossen vor dem Standesbeamten in {place} die Ehe: {p1} und {p2}.",
        "Zwischen {p1} und {p2} wurde am {date} in {place} die Ehe geschlossen.",
    ),
    "spouse_born": ("{name} wurde am {dob} geboren.", "Geburtsdatum von {name}: {dob}."),
    "death": (
        "{given} {family} verstarb am {dod} in {pod}.",
        "Der Tod von {given} {family} trat am {dod} in {pod} ein.",
    ),
    "dead_born": ("Die verstorbene Person wurde am {dob} in {pob} geboren.",
                  "Geboren war die verstorbene Person am {dob} in {pob}."),
    "register": ("Die Eintragung erfolgte beim {office} unter der Nummer {number}.",
                 "Registriert beim {office}, Eintrag Nummer {number}."),
    "issued": ("Dieser Auszug wurde am {issue} ausgefertigt.", "Ausgefertigt am {issue}."),
}

# --- indexcard: a municipal card index --------------------------------------------------------

#: per field: three abbreviated labels a card index prints
CARD_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Fam.-Name/Zun.", "Zun./Fam.", "Zu-/Fam.-Name"),
    "given_names": ("Ruf- u. Vorn.", "Vornam.", "Vn. (sämtl.)"),
    "birth_name": ("Geb.-Nm.", "Mädch.-/Geb.-Name", "GebNm. (früh.)"),
    "date_of_birth": ("Gbdt.", "Geb.-Dat. (T.M.J.)", "Gb.-Tg."),
    "place_of_birth": ("Geb.-Ort/Kr.", "in (Geb.-Ort)", "Gb.-Ort"),
    "sex": ("Geschl.-Ang.", "m/w/d (Ang.)", "Geschl./Kennz."),
    "nationality": ("Stg.", "Staatsang. (Stg.)", "StAngeh."),
    "move_in_date": ("Zuz. am", "Einz.-Tag", "Zuzugstag (Whg.)"),
    "street": ("Straßen-/Platzbez.", "Str.-Bez. (Whg.)", "Str./Platz (Whg.)"),
    "house_number": ("Nr. (Hs.)", "Hs.-Nr./Zus.", "Nr./Zus. (Haus)"),
    "postal_code": ("Postlz.", "Pl.-Zahl", "Postleitz. (Whg.)"),
    "city": ("Wohnort/Gem.", "Gem./Ort", "Ort (Whg.)"),
    "street_line": ("Str. u. Hs.-Nr.", "Whg. (Str./Nr.)", "Straße + Nr. (Whg.)"),
    "city_line": ("Postlz. u. Ort", "Ort m. PLZ", "Whg.: PLZ, Ort"),
    "address_line": ("Whg. in", "Anschr. (Whg., vollst.)", "Anschr. (jetzt)"),
    "previous_address": ("fr. Whg.", "Zuzug von (fr. Anschr.)", "vorh. Anschr. (bish.)"),
    "dwelling": ("HW/NW (Whg.)", "Whg. ist (HW/NW)", "Whg.-Eigenschaft"),
    "landlord_name": ("Verm./Eigent.", "Wohn.-Geber", "WoGeb.-Name (Karte)"),
    "landlord_address": ("Anschr. Verm.", "Verm.-Anschr.", "WoGeb.-Anschr. (Karte)"),
    "role": ("WoGeb. ist", "Verm. als", "Eigensch. d. Verm."),
    "tenant": ("eingez. (Name)", "Einz. Pers. (Nm.)", "Bewohner/in (Nm.)"),
    "mother_name": ("Mutter (Nm.)", "Ki.-Mutter", "Mu. (Vn./Nm.)"),
    "father_name": ("Vater (Nm.)", "Ki.-Vater", "Va. (Vn./Nm.)"),
    "registry_office": ("StA (führ.)", "Stand.-Amt", "StA (Reg.)"),
    "register_number": ("Reg.-Eintr.", "Nr. d. Eintr.", "Eintr.-Nr./Jahrg."),
    "issue_date": ("Urk. ausgest.", "Ausf. am", "Urk.-Dat."),
    "marriage_date": ("Heirat (Tg.)", "Trauung (Tg.)", "Eheschl. (Tg.)"),
    "marriage_place": ("Trauung in", "Heiratsort (Gem.)", "verh. in"),
    "date_of_death": ("gest. (Tg.)", "Sterbedat. (T.M.J.)", "Todestag (Eintr.)"),
    "place_of_death": ("† in (Ort)", "gest. in (Gem.)", "Todesort (Eintr.)"),
    "birth_time": ("Geb.-Zeit (Std.)", "Uhrz. d. Geb.", "geb. um"),
    "last_residence": ("letzter Wohns.", "zul. Whg.", "zul. wohnh. (Anschr.)"),
    "vin": ("FIN/Fg.-Nr.", "Fahrg.-Nr. (Kfz)", "Ident-Nr. (Kfz)"),
    "make": ("Herst. (Kfz)", "Marke (Kfz)", "Fabrikat/Herst."),
    "model": ("Mod./Typ", "Typ (Kfz)", "Modell (Kfz)"),
    "desired_plate": ("amtl. Kz. (gew.)", "gew. Kz.", "Wunschkennz. (Kfz)"),
    "evb_number": ("Dt.-Zusage (eVB)", "eVB/Dz.", "Vers.-Best. eVB-Nr."),
    "account_holder": ("Kontoinh./in", "Inh. (Kto.)", "Kto. lautend auf"),
    "iban": ("Kto.-Nr. (IBAN)", "IBAN (SEPA-Kto.)", "IBAN (Lastschr.)"),
    "bic": ("BIC d. Kreditinst.", "BIC (Kreditinst.)", "BIC-Code (Bank)"),
    "passport_number": ("Paß-Nr. (RP)", "RP-Nummer", "Reisepaß-Nr. (RP)"),
    "passport_expiry_date": ("Paß gült. b.", "RP gült. bis", "RP gült. b. (Dat.)"),
    "entry_date": ("Einr. am", "Einreise (Tg.)", "eingereist (Tg.)"),
    "purpose": ("Zw. (Aufenth.)", "Aufenthaltszw.", "Zweck (Aufenth.-T.)"),
    "doc_kind": ("Art d. Ausweises", "Ausweisart/Dok.", "Dok.-Gattung (Ausw.)"),
    "doc_code": ("Kennb. (Typ)", "Dok.-Typ (Kz.)", "Typ (Kennb.)"),
    "doc_number": ("Nr. d. Ausw.", "Dok.-Nr./Serie", "Ausweispap.-Nr."),
    "issuing_state": ("Ausst.-St.", "ausgest. v. (Staat)", "Ausst.-Staat/Code"),
    "expiry_date": ("gült. bis (Dok.)", "Gültigk.", "gült. b. (Ausw.)"),
    "authority": ("Ausst.-Beh.", "ausgest. durch", "Beh. (Ausst.)"),
    "doc_issue": ("Ausst.-Tg.", "ausgest. (Tg.)", "Ausst. am (Dok.)"),
    "phone": ("Fernspr.", "Tel.-Nr. (priv.)", "Fernruf-Nr."),
    "marital": ("Fam.-St. (Ang.)", "led./verh./gesch.", "Fam.-Stand/Ang."),
    "zone": ("MRZ (Abschr.)", "Masch.-Zeilen", "Lesezone (abgeschr.)"),
}

CARD_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur Pers.", "Pers.-Angaben", "Personalang."),
    "dwelling": ("Wohnungsangaben", "Whg.-Angaben", "Bezog. Whg."),
    "previous": ("Frühere Whg.", "Vorh. Wohnung", "Zuzug von"),
    "contact": ("Erreichb.", "Rückfr.", "Kontakt (fr.)"),
    "landlord": ("Verm.", "Vermieter/Eigent.", "Zum Verm."),
    "flat": ("Objekt (Whg.)", "Mietobj.", "Whg.-Objekt"),
    "tenants": ("Eingezogene", "Einzug (Pers.)", "Bewohner (Zuzug)"),
    "child": ("Kind (Eintr.)", "Zum Ki.", "Ang. z. Kind"),
    "parents": ("Eltern (Eintr.)", "Zu d. Eltern", "Elt.-Ang."),
    "spouse1": ("Ehem. 1", "1. Ehegatte/in", "Ehegatte I (Kt.)"),
    "spouse2": ("Ehem. 2", "2. Ehegatte/in", "Ehegatte II (Kt.)"),
    "marriage": ("Heirat (Eintr.)", "Trauung (Eintr.)", "Eheschl.-Eintr."),
    "deceased": ("Zum Verst.", "Verstorb.", "Verst. (Ang.)"),
    "death": ("Zum Sterbef.", "Tod (Eintr.)", "Sterbefall (Kt.)"),
    "register": ("Register/Urk.", "Urk./Reg.", "Zum Reg."),
    "holder": ("Halter (Kt.)", "Zum Halter (Kfz)", "Halterang."),
    "vehicle": ("Fahrzeug (Kfz)", "Kfz-Ang.", "Zum Kfz"),
    "insurance": ("Vers.", "Versich.", "Haftpfl.-Vers."),
    "account": ("Kto.", "Lastschr.-Kto.", "Bankverb."),
    "applicant": ("Antr.", "Antragst./in", "Zum Antragst."),
    "passport": ("RP/Einr.", "Paß u. Einreise", "Reisep. (RP)"),
    "stay": ("Zum Aufenth.", "Aufenth.-Ang.", "Aufenthalt (Kt.)"),
    "home": ("Inl.-Whg.", "Anschr. (Inl., Kt.)", "Inl.-Anschr."),
    "document": ("Ausweisdok.", "Zum Ausweis", "Ausweispap."),
    "holder_id": ("Inh. (Ausw.)", "Zum Inh.", "Ausweisinh."),
    "later": ("Nachtr.", "Nachträge/Änd.", "Spätere Eintr."),
    "back": ("Verm./Rücks.", "Vermerke (Rs.)", "Rückseite – Vermerke"),
}

CARD_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Einwohnerkartei – Meldekarte", "Melde-Karteikarte (Zuzug)",
                  "Karteikarte Meldestelle"),
    "wohnungsgeberbestaetigung": ("Hauskartei – Einzugskarte", "Karte Wohnungsgeber (Einzug)",
                                  "Vermieterkartei – Karteikarte"),
    "geburtsurkunde": ("Geburtenkartei (Namensverz.)", "Karteikarte Geburtsfall",
                       "Standesamtskartei – Geburt"),
    "eheurkunde": ("Heiratskartei (Namensverz.)", "Karteikarte Eheschließung",
                   "Standesamtskartei – Heirat"),
    "sterbeurkunde": ("Sterbekartei (Namensverz.)", "Karteikarte Sterbefall",
                      "Standesamtskartei – Tod"),
    "antrag_zulassung": ("Kfz-Kartei – Halterkarte", "Zulassungskartei (Karteikarte)",
                         "Karteikarte Kfz-Zulassung"),
    "aufenthaltstitel_antrag": ("Ausländerkartei – Antragskarte", "Karteikarte Aufenthalt",
                                "Kartei Ausländerbehörde (Antrag)"),
    "identity_document": ("Ausweiskartei – Karteikarte", "Karte Ausweis-/Paßregister",
                          "Dokumentenkartei (Ausweis)"),
}

CARD_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "card_no": ("Karte Nr. {}", "Kt.-Nr. {}", "Kart.-Nr. {}"),
    "sheet": ("Karte {} von {}", "Bl. {}/{} (Kartei)", "Folgekarte {} zu {}"),
    "front": ("Kartenvorderseite", "Vs. (Karte)", "Karte – vorn"),
    "back": ("Kartenrückseite", "Rs. (Karte)", "Karte – hinten"),
    "continued": ("Forts. s. Folgekarte", "weiter auf nächster Karte", "Forts. Rs."),
    "file": ("Kartei {}", "Karteikasten {}", "Registratur {}"),
    "drawer": ("Fach {}", "Lade {}", "Kasten {}"),
    "entered": ("eingetr. {}", "Eintr. v. {}", "erf. {}"),
    "changed": ("berichtigt {}", "geänd. {}", "Änd. v. {}"),
    "per": ("lt. Meldung v. {}", "gem. Vorlage v. {}", "auf Antrag v. {}"),
    "later_line": ("{date}: {label} {value}", "Nachtrag {date} – {label}: {value}",
                   "{label}: {value} ({date})"),
    "stamp": ("ÜBERTRAGEN", "ERL. (KARTEI)", "GEPR. U. ÜBERTR.", "ZUR ABLAGE", "VERFILMT",
              "KARTEI ABGEGLICHEN"),
    "stamp_day": ("bearb. am {}", "Abgl. {}", "Kt. erg. {}"),
    "clerk": ("SB-Zeichen {}", "Zeichen {}", "Hdz. {}"),
    "opened": ("Karte angelegt {}", "Kt. angelegt {}", "Kt. ausgestellt {}"),
    "remark": (
        "Akte beim Amt",
        "Unterlagen vollst.",
        "Rückfrage erl.",
        "Vorgang abgeschl.",
        "s. a. Hauptkarte",
        "Duplikat ausgegeben",
        "Vermerk in Akte",
    ),
    "copy_note": ("Ablichtung angeheftet", "Kopie d. Dokuments beigeheftet",
                  "Fotokopie an Karte geklammert"),
    "archive": ("Kopie aus der Kartei – Blatt {}", "Reproduktion Karteikarte, Bl. {}",
                "Abzug der Karteikarte, Blatt {}"),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER30: Final = ("F", "M", "D", "X")
#: a translator's rendering as a genitive phrase
SEX_GENITIVE30: Final[dict[str, str]] = {
    "F": "von weiblichem Geschlecht", "M": "von männlichem Geschlecht",
    "D": "von diversem Geschlecht", "X": "ohne Geschlechtseintrag",
}
#: a card's abbreviations and key letters
SEX_CARD30: Final[dict[str, str]] = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "o. Eintr."}
SEX_LETTER30: Final[dict[str, str]] = {"F": "W", "M": "M", "D": "D", "X": "X"}

PURPOSE_ORDER30: Final = ("study", "employment", "family", "humanitarian", "other")
#: (translation, index card)
PURPOSE30: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Hochschulstudium in der Bundesrepublik", "Stud. (Hochsch.)"),
    "employment": ("Aufnahme einer Erwerbsarbeit in Deutschland", "Erwerbstät. (Beschäft.)"),
    "family": ("Zusammenleben mit der Familie in Deutschland", "Fam.-Nachz."),
    "humanitarian": ("Aufnahme aus humanitären Erwägungen (Schutz)", "human. Gründe (Aufenth.)"),
    "other": ("ein sonstiger Zweck des Aufenthalts", "sonst. Zw."),
}
DWELLING_ORDER30: Final = ("main", "secondary")
DWELLING30: Final[dict[str, tuple[str, ...]]] = {
    "main": ("Hauptwohnsitz (ständiger Wohnsitz)", "HptWhg."),
    "secondary": ("Nebenwohnsitz (zusätzlicher Wohnsitz)", "NebWhg."),
}
ROLE30: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümer der Wohnstätte", "Eigent. (selbst)"),
    False: ("vom Eigentümer mit der Vermietung betraute Person", "Beauftr. d. Eigent."),
}
ID_KINDS30: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Reisepass (Heftform)", "Reisep. (Buch)"),
    "I": ("Personalausweis (Kartenform)", "PA (Karte)"),
}
#: formal state names a translator uses for a nationality
FORMAL30: Final[dict[str, str]] = {
    "DEU": "Bundesrepublik Deutschland", "TUR": "Republik Türkei", "POL": "Republik Polen",
    "SYR": "Arabische Republik Syrien", "UKR": "Staat Ukraine", "ITA": "Italienische Republik",
    "ESP": "Königreich Spanien", "FRA": "Französische Republik", "GRC": "Hellenische Republik",
    "ROU": "Staat Rumänien", "IND": "Republik Indien", "VNM": "Sozialistische Republik Vietnam",
    "AFG": "Staat Afghanistan", "NGA": "Bundesrepublik Nigeria", "CHN": "Volksrepublik China",
    "USA": "Vereinigte Staaten von Amerika", "BRA": "Föderative Republik Brasilien",
    "IRN": "Islamische Republik Iran", "EGY": "Arabische Republik Ägypten",
    "MAR": "Königreich Marokko",
}
#: a card index's abbreviated nationality adjectives
NAT_ABBR30: Final[dict[str, str]] = {
    "DEU": "dt.", "TUR": "türk.", "POL": "poln.", "SYR": "syr.", "UKR": "ukr.", "ITA": "ital.",
    "ESP": "span.", "FRA": "franz.", "GRC": "griech.", "ROU": "rumän.", "IND": "ind.",
    "VNM": "vietn.", "AFG": "afghan.", "NGA": "nigerian.", "CHN": "chin.", "USA": "amerik.",
    "BRA": "brasilian.", "IRN": "iran.", "EGY": "ägypt.", "MAR": "marokk.",
}

# --- dates ----------------------------------------------------------------------------------------

TRANS_DATE_STYLES: Final = ("long", "numeric", "nodot", "roman_tight", "long", "zero_long")
CARD_DATE_STYLES: Final = ("numeric", "unpadded", "spaced", "mon3", "numeric", "slash")
EXTRA30_DATE_STYLES: Final = ("long", "numeric", "nodot", "roman_tight", "zero_long",
                              "unpadded", "spaced", "mon3", "slash")
MONTHS3_30: Final = ("Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.",
                     "Okt.", "Nov.", "Dez.")
ROMAN30: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def format_extra30_date(d: date, style: str) -> str:
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "zero_long":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "nodot":  # word for word from a language that writes no dot after the day
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "roman_tight":
        return f"{d.day:02d}.{ROMAN30[d.month - 1]}.{d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "spaced":
        return f"{d.day}. {d.month}. {d.year}"
    if style == "mon3":
        return f"{d.day}. {MONTHS3_30[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra30_date(d, s) for s in EXTRA30_DATE_STYLES}


TRANS_SEX_MODES: Final = ("word", "genitive", "word", "choice")
CARD_SEX_MODES: Final = ("abbr", "letter", "word", "abbr")


def sex_word(code: str, mode: str) -> str:
    if mode == "genitive":
        return SEX_GENITIVE30[code]
    if mode == "abbr":
        return SEX_CARD30[code]
    if mode == "letter":
        return SEX_LETTER30[code]
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_GENITIVE30[code], SEX_CARD30[code], SEX_LETTER30[code]}


TRANS_NATIONALITY_MODES: Final = ("adjective", "country", "formal", "adjective")
CARD_NATIONALITY_MODES: Final = ("abbr", "adjective", "upper", "abbr")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "formal":
        return FORMAL30[code]
    if mode == "abbr":
        return NAT_ABBR30[code]
    if mode == "upper":
        return adjective.upper()
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, FORMAL30[code], NAT_ABBR30[code], adjective.upper()}


# --- the wording object ---------------------------------------------------------------------------


class Extra30Wording(Wording):
    """Labels, headings, titles and furniture, chosen once per document from the thirty-fourth
    pool. A translator keeps one rendering per label; a card index prints one abbreviation per
    label, its cards all from the same printing."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.card = layout == "indexcard"
        self.heads = rng.randrange(3)  # one family of headings per document
        self.female = rng.random() < 0.6  # the translator
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (CARD_LABELS if self.card else TR_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def head(self, key: str) -> str:
        options = (CARD_HEADS if self.card else TR_HEADS)[key]
        return options[self.heads % len(options)]

    def word(self, key: str) -> str:
        return self._once(3, key, (CARD_WORDS if self.card else TR_WORDS)[key])

    def gendered(self, key: str) -> str:
        """A translator's word in the translator's gender (``f_…`` / ``m_…`` or ``…_f``)."""
        if f"f_{key}" in TR_WORDS:
            return self.word(("f_" if self.female else "m_") + key)
        if f"{key}_f" in TR_WORDS:
            return self.word(key + ("_f" if self.female else "_m"))
        return self.word(key + ("" if self.female else "_m"))

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (CARD_TITLES if self.card else TR_TITLES)[doc_type])

    def prose(self, key: str) -> str:
        return self._once(6, key, TR_PROSE[key])

    def pick(self, key: str) -> str:
        """A fresh choice each time (remarks, stamps)."""
        options = (CARD_WORDS if self.card else TR_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra30Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra30_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [s for pool in (TR_LABELS, CARD_LABELS) for options in pool.values() for s in options]


def original_strings() -> list[str]:
    """The original-language terms a translation keeps after a label."""
    return list(dict.fromkeys(s for terms in TR_ORIGINAL.values() for s in terms.values()))


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool."""
    out = label_strings() + original_strings()
    for pool in (TR_HEADS, TR_TITLES, TR_WORDS, TR_PROSE, CARD_HEADS, CARD_TITLES, CARD_WORDS):
        out += [s for options in pool.values() for s in options]
    out += list(TR_LANGUAGES.values())
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [
        s
        for table in (PURPOSE30, DWELLING30, ROLE30, ID_KINDS30)
        for options in table.values()
        for s in options
    ]
    return list(dict.fromkeys(out))
