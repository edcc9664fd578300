"""Turn printed text into the catalog's normalised values.

Each parser takes the text found for a field and returns the normalised value, or ``None``
when the text holds nothing of that kind. Parsers are lenient about how a form prints a
value (``14. März 1987``) and strict about what they return; whether the value is *valid*
(IBAN checksum, a birth date in the past) is the schema's job, not the parser's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from stdnum import iban as stdnum_iban

from schemas.base import ValueKind

MONTHS = {
    "januar": 1,
    "jan": 1,
    "jänner": 1,
    "janner": 1,
    "jän": 1,
    "feber": 2,  # (Austria's February)
    "february": 2,
    "februar": 2,
    "febr": 2,
    "feb": 2,
    "märz": 3,
    "marz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
    "january": 1,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "oct": 10,
    "december": 12,
    "dec": 12,
}

# German nationality adjectives and country names → ISO 3166-1 alpha-3.
NATIONALITIES: dict[str, str] = {
    "deutsch": "DEU",
    "deutschland": "DEU",
    "bundesrepublik deutschland": "DEU",
    "d": "DEU",
    "türkisch": "TUR",
    "türkei": "TUR",
    "polnisch": "POL",
    "polen": "POL",
    "syrisch": "SYR",
    "syrien": "SYR",
    "ukrainisch": "UKR",
    "ukraine": "UKR",
    "italienisch": "ITA",
    "italien": "ITA",
    "griechisch": "GRC",
    "griechenland": "GRC",
    "rumänisch": "ROU",
    "rumänien": "ROU",
    "bulgarisch": "BGR",
    "bulgarien": "BGR",
    "kroatisch": "HRV",
    "kroatien": "HRV",
    "russisch": "RUS",
    "russland": "RUS",
    "russische föderation": "RUS",
    "afghanisch": "AFG",
    "afghanistan": "AFG",
    "irakisch": "IRQ",
    "irak": "IRQ",
    "iranisch": "IRN",
    "iran": "IRN",
    "indisch": "IND",
    "indien": "IND",
    "chinesisch": "CHN",
    "china": "CHN",
    "vietnamesisch": "VNM",
    "vietnam": "VNM",
    "spanisch": "ESP",
    "spanien": "ESP",
    "französisch": "FRA",
    "frankreich": "FRA",
    "portugiesisch": "PRT",
    "portugal": "PRT",
    "niederländisch": "NLD",
    "niederlande": "NLD",
    "belgisch": "BEL",
    "belgien": "BEL",
    "österreichisch": "AUT",
    "österreich": "AUT",
    "schweizerisch": "CHE",
    "schweiz": "CHE",
    "amerikanisch": "USA",
    "us-amerikanisch": "USA",
    "vereinigte staaten": "USA",
    "usa": "USA",
    "britisch": "GBR",
    "vereinigtes königreich": "GBR",
    "serbisch": "SRB",
    "serbien": "SRB",
    "kosovarisch": "XKX",
    "kosovo": "XKX",
    "albanisch": "ALB",
    "albanien": "ALB",
    "bosnisch": "BIH",
    "bosnien und herzegowina": "BIH",
    "ungarisch": "HUN",
    "ungarn": "HUN",
    "tschechisch": "CZE",
    "tschechien": "CZE",
    "slowakisch": "SVK",
    "slowakei": "SVK",
    "slowenisch": "SVN",
    "slowenien": "SVN",
    "eritreisch": "ERI",
    "eritrea": "ERI",
    "nigerianisch": "NGA",
    "nigeria": "NGA",
    "marokkanisch": "MAR",
    "marokko": "MAR",
    "tunesisch": "TUN",
    "tunesien": "TUN",
    "ägyptisch": "EGY",
    "ägypten": "EGY",
    "pakistanisch": "PAK",
    "pakistan": "PAK",
    "brasilianisch": "BRA",
    "brasilien": "BRA",
    "japanisch": "JPN",
    "japan": "JPN",
    "koreanisch": "KOR",
    "südkoreanisch": "KOR",
    "indonesisch": "IDN",
    "philippinisch": "PHL",
    "thailändisch": "THA",
    "litauisch": "LTU",
    "lettisch": "LVA",
    "estnisch": "EST",
    "dänisch": "DNK",
    "schwedisch": "SWE",
    "norwegisch": "NOR",
    "finnisch": "FIN",
    "irisch": "IRL",
    "luxemburgisch": "LUX",
    "moldauisch": "MDA",
    "georgisch": "GEO",
    "armenisch": "ARM",
    "aserbaidschanisch": "AZE",
    "kasachisch": "KAZ",
    "belarussisch": "BLR",
    "weißrussisch": "BLR",
    "nordmazedonisch": "MKD",
    "mazedonisch": "MKD",
    "montenegrinisch": "MNE",
    "libanesisch": "LBN",
    "jordanisch": "JOR",
    "somalisch": "SOM",
    "äthiopisch": "ETH",
    "ghanaisch": "GHA",
    "kamerunisch": "CMR",
    "algerisch": "DZA",
    "libysch": "LBY",
    "sudanesisch": "SDN",
    "kanadisch": "CAN",
    "mexikanisch": "MEX",
    "kolumbianisch": "COL",
    "argentinisch": "ARG",
    "chilenisch": "CHL",
    "peruanisch": "PER",
    "australisch": "AUS",
    "staatenlos": "XXA",
    "ungeklärt": "XXX",
}
_ALPHA3 = set(NATIONALITIES.values())

SEXES = {
    "weiblich": "F",
    "w": "F",
    "f": "F",
    "female": "F",
    "frau": "F",
    "männlich": "M",
    "mannlich": "M",
    "maennlich": "M",
    "m": "M",
    "male": "M",
    "mann": "M",
    "divers": "D",
    "d": "D",
    "ohne angabe": "X",
    "keine angabe": "X",
    "x": "X",
    "unbestimmt": "X",
    "nicht angegeben": "X",
    # Abbreviations and forms of address (the full stop is dropped before lookup).
    "weibl": "F",
    "mannl": "M",
    "maennl": "M",
    "männl": "M",
    "herr": "M",
    "div": "D",
}

PURPOSES = {
    "study": ("studium", "studien", "studier", "ausbildung", "study", "sprachkurs",
              "schulbesuch"),
    "employment": (
        "erwerbstätigkeit",
        "erwerbstatigkeit",
        "beschäftigung",
        "arbeit",
        "employment",
        "blaue karte",
        "fachkraft",
        "selbständig",
        "forschung",
    ),
    "family": ("familiennachzug", "familie", "ehegatten", "family", "familiäre", "angehörig",
               "angehorig"),
    "humanitarian": (
        "humanitär",
        "humanitar",
        "völkerrecht",
        "politisch",
        "asyl",
        "schutz",
        "humanitarian",
        "flüchtling",
    ),
    "other": ("sonstige", "sonstiges", "anderer", "andere", "anderen", "other",
              "weiteren anlass", "weiterer anlass", "weiteren zweck", "weiterer zweck"),
}

DWELLINGS: dict[str, tuple[str, ...]] = {
    # (the law's own words, § 21 BMG: the main dwelling is the one used most; "weitere
    # Wohnung", its words for a secondary one, also explains other options; "Whg." is the
    # office's contraction of Wohnung)
    "main": ("hauptwohnung", "alleinige wohnung", "einzige wohnung", "hauptwohnsitz", "hws",
             "vorwiegend benutzte wohnung", "vorwiegend genutzte wohnung", "hauptwhg",
             "vorrangig genutzt", "überwiegend genutzt", "h-whg"),
    "secondary": ("nebenwohnung", "zweitwohnung", "nebenwohnsitz", "zweitwohnsitz", "nws",
                  "nebenwhg", "zusätzlich genutzt", "n-whg"),
}

# Marks a form prints beside a ticked option; the empty ones are read as unticked.
TICKED = ("☒", "☑", "✔", "✓", "✗", "✘", "■", "[x]", "[X]", "(x)", "(X)", "x", "X", "⊠", "●")
UNTICKED = ("☐", "□", "[ ]", "[]", "( )", "○", "o", "O")

_WS = re.compile(r"\s+")
_EDGE_PUNCT = " \t:;,.|_-–—*\"'«»„“”‚‘’`´"


def collapse(text: str) -> str:
    """Collapse inner white space and strip separators a form leaves at the edges."""
    return _WS.sub(" ", text).strip(_EDGE_PUNCT + " ")


@lru_cache(maxsize=1 << 16)  # (the same words are folded again and again on a page)
def fold(text: str) -> str:
    """Lower case without accents, for comparing words (``Straße`` → ``strasse``)."""
    text = text.lower().replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# A contraction keeps the start of a word and then only consonants of the rest, the last
# letter among them, closed by a full stop ("Whg." for Wohnung, "Hauptwhg." for
# Hauptwohnung, "Hsnr." for Hausnummer). Unlike a word cut short ("Geschl."), it is no prefix
# of its word, so only a list of the words it may stand for tells what it means. A run that
# leaves the word's start for a single letter ("Gebr." in Geburtsregister) is some other
# word's ("Gebrüder").
CONTRACTION_MIN_CHARS = 3
CONTRACTION_MIN_SKELETON = 2
# ... from the first consonant on, keeping a fair share of the letters it leaves out of the
# word ("Mrz." is no Mandatsreferenz, "Betr." no "beantragter", "Kontonr." no Kontoinhaber).
CONTRACTION_MIN_SHARE = 0.3
_VOWELS = frozenset("aeiouy")
_CONTRACTED = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.")


def contraction_of(run: str, words: frozenset[str]) -> str | None:
    """The one word of ``words`` (folded) that ``run`` (folded letters) contracts, if any.

    ``run`` must not begin a listed word (then it is a word cut short, read as such
    elsewhere); with two words it might stand for, it stands for neither."""
    if len(run) < CONTRACTION_MIN_CHARS or any(w.startswith(run) for w in words):
        return None
    found = {w for w in words if len(w) >= len(run) + 2
             and w[0] == run[0] and w[-1] == run[-1] and _contracts(run, w)}
    return found.pop() if len(found) == 1 else None


def _contracts(run: str, word: str) -> bool:
    """Whether ``run`` is the start of ``word`` and then consonants of its rest, in order."""
    start = 0
    while start < len(run) and run[start] == word[start]:
        start += 1
    skeleton, rest = run[start:], word[start:]
    if len(skeleton) < CONTRACTION_MIN_SKELETON or rest[0] not in _VOWELS \
            or _VOWELS & set(skeleton) or len(skeleton) < CONTRACTION_MIN_SHARE * len(rest):
        return False
    if rest.lstrip("".join(_VOWELS))[:1] != skeleton[0]:
        return False
    letters = iter(rest)
    return all(c in letters for c in skeleton)


def expand_contractions(text: str, words: frozenset[str]) -> str:
    """``text`` (folded) with each contraction of a word in ``words`` written out:
    "hauptwhg. (vorwiegend)" → "hauptwohnung (vorwiegend)"."""
    if "." not in text:
        return text

    def full(m: re.Match[str]) -> str:
        word = contraction_of(m.group(1), words)
        return word if word else m.group(0)

    return _CONTRACTED.sub(full, text)


# --- dates -----------------------------------------------------------------------------

_DATE_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s?[.,/-]\s?(\d{1,2})\s?[.,/-]\s?(\d{4})(?!\d)")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# "14. März 1987", "14 Mar 1987", and the compact "22.NOV.1968" / "27-Okt-2026" of receipts
# and spreadsheets.
_DATE_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})\s?(?:\.\s*|\s+|-)?"
    # (the day again in words, in brackets: "7. (siebter) Juli 1982")
    r"(?:\(\s?[a-zäöüß]{4,30}\s?\)\s*)?"
    r"([A-Za-zÄÖÜäöü]{3,9})(?:\.?\s+|\.|-)(\d{4})(?!\d)")
# Months in Roman numerals, an older official style ("25. VI. 1985"); OCR reads I as l or 1.
_DATE_ROMAN = re.compile(r"(?<!\d)(\d{1,2})\.\s?([IVXl1]{1,4})\.\s?(\d{4})(?!\d)")
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                "IX": 9, "X": 10, "XI": 11, "XII": 12}
_DATE_BOXES = re.compile(r"(\d{1,2})\s*[\s|]\s*(\d{1,2})\s*[\s|]\s*(\d{4})")
_DATE_YEAR_FIRST = re.compile(r"((?:19|20)\d{2})(?:\s+|\s*/\s*)(\d{1,2})(?:\s+|\s*/\s*)(\d{1,2})")
_DATE_WALLS = re.compile(
    r"(?<!\d)(\d{1,2})\s+(?:[|Il]\s+)+(\d{1,2})\s+(?:[|Il]\s+)+(\d{4})(?!\d)")
# An older pre-printed form's date line: the century "19" (or "20") is printed and the rest of
# the year typed after it ("11.08. 19 63"); from 2000 on the typist struck the printed century
# and typed the whole year after it ("11.10. 19 2026").
_DATE_PRINTED_CENTURY = re.compile(
    r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s*(19|20)\s+(\d{2}|\d{4})(?!\d|\.\d)")
# Digits that OCR tends to read as letters inside a date.
_DIGIT_FIXES = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "Z": "2"}
)


# The years a document's date may name ("2/11, 4020 Linz" is a flat's door and a postal
# code, not the 2nd of November 4020).
DATE_YEARS = range(1800, 2200)


def _iso(y: int, m: int, d: int) -> str | None:
    if y not in DATE_YEARS:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# Days written out as ordinals in formal certificates ("am vierzehnten August 1965").
_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
          "acht": 8, "neun": 9}
_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                  "siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11,
                  "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15,
                  "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
                  "zwanzigst": 20, "dreißigst": 30,
                  **{f"{u}und{tens}": n + t for u, n in _UNITS.items()
                     for tens, t in (("zwanzigst", 20), ("dreißigst", 30)) if n + t <= 31}}
# A year written out in words, as older certificates give it ("neunzehnhundertachtzig",
# "zweitausendeins", "eintausendneunhunderteinundsechzig").
_YEAR_IN_WORDS = r"[a-zäöüß]*(?:tausend|hundert)[a-zäöüß]*"
_ORDINAL_DAY = re.compile(
    r"\b(" + "|".join(sorted(_ORDINAL_STEMS, key=len, reverse=True))
    + r")(?:e|er|en|es|em)\b\.?\s+([A-Za-zÄÖÜäöü]{3,9})\.?\s+(\d{4}(?!\d)|"
    + _YEAR_IN_WORDS + r"\b)", re.IGNORECASE)
_CARDINALS = {**_UNITS, "eins": 1, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
              "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
              "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
              "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
# The years a date in words may name.
_YEARS_IN_WORDS = range(1800, 2101)


def cardinal(word: str) -> int | None:
    """A number written out in German in one word, up to 9999 ("neunzehnhundertachtzig" →
    1980), or None."""
    word = word.lower()
    for scale, size in (("tausend", 1000), ("hundert", 100)):
        if scale in word:
            left, right = word.split(scale, 1)
            times = cardinal(left) if left else 1
            rest = cardinal(right) if right else 0
            return None if times is None or rest is None else times * size + rest
    if word in _CARDINALS:
        return _CARDINALS[word]
    unit, joint, tens = word.partition("und")
    if joint and unit in _CARDINALS and _CARDINALS[unit] < 10 \
            and _CARDINALS.get(tens, 0) >= 20 and _CARDINALS[tens] % 10 == 0:
        return _CARDINALS[unit] + _CARDINALS[tens]
    return None


def _year(text: str) -> int | None:
    """A year in digits or written out in words."""
    if text.isdigit():
        return int(text)
    year = cardinal(text)
    return year if year in _YEARS_IN_WORDS else None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """All dates in a text as ``(iso, start, end)``, in order of appearance."""
    found: list[tuple[str, int, int]] = []
    for m in _ORDINAL_DAY.finditer(text):
        month = MONTHS.get(fold(m[2]).rstrip(".")) or MONTHS.get(m[2].lower())
        year = _year(m[3])
        iso = _iso(year, month, _ORDINAL_STEMS[m[1].lower()]) if month and year else None
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _DATE_ISO.finditer(text):
        iso = _iso(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _DATE_NUMERIC.finditer(text):
        iso = _iso(int(m[3]), int(m[2]), int(m[1]))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _DATE_WORDS.finditer(text):
        month = MONTHS.get(fold(m[2]).rstrip(".")) or MONTHS.get(m[2].lower())
        if month:
            iso = _iso(int(m[3]), month, int(m[1]))
            if iso:
                found.append((iso, m.start(), m.end()))
    for m in _DATE_PRINTED_CENTURY.finditer(text):
        year = int(m[4]) if len(m[4]) == 4 else int(m[3] + m[4])
        iso = _iso(year, int(m[2]), int(m[1]))
        if iso:
            found.append((iso, m.start(), m.end()))
    for m in _DATE_ROMAN.finditer(text):
        if m[2].isdigit():
            continue  # "1. 1. 1990" is numeric, found above
        month = ROMAN_MONTHS.get(m[2].replace("l", "I").replace("1", "I"))
        iso = _iso(int(m[3]), month, int(m[1])) if month else None
        if iso:
            found.append((iso, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``."""
    dates = find_dates(text)
    if not dates:
        # OCR sometimes reads a digit as a letter; try once with the usual fixes.
        fixed = re.sub(
            r"[0-9OoDlI|SBZ]{1,4}(?:[.,/-][0-9OoDlI|SBZ]{1,4}){2}",
            lambda m: m[0].translate(_DIGIT_FIXES),
            text,
        )
        dates = find_dates(fixed)
    if not dates:
        # Day, month and year in separate boxes or set apart by spaces: "14 03 1987"; OCR
        # reads the box walls as "|", "I" or "l" ("29 | 10 | 2026 | An der …").
        m = _DATE_BOXES.fullmatch(text.strip()) or _DATE_WALLS.search(text)
        if m:
            return _iso(int(m[3]), int(m[2]), int(m[1]))
        # (a label printer's year first, set apart by spaces or slashes: "1957 05 09")
        m = _DATE_YEAR_FIRST.fullmatch(text.strip())
        if m:
            return _iso(int(m[1]), int(m[2]), int(m[3]))
        walled = boxed_date_with_walls_read_as_digits(text)
        if walled:
            return walled
        return compact_date(text)
    return dates[0][0] if dates else None


# Eight digits without separators, as a terminal or a register export prints a date under
# its key: "25112003" (day first) or "20031125" (year first). Only a value standing alone
# is read so: a run of digits in running text is a number.
_COMPACT_DAY_FIRST = re.compile(r"(\d{2})(\d{2})((?:19|20)\d{2})")
_COMPACT_YEAR_FIRST = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})")


def compact_date(text: str) -> str | None:
    """The date of eight digits standing alone, when only one reading of them is a date."""
    digits = text.strip()
    readings = set()
    if m := _COMPACT_DAY_FIRST.fullmatch(digits):
        readings.add(_iso(int(m[3]), int(m[2]), int(m[1])))
    if m := _COMPACT_YEAR_FIRST.fullmatch(digits):
        readings.add(_iso(int(m[1]), int(m[2]), int(m[3])))
    readings.discard(None)
    return readings.pop() if len(readings) == 1 else None


# Day, month and year boxes whose walls OCR read as digits: "3050721991" for 30|07|1991.
_WALLS_AS_DIGITS = re.compile(r"(\d{2})\d(\d{2})\d((?:19|20)\d{2})")


def boxed_date_with_walls_read_as_digits(text: str) -> str | None:
    """The date of a run of ten digits read from day, month and year boxes with their walls;
    a guess (the caller doubts it)."""
    m = _WALLS_AS_DIGITS.fullmatch(text.strip())
    return _iso(int(m[3]), int(m[2]), int(m[1])) if m else None


# --- names and places ------------------------------------------------------------------

_NAME_CHARS = re.compile(r"[^\wÄÖÜäöüß' .\-]")


# Lower-case words that may stand inside a name ("Ludwig van Beethoven", "Ursula von der
# Leyen"); any other lower-case word means the text is a phrase, not a name.
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "di", "da", "du", "del", "della",
                            "zu", "zum", "zur", "ten", "ter", "el", "al", "bin", "ben", "ibn",
                            "le", "la", "dos", "das", "y", "und", "e", "af", "vom", "mbh",
                            "gmbh", "kg", "ag", "eg", "co", "ohg", "an", "am", "im", "in", "a.",
                            "d.", "i."})


# German prepositions and articles that may stand inside a name but never make one alone
# ("Vom" is an OCR reading of "Vorn.", an abbreviated label). ("Le", "Du", "Da" are names.)
_FUNCTION_WORDS = frozenset({"von", "vom", "zu", "zum", "zur", "der", "die", "das", "den", "dem",
                             "des", "und", "an", "am", "im", "in", "auf", "bei", "mit",
                             # (verbs: "Ist" is no name, whatever OCR made of a key's "Lst")
                             "ist", "sind", "wird", "wurde"})


# "Ort_Geburt", "Reg_Nr_Jahr": a field's name as a program stores it, never a name or place.
_IDENTIFIER = re.compile(r"[^\W\d_]_[^\W_]")


def looks_like_name(text: str) -> bool:
    """Capitalised words, perhaps with particles: not a phrase such as "ist/sind eingezogen",
    nor a program's field name."""
    tokens = [t for t in re.split(r"[\s,]+", text) if t]
    if not tokens or _IDENTIFIER.search(text) \
            or all(t.lower().strip(".") in _FUNCTION_WORDS for t in tokens):
        return False
    capitalised = 0
    for token in tokens:
        head = token.lstrip("(\"'„")[:1]
        if head.isupper():
            capitalised += 1
        elif token.lower() not in NAME_PARTICLES:
            return False
    return capitalised > 0


# Letters whose capital is their small letter enlarged: OCR confuses their case
# ("sören" for "Sören").
_CASE_ALIKE = frozenset("cosuvwxzkpöü")


def _capitalise_first(name: str) -> str:
    """A name whose first word OCR read in small letters, capitalised (particles stay)."""
    first, _, rest = name.partition(" ")
    if first[:1] in _CASE_ALIKE and first.lower() not in NAME_PARTICLES and len(first) > 1 \
            and first[1:].islower():
        return first[:1].upper() + first[1:] + (" " + rest if rest else "")
    return name


# Words of a label's remark ("Vorname(n), Rufname zuerst", "Telefon (freiwillig)") that OCR
# may set apart from it; never a name, though capitalising them would make one.
REMARK_WORDS = frozenset({"zuerst", "optional", "freiwillig", "bitte", "falls", "soweit",
                          "sofern", "alle", "vorhanden", "zutreffendes", "ankreuzen",
                          # how to fill a field in: "Gemeinde – Blockschrift"
                          "blockschrift", "druckschrift", "großbuchstaben", "ziffern"})


# two or three capitals with stops ("D.F.", "B.K"): a corrector's initials, no name's part
_INITIALS_AFTER = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,2}[A-ZÄÖÜ]\.?$")


def without_initials(text: str) -> str:
    """``text`` without a corrector's initials after it ("Nguyen D.F.", "Abuja B.K")."""
    words = text.split()
    while len(words) > 1 and _INITIALS_AFTER.match(words[-1]):
        words = words[:-1]
    return " ".join(words) if len(words) < len(text.split()) else text


def parse_name(text: str) -> str | None:
    """A name as printed, white space collapsed; ``None`` if it is no name."""
    cleaned = _capitalise_first(collapse(_NAME_CHARS.sub(" ", without_initials(text))))
    if not re.search(r"[^\W\d_]{2,}", cleaned) or cleaned.lower() in REMARK_WORDS:
        return None
    if re.search(r"\d", cleaned) or not looks_like_name(cleaned):
        return None
    if any(_CUT_WORD.match(t) and t[:-1].lower() not in NAME_TITLES for t in cleaned.split()):
        return None  # "Pos. in Liste", "Lfd. Nr.": a table's header, no name
    if any(t.endswith("-") for t in cleaned.split()):
        return None  # "Vor- und Zuname": a compound's first part, a label's words
    if fold(cleaned.split()[0]) in _CLOSING_WORDS:
        return None  # "Unterschrieben in Bochum": the form's closing line, no person
    return cleaned


# The words a form's closing line starts with (signed, filled in, made out at a place)
_CLOSING_WORDS = frozenset({"unterschrieben", "unterzeichnet", "ausgefullt", "erstellt",
                            "ausgestellt", "gezeichnet", "beglaubigt", "ausgefertigt"})


# A word cut short with its stop stands in a name only as a title or an initial.
_CUT_WORD = re.compile(r"^[^\W\d_]{2,}\.$")
NAME_TITLES = frozenset({"dr", "prof", "dipl", "ing", "med", "jur", "rer", "nat", "phil", "jun",
                         "sen", "jr", "sr", "st"})


def parse_name_list(text: str) -> list[str] | None:
    """Full names separated by commas, semicolons, ``und`` or line breaks.

    A list whose first name carries no item number ends at the first line that does: that is
    the next numbered section of the form ("2. Betroffene Wohnung").
    """
    if not re.match(r"\s*\d+\.\s", text):
        text = re.split(r"\n\s*\d+\.\s", text, maxsplit=1)[0]
    if re.match(r"\s*\d{1,2}\)?\s+[A-ZÄÖÜ]", text):
        # items numbered "1)" or "1" alone before the names ("1 José Martínez")
        text = re.sub(r"(?:^|(?<=\n))\s*\d{1,2}\)?\s+(?=[A-ZÄÖÜ])", "\n", text)
    else:
        text = re.split(r"\n\s*\d{1,2}\)?\s+(?=[A-ZÄÖÜ])", text, maxsplit=1)[0]
    parts = re.split(r"[,;\n]|\bund\b|\s&\s|\d+\.\s", text)
    names = [n for n in (parse_name(p) for p in parts) if n and " " in n]
    return names or None


# (the hour may stand after the date or after the place: "12.08.2026, 07:30 Uhr in Bochum")
_DATE_THEN_PLACE = re.compile(
    r"\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]{3,}\.?)\s?\d{4}"
    r"(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*(?:,|in\b)\s*(.+?)"
    r"(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$")


def parse_place(text: str) -> str | None:
    """A place name (town, optionally with country in brackets); after a date under a label
    asking both ("Tag und Ort der Geburt: 23.12.1986 in Dresden"), the place."""
    dated = _DATE_THEN_PLACE.match(text.strip())
    if dated:
        text = dated.group(1)
    text = without_initials(text)
    cleaned = collapse(re.sub(r"[^\wÄÖÜäöüß' .()/\-]", " ", text))
    # A speck OCR read as a full stop between words ("Mülheim.an der Ruhr").
    cleaned = re.sub(r"(?<=[^\W\d_])\.(?=[a-zäöü]{2,}\b)", " ", cleaned)
    if not re.search(r"[^\W\d_]{2,}", cleaned) or re.search(r"\d{3,}", cleaned):
        return None
    if not cleaned[:1].isupper() or not looks_like_name(re.sub(r"[()/]", " ", cleaned)) \
            or cleaned.lower() in REMARK_WORDS or _GENDERED.search(cleaned) \
            or all(part.lower().strip(",.") in _PLACE_NOUNS for part in cleaned.split()):
        return None
    return cleaned


# What a label asks for, never a place's name ("Geb.-Ort, Staat" read as the value "Staat").
_PLACE_NOUNS = frozenset({"staat", "land", "ort", "stadt", "gemeinde", "kreis", "landkreis",
                          "bundesland", "staatsangehörigkeit", "nationalität", "geburtsort"})


# A role written for both genders ("Halter/in", "Vermieter(in)") names a person, no place.
_GENDERED = re.compile(r"[^\W\d_]/in(?:nen)?\b|[^\W\d_]\(in(?:nen)?\)|[^\W\d_]\*in\b")


def parse_text(text: str) -> str | None:
    """Any non-empty text, white space collapsed."""
    cleaned = collapse(text)
    return cleaned or None


# --- choices ---------------------------------------------------------------------------


# An option word starts after a non-letter, or right after a typed cross glued to it
# ("Xweiblich": a typewriter's X struck where the box is, and the text layer runs them on).
_OPTION_START = r"(?:(?<![a-z])|(?<=(?<![a-z])x))"


COMPOUND_OPTION_MIN_CHARS = 6
# "nicht vorwiegend genutzt" names the other option
_NEGATED = re.compile(r"(?<![a-z])(?:nicht|kein|keine)\s+$")


_CUT_OPTION_WORD = re.compile(r"(?<![a-z])([a-z]{3,})\.")


def _expand_cut_words(folded: str, options: dict[str, tuple[str, ...]]) -> str:
    """``folded`` with each word cut short by a full stop that begins the words of one
    option only written out ("Stud. (Hochsch.)", "Erwerbstät.", "human. Gründe" on a
    card)."""
    def full(m: re.Match[str]) -> str:
        cut = m.group(1)
        if any(fold(w).rstrip(".") == cut for words in options.values() for w in words):
            return m.group(0)  # (the option's own short form: "weibl.")
        found = {(value, fold(w)) for value, words in options.items() for w in words
                 if " " not in w and fold(w).startswith(cut) and len(fold(w)) > len(cut)}
        if len({value for value, _ in found}) != 1:
            return m.group(0)
        return min(word for _, word in found) + " "

    return _CUT_OPTION_WORD.sub(full, folded)


_HYPHENATED = re.compile(r"(?<=[a-z]{3})-(?=[a-z]{3})")  # (not a shorthand's "H-Whg.")
_MARKED_BOX = re.compile(r"(?P<mark>[☒☑✔✓✗✘⊠])[ \t]*[☐□]|[☐□][ \t]*(?P<mark2>[☒☑✔✓✗✘⊠])")


def _choose(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """Pick an option named in ``text``; with several named, the one that is ticked.

    An option may be contracted ("Hauptwhg." for Hauptwohnung)."""
    # (plain language splits a compound with a hyphen: "Haupt-Wohnung")
    folded = expand_contractions(_HYPHENATED.sub("", fold(text)), frozenset(
        fold(w) for words in options.values() for w in words if " " not in w))
    # "Haupt-/Nebenwhg.": a label that names the options together, choosing none
    folded = _COORDINATED.sub(lambda m: " " * len(m.group(0)), folded)
    # a cross drawn over an empty box comes out as two marks side by side ("☒ ☐")
    folded = _MARKED_BOX.sub(lambda m: m.group("mark") or m.group("mark2"), folded)
    hits: list[tuple[int, str]] = []
    for value, words in options.items():
        for word in words:
            for m in re.finditer(rf"{_OPTION_START}{re.escape(fold(word))}", folded):
                if not _NEGATED.search(folded, 0, m.start()):
                    hits.append((m.start(), value))
    if not hits:
        # An option word closing a compound names the option too ("Hochschulstudium").
        hits = [(m.start(), value) for value, words in options.items() for word in words
                if len(word) >= COMPOUND_OPTION_MIN_CHARS and " " not in word
                for m in re.finditer(rf"{re.escape(fold(word))}(?![a-z])", folded)]
    if not hits:
        return None
    values = {v for _, v in hits}
    if len(values) == 1:
        # One option named: it counts unless its own box stands empty beside it.
        return None if all(_is_unticked(folded, pos) or _opening_box(folded, pos, hits) is False
                           for pos, _ in hits) else hits[0][1]
    ticked = [v for pos, v in hits if _is_ticked(folded, pos)]
    if len(set(ticked)) == 1:
        return ticked[0]
    if not ticked:
        # "☒ Zusammenleben mit Angehörigen": the option's word stands inside its wording,
        # after the box that opens it
        ticked = [v for pos, v in hits if _opening_box(folded, pos, hits)]
        if len(set(ticked)) == 1:
            return ticked[0]
    if not ticked and "\n" in folded:
        ticked = [v for pos, v in hits if _closed_by_tick(folded, pos, hits)]
        if len(set(ticked)) == 1:
            return ticked[0]
    return _keyed(folded, hits)


# (a typed "X" opening a line of options stands where its box is: "X Nachzug zu …" under
# "☐ Studium …")
_BOX = re.compile(r"☒|☑|✔|✓|✗|✘|■|⊠|●|\[\s*x\s*\]|\(\s*x\s*\)|☐|□|\[\s*\]|\(\s*\)|○"
                  r"|(?:^|(?<=\n))[ \t]*x(?=[ \t])")
#: An option's words after its box: the box opens it within this many characters.
OPTION_WORDING_MAX_CHARS = 60


def _opening_box(folded: str, pos: int, hits: list[tuple[int, str]]) -> bool | None:
    """Whether the box that opens an option's wording is ticked: the box nearest before the
    option's word on its line, with no other option's word between them and no more than a
    short wording; None when no box opens it."""
    boxes = [m for m in _BOX.finditer(folded, max(0, pos - OPTION_WORDING_MAX_CHARS), pos)]
    if not boxes:
        return None
    box = boxes[-1]
    if "\n" in folded[box.end():pos] or any(box.end() <= other < pos for other, _ in hits):
        return None  # (a wording opened by its box stands on the box's line)
    return bool(_TICK_BEFORE.search(box.group(0)))


_COORDINATED = re.compile(r"(?<![a-z])[a-z]{3,}-\s*(?:/|,|oder|und|bzw\.?)\s*[a-z]{3,}")


def _keyed(folded: str, hits: list[tuple[int, str]]) -> str | None:
    """The option a key number picks from the legend beside it ("1 (1 = weiblich,
    2 = männlich)"): the one number outside the legend names its option."""
    legend = {m.group(1): m.end() for m in _LEGEND_KEY.finditer(folded)}
    keys = {m.group(0) for m in re.finditer(r"(?<![\d.])\d(?![\d.])", folded)
            if not _LEGEND_KEY.match(folded, m.start())}
    if len(keys) != 1:
        return None
    (key,) = keys
    if key not in legend:
        return None
    picked = [(pos, v) for pos, v in hits if pos >= legend[key]]
    return min(picked)[1] if picked else None


# "1 = weiblich", "2: männlich", "3 – divers": a key number's entry in its legend.
_LEGEND_KEY = re.compile(r"(?<![\d.])(\d)\s*(?:=|:|–|-)\s*(?=[^\W\d_])")


_TICK_BEFORE = re.compile(r"(?:☒|☑|✔|✓|✗|✘|■|⊠|●|\[\s*x\s*\]|\(\s*x\s*\)|(?<![a-z])x)\s*$")


_UNTICK_BEFORE = re.compile(r"(?:☐|□|\[\s*\]|\(\s*\)|○)\s*$")


def _is_unticked(folded: str, pos: int) -> bool:
    return bool(_UNTICK_BEFORE.search(folded[max(0, pos - 6):pos]))


def _is_ticked(folded: str, pos: int) -> bool:
    start = max(0, pos - 6)
    m = _TICK_BEFORE.search(folded[start:pos])
    if m is None:
        return False
    mark = start + m.start()
    if "\n" in folded[mark:pos] and not _EMPTY_BOX.search(folded):
        # where no box stands empty before an option, a mark closing the line before belongs
        # to that line's option ("Familiennachzug … x" over "humanitär"); on a form of boxes
        # before their options it opens the next line's
        line = folded[folded.rfind("\n", 0, mark) + 1:mark]
        return not re.search(r"[a-z]{3}", line)
    return True


_EMPTY_BOX = re.compile(r"☐|□|\[\s*\]|\(\s*\)|○")


def _closed_by_tick(folded: str, pos: int, hits: list[tuple[int, str]]) -> bool:
    """Whether the option at ``pos`` ends its line with a mark of its own, no other option
    between them (a sheet's column of options, the chosen one's row marked "x" at its end)."""
    end = folded.find("\n", pos)
    end = len(folded) if end < 0 else end
    if any(pos < other < end for other, _ in hits):
        return False
    return bool(_TICK_BEFORE.search(folded[pos:end]))


SEX_OPTIONS: dict[str, tuple[str, ...]] = {
    # (a child's sex in plain words: "Das Kind ist ein Mädchen.")
    # (and a form's short "männl. / weibl.")
    "F": ("weiblich", "female", "mädchen", "madchen", "frau", "weibl"),
    "M": ("männlich", "maennlich", "mannlich", "male", "junge", "mann", "männl", "mannl"),
    "D": ("divers",),
    "X": ("ohne angabe", "keine angabe", "nicht angegeben", "ohne eintrag", "kein eintrag",
          "keinen eintrag"),
}


# Words that only ever name an option of a choice (sex, kind of dwelling): a text made of
# them alone is the choice's, never a name, a place or a street.
_OPTION_ONLY_WORDS = frozenset(fold(w) for table in (SEX_OPTIONS, DWELLINGS)
                               for words in table.values() for w in words
                               if " " not in w) - {"junge"}  # (also a family name)


def names_only_options(text: str) -> bool:
    """Whether ``text`` (marks aside) is nothing but option words ("☐ Hauptwohnung")."""
    tokens = re.findall(r"[^\W\d_]+", fold(text))
    return bool(tokens) and all(t in _OPTION_ONLY_WORDS for t in tokens)


def option_words(kind: ValueKind, value: str) -> tuple[str, ...]:
    """The words that name option ``value`` of a choice field (to find where it stands)."""
    tables: dict[ValueKind, dict[str, tuple[str, ...]]] = {
        ValueKind.SEX: SEX_OPTIONS, ValueKind.PURPOSE: PURPOSES, ValueKind.DWELLING: DWELLINGS,
    }
    return tuple(fold(w) for w in tables.get(kind, {}).get(value, ()))


def option_kind(text: str) -> ValueKind | None:
    """The choice whose option ``text`` names alone (marks aside), if any: "männlich" a sex,
    "Nebenwohnung" a kind of dwelling, "Studium" a purpose."""
    tokens = re.findall(r"[^\W\d_]+", fold(text))
    if not tokens or len(tokens) > OPTION_MAX_WORDS:
        return None
    joined = " ".join(tokens)
    for kind, words in _FOLDED_OPTIONS:
        if any(w in joined for w in words) and parse_value(kind, text) is not None:
            return kind
    return None


OPTION_MAX_WORDS = 4
# The choices' option words, folded once (every run of a text page is asked).
_FOLDED_OPTIONS: tuple[tuple[ValueKind, tuple[str, ...]], ...] = tuple(
    (kind, tuple(fold(w) for words in table.values() for w in words))
    for kind, table in ((ValueKind.SEX, SEX_OPTIONS), (ValueKind.DWELLING, DWELLINGS),
                        (ValueKind.PURPOSE, PURPOSES)))


def parse_sex(text: str) -> str | None:
    """``weiblich`` → ``F``; a ticked box among several options counts, also before an
    option's letter code ("☐ w ☒ m ☐ d")."""
    # "weibl. (w)", a register's "W=WEIBL": the word and its code, which must agree
    coded = _CODE_AFTER.fullmatch(text.strip()) or _CODE_GLOSSED.fullmatch(text.strip())
    if coded:
        word, code = (parse_sex(part) for part in coded.groups())
        if word and code:
            return word if word == code else None
    chosen = _choose(text, SEX_OPTIONS) or _ticked_code(text, SEXES)
    if chosen:
        return chosen
    token = fold(collapse(text))
    return SEXES.get(token) or SEXES.get(token.rstrip("."))


_CODE_AFTER = re.compile(r"(.+?)\s*\(([^()]+)\)")
_CODE_GLOSSED = re.compile(r"([^\W\d_]{1,3})\s*=\s*([^=]+)")
_TICK = r"☒|☑|✔|✓|✗|✘|■|⊠|\[\s*[xX]\s*\]|\(\s*[xX]\s*\)"
_TICKED_CODE = re.compile(rf"(?:{_TICK})\s*([^\W\d_]{{1,3}})(?![^\W\d_])")
_ANY_TICK = re.compile(_TICK)


def _ticked_code(text: str, codes: dict[str, str]) -> str | None:
    """The option whose short code follows the one ticked box of a row of coded options."""
    if len(_ANY_TICK.findall(text)) != 1:
        return None
    m = _TICKED_CODE.search(text)
    return codes.get(fold(m.group(1))) if m else None


def parse_purpose(text: str) -> str | None:
    """The purpose of stay, from the form's wording or its ticked box.

    "Sonstiges: Sprachkurs" is the other purpose, whatever the words after it say.
    """
    folded = fold(text)
    if re.search(r"(?<![a-z])sonstige[sn]?\s*:", folded) and not re.search(
            r"☒|☑|✔|✓|✗|✘|■|⊠|●|\[\s*x\s*\]|\(\s*x\s*\)", folded):
        return "other"
    # (a card cuts its options' words short: "Stud. (Hochsch.)", "human. Gründe")
    return _choose(text, PURPOSES) or _choose(_expand_cut_words(fold(text), PURPOSES), PURPOSES)


def parse_dwelling(text: str) -> str | None:
    """``Hauptwohnung`` → ``main``, ``Nebenwohnung`` → ``secondary``; the office's shorthand
    ``HW`` / ``NW`` only standing alone (a label's "(HW/NW)" names both)."""
    key = fold(collapse(text))
    short = _SHORT_DWELLING.fullmatch(key)
    if short:  # a card's or a clerk's shorthand ("NebWhg.", "Hpt.-Whg.")
        return "main" if short["kind"].startswith("h") else "secondary"
    return _DWELLING_CODES.get(key) or _choose(text, {k: v for k, v in DWELLINGS.items()})


_DWELLING_CODES = {"hw": "main", "nw": "secondary"}
_SHORT_DWELLING = re.compile(
    r"(?P<kind>haupt|hpt|neben|neb)\.?[\s\-]*(?:whg|wohn|wohns|wohnung|wohnsitz)\.?")


def parse_nationality(text: str) -> str | None:
    """``deutsch`` → ``DEU``; an alpha-3 code passes through."""
    cleaned = collapse(text)
    key = cleaned.lower()
    if key in NATIONALITIES:
        return NATIONALITIES[key]
    if cleaned.upper() in _ALPHA3 and len(cleaned) == 3:
        return cleaned.upper()
    for word in re.findall(r"[A-Za-zÄÖÜäöüß\-]+", cleaned):
        w = word.lower()
        if w in NATIONALITIES and len(w) > 1:
            return NATIONALITIES[w]
        if len(word) == 3 and word.isupper() and word in _ALPHA3:
            return str(word)
    # Declined forms on forms ("deutsche", "türkische") and OCR losses of umlauts.
    folded = fold(cleaned)
    cut = re.sub(r"[^a-z]", "", folded)
    if text.rstrip().endswith(".") and len(cut) >= 3:
        # an adjective cut short on a card ("chin.", "iran."), if it begins only one
        codes = {code for name, code in NATIONALITIES.items()
                 if len(name) > len(cut) and fold(name).startswith(cut)}
        if len(codes) == 1:
            return codes.pop()
    for name, code in NATIONALITIES.items():
        if len(name) > 3 and (folded.startswith(fold(name)) or fold(name) == folded.rstrip("e")):
            return code
    return None


# --- addresses -------------------------------------------------------------------------

POSTAL_CODE_RE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
_STREET_NUMBER = re.compile(
    r"^(?P<street>.*?[A-Za-zÄÖÜäöüß.].*?)\s*,?\s+(?P<number>\d{1,4}\s?[a-zA-Z]?"
    r"(?:\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?)$"
)


# Lower-case words a street name may start with ("Am Markt" is usually capitalised, but
# "an der Ruhr" occurs); any other leading lower-case word is noise (OCR of dot leaders,
# the tail of a sentence).
STREET_LEADS = frozenset({"am", "an", "auf", "im", "in", "zum", "zur", "unter", "hinter",
                          "vor", "bei", "über", "alte", "neue", "kleine", "große"})


# A sentence that gives the street opens with a pronoun or "Das ist …" ("Wir wohnen jetzt
# Kortumstraße 5"): its words up to the street's are no part of it.
SENTENCE_OPENERS = frozenset({"ich", "wir", "das", "es", "er", "sie", "mein", "meine",
                              "unser", "unsere", "jetzt", "nun"})


# "Die neue Adresse ist Kortumstraße 5", "… lautet Am Markt 3": the street follows the verb.
_COPULAS = frozenset({"ist", "lautet", "lauten", "heißt", "heisst", "sind", "war"})


# "Die genannte Person wohnt in Lindenweg 45", "die im Hause Hauptstraße 3 gelegene
# Wohnung": the street follows where one lives, or the house.
_RESIDES = frozenset({"wohnt", "wohnen", "wohne", "wohnhaft", "wohnend", "lebt", "leben",
                      "lebe", "gemeldet", "ansässig"})
_HOUSE_WORDS = frozenset({"hause", "haus", "gebäude", "anwesen"})


def _after_residence(tokens: list[str]) -> list[str]:
    """The tokens after a verb of residence and its preposition, or after "im Hause"."""
    verb = max((i for i, t in enumerate(tokens[:-1]) if t.lower() in _RESIDES), default=None)
    if verb is not None:
        tokens = tokens[verb + 1:]
        # ("gemeldet bin ich unter Marienplatz 3")
        while len(tokens) > 1 and tokens[0].islower() and not (
                tokens[0] in STREET_LEADS and tokens[1][:1].isupper()):
            tokens = tokens[1:]
        if len(tokens) > 1 and tokens[0] in ("in", "im", "unter") and tokens[1][:1].isupper():
            tokens = tokens[1:]
    house = max((i for i in range(len(tokens) - 2)
                 if tokens[i] == "im" and tokens[i + 1].lower() in _HOUSE_WORDS), default=None)
    return tokens[house + 2:] if house is not None else tokens


def _drop_leading_noise(text: str) -> str:
    tokens = text.split(" ")
    verb = max((i for i, t in enumerate(tokens[:-1]) if t in _COPULAS), default=None)
    if verb is not None:
        tokens = tokens[verb + 1:]
    tokens = _after_residence(tokens)
    if len(tokens) > 1 and tokens[0].lower() in SENTENCE_OPENERS and tokens[1][:1].islower():
        tokens.pop(0)  # ("Das Eck 4" is a street)
    while tokens and not (
        re.match(r"[A-ZÄÖÜ][a-zäöüß]", tokens[0]) or re.match(r"\d", tokens[0])
        or (tokens[0].lower() in STREET_LEADS and len(tokens) > 1
            and re.match(r"[A-ZÄÖÜ]", tokens[1]))
    ):
        tokens.pop(0)
    return " ".join(tokens)


def _street_part(text: str) -> str:
    """The street-and-number part of an address line (before the postal code)."""
    m = POSTAL_CODE_RE.search(text)
    head = text[: m.start()] if m else text.split("\n")[0]
    return _drop_leading_noise(collapse(head.replace("\n", " ")))


def split_street(text: str) -> tuple[str, str] | None:
    """``Hauptstraße 5a`` → ``("Hauptstraße", "5a")``; a date ("19. Oktober 2026") is no
    street with its number."""
    if find_dates(text):
        return None
    # A speck OCR read as a stop before the house number ("Höntroper Straße .62").
    text = re.sub(r"(?<=\s)[.,:;'`´]+(?=\d)", "", text)
    m = _STREET_NUMBER.match(_street_part(text))
    if not m:
        return None
    return collapse(m["street"]), re.sub(r"\s+", "", m["number"])


# The longest street names run to six words ("Platz der Opfer des Nationalsozialismus");
# a longer run before a house number is a sentence that ends in an address ("Mit besten
# Grüßen vom Vermieter … Fußgängerweg 15").
STREET_MAX_WORDS = 6


def parse_street(text: str) -> str | None:
    """The street name of an address (without the house number)."""
    split = split_street(text)
    if split:
        # a remark in brackets is no part of a street's name ("Neue und bisherige Wohnung
        # (Gegenüberstellung) Kemnader Straße" is a heading over the street)
        # (nor does a number's label end one: "Muster-Nr. 659-83", "Straße, Nummer")
        street = split[0]
        return None if "(" in street or _ends_in_number_word(street) \
            or len(street.split()) > STREET_MAX_WORDS else street
    head = _street_part(text)
    if (re.search(r"[A-Za-zÄÖÜäöüß]{3,}", head) and not re.search(r"\d", head)
            and looks_like_name(head) and not _GENDERED.search(head)
            and head.lower() not in _DWELLING_WORDS and not _ends_in_number_word(head)):
        return head
    return None


_NUMBER_WORDS = frozenset({"nr", "nummer", "no", "hausnr", "hausnummer"})


def _ends_in_number_word(text: str) -> bool:
    last = text.split()[-1] if text.split() else ""
    return last.rstrip(".:,;").split("-")[-1].lower() in _NUMBER_WORDS


# A kind of dwelling ("Hauptwohnsitz") is no street, though it stands where the new
# dwelling's details do.
_DWELLING_WORDS = frozenset(w for words in DWELLINGS.values() for w in words)


# How German street names end or begin ("Kortumstraße", "Am Grünen Weg", "Südring"); a
# value of another shape under a street label ("Street and number", "Bochum") is doubted.
_STREET_ENDINGS = re.compile(
    r"(?:stra(?:ß|ss)e|str\.?|weg|allee|platz|ring|gasse|damm|ufer|chaussee|steig|pfad|stieg|"
    r"markt|hof|berg|feld|garten|wall|graben|kamp|brink|tor|bogen|höhe|hoehe|aue|grund|park|"
    r"siedlung|winkel|zeile|promenade|kai|kamp|busch|heide|wiese|anger|acker|rain|leite|"
    r"werder|deich|twiete|stiege|treppe|passage|ecke|blick|dorf|bruch|holz|kreuz|mühle|bahn|reihe|"
    r"muehle|brücke|bruecke|see|bach|hang|gärten|gaerten|höfe|hoefe|terrasse|ausbau)$",
    re.IGNORECASE)
_STREET_OPENINGS = re.compile(
    r"^(?:am|an|auf|aus|im|in|zum|zur|zu|unter|hinter|vor|über|ueber|bei|beim|alte[rn]?|"
    r"neue[rn]?|große[rn]?|kleine[rn]?|obere[rn]?|untere[rn]?)\s", re.IGNORECASE)


def street_shaped(street: str) -> bool:
    """Whether a street name reads like one (its ending or its opening words)."""
    name = street.strip()
    return bool(_STREET_ENDINGS.search(name.split()[-1] if name else "")
                or _STREET_OPENINGS.match(name))


def parse_house_number(text: str) -> str | None:
    """The house number of an address, or a bare house number (``12a``).

    The letter suffix is written in lower case, as German addresses do (``75C`` → ``75c``).
    """
    split = split_street(text)
    if split:
        return split[1].lower()
    # (a number given in a sentence after its verb: "Die Hausnummer ist die 160.")
    said = _COPULAS & set(text.split())
    for bare in (collapse(text), *([_street_part(text).rstrip(".")] if said else [])):
        bare = bare.replace("¢", "c")  # OCR's cent sign for a house number's "c"
        if re.fullmatch(r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?", bare):
            return re.sub(r"\s+", "", bare).lower()
    return None


def parse_postal_code(text: str) -> str | None:
    """Five digits; letters OCR confuses with digits are repaired."""
    m = POSTAL_CODE_RE.search(text)
    if m:
        return m[1]
    fixed = re.sub(
        r"(?<![A-Za-z])[0-9OolIS]{5}(?![A-Za-z0-9])", lambda x: x[0].translate(_DIGIT_FIXES), text
    )
    m = POSTAL_CODE_RE.search(fixed)
    return m[1] if m else None


def parse_city(text: str) -> str | None:
    """The town after a postal code, or the whole text when it is just a town."""
    line = text
    m = POSTAL_CODE_RE.search(text)
    if m:
        # a postal code that ends its line has its town on the next ("…, 44869" / "Bochum")
        line = text[m.end() :].lstrip()
    line = re.split(r"[\n,;–—]| - ", line)[0]
    if m:
        line = _town_words(line)
    return parse_place(line)


# Small words inside a town's name ("Frankfurt am Main", "Mülheim an der Ruhr",
# "Rothenburg ob der Tauber"): they go on to a capitalised word.
_TOWN_PARTICLES = frozenset({"am", "an", "im", "in", "ob", "der", "den", "dem", "bei", "vor",
                             "a.", "d.", "i.", "a.d.", "a.m.", "i.d."})




def _town_words(text: str) -> str:
    """A town's name after its postal code, without the sentence that goes on after it
    ("44263 Dortmund zur ausschließlichen Nutzung" -> "Dortmund")."""
    words = without_initials(text).split()
    end = 0
    i = 0
    while i < len(words):
        if words[i][:1].isupper() or words[i][:1] == "(":
            i += 1
            end = i
            continue
        j = i
        while j < len(words) and words[j].lower() in _TOWN_PARTICLES:
            j += 1
        if j == i or j >= len(words) or not words[j][:1].isupper():
            break
        i = j
    return " ".join(words[:end]) if end else text


_POSTAL_AND_TOWN = re.compile(r"(?<!\d)\d{5}\s+[A-ZÄÖÜ][\wäöüß.-]+")


def parse_address_line(text: str) -> str | None:
    """An address kept as one line, white space collapsed."""
    # An address ends with its town: lines after the one with the postal code are the next
    # label or section ("Bestätigung erfolgt als", "B Angaben zur Wohnung").
    # A label's gendered ending wrapped onto the value's first line ("Vermieter/in").
    text = re.sub(r"^\s*[^\W\d_]+/in\b\s*", "", text)
    lines = text.split("\n")
    town_line = next((i for i, line in enumerate(lines) if _POSTAL_AND_TOWN.search(line)), None)
    if town_line is not None:
        text = "\n".join(lines[:town_line + 1])
    # A line break after a house number separates street and town; elsewhere it is only
    # where the line ran out.
    joined = re.sub(r"(?<=\d)([a-zA-Z]?)\s*\n", r"\1, ", text).replace("\n", " ")
    # An empty tick box the form prints at the end of the line ("… 48151 Münster ☐").
    cleaned = _UNTICK_BEFORE.sub("", collapse(joined)).rstrip()
    # A postal code is followed by its town, never by a comma (a line break in between).
    cleaned = re.sub(r"(?<!\d)(\d{5}),\s+(?=[A-ZÄÖÜ])", r"\1 ", cleaned)
    cleaned = _without_sentence_after_town(cleaned)
    if re.search(r"(?<!\d)\d{5}[.,]?$", cleaned):
        return None  # a postal code without its town: the town is on the next line
    if not re.search(r"[A-ZÄÖÜ\d]", cleaned):
        return None  # "vollständig": a label's remark; an address names a place or a number
    if find_dates(cleaned):
        return None  # a date ("Wegzug aus dem Ausland am 18.06.2011"), or a place and date
        # under a signature ("Hattingen, den 25. September 2026"), not where one lived
    if not re.search(r"\d", cleaned) and (
            re.search(r"\s[/·•]\s|\w/\w|\)$", cleaned) or cleaned[:1].islower()):
        return None  # without a number, a label's wrapped words and their translations
        # ("bewohnte Wohnung / Logement précédent", "Person/Stelle"); a town and its
        # country ("Wroclaw, Polen") stay
    if not _ADDRESS_SHAPE.search(cleaned):
        return None  # "Vorgangskennung 2026/225039", "4 Zusammenfassung", "Umzug von": no
        # street with its number, postal code with its town, or town with its country
    return cleaned if re.search(r"[A-Za-zÄÖÜäöüß]{3,}", cleaned) else None


# What an address line holds somewhere: a word and a house number after it ("Kirchplatz 35",
# "ul. Długa 5"), a postal code and a town ("00-001 Warszawa"), a number before a street in
# the English way ("221B Baker Street, London"), or a town and its country ("Isfahan, Iran").
# (Austria numbers a flat after its house by stair and door: "Getreidegasse 58/2/11"; a
# foreign postal code has four digits after the comma: ", 4020 Linz", ", CH-8001 Zürich".)
_ADDRESS_SHAPE = re.compile(
    r"[^\W\d_]{2,}\.?\s+\d{1,4}\s?[a-zA-Z]?(?![\d/.:])"
    r"|[^\W\d_]{2,}\.?\s+\d{1,4}[a-zA-Z]?(?:/\d{1,3}[a-zA-Z]?){1,2}(?=\s*,)"
    r"|,\s*(?:[A-Z]{1,2}-)?\d{4}\s+[A-ZÄÖÜ][^\W\d_]"
    r"|(?<![\d/])\d{2}-?\d{3}\s+[A-ZÄÖÜ]"
    r"|^\d{1,5}[a-zA-Z]?\s+[A-ZÄÖÜ][^\W\d_]+.*,"
    r"|^[A-ZÄÖÜ][^\W\d_'’.-]*(?:[\s'’.-]+[^\W\d_]+)*,\s*[A-ZÄÖÜ][^\W\d_]+")


# Small words inside towns' names ("Frankfurt am Main", "Mülheim an der Ruhr", "Rothenburg
# ob der Tauber", "Neustadt a. d. Weinstraße").
TOWN_PARTICLES = frozenset({"am", "an", "der", "die", "den", "dem", "im", "in", "ob", "bei",
                            "vor", "auf", "unter", "a.", "d.", "i.", "b.", "v.", "u."})
# What follows a town's first word in a longer name: the small words towns' names use in
# running text too, then the next name ("… an der Ruhr", "… am Main", "… a. d. Weinstraße"),
# or a bracket ("Halle (Saale)"). Narrower than ``TOWN_PARTICLES``: with every small word
# ("Bochum, den", "Essen unter Angabe") a town went to review that was whole (measured).
TOWN_TAIL = re.compile(r"(?:[ \t]+(?:an[ \t]+der|am|im|in[ \t]+der|ob[ \t]+der|a\.[ \t]?d\.|bei"
                       r"|vor[ \t]+der)[ \t]+[A-ZÄÖÜ]\w+|[ \t]*\([A-ZÄÖÜ]\w+\))")


def _without_sentence_after_town(text: str) -> str:
    """An address a sentence goes on after ("… 35398 Gießen gemeldet. Für Rückfragen …")
    ends with its town: the words after the postal code while they are capitalised, a
    town's small words or brackets."""
    m = re.search(r"(?<!\d)\d{5}\s+", text)
    if m is None:
        return text
    words = text[m.end():].split(" ")
    keep = 0
    for i, word in enumerate(words):
        bare = word.strip(",;")
        if not (bare[:1].isupper() or bare[:1] in "(/-" or bare.lower() in TOWN_PARTICLES):
            break
        keep = i + 1
        if bare.endswith(".") and bare.lower() not in TOWN_PARTICLES and i + 1 < len(words):
            break  # a sentence ends with the town
    while keep > 1 and words[keep - 1].strip(",;").lower() in TOWN_PARTICLES:
        keep -= 1
    if keep == len(words):
        return text
    return (text[:m.end()] + " ".join(words[:keep])).rstrip(" ,;.")


# --- identifiers -----------------------------------------------------------------------

_IBAN = re.compile(r"\b([A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]){10,30})\b")


def parse_iban(text: str) -> str | None:
    """Upper case, no spaces; validity (mod 97) is checked by the schema. A word run on
    after the number in a sentence ("… 3083 51 ab.") is cut off where the check digits say
    the number ends."""
    upper = text.upper()
    m = _IBAN.search(upper)
    if not m:
        return None
    compact = re.sub(r"\s", "", m[1])
    if not stdnum_iban.is_valid(compact):
        for end in range(len(compact) - 1, IBAN_MIN_CHARS - 1, -1):
            if compact[end:].isalpha() and stdnum_iban.is_valid(compact[:end]):
                return compact[:end]
    return compact


IBAN_MIN_CHARS = 15


def parse_vin(text: str) -> str | None:
    """17 characters, upper case; whether it avoids I, O, Q is checked by the schema."""
    compact = re.sub(r"[\s\-]", "", text.upper())
    m = re.search(r"(?<![A-Z0-9])([A-Z0-9]{17})(?![A-Z0-9])", compact)
    if m and _vin_like(m[1]):
        return m[1]
    for token in re.findall(r"[A-Z0-9]{15,19}", compact):
        if len(token) == 17 and _vin_like(token):
            return str(token)
    return None


# A VIN mixes letters and digits; a long run of letters is a word ("Servicetelefon 115"
# squeezed together), not a VIN.
_VIN_MAX_LETTER_RUN = 11


def _vin_like(token: str) -> bool:
    return max((len(r) for r in re.findall(r"[A-Z]+", token)), default=0) <= _VIN_MAX_LETTER_RUN


# A VIN never holds I, O or Q (ISO 3779), precisely because they look like 1 and 0; on a
# scan those letters are OCR's misreadings.
_VIN_OCR_FIXES = str.maketrans({"I": "1", "O": "0", "Q": "0"})
# How OCR reads the "ß" of "Straße" when it misses it ("Strake", "StraBe", "Stra8e",
# "Strafe", "Stralse"); none of these ends a street's name. ("Strasse" is a spelling.)
_STRASSE_MISREAD = re.compile(r"\b(\w*[Ss]tr)a(?:k|B|8|b|f|ls|fs|lk)e\b")


def repair_ocr_street(text: str) -> str:
    """An OCR'd street name or address with a misread "Straße" put right."""
    return _STRASSE_MISREAD.sub(r"\1aße", text)



def repair_ocr_vin(vin: str) -> str:
    """Undo OCR's letter-for-digit confusions in a VIN read from a scan (never a text layer)."""
    return vin.translate(_VIN_OCR_FIXES)


# OCR reads an S in a code as a dollar or section sign.
_S_SIGNS = str.maketrans({"$": "S", "§": "S"})


_EVB = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{7})(?![A-Za-z0-9])")


def parse_evb(text: str) -> str | None:
    """Seven letters or digits, printed in capitals: a word of running text ("Sie hat 7
    Zeichen.") is none."""
    text = text.translate(_S_SIGNS)
    for candidate in (text.replace(" ", ""), text):
        for m in _EVB.finditer(candidate):
            if sum(ch.islower() for ch in m[1]) < 2:
                return m[1].upper()
    return None


_PLATE = re.compile(
    r"(?<![A-ZÄÖÜ])([A-ZÄÖÜ]{1,3})\s*[-–: ]\s*([A-Z]{1,2})\s*[- ]?\s*(\d{1,4}[EH]?)(?!\d)"
)


def parse_plate(text: str) -> str | None:
    """``BO AB 123`` → ``BO-AB 123``."""
    m = _PLATE.search(text.upper())
    return f"{m[1]}-{m[2]} {m[3]}" if m else None


_REGISTER = re.compile(r"(?<![A-Za-z])([A-Za-z])\s*[-.]?\s*(\d{1,6})\s*/\s*(\d{4})(?!\d)")


# OCR reads a register's G as 6 and its S as 5 where no space follows the letter
# ("G1363/2026" → "61363/2026"); a register number always has its letter.
_REGISTER_DIGIT_LETTER = re.compile(r"(?<![\w/])([65])\s?(\d{1,5})\s*/\s*(\d{4})(?!\d)")
_LETTER_OF_DIGIT = {"6": "G", "5": "S"}


def parse_register_number(text: str) -> str | None:
    """``G 1234/2026``: letter, space, number, slash, year."""
    m = _REGISTER.search(text)
    if m:
        return f"{m[1].upper()} {int(m[2])}/{m[3]}"
    m = _REGISTER_DIGIT_LETTER.search(text)
    return f"{_LETTER_OF_DIGIT[m[1]]} {int(m[2])}/{m[3]}" if m else None


ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})


# A municipality's style before its name ("Stadt Bochum", "Hansestadt Rostock"): the
# office is the town's ("Standesamt Bochum").
_MUNICIPALITY = re.compile(r"^(?:der\s+)?(?:(?:Freie\s+und\s+|Große\s+)?(?:Landeshaupt|Hanse|Kreis"
                           r"|Universitäts)?[Ss]tadt|Gemeinde|Markt)\s+(?=[A-ZÄÖÜ])")


# An office's unit or copy in brackets after its town ("Standesamt Essen (Urkundenstelle)"),
# unlike a town's river or region ("Halle (Saale)"): the town ends before it.
_OFFICE_REMARK = re.compile(
    r"\s*\([^)]*(?:stelle|amt|büro|buero|ausfertigung|ausgabe|abteilung|dienst|service|zentrale|auszug"
    r"|abschrift|kopie|zweitschrift|pdf)\).*$",
    re.IGNORECASE)


def parse_registry_office(text: str) -> str | None:
    """``Standesamt Bochum`` as printed."""
    m = re.search(r"Standesamt\b([^\n,;:/]*)", text, re.IGNORECASE)
    if m:
        # The office is named by its town ("Standesamt Herne die Ehe …" names Herne);
        # "Standesamt Die Standesbeamtin" is a signature, not an office.
        # (a department after a dash is no part of its name: "Standesamt Hattingen –
        # Registerführung und Urkunden")
        name = re.split(r"\s[–—-]\s", m[1])[0]
        tokens = _MUNICIPALITY.sub("", collapse(name).strip()).split()
        for n in range(len(tokens), 0, -1):
            town = parse_place(_OFFICE_REMARK.sub("", " ".join(tokens[:n])))
            if town and town.split()[0].lower() not in ARTICLES \
                    and not town.split()[0].lower().endswith("urkunde"):
                return f"Standesamt {town}"
        return None
    # the town before a comma ("Witten, Urkundenstelle"), without its style ("Stadt Witten")
    place = parse_place(_OFFICE_REMARK.sub("", _MUNICIPALITY.sub(
        "", re.split(r"[,;]|\s[–—-]\s", text)[0].strip())))
    if not place or place.split()[0].lower() in ARTICLES or "/" in place:
        return None
    return f"Standesamt {place}"


def parse_passport_number(text: str) -> str | None:
    """Six to ten letters or digits, upper case, at least one digit; never a date
    ("11. OKTOBER 2032" is no number "OKTOBER203")."""
    if find_dates(text):
        return None
    text = text.translate(_S_SIGNS)
    for token in re.findall(r"[A-Z0-9]{6,10}", text.upper().replace(" ", "")):
        if re.search(r"\d", token):
            return str(token)
    return None


def parse_organisation_or_name(text: str) -> str | None:
    """A person's or a firm's name ("Wohnungsbau Ruhr GmbH"); a whole address (a street
    with its number, then a postal code) is none."""
    cleaned = collapse(text)
    if not re.search(r"[^\W\d_]{2,}", cleaned) or not cleaned[:1].isupper():
        return None
    if _WHOLE_ADDRESS.search(cleaned):
        return None
    if not looks_like_name(re.sub(r"[&.\-/\d]", " ", cleaned)):
        return None
    if not _FIRM.search(cleaned) and not _a_persons_name(cleaned):
        return None  # "Bevollmächtigter", "Jemand", "Vorgang (Nummer) 2026/536447"
    return cleaned


# What names a firm: its legal form, or a word firms' names are made of.
_FIRM = re.compile(r"\b(?:GmbH|mbH|KG|KGaA|eG|AG|SE|e\.\s?V\.|GbR|OHG|UG|PartG|Gebr\.|& Co"
                   r"|Stiftung|Genossenschaft|Wohnungsbau\w*|Immobilien\w*|Hausverwaltung"
                   r"|Verwaltung\w*|Bau\w*gesellschaft|Wohnstätten|Vermietung\w*|\w*gemeinschaft"
                   r"|WEG)\b")
# Words that name a role, a place or a label, never a person's name (stems, folded).
_ROLE_STEMS = ("bevollm", "beauftr", "eigent", "vermiet", "wohnungsg", "verwalt",
               "wohnung", "burgerburo", "standesamt", "meldebeh", "firmenname", "chatverlauf",
               "vorgang", "einzeln", "gemeldet")
_ROLE_WORDS = frozenset({"name", "firma", "jemand", "bzw", "person", "inhaber", "inhaberin"})


def _a_persons_name(text: str) -> bool:
    """Whether a party's name without a firm's marks can be a person's: two words or more,
    no digits, none a role's or a label's word ("Eig. Beauftr", "Name/Firmenname")."""
    words = [w for w in re.split(r"[\s/,()]+", text) if w]
    if len(words) < 2 or any(ch.isdigit() for ch in text):
        return False
    keys = [fold(w).strip(".:-") for w in words]
    return not any(k in _ROLE_WORDS or k.startswith(_ROLE_STEMS) for k in keys)


_WHOLE_ADDRESS = re.compile(r"[^\W\d_]{3,}\.?\s+\d{1,4}\s?[a-zA-Z]?\s*,?\s+\d{5}\s+[^\W\d_]")


def parse_full_name(text: str) -> str | None:
    """A person's full name as printed; a given name first, so never a preposition fused
    with its article ("Zum Eintrag im Buch": a heading)."""
    name = parse_name(text)
    if name and name.split()[0].lower() in _FUSED_PREPOSITIONS:
        return None
    return name if name and len(name) >= 3 else None


# (and articles: "DIE EINTRAGUNG IM REGISTER" is a heading)
_FUSED_PREPOSITIONS = frozenset({"zum", "zur", "im", "am", "vom", "beim", "ins", "ans",
                                 "die", "der", "das", "des", "dem"})


PARSERS: dict[ValueKind, Callable[[str], Any]] = {
    ValueKind.TEXT: parse_text,
    ValueKind.PARTY: parse_organisation_or_name,
    ValueKind.NAME: parse_name,
    ValueKind.FULL_NAME: parse_full_name,
    ValueKind.NAME_LIST: parse_name_list,
    ValueKind.PLACE: parse_place,
    ValueKind.DATE: parse_date,
    ValueKind.SEX: parse_sex,
    ValueKind.NATIONALITY: parse_nationality,
    ValueKind.STREET: parse_street,
    ValueKind.HOUSE_NUMBER: parse_house_number,
    ValueKind.POSTAL_CODE: parse_postal_code,
    ValueKind.CITY: parse_city,
    ValueKind.ADDRESS_LINE: parse_address_line,
    ValueKind.IBAN: parse_iban,
    ValueKind.VIN: parse_vin,
    ValueKind.PLATE: parse_plate,
    ValueKind.EVB: parse_evb,
    ValueKind.REGISTER_NUMBER: parse_register_number,
    ValueKind.REGISTRY_OFFICE: parse_registry_office,
    ValueKind.PASSPORT_NUMBER: parse_passport_number,
    ValueKind.PURPOSE: parse_purpose,
    ValueKind.DWELLING: parse_dwelling,
}


# Kinds whose parts a letterhead or sender line may set apart with a middle dot or a bar
# instead of a comma: an address ("Hauptstraße 18 · 58453 Witten"), an office and its
# department ("Standesamt Witten · Urkundenstelle").
_PARTED_KINDS = frozenset({ValueKind.STREET, ValueKind.HOUSE_NUMBER, ValueKind.POSTAL_CODE,
                           ValueKind.CITY, ValueKind.ADDRESS_LINE, ValueKind.REGISTRY_OFFICE})
PART_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def parse_value(kind: ValueKind, text: str) -> Any:
    """Normalise ``text`` as a value of ``kind``; ``None`` when it holds none."""
    if kind in _PARTED_KINDS:
        text = PART_SEPARATOR.sub(", ", text)
    found = PARSERS[kind](text)
    if found is None and kind in _SPELT_OUT_KINDS:
        # A terminal prints in ASCII capitals: umlauts spelt out ("ERWERBSTAETIGKEIT",
        # "TUERKISCH") and contractions without their stop ("HAUPTWHG"). Names are left as
        # they are: "Mueller" is a spelling of its own.
        for variant in (_with_umlauts(text), _CAPITAL_WORD.sub(r"\1.", text)):
            if variant != text and (found := PARSERS[kind](variant)) is not None:
                break
    return found


# Kinds whose values are words from a list (options, countries), not names.
_SPELT_OUT_KINDS = frozenset({ValueKind.SEX, ValueKind.NATIONALITY, ValueKind.PURPOSE,
                              ValueKind.DWELLING})
# "ae", "oe", "ue" for an umlaut, but not in "au"/"eu" + e ("NEUE", "BAUER") nor after q.
_SPELT_UMLAUT = re.compile(r"(?<![AEQaeq])([AOUaou])([Ee])")
_UMLAUT_OF = {"A": "Ä", "O": "Ö", "U": "Ü", "a": "ä", "o": "ö", "u": "ü"}
_CAPITAL_WORD = re.compile(r"\b([A-ZÄÖÜ]{3,})\b(?!\.)")


def _with_umlauts(text: str) -> str:
    return _SPELT_UMLAUT.sub(lambda m: _UMLAUT_OF[m.group(1)], text)
