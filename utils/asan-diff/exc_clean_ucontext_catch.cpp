// EXPECT: none
// A cooperative task runs on a 128 KiB stack of its own, a static array
// (switched with swapcontext). Inside the task a parser throws and
// the task catches; then control goes back to the scheduler, whose own
// locals (live the whole time) are read. Every access is correct.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <ucontext.h>

static ucontext_t g_sched_ctx, g_task_ctx;
static const char *g_input;
static int g_result;

__attribute__((noinline)) static int parse_field(const char *s, int pos) {
  char field[40];
  std::snprintf(field, sizeof field, "%s", s + pos);
  if (field[0] == 'K') throw std::invalid_argument("bad field");
  return field[0] + field[1];
}

static void task_main() {
  int sum = 0;
  for (int pos = 0; pos < 20; pos++) {
    try {
      sum += parse_field(g_input, pos);
    } catch (const std::invalid_argument &e) {
      char note[32];
      std::snprintf(note, sizeof note, "%s@%d", e.what(), pos);
      sum += (int)std::strlen(note);
    }
  }
  g_result = sum;
  swapcontext(&g_task_ctx, &g_sched_ctx);
}

__attribute__((noinline)) static void setup_task(char *stack, size_t size) {
  getcontext(&g_task_ctx);
  g_task_ctx.uc_stack.ss_sp = stack;
  g_task_ctx.uc_stack.ss_size = size;
  g_task_ctx.uc_link = nullptr;
  makecontext(&g_task_ctx, task_main, 0);
}

__attribute__((noinline)) static long scheduler(char *stack, size_t size, int n) {
  long history[8];
  char name[24];
  for (int i = 0; i < 8; i++) history[i] = n * i;
  std::snprintf(name, sizeof name, "sched-%d", n);
  setup_task(stack, size);
  swapcontext(&g_sched_ctx, &g_task_ctx);
  return history[n % 8] + (long)std::strlen(name) + g_result;
}

static char task_stack[128 * 1024];

int main(int argc, char **argv) {
  g_input = argv[2];
  long r = scheduler(task_stack, sizeof task_stack, std::atoi(argv[1]));
  std::printf("%ld\n", r);
  return 0;
}
