// EXPECT: global-buffer-overflow
// Persists a global lookup table with pwrite64, using the byte count of
// the table's planned size (256 entries) instead of the 200 it has.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#define PLANNED 256
static unsigned char table[200];

int main(int argc, char **argv) {
  for (int i = 0; i < (int)sizeof table; i++)
    table[i] = (unsigned char)(i * argc);
  int fd = open("table.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  ssize_t n = pwrite64(fd, table, PLANNED, 0); // BUG
  printf("%zd\n", n);
  close(fd);
  unlink("table.bin");
  return 0;
}
