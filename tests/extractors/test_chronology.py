"""A document told as dated events is read by what each event's wording names."""

from __future__ import annotations

from extractors.chronology import Kind, kind_of, resolve_chronologies
from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import chunk_words, page


def _fields(doc_type: str, *pages: list[Word]) -> dict[str, object]:
    words = [w for p in resolve_chronologies(list(pages)) for w in p]
    return {k: v.value for k, v in extract_fields(get(doc_type), words).items()}


def _kind(text: str) -> tuple[str | None, bool]:
    return kind_of(chunk_words(0, 0, text))


def test_a_wording_names_its_event() -> None:
    assert _kind("Tod der betroffenen Person") == (Kind.DEATH, False)
    assert _kind("Trauung im Rathaus")[0] == Kind.MARRIAGE
    assert _kind("Ende der Gültigkeit des Reisepasses")[0] == Kind.EXPIRY
    assert _kind("Reisepass läuft ab")[0] == Kind.EXPIRY
    assert _kind("Ausfertigung der Urkunde")[0] == Kind.ISSUE
    assert _kind("Personalausweis ausgestellt")[0] == Kind.ISSUE
    assert _kind("Zuzug nach Bochum")[0] == Kind.MOVE_IN


def test_an_office_act_or_a_look_alike_word_is_no_field_event() -> None:
    assert _kind("Anmeldung der Eheschließung")[0] is None  # the notice, not the wedding
    assert _kind("Anzeige der Geburt durch die Klinik")[0] is None
    assert _kind("Einzugsermächtigung für die Kfz-Steuer erteilt")[0] is None
    assert _kind("Kaufvertrag unterschrieben")[0] is None


def test_an_earlier_document_or_visit_is_marked_so() -> None:
    assert _kind("frühere Einreise zu Besuch") == (Kind.ENTRY, True)
    assert _kind("alter Ausweis ausgestellt") == (Kind.ISSUE, True)
    assert _kind("Ausstellung eines früheren Dokuments") == (Kind.ISSUE, True)


# A death register's chronicle as a table: day | event | details | remark.
DEATH_TABLE = [
    (100, [(200, "Standesamt Herne – Registerführung")]),
    (180, [(200, "Familienname"), (1000, "Brandt")]),
    (240, [(200, "Vornamen"), (1000, "Walter Heinz")]),
    (340, [(200, "Datum"), (480, "Ereignis"), (1300, "Angaben"), (1900, "Vermerk")]),
    (420, [(200, "12.03.1941"), (480, "Geburt"), (1300, "Ereignisort: Hagen"),
           (1900, "siehe Akte")]),
    (500, [(200, "04.05.1968"), (480, "Heirat in Bochum"), (1300, "Bochum")]),
    (580, [(200, "17.08.2026"), (480, "Sterbefall eingetreten"), (1300, "Ort: Herne")]),
    (660, [(200, "20.08.2026"), (480, "Beurkundung im Register"),
           (1300, "Standesamt Herne")]),
    (710, [(1300, "S 812/2026")]),
    (790, [(200, "24.08.2026"), (480, "Bestattung"), (1300, "Friedhof Kirchstraße")]),
    (870, [(200, "02.09.2026"), (480, "Ausfertigung erteilt"), (1900, "telefonisch")]),
    (1000, [(200, "Herne, 03.09.2026")]),
]


def test_a_death_table_gives_each_date_its_field() -> None:
    got = _fields("sterbeurkunde", page(DEATH_TABLE))
    assert got["date_of_birth"] == "1941-03-12"
    assert got["place_of_birth"] == "Hagen"
    assert got["date_of_death"] == "2026-08-17"
    assert got["place_of_death"] == "Herne"
    assert got["registry_office"] == "Standesamt Herne"
    assert got["register_number"] == "S 812/2026"
    assert got["issue_date"] == "2026-09-02"


# A registration's course of events as a list: the day and the event on one line, the
# details indented under it; the oldest dwelling first.
MOVES = [
    (100, [(200, "Familienname: Yilmaz")]),
    (160, [(200, "Vornamen: Deniz")]),
    (260, [(200, "3. Mai 1990 – Geburt")]),
    (310, [(300, "Ort des Ereignisses: Izmir")]),
    (380, [(200, "1. Juni 2012 – Einzug (erste Wohnung)")]),
    (430, [(300, "Anschrift: Lindenallee 3, 44787 Bochum")]),
    (500, [(200, "15. Februar 2019 – Einzug in eine andere Wohnung")]),
    (550, [(300, "Anschrift: Rosenweg 12, 45127 Essen")]),
    (620, [(200, "30. Oktober 2026 – Einzug in die jetzige Wohnung")]),
    (670, [(300, "Anschrift: Wittener Straße 88, 44789 Bochum")]),
    (740, [(200, "2. November 2026 – Meldeschein unterschrieben")]),
    (860, [(200, "Angaben laut Meldeschein.")]),
]


def test_the_latest_move_is_the_new_dwelling_and_the_one_before_the_previous() -> None:
    got = _fields("anmeldung", page(MOVES))
    assert got["date_of_birth"] == "1990-05-03"
    assert got["place_of_birth"] == "Izmir"
    assert got["move_in_date"] == "2026-10-30"
    assert got["street"] == "Wittener Straße"
    assert got["house_number"] == "88"
    assert got["postal_code"] == "44789"
    assert got["previous_address"] == "Rosenweg 12, 45127 Essen"


def test_an_older_dwelling_keeps_only_its_date_and_wording() -> None:
    text = " ".join(line.text for line in build_lines(resolve_chronologies([page(MOVES)])[0]))
    assert "Lindenallee" not in text
    assert "1. Juni 2012" in text


# A marriage's chronicle, newest first, the second spouse's birth printed first.
MARRIAGE = [
    (100, [(200, "Erster Ehegatte")]),
    (160, [(200, "Familienname"), (900, "Wagner")]),
    (220, [(200, "Vornamen"), (900, "Petra")]),
    (300, [(200, "Zweiter Ehegatte")]),
    (360, [(200, "Familienname"), (900, "Kaya")]),
    (420, [(200, "Vornamen"), (900, "Emre")]),
    (520, [(200, "2026-05-04"), (500, "Ausfertigung dieser Urkunde")]),
    (600, [(200, "2011-06-20"), (500, "Beurkundung")]),
    (650, [(540, "Standesamt Witten")]),
    (700, [(540, "E 311/2011")]),
    (780, [(200, "2011-06-18"), (500, "Eheschließung")]),
    (830, [(540, "Witten")]),
    (910, [(200, "2011-04-02"), (500, "Anmeldung der Eheschließung")]),
    (990, [(200, "1985-09-14"), (500, "Geburt von Emre Kaya")]),
    (1070, [(200, "1983-01-30"), (500, "Geburt von Petra Wagner")]),
]


def test_births_named_in_a_marriage_chronicle_keep_their_spouses() -> None:
    got = _fields("eheurkunde", page(MARRIAGE))
    assert got["spouse1_date_of_birth"] == "1983-01-30"
    assert got["spouse2_date_of_birth"] == "1985-09-14"
    assert got["marriage_date"] == "2011-06-18"
    assert got["marriage_place"] == "Witten"
    assert got["registry_office"] == "Standesamt Witten"
    assert got["register_number"] == "E 311/2011"
    assert got["issue_date"] == "2026-05-04"


# A curriculum vitae with its days set flush right, a rail's marks between day and event.
def _flush_right(y: float, day: str, event: str) -> tuple[float, list[tuple[float, str]]]:
    width = 26.0 * len(day.replace(" ", "")) + 14.0 * day.count(" ")
    return y, [(700 - width, day), (760, "|"), (820, event)]


CV = [
    (100, [(200, "Name: Haddad")]),
    (160, [(200, "Vorname: Samir")]),
    (220, [(200, "Reisepass-Nr.: P4471203")]),
    _flush_right(320, "7. März 1992", "Geburt in Aleppo"),
    _flush_right(400, "1. Juli 2019", "frühere Einreise (Besuch)"),
    _flush_right(480, "20. Aug. 2019", "Ausreise"),
    _flush_right(560, "11. Februar 2025", "Ankunft in Deutschland"),
    _flush_right(640, "30. Sept. 2030", "Reisepass läuft ab"),
]


def test_a_flush_right_day_column_with_a_rail() -> None:
    got = _fields("aufenthaltstitel_antrag", page(CV))
    assert got["entry_date"] == "2025-02-11"
    assert got["passport_expiry_date"] == "2030-09-30"
    assert got["date_of_birth"] == "1992-03-07"


# A landlord's confirmation told as the flat's history: the tenants before are not the ones
# moving in.
FLAT = [
    (100, [(200, "Wohnungsgeber: Gerda Albers, Bergstraße 4, 58452 Witten")]),
    (160, [(200, "Wohnung: Ruhrstraße 19, 58452 Witten")]),
    (260, [(200, "01.08.2026 | Auszug der Vormieter")]),
    (310, [(300, "bisherige Mieter: Jan Peters")]),
    (380, [(200, "12.09.2026 | Mietvertrag unterschrieben")]),
    (460, [(200, "01.10.2026 | Einzug der neuen Mieter")]),
    (510, [(300, "Lea Brandt")]),
    (560, [(300, "Tom Brandt")]),
]


def test_the_persons_moving_in_are_those_of_the_move_in() -> None:
    got = _fields("wohnungsgeberbestaetigung", page(FLAT))
    assert got["move_in_date"] == "2026-10-01"
    assert got["tenant_names"] == ["Lea Brandt", "Tom Brandt"]


def test_a_page_without_events_comes_back_as_it_was() -> None:
    rows = [(100, [(200, "Familienname: Lange")]),
            (160, [(200, "01.02.2026 Rechnung Nr. 4711")]),
            (220, [(200, "03.02.2026 Zahlung eingegangen")])]
    pages = [page(rows)]
    assert resolve_chronologies(pages) == pages


# A birth register's chronicle whose detail cells wrap, with a remark column beside them.
WRAPPED = [
    (100, [(200, "Familienname: Roth")]),
    (160, [(200, "Vornamen: Ida")]),
    (260, [(200, "09.03.2026"), (560, "Geburt"), (900, "Ort des Ereignisses: Bochum"),
           (1980, "Beleg")]),
    (340, [(200, "11.03.2026"), (560, "Beurkundung"),
           (900, "zuständige Registerbehörde: Standesamt"), (1980, "Nachweis")]),
    (390, [(900, "Bochum"), (1980, "liegt vor")]),
    (440, [(900, "Eintrag: G 411/2026")]),
    (520, [(200, "20.10.2026"), (560, "Ausfertigung"), (900, "Urkunde"), (1980, "per Post")]),
]


def test_a_detail_wrapped_in_its_cell_is_read_whole() -> None:
    got = _fields("geburtsurkunde", page(WRAPPED))
    assert got["registry_office"] == "Standesamt Bochum"
    assert got["register_number"] == "G 411/2026"
    assert got["place_of_birth"] == "Bochum"
    assert got["issue_date"] == "2026-10-20"


def test_an_arrival_naming_only_a_town_is_no_previous_dwelling() -> None:
    rows = [(100, [(200, "Familienname: Rahimi")]),
            (160, [(200, "Vornamen: Laila")]),
            (260, [(200, "2019-03-01 – Einzug")]),
            (310, [(300, "Wohnung laut Eintrag: Herat, Afghanistan")]),
            (380, [(200, "2023-05-20 – Zuzug aus dem Ausland")]),
            (430, [(300, "Ereignisort: Kabul")]),
            (500, [(200, "2026-10-01 – Einzug")]),
            (550, [(300, "Wohnung laut Eintrag: Kortumstraße 7, 44787 Bochum")])]
    got = _fields("anmeldung", page(rows))
    assert got["move_in_date"] == "2026-10-01"
    assert got["previous_address"] == "Herat, Afghanistan"
    assert got["street"] == "Kortumstraße"


def test_a_forms_date_beside_the_next_cells_caption_is_no_event() -> None:
    rows = [(100, [(200, "geboren (Tag)"), (1100, "Geburtsort")]),
            (160, [(200, "07.05.1948"), (600, "Ort der Geburt lt. Urk."), (1100, "Lagos")]),
            (260, [(200, "bezogen ab (Tag)"), (600, "Straße/Nr. der neuen Whg.")]),
            (320, [(200, "24.09.2026"), (600, "Brückstraße 91")])]
    pages = [page(rows)]
    assert resolve_chronologies(pages) == pages


def test_a_move_ins_address_given_part_by_part_keeps_its_parts_labels() -> None:
    rows = [(100, [(200, "Familienname: Nguyen")]),
            (200, [(200, "7. April 1973 – Geburt der erfassten Person")]),
            (250, [(300, "Geburtsort der erfassten Person: Hanoi")]),
            (320, [(200, "27. September 2026 – Bezug der neuen Wohnung")]),
            (370, [(300, "Straße (erfasste Wohnanschrift): Bahnhofstraße")]),
            (420, [(300, "Hausnummer (erfasste Wohnanschrift): 97")]),
            (470, [(300, "Postleitzahl (erfasste Wohnanschrift): 45525")]),
            (520, [(300, "Gemeinde (erfasste Wohnanschrift): Hattingen")])]
    got = _fields("anmeldung", page(rows))
    assert got["place_of_birth"] == "Hanoi"
    assert (got["street"], got["house_number"]) == ("Bahnhofstraße", "97")
    assert (got["postal_code"], got["city"]) == ("45525", "Hattingen")
    assert got["move_in_date"] == "2026-09-27"
