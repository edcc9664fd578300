"""The review pages in process (TestClient), with the real pipeline on text-layer PDFs.

Sign-in and its cookie, CSRF on every form post, who may see what, the page image and the
field boxes drawn on it, corrections that route a case on, and triage given a type by
hand. On SQLite and, under the ``postgres`` marker, PostgreSQL.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

import api
from intake import service
from intake.originals import OriginalStore
from intake.records import Queue
from intake.settings import Settings, get_settings
from intake.store import CredentialKind
from tests.service.conftest import ServiceRig
from tests.service.documents import ANMELDUNG, form_pdf
from tests.service.test_api import RecordingEnqueuer

REAL = "intake.pipeline"
TITLE = "Anmeldung bei der Meldebehörde"


def doubtful_anmeldung(note: str = "") -> bytes:
    """An Anmeldung with a birth date in the future and no move-in date: two doubts."""
    rows = {k: v for k, v in ANMELDUNG.items() if k != "Tag des Einzugs"}
    rows["Geburtsdatum"] = "14.03.2087"
    return form_pdf(TITLE, rows, note)


@dataclass
class Review:
    """A TestClient on the API, its settings, and a staff token."""

    client: TestClient
    settings: Settings
    queue: RecordingEnqueuer
    rig: ServiceRig
    staff_token: str

    def upload_and_process(self, data: bytes, name: str = "scan.pdf") -> str:
        """Upload one file as a citizen, run the real pipeline on it; returns the case id."""
        response = self.client.post("/v1/documents", files=[("files", (name, data))])
        assert response.status_code == 202, response.text
        document_id = response.json()["documents"][0]["document_id"]
        pipeline = service.load_pipeline(REAL)
        originals = OriginalStore(self.settings.originals_dir)
        while self.queue.queued:
            service.process_document(self.settings, self.queue.queued.pop(0), pipeline, originals)
        return f"{document_id}-1"

    def sign_in(self, token: str | None = None) -> str:
        """Sign in through the form; returns the CSRF token of the first page."""
        form = self.client.get("/review/login")
        assert form.status_code == 200
        nonce = _hidden(form.text, "login_token")
        response = self.client.post(
            "/review/login",
            data={"token": token or self.staff_token, "login_token": nonce},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text
        page = self.client.get(response.headers["location"])
        assert page.status_code == 200
        return _hidden(page.text, "csrf_token")


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert match, f"no hidden {name} in the page"
    return match.group(1)


@pytest.fixture
def review(database_url: str, tmp_path: Path) -> Iterator[Review]:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        redis_url="redis://127.0.0.1:1/0",
        originals_dir=tmp_path / "originals",
        pipeline_module=REAL,
    )
    queue = RecordingEnqueuer()
    api.app.dependency_overrides[get_settings] = lambda: settings
    api.app.dependency_overrides[api.get_enqueuer] = lambda: queue
    rig = ServiceRig(env={}, settings=settings, log_dir=tmp_path)
    with TestClient(api.app) as client:
        yield Review(client, settings, queue, rig, rig.credential(CredentialKind.STAFF))
    api.app.dependency_overrides.clear()


# --- who may see the pages -----------------------------------------------------------------


def test_pages_answer_401_without_staff_and_403_to_authorities(review: Review) -> None:
    case_id = review.upload_and_process(doubtful_anmeldung())
    paths = [
        "/review/queues/review",
        f"/review/cases/{case_id}",
        f"/review/cases/{case_id}/pages/1.png",
    ]
    office = review.rig.credential(CredentialKind.AUTHORITY, Queue.EINWOHNERMELDEAMT)
    for path in paths:
        anonymous = review.client.get(path)
        assert anonymous.status_code == 401, path
        assert 'name="token"' in anonymous.text  # the sign-in form, not data
        assert "14.03.2087" not in anonymous.text and "Müller" not in anonymous.text
        as_office = review.client.get(path, headers=_bearer(office))
        assert as_office.status_code == 403, path
        forger = TestClient(api.app, cookies={"docintake_session": "ss_x.forged"})
        assert forger.get(path).status_code == 401, path


def test_an_authority_credential_cannot_sign_in(review: Review) -> None:
    office = review.rig.credential(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    nonce = _hidden(review.client.get("/review/login").text, "login_token")
    response = review.client.post(
        "/review/login", data={"token": office, "login_token": nonce}, follow_redirects=False
    )
    assert response.status_code == 403
    assert "docintake_session" not in response.headers.get("set-cookie", "")


def test_sign_in_needs_the_forms_own_nonce(review: Review) -> None:
    """A sign-in posted from another site (no nonce cookie) is refused: no login CSRF."""
    response = review.client.post(
        "/review/login",
        data={"token": review.staff_token, "login_token": "guessed"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert "docintake_session" not in response.headers.get("set-cookie", "")


def test_session_cookie_is_httponly_strict_scoped_and_ends_on_sign_out(review: Review) -> None:
    nonce = _hidden(review.client.get("/review/login").text, "login_token")
    response = review.client.post(
        "/review/login",
        data={"token": review.staff_token, "login_token": nonce},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert review.staff_token not in response.headers["location"]
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("docintake_session=")
    )
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "samesite", "path"} <= attributes
    assert "samesite=strict" in cookie.lower() and "path=/review" in cookie.lower()
    assert "secure" not in attributes  # plain http on loopback; see the https test
    value = cookie.split(";")[0].split("=", 1)[1]
    assert review.staff_token not in value  # a session of its own, not the credential

    page = review.client.get("/review/queues/review")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    csrf = _hidden(page.text, "csrf_token")
    assert review.client.post("/review/logout", data={"csrf_token": "wrong"}).status_code == 403
    out = review.client.post(
        "/review/logout", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert out.status_code == 303
    replayed = TestClient(api.app, cookies={"docintake_session": value})
    assert replayed.get("/review/queues/review").status_code == 401


def test_session_cookie_is_secure_over_https(review: Review) -> None:
    client = TestClient(api.app, base_url="https://testserver")
    nonce = _hidden(client.get("/review/login").text, "login_token")
    response = client.post(
        "/review/login",
        data={"token": review.staff_token, "login_token": nonce},
        follow_redirects=False,
    )
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("docintake_session=")
    )
    assert "secure" in {part.strip().lower() for part in cookie.split(";")}


def test_a_revoked_credential_ends_its_sessions(review: Review) -> None:
    from intake.auth import revoke_credential
    from intake.store import session_scope

    review.sign_in()
    assert review.client.get("/review/queues/review").status_code == 200
    with session_scope(review.settings.database_url) as session:
        revoke_credential(session, review.staff_token.split(".")[0])
    assert review.client.get("/review/queues/review").status_code == 401


# --- the pages -----------------------------------------------------------------------------


def test_case_page_draws_the_boxes_and_marks_doubtful_fields_with_reasons(
    review: Review,
) -> None:
    case_id = review.upload_and_process(doubtful_anmeldung())
    review.sign_in()
    listing = review.client.get("/review/queues/review")
    assert f'href="/review/cases/{case_id}"' in listing.text

    page = review.client.get(f"/review/cases/{case_id}")
    assert page.status_code == 200
    html = page.text
    case = service.mailroom_case(review.settings, case_id)
    birth = case.fields["date_of_birth"]
    assert birth.bbox is not None
    x0, y0, x1, y1 = birth.bbox
    rect = re.search(r'<rect class="box doubtful" data-field="date_of_birth"[^>]*>', html)
    assert rect, "the doubtful field's box is drawn and marked"
    assert f'x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}"' in rect.group(0)
    assert '<rect class="box" data-field="family_name"' in html  # a sure field: plain box
    assert "date lies in the future" in html
    assert "required field not found" in html
    # Labels are tied to inputs; doubtful inputs say so and why; the first one has focus.
    assert '<label for="f-move_in_date">' in html
    inputs = re.findall(r"<input id=\"f-(\w+)\"[^>]*>", html, flags=re.S)
    assert inputs[0] == "family_name"
    first_doubtful = re.search(r'<input id="f-date_of_birth"[^>]*>', html, flags=re.S)
    assert first_doubtful and "autofocus" in first_doubtful.group(0)
    assert 'aria-describedby="why-date_of_birth"' in first_doubtful.group(0)
    assert html.count("autofocus") == 1

    # The page image is a PNG of the frame's proportions (boxes land where they belong).
    frame = re.search(r'<svg viewBox="0 0 ([\d.]+) ([\d.]+)"', html)
    assert frame
    png = review.client.get(f"/review/cases/{case_id}/pages/1.png")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    width, height = Image.open(io.BytesIO(png.content)).size
    assert abs(width / height - float(frame.group(1)) / float(frame.group(2))) < 0.01
    assert review.client.get(f"/review/cases/{case_id}/pages/2.png").status_code == 404


def test_correcting_and_confirming_routes_the_case_to_its_authority(review: Review) -> None:
    case_id = review.upload_and_process(doubtful_anmeldung())
    csrf = review.sign_in()
    form = {"field:date_of_birth": "14.03.1987", "field:move_in_date": "01.11.2026"}

    refused = review.client.post(f"/review/cases/{case_id}/correct", data=form)
    assert refused.status_code == 403  # no CSRF token
    assert service.mailroom_case(review.settings, case_id).status == "review"

    done = review.client.post(
        f"/review/cases/{case_id}/correct",
        data={**form, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/review/queues/review?moved={case_id}"
    listing = review.client.get(done.headers["location"])
    assert f"Case {case_id} was routed to einwohnermeldeamt." in listing.text
    office = review.rig.credential(CredentialKind.AUTHORITY, Queue.EINWOHNERMELDEAMT)
    routed = review.client.get(f"/v1/cases/{case_id}", headers=_bearer(office))
    assert routed.status_code == 200
    assert routed.json()["fields"]["move_in_date"]["value"] == "2026-11-01"
    assert routed.json()["fields"]["date_of_birth"]["value"] == "1987-03-14"


def test_a_correction_that_is_still_wrong_shows_the_page_again_with_reasons(
    review: Review,
) -> None:
    case_id = review.upload_and_process(doubtful_anmeldung())
    csrf = review.sign_in()
    response = review.client.post(
        f"/review/cases/{case_id}/correct",
        data={"csrf_token": csrf, "field:move_in_date": "01.11.2026"},
    )
    assert response.status_code == 422
    assert "Still in review" in response.text and "date lies in the future" in response.text
    assert 'value="01.11.2026"' in response.text  # what the clerk typed stays
    assert service.mailroom_case(review.settings, case_id).status == "review"


def test_triage_is_given_a_type_by_hand(review: Review) -> None:
    typed_id = review.upload_and_process(b"%PDF-1.4 not really a pdf", "kaffee.pdf")
    queued_id = review.upload_and_process(b"%PDF-1.4 damaged too", "urkunde.pdf")
    csrf = review.sign_in()
    page = review.client.get(f"/review/cases/{typed_id}")
    assert '<label for="document_type">' in page.text and "No page image" not in page.text

    to_review = review.client.post(
        f"/review/cases/{typed_id}/reroute",
        data={"csrf_token": csrf, "document_type": "anmeldung"},
        follow_redirects=False,
    )
    assert to_review.status_code == 303
    assert to_review.headers["location"].startswith(f"/review/cases/{typed_id}")
    assert service.mailroom_case(review.settings, typed_id).status == "review"

    routed = review.client.post(
        f"/review/cases/{queued_id}/reroute",
        data={"csrf_token": csrf, "document_type": "geburtsurkunde", "queue": "standesamt"},
        follow_redirects=False,
    )
    assert routed.headers["location"] == f"/review/queues/triage?moved={queued_id}"
    office = review.rig.credential(CredentialKind.AUTHORITY, Queue.STANDESAMT)
    seen = review.client.get(f"/v1/cases/{queued_id}", headers=_bearer(office))
    assert seen.status_code == 200

    again = review.client.post(
        f"/review/cases/{queued_id}/reroute",
        data={"csrf_token": csrf, "document_type": "anmeldung"},
    )
    assert again.status_code == 409  # routed already: no longer in triage


def test_unknown_queue_and_case_are_404(review: Review) -> None:
    review.sign_in()
    assert review.client.get("/review/queues/standesamt").status_code == 404
    assert review.client.get("/review/cases/d-nothing-1").status_code == 404
    assert review.client.get("/review/static/../api.py").status_code == 404
    assert review.client.get("/review/static/review.js").status_code == 200


def test_reading_and_correcting_on_the_page_are_audited(review: Review) -> None:
    from intake.audit import entries_for
    from intake.store import session_scope

    case_id = review.upload_and_process(doubtful_anmeldung())
    csrf = review.sign_in()
    assert review.client.get(f"/review/cases/{case_id}").status_code == 200
    review.client.post(
        f"/review/cases/{case_id}/correct",
        data={"field:date_of_birth": "14.03.1987", "field:move_in_date": "01.11.2026",
              "csrf_token": csrf},
        follow_redirects=False,
    )
    document_id = case_id.rsplit("-", 1)[0]
    with session_scope(review.settings.database_url) as session:
        actions = [e.action for e in entries_for(session, document_id)]
    assert "read" in actions and "corrected" in actions
