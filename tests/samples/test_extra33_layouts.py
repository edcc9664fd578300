"""The thirty-third extra pair of blind held-out layouts (``alpine``, ``archive``): opt-in like
the other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth and the
truth's page count; ``alpine`` prints documents of Austria, Switzerland, Liechtenstein and South
Tyrol (the registration slip's boxed grid with stair and door cells and the main-residence
question, Swiss residents' office rows with home town, register extracts of an Austrian or South
Tyrolean civil registry, Austrian month names, Swiss short dates, German / Italian and German /
French label pairs, foreign postal codes as the country writes them, copies of Austrian, Swiss,
Liechtenstein and Italian passports and cards with the whole zone); ``archive`` prints older
German forms filled in on a typewriter (pre-printed century, struck century from 2000 on,
typewriter face, old orthography) and certified copies of old register entries (the stamp, the
certification clause, marginal notes whose correcting value is the truth, East German terms);
every value stays in the text layer (a pre-printed century joined with its typed rest);
generation is reproducible. The pair's canonical seed is 37373.
"""

from __future__ import annotations

import io
import random
import re
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from samples import mrz
from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXTRA15_LAYOUTS,
    EXTRA16_LAYOUTS,
    EXTRA32_LAYOUTS,
    EXTRA33_LAYOUTS,
    OPT_IN_LAYOUTS,
    DocSpec,
    generate,
    main,
    make_faces,
    make_style,
)
from samples.pen import Pen
from samples.render_extra33 import (
    ALPINE_TOWNS,
    CERTIFICATES,
    DDR_END,
    DDR_TOWNS,
    build_doc,
    ddr_entry,
    draw_doc,
    fields,
    issuer_of,
    localise,
    truth_days,
)
from samples.truth import truth_fields
from samples.wording_extra32 import all_label_strings as extra32_strings
from samples.wording_extra32 import value_strings as extra32_values
from samples.wording_extra33 import (
    ALPINE_LABELS,
    ALPINE_SECOND,
    ARCHIVE_LABELS,
    DWELLING_ORDER33,
    PURPOSE_ORDER33,
    SHARED_WORDS33,
    all_label_strings,
    alpine_date,
    archive_date,
    century_parts,
    dwelling_printings,
    label_strings,
    nationality_printings,
    printed_dates,
    purpose_printings,
    sex_printings,
    value_strings,
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
from tests.samples.test_extra32_layouts import _older_pools as older32
from tests.samples.test_generate import ISO_DATE, load_truths

MINE = ("wording_extra33.py", "render_extra33.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("geburtsurkunde", "identity_document")
SEED = 37373
PURPOSES = {code: purpose_printings(code) for code in PURPOSE_ORDER33}
DWELLINGS = {code: dwelling_printings(code) for code in DWELLING_ORDER33}
POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSES, DWELLINGS)
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "mrz_format": "doc_kind"}
ALPINE_NATIONS = {"AUT", "CHE", "LIE", "ITA"}


def flat(text: str) -> str:
    """A text layer as values are compared with it: white space dropped (a value wrapped in a
    cell, a pre-printed century and its typed rest close up)."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def shows(value: str, text: str) -> bool:
    return flat(value) in text


def pdf_text(path: Path | bytes) -> list[str]:
    doc = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def text33(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra33_text")
    generate(out, per_type=8, seed=SEED, kinds=("text",), layouts=["extra33"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans33(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra33_scans")
    generate(out, per_type=2, seed=SEED, kinds=KINDS, layouts=["extra33"], doc_types=SCAN_TYPES,
             jobs=1)
    return out


# --- selection ---------------------------------------------------------------------------------


def test_extra33_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA33_LAYOUTS == ("alpine", "archive")
    check_opt_in(tmp_path, "extra33", EXTRA33_LAYOUTS, "extra32", 76, SEED, "anmeldung")
    # between the extra15 and extra16 pairs, so that every older pair keeps the places its
    # tests pin (extra16, extra32, extra17, extra31, extra18, extra30, extra19, extra29, extra20,
    # extra28, extra21, extra27, extra22 stay a run; the end stays put)
    at = OPT_IN_LAYOUTS.index("alpine")
    assert OPT_IN_LAYOUTS[at:at + 2] == EXTRA33_LAYOUTS
    assert OPT_IN_LAYOUTS[at - 2:at] == EXTRA15_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 2:at + 4] == EXTRA16_LAYOUTS
    assert OPT_IN_LAYOUTS[at + 4:at + 6] == EXTRA32_LAYOUTS


# --- wording -----------------------------------------------------------------------------------


def _older_pools() -> set[str]:
    """The thirty-six older pools as their own modules list them."""
    return older32() | set(extra32_strings()) | set(extra32_values())


def test_extra33_wording_is_a_pool_of_its_own() -> None:
    for pool in (ALPINE_LABELS, ARCHIVE_LABELS):
        for key, options in pool.items():
            assert len(options) == 3 and len({norm(s) for s in options}) == 3, key
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
    # the certified copy's stamp is the one wording German has for it; it is kept out of the
    # pool's own strings and is the only one it shares
    assert {"Beglaubigte Abschrift"} == SHARED_WORDS33
    assert not SHARED_WORDS33 & set(mine)


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            if name == "document_code":
                continue  # the zone shows it
            base = re.sub(r"^(spouse[12]_|holder_)", "", name)
            key = KEYS.get(base, base)
            assert key in ALPINE_LABELS, name
            assert key in ARCHIVE_LABELS, name


# --- dates -------------------------------------------------------------------------------------


def test_alpine_and_archive_dates() -> None:
    jan, feb = date(1980, 1, 3), date(1975, 2, 28)
    assert alpine_date(jan, "at_long") == "3. Jänner 1980"
    assert alpine_date(feb, "at_long_zero") == "28. Feber 1975"
    assert alpine_date(jan, "at_abbr") == "3. Jän. 1980"
    assert alpine_date(jan, "ch_short") == "3.1.1980"
    assert alpine_date(jan, "ch_long") == "3. Januar 1980"
    assert alpine_date(jan, "it_bi") == "3. Jänner 1980 / 3 gennaio 1980"
    assert alpine_date(jan, "it_slash") == "03/01/1980"
    assert alpine_date(feb, "fr_bi") == "28. Februar 1975 / 28 février 1975"
    assert archive_date(jan, "spaced") == "3. 1. 1980"
    assert archive_date(jan, "long_tight") == "3.Januar 1980"
    assert century_parts(jan, "numeric") == ("03.01.", "80", False)
    assert century_parts(date(2006, 5, 4), "unpadded") == ("4.5.", "2006", True)
    assert "03.01.1980" in printed_dates(jan) and "4.5.19 2006" in printed_dates(date(2006, 5, 4))
    for day in (date(1950, 1, 1), date(1999, 11, 22), date(2026, 10, 31)):
        assert all(re.search(r"(19|20)\d\d", p) or re.search(r"19\s?\d\d", p)
                   for p in printed_dates(day))


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


def test_every_type_in_both_layouts_with_complete_truth(text33: Path) -> None:
    check_complete_truths(text33, EXTRA33_LAYOUTS)


def test_text_layer_prints_every_truth_value(text33: Path) -> None:
    for truth in truths_of(text33, "text"):
        check_printed(text33, truth)


def test_scans_in_every_kind_match_their_text_documents(scans33: Path) -> None:
    check_scans_match(scans33, SCAN_TYPES, EXTRA33_LAYOUTS, KINDS, check_printed)


def test_truth_is_the_localised_record(text33: Path) -> None:
    """The generator localises the record before drawing (from a stream of its own) and takes
    the truth from it: alpine certificates come from Austrian or South Tyrolean registry
    offices, alpine identity documents are Austrian, Swiss, Liechtenstein or Italian."""
    for truth in truths_of(text33, "text"):
        index = int(truth["source_id"].rsplit("-", 1)[1])
        spec = DocSpec(truth["document_type"], index, truth["layout"], truth["pages"], SEED,
                       ("text",), text33)
        record = localise(make_record(spec.doc_type, spec.rng()), spec.layout,
                          spec.rng("localise"))
        assert {k: v for k, v in truth_fields(record).items()} == truth["fields"], truth["file"]
        if truth["layout"] == "alpine" and truth["document_type"] in CERTIFICATES:
            town = truth["fields"]["registry_office"].removeprefix("Standesamt ")
            assert town in {t[0] for k in ("AT", "ST") for t in ALPINE_TOWNS[k]}
        if truth["layout"] == "alpine" and truth["document_type"] == "identity_document":
            assert truth["fields"]["nationality"] in ALPINE_NATIONS
            assert truth["queue"] == "auslaenderbehoerde"


def _means(name: str, printed: str, truth: str) -> bool:
    """Whether a printed value is the truth's value as the catalog normalises it."""
    base = re.sub(r"^(spouse[12]_|holder_)", "", name)
    if ISO_DATE.match(truth):
        return flat(printed) in {flat(p) for p in printed_dates(date.fromisoformat(truth))}
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


def _record(layout: str, doc_type: str, seed: int, salt: str = "docs") -> tuple[Any, Any]:
    rng = random.Random(f"{salt}/{layout}/{doc_type}/{seed}")
    record = make_record(doc_type, rng)
    return localise(record, layout, random.Random(f"{salt}/loc/{layout}/{doc_type}/{seed}")), rng


def _docs(layout: str, n: int = 8) -> list[tuple[Any, Any, Any]]:
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            record, rng = _record(layout, doc_type, seed)
            style = make_style(layout, rng)
            out.append((record, style, build_doc(record, style, rng, doc_type)))
    return out


@pytest.mark.parametrize("layout", EXTRA33_LAYOUTS)
def test_printed_fields_show_the_truth(layout: str) -> None:
    """Each named field's value is the truth's value (values printed together in order), and
    every truth field is printed; a value a marginal note supersedes is no named field."""
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
            if f.key in ("birth_name", "previous_address", "desired_plate") and not f.name:
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
    record, rng = _record(layout, doc_type, seed, "drawn")
    doc, texts, pdf = _draw(layout, doc_type, record, rng, pages)
    return record, doc, texts, pdf


@pytest.mark.parametrize("layout", EXTRA33_LAYOUTS)
def test_every_value_and_label_is_printed(layout: str) -> None:
    """The values, the options and the labels of named fields stand in the text layer, on as
    many pages as the plan asks for (or one more)."""
    checked = 0
    for doc_type in DOCUMENT_TYPES:
        for seed in range(4):
            _unused, doc, texts, _pdf = _drawn(layout, doc_type, seed, 1 + seed % 2)
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
                if f.name and f.label and not f.prose:
                    assert flat(f.label).casefold() in folded, (doc_type, f.label)
                if f.second and f.name:
                    assert flat(f.second).casefold() in folded, (doc_type, f.second)
            if doc.zone:
                assert all(line in text for line in doc.zone), doc_type
    assert checked > 300


# --- alpine ------------------------------------------------------------------------------------


def _alpine(n: int = 10) -> list[tuple[Any, Any, list[str]]]:
    out = []
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            record, doc, texts, _pdf = _drawn("alpine", doc_type, seed, 1 + seed % 2)
            out.append((record, doc, texts))
    return out


def test_alpine_issuers_structures_and_regional_wording() -> None:
    """Every issuer and every sheet structure occurs; certificates come from an Austrian or a
    South Tyrolean registry office (a "Standesamt"); South Tyrolean documents carry Italian
    lines, some Swiss ones French lines; Austrian documents write January and February as
    Jänner and Feber, Swiss ones short dates; the registration slip has stair and door cells
    and asks whether the lodging is the main residence; Swiss nationals have a home town."""
    issuers: Counter[str] = Counter()
    structures: Counter[str] = Counter()
    months = italian = french = short = stair = question = heimat = register_no = 0
    for record, doc, texts in _alpine():
        look = doc.alp
        issuers[look.issuer] += 1
        structures[look.structure] += 1
        text = " ".join(" ".join(t.split()) for t in texts)
        if doc.kind == "cert":
            assert look.issuer in ("AT", "ST")
            assert f"Standesamt {doc.city}" in text
        if look.lang == "it":
            italian += any(s[0] in text for s in ALPINE_SECOND.values())
        if look.lang == "fr":
            french += any(s[1] in text for s in ALPINE_SECOND.values())
        months += bool(re.search(r"\b\d{1,2}\. (Jänner|Feber|Jän\.) \d{4}", text))
        short += look.issuer == "CH" and bool(re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", text))
        keys = {f.key for f in fields(doc)}
        stair += {"stair", "door"} <= keys
        question += "dwelling_q" in keys
        heimat += "heimatort" in keys or (look.issuer == "CH" and doc.kind == "id")
        register_no += bool(look.register_no) and look.register_no in text
        del record
    assert set(issuers) == {"AT", "CH", "LI", "ST"}
    assert set(structures) == {"grid", "rows", "extract", "urkunde", "copy"}
    assert italian >= 5 and french >= 1 and months >= 3 and short >= 1
    assert stair >= 3 and question >= 2 and heimat >= 2 and register_no >= 10


def test_alpine_addresses_keep_the_country_postal_codes() -> None:
    """A previous residence, a landlord abroad and a last residence keep the country's postal
    code (four digits, sometimes with its prefix; five in Italy) while the catalog's address of
    the lodging in Germany keeps five digits."""
    foreign = prefixed = 0
    for doc_type in ("anmeldung", "wohnungsgeberbestaetigung", "sterbeurkunde"):
        for seed in range(20):
            record, _rng = _record("alpine", doc_type, seed)
            truth = truth_fields(record)
            if "postal_code" in truth:
                assert re.fullmatch(r"\d{5}", str(truth["postal_code"]))
            line = str(truth.get("previous_address") or truth.get("landlord_address") or
                       getattr(record, "last_residence", ""))
            if re.search(r"\b(A-|CH-|FL-|I-)?\d{4,5} [A-ZÄÖÜ]", line) and any(
                    t[0] in line for rows in ALPINE_TOWNS.values() for t in rows):
                foreign += 1
                prefixed += bool(re.search(r"\b(A|CH|FL|I)-\d{4,5}\b", line))
    assert foreign >= 30 and prefixed >= 8


def test_alpine_identity_documents() -> None:
    """Austrian, Swiss, Liechtenstein and Italian passports and cards, their zones whole with
    every check digit holding, the nationality as the catalog's code."""
    seen: set[tuple[str, str]] = set()
    for seed in range(40):
        record, _rng = _record("alpine", "identity_document", seed)
        truth = truth_fields(record)
        assert truth["nationality"] in ALPINE_NATIONS
        assert truth["issuing_state"] == truth["nationality"]
        lines = record.lines
        if record.mrz_format == "TD3":
            number = lines[1][:9]
            assert mrz.check_digit(number) == lines[1][9]
            assert mrz.check_digit(lines[1][13:19]) == lines[1][19]
            assert mrz.check_digit(lines[1][21:27]) == lines[1][27]
        else:
            assert mrz.check_digit(lines[0][5:14]) == lines[0][14]
            assert mrz.check_digit(lines[1][:6]) == lines[1][6]
            assert mrz.check_digit(lines[1][8:14]) == lines[1][14]
        assert issuer_of(record) is not None
        seen.add((str(truth["nationality"]), str(truth["mrz_format"])))
    assert {n for n, _ in seen} == ALPINE_NATIONS
    assert {f for _, f in seen} == {"TD1", "TD3"}


# --- archive -----------------------------------------------------------------------------------


def _chars(pdf: bytes) -> list[list[dict[str, Any]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as plumber:
        return [list(page.chars) for page in plumber.pages]


def test_archive_century_typewriter_and_orthography() -> None:
    """Forms print a century ``19`` in the form's face with the typed rest of the year after it
    (struck, with the full year typed after it, from 2000 on), the values in a typewriter face,
    the printed text in the orthography of its day."""
    centuries = struck = mono = old_spelling = 0
    for doc_type in ("anmeldung", "wohnungsgeberbestaetigung", "antrag_zulassung",
                     "aufenthaltstitel_antrag", "geburtsurkunde"):
        for seed in range(6):
            _unused, doc, texts, pdf = _drawn("archive", doc_type, seed)
            text = flat(" ".join(texts))
            chars = [ch for page in _chars(pdf) for ch in page]
            fonts = {ch["fontname"] for ch in chars}
            for head, rest, is_struck in doc.centuries:
                assert flat(f"{head}19{rest}") in text
                centuries += 1
                struck += is_struck
            typed = [f.value for f in fields(doc) if f.value and not f.options and not f.century]
            if typed:
                value = typed[0].split()[0]
                run = "".join(ch["text"] for ch in chars)
                at = run.find(value)
                assert at >= 0, value
                font = chars[at]["fontname"]
                mono += "Courier" in font or "Mono" in font
            old_spelling += "daß" in text or "Paß" in text or "Strasse" in text
            del fonts
    assert centuries >= 10 and struck >= 3 and mono >= 25 and old_spelling >= 10


def test_archive_certificates_are_certified_copies_with_marginal_notes() -> None:
    """Every certificate carries the copy stamp and the certification clause with its day (the
    truth's issue date); a marginal note that corrects the entry holds the truth's value while
    the entry shows the superseded one; a note of a later event changes no value and names no
    day of the truth; East German entries name their district and, for a marriage, the East
    German identity card."""
    replacing = later = ddr = ddr_ids = 0
    for doc_type in CERTIFICATES:
        for seed in range(60):
            if seed >= 16 and not ddr_entry(_record("archive", doc_type, seed, "drawn")[0]):
                continue  # beyond the first sixteen, only the East German entries
            record, doc, texts, _pdf = _drawn("archive", doc_type, seed, 1 + seed % 2)
            text = " ".join(" ".join(t.split()) for t in texts)
            truth = truth_fields(record)
            assert "Beglaubigte Abschrift" in text
            assert f"Standesamt {record.office}" in text
            for note in doc.arc.notes:
                assert flat(note.text) in flat(text)
                if note.key:
                    replacing += 1
                    wanted = str(truth[note.key])
                    assert note.new == wanted or flat(note.new) in {
                        flat(p) for p in printed_dates(date.fromisoformat(wanted))} \
                        if ISO_DATE.match(wanted) else note.new == wanted
                    assert note.old != note.new
                    if note.old:
                        assert flat(note.old) in flat(text)
                else:
                    later += 1
                    assert note.day not in truth_days(record)
            if ddr_entry(record):
                ddr += 1
                assert record.office in DDR_TOWNS
                assert re.search(r"\b(Kreis|Krs\.) ", text)
                assert re.search(r"\b(Bezirk|Bez\.) ", text)
                if doc_type == "eheurkunde" and doc.arc.mode == "abschrift":
                    ddr_ids += "Personalausweis für Bürger der DDR" in text
                event = record.child.dob if doc_type == "geburtsurkunde" else \
                    record.marriage_date
                assert event < DDR_END
    assert replacing >= 12 and later >= 6 and ddr >= 3 and ddr_ids >= 1


@pytest.mark.parametrize("layout", EXTRA33_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    looks = set()
    for _unused, style, doc in _docs(layout, 6):
        look = (doc.alp.issuer, doc.alp.structure, doc.alp.lang, round(doc.alp.size, 2)) \
            if layout == "alpine" else (doc.arc.era, doc.arc.mode, doc.arc.arrange,
                                        round(doc.arc.tsize, 2))
        looks.add((doc.doc_type, doc.title, style.date_style, style.words("family_name"), look))
    assert len(looks) >= 8 * 5


def test_furniture_days_avoid_truth() -> None:
    for layout in EXTRA33_LAYOUTS:
        for record, _style, doc in _docs(layout):
            truth = {v for v in truth_fields(record).values()
                     if isinstance(v, str) and ISO_DATE.match(v)}
            assert doc.furniture and doc.printed in doc.furniture
            assert not {d.isoformat() for d in doc.furniture} & truth


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text", "clean")
    types = ("anmeldung", "geburtsurkunde", "identity_document")
    a = generate(tmp_path / "a", 3, SEED, kinds, EXTRA33_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 3, SEED, kinds, EXTRA33_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_older_selections_are_unchanged(tmp_path: Path) -> None:
    """The same seed gives the same bytes whether a pair is named by its group or its ids."""
    a = generate(tmp_path / "a", 1, 5, ("text",), ["extra32"], doc_types=("anmeldung",))
    b = generate(tmp_path / "b", 1, 5, ("text",), ["spelled", "typeset"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    c = generate(tmp_path / "c", 1, SEED, ("text",), ["extra33"], doc_types=("anmeldung",))
    d = generate(tmp_path / "d", 1, SEED, ("text",), ["alpine", "archive"],
                 doc_types=("anmeldung",))
    assert [p.read_bytes() for p in c] == [p.read_bytes() for p in d]


def test_cli_extra33(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra33", "--types", "wohnungsgeberbestaetigung",
                 "--seed", str(SEED), "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA33_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
