// EXPECT: stack-use-after-return
// A transaction's destructor is noexcept(false) and throws when it was not
// committed; the exception leaves the function whose scope ended, and the
// handler reads that function's journal through the pointer it published.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

static const long *g_journal;

struct Txn {
  const long *log;
  bool committed = false;
  ~Txn() noexcept(false) {
    if (!committed) throw std::logic_error("transaction not committed");
  }
};

__attribute__((noinline)) static long transfer(const char *acct, int n) {
  long journal[16];
  for (int i = 0; i < 16; i++) journal[i] = acct[i] * 100L;
  g_journal = journal;
  long total = 0;
  {
    Txn t{journal};
    for (int i = 0; i < n && i < 16; i++) total += t.log[i];
    if (total % 7 != 3) return total;
    t.committed = true;
  }
  return -total;
}

int main(int argc, char **argv) {
  long r = 0;
  try {
    r = transfer(argv[2], std::atoi(argv[1]));
  } catch (const std::logic_error &e) {
    r = g_journal[std::atoi(argv[1]) % 16]; // BUG
    std::printf("%s\n", e.what());
  }
  std::printf("%ld\n", r);
  return 0;
}
