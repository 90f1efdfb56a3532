// EXPECT: none
// Streams whose buffers are locals of frames that longjmp crosses: each
// level opens a stream with a buffer in its own frame; the deepest level
// closes its stream and longjmps to a middle level, which keeps writing
// through its own stream (its frame and buffer still alive), calls deeper
// again, and finally closes; the outer level writes after all of it.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf to_middle;
static int depth_limit;

static void deep(int level, int round) {
  char buf[48 + 8 * (level % 4)];
  char name[32];
  snprintf(name, sizeof name, "lj_deep%d.txt", level);
  FILE *f = fopen(name, "a");
  setvbuf(f, buf, _IOFBF, sizeof buf);
  fprintf(f, "level %d round %d\n", level, round);
  if (level >= depth_limit) {
    fclose(f); // nothing may use this frame's buffer after the jump
    longjmp(to_middle, round + 1);
  }
  deep(level + 1, round);
  fclose(f); // not reached: the jump leaves from the deepest level
}

static unsigned long middle(int rounds) {
  char buf[90];
  FILE *m = fopen("lj_middle.txt", "w+");
  setvbuf(m, buf, _IOFBF, sizeof buf);
  volatile int done = 0;
  int r = setjmp(to_middle);
  if (r)
    fprintf(m, "came back %d\n", r);
  while (done < rounds) {
    ++done;
    fprintf(m, "going down %d\n", done);
    deep(0, done);
  }
  rewind(m);
  unsigned long s = 0;
  int c;
  while ((c = getc(m)) != EOF)
    s = s * 31 + (unsigned)c;
  fclose(m);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  depth_limit = n / 2;
  for (int i = 0; i <= depth_limit; ++i) { // the deep levels append: start empty
    char name[32];
    snprintf(name, sizeof name, "lj_deep%d.txt", i);
    remove(name);
  }
  char outer_buf[200];
  FILE *o = fopen("lj_outer.txt", "w+");
  setvbuf(o, outer_buf, _IOLBF, sizeof outer_buf);
  fprintf(o, "start\n");
  unsigned long s = middle(n);
  fprintf(o, "middle %lu\n", s);
  rewind(o);
  char line[64];
  int lines = 0;
  while (fgets(line, sizeof line, o))
    ++lines;
  fclose(o);
  // The deepest level's file never got its buffered data lost: it closed
  // before jumping. Count it.
  char name[32];
  snprintf(name, sizeof name, "lj_deep%d.txt", depth_limit);
  FILE *d = fopen(name, "r");
  int dl = 0;
  while (d && fgets(line, sizeof line, d))
    ++dl;
  if (d)
    fclose(d);
  printf("middle %lu outer lines %d deepest lines %d\n", s, lines, dl);
  return 0;
}
