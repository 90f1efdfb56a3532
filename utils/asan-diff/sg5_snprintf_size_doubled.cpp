// EXPECT: stack-buffer-overflow
// snprintf into a member buffer is given the size of the whole record
// rather than the buffer's, and the text is longer than the buffer.
#include <cstdio>
#include <cstdlib>
struct Record {
  int id;
  char label[12];
};
int main(int argc, char **argv) {
  Record r;
  r.id = std::atoi(argv[1]);
  std::snprintf(r.label, sizeof(Record) + 8, "item-%d-%s", r.id, argv[2]); // BUG
  std::printf("%s %d\n", r.label, argc);
  return 0;
}
