// ===- test/Driver/sanitize-coverage.c - -fsanitize-coverage with memscope -===
//
// -fsanitize-coverage=trace-pc-guard links (clang would otherwise add
// UBSan's full runtime for the callbacks, which clashes with memscope's);
// the runtime provides the callbacks, and with coverage=1 writes the pcs
// reached to <coverage_dir>/<module>.<pid>.sancov at exit, as ASan does.
// Memory errors are still reported.
//
// See also: utils/memscope-clang.in, runtime/CMakeLists.txt.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -fsanitize-coverage=trace-pc-guard %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: env MEMSCOPE_OPTIONS=coverage=1:coverage_dir=%t.dir:verbosity=1 %t 2>&1 | FileCheck %s
// RUN: ls %t.dir | FileCheck %s --check-prefix=FILES
// RUN: not %t bug 2>&1 | FileCheck %s --check-prefix=BUG
// CHECK: SanitizerCoverage: {{.*}}.sancov: {{[0-9]+}} PCs written
// FILES: sanitize-coverage.c.tmp.{{[0-9]+}}.sancov
// BUG: ERROR: memscope: heap-buffer-overflow

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Buffer = malloc(4);
  memset(Buffer, 0, 4);
  int Result = argc > 1 ? Buffer[4] : Buffer[0];
  free(Buffer);
  return Result;
}
