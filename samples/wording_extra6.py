"""The tenth wording pool and the printing habits of the sixth extra pair of layouts.

``LABELS6`` (the pre-printed labels of an official form that a citizen filled in with a PDF
editor, and the labels of a plainly printed application or certificate that went through an
office), ``SECTIONS6`` (section headings), ``OVERLAY_TITLES`` and ``STAMPED_TITLES`` (form and
document titles) and ``STAMP_WORDS`` (what an office's rubber stamps and sticker say) are used
only by the layouts in ``EXTRA6_LAYOUTS`` of ``samples.generate`` (``overlay`` and
``stamped``). They are a blind measurement: whoever tunes extraction must not read this module
nor ``samples.render_extra6``, nor tune on those layouts' failures. None of the label strings
repeats one of the nine other pools, not even up to case, punctuation or spacing (a test checks
this), except where German has only one usual word (``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with three-letter
months, slashes or spaced dots, sex and nationality abbreviated or in capitals). The ground
truth stays the catalog's normalised value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

# Where German has only one usual word, this pool uses it too.
SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- labels of the pre-printed form (overlay) and of the plain printed document (stamped) -------

LABELS6: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (ggf. Doktorgrad getrennt)", "Name, wie im Ausweis geführt",
                    "Nachname (wie im Ausweisdokument geführt)"),
    "given_names": ("Vorname(n) – Rufname bitte unterstreichen", "Vornamen, wie im Ausweis",
                    "Vornamen (wie im Ausweisdokument geführt)"),
    "birth_name": ("Geburtsname, sofern abweichend vom Namen", "Name bei Geburt (wenn anders)",
                   "früherer Name / Geburtsname der Person"),
    "date_of_birth": ("Geb.-Tag (TT MM JJJJ)", "Tag, Monat, Jahr der Geburt",
                      "Datum der Geburt (TT.MM.JJJJ)"),
    "place_of_birth": ("Geburtsort, Kreis, Staat", "Ort und Land der Geburt",
                       "Geburtsort (Ort, ggf. Staat)"),
    "sex": ("Geschlecht der Person", "Geschlechtsangabe (m/w/d/k. A.)",
            "Geschlecht – zutreffendes ankreuzen"),
    "nationality": ("Staatsangehörigkeit(en) – sämtliche aufführen",
                    "gegenwärtige Staatsangehörigkeit(en)",
                    "Nationalität (Staat)"),
    "marital": ("Familienstand zurzeit", "derzeitiger Familienstand", "Familienstand (Stand)"),
    "phone": ("Rufnummer für Rückfragen", "Telefon tagsüber (Angabe freiwillig)",
              "Tel.-Nr. (freiwillig)"),
    "move_in_date": ("Tag des Einzugs in die Wohnung", "Einzugstag (Datum)",
                     "Einzug (Tag der Schlüsselübergabe)"),
    "street": ("Straße – ohne Hausnummer eintragen", "Straßenname (ausgeschrieben)",
               "Straße / Gasse / Platz"),
    "house_number": ("Hausnummer, Buchstabe", "Hausnummer samt Zusatz", "Haus-Nr. (u. Zusatz)"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Wohngemeinde (amtl. Name)", "Stadt/Gemeinde (Ortsteil)", "Gemeinde der Wohnung"),
    "street_line": ("Straße, Hausnummer (Wohnung)", "Straße und Hausnummer, Zusatz",
                    "Anschrift – Straße, Nr."),
    "city_line": ("PLZ und Wohngemeinde (Ortsteil)", "Postleitzahl und Gemeinde",
                  "Anschrift – PLZ, Ort"),
    "address_line": ("Anschrift der neuen Wohnung (Straße, Nr., PLZ, Ort)",
                     "neue Wohnung – vollständige Anschrift", "bezogene Wohnung, Anschrift"),
    "holder_line": ("Anschrift der haltenden Person", "Wohnsitz des Halters (Anschrift)",
                    "Halter – Anschrift (Straße, Nr., PLZ, Ort)"),
    "residence_line": ("Wohnanschrift (Deutschland) – Straße, Nr., PLZ, Ort",
                       "derzeitige Anschrift im Inland",
                       "Wohnsitz im Bundesgebiet (Anschrift)"),
    "previous_address": ("bisherige Wohnung (Anschrift)", "letzte Wohnanschrift vor dem Umzug",
                         "Anschrift der bisherigen Wohnung"),
    "dwelling": ("Die neue Wohnung wird genutzt als", "Art der neuen Wohnung",
                 "Nutzungsart der neuen Wohnung"),
    "landlord_name": ("Name des Wohnungsgebers / der Wohnungsgeberin",
                      "Wohnungsgeber – Name bzw. Firmenbezeichnung",
                      "Vermieter/-in bzw. Verwaltung (Name)"),
    "landlord_address": ("Anschrift des Wohnungsgebers / der Wohnungsgeberin",
                         "Wohnungsgeber – postalische Anschrift",
                         "Anschrift der vermietenden Person"),
    "landlord_role": ("Der Wohnungsgeber ist zugleich", "Wohnungsgeber tritt auf als",
                      "Stellung der vermietenden Person"),
    "wg_move_in": ("Einzugsdatum der meldepflichtigen Personen", "Tag des Einzugs (Mieter)",
                   "Datum Einzug der Person(en)"),
    "flat": ("Anschrift der Wohnung, in die eingezogen wurde", "Wohnung (Lage, Anschrift)",
             "Anschrift der vermieteten Wohnung"),
    "tenant_names": ("Namen aller eingezogenen meldepflichtigen Personen",
                     "eingezogene Person(en) – je Vor- und Familienname",
                     "Vor- und Familiennamen der Eingezogenen"),
    "tenant_each": ("meldepflichtige Person Nr.", "Eingezogene/r", "Person lfd. Nr."),
    "child_family": ("Familienname des neugeborenen Kindes", "Kind – Name bei der Geburt",
                     "Fam.-Name d. Kindes"),
    "child_given": ("Vornamen des neugeborenen Kindes", "Kind – Vornamen (beurkundet)",
                    "Vorn. d. Kindes"),
    "child_sex": ("Geschlecht des neugeborenen Kindes", "Kind – Geschlecht (beurkundet)",
                  "Geschl. d. Kindes"),
    "child_dob": ("Geburtstag des neugeborenen Kindes", "Kind – Tag der Geburt (beurkundet)",
                  "Geb.-Tag d. Kindes"),
    "child_pob": ("Geburtsort des neugeborenen Kindes", "Kind – Ort der Geburt (beurkundet)",
                  "Geb.-Ort d. Kindes"),
    "birth_time": ("Geburtsuhrzeit (Std.:Min.)", "Kind: Geburtszeit", "Stunde der Geburt"),
    "mother_name": ("Mutter des neugeborenen Kindes", "Mutter – Vor- u. Familienname (beurkundet)",
                    "Mutter d. Kindes"),
    "father_name": ("Vater des neugeborenen Kindes", "Vater – Vor- u. Familienname (beurkundet)",
                    "Vater d. Kindes"),
    "registry_office": ("beurkundendes Standesamt (Ort)", "Standesamt der Beurkundung",
                        "Urkundsstelle (Standesamt)"),
    "register_number": ("Nr. im Register / Jahrgang", "Registernummer (Buchstabe Nr./Jahr)",
                        "Eintrag Nr. (Register)"),
    "issue_date": ("Tag der Ausstellung der Urkunde", "Urkunde ausgestellt am",
                   "Datum der Ausfertigung (Urkunde)"),
    "reg_family": ("Familienname (Beurkundung)", "Name laut Beurkundung",
                   "Familienname – beurkundet"),
    "reg_given": ("Vornamen (Beurkundung)", "Vornamen laut Beurkundung", "Vornamen – beurkundet"),
    "reg_dob": ("Geburtstag (Beurkundung)", "geboren am laut Beurkundung",
                "Geburtstag – beurkundet"),
    "reg_pob": ("Geburtsort (Beurkundung)", "geboren in laut Beurkundung",
                "Geburtsort – beurkundet"),
    "spouse": ("Ehepartner/-in lfd. Nr.", "eheschließende Person lfd. Nr.",
               "Ehegatte bzw. Ehegattin"),
    "marriage_date": ("Tag der Eheschließung (Datum)", "Ehe geschlossen am (Tag)",
                      "Trauungsdatum"),
    "marriage_place": ("Ort der Eheschließung (Gemeinde)", "Ehe geschlossen in (Ort)",
                       "Trauort (Gemeinde)"),
    "date_of_death": ("Todestag (Datum des Versterbens)", "verstorben am (Tag)",
                      "Sterbefall am"),
    "place_of_death": ("Sterbeort – Gemeinde, Kreis", "Ort des Versterbens (Gemeinde)",
                       "Sterbefall in (Gemeinde)"),
    "last_residence": ("letzter Wohnsitz der verstorbenen Person",
                       "zuletzt wohnhaft in (Anschrift)",
                       "Wohnsitz vor dem Tod"),
    "make": ("Fahrzeughersteller (Marke)", "Fahrzeugmarke (Feld D.1)",
             "Herst.-Bezeichnung (Marke)"),
    "model": ("Fahrzeugtyp / Handelsname", "Typ des Fahrzeugs", "Modell-/Typbezeichnung"),
    "vin": ("Fahrzeug-Ident.-Nr. (17-stellig)", "Fahrgestell-Nr. (FIN/VIN)",
            "Identifizierungsnummer des Fahrzeugs"),
    "evb_number": ("eVB-Nummer (elektron. Versicherungsbestätigung)", "Versicherungs-eVB",
                   "eVB-Nr. – siebenstellig"),
    "desired_plate": ("gewünschtes Kennzeichen (falls reserviert)",
                      "Kennzeichenwunsch – nur wenn reserviert",
                      "vorab reserviertes Kennzeichen"),
    "account_holder": ("Kontoinhaber/-in (Name, Vorname)",
                       "Name der kontoführenden Person (Inhaber)",
                       "Konto lautet auf den Namen"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "bank": ("Geldinstitut (Name, Ort)", "Bankinstitut (Sitz)", "kontoführendes Geldinstitut"),
    "passport_number": ("Pass- bzw. Passersatz-Nr.", "Pass-/Passersatznummer",
                        "Reisedokument – Nummer"),
    "passport_expiry_date": ("Gültigkeit des Passes endet am", "Pass läuft ab (Datum)",
                             "Reisedokument gültig bis"),
    "entry_date": ("Einreise nach Deutschland am", "Datum der Einreise (Bundesgebiet)",
                   "eingereist in das Bundesgebiet am"),
    "purpose": ("Zweck, für den der Aufenthalt beantragt wird",
                "Aufenthaltszweck – bitte ankreuzen", "Aufenthalt zum Zwecke"),
    # what else these forms print (some of it is left empty by the citizen)
    "signed": ("Ort, Datum (bitte ausfüllen)", "Ort/Datum der Erklärung", "Datum, Ort"),
    "signature": ("Unterschrift der erklärenden Person", "eigenhändig unterschrieben",
                  "Unterschrift Antragstellende(r)"),
    "registrar": ("Standesbeamter/Standesbeamtin (Unterschrift)", "Unterschrift Standesbeamter",
                  "Der/Die Standesbeamte/-in"),
    "doctor": ("Doktorgrad (nur wenn eingetragen)", "akademischer Grad (Doktor)",
               "Doktortitel, sofern vorhanden"),
    "religion": ("Religionszugehörigkeit (rechtl. Religionsgesellschaft)",
                 "Religionsgesellschaft", "Konfession (freiwillig)"),
    "email": ("E-Mail-Adresse (freiwillig)", "E-Mail für Rückfragen", "Mailadresse (optional)"),
    "artist_name": ("Ordens- bzw. Künstlername", "Künstlername (falls eingetragen)",
                    "Ordensname / Künstlername"),
    "id_number": ("Nummer des Personalausweises", "Ausweisnummer (Personalausweis)",
                  "Personalausweis-Nr."),
    "remarks": ("Bemerkungen der antragstellenden Person", "sonstige Bemerkungen",
                "Raum für weitere Angaben"),
    "owner_name": ("Eigentümer/in der Wohnung (falls nicht Wohnungsgeber)",
                   "Name der Eigentümerin / des Eigentümers", "Eigentümer (wenn abweichend)"),
    "colour": ("Farbe des Fahrzeugs", "Fahrzeugfarbe (Angabe freiwillig)", "Lackfarbe"),
    "employer": ("Arbeitgeber (Name, Anschrift)", "derzeit beschäftigt bei",
                 "Name des Arbeitgebers"),
}

# Labels of one group are worded alike in one document (the same variant index).
LABEL_GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("family_name", "given_names"),
    "register": ("reg_family", "reg_given", "reg_dob", "reg_pob"),
    "child": ("child_family", "child_given", "child_sex", "child_dob", "child_pob"),
    "parents": ("mother_name", "father_name"),
    "landlord": ("landlord_name", "landlord_address"),
}
_GROUP_OF: Final = {key: group for group, keys in LABEL_GROUPS.items() for key in keys}

SECTIONS6: Final[dict[str, tuple[str, ...]]] = {
    "person": ("A. Angaben zur meldepflichtigen Person", "Personalien der Antragstellerin / des "
               "Antragstellers", "Zur Person (Personalien)"),
    "new_dwelling": ("B. Neue Wohnung", "Neue Wohnung – Lage und Einzug",
                     "Bezug der neuen Wohnung"),
    "previous": ("C. Bisherige Wohnung", "Angaben zur bisherigen Wohnung",
                 "Die bisherige Wohnung"),
    "contact": ("Freiwillige Angaben für Rückfragen", "Erreichbarkeit (freiwillig)"),
    "landlord": ("1. Wohnungsgeber/in", "Wohnungsgeber – Personalien",
                 "Wohnungsgeber (vermietende Person)"),
    "flat": ("2. Angaben zur Wohnung und zum Einzug", "Wohnung / Einzugsdatum",
             "Wohnung und Tag des Einzugs"),
    "tenants": ("3. Eingezogene meldepflichtige Personen", "In die Wohnung eingezogen sind",
                "Die eingezogenen Personen"),
    "child": ("Personalien des Kindes", "I. Kind", "Kind (Personalien)"),
    "parents": ("II. Eltern", "Personalien der Eltern", "Mutter und Vater des Kindes"),
    "register": ("III. Register", "Registereintrag (Standesamt)",
                 "Eintrag im Personenstandsregister"),
    "marriage": ("Eheschließung (Zeit, Ort)", "III. Eheschließung",
                 "Ort und Tag der Trauung"),
    "deceased": ("Personalien (verstorbene Person)", "I. Verstorbene Person",
                 "Verstorbene/r (Personalien)"),
    "death": ("II. Sterbefall", "Tod (Zeitpunkt und Ort)", "Sterbefall (Zeit, Ort)"),
    "holder": ("I. Halterin / Halter", "Angaben zur haltenden Person", "Halter/-in des Fahrzeugs "
               "(künftig)"),
    "address": ("II. Anschrift der Halterin / des Halters", "Wohnsitz (Halter)",
                "Halteranschrift"),
    "vehicle": ("III. Angaben zum Fahrzeug", "Das Fahrzeug (lt. Zulassungsbescheinigung)",
                "Fahrzeugdaten (Teil I/II)"),
    "sepa": ("IV. SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer",
             "Kfz-Steuer: Lastschriftmandat (SEPA)", "Abbuchung der Kfz-Steuer"),
    "passport": ("Pass, Einreise und Aufenthaltszweck", "Angaben zum Reisedokument und zur "
                 "Einreise", "Reisedokument / Einreise / Zweck"),
    "residence": ("Jetzige Wohnanschrift im Inland", "Angaben zur Wohnung im Inland",
                  "Wohnung (Inland)"),
    "closing": ("Erklärung und Unterschrift der Person", "Versicherung und Unterschrift",
                "Unterschrift / Erklärung"),
    "copy": ("Angaben zur Ausweiskopie", "Ausweiskopie (Beiblatt)"),
    "office": ("Von der Behörde auszufüllen", "Verwaltungsvermerke (Behörde)",
               "Bearbeitungsvermerke der Behörde"),
}

# --- titles ---------------------------------------------------------------------------------------

OVERLAY_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung bei der Meldebehörde (Meldeschein)",
                  "Meldeschein – Anmeldung einer Wohnung", "Anmeldung – Zuzug / Umzug"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Wohnungsgebers nach § 19 BMG (Vordruck)",
                                  "Wohnungsgeberbestätigung – Einzug",
                                  "Einzugsbestätigung des Wohnungsgebers"),
    "geburtsurkunde": ("GEBURTSURKUNDE (Vordruck)", "Geburtsurkunde – Formblatt"),
    "eheurkunde": ("EHEURKUNDE (Vordruck)", "Eheurkunde – Formblatt"),
    "sterbeurkunde": ("STERBEURKUNDE (Vordruck)", "Sterbeurkunde – Formblatt"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Kraftfahrzeugs (Formblatt)",
                         "Zulassungsantrag – Kraftfahrzeug", "Antrag Fahrzeugzulassung"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung/Verlängerung eines Aufenthaltstitels",
                                "Aufenthaltstitel – Antragsformular",
                                "Antrag Aufenthaltstitel (Formblatt)"),
    "identity_document": ("Beiblatt: Kopie des Ausweisdokuments",
                          "Anlage zum Antrag – Ausweisdokument"),
}

STAMPED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung einer Wohnung (Einzug)", "Anmeldung (Wohnsitz)",
                  "Meldung des Einzugs bei der Meldebehörde"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Wohnungsgebers über den Einzug",
                                  "Wohnungsgeberbestätigung (Einzug einer Person)",
                                  "Bestätigung über den Einzug"),
    "geburtsurkunde": ("Geburtsurkunde – Ausfertigung aus dem Register",
                       "Urkunde über eine Geburt"),
    "eheurkunde": ("Eheurkunde – Ausfertigung aus dem Register", "Urkunde über eine Eheschließung"),
    "sterbeurkunde": ("Sterbeurkunde – Ausfertigung aus dem Register",
                      "Urkunde über einen Sterbefall"),
    "antrag_zulassung": ("Antrag auf Zulassung (Kfz)", "Antrag auf Fahrzeugzulassung",
                         "Fahrzeugzulassung – Antragsvordruck"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthaltstitel",
                                "Aufenthaltstitel – Antrag", "Antrag auf Aufenthaltserlaubnis "
                                "(Erteilung)"),
    "identity_document": ("Kopie Ausweisdokument (zur Akte)", "Ablichtung des Ausweises"),
}

# What the office's stamps, sticker and notes say (none of it is a truth value).
STAMP_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "received": ("EINGEGANGEN", "Eingegangen am", "POSTEINGANG", "Eing."),
    "copy": ("KOPIE", "ABSCHRIFT", "Zweitschrift"),
    "certified": ("Beglaubigte Kopie", "BEGLAUBIGTE ABSCHRIFT", "Amtlich beglaubigt"),
    "certify_clause": ("Die Übereinstimmung der Kopie mit dem Original wird beglaubigt.",
                       "Die Übereinstimmung mit der vorgelegten Urschrift wird beglaubigt.",
                       "Vorstehende Abschrift stimmt mit der Urschrift überein."),
    "original": ("Original lag vor", "Urschrift hat vorgelegen", "Original gesehen"),
    "attachments": ("Anl.", "Anl.-Zahl", "Anlg."),
    "case": ("Gz.", "Vorg.-Nr.", "Az.:"),
    "checked": ("geprüft", "erfasst", "bearb."),
    "filed": ("zdA", "abgelegt", "Wv."),
    "sticker": ("Vorgang", "Dok.-Nr.", "Beleg-Nr."),
}

# --- prose (small print, not labels) ----------------------------------------------------------

SMALL_PRINT: Final = (
    "Rechtsgrundlage: Bundesmeldegesetz (BMG). Die Angaben sind Pflichtangaben, soweit sie nicht "
    "als freiwillig gekennzeichnet sind.",
    "Hinweis zum Datenschutz: Die Daten werden ausschließlich zur Erfüllung der gesetzlichen "
    "Aufgaben der Behörde verarbeitet. Weitere Informationen erhalten Sie im Bürgerbüro.",
    "Wer eine Angabe vorsätzlich oder fahrlässig nicht richtig oder nicht vollständig macht, "
    "handelt ordnungswidrig.",
    "Bitte füllen Sie den Vordruck vollständig aus. Zutreffendes bitte ankreuzen. Dieses "
    "Formular kann am Bildschirm ausgefüllt und anschließend ausgedruckt werden.",
    "Die Gebühr richtet sich nach der geltenden Gebührenordnung und ist bei Abgabe fällig.",
)
CERT_PRINT: Final = (
    "Diese Urkunde ist ohne Unterschrift und Dienstsiegel ungültig.",
    "Änderungen und Ergänzungen des Vordrucks sind unzulässig.",
    "Der Vordruck ist fälschungserschwerend gestaltet.",
)
DECLARATIONS: Final = (
    "Ich versichere, dass die Angaben vollständig und richtig sind.",
    "Die Richtigkeit der Angaben wird hiermit bestätigt.",
    "Mir ist bekannt, dass falsche Angaben geahndet werden können.",
)
MARGIN_NOTES: Final = ("ok", "i.O.", "vollst.", "Rückfrage?", "s. Akte", "Kopie an SB",
                       "erl.", "WV 2 Wo.", "lt. Tel. ok", "v. g.", "Frist notiert")

# --- printing habits ----------------------------------------------------------------------------

MONTHS3: Final = ("Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
                  "Dez")
OVERLAY_DATE_STYLES: Final = ("numeric", "unpadded", "long", "abbr3", "slashed")
STAMPED_DATE_STYLES: Final = ("numeric", "long", "abbr3", "spaced", "long_upper")
EXTRA6_DATE_STYLES: Final = tuple(dict.fromkeys((*OVERLAY_DATE_STYLES, *STAMPED_DATE_STYLES)))


def format_extra6_date(d: date, style: str) -> str:
    """A date as the overlay / stamped layouts print it (always with the four-digit year)."""
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_upper":
        return f"{d.day:02d}. {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "abbr3":
        return f"{d.day:02d}. {MONTHS3[d.month - 1]} {d.year}"
    if style == "slashed":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "spaced":
        return f"{d.day:02d} . {d.month:02d} . {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def stamp_date(d: date, style: int) -> str:
    """How a date stamp prints its day (an office stamp's own style, never a truth value)."""
    if style == 0:
        return f"{d.day:02d}. {MONTHS3[d.month - 1].upper()}. {d.year}"
    if style == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d} {MONTHS3[d.month - 1].upper()} {d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way these layouts may print ``d`` as a value (for tests)."""
    return {format_extra6_date(d, s) for s in EXTRA6_DATE_STYLES}


SEX_WORDS6: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "keine Angabe"}
SEX_SHORT6: Final = {"F": "weibl.", "M": "männl.", "D": "div.", "X": "k. A."}
SEX_UPPER6: Final = {code: word.upper() for code, word in SEX_WORDS6.items()}
SEX_TABLES: Final = {"word": SEX_WORDS6, "short": SEX_SHORT6, "upper": SEX_UPPER6,
                     "choice": SEX_WORDS6}
SEX_ORDER: Final = ("M", "F", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX_TABLES.get(mode, SEX_WORDS6)[code]


def sex_printings(code: str) -> set[str]:
    """Every way these layouts may print a sex (for tests)."""
    return {table[code] for table in SEX_TABLES.values()}


NATIONALITY_MODES: Final = ("adjective", "country", "upper", "capital")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    if mode == "capital":
        return adjective[0].upper() + adjective[1:]
    return adjective


def nationality_printings(code: str) -> set[str]:
    """Every way these layouts may print a nationality (for tests)."""
    return {nationality_word(code, m) for m in NATIONALITY_MODES}


# Dwelling: the option a form prints, then what a citizen types instead.
DWELLING6: Final = {"main": ("Hauptwohnung (vorwiegend benutzt)", "Hauptwohnung"),
                    "secondary": ("Nebenwohnung (weitere Wohnung)", "Nebenwohnung")}
MARITAL6: Final = ("ledig", "verheiratet", "geschieden", "verwitwet")
LANDLORD_ROLES6: Final = ("Eigentümer/in der Wohnung", "beauftragt vom Eigentümer (z. B. "
                          "Hausverwaltung)")

# How these layouts name a purpose: the form's option first, then a short wording.
PURPOSE6: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium / Studienvorbereitung", "Studium"),
    "employment": ("Erwerbstätigkeit (Beschäftigung)", "Beschäftigung"),
    "family": ("Familiennachzug / familiäre Gründe", "familiäre Gründe"),
    "humanitarian": ("völkerrechtliche, humanitäre oder politische Gründe", "humanitär"),
    "other": ("sonstiger Aufenthaltszweck", "Sonstiges"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")


class Extra6Wording(Wording):
    """Labels, headings, stamp words and titles from the tenth pool, chosen once per
    document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self._layout = layout
        self._groups: dict[str, int] = {}
        self._other: dict[str, str] = {}

    def _pick(self, key: str, options: tuple[str, ...]) -> str:
        group = _GROUP_OF.get(key)
        if group is None:
            return options[self._rng.randrange(len(options))]
        return options[self._groups.setdefault(group, self._rng.randrange(6)) % len(options)]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            self._chosen[key] = self._pick(key, LABELS6[key])  # no fallback to another pool
        return self._chosen[key]

    def section(self, key: str) -> str:
        k = "s:" + key
        if k not in self._other:
            self._other[k] = self._pick(k, SECTIONS6[key])
        return self._other[k]

    def stamp(self, key: str) -> str:
        k = "t:" + key
        if k not in self._other:
            self._other[k] = self._pick(k, STAMP_WORDS[key])
        return self._other[k]

    def title(self, doc_type: str) -> str:
        titles = OVERLAY_TITLES if self._layout == "overlay" else STAMPED_TITLES
        options = titles[doc_type]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra6Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra6_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and stamp word of this pool (for tests)."""
    pools_ = (LABELS6, SECTIONS6, OVERLAY_TITLES, STAMPED_TITLES, STAMP_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]
