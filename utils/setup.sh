#!/usr/bin/env bash
# ===- utils/setup.sh - install what memscope needs to build and test ---------===
#
# Idempotent. Installs the Debian packages memscope builds against and obtains
# the compiler-rt sources (sanitizer_common, interception, lsan) that the
# runtime compiles out of tree. Run as root (or with sudo available).
#
#   ./utils/setup.sh            # packages + compiler-rt source
#   ./utils/setup.sh --with-tests   # and compiler-rt's asan/lsan/sanitizer_common
#                                   # test files, for utils/asan-parity.py
#   MEMSCOPE_CRT_VERSION=19 ./utils/setup.sh
#
# The compiler-rt source is cached outside the source tree, in
# ${MEMSCOPE_CACHE:-$HOME/.cache/memscope}/compiler-rt-<version>, and its path is
# printed on the last line. CMake finds it there by default; any other checkout
# can be given with -DMEMSCOPE_COMPILER_RT_SRC=<dir>.
#
# See also: CMakeLists.txt (MEMSCOPE_COMPILER_RT_SRC), README.md.
# ===-------------------------------------------------------------------------===
set -euo pipefail

# The compiler-rt version is independent of the LLVM that builds the pass: the
# llvm-toolchain-22 source package is not served by the registry reachable
# here, and sanitizer_common 19.1.7 builds and works with clang-22.
CRT_VERSION=${MEMSCOPE_CRT_VERSION:-19}
LLVM_VERSION=${MEMSCOPE_LLVM_VERSION:-22}
CACHE=${MEMSCOPE_CACHE:-$HOME/.cache/memscope}
CRT_DIR="$CACHE/compiler-rt-$CRT_VERSION"
WITH_TESTS=0
for arg in "$@"; do
  case "$arg" in
    --with-tests) WITH_TESTS=1 ;;
    *) echo "setup: unknown option '$arg' (known: --with-tests)" >&2; exit 2 ;;
  esac
done

SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

PACKAGES=(
  "clang-$LLVM_VERSION" "llvm-$LLVM_VERSION-dev" "llvm-$LLVM_VERSION-tools"
  "libclang-rt-$LLVM_VERSION-dev" "libc++-$LLVM_VERSION-dev"
  "libc++abi-$LLVM_VERSION-dev"
  libtbb-dev rapidjson-dev libzstd-dev zstd googletest libgtest-dev cmake ninja-build
  dpkg-dev xz-utils python3 python3-psutil
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# lit ships with llvm-N-tools as a Python package; make sure it is runnable.
LLVM_BIN=/usr/lib/llvm-$LLVM_VERSION/bin
if [ ! -x "$LLVM_BIN/FileCheck" ]; then
  echo "setup: $LLVM_BIN/FileCheck missing after install" >&2
  exit 1
fi

# --- compiler-rt source ------------------------------------------------------
if [ -f "$CRT_DIR/.complete" ] && { [ $WITH_TESTS = 0 ] || [ -d "$CRT_DIR/test/asan" ]; }; then
  echo "setup: compiler-rt $CRT_VERSION source already in $CRT_DIR"
  echo "$CRT_DIR"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/dl"

# A private deb-src list derived from the system's own sources: the same
# mirrors and suites, with Types: deb changed to deb-src. No host name is
# written here; whatever the machine is configured with is what we use.
src_list="$work/sources.list"
: >"$src_list"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' "$f" >>"$src_list"
done
src_parts="$work/sources.list.d"
mkdir -p "$src_parts"
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  sed 's/^Types:.*/Types: deb-src/' "$f" >"$src_parts/$(basename "$f")"
done

APT_OPTS=(
  -o "Dir::Etc::sourcelist=$src_list"
  -o "Dir::Etc::sourceparts=$src_parts"
  -o "Dir::State::Lists=$work/lists"
  -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=root"
)
echo "setup: fetching llvm-toolchain-$CRT_VERSION source index"
apt-get "${APT_OPTS[@]}" update -qq
(cd "$work/dl" &&
  apt-get "${APT_OPTS[@]}" source --download-only -qq "llvm-toolchain-$CRT_VERSION")

orig=$(ls "$work"/dl/llvm-toolchain-"$CRT_VERSION"_*.orig.tar.* | head -n 1)
if [ -z "$orig" ]; then
  echo "setup: no llvm-toolchain-$CRT_VERSION orig tarball was downloaded" >&2
  exit 1
fi
echo "setup: extracting compiler-rt from $(basename "$orig")"
mkdir -p "$work/x"
# Wildcards on the first path component, so the archive need not be listed
# first (listing 165 MB of xz costs as much as extracting from it).
tar -xf "$orig" -C "$work/x" --wildcards \
  '*/compiler-rt/include/*' \
  '*/compiler-rt/lib/sanitizer_common/*' \
  '*/compiler-rt/lib/interception/*' \
  '*/compiler-rt/lib/lsan/*'
if [ $WITH_TESTS = 1 ]; then
  tar -xf "$orig" -C "$work/x" --wildcards \
    '*/compiler-rt/test/asan/*' \
    '*/compiler-rt/test/lsan/*' \
    '*/compiler-rt/test/sanitizer_common/*'
fi
extracted=$(find "$work/x" -mindepth 2 -maxdepth 2 -type d -name compiler-rt)
if [ ! -d "$extracted/lib/sanitizer_common" ]; then
  echo "setup: $(basename "$orig") has no compiler-rt/lib/sanitizer_common" >&2
  exit 1
fi
rm -rf "$CRT_DIR"
mkdir -p "$CACHE"
mv "$extracted" "$CRT_DIR"
basename "$orig" >"$CRT_DIR/.complete"
echo "setup: compiler-rt $CRT_VERSION source in $CRT_DIR"
echo "$CRT_DIR"
