"""Field codes explained in a key block: the explanations become the boxes' labels."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.legend import resolve_field_codes, resolve_key_numbers
from schemas.registry import get
from tests.fakes.wordpage import page


def _values(type_name: str, words: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {k: v.value for k, v in extract_fields(get(type_name), words).items()}


def test_codes_over_boxes_read_as_the_labels_the_key_gives_them() -> None:
    # GIVEN boxes that carry only a code over their value, out of the key's order, and the
    # key block at the foot of the page
    words = page([
        (100, [(200, "Meldevordruck mit Feldnummern – Einzug")]),
        (300, [(200, "1.1"), (900, "1.3"), (1500, "1.2")]),
        (350, [(220, "Meyer"), (920, "08.08.1999"), (1520, "Emilia Zoë")]),
        (500, [(200, "2.1"), (900, "2.2")]),
        (550, [(220, "08.10.2026"), (920, "Am Grünen Weg 132, 45525 Hattingen")]),
        (3000, [(200, "Bedeutung der Feldkennungen")]),
        (3050, [(200, "1.1 – Familienname, wie er derzeit geführt wird"),
                (1800, "2.1 – Einzug erfolgt am (Datum)")]),
        (3100, [(200, "1.2 – sämtliche Vornamen in Reihenfolge"),
                (1800, "2.2 – Anschrift der neuen Wohnung")]),
        (3150, [(200, "1.3 – Geburtsdatum der Person")]),
    ])
    resolved = resolve_field_codes(words)
    texts = " ".join(w.text for w in resolved)
    # (the key's heading goes with it: it labels nothing on the form)
    assert "Bedeutung" not in texts and "1.1" not in texts and "Reihenfolge" in texts
    got = _values("anmeldung", resolved)
    assert (got["family_name"], got["given_names"]) == ("Meyer", "Emilia Zoë")
    assert (got["date_of_birth"], got["move_in_date"]) == ("1999-08-08", "2026-10-08")
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Am Grünen Weg", "132", "45525", "Hattingen")


def test_a_bracketed_code_with_its_explanation_in_the_next_cell_is_a_key_entry() -> None:
    words = page([
        (100, [(200, "(1)"), (400, "Familienname (jetzt geführt)")]),
        (150, [(200, "(2)"), (400, "Vorname bzw. Vornamen (alle)")]),
        (200, [(200, "(3) Geburt: Tag, Monat, Jahr")]),
        (800, [(200, "(1)"), (400, "López"), (1300, "(2)"), (1500, "Ioana")]),
        (900, [(200, "(3)"), (400, "04.11.1947")]),
    ])
    got = _values("anmeldung", resolve_field_codes(words))
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "López", "Ioana", "1947-11-04")


def test_a_page_without_a_key_keeps_its_words() -> None:
    # numbered items and a house number are no codes when nothing explains them
    words = page([
        (100, [(200, "1"), (300, "Familienname"), (900, "Müller")]),
        (150, [(200, "2"), (300, "Hausnummer"), (900, "12")]),
    ])
    assert resolve_field_codes(words) is words


def test_a_key_whose_codes_stand_nowhere_else_changes_nothing() -> None:
    # "1 = weiblich, 2 = männlich": a legend of a choice, not of the page's boxes
    words = page([
        (100, [(200, "Geschlecht"), (900, "2")]),
        (150, [(200, "1 = weiblich")]), (200, [(200, "2 = männlich")]),
        (250, [(200, "3 = divers")]),
    ])
    assert resolve_field_codes(words) is words


def test_the_key_blocks_own_heading_is_no_value_beside_a_box() -> None:
    # GIVEN a key block in a side column whose heading ends level with a code over its box
    words = page([
        (400, [(200, "A Personalien"), (1700, "Zeichenerklärung zu den")]),
        (450, [(200, "A1"), (1200, "A2"), (1700, "Kästchen")]),
        (500, [(220, "Chen"), (1220, "Min"), (1700, "A Personalien")]),
        (545, [(1700, "A1 – Familienname (jetzt geführt)")]),
        (590, [(1700, "A2 – Vorname bzw. Vornamen (alle)")]),
        (635, [(200, "A3"), (1700, "A3 – Geburt: Tag, Monat, Jahr")]),
        (680, [(220, "09.12.1985")]),
    ])
    resolved = resolve_field_codes(words)
    assert "Kästchen" not in {w.text for w in resolved}
    got = _values("anmeldung", resolved)
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "Chen", "Min", "1985-12-09")


def _keyed(*pages: list) -> dict[str, object]:  # type: ignore[type-arg]
    return _values("anmeldung", [w for p in resolve_key_numbers(list(pages)) for w in p])


def test_key_numbers_read_as_the_meanings_a_running_legend_gives_them() -> None:
    # a line number, the key number and the value; the legend a running text whose entries
    # wrap, one of them with its coded values
    words = page([
        (100, [(200, "Kennzahlenverzeichnis")]),
        (160, [(200, "KZ 325 = Familienname, wie eingetragen · KZ 335 = Vornamen · KZ 342 =")]),
        (220, [(200, "Tag der Geburt · KZ 347 = Geschlecht (Werte: 1 = weiblich, 2 = männlich)")]),
        (280, [(200, "· KZ 363 = Datum des Einzugs · KZ 351 = Familienstand")]),
        (400, [(200, "01 KZ 325"), (900, "Lehmann")]),
        (460, [(200, "02 KZ 335"), (900, "Renate")]),
        (520, [(200, "03 KZ 342"), (900, "02.11.1954")]),
        (580, [(200, "04 KZ 347"), (900, "1")]),
        (640, [(200, "05 KZ 363"), (900, "26.10.2026")]),
    ])
    got = _keyed(words)
    assert got["family_name"] == "Lehmann"
    assert got["given_names"] == "Renate"
    assert got["date_of_birth"] == "1954-11-02"
    assert got["sex"] == "F"
    assert got["move_in_date"] == "2026-10-26"


def test_a_legend_on_the_next_sheet_beside_key_values_and_in_a_column() -> None:
    # values after their key numbers ("103 Mahmoud"); the legend's numbers and texts in two
    # cells, on the second sheet
    first = page([(100, [(200, "103 Mahmoud")]), (160, [(200, "104 Mehdi")]),
                  (220, [(200, "107 18.08.1980")]), (280, [(200, "108 Fès")])])
    second = page([(100, [(200, "Bedeutung der Schlüsselnummern")]),
                   (160, [(200, "103"), (500, "Nachname, wie eingetragen")]),
                   (220, [(200, "104"), (500, "Vornamen (Klartext)")]),
                   (280, [(200, "107"), (500, "Tag der Geburt, wie eingetragen")]),
                   (340, [(200, "108"), (500, "Geburtsort (Klartext)")])], page_no=2)
    got = _keyed(first, second)
    assert got["family_name"] == "Mahmoud"
    assert got["given_names"] == "Mehdi"
    assert got["date_of_birth"] == "1980-08-18"
    assert got["place_of_birth"] == "Fès"


def test_a_key_number_with_its_label_printed_over_its_box_keeps_it() -> None:
    words = page([
        (100, [(260, "Familienname laut Vorlage")]),
        (160, [(200, "175"), (900, "Gößling")]),
        (240, [(260, "Vornamen laut Vorlage")]),
        (300, [(200, "182"), (900, "Jörg")]),
        (380, [(260, "Geburtsort (Klartext)")]),
        (440, [(200, "185"), (900, "Lübeck")]),
        (600, [(200, "Legende zu den Feldnummern")]),
        (660, [(200, "175 Familienname laut Vorlage; 182 Vornamen laut Vorlage; 185")]),
        (720, [(200, "Geburtsort (Klartext)")]),
    ])
    out = [w.text for p in resolve_key_numbers([words]) for w in p]
    assert out.count("Familienname") == 1 and "175" not in out
    got = _keyed(words)
    assert got["family_name"] == "Gößling"
    assert got["place_of_birth"] == "Lübeck"


def test_numbers_on_a_form_without_a_legend_change_nothing() -> None:
    words = page([(100, [(200, "Familienname: Krause")]), (160, [(200, "120 Tage")]),
                  (220, [(200, "Hausnummer 125")]), (280, [(200, "Postleitzahl 44787")])])
    assert resolve_key_numbers([words])[0] is words


def test_key_numbers_with_a_letter_glued_before_them() -> None:
    words = page([
        (100, [(200, "Z218 Popescu")]), (160, [(200, "Z221 José")]),
        (220, [(200, "Z229 12.10.2026")]),
        (400, [(200, "Bedeutung der Schlüsselnummern")]),
        (460, [(200, "Z229 Einzugsdatum in die angemeldete Wohnung")]),
        (520, [(200, "Z218 Familienname (Klartext)")]),
        (580, [(200, "Z221 Vornamen (Klartext)")]),
    ])
    got = _keyed(words)
    assert got["family_name"] == "Popescu"
    assert got["move_in_date"] == "2026-10-12"


def test_a_running_legend_with_dashes_between_its_entries() -> None:
    # "414: Nachname – 417: Vornamen (Klartext) – 424:" / "Geburtsdatum …": an entry's text
    # may start on the next line; a dash inside a meaning stays
    first = page([(100, [(200, "414 Mahmoud")]), (160, [(200, "417 Mona")]),
                  (220, [(200, "424 01.02.1987")]), (280, [(200, "434 Fès")]),
                  (400, [(200, "Legende zu den Feldnummern")]),
                  (460, [(200, "414: Nachname, wie eingetragen – 417: Vornamen – 424:")]),
                  (520, [(200, "Geburtsdatum laut Vorlage – 434: Geburtsort – Klartext")])])
    got = _keyed(first)
    assert got["family_name"] == "Mahmoud"
    assert got["given_names"] == "Mona"
    assert got["date_of_birth"] == "1987-02-01"
    assert got["place_of_birth"] == "Fès"
