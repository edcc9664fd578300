"""The thirty-seventh wording pool and the printing habits of the thirty-third extra pair.

``ALPINE_LABELS`` (the labels of documents issued in Austria, Switzerland, Liechtenstein or
South Tyrol: a registration slip's boxed grid, a Swiss residents' office form, an extract from a
civil-status register), ``ALPINE_SECOND`` (the Italian or French line a bilingual document
prints under a label), ``ALPINE_HEADS``, ``ALPINE_TITLES`` and ``ALPINE_WORDS`` (issuers,
offices, stamps, footers) belong to the ``alpine`` layout; ``ARCHIVE_LABELS`` (pre-printed
labels of West and East German forms of the 1960s to the 1990s, in the orthography of their
day), ``ARCHIVE_HEADS``, ``ARCHIVE_TITLES``, ``ARCHIVE_PROSE`` (the typed sentences of an old
register entry and of its marginal notes) and ``ARCHIVE_WORDS`` (form numbers, certification
stamps, copy notes) to the ``archive`` layout. Both are used only by the layouts in
``EXTRA33_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra33``, nor tune on those layouts'
failures. None of the label strings repeats a string of the thirty-six other pools, nor any
string literal of the older modules of ``samples``, not even up to case, punctuation or spacing
(a test checks this).

The module also prints dates as these documents do (Austrian month names, Swiss short dates,
German / Italian and German / French pairs; the old forms' typed dates), sex, nationality and
the choice values. The ground truth stays the catalog's normalised value. Every string stays
inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording

# --- dates ---------------------------------------------------------------------------------------

#: the months as Austrian offices print them
MONTHS_AT: Final = ("Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
                    "September", "Oktober", "November", "Dezember")
MONTHS_AT_ABBR: Final = ("Jän.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.",
                         "Okt.", "Nov.", "Dez.")
MONTHS_IT: Final = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                    "agosto", "settembre", "ottobre", "novembre", "dicembre")
MONTHS_FR: Final = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                    "septembre", "octobre", "novembre", "décembre")

#: how an alpine document writes a date (the issuer narrows the choice, see ``ISSUER_DATES``)
ALPINE_DATE_STYLES: Final = ("numeric", "at_long", "ch_short", "at_long_zero", "ch_long",
                             "at_abbr", "it_bi", "it_slash", "fr_bi", "numeric")
#: the styles each issuer uses: Austria, Switzerland, Liechtenstein, South Tyrol
ISSUER_DATES: Final[dict[str, tuple[str, ...]]] = {
    "AT": ("at_long", "at_long_zero", "numeric", "at_abbr", "at_long"),
    "CH": ("numeric", "ch_short", "ch_long", "fr_bi", "numeric"),
    "LI": ("numeric", "ch_long", "ch_short"),
    "ST": ("it_bi", "it_slash", "at_long", "numeric", "it_bi"),
}
#: how an archive document's typed dates look (the pre-printed century is drawn by the form)
ARCHIVE_DATE_STYLES: Final = ("numeric", "unpadded", "spaced", "long", "long_tight", "numeric")


def alpine_date(d: date, style: str) -> str:
    """``d`` as an alpine document prints it."""
    if style == "at_long":
        return f"{d.day}. {MONTHS_AT[d.month - 1]} {d.year}"
    if style == "at_long_zero":
        return f"{d.day:02d}. {MONTHS_AT[d.month - 1]} {d.year}"
    if style == "at_abbr":
        return f"{d.day}. {MONTHS_AT_ABBR[d.month - 1]} {d.year}"
    if style == "ch_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "ch_long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "it_bi":
        return f"{d.day}. {MONTHS_AT[d.month - 1]} {d.year} / {d.day} {MONTHS_IT[d.month - 1]} " \
               f"{d.year}"
    if style == "it_slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "fr_bi":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year} / {d.day} {MONTHS_FR[d.month - 1]} " \
               f"{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def archive_date(d: date, style: str) -> str:
    """``d`` typed on an old form (four-digit years)."""
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "spaced":
        return f"{d.day}. {d.month}. {d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_tight":
        return f"{d.day}.{MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def century_parts(d: date, style: str) -> tuple[str, str, bool]:
    """A date on a form with a pre-printed century: the typed day and month, the typed rest of
    the year, and whether the printed ``19`` is struck (a year from 2000 on is then typed in
    full after it)."""
    if style == "unpadded":
        head = f"{d.day}.{d.month}."
    elif style == "spaced":
        head = f"{d.day}. {d.month}."
    else:
        head = f"{d.day:02d}.{d.month:02d}."
    if d.year < 2000 and d.year >= 1900:
        return head, f"{d.year % 100:02d}", False
    return head, str(d.year), True


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d`` (a pre-printed century joined with its
    typed rest, as a whitespace-blind comparison sees it)."""
    out = {alpine_date(d, s) for s in ALPINE_DATE_STYLES}
    out |= {archive_date(d, s) for s in ARCHIVE_DATE_STYLES}
    for style in ARCHIVE_DATE_STYLES:
        head, rest, struck = century_parts(d, style)
        out.add(f"{head}19{rest}" if not struck else f"{head}19 {rest}")
    return out


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER33: Final = ("F", "M", "D", "X")
#: alpine: the word, X as Austria and Switzerland write it
SEX_ALPINE: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "keine Angabe"}
#: archive: how an old register entry says a child's sex in its sentence (girls and boys only)
SEX_GENITIVE: Final[dict[str, str]] = {"F": "weiblichen", "M": "männlichen"}
#: archive: an old typewriter's abbreviation
SEX_OLD: Final[dict[str, str]] = {"F": "weibl.", "M": "männl.", "D": "divers",
                                  "X": "ohne Angabe"}

ALPINE_SEX_MODES: Final = ("word", "choice", "word")
ARCHIVE_SEX_MODES: Final = ("abbr", "word", "choice", "abbr")


def sex_text(code: str, mode: str, alpine: bool = True) -> str:
    """The sex as printed: ``word`` (as the layout's offices write it; a bilingual document
    writes it in German too) or ``abbr`` (an old typewriter's abbreviation)."""
    if mode == "abbr":
        return SEX_OLD[code]
    return SEX_ALPINE[code] if alpine else SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_ALPINE[code], SEX_OLD[code], SEX_GENITIVE.get(code, SEX_OLD[code])}


#: nationalities the alpine layout adds (ISO 3166-1 alpha-3 -> adjective, country)
ALPINE_NATIONS: Final[dict[str, tuple[str, str]]] = {
    "AUT": ("österreichisch", "Österreich"),
    "CHE": ("schweizerisch", "Schweiz"),
    "LIE": ("liechtensteinisch", "Liechtenstein"),
}
#: the Italian or French adjective a bilingual line adds
NATION_SECOND: Final[dict[str, tuple[str, str]]] = {
    "AUT": ("austriaca", "autrichienne"), "CHE": ("svizzera", "suisse"),
    "LIE": ("liechtensteinese", "liechtensteinoise"), "ITA": ("italiana", "italienne"),
    "DEU": ("tedesca", "allemande"),
}

ALPINE_NATIONALITY_MODES: Final = ("adjective", "country", "bilingual", "adjective")
ARCHIVE_NATIONALITY_MODES: Final = ("adjective", "upper", "country", "adjective")


def nation(code: str) -> tuple[str, str]:
    return ALPINE_NATIONS.get(code) or pools.NATIONALITIES[code]


def nationality_text(code: str, mode: str, second: str = "") -> str:
    adjective, country = nation(code)
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "bilingual" and second and code in NATION_SECOND:
        return f"{adjective} / {NATION_SECOND[code][0 if second == 'it' else 1]}"
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = nation(code)
    out = {adjective, country, adjective.upper()}
    if code in NATION_SECOND:
        out |= {f"{adjective} / {twin}" for twin in NATION_SECOND[code]}
    return out


PURPOSE_ORDER33: Final = ("study", "employment", "family", "humanitarian", "other")
#: (alpine, archive)
PURPOSE33: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studierende/r an einer Universität oder Fachhochschule",
              "Aufnahme eines Hochschulstudiums (Studienbewerber)"),
    "employment": ("unselbständige Erwerbstätigkeit (Dienstnehmer/in)",
                   "Arbeitsaufnahme bei einem Arbeitgeber im Bundesgebiet"),
    "family": ("Familienangehörige/r – Zusammenführung mit dem Ehegatten",
               "Nachzug zu Angehörigen der Familie (Ehegatte, Kinder)"),
    "humanitarian": ("Schutzgewährung aus humanitären Gründen (Asyl, subsidiärer Schutz)",
                     "Gewährung von Schutz aus humanitären Gründen"),
    "other": ("anderer Zweck – gesonderte Begründung liegt bei",
              "sonstiger Aufenthaltszweck (siehe Anlage)"),
}
DWELLING_ORDER33: Final = ("main", "secondary")
DWELLING33: Final[dict[str, tuple[str, str]]] = {
    "main": ("Hauptwohnsitz (Mittelpunkt der Lebensbeziehungen)",
             "alleinige bzw. Hauptwohnung (überwiegend benutzt)"),
    "secondary": ("Nebenwohnsitz (weiterer Wohnsitz)",
                  "Nebenwohnung (weitere Wohnung neben der Hauptwohnung)"),
}
#: the answer to the registration slip's question whether this is the main residence
DWELLING_ANSWER: Final[dict[str, str]] = {"main": "ja", "secondary": "nein"}
ROLE33: Final[dict[bool, tuple[str, str]]] = {
    True: ("Unterkunftgeber ist zugleich Eigentümer der Unterkunft",
           "Hauswirt (Eigentümer des Hauses)"),
    False: ("Unterkunftgeber handelt für den Eigentümer (Hausverwaltung)",
            "Beauftragter des Hauseigentümers (Verwalter)"),
}
ID_KINDS33: Final[dict[str, tuple[str, str]]] = {
    "P": ("Reisepass (Kopie der Datenseite)", "Reisepaß – Ablichtung der Personalseite"),
    "I": ("Identitätskarte / Personalausweis (beidseitig)",
          "Personalausweis – Ablichtung beider Seiten"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE33[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return (*DWELLING33[code], DWELLING_ANSWER[code])


# --- alpine: Austria, Switzerland, Liechtenstein, South Tyrol ------------------------------------

#: per field: three labels (a registration slip, a Swiss residents' office, a register extract)
ALPINE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("FAMILIENNAME (in Blockschrift, lt. Urkunde)",
                    "Name (wie im Ausweis, in Grossbuchstaben)",
                    "Familienname lt. Personenstandsregister"),
    "given_names": ("VORNAME(N) lt. Geburtsurkunde", "Vornamen (alle, wie im Ausweis)",
                    "Vorname(n) lt. Personenstandsregister"),
    "birth_name": ("Familienname vor der ersten Eheschließung", "Ledigname (Name vor der Heirat)",
                   "Geburtsname lt. Personenstandsregister"),
    "date_of_birth": ("GEBURTSDATUM (wie im Reisedokument)", "Geburtsdatum (gemäss Ausweis)",
                      "Geburtsdatum lt. Personenstandsregister"),
    "place_of_birth": ("GEBURTSORT lt. Reisedokument", "Geburtsort (politische Gemeinde, Staat)",
                       "Geburtsort lt. Personenstandsregister"),
    "sex": ("GESCHLECHT lt. Geburtsurkunde", "Geschlecht (gemäss Ausweis)",
            "Geschlecht lt. Personenstandsregister"),
    "nationality": ("STAATSANGEHÖRIGKEIT (Staat angeben)",
    "Nationalität (Staatsangehörigkeit gemäss Ausweis)",
                    "Staatsangehörigkeit lt. Personenstandsregister"),
    "marital": ("FAMILIENSTAND (ledig, verheiratet, geschieden, verwitwet)",
                "Zivilstand (ledig, verheiratet, geschieden, verwitwet)",
                "Zivilstand lt. Personenstandsregister"),
    "heimatort": ("Heimatort (Bürgerort) bei Schweizer Bürgern", "Heimatort / Kanton",
                  "Heimatort lt. Familienregister"),
    "religion": ("RELIGIONSBEKENNTNIS (freiwillig)", "Konfession (freiwillige Angabe)",
                 "Religionszugehörigkeit (nicht eingetragen)"),
    "move_in_date": ("Unterkunft bezogen am", "Zuzugsdatum (Tag des Einzugs)",
                     "Tag der Unterkunftnahme"),
    "street": ("Straße (Platz) bzw. Ort ohne Straßennamen", "Strasse (gemäss Adressverzeichnis)",
               "Gasse, Straße oder Platz der Unterkunft"),
    "house_number": ("Haus Nr. (ohne Stiege und Tür)", "Hausnummer mit Zusatz (Adresse)",
                     "Hausnummer der Unterkunft"),
    "stair": ("Stiege (falls vorhanden)", "Eingang / Treppenhaus (falls vorhanden)",
              "Stiege der Unterkunft"),
    "door": ("Tür Nr. (falls vorhanden)", "Wohnungsnummer (falls vorhanden)",
             "Tür der Unterkunft"),
    "postal_code": ("Postleitzahl der Unterkunft", "PLZ des Zustellorts",
                    "Postleitzahl der Ortsgemeinde"),
    "city": ("Ortsgemeinde der Unterkunft", "Wohngemeinde (politische Gemeinde)",
             "Gemeinde der Unterkunft"),
    "land": ("Bundesland der Unterkunft (Deutschland)", "Land / Bundesland (Deutschland)",
             "Land der Unterkunft"),
    "street_line": ("Straße und Haus Nr. der Unterkunft", "Strasse und Hausnummer (Zustelladresse)",
                    "Anschrift der Unterkunft – Straße, Nr."),
    "city_line": ("Postleitzahl und Ortsgemeinde der Unterkunft", "PLZ und Ort (Zustelladresse)",
                  "Anschrift der Unterkunft – PLZ, Ort"),
    "address_line": ("Anschrift der Unterkunft (vollständig)",
                     "Wohnadresse (Strasse, Hausnummer, PLZ, Wohnort)",
                     "Unterkunft, vollständige Anschrift"),
    "dwelling": ("Art der Unterkunft (Haupt- oder Nebenwohnsitz)",
                 "Art des Wohnsitzes (Haupt-/Nebenwohnsitz)", "Wohnsitzqualität der Unterkunft"),
    "dwelling_q": ("Ist diese Unterkunft Hauptwohnsitz?", "Handelt es sich um den Hauptwohnsitz?",
                   "Wird die Unterkunft als Hauptwohnsitz genutzt?"),
    "previous_address": ("Zuzug aus (letzte Unterkunft, Staat)",
    "Bisherige Wohnadresse (Wegzugsort)",
                         "Letzte Unterkunft vor dem Zuzug"),
    "abroad_q": ("Zuzug aus dem Ausland? Wenn ja, Staat:", "Zuzug aus dem Ausland (Staat)",
                 "Zuzugsstaat"),
    "phone": ("Telefon (freiwillige Angabe)",
    "Telefon für Rückfragen (freiwillig, gemäss Datenschutz)",
              "Rückrufnummer der meldepflichtigen Person"),
    "landlord_name": ("UNTERKUNFTGEBER (Name in Blockschrift)", "Vermieter / Unterkunftgeber",
                      "Name des Unterkunftgebers"),
    "landlord_address": ("Anschrift des Unterkunftgebers", "Wohnadresse des Vermieters",
                         "Unterkunftgeber wohnhaft in"),
    "role": ("Der Unterkunftgeber ist", "Eigenschaft des Vermieters",
             "Verhältnis des Unterkunftgebers zur Wohnung"),
    "tenant": ("Unterkunftnehmer (Vor- und Familienname)",
    "Eingezogene Person (Vorname und Name gemäss Ausweis)",
               "In die Unterkunft aufgenommene Person"),
    "mother_name": ("Mutter – Vorname(n) und Familienname lt. Urkunde",
                    "Name der Mutter gemäss Zivilstandsregister",
                    "Mutter des Kindes lt. Register"),
    "father_name": ("Vater – Vorname(n) und Familienname lt. Urkunde",
                    "Name des Vaters gemäss Zivilstandsregister",
                    "Vater des Kindes lt. Register"),
    "registry_office": ("Ausstellende Personenstandsbehörde",
    "Beurkundende Stelle (Standesamt, Gemeinde)",
                        "Eintragende Behörde"),
    "register_number": ("Eintragungsnummer (Kennbuchstabe, Zahl/Jahr)",
                        "Registernummer der Eintragung", "Eintrag Nr. (mit Registerjahr)"),
    "issue_date": ("Ausstellungsdatum dieser Urkunde (Ausfertigung)",
                   "Datum der Ausfertigung dieses Registerauszugs",
                   "Auszug aus dem Register erstellt am"),
    "marriage_date": ("Datum der Trauung vor dem Standesbeamten", "Trauungsdatum (Ziviltrauung)",
                      "Eheschließung – Tag der Trauung"),
    "marriage_place": ("Ort der Trauung (politische Gemeinde)",
                       "Trauungsort (Gemeinde der Ziviltrauung)",
                       "Eheschließung – Gemeinde der Trauung"),
    "date_of_death": ("Todestag lt. Totenbeschaubefund",
    "Datum des Ablebens (lt. ärztlicher Bescheinigung)",
                      "Sterbedatum lt. Personenstandsregister"),
    "place_of_death": ("Ort des Ablebens (Ortsgemeinde)", "Todesort (politische Gemeinde)",
                       "Sterbeort lt. Personenstandsregister"),
    "birth_time": ("Geburtszeit (Stunde und Minute lt. Anzeige)",
    "Uhrzeit der Geburt (Std. und Min.)",
                   "Geburtszeit lt. Personenstandsregister"),
    "last_residence": ("Letzter Hauptwohnsitz der verstorbenen Person",
                       "Letzter Wohnsitz (Adresse in der Gemeinde)",
                       "Letzter Wohnort lt. Melderegister"),
    "vin": ("Fahrgestellnummer (FIN) lt. Typenschein", "Fahrgestell-Nr. lt. Fahrzeugausweis",
            "Fahrzeugidentifizierungsnummer (17-stellig)"),
    "make": ("Marke lt. Typenschein", "Marke lt. Fahrzeugausweis",
    "Fahrzeugmarke (Hersteller lt. Einzelgenehmigung)"),
    "model": ("Type / Handelsbezeichnung lt. Typenschein", "Typ lt. Fahrzeugausweis",
              "Handelsbezeichnung lt. Einzelgenehmigung"),
    "prev_plate": ("Bisheriges Kennzeichen (Ausland)", "Bisherige Kontrollschilder (Schweiz)",
                   "Zuletzt zugewiesenes ausländisches Kennzeichen"),
    "desired_plate": ("Wunschkennzeichen (in Deutschland reserviert)",
                      "Gewünschte deutsche Kontrollschilder",
                      "Reserviertes Wunschkennzeichen (Zulassungsbezirk)"),
    "evb_number": ("eVB-Nummer der deutschen Haftpflichtversicherung",
                   "Versicherungsnachweis (eVB, sieben Zeichen)", "Deckungszusage – eVB-Nummer"),
    "account_holder": ("Kontoinhaber (Lastschrift der Kfz-Steuer)",
    "Kontoinhaber/in des Lastschriftkontos",
                       "Name des Kontoinhabers für den Einzug"),
    "iban": ("IBAN (Auslandskonto zulässig)", "IBAN (internationale Kontonummer, auch CH/AT/LI)",
             "IBAN für den SEPA-Lastschrifteinzug"),
    "bic": ("BIC (internationale Bankleitzahl)", "BIC / SWIFT-Code der Bank",
            "BIC des kontoführenden Kreditinstituts"),
    "passport_number": ("Reisedokument – Nummer der Datenseite", "Passnummer gemäss Reisepass",
                        "Nummer des vorgelegten Reisepasses"),
    "passport_expiry_date": ("Reisedokument gültig bis (Ablaufdatum)",
                             "Pass gültig bis (gemäss Pass)",
                             "Ablauf der Gültigkeit des vorgelegten Reisepasses"),
    "entry_date": ("Einreise nach Deutschland erfolgte am", "Datum der Einreise (Grenzübertritt)",
                   "Eingereist am (Grenzübertritt nach Deutschland)"),
    "purpose": ("Aufenthaltszweck (angestrebt)", "Zweck des Aufenthalts in Deutschland",
                "Beantragter Aufenthaltszweck (Deutschland)"),
    "prev_permit": ("Bisheriger Aufenthaltstitel (Österreich)",
    "Ausländerausweis (Schweiz), Kategorie",
                    "Bisherige Bewilligung im Ausland"),
    "doc_kind": ("Art des Reisedokuments", "Ausweisart (Pass oder Identitätskarte)",
                 "Vorgelegtes Reisedokument (Art)"),
    "doc_number": ("Nummer des Reisedokuments", "Ausweisnummer (wie eingedruckt)",
                   "Dokumentnummer lt. Datenseite"),
    "issuing_state": ("Ausstellungsstaat (dreistelliger Code)", "Ausstellender Staat (Ländercode)",
                      "Ausstellerstaat lt. Datenseite"),
    "authority": ("Ausstellende Behörde (Passbehörde)", "Ausstellende Stelle (Passbüro)",
                  "Behörde lt. Datenseite"),
    "doc_issue": ("Ausstellungsdatum des Reisedokuments", "Ausgestellt am (wie eingedruckt)",
                  "Ausstellungsdatum lt. Datenseite"),
    "expiry_date": ("Ablaufdatum des Reisedokuments", "Gültig bis (wie eingedruckt)",
                    "Ablaufdatum lt. Datenseite"),
}

#: the Italian (South Tyrol) and French (Swiss Romandie) line under a label: (it, fr)
ALPINE_SECOND: Final[dict[str, tuple[str, str]]] = {
    "family_name": ("cognome (in stampatello)", "nom de famille (majuscules)"),
    "given_names": ("nome/i di battesimo", "prénom(s) selon pièce d'identité"),
    "birth_name": ("cognome prima del primo matrimonio", "nom de célibataire"),
    "date_of_birth": ("data di nascita (giorno, mese, anno)", "date de naissance (jour, mois, an)"),
    "place_of_birth": ("luogo di nascita (comune)", "lieu de naissance (commune)"),
    "sex": ("sesso secondo l'atto", "sexe selon pièce d'identité"),
    "nationality": ("cittadinanza (stato)", "nationalité (état)"),
    "marital": ("stato civile (celibe, coniugato ...)", "état civil (célibataire, marié ...)"),
    "move_in_date": ("data di presa alloggio", "date d'arrivée dans le logement"),
    "street": ("via, piazza", "rue, place"),
    "house_number": ("numero civico dell'alloggio", "numéro de la maison"),
    "postal_code": ("codice di avviamento postale", "numéro postal d'acheminement"),
    "city": ("comune dell'alloggio", "commune du logement"),
    "street_line": ("via e numero civico dell'alloggio", "rue et numéro (logement)"),
    "city_line": ("CAP e comune dell'alloggio", "NPA et commune du logement"),
    "address_line": ("indirizzo completo dell'alloggio", "adresse complète du logement"),
    "dwelling": ("residenza principale o secondaria", "domicile principal ou secondaire"),
    "dwelling_q": ("si tratta della residenza principale?", "s'agit-il du domicile principal?"),
    "previous_address": ("provenienza (ultimo alloggio, stato)", "provenance (dernier logement)"),
    "landlord_name": ("locatore / chi dà alloggio", "bailleur / logeur"),
    "landlord_address": ("indirizzo di chi dà alloggio", "adresse du logeur"),
    "tenant": ("persona alloggiata (nome e cognome)", "personne logée (prénom et nom)"),
    "mother_name": ("madre (nome e cognome)", "mère – prénom(s) et nom"),
    "father_name": ("padre (nome e cognome)", "père – prénom(s) et nom"),
    "registry_office": ("ufficio di stato civile emittente", "office de l'état civil émetteur"),
    "register_number": ("numero dell'atto (anno)", "numéro de l'inscription (année)"),
    "issue_date": ("data del rilascio dell'estratto", "date de délivrance de cet extrait"),
    "marriage_date": ("data del matrimonio (celebrazione)", "date de la célébration du mariage"),
    "marriage_place": ("luogo della celebrazione", "lieu de la célébration"),
    "date_of_death": ("data della morte", "décès survenu le"),
    "place_of_death": ("luogo del decesso (comune)", "lieu du décès (commune)"),
    "expiry_date": ("data di scadenza del documento", "date d'expiration du document"),
    "doc_number": ("numero del documento di viaggio", "numéro du document de voyage"),
}

ALPINE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Meldepflichtige Person (Unterkunftnehmer)", "Personalien gemäss Ausweis",
               "Personendaten lt. Register"),
    "dwelling": ("Unterkunft in Deutschland, die bezogen wird",
                 "Neue Wohnadresse in Deutschland (Zuzug)",
                 "Unterkunftsdaten (Inland Deutschland)"),
    "previous": ("Bisherige Unterkunft (Wegzug aus dem Ausland)", "Wegzug – bisherige Wohnadresse",
                 "Vorherige Unterkunft (Ausland)"),
    "contact": ("Erreichbarkeit der meldepflichtigen Person",
    "Kontakt für Rückfragen der Einwohnerkontrolle",
                "Erreichbarkeit (ohne Pflicht)"),
    "landlord": ("Unterkunftgeber (Eigentümer oder Beauftragter)",
                 "Vermieter / Unterkunftgeber (Personalien)", "Unterkunftgeberdaten"),
    "flat": ("Überlassene Unterkunft in Deutschland", "Vermietete Wohnung in Deutschland",
             "Unterkunftsdaten der überlassenen Wohnung"),
    "tenants": ("Unterkunftnehmer (aufgenommene Personen)",
    "Eingezogene Personen gemäss Mietvertrag",
                "Aufgenommene Personen lt. Unterkunftgeber"),
    "child": ("Das Kind (Geburtseintrag)", "Personalien des Kindes gemäss Register",
              "Kind lt. Personenstandsregister"),
    "parents": ("Die Eltern des Kindes (Geburtseintrag)", "Eltern gemäss Register",
                "Eltern lt. Personenstandsregister"),
    "spouse1": ("Erste Person (Ehegatte / Ehegattin)", "Ehepartner A gemäss Register",
                "Ehegatte 1 lt. Personenstandsregister"),
    "spouse2": ("Zweite Person (Ehegatte / Ehegattin)", "Ehepartner B gemäss Register",
                "Ehegatte 2 lt. Personenstandsregister"),
    "marriage": ("Die Trauung (Eheschließung vor dem Standesamt)", "Trauung gemäss Register",
                 "Eheschließung lt. Personenstandsregister"),
    "deceased": ("Die verstorbene Person (Sterbeeintrag)", "Verstorbene Person gemäss Register",
                 "Verstorbene Person lt. Personenstandsregister"),
    "death": ("Das Ableben (Sterbeeintrag)", "Todesfall gemäss Register",
              "Ableben lt. Personenstandsregister"),
    "register": ("Beurkundung und Ausfertigung des Auszugs", "Registerdaten gemäss Beurkundung",
                 "Beurkundung lt. Personenstandsregister"),
    "holder": ("Künftiger Zulassungsbesitzer in Deutschland",
               "Halterin / Halter (Wohnsitz in Deutschland)", "Halterdaten lt. Antrag"),
    "vehicle": ("Eingeführtes Fahrzeug (Einzelgenehmigung)", "Fahrzeug aus dem Ausland (Import)",
                "Fahrzeugdaten lt. Typenschein"),
    "insurance": ("Haftpflichtversicherung (deutscher Versicherer)",
                  "Versicherungsnachweis für Deutschland", "Versicherungsdaten (eVB)"),
    "account": ("SEPA-Mandat für die Kfz-Steuer (auch Auslandskonto)",
                "Bankverbindung für die Fahrzeugsteuer (SEPA)", "Kontodaten für den Einzug"),
    "applicant": ("Antragstellende Person (Zuzug aus dem Ausland)",
                  "Gesuchstellerin / Gesuchsteller", "Personendaten der antragstellenden Person"),
    "passport": ("Reisedokument der antragstellenden Person",
                 "Reisepass der Gesuchstellerin / des Gesuchstellers",
                 "Passdaten lt. Reisedokument"),
    "stay": ("Angestrebter Aufenthaltszweck in Deutschland", "Zweck des Aufenthalts (Gesuch)",
             "Zweckangaben lt. Antrag"),
    "home": ("Wohnadresse in Deutschland (Unterkunft)", "Neue Wohnadresse (Deutschland)",
             "Wohnungsdaten in Deutschland"),
    "document": ("Reisedokument – Abschrift der Datenseite", "Ausweisdaten (abgeschrieben)",
                 "Dokumentdaten lt. Datenseite"),
    "holder_id": ("Inhaberin / Inhaber des Reisedokuments",
                  "Inhaberin / Inhaber des Ausweises (Personalien)", "Inhaberdaten lt. Datenseite"),
}

ALPINE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("MELDEZETTEL – Anmeldung der Unterkunft",
    "Meldeformular Zuzug (Einwohnerkontrolle)",
                  "Meldezettel zur Anmeldung eines Wohnsitzes"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Unterkunftgebers",
                                  "Vermieterbestätigung für die Einwohnerkontrolle",
                                  "Unterkunftgeberbestätigung zum Meldezettel"),
    "geburtsurkunde": ("Geburtsurkunde aus dem Zentralen Personenstandsregister",
                       "Auszug aus dem Personenstandsregister – Geburt",
                       "Geburtsurkunde – Auszug aus dem Geburtenbuch der Gemeinde"),
    "eheurkunde": ("Heiratsurkunde aus dem Zentralen Personenstandsregister",
                   "Auszug aus dem Personenstandsregister – Eheschließung",
                   "Heiratsurkunde – Auszug aus dem Ehebuch der Gemeinde"),
    "sterbeurkunde": ("Sterbeurkunde aus dem Zentralen Personenstandsregister",
                      "Auszug aus dem Personenstandsregister – Todesfall",
                      "Sterbeurkunde – Auszug aus dem Sterbebuch der Gemeinde"),
    "antrag_zulassung": ("Antrag auf Zulassung eines aus dem Ausland eingeführten Fahrzeugs",
                         "Gesuch um Zulassung (Fahrzeugimport aus der Schweiz / Österreich)",
                         "Zulassungsantrag – Einzelgenehmigung liegt bei"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels (Zuzug aus dem "
                                "Ausland)", "Gesuch um Aufenthaltsbewilligung in Deutschland",
                                "Aufenthaltstitel – Antrag bei Zuzug aus Österreich/Schweiz"),
    "identity_document": ("Kopie des Reisedokuments mit Abschrift", "Ausweiskopie (Vorder- und "
                          "Rückseite)", "Abschrift der Datenseite des Reisedokuments"),
}

#: the second-language title line of a bilingual document: (it, fr)
ALPINE_TITLE_SECOND: Final[dict[str, tuple[str, str]]] = {
    "anmeldung": ("modulo di notifica – iscrizione dell'alloggio", "annonce d'arrivée"),
    "wohnungsgeberbestaetigung": ("conferma di chi dà alloggio", "attestation du logeur"),
    "geburtsurkunde": ("estratto dell'atto di nascita", "extrait de l'acte de naissance"),
    "eheurkunde": ("estratto dell'atto di matrimonio", "extrait de l'acte de mariage"),
    "sterbeurkunde": ("estratto dell'atto di morte", "extrait de l'acte de décès"),
    "antrag_zulassung": ("domanda di immatricolazione", "demande d'immatriculation (importation)"),
    "aufenthaltstitel_antrag": ("domanda di titolo di soggiorno (Germania)",
    "demande d'autorisation de "
                                "séjour"),
    "identity_document": ("copia del documento di viaggio", "copie du document de voyage"),
}

ALPINE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer_AT": ("REPUBLIK ÖSTERREICH", "Republik Österreich – Bundesministerium für Inneres"),
    "issuer_CH": ("Schweizerische Eidgenossenschaft · Confédération suisse · Confederazione "
                  "Svizzera", "Kanton {} – Einwohnerkontrolle"),
    "issuer_LI": ("FÜRSTENTUM LIECHTENSTEIN", "Fürstentum Liechtenstein – Ausländer- und "
                  "Passamt"),
    "issuer_ST": ("Autonome Provinz Bozen – Südtirol · Provincia autonoma di Bolzano – Alto Adige",
                  "Gemeinde {} · Comune di {}"),
    "zmr": ("ZMR-Zahl: {}", "Zentrales Melderegister – Zahl {}"),
    "zpr": ("ZPR-Zahl {}", "Zentrales Personenstandsregister, Zahl {}"),
    "infostar": ("Personenidentifikationsnummer (Infostar): {}", "Infostar-Nr. {}"),
    "form_no": ("Anlage A zur Meldegesetz-Durchführungsverordnung", "Formular EK {} (Ausgabe {})",
                "Formular {} – bitte in Blockschrift ausfüllen"),
    "instruct": ("Bitte in Blockschrift ausfüllen und vom Unterkunftgeber unterschreiben lassen.",
                 "Zutreffendes bitte ankreuzen. Felder ohne Angabe durchstreichen.",
                 "Nicht zutreffende Felder frei lassen."),
    "office_box": ("Raum für behördliche Vermerke (Meldebestätigung)",
                   "Vermerke der Einwohnerkontrolle", "Eingangsvermerk der Meldebehörde"),
    "received": ("Eingelangt am {}", "Bei der Einwohnerkontrolle eingegangen am {}",
                 "Der Behörde vorgelegt am {}"),
    "sign_person": ("Unterschrift der meldepflichtigen Person (Unterkunftnehmer)",
    "Unterschrift der zuziehenden Person",
                    "Unterschrift der Gesuchstellerin / des Gesuchstellers"),
    "sign_host": ("Unterkunftgeber (Name in Blockschrift, Datum und Unterschrift)",
                  "Unterschrift des Vermieters / der Vermieterin"),
    "sign_registrar": ("Die Standesbeamtin / Der Standesbeamte (Personenstandsbehörde)",
    "Für die Personenstandsbehörde",
                       "Die Zivilstandsbeamtin / Der Zivilstandsbeamte (Beglaubigung)"),
    "seal": ("Amtssiegel der Personenstandsbehörde", "Rundsiegel der Behörde", "Siegel / timbro"),
    "place_date": ("{}, am {}", "{}, den {}", "{}, {}"),
    "fee": ("Gebühr: EUR {},– (Bundesverwaltungsabgabe)", "Gebühr: CHF {}.–",
            "Diritti / Gebühren: EUR {},00"),
    "no_changes": ("Keine weiteren Eintragungen.", "Ergänzende Angaben: keine",
                   "Es bestehen keine späteren Vermerke."),
    "apostille": ("Dieser Auszug wird zur Vorlage bei einer deutschen Behörde ausgestellt.",
                  "Zur Verwendung im Ausland (Deutschland) bestimmt.",
                  "Zum Gebrauch bei deutschen Behörden – mehrsprachige Fassung auf Anfrage."),
    "copy_note": ("Die Kopie entspricht dem vorgelegten Original.",
                  "Kopie des Ausweises – zur Vorlage bei der Ausländerbehörde",
                  "Abschrift der Datenseite – von der Behörde verglichen"),
    "zone_note": ("Maschinenlesbare Zone (vollständig abgeschrieben):",
                  "Maschinenlesbarer Bereich des Dokuments:", "Zone für die maschinelle Lesung:"),
    "page": ("Seite {} von {}", "Bogen Nr. {} zu {}", "Pagina {} di {} – Seite {} von {}"),
    "stair_none": ("–", "entfällt"),
    "yes": ("ja",), "no": ("nein",),
    "abroad": ("ja, Staat: {}", "ja, Zuzug aus: {}"),
    "heimatort_note": ("Heimatort: {}", "Bürgerort: {}"),
    "religion_none": ("ohne Angabe", "keine Angabe gewünscht"),
    "transl_note": ("Bei Abweichungen gilt der deutsche Wortlaut.",
                    "In caso di divergenza fa fede il testo tedesco."),
    "land_value": ("Nordrhein-Westfalen",),
}

#: the labels on the data page of an issuer's passport or card (``title_p`` / ``title_i`` are
#: the document's heading on a passport / a card; ``place`` is the place of birth, on a Swiss
#: document the home town)
ALPINE_VIZ: Final[dict[str, dict[str, str]]] = {
    "AT": {"title_p": "REPUBLIK ÖSTERREICH · REISEPASS / PASSPORT / PASSEPORT",
           "title_i": "REPUBLIK ÖSTERREICH · PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ",
           "surname": "Name / Surname / Nom", "given": "Vornamen / Given names / Prénoms",
           "nationality": "Staatsangehörigkeit / Nationality / Nationalité",
           "dob": "Geburtsdatum / Date of birth / Date de naissance",
           "sex": "Geschlecht / Sex / Sexe", "place": "Geburtsort / Place of birth / Lieu de "
           "naissance", "issue": "Ausstellungsdatum / Date of issue / Date de délivrance",
           "expiry": "Gültig bis / Date of expiry / Date d'expiration",
           "authority": "Behörde / Authority / Autorité", "number": "Pass-Nr. / Passport No."},
    "CH": {"title_p": "SCHWEIZERISCHE EIDGENOSSENSCHAFT · PASS / PASSEPORT / PASSAPORTO / "
                      "PASSPORT",
           "title_i": "IDENTITÄTSKARTE / CARTE D'IDENTITÉ / CARTA D'IDENTITÀ / IDENTITY CARD",
           "surname": "Name / Nom / Cognome / Surname",
           "given": "Vorname(n) / Prénom(s) / Nome(i) / Given name(s)",
           "nationality": "Staatsangehörigkeit / Nationalité / Cittadinanza / Nationality",
           "dob": "Geburtsdatum / Date de naissance / Data di nascita / Date of birth",
           "sex": "Geschlecht / Sexe / Sesso / Sex",
           "place": "Heimatort / Lieu d'origine / Luogo di attinenza / Place of origin",
           "issue": "Ausstellungsdatum / Date d'émission / Data di rilascio / Date of issue",
           "expiry": "Gültig bis / Date d'expiration / Data di scadenza / Date of expiry",
           "authority": "Behörde / Autorité / Autorità / Authority",
           "number": "Nr. / No / N. / No."},
    "LI": {"title_p": "FÜRSTENTUM LIECHTENSTEIN · REISEPASS / PASSEPORT / PASSPORT",
           "title_i": "FÜRSTENTUM LIECHTENSTEIN · IDENTITÄTSKARTE / IDENTITY CARD",
           "surname": "Familienname / Nom / Surname", "given": "Vornamen / Prénoms / Given names",
           "nationality": "Staatsangehörigkeit / Nationalité / Nationality",
           "dob": "Geburtsdatum / Date de naissance / Date of birth",
           "sex": "Geschlecht / Sexe / Sex", "place": "Geburtsort / Lieu de naissance / Place "
           "of birth", "issue": "Ausgestellt am / Délivré le / Date of issue",
           "expiry": "Gültig bis / Valable jusqu'au / Date of expiry",
           "authority": "Ausstellende Behörde / Autorité / Authority",
           "number": "Passnummer / No du passeport"},
    "ST": {"title_p": "REPUBBLICA ITALIANA · PASSAPORTO / PASSPORT / PASSEPORT",
           "title_i": "REPUBBLICA ITALIANA · CARTA DI IDENTITÀ / IDENTITY CARD",
           "surname": "COGNOME / SURNAME", "given": "NOME / NAME",
           "nationality": "CITTADINANZA / NATIONALITY",
           "dob": "DATA DI NASCITA / DATE OF BIRTH", "sex": "SESSO / SEX",
           "place": "LUOGO DI NASCITA / PLACE OF BIRTH", "issue": "EMISSIONE / ISSUING",
           "expiry": "SCADENZA / EXPIRY", "authority": "COMUNE DI / MUNICIPALITY",
           "number": "N. DOCUMENTO / DOCUMENT NO."},
}

# --- archive: older German forms and register entries, certified as copies -----------------------

#: per field: three labels (a West German form of the 1960s/70s, an East German one, a West
#: German one of the 1980s/90s)
ARCHIVE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Zuname (bei Frauen auch Mädchenname)", "Familienname des Bürgers",
                    "Familienname (in Maschinenschrift)"),
    "given_names": ("Sämtliche Vornamen (Rufname ist zu unterstreichen)", "Vorname(n) des Bürgers",
                    "Vornamen (in Maschinenschrift)"),
    "birth_name": ("Mädchenname (d. i. Geburtsname)", "Geburtsname des Bürgers",
                   "Geburtsname (in Maschinenschrift)"),
    "date_of_birth": ("Geburtstag, -monat und -jahr", "Geburtsdatum des Bürgers",
                      "Tag der Geburt (in Maschinenschrift)"),
    "place_of_birth": ("Geburtsort (Kreis)", "Geburtsort, Kreis, Bezirk",
                       "Geburtsort (in Maschinenschrift)"),
    "sex": ("Geschlecht (männl. / weibl.)", "Geschlecht des Bürgers",
            "Geschlecht (zutreffendes mit x bezeichnen)"),
    "nationality": ("Staatsangehörigkeit (bei Ausländern: Staat)", "Staatsbürgerschaft des Bürgers",
                    "Staatsangehörigkeit (in Maschinenschrift)"),
    "marital": ("Familienstand – led. / verh. / verw. / gesch. / getr. –",
                "Familienstand des Bürgers", "Familienstand (ledig, verh., verw., gesch.)"),
    "religion": ("Religion (ev., kath., sonst.)", "Religionszugehörigkeit des Bürgers",
                 "rel. Bekenntnis (freiwillig)"),
    "move_in_date": ("Tag des Einzugs in die hiesige Wohnung", "Datum des Zuzugs des Bürgers",
                     "Einzugstag (in Maschinenschrift)"),
    "street": ("STRASSE, PLATZ (ohne Nr.)", "Straße des Wohnsitzes",
    "Strasse (in Maschinenschrift)"),
    "house_number": ("Hausnummer (nebst Buchstaben)", "Haus-Nr. des Wohnsitzes",
                     "Hausnummer (in Maschinenschrift)"),
    "postal_code": ("Postleitzahl (neu, fünfstellig)", "Postleitzahl des Wohnsitzes",
                    "Postleitzahl (in Maschinenschrift)"),
    "city": ("Gemeinde (ohne Kreis)", "Wohnort (Gemeinde) des Bürgers",
             "Wohnort (in Maschinenschrift)"),
    "kreis": ("Kreis bzw. kreisfreie Stadt", "Kreis, Bezirk des Wohnsitzes",
              "Landkreis (in Maschinenschrift)"),
    "street_line": ("Strasse und Haus-Nr. der hiesigen Wohnung", "Straße, Haus-Nr. des Wohnsitzes",
                    "Strasse, Hausnummer (in Maschinenschrift)"),
    "city_line": ("Postleitzahl und Gemeinde der hiesigen Wohnung",
    "Postleitzahl, Wohnort des Bürgers",
                  "Postleitzahl, Wohnort (in Maschinenschrift)"),
    "address_line": ("Genaue Anschrift der Wohnung (Strasse, Nr., Postleitzahl, Ort)",
                     "Anschrift des Wohnsitzes des Bürgers",
                     "Anschrift (in Maschinenschrift)"),
    "dwelling": ("Die Wohnung ist (zutreffendes ankreuzen)", "Art des Wohnsitzes des Bürgers",
                 "Haupt- oder Nebenwohnung (in Maschinenschrift)"),
    "previous_address": ("Bisherige Wohnung (Gemeinde, Kreis, Strasse, Nr.)",
                         "Letzter Wohnsitz des Bürgers", "Letzte Wohnung (in Maschinenschrift)"),
    "phone": ("Fernruf (falls vorhanden)", "Fernsprechanschluß des Bürgers",
              "Telefon (in Maschinenschrift)"),
    "id_card": ("Personalausweis / Reisepaß Nr.", "Personalausweis für Bürger der DDR, Nr.",
                "Ausweis-Nr. (in Maschinenschrift)"),
    "landlord_name": ("Name des Hauswirts (Vermieters)", "Name des Hauseigentümers bzw. Verwalters",
                      "Vermieter (in Maschinenschrift)"),
    "landlord_address": ("Wohnung des Hauswirts (Ort, Strasse, Nr.)",
                         "Anschrift des Hauseigentümers bzw. Verwalters",
                         "Anschrift des Vermieters (in Maschinenschrift)"),
    "role": ("Der Unterzeichnete ist (zutreffendes ankreuzen)", "Eigenschaft des Unterzeichners",
             "Eigentümer oder Verwalter (in Maschinenschrift)"),
    "tenant": ("Vor- und Zuname des Einziehenden", "Name des zugezogenen Bürgers",
               "Eingezogen (in Maschinenschrift)"),
    "mother_name": ("Kindesmutter (Vor- und Zuname, ggf. Mädchenname)",
    "Name der Mutter des Kindes lt. Geburtenbuch",
                    "Mutter (in Maschinenschrift)"),
    "father_name": ("Kindesvater (Vor- und Zuname, Stand)",
    "Name des Vaters des Kindes lt. Geburtenbuch",
                    "Vater (in Maschinenschrift)"),
    "registry_office": ("Standesamt (Sitz)", "Standesamt beim Rat der Stadt bzw. Gemeinde",
                        "Standesamt (in Maschinenschrift)"),
    "register_number": ("Nr. des Buches (Kennbuchstabe, Nr./Jahr)", "Registernummer des Buches",
                        "Buch-Nr. (in Maschinenschrift)"),
    "issue_date": ("Tag der Beglaubigung", "Datum der Ausfertigung der Abschrift",
                   "Beglaubigt am (in Maschinenschrift)"),
    "marriage_date": ("Tag der Eheschliessung (Heiratsbuch)", "Datum der Eheschließung der Bürger",
                      "Eheschliessung am (in Maschinenschrift)"),
    "marriage_place": ("Ort der Eheschliessung (Heiratsbuch)", "Ort der Eheschließung der Bürger",
                       "Eheschliessung in (in Maschinenschrift)"),
    "date_of_death": ("Tag des Todes (Sterbebuch)", "Sterbedatum des Bürgers",
    "Todestag (in Maschinenschrift)"),
    "place_of_death": ("Ort des Todes (Kreis)", "Sterbeort, Kreis, Bezirk",
                       "Sterbeort (in Maschinenschrift)"),
    "birth_time": ("Stunde der Geburt (Uhrzeit)", "Uhrzeit der Geburt des Kindes",
                   "Geburtsstunde (in Maschinenschrift)"),
    "last_residence": ("Letzte Wohnung des Verstorbenen (Ort, Strasse)",
    "Letzter Wohnsitz des Bürgers (verst.)",
                       "Zuletzt wohnhaft (in Maschinenschrift)"),
    "vin": ("Fahrgestell-Nr. (lt. Kraftfahrzeugbrief)", "Fahrgestellnummer lt. Zulassungsschein",
            "Fahrzeug-Ident.-Nr. (in Maschinenschrift)"),
    "make": ("Fabrikmarke (lt. Kraftfahrzeugbrief)", "Hersteller lt. Zulassungsschein",
             "Fabrikat (in Maschinenschrift)"),
    "model": ("Typ (lt. Kraftfahrzeugbrief)", "Typ lt. Zulassungsschein",
              "Typ (in Maschinenschrift)"),
    "desired_plate": ("Gewünschtes amtliches Kennzeichen (falls reserviert)",
    "Gewünschtes polizeiliches Kennzeichen",
                      "Kennzeichenwunsch (in Maschinenschrift)"),
    "evb_number": ("Versicherungsbestätigung (Doppelkarte) Nr.",
    "Nr. der Versicherungsbestätigung (Kraftfahrt)",
                   "eVB-Nr. (in Maschinenschrift)"),
    "account_holder": ("Kontoinhaber (falls abweichend)", "Inhaber des Kontos (Sparkasse)",
                       "Kontoinhaber (in Maschinenschrift)"),
    "iban": ("Kontonummer international (IBAN)", "IBAN des Kontos des Bürgers",
             "IBAN (in Maschinenschrift)"),
    "bic": ("Bankleitzahl international (BIC)", "BIC des Geldinstituts (Sparkasse)",
            "BIC (in Maschinenschrift)"),
    "passport_number": ("Nr. des Passes (Nationalpaß)", "Nummer des Reisepasses des Ausländers",
                        "Paß-Nr. (in Maschinenschrift)"),
    "passport_expiry_date": ("Paß gültig bis (lt. Eintrag im Paß)",
    "Gültigkeit des Reisepasses bis (Datum)",
                             "Paß gültig bis (in Maschinenschrift)"),
    "entry_date": ("Tag der Einreise in das Bundesgebiet (lt. Stempel)",
    "Datum der Einreise des Ausländers",
                   "Einreise am (in Maschinenschrift)"),
    "purpose": ("Zweck des Aufenthalts im Bundesgebiet (Angabe des Ausländers)",
    "Aufenthaltszweck des Ausländers",
                "Aufenthaltszweck (in Maschinenschrift)"),
    "doc_kind": ("Art des Ausweises (Paß, Personalausweis)", "Art des Personaldokuments",
                 "Ausweisart (in Maschinenschrift)"),
    "doc_number": ("Nummer des Ausweises", "Nummer des Personaldokuments",
                   "Ausweis-Nummer (in Maschinenschrift)"),
    "issuing_state": ("Ausstellender Staat (Kennzeichen)", "Ausstellerstaat des Dokuments",
                      "Ausstellungsstaat (in Maschinenschrift)"),
    "authority": ("Ausstellende Behörde des Ausweises", "Ausstellende Dienststelle",
                  "Behörde (in Maschinenschrift)"),
    "doc_issue": ("Ausgestellt am (Ausweis)", "Datum der Ausstellung des Personaldokuments",
                  "Ausstellungstag (in Maschinenschrift)"),
    "expiry_date": ("Gültig bis (lt. Ausweis)", "Gültigkeit des Dokuments bis",
                    "Ablauf (in Maschinenschrift)"),
}

ARCHIVE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Persönliche Verhältnisse des Zuziehenden", "Angaben zur Person des Bürgers",
               "Personalien (Maschinenschrift)"),
    "dwelling": ("Die neue Wohnung des Zuziehenden", "Neuer Wohnsitz des Bürgers",
                 "Neue Wohnung (Maschinenschrift)"),
    "previous": ("Die bisherige Wohnung des Zuziehenden", "Bisheriger Wohnsitz des Bürgers",
                 "Bisherige Wohnung (Maschinenschrift)"),
    "contact": ("Sonstige freiwillige Angaben des Zuziehenden", "Weitere Angaben des Bürgers",
                "Sonstiges (Maschinenschrift)"),
    "landlord": ("Angaben über den Hauswirt (Vermieter)",
    "Angaben zum Hauseigentümer bzw. Verwalter",
                 "Hauswirt (Maschinenschrift)"),
    "flat": ("Lage der überlassenen Wohnung", "Überlassener Wohnraum des Hauseigentümers",
             "Wohnung (Maschinenschrift)"),
    "tenants": ("Eingezogene Personen (je Zeile eine Person)",
                "Zugezogene Bürger (je Zeile ein Bürger)", "Einziehende (Maschinenschrift)"),
    "holder": ("Angaben über den Halter des Kraftfahrzeugs", "Angaben zum Fahrzeughalter (Bürger)",
               "Halter (Maschinenschrift)"),
    "vehicle": ("Angaben über das Kraftfahrzeug (lt. Brief)",
    "Angaben zum Kraftfahrzeug des Bürgers",
                "Fahrzeug (Maschinenschrift)"),
    "insurance": ("Nachweis der Haftpflichtversicherung",
                  "Angaben zur Kraftfahrtversicherung des Bürgers",
                  "Versicherung (Maschinenschrift)"),
    "account": ("Abbuchungsauftrag für die Kraftfahrzeugsteuer", "Angaben zum Konto des Bürgers",
                "Abbuchung (Maschinenschrift)"),
    "applicant": ("Persönliche Verhältnisse des Antragstellers",
                  "Angaben zum Ausländer (Antragsteller)", "Antragsteller (Maschinenschrift)"),
    "passport": ("Angaben über den Paß des Antragstellers", "Angaben zum Reisepaß des Ausländers",
                 "Paß (Maschinenschrift)"),
    "stay": ("Angaben über den beabsichtigten Aufenthalt",
             "Angaben zum Aufenthaltszweck des Ausländers", "Aufenthalt (Maschinenschrift)"),
    "home": ("Anschrift des Antragstellers im Bundesgebiet", "Wohnsitz des Ausländers",
             "Wohnung im Bundesgebiet (Maschinenschrift)"),
    "document": ("Angaben aus dem vorgelegten Ausweis", "Angaben zum Personaldokument des Bürgers",
                 "Ausweis (Maschinenschrift)"),
    "holder_id": ("Angaben über den Inhaber des Ausweises",
                  "Angaben zum Inhaber des Dokuments (Bürger)", "Inhaber (Maschinenschrift)"),
    "child": ("Angaben über das neugeborene Kind (Geburtenbuch)", "Angaben zum Kind (Geburtenbuch)",
              "Kind (Maschinenschrift)"),
    "parents": ("Angaben über die Eltern des neugeborenen Kindes",
    "Angaben zu den Eltern (Geburtenbuch)",
                "Eltern (Maschinenschrift)"),
    "spouse1": ("Angaben über den Mann bzw. ersten Ehegatten",
                "Angaben zum ersten Ehepartner (Ehebuch)", "Erster Ehegatte (Maschinenschrift)"),
    "spouse2": ("Angaben über die Frau bzw. zweiten Ehegatten",
                "Angaben zum zweiten Ehepartner (Ehebuch)", "Zweiter Ehegatte (Maschinenschrift)"),
    "marriage": ("Angaben über die Eheschliessung (Heiratsbuch)",
                 "Angaben zur Eheschließung (Ehebuch)", "Eheschliessung (Maschinenschrift)"),
    "deceased": ("Angaben über den Verstorbenen (Sterbebuch)", "Angaben zum verstorbenen Bürger",
                 "Verstorbener (Maschinenschrift)"),
    "death": ("Angaben über den Sterbefall (Sterbebuch)", "Angaben zum Sterbefall des Bürgers",
              "Sterbefall (Maschinenschrift)"),
    "register": ("Angaben über die Eintragung im Buch", "Angaben zur Beurkundung beim Standesamt",
                 "Eintragung (Maschinenschrift)"),
}

ARCHIVE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein für Zuziehende (Anmeldung)", "Meldeschein – Anmeldung des Bürgers",
                  "Anmeldung bei der Meldebehörde (Vordruck alt)"),
    "wohnungsgeberbestaetigung": ("Bescheinigung des Hauswirts über den Einzug",
                                  "Bestätigung des Hauseigentümers über den Zuzug",
                                  "Vermieterbescheinigung (Vordruck alt)"),
    "geburtsurkunde": ("Beglaubigte Abschrift aus dem Geburtenbuch",
                       "Geburtsurkunde (Abschrift aus dem Geburtenbuch der DDR)",
                       "Beglaubigte Abschrift – Geburtseintrag"),
    "eheurkunde": ("Beglaubigte Abschrift aus dem Heiratsbuch",
                   "Eheurkunde (Abschrift aus dem Ehebuch der DDR)",
                   "Beglaubigte Abschrift – Heiratseintrag"),
    "sterbeurkunde": ("Beglaubigte Abschrift aus dem Sterbebuch",
                      "Sterbeurkunde – Abschrift aus dem Sterbebuch des Standesamts",
                      "Beglaubigte Abschrift – Sterbeeintrag"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Kraftfahrzeugs (Vordruck alt)",
                         "Antrag auf Zulassung eines Fahrzeugs zum Strassenverkehr (alt)",
                         "Zulassungsantrag mit Abbuchungsauftrag"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung einer Aufenthaltserlaubnis (Vordruck alt)",
                                "Antrag des Ausländers auf Aufenthalt",
                                "Aufenthaltserlaubnis – Antrag (Vordruck alt)"),
    "identity_document": ("Beglaubigte Ablichtung eines Ausweises",
                          "Beglaubigte Fotokopie des Personaldokuments",
                          "Ablichtung (Reisepaß / Personalausweis) – beglaubigt"),
}

#: the typed sentences of an old register entry (gaps for values) and of its marginal notes
ARCHIVE_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "birth_entry": (
        "{mother}, wohnhaft in {town}, hat am {date} in {place} {child} geboren. Das Kind hat "
        "die Vornamen {given} erhalten.",
        "In {place} wurde am {date} von {mother} {child} geboren, das die Vornamen {given} "
        "erhalten hat.",
    ),
    "child_sex": ("ein Kind {} Geschlechts", "ein Kind {} Geschlechtes"),
    "child_plain": ("ein Kind (Geschlecht siehe Zusatz)", "ein Kind (Geschlecht gesondert "
                    "vermerkt)"),
    "sex_line": ("Zusatz zum Geschlecht des Kindes: {}", "Geschlechtsangabe (Zusatz): {}"),
    "pob_suffix": (", gebürtig aus {}", ", geboren zu {} (lt. Heiratsbuch)"),
    "birth_name_line": ("Familienname des Kindes: {family}", "Das Kind führt den Familiennamen "
                        "{family}."),
    "father_line": ("Vater des Kindes: {father}", "Als Vater ist eingetragen: {father}"),
    "mother_line": ("Als Mutter ist eingetragen: {mother}", "Mutter: {mother} (lt. Anzeige)"),
    "marriage_entry": (
        "Vor dem unterzeichneten Standesbeamten erschienen heute zum Zwecke der Eheschließung "
        "die Verlobten in {place} am {date}:",
        "Die nachstehend Genannten haben am {date} in {place} vor dem Standesbeamten die Ehe "
        "geschlossen:",
    ),
    "spouse_line": ("{given} {family}, geboren am {dob}", "{family}, {given}, geb. {dob}"),
    "death_entry": (
        "{given} {family}, geboren am {dob} in {pob}, ist am {date} in {place} verstorben.",
        "Am {date} verstarb in {place}: {given} {family}, geb. am {dob} in {pob}.",
    ),
    "residence_line": ("Zuletzt wohnhaft: {residence}", "Letzte Wohnung: {residence}"),
    "entered": ("Eingetragen auf mündliche Anzeige am {}.", "Eingetragen am {}.",
                "Die Eintragung erfolgte am {}."),
    "randvermerk_head": ("Randvermerke zu dieser Eintragung:", "Am Rande vermerkt:",
                         "Vermerke am Rande des Eintrags:"),
    # marginal notes that replace a value (the truth takes the note's value)
    "rv_family": (
        "Das Kind führt auf Grund der Erklärung vom {day} den Familiennamen {new}.",
        "Durch Einbenennung vom {day} hat das Kind den Familiennamen {new} erhalten.",
    ),
    "rv_given": (
        "Der Vorname des Kindes ist durch Beschluß vom {day} berichtigt in: {new}.",
        "Berichtigt am {day}: die Vornamen des Kindes lauten richtig {new}.",
    ),
    "rv_father": (
        "Die Vaterschaft wurde am {day} anerkannt. Vater des Kindes ist {new}.",
        "Als Vater des Kindes wurde am {day} eingetragen: {new}.",
    ),
    "rv_death_date": (
        "Berichtigt am {day}: der Todestag ist richtig der {new}.",
        "Auf Anordnung vom {day} berichtigt: Sterbetag {new}.",
    ),
    "rv_place_of_birth": (
        "Berichtigt am {day}: der Geburtsort lautet richtig {new}.",
        "Der Geburtsort ist durch Beschluß vom {day} berichtigt in: {new}.",
    ),
    "rv_spouse_given": (
        "Berichtigt am {day}: die Vornamen des {which} Ehegatten lauten richtig {new}.",
        "Durch Beschluß vom {day} berichtigt: Vornamen des {which} Ehegatten {new}.",
    ),
    # marginal notes that record a later event (no value of the truth changes)
    "rv_marriage_of_child": (
        "Das Kind hat am {day} vor dem Standesamt {office} die Ehe geschlossen ({register}).",
        "Eheschließung des Kindes am {day}, Standesamt {office}, Nr. {register}.",
    ),
    "rv_divorce": (
        "Die Ehe ist durch Urteil des Amtsgerichts {office} vom {day} geschieden.",
        "Geschieden durch rechtskräftiges Urteil vom {day} (Amtsgericht {office}).",
    ),
    "rv_burial": (
        "Die Beisetzung erfolgte am {day} in {office}.",
        "Bestattet am {day} auf dem Friedhof in {office}.",
    ),
    "ddr_id": ("ausgewiesen durch Personalausweis für Bürger der DDR Nr. {}",
               "Die Erschienenen wiesen sich aus durch Personalausweis für Bürger der DDR "
               "Nr. {}"),
}

ARCHIVE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form_no": ("Vordruck Nr. {} – Ausgabe {}", "Formblatt {}/{} (Nachdruck verboten)",
                "Muster {} – Druck {}"),
    "printer": ("Druck: Verlag für Verwaltungsvordrucke, {}", "VEB Formulardruck {}",
                "Nachdruck: Druckerei der Stadtverwaltung {}"),
    "ddr_office": ("Rat der Stadt {} – Abteilung Innere Angelegenheiten",
                   "Volkspolizei-Kreisamt {} – Abteilung Paß- und Meldewesen",
                   "Rat des Kreises {} – Referat Personenstandswesen"),
    "west_office": ("Der Oberstadtdirektor – Einwohnermeldeamt – {}",
                    "Stadtverwaltung {} – Ordnungsamt", "Der Stadtdirektor als Meldebehörde {}"),
    "west_office_car": ("Der Oberkreisdirektor – Straßenverkehrsamt – Zulassungsstelle {}",
                        "Stadt {} – Amt für Kraftfahrzeugzulassung"),
    "west_office_alien": ("Der Oberstadtdirektor – Ausländeramt – {}",
                          "Stadtverwaltung {} – Ausländerangelegenheiten (Ordnungsamt)"),
    "kreis_free": ("kreisfreie Stadt", "Stadtkreis"),
    "bezirk": ("Bezirk {}", "Bez. {}"),
    "kreis": ("Kreis {}", "Krs. {}"),
    "stamp_copy": ("Beglaubigte Abschrift", "Beglaubigte Ablichtung", "Beglaubigte Fotokopie"),
    "certify": (
        "Die Übereinstimmung dieser Abschrift mit der Eintragung im {} wird beglaubigt.",
        "Die Übereinstimmung der vorstehenden Abschrift mit dem Eintrag im {} wird hiermit "
        "beglaubigt.",
        "Es wird beglaubigt, daß die vorstehende Abschrift mit der Eintragung im {} "
        "übereinstimmt.",
    ),
    "certify_copy": (
        "Die Übereinstimmung der vorstehenden Ablichtung mit dem vorgelegten Original wird "
        "hiermit beglaubigt.",
        "Es wird hiermit beglaubigt, daß die Fotokopie mit dem vorgelegten Ausweis "
        "übereinstimmt.",
    ),
    "registrar": ("Der Standesbeamte (gez. Unterschrift)",
                  "Die Standesbeamtin (Namenszug unleserlich)", "Für den Standesbeamten: i. V."),
    "clerk": ("Im Auftrage", "Der Sachbearbeiter", "Beglaubigt: (Unterschrift)"),
    "seal": ("(Abdruck des Dienstsiegels, verblasst)", "L. S. – Locus Sigilli",
    "(Abdruck des Rundstempels)"),
    "place_date": ("{}, den {}", "{}, am {}", "{}, {}"),
    "declaration": (
        "Ich versichere, daß die vorstehenden Angaben richtig und vollständig sind.",
        "Der Unterzeichnete erklärt, daß er die Angaben nach bestem Wissen gemacht hat.",
        "Mir ist bekannt, daß unrichtige Angaben strafbar sind.",
    ),
    "instruct": (
        "Bitte mit Schreibmaschine oder in Druckschrift ausfüllen. Zutreffendes ankreuzen.",
        "Der Meldeschein ist vollständig und deutlich auszufüllen.",
        "Nichtzutreffendes ist zu streichen; Fragen nicht unbeantwortet lassen.",
    ),
    "sign": ("Unterschrift des Meldepflichtigen (Zuziehenden)", "Unterschrift des Bürgers",
             "(Unterschrift des Antragstellers)"),
    "sign_landlord": ("Unterschrift des Hauswirts", "Unterschrift des Hauseigentümers"),
    "office_box": ("Nur für Vermerke der Meldebehörde", "Vermerke der Meldestelle",
                   "Raum für behördliche Vermerke (nicht ausfüllen)"),
    "received": ("Eingegangen bei der Meldestelle am {}", "Eing.-Stempel {}",
                 "Der Meldestelle vorgelegt am {}"),
    "no_notes": ("Randvermerke: keine", "Randvermerke sind nicht eingetragen."),
    "page": ("Bl. {} von {}", "Blattzahl {}/{}", "– {} –"),
    "continued": ("– bitte umwenden –", "Fortsetzung umseitig", "b. w."),
    "century": ("19",),
    "cross": ("x",),
}


# --- the wording object --------------------------------------------------------------------------


class Extra33Wording(Wording):
    """Labels, headings, titles, sentences and furniture, chosen once per document from the
    thirty-seventh pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.alpine = layout == "alpine"
        self.fams: tuple[int, ...] = (rng.randrange(3),)  # the label families a document uses
        self.heads = self.fams[0]
        self._other: dict[tuple[int, str], str] = {}

    def family(self, fams: tuple[int, ...]) -> None:
        """Fix the label families a document draws from (the first mostly): an alpine issuer's
        own wording, an East or a West German form's."""
        self.fams = fams
        self.heads = fams[0]

    def _once(self, kind: int, key: str, options: tuple[str, ...],
              allowed: tuple[int, ...] | None = None) -> str:
        k = (kind, key)
        if k not in self._other:
            pool = [options[i] for i in allowed if i < len(options)] if allowed else []
            pool = pool or list(options)
            self._other[k] = pool[self._rng.randrange(len(pool))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (ALPINE_LABELS if self.alpine else ARCHIVE_LABELS)[key]
            pick = self.fams[0] if self._rng.random() < 0.8 else self.fams[
                self._rng.randrange(len(self.fams))]
            self._chosen[key] = options[pick]
        return self._chosen[key]

    def second(self, key: str, lang: str) -> str:
        """The Italian (``it``) or French (``fr``) line under an alpine label, or ``""``."""
        pair = ALPINE_SECOND.get(key)
        if not pair or lang not in ("it", "fr"):
            return ""
        return pair[0 if lang == "it" else 1]

    def head(self, key: str) -> str:
        options = (ALPINE_HEADS if self.alpine else ARCHIVE_HEADS)[key]
        return options[self.heads % len(options)]

    def title(self, doc_type: str, allowed: tuple[int, ...] | None = None) -> str:
        return self._once(4, doc_type, (ALPINE_TITLES if self.alpine else ARCHIVE_TITLES)[
            doc_type], allowed)

    def title_second(self, doc_type: str, lang: str) -> str:
        pair = ALPINE_TITLE_SECOND[doc_type]
        return pair[0 if lang == "it" else 1]

    def prose(self, key: str) -> str:
        return self._once(5, key, ARCHIVE_PROSE[key])

    def word(self, key: str, allowed: tuple[int, ...] | None = None) -> str:
        """A furniture wording, once per document (``allowed``: the options an issuer or a
        document kind may use)."""
        return self._once(6, key, (ALPINE_WORDS if self.alpine else ARCHIVE_WORDS)[key], allowed)

    def pick(self, key: str) -> str:
        """A fresh choice each time."""
        options = (ALPINE_WORDS if self.alpine else ARCHIVE_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra33Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        if self.layout == "alpine":
            return alpine_date(d, self.date_style)
        return archive_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German (and Italian or French) wording that names or labels a value."""
    out = [s for pool in (ALPINE_LABELS, ARCHIVE_LABELS) for options in pool.values()
           for s in options]
    out += [s for pair in ALPINE_SECOND.values() for s in pair]
    return out


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool (one-word
    furniture such as ``ja`` or ``19`` left out: those are printed values, not wordings)."""
    out = label_strings()
    for pool in (ALPINE_HEADS, ALPINE_TITLES, ARCHIVE_HEADS, ARCHIVE_TITLES, ARCHIVE_PROSE):
        out += [s for options in pool.values() for s in options]
    out += [s for pair in ALPINE_TITLE_SECOND.values() for s in pair]
    out += [s for labels in ALPINE_VIZ.values() for s in labels.values()]
    for pool in (ALPINE_WORDS, ARCHIVE_WORDS):
        out += [s for key, options in pool.items() if key not in FURNITURE_VALUES
                for s in options if s not in SHARED_WORDS33]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed values rather than wordings
FURNITURE_VALUES: Final = frozenset({"yes", "no", "stair_none", "century", "cross", "land_value",
                                     "kreis_free", "religion_none", "page", "bezirk", "kreis",
                                     "abroad", "place_date"})
#: the one stamp wording German has for a certified copy: the archive layout prints it, as
#: every older pool that stamps a copy does (the only string this pool shares with them)
SHARED_WORDS33: Final = frozenset({"Beglaubigte Abschrift"})


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE33, DWELLING33, ROLE33, ID_KINDS33)
           for options in table.values() for s in options]
    return list(dict.fromkeys(out))
