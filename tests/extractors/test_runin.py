"""Run-in pairs a paragraph's line break split are read whole on their first line."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.runin import join_run_in_pairs
from schemas.registry import get
from tests.fakes.wordpage import page


def _values(doc_type: str, rows: list) -> dict[str, object]:  # type: ignore[type-arg]
    words = join_run_in_pairs(page(rows))
    return {k: v.value for k, v in extract_fields(get(doc_type), words).items()}


def test_a_value_broken_off_goes_on_at_the_next_lines_start() -> None:
    rows = [(100, [(200, "Kontoinhaber: Klaus Wagner · IBAN: DE66 2005 0550 9823")]),
            (160, [(200, "8959 74 · BIC: HASPDEHHXXX")])]
    assert _values("antrag_zulassung", rows)["iban"] == "DE66200505509823895974"


def test_a_label_broken_off_takes_its_rest_and_value() -> None:
    rows = [(100, [(200, "Nachname: Erdem · Vornamen: Burak · Passnummer")]),
            (160, [(200, "gemäß Ausländerakte: U52432158 · Zweck: Studium")])]
    got = _values("aufenthaltstitel_antrag", rows)
    assert got["passport_number"] == "U52432158"
    assert got["family_name"] == "Erdem"


def test_a_heading_after_the_paragraph_stays_where_it_is() -> None:
    rows = [(100, [(200, "Nachname: Erdem · Anschrift: Castroper Straße 87, 45478 Herne")]),
            (220, [(200, "Angaben zum Fahrzeug")])]
    lines = [line.text for line in build_lines(join_run_in_pairs(page(rows)))]
    assert lines[-1] == "Angaben zum Fahrzeug"


def test_a_page_without_dots_comes_back_as_it_was() -> None:
    words = page([(100, [(200, "Nachname: Erdem")]), (160, [(200, "Vornamen: Burak")])])
    assert join_run_in_pairs(words) is words


def test_values_set_before_their_labels_a_line_each_stay_on_their_lines() -> None:
    words = page([(100, [(200, "von Ahlen · Nachname der gemeldeten Person")]),
                  (160, [(200, "Anna · Vorname(n) der gemeldeten Person")])])
    assert join_run_in_pairs(words) == words
