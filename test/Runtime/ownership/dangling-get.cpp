// ===- test/Runtime/ownership/dangling-get.cpp - a raw pointer outlives its owner
//
// A raw pointer taken with shared_ptr::get() is used after the owner let go
// of the object. The use-after-free report names the ownership story: the
// type, the last owner and where it released the object, and the borrow
// that produced the dangling pointer.
//
// See also: runtime/memscope_ownership.cpp (PrintOwnershipStory).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <memory>

struct Session {
  int id = 7;
  long pad[3] = {};
};

int main(int argc, char **) {
  auto session = std::make_shared<Session>();
  Session *raw = session.get();
  session->id += argc;
  session.reset();
  return raw->id; // BOOM
  // CHECK: ERROR: memscope: heap-use-after-free on address
  // CHECK: #0 {{.*}} in main {{.*}}dangling-get.cpp:[[@LINE-2]]
  // CHECK: passport #{{[0-9]+}} (Session, {{[0-9]+}} bytes): allocated by T0 at {{.*}}dangling-get.cpp:[[@LINE-7]]:{{[0-9]+}} in main → freed by T0 at {{.*}}dangling-get.cpp:[[@LINE-4]]:{{[0-9]+}} in main
  // CHECK-NEXT: ownership: its last owner, 'session' in main (shared_ptr made at {{.*}}dangling-get.cpp:[[@LINE-8]]:{{[0-9]+}} in main), let go of it at {{.*}}dangling-get.cpp:[[@LINE-5]]:{{[0-9]+}} in main
  // CHECK-NEXT: raw pointer obtained via shared_ptr::get() at {{.*}}dangling-get.cpp:[[@LINE-8]]:{{[0-9]+}} in main from owner 'session' in main
  // CHECK: SUMMARY: memscope: heap-use-after-free
}
