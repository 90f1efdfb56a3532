// ===- test/Driver/compile-only.c - no link flags without a link ------------===
//
// -c and -S instrument but link nothing; -E, -M, -MM and -fsyntax-only
// generate no code, so they need neither plugin nor runtime.
//
// See also: test/Driver/link.c, utils/memscope-clang.in (set_mode).
// ===----------------------------------------------------------------------===

// Linker flags given to a compile would show as "'linker' input unused"
// warnings, so no warning at all is allowed.
// RUN: %clang_memscope -### -c %s -o %t.o 2>&1 | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:   --implicit-check-not=warning: --implicit-check-not=libmemscope_rt.a
// RUN: %clangxx_memscope -### -x c++ -c %s -o %t.o 2>&1 | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:   --implicit-check-not=warning: --implicit-check-not=libmemscope_rt.a
// RUN: %clang_memscope -### -S %s -o %t.s 2>&1 | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:   --implicit-check-not=warning: --implicit-check-not=libmemscope_rt.a
// RUN: %clang_memscope -### -MD -MF %t.d -c %s -o %t.o 2>&1 | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:   --implicit-check-not=warning: --implicit-check-not=libmemscope_rt.a
// CHECK:     "-cc1"
// CHECK-DAG: "-fpass-plugin=[[PLUGIN]]"
// CHECK-DAG: "-mframe-pointer=all"

// -O2 would omit frame pointers; the runtime's unwinder wants them.
// RUN: %clang_memscope -### -O2 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=O2
// O2: "-cc1"
// O2-SAME: "-mframe-pointer=all"
// And a later -fomit-frame-pointer of the user's own still wins.
// RUN: %clang_memscope -### -O2 -fomit-frame-pointer -c %s -o %t.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=USER-FP
// USER-FP: "-cc1"
// USER-FP-NOT: "-mframe-pointer=all"

// RUN: %clang_memscope -### -E %s 2>&1 | FileCheck %s --check-prefix=NOCODE \
// RUN:   --implicit-check-not=warning: --implicit-check-not=-fpass-plugin --implicit-check-not=libmemscope_rt.a
// RUN: %clang_memscope -### -M %s 2>&1 | FileCheck %s --check-prefix=NOCODE \
// RUN:   --implicit-check-not=warning: --implicit-check-not=-fpass-plugin --implicit-check-not=libmemscope_rt.a
// RUN: %clang_memscope -### -MM %s 2>&1 | FileCheck %s --check-prefix=NOCODE \
// RUN:   --implicit-check-not=warning: --implicit-check-not=-fpass-plugin --implicit-check-not=libmemscope_rt.a
// RUN: %clang_memscope -### -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=NOCODE \
// RUN:   --implicit-check-not=warning: --implicit-check-not=-fpass-plugin --implicit-check-not=libmemscope_rt.a
// The earliest stop wins wherever it appears: -c -E only preprocesses.
// (clang itself warns that -c is unused.)
// RUN: %clang_memscope -### -c -E %s 2>&1 | FileCheck %s --check-prefix=NOCODE \
// RUN:   --implicit-check-not=-fpass-plugin --implicit-check-not=libmemscope_rt.a
// NOCODE: "-cc1"

// And clang really runs without -fsanitize=memscope reaching it.
// RUN: %clang_memscope -E -P %s | FileCheck %s --check-prefix=PP
// PP: int preprocessed = 42;
#define ANSWER 42
int preprocessed = ANSWER;
