// EXPECT: heap-buffer-overflow
// Uses readdir64_r with an entry allocated for "names up to 8 bytes"
// (offsetof(d_name) + 8); the directory holds a file with a long name, so
// the entry written back is longer than the allocation.
// FLAGS: -Wno-deprecated-declarations
#define _LARGEFILE64_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stddef.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  mkdir("d", 0755);
  int fd = open("d/a-rather-long-file-name-for-the-entry.txt", O_CREAT | O_WRONLY, 0644);
  close(fd);
  DIR *dir = opendir("d");
  if (!dir)
    return 1;
  struct dirent64 *entry = malloc(offsetof(struct dirent64, d_name) + 8);
  struct dirent64 *res;
  int files = 0;
  while (readdir64_r(dir, entry, &res) == 0 && res) // BUG
    files += entry->d_name[0] != '.';
  closedir(dir);
  free(entry);
  printf("%d %d\n", files, argc);
  return 0;
}
