// EXPECT: none
// POSIX asynchronous I/O: aio_write of several blocks from heap control
// blocks, aio_suspend over a list with null entries until each completes,
// aio_error/aio_return; lio_listio(LIO_WAIT) of reads into heap buffers
// with a LIO_NOP entry and a null entry; lio_listio(LIO_NOWAIT) with stack
// control blocks followed by aio_suspend; aio_fsync; buffers freed only
// after aio_return.
#include <aio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void wait_all(struct aiocb **list, int count) {
  for (;;) {
    int pending = 0;
    for (int i = 0; i < count; ++i)
      if (list[i] && aio_error(list[i]) == EINPROGRESS)
        ++pending;
    if (!pending)
      return;
    aio_suspend((const struct aiocb *const *)list, count, NULL);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int fd = open("aio.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return 1;
  int blocks = 4;
  size_t bsize = (size_t)n * 100;
  struct aiocb **list = calloc((size_t)blocks + 2, sizeof *list);
  for (int i = 0; i < blocks; ++i) {
    struct aiocb *cb = calloc(1, sizeof *cb);
    char *data = malloc(bsize);
    for (size_t k = 0; k < bsize; ++k)
      data[k] = alpha[(k + (size_t)i) % 26];
    cb->aio_fildes = fd;
    cb->aio_buf = data;
    cb->aio_nbytes = bsize;
    cb->aio_offset = (off_t)(bsize * (size_t)i);
    if (aio_write(cb))
      return 2;
    list[i + 1] = cb; // list[0] and list[blocks+1] stay null
  }
  wait_all(list, blocks + 2);
  long written = 0;
  for (int i = 1; i <= blocks; ++i) {
    written += aio_return(list[i]);
    free((void *)list[i]->aio_buf);
  }
  struct aiocb sync = {0};
  sync.aio_fildes = fd;
  if (aio_fsync(O_SYNC, &sync) == 0) {
    struct aiocb *one[1] = {&sync};
    wait_all(one, 1);
    aio_return(&sync);
  }
  // Read the blocks back in reverse with lio_listio(LIO_WAIT).
  struct aiocb nop = {0};
  nop.aio_lio_opcode = LIO_NOP;
  struct aiocb *rl[6];
  for (int i = 0; i < blocks; ++i) {
    struct aiocb *cb = list[i + 1];
    cb->aio_buf = malloc(bsize);
    cb->aio_lio_opcode = LIO_READ;
    cb->aio_offset = (off_t)(bsize * (size_t)(blocks - 1 - i));
    rl[i] = cb;
  }
  rl[4] = &nop;
  rl[5] = NULL;
  if (lio_listio(LIO_WAIT, rl, 6, NULL))
    return 3;
  unsigned long sum = 0;
  for (int i = 0; i < blocks; ++i) {
    ssize_t r = aio_return(rl[i]);
    const char *d = (const char *)rl[i]->aio_buf;
    for (ssize_t k = 0; k < r; k += 37)
      sum = sum * 31 + (unsigned char)d[k];
    free((void *)rl[i]->aio_buf);
  }
  // Two small reads with stack control blocks, LIO_NOWAIT, then suspend.
  char a[16], b[16];
  struct aiocb ca = {0}, cbk = {0};
  ca.aio_fildes = cbk.aio_fildes = fd;
  ca.aio_buf = a;
  cbk.aio_buf = b;
  ca.aio_nbytes = cbk.aio_nbytes = sizeof a;
  ca.aio_offset = 3;
  cbk.aio_offset = (off_t)bsize + 5;
  ca.aio_lio_opcode = cbk.aio_lio_opcode = LIO_READ;
  struct aiocb *two[2] = {&ca, &cbk};
  if (lio_listio(LIO_NOWAIT, two, 2, NULL))
    return 4;
  wait_all(two, 2);
  sum += (unsigned long)aio_return(&ca) + (unsigned long)aio_return(&cbk);
  sum = sum * 7 + (unsigned char)a[0] + (unsigned char)b[15];
  for (int i = 1; i <= blocks; ++i)
    free(list[i]);
  free(list);
  close(fd);
  printf("written %ld sum %lu\n", written, sum);
  return 0;
}
