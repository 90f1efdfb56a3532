// EXPECT: none
// Globals of odd sizes declared extern before their definitions, a weak
// definition, const tables of structs with embedded strings, and
// constructors/destructors with priorities filling and checking tables
// up to their last elements.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char odd3[];
extern int odd37[];
extern const struct entry { const char *name; short code; char flags[3]; } entries[];
extern long weak_counter;

char odd3[3] = {'a', 'b', 'c'};
int odd37[37];
unsigned char odd1023[1023];
double odd5d[5] = {0.5, 1.5, 2.5, 3.5, 4.5};
__attribute__((weak)) long weak_counter = 40;
const struct entry entries[] = {
    {"alpha", 1, {1, 2, 3}}, {"beta", 2, {4, 5, 6}}, {"gamma", 3, {7, 8, 9}},
    {"delta", 4, {1, 1, 1}}, {"epsilon", 5, {0, 0, 9}},
};
static const char *const words[] = {"one", "three", "seventeen"};
static int order[4];
static int order_n;

__attribute__((constructor(101))) static void first(void) {
  order[order_n++] = 101;
  for (int i = 0; i < 37; i++) odd37[i] = i * 2;
}
__attribute__((constructor(150))) static void second(void) {
  order[order_n++] = 150;
  for (int i = 0; i < 1023; i++) odd1023[i] = (unsigned char)(odd37[i % 37] + i);
}
__attribute__((constructor)) static void third(void) {
  order[order_n++] = 999;
  weak_counter += odd37[36];
}
__attribute__((destructor(120))) static void last(void) {
  long s = odd1023[1022] + odd3[2] + odd37[36];
  if (s <= 0) printf("bad\n");
}

__attribute__((noinline)) static long scan(int n) {
  long s = 0;
  for (int i = 0; i < (int)(sizeof entries / sizeof entries[0]); i++)
    s += entries[i].code + entries[i].flags[2] + (long)strlen(entries[i].name);
  for (int i = 0; i < 3; i++) s += (long)strlen(words[i]) + odd3[i];
  s += odd1023[(n * 97) % 1023] + odd1023[1022] + (long)(odd5d[4] * 2);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int i = 0; i < n * 1000; i++) total += scan(i);
  printf("%ld %ld %d %d %d %d\n", total, weak_counter, order[0], order[1], order[2], order_n);
  return 0;
}
