// EXPECT: none
// A session graph: parents own children through shared_ptr, children point
// back with weak_ptr, and two peer sessions that referenced each other with
// shared_ptr have the cycle broken explicitly (reset) on close. When the
// application drops its handles everything is destroyed: no leak, no cycle.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

struct Session {
  std::string name;
  std::weak_ptr<Session> parent;
  std::vector<std::shared_ptr<Session>> children;
  std::shared_ptr<Session> peer;
  void close() {
    peer.reset();
    for (auto &c : children) c->close();
  }
};

__attribute__((noinline)) static std::shared_ptr<Session> open(const std::string &name,
                                                              const std::shared_ptr<Session> &parent) {
  auto s = std::make_shared<Session>();
  s->name = name + std::string(24, '.');
  s->parent = parent;
  if (parent) parent->children.push_back(s);
  return s;
}

__attribute__((noinline)) static size_t run(int n) {
  auto root = open("root", nullptr);
  std::vector<std::shared_ptr<Session>> leaves;
  for (int i = 0; i < n; i++) {
    auto mid = open("mid" + std::to_string(i), root);
    leaves.push_back(open("leaf" + std::to_string(i), mid));
  }
  for (size_t i = 0; i + 1 < leaves.size(); i += 2) {
    leaves[i]->peer = leaves[i + 1];
    leaves[i + 1]->peer = leaves[i];
  }
  size_t count = root->children.size() + leaves.size();
  root->close();
  return count;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  size_t count = run(n);
  std::printf("sessions %zu\n", count);
  return 0;
}
