// EXPECT: none
// Loops the optimizer vectorizes over stack arrays of odd lengths (3, 17,
// 31, 63, 129, 255 elements of char, short, int, float and double):
// element-wise arithmetic, reductions, a reversed copy and a strided
// gather, so the vector body and the scalar tail both reach the last
// element and never beyond.
#include <stdio.h>
#include <stdlib.h>

#define KERNEL(T, N)                                                          \
  __attribute__((noinline)) static double k_##T##_##N(int v) {                \
    T a[N], b[N], c[N];                                                       \
    for (int i = 0; i < N; i++) {                                             \
      a[i] = (T)(i * v);                                                      \
      b[i] = (T)(N - i);                                                      \
    }                                                                         \
    for (int i = 0; i < N; i++) c[i] = (T)(a[i] + b[i] * 2);                  \
    double s = 0;                                                             \
    for (int i = 0; i < N; i++) s += c[i];                                    \
    for (int i = 0; i < N; i++) a[i] = c[N - 1 - i];                          \
    for (int i = 0; i < N / 2; i++) b[i] = a[2 * i + 1];                      \
    return s + a[N - 1] + b[N / 2 - (N > 1)] + c[N - 1];                      \
  }

KERNEL(char, 3)
KERNEL(char, 255)
KERNEL(short, 17)
KERNEL(short, 129)
KERNEL(int, 31)
KERNEL(int, 63)
KERNEL(float, 17)
KERNEL(float, 255)
KERNEL(double, 3)
KERNEL(double, 31)

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  double t = 0;
  for (int r = 0; r < 20; r++) {
    t += k_char_3(v + r) + k_char_255(v + r) + k_short_17(v + r) +
         k_short_129(v + r) + k_int_31(v + r) + k_int_63(v + r) +
         k_float_17(v + r) + k_float_255(v + r) + k_double_3(v + r) +
         k_double_31(v + r);
  }
  printf("%.1f %d\n", t, argc);
  return 0;
}
