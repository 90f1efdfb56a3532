// ===- test/Driver/argv.c - the exact argument vector a driver hands on -----===
//
// MEMSCOPE_CLANG points the driver at Inputs/print-args.sh, which prints one
// argument a line, so every check here sees the real argv: memscope's flags
// come first, -fsanitize=memscope is gone, and every user argument follows
// untouched and in order (spaces, quotes, commas, response files).
//
// See also: utils/memscope-clang.in, test/Driver/link.c (the same through clang).
// ===----------------------------------------------------------------------===

// RUN: cp %S/Inputs/print-args.sh %t-clang && chmod +x %t-clang

// Compile only: the plugin, frame pointers, lifetime markers at every
// optimisation level (pass/StackScrub.h, use-after-scope) and the locals'
// names (frame descriptions), no runtime.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope -c %s \
// RUN:   -DSPACED="a b" "-DQUOTED=\"x, y\"" -DEMPTY= '-Dsingle=it'"'"'s' -o %t.o \
// RUN:   | FileCheck %s --check-prefix=COMPILE --match-full-lines -DPLUGIN=%memscope_plugin -DSRC=%s -DOBJ=%t.o
// COMPILE:      |--driver-mode=gcc|
// COMPILE-NEXT: |-fpass-plugin=[[PLUGIN]]|
// COMPILE-NEXT: |-fno-omit-frame-pointer|
// COMPILE-NEXT: |-mno-omit-leaf-frame-pointer|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-fsanitize=address|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-memscope-front-end-attributes|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-instrument-reads=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-instrument-writes=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-instrument-atomics=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-instrument-byval=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-instrument-dynamic-allocas=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-stack=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-globals=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-guard-against-version-mismatch=0|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-mllvm|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-asan-use-after-return=never|
// COMPILE-NEXT: |-Xclang|
// COMPILE-NEXT: |-fsanitize-address-use-after-scope|
// COMPILE-NEXT: |-fno-discard-value-names|
// COMPILE-NEXT: |-D_GLIBCXX_SANITIZE_STD_ALLOCATOR=1|
// COMPILE-NEXT: |-c|
// COMPILE-NEXT: |[[SRC]]|
// COMPILE-NEXT: |-DSPACED=a b|
// COMPILE-NEXT: |-DQUOTED="x, y"|
// COMPILE-NEXT: |-DEMPTY=|
// COMPILE-NEXT: |-Dsingle=it's|
// COMPILE-NEXT: |-o|
// COMPILE-NEXT: |[[OBJ]]|
// COMPILE-EMPTY:

// Compile and link: the runtime, its libraries and the exported names come
// before the user's arguments; -Wl, lists and sanitizer lists stay as given,
// minus memscope.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang++ -O2 -fsanitize=memscope,undefined \
// RUN:   %s -Wl,-z,now -lfoo -o %t \
// RUN:   | FileCheck %s --check-prefix=LINK --match-full-lines -DPLUGIN=%memscope_plugin -DLIB=%memscope_lib -DSRC=%s -DEXE=%t
// LINK:      |--driver-mode=g++|
// LINK-NEXT: |-fpass-plugin=[[PLUGIN]]|
// LINK-NEXT: |-fno-omit-frame-pointer|
// LINK-NEXT: |-mno-omit-leaf-frame-pointer|
// LINK-NEXT: |-Xclang|
// LINK-NEXT: |-fsanitize=address|
// LINK:      |-asan-use-after-return=never|
// LINK-NEXT: |-Xclang|
// LINK-NEXT: |-fsanitize-address-use-after-scope|
// LINK-NEXT: |-fno-discard-value-names|
// LINK-NEXT: |-D_GLIBCXX_SANITIZE_STD_ALLOCATOR=1|
// LINK-NEXT: |-Wl,--whole-archive|
// LINK-NEXT: |[[LIB]]/libmemscope_rt.a|
// LINK-NEXT: |-Wl,--no-whole-archive|
// LINK-NEXT: |-Wl,--push-state,--no-as-needed|
// LINK-NEXT: |-lpthread|
// LINK-NEXT: |-ldl|
// LINK-NEXT: |-lrt|
// LINK-NEXT: |-lm|
// LINK-NEXT: |-lresolv|
// LINK-NEXT: |-Wl,--pop-state|
// LINK-NEXT: |-Wl,--dynamic-list=[[LIB]]/libmemscope_rt.syms|
// LINK-NEXT: |-fsanitize-minimal-runtime|
// LINK-NEXT: |-O2|
// LINK-NEXT: |-fsanitize=undefined|
// LINK-NEXT: |[[SRC]]|
// LINK-NEXT: |-Wl,-z,now|
// LINK-NEXT: |-lfoo|
// LINK-NEXT: |-o|
// LINK-NEXT: |[[EXE]]|
// LINK-EMPTY:

// A response file is handed on as @file, but what it says counts: -c inside
// it means nothing is linked.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope @%S/Inputs/compile-only.rsp %s \
// RUN:   | FileCheck %s --check-prefix=RSP --match-full-lines -DPLUGIN=%memscope_plugin -DINPUTS=%S/Inputs -DSRC=%s
// RSP:      |--driver-mode=gcc|
// RSP-NEXT: |-fpass-plugin=[[PLUGIN]]|
// RSP-NEXT: |-fno-omit-frame-pointer|
// RSP-NEXT: |-mno-omit-leaf-frame-pointer|
// RSP-NEXT: |-Xclang|
// RSP-NEXT: |-fsanitize=address|
// RSP:      |-asan-use-after-return=never|
// RSP-NEXT: |-Xclang|
// RSP-NEXT: |-fsanitize-address-use-after-scope|
// RSP-NEXT: |-fno-discard-value-names|
// RSP-NEXT: |-D_GLIBCXX_SANITIZE_STD_ALLOCATOR=1|
// RSP-NEXT: |@[[INPUTS]]/compile-only.rsp|
// RSP-NEXT: |[[SRC]]|
// RSP-EMPTY:

// -fsanitize=memscope inside a response file cannot be removed from it.
// RUN: not env MEMSCOPE_CLANG=%t-clang memscope-clang @%S/Inputs/sanitize.rsp -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=RSP-SAN
// RSP-SAN: memscope-clang: error: -fsanitize=memscope inside response file '{{.*}}sanitize.rsp' is not supported; pass it on the command line

// Without memscope the driver adds nothing and keeps other sanitizers.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=address -g %s -o %t \
// RUN:   | FileCheck %s --check-prefix=PLAIN --match-full-lines -DSRC=%s -DEXE=%t
// PLAIN:      |--driver-mode=gcc|
// PLAIN-NEXT: |-fsanitize=address|
// PLAIN-NEXT: |-g|
// PLAIN-NEXT: |[[SRC]]|
// PLAIN-NEXT: |-o|
// PLAIN-NEXT: |[[EXE]]|
// PLAIN-EMPTY:

// Lifetime markers are asked of cc1 only when it compiles C-family source:
// assembly, and objects alone, would make clang warn the flag is unused.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope -c start.S -o %t.o \
// RUN:   | FileCheck %s --check-prefix=ASM
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope %t.o a.o -o %t \
// RUN:   | FileCheck %s --check-prefix=ASM
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope -x c - -c -o %t.o \
// RUN:   | FileCheck %s --check-prefix=STDIN-C
// ASM-NOT: -fsanitize-address-use-after-scope
// ASM-NOT: -fno-discard-value-names
// STDIN-C: |-fsanitize-address-use-after-scope|

// The value of an option taking one is not an input nor a flag: `-o -c` names
// an output file, so this still links.
// RUN: env MEMSCOPE_CLANG=%t-clang memscope-clang -fsanitize=memscope %s -o -c \
// RUN:   | FileCheck %s --check-prefix=VALUE
// VALUE: |-Wl,--whole-archive|

// A clang that does not exist is named.
// RUN: not env MEMSCOPE_CLANG=%t-no-such-clang memscope-clang -c %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOCLANG
// NOCLANG: memscope-clang: error: MEMSCOPE_CLANG='{{.*}}-no-such-clang' is not an executable

int main(void) { return 0; }
