// EXPECT: heap-use-after-free
// FLAGS: -flto=auto -ffat-lto-objects -fexceptions -grecord-gcc-switches -pipe -Wall -Werror=format-security -Wp,-D_FORTIFY_SOURCE=3 -Wp,-D_GLIBCXX_ASSERTIONS -fstack-protector-strong -m64 -march=x86-64 -mtune=generic -fasynchronous-unwind-tables -fstack-clash-protection -fcf-protection -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer
// Built with Fedora's default C++ flags (LTO, fortify level 3 via -Wp,
// libstdc++ assertions, stack clash and CET protection). A reference to a
// vector element is held across push_back, which reallocates; the
// libstdc++ assertions check indices, not stale references.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Job { int id; std::string name; };

int main(int argc, char **argv) {
  std::vector<Job> jobs;
  jobs.reserve(2);
  jobs.push_back({1, "first"});
  Job &cur = jobs[0];
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) jobs.push_back({i + 2, argv[2]});
  cur.id += 100; // BUG
  std::printf("%zu %d\n", jobs.size(), jobs[0].id);
  return 0;
}
