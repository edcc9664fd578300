#!/usr/bin/env bash
# The main job on a fresh Debian machine: install what is missing, then run the sample
# documents through the pipeline on the command line, and (when the service is present)
# start Redis, a worker and the API and send the samples through it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
export PATH="$PWD/.venv/bin:$PATH"

echo "== docintake process samples/examples (command line, no services needed)"
docintake process samples/examples/*.pdf samples/examples/*.png samples/examples/*.jpg \
  samples/examples/*.tiff

if [ -f scripts/demo-service.sh ]; then
  echo
  echo "== the service: Redis, two workers and the API; samples uploaded over HTTP"
  bash scripts/demo-service.sh
fi
