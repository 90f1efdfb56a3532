// EXPECT: heap-use-after-free
// A deferred logger keeps a heap copy of the caller's va_list (va_copy into
// a malloc'd va_list) to format later. The copy is freed when the record is
// "cancelled", but the flush still runs va_arg on it: va_arg reads the
// va_list's gp_offset from the freed block.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct point { long x, y; };
struct pending { va_list *ap; int count; };

static struct pending rec;

static void defer(int count, ...) {
  va_list ap;
  va_start(ap, count);
  rec.ap = malloc(sizeof(va_list));
  va_copy(*rec.ap, ap);
  rec.count = count;
  va_end(ap);
}

__attribute__((noinline)) static long flush(void) {
  struct point p = va_arg(*rec.ap, struct point); // BUG
  long s = p.x * p.y;
  if (rec.count > 1) {
    struct point q = va_arg(*rec.ap, struct point);
    s += q.x * q.y;
  }
  return s;
}

int main(int argc, char **argv) {
  struct point a = {atoi(argv[1]), 2}, b = {3, argc};
  defer(2, a, b);
  free(rec.ap);                        /* cancel */
  printf("%ld\n", flush());
  return 0;
}
