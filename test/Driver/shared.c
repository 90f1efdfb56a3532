// ===- test/Driver/shared.c - shared libraries get no runtime ---------------===
//
// A shared library (or a -r relocatable object) is instrumented but does not
// link the runtime: it binds to the one the executable links and exports.
//
// See also: test/Driver/shared-library.c (the same, built and run), docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -### -shared -fPIC %s -o %t.so 2>&1 \
// RUN:   | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:     --implicit-check-not=libmemscope_rt.a --implicit-check-not=--dynamic-list
// RUN: %clangxx_memscope -### -shared -fPIC %s -o %t.so 2>&1 \
// RUN:   | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:     --implicit-check-not=libmemscope_rt.a --implicit-check-not=--dynamic-list
// RUN: %clang_memscope -### -fPIC %s -Wl,-soname,x.so,-shared -o %t.so 2>&1 \
// RUN:   | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:     --implicit-check-not=libmemscope_rt.a --implicit-check-not=--dynamic-list
// RUN: %clang_memscope -### -fPIC %s -Xlinker -shared -o %t.so 2>&1 \
// RUN:   | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:     --implicit-check-not=libmemscope_rt.a --implicit-check-not=--dynamic-list
// RUN: %clang_memscope -### -r %s -o %t.o 2>&1 \
// RUN:   | FileCheck %s -DPLUGIN=%memscope_plugin \
// RUN:     --implicit-check-not=libmemscope_rt.a --implicit-check-not=--dynamic-list

// CHECK:      "-cc1"
// CHECK-SAME: "-fpass-plugin=[[PLUGIN]]"

int shared_function(int x) { return x + 1; }
