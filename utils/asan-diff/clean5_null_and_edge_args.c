// EXPECT: none
// The new checks' optional and empty arguments: system(NULL),
// textdomain(NULL) and bindtextdomain(domain, NULL) (queries), getopt on
// the program's real argv, wordfree of a zeroed wordexp_t, envz_get and
// argz_count on empty vectors, arc4random_buf of zero bytes,
// backtrace_symbols_fd of no frames, readv/writev with one entry and with
// zero-length entries only, sendfile of 0 bytes, mq_notify/aio_suspend with
// null timeouts, strfromd into a 1-byte buffer, getcpu(NULL, NULL).
#define _GNU_SOURCE
#include <aio.h>
#include <argz.h>
#include <envz.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <libintl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wordexp.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int ok = 0;
  ok += system(NULL) != 0; // a shell exists
  const char *dom = textdomain(NULL);
  ok += dom && strcmp(dom, "messages") == 0;
  ok += bindtextdomain("messages", NULL) != NULL;
  int c, opts = 0;
  optind = 1;
  while ((c = getopt(argc, argv, "ab:")) != -1)
    ++opts;
  ok += opts == 0 && optind <= argc;
  wordexp_t we;
  memset(&we, 0, sizeof we);
  wordfree(&we);
  ++ok;
  ok += envz_get(NULL, 0, "X") == NULL;
  ok += argz_count(NULL, 0) == 0;
  char nothing[1];
  arc4random_buf(nothing, 0);
  backtrace_symbols_fd(NULL, 0, 2);
  int p[2];
  pipe(p);
  struct iovec empty[2] = {{NULL, 0}, {nothing, 0}};
  ok += writev(p[1], empty, 2) == 0;
  char msg[16];
  int len = snprintf(msg, sizeof msg, "n=%d", n);
  struct iovec one = {msg, (size_t)len};
  ok += writev(p[1], &one, 1) == len;
  char in[16] = {0};
  struct iovec rd = {in, sizeof in - 1};
  ok += readv(p[0], &rd, 1) == len && strcmp(in, msg) == 0;
  close(p[0]);
  close(p[1]);
  int fd = open("edge.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  int out = open("edge2.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  off_t off = 0;
  ok += sendfile(out, fd, &off, 0) == 0 || 1;
  close(out);
  char tiny[1];
  ok += strfromd(tiny, sizeof tiny, "%g", 12.5) == 4 && tiny[0] == 0;
  ok += getcpu(NULL, NULL) == 0 || 1;
  struct aiocb cb = {0};
  char data[8] = "aiodata";
  cb.aio_fildes = fd;
  cb.aio_buf = data;
  cb.aio_nbytes = sizeof data;
  if (aio_write(&cb) == 0) {
    const struct aiocb *list[1] = {&cb};
    while (aio_error(&cb) == EINPROGRESS)
      aio_suspend(list, 1, NULL);
    ok += aio_return(&cb) == (ssize_t)sizeof data;
  }
  close(fd);
  printf("ok %d of 14\n", ok);
  return 0;
}
