// EXPECT: double-free
// FLAGS: -std=c++14
// C++14 make_unique: a resource handed to a C API with release(), which
// the C API frees; the wrapper then frees the raw pointer it kept as well.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

struct CFree { void operator()(char *p) const { std::free(p); } };

extern "C" void c_api_consume(char *p) {
  std::printf("consumed %s\n", p);
  std::free(p);
}

int main(int argc, char **argv) {
  std::unique_ptr<char, CFree> buf(static_cast<char *>(std::malloc(32)));
  std::snprintf(buf.get(), 32, "%s-%s", argv[1], "job");
  char *raw = buf.get();
  auto meta = std::make_unique<int>(std::atoi(argv[1]));
  c_api_consume(buf.release());
  if (*meta > 5) std::free(raw); // BUG
  return 0;
}
