// ===- test/Runtime/ownership/facts-lifetime.cpp - owner facts per chunk ---===//
//
// What ownership tracking learnt of a block's owners lives apart from its
// metadata (runtime/memscope_allocator.h, OwnerFactsOf), so two things must
// hold: a large block (the mmap allocator's, whose facts lie in its header
// page) reports its owner like a small one; and a block that reuses the
// memory of an owned one (no quarantine) reports none of the old owner's
// story. Only the release that ends the object is kept: with make_shared
// and a weak_ptr left, that is the last strong owner's reset, though the
// block is freed later, by the weak_ptr; likewise with the control block
// apart from the object, and with make_shared's block in the mmap
// allocator.
//
// See also: test/Runtime/ownership/dangling-get.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t large 2>&1 | FileCheck %s --check-prefix=LARGE
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=0 not %t reused 2>&1 | FileCheck %s --check-prefix=REUSED
// RUN: not %t weak 2>&1 | FileCheck %s --check-prefix=WEAK
// RUN: not %t apart 2>&1 | FileCheck %s --check-prefix=APART
// RUN: not %t large-shared 2>&1 | FileCheck %s --check-prefix=LARGE_SHARED
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t large 2>&1 | FileCheck %s --check-prefix=LARGE
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=0 not %t reused 2>&1 | FileCheck %s --check-prefix=REUSED
// RUN: not %t weak 2>&1 | FileCheck %s --check-prefix=WEAK
// RUN: not %t apart 2>&1 | FileCheck %s --check-prefix=APART
// RUN: not %t large-shared 2>&1 | FileCheck %s --check-prefix=LARGE_SHARED

#include <cstdlib>
#include <cstring>
#include <memory>

struct Image {
  char Pixels[1 << 20];
};

struct Small {
  long Fields[4];
};

// Out of line, so -O2 keeps the owner and the borrow.
[[gnu::noinline]] int large() {
  auto Frame = std::make_unique<Image>();
  Image *Raw = Frame.get();
  Frame.reset();
  return Raw->Pixels[7]; // BOOM
  // LARGE: ERROR: memscope: heap-use-after-free on address
  // LARGE: #0 {{.*}} in large{{.*}} {{.*}}facts-lifetime.cpp:[[@LINE-2]]
  // LARGE: passport #{{[0-9]+}} (Image, 1048576 bytes)
  // LARGE-NEXT: ownership: its last owner, 'Frame' in large{{.*}} (unique_ptr made at {{.*}}facts-lifetime.cpp:[[@LINE-7]]:{{[0-9]+}} in large{{.*}}), let go of it at {{.*}}facts-lifetime.cpp:[[@LINE-5]]:{{[0-9]+}} in large
  // LARGE-NEXT: raw pointer obtained via unique_ptr::get() at {{.*}}facts-lifetime.cpp:[[@LINE-7]]:{{[0-9]+}} in large{{.*}} from owner 'Frame'
}

[[gnu::noinline]] int reused() {
  auto Owned = std::make_unique<Small>();
  Small *Raw = Owned.get();
  Raw->Fields[0] = 1;
  Owned.reset();
  // Without a quarantine the next block of this size takes the same memory.
  char *Plain = static_cast<char *>(std::malloc(sizeof(Small)));
  if (Plain != reinterpret_cast<char *>(Raw))
    return 0; // the test cannot tell; fails on the missing report
  std::memset(Plain, 0, sizeof(Small));
  return static_cast<volatile char *>(Plain)[sizeof(Small)]; // BOOM
  // REUSED: ERROR: memscope: heap-buffer-overflow on address
  // REUSED: #0 {{.*}} in reused{{.*}} {{.*}}facts-lifetime.cpp:[[@LINE-2]]
  // REUSED: passport #{{[0-9]+}} ({{[^)]*}}bytes): allocated by T0 at {{.*}}facts-lifetime.cpp:[[@LINE-7]]:{{[0-9]+}} in reused
  // REUSED-NOT: ownership:
  // REUSED-NOT: raw pointer obtained
  // REUSED: SUMMARY: memscope: heap-buffer-overflow
}

[[gnu::noinline]] int weak() {
  auto First = std::make_shared<Small>();
  std::shared_ptr<Small> Second = First;
  std::weak_ptr<Small> Watch = First;
  Small *Raw = First.get();
  First.reset();  // another owner remains
  Second.reset(); // the last: the object ends, its block stays for Watch
  Watch.reset();  // the block goes
  return static_cast<int>(Raw->Fields[1]); // BOOM
  // WEAK: ERROR: memscope: heap-use-after-free on address
  // WEAK: #0 {{.*}} in weak{{.*}} {{.*}}facts-lifetime.cpp:[[@LINE-2]]
  // WEAK: ownership: its last owner, 'Second' in weak{{.*}} (shared_ptr made at {{.*}}facts-lifetime.cpp:[[@LINE-9]]:{{[0-9]+}} in weak{{.*}}), let go of it at {{.*}}facts-lifetime.cpp:[[@LINE-5]]:{{[0-9]+}} in weak
  // WEAK-NEXT: raw pointer obtained via shared_ptr::get() at {{.*}}facts-lifetime.cpp:[[@LINE-8]]:{{[0-9]+}} in weak{{.*}} from owner 'First'
}

// The object apart from its control block (shared_ptr(new T)): the owner
// whose reset drops the count to 0 is the last, whether or not a weak_ptr
// keeps the control block.
[[gnu::noinline]] int apart() {
  std::shared_ptr<Small> First(new Small);
  std::shared_ptr<Small> Second = First;
  std::weak_ptr<Small> Watch = First;
  Small *Raw = First.get();
  Second.reset(); // another owner remains
  First.reset();  // the last
  return static_cast<int>(Raw->Fields[1]); // BOOM
  // APART: ERROR: memscope: heap-use-after-free on address
  // APART: #0 {{.*}} in apart{{.*}} {{.*}}facts-lifetime.cpp:[[@LINE-2]]
  // APART: ownership: its last owner, 'First' in apart{{.*}} (shared_ptr made at {{.*}}facts-lifetime.cpp:[[@LINE-9]]:{{[0-9]+}} in apart{{.*}}), let go of it at {{.*}}facts-lifetime.cpp:[[@LINE-4]]:{{[0-9]+}} in apart
}

// make_shared of a large object (the mmap allocator's block, control block
// in it): the last of two owners is quoted.
[[gnu::noinline]] int largeShared() {
  auto First = std::make_shared<Image>();
  std::shared_ptr<Image> Second = First;
  Image *Raw = First.get();
  First.reset();
  Second.reset();
  return Raw->Pixels[9]; // BOOM
  // LARGE_SHARED: ERROR: memscope: heap-use-after-free on address
  // LARGE_SHARED: #0 {{.*}} in largeShared{{.*}} {{.*}}facts-lifetime.cpp:[[@LINE-2]]
  // LARGE_SHARED: ownership: its last owner, 'Second' in largeShared{{.*}} (shared_ptr made at {{.*}}facts-lifetime.cpp:[[@LINE-7]]:{{[0-9]+}} in largeShared{{.*}}), let go of it at {{.*}}facts-lifetime.cpp:[[@LINE-4]]:{{[0-9]+}} in largeShared
}

int main(int argc, char **argv) {
  if (argc > 1 && !std::strcmp(argv[1], "large"))
    return large();
  if (argc > 1 && !std::strcmp(argv[1], "weak"))
    return weak();
  if (argc > 1 && !std::strcmp(argv[1], "apart"))
    return apart();
  if (argc > 1 && !std::strcmp(argv[1], "large-shared"))
    return largeShared();
  return reused();
}
