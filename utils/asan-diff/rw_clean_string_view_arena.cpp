// EXPECT: none
// A config store that parses "key=value" lines into std::string_view pairs. The views point
// into a text buffer the store owns (a std::unique_ptr<char[]> that never moves or grows),
// the store is moved into a vector of stores (moving the unique_ptr keeps the characters in
// place), and lookups return views that are copied into std::strings before the store goes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class Store {
public:
  explicit Store(const std::string &text) : len_(text.size()), buf_(new char[text.size()]) {
    std::memcpy(buf_.get(), text.data(), len_); // no terminator: views carry lengths
    std::string_view rest(buf_.get(), len_);
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
      size_t eq = line.find('=');
      if (eq != std::string_view::npos) kv_.push_back({ line.substr(0, eq), line.substr(eq + 1) });
    }
  }
  std::string_view get(std::string_view key) const {
    for (const auto &p : kv_)
      if (p.first == key) return p.second;
    return {};
  }
  size_t size() const { return kv_.size(); }
  std::string_view last_value() const { return kv_.empty() ? std::string_view() : kv_.back().second; }

private:
  size_t len_;
  std::unique_ptr<char[]> buf_;
  std::vector<std::pair<std::string_view, std::string_view>> kv_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string tag = argc > 2 ? argv[2] : "x";
  std::vector<Store> stores;
  for (int s = 0; s < 4; s++) {
    std::string text;
    for (int i = 0; i < n; i++) text += "key" + std::to_string(i) + "_" + tag.substr(0, 1 + s) + "=" + std::to_string(i * s) + "\n";
    text += "mode=" + tag; // no final newline
    stores.emplace_back(text); // reallocating the vector moves earlier stores
  }
  std::string mode(stores[0].get("mode"));
  std::string k5(stores[3].get("key5_ABCD"));
  size_t total = 0;
  for (const Store &s : stores) total += s.size() + s.last_value().size();
  stores.clear();
  std::printf("mode=%s key5=%s total %zu\n", mode.c_str(), k5.c_str(), total);
  return 0;
}
