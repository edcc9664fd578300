# The README's commands.
.PHONY: demo test eval bench

demo:   ## set up, start what is needed, run the samples through the service
	bash scripts/demo.sh

test:   ## set up and run the tests (what CI runs)
	bash scripts/test.sh

eval:   ## the full evaluation on freshly generated samples
	bash scripts/bootstrap.sh
	.venv/bin/python -m samples.generate --out samples/generated --per-type 6
	.venv/bin/docintake eval samples/generated

bench:
	.venv/bin/python bench/bench_reading.py
