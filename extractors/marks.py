"""Accents the image shows but the OCR text does not: a check of each word against its pixels.

Tesseract's word confidence stays high when it reads "Bärbel" as "Barbel", "Ümminger" as
"Umminger" or "Zoë" as "Zoé": the letters' bodies were read right and only the small marks
above them were lost or swapped. Those values pass every format check and would be routed
wrong. This module counts the small marks that sit above a letter's body (the dots of i, j
and of umlauts, accents) in a word's box and compares them with the marks its text explains;
a word showing more marks than its text explains keeps its text but has its confidence
lowered, so the field it lands in goes to a person.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

from extractors.words import Word

#: Confidence given to a word whose image shows marks its text does not explain: under the
#: default review threshold (0.6), so its field is looked at.
DOUBTED_CONFIDENCE: Final[float] = 0.45
#: Only words of letters are checked (digits and punctuation carry no accents).
_LETTER_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,:;]?$")
#: How far above the word's box marks are looked for (share of the box height): Tesseract's
#: box leaves out a capital's umlaut it did not read.
ABOVE_SHARE: Final[float] = 0.45
#: A letter body is at least this share of the word's height; a mark at most ``MARK_MAX``
#: of it high and wide (and ``MARK_BODY_SHARE`` of its letter), and at least ``MARK_MIN``
#: (specks left by noise are smaller).
BODY_MIN: Final[float] = 0.35
MARK_MAX: Final[float] = 0.55
#: ...and smaller than this share of the letter under it (Courier's accents are big).
MARK_BODY_SHARE: Final[float] = 0.8
MARK_MIN: Final[float] = 0.05
#: A dot or accent is compact: at most this much longer than wide (a caron is 2.4, the
#: dashes of a dotted rule 2.7 and more).
MARK_MAX_ASPECT: Final[float] = 2.5
#: ...and dark: its darkest pixel at most this share of the way from the letters' darkest
#: ink to the ink threshold. Measured on degraded and 200 dpi scans: true umlaut dots
#: 0.04-0.51, noise specks that passed the size test 0.27-0.9 (most above 0.8).
MARK_MAX_FADE: Final[float] = 0.6
#: Marks each letter explains, as a range: an umlaut's two dots may touch and read as one.
_TWO_DOTS = set("äöüëïÿÄÖÜËÏŸ")
#: Two dots of one umlaut are of a size (within this ratio) and at one level (within this
#: share of the word's height).
PAIR_SIZE_RATIO: Final[float] = 1.6
PAIR_LEVEL: Final[float] = 0.08
_ONE_MARK = set("ijáàâéèêíìîóòôúùûñãõåýÁÀÂÉÈÊÍÌÎÓÒÔÚÙÛÑÃÕÅÝčšžřěćńśźżČŠŽŘĚĆŃŚŹŻ")
#: The nearest plain letter may be this many letter widths from the dots' estimated place.
MAX_LETTERS_OFF: Final[float] = 1.5
#: Words shorter than this in pixels are too small to measure marks on.
MIN_WORD_HEIGHT_PX: Final[int] = 12


def explained_singles(text: str) -> int:
    """Letters of ``text`` that carry one mark (an i's dot, an accent)."""
    return sum(ch in _ONE_MARK for ch in unicodedata.normalize("NFC", text))


def explained_pairs(text: str) -> int:
    """Letters of ``text`` that carry two dots."""
    return sum(ch in _TWO_DOTS for ch in unicodedata.normalize("NFC", text))


@dataclass(frozen=True, slots=True)
class Marks:
    """Marks above a word's letters: horizontal centres (page pixels) of umlaut dot pairs
    and of single marks (an i's dot, an accent)."""

    pairs: list[float] = field(default_factory=list)
    singles: list[float] = field(default_factory=list)
    # The accent each single mark looks like ("´", "`", "~", "^"), or "" when its shape
    # does not tell (a dot).
    shapes: list[str] = field(default_factory=list)


def find_marks(
    grey: npt.NDArray[np.uint8], bbox: tuple[float, float, float, float], *,
    max_fade: float = MARK_MAX_FADE, min_size: float = MARK_MIN,
) -> Marks:
    """Small, dark, round-ish ink blobs floating above a letter's body within (and just
    above) ``bbox``; two alike side by side over one letter are an umlaut's dots."""
    x0, y0, x1, y1 = (round(v) for v in bbox)
    height = y1 - y0
    top = max(0, y0 - int(ABOVE_SHARE * height))
    region = grey[top:y1, max(0, x0):x1]
    if region.size == 0 or height < MIN_WORD_HEIGHT_PX:
        return Marks()
    threshold, ink = cv2.threshold(region, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 2:
        return Marks()
    left = stats[1:, cv2.CC_STAT_LEFT].astype(float)
    upper = stats[1:, cv2.CC_STAT_TOP].astype(float)
    width = stats[1:, cv2.CC_STAT_WIDTH].astype(float)
    tall = stats[1:, cv2.CC_STAT_HEIGHT].astype(float)
    size = np.maximum(tall, width)
    bodies = np.flatnonzero(tall >= BODY_MIN * height)
    if bodies.size == 0:
        return Marks()
    candidates = np.flatnonzero(
        (size <= MARK_MAX * height) & (size >= min_size * height) & (upper > 0)
        & (size <= MARK_MAX_ASPECT * np.minimum(tall, width))
    )
    # A printed dot is as dark as the letters; a speck of scanner noise is barely darker
    # than the threshold that let it in.
    body_ink = float(np.median([region[labels == b + 1].min() for b in bodies]))
    cutoff = body_ink + max_fade * (threshold - body_ink)
    candidates = np.array(
        [i for i in candidates if region[labels == i + 1].min() <= cutoff], dtype=np.int64
    )

    def body_under(i: int) -> int | None:
        """The letter body under mark ``i``'s centre, starting below the mark."""
        centre, bottom = left[i] + width[i] / 2, upper[i] + tall[i]
        for b in bodies:
            if (left[b] <= centre <= left[b] + width[b] and upper[b] >= bottom
                    and size[i] <= MARK_BODY_SHARE * tall[b]):
                return int(b)
        return None

    owner = {int(i): body_under(int(i)) for i in candidates}
    pairs: list[float] = []
    used: set[int] = set()
    for i in candidates:
        for j in candidates:
            a, b = int(i), int(j)
            if a >= b or a in used or b in used or owner[a] is None or owner[a] != owner[b]:
                continue
            alike = max(size[a], size[b]) <= PAIR_SIZE_RATIO * min(size[a], size[b])
            level = abs((upper[a] + tall[a] / 2) - (upper[b] + tall[b] / 2))
            if alike and level <= PAIR_LEVEL * height:
                pairs.append(max(0, x0) + (left[a] + width[a] / 2 + left[b] + width[b] / 2) / 2)
                used.update((a, b))
    kept = [i for i in (int(c) for c in candidates) if owner[i] is not None and i not in used]
    singles = [max(0, x0) + left[i] + width[i] / 2 for i in kept]
    shapes = [accent_shape(labels == i + 1) for i in kept]
    return Marks(pairs, singles, shapes)


#: An accent's stroke leans: the correlation of its pixels' x and y beyond this says acute
#: (rising to the right) or grave. A tilde or circumflex lies flat and is this much wider
#: than high; a dot is neither.
ACCENT_LEAN: Final[float] = 0.45
FLAT_ACCENT_ASPECT: Final[float] = 1.5


def accent_shape(mask: npt.NDArray[np.bool_]) -> str:
    """What accent a mark's pixels look like: "´", "`", "~", "^", or "" (a dot)."""
    ys, xs = np.nonzero(mask)
    if xs.size < 4:
        return ""
    width, height = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    sx, sy = float(xs.std()), float(ys.std())
    if sx > 0 and sy > 0:
        lean = float(np.mean((xs - xs.mean()) * (ys - ys.mean()))) / (sx * sy)
        if lean <= -ACCENT_LEAN:
            return "´"  # image y grows downwards: rising to the right
        if lean >= ACCENT_LEAN:
            return "`"
    if width >= FLAT_ACCENT_ASPECT * height:
        return "^" if _peaked(xs - xs.min(), ys - ys.min(), int(width), int(height)) else "~"
    return ""


#: A circumflex's ends stand this share of its height below its peak; a tilde's do not
#: both.
PEAK_DROP: Final[float] = 0.4


def _peaked(xs: npt.NDArray[np.intp], ys: npt.NDArray[np.intp], width: int, height: int
            ) -> bool:
    tops = np.full(width, height, dtype=float)
    np.minimum.at(tops, xs, ys.astype(float))
    fifth = max(1, width // 5)
    middle = float(tops[width // 3: width - width // 3 or None].min())
    left, right = float(tops[:fifth].mean()), float(tops[-fifth:].mean())
    return min(left, right) - middle >= PEAK_DROP * height


#: The accented letter a plain one becomes under a mark of a shape (São, Muñoz, Jérôme).
_ACCENTED = {
    "´": dict(zip("aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ", strict=True)),
    "`": dict(zip("aeiouAEIOU", "àèìòùÀÈÌÒÙ", strict=True)),
    "~": dict(zip("aonAON", "ãõñÃÕÑ", strict=True)),
    "^": dict(zip("aeiouAEIOU", "âêîôûÂÊÎÔÛ", strict=True)),
}


def restore_accent(text: str, bbox: tuple[float, float, float, float], centre: float,
                   shape: str) -> str:
    """``text`` with the plain letter nearest an accent at ``centre`` given that accent;
    unchanged when the shape says nothing or no letter fits (the letter there carries a
    mark already: an i's dot, an accent the text has)."""
    table = _ACCENTED.get(shape)
    if not table:
        return text
    x0, _, x1, _ = bbox
    pitch = (x1 - x0) / max(1, len(text))
    nearest = min(range(len(text)), key=lambda i: abs(x0 + (i + 0.5) * pitch - centre))
    if text[nearest] in _ONE_MARK or text[nearest] in _TWO_DOTS:
        return text  # the mark is this letter's own
    best = min((i for i, ch in enumerate(text) if ch in table),
               key=lambda i: abs(x0 + (i + 0.5) * pitch - centre), default=None)
    if best is None or abs(x0 + (best + 0.5) * pitch - centre) > MAX_LETTERS_OFF * pitch:
        return text
    return text[:best] + table[text[best]] + text[best + 1:]


#: The letters whose own mark is a dot; an accent shape over one of them is an accent.
_DOTTED = frozenset("iI")
_DOT_ACCENTS = {"´": dict(zip("iI", "íÍ", strict=True)), "`": dict(zip("iI", "ìÌ", strict=True)),
                "^": dict(zip("iI", "îÎ", strict=True))}


def accent_for_dot(text: str, bbox: tuple[float, float, float, float], found: Marks
                   ) -> str | None:
    """``text`` with the accented letter, when a mark the shape of an accent stands over a
    letter read as a plain "i" (whose mark is a dot); None when no such mark stands."""
    if not any(ch in _DOTTED for ch in text):
        return None
    x0, _, x1, _ = bbox
    pitch = (x1 - x0) / max(1, len(text))
    for centre, shape in zip(found.singles, found.shapes, strict=True):
        table = _DOT_ACCENTS.get(shape)
        if not table:
            continue
        nearest = min(range(len(text)), key=lambda i: abs(x0 + (i + 0.5) * pitch - centre))
        if text[nearest] in table and abs(x0 + (nearest + 0.5) * pitch - centre) <= pitch:
            return text[:nearest] + table[text[nearest]] + text[nearest + 1:]
    return None


#: Accents OCR swaps for each other at a glance: an acute and a grave lean opposite ways.
_LEANING = frozenset("´`")
_COMBINING = {"\u0301": "´", "\u0300": "`"}


def swapped_accent(text: str, bbox: tuple[float, float, float, float], found: Marks
                   ) -> str | None:
    """``text`` with an accented letter's accent turned the way the mark over it leans
    ("Lefévre" where the image shows "Lefèvre"); None when every leaning mark agrees."""
    x0, _, x1, _ = bbox
    pitch = (x1 - x0) / max(1, len(text))
    leaning = {i: (parts[0], _COMBINING[parts[1]]) for i, ch in enumerate(text)
               if len(parts := unicodedata.normalize("NFD", ch)) == 2 and parts[1] in _COMBINING}
    for centre, shape in zip(found.singles, found.shapes, strict=True):
        if shape not in _LEANING or not leaning:
            continue
        # (letters are not all of a width: the accented letter nearest the mark is its own)
        at = min(leaning, key=lambda i: abs(x0 + (i + 0.5) * pitch - centre))
        base, read = leaning[at]
        if read != shape and base in _ACCENTED[shape] \
                and abs(x0 + (at + 0.5) * pitch - centre) <= MAX_LETTERS_OFF * pitch:
            return text[:at] + _ACCENTED[shape][base] + text[at + 1:]
    return None


def dot_pairs(grey: npt.NDArray[np.uint8], bbox: tuple[float, float, float, float]
              ) -> list[float]:
    """Centres of the umlaut dot pairs in ``bbox``."""
    return find_marks(grey, bbox).pairs


#: What a letter under an umlaut's dots was most likely misread from.
_UMLAUT_OF = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü", "e": "ë", "é": "ë",
              "è": "ë", "i": "ü", "I": "Ü"}
#: Characters that are no part of a name or word when they sit inside one ("Zo&" for "Zoë").
#: Brackets and bars are left out: they are box walls and printed tick boxes ("[X]").
_JUNK_INSIDE = re.compile(r"[^\W\d_][&§$%@#*~^€{}\\]|[&§$%@#*~^€{}\\][^\W\d_]")


def restore_umlaut(text: str, bbox: tuple[float, float, float, float], centre: float) -> str:
    """``text`` with the letter under an umlaut's dots at ``centre`` made an umlaut.

    Tesseract gives no letter boxes here, so a letter's place is estimated by spreading the
    word's letters evenly over its box; the plain letter nearest the dots is taken ("ii" is
    one "ü" read as two letters). Unchanged when no letter fits.
    """
    x0, _, x1, _ = bbox
    pitch = (x1 - x0) / max(1, len(text))
    if any(ch in _TWO_DOTS and abs(x0 + (i + 0.5) * pitch - centre) <= pitch
           for i, ch in enumerate(text)):
        return text  # these dots are an umlaut the text has
    best: tuple[float, int, int] | None = None
    for i, ch in enumerate(text):
        if ch not in _UMLAUT_OF:
            continue
        span = 2 if text[i:i + 2] == "ii" else 1
        at = x0 + (i + span / 2) * pitch
        rank = 1 if ch in "iI" and span == 1 else 0  # a lone i under two dots: last resort
        key = (rank + abs(at - centre) / pitch, i, span)
        if best is None or key < best:
            best = key
    if best is None or best[0] > MAX_LETTERS_OFF:
        return text
    _, i, span = best
    return text[:i] + _UMLAUT_OF[text[i]] + text[i + span:]


# "ß" read as "B" inside a lower-case word ("GroB", "StraBe", "WeiBenfels"): after a vowel,
# at the word's end or before a lower-case letter.
# Names such as "LeBlanc" are rewritten too, but the word is doubted, so a person sees it.
_SHARP_S_AS_B = re.compile(r"(?<=[^\W\d_][aeiouäöü])B(?=[a-zäöü]|$)|(?<=[aeiouäöü])B$")
# A stray dot or comma glued to the front of a word (".und").
_LEADING_SPECK = re.compile(r"^[.,;:'`][^\W\d_]")


def repair_sharp_s(text: str) -> str:
    """``text`` with an "ß" that OCR read as "B" put back."""
    return _SHARP_S_AS_B.sub("ß", text)


def check_marks(words: list[Word], grey: npt.NDArray[np.uint8], *,
                singles: bool = True, repair: bool = True) -> list[Word]:
    """The words checked against the image's accents.

    A word showing more umlaut dots than its text has gets the umlaut put back where the
    dots are, and a "B" that can only be an "ß" ("GroB") becomes one. A word showing a
    single mark its text does not explain (an accent OCR dropped: "Lefevre", or read as an
    umlaut: "Löpez"), a word with a stray symbol inside ("Zo&") and one with a speck glued
    to its front (".und") keep their text. Either way the confidence drops to
    ``DOUBTED_CONFIDENCE``: a repair is a good guess for the clerk, not a reading.

    Args:
        words: a page's OCR words.
        grey: the page image their boxes refer to.
        repair: whether to put a dropped accent back where its shape tells which (the
            word is doubted either way).
        singles: whether to check single marks too. On noisy scans specks pass for an
            accent on 1.8 % of the words (measured on 81 degraded pages; on clean and 200 dpi
            pages 0.2 %, most of them real accents OCR had dropped), which sends a degraded
            document to review now and then. That is the price of precision: without the
            check, 3 of 52 degraded documents routed on 288 held-out and tuning scans had a
            dropped or swapped accent ("Andre", "Säo"); with it none of 43 had.
    """
    out: list[Word] = []
    for w in words:
        if w.confidence > DOUBTED_CONFIDENCE and (_JUNK_INSIDE.search(w.text)
                                                 or _LEADING_SPECK.search(w.text)):
            w = Word(w.text, w.bbox, DOUBTED_CONFIDENCE, w.page)
        elif w.confidence > DOUBTED_CONFIDENCE and _SHARP_S_AS_B.search(w.text):
            w = Word(repair_sharp_s(w.text), w.bbox, DOUBTED_CONFIDENCE, w.page)
        elif w.confidence > DOUBTED_CONFIDENCE and _LETTER_WORD.match(w.text):
            found = find_marks(grey, w.bbox)
            umlauts = explained_pairs(w.text)
            if len(found.pairs) > umlauts:
                text = w.text
                for centre in found.pairs:
                    text = restore_umlaut(text, w.bbox, centre)
                w = Word(text, w.bbox, DOUBTED_CONFIDENCE, w.page)
            elif (fixed := accent_for_dot(w.text, w.bbox, found)) is not None:
                # "Luiza" where the image shows "Luíza": the i's mark is an accent, so the
                # count of marks agrees and only the shape tells
                w = Word(fixed if repair else w.text, w.bbox, DOUBTED_CONFIDENCE, w.page)
            elif (fixed := swapped_accent(w.text, w.bbox, found)) is not None:
                # the count agrees and the mark leans the other way than the text's accent
                w = Word(fixed if repair else w.text, w.bbox, DOUBTED_CONFIDENCE, w.page)
            elif (singles and "'" not in w.text and "’" not in w.text
                  and len(found.singles) > explained_singles(w.text)):
                # Accents OCR dropped: put back where their shapes say, if they do (not on
                # a noisy page, where a speck passes for one now and then).
                text = w.text
                for centre, shape in zip(found.singles, found.shapes, strict=True):
                    text = restore_accent(text, w.bbox, centre, shape) if repair else text
                w = Word(text, w.bbox, DOUBTED_CONFIDENCE, w.page)

        out.append(w)
    return out
