"""Identity documents: zone names checked against the page's printed (visual) zone."""

from __future__ import annotations

import pytest

from extractors import identity
from extractors.fields import Extracted
from extractors.identity import (
    PRINTED_OTHERWISE_CONFIDENCE,
    UNSEEN_NAME_CONFIDENCE,
    _zone_lines,
    check_names_printed,
    check_number_printed,
)
from extractors.layout import build_lines
from extractors.words import Page, PageSource, Word
from schemas.registry import get
from tests.fakes.wordpage import page


def _words(*texts: str) -> list[Word]:
    return [Word(t, (100.0 * i, 0.0, 100.0 * i + 90, 30.0), 0.9, 1) for i, t in enumerate(texts)]


def _names(family: str, given: str) -> dict[str, Extracted]:
    return {"family_name": Extracted(family, 0.9, ()), "given_names": Extracted(given, 0.9, ()),
            "document_number": Extracted("C01X00T47", 0.9, ())}


def test_names_the_page_prints_keep_their_confidence() -> None:
    page = _words("Name/Surname", "MÜLLER-LÜDENSCHEIDT", "Vornamen", "Zoë", "Marie", "Straße")
    out = check_names_printed(_names("MUELLER LUEDENSCHEIDT", "ZOE MARIE"), page)
    assert {k: v.confidence for k, v in out.items()} == {
        "family_name": 0.9, "given_names": 0.9, "document_number": 0.9}


def test_a_filler_read_inside_a_name_is_doubted() -> None:
    page = _words("Name", "FERRARI", "Vorname", "GIULIA")
    out = check_names_printed(_names("FER ARI", "GIULIA"), page)
    assert out["family_name"].confidence == UNSEEN_NAME_CONFIDENCE
    assert out["given_names"].confidence == 0.9


def test_a_name_the_zone_cut_short_counts_as_printed() -> None:
    page = _words("Vornamen", "ALEXANDRA", "KONSTANTINOPOULOU")
    out = check_names_printed(_names("ALEXANDRA", "KONSTANTIN"), page)
    # The given names field here is the zone's truncated last part.
    assert out["given_names"].confidence == 0.9


def test_the_zone_line_itself_is_not_a_printed_name() -> None:
    # Ordinary OCR split the zone's first line into words: "FER" and "ARI" are two of them.
    first = ["P<DEU", "FER", "ARI", "<<GIULIA" + "<" * 25]
    second = "C01X00T478DEU8001014F2508315<<<<<<<<<<<<<<<8"
    assert len("".join(first)) == len(second) == 44
    page = [*_words("Name", "FERRARI", "Vorname", "GIULIA"),
            *(Word(t, (300.0 * i, 500, 300.0 * i + 280, 530), 0.9, 1) for i, t in enumerate(first)),
            Word(second, (0, 540, 900, 570), 0.9, 1)]
    out = check_names_printed(_names("FER ARI", "GIULIA"), page)
    assert out["family_name"].confidence == UNSEEN_NAME_CONFIDENCE


def test_an_unusual_document_code_is_doubted() -> None:
    from extractors.identity import UNUSUAL_CODE_CONFIDENCE, check_document_code
    usual = check_document_code({"document_code": Extracted("P", 0.9, ())})
    assert usual["document_code"].confidence == 0.9
    # GIVEN the filler after "P" read as a letter: no state issues "PE"
    odd = check_document_code({"document_code": Extracted("PE", 0.9, ())})
    assert odd["document_code"].confidence == UNUSUAL_CODE_CONFIDENCE


def test_the_pages_own_reading_of_the_zone_wins_when_it_passes_more_checks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The zone reader saw garbage; the page's OCR read the TD1 lines, a speck line between
    # them and the filler '<' as 'c' or 'e'.
    import numpy as np

    from extractors import identity
    from extractors.mrz import parse_mrz_lines
    from extractors.words import Page, PageSource
    garbage = parse_mrz_lines(["P<UTOERIKSS0N<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<",
                               "L898902C<3UTO7408122F1204159ZE184226B<<<<<10"])
    assert garbage.failed_checks
    monkeypatch.setattr(identity, "read_mrz", lambda image: garbage)
    rows = ["IDD<<M0K2L4ZT18<<<<<<<<<<<<<<<", "_", "9011104<3208209D<<<<<<<<<<<<<2",
            "SCHNEIDER<<KARL<HEINZ<HORSTccee"]
    words = [Word(t, (100.0, 100.0 * i, 100.0 + 25 * len(t), 100.0 * i + 40), 0.8, 1)
             for i, t in enumerate(rows)]
    page = Page(number=1, width=2480, height=3508, dpi=300, source=PageSource.OCR,
                words=words)
    reading = identity.extract_identity([page], {1: np.zeros((10, 10), np.uint8)})
    assert reading.failed_checks == []
    assert reading.fields["document_number"].value == "M0K2L4ZT1"
    assert reading.fields["family_name"].value == "SCHNEIDER"


@pytest.mark.parametrize(("printed", "doubted"), [
    ("LWOTY8NFV", True),    # 8 printed, S in the zone: the check digits count both alike
    ("LWOTYSNFV", False),   # the same (O for 0 is ordinary OCR of print)
    ("LW0TY5NFV", False),   # 5 and S differ to the check digits: the zone's digit decides
    ("Reisepass", False),   # no printed number at all
    ("LW0TY8NF)", False),   # a stray symbol read in print is no zone character
])
def test_a_number_printed_with_a_character_no_check_digit_tells_apart(
        printed: str, doubted: bool) -> None:
    fields = {"document_number": Extracted("LW0TYSNFV", 0.9, ())}
    out = check_number_printed(fields, _words("Dokumentnummer", printed))
    assert (out["document_number"].confidence == PRINTED_OTHERWISE_CONFIDENCE) is doubted


@pytest.mark.parametrize(("printed", "doubted"), [
    ("CJZJRZL2K", True),    # two J read as 1 in the zone: their differences cancel
    ("CJZ1RZL2K", False),   # one J alone would fail the check digit: the zone is right
    ("CJZJRZL2ß", False),   # a word whose plain reading is longer ("SS") is no reading of it
    ("ČJZJRZL2K", True),
])
def test_two_characters_whose_differences_cancel_in_the_check_digit_are_doubted(
        printed: str, doubted: bool) -> None:
    fields = {"document_number": Extracted("C1Z1RZL2K", 0.9, ())}
    out = check_number_printed(fields, _words("Dokumentnummer", printed))
    assert (out["document_number"].confidence == PRINTED_OTHERWISE_CONFIDENCE) is doubted


def test_a_printed_reading_equal_to_the_zone_does_not_outvote_one_that_differs_unseen() -> None:
    # GIVEN the card's picture printing "G6688697", a form's entry read as "66688697" and the
    # zone's "66688697" (G and 6 weigh alike to the check digits)
    fields = {"document_number": Extracted("66688697", 0.9, ())}
    out = check_number_printed(fields, _words("Dokumentnummer", "G6688697 66688697"))
    assert out["document_number"].confidence == PRINTED_OTHERWISE_CONFIDENCE


def _td1_page(rows: list[str]) -> object:
    from extractors.words import Page, PageSource
    words = [Word(t, (100.0, 100.0 * i, 100.0 + 25 * len(t), 100.0 * i + 40), 0.8, 1)
             for i, t in enumerate(rows)]
    return Page(number=1, width=2480, height=3508, dpi=300, source=PageSource.OCR, words=words)


_DOUBTED_ZONE = ["IDD<<L4J7ZNG5C4<<<<<<<<<<<<<<<", "6311098<3209169D<<<<<<<<<<<<<0",
                 "DOERFLER<<DIETER<<<<<<<<<<<<<<"]


@pytest.mark.parametrize(("page_rows", "number", "doubted"), [
    # the page's OCR read two characters otherwise and the check digits let it pass
    (["IDD<<LAJTZNG5CA<<<<<<<<<<<<<<<", *_DOUBTED_ZONE[1:]], "L4J7ZNG5C", True),
    # the page's OCR agrees with the zone reader character for character
    (_DOUBTED_ZONE, "L4J7ZNG5C", False),
])
def test_a_zone_reader_doubting_one_character_is_not_overruled_by_a_differing_page_reading(
        monkeypatch: pytest.MonkeyPatch, page_rows: list[str], number: str,
        doubted: bool) -> None:
    import dataclasses

    import numpy as np

    from extractors import identity
    from extractors.mrz import CHARACTERS_CHECK, parse_mrz_lines
    zone = parse_mrz_lines(_DOUBTED_ZONE)
    assert zone.failed_checks == []
    # GIVEN a zone reader that read every check digit right but doubts the 'L' (may be '1')
    doubting = dataclasses.replace(
        zone, checks={**zone.checks, CHARACTERS_CHECK: False},
        failed_checks=[CHARACTERS_CHECK], suspects=["document_number[0]: 'L' may be '1'"])
    monkeypatch.setattr(identity, "read_mrz", lambda image: doubting)
    reading = identity.extract_identity([_td1_page(page_rows)],  # type: ignore[list-item]
                                        {1: np.zeros((10, 10), np.uint8)})
    assert reading.fields["document_number"].value == number
    assert reading.failed_checks == ([CHARACTERS_CHECK] if doubted else [])


def test_a_zone_unread_on_the_page_image_is_read_again_darkened(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a page whose zone the reader cannot read as kept (a dark-mode card's zone is
    # grey), but can once the grey letters are darkened, as OCR saw the page
    import numpy as np

    from extractors import identity
    from extractors.mrz import parse_mrz_lines
    kept = np.full((10, 10), 200, np.uint8)
    darkened = np.zeros((10, 10), np.uint8)
    monkeypatch.setattr(identity, "darken_grey_text",
                        lambda image, dpi: (darkened, 120) if image is kept else (image, 0))
    monkeypatch.setattr(identity, "read_mrz", lambda image: parse_mrz_lines(_DOUBTED_ZONE)
                        if image is darkened else None)
    reading = identity.extract_identity([_td1_page(["Personalausweis"])],  # type: ignore[list-item]
                                        {1: kept})
    assert reading.fields["document_number"].value == "L4J7ZNG5C"
    assert reading.failed_checks == []


ZONE = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def test_a_zone_in_a_column_beside_read_data_is_read_from_its_own_segments() -> None:
    # a reader program's window: the zone at the left, lines of read data at the right at
    # heights between the zone's lines, and the raw zone again after a caption
    words = page([
        (100, [(100, ZONE[0])]),
        (130, [(2200, "Staatsangehörigkeit:"), (2800, "UTO")]),
        (160, [(100, ZONE[1])]),
        (300, [(100, "MRZ roh:"), (400, ZONE[0]), (2200, "Geschlecht:"), (2800, "W")]),
        (360, [(400, ZONE[1])]),
    ])
    lines, found = _zone_lines(words)
    assert lines == list(ZONE)
    assert all(w.text in ZONE for w in found)


def test_a_line_across_the_zones_width_parts_its_lines() -> None:
    words = page([(100, [(100, ZONE[0])]), (130, [(300, "Bemerkung zur Prüfung")]),
                  (160, [(100, ZONE[1])])])
    assert len(_zone_lines(words)[0]) == 1


def test_a_row_number_in_a_cell_before_a_zone_line_is_no_part_of_it() -> None:
    # a spreadsheet's row numbers beside the zone pasted into it: the name line has no check
    # digit that would catch "27" read into the name
    card = ("IDD<<T216X0XFY1<<<<<<<<<<<<<<<", "8902203<3208047D<<<<<<<<<<<<<2",
            "KRAUSE<<MORITZ<<<<<<<<<<<<<<<<")
    words = page([(100 + 60 * i, [(100, str(25 + i)), (300, line)])
                  for i, line in enumerate(card)])
    assert _zone_lines(words)[0] == list(card)


def _household(first_caption: str, second_caption: str, side_by_side: bool) -> list[Word]:
    spouse = ["P<D<<SCHMIDT<<ANNA<SOPHIE<<<<<<<<<<<<<<<<<<<",
              "CMC8W8YTC9D<<7605219F3208232<<<<<<<<<<<<<<<0"]
    applicant = ["P<D<<HARTMANN<<LENA<SOPHIE<<<<<<<<<<<<<<<<<<",
                 "C67400MPP1D<<7006104F3606115<<<<<<<<<<<<<<<6"]
    if side_by_side:
        return page([
            (100, [(200, "Kopienblatt – Reisedokumente des Haushalts")]),
            (200, [(200, first_caption), (1500, second_caption)]),
            (300, [(200, spouse[0][:30]), (1500, applicant[0][:30])]),
            (350, [(200, spouse[1][:30]), (1500, applicant[1][:30])]),
            (400, [(200, "SCHMIDT<<ANNA<SOPHIE<<<<<<<<<<"),
                   (1500, "HARTMANN<<LENA<SOPHIE<<<<<<<<<")]),
        ])
    return page([
        (100, [(200, "Kopienblatt – Reisedokumente des Haushalts")]),
        (200, [(200, first_caption)]),
        (300, [(200, "Name / Surname")]),
        (350, [(200, "SCHMIDT")]),
        (500, [(200, spouse[0])]),
        (550, [(200, spouse[1])]),
        (700, [(200, second_caption)]),
        (800, [(200, "Name / Surname")]),
        (850, [(200, "HARTMANN")]),
        (1000, [(200, applicant[0])]),
        (1050, [(200, applicant[1])]),
    ])


def test_of_a_households_passports_the_applicants_zone_is_read() -> None:
    # GIVEN a copy sheet with the spouse's passport over the applicant's
    words = _household("Kopie 2 – Ausweis der Ehepartnerin/des Ehepartners",
                       "Kopie 1 – Ausweis des Antragstellers", side_by_side=False)
    page_ = Page(number=1, width=2480, height=3508, dpi=300, source=PageSource.TEXT_LAYER,
                 words=words)
    # THEN the applicant's zone is read, not the first on the page
    reading = identity.extract_identity([page_], {}, get("identity_document"))
    assert reading.fields["family_name"].value == "HARTMANN"
    assert reading.fields["document_number"].value == "C67400MPP"
    # AND without captions naming anybody the first zone is read, as before
    plain = _household("Kopie 2", "Kopie 1", side_by_side=False)
    reading = identity.extract_identity(
        [Page(1, 2480, 3508, 300, PageSource.TEXT_LAYER, plain)], {}, get("identity_document"))
    assert reading.fields["family_name"].value == "SCHMIDT"


def test_identity_cards_copied_side_by_side_are_told_apart_by_their_captions() -> None:
    words = _household("Karte des Ehepartners", "Karte der antragstellenden Person",
                       side_by_side=True)
    boxes = identity._zone_boxes(build_lines(words))
    assert len(boxes) == 2
    found = identity.own_zone([Page(1, 2480, 3508, 300, PageSource.TEXT_LAYER, words)],
                              get("identity_document"))
    assert found is not None and found[1][0] >= 1500
