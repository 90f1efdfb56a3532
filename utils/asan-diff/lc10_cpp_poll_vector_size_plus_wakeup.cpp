// EXPECT: heap-buffer-overflow
// An event loop keeps one pollfd per connection in a std::vector and adds
// one for a wake-up pipe it never actually appended: poll is told
// fds.size() + 1 entries and reads past the vector's storage.
#include <poll.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char **argv) {
  int p[2];
  if (pipe(p) != 0)
    return 1;
  std::vector<pollfd> fds(static_cast<size_t>(std::atoi(argv[1]) / 5)); // 2
  for (auto &f : fds) {
    f.fd = p[0];
    f.events = POLLIN;
    f.revents = 0;
  }
  // The wake-up pipe's entry was meant to go at the end.
  int n = poll(fds.data(), fds.size() + 1, 0); // BUG
  std::printf("%d\n", n);
  close(p[0]);
  close(p[1]);
  return 0;
}
