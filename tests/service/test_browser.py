"""The review page in a real browser: Playwright driving Debian's chromium, keyboard only.

The real API (uvicorn) and a real worker process the uploads with the real pipeline; the
clerk signs in, walks the list with j, opens a case, types the missing value into the field
that has focus, confirms with Enter, and the case then sits in its authority's queue.

Set ``DOCINTAKE_REVIEW_SCREENSHOT=docs/review-page.png`` to also write the README's
screenshot of the review page (a document open, boxes drawn, doubtful fields marked).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from intake.records import Queue
from intake.store import CredentialKind
from tests.service.conftest import ServiceRig, wait_until
from tests.service.documents import anmeldung_pdf
from tests.service.test_review_ui import doubtful_anmeldung

pytestmark = [pytest.mark.browser, pytest.mark.redis]

CHROMIUM = "/usr/bin/chromium"
SCREENSHOT_ENV = "DOCINTAKE_REVIEW_SCREENSHOT"


def chromium_path() -> str:
    """Debian's chromium (bootstrap installs it); Playwright's own downloads are not used."""
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (scripts/bootstrap.sh installs it)")
        pytest.skip("chromium is not installed; run scripts/bootstrap.sh")
    return path


def upload_batch(base_url: str, token: str, files: list[tuple[str, bytes]]) -> dict[str, Any]:
    response = httpx.post(
        f"{base_url}/v1/mailroom/batches",
        files=[("files", (name, data, "application/pdf")) for name, data in files],
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code == 202, response.text
    return dict(response.json())


def test_a_clerk_corrects_a_case_with_the_keyboard_and_it_routes_on(
    sqlite_url: str, make_rig: Callable[..., ServiceRig], tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    executable = chromium_path()
    rig = make_rig(sqlite_url)
    base = rig.start_api()
    rig.start_worker("browser")
    staff = rig.credential(CredentialKind.STAFF)
    office = rig.credential(CredentialKind.AUTHORITY, Queue.EINWOHNERMELDEAMT)
    batch = upload_batch(
        base,
        staff,
        [
            ("anmeldung-ohne-einzug.pdf", anmeldung_pdf(without=("Tag des Einzugs",))),
            ("anmeldung-zweifel.pdf", doubtful_anmeldung()),
        ],
    )
    progress_url = f"{base}/v1/mailroom/batches/{batch['batch_id']}"
    auth = {"Authorization": f"Bearer {staff}"}

    def batch_done() -> bool:
        return bool(httpx.get(progress_url, headers=auth, timeout=10).json()["finished"])

    wait_until(batch_done, 90, "the batch to be processed", step=0.25)
    progress = httpx.get(progress_url, headers=auth, timeout=10).json()
    assert progress["counts"]["review"] == 2 and progress["pages_done"] == 2
    first_case = f"{batch['documents'][0]['document_id']}-1"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        response = page.goto(f"{base}/review/queues/review")
        assert response is not None and response.status == 401  # sign in first

        # Sign in: the credential field has focus; type and press Enter.
        expect(page.locator("#token")).to_be_focused()
        page.keyboard.type(staff)
        with page.expect_navigation():  # the sign-in form was served at this same URL
            page.keyboard.press("Enter")
        expect(page.locator("h1")).to_contain_text("Review queue")
        assert staff not in page.url

        # j focuses the first case (visibly), Enter opens it.
        page.keyboard.press("j")
        focused = page.locator("a.case-link").first
        expect(focused).to_be_focused()
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("", "none")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/review/cases/{first_case}")

        # The doubtful field has focus on open; type the value, Enter confirms.
        field = page.locator("#f-move_in_date")
        expect(field).to_be_focused()
        expect(field).to_have_attribute("aria-invalid", "true")
        page.keyboard.type("01.11.2026")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/review/queues/review?moved={first_case}")
        expect(page.get_by_role("status")).to_contain_text("routed to einwohnermeldeamt")

        # The other case: its boxes are drawn; one doubtful field has a box of its own.
        page.keyboard.press("j")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/review/cases/**")
        expect(page.locator("#f-date_of_birth")).to_be_focused()
        expect(page.locator("rect.box.doubtful")).to_have_count(1)
        assert page.locator("rect.box").count() >= 8
        image = page.locator("figure.page img")
        expect(image).to_be_visible()
        assert page.evaluate("document.querySelector('figure.page img').naturalWidth") > 0
        page.screenshot(path=str(tmp_path / "review-page.png"))
        target = os.environ.get(SCREENSHOT_ENV)
        if target:
            page.screenshot(path=target)
        browser.close()

    cases = httpx.get(f"{base}/v1/cases", headers={"Authorization": f"Bearer {office}"}).json()
    routed = {c["document_id"]: c for c in cases["items"]}
    assert first_case in routed
    assert routed[first_case]["fields"]["move_in_date"]["value"] == "2026-11-01"
