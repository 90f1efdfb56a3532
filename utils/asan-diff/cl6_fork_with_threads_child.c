// EXPECT: none
// A server forks worker processes while two helper threads of the parent
// are busy with their own locals: in the child only the forking thread
// exists, and it continues from deep inside a recursion (fork is called 20
// frames down), uses large locals, registers an atexit handler that reads
// a global, and leaves with exit(). The parent reaps the children and
// stops its threads.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static atomic_int g_stop;
static long g_child_result;

static void *helper(void *arg) {
  long id = (long)arg, s = 0;
  while (!atomic_load(&g_stop)) {
    char buf[1024];
    memset(buf, (int)id, sizeof buf);
    s += buf[1023];
    usleep(200);
  }
  return (void *)s;
}

static void child_exit_report(void) {
  char line[64];
  int n = snprintf(line, sizeof line, "child %d result %ld\n", (int)getpid() > 0, g_child_result);
  write(1, line, (size_t)n);
}

__attribute__((noinline)) static long child_work(int depth) {
  unsigned char table[64 * 1024];
  memset(table, depth, sizeof table);
  long s = 0;
  for (size_t i = 0; i < sizeof table; i += 97) s += table[i];
  return s;
}

__attribute__((noinline)) static pid_t descend_and_fork(int depth, int id) {
  char frame[128];
  memset(frame, id, sizeof frame);
  if (depth > 0) {
    pid_t p = descend_and_fork(depth - 1, id);
    frame[0] += (char)(p > 0);
    return p;
  }
  fflush(stdout);
  pid_t p = fork();
  if (p == 0) {
    g_child_result = child_work(id) + frame[127];
    atexit(child_exit_report);
    exit(0);
  }
  return p;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_t h[2];
  for (long i = 0; i < 2; i++) pthread_create(&h[i], NULL, helper, (void *)(i + 1));
  int ok = 0;
  for (int i = 0; i < n / 2; i++) {
    pid_t p = descend_and_fork(20, i + 1);
    int st = 0;
    if (p > 0 && waitpid(p, &st, 0) == p && WIFEXITED(st) && WEXITSTATUS(st) == 0) ok++;
  }
  atomic_store(&g_stop, 1);
  for (int i = 0; i < 2; i++) pthread_join(h[i], NULL);
  printf("children ok %d\n", ok);
  return 0;
}
