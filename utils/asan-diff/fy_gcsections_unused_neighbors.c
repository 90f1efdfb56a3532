// EXPECT: global-buffer-overflow
// FLAGS: -ffunction-sections -fdata-sections -Wl,--gc-sections
// Every function and global in its own section, unreferenced ones dropped
// by the linker (--gc-sections): the globals between which an overflow
// happens must keep their redzones. A key table is scanned with a
// sentinel loop whose sentinel the table does not have.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *unused_names[] = {"never", "referenced"};
int unused_counter;
static const int keys[6] = {3, 14, 15, 92, 65, 35};
int used_after[4] = {1, 2, 3, 4};

__attribute__((noinline)) int find_key(int k) {
  int i = 0;
  while (keys[i] != k && keys[i] != -1) i++; // BUG
  return keys[i] == k ? i : -1;
}

int unused_function(int x) { return x * unused_counter; }

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  printf("%d %d\n", find_key(k), used_after[argc % 4]);
  return 0;
}
