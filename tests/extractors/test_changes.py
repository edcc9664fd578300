"""A change notice is read as the state after the change, however it prints the two states."""

from __future__ import annotations

from extractors.changes import resolve_change_notices
from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import page


def _fields(doc_type: str, words: list[Word]) -> dict[str, object]:
    return {k: v.value for k, v in extract_fields(get(doc_type), resolve_change_notices(words))
            .items()}


def _lines(words: list[Word]) -> list[str]:
    return [line.text for line in build_lines(words)]


# a table of each field before and after the change
TABLE = [
    (100, [(200, "Anzeige geänderter Meldedaten")]),
    (200, [(200, "Angabe"), (1300, "Alter Stand"), (2100, "Neuer Stand")]),
    (260, [(200, "Familienname"), (1300, "Yılmaz"), (2100, "unverändert")]),
    (320, [(200, "Vornamen"), (1300, "Elif"), (2100, "wie bisher")]),
    (380, [(200, "Straße"), (1300, "Hafenweg"), (2100, "Lindenallee")]),
    (440, [(200, "Hausnummer"), (1300, "3"), (2100, "17a")]),
    (500, [(200, "Postleitzahl"), (1300, "44135"), (2100, "44787")]),
    (560, [(200, "Wohnort"), (1300, "Dortmund"), (2100, "Bochum")]),
    (620, [(200, "Art der Wohnung"), (1300, "[ ] Hauptwohnung"), (2100, "[X] Nebenwohnung")]),
    (720, [(200, "Ich versichere, dass die Angaben über die bisherige und die neue Wohnung "
                 "richtig und vollständig sind.")]),
]


def test_a_table_of_two_states_gives_the_state_after() -> None:
    got = _fields("anmeldung", page(TABLE))
    assert (got["family_name"], got["given_names"]) == ("Yılmaz", "Elif")
    assert (got["street"], got["house_number"]) == ("Lindenallee", "17a")
    assert (got["postal_code"], got["city"]) == ("44787", "Bochum")


def test_ticked_options_across_the_columns_stay_the_forms_choice() -> None:
    lines = [" ".join(line.split()) for line in _lines(resolve_change_notices(page(TABLE)))]
    assert "Art der Wohnung [ ] Hauptwohnung [X] Nebenwohnung" in lines
    assert not any("Hafenweg" in line or "unverändert" in line for line in lines)
    # running text under the table is left whole
    assert lines[-1] == ("Ich versichere, dass die Angaben über die bisherige und die neue "
                         "Wohnung richtig und vollständig sind.")


def test_a_value_given_twice_on_two_lines_keeps_the_new_one() -> None:
    words = page([
        (100, [(200, "Mitteilung über geänderte Angaben")]),
        (200, [(200, "Familienname")]), (260, [(200, "Nowak (keine Änderung)")]),
        (340, [(200, "Straße")]),
        (400, [(200, "früher:"), (700, "Am Markt")]),
        (460, [(200, "künftig:"), (700, "Ringstraße")]),
        (540, [(200, "Hausnummer")]),
        (600, [(200, "bisheriger Wert:"), (700, "12")]),
        (660, [(200, "neuer Wert:"), (700, "4b")]),
    ])
    got = _fields("anmeldung", words)
    assert (got["family_name"], got["street"], got["house_number"]) \
        == ("Nowak", "Ringstraße", "4b")


def test_a_change_written_out_with_quotes_keeps_the_new_value() -> None:
    words = page([
        (100, [(200, "Berichtigung des Sterbeeintrags")]),
        (200, [(200, "Sterbetag:"), (900, "geändert von »02.03.2026« auf »01.03.2026«")]),
        (260, [(200, "Sterbeort:"), (900, "bisher „Witten“ jetzt „Hattingen“")]),
        (320, [(200, "Familienname:"), (900, "Ahmadi")]),
    ])
    got = _fields("sterbeurkunde", words)
    assert (got["date_of_death"], got["place_of_death"]) == ("2026-03-01", "Hattingen")
    # a quoted name is no change
    words = page([(100, [(200, "Gaststätte „Zum Anker“, Inhaber »Jan«")])])
    assert resolve_change_notices(words) == words


def test_a_written_change_whose_new_value_wrapped_to_the_next_line() -> None:
    words = page([
        (100, [(200, "Änderung der Zulassungsdaten")]),
        (200, [(200, "Fahrzeug-Identifizierungsnummer: Wert von »WVWZZZ1JZXW000001« in")]),
        (260, [(200, "»WDB2030461A123456«")]),
        (320, [(200, "Familienname des Halters: Ivanova")]),
    ])
    assert _fields("antrag_zulassung", words)["vin"] == "WDB2030461A123456"
    assert [" ".join(t.split()) for t in _lines(resolve_change_notices(words))][1] \
        == "Fahrzeug-Identifizierungsnummer: WDB2030461A123456"


def test_a_page_without_a_change_comes_back_as_it_was() -> None:
    words = page([(100, [(200, "Familienname:"), (900, "Bauer")]),
                  (160, [(200, "Bisherige Anschrift:"), (900, "Hafenweg 3, 44135 Dortmund")]),
                  (220, [(200, "bisher:"), (900, "ledig")]),
                  (280, [(200, "Familienstand")])])
    assert resolve_change_notices(words) == words
    assert resolve_change_notices([]) == []
