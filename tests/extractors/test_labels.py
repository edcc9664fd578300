"""Labels are found however a form words them: abbreviated, coordinated, numbered."""

from __future__ import annotations

from extractors.labels import ellipsis_readings, find_labels, squash
from extractors.layout import build_lines
from tests.fakes.wordpage import page


def labels_on(rows: list[tuple[float, list[tuple[float, str]]]], wordings: set[str]
              ) -> list[tuple[str, bool]]:
    hits = find_labels(build_lines(page(rows)), wordings)
    return [(h.label, h.strong) for h in hits]


def test_an_abbreviated_label_reads_as_its_full_wording() -> None:
    found = labels_on([(100, [(200, "Geschl."), (900, "weiblich")]),
                       (160, [(200, "Staatsang.:"), (900, "deutsch")])],
                      {"Geschlecht", "Staatsangehörigkeit"})
    assert ("Geschlecht", True) in found
    assert ("Staatsangehörigkeit", True) in found


def test_a_word_ending_a_sentence_or_a_short_stem_is_no_abbreviation() -> None:
    # "Adresse ....." has a dot leader, not an abbreviation; "Geb." is too short to expand.
    found = labels_on([(100, [(200, "Adresse ......... Gartenstraße 110")]),
                       (160, [(200, "Geb. 1990")])],
                      {"Adresse der Wohnung", "Geburtsdatum"})
    assert found == []


def test_coordinated_compounds_read_as_each_compound() -> None:
    assert "familienname" in ellipsis_readings("Familien-/Nachname")
    assert "nachname" in ellipsis_readings("Familien-/Nachname")
    assert "geburtsort" in ellipsis_readings("Geburtsdatum/-ort")
    assert "vorname" not in ellipsis_readings("Vermieter/in")
    found = labels_on([(100, [(200, "Pass-/Ausweisnummer"), (900, "C01X00T47")])],
                      {"Passnummer"})
    assert found == [("Passnummer", True)]


def test_slash_alternatives_read_as_either_word() -> None:
    assert {squash("Gemeinde"), squash("Stadt")} <= set(ellipsis_readings("Gemeinde/Stadt"))


def test_a_label_after_an_item_number_stands_first_in_its_line() -> None:
    found = labels_on([(100, [(200, "3 Familienname"), (900, "Müller")]),
                       (160, [(200, "b) Vornamen"), (900, "Anna")]),
                       (220, [(200, "Wohnort Familienname")])],
                      {"Familienname", "Vornamen"})
    assert found[0] == ("Familienname", True)
    assert found[1] == ("Vornamen", True)
    # Inside other words a label is no set-out label.
    assert found[2] == ("Familienname", False)


def test_a_compound_with_its_first_part_cut_short_reads_as_the_compound() -> None:
    found = labels_on([(100, [(200, "4 Fam.-Name"), (900, "Schulz")]),
                       (160, [(200, "Geb.-Name"), (900, "Wagner")]),
                       (220, [(200, "Geb.-Dat."), (900, "19.12.1948")]),
                       (280, [(200, "Geb.-Ort (Kreis)"), (900, "Essen")])],
                      {"Familienname", "Geburtsname", "Geburtsdatum", "Geburtsort", "Vorname",
                       "Familienname, Vorname"})
    assert found == [("Familienname", True), ("Geburtsname", True), ("Geburtsdatum", True),
                     ("Geburtsort", True)]


def test_a_shortened_compound_must_match_its_parts_in_order() -> None:
    # "Geb.-Name" is no "Geburtsdatum"; "Ge.-Name" keeps too little to say what it shortens.
    found = labels_on([(100, [(200, "Geb.-Name"), (900, "Wagner")]),
                       (160, [(200, "Ge.-Name"), (900, "Wagner")])],
                      {"Geburtsdatum", "Familienname"})
    assert found == []


def test_an_ocr_read_label_cell_that_lost_its_full_stop_reads_as_its_label() -> None:
    rows = [(100, [(200, "Vorn"), (900, "Fatima Zahra")])]
    ocr = find_labels(build_lines(page(rows, confidence=0.9)), {"Vorname", "Name"})
    assert [h.label for h in ocr] == ["Vorname"]
    # A text layer keeps its full stops: there "Vorn" is a word of its own.
    assert find_labels(build_lines(page(rows)), {"Vorname", "Name"}) == []


def test_an_ocr_word_that_may_begin_several_labels_is_none_of_them() -> None:
    rows = [(100, [(200, "Geburt"), (900, "Bochum")])]
    assert find_labels(build_lines(page(rows, confidence=0.9)),
                       {"Geburtsort", "Geburtsdatum"}) == []


def test_a_label_read_from_a_word_cut_short_is_no_evidence_of_the_type() -> None:
    from extractors.classify import classify
    from schemas.registry import TYPES
    rows = [(100, [(200, "Vorn"), (900, "Anna")])]
    hits = find_labels(build_lines(page(rows, confidence=0.9)), {"Vorname"})
    assert hits and all(h.guessed for h in hits)
    result = classify(build_lines(page(rows, confidence=0.9)), TYPES)
    assert result.scores == classify(build_lines(page([(100, [(900, "Anna")])],
                                                      confidence=0.9)), TYPES).scores


def test_one_printed_word_is_a_label_of_several_words_only_when_it_runs_them_together(
) -> None:
    # "Eingezogene Bewohner" names the tenants, not the date "eingezogen am", though the
    # letters are close; "Geborenam" run together is still "geboren am"
    found = labels_on([(100, [(200, "4 Eingezogene Bewohner/innen")]),
                       (160, [(200, "Geborenam"), (900, "01.02.1990")])],
                      {"eingezogen am", "geboren am"})
    assert [label for label, _ in found] == ["geboren am"]


def test_one_shortened_word_stands_for_a_word_not_for_a_wording_it_begins() -> None:
    found = labels_on([(100, [(200, "NACHN."), (900, "Müller")])],
                      {"Nachname", "Nachname, Vorname"})
    assert [label for label, _ in found] == ["Nachname"]


def test_a_scanned_word_that_is_a_labels_tail_is_not_that_label() -> None:
    # GIVEN OCR words "Nr. im Register" on a birth certificate: "Register" is the tail of
    # "Eheregister", whose head tells the registers apart
    lines = build_lines(page([(100, [(200, "Nr. im Register / Jahrgang")]),
                              (160, [(200, "Vornamen"), (900, "Greta")])], confidence=0.9))
    found = {h.label for h in find_labels(lines, {"Eheregister", "Vorname"}, resolve=False)}
    assert "Eheregister" not in found
    assert "Vorname" in found


def test_a_dot_leader_set_close_to_a_shortened_label_still_reads_as_its_label() -> None:
    # GIVEN a receipt's keys padded with dots up to their colon
    found = labels_on([(100, [(200, "ANSCHR...: Fußgängerweg 66")]),
                       (160, [(200, "EINZ.-DATUM.......: 15-10-2026")])],
                      {"Anschrift", "Einzugsdatum"})
    # THEN each reads as the label it shortens
    assert {"Anschrift", "Einzugsdatum"} <= {label for label, _ in found}


def test_on_a_text_layer_a_labels_last_word_differs_at_most_by_an_ending() -> None:
    # "Familienname (Zuname)" is the family name's label, not "Familienname, Vorname"; a
    # gender ending still reads as the listed word
    found = labels_on([(100, [(200, "FAMILIENNAME (ZUNAME)")]),
                       (160, [(200, "Name der Vermieterin")])],
                      {"Familienname", "Familienname, Vorname", "Name des Vermieters"})
    labels = {label for label, _ in found}
    assert "Familienname" in labels and "Familienname, Vorname" not in labels
    assert "Name des Vermieters" in labels


def test_a_scanned_word_is_a_label_ending_on_a_short_word_only_if_it_ends_so() -> None:
    # GIVEN OCR words: a section heading "Zu der verstorbenen Person", and "verstorbenin"
    # where OCR glued the label's two words
    lines = build_lines(page([(100, [(200, "Zu der verstorbenen Person")]),
                              (160, [(200, "verstorbenin"), (900, "Herne")]),
                              (220, [(200, "Eheschließung"), (900, "29.08.2014")])],
                             confidence=0.9))
    found = [h for h in find_labels(lines, {"verstorben in", "Eheschließung am"},
                                    resolve=False)]
    # THEN the glued run is the label, and a word that is the label without its short word;
    # "verstorbenen" has an ending instead of its "in"
    assert sorted((h.line.index, h.label) for h in found) == [
        (1, "verstorben in"), (2, "Eheschließung am")]


def test_a_shortened_word_and_the_rest_of_a_wording_written_out() -> None:
    # "verst. am" is "verstorben am", neither "verstorben in" nor the one word "verstorben"
    found = labels_on([(100, [(200, "verst. am (Datum)"), (900, "02.07.2026")])],
                      {"verstorben am", "verstorben in", "verstorben"})
    assert [label for label, _ in found] == ["verstorben am"]
    # "Tag d. Ausfertigung": an article cut to one letter ends no shortened wording
    found = labels_on([(100, [(200, "Tag d. Ausfertigung"), (900, "25-10-2026")])],
                      {"Tag der Eheschließung"})
    assert found == []


def test_contractions_and_wordings_without_their_article() -> None:
    found = labels_on([(100, [(200, "Bisherige Whg.:"), (900, "Lille, Frankreich")]),
                       (160, [(200, "Neue Whg. ist"), (900, "Nebenwohnung")])],
                      {"bisherige Wohnung", "Die neue Wohnung ist"})
    assert [label for label, _ in found] == ["bisherige Wohnung", "Die neue Wohnung ist"]


def test_a_category_before_its_colon_narrows_rather_than_lists() -> None:
    # "Name: Vornamen" asks the given names; "Name, Vornamen" lists two facts
    found = labels_on([(100, [(200, "Name: Vornamen"), (900, "Marco")])],
                      {"Name, Vornamen", "Vornamen"})
    assert "Name, Vornamen" not in [label for label, _ in found]
    found = labels_on([(100, [(200, "Name, Vornamen"), (900, "López, Marco")])],
                      {"Name, Vornamen", "Vornamen"})
    assert "Name, Vornamen" in [label for label, _ in found]


def test_a_printed_colon_closes_its_label() -> None:
    # "Straße: Am Markt" is the street's label and a street beginning with "Am", not a
    # near spelling of "Straßenname"
    found = labels_on([(100, [(200, "Straße: Am Markt")])], {"Straße", "Straßenname"})
    assert [label for label, _ in found] == ["Straße"]


def test_a_clerks_qualifier_glued_before_a_key_is_not_part_of_it() -> None:
    # "ERF.HNR" is the recorded house number, "KD-GESCHL" the customer's sex (cut short)
    found = labels_on([(100, [(200, "ERF.HNR"), (900, "48")]),
                       (160, [(200, "KD-GESCHL"), (900, "W")])],
                      {"HNr.", "Geschlecht"})
    assert sorted(label for label, _ in found) == ["Geschlecht", "HNr."]
    # ... but a qualifier that changes what the key names stays: "ALT.HNR" is no house number
    # of the new address
    assert labels_on([(100, [(200, "ALT.HNR"), (900, "12")])], {"HNr."}) == []


def test_two_labels_joined_by_a_slash_both_stand_one_cut_short() -> None:
    # "PLZ/Gem." asks the postal code and the town ("Gem." for Gemeinde) of one value
    found = labels_on([(100, [(200, "PLZ/Gem."), (900, "44805 Bochum")])],
                      {"PLZ", "Gemeinde", "Geburtsname"})
    assert sorted(label for label, _ in found) == ["Gemeinde", "PLZ"]


def test_an_old_systems_data_keys_read_as_the_labels_they_shorten() -> None:
    # keys with the record's prefix or suffix, or followed by a leader
    found = labels_on([(100, [(200, "EW-FNAM ______: Klein")]),
                       (160, [(200, "GDAT-EW"), (900, "19.09.1991")]),
                       (220, [(200, "WH-HSNR ______: 12")]),
                       (280, [(200, "EW-GESKZ"), (900, "M")])],
                      {"Familienname", "Vorname", "Geburtsdatum", "Geburtsort", "Hausnummer",
                       "Geschlecht"})
    assert sorted(label for label, _ in found) == ["Familienname", "Geburtsdatum",
                                                   "Geschlecht", "Hausnummer"]


def test_a_row_of_bare_keys_over_columns_reads_as_labels_with_a_glued_record_prefix() -> None:
    found = labels_on([(100, [(200, "EWFAMNAM"), (600, "EWVORNAM"), (1000, "EWGEBDAT"),
                              (1400, "EWGEBORT")]),
                       (160, [(200, "KÖHLER"), (600, "EMILIA"), (1000, "28.10.1955"),
                              (1400, "BOTTROP")])],
                      {"Familienname", "Vorname", "Geburtsdatum", "Geburtsort", "Hersteller"})
    assert sorted(label for label, _ in found) == ["Familienname", "Geburtsdatum",
                                                   "Geburtsort", "Vorname"]


def test_upper_case_words_that_are_no_keys_read_as_no_label() -> None:
    # a heading's record word (its letters run inside a syllable of "Straße/Platz"), a bare
    # value in capitals with no leader, and a word no label's letters hold
    found = labels_on([(100, [(200, "WHG-SATZ ZUZUG")]),
                       (160, [(200, "KLEIN"), (900, "ANDRÉ")]),
                       (220, [(200, "TERM-ID ____: OP91")])],
                      {"Straße/Platz", "Familienname", "Kleinbetrag", "Vorname"})
    assert found == []


def test_a_hyphenated_compounds_short_last_part_alone_is_no_label() -> None:
    # "SEITE-NR" is the listing's page number, not a house number; "ZUZUG-STRASSE" is the
    # street moved into, and "Familien-/Nachname" still reads as "Nachname"
    assert labels_on([(100, [(200, "SEITE-NR: 0001")])], {"Nr."}) == []
    assert [label for label, _ in labels_on(
        [(100, [(200, "ZUZUG-STRASSE ....... Im Düsterfeld")]),
         (160, [(200, "Familien-/Nachname"), (900, "Weiß")])],
        {"Nachname", "Straße"})] == ["Straße", "Nachname"]


def test_a_data_keys_leader_set_apart_as_a_segment_of_its_own_still_marks_it() -> None:
    found = labels_on([(100, [(200, "EWFAMNAM"), (520, "......."), (780, ":"), (900, "Wolf")]),
                       (160, [(200, "EWVORNAM"), (520, "......."), (780, ":"), (900, "Uwe")]),
                       (220, [(200, "EWGEBDAT"), (520, "......."), (780, ":"),
                              (900, "11.11.1995")])],
                      {"Familienname", "Vorname", "Geburtsdatum"})
    assert sorted(label for label, _ in found) == ["Familienname", "Geburtsdatum", "Vorname"]


def test_a_system_key_with_its_records_prefix_reads_as_its_label() -> None:
    # "BTR_NACHNAME" is the label "Nachname" behind the record's prefix
    found = labels_on([(100, [(200, "BTR_NACHNAME: Krause")]),
                       (160, [(200, "WHG_POSTLEITZAHL: 44787")])],
                      {"Nachname", "Postleitzahl", "Vorname"})
    assert sorted(label for label, _ in found) == ["Nachname", "Postleitzahl"]


def test_a_camel_case_key_reads_as_the_label_its_parts_shorten() -> None:
    # each capital starts a part of the label's word; a qualifier may stand before the key
    # or between it and its colon
    found = labels_on([(100, [(200, "NName Betr.: Krause")]),
                       (160, [(200, "VNamen Betr.: Anna")]),
                       (220, [(200, "Whg.HsNr: 12")]),
                       (280, [(200, "GebName: Schulz")])],
                      {"Nachname", "Vornamen", "Hausnummer", "Geburtsname", "Name"})
    assert sorted(label for label, _ in found) == ["Geburtsname", "Hausnummer", "Nachname",
                                                   "Vornamen"]


def test_camel_case_words_that_shorten_no_label_read_as_none() -> None:
    found = labels_on([(100, [(200, "GmbH: Krause")]), (160, [(200, "eMail: a@b.de")]),
                       (220, [(200, "KommFall Pro")])],
                      {"Nachname", "Geburtsname", "Familienname"})
    assert found == []


def test_two_labels_joined_by_a_plus_behind_a_glued_qualifier() -> None:
    # "Whg.Str+HsNr" names the dwelling's street and house number as "Str./HsNr" does
    found = labels_on([(100, [(200, "Whg.Str+HsNr: Hattinger Straße 129")])],
                      {"Str.", "Hsnr.", "Familienname"})
    assert sorted(label for label, _ in found) == ["Hsnr.", "Str."]


def test_a_word_shortened_to_some_of_its_letters_reads_as_its_label_but_proves_no_type(
) -> None:
    # "Gschl." keeps G-s-c-h-l of Geschlecht; "Fam.-Nm." the N and m of Name.
    hits = find_labels(build_lines(page([(100, [(200, "Gschl."), (900, "m")]),
                                         (160, [(200, "Fam.-Nm."), (900, "Ionescu")])])),
                       {"Geschlecht", "Familienname"})
    assert [(h.label, h.guessed) for h in hits] == [("Geschlecht", True),
                                                    ("Familienname", True)]


def test_a_skeleton_keeps_its_letters_close_together_near_the_words_end() -> None:
    # "Einz.-Tg." is the Einzugstag, not the t and g far apart in Einzugsbestätigung; a
    # label that stands as written ("Hausnr.") is no skeleton of a longer one.
    hits = find_labels(build_lines(page([(100, [(200, "Einz.-Tg."), (900, "24.10.2026")]),
                                         (160, [(200, "Hausnr."), (900, "4b")])])),
                       {"Einzugstag", "Einzugsbestätigung", "Hausnr.", "Hausnummer"})
    assert [h.label for h in hits] == ["Einzugstag", "Hausnr."]


def test_words_before_two_short_alternatives_belong_to_each() -> None:
    assert {"gebam", "gebin"} <= set(ellipsis_readings("geb. am/in"))
    found = labels_on([(100, [(200, "geb. am/in"), (900, "01.05.2001 / Málaga")])],
                      {"geb. am", "geb. in"})
    assert sorted(label for label, _ in found) == ["geb. am", "geb. in"]


def test_a_code_glued_to_a_label_reads_as_the_label() -> None:
    found = labels_on([(100, [(200, "StA-Kz."), (900, "Spanien")])], {"StA"})
    assert found == [("StA", True)]


def test_a_label_in_both_sexes_forms_wrapping_onto_the_next_line_is_read_whole() -> None:
    # "Name des/der" over "Wohnungsgebers/-in", the value beside the first line
    hits = find_labels(build_lines(page([(100, [(200, "Name des/der"), (900, "Hamid Rahimi")]),
                                         (140, [(200, "Wohnungsgebers/-in")])])),
                       {"Name des Wohnungsgebers", "Wohnungsgeber"})
    assert [(h.label, h.wrapped) for h in hits] == [("Name des Wohnungsgebers", True)]
