// EXPECT: heap-buffer-overflow
// a fixed-capacity circular deque template computes the new head as (head-1)%cap with a signed head, which is -1 at zero; push_front on an empty deque stores before the array
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

template <typename T>
class RingDeque {
 public:
  explicit RingDeque(int cap) : cap_(cap), buf_(new T[(size_t)cap]) {}
  ~RingDeque() { delete[] buf_; }
  RingDeque(const RingDeque &) = delete;
  RingDeque &operator=(const RingDeque &) = delete;

  bool full() const { return size_ == cap_; }
  bool empty() const { return size_ == 0; }
  int size() const { return size_; }

  void push_back(const T &v) {
    if (full()) throw std::length_error("deque full");
    buf_[(head_ + size_) % cap_] = v;
    size_++;
  }
  void push_front(const T &v) {
    if (full()) throw std::length_error("deque full");
    head_ = (head_ - 1) % cap_;
    buf_[head_] = v; // BUG
    size_++;
  }
  T pop_front() {
    T v = buf_[head_];
    head_ = (head_ + 1) % cap_;
    size_--;
    return v;
  }
  T pop_back() {
    size_--;
    return buf_[(head_ + size_) % cap_];
  }
  const T &operator[](int i) const { return buf_[(head_ + i) % cap_]; }

 private:
  int cap_;
  T *buf_;
  int head_ = 0, size_ = 0;
};

struct Step {
  int node;
  int dist;
};

// 0-1 BFS over a small implicit graph: edges to i+1 cost 1, edges to 2*i cost 0.
static int zero_one_bfs(int target, int limit, RingDeque<Step> &dq, int *visited_out) {
  int dist[256];
  for (int i = 0; i < 256; i++) dist[i] = 1 << 30;
  dist[1] = 0;
  dq.push_front(Step{1, 0});
  int visited = 0;
  while (!dq.empty()) {
    Step s = dq.pop_front();
    if (s.dist > dist[s.node]) continue;
    visited++;
    if (s.node == target) break;
    int dbl = s.node * 2, inc = s.node + 1;
    if (dbl < limit && dist[dbl] > s.dist && !dq.full()) {
      dist[dbl] = s.dist;
      dq.push_front(Step{dbl, s.dist});
    }
    if (inc < limit && dist[inc] > s.dist + 1 && !dq.full()) {
      dist[inc] = s.dist + 1;
      dq.push_back(Step{inc, s.dist + 1});
    }
  }
  *visited_out = visited;
  return dist[target];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  int target = n * 7 + (alpha[0] - 'A');
  RingDeque<Step> dq(64);
  int visited = 0;
  int d = zero_one_bfs(target, 256, dq, &visited);
  std::printf("target %d reached with %d increments, %d nodes visited, %d left\n", target, d, visited, dq.size());
  RingDeque<std::string> names(8);
  for (size_t i = 0; i < std::strlen(alpha) && i < 6; i++) names.push_back(std::string(1, alpha[i]));
  std::string joined;
  while (!names.empty()) joined += names.pop_back();
  std::printf("%s\n", joined.c_str());
  return 0;
}
