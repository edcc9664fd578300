"""Printouts of XML messages and JSON records: element names and keys read as labels."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.markup import key_words, label_words, resolve_markup, split_data_keys
from schemas.registry import get
from tests.fakes.wordpage import page


def _got(words: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {k: v.value for k, v in extract_fields(get("anmeldung"), words).items()}


def test_an_xml_message_printed_as_a_numbered_listing_reads_like_a_form() -> None:
    words = resolve_markup(page([
        (100, [(200, "Nachricht meldung.anmeldung.0201 – Quelltext")]),
        (160, [(200, '1 <?xml version="1.0" encoding="UTF-8"?>')]),
        (220, [(200, "2 <xmeld:anmeldung>")]),
        (280, [(200, "3   <person>")]),
        (340, [(200, "4     <familienname>Krause</familienname>")]),
        (400, [(200, "5     <vornamen>Anna Maria</vornamen>")]),
        (460, [(200, '6     <geburtsdatum format="TT.MM.JJJJ">01.02.1990</geburtsdatum>')]),
        (520, [(200, "7   </person>")]),
        (580, [(200, "8   <neueWohnung>")]),
        (640, [(200, "9     <strasse>Kemnader Straße</strasse>")]),
        (700, [(200, "10    <hausnummer>30</hausnummer>")]),
        (760, [(200, "11    <postleitzahl>45527</postleitzahl>")]),
        (820, [(200, "12    <ort>Hattingen</ort>")]),
        (880, [(200, "13    <einzugsdatum>2026-10-01</einzugsdatum>")]),
        (940, [(200, "14  </neueWohnung>")]),
    ]))
    lines = [line.segments[0].text for line in build_lines(words)]
    assert "familienname: Krause" in lines
    assert "neue Wohnung" in lines
    assert not any("<" in t for t in lines[2:])
    got = _got(words)
    assert (got["family_name"], got["given_names"]) == ("Krause", "Anna Maria")
    assert got["date_of_birth"] == "1990-02-01"
    assert (got["street"], got["house_number"]) == ("Kemnader Straße", "30")
    assert (got["postal_code"], got["city"]) == ("45527", "Hattingen")


def test_a_json_record_reads_like_a_form() -> None:
    words = resolve_markup(page([
        (100, [(200, "Antragsdaten (JSON)")]),
        (160, [(200, "{")]),
        (220, [(200, '"familienname": "Krause",')]),
        (280, [(200, '"vornamen": "Anna Maria",')]),
        (340, [(200, '"geburtsdatum": "1990-02-01",')]),
        (400, [(200, '"geburtsort": "Bochum",')]),
        (460, [(200, "}")]),
    ]))
    got = _got(words)
    assert (got["family_name"], got["given_names"]) == ("Krause", "Anna Maria")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1990-02-01", "Bochum")


def test_a_form_quoting_a_tag_is_no_message() -> None:
    words = page([
        (100, [(200, "Familienname"), (900, "Krause")]),
        (160, [(200, "Hinweis: <Name> bitte in Druckschrift")]),
    ])
    assert resolve_markup(words) is words


def test_label_words_split_names_at_case_and_separators() -> None:
    assert label_words("geburtsDatum") == "geburts Datum"
    assert label_words("anschrift.strasse") == "anschrift strasse"
    assert label_words("wohnungsgeber_name") == "wohnungsgeber name"


def test_a_values_words_keep_the_ocr_confidence_of_the_words_they_come_from() -> None:
    words = page([
        (100, [(200, "<person>")]),
        (160, [(200, "<familienname>Maria Jager</familienname>")]),
        (220, [(200, "<vornamen>Anna</vornamen>")]),
        (280, [(200, "</person>")]),
    ], confidence=0.9)
    # GIVEN OCR that doubted the second word of a value (an umlaut's dots the pixels show)
    doubted = [w if "Jager" not in w.text else
               type(w)(w.text, (w.x0, w.y0, w.x1, w.y1), 0.3, w.page) for w in words]
    out = {w.text: w.confidence for w in resolve_markup(doubted)}
    assert out["Jager"] == 0.3 and out["Maria"] == 0.3 and out["Anna"] == 0.9


def test_a_spreadsheets_column_names_read_as_labels() -> None:
    # GIVEN a sheet whose rows are named by data keys with their table's prefix
    words = split_data_keys(page([
        (100, [(200, "Erfassungsblatt Wohnsitzanmeldung")]),
        (160, [(200, "p_familienname"), (900, "Ferrari")]),
        (220, [(200, "p_geb_datum"), (900, "6.11.1993")]),
        (280, [(200, "w_strasse"), (900, "Wittener Straße")]),
        (340, [(200, "w_hausnr"), (900, "32")]),
        (400, [(200, "w_plz"), (900, "06108")]),
        (460, [(200, "w_ort"), (900, "Halle (Saale)")]),
        (520, [(200, "Anmeldungen_Eingang-16.xls"), (900, "info@stadt.de")]),
    ]))
    # THEN the keys are label words over the keys' own place, without their prefixes
    texts = [w.text for w in words]
    assert "ort:" in texts and "w_ort" not in texts and "w" not in texts
    assert "Anmeldungen_Eingang-16.xls" in texts  # (a file's name is no key)
    got = _got(words)
    assert (got["family_name"], got["date_of_birth"]) == ("Ferrari", "1993-11-06")
    assert (got["street"], got["house_number"], got["postal_code"], got["city"]) == (
        "Wittener Straße", "32", "06108", "Halle (Saale)")


def test_key_words_drop_a_prefix_and_split_at_case_and_underscores() -> None:
    assert key_words("w_einzug_dat") == ["einzug", "dat"]
    assert key_words("eDatumEhe") == ["Datum", "Ehe"]
    assert key_words("Ort_Ehe:") == ["Ort", "Ehe:"]


def test_a_key_with_its_value_beside_it_is_a_label_throughout() -> None:
    # GIVEN keys whose last part qualifies them ("Akt" for current, "Lst" for list) before
    # their value, and a key among the headers of a table
    words = split_data_keys(page([
        (100, [(200, "Übertrag Sterbeurkunde")]),
        (160, [(200, "pNachnameAkt"), (900, "Müller")]),
        (220, [(200, "pVornamenLst"), (900, "Karl-Heinz")]),
        (300, [(200, "Familienname"), (900, "Vornamen"), (1500, "Ort_Geburt")]),
    ]))
    texts = [w.text for w in words]
    assert "Akt:" in texts and "Geburt" in texts  # (closed beside its value, open in a row)
    got = {k: v.value for k, v in extract_fields(get("sterbeurkunde"), words).items()}
    assert (got["family_name"], got["given_names"]) == ("Müller", "Karl-Heinz")


def test_a_sheets_keys_tell_the_landlord_from_the_dwelling() -> None:
    words = split_data_keys(page([
        (100, [(200, "Wohnungsgeberbestätigung – Datenerfassung")]),
        (160, [(200, "WG_Name"), (900, "Felix Schulz")]),
        (220, [(200, "WG_Anschrift_komplett"), (900, "Hattinger Straße 82, 45527 Hattingen")]),
        (280, [(200, "Einzugsdatum"), (900, "24.09.2026")]),
        (340, [(200, "Whg_Anschrift"), (900, "Kemnader Straße 66, 44797 Bochum")]),
    ]))
    got = {k: v.value for k, v in extract_fields(get("wohnungsgeberbestaetigung"),
                                                 words).items()}
    assert (got["landlord_name"], got["landlord_address"]) == (
        "Felix Schulz", "Hattinger Straße 82, 45527 Hattingen")
    assert (got["street"], got["house_number"], got["city"]) == ("Kemnader Straße", "66", "Bochum")


def test_the_header_of_a_sheets_value_column_is_no_value() -> None:
    words = split_data_keys(page([
        (100, [(200, "Übertrag Geburtsurkunde")]),
        (160, [(200, "feld_name"), (900, "Inhalt (Zelle)")]),
        (220, [(200, "Vornamen lt. Unterlage"), (900, "Lukas")]),
    ]))
    got = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words).items()}
    assert "family_name" not in got and got["given_names"] == "Lukas"
