"""The seventeenth extra pair of blind held-out layouts (``abbrev``, ``columns``): opt-in like the
other extra pairs (the default and ``all`` never draw them), a wording pool of its own, every
type renders in both layouts as a text PDF and in every scan kind with catalog-true truth, the
text layer prints each truth value, identity documents keep a whole machine-readable zone, each
cell or matrix cell that shows a field shows the truth's value (marked codes included), the
matrices put persons and roles in columns with distractor columns or rows that show no field,
furniture dates and numbers are never truth values, and generation is reproducible.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from samples.catalog import DOCUMENT_TYPES, LIST_FIELDS, all_fields
from samples.data import make_record
from samples.generate import (
    EXAMPLE_LAYOUTS,
    EXTRA13_LAYOUTS,
    EXTRA16_LAYOUTS,
    EXTRA17_LAYOUTS,
    HELD_OUT,
    KNOWN_LAYOUTS,
    LAYOUTS,
    OPT_IN_GROUPS,
    OPT_IN_LAYOUTS,
    expand_opt_in,
    generate,
    main,
    make_style,
    resolve_layouts,
)
from samples.render_extra17 import (
    ASIDE_ROWS,
    abbrev_cells,
    build_abbrev,
    build_columns,
    matrix_cells,
)
from samples.truth import truth_fields
from samples.wording_extra16 import SENTENCES as SENTENCES16
from samples.wording_extra16 import all_label_strings as extra16_strings
from samples.wording_extra16 import value_strings as extra16_values
from samples.wording_extra17 import (
    ABBREV_LABELS,
    ABBREV_PAIRS,
    ABBREV_SECTIONS,
    ABBREV_TITLES,
    DWELLING17,
    ID_KINDS17,
    MATRIX_HEADS,
    MATRIX_ROWS,
    MATRIX_TITLES,
    PURPOSE17,
    SEX_CODES17,
    SEX_ORDER17,
    SHARED_WORDS,
    all_label_strings,
    label_strings,
    nationality_printings,
    printed_dates,
    sex_printings,
    value_strings,
)
from tests.samples.pool_checks import (
    Pool,
    check_complete_truths,
    check_printed,
    check_scans_match,
    literals_except,
    norm,
    truths_of,
)
from tests.samples.test_extra16_layouts import _older_pools as older16
from tests.samples.test_generate import ISO_DATE, _pdf_text, load_truths

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MINE = ("wording_extra17.py", "render_extra17.py")
KINDS = ("text", "clean", "degraded", "dpi200")
SCAN_TYPES = ("geburtsurkunde", "identity_document")
# catalog field (without its person prefix) -> the short form's label key
KEYS = {"tenant_names": "tenant", "document_number": "doc_number", "document_code": "doc_code",
        "mrz_format": "doc_kind"}


@pytest.fixture(scope="module")
def text17(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type eight times (four per layout), text PDFs only (two-page plans included)."""
    out = tmp_path_factory.mktemp("extra17_text")
    generate(out, per_type=8, seed=1717, kinds=("text",), layouts=["extra17"], jobs=1)
    return out


@pytest.fixture(scope="module")
def scans17(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two types once in each layout, in every kind (one of them two pages)."""
    out = tmp_path_factory.mktemp("extra17_scans")
    generate(out, per_type=2, seed=172, kinds=KINDS, layouts=["extra17"], doc_types=SCAN_TYPES,
             jobs=1)
    return out



# --- selection ---------------------------------------------------------------------------------


def test_extra17_group_is_opt_in(tmp_path: Path) -> None:
    assert EXTRA17_LAYOUTS == ("abbrev", "columns")
    assert OPT_IN_GROUPS["extra17"] == EXTRA17_LAYOUTS
    assert expand_opt_in(["extra17"]) == list(EXTRA17_LAYOUTS)
    assert resolve_layouts(expand_opt_in(["colon", "extra17", "columns"])) == (
        "colon", *EXTRA17_LAYOUTS)
    assert set(EXTRA17_LAYOUTS) <= set(OPT_IN_LAYOUTS) <= set(KNOWN_LAYOUTS)
    assert resolve_layouts(None) == LAYOUTS == resolve_layouts(["all"])
    for name in ("tuning", "holdout", "blind", "final", "extra", "extra2"):
        assert set(EXTRA17_LAYOUTS).isdisjoint(resolve_layouts([name])), name
    for name, opt_in in OPT_IN_GROUPS.items():
        if name != "extra17":
            assert set(EXTRA17_LAYOUTS).isdisjoint(opt_in), name
    assert resolve_layouts(expand_opt_in(["extra16"])) == EXTRA16_LAYOUTS
    for group in (LAYOUTS, HELD_OUT, EXAMPLE_LAYOUTS):
        assert set(EXTRA17_LAYOUTS).isdisjoint(group)
    assert len(KNOWN_LAYOUTS) == len(set(KNOWN_LAYOUTS)) >= 44
    assert KNOWN_LAYOUTS[-2:] == EXTRA13_LAYOUTS
    with pytest.raises(ValueError):
        resolve_layouts(["extra17"])  # only generate and the CLI expand the group name
    generate(tmp_path, per_type=len(LAYOUTS), seed=17, kinds=("text",), layouts=["all"],
             doc_types=("identity_document",))
    drawn = {t["layout"] for t in load_truths(tmp_path)}
    assert drawn == set(LAYOUTS)


# --- wording -----------------------------------------------------------------------------------


POOL = Pool(printed_dates, sex_printings, nationality_printings, PURPOSE17, DWELLING17)
_norm = norm


def _older_literals() -> set[str]:
    return literals_except(MINE)


def _older_pools() -> set[str]:
    """The twenty older pools as their own modules list them."""
    sentences = {s for options in SENTENCES16.values() for s in options}
    return older16() | set(extra16_strings()) | set(extra16_values()) | sentences


def test_extra17_wording_is_a_pool_of_its_own() -> None:
    assert {"IBAN", "BIC", "PLZ", "Postleitzahl"} == SHARED_WORDS
    assert set(ABBREV_TITLES) == set(MATRIX_TITLES) == set(DOCUMENT_TYPES)
    for pool in (ABBREV_LABELS, ABBREV_PAIRS, ABBREV_SECTIONS, MATRIX_ROWS, MATRIX_HEADS):
        for key, options in pool.items():
            assert len(set(options)) == len(options), key
            assert 1 <= len(options) <= 3, key
    mine = [s for s in all_label_strings() if s not in SHARED_WORDS]
    assert len({_norm(s) for s in mine}) == len(mine)  # no two of its own alike either
    older = _older_pools()
    assert [s for s in mine if s in older] == []
    folded = {_norm(s) for s in older} | {_norm(s) for s in _older_literals()}
    # not even up to case, punctuation or spacing
    assert [s for s in mine if _norm(s) in folded] == []
    assert [s for s in label_strings() if s not in SHARED_WORDS and _norm(s) in folded] == []
    assert [s for s in value_strings() if _norm(s) in folded] == []
    for s in all_label_strings() + value_strings():
        s.encode("cp1252")  # the base-14 fallback prints every wording


def test_abbreviated_labels_look_abbreviated() -> None:
    """The short form's labels are office abbreviations: most carry a dot, and the pair labels
    join their two fields with a slash, a comma or a conjunction."""
    labels = [s for options in ABBREV_LABELS.values() for s in options if s not in SHARED_WORDS]
    assert sum("." in s for s in labels) >= 0.85 * len(labels)
    assert sum("-" in s for s in labels) >= 0.3 * len(labels)
    for options in ABBREV_PAIRS.values():
        assert all(re.search(r"/|,| u\. | m\. ", s) for s in options), options


def test_every_catalog_field_has_its_labels() -> None:
    for doc_type in DOCUMENT_TYPES:
        for name in all_fields(doc_type):
            base = name.removeprefix("spouse1_").removeprefix("spouse2_").removeprefix(
                "holder_")
            assert KEYS.get(base, base) in ABBREV_LABELS, (doc_type, name)


# --- truth -------------------------------------------------------------------------------------



def _check_printed(folder: Path, truth: dict[str, Any]) -> None:
    check_printed(folder, truth, POOL, glued=False)


def test_every_type_in_both_layouts_with_complete_truth(text17: Path) -> None:
    check_complete_truths(text17, EXTRA17_LAYOUTS)


def test_text_layer_prints_every_truth_value(text17: Path) -> None:
    for truth in truths_of(text17, "text"):
        _check_printed(text17, truth)


def test_scans_in_every_kind_match_their_text_documents(scans17: Path) -> None:
    check_scans_match(scans17, SCAN_TYPES, EXTRA17_LAYOUTS, KINDS, _check_printed)


# --- what the cells say ------------------------------------------------------------------------


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
        return printed in PURPOSE17[truth]
    if base == "dwelling":
        return printed in DWELLING17[truth]
    if base == "iban":
        return printed.replace(" ", "") == truth
    if base == "mrz_format":
        return printed in ID_KINDS17["P" if truth == "TD3" else "I"]
    return " ".join(printed.split()) == truth


def _records(layout: str, n: int = 10):  # type: ignore[no-untyped-def]
    for doc_type in DOCUMENT_TYPES:
        for seed in range(n):
            rng = random.Random(f"{layout}/{doc_type}/{seed}")
            record = make_record(doc_type, rng)
            yield doc_type, record, make_style(layout, rng), rng


def _compare(printed: dict[str, list[str]], truth: dict[str, Any], where: str,
             lined: frozenset[str] = frozenset()) -> None:
    for name, value in truth.items():
        values = value if isinstance(value, list) else [value]
        if name in LIST_FIELDS:
            assert sorted(printed.get(name, [])) == sorted(values), (where, name)
            continue
        if name in lined and name not in printed:
            continue  # printed in an address line (checked there)
        assert name in printed, (where, name)
        for p in printed[name]:
            assert _means(name, p, value), (where, name, p, value)


def test_short_form_cells_show_the_truth() -> None:
    """Each cell that shows a field shows the truth's value; a joined cell holds both parts;
    a marked code is the value; every truth field has its cell."""
    seen_marked: set[str] = set()
    joined = 0
    for doc_type, record, style, rng in _records("abbrev"):
        doc = build_abbrev(record, style, rng, doc_type)
        truth = truth_fields(record)
        printed: dict[str, list[str]] = {}
        for cell in abbrev_cells(doc):
            if cell.kind == "zone":
                assert cell.value.split("\n") == list(record.lines)  # type: ignore[union-attr]
                continue
            if cell.kind == "choice":
                assert len(cell.options) >= 2
                if cell.chosen is not None:
                    assert cell.options[cell.chosen] == cell.value
                    seen_marked.add(cell.keys[0])
                else:
                    assert not cell.names[0] and not cell.value
            if len(cell.keys) == 2:
                joined += 1
                assert all(part in cell.value for part in cell.parts)
            for name, part in zip(cell.names, cell.parts, strict=True):
                if name:
                    printed.setdefault(name, []).append(part)
        if doc_type == "identity_document":
            assert SEX_CODES17[str(truth["sex"])] in printed["sex"]
        _compare(printed, truth, f"abbrev/{doc_type}")
    assert {"sex", "dwelling", "purpose", "doc_kind"} <= seen_marked
    assert joined > 40
    assert tuple(SEX_CODES17[c] for c in SEX_ORDER17) == ("w", "m", "d", "o.Ang.")


def test_matrix_cells_show_the_truth_and_distractors_show_none() -> None:
    """Matrix cells that show a field show the truth's value (address cells in the address
    forms the document chose); persons and roles are columns; distractor columns and rows show
    no field; every document has at least two columns in one of its matrices."""
    aside_docs = 0
    merged = 0
    total = 0
    for doc_type, record, style, rng in _records("columns"):
        doc = build_columns(record, style, rng, doc_type)
        truth = truth_fields(record)
        total += 1
        assert max(len(m.cols) for m in doc.matrices) >= 2, doc_type
        printed: dict[str, list[str]] = {}
        lined: set[str] = set()
        aside = False
        for m in doc.matrices:
            assert all(len(row.cells) == len(m.cols) for row in m.rows)
            aside |= any(col.aside for col in m.cols) or any(row.aside for row in m.rows)
        for head, row_key, cell in matrix_cells(doc):
            col_aside = head in ("second", "informant", "witness", "interpreter", "partner",
                                 "relative", "prev_document", "check")
            if col_aside or row_key in ASIDE_ROWS or cell.na or cell.skip:
                assert not cell.field, (doc_type, head, row_key)
                continue
            merged += cell.span > 1
            if not cell.field:
                continue
            if "+" in cell.field:  # an address line: street and number, postal code and city
                parts = cell.field.split("+")
                want = " ".join(str(truth[p]) for p in parts[:2])
                if len(parts) == 4:
                    want += ", " + " ".join(str(truth[p]) for p in parts[2:])
                assert cell.text == want, (doc_type, cell.text, want)
                lined.update(parts)
                continue
            printed.setdefault(cell.field, []).append(cell.text)
        aside_docs += aside
        _compare(printed, truth, f"columns/{doc_type}", frozenset(lined))
    assert merged > 20
    assert aside_docs > total * 0.4


@pytest.mark.parametrize("layout", EXTRA17_LAYOUTS)
def test_documents_differ_from_one_another(layout: str) -> None:
    """Wording, order and date styles vary per document."""
    looks = set()
    for doc_type, record, style, rng in _records(layout, 6):
        if layout == "abbrev":
            doc = build_abbrev(record, style, rng, doc_type)
            looks.add((doc_type, doc.title, tuple(
                (tuple(c.keys), style.words(c.keys[0])) for c in abbrev_cells(doc))))
        else:
            mdoc = build_columns(record, style, rng, doc_type)
            looks.add((doc_type, mdoc.title, tuple(
                (row.key, style.words(row.key)) for m in mdoc.matrices for row in m.rows)))
    assert len(looks) >= 8 * 5


# --- furniture ---------------------------------------------------------------------------------


def test_furniture_dates_and_numbers_are_never_truth(text17: Path) -> None:
    """Signing days ("place, day"), processing stamps and log dates are none of the truth's
    dates, and barcode references occur in no truth value."""
    for truth in truths_of(text17, "text"):
        text = _pdf_text(text17 / truth["file"])
        days = {date.fromisoformat(v) for v in truth["fields"].values()
                if isinstance(v, str) and ISO_DATE.match(v)}
        placed = [date(int(y), int(m), int(d))
                  for d, m, y in re.findall(r", (\d{2})\.(\d{2})\.(\d{4})\b", text)]
        assert not set(placed) & days, truth["file"]
        stamped = re.findall(r"(?i)(?:eingeg\.|eing\.-tg\.) (\S.{4,12}?\d{4})\b", text)
        assert bool(stamped) == (truth["layout"] == "abbrev"), truth["file"]
        printed = {p.casefold() for d in days for p in printed_dates(d)}
        assert not {s.casefold() for s in stamped} & printed, truth["file"]
        values = [v for value in truth["fields"].values()
                  for v in (value if isinstance(value, list) else [value])]
        for number in re.findall(r"\b\d{10}\b", text):
            assert not any(number in v for v in values), (truth["file"], number)


# --- reproducibility and the command line ------------------------------------------------------


def test_generation_is_reproducible(tmp_path: Path) -> None:
    kinds = ("text",)
    types = ("eheurkunde", "identity_document")
    a = generate(tmp_path / "a", 2, 9, kinds, EXTRA17_LAYOUTS, doc_types=types)
    b = generate(tmp_path / "b", 2, 9, kinds, EXTRA17_LAYOUTS, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")


def test_cli_extra17(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "2", "--kinds", "text",
                 "--layouts", "extra17", "--types", "aufenthaltstitel_antrag",
                 "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert sorted(t["layout"] for t in truths) == sorted(EXTRA17_LAYOUTS)
    assert all(t["holdout"] for t in truths)
    assert "2 documents" in capsys.readouterr().err
