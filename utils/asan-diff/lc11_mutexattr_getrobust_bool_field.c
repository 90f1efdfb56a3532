// EXPECT: global-buffer-overflow
// Lock diagnostics keep one "is this mutex robust?" flag per lock class
// in a global bool array and fill each flag by casting &flags[i] to
// int *: for the last class, the int store runs past the array.
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define CLASSES 4
static bool robust_flags[CLASSES];
static pthread_mutexattr_t class_attr[CLASSES];

int main(int argc, char **argv) {
  for (int i = 0; i < CLASSES; i++) {
    pthread_mutexattr_init(&class_attr[i]);
    if (i % 2 == argc % 2)
      pthread_mutexattr_setrobust(&class_attr[i], PTHREAD_MUTEX_ROBUST);
  }
  int last = atoi(argv[1]) % CLASSES == 2 ? CLASSES - 1 : 0;
  pthread_mutexattr_getrobust(&class_attr[last], (int *)&robust_flags[last]); // BUG
  for (int i = 0; i < CLASSES; i++)
    printf("%d", robust_flags[i]);
  printf("\n");
  return 0;
}
