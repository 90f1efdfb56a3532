// EXPECT: stack-buffer-overflow
// An event queue that stores events by placement-new in inline storage sized for the largest
// event type, computed by hand. A later event type (ResizeEvent, with a title) is bigger than
// the storage the size expression still names, and constructing it overruns the stack buffer.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

enum class Type { Key, Mouse, Resize };

struct Event {
  Type type;
  virtual ~Event() = default;
  virtual int weight() const = 0;
};

struct KeyEvent : Event {
  int code;
  bool shift;
  KeyEvent(int c, bool s) : code(c), shift(s) { type = Type::Key; }
  int weight() const override { return code + shift; }
};

struct MouseEvent : Event {
  int x, y, buttons;
  MouseEvent(int x_, int y_, int b) : x(x_), y(y_), buttons(b) { type = Type::Mouse; }
  int weight() const override { return x + y + buttons; }
};

struct ResizeEvent : Event {
  int w, h;
  char title[24];
  ResizeEvent(int w_, int h_, const char *t) : w(w_), h(h_) {
    type = Type::Resize;
    std::strncpy(title, t, sizeof title - 1); // BUG
    title[sizeof title - 1] = '\0';
  }
  int weight() const override { return w * h + static_cast<int>(std::strlen(title)); }
};

// The largest event: written when there were only key and mouse events.
constexpr size_t kEventSize = sizeof(KeyEvent) > sizeof(MouseEvent) ? sizeof(KeyEvent) : sizeof(MouseEvent);

struct Slot {
  alignas(alignof(std::max_align_t)) unsigned char bytes[kEventSize];
  Event *get() { return std::launder(reinterpret_cast<Event *>(bytes)); }
};

static int dispatch(Slot *slots, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    Event *e = slots[i].get();
    total += e->weight();
    e->~Event();
  }
  return total;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *title = argc > 2 ? argv[2] : "main window";
  if (n > 16) n = 16;
  Slot slots[16];
  int count = 0;
  for (int i = 0; i < n; i++) {
    Slot &s = slots[count++];
    switch (i % 4) {
    case 0: new (s.bytes) KeyEvent(65 + i, i % 2); break;
    case 1: new (s.bytes) MouseEvent(i * 10, i * 5, i & 3); break;
    case 2: new (s.bytes) KeyEvent(97 + i, false); break;
    default: new (s.bytes) MouseEvent(-i, i, 1); break;
    }
  }
  int w1 = dispatch(slots, count);
  // A window resize arrives: queued in a one-slot buffer of its own.
  Slot resize;
  new (resize.bytes) ResizeEvent(640 + n, 480, title);
  int w2 = dispatch(&resize, 1);
  std::printf("%d events (size %zu, resize needs %zu), weights %d %d\n", count, kEventSize,
              sizeof(ResizeEvent), w1, w2);
  return 0;
}
