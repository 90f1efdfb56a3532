// EXPECT: heap-use-after-free
// FLAGS: -std=c++17
// A document keeps its title in a std::optional<std::string>. The renderer
// takes `const std::string& t = *doc.title`, then calls clear_title()
// (reset) while deciding the layout, and finally renders from the held
// reference: the string's heap buffer has been freed by the reset.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

struct Document {
  std::optional<std::string> title;
  int pages = 0;
  void clear_title() { title.reset(); }
};

__attribute__((noinline)) static bool needs_cover(Document &d, int width) {
  if (d.title && static_cast<int>(d.title->size()) > width) {
    d.clear_title();   // too long for the cover: drop it
    return false;
  }
  return true;
}

int main(int argc, char **argv) {
  int width = std::atoi(argv[1]);
  Document doc;
  doc.title = std::string(argv[2]) + " - annual report";
  doc.pages = argc;
  const std::string &t = *doc.title;
  bool cover = needs_cover(doc, width);
  int caps = 0;
  for (int i = 0; i < width; i++) caps += t[i] >= 'A' && t[i] <= 'Z'; // BUG
  std::printf("cover %d caps %d pages %d\n", cover, caps, doc.pages);
  return 0;
}
