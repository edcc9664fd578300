"""Machine-readable zone: ICAO 9303 specimens, German ID cards, repairs, real OCR end to end."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.mrz import (
    NUMBER_ALPHABET_CHECK,
    MrzResult,
    check_digit,
    find_mrz,
    icao_to_iso3,
    parse_mrz_lines,
    read_mrz,
    split_names,
    yymmdd_to_iso,
)

TODAY = date(2026, 11, 28)

# ICAO Doc 9303 part 4, appendix: passport (TD3) specimen.
TD3_SPECIMEN = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]
# ICAO Doc 9303 part 5, appendix: identity card (TD1) specimen.
TD1_SPECIMEN = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
# German identity card (Personalausweis) specimen: state and nationality 'D', no sex given.
GERMAN_ID = [
    "IDD<<T220001293<<<<<<<<<<<<<<<",
    "6408125<2010315D<<<<<<<<<<<<<4",
    "MUSTERMANN<<ERIKA<<<<<<<<<<<<<",
]

MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
TEXT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300DPI = (2480, 3508)


def _render_page(lines: list[str], *, rotation: float = 0.0, mrz_top: int = 2900,
                 frame: bool = False) -> np.ndarray:
    """White A4 at 300 dpi: some text above, the zone in a monospace font near the bottom."""
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    text_font = ImageFont.truetype(TEXT_FONT, 44)
    for i, text in enumerate(
        (
            "Bundesrepublik Deutschland - Kopie des Ausweisdokuments",
            "Vorgelegt beim Bürgerbüro Musterstadt am 28.11.2026",
            "Name, Vorname: siehe maschinenlesbare Zone",
        )
    ):
        draw.text((200, 300 + 90 * i), text, fill=0, font=text_font)
    mrz_font = ImageFont.truetype(MONO_FONT, 50)
    for i, line in enumerate(lines):
        draw.text((300, mrz_top + 75 * i), line, fill=0, font=mrz_font)
    if frame:
        # A card's border drawn round the data page, zone included.
        draw.rounded_rectangle((200, mrz_top - 1200, 2300, mrz_top + 75 * len(lines) + 60),
                               radius=40, outline=0, width=4)
    if rotation:
        page = page.rotate(rotation, resample=Image.Resampling.BILINEAR, fillcolor=255)
    return np.asarray(page)


# --- pure parsing ------------------------------------------------------------------------


def test_td3_specimen_parses_with_every_check() -> None:
    result = parse_mrz_lines(TD3_SPECIMEN, today=TODAY)

    assert result.mrz_format == "TD3"
    assert result.document_code == "P"
    assert result.issuing_state == "UTO"
    assert result.family_name == "ERIKSSON"
    assert result.given_names == "ANNA MARIA"
    assert result.document_number == "L898902C3"
    assert result.nationality == "UTO"
    assert result.date_of_birth == "1974-08-12"
    assert result.sex == "F"
    assert result.expiry_date == "2012-04-15"
    assert result.optional_data == ["ZE184226B"]
    assert result.valid and result.failed_checks == []
    for name in (
        "document_number_check",
        "date_of_birth_check",
        "expiry_date_check",
        "optional_data_check",
        "composite_check",
    ):
        assert result.checks[name] is True
    assert result.repairs == []
    assert result.confidence == 1.0
    assert result.lines == TD3_SPECIMEN


def test_td1_specimen_parses_with_every_check() -> None:
    result = parse_mrz_lines(TD1_SPECIMEN, today=TODAY)

    assert result.mrz_format == "TD1"
    assert result.document_code == "I"
    assert result.issuing_state == "UTO"
    assert (result.family_name, result.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.document_number == "D23145890"
    assert result.date_of_birth == "1974-08-12"
    assert result.expiry_date == "2012-04-15"
    assert result.sex == "F"
    assert result.valid
    assert {"document_number_check", "composite_check"} <= result.checks.keys()


def test_german_identity_card_maps_d_to_deu_and_no_sex_to_x() -> None:
    result = parse_mrz_lines(GERMAN_ID, today=TODAY)

    assert result.valid, result.failed_checks
    assert result.document_code == "ID"
    assert result.issuing_state == "DEU"
    assert result.nationality == "DEU"
    assert result.sex == "X"
    assert result.document_number == "T22000129"
    assert (result.family_name, result.given_names) == ("MUSTERMANN", "ERIKA")
    assert result.date_of_birth == "1964-08-12"
    assert result.expiry_date == "2020-10-31"


def test_failing_check_digit_is_named_and_lowers_confidence() -> None:
    # Expiry check digit 9 -> 3: a digit-for-digit error no position rule can undo.
    lines = [TD3_SPECIMEN[0], TD3_SPECIMEN[1][:27] + "3" + TD3_SPECIMEN[1][28:]]
    result = parse_mrz_lines(lines, ocr_confidence=0.9, today=TODAY)

    assert not result.valid
    assert result.checks["expiry_date_check"] is False
    assert "expiry_date_check" in result.failed_checks
    assert "composite_check" in result.failed_checks
    assert result.checks["date_of_birth_check"] is True
    assert result.confidence < 0.9
    assert result.repairs == []


def test_wrong_digit_in_a_date_is_not_guessed() -> None:
    # 740812 -> 740912: a valid-looking date whose check digit fails; no confusion explains it.
    lines = [TD3_SPECIMEN[0], TD3_SPECIMEN[1].replace("7408122", "7409122")]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.date_of_birth == "1974-09-12"
    assert "date_of_birth_check" in result.failed_checks
    assert result.repairs == []


def test_letter_o_in_birth_date_is_repaired_by_position_and_confirmed() -> None:
    lines = [TD3_SPECIMEN[0], TD3_SPECIMEN[1].replace("7408122", "74O8122")]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.date_of_birth == "1974-08-12"
    assert result.valid
    assert any(r.startswith("date_of_birth:") for r in result.repairs)
    assert result.raw_lines[1] != result.lines[1]


def test_confusion_in_document_number_repaired_when_check_digits_confirm() -> None:
    # 'L898902C3' read as 'L8989O2C3': O or 0 is a letter-or-digit field, only the check digit
    # (and the composite) can decide.
    lines = [TD3_SPECIMEN[0], "L8989O2C3" + TD3_SPECIMEN[1][9:]]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.document_number == "L898902C3"
    assert result.valid
    assert any("check digits" in r for r in result.repairs)


def test_ambiguous_confusions_are_left_for_review() -> None:
    # ZE184226B read as ZE1842268: both 8->B and 2->Z satisfy both check digits (equal
    # weight sums), so nothing is changed and the failure is reported.
    lines = [TD3_SPECIMEN[0], TD3_SPECIMEN[1].replace("ZE184226B", "ZE1842268")]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.optional_data == ["ZE1842268"]
    assert "optional_data_check" in result.failed_checks


def _evidence(
    lines: list[str], doubts: dict[tuple[int, int], list[tuple[str, float]]]
) -> list[list[list[tuple[str, float]]]]:
    """OCR evidence: every character read surely, except the given positions."""
    return [
        [doubts.get((li, pos), [(ch, 0.99)]) for pos, ch in enumerate(line)]
        for li, line in enumerate(lines)
    ]


def test_ocr_runner_up_steers_a_repair_the_check_digits_confirm() -> None:
    # 'C' read as 'G' (no table confusion); Tesseract's runner-up was 'C'.
    lines = [TD3_SPECIMEN[0], TD3_SPECIMEN[1].replace("L898902C3", "L898902G3")]
    evidence = _evidence(lines, {(1, 7): [("G", 0.6), ("C", 0.45)]})
    result = parse_mrz_lines(lines, alternatives=evidence, today=TODAY)

    assert result.document_number == "L898902C3"
    assert result.valid, result.failed_checks


def test_sure_ocr_reading_gets_no_table_confusion() -> None:
    # The engine was sure of the 'O': the check digit alone may not overrule it.
    lines = [TD3_SPECIMEN[0], "L8989O2C3" + TD3_SPECIMEN[1][9:]]
    result = parse_mrz_lines(lines, alternatives=_evidence(lines, {}), today=TODAY)

    assert result.document_number == "L8989O2C3"
    assert "document_number_check" in result.failed_checks


def test_confusion_invisible_to_check_digits_is_flagged_not_repaired() -> None:
    # 'L' (21) and '1' (1) differ by 20: every check digit holds either way.
    lines = [TD1_SPECIMEN[0].replace("D23145890", "D23L45890"), *TD1_SPECIMEN[1:]]
    evidence = _evidence(lines, {(0, 8): [("L", 0.7), ("1", 0.6)]})
    result = parse_mrz_lines(lines, alternatives=evidence, today=TODAY)

    assert result.check_digits_valid
    assert result.document_number == "D23L45890"
    assert result.checks["unambiguous_characters"] is False
    assert result.failed_checks == ["unambiguous_characters"]
    assert result.suspects and "'L' may be '1'" in result.suspects[0]


def test_doubted_letter_in_a_name_is_flagged() -> None:
    lines = [TD3_SPECIMEN[0].replace("MARIA", "MARLA"), TD3_SPECIMEN[1]]
    evidence = _evidence(lines, {(0, 23): [("L", 0.55), ("I", 0.5)]})
    result = parse_mrz_lines(lines, alternatives=evidence, today=TODAY)

    assert result.given_names == "ANNA MARLA"
    assert "unambiguous_characters" in result.failed_checks


def test_country_code_digit_repaired_by_letter_position() -> None:
    lines = [TD3_SPECIMEN[0].replace("P<UTO", "P<UT0"), TD3_SPECIMEN[1]]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.issuing_state == "UTO"
    assert result.valid


def test_lost_and_extra_fillers_are_fitted_to_exact_length() -> None:
    lines = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<",  # 4 fillers lost at the end
        "L898902C36UTO7408122F1204159ZE184226B<<<<<<<10",  # 2 fillers too many
    ]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.lines == TD3_SPECIMEN
    assert result.valid
    assert any("length" in r for r in result.repairs)


def test_specks_read_before_the_zone_are_dropped_as_the_check_digits_say() -> None:
    lines = [TD3_SPECIMEN[0], "NS" + TD3_SPECIMEN[1]]  # a speck left of the zone read as "NS"
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.lines == TD3_SPECIMEN
    assert result.valid


def test_filler_misread_as_k_in_name_padding_becomes_filler() -> None:
    lines = [TD1_SPECIMEN[0], TD1_SPECIMEN[1], "ERIKSSON<<ANNA<MARIA<<<<K<<<<<"]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.given_names == "ANNA MARIA"
    assert result.lines[2] == TD1_SPECIMEN[2]


def test_long_td1_document_number_continues_in_optional_data() -> None:
    number = "D23145890AB12"
    tail = number[9:] + check_digit(number)
    line1 = ("I<UTO" + number[:9] + "<" + tail).ljust(30, "<")
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    result = parse_mrz_lines([line1, line2 + composite, TD1_SPECIMEN[2]], today=TODAY)

    assert result.document_number == number
    assert result.valid, result.failed_checks
    assert result.optional_data == []


def test_document_code_first_letter_fixed_by_format() -> None:
    lines = ["T" + TD1_SPECIMEN[0][1:], *TD1_SPECIMEN[1:]]
    result = parse_mrz_lines(lines, today=TODAY)

    assert result.document_code == "I"
    assert result.valid


def test_text_noise_is_cleaned() -> None:
    lines = [" p<uto eriksson<<anna<maria«<<<<<<<<<<<<<<<<<< ", TD3_SPECIMEN[1]]
    result = parse_mrz_lines(["", *lines, "  "], today=TODAY)

    assert result.valid
    assert result.family_name == "ERIKSSON"


def test_not_a_zone_raises() -> None:
    with pytest.raises(ValueError, match="no TD1/TD3"):
        parse_mrz_lines(["Hello", "World"])


def test_td2_zone_is_not_taken_for_td3() -> None:
    # ICAO 9303 part 6 specimen (2 x 36): not supported, must not be padded into a TD3.
    td2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
    with pytest.raises(ValueError, match="no TD1/TD3"):
        parse_mrz_lines(td2)


def test_invalid_date_gives_none_and_a_failed_format_check() -> None:
    birth = "741312"
    line2 = f"L898902C36UTO{birth}{check_digit(birth)}F1204159ZE184226B<<<<<1"
    composite = check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    result = parse_mrz_lines([TD3_SPECIMEN[0], line2 + composite], today=TODAY)

    assert result.date_of_birth is None
    assert "date_of_birth_format" in result.failed_checks


# --- small helpers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digit"),
    [("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("ZE184226B<<<<<", "1"), ("", "0")],
)
def test_check_digit(text: str, digit: str) -> None:
    assert check_digit(text) == digit


@pytest.mark.parametrize(
    ("yymmdd", "kind", "expected"),
    [
        ("740812", "birth", "1974-08-12"),
        ("050101", "birth", "2005-01-01"),
        ("261128", "birth", "2026-11-28"),  # today is still the past's edge
        ("261129", "birth", "1926-11-29"),  # tomorrow cannot be a birth date
        ("351231", "expiry", "2035-12-31"),
        ("461231", "expiry", "2046-12-31"),  # 20 years ahead: still this century
        ("471231", "expiry", "1947-12-31"),  # beyond: an expired old document
        ("990101", "expiry", "1999-01-01"),
        ("741340", "birth", None),
    ],
)
def test_century_choice(yymmdd: str, kind: str, expected: str | None) -> None:
    assert yymmdd_to_iso(yymmdd, kind=kind, today=TODAY) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "iso"),
    [
        ("D<<", "DEU"),
        ("D", "DEU"),
        ("UTO", "UTO"),
        ("TUR", "TUR"),
        ("GBD", "GBR"),
        ("GBN", "GBR"),
        ("GBO", "GBR"),
        ("GBP", "GBR"),
        ("GBS", "GBR"),
        ("UNK", "UNK"),
        ("XXA", "XXA"),
        ("XXB", "XXB"),
        ("XXC", "XXC"),
    ],
)
def test_icao_to_iso3(code: str, iso: str) -> None:
    assert icao_to_iso3(code) == iso


def test_split_names() -> None:
    assert split_names("VAN<DER<BERG<<JAN<PIETER<<<<") == ("VAN DER BERG", "JAN PIETER")
    assert split_names("MADONNA<<<<<<<<<") == ("MADONNA", "")


# --- real OCR end to end -----------------------------------------------------------------


def _assert_reads(result: MrzResult | None, expected: list[str]) -> MrzResult:
    assert result is not None
    assert result.check_digits_valid, (result.failed_checks, result.raw_lines, result.lines)
    assert result.lines == expected
    assert 0.0 < result.confidence <= 1.0
    return result


@pytest.mark.ocr
def test_read_td3_passport_page_rotated_2_degrees() -> None:
    result = _assert_reads(read_mrz(_render_page(TD3_SPECIMEN, rotation=2.0)), TD3_SPECIMEN)

    assert result.mrz_format == "TD3"
    assert result.family_name == "ERIKSSON"
    assert result.date_of_birth is not None


@pytest.mark.ocr
def test_read_german_id_card_page() -> None:
    result = _assert_reads(read_mrz(_render_page(GERMAN_ID, mrz_top=2400)), GERMAN_ID)

    assert (result.mrz_format, result.nationality, result.sex) == ("TD1", "DEU", "X")


@pytest.mark.ocr
def test_read_td1_specimen_upper_page_and_bgr_input() -> None:
    gray = _render_page(TD1_SPECIMEN, rotation=-1.5, mrz_top=1200)
    bgr = np.repeat(gray[:, :, None], 3, axis=2)
    _assert_reads(read_mrz(bgr), TD1_SPECIMEN)


@pytest.mark.ocr
def test_real_letter_k_next_to_fillers_is_kept() -> None:
    # 'K' looks like '<' with a stem; the chevron template must not swallow a real one.
    lines = ["P<UTOKLEIN<<K<KARL<XAVER<<<<<<<<<<<<<<<<<<<<", TD3_SPECIMEN[1]]
    result = _assert_reads(read_mrz(_render_page(lines)), lines)

    assert result.given_names == "K KARL XAVER"


def test_page_without_zone_gives_none() -> None:
    page = _render_page([])
    assert find_mrz(page) is None or read_mrz(page) is None


def test_zone_inside_a_card_frame_is_found() -> None:
    result = _assert_reads(read_mrz(_render_page(TD3_SPECIMEN, frame=True)), TD3_SPECIMEN)
    assert result.mrz_format == "TD3"


def _german_card(number: str, digit: str) -> list[str]:
    line1 = f"IDD<<{number}{digit}".ljust(30, "<")
    line2 = "6408125<2010315D<<<<<<<<<<<<<"
    composite = check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return [line1, line2 + composite, "MUSTERMANN<<ERIKA<<<<<<<<<<<<<"]


@pytest.mark.parametrize(("read", "number"), [
    ("CVNOHHQWL", "CVN0HH0WL"),  # two misreads that cancel in the check digit
    ("LW0TYSNFV", "LW0TY8NFV"),  # S and 8 count alike for every check digit; 5 does not
])
def test_a_german_numbers_letters_outside_its_alphabet_are_read_as_digits(
        read: str, number: str) -> None:
    # GIVEN a misreading the check digits cannot see
    assert check_digit(read) == check_digit(number)
    result = parse_mrz_lines(_german_card(read, check_digit(number)), today=TODAY)
    assert result.document_number == number
    assert result.valid, result.failed_checks


def test_a_german_number_with_a_letter_no_digit_explains_is_sent_to_review() -> None:
    read = "LW0TYENFV"  # no German number holds an E, and no digit looks like it
    result = parse_mrz_lines(_german_card(read, check_digit(read)), today=TODAY)
    assert result.document_number == read
    assert result.failed_checks == [NUMBER_ALPHABET_CHECK]


def test_other_states_numbers_keep_their_letters() -> None:
    result = parse_mrz_lines(TD1_SPECIMEN, today=TODAY)  # "D23145890" of Utopia
    assert result.document_number == "D23145890"
    assert NUMBER_ALPHABET_CHECK not in result.checks
