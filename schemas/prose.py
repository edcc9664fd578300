"""Building blocks for reading values out of sentences and letters.

Certificates are often written as prose ("Lena Hoffmann ist am 10. August 2025 in Dortmund
geboren.") and citizens write letters with their address in the sender block. These pieces
build the regular expressions that type modules list as their ``prose`` patterns; group
names are field names (with a numeric suffix where a field occurs twice).
"""

from __future__ import annotations

# A capitalised word in any Latin script ("Élodie", "Øyvind"); \w takes the rest.
_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇ][\w'\-]+"
_PARTICLE = r"(?:von|van|de|der|den|zu|di|da|el|al|ten|ter|vom|zur)"
DATE = (r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.?\s+[A-Za-zÄÖÜäöü]{3,9}\.?\s+\d{4}"
        r"|\d{4}-\d{2}-\d{2})")
# (A second word of a place's name stands on its line: "Witten" at a line's end, then
# "Reg.-Daten", is one word; a name with its small word, "Mülheim an der / Ruhr", may wrap.)
PLACE = (rf"{_WORD}(?:[\s\-](?:am|an\s+der|im|in\s+der|bei|ob\s+der|a\.\s?d\.)\s+{_WORD}"
         rf"|\s+\({_WORD}\)|[ \t\-]{_WORD})?")
STREET = r"[A-ZÄÖÜ][\wäöüß.'\-]*(?:[\s\-][\wäöüß.'\-]+)*?"
# A street on one line of an address block (never running on into the next lines).
STREET_LINE = r"[A-ZÄÖÜ][\wäöüß.'\-]*(?:[ \t\-][\wäöüß.'\-]+)*?"
# "um 07:30 Uhr" after a date of birth or death.
TIME = r"(?:\s+um\s+\d{1,2}[:.]\d{2}\s*Uhr)?"
NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?"


def g(name: str, pattern: str) -> str:
    """A named group."""
    return f"(?P<{name}>{pattern})"


# Names stay on one line: a title line above ("Sterbeurkunde") is not a given name.
_GIVEN = _WORD + r"(?:[ \t]+" + _WORD + r")*?"
_FAMILY = r"(?:" + _PARTICLE + r"[ \t]+)*" + _WORD
POSTAL = r"\d{5}"


def person(given: str, family: str) -> str:
    """Given names then a family name (the last capitalised word, with particles)."""
    return g(given, _GIVEN) + r"[ \t]+" + g(family, _FAMILY)


def address(street: str, number: str, postal: str, city: str) -> str:
    """``Königsallee 139, 44623 Herne``."""
    return (g(street, STREET) + r"\s+" + g(number, NUMBER) + r"\s*,?\s+" + g(postal, POSTAL)
            + r"\s+" + g(city, PLACE))


def sender_block(given: str, family: str, street: str, number: str, postal: str,
                 city: str) -> str:
    """A letter's first lines: name, street and number, postal code and town."""
    return (r"\A\s*" + person(given, family) + r"\s*\n\s*" + g(street, STREET_LINE)
            + r"[ \t]+" + g(number, NUMBER) + r"[ \t]*\n\s*" + g(postal, POSTAL) + r"\s+"
            + g(city, PLACE) + r"\s*\n")


def born(given: str, family: str, dob: str, pob: str | None = None,
         birth_name: str | None = None) -> str:
    """``Anna Müller (geb. Schmidt), geboren am 14.03.1987 in Bochum``; the birth name and
    the place may be missing."""
    place = rf"(?:\s+in\s+{g(pob, PLACE)})?" if pob else ""
    née = (r"(?:\s*\(geb(?:\.|orene)?\s+" + g(birth_name, _FAMILY) + r"\))?") if birth_name \
        else r"(?:\s*\(geb(?:\.|orene)?\s+" + _FAMILY + r"\))?"
    return (rf"{person(given, family)}{née}\s*,?\s+geb(?:oren|\.)\s+am\s+{g(dob, DATE)}"
            rf"{place}")


def place_and_date(date_group: str) -> str:
    """A line ``Bochum, den 02.01.2026`` (where and when a document was signed)."""
    return rf"^\s*{PLACE}\s*,\s*(?:den\s+)?{g(date_group, DATE)}\s*$"


def issued_on(date_group: str) -> str:
    """``Dieser Auszug wurde am 29. August 2026 ausgefertigt.``: the certificate's own date,
    which a covering letter's date line ("Dortmund, den 31. August 2026") is not."""
    return (rf"\b(?:wurde|ist|wird)\s+am\s+{g(date_group, DATE)}\s+"
            r"(?:ausgefertigt|ausgestellt|erteilt|erstellt)\b")


def born_myself(dob: str, pob: str) -> str:
    """``Ich bin am 03. März 2005 in Lübeck geboren`` (a citizen's letter)."""
    return (rf"\b[Ii]ch\s+(?:bin|wurde)\s+am\s+{g(dob, DATE)}{TIME}\s+in\s+{g(pob, PLACE)}"
            r"\s+geboren")


def my_nationality(group: str) -> str:
    """``… besitze die deutsche Staatsangehörigkeit``, ``bin türkischer Staatsangehöriger``."""
    return (rf"\b(?:besitze|habe|bin)\s+(?:die\s+|ausschließlich\s+die\s+)?"
            rf"{g(group, r'[a-zäöü]+(?:e|er|en)')}\s+Staatsangehörig")


def moved_on(date_group: str) -> str:
    """``zum 01. Oktober 2026 bin ich … umgezogen``, ``am … eingezogen`` (one sentence)."""
    return (rf"\b(?:zum|am|seit\s+dem)\s+{g(date_group, DATE)}\s+(?:bin|sind)\s+(?:ich|wir)"
            r"[^.]{0,120}?\b(?:um|ein|zu)gezogen")
