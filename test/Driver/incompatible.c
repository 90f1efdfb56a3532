// ===- test/Driver/incompatible.c - sanitizers memscope cannot live with ----===
//
// ASan, HWASan, MSan, TSan and LSan each bring their own malloc and shadow
// memory: with -fsanitize=memscope they are refused in one line on stderr,
// alone or inside a list, in either order. UBSan is allowed, and a sanitizer
// turned off again (last flag wins, as in clang) no longer conflicts.
//
// See also: utils/memscope-clang.in (conflicting_sanitizers), docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: not %clang_memscope -fsanitize=address -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=address
// RUN: not %clang_memscope -fsanitize=address,undefined -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=address
// RUN: not memscope-clang -fsanitize=memscope,address -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=address
// RUN: not memscope-clang -fsanitize=address -fsanitize=memscope %s -o %t 2>&1 | FileCheck %s -DSAN=address
// RUN: not %clangxx_memscope -fsanitize=thread %s -o %t 2>&1 | FileCheck %s -DSAN=thread --check-prefix=CXX
// RUN: not %clang_memscope -fsanitize=memory -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=memory
// RUN: not %clang_memscope -fsanitize=hwaddress -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=hwaddress
// RUN: not %clang_memscope -fsanitize=leak -c %s -o %t.o 2>&1 | FileCheck %s -DSAN=leak
// Queries are refused too: the flags are wrong whatever is asked.
// RUN: not %clang_memscope -fsanitize=address --version 2>&1 | FileCheck %s -DSAN=address
// CHECK: memscope-clang: error: -fsanitize=memscope cannot be combined with -fsanitize=[[SAN]]: only one sanitizer runtime can own malloc and the shadow memory
// CXX: memscope-clang++: error: -fsanitize=memscope cannot be combined with -fsanitize=[[SAN]]
// CHECK-EMPTY:

// Exactly one line, and clang never runs.
// RUN: not %clang_memscope -fsanitize=address,thread -### -c %s 2>&1 | count 1

// Allowed: UBSan alongside, and sanitizers switched off again.
// RUN: %clang_memscope -fsanitize=undefined -### -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UBSAN -DPLUGIN=%memscope_plugin
// RUN: memscope-clang -fsanitize=memscope,undefined -### -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UBSAN -DPLUGIN=%memscope_plugin
// UBSAN:     "-cc1"
// UBSAN-DAG: "-fpass-plugin=[[PLUGIN]]"
// UBSAN-DAG: "-fsanitize={{[^"]*}}signed-integer-overflow
// RUN: %clang_memscope -fsanitize=address -fno-sanitize=address -### -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OFF-AGAIN -DPLUGIN=%memscope_plugin
// RUN: %clang_memscope -fsanitize=address,undefined -fno-sanitize=all -fsanitize=memscope -### -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OFF-AGAIN -DPLUGIN=%memscope_plugin
// OFF-AGAIN:     "-cc1"
// OFF-AGAIN-SAME: "-fpass-plugin=[[PLUGIN]]"
// clang's ASan front end only, which memscope's pass reads (no_sanitize):
// OFF-AGAIN-SAME: "-fsanitize=address" "-fsanitize-system-ignorelist={{[^"]*}}asan_ignorelist.txt" "-mllvm" "-memscope-front-end-attributes"
// OFF-AGAIN-SAME: "-fsanitize-address-use-after-scope"
// OFF-AGAIN-NOT: "-fsanitize=address

// With memscope off the other sanitizer is simply clang's.
// RUN: memscope-clang -fsanitize=memscope,address -fno-sanitize=memscope -### -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ASAN-ONLY
// ASAN-ONLY:     "-cc1"
// ASAN-ONLY-SAME: "-fsanitize=address
// ASAN-ONLY-NOT: -fpass-plugin

int main(void) { return 0; }
