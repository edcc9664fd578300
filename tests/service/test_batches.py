"""Per-batch progress: pages done of total, documents found, counts per status.

In process (TestClient) with the real pipeline on small text-layer PDFs, on SQLite and,
under the ``postgres`` marker, PostgreSQL. Progress is read from the database only, so a
second API process would answer the same (checked by asking a fresh session's settings).
"""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium
import pytest

from intake import service
from intake.originals import OriginalStore
from intake.split import render_separator_sheet
from intake.store import CredentialKind
from tests.service.documents import anmeldung_pdf
from tests.service.test_api import Harness, harness  # noqa: F401  (fixture)

REAL = "intake.pipeline"


def merge_pdfs(*pdfs: bytes) -> bytes:
    """One PDF holding the pages of all given PDFs, in order."""
    merged = pdfium.PdfDocument.new()
    for data in pdfs:
        source = pdfium.PdfDocument(data)
        merged.import_pages(source)
        source.close()
    buffer = io.BytesIO()
    merged.save(buffer)
    merged.close()
    return buffer.getvalue()


def upload_batch(h: Harness, files: list[tuple[str, bytes]], token: str) -> dict[str, Any]:
    response = h.client.post(
        "/v1/mailroom/batches",
        files=[("files", (name, data, "application/pdf")) for name, data in files],
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 202, response.text
    return dict(response.json())


def progress(h: Harness, batch_id: str, token: str) -> dict[str, Any]:
    response = h.client.get(
        f"/v1/mailroom/batches/{batch_id}", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def process_next(h: Harness) -> None:
    """Run the real pipeline on the oldest queued document, as a worker would."""
    pipeline = service.load_pipeline(REAL)
    originals = OriginalStore(h.settings.originals_dir)
    document_id = h.queue.queued.pop(0)
    service.process_document(h.settings, document_id, pipeline, originals)


@pytest.fixture
def staff_token(harness: Harness) -> str:  # noqa: F811
    return harness.rig.credential(CredentialKind.STAFF)


def test_progress_counts_pages_documents_and_statuses_as_workers_finish(
    harness: Harness,  # noqa: F811
    staff_token: str,
) -> None:
    """GIVEN a batch of a bulk scan (2 documents and a separator sheet, 3 pages), a
    one-page form missing a field, and a damaged file WHEN the files are processed one by
    one THEN progress shows pages done of total, documents found and statuses."""
    bulk = merge_pdfs(
        anmeldung_pdf(note="bulk-1"),
        render_separator_sheet(),
        anmeldung_pdf(without=("Tag des Einzugs",), note="bulk-2"),
    )
    incomplete = anmeldung_pdf(without=("Tag des Einzugs",), note="single")
    damaged = b"%PDF-1.4 damaged in transit"
    upload = upload_batch(
        harness,
        [("bulk.pdf", bulk), ("single.pdf", incomplete), ("damaged.pdf", damaged)],
        staff_token,
    )
    batch_id = upload["batch_id"]
    assert batch_id.startswith("b-") and len(upload["documents"]) == 3

    before = progress(harness, batch_id, staff_token)
    assert before["files"] == 3 and before["files_done"] == 0
    assert (before["pages_done"], before["pages_total"]) == (0, 4)
    assert before["documents_found"] == 0
    assert before["counts"] == {"routed": 0, "review": 0, "triage": 0, "pending": 3}
    assert before["finished"] is False

    process_next(harness)  # the bulk scan: two documents, the separator sheet dropped
    middle = progress(harness, batch_id, staff_token)
    assert (middle["pages_done"], middle["pages_total"]) == (3, 4)
    assert middle["documents_found"] == 2
    assert middle["counts"] == {"routed": 1, "review": 1, "triage": 0, "pending": 2}

    process_next(harness)
    process_next(harness)
    after = progress(harness, batch_id, staff_token)
    assert (after["pages_done"], after["pages_total"]) == (4, 4)
    assert after["files_done"] == 3 and after["documents_found"] == 4
    assert after["counts"] == {"routed": 1, "review": 2, "triage": 1, "pending": 0}
    assert after["finished"] is True


def test_progress_follows_corrections_and_counts_a_repeated_file_once(
    harness: Harness,  # noqa: F811
    staff_token: str,
) -> None:
    """GIVEN a batch with the same file twice WHEN it is processed and its review case
    corrected THEN the file counts once and the case moves from review to routed."""
    incomplete = anmeldung_pdf(without=("Tag des Einzugs",), note="twice")
    upload = upload_batch(harness, [("a.pdf", incomplete), ("b.pdf", incomplete)], staff_token)
    assert upload["documents"][1]["duplicate"]
    process_next(harness)
    batch = progress(harness, upload["batch_id"], staff_token)
    assert batch["files"] == 1 and batch["pages_total"] == 1
    assert batch["counts"]["review"] == 1

    [case] = harness.client.get(
        "/v1/mailroom/queues/review/cases", headers={"Authorization": f"Bearer {staff_token}"}
    ).json()["items"]
    corrected = harness.client.post(
        f"/v1/mailroom/cases/{case['document_id']}/corrections",
        json={"fields": {"move_in_date": "01.11.2026"}},
        headers={"Authorization": f"Bearer {staff_token}"},
    )
    assert corrected.status_code == 200, corrected.text
    after = progress(harness, upload["batch_id"], staff_token)
    assert after["counts"] == {"routed": 1, "review": 0, "triage": 0, "pending": 0}


def test_a_later_batch_with_a_known_file_counts_its_pages(
    harness: Harness,  # noqa: F811
    staff_token: str,
) -> None:
    """GIVEN a file a citizen uploaded (pages not counted) WHEN the mailroom uploads it in
    a batch THEN the batch counts its pages and sees it finished once processed."""
    form = anmeldung_pdf(note="citizen-first")
    harness.upload(form)
    process_next(harness)
    upload = upload_batch(harness, [("again.pdf", form)], staff_token)
    batch = progress(harness, upload["batch_id"], staff_token)
    assert batch["pages_total"] == 1 and batch["pages_done"] == 1
    assert batch["counts"]["routed"] == 1 and batch["finished"]


def test_batch_progress_is_for_staff_only(
    harness: Harness,  # noqa: F811
    staff_token: str,
) -> None:
    upload = upload_batch(harness, [("x.pdf", anmeldung_pdf(note="auth"))], staff_token)
    path = f"/v1/mailroom/batches/{upload['batch_id']}"
    assert harness.client.get(path).status_code == 401
    office = harness.bearer(CredentialKind.AUTHORITY, service.Queue.STANDESAMT)
    assert harness.client.get(path, headers=office).status_code == 403
    missing = harness.client.get(
        "/v1/mailroom/batches/b-0000", headers={"Authorization": f"Bearer {staff_token}"}
    )
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_citizen_uploads_form_no_batch(harness: Harness) -> None:  # noqa: F811
    response = harness.client.post(
        "/v1/documents", files=[("files", ("a.pdf", anmeldung_pdf(note="citizen")))]
    )
    assert response.status_code == 202 and "batch_id" not in response.json()
