// EXPECT: none
// I/O and wide-character calls at their limits: getline growing its own buffer after a shrink that updates the capacity, readv/poll over exactly-sized iovec and pollfd arrays, fscanf into a buffer one longer than its width, wcsncpy/mbstowcs/wcstombs with exact counts, and in-place path cleanup with memmove
#define _GNU_SOURCE
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wchar.h>

static void strip_dot_segments(char *p) {
  char *s;
  while ((s = strstr(p, "/./")) != NULL) memmove(s, s + 2, strlen(s + 2) + 1);
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *word = argc > 2 ? argv[2] : "word";

  /* getline: shrink between files, keeping cap in step */
  char *buf = NULL;
  size_t cap = 0;
  long lines = 0, bytes = 0;
  for (int pass = 0; pass < 2; pass++) {
    FILE *f = fopen("long.txt", "r");
    if (!f) return 1;
    ssize_t got;
    while ((got = getline(&buf, &cap, f)) > 0) {
      lines++;
      bytes += got;
    }
    fclose(f);
    char *p = realloc(buf, 8);
    if (p) {
      buf = p;
      cap = 8;
    }
  }
  free(buf);

  /* readv into a header and a payload, both sized exactly */
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0) return 1;
  char head[6], payload[32];
  struct iovec iov[2] = {{head, sizeof head}, {payload, sizeof payload}};
  ssize_t rv = readv(fd, iov, 2);
  close(fd);

  /* poll exactly as many pipes as the array holds */
  int fds[3][2];
  struct pollfd pfd[3];
  for (int i = 0; i < 3; i++) {
    if (pipe(fds[i]) != 0) return 1;
    pfd[i] = (struct pollfd){fds[i][0], POLLIN, 0};
    if (write(fds[i][1], word, (size_t)i + 1) < 0) return 1;
  }
  int ready = poll(pfd, 3, 0);
  for (int i = 0; i < 3; i++) {
    close(fds[i][0]);
    close(fds[i][1]);
  }

  /* fscanf with width = size - 1 */
  char first[16];
  FILE *f = fopen("long.txt", "r");
  int scanned = f ? fscanf(f, "%15[^\n]", first) : 0;
  if (f) fclose(f);

  /* wide conversions with exact counts */
  char mb[64];
  snprintf(mb, sizeof mb, "%.*s-caf\xc3\xa9", n, word);
  size_t wn = mbstowcs(NULL, mb, 0);
  wchar_t *w = malloc((wn + 1) * sizeof *w);
  mbstowcs(w, mb, wn + 1);
  wchar_t cap8[8];
  wcsncpy(cap8, w, 7);
  cap8[7] = L'\0';
  size_t back_len = wcstombs(NULL, w, 0);
  char *back = malloc(back_len + 1);
  wcstombs(back, w, back_len + 1);

  char path[64];
  snprintf(path, sizeof path, "/a/./%.*s/././b/./", n, word);
  strip_dot_segments(path);

  printf("%ld lines %ld bytes; readv %zd [%.6s|%.5s]; %d ready; scanned %d '%s'; %zu wide '%ls' '%s'; %s\n",
         lines, bytes, rv, head, payload, ready, scanned, first, wn, cap8, back, path);
  free(back);
  free(w);
  return 0;
}
