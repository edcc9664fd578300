"""Identity documents: zone names checked against the page's printed (visual) zone."""

from __future__ import annotations

import pytest

from extractors.fields import Extracted
from extractors.identity import (
    PRINTED_OTHERWISE_CONFIDENCE,
    UNSEEN_NAME_CONFIDENCE,
    check_names_printed,
    check_number_printed,
)
from extractors.words import Word


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


def test_a_printed_reading_equal_to_the_zone_does_not_outvote_one_that_differs_unseen() -> None:
    # GIVEN the card's picture printing "G6688697", a form's entry read as "66688697" and the
    # zone's "66688697" (G and 6 weigh alike to the check digits)
    fields = {"document_number": Extracted("66688697", 0.9, ())}
    out = check_number_printed(fields, _words("Dokumentnummer", "G6688697 66688697"))
    assert out["document_number"].confidence == PRINTED_OTHERWISE_CONFIDENCE
