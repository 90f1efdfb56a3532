// EXPECT: none
// FLAGS: -D_GLIBCXX_SANITIZE_VECTOR
// Annotated vectors: pointers stay valid while size stays within reserve(); reads stop at size().
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <vector>
struct Frame { int pc; int depth; };
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Frame> st;
  st.reserve(4 * n);
  st.push_back({argv[2][0], 0});
  Frame *bottom = &st[0];
  for (int i = 1; i < 4 * n; i++) st.push_back({argv[2][i % 26], i});
  Frame top = st.back();
  st.pop_back();
  st.erase(st.end() - n, st.end());
  st.resize(st.size() + 2, Frame{1, 1});
  std::vector<int> in(argv[2], argv[2] + n);
  std::vector<int> out;
  std::copy(in.begin(), in.end(), std::back_inserter(out));
  std::vector<int> half(in.size());
  std::copy(in.begin(), in.end(), half.begin());
  std::vector<bool> bits(n * 3);
  bits[n * 3 - 1] = true;
  long s = 0;
  for (const Frame &f : st) s += f.pc;
  std::printf("%d %d %ld %zu %d %d\n", bottom->pc, top.depth, s, out.size(),
              half.back(), (int)bits.back());
  return 0;
}
