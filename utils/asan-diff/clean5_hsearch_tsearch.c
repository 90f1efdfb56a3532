// EXPECT: none
// Search tables: hcreate/hsearch ENTER and FIND with keys in heap strings
// (kept alive until hdestroy), hcreate_r/hsearch_r/hdestroy_r with the
// table in a heap struct; a tsearch tree of heap keys with tfind, tdelete
// of every third key, twalk and twalk_r over the rest, tdestroy freeing
// the keys; a second tree rooted in a heap slot.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long walked;

static int cmp(const void *a, const void *b) {
  return strcmp((const char *)a, (const char *)b);
}

static void action(const void *node, VISIT v, int depth) {
  if (v == postorder || v == leaf)
    walked = walked * 3 + strlen(*(char *const *)node) + (unsigned)depth;
}

static void action_r(const void *node, VISIT v, void *closure) {
  if (v == preorder || v == leaf)
    *(unsigned long *)closure += (unsigned char)(*(char *const *)node)[0];
}

static void keep(void *p) { walked += p != NULL; }

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int count = n * 20;
  char **keys = malloc(sizeof *keys * (size_t)count);
  for (int i = 0; i < count; ++i) {
    keys[i] = malloc(16);
    snprintf(keys[i], 16, "%c%d", alpha[i % 26], i);
  }
  unsigned long sum = 0;
  hcreate((size_t)count * 2);
  for (int i = 0; i < count; ++i) {
    ENTRY e = {keys[i], (void *)(long)i};
    hsearch(e, ENTER);
  }
  for (int i = 0; i < count; i += 3) {
    char probe[16];
    snprintf(probe, sizeof probe, "%c%d", alpha[i % 26], i);
    ENTRY e = {probe, NULL};
    ENTRY *f = hsearch(e, FIND);
    sum += f ? (unsigned long)(long)f->data : 1000;
  }
  hdestroy();
  struct hsearch_data *tab = calloc(1, sizeof *tab);
  hcreate_r((size_t)count, tab);
  for (int i = 0; i < count; ++i) {
    ENTRY e = {keys[i], (void *)(long)(i * 2)}, *res;
    hsearch_r(e, ENTER, &res, tab);
  }
  ENTRY q = {keys[count / 2], NULL}, *res;
  if (hsearch_r(q, FIND, &res, tab))
    sum += (unsigned long)(long)res->data;
  hdestroy_r(tab);
  free(tab);

  void *root = NULL;
  for (int i = 0; i < count; ++i)
    tsearch(keys[i], &root, cmp);
  for (int i = 0; i < count; i += 5) {
    void *f = tfind(keys[i], &root, cmp);
    sum += f != NULL;
  }
  for (int i = 0; i < count; i += 3) {
    tdelete(keys[i], &root, cmp);
    free(keys[i]);
    keys[i] = NULL;
  }
  twalk(root, action);
  unsigned long closure = 0;
  twalk_r(root, action_r, &closure);
  tdestroy(root, free); // frees the keys still in the tree
  void **hroot = calloc(1, sizeof *hroot);
  for (int i = 0; i < n; ++i)
    tsearch(alpha + i, hroot, cmp);
  twalk(*hroot, action);
  tdestroy(*hroot, keep); // the keys are argv's
  free(hroot);
  free(keys);
  printf("sum %lu walked %lu closure %lu\n", sum, walked, closure);
  return 0;
}
