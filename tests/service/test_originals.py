"""The originals store: content-addressed, atomic, bounded."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from intake.errors import FileTooLargeError
from intake.originals import OriginalStore


def test_original_is_stored_under_its_sha256_once(tmp_path: Path) -> None:
    store = OriginalStore(tmp_path)
    data = b"%PDF-1.4 hello"
    first = store.put([data[:5], data[5:]], max_bytes=100)
    second = store.put_bytes(data, max_bytes=100)
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert first.path == tmp_path / first.sha256[:2] / first.sha256[2:4] / first.sha256
    assert store.read(first.sha256) == data
    assert list((tmp_path / "incoming").iterdir()) == []  # no temporary file left behind


def test_too_large_file_leaves_nothing(tmp_path: Path) -> None:
    store = OriginalStore(tmp_path)
    with pytest.raises(FileTooLargeError):
        store.put([b"x" * 60, b"x" * 60], max_bytes=100)
    assert list((tmp_path / "incoming").iterdir()) == []
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_paths_are_never_built_from_user_input(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        OriginalStore(tmp_path).path_for("../../etc/passwd")
