"""ZIP archives of scans: each member becomes its own input, nothing from the archive is trusted.

A mailroom scanner or a citizen may send a ZIP of scans. Every member is read into memory
with bounded reads (never trusting the sizes the headers declare), refused when it breaks a
limit (member size, total size, compression ratio), when it is itself an archive (no
recursive expansion: a ZIP inside a ZIP is refused, not opened), encrypted, corrupt or not a
regular file. A refused member is yielded as :class:`Refused` naming it, so that the caller
can turn it into a triage record: nothing in an archive is silently dropped, except the
operating systems' own metadata (``__MACOSX/``, ``.DS_Store``, ``Thumbs.db``).

Member names are labels only: :func:`member_label` reduces them to a clean relative name, and
nothing here writes to the file system.
"""

from __future__ import annotations

import io
import logging
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from extractors.read import MAX_FILE_BYTES
from intake.errors import (
    CorruptFileError,
    EmptyFileError,
    FileTooLargeError,
    UnsupportedFileError,
)
from intake.sniff import FileKind, describe_archive, detect

log = logging.getLogger(__name__)

#: Members read per chunk; a limit is checked after every chunk, so a bomb costs at most
#: one chunk beyond the limit.
READ_CHUNK: Final = 256 * 1024
#: Longest member label kept (labels end up in records and reason files).
LABEL_MAX: Final = 160
#: Operating-system metadata, not documents: skipped without a record.
_METADATA_DIRS: Final = frozenset({"__MACOSX"})
_METADATA_FILES: Final = frozenset({".ds_store", "thumbs.db", "desktop.ini"})


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """What an archive may hold before members (or the whole archive) are refused.

    Attributes:
        max_members: more entries than this and the whole archive is refused (one record
            per entry would itself flood the triage queue).
        max_member_bytes: a member larger than this (uncompressed, as actually read) is
            refused; the pipeline's own file limit by default.
        max_total_bytes: once the members read add up to more than this, the member being
            read and every later one is refused.
        max_ratio: a member that inflates to more than this many times its compressed size
            is refused ...
        ratio_floor_bytes: ... once it is larger than this (small files compress well and
            are bounded anyway; a scan is noisy and compresses poorly).
    """

    max_members: int = 500
    max_member_bytes: int = MAX_FILE_BYTES
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 2 * 1024 * 1024


DEFAULT_LIMITS: Final = ArchiveLimits()


class MemberReason(StrEnum):
    """Why a member of an archive was refused (the triage record's problem code)."""

    NESTED_ARCHIVE = "nested_archive"
    TOO_LARGE = "too_large"
    ARCHIVE_TOO_LARGE = "archive_too_large"
    COMPRESSION_RATIO = "compression_ratio"
    ENCRYPTED = "encrypted_member"
    CORRUPT = "corrupt_file"
    NOT_A_FILE = "not_a_file"


class MemberRefusedError(Exception):
    """One member of an archive cannot be processed; the archive's other members can."""

    def __init__(self, code: MemberReason, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ArchiveTooLargeError(FileTooLargeError):
    """The archive holds more entries than allowed: refused as a whole."""


@dataclass(frozen=True, slots=True)
class Member:
    """A member read from an archive.

    Attributes:
        index: 1-based position among the archive's entries.
        label: the cleaned name (see :func:`member_label`).
        data: its bytes.
    """

    index: int
    label: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Refused:
    """A member that was not read, and why (one triage record each)."""

    index: int
    label: str
    code: MemberReason
    message: str


def is_archive(data: bytes) -> bool:
    """Whether the bytes are a ZIP archive (by magic number, as the sniffer sees them)."""
    return detect(data) is FileKind.ZIP


def member_label(name: str) -> str:
    """A member's name reduced to a safe label: a relative path of plain parts.

    Backslashes count as separators, and empty, ``.`` and ``..`` parts, drive letters and
    control characters are removed, so that ``../../etc/passwd`` becomes ``etc/passwd`` and
    ``C:\\scans\\a.pdf`` becomes ``scans/a.pdf``. Labels are never used as paths; this keeps
    them from looking like one that escapes.
    """
    clean = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    parts = [p.strip() for p in clean.replace("\\", "/").split("/")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    kept = [p for p in parts if p not in ("", ".", "..")]
    label = "/".join(kept)
    return label[-LABEL_MAX:] or "unnamed"


def _is_metadata(label: str) -> bool:
    parts = label.split("/")
    return parts[0] in _METADATA_DIRS or parts[-1].lower() in _METADATA_FILES


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise CorruptFileError(
            "The ZIP archive is damaged and cannot be opened. Please send it again, or send "
            "the scans one by one."
        ) from exc


def _check_whole(zf: zipfile.ZipFile, limits: ArchiveLimits) -> list[zipfile.ZipInfo]:
    """The entries worth reading; refuses the archive when it is not one of scans."""
    infos = zf.infolist()
    names = {info.filename for info in infos}
    if "[Content_Types].xml" in names or (infos and infos[0].filename == "mimetype"):
        raise UnsupportedFileError(
            "This file is an Office document (Word, Excel, OpenDocument), not a PDF or an "
            "image (PNG, JPEG, TIFF). Please send a PDF or a photo/scan as PNG, JPEG or TIFF."
        )
    if len(infos) > limits.max_members:
        raise ArchiveTooLargeError(
            f"The ZIP archive holds {len(infos)} entries; at most {limits.max_members} can be "
            "processed from one archive. Please send it in smaller parts."
        )
    files = [info for info in infos if not info.is_dir()]
    if not files:
        raise EmptyFileError("The ZIP archive holds no files. Please send the scans again.")
    return files


def _check_entry(info: zipfile.ZipInfo, label: str) -> None:
    """Refuse entries that are not plain, unencrypted files before reading them."""
    # Unix writers put the file type in the high bits; many writers leave it 0 (plain file).
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type and file_type != stat.S_IFREG:
        raise MemberRefusedError(
            MemberReason.NOT_A_FILE,
            f"The archive entry '{label}' is a link or special file, not a scan; it was not "
            "opened.")
    if info.flag_bits & 0x1:
        raise MemberRefusedError(
            MemberReason.ENCRYPTED,
            f"The archive entry '{label}' is password-protected and cannot be read. Please "
            "send it without a password.")


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str,
                  limits: ArchiveLimits, budget: int) -> bytes:
    """The member's bytes, read chunk by chunk against the limits (not the header's sizes).

    Args:
        budget: bytes left of the archive's total before this member.
    """
    ratio_limit = max(limits.ratio_floor_bytes, int(limits.max_ratio * max(1, info.compress_size)))
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(READ_CHUNK):
                out += chunk
                if len(out) > budget:
                    raise MemberRefusedError(
                        MemberReason.ARCHIVE_TOO_LARGE,
                        f"The archive entry '{label}' was not processed: the archive's files "
                        f"add up to more than {limits.max_total_bytes // (1024 * 1024)} MB. "
                        "Please send the archive in smaller parts.")
                if len(out) > limits.max_member_bytes:
                    raise MemberRefusedError(
                        MemberReason.TOO_LARGE,
                        f"The archive entry '{label}' is larger than "
                        f"{limits.max_member_bytes // (1024 * 1024)} MB and was not processed.")
                if len(out) > ratio_limit:
                    raise MemberRefusedError(
                        MemberReason.COMPRESSION_RATIO,
                        f"The archive entry '{label}' inflates to more than "
                        f"{limits.max_ratio:.0f} times its packed size (an archive bomb?) and "
                        "was not processed.")
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError,
            ValueError) as exc:
        # A CRC mismatch, a truncated stream, an unknown compression method, a local header
        # that contradicts the directory: this member is damaged, the others may not be.
        raise MemberRefusedError(
            MemberReason.CORRUPT,
            f"The archive entry '{label}' is damaged and could not be read "
            f"({type(exc).__name__}).") from exc
    return bytes(out)


def _check_content(data: bytes, label: str) -> None:
    nested = "a ZIP archive" if is_archive(data) else describe_archive(data)
    if nested:
        raise MemberRefusedError(
            MemberReason.NESTED_ARCHIVE,
            f"The archive entry '{label}' is itself {nested}; archives inside archives are not "
            "opened. Please send its scans directly.")


def iter_members(data: bytes, limits: ArchiveLimits = DEFAULT_LIMITS) -> Iterator[Member | Refused]:
    """The archive's files, one at a time, each read or refused.

    Args:
        data: the ZIP archive's bytes.
        limits: what the archive may hold.

    Yields:
        A :class:`Member` or a :class:`Refused` for every file entry, in archive order
        (directories and OS metadata are skipped).

    Raises:
        CorruptFileError: the archive cannot be opened.
        UnsupportedFileError: it is an Office document, not an archive of scans.
        ArchiveTooLargeError: it has more than ``limits.max_members`` entries.
        EmptyFileError: it holds no files.
    """
    with _open(data) as zf:
        files = _check_whole(zf, limits)
        total = 0
        skipped = 0
        for index, info in enumerate(files, start=1):
            label = member_label(info.filename)
            if _is_metadata(label):
                skipped += 1
                continue
            try:
                _check_entry(info, label)
                content = _read_bounded(zf, info, label, limits, limits.max_total_bytes - total)
                total += len(content)
                _check_content(content, label)
            except MemberRefusedError as exc:
                if exc.code is MemberReason.ARCHIVE_TOO_LARGE:
                    total = limits.max_total_bytes + 1  # every later member is refused too
                log.info("archive member %d refused: %s", index, exc.code)
                yield Refused(index, label, exc.code, exc.message)
                continue
            yield Member(index, label, content)
        if skipped:
            log.info("archive: %d metadata entries skipped", skipped)
