"""Classification reads titles where titles stand, not inside sentences."""

from __future__ import annotations

from extractors.classify import classify
from extractors.layout import build_lines
from schemas.registry import TYPES
from tests.fakes.wordpage import page


def test_a_document_named_in_a_sentence_is_no_title() -> None:
    # GIVEN a registration form (its title unknown to the schemas) whose notes tell the
    # citizen to bring a passport
    words = page([
        (100, [(200, "Meldeformular – Zuzug")]),
        (200, [(200, "Familienname"), (900, "Hosseini")]),
        (260, [(200, "Vornamen"), (900, "Farid")]),
        (320, [(200, "Tag des Einzugs"), (900, "05.10.2026")]),
        (380, [(200, "Staatsangehörigkeit"), (900, "iranisch")]),
        (440, [(200, "Geburtsdatum"), (900, "11.05.1976")]),
        (500, [(200, "bisherige Wohnung"), (900, "Isfahan, Iran")]),
        (560, [(200, "Die neue Wohnung ist"), (900, "☒ Hauptwohnung ☐ Nebenwohnung")]),
        (900, [(200, "Bitte bringen Sie Ihren Personalausweis oder Reisepass zur Vorsprache"
                     " mit.")]),
    ])
    result = classify(build_lines(words), TYPES)
    assert result.document_type == "anmeldung"
    assert result.scores["identity_document"] < result.scores["anmeldung"] / 2


def test_a_title_standing_alone_weighs_more_than_the_same_word_in_a_sentence() -> None:
    alone = page([(100, [(200, "Sterbeurkunde")]), (200, [(200, "Name"), (900, "Müller")])])
    in_text = page([(100, [(200, "Bitte legen Sie die Sterbeurkunde des Verstorbenen vor.")]),
                    (200, [(200, "Name"), (900, "Müller")])])
    score_alone = classify(build_lines(alone), TYPES).scores["sterbeurkunde"]
    score_in_text = classify(build_lines(in_text), TYPES).scores["sterbeurkunde"]
    assert score_alone > score_in_text


def test_a_type_named_in_the_notes_at_the_foot_of_the_page_is_no_title() -> None:
    # OCR dropped the full stop that would mark the note as a sentence, and read it tall.
    words = page([
        (100, [(200, "Meldeschein für die Anmeldung")]),
        (200, [(200, "Familienname"), (900, "Gößling")]),
        (260, [(200, "Vornamen"), (900, "Lea")]),
        (320, [(200, "Einzug erfolgte am"), (900, "05.10.2026")]),
        (380, [(200, "Geburtsdatum"), (900, "02.05.1984")]),
        (440, [(200, "Staatsangehörigkeit"), (900, "deutsch")]),
        (3000, [(200, "Die Anmeldung ist binnen zwei Wochen vorzunehmen. Die")]),
    ])
    words += [w.__class__(w.text, (w.x0, 3050, w.x1, 3100), 1.0, 1)
              for w in page([(3050, [(200, "Wohnungsgeberbestätigung ist beizufügen")])])]
    result = classify(build_lines(words), TYPES)
    assert result.document_type == "anmeldung"
    assert result.scores["wohnungsgeberbestaetigung"] < result.scores["anmeldung"]
