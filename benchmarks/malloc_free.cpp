//===- benchmarks/malloc_free.cpp - allocator throughput benchmark --------===//
//
// Stresses the allocator: malloc/free and new/delete dominate the run. A
// sliding window of live blocks (random slot replacement) makes frees happen
// out of allocation order, so the quarantine and size-class caches see a
// realistic mix instead of LIFO reuse. Sizes are log-uniform in 8..4096
// bytes; a quarter of the blocks come from new[]/delete[] and a quarter
// from a small object's new/delete. Each block is touched at both ends so
// the allocation cannot be elided and its redzones sit next to live data.
//
//   clang++-22 -O2 -g malloc_free.cpp -o malloc_free && ./malloc_free
//
// Prints `checksum: <hex>`, which is identical in every build.
//
// See also: benchmarks/run.sh, runtime/memscope_allocator.h,
// runtime/memscope_new_delete.cpp.
//===----------------------------------------------------------------------===//
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

uint64_t RngState = 0x9E3779B97F4A7C15ull;

// xorshift64*: deterministic, cheap, good enough to scatter slots and sizes.
uint64_t nextRandom() {
  RngState ^= RngState >> 12;
  RngState ^= RngState << 25;
  RngState ^= RngState >> 27;
  return RngState * 0x2545F4914F6CDD1Dull;
}

struct SmallObject {
  uint64_t Key;
  uint64_t Value;
  SmallObject *Next;
};

enum class Kind : uint8_t { Empty, Malloc, NewArray, NewObject };

struct Slot {
  unsigned char *Ptr;
  uint32_t Size;
  Kind K;
};

constexpr unsigned WindowSize = 2048; // live blocks at any time
// benchmarks/analyzer.sh builds smaller and larger runs of the same shape.
#ifndef MALLOC_FREE_OPERATIONS
#define MALLOC_FREE_OPERATIONS 6'000'000
#endif
constexpr long Operations = MALLOC_FREE_OPERATIONS;

// Reads back what was written at allocation, then releases the block the way
// it was allocated.
uint64_t release(Slot &S) {
  uint64_t Seen = 0;
  switch (S.K) {
  case Kind::Empty:
    return 0;
  case Kind::Malloc:
    Seen = S.Ptr[0] + S.Ptr[S.Size - 1];
    std::free(S.Ptr);
    break;
  case Kind::NewArray:
    Seen = S.Ptr[0] + S.Ptr[S.Size - 1];
    delete[] S.Ptr;
    break;
  case Kind::NewObject: {
    auto *O = reinterpret_cast<SmallObject *>(S.Ptr);
    Seen = O->Key ^ O->Value;
    delete O;
    break;
  }
  }
  S = {nullptr, 0, Kind::Empty};
  return Seen;
}

} // namespace

int main() {
  auto *Window = static_cast<Slot *>(std::calloc(WindowSize, sizeof(Slot)));
  if (!Window)
    return 1;
  uint64_t Sum = 0;
  for (long I = 0; I < Operations; ++I) {
    uint64_t R = nextRandom();
    Slot &S = Window[R % WindowSize];
    Sum += release(S);

    // Log-uniform size: pick a power of two 8..4096, then a size below it.
    unsigned Shift = 3 + (R >> 16) % 10;
    uint32_t Size = (1u << Shift) - static_cast<uint32_t>((R >> 24) % (1u << (Shift - 1)));
    unsigned char Tag = static_cast<unsigned char>(R >> 56);
    switch ((R >> 40) % 4) {
    case 0:
    case 1:
      S = {static_cast<unsigned char *>(std::malloc(Size)), Size, Kind::Malloc};
      if (!S.Ptr)
        return 1;
      break;
    case 2:
      S = {new unsigned char[Size], Size, Kind::NewArray};
      break;
    default: {
      auto *O = new SmallObject{R, static_cast<uint64_t>(I), nullptr};
      S = {reinterpret_cast<unsigned char *>(O), sizeof(SmallObject), Kind::NewObject};
      continue;
    }
    }
    S.Ptr[0] = Tag;
    S.Ptr[Size - 1] = Tag ^ 0x5a;
  }
  for (unsigned I = 0; I < WindowSize; ++I)
    Sum += release(Window[I]);
  std::free(Window);
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(Sum));
  return 0;
}
