// EXPECT: stack-use-after-scope
// A fluent builder's setters return `Builder&`; binding the result of a
// chain started on a temporary to a const reference does not extend the
// temporary's lifetime (the reference comes from a function call), so the
// builder dies at the end of the declaration.
#include <cstdio>
#include <cstdlib>
struct RequestBuilder {
  int timeout_ms = 0;
  int retries = 0;
  char method[8] = "GET";
  __attribute__((noinline)) RequestBuilder &timeout(int t) { timeout_ms = t; return *this; }
  __attribute__((noinline)) RequestBuilder &retry(int r) { retries = r; return *this; }
};
__attribute__((noinline)) static int cost(const RequestBuilder &b) {
  return b.timeout_ms * (b.retries + 1); // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const RequestBuilder &req = RequestBuilder().timeout(n * 100).retry(argc);
  int c = cost(req);
  std::printf("%d\n", c);
  return 0;
}
