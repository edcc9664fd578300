"""The API's rules, in process (TestClient), with the fake pipeline and a recording queue.

Processing is run by calling the job's service function directly; the end-to-end tests in
``test_end_to_end.py`` do the same through Redis and real worker processes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import api
from intake import service
from intake.originals import OriginalStore
from intake.records import Queue, Status
from intake.service import PROCESS_JOB, load_pipeline
from intake.settings import Settings, get_settings
from intake.store import CredentialKind
from tests.service.conftest import AUTHORITIES, ServiceRig

FAKE = "tests.fakes.fake_pipeline"


@dataclass
class RecordingEnqueuer:
    """Records queued document ids instead of talking to Redis."""

    queued: list[str] = field(default_factory=list)
    fail: bool = False

    def enqueue(self, document_id: str, function: str = PROCESS_JOB) -> None:
        if self.fail:
            raise ConnectionError("redis is down")
        self.queued.append(document_id)

    def is_waiting(self, document_id: str) -> bool:
        return False


@dataclass
class Harness:
    """A TestClient with its settings, queue and credentials."""

    client: TestClient
    settings: Settings
    queue: RecordingEnqueuer
    rig: ServiceRig

    def bearer(self, kind: CredentialKind, authority: Queue | None = None) -> dict[str, str]:
        return {"Authorization": "Bearer " + self.rig.credential(kind, authority)}

    def upload(
        self, *contents: bytes, headers: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        files = [("files", (f"f{i}.pdf", c, "application/pdf")) for i, c in enumerate(contents)]
        path = "/v1/mailroom/batches" if headers else "/v1/documents"
        response = self.client.post(path, files=files, headers=headers or {})
        assert response.status_code == 202, response.text
        return list(response.json()["documents"])

    def process_all(self) -> None:
        pipeline = load_pipeline(FAKE)
        originals = OriginalStore(self.settings.originals_dir)
        while self.queue.queued:
            document_id = self.queue.queued.pop(0)
            service.process_document(self.settings, document_id, pipeline, originals)


@contextmanager
def harness_for(database_url: str, folder: Path, *, follow_redirects: bool = True,
                **overrides: Any) -> Iterator[Harness]:
    """The API in process on ``database_url`` with the fake pipeline, jobs recorded."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        redis_url="redis://127.0.0.1:1/0",
        originals_dir=folder / "originals",
        pipeline_module=FAKE,
        **overrides,
    )
    queue = RecordingEnqueuer()
    api.app.dependency_overrides[get_settings] = lambda: settings
    api.app.dependency_overrides[api.get_enqueuer] = lambda: queue
    api.app.dependency_overrides[api.get_pipeline] = lambda: load_pipeline(FAKE)
    rig = ServiceRig(env={}, settings=settings, log_dir=folder)
    try:
        with TestClient(api.app, follow_redirects=follow_redirects) as client:
            yield Harness(client=client, settings=settings, queue=queue, rig=rig)
    finally:
        api.app.dependency_overrides.clear()


@pytest.fixture
def harness(database_url: str, tmp_path: Path) -> Iterator[Harness]:
    with harness_for(database_url, tmp_path, lease_seconds=1, max_upload_bytes=10_000) as h:
        yield h


def test_upload_answers_202_with_id_and_token_and_queues_after_storing(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE routed standesamt")
    assert doc["status"] == "received" and not doc["duplicate"]
    assert harness.queue.queued == [doc["document_id"]]
    assert len(list((harness.settings.originals_dir).glob("*/*/*"))) == 1


def test_same_file_twice_is_answered_with_the_existing_document(harness: Harness) -> None:
    [first] = harness.upload(b"FAKE routed standesamt")
    [second] = harness.upload(b"FAKE routed standesamt")
    assert second["document_id"] == first["document_id"] and second["duplicate"]
    assert second["receipt_token"] != first["receipt_token"]
    assert harness.queue.queued == [first["document_id"]]


def test_several_files_in_one_upload_each_get_a_document(harness: Harness) -> None:
    docs = harness.upload(b"FAKE triage 1", b"FAKE triage 2", b"FAKE triage 3")
    assert len({d["document_id"] for d in docs}) == 3


def test_upload_over_the_limit_is_refused_with_413(harness: Harness) -> None:
    response = harness.client.post("/v1/documents", files=[("files", ("big.pdf", b"x" * 10_001))])
    assert response.status_code == 413 and response.json()["code"] == "too_large"


def test_batch_with_one_file_over_the_limit_stores_nothing(harness: Harness) -> None:
    files = [("files", ("ok.pdf", b"FAKE triage")), ("files", ("big.pdf", b"x" * 10_001))]
    response = harness.client.post("/v1/documents", files=files)
    assert response.status_code == 413
    assert harness.queue.queued == []
    assert not list(harness.settings.originals_dir.glob("*/*/*"))


def test_upload_is_kept_when_redis_is_down(harness: Harness) -> None:
    harness.queue.fail = True
    [doc] = harness.upload(b"FAKE triage")
    assert doc["status"] == "received"


def test_citizen_sees_status_and_problems_only_with_own_token(harness: Harness) -> None:
    [mine] = harness.upload(b"FAKE review einwohnermeldeamt")
    [other] = harness.upload(b"FAKE routed standesamt")
    harness.process_all()
    path = f"/v1/documents/{mine['document_id']}"
    assert harness.client.get(path).status_code == 401
    wrong = harness.client.get(path, headers={"X-Receipt-Token": other["receipt_token"]})
    assert wrong.status_code == 404
    ok = harness.client.get(path, headers={"X-Receipt-Token": mine["receipt_token"]})
    assert ok.status_code == 200
    body = ok.json()
    assert body["status"] == "review"
    assert body["parts"][0]["problems"][0]["field"] == "family_name"
    assert "fields" not in body["parts"][0] and "Muster" not in ok.text


def test_case_is_visible_to_its_authority_only(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE routed standesamt")
    harness.process_all()
    headers = {q: harness.bearer(CredentialKind.AUTHORITY, q) for q in AUTHORITIES}
    case_id = f"{doc['document_id']}-1"
    for queue in AUTHORITIES:
        listing = harness.client.get("/v1/cases", headers=headers[queue]).json()["items"]
        one = harness.client.get(f"/v1/cases/{case_id}", headers=headers[queue])
        claim = harness.client.post(f"/v1/cases/{case_id}/claim", headers=headers[queue])
        if queue is Queue.STANDESAMT:
            assert [c["document_id"] for c in listing] == [case_id]
            assert one.status_code == 200 and one.json()["schema_version"] == 1
            assert one.json()["fields"]["family_name"]["value"] == "Muster"
            assert claim.status_code == 200
        else:
            assert listing == [] and one.status_code == 404 and claim.status_code == 404


def test_staff_and_citizens_cannot_use_authority_endpoints(harness: Harness) -> None:
    assert harness.client.get("/v1/cases").status_code == 401
    bad = {"Authorization": "Bearer cr_nope.nope"}
    assert harness.client.get("/v1/cases", headers=bad).status_code == 401
    staff = harness.bearer(CredentialKind.STAFF)
    assert harness.client.get("/v1/cases", headers=staff).status_code == 403
    authority = harness.bearer(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    assert (
        harness.client.get("/v1/mailroom/queues/review/cases", headers=authority).status_code == 403
    )


def test_claim_lease_expires_and_case_is_claimable_again(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE routed einwohnermeldeamt")
    harness.process_all()
    headers = harness.bearer(CredentialKind.AUTHORITY, Queue.EINWOHNERMELDEAMT)
    case_id = f"{doc['document_id']}-1"
    first = harness.client.post(f"/v1/cases/{case_id}/claim", headers=headers)
    assert first.status_code == 200
    renewed = harness.client.post(
        f"/v1/cases/{case_id}/renew", headers=headers, json={"lease_id": first.json()["lease_id"]}
    )
    assert renewed.status_code == 200
    assert renewed.json()["expires_at"] >= first.json()["expires_at"]
    again = harness.client.post(f"/v1/cases/{case_id}/claim", headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "already_claimed"
    assert harness.client.post("/v1/cases/claim-next", headers=headers).status_code == 204
    time.sleep(1.2)  # lease_seconds=1
    late_ack = harness.client.post(
        f"/v1/cases/{case_id}/ack", headers=headers, json={"lease_id": first.json()["lease_id"]}
    )
    assert late_ack.status_code == 409 and late_ack.json()["code"] == "lease_expired"
    late_renew = harness.client.post(
        f"/v1/cases/{case_id}/renew", headers=headers, json={"lease_id": first.json()["lease_id"]}
    )
    assert late_renew.status_code == 409
    second = harness.client.post("/v1/cases/claim-next", headers=headers)
    assert second.status_code == 200 and second.json()["case"]["document_id"] == case_id
    ack = harness.client.post(
        f"/v1/cases/{case_id}/ack", headers=headers, json={"lease_id": second.json()["lease_id"]}
    )
    assert ack.status_code == 200 and ack.json()["acknowledged_at"]
    open_cases = harness.client.get("/v1/cases", headers=headers).json()["items"]
    assert open_cases == []
    every = harness.client.get("/v1/cases?state=all", headers=headers).json()["items"]
    assert [c["document_id"] for c in every] == [case_id]


def test_listing_pages_by_cursor(harness: Harness) -> None:
    harness.upload(*[f"FAKE routed strassenverkehrsamt\n{i}".encode() for i in range(5)])
    harness.process_all()
    headers = harness.bearer(CredentialKind.AUTHORITY, Queue.STRASSENVERKEHRSAMT)
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = harness.client.get("/v1/cases", headers=headers, params=params).json()
        seen += [c["document_id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 5 and len(set(seen)) == 5
    bad = harness.client.get("/v1/cases", headers=headers, params={"cursor": "!!"})
    assert bad.status_code == 400


def test_correction_in_review_routes_the_case_on(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE review auslaenderbehoerde")
    harness.process_all()
    staff = harness.bearer(CredentialKind.STAFF)
    authority = harness.bearer(CredentialKind.AUTHORITY, Queue.AUSLAENDERBEHOERDE)
    review = harness.client.get("/v1/mailroom/queues/review/cases", headers=staff).json()
    case_id = review["items"][0]["document_id"]
    assert harness.client.get(f"/v1/cases/{case_id}", headers=authority).status_code == 404
    corrected = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/corrections",
        headers=staff,
        json={"fields": {"family_name": "Yılmaz"}},
    )
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["status"] == "routed"
    assert harness.client.get(f"/v1/cases/{case_id}", headers=authority).status_code == 200
    assert (
        harness.client.get("/v1/mailroom/queues/review/cases", headers=staff).json()["items"] == []
    )
    again = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/corrections", headers=staff, json={"fields": {"x": "y"}}
    )
    assert again.status_code == 409 and again.json()["code"] == "not_in_review"
    events = harness.client.get(f"/v1/mailroom/cases/{case_id}/events", headers=staff).json()
    assert [e["kind"] for e in events] == ["created", "corrected"]
    assert events[1]["detail"] == {"fields": ["family_name"], "status": "routed"}
    assert "Yılmaz" not in str(events)
    citizen = harness.client.get(
        f"/v1/documents/{doc['document_id']}", headers={"X-Receipt-Token": doc["receipt_token"]}
    )
    assert citizen.json()["parts"][0]["status"] == "routed"


def test_triage_case_is_rerouted_by_hand(harness: Harness) -> None:
    harness.upload(b"garbage that no pipeline reads")
    harness.process_all()
    staff = harness.bearer(CredentialKind.STAFF)
    triage = harness.client.get("/v1/mailroom/queues/triage/cases", headers=staff).json()
    case_id = triage["items"][0]["document_id"]
    refused = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/reroute", headers=staff, json={"queue": "triage"}
    )
    assert refused.status_code == 422
    rerouted = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/reroute",
        headers=staff,
        json={"queue": "standesamt", "document_type": "geburtsurkunde"},
    )
    assert rerouted.status_code == 200
    assert rerouted.json()["status"] == "routed" and rerouted.json()["problems"] == []
    authority = harness.bearer(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    assert harness.client.get(f"/v1/cases/{case_id}", headers=authority).status_code == 200
    twice = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/reroute", headers=staff, json={"queue": "standesamt"}
    )
    assert twice.status_code == 409 and twice.json()["code"] == "not_in_triage"


def test_health_and_readiness_report_dependencies(harness: Harness) -> None:
    assert harness.client.get("/healthz").json() == {"status": "ok"}
    ready = harness.client.get("/readyz")  # Redis points at a closed port
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"] == "ok"
    assert ready.json()["checks"]["redis"].startswith("error")


def test_openapi_documents_every_endpoint_with_examples(harness: Harness) -> None:
    schema = harness.client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/v1/documents",
        "/v1/documents/{document_id}",
        "/v1/mailroom/batches",
        "/v1/mailroom/queues/{queue}/cases",
        "/v1/mailroom/cases/{case_id}/corrections",
        "/v1/mailroom/cases/{case_id}/reroute",
        "/v1/cases",
        "/v1/cases/{case_id}/claim",
        "/v1/cases/{case_id}/ack",
        "/v1/cases/claim-next",
        "/healthz",
        "/readyz",
    ):
        assert path in paths, path
    components = schema["components"]["schemas"]
    for name in (
        "Case",
        "CasePage",
        "Lease",
        "UploadResponse",
        "CitizenDocument",
        "CorrectionRequest",
        "RerouteRequest",
    ):
        assert "examples" in components[name], name


def test_process_job_is_idempotent(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE routed standesamt")
    document_id = doc["document_id"]
    harness.queue.queued += [document_id, document_id]
    harness.process_all()
    staff = harness.bearer(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    items = harness.client.get("/v1/cases", headers=staff).json()["items"]
    assert len(items) == 1
    assert (
        service.process_document(
            harness.settings, document_id, load_pipeline(FAKE), OriginalStore(Path("/nonexistent"))
        )
        is service.JobOutcome.ALREADY_DONE
    )


def test_job_that_keeps_failing_ends_in_triage_with_reason(harness: Harness) -> None:
    [doc] = harness.upload(b"FAKE fail")
    pipeline = load_pipeline(FAKE)
    originals = OriginalStore(harness.settings.originals_dir)
    document_id = doc["document_id"]
    for _ in range(harness.settings.max_attempts - 1):
        with pytest.raises(RuntimeError):
            service.process_document(harness.settings, document_id, pipeline, originals)
    outcome = service.process_document(harness.settings, document_id, pipeline, originals)
    assert outcome is service.JobOutcome.GAVE_UP
    view = harness.client.get(
        f"/v1/documents/{document_id}", headers={"X-Receipt-Token": doc["receipt_token"]}
    ).json()
    assert view["status"] == Status.TRIAGE
    assert view["parts"][0]["problems"][0]["code"] == "processing_failed"


def test_body_beyond_every_limit_is_cut_off_while_streaming(harness: Harness) -> None:
    limit = harness.settings.max_files_per_upload * (harness.settings.max_upload_bytes + 16384)

    def endless() -> Iterator[bytes]:  # chunked: no Content-Length to refuse up front
        boundary = b"--b\r\nContent-Disposition: form-data; name=files; filename=a.pdf\r\n\r\n"
        yield boundary
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536

    response = harness.client.post(
        "/v1/documents",
        content=endless(),
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 413
    declared = harness.client.post(
        "/v1/documents",
        content=b"",
        headers={
            "Content-Type": "multipart/form-data; boundary=b",
            "Content-Length": str(limit + 1),
        },
    )
    assert declared.status_code == 413
    assert not list(harness.settings.originals_dir.glob("*/*/*"))


def test_triage_case_given_only_a_type_is_routed_by_the_pipeline(harness: Harness) -> None:
    harness.upload(b"unreadable scan")
    harness.process_all()
    staff = harness.bearer(CredentialKind.STAFF)
    triage = harness.client.get("/v1/mailroom/queues/triage/cases", headers=staff).json()
    case_id = triage["items"][0]["document_id"]
    path = f"/v1/mailroom/cases/{case_id}/reroute"
    assert harness.client.post(path, headers=staff, json={}).status_code == 422
    unknown = harness.client.post(path, headers=staff, json={"document_type": "speisekarte"})
    assert unknown.status_code == 422 and unknown.json()["code"] == "invalid_route"
    typed = harness.client.post(path, headers=staff, json={"document_type": "anmeldung"})
    assert typed.status_code == 200, typed.text
    assert typed.json()["status"] == "review"
    assert typed.json()["target_queue"] == "einwohnermeldeamt"
    corrected = harness.client.post(
        f"/v1/mailroom/cases/{case_id}/corrections",
        headers=staff,
        json={"fields": {"family_name": "Muster"}},
    )
    assert corrected.json()["status"] == "routed"
