// EXPECT: none
// FLAGS: -std=c++20
// Clean: a tour of unusual but correct smart-pointer operations (libstdc++):
// aliasing and void owners, pointer casts (one failing), shared_from_this
// on an unowned object (bad_weak_ptr caught), shared/unique arrays indexed
// to n-1, custom deleters and a deleter with its own pointer type, unique to
// shared, release/adopt/swap, atomic<shared_ptr>, owner_less maps, a long
// weak-linked list dismantled iteratively, std::function sharing state.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>
#include <functional>
struct Base { virtual ~Base() = default; int id = 0; };
struct Derived : Base { std::string s = std::string(40, 'd'); };
struct Self : std::enable_shared_from_this<Self> { int v = 3; std::shared_ptr<Self> me() { return shared_from_this(); } };
struct FileCloser { void operator()(std::FILE *f) const { if (f) std::fclose(f); } };
struct Handle { int fd; };
struct HandleDeleter { using pointer = Handle *; void operator()(Handle *h) const { delete h; } };
struct Node { std::shared_ptr<Node> next; std::weak_ptr<Node> prev; int v; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  long acc = 0;
  // aliasing, void, casts
  std::shared_ptr<Derived> d = std::make_shared<Derived>();
  std::shared_ptr<void> vp = d;
  std::shared_ptr<Base> b = std::static_pointer_cast<Base>(d);
  std::shared_ptr<Derived> d2 = std::dynamic_pointer_cast<Derived>(b);
  std::shared_ptr<Self> bad = std::dynamic_pointer_cast<Self>(std::shared_ptr<Base>());
  std::shared_ptr<std::string> alias(d, &d->s);
  d.reset(); b.reset(); d2.reset();
  acc += alias->size() + (bad ? 1 : 0) + vp.use_count();
  // enable_shared_from_this edge cases
  Self local;
  try { auto x = local.shared_from_this(); acc += x->v; } catch (const std::bad_weak_ptr &) { acc += 100; }
  std::weak_ptr<Self> wnone = local.weak_from_this();
  auto sp = std::make_shared<Self>();
  auto sp2 = sp->me();
  acc += sp2.use_count() + wnone.expired();
  // arrays
  std::shared_ptr<int[]> arr(new int[n]{});
  auto arr2 = std::make_shared<int[]>(n, 7);
  std::unique_ptr<int[]> uarr = std::make_unique<int[]>(n);
  arr[n - 1] = arr2[n - 1] + uarr[n - 1];
  acc += arr[n - 1];
  // custom deleters and pointer types
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen("/dev/null", "r"));
  std::unique_ptr<Handle, HandleDeleter> h(new Handle{n});
  acc += h->fd + (f ? 1 : 0);
  std::shared_ptr<Handle> hs(new Handle{n + 1}, [](Handle *p) { delete p; });
  std::shared_ptr<Handle> ha = std::allocate_shared<Handle>(std::allocator<Handle>(), Handle{n + 2});
  acc += hs->fd + ha->fd;
  // unique -> shared, release, swap
  std::unique_ptr<Derived> ud = std::make_unique<Derived>();
  std::shared_ptr<Base> fromu = std::move(ud);
  std::unique_ptr<Base> ub(new Derived);
  Base *raw = ub.release();
  std::unique_ptr<Base> ub2(raw);
  std::swap(ub, ub2);
  acc += fromu->id + (ub ? 1 : 0);
#if defined(__cpp_lib_atomic_shared_ptr)
  // atomic shared_ptr
  std::atomic<std::shared_ptr<int>> ap(std::make_shared<int>(5));
  auto loaded = ap.load();
  ap.store(std::make_shared<int>(6));
  acc += *loaded + *ap.load();
#endif
  // owner_less containers, weak keys
  std::map<std::weak_ptr<Self>, int, std::owner_less<>> wm;
  wm[sp] = 1; wm[sp2] = 2;
  std::set<std::shared_ptr<Self>> ss{sp, sp2};
  acc += wm.size() + ss.size();
  // doubly-linked list with weak back edges, dismantled iteratively
  auto head = std::make_shared<Node>();
  auto cur = head;
  for (int i = 0; i < n * 100; i++) { auto nx = std::make_shared<Node>(); nx->prev = cur; nx->v = i; cur->next = nx; cur = nx; }
  cur.reset();
  while (head) head = std::move(head->next);
  // std::function holding shared state
  std::vector<std::function<int()>> fs;
  for (int i = 0; i < n; i++) { auto st = std::make_shared<int>(i); fs.push_back([st] { return ++*st; }); }
  for (auto &fn : fs) acc += fn();
  std::printf("%ld\n", acc);
}
