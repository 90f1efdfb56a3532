// EXPECT: none
// a word index: string_views into a text that is never modified afterwards, std::stable_sort and std::sort, a deque sliding window, strings moved across the SSO boundary, shrink_to_fit
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct Posting {
  std::string_view word;
  size_t offset;
  int line;
};

static std::string build_text(int n, const std::string &seed) {
  std::string t;
  for (int i = 0; i < n * 30; i++) {
    size_t len = 1 + (i * 7) % (seed.size() + 9);
    std::string w;
    for (size_t k = 0; k < len; k++) w += static_cast<char>('a' + (seed[(i + k) % seed.size()] + k * 3) % 26);
    t += w;
    t += (i % 11 == 10) ? '\n' : ' ';
  }
  return t;
}

static std::vector<Posting> index_text(std::string_view text) {
  std::vector<Posting> out;
  int line = 1;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) {
      if (text[i] == '\n') line++;
      i++;
    }
    size_t s = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') i++;
    if (i > s) out.push_back({text.substr(s, i - s), s, line});
  }
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string seed = argc > 2 ? argv[2] : "seed";
  const std::string text = build_text(n, seed);
  std::vector<Posting> posts = index_text(text);
  std::stable_sort(posts.begin(), posts.end(), [](const Posting &a, const Posting &b) { return a.word.size() > b.word.size(); });
  std::string longest(posts.front().word);
  std::sort(posts.begin(), posts.end(), [](const Posting &a, const Posting &b) {
    return a.word != b.word ? a.word < b.word : a.offset < b.offset;
  });
  std::unordered_map<std::string_view, int> freq;
  for (const Posting &p : posts) freq[p.word]++;
  // a sliding window of the last 8 words, joined; strings grow and shrink across the SSO limit
  std::deque<std::string> window;
  std::vector<std::string> joined;
  size_t maxjoin = 0;
  for (size_t i = 0; i < posts.size(); i += 3) {
    window.emplace_back(posts[i].word);
    if (window.size() > 8) window.pop_front();
    std::string j;
    for (const std::string &w : window) { j += w; j += '+'; }
    j.pop_back();
    maxjoin = std::max(maxjoin, j.size());
    if (i % 30 == 0) joined.push_back(std::move(j));
  }
  for (std::string &s : joined) {
    s.resize(s.size() / 3);
    s.shrink_to_fit();
  }
  std::vector<std::pair<int, std::string_view>> top;
  for (auto &kv : freq) top.push_back({kv.second, kv.first});
  std::partial_sort(top.begin(), top.begin() + std::min<size_t>(3, top.size()), top.end(),
                    [](auto &a, auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  unsigned h = 0;
  for (const std::string &s : joined)
    for (char c : s) h = h * 31 + static_cast<unsigned char>(c);
  std::printf("words=%zu distinct=%zu longest=%s maxjoin=%zu joined=%zu hash=%08x\n", posts.size(), freq.size(),
              longest.c_str(), maxjoin, joined.size(), h);
  for (size_t i = 0; i < 3 && i < top.size(); i++)
    std::printf("  %.*s x%d\n", static_cast<int>(top[i].second.size()), top[i].second.data(), top[i].first);
  return 0;
}
