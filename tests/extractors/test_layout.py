"""Lines and segments from word geometry."""

from __future__ import annotations

from extractors.layout import build_lines, group_lines
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


def test_marginal_notes_beside_a_justified_block_are_a_column_of_their_own() -> None:
    # GIVEN a justified paragraph (right edge 1757) with notes in smaller print set 50 px
    # beside it, closer than the gap that parts segments, on several of its lines
    def justified(text: str, y: float) -> list[Word]:
        # words spread evenly from 260 to the block's right edge at 1757
        tokens = text.split()
        width = 1757 - 260 - 22 * (len(tokens) - 1)
        chars = sum(len(t) for t in tokens)
        out, x = [], 260.0
        for t in tokens:
            w = width * len(t) / chars
            out.append(Word(t, (x, y, x + w, y + 41), 1.0, 1))
            x += w + 22
        return out

    def note(text: str, y: float) -> list[Word]:
        out, x = [], 1807.0
        for t in text.split():
            out.append(Word(t, (x, y + 5, x + 17 * len(t), y + 37), 1.0, 1))
            x += 17 * len(t) + 10
        return out
    words = (justified("Angabe der Vornamen Karl-Heinz, Angabe des Geburtsnamens Hoffmann,", 100)
             + note("Zu den Vornamen", 100)
             + justified("Angabe des Geburtstages 13. Februar 1972, Angabe des Ortes", 157)
             + note("Zum Geburtstag", 157)
             + justified("der Geburt Leipzig, Angabe des Geschlechts männlich.", 214)
             + note("Zum Geburtsort", 214))
    lines = build_lines(words)
    # THEN each line parts into the paragraph's words and the note's
    assert [[s.text for s in line.segments] for line in lines] == [
        ["Angabe der Vornamen Karl-Heinz, Angabe des Geburtsnamens Hoffmann,",
         "Zu den Vornamen"],
        ["Angabe des Geburtstages 13. Februar 1972, Angabe des Ortes", "Zum Geburtstag"],
        ["der Geburt Leipzig, Angabe des Geschlechts männlich.", "Zum Geburtsort"]]


def test_a_gap_two_lines_share_is_no_column_where_another_line_runs_through_it() -> None:
    # GIVEN three lines with a word starting at the same place after a wide space, and a
    # line between them whose words run across that place
    def word(text: str, x0: float, x1: float, y: float) -> Word:
        return Word(text, (x0, y, x1, y + 41), 1.0, 1)
    words = [word("Wir", 260, 330, 100), word("wohnen", 380, 520, 100),
             word("Sie", 260, 330, 157), word("wohnen", 380, 520, 157),
             word("Ganz", 260, 340, 214), word("durchgehender", 350, 600, 214),
             word("Er", 260, 330, 271), word("wohnt", 380, 500, 271)]
    lines = build_lines(words)
    assert all(len(line.segments) == 1 for line in lines)


def test_question_numbers_in_a_column_of_their_own_stay_with_their_questions() -> None:
    # GIVEN numbered questions whose numbers stand in a narrow column, each question set a
    # little further off than a word space (a column start shared by every line)
    def word(text: str, x0: float, x1: float, y: float) -> Word:
        return Word(text, (x0, y, x1, y + 41), 1.0, 1)
    words = []
    for n, (y, question) in enumerate([(100, "Wie heißen Sie?"), (250, "Wann sind Sie geboren?"),
                                       (400, "Wo haben Sie vor dem Umzug gewohnt?")], start=9):
        words.append(word(str(n), 261, 300, y))
        x = 350.0
        for token in question.split():
            words.append(word(token, x, x + 20 * len(token), y))
            x += 20 * len(token) + 14
    lines = build_lines(words)
    assert [len(line.segments) for line in lines] == [1, 1, 1]


def test_a_word_a_paragraphs_line_end_hyphenated_is_whole_on_its_first_line() -> None:
    # GIVEN a justified paragraph with words broken at its lines' ends: in small letters,
    # in capitals after a short first part, a name's own hyphen and a spared part
    def line(text: str, y: float, x0: float = 260.0, edge: float = 1757.0) -> list[Word]:
        tokens = text.split()
        width = (edge - x0 - 20 * (len(tokens) - 1)) / sum(len(t) for t in tokens)
        out, x = [], x0
        for t in tokens:
            out.append(Word(t, (x, y, x + width * len(t), y + 41), 1.0, 1))
            x += width * len(t) + 20
        return out
    words = (line("Die Erklärung ist vollständig abzugeben. Unvollstän-", 100)
             + line("dige Angaben führen zu Rückfragen beim Amt. GE-", 157)
             + line("BURTSDATUM (NACH DEM REGISTER) 27. Oktober 1986 Karl-", 214)
             + line("Heinz Müller und Vor- ", 271)
             + line("und Familienname der Person stehen im Register.", 328, edge=1200))
    texts = [[w.text for w in ln.words] for ln in build_lines(words)]
    assert texts[0][-1] == "Unvollständige" and texts[1][0] == "Angaben"
    assert texts[1][-1] == "GEBURTSDATUM" and texts[2][0] == "(NACH"
    assert texts[2][-1] == "Karl-" and texts[3][0] == "Heinz"
    assert texts[3][-1] == "Vor-" and texts[4][0] == "und"


def test_a_cells_wall_reaching_up_past_the_caption_leaves_the_caption_first() -> None:
    caption = [Word("Familienname", (165, 388, 276, 402), 0.9, 1),
               Word("Vornamen", (615, 388, 700, 402), 0.9, 1)]
    values = [Word("Ionescu", (164, 417, 248, 436), 0.9, 1),
              Word("|", (560, 379, 571, 447), 0.5, 1),
              Word("Giulia", (615, 410, 683, 444), 0.9, 1)]
    lines = group_lines(values + caption)
    assert [w.text for w in lines[0]] == ["Familienname", "Vornamen"]

