"""The forty-second wording pool and the printing habits of the thirty-eighth extra pair.

``HOUSE_LABELS`` (the rows and columns of a form that lists several persons), ``HOUSE_HEADS``,
``HOUSE_TITLES``, ``HOUSE_ROLES`` (what a person is to the form: the subject, a spouse, a child,
a witness, an informant, an owner ...), ``HOUSE_TICKS`` (the box that marks the person the form
is about) and ``HOUSE_WORDS`` belong to the ``household`` layout; ``SUPP_LABELS`` (the numbered
fields of a form whose values partly stand on a supplement sheet), ``SUPP_ABBR`` (the short
forms a supplement repeats), ``SUPP_HEADS``, ``SUPP_TITLES``, ``SUPP_SHEETS`` (how the
supplement calls itself and how a full box points to it), ``SUPP_KEYS`` (how a supplement entry
names its field) and ``SUPP_WORDS`` to the ``supplement`` layout. They are used only by the
layouts in ``EXTRA38_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever
tunes extraction must not read this module nor ``samples.render_extra38``, nor tune on those
layouts' failures. None of the label strings repeats a string of the forty-one other pools, nor
any string literal of the older modules of ``samples``, not even up to case, punctuation or
spacing (a test checks this).

The module also prints dates (numeric, long, unpadded, with an abbreviated month), sex,
nationality and the choice values as these layouts do. The ground truth stays the catalog's
normalised value. Every string stays inside Windows-1252.
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

#: how a household form prints a day
HOUSE_DATE_STYLES: Final = ("numeric", "long", "numeric", "unpadded")
#: how a form with a supplement prints a day ("abbr": 14. Okt. 1987)
SUPP_DATE_STYLES: Final = ("numeric", "abbr", "long", "numeric")

#: German month abbreviations as offices print them
MONTH_SHORT38: Final = ("Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.",
                        "Sept.", "Okt.", "Nov.", "Dez.")


def date38(d: date, style: str) -> str:
    """``d`` as this pair prints it (always with a four-digit year)."""
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTH_SHORT38[d.month - 1]} {d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {date38(d, s) for s in (*HOUSE_DATE_STYLES, *SUPP_DATE_STYLES)}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER38: Final = ("F", "M", "D", "X")
SEX_WORD38: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "ohne Angabe"}
#: the short forms a narrow cell prints
SEX_SHORT38: Final[dict[str, str]] = {"F": "w", "M": "m", "D": "d", "X": "o. A."}

#: "word", "short" (w, m, d, o. A.) or "choice" (printed boxes, the chosen one crossed)
HOUSE_SEX_MODES: Final = ("word", "short", "choice", "word")
SUPP_SEX_MODES: Final = ("word", "choice", "short")


def sex_text(code: str, mode: str) -> str:
    if mode == "short":
        return SEX_SHORT38[code]
    return SEX_WORD38[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD38[code], SEX_SHORT38[code]}


#: "adjective" or "country"
HOUSE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
SUPP_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, code}


PURPOSE_ORDER38: Final = ("study", "employment", "family", "humanitarian", "other")
#: (a household form's wording, a supplement form's wording)
PURPOSE38: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium an einer Hochschule im Bundesgebiet (Studienplatz)",
              "Studienaufenthalt, Zulassungsbescheid der Hochschule liegt bei"),
    "employment": ("Arbeitsaufnahme bei einem Arbeitgeber im Bundesgebiet (Zusage)",
                   "Erwerbstätigkeit, Arbeitsplatzzusage liegt bei"),
    "family": ("Familiennachzug zu Angehörigen im Bundesgebiet",
               "Familienzusammenführung, Nachweise der Verwandtschaft liegen bei"),
    "humanitarian": ("Aufenthalt aus humanitären Gründen (Schutzgewährung)",
                     "humanitärer Aufenthalt, Schutzbescheid liegt bei"),
    "other": ("sonstiger Zweck laut gesonderter Erläuterung",
              "anderer Zweck, Erläuterung liegt bei"),
}
DWELLING_ORDER38: Final = ("main", "secondary")
#: (a household form's wording, a supplement form's wording)
DWELLING38: Final[dict[str, tuple[str, str]]] = {
    "main": ("Hauptwohnsitz aller genannten Personen",
             "vorwiegend benutzte Wohnung (Hauptwohnsitz)"),
    "secondary": ("Nebenwohnsitz aller genannten Personen",
                  "zusätzliche Wohnung neben der Hauptwohnung (Nebenwohnsitz)"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE38[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING38[code]


# --- household: a form that lists several persons ------------------------------------------------

#: per field or row: three labels (one family per document)
HOUSE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    # a person's rows
    "family_name": ("Familienname dieser Person", "Familienname, derzeit geführt (je Spalte)",
                    "Familienname der genannten Person"),
    "given_names": ("Vornamen dieser Person (alle)", "Vornamen, sämtliche (je Spalte)",
                    "Vorname(n) der genannten Person"),
    "birth_name": ("Geburtsname dieser Person (nur falls anders)",
                   "Geburtsname, sofern abweichend (je Spalte)",
                   "Name der genannten Person zur Zeit der Geburt"),
    "date_of_birth": ("Geburtstag dieser Person", "Geburtsdatum (je Spalte)",
                      "geboren am (genannte Person)"),
    "place_of_birth": ("Geburtsort (Ort, ggf. Staat) dieser Person",
                       "Geburtsort, Gemeinde und Staat (je Spalte)",
                       "geboren in (genannte Person)"),
    "sex": ("Geschlecht dieser Person (Eintrag)", "Geschlecht – Angabe je Person",
            "Geschlechtseintrag der genannten Person"),
    "nationality": ("Staatsangehörigkeit(en) dieser Person", "Staatsangehörigkeit – alle nennen",
                    "Staatsangehörigkeit der genannten Person"),
    "marital": ("Familienstand dieser Person (ledig, verh. ...)", "Familienstand (je Spalte)",
                "derzeitiger Familienstand dieser Person"),
    "religion": ("Religionsgesellschaft dieser Person (öffentl.-rechtl.)",
                 "Religion – für die Kirchensteuer",
                 "Religionszugehörigkeit, Angabe freiwillig"),
    "full_name": ("Vor- und Familienname dieser Person", "Name – Vorname(n) und Familienname",
                  "vollständiger Name der genannten Person"),
    "role": ("Stellung zur ersten Person der Liste", "Rolle im gemeinsamen Haushalt",
             "Beziehung innerhalb der genannten Familie"),
    "residence": ("Wohnanschrift dieser Person", "Anschrift – Straße, Hausnr., PLZ, Ort",
                  "wohnhaft in (Anschrift der genannten Person)"),
    "passport_number": ("Pass-Nr. dieser Person", "Nummer des Nationalpasses (je Spalte)",
                        "Reisepassnummer der genannten Person"),
    "passport_expiry": ("Pass gültig bis (Ablauf) dieser Person", "Nationalpass – Ablauf am",
                        "Reisepass der genannten Person gilt bis"),
    "res_street": ("Straße des Wohnsitzes dieser Person", "Wohnsitz – Straße (je Spalte)",
                   "wohnhaft in der Straße (genannte Person)"),
    "res_number": ("Hausnummer des Wohnsitzes dieser Person", "Wohnsitz – Hausnr. (je Spalte)",
                   "Hausnummer der Wohnung der genannten Person"),
    "res_postal": ("Postleitzahl des Wohnsitzes dieser Person", "Wohnsitz – PLZ (je Spalte)",
                   "Postleitzahl der Wohnung der genannten Person"),
    "res_city": ("Wohnort dieser Person (Gemeinde)", "Wohnsitz – Ort (je Spalte)",
                 "Gemeinde der Wohnung der genannten Person"),
    "birth_time": ("Uhrzeit der Geburt dieses Kindes (Std.:Min.)", "Uhrzeit der Geburt (je Spalte)",
                   "geboren um (Uhrzeit) laut Geburtsanzeige"),
    "death_note": ("verstorben / Sterbedatum dieser Person", "Tod – vermerkt am",
                   "Sterbevermerk zur genannten Person"),
    "relation": ("Verhältnis zur verstorbenen Person", "Beziehung – Anzeige des Todesfalls",
                 "Grund der Anzeige (Angehörige/r, Bestatter ...)"),
    # the dwelling, the stay, the vehicle, the register
    "move_in_date": ("Bezug der Wohnung am (für alle)", "Einzugstag – neue Wohnung",
                     "eingezogen am (gemeinsamer Einzugstag)"),
    "street": ("Straße (neue Wohnung) laut Mietvertrag", "neue Anschrift – Straße",
               "Straße der bezogenen Wohnung"),
    "house_number": ("Hausnummer mit Zusatz (neue Wohnung, für alle)", "neue Anschrift – Hausnr.",
                     "Hausnummer der bezogenen Wohnung"),
    "postal_code": ("Postleitzahl (neue Wohnung) laut Mietvertrag", "neue Anschrift – PLZ",
                    "PLZ der bezogenen Wohnung"),
    "city": ("Gemeinde, Ort (neue Wohnung)", "neue Anschrift – Ort",
             "Ort der gemeinsam bezogenen Wohnung"),
    "address": ("neue Wohnung (Straße Nr., PLZ Ort) für alle", "neue Anschrift – vollständig",
                 "bezogene Wohnung, Anschrift in einer Zeile"),
    "previous_address": ("letzte Wohnung vor dem Umzug (für alle)",
                         "bisherige Anschrift des Haushalts (vollständig)",
                         "zuvor bewohnte Wohnung, Anschrift in einer Zeile"),
    "dwelling": ("die neue Wohnung ist für alle genannten Personen",
                 "neue Anschrift – Art der Wohnung",
                 "Status der bezogenen Wohnung für den Haushalt"),
    "party_name": ("Name oder Firmenbezeichnung (Wohnungsgeberseite)",
                   "Name/Firma – vollständig", "Bezeichnung der Person oder Firma"),
    "party_address": ("Anschrift der Wohnungsgeberseite (Straße Nr., PLZ Ort)",
                      "Postanschrift – vollständig", "Sitz bzw. Wohnanschrift der Person/Firma"),
    "owner_flag": ("Wohnungsgeber ist zugleich Eigentümer/in der Wohnung",
                   "Eigentum – Wohnungsgeber selbst?", "Eigentumsverhältnis an der Wohnung"),
    "vin": ("Fahrzeug-Identifizierungsnummer (17 Stellen) laut Fahrzeugbrief",
            "FIN – Fahrgestellnummer", "Identifizierungsnummer des zuzulassenden Fahrzeugs"),
    "make": ("Hersteller und Typ des Fahrzeugs (Handelsbezeichnung)", "Fahrzeug – Marke, Modell",
             "Marke und Handelsname des zuzulassenden Fahrzeugs"),
    "evb": ("eVB-Nummer der Versicherung (7 Zeichen)",
            "eVB-Nr. der Versicherungsbestätigung (gemeinsam)",
            "Nummer der elektronischen Versicherungsbestätigung (Antrag)"),
    "plate": ("reserviertes Wunschkennzeichen für die Halterin/den Halter",
              "Wunschkennzeichen, reserviert (gemeinsam)",
              "gewünschtes Kennzeichen des Antrags, sofern reserviert"),
    "iban": ("IBAN des Kontos (Kfz-Steuer, Lastschrift)", "IBAN des Inhaberkontos (Block)",
             "IBAN für den Einzug der Kraftfahrzeugsteuer (Lastschrift)"),
    "bic": ("BIC des Kreditinstituts (Lastschrift)", "BIC des Inhaberkontos (Block)",
            "BIC des kontoführenden Instituts (Lastschriftblock)"),
    "account_holder": ("Kontoinhaber/in (Vor- und Familienname) für die Lastschrift",
                       "Bankverbindung – Inhaber/in",
                       "Name der kontoinhabenden Person (Lastschriftblock)"),
    "entry_date": ("Einreise nach Deutschland am (Antragsteller/in)",
                   "Einreisetag der antragstellenden Person (gemeinsam)",
                   "eingereist am (Datum der Einreise)"),
    "purpose": ("beantragter Aufenthaltszweck (für die antragstellende Person)",
                "Zweck des Aufenthalts – Antrag", "Aufenthalt wird begehrt zum Zweck"),
    "registry_office": ("ausstellendes Standesamt (Registerführung)",
                        "Standesamt, das den Eintrag führt (Personenblatt)",
                        "beurkundet beim Standesamt (laut Personenblatt)"),
    "register_number": ("Registernummer des Eintrags (mit Jahrgang)",
                        "Nummer des Registereintrags (Personenblatt)",
                        "Nr. des Registereintrags (Art, Nr./Jahr)"),
    "issue_date": ("Ausstellungsdatum dieser Urkunde (Standesamt)",
                   "Urkunde ausgestellt am (Personenblatt)",
                   "Datum der Ausstellung dieser Personenübersicht"),
    "date_of_death": ("Sterbedatum (Tag des Todes) laut Anzeige",
                      "Tag des Sterbefalls (Personenblatt)",
                      "Tod eingetreten am"),
    "place_of_death": ("Sterbeort (Gemeinde) laut Anzeige", "Ort des Sterbefalls (Personenblatt)",
                       "Tod eingetreten in"),
    "marriage_date": ("Datum der Trauung (für beide Eheschließenden)",
                      "Tag der Eheschließung (Personenblatt)",
                      "die Ehe der Genannten wurde geschlossen am"),
    "marriage_place": ("Ort der Trauung (für beide Eheschließenden)",
                       "Ort der Eheschließung (Personenblatt)",
                       "die Ehe der Genannten wurde geschlossen in"),
}

#: column captions of a table of persons (short forms of some labels above)
HOUSE_SHORT: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Fam.-Name d. Pers.", "Familienname (derz.)", "Nachname (genannt)"),
    "given_names": ("Vornamen d. Pers.", "Vornamen (alle, je Zeile)", "Vorname(n) (genannt)"),
    "birth_name": ("Geb.-Name d. Pers., falls anders", "Geburtsname (abw.)",
                   "Name bei Geburt (genannt)"),
    "date_of_birth": ("Geb.-Tag d. Pers.", "Geburtsdatum (T.M.J.)", "geb. am (genannt)"),
    "place_of_birth": ("Geb.-Ort d. Pers.", "Geburtsort (Gem./Staat)", "geb. in (genannt)"),
    "sex": ("Geschl. d. Pers.", "Geschl. (Angabe)", "Geschl.-Eintrag (genannt)"),
    "nationality": ("Staatsang. d. Pers.", "Staatsang. (alle)", "Staatsang. (genannt)"),
    "marital": ("Fam.-Stand dieser Pers.", "Fam.-Stand (je Zeile)", "Fam.-Stand lt. Angabe"),
    "religion": ("Rel.-Gesellschaft", "Religion (Kirchenst.)", "Religion (freiw.)"),
    "full_name": ("Vor- u. Fam.-Name dieser Pers.", "Name (Vorn. u. Fam.-N.)",
                  "voller Name lt. Angabe"),
    "role": ("Stellung zu Pers. 1", "Rolle im Haushalt (kurz)", "Beziehung (kurz)"),
    "residence": ("Wohnanschrift dieser Pers.", "Anschrift (Str., PLZ, Ort)",
                  "wohnhaft in (Anschrift)"),
    "passport_number": ("Pass-Nr. (Pers.)", "Nationalpass-Nr. (je Zeile)",
                        "Reisepass-Nr. (genannt)"),
    "passport_expiry": ("Pass gültig bis (Pers.)", "Nationalpass Ablauf",
                        "Reisepass gilt bis (genannt)"),
    "birth_time": ("Uhrzeit des Kindes (Std.:Min.)", "Geburt um (Uhrzeit, je Zeile)",
                   "Uhrzeit lt. Anzeige"),
    "death_note": ("verstorben am (Pers.)", "Tod vermerkt", "Sterbevermerk (kurz)"),
    "relation": ("Verhältnis zur verst. Pers.", "Beziehung (Anzeige)", "Anzeigegrund (kurz)"),
}

#: how a column or a block of one person is captioned ({n}: its running number)
HOUSE_CAPTIONS: Final = ("Person {n}", "{n}. Person", "lfd. Nr. {n}")

#: what a person is to the form (three wordings each)
HOUSE_ROLES: Final[dict[str, tuple[str, str, str]]] = {
    "main": ("Hauptperson dieser Meldung", "meldende Person selbst",
             "erste meldende Person (Unterzeichner/in)"),
    "spouse": ("Ehegatte/Lebenspartner/in der Hauptperson", "Ehe- oder Lebenspartner/in, zieht mit",
               "Ehegattin/Ehegatte bzw. eingetragene/r Lebenspartner/in"),
    "child": ("minderjähriges Kind, zieht mit", "Kind der Hauptperson",
              "Tochter/Sohn der meldenden Person (mitziehend)"),
    "other": ("weitere mitziehende Person im Haushalt", "sonstige Person, zieht mit ein",
              "mitziehend, nicht verwandt"),
    "applicant": ("Antragsteller/in – Titel wird für diese Person beantragt",
                  "Person, für die der Titel hier beantragt wird", "antragstellende Hauptperson"),
    "joining_spouse": ("Ehegatte/Ehegattin – reist mit ein", "Ehepartner/in, Familiennachzug",
                       "mitreisende/r Ehegatte/Ehegattin"),
    "joining_child": ("Kind – reist mit ein", "minderjähriges Kind, Familiennachzug",
                      "mitreisendes Kind der antragstellenden Person"),
    "holder": ("künftige/r Halter/in (Antrag)", "Halter/in, auf die/den zugelassen wird",
               "Fahrzeughalter/in laut Antrag"),
    "codriver": ("zweite/r Fahrer/in (nutzt das Fahrzeug mit)", "weitere fahrende Person",
                 "Mitnutzer/in des Fahrzeugs (kein/e Halter/in)"),
    "coowner": ("Miteigentümer/in des Fahrzeugs (nicht Halter/in)", "Miteigentum am Fahrzeug",
                "weitere/r Eigentümer/in laut Kaufvertrag"),
    "child_cert": ("Kind (Gegenstand des Eintrags)", "das Kind, dessen Geburt beurkundet ist",
                   "Kind laut Geburtseintrag"),
    "mother": ("Mutter des Kindes (Elternteil 1)", "Elternteil Mutter (Spalte)",
               "Mutter laut Geburtseintrag"),
    "father": ("Vater des Kindes (Elternteil 2)", "Elternteil Vater (Spalte)",
               "Vater laut Geburtseintrag"),
    "sibling": ("Geschwisterkind (nur zur Information)", "älteres Geschwister (Hinweis)",
                "Bruder/Schwester des Kindes, Vermerk"),
    "spouse1": ("Ehegatte 1 (erste Spalte des Eintrags)", "erste/r Eheschließende/r (Spalte)",
                "Ehegatte/Ehegattin – Spalte 1"),
    "spouse2": ("Ehegatte 2 (zweite Spalte des Eintrags)", "zweite/r Eheschließende/r (Spalte)",
                "Ehegatte/Ehegattin – Spalte 2"),
    "witness": ("Trauzeugin/Trauzeuge (anwesend)", "Zeugin/Zeuge der Trauung",
                "Trauzeugenschaft übernommen von"),
    "deceased": ("verstorbene Person (Gegenstand des Eintrags)", "die verstorbene Person selbst",
                 "Verstorbene/r laut Sterbeeintrag"),
    "late_spouse": ("vorverstorbene/r Ehegatte/Ehegattin (Vermerk)",
                    "Ehegatte/Ehegattin, bereits verstorben", "früherer Ehe- oder Lebenspartner"),
    "widow": ("hinterbliebene/r Ehegatte/Ehegattin (Spalte)",
              "Ehegatte/Ehegattin der verstorbenen Person",
              "überlebende/r Ehe- oder Lebenspartner/in"),
    "informant": ("Anzeige erstattet durch", "anzeigende Stelle oder Person (Todesfall)",
                  "den Sterbefall angezeigt hat"),
    "landlord": ("Wohnungsgeber/in (überlässt die Wohnung)", "wohnungsgebende Person oder Firma",
                 "Wohnungsgeberseite laut Mietvertrag"),
    "owner": ("Eigentümer/in, nicht Wohnungsgeber/in", "Eigentum liegt bei (abweichend)",
              "Eigentümer/in der Wohnung (weitere Angabe)"),
    "manager": ("beauftragte Hausverwaltung (nicht Wohnungsgeber/in)",
                "Verwalter/in des Hauses (abweichend)", "Verwaltung des Objekts durch"),
    "tenant": ("zieht mit ein (eigene Spalte)", "zieht in die Wohnung ein",
               "neue Bewohnerin/neuer Bewohner (Spalte)"),
    "doc_main": ("Dokument der antragstellenden Person (maßgeblich)",
                 "Kopie 1 – Ausweis des Antragstellers", "Reisedokument der Hauptperson"),
    "doc_spouse": ("Dokument des Ehegatten (nur zur Kenntnis)",
                   "Kopie 2 – Ausweis der Ehepartnerin/des Ehepartners",
                   "Reisedokument der mitreisenden Ehegattin/des Ehegatten"),
    "doc_child": ("Dokument des Kindes (nur zur Kenntnis)", "Kopie 2 – Ausweis des Kindes",
                  "Reisedokument des mitreisenden Kindes"),
}

#: the box that marks the person a form is about, per type
HOUSE_TICKS: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("meldet sich an und unterschreibt", "Anmeldende Person (ankreuzen)",
                  "zeichnet diesen Schein"),
    "aufenthaltstitel_antrag": ("stellt diesen Antrag", "Antragsteller/in (bitte ankreuzen)",
                                "Titel beantragt für"),
    "antrag_zulassung": ("wird als Halter/in eingetragen", "Halter/in (bitte ankreuzen)",
                         "Zulassung auf diese Person"),
}

#: section heads
HOUSE_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "persons": ("Angaben zu allen Personen, die einziehen", "Personen des Haushalts (je Spalte)",
                "Gemeldete Personen im Überblick"),
    "persons_more": ("Weitere Personen, die einziehen", "Personen des Haushalts – Fortsetzung",
                     "Gemeldete Personen – weitere"),
    "dwelling": ("Angaben zur neuen Wohnung (gemeinsam)", "Die neue Wohnung des Haushalts",
                 "Wohnung, in die alle einziehen"),
    "applicants": ("Antragsteller/in und einreisende Angehörige",
                   "Personen des Antrags (je Spalte)", "Beteiligte Personen im Überblick"),
    "applicants_more": ("Weitere einreisende Angehörige", "Personen des Antrags – Fortsetzung",
                        "Beteiligte Personen – weitere"),
    "stay": ("Einreise, Zweck und Anschrift (antragstellende Person)",
             "Aufenthalt des Haushalts – gemeinsame Angaben", "Angaben zum beantragten Titel"),
    "vehicle_persons": ("Halter/in und weitere beteiligte Personen",
                        "Personen rund um das Fahrzeug", "Beteiligte am Zulassungsantrag"),
    "vehicle": ("Das Fahrzeug (gemeinsame Angaben)", "Fahrzeug und Versicherung des Antrags",
                "Angaben zum zuzulassenden Fahrzeug (für alle Beteiligten)"),
    "sepa": ("Lastschriftmandat – Kontoinhaber/in (eigener Block)",
             "Konto für die Kraftfahrzeugsteuer (Inhaberblock)",
             "SEPA-Mandat, kontoführende Person"),
    "family": ("Kind und Eltern laut Eintrag", "Beteiligte des Geburtseintrags (je Spalte)",
               "Personen des Geburtseintrags"),
    "marriage_party": ("Eheschließende und Trauzeugen laut Eintrag",
                "Beteiligte des Eheeintrags (je Spalte)", "Personen des Eheeintrags"),
    "marriage_party_more": ("Trauzeugen laut Eintrag", "Beteiligte des Eheeintrags – Fortsetzung",
                     "Personen des Eheeintrags – weitere"),
    "marriage": ("Die Eheschließung (gemeinsame Angaben)", "Tag und Ort der Trauung (gemeinsam)",
                 "Angaben zur Trauung der Genannten"),
    "mourning": ("Verstorbene Person und Angehörige laut Eintrag",
                 "Beteiligte des Sterbeeintrags (je Spalte)", "Personen des Sterbeeintrags"),
    "death": ("Der Sterbefall (gemeinsame Angaben)", "Tod – Tag und Ort",
              "Angaben zum Todesfall der genannten Person"),
    "register": ("Registerangaben dieser Personenübersicht", "Eintrag im Register – Nachweis",
                 "Beurkundung und Ausstellung der Personenübersicht"),
    "parties": ("Wohnungsgeberseite und Eigentum", "Wohnungsgeber und Eigentümer (je Spalte)",
                "Vermieterseite im Überblick"),
    "tenants": ("Alle Personen, die in die Wohnung einziehen",
                "Einziehende Personen (je Spalte)", "Neue Bewohnerinnen und Bewohner"),
    "flat": ("Die überlassene Wohnung (für alle)", "Wohnung und Einzug (gemeinsam)",
             "Angaben zur überlassenen Wohnung (gemeinsam)"),
    "documents": ("Vorgelegte Dokumente der Familie", "Ausweise des Haushalts (Kopien)",
                  "Ablichtungen der Reisedokumente"),
}

#: titles per type
HOUSE_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Anmeldung bei der Meldebehörde – Haushalt mit mehreren Personen",
                  "Meldeschein für Familien und Haushalte (Anmeldung)",
                  "Gemeinsame Anmeldung einer neuen Wohnung für mehrere Personen"),
    "wohnungsgeberbestaetigung": ("Bestätigung des Wohnungsgebers für alle einziehenden Personen",
                                  "Wohnungsgeberbestätigung – Haushaltsliste",
                                  "Einzugsbestätigung nach § 19 BMG (Personenliste)"),
    "geburtsurkunde": ("Geburtsurkunde mit Angaben zu den Eltern",
                       "Geburtsurkunde – Kind und Eltern im Überblick",
                       "Geburtsurkunde (Personenübersicht)"),
    "eheurkunde": ("Eheurkunde mit Angaben zu den Trauzeugen",
                   "Eheurkunde – Eheschließende und Zeugen im Überblick",
                   "Eheurkunde (Personenübersicht)"),
    "sterbeurkunde": ("Sterbeurkunde mit Angaben zu Angehörigen",
                      "Sterbeurkunde – verstorbene Person und Beteiligte im Überblick",
                      "Sterbeurkunde (Personenübersicht)"),
    "antrag_zulassung": ("Antrag auf Zulassung mit Angaben zu weiteren Beteiligten",
                         "Zulassungsantrag – Halter/in, Mitnutzer/in, Kontoinhaber/in",
                         "Fahrzeugzulassung (Personenübersicht und Lastschrift)"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthaltstitel mit Familienangehörigen",
                                "Aufenthaltsantrag – Familienangehörige, die mit einreisen",
                                "Antrag auf Aufenthalt (Personenübersicht)"),
    "identity_document": ("Ablichtungen der Ausweisdokumente der Familie",
                          "Kopienblatt – Reisedokumente des Haushalts",
                          "Vorgelegte Ausweise (Familienblatt)"),
}

#: furniture of a household form
HOUSE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("Bitte für jede Person eine eigene Spalte ausfüllen. Die Angaben zur Wohnung "
              "gelten für alle genannten Personen.",
              "Alle Personen, die gemeinsam einziehen, werden auf diesem Schein nebeneinander "
              "eingetragen.",
              "Für weitere Personen bitte die Fortsetzung verwenden; je Person nur eine Spalte."),
    "intro_aus": ("Die Angaben zu den Angehörigen dienen nur der Zuordnung; beantragt wird für "
                  "die gekennzeichnete Person.",
                  "Familienangehörige, die mit einreisen, werden neben der antragstellenden "
                  "Person eingetragen.",
                  "Jede einreisende Person erhält eine eigene Spalte."),
    "intro_kfz": ("Halter/in, weitere Fahrer/innen und Kontoinhaber/in werden getrennt "
                  "erfasst.",
                  "Die Zulassung erfolgt nur auf die gekennzeichnete Person.",
                  "Weitere beteiligte Personen sind nur zur Information angegeben."),
    "intro_wg": ("Die Bestätigung gilt für alle unten aufgeführten Personen.",
                 "Bitte alle einziehenden Personen einzeln aufführen.",
                 "Eigentümer/in bitte nur angeben, wenn nicht selbst Wohnungsgeber/in."),
    "intro_cert": ("Die Angaben entsprechen dem Eintrag im Personenstandsregister.",
                   "Beteiligte Personen sind spaltenweise wiedergegeben.",
                   "Auszug mit allen im Eintrag genannten Personen."),
    "intro_id": ("Die Kopien wurden bei der Vorsprache von den Originalen gefertigt.",
                 "Maßgeblich ist das Dokument der antragstellenden Person.",
                 "Kopien aller vorgelegten Reisedokumente des Haushalts."),
    "sign": ("Unterschrift der meldenden Person bzw. des Haushaltsvorstands",
             "Ort, Datum, Unterschrift (für alle genannten Personen)",
             "Unterschrift – zugleich für die mitziehenden Personen"),
    "sign_wg": ("Unterschrift der Wohnungsgeberseite, Ort und Datum",
                "Ort, Datum, Unterschrift Wohnungsgeber/in oder beauftragte Person",
                "Bestätigt durch (Unterschrift, Datum)"),
    "sign_cert": ("Die Standesbeamtin / der Standesbeamte (Siegel)",
                  "Für die Richtigkeit: Standesamt (Dienstsiegel)",
                  "Standesamtliche Unterschrift mit Siegel"),
    "sign_id": ("Kopien gefertigt von (Namenszeichen, Datum)",
                "Ablichtung bestätigt (Handzeichen)", "Unterschrift der aufnehmenden Stelle"),
    "office": ("Vermerke der Behörde zum Personenblatt", "Nur für die Behörde – Haushaltsakte",
               "Bearbeitungsvermerk zum Personenblatt"),
    "office_cert": ("Vermerke des Standesamts zum Personenblatt",
                    "Nur für das Standesamt – Registerakte", "Interner Vermerk (Beurkundung)"),
    "continued": ("Fortsetzung des Personenblatts", "Personenblatt, Seite 2 (Fortsetzung)",
                  "Fortsetzung – weitere Personen und Angaben"),
    "page": ("Personenblatt {n}/{m}", "Haushaltsbogen S. {n} von {m}",
             "Familienbogen {n} ({m} Bl.)"),
    "form_no": ("Vordr. HH-{n}", "HB {n}", "Familienblatt {n}"),
    "owner_yes": ("ja, Eigentümer/in selbst", "zugleich Eigentum",
                  "Wohnungsgeber/in hat selbst das Eigentum"),
    "owner_no": ("nein, Eigentum liegt bei anderer Stelle", "Eigentum abweichend",
                 "nicht Eigentümer/in"),
    "dash": ("– entfällt –", "(keine Angabe)", "—"),
}

#: other persons' family states, religions and relationships (printed values, not labels)
HOUSE_MARITAL: Final = ("ledig", "verheiratet", "geschieden", "verwitwet")
HOUSE_RELIGION: Final = ("rk", "ev", "–", "ohne", "altkath.")
HOUSE_RELATION: Final = ("Sohn", "Tochter", "Ehegatte", "Ehegattin", "Bestattungsinstitut",
                         "Klinikverwaltung", "Nachbar/in aus dem Haus")


# --- supplement: fields that point to a supplement sheet ---------------------------------------

#: per field: three labels of a numbered form field
SUPP_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (Feldinhalt)", "Name (Familienname) – Feldeintrag",
                    "Familienname (Vordruckeintrag)"),
    "given_names": ("Vornamen (Feldinhalt)", "Vornamen (alle) – Feldeintrag",
                    "Vornamen (Vordruckeintrag)"),
    "birth_name": ("Geburtsname (Feldinhalt)", "Geburtsname (abweichend) – Feldeintrag",
                   "Geburtsname (Vordruckeintrag)"),
    "date_of_birth": ("Geburtsdatum (Feldinhalt)", "Tag der Geburt – Feldeintrag",
                      "Geburtsdatum (Vordruckeintrag)"),
    "place_of_birth": ("Geburtsort (Feldinhalt)", "Ort der Geburt – Feldeintrag",
                       "Geburtsort (Vordruckeintrag)"),
    "sex": ("Geschlecht (Feldinhalt)", "Geschlecht (Auswahl) – Feldeintrag",
            "Geschlecht (Vordruckeintrag)"),
    "nationality": ("Staatsangehörigkeit (Feldinhalt)", "Staatsangehörigkeit(en) – Feldeintrag",
                    "Staatsangehörigkeit (Vordruckeintrag)"),
    "marital": ("Familienstand (Feldinhalt)", "Familienstand – Feldeintrag",
                "Familienstand (Vordruckeintrag)"),
    "phone": ("Telefon für Rückfragen (Feldinhalt)", "Rückrufnummer – Feldeintrag",
              "Telefonnummer (Vordruckeintrag)"),
    "move_in_date": ("Einzugsdatum (Feldinhalt)", "Tag des Einzugs – Feldeintrag",
                     "Einzugstag in die hier gemeldete Wohnung"),
    "street": ("Straße der Wohnung (Feldinhalt)", "Straße – Feldeintrag",
               "Straße der hier gemeldeten Wohnung"),
    "house_number": ("Hausnummer (Feldinhalt)", "Haus-Nr. – Feldeintrag",
                     "Hausnummer der hier gemeldeten Wohnung"),
    "postal_code": ("Postleitzahl (Feldinhalt)", "PLZ – Feldeintrag",
                    "Postleitzahl der hier gemeldeten Wohnung"),
    "city": ("Ort der Wohnung (Feldinhalt)", "Gemeinde – Feldeintrag",
             "Ort der hier gemeldeten Wohnung"),
    "address": ("Anschrift der Wohnung (Feldinhalt)", "Anschrift – Feldeintrag",
                "Anschrift der hier gemeldeten Wohnung"),
    "previous_address": ("frühere Wohnung (Feldinhalt)", "bisherige Anschrift – Feldeintrag",
                         "vorherige Anschrift der eintragenden Person"),
    "dwelling": ("Art der Wohnung (Feldinhalt)", "Haupt- oder Nebenwohnung – Feldeintrag",
                 "Nutzung der hier gemeldeten Wohnung"),
    "landlord_name": ("Wohnungsgeber/in (Feldinhalt)", "Name/Firma Wohnungsgeber – Feldeintrag",
                      "Name der wohnungsgebenden Stelle"),
    "landlord_address": ("Anschrift Wohnungsgeber/in (Feldinhalt)",
                         "Anschrift Wohnungsgeber – Feldeintrag",
                         "Anschrift der wohnungsgebenden Stelle"),
    "owner_flag": ("Wohnungsgeber ist Eigentümer/in (Feldinhalt)", "Eigentum – Feldeintrag",
                   "Eigentum an der hier gemeldeten Wohnung"),
    "tenants": ("einziehende Personen (Feldinhalt)", "Personen (Einzug) – Feldeintrag",
                "Namen der in die Wohnung einziehenden Personen"),
    "vin": ("FIN (Feldinhalt)", "Fahrzeug-Ident.-Nr. – Feldeintrag",
            "Identifizierungsnummer des Fahrzeugs (Vordruckeintrag)"),
    "make": ("Fabrikat/Typ (Feldinhalt)", "Marke, Modell – Feldeintrag",
             "Hersteller und Modell des Fahrzeugs (Vordruckeintrag)"),
    "evb": ("eVB-Nummer (Feldinhalt)", "Versicherungsbestätigung – Feldeintrag",
            "eVB-Nummer des Versicherers (Vordruckeintrag)"),
    "plate": ("Wunschkennzeichen (Feldinhalt)", "Kennzeichenwunsch – Feldeintrag",
              "reserviertes Kennzeichen (Vordruckeintrag)"),
    "iban": ("IBAN (Feldinhalt)", "IBAN (Lastschrift) – Feldeintrag",
             "IBAN des Steuerkontos (Vordruckeintrag)"),
    "bic": ("BIC (Feldinhalt)", "BIC (Lastschrift) – Feldeintrag",
            "BIC des Steuerkontos (Vordruckeintrag)"),
    "account_holder": ("Kontoinhaber/in (Feldinhalt)", "Kontoinhaber – Feldeintrag",
                       "Inhaber/in des Steuerkontos (Vordruckeintrag)"),
    "passport_number": ("Passnummer (Feldinhalt)", "Pass-Nr. – Feldeintrag",
                        "Nummer des Nationalpasses (Vordruckeintrag)"),
    "passport_expiry": ("Pass gültig bis (Feldinhalt)", "Passgültigkeit – Feldeintrag",
                        "Ablauf des Nationalpasses (Vordruckeintrag)"),
    "entry_date": ("Einreisedatum (Feldinhalt)", "Tag der Einreise – Feldeintrag",
                   "Einreise in das Bundesgebiet (Vordruckeintrag)"),
    "purpose": ("Aufenthaltszweck (Feldinhalt)", "Zweck – Feldeintrag",
                "beantragter Zweck des Aufenthalts (Vordruckeintrag)"),
    "mother_name": ("Mutter (Feldinhalt)", "Name der Mutter – Feldeintrag",
                    "Mutter des Kindes (Vordruckeintrag)"),
    "father_name": ("Vater (Feldinhalt)", "Name des Vaters – Feldeintrag",
                    "Vater des Kindes (Vordruckeintrag)"),
    "birth_time": ("Geburtszeit (Feldinhalt)", "Uhrzeit der Geburt – Feldeintrag",
                   "Uhrzeit der Geburt des Kindes (Vordruckeintrag)"),
    "registry_office": ("Standesamt (Feldinhalt)", "Standesamt (Register) – Feldeintrag",
                        "registerführendes Standesamt (Vordruckeintrag)"),
    "register_number": ("Registernummer (Feldinhalt)", "Reg.-Nr. – Feldeintrag",
                        "Nummer im Personenstandsregister (Vordruckeintrag)"),
    "issue_date": ("Ausstellungsdatum (Feldinhalt)", "ausgestellt am – Feldeintrag",
                   "Tag der Ausstellung der Urkunde (Vordruckeintrag)"),
    "date_of_death": ("Sterbedatum (Feldinhalt)", "Tag des Todes – Feldeintrag",
                      "Sterbetag laut Anzeige (Vordruckeintrag)"),
    "place_of_death": ("Sterbeort (Feldinhalt)", "Ort des Todes – Feldeintrag",
                       "Sterbeort laut Anzeige (Vordruckeintrag)"),
    "last_residence": ("letzter Wohnsitz (Feldinhalt)", "letzte Anschrift – Feldeintrag",
                       "letzter Wohnsitz der verstorbenen Person (Vordruckeintrag)"),
    "marriage_date": ("Datum der Eheschließung (Feldinhalt)", "Tag der Trauung – Feldeintrag",
                      "Eheschließung am (Vordruckeintrag)"),
    "marriage_place": ("Ort der Eheschließung (Feldinhalt)", "Ort der Trauung – Feldeintrag",
                       "Eheschließung in (Vordruckeintrag)"),
    "doc_kind": ("Dokumentart (Feldinhalt)", "Art des Ausweises – Feldeintrag",
                 "Art des vorgelegten Dokuments (Vordruckeintrag)"),
    "issuing_state": ("ausstellender Staat (Feldinhalt)", "Ausstellerstaat – Feldeintrag",
                      "Staat, der das Dokument ausstellte (Vordruckeintrag)"),
    "doc_number": ("Dokumentennummer (Feldinhalt)", "Seriennummer – Feldeintrag",
                   "Nummer des vorgelegten Dokuments (Vordruckeintrag)"),
    "expiry_date": ("gültig bis (Feldinhalt)", "Ablaufdatum – Feldeintrag",
                    "Gültigkeitsende des Dokuments (Vordruckeintrag)"),
}

#: the short forms a supplement repeats instead of the whole label
SUPP_ABBR: Final[dict[str, str]] = {
    "family_name": "Fam.-Name (Forts.)", "given_names": "Vorn. (Forts.)",
    "birth_name": "Geb.-Name (Forts.)", "date_of_birth": "Geb.-Dat. (Forts.)",
    "place_of_birth": "Geb.-Ort (Forts.)", "sex": "Geschl. (Forts.)",
    "nationality": "Staatsang. (Forts.)", "marital": "Fam.-Stand (Forts.)",
    "phone": "Tel. (Forts.)", "move_in_date": "Einz.-Dat. (Forts.)", "street": "Str. (Forts.)",
    "house_number": "Hausnr. (Forts.)", "postal_code": "PLZ (Forts.)", "city": "Ort (Forts.)",
    "address": "Anschr. (Forts.)", "previous_address": "früh. Anschr. (Forts.)",
    "dwelling": "Whg.-Art (Forts.)", "landlord_name": "Whg.-Geber (Forts.)",
    "landlord_address": "Anschr. Whg.-Geber (Forts.)", "owner_flag": "Eigentum (Forts.)",
    "tenants": "einz. Pers. (Forts.)", "vin": "FIN (Forts.)", "make": "Fabrikat (Forts.)",
    "evb": "eVB (Forts.)", "plate": "Wunsch-Kz. (Forts.)", "iban": "IBAN (Forts.)",
    "bic": "BIC (Forts.)", "account_holder": "Kto.-Inh. (Forts.)",
    "passport_number": "Pass-Nr. (Forts.)", "passport_expiry": "Pass gült. (Forts.)",
    "entry_date": "Einr.-Dat. (Forts.)", "purpose": "Zweck (Forts.)",
    "mother_name": "Mutter (Forts.)", "father_name": "Vater (Forts.)",
    "birth_time": "Geb.-Zeit (Forts.)", "registry_office": "StA (Forts.)",
    "register_number": "Reg.-Nr. (Forts.)", "issue_date": "Ausst.-Dat. (Forts.)",
    "date_of_death": "Sterbedat. (Forts.)", "place_of_death": "Sterbeort (Forts.)",
    "last_residence": "letzt. Wohns. (Forts.)", "marriage_date": "Ehe-Dat. (Forts.)",
    "marriage_place": "Ehe-Ort (Forts.)", "doc_kind": "Dok.-Art (Forts.)",
    "issuing_state": "Ausst.-Staat (Forts.)", "doc_number": "Dok.-Nr. (Forts.)",
    "expiry_date": "gült. bis (Forts.)",
}

#: section heads of a numbered form
SUPP_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "person": ("Teil A – zur Person (Felder)", "Abschnitt I: Person", "Personalien – Felder"),
    "dwelling": ("Teil B – zur Wohnung (Felder)", "Abschnitt II: Wohnung", "Wohnung – Felder"),
    "landlord": ("Teil A – Wohnungsgeberseite (Felder)", "Abschnitt I: Wohnungsgeber",
                 "Wohnungsgeber – Felder"),
    "flat": ("Teil B – Wohnung und Einzug (Felder)", "Abschnitt II: Einzug",
             "Einzug – Felder"),
    "holder": ("Teil A – Halter/in (Felder)", "Abschnitt I: Halter", "Halter – Felder"),
    "vehicle": ("Teil B – Fahrzeug (Felder)", "Abschnitt II: Fahrzeug", "Fahrzeug – Felder"),
    "sepa": ("Teil C – Lastschrift (Felder)", "Abschnitt III: Lastschrift",
             "Lastschrift – Felder"),
    "stay": ("Teil B – Pass und Aufenthalt (Felder)", "Abschnitt II: Aufenthalt",
             "Aufenthalt – Felder"),
    "home": ("Teil C – Anschrift im Bundesgebiet (Felder)", "Abschnitt III: Anschrift",
             "Anschrift – Felder"),
    "child": ("Teil A – Kind (Felder)", "Abschnitt I: Kind", "Kind – Felder"),
    "parents": ("Teil B – Eltern (Felder)", "Abschnitt II: Eltern", "Eltern – Felder"),
    "spouse1": ("Teil A – Ehegatte 1 (Felder)", "Abschnitt I: erste/r Ehegatte/in",
                "Ehegatte 1 – Felder"),
    "spouse2": ("Teil B – Ehegatte 2 (Felder)", "Abschnitt II: zweite/r Ehegatte/in",
                "Ehegatte 2 – Felder"),
    "marriage": ("Teil C – Eheschließung (Felder)", "Abschnitt III: Trauung",
                 "Eheschließung – Felder"),
    "deceased": ("Teil A – verstorbene Person (Felder)", "Abschnitt I: Verstorbene/r",
                 "Verstorbene Person – Felder"),
    "death": ("Teil B – Sterbefall (Felder)", "Abschnitt II: Todesfall", "Sterbefall – Felder"),
    "register": ("Teil D – Register (Felder)", "Abschnitt IV: Registerangaben",
                 "Register – Felder"),
    "document": ("Teil A – Dokument (Felder)", "Abschnitt I: Ausweisdaten",
                 "Dokument – Felder"),
}

#: titles per type
SUPP_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Meldeschein zur Anmeldung (Felder mit Beiblatt)",
                  "Anmeldung einer Wohnung – Vordruck mit Ergänzungsblatt",
                  "Anmeldeformular, Einträge teils auf Zusatzblatt"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung (Felder mit Beiblatt)",
                                  "Bestätigung über den Einzug – Vordruck mit Ergänzungsblatt",
                                  "Einzugsbestätigung, Einträge teils auf Zusatzblatt"),
    "geburtsurkunde": ("Geburtsurkunde (Einträge mit Beiblatt)",
                       "Geburtsurkunde – Vordruck mit Ergänzungsblatt",
                       "Geburtsurkunde, Einträge teils auf Zusatzblatt"),
    "eheurkunde": ("Eheurkunde (Einträge mit Beiblatt)",
                   "Eheurkunde – Vordruck mit Ergänzungsblatt",
                   "Eheurkunde, Einträge teils auf Zusatzblatt"),
    "sterbeurkunde": ("Sterbeurkunde (Einträge mit Beiblatt)",
                      "Sterbeurkunde – Vordruck mit Ergänzungsblatt",
                      "Sterbeurkunde, Einträge teils auf Zusatzblatt"),
    "antrag_zulassung": ("Zulassungsantrag mit SEPA-Mandat (Felder mit Beiblatt)",
                         "Antrag auf Zulassung – Vordruck mit Ergänzungsblatt",
                         "Zulassungsformular, Einträge teils auf Zusatzblatt"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels (mit Beiblatt)",
                                "Aufenthaltsantrag – Vordruck mit Ergänzungsblatt",
                                "Antragsformular Aufenthalt, Einträge teils auf Zusatzblatt"),
    "identity_document": ("Erfassungsbogen Ausweisdokument (mit Anlage)",
                          "Dokumentenerfassung – Vordruck mit Ablichtung als Anlage",
                          "Ausweisdaten, Einträge teils auf der Anlage"),
}

#: how the supplement calls itself (its head, with {n} its number) and how a full box points to it
SUPP_SHEETS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "beiblatt": ("Beiblatt {n} zum Vordruck", ("siehe Beiblatt (Feld zu klein)", "s. Beiblatt {n}",
                                               "Platz reicht nicht – s. Beiblatt")),
    "anlage": ("Anlage {n} – Ergänzungen zu den Feldern", ("s. Anlage {n}", "vgl. Anlage {n}",
                                                          "Eintrag in Anlage {n}")),
    "zusatz": ("Zusatzblatt Nr. {n} (Fortsetzung der Einträge)", ("» Zusatzblatt Nr. {n}",
                                                                  "s. Zusatzblatt {n}",
                                                                  "» Zusatzbl. {n}")),
    "forts": ("Fortsetzungsblatt zu den Feldern des Vordrucks", ("Fortsetzung auf Seite 2",
                                                                 "Forts. s. Seite 2",
                                                                 "weiter auf Seite 2")),
}

#: how a supplement entry names its field: by number ({n}), by its label, by a footnote
SUPP_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "number": ("zu Feld {n}:", "Zu Nr. {n} –", "Feld {n} (Fortsetzung):", "Ad {n}:"),
    "amend_number": ("Berichtigung zu Nr. {n}: richtig ist", "Korrektur zu Feld {n} – zutreffend:",
                     "Feld {n} wird berichtigt, richtig:"),
    "amend_label": ("Berichtigung zu »{label}«: richtig ist", "Korrektur »{label}« – zutreffend:",
                    "»{label}« wird berichtigt, richtig:"),
    "mark": ("{n})", "*{n}", "[{n}]"),
    "amend_mark": ("{n}) Berichtigung, richtig ist", "*{n} Korrektur, zutreffend:",
                   "[{n}] berichtigt auf"),
    "box_mark": ("siehe Fußnote {n})", "Anm. *{n}", "vgl. [{n}]"),
    "more_names": ("weitere Personen s. Beiblatt", "und weitere (s. Ergänzung)",
                   "Fortsetzung der Namensliste umseitig"),
}

#: furniture of a form with a supplement
SUPP_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("Reicht der Platz in einem Feld nicht aus, bitte im Feld auf das Beiblatt "
              "verweisen und dort mit der Feldnummer fortsetzen.",
              "Einträge, die nicht in das Feld passen, stehen auf der Ergänzung; "
              "maßgeblich ist die Ergänzung.",
              "Bei Platzmangel Verweis im Feld, Eintrag auf dem Zusatzblatt. Berichtigungen "
              "ebenfalls dort."),
    "case": ("Geschäftszeichen des Beiblatts", "Az. der Ergänzung", "Vorgangsnummer Zusatzblatt"),
    "sheet_date": ("Beiblatt erstellt am", "Datum der Ergänzung", "Zusatzblatt ausgefüllt am"),
    "sheet_page": ("Blatt {n} von {m} (Ergänzung)", "Seite {n}/{m} – Ergänzung",
                   "Ergänzungsblatt S. {n} v. {m}"),
    "sheet_sign": ("Unterschrift auf dem Beiblatt", "Unterzeichnung der Ergänzung",
                   "Zusatzblatt unterschrieben von"),
    "sheet_end": ("– Ende der Ergänzungen –", "Weitere Einträge: keine.",
                  "Ergänzung abgeschlossen."),
    "form_sign": ("Ort, Datum und Unterschrift zum Vordruck",
                  "Unterschrift der ausfüllenden Person (Vordruck)",
                  "Unterzeichnet (Vordruck), Ort und Datum"),
    "cert_sign": ("Standesamt – Siegel und Unterschrift zum Vordruck",
                  "Für den Standesbeamten (Vordruck und Beiblatt)",
                  "Dienstsiegel, Unterschrift (Vordruck)"),
    "col_no": ("Feld-Nr. im Vordruck", "lfd. Feld", "Nr. des Feldes"),
    "col_label": ("Bezeichnung des Feldes", "Feldbezeichnung im Vordruck", "Angabe im Vordruck"),
    "col_value": ("Eintragung im Feld", "Feldinhalt", "Inhalt (oder Verweis)"),
    "form_no": ("Vordruck {n} (mit Beiblatt)", "Formblatt {n}-B", "Muster {n}/Z"),
    "page": ("Vordruck, Seite {n} von {m}", "Vordr. S. {n}/{m}", "Bogen {n} ({m})"),
    "yes": ("ja (Eigentum)", "ja, selbst Eigentümer", "Eigentümer/in: ja"),
    "no": ("nein (Eigentum anderweitig)", "nein, nicht Eigentümer", "Eigentümer/in: nein"),
    "copy": ("Ablichtung des vorgelegten Dokuments (Anlage)",
             "Kopie des Ausweisdokuments als Anlage", "Anlage: Dokumentkopie"),
    "copy_ref": ("s. Ablichtung (Anlage)", "vgl. Dokumentkopie", "siehe Kopie in der Anlage"),
}


# --- the wording object --------------------------------------------------------------------------


class Extra38Wording(Wording):
    """Chooses the labels, heads and furniture of one document from the forty-second pool
    (one family per document)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.house = layout == "household"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (HOUSE_LABELS if self.house else SUPP_LABELS)[key]
            self._chosen[key] = options[self.fam]
        return self._chosen[key]

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def short(self, key: str) -> str:
        """A table's column caption (household)."""
        if key in HOUSE_SHORT:
            return HOUSE_SHORT[key][self.fam]
        return self(key)

    def head(self, key: str) -> str:
        return (HOUSE_HEADS if self.house else SUPP_HEADS)[key][self.fam]

    def role(self, key: str) -> str:
        return HOUSE_ROLES[key][self.fam]

    def title(self, doc_type: str) -> str:
        return self._once(1, doc_type, (HOUSE_TITLES if self.house else SUPP_TITLES)[doc_type])

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        options = (HOUSE_WORDS if self.house else SUPP_WORDS)[key]
        return self._once(2, key, options)

    def pick(self, options: tuple[str, ...]) -> str:
        """One of ``options``, chosen afresh each time."""
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra38Style(Style):
    """The style of one document of the pair: dates as ``date38`` prints them."""

    def date(self, d: date) -> str:
        return date38(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (household rows and captions, supplement
    fields and their short forms)."""
    out = [s for pool in (HOUSE_LABELS, HOUSE_SHORT, SUPP_LABELS)
           for options in pool.values() for s in options]
    out += list(SUPP_ABBR.values())
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed patterns or common words rather than wordings
FURNITURE_VALUES: Final = frozenset({"page", "form_no", "sheet_page", "dash"})


def all_label_strings() -> list[str]:
    """Every label, role, head, title and furniture wording of this pool (the printed patterns
    of captions, keys and page numbers stay out)."""
    out = label_strings()
    for pool in (HOUSE_ROLES, HOUSE_TICKS, HOUSE_HEADS, HOUSE_TITLES, SUPP_HEADS, SUPP_TITLES):
        out += [s for options in pool.values() for s in options]
    for words in (HOUSE_WORDS, SUPP_WORDS):
        out += [s for key, options in words.items() if key not in FURNITURE_VALUES
                for s in options]
    for head, pointers in SUPP_SHEETS.values():
        out += [head, *pointers]
    for key in ("amend_number", "amend_label", "more_names"):
        out += list(SUPP_KEYS[key])
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE38, DWELLING38) for options in table.values()
           for s in options]
    return list(dict.fromkeys(out))
