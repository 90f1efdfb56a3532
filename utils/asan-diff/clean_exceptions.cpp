// EXPECT: none
#include <cstdio>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) int deep(int n) { char b[77]; std::memset(b, n, sizeof b); if (n == 0) throw std::runtime_error("x"); return deep(n - 1) + b[3]; }
int main() { int s = 0; for (int i = 0; i < 200; i++) { try { s += deep(15); } catch (const std::exception &e) { s++; } }
  char big[500]; std::memset(big, 2, sizeof big); std::printf("%d %d\n", s, big[499]); return 0; }
