// EXPECT: none
// A sandbox launcher starts each job with clone(2) on a malloc'ed 256 KiB
// stack (a new process, not a thread: no CLONE_VM). The child function
// runs instrumented C++ on that heap stack: it recurses with 512-byte
// frames, throws from the bottom and catches near the top, formats a
// result into a local buffer, writes it to a pipe and leaves with exit()
// from a nested frame. The parent reads the pipes and reaps the children.
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

struct Job {
  int id;
  int depth;
  int fd;
};

__attribute__((noinline)) static long dig(int d, int fail) {
  char frame[512];
  std::memset(frame, d & 0x7f, sizeof frame);
  if (d == fail) throw std::out_of_range("dig hit rock at " + std::to_string(d));
  if (d == 0) return frame[511];
  return dig(d - 1, fail) + frame[0];
}

[[noreturn]] __attribute__((noinline)) static void report_and_exit(const Job *job, long value) {
  char line[64];
  int n = std::snprintf(line, sizeof line, "job %d -> %ld\n", job->id, value);
  if (write(job->fd, line, (size_t)n) != n) std::exit(2);
  std::exit(0);
}

static int child_main(void *arg) {
  const Job *job = static_cast<const Job *>(arg);
  long v;
  try {
    v = dig(job->depth, job->id % 2 ? job->depth / 2 : -1);
  } catch (const std::exception &e) {
    v = -(long)std::strlen(e.what());
  }
  report_and_exit(job, v);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const size_t stack_size = 256 * 1024;
  long sum = 0;
  int ok = 0;
  for (int i = 0; i < n / 2; i++) {
    int fds[2];
    if (pipe(fds)) return 1;
    Job job = {i, 30 + i * 20, fds[1]};
    char *stack = static_cast<char *>(std::malloc(stack_size));
    pid_t pid = clone(child_main, stack + stack_size, SIGCHLD, &job);
    close(fds[1]);
    char buf[64] = {0};
    ssize_t got = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int st = 0;
    if (pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0) ok++;
    std::free(stack);
    if (got > 0) {
      std::fputs(buf, stdout);
      const char *arrow = std::strstr(buf, "-> ");
      if (arrow) sum += std::atol(arrow + 3);
    }
  }
  std::printf("ok %d sum %ld\n", ok, sum);
  return 0;
}
