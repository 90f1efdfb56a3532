// EXPECT: none
// An event simulator keeps its whole working set in a 64 KiB local array:
// an unsynchronized_pool_resource whose upstream is a monotonic resource
// over that array. Lists and vectors of events grow and shrink for many
// rounds, so pool blocks are freed and handed out again (the pool keeps
// them; nothing returns to the array until the end), and the lists are
// spliced between functions that take them by reference.
#include <cstdio>
#include <cstdlib>
#include <list>
#include <memory_resource>
#include <vector>

struct Event {
  int time;
  int kind;
  double payload[5];
};

using Queue = std::pmr::list<Event>;

__attribute__((noinline)) static void schedule(Queue &q, int now, int n) {
  for (int i = 0; i < n; i++) {
    Event e{now + (i * 7) % 13, i % 4, {}};
    for (int k = 0; k < 5; k++) e.payload[k] = now * 0.5 + k;
    auto it = q.begin();
    while (it != q.end() && it->time <= e.time) ++it;
    q.insert(it, e);
  }
}

__attribute__((noinline)) static double drain(Queue &q, Queue &later, int until,
                                              std::pmr::vector<double> &log) {
  double s = 0;
  while (!q.empty() && q.front().time <= until) {
    Event &e = q.front();
    s += e.payload[e.kind];
    log.push_back(e.payload[4]);
    if (e.kind == 3) later.splice(later.end(), q, q.begin());
    else q.pop_front();
  }
  return s;
}

__attribute__((noinline)) static double simulate(int rounds, int per) {
  alignas(16) unsigned char backing[64 * 1024];
  std::pmr::monotonic_buffer_resource mono(backing, sizeof backing,
                                           std::pmr::null_memory_resource());
  std::pmr::pool_options opt;
  opt.max_blocks_per_chunk = 32;
  opt.largest_required_pool_block = 256;
  std::pmr::unsynchronized_pool_resource pool(opt, &mono);
  Queue q(&pool), later(&pool);
  std::pmr::vector<double> log(&pool);
  double total = 0;
  for (int r = 0; r < rounds; r++) {
    schedule(q, r * 10, per);
    total += drain(q, later, r * 10 + 8, log);
    if (later.size() > 40) later.clear();
    if (log.size() > 200) {
      log.clear();
      log.shrink_to_fit();
    }
  }
  return total + (double)q.size() + (double)later.size();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  double t = 0;
  for (int i = 0; i < 4; i++) t += simulate(60 + i * 10, n + i);
  std::printf("%.1f\n", t);
  return 0;
}
