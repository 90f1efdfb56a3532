// EXPECT: none
// dlopen("libm.so.6") + dlsym + dladdr + dlerror, a second dlopen of the same library, dlclose; backtrace into an exact array, backtrace_symbols and backtrace_symbols_fd.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
__attribute__((noinline)) static int depth(int n, void **frames, int cap) {
  if (n > 0) return depth(n - 1, frames, cap) + 0 * n;
  return backtrace(frames, cap);
}
int main(int argc, char **argv) {
  void *h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
  double (*cosf_)(double) = (double (*)(double))dlsym(h, "cos");
  double (*pw)(double, double) = (double (*)(double, double))dlsym(h, "pow");
  void *none = dlsym(h, "no_such_symbol_memscope");
  char *err = dlerror();
  size_t el = err ? strlen(err) : 0;
  Dl_info info;
  int di = dladdr((void *)cosf_, &info);
  size_t nl = di && info.dli_fname ? strlen(info.dli_fname) : 0;
  void *h2 = dlopen("libm.so.6", RTLD_LAZY | RTLD_NOLOAD);
  void *bad = dlopen("libdoes-not-exist.so", RTLD_NOW);
  char *berr = dlerror();
  double v = cosf_(0.0) + pw(2.0, 10.0);
  dlclose(h2);
  dlclose(h);
  void **frames = malloc(4 * sizeof(void *));   /* fewer slots than frames: exactly 4 filled */
  int n = depth(6, frames, 4);
  char **syms = backtrace_symbols(frames, n);
  size_t sl = 0;
  for (int i = 0; i < n; i++) sl += strlen(syms[i]) > 0;
  free(syms);
  void *all[64];
  int n2 = depth(2, all, 64);
  int devnull = dup(2);
  backtrace_symbols_fd(all, n2 > 2 ? 2 : n2, devnull);
  close(devnull);
  printf("%g %d %zu %d %d %d %d %zu %d %d %d\n", v, none == 0, el, di, nl > 0, bad == 0, berr != 0, sl, n, n2 > 3, argc);
  free(frames);
  return 0;
}
