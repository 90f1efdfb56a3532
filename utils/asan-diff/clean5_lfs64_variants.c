// EXPECT: none
// FLAGS: -D_FILE_OFFSET_BITS=64
// The large-file names the headers redirect to with _FILE_OFFSET_BITS=64:
// fopen64/tmpfile64, fseeko64/ftello64, fgetpos64/fsetpos64, preadv64 and
// pwritev64, sendfile64, aio_write64/aio_error64/aio_return64/
// aio_suspend64/lio_listio64, scandir64 with versionsort64; streams with
// program buffers throughout.
#define _GNU_SOURCE
#include <aio.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  FILE *t = tmpfile();
  char *tb = malloc(99);
  setvbuf(t, tb, _IOFBF, 99);
  fpos_t *pos = malloc(sizeof *pos);
  for (int i = 0; i < n * 50; ++i) {
    if (i == n * 25)
      fgetpos(t, pos);
    fprintf(t, "%d %s\n", i, alpha + i % 26);
  }
  off_t end = ftello(t);
  fsetpos(t, pos);
  char line[64];
  if (fgets(line, sizeof line, t))
    sum += strlen(line);
  fseeko(t, end / 3, SEEK_SET);
  sum += (unsigned long)fgetc(t) + (unsigned long)ftello(t);
  fclose(t);
  free(tb);
  free(pos);

  int fd = open("lfs.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  char a[32], b[64];
  memset(a, 'a', sizeof a);
  memcpy(b, alpha, 26);
  memset(b + 26, 'b', sizeof b - 26);
  struct iovec out[2] = {{a, sizeof a}, {b, sizeof b}};
  for (int i = 0; i < n; ++i)
    pwritev(fd, out, 2, (off_t)i * 96);
  char ra[40], rb[56];
  struct iovec in[2] = {{ra, sizeof ra}, {rb, sizeof rb}};
  ssize_t r = preadv(fd, in, 2, 96);
  sum += (unsigned long)r + (unsigned char)rb[0];
  int d = open("lfs2.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  off_t off = 10;
  ssize_t s = sendfile(d, fd, &off, 500);
  sum += (unsigned long)(s > 0 ? s : 0) + (unsigned long)off;
  close(d);

  struct aiocb *cb = calloc(1, sizeof *cb);
  char *data = malloc(200);
  memset(data, 'z', 200);
  cb->aio_fildes = fd;
  cb->aio_buf = data;
  cb->aio_nbytes = 200;
  cb->aio_offset = 5000;
  if (aio_write(cb) == 0) {
    const struct aiocb *list[2] = {NULL, cb};
    while (aio_error(cb) == EINPROGRESS)
      aio_suspend(list, 2, NULL);
    sum += (unsigned long)aio_return(cb);
  }
  char back[50];
  struct aiocb rd = {0};
  rd.aio_fildes = fd;
  rd.aio_buf = back;
  rd.aio_nbytes = sizeof back;
  rd.aio_offset = 5100;
  rd.aio_lio_opcode = LIO_READ;
  struct aiocb *lst[1] = {&rd};
  if (lio_listio(LIO_WAIT, lst, 1, NULL) == 0)
    sum += (unsigned long)aio_return(&rd) + (unsigned char)back[49];
  free(data);
  free(cb);
  close(fd);

  mkdir("lfsdir", 0755);
  for (int i = 0; i < n; ++i) {
    char p[32];
    snprintf(p, sizeof p, "lfsdir/v1.%d", i * 3);
    close(open(p, O_CREAT | O_WRONLY, 0644));
  }
  struct dirent **list;
  int k = scandir("lfsdir", &list, NULL, versionsort);
  for (int i = 0; i < k; ++i) {
    sum = sum * 7 + strlen(list[i]->d_name);
    free(list[i]);
  }
  free(list);
  printf("end %lld k %d sum %lu\n", (long long)end, k, sum);
  return 0;
}
