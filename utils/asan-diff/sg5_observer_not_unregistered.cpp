// EXPECT: stack-use-after-return
// Observer pattern: a local observer registers its address with a global
// subject and is destroyed without unregistering; notify() makes a virtual
// call through the dangling pointer.
#include <cstdio>
#include <cstdlib>
struct Observer { virtual void changed(int v) = 0; virtual ~Observer() = default; };
struct Subject {
  Observer *obs[4] = {};
  int n = 0;
  void attach(Observer *o) { obs[n++] = o; }
  __attribute__((noinline)) void notify(int v) { for (int i = 0; i < n; i++) obs[i]->changed(v); } // BUG
} g_subject;
struct Printer : Observer {
  int last = 0;
  void changed(int v) override { last = v; }
};
__attribute__((noinline)) static void setup(int v) {
  Printer p;
  g_subject.attach(&p);
  g_subject.notify(v);
}
int main(int argc, char **argv) {
  setup(argc);
  g_subject.notify(std::atoi(argv[1]));
  std::printf("done\n");
  return 0;
}
