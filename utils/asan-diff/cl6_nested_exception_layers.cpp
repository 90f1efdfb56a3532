// EXPECT: none
// A layered loader: storage -> decoder -> validator -> service, each layer
// with a sizeable local buffer (2-16 KiB) that catches what the layer below
// throws and rethrows it wrapped with std::throw_with_nested. The
// top-level handler unwraps the chain with std::rethrow_if_nested in a
// recursive printer, then the loop goes on with the next request and uses
// the same stack depth again.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

__attribute__((noinline)) static int storage_read(int id, char *out, size_t cap) {
  char block[16384];
  std::memset(block, 'a' + id % 26, sizeof block);
  if (id % 3 == 0) throw std::runtime_error("checksum mismatch in block " + std::to_string(id));
  std::memcpy(out, block + sizeof block - cap, cap);
  return (int)cap;
}

__attribute__((noinline)) static long decode(int id) {
  char raw[2048];
  try {
    int n = storage_read(id, raw, sizeof raw);
    long s = 0;
    for (int i = 0; i < n; i++) s += raw[i];
    if (id % 5 == 0) throw std::range_error("value out of range");
    return s;
  } catch (...) {
    std::throw_with_nested(std::runtime_error("decode failed for record " + std::to_string(id)));
  }
}

__attribute__((noinline)) static long validate(int id) {
  double stats[512];
  for (int i = 0; i < 512; i++) stats[i] = i * 0.5;
  try {
    return decode(id) + (long)stats[511];
  } catch (const std::exception &) {
    std::throw_with_nested(std::logic_error("validation aborted"));
  }
}

static int print_chain(const std::exception &e, int level, char *log, size_t cap) {
  size_t used = std::strlen(log);
  std::snprintf(log + used, cap - used, "%*s%s\n", level * 2, "", e.what());
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    return 1 + print_chain(inner, level + 1, log, cap);
  }
  return 1;
}

__attribute__((noinline)) static long service(int id, int *depth_out) {
  char log[1024] = "";
  try {
    return validate(id);
  } catch (const std::exception &e) {
    *depth_out = print_chain(e, 0, log, sizeof log);
    if (id < 6) std::fputs(log, stdout);
    return -(long)std::strlen(log);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  int depths = 0;
  for (int id = 0; id < n * 20; id++) {
    int d = 0;
    total += service(id, &d);
    depths += d;
  }
  std::printf("%ld %d\n", total, depths);
  return 0;
}
