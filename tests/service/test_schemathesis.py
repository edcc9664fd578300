"""Schemathesis against the API's own OpenAPI schema, in process: no request may get a 5xx.

Requests are generated from the schema (valid and invalid bodies, paths, queries) and sent
with each kind of credential the operation is meant for, so that they reach the handlers
instead of stopping at 401. Redis and the database are real (readiness must answer 200).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

import api
from intake.records import Queue
from intake.service import load_pipeline
from intake.settings import Settings, get_settings
from intake.store import CredentialKind, session_scope, upgrade_schema
from tests.service.test_api import FAKE

pytestmark = pytest.mark.redis

EXAMPLES_PER_OPERATION = 40
RESULTS: dict[str, int] = {"cases": 0, "5xx": 0}



@pytest.fixture(scope="module")
def credentials(
    redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, str]]:
    from intake.auth import create_credential

    tmp = tmp_path_factory.mktemp("schemathesis")
    url = f"sqlite:///{tmp / 'cases.db'}"
    upgrade_schema(url)
    service_settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        redis_url=redis_url,
        originals_dir=tmp / "originals",
        pipeline_module=FAKE,
        queue_name="schemathesis",
        max_upload_bytes=100_000,
        rate_limit_uploads=0,
        rate_limit_receipt_failures=0,
    )
    api.app.dependency_overrides[get_settings] = lambda: service_settings
    api.app.dependency_overrides[api.get_pipeline] = lambda: load_pipeline(FAKE)
    with session_scope(url) as session:
        staff = create_credential(session, CredentialKind.STAFF, None, "fuzz").token
        authority = create_credential(
            session, CredentialKind.AUTHORITY, Queue.STANDESAMT, "fuzz"
        ).token
    with TestClient(api.app) as client:
        [doc] = client.post(
            "/v1/documents", files=[("files", ("a.pdf", b"FAKE routed standesamt"))]
        ).json()["documents"]
        yield {"staff": staff, "authority": authority, "receipt": doc["receipt_token"]}
    api.app.dependency_overrides.clear()
    print(f"\nschemathesis: {RESULTS['cases']} cases, {RESULTS['5xx']} answered 5xx")


def headers_for(path: str, credentials: dict[str, str]) -> dict[str, str]:
    if path.startswith("/v1/mailroom"):
        return {"Authorization": f"Bearer {credentials['staff']}"}
    if path.startswith("/v1/cases"):
        return {"Authorization": f"Bearer {credentials['authority']}"}
    if path.startswith("/v1/documents/"):
        return {"X-Receipt-Token": credentials["receipt"]}
    return {}


def test_no_request_gets_a_5xx(credentials: dict[str, str]) -> None:
    """Every operation of the schema, EXAMPLES_PER_OPERATION generated requests each."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", api.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18  # every JSON operation (the review pages are HTML)
    failures: list[str] = []
    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            headers = {**(case.headers or {}), **headers_for(case.path, credentials)}
            response = case.call(headers=headers)
            RESULTS["cases"] += 1
            if response.status_code >= 500:
                RESULTS["5xx"] += 1
                failures.append(f"{case.method} {case.formatted_path}: {response.text[:200]}")

        run()
    assert failures == []
