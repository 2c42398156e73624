# AnodeKG — two commands on a fresh machine:  make demo  ·  make test
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STORE  := graph_data/store
EXPORTS := graph_data/exports
SAMPLE := graph_data/sources
FUZZ_SECONDS ?= 600

.PHONY: install demo test test-quick bench fuzz lint vocab clean

# (re)install when pyproject.toml changes; the stamp keeps repeated runs fast
$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# and the project's bytecode, as installing a wheel writes it: an editable install leaves it to the
# first run, and where PYTHONDONTWRITEBYTECODE is set (containers, CI runners) every command would
# compile the package's 25k lines again (0.2 s of CPU in a one-paper ingest); only changed files are redone
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q pipeline ontology benchmarks tests >/dev/null

# the fuzzer and its seed maker are only needed here, not at run time
$(VENV)/.fuzz-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	@touch $@

demo: install
	$(BIN)/anodekg ingest $(SAMPLE) --store $(STORE)
	$(BIN)/anodekg query compare-classes --store $(STORE)
	@# few hosts in the review report a CE and a current density together; these thresholds find one
	$(BIN)/anodekg query conductive-hosts-ce --store $(STORE) --param min_ce=97 --param min_current=0.5
	$(BIN)/anodekg compare --store $(STORE) --property CoulombicEfficiency --property CycleNumber --property CurrentDensity --sort CoulombicEfficiency
	$(BIN)/anodekg query best-by-property --store $(STORE) --param property=CycleNumber --param k=10
	$(BIN)/anodekg export --format turtle --out $(EXPORTS)/anodekg.ttl --store $(STORE)
	$(BIN)/anodekg export --format jsonld --out $(EXPORTS)/anodekg.jsonld --store $(STORE)
	$(BIN)/anodekg export --format nquads --out $(EXPORTS)/anodekg.nq --store $(STORE)
	$(BIN)/anodekg export --format graphml --out $(EXPORTS)/anodekg.graphml --store $(STORE)
	$(BIN)/anodekg export --format gexf --out $(EXPORTS)/anodekg.gexf --store $(STORE)
	$(BIN)/anodekg export --format cytoscape --out $(EXPORTS)/anodekg.cyjs --store $(STORE)
	$(BIN)/anodekg export --format csv --out $(EXPORTS)/measurements.csv --store $(STORE)
	$(BIN)/anodekg export --format html --out $(EXPORTS)/anodekg.html --store $(STORE)
	$(BIN)/anodekg compare --store $(STORE) --sort CoulombicEfficiency --format csv --out $(EXPORTS)/comparison.csv
	$(BIN)/anodekg compare --store $(STORE) --sort CoulombicEfficiency --format latex --out $(EXPORTS)/comparison.tex
	$(BIN)/anodekg plot ce-cycles --out $(EXPORTS)/ce-cycles.png --store $(STORE)
	$(BIN)/anodekg plot class-counts --out $(EXPORTS)/class-counts.png --store $(STORE)
	$(BIN)/anodekg plot best-per-class --property CycleNumber --out $(EXPORTS)/best-cycles.png --store $(STORE)
	$(BIN)/python -m pipeline.viewer.browser screenshot $(EXPORTS)/anodekg.html $(EXPORTS)/viewer.png --select-richest --small --optional
	$(BIN)/python -m pipeline.viewer.browser screenshot $(EXPORTS)/anodekg.html $(EXPORTS)/table.png --table CoulombicEfficiency --small --optional
	$(BIN)/anodekg stats --top 5 --store $(STORE)

test: install
	$(BIN)/python -m pytest -q

# the loop while working: everything but the minute-long tests (marked slow); `make test` runs them all
test-quick: install
	$(BIN)/python -m pytest -q -m "not slow"

bench: install
	$(BIN)/python -m benchmarks

lint: install
	$(BIN)/ruff check pipeline queries ontology tests benchmarks

# fuzz the PDF reader with atheris for FUZZ_SECONDS (seeds: real PDFs); prints the executions run
fuzz: $(VENV)/.fuzz-installed
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python tests/fuzz/run.py

vocab: install
	$(BIN)/python -m pipeline.vocab_gen

clean:
	rm -rf $(STORE) .pytest_cache test-artifacts
