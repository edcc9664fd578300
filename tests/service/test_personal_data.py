"""Personal data: the audit log, deletion on request, retention per document type."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from intake.admin_cli import admin_app
from intake.audit import AuditRow, entries_for
from intake.records import Queue
from intake.retention import expired_documents, purge_expired
from intake.settings import Settings, get_settings
from intake.store import (
    CaseRow,
    CredentialKind,
    DocumentRow,
    ReceiptRow,
    session_scope,
    utcnow,
)
from tests.service.test_api import Harness, harness_for


@pytest.fixture
def harness(database_url: str, tmp_path: Path) -> Iterator[Harness]:
    with harness_for(database_url, tmp_path, retention_days_per_type="anmeldung=30",
                     retention_default_days=400) as h:
        yield h


def audit_of(h: Harness, document_id: str) -> list[tuple[str, str]]:
    with session_scope(h.settings.database_url) as session:
        return [(e.actor, e.action) for e in entries_for(session, document_id)]


def test_reads_and_changes_are_audited_by_who(harness: Harness) -> None:
    h = harness
    staff = h.bearer(CredentialKind.STAFF)
    standesamt = h.bearer(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    [routed] = h.upload(b"FAKE routed standesamt")
    [review] = h.upload(b"FAKE review einwohnermeldeamt")
    h.process_all()
    case = routed["document_id"] + "-1"
    assert h.client.get("/v1/cases", headers=standesamt).status_code == 200
    assert h.client.get(f"/v1/cases/{case}", headers=standesamt).status_code == 200
    lease = h.client.post(f"/v1/cases/{case}/claim", headers=standesamt).json()
    h.client.post(f"/v1/cases/{case}/ack", json={"lease_id": lease["lease_id"]},
                  headers=standesamt)
    review_case = review["document_id"] + "-1"
    h.client.get(f"/v1/mailroom/cases/{review_case}", headers=staff)
    h.client.post(f"/v1/mailroom/cases/{review_case}/corrections",
                  json={"fields": {"family_name": "Muster"}}, headers=staff)
    authority_id = standesamt["Authorization"].split()[1].partition(".")[0]
    staff_id = staff["Authorization"].split()[1].partition(".")[0]
    assert audit_of(h, routed["document_id"]) == [
        (authority_id, "listed"),
        (authority_id, "read"),
        (authority_id, "claimed"),
        (authority_id, "acknowledged"),
    ]
    assert audit_of(h, review["document_id"]) == [(staff_id, "read"), (staff_id, "corrected")]
    with session_scope(h.settings.database_url) as session:
        details = [e.detail for e in session.scalars(select(AuditRow))]
    assert "Muster" not in repr(details)  # names of fields at most, never values


def test_deletion_on_request_removes_personal_data_and_keeps_the_audit(
    harness: Harness,
) -> None:
    h = harness
    staff = h.bearer(CredentialKind.STAFF)
    [doc] = h.upload(b"FAKE routed standesamt")
    [other] = h.upload(b"FAKE routed einwohnermeldeamt")
    h.process_all()
    originals = list(h.settings.originals_dir.glob("*/*/*"))
    assert len(originals) == 2
    citizen = h.bearer(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    assert h.client.delete(f"/v1/mailroom/documents/{doc['document_id']}",
                           headers=citizen).status_code == 403
    response = h.client.delete(f"/v1/mailroom/documents/{doc['document_id']}", headers=staff)
    assert response.status_code == 200, response.text
    assert response.json() == {"document_id": doc["document_id"], "cases_deleted": 1,
                               "original_deleted": True}
    with session_scope(h.settings.database_url) as session:
        assert session.get(DocumentRow, doc["document_id"]) is None
        assert session.scalars(select(CaseRow).where(
            CaseRow.document_id == doc["document_id"])).all() == []
        assert session.scalars(select(ReceiptRow).where(
            ReceiptRow.document_id == doc["document_id"])).all() == []
        assert session.get(DocumentRow, other["document_id"]) is not None
    assert len(list(h.settings.originals_dir.glob("*/*/*"))) == 1
    staff_id = staff["Authorization"].split()[1].partition(".")[0]
    assert audit_of(h, doc["document_id"]) == [(staff_id, "deleted")]
    receipt = {"X-Receipt-Token": doc["receipt_token"]}
    assert h.client.get(f"/v1/documents/{doc['document_id']}", headers=receipt).status_code == 404
    assert h.client.delete(f"/v1/mailroom/documents/{doc['document_id']}",
                           headers=staff).status_code == 404


def age(h: Harness, document_id: str, days: int) -> None:
    with session_scope(h.settings.database_url) as session:
        session.execute(update(DocumentRow).where(DocumentRow.id == document_id)
                        .values(finished_at=utcnow() - timedelta(days=days)))


def test_retention_per_type_purges_only_what_expired_and_was_taken_over(
    harness: Harness,
) -> None:
    h = harness
    [short] = h.upload(b"FAKE review einwohnermeldeamt")  # anmeldung: 30 days
    [unacked] = h.upload(b"FAKE routed standesamt")  # anmeldung, routed, not acknowledged
    [triage] = h.upload(b"FAKE triage")  # no type: the default, 400 days
    [young] = h.upload(b"FAKE review strassenverkehrsamt")
    h.process_all()
    for document, days in ((short, 31), (unacked, 31), (triage, 100), (young, 5)):
        age(h, document["document_id"], days)
    assert expired_documents(h.settings) == [short["document_id"]]
    assert purge_expired(h.settings, dry_run=True) == [short["document_id"]]
    assert purge_expired(h.settings) == [short["document_id"]]
    assert purge_expired(h.settings) == []  # a second run (another machine) finds nothing
    assert audit_of(h, short["document_id"]) == [("retention", "purged")]
    age(h, triage["document_id"], 401)
    assert purge_expired(h.settings) == [triage["document_id"]]


def test_purge_command_refuses_where_the_originals_are_not(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCINTAKE_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("DOCINTAKE_ORIGINALS_DIR", str(tmp_path / "not-mounted"))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(admin_app, ["purge-expired"])
        assert result.exit_code == 2 and "does not exist here" in result.output
        (tmp_path / "not-mounted").mkdir()
        result = CliRunner().invoke(admin_app, ["purge-expired", "--dry-run"])
        assert result.exit_code == 0 and "would delete 0 document(s)" in result.output
    finally:
        get_settings.cache_clear()


def test_retention_setting_is_checked() -> None:
    assert Settings(_env_file=None, retention_days_per_type=" anmeldung=30, eheurkunde=3650"
                    ).retention_days == {"anmeldung": 30, "eheurkunde": 3650}  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="type=days"):
        Settings(_env_file=None, retention_days_per_type="anmeldung")  # type: ignore[call-arg]
