// EXPECT: heap-buffer-overflow
// Asks for a persistent file handle. The caller allocates only
// sizeof(struct file_handle) - the header, the flexible f_handle array
// gets no room - yet advertises MAX_HANDLE_SZ bytes in handle_bytes; the
// kernel writes the opaque handle past the allocation.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int fd = open("handle.me", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  close(fd);
  struct file_handle *fh = malloc(sizeof *fh);
  fh->handle_bytes = MAX_HANDLE_SZ;
  int mount_id;
  int rc = name_to_handle_at(AT_FDCWD, "handle.me", fh, &mount_id, 0); // BUG
  printf("%d %u %d\n", rc, fh->handle_bytes, argc);
  free(fh);
  unlink("handle.me");
  return 0;
}
