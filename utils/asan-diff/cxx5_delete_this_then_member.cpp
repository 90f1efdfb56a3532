// EXPECT: heap-use-after-free
// A connection deletes itself on a protocol error and the caller then updates its stats.
#include <cstdio>
#include <cstdlib>
#include <string>
class Connection {
 public:
  explicit Connection(int fd) : fd_(fd) {}
  bool handle(const std::string &req) {
    if (req.size() < 3 || req[0] != 'G') {
      close();
      return false;
    }
    bytes_ += req.size();
    return true;
  }
  void close() { delete this; }
  long bytes_ = 0;
  int errors_ = 0;
 private:
  int fd_;
};
int main(int argc, char **argv) {
  auto *c = new Connection(std::atoi(argv[1]));
  std::string req(argv[2]);
  if (!c->handle(req)) c->errors_++; // BUG
  std::printf("done\n");
  return 0;
}
