// EXPECT: none
// Constructors that throw inside containers: map::emplace, vector::emplace_back
// at capacity, make_shared and a new-expression. Each failure leaves the
// container as it was; the program keeps using the containers' elements
// and references taken before the failures.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Account {
  std::string owner;
  long balance;
  Account(const char *o, long b) : owner(o), balance(b) {
    if (b < 0) throw std::invalid_argument("negative balance for " + owner);
  }
};

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::map<int, Account> accounts;
  std::vector<Account> list;
  list.reserve(n);
  int failures = 0;
  for (int i = 0; i < n * 2; i++) {
    long bal = (i % 4 == 3) ? -1 : i * 100L;
    try {
      accounts.emplace(std::piecewise_construct, std::forward_as_tuple(i),
                       std::forward_as_tuple(argv[2] + (i % 20), bal));
    } catch (const std::invalid_argument &) { failures++; }
    try {
      list.emplace_back(argv[2] + (i % 20), bal);
    } catch (const std::invalid_argument &) { failures++; }
    try {
      auto sp = std::make_shared<Account>(argv[2], bal);
      failures -= sp->balance > 1000000;
    } catch (const std::invalid_argument &) { failures++; }
    try {
      std::unique_ptr<Account> up(new Account(argv[2] + 1, bal));
      failures -= up->balance > 1000000;
    } catch (const std::invalid_argument &) { failures++; }
  }
  const Account &first = accounts.begin()->second;
  long total = first.balance;
  for (auto &kv : accounts) total += kv.second.balance + (long)kv.second.owner.size();
  for (auto &a : list) total += a.balance + a.owner[0];
  std::printf("%d %ld %zu %zu\n", failures, total, accounts.size(), list.size());
  return 0;
}
