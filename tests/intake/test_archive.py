"""ZIP archives as input: members processed one by one; traversal, bombs, nesting refused."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from intake.archive import (
    ArchiveLimits,
    ArchiveTooLargeError,
    Member,
    MemberReason,
    Refused,
    iter_members,
    member_label,
)
from intake.errors import CorruptFileError, EmptyFileError, IntakeError, UnsupportedFileError
from intake.pipeline import process_bytes

EXAMPLES = Path(__file__).resolve().parents[2] / "samples" / "examples"
BIRTH = EXAMPLES / "geburtsurkunde-000-boxed-text.pdf"
DEATH = EXAMPLES / "sterbeurkunde-000-certificate-text.pdf"
MiB = 1024 * 1024


def make_zip(members: Sequence[tuple[zipfile.ZipInfo | str, bytes]],
             compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def patch_central(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    """Overwrite a field of the first central-directory header (the header lies)."""
    at = data.index(b"PK\x01\x02") + offset
    return data[:at] + struct.pack(fmt, value) + data[at + struct.calcsize(fmt):]


def items(data: bytes, limits: ArchiveLimits | None = None) -> list[Member | Refused]:
    return list(iter_members(data, limits or ArchiveLimits()))


def test_members_are_processed_as_inputs_with_their_names() -> None:
    data = make_zip([("scans/birth.pdf", BIRTH.read_bytes()), ("death.pdf", DEATH.read_bytes()),
                     ("notes.txt", b"just some text\n")])
    records = process_bytes(data, "batch.zip", document_id_prefix="d-1")
    assert [r.source for r in records] == [
        "batch.zip/scans/birth.pdf", "batch.zip/death.pdf", "batch.zip/notes.txt"]
    assert [r.document_type for r in records[:2]] == ["geburtsurkunde", "sterbeurkunde"]
    assert records[2].status == "triage" and records[2].problems[0].code == "unsupported_type"
    # Ids are numbered across the archive so that the service keeps every case.
    assert [r.document_id for r in records] == ["d-1-1", "d-1-2", "d-1-3"]


@pytest.mark.parametrize(("name", "label"), [
    ("../../etc/passwd", "etc/passwd"),
    ("/abs/scan.pdf", "abs/scan.pdf"),
    ("C:\\Users\\x\\..\\scan.pdf", "Users/x/scan.pdf"),
    ("./a/./b.pdf", "a/b.pdf"),
    ("evil\x00\x1b[31m.pdf", "evil[31m.pdf"),
    ("..", "unnamed"),
])
def test_member_names_become_plain_relative_labels(name: str, label: str) -> None:
    assert member_label(name) == label


def test_traversal_names_are_labels_only_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    data = make_zip([("../../escaped.pdf", DEATH.read_bytes())])
    records = process_bytes(data, "up.zip")
    assert [r.source for r in records] == ["up.zip/escaped.pdf"]
    assert records[0].document_type == "sterbeurkunde"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b"]


def test_nested_archive_is_not_expanded_but_named_in_triage() -> None:
    inner = make_zip([("birth.pdf", BIRTH.read_bytes())])
    data = make_zip([("inner.zip", inner), ("death.pdf", DEATH.read_bytes()),
                     ("old.tar.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 40)])
    records = process_bytes(data, "outer.zip")
    assert len(records) == 3
    nested = [r for r in records if r.problems and r.problems[0].code == "nested_archive"]
    assert [r.source for r in nested] == ["outer.zip/inner.zip", "outer.zip/old.tar.gz"]
    assert "inner.zip" in nested[0].problems[0].message
    assert "gzip" in nested[1].problems[0].message
    assert all(r.status == "triage" and r.pages == [] for r in nested)
    assert records[1].document_type == "sterbeurkunde"


def test_bomb_is_refused_by_ratio_before_it_is_inflated() -> None:
    data = make_zip([("bomb.pdf", b"\x00" * (20 * MiB)), ("death.pdf", DEATH.read_bytes())])
    assert len(data) < 100_000
    got = items(data)
    assert isinstance(got[0], Refused) and got[0].code is MemberReason.COMPRESSION_RATIO
    assert isinstance(got[1], Member) and got[1].data == DEATH.read_bytes()


def test_member_size_limit_counts_bytes_read_not_the_header() -> None:
    payload = os.urandom(3 * MiB)  # incompressible: no ratio refusal
    honest = make_zip([("big.pdf", payload)])
    limits = ArchiveLimits(max_member_bytes=2 * MiB)
    got = items(honest, limits)
    assert isinstance(got[0], Refused) and got[0].code is MemberReason.TOO_LARGE
    # The central directory claims 100 bytes: the member is still not trusted to be small;
    # zipfile stops at the claimed size and the checksum fails, so it is refused as damaged
    # rather than read whole.
    lying = patch_central(honest, 24, "<I", 100)
    got = items(lying, limits)
    assert isinstance(got[0], Refused) and got[0].code is MemberReason.CORRUPT


def test_total_limit_refuses_the_member_that_crosses_it_and_all_later_ones() -> None:
    parts = [(f"scan{i}.pdf", os.urandom(MiB)) for i in range(4)]
    got = items(make_zip(parts), ArchiveLimits(max_total_bytes=int(2.5 * MiB)))
    assert [type(g).__name__ for g in got] == ["Member", "Member", "Refused", "Refused"]
    assert {g.code for g in got if isinstance(g, Refused)} == {MemberReason.ARCHIVE_TOO_LARGE}
    assert [g.label for g in got] == [name for name, _ in parts]


def test_too_many_members_refuses_the_whole_archive_as_one_record() -> None:
    data = make_zip([(f"{i}.pdf", b"x") for i in range(6)])
    with pytest.raises(ArchiveTooLargeError, match="6 entries"):
        items(data, ArchiveLimits(max_members=5))
    records = process_bytes(data, "many.zip")  # default limits: 6 is fine
    assert len(records) == 6


def test_encrypted_and_link_members_are_refused_by_name() -> None:
    link = zipfile.ZipInfo("link.pdf")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        ("secret.pdf", b"%PDF-1.4 x"), (link, b"/etc/passwd"), ("death.pdf", DEATH.read_bytes())]
    data = make_zip(entries)
    data = patch_central(data, 8, "<H", 0x1)  # the first entry's "encrypted" flag
    got = items(data)
    assert isinstance(got[0], Refused) and got[0].code is MemberReason.ENCRYPTED
    assert isinstance(got[1], Refused) and got[1].code is MemberReason.NOT_A_FILE
    assert "link.pdf" in got[1].message
    assert isinstance(got[2], Member)


def test_damaged_member_does_not_stop_the_others() -> None:
    data = bytearray(make_zip([("a.pdf", os.urandom(5000)), ("death.pdf", DEATH.read_bytes())]))
    start = data.index(b"PK\x03\x04") + 30 + len("a.pdf")
    data[start + 100:start + 200] = bytes(100)  # corrupt the first member's deflate stream
    got = items(bytes(data))
    assert isinstance(got[0], Refused) and got[0].code is MemberReason.CORRUPT
    assert isinstance(got[1], Member)


@pytest.mark.parametrize(("data", "error"), [
    (b"PK\x03\x04" + b"\x00" * 40, CorruptFileError),
    (make_zip([]), EmptyFileError),
    (make_zip([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w/>")]),
     UnsupportedFileError),
])
def test_whole_archive_refusals_become_one_triage_record(
        data: bytes, error: type[IntakeError]) -> None:
    with pytest.raises(error):
        items(data)
    records = process_bytes(data, "x.zip")
    assert len(records) == 1 and records[0].status == "triage"
    assert records[0].source == "x.zip" and records[0].problems[0].code == error.reason


def test_os_metadata_is_skipped() -> None:
    data = make_zip([("__MACOSX/._death.pdf", b"\x00\x05\x16\x07"), (".DS_Store", b"Bud1"),
                     ("death.pdf", DEATH.read_bytes())])
    assert [g.label for g in items(data)] == ["death.pdf"]


class _NoQueue:
    """Stands in for Redis: the test runs the job itself."""

    def enqueue(self, document_id: str, function: str = "") -> None:
        pass

    def is_waiting(self, document_id: str) -> bool:
        return False


def test_zip_upload_through_the_service_gives_one_case_per_member(tmp_path: Path) -> None:
    from intake import service
    from intake.originals import OriginalStore
    from intake.settings import Settings
    from intake.store import cases_of_document, session_scope, upgrade_schema

    url = f"sqlite:///{tmp_path / 'cases.db'}"
    upgrade_schema(url)
    settings = Settings(_env_file=None, database_url=url,  # type: ignore[call-arg]
                        originals_dir=tmp_path / "originals")
    originals = OriginalStore(settings.originals_dir)
    inner = make_zip([("x.pdf", b"%PDF-1.4")])
    data = make_zip([("birth.pdf", BIRTH.read_bytes()), ("nested.zip", inner),
                     ("death.pdf", DEATH.read_bytes())])
    accepted = service.accept_upload(settings, originals, _NoQueue(), [data], "post.zip")
    outcome = service.process_document(settings, accepted.document_id,
                                       service.load_pipeline("intake.pipeline"), originals)
    assert outcome is service.JobOutcome.PROCESSED
    with session_scope(url) as session:
        cases = [(c.id, c.record["source"], c.document_type, c.status)
                 for c in cases_of_document(session, accepted.document_id)]
    doc = accepted.document_id
    assert cases == [
        (f"{doc}-1", "post.zip/birth.pdf", "geburtsurkunde", "routed"),
        (f"{doc}-2", "post.zip/nested.zip", None, "triage"),
        (f"{doc}-3", "post.zip/death.pdf", "sterbeurkunde", "routed"),
    ]


def test_a_stored_zip_with_a_pdf_first_is_an_archive_not_a_pdf() -> None:
    data = make_zip([("death.pdf", DEATH.read_bytes()), ("birth.pdf", BIRTH.read_bytes())],
                    compression=zipfile.ZIP_STORED)
    assert b"%PDF-" in data[:1024]
    records = process_bytes(data, "stored.zip")
    assert [r.source for r in records] == ["stored.zip/death.pdf", "stored.zip/birth.pdf"]
