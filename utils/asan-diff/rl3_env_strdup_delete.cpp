// EXPECT: alloc-dealloc-mismatch
// an environment-block builder owns its strings with delete[], but the values expanded through the C helper come from strdup (malloc)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern "C" char *expand_vars(const char *tmpl, const char *const *names, const char *const *vals,
                             int n) {
  size_t cap = strlen(tmpl) + 1;
  for (int i = 0; i < n; i++) cap += strlen(vals[i]);
  char *out = (char *)malloc(cap);
  size_t o = 0;
  for (const char *p = tmpl; *p;) {
    if (*p == '$') {
      int hit = -1;
      for (int i = 0; i < n; i++) {
        size_t nl = strlen(names[i]);
        if (!strncmp(p + 1, names[i], nl)) { hit = i; break; }
      }
      if (hit >= 0) {
        size_t vl = strlen(vals[hit]);
        memcpy(out + o, vals[hit], vl);
        o += vl;
        p += 1 + strlen(names[hit]);
        continue;
      }
    }
    out[o++] = *p++;
  }
  out[o] = '\0';
  char *exact = strdup(out);
  free(out);
  return exact;
}

class EnvBlock {
public:
  ~EnvBlock() {
    for (char *s : entries_) delete[] s; // BUG
  }
  void set(const std::string &k, const std::string &v) {
    char *e = new char[k.size() + v.size() + 2];
    std::snprintf(e, k.size() + v.size() + 2, "%s=%s", k.c_str(), v.c_str());
    entries_.push_back(e);
  }
  void set_expanded(const std::string &k, const char *tmpl) {
    std::vector<const char *> names, vals;
    for (char *e : entries_) {
      char *eq = std::strchr(e, '=');
      if (!eq) continue;
      names.push_back(nullptr);
      vals.push_back(eq + 1);
      keys_.emplace_back(e, eq);
    }
    for (size_t i = 0; i < names.size(); i++) names[i] = keys_[keys_.size() - names.size() + i].c_str();
    char *v = expand_vars(tmpl, names.data(), vals.data(), (int)names.size());
    std::string line = k + "=" + v;
    std::free(v);
    char *e = expand_vars(line.c_str(), nullptr, nullptr, 0);
    entries_.push_back(e);
  }
  std::vector<char *> envp() const {
    std::vector<char *> out(entries_);
    out.push_back(nullptr);
    return out;
  }

private:
  std::vector<char *> entries_;
  std::vector<std::string> keys_;
};

int main(int argc, char **argv) {
  std::string depth = argc > 1 ? argv[1] : "1";
  std::string user = argc > 2 ? argv[2] : "nobody";
  EnvBlock env;
  env.set("USER", user.substr(0, 8));
  env.set("HOME", "/home/" + user.substr(0, 8));
  env.set("SHLVL", depth);
  env.set_expanded("PATH", "$HOME/bin:/usr/bin");
  env.set_expanded("PROMPT", "$USER@host[$SHLVL]$ ");
  std::vector<char *> envp = env.envp();
  size_t bytes = 0;
  for (size_t i = 0; envp[i]; i++) {
    bytes += std::strlen(envp[i]) + 1;
    std::printf("%s\n", envp[i]);
  }
  std::printf("%zu entries, %zu bytes\n", envp.size() - 1, bytes);
  return 0;
}
