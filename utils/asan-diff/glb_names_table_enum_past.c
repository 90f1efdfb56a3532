// EXPECT: global-buffer-overflow
// An enum gained a member (COLOR_COUNT is used as a valid value) but the
// names table has one entry per real color only; printing the name of the
// last enumerator reads the pointer one past the table.
#include <stdio.h>
#include <stdlib.h>

enum color { RED, GREEN, BLUE, COLOR_COUNT };
static const char *color_names[] = {"red", "green", "blue"};

static const char *color_name(enum color c) {
  return color_names[c]; // BUG
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]) - 7 + (argc - 3); /* 3 == COLOR_COUNT */
  for (int c = 0; c < 3; c++)
    printf("%d=%s\n", c, color_name((enum color)c));
  const char *n = color_name((enum color)v);
  printf("%p\n", (const void *)n);
  return 0;
}
