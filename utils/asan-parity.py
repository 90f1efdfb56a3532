#!/usr/bin/env python3
# ===- utils/asan-parity.py - compiler-rt's ASan/LSan tests, run on memscope -===#
#
#   utils/asan-parity.py [--build DIR] [--jobs N] [--markdown FILE] PATH...
#
# Runs compiler-rt's AddressSanitizer and LeakSanitizer test files (lit
# tests: `RUN:` lines and FileCheck patterns; PATH is a file or a folder such
# as llvm-project/compiler-rt/test/asan/TestCases) twice: with clang-22's
# ASan, and with memscope, where %clangxx_asan and %clang_lsan and the
# others become memscope's drivers and every "AddressSanitizer" in the test
# is read as "memscope" (the test is copied with that word replaced, and
# the tool-name patterns of LSan's tests, {{.*}}Sanitizer and
# {{(Leak|Address)}}Sanitizer, and the word ASan in a CHECK line, made to
# admit memscope too; line numbers are kept). Prints one line per test
# (PASS, FAIL with the failing RUN line, UNSUPPORTED with why) and the
# totals, and with --markdown writes the table for docs/.
#
# A test is UNSUPPORTED when it asks for a feature this machine does not
# have (REQUIRES: other targets, Darwin, Windows, Android, ...), is marked
# UNSUPPORTED or XFAIL for linux or x86_64, or uses a lit substitution this
# runner does not know (shared-library and ODR helpers among them).
#
# sanitizer_common's tests (PATH under sanitizer_common/TestCases) run as
# lit runs them for ASan: %clang and %clangxx are the tool's compilers,
# %tool_name is asan, %env_tool_opts= sets ASAN_OPTIONS, and the feature
# asan holds.
# ===----------------------------------------------------------------------===#
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
VERBOSE = False  # --verbose: a failing RUN line's output goes to stderr
LLVM_BIN = "/usr/lib/llvm-22/bin"
FEATURES = {"linux", "x86_64-target-arch", "x86-target-arch", "shell",
            "asan-64-bits", "stable-runtime", "x86_64", "glibc", "Clang",
            "glibc-2.27", "lsan", "leak-detection", "fast-unwinder-works",
            "compiler-rt-optimized", "asan-dynamic-runtime", "shadow-scale-3"}
# Features a feature expression may name that are false here.
FALSE_FEATURES = {"darwin", "windows", "win32", "android", "freebsd",
                  "netbsd", "solaris", "aix", "arm", "aarch64", "i386",
                  "powerpc64", "s390x", "riscv64", "mips", "sparc",
                  "ios", "iossim", "msvc", "asan-32-bits", "asan-static-runtime",
                  "i386-target-arch", "hwaddress", "target-is-mips64el",
                  "loongarch64", "musl", "ubsan-standalone"}


def test_root(path):
    """compiler-rt/test above the test, whose helpers tests include as
    "sanitizer_common/print_address.h" (lit adds it to the compilers)."""
    folder = os.path.dirname(os.path.abspath(path))
    while folder != os.path.dirname(folder):
        if (os.path.basename(folder) == "test" and
                os.path.basename(os.path.dirname(folder)) == "compiler-rt"):
            return folder
        folder = os.path.dirname(folder)
    return None


def tools(mode, build, include):
    """The compile substitutions of one mode, by name (without the %)."""
    if mode == "asan":
        cxx = "clang++-22 -fsanitize=address -g"
        cc = "clang-22 -fsanitize=address -g"
        lsan_cxx = "clang++-22 -fsanitize=leak -g"
        lsan_cc = "clang-22 -fsanitize=leak -g"
    else:
        cxx = os.path.join(build, "bin", "memscope-clang++") + " -fsanitize=memscope -g"
        cc = os.path.join(build, "bin", "memscope-clang") + " -fsanitize=memscope -g"
        lsan_cxx, lsan_cc = cxx, cc
    flags = " -I" + include if include else ""
    return {"clangxx_asan": cxx + flags, "clang_asan": cc + flags,
            "clangxx_lsan": lsan_cxx + flags, "clang_lsan": lsan_cc + flags,
            "clangxx": "clang++-22" + flags, "clang_cpp": "clang++-22" + flags,
            "clang": "clang-22" + flags}


def feature_true(expr, features=FEATURES):
    """Evaluates a lit feature expression (&&, ||, !, parentheses)."""
    # A name may hold a {{regex}} (target={{.*windows.*}}), whose | and ()
    # are the regex's.
    tokens = re.findall(r"(?:[^\s()&|!{]|\{\{.*?\}\})+|\(|\)|&&|\|\||!", expr)
    python = []
    for t in tokens:
        if t == "&&":
            python.append(" and ")
        elif t == "||":
            python.append(" or ")
        elif t == "!":
            python.append(" not ")
        elif t in "()":
            python.append(t)
        else:
            name = t.strip()
            if "{{" in name:  # lit's regex form, against every feature
                pattern = "".join(
                    "(?:%s)" % part[2:-2] if part.startswith("{{")
                    else re.escape(part)
                    for part in re.split(r"(\{\{.*?\}\})", name))
                ok = any(re.fullmatch(pattern, f) for f in
                         features | {"target=x86_64-unknown-linux-gnu"})
            elif "*" in name:  # a target-triple glob such as *-linux-*
                ok = re.fullmatch(name.replace("*", ".*"),
                                  "x86_64-unknown-linux-gnu") is not None
            else:
                ok = name in features
            python.append("True" if ok else "False")
    try:
        return bool(eval("".join(python) or "False"))
    except (SyntaxError, NameError):
        return False


def common_test(path):
    """Whether path is one of sanitizer_common's tests, which lit runs once
    per tool with the tool's compilers as %clang and %clangxx."""
    return "/sanitizer_common/TestCases/" in os.path.abspath(path)


def parse(path):
    """RUN lines (continuations joined) and the reason to skip, if any."""
    features = FEATURES | {"asan"} if common_test(path) else FEATURES
    runs, skip, pending = [], None, ""
    for line in open(path, errors="replace").read().splitlines():
        m = re.search(r"\b(RUN|REQUIRES|UNSUPPORTED|XFAIL):(.*)$", line)
        if not m:
            continue
        key, text = m.group(1), m.group(2).strip()
        if key == "RUN":
            if text.endswith("\\"):
                pending += text[:-1] + " "
                continue
            runs.append(pending + text)
            pending = ""
        elif key == "REQUIRES":
            for expr in text.split(","):
                if expr.strip() and not feature_true(expr, features):
                    skip = skip or "REQUIRES: " + expr.strip()
        else:
            for expr in text.split(","):
                if expr.strip() and feature_true(expr, features):
                    skip = skip or "%s: %s" % (key, expr.strip())
    return runs, skip


def run_test(path, mode, build, timeout):
    try:
        return run_one(path, mode, build, timeout)
    except Exception as error:  # one unreadable test must not lose the run
        return "UNSUPPORTED", "runner error: %s" % error


def run_one(path, mode, build, timeout):
    runs, skip = parse(path)
    if skip:
        return "UNSUPPORTED", skip
    if not runs:
        return "UNSUPPORTED", "no RUN line"
    work = tempfile.mkdtemp(prefix="parity-")
    try:
        source = os.path.join(work, os.path.basename(path))
        text = open(path, errors="replace").read()
        if mode == "memscope":
            text = text.replace("AddressSanitizer", "memscope")
            # LSan's tests match the tool's name with a pattern
            # ({{.*}}Sanitizer, {{(Leak|Address)}}Sanitizer: its own, or
            # ASan's when ASan runs the leak check); memscope is one of them
            # too (its leak report's ERROR line keeps LeakSanitizer).
            text = re.sub(r"\{\{([^{}]*)\}\}Sanitizer",
                          r"{{(\1)Sanitizer|memscope}}", text)
            # And inside a pattern ({{ERROR: .*Sanitizer: ...}}) or a
            # variable's ([[SAN:.*Sanitizer]]).
            text = re.sub(r"\.\*Sanitizer(?=[^{}\[\]]*(\}\}|\]\]))",
                          "(.*Sanitizer|memscope)", text)
            # sanitizer_common's tests name any tool "Sanitizer"
            # (Sanitizer:DEADLYSIGNAL, "ERROR: Sanitizer" as a substring).
            if common_test(path):
                text = re.sub(r"^(.*CHECK[\w-]*:.*)$",
                              lambda line: re.sub(
                                  r"(?<![\w.*}|)])Sanitizer\b",
                                  "{{(Sanitizer|memscope)}}", line.group(1)),
                              text, flags=re.M)
            # A pattern naming the tool by its short name ("WARNING: ASan
            # doesn't fully support makecontext/swapcontext") admits
            # memscope's name too; ASan's own wording still matches (the
            # shadow legend's "ASan internal:" memscope keeps).
            text = re.sub(r"^(.*CHECK[\w-]*:.*)$",
                          lambda line: re.sub(r"\bASan\b",
                                              "{{(ASan|memscope)}}",
                                              line.group(1)),
                          text, flags=re.M)
        open(source, "w").write(text)
        tmp = os.path.join(work, "t")
        # The test's own folder, absolute: the commands run in `work`.
        folder = os.path.dirname(os.path.abspath(path))
        subst = dict(tools(mode, build, test_root(path)), **{
            "env_asan_opts=": "env ASAN_OPTIONS=",
            "env_lsan_opts=": "env LSAN_OPTIONS=",
            "export_asan_opts=": "export ASAN_OPTIONS=",
            "run": "", "libdl": "-ldl", "pie": "-fPIE -pie", "fPIE": "-fPIE",
            "fPIC": "-fPIC", "s": source, "S": folder,
            "t": tmp, "T": work, "p": folder,
            "python": sys.executable, "os": "Linux", "%": "%"})
        if common_test(path):
            tool = tools(mode, build, test_root(path))
            subst.update({"clang": tool["clang_asan"] + " -ldl",
                          "clangxx": tool["clangxx_asan"] + " -ldl",
                          "tool_name": "asan", "tool_options": "ASAN_OPTIONS",
                          "env_tool_opts=": "env ASAN_OPTIONS=",
                          "collect_stack_traces": ""})
        env = dict(os.environ)
        env["PATH"] = LLVM_BIN + os.pathsep + env.get("PATH", "")
        for key in ("ASAN_OPTIONS", "LSAN_OPTIONS", "MEMSCOPE_OPTIONS"):
            env.pop(key, None)
        for run in runs:
            # Whole names only: %s must not eat %shared_libasan.
            unknown = []

            def replace(m):
                name = m.group(1)
                if name not in subst:
                    unknown.append("%" + name)
                    return m.group(0)
                return subst[name]

            command = re.sub(r"%(env_[a-z]+_opts=|export_asan_opts=|%|[A-Za-z_]+)",
                             replace, run)
            if unknown:
                return "UNSUPPORTED", "substitution " + unknown[0]
            if mode == "memscope":
                # As in the CHECK lines: a RUN line's grep for ASan's
                # report header looks for memscope's.
                command = command.replace("AddressSanitizer", "memscope")
                # ASan's pass options mean nothing to memscope's pass; what
                # they turn on, memscope does. The pointer-pair switches stay:
                # ASan's pass, which the drivers run with everything else
                # off, adds the calls memscope's runtime answers.
                command = re.sub(r"-mllvm -asan-(?!detect-invalid-pointer-)"
                                 r"[A-Za-z0-9_-]+(=\S*)?\s*", "", command)
            try:
                result = subprocess.run(["bash", "-o", "pipefail", "-c", command],
                                        cwd=work, env=env, timeout=timeout,
                                        capture_output=True)
            except subprocess.TimeoutExpired:
                return "FAIL", "timeout: " + run
            if result.returncode != 0:
                if VERBOSE:
                    sys.stderr.write("==== %s (%s): %s\n%s\n" % (
                        os.path.basename(path), mode, command,
                        (result.stdout + result.stderr).decode(
                            errors="replace")[-6000:]))
                return "FAIL", run
        return "PASS", ""
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(
        description="compiler-rt's ASan and LSan tests, run with clang-22's ASan and with memscope")
    parser.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--markdown")
    parser.add_argument("--verbose", action="store_true",
                        help="print the output of every failing RUN line")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    build = os.path.abspath(args.build)
    if not os.path.exists(os.path.join(build, "bin", "memscope-clang")):
        sys.exit("asan-parity.py: no memscope build in %s (--build DIR)" % build)
    tests = []
    for path in args.paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                tests += [os.path.join(root, f) for f in files
                          if f.endswith((".c", ".cpp", ".cc"))]
        elif os.path.isfile(path):
            tests.append(path)
        else:
            sys.exit("asan-parity.py: no such file or folder: " + path)
    tests.sort()
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        jobs = {(t, m): pool.submit(run_test, t, m, build, args.timeout)
                for t in tests for m in ("asan", "memscope")}
        rows = [(t, jobs[(t, "asan")].result(), jobs[(t, "memscope")].result())
                for t in tests]
    totals = {}
    for test, asan, mine in rows:
        name = os.path.relpath(test, os.path.commonpath(tests) if len(tests) > 1
                               else os.path.dirname(test))
        why = mine[1] if mine[0] != "PASS" else ""
        print("%-11s %-11s %s%s" % ("asan:" + asan[0], "memscope:" + mine[0],
                                    name, "  (" + why + ")" if why else ""))
        totals[(asan[0], mine[0])] = totals.get((asan[0], mine[0]), 0) + 1
    supported = [r for r in rows if r[1][0] != "UNSUPPORTED"]
    asan_pass = sum(r[1][0] == "PASS" for r in supported)
    mine_pass = sum(r[2][0] == "PASS" for r in supported)
    both = sum(r[1][0] == "PASS" and r[2][0] == "PASS" for r in supported)
    print("%d tests, %d supported here: clang-22 ASan passes %d, memscope %d "
          "(%d of ASan's %d)" % (len(rows), len(supported), asan_pass,
                                  mine_pass, both, asan_pass))
    if args.markdown:
        with open(args.markdown, "w") as out:
            out.write("| test | clang-22 ASan | memscope | why memscope fails |\n"
                      "|---|---|---|---|\n")
            for test, asan, mine in rows:
                out.write("| %s | %s | %s | %s |\n" % (
                    os.path.basename(test), asan[0], mine[0],
                    (mine[1] if mine[0] == "FAIL" else "").replace("|", "\\|")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
