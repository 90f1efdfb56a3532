// EXPECT: heap-buffer-overflow
// Tags a cache file with its MIME type in an extended attribute and reads
// it back into a 16-byte heap buffer, but passes the generic maximum
// (64) as the size: the stored type is 24 bytes long.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

#define XATTR_VALUE_MAX 64

int main(int argc, char **argv) {
  int fd = open("cache.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  const char *mime = argc > 1 ? "application/octet-stream" : "text/plain";
  if (fsetxattr(fd, "user.mime_type", mime, strlen(mime), 0) != 0)
    return 1;
  char *value = malloc(16);
  ssize_t n = fgetxattr(fd, "user.mime_type", value, XATTR_VALUE_MAX); // BUG
  printf("%zd %.*s\n", n, (int)(n > 0 ? n : 0), value);
  free(value);
  close(fd);
  unlink("cache.bin");
  return 0;
}
