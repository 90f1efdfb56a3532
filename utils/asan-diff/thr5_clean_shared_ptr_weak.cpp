// EXPECT: none
// FLAGS: -std=c++20
// Workers hold shared_ptr copies of a Config and a weak_ptr to a Cache;
// main resets its Cache owner before the workers check the weak_ptr, which
// then locks to null; the Config lives until the last copy goes.
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <memory>
#include <string>
#include <thread>
#include <vector>
struct Config { std::string name; std::vector<int> limits; };
struct Cache { long hits[16] = {}; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  auto cfg = std::make_shared<Config>();
  cfg->name = argv[2];
  cfg->limits.assign(n, 4);
  auto cache = std::make_shared<Cache>();
  std::weak_ptr<Cache> wc = cache;
  std::latch reset_done(1);
  std::vector<std::thread> ts;
  std::vector<long> out(4);
  for (int i = 0; i < 4; i++)
    ts.emplace_back([c = cfg, wc, &reset_done, &out, i] {
      reset_done.wait();
      long s = (long)c->name.size() + c->limits.back();
      if (auto p = wc.lock()) s += p->hits[i];
      else s += 100;
      out[i] = s;
    });
  cfg.reset();
  cache.reset();
  reset_done.count_down();
  for (auto &t : ts) t.join();
  long s = 0;
  for (long v : out) s += v;
  std::printf("%ld\n", s);
  return 0;
}
