// EXPECT: leak
#include <string>
struct W { std::string s; };
int main() { W *w = new W{std::string(100, 'x')}; w = nullptr; return 0; }
