// EXPECT: stack-use-after-scope
// Builds a menu from a list of commands; each item gets a label. Items with a shortcut get a
// decorated label formatted into a buffer declared inside the loop body, and the item keeps a
// pointer to it; the labels are measured and rendered after the loop, when that block's buffer is out of scope.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
  const char *label;
  char key;
  int enabled;
};

struct command {
  const char *name;
  char shortcut;
  int needs_file;
};

static int render(const struct item *items, int n, char *out, size_t outsz);

static int build_menu(const struct command *cmds, int n, int have_file, char *out, size_t outsz) {
  struct item items[16];
  int count = 0;
  if (n > 16) n = 16;
  for (int i = 0; i < n; i++) {
    items[count].key = cmds[i].shortcut;
    items[count].enabled = !cmds[i].needs_file || have_file;
    if (cmds[i].shortcut) {
      char decorated[32];
      snprintf(decorated, sizeof decorated, "%s\t(Ctrl+%c)", cmds[i].name, cmds[i].shortcut);
      items[count].label = decorated;
    } else {
      items[count].label = cmds[i].name;
    }
    count++;
  }
  int width = 0;
  for (int i = 0; i < count; i++) {
    int w = (int)strlen(items[i].label); // BUG
    if (w > width) width = w;
  }
  render(items, count, out, outsz);
  return width;
}

static int render(const struct item *items, int n, char *out, size_t outsz) {
  size_t len = 0;
  int width = 12;
  for (int i = 0; i < n && len < outsz; i++)
    len += (size_t)snprintf(out + len, outsz - len, "%c %-*s\n", items[i].enabled ? ' ' : '-', width, items[i].label);
  return width;
}

int main(int argc, char **argv) {
  int files = argc > 1 ? atoi(argv[1]) : 10;
  const char *keys = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct command cmds[] = { { "New", keys[13], 0 }, { "Open...", keys[14], 0 }, { "Save", keys[18], 1 },
                            { "Export", 0, 1 },     { "Close", keys[22], 1 },   { "Quit", keys[16], 0 } };
  char out[512];
  int width = build_menu(cmds, 6, files > 0, out, sizeof out);
  fputs(out, stdout);
  printf("widest label %d\n", width);
  return 0;
}
