// EXPECT: none
// Exceptions thrown from inside libstdc++ (stoi, vector::at, string::substr) and caught, a long runtime_error message, std::thread with promise/future and std::async over shared strings.
#include <cstdio>
#include <cstdlib>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int caught = 0;
  try {
    std::stoi(std::string(argv[2]));
  } catch (const std::invalid_argument &e) {
    caught += e.what()[0] != 0;
  }
  std::vector<int> v(n);
  try {
    v.at(n) = 1;
  } catch (const std::out_of_range &e) {
    caught++;
  }
  std::string s(argv[2]);
  try {
    s.substr(100);
  } catch (const std::out_of_range &) {
    caught++;
  }
  try {
    throw std::runtime_error(std::string(argv[2]) + std::string(argv[2]) + std::to_string(n));
  } catch (const std::exception &e) {
    std::printf("%s\n", e.what());
  }
  std::promise<std::string> pr;
  auto fut = pr.get_future();
  std::thread t([&pr, &s, n] { pr.set_value(s.substr(n) + "-thread"); });
  auto a = std::async(std::launch::async, [s] { return s.size() * 2; });
  std::string got = fut.get();
  t.join();
  std::printf("%d %s %zu\n", caught, got.c_str(), a.get());
  return 0;
}
