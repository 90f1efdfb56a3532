// EXPECT: none
// A request handler gives each request a std::pmr::monotonic_buffer_resource
// over a 4 KiB local array (null upstream for the first, the default
// upstream for a second that overflows on purpose); pmr vectors, strings
// and maps built in it are passed down three frames and filled right up to
// the end of the arena before the frame returns and the next request reuses
// the stack. Everything stays inside the buffers it owns.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory_resource>
#include <string>
#include <vector>

using Fields = std::pmr::map<std::pmr::string, std::pmr::string>;

__attribute__((noinline)) static void parse_fields(const char *line, Fields &out) {
  // "k1=v1;k2=v2;..." with fixed, short keys and values (fit SSO or not).
  const char *p = line;
  while (*p) {
    const char *eq = std::strchr(p, '=');
    const char *semi = std::strchr(p, ';');
    if (!eq) break;
    if (!semi) semi = p + std::strlen(p);
    std::pmr::string k(p, eq, out.get_allocator());
    std::pmr::string v(eq + 1, semi, out.get_allocator());
    out.emplace(std::move(k), std::move(v));
    p = *semi ? semi + 1 : semi;
  }
}

__attribute__((noinline)) static long score(const Fields &f, std::pmr::vector<int> &hist) {
  long s = 0;
  for (const auto &kv : f) {
    for (unsigned char c : kv.second) hist[c % hist.size()]++;
    s += (long)kv.first.size() * 31 + (long)kv.second.size();
  }
  return s;
}

__attribute__((noinline)) static long handle(int id, int nfields) {
  alignas(std::max_align_t) unsigned char arena[4096];
  std::pmr::monotonic_buffer_resource res(arena, sizeof arena,
                                          std::pmr::null_memory_resource());
  std::pmr::string line(&res);
  line.reserve(600);
  for (int i = 0; i < nfields; i++) {
    char kv[64];
    int n = std::snprintf(kv, sizeof kv, "key%02d=value-%d-%0*d;", i, id, i % 30, 7);
    line.append(kv, (size_t)n);
  }
  Fields fields(&res);
  parse_fields(line.c_str(), fields);
  std::pmr::vector<int> hist(64, 0, &res);
  long s = score(fields, hist);
  for (int h : hist) s += h;
  return s;
}

__attribute__((noinline)) static long handle_big(int n) {
  // Small arena that spills into the heap upstream on purpose.
  unsigned char arena[256];
  std::pmr::monotonic_buffer_resource res(arena, sizeof arena);
  std::pmr::vector<std::pmr::string> rows(&res);
  for (int i = 0; i < n; i++)
    rows.emplace_back(std::pmr::string(40 + i, (char)('a' + i % 26), &res));
  long s = 0;
  for (auto &r : rows) s += r.back() + (long)r.size();
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long total = 0;
  for (int id = 0; id < 50; id++) total += handle(id, n + id % 7);
  for (int k = 0; k < 20; k++) total += handle_big(n * 3 + k);
  std::printf("total %ld\n", total);
  return 0;
}
