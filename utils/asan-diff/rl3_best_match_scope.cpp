// EXPECT: stack-use-after-scope
// a fuzzy command matcher normalizes each candidate into a loop-local char buffer and remembers a pointer to the best one past the iteration
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

static size_t edit_distance(const std::string &a, const std::string &b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); j++) prev[j] = j;
  for (size_t i = 1; i <= a.size(); i++) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); j++) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

static std::string normalize(const std::string &s) {
  std::string out;
  for (char c : s)
    if (c != '-' && c != '_') out += (char)std::tolower((unsigned char)c);
  return out;
}

static size_t normalize_into(char *dst, size_t cap, const std::string &s) {
  size_t o = 0;
  for (char c : s)
    if (c != '-' && c != '_' && o + 1 < cap) dst[o++] = (char)std::tolower((unsigned char)c);
  dst[o] = '\0';
  return o;
}

struct Match {
  const char *norm = nullptr;
  size_t index = 0;
  size_t dist = (size_t)-1;
};

static Match best_match(const std::vector<std::string> &commands, const std::string &typed) {
  std::string t = normalize(typed);
  Match best;
  for (size_t i = 0; i < commands.size(); i++) {
    char cand[32];
    size_t len = normalize_into(cand, sizeof cand, commands[i]);
    size_t d = edit_distance(std::string(cand, len), t);
    if (d < best.dist) {
      best.dist = d;
      best.index = i;
      best.norm = cand;
    }
  }
  if (best.norm && std::strlen(best.norm) < t.size() / 2) best.dist += 10; // BUG
  return best;
}

// The k closest commands, for a "did you mean" hint.
static std::vector<std::string> suggestions(const std::vector<std::string> &commands,
                                            const std::string &typed, size_t k) {
  std::vector<std::pair<size_t, std::string>> scored;
  std::string t = normalize(typed);
  for (const std::string &c : commands) scored.emplace_back(edit_distance(normalize(c), t), c);
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && i < k; i++) out.push_back(scored[i].second);
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 3;
  std::string typed = argc > 2 ? argv[2] : "STAT";
  std::vector<std::string> commands = {"status", "stash", "start-server", "stop_server",
                                       "show-config", "set-config", "sync"};
  int shown = 0;
  for (size_t len = 3; len <= typed.size() && shown < n; len += 4, shown++) {
    std::string q = typed.substr(0, len);
    Match m = best_match(commands, q);
    std::printf("%-16s -> %-14s (distance %zu)\n", q.c_str(), commands[m.index].c_str(), m.dist);
  }
  std::string hint;
  for (const std::string &s : suggestions(commands, typed.substr(0, 4), 3)) hint += " " + s;
  std::printf("did you mean:%s\n", hint.c_str());
  return 0;
}
