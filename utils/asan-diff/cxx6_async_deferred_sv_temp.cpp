// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A report is computed lazily with std::async(std::launch::deferred, ...),
// passing std::string_view(build_text(n)) as the argument. std::async
// decay-copies the view, not the characters, and the temporary string is
// freed at the end of the statement; the deferred call runs at get().
#include <cstdio>
#include <cstdlib>
#include <future>
#include <string>
#include <string_view>

__attribute__((noinline)) static std::string build_text(const char *alpha, int n) {
  std::string s;
  for (int i = 0; i < n; i++) s.append(alpha, 26).push_back('\n');
  return s;
}

__attribute__((noinline)) static int count_vowels(std::string_view text) {
  int v = 0;
  for (char c : text) // BUG
    v += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  return v;
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::future<int> vowels =
      std::async(std::launch::deferred, count_vowels, std::string_view(build_text(argv[2], n)));
  std::printf("computing...\n");
  std::printf("%d %d\n", vowels.get(), argc);
  return 0;
}
