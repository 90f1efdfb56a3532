// EXPECT: heap-use-after-free
// An error queue keeps std::exception_ptrs; a reporter rethrows one to
// inspect it and keeps a raw pointer to the exception object; the queue is
// then cleared (the last reference), and the raw pointer is read.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <vector>

struct JobError { int job; int code; char detail[32]; };

__attribute__((noinline)) static void run_job(int job, int n) {
  if (job % 3 == n % 3) throw JobError{job, job * 10 + n, "disk full"};
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<std::exception_ptr> errors;
  for (int j = 0; j < n; j++) {
    try { run_job(j, n); } catch (...) { errors.push_back(std::current_exception()); }
  }
  const JobError *worst = nullptr;
  for (auto &ep : errors) {
    try { std::rethrow_exception(ep); } catch (const JobError &e) {
      if (!worst || e.code > worst->code) worst = &e;
    }
  }
  errors.clear();
  std::printf("worst job %d code %d\n", worst->job, worst->code); // BUG
  return 0;
}
