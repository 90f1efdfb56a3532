# ===- test/lit.cfg.py - lit configuration for memscope's suites ---------=== #
#
# Substitutions every test can use:
#   %opt_memscope   opt with the plugin loaded (add -passes=memscope)
#   %clang_memscope / %clangxx_memscope
#                   the drivers with -fsanitize=memscope -g
#   %clang_memscope_leak / %clangxx_memscope_leak
#                   the same with -fsanitize=memscope-leak (leak-only build)
#   %clang / %clangxx
#                   plain clang-22, for uninstrumented parts of a test
#   %memscope_lib   the build's lib/ directory
# FileCheck, not, count and llvm-* come first on PATH from the LLVM tools dir.
# Instrumented programs run with MEMSCOPE_OPTIONS cleared, so a developer's
# own settings never change a test's outcome.
# ===--------------------------------------------------------------------=== #
import os
import re
import shutil
import sys
import lit.formats

config.name = "memscope"

# A test that hangs (a deadlock after fork, say) fails after five minutes
# instead of holding CI until its own limit; lit needs psutil to kill it.
try:
    import psutil  # noqa: F401
    lit_config.maxIndividualTestTime = 300
except ImportError:
    lit_config.note("python3-psutil missing: no per-test time limit")
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".cpp", ".rs", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.memscope_bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("MEMSCOPE_OPTIONS", "ASAN_OPTIONS", "LSAN_OPTIONS"):
    config.environment.pop(var, None)
# Keep symbolisation deterministic: llvm-symbolizer is found next to clang.
config.environment["HOME"] = os.environ.get("HOME", "/tmp")

opt = os.path.join(config.llvm_tools_dir, "opt")
clang = os.path.join(config.llvm_tools_dir, "clang")
clangxx = os.path.join(config.llvm_tools_dir, "clang++")
driver_c = os.path.join(config.memscope_bin_dir, "memscope-clang")
driver_cxx = os.path.join(config.memscope_bin_dir, "memscope-clang++")

config.substitutions.append(("%opt_memscope", "%s -load-pass-plugin=%s" % (opt, config.memscope_plugin)))
# The leak-only build first: lit substitutes in order, and the names share a
# prefix.
config.substitutions.append(("%clangxx_memscope_leak", "%s -fsanitize=memscope-leak -g" % driver_cxx))
config.substitutions.append(("%clang_memscope_leak", "%s -fsanitize=memscope-leak -g" % driver_c))
config.substitutions.append(("%clangxx_memscope", "%s -fsanitize=memscope -g" % driver_cxx))
config.substitutions.append(("%clang_memscope", "%s -fsanitize=memscope -g" % driver_c))
config.substitutions.append(("%clangxx", clangxx))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%memscope_lib", os.path.join(config.memscope_obj_root, "lib")))
config.substitutions.append(("%memscope_src", config.memscope_src_root))
config.substitutions.append(("%memscope_plugin", config.memscope_plugin))
# The Python that runs lit, for the tests' helper scripts.
config.substitutions.append(("%python", '"%s"' % sys.executable))

config.available_features.add("llvm-%s" % config.llvm_version_major)
if shutil.which("gcc"):
    config.available_features.add("gcc")
if os.path.exists("/usr/lib/llvm-%s/include/c++/v1" % config.llvm_version_major):
    config.available_features.add("libcxx")
# Tests of AVX-512 code run only on a processor that has it.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        if re.search(r"^flags\s*:.*\bavx512f\b", cpuinfo.read(), re.M):
            config.available_features.add("avx512f")
except OSError:
    pass

# Rust (docs/Rust.md): rustup's proxies need HOME (or RUSTUP_HOME and
# CARGO_HOME) to find the toolchains. The Rust tests run where a rustc on
# the LLVM memscope is built for is on PATH (rustup's stable and nightly of
# late 2026 are).
for name in ("HOME", "RUSTUP_HOME", "CARGO_HOME", "RUSTUP_TOOLCHAIN"):
    if name in os.environ:
        config.environment[name] = os.environ[name]
_rustc = shutil.which("rustc")
if _rustc:
    import subprocess
    try:
        _version = subprocess.run([_rustc, "-vV"], capture_output=True, text=True,
                                  timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        _version = ""
    if ("LLVM version: %s." % config.llvm_version_major) in _version:
        config.available_features.add("rustc")
        if shutil.which("cargo"):
            config.available_features.add("cargo")
