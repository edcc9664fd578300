"""The fortieth wording pool and the printing habits of the thirty-sixth extra pair.

``NOTICE_LABELS`` (the labels of the data listing in an authority's formal notice: a notice
that confirms what a register now holds, one that restates the citizen's own statements, one
that names what the decision rests on), ``CERT_LABELS`` (a certificate's data in a registry
office's issuing notice and on a certificate sent as a PDF), ``NOTICE_PROSE`` (the sentences of
a notice that carry a value), ``NOTICE_TENOR`` (the numbered decisions), ``NOTICE_HEADS``,
``NOTICE_TITLES`` and ``NOTICE_WORDS`` (letterheads, the information block, salutations,
fee items, the legal remedy, notes, closings and footers) belong to the ``notice`` layout;
``ANNOT_LABELS`` (the printed labels of a municipal PDF form that was filled in with a PDF
viewer's comment tools), ``ANNOT_SAYS`` and ``ANNOT_SENT`` (how a comment introduces or words
its value), ``ANNOT_NOTES`` (comments that carry no value), ``ANNOT_HEADS``, ``ANNOT_TITLES``
and ``ANNOT_WORDS`` (the viewer's comment summary, its print header, authors and file names) to
the ``annotated`` layout. They are used only by the layouts in ``EXTRA36_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra36``, nor tune on those layouts' failures. None of the label
strings repeats a string of the thirty-nine other pools, nor any string literal of the older
modules of ``samples``, not even up to case, punctuation or spacing (a test checks this).

The module also prints dates (numeric, with the month's name, zero-padded long, unpadded,
abbreviated months, dashes), sex, nationality and the choice values as these layouts do. The
ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
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

#: abbreviated months as a citizen types them into a comment
MONTHS_ABBR36: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.",
                        "Okt.", "Nov.", "Dez.")

#: how an authority's notice prints a day ("long_zero": "04. März 1987")
NOTICE_DATE_STYLES: Final = ("numeric", "long", "numeric", "long_zero")
#: how a citizen types a day into a comment
ANNOT_DATE_STYLES: Final = ("numeric", "unpadded", "long", "abbr", "numeric", "dashed")


def date36(d: date, style: str) -> str:
    """``d`` as this pair prints it (always with a four-digit year)."""
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR36[d.month - 1]} {d.year}"
    if style == "dashed":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {date36(d, s) for s in (*NOTICE_DATE_STYLES, *ANNOT_DATE_STYLES)}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER36: Final = ("F", "M", "D", "X")
SEX_WORD36: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "ohne Angabe"}
#: a notice's abbreviations
SEX_ABBR36: Final[dict[str, str]] = {"F": "weibl.", "M": "männl.", "D": "div.",
                                     "X": "ohne Ang."}
#: a notice's letter with the word
SEX_PAIR36: Final[dict[str, str]] = {"F": "w – weiblich", "M": "m – männlich",
                                     "D": "d – divers", "X": "x – ohne Angabe"}
#: what a citizen types into a comment beside the sex field
SEX_LETTER36: Final[dict[str, str]] = {"F": "w", "M": "m", "D": "d", "X": "k. A."}

#: "word", "abbr", "pair" (letter and word)
NOTICE_SEX_MODES: Final = ("word", "word", "abbr", "pair")
#: "check" (a check-mark annotation on the form's printed box), "word" or "letter" in a comment
ANNOT_SEX_MODES: Final = ("check", "word", "letter", "check")


def sex_text(code: str, mode: str) -> str:
    if mode == "abbr":
        return SEX_ABBR36[code]
    if mode == "pair":
        return SEX_PAIR36[code]
    if mode == "letter":
        return SEX_LETTER36[code]
    return SEX_WORD36[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD36[code], SEX_ABBR36[code], SEX_PAIR36[code], SEX_LETTER36[code]}


#: "adjective", "country", "pair" (the country with the adjective in brackets)
NOTICE_NATIONALITY_MODES: Final = ("adjective", "country", "pair", "adjective")
#: "adjective", "country", "code" (the three letters a citizen copies from the passport)
ANNOT_NATIONALITY_MODES: Final = ("adjective", "country", "code", "adjective")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "pair":
        return f"{country} ({adjective})"
    if mode == "code":
        return code
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, f"{country} ({adjective})", code}


PURPOSE_ORDER36: Final = ("study", "employment", "family", "humanitarian", "other")
#: (notice, annotated form)
PURPOSE36: Final[dict[str, tuple[str, str]]] = {
    "study": ("zum Zweck des Studiums (§ 16b AufenthG)", "Studium oder Studienvorbereitung"),
    "employment": ("zum Zweck der Beschäftigung als Fachkraft (§§ 18a, 18b AufenthG)",
                   "Erwerbstätigkeit als Beschäftigte/r"),
    "family": ("aus familiären Gründen – Familiennachzug (§§ 27 ff. AufenthG)",
               "Familiennachzug bzw. Familienzusammenführung"),
    "humanitarian": ("aus völkerrechtlichen, humanitären oder politischen Gründen "
                     "(§§ 22 ff. AufenthG)", "humanitäre Gründe bzw. Schutzstatus"),
    "other": ("zu einem sonstigen Aufenthaltszweck (§ 7 Abs. 1 Satz 3 AufenthG)",
              "sonstiger Zweck (Erläuterung beigefügt)"),
}
DWELLING_ORDER36: Final = ("main", "secondary")
#: (notice, annotated form)
DWELLING36: Final[dict[str, tuple[str, str]]] = {
    "main": ("als Hauptwohnung (vorwiegend benutzte Wohnung, § 21 Abs. 2 BMG)",
             "Hauptwohnung, d. h. die vorwiegend benutzte"),
    "secondary": ("als Nebenwohnung (weitere Wohnung, § 21 Abs. 3 BMG)",
                  "Nebenwohnung, d. h. jede weitere"),
}
#: whether the landlord owns the dwelling: (notice, annotated form)
ROLE36: Final[dict[bool, tuple[str, str]]] = {
    True: ("Der Wohnungsgeber ist zugleich Eigentümer der Wohnung.",
           "Wohnungsgeber ist Eigentümer/in der Wohnung"),
    False: ("Der Wohnungsgeber handelt im Auftrag der Eigentümerseite.",
            "Wohnungsgeber ist von der Eigentümerseite beauftragt"),
}
#: the kind of identity document: (notice, annotated form)
ID_KINDS36: Final[dict[str, tuple[str, str]]] = {
    "P": ("Reisepass, im Original vorgelegt", "Reisepass (Datenseite als Scan)"),
    "I": ("Personalausweis bzw. Identitätskarte, im Original vorgelegt",
          "Ausweiskarte (Vorder- und Rückseite als Scan)"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE36[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING36[code]


# --- notice: an authority's formal notice --------------------------------------------------------

#: per field: three labels of a notice's data listing (what the register now holds, what the
#: citizen stated, what the decision rests on)
NOTICE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (gespeicherter Stand)", "Familienname nach Ihren Angaben",
                    "maßgeblicher Familienname"),
    "given_names": ("Vornamen (gespeicherter Stand)", "Vornamen nach Ihren Angaben",
                    "maßgebliche Vornamen"),
    "birth_name": ("Geburtsname (gespeicherter Stand)", "Geburtsname nach Ihren Angaben",
                   "maßgeblicher Geburtsname"),
    "date_of_birth": ("Geburtsdatum (gespeicherter Stand)", "Geburtsdatum nach Ihren Angaben",
                      "maßgebliches Geburtsdatum"),
    "place_of_birth": ("Geburtsort (gespeicherter Stand)", "Geburtsort nach Ihren Angaben",
                       "maßgeblicher Geburtsort"),
    "sex": ("Geschlecht (gespeicherter Stand)", "Geschlecht nach Ihren Angaben",
            "maßgeblicher Geschlechtseintrag"),
    "nationality": ("Staatsangehörigkeit (gespeicherter Stand)",
                    "Staatsangehörigkeit nach Ihren Angaben", "maßgebliche Staatsangehörigkeit"),
    "marital": ("Familienstand (gespeicherter Stand)", "Familienstand nach Ihren Angaben",
                "maßgeblicher Familienstand"),
    "phone": ("Rufnummer für Rückfragen (gespeicherter Stand)",
              "Telefon nach Ihren Angaben (freiwillig)", "angegebene Rückrufnummer (freiwillig)"),
    "street": ("Straße (gespeicherter Stand)", "Straße nach Ihren Angaben", "maßgebliche Straße"),
    "house_number": ("Hausnummer (gespeicherter Stand)", "Hausnummer nach Ihren Angaben",
                     "maßgebliche Hausnummer"),
    "postal_code": ("Postleitzahl (gespeicherter Stand)", "Postleitzahl nach Ihren Angaben",
                    "maßgebliche Postleitzahl"),
    "city": ("Gemeinde (gespeicherter Stand)", "Wohnort nach Ihren Angaben",
             "maßgebliche Gemeinde"),
    "street_line": ("Straße und Hausnummer (gespeicherter Stand)",
                    "Straße und Hausnummer nach Ihren Angaben",
                    "maßgebliche Straße mit Hausnummer"),
    "city_line": ("Postleitzahl und Gemeinde (gespeicherter Stand)",
                  "Postleitzahl und Ort nach Ihren Angaben",
                  "maßgebliche Postleitzahl mit Gemeinde"),
    "address_line": ("Anschrift der Wohnung (gespeicherter Stand)",
                     "Anschrift nach Ihren Angaben", "maßgebliche Wohnanschrift"),
    "move_in_date": ("Tag des Einzugs (gespeicherter Stand)", "Einzugsdatum nach Ihren Angaben",
                     "maßgeblicher Einzugstag"),
    "previous_address": ("frühere Anschrift (gespeicherter Stand)",
                         "bisherige Wohnung nach Ihren Angaben", "maßgebliche letzte Anschrift"),
    "dwelling": ("Status der Wohnung (gespeicherter Stand)", "Art der Wohnung nach Ihren Angaben",
                 "maßgeblicher Status der Wohnung"),
    "landlord_name": ("Wohnungsgeber (gespeicherter Stand)", "Wohnungsgeber nach Ihren Angaben",
                      "maßgeblicher Wohnungsgeber"),
    "landlord_address": ("Anschrift des Wohnungsgebers (gespeicherter Stand)",
                         "Anschrift des Wohnungsgebers nach Ihren Angaben",
                         "maßgebliche Anschrift des Wohnungsgebers"),
    "role": ("Eigentumsverhältnis (gespeicherter Stand)",
             "Eigentum an der Wohnung nach Ihren Angaben", "maßgebliches Eigentumsverhältnis"),
    "owner": ("Eigentümerseite (gespeicherter Stand)", "Eigentümer nach Ihren Angaben",
              "maßgebliche Eigentümerseite"),
    "tenant": ("meldepflichtige Person (gespeicherter Stand)",
               "einziehende Person nach Ihren Angaben", "maßgebliche meldepflichtige Person"),
    "vin": ("Fahrzeug-Identifizierungsnummer (gespeicherter Stand)", "FIN nach Ihren Angaben",
            "maßgebliche Fahrzeug-Identifizierungsnummer"),
    "make": ("Hersteller und Typ (gespeicherter Stand)", "Marke und Modell nach Ihren Angaben",
             "maßgebliche Fahrzeugbezeichnung"),
    "evb_number": ("eVB-Nummer (gespeicherter Stand)", "eVB-Nummer nach Ihren Angaben",
                   "maßgebliche Versicherungsbestätigung (eVB)"),
    "desired_plate": ("zugeteiltes Wunschkennzeichen (gespeicherter Stand)",
                      "Wunschkennzeichen nach Ihren Angaben",
                      "maßgebliches reserviertes Kennzeichen"),
    "iban": ("IBAN für die Kfz-Steuer (gespeicherter Stand)", "IBAN nach Ihren Angaben",
             "maßgebliche IBAN des Lastschriftkontos"),
    "bic": ("BIC des Lastschriftkontos (gespeicherter Stand)", "BIC nach Ihren Angaben",
            "maßgebliche BIC"),
    "bank": ("Geldinstitut (gespeicherter Stand)", "Bank nach Ihren Angaben",
             "maßgebliches Geldinstitut"),
    "account_holder": ("Kontoinhaberschaft (gespeicherter Stand)",
                       "Kontoinhaber nach Ihren Angaben",
                       "maßgebliche Inhaberin bzw. maßgeblicher Inhaber des Kontos"),
    "passport_number": ("Passnummer (gespeicherter Stand)", "Passnummer nach Ihren Angaben",
                        "maßgebliche Nummer des Nationalpasses"),
    "passport_expiry_date": ("Gültigkeit des Passes (gespeicherter Stand)",
                             "Gültigkeit des Passes nach Ihren Angaben",
                             "maßgebliches Ablaufdatum des Passes"),
    "entry_date": ("Tag der Einreise (gespeicherter Stand)", "Einreisedatum nach Ihren Angaben",
                   "maßgeblicher Einreisetag"),
    "purpose": ("Aufenthaltszweck (gespeicherter Stand)", "Aufenthaltszweck nach Ihren Angaben",
                "maßgeblicher Zweck des Aufenthalts"),
    "doc_kind": ("Dokumentart (gespeicherter Stand)", "Art des Dokuments nach Ihren Angaben",
                 "maßgebliche Dokumentart"),
    "doc_number": ("Dokumentennummer (gespeicherter Stand)", "Seriennummer nach Ihren Angaben",
                   "maßgebliche Dokumentennummer"),
    "issuing_state": ("Ausstellungsstaat (gespeicherter Stand)",
                      "ausstellender Staat nach Ihren Angaben", "maßgeblicher Ausstellungsstaat"),
    "expiry_date": ("Ende der Gültigkeit (gespeicherter Stand)", "Gültig bis nach Ihren Angaben",
                    "maßgebliches Gültigkeitsende"),
    "doc_issue": ("Ausstellungsdatum (gespeicherter Stand)", "Ausstellungstag nach Ihren Angaben",
                  "maßgeblicher Ausstellungstag"),
    "authority": ("ausstellende Behörde (gespeicherter Stand)",
                  "ausstellende Behörde nach Ihren Angaben", "maßgebliche ausstellende Behörde"),
}

#: per field: three labels of a certificate's data (a registry office's issuing notice and a
#: certificate sent as a PDF)
CERT_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("beurkundeter Familienname", "Familienname – Inhalt des Eintrags",
                    "Urkundenangabe: Familienname"),
    "given_names": ("beurkundete Vornamen", "Vornamen – Inhalt des Eintrags",
                    "Urkundenangabe: Vornamen"),
    "sex": ("beurkundetes Geschlecht", "Geschlecht – Inhalt des Eintrags",
            "Urkundenangabe: Geschlecht"),
    "date_of_birth": ("beurkundeter Tag der Geburt", "Geburtsdatum – Inhalt des Eintrags",
                      "Urkundenangabe: Tag der Geburt"),
    "place_of_birth": ("beurkundeter Ort der Geburt", "Geburtsort – Inhalt des Eintrags",
                       "Urkundenangabe: Ort der Geburt"),
    "mother_name": ("beurkundete Mutter", "Mutter – Inhalt des Eintrags",
                    "Urkundenangabe: Mutter"),
    "father_name": ("beurkundeter Vater", "Vater – Inhalt des Eintrags", "Urkundenangabe: Vater"),
    "marriage_date": ("beurkundeter Tag der Eheschließung", "Tag der Heirat – Inhalt des Eintrags",
                      "Urkundenangabe: Tag der Eheschließung"),
    "marriage_place": ("beurkundeter Ort der Eheschließung",
                       "Ort der Heirat – Inhalt des Eintrags",
                       "Urkundenangabe: Ort der Eheschließung"),
    "date_of_death": ("beurkundeter Tag des Todes", "Sterbedatum – Inhalt des Eintrags",
                      "Urkundenangabe: Sterbetag"),
    "place_of_death": ("beurkundeter Ort des Todes", "Sterbeort – Inhalt des Eintrags",
                       "Urkundenangabe: Sterbeort"),
    "last_residence": ("beurkundeter letzter Wohnsitz", "letzte Wohnung – Inhalt des Eintrags",
                       "Urkundenangabe: letzte Wohnung"),
    "registry_office": ("registerführendes Standesamt (beurkundet)",
                        "Standesamt – Inhalt des Eintrags", "Urkundenangabe: Standesamt"),
    "register_number": ("beurkundet unter der Registernummer",
                        "Registernummer – Inhalt des Eintrags",
                        "Urkundenangabe: Registernummer"),
    "issue_date": ("beurkundet und ausgestellt am", "Ausstellungstag – Inhalt der Urkunde",
                   "Urkundenangabe: Tag der Ausstellung"),
}

#: sentences of a notice that carry one value (``{v}``)
NOTICE_PROSE: Final[dict[str, tuple[str, str, str]]] = {
    "move_in_date": ("Als Tag Ihres Einzugs wurde der {v} im Melderegister gespeichert.",
                     "Sie haben uns mitgeteilt, dass Sie am {v} in die Wohnung eingezogen sind.",
                     "Der Einzug in die Wohnung erfolgte nach Aktenlage am {v}."),
    "address_line": ("Ihre neue Wohnung liegt nach unseren Unterlagen in {v}.",
                     "Sie wohnen nach Ihrer Anmeldung in {v}.",
                     "Die angemeldete Wohnung befindet sich nach Aktenlage in {v}."),
    "previous_address": ("Zuvor waren Sie nach Aktenlage unter {v} gemeldet.",
                         "Ihre bisherige Wohnung lag nach Ihren Angaben in {v}.",
                         "Als frühere Wohnung ist im Register {v} vermerkt."),
    "entry_date": ("Nach Ihren Angaben sind Sie am {v} in das Bundesgebiet eingereist.",
                   "Ihre Einreise nach Deutschland erfolgte nach Aktenlage am {v}.",
                   "Als Tag der Einreise haben Sie uns den {v} genannt."),
    "purpose": ("Sie beantragen bei uns eine Aufenthaltserlaubnis {v}.",
                "Beantragt ist die Erteilung einer Aufenthaltserlaubnis {v}.",
                "Ihr Antrag zielt auf die Erlaubnis eines Aufenthalts {v}."),
    "vin": ("Das Fahrzeug trägt nach Aktenlage die Fahrzeug-Identifizierungsnummer {v}.",
            "Zugelassen wird das Fahrzeug mit der FIN {v}.",
            "Der Zulassung liegt das Fahrzeug mit der Identifizierungsnummer {v} zugrunde."),
    "evb_number": ("Die Versicherung hat uns die eVB-Nummer {v} übermittelt.",
                   "Als Versicherungsnachweis lag uns die eVB-Nummer {v} vor.",
                   "Der Versicherungsschutz ist durch die eVB-Nummer {v} nachgewiesen."),
    "desired_plate": ("Ihnen wird das reservierte Kennzeichen {v} zugeteilt.",
                      "Das gewünschte Kennzeichen {v} wird für Ihr Fahrzeug ausgegeben.",
                      "Für das Fahrzeug gilt das reservierte Wunschkennzeichen {v}."),
    "iban": ("Die Kraftfahrzeugsteuer wird vom Konto mit der IBAN {v} eingezogen.",
             "Das Hauptzollamt bucht die Kfz-Steuer von der IBAN {v} ab.",
             "Für die Kfz-Steuer ist das Lastschriftkonto {v} hinterlegt."),
    "account_holder": ("Inhaberin bzw. Inhaber dieses Lastschriftkontos ist {v}.",
                       "Das Lastschriftkonto lautet auf {v}.",
                       "Zahlungspflichtig aus dem Lastschriftmandat ist {v}."),
    "landlord_name": ("Die Bestätigung wurde von {v} als Wohnungsgeber abgegeben.",
                      "Als Wohnungsgeber hat {v} den Einzug bestätigt.",
                      "Der Einzug wurde durch {v} (Wohnungsgeber) elektronisch bestätigt."),
}

#: the notice's opening sentences per document type
NOTICE_OPENINGS: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("hiermit bestätigen wir Ihnen die Anmeldung Ihrer Wohnung.",
                  "Ihre Anmeldung wurde im Melderegister erfasst; wir bestätigen sie wie folgt.",
                  "auf Ihre Anmeldung ergeht folgende amtliche Bestätigung."),
    "wohnungsgeberbestaetigung": (
        "Ihre elektronische Wohnungsgeberbestätigung ist bei uns eingegangen.",
        "wir bestätigen den Eingang Ihrer Bestätigung über den Einzug.",
        "die von Ihnen abgegebene Wohnungsgeberbestätigung wurde gespeichert."),
    "geburtsurkunde": ("anbei erhalten Sie die bei uns beantragte Geburtsurkunde.",
                       "auf Ihren Antrag stellen wir Ihnen eine Geburtsurkunde aus.",
                       "die von Ihnen bestellte Geburtsurkunde liegt diesem Schreiben bei."),
    "eheurkunde": ("anbei erhalten Sie die bei uns beantragte Eheurkunde.",
                   "auf Ihren Antrag stellen wir Ihnen eine Eheurkunde aus.",
                   "die von Ihnen bestellte Eheurkunde liegt diesem Schreiben bei."),
    "sterbeurkunde": ("anbei erhalten Sie die bei uns beantragte Sterbeurkunde.",
                      "auf Ihren Antrag stellen wir Ihnen eine Sterbeurkunde aus.",
                      "die von Ihnen bestellte Sterbeurkunde liegt diesem Schreiben bei."),
    "antrag_zulassung": ("auf Ihren Antrag ergeht folgender Bescheid.",
                         "über Ihren Antrag auf Zulassung entscheiden wir wie folgt.",
                         "Ihrem Antrag auf Zulassung wird wie folgt entsprochen."),
    "aufenthaltstitel_antrag": ("wir bestätigen den Eingang Ihres Antrags auf einen Titel.",
                                "über den Stand Ihres Antrags teilen wir Ihnen Folgendes mit.",
                                "Ihr Antrag auf einen Aufenthaltstitel ist bei uns anhängig."),
    "identity_document": ("wir bestätigen, dass Sie uns das unten bezeichnete Dokument vorgelegt "
                          "haben.",
                          "das von Ihnen vorgelegte Ausweisdokument wurde von uns geprüft.",
                          "über die Vorlage Ihres Ausweisdokuments erhalten Sie diese "
                          "Bestätigung."),
}

#: what a certificate's issuing notice says before the data
NOTICE_CERT_LEAD: Final = (
    "Die Urkunde enthält folgende Angaben aus dem Register:",
    "Beurkundet sind die nachstehenden Angaben:",
    "Die ausgestellte Urkunde gibt den Eintrag wie folgt wieder:",
)
#: what a notice says before the data listing
NOTICE_DATA_LEAD: Final = (
    "Folgende Angaben wurden gespeichert:",
    "Ihren Angaben haben wir Folgendes entnommen:",
    "Der Entscheidung liegen diese Daten zugrunde:",
)

#: the numbered decisions of a notice (``{v}`` the value, ``{fee}`` the fee)
NOTICE_TENOR: Final[dict[str, tuple[str, str, str]]] = {
    "admit": ("Das Fahrzeug wird auf Sie zum Verkehr zugelassen.",
              "Die Zulassung des Fahrzeugs wird ausgesprochen.",
              "Dem Antrag auf Zulassung des Fahrzeugs wird stattgegeben."),
    "fee": ("Für diese Amtshandlung wird eine Gebühr von {fee} EUR festgesetzt.",
            "Die Kosten des Verfahrens tragen Sie; festgesetzt werden {fee} EUR.",
            "An Gebühren und Auslagen sind {fee} EUR zu zahlen."),
    "fiction": ("Bis zur Entscheidung über Ihren Antrag gilt Ihr Aufenthalt als erlaubt.",
                "Ihr Aufenthalt gilt bis zur Entscheidung als rechtmäßig fortbestehend.",
                "Die Wirkung Ihres bisherigen Aufenthaltsrechts bleibt bis zur Entscheidung "
                "bestehen."),
    "registered": ("Die Anmeldung ist im Melderegister vollzogen.",
                   "Ihre Wohnung ist im Melderegister gespeichert.",
                   "Die Meldung wurde ordnungsgemäß entgegengenommen."),
    "code": ("Für die Anmeldung erhalten die einziehenden Personen das Zuordnungsmerkmal {v}.",
             "Das Zuordnungsmerkmal lautet {v}; bitte geben Sie es an die Mieter weiter.",
             "Mit dem Zuordnungsmerkmal {v} können sich die Mieter anmelden."),
    "checked": ("Das Dokument wurde geprüft; Anhaltspunkte für eine Fälschung bestehen nicht.",
                "Die Prüfung des Dokuments hat keine Beanstandung ergeben.",
                "Das vorgelegte Dokument ist nach unserer Prüfung echt und gültig."),
}

NOTICE_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "tenor": ("Entscheidung (Tenor)", "Wir entscheiden wie folgt", "Verfügungssatz des Bescheids"),
    "data": ("Gespeicherte Daten im Überblick", "Ihre Angaben im Einzelnen",
             "Daten, auf denen die Entscheidung beruht"),
    "reasons": ("Gründe für diesen Bescheid", "Zur Begründung Folgendes",
                "Sachverhalt und rechtliche Würdigung"),
    "fees": ("Festsetzung der Kosten", "Zu den Gebühren dieses Bescheids",
             "Kostenentscheidung nach Tarifstelle"),
    "remedy": ("Belehrung über den Rechtsbehelf", "Ihre Möglichkeit, Widerspruch einzulegen",
               "Rechtsbehelf gegen diese Entscheidung"),
    "notes": ("Bitte beachten Sie noch", "Weitere Hinweise zu diesem Schreiben",
              "Was Sie jetzt noch wissen sollten"),
    "person": ("Zur Person (gespeicherte Daten)", "Ihre Angaben – Person",
               "Personendaten des Bescheids"),
    "new": ("Zur angemeldeten Wohnung (Meldedaten)", "Ihre Angaben – neue Wohnung",
            "Wohnungsdaten des Bescheids"),
    "old": ("Zur bisherigen Wohnung (Meldedaten)", "Ihre Angaben – frühere Wohnung",
            "Frühere Wohnung laut Bescheid"),
    "landlord": ("Zum Wohnungsgeber (gespeichert)", "Ihre Angaben – Wohnungsgeber",
                 "Wohnungsgeber laut Bescheid"),
    "tenants": ("Zu den meldepflichtigen Personen (gespeichert)",
                "Ihre Angaben – einziehende Personen", "Meldepflichtige laut Bescheid"),
    "holder": ("Zur Halterin bzw. zum Halter (gespeichert)", "Ihre Angaben – haltende Person",
               "Halterdaten des Bescheids"),
    "vehicle": ("Zum zugelassenen Fahrzeug (gespeichert)", "Ihre Angaben – Fahrzeug",
                "Fahrzeugdaten des Bescheids"),
    "mandate": ("Zum Lastschriftmandat für die Kfz-Steuer (gespeichert)",
                "Ihre Angaben – Lastschriftkonto", "Kontodaten des Bescheids"),
    "passport": ("Zum Nationalpass (gespeichert)", "Ihre Angaben – Pass",
                 "Passdaten des Bescheids"),
    "stay": ("Zu Einreise und Aufenthaltszweck (gespeichert)", "Ihre Angaben – Aufenthalt",
             "Aufenthaltsdaten des Bescheids"),
    "address": ("Zur Wohnung im Bundesgebiet (gespeichert)", "Ihre Angaben – Inlandswohnung",
                "Inlandsanschrift laut Bescheid"),
    "document": ("Zum vorgelegten Dokument (geprüft)", "Ihre Angaben – Ausweisdokument",
                 "Dokumentdaten der Bestätigung"),
    "child": ("Zum Kind (beurkundet)", "Inhalt des Eintrags – Kind", "Kind laut Urkunde"),
    "parents": ("Zu den Eltern (beurkundet)", "Inhalt des Eintrags – Eltern",
                "Eltern laut Urkunde"),
    "spouse1": ("Zur ersten Person der Ehe (beurkundet)", "Inhalt des Eintrags – erste Person",
                "Erste Person laut Urkunde"),
    "spouse2": ("Zur zweiten Person der Ehe (beurkundet)", "Inhalt des Eintrags – zweite Person",
                "Zweite Person laut Urkunde"),
    "marriage": ("Zur Eheschließung (beurkundet)", "Inhalt des Eintrags – Eheschließung",
                 "Eheschließung laut Urkunde"),
    "deceased": ("Zur verstorbenen Person (beurkundet)",
                 "Inhalt des Eintrags – verstorbene Person", "Verstorbene Person laut Urkunde"),
    "death": ("Zum Sterbefall (beurkundet)", "Inhalt des Eintrags – Sterbefall",
              "Sterbefall laut Urkunde"),
    "register": ("Zum Registereintrag und zur Ausstellung", "Inhalt des Eintrags – Register",
                 "Register und Ausstellung laut Urkunde"),
}

#: the bold subject line of a notice
NOTICE_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Amtliche Meldebestätigung nach § 24 Abs. 2 BMG",
                  "Bestätigung Ihrer Anmeldung bei der Meldebehörde",
                  "Bescheinigung über die Anmeldung einer Wohnung"),
    "wohnungsgeberbestaetigung": (
        "Eingangsbestätigung Ihrer Wohnungsgeberbestätigung (§ 19 BMG)",
        "Bestätigung des Einzugs – Mitteilung des Zuordnungsmerkmals",
        "Bescheinigung über die abgegebene Wohnungsgeberbestätigung"),
    "geburtsurkunde": ("Ausstellung einer Geburtsurkunde – Kostenbescheid",
                       "Übersendung der beantragten Geburtsurkunde",
                       "Bescheid über die Erteilung einer Geburtsurkunde"),
    "eheurkunde": ("Ausstellung einer Eheurkunde – Kostenbescheid",
                   "Übersendung der beantragten Eheurkunde",
                   "Bescheid über die Erteilung einer Eheurkunde"),
    "sterbeurkunde": ("Ausstellung einer Sterbeurkunde – Kostenbescheid",
                      "Übersendung der beantragten Sterbeurkunde",
                      "Bescheid über die Erteilung einer Sterbeurkunde"),
    "antrag_zulassung": ("Bescheid über die Zulassung eines Fahrzeugs",
                         "Zulassungsbescheid mit Zuteilung des Kennzeichens",
                         "Entscheidung über Ihren Zulassungsantrag"),
    "aufenthaltstitel_antrag": ("Bestätigung über die Beantragung eines Aufenthaltstitels",
                                "Eingangsbescheinigung zu Ihrem Aufenthaltsantrag",
                                "Mitteilung über Ihren Antrag auf Aufenthaltserlaubnis"),
    "identity_document": ("Bestätigung über die Vorlage eines Ausweisdokuments",
                          "Prüfvermerk zu Ihrem vorgelegten Ausweisdokument",
                          "Bescheinigung über die Prüfung eines Passes oder Ausweises"),
}

#: the offices that write the notices ("{city}" is the city)
NOTICE_OFFICES: Final[dict[str, tuple[str, str, str]]] = {
    "office": ("Stadt {city} · Der Oberbürgermeister · Bürgeramt, Meldebehörde",
               "Stadtverwaltung {city} – Bürgerdienste, Einwohnermeldewesen",
               "Meldebehörde der Stadt {city} (Bürgerbüro Mitte)"),
    "office_vehicle": ("Stadt {city} · Der Oberbürgermeister · Straßenverkehrsamt",
                       "Stadtverwaltung {city} – Fahrzeugzulassung und Fahrerlaubnisse",
                       "Zulassungsbehörde der Stadt {city} (Kfz-Zulassung)"),
    "office_foreign": ("Stadt {city} · Der Oberbürgermeister · Ausländerbehörde",
                       "Stadtverwaltung {city} – Ausländerangelegenheiten und Einbürgerung",
                       "Ausländerbehörde der Stadt {city} (Team Aufenthalt)"),
    "office_civil": ("Stadt {city} · Der Oberbürgermeister · Standesamt",
                     "Stadtverwaltung {city} – Personenstandswesen, Urkundenstelle",
                     "Standesamt der Stadt {city} (Urkundenausgabe)"),
}

#: furniture of a notice (named fields are filled in by the renderer)
NOTICE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "return": ("Stadt {city} · {unit} · {code} {city}",
               "Absender: Stadt {city}, {code} {city} (Bescheid)",
               "Rücksendeanschrift: Stadt {city}, Postfach, {code} {city}"),
    "info": ("Aktenzeichen: {ref}\nAuskunft erteilt: {clerk}\nZimmer: {room}\n"
             "Telefon: {phone}\nDatum: {day}",
             "Unser Zeichen {ref}\nIhre Nachricht vom {asked}\nSachbearbeitung {clerk}\n"
             "Durchwahl {phone}\n{city}, {day}",
             "Geschäftszeichen {ref}\nIhr Antrag vom {asked}\nIhre Ansprechperson {clerk}\n"
             "Raum {room} · Tel. {phone}\nDatum des Bescheids {day}"),
    "hello_f": ("Sehr geehrte Frau {name},", "Guten Tag, Frau {name},",
                "Liebe Frau {name},"),
    "hello_m": ("Sehr geehrter Herr {name},", "Guten Tag, Herr {name},",
                "Lieber Herr {name},"),
    "hello_n": ("Guten Tag {name},", "Sehr geehrte Person {name},",
                "Sehr geehrte*r {name},"),
    "hello_firm": ("Sehr geehrte Damen und Herren der {name},", "Guten Tag an die {name},",
                   "Sehr geehrte Verantwortliche der {name},"),
    "remedy": (
        "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben "
        "werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stadt {city} "
        "einzulegen. Die Frist ist auch gewahrt, wenn der Widerspruch rechtzeitig bei der "
        "Widerspruchsbehörde eingeht.",
        "Gegen diese Entscheidung können Sie innerhalb eines Monats nach ihrer Bekanntgabe Klage "
        "beim Verwaltungsgericht erheben. Die Klage ist schriftlich oder zur Niederschrift des "
        "Urkundsbeamten der Geschäftsstelle zu erheben; sie kann auch elektronisch eingereicht "
        "werden.",
        "Dieser Bescheid gilt am dritten Tag nach der Aufgabe zur Post als bekannt gegeben. "
        "Innerhalb eines Monats danach kann Widerspruch bei der Stadt {city} erhoben werden, "
        "schriftlich, elektronisch mit qualifizierter Signatur oder zur Niederschrift."),
    "notes": (
        "Bitte bewahren Sie dieses Schreiben sorgfältig auf; es kann als Nachweis gegenüber "
        "anderen Stellen dienen.",
        "Änderungen Ihrer Daten teilen Sie uns bitte unverzüglich mit.",
        "Bei Rückfragen geben Sie bitte immer das oben genannte Aktenzeichen an.",
        "Die Gebühr wird mit der Bekanntgabe dieses Bescheids fällig.",
        "Über die Verarbeitung Ihrer Daten informiert Sie das beiliegende Merkblatt nach Art. 13 "
        "DSGVO."),
    "fee_line": ("Gebühr nach Tarifstelle {item} des Gebührentarifs",
                 "Verwaltungsgebühr (Tarif-Nr. {item})", "Auslagen und Gebühren, Position {item}"),
    "fee_total": ("Summe der festgesetzten Kosten", "zu zahlender Gesamtbetrag des Bescheids",
                  "Kosten insgesamt laut Festsetzung"),
    "fee_due": ("Fälligkeitstag der Kosten: {day}",
                "Bitte überweisen Sie den Betrag bis zum {day}.", "Zahlungsfrist endet am {day}"),
    "fee_ref": ("Kassenzeichen für die Zahlung: {ref}", "Bei Zahlung bitte angeben: {ref}",
                "Verwendungszweck der Überweisung: {ref}"),
    "closing": ("Mit freundlichen Grüßen\nIm Auftrag", "Freundliche Grüße aus dem Rathaus\ni. A.",
                "Hochachtungsvoll\nIm Auftrag der Oberbürgermeisterin"),
    "machine": ("Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
                "Der Bescheid ist elektronisch gefertigt und trägt deshalb keine Unterschrift.",
                "Dieses Dokument wurde automatisiert erzeugt; eine Unterschrift entfällt."),
    "footer": ("Stadtkasse {city} · IBAN {iban} · BIC {bic}",
               "Bankverbindung der Stadtkasse: IBAN {iban}, BIC {bic}",
               "Zahlungen bitte an die Stadtkasse {city}, IBAN {iban} ({bic})"),
    "hours": ("Sprechzeiten: Mo–Fr 8–12 Uhr, Do 14–18 Uhr, und nach Vereinbarung",
              "Öffnungszeiten Bürgerbüro: Mo, Di, Fr 7.30–13 Uhr · Do 13–18 Uhr",
              "Termine nur nach vorheriger Buchung im Online-Terminportal"),
    "page": ("Seite {n} von {total} des Bescheids", "– {n} / {total} –",
             "Bescheid, Blatt {n} von {total}"),
    "enclosure": ("Anlage: Urkunde (eine Ausfertigung)",
                  "Anlagen: Urkunde, Merkblatt zum Datenschutz",
                  "Beigefügt: die beantragte Urkunde"),
    "enclosure_id": ("Anlage: Ablichtung des vorgelegten Dokuments",
                     "Beigefügt: Kopie Ihres Ausweisdokuments zu Ihren Unterlagen",
                     "Anlage: Farbkopie des geprüften Dokuments"),
    "code_label": ("Zuordnungsmerkmal (nicht weitergeben außer an die Mieter)",
                   "Zuordnungsmerkmal für die Anmeldung der Mieter",
                   "Ihr persönliches Zuordnungsmerkmal"),
    "applicant": ("Antragsteller/in der Urkunde: {who}", "Urkunde beantragt durch {who}",
                  "Empfänger der Urkunde: {who}"),
    "count": ("Anzahl der ausgestellten Urkunden: {count}", "Zahl der Ausfertigungen: {count}",
              "Stückzahl der Urkunden: {count}"),
    "to_f": ("Frau {name}",),
    "to_m": ("Herrn {name}",),
    "amount": ("{amount} EUR", "EUR {amount}", "{amount} €"),
    "unit": ("Bescheidversand der Stadtverwaltung", "Zentrale Poststelle der Verwaltung",
             "Posteingang im Rathaus"),
}


# --- annotated: a PDF form filled in with a viewer's comments ------------------------------------

#: per field: three printed labels of a municipal PDF form that is not fillable (a city's
#: download with filling-in hints, a county's form marking required and voluntary fields, a
#: form that refers to its filling-in notes)
ANNOT_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname (ggf. mit Namensbestandteilen)",
                    "Familienname · Angabe zwingend", "Familienname (vgl. Hinweis A)"),
    "given_names": ("sämtliche Vornamen (Rufname zuerst)", "Vornamen · Angabe zwingend",
                    "Vornamen (vgl. Hinweis B)"),
    "birth_name": ("Geburtsname (nur falls vom Familiennamen abweichend)",
                   "Geburtsname · Angabe freiwillig", "Geburtsname (vgl. Hinweis C)"),
    "date_of_birth": ("Geburtstag in der Form TT.MM.JJJJ", "Geburtsdatum · Angabe zwingend",
                      "Geburtsdatum (vgl. Hinweis D)"),
    "place_of_birth": ("Geburtsort (bei Geburt im Ausland mit Staat)",
                       "Geburtsort · Angabe zwingend", "Geburtsort (vgl. Hinweis E)"),
    "sex": ("Geschlecht (bitte nur ein Kästchen markieren)", "Geschlecht · Angabe zwingend",
            "Geschlecht (vgl. Hinweis F)"),
    "nationality": ("sämtliche Staatsangehörigkeiten der Person",
                    "Staatsangehörigkeit · Angabe zwingend",
                    "Staatsangehörigkeit (vgl. Hinweis G)"),
    "marital": ("Familienstand (z. B. ledig oder verheiratet)",
                "Familienstand · Angabe nicht zwingend",
                "Familienstand (vgl. Hinweis H)"),
    "phone": ("Telefon tagsüber für Rückfragen der Behörde", "Telefon · Angabe freiwillig",
              "Telefonnummer (vgl. Hinweis J)"),
    "street": ("Straße der neuen Wohnung (ohne Nummer)", "Straße · Angabe zwingend",
               "Straße (vgl. Hinweis K)"),
    "house_number": ("Hausnummer einschließlich Zusatz", "Hausnummer · Angabe zwingend",
                     "Hausnummer (vgl. Hinweis L)"),
    "postal_code": ("Postleitzahl (immer fünfstellig)", "Postleitzahl · Angabe zwingend",
                    "Postleitzahl (vgl. Hinweis M)"),
    "city": ("Gemeinde bzw. Ortsteil der neuen Wohnung", "Wohnort · Angabe zwingend",
             "Gemeinde (vgl. Hinweis N)"),
    "street_line": ("Straße und Hausnummer der bezogenen Wohnung",
                    "Straße mit Hausnummer · Angabe zwingend",
                    "Straße und Hausnummer (vgl. Hinweis K)"),
    "city_line": ("Postleitzahl und Gemeinde der bezogenen Wohnung",
                  "Postleitzahl mit Wohnort · Angabe zwingend",
                  "Postleitzahl und Gemeinde (vgl. Hinweis M)"),
    "address_line": ("vollständige Anschrift der bezogenen Wohnung",
                     "Anschrift · Angabe zwingend", "Anschrift der Wohnung (vgl. Hinweis K)"),
    "move_in_date": ("Einzugstag in der Form TT.MM.JJJJ", "Einzugsdatum · Angabe zwingend",
                     "Einzugstag (vgl. Hinweis P)"),
    "previous_address": ("letzte Wohnung vor dem Umzug (in einer Zeile)",
                         "bisherige Anschrift · Angabe freiwillig",
                         "bisherige Wohnung (vgl. Hinweis Q)"),
    "dwelling": ("Die bezogene Wohnung ist (bitte nur ein Kästchen markieren)",
                 "Art der Wohnung · Angabe zwingend", "Wohnungsstatus (vgl. Hinweis R)"),
    "landlord_name": ("Name oder Firma der wohnungsgebenden Person",
                      "Wohnungsgeber · Angabe zwingend", "Wohnungsgeber (vgl. Hinweis S)"),
    "landlord_address": ("Anschrift der wohnungsgebenden Person (in einer Zeile)",
                         "Anschrift des Wohnungsgebers · Angabe zwingend",
                         "Anschrift des Wohnungsgebers (vgl. Hinweis T)"),
    "role": ("Die wohnungsgebende Person ist (bitte nur ein Kästchen markieren)",
             "Eigentum an der Wohnung · Angabe zwingend", "Eigentumsverhältnis (vgl. Hinweis U)"),
    "owner": ("Name und Anschrift der Eigentümerseite (falls abweichend)",
              "Eigentümer/in · Angabe freiwillig", "Eigentümerseite (vgl. Hinweis V)"),
    "tenant": ("Vor- und Familienname einer einziehenden Person",
               "einziehende Person · Angabe zwingend", "einziehende Person (vgl. Hinweis W)"),
    "vin": ("Fahrzeug-Identifizierungsnummer laut Teil II (17 Zeichen)", "FIN · Angabe zwingend",
            "Fahrzeug-Identifizierungsnummer (vgl. Hinweis 2)"),
    "make": ("Hersteller und Handelsname laut Teil II", "Marke und Modell · Angabe freiwillig",
             "Fahrzeugbezeichnung (vgl. Hinweis 3)"),
    "evb_number": ("Nummer der eVB (sieben Zeichen, vom Versicherer)",
                   "eVB-Nummer · Angabe zwingend", "eVB-Nummer (vgl. Hinweis 4)"),
    "desired_plate": ("reserviertes Kennzeichen (nur bei Reservierung)",
                      "Wunschkennzeichen · Angabe freiwillig",
                      "Wunschkennzeichen (vgl. Hinweis 5)"),
    "iban": ("IBAN des Kontos, von dem die Kfz-Steuer abgebucht wird", "IBAN · Angabe zwingend",
             "IBAN (vgl. Hinweis 6)"),
    "bic": ("BIC des Kontos, von dem die Kfz-Steuer abgebucht wird", "BIC · Angabe freiwillig",
            "BIC (vgl. Hinweis 7)"),
    "bank": ("Bezeichnung des kontoführenden Instituts", "Geldinstitut · Angabe freiwillig",
             "Geldinstitut (vgl. Hinweis 8)"),
    "account_holder": ("Vor- und Familienname der kontoinhabenden Person",
                       "Kontoinhaber/in · Angabe zwingend", "Kontoinhaber/in (vgl. Hinweis 9)"),
    "passport_number": ("Nummer des gültigen Nationalpasses (wie im Pass)",
                        "Passnummer · Angabe zwingend", "Passnummer (vgl. Hinweis 10)"),
    "passport_expiry_date": ("Pass gültig bis, in der Form TT.MM.JJJJ",
                             "Gültigkeit des Passes · Angabe zwingend",
                             "Ablauf des Passes (vgl. Hinweis 11)"),
    "entry_date": ("Tag der jüngsten Einreise nach Deutschland",
                   "Einreisedatum · Angabe zwingend", "Einreisetag (vgl. Hinweis 12)"),
    "purpose": ("Zweck des Aufenthalts (bitte nur ein Kästchen markieren)",
                "Aufenthaltszweck · Angabe zwingend", "Aufenthaltszweck (vgl. Hinweis 13)"),
    "doc_kind": ("Art des eingescannten Dokuments", "Dokumentart · Angabe zwingend",
                 "Dokumentart (vgl. Hinweis 14)"),
    "doc_number": ("Seriennummer des eingescannten Dokuments",
                   "Dokumentennummer · Angabe zwingend", "Dokumentennummer (vgl. Hinweis 15)"),
    "issuing_state": ("Staat, der das eingescannte Dokument ausgestellt hat",
                      "Ausstellungsstaat · Angabe zwingend", "Ausstellungsstaat (vgl. Hinweis 16)"),
    "expiry_date": ("gültig bis (wie im Dokument angegeben)", "Ablaufdatum · Angabe zwingend",
                    "Gültigkeitsende (vgl. Hinweis 17)"),
    "doc_issue": ("ausgestellt am (wie im Dokument angegeben)",
                  "Ausstellungsdatum · Angabe freiwillig", "Ausstellungstag (vgl. Hinweis 18)"),
    "authority": ("ausstellende Behörde (wie im Dokument angegeben)",
                  "Behörde · Angabe freiwillig", "ausstellende Stelle (vgl. Hinweis 19)"),
}

#: how a comment may introduce its value (any field)
ANNOT_SAYS: Final = ("bitte so übernehmen:", "Eintrag für dieses Feld:", "gehört in dieses Feld:",
                     "hier bitte eintragen -->", "meine Angabe zu diesem Feld:")

#: how a reader's comment on a certificate repeats a value
ANNOT_CERT_SAYS: Final = ("bitte für den Antrag übernehmen:", "zur Kontrolle, laut Urkunde:",
                          "Schreibweise genau beachten:")

#: comments that word their value in a sentence (``{v}``)
ANNOT_SENT: Final[dict[str, tuple[str, str, str]]] = {
    "date_of_birth": ("Mein Geburtstag ist der {v}.", "zur Welt gekommen am {v}",
                      "Geburtstag laut Ausweis: {v}"),
    "move_in_date": ("Eingezogen in die Wohnung bin ich am {v}.",
                     "Einzug in die Wohnung war am {v}",
                     "Schlüsselübergabe und Einzug am {v}"),
    "entry_date": ("In Deutschland angekommen bin ich am {v}.", "Einreise per Flug am {v}",
                   "Angekommen in Deutschland am {v}"),
    "place_of_birth": ("Auf die Welt gekommen bin ich in {v}.", "Geburtsort laut Ausweis: {v}",
                       "geboren wurde ich in {v}"),
    "nationality": ("Ich habe nur die Staatsangehörigkeit {v}.", "Staatsangehörigkeit: nur {v}",
                    "meine einzige Staatsangehörigkeit ist {v}"),
    "previous_address": ("Vorher habe ich hier gewohnt: {v}", "vorher gemeldet unter: {v}",
                         "meine alte Wohnadresse lautete {v}"),
    "passport_expiry_date": ("Mein Pass ist bis zum {v} gültig.", "Pass gilt noch bis {v}",
                             "Ablauf laut meinem Pass: {v}"),
}

#: comments that carry no value
ANNOT_NOTES: Final = (
    "Unterschrift folgt mit der Post.",
    "Ich bin tagsüber telefonisch schlecht erreichbar, lieber per Mail.",
    "Bitte den Eingang kurz bestätigen, danke!",
    "Die Kopie des Ausweises hänge ich separat an.",
    "Weiß nicht genau, was hier hinein soll – bitte melden.",
    "Das Feld ließ sich am Computer nicht ausfüllen, deshalb die Kommentare.",
    "Original liegt bei mir zu Hause, kann nachgereicht werden.",
    "Bitte Schreibweise so übernehmen wie angegeben.",
)
#: a comment's marks on the form (shown in the summary as the comment's kind)
ANNOT_KINDS: Final = ("Notizkommentar", "Textfeldkommentar", "Legendenkommentar",
                      "Hervorhebungskommentar", "Häkchenstempel")
#: the viewer's account names (the comment's author)
ANNOT_AUTHORS: Final = ("HP-Besitzer", "Familienrechner", "Laptop-Benutzer", "Heim-PC",
                        "Gastkonto am Tablet", "Arbeitsplatz 2")

ANNOT_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "person": ("1  Daten der meldepflichtigen Person", "A  Zur anmeldenden Person",
               "Teil 1 – Person (siehe Hinweise)"),
    "new": ("2  Daten der neuen Wohnung", "B  Zur eben bezogenen Wohnung",
            "Teil 2 – neue Wohnung (siehe Hinweise)"),
    "old": ("3  Daten der bisherigen Wohnung", "C  Zur aufgegebenen Wohnung",
            "Teil 3 – bisherige Wohnung (siehe Hinweise)"),
    "landlord": ("1  Daten des Wohnungsgebers", "A  Zur wohnungsgebenden Person",
                 "Teil 1 – Wohnungsgeber (siehe Hinweise)"),
    "tenants": ("3  Daten der einziehenden Personen", "C  Zu allen einziehenden Personen",
                "Teil 3 – einziehende Personen (siehe Hinweise)"),
    "holder": ("1  Daten der künftigen Halterin bzw. des Halters",
               "A  Zur haltenden Person", "Teil 1 – Halter (siehe Hinweise)"),
    "vehicle": ("2  Daten des Fahrzeugs", "B  Zum Fahrzeug laut Teil II",
                "Teil 2 – Fahrzeug (siehe Hinweise)"),
    "mandate": ("3  SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer",
                "C  Zum Konto für die Kfz-Steuer", "Teil 3 – Kfz-Steuer (siehe Hinweise)"),
    "passport": ("2  Daten des Nationalpasses", "B  Zum gültigen Nationalpass",
                 "Teil 2 – Pass (siehe Hinweise)"),
    "stay": ("3  Einreise und beantragter Zweck", "C  Zu Einreise und Zweck",
             "Teil 3 – Aufenthalt (siehe Hinweise)"),
    "address": ("4  Wohnung in Deutschland", "D  Zur Wohnung im Inland",
                "Teil 4 – Wohnung (siehe Hinweise)"),
    "document": ("1  Daten des gescannten Dokuments", "A  Zum eingescannten Ausweisdokument",
                 "Teil 1 – Dokument (siehe Hinweise)"),
    "child": ("Kind – beurkundete Angaben", "Beurkundung, Abschnitt Kind",
              "Abschnitt Kind der Urkunde"),
    "parents": ("Eltern – beurkundete Angaben", "Beurkundung, Abschnitt Eltern",
                "Abschnitt Eltern der Urkunde"),
    "spouse1": ("Erste Person der Ehe – beurkundete Angaben",
                "Beurkundung, Abschnitt erste Person", "Abschnitt erste Person der Urkunde"),
    "spouse2": ("Zweite Person der Ehe – beurkundete Angaben",
                "Beurkundung, Abschnitt zweite Person", "Abschnitt zweite Person der Urkunde"),
    "marriage": ("Eheschließung – beurkundete Angaben", "Beurkundung, Abschnitt Eheschließung",
                 "Abschnitt Eheschließung der Urkunde"),
    "deceased": ("Verstorbene Person – beurkundete Angaben",
                 "Beurkundung, Abschnitt verstorbene Person",
                 "Abschnitt verstorbene Person der Urkunde"),
    "death": ("Sterbefall – beurkundete Angaben", "Beurkundung, Abschnitt Sterbefall",
              "Abschnitt Sterbefall der Urkunde"),
    "register": ("Registereintrag – beurkundete Angaben", "Beurkundung, Abschnitt Register",
                 "Abschnitt Registereintrag der Urkunde"),
}

#: the form's titles (what the PDF shows), and the certificate's own heading
ANNOT_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Meldeschein für die Anmeldung (PDF zum Ausdrucken)",
                  "Anmeldung einer Wohnung – Formular zum Download",
                  "Anmeldeformular (nicht am Bildschirm ausfüllbar)"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung nach § 19 BMG (PDF zum Ausdrucken)",
                                  "Bestätigung des Wohnungsgebers – Formular zum Download",
                                  "Einzugsbestätigung (nicht am Bildschirm ausfüllbar)"),
    "geburtsurkunde": ("GEBURTSURKUNDE (elektronisch übermittelte Ausfertigung)",
                       "Geburtsurkunde – Ausfertigung als PDF-Datei",
                       "Geburtsurkunde (Datei vom Standesamt)"),
    "eheurkunde": ("EHEURKUNDE (elektronisch übermittelte Ausfertigung)",
                   "Eheurkunde – Ausfertigung als PDF-Datei", "Eheurkunde (Datei vom Standesamt)"),
    "sterbeurkunde": ("STERBEURKUNDE (elektronisch übermittelte Ausfertigung)",
                      "Sterbeurkunde – Ausfertigung als PDF-Datei",
                      "Sterbeurkunde (Datei vom Standesamt)"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs (PDF zum Ausdrucken)",
                         "Zulassung eines Fahrzeugs – Formular zum Download",
                         "Zulassungsantrag (nicht am Bildschirm ausfüllbar)"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels (PDF zum "
                                "Ausdrucken)",
                                "Aufenthaltstitel beantragen – Formular zum Download",
                                "Antragsformular Aufenthalt (nicht am Bildschirm ausfüllbar)"),
    "identity_document": ("Scan eines Ausweisdokuments mit Anmerkungen",
                          "Ausweisdokument – Scan als PDF-Datei",
                          "Ausweiskopie (Datei mit Kommentaren)"),
}

#: furniture of the viewer's printout (named fields are filled in by the renderer)
ANNOT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "summary": ("Kommentarübersicht zu {file}", "Zusammenfassung aller Anmerkungen – {file}",
                "Liste der Kommentare in {file}"),
    "entry": ("Nr. {n} · Seite {page} · {kind} · Verfasser: {author} · {stamp}",
              "{n}) {kind} von {author}, {stamp} (Seite {page})",
              "Kommentar {n} – {author} – {stamp} – S. {page} – {kind}"),
    "header": ("Gedruckt aus dem PDF-Betrachter: {file} · {stamp}",
               "{file} (Dokument und Kommentare) – Druck vom {stamp}",
               "Ausdruck mit Anmerkungen · Datei {file} · {stamp}"),
    "footer": ("Seite {n} von {total} – Dokument mit Kommentaren",
               "Druckseite {n} / {total} (mit Notizen)",
               "{n} von {total} · Kommentarzusammenfassung"),
    "files": ("Meldeschein_ausgefuellt.pdf", "Formular_mit_Kommentaren_final.pdf",
              "Antrag_Stadt_ausgefuellt(2).pdf", "Scan_Unterlagen_kommentiert.pdf",
              "Download_Formular_bearbeitet.pdf"),
    "form_no": ("Vordruck {no} · Stand {ed}", "Formular-Nr. {no} ({ed})",
                "Best.-Kennung {no} / Ausgabe {ed}"),
    "issuer": ("Stadt {city} – Bürgerservice (Formulardownload)",
               "Kreis und Stadt {city} – Formularservice",
               "{city} – Formularcenter der Stadtverwaltung"),
    "issuer_civil": ("Standesamt {city} – Urkunde als PDF",
                     "Stadt {city} – Personenstandsurkunde (Datei)",
                     "{city} – elektronisch übermittelte Personenstandsurkunde"),
    "notes_head": ("Hinweise zum Ausfüllen dieses Vordrucks", "Erläuterungen zu den Feldern",
                   "Ausfüllhinweise A bis W und 2 bis 19"),
    "notes": ("Bitte füllen Sie das Formular vollständig in Druckschrift aus.",
              "Pflichtfelder müssen ausgefüllt werden, sonst kann der Antrag nicht bearbeitet "
              "werden.",
              "Angaben zu freiwilligen Feldern erleichtern Rückfragen.",
              "Unterschreiben Sie das Formular erst nach Prüfung aller Angaben.",
              "Das Formular kann per Post oder persönlich eingereicht werden."),
    "sign": ("Ort, Datum und Unterschrift der antragstellenden Person",
             "eigenhändige Unterschrift nach dem Ausdrucken",
             "Datum und Unterschrift (nach Ausdruck)"),
    "registrar": ("Standesbeamtin bzw. Standesbeamter (elektronisch signiert)",
                  "für das Standesamt, qualifiziert signiert",
                  "Urkundsperson (elektronische Signatur)"),
    "cert_line": ("Diese Urkunde wurde elektronisch ausgefertigt und ist ohne Siegel gültig.",
                  "Ausfertigung aus dem elektronischen Personenstandsregister.",
                  "Die Übereinstimmung mit dem elektronischen Eintrag wird hiermit bestätigt."),
    "office_use": ("Vermerke der Behörde – bitte freilassen", "nur für den Dienstgebrauch",
                   "Eingangsvermerk der Verwaltung"),
    "copy_note": ("Scan des Dokuments (beide Seiten, Originalgröße)",
                  "eingescanntes Ausweisdokument", "Dokument als Bilddatei eingefügt"),
    "page_mark": ("S. {n}", "Seite {n}", "Bl. {n}"),
}


# --- the wording object --------------------------------------------------------------------------


class Extra36Wording(Wording):
    """Chooses the labels, heads, titles, sentences and furniture of one document from the
    fortieth pool (one family per document)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.notice = layout == "notice"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (NOTICE_LABELS if self.notice else ANNOT_LABELS)[key]
            self._chosen[key] = options[self.fam]
        return self._chosen[key]

    def _once(self, kind: int, key: str, options: tuple[str, ...], family: bool = False) -> str:
        k = (kind, key)
        if k not in self._other:
            if family and len(options) == 3 and self._rng.random() < 0.8:
                self._other[k] = options[self.fam]
            else:
                self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def cert(self, key: str) -> str:
        return CERT_LABELS[key][self.fam]

    def head(self, key: str) -> str:
        return (NOTICE_HEADS if self.notice else ANNOT_HEADS)[key][self.fam]

    def title(self, doc_type: str) -> str:
        options = (NOTICE_TITLES if self.notice else ANNOT_TITLES)[doc_type]
        return self._once(1, doc_type, options, True)

    def prose(self, key: str) -> str:
        return self._once(2, key, NOTICE_PROSE[key])

    def sent(self, key: str) -> str:
        return self._once(3, key, ANNOT_SENT[key])

    def tenor(self, key: str) -> str:
        return self._once(4, key, NOTICE_TENOR[key], True)

    def opening(self, doc_type: str) -> str:
        return self._once(5, doc_type, NOTICE_OPENINGS[doc_type], True)

    def office(self, key: str) -> str:
        return self._once(6, key, NOTICE_OFFICES[key], True)

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        options = (NOTICE_WORDS if self.notice else ANNOT_WORDS)[key]
        return self._once(7, key, options, True)

    def pick(self, options: tuple[str, ...]) -> str:
        """One of ``options``, chosen afresh each time."""
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra36Style(Style):
    """The style of one document of the pair: dates as ``date36`` prints them."""

    def date(self, d: date) -> str:
        return date36(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (field labels of both layouts, the comments'
    and the notices' sentences that carry a value)."""
    out = [s for pool in (NOTICE_LABELS, CERT_LABELS, ANNOT_LABELS, NOTICE_PROSE, ANNOT_SENT)
           for options in pool.values() for s in options]
    out += [*ANNOT_SAYS, *ANNOT_CERT_SAYS]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed patterns rather than wordings
FURNITURE_VALUES: Final = frozenset({"page", "page_mark", "footer", "files", "form_no", "amount"})


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool."""
    out = label_strings()
    for pool in (NOTICE_OPENINGS, NOTICE_TENOR, NOTICE_HEADS, NOTICE_TITLES, NOTICE_OFFICES,
                 ANNOT_HEADS, ANNOT_TITLES):
        out += [s for options in pool.values() for s in options]
    out += [*NOTICE_CERT_LEAD, *NOTICE_DATA_LEAD, *ANNOT_NOTES, *ANNOT_KINDS, *ANNOT_AUTHORS]
    for words in (NOTICE_WORDS, ANNOT_WORDS):
        out += [s for key, options in words.items() if key not in FURNITURE_VALUES
                for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE36, DWELLING36, ROLE36, ID_KINDS36)
           for options in table.values() for s in options]
    return list(dict.fromkeys(out))
