// EXPECT: none
// Cooperative fibers on 128 KiB stacks (arrays in main's frame), switched
// with swapcontext and announced with __sanitizer_start_switch_fiber /
// __sanitizer_finish_switch_fiber. Each fiber throws and catches inside
// itself between switches; the scheduler's locals stay live throughout.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sanitizer/common_interface_defs.h>
#include <stdexcept>
#include <ucontext.h>

static ucontext_t g_main_ctx, g_fiber_ctx[2];
static const void *g_main_bottom;
static size_t g_main_size;
static const char *g_input;
static long g_acc[2];

__attribute__((noinline)) static int parse_digit(const char *s, int i) {
  char tmp[24];
  std::snprintf(tmp, sizeof tmp, "%c%d", s[i % 26], i);
  if (tmp[0] > 'M') throw std::out_of_range(tmp);
  return tmp[0] - 'A';
}

static void yield_to_main(int id) {
  void *fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, g_main_bottom, g_main_size);
  swapcontext(&g_fiber_ctx[id], &g_main_ctx);
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
}

static void fiber_body(int id) {
  __sanitizer_finish_switch_fiber(nullptr, &g_main_bottom, &g_main_size);
  for (int round = 0; round < 6; round++) {
    int local[10] = {round, id};
    try {
      local[2] = parse_digit(g_input, round * 4 + id);
    } catch (const std::out_of_range &e) {
      local[3] = (int)std::strlen(e.what());
    }
    g_acc[id] += local[0] + local[2] + local[3];
    yield_to_main(id);
  }
  void *fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, g_main_bottom, g_main_size);
  setcontext(&g_main_ctx);
}

__attribute__((noinline)) static void start_fiber(int id, char *stack, size_t size) {
  getcontext(&g_fiber_ctx[id]);
  g_fiber_ctx[id].uc_stack.ss_sp = stack;
  g_fiber_ctx[id].uc_stack.ss_size = size;
  g_fiber_ctx[id].uc_link = nullptr;
  makecontext(&g_fiber_ctx[id], (void (*)())fiber_body, 1, id);
}

__attribute__((noinline)) static void switch_to(int id, char *stack, size_t size) {
  void *fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, stack, size);
  swapcontext(&g_main_ctx, &g_fiber_ctx[id]);
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
}

__attribute__((noinline)) static long scheduler(char *s0, char *s1, size_t size) {
  long history[12];
  char name[20];
  std::snprintf(name, sizeof name, "sched");
  start_fiber(0, s0, size);
  start_fiber(1, s1, size);
  for (int step = 0; step < 12; step++) {
    switch_to(step % 2, step % 2 ? s1 : s0, size);
    history[step] = g_acc[step % 2];
  }
  return history[11] + history[10] + (long)std::strlen(name);
}

int main(int argc, char **argv) {
  char stack0[128 * 1024], stack1[128 * 1024];
  g_input = argv[2];
  std::printf("%ld %d\n", scheduler(stack0, stack1, sizeof stack0), std::atoi(argv[1]));
  return 0;
}
