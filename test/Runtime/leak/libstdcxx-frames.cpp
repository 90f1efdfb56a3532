// ===- test/Runtime/leak/libstdcxx-frames.cpp - stacks through libstdc++ ---===
//
// std::string allocates inside libstdc++.so (basic_string::_M_construct,
// _M_create), which is built without frame pointers: the frame-pointer
// chain breaks there. The unwinder steps past such frames with rules learnt
// from DWARF, so the allocation stack of a string's buffer still reaches
// the user's line, in leak reports and in use-after-free reports alike.
//
// See also: runtime/memscope_stack.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF

#include <cstring>
#include <string>

std::string *Kept;

__attribute__((noinline)) std::string *makeString(size_t N) {
  return new std::string(N, 'x'); // the buffer: in libstdc++
}

int main(int Argc, char **Argv) {
  if (Argc > 1) {
    std::string *S = makeString(200);
    const char *Data = S->data();
    delete S;
    return Data[10]; // use after free of the buffer
  }
  Kept = makeString(300);
  Kept = nullptr; // the string and its buffer leak
  return 0;
}

// CHECK: Direct leak of 32 byte(s) in 1 object(s) allocated from:
// CHECK: in makeString{{.*}}(unsigned long) {{.*}}libstdcxx-frames.cpp:[[#@LINE-16]]
// CHECK: Indirect leak of 301 byte(s) in 1 object(s) allocated from:
// CHECK: in std::__cxx11::basic_string<{{.*}}_M_construct
// CHECK: in makeString{{.*}}(unsigned long) {{.*}}libstdcxx-frames.cpp:[[#@LINE-19]]
// CHECK-NEXT: in main {{.*}}libstdcxx-frames.cpp:[[#@LINE-10]]

// UAF: ERROR: memscope: heap-use-after-free
// UAF: allocated by thread T0 here:
// UAF: in std::__cxx11::basic_string<{{.*}}_M_construct
// UAF: in makeString{{.*}}(unsigned long) {{.*}}libstdcxx-frames.cpp:[[#@LINE-25]]
// UAF-NEXT: in main {{.*}}libstdcxx-frames.cpp:[[#@LINE-21]]
