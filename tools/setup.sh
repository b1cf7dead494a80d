#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine for AutoQa: system packages, the native whisper.cpp build, the .NET build.
# Safe to run again: it installs only what is missing, and the native build is cached.
# Usage: tools/setup.sh [--cuda]   (--cuda builds whisper.cpp with CUDA; needs nvcc)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# need PACKAGE PROOF: the Debian package is missing unless PROOF is a command on PATH or an existing path.
need() { command -v "$2" >/dev/null 2>&1 || [ -e "$2" ] || missing+=("$1"); }
need ffmpeg ffmpeg
need sox sox
need libsox-fmt-all /usr/share/doc/libsox-fmt-all
need espeak-ng espeak-ng
need flite flite
need pocketsphinx pocketsphinx_continuous
need pocketsphinx-en-us /usr/share/pocketsphinx/model/en-us
need libpocketsphinx3 /usr/share/doc/libpocketsphinx3
need cmake cmake
need g++ g++
need npm npm
need openssl openssl
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
  echo "setup: the .NET 10 SDK is required (https://dot.net); it is not in Debian's archive" >&2
  exit 1
fi

tools/build-whisper.sh "$@"
echo "setup: building AutoQa"
dotnet build AutoQa.sln -c Release -v quiet -nologo

# The voice-activity model is small and needed by every run: fetch it now. Machines without internet import a
# local copy instead (verified against the manifest's sha256 all the same): $AUTOQA_MODEL_SOURCE names a folder
# holding model files; a workplace 'shared/models/vad' folder beside the repository is used when present.
if ! ./autoqa models verify silero-vad >/dev/null 2>&1; then
  source="${AUTOQA_MODEL_SOURCE:-}"
  if [ -z "$source" ] && [ -d ../shared/models/vad ]; then source=../shared/models/vad; fi
  if [ -n "$source" ]; then
    ./autoqa models pull silero-vad --from "$source"
  else
    ./autoqa models pull silero-vad || echo "setup: warning: could not download silero-vad; run './autoqa models pull silero-vad [--from FILE]' before './autoqa run'" >&2
  fi
fi
echo "setup: ready. Try: ./autoqa demo (or ./autoqa --help)"
