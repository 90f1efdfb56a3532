// EXPECT: heap-use-after-free
// FLAGS: -fomit-frame-pointer -fno-inline
// C++ built without frame pointers and without inlining: a std::string is
// constructed from a C string whose storage was freed by an earlier reset;
// the bad read is in the memcpy/strlen that the library's string
// constructor (an out-of-line template here) makes, between the user's
// line and the report.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

struct Cfg {
  char *host = nullptr;
  void set(const char *h) { free(host); host = strdup(h); }
  void reset() { free(host); }
};

static std::string describe(const Cfg &c) {
  std::string s(c.host); // BUG
  return "host=" + s;
}

int main(int argc, char **argv) {
  Cfg c;
  c.set(argv[2]);
  if (atoi(argv[1]) > 3) c.reset();
  std::string d = describe(c);
  std::printf("%s\n", d.c_str());
  return 0;
}
