// EXPECT: global-buffer-overflow
// A record is read with fread into a 24-byte global with the record size
// of a newer file format (32 bytes).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECORD_V2 32
unsigned char g_record[24];

int main(int argc, char **argv) {
  static char data[64];
  for (int i = 0; i < 64; i++) data[i] = (char)('a' + i % 26);
  FILE *f = fmemopen(data, sizeof data, "r");
  if (!f) return 1;
  int n = atoi(argv[1]);
  size_t size = n > 3 ? RECORD_V2 : sizeof g_record;
  size_t got = fread(g_record, 1, size, f); // BUG
  printf("%zu %c %d\n", got, g_record[0], argc);
  fclose(f);
  return 0;
}
