// EXPECT: none
// Layers catch, wrap with std::throw_with_nested and rethrow with `throw;`;
// the top unwraps the chain with std::rethrow_if_nested, copying each
// message into its own buffer while the exception is alive. Every layer's
// locals are used after its catch.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static void read_block(const char *s, int n) {
  char sector[64];
  std::snprintf(sector, sizeof sector, "%s", s);
  if (n > 2) throw std::runtime_error(std::string("sector read failed: ") + sector);
}

__attribute__((noinline)) static void open_file(const char *s, int n) {
  int handles[8] = {n, n + 1};
  try {
    read_block(s, n);
  } catch (...) {
    handles[2] = handles[0] + handles[1];
    std::throw_with_nested(std::runtime_error("open failed, handle " + std::to_string(handles[2])));
  }
}

__attribute__((noinline)) static void load(const char *s, int n) {
  std::string path = std::string("/data/") + s;
  char note[32] = "load";
  try {
    open_file(s, n);
  } catch (const std::exception &e) {
    std::snprintf(note, sizeof note, "%zu", path.size());
    throw;
  }
}

static void unwrap(const std::exception &e, char (*lines)[80], int &count) {
  std::snprintf(lines[count++], 80, "%s", e.what());
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    unwrap(inner, lines, count);
  }
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  char lines[4][80];
  int count = 0;
  try {
    load(argv[2], n);
  } catch (const std::exception &e) {
    unwrap(e, lines, count);
  }
  for (int i = 0; i < count; i++) std::printf("%d: %.40s\n", i, lines[i]);
  return 0;
}
