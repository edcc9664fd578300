"""The twentieth wording pool and the printing habits of the sixteenth extra pair of layouts.

``HAND_LABELS`` (the small printed captions of a paper form that is filled in by hand),
``HAND_SECTIONS``, ``HAND_TITLES`` and ``HAND_WORDS``, and ``AGENCY_LABELS`` (the keys of the
compact block in a letter that a third party writes on a citizen's behalf), ``AGENCY_SECTIONS``,
``AGENCY_TITLES``, ``AGENCY_WORDS`` and the letter's sentences (``SENTENCES``) are used only by
the layouts in ``EXTRA16_LAYOUTS`` of ``samples.generate`` (``handwritten`` and ``agency``).
They are a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra16``, nor tune on those layouts' failures. None of the label strings
repeats a string of the nineteen other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this), except where
German has only one usual word (``SHARED_WORDS``).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- handwritten: captions of a pre-printed paper form -------------------------------------

HAND_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Zuname (in Druckschrift)", "Familienname – bitte deutlich schreiben"),
    "given_names": ("sämtliche Vornamen, Rufname unterstrichen", "Vornamen – bitte alle angeben"),
    "birth_name": ("Zuname bei der Geburt (falls abweichend)", "früher geführter Zuname"),
    "date_of_birth": ("Geburtstag (TT.MM.JJJJ)", "wann geboren? (Tag.Monat.Jahr)"),
    "place_of_birth": ("Geburtsort, bei Ausland auch Staat", "Geburtsort – Gemeinde und Land"),
    "sex": ("Geschlecht (Zutreffendes markieren)", "zutreffendes Geschlecht einkreisen"),
    "nationality": ("jetzige Staatsangehörigkeit(en)", "Staatsangehörigkeit – bitte eintragen"),
    "move_in_date": ("eingezogen am (Tag des Einzugs)", "Einzug in die neue Wohnung am"),
    "street": ("Straße/Platz/Weg der Wohnung", "Straßenname, ohne Nummer"),
    "house_number": ("Nr. und Zusatz (z. B. 12a)", "Hausnummer samt etwaigem Buchstaben"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "city": ("Gemeinde/Stadt der Wohnung", "Ort der neuen Wohnung"),
    "previous_address": ("bisherige Anschrift (Straße, Nr., PLZ, Ort)",
                         "zuletzt gemeldet in (vollständige Anschrift)"),
    "dwelling": ("Die neue Wohnung ist (bitte ankreuzen)", "Wohnung wird genutzt als (ankreuzen)"),
    "landlord_name": ("Wer vermietet? Name oder Firma",
                      "Vermieter/in – Name bzw. Firma (Druckschrift)"),
    "landlord_address": ("Vermieter/in – Anschrift (Straße, Nr., PLZ, Ort)",
                         "wohnhaft bzw. Sitz der vermietenden Person"),
    "tenant": ("eingezogen ist (Vor- und Zuname)",
               "Name der eingezogenen Person (Vor- und Zuname)"),
    "mother_name": ("Mutter – Vorname und Zuname", "Vor- und Zuname der Mutter (Druckschrift)"),
    "father_name": ("Vater – Vorname und Zuname", "Vor- und Zuname des Vaters (Druckschrift)"),
    "registry_office": ("beurkundet vom Standesamt", "Standesamt (beurkundende Stelle)"),
    "register_number": ("Nr. des Eintrags / Jahrgang", "Register-Nr. des Eintrags (Jahrgang)"),
    "issue_date": ("diese Urkunde ausgefertigt den", "Tag, an dem ausgefertigt wurde"),
    "marriage_date": ("die Trauung fand statt am", "Trauungstag (Tag.Monat.Jahr)"),
    "marriage_place": ("die Trauung fand statt in", "Trauungsort (Gemeinde)"),
    "date_of_death": ("Todestag (Tag.Monat.Jahr eintragen)", "ist verstorben am"),
    "place_of_death": ("ist verstorben in", "Gemeinde des Versterbens"),
    "make": ("Fabrikat des Wagens", "Hersteller des Wagens"),
    "model": ("Typ/Modell des Wagens", "Modellbezeichnung des Wagens"),
    "vin": ("Fahrgestellnummer (17 Stellen)", "FIN – alle 17 Zeichen eintragen"),
    "evb_number": ("eVB-Nummer, sieben Zeichen", "Versicherungsbestätigung, Nummer (7 Zeichen)"),
    "desired_plate": ("reserviertes Wunschzeichen", "Wunschkennzeichen, sofern schon reserviert"),
    "account_holder": ("Kontoinhaber/in (Vor- und Zuname)", "Das Konto lautet auf (Name)"),
    "iban": ("IBAN", "IBAN (22 Stellen bei dt. Konten)"),
    "bic": ("BIC", "BIC (falls bekannt)"),
    "passport_number": ("Nummer des Passes (Heimatstaat)", "Nummer des Heimatpasses"),
    "passport_expiry_date": ("Gültigkeit des Heimatpasses bis", "Heimatpass läuft ab am"),
    "entry_date": ("nach Deutschland eingereist am", "Tag der Ankunft in Deutschland"),
    "purpose": ("Ich möchte mich hier aufhalten zum Zweck (ankreuzen)",
                "Aufenthaltszweck – Zutreffendes ankreuzen"),
    "doc_kind": ("vorgelegt wurde (ankreuzen)", "Art des vorgelegten Papiers"),
    "doc_code": ("Dokumentenart (Kürzel lt. Zone)", "Kürzel der Dokumentenart"),
    "doc_number": ("Ausweis-/Pass-Nummer", "Nummer des vorgelegten Papiers"),
    "issuing_state": ("ausgestellt vom Staat (Kürzel)", "Ausstellerstaat (3 Buchstaben)"),
    "expiry_date": ("Das Papier gilt bis", "Ende der Gültigkeit des Papiers"),
}

HAND_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("1. Zur Person", "A  Persönliche Angaben – bitte vollständig"),
    "dwelling": ("2. Neue Wohnung", "B  Angaben zur neuen Wohnung"),
    "previous": ("3. Bisherige Wohnung", "C  Frühere Wohnung"),
    "landlord": ("1. Vermietende Seite", "A  Wer vermietet die Wohnung?"),
    "flat": ("2. Bezogene Wohnung", "B  Welche Wohnung wurde bezogen?"),
    "tenants": ("3. Personen, die eingezogen sind", "C  Wer ist eingezogen?"),
    "child": ("1. Das Kind", "A  Angaben zum Kind"),
    "parents": ("2. Die Eltern", "B  Angaben zu den Eltern"),
    "register": ("Beurkundungsvermerk", "Vermerk des Standesamts"),
    "spouse1": ("1. Erster Ehegatte", "A  Ehegatte (erste Person)"),
    "spouse2": ("2. Zweiter Ehegatte", "B  Ehegatte (zweite Person)"),
    "marriage": ("3. Trauung", "C  Angaben zur Trauung"),
    "deceased": ("1. Die verstorbene Person", "A  Angaben zur verstorbenen Person"),
    "death": ("2. Sterbefall", "B  Angaben zum Sterbefall"),
    "holder": ("1. Halterin / Halter", "A  Wer wird Halter des Wagens?"),
    "vehicle": ("2. Der Wagen", "B  Angaben zum Wagen"),
    "sepa": ("3. Abbuchung der Kfz-Steuer", "C  Konto für die Kfz-Steuer"),
    "passport": ("2. Heimatpass und Einreise", "B  Pass und Ankunft"),
    "stay": ("3. Aufenthaltszweck", "C  Warum möchten Sie hier bleiben?"),
    "residence": ("4. Jetzige Wohnung", "D  Wo wohnen Sie jetzt?"),
    "document": ("1. Vorgelegtes Papier", "A  Angaben zum vorgelegten Papier"),
    "holder_id": ("2. Inhaberin / Inhaber des Papiers", "B  Wem gehört das Papier?"),
}

HAND_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Vordruck zur Anmeldung einer Wohnung (handschriftlich auszufüllen)",
                  "Anmeldebogen für die neue Wohnung"),
    "wohnungsgeberbestaetigung": ("Vordruck: Bescheinigung der vermietenden Seite über den Einzug",
                                  "Einzugsbescheinigung für die Meldebehörde"),
    "geburtsurkunde": ("Geburtsurkunde (Vordruck, handschriftlich ausgefertigt)",
                       "Urkunde über eine Geburt, von Hand ausgefertigt"),
    "eheurkunde": ("Eheurkunde (Vordruck, handschriftlich ausgefertigt)",
                   "Urkunde über die Trauung"),
    "sterbeurkunde": ("Sterbeurkunde (Vordruck, handschriftlich ausgefertigt)",
                      "Urkunde über einen Sterbefall, von Hand ausgefertigt"),
    "antrag_zulassung": ("Vordruck: Zulassung eines Kraftwagens beantragen",
                         "Antragsbogen zur Kfz-Zulassung (bitte in Druckschrift)"),
    "aufenthaltstitel_antrag": ("Antragsbogen für einen Aufenthaltstitel (in Druckschrift)",
                                "Vordruck: Erteilung einer Aufenthaltserlaubnis"),
    "identity_document": ("Aufnahmebogen für ein vorgelegtes Ausweispapier",
                          "Vordruck zur Erfassung eines Passes oder Ausweises"),
}

HAND_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form_no": ("Vordruck-Nummer (Auflage)", "Bestell-Nr. des Vordrucks"),
    "instructions": ("Bitte mit Kugelschreiber und in Blockbuchstaben ausfüllen.",
                     "Mit dunkler Tinte ausfüllen, Zutreffendes ankreuzen."),
    "sign": ("Unterschrift der ausfüllenden Person", "Unterschrift (eigenhändig, mit Vornamen)"),
    "place_day": ("Ort und Tag der Unterzeichnung", "Ort und Tag (bitte eintragen)"),
    "office": ("Raum für Vermerke der Behörde", "Dieses Feld füllt die Behörde aus"),
    "registrar": ("Urkundsperson – Unterschrift und Dienstbezeichnung",
                  "Die Urkundsperson (Unterschrift)"),
    "copy": ("Kopie des vorgelegten Papiers", "angeheftete Ablichtung"),
    "back": ("Rückseite des Vordrucks", "Vordruck, Rückseite"),
    "notes": ("Hinweis: Änderungen bitte sofort mitteilen. Falsche Angaben können ein "
              "Bußgeld nach sich ziehen.",
              "Hinweis: Bitte keine Felder frei lassen, die auf Sie zutreffen. "
              "Unleserliche Angaben führen zu Rückfragen."),
}

# --- agency: a letter written on the citizen's behalf --------------------------------------

AGENCY_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name der vertretenen Person", "Nachname Mandant/in"),
    "given_names": ("Vorname(n) der vertretenen Person", "Vornamen Mandant/in"),
    "birth_name": ("Name bei Geburt (vertretene Person)", "vormaliger Nachname"),
    "date_of_birth": ("Geburtsdatum Mandant/in", "geb. am (vertretene Person)"),
    "place_of_birth": ("Geburtsort Mandant/in", "geb. in (vertretene Person)"),
    "sex": ("Geschlecht Mandant/in", "Geschlecht der vertretenen Person"),
    "nationality": ("Staatsangehörigkeit Mandant/in", "Nationalität der vertretenen Person"),
    "move_in_date": ("Einzugstermin der Kundschaft", "bezogen zum"),
    "street": ("Straße der neuen Wohnung", "Straße (Zielanschrift)"),
    "house_number": ("Hausnr. der neuen Wohnung", "Hausnummer (Zielanschrift)"),
    "postal_code": ("PLZ (Zielanschrift)", "Postleitzahl"),
    "city": ("Ort (Zielanschrift)", "Gemeinde der neuen Wohnung"),
    "previous_address": ("Auszugsanschrift", "Anschrift vor dem Umzug (Kundschaft)"),
    "dwelling": ("Wohnungsstatus (Meldung)", "neue Wohnung genutzt als"),
    "landlord_name": ("Vermietende Gesellschaft/Person", "Vermieterseite"),
    "landlord_address": ("Anschrift Vermieterseite", "Sitz der vermietenden Seite"),
    "tenant": ("einziehende Person (lt. Auftrag)", "Neue Bewohnerin/neuer Bewohner"),
    "mother_name": ("Kindesmutter (Vor- und Nachname)", "Mutter lt. Urkunde"),
    "father_name": ("Kindesvater (Vor- und Nachname)", "Vater lt. Urkunde"),
    "registry_office": ("Urkundsstelle", "beurkundendes Standesamt (lt. Urkunde)"),
    "register_number": ("Urkundennummer", "Aktenzeichen des Standesamts"),
    "issue_date": ("Urkunde datiert vom", "Ausstellungstag der Urkunde"),
    "marriage_date": ("Datum der Eheschließung (Mandanten)", "Heiratstag der Mandanten"),
    "marriage_place": ("Ort der Eheschließung (Mandanten)", "Heiratsort der Mandanten"),
    "date_of_death": ("Todestag (Bewohner/in)", "verstorben am (Bewohner/in)"),
    "place_of_death": ("Todesort (Bewohner/in)", "verstorben in (Bewohner/in)"),
    "make": ("Marke (Neufahrzeug)", "Hersteller Fahrzeug"),
    "model": ("Modell (Neufahrzeug)", "Typ Fahrzeug"),
    "vin": ("FIN (Kaufvertrag)", "Fahrgestell-Nr. lt. Kaufvertrag"),
    "evb_number": ("eVB-Nummer des Käufers", "Deckungskarte (eVB)"),
    "desired_plate": ("reserviertes Kennzeichen des Käufers",
                      "Wunschkennz. des Käufers (reserviert)"),
    "account_holder": ("Kontoinhaber Kfz-Steuer", "Kfz-Steuer – Kontoinhaber/in"),
    "iban": ("IBAN", "IBAN für die Kfz-Steuer"),
    "bic": ("BIC", "BIC für die Kfz-Steuer"),
    "passport_number": ("Reisepass-Nr. Mandant/in", "Passnummer der vertretenen Person"),
    "passport_expiry_date": ("Reisepass gültig bis (Mandant/in)", "Passablauf (Mandant/in)"),
    "entry_date": ("Einreisedatum Mandant/in", "Einreise am (vertretene Person)"),
    "purpose": ("beantragter Aufenthaltszweck (Mandant/in)", "Aufenthaltszweck lt. Antrag"),
    "doc_kind": ("beigefügtes Dokument", "Art der beigefügten Kopie"),
    "doc_code": ("Dokumententyp (Kürzel)", "Typkürzel des Dokuments"),
    "doc_number": ("Dokumentennr. Mandant/in", "Nummer des beigefügten Dokuments"),
    "issuing_state": ("Ausstellerstaat (Kürzel)", "Ausgabestaat des Dokuments"),
    "expiry_date": ("beigefügtes Dokument gültig bis", "Ablauf des beigefügten Dokuments"),
}

AGENCY_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "data": ("Die Angaben im Überblick:", "Zusammenfassung der Daten:"),
    "enclosures": ("Anlagen zu diesem Schreiben:", "Beigefügt:"),
}

AGENCY_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung einer Wohnung für unsere Kundschaft",
                  "Wohnsitzanmeldung im Auftrag"),
    "wohnungsgeberbestaetigung": ("Einzugsbestätigung im Auftrag der Vermieterseite",
                                  "Bestätigung über den Einzug – Übersendung"),
    "geburtsurkunde": ("Vorlage einer Geburtsurkunde", "Übersendung der Geburtsurkunde"),
    "eheurkunde": ("Vorlage einer Eheurkunde", "Übersendung der Eheurkunde"),
    "sterbeurkunde": ("Mitteilung eines Sterbefalls mit Urkunde",
                      "Übersendung der Sterbeurkunde"),
    "antrag_zulassung": ("Zulassung eines Fahrzeugs im Auftrag des Käufers",
                         "Zulassungsantrag durch das Autohaus"),
    "aufenthaltstitel_antrag": ("Antrag auf Aufenthaltstitel für unsere Mandantschaft",
                                "Aufenthaltserlaubnis – Antrag im Mandantenauftrag"),
    "identity_document": ("Vorlage eines Ausweisdokuments", "Übersendung einer Passkopie"),
}

AGENCY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "your_ref": ("Ihr Schreiben vom", "Ihre Nachricht vom"),
    "contact": ("Bearbeitung in unserem Büro", "Zuständig in unserem Haus"),
    "power": ("Eine Vollmacht liegt bei.", "Die Vollmacht ist beigefügt."),
    "enc_power": ("Vollmacht der vertretenen Person", "Vollmacht im Original"),
    "enc_copy": ("Kopie des Ausweisdokuments", "Kopie des Ausweises (beide Seiten)"),
    "enc_cert": ("Urkunde (beglaubigte Abschrift)", "Urkunde in Kopie"),
}

# Usual letter furniture; German has one customary wording for most of these, so they are not
# part of the pool's disjointness promise (like ``SHARED_WORDS``). They label no truth value.
LETTER_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "our_ref": ("Unser Zeichen", "Unser Az."),
    "phone": ("Telefon", "Tel."),
    "fax": ("Telefax", "Fax"),
    "mail": ("E-Mail", "Mail"),
    "greeting": ("Sehr geehrte Damen und Herren,",),
    "closing": ("Mit freundlichen Grüßen", "Freundliche Grüße"),
    "questions": ("Für Rückfragen stehen wir Ihnen gern zur Verfügung.",
                  "Bei Fragen erreichen Sie uns unter der oben genannten Rufnummer."),
    "bank_line": ("Bankverbindung",),
}

# The agencies: (kind, company names). Values of their own, never truth.
AGENCIES: Final[dict[str, tuple[str, ...]]] = {
    "relocation": ("Umzugsservice Ruhrtal GmbH", "Relocation Partner West GmbH",
                   "Wohnwechsel-Service Emscher KG"),
    "lawyer": ("Kanzlei Dr. Behrendt & Partner", "Rechtsanwälte Albrecht Kowalczyk",
               "Anwaltsbüro Sommerfeld"),
    "care": ("Seniorenzentrum Am Kirchberg", "Pflegeheim Haus Lindenhof",
             "Wohnstift Ruhrauen gGmbH"),
    "dealer": ("Autohaus Brinkhoff GmbH", "Autozentrum Lenneper KG", "Fahrzeughaus Wiemann"),
}
# who writes which type
AGENCY_KIND: Final = {
    "anmeldung": ("relocation", "relocation", "lawyer"),
    "wohnungsgeberbestaetigung": ("relocation",),
    "geburtsurkunde": ("lawyer",),
    "eheurkunde": ("lawyer",),
    "sterbeurkunde": ("care", "care", "lawyer"),
    "antrag_zulassung": ("dealer",),
    "aufenthaltstitel_antrag": ("lawyer", "relocation"),
    "identity_document": ("lawyer", "relocation"),
}
# the person the agency speaks for: kind -> sex -> words
SUBJECTS: Final[dict[str, dict[str, str]]] = {
    "relocation": {"F": "Unsere Kundin", "M": "Unser Kunde", "D": "Die von uns betreute Person",
                   "X": "Die von uns betreute Person"},
    "lawyer": {"F": "Unsere Mandantin", "M": "Unser Mandant", "D": "Die von uns vertretene Person",
               "X": "Die von uns vertretene Person"},
    "care": {"F": "Unsere Bewohnerin", "M": "Unser Bewohner",
             "D": "Die von uns betreute Person", "X": "Die von uns betreute Person"},
    "dealer": {"F": "Unsere Kundin", "M": "Unser Kunde", "D": "Die Käuferseite",
               "X": "Die Käuferseite"},
}

# the same, after "im Auftrag von"
DATIVES: Final[dict[str, str]] = {
    "Unsere Kundin": "unserer Kundin", "Unser Kunde": "unserem Kunden",
    "Unsere Mandantin": "unserer Mandantin", "Unser Mandant": "unserem Mandanten",
    "Unsere Bewohnerin": "unserer Bewohnerin", "Unser Bewohner": "unserem Bewohner",
    "Die von uns betreute Person": "der von uns betreuten Person",
    "Die von uns vertretene Person": "der von uns vertretenen Person",
    "Die Käuferseite": "der Käuferseite",
}

# sentences of the letter; ``{…}`` are filled in from the record
SENTENCES: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("in obiger Angelegenheit wenden wir uns im Auftrag von {who} an Sie.",
              "wir schreiben Ihnen im Auftrag von {who}."),
    "born": ("{subj} {name} ist am {dob} in {pob} geboren.",
             "{subj}, {name}, wurde am {dob} in {pob} geboren."),
    "born_no_place": ("{subj} {name} ist am {dob} geboren.",),
    "moved": ("Der Einzug in die Wohnung {street} {number}, {plz} {city} erfolgte am {day}.",
              "{subj} hat am {day} die Wohnung {street} {number} in {plz} {city} bezogen."),
    "previous": ("Zuvor war die Anschrift {previous}.",
                 "Die bisherige Wohnung befand sich in {previous}."),
    "tenants": ("In die Wohnung sind folgende Personen eingezogen: {names}.",
                "Eingezogen sind {names}."),
    "landlord": ("Wir handeln im Auftrag der Vermieterseite {landlord}, {laddress}.",
                 "Auftraggeberin ist die Vermieterseite {landlord} ({laddress})."),
    "married": ("{n1} (geboren am {d1}) und {n2} (geboren am {d2}) haben am {day} in "
                "{place} geheiratet.",
                "Die Ehe von {n1}, geb. am {d1}, und {n2}, geb. am {d2}, wurde am {day} in "
                "{place} geschlossen."),
    "died": ("{subj} {name} ist am {day} in {place} verstorben.",
             "Wir müssen Ihnen mitteilen, dass {name} am {day} in {place} verstorben ist."),
    "parents": ("Die Eltern sind {mother} und {father}.", "Eltern: {mother} und {father}."),
    "mother": ("Die Mutter ist {mother}.", "Als Mutter ist {mother} eingetragen."),
    "register": ("Die Urkunde des {office} trägt die Nummer {number} und ist vom {day}.",
                 "Beurkundet hat das {office} unter {number}; die Urkunde datiert vom {day}."),
    "entered": ("{subj} ist am {day} in die Bundesrepublik eingereist.",
                "Die Einreise erfolgte am {day}."),
    "passport": ("Der Reisepass Nr. {number} ist bis {day} gültig.",
                 "Vorgelegt wird der Reisepass {number}, gültig bis {day}."),
    "vehicle": ("Es handelt sich um einen {make} {model} mit der FIN {vin}.",
                "Das Fahrzeug ({make} {model}) hat die Fahrgestellnummer {vin}."),
    "buyer": ("Die Zulassung soll auf {name}, geboren am {dob}, erfolgen.",
              "Halter wird {name}, geb. {dob}."),
    "holder": ("Inhaber des beigefügten Dokuments ist {name}, geboren am {dob}.",
               "Das beigefügte Dokument lautet auf {name}, geb. am {dob}."),
    "data_follow": ("Die übrigen Angaben entnehmen Sie bitte der folgenden Aufstellung.",
                    "Weitere Daten haben wir nachstehend zusammengestellt."),
}

# --- printing habits ------------------------------------------------------------------------

HAND_DATE_STYLES: Final = ("numeric", "unpadded", "numeric", "word_dot")
AGENCY_DATE_STYLES: Final = ("word_dot", "numeric", "word_dot", "numeric")
EXTRA16_DATE_STYLES: Final = ("numeric", "unpadded", "word_dot")


def format_extra16_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "word_dot":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra16_date(d, s) for s in EXTRA16_DATE_STYLES}


SEX16: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                "X": "ohne Angabe"}
SEX_ORDER16: Final = ("F", "M", "D", "X")
HAND_SEX_MODES: Final = ("choice", "circle", "choice")
AGENCY_SEX_MODES: Final = ("word",)


def sex_printings(code: str) -> set[str]:
    return {SEX16[code]}


HAND_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
AGENCY_NATIONALITY_MODES: Final = ("adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return set(pools.NATIONALITIES[code])


# purposes: (handwritten option, agency wording)
PURPOSE16: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium / Hochschule", "Aufnahme eines Hochschulstudiums in Deutschland"),
    "employment": ("Arbeit, Beruf", "Aufnahme einer Erwerbstätigkeit"),
    "family": ("zu meiner Familie", "Nachzug zu den hier lebenden Angehörigen"),
    "humanitarian": ("Schutzsuche (humanitär)", "dringende humanitäre Gründe"),
    "other": ("andere Gründe", "ein sonstiger Zweck"),
}
PURPOSE_ORDER16: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (handwritten option, agency wording)
DWELLING16: Final[dict[str, tuple[str, str]]] = {
    "main": ("einzige bzw. Hauptwohnung", "Hauptwohnsitz"),
    "secondary": ("zusätzliche Wohnung (Nebenwohnung)", "Nebenwohnsitz"),
}
DWELLING_ORDER16: Final = ("main", "secondary")
# document kinds: (handwritten option, agency wording)
ID_KINDS16: Final = {"P": ("Reisepass", "Kopie des Reisepasses"),
                     "I": ("Personalausweis / ID-Karte", "Kopie der Ausweiskarte")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "Reisepass", "Hauptwohnsitz",
    "Nebenwohnsitz",
})


class Extra16Wording(Wording):
    """Captions (handwritten) or block keys (agency), headings, furniture and titles from the
    twentieth pool, chosen once per document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.hand = layout == "handwritten"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)  # section headings follow one scheme per document

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (HAND_LABELS if self.hand else AGENCY_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        options = (HAND_SECTIONS if self.hand else AGENCY_SECTIONS)[key]
        return options[min(self._scheme, len(options) - 1)]

    def word(self, key: str) -> str:
        table = HAND_WORDS if self.hand else AGENCY_WORDS
        return self._once("w:", key, table[key] if key in table else LETTER_WORDS[key])

    def sentence(self, key: str) -> str:
        return self._once("t:", key, SENTENCES[key])

    def title(self, doc_type: str) -> str:
        options = (HAND_TITLES if self.hand else AGENCY_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra16Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra16_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value."""
    return [s for pool in (HAND_LABELS, AGENCY_LABELS) for options in pool.values()
            for s in options]


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool."""
    pools_ = (HAND_LABELS, HAND_SECTIONS, HAND_TITLES, HAND_WORDS, AGENCY_LABELS,
              AGENCY_SECTIONS, AGENCY_TITLES, AGENCY_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for options in PURPOSE16.values() for s in options]
    out += [s for options in DWELLING16.values() for s in options]
    out += [s for pair in ID_KINDS16.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
