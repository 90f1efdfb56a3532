//===- test/Unit/AllocatorTest.cpp - the checked heap's own facts ---------===//
//
// Chunk lookup (what every report's "is located ... region" line rests on),
// alignment, and the libc contracts of the allocation functions.
//
// See also: runtime/memscope_allocator.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_mapping.h"

#include "gtest/gtest.h"

#include <cstdlib>
#include <cstring>
#include <malloc.h>

using namespace memscope;

namespace {

uptr U(const void *P) { return reinterpret_cast<uptr>(P); }

TEST(AllocatorTest, FindsTheChunkFromInsideAndFromItsRedzones) {
  char *P = static_cast<char *>(malloc(40));
  ChunkView Inside = FindHeapChunk(U(P) + 17);
  ASSERT_TRUE(Inside.Valid);
  EXPECT_EQ(Inside.UserBeg, U(P));
  EXPECT_EQ(Inside.UserSize, 40u);
  EXPECT_EQ(Inside.State, ChunkState::Allocated);
  EXPECT_EQ(Inside.Kind, AllocKind::Malloc);
  EXPECT_EQ(Inside.AllocTid, memscope::kMainTid);
  EXPECT_NE(Inside.AllocStack, 0u);
  EXPECT_EQ(FindHeapChunk(U(P) + 40).UserBeg, U(P)); // just past the end
  EXPECT_EQ(FindHeapChunk(U(P) - 1).UserBeg, U(P));  // just before
  free(P);
}

TEST(AllocatorTest, FreedChunkRemembersWhoFreedIt) {
  char *P = static_cast<char *>(malloc(24));
  free(P);
  ChunkView V = FindHeapChunk(U(P));
  ASSERT_TRUE(V.Valid);
  EXPECT_EQ(V.State, ChunkState::Quarantined);
  EXPECT_EQ(V.FreeTid, memscope::kMainTid);
  EXPECT_NE(V.FreeStack, 0u);
}

TEST(AllocatorTest, NewRecordsItsFamily) {
  int *P = new int[4];
  EXPECT_EQ(FindHeapChunk(U(P)).Kind, AllocKind::NewArray);
  delete[] P;
  int *Q = new int;
  EXPECT_EQ(FindHeapChunk(U(Q)).Kind, AllocKind::New);
  delete Q;
}

TEST(AllocatorTest, AlignmentIsHonoured) {
  for (uptr Align : {16u, 64u, 256u, 4096u, 65536u}) {
    void *P = nullptr;
    ASSERT_EQ(posix_memalign(&P, Align, 100), 0);
    EXPECT_EQ(U(P) % Align, 0u) << Align;
    EXPECT_EQ(FindHeapChunk(U(P) + 99).UserBeg, U(P));
    free(P);
    void *Q = aligned_alloc(Align, 3 * Align);
    EXPECT_EQ(U(Q) % Align, 0u);
    free(Q);
  }
  void *One = malloc(1);
  EXPECT_EQ(U(One) % 16, 0u);
  free(One);
}

TEST(AllocatorTest, LibcContracts) {
  void *A = malloc(0), *B = malloc(0);
  EXPECT_NE(A, nullptr);
  EXPECT_NE(A, B);
  free(A);
  free(B);
  unsigned char *C = static_cast<unsigned char *>(malloc(4096));
  memset(C, 0xab, 4096);
  free(C);
  unsigned char *Z = static_cast<unsigned char *>(calloc(512, 8));
  for (int I = 0; I < 4096; ++I)
    ASSERT_EQ(Z[I], 0) << I;
  char *R = static_cast<char *>(malloc(8));
  memcpy(R, "abcdefg", 8);
  R = static_cast<char *>(realloc(R, 1 << 20));
  EXPECT_STREQ(R, "abcdefg");
  EXPECT_EQ(malloc_usable_size(R), 1u << 20);
  EXPECT_EQ(realloc(R, 0), nullptr);
  free(Z);
}

TEST(AllocatorTest, LargeChunksHaveARightRedzone) {
  uptr Size = 4 << 20;
  char *P = static_cast<char *>(malloc(Size));
  ChunkView V = FindHeapChunk(U(P) + Size);
  ASSERT_TRUE(V.Valid);
  EXPECT_EQ(V.UserBeg, U(P));
  EXPECT_TRUE(AddressIsPoisoned(U(P) + Size));
  EXPECT_FALSE(AddressIsPoisoned(U(P) + Size - 1));
  free(P);
}

} // namespace
