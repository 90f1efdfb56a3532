// EXPECT: heap-buffer-overflow
// a little-endian base-10^9 BigInt; add() sizes its limb vector to the longer operand and stores the final carry through data() one past the end, meaning to resize afterwards
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

class BigInt {
public:
  static constexpr uint32_t kBase = 1000000000u;

  BigInt() = default;
  explicit BigInt(const std::string &dec) {
    for (size_t end = dec.size(); end > 0;) {
      size_t start = end >= 9 ? end - 9 : 0;
      limbs_.push_back((uint32_t)std::strtoul(dec.substr(start, end - start).c_str(), nullptr, 10));
      end = start;
    }
    trim();
  }

  BigInt add(const BigInt &o) const {
    const std::vector<uint32_t> &a = limbs_.size() >= o.limbs_.size() ? limbs_ : o.limbs_;
    const std::vector<uint32_t> &b = limbs_.size() >= o.limbs_.size() ? o.limbs_ : limbs_;
    BigInt r;
    r.limbs_.resize(a.size());
    uint32_t *out = r.limbs_.data();
    uint64_t carry = 0;
    for (size_t i = 0; i < a.size(); i++) {
      uint64_t s = (uint64_t)a[i] + (i < b.size() ? b[i] : 0) + carry;
      out[i] = (uint32_t)(s % kBase);
      carry = s / kBase;
    }
    if (carry) {
      out[a.size()] = (uint32_t)carry; // BUG
      r.limbs_.resize(a.size() + 1);
    }
    return r;
  }

  BigInt mul_small(uint32_t m) const {
    BigInt r;
    uint64_t carry = 0;
    for (uint32_t l : limbs_) {
      uint64_t p = (uint64_t)l * m + carry;
      r.limbs_.push_back((uint32_t)(p % kBase));
      carry = p / kBase;
    }
    while (carry) {
      r.limbs_.push_back((uint32_t)(carry % kBase));
      carry /= kBase;
    }
    r.trim();
    return r;
  }

  std::string str() const {
    if (limbs_.empty()) return "0";
    std::string s = std::to_string(limbs_.back());
    char buf[16];
    for (size_t i = limbs_.size() - 1; i-- > 0;) {
      std::snprintf(buf, sizeof buf, "%09u", limbs_[i]);
      s += buf;
    }
    return s;
  }

private:
  void trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
  }
  std::vector<uint32_t> limbs_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string letters = argc > 2 ? argv[2] : "ABC";
  std::string digits;
  for (char c : letters) digits += (char)('0' + (c - 'A') % 10);
  BigInt x(digits);
  BigInt fib_a("0"), fib_b("1");
  for (int i = 0; i < n * 20; i++) {
    BigInt next = fib_a.add(fib_b);
    fib_a = fib_b;
    fib_b = next;
  }
  BigInt nines(std::string(18, '9'));
  BigInt y = x.mul_small(3).add(nines);
  std::printf("fib(%d) = %s\n", n * 20, fib_b.str().c_str());
  std::printf("%s * 3 + 10^18-1 = %s\n", x.str().c_str(), y.str().c_str());
  return 0;
}
