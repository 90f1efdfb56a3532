//===- benchmarks/array_loop.cpp - checked heap accesses in a hot loop ----===//
//
// Stresses the inline access checks: a 64 KiB heap array of ints (fits in
// L1/L2) is swept many times with read-modify-write through indices loaded
// from a second heap array, so the compiler can neither prove an access in
// bounds nor vectorise the sweep into a few wide accesses. Every iteration
// is four 4-byte heap accesses (index load, two data loads, one store), so
// the run time is almost entirely instrumented loads and stores; allocation
// happens only at start-up.
//
//   clang++-22 -O2 -g array_loop.cpp -o array_loop && ./array_loop
//
// Prints `checksum: <hex>`, which is identical in every build.
//
// See also: benchmarks/run.sh, pass/MemoryAccess.cpp,
// runtime/memscope_mapping.h.
//===----------------------------------------------------------------------===//
#include <cstdint>
#include <cstdio>

namespace {

constexpr uint32_t Elements = 16384; // 64 KiB of uint32_t
constexpr int Passes = 40000;

// A fixed pseudo-random permutation of 0..Elements-1 (Fisher-Yates driven by
// an LCG), so the gather/scatter pattern is deterministic.
void fillPermutation(uint32_t *Index) {
  for (uint32_t I = 0; I < Elements; ++I)
    Index[I] = I;
  uint32_t State = 12345;
  for (uint32_t I = Elements - 1; I > 0; --I) {
    State = State * 1664525u + 1013904223u;
    uint32_t J = State % (I + 1);
    uint32_t T = Index[I];
    Index[I] = Index[J];
    Index[J] = T;
  }
}

} // namespace

int main() {
  auto *Data = new uint32_t[Elements];
  auto *Index = new uint32_t[Elements];
  for (uint32_t I = 0; I < Elements; ++I)
    Data[I] = I * 2654435761u;
  fillPermutation(Index);

  for (int Pass = 0; Pass < Passes; ++Pass) {
    for (uint32_t I = 0; I < Elements; ++I) {
      uint32_t J = Index[I];
      Data[J] = (Data[J] ^ Data[I]) + static_cast<uint32_t>(Pass);
    }
  }

  uint64_t Sum = 0;
  for (uint32_t I = 0; I < Elements; ++I)
    Sum = Sum * 31 + Data[I];
  delete[] Index;
  delete[] Data;
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(Sum));
  return 0;
}
