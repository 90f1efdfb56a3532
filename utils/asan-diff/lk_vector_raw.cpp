// EXPECT: leak
#include <vector>
int main() { std::vector<int *> v; for (int i = 0; i < 5; i++) v.push_back(new int(i)); return 0; }
