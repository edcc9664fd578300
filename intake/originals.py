"""Content-addressed store of uploaded originals.

Each file is kept once under its SHA-256 (``ab/cd/abcd…``) in the configured folder. A file
is written to a temporary name in the same folder, flushed to disk and renamed into place,
so a reader never sees a half-written original and two writers of the same content cannot
corrupt each other. No path is ever built from user input.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from intake.errors import FileTooLargeError

CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class StoredOriginal:
    """Where an original went and what it is."""

    sha256: str
    size_bytes: int
    path: Path


class OriginalStore:
    """Originals on a local (or shared, mounted) file system, addressed by SHA-256."""

    def __init__(self, root: Path) -> None:
        """Create the store.

        Args:
            root: The folder that holds the originals (created if missing).
        """
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """The path an original with this hash is stored at."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            msg = "not a SHA-256 hex digest"
            raise ValueError(msg)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, chunks: Iterable[bytes], max_bytes: int) -> StoredOriginal:
        """Store a file given as chunks; an existing copy of the same content is kept.

        Args:
            chunks: The file's bytes, in order.
            max_bytes: Refuse files larger than this.

        Returns:
            The stored original.

        Raises:
            FileTooLargeError: The file exceeds ``max_bytes`` (nothing is kept).
        """
        incoming = self.root / "incoming"
        incoming.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(dir=incoming, prefix="upload-", suffix=".part")
        temp_path = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                for chunk in chunks:
                    size += len(chunk)
                    if size > max_bytes:
                        msg = f"The file is larger than the limit of {max_bytes} bytes."
                        raise FileTooLargeError(msg)
                    digest.update(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            sha256 = digest.hexdigest()
            final = self.path_for(sha256)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists():
                temp_path.unlink()
            else:
                temp_path.replace(final)
                _fsync_dir(final.parent)  # the rename itself must survive a power cut
            return StoredOriginal(sha256=sha256, size_bytes=size, path=final)
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise

    def put_bytes(self, data: bytes, max_bytes: int) -> StoredOriginal:
        """Store a file held in memory (see :meth:`put`)."""
        return self.put([data], max_bytes)

    def read(self, sha256: str) -> bytes:
        """The original's bytes.

        Raises:
            FileNotFoundError: No original with this hash is stored.
        """
        return self.path_for(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        """Whether an original with this hash is stored."""
        return self.path_for(sha256).is_file()


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def iter_file(handle: object, chunk_bytes: int = CHUNK_BYTES) -> Iterable[bytes]:
    """Chunks read from a binary file object (e.g. an upload's spooled file)."""
    read = getattr(handle, "read")  # noqa: B009 - any object with read(n)
    while True:
        chunk = read(chunk_bytes)
        if not chunk:
            return
        yield chunk
