"""Records printed as data (SQL, CSV, INI) are read as labelled values."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.records import resolve_data_records
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import page


def _fields(doc_type: str, words: list[Word]) -> dict[str, object]:
    return {k: v.value for k, v in extract_fields(get(doc_type), resolve_data_records(words))
            .items()}


def _lines(words: list[Word]) -> list[str]:
    return [" ".join(line.text.split()) for line in build_lines(words)]


def _rows(*texts: str, start: float = 100) -> list[tuple[float, list[tuple[float, str]]]]:
    return [(start + 60 * n, [(200, t)]) for n, t in enumerate(texts)]


def test_an_sql_insert_over_many_lines_gives_each_column_its_value() -> None:
    words = page(_rows(
        "Ausdruck der Übergabedatei", "BEGIN;",
        "INSERT INTO melde.person (familienname, vornamen, geburtsdatum,",
        "geburtsort) VALUES ('O''Brien', 'Siobhan Mary', DATE '1988-04-02',",
        "'Mülheim an der", "Ruhr');",
        "INSERT INTO melde.wohnung (strasse, hausnummer, postleitzahl, wohnort)",
        "VALUES ('Am Stadtpark', 12, 45468, 'Mülheim an der Ruhr');",
        "COMMIT;", "Seite 1 von 1"))
    got = _fields("anmeldung", words)
    assert (got["family_name"], got["given_names"]) == ("O'Brien", "Siobhan Mary")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1988-04-02", "Mülheim an der Ruhr")
    assert (got["street"], got["house_number"], got["postal_code"]) \
        == ("Am Stadtpark", "12", "45468")
    lines = _lines(resolve_data_records(words))
    # the record's lines push the rest of the page down, in order
    assert lines[-2:] == ["COMMIT;", "Seite 1 von 1"]


def test_a_csv_header_over_a_row_of_values_wrapped_at_its_separators() -> None:
    words = page(_rows(
        "auszug.csv", "1 familienname;vornamen;geburtsdatum;",
        "2 geburtsort;sterbedatum;sterbeort",
        '3 "Nowak";"Jan Piotr";"19400317";',
        '4 "Gdańsk";"20260102";"Hattingen"'))
    got = _fields("sterbeurkunde", words)
    assert (got["family_name"], got["given_names"]) == ("Nowak", "Jan Piotr")
    # a compact date of a data record is an ISO date
    assert (got["date_of_birth"], got["date_of_death"]) == ("1940-03-17", "2026-01-02")
    assert got["place_of_death"] == "Hattingen"


def test_a_csv_header_separated_by_commas_over_a_value_wrapped_at_a_space() -> None:
    words = page(_rows(
        "kopf.nr,person.familienname,person.vornamen,",
        "aufenthalt.zweck,person.geburtsort",
        "7,Okafor,Chidi,Aufnahme einer", "Beschäftigung,Lagos", "Seite 1"))
    lines = _lines(resolve_data_records(words))
    assert lines == ["kopf nr: 7", "person familienname: Okafor", "person vornamen: Chidi",
                     "aufenthalt zweck: Aufnahme einer Beschäftigung",
                     "person geburtsort: Lagos", "Seite 1"]


def test_a_scanned_csv_with_spaces_beside_its_separators() -> None:
    # OCR sets spaces beside semicolons the print had none beside
    words = page(_rows("familienname ;vornamen ; geburtsort", '"Kowalski" ;"Ewa"; "Łódź"'),
                 confidence=0.9)
    assert _lines(resolve_data_records(words)) \
        == ["familienname: Kowalski", "vornamen: Ewa", "geburtsort: Łódź"]


def test_an_ini_file_keeps_its_sections_as_headings() -> None:
    lines = _lines(resolve_data_records(page(_rows(
        "[person]", "familienname=Kaya", "vornamen = Deniz", "geburtsdatum=20010911"))))
    assert lines == ["person", "familienname: Kaya", "vornamen: Deniz",
                     "geburtsdatum: 2001-09-11"]


def test_a_machine_readable_zone_in_a_record_stays_a_line_of_its_own() -> None:
    mrz = ("P<USASMITH<<ASHLEY<<<<<<<<<<<<<<<<<<<<<<<<<<",
           "N8363792<5USA0310217F2705114<<<<<<<<<<<<<<<0")
    lines = _lines(resolve_data_records(page(_rows(
        "INSERT INTO dok (typ, zeile1, zeile2) VALUES (", f"'P', '{mrz[0]}',", f"'{mrz[1]}');"))))
    assert lines == ["dok", "typ: P", *mrz]  # (the table's name as the record's heading)


def test_a_form_with_a_stray_equals_sign_or_semicolon_is_no_record() -> None:
    words = page(_rows("Familienname: Bauer; geb. Klein", "Gebühr = 28,00 EUR",
                       "Hinweis: a=b", "Gemeinde, Kreis, Staat", "Witten, Ennepe-Ruhr, D"))
    assert resolve_data_records(words) == words
    assert resolve_data_records([]) == []
