# The few verbs people use. Each is one command you can also run by hand.
.PHONY: demo test lint bench bench-full train

demo:
	python3 -m pip install --quiet -e . && aikg demo

test:
	bash scripts/test.sh

lint:
	ruff check aikg tests benchmarks scripts training && ruff format --check aikg tests benchmarks scripts training && mypy

# bench runs the scale suite at its quick sizes (minutes); bench-full is the 1k/10k/100k run (hours),
# for a quiet machine. Both write their table into benchmarks/README.md.
bench:
	python3 benchmarks/bench_store.py && python3 benchmarks/bench_visual.py --browser \
		&& python3 benchmarks/bench_scale.py --quick && python3 benchmarks/bench_extract.py \
		&& python3 benchmarks/bench_questions.py

bench-full:
	python3 benchmarks/bench_scale.py --sizes 1000,10000,100000

# rebuilds the extractor's shipped weights from ../shared/data/train and training/ (about a minute)
train:
	python3 scripts/train_extractor.py
