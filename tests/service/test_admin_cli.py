"""The admin commands: credentials are created, listed (never their tokens) and revoked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intake.admin_cli import admin_app
from intake.auth import authenticate
from intake.settings import get_settings
from intake.store import CredentialKind, session_scope


@pytest.fixture
def database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'admin.db'}"
    monkeypatch.setenv("DOCINTAKE_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def test_create_list_and_revoke_a_credential(database: str) -> None:
    runner = CliRunner()
    created = runner.invoke(
        admin_app, ["create-credential", "authority", "--authority", "standesamt"]
    )
    assert created.exit_code == 0, created.output
    token = created.output.strip().splitlines()[-1]
    with session_scope(database) as session:
        principal = authenticate(session, token)
    assert principal is not None and principal.kind is CredentialKind.AUTHORITY
    listing = runner.invoke(admin_app, ["list-credentials"])
    assert principal.credential_id[:8] in listing.output
    assert token.split(".", 1)[1] not in listing.output
    assert runner.invoke(admin_app, ["revoke-credential", principal.credential_id]).exit_code == 0
    with session_scope(database) as session:
        assert authenticate(session, token) is None


def test_authority_credential_needs_an_authority(database: str) -> None:
    result = CliRunner().invoke(admin_app, ["create-credential", "authority"])
    assert result.exit_code != 0
