"""A pen's marks on pdfplumber-like objects: strikes, rings, crosses."""

from __future__ import annotations

import math
from typing import Any

from extractors.penmarks import crosses, rings, struck_by_pen

INK = (0.05, 0.08, 0.3)


def _stroke(pts: list[tuple[float, float]], kind: str = "curve",
            colour: Any = INK) -> dict[str, Any]:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return {"object_type": kind, "pts": pts, "x0": min(xs), "x1": max(xs), "top": min(ys),
            "bottom": max(ys), "stroke": True, "fill": False, "stroking_color": colour}


def _ellipse(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    cx, cy, rx, ry = (x0 + x1) / 2, (top + bottom) / 2, (x1 - x0) / 2, (bottom - top) / 2
    return _stroke([(cx + rx * math.cos(a), cy + ry * math.sin(a))
                    for a in (0, math.pi / 2, math.pi, 3 * math.pi / 2, 2 * math.pi)])


def _chars(text: str, x: float, top: float, size: float = 10.0) -> list[dict[str, Any]]:
    return [{"text": ch, "x0": x + i * size * 0.6, "x1": x + (i + 1) * size * 0.6,
             "top": top, "bottom": top + size} for i, ch in enumerate(text)]


def test_a_level_pen_stroke_through_a_word_strikes_it() -> None:
    chars = _chars("Gißeen", 100, 200) + _chars("Gießen", 150, 200)
    strike = _stroke([(99, 205), (136, 205.5)], kind="line")
    struck = struck_by_pen([strike], chars)
    assert "".join(c["text"] for c in chars if id(c) in struck) == "Gißeen"


def test_a_zigzag_through_a_word_in_red_strikes_it() -> None:
    chars = _chars("Voggt", 100, 200) + _chars("Vogt", 150, 200)
    zigzag = _stroke([(99, 203), (106, 207), (113, 203), (120, 207), (127, 203), (131, 206)],
                     colour=(0.72, 0.07, 0.09))
    struck = struck_by_pen([zigzag], chars)
    assert "".join(c["text"] for c in chars if id(c) in struck) == "Voggt"


def test_a_wavy_underline_strikes_nothing() -> None:
    chars = _chars("Gießen", 100, 200)
    wave = _stroke([(99, 208), (106, 211), (113, 208), (120, 211), (127, 208), (136, 211)])
    assert not struck_by_pen([wave], chars)


def test_an_underline_and_a_rule_running_on_past_the_word_strike_nothing() -> None:
    chars = _chars("Gießen", 100, 200)
    underline = _stroke([(99, 209.5), (137, 209.5)], kind="line")
    long_rule = _stroke([(60, 205), (400, 205)], kind="line")
    assert not struck_by_pen([underline, long_rule], chars)


def test_writing_rules_of_the_forms_colour_strike_nothing_though_text_drifts_onto_one() -> None:
    chars = _chars("Dortmund", 100, 200)
    through = _stroke([(99, 205), (150, 205)], kind="line", colour=0.3)
    empty_rule = _stroke([(99, 260), (300, 260)], kind="line", colour=0.3)
    assert not struck_by_pen([through, empty_rule], chars)
    assert struck_by_pen([through], chars)  # alone, in no rule's colour, it strikes


def test_a_ring_round_one_option_is_a_choice() -> None:
    words = [((100.0, 200.0, 140.0, 210.0), "weiblich"), ((150.0, 200.0, 190.0, 210.0),
                                                           "männlich")]
    assert rings([_ellipse(146, 196, 194, 214)], words) == [(146.0, 196.0, 194.0, 214.0)]


def test_a_ring_round_a_one_letter_option_is_a_choice() -> None:
    # "Gschl. w (m) d": the sexes by their initials, one ringed
    words = [((100.0, 200.0, 105.0, 210.0), "w"), ((120.0, 200.0, 127.0, 210.0), "m"),
             ((140.0, 200.0, 145.0, 210.0), "d")]
    assert rings([_ellipse(116, 197, 131, 213)], words) == [(116.0, 197.0, 131.0, 213.0)]


def test_printed_rings_are_no_choice() -> None:
    numbers = [((75.0, 212.0, 81.0, 219.0), "9"), ((75.0, 302.0, 81.0, 309.0), "13")]
    badges = [_ellipse(74, 210, 83, 220), _ellipse(74, 301, 83, 311)]
    assert rings(badges, numbers) == []  # numbers in a family of equal circles
    options = [((100.0, 200.0, 140.0, 210.0), "Hauptwohnung"),
               ((200.0, 200.0, 240.0, 210.0), "Nebenwohnung")]
    frames = [_ellipse(96, 196, 144, 214), _ellipse(196, 196, 250, 214)]
    assert rings(frames, options) == []  # one row, two outlines: drawn option frames
    seal = [((100.0, 200.0, 104.0, 206.0), "AR"), ((120.0, 222.0, 124.0, 228.0), "T")]
    assert rings([_ellipse(95, 195, 130, 230)], seal) == []  # lettering round a rim


def test_a_frame_with_rounded_corners_is_no_ring() -> None:
    words = [((100.0, 200.0, 140.0, 210.0), "männlich")]
    frame = _stroke([(98, 196), (142, 196), (144, 198), (144, 212), (142, 214), (98, 214),
                     (96, 212), (96, 198), (98, 196)])
    assert rings([frame], words) == []


def test_two_strokes_crossing_down_and_up_are_a_cross_unless_a_box_holds_them() -> None:
    down = _stroke([(100, 200), (111, 211)])
    up = _stroke([(100, 211), (111, 200)])
    assert crosses([down, up], outlines=[]) == [(100.0, 200.0, 111.0, 211.0)]
    assert crosses([down, _stroke([(101, 201), (112, 212)])], outlines=[]) == []
    assert crosses([down, up], outlines=[(99.0, 199.0, 112.0, 212.0)]) == []
