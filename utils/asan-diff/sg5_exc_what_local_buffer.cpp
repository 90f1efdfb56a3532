// EXPECT: stack-use-after-return
// An exception class derived from std::exception keeps a const char* to the
// message the thrower formatted into its local buffer; the handler prints
// what() after the unwind.
#include <cstdio>
#include <cstdlib>
#include <exception>
class ParseError : public std::exception {
public:
  explicit ParseError(const char *m) : msg_(m) {}
  const char *what() const noexcept override { return msg_; }
private:
  const char *msg_;
};
__attribute__((noinline)) static int parse(int v) {
  char msg[48];
  std::snprintf(msg, sizeof msg, "bad value %d", v);
  if (v > 5) throw ParseError(msg);
  return v;
}
int main(int argc, char **argv) {
  try {
    parse(std::atoi(argv[1]));
  } catch (const std::exception &e) {
    const char *w = e.what();
    std::printf("%c %d\n", w[4], argc); // BUG
  }
  return 0;
}
