"""Labels wrapped under themselves, their value beside the first line, are read whole."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.wrapped_labels import join_wrapped_labels
from schemas.registry import get
from tests.fakes.wordpage import page


def _values(doc_type: str, rows: list) -> dict[str, object]:  # type: ignore[type-arg]
    words = join_wrapped_labels(page(rows))
    return {k: v.value for k, v in extract_fields(get(doc_type), words).items()}


def _lines(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [line.text for line in build_lines(join_wrapped_labels(page(rows)))]


def test_an_apps_questions_wrapped_after_a_pronoun_are_read_whole() -> None:
    rows = [
        (100, [(281, "In diesem Ort bist du"), (1400, "Essen")]),
        (140, [(281, "geboren")]),
        (240, [(281, "An diesem Tag bist du"), (1400, "05.10.2026")]),
        (280, [(281, "eingezogen")]),
        (380, [(281, "Hier hast du vorher"), (1400, "Kemnader Straße 26,")]),
        (420, [(281, "gewohnt"), (1400, "49082 Osnabrück")]),
    ]
    got = _values("anmeldung", rows)
    assert got["place_of_birth"] == "Essen"
    assert got["move_in_date"] == "2026-10-05"
    assert got["previous_address"] == "Kemnader Straße 26, 49082 Osnabrück"


def test_a_rest_is_moved_beside_its_first_line_before_the_value() -> None:
    rows = [(100, [(281, "In diesem Ort bist du"), (1400, "Essen")]),
            (140, [(281, "geboren")])]
    (line,) = build_lines(join_wrapped_labels(page(rows)))
    assert [seg.text for seg in line.segments] == ["In diesem Ort bist du geboren", "Essen"]


def test_a_rest_that_wraps_again_and_a_remark_closing_under_it_follow_the_label() -> None:
    # "Adresse des" / "Wohnungsgebers (selbst" / "angegeben)", the value wrapped flush right
    rows = [
        (100, [(573, "Adresse des"), (1306, "Hauptstraße 89, 40211")]),
        (140, [(573, "Wohnungsgebers (selbst"), (1568, "Düsseldorf")]),
        (180, [(573, "angegeben)")]),
    ]
    lines = _lines(rows)
    assert lines[0].startswith("Adresse des Wohnungsgebers (selbst angegeben)")
    assert lines[1] == "Düsseldorf"
    assert _values("wohnungsgeberbestaetigung", rows)["landlord_address"] \
        == "Hauptstraße 89, 40211 Düsseldorf"


def test_a_row_of_values_under_a_row_of_labels_stays_where_it_is() -> None:
    words = page([(100, [(200, "Staatsangehörigkeit"), (1400, "Geschlecht")]),
                  (140, [(200, "deutsch"), (1400, "weiblich")])])
    assert join_wrapped_labels(words) == words
    # (nor under a label line ending in lower case, where a value stands under the next
    # label's cell, clear of both its edges)
    words = page([(100, [(200, "Geschlecht laut"), (1400, "Familienstand")]),
                  (140, [(200, "weiblich"), (1480, "ledig")])])
    assert join_wrapped_labels(words) == words


def test_a_value_under_a_label_in_a_sentence_stays_where_it_is() -> None:
    # (a capitalised name under a label line that ends in a noun is its value)
    words = page([(100, [(200, "Name des Vermieters"), (1400, "Herne")]),
                  (140, [(200, "Jürgen Overbeck")])])
    assert join_wrapped_labels(words) == words


def test_a_value_under_a_label_ending_in_a_joining_word_stays_in_a_row_of_values() -> None:
    # a row of labels over a row of values: "geboren in | Gemeinde/Stadt" over "Hanoi | Bochum"
    words = page([(100, [(254, "geboren in"), (1291, "Gemeinde/Stadt")]),
                  (140, [(262, "Hanoi"), (1299, "Bochum")])])
    assert join_wrapped_labels(words) == words


def test_a_heading_over_several_rows_keeps_its_lines() -> None:
    rows = [
        (100, [(297, "Eigentümer/in der"), (900, "Name/Firma"), (1500, "Felix Schulze")]),
        (140, [(297, "überlassenen")]),
        (180, [(297, "Wohnung (falls"), (900, "Anschrift"), (1500, "Südring 5, 44787 Bochum")]),
        (220, [(297, "abweichend)")]),
    ]
    assert _lines(rows)[1] == "überlassenen"


def test_a_labels_relative_clause_ended_by_its_verb_on_the_next_line_is_read_whole() -> None:
    rows = [(100, [(209, "Tag, an dem der Tod eingetreten"), (1100, "11.02.2026")]),
            (140, [(209, "ist")]),
            (240, [(209, "Ort des Todes"), (1100, "Bochum")])]
    assert _values("sterbeurkunde", rows)["date_of_death"] == "2026-02-11"


def test_a_joined_label_stays_within_its_own_column() -> None:
    # a cross table's row caption wrapped under itself: joined, it must not reach towards the
    # first value column (the table's captions end left of its columns)
    rows = [(100, [(191, "Datum des Ereignisses bzw. der"), (1100, "1964-05-31"),
                   (1500, "2026-08-30")]),
            (140, [(191, "Eintragung")])]
    before = page(rows)
    joined = join_wrapped_labels(before)
    (line,) = build_lines(joined)
    caption = line.segments[0]
    assert caption.text == "Datum des Ereignisses bzw. der Eintragung"
    assert caption.x1 <= max(w.x1 for w in before if w.text in ("der", "Eintragung"))
