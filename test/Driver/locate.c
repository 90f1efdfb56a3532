// ===- test/Driver/locate.c - finding the plugin, runtime and clang ---------===
//
// A driver looks in ../lib next to its real location (symlinks resolved), so
// a copy in any prefix/bin uses prefix/lib, and a symlink to it does too. A
// missing plugin or runtime is an error naming the expected path, raised only
// when it is needed: -c needs the plugin, linking an executable also the
// runtime, and queries neither. MEMSCOPE_CLANG picks the clang; each driver
// keeps its own language.
//
// See also: utils/memscope-clang.in, utils/CMakeLists.txt (install).
// ===----------------------------------------------------------------------===

// RUN: rm -rf %t && mkdir -p %t/prefix/bin %t/prefix/lib %t/elsewhere
// RUN: cp %memscope_lib/../bin/memscope-clang %t/prefix/bin/

// Nothing in prefix/lib yet.
// RUN: not %t/prefix/bin/memscope-clang -fsanitize=memscope -c %s -o %t/x.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-PLUGIN
// NO-PLUGIN: memscope-clang: error: the memscope pass plugin is missing: expected {{.*}}/prefix/lib/libMemscopePass.so
// RUN: %t/prefix/bin/memscope-clang -fsanitize=memscope --version | FileCheck %s --check-prefix=VERSION
// RUN: %t/prefix/bin/memscope-clang -fsanitize=memscope -v 2>&1 | FileCheck %s --check-prefix=VERSION
// RUN: %t/prefix/bin/memscope-clang -fsanitize=memscope -E %s -o %t/x.i
// VERSION: clang version

// RUN: touch %t/prefix/lib/libMemscopePass.so
// RUN: %t/prefix/bin/memscope-clang -fsanitize=memscope -### -c %s -o %t/x.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PLUGIN
// PLUGIN: "-fpass-plugin={{.*}}/prefix/lib/libMemscopePass.so"
// RUN: not %t/prefix/bin/memscope-clang -fsanitize=memscope -### %s -o %t/x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-RUNTIME
// NO-RUNTIME: memscope-clang: error: the memscope runtime is missing: expected {{.*}}/prefix/lib/libmemscope_rt.a
// RUN: %t/prefix/bin/memscope-clang -fsanitize=memscope -### -shared -fPIC %s -o %t/x.so 2>&1 \
// RUN:   | FileCheck %s --check-prefix=PLUGIN

// A symlink from another directory still finds prefix/lib.
// RUN: touch %t/prefix/lib/libmemscope_rt.a
// RUN: not %t/prefix/bin/memscope-clang -fsanitize=memscope -### %s -o %t/x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-SYMS
// NO-SYMS: memscope-clang: error: the memscope runtime's export list is missing: expected {{.*}}/prefix/lib/libmemscope_rt.syms
// RUN: touch %t/prefix/lib/libmemscope_rt.syms
// RUN: ln -s %t/prefix/bin/memscope-clang %t/elsewhere/cc
// RUN: %t/elsewhere/cc -fsanitize=memscope -### %s -o %t/x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LINKED
// LINKED: "-fpass-plugin={{.*}}/prefix/lib/libMemscopePass.so"
// LINKED: "--whole-archive" "{{.*}}/prefix/lib/libmemscope_rt.a" "--no-whole-archive"

// MEMSCOPE_CLANG may name any clang; memscope-clang++ still links C++ and
// memscope-clang still links C.
// RUN: env MEMSCOPE_CLANG=%clang memscope-clang++ -fsanitize=memscope -### %s -o %t/x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CXX
// RUN: env MEMSCOPE_CLANG=%clangxx memscope-clang -fsanitize=memscope -### %s -o %t/x 2>&1 \
// RUN:   | FileCheck %s --check-prefix=C
// CXX: "-lstdc++"
// C-NOT: "-lstdc++"
// C: "-lc"

int main(void) { return 0; }
