// EXPECT: global-buffer-overflow
// A global array of 12 ints is reset with memset, but the length is the
// element count times sizeof(long) (a type changed from long to int and
// the reset was not updated).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSLOTS 12
int slots[NSLOTS];
int slot_gen = 1;

static void reset_slots(size_t count) {
  memset(slots, 0, count * sizeof(long)); // BUG
  slot_gen++;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < NSLOTS; i++) slots[i] = n + i;
  volatile size_t count = NSLOTS + (size_t)(argc - 3);
  reset_slots(count);
  printf("%d %d\n", slots[0], slot_gen);
  return 0;
}
