// EXPECT: none
// An event queue storing polymorphic events by placement-new in inline slots whose size and
// alignment are computed from every event type by a variadic template (with static_asserts),
// destroyed through a virtual destructor, and the largest event written to its last byte.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

struct Event {
  virtual ~Event() = default;
  virtual long weight() const = 0;
};
struct Key : Event {
  int code;
  explicit Key(int c) : code(c) {}
  long weight() const override { return code; }
};
struct Mouse : Event {
  int x, y, b;
  Mouse(int x_, int y_, int b_) : x(x_), y(y_), b(b_) {}
  long weight() const override { return x + y + b; }
};
struct Resize : Event {
  int w, h;
  char title[40];
  Resize(int w_, int h_, const char *t) : w(w_), h(h_) {
    std::memset(title, 0, sizeof title);
    std::strncpy(title, t, sizeof title - 1);
    title[sizeof title - 1] = '!'; // the last byte of the largest event
  }
  long weight() const override { return w * h + title[sizeof title - 1]; }
};

template <class... T> struct MaxOf;
template <class T> struct MaxOf<T> {
  static constexpr size_t size = sizeof(T), align = alignof(T);
};
template <class T, class... R> struct MaxOf<T, R...> {
  static constexpr size_t size = sizeof(T) > MaxOf<R...>::size ? sizeof(T) : MaxOf<R...>::size;
  static constexpr size_t align = alignof(T) > MaxOf<R...>::align ? alignof(T) : MaxOf<R...>::align;
};
using Sizes = MaxOf<Key, Mouse, Resize>;

struct Slot {
  alignas(Sizes::align) unsigned char bytes[Sizes::size];
  template <class T, class... A> Event *emplace(A &&...a) {
    static_assert(sizeof(T) <= sizeof bytes, "event too large for a slot");
    static_assert(alignof(T) <= Sizes::align, "event over-aligned");
    return new (bytes) T(static_cast<A &&>(a)...);
  }
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *title = argc > 2 ? argv[2] : "main window";
  if (n > 32) n = 32;
  Slot slots[32];
  Event *live[32];
  for (int i = 0; i < n; i++) {
    switch (i % 3) {
    case 0: live[i] = slots[i].emplace<Key>(65 + i); break;
    case 1: live[i] = slots[i].emplace<Mouse>(i, 2 * i, i & 1); break;
    default: live[i] = slots[i].emplace<Resize>(640 + i, 480, title); break;
    }
  }
  long total = 0;
  for (int i = 0; i < n; i++) {
    total += live[i]->weight();
    live[i]->~Event();
  }
  std::printf("%d events in %zu-byte slots (align %zu), weight %ld\n", n, Sizes::size, Sizes::align, total);
  return 0;
}
