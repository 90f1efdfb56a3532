// EXPECT: none
// dlopen of libm with its name in a heap string, dlsym of cbrt, dladdr on the
// symbol found and on a function of the program, dladdr1 with
// RTLD_DL_SYMENT and RTLD_DL_LINKMAP (the extra pointer on the heap),
// dlinfo for the link map, the namespace id and the origin (into a
// PATH_MAX buffer); backtrace into a heap array and backtrace_symbols_fd
// to a file; dlclose.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int frames_to(int fd, int depth) {
  if (depth > 0)
    return frames_to(fd, depth - 1) + 1;
  void **frames = malloc(sizeof *frames * 16);
  int k = backtrace(frames, 16);
  backtrace_symbols_fd(frames, k, fd);
  free(frames);
  return k > 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int ok = 0;
  char *name = strdup("libm.so.6");
  void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
  free(name);
  if (!h)
    return 1;
  double (*cosp)(double) = (double (*)(double))dlsym(h, "cbrt"); // not an IFUNC
  Dl_info info;
  if (cosp && dladdr((void *)cosp, &info)) {
    ok += info.dli_saddr == (void *)cosp;
    ok += info.dli_fname && strstr(info.dli_fname, "libm") != NULL;
  }
  Dl_info *hinfo = malloc(sizeof *hinfo);
  ok += dladdr((void *)frames_to, hinfo) != 0; // the program itself
  const ElfW(Sym) **sym = malloc(sizeof *sym);
  if (dladdr1((void *)cosp, hinfo, (void **)sym, RTLD_DL_SYMENT))
    ok += *sym != NULL;
  struct link_map **lmp = malloc(sizeof *lmp);
  if (dladdr1((void *)cosp, hinfo, (void **)lmp, RTLD_DL_LINKMAP))
    ok += *lmp != NULL && strstr((*lmp)->l_name, "libm") != NULL;
  free(hinfo);
  free(sym);
  struct link_map *lm;
  ok += dlinfo(h, RTLD_DI_LINKMAP, &lm) == 0 && lm == *lmp;
  free(lmp);
  Lmid_t lmid;
  ok += dlinfo(h, RTLD_DI_LMID, &lmid) == 0 && lmid == LM_ID_BASE;
  char *origin = malloc(PATH_MAX);
  ok += dlinfo(h, RTLD_DI_ORIGIN, origin) == 0 && origin[0] == '/';
  free(origin);
  double s = 0;
  for (int i = 0; i < n; ++i)
    s += cosp(i * 0.1);
  int fd = open("bt.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ok += frames_to(fd, n / 2) > 0;
  close(fd);
  dlclose(h);
  printf("ok %d of 9 cbrt %.6f\n", ok, s);
  return 0;
}
