// ===- test/Runtime/ownership/custom-deleter.cpp - unique_ptr<T, Deleter> --===
//
// A unique_ptr with an empty custom deleter keeps its pointer in its first
// word, as with std::default_delete: its owner story is told (who let go,
// where the raw pointer came from), through a move too. A deleter that
// takes room (state, a function pointer) may come first in libstdc++'s
// layout: such a unique_ptr is left alone, and nothing it holds (here the
// deleter's pointer to a heap Pool) is taken for an owned object.
//
// See also: pass/Ownership.cpp (recogniseClass, pointerFirst).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t moved 2>&1 | FileCheck %s --check-prefix=MOVED
// RUN: not %t stateful 2>&1 | FileCheck %s --check-prefix=STATEFUL
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t moved 2>&1 | FileCheck %s --check-prefix=MOVED
// RUN: %if libcxx %{ %clangxx_memscope -stdlib=libc++ -O2 %s -o %t.cxx %}
// RUN: %if libcxx %{ not %t.cxx uaf 2>&1 | FileCheck %s --check-prefix=UAF %}
// RUN: %if libcxx %{ not %t.cxx stateful 2>&1 | FileCheck %s --check-prefix=STATEFUL %}

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

struct Buffer {
  char Bytes[32];
};
struct FreeBuffer {
  void operator()(Buffer *B) const { std::free(B); }
};
using BufferPtr = std::unique_ptr<Buffer, FreeBuffer>;

struct Pool {
  int Uses = 0;
};
struct PoolDeleter {
  Pool *Owner;
  void operator()(Buffer *B) const {
    ++Owner->Uses;
    std::free(B);
  }
};

[[gnu::noinline]] static Buffer *newBuffer() {
  auto *B = static_cast<Buffer *>(std::malloc(sizeof(Buffer)));
  std::memset(B, 7, sizeof(Buffer));
  return B;
}

[[gnu::noinline]] static int uaf() {
  BufferPtr Scratch(newBuffer());
  Buffer *Raw = Scratch.get();
  Scratch.reset();
  return static_cast<volatile char *>(Raw->Bytes)[3];
  // UAF: ERROR: memscope: heap-use-after-free
  // UAF: #0 {{.*}} in uaf{{.*}}custom-deleter.cpp:[[@LINE-2]]
  // UAF: ownership: its last owner, 'Scratch' in uaf() (unique_ptr made at {{.*}}custom-deleter.cpp:[[@LINE-6]]:{{[0-9]+}} in uaf()), let go of it at {{.*}}custom-deleter.cpp:[[@LINE-4]]:{{[0-9]+}} in uaf()
  // UAF-NEXT: raw pointer obtained via unique_ptr::get() at {{.*}}custom-deleter.cpp:[[@LINE-6]]:{{[0-9]+}} in uaf() from owner 'Scratch' in uaf()
}

[[gnu::noinline]] static int moved() {
  BufferPtr First(newBuffer());
  BufferPtr Second = std::move(First);
  Buffer *Raw = Second.get();
  Second = nullptr;
  return static_cast<volatile char *>(Raw->Bytes)[1];
  // MOVED: ERROR: memscope: heap-use-after-free
  // MOVED: ownership: its last owner, 'Second' in moved() (unique_ptr made at {{.*}}custom-deleter.cpp:[[@LINE-5]]:{{[0-9]+}} in moved()), let go of it at {{.*}}custom-deleter.cpp:[[@LINE-3]]:{{[0-9]+}} in moved()
}

[[gnu::noinline]] static int stateful() {
  auto *P = new Pool;
  std::unique_ptr<Buffer, PoolDeleter> Held(newBuffer(), PoolDeleter{P});
  Buffer *Raw = Held.get();
  Held.reset();
  int R = static_cast<volatile char *>(Raw->Bytes)[2];
  delete P;
  return R;
  // STATEFUL: ERROR: memscope: heap-use-after-free
  // STATEFUL-NOT: ownership:
  // STATEFUL-NOT: raw pointer obtained
  // STATEFUL: SUMMARY
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "moved"))
    return moved();
  if (argc > 1 && !strcmp(argv[1], "stateful"))
    return stateful();
  return uaf();
}
