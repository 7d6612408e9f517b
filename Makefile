# The README's commands. Each one installs what is missing, configures and builds first.
BUILD_DIR := build
CMAKE_PRESET := default
JOBS ?= $(shell nproc)

.PHONY: all deps configure build test test-long test-asan demo bench fuzz package clean

all: build

deps:
	@tools/setup/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(CMAKE_PRESET); fi

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

FUZZ_SECONDS ?= 30

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 300 -LE long
	@tools/fuzz/run-fuzz.sh $(FUZZ_SECONDS)

# The long runs that do not fit CI's time: 1,000 power cuts, 100 kills of PostgreSQL,
# two weeks of 1,000 drinks a day, 10,000 idle connections, a flood from 90 addresses,
# ten drinks a phone over the café's Wi-Fi, and eight kills of two servers on PostgreSQL.
test-long: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen PRESSO_POWER_CUTS=1000 PRESSO_SOAK_DRINKS=1000 \
		PRESSO_PG_CUTS=100 PRESSO_IDLE_CONNECTIONS=10000 PRESSO_FLOOD_ADDRESSES=90 PRESSO_CAFE_DRINKS=10 \
		ctest -V -R '^(tst_(powercut|soak|pgpowercut|openwifi|cafewifi)|chaos_pg)$$' --timeout 3600

fuzz: deps
	@tools/fuzz/run-fuzz.sh $(or $(SECONDS),600)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@if [ ! -f build-asan/build.ninja ]; then cmake --preset asan; fi
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tools/asan/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS) --timeout 600

demo: build
	@tools/demo/run-demo.sh $(BUILD_DIR)

bench: build
	@tools/bench/run-bench.sh $(BUILD_DIR)

# Debian packages in build/ (docs/operations.md), checked with lintian.
package: build
	@cd $(BUILD_DIR) && cpack -G DEB
	@lintian --fail-on error $(BUILD_DIR)/presso-*_$$(sed -n 's/^project(presso VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)_*.deb

clean:
	@rm -rf $(BUILD_DIR)
