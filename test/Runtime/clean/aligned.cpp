// ===- test/Runtime/clean/aligned.cpp - every aligned allocation ----------===
//
// Over-aligned operator new (and its nothrow and array forms, and the
// matching aligned deletes), posix_memalign, aligned_alloc, memalign, valloc
// and pvalloc: each result is aligned as asked, fully writable up to its
// size, and released without complaint. Exit 0, no report.
//
// See also: runtime/memscope_allocator.cpp, runtime/memscope_new_delete.cpp,
// allocator/posix-memalign.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <new>
#include <unistd.h>

struct alignas(64) CacheLine {
  char Bytes[64];
};
struct alignas(256) Page {
  char Bytes[300];
};

static int Good = 0, Total = 0;

static void check(const char *What, void *P, size_t Alignment, size_t Size) {
  ++Total;
  if (!P || reinterpret_cast<uintptr_t>(P) % Alignment != 0) {
    std::printf("%s: bad pointer %p\n", What, P);
    return;
  }
  std::memset(P, 0xab, Size);
  ++Good;
}

int main() {
  CacheLine *Line = new CacheLine;
  check("new alignas(64)", Line, 64, sizeof *Line);
  delete Line;
  Page *Pages = new Page[3];
  check("new[] alignas(256)", Pages, 256, 3 * sizeof(Page));
  delete[] Pages;
  CacheLine *NoThrow = new (std::nothrow) CacheLine;
  check("new nothrow alignas(64)", NoThrow, 64, sizeof *NoThrow);
  delete NoThrow;
  void *Raw = ::operator new(100, std::align_val_t(128));
  check("operator new(align 128)", Raw, 128, 100);
  ::operator delete(Raw, std::align_val_t(128));
  Raw = ::operator new[](100, std::align_val_t(32), std::nothrow);
  check("operator new[](align 32, nothrow)", Raw, 32, 100);
  ::operator delete[](Raw, std::align_val_t(32));

  void *P = nullptr;
  int Status = posix_memalign(&P, 4096, 5000);
  check("posix_memalign", Status == 0 ? P : nullptr, 4096, 5000);
  std::free(P);
  P = aligned_alloc(512, 1024);
  check("aligned_alloc", P, 512, 1024);
  std::free(P);
  P = memalign(2048, 10);
  check("memalign", P, 2048, 10);
  std::free(P);
  size_t PageSize = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  P = valloc(100);
  check("valloc", P, PageSize, 100);
  std::free(P);
  P = pvalloc(100);
  check("pvalloc", P, PageSize, PageSize); // Rounded up to a whole page.
  std::free(P);

  std::printf("%d of %d aligned allocations good\n", Good, Total);
  return 0;
}

// CHECK: 10 of 10 aligned allocations good
