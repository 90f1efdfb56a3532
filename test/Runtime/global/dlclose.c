// ===- test/Runtime/global/dlclose.c - globals of an unloaded library -----===
//
// An instrumented library's globals get their redzones when it is loaded
// and give them back when dlclose unloads it: whatever is mapped at those
// addresses later must not be taken for a redzone. While loaded, an
// overflow of its global is reported with the global's name.
//
// See also: runtime/memscope_globals.cpp (__memscope_unregister_globals).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -fPIC -shared -DLIBRARY %s -o %t.so
// RUN: %clang_memscope -O0 -I%memscope_src/include %s -o %t -ldl
// RUN: %t %t.so 2>&1 | FileCheck %s
// RUN: not %t %t.so overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#ifdef LIBRARY
char LibTable[10];
char *lib_table(void) { return LibTable; }
#else
#include <dlfcn.h>
#include <memscope/memscope.h>
#include <stdio.h>
#include <string.h>

int __asan_address_is_poisoned(void const volatile *Addr);

int main(int Argc, char **Argv) {
  void *Library = dlopen(Argv[1], RTLD_NOW);
  if (!Library)
    return 2;
  char *(*Table)(void) = (char *(*)(void))dlsym(Library, "lib_table");
  char *P = Table();
  fprintf(stderr, "loaded: inside %d, after %d\n",
          __asan_address_is_poisoned(P + 9), __asan_address_is_poisoned(P + 10));
  if (Argc > 2) {
    volatile int Index = 10;
    P[Index] = 1;
  }
  dlclose(Library);
  fprintf(stderr, "unloaded: after %d\n", __asan_address_is_poisoned(P + 10));
  return 0;
}
#endif

// CHECK: loaded: inside 0, after 1
// CHECK-NEXT: unloaded: after 0

// OVERFLOW: ERROR: memscope: global-buffer-overflow
// OVERFLOW: is located 0 bytes after global variable 'LibTable' defined in '{{.*}}dlclose.c:{{[0-9]+}}' ({{0x[0-9a-f]+}}) of size 10
