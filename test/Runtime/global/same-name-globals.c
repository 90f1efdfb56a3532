// ===- test/Runtime/global/same-name-globals.c - one name, two modules ----===//
//
// Two modules may each define a global of the same name: the executable and
// a library it links, or two libraries loaded with RTLD_GLOBAL. That is an
// odr-violation, reported as ASan reports it (detect_odr_violation=1: when
// the sizes differ) when the second module registers its globals; a
// suppression 'odr_violation:NAME' or detect_odr_violation=0 lets it pass.
// The name then binds to one of them (the executable's, the first loaded),
// but each module registers its own copy with its own size (pass/Globals.cpp
// names it through a private alias), so no redzone lands inside the other
// copy or beside the wrong one: the executable's global after its 'Scratch',
// the first library's 'Table' past 8 bytes, are not reported; and the
// second library's own 8-byte 'Table' (dlsym finds it) still has its
// redzone. -O0 and -O2.
//
// See also: dlclose.c, runtime/memscope_globals.cpp.
// ===----------------------------------------------------------------------===

// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: printf 'odr_violation:Scratch\nodr_violation:Table\n' > %t.dir/supp
// RUN: %clang_memscope -O0 -fPIC -shared -DLIBRARY=8 %s -o %t.dir/small.so
// RUN: %clang_memscope -O0 -fPIC -shared -DLIBRARY=64 %s -o %t.dir/large.so
// RUN: %clang_memscope -O0 %s -o %t.dir/main %t.dir/large.so -Wl,-rpath,%t.dir -ldl
// RUN: not %t.dir/main %t.dir 2>&1 | FileCheck %s --check-prefix=ODR
// RUN: env MEMSCOPE_OPTIONS=detect_odr_violation=0 %t.dir/main %t.dir 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=suppressions=%t.dir/supp %t.dir/main %t.dir 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_odr_violation=0 not %t.dir/main %t.dir overflow 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -fPIC -shared -DLIBRARY=8 %s -o %t.dir/small.so
// RUN: %clang_memscope -O2 -fPIC -shared -DLIBRARY=64 %s -o %t.dir/large.so
// RUN: %clang_memscope -O2 %s -o %t.dir/main %t.dir/large.so -Wl,-rpath,%t.dir -ldl
// RUN: not %t.dir/main %t.dir 2>&1 | FileCheck %s --check-prefix=ODR
// RUN: env MEMSCOPE_OPTIONS=detect_odr_violation=0 %t.dir/main %t.dir 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_odr_violation=0 not %t.dir/main %t.dir overflow 2>&1 | FileCheck %s
// ODR: ERROR: memscope: odr-violation
// ODR-NEXT: [1] size=4 'Scratch' {{.*}}same-name-globals.c:{{[0-9]+}} in {{.*}}main
// ODR-NEXT: [2] size=64 'Scratch' {{.*}}same-name-globals.c:{{[0-9]+}} in {{.*}}large.so
// ODR: SUMMARY: memscope: odr-violation: global 'Scratch' at {{.*}}same-name-globals.c:{{[0-9]+}}
// ODR: HINT: {{.*}}detect_odr_violation=0
// CLEAN: large 63, small , banner ......
// CLEAN-NOT: ERROR
// CHECK: ERROR: memscope: global-buffer-overflow
// CHECK: WRITE of size 1
// CHECK: #0 {{.*}} in main {{.*}}same-name-globals.c:[[@LINE+37]]
// CHECK: is located 0 bytes after global variable 'Table' {{.*}} of size 8

#include <string.h>

#ifdef LIBRARY
char Table[LIBRARY];
char Scratch[64] = "the library's";
int fill(const char *Text) {
  strncpy(Table, Text, sizeof Table - 1);
  return (int)strlen(Table);
}
#else
#include <dlfcn.h>
#include <stdio.h>

// The executable's own, smaller than the library's of that name.
char Scratch[4] = "v0";
char Banner[64] = "welcome";

int main(int Argc, char **Argv) {
  char Path[4096];
  snprintf(Path, sizeof Path, "%s/large.so", Argv[1]);
  void *Large = dlopen(Path, RTLD_NOW | RTLD_GLOBAL);
  snprintf(Path, sizeof Path, "%s/small.so", Argv[1]);
  void *Small = dlopen(Path, RTLD_NOW | RTLD_GLOBAL);
  if (!Large || !Small)
    return 2;
  int (*FillLarge)(const char *) = (int (*)(const char *))dlsym(Large, "fill");
  const char *Text = "0123456789012345678901234567890123456789012345678901234567890123456789";
  int L = FillLarge(Text);
  strcpy(Scratch, "v1");
  memset(Banner, '.', sizeof Banner - 1);
  char *SmallTable = (char *)dlsym(Small, "Table");
  printf("large %d, small %.3s, banner %.6s\n", L, SmallTable, Banner);
  if (Argc > 2) {
    volatile int Index = 8;
    SmallTable[Index] = 1;
  }
  return 0;
}
#endif
