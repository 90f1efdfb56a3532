// EXPECT: none
// A recursive directory-size walker over a synthetic tree that throws on a permission error
// deep in the recursion: each frame holds a local path buffer and a small array, the
// exception unwinds through all of them (running destructors of local std::strings), and the
// walk continues with other subtrees that reuse the same stack depth; errors carry copies.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

struct AccessDenied : std::runtime_error {
  std::string path;
  explicit AccessDenied(const std::string &p) : std::runtime_error("access denied: " + p), path(p) {}
};

struct Walker {
  int denied_at;   // depth at which a node is unreadable
  int visited = 0;
  const char *alpha;

  long walk(const char *parent, int depth, int branch) {
    char path[96]; // a local buffer per frame
    std::snprintf(path, sizeof path, "%s/%c%d", parent, alpha[(depth * 3 + branch) % 26], depth);
    std::string owned = std::string(path) + "/.meta-with-a-long-suffix"; // heap-allocated, destroyed on unwind
    long sizes[4] = { depth * 10L, branch * 3L, static_cast<long>(owned.size()), 1 };
    visited++;
    if (depth == denied_at && branch == 1) throw AccessDenied(path);
    if (depth >= 6) return sizes[0] + sizes[1] + sizes[2] + sizes[3];
    long total = sizes[3];
    for (int b = 0; b < 2; b++) total += walk(path, depth + 1, b);
    return total;
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::vector<std::string> errors;
  long grand = 0;
  for (int root = 0; root < n; root++) {
    Walker w{ root % 4 == 0 ? 99 : 2 + root % 5, 0, alpha };
    char rootname[16];
    std::snprintf(rootname, sizeof rootname, "/r%d", root);
    try {
      grand += w.walk(rootname, 0, 0);
    } catch (const AccessDenied &e) {
      errors.push_back(e.path); // a copy, taken while the exception is alive
    }
    // the same depth again, on the stack the unwound frames used
    Walker again{ 99, 0, alpha };
    grand += again.walk(rootname, 2, 0);
  }
  std::printf("%zu errors, total %ld\n", errors.size(), grand);
  for (size_t i = 0; i < errors.size() && i < 3; i++) std::printf("  %s\n", errors[i].c_str());
  return 0;
}
