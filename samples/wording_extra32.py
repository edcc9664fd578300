"""The thirty-sixth wording pool and the printing habits of the thirty-second extra pair.

``SPELLED_LABELS`` (the labels of civil-registry and office forms that write dates, times and
some other numbers out in German words), ``SPELLED_HEADS``, ``SPELLED_TITLES``,
``SPELLED_PROSE`` (the sentences of certificates in prose, with gaps for the values) and
``SPELLED_WORDS`` (office, file number, certification, fee, signature and page furniture) belong
to the ``spelled`` layout; ``TYPESET_LABELS`` (labels set in small capitals, italics or roman),
``TYPESET_MARGINS`` (the marginal notes that name a field beside the paragraph),
``TYPESET_NOTES`` (footnotes to a label), ``TYPESET_HEADS``, ``TYPESET_TITLES``,
``TYPESET_PROSE`` and ``TYPESET_WORDS`` (running heads, colophon, declarations) to the
``typeset`` layout. Both are used only by the layouts in ``EXTRA32_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra32``, nor tune on those layouts' failures. None of the strings
repeats a string of the thirty-five other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this).

The module also spells numbers, dates and times in German words (``cardinal``, ``ordinal``,
``year_words``, ``spell_date``, ``time_words``). The ground truth stays the catalog's normalised
value. Every string stays inside Windows-1252; the typeset layout turns ``fi``, ``fl``, ``ff``,
``ffi`` and ``ffl`` into the Unicode ligature characters only when it draws them, and only in a
face that has those glyphs.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording

NBSP: Final = "\u00a0"

# --- numbers in words ----------------------------------------------------------------------------

_ONES: Final = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
                "achtzehn", "neunzehn")
_TENS: Final = {2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig",
                7: "siebzig", 8: "achtzig", 9: "neunzig"}
_ORDINAL_STEMS: Final = {1: "erst", 3: "dritt", 7: "siebt", 8: "acht"}
_ONE: Final = _ONES[1][:3]  # "ein" before "und", "hundert", "tausend" and "Uhr"


def cardinal(n: int, final: bool = True) -> str:
    """``n`` (0 to 999999) in German words: ``1980`` is ``eintausendneunhundertachtzig``;
    ``final`` says whether a trailing one is ``eins`` (alone, or at the end of a number)."""
    if n < 20:
        return (_ONES[1] if final else _ONE) if n == 1 else _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        if not ones:
            return _TENS[tens]
        return (_ONE if ones == 1 else _ONES[ones]) + "und" + _TENS[tens]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _ONE if hundreds == 1 else _ONES[hundreds]
        return head + "hundert" + (cardinal(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    head = _ONE if thousands == 1 else cardinal(thousands, False)
    return head + "tausend" + (cardinal(rest) if rest else "")


def ordinal(n: int, ending: str = "e") -> str:
    """The ordinal of a day (1 to 31) with its ending: ``ordinal(3, "en")`` is ``dritten``."""
    stem = _ORDINAL_STEMS.get(n)
    if stem is None:
        stem = cardinal(n) + ("t" if n < 20 else "st")
    return stem + ending


def year_words(year: int, kilo: bool = False) -> str:
    """``1980`` as ``neunzehnhundertachtzig`` (or, ``kilo``, ``eintausendneunhundertachtzig``);
    years from 2000 on are always said in thousands."""
    if kilo or year >= 2000 or year < 1100:
        return cardinal(year)
    hundreds, rest = divmod(year, 100)
    return cardinal(hundreds, False) + "hundert" + (cardinal(rest) if rest else "")


def time_words(hhmm: str, style: str = "short") -> str:
    """A time of day in words: ``14:30`` is ``vierzehn Uhr dreißig`` (``short``), ``vierzehn Uhr
    dreißig Minuten`` (``minutes``) or ``vierzehn Uhr und dreißig Minuten`` (``and``)."""
    hh, mm = (int(x) for x in hhmm.split(":"))
    hour = _ONE if hh == 1 else cardinal(hh)
    if not mm:
        return f"{hour} Uhr"
    minute = cardinal(mm)
    unit = "Minute" + ("" if mm == 1 else "n")
    if style == "minutes":
        return f"{hour} Uhr {minute} {unit}"
    if style == "and":
        return f"{hour} Uhr und {minute} {unit}"
    return f"{hour} Uhr {minute}"


def amount_words(n: int) -> str:
    return cardinal(n)


# --- dates ----------------------------------------------------------------------------------------

ROMAN_MONTHS: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MONTH_ABBR32: Final = ("Jan.", "Febr.", "Mrz.", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                       "Okt.", "Nov.", "Dez.")
WEEKDAYS32: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag")

#: how the spelled layout writes a date (one main style per document, some fields mixed)
SPELLED_DATE_STYLES: Final = ("words", "digits_words", "day_bracket", "words", "day_word",
                              "roman", "abbr", "words_kilo", "digits_inwords", "roman_tight")
#: the styles a certificate in prose writes its dates in
SPELLED_WORD_STYLES: Final = ("words", "words", "words_kilo", "day_bracket", "digits_words")
#: how the typeset layout writes a date
TYPESET_DATE_STYLES: Final = ("long", "long_nbsp", "numeric", "long", "long_nbsp", "weekday",
                              "long_zero")
EXTRA32_DATE_STYLES: Final = tuple(dict.fromkeys(
    SPELLED_DATE_STYLES + TYPESET_DATE_STYLES + ("year_first",)))
#: ``er`` after a label (``dritter März``), ``en`` after ``am`` / ``den`` (``dritten März``)
ENDINGS: Final = ("er", "en")


def words_date(d: date, ending: str = "er", kilo: bool = False) -> str:
    """``dritter März neunzehnhundertachtzig``."""
    return f"{ordinal(d.day, ending)} {MONTHS[d.month - 1]} {year_words(d.year, kilo)}"


def spell_date(d: date, style: str, ending: str = "er") -> str:
    """``d`` as a document of this pair prints it; ``ending`` inflects the ordinal day of the
    word styles (``er`` after a label, ``en`` after ``am`` or ``den``)."""
    month = MONTHS[d.month - 1]
    if style == "words":
        return words_date(d, ending)
    if style == "words_kilo":
        return words_date(d, ending, True)
    if style == "digits_words":
        return f"{d.day:02d}.{d.month:02d}.{d.year} ({words_date(d, ending)})"
    if style == "digits_inwords":
        return f"{d.day:02d}.{d.month:02d}.{d.year} (in Worten: {words_date(d, ending)})"
    if style == "day_bracket":
        return f"{d.day}. ({ordinal(d.day, ending)}) {month} {d.year}"
    if style == "day_word":
        return f"{ordinal(d.day, ending)} {month} {d.year}"
    if style == "roman":
        return f"{d.day}. {ROMAN_MONTHS[d.month - 1]}. {d.year}"
    if style == "roman_tight":
        return f"{d.day:02d}.{ROMAN_MONTHS[d.month - 1]}.{d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTH_ABBR32[d.month - 1]} {d.year}"
    if style == "year_first":  # Zweitausendzwölf, am neunten Juli
        year = year_words(d.year)
        return f"{year[:1].upper()}{year[1:]}, am {ordinal(d.day, 'en')} {month}"
    if style == "long":
        return f"{d.day}. {month} {d.year}"
    if style == "long_nbsp":
        return f"{d.day}.{NBSP}{month}{NBSP}{d.year}"
    if style == "long_zero":
        return f"{d.day:02d}. {month} {d.year}"
    if style == "weekday":
        return f"{WEEKDAYS32[d.weekday()]}, den {d.day}. {month} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair may print ``d``."""
    return {spell_date(d, s, e) for s in EXTRA32_DATE_STYLES for e in ENDINGS}


def is_spelled(text: str) -> bool:
    """Whether a printed date says its day or its year in words."""
    return bool(re.search(r"(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|"
                          r"zwölft|zigst|ßigst)e[nr]\b|hundert|tausend", text))


# --- sex, nationality, choices --------------------------------------------------------------------

SEX_ORDER32: Final = ("F", "M", "D", "X")
#: how an older certificate says a child's sex in its sentence (only girls and boys)
SEX_CHILD32: Final[dict[str, str]] = {"F": "ein Mädchen", "M": "ein Knabe"}
#: an older office's abbreviation (divers and not stated are written out)
SEX_ABBR32: Final[dict[str, str]] = {"F": "weibl. Geschlecht", "M": "männl. Geschlecht"}

SPELLED_SEX_MODES: Final = ("word", "choice", "abbr", "word")
TYPESET_SEX_MODES: Final = ("word", "choice", "word")


def sex_word(code: str, mode: str) -> str:
    if mode == "abbr":
        return SEX_ABBR32.get(code, SEX_WORDS[code])
    if mode == "child":
        return SEX_CHILD32.get(code, SEX_WORDS[code])
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_CHILD32.get(code, SEX_WORDS[code]),
            SEX_ABBR32.get(code, SEX_WORDS[code])}


SPELLED_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
TYPESET_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    """The adjective, the country, or (``prose``) the adjective inflected as in ``besitzt die
    deutsche Staatsangehörigkeit``."""
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "prose":
        return adjective + "e"
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, adjective + "e"}


PURPOSE_ORDER32: Final = ("study", "employment", "family", "humanitarian", "other")
#: (spelled, typeset)
PURPOSE32: Final[dict[str, tuple[str, str]]] = {
    "study": ("zum Zwecke des Studiums an einer Hochschule",
              "Studium (Hochschule, Studienkolleg)"),
    "employment": ("zum Zwecke der Beschäftigung als Arbeitnehmer",
                   "Erwerbstätigkeit (Beschäftigung, Selbständigkeit)"),
    "family": ("zum Zwecke des Nachzugs zur Familie",
               "Familiennachzug (Ehegatte, Kinder, Eltern)"),
    "humanitarian": ("aus völkerrechtlichen, humanitären oder politischen Gründen",
                     "Aufenthalt aus humanitären Gründen (Schutz)"),
    "other": ("zu einem anderen, nicht genannten Zweck",
              "ein sonstiger, gesondert erläuterter Zweck"),
}
DWELLING_ORDER32: Final = ("main", "secondary")
DWELLING32: Final[dict[str, tuple[str, str]]] = {
    "main": ("alleinige Wohnung bzw. Hauptwohnung des Meldepflichtigen",
             "Hauptwohnung – die vorwiegend benutzte Wohnung"),
    "secondary": ("weitere Wohnung des Meldepflichtigen (Nebenwohnung)",
                  "Nebenwohnung – eine weitere, nicht vorwiegend benutzte Wohnung"),
}
ROLE32: Final[dict[bool, tuple[str, str]]] = {
    True: ("selbst Eigentümer der Wohnung", "Eigentümer, selbst vermietend"),
    False: ("vom Eigentümer mit der Vermietung beauftragt",
            "Beauftragter, im Namen des Eigentümers"),
}
ID_KINDS32: Final[dict[str, tuple[str, str]]] = {
    "P": ("Nationalpaß, Datenseite abgeschrieben", "Reisepass · Datenseite mit Lesezone"),
    "I": ("Personalausweis (Karte)", "Ausweiskarte · Vorder- und Rückseite mit Lesezone"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE32[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING32[code]


# --- spelled: office and civil-registry print with numbers in words ------------------------------

#: per field: three labels of a form or certificate that writes numbers out
SPELLED_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Zuname (Familienname) nach dem Familienbuch",
                    "Familienname lt. Personenstandsbuch",
                    "Familienname – in Druckbuchstaben –"),
    "given_names": ("Vornamen (sämtliche, Rufname unterstrichen)",
                    "Vornamen lt. Personenstandsbuch",
                    "Vornamen – in Druckbuchstaben –"),
    "birth_name": ("Geburtsname (Familienname vor der Ehe)", "Geburtsname lt. Personenstandsbuch",
                   "Geburtsname – in Druckbuchstaben –"),
    "date_of_birth": ("Geburtstag (Tag und Monat in Worten)", "geboren den (Monat ausgeschrieben)",
                      "Tag, Monat, Jahr der Geburt – ausgeschrieben –"),
    "place_of_birth": ("Geburtsort (Gemeinde, Kreis, ggf. Staat)", "geboren zu (Gemeinde lt. Buch)",
                       "Ort der Geburt – in Druckbuchstaben –"),
    "sex": ("Geschlecht (männl./weibl./div./o. A.)", "Geschlechtseintrag lt. Personenstandsbuch",
            "Geschlecht – ausgeschrieben –"),
    "nationality": ("Staatsangehörigkeit(en) lt. Heimatpaß",
                    "Staatszugehörigkeit (Land oder Eigenschaftswort)",
                    "Staatsangehörigkeit – ausgeschrieben –"),
    "marital": ("Familienstand (led./verh./verw./gesch.)", "Personenstand zur Zeit der Meldung",
                "Familienstand – ausgeschrieben –"),
    "move_in_date": ("Einzugstag (Tag und Monat in Worten)",
                     "eingezogen den (Monat ausgeschrieben)",
                     "Tag des Einzugs – ausgeschrieben –"),
    "street": ("Straße oder Platz (ohne Abkürzung)", "wohnhaft Straße lt. Straßenverzeichnis",
               "Straße – in Druckbuchstaben –"),
    "house_number": ("Haus-Nr. (nur Ziffern, ggf. Buchstabe)", "Hausnummer lt. Straßenverzeichnis",
                     "Hausnummer – in Ziffern –"),
    "postal_code": ("Postleitzahl (fünf Ziffern, nicht ausschreiben)",
                    "Postleitzahl lt. Postleitzahlenbuch", "Postleitzahl – in Ziffern –"),
    "city": ("Gemeinde (ohne Ortsteil, ausgeschrieben)", "wohnhaft in der Gemeinde lt. Verzeichnis",
             "Gemeinde – in Druckbuchstaben –"),
    "street_line": ("Straße/Platz und Haus-Nr. (Nummer in Ziffern)",
                    "wohnhaft Straße und Nummer lt. Verzeichnis",
                    "Straße, Hausnummer – Druckbuchstaben, Ziffern –"),
    "city_line": ("Postleitzahl und Gemeinde (Zahl in Ziffern)",
                  "Postleitzahl und Gemeinde lt. Verzeichnis",
                  "Postleitzahl, Gemeinde – Ziffern, Druckbuchstaben –"),
    "address_line": ("Anschrift (Straße, Haus-Nr., Postleitzahl, Gemeinde)",
                     "wohnhaft lt. Melderegister (vollständig)",
                     "Anschrift – in Druckbuchstaben –"),
    "dwelling": ("Die bezogene Wohnung ist (Zutreffendes ankreuzen)",
                 "Wohnungsstatus lt. Meldegesetz", "Haupt- oder weitere Wohnung – ankreuzen –"),
    "previous_address": ("bisherige Wohnung (Straße, Nr., Postleitzahl, Gemeinde)",
                         "zuletzt gemeldet gewesen lt. Melderegister",
                         "bisherige Anschrift – in Druckbuchstaben –"),
    "phone": ("Fernsprecher (Angabe freiwillig)", "Telefon lt. eigener Angabe (freiwillig)",
              "Rufnummer – freiwillig, in Ziffern –"),
    "landlord_name": ("Wohnungsgeber (Zuname, Vorname bzw. Firma)", "Wohnungsgeber lt. Mietvertrag",
                      "Wohnungsgeber – in Druckbuchstaben –"),
    "landlord_address": ("Anschrift des Wohnungsgebers (Straße, Nr., Gemeinde)",
                         "Wohnungsgeber wohnhaft lt. Mietvertrag",
                         "Anschrift des Wohnungsgebers – Druckbuchstaben –"),
    "role": ("Der Wohnungsgeber ist zugleich (Zutreffendes ankreuzen)",
             "Eigenschaft des Wohnungsgebers lt. Mietvertrag",
             "Eigentümer oder Beauftragter – ankreuzen –"),
    "tenant": ("Vor- und Zuname jeder eingezogenen Person", "eingezogen ist lt. Mietvertrag",
               "eingezogene Person – in Druckbuchstaben –"),
    "vin": ("Fahrzeug-Ident.-Nr. (siebzehn Stellen, einzeln)",
            "Fahrgestellnummer lt. Fahrzeugbrief",
            "Fahrzeug-Identnummer – Ziffern, Buchstaben –"),
    "make": ("Hersteller (Fabrikmarke, ausgeschrieben)", "Fabrikat lt. Fahrzeugbrief",
             "Marke – in Druckbuchstaben –"),
    "model": ("Typ und Ausführung (Handelsname)", "Typ lt. Fahrzeugbrief",
              "Modell – in Druckbuchstaben –"),
    "desired_plate": ("gewünschtes amtl. Kennzeichen (sofern reserviert)",
                      "Kennzeichen lt. Reservierungsbestätigung",
                      "Wunschkennzeichen – in Druckbuchstaben –"),
    "evb_number": ("Versicherungsbestätigung (sieben Zeichen, einzeln)",
                   "eVB-Nummer lt. Versicherungsschein", "eVB-Nummer – Ziffern, Buchstaben –"),
    "account_holder": ("Kontoinhaber (Vor- und Zuname ausgeschrieben)",
                       "Kontoinhaber lt. Kontoauszug",
                       "Kontoinhaber – in Druckbuchstaben –"),
    "iban": ("IBAN (zweiundzwanzig Stellen, ohne Leerstellen)", "IBAN lt. Kontoauszug",
             "IBAN – Ziffern, Buchstaben –"),
    "bic": ("BIC (elf Stellen, einzeln)", "BIC lt. Kontoauszug", "BIC – Ziffern und Buchstaben –"),
    "passport_number": ("Nummer des Nationalpasses (Zeichen einzeln)", "Paßnummer lt. Reisepaß",
                        "Paßnummer – Ziffern, Buchstaben –"),
    "passport_expiry_date": ("Paß gültig bis (Tag und Monat in Worten)",
                             "Gültigkeitsende lt. Reisepaß", "Paß gültig bis – ausgeschrieben –"),
    "entry_date": ("Einreisetag (Tag und Monat in Worten)", "eingereist lt. Einreisestempel",
                   "Tag der Einreise – ausgeschrieben –"),
    "purpose": ("Zweck des Aufenthalts (Zutreffendes ankreuzen)",
                "Aufenthaltszweck lt. Antragsbegründung", "Aufenthaltszweck – ausgeschrieben –"),
    "mother_name": ("Kindesmutter (Vor- und Zuname ausgeschrieben)", "Mutter lt. Geburtsbuch",
                    "Mutter – in Druckbuchstaben –"),
    "father_name": ("Kindesvater (Vor- und Zuname ausgeschrieben)", "Vater lt. Geburtsbuch",
                    "Vater – in Druckbuchstaben –"),
    "registry_office": ("Standesamt (beurkundende Behörde)", "Standesamt lt. Buchführung",
                        "Standesamt – ausgeschrieben –"),
    "register_number": ("Registernummer (Kennbuchstabe, Nr./Jahrgang)",
                        "Nr. lt. Personenstandsbuch", "Registernummer – in Ziffern –"),
    "issue_date": ("Tag der Ausfertigung (Tag und Monat in Worten)",
                   "ausgefertigt den (Monat ausgeschrieben)", "Ausstellungstag – ausgeschrieben –"),
    "marriage_date": ("Tag der Eheschließung (Tag und Monat in Worten)",
                      "Ehe geschlossen den (Monat ausgeschrieben)",
                      "Eheschließungstag – ausgeschrieben –"),
    "marriage_place": ("Ort der Eheschließung (Gemeinde, Kreis)",
                       "Ehe geschlossen zu (Gemeinde lt. Buch)",
                       "Eheschließungsort – in Druckbuchstaben –"),
    "date_of_death": ("Sterbetag (Tag und Monat in Worten)",
                      "verstorben den (Monat ausgeschrieben)",
                      "Tag des Todes – ausgeschrieben –"),
    "place_of_death": ("Sterbeort (Gemeinde, Kreis, ggf. Staat)",
                       "verstorben zu (Gemeinde lt. Buch)",
                       "Ort des Todes – in Druckbuchstaben –"),
    "birth_time": ("Stunde der Geburt (in Worten)", "Geburtszeit lt. Anzeige",
                   "Uhrzeit der Geburt – ausgeschrieben –"),
    "last_residence": ("letzter Wohnsitz (Straße, Nr., Postleitzahl, Gemeinde)",
                       "zuletzt wohnhaft lt. Melderegister",
                       "letzte Anschrift – in Druckbuchstaben –"),
    "doc_kind": ("Art des Ausweispapiers (Zutreffendes angeben)", "Ausweispapier lt. Vorlage",
                 "Art des Papiers – ausgeschrieben –"),
    "doc_code": ("Kennbuchstabe des Papiers (lt. Lesezone)", "Dokumentenart lt. Lesezone",
                 "Kennbuchstabe – wie abgedruckt –"),
    "doc_number": ("Nummer des Ausweispapiers (Zeichen einzeln)", "Nummer lt. Ausweispapier",
                   "Papiernummer – Ziffern, Buchstaben –"),
    "issuing_state": ("ausstellender Staat (Kürzel aus drei Buchstaben)",
                      "Ausstellungsstaat lt. Lesezone", "ausstellender Staat – wie abgedruckt –"),
    "expiry_date": ("gültig bis (Tag und Monat in Worten)", "Gültigkeitsende lt. Ausweispapier",
                    "gültig bis – ausgeschrieben –"),
    "authority": ("ausstellende Behörde (wie eingedruckt)", "Behörde lt. Ausweispapier",
                  "ausstellende Behörde – ausgeschrieben –"),
    "doc_issue": ("ausgestellt am (Tag und Monat in Worten)", "Ausstellungstag lt. Ausweispapier",
                  "ausgestellt am – ausgeschrieben –"),
    "names": ("(Familienname, sämtliche Vornamen)", "Zuname, Vornamen lt. Buch",
              "– Familienname, Vornamen – in Druckbuchstaben"),
}

SPELLED_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Einzelangaben zur meldepflichtigen Person", "Personalien (Zahlen in Worten)",
               "Die meldepflichtige Person betreffend"),
    "dwelling": ("Einzelangaben zur bezogenen Wohnung", "Neue Wohnung (Zahlen in Worten)",
                 "Die bezogene Wohnung betreffend"),
    "previous": ("Einzelangaben zur aufgegebenen Wohnung", "Bisherige Wohnung (Zahlen in Worten)",
                 "Die aufgegebene Wohnung betreffend"),
    "contact": ("Einzelangaben für Rückfragen", "Erreichbarkeit (freiwillig, Ziffern)",
                "Die Erreichbarkeit betreffend"),
    "landlord": ("Einzelangaben zum Wohnungsgeber", "Wohnungsgeber (Zahlen in Worten)",
                 "Den Wohnungsgeber betreffend"),
    "flat": ("Einzelangaben zur überlassenen Wohnung", "Überlassene Wohnung (Zahlen in Worten)",
             "Die überlassene Wohnung betreffend"),
    "tenants": ("Einzelangaben zu den Eingezogenen", "Eingezogene Personen (Anzahl in Worten)",
                "Die eingezogenen Personen betreffend"),
    "child": ("Einzelangaben zum Kinde", "Das Kind (Zahlen in Worten)", "Das Kind betreffend"),
    "parents": ("Einzelangaben zu den Eltern", "Die Eltern (Zahlen in Worten)",
                "Die Eltern betreffend"),
    "spouse1": ("Einzelangaben zum einen Ehegatten", "Erster Ehegatte (Zahlen in Worten)",
                "Den einen Ehegatten betreffend"),
    "spouse2": ("Einzelangaben zum anderen Ehegatten", "Zweiter Ehegatte (Zahlen in Worten)",
                "Den anderen Ehegatten betreffend"),
    "marriage": ("Einzelangaben zur Eheschließung", "Eheschließung (Zahlen in Worten)",
                 "Die Eheschließung betreffend"),
    "deceased": ("Einzelangaben zur verstorbenen Person", "Verstorbene Person (Zahlen in Worten)",
                 "Die verstorbene Person betreffend"),
    "death": ("Einzelangaben zum Sterbefall", "Sterbefall (Zahlen in Worten)",
              "Den Sterbefall betreffend"),
    "register": ("Einzelangaben zur Beurkundung", "Beurkundung (Zahlen in Worten)",
                 "Die Beurkundung betreffend"),
    "holder": ("Einzelangaben zum Halter", "Halter (Zahlen in Worten)", "Den Halter betreffend"),
    "vehicle": ("Einzelangaben zum Kraftfahrzeug", "Kraftfahrzeug (Zahlen in Worten)",
                "Das zuzulassende Kraftfahrzeug betreffend"),
    "insurance": ("Einzelangaben zur Haftpflichtversicherung", "Versicherung (Zeichen einzeln)",
                  "Die Haftpflichtversicherung betreffend"),
    "account": ("Einzelangaben zum Lastschriftmandat", "Bankverbindung (Zeichen einzeln)",
                "Das Lastschriftmandat betreffend"),
    "applicant": ("Einzelangaben zur antragstellenden Person", "Antragsteller (Zahlen in Worten)",
                  "Die antragstellende Person betreffend"),
    "passport": ("Einzelangaben zu Paß und Einreise", "Paß und Einreise (Zahlen in Worten)",
                 "Den Nationalpaß und die Einreise betreffend"),
    "stay": ("Einzelangaben zum Aufenthaltszweck", "Aufenthaltszweck (Zutreffendes bezeichnen)",
             "Den Aufenthaltszweck betreffend"),
    "home": ("Einzelangaben zur Wohnung im Inland", "Inlandsanschrift (Zahlen in Worten)",
             "Die Wohnung im Inland betreffend"),
    "document": ("Einzelangaben zum Ausweispapier", "Ausweispapier (Zahlen in Worten)",
                 "Das Ausweispapier betreffend"),
    "holder_id": ("Einzelangaben zum Inhaber", "Inhaber (Zahlen in Worten)",
                  "Den Inhaber betreffend"),
    "zone": ("Einzelangaben der Lesezone", "Lesezone (zeichengetreu)", "Die Lesezone betreffend"),
}

SPELLED_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldeschein für Zuziehende", "Meldebogen über den Zuzug",
                  "Anmeldung – Meldebogen A"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberschein über den Einzug",
                                  "Bescheinigung des Vermieters über den Bezug",
                                  "Einzugsbescheinigung – Meldebogen W"),
    "geburtsurkunde": ("Geburtsurkunde – Abschrift des Eintrags im Geburtenbuch",
                       "Geburtsurkunde – Wortlaut des Eintrags",
                       "Geburtsurkunde nach dem Geburtenbuch"),
    "eheurkunde": ("Eheurkunde – Abschrift des Eintrags im Heiratsbuch",
                   "Eheurkunde – Wortlaut des Eintrags",
                   "Eheurkunde nach dem Heiratsbuch"),
    "sterbeurkunde": ("Sterbeurkunde – Abschrift des Eintrags im Sterbebuch",
                      "Sterbeurkunde – Wortlaut des Eintrags", "Sterbeurkunde nach dem Sterbebuch"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Kraftfahrzeuges zum Verkehr",
                         "Zulassungsantrag nebst Einzugsermächtigung",
                         "Antrag auf Zuteilung eines amtlichen Kennzeichens"),
    "aufenthaltstitel_antrag": ("Antrag auf Aufenthaltserlaubnis für Ausländer",
                                "Antragsvordruck Aufenthaltstitel – Angaben in Worten",
                                "Aufenthaltsantrag nach dem Ausländerrecht"),
    "identity_document": ("Beglaubigte Abschrift eines Ausweispapiers",
                          "Erläuterungsblatt zum vorgelegten Ausweispapier",
                          "Abschrift und Erläuterung – Ausweispapier"),
}

#: the sentences of certificates in prose; ``{x}`` marks a gap for a value or a phrase
SPELLED_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "born": ("ist am {date_of_birth}{birth_time} in {place_of_birth} geboren worden.",
             "wurde zu {place_of_birth} am {date_of_birth}{birth_time} geboren.",
             "kam am {date_of_birth}{birth_time} in {place_of_birth} zur Welt."),
    "born_sex": ("Das Kind ist {sex} und erhielt die obigen Vornamen.",
                 "Dem Geschlecht nach ist das Kind {sex}.", "Es wurde {sex} geboren."),
    "parents": ("Als Eltern sind im Buch eingetragen: {mother_name} und {father_name}.",
                "Die Mutter des Kindes heißt {mother_name}, der Vater {father_name}.",
                "Eltern: die Mutter {mother_name}, der Vater {father_name}."),
    "mother_only": ("Als Mutter ist im Buch eingetragen: {mother_name}.",
                    "Die Mutter des Kindes heißt {mother_name}.",
                    "Eltern: die Mutter {mother_name}."),
    "married": ("haben am {marriage_date} vor dem {registry_office} zu {marriage_place} die Ehe "
                "miteinander geschlossen.",
                "sind am {marriage_date} zu {marriage_place} vor dem {registry_office} die Ehe "
                "miteinander eingegangen.",
                "haben vor dem {registry_office} zu {marriage_place} am {marriage_date} die Ehe "
                "geschlossen."),
    "married_year_first": ("Im Jahre {marriage_date}, haben vor dem {registry_office} zu "
                           "{marriage_place} die Ehe miteinander geschlossen:",),
    "spouse": ("geboren am {date_of_birth} zu {place_of_birth}",
               "geboren den {date_of_birth} in {place_of_birth}",
               "geb. am {date_of_birth} zu {place_of_birth}"),
    "died": ("ist am {date_of_death}{death_time} zu {place_of_death} verstorben.",
             "ist zu {place_of_death} am {date_of_death}{death_time} gestorben.",
             "verstarb am {date_of_death}{death_time} in {place_of_death}."),
    "born_dead": ("geboren am {date_of_birth} in {place_of_birth}, zuletzt wie unten angegeben "
                  "wohnhaft,",
                  "welche(r) am {date_of_birth} zu {place_of_birth} geboren wurde,",
                  "geb. den {date_of_birth} in {place_of_birth}, nach Angabe der anzeigenden "
                  "Person,"),
    "age": ("Die verstorbene Person hat ein Alter von {} Jahren erreicht.",
            "Das erreichte Lebensalter betrug {} volle Jahre.", "Alter beim Ableben: {} Jahre."),
    "residence": ("Zuletzt wohnhaft gewesen ist die Person in {last_residence}.",
                  "Der letzte Wohnsitz war {last_residence}.",
                  "Die verstorbene Person wohnte zuletzt {last_residence}."),
    "entered": ("Eingetragen am {} auf mündliche Anzeige.",
                "Beurkundet am {} auf Anzeige der Klinik.",
                "Die Eintragung in das Buch erfolgte am {}."),
}

SPELLED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "city_head": ("Stadt {} – Der Oberbürgermeister als Meldebehörde",
                  "Stadtverwaltung {} – Einwohnerwesen, Abteilung Meldewesen",
                  "Der Bürgermeister der Stadt {} als örtliche Behörde"),
    "unit": ("Amt für Einwohnerwesen und Personenstand",
             "Straßenverkehrsbehörde – Zulassungsstelle für Kraftfahrzeuge",
             "Amt für Ausländerangelegenheiten und Einbürgerung",
             "Bürgerdienste – Melde- und Paßstelle"),
    "form_no": ("Vordr.-Nr. {} (Zahlen ausgeschrieben)", "Muster {} – Ausgabe mit Wortangaben",
                "Formblatt {} (Wortangaben)"),
    "place_date": ("Ausgefertigt zu {}, den {}", "Ausgestellt in {} am {}",
                   "Für die Richtigkeit: {}, den {}"),
    "signed_place": ("Gegeben zu {}, den {}", "Geschehen in {} am {}",
                     "Unterschrieben zu {} am {}"),
    "registrar": ("Der Standesbeamte – Unterschrift unleserlich –",
                  "Die Standesbeamtin, gezeichnet", "In Vertretung des Standesbeamten"),
    "seal": ("– Abdruck des Dienstsiegels, Standesamt –", "– Siegel der Behörde –",
             "Abdruck des Amtssiegels"),
    "fee": ("Gebühr: {} Euro (in Ziffern: {},00 EUR)",
            "Verwaltungsgebühr {} Euro – bar entrichtet.",
            "Gebühr (in Worten): {} Euro"),
    "copies": ("Ausgefertigt in {} Stücken.", "Zahl der erteilten Ausfertigungen: {}.",
               "Es wurden {} Ausfertigungen erteilt."),
    "attachments": ("Anlagen zu diesem Vordruck: {}", "Beigefügt sind {} Blatt Unterlagen.",
                    "Zahl der Anlagen (in Worten): {}"),
    "page": ("Blatt {} von {} Blättern", "Seite {} (von insgesamt {} Seiten)",
             "– Blatt {} zu {} –"),
    "continued": ("Fortsetzung umseitig (Blatt zwei)", "bitte wenden – weitere Angaben umseitig",
                  "Fortsetzung auf dem zweiten Blatt"),
    "declaration": (
        "Die vorstehenden Angaben sind richtig und vollständig; Zahlenangaben in Worten gehen "
        "bei Abweichung den Ziffern vor.",
        "Ich versichere, die Angaben nach bestem Wissen gemacht zu haben. Bei Abweichungen gilt "
        "die Angabe in Worten.",
        "Die Richtigkeit der Angaben wird hiermit versichert; maßgeblich ist die Angabe in Worten.",
    ),
    "sign": ("Unterschrift des Meldepflichtigen (Vor- und Zuname)",
             "eigenhändige Unterschrift der antragstellenden Person",
             "Unterschrift – nicht in Druckbuchstaben –"),
    "sign_landlord": ("Unterschrift des Wohnungsgebers bzw. des Beauftragten",
                      "eigenhändige Unterschrift des Wohnungsgebers"),
    "received": ("Eingegangen am {} um {}.", "Vorgesprochen am {}, {}.",
                 "Eingang bei der Behörde: {}, {}."),
    "cert_clause": (
        "Die Übereinstimmung der vorstehenden Abschrift mit dem vorgelegten Original wird "
        "hiermit amtlich beglaubigt.",
        "Es wird beglaubigt, daß die vorstehende Abschrift mit der Urschrift übereinstimmt.",
    ),
    "id_intro": (
        "Das vorgelegte Ausweispapier enthält folgende Eintragungen (Tage und Jahre in Worten):",
        "Aus dem vorgelegten Papier wurden folgende Angaben abgeschrieben:",
    ),
    "zone_note": (
        "Die Zeilen der Lesezone sind Zeichen für Zeichen abgeschrieben; Füllzeichen stehen "
        "als spitze Klammern.",
        "Abschrift der unteren Zeilen des Papiers, ohne Auslassung.",
    ),
    "copy_note": ("Ablichtung der Datenseite (verkleinert wiedergegeben)",
                  "Ablichtung des Papiers, schwarzweiß"),
    "changes": ("Änderungen der Eintragung: keine", "Randvermerke zum Eintrag: keine",
                "Spätere Vermerke: – keine –"),
    "witness": ("Trauzeugen: {} und {}", "Als Zeugen wirkten mit: {}, {}"),
    "informant": ("Anzeigende Person (nicht Gegenstand der Urkunde): {}",
                  "Auf mündliche Anzeige von {}"),
    "count_persons": ("Zahl der eingezogenen Personen: {} ({})",
                      "Es sind {} ({}) Personen eingezogen."),
    "part": ("{} Abschnitt des Vordrucks:", "{} Teil des Vordrucks:"),
    "certifier": ("Im Auftrag (Unterschrift, Amtsbezeichnung)",
                  "Der beglaubigende Bedienstete – Unterschrift –"),
    "deadline": ("Die Anmeldung ist binnen zwei Wochen nach dem Einzug zu bewirken.",
                 "Frist zur Anmeldung: vierzehn Tage ab Einzug."),
}

# --- typeset: a book-like or professionally typeset certificate or form ---------------------------

#: per field: three labels a typeset form sets in small capitals, italics or roman
TYPESET_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Familienname gemäß Urkunde", "Angabe des Familiennamens",
                    "Familienname (nach dem Register)"),
    "given_names": ("Vornamen gemäß Urkunde", "Angabe der Vornamen",
                    "Vornamen (nach dem Register)"),
    "birth_name": ("Geburtsname gemäß Urkunde", "Angabe des Geburtsnamens",
                   "Geburtsname (nach dem Register)"),
    "date_of_birth": ("Geburtsdatum gemäß Urkunde", "Angabe des Geburtstages",
                      "Geburtsdatum (nach dem Register)"),
    "place_of_birth": ("Geburtsort gemäß Urkunde", "Angabe des Geburtsortes",
                       "Geburtsort (nach dem Register)"),
    "sex": ("Geschlecht gemäß Urkunde", "Angabe des Geschlechts",
            "Geschlecht (nach dem Personenstandsregister)"),
    "nationality": ("Staatsangehörigkeit gemäß Ausweis", "Angabe der Staatsangehörigkeit",
                    "Staatsangehörigkeit (nach dem Ausweis)"),
    "marital": ("Familienstand gemäß Erklärung", "Angabe des Familienstandes",
                "Familienstand (nach der Erklärung)"),
    "move_in_date": ("Einzugstag gemäß Erklärung", "Angabe des Einzugstages",
                     "Einzugstag (nach der Erklärung)"),
    "street": ("Straße gemäß Straßenverzeichnis", "Angabe der Straße",
               "Straße (nach dem Verzeichnis)"),
    "house_number": ("Hausnummer gemäß Straßenverzeichnis", "Angabe der Hausnummer",
                     "Hausnummer (nach dem Verzeichnis)"),
    "postal_code": ("Postleitzahl gemäß Verzeichnis", "Angabe der Postleitzahl",
                    "Postleitzahl (nach dem Verzeichnis)"),
    "city": ("Gemeinde gemäß Verzeichnis", "Angabe der Gemeinde",
             "Gemeinde (nach dem Verzeichnis)"),
    "street_line": ("Straße und Hausnummer gemäß Verzeichnis", "Angabe von Straße und Hausnummer",
                    "Straße und Hausnummer (nach dem Verzeichnis)"),
    "city_line": ("Postleitzahl und Gemeinde gemäß Verzeichnis",
                  "Angabe von Postleitzahl und Gemeinde",
                  "Postleitzahl und Gemeinde (nach dem Verzeichnis)"),
    "address_line": ("Anschrift gemäß Verzeichnis", "Angabe der Anschrift",
                      "Anschrift (nach dem Verzeichnis)"),
    "dwelling": ("Wohnungsart gemäß Erklärung", "Angabe der Wohnungsart",
                 "Wohnungsart (nach der Erklärung)"),
    "previous_address": ("Frühere Anschrift gemäß Erklärung", "Angabe der früheren Anschrift",
                         "Frühere Anschrift (nach der Erklärung)"),
    "phone": ("Telefon gemäß freiwilliger Erklärung", "Angabe der Rufnummer",
              "Rufnummer (freiwillig erklärt)"),
    "landlord_name": ("Wohnungsgeber gemäß Mietvertrag", "Angabe des Wohnungsgebers",
                      "Wohnungsgeber (nach dem Vertrag)"),
    "landlord_address": ("Anschrift des Wohnungsgebers gemäß Vertrag",
                         "Angabe der Anschrift des Wohnungsgebers",
                         "Anschrift des Gebers (nach dem Vertrag)"),
    "role": ("Eigenschaft des Wohnungsgebers gemäß Vertrag", "Angabe der Eigenschaft des Gebers",
             "Eigenschaft des Gebers (nach der Erklärung)"),
    "tenant": ("Eingezogene Person gemäß Erklärung", "Angabe der eingezogenen Person",
               "Eingezogene Person (nach der Erklärung)"),
    "vin": ("Identifizierungsnummer gemäß Fahrzeugbrief", "Angabe der Identifizierungsnummer",
            "Identifizierungsnummer (nach dem Brief)"),
    "make": ("Marke gemäß Fahrzeugbrief", "Angabe der Marke", "Marke (nach dem Brief)"),
    "model": ("Typ gemäß Fahrzeugbrief", "Angabe des Typs", "Typ (nach dem Brief)"),
    "desired_plate": ("Wunschkennzeichen gemäß Reservierung", "Angabe des Wunschkennzeichens",
                      "Wunschkennzeichen (nach der Reservierung)"),
    "evb_number": ("eVB-Nummer gemäß Versicherer", "Angabe der eVB-Nummer",
                   "eVB-Nummer (nach dem Versicherer)"),
    "account_holder": ("Kontoinhaber gemäß Kontoauszug", "Angabe des Kontoinhabers",
                       "Kontoinhaber (nach der Bank)"),
    "iban": ("IBAN gemäß Kontoauszug", "Angabe der IBAN", "IBAN (nach der Bank)"),
    "bic": ("BIC gemäß Kontoauszug", "Angabe der BIC", "BIC (nach der Bank)"),
    "passport_number": ("Passnummer gemäß Pass", "Angabe der Passnummer",
                        "Passnummer (nach der Datenseite)"),
    "passport_expiry_date": ("Passgültigkeit gemäß Pass", "Angabe der Passgültigkeit",
                             "Pass gültig bis (nach der Datenseite)"),
    "entry_date": ("Einreisetag gemäß Erklärung", "Angabe des Einreisetages",
                   "Einreisetag (nach der Erklärung)"),
    "purpose": ("Aufenthaltszweck gemäß Antrag", "Angabe des Aufenthaltszwecks",
                "Aufenthaltszweck (nach dem Antrag)"),
    "mother_name": ("Mutter gemäß Urkunde", "Angabe der Mutter", "Mutter (nach dem Register)"),
    "father_name": ("Vater gemäß Urkunde", "Angabe des Vaters", "Vater (nach dem Register)"),
    "registry_office": ("Standesamt gemäß Urkunde", "Angabe des Standesamts",
                        "Standesamt (nach dem Register)"),
    "register_number": ("Registernummer gemäß Urkunde", "Angabe der Registernummer",
                        "Registernummer (nach dem Register)"),
    "issue_date": ("Ausstellungstag gemäß Urkunde", "Angabe des Ausstellungstages",
                   "Ausstellungstag (nach dem Register)"),
    "marriage_date": ("Eheschließungstag gemäß Urkunde", "Angabe des Eheschließungstages",
                      "Eheschließungstag (nach dem Register)"),
    "marriage_place": ("Eheschließungsort gemäß Urkunde", "Angabe des Eheschließungsortes",
                       "Eheschließungsort (nach dem Register)"),
    "date_of_death": ("Sterbetag gemäß Urkunde", "Angabe des Sterbetages",
                      "Sterbetag (nach dem Register)"),
    "place_of_death": ("Sterbeort gemäß Urkunde", "Angabe des Sterbeortes",
                       "Sterbeort (nach dem Register)"),
    "birth_time": ("Geburtszeit gemäß Urkunde", "Angabe der Geburtszeit",
                   "Geburtszeit (nach dem Register)"),
    "last_residence": ("Letzter Wohnsitz gemäß Urkunde", "Angabe des letzten Wohnsitzes",
                       "Letzter Wohnsitz (nach dem Register)"),
    "doc_kind": ("Dokumentart gemäß Vorlage", "Angabe der Dokumentart",
                 "Dokumentart (nach der Vorlage)"),
    "doc_code": ("Dokumentcode gemäß Lesezone", "Angabe des Dokumentcodes",
                 "Dokumentcode (nach der Lesezone)"),
    "doc_number": ("Dokumentnummer gemäß Vorlage", "Angabe der Dokumentnummer",
                   "Dokumentnummer (nach der Vorlage)"),
    "issuing_state": ("Ausstellerstaat gemäß Lesezone", "Angabe des Ausstellerstaates",
                      "Ausstellerstaat (nach der Lesezone)"),
    "expiry_date": ("Gültigkeitsende gemäß Vorlage", "Angabe des Gültigkeitsendes",
                    "Gültigkeitsende (nach der Vorlage)"),
    "authority": ("Ausstellende Behörde gemäß Vorlage", "Angabe der ausstellenden Behörde",
                  "Ausstellende Behörde (nach der Vorlage)"),
    "doc_issue": ("Ausstellungstag des Dokuments gemäß Vorlage",
                  "Angabe des Ausstellungstages des Dokuments",
                  "Ausstellungstag des Dokuments (nach der Vorlage)"),
    "names": ("Familienname und Vornamen gemäß Urkunde", "Angabe von Familienname und Vornamen",
              "Familienname und Vornamen (nach dem Register)"),
}

#: per field: two marginal notes that name a field beside its paragraph
TYPESET_MARGINS: Final[dict[str, tuple[str, str]]] = {
    "family_name": ("Zum Familiennamen", "Der Familienname"),
    "given_names": ("Zu den Vornamen", "Die Vornamen"),
    "birth_name": ("Zum Geburtsnamen", "Der Geburtsname"),
    "date_of_birth": ("Zum Tag der Geburt", "Der Geburtstag"),
    "place_of_birth": ("Zum Geburtsort", "Der Geburtsort"),
    "sex": ("Zum Geschlecht", "Das Geschlecht"),
    "nationality": ("Zur Staatsangehörigkeit", "Die Staatsangehörigkeit"),
    "marital": ("Zum Familienstand", "Der Familienstand"),
    "move_in_date": ("Zum Tag des Einzugs", "Der Einzugstag"),
    "street": ("Zur Straße", "Die Straße"),
    "house_number": ("Zur Hausnummer", "Die Hausnummer"),
    "postal_code": ("Zur Postleitzahl", "Die Postleitzahl"),
    "city": ("Zur Gemeinde", "Die Gemeinde"),
    "street_line": ("Zu Straße und Hausnummer", "Straße samt Nummer"),
    "city_line": ("Zu Postleitzahl und Gemeinde", "Leitzahl und Gemeinde"),
    "address_line": ("Zur Anschrift", "Die Anschrift"),
    "dwelling": ("Zur Art der Wohnung", "Die Wohnungsart"),
    "previous_address": ("Zur aufgegebenen Wohnung", "Die aufgegebene Anschrift"),
    "phone": ("Zur Rufnummer", "Die Rufnummer"),
    "landlord_name": ("Zur Person des Gebers", "Der Geber der Wohnung"),
    "landlord_address": ("Zu dessen Anschrift", "Anschrift des Gebers"),
    "role": ("Zur Eigenschaft", "Eigenschaft des Gebers"),
    "tenant": ("Zu den Eingezogenen", "Die eingezogene Person"),
    "vin": ("Zur Identifizierungsnummer", "Die Identifizierungsnummer"),
    "make": ("Zur Marke", "Die Marke"),
    "model": ("Zum Typ", "Der Typ"),
    "desired_plate": ("Zum Wunschkennzeichen", "Das Wunschkennzeichen"),
    "evb_number": ("Zur Versicherungsbestätigung", "Die eVB"),
    "account_holder": ("Zum Kontoinhaber", "Der Kontoinhaber"),
    "iban": ("Zur Kontonummer", "Die IBAN"),
    "bic": ("Zum Institut", "Die BIC"),
    "passport_number": ("Zur Passnummer", "Die Passnummer"),
    "passport_expiry_date": ("Zur Gültigkeit des Passes", "Die Passgültigkeit"),
    "entry_date": ("Zur Einreise", "Die Einreise"),
    "purpose": ("Zum Zweck des Aufenthalts", "Der beantragte Zweck"),
    "mother_name": ("Zur Person der Mutter", "Die Kindesmutter"),
    "father_name": ("Zur Person des Vaters", "Der Kindesvater"),
    "registry_office": ("Zum Standesamt", "Das Standesamt"),
    "register_number": ("Zur Registernummer", "Die Registernummer"),
    "issue_date": ("Zur Ausstellung", "Der Ausstellungstag"),
    "marriage_date": ("Zum Tag der Eheschließung", "Der Tag der Trauung"),
    "marriage_place": ("Zum Ort der Eheschließung", "Der Ort der Trauung"),
    "date_of_death": ("Zum Tag des Todes", "Der Sterbetag"),
    "place_of_death": ("Zum Ort des Todes", "Der Sterbeort"),
    "birth_time": ("Zur Geburtsstunde", "Die Geburtsstunde"),
    "last_residence": ("Zum letzten Wohnsitz", "Der letzte Wohnsitz"),
    "doc_kind": ("Zur Dokumentart", "Die Dokumentart"),
    "doc_code": ("Zur Dokumentkennung", "Die Dokumentkennung"),
    "doc_number": ("Zur Dokumentnummer", "Die Dokumentnummer"),
    "issuing_state": ("Zum Ausstellerstaat", "Der Ausstellerstaat"),
    "expiry_date": ("Zum Gültigkeitsende", "Das Gültigkeitsende"),
    "authority": ("Zur Behörde", "Die ausstellende Behörde"),
    "doc_issue": ("Zum Ausstellungstag", "Der Tag der Ausstellung"),
    "names": ("Zum Namen", "Der Name"),
}

#: footnotes a typeset form puts under a label's marker
TYPESET_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Namenszusätze und Adelsbezeichnungen sind Teil des Familiennamens und "
                    "aufzuführen.",
                    "Die Schreibweise folgt dem Personenstandsregister; diakritische Zeichen sind "
                    "beizubehalten."),
    "given_names": ("Sämtliche Vornamen in der beurkundeten Reihenfolge; der Rufname ist nicht "
                    "hervorzuheben.",),
    "birth_name": ("Nur auszufüllen, wenn der Geburtsname vom Familiennamen abweicht; eine "
                   "Pflichtangabe im Sinne des Gesetzes.",),
    "date_of_birth": ("Tag und Jahr in Ziffern, der Monat ausgeschrieben oder in Ziffern.",),
    "place_of_birth": ("Bei Geburt im Ausland ist zusätzlich der Staat nach heutiger "
                       "Bezeichnung aufzuführen.",
                       "Der Ort nach der zur Zeit der Geburt geltenden Bezeichnung."),
    "sex": ("Einzutragen ist die Angabe, die im Geburtenregister geführt wird.",),
    "nationality": ("Mehrere Staatsangehörigkeiten sind sämtlich aufzuführen; offizielle "
                    "Kurzform genügt.",),
    "move_in_date": ("Die Anmeldung ist binnen zweier Wochen nach dem Einzug vorzunehmen "
                     "(Pflichtfrist).",),
    "postal_code": ("Fünfstellig; bei Postfächern gilt die Postleitzahl der Wohnanschrift.",),
    "previous_address": ("Bei Zuzug aus dem Ausland genügen Ort und Staat; eine Straße ist "
                         "nicht erforderlich.",),
    "dwelling": ("Hauptwohnung ist die vorwiegend benutzte Wohnung; im Zweifel der "
                 "Schwerpunkt der Lebensbeziehungen.",),
    "landlord_name": ("Bei juristischen Personen die Firma, wie im Handelsregister "
                      "eingetragen.",),
    "tenant": ("Für jede eingezogene Person eine eigene Zeile; Kinder sind mitaufzuführen.",),
    "vin": ("Siebzehnstellig, wie in der Zulassungsbescheinigung Teil II, ohne Leerzeichen.",),
    "evb_number": ("Die Nummer erteilt der Haftpflichtversicherer; sie ist sieben Zeichen lang.",),
    "iban": ("Das Lastschriftmandat gilt für wiederkehrende Abbuchungen der Steuer.",),
    "passport_number": ("Die Nummer ist ohne Leer- und Füllzeichen zu übertragen.",),
    "entry_date": ("Der Tag des Grenzübertritts; bei mehreren Einreisen der letzte.",),
    "purpose": ("Die Nachweise zum Aufenthaltszweck sind dem Antrag beizufügen.",),
    "registry_office": ("Das Standesamt, bei dem der Eintrag geführt wird.",),
    "register_number": ("Kennbuchstabe, laufende Nummer und Jahrgang des Registers.",),
    "issue_date": ("Der Tag, an dem diese Urkunde ausgefertigt worden ist.",),
    "date_of_death": ("Bei unbekanntem Zeitpunkt der Tag der Auffindung, mit Vermerk.",),
    "marriage_place": ("Die Gemeinde, in der die Eheschließung stattgefunden hat.",),
    "doc_number": ("Wie auf der Datenseite; die Prüfziffer der Lesezone gehört nicht dazu.",),
    "expiry_date": ("Ein abgelaufenes Dokument ist nicht vorzulegen.",),
}

TYPESET_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Von der meldepflichtigen Person", "Angaben zur Person im einzelnen",
               "Hinsichtlich der meldepflichtigen Person"),
    "dwelling": ("Von der bezogenen Wohnung", "Angaben zur neuen Wohnung im einzelnen",
                 "Hinsichtlich der bezogenen Wohnung"),
    "previous": ("Von der aufgegebenen Wohnung", "Angaben zur früheren Wohnung im einzelnen",
                 "Hinsichtlich der aufgegebenen Wohnung"),
    "contact": ("Von der Erreichbarkeit", "Angaben für Rückfragen im einzelnen",
                "Hinsichtlich der Erreichbarkeit"),
    "landlord": ("Von dem Wohnungsgeber", "Angaben zum Wohnungsgeber im einzelnen",
                 "Hinsichtlich des Wohnungsgebers"),
    "flat": ("Von der überlassenen Wohnung", "Angaben zur überlassenen Wohnung im einzelnen",
             "Hinsichtlich der überlassenen Wohnung"),
    "tenants": ("Von den eingezogenen Personen", "Angaben zu den Eingezogenen im einzelnen",
                "Hinsichtlich der eingezogenen Personen"),
    "child": ("Von dem Kinde", "Angaben zum Kind im einzelnen", "Hinsichtlich des Kindes"),
    "parents": ("Von den Eltern des Kindes", "Angaben zu den Eltern im einzelnen",
                "Hinsichtlich der Eltern des Kindes"),
    "spouse1": ("Von dem einen Ehegatten", "Angaben zum ersten Ehegatten im einzelnen",
                "Hinsichtlich des einen Ehegatten"),
    "spouse2": ("Von dem anderen Ehegatten", "Angaben zum zweiten Ehegatten im einzelnen",
                "Hinsichtlich des anderen Ehegatten"),
    "marriage": ("Von der geschlossenen Ehe", "Angaben zur Eheschließung im einzelnen",
                 "Hinsichtlich der geschlossenen Ehe"),
    "deceased": ("Von der verstorbenen Person", "Angaben zur verstorbenen Person im einzelnen",
                 "Hinsichtlich der verstorbenen Person"),
    "death": ("Von dem Sterbefall", "Angaben zum Sterbefall im einzelnen",
              "Hinsichtlich des Sterbefalls"),
    "register": ("Von der Beurkundung", "Angaben zum Registereintrag im einzelnen",
                 "Hinsichtlich der Beurkundung"),
    "holder": ("Von dem Halter", "Angaben zum Halter im einzelnen", "Hinsichtlich des Halters"),
    "vehicle": ("Von dem Fahrzeug", "Angaben zum Fahrzeug im einzelnen",
                "Hinsichtlich des Fahrzeugs"),
    "insurance": ("Von der Versicherung", "Angaben zur Versicherung im einzelnen",
                  "Hinsichtlich der Versicherung"),
    "account": ("Von dem Lastschriftmandat", "Angaben zum Konto im einzelnen",
                "Hinsichtlich des Lastschriftmandats"),
    "applicant": ("Von der antragstellenden Person", "Angaben zum Antragsteller im einzelnen",
                  "Hinsichtlich der antragstellenden Person"),
    "passport": ("Von dem Pass und der Einreise", "Angaben zu Pass und Einreise im einzelnen",
                 "Hinsichtlich des Passes und der Einreise"),
    "stay": ("Von dem Zweck des Aufenthalts", "Angaben zum Aufenthaltszweck im einzelnen",
             "Hinsichtlich des Aufenthaltszwecks"),
    "home": ("Von der Wohnung im Inland", "Angaben zur Inlandsanschrift im einzelnen",
             "Hinsichtlich der Wohnung im Inland"),
    "document": ("Von dem vorgelegten Dokument", "Angaben zum Dokument im einzelnen",
                 "Hinsichtlich des vorgelegten Dokuments"),
    "holder_id": ("Von dem Inhaber", "Angaben zum Inhaber im einzelnen",
                  "Hinsichtlich des Inhabers"),
    "zone": ("Von der maschinenlesbaren Zone", "Die Lesezone im Wortlaut",
             "Hinsichtlich der maschinenlesbaren Zone"),
}

TYPESET_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Erklärung über die Anmeldung einer Wohnung", "Die Anmeldung · Meldeschein",
                  "Anmeldung einer Wohnung nach dem Bundesmeldegesetz"),
    "wohnungsgeberbestaetigung": ("Erklärung des Wohnungsgebers über den erfolgten Einzug",
                                  "Die Wohnungsgeberbestätigung",
                                  "Bestätigung des Wohnungsgebers nach § 19 BMG"),
    "geburtsurkunde": ("Beurkundung einer Geburt · Ausfertigung", "Die Geburtsurkunde",
                       "Geburtsurkunde aus dem Geburtenregister · Ausfertigung"),
    "eheurkunde": ("Urkunde über die Schließung einer Ehe", "Die Eheurkunde",
                   "Eheurkunde aus dem Eheregister · Ausfertigung"),
    "sterbeurkunde": ("Beurkundung eines Sterbefalls · Ausfertigung", "Die Sterbeurkunde",
                      "Sterbeurkunde aus dem Sterberegister · Ausfertigung"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs zum Straßenverkehr",
                         "Der Zulassungsantrag",
                         "Zulassungsantrag mit Lastschriftmandat · Erklärung"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels · Erklärung",
                                "Der Aufenthaltsantrag",
                                "Antrag auf Aufenthaltserlaubnis · Erklärung"),
    "identity_document": ("Beglaubigte Abschrift eines Identitätsdokuments",
                          "Die beglaubigte Abschrift",
                          "Identitätsdokument · beglaubigte Wiedergabe"),
}

#: sentences of typeset certificates; ``{x}`` marks a gap
TYPESET_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "born": ("ist am {date_of_birth} in {place_of_birth} geboren.",
             "wurde am {date_of_birth} in {place_of_birth} geboren.",
             "ist in {place_of_birth} am {date_of_birth} zur Welt gekommen."),
    "married": ("haben am {marriage_date} in {marriage_place} vor dem {registry_office} die Ehe "
                "geschlossen.",
                "sind am {marriage_date} in {marriage_place} vor dem {registry_office} die Ehe "
                "miteinander eingegangen."),
    "died": ("ist am {date_of_death} in {place_of_death} verstorben.",
             "verstarb am {date_of_death} in {place_of_death}.",
             "ist in {place_of_death} am {date_of_death} gestorben."),
    "intro_form": (
        "Die nachstehenden Angaben werden auf Grund der gesetzlichen Pflicht erhoben; sie "
        "dienen ausschließlich der Führung des öffentlichen Registers.",
        "Die Erklärung ist vollständig und wahrheitsgemäß abzugeben. Unvollständige Angaben "
        "führen zu Rückfragen und verzögern die Bearbeitung erheblich.",
        "Mit dieser Erklärung erfüllt die unterzeichnende Person eine öffentlich-rechtliche "
        "Pflicht; der Vordruck ist in der vorliegenden Auflage zu verwenden.",
    ),
    "intro_cert": (
        "Aus dem bei diesem Standesamt geführten Register wird beurkundet:",
        "Auf Grund des Eintrags im Personenstandsregister wird hiermit bescheinigt:",
        "Dem öffentlichen Register ist Folgendes zu entnehmen:",
    ),
    "intro_id": (
        "Die nachstehende Abschrift gibt die Eintragungen des vorgelegten Dokuments "
        "vollständig und in ihrer Reihenfolge wieder; die maschinenlesbare Zone ist "
        "zeichengetreu übertragen.",
        "Das Dokument lag im Original vor. Die Angaben der Datenseite und der Lesezone sind "
        "nachstehend wiedergegeben.",
    ),
}

TYPESET_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "authority": ("Stadt {} · Der Oberbürgermeister · Amtliche Ausfertigung",
                  "Stadtverwaltung {} · Druckschrift",
                  "Der Oberbürgermeister der Stadt {} · Vordruck"),
    "office": ("Standesamt {} · Personenstandswesen", "Das Standesamt zu {}",
               "Standesamt der Stadt {} · Register"),
    "unit": ("Bürgeramt · Abteilung Meldewesen", "Straßenverkehrsamt · Abteilung Zulassung",
             "Ausländerbehörde · Abteilung Aufenthalt", "Amt für öffentliche Ordnung · Register"),
    "colophon": ("Satz und Druck: Amtsdruckerei, {} Auflage, Bestell-Nr. {}",
                 "Gesetzt aus der Antiqua · Druckerei der Stadt · Auflage {} · Nr. {}",
                 "Vordruckverlag für Behörden · {} Auflage · Artikel {}"),
    "declaration": (
        "Die unterzeichnende Person versichert, dass die vorstehenden Angaben richtig und "
        "vollständig sind. Ihr ist bekannt, dass vorsätzlich oder fahrlässig falsche Angaben "
        "eine Ordnungswidrigkeit darstellen und mit einem Bußgeld geahndet werden können.",
        "Ich versichere die Richtigkeit der gemachten Angaben. Die Hinweise zur Pflicht der "
        "rechtzeitigen Erklärung und zum Datenschutz habe ich zur Kenntnis genommen; die "
        "offizielle Fassung liegt im Amt zur Einsicht aus.",
    ),
    "place_date": ("Gegeben zu {}, am {}", "So geschehen in {}, am {}",
                   "Ausgestellt in {}, den {}"),
    "sign": ("Unterschrift der erklärenden Person (eigenhändig)",
             "Eigenhändige Unterschrift der Erklärenden",
             "Unterschrift, Vor- und Familienname ausgeschrieben"),
    "registrar": ("Der Standesbeamte · eigenhändig", "Die Standesbeamtin · im Auftrag",
                  "Für den Standesbeamten · gezeichnet"),
    "seal": ("Prägesiegel des Standesamts", "Prägesiegel der Stadt"),
    "cert_clause": (
        "Die Übereinstimmung dieser Abschrift mit dem vorgelegten Original wird hiermit "
        "öffentlich beglaubigt.",
        "Es wird beglaubigt, dass die vorstehende Wiedergabe mit dem Original übereinstimmt; "
        "Auffälligkeiten waren nicht festzustellen.",
    ),
    "fee": ("Erhobene Gebühr: {} EUR", "Gebührenpflichtig nach Tarifstelle: {} EUR",
            "Kosten dieser Ausfertigung: {} EUR"),
    "ref": ("Aktenzeichen dieser Ausfertigung: {}", "Unser Zeichen in dieser Sache: {}",
            "Geschäftszeichen der Akte {}"),
    "continued": ("Fortsetzung auf der folgenden Seite", "weiter auf der nächsten Seite"),
    "zone_note": ("Die Lesezone in Schreibmaschinenschrift, Füllzeichen als spitze Klammer:",
                  "Wortlaut der maschinenlesbaren Zone:"),
    "copy_note": ("Abbildung des vorgelegten Dokuments (verkleinert)",
                  "Wiedergabe der Datenseite in Graustufen"),
    "changes": ("Randvermerke: keine eingetragen.", "Folgebeurkundungen sind nicht eingetragen."),
    "certifier": ("Für die Beglaubigung · eigenhändig", "Die beglaubigende Stelle · gezeichnet"),
    "part": ("{} Abschnitt dieser Erklärung", "{} Teil dieser Niederschrift"),
}

# --- the wording object ---------------------------------------------------------------------------


class Extra32Wording(Wording):
    """Labels, headings, titles, sentences and furniture, chosen once per document from the
    thirty-sixth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.spelled = layout == "spelled"
        self.fam = rng.randrange(3)  # one family of labels per document, mostly
        self.heads = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (SPELLED_LABELS if self.spelled else TYPESET_LABELS)[key]
            pick = self.fam if self._rng.random() < 0.75 else self._rng.randrange(3)
            self._chosen[key] = options[pick]
        return self._chosen[key]

    def margin(self, key: str) -> str:
        return self._once(1, key, TYPESET_MARGINS[key])

    def note(self, key: str) -> str:
        options = TYPESET_NOTES.get(key)
        return self._once(2, key, options) if options else ""

    def head(self, key: str) -> str:
        options = (SPELLED_HEADS if self.spelled else TYPESET_HEADS)[key]
        return options[self.heads % len(options)]

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (SPELLED_TITLES if self.spelled else TYPESET_TITLES)[
            doc_type])

    def prose(self, key: str) -> str:
        return self._once(5, key, (SPELLED_PROSE if self.spelled else TYPESET_PROSE)[key])

    def word(self, key: str) -> str:
        return self._once(6, key, (SPELLED_WORDS if self.spelled else TYPESET_WORDS)[key])

    def pick(self, key: str) -> str:
        """A fresh choice each time."""
        options = (SPELLED_WORDS if self.spelled else TYPESET_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra32Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return spell_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [s for pool in (SPELLED_LABELS, TYPESET_LABELS, TYPESET_MARGINS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, note, heading, title, sentence and furniture wording of this pool."""
    out = label_strings()
    for pool in (SPELLED_HEADS, SPELLED_TITLES, SPELLED_PROSE, SPELLED_WORDS, TYPESET_NOTES,
                 TYPESET_HEADS, TYPESET_TITLES, TYPESET_PROSE, TYPESET_WORDS):
        out += [s for options in pool.values() for s in options]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE32, DWELLING32, ROLE32, ID_KINDS32)
           for options in table.values() for s in options]
    out += list(SEX_CHILD32.values()) + list(SEX_ABBR32.values())
    return list(dict.fromkeys(out))
