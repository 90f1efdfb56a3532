// EXPECT: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Person { char name[12]; int age; double score; };
static int by_age(const void *a, const void *b) { return ((const struct Person *)a)->age - ((const struct Person *)b)->age; }
static int by_name(const void *a, const void *b) { return strcmp(((const struct Person *)a)->name, ((const struct Person *)b)->name); }
int main(int argc, char **argv) {
  struct Person stack_ppl[40];
  struct Person *heap_ppl = malloc(sizeof stack_ppl);
  for (int i = 0; i < 40; i++) {
    snprintf(stack_ppl[i].name, sizeof stack_ppl[i].name, "p%03d", (i * 37) % 40);
    stack_ppl[i].age = (i * 13 + argc) % 90;
    stack_ppl[i].score = i / 3.0;
  }
  memcpy(heap_ppl, stack_ppl, sizeof stack_ppl);
  qsort(stack_ppl, 40, sizeof *stack_ppl, by_age);
  qsort(heap_ppl, 40, sizeof *heap_ppl, by_name);
  struct Person key;
  strcpy(key.name, "p017");
  struct Person *hit = bsearch(&key, heap_ppl, 40, sizeof *heap_ppl, by_name);
  printf("%d %s %d\n", stack_ppl[0].age, heap_ppl[39].name, hit ? hit->age : -1);
  free(heap_ppl);
  return 0;
}
