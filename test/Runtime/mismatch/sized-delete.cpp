// ===- test/Runtime/mismatch/sized-delete.cpp - delete through a base -----===
//
// A Derived deleted through a Base* whose destructor is not virtual: the
// sized operator delete receives sizeof(Base), not the allocated size.
// new-delete-type-mismatch gives both sizes. new_delete_type_mismatch=0
// turns the check off (and the delete then succeeds); -fno-sized-deallocation
// gives the runtime no size to compare.
//
// See also: runtime/memscope_new_delete.cpp, docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=new_delete_type_mismatch=0 %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 -fno-sized-deallocation %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=OFF --implicit-check-not=memscope

#include <cstdio>

struct Base {
  int Id;
  ~Base() {}
};

struct Derived : Base {
  char Payload[60];
};

// Publishing the object keeps -O2 from eliding the new/delete pair, which
// C++ allows when nothing else observes the allocation.
Base *volatile LastCreated;

int main(int argc, char **) {
  Base *Object = new Derived; // ALLOC
  Object->Id = argc;
  LastCreated = Object;
  std::fprintf(stderr, "id %d\n", Object->Id);
  delete Object; // BOOM
  std::fprintf(stderr, "done\n");
  return 0;
}

// CHECK:      ERROR: memscope: new-delete-type-mismatch on [[ADDR:0x[0-9a-f]+]] in thread T0:
// CHECK-NEXT:   object passed to delete has wrong type:
// CHECK-NEXT:   size of the allocated type:   64 bytes;
// CHECK-NEXT:   size of the deallocated type: 4 bytes.
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*, unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}sized-delete.cpp:[[@LINE-10]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 64-byte region
// CHECK:      allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}sized-delete.cpp:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: new-delete-type-mismatch {{.*}}sized-delete.cpp:[[@LINE-15]]:{{[0-9]+}} in main
// CHECK-NOT:  done

// OFF: id 1
// OFF: done
