// EXPECT: global-buffer-overflow
// FLAGS: -no-pie -fno-pic
// A non-PIE program (absolute addresses for its globals) keeps a global
// array of device records; a loop that should stop at the record count
// uses the count of a larger, related array and writes one record past the
// end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct device { char name[12]; int irq; };

struct device devices[6];
int irq_map[8];

__attribute__((noinline)) static void assign_irqs(int base) {
  for (int i = 0; i < (int)(sizeof irq_map / sizeof irq_map[0]) - 1; i++) {
    irq_map[i] = base + i;
    devices[i].irq = irq_map[i]; // BUG
  }
}

int main(int argc, char **argv) {
  for (int i = 0; i < 6; i++) snprintf(devices[i].name, 12, "dev%d", i);
  assign_irqs(atoi(argv[1]));
  printf("%s %d\n", devices[5].name, devices[5].irq);
  return 0;
}
