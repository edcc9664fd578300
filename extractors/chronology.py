"""Chronologies: a document told as dated events instead of labelled fields.

An office's course-of-events print, a tabular curriculum vitae or a register's chronicle
gives each date in a column or at a line's start and names what happened after it, with no
field label: "2014-02-17 | Eheschließung vor dem Standesamt | Essen", "7. April 1973 –
Geburt der erfassten Person" with "Ort des Ereignisses: Witten" indented under it. Which
field a date fills is said only by its event's wording, and most events are none of the
fields' (an application handed in, a school leaving, a notice of intended marriage, the
keys handed over, an older passport issued).

``resolve_chronologies`` rewrites each event whose wording names a field's event (a birth,
a death, a marriage, its registration, the certificate's issue, a passport's end of
validity, the entry into the country, a move into a dwelling) as the field's own wording, a
colon and the date, and its details as the matching fields (the place of a birth, the
registry office and register number of a registration, the address and the persons of a
move-in); the dwelling moved into before the latest one is the previous address. Events
of other kinds stay as they were printed. Pages without a chronology come back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Final

from extractors.layout import Line, Segment, build_lines
from extractors.values import NAME_PARTICLES, find_dates, fold
from extractors.words import Word

#: A chronology has at least this many dated events (across its pages).
MIN_EVENTS: Final = 2
#: ... whose dates start within this many text heights of one another.
COLUMN_TOLERANCE: Final = 1.5
#: An event's details are indented at least this share of a text height under its wording.
DETAIL_INDENT: Final = 0.4
#: An event's lines are at most this many line heights apart.
EVENT_GAP_HEIGHTS: Final = 2.6
#: The space a line's next word would have needed, in text heights.
WRAP_SPACE: Final = 0.3
#: A rewritten line takes at most this share of its slot's height.
SLOT_SHARE: Final = 0.8
#: A rewritten line's characters are this share of its height wide, its spaces this share.
CHAR_SHARE: Final = 0.5
SPACE_SHARE: Final = 0.25
#: A leading date is found within this many words.
DATE_WORDS_MAX: Final = 6

# A weekday before a date ("Mo., 12.10.2026", "Dienstag, 3. März 2026").
_WEEKDAY: Final = re.compile(
    r"^(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonnabend|sonntag)\.?,?$", re.IGNORECASE)
# What stands between a date and its event's wording.
_SEPARATOR: Final = re.compile(r"^(?:[-–—|·:•/]+|bis)$")


class Kind:
    """What an event is, as far as a field cares."""

    BIRTH: Final = "birth"
    DEATH: Final = "death"
    MARRIAGE: Final = "marriage"
    REGISTRATION: Final = "registration"
    ISSUE: Final = "issue"
    EXPIRY: Final = "expiry"
    ENTRY: Final = "entry"
    MOVE_IN: Final = "move_in"
    MOVE_OUT: Final = "move_out"


# Words (folded) that name an event's kind; the first such word in a wording decides.
_KIND_WORDS: Final = {
    "geburt": Kind.BIRTH, "geburtsfall": Kind.BIRTH, "geboren": Kind.BIRTH,
    "tod": Kind.DEATH, "todesfall": Kind.DEATH, "sterbefall": Kind.DEATH,
    "verstorben": Kind.DEATH, "gestorben": Kind.DEATH, "verstarb": Kind.DEATH,
    "ableben": Kind.DEATH,
    "eheschliessung": Kind.MARRIAGE, "eheschliessungsfall": Kind.MARRIAGE,
    "trauung": Kind.MARRIAGE, "heirat": Kind.MARRIAGE, "hochzeit": Kind.MARRIAGE,
    "geheiratet": Kind.MARRIAGE, "getraut": Kind.MARRIAGE,
    "beurkundung": Kind.REGISTRATION, "beurkundet": Kind.REGISTRATION,
    "registereintrag": Kind.REGISTRATION, "eintrag": Kind.REGISTRATION,
    "eintragung": Kind.REGISTRATION, "eingetragen": Kind.REGISTRATION,
    "ausfertigung": Kind.ISSUE, "ausgefertigt": Kind.ISSUE,
    "gultigkeitsende": Kind.EXPIRY, "passablauf": Kind.EXPIRY, "ablauf": Kind.EXPIRY,
    "ablaufdatum": Kind.EXPIRY,
    "einreise": Kind.ENTRY, "eingereist": Kind.ENTRY, "ankunft": Kind.ENTRY,
    "grenzubertritt": Kind.ENTRY,
    "einzug": Kind.MOVE_IN, "bezug": Kind.MOVE_IN, "zuzug": Kind.MOVE_IN,
    "eingezogen": Kind.MOVE_IN, "bezogen": Kind.MOVE_IN, "umzug": Kind.MOVE_IN,
    "zugezogen": Kind.MOVE_IN,
    "auszug": Kind.MOVE_OUT, "ausgezogen": Kind.MOVE_OUT, "wegzug": Kind.MOVE_OUT,
    "weggezogen": Kind.MOVE_OUT,
}
# A wording that leads with an office's act is about the event, not the event itself
# ("Anmeldung der Eheschließung", "Anzeige der Geburt", "Antrag abgegeben").
_ACTS: Final = frozenset({"anmeldung", "anzeige", "antrag", "meldung", "vorgang"})
# A form's caption beside a date is no event ("07.05.1948 | Ort der Geburt lt. Urk."), nor is
# a field's label after its value ("2025-12-11 – als Sterbetag beurkundet": a form that sets
# its values before their labels).
_CAPTIONS: Final = frozenset({"ort", "datum", "tag", "nr", "nummer", "name", "anschrift", "als",
                              "adresse", "zeit", "uhrzeit"})
_LABEL_ENDS: Final = ("datum", "tag", "ort", "nummer")
# Words that make a document's issue, end of validity or an entry an earlier one.
_EARLIER: Final = frozenset({"fruher", "fruhere", "fruheren", "fruherer", "fruheres", "alter",
                             "alte", "alten", "altes", "alterer", "altere", "alteren",
                             "vorherig", "vorherige", "vorherigen", "vorheriger",
                             "vorgangerdokument", "vorgangerdokuments", "bisherige",
                             "bisherigen", "ehemalige", "ehemaligen", "abgelaufen",
                             "ungultig"})
# What a certificate's or a document's issue names as the thing issued.
_ISSUED_THINGS: Final = ("urkunde", "auszug", "abschrift", "bescheinigung", "bestatigung",
                         "dokument", "ausweis")
_ISSUE_VERBS: Final = frozenset({"ausgestellt", "ausstellung", "erteilt", "ausgehandigt",
                                 "dokumentenausstellung"})
# "Ende der Gültigkeit", "läuft ab": a validity's end told in more than one word.
_VALIDITY: Final = "gultigkeit"

# A word one of the kinds needs (the rest of the page is read only when one is printed).
_TRIGGERS: Final = frozenset(_KIND_WORDS) | _ISSUE_VERBS | {"ende", "lauft"}

# The wordings a rewritten event's fields are printed with (each type lists them).
_DATE_KEYS: Final = {
    Kind.BIRTH: "Geburtsdatum", Kind.DEATH: "Sterbedatum",
    Kind.MARRIAGE: "Tag der Eheschließung", Kind.ISSUE: "Ausstellungsdatum",
    Kind.EXPIRY: "Gültig bis", Kind.ENTRY: "Einreisedatum", Kind.MOVE_IN: "Einzugsdatum",
}
_PLACE_KEYS: Final = {Kind.BIRTH: "Geburtsort", Kind.DEATH: "Sterbeort",
                      Kind.MARRIAGE: "Ort der Eheschließung"}
OFFICE_KEY: Final = "Standesamt"
NUMBER_KEY: Final = "Registernummer"
ADDRESS_KEY: Final = "Anschrift der neuen Wohnung"
PREVIOUS_KEY: Final = "Bisherige Anschrift"
PERSONS_KEY: Final = "eingezogene Personen"

# What a detail's key says its value is: persons, or a place.
_PERSON_KEYS: Final = ("person", "name", "bewohner", "mieter")
# A key naming one part of an address is that part's label already.
_PART_KEYS: Final = ("strasse", "hausnummer", "hausnr", "postleitzahl", "plz", "gemeinde")
_DWELLING_KEYS: Final = ("wohnung", "anschrift", "adresse", "wohnsitz")
# A rail's dot or a rule as a text layer or OCR gives it.
_MARK: Final = re.compile(r"[|¦•●○◦·▪■□–—\-]+")
_REGISTER_NUMBER: Final = re.compile(r"\b[A-Z]\s?\d{1,6}\s?/\s?\d{4}\b")
_POSTAL: Final = re.compile(r"\b\d{4,5}\b")
_OFFICE: Final = re.compile(r"^Standesamt\s+\S")
_CAPITALISED: Final = re.compile(r"^[(]?[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇ][\w'.\-]*[)]?,?$")


@dataclass
class _Event:
    page: int
    iso: str
    date: list[Word]
    wording: list[Word]
    items: list[list[Word]]
    printed: list[Word]
    top: float
    bottom: float
    x: float
    row_words: list[Word] = field(default_factory=list)
    # the items of a remark column (by their first word)
    remarks: set[int] = field(default_factory=set)
    kind: str | None = None
    earlier: bool = False
    # the lines the event is printed as once rewritten (a key, or "" for an item kept as
    # printed, and the value's words); ``told_only``: only its date and wording are kept
    rewritten: list[tuple[str, list[Word]]] = field(default_factory=list)
    told_only: bool = False


def _leading_date(words: list[Word]) -> tuple[int, str] | None:
    """How many words the date a line starts with takes, and the date (ISO)."""
    skip = 1 if words and _WEEKDAY.match(words[0].text) else 0
    head = words[skip:skip + DATE_WORDS_MAX]
    text = ""
    ends: list[int] = []
    for w in head:
        text += w.text + " "
        ends.append(len(text) - 1)
    found = find_dates(text)
    if not found or found[0][1] != 0:
        return None
    iso, _, end = found[0]
    taken = next((i + 1 for i, e in enumerate(ends) if e >= end), None)
    return (skip + taken, iso) if taken else None


def _token(word: Word) -> str:
    return re.sub(r"[^a-z0-9§]", "", fold(word.text))


def _tokens(words: list[Word]) -> list[str]:
    return [t for t in (_token(w) for w in words) if t]


def kind_of(wording: list[Word]) -> tuple[str | None, bool]:
    """An event's kind as a field sees it (None: no field's event), and whether the
    wording makes it an earlier one ("frühere Einreise", "alter Ausweis ausgestellt")."""
    tokens = _tokens(wording)
    earlier = any(t in _EARLIER for t in tokens)
    if not tokens or tokens[0] in _ACTS or tokens[0] in _CAPTIONS \
            or any(t.endswith(_LABEL_ENDS) for t in tokens):
        return None, earlier
    for i, t in enumerate(tokens):
        if t in _KIND_WORDS:
            return _KIND_WORDS[t], earlier
        if t == "ende" and any(u.startswith(_VALIDITY) for u in tokens[i + 1:i + 4]):
            return Kind.EXPIRY, earlier
        if t == "lauft" and "ab" in tokens[i + 1:i + 3]:
            return Kind.EXPIRY, earlier
        if (t in _ISSUE_VERBS or t.startswith("dokumentenausstell")) and (
                t.startswith("dokument") or any(
                    u.endswith(_ISSUED_THINGS) or u.startswith(_ISSUED_THINGS)
                    for u in tokens if u != t)):
            return Kind.ISSUE, earlier
    return None, earlier


def _height(words: list[Word]) -> float:
    return median(w.y1 - w.y0 for w in words) if words else 10.0


@dataclass
class _Row:
    line: Line
    taken: int
    iso: str

    @property
    def x0(self) -> float:
        return self.line.words[0].x0

    @property
    def x1(self) -> float:
        return self.line.words[self.taken - 1].x1


def _rows(lines: list[Line]) -> list[_Row]:
    """The lines that start with a date followed by words (an event's row)."""
    rows: list[_Row] = []
    for line in lines:
        words = line.words
        lead = _leading_date(words)
        if lead is None:
            continue
        taken, iso = lead
        rest = [w for w in words[taken:] if not _SEPARATOR.match(w.text)]
        if rest and any(c.isalpha() for c in rest[0].text) and not rest[0].text.endswith(":"):
            rows.append(_Row(line, taken, iso))
    if len(rows) < 2:
        return rows
    # the dates of one chronology line up, at their left or (in a column set flush right)
    # at their right edge
    lefts = sorted(r.x0 for r in rows)
    rights = sorted(r.x1 for r in rows)
    left, right = lefts[len(lefts) // 2], rights[len(rights) // 2]
    h = _height([r.line.words[0] for r in rows])
    return [r for r in rows if abs(r.x0 - left) <= COLUMN_TOLERANCE * h
            or abs(r.x1 - right) <= COLUMN_TOLERANCE * h]


def _split_row(row: _Row) -> tuple[list[Word], list[Word], list[Segment]]:
    """A row's date, its wording (the rest of its segment, or the next segment) and the
    segments after the wording (detail and remark columns)."""
    words = row.line.words
    date = words[:row.taken]
    segments = list(row.line.segments)
    last = date[-1]
    seg_i = next(i for i, s in enumerate(segments) if any(w is last for w in s.words))
    in_seg = [w for w in segments[seg_i].words[segments[seg_i].words.index(last) + 1:]
              if not _SEPARATOR.match(w.text)]
    rest = segments[seg_i + 1:]
    while rest and all(_SEPARATOR.match(w.text) for w in rest[0].words):
        rest = rest[1:]
    if in_seg:
        return date, in_seg, rest
    if rest:
        return date, [w for w in rest[0].words if not _SEPARATOR.match(w.text)], rest[1:]
    return date, [], []


def _event(row: _Row, region: list[Line], right: float) -> _Event:
    """One event: its row and the lines under it up to the next event (``right``: where
    the chronology's lines end at the most)."""
    date, wording, columns = _split_row(row)
    h = _height(row.line.words)
    # (the wording's cell starts with the date's when both share a segment)
    first = next(s for s in row.line.segments if any(w is date[0] for w in s.words))
    cell_x = row.x0 if not wording or any(w is wording[0] for w in first.words) \
        else wording[0].x0
    detail_x = columns[0].x0 if columns else None
    per_column: list[list[list[Word]]] = [[list(s.words)] for s in columns]
    indented: list[list[Word]] = []
    for line in region:
        for seg in line.segments:
            ws = list(seg.words)
            if detail_x is not None and seg.x0 >= detail_x - DETAIL_INDENT * h:
                col = min(range(len(columns)), key=lambda i: abs(columns[i].x0 - seg.x0))
                per_column[col].append(ws)
            elif abs(seg.x0 - cell_x) <= DETAIL_INDENT * h:
                wording.extend(ws)  # the wording wraps in its cell
            else:
                indented.append(ws)  # a detail set in under the event
    # (a column after the details' holds remarks: "telefonisch", "siehe Beiblatt")
    edges = [c.x0 - DETAIL_INDENT * h for c in columns[1:]] + [right]
    items = [item for pieces, edge in ((per_column[0], edges[0]), (indented, right))
             if pieces for item in _joined(pieces, edge, h)] if per_column \
        else _joined(indented, right, h)
    remarks = [item for pieces, edge in zip(per_column[1:], edges[1:], strict=True)
               for item in _joined(pieces, edge, h)]
    printed = [*row.line.words, *(w for line in region for w in line.words)]
    told = {id(w) for w in [*date, *wording]}
    return _Event(row.line.page, row.iso, date, wording, items + remarks, printed,
                  row.line.y0, max(w.y1 for w in printed), row.x0,
                  row_words=[w for w in printed if id(w) in told],
                  remarks={id(item[0]) for item in remarks if item})


def _open(words: list[Word]) -> bool:
    """An item that is a key only ("Ort des Ereignisses:") or the bare word of an office
    ("Standesamt"), whose value wrapped onto the next line."""
    return bool(words) and (words[-1].text.endswith(":") or (
        len(words) == 1 and fold(words[0].text) == "standesamt"))


def _joined(items: list[list[Word]], right: float, h: float) -> list[list[Word]]:
    """A column's lines as its items: a line that opens a value, or that ends where the
    next line's first word would not have fitted, goes on on the next line (unless that
    line starts a key of its own)."""
    out: list[list[Word]] = []
    for item in items:
        wrapped = bool(out) and out[-1][-1].x1 + WRAP_SPACE * h \
            + (item[0].x1 - item[0].x0) > right
        keyed = any(w.text.endswith(":") for w in item)
        if out and (_open(out[-1]) or (wrapped and not keyed)):
            out[-1] = out[-1] + item
        else:
            out.append(list(item))
    return out


def _regions(lines: list[Line], rows: list[_Row]) -> list[list[Line]]:
    """For each event's row, the lines under it that belong to it: up to the next row, a
    line starting left of the dates (a heading, a year, a closing remark) or a gap."""
    starts = {id(r.line): n for n, r in enumerate(rows)}
    out: list[list[Line]] = []
    for row in rows:
        h = _height(row.line.words)
        region: list[Line] = []
        bottom = row.line.y1
        for line in lines[lines.index(row.line) + 1:]:
            if id(line) in starts or line.page != row.line.page \
                    or line.segments[0].x0 < row.x0 + DETAIL_INDENT * h \
                    or line.y0 - bottom > EVENT_GAP_HEIGHTS * h:
                break
            region.append(line)
            bottom = line.y1
        out.append(region)
    return out


def _value(item: list[Word]) -> tuple[str, list[Word]]:
    """An item's key (folded, "" without one) and its value's words."""
    for i, w in enumerate(item):
        if w.text.endswith(":"):
            return fold(" ".join(x.text for x in item[:i + 1])), item[i + 1:]
    return "", item


def _place_shaped(words: list[Word]) -> bool:
    """A town's name: capitalised words, or the small words inside a name ("Mülheim an
    der Ruhr", "Halle (Saale)")."""
    return 0 < len(words) <= 5 and bool(_CAPITALISED.match(words[0].text)) and all(
        _CAPITALISED.match(w.text) or fold(w.text) in NAME_PARTICLES for w in words) \
        and not any(c.isdigit() for w in words for c in w.text)


def _address_shaped(words: list[Word]) -> bool:
    text = " ".join(w.text for w in words)
    return bool(_POSTAL.search(text)) and bool(re.search(r"[A-Za-zäöüß]", text))


def _read_items(event: _Event) -> dict[str, list[list[Word]]]:
    """An event's details by what they are: ``place``, ``office``, ``number``,
    ``address``, ``names``, ``bare`` (capitalised words without a key: a town, or a
    person), and ``kept`` (any other detail as printed: "Hausnummer
    (erfasste Wohnanschrift): 97", "bezogen als Nebenwohnung"); a remark column's items
    without a key are left out."""
    found: dict[str, list[list[Word]]] = {}
    for item in event.items:
        key, value = _value(item)
        while value and _SEPARATOR.match(value[0].text):
            value = value[1:]
        if not value:
            continue
        text = " ".join(w.text for w in value)
        office_key = "standesamt" in key or "behorde" in key or "amt:" in key
        if any(k in key for k in _PART_KEYS):
            found.setdefault("kept", []).append(item)  # its key is the part's label
        elif (_OFFICE.match(text) or office_key) and _place_shaped(value):
            found.setdefault("office", []).append(value)
        elif m := _REGISTER_NUMBER.search(text):
            found.setdefault("number", []).append(
                [w for w in value if m.start() <= text.index(w.text) < m.end()] or value)
        elif _address_shaped(value):
            found.setdefault("address", []).append(value)
        elif _names_place(key) and _place_shaped(value):
            found.setdefault("place", []).append(value)
        elif any(k in key for k in _PERSON_KEYS) and _place_shaped(value):
            found.setdefault("names", []).append(value)
        elif any(k in key for k in _DWELLING_KEYS) and _place_shaped(value):
            found.setdefault("address", []).append(value)  # a dwelling abroad: its town
        elif not key and _place_shaped(value):
            found.setdefault("bare", []).append(value)  # a town, or a person's name
        elif key or id(item[0]) not in event.remarks:
            found.setdefault("kept", []).append(item)
    return found


def _names_place(key: str) -> bool:
    """Whether a detail's key names a place ("Ort des Ereignisses", "Geburtsort der
    erfassten Person", "wo")."""
    return any(t == "wo" or t.endswith("ort") for t in re.findall(r"[a-z]+", key))


def _rewrite(event: _Event, current_move: bool, previous_move: bool) -> None:
    """The lines an event of a field's kind is printed as; an earlier event of such a kind
    (an older dwelling, a former passport, an earlier visit) keeps only its date and
    wording, since its details are none of the fields'."""
    kind = event.kind
    details = _read_items(event)
    out: list[tuple[str, list[Word]]] = []
    if kind in (Kind.BIRTH, Kind.DEATH, Kind.MARRIAGE):
        out.append((_DATE_KEYS[kind], event.date))
        for place in details.get("place", [])[:1] or details.get("bare", [])[:1]:
            out.append((_PLACE_KEYS[kind], place))
    elif kind in (Kind.ISSUE, Kind.EXPIRY, Kind.ENTRY):
        if event.earlier:
            event.told_only = True
            return
        out.append((_DATE_KEYS[kind], event.date))
    elif kind == Kind.MOVE_IN:
        if current_move:
            out.append((_DATE_KEYS[kind], event.date))
            for address in details.get("address", [])[:1]:
                out.append((ADDRESS_KEY, address))
            names = details.get("names", []) + details.get("bare", [])
            if names:
                out.append((PERSONS_KEY, [w for person in names[:-1] for w in _listed(person)]
                            + names[-1]))
        elif previous_move:
            where = details.get("address", []) + details.get("place", []) \
                + details.get("bare", [])
            for address in where[:1]:
                out.append((PREVIOUS_KEY, address))
            out.append(("", event.row_words))
        else:
            event.told_only = True
            return
    elif kind == Kind.MOVE_OUT:
        # (the persons who moved out, the tenants before, are none of the fields')
        event.told_only = bool(details.get("names") or details.get("bare"))
        return
    if kind in (Kind.REGISTRATION, Kind.ISSUE, Kind.BIRTH, Kind.DEATH, Kind.MARRIAGE):
        for office in details.get("office", [])[:1]:
            out.append((OFFICE_KEY, office))
        for number in details.get("number", [])[:1]:
            out.append((NUMBER_KEY, number))
        if kind == Kind.REGISTRATION and not out:
            event.told_only = True
            return
    out.extend(("", item) for item in details.get("kept", []))
    event.rewritten = out


def _listed(person: list[Word]) -> list[Word]:
    """A person's words with a comma after the last, as one of a list."""
    last = person[-1]
    return [*person[:-1], Word(last.text.rstrip(",") + ",", last.bbox, last.confidence,
                               last.page)]


def _named_order(events: list[_Event], lines: list[Line]) -> list[_Event] | None:
    """Births of named persons ("Geburt von Gisela Kühn") in the order the persons are
    first named outside the chronology (the first spouse's record before the second's);
    None when a person is not found."""
    printed = {id(w) for e in events for w in e.printed}
    outside = [[re.sub(r"\W", "", fold(w.text)) for w in line.words if id(w) not in printed]
               for line in lines]
    firsts: list[tuple[int, int]] = []
    for n, e in enumerate(events):
        names = {re.sub(r"\W", "", fold(w.text)) for w in e.wording[1:]
                 if _CAPITALISED.match(w.text)} - {""}
        others = {re.sub(r"\W", "", fold(w.text)) for o in events if o is not e
                  for w in o.wording[1:]}
        own = names - others or names
        where = next((i for i, words in enumerate(outside) if own & set(words)), None)
        if where is None:
            return None
        firsts.append((where, n))
    if len({w for w, _ in firsts}) < len(firsts):
        return None
    return [events[n] for _, n in sorted(firsts)]


def _laid_out(key: str, value: list[Word], slot: tuple[float, float], x: float,
              page: int) -> list[Word]:
    """``key: value`` as one printed line in the vertical slot given, from ``x``."""
    top, bottom = slot
    # (set as tight as print: a wider space would read as a column's gap)
    char = CHAR_SHARE * (bottom - top)
    space = SPACE_SHARE * (bottom - top)
    out: list[Word] = []
    confidence = min((w.confidence for w in value), default=1.0)
    texts = key.split()
    if texts:
        texts[-1] += ":"
    for text in texts:
        width = char * len(text)
        out.append(Word(text, (x, top, x + width, bottom), confidence, page))
        x += width + space
    for w in value:
        width = char * len(w.text)
        out.append(Word(w.text, (x, top, x + width, bottom), w.confidence, page))
        x += width + space
    return out


def _print(event: _Event) -> list[Word]:
    """An event's rewritten lines, shared evenly over the band it was printed in."""
    lines = event.rewritten
    h = _height(event.printed)
    step = max((event.bottom - event.top) / len(lines), h * 1.25)
    height = min(h, SLOT_SHARE * step)
    out: list[Word] = []
    for n, (key, value) in enumerate(lines):
        top = event.top + n * step
        out.extend(_laid_out(key, value, (top, top + height), event.x, event.page))
    return out


def _chronology(lines: list[Line]) -> list[_Event]:
    rows = _rows(lines)
    if len(rows) < MIN_EVENTS:
        return []
    regions = _regions(lines, rows)
    # (the page's text ends at its right margin, which a wrapped line comes close to)
    right: dict[int, float] = {}
    for line in lines:
        right[line.page] = max(right.get(line.page, 0.0), max(w.x1 for w in line.words))
    events = [_event(r, region, right[r.line.page])
              for r, region in zip(rows, regions, strict=True)]
    for e in events:
        e.kind, e.earlier = kind_of(e.wording)
    # (a form's row with one date beside a caption is no chronology)
    return events if sum(1 for e in events if e.kind) >= MIN_EVENTS else []


def _may_be_chronology(words: list[Word]) -> bool:
    """A quick look at a page's words: an event's word stands right of a number on its own
    line at least once ("2014-02-17 | Eheschließung", "7. April 1973 – Geburt"). A form's
    label has its date right of it ("Einzug am | 01.10.2026") and needs no lines built."""
    numbers = [w for w in words if any(c.isdigit() for c in w.text)]
    if len(numbers) < MIN_EVENTS:
        return False
    return any(any(n.x1 <= w.x0 and abs(n.cy - w.cy) < w.height for n in numbers)
               for w in words if _token(w) in _TRIGGERS)


def resolve_chronologies(pages: list[list[Word]]) -> list[list[Word]]:
    """The pages with a chronology's events of a field's kind printed as the field's
    wording and value (pages without one come back as they were)."""
    if not any(_may_be_chronology(words) for words in pages):
        return pages  # (a quick look before the lines are built)
    lines = build_lines([w for words in pages for w in words])
    events = _chronology(lines)
    if not events or not any(e.kind for e in events):
        return pages
    moves = sorted((e for e in events if e.kind == Kind.MOVE_IN), key=lambda e: e.iso)
    current = moves[-1] if moves else None
    # the dwelling moved into before it (an arrival from abroad that names only a town is
    # no dwelling when an older move names one)
    earlier = moves[-2::-1]
    previous = next((e for e in earlier if _read_items(e).get("address")),
                    earlier[0] if earlier else None)
    for e in events:
        if e.kind:
            _rewrite(e, e is current, e is previous)
    births = [e for e in events if e.kind == Kind.BIRTH and e.rewritten]
    if len(births) > 1:
        ordered = _named_order(births, lines)
        if ordered is not None:
            slots = sorted(births, key=lambda e: (e.page, e.top))
            contents = [(e.date, e.rewritten) for e in ordered]
            for slot, (date, rewritten) in zip(slots, contents, strict=True):
                slot.date, slot.rewritten = date, rewritten
    for e in events:
        if e.told_only:
            e.rewritten = [("", e.row_words)]
    drop = {id(w) for e in events if e.rewritten for w in e.printed}
    # (a rail's marks and a table's rules beside a rewritten event would cut its lines)
    bands = [(e.page, e.top, e.bottom) for e in events if e.rewritten]
    drop |= {id(w) for words in pages for w in words if _MARK.fullmatch(w.text)
             and any(p == w.page and top <= (w.y0 + w.y1) / 2 <= bottom
                     for p, top, bottom in bands)}
    added: dict[int, list[Word]] = {}
    for e in events:
        if e.rewritten:
            added.setdefault(e.page, []).extend(_print(e))
    out: list[list[Word]] = []
    for words in pages:
        page = words[0].page if words else 0
        out.append([w for w in words if id(w) not in drop] + added.pop(page, []))
    return out
