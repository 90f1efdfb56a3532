// EXPECT: none
// A record lookup layer returns std::optional<Record> by value (Record is
// 200+ bytes, so it travels through the caller's return slot) through four
// levels of wrappers, some of which transform it with .transform-like
// helpers and some return std::nullopt early; callers keep references to
// the contained value only while the optional is alive in their own frame,
// and std::optional<std::string> members are reset and re-engaged.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

struct Record {
  int id;
  char name[40];
  double series[24];
  std::optional<std::string> note;
};

__attribute__((noinline)) static std::optional<Record> fetch(int id) {
  if (id % 7 == 3) return std::nullopt;
  Record r{};
  r.id = id;
  std::snprintf(r.name, sizeof r.name, "record-%06d-%s", id, id % 2 ? "odd" : "even");
  for (int i = 0; i < 24; i++) r.series[i] = id + i * 0.25;
  if (id % 3 == 0) r.note = std::string(30 + id % 10, 'n');
  return r;
}

__attribute__((noinline)) static std::optional<Record> fetch_cached(int id) {
  static std::optional<Record> last;
  if (last && last->id == id) return last;
  last = fetch(id);
  return last;
}

__attribute__((noinline)) static std::optional<Record> normalized(int id) {
  std::optional<Record> r = fetch_cached(id);
  if (!r) return std::nullopt;
  double max = 0;
  for (double v : r->series) max = v > max ? v : max;
  for (double &v : r->series) v /= max > 0 ? max : 1;
  if (r->note && r->note->size() > 35) r->note.reset();
  else if (!r->note) r->note.emplace("generated");
  return r;
}

__attribute__((noinline)) static std::optional<double> score(int id) {
  auto r = normalized(id);
  if (!r) return {};
  const Record &rec = *r;  // reference into our own local optional
  double s = 0;
  for (int i = 0; i < 24; i++) s += rec.series[i] * i;
  return s + (double)std::strlen(rec.name) + (double)rec.note.value_or("").size();
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  double total = 0;
  int missing = 0;
  for (int i = 0; i < n * 20; i++) {
    std::optional<double> s = score(i / 2);  // every id twice: the cache hits
    if (s) total += *s;
    else missing++;
  }
  std::printf("%.3f %d\n", total, missing);
  return 0;
}
