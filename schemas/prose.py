"""Building blocks for reading values out of sentences and letters.

Certificates are often written as prose ("Lena Hoffmann ist am 10. August 2025 in Dortmund
geboren.") and citizens write letters with their address in the sender block. These pieces
build the regular expressions that type modules list as their ``prose`` patterns; group
names are field names (with a numeric suffix where a field occurs twice).
"""

from __future__ import annotations

# A capitalised word in any Latin script ("Élodie", "Øyvind"); \w takes the rest.
_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇ][\w'\-]+"
_PARTICLE = r"(?:von|van|de|der|den|zu|di|da|el|al|ten|ter|vom|zur|la|le|del|della|dos|du)"
# (an older certificate writes the day as an ordinal word: "am dritten Juli 2025")
# (a month in Roman numerals: "30.I.1985")
DATE = (r"(?:\d{1,2}\.\s?(?:\d{1,2}|[IVX]{1,4})\.\s?\d{4}"
        r"|\d{1,2}(?:\.\s*|\s+)[A-Za-zÄÖÜäöü]{3,9}\.?\s+\d{4}"
        r"|\d{4}-\d{2}-\d{2}|[a-zäöü]{3,}?(?:st|t)en\s+[A-ZÄÖÜ][a-zäöü]{2,8}\s+"
        r"(?:\d{4}|[a-zäöü]*(?:hundert|tausend)[a-zäöü]*))")
# (a day and a year written out in words: "am elften Juli zweitausendsieben")
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

# A letter written for someone else names them after a word for their role ("Unsere
# Mandantin Lena Braun", "Unser Kunde, Bernd Lange,"): the role word is no given name,
ROLE = (r"\b(?:[Mm]andant(?:in|en)?|[Kk]und(?:e|in|en|schaft)|[Kk]lient(?:in)?|[Pp]erson"
        r"|Antragsteller(?:in)?|Auftraggeber(?:in)?|Bewohner(?:in)?|Herrn?|Frau)")
# ... nor is a determiner before it.
_DETERMINER = r"(?:[Uu]nser(?:e[rn]?)?|[Dd]ie|[Dd]er|[Dd]as|[Mm]ein(?:e[rn]?)?|Ihr(?:e[rn]?)?)"
# ... nor a company's legal form (a letterhead "Wohnwechsel-Service Emscher KG").
_COMPANY = r"(?:KG|GmbH|AG|OHG|GbR|UG|eG|mbH|SE|Partner|Co|Kanzlei|Service)"
_NOT_NAME = r"(?!" + _DETERMINER + r"\b)(?!" + ROLE + r"\b)(?!" + _COMPANY + r"\b)"
# Names stay on one line: a title line above ("Sterbeurkunde") is not a given name.
_GIVEN = _NOT_NAME + _WORD + r"(?:[ \t]+" + _NOT_NAME + _WORD + r")*?"
_FAMILY = r"(?:" + _PARTICLE + r"[ \t]+)*(?!" + _COMPANY + r"\b)" + _WORD
POSTAL = r"\d{5}"


def person(given: str, family: str) -> str:
    """Given names then a family name (the last capitalised word, with particles)."""
    return g(given, _GIVEN) + r"[ \t]+" + g(family, _FAMILY)


def address(street: str, number: str, postal: str, city: str) -> str:
    """``Königsallee 139, 44623 Herne``, ``Ümminger Straße 45 in 44789 Bochum``."""
    return (g(street, STREET) + r"\s+" + g(number, NUMBER) + r"\s*,?\s+(?:in\s+)?"
            + g(postal, POSTAL) + r"\s+" + g(city, PLACE))


# The street, number, postal code and town as one value ("Alleestraße 54, 04105 Leipzig").
FULL_ADDRESS = STREET + r"\s+" + NUMBER + r"\s*,?\s+(?:in\s+)?" + POSTAL + r"\s+" + PLACE


def sender_block(given: str, family: str, street: str, number: str, postal: str,
                 city: str) -> str:
    """A letter's first lines: name, street and number, postal code and town."""
    return (r"\A\s*" + person(given, family) + r"\s*\n\s*" + g(street, STREET_LINE)
            + r"[ \t]+" + g(number, NUMBER) + r"[ \t]*\n\s*" + g(postal, POSTAL) + r"\s+"
            + g(city, PLACE) + r"\s*\n")


def born(given: str, family: str, dob: str, pob: str | None = None,
         birth_name: str | None = None) -> str:
    """``Anna Müller (geb. Schmidt), geboren am 14.03.1987 in Bochum``; the birth name, the
    "am" ("Anna Müller (geb. 14.03.1987)") and the place may be missing."""
    place = rf"(?:\s+in\s+{g(pob, PLACE)})?" if pob else ""
    née = (r"(?:\s*\(geb(?:\.|orene)?\s+" + g(birth_name, _FAMILY) + r"\))?") if birth_name \
        else r"(?:\s*\(geb(?:\.|orene)?\s+" + _FAMILY + r"\))?"
    return (rf"{person(given, family)}{née}\s*,?\s+\(?geb(?:oren|\.)\s+(?:am\s+)?{g(dob, DATE)}"
            rf"\)?{place}")



def born_inverted(given: str, family: str, dob: str, pob: str) -> str:
    """``Schulz, Renée, geboren am 26.07.2025 in Bochum`` (a register's entry, family name
    first)."""
    return (rf"(?:^|(?<=\n))[ \t]*{g(family, _FAMILY)}[ \t]*,[ \t]*{g(given, _GIVEN)}[ \t]*,?\s+"
            rf"geb(?:oren|\.)\s+am\s+{g(dob, DATE)}{TIME}\s+(?:in|zu)\s+{g(pob, PLACE)}")


def born_entry(given: str, family: str, dob: str, inverted: bool = False) -> str:
    """A register entry's person on a line of its own: ``Greta von Ahlen, geboren am 5. 10.
    1973``, or inverted, ``Krause, Zoë, geb. 14. Dezember 1978`` (what follows on the line,
    a place or a source, is not read)."""
    name = (rf"{g(family, _FAMILY)}[ \t]*,[ \t]*{g(given, _GIVEN)}" if inverted
            else person(given, family))
    return (rf"(?:^|(?<=\n))[ \t]*{name}[ \t]*,?\s+geb(?:oren|\.)\s+(?:am\s+)?"
            rf"{g(dob, DATE)}")


# The prefix of a group whose value corrects the entry (it outranks what the entry says).
CORRECTED = "corrected_"


def corrected_later(noun: str, ordinal: str, person_noun: str, field: str,
                    pattern: str) -> tuple[str, dict[str, str]]:
    """A marginal note that corrects a register entry later: ``Berichtigt am …: die Vornamen
    des zweiten Ehegatten lauten richtig Moritz``, ``… berichtigt: Vornamen des ersten
    Ehegatten Lukas`` (the note's value is the entry's)."""
    group = CORRECTED + field
    return (rf"\b(?:[Dd](?:ie|er)\s+)?{noun}\s+des\s+{ordinal}\s+{person_noun}\s+"
            rf"(?:(?:lauten|lautet)\s+)?(?:richtig\s*:?\s+)?{g(group, pattern)}",
            {group: field})


# All the names up to the sentence's end, which may wrap ("… berichtigt in: Bernd" /
# "Tobias."): a correction's value ends its sentence.
NAMES_TO_PERIOD = (r"(?:" + _NOT_NAME + _WORD + r"(?:\s+" + _NOT_NAME + _WORD + r")*)"
                   r"(?=[ \t]*[.;])")
FAMILY = _FAMILY


def full_name(group: str) -> str:
    """A person's given and family names as one group (``Klaus Jürgen Schulz``)."""
    return g(group, rf"{_GIVEN}[ \t]+{_FAMILY}")


# After a role word the name may wrap in running text ("Unser Kunde, Bernd / Lange,").
_GIVEN_WRAPPING = _NOT_NAME + _WORD + r"(?:\s+" + _NOT_NAME + _WORD + r")*?"


def full_name_to_end(group: str) -> str:
    """A person's whole name as one group, up to where the clause ends (``ist Thi Hoa Vu,``,
    ``lautet auf Heike van den Berg.``)."""
    return g(group, _GIVEN_WRAPPING + r"[ \t]+" + _FAMILY) + r"(?=[ \t]*(?:[.,;)\n]|$))"


def person_wrapping(given: str, family: str) -> str:
    """A person's names in running text, which may wrap between them ("… und Zoë" /
    "Meyer geschlossen")."""
    return g(given, _GIVEN_WRAPPING) + r"\s+" + g(family, _FAMILY)


def named(given: str, family: str) -> str:
    """A person named after the word for their role: ``Unser Kunde, Bernd Lange,``."""
    return (ROLE + r"\s*,?\s+" + g(given, _GIVEN_WRAPPING) + r"\s+" + g(family, _FAMILY)
            + r"\s*,?")


def born_named(given: str, family: str, dob: str, pob: str) -> str:
    """``Unsere Mandantin Lena Braun ist am 1. November 1957 in Berlin geboren``, ``Unser
    Kunde, Bernd Lange, wurde am 25.01.1994 in Berlin geboren`` (a letter on someone's
    behalf)."""
    return (named(given, family) + r"\s+(?:ist|wurde)\s+am\s+" + g(dob, DATE) + TIME
            + r"\s+in\s+" + g(pob, PLACE) + r"\s+geboren")


def died_named(given: str, family: str, dod: str, pod: str) -> str:
    """``Unser Bewohner Niklas Tüselmann ist am 15. Mai 2026 in Bochum verstorben``, ``…,
    dass Luíza Costa am 17. Januar 2026 in Gelsenkirchen verstorben ist``."""
    return (r"(?:" + named(given, family) + r"\s+(?:ist\s+)?|\bdass\s+"
            + person(given + "_", family + "_") + r"\s+)am\s+" + g(dod, DATE) + TIME
            + r"\s+in\s+" + g(pod, PLACE) + r"\s+verstorben")


def moved_into(date: str, street: str, number: str, postal: str, city: str
               ) -> tuple[str, str]:
    """``hat am 9. Oktober 2026 die Wohnung Ümminger Straße 45 in 44789 Bochum bezogen`` and
    ``Der Einzug in die Wohnung Südring 63, 45470 Mülheim an der Ruhr erfolgte am
    30.10.2026``: two patterns with the same groups."""
    where = address(street, number, postal, city)
    return (rf"\bam\s+{g(date, DATE)}\s+die\s+Wohnung\s+{where}\s+(?:bezogen|übernommen)",
            rf"\bEinzug\s+in\s+die\s+Wohnung\s+{where}\s+erfolgte\s+am\s+{g(date, DATE)}")


def dated(date_group: str) -> str:
    """``die Urkunde datiert vom 26.09.2026``, ``Die Urkunde … ist vom 13.04.2026``: the
    certificate's own date, told in a letter about it."""
    return (rf"\b(?:Urkunde|Auszug|Abschrift)\b[^.\n]{{0,80}}?\b(?:ist|datiert)\s+vom\s+"
            rf"{g(date_group, DATE)}")


def certificate_told() -> tuple[tuple[str, dict[str, str]], ...]:
    """A letter's sentences about the certificate it speaks of: its date, its office and
    its register number, as a civil-status type lists its ``prose`` (field names as groups).
    """
    office, number = registered("registry_office", "register_number")
    return ((dated("issue_date"), {"issue_date": "issue_date"}),
            (office, {"registry_office": "registry_office"}),
            (number, {"register_number": "register_number"}))


def registered(office: str, number: str) -> tuple[str, str]:
    """``Beurkundet hat das Standesamt Bochum unter G 248/1971``, ``Die Urkunde des
    Standesamt Witten trägt die Nummer S 1386/2026``: the office, and the register number."""
    office_pattern = g(office, r"Standesamt[ \t]+" + PLACE)
    number_pattern = g(number, r"[A-Z][ \t]?\d{1,6}/\d{4}")
    return (r"\b(?:das|des|dem|vom|beim)\s+" + office_pattern + r"\s+(?:unter|trägt)\b",
            r"\b(?:unter|Nummer|Nr\.|Eintrag)\s+" + number_pattern)


# "Sonntag, 11. Februar 1996" names a day, not a place
_NO_WEEKDAY = r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b)"


def place_and_date(date_group: str) -> str:
    """A line ``Bochum, den 02.01.2026`` (where and when a document was signed)."""
    return rf"^\s*{_NO_WEEKDAY}{PLACE}\s*,\s*(?:den\s+|am\s+)?{g(date_group, DATE)}\s*$"


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
    """``zum 01. Oktober 2026 bin ich … umgezogen``, ``am … eingezogen`` (one sentence), a
    notice's ``dass Sie am 26. September 2026 in die Wohnung eingezogen sind``."""
    return (rf"\b(?:zum|am|seit\s+dem)\s+{g(date_group, DATE)}\s+(?:(?:bin|sind)\s+(?:ich|wir)"
            r"[^.]{0,120}?|in\s+die\s+Wohnung\s+)\b(?:um|ein|zu)gezogen")


def names_by_part(given: str, family: str) -> str:
    """A person's names told part by part: ``mit dem Vornamen Lena Brigitte und dem
    Familiennamen Meyer``, ``Vorname(n) Lena, Familienname Meyer``."""
    return (r"\bVorname(?:n|\(n\))?\s+" + g(given, _GIVEN_WRAPPING)
            + r"\s*(?:,|und)\s+(?:dem\s+|den\s+)?(?:Familienname|Nachname|Zuname)n?\s+"
            + g(family, _FAMILY) + r"\b")


def born_in_on(dob: str, pob: str) -> str:
    """A birth's place and date before its verb: ``ist in Witten am 31. August 1973 zur
    Welt gekommen``, ``wurde in Essen am … geboren``."""
    return (r"\b(?:ist|wurde)\s+in\s+" + g(pob, PLACE) + r"\s+am\s+" + g(dob, DATE) + TIME
            + r"\s+(?:geboren|zur\s+Welt\s+gekommen)")


def married_between(g1: str, f1: str, g2: str, f2: str, date: str, place: str) -> str:
    """``Zwischen Lena Brüggemann und Ursula Fuß wurde am 13.IX.2011 in Hattingen die Ehe
    geschlossen``."""
    return (r"\bZwischen\s+" + person_wrapping(g1, f1) + r"\s+und\s+" + person_wrapping(g2, f2)
            + r"\s+(?:wurde|ist)\s+am\s+" + g(date, DATE) + r"\s+(?:in|zu)\s+" + g(place, PLACE)
            + r"\s+die\s+Ehe\s+geschlossen")


GIVEN_WRAPPING = _GIVEN_WRAPPING


def full_name_wrapping(group: str) -> str:
    """A person's given and family names as one group in running text, which may wrap
    between them ("… als Vater ist Jörg" / "Hartmann angegeben")."""
    return g(group, _GIVEN_WRAPPING + r"\s+" + _FAMILY)
