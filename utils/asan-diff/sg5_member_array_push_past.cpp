// EXPECT: stack-buffer-overflow
// A fixed-capacity stack class checks `count_ > N` instead of `>=` in push();
// the ninth push writes just past its array member, the class's last field.
#include <cstdio>
#include <cstdlib>
template <int N> class FixedStack {
public:
  bool push(int v) {
    if (count_ > N) return false;
    items_[count_++] = v; // BUG
    return true;
  }
  int sum() const { int s = 0; for (int i = 0; i < count_ && i < N; i++) s += items_[i]; return s; }
private:
  int count_ = 0;
  int items_[N];
};
int main(int argc, char **argv) {
  FixedStack<8> st;
  int n = std::atoi(argv[1]) - 1; // 9
  for (int i = 0; i < n; i++) st.push(i * argc);
  std::printf("%d\n", st.sum());
  return 0;
}
