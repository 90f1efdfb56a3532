// ===- test/Driver/link.c - what clang runs for -fsanitize=memscope ---------===
//
// The drivers' flags as clang itself understands them (-### prints the jobs
// without running them): cc1 loads the plugin and keeps frame pointers; an
// executable's link line has the whole runtime ahead of the user's objects
// and of libc, its system libraries, and the exported runtime names (the
// ASan-compatible globs and the runtime's own libmemscope_rt.syms).
//
// See also: test/Driver/argv.c (the argv itself), test/Driver/shared.c.
// ===----------------------------------------------------------------------===

// Compile and link, C and C++.
// RUN: %clang_memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CC1,CHECK,C -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// RUN: %clangxx_memscope -### %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CC1,CHECK,CXX -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib
// Link only, from an object file.
// RUN: %clang -c %s -o %t.o
// RUN: %clang_memscope -### %t.o -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,C -DLIB=%memscope_lib
// An earlier -x c must not make clang compile the runtime archive as C.
// RUN: %clang_memscope -### -x c %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefixes=CC1,CHECK,C -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib

// CC1:        "-cc1"
// CC1-DAG:    "-fpass-plugin=[[PLUGIN]]"
// CC1-DAG:    "-mframe-pointer=all"
// CHECK-NOT:  "-cc1"
// CHECK:      "{{[^"]*}}ld{{(\.bfd|\.lld|\.gold)?}}"
// CHECK-SAME: "--whole-archive" "[[LIB]]/libmemscope_rt.a" "--no-whole-archive"
// CHECK-SAME: "--push-state" "--no-as-needed" "-lpthread" "-ldl" "-lrt" "-lm" "-lresolv" "--pop-state"
// CHECK-SAME: "--dynamic-list=[[LIB]]/libmemscope_rt.syms"
// CHECK-SAME: "{{[^"]*}}.o"
// C-NOT:      "-lstdc++"
// CXX-SAME:   "-lstdc++"
// CHECK-SAME: "-lc"

int main(void) { return 0; }
