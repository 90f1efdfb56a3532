// EXPECT: stack-use-after-return
// FLAGS: -std=c++20
// A tokenizer allocates its result from a std::pmr::monotonic_buffer_resource
// backed by a local byte array (no heap fallback) for speed, and returns a
// std::span over that memory. The arena's buffer is in the returning
// function's frame, so the caller reads a dead frame.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <memory_resource>
#include <span>

struct Token { int offset, length; };

__attribute__((noinline)) static std::span<Token> tokenize(const char *text, int max) {
  std::byte scratch[1024];
  std::pmr::monotonic_buffer_resource arena(scratch, sizeof scratch,
                                            std::pmr::null_memory_resource());
  std::pmr::polymorphic_allocator<Token> alloc(&arena);
  Token *out = alloc.allocate(max);
  int count = 0, start = 0;
  for (int i = 0; text[i] && count < max; i++) {
    if ((i + 1) % 3 == 0) {
      out[count++] = Token{start, i - start + 1};
      start = i + 1;
    }
  }
  return {out, static_cast<size_t>(count)};
}

int main(int argc, char **argv) {
  int max = std::atoi(argv[1]);
  std::span<Token> toks = tokenize(argv[2], max);
  long total = 0;
  for (const Token &t : toks) total += t.length; // BUG
  std::printf("%zu tokens, %ld chars (%d)\n", toks.size(), total, argc);
  return 0;
}
