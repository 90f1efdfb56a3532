// EXPECT: none
// Reads extended attributes the careful way: ask for the size with a
// zero-length call, allocate exactly that, then fetch; covers fgetxattr,
// lgetxattr, flistxattr and llistxattr.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int fd = open("attrs.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  fsetxattr(fd, "user.alpha", argv[2], strlen(argv[2]), 0);
  fsetxattr(fd, "user.n", argv[1], strlen(argv[1]), 0);
  ssize_t vlen = fgetxattr(fd, "user.alpha", NULL, 0);
  char *v = malloc(vlen + 1);
  vlen = fgetxattr(fd, "user.alpha", v, vlen);
  v[vlen] = '\0';
  ssize_t llen = flistxattr(fd, NULL, 0);
  char *names = malloc(llen);
  llen = flistxattr(fd, names, llen);
  int count = 0;
  for (ssize_t i = 0; i < llen; i += strlen(names + i) + 1)
    count++;
  char small[8];
  ssize_t n2 = lgetxattr("attrs.txt", "user.n", small, sizeof small - 1);
  small[n2 > 0 ? n2 : 0] = '\0';
  ssize_t l2 = llistxattr("attrs.txt", NULL, 0);
  char *names2 = malloc(l2);
  l2 = llistxattr("attrs.txt", names2, l2);
  printf("%s %d %s %d\n", v, count >= 2, small, l2 == llen);
  free(names2);
  free(names);
  free(v);
  close(fd);
  unlink("attrs.txt");
  return 0;
}
