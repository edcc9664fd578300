"""Lines and segments from word geometry."""

from __future__ import annotations

from extractors.layout import build_lines
from extractors.words import Word


def _w(text: str, x0: float, x1: float, y0: float = 100.0) -> Word:
    return Word(text, (x0, y0, x1, y0 + 30), 0.9, 1)


def test_a_wide_gap_starts_a_segment() -> None:
    (line,) = build_lines([_w("Familienname:", 0, 200), _w("Müller", 400, 500)])
    assert [s.text for s in line.segments] == ["Familienname:", "Müller"]


def test_a_rule_read_as_a_bar_is_a_cell_wall_however_narrow_the_gap() -> None:
    words = [_w("Geburtsname,", 0, 200), _w("sofern", 210, 300), _w("abweichend", 310, 450),
             _w("|", 470, 475), _w("Schröder", 500, 640)]
    (line,) = build_lines(words)
    assert [s.text for s in line.segments] == ["Geburtsname, sofern abweichend", "Schröder"]


def test_a_line_of_rules_only_is_no_line() -> None:
    lines = build_lines([_w("|", 0, 5), _w("||", 300, 306), _w("Name", 0, 80, y0=200)])
    assert [line.text for line in lines] == ["Name"]
    assert [line.index for line in lines] == [0]


def test_a_label_over_its_gloss_stays_two_lines_when_a_value_sits_between() -> None:
    from tests.fakes.wordpage import chunk_words
    # GIVEN a German label with its English gloss under it, and the value set between
    # the two, level with neither
    words = (chunk_words(200, 100, "Postleitzahl, Ort", height=36)
             + chunk_words(200, 142, "Postcode, town", height=28)
             + chunk_words(1200, 120, "44787 Bochum", height=40))
    lines = build_lines(words)
    # THEN label and gloss are not interleaved into one line
    texts = [" | ".join(s.text for s in line.segments) for line in lines]
    assert "Postleitzahl, Ort" in texts[0]
    assert any(t.startswith("Postcode, town") for t in texts[1:])


def test_a_printouts_column_headers_and_values_set_close_are_cut_into_their_columns() -> None:
    # Header words 38 px apart (under the segment gap) over values starting at the same x
    from extractors.words import Word
    def word(text: str, x0: float, x1: float, y: float, h: float) -> Word:
        return Word(text, (x0, y, x1, y + h), 1.0, 1)
    words = [word("FAMNAME", 271, 407, 100, 33), word("VORNAMEN-LISTE", 445, 688, 100, 33),
             word("G", 725, 746, 100, 33),
             word("Esposito", 271, 389, 160, 38), word("Giulia", 445, 523, 160, 38),
             word("weibl.", 725, 804, 160, 38)]
    lines = build_lines(words)
    assert [[s.text for s in line.segments] for line in lines] == [
        ["FAMNAME", "VORNAMEN-LISTE", "G"], ["Esposito", "Giulia", "weibl."]]


def test_typewriter_lines_whose_words_happen_to_align_stay_whole() -> None:
    # A monospaced face puts words of consecutive lines on one grid; single spaces are no
    # column gap, and an OCR'd page's boxes are not exact enough to cut on.
    from extractors.words import Word
    def row(y: float, texts: list[tuple[float, str]], conf: float = 1.0) -> list[Word]:
        return [Word(t, (x, y, x + 24 * len(t), y + 40), conf, 1) for x, t in texts]
    words = row(100, [(200, "Name"), (320, "der"), (416, "Mutter")]) + \
        row(160, [(200, "Anna"), (320, "Sophie"), (488, "Hartmann")])
    assert [len(line.segments) for line in build_lines(words)] == [1, 1]


def test_a_pen_note_shifted_off_the_baseline_is_its_own_segment() -> None:
    # GIVEN a margin note written a little lower than the typed value it runs into
    words = [_w("WV", 0, 60, y0=116), _w("2", 70, 90, y0=118), _w("Wo.", 100, 160, y0=124),
             _w("Gerd", 180, 260), _w("Schneider", 272, 440)]
    (line,) = build_lines(words)
    assert [s.text for s in line.segments] == ["WV 2 Wo.", "Gerd Schneider"]


def test_words_of_one_run_a_little_apart_in_height_stay_together() -> None:
    # a descender or the skew left after deskewing moves a word by a fraction of its height
    words = [_w("Gerd", 0, 80), _w("Schneider", 92, 260, y0=106), _w("jung", 272, 340, y0=104)]
    (line,) = build_lines(words)
    assert [s.text for s in line.segments] == ["Gerd Schneider jung"]
