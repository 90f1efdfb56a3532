// EXPECT: heap-use-after-free
// an HTTP header index stores std::string_view keys; case-insensitive lookup builds the lowered name as a temporary std::string and the view outlives it
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

static std::string lower(std::string_view s) {
  std::string out(s);
  for (char &c : out) c = (char)std::tolower((unsigned char)c);
  return out;
}

struct Header {
  std::string name;
  std::string value;
};

class HeaderIndex {
public:
  void add(const Header &h) {
    std::string lowered = lower(h.name);
    keys_.push_back(lowered);
    values_.push_back(&h.value);
  }
  const std::string *get(std::string_view name) const {
    std::string want = lower(name);
    for (size_t i = 0; i < keys_.size(); i++)
      if (keys_[i] == want) return values_[i]; // BUG
    return nullptr;
  }
  size_t size() const { return keys_.size(); }

private:
  std::vector<std::string_view> keys_;
  std::vector<const std::string *> values_;
};

// Parses "Name: value" lines; folded continuation lines are joined to the previous value.
static std::vector<Header> parse_block(const std::string &block) {
  std::vector<Header> out;
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find("\r\n", pos);
    if (eol == std::string::npos) eol = block.size();
    std::string line = block.substr(pos, eol - pos);
    pos = eol + 2;
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !out.empty()) {
      out.back().value += " " + line.substr(line.find_first_not_of(" \t"));
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    size_t v = line.find_first_not_of(' ', colon + 1);
    out.push_back({line.substr(0, colon), v == std::string::npos ? "" : line.substr(v)});
  }
  return out;
}

static long content_length(const HeaderIndex &idx) {
  const std::string *v = idx.get("content-length");
  return v ? std::strtol(v->c_str(), nullptr, 10) : -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  std::string agent = argc > 2 ? argv[2] : "curl";
  std::vector<Header> headers = {
      {"X-Request-Identifier-For-Tracing", std::to_string(n * 1234)},
      {"Content-Type", "text/html"},
      {"User-Agent", agent},
      {"Accept-Encoding", "gzip, deflate"},
  };
  HeaderIndex idx;
  for (const Header &h : headers) idx.add(h);
  const char *queries[] = {"X-Request-Identifier-For-Tracing", "content-type", "USER-AGENT", "cookie"};
  int found = 0;
  for (const char *q : queries) {
    const std::string *v = idx.get(q);
    if (v) found++;
    std::printf("%-34s %s\n", q, v ? v->c_str() : "(none)");
  }
  std::printf("%d of 4 found\n", found);
  std::vector<Header> more = parse_block("Content-Length: 42\r\nX-Folded: a\r\n  b\r\n\r\nbody");
  HeaderIndex idx2;
  for (const Header &h : more) idx2.add(h);
  std::printf("%zu parsed, length %ld\n", idx2.size(), content_length(idx2));
  return 0;
}
