// EXPECT: stack-use-after-return
// A middle layer catches, annotates the error with a pointer to its own
// context record, and rethrows with `throw;`; its std::string member needs
// a cleanup, so the frame is left through its landing pad. The top-level
// handler follows the annotation.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>

struct Context { int stage; char name[24]; };
static const Context *g_ctx;

__attribute__((noinline)) static void step(int i, int n) {
  if (i == n / 2) throw std::runtime_error("step " + std::to_string(i) + " failed");
}

__attribute__((noinline)) static void pipeline(const char *name, int n) {
  Context ctx{0, {}};
  std::string trace = name;
  std::snprintf(ctx.name, sizeof ctx.name, "%s", name);
  for (ctx.stage = 0; ctx.stage < n; ctx.stage++) {
    try {
      step(ctx.stage, n);
    } catch (...) {
      g_ctx = &ctx;
      trace += "!";
      throw;
    }
  }
}

int main(int argc, char **argv) {
  try {
    pipeline(argv[2], std::atoi(argv[1]));
  } catch (const std::exception &e) {
    std::printf("%s in stage %d\n", e.what(), g_ctx->stage); // BUG
  }
  return 0;
}
