// EXPECT: stack-buffer-overflow
// Reads a file header at offset 0 with pread64. The caller's buffer is
// the old 16-byte header struct, but the read length comes from the new
// 32-byte header's sizeof.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct hdr_v1 { char magic[8]; uint32_t version; uint32_t count; };
struct hdr_v2 { char magic[8]; uint32_t version; uint32_t count; uint64_t index_off; uint64_t flags; };

__attribute__((noinline)) static uint32_t header_count(int fd) {
  struct hdr_v1 h;
  if (pread64(fd, &h, sizeof(struct hdr_v2), 0) < 0) // BUG
    return 0;
  return h.count;
}

int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0)
    return 1;
  printf("%u %d\n", header_count(fd), argc);
  close(fd);
  return 0;
}
