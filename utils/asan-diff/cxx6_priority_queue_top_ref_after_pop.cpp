// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A job scheduler drains a std::priority_queue with
// `const Job& j = q.top(); q.pop(); run(j);`. pop() moves the last element
// to the front and destroys the old top, so `j` names whatever is now at
// index 0 - and on the last job, a destroyed element whose command string
// has been freed.
#include <cstdio>
#include <cstdlib>
#include <queue>
#include <string>
#include <vector>

struct Job {
  int priority;
  std::string command;
  bool operator<(const Job &o) const { return priority < o.priority; }
};

__attribute__((noinline)) static long run(const Job &j) {
  long h = j.priority;
  for (char c : j.command) h = h * 31 + c; // BUG
  return h;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::priority_queue<Job> q;
  for (int i = 0; i < n; i++)
    q.push(Job{(i * 7) % n, "/usr/bin/worker --task=" + std::string(argv[2] + i, 6)});
  long acc = 0;
  while (!q.empty()) {
    const Job &j = q.top();
    q.pop();
    acc ^= run(j);
  }
  std::printf("%ld %d\n", acc, argc);
  return 0;
}
