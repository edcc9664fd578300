"""Send the sample documents through the running service, as citizens and authorities would.

Uploads every file in ``samples/examples`` as a citizen, follows each receipt until the
worker has finished, then lists each authority's queue and the mailroom's review and triage
queues. Used by ``scripts/demo-service.sh``; needs the API's address and the credentials.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import httpx

API = os.environ.get("DEMO_API", "http://127.0.0.1:8765")
EXAMPLES = Path(__file__).resolve().parent.parent / "samples" / "examples"
AUTHORITIES = ("einwohnermeldeamt", "standesamt", "strassenverkehrsamt", "auslaenderbehoerde")
WAIT_SECONDS = 300


def main() -> int:
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".pdf", ".png", ".jpg", ".tiff"})
    receipts: list[tuple[str, str, str]] = []
    with httpx.Client(base_url=API, timeout=60) as client:
        for path in files:
            reply = client.post("/v1/documents", files={"files": (path.name, path.read_bytes())})
            reply.raise_for_status()
            doc = reply.json()["documents"][0]
            receipts.append((path.name, doc["document_id"], doc["receipt_token"]))
        print(f"uploaded {len(receipts)} files; each answered at once with a receipt (202)")
        deadline = time.monotonic() + WAIT_SECONDS
        pending = list(receipts)
        while pending and time.monotonic() < deadline:
            still = []
            for name, doc_id, token in pending:
                status = client.get(f"/v1/documents/{doc_id}",
                                    headers={"X-Receipt-Token": token}).json()
                if status.get("status") in {"received", "processing"}:
                    still.append((name, doc_id, token))
            pending = still
            if pending:
                time.sleep(2)
        print("what each citizen sees with their receipt token:")
        print(f"  {'source':48} {'status':8} problems")
        for name, doc_id, token in receipts:
            s = client.get(f"/v1/documents/{doc_id}", headers={"X-Receipt-Token": token}).json()
            problems = ", ".join(sorted({p.get("code", "") for part in s.get("parts", [])
                                         for p in part.get("problems", [])}))
            print(f"  {name:48} {s.get('status', '?'):8} {problems or '-'}")
        for authority in AUTHORITIES:
            token = os.environ[f"DEMO_TOKEN_{authority.upper()}"]
            page = client.get("/v1/cases", params={"state": "all"},
                              headers={"Authorization": f"Bearer {token}"}).json()
            types = [c.get("document_type") for c in page.get("items", [])]
            print(f"authority {authority:22} sees {len(types)} case(s): {', '.join(types)}")
        staff = {"Authorization": f"Bearer {os.environ['DEMO_TOKEN_STAFF']}"}
        for queue in ("review", "triage"):
            page = client.get(f"/v1/mailroom/queues/{queue}/cases", headers=staff).json()
            print(f"mailroom {queue:7} queue holds {len(page.get('items', []))} case(s)")
    return 1 if pending else 0


if __name__ == "__main__":
    sys.exit(main())
