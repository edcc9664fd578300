"""Field extraction works from labels and geometry, whatever the layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.corrections import resolve_corrections
from extractors.fields import (
    _assign,
    _Candidate,
    _in_capital_heading,
    _source_remark,
    extract_fields,
    with_tails,
)
from extractors.labels import find_labels
from extractors.layout import build_lines
from extractors.words import Word
from intake.pipeline import ALL_LABELS
from schemas.registry import get
from tests.fakes.wordpage import chunk_words, page

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_words(name: str) -> list[Word]:
    """A generated page's words saved as JSON: text and box, and the OCR confidence if read
    from a scan (1.0 for a text layer)."""
    fixture = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return [Word(text, (box[0], box[1], box[2], box[3]), rest[0] if rest else 1.0, 1)
            for text, box, *rest in fixture["words"]]


def values(type_name: str, words: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {k: v.value for k, v in extract_fields(get(type_name), words).items()}


def test_label_with_colon_and_value_in_the_same_run() -> None:
    # GIVEN labels followed by their values after a colon
    words = page([
        (100, [(200, "Familienname: Müller")]),
        (160, [(200, "Vornamen: Anna  Sophie")]),
        (220, [(200, "Geburtsdatum: 14. März 1987")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Müller"
    assert got["given_names"] == "Anna Sophie"
    assert got["date_of_birth"] == "1987-03-14"


def test_value_at_a_tab_stop_right_of_the_label() -> None:
    words = page([
        (100, [(200, "Name"), (1100, "Yılmaz")]),
        (160, [(200, "Vorname(n)"), (1100, "Ayşe")]),
        (220, [(200, "Tag der Geburt"), (1100, "02.01.1990")]),
        (280, [(200, "Staatsangehörigkeit"), (1100, "türkisch")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Yılmaz"
    assert got["given_names"] == "Ayşe"
    assert got["date_of_birth"] == "1990-01-02"
    assert got["nationality"] == "TUR"


def test_boxed_cells_with_label_above_value_in_columns() -> None:
    # GIVEN a grid: three cells per row, small label on top, value below it
    words = page([
        (100, [(100, "Familienname"), (900, "Vornamen"), (1700, "Geburtsdatum")]),
        (150, [(100, "Schmidt"), (900, "Jonas Peter"), (1700, "1980-07-31")]),
        (260, [(100, "Straße, Hausnummer"), (900, "Postleitzahl"), (1700, "Ort")]),
        (310, [(100, "Ringstraße 17"), (900, "80331"), (1700, "München")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Schmidt"
    assert got["given_names"] == "Jonas Peter"
    assert got["date_of_birth"] == "1980-07-31"
    assert got["street"] == "Ringstraße"
    assert got["house_number"] == "17"
    assert got["postal_code"] == "80331"
    assert got["city"] == "München"


def test_address_on_one_line_is_split_into_its_parts() -> None:
    words = page([(100, [(200, "Anschrift:"), (900, "Am Markt 3b, 44787 Bochum")])])
    got = values("antrag_zulassung", words)
    assert (got["street"], got["house_number"]) == ("Am Markt", "3b")
    assert (got["postal_code"], got["city"]) == ("44787", "Bochum")


def test_combined_name_label_splits_at_the_comma() -> None:
    words = page([(100, [(200, "Name, Vorname:"), (900, "Weber, Lena Marie")])])
    got = values("antrag_zulassung", words)
    assert got["holder_family_name"] == "Weber"
    assert got["holder_given_names"] == "Lena Marie"


def test_ticked_box_chooses_among_options() -> None:
    words = page([
        (100, [(200, "Geschlecht:"), (900, "☐ männlich ☒ weiblich ☐ divers")]),
        (160, [(200, "☐ Hauptwohnung"), (900, "☒ Nebenwohnung")]),
    ])
    got = values("anmeldung", words)
    assert got["sex"] == "F"
    assert got["dwelling"] == "secondary"


def test_the_longer_label_wins_over_a_shorter_one_inside_it() -> None:
    # "Name der Mutter" must not be read as the child's family name "Name".
    words = page([
        (100, [(200, "Familienname"), (1000, "Berger")]),
        (160, [(200, "Name der Mutter"), (1000, "Julia Berger")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["family_name"] == "Berger"
    assert got["mother_name"] == "Julia Berger"


def test_spouses_in_two_columns_are_not_mixed_up() -> None:
    words = page([
        (100, [(200, "Ehegatte 1"), (1300, "Ehegatte 2")]),
        (160, [(200, "Familienname: Keller"), (1300, "Familienname: Novak")]),
        (220, [(200, "Vornamen: Tim"), (1300, "Vornamen: Petra")]),
        (280, [(200, "Geburtsdatum: 03.04.1985"), (1300, "Geburtsdatum: 09.09.1987")]),
    ])
    got = values("eheurkunde", words)
    assert got["spouse1_family_name"] == "Keller"
    assert got["spouse2_family_name"] == "Novak"
    assert got["spouse1_given_names"] == "Tim"
    assert got["spouse2_given_names"] == "Petra"
    assert got["spouse1_date_of_birth"] == "1985-04-03"
    assert got["spouse2_date_of_birth"] == "1987-09-09"


def test_each_spouse_takes_its_own_wording_when_the_two_are_labelled_differently() -> None:
    # GIVEN the first spouse under one combined label, the second under two others: each
    # wording stands once, so only where it stands says whose it is
    words = page([
        (100, [(200, "Erste Person der Ehe")]),
        (160, [(300, "NACHNAME, Vorname(n)"), (1200, "Sultani, Shirin")]),
        (220, [(300, "Geburtsdatum (angegeben)"), (1200, "1986-06-27")]),
        (340, [(200, "Zweite Person der Ehe")]),
        (400, [(300, "Nachname (aktuell)"), (1200, "Ibrahim")]),
        (460, [(300, "Vorname(n) (aktuell)"), (1200, "Salma")]),
        (520, [(300, "Geburtsdatum (angegeben)"), (1200, "1958-09-27")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Sultani", "Shirin")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Ibrahim", "Salma")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1986-06-27", "1958-09-27")


def test_a_label_may_name_the_spouse_after_it() -> None:
    # GIVEN each spouse's labels naming their person after the field ("der Ehefrau",
    # "Ehegatte 2:"), as a form without section headings does
    got = values("eheurkunde", page([
        (100, [(200, "Familienname des Ehemannes: Keller")]),
        (160, [(200, "Vornamen des Ehemannes: Tim")]),
        (220, [(200, "Familienname der Ehefrau: Novak")]),
        (280, [(200, "Vornamen der Ehefrau: Petra")]),
    ]))
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Keller", "Tim")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Novak", "Petra")
    got = values("eheurkunde", page([
        (100, [(200, "Nachname Ehegatte 1: Keller")]),
        (160, [(200, "Nachname des 2. Ehegatten: Novak")]),
    ]))
    assert (got["spouse1_family_name"], got["spouse2_family_name"]) == ("Keller", "Novak")


def test_a_column_header_wrapped_after_its_source_word() -> None:
    # GIVEN a spreadsheet's headers wrapped in their cells after "lt." and a source remark
    # under a one-line header: the remark is the header's rest, the value is under it
    got = values("geburtsurkunde", page([
        (100, [(200, "Nachname lt."), (900, "Vornamen lt."), (1600, "Registernummer")]),
        (160, [(200, "Unterlage"), (900, "Unterlage"), (1600, "lt. Urkunde")]),
        (240, [(200, "Khalil"), (900, "Layla"), (1600, "G 651/2013")]),
    ]))
    assert (got["family_name"], got["given_names"]) == ("Khalil", "Layla")
    assert got["register_number"] == "G 651/2013"


def test_a_bare_date_label_naming_another_event_in_its_cell_dates_no_certificate() -> None:
    # GIVEN a register sheet's header "Datum Ehe" (the marriage's date), and no issue date
    got = extract_fields(get("eheurkunde"), page([
        (100, [(200, "Eheurkunde")]),
        (200, [(200, "Datum Ehe"), (900, "Registernummer")]),
        (260, [(200, "22.03.2008"), (900, "E 1077/2008")]),
    ]))
    # THEN the marriage's date is no sure issue date (at most a guess a clerk checks)
    assert "issue_date" not in got or got["issue_date"].confidence < 0.6
    assert got["register_number"].value == "E 1077/2008"


def test_a_fact_labelled_once_belongs_to_the_spouse_whose_name_label_stands_nearest() -> None:
    # GIVEN the first spouse's name in the official order under one label, the second's
    # under two: "Vorname(n)" stands once, beside the second spouse's family name
    words = page([
        (100, [(200, "Ehegatte 1")]),
        (160, [(300, "Name (Nachname zuerst)"), (1200, "Lange, Uwe")]),
        (220, [(300, "Geburtsdatum"), (1200, "29.02.1944")]),
        (340, [(200, "Ehegatte 2")]),
        (400, [(300, "Nachname (aktuell)"), (1200, "Koch")]),
        (460, [(300, "Vorname(n) (aktuell)"), (1200, "Hans-Peter")]),
        (520, [(300, "Geburtsdatum"), (1200, "10.09.1957")]),
        (640, [(200, "Wo wurde die Ehe geschlossen?"), (1200, "Herne")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Lange", "Uwe")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Koch", "Hans-Peter")
    assert got["marriage_place"] == "Herne"


@pytest.mark.parametrize("given_label", [False, True])
def test_a_name_in_the_official_order_is_split_at_its_comma(given_label: bool) -> None:
    # GIVEN "Piotrowski, Zofia" under a plain name label (family name first, as offices
    # write it), with or without the given names under a label of their own
    rows = [(100, [(200, "Name (Nachname zuerst)"), (1000, "Piotrowski, Zofia")]),
            (160, [(200, "Geburtsdatum"), (1000, "05.06.2004")])]
    if given_label:
        rows.append((220, [(200, "Vorname"), (1000, "Zofia")]))
    got = values("anmeldung", page(rows))
    assert (got["family_name"], got["given_names"]) == ("Piotrowski", "Zofia")


def test_a_comma_before_other_names_than_the_given_ones_splits_nothing() -> None:
    # GIVEN the given names under their own label, and a name whose part after the comma
    # is something else
    got = values("anmeldung", page([
        (100, [(200, "Name"), (1000, "Piotrowski, geb. Nowak")]),
        (160, [(200, "Vorname"), (1000, "Zofia")])]))
    assert got["given_names"] == "Zofia"
    assert got.get("family_name") != "Piotrowski"


def test_the_laws_words_for_the_main_dwelling_name_it() -> None:
    # GIVEN the options in the words of § 21 BMG ("vorwiegend genutzte Wohnung")
    ticked = page([
        (100, [(200, "Nutzung als – bitte ankreuzen")]),
        (150, [(210, "☒ vorwiegend genutzte Wohnung"),
               (900, "☐ weitere (nicht vorwiegende) Wohnung")]),
    ])
    assert values("anmeldung", ticked)["dwelling"] == "main"
    stated = page([
        (300, [(200, "Diese Wohnung ist meine")]),
        (350, [(210, "vorwiegend benutzte Wohnung")]),
    ])
    assert values("anmeldung", stated)["dwelling"] == "main"


def test_the_person_keeping_the_account_holds_it() -> None:
    words = page([
        (100, [(200, "Angaben zum Lastschriftmandat")]),
        (160, [(300, "Name der kontoführenden Person"), (1200, "François Dubois")]),
        (220, [(300, "IBAN (angegeben)"), (1200, "DE39 4405 0199 5470 9227 11")]),
        (280, [(300, "Name des kontoführenden Instituts"), (1200, "Sparkasse Dortmund")]),
    ])
    assert values("antrag_zulassung", words)["account_holder"] == "François Dubois"


def test_a_parents_name_label_holding_a_name_part_is_not_the_childs() -> None:
    # GIVEN the father's name asked as "Vor- u. Nachname" under the child's family name
    words = page([
        (100, [(200, "Nachname – amtliche Schreibweise"), (1000, "Sämtliche Vornamen")]),
        (140, [(210, "von Ahlen"), (1010, "Hannah")]),
        (300, [(200, "Kindesmutter lt. Geburtsanzeige"),
               (1300, "Kindesvater – Vor- u. Nachname")]),
        (340, [(210, "Jördis Schulz"), (1310, "Moritz von Ahlen")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["family_name"] == "von Ahlen"
    assert got["father_name"] == "Moritz von Ahlen"


def test_a_numbered_label_whose_verb_goes_on_into_a_remark_gathers_its_list() -> None:
    words = page([
        (100, [(200, "Eingezogen ist (Vor- u. Nachname) 1"),
               (1300, "Eingezogen ist (Vor- u. Nachname) 2")]),
        (140, [(210, "Lena Lange"), (1310, "Lukas Lange")]),
        (300, [(200, "Eingezogen ist (Vor- u. Nachname) 3")]),
        (340, [(210, "Tobias Lange")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Lena Lange", "Lukas Lange", "Tobias Lange"]


def test_wordings_of_a_two_sided_form() -> None:
    # "Nr./Zusatz" beside the street, the former address "zuletzt gemeldet", a marriage
    # "erfolgt am / in"
    got = values("anmeldung", page([
        (100, [(200, "Straßenname – Hausnr. bitte rechts"), (1300, "Nr./Zusatz")]),
        (140, [(210, "Hauptstraße"), (1310, "43")]),
        (300, [(200, "Zuletzt gemeldet unter (Adresse)")]),
        (340, [(210, "Große Weilstraße 104, 04315 Leipzig")]),
    ]))
    assert got["house_number"] == "43"
    assert got["previous_address"] == "Große Weilstraße 104, 04315 Leipzig"
    got = values("eheurkunde", page([
        (100, [(200, "Eheschließung erfolgt am"), (1100, "Eheschließung erfolgt in")]),
        (140, [(210, "23.10.1998"), (1110, "Hattingen")]),
    ]))
    assert (got["marriage_date"], got["marriage_place"]) == ("1998-10-23", "Hattingen")


def test_a_sentence_ending_with_its_line_ends_the_place_in_it() -> None:
    # GIVEN a death stated in a sentence without a full stop, a heading on the next line
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Die/Der Verstorbene verstarb am 21.04.2026 in Witten")]),
        (300, [(200, "Reg.-Daten")]),
        (360, [(200, "Reg.-Standesamt:"), (800, "Standesamt Witten")]),
    ])
    assert values("sterbeurkunde", words)["place_of_death"] == "Witten"


def test_a_town_the_page_names_with_more_to_it_goes_to_a_person() -> None:
    # GIVEN the registry office typed short where the page's heading names the town whole
    from extractors.fields import CUT_PLACE_CONFIDENCE, extract_fields
    from schemas.registry import TYPES
    words = page([
        (100, [(200, "Stadt Mülheim an der Ruhr")]),
        (200, [(200, "Eheurkunde")]),
        (300, [(200, "Standesamt"), (800, "Standesamt Mülheim")]),
        (360, [(200, "Ort der Eheschließung"), (800, "Mülheim an der Ruhr")]),
    ])
    got = extract_fields(TYPES["eheurkunde"], words)
    assert got["registry_office"].value == "Standesamt Mülheim"
    assert got["registry_office"].confidence <= CUT_PLACE_CONFIDENCE
    assert got["marriage_place"].confidence > CUT_PLACE_CONFIDENCE  # whole: no doubt


def test_an_address_whose_town_the_page_names_with_more_to_it_goes_to_a_person() -> None:
    from extractors.fields import CUT_PLACE_CONFIDENCE, extract_fields
    from schemas.registry import TYPES
    words = page([
        (100, [(200, "Stadt Mülheim an der Ruhr")]),
        (300, [(200, "Bisherige Anschrift"), (900, "An der Jahrhunderthalle 6, 45475 Mülheim")]),
    ])
    got = extract_fields(TYPES["anmeldung"], words)
    assert got["previous_address"].confidence <= CUT_PLACE_CONFIDENCE


def test_a_short_label_with_its_translations_after_a_gloss_mark_is_read_by_its_stems() -> None:
    # GIVEN a multilingual extract's rows: the German label worded by stems, then its
    # translations after slashes, the value in a column of its own
    words = page([
        (100, [(200, "Mehrsprachiger Auszug aus dem Sterbeeintrag")]),
        (200, [(200, "01"), (300, "Tod – Datum / Fecha de defunción / Data del decesso"),
               (1900, "20.08.2026")]),
        (260, [(200, "02"), (300, "Tod – Gemeinde / Lugar de defunción / Luogo del decesso"),
               (1900, "Bochum")]),
    ])
    got = values("sterbeurkunde", words)
    assert (got["date_of_death"], got["place_of_death"]) == ("2026-08-20", "Bochum")


def test_a_list_with_another_persons_name_beside_it_goes_to_a_person() -> None:
    # GIVEN the persons moving in one per numbered cell on one line, the list read as the
    # first one only
    from extractors.fields import SHORT_LIST_CONFIDENCE, Extracted, doubt_short_lists
    from schemas.registry import TYPES
    words = page([
        (260, [(200, "Person Nr. 1"), (700, "Hans-Peter Klein"),
               (1300, "Person Nr. 2"), (1800, "Mia Klein")]),
    ])
    first = tuple(w for w in words if w.text in ("Hans-Peter", "Klein") and w.x0 < 1300)
    chosen = {"tenant_names": Extracted(["Hans-Peter Klein"], 0.8, first)}
    got = doubt_short_lists(TYPES["wohnungsgeberbestaetigung"], chosen, build_lines(words))
    assert got["tenant_names"].confidence <= SHORT_LIST_CONFIDENCE
    # ... but the whole list, or a name another field took, leaves it as it was
    both = Extracted(["Hans-Peter Klein", "Mia Klein"], 0.8, tuple(
        w for w in words if w.text in ("Hans-Peter", "Klein", "Mia")))
    assert doubt_short_lists(TYPES["wohnungsgeberbestaetigung"], {"tenant_names": both},
                             build_lines(words))["tenant_names"].confidence == 0.8


def test_the_landlords_capacity_is_no_name() -> None:
    words = page([
        (100, [(200, "Wohnungsgeber:"), (800, "Till Neumann")]),
        (160, [(200, "Name/Firmenname")]),
        (260, [(200, "Wohnungsgeber: Eigenschaft")]),
        (320, [(210, "X Eigentümer/-in"), (900, "vom Eigentümer beauftragt")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] == "Till Neumann"


def test_ocr_garbled_label_is_still_found() -> None:
    words = page([(100, [(200, "Farnilienname:"), (900, "Özdemir")])], confidence=0.9)
    assert values("anmeldung", words)["family_name"] == "Özdemir"


def test_a_text_layer_near_miss_is_another_word_not_a_label() -> None:
    # GIVEN a text layer (never garbled) with "Eingereicht am" (submitted on) above the real
    # entry label, whose wording "eingereist am" is one letter away
    words = page([
        (100, [(200, "Eingereicht am 13.10.2026")]),
        (220, [(200, "Einreisetag: 07.12.2025")]),
    ])
    # THEN the submission date is not taken for the entry date
    assert values("aufenthaltstitel_antrag", words)["entry_date"] == "2025-12-07"


def test_a_qualified_label_keeps_its_field() -> None:
    # GIVEN labels qualified by words no listed wording has, with a colon or as table cells
    words = page([
        (100, [(200, "Nachname der Person: Reddy"), (1200, "Alle Vornamen: Vikram")]),
        (160, [(200, "Geburtsort und -land: Chennai")]),
        (220, [(200, "Staatsangehörigkeit (derzeit)"), (1200, "Indien")]),
        (280, [(200, "Hausnummer inkl. Zusatz"), (1200, "53a")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Reddy"
    assert got["place_of_birth"] == "Chennai"
    assert got["nationality"] == "IND"
    assert got["house_number"] == "53a"


def test_a_tail_that_names_another_fact_moves_the_label_to_it() -> None:
    # GIVEN "Ort" (town) opening "Ort und Staat der Geburt", and an address "vor dem Umzug"
    words = page([
        (100, [(200, "Ort und Staat der Geburt: Latakia")]),
        (160, [(200, "Anschrift vor dem Umzug: Kortumstraße 117a, 44651 Herne")]),
        (220, [(200, "Anschrift nach dem Umzug")]),
        (280, [(200, "Straße: Lindenweg 5"), (1200, "PLZ, Ort: 45127 Essen")]),
    ])
    got = values("anmeldung", words)
    # THEN the place of birth is read, the town and street are the new address's
    assert got["place_of_birth"] == "Latakia"
    assert got["city"] == "Essen"
    assert got["street"] == "Lindenweg"
    assert got.get("previous_address") == "Kortumstraße 117a, 44651 Herne"


def test_a_label_without_value_yields_nothing() -> None:
    words = page([
        (100, [(200, "Familienname:")]),
        (160, [(200, "Vornamen:"), (900, "Paul")]),
    ])
    got = values("anmeldung", words)
    assert "family_name" not in got
    assert got["given_names"] == "Paul"


def test_a_label_wrapping_over_two_lines_heads_the_list_beside_it() -> None:
    words = page([
        (100, [(200, "Namen der meldepflichtigen"), (1100, "Anna Weber")]),
        (150, [(200, "Personen"), (1100, "Jonas Weber")]),
        (260, [(200, "Einzug am"), (1100, "01.10.2026")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Anna Weber", "Jonas Weber"]
    assert got["move_in_date"] == "2026-10-01"


def test_birth_in_prose_with_time_of_day() -> None:
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Bärbel Kühn wurde am 13. August 1958 um 07:30 Uhr in Dortmund")]),
        (250, [(200, "geboren.")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["given_names"], got["family_name"]) == ("Bärbel", "Kühn")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1958-08-13", "Dortmund")


def test_a_birth_told_with_its_verb_first_and_the_parents_by_role() -> None:
    words = page([
        (100, [(200, "Geburtsurkunde (Datenblatt)")]),
        (200, [(200, "Geboren wurde Mara Lindqvist am 4.2.2026 in Herne.")]),
        (280, [(200, "Eltern laut Eintrag: Jens Lindqvist (Vater) und Aylin Lindqvist (Mutter).")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["given_names"], got["family_name"]) == ("Mara", "Lindqvist")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("2026-02-04", "Herne")
    assert got["mother_name"] == "Aylin Lindqvist"
    assert got["father_name"] == "Jens Lindqvist"


def test_a_child_come_into_the_world_and_its_parents_in_one_sentence() -> None:
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Tim Okafor ist am 30. MAI 2025 in Witten zur Welt gekommen.")]),
        (280, [(200, "Die Eltern des Kindes sind Grace Okafor und Peter Okafor.")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["date_of_birth"], got["place_of_birth"]) == ("2025-05-30", "Witten")
    assert (got["mother_name"], got["father_name"]) == ("Grace Okafor", "Peter Okafor")


def test_married_before_the_registry_office_in_a_town() -> None:
    words = page([
        (100, [(200, "Eheurkunde")]),
        (200, [(200, "Eva Berg und Jonas Licht haben am 12. MAI 2001 vor dem Standesamt in Unna")]),
        (250, [(200, "geheiratet.")]),
    ])
    got = values("eheurkunde", words)
    assert (got["marriage_date"], got["marriage_place"]) == ("2001-05-12", "Unna")


def test_an_option_beside_its_box_is_no_label_of_its_own() -> None:
    words = page([
        (100, [(200, "Familienname: Sarr")]),
        (200, [(200, "Die neue Wohnung nutze ich als")]),
        (260, [(200, "☒ Hauptwohnung – vorwiegend genutzt ☐ Nebenwohnung – zusätzlich genutzt")]),
    ])
    assert values("anmeldung", words)["dwelling"] == "main"


def test_a_key_before_an_address_is_no_part_of_its_street() -> None:
    words = page([
        (100, [(200, "Familienname: Sarr")]),
        (200, [(200, "Anschriftsdaten neu – vollständig: Kortumstraße 162, 45881 Gelsenkirchen")]),
        (300, [(200, "Einzugstag: 26.9.2026")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["house_number"]) == ("Kortumstraße", "162")


def test_a_format_hint_under_the_previous_address_names_no_new_part() -> None:
    words = page([
        (100, [(200, "Straße mit Hausnummer (neue Wohnung): Alleestraße 94")]),
        (160, [(200, "PLZ und Gemeinde (neue Wohnung): 45468 Mülheim an der Ruhr")]),
        (260, [(200, "bisherige Anschrift in einer Zeile (Straße Nr., PLZ Ort): "
                     "Castroper Straße 55, 45138 Essen")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["postal_code"]) == ("Alleestraße", "45468")
    assert got["previous_address"] == "Castroper Straße 55, 45138 Essen"


def test_where_the_landlord_lives_is_his_address() -> None:
    words = page([
        (100, [(200, "Wohnungsgeber gemäß Wohnungsakte"), (1400, "Wohnbau Ruhr eG")]),
        (160, [(200, "Wohnungsgeber wohnhaft bzw. ansässig in"),
               (1400, "Gartenstraße 152, 44379 Dortmund")]),
        (260, [(200, "Straße gemäß Meldevorgang"), (1400, "Castroper Straße")]),
        (320, [(200, "Einzug am"), (1400, "01.10.2026")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Gartenstraße 152, 44379 Dortmund"
    assert got["street"] == "Castroper Straße"


def test_an_iban_its_cell_wrapped_is_read_to_its_check_digits_end() -> None:
    words = page([
        (100, [(200, "Kontoinhaber/in"), (900, "IBAN laut Mandat"), (1700, "BIC")]),
        (150, [(200, "Moritz Bauer"), (900, "DE70 5001 0517 9797 7637"), (1700, "INGDDEFFXXX")]),
        (195, [(900, "80")]),
    ])
    assert values("antrag_zulassung", words)["iban"] == "DE70500105179797763780"


def test_a_labels_first_line_broken_after_a_dash_holds_the_value_beside_it() -> None:
    words = page([
        (100, [(200, "Eintragung – erste Person")]),
        (200, [(200, "Eintragung –"), (900, "Kühn")]),
        (250, [(200, "Familienname")]),
        (340, [(200, "Eintragung – Vornamen Brigitte")]),
    ])
    got = values("eheurkunde", words)
    assert got["spouse1_family_name"] == "Kühn"
    assert got["spouse1_given_names"] == "Brigitte"


def test_options_listed_under_the_first_are_read_by_the_ticked_one() -> None:
    words = page([
        (100, [(150, "Familienname"), (1400, "Sarr")]),
        (200, [(150, "Einzugsdatum in Ziffern (TT MM JJJJ)"), (1400, "2.10.2026")]),
        (300, [(150, "Art der Wohnung laut eigener Erklärung"),
               (1400, "☐ Hauptwohnung (alleinige bzw. vorwiegend genutzte Wohnung)")]),
        (362, [(1400, "☒ Nebenwohnung (weitere, nicht vorwiegend genutzte Wohnung)")]),
        (480, [(150, "C Zur bisherigen Wohnung")]),
        (554, [(150, "bisherige Anschrift (eine Zeile)"),
               (1400, "Universitätsstraße 42, 49076 Osnabrück")]),
    ])
    assert values("anmeldung", words)["dwelling"] == "secondary"


def test_a_screens_label_broken_after_a_dash_beside_another_screen() -> None:
    words = page([
        (100, [(165, "Eintragung –"), (606, "Dörfler"), (1314, "Eintragung –"),
               (1754, "S 1580/2026")]),
        (142, [(165, "Familienname"), (1314, "Registernummer")]),
        (210, [(165, "Eintragung – Vornamen"), (606, "Klaus")]),
    ])
    assert values("sterbeurkunde", words)["family_name"] == "Dörfler"


def test_a_tenant_named_under_an_apps_phrase() -> None:
    words = page([
        (100, [(200, "Da wohnst du jetzt: Rüdesheimer Straße 114, 44627 Herne")]),
        (200, [(200, "An diesem Tag bist du eingezogen")]),
        (250, [(200, "25. Okt. 2026")]),
        (350, [(200, "Diese Person zieht bei dir ein")]),
        (400, [(200, "Jürgen Overbeck")]),
        (500, [(200, "Hier erreichst du deinen Vermieter")]),
        (550, [(200, "Hauptstraße 141, 44627 Herne")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Jürgen Overbeck"]
    assert got["landlord_address"] == "Hauptstraße 141, 44627 Herne"


def test_an_iban_beside_its_label_wrapped_flush_right() -> None:
    words = page([
        (100, [(200, "Kontoinhaber"), (1200, "Hans Böhm")]),
        (200, [(200, "IBAN (Girokonto)"), (1200, "DE39 4305 0001 8299 7990")]),
        (245, [(1724, "56")]),
        (340, [(200, "BIC"), (1200, "WELADED1BOC")]),
    ])
    assert values("antrag_zulassung", words)["iban"] == "DE39430500018299799056"


def test_a_wrapped_label_beside_another_screens_words_takes_its_lead_lines_value() -> None:
    words = page([
        (100, [(281, "So heißt du mit"), (999, "Neumann"), (1309, "Hier hast du vorher")]),
        (140, [(281, "Nachnamen"), (1309, "gewohnt")]),
        (220, [(281, "So heißt du mit"), (1072, "Björn")]),
        (260, [(281, "Vornamen")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"]) == ("Neumann", "Björn")


def test_a_list_ends_at_a_line_that_awaits_its_own_value() -> None:
    # a mail whose keys all open with the dwelling ("Mietobjekt, eingezogene Person: …"),
    # the next key's value under it, then the landlord's close and name
    got = values("wohnungsgeberbestaetigung", fixture_words("mail_keyed_lines"))
    assert got["tenant_names"] == ["Dieter Lehmann", "Jördis Meyer"]
    assert got["landlord_name"] == "Marie-Luise Renée Nüßlein"


def test_a_letters_close_names_its_sender_and_the_address_under_the_name() -> None:
    words = page([
        (100, [(200, "Anschrift der Wohnung: Gartenstraße 93, 44787 Bochum")]),
        (200, [(200, "Mit besten Grüßen vom Vermieter")]),
        (240, [(200, "Marie-Luise Nüßlein")]),
        (280, [(200, "Fußgängerweg 15, 01307 Dresden")]),
    ])
    got = extract_fields(get("wohnungsgeberbestaetigung"), words)
    assert got["landlord_name"].value == "Marie-Luise Nüßlein"
    assert got["landlord_address"].value == "Fußgängerweg 15, 01307 Dresden"
    # (read from the block's shape alone: a person confirms it)
    assert got["landlord_address"].confidence < got["landlord_name"].confidence


def test_a_sentence_about_the_dwelling_is_no_label_of_its_street() -> None:
    words = page([
        (100, [(200, "Mietobjekt, vollständige Anschrift:")]),
        (140, [(200, "Gartenstraße 93, 44787 Bochum")]),
        (240, [(200, "Ja, die Wohnung gehört mir selbst")]),
        (300, [(200, "Mit freundlichen Grüßen")]),
        (340, [(200, "Marie-Luise Nüßlein")]),
        (380, [(200, "Fußgängerweg 15, 01307 Dresden")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert (got["street"], got["house_number"], got["postal_code"]) \
        == ("Gartenstraße", "93", "44787")


def test_a_cloze_sentences_lower_case_value_after_its_label_is_still_read() -> None:
    # "… mit der Staatsangehörigkeit von deutsch": an article before the label and lower
    # case after it, as in a sentence about the thing, but the words after are its value
    assert values("anmeldung", fixture_words("cloze_sentences"))["nationality"] == "DEU"


def test_a_make_and_model_standing_alone_is_no_plate() -> None:
    words = page([
        (100, [(200, "Dieses Auto meldest du an")]),
        (140, [(200, "BMW X1")]),
        (240, [(200, "Fahrzeug-Identifizierungsnummer: WBAEV7X6SW4534554")]),
    ])
    assert "desired_plate" not in values("antrag_zulassung", words)
    words = page([(100, [(200, "Fahrzeug-Identifizierungsnummer: WBAEV7X6SW4534554")]),
                  (240, [(200, "BO AB 123")])])
    assert values("antrag_zulassung", words)["desired_plate"] == "BO-AB 123"


def test_a_value_wrapped_flush_right_after_a_joining_word_is_read_whole() -> None:
    words = page([
        (100, [(573, "Straße und Hausnummer"), (1695, "An der")]),
        (145, [(1331, "Jahrhunderthalle 142")]),
        (250, [(573, "Wohnort"), (1600, "Hattingen")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["house_number"]) == ("An der Jahrhunderthalle", "142")


def test_a_value_beside_a_label_that_stands_under_another_screens_label_is_not_its() -> None:
    words = page([
        (100, [(165, "Das bist du als Vermieter"), (1314, "Diese Person zieht bei dir ein")]),
        (150, [(165, "Von dieser Person bzw. Firma mietest du"), (1314, "Hannah Overbeck")]),
        (235, [(165, "Shirin Ahmadi")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] == "Shirin Ahmadi"


def test_a_value_left_of_a_label_that_stands_under_another_screens_label_is_not_its() -> None:
    # two screens side by side: "Nachname (aus dem Online-Ausweis)" over "Liu", and beside
    # "Liu" the banking app's "Kontoinhaber (Girokonto teilen)" over "Fang Liu"
    got = values("antrag_zulassung", fixture_words("screens_side_by_side"))
    assert (got["holder_family_name"], got["account_holder"]) == ("Liu", "Fang Liu")


def test_a_value_whose_line_names_how_to_write_it_is_no_tenant() -> None:
    words = page([
        (100, [(692, "10 einziehende Person, Vor- und Familienname (in Druckbuchstaben)"),
               (2500, "Thi Lan Pham")]),
        (200, [(692, "11 einziehende Person, Vor- und Familienname (in Druckbuchstaben)"),
               (2500, "Minh Tuan Pham")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] \
        == ["Thi Lan Pham", "Minh Tuan Pham"]


def test_an_apps_phrase_for_the_account_holder() -> None:
    words = page([(100, [(1814, "Auf diesen Namen läuft dein Konto"), (2900, "Hans-Peter Böhm")]),
                  (150, [(1814, "IBAN"), (2900, "DE83440501993340729460")])])
    assert values("antrag_zulassung", words)["account_holder"] == "Hans-Peter Böhm"


@pytest.mark.parametrize("label", ["Name der kontoinhabenden Person", "Inh. (Kto.)",
                                   "Name auf dem Konto", "Mandatgeber/in"])
def test_an_abbreviated_or_mandate_label_for_the_account_holder(label: str) -> None:
    # (a SEPA mandate's giver is the account's holder)
    words = page([(100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
                  (200, [(200, label), (1400, "Jonas Albrecht")]),
                  (250, [(200, "IBAN"), (1400, "DE83440501993340729460")])])
    assert values("antrag_zulassung", words)["account_holder"] == "Jonas Albrecht"


def test_a_labels_bracketed_remark_is_no_value() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Todestag")]), (250, [(200, "30. Juli 2026")]),
        (330, [(200, "Ort des Versterbens"), (1100, "(Gemeinde) Mülheim an der Ruhr")]),
    ])
    assert values("sterbeurkunde", words)["place_of_death"] == "Mülheim an der Ruhr"


def test_a_message_telling_its_value_on_a_page_of_small_captions() -> None:
    # screenshots: an app's small captions over large values, an insurer's text message
    # beside them ("Ihre eVB-Nummer für die Zulassung" / "lautet PJ4WP1J. …")
    got = values("antrag_zulassung", fixture_words("screens_message_evb"))
    assert got["evb_number"] == "PJ4WP1J"


def test_a_letters_own_date_in_its_information_block_is_no_certificates_issue_date() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde"), (1476, "Aktenzeichen: 2026/714085")]),
        (150, [(1476, "Telefon: 0236 41-7427")]),
        (200, [(1476, "Datum: 19.10.2026")]),
        (400, [(200, "beurkundeter Familienname"), (1400, "Dörfler")]),
        (460, [(200, "beurkundet und ausgestellt am"), (1400, "17.10.2026")]),
    ])
    assert values("sterbeurkunde", words)["issue_date"] == "2026-10-17"


def test_the_offices_own_account_in_a_footer_is_not_the_citizens() -> None:
    words = page([
        (100, [(200, "Zulassungsbescheid")]),
        (200, [(200, "2. Für die Kfz-Steuer ist das Lastschriftkonto DE36 4306 0967 0574 8637 83 "
                      "hinterlegt.")]),
        (260, [(200, "3. Das Lastschriftkonto lautet auf Hans-Peter Schröder.")]),
        (900, [(200, "Stadtkasse Essen · IBAN DE15 3704 0044 1331 8336 52 · BIC COBADEFFXXX")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["iban"] == "DE36430609670574863783"
    assert got["account_holder"] == "Hans-Peter Schröder"
    words = page([(100, [(200, "Zahlungspflichtig für die Kfz-Steuer ist Thi Hoa Vu"),
                         (2100, ",")])])
    assert values("antrag_zulassung", words)["account_holder"] == "Thi Hoa Vu"
    # (another account's holder, the fees', is none)
    words = page([(100, [(200, "21 Name Kontoinhaber/in (Kfz-Steuer)")]),
                  (140, [(200, "Björn Bäcker")]),
                  (300, [(200, "24 Gebührenkonto lautet auf")]),
                  (340, [(200, "Brigitte Schmidt")])])
    assert values("antrag_zulassung", words)["account_holder"] == "Björn Bäcker"


def test_a_notices_sentences_name_the_landlord_and_the_move_in_day() -> None:
    words = page([
        (100, [(200, "Der Einzug wurde durch Ruhrblick Hausverwaltung GmbH (Wohnungsgeber) "
                     "elektronisch bestätigt. Als Tag Ihres Einzugs")]),
        (150, [(200, "wurde der 29. Oktober 2026 im Melderegister gespeichert.")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Ruhrblick Hausverwaltung GmbH"
    assert got["move_in_date"] == "2026-10-29"
    words = page([(100, [(200, "Die Bestätigung wurde von VBW Bauen und Wohnen GmbH als "
                                "Wohnungsgeber abgegeben.")])])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] \
        == "VBW Bauen und Wohnen GmbH"


def test_a_page_counter_beside_a_label_is_no_value() -> None:
    words = page([(100, [(200, "Termine nur nach vorheriger Buchung"),
                         (1900, "Bescheid, Blatt 1 von 1")])])
    assert "previous_address" not in values("anmeldung", words)


def test_a_notices_sentences_name_the_move_in_day_and_the_purpose() -> None:
    words = page([(100, [(200, "Sie haben uns mitgeteilt, dass Sie am 26. September 2026 in die "
                                "Wohnung eingezogen sind.")])])
    assert values("anmeldung", words)["move_in_date"] == "2026-09-26"
    words = page([(100, [(200, "Ihr Antrag zielt auf die Erlaubnis eines Aufenthalts aus "
                                "völkerrechtlichen, humanitären oder politischen Gründen.")])])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "humanitarian"


def test_a_closing_formulas_date_is_no_label_of_a_value_set_before_its_label() -> None:
    # values before their labels ("11.8.2026 | Tag, an dem diese Abschrift erstellt wurde"),
    # then "Mülheim an der Ruhr – Abschrift ausgefertigt am 28.10.2026": a line holding its
    # own value is searched for a label's stems over six words only
    got = values("geburtsurkunde", fixture_words("inverted_certificate"))
    assert got["issue_date"] == "2026-08-11"


# --- layouts the schemas were not written for ----------------------------------------


def caption_form(rows: list[tuple[float, float, str, bool]]) -> list:  # type: ignore[type-arg]
    """Rows of (y, x, text, is_caption): captions in small type, values in large."""
    words = []
    for y, x, text, caption in rows:
        words.extend(chunk_words(x, y, text, height=24.0 if caption else 40.0))
    return words


def test_two_column_form_with_small_captions_over_values() -> None:
    # GIVEN two columns of small captions with their values below; the right column's
    # captions are worded in ways no schema lists
    words = caption_form([
        (100, 200, "Vornamen (sämtliche)", True), (100, 1300, "Bezug der Wohnung am", True),
        (140, 210, "Paul", False), (140, 1310, "29.10.2026", False),
        (220, 200, "Familienname", True), (220, 1300, "Wohnanschrift", True),
        (260, 210, "Dörfler", False),
        (260, 1310, "Brückstraße 178, 60311 Frankfurt am Main", False),
        (340, 200, "Geburtsort / Land", True),
        (380, 210, "Düsseldorf", False),
        (460, 200, "Geburtsdatum", True),
        (500, 210, "15.06.1954", False),
    ])
    got = values("anmeldung", words)
    # THEN each value is the one under its caption, not the neighbouring column's caption
    assert got["given_names"] == "Paul"
    assert got["family_name"] == "Dörfler"
    assert got["place_of_birth"] == "Düsseldorf"
    # AND a caption found by its word stem ("Bezug") still leads to its value
    assert got["move_in_date"] == "2026-10-29"


def test_value_right_of_a_label_in_a_column_of_labels_belongs_to_the_neighbour() -> None:
    words = page([
        (100, [(200, "Familienname"), (1300, "Geburtsdatum")]),
        (150, [(210, "Müller"), (1310, "14.03.1987")]),
        (220, [(200, "Vornamen"), (1300, "Sterbeort")]),
        (270, [(210, "Anna"), (1310, "Bochum")]),
        (340, [(200, "Geburtsort"), (1300, "Staatsangehörigkeit")]),
        (390, [(210, "Witten"), (1310, "deutsch")]),
    ])
    got = values("anmeldung", words)
    assert got["given_names"] == "Anna"
    assert got["place_of_birth"] == "Witten"


def test_self_evident_register_number_without_a_known_label() -> None:
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (160, [(200, "Eintragung"), (900, "G 1029/2026")]),
    ])
    got = extract_fields(get("geburtsurkunde"), words)
    assert got["register_number"].value == "G 1029/2026"
    # Found without its label: trusted less than a value under a listed label.
    assert got["register_number"].confidence < 0.9


def test_a_longer_label_that_begins_with_a_listed_wording_is_not_that_label() -> None:
    # "Name der Bank" begins with "Name" (a family-name wording) but names the bank.
    words = page([
        (100, [(200, "Antrag auf Zulassung")]),
        (160, [(200, "Name der Bank"), (900, "Commerzbank Köln")]),
    ])
    got = values("antrag_zulassung", words)
    assert "holder_family_name" not in got


def test_a_label_naming_an_alternative_or_a_remark_has_no_value_inline() -> None:
    words = page([
        (100, [(200, "Name des Vermieters / Eigentümers"), (1100, "Gisela Becker")]),
        (160, [(200, "Anschrift (Straße, Nr., PLZ, Ort)"),
               (1100, "Am Grünen Weg 73, 44787 Bochum")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Gisela Becker"
    assert got["street"] == "Am Grünen Weg"


def test_a_row_of_cells_with_a_date_in_three_boxes() -> None:
    # GIVEN numbered cells side by side, the date's day, month and year in separate boxes
    words = page([
        (100, [(200, "3. Geb. am"), (730, "4. Geb.-Ort")]),
        (150, [(250, "23"), (390, "07"), (510, "1980"), (735, "Bengaluru")]),
        (230, [(200, "7. Einreise am")]),
        (280, [(460, "12"), (1020, "11"), (1750, "2025")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["date_of_birth"] == "1980-07-23"
    assert got["place_of_birth"] == "Bengaluru"
    assert got["entry_date"] == "2025-11-12"


def test_every_piece_under_a_label_up_to_the_next_label_is_its_value() -> None:
    # GIVEN a register number typed in two comb fields of its own (letter, number/year) under
    # one label, and the issue date in the next cell of the row
    words = page([
        (100, [(200, "2. Registernr. (Buchstabe Nr./Jahr)"), (960, "3. Tag der Ausstellung")]),
        (150, [(215, "G"), (330, "841/2000"), (975, "24.06.2026")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["register_number"] == "G 841/2000"
    assert got["issue_date"] == "2026-06-24"


def test_a_value_line_running_across_two_cells_is_cut_at_the_cell() -> None:
    words = page([
        (100, [(1046, "13. Datum der Geburt"), (1437, "14. Geb.-Ort")]),
    ]) + chunk_words(1052, 150, "18. Okt. 1999") + chunk_words(1440, 150, "Homs")
    got = values("anmeldung", words)
    assert got["date_of_birth"] == "1999-10-18"
    assert got["place_of_birth"] == "Homs"


def test_ocr_dropped_umlaut_is_restored_from_its_twin_on_the_page() -> None:
    # GIVEN a scan where OCR read the mother's surname without its umlaut, and the child's
    # surname with it
    words = page([
        (100, [(200, "Familienname"), (900, "Müller")]),
        (160, [(200, "Mutter"), (900, "Hannelore Muller")]),
        (220, [(200, "Ort"), (900, "Kathe")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words, ocr=True).items()}
    assert got["mother_name"] == "Hannelore Müller"
    # AND a plain word with no accented twin stays as read
    text_layer = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words).items()}
    assert text_layer["mother_name"] == "Hannelore Muller"


def test_a_scanned_code_with_o_or_zero_is_doubted() -> None:
    words = page([
        (100, [(200, "eVB-Nummer:"), (900, "0FGN35P")]),
        (160, [(200, "Passnummer:"), (900, "C4XKTR7")]),
    ])
    scanned = extract_fields(get("antrag_zulassung"), words, ocr=True)
    assert scanned["evb_number"].confidence <= 0.5
    text_layer = extract_fields(get("antrag_zulassung"), words)
    assert text_layer["evb_number"].confidence > 0.9


def test_a_value_wrapped_within_its_table_cell_is_read_whole() -> None:
    words = page([
        (100, [(100, "Feld"), (900, "Angabe")]),
        (220, [(100, "Name des Wohnungsgebers"), (900, "Grünwald Immobilien KG")]),
        (280, [(100, "Anschrift des Wohnungsgebers"), (900, "Gartenstraße 25,")]),
        (330, [(900, "44787 Bochum")]),
        (400, [(100, "Eingezogene Personen"), (900, "Dieter Lange,")]),
        (450, [(900, "Jan Hendrik Schwarz")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Gartenstraße 25, 44787 Bochum"
    assert got["tenant_names"] == ["Dieter Lange", "Jan Hendrik Schwarz"]


def test_a_label_qualified_as_former_gives_no_field_of_the_new_address() -> None:
    # GIVEN a form whose only address label names the former home
    words = page([
        (100, [(200, "Meldeschein")]),
        (220, [(200, "bisheriger Wohnsitz: Hauptstraße 5, 80331 München")]),
    ])
    got = values("anmeldung", words)
    # THEN it is the previous address, and the new one is missing, not taken from it
    assert got["previous_address"] == "Hauptstraße 5, 80331 München"
    assert "street" not in got
    assert "postal_code" not in got


def test_label_and_value_on_one_line_do_not_wrap_into_the_next_label() -> None:
    words = page([
        (100, [(200, "Familienname: Wang")]),
        (160, [(200, "Vorname: Lei")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Wang"
    assert got["given_names"] == "Lei"


def test_a_date_whose_label_is_unknown_is_guessed_from_its_meaning_and_doubted() -> None:
    # GIVEN a death certificate whose birth-date and issue-date labels are worded unknowably
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (160, [(200, "Familienname"), (900, "Schmidt")]),
        (220, [(200, "Lebensbeginn"), (900, "19.08.1934")]),
        (280, [(200, "Sterbetag"), (900, "08.12.2025")]),
        (900, [(200, "Bochum, am 06.06.2026")]),
    ])
    got = extract_fields(get("sterbeurkunde"), words)
    # THEN the long-past date is the birth date, the latest past date the issue date,
    assert got["date_of_birth"].value == "1934-08-19"
    assert got["issue_date"].value == "2026-06-06"
    # AND both are left for a person to confirm
    assert got["date_of_birth"].confidence < 0.6
    assert got["date_of_death"].value == "2025-12-08"
    assert got["date_of_death"].confidence > 0.9


def test_a_time_stamped_date_is_never_guessed_as_the_issue_date() -> None:
    # GIVEN a certificate with no issue date of its own, printed or faxed with a time stamp
    words = page([
        (40, [(200, "05.11.2026 17:19"), (900, "0201/33223-548"), (1500, "S. 2/2")]),
        (100, [(200, "Sterbeurkunde")]),
        (160, [(200, "Familienname"), (900, "Schmidt")]),
        (220, [(200, "Sterbetag"), (900, "08.12.2025")]),
    ])
    got = extract_fields(get("sterbeurkunde"), words)
    assert "issue_date" not in got


def test_a_boxed_date_split_by_ocr_into_walls_and_segments_is_one_date() -> None:
    words = page([
        (100, [(300, "3. Geb. am"), (780, "4. Str.")]),
        (150, [(330, "30 | 08 | |"), (610, "1965"), (790, "Kemnader Straße")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["holder_date_of_birth"] == "1965-08-30"
    assert got["street"] == "Kemnader Straße"


def test_a_remark_after_the_label_is_not_the_first_persons_value() -> None:
    # GIVEN a label row with one value column per spouse, the label carrying a remark
    words = page([
        (100, [(200, "Familienname, ggf. Doktorgrad"), (1050, "Schröder"), (1650, "Becker")]),
        (160, [(200, "Vorname(n)"), (1050, "Marie-Luise"), (1650, "Uwe Sören")]),
    ])
    got = values("eheurkunde", words)
    assert got["spouse1_family_name"] == "Schröder"
    assert got["spouse2_family_name"] == "Becker"


def test_a_choice_written_out_in_the_cell_under_its_label() -> None:
    words = page([
        (100, [(200, "13 Staatsangehörigkeit(en)")]),
        (150, [(200, "deutsch")]),
        (250, [(200, "14 Geschlechtsangabe")]),
        (300, [(200, "W")]),
        (400, [(200, "15 Tel. für Rückfragen")]),
        (450, [(200, "0153 89554346")]),
    ])
    assert values("anmeldung", words)["sex"] == "F"


def test_a_birth_name_worded_by_its_stems() -> None:
    words = page([
        (100, [(200, "Name (Familienname)"), (1100, "Krause")]),
        (160, [(200, "Name bei Geburt"), (1100, "Fischer")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["birth_name"]) == ("Krause", "Fischer")


def test_the_word_strasse_inside_a_street_name_is_no_label() -> None:
    words = page([
        (100, [(1300, "Wohnanschrift")]),
        (150, [(1300, "Höntroper Straße 105c, 58456 Witten")]),
        (260, [(200, "Geb.-Datum")]),
        (300, [(200, "1997-02-04"), (1300, "4. Nationalpass")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert (got["street"], got["house_number"]) == ("Höntroper Straße", "105c")


def test_a_label_with_a_word_more_than_a_listed_wording_is_read_by_its_stems() -> None:
    # "eingezogen" is a listed wording (of the move-in date); "Eingezogen sind" heads a list.
    words = page([
        (100, [(200, "7 Eingezogen sind")]),
        (150, [(210, "1. Emeka Balogun")]),
        (260, [(200, "8 Datum / Ort")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == ["Emeka Balogun"]


def test_numbered_cells_of_a_tight_grid_that_run_together() -> None:
    # The gaps between the cells are too narrow to split the lines into segments.
    words = page([
        (100, [(200, "1 Einzugsdatum (Mietbeginn)"), (900, "2 Straße, Haus-Nr.")]),
        (150, [(560, "6. Okt. 2026"), (900, "Fußgängerweg 35")]),
    ])
    assert len({(w.y0, w.x0) for w in words}) == len(words)
    got = values("wohnungsgeberbestaetigung", words)
    assert got["move_in_date"] == "2026-10-06"
    assert (got["street"], got["house_number"]) == ("Fußgängerweg", "35")


def test_a_label_wrapping_onto_the_next_line_is_read_by_its_stems() -> None:
    # Right-aligned labels of a ledger form wrap; "Anschrift des" alone names nothing.
    words = page([
        (100, [(300, "1.1 Name des Vermieters"), (1000, "Hannah Nüßlein")]),
        (210, [(420, "1.2 Anschrift des"), (1000, "Rüdesheimer Straße 138, 45899 Gelsenkirchen")]),
        (255, [(290, "Eigentümers/Verwalters")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Rüdesheimer Straße 138, 45899 Gelsenkirchen"


def test_ocr_misreadings_of_strasse_are_put_right() -> None:
    from extractors.values import repair_ocr_street

    assert repair_ocr_street("Kemnader Strake") == "Kemnader Straße"
    assert repair_ocr_street("Hauptstrabe 5, 44787 Bochum") == "Hauptstraße 5, 44787 Bochum"
    assert repair_ocr_street("Bahnhofstrasse 3") == "Bahnhofstrasse 3"  # a spelling, not OCR
    assert repair_ocr_street("Stralsunder Weg") == "Stralsunder Weg"


def test_a_date_in_three_boxes_with_its_dots() -> None:
    words = page([
        (100, [(200, "10 Name bei Geburt"), (1250, "11 Geburtsdatum (TT.MM.JJJJ)")]),
        (150, [(200, "Fischer"), (1260, "22."), (1370, "10."), (1480, "1996")]),
    ])
    assert values("anmeldung", words)["date_of_birth"] == "1996-10-22"


def test_ticked_option_under_a_label_in_the_right_column() -> None:
    # The left column's labels stand on the options' lines; the options are the right's.
    words = page([
        (100, [(200, "Geburtsort / Land"), (1300, "Ich beantrage den Aufenthalt zum Zweck")]),
        (150, [(210, "Hai Phong"), (1310, "☐ Studium")]),
        (200, [(200, "Familien-/Nachname"), (1310, "☐ Erwerbstätigkeit")]),
        (250, [(210, "Pham"), (1310, "☒ Familiennachzug")]),
        (300, [(1310, "☐ humanitäre Gründe")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "family"


def test_a_list_ends_at_the_next_numbered_section() -> None:
    from extractors.values import parse_name_list

    assert parse_name_list("Chinedu Nwosu\n2. Betroffene Wohnung") == ["Chinedu Nwosu"]
    assert parse_name_list("1. Emeka Balogun\n2. Anna Berg") == ["Emeka Balogun", "Anna Berg"]


def test_a_value_under_a_label_known_only_by_its_stems_goes_to_a_person() -> None:
    from extractors.fields import STEM_LABEL_CONFIDENCE

    words = page([
        (100, [(200, "Name (Familienname)"), (1100, "Krause")]),
        (160, [(200, "Name bei Geburt"), (1100, "Fischer")]),
    ])
    got = extract_fields(get("anmeldung"), words)
    assert got["birth_name"].value == "Fischer"
    assert got["birth_name"].confidence <= STEM_LABEL_CONFIDENCE
    assert got["family_name"].confidence > STEM_LABEL_CONFIDENCE


def test_captions_printed_under_typed_values() -> None:
    # GIVEN a typed form: values on the line, small captions (field names) under them, rows
    # of boxes one under the other
    words: list = []  # type: ignore[type-arg]
    rows = [
        (300, [(200, "Schneider", "Familienname"), (1300, "Anna Maria", "Vornamen")]),
        (520, [(200, "14.03.1987", "Geburtsdatum"), (1300, "Bochum", "Geburtsort")]),
        (740, [(200, "Hauptstraße", "Straße"), (1300, "12a", "Hausnummer")]),
        (960, [(200, "44787", "Postleitzahl"), (1300, "Bochum", "Ort")]),
    ]
    for y, cells in rows:
        for x, value, caption in cells:
            words.extend(chunk_words(x, y, value, height=44.0))
            words.extend(chunk_words(x, y + 62, caption, height=26.0))
    got = values("anmeldung", words)
    # THEN each caption takes the value above it, not the next row's value under it
    assert got["family_name"] == "Schneider"
    assert got["given_names"] == "Anna Maria"
    assert got["date_of_birth"] == "1987-03-14"
    assert got["place_of_birth"] == "Bochum"
    assert got["street"] == "Hauptstraße"
    assert got["house_number"] == "12a"
    assert got["postal_code"] == "44787"
    assert got["city"] == "Bochum"


def test_bilingual_labels_with_the_english_gloss_under_or_after_a_slash() -> None:
    # GIVEN a bilingual form: German labels glossed in English, under the label or after a
    # slash, values in a column on the right
    words = page([
        (100, [(200, "Familienname / Surname"), (1200, "Nguyen")]),
        (160, [(200, "Vornamen"), (1200, "Thi Lan")]),
        (200, [(200, "Given names")]),
        (260, [(200, "Geburtsort"), (1200, "Hanoi")]),
        (300, [(200, "Place of birth")]),
        (360, [(200, "Tag der Einreise / Date of entry"), (1200, "02.03.2025")]),
        (420, [(200, "Aufenthaltszweck"), (1200, "Studium / study")]),
        (460, [(200, "Purpose of stay")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    # THEN no gloss is taken for a value
    assert got["family_name"] == "Nguyen"
    assert got["given_names"] == "Thi Lan"
    assert got["place_of_birth"] == "Hanoi"
    assert got["entry_date"] == "2025-03-02"
    assert got["purpose"] == "study"


def test_an_english_gloss_alone_is_a_label() -> None:
    words = page([
        (100, [(200, "Postcode"), (1200, "44787")]),
        (160, [(200, "Town"), (1200, "Bochum")]),
        (220, [(200, "Date of moving in"), (1200, "01.10.2026")]),
    ])
    got = values("anmeldung", words)
    assert got["postal_code"] == "44787"
    assert got["city"] == "Bochum"
    assert got["move_in_date"] == "2026-10-01"


def test_a_street_that_does_not_read_as_one_is_doubted() -> None:
    from extractors.fields import extract_fields as ef
    words = page([
        (100, [(200, "Straße:"), (900, "Bochum")]),
        (160, [(200, "Anschrift des Vermieters:"), (900, "Kortumstraße 12, 44787 Bochum")]),
    ])
    got = ef(get("wohnungsgeberbestaetigung"), words)
    assert got["street"].confidence <= 0.5
    assert got["landlord_address"].confidence > 0.5


def test_a_bracketed_addition_set_apart_belongs_to_the_value() -> None:
    words = page([(100, [(200, "Geburtsort"), (900, "Halle"), (1090, "(Saale)")])])
    assert values("anmeldung", words)["place_of_birth"] == "Halle (Saale)"


def test_a_dash_after_a_value_does_not_make_it_caption_sized() -> None:
    # GIVEN small captions over values, and a value followed by a thin dash whose box is
    # only a few pixels tall
    from extractors.words import Word
    words: list[Word] = []
    for y, caption, value in [(100, "Familienname", "Popescu"), (220, "Vornamen", "Ion"),
                              (340, "Geburtsort", "Cluj-Napoca"),
                              (460, "Staatsangehörigkeit", "rumänisch")]:
        words.extend(chunk_words(200, y, caption, height=26.0))
        words.extend(chunk_words(210, y + 40, value, height=40.0))
    last = words[-1]
    words.append(Word("—", (last.x1 + 14, last.y0 + 20, last.x1 + 40, last.y0 + 23), 0.9, 1))
    assert values("anmeldung", words)["nationality"] == "ROU"


def test_a_wording_in_brackets_after_another_fact_is_that_facts() -> None:
    # GIVEN "Name" in brackets after the bank's label, under the holder's own "Name"
    words = page([
        (100, [(200, "Name (Familienname)")]),
        (150, [(210, "Hosseini")]),
        (300, [(200, "Kreditinstitut (Name)")]),
        (350, [(210, "Deutsche Kreditbank")]),
    ])
    assert values("antrag_zulassung", words)["holder_family_name"] == "Hosseini"


def test_a_symbol_read_into_a_code_doubts_it() -> None:
    words = page([(100, [(200, "Passnummer:"), (900, "$2223793")])], confidence=0.93)
    got = extract_fields(get("aufenthaltstitel_antrag"), words, ocr=True)
    assert got["passport_number"].value == "S2223793"
    assert got["passport_number"].confidence <= 0.5


def test_bilingual_rows_with_the_value_between_label_and_gloss() -> None:
    words: list = []  # type: ignore[type-arg]
    rows = [("Familienname", "Surname", "Nguyen"), ("Vornamen", "Given names", "Thi Lan"),
            ("Straße, Hausnummer", "Street, house number", "Hauptstraße 5"),
            ("Postleitzahl, Ort", "Postcode, town", "44787 Bochum"),
            ("Tag der Einreise", "Date of entry", "01.09.2025")]
    for i, (german, english, value) in enumerate(rows):
        y = 100 + 120 * i
        words += chunk_words(200, y, german, height=36)
        words += chunk_words(200, y + 42, english, height=28)
        words += chunk_words(1200, y + 20, value, height=40)
    got = values("aufenthaltstitel_antrag", words)
    assert got["family_name"] == "Nguyen"
    assert got["given_names"] == "Thi Lan"
    assert got["street"] == "Hauptstraße"
    assert got["postal_code"] == "44787"
    assert got["city"] == "Bochum"
    assert got["entry_date"] == "2025-09-01"


def _caption_form(rows: list[tuple[float, float, list[tuple[float, str]]]]) -> list:  # type: ignore[type-arg]
    """Rows of ``(y, height, [(x, text), ...])``: typed values (height 40) over small
    captions (height 24)."""
    return [w for y, h, chunks in rows for x, text in chunks
            for w in chunk_words(x, y, text, height=h)]


def test_two_cells_values_set_close_are_read_per_caption() -> None:
    # GIVEN a caption form whose typed values of neighbouring cells run together in one line
    words = _caption_form([
        (100, 40, [(210, "Schulz"), (1010, "Greta")]),
        (160, 24, [(200, "Familienname"), (1000, "Vornamen")]),
        (260, 40, [(210, "04-02-1955"), (520, "Gelsenkirchen")]),  # one segment
        (320, 24, [(200, "Geburtsdatum"), (515, "Geburtsort (Ort, Kreis)")]),
        (420, 40, [(210, "Deutschland")]),
        (480, 24, [(200, "Staatsangehörigkeit")]),
    ])
    got = values("anmeldung", words)
    assert got["date_of_birth"] == "1955-02-04"
    assert got["place_of_birth"] == "Gelsenkirchen"
    assert got["family_name"] == "Schulz"


def test_a_key_number_before_its_small_legend_is_a_value_not_the_next_caption() -> None:
    # GIVEN a form of small captions over typed values, the child's sex typed as a key number
    # with the legend printed small beside it, and the place of birth under a caption that
    # opens with the section's word ("Kind: Geburtsgemeinde")
    words = _caption_form([
        (100, 24, [(200, "Familienname des Kindes"), (1000, "Vornamen des Kindes")]),
        (150, 40, [(210, "Neumann"), (1010, "Renée")]),
        (250, 24, [(200, "6. Geschlecht des Kindes – ankreuzen"),
                   (1000, "7. Kind: Geburtsgemeinde")]),
        (300, 40, [(210, "1")]),
        (306, 24, [(240, "(1 = weiblich, 2 = männlich, 3 = divers)")]),
        (300, 40, [(1010, "Hattingen")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["sex"] == "F"
    assert got["place_of_birth"] == "Hattingen"


def test_a_heading_over_the_cells_is_no_value_of_the_caption_under_it() -> None:
    words = _caption_form([
        (100, 40, [(210, "Schulz"), (1010, "Greta")]),
        (160, 24, [(200, "Familienname"), (1000, "Vornamen")]),
        (260, 40, [(120, "B ANGABEN ZUR PERSON")]),
        (320, 24, [(200, "Staatsangehörigkeit"), (900, "Geburtsort")]),
        (420, 40, [(210, "Dortmund")]),
        (480, 24, [(200, "Wohnort")]),
    ])
    got = values("anmeldung", words)
    assert "place_of_birth" not in got


def test_a_choice_over_its_caption_is_read_from_the_whole_row() -> None:
    # GIVEN options printed over a caption, none of them marked in the text
    rows: list[tuple[float, float, list[tuple[float, str]]]] = [
        (100, 40, [(210, "Schulz"), (1010, "Greta")]),
        (160, 24, [(200, "Familienname"), (1000, "Vornamen")]),
        (260, 40, [(230, "weiblich"), (600, "männlich"), (950, "divers")]),
        (320, 24, [(200, "Geschlecht")]),
        (420, 40, [(210, "Dortmund")]),
        (480, 24, [(200, "Geburtsort")]),
    ]
    assert "sex" not in values("anmeldung", _caption_form(rows))
    # WHEN the third option carries a mark
    rows[2] = (260, 40, [(200, "☐ weiblich"), (570, "☐ männlich"), (920, "☒ divers")])
    assert values("anmeldung", _caption_form(rows))["sex"] == "D"


def test_a_wording_in_a_heading_set_in_capitals_is_no_label() -> None:
    lines = build_lines(page([
        (100, [(200, "B ANSCHRIFT IM BUNDESGEBIET")]),
        (160, [(200, "ANSCHRIFT: MÜHLENSTRASSE 161")]),
        (220, [(200, "Anschrift"), (1100, "Mühlenstraße 161")]),
    ]))
    hits = find_labels(lines, {"Anschrift"})
    assert [_in_capital_heading(h) for h in hits] == [True, False, False]
    words = page([
        (100, [(200, "B ANSCHRIFT IM BUNDESGEBIET")]),
        (160, [(200, "Straßenname (ohne Nr.)"), (1100, "Mühlenstraße")]),
        (220, [(200, "Hausnummer"), (1100, "161")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["street"] == "Mühlenstraße"


def test_a_label_cell_ending_in_a_comma_and_a_word_is_label_throughout() -> None:
    words = page([
        (100, [(200, "Geb.-Ort, Staat"), (1100, "Chengdu")]),
        (160, [(200, "Geburtsdatum"), (1100, "27.04.1960")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["place_of_birth"] == "Chengdu"


def test_a_label_with_a_dash_and_a_qualifier_takes_the_value_beside_it() -> None:
    lines = build_lines(page([
        (100, [(200, "Anschrift – Wohnung"), (1100, "Königsallee 75, 58511 Lüdenscheid")]),
    ]))
    hits = find_labels(lines, {"Anschrift"})
    assert [h.tail for h in with_tails(hits, hits)] == [2]
    words = page([
        (100, [(200, "Anschrift – Wohnung"), (1100, "Königsallee 75, 58511 Lüdenscheid")]),
        (160, [(200, "Tag des Einzugs"), (1100, "28.10.2026")]),
    ])
    got = values("anmeldung", words)
    assert got["street"] == "Königsallee"
    assert got["city"] == "Lüdenscheid"


def test_the_place_of_signing_is_not_the_town() -> None:
    # "Ort, Datum der Unterschrift" asks where the form was signed
    words = _caption_form([
        (100, 40, [(210, "45529 Hattingen")]),
        (148, 24, [(200, "PLZ, Wohnort")]),
        (260, 40, [(210, "Essen, 10.10.2026")]),
        (308, 24, [(200, "Ort, Datum der Unterschrift"), (1200, "Unterschrift")]),
        (420, 40, [(210, "Hauptstraße 7")]),
        (468, 24, [(200, "Straße, Hausnummer")]),
    ])
    assert values("anmeldung", words)["city"] == "Hattingen"


def test_a_gloss_after_the_label_is_no_first_value_column() -> None:
    words = page([
        (100, [(1100, "Ehegatte 1"), (1700, "Ehegatte 2")]),
        (160, [(200, "Familienname / Surname"), (1100, "Popescu"), (1700, "Gößling")]),
        (220, [(200, "Vornamen / Given names"), (1100, "María"), (1700, "Anna")]),
        (280, [(200, "Geburtsdatum / Date of birth"), (1100, "31.08.1970"),
               (1700, "30.01.1941")]),
    ])
    got = values("eheurkunde", words)
    assert got["spouse1_given_names"] == "María"
    assert got["spouse2_given_names"] == "Anna"
    assert got["spouse2_date_of_birth"] == "1941-01-30"


def test_a_stem_inside_an_office_name_is_no_label() -> None:
    # "Straßenverkehrsamt" in the letterhead, its English name under it
    words = page([
        (100, [(200, "Straßenverkehrsamt")]),
        (160, [(200, "Road Traffic Office")]),
        (300, [(200, "STRASSE U. HAUSNUMMER"), (1100, "Hattinger Straße 12c")]),
        (360, [(200, "Street and number")]),
    ])
    assert values("antrag_zulassung", words)["street"] == "Hattinger Straße"


def test_labels_in_capitals_with_bracketed_qualifiers_beside_their_values() -> None:
    words = page([
        (100, [(200, "FAM.-NAME"), (1100, "Kravchenko")]),
        (160, [(200, "VORNAMEN (ALLE, IN REIHENFOLGE)"), (1100, "Andrii")]),
        (220, [(200, "GEBURTSDATUM (TAG, MONAT, JAHR)"), (1100, "1961-01-30")]),
    ])
    got = values("anmeldung", words)
    assert got["given_names"] == "Andrii"
    assert got["family_name"] == "Kravchenko"
    assert got["date_of_birth"] == "1961-01-30"


def test_a_text_holding_the_fields_own_wording_is_no_value() -> None:
    # The gloss "Mother" under the row: the text over it is the label row, not a name
    words = page([
        (100, [(200, "Familienname"), (1100, "von Ahlen")]),
        (160, [(200, "NAME DER MUTTER DES KINDES")]),
        (220, [(200, "Mother")]),
    ])
    assert "mother_name" not in values("geburtsurkunde", words)


def test_a_typed_value_ocr_split_in_two_stays_whole_over_its_caption() -> None:
    words = _caption_form([
        (100, 40, [(210, "G"), (306, "2060/1958")]),  # OCR cut them apart
        (148, 24, [(200, "1 Registernr.")]),
        (260, 40, [(210, "Lehmann"), (1010, "Jonas")]),
        (308, 24, [(200, "2 Familienname"), (1000, "3 Vornamen")]),
        (420, 40, [(210, "Bochum"), (1010, "21.11.1958")]),
        (468, 24, [(200, "4 Geburtsort"), (1000, "5 Geburtsdatum")]),
    ])
    assert values("geburtsurkunde", words)["register_number"] == "G 2060/1958"


def test_a_caption_ending_in_a_comma_and_a_word_is_no_value_under_its_value() -> None:
    words = _caption_form([
        (100, 40, [(210, "Ägypten"), (1010, "Alexandria")]),
        (148, 24, [(200, "Staatsangehörigkeit"), (1000, "Geb.-Ort, Staat")]),
        (260, 40, [(210, "Abdelrahman"), (1010, "Mehdi")]),
        (308, 24, [(200, "Familienname"), (1000, "Vornamen")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["place_of_birth"] == "Alexandria"


def test_a_citizens_letter_with_a_sentence_and_a_short_list() -> None:
    # The sender's and the office's addresses head the letter; the new one is in a sentence.
    words = page([
        (100, [(200, "Jonas Weber")]),
        (150, [(200, "Kirchstraße 4")]),
        (200, [(200, "58452 Witten")]),
        (400, [(200, "Stadt Bochum")]),
        (450, [(200, "Bürgerbüro Mitte")]),
        (500, [(200, "Willy-Brandt-Platz 2-6")]),
        (550, [(200, "44777 Bochum")]),
        (700, [(1500, "Witten, 12.02.2026")]),
        (800, [(200, "Betreff: Anmeldung meiner neuen Wohnung")]),
        (900, [(200, "Sehr geehrte Damen und Herren,")]),
        (960, [(200, "hiermit melde ich meinen Einzug zum 01.03.2026 in die Wohnung")]),
        (1010, [(200, "Hattinger Straße 12, 44789 Bochum an.")]),
        (1100, [(260, "Familienname"), (900, "Weber")]),
        (1150, [(260, "Vorname"), (900, "Jonas")]),
        (1200, [(260, "geboren am"), (900, "14.03.1987")]),
        (1250, [(260, "in"), (900, "Dortmund")]),
        (1300, [(260, "Staatsangehörigkeit"), (900, "deutsch")]),
        (1450, [(200, "Mit freundlichen Grüßen")]),
    ])
    got = values("anmeldung", words)
    assert got["place_of_birth"] == "Dortmund"
    assert got["move_in_date"] == "2026-03-01"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Hattinger Straße", "12", "44789", "Bochum")
    assert got["date_of_birth"] == "1987-03-14"


def test_a_speck_right_of_a_label_does_not_cut_its_cell() -> None:
    # OCR read a speck in the cell as "g": the value under the label still runs on
    words = page([
        (100, [(200, "4. Straße/Hausnummer"), (780, "g"), (1500, "5. PLZ Ort")]),
        (160, [(210, "Friedrich-Ebert-Straße 109"), (1510, "35398 Gießen")]),
    ], confidence=0.9)
    got = values("anmeldung", words)
    assert got["house_number"] == "109"


def test_a_blurred_value_under_a_small_label_on_a_scan_is_no_caption() -> None:
    # Labels in 24 px over values in 40 px; OCR measured one value at 30 px.
    rows = [(100, 24, "Familienname"), (130, 40, "Wolf"), (230, 24, "Geburtsort"),
            (260, 40, "Siegen"), (360, 24, "Staatsangehörigkeit"), (390, 40, "deutsch"),
            (490, 24, "Vornamen"), (520, 30, "Bärbel Jana")]
    words = [w for y, h, text in rows
             for w in chunk_words(200, y, text, height=h, confidence=0.9)]
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words, ocr=True).items()}
    assert got["given_names"] == "Bärbel Jana"


def test_an_address_whose_label_was_lost_is_guessed_for_a_person_to_confirm() -> None:
    rows = [
        (100, [(200, "Familienname"), (1300, "Bezug der Wohnung am")]),
        (150, [(210, "Wolf"), (1310, "28.10.2026")]),
        (230, [(200, "Geschlecht")]),
        (270, [(210, "weiblich"), (1310, "Höntroper Straße 134")]),
        (350, [(200, "Geburtsdatum")]),
        (390, [(210, "25.08.1957"), (1310, "45529 Hattingen")]),
    ]
    got = extract_fields(get("anmeldung"), page(rows, confidence=0.9), ocr=True)
    assert {k: got[k].value for k in ("street", "house_number", "postal_code", "city")} == {
        "street": "Höntroper Straße", "house_number": "134", "postal_code": "45529",
        "city": "Hattingen"}
    assert max(got[k].confidence for k in ("street", "city")) < 0.6
    # Two addresses no label explains: which is the new one cannot be told.
    rows.append((470, [(1310, "Lindenweg 5, 58452 Witten")]))
    got = extract_fields(get("anmeldung"), page(rows, confidence=0.9), ocr=True)
    assert "street" not in got


def test_a_printouts_column_headers_in_capitals_over_their_values() -> None:
    # Headers run on to a second line ("EINZUG" / "DATUM"); the cell right of a header is
    # the next header, and a header's rest in capitals ("ORT GEB.") is no value.
    words = page([
        (100, [(200, "FAMILIENNAME"), (900, "VORNAMEN"), (1500, "WOHNORT")]),
        (140, [(200, "(AMTL.)")]),
        (200, [(200, "Esposito"), (900, "Giulia"), (1500, "Bochum")]),
        (300, [(200, "EINZUG"), (900, "STRASSE"), (1500, "ORT GEB.")]),
        (340, [(200, "DATUM"), (900, "(NEU)")]),
        (400, [(200, "2026-09-26"), (900, "Kirchplatz 102"), (1500, "Remscheid")]),
    ])
    got = values("anmeldung", words)
    assert got["family_name"] == "Esposito"
    assert got["given_names"] == "Giulia"
    assert got["move_in_date"] == "2026-09-26"
    assert got["street"] == "Kirchplatz"
    assert got["city"] == "Bochum"


def test_a_partys_label_runs_to_its_colon_over_the_name_wordings_in_it() -> None:
    words = page([
        (100, [(200, "Nachname (Kind):"), (1000, "López")]),
        (160, [(200, "Vorname(n) (Kind):"), (1000, "María")]),
        (220, [(200, "Mutter, Vor- und Familienname: Francesca Popescu")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["mother_name"] == "Francesca Popescu"
    assert got["family_name"] == "López"


def test_a_letter_guesses_the_senders_address_not_the_offices() -> None:
    # No label names the holder's address; the office's own (the recipient's) is no guess.
    rows = [
        (100, [(200, "Marlene Schulz")]),
        (150, [(200, "Hauptstraße 18 · 58453 Witten")]),
        (400, [(200, "Stadt Coesfeld")]),
        (450, [(200, "Fachdienst Kfz-Zulassung")]),
        (500, [(200, "Markt 8")]),
        (550, [(200, "48653 Coesfeld")]),
        (800, [(260, "Nachname"), (900, "Schulz")]),
        (860, [(260, "Vornamen"), (900, "Marlene")]),
    ]
    got = values("antrag_zulassung", page(rows))
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Hauptstraße", "18", "58453", "Witten")


def test_a_bulleted_list_of_labels_with_their_values() -> None:
    words = page([
        (100, [(200, "– Familienname des Kindes: Tüselmann")]),
        (160, [(200, "– Vornamen des Kindes: Gisela")]),
        (220, [(200, "– Mutter, Vor- und Familienname: Marlene Tüselmann")]),
        (280, [(200, "– Vater, Vor- und Familienname: Tobias Tüselmann")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["mother_name"] == "Marlene Tüselmann"
    assert got["father_name"] == "Tobias Tüselmann"
    assert got["family_name"] == "Tüselmann"


def test_a_row_of_headers_with_remarks_and_a_wrapped_header_over_their_values() -> None:
    words = page([
        (100, [(200, "Nachname"), (500, "Vornamen"), (800, "G"), (950, "Geb.-Tag"),
               (1350, "Geburts-")]),
        (135, [(500, "(alle)"), (1350, "ort (Staat)")]),
        (200, [(200, "Schwarz"), (500, "Jonas"), (800, "männl."), (950, "12.01.2004"),
               (1350, "Gelsenkirchen")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["given_names"] == "Jonas"
    assert got["place_of_birth"] == "Gelsenkirchen"
    assert got["date_of_birth"] == "2004-01-12"


def test_a_label_saying_where_its_value_comes_from_keeps_its_field() -> None:
    # OCR read "lt." (laut) as "It."; "Registereintrag" here is the source, not the fact
    words = page([
        (100, [(200, "Name It. Registereintrag:"), (1000, "Dörfler")]),
        (160, [(200, "Vornamen It. Registereintrag:"), (1000, "Greta")]),
    ], confidence=0.9)
    got = extract_fields(get("sterbeurkunde"), words, ocr=True)
    assert got["family_name"].value == "Dörfler"
    assert got["given_names"].value == "Greta"


def test_beside_a_column_header_in_any_case_stands_the_next_header() -> None:
    # A printout's header row of abbreviations over a row of values
    words = page([
        (100, [(200, "Famname"), (450, "Vorn./Rufn."), (800, "Datum"), (1100, "Geburtsort"),
               (1500, "Staatsangehörigkeit")]),
        (160, [(200, "Hoang"), (450, "Thu Trang"), (800, "08.02.1976"), (1100, "Hanoi"),
               (1500, "vietnamesisch")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got.get("family_name") != "Vorn. Rufn"
    assert got["place_of_birth"] == "Hanoi"


def test_a_label_row_with_its_values_in_columns_is_no_header_row() -> None:
    words = page([
        (100, [(200, "Feld"), (1100, "Eheperson 1"), (1700, "Eheperson 2")]),
        (160, [(200, "Familienname"), (1100, "Meißner"), (1700, "Tüselmann")]),
        (220, [(200, "Tag der Geburt"), (1100, "27.02.1934"), (1700, "30.10.1923")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse2_family_name"]) == ("Meißner", "Tüselmann")


def test_a_portal_card_list_of_the_new_dwelling() -> None:
    # GIVEN a phone portal's cards: a label in words nobody listed over each value, the
    # dwelling's use as its options only, under a heading that holds the wording "neue Wohnung"
    words = page([
        (100, [(200, "Familienname (Nachname)")]), (150, [(200, "van den Berg")]),
        (250, [(200, "Neue Wohnung bezogen seit")]), (300, [(200, "19. Oktober 2026")]),
        (400, [(200, "Straße / Weg / Platz"), (1100, "Hausnummer und Zusatz")]),
        (450, [(200, "Ümminger Straße"), (1100, "26")]),
        (550, [(200, "PLZ"), (700, "Ortsangabe")]), (600, [(200, "44805"), (700, "Bochum")]),
        (700, [(200, "Nutzung der neuen Wohnung")]),
        (760, [(210, "☐ Hauptwohnung")]), (820, [(210, "☒ Nebenwohnung")]),
    ])
    got = values("anmeldung", words)
    # the lower-case words after "neue Wohnung" make it the move-in date's label, and a date
    # is no street with its house number
    assert got["move_in_date"] == "2026-10-19"
    # options are the dwelling's, not the street's or the town's
    assert got["street"] == "Ümminger Straße"
    assert got["city"] == "Bochum"
    assert got["dwelling"] == "secondary"


def test_a_typed_cross_off_its_line_or_run_onto_its_option_ticks_it() -> None:
    # GIVEN a carbon copy: the typewriter struck the cross below the printed options, or so
    # close before one that the text layer runs them on ("Xweiblich")
    words = page([
        (100, [(200, "1 Familienname"), (900, "2 Vornamen")]),
        (150, [(200, "Ahmadi"), (900, "Sahar")]),
        (250, [(200, "6 Geschlecht laut Ausweisdokument")]),
        (300, [(210, "Xweiblich"), (500, "männlich"), (800, "divers")]),
        (400, [(200, "13 Nutzung der neuen Wohnung")]),
        (460, [(210, "Hauptwohnung"), (700, "Nebenwohnung")]),
        (476, [(680, "X")]),
        (560, [(200, "14 Wohnungsadresse")]),
        (610, [(200, "Große Weilstraße 53, 45138 Essen")]),
    ])
    got = values("anmeldung", words)
    assert got["sex"] == "F"
    assert got["dwelling"] == "secondary"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Große Weilstraße", "53", "45138", "Essen")


def test_a_label_repeated_with_numbers_gathers_one_list() -> None:
    # GIVEN one cell per person moving in, numbered, side by side
    words = page([
        (200, [(200, "9 Bewohner/in 1"), (1200, "10 Bewohner/in 2")]),
        (250, [(200, "Kavya Patel"), (1200, "Sanjay Sharma")]),
        (350, [(200, "Ort, Datum")]), (400, [(200, "Dortmund, 23.09.2026")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Kavya Patel", "Sanjay Sharma"]


def test_a_numbered_label_gathers_one_list_with_words_between_its_stem_and_number() -> None:
    # GIVEN numbered cells whose stem ("Zugezogene") is followed by more label words
    words = page([
        (200, [(200, "Zugezogene Person – Vor-/Nachname Nr. 1"),
               (1500, "Zugezogene Person – Vor-/Nachname Nr. 2")]),
        (250, [(200, "Daniel Smith"), (1500, "Jessica Wilson")]),
        (350, [(200, "Ort, Datum")]), (400, [(200, "Dortmund, 23.09.2026")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Daniel Smith", "Jessica Wilson"]


def test_names_side_by_side_under_a_heading_each_after_its_number_make_one_list() -> None:
    # GIVEN a section heading over one row of persons, each after a number cell of its own
    words = page([
        (200, [(200, "3 Eingezogene meldepflichtige Personen (Namen)")]),
        (280, [(200, "Person Nr. 1"), (560, "Hans-Peter Klein"), (1400, "Person Nr. 2"),
               (1760, "Mia Klein")]),
        (420, [(200, "4 Erklärung, Ort, Datum, Unterschrift")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Hans-Peter Klein", "Mia Klein"]


def test_names_one_a_line_under_a_label_pass_over_the_other_columns_lines() -> None:
    # GIVEN a two-column form: the list in the right column, the left column's label and
    # value on lines between its names
    words = page([
        (200, [(200, "Postleitzahl"), (1300, "Eingezogene Personen (Vor- und Familienname)")]),
        (250, [(200, "44787")]),
        (300, [(200, "Gemeinde/Stadt"), (1300, "Bernd Schulze-Höing")]),
        (350, [(200, "Bochum")]),
        (400, [(1300, "Ursula Tüselmann")]),
        (470, [(1300, "Jonas Tüselmann")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Bernd Schulze-Höing", "Ursula Tüselmann", "Jonas Tüselmann"]


def test_names_one_a_line_over_their_caption_make_one_list() -> None:
    # GIVEN small captions printed under their values, a list of three names over its
    # caption, a margin note beside them
    def caption(y: float, text: str) -> list[Word]:
        return chunk_words(620, y, text, height=28)

    words = [*chunk_words(630, 200, "Paul Neumann"), *caption(250, "6 Wohnungsgeber/in (Name)"),
             *chunk_words(630, 330, "Castroper Straße 28, 02827 Görlitz"),
             *caption(380, "7 Wohnungsgeber – Anschrift"),
             *chunk_words(630, 460, "14.10.2026"), *caption(510, "8 Einzugsdatum"),
             *chunk_words(100, 590, "Namen so"), *chunk_words(630, 590, "Esra Kaya"),
             *chunk_words(100, 640, "wie im Pass"),
             *chunk_words(630, 690, "Esra Arslan"), *chunk_words(630, 750, "Gökhan Arslan"),
             *caption(800, "9 Eingezogene Person(en)")]
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Esra Kaya", "Esra Arslan", "Gökhan Arslan"]


def test_a_list_beside_a_wrapped_label_goes_on_beside_the_labels_second_line() -> None:
    # GIVEN a label wrapped after "und"; its second line holds a listed word
    words = page([
        (200, [(300, "eingezogene Person(en) – je Vor- und"), (1500, "Jakub Pawlak")]),
        (250, [(300, "Familienname:"), (1500, "Joanna Pawlak ☐")]),
        (400, [(300, "Mir ist bekannt, dass falsche Angaben geahndet werden.")]),
    ])
    # (with every type's labels known, as in the pipeline: "Familienname" is one)
    got = extract_fields(get("wohnungsgeberbestaetigung"), words, stop_labels=ALL_LABELS)
    assert got["tenant_names"].value == ["Jakub Pawlak", "Joanna Pawlak"]


def test_a_row_of_a_name_and_an_address_is_no_list() -> None:
    # GIVEN a name with an address beside it under the list's label: one person
    words = page([
        (200, [(200, "Eingezogene Person")]),
        (260, [(200, "Emeka Balogun"), (1200, "Hattinger Straße 5, 44789 Bochum")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == ["Emeka Balogun"]


def test_a_value_over_a_short_caption_runs_on_past_the_caption() -> None:
    # GIVEN small captions under typed values; an address much longer than its caption
    def caption(y: float, x: float, text: str) -> list[Word]:
        return chunk_words(x, y, text, height=28)

    words = [*chunk_words(250, 200, "2026-10-20"), *caption(250, 240, "Einzugstag"),
             *chunk_words(900, 200, "Südring 121"), *caption(250, 880, "Straße/Nr."),
             *chunk_words(250, 330, "Özdemir"), *caption(380, 240, "Familienname"),
             *chunk_words(250, 460, "Hauptstraße 98, 45472 Mülheim an der Ruhr"),
             *caption(510, 240, "bisher gewohnt in")]
    assert values("anmeldung", words)["previous_address"] == \
        "Hauptstraße 98, 45472 Mülheim an der Ruhr"


def test_a_towns_tail_wrapped_onto_the_next_line_is_put_back() -> None:
    words = page([
        (200, [(200, "Bisherige Anschrift"), (1300, "Universitätsstraße 65, 06108 Halle")]),
        (245, [(200, "Adresse précédente"), (1300, "(Saale)")]),
        (400, [(200, "Datum des Einzugs"), (1300, "01.10.2026")]),
    ])
    assert values("anmeldung", words)["previous_address"] == \
        "Universitätsstraße 65, 06108 Halle (Saale)"


@pytest.mark.parametrize("label", ["Vermietende Person / Firma", "Vermietende Person / Firma:"])
def test_a_landlords_label_under_a_heading_is_no_value_of_the_heading(label: str) -> None:
    # GIVEN a heading naming the landlord over the landlord's own label and value
    words = page([
        (100, [(200, "Bestätigung über den Einzug in eine Wohnung")]),
        (200, [(200, "Ihre Daten als Wohnungsgeber/in")]),
        (290, [(200, label)]),
        (335, [(220, "Bochumer Wohnstätten eG")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] == \
        "Bochumer Wohnstätten eG"


def test_a_labelled_issue_date_outranks_the_date_of_the_signature_line() -> None:
    # GIVEN a birth certificate's copy: its issue date labelled, the copy signed later
    words = page([
        (100, [(200, "Auszug aus dem Geburtenregister")]),
        (200, [(200, "Familienname"), (1200, "Weber")]),
        (260, [(200, "Vornamen"), (1200, "Anna")]),
        (320, [(200, "Geburtsdatum"), (1200, "02.02.2012")]),
        (380, [(200, "Geburtsort"), (1200, "Hattingen")]),
        (440, [(200, "Datum der Ausfertigung des Auszugs"), (1200, "08.04.2026")]),
        (600, [(200, "Hattingen, 4.10.2026")]),
        (650, [(200, "Ort, Datum (Ausfüllung)")]),
    ])
    assert values("geburtsurkunde", words)["issue_date"] == "2026-04-08"


def test_a_bare_date_label_does_not_outrank_the_certificates_signature_line() -> None:
    # GIVEN a faxed death certificate: the fax header's "Datum:", the certificate signed
    words = page([
        (100, [(200, "Datum:"), (560, "05.11.2026")]),
        (200, [(200, "Sterbeurkunde")]),
        (300, [(200, "Familienname"), (1200, "Krause")]),
        (360, [(200, "Vornamen"), (1200, "Bernd")]),
        (420, [(200, "Tag und Ort des Todes"), (1200, "21.10.2025 in Hattingen")]),
        (560, [(200, "Hattingen, den 30.10.2026")]),
    ])
    assert values("sterbeurkunde", words)["issue_date"] == "2026-10-30"


def test_a_question_for_the_deceaseds_birthplace_asks_no_place_of_death() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde – Fragebogen")]),
        (200, [(200, "4"), (300, "Wo ist die verstorbene Person geboren?")]),
        (280, [(330, "Iserlohn")]),
        (400, [(200, "7"), (300, "In welchem Ort ist die Person gestorben?")]),
        (480, [(330, "Hattingen")]),
    ])
    assert values("sterbeurkunde", words)["place_of_death"] == "Hattingen"


def test_options_listed_one_a_line_with_the_chosen_one_marked_at_its_end() -> None:
    words = page([
        (100, [(200, "Erfassung Aufenthaltstitel (Tabelle)")]),
        (200, [(200, "Aufenthaltszweck lt. Antragsformular")]),
        (260, [(240, "Studium (§ 16b AufenthG)")]),
        (320, [(240, "Beschäftigung (§§ 18 ff. AufenthG)")]),
        (380, [(240, "Familiennachzug nach §§ 27 ff. AufenthG"), (1400, "x")]),
        (440, [(240, "humanitär (§§ 22 ff. AufenthG)")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "family"


def test_a_ticked_option_beside_an_unknown_wording_names_the_choice_in_doubt() -> None:
    words = page([
        (100, [(200, "Anmeldung bei der Meldebehörde")]),
        (200, [(200, "Familienname"), (1200, "Vogt")]),
        (300, [(200, "10. Die bezogene Wohnung gilt als"),
               (1200, "x die Hauptwohnung des Meldepflichtigen")]),
        (360, [(1200, "☐ eine Nebenwohnung des Meldepflichtigen")]),
    ])
    got = extract_fields(get("anmeldung"), words)["dwelling"]
    assert got.value == "main"
    assert got.confidence < 0.6


def test_a_towns_name_going_on_after_its_particle_in_the_next_line() -> None:
    words = page([
        (200, [(200, "9. Anschrift der jetzigen Wohnung (vollständig)"),
               (1600, "Königsallee 19, 45472 Mülheim an der")]),
        (245, [(1600, "Ruhr")]),
        (400, [(200, "8. Tag des Zuzuges"), (1600, "17. Okt. 2026")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["postal_code"], got["city"]) == (
        "Königsallee", "45472", "Mülheim an der Ruhr")


def test_a_remark_the_labels_line_opens_closes_on_the_next_line_before_the_value() -> None:
    # GIVEN a spreadsheet's header row wrapped in its cells, the values one row down
    words = page([
        (200, [(200, "Wohnungsgeber"), (700, "Anschrift Wohnungsgeber (eine"),
               (1600, "Einzugsdatum lt.")]),
        (250, [(200, "(Person/Firma)"), (700, "Zelle)"), (1600, "Unterlage")]),
        (330, [(200, "Zahra Rezaei"), (700, "Mühlenstraße 138, 49082 Osnabrück"),
               (1600, "25.10.2026")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_address"] == \
        "Mühlenstraße 138, 49082 Osnabrück"


@pytest.mark.parametrize("entry", [
    ["Schulz, Renée, geboren am 26.07.2025 in Bochum. Das Kind ist als",
     "weiblich eingetragen.", "Als Mutter wurde Brigitte Schulz eingetragen.",
     "Als Vater wurde Klaus Jürgen Schulz eingetragen."],
    ["In Bochum ist am 26. Juli 2025 das Kind Renée Schulz geboren. Das",
     "Kind ist als weiblich eingetragen.", "Als Mutter wurde Brigitte Schulz eingetragen.",
     "Als Vater wurde Klaus Jürgen Schulz eingetragen."],
    # a translated extract: names told part by part, the parents as the register gives them
    ["Das Kind mit dem Vornamen Renée und dem Familiennamen Schulz ist in Bochum am",
     "26. Juli 2025 zur Welt gekommen. Das Kind ist als weiblich eingetragen. Die Mutter",
     "des Kindes ist Brigitte Schulz; als Vater ist Klaus Jürgen", "Schulz angegeben."],
    ["Am 26. Juli 2025 wurde in Bochum das Kind Renée Schulz geboren. Das Kind ist als",
     "weiblich eingetragen. Als Eltern sind eingetragen: Mutter Brigitte Schulz, Vater",
     "Klaus Jürgen Schulz."],
])
def test_a_birth_register_entry_told_in_an_old_books_sentences(entry: list[str]) -> None:
    words = page([(100, [(300, "Geburtenbuch – Eintrag")]),
                  *((200 + 70 * i, [(300, line)]) for i, line in enumerate(entry))])
    got = values("geburtsurkunde", words)
    assert (got["family_name"], got["given_names"], got["date_of_birth"],
            got["place_of_birth"], got["sex"]) == ("Schulz", "Renée", "2025-07-26", "Bochum", "F")
    assert (got["mother_name"], got["father_name"]) == ("Brigitte Schulz", "Klaus Jürgen Schulz")


def test_a_marriage_told_between_the_two_spouses() -> None:
    words = page([
        (100, [(200, "Auszug aus dem Heiratseintrag (Übersetzung)")]),
        (200, [(200, "Zwischen Anna Lena Kowalski und Piotr Nowak wurde am 3. Mai 1999 in")]),
        (260, [(200, "Mülheim an der Ruhr die Ehe geschlossen.")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_given_names"], got["spouse1_family_name"]) == ("Anna Lena", "Kowalski")
    assert (got["spouse2_given_names"], got["spouse2_family_name"]) == ("Piotr", "Nowak")
    assert (got["marriage_date"], got["marriage_place"]) == ("1999-05-03", "Mülheim an der Ruhr")


def test_a_translators_form_with_notes_and_word_for_word_labels() -> None:
    # GIVEN a certified translation of a registration form: the translator's lead-in notes
    # in square brackets, labels rendered word for word, and the place and day of the
    # translation under it
    words = resolve_corrections(page([
        (100, [(200, "Übersetzung aus dem Polnischen")]),
        (200, [(200, "Zunamen der Person:"), (1100, "[handschriftlich:] Nowak")]),
        (260, [(200, "Datum der Wohnsitznahme:"), (1100, "2. Oktober 2026")]),
        (320, [(200, "Straße, Gebäudenummer (Wohnsitz):"), (1100, "Kortumstraße 6")]),
        (380, [(200, "Leitzahl und Stadt bzw. Gemeinde:"), (1100, "44787 Bochum")]),
        (440, [(200, "Angehöriger des Staates:"), (1100, "polnisch")]),
        (560, [(200, "Ort und Tag der Übersetzung: Leipzig, 5. Oktober 2026")]),
    ]))
    got = values("anmeldung", words)
    assert got["family_name"] == "Nowak"
    assert (got["street"], got["house_number"]) == ("Kortumstraße", "6")
    assert (got["postal_code"], got["city"], got["nationality"]) == ("44787", "Bochum", "POL")
    assert got["move_in_date"] == "2026-10-02"


def test_a_card_index_with_later_entries_and_cards_side_by_side() -> None:
    # GIVEN a registration card: shortened labels, a second card beside the first in the same
    # rows, and later entries dated before the label they amend
    got = values("anmeldung", page([
        (100, [(200, "Melde-Karteikarte"), (1500, "Melde-Karteikarte – Folgekarte")]),
        (160, [(200, "Fam.-Name"), (700, "Krause"), (1500, "Pl.-Zahl"), (1900, "44787")]),
        (220, [(200, "Vornam."), (700, "Jana"), (1500, "Whg. ist (HW/NW)"), (1900, "NebWhg.")]),
        (280, [(200, "Gb.-Ort"), (700, "Herne"), (1500, "Wohnort"), (1900, "Bochum")]),
        (340, [(200, "Stg."), (700, "poln."), (1500, "Nachträge")]),
        (400, [(200, "Str.-Bez."), (1500, "12. 10. 2026: Str.-Bez. Kortumstraße")]),
        (460, [(200, "Hs.-Nr."), (700, "12"), (1500, "Nachtrag 13. Okt. 2026 – Einzugstag:")]),
        (520, [(1500, "1. Okt. 2026")]),
    ]))
    assert (got["family_name"], got["given_names"], got["place_of_birth"]) == (
        "Krause", "Jana", "Herne")
    assert (got["street"], got["house_number"], got["postal_code"]) == (
        "Kortumstraße", "12", "44787")
    assert (got["dwelling"], got["move_in_date"]) == ("secondary", "2026-10-01")


def test_a_marriage_before_the_registrar_in_a_town() -> None:
    words = page([
        (100, [(200, "Auszug aus dem Heiratseintrag")]),
        (200, [(200, "sind am 30.I.1985"), (760, "vor dem Standesbeamten in Hattingen"),
               (1600, "die Ehe miteinander eingegangen.")]),
    ])
    got = values("eheurkunde", words)
    assert (got["marriage_date"], got["marriage_place"]) == ("1985-01-30", "Hattingen")


def test_the_place_of_death_labelled_verstorben_ort() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Todestag lt. Eintrag")]), (250, [(200, "30. Juli 2026")]),
        (330, [(200, "Verstorben – Ort")]), (380, [(200, "Bochum")]),
    ])
    assert values("sterbeurkunde", words)["place_of_death"] == "Bochum"


def test_an_option_holding_the_labels_word_is_no_label() -> None:
    # "Anderer Zweck" is the last option, not a label over nothing; the purpose is the
    # ticked one, and an option word closing a compound names its option
    words = page([
        (100, [(200, "9 Gewünschter Aufenthaltszweck")]),
        (150, [(210, "Studium an einer Hochschule"), (700, "Arbeit / Beschäftigung"),
               (1200, "Humanitäre Gründe / Schutz")]),
        (166, [(1180, "X")]),
        (200, [(210, "Anderer Zweck")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "humanitarian"
    words = page([(100, [(200, "Aufenthaltszweck")]), (150, [(200, "Hochschulstudium")])])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "study"


def test_a_printout_of_column_headers_on_two_lines_over_their_values() -> None:
    # GIVEN a register printout: abbreviated column headers, some on two lines, over a row
    # of values that may hold no digit at all
    words = page([
        (100, [(200, "Famname"), (700, "Vornamen"), (1100, "Name b. Geb."), (1700, "Gschl.")]),
        (132, [(200, "(amtl.)"), (700, "(alle)")]),
        (200, [(200, "Wagner"), (700, "Lena"), (1100, "Becker"), (1700, "weibl.")]),
        (340, [(200, "Datum"), (700, "Geburts-"), (1300, "StA")]),
        (372, [(200, "(Geb.)"), (700, "ort (Staat)")]),
        (440, [(200, "25. Mrz. 1995"), (700, "Gießen"), (1300, "DEUTSCH")]),
        (580, [(200, "Einzug"), (700, "Straße"), (1400, "PLZ"), (2100, "HW/NW")]),
        (612, [(200, "Datum"), (700, "Hausnr./Zus."), (1400, "Wohngemeinde")]),
        (680, [(200, "04. Okt. 2026"), (700, "An der Jahrhunderthalle 81"),
               (1400, "45883 Gelsenkirchen"), (2100, "Hauptwohnung")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"], got["birth_name"], got["sex"]) == (
        "Wagner", "Lena", "Becker", "F")
    assert (got["date_of_birth"], got["place_of_birth"], got["nationality"]) == (
        "1995-03-25", "Gießen", "DEU")
    assert (got["move_in_date"], got["street"], got["house_number"]) == (
        "2026-10-04", "An der Jahrhunderthalle", "81")
    assert (got["postal_code"], got["city"], got["dwelling"]) == (
        "45883", "Gelsenkirchen", "main")


def test_a_label_qualified_by_where_its_value_comes_from() -> None:
    words = page([
        (100, [(200, "Nachname, wie im Pass"), (1000, "Martínez")]),
        (160, [(200, "Vornamen, wie im Pass"), (1000, "Eleni")]),
        (220, [(200, "Ort meiner Geburt"), (1000, "Napoli")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"], got["place_of_birth"]) == (
        "Martínez", "Eleni", "Napoli")


def test_the_extracts_own_date_outranks_the_covering_letters() -> None:
    words = page([
        (100, [(1500, "Dortmund, den 31. August 2026")]),
        (200, [(200, "Auszug aus dem Geburtenregister")]),
        (300, [(200, "Käthe Schulze wurde am 01. April 2026 in Dortmund geboren.")]),
        (400, [(200, "Dieser Auszug wurde am 29. August 2026 ausgefertigt.")]),
    ])
    assert values("geburtsurkunde", words)["issue_date"] == "2026-08-29"


def test_a_letter_says_until_when_the_passport_is_valid() -> None:
    words = page([
        (100, [(200, "Ich bin am 15. Oktober 2025 nach Deutschland eingereist. Mein Reisepass")]),
        (160, [(200, "mit der Nummer A02199882 ist bis zum 5. Oktober 2032 gültig.")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert (got["passport_number"], got["passport_expiry_date"], got["entry_date"]) == (
        "A02199882", "2032-10-05", "2025-10-15")
    words = page([(100, [(200, "Mein Pass (Nr. C4F7G2H9K) ist gültig bis 30.06.2031.")])])
    assert values("aufenthaltstitel_antrag", words)["passport_expiry_date"] == "2031-06-30"


def test_a_citizens_letter_in_the_first_person() -> None:
    words = page([
        (100, [(200, "zum 01. Oktober 2026 bin ich aus der genannten Wohnung in die Wohnung")]),
        (160, [(200, "Hauptstraße 52, 44627 Herne umgezogen und melde mich hiermit dort an.")]),
        (220, [(200, "Ich bin am 03. März 2005 in Lübeck geboren und besitze die deutsche")]),
        (280, [(200, "Staatsangehörigkeit.")]),
    ])
    got = values("anmeldung", words)
    assert (got["move_in_date"], got["date_of_birth"], got["place_of_birth"]) == (
        "2026-10-01", "2005-03-03", "Lübeck")
    assert got["nationality"] == "DEU"


def test_capitalised_words_up_to_a_colon_still_qualify_the_label() -> None:
    words = page([
        (100, [(200, "– Vermietet durch: Hausverwaltung Köhler & Söhne")]),
        (160, [(200, "– Anschrift Vermietung/Verwaltung: Wittener Straße 62, 44137 Dortmund")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Wittener Straße 62, 44137 Dortmund"


def test_a_portals_step_counter_and_a_labels_remark_are_no_values() -> None:
    # GIVEN an OCR'd portal page: the landlord's section heading with its step counter beside
    # it, and a label whose remark OCR set apart ("Vornamen), Ru!" | "zuerst")
    words = page([
        (100, [(200, "Angaben zur wohnungsgebenden Person"), (1400, "SCHRITT 2 VON 3")]),
        (200, [(200, "Vornamen), Ru!"), (700, "zuerst")]),
        (250, [(200, "Hamza")]),
    ], confidence=0.9)
    got = values("wohnungsgeberbestaetigung", words)
    assert "landlord_name" not in got
    got = values("anmeldung", words)
    assert got.get("given_names") != "Zuerst"


def test_a_printouts_table_of_persons_gives_one_row_per_spouse() -> None:
    # GIVEN a register printout: column headers (one on two lines), a typed rule under them,
    # and one row per spouse
    words = page([
        (100, [(200, "EHEPT."), (500, "NACHNAME"), (900, "VORNAMEN"), (1300, "DATUM"),
               (1700, "GEBURTS-")]),
        (135, [(1300, "(GEB.)"), (1700, "ORT (STAAT)")]),
        (190, [(200, "------"), (500, "----------"), (900, "----------"), (1300, "----------"),
               (1700, "----------")]),
        (250, [(200, "1"), (500, "Müller"), (900, "Ursula"), (1300, "1927-11-07"),
               (1700, "Gladbeck")]),
        (320, [(200, "2"), (500, "Weber"), (900, "Till"), (1300, "1936-12-19"),
               (1700, "Essen")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_given_names"], got["spouse2_given_names"]) == ("Ursula", "Till")
    assert (got["spouse1_family_name"], got["spouse2_family_name"]) == ("Müller", "Weber")


def test_two_column_headers_over_their_values() -> None:
    words = page([
        (100, [(200, "HEIRAT AM"), (1200, "ORT")]),
        (135, [(1200, "HEIRAT")]),
        (200, [(200, "1979-06-13"), (1200, "Essen")]),
    ])
    got = values("eheurkunde", words)
    assert (got["marriage_date"], got["marriage_place"]) == ("1979-06-13", "Essen")


def test_a_headers_remark_gives_its_column_to_the_field_it_names() -> None:
    # GIVEN a certificate printout whose "DATUM" column is the date of birth ("(GEB.)" under
    # it), one row per spouse, and the issue date elsewhere
    words = page([
        (100, [(200, "AUSGEF. AM"), (900, "REG.-NR.")]),
        (160, [(200, "2026-02-23"), (900, "E 2609/1979")]),
        (300, [(200, "EHEPT."), (500, "NACHNAME"), (900, "VORNAMEN"), (1300, "DATUM"),
               (1700, "GEBURTSORT")]),
        (335, [(1300, "(GEB.)")]),
        (400, [(200, "1"), (500, "Müller"), (900, "Ursula"), (1300, "1927-11-07"),
               (1700, "Gladbeck")]),
        (470, [(200, "2"), (500, "Weber"), (900, "Till"), (1300, "1936-12-19"),
               (1700, "Essen")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1927-11-07", "1936-12-19")
    assert got.get("issue_date") != "1927-11-07"


def test_a_questionnaire_asks_its_labels_and_answers_below_them() -> None:
    # GIVEN a questionnaire: every label a question, each answer below it after a lead-in
    words = page([
        (100, [(200, "1) Ihr Nachname?")]),
        (150, [(280, "Antwort: Mansour")]),
        (230, [(200, "2) In welchem Ort wurden Sie geboren?")]),
        (280, [(280, "Antwort: Damaskus")]),
        (360, [(200, "3) In welcher Straße liegt die Wohnung?")]),
        (410, [(280, "Antwort: Friedrich-Ebert-Straße")]),
        (490, [(200, "4) In welchem Ort liegt die Wohnung?")]),
        (540, [(280, "Antwort: Dortmund")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["family_name"] == "Mansour"
    assert got["place_of_birth"] == "Damaskus"
    assert got["street"] == "Friedrich-Ebert-Straße"  # not the question's "Wohnung?"
    assert got["city"] == "Dortmund"


def test_a_date_and_a_place_under_one_label_go_to_both_fields() -> None:
    # GIVEN a register printout's rows asking day and place together
    words = page([
        (100, [(200, "Familienname lt. Register"), (700, "Brüggemann")]),
        (160, [(200, "Tag und Ort der Geburt"), (700, "23.12.1986 in Dresden")]),
        (220, [(200, "Tag und Ort des Todes"), (700, "21.10.2025 in Hattingen")]),
    ])
    got = values("sterbeurkunde", words)
    assert got["date_of_birth"] == "1986-12-23"
    assert got["place_of_birth"] == "Dresden"
    assert got["date_of_death"] == "2025-10-21"
    assert got["place_of_death"] == "Hattingen"


def test_labels_turned_round_or_closed_by_a_remark_in_brackets() -> None:
    # GIVEN a form's numbered labels: "Nr. des Hauses" (the Hausnummer turned round), labels
    # whose last words and a bracketed remark follow the wording, each value below its label
    words = page([
        (100, [(200, "7 Wohnung bezogen am (Ziffern)")]),
        (150, [(215, "17.10.2026")]),
        (230, [(200, "8 Straßenname"), (800, "9 Nr. des Hauses")]),
        (280, [(215, "Bahnhofstraße"), (815, "160")]),
        (360, [(200, "13 Auszug aus (Anschrift)")]),
        (410, [(215, "Castroper Straße 115, 58456 Witten")]),
    ])
    got = values("anmeldung", words)
    assert got["move_in_date"] == "2026-10-17"
    assert got["house_number"] == "160"
    assert got["street"] == "Bahnhofstraße"
    assert got["previous_address"] == "Castroper Straße 115, 58456 Witten"


def test_numbered_questions_with_their_answers_beside_or_below() -> None:
    # GIVEN a questionnaire whose questions are numbered "Frage N:" or "(N)", under a
    # heading that names a fact, with answers below or right of the questions
    words = page([
        (100, [(200, "Frage 1: Wie lautet Ihr Familienname?")]),
        (150, [(280, "El Amrani")]),
        (230, [(200, "Zur bezogenen Wohnung")]),
        (300, [(200, "(7) An welchem Tag haben Sie die Wohnung bezogen?"), (1300, "27.09.2026")]),
        (380, [(200, "Angaben zum Pass und zur Einreise")]),
        (450, [(200, "Frage 9: Wie lautet die Nummer Ihres Reisepasses?")]),
        (500, [(280, "DT4201267")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["family_name"] == "El Amrani"
    assert got.get("passport_number") != "FRAGE9"  # a question is never a value
    got = values("anmeldung", words)
    assert got["move_in_date"] == "2026-09-27"


def test_column_headers_in_capitals_over_two_lines_found_by_their_stems() -> None:
    # GIVEN a register printout whose column headers are abbreviated capitals over two lines
    words = page([
        (100, [(200, "REG.-"), (500, "DAT."), (900, "HEIRAT IN"), (1300, "AUSGEF.")]),
        (140, [(200, "EINTRAG"), (500, "HEIRAT"), (1300, "AM")]),
        (200, [(200, "E 870/2016"), (500, "19. Okt. 2016"), (900, "Gelsenkirchen"),
               (1300, "22. Jan. 2026")]),
    ])
    got = values("eheurkunde", words)
    assert got["marriage_date"] == "2016-10-19"
    assert got["marriage_place"] == "Gelsenkirchen"


@pytest.mark.parametrize(("sentence", "purpose"), [
    (["hiermit beantrage ich die Erteilung einer Aufenthaltserlaubnis für den Nachzug zu",
      "meinem Ehegatten."], "family"),
    (["hiermit beantrage ich die Erteilung einer Aufenthaltserlaubnis für die Aufnahme eines",
      "Studiums."], "study"),
])
def test_a_letter_names_the_purpose_of_stay(sentence: list[str], purpose: str) -> None:
    words = page([(100 + 60 * i, [(200, line)]) for i, line in enumerate(sentence)])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == purpose


def test_an_address_wrapped_after_its_postal_code_and_a_short_word_claimed_by_none() -> None:
    # GIVEN a landlord's letter: a list of tenants ("Serhii" holds the letters "im"), and the
    # landlord's address in a list item that wraps after the postal code, its first word "Im"
    words = page([
        (100, [(200, "hiermit bestätige ich, dass folgende Personen am 16.10.2026 in die")]),
        (160, [(200, "Wohnung Castroper Straße 12, 45130 Essen eingezogen sind:")]),
        (220, [(290, "– Serhii Melnyk")]),
        (280, [(290, "– Taras Melnyk")]),
        (340, [(350, "– Vermietet durch: Björn Till Schäfer")]),
        (400, [(350, "– Anschrift Vermietung/Verwaltung: Im Düsterfeld 147b, 58511")]),
        (460, [(390, "Lüdenscheid")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Im Düsterfeld 147b, 58511 Lüdenscheid"
    assert got["tenant_names"] == ["Serhii Melnyk", "Taras Melnyk"]


def test_words_before_a_label_up_to_its_colon_may_make_it_another_facts() -> None:
    # GIVEN "Sitz/Anschrift Wohnungsgeber:": the landlord's address, though "Wohnungsgeber"
    # alone names the landlord
    words = page([
        (100, [(200, "Angaben zum Wohnungsgeber:")]),
        (160, [(300, "Vermietet durch:"), (900, "Mustafa Rahimi")]),
        (220, [(300, "Sitz/Anschrift Wohnungsgeber: Im Düsterfeld 157, 44651 Herne")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Im Düsterfeld 157, 44651 Herne"


def test_a_dash_in_a_label_ends_its_cell_only_before_another_label() -> None:
    # GIVEN "Gemeinde – Blockschrift" (a remark after the dash) over a long town name, and
    # "Vermieter – Anschrift" (another fact's label after the dash) over an address
    words = page([
        (100, [(200, "11 Gemeinde – Blockschrift")]),
        (150, [(215, "Frankfurt am Main")]),
    ])
    assert values("anmeldung", words)["city"] == "Frankfurt am Main"
    words = page([
        (100, [(200, "Name der Vermieterin / des Vermieters *")]),
        (150, [(200, "Gebr. Schäfer Immobilien GmbH")]),
        (250, [(200, "Vermieter – Anschrift *")]),
        (300, [(200, "Gartenstraße 173, 45527 Hattingen")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Gebr. Schäfer Immobilien GmbH"


def test_an_emails_loose_key_value_lines() -> None:
    # GIVEN a citizen's e-mail listing its facts as bullet lines "key : value"
    words = page([
        (100, [(200, "· Geburtsstadt : Recklinghausen")]),
        (160, [(200, "· Geschl. (m/w/d) : Ohne Eintrag")]),
        (220, [(200, "· PLZ & Stadt/Gemeinde : 45359 Essen")]),
        (280, [(200, "· Wohnsitzart : HWS")]),
    ])
    got = values("anmeldung", words)
    assert got["place_of_birth"] == "Recklinghausen"
    assert got["sex"] == "X"
    assert got["postal_code"] == "45359"
    assert got["city"] == "Essen"
    assert got["dwelling"] == "main"


def test_a_role_for_both_genders_is_no_town() -> None:
    # GIVEN a heading "Anschrift Halter/in" over the holder's address lines
    words = page([
        (100, [(200, "2. Anschrift Halter/in")]),
        (160, [(210, "Straße mit Hs.-Nr.")]),
        (200, [(210, "An der Jahrhunderthalle 166")]),
        (260, [(210, "PLZ mit Gemeinde")]),
        (300, [(210, "45472 Mülheim an der Ruhr")]),
    ])
    assert values("antrag_zulassung", words)["city"] == "Mülheim an der Ruhr"


def test_numbered_labels_in_capitals_with_a_remark_after_a_dash() -> None:
    # GIVEN a booklet form's labels in capitals, numbered "A.1", each with a remark after a
    # dash, the value below or in the cell to the right
    words = page([
        (100, [(200, "A.1 NACHNAME – WIE IM PASS EINGETRAGEN")]),
        (140, [(215, "Tüselmann")]),
        (220, [(200, "A.2 VORNAMEN – WIE IM PASS EINGETRAGEN")]),
        (260, [(215, "Dieter Klaus")]),
        (340, [(200, "ORT UND DATUM DER UNTERSCHRIFT")]),
        (380, [(215, "Hattingen, 22. 10. 2026")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["holder_family_name"] == "Tüselmann"
    assert got["holder_given_names"] == "Dieter Klaus"
    assert got.get("city") != "UND DATUM DER UNTERSCHRIFT"
    words = page([
        (100, [(200, "VORNAMEN – WIE IM PASS EINGETRAGEN"), (1400, "Paul")]),
        (160, [(200, "NACHNAME – WIE IM PASS EINGETRAGEN"), (1400, "Hartmann")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["holder_given_names"], got["holder_family_name"]) == ("Paul", "Hartmann")


def test_values_given_in_sentences_after_their_label_and_a_verb() -> None:
    # GIVEN an e-mail whose sender writes their facts as sentences
    words = page([
        (100, [(200, "Meine Vornamen lauten Mariam. Mein Nachname lautet Karimi. Mein")]),
        (160, [(200, "Geburtsort ist Teheran. Meine Passnummer ist P26585868. Danke!")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["given_names"] == "Mariam"
    assert got["family_name"] == "Karimi"
    assert got["place_of_birth"] == "Teheran"
    assert got["passport_number"] == "P26585868"


def test_an_emails_passport_expiry_and_entry_with_weekdays() -> None:
    words = page([
        (100, [(200, "Mein Pass läuft am So., 18.11.2035 ab. Ich bin am Di.,")]),
        (160, [(200, "10.06.2025 nach Deutschland gekommen.")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["passport_expiry_date"] == "2035-11-18"
    assert got["entry_date"] == "2025-06-10"


def test_a_label_wrapping_after_an_adjective_takes_its_noun_from_the_next_line() -> None:
    # GIVEN "Wohnungsgeber – postalische" over "Anschrift", its value right of the first line
    words = page([
        (100, [(200, "Wohnungsgeber – Name bzw."), (1100, "Marlene Mühlenbeck")]),
        (150, [(200, "Firmenbezeichnung")]),
        (230, [(200, "Wohnungsgeber – postalische"), (1100, "Brückstraße 80, 45472 Mülheim")]),
        (280, [(200, "Anschrift")]),
        (360, [(200, "Der Wohnungsgeber ist zugleich Eigentümer der Wohnung")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Marlene Mühlenbeck"
    assert got["landlord_address"] == "Brückstraße 80, 45472 Mülheim"


def test_a_label_alone_on_its_line_keeps_its_qualifier_over_the_value() -> None:
    # GIVEN "Ort und Land der Geburt" alone on its line with the value under it
    words = page([
        (100, [(200, "Ort und Land der Geburt")]),
        (150, [(200, "Teheran")]),
        (230, [(200, "Neue Wohnung – vollständige Anschrift")]),
        (280, [(200, "Wittener Straße 170, 44137 Dortmund")]),
    ])
    got = values("anmeldung", words)
    assert got["place_of_birth"] == "Teheran"
    assert got["city"] == "Dortmund"


def test_a_name_label_whose_tail_names_the_bank_in_the_genitive_is_no_persons_name() -> None:
    words = page([
        (100, [(200, "Jetziger Familienname")]),
        (150, [(200, "Schäfer")]),
        (230, [(200, "Name des Geldinstituts")]),
        (280, [(200, "GLS Gemeinschaftsbank")]),
    ])
    assert values("antrag_zulassung", words)["holder_family_name"] == "Schäfer"


def test_a_qualified_label_in_a_row_of_label_cells_keeps_its_qualifier() -> None:
    # GIVEN a row of label cells over a row of values, one of them "Ort und Land der Geburt"
    words = page([
        (100, [(200, "Ort und Land der Geburt"), (1000, "Nationalität (Staat)")]),
        (150, [(380, "Charkiw"), (1010, "UKRAINISCH")]),
        (260, [(200, "Straße und Hausnummer"), (1200, "Postleitzahl und Gemeinde")]),
        (310, [(210, "Castroper Straße 145"), (1210, "45886 Gelsenkirchen")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["place_of_birth"] == "Charkiw"
    assert got["city"] == "Gelsenkirchen"


def test_the_name_of_the_account_keeping_person_is_the_account_holder() -> None:
    words = page([
        (100, [(200, "Nachname"), (1000, "Vornamen")]),
        (150, [(210, "Hoffmann"), (1010, "Mia")]),
        (260, [(200, "Name der kontoführenden Person (Inhaber)"), (1300, "IBAN")]),
        (310, [(210, "Mia Hoffmann"), (1310, "DE71 4305 0001 1632 5898 10")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["account_holder"] == "Mia Hoffmann"
    assert got["holder_family_name"] == "Hoffmann"


def test_a_row_of_options_over_a_heading_is_no_value_of_the_heading() -> None:
    # GIVEN a scan where OCR set a row of tick boxes taller than the section heading under it,
    # and under the heading only labels
    words = page([
        (100, [(200, "10 Aufenthaltszweck (Rechtsgrundlage)")]),
        (250, [(200, "D Wohnanschrift im Bundesgebiet")]),
        (310, [(200, "11 Straße (ohne Hausnummer)"), (1250, "12 Hausnummer/Zusatz")]),
        (360, [(210, "Südring"), (1260, "169")]),
        (450, [(200, "14 Ort/Gemeinde")]),
        (500, [(210, "Mülheim an der Ruhr")]),
    ], confidence=0.9)
    for x, text in ((200, "☐ Studium"), (600, "☐ Erwerbstätigkeit"), (1100, "☒ Familiennachzug")):
        words += chunk_words(x, 160, text, height=52, confidence=0.9)
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"), words,
                                                 ocr=True).items()}
    assert got["street"] == "Südring"
    assert got["purpose"] == "family"


def test_a_passport_that_runs_out_on_a_date_is_its_expiry() -> None:
    words = page([
        (100, [(200, "Pass- bzw. Passersatz-Nr."), (900, "Pass läuft ab (Datum)")]),
        (150, [(220, "FA556257"), (930, "12.03.2035")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["passport_expiry_date"] == "2035-03-12"


def test_a_source_remark_after_a_dash_ends_on_its_participle_and_the_value_follows() -> None:
    words = page([
        (100, [(200, "eheschließende Person lfd. Nr. 1")]),
        (160, [(200, "Familienname – beurkundet Groß"), (1200, "Vornamen – beurkundet Bernd")]),
        (220, [(200, "Geburtstag – beurkundet 9.3.1948")]),
        (300, [(200, "eheschließende Person lfd. Nr. 2")]),
        (360, [(200, "Familienname – beurkundet Groß"), (1200, "Vornamen – beurkundet Lukas")]),
        (420, [(200, "Geburtstag – beurkundet 15.9.1929")]),
        (500, [(200, "Tag der Eheschließung (Datum) 23.8.1980"),
               (1200, "Ehe geschlossen in (Ort) Hattingen")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_given_names"], got["spouse2_given_names"]) == ("Bernd", "Lukas")
    assert got["spouse1_family_name"] == "Groß"
    assert got["marriage_place"] == "Hattingen"


def test_a_clerks_pen_tick_after_a_scanned_value_is_no_part_of_it() -> None:
    # GIVEN OCR words of values each followed, a little apart, by a clerk's tick
    words = page([(100, [(200, "Vorname(n):")]), (160, [(200, "Geburtsort:")]),
                  (220, [(200, "Staatsangehörigkeit:")])], confidence=0.9)
    for y, value in ((100, "Gerd Till"), (160, "Paderborn"), (220, "DEUTSCH")):
        words += chunk_words(900, y, value, confidence=0.9)
    last = {y: max(w.x1 for w in words if w.y0 == y and w.x0 >= 900) for y in (100, 160, 220)}
    from extractors.words import Word
    words += [Word("J", (last[100] + 24, 101, last[100] + 58, 152), 0.87, 1),
              Word("\\/", (last[160] + 22, 164, last[160] + 60, 200), 0.5, 1),
              Word("/", (last[220] + 30, 222, last[220] + 68, 262), 0.62, 1)]
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words, ocr=True).items()}
    assert got["given_names"] == "Gerd Till"
    assert got["place_of_birth"] == "Paderborn"
    assert got["nationality"] == "DEU"


def test_an_empty_box_printed_after_a_value_is_no_part_of_it() -> None:
    words = page([
        (100, [(200, "Straße / Gasse / Platz"), (1000, "Am Bergbaumuseum ☐")]),
        (160, [(200, "Hausnummer samt Zusatz"), (1000, "108 ☐")]),
        (220, [(200, "Konto lautet auf den Namen")]),
        (270, [(200, "Hannah Schwarz ☐")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["house_number"] == "108"
    assert values("antrag_zulassung", words)["account_holder"] == "Hannah Schwarz"


def test_a_tick_read_as_a_letter_set_under_the_values_top_is_dropped() -> None:
    from extractors.words import Word
    words = page([(100, [(200, "Geburtsort, Kreis, Staat")])], confidence=0.9)
    words += [Word("Bottrop", (1036, 977 - 880, 1168, 1023 - 880), 0.93, 1),
              Word("J", (1182, 992 - 880, 1215, 1025 - 880), 0.79, 1)]
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words, ocr=True).items()}
    assert got["place_of_birth"] == "Bottrop"


def test_a_death_told_as_a_sterbefall_with_its_date_and_place() -> None:
    words = page([
        (100, [(200, "Vornamen — beurkundet Hannelore")]),
        (180, [(200, "Sterbefall am"), (600, "30/05/2026"),
               (1200, "Sterbefall in (Gemeinde) Witten")]),
    ], confidence=0.9)
    got = {k: v.value for k, v in extract_fields(get("sterbeurkunde"), words, ocr=True).items()}
    assert got["date_of_death"] == "2026-05-30"
    assert got["place_of_death"] == "Witten"
    assert got["given_names"] == "Hannelore"


def test_headers_on_two_lines_set_tight_head_the_columns_under_them() -> None:
    # GIVEN a register printout whose two column headers each take two lines, each line
    # holding a label of its own ("Straße" over "Hausnr./Zus.", "PLZ" over "Wohngemeinde")
    words = page([
        (100, [(292, "Straße"), (897, "PLZ")]),
        (147, [(292, "Hausnr./Zus."), (897, "Wohngemeinde")]),
        (240, [(292, "Südring 93"), (897, "45475 Mülheim an der Ruhr")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["street"], got["house_number"]) == ("Südring", "93")
    assert (got["postal_code"], got["city"]) == ("45475", "Mülheim an der Ruhr")


def test_geb_in_names_the_birthplace_and_konto_lautet_auf_the_account_holder() -> None:
    words = page([
        (100, [(200, "geb. in (Ort/Land)"), (480, "Casablanca"), (1260, "geb. am (Datum)"),
               (1530, "1997-05-20")]),
        (200, [(200, "Konto lautet auf (Inhaber/-in) Parisa Sultani"),
               (1700, "IBAN DE38 2005 0550 0547 2479 34")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["place_of_birth"] == "Casablanca"
    assert values("antrag_zulassung", words)["account_holder"] == "Parisa Sultani"


def test_a_line_that_leads_into_a_label_with_a_dash_is_no_value_of_the_heading_above() -> None:
    # GIVEN a section heading that is a label, over a label led in by its subject and a dash
    # ("Halter – Anschrift …"), over the address (word boxes of a generated office copy)
    from extractors.words import Word
    boxes = [("II.", (313, 1157, 372, 1203)), ("Anschrift", (388, 1157, 626, 1203)),
             ("der", (642, 1157, 727, 1203)), ("Halterin", (743, 1157, 959, 1203)),
             ("/", (975, 1157, 992, 1203)), ("des", (1008, 1157, 1095, 1203)),
             ("Halters", (1111, 1157, 1301, 1203)), ("Halter", (338, 1230, 467, 1270)),
             ("–", (479, 1230, 499, 1270)), ("Anschrift", (512, 1230, 696, 1270)),
             ("(Straße,", (709, 1230, 872, 1270)), ("Nr.,", (885, 1230, 963, 1270)),
             ("PLZ,", (976, 1230, 1069, 1270)), ("Ort):", (1082, 1230, 1178, 1270)),
             ("Im", (338, 1280, 394, 1322)), ("Düsterfeld", (407, 1280, 630, 1322)),
             ("114,", (643, 1280, 736, 1322)), ("45525", (749, 1280, 882, 1322)),
             ("Hattingen", (895, 1280, 1108, 1322)), ("☐", (1125, 1294, 1156, 1326))]
    words = [Word(t, (float(a), float(b), float(c), float(d)), 1.0, 1)
             for t, (a, b, c, d) in boxes]
    got = values("antrag_zulassung", words)
    assert got["city"] == "Hattingen"
    assert got["street"] == "Im Düsterfeld"


# --- spreadsheets and receipts (opened for development in the ninth session) -----------------


def test_a_small_letter_word_after_a_label_is_its_qualifier_not_a_name() -> None:
    # GIVEN a spreadsheet's label whose qualifier runs on in small letters, the value in the
    # next cell
    words = page([
        (100, [(200, "Vorname(n) komplett"), (1100, "Till")]),
        (160, [(200, "Familienname"), (1100, "Neumann")]),
    ])
    got = values("anmeldung", words)
    # THEN the qualifier is no given name
    assert got["given_names"] == "Till"


def test_a_typeset_remark_in_small_letters_after_a_label_is_no_name() -> None:
    # GIVEN labels with a remark after a comma, each value on the line under its label
    words = page([
        (100, [(340, "Vornamen, wie im Ausweis")]),
        (145, [(340, "Horst")]),
        (210, [(340, "Name, wie im Ausweis geführt")]),
        (255, [(340, "Lange")]),
    ])
    got = values("antrag_zulassung", words)
    # THEN the remark is no given name
    assert got["holder_given_names"] == "Horst"


def test_a_spreadsheets_people_table_with_row_numbers_gives_each_spouse_a_row() -> None:
    # GIVEN the spouses as a table under one header row, every row opened by the sheet's row
    # number and a running number
    words = page([
        (100, [(60, "5"), (200, "Nr."), (400, "Familienname"), (1000, "Vornamen"),
               (1500, "Geburtsdatum")]),
        (160, [(60, "6"), (200, "1"), (400, "Hoffmann"), (1000, "Ursula Marie"),
               (1500, "13.07.1987")]),
        (220, [(60, "7"), (200, "2"), (400, "Lehmann"), (1000, "Bernd"), (1500, "12.06.1983")]),
    ])
    got = values("eheurkunde", words)
    # THEN the second row is the second spouse
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Hoffmann", "Ursula Marie")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Lehmann", "Bernd")
    assert got["spouse2_date_of_birth"] == "1983-06-12"


def test_a_value_opening_with_a_label_word_does_not_make_a_column_of_labels() -> None:
    # GIVEN a sheet of name/value rows under a people table's header row, one value opening
    # with a label's word ("Standesamt Bochum")
    words = page([
        (100, [(200, "Familienname"), (1000, "Vornamen")]),
        (160, [(200, "Hoffmann"), (1000, "Ursula")]),
        (220, [(200, "Lehmann"), (1000, "Bernd")]),
        (300, [(200, "Eheschließung (Ort)"), (1000, "Bochum")]),
        (360, [(200, "Registerangaben")]),
        (420, [(200, "Standesamt gem. Eintrag"), (1000, "Standesamt Bochum")]),
    ])
    got = values("eheurkunde", words)
    # THEN the value beside the label is its value, not the heading under it
    assert got["marriage_place"] == "Bochum"


def test_the_number_of_the_next_labels_row_is_no_value() -> None:
    # GIVEN a section heading that holds a field's wording, over the numbered rows of a sheet
    # (the sheet's row number, then the form's running number under the heading's words)
    words = page([
        (100, [(60, "9"), (200, "Daten Wohnung/Einzug")]),
        (160, [(60, "10"), (350, "4"), (460, "Einzugsdatum (tatsächl.)"), (1300, "2026-10-02")]),
        (220, [(60, "11"), (350, "5"), (460, "Straße u. Haus-Nr. (neu)"),
               (1300, "Kemnader Straße 112")]),
        (280, [(60, "12"), (350, "6"), (460, "PLZ u. Ort (neu)"), (1300, "44869 Bochum")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    # THEN the row's number is not the house number
    assert got["house_number"] == "112"


def test_the_title_and_a_label_cell_naming_the_landlords_address_are_no_name_labels() -> None:
    # GIVEN a sheet titled with the type's name, the office under it, the landlord's name
    # under a program's field name, and the landlord's address in a label cell with a remark
    words = page([
        (100, [(200, "Erfassungsblatt Wohnungsgeberbestätigung")]),
        (160, [(200, "Bürgeramt Bochum")]),
        (260, [(200, "WG_Name"), (1500, "Felix Schulz")]),
        (320, [(200, "Wohnungsgeber Anschrift (eine Zeile)"),
               (1500, "Kemnader Straße 62, 45130 Essen")]),
        (400, [(200, "PLZ u. Ort (neu)"), (1500, "44869 Bochum")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    # THEN the office is not the landlord, and the landlord's postal code is not the flat's
    assert got.get("landlord_name") != "Bürgeramt Bochum"
    assert got["postal_code"] == "44869"


def test_a_row_number_column_is_no_house_number() -> None:
    # GIVEN a tenants' table whose first column counts the rows ("Zeile Nr."), and no house
    # number anywhere
    words = page([
        (180, [(200, "Zeile Nr."), (600, "Person_Name"), (1500, "Status")]),
        (240, [(350, "1"), (600, "Noël Rossi"), (1500, "offen")]),
        (300, [(350, "2"), (600, "Giulia Rossi"), (1500, "o.k.")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    # THEN the row's number is not taken for one
    assert got.get("house_number") is None


def test_a_label_holding_the_stems_of_a_fuller_fact_is_that_facts_label() -> None:
    # GIVEN the landlord's name and address, each label opening with "Wohnungsgeber/-in"
    words = page([
        (100, [(200, "Wohnungsgeber/-in: Name oder Firma"), (1500, "Lukas Köhler")]),
        (160, [(200, "Wohnungsgeber/-in, Anschrift (vollst.)"),
               (1500, "An der Jahrhunderthalle 89, 50674 Köln")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Lukas Köhler"


def test_under_a_whole_address_label_a_town_comes_with_its_postal_code() -> None:
    # GIVEN an address label whose value stands right of it, and a section heading under it
    words = page([
        (100, [(200, "Anschrift neue Whg. komplett"),
               (1300, "Am Grünen Weg 87, 45879 Gelsenkirchen")]),
        (160, [(200, "Block B – Fahrzeug")]),
        (220, [(200, "FIN (Feld E)"), (1300, "KMHSWR0KG1E737544")]),
    ])
    got = values("antrag_zulassung", words)
    # THEN the heading is no town
    assert got["city"] == "Gelsenkirchen"


def test_a_qualifier_in_capitals_after_a_label_is_part_of_its_cell() -> None:
    # GIVEN a receipt's keys in capitals with their qualifiers, the values right of them
    words = page([
        (100, [(200, "FAMILIENNAME (ERF.)"), (1300, "Wolf")]),
        (160, [(200, "VORNAME(N) GESAMT"), (1300, "Gerd")]),
        (220, [(200, "PLZ"), (1300, "81369")]),
        (280, [(200, "ORT NEU (GEM.)"), (1300, "München")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["holder_given_names"], got["city"]) == ("Gerd", "München")


def test_a_label_worded_by_its_stems_may_open_a_clause_after_a_comma() -> None:
    # GIVEN an e-mail's sentence naming two facts, each closed by its colon
    words = page([
        (100, [(200, "eVB-Code der Versicherung: YLPLUT2, reserviertes Kennz.: EN H 7")]),
    ])
    got = extract_fields(get("antrag_zulassung"), words)
    # THEN the plate is read after its clause's label; a listed label with a comma inside it
    # ("Straße, Hausnummer:") is no clause
    assert got["desired_plate"].value == "EN-H 7"
    listed = extract_fields(get("anmeldung"), page([
        (100, [(200, "Straße, Hausnummer: Ümminger Straße 53")])]))
    assert listed["house_number"].value == "53"
    assert listed["house_number"].confidence >= 0.9


def test_a_scanned_small_letter_qualifier_before_the_value_cell_is_no_name() -> None:
    words = page([
        (100, [(200, "Vorname(n) komplett"), (1100, "Zoë Sophie")]),
        (160, [(200, "Familienname"), (1100, "Braun")]),
    ], confidence=0.9)
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words, ocr=True).items()}
    assert got["given_names"] == "Zoë Sophie"


def test_a_value_set_off_right_on_the_line_under_a_lone_label_is_read_and_doubted() -> None:
    # GIVEN a form filled in with a PDF editor (words of a generated office form): the former
    # address typed on the line under its caption, far to the right of it
    words = fixture_words("overlay_offset_value")
    got = extract_fields(get("anmeldung"), words)
    # THEN it is the caption's value, but only geometry says so: a person confirms it
    assert got["previous_address"].value == "An der Jahrhunderthalle 29, 45468 Mülheim an der Ruhr"
    assert got["previous_address"].confidence < 0.6


def test_a_label_that_goes_on_into_the_next_line_is_read_whole_for_its_fact() -> None:
    # GIVEN a scanned office copy's landlord section (generated): "Wohnungsgeber - Name bzw."
    # / "Firmenbezeichnung" and "Wohnungsgeber - postalische" / "Anschrift", values right
    words = fixture_words("stamped_wrapped_label")
    got = {k: v.value for k, v in extract_fields(get("wohnungsgeberbestaetigung"), words,
                                                 ocr=True).items()}
    # THEN the address under the wrapped label is no name
    assert got["landlord_name"] == "Marlene Mühlenbeck"


def test_a_wrapped_rest_that_completes_the_labels_own_fact_keeps_the_label() -> None:
    # GIVEN a generated ledger form's "2.2 Anschrift des" / "Eigentümers/Verwalters": the
    # rest names the landlord, and with the label the landlord's address
    words = fixture_words("ledger_wrapped_label")
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Weißdornweg 4, 04103 Leipzig"


def test_a_scanned_value_in_small_letters_beside_the_next_label_is_still_the_value() -> None:
    # GIVEN a scan whose OCR read a typed name in small letters, the next cell a label
    words = page([
        (100, [(140, "Kind - Name bei der Geburt _ wang"), (1000, "Kind - Vornamen (beurkundet)")]),
        (160, [(1010, "Min")]),
    ], confidence=0.9)
    got = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words, ocr=True).items()}
    assert got["family_name"] == "Wang"


def test_a_format_hint_is_no_value() -> None:
    # GIVEN a portal export: a question with the date beside it and a format hint right of
    # both, the place's question under it
    words = page([
        (100, [(200, "An welchem Tag sind Sie geboren?"), (1500, "Format: Tag.Monat.Jahr")]),
        (160, [(220, "12.01.1995")]),
        (260, [(200, "In welchem Ort kamen Sie zur Welt?")]),
        (320, [(220, "Kyjiw")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got.get("place_of_birth") != "Format Tag.Monat.Jahr"
    assert got["date_of_birth"] == "1995-01-12"


def test_labels_worded_as_clauses_and_genitive_paraphrases() -> None:
    """GIVEN a form that words its labels its own way: a relative clause closed by its verb
    ("Tag, an dem die Wohnung bezogen wurde"), a genitive for a compound ("Nummer des
    Hauses" for Hausnummer) THEN the stems of the listed facts still find them."""
    words = page([
        (100, [(200, "Familienname")]), (150, [(200, "Lange")]),
        (250, [(200, "Vornamen")]), (300, [(200, "Till")]),
        (400, [(200, "Tag, an dem die Wohnung bezogen wurde")]), (450, [(200, "23.09.2026")]),
        (550, [(200, "Straßenname der bezogenen Wohnung")]), (600, [(200, "Bahnhofstraße")]),
        (700, [(200, "Nummer des Hauses (mit Zusatz)")]), (750, [(200, "163c")]),
    ])
    got = values("anmeldung", words)
    assert got["move_in_date"] == "2026-09-23"
    assert got["house_number"] == "163c"


def test_a_clause_after_a_listed_word_says_which_date() -> None:
    """GIVEN "Datum, an dem die Person geboren wurde" on a certificate that also dates its
    issue THEN the clause makes it the birth date, not the listed bare "Datum" (issue), and
    "Geschlechtsangabe laut Geburtenregister" asks the sex, though it names the register."""
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Vornamen")]), (250, [(200, "Paul Lukas")]),
        (350, [(200, "Familienname")]), (400, [(200, "Becker")]),
        (500, [(200, "Datum, an dem die Person geboren wurde")]), (550, [(200, "07.12.2002")]),
        (650, [(200, "Geschlechtsangabe laut Geburtenregister")]),
        (700, [(200, "☐ weiblich"), (700, "☒ männlich")]),
        (800, [(200, "Diese Urkunde wurde ausgestellt am")]), (850, [(200, "15.02.2026")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["date_of_birth"] == "2002-12-07"
    assert got["issue_date"] == "2026-02-15"
    assert got["sex"] == "M"


def test_a_death_told_by_its_verb() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Die Person verstarb am")]), (250, [(200, "20.11.2025")]),
        (350, [(200, "Die Person verstarb in")]), (400, [(200, "Hattingen")]),
    ])
    got = values("sterbeurkunde", words)
    assert got["date_of_death"] == "2025-11-20"
    assert got["place_of_death"] == "Hattingen"


def test_a_relative_clause_after_a_listed_word_is_that_labels_tail() -> None:
    # GIVEN a generated certificate's page: "Datum, an dem die Person geboren wurde" over
    # the birth date, "Diese Urkunde wurde ausgestellt am" over the issue date
    words = fixture_words("clause_dated_certificate")
    got = values("geburtsurkunde", words)
    # THEN the clause makes "Datum" the birth date's label, not the issue date's
    assert got["date_of_birth"] == "2002-12-07"
    assert got["issue_date"] == "2026-02-15"


def test_a_landscape_sheet_with_contracted_labels_and_a_wrapped_address() -> None:
    """GIVEN a landscape sheet of three columns: "Whg." for Wohnung in labels and options,
    a shortened compound with its remark after a comma ("Geb.-Name, falls anders"), the
    new address wrapping its town onto the next line while the first column goes on beside
    it, and the former address under "Anschrift (bisher, vollst.)"
    THEN each is read, and the former address is not taken for the new one."""
    words = page([
        (100, [(200, "Familienname"), (620, "Liu"), (1200, "Staatsangehörigkeit"),
               (2000, "China"), (2700, "Whg.-Art (neu)"), (3100, "☒ Hauptwhg. (vorwiegend)")]),
        (160, [(3100, "☐ Nebenwhg. (weitere)")]),
        (260, [(200, "Vornamen"), (620, "Qiang"), (1200, "Anschrift (neu, vollst.)"),
               (2000, "Universitätsstraße 107, 44869")]),
        (315, [(200, "Geschlecht"), (620, "☐ weiblich ☒ männlich"), (2000, "Bochum")]),
        (420, [(200, "Geb.-Name, falls anders"), (1200, "Einzugsdatum"), (2000, "23.09.2026")]),
        (475, [(200, "Nair")]),
        (570, [(200, "Geburtsdatum"), (620, "01.06.2005"), (1200, "Anschrift (bisher, vollst.)"),
               (2000, "Dorstener Straße 120, 48149 Münster")]),
    ])
    got = values("anmeldung", words)
    assert got["dwelling"] == "main"
    assert got["sex"] == "M"
    assert got["birth_name"] == "Nair"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Universitätsstraße", "107", "44869", "Bochum")
    assert got["previous_address"] == "Dorstener Straße 120, 48149 Münster"


def test_genitives_inside_longer_labels_and_bracketed_qualifiers() -> None:
    """GIVEN a clerk's note: the street under "Straße u. Nr. d. neuen Whg.", a ticked box
    after "Eigent. d. Whg." (the owner of the dwelling, no street), "Gem. (Whg.)" and
    "Str. (Whg. neu)" whose brackets only say which dwelling
    THEN the street is its own label's value, whole (the town of "Gem." stays unread:
    three letters begin too many words to stand for one)."""
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Name des Wohnungsgebers"), (1200, "Straße u. Nr. d. neuen Whg.")]),
        (250, [(200, "Björn Schulze"), (1200, "An der Jahrhunderthalle 114")]),
        (350, [(200, "Unterzeichner ist"), (1200, "PLZ u. Ort d. neuen Whg.")]),
        (400, [(200, "Eigent. d. Whg."), (700, "☒ Bevollm."), (1200, "44789 Bochum")]),
        (500, [(200, "Einzug am: 04.10.2026")]),
        (600, [(200, "Eingezogene Person: Lucía Rossi")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert (got["street"], got["house_number"]) == ("An der Jahrhunderthalle", "114")
    assert (got["postal_code"], got["city"]) == ("44789", "Bochum")
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Bezug d. Whg. am: 25.10.2026")]),
        (250, [(200, "Gem. (Whg.): Witten")]),
        (300, [(200, "Str. (Whg. neu): Gartenstraße")]),
        (350, [(200, "Hs.-Nr. (Whg.): 72")]),
        (400, [(200, "PLZ: 58456")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["street"] == "Gartenstraße"  # not the town the bracket after "Gem." led to


def test_an_address_label_going_on_into_its_own_section() -> None:
    """GIVEN "Anschrift der bezogenen Wohnung (vollständig)" over the new address: the words
    after the label name the new dwelling, "bezogenen" qualifies it (no move-in date)
    THEN the address is the new one."""
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "Familienname"), (900, "Rossi")]),
        (260, [(200, "Vornamen"), (900, "Noël")]),
        (360, [(200, "Datum, Einzugs-"), (900, "Anschrift der bezogenen Wohnung (vollständig)")]),
        (410, [(200, "27.10.2026"), (900, "Fußgängerweg 170, 45359 Essen")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Fußgängerweg", "170", "45359", "Essen")


def test_a_wording_found_without_its_article() -> None:
    # "Neue Whg. ist" for the listed "Die neue Wohnung ist": the kind of dwelling, not a
    # street label whose value would be the town above it
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "Ort d. neuen Whg."), (1200, "Str. (neu)")]),
        (250, [(200, "Bochum"), (1200, "Südring")]),
        (350, [(200, "Neue Whg. ist"), (1200, "Haus-Nr. d. neuen Whg.")]),
        (400, [(200, "☐ Hauptwhg. ☒ Nebenwhg."), (1200, "133")]),
        (500, [(200, "Postleitzahl")]), (550, [(200, "44787")]),
    ])
    got = values("anmeldung", words)
    assert got["street"] == "Südring"
    assert got["dwelling"] == "secondary"


def test_an_optional_value_of_a_telling_kind_under_an_unknown_label_is_guessed() -> None:
    """GIVEN a plate after a label no schema lists ("Vormerkung (res.)")
    THEN it is guessed for a person to confirm: without it the case would be routed
    lacking the plate; a terminal's id is no plate."""
    words = page([
        (100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
        (150, [(200, "TERMINAL-ID BT07-400")]),
        (200, [(200, "Familienname: Mansour")]), (250, [(200, "Vorname: Karim")]),
        (300, [(200, "FIN: VSSSRD2BBWF056448")]), (350, [(200, "eVB-Nummer: PH75WT6")]),
        (400, [(200, "Vormerkung (res.): BO-J 501")]),
    ])
    found = extract_fields(get("antrag_zulassung"), words)
    assert found["desired_plate"].value == "BO-J 501"
    assert found["desired_plate"].confidence < 0.6


def test_a_question_for_the_purpose_and_a_shortened_account_holder() -> None:
    words = page([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(200, "Familienname: Iyer")]), (250, [(200, "Vornamen: Sanjay")]),
        (350, [(200, "Wofür wird der Aufenthaltstitel benötigt?")]),
        (400, [(200, "☒ Studium an einer Hochschule"), (1100, "☐ Erwerbstätigkeit")]),
        (450, [(200, "☐ Familiennachzug"), (1100, "☐ anderer Zweck")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["purpose"] == "study"
    words = page([
        (100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
        (200, [(200, "Inh. d. Kontos")]), (250, [(200, "Lea Köhler")]),
        (350, [(200, "IBAN")]), (400, [(200, "DE89 3704 0044 0532 0130 00")]),
    ])
    assert values("antrag_zulassung", words)["account_holder"] == "Lea Köhler"


def test_questions_for_who_provides_the_dwelling_and_since_when_it_is_lived_in() -> None:
    words = page([
        (100, [(200, "Bestätigung des Vermieters über den Einzug")]),
        (200, [(200, "Wer stellt die Wohnung zur Verfügung? (Name)")]),
        (250, [(200, "Marie von Ahlen")]),
        (350, [(200, "Seit welchem Tag bewohnen Sie die neue Wohnung?")]),
        (400, [(200, "23.09.2026")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Marie von Ahlen"
    assert got["move_in_date"] == "2026-09-23"


def test_a_remark_after_the_label_and_the_signatures_place_and_day_are_no_values() -> None:
    # GIVEN "Vorname(n) vollst." over its value, and the signature's "Ort, Tag d.
    # Unterzeichnung" (read from a scan, where a lower-case word may be a capital's misreading)
    words = page([
        (100, [(200, "Antrag auf Zulassung eines Fahrzeugs")]),
        (200, [(200, "Vorname(n) vollst."), (1200, "PLZ/Gemeinde (neu)")]),
        (250, [(200, "Rahul"), (1200, "44135 Dortmund")]),
        (350, [(200, "Ort, Tag d. Unterzeichnung")]),
    ], confidence=0.9)
    got = values("antrag_zulassung", words)
    # THEN neither is read as a value
    assert got["holder_given_names"] == "Rahul"
    assert got["city"] == "Dortmund"


def test_a_column_header_broken_off_with_a_hyphen_reads_on_in_the_next_line() -> None:
    # GIVEN a printout's column headers, "Reisedok.-" over "Nr.", with the values in a row
    words = page([
        (100, [(200, "Antragsdaten Aufenthaltstitel")]),
        (200, [(200, "Famname"), (700, "Vornamen")]), (260, [(200, "Abdelrahman"), (700, "Mehdi")]),
        (360, [(200, "Reisedok.-"), (700, "Gültig-")]), (400, [(200, "Nr."), (700, "keit Pass")]),
        (460, [(200, "YY0477164"), (700, "15.06.2030")]),
    ])
    # THEN the header names the passport's number
    assert values("aufenthaltstitel_antrag", words)["passport_number"] == "YY0477164"


def test_a_heading_over_two_alike_facts_is_neither_ones_label() -> None:
    # GIVEN "Zu Mutter und Vater des Kindes" as a section heading with a stamp's word beside
    # it, and each parent's own label under it
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Zu Mutter und Vater des Kindes"), (1200, "Zentrale")]),
        (300, [(200, "Die Mutter heißt")]), (350, [(200, "Sophie Brüggemann")]),
        (450, [(200, "Name des Vaters (Vorname Nachname)")]), (500, [(200, "Dieter Brüggemann")]),
    ], confidence=0.9)
    got = values("geburtsurkunde", words)
    assert got["mother_name"] == "Sophie Brüggemann"
    assert got["father_name"] == "Dieter Brüggemann"


def test_a_questionnaire_in_easy_language() -> None:
    """GIVEN numbered questions set large, some with a request after the question mark that
    runs on to the next line, a hint in smaller type under some, the answers under them; and
    small captions over sub-answers (which make the page a caption form)
    THEN each question names its field and its answer is read past the hint."""
    def words_at(y: float, x: float, text: str, height: float) -> list[Word]:
        return chunk_words(x, y, text, height=height)
    words = [
        *words_at(100, 200, "Bestätigung vom Vermieter", 60),
        *words_at(250, 200, "1.", 60),
        *words_at(250, 330, "Wer vermietet die Wohnung? Bitte den Namen oder die", 60),
        *words_at(320, 330, "Firma.", 60), *words_at(400, 330, "Moritz Kühn", 56),
        *words_at(520, 330, "Nach-Name (Familien-Name)", 36), *words_at(570, 330, "Yang", 56),
        *words_at(670, 330, "Vor-Name", 36), *words_at(720, 330, "Wei", 56),
        *words_at(840, 200, "2.", 60),
        *words_at(840, 330, "Wann ist die Person in die Wohnung eingezogen?", 60),
        *words_at(910, 330, "Das ist der Tag, an dem die Person eingezogen ist.", 40),
        *words_at(970, 400, "03.10.2026", 56),
        *words_at(1090, 200, "3.", 60),
        *words_at(1090, 330, "Wo ist die Wohnung, die Sie vermieten?", 60),
        *words_at(1160, 330, "Das ist die Wohnung, in die jemand eingezogen ist.", 40),
        *words_at(1220, 400, "Königsallee 106, 44789 Bochum", 56),
    ]
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Moritz Kühn"
    assert got["move_in_date"] == "2026-10-03"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Königsallee", "106", "44789", "Bochum")


def test_a_questions_answer_stands_under_the_question_not_under_its_noun() -> None:
    # GIVEN numbered questions whose noun stands far right of the answer's start, a question
    # that holds the town's word but asks the place of birth, and a hint with a count in it
    words = page([
        (100, [(200, "Sie möchten ein Fahrzeug anmelden")]),
        (200, [(200, "Frage Nr. 4: Wie heißt die Straße von der Wohnung?")]),
        (260, [(220, "Wittener Straße")]),
        (360, [(200, "Frage Nr. 5: Wie ist die Haus-Nummer?")]), (420, [(220, "10")]),
        (520, [(200, "Frage Nr. 7: Wie heißt der Ort von der Wohnung?")]),
        (580, [(220, "Witten")]),
        (680, [(200, "Frage Nr. 8: In welchem Ort sind Sie geboren?")]),
        (740, [(220, "Gießen")]),
        (840, [(200, "Frage Nr. 11: Wie ist die Nummer von Ihrer Versicherung (eVB-Nummer)?")]),
        (900, [(200, "Diese Nummer bekommen Sie von Ihrer Kfz-Versicherung. Sie hat 7 Zeichen.")]),
        (960, [(220, "9CCVBDN")]),
        (1060, [(200, "Frage Nr. 13: Wem gehört das Konto für die Steuer?")]),
        (1120, [(220, "Klaus Fuß")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["street"], got["house_number"], got["city"]) == ("Wittener Straße", "10", "Witten")
    assert got["evb_number"] == "9CCVBDN"
    assert got["account_holder"] == "Klaus Fuß"


def test_a_word_of_running_text_is_no_insurance_number() -> None:
    from extractors.values import parse_evb
    assert parse_evb("Sie hat 7 Zeichen.") is None
    assert parse_evb("ML5 EWHL") == "ML5EWHL"


def test_a_questions_opening_word_says_what_it_asks() -> None:
    # "Wann …?" asks a date, "Wo …?" a place: of the death, or of the birth
    words = page([
        (100, [(200, "Die Sterbe-Urkunde – einfach erklärt")]),
        (200, [(200, "An welchem Tag ist die Person gestorben?")]), (260, [(300, "15. Mai 2026")]),
        (360, [(200, "Wo ist die Person gestorben?")]), (420, [(300, "Hattingen")]),
        (520, [(200, "Wo ist die verstorbene Person geboren?")]),
        (580, [(300, "Ho-Chi-Minh-Stadt")]),
        (680, [(200, "Wann ist die verstorbene Person geboren?")]),
        (740, [(300, "31. August 1938")]),
    ])
    got = values("sterbeurkunde", words)
    assert got["date_of_death"] == "2026-05-15"
    assert got["place_of_death"] == "Hattingen"
    assert got["place_of_birth"] == "Ho-Chi-Minh-Stadt"
    assert got["date_of_birth"] == "1938-08-31"


def test_a_wedding_asked_in_plain_words_and_an_answer_led_in() -> None:
    words = page([
        (100, [(200, "Informationen zu Ihrer Ehe-Urkunde")]),
        (200, [(200, "An welchem Tag war die Hochzeit?")]),
        (260, [(300, "Meine Antwort: 16. Februar 1981")]),
        (360, [(200, "In welcher Stadt war die Hochzeit?")]), (420, [(300, "Hattingen")]),
    ])
    got = values("eheurkunde", words)
    assert got["marriage_date"] == "1981-02-16"
    assert got["marriage_place"] == "Hattingen"


def test_a_small_letter_qualifier_after_the_colon_and_the_value_in_the_next_cell() -> None:
    words = page([
        (100, [(200, "Vorgangsausdruck – Anmeldung einer Wohnung")]),
        (200, [(200, "Familienname: López"), (1000, "Vornamen: Marco")]),
        (300, [(200, "Vorherige Anschrift: vollständig"),
               (1100, "Bahnhofstraße 141, 49076 Osnabrück")]),
    ])
    assert values("anmeldung", words)["previous_address"] == "Bahnhofstraße 141, 49076 Osnabrück"


# --- letters written on someone's behalf ----------------------------------------------


def letter(*sentences: str) -> list:  # type: ignore[type-arg]
    """A letter's body: one sentence a line."""
    return page([(100 + 50 * i, [(200, s)]) for i, s in enumerate(sentences)])


def test_a_letter_names_the_person_after_the_word_for_their_role() -> None:
    words = letter("Anmeldung einer Wohnung",
                   "Unsere Klientin Maria Jose Ortega ist am 3. März 1971 in Sevilla geboren.",
                   "Sie hat am 1. Oktober 2026 die Wohnung Kirchweg 12a in 44787 Bochum bezogen.",
                   "Die bisherige Wohnung befand sich in Lindenallee 3, 04105 Leipzig.")
    got = values("anmeldung", words)
    assert (got["given_names"], got["family_name"]) == ("Maria Jose", "Ortega")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1971-03-03", "Sevilla")
    assert got["move_in_date"] == "2026-10-01"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Kirchweg", "12a", "44787", "Bochum")
    assert got["previous_address"] == "Lindenallee 3, 04105 Leipzig"


def test_a_letter_tells_a_death_and_the_certificate_it_encloses() -> None:
    words = letter("Sterbeurkunde",
                   "Wir teilen mit, dass Olga Petrenko am 2. Mai 2026 in Herne verstorben ist.",
                   "Beurkundet hat das Standesamt Herne unter S 412/2026; die Urkunde datiert "
                   "vom 5. Mai 2026.")
    got = values("sterbeurkunde", words)
    assert (got["given_names"], got["family_name"]) == ("Olga", "Petrenko")
    assert (got["date_of_death"], got["place_of_death"]) == ("2026-05-02", "Herne")
    assert (got["registry_office"], got["register_number"]) == ("Standesamt Herne", "S 412/2026")
    assert got["issue_date"] == "2026-05-05"


def test_a_letter_tells_a_marriage_with_the_births_in_brackets() -> None:
    words = letter("Eheurkunde",
                   "Ana Silva (geboren am 02.02.1980) und Tom Berg (geboren am 03.03.1979) "
                   "haben am 04.04.2004 in Essen geheiratet.")
    got = values("eheurkunde", words)
    assert (got["spouse1_given_names"], got["spouse1_family_name"]) == ("Ana", "Silva")
    assert (got["spouse2_given_names"], got["spouse2_family_name"]) == ("Tom", "Berg")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1980-02-02", "1979-03-03")
    assert (got["marriage_date"], got["marriage_place"]) == ("2004-04-04", "Essen")


def test_a_landlords_agent_tells_who_moved_in_where_and_when() -> None:
    words = letter("Wohnungsgeberbestätigung",
                   "Wir handeln im Auftrag der Vermieterin Ruth Adler, Hafenstraße 8, 47051 "
                   "Duisburg.",
                   "Der Einzug in die Wohnung Ringstraße 4, 45127 Essen erfolgte am 2. Juni 2026.",
                   "Eingezogen sind Eva Stein und Paul Stein.")
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Ruth Adler"
    assert got["landlord_address"] == "Hafenstraße 8, 47051 Duisburg"
    assert got["move_in_date"] == "2026-06-02"
    assert got["tenant_names"] == ["Eva Stein", "Paul Stein"]


def test_a_passport_number_before_its_validity_ends_no_sentence() -> None:
    words = letter("Antrag auf Erteilung eines Aufenthaltstitels",
                   "Der Reisepass Nr. K1234567 ist bis 13. Juni 2031 gültig.",
                   "Die Einreise erfolgte am 15. März 2026.")
    got = values("aufenthaltstitel_antrag", words)
    assert got["passport_number"] == "K1234567"
    assert got["passport_expiry_date"] == "2031-06-13"
    assert got["entry_date"] == "2026-03-15"


def test_a_choice_row_with_a_ticked_box_is_read_whole_not_its_first_option() -> None:
    # GIVEN a scanned hand-filled form (words of a generated one): the options stand apart,
    # "weiblich" alone right of the label, the ring round "männlich" told as a ticked box
    words = fixture_words("ringed_choice_scan")
    got = extract_fields(get("anmeldung"), words, ocr=True)
    assert got["sex"].value == "M"


def test_an_agencys_letterhead_is_no_sender_and_the_clients_name_may_wrap() -> None:
    words = page([
        (100, [(200, "Umzugsdienst Rhein KG")]),
        (150, [(200, "Hafenweg 3")]),
        (200, [(200, "40213 Düsseldorf")]),
        (300, [(200, "Anmeldung einer Wohnung")]),
        (400, [(200, "wir schreiben im Auftrag unseres Kunden. Unser Kunde, Jonas")]),
        (450, [(200, "Brandt, wurde am 2. Mai 1990 in Kassel geboren.")]),
        (550, [(200, "vormaliger Nachname:"), (1100, "Keller")]),
        (600, [(200, "neue Wohnung genutzt als:"), (1100, "Hauptwohnsitz")]),
    ])
    got = values("anmeldung", words)
    assert (got["given_names"], got["family_name"]) == ("Jonas", "Brandt")
    assert got["place_of_birth"] == "Kassel"
    assert got["birth_name"] == "Keller"
    assert got.get("street") != "Hauptwohnsitz"


def test_a_certificates_number_under_a_letters_own_words() -> None:
    # GIVEN a second register-shaped number (an earlier entry) elsewhere on the page
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Aktenzeichen des Standesamts:"), (1100, "G 77/2001")]),
        (300, [(200, "frühere Eintragung G 12/1999")]),
    ])
    assert values("geburtsurkunde", words)["register_number"] == "G 77/2001"


def _typeset(rows: list[tuple[float, list[tuple[float, str]]]]) -> list[Word]:
    return page(rows, confidence=1.0)


def test_a_receipt_whose_keys_are_capitals_reads_each_key_with_its_qualifier() -> None:
    # GIVEN a terminal's receipt: keys in capitals with a qualifier, values under them or
    # after dot leaders, qualifiers glued before some keys
    words = _typeset([
        (100, [(200, "BELEG MELDUNG ZUZUG")]),
        (160, [(200, "NAME KUNDE/IN")]),
        (200, [(260, "Sultani")]),
        (260, [(200, "RUFNAME+WEITERE ......... Reza")]),
        (320, [(200, "GEBURTSTAG ERF .......... 16.10.1965")]),
        (380, [(200, "GEB.ORT KUNDE ........... Isfahan")]),
        (440, [(200, "GESCHLECHT ERF")]),
        (480, [(260, "M")]),
        (540, [(200, "STAATSANG ERF ........... IRANISCH")]),
        (600, [(200, "ERF.EINZUG .............. 25112026")]),
        (660, [(200, "ZUZUG-STRASSE ........... Alleestraße")]),
        (720, [(200, "ERF.HNR ................. 48")]),
        (780, [(200, "PLZ ZUZUG ............... 44787")]),
        (840, [(200, "ERF.ORT ................. Bochum")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["sex"], got["house_number"], got["city"]) == (
        "Sultani", "M", "48", "Bochum")
    assert (got["place_of_birth"], got["move_in_date"]) == ("Isfahan", "2026-11-25")


def test_a_second_wording_before_a_leader_keeps_the_value_from_the_first() -> None:
    # "NAME VATER ERF ..... Hamza Abdelrahman" is the father's name, not the child's
    words = _typeset([
        (100, [(200, "BELEG URKUNDE GEBURT")]),
        (160, [(200, "KD-ZUNAME ............... Abdelrahman")]),
        (220, [(200, "KD-VORNAMEN ............. Salma")]),
        (280, [(200, "KD-GEB.TAG .............. 25112003")]),
        (340, [(200, "GEB.ORT KUNDE ........... Bochum")]),
        (400, [(200, "KD-GESCHL ............... W")]),
        (460, [(200, "NAME MUTTER ERF ......... Fatima Abdelrahman")]),
        (520, [(200, "NAME VATER ERF .......... Hamza Abdelrahman")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["family_name"], got["date_of_birth"], got["sex"]) == (
        "Abdelrahman", "2003-11-25", "F")
    assert (got["mother_name"], got["father_name"]) == (
        "Fatima Abdelrahman", "Hamza Abdelrahman")


def test_one_wording_repeated_side_by_side_lists_a_person_under_each() -> None:
    words = _typeset([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Name der einziehenden Pers."), (1000, "Name der einziehenden Pers.")]),
        (250, [(220, "Dieter Hartmann"), (1020, "Horst Schwarz")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Dieter Hartmann", "Horst Schwarz"]


def test_in_a_mosaic_of_captions_a_value_stands_over_its_caption() -> None:
    # GIVEN "Südring" over its caption, and right of the caption the number under the next
    words = [*chunk_words(200, 100, "Wohnungsgeberbestätigung"),
             *chunk_words(700, 300, "Südring"), *chunk_words(1300, 310, "Hausnr. (neue Whg.)",
                                                             height=28),
             *chunk_words(600, 350, "Straßenname (neue Whg.)", height=28),
             *chunk_words(1320, 350, "76")]
    got = values("wohnungsgeberbestaetigung", words)
    assert (got["street"], got["house_number"]) == ("Südring", "76")


def test_a_relative_clause_after_a_wordings_comma_says_which_value_it_asks() -> None:
    words = _typeset([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(200, "Staatsangehörigkeit, die jetzt besteht")]),
        (250, [(220, "China")]),
        (320, [(200, "Ort, in den gezogen")]),
        (370, [(220, "Witten")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert (got["nationality"], got["city"]) == ("CHN", "Witten")


def test_an_optional_plate_after_an_unknown_key_is_guessed_and_doubted() -> None:
    words = _typeset([
        (100, [(200, "QUITTUNG ZULASSUNGSANTRAG")]),
        (160, [(200, "WUNSCHZ ERF ............. DO-P 7")]),
    ])
    found = extract_fields(get("antrag_zulassung"), words)["desired_plate"]
    assert found.value == "DO-P 7" and found.confidence < 0.5


def test_a_receipts_cut_and_transliterated_keys_name_their_fields() -> None:
    # GIVEN a landlord's receipt: "EIGENTUEMER" spells the umlaut out, "ANSCHR EIGENT/VERW"
    # cuts both words, tenants one per key down a column, a rule closing the list
    words = _typeset([
        (100, [(200, "QUITTUNG VERMIETERERKL.")]),
        (160, [(200, "EIGENTUEMER/VERW .... Wohnungsbau Ruhr GmbH")]),
        (220, [(200, "ANSCHR EIGENT/VERW ..")]),
        (260, [(400, "Weißdornweg 179, 80331 München")]),
        (320, [(200, "BEZUGSTAG WHG ......... 20261009")]),
        (380, [(200, "EINZIEHENDE/R ......... Jana Overbeck")]),
        (440, [(200, "EINZIEHENDE/R ......... Sören Paul Kühn")]),
        (480, [(200, "----------------------------------------")]),
        (520, [(200, "BEZAHLT BAR")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert (got["landlord_name"], got["landlord_address"]) == (
        "Wohnungsbau Ruhr GmbH", "Weißdornweg 179, 80331 München")
    assert got["move_in_date"] == "2026-10-09"
    assert got["tenant_names"] == ["Jana Overbeck", "Sören Paul Kühn"]


def test_a_stem_inside_another_fields_longer_stem_names_nothing() -> None:
    # "DATEN VERMIETER" heads the landlord's part: its "mieter" is no tenant's key
    words = _typeset([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (160, [(200, "DATEN VERMIETER")]),
        (220, [(200, "Name ........ Lena Tüselmann")]),
        (280, [(200, "Mitbewohner neu ...... Mehdi Mansour")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == ["Mehdi Mansour"]


def test_a_rule_under_a_heading_as_wide_as_it_only_underlines_it() -> None:
    words = _typeset([
        (100, [(200, "VORERFASSUNG ANMELDUNG")]),
        (160, [(200, "NEUE WHG.")]),
        (200, [(200, "---------")]),
        (240, [(200, "STR./HNR.....: Lindenweg 171")]),
    ])
    got = values("anmeldung", words)
    assert (got["street"], got["house_number"]) == ("Lindenweg", "171")


def test_the_kind_of_dwelling_under_a_key_worded_by_its_stems() -> None:
    words = _typeset([
        (100, [(200, "QUITTUNG WOHNSITZMELDUNG")]),
        (160, [(200, "WOHNUNGSTYP ............. HAUPTWHG (ALLEIN)")]),
    ])
    assert values("anmeldung", words)["dwelling"] == "main"


def test_a_value_under_two_slashed_labels_gives_each_its_part() -> None:
    words = _typeset([
        (100, [(200, "Anm.-Kurzbl. EWO")]),
        (160, [(200, "Str. m. HsNr."), (600, "Im Düsterfeld 101b"), (1200, "PLZ/Gem."),
               (1500, "44805 Bochum")]),
    ])
    got = values("anmeldung", words)
    assert (got["postal_code"], got["city"]) == ("44805", "Bochum")


def test_a_key_cut_to_three_letters_with_its_stop_names_its_field() -> None:
    words = _typeset([
        (100, [(200, "Kurzerf. Geb.-Urk.")]),
        (160, [(200, "Zun. (akt.)"), (700, "Vorn. (sämtl.)")]),
        (200, [(210, "Yildiz"), (710, "Emre")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["family_name"], got["given_names"]) == ("Yildiz", "Emre")


def test_persons_typed_over_one_caption_repeated_down_the_page_make_one_list() -> None:
    words = [*chunk_words(200, 100, "Wohnungsgeberbestätigung"),
             *chunk_words(230, 300, "Salma El Amrani"),
             *chunk_words(200, 345, "1. Eingezogene Person (Vor- und Familienname)", height=28),
             *chunk_words(230, 500, "Karim El Amrani"),
             *chunk_words(200, 545, "2. Eingezogene Person (Vor- und Familienname)", height=28)]
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Salma El Amrani", "Karim El Amrani"]


def _sentence(y: float, parts: list[tuple[str, str]], x: float = 200,
              gap: float = 50) -> list[Word]:
    """A printed sentence with values typed on its blanks: ``("text", kind)`` parts, where a
    value ("v") stands a blank's gap (wider than a word space) from the words around it."""
    out: list[Word] = []
    prev = ""
    for text, kind in parts:
        if out and (kind == "v" or prev == "v"):
            x += gap - 14
        words = chunk_words(x, y, text)
        out += words
        x = words[-1].x1 + 14
        prev = kind
    return out


def _captions(y: float, chunks: list[tuple[float, str]]) -> list[Word]:
    """Small captions (half the sentence's size) under blanks."""
    return [w for x, text in chunks for w in chunk_words(x, y, text, height=20)]


def test_a_fill_in_sentence_reads_the_values_over_their_small_captions() -> None:
    # GIVEN a declaration written as sentences with blanks, values typed on the blanks and
    # a small caption under some of them
    line1 = _sentence(200, [("Ich, der Unterzeichnende, mit den Vornamen laut Ausweis", "p"),
                            ("Karl-Heinz", "v"), (", mit dem", "p")])
    given = next(w for w in line1 if w.text == "Karl-Heinz")
    line2 = _sentence(320, [("Zuname lautend auf", "p"), ("Overbeck", "v"),
                            (", geboren am", "p"), ("13.07.2002", "v"), (".", "p")])
    born = next(w for w in line2 if w.text == "13.07.2002")
    line3 = _sentence(440, [("Ich wohne seither in", "p"), ("Alleestraße 150", "v"),
                            (", im Ort", "p"), ("44653 Herne", "v"), (".", "p")])
    street = next(w for w in line3 if w.text == "Alleestraße")
    words = [*page([(80, [(200, "Meldeerklärung")])]), *line1,
             *_captions(250, [(given.x0 - 20, "» alle Vornamen einsetzen")]), *line2,
             *_captions(370, [(born.x0, "Geburtstag – in Blockschrift")]), *line3,
             *_captions(490, [(street.x0, "» Straße und Hausnr. einsetzen")])]
    got = values("anmeldung", words)
    # THEN each value is read from its blank, not from the sentence nor the caption
    assert (got["given_names"], got["family_name"], got["date_of_birth"]) == (
        "Karl-Heinz", "Overbeck", "2002-07-13")
    assert (got["street"], got["house_number"]) == ("Alleestraße", "150")


def test_a_label_over_its_value_does_not_take_the_value_above_it_for_a_blank() -> None:
    # GIVEN small labels over values in two columns (no sentence anywhere)
    words = [*page([(80, [(200, "Eheurkunde")]), (140, [(200, "Standesamt Bochum")])]),
             *_captions(200, [(200, "Vornamen"), (1000, "Vornamen")]),
             *page([(230, [(200, "Hans-Peter"), (1000, "Mia")])]),
             *_captions(300, [(200, "Familienname"), (1000, "Familienname")]),
             *page([(330, [(200, "Weiß"), (1000, "Vogt")])])]
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse2_family_name"]) == ("Weiß", "Vogt")


def test_a_caption_naming_another_persons_name_is_not_the_childs_given_name() -> None:
    # GIVEN "Vorname Name der Mutter" under the mother's name in a fill-in certificate
    line1 = _sentence(200, [("Das Kind mit den Vornamen", "p"), ("Murat", "v"),
                            (", mit dem Familiennamen", "p"), ("Çelik", "v"), (".", "p")])
    line2 = _sentence(320, [("Als Eltern sind eingetragen von der Mutter", "p"),
                            ("Fatma Erdem", "v"), (", und weiter", "p")])
    mother = next(w for w in line2 if w.text == "Fatma")
    words = [*page([(80, [(200, "Geburtsurkunde")])]), *line1, *line2,
             *_captions(370, [(mother.x0, "Vorname Name der Mutter – in Blockschrift")])]
    got = values("geburtsurkunde", words)
    assert (got["given_names"], got.get("mother_name")) == ("Murat", "Fatma Erdem")


def test_column_headers_with_remarks_over_numbered_rows_give_one_person_a_row() -> None:
    # GIVEN a register table: headers with bracketed and dashed remarks, a row number
    # before each spouse's row
    words = page([
        (80, [(200, "Eheurkunde – Auszug aus dem Register")]),
        (200, [(540, "Name (Familie) – Reg."), (1290, "Vornamen (Reg.)")]),
        (400, [(490, "1"), (540, "Richter"), (1295, "Uwe"), (1990, "1998-09-11")]),
        (480, [(490, "2"), (540, "Böhm"), (1295, "Bärbel"), (1990, "1994-02-06")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Richter", "Uwe")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Böhm", "Bärbel")


def test_what_a_summary_page_calls_the_answer_is_not_the_answer() -> None:
    # GIVEN an online service's summary: "Vornamen – Ihre Eingabe | Bernd"
    words = _typeset([
        (100, [(200, "Wohnsitz online anmelden (Zusammenfassung)")]),
        (200, [(200, "Vornamen – Ihre Eingabe"), (1300, "Bernd")]),
        (260, [(200, "Familienname (Pflichtfeld)"), (1300, "Strauß")]),
        (320, [(200, "Ihr Geburtsort – Ihre Eingabe"), (1300, "Leipzig")]),
    ])
    got = values("anmeldung", words)
    assert (got["given_names"], got["family_name"], got["place_of_birth"]) == (
        "Bernd", "Strauß", "Leipzig")


def test_spouses_side_by_side_after_a_remark_on_the_label_take_their_own_columns() -> None:
    # GIVEN a matrix with a column per spouse, labels with remarks that are no values
    words = _typeset([
        (100, [(200, "Eheurkunde – Ehegatten nebeneinander")]),
        (160, [(1300, "Ehegatte (Sp. A)"), (2000, "zweite/r Ehegatte")]),
        (220, [(200, "1 Familienname wie im Identitätsdokument"), (1300, "Ibrahim"),
               (2000, "Shevchenko")]),
        (280, [(200, "2 Vornamen der Person, vollständig"), (1300, "Hamza"), (2000, "Bohdan")]),
        (340, [(200, "3 Geburtsdatum je Spalte"), (1300, "15.09.1941"), (2000, "21.03.1945")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse2_family_name"]) == ("Ibrahim", "Shevchenko")
    assert (got["spouse1_given_names"], got["spouse2_given_names"]) == ("Hamza", "Bohdan")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1941-09-15", "1945-03-21")


def test_a_remark_on_a_values_source_is_no_name_in_any_case() -> None:
    # OCR forgives case, so "wie im Identitätsdokument" after a scanned label parses as a
    # name ("Wie im Identitätsdokument") unless it is known for a remark
    assert _source_remark("wie im Identitätsdokument")
    assert _source_remark("Laut Register")
    assert not _source_remark("Wiesner")
    assert not _source_remark("Wie")  # a one-word name stays a name


def test_a_person_then_a_field_up_to_a_colon_is_one_label_for_the_person() -> None:
    # GIVEN cells labelled by their person and their row ("Vater Familienname …: …")
    words = _typeset([
        (100, [(200, "Geburtsurkunde")]),
        (200, [(200, "Kind Familienname wie im Ausweis: Mühlenbeck")]),
        (260, [(200, "Kind alle Vornamen: Marie-Luise")]),
        (320, [(200, "Vater Familienname wie im Ausweis: Tobias Mühlenbeck")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["family_name"], got.get("father_name")) == ("Mühlenbeck", "Tobias Mühlenbeck")



def test_a_summary_pages_links_are_no_persons() -> None:
    # GIVEN an online summary whose tenants' list is followed by the page's links
    words = _typeset([
        (100, [(200, "Wohnungsgeberbestätigung online (Zusammenfassung)")]),
        (200, [(200, "Name oder Firma des Wohnungsgebers")]),
        (250, [(200, "Eingabe")]),
        (320, [(200, "Wer ist eingezogen? (Vor- und Nachname)")]),
        (370, [(200, "Jonas Wolf")]),
        (420, [(200, "Zurück zur Eingabe")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Jonas Wolf"]
    assert "landlord_name" not in got


def test_a_labels_translation_beside_it_is_passed_over_for_the_value() -> None:
    # GIVEN a multilingual form: each German label with its translation, in a second column
    # or after a bullet, and the value right of both
    words = _typeset([
        (100, [(200, "Antrag auf einen Aufenthaltstitel")]),
        (200, [(200, "Familienname – so wie im Pass"), (1000, "Soyadı (pasaporttaki gibi)"),
               (1700, "Bondarenko")]),
        (260, [(200, "Vornamen – vollständig"), (1000, "Adı / adları (tümü)"),
               (1700, "Andrii")]),
        (320, [(200, "Gemeinde/Stadt der neuen Wohnung • Miejscowość"), (1700, "Dortmund")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert (got["family_name"], got["given_names"], got["city"]) == (
        "Bondarenko", "Andrii", "Dortmund")


def test_a_code_ocr_split_at_a_wide_space_is_read_whole() -> None:
    # GIVEN a scanned form whose desired plate OCR split into two segments
    words = page([
        (100, [(200, "Zulassungsantrag (tabellarisch)")]),
        (200, [(200, "1.5 Wunschkennzeichen – falls online"), (1300, "DO-XF"),
               (1500, "31")]),
    ], confidence=0.9)
    assert values("antrag_zulassung", words)["desired_plate"] == "DO-XF 31"


def test_a_dash_inside_a_label_joins_its_parts_the_value_below_stays_whole() -> None:
    # GIVEN "Straße und Nummer – neue Wohnung" over its value: the dash is no item marker
    # opening a cell of "neue Wohnung" alone
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "B Neue Anschrift")]),
        (300, [(200, "Straße und Nummer – neue Wohnung")]),
        (360, [(200, "Am Grünen Weg 46a")]),
        (460, [(200, "PLZ und Ort – Wohnung nach dem Umzug")]),
        (520, [(200, "45527 Hattingen")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words).items()}
    assert (got["street"], got["house_number"]) == ("Am Grünen Weg", "46a")
    assert (got["postal_code"], got["city"]) == ("45527", "Hattingen")


def test_a_label_naming_a_date_and_a_place_is_both_facts_label() -> None:
    # GIVEN "Eheschließung – Tag, Ort": the listed wording "Eheschließung am" labels it for
    # the date; the place's stems stand in the words beyond that wording
    words = page([
        (100, [(200, "Eheurkunde")]),
        (200, [(200, "Standesamt Bochum")]),
        (300, [(200, "Eheschließung – Tag, Ort"), (1100, "03.07.1979 in Bochum")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), words).items()}
    assert (got["marriage_date"], got["marriage_place"]) == ("1979-07-03", "Bochum")


def test_an_outline_item_with_a_long_label_and_a_leader_before_its_value() -> None:
    # GIVEN items whose wording goes on in a clause before the dot leader, and labels wrapped
    # onto a second line that holds the leader and the value
    words = page([
        (100, [(200, "Geburtsurkunde – Ausdruck nach Gliederungspunkten")]),
        (200, [(200, "1.1."), (420, "jetziger Familienname (ohne")]),
        (255, [(420, "Namenszusätze) ______________ Bauer")]),
        (330, [(200, "1.2."),
               (420, "alle geführten Vornamen, wie im Register stehend ...... Gisela")]),
        (400, [(200, "2.2.1."), (420, "Vater des Kindes mit Vornamen und")]),
        (455, [(420, "Familiennamen ______________ Jürgen Bauer")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words).items()}
    assert (got["family_name"], got["given_names"]) == ("Bauer", "Gisela")
    assert got["father_name"] == "Jürgen Bauer"


def test_a_label_worded_by_its_stems_may_name_the_office_it_happened_before() -> None:
    # GIVEN "Tag der Trauung vor dem Standesamt" (no listed wording; the office's name is no
    # part of the date's stems) with its value after a dot leader
    words = page([
        (100, [(200, "Eheurkunde – Ausdruck nach Gliederungspunkten")]),
        (200, [(200, "C. Zur Eheschließung vor der Urkundsperson")]),
        (260, [(200, "1."), (420, "Tag der Trauung vor dem Standesamt ........ 1981-11-10")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), words).items()}
    assert got["marriage_date"] == "1981-11-10"


def test_a_data_elements_spelt_out_umlaut_reads_as_the_letter() -> None:
    # GIVEN a key from a data record, its umlaut spelt out in a mixed-case word
    words = page([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(200, "erfasst Gueltig Bis Reisepass:"), (1100, "26.9.2031")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"), words).items()}
    assert got["passport_expiry_date"] == "2031-09-26"



def test_a_value_printed_in_capitals_in_a_heading_keeps_the_records_spelling() -> None:
    # the register printout's heading names the office in capitals, its record line as
    # written: the record's spelling wins even where the heading's reading ranks first
    heading = chunk_words(700, 100, "STANDESAMT MUELHEIM")
    record = chunk_words(600, 340, "Standesamt Mülheim")
    candidates = [
        _Candidate("registry_office", "Standesamt MUELHEIM", tuple(heading), 1.0, None),
        _Candidate("registry_office", "Standesamt Mülheim", tuple(record), 0.8, None)]
    assert _assign(candidates)["registry_office"].value == "Standesamt Mülheim"
    # a value the page prints only in capitals stays so
    assert _assign(candidates[:1])["registry_office"].value == "Standesamt MUELHEIM"


def test_the_second_persons_label_that_only_its_stems_name_is_the_second_persons() -> None:
    # "Vornamen" is a listed wording; "alle Vorn." only names the given names by its stem
    words = page([
        (100, [(200, "Erste eheschließende Person")]),
        (160, [(200, "Familienname:"), (900, "Schulze")]),
        (220, [(200, "Vornamen:"), (900, "Gisela Brigitte")]),
        (300, [(200, "Zweite eheschließende Person")]),
        (360, [(200, "Familienname:"), (900, "Müller")]),
        (420, [(200, "alle Vorn.:"), (900, "Lukas")]),
    ])
    got = values("eheurkunde", words)
    assert got["spouse1_given_names"] == "Gisela Brigitte"
    assert got["spouse2_given_names"] == "Lukas"


def test_a_family_name_read_as_the_whole_name_loses_the_given_names_read_elsewhere() -> None:
    words = page([
        (100, [(200, "Vornamen:"), (900, "Tarek")]),
        (160, [(200, "Name:"), (900, "Tarek Saleh")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert (got["family_name"], got["given_names"]) == ("Saleh", "Tarek")


def test_one_word_after_a_whole_name_label_with_the_name_in_the_next_cell_is_a_qualifier() -> None:
    words = page([
        (100, [(200, "Kontoinhaber Mandat"), (1000, "Marlene Neumann")]),
        (160, [(200, "IBAN"), (1000, "DE37430609679249819272")]),
    ])
    assert values("antrag_zulassung", words)["account_holder"] == "Marlene Neumann"


def test_a_labelled_line_under_a_heading_gives_the_heading_its_value_after_the_colon() -> None:
    words = page([
        (100, [(200, "Wohnungsgeber (Stamm)")]),
        (160, [(240, "Name/Firma WG:"), (700, "Grünwald Immobilien KG")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] == \
        "Grünwald Immobilien KG"


def test_of_a_contracts_two_parties_the_address_under_the_applicants_data_is_guessed() -> None:
    # the seller's address under an unlabelled name, the buyer's under the buyer's data
    rows = [
        (100, [(200, "zwischen")]),
        (160, [(200, "Selin Arslan")]),
        (220, [(200, "Lindenweg 5, 44147 Dortmund")]),
        (280, [(200, "(im Folgenden: Veräußerer)")]),
        (340, [(200, "und")]),
        (400, [(200, "Nachname: Singh")]),
        (460, [(200, "Vornamen: Ananya")]),
        (520, [(200, "geboren am: 13.07.1965")]),
        (580, [(200, "Friedrich-Ebert-Straße 152, 44141 Dortmund")]),
        (640, [(200, "(im Folgenden: Erwerber)")]),
    ]
    got = extract_fields(get("antrag_zulassung"), page(rows))
    assert got["holder_family_name"].value == "Singh"
    assert {k: got[k].value for k in ("street", "house_number", "postal_code")} == {
        "street": "Friedrich-Ebert-Straße", "house_number": "152", "postal_code": "44141"}
    assert got["street"].confidence < 0.6  # a guess, for a person to confirm


def test_a_labels_line_number_is_no_street_and_house_number() -> None:
    rows = [(100, [(200, "Familienname"), (1300, "Neumann")]),
            (160, [(200, "Anschrift der Wohnung, Zeile 1"), (1300, "Große Weilstraße 80")]),
            (220, [(200, "Postleitzahl, Ort"), (1300, "44791 Bochum")])]
    got = extract_fields(get("anmeldung"), page(rows))
    assert got["street"].value == "Große Weilstraße"
    assert got["house_number"].value == "80"


def test_a_partys_name_without_a_label_over_its_data_is_guessed() -> None:
    rows = [(100, [(200, "Zwischen den Parteien")]),
            (160, [(200, "Anna Wójcik")]),
            (220, [(200, "Hattinger Straße 24, 45525 Hattingen")]),
            (280, [(200, "– nachstehend „Vermieter“ genannt –")]),
            (340, [(200, "Álvaro Nikolaidis")]),
            (400, [(200, "geboren am: 4. August 1952")]),
            (460, [(200, "Geburtsort: Cluj-Napoca")])]
    got = extract_fields(get("anmeldung"), page(rows))
    assert (got["given_names"].value, got["family_name"].value) == ("Álvaro", "Nikolaidis")
    assert got["family_name"].confidence < 0.6  # a guess, for a person to confirm


def test_a_specific_labels_longer_wording_still_asks_its_fact() -> None:
    # "Tag des Einzugs in die nun bezogene Wohnung" over its date; "Name der Bank" stays the
    # bank's (see test above on longer labels)
    rows = [(100, [(200, "Familienname: Vogt")]),
            (160, [(200, "Tag des Einzugs in die nun bezogene Wohnung")]),
            (220, [(200, "23.9.2026")])]
    got = extract_fields(get("anmeldung"), page(rows))
    assert got["move_in_date"].value == "2026-09-23"


def test_a_bare_date_label_whose_genitive_names_an_event_dates_no_certificate() -> None:
    # GIVEN a certificate whose only "Datum" label says which event it dates
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (160, [(200, "Familienname"), (900, "Schmidt")]),
        (220, [(200, "Sterbetag"), (900, "08.12.2025")]),
        (280, [(200, "Datum der Eintragung:"), (900, "09.12.2025")]),
    ])
    got = extract_fields(get("sterbeurkunde"), words)
    # THEN no label gives the issue date: a date left over is only a guess for the clerk
    assert "issue_date" not in got or got["issue_date"].confidence < 0.5


def test_a_label_joining_two_facts_by_a_slash_gives_each_its_part_of_the_value() -> None:
    # GIVEN "geb. am/in" before a date and a place set the same way, and a label of
    # synonyms over its translation
    words = page([
        (100, [(200, "Anmeldung")]),
        (160, [(200, "Familienname"), (700, "Ionescu")]),
        (220, [(200, "geb. am/in"), (700, "01.05.2001 / Málaga")]),
    ])
    got = values("anmeldung", words)
    # THEN the date of birth is the date and the place of birth the place
    assert got["date_of_birth"] == "2001-05-01"
    assert got["place_of_birth"] == "Málaga"


def test_the_offices_contractions_name_the_dwelling() -> None:
    words = page([
        (100, [(200, "Anmeldung")]),
        (160, [(200, "Whg.-Stat."), (700, "☐ H-Whg. ☒ N-Whg.")]),
    ])
    assert values("anmeldung", words)["dwelling"] == "secondary"


def test_an_older_certificate_tells_the_birth_in_words_under_the_childs_names() -> None:
    # GIVEN a certificate in the older style: the birth told in a sentence whose subject
    # stands above it, the day as an ordinal word
    words = page([
        (100, [(200, "Geburtsurkunde")]),
        (160, [(200, "Familienname")]), (200, [(200, "Mazur")]),
        (260, [(200, "Vorname(n)")]), (300, [(200, "Zofia")]),
        (360, [(200, "wurde am dritten Juli 2025 um 15:41 Uhr zu Bochum geboren.")]),
    ])
    got = values("geburtsurkunde", words)
    assert got["family_name"] == "Mazur"
    assert got["date_of_birth"] == "2025-07-03"
    assert got["place_of_birth"] == "Bochum"


def test_a_label_going_on_in_the_next_line_has_its_value_beside_that_line() -> None:
    # GIVEN labels whose wording wraps, each value set beside the label's last line
    words = page([
        (100, [(200, "Anmeldung")]),
        (160, [(200, "Familienname laut Pass oder")]),
        (200, [(200, "Personalausweis"), (1100, "Mahmoud")]),
        (260, [(200, "Vornamen – wie im Pass eingetragen")]),
        (300, [(200, "Tobias"), (1100, "4. Einzugsermächtigung")]),
    ])
    got = values("anmeldung", words)
    # THEN the value is the name, not the label's second line; a label ending in no
    # joining word has its value under it (the next section's heading beside it is none)
    assert got["family_name"] == "Mahmoud"
    assert got["given_names"] == "Tobias"


def test_a_label_wrapping_after_an_article_has_its_value_beside_the_next_line() -> None:
    # GIVEN "Wohnanschrift, komplett in einer" over "Zeile", the address beside "Zeile"
    words = page([
        (100, [(200, "Neue Wohnung")]),
        (160, [(200, "Einzug am"), (1100, "19.10.2026")]),
        (220, [(200, "Wohnanschrift, komplett in einer")]),
        (260, [(200, "Zeile"), (1100, "Kemnader Straße 49, 44787 Bochum")]),
    ])
    got = values("anmeldung", words)
    # THEN the address is read, not the label's last word
    assert got["street"] == "Kemnader Straße"
    assert got["postal_code"] == "44787"


def test_values_under_a_heading_naming_someone_else_are_not_the_applicants() -> None:
    # GIVEN a residence-permit application naming the inviting host first, under a heading
    # of their own, then the applicant
    words = page([
        (100, [(200, "Antrag Aufenthaltstitel")]),
        (160, [(200, "EINLADENDE PERSON")]),
        (220, [(200, "Familienname"), (900, "Papadopoulos")]),
        (280, [(200, "Vornamen"), (900, "José")]),
        (340, [(200, "geboren am"), (900, "27.01.1969")]),
        (420, [(200, "PERSON, FÜR DIE DER TITEL BEANTRAGT WIRD")]),
        (480, [(200, "Familienname"), (900, "Rezaei")]),
        (540, [(200, "Vornamen"), (900, "Mariam")]),
        (600, [(200, "geboren am"), (900, "11.08.1968")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    # THEN the applicant's values are taken, not the host's
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "Rezaei", "Mariam", "1968-08-11")


def test_a_labels_prefix_naming_someone_else_makes_it_theirs() -> None:
    words = page([
        (100, [(200, "Antrag Aufenthaltstitel")]),
        (160, [(200, "Gastgeber/in: Familienname"), (900, "Schulz")]),
        (220, [(200, "Antragst.: Familienname"), (900, "Erdem")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["family_name"] == "Erdem"


def test_a_labels_own_explanation_ending_in_a_label_word_is_no_value() -> None:
    # GIVEN a street label explained by "as in the address", its value in the cell below
    words = page([
        (100, [(200, "Familienname"), (1300, "Vornamen")]),
        (140, [(200, "Weber"), (1300, "Lena")]),
        (200, [(200, "Einzug zum"), (800, "Straßenname, wie in der Anschrift"),
               (1700, "Hausnummer")]),
        (240, [(200, "10.10.2026"), (800, "Kirchplatz"), (1700, "33")]),
    ])
    got = values("anmeldung", words)
    # THEN the explanation's last word ("Anschrift", a label itself) is not taken
    assert got["street"] == "Kirchplatz"
    assert got["house_number"] == "33"


def test_a_wrapped_labels_last_line_marked_as_required_is_no_value() -> None:
    # GIVEN a row of small labels above the values, two of them wrapped onto a second line
    # that ends in the required-field mark, one ending in "oder"
    words = page([
        (100, [(200, "Familienname *"), (900, "Vornamen *")]),
        (140, [(200, "Schröder"), (900, "Renate")]),
        (200, [(200, "Geburtsname"), (900, "geboren am – Datum der"),
               (1500, "Geburtsort laut Pass oder")]),
        (230, [(900, "Geburt *"), (1500, "Personalausweis")]),
        (270, [(200, "Gößling"), (900, "14.11.1970"), (1500, "Paderborn")]),
    ])
    got = values("anmeldung", words)
    # THEN the values are the lines under the labels' last lines
    assert got["date_of_birth"] == "1970-11-14"
    assert got["place_of_birth"] == "Paderborn"


def test_a_value_beside_a_wrapped_labels_last_line_in_a_row_of_labels() -> None:
    # GIVEN two labels side by side, the right one wrapping; its value beside its last line
    words = page([
        (100, [(200, "Familienname"), (900, "Mbeki")]),
        (160, [(200, "Geburtsdatum laut"), (1300, "geboren in – Ort der")]),
        (200, [(200, "Pass oder"), (700, "22. Februar 1963"), (1300, "Geburt *"),
               (1900, "Abuja")]),
        (240, [(200, "Personalausweis *")]),
        (300, [(200, "Datum Ihrer Einreise nach")]),
        (340, [(200, "Deutschland *"), (900, "30. November 2025")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["place_of_birth"] == "Abuja"
    assert got["entry_date"] == "2025-11-30"


def test_a_role_heading_in_small_letters_ends_another_persons_section() -> None:
    # GIVEN a vehicle registration naming the seller first, then the future holder under a
    # heading that opens in small letters
    words = page([
        (100, [(200, "Stadt Essen – Straßenverkehrsangelegenheiten"), (1500, "Muster-Nr. 659-83")]),
        (160, [(200, "Zulassungsantrag")]),
        (240, [(200, "Voreigentümer/in (Verkäufer/in)")]),
        (300, [(200, "Nachname:"), (900, "Tkachenko")]),
        (350, [(200, "Vornamen:"), (900, "Dmytro")]),
        (400, [(200, "Wohnanschrift:"), (900, "Im Düsterfeld 82, 80469 München")]),
        (480, [(200, "künftige Halterin bzw. künftiger Halter")]),
        (540, [(200, "Nachname:"), (900, "Kühn")]),
        (590, [(200, "Vornamen:"), (900, "Moritz")]),
        (640, [(200, "Wohnanschrift:"), (900, "Ümminger Straße 152, 45879 Gelsenkirchen")]),
    ])
    got = values("antrag_zulassung", words)
    # THEN the holder is the future holder, and the office's name labels no street
    assert got["holder_family_name"] == "Kühn"
    assert got["holder_given_names"] == "Moritz"
    assert got["street"] == "Ümminger Straße"
    assert got["postal_code"] == "45879"


def test_a_name_under_a_label_ending_in_oder_is_its_value_when_a_label_follows() -> None:
    # GIVEN a label cut after "oder" with the name under it and the next label after that
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (160, [(200, "Wohnungsgeber – Name oder")]),
        (200, [(200, "Sören Tüselmann")]),
        (260, [(200, "Wohnungsgeber – Postanschrift")]),
        (300, [(200, "Kortumstraße 73, 04315 Leipzig")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    # THEN the name is the value, not the rest of the label
    assert got["landlord_name"] == "Sören Tüselmann"


def test_a_tables_first_row_far_under_a_tall_header_row_holds_the_values() -> None:
    # GIVEN a header row made tall by a turned header, its labels at the top, and the
    # values in the next row, well below, each under its label
    words = page([
        (100, [(200, "Familienname"), (1100, "Vornamen")]),
        (140, [(200, "Oliveira"), (1100, "Mariana")]),
        (220, [(200, "Straße/Weg/Platz der neuen Wohnung"), (1250, "PLZ der neuen Whg."),
               (1850, "Gemeinde/Ort der Wohnung")]),
        (500, [(200, "Schloßstraße"), (1100, "124"), (1255, "44869"), (1855, "Bochum")]),
    ])
    got = values("anmeldung", words)
    # THEN the row is read
    assert got["street"] == "Schloßstraße"
    assert got["postal_code"] == "44869"
    assert got["city"] == "Bochum"


def test_a_dense_grid_of_numbered_labels_with_other_facts_among_them() -> None:
    # GIVEN a crowded registration grid: numbered labels over their values, the previous
    # address asked as "Zuzug von" and marked as not applying, a second foreign address
    # and the date of leaving it, and synonyms ("Postleitbereich", "Gebäude-Nr.")
    words = page([
        (100, [(200, "1 jetziger Familienname"), (900, "2 Vornamen vollständig")]),
        (140, [(200, "Lange"), (900, "Heike Zoë")]),
        (200, [(200, "8 Beziehen der Wohnung am"), (1000, "9 Straße der bezogenen Wohnung"),
               (1900, "10 Gebäude-Nr."), (2350, "11 Postleitbereich der Wohnung"),
               (3250, "12 Gemeindename")]),
        (240, [(200, "05.10.2026"), (1000, "Weißdornweg"), (1900, "154"), (2350, "44653"),
               (3250, "Herne")]),
        (300, [(200, "14 letzte Wohnung im Inland bzw. Zuzug von"),
               (1300, "15 vorletzte Anschrift (Ausland)")]),
        (340, [(200, "Am Bergbaumuseum 93, 97074 Würzburg")]),
        (400, [(200, "16 Wegzug aus dem Ausland am")]),
        (440, [(200, "18.06.2011")]),
    ])
    got = values("anmeldung", words)
    assert got["move_in_date"] == "2026-10-05"
    assert got["street"] == "Weißdornweg"
    assert got["house_number"] == "154"
    assert got["postal_code"] == "44653"
    assert got["city"] == "Herne"
    # THEN the previous address is the one under its label, without the label's "von"
    assert got["previous_address"] == "Am Bergbaumuseum 93, 97074 Würzburg"


def test_the_next_numbered_label_beside_an_empty_field_is_no_value() -> None:
    words = page([
        (100, [(200, "Familienname"), (900, "Lange")]),
        (160, [(200, "14 letzte Wohnung im Inland"), (1300, "15 vorletzte Anschrift (Ausland)")]),
        (200, [(200, "entf.")]),
    ])
    got = values("anmeldung", words)
    assert got.get("previous_address") is None


@pytest.mark.parametrize("label", ["Trauung vollzogen in", "Eheschließungsgemeinde"])
def test_the_place_of_marriage_by_other_words(label: str) -> None:
    words = page([
        (100, [(200, "Eheurkunde")]),
        (160, [(200, "Tag der Eheschließung"), (1100, "1. Mai 1977")]),
        (220, [(200, label), (1100, "Essen")]),
    ])
    assert values("eheurkunde", words)["marriage_place"] == "Essen"


def test_a_field_the_form_marks_as_not_applying_takes_no_weaker_labels_value() -> None:
    # GIVEN a birth name marked as not applying, and earlier names further down
    words = page([
        (100, [(200, "Familienname"), (900, "Geburtsname"), (1500, "Vornamen")]),
        (140, [(200, "Ionescu"), (900, "– entfällt –"), (1500, "Ioana")]),
        (400, [(200, "frühere Namen (mit Zeitraum)")]),
        (440, [(200, "Kravchenko")]),
    ])
    got = values("anmeldung", words)
    # THEN there is no birth name
    assert got["family_name"] == "Ionescu"
    assert "birth_name" not in got


def test_a_compound_naming_the_dwellings_address_and_a_birth_town_beside_it() -> None:
    # GIVEN a vehicle registration asking for the "Lagebezeichnung der Wohnung" beside the
    # holder's birth town
    words = page([
        (100, [(200, "Zulassungsantrag")]),
        (160, [(200, "4 vollständige Lagebezeichnung der Wohnung"),
               (1400, "5 Geburtsgemeinde bzw. -ort")]),
        (200, [(200, "Hauptstraße 91a, 45886 Gelsenkirchen"), (1400, "Duisburg")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["street"] == "Hauptstraße"
    assert got["house_number"] == "91a"
    assert got["postal_code"] == "45886"
    assert got["city"] == "Gelsenkirchen"


def test_certificates_told_in_short_sentences_of_other_orders() -> None:
    # GIVEN certificates whose facts are told in sentences not seen in the tuning layouts
    birth = values("geburtsurkunde", page([
        (100, [(200, "Urkunde über die Geburt")]),
        (160, [(200, "Zeynep Aydin, geboren in Bochum am 25. Juni 2008.")]),
    ]))
    death = values("sterbeurkunde", page([
        (100, [(200, "Sterbeurkunde")]),
        (160, [(200, "Bernd Paul Lange ist am 10.09.2026 in Witten gestorben.")]),
        (220, [(200, "Geburtsdaten: 15.01.1967 in Frankfurt am Main.")]),
        (280, [(200, "Standesamt Witten, Eintrag S 2809/2026.")]),
    ]))
    marriage = values("eheurkunde", page([
        (100, [(200, "EHEURKUNDE")]),
        (160, [(200, "In Dortmund wurde am 24. Apr. 2007 die Ehe zwischen Lea Bärbel Kühn "
                     "und Zoë")]),
        (200, [(200, "Meyer geschlossen.")]),
        (260, [(200, "Lea Bärbel Kühn (geb. 30. März 1951)")]),
        (300, [(200, "Zoë Meyer (geb. 12. Sept. 1980)")]),
        (360, [(200, "Eingetragen beim Standesamt Dortmund unter E 1432/2007.")]),
    ]))
    assert (birth["given_names"], birth["family_name"]) == ("Zeynep", "Aydin")
    assert (birth["place_of_birth"], birth["date_of_birth"]) == ("Bochum", "2008-06-25")
    assert (death["given_names"], death["family_name"]) == ("Bernd Paul", "Lange")
    assert (death["date_of_death"], death["place_of_death"]) == ("2026-09-10", "Witten")
    assert (death["date_of_birth"], death["place_of_birth"]) == ("1967-01-15",
                                                                  "Frankfurt am Main")
    assert death["register_number"] == "S 2809/2026"
    assert (marriage["marriage_place"], marriage["marriage_date"]) == ("Dortmund", "2007-04-24")
    assert (marriage["spouse1_given_names"], marriage["spouse1_family_name"]) == (
        "Lea Bärbel", "Kühn")
    assert (marriage["spouse2_given_names"], marriage["spouse2_family_name"]) == ("Zoë", "Meyer")
    assert marriage["spouse1_date_of_birth"] == "1951-03-30"
    assert marriage["spouse2_date_of_birth"] == "1980-09-12"
    assert marriage["registry_office"] == "Standesamt Dortmund"
    came = values("geburtsurkunde", page([
        (100, [(200, "GEBURTSURKUNDE")]),
        (160, [(200, "Am 24.01.1979 kam in Essen Gisela Nüßlein zur Welt.")]),
    ]))
    assert (came["given_names"], came["family_name"], came["place_of_birth"],
            came["date_of_birth"]) == ("Gisela", "Nüßlein", "Essen", "1979-01-24")
    died = values("sterbeurkunde", page([
        (100, [(200, "Sterbeurkunde")]),
        (160, [(200, "Marie Greta de la Cruz ist am 19. Apr. 2026 in Hattingen gestorben.")]),
        (220, [(200, "Die Person war am 8. Feb. 1931 in Fürth geboren worden.")]),
    ]))
    assert (died["given_names"], died["family_name"]) == ("Marie Greta", "de la Cruz")
    assert (died["date_of_birth"], died["place_of_birth"]) == ("1931-02-08", "Fürth")


def test_a_wrapped_labels_value_beside_its_last_line_in_a_row_but_not_after_a_dash() -> None:
    # GIVEN labels wrapped after an open bracket or "/" in a row of labels, their values
    # beside their last lines; and a label ending in a dash over its value, a remark beside
    words = page([
        (100, [(200, "Straße (Anschrift, ohne"), (1500, "Familienname")]),
        (140, [(200, "Hausnummer)"), (800, "Lindenweg"), (1500, "Fuß")]),
        (200, [(200, "Hausnr. /"), (1100, "Postleitzahl (fünf")]),
        (240, [(200, "Zusatzbuchstabe"), (800, "156"), (1100, "Ziffern)"), (1700, "23568")]),
        (300, [(200, "Vornamen —"), (800, "wie"), (1100, "eingetragen")]),
        (340, [(200, "André"), (1100, "Aufenthaltszweck")]),
    ])
    got = values("anmeldung", words)
    assert got["street"] == "Lindenweg"
    assert got["house_number"] == "156"
    assert got["postal_code"] == "23568"
    assert got["given_names"] == "André"


def test_a_sentence_closed_by_a_colon_says_whose_data_follow() -> None:
    # GIVEN a sponsor's block introduced by one sentence and the applicant's by another that
    # holds a label's word ("Aufenthaltstitel")
    words = page([
        (100, [(200, "Antrag mit Verpflichtungsgeber")]),
        (200, [(200, "Eine Verpflichtungserklärung wurde abgegeben von:")]),
        (260, [(200, "Familienname"), (1100, "Schulze-Höing")]),
        (310, [(200, "Vornamen"), (1100, "Niklas")]),
        (420, [(200, "Der Aufenthaltstitel wird für die folgende Person beantragt:")]),
        (480, [(200, "Familienname"), (1100, "Pereira")]),
        (530, [(200, "Vornamen"), (1100, "Ana")]),
    ])
    # (every type's labels stop a value search, as in the pipeline: "folgende Person" is one)
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"), words,
                                                 stop_labels=ALL_LABELS).items()}
    assert (got["given_names"], got["family_name"]) == ("Ana", "Pereira")


def test_a_role_named_in_a_side_column_governs_the_labels_right_of_it() -> None:
    # GIVEN an agent's block and the holder's block, each role named left of its first label
    words = page([
        (100, [(200, "Zulassungsantrag")]),
        (200, [(200, "Bevollmächtigte/r"), (700, "Familienname"), (1300, "Haddad")]),
        (250, [(700, "Vornamen"), (1300, "Layla")]),
        (300, [(700, "Straße der Wohnanschrift"), (1300, "Hauptstraße")]),
        (400, [(200, "Fahrzeughalter/in"), (700, "Familienname"), (1300, "Hoffmann")]),
        (450, [(700, "Vornamen"), (1300, "Greta")]),
        (500, [(700, "Straße der Wohnanschrift"), (1300, "Rüdesheimer Straße")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("antrag_zulassung"), words,
                                                 stop_labels=ALL_LABELS).items()}
    assert (got["holder_given_names"], got["holder_family_name"]) == ("Greta", "Hoffmann")
    assert got["street"] == "Rüdesheimer Straße"


def test_a_fees_label_left_of_a_row_of_labels_names_no_property_manager() -> None:
    # GIVEN a landlord's form whose row of dwelling labels starts after a fee's label
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Verwaltungsgebühr EUR"), (1000, "Straße der Wohnung"),
               (1700, "Hausnr.")]),
        (250, [(1000, "Höntroper Straße"), (1700, "36")]),
        (300, [(200, "8,80")]),
    ])
    got = {k: v for k, v in extract_fields(get("wohnungsgeberbestaetigung"), words,
                                           stop_labels=ALL_LABELS).items()}
    # THEN the dwelling's street is read, and not doubted as another person's
    assert got["street"].value == "Höntroper Straße"
    assert got["street"].confidence > 0.5


def test_values_printed_before_their_labels() -> None:
    # GIVEN a confirmation sheet that prints each value first and its label after it: after
    # a dash, in brackets (with a small word), or in a right-hand column
    words = page([
        (100, [(200, "Bestätigungsblatt zur Anmeldung")]),
        (160, [(200, "Brüggemann – Nachname der gemeldeten Person")]),
        (210, [(200, "Anna Hannelore – als Vornamen geführt")]),
        (260, [(200, "22. Sept. 1981 – Geburtsdatum der gemeldeten Person")]),
        (310, [(200, "Brückstraße (Straße der gemeldeten Wohnung)")]),
        (360, [(200, "58456 (als Postleitzahl erfasst)")]),
        (410, [(200, "Witten"), (900, "Gemeinde der gemeldeten Wohnung")]),
        (460, [(200, "165"), (900, "Hausnummer der gemeldeten Wohnung")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"]) == ("Brüggemann", "Anna Hannelore")
    assert got["date_of_birth"] == "1981-09-22"
    assert (got["street"], got["house_number"]) == ("Brückstraße", "165")
    assert (got["postal_code"], got["city"]) == ("58456", "Witten")


def test_a_label_after_a_value_in_a_row_of_cells_is_read_only_as_a_row_of_two() -> None:
    # GIVEN an ordinary row of label | value | label | value: the second label's left
    # neighbour is the first label's value, not its own
    words = page([
        (100, [(200, "Familienname"), (700, "Müller"), (1200, "Vornamen"), (1700, "Anna")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"]) == ("Müller", "Anna")


def test_a_role_before_a_label_closed_by_a_colon_is_no_value_before_it() -> None:
    # GIVEN labels that name the child before a dash and close with a colon, values below
    words = page([
        (100, [(200, "Urkunde über eine Geburt")]),
        (160, [(200, "Kind – Name bei der Geburt:")]),
        (200, [(200, "Köhler")]),
        (260, [(200, "Kind – Vornamen (beurkundet):")]),
        (300, [(200, "Renée")]),
        (360, [(200, "Kind – Ort der Geburt (beurkundet):")]),
        (400, [(200, "Herne")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["family_name"], got["given_names"], got["place_of_birth"]) == (
        "Köhler", "Renée", "Herne")


def test_a_town_cut_after_its_particle_in_a_narrow_cell_goes_on_in_the_next_line() -> None:
    got = values("eheurkunde", page([
        (100, [(200, "Eheurkunde")]),
        (200, [(200, "Ort der Eheschließung"), (1100, "Mülheim an")]),
        (250, [(1110, "der Ruhr")]),
        (330, [(200, "Tag der Eheschließung"), (1100, "30.05.1984")]),
    ]))
    assert got["marriage_place"] == "Mülheim an der Ruhr"


def test_a_cards_own_date_is_no_certificates_issue_date() -> None:
    # GIVEN a registry card: the certificate's date under a shortened label, and the date
    # the card itself was made out
    got = extract_fields(get("geburtsurkunde"), page([
        (100, [(200, "Standesamtskartei – Geburt")]),
        (160, [(200, "Fam.-Name"), (700, "Krause")]),
        (220, [(200, "Urk.-Dat."), (700, "11. Apr. 2026")]),
        (400, [(200, "Kt. ausgestellt 14. Okt. 2026")]),
    ]))
    assert got["issue_date"].value == "2026-04-11"


def _small(x: float, y: float, text: str) -> list[Word]:
    """Words in a smaller type than ``page`` sets (a questionnaire's answer line)."""
    return chunk_words(x, y, text, height=30.0)


def test_a_plain_language_questionnaire_is_read_by_its_questions_and_answers() -> None:
    # GIVEN questions in large type, each answered under it in smaller type after a lead-in
    words = page([
        (100, [(200, "Stadt Essen")]),
        (200, [(200, "Anmeldung")]),
        (400, [(200, "1."), (380, "Welchen Familien-Namen haben Sie heute?")]),
        (700, [(200, "2."), (380, "In welchem Ort sind Sie geboren?")]),
        (1000, [(200, "3."), (380, "Wie ist die Adresse?")]),
        (1070, [(380, "Die Straße heißt"), (1700, "Die Haus-Nummer ist")]),
        (1200, [(380, "Die Post-Leit-Zahl ist"), (1100, "Name von dem Ort")]),
        (1400, [(200, "4."), (380, "Wie war Ihre alte Adresse?")]),
    ]) + _small(380, 480, "Meine Antwort: Koch") + _small(380, 780, "Das ist die Antwort: Fürth") \
        + _small(380, 1130, "Fußgängerweg") + _small(1700, 1130, "55") \
        + _small(380, 1260, "45127") + _small(1100, 1260, "Essen") \
        + _small(380, 1480, "Ihre Antwort hier: Brückstraße 114a, 66123 Saarbrücken")
    got = values("anmeldung", words)
    # THEN each answer is its question's value, without its lead-in; "Name von dem Ort" names
    # the town, not the person
    assert (got["family_name"], got["place_of_birth"], got["city"]) == ("Koch", "Fürth", "Essen")
    assert got["previous_address"] == "Brückstraße 114a, 66123 Saarbrücken"


def test_questions_in_plain_words_ask_for_their_fields() -> None:
    words = page([
        (100, [(200, "Anmeldung einer Wohnung")]),
        (200, [(200, "In welcher Stadt bzw. Gemeinde kamen Sie zur Welt? *")]),
        (260, [(220, "Fürth")]),
        (360, [(200, "Welche Nummer hat das Haus?")]),
        (420, [(220, "59c")]),
        (520, [(200, "Ist die Person ein Mädchen oder ein Junge?")]),
        (580, [(220, "☐ ein Mädchen")]),
        (640, [(220, "☒ ein Junge")]),
    ])
    got = values("anmeldung", words)
    assert (got["place_of_birth"], got["house_number"], got["sex"]) == ("Fürth", "59c", "M")


def test_a_question_asking_when_or_where_has_its_answer_under_its_start() -> None:
    # GIVEN numbered questions whose wordings stand at their end, answers under their start
    words = page([
        (100, [(200, "Ihre Ehe-Urkunde – einfach erklärt")]),
        (200, [(200, "Frage Nummer 1: Wann haben die beiden geheiratet?")]),
        (260, [(200, "Mittwoch, 10. Juli 1991")]),
        (360, [(200, "Frage Nummer 2: Wo haben die beiden geheiratet?")]),
        (420, [(200, "Hattingen")]),
        (520, [(200, "Wann ist die erste Person geboren?")]),
        (580, [(230, "06"), (520, "09"), (850, "1946")]),
        (640, [(200, "Tag"), (500, "Monat"), (830, "Jahr")]),
        (740, [(200, "Wann hat das Standes-Amt die Urkunde ausgestellt?")]),
        (800, [(200, "Sonntag, 10. Mai 2026")]),
    ])
    got = values("eheurkunde", words)
    # THEN a weekday before a date is no place of signing ("Sonntag, 10. Mai 2026")
    assert (got["marriage_date"], got["marriage_place"]) == ("1991-07-10", "Hattingen")
    assert (got["spouse1_date_of_birth"], got["issue_date"]) == ("1946-09-06", "2026-05-10")


def test_a_question_wrapped_onto_the_next_line_is_asked_whole() -> None:
    # GIVEN a numbered question whose last word wraps, a hint, then each tenant under a
    # caption of its own
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Frage Nr. 6: Welche Personen wohnen jetzt neu in der")]),
        (250, [(200, "Wohnung?")]),
        (330, [(200, "Schreiben Sie Vor-Name und Nach-Name von jeder Person auf.")]),
        (400, [(200, "Name von Person 1")]),
        (450, [(200, "Wei Yang")]),
        (530, [(200, "Name von Person 2")]),
        (580, [(200, "Jun Yang")]),
        (660, [(200, "Name von Person 3")]),
        (710, [(200, "Fang Yang")]),
        (900, [(200, "An welchem Tag ist die Person in die Wohnung")]),
        (950, [(200, "eingezogen?")]),
        (1020, [(200, "03.10.2026")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Wei Yang", "Jun Yang", "Fang Yang"]
    assert got["move_in_date"] == "2026-10-03"


def test_a_label_under_its_question_does_not_make_a_caption_form() -> None:
    # GIVEN a letter in plain words whose few set-out labels stand over questions in larger
    # type, and answers a little smaller than the questions
    words = chunk_words(200, 100, "Standesamt Bochum", height=48.0) \
        + chunk_words(200, 160, "Ihr Amt in der Stadt", height=40.0) \
        + chunk_words(200, 300, "Welchen Familien-Namen hat das Kind?", height=60.0) \
        + chunk_words(200, 380, "Meine Antwort: Schmidt", height=50.0) \
        + chunk_words(200, 500, "Welches Standes-Amt hat die Urkunde ausgestellt?", height=60.0) \
        + chunk_words(200, 580, "Standesamt Bochum", height=50.0) \
        + chunk_words(200, 660, "Welche Nummer hat der Eintrag?", height=60.0) \
        + chunk_words(200, 740, "G 321/2010", height=50.0) \
        + chunk_words(200, 860, "Geburts-Urkunde", height=60.0)
    got = values("geburtsurkunde", words)
    assert got["family_name"] == "Schmidt"


def test_options_end_where_the_next_question_is_asked() -> None:
    # GIVEN a question's options, then the next question and an address under it
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "10 Was für eine Wohnung ist das für Sie?")]),
        (260, [(220, "☐ Ja. Hier wohne ich meistens. Das ist meine Haupt-Wohnung.")]),
        (320, [(220, "☒ ☐ Nein. Ich wohne meistens woanders. Das ist eine Neben-Wohnung.")]),
        (420, [(200, "11 Wo haben Sie vor dem Umzug gewohnt?")]),
        (480, [(220, "Am Bergbaumuseum 31, 45481 Mülheim an der Ruhr")]),
    ])
    got = values("anmeldung", words)
    assert got["dwelling"] == "secondary"
    assert got["previous_address"] == "Am Bergbaumuseum 31, 45481 Mülheim an der Ruhr"


def test_the_town_of_the_dwelling_is_no_street() -> None:
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Frage Nr. 4: In welcher Straße ist die Wohnung?")]),
        (260, [(200, "Das ist die Antwort: Universitätsstraße")]),
        (360, [(200, "Frage Nr. 7: Wie heißt der Ort von der Wohnung?")]),
        (420, [(200, "Das ist die Antwort: Bochum")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert (got.get("street"), got.get("city")) == ("Universitätsstraße", "Bochum")


def test_a_copy_made_out_later_keeps_the_certificates_listed_date() -> None:
    # GIVEN an extract that lists the date of issue among its data (value before label) and
    # closes with the date the copy was made out
    words = page([
        (100, [(200, "Abschrift aus dem Eheregister")]),
        (200, [(200, "Richter"), (1300, "Nachname der gemeldeten Person")]),
        (260, [(200, "Lea Marie"), (1300, "als Vornamen geführt")]),
        (320, [(200, "1998-01-16"), (1300, "als Geburtstag eingetragen")]),
        (400, [(200, "Standesamt Gelsenkirchen"), (1300, "als beurkundende Stelle vermerkt")]),
        (460, [(200, "E 896/2022"), (1300, "als Registernummer vermerkt")]),
        (520, [(200, "2026-05-16"), (1300, "als Ausstellungstag vermerkt")]),
        (600, [(200, "Diese Abschrift gibt den Registereintrag richtig wieder.")]),
        (680, [(200, "ausgefertigt in Gelsenkirchen am 2026-10-29")]),
    ])
    got = values("eheurkunde", words)
    assert got["issue_date"] == "2026-05-16"


def test_a_hint_that_tells_of_the_address_is_no_label() -> None:
    # GIVEN a question, its hint naming the address in a sentence, then the answer
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "8"), (300, "Wie ist Ihre neue Adresse?")]),
        (260, [(300, "Die Adresse steht auch auf dem Brief-Kasten.")]),
        (320, [(300, "Wittener Straße 28, 80469 München")]),
    ])
    got = values("anmeldung", words)
    assert (got.get("street"), got.get("city")) == ("Wittener Straße", "München")


def test_a_birthplace_label_names_no_town_of_residence() -> None:
    # GIVEN a person's birthplace under two wordings, one remark under a label of birth, and
    # the address of residence last
    words = page([
        (100, [(200, "Antrag auf einen Aufenthaltstitel")]),
        (200, [(200, "Geburtsort/Ort der Geburt"), (1000, "Charkiw")]),
        (300, [(200, "geboren in")]),
        (345, [(200, "(Gemeinde, ggf."), (1000, "Dortmund")]),
        (390, [(200, "Staat)")]),
        (480, [(200, "Anschrift: PLZ und Ort"), (1000, "45879 Gelsenkirchen")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["city"] == "Gelsenkirchen"


def test_the_day_a_copy_was_made_out_yields_no_more_to_its_closing_line() -> None:
    # GIVEN the copy's own date among its data, and a closing formula with a later date
    words = page([
        (100, [(200, "Abschrift aus dem Eheregister")]),
        (200, [(200, "Richter"), (1300, "Nachname der gemeldeten Person")]),
        (260, [(200, "Lea Marie"), (1300, "als Vornamen geführt")]),
        (320, [(200, "1998-01-16"), (1300, "als Geburtstag eingetragen")]),
        (400, [(200, "Standesamt Hattingen"), (1300, "als beurkundende Stelle vermerkt")]),
        (460, [(200, "E 896/2022"), (1300, "als Registernummer vermerkt")]),
        (520, [(200, "2026-05-28"), (1300, "Tag, an dem diese Abschrift erstellt wurde")]),
        (600, [(200, "Diese Abschrift gibt den Registereintrag richtig wieder.")]),
        (680, [(200, "ausgefertigt in Hattingen am 2026-10-07")]),
    ])
    assert values("eheurkunde", words)["issue_date"] == "2026-05-28"


def test_a_signature_line_giving_the_named_date_itself_yields_nothing() -> None:
    # GIVEN a register print: the copy's date under a wording of its own, the marriage's
    # date after a bare "Datum" that its event names, and the signature line with the copy's
    words = page([
        (100, [(200, "Standesamt Bochum")]),
        (200, [(200, "[0102]"), (400, "Registernummer (Eintrag):"), (1150, "E 188/2020")]),
        (270, [(200, "[0103]"), (400, "Ausfertigungsdatum (Registerausdruck):"),
               (1150, "10.09.2026")]),
        (380, [(200, "[0201]"), (400, "Eheschließung: Datum (Tag):"), (1150, "31.03.2020")]),
        (450, [(200, "[0202]"), (400, "Eheschließung: Ort:"), (1150, "Bochum")]),
        (700, [(200, "Bochum, 10.09.2026")]),
    ])
    got = values("eheurkunde", words)
    assert (got["issue_date"], got["marriage_date"]) == ("2026-09-10", "2020-03-31")


def test_a_list_of_names_reads_no_footer_after_it() -> None:
    # GIVEN tenants listed one a line, then a portal's footer links
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Einziehende Personen")]),
        (260, [(220, "Ryan Brown")]),
        (320, [(220, "Ashley Brown")]),
        (500, [(220, "Leichte Sprache Portal")]),
        (560, [(220, "Ein Angebot der Stadt Herne")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == ["Ryan Brown",
                                                                         "Ashley Brown"]


def test_values_on_stickers_beside_their_labels() -> None:
    # GIVEN a form whose labels say where a sticker goes, and stickers set off right of
    # them, a little lower; the address on two lines
    words = page([
        (100, [(200, "Meldeschein Zuzug (Etikettenformular)")]),
        (200, [(200, "1 Familienname (Klebefeld)"), (900, "Çelik")]),
        (300, [(200, "2 sämtliche Vornamen – Etikett")]),
        (320, [(950, "Hüseyin")]),
        (420, [(200, "9 Einzugsdatum (Klebefeld)"), (940, "2026 10 23")]),
        (520, [(200, "10 Anschrift (Klebefeld)")]),
        (545, [(960, "Kortumstraße 121")]),
        (595, [(960, "45525 Hattingen")]),
    ])
    got = values("anmeldung", words)
    assert (got["given_names"], got["move_in_date"]) == ("Hüseyin", "2026-10-23")
    assert (got["street"], got["house_number"]) == ("Kortumstraße", "121")
    assert (got["postal_code"], got["city"]) == ("45525", "Hattingen")


def test_a_plain_language_form_with_its_values_beside_wrapped_questions() -> None:
    # GIVEN questions wrapped over two lines, each answer beside the question's first line
    words = page([
        (100, [(200, "Anmeldung von Ihrer Wohnung")]),
        (160, [(200, "Bestätigung in")]),
        (210, [(200, "Leichter Sprache")]),
        (300, [(200, "Sind Sie eine Frau oder ein"), (1500, "weiblich")]),
        (350, [(200, "Mann?")]),
        (450, [(200, "8. Seit welchem Tag wohnen Sie"), (1500, "27.09.2026")]),
        (500, [(330, "in der neuen Wohnung?")]),
    ])
    got = values("anmeldung", words)
    assert (got["sex"], got["move_in_date"]) == ("F", "2026-09-27")


def test_a_title_in_plain_language_names_no_landlord() -> None:
    words = page([
        (100, [(200, "Wohnungsgeberbestätigung")]),
        (200, [(200, "Fragebogen für Vermieter – in")]),
        (260, [(200, "Leichter Sprache")]),
        (400, [(200, "Frage Nr. 1: Wie heißen Sie als Vermieter? Oder: Wie heißt")]),
        (450, [(200, "Ihre Firma?")]),
        (550, [(200, "Gebr. Schäfer Immobilien GmbH")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["landlord_name"] == \
        "Gebr. Schäfer Immobilien GmbH"


@pytest.mark.parametrize("label", ["PLZ/Stadt:", "Postleitzahl / Gemeinde", "PLZ u. Wohnort:"])
def test_a_postal_code_and_town_under_one_label_said_with_another_word_for_town(
        label: str) -> None:
    # GIVEN the value under its label in one cell, and the value beside it
    under = page([(100, [(200, "Straße und Hausnummer"), (1200, label)]),
                  (160, [(200, "Kirchplatz 23"), (1200, "45883 Gelsenkirchen")])])
    beside = page([(100, [(200, "Str./Hs.-Nr.: Kirchplatz 23")]),
                   (160, [(200, f"{label} 45883 Gelsenkirchen")])])
    for words in (under, beside):
        got = values("anmeldung", words)
        # THEN both parts are read from it
        assert got["postal_code"] == "45883"
        assert got["city"] == "Gelsenkirchen"


def test_a_house_number_after_the_street_under_a_label_asking_only_the_street() -> None:
    # GIVEN a street's label that asks for the street alone, its value with the number
    words = page([(100, [(200, "Tag des Zuzugs"), (1200, "16. Oktober 2026")]),
                  (160, [(200, "gelegen in der Straße"), (1200, "Castroper Straße 118")]),
                  (220, [(200, "PLZ nebst Gemeinde"), (1200, "44795 Bochum")])])
    got = values("wohnungsgeberbestaetigung", words)
    # THEN the number after the street's name is the house number
    assert got["street"] == "Castroper Straße"
    assert got["house_number"] == "118"


def test_a_receipts_shortened_house_number_key() -> None:
    words = page([(100, [(200, "STRASSE (NEU)...: Im Düsterfeld")]),
                  (160, [(200, "HNR/ZUSATZ......: 103")]),
                  (220, [(200, "PLZ.............: 44793")])])
    assert values("anmeldung", words)["house_number"] == "103"


def _paragraph(lines: list[str], y: float, first_x: float = 322.0, x0: float = 260.0
               ) -> list[Word]:
    """A justified paragraph: every line but the last spread from the left margin (the
    first indented) to the block's right edge, 56 px apart."""
    rows = [(first_x if n == 0 else x0, text.split()) for n, text in enumerate(lines)]
    widths = [[0.7 * chunk_words(0, 0, t)[0].x1 for t in tokens] for _, tokens in rows]
    edge = max(start + sum(ws) + 14 * (len(ws) - 1) for (start, _), ws in zip(rows, widths,
                                                                            strict=True))
    out: list[Word] = []
    for n, ((start, tokens), ws) in enumerate(zip(rows, widths, strict=True)):
        space = (edge - start - sum(ws)) / max(1, len(ws) - 1) if n + 1 < len(rows) else 14.0
        x = start
        for t, width in zip(tokens, ws, strict=True):
            out.append(Word(t, (x, y, x + width, y + 40), 1.0, 1))
            x += width + space
        y += 56
    return out


def test_run_in_labels_of_a_paragraph_end_their_values_at_commas_and_line_breaks() -> None:
    # GIVEN a certificate's paragraph that runs label and value on with commas, a value
    # cut by the line's end (a name's hyphen) and a label ending its line
    words = _paragraph([
        "Angabe des Familiennamens Overbeck, Angabe der Vornamen Karl-",
        "Heinz, Angabe des Geburtsnamens Lange, Angabe des Geburtstages",
        "13. Februar 1972, Angabe des Geburtsortes Leipzig, Angabe der",
        "Staatsangehörigkeit deutsch. Die Angaben sind vollständig."], 1085) + page([
        (2058, [(260, "So geschehen in Hattingen, am 26. Oktober 2026")])])
    got = values("anmeldung", words)
    assert got["family_name"] == "Overbeck"
    assert got["given_names"] == "Karl-Heinz"
    assert got["date_of_birth"] == "1972-02-13"
    assert got["place_of_birth"] == "Leipzig"
    assert got["nationality"] == "DEU"


def test_run_in_labels_in_capitals_end_their_values_at_semicolons_and_dashes() -> None:
    words = _paragraph([
        "FAMILIENNAME (NACH DEM REGISTER) Lange; VORNAMEN (NACH",
        "DEM REGISTER) Till; GEBURTSORT (NACH DEM REGISTER) Gladbeck; GE-",
        "SCHLECHT männlich; STAATSANGEHÖRIGKEIT (NACH DEM AUSWEIS)",
        "deutsch. Passnummer (nach der Datenseite) A05155134 – Angabe der Pass-",
        "gültigkeit 11. Februar 2028."], 1202, first_x=412, x0=351)
    got = values("aufenthaltstitel_antrag", words)
    assert got["family_name"] == "Lange"
    assert got["place_of_birth"] == "Gladbeck"
    assert got["passport_number"] == "A05155134"


def test_a_value_whose_word_the_lines_end_broke_is_read_whole() -> None:
    # GIVEN a landlord's address in the value column, hyphenated at its line's end
    words = page([
        (1031, [(512, "Wohnungsgeber (nach dem Vertrag)"), (1326, "VBW Bauen und Wohnen GmbH")]),
        (1091, [(512, "Anschrift des Wohnungsgebers"),
                (1326, "Rüdesheimer Straße 136, 49078 Osna-")]),
        (1142, [(1326, "brück")]),
        (1202, [(512, "Einzugstag"), (1326, "25. September 2026")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_address"] == "Rüdesheimer Straße 136, 49078 Osnabrück"


def test_a_towns_administration_in_the_letterhead_names_no_other_party() -> None:
    # GIVEN a landlord's confirmation printed by the town ("Stadtverwaltung" holds the
    # stem of a property manager, "Verwaltung")
    words = page([
        (286, [(886, "STADTVERWALTUNG HATTINGEN")]),
        (400, [(512, "Erklärung des Wohnungsgebers über den Einzug")]),
        (1031, [(512, "Wohnungsgeber (nach dem Vertrag)"), (1326, "VBW Bauen und Wohnen GmbH")]),
        (1091, [(512, "Anschrift des Wohnungsgebers"),
                (1326, "Rüdesheimer Straße 136, 49078 Osnabrück")]),
        (1202, [(512, "Einzugstag"), (1326, "25. September 2026")]),
    ])
    result = extract_fields(get("wohnungsgeberbestaetigung"), words)
    # THEN the landlord's name is read as surely as the rest
    assert result["landlord_name"].value == "VBW Bauen und Wohnen GmbH"
    assert result["landlord_name"].confidence >= 0.6


def test_a_birthplaces_label_with_its_glosses_is_no_towns_label() -> None:
    words = page([
        (796, [(60, "Geburt – Gemeinde/Ort · Birthplace · Lieu de naissance"),
               (1700, "Chennai")]),
        (1094, [(60, "Straße/Haus-Nr. (Wohnanschrift) · Street and house no."),
                (1700, "Alleestraße 94")]),
        (1208, [(60, "PLZ/Gemeinde (Wohnanschrift) · Postal code and town"),
                (1700, "44805 Bochum")]),
    ])
    got = values("aufenthaltstitel_antrag", words)
    assert got["place_of_birth"] == "Chennai"
    assert got["city"] == "Bochum"


def _row(text: str, x: float, y: float, h: float) -> list[Word]:
    """A line of words ``h`` pixels tall at ``(x, y)``, each letter half as wide as tall."""
    out, width = [], 0.5 * h
    for token in text.split():
        out.append(Word(token, (x, y, x + width * len(token), y + h), 1.0, 1))
        x += width * len(token) + 0.3 * h
    return out


def test_captions_under_values_told_by_a_sections_ends_where_the_gaps_are_alike() -> None:
    # GIVEN values printed over small captions that go on with remarks, the gap over each
    # caption about as wide as the gap under it, in sections opened by numbered headings
    words = (_row("I. Einzelangaben zur meldepflichtigen Person", 240, 500, 43)
             + _row("Schulz", 290, 569, 42)
             + _row("Zuname (Familienname) nach dem Familienbuch", 240, 630, 32)
             + _row("Hans-Peter", 290, 685, 42)
             + _row("Vornamen (sämtliche, Rufname unterstrichen)", 240, 745, 32)
             + _row("Bielefeld", 290, 801, 42)
             + _row("Geburtsort (Gemeinde, Kreis, ggf. Staat)", 240, 861, 32)
             + _row("deutsch", 290, 916, 42)
             + _row("Staatsangehörigkeit(en) lt. Heimatpaß", 240, 976, 32)
             + _row("II. Einzelangaben zur bezogenen Wohnung", 240, 1056, 43)
             + _row("Ümminger Straße 55, 44791 Bochum", 290, 1125, 42)
             + _row("Anschrift (Straße, Haus-Nr., Postleitzahl, Gemeinde)", 240, 1185, 32)
             + _row("III. Einzelangaben zur aufgegebenen Wohnung", 240, 1265, 43)
             + _row("Castroper Straße 28, 45128 Essen", 290, 1334, 42)
             + _row("bisherige Wohnung (Straße, Nr., Postleitzahl, Gemeinde)", 240, 1394, 32))
    got = values("anmeldung", words)
    # THEN each caption's value is the one over it
    assert got["family_name"] == "Schulz"
    assert got["given_names"] == "Hans-Peter"
    assert got["place_of_birth"] == "Bielefeld"
    assert got["street"] == "Ümminger Straße"
    assert got["city"] == "Bochum"


def test_a_remark_between_dashes_is_the_labels_and_a_date_in_words_may_wrap() -> None:
    # GIVEN labels with a writing hint between dashes ("– in Druckbuchstaben –", whose
    # "– in" is no feminine ending) and a date of birth written out in words over two lines,
    # the hint's closing dash alone on the second
    words = page([
        (653, [(265, "Familienname – in Druckbuchstaben –"), (1700, "Tüselmann")]),
        (724, [(265, "Vornamen – in Druckbuchstaben –"), (1700, "Heike")]),
        (795, [(265, "Tag, Monat, Jahr der Geburt – ausgeschrieben"),
               (1700, "sechsundzwanzigster November")]),
        (834, [(265, "–"), (1700, "eintausendneunhundertzweiundsechzig")]),
        (919, [(265, "Anschrift – in Druckbuchstaben –"),
               (1700, "Alleestraße 164, 44139 Dortmund")]),
        (1654, [(265, "Kontoinhaber – in Druckbuchstaben –"), (1700, "Heike Tüselmann")]),
        (2093, [(253, "Geschehen in Dortmund am siebten Oktober zweitausendsechsundzwanzig")]),
    ])
    got = values("antrag_zulassung", words)
    assert got["holder_family_name"] == "Tüselmann"
    assert got["holder_given_names"] == "Heike"
    assert got["holder_date_of_birth"] == "1962-11-26"
    assert got["street"] == "Alleestraße"
    assert got["account_holder"] == "Heike Tüselmann"


def test_captions_under_values_closer_to_the_value_over_them_than_to_the_next() -> None:
    # GIVEN values over captions with dashed hints, the caption a little closer to the value
    # over it than to the next value, sections opened by a wider space, not a heading's words
    words = (_row("Erster Teil des Vordrucks: Antragsteller", 256, 531, 43)
             + _row("Tran", 306, 605, 42)
             + _row("Familienname – in Druckbuchstaben –", 256, 669, 32)
             + _row("Ngoc Anh", 306, 729, 42)
             + _row("Vornamen – in Druckbuchstaben –", 256, 792, 32)
             + _row("Hanoi", 306, 975, 42)
             + _row("Ort der Geburt – in Druckbuchstaben –", 256, 1039, 32)
             + _row("vietnamesisch", 306, 1099, 42)
             + _row("Staatsangehörigkeit – ausgeschrieben –", 256, 1163, 32)
             + _row("Zweiter Teil des Vordrucks: Inlandsanschrift", 256, 1248, 43)
             + _row("Ümminger Straße", 306, 1323, 42)
             + _row("Straße – in Druckbuchstaben –", 256, 1386, 32)
             + _row("138", 306, 1446, 42)
             + _row("Hausnummer – in Ziffern –", 256, 1510, 32)
             + _row("45527", 306, 1569, 42)
             + _row("Postleitzahl – in Ziffern –", 256, 1633, 32)
             + _row("Hattingen", 306, 1693, 42)
             + _row("Gemeinde – in Druckbuchstaben –", 256, 1757, 32))
    got = values("aufenthaltstitel_antrag", words)
    assert got["family_name"] == "Tran"
    assert got["given_names"] == "Ngoc Anh"
    assert got["place_of_birth"] == "Hanoi"
    assert got["house_number"] == "138"
    assert got["postal_code"] == "45527"


def test_a_certificates_prose_with_its_dates_in_words() -> None:
    # GIVEN a birth certificate whose title and name are set large over running text: the
    # register number after a hint between dashes, the birth told in words ("kam am elften
    # Juli zweitausendsieben in Hattingen zur Welt"), the sex as "ein Mädchen", the parents
    # in one sentence
    words = (_row("Standesamt Hattingen", 282, 191, 41)
             + _row("Registernummer – in Ziffern – G 80/2007", 1300, 191, 41)
             + _row("Geburtsurkunde – Abschrift des Eintrags im Geburtenbuch", 284, 324, 70)
             + _row("Nüßlein, Emilia", 1005, 481, 60)
             + _row("Zuname, Vornamen lt. Buch", 1039, 555, 37)
             + _row("kam am elften Juli zweitausendsieben in Hattingen zur Welt.", 282, 660, 51)
             + _row("Das Kind ist ein Mädchen und erhielt die obigen Vornamen.", 282, 754, 51)
             + _row("Eltern: die Mutter Renate Bauer, der Vater Karl-Heinz Nüßlein.", 282, 848,
                   51)
             + _row("Änderungen der Eintragung: keine", 282, 928, 43)
             + _row("Hattingen, den neunten August zweitausendsechsundzwanzig", 282, 1045, 51))
    got = values("geburtsurkunde", words)
    assert got["register_number"] == "G 80/2007"
    assert got["date_of_birth"] == "2007-07-11"
    assert got["place_of_birth"] == "Hattingen"
    assert got["sex"] == "F"
    assert got["mother_name"] == "Renate Bauer"
    assert got["father_name"] == "Karl-Heinz Nüßlein"


def test_a_household_members_or_a_childs_birthday_is_not_the_registering_persons() -> None:
    words = page([
        (328, [(99, "4 Datum der Geburt, vollständig"), (1500, "5 Geburtsgemeinde bzw. -ort")]),
        (380, [(120, "02.09.1992"), (1520, "Bochum")]),
        (1120, [(99, "25 Haushaltsmitglied – geb."), (1251, "32 minderjähriges Kind, geb.")]),
        (1170, [(120, "01.03.1996"), (1270, "25.01.2011")]),
        (1342, [(99, "39 Kind – Geburtstag")]),
        (1392, [(120, "28.02.2018")]),
    ])
    assert values("anmeldung", words)["date_of_birth"] == "1992-09-02"


def test_a_certified_copy_of_an_old_marriage_entry_with_a_marginal_correction() -> None:
    """GIVEN a certified copy of a marriage register's entry: the spouses on lines of their
    own (family name first, the first one's line wrapping), the date and place in the
    register's opening formula, and a marginal note that corrects the second spouse's given
    names THEN each spouse keeps their own names and the note's value wins over the entry."""
    words = page([
        (100, [(200, "Beglaubigte Abschrift aus dem Heiratsbuch")]),
        (200, [(200, "Vor dem Standesbeamten erschienen heute zum Zwecke der Eheschließung")]),
        (260, [(200, "die Verlobten in Hagen am 7. 3. 1986:")]),
        (340, [(200, "Kaminski, Ewa, geb. 2. Mai 1960, geboren zu Krakau (laut")]),
        (400, [(200, "Heiratsbuch).")]),
        (480, [(200, "ter Horst, Jan, geb. 30. Juni 1958.")]),
        (580, [(200, "Randvermerk: Berichtigt am 4. 4. 2001: der Vorname des zweiten")]),
        (640, [(200, "Ehegatten lautet richtig Johannes.")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse1_given_names"],
            got["spouse1_date_of_birth"]) == ("Kaminski", "Ewa", "1960-05-02")
    assert (got["spouse2_family_name"], got["spouse2_given_names"],
            got["spouse2_date_of_birth"]) == ("ter Horst", "Johannes", "1958-06-30")
    assert (got["marriage_date"], got["marriage_place"]) == ("1986-03-07", "Hagen")


def test_spouses_named_first_name_first_after_the_register_formula() -> None:
    """GIVEN "Die Nachstehenden haben am … in … vor dem Standesbeamten die Ehe geschlossen"
    (a date whose month follows its day's dot unspaced) and the spouses each on a line
    with their birth THEN the date, the place and both spouses are read."""
    words = page([
        (100, [(200, "Heiratseintrag")]),
        (200, [(200, "Die nachstehend Genannten haben am 9.Mai 1991 in Unna vor dem")]),
        (260, [(200, "Standesbeamten die Ehe geschlossen:")]),
        (340, [(200, "Olga Petrenko, geboren am 1.März 1966, gebürtig aus Lwiw.")]),
        (420, [(200, "Malte Brinkmann, geboren am 17.Juli 1963.")]),
    ])
    got = values("eheurkunde", words)
    assert (got["marriage_date"], got["marriage_place"]) == ("1991-05-09", "Unna")
    assert (got["spouse1_given_names"], got["spouse1_family_name"]) == ("Olga", "Petrenko")
    assert (got["spouse2_given_names"], got["spouse2_family_name"]) == ("Malte", "Brinkmann")
    assert got["spouse2_date_of_birth"] == "1963-07-17"


def test_a_birth_register_entry_told_by_the_mother_with_later_marginal_notes() -> None:
    """GIVEN a birth register's entry in its formula ("In … wurde am … von <mother> ein Kind
    weiblichen Geschlechts geboren, das die Vornamen … erhalten hat") and marginal notes
    that give the child a new family name and correct its given name THEN the formula's
    facts are read and the notes' values are the child's."""
    words = page([
        (100, [(200, "Beglaubigte Abschrift – Geburtseintrag")]),
        (200, [(200, "In Soest wurde am 12.02.1994 von Dilara Yıldız ein Kind weiblichen")]),
        (260, [(200, "Geschlechts geboren, das die Vornamen Elif erhalten hat.")]),
        (340, [(200, "Familienname des Kindes: Brandt")]),
        (440, [(200, "Vermerke am Rande des Eintrags:")]),
        (500, [(200, "1. Das Kind führt auf Grund der Erklärung vom 3. 5. 1995 den")]),
        (560, [(200, "Familiennamen Yıldız.")]),
        (620, [(200, "2. Der Vorname des Kindes ist durch Beschluß vom 1. 9. 2001")]),
        (680, [(200, "berichtigt in: Elif Su.")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["place_of_birth"], got["date_of_birth"], got["sex"]) == ("Soest", "1994-02-12", "F")
    assert got["mother_name"] == "Dilara Yıldız"
    assert (got["family_name"], got["given_names"]) == ("Yıldız", "Elif Su")


def test_a_mother_who_bore_the_child_tells_the_entry() -> None:
    words = page([
        (100, [(200, "Geburtseintrag")]),
        (200, [(200, "Renate Vogt, wohnhaft in Lünen, hat am 30.11.1979 in Dortmund ein")]),
        (260, [(200, "Kind männlichen Geschlechtes geboren. Das Kind hat die Vornamen Timo Jan")]),
        (320, [(200, "erhalten. Das Kind führt den Familiennamen Vogt.")]),
    ])
    got = values("geburtsurkunde", words)
    assert (got["mother_name"], got["date_of_birth"], got["place_of_birth"],
            got["sex"]) == ("Renate Vogt", "1979-11-30", "Dortmund", "M")
    assert (got["given_names"], got["family_name"]) == ("Timo Jan", "Vogt")


def _captioned_form(*rows: tuple[str, str | None, str]) -> list[Word]:
    """A form of small captions (27 px), each with a smaller translation in lower case
    under it (25 px) and a typed value (39 px) under that."""
    words: list[Word] = []
    y = 300.0
    for caption, gloss, value in rows:
        words += _row(caption, 250, y, 27)
        if gloss is not None:
            words += _row(gloss, 250, y + 32, 25)
        words += _row(value, 250, y + 74, 39)
        y += 160
    return words


def test_a_translation_under_each_caption_is_neither_value_nor_next_label() -> None:
    """GIVEN a bilingual form: each small German caption has its Italian translation set
    smaller under it, and the typed value under both THEN each value is read (not the
    translation, not joined with it), and the page counts as a caption form."""
    words = _row("Bestätigung des Unterkunftgebers", 250, 120, 50) + _captioned_form(
        ("Name des Unterkunftgebers", "nome di chi dà alloggio", "Greta Unterkircher"),
        ("Anschrift des Unterkunftgebers", "indirizzo di chi dà alloggio",
         "Lauben 12, 39100 Bozen"),
        ("Unterkunft bezogen am", "data di presa alloggio", "01.10.2026"),
        ("Straße", "via, piazza", "Kortumstraße"),
        ("Hausnummer", "numero civico", "14"),
        ("Postleitzahl", "codice di avviamento postale", "44787"),
        ("Ort", "comune", "Bochum"),
        ("Unterkunftnehmer (Vor- und Familienname)", "persona alloggiata", "Lea Brandt"),
    )
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Greta Unterkircher"
    assert got["landlord_address"] == "Lauben 12, 39100 Bozen"
    assert got["move_in_date"] == "2026-10-01"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Kortumstraße", "14", "44787", "Bochum")
    assert got["tenant_names"] == ["Lea Brandt"]


def test_one_caption_repeated_down_the_page_with_a_person_under_each() -> None:
    """GIVEN the persons moving in listed as one caption repeated down a column, one name
    under each, and the signature's place and date under the last THEN the list holds every
    person and nothing of the line under the last cell."""
    words = (_row("Wohnungsgeberbestätigung", 250, 120, 50)
             + _captioned_form(("Name des Wohnungsgebers", None, "Karl Reuter"),
                               ("Anschrift des Wohnungsgebers", None, "Ring 3, 44787 Bochum"),
                               ("Einzug am", None, "01.10.2026"),
                               ("Anschrift der Wohnung", None, "Kortumstraße 14, 44787 Bochum"),
                               ("Mitbewohner (Vor- und Familienname)", None, "Lea Brandt"),
                               ("Mitbewohner (Vor- und Familienname)", None, "Jan Brandt"),
                               ("Mitbewohner (Vor- und Familienname)", None, "Ole Brandt"))
             + _row("Mülheim an der Ruhr, den 02.10.2026", 250, 1470, 39))
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Lea Brandt", "Jan Brandt", "Ole Brandt"]


def test_an_old_landlords_certificate_names_him_the_hauswirt() -> None:
    """GIVEN an older form's "Bescheinigung des Hauswirts": the landlord's dwelling as his
    address, the rented flat's street spelt with "ss", and one numbered row per person moving
    in (a two-digit number shares the wording's segment) THEN the landlord's address is not
    the flat's, and every person is listed."""
    words = page([
        (100, [(600, "BESCHEINIGUNG DES HAUSWIRTS ÜBER DEN EINZUG")]),
        (200, [(200, "I. Hauswirt")]),
        (280, [(200, "1"), (260, "Name des Hauswirts"), (1500, "Ilse Marquardt")]),
        (360, [(200, "2"), (260, "Wohnung des Hauswirts (Ort, Strasse, Nr.)"),
               (1500, "Lindenallee 9, 58452 Witten")]),
        (460, [(200, "II. Wohnung")]),
        (540, [(200, "3"), (260, "Tag des Einzugs"), (1500, "01.09.2026")]),
        (620, [(200, "4"), (260, "Strasse, Hausnummer"), (1500, "Kreuzstrasse 4")]),
        (700, [(200, "5"), (260, "Postleitzahl, Wohnort"), (1500, "58453 Witten")]),
        (800, [(200, "III. Eingezogene Personen")]),
        (880, [(200, "9"), (260, "Einziehende"), (1500, "Nele Sander")]),
        (960, [(200, "10 Einziehende"), (1500, "Ben Sander")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert got["landlord_name"] == "Ilse Marquardt"
    assert got["landlord_address"] == "Lindenallee 9, 58452 Witten"
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Kreuzstrasse", "4", "58453", "Witten")
    assert got["tenant_names"] == ["Nele Sander", "Ben Sander"]


def test_an_austrian_registration_slip() -> None:
    """GIVEN an Austrian registration slip: the name before the first marriage, the street's
    label with its remark "bzw. Ort ohne Straßennamen", the previous address with stair and
    door and a four-digit postal code, and the main residence asked as a yes/no question with
    its answer ticked on the line under it THEN each is read."""
    words = page([
        (100, [(200, "Meldezettel zur Anmeldung eines Wohnsitzes")]),
        (200, [(200, "FAMILIENNAME"), (1300, "Haider")]),
        (260, [(200, "VORNAME(N)"), (1300, "Jakob")]),
        (320, [(200, "Familienname vor der ersten Eheschließung"), (1300, "Pichler")]),
        (380, [(200, "GEBURTSDATUM"), (1300, "3. Mai 1984")]),
        (460, [(200, "Unterkunft bezogen am"), (1300, "1. Oktober 2026")]),
        (520, [(200, "Straße (Platz) bzw. Ort ohne Straßennamen"), (1300, "Hellweg")]),
        (580, [(200, "Haus Nr."), (1300, "12")]),
        (640, [(200, "Postleitzahl"), (1300, "44787")]),
        (700, [(200, "Ortsgemeinde"), (1300, "Bochum")]),
        (780, [(200, "Ist diese Unterkunft Hauptwohnsitz?")]),
        (830, [(220, "Xja"), (400, "☐ nein")]),
        (920, [(200, "Zuzug aus (letzte Unterkunft, Staat)"),
               (1300, "Hauptplatz 3/1/4, 8010 Graz, Österreich")]),
    ])
    got = values("anmeldung", words)
    assert got["birth_name"] == "Pichler"
    assert got["street"] == "Hellweg"
    assert got["previous_address"] == "Hauptplatz 3/1/4, 8010 Graz, Österreich"
    assert got["dwelling"] == "main"


@pytest.mark.parametrize(("answer", "dwelling"), [
    ([(1500, "☐ ja"), (1650, "☒ nein")], "secondary"),
    ([(1500, "☒ ja"), (1650, "☐ nein")], "main"),
])
def test_a_yes_or_no_to_the_main_residence_beside_its_question(
        answer: list[tuple[int, str]], dwelling: str) -> None:
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "Familienname"), (1100, "Haider")]),
        (300, [(200, "Ist die neue Wohnung Ihre Hauptwohnung?"), *answer]),
    ])
    assert values("anmeldung", words)["dwelling"] == dwelling


@pytest.mark.parametrize("note", [
    "1. Berichtigt am 2. 3. 2026: der Todestag ist richtig der 14. 2. 2026.",
    "1. Auf Anordnung vom 02.03.2026 berichtigt: Sterbetag 14.02.2026.",
])
def test_a_death_register_entry_and_its_correction_in_the_margin(note: str) -> None:
    """GIVEN a death register's entry in its formula ("Am … verstarb in …: <name>, geb. am …")
    and a marginal note that corrects the day of death THEN the place is read and the date is
    the note's."""
    words = page([
        (100, [(200, "Beglaubigte Abschrift aus dem Sterbebuch")]),
        (200, [(200, "Am 12. Februar 2026 verstarb in Herne: Klara Wiese, geb. am 1. Mai")]),
        (260, [(200, "1938 in Kassel.")]),
        (360, [(200, "Vermerke am Rande des Eintrags:")]),
        (420, [(220, note)]),
    ])
    got = values("sterbeurkunde", words)
    assert (got["date_of_death"], got["place_of_death"]) == ("2026-02-14", "Herne")


def test_an_old_registration_form_with_short_options_and_the_last_residence() -> None:
    """GIVEN an older form: the sex's label names its short options in brackets ("männl. /
    weibl."), the ticked one typed as an x under it, and the previous address under "Letzter
    Wohnsitz" THEN the ticked option is the sex (the label's brackets choose none) and the
    last residence is the previous address."""
    words = page([
        (100, [(200, "MELDESCHEIN FÜR ZUZIEHENDE")]),
        (200, [(200, "1 Familienname"), (1300, "Kaya")]),
        (280, [(200, "6 Geschlecht (männl. / weibl.)")]),
        (340, [(220, "☐ männl."), (500, "x weibl.")]),
        (440, [(200, "11 Letzter Wohnsitz"), (1300, "Am Kanal 7, 45127 Essen")]),
    ])
    got = values("anmeldung", words)
    assert got["sex"] == "F"
    assert got["previous_address"] == "Am Kanal 7, 45127 Essen"


def test_a_question_that_names_the_main_residence_answered_in_words() -> None:
    # GIVEN a portal's printout: "Ist das Ihre Hauptwohnung?" answered in words beside it
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "Familienname"), (1300, "Haider")]),
        (300, [(200, "Ist das Ihre Hauptwohnung?"), (1300, "Ja – vorwiegend genutzte Wohnung")]),
    ])
    assert values("anmeldung", words)["dwelling"] == "main"


def test_one_numbered_caption_repeated_down_the_page_with_a_person_under_each() -> None:
    """GIVEN the persons moving in under one caption repeated with the form's item numbers
    ("7 einziehende Person", "8 einziehende Person") THEN the list holds both persons."""
    words = (_row("Einzugsbestätigung", 250, 120, 50)
             + _captioned_form(("1 Wohnungsgeber laut Mietvertrag", None, "Karl Reuter"),
                               ("2 Anschrift des Wohnungsgebers", None, "Ring 3, 44787 Bochum"),
                               ("6 Einzugstag laut Mietvertrag", None, "01.10.2026"),
                               ("7 einziehende Person laut Mietvertrag", None, "Mehdi Ibrahim"),
                               ("8 einziehende Person laut Mietvertrag", None, "Hamza Ibrahim"))
             + _row("Bochum, den 02.10.2026", 250, 1470, 39))
    got = values("wohnungsgeberbestaetigung", words)
    assert got["tenant_names"] == ["Mehdi Ibrahim", "Hamza Ibrahim"]


def test_a_questions_last_line_under_its_value_is_no_label_of_its_own() -> None:
    words = page([
        (100, [(436, "In welcher Straße ist die"), (1501, "Hauptstraße")]),
        (190, [(436, "vermietete Wohnung?")]),
        (330, [(436, "Wie ist die Hausnummer von"), (1501, "92")]),
        (420, [(436, "der Wohnung?")]),
        (560, [(436, "Wie heißt der Ort, in dem die"), (1501, "Bochum")]),
        (625, [(436, "Wohnung ist?")]),
    ])
    got = values("wohnungsgeberbestaetigung", words)
    assert (got["street"], got["city"]) == ("Hauptstraße", "Bochum")


def test_values_wrapped_in_narrow_cells_read_on_in_the_lines_under_them() -> None:
    # GIVEN a row of narrow header cells, one header broken at a hyphen ("Ge-" / "meinde)"),
    # over a row of values each wrapped in its cell because the next word had no room
    words = page([
        (100, [(200, "Anmeldung einer Wohnung")]),
        (200, [(200, "Familienname"), (700, "Vornamen"), (1100, "Geburtsort (Ge-"),
               (1560, "Geschlecht")]),
        (250, [(1100, "meinde)")]),
        (320, [(200, "Zimmermann-"), (700, "Karl-Heinz"), (1100, "Schwäbisch"),
               (1560, "männlich")]),
        (370, [(200, "Schröder"), (700, "Günter"), (1100, "Gmünd-Süd")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words).items()}
    # THEN each value is read whole, a compound's hyphen kept
    assert (got["family_name"], got["given_names"], got["place_of_birth"]) == (
        "Zimmermann-Schröder", "Karl-Heinz Günter", "Schwäbisch Gmünd-Süd")


def test_a_short_value_under_a_roomy_cell_does_not_take_the_next_line() -> None:
    # GIVEN a name whose next line's word would have fitted beside it
    words = page([
        (100, [(200, "Anmeldung einer Wohnung")]),
        (200, [(200, "Familienname"), (1400, "Vornamen")]),
        (320, [(200, "Weber"), (1400, "Anna")]),
        (370, [(200, "Schmidt"), (1400, "Paul")]),
    ])
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words).items()}
    # THEN it is read alone
    assert (got["family_name"], got["given_names"]) == ("Weber", "Anna")


def test_columns_that_flow_on_their_own_are_read_column_by_column() -> None:
    # GIVEN a form in four narrow columns whose lines do not line up, each column a stack of
    # labels with a qualifier ("Familienname, so wie aktuell" / "geführt") over their values
    words = fixture_words("flowing_columns")
    # THEN each column reads down on its own: labels and values pair within it
    lines = [line.text for line in build_lines(words)]
    assert lines.index("García-Nüßlein") == lines.index("geführt") + 1
    got = values("anmeldung", words)
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "García-Nüßlein", "José", "1951-10-30")
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Sankt-Antonius-Kirchplatz", "171b", "47506", "Neukirchen-Vluyn")


def test_a_wording_in_another_labels_bracketed_remark_is_no_persons_place() -> None:
    # GIVEN each spouse's name block headed "Name (Teilfelder: Familienname, Vornamen)" over
    # the cells' own captions
    words = page([
        (100, [(200, "Eheurkunde")]),
        (200, [(200, "1. Name (Teilfelder: Familienname, Vornamen)")]),
        (260, [(220, "Vornamen"), (1400, "Nachname")]),
        (320, [(230, "Hussein"), (1410, "Youssef")]),
        (420, [(200, "4. Name (Teilfelder: Familienname, Vornamen)")]),
        (480, [(220, "Vornamen"), (1400, "Nachname")]),
        (540, [(230, "Dieter"), (1410, "Fuß")]),
    ])
    got = values("eheurkunde", words)
    # THEN the first captions are the first spouse's, the second the second's
    assert (got["spouse1_given_names"], got["spouse2_given_names"]) == ("Hussein", "Dieter")
