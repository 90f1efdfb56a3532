// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A protocol state machine keeps its state in a std::variant. While
// std::visit is handling the Buffering alternative (by reference), the
// handler transitions the machine back to Idle by assigning the variant
// itself, then keeps summing the now-destroyed Buffering's vector.
#include <cstdio>
#include <cstdlib>
#include <variant>
#include <vector>

struct Idle {};
struct Buffering { std::vector<int> chunks; };
struct Flushed { long total; };
using State = std::variant<Idle, Buffering, Flushed>;

struct Machine {
  State state;
  int limit;
  long flushed = 0;

  __attribute__((noinline)) void step() {
    std::visit([this](auto &s) {
      using T = std::decay_t<decltype(s)>;
      if constexpr (std::is_same_v<T, Buffering>) {
        if (static_cast<int>(s.chunks.size()) >= limit)
          state = Idle{};   // destroys `s`
        long sum = 0;
        for (int i = 0; i < limit; i++) sum += s.chunks[i]; // BUG
        flushed += sum;
      }
    }, state);
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  Machine m{Buffering{}, n};
  for (int i = 0; i < n; i++) std::get<Buffering>(m.state).chunks.push_back(argv[2][i]);
  m.step();
  std::printf("%ld %zu %d\n", m.flushed, m.state.index(), argc);
  return 0;
}
