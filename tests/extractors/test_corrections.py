"""Corrections on a filled-in form: the corrected value counts, the wrong one does not."""

from __future__ import annotations

from extractors.corrections import resolve_corrections
from extractors.fields import extract_fields
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import page


def _values(words: list[Word]) -> dict[str, object]:
    fixed = resolve_corrections(words)
    return {k: v.value for k, v in extract_fields(get("anmeldung"), fixed).items()}


def test_a_note_at_the_foot_puts_the_marked_entry_right() -> None:
    words = page([
        (100, [(200, "Familienname: Vogt")]),
        (160, [(200, "Staatsangehörigkeit: französisch*")]),
        (220, [(200, "Geburtsort: Herne")]),
        (400, [(200, "Nachträgliche Korrekturen")]),
        (460, [(200, "*bei „Staatsangehörigkeit“ lies: deutsch – Hörfehler bei der Aufnahme")]),
    ])
    got = _values(words)
    assert got["nationality"] == "DEU"
    assert got["place_of_birth"] == "Herne"


def test_a_bracketed_entry_with_its_mark_gives_way_to_the_one_in_the_margin() -> None:
    words = page([
        (100, [(200, "Familienname: Kravchenko")]),
        (160, [(200, "Vornamen: [Oleksnadr] 1"), (1400, "1 Oleksandr")]),
    ])
    assert _values(words)["given_names"] == "Oleksandr"


def test_a_corrections_signature_is_no_part_of_the_value() -> None:
    words = page([
        (100, [(200, "Familienname")]),
        (160, [(200, "Vogt berichtigt am 19.10.26 N.L.")]),
        (220, [(200, "Geburtsort: Herne")]),
    ])
    assert _values(words)["family_name"] == "Vogt"


def test_a_form_without_corrections_is_left_as_it_is() -> None:
    words = page([(100, [(200, "Familienname: Vogt [geb. Meyer]")]),
                  (160, [(200, "Hinweis: „Wohnung“ meint die Anschrift")])])
    assert resolve_corrections(words) is words


def test_a_digit_mark_glued_to_a_date_flags_it_for_the_note() -> None:
    words = page([
        (100, [(200, "Familienname: Neumann")]),
        (160, [(200, "geboren am: 27.08.19681")]),
        (400, [(200, "1„geboren am“ richtig: 17.08.1968 – Hörfehler bei der Aufnahme")]),
    ])
    assert _values(words)["date_of_birth"] == "1968-08-17"
    fixed = resolve_corrections(words)
    assert [w.text for w in fixed if w.y0 == 160] == ["geboren", "am:", "17.08.1968"]


def test_a_translators_lead_in_note_and_a_cards_entry_stamp_are_no_part_of_the_value() -> None:
    # GIVEN "[von Hand:]" before a value (the original is hand-written) and "eingetr." with
    # its date after one (when a card's entry was made), one wrapped to the next line
    got = _values(page([
        (100, [(200, "Familienname:"), (900, "[von Hand:] Nowak")]),
        (160, [(200, "Vornamen:"), (900, "Jana eingetr. 14. 9. 2026")]),
        (220, [(200, "Geburtsort:"), (900, "Herne Eintr. v."),
               (1500, "Staatsangehörigkeit: deutsch")]),
        (280, [(900, "26.9.2026")]),
        (340, [(200, "Straße: Im Düsterfeld (3. Sep. 2026)")]),
    ]))
    assert (got["family_name"], got["given_names"], got["place_of_birth"]) == (
        "Nowak", "Jana", "Herne")
    assert got["street"] == "Im Düsterfeld"
    assert got["nationality"] == "DEU"
