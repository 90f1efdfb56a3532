// EXPECT: leak
// A request dispatcher runs jobs with std::async and parks each
// std::future<std::unique_ptr<Result>> in a heap-allocated Pending record.
// Timed-out records are unlinked and dropped without being deleted: each
// leaks the record (directly) and, through its future, the shared state
// holding the finished result, the Result and its buffer (indirectly). The
// records that complete are collected and deleted.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <memory>
#include <vector>

struct Result {
  std::vector<long> rows;
  int code;
};

struct Pending {
  int id;
  std::future<std::unique_ptr<Result>> fut;
  Pending *next;
};

static Pending *g_head;

__attribute__((noinline)) static void dispatch(int id, int n) {
  Pending *p = new Pending;
  p->id = id;
  p->fut = std::async(std::launch::deferred, [id, n] {
    auto r = std::make_unique<Result>();
    r->rows.assign(static_cast<size_t>(n + id), id);
    r->code = 200;
    return r;
  });
  p->fut.wait(); // run it now (deferred): the result sits in the shared state
  p->next = g_head;
  g_head = p;
}

__attribute__((noinline)) static int expire(int every) {
  int dropped = 0;
  for (Pending **pp = &g_head; *pp;) {
    if ((*pp)->id % every == 0) {
      *pp = (*pp)->next; // BUG: the Pending record is not deleted
      dropped++;
    } else {
      pp = &(*pp)->next;
    }
  }
  return dropped;
}

__attribute__((noinline)) static size_t collect() {
  size_t rows = 0;
  while (g_head) {
    Pending *p = g_head;
    g_head = p->next;
    rows += p->fut.get()->rows.size();
    delete p;
  }
  return rows;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  for (int i = 0; i < 6; i++) dispatch(i, n);
  int dropped = expire(3);
  scrub();
  size_t rows = collect();
  scrub();
  std::printf("dropped %d rows %zu\n", dropped, rows);
  return 0;
}
