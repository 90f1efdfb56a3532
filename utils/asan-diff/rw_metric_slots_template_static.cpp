// EXPECT: global-buffer-overflow
// A metrics registry templated on the metric kind, with a fixed static array of slots per
// kind (a template static data member, defined per kind in this file). The
// registration check compares against the slot count after incrementing, letting one metric
// more than fits register into the slot past the array.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Counter { static constexpr const char *kind = "counter"; };
struct Gauge { static constexpr const char *kind = "gauge"; };

struct Slot {
  char name[24];
  long value;
};

template <class Kind> struct Registry {
  static constexpr int kSlots = 8;
  static Slot slots[kSlots];
  static int used;

  static Slot *add(const char *name) {
    if (used > kSlots) return nullptr; // full
    Slot *s = &slots[used++];
    std::snprintf(s->name, sizeof s->name, "%s", name); // BUG
    s->value = 0;
    return s;
  }
  static Slot *find(const char *name) {
    for (int i = 0; i < used && i < kSlots; i++)
      if (std::strcmp(slots[i].name, name) == 0) return &slots[i];
    return nullptr;
  }
  static long total() {
    long t = 0;
    for (int i = 0; i < used && i < kSlots; i++) t += slots[i].value;
    return t;
  }
};
// The slot arrays are defined once, here (explicit specializations: ordinary globals).
template <> Slot Registry<Counter>::slots[Registry<Counter>::kSlots] = {};
template <> Slot Registry<Gauge>::slots[Registry<Gauge>::kSlots] = {};
template <class Kind> int Registry<Kind>::used = 0;

template <class Kind> static void bump(const char *name, long by) {
  Slot *s = Registry<Kind>::find(name);
  if (!s) s = Registry<Kind>::add(name);
  if (s) s->value += by;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char name[32];
  for (int i = 0; i < n * 3; i++) {
    std::snprintf(name, sizeof name, "http.%.*s.count", 1 + i % 4, alpha + (i % 3));
    bump<Counter>(name, i);
    std::snprintf(name, sizeof name, "queue.%c.depth", alpha[i % n]);
    bump<Gauge>(name, i % 5);
  }
  std::printf("%s: %d slots, total %ld; %s: %d slots, total %ld\n", Counter::kind, Registry<Counter>::used,
              Registry<Counter>::total(), Gauge::kind, Registry<Gauge>::used, Registry<Gauge>::total());
  return 0;
}
