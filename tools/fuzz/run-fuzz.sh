#!/usr/bin/env bash
# Fuzzes the protocol decoder and the request dispatcher, and the HTTP side of the
# listener (heads and routes), with libFuzzer, ASan and UBSan: two thirds of the time
# for the protocol, one third for HTTP.
# Usage: tools/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]. Without clang it says so and exits 0.
# The corpora grow in BUILD_DIR/corpus and BUILD_DIR/corpus-http; findings (crash-*, leak-*) land in BUILD_DIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
build="${2:-build-fuzz}"
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed: no fuzz run."
    exit 0
fi
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DPRESSO_FUZZ=ON \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
        >/dev/null
fi
cmake --build "$build" --target fuzz_protocol fuzz_http
mkdir -p "$build/corpus" "$build/corpus-http"
cd "$build"
rm -f fuzz.log
# fuzz TARGET SECONDS CORPUS SEEDS
fuzz() {
    echo "Fuzzing $1 for $2 s"
    "./tests/$1" -max_total_time="$2" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 "$3" "$4" 2>&1 \
        | tee -a fuzz.log | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' || true
}
fuzz fuzz_protocol $(( seconds * 2 / 3 )) corpus ../tests/fuzz/corpus
fuzz fuzz_http $(( seconds - seconds * 2 / 3 )) corpus-http ../tests/fuzz/corpus-http
if grep -qE '==[0-9]+==ERROR|^SUMMARY|deadly signal' fuzz.log; then
    echo "The fuzzer found a problem: see $build/fuzz.log and $build/crash-*" >&2
    exit 1
fi
