"""Values split into captioned sub-cells are joined into the one value they make."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.subfields import join_sub_fields
from schemas.registry import get
from tests.fakes.wordpage import page


def values(type_name: str, words: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {k: v.value for k, v in extract_fields(get(type_name), join_sub_fields(words)).items()}


def test_a_date_in_day_month_and_year_cells_under_their_captions() -> None:
    words = page([
        (100, [(200, "Anmeldung mit Kästchen")]),
        (200, [(200, "2. Geburtsdatum, aufgeschlüsselt"), (1100, "Kalendertag"),
               (1500, "Kalendermonat"), (1900, "Kalenderjahr")]),
        (260, [(1110, "18"), (1510, "06"), (1910, "1988")]),
        (360, [(200, "3. Geburtsort"), (1100, "Herat")]),
    ])
    got = values("anmeldung", words)
    assert got["date_of_birth"] == "1988-06-18"
    assert got["place_of_birth"] == "Herat"


def test_a_date_whose_captions_stand_under_its_cells_and_a_month_in_words() -> None:
    words = page([
        (100, [(200, "Eheurkunde im Kästchenformat")]),
        (200, [(200, "7. Tag der Eheschließung (Teilfelder)")]),
        (260, [(220, "13"), (700, "Dezember"), (1500, "2020")]),
        (310, [(210, "Tag (TT)"), (690, "Monat"), (1490, "Jahr (JJJJ)")]),
    ])
    assert values("eheurkunde", words)["marriage_date"] == "2020-12-13"


def test_a_register_number_in_letter_number_and_year_cells() -> None:
    words = join_sub_fields(page([
        (200, [(200, "Registernummer")]),
        (260, [(220, "Registerbuchstabe"), (900, "lfd. Eintragsnr."), (1500, "Jahr d. Eintrags")]),
        (320, [(230, "G"), (910, "1268"), (1510, "2025")]),
    ]))
    assert [line.text for line in build_lines(words)] == ["Registernummer", "G 1268/2025"]


def test_a_house_numbers_letter_in_a_cell_of_its_own() -> None:
    words = page([
        (100, [(200, "Anmeldung mit Kästchen")]),
        (200, [(200, "Straße – Name"), (900, "Hausnr. (Ziffern)"), (1400, "Zusatz (Buchstabe)"),
               (1900, "Postleitzahl")]),
        (260, [(210, "Fußgängerweg"), (910, "124"), (1410, "b"), (1910, "44805")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["house_number"], got["postal_code"]) == (
        "Fußgängerweg", "124b", "44805")


def test_captions_whose_cells_hold_no_date_are_left_alone() -> None:
    words = page([
        (200, [(200, "Tag"), (900, "Monat"), (1500, "Jahr")]),
        (260, [(210, "Montag"), (910, "Mai"), (1510, "zwanzig")]),
    ])
    assert join_sub_fields(words) is words
