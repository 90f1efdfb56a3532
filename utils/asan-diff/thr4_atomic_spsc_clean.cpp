// EXPECT: none
// A lock-free single-producer single-consumer ring of std::atomic indices
// carries 50000 heap std::string objects; the consumer deletes each; a
// second pair does the same with new[] int arrays.
#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
template <class T> struct Ring {
  static const unsigned N = 256;
  T *slots[N];
  std::atomic<unsigned> head{0}, tail{0};
  void push(T *p) {
    unsigned t = tail.load(std::memory_order_relaxed);
    while (t - head.load(std::memory_order_acquire) == N) std::this_thread::yield();
    slots[t % N] = p;
    tail.store(t + 1, std::memory_order_release);
  }
  T *pop() {
    unsigned h = head.load(std::memory_order_relaxed);
    while (tail.load(std::memory_order_acquire) == h) std::this_thread::yield();
    T *p = slots[h % N];
    head.store(h + 1, std::memory_order_release);
    return p;
  }
};
int main() {
  const int M = 50000;
  Ring<std::string> rs;
  Ring<int> ri;
  long a = 0, b = 0;
  std::thread c1([&] { for (int i = 0; i < M; i++) { std::string *s = rs.pop(); a += s->size() + (*s)[0]; delete s; } });
  std::thread c2([&] { for (int i = 0; i < M; i++) { int *p = ri.pop(); b += p[0] + p[p[0]]; delete[] p; } });
  std::thread p1([&] { for (int i = 0; i < M; i++) rs.push(new std::string(1 + i % 60, char('a' + i % 26))); });
  std::thread p2([&] {
    for (int i = 0; i < M; i++) {
      int n = 1 + i % 30;
      int *p = new int[n + 1];
      p[0] = n;
      for (int k = 1; k <= n; k++) p[k] = k;
      ri.push(p);
    }
  });
  p1.join(); p2.join(); c1.join(); c2.join();
  std::printf("%ld %ld\n", a, b);
  return 0;
}
