// EXPECT: heap-buffer-overflow
// Dijkstra's shortest paths on a dense graph with a hand-rolled binary min-heap and lazy
// deletion. The heap's array is sized for one entry per vertex, on the assumption that each
// vertex sits in the heap once; with lazy deletion a vertex is pushed again on every
// improvement, and the push runs past the array.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct Item {
  long dist;
  int vertex;
};

class MinHeap {
public:
  explicit MinHeap(size_t cap) : data_(new Item[cap]), cap_(cap) {}
  ~MinHeap() { delete[] data_; }
  MinHeap(const MinHeap &) = delete;
  MinHeap &operator=(const MinHeap &) = delete;

  bool empty() const { return n_ == 0; }
  size_t size() const { return n_; }
  size_t peak() const { return peak_; }

  void push(Item it) {
    size_t i = n_++;
    data_[i] = it; // BUG
    if (n_ > peak_) peak_ = n_;
    while (i > 0) {
      size_t p = (i - 1) / 2;
      if (data_[p].dist <= data_[i].dist) break;
      std::swap(data_[p], data_[i]);
      i = p;
    }
  }

  Item pop() {
    Item top = data_[0];
    data_[0] = data_[--n_];
    size_t i = 0;
    for (;;) {
      size_t l = 2 * i + 1, r = l + 1, m = i;
      if (l < n_ && data_[l].dist < data_[m].dist) m = l;
      if (r < n_ && data_[r].dist < data_[m].dist) m = r;
      if (m == i) break;
      std::swap(data_[m], data_[i]);
      i = m;
    }
    return top;
  }

private:
  Item *data_;
  size_t cap_;
  size_t n_ = 0, peak_ = 0;
};

struct Graph {
  int n;
  std::vector<long> w; // adjacency matrix, -1 = no edge
  long &at(int a, int b) { return w[static_cast<size_t>(a) * n + b]; }
};

static std::vector<long> shortest(Graph &g, int src, int *relaxations) {
  std::vector<long> dist(g.n, -1);
  std::vector<char> done(g.n, 0);
  MinHeap heap(g.n);
  dist[src] = 0;
  heap.push({ 0, src });
  while (!heap.empty()) {
    Item it = heap.pop();
    if (done[it.vertex]) continue; // a stale entry
    done[it.vertex] = 1;
    for (int v = 0; v < g.n; v++) {
      long w = g.at(it.vertex, v);
      if (w < 0 || done[v]) continue;
      long nd = it.dist + w;
      if (dist[v] < 0 || nd < dist[v]) {
        dist[v] = nd;
        heap.push({ nd, v });
        ++*relaxations;
      }
    }
  }
  std::printf("heap peak %zu for %d vertices\n", heap.peak(), g.n);
  return dist;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *names = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (n < 2 || n > 26) n = 10;
  Graph g{ n, std::vector<long>(static_cast<size_t>(n) * n, -1) };
  // Direct edges from the source get dearer with the target; edges between later vertices are
  // cheap, so every settled vertex improves all the ones after it.
  for (int a = 0; a < n; a++)
    for (int b = 0; b < n; b++) {
      if (a == b) continue;
      if (a == 0) g.at(a, b) = 100L * b;
      else if (a < b) g.at(a, b) = 1 + (a * 7 + b) % 5;
      else g.at(a, b) = 1000;
    }
  int relax = 0;
  std::vector<long> d = shortest(g, 0, &relax);
  for (int v = 0; v < n; v++) std::printf("%c:%ld ", names[v], d[v]);
  std::printf("\n%d relaxations\n", relax);
  return 0;
}
