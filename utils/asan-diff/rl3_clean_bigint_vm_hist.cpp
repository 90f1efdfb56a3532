// EXPECT: none
// a BigInt that pushes its final carry, a stack VM that checks operand counts against both ends of a std::array stack, and a histogram whose bucket index is clamped to the last bucket
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

class BigInt {
public:
  explicit BigInt(uint32_t v = 0) {
    if (v) limbs_.push_back(v);
  }
  BigInt add(const BigInt &o) const {
    const auto &a = limbs_.size() >= o.limbs_.size() ? limbs_ : o.limbs_;
    const auto &b = limbs_.size() >= o.limbs_.size() ? o.limbs_ : limbs_;
    BigInt r;
    r.limbs_.reserve(a.size() + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < a.size(); i++) {
      uint64_t s = (uint64_t)a[i] + (i < b.size() ? b[i] : 0) + carry;
      r.limbs_.push_back((uint32_t)(s % 1000000000u));
      carry = s / 1000000000u;
    }
    if (carry) r.limbs_.push_back((uint32_t)carry);
    return r;
  }
  std::string str() const {
    if (limbs_.empty()) return "0";
    std::string s = std::to_string(limbs_.back());
    char buf[10]; // 9 digits + NUL
    for (size_t i = limbs_.size() - 1; i-- > 0;) {
      std::snprintf(buf, sizeof buf, "%09u", limbs_[i]);
      s += buf;
    }
    return s;
  }

private:
  std::vector<uint32_t> limbs_;
};

enum Op { PUSH, ADD, MUL, DUP, SWAP, DEC, JNZ, HALT };
struct Insn {
  Op op;
  long arg;
};

static long run(const std::vector<Insn> &code, int *err) {
  std::array<long, 8> st{};
  size_t sp = 0, pc = 0;
  int steps = 0;
  *err = 0;
  while (pc < code.size() && steps++ < 10000) {
    const Insn &in = code[pc++];
    auto need = [&](size_t k, size_t room) {
      if (sp < k || st.size() - sp < room) {
        *err = 1;
        return false;
      }
      return true;
    };
    switch (in.op) {
    case PUSH: if (!need(0, 1)) return 0; st[sp++] = in.arg; break;
    case DUP: if (!need(1, 1)) return 0; st[sp] = st[sp - 1]; sp++; break;
    case ADD: if (!need(2, 0)) return 0; st[sp - 2] += st[sp - 1]; sp--; break;
    case MUL: if (!need(2, 0)) return 0; st[sp - 2] *= st[sp - 1]; sp--; break;
    case SWAP: if (!need(2, 0)) return 0; std::swap(st[sp - 1], st[sp - 2]); break;
    case DEC: if (!need(1, 0)) return 0; st[sp - 1]--; break;
    case JNZ: if (!need(1, 0)) return 0; if (st[--sp]) pc = (size_t)in.arg; break;
    case HALT: return sp ? st[sp - 1] : 0;
    }
  }
  return sp ? st[sp - 1] : 0;
}

struct Histogram {
  static constexpr size_t N = 12;
  uint64_t total = 0;
  std::array<uint32_t, N> counts{};
  void add(uint32_t v) {
    size_t b = 0;
    for (uint32_t x = v; x; x >>= 1) b++;
    if (b > N - 1) b = N - 1;
    counts[b]++;
    total += v;
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string s = argc > 2 ? argv[2] : "ABC";
  BigInt a(0), b(1);
  for (int i = 0; i < n * 20; i++) {
    BigInt c = a.add(b);
    a = b;
    b = c;
  }
  int e1, e2, e3;
  long sum = run({{PUSH, 0}, {PUSH, n}, {SWAP, 0}, {DUP, 0}, {ADD, 0}, {SWAP, 0}, {DEC, 0}, {DUP, 0}, {JNZ, 2}, {HALT, 0}}, &e1);
  long under = run({{PUSH, (long)s.size()}, {ADD, 0}, {HALT, 0}}, &e2);
  std::vector<Insn> deep;
  for (int i = 0; i < 9; i++) deep.push_back({PUSH, i});
  long over = run(deep, &e3);
  Histogram h;
  for (int i = 0; i < n * 10; i++) h.add((uint32_t)(i * 977 % 6000) * (uint32_t)(i % 5 == 4 ? 50 : 1));
  std::printf("fib=%s\nvm: %ld/%d %ld/%d %ld/%d; hist last=%u total=%llu\n", b.str().c_str(), sum, e1,
              under, e2, over, e3, h.counts[Histogram::N - 1], (unsigned long long)h.total);
  return 0;
}
