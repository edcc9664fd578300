"""The twenty-second wording pool and the printing habits of the eighteenth extra pair of layouts.

``SLIP_LABELS``, ``SLIP_SECTIONS``, ``SLIP_TITLES`` and ``SLIP_WORDS`` belong to the ``receipt``
layout (a narrow confirmation slip from a service-centre terminal); ``BOX_CAPTIONS``,
``BOX_SECTIONS``, ``BOX_TITLES`` and ``BOX_WORDS`` to the ``pairs`` layout (a mosaic of stacked
caption and value boxes). Both are used only by the layouts in ``EXTRA18_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra18``, nor tune on those layouts' failures. None of the label
strings repeats a string of the twenty-one other pools, nor any string literal of the older
modules of ``samples``, not even up to case, punctuation or spacing (a test checks this), except
where German has only one usual word (``SHARED_WORDS``).

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

# --- receipt: a terminal's confirmation slip -----------------------------------------------------

SLIP_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("KD-ZUNAME", "ZUNAME LT. ERFASSG", "NAME KUNDE/IN"),
    "given_names": ("KD-VORNAMEN", "VORNAMEN ERFASST", "RUFNAME+WEITERE"),
    "birth_name": ("KD-GEB.NAME", "NAME BEI GEBURT ERF", "GEB.NAME ERFASST"),
    "date_of_birth": ("KD-GEB.TAG", "GEBURTSTAG ERF", "GEB.TAG KUNDE"),
    "place_of_birth": ("KD-GEB.ORT", "GEBURTSORT ERF", "GEB.ORT KUNDE"),
    "sex": ("KD-GESCHL", "GESCHLECHT ERF", "G-EINTRAG KD"),
    "nationality": ("KD-STAATSANG", "STAATSANG ERF", "STAATSZUGEH. KD"),
    "move_in_date": ("EINZUG ERFOLGT", "BEZUGSTAG WHG", "ERF.EINZUG"),
    "street": ("STR. ZUZUG", "ZUZUG-STRASSE", "ERF.STRASSE"),
    "house_number": ("HNR ZUZUG", "ZUZUG-HAUSNR", "ERF.HNR"),
    "postal_code": ("PLZ", "PLZ ZUZUG", "ERF.PLZ"),
    "city": ("ORT ZUZUG", "ZUZUG-GEMEINDE", "ERF.ORT"),
    "street_line": ("ADR ZUZUG", "ZUZUG-ANSCHRIFT", "ERF.STR/HNR"),
    "city_line": ("PLZ/ORT ZUZUG", "ZUZUG-PLZ/ORT", "ERF.PLZ/ORT"),
    "previous_address": ("ADR WEGZUG", "WEGZUG-ANSCHRIFT", "BISH. WOHNSITZ"),
    "dwelling": ("WHG-STATUS ERF", "ART DER WHG ERF", "WOHNUNGSTYP"),
    "landlord_name": ("WHG-GEBER NAME", "EIGENTUEMER/VERW", "ERF.WHGGEBER"),
    "landlord_address": ("WHG-GEBER ADR", "ANSCHR EIGENT/VERW", "ERF.WHGGEBER-ADR"),
    "tenant": ("EINZIEHENDE/R", "MITBEWOHNER NEU", "PERS. EINZUG"),
    "mother_name": ("ELTERNT. MUTTER", "NAME MUTTER ERF", "ERF.MUTTER"),
    "father_name": ("ELTERNT. VATER", "NAME VATER ERF", "ERF.VATER"),
    "registry_office": ("STANDESAMT ERF", "BEURK. AMT", "ERF.STDAMT"),
    "register_number": ("REGISTER-NR ERF", "EINTRAG-NR/JAHR", "ERF.REGNR"),
    "issue_date": ("URK. ERSTELLT", "AUSFERT.-TAG", "ERF.AUSFERT"),
    "marriage_date": ("TAG EHESCHL", "HEIRATSTAG ERF", "EHE GESCHL. AM"),
    "marriage_place": ("HEIRATSORT ERF", "EHE GESCHL. IN", "ERF.TRAUORT"),
    "date_of_death": ("STERBETAG ERF", "TODESDAT", "ERF.STERBETAG"),
    "place_of_death": ("STERBEORT ERF", "ERF.STERBEORT", "ORT STERBEF."),
    "make": ("HERSTELLER FZG", "MARKE ERF", "ERF.MARKE"),
    "model": ("FZG-MODELL", "MODELL ERF", "TYP/MODELL FZG"),
    "vin": ("FIN ERFASST", "FAHRZEUG-IDNR", "ERF.FIN"),
    "evb_number": ("EVB ERFASST", "ERF.EVB", "VERS-CODE EVB"),
    "desired_plate": ("WUNSCHKZ ERF", "KZ-RESERVIERUNG", "ERF.WUNSCHKZ"),
    "account_holder": ("KONTOINH. ERF", "INHABER KTO", "ERF.KTOINH"),
    "iban": ("IBAN", "IBAN ERFASST", "ERF.IBAN"),
    "bic": ("BIC", "BIC ERFASST", "ERF.BIC"),
    "passport_number": ("PASS-NR ERF", "ERF.PASSNR", "NR NATIONALPASS"),
    "passport_expiry_date": ("PASS-ABLAUF ERF", "ERF.PASSABLAUF", "ABLAUF REISEPASS"),
    "entry_date": ("EINREISETAG ERF", "ERF.EINREISE", "ANKUNFT DE"),
    "purpose": ("AUFENTH-ZWECK ERF", "GRUND AUFENTH.", "ERF.ZWECK"),
    "doc_kind": ("AUSWEISART ERF", "ERF.DOKART", "DOK-GATTUNG"),
    "doc_code": ("TYPCODE DOK", "CODE (DOK)", "ERF.DOKCODE"),
    "doc_number": ("DOK-NR ERF", "AUSWEIS-NUMMER", "DOKUMENTNR"),
    "issuing_state": ("AUSST.-STAAT ERF", "AUSGABESTAAT", "ERF.AUSSTSTAAT"),
    "expiry_date": ("DOK GUELTIG BIS", "ERF.GUELTIG", "GUELTIGKEIT BIS"),
    "zone": ("MRZ-ZEILEN (GELESEN)", "LESEZONE ERFASST", "MRZ-SCAN"),
}

SLIP_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("ANTRAGST. DATEN", "DATEN PERSON", "ERF. PERSON"),
    "dwelling": ("NEUE WOHNUNG ERF", "ZUZUG DATEN", ">> ZUZUG"),
    "previous": ("ALTE WOHNUNG ERF", "WEGZUG DATEN", "ERF. WEGZUG"),
    "landlord": ("DATEN VERMIETER", "WHG-GEBER DATEN"),
    "flat": ("DATEN OBJEKT", "OBJEKT ERFASST", "ERF. OBJEKT"),
    "tenants": ("EINZIEHENDE PERS.", "PERS. IM OBJEKT", ">> EINZIEHENDE"),
    "child": ("KIND ERFASST", "ERF. KIND"),
    "parents": ("ELTERN ERFASST", "ERF. ELTERN"),
    "register": ("DATEN REGISTER", "REGISTER ERFASST", "ERF. REGISTER"),
    "spouse1": ("PERSON A (EHE)", "ERF. EHEGATTE A"),
    "spouse2": ("PERSON B (EHE)", "ERF. EHEGATTE B"),
    "marriage": ("DATEN EHESCHL.", "EHESCHL. ERFASST", "ERF. EHESCHL."),
    "deceased": ("DATEN VERSTORB.", "VERSTORB. ERFASST", "ERF. VERSTORB."),
    "death": ("STERBEFALL ERF", "ERF. STERBEFALL"),
    "holder": ("DATEN HALTER/IN", "HALTER ERFASST", "ERF. HALTER"),
    "vehicle": ("FZG ERFASST", "ERF. FAHRZEUG"),
    "sepa": ("KTO ERFASST", ">> LASTSCHRIFT", "ERF. LASTSCHRIFT"),
    "passport": ("DATEN PASS/EINR.", "PASS ERFASST", "ERF. PASS"),
    "stay": ("DATEN AUFENTH.", "AUFENTH. ERFASST", "ERF. AUFENTH."),
    "residence": ("DATEN WHG INLAND", "WHG ERFASST", "ERF. WHG INLAND"),
    "document": ("DATEN DOKUMENT", "DOK ERFASST", "ERF. DOKUMENT"),
    "holder_id": ("DATEN INHABER/IN", "INHABER ERFASST", "ERF. INHABER"),
}

SLIP_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("QUITTUNG WOHNSITZMELDUNG", "BELEG MELDUNG ZUZUG", "EINGANGSBELEG ANMELDUNG"),
    "wohnungsgeberbestaetigung": (
        "BELEG WHG-GEBER-ERKL.", "QUITTUNG VERMIETERERKL.", "EINGANGSBELEG WHG-GEBER",
    ),
    "geburtsurkunde": ("BELEG URKUNDE GEBURT", "QUITTUNG GEBURTSURK.", "AUSGABEBELEG GEBURTSURK"),
    "eheurkunde": ("BELEG URKUNDE EHE", "QUITTUNG EHEURK.", "AUSGABEBELEG EHEURK"),
    "sterbeurkunde": ("BELEG URKUNDE STERBEFALL", "QUITTUNG STERBEURK.", "AUSGABEBELEG STERBEURK"),
    "antrag_zulassung": (
        "BELEG KFZ-ZULASSUNG", "QUITTUNG ZULASSUNGSANTR.", "EINGANGSBELEG ZULASSUNG",
    ),
    "aufenthaltstitel_antrag": (
        "BELEG ANTRAG AUFENTH.", "QUITTUNG AUFENTHALTSANTR.", "EINGANGSBELEG AUFENTH",
    ),
    "identity_document": (
        "BELEG DOKUMENTPRUEFUNG", "QUITTUNG AUSWEISERFASSUNG", "PRUEFBELEG AUSWEISDOK",
    ),
}

SLIP_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "txn": ("TRANSAKT.", "BELEG#", "VORG.-ID"),
    "terminal": ("GERAET#", "KASSE/TERM", "TERM."),
    "cashier": ("BEDIENER#", "MA-KENNUNG", "PLATZ/MA"),
    "stamp": ("ZEITSTEMPEL", "ERST. AM/UM", "DRUCK AM/UM"),
    "fee": ("GEBUEHR EUR", "ZU ZAHLEN EUR", "BETRAG EUR"),
    "paid": ("BEZAHLT: EC-KARTE", "BEZAHLT BAR", "ZAHLART GIROCARD"),
    "thanks": (
        "DANKE - BELEG AUFBEWAHREN", "BITTE BELEG AUFBEWAHREN", "BELEG SORGFAELTIG AUFHEBEN",
    ),
    "keep": (
        "DIESER BELEG IST KEIN BESCHEID", "BELEG GILT NUR MIT VORGANGS#", "KEIN AMTL. BESCHEID",
    ),
    "cont": ("*** FORTS. BLATT 2 ***", "--- FOLGEBELEG ---", "FORTSETZUNG BELEG"),
    "end": ("*** ENDE BELEG ***", "--- BELEGENDE ---", "=== ENDE ==="),
    "copy": ("KUNDENEXEMPLAR", "DUPLIKAT KUNDE", "EXEMPLAR KUNDE/IN"),
    "unit": ("BUERGERSERVICE-TERMINAL", "SERVICECENTER-KASSE", "KUNDENZENTRUM"),
}

# --- pairs: a mosaic of stacked caption and value boxes ------------------------------------------

BOX_CAPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name, wie geführt", "derzeit geführter Name", "Name (Familie) heute"),
    "given_names": (
        "alle Vornamen lt. Register", "sämtliche Vornamen (alle)", "Vornamen, alle genannt",
    ),
    "birth_name": ("früher geführter Name", "Geburtsname lt. Urk.", "Name, unter dem geboren"),
    "date_of_birth": ("geboren (Tag)", "Geburtsdatum lt. Pass", "Tag, an dem geboren"),
    "place_of_birth": ("Ort der Geburt lt. Urk.", "Geburtsgemeinde/-land", "Ort, an dem geboren"),
    "sex": ("Eintrag Geschlecht", "Geschlecht, eingetragen", "Geschlecht (Eintrag im Reg.)"),
    "nationality": ("jetzige Staatsangeh.", "Nationalität (aktuell)", "Staatsangeh., die besteht"),
    "move_in_date": ("Tag, an dem bezogen", "bezogen ab (Tag)", "Einzugstag in die Wohnung"),
    "street": ("Straßenname (neue Whg.)", "Straße, in die gezogen", "Straße ohne Nummer (neu)"),
    "house_number": ("Nr. am Haus", "Hausnr. (neue Whg.)", "Nr./Buchst. am Haus"),
    "postal_code": ("PLZ", "Postleitzahl", "PLZ der Wohnung"),
    "city": ("Gemeinde (neue Whg.)", "Ort, in den gezogen", "Ort, Gemeindeteil"),
    "street_line": (
        "Straße und Haus-Nr.", "Wohnanschrift (Str., Nr.)", "Straße/Nr. der neuen Whg.",
    ),
    "city_line": ("Postleitzahl, Ort der Whg.", "PLZ/Gemeinde der neuen Whg."),
    "previous_address": (
        "bisher gewohnt in", "letzte Wohnung (Adr.)", "Anschrift, aus der weggezogen",
    ),
    "dwelling": (
        "Art der Wohnung (Status)", "Wohnungsstatus lt. Angabe", "Status der bezogenen Whg.",
    ),
    "landlord_name": ("überlassen durch", "Name Eigentümer/Verwalter", "Überlassende/r (Name)"),
    "landlord_address": (
        "erreichbar unter (Anschrift)", "Adresse Eigentümer/Verw.",
        "Anschrift der überlassenden Pers.",
    ),
    "tenant": ("Name der einziehenden Pers.", "Bewohner/in (neu)", "neu eingezogen (Name)"),
    "mother_name": (
        "Mutter, Vor- und Nachname", "Name des Elternteils (Mutter)", "Mutter (voller Name)",
    ),
    "father_name": (
        "Vater, Vor- und Nachname", "Name des Elternteils (Vater)", "Vater (voller Name)",
    ),
    "registry_office": (
        "Standesamt (Eintrag)", "Standesamt, das beurkundet", "Beurkundung durch (Amt)",
    ),
    "register_number": ("Eintragsnummer lt. Reg.", "Nr. des Eintrags/Jahr"),
    "issue_date": ("ausgefertigt (Tag)", "Ausfertigung vom (Tag)", "Tag der Urkundenausstellung"),
    "marriage_date": ("getraut am (Tag)", "Ehe geschlossen (Datum)", "Trauung (Tag)"),
    "marriage_place": ("getraut in (Gemeinde)", "Ehe geschlossen (Ort)", "Trauung (Ort)"),
    "date_of_death": ("verstorben (Tag)", "Ableben (Tag)", "Tag, an dem verstorben"),
    "place_of_death": ("Sterbeort lt. Anzeige", "Ableben (Ort)", "Ort, an dem verstorben"),
    "make": ("Marke/Fabrikat des Kfz", "Kfz-Hersteller (Marke)", "Fabrikat lt. Zulassungsbesch."),
    "model": ("Handelsname/Typ", "Modell des Kfz", "Typbezeichnung lt. ZB I"),
    "vin": ("Ident-Nr. des Kfz", "Fahrzeug-Ident. (FIN, 17 Z.)", "FIN lt. ZB I"),
    "evb_number": ("eVB-Code der Vers.", "eVB-Nummer (7 Z.)"),
    "desired_plate": ("Kennzeichen lt. Reservierung", "Wunschzeichen (res.)"),
    "account_holder": ("Zahlungspfl. (Konto)", "Name auf dem Konto"),
    "iban": ("IBAN", "IBAN (Konto Kfz-Steuer)", "IBAN für Lastschrift"),
    "bic": ("BIC", "BIC des Instituts", "BIC (Bank)"),
    "passport_number": ("Nationalpass-Nr.", "Nr. im Nationalpass"),
    "passport_expiry_date": ("Ablauf Nationalpass", "Nationalpass gilt bis"),
    "entry_date": ("eingereist am (Tag)", "Tag der Ankunft in DE", "Einreise nach DE (Tag)"),
    "purpose": ("Zweckangabe (Aufenthalt)", "Zweck, beantragt", "Aufenthalt beantragt zum"),
    "doc_kind": ("Art des vorgelegten Dok.", "vorgelegt wurde", "Dok.-Art (vorgelegt)"),
    "doc_code": ("Code lt. Zone", "Dokumentcode (2 Z.)", "Typ-Code (MRZ)"),
    "doc_number": ("Nr. des Dokuments", "Dokumentnummer lt. Zone", "Seriennr. (Dok.)"),
    "issuing_state": (
        "Staat, der ausstellt", "Ausgabestaat (3 Z.)", "ausstellender Staat (Kürzel)",
    ),
    "expiry_date": ("Dokument gilt bis", "Ablauf des Dokuments", "gültig (bis Tag)"),
    "zone": (
        "maschinenlesbare Zone (vollständig)", "Zeilen der Lesezone", "Lesezone, abgeschrieben",
    ),
}

BOX_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Person (Meldepflichtige/r)", "wer sich meldet", "meldende Person – Angaben"),
    "dwelling": (
        "Wohnung, in die gezogen wurde", "neu bezogene Wohnung", "Zuzugswohnung (Angaben)",
    ),
    "previous": ("Wohnung vor dem Zuzug", "bisherige Whg. (Angaben)", "Wegzugswohnung"),
    "landlord": ("überlassende Person", "wer überlässt"),
    "flat": ("überlassene Wohnung", "Wohnung (Objekt)", "Objekt, das überlassen wird"),
    "tenants": ("Personen, die einzogen", "neue Bewohner/innen"),
    "child": ("Angaben zum geborenen Kind",),
    "parents": ("Mutter (1) und Vater (2)", "Eltern des Kindes (1/2)", "Elternteile 1 und 2"),
    "register": ("Angaben zum Eintrag", "Beurkundung (Angaben)"),
    "spouses": ("Eheleute (1) und (2)", "die Eheschließenden", "Ehegatten 1 und 2"),
    "marriage": ("Trauung – Angaben",),
    "deceased": ("Angaben Verstorbene/r",),
    "death": ("Tod (Zeit, Ort)", "Sterbefall – Angaben"),
    "holder": ("Halter/in des Kfz", "wer das Kfz hält"),
    "vehicle": ("Kfz-Angaben",),
    "sepa": ("Lastschrift Kfz-Steuer", "Konto (Kfz-Steuer-Lastschrift)", "Einzug Kfz-Steuer"),
    "passport": ("Nationalpass, Einreise",),
    "stay": ("Aufenthalt, beantragt", "Aufenthaltszweck – Angaben"),
    "residence": ("Wohnung im Inland", "Inlandsanschrift (Angaben)", "Wohnung in DE"),
    "document": ("Dokument (Angaben)", "zum Dokument", "vorgelegtes Dok. – Angaben"),
    "holder_id": ("Inhaber/in lt. Dokument", "Person lt. Dokument", "zur Person (lt. Dok.)"),
    "zone": ("Lesezone", "abgeschriebene Zone", "Zone (abgeschrieben)"),
}

BOX_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Meldeschein – Einzug in eine Wohnung", "Erfassungsbogen Wohnsitzmeldung",
        "Angabenbogen Zuzug",
    ),
    "wohnungsgeberbestaetigung": (
        "Erklärung der überlassenden Person (Wohnung)", "Erfassungsbogen Wohnungsgebererklärung",
        "Angabenbogen Wohnungsgeber",
    ),
    "geburtsurkunde": (
        "Geburt – Urkunde aus dem Register", "Erfassungsbogen Geburtsurkunde",
        "Angabenbogen Geburt",
    ),
    "eheurkunde": (
        "Ehe – Urkunde aus dem Register", "Erfassungsbogen Eheurkunde", "Angabenbogen Ehe",
    ),
    "sterbeurkunde": (
        "Sterbefall – Urkunde aus dem Register", "Erfassungsbogen Sterbeurkunde",
        "Angabenbogen Sterbefall",
    ),
    "antrag_zulassung": (
        "Zulassung eines Kfz – Erfassungsbogen", "Kfz-Zulassung: Angabenbogen",
        "Angabenbogen Zulassung",
    ),
    "aufenthaltstitel_antrag": (
        "Aufenthalt – Erfassungsbogen zum Antrag", "Antrag Aufenthalt: Angabenbogen",
        "Angabenbogen Aufenthalt",
    ),
    "identity_document": (
        "Dokumentenerfassung (Pass/Ausweis)", "Erfassungsbogen Ausweisdokument",
        "Angabenbogen Dokument",
    ),
}

BOX_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "office": ("Vermerke der Dienststelle", "amtlich – nicht ausfüllen", "Feld der Dienststelle"),
    "fee": ("Gebühr (EUR) erhoben", "Verwaltungsgebühr EUR", "Gebühr bezahlt (EUR)"),
    "case": ("Az. der Dienststelle", "Az. (intern)"),
    "signature": (
        "Unterschrift Sachbearbeitung", "Handzeichen Bearbeiter/in", "Zeichen der Bearbeitung",
    ),
    "legend": (
        "Ziffer/Buchstabe im Eck = Person", "Kennung im Eck ordnet der Person zu",
        "Eckkennung = Person",
    ),
    "cont": ("Bogen 2 – Fortsetzung", "Fortsetzungsbogen", "Folgebogen (2)"),
    "page": ("Bogen", "Bogennummer"),
}

# --- values ---------------------------------------------------------------------------------

SEX_WORDS18: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTERS18: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
# purposes: (slip wording, box wording)
PURPOSE18: Final[dict[str, tuple[str, str]]] = {
    "study": ("HOCHSCHULSTUDIUM (ZWECK)", "Studienaufenthalt (Hochschule)"),
    "employment": ("ERWERBSTAETIGKEIT (ZWECK)", "Erwerbsaufenthalt (Arbeit)"),
    "family": ("FAMILIAERER ZWECK", "Familienaufenthalt (Nachzug)"),
    "humanitarian": ("HUMANITAERER ZWECK", "Schutzaufenthalt (humanitär)"),
    "other": ("ANDERER ZWECK (SONST.)", "sonstiger Aufenthaltszweck (andere)"),
}
# dwellings: (slip wording, box wording)
DWELLING18: Final[dict[str, tuple[str, str]]] = {
    "main": ("HAUPTWHG (ALLEIN)", "Hauptwohnsitz (alleinig/haupt)"),
    "secondary": ("NEBENWHG (ZUSAETZL.)", "Nebenwohnsitz (weitere Whg.)"),
}
# document kinds: (slip wording, box wording)
ID_KINDS18: Final = {"P": ("PASS (BUCHFORM)", "Passbuch (Reisepass)"),
                     "I": ("ID-KARTE (KARTENFORM)", "Ausweis in Kartenform")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X",
})

# --- dates ------------------------------------------------------------------------------------

SLIP_DATE_STYLES: Final = ("numeric", "compact", "ymd", "dash", "numeric", "slash")
BOX_DATE_STYLES: Final = ("numeric", "spaced", "long", "iso", "numeric")
EXTRA18_DATE_STYLES: Final = ("numeric", "compact", "ymd", "dash", "slash", "spaced", "long",
                              "iso")


def format_extra18_date(d: date, style: str) -> str:
    if style == "compact":  # "04031987"
        return f"{d.day:02d}{d.month:02d}{d.year}"
    if style == "ymd":  # "19870304"
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "dash":  # "04-03-1987"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":  # "04/03/1987"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "spaced":  # "04 03 1987"
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra18_date(d, s) for s in EXTRA18_DATE_STYLES}


SLIP_SEX_MODES: Final = ("word", "letter", "word")
BOX_SEX_MODES: Final = ("word", "letter")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS18[code], SEX_WORDS18[code].upper(), SEX_LETTERS18[code]}


SLIP_NATIONALITY_MODES: Final = ("code", "country", "adjective")
BOX_NATIONALITY_MODES: Final = ("adjective", "country", "code")


def nationality_word(code: str, mode: str, upper: bool = False) -> str:
    adjective, country = pools.NATIONALITIES[code]
    word = code if mode == "code" else country if mode == "country" else adjective
    return word.upper() if upper else word


def nationality_printings(code: str) -> set[str]:
    words = {*pools.NATIONALITIES[code], code}
    return words | {w.upper() for w in words}


# --- the wording object -----------------------------------------------------------------------


class Extra18Wording(Wording):
    """Slip labels (receipt) or box captions (pairs), headings, titles and furniture from the
    twenty-second pool, chosen once per document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.slip = layout == "receipt"
        self._other: dict[str, str] = {}

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (SLIP_LABELS if self.slip else BOX_CAPTIONS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        return self._once("s:", key, (SLIP_SECTIONS if self.slip else BOX_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (SLIP_WORDS if self.slip else BOX_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (SLIP_TITLES if self.slip else BOX_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra18Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra18_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (slip labels and box captions)."""
    return [s for pool in (SLIP_LABELS, BOX_CAPTIONS) for options in pool.values()
            for s in options]


def all_label_strings() -> list[str]:
    """Every label, heading, caption, title and furniture word of this pool."""
    pools_ = (SLIP_LABELS, SLIP_SECTIONS, SLIP_TITLES, SLIP_WORDS, BOX_CAPTIONS, BOX_SECTIONS,
              BOX_TITLES, BOX_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for options in PURPOSE18.values() for s in options]
    out += [s for options in DWELLING18.values() for s in options]
    out += [s for pair in ID_KINDS18.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
