"""End to end: real HTTP (uvicorn), real Redis, real rq worker processes, real pipeline.

Each scenario runs on SQLite and, under the ``postgres`` marker, on PostgreSQL.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from intake.records import Queue
from intake.store import CaseRow, DocumentRow, session_scope
from tests.service.conftest import AUTHORITIES, ServiceRig, wait_until
from tests.service.documents import anmeldung_pdf

pytestmark = pytest.mark.redis

FINISHED = {"routed", "review", "triage"}
PROCESSING_TIMEOUT = 60


class Client:
    """A thin HTTP client for the API under test."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=10)

    def upload(self, files: list[tuple[str, bytes]], token: str | None = None) -> list[Any]:
        path = "/v1/mailroom/batches" if token else "/v1/documents"
        response = self.http.post(
            path,
            files=[("files", (name, data, "application/pdf")) for name, data in files],
            headers=self.auth(token),
        )
        assert response.status_code == 202, response.text
        return list(response.json()["documents"])

    def status(self, document: dict[str, Any]) -> dict[str, Any]:
        response = self.http.get(
            f"/v1/documents/{document['document_id']}",
            headers={"X-Receipt-Token": document["receipt_token"]},
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    def wait_finished(self, documents: list[dict[str, Any]], timeout: float) -> list[Any]:
        views: dict[str, dict[str, Any]] = {}

        def done() -> bool:
            for document in documents:
                views[document["document_id"]] = self.status(document)
            return all(v["status"] in FINISHED for v in views.values())

        wait_until(done, timeout, "documents to be processed", step=0.25)
        return [views[d["document_id"]] for d in documents]

    @staticmethod
    def auth(token: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path: str, token: str | None = None, **kw: Any) -> httpx.Response:
        return self.http.get(path, headers=self.auth(token), **kw)

    def post(self, path: str, token: str | None = None, **kw: Any) -> httpx.Response:
        return self.http.post(path, headers=self.auth(token), **kw)


def authority_tokens(rig: ServiceRig) -> dict[Queue, str]:
    from intake.store import CredentialKind

    return {q: rig.credential(CredentialKind.AUTHORITY, q) for q in AUTHORITIES}


def assert_only_visible_to(
    client: Client, tokens: dict[Queue, str], case_id: str, owner: Queue
) -> None:
    for queue, token in tokens.items():
        response = client.get(f"/v1/cases/{case_id}", token)
        listed = [c["document_id"] for c in client.get("/v1/cases", token).json()["items"]]
        if queue is owner:
            assert response.status_code == 200, (queue, response.text)
            assert response.json()["schema_version"] == 1
            assert case_id in listed
        else:
            assert response.status_code == 404, queue
            assert case_id not in listed


def test_citizen_upload_to_authority_with_review_triage_and_leases(
    database_url: str, make_rig: Callable[..., ServiceRig]
) -> None:
    """GIVEN the API and two workers WHEN a citizen uploads three files THEN each ends in
    exactly one queue; review is corrected and triage re-routed by staff; leases expire."""
    from intake.store import CredentialKind

    rig = make_rig(database_url, lease_seconds="2")
    client = Client(rig.start_api())
    rig.start_worker("a")
    rig.start_worker("b")
    staff = rig.credential(CredentialKind.STAFF)
    tokens = authority_tokens(rig)

    complete, incomplete, garbage, damaged = client.upload(
        [
            ("anmeldung.pdf", anmeldung_pdf()),
            ("anmeldung-ohne-einzug.pdf", anmeldung_pdf(without=("Tag des Einzugs",))),
            ("kaffee.pdf", b"%PDF-1.4 this is not really a pdf"),
            ("beschaedigt.pdf", b"%PDF-1.4 damaged in transit"),
        ]
    )
    again = client.upload([("anmeldung.pdf", anmeldung_pdf())])[0]
    assert again["duplicate"] and again["document_id"] == complete["document_id"]

    routed, review, triage, triage2 = client.wait_finished(
        [complete, incomplete, garbage, damaged], 90
    )
    assert routed["status"] == "routed", routed
    routed_case = routed["parts"][0]["case_id"]
    assert_only_visible_to(client, tokens, routed_case, Queue.EINWOHNERMELDEAMT)

    # Review: the clerk types the missing move-in date; the case routes on.
    assert review["status"] == "review", review
    review_case = review["parts"][0]["case_id"]
    assert [p["field"] for p in review["parts"][0]["problems"]] == ["move_in_date"]
    queue = client.get("/v1/mailroom/queues/review/cases", staff).json()["items"]
    assert [c["document_id"] for c in queue] == [review_case]
    for token in tokens.values():
        assert client.get(f"/v1/cases/{review_case}", token).status_code == 404
    corrected = client.post(
        f"/v1/mailroom/cases/{review_case}/corrections",
        staff,
        json={"fields": {"move_in_date": "01.11.2026"}},
    )
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["status"] == "routed"
    assert corrected.json()["fields"]["move_in_date"]["value"] == "2026-11-01"
    assert_only_visible_to(client, tokens, review_case, Queue.EINWOHNERMELDEAMT)

    # Triage: the clerk recognises it and routes it by hand.
    assert triage["status"] == "triage", triage
    triage_case = triage["parts"][0]["case_id"]
    rerouted = client.post(
        f"/v1/mailroom/cases/{triage_case}/reroute",
        staff,
        json={"queue": "standesamt", "document_type": "geburtsurkunde"},
    )
    assert rerouted.status_code == 200, rerouted.text
    assert_only_visible_to(client, tokens, triage_case, Queue.STANDESAMT)

    # Triage given only a type: the pipeline validates it as that type (→ review).
    typed = client.post(
        f"/v1/mailroom/cases/{triage2['parts'][0]['case_id']}/reroute",
        staff,
        json={"document_type": "anmeldung"},
    )
    assert typed.status_code == 200, typed.text
    assert typed.json()["status"] == "review"
    assert typed.json()["target_queue"] == "einwohnermeldeamt"

    # The citizen sees status and problems of their own upload only, and no values.
    view = client.status(incomplete)
    assert view["parts"][0]["status"] == "routed" and "Müller" not in str(view)
    assert view["status"] == "routed"

    # Claim → the consumer crashes → the lease expires → claimable again → ack.
    office = tokens[Queue.EINWOHNERMELDEAMT]
    lease = client.post(f"/v1/cases/{routed_case}/claim", office)
    assert lease.status_code == 200
    assert client.post(f"/v1/cases/{routed_case}/claim", office).status_code == 409
    time.sleep(2.2)
    retaken = client.post(f"/v1/cases/{routed_case}/claim", office)
    assert retaken.status_code == 200
    stale = client.post(
        f"/v1/cases/{routed_case}/ack", office, json={"lease_id": lease.json()["lease_id"]}
    )
    assert stale.status_code == 409
    ack = client.post(
        f"/v1/cases/{routed_case}/ack", office, json={"lease_id": retaken.json()["lease_id"]}
    )
    assert ack.status_code == 200
    open_ids = [c["document_id"] for c in client.get("/v1/cases", office).json()["items"]]
    assert open_ids == [review_case]

    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["ready"]


def test_worker_killed_mid_job_case_arrives_exactly_once(
    database_url: str, make_rig: Callable[..., ServiceRig]
) -> None:
    """GIVEN a worker processing a document WHEN it is SIGKILLed (with its whole process
    group) THEN another worker picks the document up after the processing lease and the
    case is stored exactly once."""
    rig = make_rig(
        database_url,
        pipeline_module="tests.fakes.fake_pipeline",
        job_timeout_seconds="4",
        processing_timeout_seconds="5",
    )
    client = Client(rig.start_api())
    victim = rig.start_worker("victim")
    slow = b"FAKE sleep 2.5\nFAKE real\n" + anmeldung_pdf(note="kill")
    [document] = client.upload([("slow.pdf", slow)])

    def processing() -> bool:
        with session_scope(rig.settings.database_url) as session:
            row = session.get(DocumentRow, document["document_id"])
            return row is not None and row.status == "processing"

    wait_until(processing, 30, "the worker to take the document")
    rig.kill(victim)
    assert client.status(document)["status"] == "processing"
    rig.start_worker("survivor")
    [view] = client.wait_finished([document], 60)
    assert view["status"] == "routed"

    with session_scope(rig.settings.database_url) as session:
        cases = session.scalars(
            select(CaseRow).where(CaseRow.document_id == document["document_id"])
        ).all()
        row = session.get(DocumentRow, document["document_id"])
        assert row is not None and row.attempts == 2
    assert len(cases) == 1
    tokens = authority_tokens(rig)
    assert_only_visible_to(client, tokens, cases[0].id, Queue.EINWOHNERMELDEAMT)


def test_transient_failures_are_retried_and_persistent_ones_end_in_triage(
    database_url: str, make_rig: Callable[..., ServiceRig], tmp_path: Any
) -> None:
    """GIVEN rq retries with backoff WHEN a job fails once THEN it succeeds on retry; WHEN
    it keeps failing THEN it ends in triage with the reason."""
    rig = make_rig(database_url, pipeline_module="tests.fakes.fake_pipeline", max_attempts="3")
    client = Client(rig.start_api())
    rig.start_worker("w")
    marker = tmp_path / "flaky-marker"
    flaky, broken = client.upload(
        [
            ("flaky.pdf", f"FAKE flaky {marker}\nFAKE real\n".encode() + anmeldung_pdf()),
            ("broken.pdf", b"FAKE fail\n"),
        ]
    )
    recovered, failed = client.wait_finished([flaky, broken], 60)
    assert recovered["status"] == "routed"
    assert failed["status"] == "triage"
    assert failed["parts"][0]["problems"][0]["code"] == "processing_failed"
    with session_scope(rig.settings.database_url) as session:
        attempts = {
            d: session.get(DocumentRow, d).attempts  # type: ignore[union-attr]
            for d in (flaky["document_id"], broken["document_id"])
        }
    assert attempts == {flaky["document_id"]: 2, broken["document_id"]: 3}
