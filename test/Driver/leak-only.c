// ===- test/Driver/leak-only.c - -fsanitize=memscope-leak ------------------===
//
// The leak-only build: the same plugin and runtime, the pass told to leave
// memory accesses alone, and the runtime told (by a symbol the link
// defines) to run leak-only. The last of memscope and memscope-leak wins;
// -fno-sanitize=memscope-leak turns it off like -fno-sanitize=memscope.
//
// See also: test/Runtime/leak/leak-only.cpp, docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: memscope-clang -fsanitize=memscope-leak -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LEAK -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// RUN: memscope-clang -fsanitize=memscope -fsanitize=memscope-leak -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LEAK -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// LEAK-NOT: error:
// LEAK:      "-cc1"
// LEAK-SAME: "-fpass-plugin=[[PLUGIN]]"
// LEAK-SAME: "-mllvm" "-memscope-leak-only"
// LEAK-NOT:  -fsanitize=memscope
// LEAK:      "[[LIB]]/libmemscope_rt.a"
// LEAK-SAME: "--defsym=__memscope_leak_only_build=__memscope_init"

// RUN: memscope-clang -fsanitize=memscope-leak -fsanitize=memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FULL
// FULL:     "-cc1"
// FULL-NOT: -memscope-leak-only
// FULL-NOT: __memscope_leak_only_build

// RUN: memscope-clang -fsanitize=memscope-leak -fno-sanitize=memscope-leak -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OFF
// OFF:     "-cc1"
// OFF-NOT: -fpass-plugin
// OFF-NOT: -fsanitize=
// OFF-NOT: libmemscope_rt.a

int main(void) { return 0; }
