// EXPECT: heap-use-after-free
// the header parser keeps string_views into the document string, then appends the body; the append reallocates and the views dangle
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

struct Header {
  std::string_view name;
  std::string_view value;
};

static std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

static std::vector<Header> parse_headers(std::string_view doc, size_t &body_at) {
  std::vector<Header> out;
  size_t pos = 0;
  while (pos < doc.size()) {
    size_t eol = doc.find('\n', pos);
    if (eol == std::string_view::npos) eol = doc.size();
    std::string_view line = doc.substr(pos, eol - pos);
    pos = eol + 1;
    if (trim(line).empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out.push_back({trim(line.substr(0, colon)), trim(line.substr(colon + 1))});
  }
  body_at = pos;
  return out;
}

static unsigned hash_sv(std::string_view s) {
  unsigned h = 0;
  for (char c : s) h = h * 31 + static_cast<unsigned char>(c); // BUG
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "value";
  std::string doc;
  doc += "Host: example.org\r\n";
  doc += "X-Word: " + word + "\r\n";
  doc += "Content-Length: " + std::to_string(n * 8) + "\r\n";
  doc += "\r\n";
  size_t body_at = 0;
  std::vector<Header> headers = parse_headers(doc, body_at);
  // stream the body in: appends grow the string well past its capacity
  for (int i = 0; i < n * 8; i++) doc.push_back(word[i % word.size()]);
  doc += "\n-- end of message --\n";
  std::map<std::string, unsigned> index;
  for (const Header &h : headers) {
    unsigned v = hash_sv(h.value);   // h.value points into the old buffer
    index[std::string(h.name)] = v;
  }
  std::printf("headers=%zu body=%zu bytes\n", headers.size(), doc.size() - body_at);
  for (auto &kv : index) std::printf("  %s -> %08x\n", kv.first.c_str(), kv.second);
  return 0;
}
