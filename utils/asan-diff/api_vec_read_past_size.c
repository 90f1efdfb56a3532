// EXPECT: container-overflow
// A C "growable array" of doubles, like many C projects hand-roll, annotated
// with __sanitizer_annotate_contiguous_container so the unused capacity is
// poisoned. The moving-average code reads the window [i-2, i+2] around each
// sample and, for the last sample, reads v->data[size], which lies within the
// capacity but past the size: a container-overflow.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>

struct dvec {
  double *data;
  size_t size, cap;
};

static void dvec_push(struct dvec *v, double x) {
  if (v->size == v->cap) {
    size_t ncap = v->cap ? v->cap * 2 : 4;
    double *nd = malloc(ncap * sizeof *nd);
    for (size_t i = 0; i < v->size; i++) nd[i] = v->data[i];
    if (v->data) {
      __sanitizer_annotate_contiguous_container(v->data, v->data + v->cap,
                                                v->data + v->size, v->data + v->cap);
      free(v->data);
    }
    __sanitizer_annotate_contiguous_container(nd, nd + ncap, nd + ncap, nd + v->size);
    v->data = nd;
    v->cap = ncap;
  }
  __sanitizer_annotate_contiguous_container(v->data, v->data + v->cap,
                                            v->data + v->size, v->data + v->size + 1);
  v->data[v->size++] = x;
}

static void dvec_free(struct dvec *v) {
  __sanitizer_annotate_contiguous_container(v->data, v->data + v->cap,
                                            v->data + v->size, v->data + v->cap);
  free(v->data);
}

static double window_avg(const struct dvec *v, size_t i) {
  double s = 0;
  int n = 0;
  size_t lo = i >= 2 ? i - 2 : 0;
  for (size_t k = lo; k <= i + 1; k++) {
    s += v->data[k]; // BUG
    n++;
  }
  return s / n;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]); /* 10 samples: capacity 16 */
  struct dvec v = {0};
  for (int i = 0; i < n; i++) dvec_push(&v, argv[2][i] - 'A' + 0.5);
  double total = 0;
  for (size_t i = 0; i < v.size; i++) total += window_avg(&v, i);
  printf("%.3f\n", total);
  dvec_free(&v);
  return 0;
}
