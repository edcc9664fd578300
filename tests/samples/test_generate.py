"""The samples generator: deterministic, catalog-true ground truth, valid checksums, readable
files in every kind."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td3 import TD3CodeChecker
from PIL import Image
from stdnum import iban as stdnum_iban

from samples.catalog import DOCUMENT_TYPES, FIELDS, LIST_FIELDS, all_fields
from samples.generate import (
    BLIND_LAYOUTS,
    EXTRA_LAYOUTS,
    HELD_OUT,
    HOLDOUT_LAYOUTS,
    KINDS,
    LAYOUTS,
    TUNING_LAYOUTS,
    generate,
    main,
    resolve_layouts,
)
from samples.mrz import check_digit
from samples.wording import DATE_STYLES, format_date

EXAMPLES = Path(__file__).resolve().parents[2] / "samples" / "examples"

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMATS: dict[str, re.Pattern[str]] = {
    "postal_code": re.compile(r"^\d{5}$"),
    "sex": re.compile(r"^[FMDX]$"),
    "nationality": re.compile(r"^[A-Z]{3}$"),
    "issuing_state": re.compile(r"^[A-Z]{3}$"),
    "vin": re.compile(r"^[A-HJ-NPR-Z0-9]{17}$"),
    "evb_number": re.compile(r"^[A-Z0-9]{7}$"),
    "desired_plate": re.compile(r"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}$"),
    "iban": re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
    "mrz_format": re.compile(r"^TD[13]$"),
    "purpose": re.compile(r"^(study|employment|family|humanitarian|other)$"),
    "dwelling": re.compile(r"^(main|secondary)$"),
    "house_number": re.compile(r"^\d+[a-z]?$"),
    "document_number": re.compile(r"^[A-Z0-9]{1,9}$"),
}
SCAN_TYPES = ("anmeldung", "eheurkunde", "identity_document")
REGISTER_LETTER = {"geburtsurkunde": "G", "eheurkunde": "E", "sterbeurkunde": "S"}


def load_truths(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(directory.glob("*.truth.json"))]


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document of three types (one has two pages), each written in all four kinds."""
    out = tmp_path_factory.mktemp("every_kind")
    generate(out, per_type=1, seed=7, kinds=KINDS, layouts=None, doc_types=SCAN_TYPES)
    return out


@pytest.fixture(scope="module")
def many_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every type in every layout family, text layer only (fast)."""
    out = tmp_path_factory.mktemp("many_text")
    generate(out, per_type=2 * len(LAYOUTS), seed=11, kinds=("text",), layouts=None)
    return out


def check_truth(truth: dict[str, Any]) -> None:
    doc_type = truth["document_type"]
    fields = truth["fields"]
    required, _ = FIELDS[doc_type]
    assert set(required) <= set(fields), set(required) - set(fields)
    assert set(fields) <= set(all_fields(doc_type)), set(fields) - set(all_fields(doc_type))
    assert truth["layout"] in LAYOUTS
    assert truth["kind"] in KINDS
    assert truth["pages"] in (1, 2)
    for name, value in fields.items():
        if name in LIST_FIELDS:
            assert isinstance(value, list) and 1 <= len(value) <= 3
            assert len(set(value)) == len(value)
            assert all(v == " ".join(v.split()) and " " in v for v in value)
            continue
        assert isinstance(value, str) and value == " ".join(value.split()) and value, name
        if name.endswith("date") or name.endswith("date_of_birth") or name.startswith("date_"):
            assert ISO_DATE.match(value), (name, value)
            date.fromisoformat(value)
        if name in FORMATS:
            assert FORMATS[name].match(value), (name, value)
    if "iban" in fields:
        assert stdnum_iban.is_valid(fields["iban"])
        number = fields["iban"][4:] + fields["iban"][:4]
        assert int("".join(str(int(c, 36)) for c in number)) % 97 == 1
    if doc_type in REGISTER_LETTER:
        assert re.match(rf"^{REGISTER_LETTER[doc_type]} \d{{1,4}}/\d{{4}}$",
                        fields["register_number"])
        assert fields["registry_office"].startswith("Standesamt ")


def test_layout_groups() -> None:
    assert set(HOLDOUT_LAYOUTS).isdisjoint(TUNING_LAYOUTS)
    assert set(HOLDOUT_LAYOUTS) | set(TUNING_LAYOUTS) | set(EXTRA_LAYOUTS) == set(LAYOUTS)
    assert set(HELD_OUT) == set(LAYOUTS) - set(TUNING_LAYOUTS)
    assert len(TUNING_LAYOUTS) >= 5
    assert resolve_layouts(["holdout"]) == HOLDOUT_LAYOUTS
    assert resolve_layouts(None) == LAYOUTS
    with pytest.raises(ValueError):
        resolve_layouts(["nope"])


def test_deterministic(tmp_path: Path) -> None:
    kinds = ("text", "degraded")
    types = ("anmeldung", "identity_document")
    a = generate(tmp_path / "a", 1, 5, kinds, None, doc_types=types)
    b = generate(tmp_path / "b", 1, 5, kinds, None, doc_types=types)
    c = generate(tmp_path / "c", 2, 6, ("text",), None, doc_types=types)
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b, strict=True):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    assert load_truths(tmp_path / "a") == load_truths(tmp_path / "b")
    fields_a = [t["fields"] for t in load_truths(tmp_path / "a") if t["kind"] == "text"]
    assert fields_a != [t["fields"] for t in load_truths(tmp_path / "c")]
    assert len(c) == 4


def test_truth_matches_catalog(many_text: Path) -> None:
    truths = load_truths(many_text)
    assert {t["document_type"] for t in truths} == set(DOCUMENT_TYPES)
    assert {t["layout"] for t in truths} == set(LAYOUTS)
    for truth in truths:
        check_truth(truth)
    optional_seen = {name for t in truths for name in t["fields"]
                     if name in FIELDS[t["document_type"]][1]}
    assert {"birth_name", "previous_address", "dwelling", "father_name",
            "desired_plate"} <= optional_seen


def test_optional_fields_sometimes_absent(many_text: Path) -> None:
    truths = [t for t in load_truths(many_text) if t["document_type"] == "anmeldung"]
    assert any("previous_address" not in t["fields"] for t in truths)
    assert any("previous_address" in t["fields"] for t in truths)


def test_dates_make_sense(many_text: Path) -> None:
    reference = date(2026, 11, 2)
    for truth in load_truths(many_text):
        f = {k: date.fromisoformat(v) for k, v in truth["fields"].items()
             if isinstance(v, str) and ISO_DATE.match(v)}
        for name, value in f.items():
            if "birth" in name or name in ("issue_date", "marriage_date", "date_of_death",
                                           "entry_date", "move_in_date"):
                assert value <= reference, (truth["file"], name)
        if "issue_date" in f:
            events = [v for k, v in f.items() if k != "issue_date"]
            assert f["issue_date"] >= max(events), truth["file"]
        if "date_of_death" in f:
            assert f["date_of_birth"] < f["date_of_death"]
        if "move_in_date" in f:
            assert (reference - f["move_in_date"]).days <= 60
        for name in ("expiry_date", "passport_expiry_date"):
            if name in f:
                assert f[name] > reference


def test_mrz_check_digits(many_text: Path) -> None:
    truths = [t for t in load_truths(many_text) if t["document_type"] == "identity_document"]
    assert {t["fields"]["mrz_format"] for t in truths} >= {"TD3"}
    for truth in truths:
        lines = truth["mrz"]
        fields = truth["fields"]
        if fields["mrz_format"] == "TD3":
            assert [len(line) for line in lines] == [44, 44]
            assert bool(TD3CodeChecker("\n".join(lines)))
            number, birth = lines[1][0:10], lines[1][13:20]
            assert check_digit(lines[1][:10] + lines[1][13:20] + lines[1][21:43]) == lines[1][43]
        else:
            assert [len(line) for line in lines] == [30, 30, 30]
            assert bool(TD1CodeChecker("\n".join(lines)))
            number, birth = lines[0][5:15], lines[1][0:7]
        assert check_digit(number[:9]) == number[9]
        assert check_digit(birth[:6]) == birth[6]
        assert number[:9].rstrip("<") == fields["document_number"]
        assert birth[:6] == fields["date_of_birth"][2:].replace("-", "")
        german = fields["nationality"] == "DEU"
        assert (lines[0][2:5] == "D<<") == german


def test_every_kind_is_readable(every_kind: Path) -> None:
    truths = load_truths(every_kind)
    assert {t["kind"] for t in truths} == set(KINDS)
    assert len(truths) == len(SCAN_TYPES) * len(KINDS)
    for truth in truths:
        check_truth(truth)
        path = every_kind / truth["file"]
        if truth["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == truth["pages"]
                text = pdf.pages[0].extract_text() or ""
                if truth["kind"] == "text":
                    assert len(text) > 50
                else:
                    assert text.strip() == "" and pdf.pages[0].images
        else:
            with Image.open(path) as img:
                assert getattr(img, "n_frames", 1) == truth["pages"]
                assert img.mode == "L"
                assert round(img.info["dpi"][0]) == truth["dpi"]
                width = img.size[0]
                assert abs(width - 8.27 * truth["dpi"]) < 10


def test_multi_page_scans_exist(every_kind: Path) -> None:
    truths = load_truths(every_kind)
    formats = {t["format"] for t in truths if t["pages"] == 2}
    assert {"tiff", "pdf"} <= formats


def _pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(path)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    finally:
        doc.close()


SKIP_LITERAL = {"sex", "nationality", "purpose", "dwelling", "iban", "desired_plate",
                "mrz_format", "document_code", "issuing_state", "family_name", "given_names",
                "document_number"}


def test_text_layer_prints_every_field(many_text: Path) -> None:
    for truth in load_truths(many_text):
        if truth["layout"] in BLIND_LAYOUTS + EXTRA_LAYOUTS:
            continue  # their own printing styles: test_blind_layouts.py, test_extra_layouts.py
        text = _pdf_text(many_text / truth["file"])
        compact = text.replace(" ", "")
        if truth["document_type"] == "identity_document":
            assert all(line in compact for line in truth["mrz"]), truth["file"]
            continue
        for name, value in truth["fields"].items():
            if name in SKIP_LITERAL and not name.endswith("_name"):
                continue
            values = value if isinstance(value, list) else [value]
            for v in values:
                if ISO_DATE.match(v):
                    printed = {format_date(date.fromisoformat(v), s) for s in DATE_STYLES}
                    assert any(p in text for p in printed), (truth["file"], name, v)
                elif name in ("family_name", "given_names") or name not in SKIP_LITERAL:
                    assert v in text, (truth["file"], name, v)
        if "iban" in truth["fields"]:
            assert truth["fields"]["iban"] in compact


def test_manifest_lists_everything(every_kind: Path) -> None:
    manifest = json.loads((every_kind / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["file"] for entry in manifest["files"]}
    on_disk = {p.name for p in every_kind.iterdir()
               if p.name != "manifest.json" and not p.name.endswith(".truth.json")}
    assert files == on_disk
    for entry in manifest["files"]:
        assert (every_kind / entry["truth"]).is_file()
    assert manifest["holdout_layouts"] == list(HELD_OUT)


def test_committed_examples() -> None:
    truths = load_truths(EXAMPLES)
    assert {t["document_type"] for t in truths} == set(DOCUMENT_TYPES)
    assert {t["kind"] for t in truths} == set(KINDS)
    for truth in truths:
        check_truth(truth)
        assert (EXAMPLES / truth["file"]).is_file()
    assert sum(p.stat().st_size for p in EXAMPLES.iterdir()) < 3_000_000


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path), "--per-type", "1", "--kinds", "text",
                 "--layouts", "holdout", "--types", "eheurkunde", "--jobs", "1"]) == 0
    truths = load_truths(tmp_path)
    assert [t["layout"] for t in truths] == ["twocol"]
    assert truths[0]["holdout"] is True
    assert "1 documents" in capsys.readouterr().err


def test_mrz_matches_icao_specimens() -> None:
    from samples.mrz import MrzData, td1, td3

    passport = MrzData("P", "UTO", "Eriksson", "Anna Maria", "L898902C3", "UTO",
                       date(1974, 8, 12), "F", date(2012, 4, 15), "ZE184226B")
    assert td3(passport) == ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                             "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    card = MrzData("I", "UTO", "Eriksson", "Anna Maria", "D23145890", "UTO",
                   date(1974, 8, 12), "F", date(2012, 4, 15))
    assert td1(card) == ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                         "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
