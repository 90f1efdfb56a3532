// EXPECT: none
// regex, glob, wordexp, stdio buffering and spawning with exact sizes and lifetimes.
#define _GNU_SOURCE
#include <glob.h>
#include <regex.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <wordexp.h>
extern char **environ;
int main(int argc, char **argv) {
  char *pat = malloc(9);
  memcpy(pat, "^[A-Z]+$", 9);
  regex_t re;
  int r1 = regcomp(&re, pat, REG_EXTENDED | REG_NOSUB);
  int r2 = regexec(&re, argv[2], 0, 0, 0);
  regfree(&re);
  regex_t bad;
  int code = regcomp(&bad, "a(b", REG_EXTENDED);
  char msg[8];
  size_t need = regerror(code, &bad, msg, sizeof msg);
  char *full = malloc(need);
  regerror(code, &bad, full, need);
  regex_t grp;
  regcomp(&grp, "([A-Z])([A-Z])([A-Z])", REG_EXTENDED);
  regmatch_t *mt = malloc(4 * sizeof *mt);
  int r3 = regexec(&grp, argv[2], 4, mt, 0);
  regfree(&grp);
  glob_t *g = malloc(sizeof *g);
  char gp[11] = "/etc/host*";
  int r4 = glob(gp, 0, 0, g);
  size_t npaths = r4 == 0 ? g->gl_pathc : 0;
  if (r4 == 0)
    globfree(g);
  wordexp_t we;
  char words[11] = "alpha beta";
  int r5 = wordexp(words, &we, WRDE_NOCMD);
  size_t nw = r5 == 0 ? we.we_wordc : 0;
  if (r5 == 0)
    wordfree(&we);
  FILE *f = fopen("/dev/null", "w");
  char *buf = malloc(64);
  setvbuf(f, buf, _IOFBF, 64);
  fprintf(f, "%s %s %s\n", argv[2], argv[2], argv[2]);
  fclose(f);
  free(buf);
  FILE *f2 = fopen("/dev/null", "w");
  char sb[BUFSIZ];
  setbuffer(f2, sb, sizeof sb);
  fputs(argv[2], f2);
  fclose(f2);
  FILE *in = fopen("long.txt", "r");
  fpos_t *pos = malloc(sizeof *pos);
  fgetc(in);
  fgetpos(in, pos);
  fgetc(in);
  fsetpos(in, pos);
  int ch = fgetc(in);
  fclose(in);
  char pfx[4] = "lc4";
  char *tn = tempnam("/tmp", pfx);
  char mode[2] = "r";
  FILE *p = popen("echo hi", mode);
  char got[8] = "";
  if (p) {
    fgets(got, sizeof got, p);
    pclose(p);
  }
  char *args[3] = {"/bin/true", argv[1], 0};
  pid_t pid;
  int r6 = posix_spawn(&pid, "/bin/true", 0, 0, args, environ);
  if (r6 == 0)
    waitpid(pid, 0, 0);
  printf("%d %d %zu %s %d %d %zu %zu %c %d %s %d\n", r1, r2, need, full, r3, (int)mt[3].rm_eo,
         npaths, nw, ch, tn != 0, got, r6);
  free(tn);
  free(pos);
  free(g);
  free(mt);
  free(full);
  regfree(&bad);
  free(pat);
  return 0;
}
