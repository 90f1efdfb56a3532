// EXPECT: heap-use-after-free
// A config loader that splits "key=value" lines and keeps the keys and values as
// std::string_view members pointing into the text. The loader reads the text into a local
// std::string inside load(); the views outlive it and are read after load() returned.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

struct Entry {
  std::string_view key;
  std::string_view value;
};

class Config {
public:
  bool load(int n, const char *tag) {
    std::string text;
    for (int i = 0; i < n; i++) {
      text += "option_" + std::to_string(i) + "_" + tag;
      text += '=';
      text += std::to_string(i * i);
      text += '\n';
    }
    text += "mode=fast\n";
    std::string_view rest(text);
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) return false;
      entries_.push_back({ line.substr(0, eq), line.substr(eq + 1) });
    }
    return true;
  }

  std::string_view get(std::string_view key) const {
    for (const Entry &e : entries_)
      if (e.key == key) return e.value; // BUG
    return {};
  }

  long sum() const {
    long s = 0;
    for (const Entry &e : entries_) s += std::atol(std::string(e.value).c_str());
    return s;
  }

  size_t size() const { return entries_.size(); }

private:
  std::vector<Entry> entries_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *tag = argc > 2 ? argv[2] : "x";
  Config cfg;
  if (!cfg.load(n, tag)) return 1;
  std::string_view mode = cfg.get("mode");
  std::printf("%zu entries, mode=%.*s, sum %ld\n", cfg.size(), static_cast<int>(mode.size()), mode.data(), cfg.sum());
  return 0;
}
