// EXPECT: none
#include <stdarg.h>
#include <stdio.h>
int sum(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int); va_end(ap); return s; }
int main(void) { char buf[100]; int s = 0; for (int i = 0; i < 1000; i++) s += sum(5, i, 2, 3, 4, 5); snprintf(buf, sizeof buf, "%d", s); puts(buf); return 0; }
