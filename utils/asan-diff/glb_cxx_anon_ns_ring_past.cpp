// EXPECT: global-buffer-overflow
// A ring buffer of events kept in an anonymous namespace; the wrap check
// happens after the store, so when the head reaches the capacity one event
// is stored past the array.
#include <cstdio>
#include <cstdlib>

namespace {
struct Event {
  int kind;
  int value;
};
Event ring[5];
unsigned head;

void push(int kind, int value) {
  ring[head].kind = kind; // BUG
  ring[head].value = value;
  head++;
  if (head > 5) head = 0; /* should wrap at 5, i.e. `>= 5` */
}
} // namespace

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  for (int i = 0; i < n; i++) push(i % 3, i * argc);
  std::printf("%u %d\n", head, ring[0].value);
  return 0;
}
