# `make polyglot`: clients generated from openapi.yaml by common generators must
# generate, compile, be typed right and work end to end, with the wire adapters of
# polyglot/adapters/, against the fake writing its answers as the service does. Include it from the
# main Makefile (`include polyglot/polyglot.mk`); see docs/polyglot.md.
#
# Installs what it needs itself, each step skipped when already done (a few ms then):
#   pip    openapi-generator-cli==7.26.0 into .venv (bundles openapi-generator's jar; runs on Java 17)
#   npm    polyglot/package.json + package-lock.json (npm ci): openapi-typescript, openapi-fetch,
#          @hey-api/openapi-ts, typescript, @types/node, @stoplight/spectral-cli
#   apt    golang-go (Go 1.19) and the Debian jars javac/java use (when missing, as root only)
#
# POLYGLOT_ARGS: passed to polyglot/run.py, e.g. POLYGLOT_ARGS='--only oag-go,hey-api'.

PY ?= .venv/bin/python
POLYGLOT_DIR := polyglot
POLYGLOT_OAG_VERSION := 7.26.0
POLYGLOT_OAG_STAMP := .venv/.polyglot-openapi-generator-$(POLYGLOT_OAG_VERSION)
POLYGLOT_NODE_STAMP := $(POLYGLOT_DIR)/node_modules/.stamp
# Debian packages: the Go toolchain, a JDK (javac) and the jars of the Java client's dependencies
# (jackson core/databind/annotations 2.14, httpmime/httpclient/httpcore 4.5, jakarta.annotation).
POLYGLOT_APT_PACKAGES := golang-go libjackson2-core-java libjackson2-databind-java \
  libjackson2-annotations-java libhttpmime-java libhttpclient-java libhttpcore-java \
  libjakarta-annotation-api-java
POLYGLOT_JARS := jackson-core jackson-databind jackson-annotations httpmime httpclient httpcore \
  jakarta-annotation-api
POLYGLOT_ARGS ?=

.PHONY: polyglot polyglot-tools polyglot-apt polyglot-spectral polyglot-clean

polyglot: polyglot-tools polyglot-spectral workflows
	$(PY) $(POLYGLOT_DIR)/run.py $(POLYGLOT_ARGS)

polyglot-tools: .venv/.stamp $(POLYGLOT_OAG_STAMP) $(POLYGLOT_NODE_STAMP) polyglot-apt

$(POLYGLOT_OAG_STAMP): | .venv/.stamp
	$(PY) -m pip install -q 'openapi-generator-cli==$(POLYGLOT_OAG_VERSION)'
	touch $@

# --ignore-scripts: no package here needs an install script (the one that has one only reports
# installs to its vendor).
$(POLYGLOT_NODE_STAMP): $(POLYGLOT_DIR)/package.json $(POLYGLOT_DIR)/package-lock.json
	SCARF_ANALYTICS=false npm ci --prefix $(POLYGLOT_DIR) --no-audit --no-fund --ignore-scripts
	touch $@

polyglot-apt:
	@missing=""; \
	command -v go >/dev/null || missing="$$missing golang-go"; \
	command -v javac >/dev/null || missing="$$missing openjdk-17-jdk-headless"; \
	for jar in $(POLYGLOT_JARS); do [ -e "/usr/share/java/$$jar.jar" ] || missing="$$missing $(POLYGLOT_APT_PACKAGES)"; done; \
	if [ -n "$$missing" ]; then \
	  pkgs="$$(echo $$missing | tr ' ' '\n' | sort -u | tr '\n' ' ')"; \
	  if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then \
	    echo "polyglot: missing Debian packages: $$pkgs(install them as root with apt-get)" >&2; exit 1; \
	  fi; \
	  echo "polyglot: apt-get install $$pkgs"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $$pkgs >/dev/null; \
	fi

# Spectral beside Redocly: spectral:oas (.spectral.yaml), failing on warnings too.
polyglot-spectral: $(POLYGLOT_NODE_STAMP)
	$(POLYGLOT_DIR)/node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=warn openapi.yaml

polyglot-clean:
	rm -rf $(POLYGLOT_DIR)/out
