// EXPECT: stack-use-after-return
// an HTTP router's setup function registers a handler lambda that captures a local config struct by reference; requests dispatched after setup returned read the dead frame
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct Request {
  std::string method, path;
  int user;
};

struct Response {
  int status = 200;
  std::string body;
};

class Router {
 public:
  using Handler = std::function<void(const Request &, Response &)>;
  void add(const std::string &prefix, Handler h) { routes_.emplace_back(prefix, std::move(h)); }
  Response dispatch(const Request &r) const {
    Response resp;
    for (const auto &route : routes_) {
      if (r.path.compare(0, route.first.size(), route.first) == 0) {
        route.second(r, resp);
        return resp;
      }
    }
    resp.status = 404;
    resp.body = "not found";
    return resp;
  }

 private:
  std::vector<std::pair<std::string, Handler>> routes_;
};

struct RateLimit {
  int max_per_user;
  int window;
  char realm[16];
};

static std::map<int, int> g_counts;

__attribute__((noinline)) static void install_api(Router &router, int limit) {
  RateLimit rl{limit, 60, "api"};
  router.add("/api/", [&rl](const Request &r, Response &resp) {
    int &c = g_counts[r.user];
    if (++c > rl.max_per_user) { // BUG
      resp.status = 429;
      resp.body = std::string(rl.realm) + ": slow down";
      return;
    }
    resp.body = "ok " + r.path.substr(5);
  });
}

static void install_static(Router &router, const std::string &root) {
  router.add("/static/", [root](const Request &r, Response &resp) { resp.body = root + r.path.substr(7); });
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  Router router;
  install_static(router, "/srv/www");
  install_api(router, n / 3);
  std::map<int, int> statuses;
  size_t bytes = 0;
  for (int i = 0; i < n * 2; i++) {
    Request r{"GET", i % 3 == 0 ? "/static/" + alpha.substr((size_t)i % 8, 3) : "/api/items/" + std::to_string(i), i % 2};
    Response resp = router.dispatch(r);
    statuses[resp.status]++;
    bytes += resp.body.size();
  }
  for (auto &kv : statuses) std::printf("%d x%d\n", kv.first, kv.second);
  std::printf("%zu body bytes\n", bytes);
  return 0;
}
