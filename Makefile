# relations-facts: source articles -> cited, typed records -> CSV, data package, workbook, charts, PDF brief.
# `make help` lists the targets: each user-facing target has a "## make <target>  <what it does>" line above its rule
# (a test checks that every .PHONY target has one).
#
# Stages (one file each in pipeline/):
#   articles (ingest + extract of every article, one process, a worker thread per core, cached per article)
#   -> normalise -> publish (csv + datapackage) / workbook / charts / site pages -> brief and chart images (PNG)
#   -> site overview -> release
# The stages write the whole output set into a staging folder, $(STAGE) (inside $(BUILD)); the release step then
# swaps it into OUT in one move, and only when every stage succeeded: a failed or interrupted run leaves OUT as it was.
#
# To add an output (a folder such as site/, or one more file such as csv/conflicts.csv):
#   1. write a rule whose target is a file under $(STAGE)/ (for a folder, a file it always writes, e.g.
#      $(STAGE)/site/index.html), made from $(RECORDS) or other staged files;
#   2. add that target to PUBLISHED below (one line: PUBLISHED += $(STAGE)/site/index.html).
#   Everything under the target's top-level entry (site/, csv/, ...) is published with the rest. A new CSV made
#   by publish.ts itself only needs its table name in TABLES.

# One job per core (JOBS=n to choose): after normalise the charts → brief chain runs on one core, publish, the
# workbook and the chart images on the other. One job more let the chart images run beside the brief and the workbook
# at 2,040 articles (the site needs all three), but for one article it started the workbook beside the charts and
# slowed the chain (interleaved, load 5: median 8.1 s with 2 jobs, 8.7 s with 3). Set by the top-level make only: a
# sub-make (make test's build) shares its parent's jobs; setting them again warns.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += --jobs=$(JOBS) --output-sync=target
endif
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SECONDARY:
export TZ := UTC
export LC_ALL := C
export REFERENCE_DIR = $(REFERENCE)

SOURCES ?= sources/articles
OUT ?= output
REFERENCE ?= sources/reference
DATASET_META ?= sources/dataset.json

# A shell word for any path (spaces and quotes included): SOURCES and OUT are only ever used through it.
q = '$(subst ','\'',$(1))'
# The build folder is keyed on both SOURCES and OUT (their absolute paths), so another SOURCES never reuses this one's files.
BUILD_KEY := $(shell printf '%s\n%s\n' "$$(realpath -m -- $(call q,$(SOURCES)))" "$$(realpath -m -- $(call q,$(OUT)))" | sha256sum | cut -c1-12)
ifeq ($(origin BUILD),undefined)
BUILD := build/$(shell basename -- $(call q,$(OUT)) | tr -c 'A-Za-z0-9._\n-' _)-$(BUILD_KEY)
endif

NODE := node --import tsx
# The stages run as JavaScript compiled from pipeline/ (one bundle per stage, rebuilt when a file it is built from
# changes: pipeline/build/bundle.mjs), not through tsx: that saves ≈ 0.4 s of start-up per stage. Tests and tools run
# the TypeScript sources.
JS := build/js
INSTALLED := node_modules/.installed
LIB := $(wildcard pipeline/lib/*.ts)
SCHEMAS := $(wildcard schemas/*.json)
REF_FILES := $(wildcard $(REFERENCE)/*.json)
# What the extraction of an article depends on besides the article (pipeline/build/cache-key.ts hashes the same).
EXTRACTION_CODE := pipeline/articles.ts $(wildcard pipeline/build/*.ts) pipeline/ingest.ts $(wildcard pipeline/ingest/*.ts) \
  pipeline/extract.ts $(wildcard pipeline/extract/*.ts) $(LIB) $(SCHEMAS) $(REF_FILES) package-lock.json

# The article set is an input: a stamp of every entry of SOURCES (name, type, size, modification and change times,
# inode) rewritten only when it changes, so adding, removing or renaming an article, copying one in with an old
# timestamp, or a different SOURCES all rerun the articles stage (which then re-extracts only what its cache lacks).
SET_STAMP := $(BUILD)/article-set.stamp
LIST := $(BUILD)/articles.json
LIST_DONE := $(BUILD)/articles.done
RECORDS := $(BUILD)/records.json
STAGE := $(BUILD)/out
RELEASED := $(BUILD)/released

TABLES := events visits agreements finance indicators entities sources mentions conflicts
CSV := $(TABLES:%=$(STAGE)/csv/%.csv)
DATAPACKAGE := $(STAGE)/datapackage.json
# The workbook is named after the dataset (DATASET_META's "name"). Reading it takes a node start (≈ 0.15 s on every
# make run, one with nothing to do too), so the name is kept in $(JS)/dataset-name with the file's path, size,
# modification time and inode, and read again only when one of those changed.
DATASET_NAME := $(shell k="$$(stat -c '%n %s %.9Y %i' -- $(call q,$(DATASET_META)) 2>/dev/null)"; c=$(JS)/dataset-name; \
  if [ -f "$$c" ] && [ "$$(head -n1 "$$c")" = "$$k" ]; then tail -n1 "$$c"; \
  else n="$$(node -p "require('./$(DATASET_META)').name" 2>/dev/null || echo dataset)"; echo "$$n"; \
  mkdir -p $(JS) && printf '%s\n%s\n' "$$k" "$$n" > "$$c.$$$$" && mv -f "$$c.$$$$" "$$c"; fi)
WORKBOOK := $(STAGE)/$(DATASET_NAME).xlsx
CHARTS := $(STAGE)/charts/charts.json
# The charts' PNGs ($(STAGE)/charts/<name>.png, named in charts.json), rendered beside the brief; a stamp, since
# the charts' names are known only once the charts stage ran. PNGs are cached by content hash in $(PNG_CACHE).
CHART_IMAGES := $(BUILD)/chart-images.done
PNG_CACHE := $(BUILD)/cache/chart-images
BRIEF := $(STAGE)/brief.pdf
# The site in two stages writing disjoint files of $(STAGE)/site: its pages (the facts table, a page per fact and
# per source, the assets: records and source texts only, so they run beside the charts, brief and workbook), and its
# overview (index.html with the downloads' sizes, the charts' and downloads' copies: after everything else). Each writes
# only the files that changed and its target (facts.html, index.html) last, every time.
SITE_PAGES := $(STAGE)/site/facts.html
SITE := $(STAGE)/site/index.html
# The published set: every file here (and everything under its top-level folder) is released together.
# Listed in the order make should start them: make starts a target's prerequisites in this order, and the longest
# chain after normalise is charts → brief → site overview, so charts go first and the workbook and the site's pages
# run beside them (the chart images, reached through the overview, come last).
PUBLISHED := $(CHARTS) $(BRIEF) $(WORKBOOK) $(CSV) $(DATAPACKAGE)
PUBLISHED += $(SITE_PAGES) $(SITE)
# With two jobs, the stages after normalise run as two chains: charts → brief → publish (2,040 articles: ≈ 1.4 + 3.0 +
# 0.5 s of CPU) on one job, workbook → site pages → chart images (≈ 3.2 + 1.7 + 0.55 s) on the other. make gives a free
# job to the first ready target it meets, so without the chains one of the stages ready from the start was always
# waiting for a job when the charts ended, and the brief, the longest stage, started after it. Publish ends the first
# chain and the chart images the second: for one article the second chain is the shorter by far (≈ 1 s against 2.5 s).
ifeq ($(JOBS),2)
$(CSV) $(DATAPACKAGE): | $(BRIEF)
$(SITE_PAGES): | $(WORKBOOK)
$(CHART_IMAGES): | $(SITE_PAGES)
endif

ifneq ($(if $(MAKECMDGOALS),$(filter-out help install test bench bench-scale lexicon-report clean,$(MAKECMDGOALS)),all),)
_ := $(shell mkdir -p $(BUILD) && h=$$({ find -L $(call q,$(SOURCES)) -mindepth 1 -maxdepth 1 -printf '%P\t%y\t%s\t%T@\t%C@\t%i\n' 2>&1 || true; } | LC_ALL=C sort | sha256sum) \
  && { [ "$$(cat $(SET_STAMP) 2>/dev/null)" = "$$h" ] || echo "$$h" > $(SET_STAMP); }; \
  [ -e $(call q,$(OUT))/datapackage.json ] || rm -f $(RELEASED))
endif

.PHONY: all install test bench bench-scale lexicon-report changelog help clean
## make all                      build every output from sources/articles into output/
## make all SOURCES=dir OUT=dir  the same pipeline on another folder of articles, into another folder
all: $(RELEASED)

## make help                     this list
help:
	@sed -n 's/^## //p' $(firstword $(MAKEFILE_LIST))

## make install                  install the npm packages (npm ci; make all does it when they are missing)
install: $(INSTALLED)
$(INSTALLED): package.json package-lock.json
	@echo "install  npm ci"
	@npm ci --no-audit --no-fund --loglevel=error >/dev/null
	@touch $@

BUNDLES := $(JS)/articles.mjs $(JS)/normalise.mjs $(JS)/publish.mjs $(JS)/workbook.mjs $(JS)/charts.mjs $(JS)/chart-images.mjs $(JS)/brief.mjs $(JS)/site.mjs $(JS)/site-overview.mjs $(JS)/build/release.mjs
# A bundle copies in the packages written in plain JavaScript, so it is rebuilt when they change (the install stamp).
$(BUNDLES): $(JS)/%.mjs: pipeline/%.ts pipeline/build/bundle.mjs $(INSTALLED)
	@node pipeline/build/bundle.mjs $< $@
-include $(wildcard $(JS)/*.mjs.d $(JS)/build/*.mjs.d)

$(SET_STAMP): ;
# The stamp of the articles stage never ends newer than the list, so `make -q all` says 0 once everything is built
# (make has no "restat"): when the list was rewritten, the stamp takes the list's time; when only the set changed
# (an article touched or copied in again) and the list came out the same, the set stamp and this one both take the
# list's time, so neither the stage nor normalise runs again. Any other change (the stage's code) stamps the time now.
$(LIST_DONE): $(SET_STAMP) $(JS)/articles.mjs $(EXTRACTION_CODE) | $(INSTALLED)
	@node $(JS)/articles.mjs $(call q,$(SOURCES)) $(call q,$(OUT)) $(BUILD)/extract $(LIST)
	@if [ ! -e $@ ] || [ $(LIST) -nt $@ ]; then touch -r $(LIST) $@; \
	elif [ '$?' = '$(SET_STAMP)' ]; then touch -r $(LIST) $(SET_STAMP) $@; \
	else touch $@; fi
# Rewritten by the articles stage only when the set or an article's extraction changed.
$(LIST): $(LIST_DONE) ;

$(RECORDS): $(LIST) $(JS)/normalise.mjs pipeline/normalise.ts $(wildcard pipeline/normalise/*.ts) $(LIB) $(SCHEMAS) $(REF_FILES) $(DATASET_META) | $(INSTALLED)
	@echo "normalise"
	@node $(JS)/normalise.mjs $(DATASET_META) $@ $(LIST)

$(CSV) $(DATAPACKAGE) &: $(RECORDS) $(JS)/publish.mjs pipeline/publish.ts $(LIB) $(SCHEMAS) | $(INSTALLED)
	@echo "publish  csv + datapackage"
	@node $(JS)/publish.mjs $(RECORDS) $(STAGE)

$(WORKBOOK): $(RECORDS) $(JS)/workbook.mjs pipeline/workbook.ts $(wildcard pipeline/workbook/*.ts) $(LIB) $(SCHEMAS) | $(INSTALLED)
	@echo "workbook $(notdir $@)"
	@node $(JS)/workbook.mjs $(RECORDS) $@

$(CHARTS): $(RECORDS) $(JS)/charts.mjs pipeline/charts.ts $(wildcard pipeline/charts/*.ts) $(LIB) | $(INSTALLED)
	@echo "charts"
	@node $(JS)/charts.mjs $(RECORDS) $(STAGE)/charts

$(CHART_IMAGES): $(CHARTS) $(JS)/chart-images.mjs pipeline/chart-images.ts $(wildcard pipeline/charts/*.ts) $(LIB) | $(INSTALLED)
	@echo "charts   images (PNG)"
	@node $(JS)/chart-images.mjs $(CHARTS) $(PNG_CACHE)
	@touch $@

$(BRIEF): $(RECORDS) $(CHARTS) $(JS)/brief.mjs pipeline/brief.ts $(wildcard pipeline/brief/*.ts) $(LIB) | $(INSTALLED)
	@echo "brief    $(notdir $@)"
	@node $(JS)/brief.mjs $(RECORDS) $(CHARTS) $@

SITE_CODE := $(wildcard pipeline/site/*.ts pipeline/site/templates/* pipeline/site/assets/*) $(LIB)
$(SITE_PAGES): $(RECORDS) $(JS)/site.mjs pipeline/site.ts $(SITE_CODE) | $(INSTALLED)
	@echo "site     site/ (pages)"
	@node $(JS)/site.mjs --sources=$(call q,$(SOURCES)) $(RECORDS) $(STAGE)/site

$(SITE): $(RECORDS) $(CHARTS) $(CHART_IMAGES) $(CSV) $(DATAPACKAGE) $(WORKBOOK) $(BRIEF) $(JS)/site-overview.mjs pipeline/site-overview.ts $(SITE_CODE) | $(INSTALLED)
	@echo "site     site/index.html"
	@node $(JS)/site-overview.mjs $(RECORDS) $(CHARTS) $(STAGE)/site $(CSV) $(DATAPACKAGE) $(WORKBOOK) $(BRIEF)

# The site's browser tests drive Debian's Chromium (playwright-core cannot download a browser here); installed only when missing.
CHROMIUM := /usr/bin/chromium
.PRECIOUS: $(CHROMIUM)
$(CHROMIUM):
	@echo "install  chromium (apt-get, for the browser tests)"
	@apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

$(RELEASED): $(PUBLISHED) $(CHART_IMAGES) $(JS)/build/release.mjs pipeline/build/release.ts | $(INSTALLED)
	@echo "release  $(OUT)"
	@node $(JS)/build/release.mjs --record=$(BUILD)/released-files.json $(STAGE) $(call q,$(OUT)) $(PUBLISHED:$(STAGE)/%=%)
	@touch $@

# make test builds everything into build/test-output (not output/), fails if that differs from the
# committed output/, then runs the tests against that fresh build.
TEST_OUT := build/test-output
TEST_BUILD := build/test-build
# The tests run make themselves, each as a top-level make with its own jobs (not as a child of this one).
AS_TOP_LEVEL := env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL
## make test                     typecheck, build afresh, check output/ is what `make all` makes, run the tests
test: $(INSTALLED) $(CHROMIUM)
	@echo "test     typecheck"
	@npx tsc --noEmit -p .
	@echo "test     fresh build into $(TEST_OUT)"
	@$(MAKE) --no-print-directory all OUT=$(TEST_OUT) BUILD=$(TEST_BUILD)
	@echo "test     output/ is what make all produces"
	@bash test/check-output-fresh.sh $(TEST_OUT) $(OUT)
	@echo "test     unit and golden tests"
	@$(AS_TOP_LEVEL) TEST_RECORDS=$(TEST_BUILD)/records.json TEST_OUTPUT=$(TEST_OUT) $(NODE) --test --test-reporter=spec test/*.test.ts

# The committed events.csv (at SINCE) against the fresh one in OUT; never part of `make all`.
SINCE ?= HEAD
## make changelog                add this release's events added/changed/removed (vs the committed output/) to CHANGELOG.md
## make changelog SINCE=ref      the same against the events.csv of another commit
changelog: $(RELEASED)
	@echo "changelog CHANGELOG.md (since $(SINCE))"
	@mkdir -p $(BUILD) && { git show $(SINCE):$(OUT)/csv/events.csv 2>/dev/null || true; } > $(BUILD)/events.previous.csv
	@$(NODE) pipeline/tools/changelog.ts $(BUILD)/events.previous.csv $(OUT)/csv/events.csv $(OUT)/datapackage.json CHANGELOG.md $(SINCE)

## make bench                    extraction throughput against the bare NLP library
bench: $(INSTALLED)
	@$(NODE) pipeline/bench.ts

# Breadth of the rules over SOURCES and every articles/ folder under test/fixtures (a report: it always exits 0).
## make lexicon-report           how many articles and sentences each trigger and cue fires on (--json: ARGS=--json)
lexicon-report: $(INSTALLED)
	@$(NODE) pipeline/tools/lexicon-report.ts $(ARGS) $(SOURCES) test/fixtures

## make bench-scale              wall time, MB/s and peak memory per stage at 1, 10, 100 MB and 2,000 articles
bench-scale: $(INSTALLED)
	@$(NODE) pipeline/bench-scale.ts

## make clean                    remove build/ (intermediate files and caches; output/ stays)
clean:
	rm -rf build
