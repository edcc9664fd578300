"""Supplement sheets: a box that points to a supplement holds the value the supplement gives."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.supplement import resolve_supplements
from schemas.registry import get
from tests.fakes.wordpage import page


def _cells(pages: list) -> list[str]:  # type: ignore[type-arg]
    return [seg.text for words in pages for line in build_lines(words) for seg in line.segments]


def test_a_footnote_mark_in_a_box_takes_the_footnotes_value() -> None:
    words = page([
        (100, [(200, "Anmeldung einer Wohnung")]),
        (200, [(200, "1"), (400, "Familienname"), (900, "Anm. *1"), (1500, "Beiblatt 3")]),
        (260, [(200, "2"), (400, "Vornamen"), (900, "Reza"), (1500, "*1 Hosseini")]),
        (320, [(200, "3"), (400, "Geburtsort"), (900, "Anm. *2"), (1500, "*2 Herat")]),
    ])
    [out] = resolve_supplements([words])
    cells = _cells([out])
    assert "Hosseini" in cells and "Herat" in cells
    assert "Anm. *1" not in cells and "*1 Hosseini" not in cells
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), out).items()}
    assert (got["family_name"], got["place_of_birth"]) == ("Hosseini", "Herat")


def test_numbered_fields_continued_and_corrected_on_the_next_page() -> None:
    # GIVEN a form whose boxes point to page 2, which gives them by number, and corrects the
    # birth date the form holds
    first = page([
        (100, [(200, "Anmeldeformular, Einträge teils auf Zusatzblatt")]),
        (200, [(200, "(3)"), (400, "Geburtsdatum (Vordruckeintrag)"), (1500, "22. Nov. 1962")]),
        (260, [(200, "(6)"), (400, "Staatsangehörigkeit (Vordruckeintrag)"),
               (1500, "Forts. s. Seite 2")]),
        (320, [(200, "(9)"), (400, "Straße der hier gemeldeten Wohnung"),
               (1500, "Forts. s. Seite 2")]),
    ])
    second = page([
        (100, [(200, "Fortsetzungsblatt zu den Feldern des Vordrucks")]),
        (200, [(200, "Ad 6: Vietnam")]),
        (260, [(200, "zu Feld 9:")]),
        (310, [(250, "Mühlenstraße")]),
        (380, [(200, "Berichtigung zu Nr. 3: richtig ist 16. Jan. 1962")]),
    ], page_no=2)
    out = resolve_supplements([first, second])
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), out[0] + out[1]).items()}
    assert (got["nationality"], got["street"]) == ("VNM", "Mühlenstraße")
    assert got["date_of_birth"] == "1962-01-16"


def test_a_label_repeated_on_the_supplement_and_a_label_correction_over_two_lines() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde (Einträge mit Beiblatt)")]),
        (200, [(200, "Nr. 2"), (400, "Vornamen (alle) – Feldeintrag"),
               (1200, "Eintrag in Anlage 1")]),
        (260, [(200, "Nr. 6"), (400, "Tag des Todes – Feldeintrag"), (1200, "19.01.2026")]),
        (400, [(200, "Anlage 1 – Ergänzungen zu den Feldern")]),
        (460, [(200, "Vornamen (alle) – Feldeintrag: Uwe")]),
        (520, [(200, "Korrektur »Tag des Todes – Feldeintrag« – zutreffend:")]),
        (570, [(250, "16.02.2026")]),
    ])
    [out] = resolve_supplements([words])
    got = {k: v.value for k, v in extract_fields(get("sterbeurkunde"), out).items()}
    assert (got["given_names"], got["date_of_death"]) == ("Uwe", "2026-02-16")


def test_a_box_under_its_numbered_label_points_to_the_next_page() -> None:
    first = page([
        (100, [(200, "Eheurkunde (Einträge mit Beiblatt)")]),
        (200, [(200, "Nr. 7 Eheschließung am (Vordruckeintrag)"),
               (1300, "Nr. 8 Eheschließung in (Vordruckeintrag)")]),
        (250, [(220, "Forts. s. Seite 2"), (1320, "Bochum")]),
    ])
    second = page([(200, [(200, "zu Feld 7: 8. März 2004")])], page_no=2)
    out = resolve_supplements([first, second])
    assert "8. März 2004" in _cells(out[:1])
    # AND the label beside stays a label: nothing is written over it
    assert "Nr. 8 Eheschließung in (Vordruckeintrag)" in _cells(out[:1])


def test_a_page_without_pointers_or_entries_is_left_alone() -> None:
    words = page([(200, [(200, "Familienname"), (900, "Böhm")]),
                  (260, [(200, "Uhrzeit"), (900, "12:30 Uhr")])])
    assert resolve_supplements([words])[0] is words


def test_entries_after_a_dash_and_a_pointer_left_unresolved_is_no_value() -> None:
    words = page([
        (100, [(200, "Meldeschein zur Anmeldung (Felder mit Beiblatt)")]),
        (200, [(200, "4"), (400, "Ort der Geburt – Feldeintrag"), (1300, "vgl. Anlage 4"),
               (1900, "Zu Nr. 4 – Berlin")]),
        (260, [(200, "10"), (400, "Anschrift – Feldeintrag"), (1300, "s. Anlage 9")]),
    ])
    [out] = resolve_supplements([words])
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), out).items()}
    assert got["place_of_birth"] == "Berlin"
    # the address's pointer has no entry: no street "Anlage", no house number "9"
    assert "street" not in got and "house_number" not in got


def test_a_value_with_a_remark_pointing_on_is_a_value() -> None:
    from extractors.supplement import points_elsewhere
    assert points_elsewhere("» Zusatzbl. 2") and points_elsewhere("Eintrag in Anlage 1")
    assert not points_elsewhere("sonstiger Aufenthaltszweck (siehe Anlage)")
    assert not points_elsewhere("Parkanlage 5")


def test_corrections_whose_own_words_wrap_and_a_label_correction_of_the_second_of_two_boxes(
) -> None:
    # GIVEN two spouses' birth dates labelled alike, the first pointing to the supplement,
    # the second corrected there; and a correction of the first names over three lines
    words = page([
        (100, [(200, "Eheurkunde – Vordruck mit Ergänzungsblatt")]),
        (200, [(200, "Teil A – Ehegatte 1")]),
        (260, [(200, "(2)"), (350, "Vornamen (Feldinhalt)"), (1100, "Marie")]),
        (320, [(200, "(3)"), (350, "Geburtsdatum (Feldinhalt)"), (1100, "s. Beiblatt")]),
        (400, [(200, "Teil B – Ehegatte 2")]),
        (460, [(200, "(6)"), (350, "Geburtsdatum (Feldinhalt)"), (1100, "19. Dezember 1999")]),
        (600, [(200, "Beiblatt 4 zum Vordruck")]),
        (660, [(200, "Geburtsdatum (Feldinhalt): 21. September 1982")]),
        (720, [(200, "Berichtigung zu »Geburtsdatum (Feldinhalt)«: richtig")]),
        (770, [(200, "ist")]),
        (820, [(250, "8. November 1999")]),
        (900, [(200, "Korrektur »Vornamen (Feldinhalt)« –")]),
        (950, [(200, "zutreffend:")]),
        (1000, [(250, "Anna Renée")]),
    ])
    [out] = resolve_supplements([words])
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), out).items()}
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1982-09-21", "1999-11-08")
    assert got["spouse1_given_names"] == "Anna Renée"
