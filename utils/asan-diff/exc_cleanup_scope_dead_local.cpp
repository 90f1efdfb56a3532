// EXPECT: stack-use-after-scope
// A scope guard is given a pointer to a label buffer declared in an inner
// block; the block ends, then an exception unwinds the function and the
// guard's destructor (run from the cleanup) reads the dead label.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct ScopeLog {
  const char *label = "";
  ~ScopeLog() { std::fprintf(stderr, "leaving %c\n", label[0]); } // BUG
};

__attribute__((noinline)) static void process(const char *in, int n) {
  ScopeLog log;
  {
    char label[32];
    std::snprintf(label, sizeof label, "job-%s", in);
    log.label = label;
    std::fprintf(stderr, "start %s\n", label);
  }
  for (int i = 0; i < n; i++)
    if (in[i] == 'F') throw std::runtime_error("bad input");
}

int main(int argc, char **argv) {
  try {
    process(argv[2], std::atoi(argv[1]));
  } catch (const std::exception &e) {
    std::printf("%s\n", e.what());
  }
  return 0;
}
