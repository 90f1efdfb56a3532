//===- memscope_new_delete.cpp - every operator new and delete ------------===//
//
// All replaceable global allocation functions of C++17 and later: plain,
// array, nothrow, aligned and sized forms. Each records which family
// allocated (new or new[]) so that a mismatched delete, free or delete[] is
// reported, and sized deletes are compared with the allocated size
// (new-delete-type-mismatch).
//
// The runtime is built without the C++ library, so the two std types these
// signatures need are declared here; their mangling is what matters.
//
// See also: memscope_allocator.cpp, test/Runtime/mismatch/.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_stack.h"

using namespace memscope;

namespace std {
struct nothrow_t {};
enum class align_val_t : __SIZE_TYPE__ {};
} // namespace std

using size_t = __SIZE_TYPE__;

#define NEW_BODY(Kind, NoThrow, Alignment)                                     \
  EnsureInited();                                                              \
  MEMSCOPE_STACK_MALLOC;                                                       \
  return MemscopeNew(Size, Alignment, Kind, NoThrow, &stack)

#define DELETE_BODY(Kind, DeleteSize, Alignment)                               \
  if (!P)                                                                      \
    return;                                                                    \
  MEMSCOPE_STACK_FREE;                                                         \
  MemscopeFree(P, Kind, DeleteSize, Alignment, &stack)

// Weak, as ASan's: a program that replaces operators of its own (an
// accounting operator new over malloc) links, and its own are called.
#define ATTR SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE
#define ALIGN(A) static_cast<uptr>(A)

ATTR void *operator new(size_t Size) { NEW_BODY(AllocKind::New, false, 0); }
ATTR void *operator new[](size_t Size) {
  NEW_BODY(AllocKind::NewArray, false, 0);
}
ATTR void *operator new(size_t Size, std::nothrow_t const &) noexcept {
  NEW_BODY(AllocKind::New, true, 0);
}
ATTR void *operator new[](size_t Size, std::nothrow_t const &) noexcept {
  NEW_BODY(AllocKind::NewArray, true, 0);
}
ATTR void *operator new(size_t Size, std::align_val_t A) {
  NEW_BODY(AllocKind::New, false, ALIGN(A));
}
ATTR void *operator new[](size_t Size, std::align_val_t A) {
  NEW_BODY(AllocKind::NewArray, false, ALIGN(A));
}
ATTR void *operator new(size_t Size, std::align_val_t A,
                        std::nothrow_t const &) noexcept {
  NEW_BODY(AllocKind::New, true, ALIGN(A));
}
ATTR void *operator new[](size_t Size, std::align_val_t A,
                          std::nothrow_t const &) noexcept {
  NEW_BODY(AllocKind::NewArray, true, ALIGN(A));
}

ATTR void operator delete(void *P) noexcept { DELETE_BODY(AllocKind::New, 0, 0); }
ATTR void operator delete[](void *P) noexcept {
  DELETE_BODY(AllocKind::NewArray, 0, 0);
}
ATTR void operator delete(void *P, std::nothrow_t const &) noexcept {
  DELETE_BODY(AllocKind::New, 0, 0);
}
ATTR void operator delete[](void *P, std::nothrow_t const &) noexcept {
  DELETE_BODY(AllocKind::NewArray, 0, 0);
}
ATTR void operator delete(void *P, size_t Size) noexcept {
  DELETE_BODY(AllocKind::New, Size, 0);
}
ATTR void operator delete[](void *P, size_t Size) noexcept {
  DELETE_BODY(AllocKind::NewArray, Size, 0);
}
ATTR void operator delete(void *P, std::align_val_t A) noexcept {
  DELETE_BODY(AllocKind::New, 0, ALIGN(A));
}
ATTR void operator delete[](void *P, std::align_val_t A) noexcept {
  DELETE_BODY(AllocKind::NewArray, 0, ALIGN(A));
}
ATTR void operator delete(void *P, std::align_val_t A,
                          std::nothrow_t const &) noexcept {
  DELETE_BODY(AllocKind::New, 0, ALIGN(A));
}
ATTR void operator delete[](void *P, std::align_val_t A,
                            std::nothrow_t const &) noexcept {
  DELETE_BODY(AllocKind::NewArray, 0, ALIGN(A));
}
ATTR void operator delete(void *P, size_t Size, std::align_val_t A) noexcept {
  DELETE_BODY(AllocKind::New, Size, ALIGN(A));
}
ATTR void operator delete[](void *P, size_t Size,
                            std::align_val_t A) noexcept {
  DELETE_BODY(AllocKind::NewArray, Size, ALIGN(A));
}
