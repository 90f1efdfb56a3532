// ===- test/Analyzer/relation-kinds.cpp - Shares, Clone, Evolution ------===
//
// Each relation kind beyond Owns, with its negative cases:
//   - Shares: 8 objects in two vectors of shared_ptr (two holders each,
//     through one control block) are Shares, 16 edges the exact ArcClone
//     edges confirm; 4 objects in one vector only are Owns;
//   - Clone: a copy of a buffer of varied words (identical), and a copy
//     with one word changed (nearly identical); 24 buffers of unrelated
//     random words, 4 large ones (1024 words each: every MinHash bin sees
//     many) and 24 zeroed buffers of one size are no clones (the two
//     vectors' storage, holding the same words, is one);
//   - Evolution: a block moved three times by realloc, one edge per move;
//   - Contains: a std::string's characters out of its inline buffer, with
//     their length; a short string (inline) gives nothing;
//   - no Slice from a range's end pointer, one past its buffer's end.
//
// See also: utils/analyzer/Relations.h, test/Analyzer/relations.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --kind Shares %t.dir/*.trace | FileCheck %s --check-prefix=SHARES
// RUN: memscope graph --kind Clone %t.dir/*.trace | FileCheck %s --check-prefix=CLONE
// RUN: memscope graph --kind Evolution %t.dir/*.trace | FileCheck %s --check-prefix=EVOLUTION
// RUN: memscope graph --kind Contains --min-confidence 0.8 %t.dir/*.trace | FileCheck %s --check-prefix=STRING
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --kind Slice %t.dir/*.trace | FileCheck %s --check-prefix=NOSLICE
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --kind Shares %t.dir/*.trace | FileCheck %s --check-prefix=SHARES
// RUN: memscope graph --kind Clone %t.dir/*.trace | FileCheck %s --check-prefix=CLONE
// RUN: memscope graph --kind Evolution %t.dir/*.trace | FileCheck %s --check-prefix=EVOLUTION
// RUN: memscope graph --kind Contains --min-confidence 0.8 %t.dir/*.trace | FileCheck %s --check-prefix=STRING
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --kind Slice %t.dir/*.trace | FileCheck %s --check-prefix=NOSLICE

// A range's end pointer (the word at offset 8), one past its buffer,
// points into no block. (The dynamic loader's own blocks have a Slice.)
// NOSLICE: "inferred_edges": [
// NOSLICE-NOT: "offset":8,
// NOSLICE: ]

// SHARES-COUNT-16: "kind":"Shares",
// SHARES-NOT: "kind":"Shares",

// The two vectors' storage blocks hold the same words: a clone too.
// CLONE: "kind":"Clone","confidence":0.95,"offset":0,"target_offset":0,"length":128,"evidence":"the same size and identical content as an earlier block"
// CLONE: "kind":"Clone","confidence":0.95,"offset":0,"target_offset":0,"length":256,"evidence":"the same size and identical content as an earlier block"
// CLONE: "kind":"Clone","confidence":{{0\.[89][0-9]*}},"offset":0,"target_offset":0,"length":256,"evidence":"the same size and nearly the same words as an earlier block (MinHash)"
// CLONE-NOT: "kind":"Clone",

// EVOLUTION-COUNT-3: "kind":"Evolution","confidence":1.0,
// EVOLUTION-NOT: "kind":"Evolution",

// Three vectors' storage (Contains, 0.9), then the long string's.
// STRING-COUNT-3: "evidence":"begin, end and capacity pointers
// STRING: "kind":"Contains","confidence":0.85,"offset":0,"target_offset":0,"length":100,"evidence":"a data pointer, a length and a capacity
// STRING-NOT: "kind":"Contains",

// EVAL: Owns precision 1.000 (4/4 confirmed by an exact edge of the kind)
// EVAL: Shares precision 1.000 (16/16 confirmed by an exact edge of the kind)
// EVAL: Clone 3 inferred
// EVAL: Evolution 3 inferred: exact
// EVAL: recall 1.000 (20/20

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Obj {
  long A, B;
};

std::vector<std::shared_ptr<Obj>> *Both1, *Both2, *Alone;
uint64_t *Original, *Copy, *Near, *Random[24], *Zero[24], *Big[4];
char *Moved;
std::string *Long, *Short;
struct Range {
  char *Begin, *End;
} *Whole;

uint64_t Seed = 88172645463325252ull;
uint64_t next() {
  Seed ^= Seed << 13;
  Seed ^= Seed >> 7;
  Seed ^= Seed << 17;
  return Seed;
}

uint64_t *randomWords(size_t N) {
  auto *P = static_cast<uint64_t *>(malloc(N * sizeof(uint64_t)));
  for (size_t I = 0; I < N; ++I)
    P[I] = next();
  return P;
}

int main() {
  Both1 = new std::vector<std::shared_ptr<Obj>>;
  Both2 = new std::vector<std::shared_ptr<Obj>>;
  Alone = new std::vector<std::shared_ptr<Obj>>;
  Both1->reserve(8), Both2->reserve(8), Alone->reserve(4);
  for (long I = 0; I < 8; ++I) {
    auto O = std::make_shared<Obj>(Obj{I, 2 * I});
    Both1->push_back(O);
    Both2->push_back(O);
  }
  for (long I = 0; I < 4; ++I)
    Alone->push_back(std::make_shared<Obj>(Obj{I, 0}));

  Original = randomWords(32);
  Copy = static_cast<uint64_t *>(malloc(32 * sizeof(uint64_t)));
  memcpy(Copy, Original, 32 * sizeof(uint64_t));
  Near = static_cast<uint64_t *>(malloc(32 * sizeof(uint64_t)));
  memcpy(Near, Original, 32 * sizeof(uint64_t));
  Near[7] = 12345;
  for (int I = 0; I < 24; ++I) {
    Random[I] = randomWords(32);
    Zero[I] = static_cast<uint64_t *>(calloc(32, sizeof(uint64_t)));
  }
  for (int I = 0; I < 4; ++I)
    Big[I] = randomWords(1024);

  Moved = static_cast<char *>(malloc(16));
  for (size_t Size = 64; Size <= 4096; Size *= 8)
    Moved = static_cast<char *>(realloc(Moved, Size));

  char *Buffer = static_cast<char *>(malloc(64));
  Whole = new Range{Buffer, Buffer + 64};
  Long = new std::string(100, 'x');
  Short = new std::string("short");
  return 0;
}
