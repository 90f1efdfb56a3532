// EXPECT: stack-use-after-return
// A settings helper hands out a pointer to where the "inherit" field
// should be stored - but the field is a local of the helper, so by the
// time pthread_attr_getinheritsched stores into it the frame is gone.
#include <pthread.h>
#include <stdio.h>

struct settings {
  int *inherit_out;
};

__attribute__((noinline)) static void init_settings(struct settings *s) {
  int inherit = PTHREAD_INHERIT_SCHED;
  s->inherit_out = &inherit;
}

__attribute__((noinline)) static int read_settings(pthread_attr_t *attr, struct settings *s) {
  int rc = pthread_attr_getinheritsched(attr, s->inherit_out); // BUG
  return rc == 0 ? *s->inherit_out : -1;
}

int main(int argc, char **argv) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  struct settings s;
  init_settings(&s);
  int rc = read_settings(&attr, &s);
  printf("%d %d\n", rc, argc);
  pthread_attr_destroy(&attr);
  return 0;
}
