// EXPECT: none
// A tool parses its options with argp, copying option values into a heap
// "arguments" structure that main keeps in a local. An invalid value makes
// the option parser call argp_error(), which prints usage and exits from
// inside libc (with status 0 here, argp_err_exit_status). main's frame is
// suspended under argp_parse, so the arguments it holds are reachable, as
// they would be under a direct exit(): no leak may be reported.
#include <argp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arguments {
  char *output;
  char **inputs;
  int ninputs;
  int level;
};

static struct argp_option options[] = {
    {"output", 'o', "FILE", 0, "output file", 0},
    {"level", 'l', "N", 0, "compression level (1-9)", 0},
    {0, 0, 0, 0, 0, 0}};

static error_t parse_opt(int key, char *arg, struct argp_state *state) {
  struct arguments *a = state->input;
  switch (key) {
  case 'o':
    a->output = strdup(arg);
    break;
  case 'l':
    a->level = atoi(arg);
    if (a->level < 1 || a->level > 9) argp_error(state, "bad level '%s'", arg);
    break;
  case ARGP_KEY_ARG:
    a->inputs = realloc(a->inputs, sizeof *a->inputs * (size_t)(a->ninputs + 1));
    a->inputs[a->ninputs++] = strdup(arg);
    break;
  default:
    return ARGP_ERR_UNKNOWN;
  }
  return 0;
}

static struct argp argp = {options, parse_opt, "FILE...", "compress files", 0, 0, 0};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  argp_err_exit_status = 0;
  struct arguments *args = calloc(1, sizeof *args);
  char level[16];
  snprintf(level, sizeof level, "%d", n + 2); /* out of range */
  char *fake[] = {"lk4", "-o", "out.gz", argv[2] ? argv[2] : "in1", "in2", "-l", level, NULL};
  argp_parse(&argp, 7, fake, 0, 0, args);
  printf("output %s inputs %d level %d\n", args->output, args->ninputs, args->level);
  return 0;
}
