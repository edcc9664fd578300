"""Umlaut dots in the image that the OCR text lacks (pure OpenCV on drawn words)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors import marks
from extractors.words import Word
from tests.extractors.pagegen import FONT_REGULAR, FONT_SERIF

SIZE_PX = 42  # 10 pt at 300 dpi


def _drawn(text: str, font: str = FONT_REGULAR, size: int = SIZE_PX, noise: float = 0.0,
           seed: int = 0) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """The word drawn on white paper, and its ink box (as Tesseract would give it)."""
    face = ImageFont.truetype(font, size)
    img = Image.new("L", (60 + size * len(text), 3 * size), 255)
    ImageDraw.Draw(img).text((20, size), text, font=face, fill=0)
    grey = np.asarray(img, dtype=np.float64)
    if noise:
        grey = grey + np.random.default_rng(seed).normal(0, noise, grey.shape)
    grey = np.clip(grey, 0, 255).astype(np.uint8)
    ys, xs = np.nonzero(grey < 128)
    return grey, (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1))


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_SERIF])
@pytest.mark.parametrize(("drawn", "read", "restored"), [
    ("Bärbel", "Barbel", "Bärbel"),
    ("Münster", "Miinster", "Münster"),
    ("Lübeck", "Lubeck", "Lübeck"),
    ("Zoë", "Zoé", "Zoë"),
    ("Köln", "Koln", "Köln"),
])
def test_umlaut_read_without_dots_is_restored_and_doubted(
    font: str, drawn: str, read: str, restored: str
) -> None:
    grey, box = _drawn(drawn, font)
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey)
    assert word.text == restored
    assert word.confidence == marks.DOUBTED_CONFIDENCE


@pytest.mark.parametrize("text", ["Bärbel", "Hinweise", "Mississippi", "Familienname:",
                                  "Düsseldorf", "Müller-Lüdenscheidt", "ÖZTÜRK"])
def test_words_read_right_keep_text_and_confidence(text: str) -> None:
    grey, box = _drawn(text, noise=18, seed=len(text))
    word = Word(text, box, 0.93, 1)
    assert marks.check_marks([word], grey) == [word]


def test_a_capital_umlaut_above_the_box_is_seen() -> None:
    grey, (x0, _, x1, y1) = _drawn("Ümminger")
    # Tesseract's box of a word it read as "Umminger" starts under the dots.
    body_top = float(np.nonzero((grey[:, int(x0):int(x1)] < 128).sum(axis=1) > 8)[0][0])
    assert marks.check_marks([Word("Umminger", (x0, body_top, x1, y1), 0.9, 1)], grey)[0].text \
        == "Ümminger"


def test_stray_symbol_inside_a_name_is_doubted_not_changed() -> None:
    grey, box = _drawn("Zoë")
    (word,) = marks.check_marks([Word("Zo&", box, 0.9, 1)], grey)
    assert (word.text, word.confidence) == ("Zo&", marks.DOUBTED_CONFIDENCE)


def test_tick_boxes_and_box_walls_are_not_stray_symbols() -> None:
    grey, box = _drawn("[X]")
    words = [Word("[X]", box, 0.9, 1), Word("|Meldepflichtige", box, 0.9, 1)]
    assert [w.confidence for w in marks.check_marks(words, grey)] == [0.9, 0.9]


def test_explained_pairs() -> None:
    assert marks.explained_pairs("Müller-Lüdenscheidt") == 2
    assert marks.explained_pairs("Müller") == 1
    assert marks.explained_pairs("Zoé") == 0


@pytest.mark.parametrize(("drawn", "read", "repaired"), [
    ("Lefèvre", "Lefevre", "Lefèvre"), ("López", "Löpez", "Löpez"),
    ("Mégane", "Megane", "Mégane"), ("Škoda", "Skoda", "Skoda"), ("São", "Sao", "São"),
    ("Muñoz", "Munoz", "Muñoz"), ("Jérôme", "Jerome", "Jérôme"),
    ("André", "Andre", "André")])
def test_an_accent_the_text_lacks_is_put_back_by_its_shape_and_doubted(
        drawn: str, read: str, repaired: str) -> None:
    # Where the shape does not say which accent it is (a caron, an umlaut read as one mark),
    # the text stays as read; either way a person confirms it.
    grey, box = _drawn(drawn)
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey)
    assert (word.text, word.confidence) == (repaired, marks.DOUBTED_CONFIDENCE)
    # On a noisy page the word is doubted only: a speck there passes for an accent at times.
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey, repair=False)
    assert (word.text, word.confidence) == (read, marks.DOUBTED_CONFIDENCE)
    # ...but not on noisy pages, where specks look like accents.
    assert marks.check_marks([Word(read, box, 0.93, 1)], grey, singles=False)[0].confidence \
        == 0.93


@pytest.mark.parametrize(("read", "meant"), [("GroB", "Groß"), ("StraBe", "Straße"),
                                              ("MeiBner", "Meißner"), ("AuBenweg", "Außenweg")])
def test_a_sharp_s_read_as_b_is_put_back_and_doubted(read: str, meant: str) -> None:
    grey, box = _drawn(meant)
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey)
    assert (word.text, word.confidence) == (meant, marks.DOUBTED_CONFIDENCE)


@pytest.mark.parametrize("text", ["Bernd", "BERLIN", "McBride", "Groß"])
def test_a_capital_b_where_it_belongs_stays(text: str) -> None:
    grey, box = _drawn(text)
    word = Word(text, box, 0.93, 1)
    assert marks.check_marks([word], grey) == [word]


def test_a_speck_glued_to_a_word_is_doubted() -> None:
    grey, box = _drawn(".und")
    assert marks.check_marks([Word(".und", box, 0.9, 1)], grey)[0].confidence \
        == marks.DOUBTED_CONFIDENCE


def test_an_i_with_its_dot_keeps_its_confidence() -> None:
    grey, box = _drawn("Willi")
    (word,) = marks.check_marks([Word("Willi", box, 0.93, 1)], grey)
    assert (word.text, word.confidence) == ("Willi", 0.93)


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_SERIF])
@pytest.mark.parametrize(("drawn", "read"), [("Luíza", "Luiza"), ("María", "Maria")])
def test_an_accent_over_an_i_read_as_its_dot_is_restored_and_doubted(
        font: str, drawn: str, read: str) -> None:
    # GIVEN the mark counts agree (an i has one mark too): only the shape tells
    grey, box = _drawn(drawn, font)
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey)
    assert word.text == drawn
    assert word.confidence == marks.DOUBTED_CONFIDENCE


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_SERIF])
@pytest.mark.parametrize("text", ["Luiza", "Maria", "Mississippi", "Birgit"])
def test_an_is_own_dot_is_no_accent(font: str, text: str) -> None:
    grey, box = _drawn(text, font, noise=18, seed=len(text))
    word = Word(text, box, 0.93, 1)
    assert marks.check_marks([word], grey) == [word]


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_SERIF])
@pytest.mark.parametrize(("drawn", "read"), [("Lefèvre", "Lefévre"), ("André", "Andrè"),
                                             ("Hélène", "Hèlène")])
def test_an_accent_read_leaning_the_wrong_way_is_turned_and_doubted(
        font: str, drawn: str, read: str) -> None:
    grey, box = _drawn(drawn, font)
    (word,) = marks.check_marks([Word(read, box, 0.93, 1)], grey)
    assert (word.text, word.confidence) == (drawn, marks.DOUBTED_CONFIDENCE)


@pytest.mark.parametrize("font", [FONT_REGULAR, FONT_SERIF])
@pytest.mark.parametrize("text", ["Lefèvre", "André", "Hélène", "Müller", "José"])
def test_accents_read_the_way_they_lean_keep_text_and_confidence(font: str, text: str) -> None:
    grey, box = _drawn(text, font)
    word = Word(text, box, 0.93, 1)
    assert marks.check_marks([word], grey) == [word]
