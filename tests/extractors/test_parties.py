"""Whose value is it: a column headed by another person's role holds that person's values."""

from __future__ import annotations

from extractors.fields import extract_fields, person_number
from extractors.layout import build_lines
from extractors.parties import PRIOR_OTHER_COLUMN, column_party, column_party_prior, party_of
from schemas.registry import get
from tests.fakes.wordpage import page


def values(type_name: str, words: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {k: v.value for k, v in extract_fields(get(type_name), words).items()}


def _two_people(first: str, second: str) -> list:  # type: ignore[type-arg]
    return page([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(900, first), (1700, second)]),
        (280, [(200, "Familienname"), (900, "Kovalenko"), (1700, "Mansour")]),
        (340, [(200, "Vornamen"), (900, "Yuliia"), (1700, "Hamza")]),
        (400, [(200, "Geburtsdatum"), (900, "04.09.1977"), (1700, "15.06.1977")]),
        (460, [(200, "Geburtsort"), (900, "Odesa"), (1700, "Gizeh")]),
    ])


def test_the_applicants_column_wins_when_another_persons_column_comes_first() -> None:
    got = values("aufenthaltstitel_antrag",
                 _two_people("Verpflichtungsgeber/in", "Antragsteller/in"))
    assert (got["family_name"], got["given_names"]) == ("Mansour", "Hamza")
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1977-06-15", "Gizeh")


def test_columns_that_name_nobody_keep_the_first_persons_values() -> None:
    got = values("aufenthaltstitel_antrag", _two_people("Person 1", "Person 2"))
    assert (got["family_name"], got["date_of_birth"]) == ("Kovalenko", "1977-09-04")


def test_a_value_in_a_row_of_an_unknown_label_is_no_column_header() -> None:
    # GIVEN a row whose label the type does not know, its value naming an agent
    words = page([
        (200, [(200, "Rechtsstellung"), (1300, "von der Eigentümerseite beauftragt")]),
        (280, [(200, "Straße"), (1300, "Fußgängerweg")]),
    ])
    lines = build_lines(words)
    street = lines[1]
    # THEN the street's value has no header naming another party
    ends = {1: (street.segments[0].x0, street.segments[0].x1)}
    assert column_party_prior(lines, ends, get("wohnungsgeberbestaetigung"),
                              street.segments[1].words, 1, street.segments[0]) == 1.0


def test_a_header_two_lines_up_over_the_value_counts() -> None:
    words = page([
        (200, [(900, "Gastgeber/in in"), (1500, "Person, für die")]),
        (240, [(900, "Deutschland"), (1500, "beantragt wird")]),
        (320, [(200, "Familienname"), (900, "García"), (1500, "Öztürk")]),
    ])
    lines = build_lines(words)
    row = lines[2]
    doc_type = get("aufenthaltstitel_antrag")
    ends = {2: (row.segments[0].x0, row.segments[0].x1)}
    assert column_party_prior(lines, ends, doc_type, row.segments[1].words, 2,
                              row.segments[0]) == PRIOR_OTHER_COLUMN
    assert column_party_prior(lines, ends, doc_type, row.segments[2].words, 2,
                              row.segments[0]) == 1.0


def test_party_of_tells_own_from_other_and_activities_from_people() -> None:
    doc_type = get("aufenthaltstitel_antrag")
    assert party_of("Antragsteller/in", doc_type) is True
    assert party_of("Gastgeber/in", doc_type) is False
    assert party_of("Angaben", doc_type) is None
    assert party_of("Verpflichtungserklärung liegt vor", doc_type) is False


def test_labels_tagged_with_an_agents_or_a_contacts_role_are_theirs() -> None:
    # GIVEN a registration form that tags every label with its person's role, the agent's
    # and the contact's before the registering person's
    words = page([
        (100, [(200, "Anmeldeformular für Einzug")]),
        (200, [(200, "Bevollm. Person: Familienname: Dubois")]),
        (260, [(200, "Bevollm. Person: Geburtsdatum: 23.12.1982")]),
        (320, [(200, "Rückfragen an: Familienname: Schwarz")]),
        (380, [(200, "Anmeldende/r: Familienname: Ferrari")]),
        (440, [(200, "Anmeldende/r: Geburtsdatum: 18.05.1993")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["date_of_birth"]) == ("Ferrari", "1993-05-18")


def test_a_role_with_its_place_and_the_labels_words_after_it_is_a_tag() -> None:
    words = page([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(200, "Gastgeber/in in Deutschland derzeitige Staatsangehörigkeit: griechisch")]),
        (260, [(200, "Antragsteller/in derzeitige Staatsangehörigkeit: türkisch")]),
    ])
    assert values("aufenthaltstitel_antrag", words)["nationality"] == "TUR"


def test_a_heading_of_the_registered_dwelling_ends_the_agents_part() -> None:
    # GIVEN the registering person's values, then an agent's part with an address, then the
    # new dwelling under a heading that holds a label's word ("neue Anschrift")
    words = page([
        (100, [(200, "Anmeldung")]),
        (200, [(200, "gesetzliche/r Vertreter/in")]),
        (260, [(200, "kein Eintrag erforderlich")]),
        (340, [(200, "Die folgenden Angaben betreffen die Person, die hiermit angemeldet wird.")]),
        (400, [(200, "Familienname:"), (1100, "Meißner")]),
        (460, [(200, "Geburtsdatum:"), (1100, "10.01.2000")]),
        (560, [(200, "bevollmächtigte Person")]),
        (620, [(200, "Familienname:"), (1100, "Weber")]),
        (680, [(200, "Straße:"), (1100, "Am Bergbaumuseum")]),
        (740, [(200, "Ort:"), (1100, "Gießen")]),
        (840, [(200, "Die angemeldete Wohnung (neue Anschrift)")]),
        (900, [(200, "Straße:"), (1100, "Schloßstraße")]),
        (960, [(200, "Ort:"), (1100, "Gelsenkirchen")]),
    ])
    got = values("anmeldung", words)
    assert (got["family_name"], got["date_of_birth"]) == ("Meißner", "2000-01-10")
    assert (got["street"], got["city"]) == ("Schloßstraße", "Gelsenkirchen")


def test_the_role_named_first_is_the_one_a_heading_speaks_of() -> None:
    assert party_of("Vertreter/in der antragstellenden Person", get("aufenthaltstitel_antrag")) \
        is False
    assert party_of("vorheriger Halter", get("antrag_zulassung")) is False
    assert party_of("Vorhalter", get("antrag_zulassung")) is False
    assert party_of("Halter/in des zuzulassenden Fahrzeugs", get("antrag_zulassung")) is True


def test_side_captions_wrapped_under_themselves_and_a_sentence_name_whose_block_it_is() -> None:
    # GIVEN a vehicle application with the previous holder's block under a side caption
    # wrapped over two lines, the holder's under another, then an agent's block announced
    # by a sentence
    words = page([
        (100, [(200, "Fahrzeugzulassung – Beteiligte Personen")]),
        (200, [(200, "vorheriger Halter"), (700, "Vorname(n):"), (1300, "Anna Sophie")]),
        (240, [(200, "laut Teil II")]),
        (300, [(700, "Geburtsdatum:"), (1300, "22.02.1983")]),
        (360, [(700, "PLZ:"), (1300, "23562")]),
        (460, [(200, "Halter/in des"), (700, "Vorname(n):"), (1300, "Bärbel")]),
        (500, [(200, "zuzulassenden")]),
        (560, [(700, "Geburtsdatum:"), (1300, "02.09.2003")]),
        (620, [(700, "PLZ der"), (1300, "45899")]),
        (660, [(700, "Wohnanschrift:")]),
        (760, [(200, "Die nachstehende Person handelt mit Vollmacht und ist nicht die Halterin.")]),
        (840, [(200, "Vorname(n):"), (900, "Lucía")]),
        (900, [(200, "PLZ der Wohnanschrift:"), (900, "44135")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["holder_given_names"], got["holder_date_of_birth"]) == ("Bärbel", "2003-09-02")
    assert got["postal_code"] == "45899"


def test_numbered_spouses_are_told_by_their_numbers_not_their_order() -> None:
    # GIVEN a marriage certificate listing the second spouse first, then the first, then a
    # witness, every label tagged with its person, values under the labels
    words = page([
        (100, [(200, "Eheurkunde – Beteiligte")]),
        (200, [(200, "Ehegatte 2 – Vornamen"), (1300, "Ehegatte 2 – Familienname")]),
        (260, [(210, "Bernd"), (1310, "Braun")]),
        (340, [(200, "Ehegatte 2 – Geburtsdatum")]),
        (400, [(210, "03.06.1986")]),
        (480, [(200, "Ehepartner/in Nr. 1 – Familienname"),
               (1300, "Ehepartner/in Nr. 1 – Vornamen")]),
        (540, [(210, "Groß"), (1310, "Jonas")]),
        (620, [(200, "Ehepartner/in Nr. 1 – Geburtsdatum")]),
        (680, [(210, "11.10.1956")]),
        (760, [(200, "Trauzeug/in – Vornamen"), (1300, "Trauzeug/in – Familienname")]),
        (820, [(210, "Fatima"), (1310, "Nasser")]),
        (900, [(200, "Tag der Eheschließung:"), (1100, "18.03.2010")]),
    ])
    got = values("eheurkunde", words)
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Groß", "Jonas")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Braun", "Bernd")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1956-10-11", "1986-06-03")


def test_person_numbers_in_tags_and_headings() -> None:
    assert person_number("Ehepartner/in Nr. 1 –") == 1
    assert person_number("Angaben über Ehegatte/Ehegattin 2") == 2
    assert person_number("2. Ehegatte/in 1") == 1
    assert person_number("Personalien der zweiten eheschließenden Person") == 2
    assert person_number("Ehegatte (1) und Ehegatte (2)") is None
    assert person_number("Ehegattin") is None


def test_blocks_of_numbered_people_belong_to_others_unless_their_heading_names_the_applicant(
) -> None:
    # GIVEN a vehicle application whose people stand in numbered blocks, the holder's second
    # and the first one's role not among the roles the type knows
    words = page([
        (100, [(200, "Fahrzeugzulassung (Personenübersicht)")]),
        (200, [(200, "Person 1 – weitere fahrende Person")]),
        (260, [(220, "Familienname"), (1200, "Vornamen")]),
        (320, [(230, "Richter"), (1210, "Brigitte")]),
        (380, [(220, "Geburtsdatum")]),
        (440, [(230, "18.11.1971")]),
        (540, [(200, "Person 2 – Halter/in, auf die/den zugelassen wird")]),
        (600, [(220, "Familienname"), (1200, "Vornamen")]),
        (660, [(230, "Krüger"), (1210, "Greta")]),
        (720, [(220, "Geburtsdatum")]),
        (780, [(230, "18.09.1975")]),
    ])
    got = values("antrag_zulassung", words)
    assert (got["holder_family_name"], got["holder_given_names"]) == ("Krüger", "Greta")
    assert got["holder_date_of_birth"] == "1975-09-18"


def test_a_table_of_the_people_moving_in_lists_every_row_under_its_name_column() -> None:
    words = page([
        (100, [(200, "Bestätigung des Wohnungsgebers")]),
        (200, [(200, "Einzugstag"), (1000, "08.10.2026")]),
        (300, [(220, "Einziehende Personen (je Spalte)")]),
        (360, [(600, "Name (Vorn. u. Fam.-N.)"), (1400, "Geburtsdatum (T.M.J.)")]),
        (420, [(200, "Person 1"), (600, "Esra Erdem"), (1400, "14.06.1962")]),
        (480, [(200, "Person 2"), (600, "Burak Kurt"), (1400, "01.02.1990")]),
        (540, [(200, "Person 3"), (600, "Can Kurt"), (1400, "03.04.2015")]),
        (700, [(200, "Essen, 07.10.2026")]),
    ])
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Esra Erdem", "Burak Kurt", "Can Kurt"]


def test_a_heading_that_names_the_people_last_heads_their_table() -> None:
    # GIVEN a sentence heading whose last word says who moves in, over a table whose name
    # column is headed in abbreviations
    words = page([
        (100, [(200, "Bestätigung des Wohnungsgebers")]),
        (200, [(200, "Einzugstag"), (1000, "08.10.2026")]),
        (300, [(220, "Alle Personen, die in die Wohnung einziehen")]),
        (360, [(600, "Vor- u. Fam.-Name dieser Pers."), (1600, "Geb.-Tag d. Pers.")]),
        (420, [(200, "1. Person"), (600, "Esra Erdem"), (1600, "14.06.1962")]),
        (480, [(200, "2. Person"), (600, "Burak Kurt"), (1600, "01.02.1990")]),
        (700, [(200, "Essen, 07.10.2026")]),
    ])
    # THEN every row of the name column is a tenant
    assert values("wohnungsgeberbestaetigung", words)["tenant_names"] == [
        "Esra Erdem", "Burak Kurt"]


def test_the_informants_column_of_a_death_certificate_is_someone_elses() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde – verstorbene Person und Beteiligte im Überblick")]),
        (200, [(1100, "verstorbene Person"), (1600, "hinterbliebene/r"),
               (2100, "Anzeige erstattet durch")]),
        (250, [(1100, "(Gegenstand des"), (1600, "Ehegatte/Ehegattin")]),
        (300, [(1100, "Eintrags)"), (1600, "(Spalte)")]),
        (380, [(200, "Familienname dieser Person"), (1100, "Schneider"), (1600, "Becker")]),
        (440, [(200, "Vornamen dieser Person (alle)"), (1100, "Brigitte"), (1600, "Renée")]),
        (500, [(200, "Vor- und Familienname dieser"), (2100, "Jörg Overbeck")]),
        (550, [(200, "Person")]),
        (620, [(200, "Geburtstag dieser Person"), (1100, "26. Juni 1944"),
               (1600, "13. Dezember 1951")]),
    ])
    got = values("sterbeurkunde", words)
    assert (got["family_name"], got["given_names"]) == ("Schneider", "Brigitte")


def test_a_column_header_holding_a_labels_word_still_heads_its_column() -> None:
    # GIVEN a header row whose first cell holds a label's wording ("verstorbene Person"), as
    # OCR reads it, over an informant's column
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(1100, "verstorbene Person"), (1700, "hinterbliebene/r"),
               (2300, "Anzeige erstattet durch")]),
        (280, [(200, "Familienname dieser Person"), (1100, "Schneider")]),
        (340, [(200, "Vor- und Familienname dieser"), (2300, "Jörg Overbeck")]),
    ])
    lines = build_lines(words)
    row = lines[3]
    ends = {1: (lines[1].segments[0].x0, lines[1].segments[0].x1),
            2: (lines[2].segments[0].x0, lines[2].segments[0].x1),
            3: (row.segments[0].x0, row.segments[0].x1)}
    assert column_party_prior(lines, ends, get("sterbeurkunde"), row.segments[1].words, 3,
                              row.segments[0]) == PRIOR_OTHER_COLUMN


def test_a_labels_wrapped_last_word_is_no_name() -> None:
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Vor- und Familienname dieser")]),
        (250, [(200, "Person")]),
    ])
    assert "family_name" not in values("sterbeurkunde", words)


def test_a_labelled_cell_above_a_value_is_no_column_header() -> None:
    # GIVEN a row-per-person table's cell ("anzeigende Person Name: Jörg Richter") standing
    # over the value of a label further down
    lines = build_lines(page([
        (200, [(1000, "anzeigende Person Name: Jörg Richter")]),
        (300, [(200, "Ort des Todes"), (1000, "Mülheim")]),
    ]))
    label, value = lines[1].segments
    # THEN the cell names nobody's column: the value is not the informant's
    assert column_party(lines, {}, get("sterbeurkunde"), value.words, 1, label) is None


def test_a_preposition_stem_is_a_word_not_letters_inside_another() -> None:
    # GIVEN a spouse's cell whose caption holds "Ehegattin" and "verstorbenen" (the stems of
    # "verstorben in", one inside a word)
    words = page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Familienname"), (1200, "Nüßlein")]),
        (300, [(200, "Ehegattin der verstorbenen Person Beruf: Lehrerin")]),
    ])
    # THEN it is no label of the place of death
    assert values("sterbeurkunde", words).get("place_of_death") != "Lehrerin"
