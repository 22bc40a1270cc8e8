# timelined — the two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DEBUG := .build/debug
BIN_RELEASE := .build/release

BIN ?= $(BIN_RELEASE)

.PHONY: all deps build release run test soak eval bench peers model fuzz load install install-files uninstall format clean screenshot man

all: build

# Build-time system packages (libsystemd for CSystemd, SQLite for GRDB, pkg-config to find them).
deps:
	@if ! pkg-config --exists libsystemd sqlite3 2>/dev/null; then \
		echo "installing libsystemd-dev libsqlite3-dev pkg-config"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libsystemd-dev libsqlite3-dev pkg-config; \
	fi
	@command -v systemd-analyze >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq systemd; }
	@# The web view's tests load the page in headless Chromium and query it with curl.
	@command -v chromium >/dev/null && command -v curl >/dev/null && command -v script >/dev/null || { \
		echo "installing chromium curl bsdutils"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends chromium curl bsdutils; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Start the daemon in the foreground on the embedded defaults under ./var/ (Ctrl-C stops it).
run: release
	$(BIN_RELEASE)/timelined

# Everything CI runs: unit tests, the real daemon end to end, the systemd units.
test: deps
	$(SWIFT) build --build-tests
	TIMELINED_BIN_DIR=$(CURDIR)/$(BIN_DEBUG) $(SWIFT) test --skip-build
	BIN=$(CURDIR)/$(BIN_DEBUG) COUNT=300 KILLS=20 scripts/killtest.sh

# The kill test in its long form: 1,000 documents, 50 SIGKILLs, on the release build.
soak: release
	BIN=$(CURDIR)/$(BIN_RELEASE) COUNT=1000 KILLS=50 scripts/killtest.sh

# Score the extraction on TBAQ exactly as te3score.py does (add --anchors for anchorscore.py).
eval: build
	$(BIN_DEBUG)/timelinectl eval ../shared/corpora/tbaq

# Regenerate the event-trigger model (checked in) from the TBAQ gold EVENTs; deterministic.
model: release
	$(BIN_RELEASE)/timelinectl train-events ../shared/corpora/tbaq --output Sources/TimelineCore/Events/EventModel+Weights.swift

# Extraction throughput: MB/s of body text, single core, release, against a plain read of the same text
# and HeidelTime's steady-state throughput measured in the same run (once `make peers` has installed it).
bench: deps
	SCRATCH=$(CURDIR)/.build scripts/bench.sh

# timelined next to HeidelTime and dateparser (creates .venv-heideltime/ and .venv-dateparser/).
peers: deps
	SCRATCH=$(CURDIR)/.build scripts/compare-peers.sh

# libFuzzer targets (package Fuzz/): each runs FUZZ_SECONDS (default 60), one at a time, at low priority.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) scripts/fuzz.sh

# Under load: 1M-event store, 64 clients on the real daemon's socket, with and without 100 drops/s, and
# drop-to-queryable latency (release; the store is cached under .build/load/).
load: release
	$(SWIFT) build -c release --product timeline-load
	$(BIN_RELEASE)/timeline-load --bin-dir $(BIN_RELEASE)

install: release
	$(MAKE) install-files BIN=$(BIN_RELEASE)
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then \
		systemd-sysusers timelined.conf && systemd-tmpfiles --create timelined.conf && systemctl daemon-reload; \
		echo "now: systemctl enable --now timelined.socket timelined.service"; \
	fi

# What `install` copies, from the binaries in $(BIN): programs, man pages, shell completions, units, config.
install-files:
	install -Dm755 $(BIN)/timelined $(DESTDIR)$(PREFIX)/bin/timelined
	install -Dm755 $(BIN)/timelinectl $(DESTDIR)$(PREFIX)/bin/timelinectl
	install -Dm644 -t $(DESTDIR)$(PREFIX)/share/man/man1 man/timelined.1 man/timelinectl.1
	for program in timelined timelinectl; do \
		install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
			$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d && \
		$(BIN)/$$program --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$program && \
		$(BIN)/$$program --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_$$program && \
		$(BIN)/$$program --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$program.fish \
		|| exit 1; \
	done
	install -Dm644 systemd/timelined.service $(DESTDIR)$(PREFIX)/lib/systemd/system/timelined.service
	install -Dm644 systemd/timelined.socket $(DESTDIR)$(PREFIX)/lib/systemd/system/timelined.socket
	install -Dm644 systemd/timelined.sysusers $(DESTDIR)$(PREFIX)/lib/sysusers.d/timelined.conf
	install -Dm644 systemd/timelined.tmpfiles $(DESTDIR)$(PREFIX)/lib/tmpfiles.d/timelined.conf
	install -Dm644 README.md $(DESTDIR)$(PREFIX)/share/doc/timelined/README.md
	@if [ -e $(DESTDIR)/etc/timelined/timelined.toml ]; then \
		echo "keeping existing /etc/timelined/timelined.toml"; \
	else \
		install -Dm644 config/timelined.toml $(DESTDIR)/etc/timelined/timelined.toml; \
	fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/timelined $(DESTDIR)$(PREFIX)/bin/timelinectl \
		$(DESTDIR)$(PREFIX)/lib/systemd/system/timelined.service $(DESTDIR)$(PREFIX)/lib/systemd/system/timelined.socket \
		$(DESTDIR)$(PREFIX)/lib/sysusers.d/timelined.conf $(DESTDIR)$(PREFIX)/lib/tmpfiles.d/timelined.conf \
		$(DESTDIR)$(PREFIX)/share/man/man1/timelined.1 $(DESTDIR)$(PREFIX)/share/man/man1/timelinectl.1
	for program in timelined timelinectl; do rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$program \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_$$program \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$program.fish; done

# docs/timeline.png: the web view over the worked example, drawn by headless Chromium.
screenshot: build
	BIN=$(CURDIR)/$(BIN_DEBUG) scripts/screenshot.sh docs/timeline.png

# man/*.1 from the programs' own help (swift-argument-parser's generate-manual plugin); run after changing options.
man:
	$(SWIFT) package generate-manual --configuration debug
	cp .build/plugins/GenerateManual/outputs/timelinectl/timelinectl.1 .build/plugins/GenerateManual/outputs/timelined/timelined.1 man/

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build var
