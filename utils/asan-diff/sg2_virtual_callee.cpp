// EXPECT: stack-buffer-overflow
// A virtual method fills the caller's buffer and writes its terminator one
// byte past it.
#include <cstdio>
#include <cstdlib>
struct Source { virtual ~Source() {} virtual void read(char *out, int cap) const = 0; };
struct Letters : Source {
  const char *s;
  explicit Letters(const char *p) : s(p) {}
  void read(char *out, int cap) const override {
    int i = 0;
    for (; i < cap && s[i]; i++) out[i] = s[i];
    out[i] = '\0'; // BUG
  }
};
int main(int argc, char **argv) {
  Letters l(argv[2]);
  Source *src = &l;
  if (argc > 5) src = nullptr;
  char buf[16];
  src->read(buf, sizeof buf);
  std::printf("%.15s\n", buf);
  return 0;
}
