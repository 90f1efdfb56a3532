// EXPECT: heap-buffer-overflow
// A test harness installs __asan_set_error_report_callback (to forward the
// report to its own log) and __sanitizer_set_death_callback (to flush its
// results); the death callback queries the report that ended the run with
// __asan_report_present, __asan_get_report_access_type/_size and
// __asan_get_report_address/_description and prints them to stdout, the
// address as an offset from the block. The bug: a checksum over a record
// array reads one element past the end of a heap array.
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int *records;
static size_t report_len;
static int saw_error_line;

static void on_report(const char *text) {
  report_len = strlen(text);
  saw_error_line = strstr(text, "ERROR:") != NULL;
}

static void on_death(void) {
  printf("callback saw report: %d (error line %d)\n", report_len > 0, saw_error_line);
  printf("report present: %d\n", __asan_report_present());
  printf("access: %s of %zu bytes\n", __asan_get_report_access_type() ? "write" : "read",
         __asan_get_report_access_size());
  printf("address: block%+ld\n",
         (long)((char *)__asan_get_report_address() - (char *)records));
  printf("description: %s\n", __asan_get_report_description());
  fflush(stdout);
}

static long checksum(const int *r, int n) {
  long s = 0;
  for (int i = 0; i <= n; i++) s = s * 31 + r[i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  __asan_set_error_report_callback(on_report);
  __sanitizer_set_death_callback(on_death);
  printf("report present before: %d\n", __asan_report_present());
  records = malloc(n * sizeof *records);
  for (int i = 0; i < n; i++) records[i] = argv[2][i];
  printf("%ld\n", checksum(records, n));
  free(records);
  return 0;
}
