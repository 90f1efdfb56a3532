// EXPECT: global-buffer-overflow
// A global ring buffer of 8 events advances its head modulo 9 instead of 8;
// the ninth push writes past the array (the class's last member).
#include <cstdio>
#include <cstdlib>
class EventRing {
public:
  void push(int e) {
    ev_[head_] = e; // BUG
    head_ = (head_ + 1) % (kCap + 1);
  }
  int latest() const { return ev_[(head_ + kCap - 1) % kCap]; }
private:
  static constexpr unsigned kCap = 8;
  unsigned head_ = 0;
  int ev_[kCap];
};
EventRing g_ring;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) - 1; // 9
  for (int i = 0; i < n; i++) g_ring.push(i * argc);
  std::printf("%d\n", g_ring.latest());
  return 0;
}
