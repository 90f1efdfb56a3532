//===- benchmarks/shared_ptr.cpp - std::shared_ptr churn ------------------===//
//
// Stresses smart-pointer traffic: every round creates objects with
// make_shared (one allocation holding control block and object), copies each
// into a vector twice, passes it by value through a non-inlined call (a
// reference-count increment and decrement per call), publishes it into a ring
// of weak_ptrs that are later lock()ed, and resets half of the copies before
// the vector is cleared. Reference counts, control blocks and the
// shared_ptr/weak_ptr members are all heap accesses; the objects die out of
// creation order.
//
//   clang++-22 -O2 -g shared_ptr.cpp -o shared_ptr && ./shared_ptr
//
// Prints `checksum: <hex>`, which is identical in every build.
//
// See also: benchmarks/run.sh, runtime/memscope_allocator.h.
//===----------------------------------------------------------------------===//
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Particle {
  double X, Y;
  uint64_t Id;
  Particle(double X, double Y, uint64_t Id) : X(X), Y(Y), Id(Id) {}
};

constexpr int Rounds = 160'000;
constexpr int PerRound = 64;
constexpr unsigned WatchSize = 48;

// Takes the pointer by value on purpose: one copy in, one destruction out.
[[gnu::noinline]] uint64_t weigh(std::shared_ptr<Particle> P) {
  return P->Id * 3 + static_cast<uint64_t>(P->X) +
         static_cast<uint64_t>(P.use_count());
}

} // namespace

int main() {
  std::vector<std::shared_ptr<Particle>> Live;
  Live.reserve(2 * PerRound);
  std::vector<std::weak_ptr<Particle>> Watch(WatchSize);
  uint64_t Sum = 0;
  uint64_t NextId = 1;

  for (int Round = 0; Round < Rounds; ++Round) {
    for (int K = 0; K < PerRound; ++K) {
      auto P = std::make_shared<Particle>(K * 0.5, Round * 0.25, NextId++);
      Live.push_back(P);
      Live.push_back(P);
      Sum += weigh(P);
      Watch[(Round * PerRound + K) % WatchSize] = P;
    }
    // Drop every other copy: objects whose both copies are gone die here,
    // in a different order from their creation.
    for (std::size_t I = 0; I < Live.size(); I += 2)
      if ((Live[I]->Id * 7) % 3 == 0)
        Live[I].reset(), Live[I + 1].reset();
    for (const std::weak_ptr<Particle> &W : Watch) {
      if (std::shared_ptr<Particle> S = W.lock())
        Sum += S->Id + static_cast<uint64_t>(S->Y);
      else
        Sum += 1;
    }
    Live.clear();
    // Everything is dead now; weak_ptrs keep only the control blocks.
    for (const std::weak_ptr<Particle> &W : Watch)
      Sum += W.expired() ? 0 : 1000003;
  }
  Watch.clear();
  std::printf("checksum: %016llx\n", static_cast<unsigned long long>(Sum));
  return 0;
}
