// EXPECT: stack-buffer-overflow
// A path class with a fixed char buffer appends components with strcat and
// no length check; the object lives on the stack.
#include <cstdio>
#include <cstring>
class Path {
public:
  explicit Path(const char *root) { std::strcpy(buf_, root); }
  Path &append(const char *part) {
    std::strcat(buf_, "/");
    std::strcat(buf_, part); // BUG
    return *this;
  }
  const char *c_str() const { return buf_; }
private:
  char buf_[24];
};
int main(int argc, char **argv) {
  Path p("/tmp");
  p.append(argv[1]).append(argv[2]);
  std::printf("%s %d\n", p.c_str(), argc);
  return 0;
}
