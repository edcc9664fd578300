"""The thirty-second extra pair of blind held-out layouts (``spelled``, ``typeset``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth and the
truth's page count; ``spelled`` writes dates (and times, ages, fees and counts) out in German
words (inflected ordinal days, years in words, digits with the words in brackets, the year
first, Roman or abbreviated months), certificates in prose with their dates in words, house
numbers and postal codes in digits; ``typeset`` sets documents like a book (justified paragraphs
with end-of-line hyphenation splitting labels and values, letter-spaced names, real small
capitals, ligature characters in the text layer, values included, marginal notes, running
heads and folios, footnote markers with their footnotes at the foot of the page); every value
stays in the text layer (modulo hyphenation, letter-spacing and ligatures); identity documents
keep a whole machine-readable zone; generation is reproducible.
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
import unicodedata
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import Anmeldung, make_record
from samples.generate import (
    EXTRA16_LAYOUTS,
    EXTRA17_LAYOUTS,
    EXTRA31_LAYOUTS,
    EXTRA32_LAYOUTS,
    OPT_IN_LAYOUTS,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra26 import _truth_strings
from samples.render_extra32 import (
    CERTIFICATES,
    LIGATURE_CHARS,
    build_doc,
    draw_doc,
    fields,
    hyphen_points,
    ligate,
)
from samples.truth import truth_fields
from samples.wording_extra31 import all_label_strings as extra31_strings
from samples.wording_extra31 import value_strings as extra31_values
from samples.wording_extra32 import (
    DWELLING_ORDER32,
    PURPOSE_ORDER32,
    SPELLED_LABELS,
    TYPESET_LABELS,
    TYPESET_MARGINS,
    all_label_strings,
    cardinal,
    dwelling_printings,
    is_spelled,
    label_strings,
    nationality_printings,
    ordinal,
    printed_dates,
    purpose_printings,
    sex_printings,
    spell_date,
    time_words,
    value_strings,
    year_words,
)
from tests.samples.pool_checks import (
    Pool,
    check_complete_truths,
    check_opt_in,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra31_layouts import _older_pools as older31
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra32.py", "render_extra32.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("geburtsurkunde", "identity_document")
SEED = 3232
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER32}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER32}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}


def flat(text: str) -> str:
    """A text layer as values are compared with it: ligatures expanded, words broken at a line
    end joined again, white space dropped (letter-spaced words close up)."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"-\r?\n", "", text)
    return re.sub(r"[\s\ufffe\u00ad]", "", text)


def shows(value: str, text: str) -> bool:
    """Whether the flattened ``text`` shows ``value`` (a real hyphen broken at a line end may
    come back without it)."""
    v = flat(value)
    if v in text:
        return True
    return v.replace("-", "") in text.replace("-", "")


def pdf_text(path: Path | bytes) -> list[str]:
    doc = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def text32(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra32_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra32"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans32(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra32_scans")
    generate(out, per_type=2, seed=323, kinds=KINDS, layouts=["extra32"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra32_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA32_LAYOUTS == ("spelled", "typeset")
    check_opt_in(tmp_path, "extra32", EXTRA32_LAYOUTS, "extra31", 74, 32, "anmeldung")
    # between the extra16 and extra17 pairs, so that every older pair keeps the places its
    # tests pin (extra17, extra31, extra18, extra30, extra19, extra29, extra20, extra28, extra21,
    # extra27, extra22 stay a run; the end stays put)
    at = OPT_IN_LAYOUTS.index("spelled")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA32_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA16_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA17_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA31_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-five older pools as their own modules list them."""
    return older31() | set(extra31_strings()) | set(extra31_values())


def test_extra32_wording_is_a_pool_of_its_own() -> None:
    for pool in (SPELLED_LABELS, TYPESET_LABELS):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
    for key, options in TYPESET_MARGINS.items():
        assert len({norm(s) for s in options}) == 2, key
    mine = all_label_strings()
    assert len({norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    assert all(norm(s) for s in mine)
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {norm(s) for s in older} | {norm(p) for s in literals_except(MINE)
                                         for p in (s, *s.split("|"))}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if norm(s) in folded] == []
    assert [s for s in label_strings() if norm(s) in folded] == []
    assert [s for s in value_strings() if norm(s) in folded] == []
    spaced = {" ".join(s.casefold().split()) for s in older | literals_except(MINE)}
    everything = mine + value_strings()
    assert [s for s in everything if " ".join(s.casefold().split()) in spaced] == []
    for s in everything:
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = KEYS.get(base, base)
            assert key in SPELLED_LABELS, name
            assert key in TYPESET_LABELS, name
            assert key in TYPESET_MARGINS, name


# --- numbers, dates and times in words ----------------------------------------------------------


def test_numbers_dates_and_times_in_words() -> None:
    assert cardinal(1) == "eins" and cardinal(21) == "einundzwanzig"
    assert cardinal(101) == "einhunderteins" and cardinal(1980) == "eintausendneunhundertachtzig"
    assert year_words(1980) == "neunzehnhundertachtzig"
    assert year_words(1980, kilo=True) == "eintausendneunhundertachtzig"
    assert year_words(2001) == "zweitausendeins" and year_words(2012) == "zweitausendzwölf"
    assert ordinal(3, "en") == "dritten" and ordinal(31, "en") == "einunddreißigsten"
    assert ordinal(7, "er") == "siebter" and ordinal(16, "e") == "sechzehnte"
    d = date(1980, 3, 3)
    assert spell_date(d, "words", "en") == "dritten März neunzehnhundertachtzig"
    assert spell_date(d, "words") == "dritter März neunzehnhundertachtzig"
    assert spell_date(d, "day_bracket", "en") == "3. (dritten) März 1980"
    assert spell_date(d, "digits_words") == "03.03.1980 (dritter März neunzehnhundertachtzig)"
    assert spell_date(d, "roman") == "3. III. 1980"
    assert spell_date(d, "abbr") == "3. Mrz. 1980"
    assert spell_date(date(1980, 9, 3), "abbr") == "3. Sept. 1980"
    assert spell_date(date(2001, 12, 31), "words", "en") == \
        "einunddreißigsten Dezember zweitausendeins"
    assert spell_date(date(2012, 7, 9), "year_first") == "Zweitausendzwölf, am neunten Juli"
    assert time_words("14:30") == "vierzehn Uhr dreißig"
    assert time_words("01:00") == "ein Uhr"
    assert time_words("14:30", "and") == "vierzehn Uhr und dreißig Minuten"
    for day in (date(1950, 1, 1), date(1999, 11, 22), date(2026, 10, 31)):
        printed = printed_dates(day)
        assert all(re.search(r"\b(19|20)\d\d\b", p) or is_spelled(p) for p in printed)
        assert not [p for p in printed if re.search(r"\b\d\d\.\d\d\.\d\d\b(?!\d)", p)]


def test_hyphenation_and_ligatures() -> None:
    def cut(word: str) -> list[str]:
        points = (0, *hyphen_points(word), len(word))
        return [word[a:b] for a, b in pairwise(points)]

    assert cut("Schillerstraße") == ["Schil", "ler", "straße"]
    assert cut("Mönchengladbach") == ["Mön", "chen", "glad", "bach"]
    assert "Bauer" in "".join(cut("Bauermeister")[:2]) and cut("Bauermeister")[-1] == "ter"
    assert "Deutsch" in cut("Deutschland") and cut("Bochum") == ["Bo", "chum"]
    assert hyphen_points("Herne") == ()
    assert hyphen_points("DE89370400440532013000") == ()
    face = "DejaVuSerif"
    from samples.render_extra9 import _reg
    if _reg(face, "") == face:
        assert ligate("Hoffmann", face) == "Ho\ufb00mann"
        assert ligate("Pflicht offiziell", face) == "P\ufb02icht o\ufb03ziell"
    assert ligate("Hoffmann", "Times-Roman") == "Hoffmann"  # no such glyphs in base-14 faces


# --- truth -------------------------------------------------------------------------------------


def check_printed(folder: Path, truth: dict[str, Any]) -> None:
    """Every truth value shows in the flattened text layer as this pool prints it (an identity
    document's in its zone or on its page)."""
    raw = " ".join(pdf_text(folder / truth["file"]))
    text = flat(raw)
    if truth["document_type"] == "identity_document":
        assert all(line in text for line in truth["mrz"]), truth["file"]
        plain = " ".join(unicodedata.normalize("NFKC", raw).split())
        for name, value in truth["fields"].items():
            assert POOL.identity_printed(name, value, plain, truth["mrz"]) or \
                shows(value, text), (truth["file"], name)
        return
    for name, value in truth["fields"].items():
        for v in value if isinstance(value, list) else [value]:
            assert [p for p in POOL.variants(name, v) if shows(p, text)], (truth["file"], name, v)


def test_every_type_in_both_layouts_with_complete_truth(text32: Path) -> None:
    check_complete_truths(text32, EXTRA32_LAYOUTS)


def test_text_layer_prints_every_truth_value(text32: Path) -> None:
    for truth in truths_of(text32, "text"):
        check_printed(text32, truth)


def test_scans_in_every_kind_match_their_text_documents(scans32: Path) -> None:
    check_scans_match(scans32, SCAN_TYPES, EXTRA32_LAYOUTS, KINDS, check_printed)


def _means(name: str, printed: str, truth: str) -> bool:
    """Whether a printed value is the truth's value as the catalog normalises it."""
    base = re.sub(r"^(spouse[12]_|holder_)", "", name)
    if ISO_DATE.match(truth):
        return printed in printed_dates(date.fromisoformat(truth))
    if base == "sex":
        return printed in sex_printings(truth)
    if base == "nationality":
        return printed in nationality_printings(truth)
    if base == "purpose":
        return printed in purpose_printings(truth)
    if base == "dwelling":
        return printed in dwelling_printings(truth)
    if base == "iban":
        return printed.replace(" ", "") == truth
    return " ".join(printed.split()) == truth


def _docs(layout: str, n: int = 8) -> list[tuple[Any, Any, Any]]:
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            style = make_style(layout, rng)
            out.append((record, style, build_doc(record, style, rng, doc_type)))
    return out


@pytest.mark.parametrize("layout", EXTRA32_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), and
    every truth field is printed."""
    for record, _style, doc in _docs(layout):
        truth = truth_fields(record)
        printed: dict[str, list[str]] = {}
        for f in fields(doc):
            if not f.name:
                continue
            value = f.options[f.chosen] if f.options else f.value
            if "+" in f.name:
                rest = value
                for part in f.name.split("+"):
                    at = rest.find(str(truth[part]))
                    assert at >= 0, (value, part)
                    rest = rest[at + len(str(truth[part])):]
                    printed.setdefault(part, []).append(str(truth[part]))
                continue
            printed.setdefault(f.name, []).append(value)
        for name, wanted in truth.items():
            if name in LIST_FIELDS:
                assert sorted(set(printed[name])) == sorted(wanted), (doc.doc_type, name)
                continue
            if doc.doc_type == "identity_document" and name not in printed:
                continue  # the zone shows it
            assert name in printed, (layout, doc.doc_type, name)
            for p in printed[name]:
                assert _means(name, p, str(wanted)), (layout, doc.doc_type, name, p, wanted)
        if doc.doc_type == "identity_document":
            assert doc.zone == tuple(record.lines)
        for f in fields(doc):  # an optional field the record lacks is never given a value
            if f.key in ("birth_name", "previous_address", "desired_plate", "father_name") \
                    and not f.name:
                assert f.value == "", (doc.doc_type, f.key)


def _draw(layout: str, doc_type: str, record: Any, rng: random.Random, pages: int
          ) -> tuple[Any, list[str], bytes]:
    style = make_style(layout, rng)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    pen = Pen(canvas, make_faces(layout, rng), 50, 545)
    doc = draw_doc(pen, record, style, rng, doc_type, pages)
    canvas.showPage()
    canvas.save()
    texts = pdf_text(buf.getvalue())
    # a two-page plan keeps two pages; a one-page plan may run onto a second one
    assert len(texts) == doc.drawn == pen.pages, (layout, doc_type)
    assert pages <= len(texts) <= 2, (layout, doc_type)
    return doc, texts, buf.getvalue()


def _drawn(layout: str, doc_type: str, seed: int, pages: int = 1
           ) -> tuple[Any, Any, list[str], bytes]:
    """A document drawn on its own canvas: the record, the doc, each page's text, the PDF."""
    rng = random.Random(f"drawn/{layout}/{doc_type}/{seed}")
    record = make_record(doc_type, rng)
    doc, texts, pdf = _draw(layout, doc_type, record, rng, pages)
    return record, doc, texts, pdf


@pytest.mark.parametrize("layout", EXTRA32_LAYOUTS)
def test_every_value_and_label_is_printed(layout: str) -> None:
    """The values, the options and the labels of named fields stand in the text layer (modulo
    hyphenation, letter-spacing, small capitals and ligatures), on as many pages as the plan
    asks for (or one more)."""
    checked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, _pdf = _drawn(layout, doc_type, seed, 1 + seed % 2)
            text = flat(" ".join(texts))
            folded = text.casefold()
            for f in fields(doc):
                value = f.options[f.chosen] if f.options else f.value
                if not value:
                    continue
                assert shows(value, text), (layout, doc_type, f.key, value)
                for option in f.options:
                    assert shows(option, text), (doc_type, option)
                checked += 1
                if f.name and f.label:
                    assert flat(f.label).casefold() in folded, (doc_type, f.label)
            if doc.zone:
                assert all(line in text for line in doc.zone), doc_type
            if layout == "spelled":  # no field is printed twice under its label
                labels = Counter(f.label for f in fields(doc) if f.label)
                for label, n in labels.items():
                    assert folded.count(flat(label).casefold()) <= n, (doc_type, label)
    assert checked > 300


# --- spelled -----------------------------------------------------------------------------------


def test_spelled_writes_dates_and_other_numbers_in_words() -> None:
    """Certificates in prose write every date in words (at least the day); forms mix digits with
    words in brackets, words for the day only, Roman and abbreviated months; times, ages, fees
    and counts come in words; house numbers and postal codes stay digits."""
    styles: set[str] = set()
    prose_dates = words_in_prose = times = 0
    for record, _style, doc in _docs("spelled", 10):
        look = doc.spell
        for f in fields(doc):
            if f.key in ("house_number", "postal_code"):
                assert re.fullmatch(r"\d+[a-z]?", f.value), f.value
            if f.day is None:
                continue
            assert f.value in printed_dates(f.day), f.value
            if re.search(r"\(.*\)", f.value) and re.search(r"\d", f.value):
                styles.add("bracket")
            if re.search(r"\b[IVX]+\.", f.value):
                styles.add("roman")
            if re.search(r"\b[A-Z][a-z]+\.\s\d{4}", f.value):
                styles.add("abbr")
            if is_spelled(f.value) and re.search(r"\d{4}$", f.value) and "(" not in f.value:
                styles.add("day_word")
            if "," in f.value and ", am " in f.value:
                styles.add("year_first")
            if "hundert" in f.value or "tausend" in f.value:
                styles.add("year_words")
            if f.prose:
                prose_dates += 1
                words_in_prose += is_spelled(f.value)
        if doc.doc_type in CERTIFICATES and look.cert_mode == "prose":
            assert all(is_spelled(f.value) for f in fields(doc) if f.day is not None and f.prose)
        times += any(f.key == "birth_time" and "Uhr" in f.value for f in fields(doc))
        del record
    assert styles >= {"bracket", "roman", "abbr", "day_word", "year_first", "year_words"}
    assert prose_dates >= 30 and words_in_prose == prose_dates
    assert times >= 4


def test_spelled_text_layer_says_numbers_in_words() -> None:
    worded = distract = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(3):
            _record, doc, texts, _pdf = _drawn("spelled", doc_type, seed, 1 + seed % 2)
            text = " ".join(" ".join(t.split()) for t in texts)
            worded += bool(re.search(r"(hundert|tausend)\w*", text))
            distract += len(doc.distractors)
            for d in doc.distractors:
                assert " ".join(d.split()) in text, d
    assert worded >= 16 and distract >= 10


# --- typeset -----------------------------------------------------------------------------------


def _chars(pdf: bytes) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as plumber:
        return [list(page.chars) for page in plumber.pages]


def test_typeset_hyphenates_labels_and_values_at_line_ends() -> None:
    values = labels = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _record, doc, texts, pdf = _drawn("typeset", doc_type, seed, 1 + seed % 2)
            with pdfplumber.open(io.BytesIO(pdf)) as plumber:
                lines = "\n".join(p.extract_text() or "" for p in plumber.pages)
            lines = unicodedata.normalize("NFKC", lines)
            for sp in doc.splits:
                head = sp.head if sp.head.endswith("-") else sp.head + "-"
                found = False
                for h, t, text in ((head, sp.tail, lines),
                                   (head.upper(), sp.tail.upper(), lines.upper())):
                    # the head ends its line (a table's value or a marginal note may follow on
                    # it), the tail is on one of the next lines
                    pattern = (re.escape(h) + r"(?: [^\n]*)?\n(?:[^\n]*\n){0,3}?(?:\S+ )*?"
                               + re.escape(t))
                    found = found or bool(re.search(pattern, text))
                assert found, (doc_type, sp)
                values += sp.value
                labels += bool(sp.key) and not sp.value
            del texts
    assert values >= 10 and labels >= 10


def test_typeset_writes_ligatures_into_the_text_layer() -> None:
    """Body text carries the ligature characters, and so does a value: a family name with
    ``ff`` comes out as ``Hoﬀmann`` where the face has the glyph and the name is not
    letter-spaced."""
    docs = with_lig = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(3):
            _record, doc, _texts, pdf = _drawn("typeset", doc_type, seed)
            chars = "".join(ch["text"] for page in _chars(pdf) for ch in page)
            docs += 1
            with_lig += any(ch in LIGATURE_CHARS for ch in chars)
            assert bool(doc.ligatured) == any(ch in LIGATURE_CHARS for ch in chars)
    assert with_lig >= docs // 2
    found = False
    for seed in range(40):
        rng = random.Random(f"hoffmann/{seed}")
        record = make_record("anmeldung", rng)
        assert isinstance(record, Anmeldung)
        record = dataclasses.replace(record, person=dataclasses.replace(
            record.person, family="Hoffmann", given="Zofia"))
        doc, _texts, pdf = _draw("typeset", "anmeldung", record, rng, 1)
        chars = "".join(ch["text"] for page in _chars(pdf) for ch in page)
        if "Ho\ufb00mann" in chars or "Zo\ufb01a" in chars:
            found = True
            assert truth_fields(record)["family_name"] == "Hoffmann"
            break
    assert found


def test_typeset_letter_spaces_names_and_sets_small_capitals() -> None:
    spaced = caps = 0
    for doc_type in ("anmeldung", "geburtsurkunde", "eheurkunde", "sterbeurkunde",
                     "aufenthaltstitel_antrag"):
        for seed in range(4):
            _record, doc, _texts, pdf = _drawn("typeset", doc_type, seed)
            pages = _chars(pdf)
            names = [f.value for f in fields(doc) if f.spaced and " " not in f.value
                     and f.value.isalpha() and len(f.value) > 3]
            for name in names:
                for page in pages:
                    for k in range(len(page) - len(name)):
                        run = page[k:k + len(name)]
                        if "".join(ch["text"] for ch in run) == name:
                            gaps = [b["x0"] - a["x1"] for a, b in pairwise(run)]
                            spaced += min(gaps) > run[0]["size"] * 0.2
            if doc.tset.labels == "caps":
                for page in pages:
                    sizes = {round(ch["size"], 1) for ch in page if ch["text"].isupper()}
                    caps += len(sizes) >= 2
    assert spaced >= 5 and caps >= 5


def test_typeset_notes_margins_heads_and_folios() -> None:
    """Footnotes stand at the foot of the page their marker is on; marginal notes stand beside
    the body column; running heads or folios number every page."""
    notes = margins = two = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(5):
            _record, doc, texts, pdf = _drawn("typeset", doc_type, seed, 1 + seed % 2)
            with pdfplumber.open(io.BytesIO(pdf)) as plumber:
                words = [p.extract_words() for p in plumber.pages]
                height = plumber.pages[0].height
            for note in doc.notes:
                first = note.split()[0]
                tops = [w["top"] for page in words for w in page
                        if unicodedata.normalize("NFKC", w["text"]).startswith(first)]
                assert tops and max(tops) > height * 0.7, (doc_type, note)
                notes += 1
            x0, x1 = doc.column
            for note in doc.margins:
                head = note.split()[0]
                outside = [w for page in words for w in page
                           if w["text"].startswith(head) and (w["x1"] < x0 + 1 or w["x0"] > x1 - 1)]
                assert outside, (doc_type, note)
                margins += 1
            for k, page in enumerate(texts, 1):
                assert re.search(rf"\b({k}|{cardinal(k)})\b", page), (doc_type, k)
            two += len(texts) == 2
    assert notes >= 15 and margins >= 30 and two >= 8


@pytest.mark.parametrize("layout", EXTRA32_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _record, style, doc in _docs(layout, 6):
        look = (doc.spell.cert_mode, doc.spell.arrange, doc.spell.names, round(doc.spell.size, 2)) \
            if layout == "spelled" else (doc.tset.arrange, doc.tset.labels, doc.tset.side,
                                         round(doc.tset.size, 2))
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"), look))
    assert len(looks) >= 8 * 5


def test_furniture_days_and_names_avoid_truth() -> None:
    for layout in EXTRA32_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth
            taken = _truth_strings(record)
            look = doc.spell
            for name in (look.registrar, look.informant, *(look.witnesses or ()),
                         doc.tset.signer):
                assert not set(name.split()) & taken, name


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, 9, kinds, EXTRA32_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, 9, kinds, EXTRA32_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra31"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["easyread", "stickers"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, 5, ("text",), ["extra32"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, 5, ("text",), ["spelled", "typeset"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra32(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra32", "--types", "wohnungsgeberbestaetigung",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA32_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
