// EXPECT: alloc-dealloc-mismatch
// A unique_ptr<T[]> adopts a single object from scalar new and frees it with delete[].
#include <cstdio>
#include <cstdlib>
#include <memory>
struct Header { int version; int count; };
static Header *read_header(const char *s) {
  auto *h = new Header;
  h->version = s[0];
  h->count = s[1];
  return h;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::unique_ptr<Header[]> hdr(read_header(argv[2]));
  std::printf("%d %d\n", hdr[0].version + n, hdr[0].count);
  hdr.reset(); // BUG
  return 0;
}
