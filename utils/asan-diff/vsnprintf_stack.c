// EXPECT: stack-buffer-overflow
#include <stdarg.h>
#include <stdio.h>
void fmt(char *b, const char *f, ...) { va_list ap; va_start(ap, f); vsnprintf(b, 64, f, ap); va_end(ap); }
int main(int argc, char **argv) {
  char b[12];
  fmt(b, "%s%s", argv[2], argv[2]); // BUG
  puts(b);
  return 0;
}
