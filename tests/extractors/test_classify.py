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



def test_an_extract_from_the_old_marriage_book_is_a_marriage_certificate() -> None:
    # GIVEN an extract whose title names the register by its pre-2009 name, whose marriage
    # is worded as a wedding ("Trauung") and whose other labels are the persons' (which a
    # birth certificate carries too)
    words = page([
        (100, [(200, "Standesamt Witten")]),
        (150, [(200, "AUSZUG AUS DEM HEIRATSBUCH")]),
        (200, [(200, "Zur Trauung")]),
        (250, [(200, "1 Datum der standesamtlichen Trauung"),
               (900, "2 Standesamtlich getraut in")]),
        (300, [(200, "8. Juni 1997"), (900, "Witten")]),
        (350, [(200, "Verheiratete Person 1")]),
        (400, [(200, "3 Familienname (laut Register)"), (900, "4 Vornamen (laut Register)")]),
        (450, [(200, "Mansour"), (900, "Karim")]),
        (500, [(200, "5 Geburtsdatum (laut Register)"), (900, "6 Geburtsort (laut Register)")]),
        (550, [(200, "6. November 1959"), (900, "Gizeh")]),
        (600, [(200, "Verheiratete Person 2")]),
        (650, [(200, "7 Familienname (laut Register)"), (900, "8 Vornamen (laut Register)")]),
        (700, [(200, "Tüselmann"), (900, "Greta")]),
        (750, [(200, "9 Geburtsdatum (laut Register)"),
               (900, "10 Geburtsort (laut Register)")]),
        (800, [(200, "10. Juni 1968"), (900, "Siegen")]),
        (850, [(200, "11 Beurkundendes Standesamt"), (900, "12 Lfd. Nr. im Register")]),
        (900, [(200, "Standesamt Witten"), (900, "E 1174/1997")]),
        (950, [(200, "13 Urkunde erteilt am")]),
        (1000, [(200, "5. Juni 2026")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "eheurkunde"


def test_a_letter_reporting_ones_move_in_is_a_registration() -> None:
    # GIVEN a citizen's letter titled "Meldung meines Einzugs", its list naming the move-in
    # (which a landlord's confirmation names too), and the landlord's confirmation enclosed
    words = page([
        (100, [(200, "Mia Nüßlein")]),
        (150, [(200, "Schloßstraße 156")]),
        (200, [(200, "44791 Bochum")]),
        (500, [(200, "Meldung meines Einzugs")]),
        (600, [(200, "hiermit melde ich meinen Einzug in eine neue Wohnung an.")]),
        (660, [(200, "Datum meines Einzugs"), (800, "26.9.2026")]),
        (720, [(200, "Wohnung (vollst. Anschrift)"), (800, "Schloßstraße 156, 44791 Bochum")]),
        (780, [(200, "Vornamen, wie im Pass"), (800, "Mia")]),
        (840, [(200, "Nachname, wie im Pass"), (800, "Nüßlein")]),
        (900, [(200, "Tag meiner Geburt"), (800, "21.6.1993")]),
        (1200, [(200, "Mit freundlichem Gruß")]),
        (1500, [(200, "Anlage: Bestätigung des Vermieters")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "anmeldung"


def test_a_notice_of_moving_into_a_dwelling_is_a_registration_not_a_landlords_confirmation(
) -> None:
    # GIVEN a form titled "Anzeige über den Bezug einer Wohnung" (the citizen notifies),
    # whose labels a landlord's confirmation shares (move-in date, address)
    words = page([
        (100, [(200, "Stadt Witten")]),
        (180, [(200, "Anzeige über den Bezug einer Wohnung")]),
        (400, [(200, "Nachname"), (800, "Vorname(n)")]),
        (450, [(200, "Brüggemann"), (800, "Anna")]),
        (600, [(200, "Eingezogen am"), (800, "Anschrift – komplett in einer Zeile")]),
        (650, [(200, "26.10.2026"), (800, "Große Weilstraße 169, 58455 Witten")]),
        (800, [(200, "Zuletzt gemeldet unter (Adresse)")]),
        (850, [(200, "Große Weilstraße 104, 04315 Leipzig")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "anmeldung"


def test_a_questionnaire_from_the_registration_office_is_a_registration() -> None:
    # GIVEN an easy-language questionnaire without a form title, headed by the office that
    # registers residents, asking about the person, the move and the landlord in passing
    words = page([
        (100, [(200, "Stadt Witten")]), (150, [(200, "Einwohnermeldeamt")]),
        (300, [(200, "Sie ziehen um? Dann melden Sie sich bitte an.")]),
        (400, [(200, "Frage Nummer 1: Wie ist Ihr Nachname?")]), (450, [(220, "Hosseini")]),
        (550, [(200, "Frage Nummer 2: Wie ist Ihr Vorname?")]), (600, [(220, "Mariam")]),
        (850, [(200, "Frage Nummer 9: Wann sind Sie in die neue Wohnung gezogen?")]),
        (900, [(220, "18.10.2026")]),
        (1000, [(200, "Frage Nummer 6: Was ist Ihr Geschlecht?")]), (1050, [(220, "männlich")]),
        (1100, [(200, "Frage Nummer 7: Welche Staatsangehörigkeit haben Sie?")]),
        (1130, [(220, "deutsch")]),
        (1150, [(200, "Frage Nummer 11: Wer ist Ihr Vermieter?")]),
        (1200, [(220, "Moritz Kühn")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "anmeldung"


def test_a_certificate_whose_title_a_stamp_covers_is_told_by_its_register_letter() -> None:
    # GIVEN the lines of a scanned birth certificate whose title OCR lost under a stamp
    rows = [
        (100, [(200, "Urkunde über eine €")]),
        (200, [(200, "Nr. im Register / Jahrgang"), (1100, "G 307/2025")]),
        (260, [(200, "Urkunde ausgestellt am"), (1100, "14.03.2026")]),
        (360, [(200, "Fam.-Name d. Kindes"), (1100, "Mühlenbeck")]),
        (420, [(200, "Vorn. d. Kindes"), (1100, "Greta")]),
        (480, [(200, "Geb.-Tag d. Kindes"), (1100, "19.04.2025")]),
        (560, [(200, "Mutter — Vor- u. Familienname (beurkundet)"), (1100, "Lena Mühlenbeck")]),
        (620, [(200, "Vater — Vor- u. Familienname (beurkundet)"), (1100, "Till Mühlenbeck")]),
    ]
    result = classify(build_lines(page(rows, confidence=0.9)), TYPES)
    assert result.document_type == "geburtsurkunde"
    rows[1] = (200, [(200, "Nr. im Register / Jahrgang"), (1100, "E 307/2025")])
    with_e = classify(build_lines(page(rows, confidence=0.9)), TYPES)
    assert with_e.scores["eheurkunde"] > result.scores["eheurkunde"]


def test_a_registration_declaration_in_sentences_is_a_registration() -> None:
    # GIVEN the citizen's "Meldeerklärung", whose sentences say "Zu meiner neuen Wohnung gebe
    # ich an" (words a landlord's confirmation also uses)
    words = page([
        (100, [(200, "Meldeerklärung in Satzform")]),
        (200, [(200, "Ich, mit den Vornamen Karl, Zuname Overbeck, geboren am 13.07.2002")]),
        (260, [(200, "Zu meiner neuen Wohnung gebe ich an: eingezogen am 17.10.2026")]),
        (320, [(200, "in die Wohnung Alleestraße 150, 44653 Herne.")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "anmeldung"


def test_a_certified_copy_of_a_passport_with_its_whole_zone_is_an_identity_document() -> None:
    # GIVEN a copy of a passport's entries whose notes name the holder's birth, a short
    # line holding a birth certificate's stems ("Geburtsort gemäß Urkunde"), and the whole
    # machine-readable zone (its labels, cues and stems alone score a birth certificate higher)
    words = page([
        (160, [(348, "Beglaubigte Abschrift")]),
        (1573, [(100, "Familienname WOLF"), (1744, "Der Familienname")]),
        (1625, [(100, "Vornamen PAUL"), (1744, "Die Vornamen")]),
        (1677, [(100, "20. November 1967 · Geburtsort gemäß Urkunde Essen"),
                (1744, "Zum Tag der Geburt")]),
        (1729, [(100, "Geschlecht männlich"), (1744, "Der Geburtsort")]),
        (1781, [(100, "Staatsangehörigkeit deutsch."), (1744, "Zum Geschlecht")]),
        (1840, [(100, "Der Inhaber ist in Essen geboren; Standesamt Essen.")]),
        (1991, [(100, "P<D<<WOLF<<PAUL<<<<<<<<<<<<<<<<<<<<<<<<<<<<<")]),
        (2061, [(100, "C5C4CVWTN0D<<6711207M3407301<<<<<<<<<<<<<<<8")]),
    ])
    result = classify(build_lines(words), TYPES)
    assert result.scores["geburtsurkunde"] > result.scores["identity_document"]
    assert result.document_type == "identity_document"


def test_a_title_set_in_full_outweighs_another_types_stems_in_a_section_heading() -> None:
    # GIVEN a registration form whose landlord's part is headed "Vermieter/in
    # (Wohnungsgeber/in)" and asks for the landlord's name and the dwelling's address
    words = page([
        (100, [(200, "Anmeldung – mit Angaben zu Vertretung und Vollmacht")]),
        (160, [(200, "Familienname:"), (1100, "Meißner")]),
        (220, [(200, "Vornamen:"), (1100, "Jana")]),
        (280, [(200, "Geburtsdatum:"), (1100, "10.01.2000")]),
        (340, [(200, "Geburtsort:"), (1100, "Herne")]),
        (400, [(200, "Geschlecht:"), (1100, "weiblich")]),
        (460, [(200, "Staatsangehörigkeit:"), (1100, "deutsch")]),
        (520, [(200, "Vermieter/in (Wohnungsgeber/in)")]),
        (580, [(200, "Name bzw. Firma:"), (1100, "Rania Khalil")]),
        (640, [(200, "Postanschrift:"), (1100, "Hauptstraße 148a, 04275 Leipzig")]),
        (700, [(200, "Einzug am (Datum):"), (1100, "23.09.2026")]),
        (760, [(200, "Straße:"), (1100, "Schloßstraße")]),
        (820, [(200, "Hausnummer:"), (1100, "173")]),
        (880, [(200, "PLZ:"), (1100, "45881")]),
        (940, [(200, "Ort:"), (1100, "Gelsenkirchen")]),
        (1000, [(200, "bezogen als:"), (1100, "Hauptwohnung")]),
    ])
    assert classify(build_lines(words), TYPES).document_type == "anmeldung"
