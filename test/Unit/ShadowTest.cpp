//===- test/Unit/ShadowTest.cpp - shadow encoding of heap chunks ----------===//
//
// What the allocator writes into the shadow for live, freed and manually
// poisoned memory, read back directly (this binary is not instrumented).
//
// See also: runtime/memscope_mapping.h, runtime/memscope_shadow.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_interface.h"
#include "memscope_mapping.h"

#include "gtest/gtest.h"

#include <cstdlib>

using namespace memscope;

namespace {

u8 ShadowOf(const void *P) {
  return static_cast<u8>(*ShadowByte(reinterpret_cast<uptr>(P)));
}

TEST(ShadowTest, MappingMatchesTheAbiHeader) {
  EXPECT_EQ(MemToShadow(0), 0x7fff8000ULL);
  EXPECT_EQ(MemToShadow(0x10007fff8000ULL), kHighShadowBeg);
  EXPECT_TRUE(AddrIsInMem(0x555555554000ULL));
  EXPECT_FALSE(AddrIsInMem(kHighShadowBeg));
}

TEST(ShadowTest, LiveChunkIsAddressableExactlyToItsSize) {
  char *P = static_cast<char *>(malloc(13));
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(ShadowOf(P), 0);
  EXPECT_EQ(ShadowOf(P + 8), 5); // 13 = 8 + 5
  EXPECT_EQ(ShadowOf(P - 1), MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
  EXPECT_EQ(ShadowOf(P + 16), MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
  uptr Beg = reinterpret_cast<uptr>(P);
  EXPECT_EQ(FindPoisonedByte(Beg, 13), 0u);
  EXPECT_EQ(FindPoisonedByte(Beg, 14), Beg + 13);
  EXPECT_EQ(FindPoisonedByte(Beg - 3, 4), Beg - 3);
  free(P);
}

// The inline check of short ranges takes a block's partial last granule as
// clean up to its end and never past it, nor a range that leaves it.
TEST(ShadowTest, ShortRangeCheckStopsAtAPartialTail) {
  char *P = static_cast<char *>(malloc(13));
  ASSERT_NE(P, nullptr);
  uptr Beg = reinterpret_cast<uptr>(P);
  EXPECT_TRUE(ShortRangeIsClean(Beg, 13));
  EXPECT_TRUE(ShortRangeIsClean(Beg + 9, 4));
  EXPECT_TRUE(ShortRangeIsClean(Beg + 12, 1));
  EXPECT_FALSE(ShortRangeIsClean(Beg, 14));
  EXPECT_FALSE(ShortRangeIsClean(Beg + 12, 2));
  EXPECT_FALSE(ShortRangeIsClean(Beg + 13, 1));
  EXPECT_FALSE(ShortRangeIsClean(Beg - 1, 2));
  free(P);
  EXPECT_FALSE(ShortRangeIsClean(Beg, 1));
}

TEST(ShadowTest, FreedChunkIsPoisonedAsFreed) {
  char *P = static_cast<char *>(malloc(32));
  free(P);
  EXPECT_EQ(ShadowOf(P), MEMSCOPE_MAGIC_HEAP_FREED);
  EXPECT_EQ(ShadowOf(P + 24), MEMSCOPE_MAGIC_HEAP_FREED);
  EXPECT_EQ(FindPoisonedByte(reinterpret_cast<uptr>(P), 1),
            reinterpret_cast<uptr>(P));
}

TEST(ShadowTest, LongRangeFindsTheFirstBadByte) {
  char *P = static_cast<char *>(malloc(1 << 20));
  uptr Beg = reinterpret_cast<uptr>(P);
  EXPECT_EQ(FindPoisonedByte(Beg, 1 << 20), 0u);
  EXPECT_EQ(FindPoisonedByte(Beg + 5, (1 << 20)), Beg + (1 << 20));
  free(P);
}

TEST(ShadowTest, UserPoisoningFollowsAsanSemantics) {
  char *P = static_cast<char *>(malloc(64));
  __asan_poison_memory_region(P + 16, 16);
  EXPECT_FALSE(__asan_address_is_poisoned(P + 15));
  EXPECT_TRUE(__asan_address_is_poisoned(P + 16));
  EXPECT_TRUE(__asan_address_is_poisoned(P + 31));
  EXPECT_FALSE(__asan_address_is_poisoned(P + 32));
  // A range starting inside a granule poisons that granule's tail.
  __asan_poison_memory_region(P + 36, 12);
  EXPECT_FALSE(__asan_address_is_poisoned(P + 35));
  EXPECT_TRUE(__asan_address_is_poisoned(P + 36));
  __asan_unpoison_memory_region(P, 64);
  for (int I = 0; I < 64; ++I)
    EXPECT_FALSE(__asan_address_is_poisoned(P + I)) << I;
  free(P);
}

} // namespace
