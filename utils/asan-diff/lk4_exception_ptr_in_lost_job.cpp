// EXPECT: leak
// Worker jobs record a failure as a std::exception_ptr inside a heap Job
// object. The dispatcher forgets the jobs that failed (it only keeps the
// successful ones): each lost Job leaks, and with it the exception object the
// exception_ptr refers to (allocated by the C++ runtime) and that exception's
// message string.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

struct Job {
  int id;
  std::exception_ptr error;
  std::vector<int> output;
};

static std::vector<Job *> *g_done;

__attribute__((noinline)) static void execute(Job *j, int n) {
  try {
    if (j->id % 3 == 2)
      throw std::runtime_error("job " + std::to_string(j->id) + " failed: " +
                               std::string(static_cast<size_t>(n + 20), 'e'));
    j->output.assign(static_cast<size_t>(n), j->id);
  } catch (...) {
    j->error = std::current_exception();
  }
}

__attribute__((noinline)) static int dispatch(int n) {
  int failed = 0;
  for (int i = 0; i < n / 2 + 1; i++) {
    Job *j = new Job{i, nullptr, {}};
    execute(j, n);
    if (j->error) {
      failed++; // BUG: the failed Job is neither kept nor deleted
      continue;
    }
    g_done->push_back(j);
  }
  return failed;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  g_done = new std::vector<Job *>;
  int failed = dispatch(n);
  scrub();
  std::printf("failed %d done %zu\n", failed, g_done->size());
  for (Job *j : *g_done) delete j;
  delete g_done;
  return 0;
}
