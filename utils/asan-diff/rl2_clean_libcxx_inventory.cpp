// EXPECT: none
// FLAGS: -stdlib=libc++
// an inventory with libc++'s annotated containers: vectors reserved, inserted into and erased from the middle, shrunk; deques pushed at both ends; strings grown, erased and swapped across the short-string limit
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>
#include <utility>
#include <vector>

struct Item {
  std::string sku;
  std::string name;
  int qty;
  double price;
};

class Inventory {
public:
  void add(Item it) {
    auto pos = std::lower_bound(items_.begin(), items_.end(), it.sku, [](const Item &a, const std::string &s) { return a.sku < s; });
    if (pos != items_.end() && pos->sku == it.sku) { pos->qty += it.qty; return; }
    items_.insert(pos, std::move(it));   // insert in the middle
  }
  int remove_empty() {
    auto old = items_.size();
    items_.erase(std::remove_if(items_.begin(), items_.end(), [](const Item &i) { return i.qty <= 0; }), items_.end());
    return static_cast<int>(old - items_.size());
  }
  void take(size_t idx, int n) { if (idx < items_.size()) items_[idx].qty -= n; }
  void compact() { items_.shrink_to_fit(); }
  size_t size() const { return items_.size(); }
  const std::vector<Item> &items() const { return items_; }
  void reserve(size_t n) { items_.reserve(n); }

private:
  std::vector<Item> items_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string word = argc > 2 ? argv[2] : "widget";
  Inventory inv;
  inv.reserve(static_cast<size_t>(n) * 8);
  std::deque<std::string> log;
  for (int i = 0; i < n * 12; i++) {
    Item it;
    it.sku = "SKU-" + std::to_string((i * 37) % (n * 9));
    it.name = word.substr(0, 1 + i % word.size());
    if (i % 4 == 0) it.name += " (deluxe edition, boxed, with a long description)";
    it.qty = 1 + i % 5;
    it.price = 0.5 * (i % 17);
    std::string entry = "add " + it.sku;
    if (i % 2) log.push_back(std::move(entry));
    else log.push_front(std::move(entry));
    if (log.size() > 16) { log.pop_back(); log.pop_front(); }
    inv.add(std::move(it));
    if (i % 7 == 6) inv.take(static_cast<size_t>(i) % inv.size(), 3);
  }
  int removed = inv.remove_empty();
  inv.compact();
  // strings: erase, insert, swap between short and long
  std::string a = "short", b(static_cast<size_t>(n) * 5, 'L');
  for (int i = 0; i < n; i++) {
    a.swap(b);
    a.insert(a.size() / 2, word);
    b.erase(0, std::min<size_t>(b.size(), 3));
    if (a.size() > 200) a.resize(7);
  }
  std::vector<int> qtys;
  for (const Item &it : inv.items()) qtys.push_back(it.qty);
  std::vector<int> copy(qtys.begin(), qtys.end());
  copy.insert(copy.begin() + static_cast<long>(copy.size() / 2), {7, 7, 7});
  copy.erase(copy.begin(), copy.begin() + 2);
  long value = 0;
  for (const Item &it : inv.items()) value += static_cast<long>(it.qty * it.price * 100);
  size_t logbytes = 0;
  for (const std::string &s : log) logbytes += s.size();
  std::printf("items=%zu removed=%d value=%ld log=%zu/%zu a=%zu b=%zu copy=%zu first=%s\n", inv.size(), removed, value,
              log.size(), logbytes, a.size(), b.size(), copy.size(), inv.items().front().sku.c_str());
  return 0;
}
