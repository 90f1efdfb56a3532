// EXPECT: heap-buffer-overflow
// Per-worker statistics in cache-line aligned slots (alignas(64), allocated with new[] and
// therefore with the aligned operator new[]). The merge step walks the workers including a
// "spare" slot that the allocation never had: the loop bound is <= workers.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <new>

struct alignas(64) WorkerStats {
  unsigned long ops = 0;
  unsigned long bytes = 0;
  double busy_ms = 0;
  int errors = 0;
};

class StatsTable {
public:
  explicit StatsTable(int workers) : n_(workers), slots_(new WorkerStats[workers]) {}
  ~StatsTable() { delete[] slots_; }
  StatsTable(const StatsTable &) = delete;
  StatsTable &operator=(const StatsTable &) = delete;

  WorkerStats &at(int i) { return slots_[i]; }

  WorkerStats merge() const {
    WorkerStats total;
    for (int i = 0; i <= n_; i++) { // the last iteration was meant for a spare slot
      total.ops += slots_[i].ops; // BUG
      total.bytes += slots_[i].bytes;
      total.busy_ms += slots_[i].busy_ms;
      total.errors += slots_[i].errors;
    }
    return total;
  }

private:
  int n_;
  WorkerStats *slots_;
};

int main(int argc, char **argv) {
  int workers = argc > 1 ? std::atoi(argv[1]) / 2 : 5;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (workers < 1) workers = 1;
  StatsTable t(workers);
  for (int round = 0; round < 100; round++)
    for (int w = 0; w < workers; w++) {
      WorkerStats &s = t.at(w);
      s.ops++;
      s.bytes += static_cast<unsigned long>(alpha[(round + w) % 26]);
      s.busy_ms += 0.25 * (w + 1);
      if ((round * 7 + w) % 31 == 0) s.errors++;
    }
  WorkerStats total = t.merge();
  std::printf("%d workers (slot %zu bytes, align %zu): %lu ops, %lu bytes, %.1f ms, %d errors\n", workers,
              sizeof(WorkerStats), alignof(WorkerStats), total.ops, total.bytes, total.busy_ms, total.errors);
  return 0;
}
