// EXPECT: leak
// A compiler's use-list packs flags into its node pointers. Edges of kind A
// use the low 3 bits of an 8-aligned node pointer (LLVM's PointerIntPair):
// the word still points into the node (an interior pointer), so those nodes
// stay reachable. Edges of kind B pack a 16-bit tag into the top bits: the
// word points nowhere, so the nodes referenced only that way are reported as
// leaked, with the operand buffers they own.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct Node {
  int opcode;
  std::vector<int> operands;
};

template <unsigned Bits>
struct LowTagged {
  uintptr_t v = 0;
  void set(Node *p, unsigned tag) { v = reinterpret_cast<uintptr_t>(p) | (tag & ((1u << Bits) - 1)); }
  Node *ptr() const { return reinterpret_cast<Node *>(v & ~static_cast<uintptr_t>((1u << Bits) - 1)); }
};

struct HighTagged {
  uintptr_t v = 0;
  void set(Node *p, unsigned tag) { v = reinterpret_cast<uintptr_t>(p) | (static_cast<uintptr_t>(tag) << 48); }
  Node *ptr() const { return reinterpret_cast<Node *>(v & ((static_cast<uintptr_t>(1) << 48) - 1)); }
};

static LowTagged<3> g_kind_a[5];
static HighTagged g_kind_b[5];

__attribute__((noinline)) static void build(int n) {
  for (int i = 0; i < 5; i++) {
    Node *a = new Node{i, std::vector<int>(static_cast<size_t>(n + i), i)};
    Node *b = new Node{100 + i, std::vector<int>(static_cast<size_t>(n * 2 + i), i)};
    g_kind_a[i].set(a, 7); // tag 7: pointer + 7, still inside the 32-byte node
    g_kind_b[i].set(b, 0xBEEF);
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t walk() {
  size_t t = 0;
  for (int i = 0; i < 5; i++) t += g_kind_a[i].ptr()->operands.size() + g_kind_b[i].ptr()->operands.size();
  return t;
}

// Moving the vectors into the nodes goes through vector registers, whose
// stale copies LSan would scan with the exiting thread's registers.
__attribute__((noinline)) static void clear_vector_registers() {
  __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                   "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                   "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                   "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                   "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                   "pxor %%xmm15, %%xmm15" ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
                   "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  build(n);
  scrub();
  size_t t = walk();
  scrub();
  std::printf("operands %zu\n", t);
  clear_vector_registers();
  return 0;
}
