# relations-facts: source articles -> cited, typed records -> CSV, data package, workbook, charts, PDF brief.
#   make all                      build every output from sources/articles into output/
#   make all SOURCES=dir OUT=dir  the same pipeline on another folder of articles, into another folder
#   make test                     typecheck, run the tests, check output/ is what `make all` makes
#   make bench                    extraction throughput against the bare NLP library
#   make lexicon-report           how many articles and sentences each trigger and cue fires on
#   make help                     this text
# Stages (one file each in pipeline/): ingest -> extract -> normalise -> publish (csv) / workbook / charts -> brief

# Two jobs at a time: the workbook, charts and CSV stages are independent (the machines have 2 cores).
MAKEFLAGS += --jobs=2 --output-sync=target
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SECONDARY:
.SECONDEXPANSION:
export TZ := UTC
export LC_ALL := C
export REFERENCE_DIR = $(REFERENCE)

SOURCES ?= sources/articles
OUT ?= output
REFERENCE ?= sources/reference
DATASET_META ?= sources/dataset.json
BUILD ?= build/$(subst /,_,$(abspath $(OUT)))

NODE := node --import tsx
INSTALLED := node_modules/.installed
LIB := $(wildcard pipeline/lib/*.ts)
SCHEMAS := $(wildcard schemas/*.json)
REF_FILES := $(wildcard $(REFERENCE)/*.json)

# An article is any <id>.txt or <id>.json in SOURCES; the ingest stage reports a missing half of a pair.
ARTICLES := $(sort $(basename $(notdir $(wildcard $(SOURCES)/*.txt $(SOURCES)/*.json))))
INGESTED := $(ARTICLES:%=$(BUILD)/ingest/%.json)
EXTRACTED := $(ARTICLES:%=$(BUILD)/extract/%.json)
RECORDS := $(BUILD)/records.json
TABLES := events visits agreements finance indicators entities sources mentions
CSV := $(TABLES:%=$(OUT)/csv/%.csv)
DATAPACKAGE := $(OUT)/datapackage.json
WORKBOOK := $(OUT)/$(shell node -p "require('./$(DATASET_META)').name" 2>/dev/null || echo dataset).xlsx
CHARTS := $(OUT)/charts/charts.json
BRIEF := $(OUT)/brief.pdf

.PHONY: all install test bench help clean lexicon-report
all: $(CSV) $(DATAPACKAGE) $(WORKBOOK) $(CHARTS) $(BRIEF)

help:
	@sed -n '2,8p' Makefile | sed 's/^# \{0,1\}//'

install: $(INSTALLED)
$(INSTALLED): package.json package-lock.json
	@echo "install  npm ci"
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(BUILD)/ingest/%.json: $$(wildcard $(SOURCES)/$$*.txt) $$(wildcard $(SOURCES)/$$*.json) pipeline/ingest.ts $(LIB) $(SCHEMAS) $(REFERENCE)/boilerplate.json | $(INSTALLED)
	@echo "ingest   $*"
	@$(NODE) pipeline/ingest.ts $(SOURCES) $* $@

$(BUILD)/extract/%.json: $(BUILD)/ingest/%.json pipeline/extract.ts $(wildcard pipeline/extract/*.ts) $(LIB) $(REF_FILES) | $(INSTALLED)
	@echo "extract  $*"
	@$(NODE) pipeline/extract.ts $< $@

$(RECORDS): $(EXTRACTED) pipeline/normalise.ts $(wildcard pipeline/normalise/*.ts) $(LIB) $(SCHEMAS) $(REF_FILES) $(DATASET_META) | $(INSTALLED)
	@echo "normalise $(words $(EXTRACTED)) article(s)"
	@$(NODE) pipeline/normalise.ts $(DATASET_META) $@ $(EXTRACTED)

$(CSV) $(DATAPACKAGE) &: $(RECORDS) pipeline/publish.ts $(LIB) $(SCHEMAS) | $(INSTALLED)
	@echo "publish  csv + datapackage"
	@$(NODE) pipeline/publish.ts $(RECORDS) $(OUT)

$(WORKBOOK): $(RECORDS) pipeline/workbook.ts $(wildcard pipeline/workbook/*.ts) $(LIB) $(SCHEMAS) | $(INSTALLED)
	@echo "workbook $(notdir $@)"
	@$(NODE) pipeline/workbook.ts $(RECORDS) $@

$(CHARTS): $(RECORDS) pipeline/charts.ts $(wildcard pipeline/charts/*.ts) $(LIB) | $(INSTALLED)
	@echo "charts"
	@$(NODE) pipeline/charts.ts $(RECORDS) $(OUT)/charts

$(BRIEF): $(RECORDS) $(CHARTS) pipeline/brief.ts $(wildcard pipeline/brief/*.ts) $(LIB) | $(INSTALLED)
	@echo "brief    $(notdir $@)"
	@$(NODE) pipeline/brief.ts $(RECORDS) $(CHARTS) $@

# make test builds everything into build/test-output (not output/), fails if that differs from the
# committed output/, then runs the tests against that fresh build.
TEST_OUT := build/test-output
TEST_BUILD := build/test-build
test: $(INSTALLED)
	@echo "test     typecheck"
	@npx tsc --noEmit -p .
	@echo "test     fresh build into $(TEST_OUT)"
	@$(MAKE) --no-print-directory all OUT=$(TEST_OUT) BUILD=$(TEST_BUILD)
	@echo "test     output/ is what make all produces"
	@bash test/check-output-fresh.sh $(TEST_OUT) $(OUT)
	@echo "test     unit and golden tests"
	@TEST_RECORDS=$(TEST_BUILD)/records.json TEST_OUTPUT=$(TEST_OUT) $(NODE) --test --test-reporter=spec test/*.test.ts

lexicon-report: $(INSTALLED)
	@$(NODE) pipeline/tools/lexicon-report.ts

bench: $(INSTALLED)
	@$(NODE) pipeline/bench.ts

clean:
	rm -rf build
