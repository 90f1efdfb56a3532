// ===- test/Driver/last-flag-wins.c - -fno-sanitize=memscope ----------------===
//
// As with clang's own sanitizers the last of -fsanitize=memscope and
// -fno-sanitize=memscope (or -fno-sanitize=all) decides; when memscope ends
// up off the driver is plain clang, and clang never sees the name memscope.
//
// See also: test/Driver/incompatible.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -fno-sanitize=memscope -### %s -o %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: %clang_memscope -fno-sanitize=all -### %s -o %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: %clang_memscope -fno-sanitize=undefined,memscope -### %s -o %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: memscope-clang -### %s -o %t 2>&1 | FileCheck %s --check-prefix=OFF
// OFF-NOT: error:
// OFF:     "-cc1"
// OFF-NOT: -fpass-plugin
// OFF-NOT: -fsanitize=
// OFF-NOT: libmemscope_rt.a

// RUN: memscope-clang -fno-sanitize=memscope -fsanitize=memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ON -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// RUN: memscope-clang -fsanitize=memscope -fno-sanitize=memscope -fsanitize=memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ON -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// ON:      "-cc1"
// ON-SAME: "-fpass-plugin=[[PLUGIN]]"
// ON:      "[[LIB]]/libmemscope_rt.a"

int main(void) { return 0; }
