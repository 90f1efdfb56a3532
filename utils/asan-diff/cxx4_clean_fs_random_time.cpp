// EXPECT: none
// FLAGS: -std=c++17
// std::filesystem directory walk and status, random_device, chrono clocks with put_time/get_time, this_thread::sleep_for and to_string of doubles: libstdc++ calling stat/readdir/getrandom/strftime/vsnprintf on its own buffers.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <random>
#include <sstream>
#include <string>
#include <thread>
namespace fs = std::filesystem;
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  fs::path dir = fs::current_path() / "sub";
  fs::create_directories(dir / "deeper");
  for (int i = 0; i < n; i++) std::ofstream(dir / ("f" + std::to_string(i) + ".txt")) << argv[2] + i;
  size_t files = 0;
  uintmax_t bytes = 0;
  for (auto &e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      files++;
      bytes += e.file_size();
    }
  bool ex = fs::exists("long.txt");
  auto sz = fs::file_size("long.txt");
  std::random_device rd;
  std::mt19937 gen(rd());
  std::uniform_int_distribution<int> dist(1, 6);
  int roll = dist(gen);
  auto t0 = std::chrono::steady_clock::now();
  std::this_thread::sleep_for(std::chrono::milliseconds(n));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  std::time_t tt = 86400 * 365;
  std::tm tm{};
  gmtime_r(&tt, &tm);
  std::ostringstream os;
  os << std::put_time(&tm, "%Y-%m-%d %H:%M:%S %A");
  std::istringstream is("2021-03-04 05:06:07");
  std::tm parsed{};
  is >> std::get_time(&parsed, "%Y-%m-%d %H:%M:%S");
  fs::remove_all(dir);
  std::printf("%zu %ju %d %ju %d %d %s %d %s\n", files, bytes, ex, (uintmax_t)sz, roll >= 1 && roll <= 6, ms >= n,
              os.str().c_str(), parsed.tm_year, std::to_string(3.25 * n).c_str());
  return 0;
}
