// EXPECT: none
// Constant tables of strings: an array of pointers, a two-dimensional
// char array with rows filled exactly (no terminator in the longest), a
// struct table with names and codes, looked up with strcmp, strncmp,
// memcmp and printed with precision.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const months[] = {"January", "February", "March",
                                     "April",   "May",      "June",
                                     "July",    "August",   "September",
                                     "October", "November", "December"};
static const char days[7][9] = {"Monday",   "Tuesday", "Wednesday", "Thursday",
                                "Friday",   "Saturday", "Sunday"};
static const struct {
  const char *name;
  char code[3];
  unsigned short id;
} units[] = {{"metre", "m", 1},  {"gram", "g", 2},  {"second", "s", 3},
             {"ampere", "A", 4}, {"kelvin", "K", 5}, {"mole", "mol", 6},
             {"candela", "cd", 7}};

__attribute__((noinline)) static int month_index(const char *name) {
  for (int i = 0; i < 12; i++)
    if (strcmp(months[i], name) == 0) return i;
  return -1;
}

__attribute__((noinline)) static int day_len(int d) {
  return (int)strnlen(days[d], sizeof days[d]);
}

__attribute__((noinline)) static int unit_by_code(const char *code, size_t n) {
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if (strncmp(units[i].code, code, n) == 0 && (n == 3 || units[i].code[n] == '\0'))
      return units[i].id;
  return 0;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  int total = 0;
  total += month_index(months[v % 12]) + month_index("Smarch");
  for (int d = 0; d < 7; d++) total += day_len(d);
  total += memcmp(days[2], "Wednesday", 9) == 0;
  total += unit_by_code("mol", 3) + unit_by_code("cd", 2) + unit_by_code("K", 1);
  for (int d = 0; d < 7; d++) printf("%.9s%c", days[d], d == 6 ? '\n' : ' ');
  printf("%.3s %s %d %d\n", units[5].code, months[11], total, argc);
  return 0;
}
