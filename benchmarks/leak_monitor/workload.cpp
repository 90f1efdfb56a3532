//===- benchmarks/leak_monitor/workload.cpp - leaks of known shape --------===//
//
// A request-serving loop whose allocation sites behave as the scenario says,
// for the leak monitor's evaluation (benchmarks/leak_monitor.py). Each
// behaviour allocates in a function of its own, which is what the monitor's
// alerts name (`... in errorLeak(...)`). Prints the functions whose sites
// leak in this scenario first, one line each:
//
//   truth: leak errorLeak
//
// (every other function's growth is not a leak), then serves requests for the given seconds (paced at the given rate per
// thread; rate 0: as fast as it can, for overhead measurements, where the
// request count replaces the seconds), and prints `done <requests>`.
//
//   workload SCENARIO SECONDS|REQUESTS [RATE] [THREADS] [SEED]
//
// Scenarios (each also has per-request scratch buffers):
//   error-leak    1 request in 10 forgets a 256-byte message (~50 KiB/s at
//                 2000 requests/s)
//   slow-leak     1 request in 500 forgets 16 bytes (a few bytes per
//                 thousand requests)
//   log           an unbounded log, still reachable (a logical leak)
//   mt-leak       THREADS threads, each with its own scratch and a shared
//                 error-path leak (1 in 50 requests, 128 bytes)
//   cache         a bounded cache (LRU, 2000 entries), filled in about 1 s
//   burst         every 2 s, 20000 objects that drain within a second
//   warmup        a cache over a bounded key space (6000 keys, random):
//                 fast at first, slower and slower, then full
//   ramp          a table that grows for 3 s and drains for 2 s, repeatedly
//   mt-cache      THREADS threads with a bounded cache each
//   server        the judge's shape: error-path leak, unbounded log,
//                 bounded cache, scratch buffers, a ramp that drains
//
// See also: benchmarks/leak_monitor.py, docs/Leaks.md.
//===----------------------------------------------------------------------===//
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

struct Rng {
  unsigned long long S;
  unsigned next() {
    S = S * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<unsigned>(S >> 33);
  }
};

struct Options {
  std::string Scenario;
  double Seconds = 10;
  long Requests = 0; // rate 0: the number of requests per thread
  double Rate = 2000; // per thread
  int Threads = 1;
  unsigned Seed = 0; // varies the requests' random choices between runs
};

// --- sites ------------------------------------------------------------------

char *volatile Sink;

void scratch(Rng &R) {
  for (int I = 0; I < 3; ++I) {
    char *P = static_cast<char *>(std::malloc(64 + R.next() % 960));
    P[0] = 1;
    Sink = P;
    std::free(P);
  }
}

void errorLeak(Rng &R, unsigned OneIn, size_t Size) {
  char *Message = static_cast<char *>(std::malloc(Size));
  std::memset(Message, 'e', Size);
  Sink = Message;
  if (R.next() % OneIn)
    std::free(Message); // the error path returns before this
}

std::list<std::string> Log;
std::mutex LogMu;
void logLine(long Request) {
  std::lock_guard<std::mutex> L(LogMu);
  Log.push_back("request " + std::to_string(Request) + " served in full");
}

struct Lru {
  size_t Capacity;
  std::list<std::pair<unsigned, std::string>> Order;
  std::unordered_map<unsigned, decltype(Order)::iterator> Index;
  void touch(unsigned Key) {
    auto It = Index.find(Key);
    if (It != Index.end()) {
      Order.splice(Order.begin(), Order, It->second);
      return;
    }
    Order.emplace_front(Key, std::string(48, 'v'));
    Index[Key] = Order.begin();
    if (Order.size() > Capacity) {
      Index.erase(Order.back().first);
      Order.pop_back();
    }
  }
};

struct Entry {
  char Data[112];
};

void warmInsert(std::map<unsigned, Entry *> &Warm, unsigned Key) {
  if (!Warm.count(Key))
    Warm[Key] = new Entry;
}

void rampPush(std::vector<Entry *> &Table) { Table.push_back(new Entry); }

void burstFill(std::vector<Entry *> &Burst) {
  for (int J = 0; J < 20000; ++J)
    Burst.push_back(new Entry);
}

// --- the loop ----------------------------------------------------------------

struct Worker {
  const Options &O;
  Rng R;
  Lru Cache{2000, {}, {}};
  std::map<unsigned, Entry *> Warm;
  std::vector<Entry *> Table, Burst;
  Worker(const Options &O, unsigned Seed) : O(O), R{Seed} {}

  void request(long I, double Now) {
    const std::string &S = O.Scenario;
    scratch(R);
    if (S == "error-leak" || S == "server")
      errorLeak(R, 10, 256);
    else if (S == "slow-leak")
      errorLeak(R, 500, 16);
    else if (S == "mt-leak")
      errorLeak(R, 50, 128);
    if (S == "log" || S == "server")
      logLine(I);
    if (S == "cache" || S == "mt-cache" || S == "server")
      Cache.touch(R.next() % 100000);
    if (S == "warmup")
      warmInsert(Warm, R.next() % 6000);
    if (S == "ramp" || S == "server") {
      double Phase = Now - 5 * static_cast<long>(Now / 5);
      if (Phase < 3)
        rampPush(Table);
      else
        for (int J = 0; J < 2 && !Table.empty(); ++J) {
          delete Table.back();
          Table.pop_back();
        }
    }
    if (S == "burst") {
      if (I % 4000 == 0)
        burstFill(Burst);
      for (int J = 0; J < 10 && !Burst.empty(); ++J) {
        delete Burst.back();
        Burst.pop_back();
      }
    }
  }

  long run() {
    using Clock = std::chrono::steady_clock;
    auto Start = Clock::now();
    long I = 0;
    for (;; ++I) {
      double Now = std::chrono::duration<double>(Clock::now() - Start).count();
      if (O.Rate > 0) {
        if (Now >= O.Seconds)
          break;
        // Paced: request I is due at I / Rate seconds.
        double Due = I / O.Rate;
        if (Due > Now)
          std::this_thread::sleep_for(std::chrono::duration<double>(Due - Now));
      } else if (I >= O.Requests) {
        break;
      }
      request(I, O.Rate > 0 ? I / O.Rate : I / 2000.0);
    }
    for (Entry *E : Table)
      delete E;
    for (Entry *E : Burst)
      delete E;
    for (auto &E : Warm)
      delete E.second;
    return I;
  }
};

// The functions whose sites leak in scenario S.
void printTruth(const std::string &S) {
  if (S == "error-leak" || S == "slow-leak" || S == "mt-leak" ||
      S == "server")
    std::printf("truth: leak errorLeak\n");
  if (S == "log" || S == "server")
    std::printf("truth: leak logLine\n");
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 3) {
    std::fprintf(stderr, "usage: workload SCENARIO SECONDS|REQUESTS [RATE] "
                         "[THREADS] [SEED]\n");
    return 2;
  }
  Options O;
  O.Scenario = Argv[1];
  O.Rate = Argc > 3 ? std::atof(Argv[3]) : 2000;
  O.Threads = Argc > 4 ? std::atoi(Argv[4]) : 1;
  O.Seed = Argc > 5 ? static_cast<unsigned>(std::atol(Argv[5])) : 0;
  if (O.Rate > 0)
    O.Seconds = std::atof(Argv[2]);
  else
    O.Requests = std::atol(Argv[2]);
  printTruth(O.Scenario);
  std::fflush(stdout);
  int Threads = (O.Scenario.compare(0, 3, "mt-") == 0) ? O.Threads : 1;
  std::vector<std::thread> Pool;
  std::atomic<long> Served{0};
  for (int T = 0; T < Threads; ++T)
    Pool.emplace_back([&, T] {
      Worker W(O, 12345 + 977 * T + 7919 * O.Seed);
      Served += W.run();
    });
  for (std::thread &T : Pool)
    T.join();
  // Flushed: a leak report at exit ends the process without stdio's.
  std::printf("done %ld\n", Served.load());
  std::fflush(stdout);
  return 0;
}
