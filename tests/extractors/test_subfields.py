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
    # (and with the captions under the cells, worded otherwise)
    words = join_sub_fields(page([
        (200, [(200, "10. Registernummer (Teilfelder)")]),
        (260, [(230, "E"), (910, "968"), (1510, "2020")]),
        (320, [(220, "Register (Buchst.)"), (900, "Eintrags-Nr. (lfd.)"), (1500, "Registerjahr")]),
    ]))
    assert [line.text for line in build_lines(words)][1] == "E 968/2020"


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


def test_an_iban_and_a_vin_split_over_captioned_cells_are_read_whole() -> None:
    words = page([
        (100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
        (200, [(200, "Feld 5 FIN – Fahrzeug-Identifizierungsnummer")]),
        (260, [(220, "Weltherstellercode"), (900, "Beschreibung (Stellen 4–9)"),
               (1700, "Fahrzeugkennung")]),
        (320, [(230, "VSS"), (910, "H7N2GV"), (1710, "FF641949")]),
        (420, [(200, "Feld 8 IBAN")]),
        (480, [(220, "Länderkennung"), (700, "Prüfziffern (2)"), (1200, "BLZ (8 Ziffern)"),
               (1700, "Konto-Nr.")]),
        (540, [(230, "DE"), (710, "40"), (1210, "43060967"), (1710, "9059143408")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["vin"], got["iban"]) == ("VSSH7N2GVFF641949", "DE40430609679059143408")


def test_cells_whose_pieces_make_no_valid_code_are_left_alone() -> None:
    words = page([
        (200, [(220, "Länderkennung"), (700, "Prüfziffern"), (1200, "Kontonummer")]),
        (260, [(230, "DE"), (710, "41"), (1210, "4306096790591434")]),
    ])
    assert join_sub_fields(words) is words


def test_a_whole_name_asked_for_in_a_family_and_a_given_names_cell() -> None:
    # GIVEN the account holder's name in two captioned cells, the captions over the cells,
    # and the mother's with the cells beside her label and their captions under them
    account = page([
        (100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
        (200, [(200, "Feld 1 Name (Teilfelder: Familienname, Vornamen)")]),
        (260, [(220, "Nachname (Familie)"), (1100, "Vornamen nach Reihenfolge")]),
        (320, [(230, "Nasser"), (1110, "Omar")]),
        (420, [(200, "Feld 7 Kontoinhaber/in (Teilfelder des Namens)")]),
        (480, [(220, "Nachname (Familie)"), (1100, "Vornamen nach Reihenfolge")]),
        (540, [(230, "Schwarz"), (1110, "Bärbel")]),
    ])
    birth = page([
        (100, [(200, "Geburtsurkunde")]),
        (140, [(200, "Familienname des Kindes"), (900, "Köhler")]),
        (180, [(200, "Vornamen des Kindes"), (900, "Luca")]),
        (240, [(200, "Feld 6 Mutter"), (800, "Köhler"), (1500, "Renate Heike")]),
        (290, [(790, "Familienname"), (1490, "Vornamen")]),
        (370, [(200, "Feld 7 Vater"), (800, "Köhler"), (1500, "Sören")]),
        (420, [(790, "Familienname"), (1490, "Vornamen")]),
    ])
    # THEN the whole name reads given names first
    assert values("antrag_zulassung", account)["account_holder"] == "Bärbel Schwarz"
    assert values("geburtsurkunde", birth)["mother_name"] == "Renate Heike Köhler"


def test_an_address_in_captioned_parts_under_the_landlords_label_reads_whole() -> None:
    words = page([
        (100, [(200, "Bestätigung des Wohnungsgebers")]),
        (200, [(200, "Feld 2 Anschrift des Wohnungsgebers, aufgeschlüsselt")]),
        (260, [(220, "Straßenteil"), (800, "Haus-Nr. ohne Zusatz"), (1400, "ggf. Zusatz"),
               (1800, "PLZ-Ziffern"), (2200, "Ortsname")]),
        (320, [(230, "Lindenweg"), (810, "164"), (1410, "a"), (1810, "45881"),
               (2210, "Gelsenkirchen")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Lindenweg 164a, 45881 Gelsenkirchen"
