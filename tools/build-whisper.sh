#!/usr/bin/env bash
# Builds whisper.cpp 1.9.1 (with ggml) as shared libraries plus whisper-cli, and caches the result.
#
# Source: the npm package nodejs-whisper@0.3.1 ships whisper.cpp 1.9.1 under package/cpp/whisper.cpp.
# The tarball's sha512 is pinned below and checked before anything is built.
#
# Usage: tools/build-whisper.sh [--cuda] [--force] [--print-dir]
#   --cuda       build with GGML_CUDA (needs nvcc); default is a CPU build with native SIMD
#   --force      rebuild even if the cache is complete
#   --print-dir  print the cache folder this build uses and exit
# Cache: $AUTOQA_NATIVE_CACHE (default ~/.cache/autoqa/native)/whisper.cpp-1.9.1-<cpu|cuda>/{lib,bin}
set -euo pipefail

readonly package="nodejs-whisper@0.3.1"
readonly integrity="ceoilUVraRuR5FnNyXpGQT2auAR48Oc3AQBEmkXnVpSn9iN6yVRzQBFCqVTGWbk6Wdi95NhvwXNzFvuR7erLWw=="
readonly whisper_version="1.9.1"

flavour=cpu
force=0
print_dir=0
for arg in "$@"; do
  case "$arg" in
    --cuda) flavour=cuda ;;
    --force) force=1 ;;
    --print-dir) print_dir=1 ;;
    *) echo "build-whisper: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

cache_root="${AUTOQA_NATIVE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/autoqa/native}"
prefix="$cache_root/whisper.cpp-$whisper_version-$flavour"
stamp="$prefix/.complete"

if [ "$print_dir" = 1 ]; then echo "$prefix"; exit 0; fi
if [ "$force" = 0 ] && [ -f "$stamp" ]; then
  echo "whisper.cpp $whisper_version ($flavour) already built in $prefix"
  exit 0
fi

for tool in npm cmake g++ openssl tar; do
  command -v "$tool" >/dev/null || { echo "build-whisper: '$tool' is required (run ./setup.sh)" >&2; exit 1; }
done
if [ "$flavour" = cuda ] && ! command -v nvcc >/dev/null; then
  echo "build-whisper: --cuda asked, but nvcc is not on PATH" >&2; exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "build-whisper: fetching $package"
(cd "$work" && npm pack --silent "$package" >/dev/null)
tarball="$(ls "$work"/nodejs-whisper-*.tgz)"
actual="$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "build-whisper: integrity mismatch for $package: expected sha512-$integrity, got sha512-$actual" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" package/cpp/whisper.cpp
src="$work/package/cpp/whisper.cpp"

cmake_args=(
  -S "$src" -B "$work/build"
  -DCMAKE_BUILD_TYPE=Release
  -DBUILD_SHARED_LIBS=ON
  -DWHISPER_BUILD_TESTS=OFF
  -DWHISPER_BUILD_EXAMPLES=ON
  -DWHISPER_BUILD_SERVER=OFF
  -DGGML_NATIVE=ON
  -DCMAKE_INSTALL_PREFIX="$prefix"
  -DCMAKE_BUILD_WITH_INSTALL_RPATH=ON
  -DCMAKE_INSTALL_RPATH='$ORIGIN;$ORIGIN/../lib'
)
[ "$flavour" = cuda ] && cmake_args+=(-DGGML_CUDA=ON)

echo "build-whisper: configuring ($flavour)"
cmake "${cmake_args[@]}" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
echo "build-whisper: compiling with $(nproc) jobs"
cmake --build "$work/build" --config Release -j "$(nproc)" --target whisper whisper-cli >"$work/build.log" 2>&1 \
  || { tail -50 "$work/build.log" >&2; exit 1; }

rm -rf "$prefix.tmp" && mkdir -p "$prefix.tmp/lib" "$prefix.tmp/bin"
find "$work/build" -name 'lib*.so*' \( -name 'libwhisper*' -o -name 'libggml*' \) -exec cp -P {} "$prefix.tmp/lib/" \;
cp "$work/build/bin/whisper-cli" "$prefix.tmp/bin/"
echo "whisper.cpp $whisper_version $flavour from $package sha512-$integrity" >"$prefix.tmp/.complete"
rm -rf "$prefix" && mv "$prefix.tmp" "$prefix"
echo "build-whisper: done: $prefix"
