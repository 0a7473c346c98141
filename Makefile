# The few verbs people use. Each is one command you can also run by hand.
.PHONY: demo test lint bench

demo:
	python3 -m pip install --quiet -e . && aikg demo

test:
	bash scripts/test.sh

lint:
	ruff check aikg tests benchmarks scripts && ruff format --check aikg tests benchmarks scripts && mypy

bench:
	python3 benchmarks/bench_store.py && python3 benchmarks/bench_visual.py --browser
