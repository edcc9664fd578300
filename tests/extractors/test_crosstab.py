"""Cross tables: a cell's label is its row's caption and its column's header together."""

from __future__ import annotations

from extractors.crosstab import resolve_cross_tables
from extractors.fields import extract_fields
from extractors.layout import build_lines
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import chunk_words, page


def _certificate() -> list:  # type: ignore[type-arg]
    return page([
        (100, [(200, "Sterbeurkunde")]),
        (200, [(200, "Familienname"), (900, "Böhm")]),
        (260, [(200, "Vornamen"), (900, "Hans-Peter")]),
        (400, [(900, "Geburt"), (1400, "Tod"), (1900, "Eintragung im"), (2500, "diese")]),
        (440, [(1900, "Register"), (2500, "Urkunde")]),
        (520, [(200, "Datum"), (900, "9.6.1959"), (1400, "1.5.2026"),
               (1900, "7.5.2026"), (2500, "30.10.2026")]),
        (600, [(200, "Gemeinde / Behörde"), (900, "Berlin"), (1400, "Essen"),
               (1900, "StA Essen"), (2500, "StA Essen")]),
        (680, [(200, "Nummer im Register"), (1900, "S 94/2026")]),
    ])


def test_a_cells_label_is_its_column_and_its_row() -> None:
    words = resolve_cross_tables(_certificate())
    got = {k: v.value for k, v in extract_fields(get("sterbeurkunde"), words).items()}
    assert (got["date_of_birth"], got["place_of_birth"]) == ("1959-06-09", "Berlin")
    assert (got["date_of_death"], got["place_of_death"]) == ("2026-05-01", "Essen")
    assert got["register_number"] == "S 94/2026"
    # the captions and the header row go: every line left is the form's or a row of cells
    first = [line.segments[0].text for line in build_lines(words)]
    assert "Gemeinde / Behörde" not in first and not any(t.startswith("Geburt || ") for t in first)
    assert first[-1] == "Eintragung im Register Nummer im Register: S 94/2026"


def test_a_form_of_labels_and_values_has_no_cross_table() -> None:
    words = page([
        (100, [(200, "Familienname"), (900, "Böhm"), (1500, "Vornamen"), (2000, "Anna")]),
        (160, [(200, "Geburtsort"), (900, "Essen"), (1500, "Geburtsdatum"),
               (2000, "01.02.1990")]),
    ])
    assert resolve_cross_tables(words) is words


def test_persons_as_columns_with_numbered_headers_and_a_section_row() -> None:
    # GIVEN a birth certificate as a matrix: a column per person, its header numbered in a
    # remark ("die Mutter (Sp. 2)"), a section's heading under the headers, and the full
    # names of the parents in the family-name row
    words = resolve_cross_tables(page([
        (100, [(200, "Geburtsurkunde – Kind und Eltern")]),
        (200, [(1100, "Kind (Spalte 1)"), (1600, "die Mutter (Sp. 2)"),
               (2100, "Vater (Spalte 3)")]),
        (260, [(200, "Kind – Mutter – Vater")]),
        (320, [(200, "Familienname wie im Ausweis"), (1100, "Mühlenbeck"),
               (1600, "Anna Böhm"), (2100, "Tobias Mühlenbeck")]),
        (380, [(200, "alle Vornamen wie im Ausweis"), (1100, "Marie-Luise")]),
        (440, [(200, "Geburtsdatum je Spalte"), (1100, "18.08.2025"), (1600, "27.12.1985"),
               (2100, "17.05.2001")]),
        (500, [(200, "Geburtsort – Gemeinde"), (1100, "Essen")]),
        (560, [(200, "Geschlecht (m/w/d)"), (1100, "W")]),
    ]))
    # THEN each cell is labelled by its person and its row
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    assert "Mutter Familienname wie im Ausweis: Anna Böhm" in cells  # (the article goes)
    assert "Vater Geburtsdatum je Spalte: 17.05.2001" in cells
    got = {k: v.value for k, v in extract_fields(get("geburtsurkunde"), words).items()}
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "Mühlenbeck", "Marie-Luise", "2025-08-18")
    assert (got["mother_name"], got["father_name"]) == ("Anna Böhm", "Tobias Mühlenbeck")


def test_persons_as_columns_with_one_row_for_all_three_and_hints_under_the_captions() -> None:
    # GIVEN a matrix whose parents' columns are filled only in the name row, a section's
    # heading reaching under the child's column, item numbers "1.1", and a hint in small
    # print under each caption
    rows = [
        (100, [(200, "Geburtsurkunde (tabellarische Form)")]),
        (200, [(1000, "das geborene Kind (Sp. 1)"), (1700, "Mutter (Spalte 2)"),
               (2300, "Vater (Spalte 3)")]),
        (260, [(200, "Angaben zum Kind und zu den Eltern")]),
        (320, [(200, "1.1 FamName, Dr., Passn."), (1000, "Koch"), (1700, "Renée Koch"),
               (2300, "Felix Horst Koch")]),
        (420, [(200, "1.2 alle Vornamen (Dok.)"), (1000, "Käthe")]),
        (520, [(200, "1.3 Geb.-Dat. (Person)"), (1000, "6. März 2019")]),
        (620, [(200, "1.4 Geb.-Ort, ggf. Staat"), (1000, "Mülheim an der Ruhr")]),
    ]
    words = page(rows)
    for y in (360, 460, 560):
        words += chunk_words(200, y, "Hinweis in kleiner Schrift", height=20)
    cells = [seg.text for line in build_lines(resolve_cross_tables(words))
             for seg in line.segments]
    # THEN the cells are labelled without the item numbers, the hints or the article
    assert "Mutter FamName, Dr., Passn.: Renée Koch" in cells
    assert "Vater FamName, Dr., Passn.: Felix Horst Koch" in cells
    assert "geborene Kind (Sp. 1) alle Vornamen: Käthe" not in cells
    assert "geborene Kind alle Vornamen: Käthe" in cells


def test_a_row_per_person_under_headers_set_flush_at_their_bottom() -> None:
    # GIVEN a spreadsheet's table of the spouses: a row per person, the first column's
    # header over the row captions, the longer headers wrapped upwards in their cells
    words = resolve_cross_tables(page([
        (100, [(200, "Eheurkunde – Datenübertrag")]),
        (200, [(900, "Nachname lt."), (2100, "Geburtsdatum")]),
        (260, [(200, "Person (lfd.)"), (900, "Unterlage"), (1400, "Vornamen lt. Unterlage"),
               (2100, "lt. Unterlage")]),
        (340, [(200, "Ehegatte(in) Nr. 1"), (900, "Schwarz"), (1400, "Marlene Lea"),
               (2200, "10.01.1942")]),
        (420, [(200, "Ehegatte(in) Nr. 2"), (900, "Dörfler"), (1400, "Hannelore Jana"),
               (2200, "01.02.1963")]),
    ]))
    # THEN each cell is labelled by its person first, the number kept, then its column
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    assert "Ehegatte Nr. 2 Nachname Unterlage: Dörfler" in cells
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), words).items()}
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == ("Schwarz", "Marlene Lea")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == (
        "Dörfler", "Hannelore Jana")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1942-01-10", "1963-02-01")


def test_a_row_of_headers_set_flush_at_their_bottom_is_read_as_one_line() -> None:
    # GIVEN a row of headers whose longer ones wrap upwards ("Ort" over "Eheschließung"),
    # over one row of values and no row captions
    words = resolve_cross_tables(page([
        (100, [(200, "Eheurkunde")]),
        (200, [(900, "Ort")]),
        (240, [(200, "Datum Eheschließung"), (900, "Eheschließung"), (1500, "Registernummer")]),
        (320, [(200, "29.04.1990"), (900, "Dortmund"), (1500, "E 2814/1990")]),
    ]))
    # THEN the wrapped header reads whole in the header row, and its value under it
    assert "Ort Eheschließung" in [seg.text for line in build_lines(words)
                                   for seg in line.segments]
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), words).items()}
    assert (got["marriage_place"], got["marriage_date"]) == ("Dortmund", "1990-04-29")


def test_role_columns_keep_the_words_that_say_whose_column_it_is() -> None:
    # GIVEN a residence-permit form with a column per person, the applicant's last, its
    # header a relative clause wrapped over two lines, a caption "Familien- bzw. Nachname",
    # and a street whose house number wrapped onto a line of its own
    words = resolve_cross_tables(page([
        (100, [(200, "Antrag auf Erteilung eines Aufenthaltstitels")]),
        (200, [(1000, "Gastgeber/in in"), (1500, "Bezugsperson im"), (2000, "Person, für die")]),
        (240, [(1000, "Deutschland"), (1500, "Bundesgebiet"), (2000, "der Titel beantragt wird")]),
        (320, [(200, "Familien- bzw. Nachname"), (1000, "García"), (1500, "Lefèvre"),
               (2000, "Öztürk")]),
        (380, [(200, "Geburtsdatum"), (1000, "1953-07-24"), (1500, "1950-10-26"),
               (2000, "2005-09-25")]),
        (440, [(200, "Straße und Nr."), (1000, "Am Bergbaumuseum"), (1500, "Marienplatz 86"),
               (2000, "Bahnhofstraße 178")]),
        (480, [(1000, "20")]),
        (540, [(200, "Staatsangehörigkeit"), (1000, "griechisch"), (1500, "rumänisch"),
               (2000, "türkisch")]),
    ]))
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    # THEN the cells keep the roles, the caption keeps its whole noun, and the rows after
    # the wrapped value are still the table's
    assert "Person Titel beantragt Nachname: Öztürk" in cells
    assert "Bezugsperson im Bundesgebiet Staatsangehörigkeit: rumänisch" in cells
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"), words).items()}
    assert (got["family_name"], got["date_of_birth"]) == ("Öztürk", "2005-09-25")
    assert (got["street"], got["house_number"], got["nationality"]) == (
        "Bahnhofstraße", "178", "TUR")


def test_a_row_per_person_whose_captions_and_values_wrap_in_their_cells() -> None:
    # GIVEN a certificate's table of the people: narrow header cells wrapped over lines
    # ("Fam.-" / "Name"), a caption per person numbered without "Nr." whose remark wraps
    # ("Ehegatte 1 (erste" / "Spalte)") beside the rests of its wrapped values, and a
    # witness's row whose remark stands under its caption
    words = resolve_cross_tables(page([
        (100, [(200, "Eheurkunde (Personenübersicht)")]),
        (200, [(900, "Fam.-Name d."), (1300, "Vornamen d."), (1700, "Vor- u. Fam.-"),
               (2100, "Geb.-Tag d.")]),
        (250, [(900, "Pers."), (1300, "Pers."), (1700, "Name"), (2100, "Pers.")]),
        (340, [(200, "Ehegatte 1 (erste"), (900, "Kühn"), (1300, "Gisela"), (2100, "23.")]),
        (390, [(200, "Spalte)"), (1300, "Hannelore"), (2100, "September")]),
        (440, [(2100, "1992")]),
        (520, [(200, "Ehegatte 2 (zweite"), (900, "Nikolaidis"), (1300, "Andrei"),
               (2100, "6. März")]),
        (570, [(200, "Spalte)"), (2100, "1971")]),
        (650, [(200, "Trauzeuge"), (1700, "Uwe")]),
        (700, [(200, "(anwesend)"), (1700, "von Ahlen")]),
        (800, [(200, "Standesamt Herne, 18.07.2026")]),
    ]))
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    # THEN each cell keeps its person's number, its header whole, and its value whole
    assert "Ehegatte 1 Vornamen Pers.: Gisela Hannelore" in cells
    assert "Ehegatte 2 Geb.-Tag Pers.: 6. März 1971" in cells
    assert any(c.startswith("Vor- Fam.-Name") and c.endswith(": Uwe von Ahlen") for c in cells)
    got = {k: v.value for k, v in extract_fields(get("eheurkunde"), words).items()}
    assert (got["spouse1_family_name"], got["spouse1_given_names"]) == (
        "Kühn", "Gisela Hannelore")
    assert (got["spouse2_family_name"], got["spouse2_given_names"]) == ("Nikolaidis", "Andrei")
    assert (got["spouse1_date_of_birth"], got["spouse2_date_of_birth"]) == (
        "1992-09-23", "1971-03-06")


def test_a_column_of_roles_says_whose_row_it_is() -> None:
    # GIVEN a row per person numbered only by a running number, a column saying each row's
    # role, and the cells' drawn walls just left of their values
    rows = [
        (100, [(200, "Aufenthaltsantrag – Familienangehörige")]),
        (200, [(600, "Rolle im Haushalt"), (1300, "Familienname"), (1800, "Vornamen"),
               (2300, "Geburtsdatum")]),
        (280, [(200, "lfd. Nr. 1"), (600, "Ehepartner/in"), (1300, "Costa"),
               (1800, "Mariana"), (2300, "05.01.1999")]),
        (360, [(200, "lfd. Nr. 2"), (600, "Antragsteller/in"), (1300, "Santos"),
               (1800, "Gabriel"), (2300, "03.07.2008")]),
    ]
    words = page(rows)
    walls = [Word("|", (x - 4, y, x - 3, y + 40), 1.0, 1) for y, cells in rows[2:]
             for x, _ in cells[2:]]
    words = resolve_cross_tables(sorted(words + walls, key=lambda w: (w.y0, w.x0)))
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    # THEN each cell is labelled by its row's role, not cut from it by the wall
    assert "Antragsteller/in Familienname: Santos" in cells
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"), words).items()}
    assert (got["family_name"], got["given_names"], got["date_of_birth"]) == (
        "Santos", "Gabriel", "2008-07-03")


def test_a_death_certificates_people_table_with_captions_and_values_broken_off() -> None:
    # GIVEN a row per person: the informant's caption broken after "oder", the deceased's
    # address broken after "An der", a dash for an empty cell, and the spouse's caption
    # naming the deceased in the genitive ("der verstorbenen Person")
    words = resolve_cross_tables(page([
        (100, [(200, "Sterbeurkunde mit Angaben zu Angehörigen")]),
        (200, [(1000, "Familienname"), (1400, "Vornamen"), (1800, "Name"), (2200, "Anschrift")]),
        (300, [(200, "anzeigende Stelle oder"), (1000, "–"), (1800, "Jörg"),
               (2200, "Marienplatz 18,")]),
        (350, [(200, "Person (Anzeige)"), (1800, "Richter"), (2200, "45147 Essen")]),
        (420, [(200, "die verstorbene"), (1000, "Nüßlein"), (1400, "Mia Hannah"),
               (2200, "An der")]),
        (470, [(200, "Person selbst"), (2200, "Halle 9, 23554 Lübeck")]),
        (540, [(200, "Ehegattin der"), (1000, "Becker"), (1400, "Tilla"), (1800, "–")]),
        (590, [(200, "verstorbenen Person")]),
        (700, [(200, "Tag des Todes"), (1000, "06.10.2025")]),
        (760, [(200, "Ort des Todes"), (1000, "Mülheim an der Ruhr")]),
    ]))
    cells = [seg.text for line in build_lines(words) for seg in line.segments]
    # THEN the wrapped captions and values read whole, each cell labelled by its person first
    assert "anzeigende Stelle oder Person Name: Jörg Richter" in cells
    assert "verstorbene Person selbst Anschrift: An der Halle 9, 23554 Lübeck" in cells
    got = {k: v.value for k, v in extract_fields(get("sterbeurkunde"), words).items()}
    assert (got["family_name"], got["given_names"]) == ("Nüßlein", "Mia Hannah")
    assert got["place_of_death"] == "Mülheim an der Ruhr"


def test_a_registration_table_whose_roles_say_which_row_is_the_registrants() -> None:
    # GIVEN a row per person under a column of marks ("×") and a role column headed
    # "Stellung zu / Pers. 1", a child's row before the registrant's ticked one
    words = resolve_cross_tables(page([
        (100, [(200, "Meldeschein für Familien (Anmeldung)")]),
        (200, [(500, "×"), (600, "Stellung zu"), (1200, "Fam.-Name"), (1600, "Geb.-Tag"),
               (2000, "Geschl.")]),
        (250, [(600, "Pers. 1"), (1200, "d. Pers."), (1600, "d. Pers."), (2000, "d. Pers.")]),
        (330, [(200, "Person 1"), (500, "☐ Kind, zieht mit"), (1200, "Bondarenko"),
               (1600, "13.11.2005"), (2000, "m")]),
        (410, [(200, "Person 2"), (500, "☒ Hauptperson"), (1200, "Shevchenko"),
               (1600, "17.10.1983"), (2000, "w")]),
    ]))
    got = {k: v.value for k, v in extract_fields(get("anmeldung"), words).items()}
    # THEN the registrant's values are read from the ticked role's row
    assert (got["family_name"], got["date_of_birth"], got["sex"]) == (
        "Shevchenko", "1983-10-17", "F")
