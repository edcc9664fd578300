"""Who may call what: every endpoint x every kind of credential, plus rate limits.

The endpoints are enumerated from ``app.routes`` (the review pages' router included), so an
endpoint added without an entry in ``POLICY`` fails ``test_every_endpoint_has_a_policy``
and cannot slip in unchecked.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from redis import Redis
from starlette.routing import BaseRoute

import api
from intake import auth
from intake.records import Queue
from intake.settings import Settings, get_settings
from intake.store import CredentialKind, session_scope
from tests.service.conftest import AUTHORITIES
from tests.service.test_api import FAKE, Harness, RecordingEnqueuer, harness_for

OWNER = Queue.STANDESAMT  # the authority whose case the authority endpoints are asked about
KINDS = (
    "none",
    "wrong",
    "revoked_staff",
    "receipt_of_another_document",
    "receipt_of_this_document",
    "staff",
    *(f"authority:{q.value}" for q in AUTHORITIES),
)
ALL = frozenset(KINDS)
STAFF = frozenset({"staff"})
AUTHORITY = frozenset(f"authority:{q.value}" for q in AUTHORITIES)
OWNER_ONLY = frozenset({f"authority:{OWNER.value}"})
CITIZEN = frozenset({"receipt_of_this_document"})

# (method, path) → who is let in. Everyone else must get 401, 403 or 404.
POLICY: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "/openapi.json"): ALL,
    ("GET", "/docs"): ALL,
    ("GET", "/docs/oauth2-redirect"): ALL,
    ("GET", "/redoc"): ALL,
    ("GET", "/healthz"): ALL,
    ("GET", "/readyz"): ALL,
    ("POST", "/v1/documents"): ALL,
    ("GET", "/v1/documents/{document_id}"): CITIZEN,
    ("POST", "/v1/mailroom/batches"): STAFF,
    ("GET", "/v1/mailroom/batches/{batch_id}"): STAFF,
    ("GET", "/v1/mailroom/queues/{queue}/cases"): STAFF,
    ("GET", "/v1/mailroom/cases/{case_id}"): STAFF,
    ("GET", "/v1/mailroom/cases/{case_id}/events"): STAFF,
    ("POST", "/v1/mailroom/cases/{case_id}/corrections"): STAFF,
    ("POST", "/v1/mailroom/cases/{case_id}/reroute"): STAFF,
    ("DELETE", "/v1/mailroom/documents/{document_id}"): STAFF,
    ("GET", "/v1/cases"): AUTHORITY,
    ("POST", "/v1/cases/claim-next"): AUTHORITY,
    ("GET", "/v1/cases/{case_id}"): OWNER_ONLY,
    ("POST", "/v1/cases/{case_id}/claim"): OWNER_ONLY,
    ("POST", "/v1/cases/{case_id}/renew"): OWNER_ONLY,
    ("POST", "/v1/cases/{case_id}/ack"): OWNER_ONLY,
    ("GET", "/review/login"): ALL,
    # Signing in takes the credential in the form (with the login form's CSRF cookie), not
    # in a header: without both, nobody gets a session, whatever header they send.
    ("POST", "/review/login"): frozenset(),
    ("POST", "/review/logout"): STAFF,
    ("GET", "/review"): STAFF,
    ("GET", "/review/queues/{queue}"): STAFF,
    ("GET", "/review/cases/{case_id}"): STAFF,
    ("GET", "/review/cases/{case_id}/pages/{number}.png"): STAFF,
    ("POST", "/review/cases/{case_id}/correct"): STAFF,
    ("POST", "/review/cases/{case_id}/reroute"): STAFF,
    ("GET", "/review/static/{name}"): ALL,
}
# Answers an admitted caller may legitimately get besides 2xx/3xx/409/422.
MAY_ANSWER: dict[tuple[str, str], set[int]] = {
    ("GET", "/readyz"): {503},  # Redis is deliberately absent in this harness
    # The fake pipeline's originals are text, not pages: no image to show.
    ("GET", "/review/cases/{case_id}/pages/{number}.png"): {404},
}


def endpoints(routes: list[BaseRoute]) -> Iterator[tuple[str, str]]:
    """(method, path) of every route, descending into included routers."""
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            yield from endpoints(nested.routes)
            continue
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD":
                yield method, str(getattr(route, "path", ""))


ENDPOINTS = sorted(set(endpoints(api.app.routes)))


def test_every_endpoint_has_a_policy() -> None:
    assert set(ENDPOINTS) == set(POLICY), "add new endpoints to POLICY (and check who may call)"


@dataclass
class World:
    """A service with one case of each kind and one credential of each kind."""

    harness: Harness
    headers: dict[str, dict[str, str]]
    params: dict[str, str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    from intake.store import upgrade_schema

    tmp = tmp_path_factory.mktemp("access")
    url = f"sqlite:///{tmp / 'cases.db'}"
    upgrade_schema(url)
    with harness_for(url, tmp, follow_redirects=False, lease_seconds=1,
                     max_upload_bytes=10_000) as h:
        staff = h.bearer(CredentialKind.STAFF)
        [owned] = h.upload(b"FAKE routed " + OWNER.value.encode())
        [review] = h.upload(b"FAKE review einwohnermeldeamt")
        [triage] = h.upload(b"FAKE triage")
        [doomed] = h.upload(b"FAKE routed standesamt doomed")
        batch = h.client.post(
            "/v1/mailroom/batches", files=[("files", ("b.pdf", b"FAKE triage b"))], headers=staff
        ).json()
        h.process_all()
        revoked = h.rig.credential(CredentialKind.STAFF)
        with session_scope(url) as session:
            auth.revoke_credential(session, revoked.partition(".")[0])
        headers = {
            "none": {},
            "wrong": {
                "Authorization": f"Bearer cr_{secrets.token_hex(9)}.{secrets.token_urlsafe(32)}",
                "X-Receipt-Token": f"rc_{secrets.token_hex(9)}.{secrets.token_urlsafe(32)}",
            },
            "revoked_staff": {"Authorization": f"Bearer {revoked}"},
            "receipt_of_another_document": {"X-Receipt-Token": review["receipt_token"]},
            "receipt_of_this_document": {"X-Receipt-Token": owned["receipt_token"]},
            "staff": staff,
            **{f"authority:{q.value}": h.bearer(CredentialKind.AUTHORITY, q) for q in AUTHORITIES},
        }
        params = {
            "document_id": owned["document_id"],
            "doomed_document": doomed["document_id"],
            "batch_id": batch["batch_id"],
            "queue": "review",
            "owned_case": owned["document_id"] + "-1",
            "review_case": review["document_id"] + "-1",
            "triage_case": triage["document_id"] + "-1",
            "number": "1",
            "name": "review.css",
        }
        yield World(harness=h, headers=headers, params=params)


def request_for(world: World, method: str, path: str) -> dict[str, Any]:
    """URL and body that an admitted caller would send."""
    p = world.params
    case = p["owned_case"]
    if path.startswith(("/v1/mailroom/cases", "/review/cases")):
        case = p["triage_case"] if path.endswith("reroute") else p["review_case"]
    url = path.format(
        document_id=p["doomed_document"] if method == "DELETE" else p["document_id"],
        batch_id=p["batch_id"],
        queue=p["queue"],
        case_id=case,
        number=p["number"],
        name=p["name"],
    )
    kw: dict[str, Any] = {}
    if method == "POST":
        if path in ("/v1/documents", "/v1/mailroom/batches"):
            kw["files"] = [("files", ("x.pdf", b"FAKE triage " + secrets.token_bytes(8)))]
        elif path.endswith("/corrections"):
            kw["json"] = {"fields": {"family_name": "Muster"}}
        elif path == "/v1/mailroom/cases/{case_id}/reroute":
            kw["json"] = {"document_type": "anmeldung"}
        elif path.endswith(("/renew", "/ack")):
            kw["json"] = {"lease_id": "0" * 32}
        elif path.startswith("/review"):
            kw["data"] = {"field:family_name": "Muster", "document_type": "anmeldung"}
    return {"method": method, "url": url, **kw}


CELLS = [(m, p, k) for (m, p) in ENDPOINTS for k in KINDS]


@pytest.mark.parametrize(("method", "path", "kind"), CELLS)
def test_access_matrix(world: World, method: str, path: str, kind: str) -> None:
    allowed = kind in POLICY[(method, path)]
    response = world.harness.client.request(
        **request_for(world, method, path), headers=world.headers[kind]
    )
    code = response.status_code
    if allowed:
        assert code not in (401, 403), (code, response.text[:200])
        assert code < 500 or code in MAY_ANSWER.get((method, path), set()), response.text[:200]
        if code == 404:
            assert code in MAY_ANSWER.get((method, path), set()), response.text[:200]
    else:
        assert code in (401, 403, 404), (code, response.text[:200])
        # A refusal never carries a case's values.
        assert "Muster" not in response.text


def test_tokens_are_compared_in_constant_time(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Credentials and receipts are found by id and their secrets' hashes compared with
    hmac.compare_digest; nothing compares a secret with ``==``."""
    calls: list[tuple[str, str]] = []
    compare = hmac.compare_digest

    def recording(a: str, b: str) -> bool:
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", recording)
    client = world.harness.client
    client.get("/v1/cases", headers=world.headers[f"authority:{OWNER.value}"])
    client.get(
        f"/v1/documents/{world.params['document_id']}",
        headers=world.headers["receipt_of_this_document"],
    )
    assert len(calls) == 2
    assert all(len(a) == len(b) == 64 for a, b in calls)  # SHA-256 hex of the secrets


# --- rate limits (real Redis, real API processes) ---------------------------------------


def start_of_a_window(window_seconds: int, needed_seconds: float = 15.0) -> None:
    """Wait, if needed, until a fresh counting window has time enough left: the limiter
    counts in fixed windows, and requests straddling a boundary are counted in two."""
    left = window_seconds - time.time() % window_seconds
    if left < needed_seconds:
        time.sleep(left + 0.2)


def test_uploads_are_rate_limited_across_api_processes(
    sqlite_url: str, make_rig: Any
) -> None:
    """GIVEN two API processes sharing Redis WHEN one address uploads more than the limit,
    alternating between them, THEN the next upload gets 429 with Retry-After."""
    rig = make_rig(
        sqlite_url, pipeline_module=FAKE, rate_limit_uploads="4", rate_limit_window_seconds="60"
    )
    first = rig.start_api()
    second = rig.start_api()
    start_of_a_window(60)
    answers = []
    for i in range(6):
        base = (first, second)[i % 2]
        answers.append(
            httpx.post(
                base + "/v1/documents",
                files=[("files", (f"{i}.pdf", b"FAKE triage %d" % i))],
                timeout=10,
            )
        )
    assert [a.status_code for a in answers] == [202, 202, 202, 202, 429, 429]
    assert 1 <= int(answers[4].headers["Retry-After"]) <= 61
    assert answers[4].json()["code"] == "rate_limited"


def test_receipt_guesses_are_rate_limited(sqlite_url: str, make_rig: Any) -> None:
    rig = make_rig(
        sqlite_url,
        pipeline_module=FAKE,
        rate_limit_receipt_failures="5",
        rate_limit_window_seconds="60",
    )
    base = rig.start_api()
    [doc] = httpx.post(
        base + "/v1/documents", files=[("files", ("a.pdf", b"FAKE triage"))], timeout=10
    ).json()["documents"]
    url = f"{base}/v1/documents/{doc['document_id']}"
    own = {"X-Receipt-Token": doc["receipt_token"]}
    assert httpx.get(url, headers=own, timeout=10).status_code == 200  # not counted
    start_of_a_window(60)
    guesses = [
        httpx.get(
            url,
            headers={"X-Receipt-Token": f"rc_{secrets.token_hex(9)}.{secrets.token_urlsafe(8)}"},
            timeout=10,
        ).status_code
        for _ in range(7)
    ]
    assert guesses == [404] * 5 + [429] * 2
    blocked = httpx.get(url, headers=own, timeout=10)  # the address waits, whoever it is
    assert blocked.status_code == 429 and "Retry-After" in blocked.headers
    keys = Redis.from_url(rig.settings.redis_url).keys("docintake:rate:receipt-failures:*")
    assert len(keys) == 1  # the counter lives in Redis, not in the API process


def test_rate_limits_let_requests_through_when_redis_is_down(
    sqlite_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=sqlite_url,
        redis_url="redis://127.0.0.1:1/0",
        originals_dir=tmp_path / "originals",
        pipeline_module=FAKE,
        rate_limit_uploads=1,
    )
    api.app.dependency_overrides[get_settings] = lambda: settings
    api.app.dependency_overrides[api.get_enqueuer] = lambda: RecordingEnqueuer()
    try:
        with TestClient(api.app) as client:
            codes = [
                client.post("/v1/documents", files=[("files", (f"{i}", b"FAKE %d" % i))])
                .status_code
                for i in range(3)
            ]
    finally:
        api.app.dependency_overrides.clear()
    assert codes == [202, 202, 202]


