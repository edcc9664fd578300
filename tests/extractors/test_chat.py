"""A chat's answers are read by the questions asked before them, corrections applied."""

from __future__ import annotations

from extractors.chat import resolve_chat
from extractors.fields import extract_fields
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import CHAR_WIDTH, SPACE, chunk_words

LEFT = 200.0
RIGHT_END = 2000.0


def _width(text: str) -> float:
    return sum(CHAR_WIDTH * len(t) for t in text.split()) + SPACE * (len(text.split()) - 1)


def _chat(turns: list[tuple[str, str, str]]) -> list[Word]:
    """Bubbles one per line: the assistant's at the left, the citizen's ending at the right,
    each with its time stamp after it (a bubble without a stamp carries the initials)."""
    words: list[Word] = []
    y = 100.0
    for side, text, stamp in turns:
        if side == "a":
            words += chunk_words(LEFT, y, text)
            x = LEFT + _width(text) + 60
        else:
            words += chunk_words(RIGHT_END - _width(text), y, text)
            x = RIGHT_END + 60
        words += chunk_words(x, y, stamp)
        y += 70
    return words


TURNS = [
    ("a", "Guten Tag! Worum geht es?", "14:11"),
    ("c", "Ich bin umgezogen und möchte mich anmelden.", "14:12"),
    ("a", "Prima. Wann war der Einzug genau?", "14:13"),
    ("c", "Am 04.10.2025", "14:13"),
    ("c", "Ups, falsch. Gemeint war 04.10.2026", "14:14"),
    ("a", "Danke. Wie lautet Ihr Familienname?", "14:15"),
    ("c", "Wanger", "SS"),
    ("c", "ach nein, Wagner", "14:16"),
    ("a", "Und Ihre Vornamen bzw. Rufnamen?", "14:17"),
    ("c", "Dieter Paul", "14:18"),
    ("a", "Postleitzahl und Ort der neuen Wohnung, bitte.", "14:19"),
    ("c", "45478 Mülheim an der Ruhr", "14:20"),
]


def test_answers_read_by_their_questions_with_corrections_applied() -> None:
    got = {k: v.value for k, v in extract_fields(get("anmeldung"),
                                                 resolve_chat(_chat(TURNS))).items()}
    assert got["move_in_date"] == "2026-10-04"
    assert got["family_name"] == "Wagner"
    assert got["given_names"] == "Dieter Paul"
    assert got["postal_code"] == "45478"
    assert got["city"] == "Mülheim an der Ruhr"


def test_time_stamps_and_initials_go_and_each_answer_is_labelled_in_its_line() -> None:
    out = resolve_chat(_chat(TURNS))
    texts = [w.text for w in out]
    assert not any(t in ("14:12", "SS") for t in texts)
    answer = next(w for w in out if w.text == "Dieter")
    label = [w for w in out if w.y0 == answer.y0 and w.x1 <= answer.x0]
    assert label[-1].text.endswith(":") and "Vornamen" in [w.text for w in label]


def test_a_page_with_a_few_times_or_all_on_one_side_is_no_chat() -> None:
    one_side = _chat([("a", f"Termin {k}", f"1{k}:00") for k in range(8)])
    assert resolve_chat(one_side) is one_side
    few = _chat(TURNS[:4])
    assert resolve_chat(few) is few


def test_a_whole_name_is_split_in_the_order_the_question_asks_for_its_parts() -> None:
    start = [("a", "Guten Tag! Worum geht es?", "10:01"),
             ("c", "Ich brauche einen Aufenthaltstitel.", "10:02")]
    asked_given_first = _chat([
        *start, ("a", "Bitte nennen Sie Ihren Vor- und Nachnamen.", "10:03"),
        ("c", "Tarek van der Saleh heiße ich.", "10:04"),
        ("a", "Danke. Und wo sind Sie geboren?", "10:05"),
        ("c", "In Damaskus.", "10:06")])
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"),
                                                 resolve_chat(asked_given_first)).items()}
    assert (got["family_name"], got["given_names"]) == ("van der Saleh", "Tarek")
    asked_family_first = _chat([
        *start, ("a", "Schreiben Sie mir Ihren Nachnamen und danach alle Vornamen.", "10:03"),
        ("c", "Rahimi, Ali Reza", "10:04"),
        ("a", "Danke. Und wo sind Sie geboren?", "10:05"),
        ("c", "In Teheran.", "10:06")])
    got = {k: v.value for k, v in extract_fields(get("aufenthaltstitel_antrag"),
                                                 resolve_chat(asked_family_first)).items()}
    assert (got["family_name"], got["given_names"]) == ("Rahimi", "Ali Reza")


def test_a_short_answer_beside_its_stamp_is_kept_and_an_avatar_apart_goes() -> None:
    words = _chat([*TURNS[:6], ("a", "Ist das eine Hauptwohnung?", "14:15")])
    y = 100.0 + 7 * 70
    # a bubble of one short word, its stamp set well apart
    words += chunk_words(RIGHT_END - _width("Ja"), y, "Ja") + chunk_words(RIGHT_END + 200, y,
                                                                          "14:16")
    words += chunk_words(60, 100, "®")  # the assistant's avatar beside its first bubble
    out = resolve_chat(words)
    assert "Ja" in [w.text for w in out] and "®" not in [w.text for w in out]
