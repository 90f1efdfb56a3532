// ===- test/Runtime/mismatch/aligned-delete.cpp - alignment and malloc ----===
//
// A delete must assume the alignment new was given: an over-aligned new
// released by a plain delete, or a plain new by an aligned delete, is a
// new-delete-type-mismatch, worded as ASan words it. A matching aligned
// pair is not. A malloc'd block deleted is only an alloc-dealloc-mismatch:
// with alloc_dealloc_mismatch=0 it is not reported at all, whatever size
// the sized delete passes. Alignments above 512 bytes read as 512, as in
// ASan (its aligned_delete_test asserts this): a delete assuming 512 of a
// 1024- or 4096-aligned new is not reported.
//
// See also: runtime/memscope_allocator.cpp (BeginFree).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -Wno-mismatched-new-delete %s -o %t
// RUN: not %t plain 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: not %t aligned 2>&1 | FileCheck %s --check-prefix=ALIGNED
// RUN: %t pair 2>&1 | FileCheck %s --check-prefix=PAIR --implicit-check-not=ERROR
// RUN: %t wide 2>&1 | FileCheck %s --check-prefix=WIDE --implicit-check-not=ERROR
// RUN: env MEMSCOPE_OPTIONS=alloc_dealloc_mismatch=0 %t malloc 2>&1 | FileCheck %s --check-prefix=MALLOC --implicit-check-not=ERROR
// RUN: %clangxx_memscope -O2 -Wno-mismatched-new-delete %s -o %t
// RUN: not %t plain 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: %t pair 2>&1 | FileCheck %s --check-prefix=PAIR --implicit-check-not=ERROR

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <new>

struct alignas(64) Line {
  char Bytes[64];
};

int main(int argc, char **argv) {
  if (!std::strcmp(argv[1], "wide")) {
    for (std::size_t Align : {1024, 4096}) {
      void *P = ::operator new(Align, std::align_val_t(Align));
      ::operator delete(P, std::align_val_t(512));
    }
    std::fprintf(stderr, "wide done\n");
  }
  if (!std::strcmp(argv[1], "plain")) {
    void *P = ::operator new(64, std::align_val_t(64));
    ::operator delete(P); // PLAIN
  }
  if (!std::strcmp(argv[1], "aligned")) {
    void *P = ::operator new(16);
    ::operator delete(P, std::align_val_t(32));
  }
  if (!std::strcmp(argv[1], "pair")) {
    Line *L = new Line;
    delete L;
    std::fprintf(stderr, "pair done\n");
  }
  if (!std::strcmp(argv[1], "malloc")) {
    char *M = static_cast<char *>(std::malloc(10));
    delete M;
    std::fprintf(stderr, "malloc done\n");
  }
  return 0;
}

// PLAIN: ERROR: memscope: new-delete-type-mismatch on {{0x[0-9a-f]+}} in thread T0:
// PLAIN-NEXT:   object passed to delete has wrong type:
// PLAIN-NEXT:   alignment of the allocated type:   64 bytes;
// PLAIN-NEXT:   alignment of the deallocated type: default-aligned.
// PLAIN: SUMMARY: memscope: new-delete-type-mismatch {{.*}}aligned-delete.cpp:[[#@LINE-23]]

// ALIGNED: ERROR: memscope: new-delete-type-mismatch
// ALIGNED-NEXT:   object passed to delete has wrong type:
// ALIGNED-NEXT:   alignment of the allocated type:   default-aligned;
// ALIGNED-NEXT:   alignment of the deallocated type: 32 bytes.

// PAIR: pair done
// WIDE: wide done
// MALLOC: malloc done
