// EXPECT: stack-buffer-overflow
// a SmallVector with inline storage copies capacity*2 elements when it first spills to the heap, reading past the inline buffer of the stack-allocated vector
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

template <typename T, unsigned N>
class SmallVector {
  static_assert(std::is_trivially_copyable<T>::value, "POD only");

 public:
  SmallVector() : data_(inline_), size_(0), cap_(N) {}
  ~SmallVector() {
    if (data_ != inline_) std::free(data_);
  }
  SmallVector(const SmallVector &) = delete;
  SmallVector &operator=(const SmallVector &) = delete;

  void push_back(const T &v) {
    if (size_ == cap_) grow();
    data_[size_++] = v;
  }
  T &operator[](unsigned i) { return data_[i]; }
  const T &operator[](unsigned i) const { return data_[i]; }
  unsigned size() const { return size_; }
  bool is_small() const { return data_ == inline_; }
  T *begin() { return data_; }
  T *end() { return data_ + size_; }

 private:
  void grow() {
    unsigned ncap = cap_ * 2;
    T *nd = static_cast<T *>(std::malloc(sizeof(T) * ncap));
    if (!nd) throw std::bad_alloc();
    std::memcpy(nd, data_, sizeof(T) * ncap); // BUG
    if (data_ != inline_) std::free(data_);
    data_ = nd;
    cap_ = ncap;
  }

  T *data_;
  unsigned size_, cap_;
  T inline_[N];
};

struct Edge {
  int to;
  float w;
};

/* Dijkstra over a small graph; returns the path from src to dst (empty if unreachable). */
static unsigned shortest_path(const SmallVector<Edge, 8> *adj, int nodes, int src, int dst, float *cost,
                              int *out, unsigned max) {
  float dist[64];
  int prev[64];
  bool done[64] = {};
  for (int i = 0; i < nodes; i++) {
    dist[i] = 1e30f;
    prev[i] = -1;
  }
  dist[src] = 0;
  for (int it = 0; it < nodes; it++) {
    int u = -1;
    for (int i = 0; i < nodes; i++)
      if (!done[i] && (u < 0 || dist[i] < dist[u])) u = i;
    if (u < 0 || dist[u] >= 1e30f) break;
    done[u] = true;
    for (unsigned k = 0; k < adj[u].size(); k++) {
      const Edge &e = adj[u][k];
      if (dist[u] + e.w < dist[e.to]) {
        dist[e.to] = dist[u] + e.w;
        prev[e.to] = u;
      }
    }
  }
  *cost = dist[dst];
  if (dist[dst] >= 1e30f) return 0;
  SmallVector<int, 4> rev;
  for (int v = dst; v >= 0; v = prev[v]) rev.push_back(v);
  unsigned n = 0;
  for (unsigned i = rev.size(); i-- > 0 && n < max;) out[n++] = rev[i];
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = std::strlen(alpha);
  n *= 2;
  if (n > 64) n = 64;
  SmallVector<Edge, 8> adj[64];
  for (int u = 0; u < n; u++) {
    /* a ring with a few forward shortcuts */
    adj[u].push_back(Edge{(u + 1) % n, 1.0f});
    int extra = (alpha[(size_t)u % al] - 'A') % 3;
    for (int k = 0; k < extra; k++) adj[u].push_back(Edge{(u + 2 + k) % n, 2.5f + (float)k});
  }
  float cost;
  int path[64];
  unsigned len = shortest_path(adj, n, 0, n - 1, &cost, path, 64);
  std::printf("%d nodes, path of %u hops, cost %.1f:", n, len ? len - 1 : 0, cost);
  for (unsigned i = 0; i < len; i++) std::printf(" %d", path[i]);
  std::printf("\n");
  return 0;
}
