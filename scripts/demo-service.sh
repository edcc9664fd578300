#!/usr/bin/env bash
# The service part of the demo: Redis (started by start-services.sh), two workers and the
# API on loopback, credentials for the mailroom and the four authorities, and the samples
# uploaded over HTTP. Everything it starts is stopped again when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

# shellcheck disable=SC1091
source scripts/start-services.sh
demo_dir="$PWD/var/demo"
rm -rf "$demo_dir" && mkdir -p "$demo_dir"
export DOCINTAKE_DATABASE_URL="sqlite:///$demo_dir/cases.db"
export DOCINTAKE_ORIGINALS_DIR="$demo_dir/originals"
export DOCINTAKE_QUEUE_NAME="docintake-demo-$$"
export DEMO_API="http://127.0.0.1:8765"

docintake admin migrate >/dev/null
token() { docintake admin create-credential "$@" | tail -n 1; }
DEMO_TOKEN_STAFF=$(token staff --label "mailroom demo")
export DEMO_TOKEN_STAFF
for a in einwohnermeldeamt standesamt strassenverkehrsamt auslaenderbehoerde; do
  export "DEMO_TOKEN_${a^^}=$(token authority --authority "$a" --label "$a demo")"
done

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
docintake worker --name "demo-1-$$" >"$demo_dir/worker-1.log" 2>&1 & pids+=($!)
docintake worker --name "demo-2-$$" >"$demo_dir/worker-2.log" 2>&1 & pids+=($!)
docintake serve --port 8765 >"$demo_dir/api.log" 2>&1 & pids+=($!)
python - <<'PY'
import os, time, urllib.request
for _ in range(150):
    try:
        urllib.request.urlopen(os.environ["DEMO_API"] + "/readyz", timeout=2)
        break
    except Exception:
        time.sleep(0.2)
PY
echo "API ready at $DEMO_API (OpenAPI at $DEMO_API/docs); two workers running"
python scripts/demo_client.py

echo "== a mailroom batch and its progress (GET /v1/mailroom/batches/{id})"
python - <<'PY'
import os, pathlib, time
import httpx

api, token = os.environ["DEMO_API"], os.environ["DEMO_TOKEN_STAFF"]
auth = {"Authorization": f"Bearer {token}"}
files = sorted(pathlib.Path("samples/examples").glob("*.pdf"))[:4]
upload = httpx.post(f"{api}/v1/mailroom/batches", headers=auth, timeout=60,
                    files=[("files", (f.name, f.read_bytes())) for f in files]).json()
for _ in range(600):
    progress = httpx.get(f"{api}/v1/mailroom/batches/{upload['batch_id']}", headers=auth).json()
    if progress["finished"]:
        break
    time.sleep(0.2)
print(f"batch {progress['batch_id']}: pages {progress['pages_done']}/{progress['pages_total']}, "
      f"documents found {progress['documents_found']}, {progress['counts']}")
PY

echo "== the review page: $DEMO_API/review (sign in with the staff credential)"
if [ "${DEMO_KEEP:-0}" = "1" ]; then
  echo "staff credential: $DEMO_TOKEN_STAFF"
  echo "DEMO_KEEP=1: the service keeps running; press Ctrl-C to stop it"
  wait
fi
