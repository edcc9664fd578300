"""Printed values become the catalog's normalised values."""

from __future__ import annotations

import pytest

from extractors import values as v
from schemas.base import ValueKind


@pytest.mark.parametrize(("printed", "iso"), [
    ("14.03.1987", "1987-03-14"), ("14. März 1987", "1987-03-14"), ("1987-03-14", "1987-03-14"),
    ("4.3.1987", "1987-03-04"), ("14 Maerz 1987", "1987-03-14"),
    ("am 01. Dezember 2025", "2025-12-01"),
    ("l4.O3.1987", "1987-03-14"), ("14/03/1987", "1987-03-14"),
    # months in Roman numerals, as old typed forms print them; OCR reads I as l
    ("25. VI. 1985", "1985-06-25"), ("Witten, 1. XI. 2026", "2026-11-01"),
    ("3. Vl. 1990", "1990-06-03"), ("1. 1. 1990", "1990-01-01"),
    ("23. Febr. 2026", "2026-02-23"),
])
def test_dates(printed: str, iso: str) -> None:
    assert v.parse_date(printed) == iso


def test_impossible_date_is_not_a_date() -> None:
    assert v.parse_date("31.02.1987") is None


@pytest.mark.parametrize(("printed", "code"), [
    ("weiblich", "F"), ("männlich", "M"), ("divers", "D"), ("ohne Angabe", "X"),
    ("[X] weiblich [ ] männlich", "F"), ("☐ weiblich ☒ männlich", "M"), ("W", "F"),
])
def test_sex(printed: str, code: str) -> None:
    assert v.parse_sex(printed) == code


def test_sex_without_a_tick_among_several_options_is_undecided() -> None:
    assert v.parse_sex("weiblich männlich divers") is None


@pytest.mark.parametrize(("printed", "code"), [
    ("1 (1 = weiblich, 2 = männlich, 3 = divers, 4 = keine Angabe)", "F"),
    ("(1 = weiblich, 2 = männlich) 2", "M"),
    ("Schlüssel 3 – 1: weiblich; 2: männlich; 3: divers", "D"),
])
def test_sex_as_a_key_number_from_its_legend(printed: str, code: str) -> None:
    assert v.parse_sex(printed) == code


def test_a_legend_without_its_key_number_picks_nothing() -> None:
    assert v.parse_sex("1 = weiblich, 2 = männlich") is None
    assert v.parse_sex("5 (1 = weiblich, 2 = männlich)") is None


@pytest.mark.parametrize(("printed", "code"), [
    ("deutsch", "DEU"), ("türkisch", "TUR"), ("Deutsche", "DEU"), ("POL", "POL"),
    ("syrisch", "SYR"), ("ukrainisch", "UKR"),
])
def test_nationality(printed: str, code: str) -> None:
    assert v.parse_nationality(printed) == code


def test_address_parts() -> None:
    line = "Bahnhofstraße 12-14, 44787 Bochum"
    assert v.parse_street(line) == "Bahnhofstraße"
    assert v.parse_house_number(line) == "12-14"
    assert v.parse_postal_code(line) == "44787"
    assert v.parse_city(line) == "Bochum"


def test_identifiers() -> None:
    assert v.parse_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    assert v.parse_plate("BO AB 123") == "BO-AB 123"
    assert v.parse_plate("M-X 7") == "M-X 7"
    assert v.parse_register_number("G 1234 / 2026") == "G 1234/2026"
    assert v.parse_vin("WVW ZZZ 1JZ XW 000001") == "WVWZZZ1JZXW000001"
    assert v.parse_evb("A1B2C3D") == "A1B2C3D"


def test_a_typed_x_opening_a_line_of_options_ticks_it() -> None:
    options = ("☐ Studium an einer Hochschule\n☐ Aufnahme einer Beschäftigung\n"
               "X Nachzug zu Familienangehörigen\n☐ ein anderer Aufenthaltszweck")
    assert v.parse_purpose(options) == "family"


def test_purpose_and_dwelling() -> None:
    assert v.parse_purpose("☐ Studium ☒ Erwerbstätigkeit ☐ Familiennachzug") == "employment"
    assert v.parse_purpose("zum Zweck des Studiums") == "study"
    assert v.parse_dwelling("Hauptwohnung") == "main"


def test_name_list() -> None:
    assert v.parse_name_list("Anna Müller, Ben Müller") == ["Anna Müller", "Ben Müller"]
    assert v.parse_name_list("1. Anna Müller\n2. Ben Müller") == ["Anna Müller", "Ben Müller"]
    # items numbered without a stop; a numbered line after an unnumbered list is no name
    assert v.parse_name_list("1 José Martínez\n2 Noël Martínez") == ["José Martínez",
                                                                      "Noël Martínez"]
    assert v.parse_name_list("Anna Müller\n7 Salvatorische Klausel") == ["Anna Müller"]


def test_names_keep_what_was_printed() -> None:
    assert v.parse_name("Anna   Sophie") == "Anna Sophie"
    assert v.parse_name("12345") is None


def test_registry_office_is_named_by_its_town() -> None:
    assert v.parse_registry_office("Standesamt Bochum") == "Standesamt Bochum"
    assert v.parse_registry_office("vor dem Standesamt Herne die Ehe") == "Standesamt Herne"
    # an office's unit in brackets is no part of the town, a river is
    assert v.parse_registry_office("Standesamt Essen (Urkundenstelle)") == "Standesamt Essen"
    assert v.parse_registry_office("Standesamt Halle (Saale)") == "Standesamt Halle (Saale)"
    # (a department after a dash is no part of the office's name)
    assert v.parse_registry_office("Standesamt Herne – Registerführung und Urkunden") \
        == "Standesamt Herne"
    assert v.parse_registry_office("Herne – Urkundenstelle") == "Standesamt Herne"
    assert v.parse_registry_office("Standesamt Witten-Herbede") == "Standesamt Witten-Herbede"
    assert v.parse_registry_office("Standesamt Bochum (Auszug)") == "Standesamt Bochum"
    assert v.parse_registry_office("Standesamt Sterbeurkunde (Bürgerausfertigung)") is None
    assert v.parse_registry_office("Dortmund (Urkundenstelle)") == "Standesamt Dortmund"
    assert v.parse_registry_office("Der Standesbeamte / Die Standesbeamtin") is None


def test_an_office_heading_with_its_department_names_the_office() -> None:
    from schemas.base import ValueKind
    # a letterhead sets the department apart with a middle dot; after a label "Standesamt"
    # the value read is the rest of the line
    assert v.parse_value(ValueKind.REGISTRY_OFFICE,
                         "Standesamt Witten · Urkundenstelle") == "Standesamt Witten"
    assert v.parse_value(ValueKind.REGISTRY_OFFICE,
                         "Witten · Personenstandswesen") == "Standesamt Witten"


def test_dates_in_boxes_and_abbreviated_sex_parse() -> None:
    from extractors.values import parse_value
    from schemas.base import ValueKind
    assert parse_value(ValueKind.DATE, "14 03 1987") == "1987-03-14"
    # OCR reads the box walls as bars or letters.
    assert parse_value(ValueKind.DATE, "29 | 10 | 2026 | An der Halle") == "2026-10-29"
    assert parse_value(ValueKind.DATE, "29 I 10 I 2026") == "2026-10-29"
    assert parse_value(ValueKind.DATE, "Haus 12 | 3 | 20201") is None
    assert parse_value(ValueKind.SEX, "männl.") == "M"
    assert parse_value(ValueKind.SEX, "weibl.") == "F"


def test_words_squeezed_together_are_no_vin() -> None:
    from extractors.values import parse_value
    from schemas.base import ValueKind
    assert parse_value(ValueKind.VIN, "Servicetelefon 115 · Mo–Fr") is None
    assert parse_value(ValueKind.VIN, "WAUXDGNA75L321795") == "WAUXDGNA75L321795"


@pytest.mark.parametrize("street", ["Kortumstraße", "Castroper Str.", "Lindenweg", "Südring",
                                    "Am Grünen Weg", "An der Jahrhunderthalle", "Königsallee",
                                    "Unter den Linden", "Marienplatz", "Lange Reihe"])
def test_street_names_read_as_streets(street: str) -> None:
    assert v.street_shaped(street)


@pytest.mark.parametrize("text", ["Street and number", "Bochum", "Umzug", "Müller"])
def test_other_words_do_not_read_as_streets(text: str) -> None:
    assert not v.street_shaped(text)


def test_an_address_line_ends_with_its_town() -> None:
    text = "Hattinger Straße 96,\n90763 Fürth\nBestätigung erfolgt als\n☒ Eigentümer"
    assert v.parse_address_line(text) == "Hattinger Straße 96, 90763 Fürth"
    assert v.parse_address_line("Lindenweg 12\n45127 Essen") == "Lindenweg 12, 45127 Essen"


@pytest.mark.parametrize(("text", "address"), [
    ("Ümminger Straße 143, 35398 Gießen gemeldet. Für Rückfragen",
     "Ümminger Straße 143, 35398 Gießen"),
    ("Weg 1, 12345 Stadt wohnhaft", "Weg 1, 12345 Stadt"),
    ("Kemnader Str. 5, 45478 Mülheim an der Ruhr", "Kemnader Str. 5, 45478 Mülheim an der Ruhr"),
    ("Am Markt 2, 06108 Halle (Saale)", "Am Markt 2, 06108 Halle (Saale)"),
    ("Weg 3, 67433 Neustadt a. d. Weinstraße", "Weg 3, 67433 Neustadt a. d. Weinstraße"),
    ("Ringstr. 9, 44137 Dortmund, Deutschland", "Ringstr. 9, 44137 Dortmund, Deutschland"),
])
def test_an_address_a_sentence_goes_on_after_ends_with_its_town(text: str, address: str) -> None:
    assert v.parse_address_line(text) == address


@pytest.mark.parametrize(("text", "purpose"), [
    ("☐ Studienaufenthalt an einer Hochschule ☐ Aufnahme einer Arbeitsstelle "
     "☒ Zusammenleben mit Angehörigen ☐ Schutzbedürftigkeit ☐ Anderer Anlass", "family"),
    ("☐ Studienaufenthalt an einer Hochschule ☒ Aufnahme einer Arbeitsstelle "
     "☐ Zusammenleben mit Angehörigen", "employment"),
    ("Aufenthalt aus einem weiteren Anlass", "other"),
])
def test_a_ticked_options_word_may_stand_inside_its_wording(text: str, purpose: str) -> None:
    assert v.parse_purpose(text) == purpose


@pytest.mark.parametrize(("text", "purpose"), [
    # a sheet's column of options, the chosen row marked at its end
    ("Studium (§ 16b AufenthG)\nBeschäftigung (§§ 18 ff. AufenthG)\n"
     "Familiennachzug nach §§ 27 ff. AufenthG x\nhumanitär (§§ 22 ff. AufenthG)", "family"),
    ("Studium\nBeschäftigung ☒\nFamiliennachzug", "employment"),
    # a mark alone on the line over an option is that option's
    ("☐ Studium\nx\nBeschäftigung", "employment"),
    # ... and on a form of boxes before their options, a box ending a line opens the next
    ("[ ] Studium [ ] Erwerbstätigkeit (Beschäftigung) [ ] Familiennachzug [X]\n"
     "völkerrechtliche, humanitäre oder politische Gründe [ ] sonstiger", "humanitarian"),
])
def test_a_mark_closing_an_options_line_is_that_options(text: str, purpose: str) -> None:
    assert v.parse_purpose(text) == purpose


@pytest.mark.parametrize(("text", "address"), [
    ("Hattingen, den 25. September 2026 (Ort, Datum)", None),
    ("Straße des 17. Juni 12, 10557 Berlin", "Straße des 17. Juni 12, 10557 Berlin"),
])
def test_a_place_and_date_is_no_address(text: str, address: str | None) -> None:
    assert v.parse_address_line(text) == address


def test_a_heading_opening_with_a_fused_preposition_is_no_full_name() -> None:
    assert v.parse_full_name("Zum Eintrag im Buch") is None
    assert v.parse_full_name("Klaus Jürgen zum Felde") == "Klaus Jürgen zum Felde"


def test_a_labels_wrapped_words_and_translations_are_no_address() -> None:
    assert v.parse_address_line("bewohnte Wohnung / Logement précédent / Previous residence") \
        is None
    assert v.parse_address_line("Person/Stelle") is None
    assert v.parse_address_line("Wroclaw, Polen") == "Wroclaw, Polen"  # a town abroad


@pytest.mark.parametrize("text", ["Vorgangskennung 2026/225039", "4 Zusammenfassung",
                                  "Umzug von", "ERREICHBARKEIT DER PERSON", "Vorwohnung",
                                  "Sehr geehrtes Team", "☒ Ja, das stimmt"])
def test_what_holds_no_street_postal_code_or_country_is_no_address(text: str) -> None:
    assert v.parse_address_line(text) is None


@pytest.mark.parametrize("text", ["Kirchplatz 35, 50733 Köln", "ul. Długa 5, 00-001 Warszawa",
                                  "221B Baker Street, London", "Hauptstr. 5",
                                  "Ho-Chi-Minh-Stadt, Vietnam", "Bahnhofstraße 12 a, 44787 Bochum"])
def test_addresses_at_home_and_abroad_are_kept(text: str) -> None:
    assert v.parse_address_line(text) == text


@pytest.mark.parametrize("text", ["Bevollmächtigter", "Jemand", "Eig. Beauftr", "NAME",
                                  "Vorgang (Nummer) 2026/536447", "Bürgerbüro Bochum",
                                  "Ich bin Eigentümer/in der Wohnung", "BZW. DER WOHNUNGSGEBER"])
def test_a_role_a_label_or_an_office_is_no_landlords_name(text: str) -> None:
    assert v.parse_organisation_or_name(text) is None


@pytest.mark.parametrize("text", ["Zoë Bärbel Schwarz", "André de la Cruz", "Vonovia SE",
                                  "Gebr. Schäfer Immobilien GmbH", "Bochumer Wohnstätten eG",
                                  "Eigentümergemeinschaft Kirchplatz 5", "MÜLLER, HANS"])
def test_persons_and_firms_are_landlords_names(text: str) -> None:
    assert v.parse_organisation_or_name(text) == text


def test_a_nationality_cut_short_on_a_card_when_it_begins_only_one() -> None:
    assert (v.parse_nationality("chin."), v.parse_nationality("türk.")) == ("CHN", "TUR")
    assert v.parse_nationality("Stud.") is None


def test_a_dwelling_in_a_clerks_shorthand() -> None:
    assert v.parse_value(ValueKind.DWELLING, "NebWhg.") == "secondary"
    assert v.parse_value(ValueKind.DWELLING, "Hpt.-Whg.") == "main"


def test_a_purpose_cut_short_on_a_card() -> None:
    assert v.parse_value(ValueKind.PURPOSE, "Stud. (Hochsch.)") == "study"
    assert v.parse_value(ValueKind.PURPOSE, "human. Gründe (Aufenth.)") == "humanitarian"
    assert v.parse_value(ValueKind.PURPOSE, "Stud. / ☒ Erwerbstät. (Beschäft.) / sonst. Zw."
                         ) == "employment"


def test_a_verb_is_no_name() -> None:
    assert v.parse_name("Ist") is None


def test_a_heading_opening_with_an_article_is_no_full_name() -> None:
    assert v.parse_full_name("DIE EINTRAGUNG IM REGISTER") is None


def test_a_childs_sex_in_plain_words() -> None:
    assert v.parse_value(ValueKind.SEX, "☒ Das Kind ist ein Mädchen.\n☐ Das Kind ist ein Junge."
                         ) == "F"
    assert v.parse_value(ValueKind.SEX, "☐ Das Kind ist ein Mädchen.\n☒ Das Kind ist ein Junge."
                         ) == "M"
    assert not v.names_only_options("Junge")  # a family name too


def test_an_option_box_on_another_line_opens_no_wording() -> None:
    text = "ZWECKKZ-AU\n-------------------- ☐\n04 HUMANITAER/SCHUTZ"
    assert v.parse_purpose(text) == "humanitarian"


def test_boxes_all_empty_choose_no_option_inside_a_wording() -> None:
    assert v.parse_purpose("☐ Aufnahme einer Arbeitsstelle ☐ Zusammenleben mit Angehörigen") \
        is None
    assert v.parse_purpose("☐ Aufnahme einer Arbeitsstelle") is None
    assert v.parse_purpose("☒ Aufnahme einer Arbeitsstelle") == "employment"


def test_a_register_letter_read_as_a_digit_is_put_back() -> None:
    assert v.parse_register_number("61363/2026") == "G 1363/2026"
    assert v.parse_register_number("5 270/2025") == "S 270/2025"
    assert v.parse_register_number("G 1363/2026") == "G 1363/2026"


def test_a_dollar_sign_in_a_code_is_an_s() -> None:
    assert v.parse_passport_number("$2223793") == "S2223793"
    assert v.parse_evb("$FR2WG4") == "SFR2WG4"


def test_ocr_specks_and_wrapped_label_endings_are_no_part_of_places() -> None:
    assert v.parse_place("Mülheim.an der Ruhr") == "Mülheim an der Ruhr"
    assert v.parse_place("St. Ingbert") == "St. Ingbert"
    assert v.parse_address_line("Vermieter/in Hattinger Straße 96,\n90763 Fürth") == \
        "Hattinger Straße 96, 90763 Fürth"


def test_an_empty_tick_box_closing_an_address_line_is_no_part_of_it() -> None:
    assert v.parse_address_line("Am Bergbaumuseum 91, 48151 Münster ☐") == \
        "Am Bergbaumuseum 91, 48151 Münster"
    assert v.parse_address_line("Lindenweg 12, 45127 Essen [ ]") == "Lindenweg 12, 45127 Essen"


def test_a_speck_before_the_house_number_is_dropped() -> None:
    assert v.split_street("Höntroper Straße .62") == ("Höntroper Straße", "62")


def test_a_name_whose_first_letter_ocr_read_small_is_capitalised() -> None:
    from extractors.values import parse_name
    assert parse_name("sören de la Cruz") == "Sören de la Cruz"
    assert parse_name("özlem Yilmaz") == "Özlem Yilmaz"
    assert parse_name("von der Heide") == "von der Heide"  # a particle stays small
    assert parse_name("anna Schmidt") is None  # "a" and "A" differ in shape: no misread
    assert parse_name("sind eingezogen") is None


def test_a_boxed_date_whose_walls_ocr_read_as_digits() -> None:
    from extractors.values import boxed_date_with_walls_read_as_digits, parse_date
    assert parse_date("3050721991") == "1991-07-30"  # 30|07|1991
    assert boxed_date_with_walls_read_as_digits("3050721991") == "1991-07-30"
    assert parse_date("1234567890") is None  # no month 45
    assert parse_date("0154 8695179") is None  # a telephone number


def test_a_house_numbers_letter_read_as_a_cent_sign() -> None:
    from extractors.values import parse_house_number
    assert parse_house_number("123¢") == "123c"


def test_a_date_is_no_street_and_options_are_no_names() -> None:
    assert v.split_street("19. Oktober 2026") is None
    assert v.split_street("Straße des 17. Juni 12") == ("Straße des 17. Juni", "12")
    assert v.names_only_options("☐ Hauptwohnung ☒ Nebenwohnung")
    assert v.names_only_options("Weiblich")
    assert not v.names_only_options("Hauptstraße")
    assert not v.names_only_options("☐")


@pytest.mark.parametrize(("printed", "place"), [
    ("23.12.1986 in Dresden", "Dresden"), ("30.05.1970 in Mülheim an der Ruhr",
                                           "Mülheim an der Ruhr"),
    ("21.10.2025, Hattingen", "Hattingen"),
    ("09. MAI 1967 in Mülheim an der Ruhr, 18:31 Uhr", "Mülheim an der Ruhr"),
    ("12.08.2026, 07:30 Uhr in Bochum", "Bochum"), ("3. Mai 2026 um 7.05 in Hagen", "Hagen"),
])
def test_a_place_after_its_date(printed: str, place: str) -> None:
    # under a label asking both ("Tag und Ort der Geburt")
    assert v.parse_place(printed) == place


def test_a_word_a_label_asks_for_is_no_place() -> None:
    assert v.parse_place("Staat") is None
    assert v.parse_place("Stadt") is None
    assert v.parse_place("Kreis Staat") is None
    assert v.parse_place("Mülheim an der Ruhr") == "Mülheim an der Ruhr"
    assert v.parse_place("Landau") == "Landau"


def test_a_date_is_no_passport_number() -> None:
    assert v.parse_passport_number("11. OKTOBER 2032 /") is None
    assert v.parse_passport_number("R5900304") == "R5900304"


@pytest.mark.parametrize(("text", "iso"), [
    ("22.NOV.1968", "1968-11-22"), ("27-Okt-2026", "2026-10-27"), ("14.März.2026", "2026-03-14"),
    ("14. März 1987", "1987-03-14"), ("5Mai 2020", "2020-05-05"),
])
def test_compact_dates_with_month_names_of_receipts_and_spreadsheets(text: str, iso: str) -> None:
    assert v.parse_date(text) == iso


def test_a_programs_field_name_is_no_name_nor_place() -> None:
    assert v.parse_name("Ort_Geburt") is None
    assert v.parse_place("Reg_Nr_Jahr") is None
    assert v.parse_name("Anna-Lena Meyer") == "Anna-Lena Meyer"


def test_a_preposition_alone_is_no_name() -> None:
    # "Vom": OCR's reading of the abbreviated label "Vorn."
    assert v.parse_name("Vom") is None
    assert v.parse_name("von der Heide") == "von der Heide"
    assert v.parse_name("Le") == "Le"


@pytest.mark.parametrize(("text", "iso"), [
    ("vierzehnter August 1965", "1965-08-14"), ("am ersten Mai 2020", "2020-05-01"),
    ("Hattingen, den fünfundzwanzigsten Juli 2026", "2026-07-25"),
    ("einunddreißigsten Dezember 1999", "1999-12-31"),
])
def test_days_written_out_as_ordinals(text: str, iso: str) -> None:
    assert v.parse_date(text) == iso


def test_a_choice_with_its_code_in_brackets_and_the_offices_shorthand() -> None:
    assert v.parse_sex("weibl. (w)") == "F"
    assert v.parse_sex("weibl. (m)") is None  # word and code disagree: a person looks
    assert v.parse_dwelling("HW") == "main" and v.parse_dwelling("NW") == "secondary"
    # a label's remark naming both codes chooses nothing
    assert v.parse_dwelling("Art der Wohnung (HW/NW)") is None


def test_a_registers_code_with_its_gloss_and_the_contracted_dwelling() -> None:
    assert v.parse_sex("W=WEIBL") == "F" and v.parse_sex("M = MAENNL") == "M"
    assert v.parse_sex("W=MAENNL") is None  # code and gloss disagree
    assert v.parse_dwelling("1 HAUPTWHG") == "main"
    assert v.parse_dwelling("Nebenwhg.") == "secondary"


def test_a_dwelling_worded_by_its_use_and_an_option_denied() -> None:
    assert v.parse_dwelling("☒ vorrangig genutzt ☐ zusätzlich genutzt") == "main"
    assert v.parse_dwelling("zusätzlich genutzt") == "secondary"
    assert v.parse_dwelling("nicht vorrangig genutzt") is None


@pytest.mark.parametrize(("run", "word"), [
    ("whg", "wohnung"), ("hauptwhg", "hauptwohnung"), ("hsnr", "hausnummer"),
    ("ztg", "zeitung"),
    # a word cut short, a month, a subject line, the start of another word: no contraction
    ("str", None), ("mrz", None), ("betr", None), ("kontonr", None), ("gebr", None),
])
def test_contractions_keep_a_words_start_and_consonants_of_its_rest(
        run: str, word: str | None) -> None:
    words = frozenset({"wohnung", "hauptwohnung", "hausnummer", "zeitung", "strasse",
                       "mandatsreferenz", "beantragter", "kontoinhaber", "geburtsregister"})
    assert v.contraction_of(run, words) == word


def test_contracted_options_and_a_label_naming_them_together() -> None:
    assert v.parse_dwelling("☒ Hauptwhg. (vorwiegend) ☐ Nebenwhg. (weitere)") == "main"
    assert v.parse_dwelling("☐ HAUPTWHG. ☒ NEBENWHG.") == "secondary"
    # "Haupt-/Nebenwhg." is the label before the value, naming both options
    assert v.parse_dwelling("Haupt-/Nebenwhg. Hauptwohnung") == "main"
    assert v.parse_dwelling("Haupt- oder Nebenwohnung: Nebenwohnung") == "secondary"


def test_a_town_on_the_line_after_its_postal_code() -> None:
    assert v.parse_city("Universitätsstraße 107, 44869\nBochum") == "Bochum"


def test_a_whole_address_is_no_partys_name() -> None:
    assert v.parse_organisation_or_name("Königsallee 106, 44789 Bochum") is None
    assert v.parse_organisation_or_name("Wohnbau 2000 GmbH") == "Wohnbau 2000 GmbH"


def test_a_small_letter_remark_is_no_address() -> None:
    assert v.parse_address_line("vollständig") is None
    assert v.parse_address_line("Lille, Frankreich") == "Lille, Frankreich"


def test_eight_digits_standing_alone_are_a_date_when_only_one_reading_is() -> None:
    assert v.parse_value(ValueKind.DATE, "25112003") == "2003-11-25"  # day first
    assert v.parse_value(ValueKind.DATE, "20261031") == "2026-10-31"  # year first
    assert v.parse_value(ValueKind.DATE, "29379754") is None  # a transaction number
    assert v.parse_value(ValueKind.DATE, "Beleg 25112003") is None
    assert v.find_dates("Vorgang 25112003") == []  # never in running text


def test_a_terminals_ascii_capitals_still_name_their_option() -> None:
    assert v.parse_value(ValueKind.PURPOSE, "ERWERBSTAETIGKEIT (ZWECK)") == "employment"
    assert v.parse_value(ValueKind.NATIONALITY, "TUERKISCH") == "TUR"
    assert v.parse_value(ValueKind.DWELLING, "HAUPTWHG (ALLEIN)") == "main"
    # a name keeps its spelling; "eu"/"au" before an e is no umlaut
    assert v.parse_value(ValueKind.NAME, "Mueller") == "Mueller"
    assert v.parse_value(ValueKind.NATIONALITY, "NEUE") is None


def test_a_ticked_box_before_an_options_letter_code_chooses_it() -> None:
    assert v.parse_value(ValueKind.SEX, "☐ w ☒ m ☐ d ☐ o.Ang.") == "M"
    assert v.parse_value(ValueKind.SEX, "☒ w ☒ m") is None  # two ticked: nobody can say
    assert v.parse_value(ValueKind.SEX, "☐ w ☐ m ☐ d") is None


def test_registry_office_drops_the_municipalitys_style() -> None:
    # a letterhead names the town with its style ("Stadt Bochum"); the office is the town's
    assert v.parse_registry_office("Stadt Bochum") == "Standesamt Bochum"
    assert v.parse_registry_office("Standesamt der Hansestadt Rostock") == "Standesamt Rostock"
    assert v.parse_registry_office("Standesamt Stadthagen") == "Standesamt Stadthagen"


def test_a_date_is_no_previous_address() -> None:
    assert v.parse_address_line("18.06.2011, 4 Weitere Merkmale") is None
    assert v.parse_address_line("Am Bergbaumuseum 93, 97074 Würzburg") == \
        "Am Bergbaumuseum 93, 97074 Würzburg"


def test_a_numbers_label_is_no_street() -> None:
    assert v.parse_street("Muster-Nr. 659-83") is None
    assert v.parse_street("Straße, Nummer") is None
    assert v.parse_street("Am Ring 4") == "Am Ring"


def test_a_street_never_holds_a_remark_in_brackets() -> None:
    assert v.parse_street("Kemnader Straße 30") == "Kemnader Straße"
    assert v.parse_street("Wohnung (Gegenüberstellung) Kemnader Straße 30") is None


@pytest.mark.parametrize(("said", "street"), [
    ("Wir wohnen jetzt Universitätsstraße 149.", "Universitätsstraße"),
    ("Das ist die Ümminger Straße 76.", "Ümminger Straße"),
    ("Ich wohne in der Hauptstraße 5", "Hauptstraße"),
    ("Wir wohnen Am Markt 3", "Am Markt"),
    ("Das Eck 4", "Das Eck"),
    ("Die neue Adresse ist Ümminger Straße 76.", "Ümminger Straße"),
    ("Die Adresse lautet Am Markt 3", "Am Markt"),
    ("Die genannte Person wohnt in Lindenweg 45, 44135 Dortmund.", "Lindenweg"),
    ("wohnhaft in Im Düsterfeld 2a, 01187 Dresden", "Im Düsterfeld"),
    ("Gemeldet bin ich unter Marienplatz 3", "Marienplatz"),
    ("überlässt dem Mieter die im Hause Hauptstraße 53b, 50733 Köln gelegene Wohnung",
     "Hauptstraße"),
])
def test_a_street_given_in_a_sentence_is_read_without_the_sentences_words(
        said: str, street: str) -> None:
    assert v.parse_street(said) == street


def test_a_tables_header_with_cut_words_is_no_name_but_titles_and_initials_are() -> None:
    assert v.parse_name("Pos. in Liste") is None
    assert v.parse_name_list("Lfd. Nr. Liste") is None
    assert v.parse_name("Dr. Anna Meier") == "Dr. Anna Meier"
    assert v.parse_name("Hans J. Müller") == "Hans J. Müller"


def test_a_house_number_given_in_a_sentence() -> None:
    assert v.parse_house_number("Die Hausnummer ist die 160.") == "160"
    assert v.parse_house_number("Hausnummer 12a") == "12a"


def test_a_town_after_its_postal_code_ends_where_the_sentence_goes_on() -> None:
    assert v.parse_city("Kirchplatz 49, 44263 Dortmund zur ausschließlichen Nutzung") == \
        "Dortmund"
    # small words inside a town's name stay
    assert v.parse_city("45470 Mülheim an der Ruhr") == "Mülheim an der Ruhr"
    assert v.parse_city("60311 Frankfurt am Main") == "Frankfurt am Main"
    assert v.parse_city("06110 Halle (Saale)") == "Halle (Saale)"


def test_a_compounds_first_part_makes_no_name() -> None:
    assert v.parse_name("Vor- und") is None
    assert v.parse_name("Anna-Lena Schulze-Höing") == "Anna-Lena Schulze-Höing"


def test_a_correctors_initials_after_a_value_are_no_part_of_it() -> None:
    assert v.parse_name("Nguyen D.F.") == "Nguyen"
    assert v.parse_place("Abuja B.K") == "Abuja"
    assert v.parse_city("44791 Bochum L.T.") == "Bochum"
    assert v.parse_name("Hans J. Müller") == "Hans J. Müller"


def test_a_forms_closing_line_is_no_name() -> None:
    assert v.parse_name("Unterschrieben in Bochum") is None
    assert v.parse_name_list("Till Jonas Fuß\nUnterschrieben in Bochum") == ["Till Jonas Fuß"]


@pytest.mark.parametrize(("printed", "code"), [
    # a cross drawn over an empty box comes out as a mark beside the box
    ("☒ ☐ weiblich ☐ männlich", "F"),
    ("☐ Ich bin eine Frau.\n☒ ☐ Ich bin ein Mann.\n☐ Ich bin divers.", "M"),
    ("☐ Das Kind ist ein Mädchen.\n☐ Das Kind ist divers.\n☒ ☐ Es gibt keinen Eintrag.", "X"),
])
def test_sex_in_plain_language_and_a_cross_over_its_box(printed: str, code: str) -> None:
    assert v.parse_sex(printed) == code


def test_dwelling_as_plain_language_splits_it() -> None:
    # GIVEN the compound split with a hyphen, maybe in the answer's sentence
    assert v.parse_dwelling("Haupt-Wohnung") == "main"
    assert v.parse_dwelling("☐ Ja. Das ist meine Haupt-Wohnung.\n"
                            "☒ Nein. Das ist eine Neben-Wohnung.") == "secondary"
    # AND a shorthand's hyphen still stands for its words
    assert v.parse_dwelling("Whg.-St. ☒ H-Whg. ☐ N-Whg.") == "main"


@pytest.mark.parametrize(("printed", "iso"), [
    ("1957 05 09", "1957-05-09"), ("2026/10/23", "2026-10-23"), ("2026 13 40", None),
])
def test_a_label_printers_date_with_the_year_first(printed: str, iso: str | None) -> None:
    assert v.parse_date(printed) == iso


@pytest.mark.parametrize(("word", "number"), [
    ("neunzehnhundertachtzig", 1980), ("zweitausendeins", 2001), ("einundzwanzig", 21),
    ("eintausendneunhunderteinundsechzig", 1961), ("zweitausendsechsundzwanzig", 2026),
    ("Mandantschaft", None), ("undzwanzig", None),
])
def test_a_number_written_out_in_one_word(word: str, number: int | None) -> None:
    assert v.cardinal(word) == number


@pytest.mark.parametrize(("text", "iso"), [
    ("am dritten März neunzehnhundertachtzig", "1980-03-03"),
    ("den einunddreißigsten Dezember zweitausendeins", "2001-12-31"),
    ("vierundzwanzigster September\nzweitausendsechs", "2006-09-24"),
    ("7. (siebter) Juli 1982", "1982-07-07"),
    ("elften Mai neunzehnhundert", "1900-05-11"),
    # a sum in words is no year
    ("am dritten März fünfhundert Euro", None),
])
def test_a_date_written_out_in_words(text: str, iso: str | None) -> None:
    assert v.parse_date(text) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("11.08. 19 63", "1963-08-11"),       # a pre-printed century, the rest typed after it
    ("4.5.19 71", "1971-05-04"),
    ("11.10. 19 2026", "2026-10-11"),     # the printed century struck, the whole year typed
    ("am 2.1. 20 09.", "2009-01-02"),
])
def test_a_date_on_a_form_with_a_pre_printed_century(text: str, iso: str) -> None:
    assert v.parse_date(text) == iso


def test_a_pre_printed_century_is_no_date_of_a_decimal_number() -> None:
    assert v.parse_date("Seite 1.2. 19 63.5") is None


@pytest.mark.parametrize("text", ["Getreidegasse 58/2/11, 4020 Linz, Österreich",
                                  "Hauptplatz 3/1/4, 8010 Graz",
                                  "Bahnhofstrasse 5, CH-8001 Zürich"])
def test_foreign_addresses_with_stair_and_door_or_four_digit_postal_codes(text: str) -> None:
    assert v.parse_value(ValueKind.ADDRESS_LINE, text) == text


def test_a_flats_door_and_a_postal_code_are_no_date() -> None:
    # "2/11, 4020" would be the 2nd of November 4020
    assert v.find_dates("Getreidegasse 58/2/11, 4020 Linz") == []
    assert v.parse_value(ValueKind.ADDRESS_LINE, "Vorgangskennung 2026/225039") is None


def test_austrian_month_names() -> None:
    assert v.parse_date("28. Feber 2026") == "2026-02-28"
    assert v.parse_date("3. Jän. 2020") == "2020-01-03"


def test_a_sentence_that_ends_in_an_address_has_no_street() -> None:
    assert v.parse_street("Mit besten Grüßen vom Vermieter Marie-Luise Nüßlein Fußgängerweg 15") \
        is None
    assert v.parse_street("Platz der Opfer des Nationalsozialismus 3") \
        == "Platz der Opfer des Nationalsozialismus"


def test_an_offices_issuing_desk_is_no_part_of_its_name() -> None:
    assert v.parse_registry_office("Standesamt Bochum (Urkundenausgabe)") == "Standesamt Bochum"


def test_an_iban_in_a_sentence_ends_where_its_check_digits_say() -> None:
    assert v.parse_iban("von der IBAN DE02 4301 0111 4165 3083 51 ab.") \
        == "DE02430101114165308351"
