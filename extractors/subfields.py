"""Values a form splits into captioned sub-cells: "Tag | Monat | Jahr" over "18 | 06 | 1988",
"Hausnr. (Ziffern) | Zusatz (Buchstabe)" over "124 | b", "Registerbuchstabe | lfd. Nr. |
Jahr" over "G | 1268 | 2025".

No sub-cell holds a value a field accepts: a day alone is no date. ``join_sub_fields``
writes each group's parts as the one value they make ("18.06.1988", "124b", "G 1268/2025"),
in the first part's place, and takes the sub-captions out, so that the field's own label
("Geburtsdatum, aufgeschlüsselt") reads it as its value, below or beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from stdnum import iban as stdnum_iban

from extractors.layout import Line, Segment, build_lines
from extractors.values import fold
from extractors.words import Word

# What each sub-caption asks for, by its first word: "Tag (TT)", "Kalendermonat",
# "Jahr (vierstellig)", "Hausnr. (Ziffern)", "Zusatz (Buchstabe)", "Registerbuchstabe".
_PARTS: Final = (
    ("day", re.compile(r"^(?:kalender)?tag\b|^tt\b|^day\b")),
    ("month", re.compile(r"^(?:kalender)?monat|^mm\b|^month\b")),
    ("year", re.compile(r"^(?:kalender|register|eintrags)?jahr|^jjjj\b|^jj\b|^year\b")),
    ("number", re.compile(r"^haus-?\s?n(?:umme)?r|^hausnummer|^nr\b|^nummer\b")),
    ("suffix", re.compile(r"^(?:buchstaben-?)?zusatz|^buchstabe\b|^ggf\.? zusatz")),
    ("street", re.compile(r"^stra(?:ss|ß)e|^strassen(?:teil|name)|^strasse")),
    ("postal", re.compile(r"^plz|^postleitzahl")),
    ("town", re.compile(r"^(?:wohn)?ort\b|^ortsname|^gemeinde|^stadt\b|^name der gemeinde")),
    ("letter", re.compile(r"^(?:register|kenn)buchst|^register \(buchst|^buchstabe d")),
    ("entry", re.compile(r"^(?:lfd\.?\s*)?(?:eintrags|register)?-?n(?:umme)?r\b|^lfd\.")),
)
_SUFFIX_WORD = re.compile(r"zusatz|buchstabe")
#: A sub-caption holds at most this many words ("Tag des Monats", "Jahr d. Eintrags").
CAPTION_MAX_WORDS: Final = 4
#: Captions and their values stand this close (in line heights) above or below each other,
#: and a value starts within this many heights of its caption's left edge.
PAIR_GAP_HEIGHTS: Final = 1.0
ALIGN_HEIGHTS: Final = 1.5


@dataclass(frozen=True, slots=True)
class _Group:
    kind: str  # "date", "house", "address", "register", "iban", "vin"
    parts: dict[str, Segment]  # part name -> value segment
    captions: list[Segment]


def _part(seg: Segment) -> str | None:
    if len(seg.words) > CAPTION_MAX_WORDS:
        return None
    text = fold(seg.text).strip()
    return next((name for name, pattern in _PARTS if pattern.search(text)), None)


def _height(line: Line) -> float:
    return max(w.y1 - w.y0 for w in line.words)


def _under(caption: Segment, values: Line, height: float) -> Segment | None:
    return next((v for v in values.segments
                 if abs(v.x0 - caption.x0) <= ALIGN_HEIGHTS * height), None)


def _groups(captions: Line, values: Line) -> list[_Group]:
    """The caption line's groups of parts, each with its values in ``values``."""
    height = _height(captions)
    found: list[tuple[str, Segment, Segment]] = []
    for seg in captions.segments:
        part = _part(seg)
        value = _under(seg, values, height) if part else None
        if part and value is not None:
            found.append((part, seg, value))
    named = {part for part, _, _ in found}
    out: list[_Group] = []
    if {"street", "number", "postal", "town"} <= named and "suffix" not in named:
        # (a house number's letter in a cell its caption shares: "Haus-Nr. ohne Zusatz ggf.
        # Zusatz" over "46 | a")
        number = next(v for part, _, v in found if part == "number")
        postal = next(v for part, _, v in found if part == "postal")
        letter = next((v for v in values.segments if number.x1 < v.x0 < postal.x0
                       and re.fullmatch(r"[a-zA-Z]", v.text.strip())), None)
        if letter is not None:
            found.append(("suffix", letter, letter))
            named.add("suffix")
    combined: list[_Group] = []
    for seg in captions.segments:
        # one caption over both a number's cells ("Hausnummer (nur Zahl) Buchstaben-Zusatz")
        text = fold(seg.text)
        if _part(seg) in (None, "number") and _PARTS[3][1].search(text) \
                and _SUFFIX_WORD.search(text):
            cells = [v for v in values.segments
                     if seg.x0 - ALIGN_HEIGHTS * height <= v.x0 < seg.x1]
            if len(cells) == 2:
                combined.append(_Group("house", {"number": cells[0], "suffix": cells[1]},
                                       [seg]))
    if {"day", "month", "year"} <= named:
        out.append(_group("date", found, ("day", "month", "year")))
    if {"letter", "entry", "year"} <= named:
        out.append(_group("register", found, ("letter", "entry", "year")))
    if {"street", "number", "postal", "town"} <= named:
        # (a whole address in its parts: the field asks for it in one, or for its parts by
        # the address's label)
        out.append(_group("address", found, ("street", "number", "suffix", "postal", "town")))
    elif {"number", "suffix"} <= named:
        out.append(_group("house", found, ("number", "suffix")))
    out.extend(combined)  # (after a whole address, which takes the number's cells in)
    return [g for g in out if _well_formed(g)]


def _group(kind: str, found: list[tuple[str, Segment, Segment]], names: Sequence[str]
           ) -> _Group:
    parts = {part: value for part, _, value in found if part in names}
    captions = [seg for part, seg, value in found if part in names and seg is not value]
    return _Group(kind, parts, captions)


_POSTAL_TOWN = re.compile(r"\d{5}\s+\S.*")


_DAY = re.compile(r"\d{1,2}\.?")
_MONTH = re.compile(r"\d{1,2}\.?|[^\W\d_]{3,}\.?")
_YEAR = re.compile(r"\d{4}")


def _well_formed(group: _Group) -> bool:
    texts = {part: seg.text.strip() for part, seg in group.parts.items()}
    if group.kind == "date":
        return bool(_DAY.fullmatch(texts["day"]) and _MONTH.fullmatch(texts["month"])
                    and _YEAR.fullmatch(texts["year"]))
    if group.kind == "register":
        return bool(re.fullmatch(r"[A-Z]", texts["letter"])
                    and re.fullmatch(r"\d{1,6}", texts["entry"])
                    and _YEAR.fullmatch(texts["year"]))
    if group.kind == "address":
        return bool(re.fullmatch(r"\d{1,4}\s?[a-zA-Z]?", texts["number"])
                    and re.fullmatch(r"[a-zA-Z]", texts.get("suffix", "x"))
                    and re.fullmatch(r"\d{5}", texts["postal"].split()[0])
                    and any(ch.isalpha() for ch in texts["street"])
                    and any(ch.isalpha() for ch in texts["town"]))
    return bool(re.fullmatch(r"\d{1,4}", texts["number"])
                and re.fullmatch(r"[a-zA-Z]", texts["suffix"]))


def _value_text(group: _Group) -> str:
    if group.kind in ("iban", "vin"):
        return "".join(seg.text for seg in group.parts.values()).replace(" ", "").upper()
    texts = {part: seg.text.strip().rstrip(".") for part, seg in group.parts.items()}
    if group.kind == "date":
        month = texts["month"]
        if month.isdigit():
            return f"{texts['day']}.{month}.{texts['year']}"
        return f"{texts['day']}. {month} {texts['year']}"
    if group.kind == "register":
        return f"{texts['letter']} {texts['entry']}/{texts['year']}"
    if group.kind == "address":
        number = texts["number"] + texts.get("suffix", "").lower()
        if group.parts["town"] is group.parts["postal"]:
            return f"{texts['street']} {number}, {texts['postal']}"
        return f"{texts['street']} {number}, {texts['postal']} {texts['town']}"
    return texts["number"] + texts["suffix"].lower()


_VIN = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
_CAPTION_REMARK = re.compile(r"\([^)]*\)")


def _captions_only(line: Line) -> bool:
    """A line of sub-captions in words (digits only in their remarks: "BLZ (8 Ziffern)")."""
    return all(any(ch.isalpha() for ch in seg.text)
               and not any(ch.isdigit() for ch in _CAPTION_REMARK.sub("", seg.text))
               for seg in line.segments)


def _code_group(captions: Line, values: Line) -> _Group | None:
    """A code split over the sub-cells under a line of captions whose pieces make one that
    proves itself: an IBAN by its check digits ("DE | 40 | 43060967 | 9059143408"), a VIN by
    its 17 characters ("VSS | H7N2GV | FF641949")."""
    if len(values.segments) < 2 or not _captions_only(captions):
        return None
    height = _height(captions)
    if not all(any(abs(v.x0 - c.x0) <= ALIGN_HEIGHTS * height for c in captions.segments)
               for v in values.segments):
        return None
    joined = "".join(v.text for v in values.segments).replace(" ", "").upper()
    if stdnum_iban.is_valid(joined):
        kind = "iban"
    elif _VIN.fullmatch(joined) and any(ch.isdigit() for ch in joined) \
            and any(ch.isalpha() for ch in joined):
        kind = "vin"
    else:
        return None
    parts = {f"{kind}{k}": v for k, v in enumerate(values.segments)}
    return _Group(kind, parts, list(captions.segments))


def join_sub_fields(words: list[Word]) -> list[Word]:
    """The page's words with each group of sub-cells written as its one value (the same list
    when the page has none)."""
    lines = build_lines(words)
    replaced: dict[int, list[Word]] = {}
    drop: set[int] = set()
    for i, captions in enumerate(lines):
        if len(captions.segments) < 2:
            continue
        height = _height(captions)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(lines) or lines[j].page != captions.page:
                continue
            values = lines[j]
            gap = values.y0 - captions.y1 if j > i else captions.y0 - values.y1
            if gap > PAIR_GAP_HEIGHTS * height:
                continue
            code = _code_group(captions, values)
            for group in [*_groups(captions, values), *([code] if code else [])]:
                segs = list(group.parts.values())
                if any(id(w) in drop or id(w) in replaced for s in segs for w in s.words):
                    continue  # (a part another group has taken)
                first = min(segs, key=lambda s: s.x0)
                last = max(segs, key=lambda s: s.x1)
                anchor = first.words[0]
                replaced[id(anchor)] = [Word(_value_text(group),
                                             (first.x0, first.y0, last.x1, first.y1),
                                             min(w.confidence for s in segs for w in s.words),
                                             anchor.page)]
                drop.update(id(w) for s in segs for w in s.words if w is not anchor)
                # (a house number's caption is the field's own label; the other groups'
                # captions only name their parts)
                drop.update(id(w) for s in group.captions for w in s.words
                            if group.kind != "house" or _part(s) == "suffix")
            if any(id(w) in drop for s in captions.segments for w in s.words):
                break
    if not replaced:
        return words
    out: list[Word] = []
    for w in words:
        if id(w) in replaced:
            out.extend(replaced[id(w)])
        elif id(w) not in drop:
            out.append(w)
    return out
