// EXPECT: none
// std::filesystem in the working directory, std::thread/async/future/promise/packaged_task, std::function over captured state, a jthread-free thread pool.
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>
namespace fs = std::filesystem;
int main(int argc, char **argv) {
  fs::create_directories("fsdir/a/b");
  { std::ofstream("fsdir/a/one.txt") << "hello"; }
  { std::ofstream("fsdir/a/b/two.txt") << argv[2]; }
  std::uintmax_t bytes = 0;
  int files = 0;
  for (auto &e : fs::recursive_directory_iterator("fsdir"))
    if (e.is_regular_file()) { bytes += e.file_size(); files++; }
  fs::path p = fs::current_path() / "fsdir" / "a" / "one.txt";
  std::string stem = p.stem().string(), ext = p.extension().string(), parent = p.parent_path().filename().string();
  fs::copy_file("fsdir/a/one.txt", "fsdir/copy.txt");
  fs::rename("fsdir/copy.txt", "fsdir/moved.txt");
  bool ex = fs::exists("fsdir/moved.txt");
  auto st = fs::status("fsdir");
  std::error_code ec;
  auto missing = fs::file_size("fsdir/none", ec);
  auto removed = fs::remove_all("fsdir");
  std::atomic<long> acc{0};
  std::mutex mu;
  std::vector<std::string> log;
  std::vector<std::thread> ts;
  for (int i = 0; i < 4; i++)
    ts.emplace_back([&, i] { std::string s(20 + i, 'a' + i); acc += (long)s.size(); std::lock_guard<std::mutex> g(mu); log.push_back(s); });
  for (auto &t : ts) t.join();
  auto f1 = std::async(std::launch::async, [](int n) { std::vector<int> v(n); long s = 0; for (int i = 0; i < n; i++) s += v[i] = i; return s; }, 1000);
  auto f2 = std::async(std::launch::deferred, [&] { return log.size(); });
  std::promise<std::string> pr;
  std::future<std::string> fut = pr.get_future();
  std::thread setter([&pr] { pr.set_value(std::string(100, 'x')); });
  std::packaged_task<int(int)> task([](int v) { return v * 2; });
  auto tf = task.get_future();
  std::thread runner(std::move(task), 21);
  std::function<long(long)> fn;
  { long captured[3] = {1, 2, 3}; fn = [captured](long v) { return v + captured[2]; }; }
  std::string got = fut.get();
  setter.join();
  runner.join();
  std::printf("%ju %d %s %s %s %d %d %d %ju %ld %ld %zu %zu %d %ld %d\n", bytes, files, stem.c_str(), ext.c_str(), parent.c_str(), ex,
              st.type() == fs::file_type::directory, (int)(missing == static_cast<std::uintmax_t>(-1)), (std::uintmax_t)removed,
              acc.load(), f1.get(), f2.get(), got.size(), tf.get(), fn(10), argc);
  return 0;
}
