// EXPECT: none
// Large struct assignments the compiler turns into memcpy: through two
// pointers that are sometimes the same object (exact overlap, which C
// allows for assignment), array element swaps via a temporary, and
// copies between stack, heap and global instances.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Blob {
  char name[40];
  long data[30];
  short tail[3];
};

static struct Blob gblob;

__attribute__((noinline)) static void assign(struct Blob *dst, const struct Blob *src) {
  *dst = *src;
}

__attribute__((noinline)) static void swap(struct Blob *a, struct Blob *b) {
  struct Blob t = *a;
  *a = *b;
  *b = t;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  struct Blob arr[5];
  for (int i = 0; i < 5; i++) {
    memset(&arr[i], 0, sizeof arr[i]);
    snprintf(arr[i].name, sizeof arr[i].name, "%.20s-%d", argv[2], i);
    for (int k = 0; k < 30; k++) arr[i].data[k] = i * 100 + k + v;
    arr[i].tail[2] = (short)i;
  }
  volatile int same = v % 5;
  for (int i = 0; i < 5; i++) assign(&arr[i], &arr[same == 0 ? i : (i + same) % 5]);
  for (int i = 0; i < 5; i++) assign(&arr[i], &arr[i]);
  swap(&arr[0], &arr[4]);
  struct Blob *heap = malloc(sizeof *heap);
  assign(heap, &arr[2]);
  assign(&gblob, heap);
  gblob = gblob;
  struct Blob local = gblob;
  long s = 0;
  for (int i = 0; i < 5; i++) s += arr[i].data[29] + arr[i].tail[2] + (long)strlen(arr[i].name);
  s += local.data[29] + local.tail[2] + heap->tail[2];
  free(heap);
  printf("%ld %s %d\n", s, local.name, argc);
  return 0;
}
