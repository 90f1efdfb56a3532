// EXPECT: leak
// A Connection constructor acquires two raw buffers and then validates its
// address, throwing on a bad one. When a constructor throws, the destructor
// does not run: members that are RAII objects are cleaned up (the std::string
// is), but the two raw new[] buffers leak for every rejected address.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

class Connection {
 public:
  Connection(const std::string &addr, int n) : addr_(addr) {
    rx_ = new char[static_cast<size_t>(n) * 16];
    tx_ = new char[static_cast<size_t>(n) * 8 + 3];
    std::memset(rx_, 0, static_cast<size_t>(n) * 16);
    if (addr.find(':') == std::string::npos)
      throw std::invalid_argument("no port in " + addr); // BUG: rx_ and tx_ leak
  }
  ~Connection() {
    delete[] rx_;
    delete[] tx_;
  }
  size_t port_len() const { return addr_.size() - addr_.find(':') - 1; }

 private:
  std::string addr_;
  char *rx_ = nullptr;
  char *tx_ = nullptr;
};

__attribute__((noinline)) static int connect_all(int n, const char *alpha) {
  std::vector<std::string> addrs;
  for (int i = 0; i < n; i++) {
    std::string a = std::string("host-") + alpha[i % 26] + "-with-a-long-name";
    if (i % 4 != 2) a += ":" + std::to_string(8000 + i);
    addrs.push_back(a);
  }
  int failed = 0;
  size_t ports = 0;
  for (const std::string &a : addrs) {
    try {
      Connection c(a, n);
      ports += c.port_len();
    } catch (const std::invalid_argument &) {
      failed++;
    }
  }
  return failed * 1000 + static_cast<int>(ports);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  int r = connect_all(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  scrub();
  std::printf("failed %d ports %d\n", r / 1000, r % 1000);
  return 0;
}
