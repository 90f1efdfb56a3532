// EXPECT: stack-buffer-overflow
// A read loop advances the destination but keeps asking for the whole buffer's size.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0)
    return 1;
  char buf[48];
  size_t used = 0;
  ssize_t r;
  while ((r = read(fd, buf + used, sizeof buf)) > 0) // BUG
    used += r;
  close(fd);
  printf("%zu\n", used);
  return 0;
}
