// EXPECT: stack-buffer-overflow
// Lists the extended attribute names of a file into a small stack buffer
// (sized for one short name) while passing a "big enough" constant as the
// size; the two names the program set need 27 bytes.
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

__attribute__((noinline)) static int count_user_attrs(const char *path) {
  char names[16];
  ssize_t n = listxattr(path, names, 256); // BUG
  int count = 0;
  for (ssize_t i = 0; i < n; i += strlen(names + i) + 1)
    count += strncmp(names + i, "user.", 5) == 0;
  return count;
}

int main(int argc, char **argv) {
  int fd = open("tagged.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  close(fd);
  setxattr("tagged.txt", "user.checksum", argv[1], strlen(argv[1]), 0);
  setxattr("tagged.txt", "user.origin", argv[2], strlen(argv[2]), 0);
  printf("%d\n", count_user_attrs("tagged.txt"));
  unlink("tagged.txt");
  return 0;
}
