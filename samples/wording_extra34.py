"""The thirty-eighth wording pool and the printing habits of the thirty-fourth extra pair.

``CHRONICLE_LABELS`` (the labels of a chronology's head: an office's course-of-events print, a
tabular curriculum vitae, a register's chronicle), ``CHRONICLE_EVENTS`` (how a chronology names
its events, truth-bearing or not), ``CHRONICLE_DETAILS`` (the short keys inside an event's
details), ``CHRONICLE_COLUMNS``, ``CHRONICLE_HEADS``, ``CHRONICLE_TITLES`` and
``CHRONICLE_WORDS`` belong to the ``chronicle`` layout; ``REDACTED_LABELS`` (a municipal form's
copy, a file print released for inspection, an online service's data sheet), ``REDACTED_HEADS``,
``REDACTED_TITLES``, ``REDACTED_PROSE`` (the sentences of a redacted certificate) and
``REDACTED_WORDS`` (redaction notices, codes and their legend, folio stamps) to the ``redacted``
layout. Both are used only by the layouts in ``EXTRA34_LAYOUTS`` of ``samples.generate``. They are
a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra34``, nor tune on those layouts' failures. None of the label strings
repeats a string of the thirty-seven other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this).

The module also prints dates (ISO, numeric, unpadded, abbreviated and upper-case months,
weekdays), sex, nationality and the choice values as these layouts do. The ground truth stays
the catalog's normalised value. Every string stays inside Windows-1252.
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

#: abbreviated months as a chronology or a file print sets them
MONTHS_ABBR34: Final = ("Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                        "Okt.", "Nov.", "Dez.")
WEEKDAYS34: Final = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")

#: how a chronology prints a day (one style per document, the ISO form most often)
CHRONICLE_DATE_STYLES: Final = ("iso", "numeric", "abbr", "long", "weekday", "iso", "unpadded")
#: how a redacted copy prints a day
REDACTED_DATE_STYLES: Final = ("numeric", "long", "numeric", "iso", "abbr_upper", "unpadded")


def date34(d: date, style: str) -> str:
    """``d`` as this pair prints it (always with a four-digit year)."""
    if style == "iso":
        return d.isoformat()
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR34[d.month - 1]} {d.year}"
    if style == "abbr_upper":
        return f"{d.day:02d}. {MONTHS_ABBR34[d.month - 1].upper()} {d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS34[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {date34(d, s) for s in (*CHRONICLE_DATE_STYLES, *REDACTED_DATE_STYLES)}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER34: Final = ("F", "M", "D", "X")
SEX_WORD34: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "ohne Angabe"}
SEX_SHORT34: Final[dict[str, str]] = {"F": "weibl.", "M": "männl.", "D": "div.",
                                      "X": "o. Angabe"}

CHRONICLE_SEX_MODES: Final = ("word", "short", "word")
REDACTED_SEX_MODES: Final = ("word", "choice", "upper", "word")


def sex_text(code: str, mode: str) -> str:
    if mode == "short":
        return SEX_SHORT34[code]
    if mode == "upper":
        return SEX_WORD34[code].upper()
    return SEX_WORD34[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD34[code], SEX_SHORT34[code], SEX_WORD34[code].upper()}


CHRONICLE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
REDACTED_NATIONALITY_MODES: Final = ("adjective", "upper", "country", "adjective")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, adjective.upper()}


PURPOSE_ORDER34: Final = ("study", "employment", "family", "humanitarian", "other")
#: (chronicle, redacted)
PURPOSE34: Final[dict[str, tuple[str, str]]] = {
    "study": ("Vollzeitstudium an einer Hochschule in Deutschland",
              "Studienaufenthalt (Zulassung einer Hochschule liegt vor)"),
    "employment": ("Aufnahme einer Beschäftigung bei einem inländischen Arbeitgeber",
                   "Beschäftigungsaufenthalt (Arbeitsvertrag liegt vor)"),
    "family": ("Zuzug zur Familie bzw. zum Ehegatten in Deutschland",
               "Familienaufenthalt (Nachzug zu einer hier lebenden Person)"),
    "humanitarian": ("Aufenthalt aus humanitären bzw. politischen Gründen (Schutzstatus)",
                     "Schutzaufenthalt (völkerrechtliche oder humanitäre Gründe)"),
    "other": ("sonstiger Aufenthaltszweck (näher erläutert auf einem Beiblatt)",
              "anderer Zweck des Aufenthalts (Begründung in der Anlage)"),
}
DWELLING_ORDER34: Final = ("main", "secondary")
#: (chronicle, redacted)
DWELLING34: Final[dict[str, tuple[str, str]]] = {
    "main": ("bezogen als Hauptwohnung (vorwiegend benutzt)",
             "Hauptwohnung – vorwiegend genutzte Wohnung"),
    "secondary": ("bezogen als Nebenwohnung (zusätzlich benutzt)",
                  "Nebenwohnung – zusätzlich genutzte Wohnung"),
}
#: whether the landlord owns the dwelling: (chronicle, redacted)
ROLE34: Final[dict[bool, tuple[str, str]]] = {
    True: ("vermietet als Eigentümer/in selbst", "Wohnungsgeber ist zugleich Eigentümer/in"),
    False: ("handelt im Auftrag der Eigentümerin bzw. des Eigentümers",
            "Wohnungsgeber ist vom Eigentümer beauftragt (nicht selbst Eigentümer/in)"),
}
#: the kind of identity document: (chronicle, redacted)
ID_KINDS34: Final[dict[str, tuple[str, str]]] = {
    "P": ("Reisepass (maschinenlesbare Datenseite)", "Pass – Kopie der Personaldatenseite"),
    "I": ("Ausweiskarte – beide Seiten vorgelegt", "Identitätskarte – Kopie beider Kartenseiten"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE34[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING34[code]


# --- chronicle: a document told as a dated chronology --------------------------------------------

#: per field: three labels (an office's course-of-events print, a tabular curriculum vitae, a
#: register's chronicle), used in the head block and inside an event's details
CHRONICLE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname der erfassten Person", "Nachname (persönliche Angaben)",
                    "Familienname gemäß Ersteintrag"),
    "given_names": ("Vornamen der erfassten Person", "Vorname(n) (persönliche Angaben)",
                    "Vornamen gemäß Ersteintrag"),
    "birth_name": ("Geburtsname der erfassten Person", "Name bei der Geburt (persönliche Angaben)",
                   "Geburtsname gemäß Ersteintrag"),
    "date_of_birth": ("Geburtstag der erfassten Person", "Geburtstag (persönliche Angaben)",
                      "Tag der Geburt gemäß Ersteintrag"),
    "place_of_birth": ("Geburtsort der erfassten Person", "Geburtsort (persönliche Angaben)",
                       "Ort der Geburt gemäß Ersteintrag"),
    "sex": ("Geschlechtseintrag der erfassten Person", "Geschlecht (persönliche Angaben)",
            "Geschlecht gemäß Ersteintrag"),
    "nationality": ("Staatsangehörigkeit der erfassten Person",
                    "Staatsbürgerschaft (persönliche Angaben)",
                    "Staatsangehörigkeit gemäß Ersteintrag"),
    "marital": ("Familienstand der erfassten Person", "Familienstand (persönliche Angaben)",
                "Familienstand gemäß Ersteintrag"),
    "phone": ("Rückrufnummer der erfassten Person", "Telefon (persönliche Angaben)",
              "Telefonverbindung gemäß Meldevorgang"),
    "street": ("Straße (erfasste Wohnanschrift)", "Straße (Wohnsitz)",
               "Straße gemäß Meldevorgang"),
    "house_number": ("Hausnummer (erfasste Wohnanschrift)", "Hausnr. (Wohnsitz)",
                     "Hausnummer gemäß Meldevorgang"),
    "postal_code": ("Postleitzahl (erfasste Wohnanschrift)", "PLZ (Wohnsitz)",
                    "Postleitzahl gemäß Meldevorgang"),
    "city": ("Gemeinde (erfasste Wohnanschrift)", "Wohnort (Wohnsitz)",
             "Gemeinde gemäß Meldevorgang"),
    "street_line": ("Straße und Hausnummer (erfasste Wohnanschrift)",
                    "Straße, Hausnummer (Wohnsitz)", "Straße mit Hausnummer gemäß Meldevorgang"),
    "city_line": ("Postleitzahl und Gemeinde (erfasste Wohnanschrift)", "PLZ, Wohnort (Wohnsitz)",
                  "Postleitzahl mit Gemeinde gemäß Meldevorgang"),
    "address_line": ("Wohnanschrift der erfassten Person", "derzeitige Anschrift (Wohnsitz)",
                     "Wohnanschrift gemäß Meldevorgang"),
    "move_in_date": ("Bezugstag (erfasste Wohnanschrift)", "Einzug (Wohnsitz, Tag)",
                     "Einzugstag gemäß Meldevorgang"),
    "previous_address": ("vorherige Anschrift (erfasste Person)", "vorher wohnhaft (Anschrift)",
                         "frühere Anschrift gemäß Meldevorgang"),
    "dwelling": ("Wohnungsstatus (erfasste Wohnanschrift)", "Nutzung (Wohnsitz)",
                 "Wohnungsstatus gemäß Meldevorgang"),
    "landlord_name": ("Name des Wohnungsgebers (Vermieterseite)", "Vermieter/in bzw. Verwaltung",
                      "Wohnungsgeber gemäß Wohnungsakte"),
    "landlord_address": ("Anschrift des Wohnungsgebers (Vermieterseite)",
                         "Anschrift Vermieter/in bzw. Verwaltung",
                         "Wohnungsgeber wohnhaft bzw. ansässig in"),
    "role": ("Stellung des Wohnungsgebers (Vermieterseite)", "Vermieter/in ist",
             "Stellung gemäß Wohnungsakte"),
    "tenant": ("eingezogene Person (erfasste Belegung)", "neue Bewohnerin bzw. neuer Bewohner",
               "Bewohner/in gemäß Wohnungsakte"),
    "mother_name": ("Name der Mutter (Elternteil)", "Mutter (persönliche Angaben)",
                    "Mutter gemäß Ersteintrag"),
    "father_name": ("Name des Vaters (Elternteil)", "Vater (persönliche Angaben)",
                    "Vater gemäß Ersteintrag"),
    "registry_office": ("Standesamt (erfasster Registerfall)", "Standesamt (Beurkundung)",
                        "Registerbehörde gemäß Ersteintrag"),
    "register_number": ("Registernummer (erfasster Registerfall)", "Register-Nr. (Beurkundung)",
                        "Nummer gemäß Ersteintrag"),
    "issue_date": ("Ausfertigung dieser Urkunde am", "Urkunde ausgefertigt (Tag)",
                   "Tag der Ausfertigung gemäß Registerchronik"),
    "marriage_date": ("Tag der Eheschließung (erfasster Registerfall)",
                      "Heiratstag (persönliche Angaben)", "Eheschließungstag gemäß Ersteintrag"),
    "marriage_place": ("Ort der Eheschließung (erfasster Registerfall)",
                       "Heiratsort (persönliche Angaben)", "Eheschließungsort gemäß Ersteintrag"),
    "date_of_death": ("Sterbetag der erfassten Person", "Todestag (persönliche Angaben)",
                      "Sterbetag gemäß Ersteintrag"),
    "place_of_death": ("Sterbeort der erfassten Person", "Sterbeort (persönliche Angaben)",
                       "Sterbeort gemäß Ersteintrag"),
    "last_residence": ("letzte Wohnanschrift (erfasste Person)",
                       "zuletzt gewohnt (persönliche Angaben)",
                       "letzter Wohnsitz gemäß Ersteintrag"),
    "vin": ("FIN (erfasstes Fahrzeug)", "FIN des Wagens (17 Zeichen)",
            "Identifizierungsnummer gemäß Fahrzeugakte"),
    "make": ("Marke und Typ (erfasstes Fahrzeug)", "Marke / Modell des Wagens",
             "Fabrikat gemäß Fahrzeugakte"),
    "evb_number": ("eVB-Nummer (erfasstes Fahrzeug)", "eVB-Code der Kfz-Versicherung",
                   "eVB gemäß Fahrzeugakte"),
    "desired_plate": ("Wunschkennzeichen (erfasstes Fahrzeug)",
                      "gewünschtes Kennzeichen für den Wagen",
                      "Wunschkennzeichen gemäß Fahrzeugakte"),
    "iban": ("IBAN (erfasstes Lastschriftmandat)", "Konto (IBAN) für den Steuereinzug",
             "IBAN gemäß Lastschriftmandat"),
    "bic": ("BIC (erfasstes Lastschriftmandat)", "BIC der Bank (Steuereinzug)",
            "BIC gemäß Lastschriftmandat"),
    "bank": ("Kreditinstitut (erfasstes Lastschriftmandat)", "Bank (Steuereinzug)",
             "Kreditinstitut gemäß Lastschriftmandat"),
    "account_holder": ("Kontoinhaber/in (erfasstes Lastschriftmandat)",
                       "Kontoinhaber/in (Steuereinzug)", "Kontoinhaber gemäß Lastschriftmandat"),
    "passport_number": ("Passnummer (erfasster Aufenthalt)", "Reisepass-Nr. (persönliche Angaben)",
                        "Passnummer gemäß Ausländerakte"),
    "passport_expiry_date": ("Pass gültig bis (erfasster Aufenthalt)",
                             "Pass gültig bis (persönliche Angaben)",
                             "Ablauf der Passgültigkeit gemäß Ausländerakte"),
    "entry_date": ("Einreisetag (erfasster Aufenthalt)", "Einreise (persönliche Angaben)",
                   "Einreisetag gemäß Ausländerakte"),
    "purpose": ("Aufenthaltszweck (erfasster Aufenthalt)",
                "Grund meines Aufenthalts in Deutschland", "Aufenthaltszweck gemäß Ausländerakte"),
    "doc_kind": ("Dokumentart (erfasstes Dokument)", "Ausweisart (persönliche Angaben)",
                 "Dokumentenart gemäß Dokumentenakte"),
    "doc_number": ("Dokumentnummer (erfasstes Dokument)", "Dokumentennummer (vorgelegt)",
                   "Seriennummer gemäß Dokumentenakte"),
    "issuing_state": ("ausstellender Staat (Code) des Dokuments",
                      "Ausstellerstaat (persönliche Angaben)",
                      "Ausstellerstaat gemäß Dokumentenakte"),
    "expiry_date": ("gültig bis (erfasstes Dokument)", "Gültigkeit (persönliche Angaben)",
                    "Gültigkeitsende gemäß Dokumentenakte"),
    "doc_issue": ("ausgestellt am (erfasstes Dokument)", "ausgestellt am (Dokument)",
                  "Ausstellungstag gemäß Dokumentenakte"),
    "authority": ("Behörde (erfasstes Dokument)", "Ausweisbehörde (persönliche Angaben)",
                  "Ausstellungsbehörde gemäß Dokumentenakte"),
}

#: how a chronology names its events: three wordings each (one label family per document)
CHRONICLE_EVENTS: Final[dict[str, tuple[str, str, str]]] = {
    # truth-bearing events
    "ev_birth": ("Geburt der erfassten Person", "Geburt (Lebenslauf beginnt)",
                 "Geburtsfall – Ersteintrag angelegt"),
    "ev_birth_of": ("Geburt von {}", "{} kommt zur Welt", "Geburtsfall {} – Eintrag"),
    "ev_move_in": ("Bezug der neuen Wohnung (Einzug)", "Umzug in die jetzige Wohnung",
                   "Einzug – Meldevorgang angelegt"),
    "ev_tenant_move_in": ("Einzug der neuen Bewohner in die Wohnung",
                          "neue Mieter ziehen ein", "Einzug – Belegung beginnt"),
    "ev_marriage": ("Eheschließung vor dem Standesamt", "Heirat (standesamtliche Trauung)",
                    "Eheschließungsfall – Ersteintrag"),
    "ev_death": ("Tod der erfassten Person", "Sterbefall (Tod eingetreten)",
                 "Sterbefall – Ersteintrag"),
    "ev_issue": ("Ausfertigung dieser Urkunde", "Urkunde ausgefertigt und zugesandt",
                 "Ausfertigung – Registerauszug erteilt"),
    "ev_entry": ("Einreise in das Bundesgebiet", "Ankunft in Deutschland (Einreise)",
                 "Einreise – Grenzübertritt vermerkt"),
    "ev_passport_expiry": ("Ende der Gültigkeit des Nationalpasses", "mein Pass läuft ab",
                           "Passablauf – Wiedervorlage vermerkt"),
    "ev_doc_expiry": ("Ende der Gültigkeit des vorgelegten Dokuments", "Ausweis läuft ab",
                      "Gültigkeitsende – Wiedervorlage"),
    # events whose days are none of the truth's
    "ev_prev_move_in": ("Bezug der vorherigen Wohnung", "Umzug in die vorige Wohnung",
                        "Einzug (früherer Meldevorgang)"),
    "ev_old_move_in": ("Bezug einer früheren Wohnung", "Umzug in eine frühere Wohnung",
                       "Einzug (älterer Meldevorgang)"),
    "ev_move_out": ("Auszug aus der vorherigen Wohnung", "Auszug aus der alten Wohnung",
                    "Auszug (Abmeldung der früheren Wohnung)"),
    "ev_arrival_de": ("erster Zuzug aus dem Ausland", "Umzug nach Deutschland",
                      "Zuzug aus dem Ausland (früherer Meldevorgang)"),
    "ev_own_marriage": ("Eheschließung der erfassten Person", "eigene Heirat",
                        "Eheschließung (Hinweis aus dem Register)"),
    "ev_school": ("Schulabschluss (Angabe der Person)", "Schulabschluss / Abitur",
                  "Bildungsabschluss (Angabe im Antrag)"),
    "ev_job": ("Beginn der jetzigen Tätigkeit", "Beginn der Berufstätigkeit",
               "Tätigkeit (Angabe im Antrag)"),
    "ev_signed": ("Unterzeichnung der Meldung", "Anmeldeformular unterschrieben",
                  "Meldeschein unterzeichnet"),
    "ev_contract": ("Abschluss des Mietvertrags", "Mietvertrag unterschrieben",
                    "Mietvertrag (Vorlage in der Wohnungsakte)"),
    "ev_keys": ("Übergabe der Wohnungsschlüssel", "Schlüssel erhalten",
                "Schlüsselübergabe protokolliert"),
    "ev_prev_out": ("Auszug der Vormieter", "alte Mieter ziehen aus",
                    "Auszug – vorherige Belegung endet"),
    "ev_renovation": ("Renovierung der Wohnung abgeschlossen", "Wohnung frisch renoviert",
                      "Instandsetzung der Wohnung beendet"),
    "ev_confirm": ("Bestätigung des Wohnungsgebers ausgestellt",
                   "Vermieterbescheinigung ausgestellt", "Bescheinigung nach § 19 BMG erteilt"),
    "ev_record": ("Beurkundung im Personenstandsregister", "Eintrag beim Standesamt",
                  "Beurkundung – Registereintrag angelegt"),
    "ev_notice": ("Anzeige beim Standesamt eingegangen", "Meldung an das Standesamt",
                  "Anzeige – Vorgang eröffnet"),
    "ev_marriage_notice": ("Anmeldung der Eheschließung", "Aufgebot bzw. Anmeldung zur Heirat",
                           "Anmeldung – Eheschließungsvorgang eröffnet"),
    "ev_name_decl": ("Erklärung zur Namensführung", "Namenserklärung abgegeben",
                     "Folgebeurkundung (Namensführung)"),
    "ev_burial": ("Bestattung", "Beisetzung auf dem Friedhof",
                  "Bestattung (Hinweis des Bestatters)"),
    "ev_first_reg": ("Erstzulassung des Fahrzeugs", "Wagen erstmals zugelassen",
                     "Erstzulassung (Fahrzeugakte)"),
    "ev_purchase": ("Erwerb des Fahrzeugs (Kaufvertrag)", "Wagen gekauft",
                    "Halterwechsel vereinbart (Fahrzeugakte)"),
    "ev_evb": ("Versicherungsbestätigung (eVB) erteilt", "Kfz-Versicherung abgeschlossen",
               "eVB übermittelt (Fahrzeugakte)"),
    "ev_mandate": ("SEPA-Lastschriftmandat für die Kfz-Steuer erteilt",
                   "Einzugsermächtigung Kfz-Steuer unterschrieben",
                   "Lastschriftmandat hinterlegt (Fahrzeugakte)"),
    "ev_application": ("Antrag bei der Behörde eingegangen", "Antrag abgegeben",
                       "Antrag – Vorgang angelegt"),
    "ev_passport_issue": ("Ausstellung des Nationalpasses", "neuer Pass ausgestellt",
                          "Passausstellung (Ausländerakte)"),
    "ev_prev_entry": ("frühere Einreise (Besuchsaufenthalt)", "erster Besuch in Deutschland",
                      "Einreise (früherer Aufenthalt)"),
    "ev_prev_exit": ("Ausreise nach dem früheren Aufenthalt", "Rückreise in die Heimat",
                     "Ausreise (früherer Aufenthalt)"),
    "ev_doc_issue": ("Ausstellung des vorgelegten Dokuments", "Ausweis ausgestellt",
                     "Dokumentenausstellung (Dokumentenakte)"),
    "ev_old_doc": ("Ausstellung eines früheren Dokuments", "alter Ausweis ausgestellt",
                   "Vorgängerdokument ausgestellt (Dokumentenakte)"),
    "ev_old_doc_end": ("Ende der Gültigkeit des früheren Dokuments", "alter Ausweis abgelaufen",
                       "Vorgängerdokument ungültig (Dokumentenakte)"),
    "ev_copy": ("Kopie des Dokuments zur Akte genommen", "Ausweiskopie eingereicht",
                "Ablichtung erstellt (Dokumentenakte)"),
}

#: the short keys before a value inside an event's details
CHRONICLE_DETAILS: Final[dict[str, tuple[str, str, str]]] = {
    "place": ("Ort des Ereignisses", "wo", "Ereignisort"),
    "address": ("betroffene Wohnanschrift", "Adresse dort", "Wohnung laut Eintrag"),
    "office": ("zuständige Registerbehörde", "beim Amt", "Registerstelle des Eintrags"),
    "number": ("Registernummer des Falls", "Nr. des Eintrags", "Eintragungsnummer des Falls"),
    "persons": ("eingezogene Personen (Namen laut Verlauf)", "wer zieht ein",
                "Bewohner/innen ab Einzug"),
    "previous": ("bisherige Bewohner der Wohnung", "wer zieht aus", "vorherige Belegung"),
    "doc": ("Nummer des Dokuments im Verlauf", "Nr. des Ausweises", "Dokumenten-Nr. laut Akte"),
    "remark": ("Bemerkung zum Ereignis", "Randnotiz", "Anmerkung der Registerstelle"),
}

#: the column heads of a chronology table (day, event, details, remark)
CHRONICLE_COLUMNS: Final[dict[str, tuple[str, str, str]]] = {
    "day": ("Tag des Ereignisses", "Wann?", "Ereignistag"),
    "event": ("Art des Ereignisses", "Was?", "Vorgang im Verlauf"),
    "detail": ("Einzelheiten (Ort, Anschrift, Personen)", "Wo / Wer?", "Angaben zum Vorgang"),
    "remark": ("Vermerk der Stelle", "Notiz", "Vermerk der Bearbeitung"),
}

CHRONICLE_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Stammdaten der erfassten Person", "Persönliche Angaben zu meiner Person",
               "Stammsatz aus dem Ersteintrag"),
    "spouse1": ("Stammdaten der ersten Person der Ehe",
                "Person 1 der Eheschließung (eigene Angaben)", "Stammsatz Ehegatte 1"),
    "spouse2": ("Stammdaten der zweiten Person der Ehe",
                "Person 2 der Eheschließung (eigene Angaben)", "Stammsatz Ehegatte 2"),
    "parents": ("Stammdaten der Eltern", "Meine Eltern", "Stammsätze der Eltern"),
    "chronology": ("Zeitlicher Verlauf (Ereignisse)", "Mein Lebenslauf in Stationen",
                   "Registerchronik – Einträge in zeitlicher Folge"),
    "chronology_desc": ("Zeitlicher Verlauf – neueste Ereignisse zuerst",
                        "Lebenslauf – rückwärts erzählt",
                        "Registerchronik – jüngste Einträge oben"),
    "dwelling": ("Stammdaten der Wohnung", "Meine jetzige Wohnung", "Wohnungsstammsatz"),
    "landlord": ("Stammdaten der Vermieterseite", "Mein Vermieter bzw. meine Vermieterin",
                 "Wohnungsgeber-Stammsatz"),
    "vehicle": ("Stammdaten des Fahrzeugs", "Mein Wagen", "Fahrzeugstammsatz"),
    "mandate": ("Stammdaten für den Einzug der Kfz-Steuer", "Mein Konto für die Kfz-Steuer",
                "Stammsatz des Lastschriftmandats"),
    "stay": ("Stammdaten zum beantragten Aufenthalt", "Warum ich in Deutschland bin",
             "Stammsatz Aufenthalt"),
    "document": ("Stammdaten des vorgelegten Dokuments", "Mein Ausweisdokument",
                 "Stammsatz des Dokuments"),
    "zone": ("Maschinenlesbare Zeilen des Dokuments (vollständig)",
             "Die Zeilen unten auf meinem Ausweis", "Lesezone gemäß Dokumentenakte"),
    "copy": ("Ablichtung (Dokumentenverlauf)", "Kopie meines Ausweises",
             "Ablichtung gemäß Dokumentenakte"),
}

CHRONICLE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Verlaufsübersicht zur Anmeldung einer Wohnung",
                  "Tabellarischer Wohnungs-Lebenslauf zur Anmeldung",
                  "Chronik des Meldevorgangs (Zuzug)"),
    "wohnungsgeberbestaetigung": ("Verlaufsübersicht zur Wohnungsgeberbestätigung",
                                  "Belegungschronik der Wohnung mit Einzugsbestätigung",
                                  "Chronik der Wohnung – Bestätigung des Einzugs"),
    "geburtsurkunde": ("Registerchronik zur Geburt (Geburtsurkunde)",
                       "Geburtsurkunde – Angaben in zeitlicher Folge",
                       "Verlauf des Geburtseintrags mit Urkundenausfertigung"),
    "eheurkunde": ("Registerchronik zur Eheschließung (Eheurkunde)",
                   "Eheurkunde – Angaben in zeitlicher Folge",
                   "Verlauf des Eheeintrags mit Urkundenausfertigung"),
    "sterbeurkunde": ("Registerchronik zum Sterbefall (Sterbeurkunde)",
                      "Sterbeurkunde – Angaben in zeitlicher Folge",
                      "Verlauf des Sterbeeintrags mit Urkundenausfertigung"),
    "antrag_zulassung": ("Verlaufsübersicht zum Zulassungsantrag (Fahrzeug)",
                         "Fahrzeugchronik zum Antrag auf Zulassung",
                         "Chronik des Zulassungsvorgangs mit SEPA-Mandat"),
    "aufenthaltstitel_antrag": ("Verlaufsübersicht zum Antrag auf einen Aufenthaltstitel",
                                "Tabellarischer Lebenslauf zum Antrag auf Aufenthaltserlaubnis",
                                "Chronik des Aufenthalts – Antrag auf einen Titel"),
    "identity_document": ("Dokumentenverlauf zum vorgelegten Ausweisdokument",
                          "Meine Ausweise in zeitlicher Folge",
                          "Chronik der Ausweisdokumente mit Ablichtung"),
}

#: furniture of a chronology: offices, notes, footers, page words
CHRONICLE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "office": ("Bürgeramt {} – Einwohnerangelegenheiten", "Stadt {} · Standesamt und Bürgerdienste",
               "Stadtverwaltung {} – Fachbereich Bürgerdienste"),
    "office_car": ("Zulassungsstelle der Stadt {} – Fahrzeugangelegenheiten",
                   "Kreis- bzw. Stadtverwaltung {}, Kfz-Zulassung"),
    "office_alien": ("Ausländeramt {} – Aufenthalt und Zuwanderung",
                     "Stadt {} · Zuwanderung und Einbürgerung"),
    "office_reg": ("Standesamt {} – Registerführung und Urkunden",
                   "Stadt {} – Personenstandswesen"),
    "subject": ("Gegenstand der Übersicht: {}", "Betrifft den Vorgang {}",
                "Verlauf zum Vorgangszeichen {}"),
    "printed": ("Stand der Übersicht: {}", "Übersicht erstellt am {}", "Verlaufsausdruck vom {}"),
    "page": ("Verlauf Blatt {} von {}", "S. {}/{}", "Seite {} (von {})"),
    "continued": ("Fortsetzung des Verlaufs", "weiter mit der nächsten Station",
                  "Fortsetzung der Registerchronik"),
    "cv_sign": ("Ort, Datum und eigenhändige Unterschrift",
                "Unterschrift der antragstellenden Person (Lebenslauf)",
                "Die Richtigkeit meiner Angaben versichere ich."),
    "intro": ("Die folgende Übersicht stellt die Ereignisse des Vorgangs in zeitlicher Folge dar.",
              "Stationen in zeitlicher Reihenfolge (Angaben der antragstellenden Person).",
              "Die Einträge sind in der Reihenfolge ihrer Beurkundung wiedergegeben."),
    "legend": ("Mit * markierte Ereignisse sind durch Unterlagen belegt.",
               "Angaben ohne Gewähr; Nachweise liegen bei.",
               "Hinweise ohne Registerwirkung sind kursiv gesetzt."),
    "year": ("Jahr {}", "{}", "Jahrgang {}"),
    "future": ("(voraussichtlich)", "(geplant)", "(vorgemerkt)"),
    "remarks": ("Nachweis lag im Original vor", "Angabe der Person, ungeprüft",
                "Beleg in Kopie zur Akte", "abgeglichen mit dem Register", "siehe Beiblatt",
                "telefonisch bestätigt"),
    "zone_note": ("Zeilen wie auf dem Dokument gedruckt:", "so steht es unten auf dem Ausweis:",
                  "Wiedergabe der Lesezone:"),
}


# --- redacted: a copy with data blacked out ----------------------------------------------------

#: per field: three labels (a municipal form's copy, a file print released for inspection, an
#: online service's data sheet that marks every value as transmitted)
REDACTED_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (wie im Pass bzw. Ausweis)",
                    "Personendaten – Familienname", "Familienname (übermittelt)"),
    "given_names": ("Vornamen (wie im Pass bzw. Ausweis)",
                    "Personendaten – Vornamen", "Vornamen (übermittelt)"),
    "birth_name": ("Geburtsname (nur wenn vom Familiennamen abweichend)",
                   "Personendaten – Geburtsname", "Geburtsname (übermittelt)"),
    "date_of_birth": ("Geburtsdatum (wie im Pass bzw. Ausweis)",
                      "Personendaten – Geburtsdatum", "Geburtsdatum (übermittelt)"),
    "place_of_birth": ("Geburtsort (wie im Pass bzw. Ausweis)",
                       "Personendaten – Geburtsort", "Geburtsort (übermittelt)"),
    "sex": ("Geschlecht (wie im Pass bzw. Ausweis)",
            "Personendaten – Geschlecht", "Geschlecht (übermittelt)"),
    "nationality": ("Staatsangehörigkeit(en) (wie im Pass bzw. Ausweis)",
                    "Personendaten – Staatsangehörigkeit", "Staatsangehörigkeit (übermittelt)"),
    "marital": ("Familienstand (nur für statistische Zwecke)",
                "Personendaten – Familienstand", "Familienstand (übermittelt)"),
    "phone": ("Rufnummer tagsüber für Rückfragen (Angabe freiwillig)",
              "Kontaktdaten – Telefon", "Telefonnummer (übermittelt)"),
    "email": ("E-Mail für Rückfragen (Angabe freiwillig)",
              "Kontaktdaten – E-Mail", "E-Mail-Adresse (übermittelt)"),
    "religion": ("Religion (nur öffentlich-rechtliche Gemeinschaften)",
                 "Personendaten – Religion", "Religionszugehörigkeit (übermittelt)"),
    "tax_id": ("Steuer-Identifikationsnummer (elfstellig)",
               "Personendaten – Steuer-ID", "Steuer-Identifikationsnummer (übermittelt)"),
    "id_number": ("Ausweis- bzw. Passnummer der meldenden Person",
                  "Personendaten – Ausweisnummer", "Ausweisnummer (übermittelt)"),
    "household": ("weitere einziehende Person (Name, geboren am)",
                  "Haushaltsdaten – weitere Person", "weitere Person im Haushalt (übermittelt)"),
    "street": ("Straße (neue Wohnung, ohne Hausnummer)",
               "Anschriftsdaten neu – Straße", "Straße (übermittelt)"),
    "house_number": ("Hausnummer mit Zusatz (neue Wohnung)",
                     "Anschriftsdaten neu – Hausnummer", "Hausnummer (übermittelt)"),
    "postal_code": ("fünfstellige Postleitzahl (neue Wohnung)",
                    "Anschriftsdaten neu – Postleitzahl", "Postleitzahl (übermittelt)"),
    "city": ("Gemeinde bzw. Ort (neue Wohnung)",
             "Anschriftsdaten neu – Gemeinde", "Wohnort (übermittelt)"),
    "street_line": ("Straße mit Hausnummer (neue Wohnung)",
                    "Anschriftsdaten neu – Straße und Nr.", "Straße und Hausnummer (übermittelt)"),
    "city_line": ("Postleitzahl, Ort (neue Wohnung)",
                  "Anschriftsdaten neu – PLZ und Gemeinde", "Postleitzahl und Ort (übermittelt)"),
    "address_line": ("Anschrift der neuen Wohnung in einer Zeile",
                     "Anschriftsdaten neu – vollständig", "Anschrift (übermittelt)"),
    "move_in_date": ("Tag des Einzugs (neue Wohnung)",
                     "Meldedaten – Einzugstag", "Einzugsdatum (übermittelt)"),
    "previous_address": ("bisherige Anschrift in einer Zeile (Straße Nr., PLZ Ort)",
                         "Anschriftsdaten alt – vollständig", "bisherige Anschrift (übermittelt)"),
    "dwelling": ("Die neue Wohnung nutze ich als",
                 "Meldedaten – Wohnungsstatus", "Wohnungsstatus (übermittelt)"),
    "landlord_name": ("Name bzw. Firma des Wohnungsgebers (Vermieter/in)",
                      "Wohnungsgeberdaten – Name", "Wohnungsgeber (übermittelt)"),
    "landlord_address": ("Anschrift des Wohnungsgebers in einer Zeile (Straße Nr., PLZ Ort)",
                         "Wohnungsgeberdaten – Anschrift",
                         "Anschrift des Wohnungsgebers (übermittelt)"),
    "landlord_phone": ("Telefon des Wohnungsgebers (Angabe freiwillig)",
                       "Wohnungsgeberdaten – Telefon", "Telefon des Wohnungsgebers (übermittelt)"),
    "role": ("Eigenschaft des Wohnungsgebers (bitte ankreuzen)",
             "Wohnungsgeberdaten – Eigenschaft", "Eigenschaft des Wohnungsgebers (übermittelt)"),
    "owner": ("Eigentümer/in, falls nicht Wohnungsgeber (Name, Anschrift)",
              "Eigentümerdaten – Name und Anschrift", "Eigentümer/in (übermittelt)"),
    "tenant": ("einziehende Person (Vor- und Familienname, je Zeile eine)",
               "Bewohnerdaten – Vor- und Familienname", "einziehende Person (übermittelt)"),
    "mother_name": ("Mutter – Vornamen und Familienname (lt. Geburtseintrag)",
                    "Elterndaten – Mutter", "Name der Mutter (übermittelt)"),
    "father_name": ("Vater – Vornamen und Familienname (lt. Geburtseintrag)",
                    "Elterndaten – Vater", "Name des Vaters (übermittelt)"),
    "parent_dob": ("Geburtsdatum eines Elternteils",
                   "Elterndaten – Geburtsdatum", "Geburtsdatum Elternteil (übermittelt)"),
    "parent_address": ("Wohnanschrift der Eltern zum Zeitpunkt der Geburt",
                       "Elterndaten – Anschrift", "Anschrift der Eltern (übermittelt)"),
    "birth_time": ("Geburtszeit (Std. und Min. laut Anzeige)",
                   "Geburtsdaten – Uhrzeit", "Geburtszeit (übermittelt)"),
    "witness": ("Trauzeugin bzw. Trauzeuge (Name)",
                "Beteiligtendaten – Trauzeuge", "Trauzeuge/Trauzeugin (übermittelt)"),
    "informant": ("Anzeige des Sterbefalls durch (Name, Anschrift)",
                  "Beteiligtendaten – anzeigende Person", "anzeigende Person (übermittelt)"),
    "registry_office": ("ausstellendes Standesamt (Name der Gemeinde)",
                        "Registerdaten – Standesamt", "Standesamt (übermittelt)"),
    "register_number": ("Registernummer dieses Eintrags (Buchstabe, laufende Nr./Jahr)",
                        "Registerdaten – Eintragsnummer", "Registernummer (übermittelt)"),
    "issue_date": ("Tag, an dem diese Urkunde ausgestellt wurde",
                   "Registerdaten – Ausstellungstag", "Ausstellungsdatum (übermittelt)"),
    "marriage_date": ("Tag der standesamtlichen Trauung (Eheschließungstag)",
                      "Ehedaten – Tag der Eheschließung", "Eheschließungsdatum (übermittelt)"),
    "marriage_place": ("Ort der Eheschließung (Gemeinde der Trauung)",
                       "Ehedaten – Ort der Eheschließung", "Eheschließungsort (übermittelt)"),
    "date_of_death": ("Tag des Todes (Sterbetag laut Eintrag)",
                      "Sterbedaten – Sterbetag", "Sterbedatum (übermittelt)"),
    "place_of_death": ("Ort des Todes (Sterbeort laut Eintrag)",
                       "Sterbedaten – Sterbeort", "Sterbeort (übermittelt)"),
    "last_residence": ("letzte Wohnanschrift der verstorbenen Person (eine Zeile)",
                       "Sterbedaten – letzte Anschrift", "letzte Anschrift (übermittelt)"),
    "vin": ("Fahrzeug-Identifizierungsnummer (FIN, siebzehnstellig)",
            "Fahrzeugdaten – FIN", "Fahrzeug-Identifizierungsnummer (übermittelt)"),
    "make": ("Marke und Handelsbezeichnung des Fahrzeugs",
             "Fahrzeugdaten – Marke/Typ", "Fahrzeugmarke (übermittelt)"),
    "evb_number": ("eVB-Nummer der Haftpflichtversicherung (siebenstellig)",
                   "Fahrzeugdaten – eVB-Nummer", "eVB-Nummer (übermittelt)"),
    "insurer": ("Haftpflichtversicherer des Fahrzeugs",
                "Fahrzeugdaten – Versicherer", "Versicherung (übermittelt)"),
    "desired_plate": ("Wunschkennzeichen, sofern vorab reserviert",
                      "Fahrzeugdaten – Wunschkennzeichen", "Wunschkennzeichen (übermittelt)"),
    "prev_holder": ("bisherige Halterin bzw. bisheriger Halter",
                    "Fahrzeugdaten – Vorbesitzer", "bisheriger Halter (übermittelt)"),
    "iban": ("IBAN des Kontos für den Kfz-Steuereinzug",
             "Mandatsdaten – IBAN", "IBAN (übermittelt)"),
    "bic": ("BIC des Kontos für den Kfz-Steuereinzug", "Mandatsdaten – BIC", "BIC (übermittelt)"),
    "bank": ("Kreditinstitut für den Kfz-Steuereinzug",
             "Mandatsdaten – Kreditinstitut", "Kreditinstitut (übermittelt)"),
    "account_holder": ("Kontoinhaberin bzw. Kontoinhaber (für den Kfz-Steuereinzug)",
                       "Mandatsdaten – Kontoinhaber/in", "Kontoinhaber/in (übermittelt)"),
    "passport_number": ("Nummer des Nationalpasses (Passnummer)",
                        "Passdaten – Passnummer", "Passnummer (übermittelt)"),
    "passport_expiry_date": ("Ablaufdatum des Nationalpasses",
                             "Passdaten – gültig bis", "Ablaufdatum des Passes (übermittelt)"),
    "entry_date": ("Tag der letzten Einreise nach Deutschland",
                   "Aufenthaltsdaten – Einreisetag", "Einreisedatum (übermittelt)"),
    "purpose": ("beantragter Aufenthaltszweck (bitte ankreuzen)",
                "Aufenthaltsdaten – Zweck", "Aufenthaltszweck (übermittelt)"),
    "employer": ("Arbeitgeber bzw. Hochschule in Deutschland",
                 "Aufenthaltsdaten – Arbeitgeber/Hochschule",
                 "Arbeitgeber/Hochschule (übermittelt)"),
    "sponsor": ("Bezugsperson in Deutschland (Name, Verhältnis)",
                "Aufenthaltsdaten – Bezugsperson", "Bezugsperson (übermittelt)"),
    "doc_kind": ("Art des Ausweisdokuments (Pass oder Karte)",
                 "Dokumentdaten – Dokumentart", "Dokumentart (übermittelt)"),
    "doc_number": ("Nummer des Ausweisdokuments (Seriennummer)",
                   "Dokumentdaten – Dokumentnummer", "Dokumentnummer (übermittelt)"),
    "issuing_state": ("ausstellender Staat des Ausweisdokuments",
                      "Dokumentdaten – Ausstellerstaat", "ausstellender Staat (übermittelt)"),
    "expiry_date": ("Ausweisdokument gültig bis (Ablauftag)",
                    "Dokumentdaten – gültig bis", "Ablaufdatum (übermittelt)"),
    "doc_issue": ("Ausweisdokument ausgestellt am",
                  "Dokumentdaten – ausgestellt am",
                  "Ausstellungsdatum des Dokuments (übermittelt)"),
    "authority": ("Ausweisbehörde (ausstellende Stelle)",
                  "Dokumentdaten – Behörde", "ausstellende Behörde (übermittelt)"),
    "can": ("Zugangsnummer (CAN, sechsstellig)",
            "Dokumentdaten – Zugangsnummer", "Zugangsnummer (übermittelt)"),
}

REDACTED_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Abschnitt meldepflichtige Person", "Personendaten (Auszug)",
               "Übermittelt – Angaben zur Person"),
    "contact": ("Abschnitt Erreichbarkeit (freiwillig)", "Kontaktdaten (Auszug)",
                "Übermittelt – Kontakt"),
    "new": ("Abschnitt neue Wohnung", "Anschriftsdaten neu (Auszug)",
            "Übermittelt – neue Anschrift"),
    "old": ("Abschnitt bisherige Wohnung", "Anschriftsdaten alt (Auszug)",
            "Übermittelt – bisherige Anschrift"),
    "household": ("Abschnitt weitere Personen des Haushalts", "Haushaltsdaten (Auszug)",
                  "Übermittelt – mitziehende Personen"),
    "landlord": ("Abschnitt Wohnungsgeber", "Wohnungsgeberdaten (Auszug)",
                 "Übermittelt – Vermieterseite"),
    "tenants": ("Abschnitt eingezogene Personen", "Bewohnerdaten (Auszug)",
                "Übermittelt – einziehende Personen"),
    "child": ("Abschnitt Kind", "Kindesdaten (Auszug)", "Übermittelt – Kind"),
    "parents": ("Abschnitt Eltern", "Elterndaten (Auszug)", "Übermittelt – Eltern"),
    "spouse1": ("Abschnitt erste Person der Ehe", "Ehegattendaten 1 (Auszug)",
                "Übermittelt – Ehegatte bzw. Ehegattin 1"),
    "spouse2": ("Abschnitt zweite Person der Ehe", "Ehegattendaten 2 (Auszug)",
                "Übermittelt – Ehegatte bzw. Ehegattin 2"),
    "marriage": ("Abschnitt Eheschließung", "Ehedaten (Auszug)", "Übermittelt – Trauung"),
    "deceased": ("Abschnitt verstorbene Person", "Personendaten der/des Verstorbenen (Auszug)",
                 "Übermittelt – verstorbene Person"),
    "death": ("Abschnitt Sterbefall", "Sterbedaten (Auszug)", "Übermittelt – Sterbefall"),
    "register": ("Abschnitt Beurkundung", "Registerdaten (Auszug)",
                 "Übermittelt – Registerangaben"),
    "others": ("Abschnitt weitere Beteiligte (Schutz Dritter)", "Beteiligtendaten (Auszug)",
               "Übermittelt – andere Beteiligte"),
    "holder": ("Abschnitt künftige Halterin bzw. künftiger Halter", "Halterdaten (Auszug)",
               "Übermittelt – Halter/in"),
    "vehicle": ("Abschnitt Fahrzeug", "Fahrzeugdaten (Auszug)", "Übermittelt – Fahrzeug"),
    "mandate": ("Abschnitt SEPA-Lastschriftmandat (Kfz-Steuer)", "Mandatsdaten (Auszug)",
                "Übermittelt – Lastschrift für die Kfz-Steuer"),
    "passport": ("Abschnitt Nationalpass", "Passdaten (Auszug)", "Übermittelt – Pass"),
    "stay": ("Abschnitt Aufenthalt", "Aufenthaltsdaten (Auszug)", "Übermittelt – Aufenthalt"),
    "address": ("Abschnitt Anschrift im Inland", "Anschriftsdaten (Auszug)",
                "Übermittelt – Anschrift in Deutschland"),
    "document": ("Abschnitt Ausweisdokument", "Dokumentdaten (Auszug)",
                 "Übermittelt – Ausweisdokument"),
    "copy": ("Abschnitt Ablichtung (geschwärzte Fassung)", "Dokumentkopie (Auszug)",
             "Übermittelt – Bild des Dokuments"),
    "zone": ("Abschnitt Lesezone (ungeschwärzt)", "Lesezonendaten (Auszug, vollständig)",
             "Übermittelt – maschinenlesbare Zeilen"),
}

REDACTED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein zur Anmeldung – geschwärzte Kopie",
                  "Auszug aus der Meldeakte: Anmeldung einer Wohnung",
                  "Ihre Anmeldung (Datenblatt, teilweise unkenntlich gemacht)"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Wohnungsgebers – geschwärzte Kopie",
                                  "Auszug aus der Meldeakte: Wohnungsgeberbestätigung",
                                  "Einzugsbestätigung (Datenblatt, teilweise unkenntlich gemacht)"),
    "geburtsurkunde": ("Geburtsurkunde – geschwärzte Ablichtung",
                       "Auszug aus der Personenstandsakte: Geburtsurkunde",
                       "Geburtsurkunde (Datenblatt, teilweise unkenntlich gemacht)"),
    "eheurkunde": ("Eheurkunde – geschwärzte Ablichtung",
                   "Auszug aus der Personenstandsakte: Eheurkunde",
                   "Eheurkunde (Datenblatt, teilweise unkenntlich gemacht)"),
    "sterbeurkunde": ("Sterbeurkunde – geschwärzte Ablichtung",
                      "Auszug aus der Personenstandsakte: Sterbeurkunde",
                      "Sterbeurkunde (Datenblatt, teilweise unkenntlich gemacht)"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs – geschwärzte Kopie",
                         "Auszug aus der Zulassungsakte: Antrag mit SEPA-Mandat",
                         "Ihr Zulassungsantrag (Datenblatt, teilweise unkenntlich gemacht)"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels – geschwärzte Kopie",
                                "Auszug aus der Ausländerakte: Antrag auf einen Aufenthaltstitel",
                                "Ihr Antrag auf einen Aufenthaltstitel (Datenblatt, teilweise "
                                "unkenntlich gemacht)"),
    "identity_document": ("Ausweiskopie – geschwärzte Fassung",
                          "Auszug aus der Akte: Ablichtung eines Ausweisdokuments",
                          "Ihr Ausweisdokument (Kopie, teilweise unkenntlich gemacht)"),
}

#: a redacted certificate in sentences: placeholders are filled in by the renderer
REDACTED_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "birth": ("{child} ist am {day} in {place} zur Welt gekommen.",
              "Geboren wurde {child} am {day} in {place}."),
    "birth_time": ("Uhrzeit der Geburt laut Anzeige: {time}.",
                   "Die Niederkunft erfolgte um {time}."),
    "parents": ("Die Eltern des Kindes sind {mother} und {father}.",
                "Eltern laut Eintrag: {mother} (Mutter) und {father} (Vater)."),
    "mother": ("Mutter des Kindes ist laut Eintrag {mother}.", "Mutter laut Eintrag: {mother}."),
    "father_hidden": ("Vater laut Eintrag: {father}.",
                      "Als Vater des Kindes ist {father} vermerkt."),
    "marriage": ("{one} und {two} haben am {day} vor dem Standesamt in {place} geheiratet.",
                 "Die Ehe zwischen {one} und {two} wurde am {day} in {place} geschlossen."),
    "born": ("{name}, geb. am {day} in {place}", "{name} (zur Welt gekommen am {day} in {place})"),
    "death": ("{name} ist am {day} in {place} gestorben.",
              "Der Tod von {name} trat am {day} in {place} ein."),
    "witnesses": ("Zeugen der Trauung laut Niederschrift: {witness}.",
                  "Bei der Trauung anwesend als Zeuge: {witness}."),
    "informant": ("Angezeigt wurde der Sterbefall durch {informant}.",
                  "Die Anzeige des Todes erstattete {informant}."),
}

REDACTED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "office": ("Stadt {} – Bürgeramt, Meldewesen", "Stadtverwaltung {} · Abteilung Einwohnerwesen",
               "Online-Dienste der Stadt {} (Serviceportal)"),
    "office_reg": ("Stadt {} – Standesamt, Urkundenstelle",
                   "Stadtverwaltung {} · Personenstandsangelegenheiten",
                   "Online-Dienste der Stadt {} – Urkunden"),
    "office_car": ("Stadt {} – Zulassungsbehörde", "Stadtverwaltung {} · Kfz-Zulassung",
                   "Online-Dienste der Stadt {} – Zulassung"),
    "office_alien": ("Stadt {} – Ausländerbehörde, Aufenthaltsrecht",
                     "Stadtverwaltung {} · Ausländerwesen",
                     "Online-Dienste der Stadt {} – Aufenthalt"),
    "notice": ("Geschwärzte Fassung – Schwärzungen zum Schutz personenbezogener Daten",
               "Kopie mit Schwärzungen (Datenminimierung nach Art. 5 Abs. 1 lit. c DSGVO)",
               "Teilweise unkenntlich gemacht – nur die für den Zweck erforderlichen Daten sind "
               "lesbar"),
    "notice_self": ("Von der antragstellenden Person selbst geschwärzt",
                    "Schwärzungen durch die Einsenderin bzw. den Einsender",
                    "Private Kopie – einzelne Angaben abgedeckt"),
    "inspection": ("Übermittelt im Rahmen der Akteneinsicht",
                   "Ablichtung aus der Verwaltungsakte (Akteneinsicht)",
                   "Kopie für die Weitergabe an eine andere Stelle"),
    "folio": ("Bl. {}", "Blatt {} d. A.", "Aktenblatt {}"),
    "legend_head": ("Erläuterung der Schwärzungen", "Schwärzungsgründe (Kürzel)",
                    "Legende zu den Schwärzungskürzeln"),
    "code_third": ("Daten Dritter (Schutz anderer Personen)",
                   "Schutz personenbezogener Daten Dritter", "Angaben zu anderen Personen"),
    "code_contact": ("Kontakt- und Kommunikationsdaten", "Erreichbarkeitsdaten",
                     "Telefon- und Mailangaben"),
    "code_internal": ("interne Kennungen und Bearbeitungsvermerke", "Verwaltungsinterna",
                      "Bearbeitungsdaten der Behörde"),
    "code_sensitive": ("besondere Kategorien personenbezogener Daten", "sensible Angaben",
                       "geschützte Angaben (Art. 9 DSGVO)"),
    "code_not_needed": ("für diesen Zweck nicht erforderlich", "nicht benötigte Angaben",
                        "ohne Bedeutung für den Vorgang"),
    "masked": ("[geschwärzt]", "[unkenntlich gemacht]", "[entfernt]"),
    "watermark": ("KOPIE", "NUR ZUR VORLAGE", "GESCHWÄRZT"),
    "portal_bar": ("Datenblatt zum Vorgang", "Ihre Antragsdaten im Überblick",
                   "Zusammenfassung der übermittelten Daten"),
    "case": ("Vorgang Nr. {} (geschwärzte Fassung)", "Az. {} – Akteneinsicht",
             "Antragsnummer {} (Portal)"),
    "printed": ("Kopie angefertigt am {}", "Ausdruck für die Akteneinsicht am {}",
                "Datenblatt erzeugt am {}"),
    "page": ("Kopie Seite {} von {}", "{} / {}", "Bl. {} von {}"),
    "signature": ("Unterschrift (geschwärzt)", "Unterschrift unkenntlich gemacht",
                  "Signatur entfernt"),
    "seal": ("Dienstsiegel (geschwärzt)", "Siegelabdruck (Standesamt, geschwärzt)", "Siegelfeld"),
    "registrar": ("Standesbeamtin bzw. Standesbeamter (Name geschwärzt)",
                  "Urkundsperson (Name unkenntlich gemacht)",
                  "für das Standesamt (Unterschrift entfernt)"),
    "certify": ("Die Übereinstimmung der Ablichtung mit der Urkunde wird bestätigt; geschwärzte "
                "Stellen sind kenntlich gemacht.",
                "Diese Kopie gibt die Urkunde mit Ausnahme der geschwärzten Stellen vollständig "
                "wieder.", "Schwärzungen verändern den Inhalt der übrigen Angaben nicht."),
    "photo": ("Lichtbild abgedeckt", "Foto geschwärzt", "Lichtbild entfernt"),
    "photo_note": ("Das Lichtbild ist geschwärzt; die Lesezone blieb unverändert.",
                   "Nur das Passfoto wurde abgedeckt.",
                   "Geschwärzt: Lichtbild; alle übrigen Angaben unverändert."),
    "can_note": ("Zugangsnummer und Lichtbild sind geschwärzt (zulässig nach § 20 Abs. 2 PAuswG).",
                 "Die Zugangsnummer wurde abgedeckt, die Lesezone ist vollständig lesbar.",
                 "Geschwärzt: Lichtbild und Zugangsnummer; alle übrigen Angaben unverändert."),
    "yes": ("ja",),
    "cross": ("X",),
}


# --- the wording object --------------------------------------------------------------------------


class Extra34Wording(Wording):
    """Labels, events, headings, titles and furniture, chosen once per document from the
    thirty-eighth pool (one label family per document, now and then another one's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.chronicle = layout == "chronicle"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (CHRONICLE_LABELS if self.chronicle else REDACTED_LABELS)[key]
            pick = self.fam if self._rng.random() < 0.85 else self._rng.randrange(3)
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

    def event(self, key: str) -> str:
        return self._once(1, key, CHRONICLE_EVENTS[key], True)

    def detail(self, key: str) -> str:
        return self._once(2, key, CHRONICLE_DETAILS[key], True)

    def column(self, key: str) -> str:
        return self._once(3, key, CHRONICLE_COLUMNS[key], True)

    def head(self, key: str) -> str:
        options = (CHRONICLE_HEADS if self.chronicle else REDACTED_HEADS)[key]
        return self._once(4, key, options, True)

    def title(self, doc_type: str) -> str:
        options = (CHRONICLE_TITLES if self.chronicle else REDACTED_TITLES)[doc_type]
        return self._once(5, doc_type, options, True)

    def prose(self, key: str) -> str:
        return self._once(6, key, REDACTED_PROSE[key])

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        options = (CHRONICLE_WORDS if self.chronicle else REDACTED_WORDS)[key]
        return self._once(7, key, options, True)

    def pick(self, key: str) -> str:
        """A furniture wording, chosen afresh each time."""
        options = (CHRONICLE_WORDS if self.chronicle else REDACTED_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra34Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return date34(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (field labels, event names, detail keys and
    column heads)."""
    out = [s for pool in (CHRONICLE_LABELS, REDACTED_LABELS, CHRONICLE_EVENTS, CHRONICLE_DETAILS,
                          CHRONICLE_COLUMNS) for options in pool.values() for s in options]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed marks or values rather than wordings
FURNITURE_VALUES: Final = frozenset({"yes", "cross", "year", "page", "folio", "watermark"})


def all_label_strings() -> list[str]:
    """Every label, event, heading, title, sentence and furniture wording of this pool."""
    out = label_strings()
    for pool in (CHRONICLE_HEADS, CHRONICLE_TITLES, REDACTED_HEADS, REDACTED_TITLES,
                 REDACTED_PROSE):
        out += [s for options in pool.values() for s in options]
    for words in (CHRONICLE_WORDS, REDACTED_WORDS):
        out += [s for key, options in words.items() if key not in FURNITURE_VALUES
                for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE34, DWELLING34, ROLE34, ID_KINDS34)
           for options in table.values() for s in options]
    return list(dict.fromkeys(out))
