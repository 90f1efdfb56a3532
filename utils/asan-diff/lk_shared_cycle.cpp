// EXPECT: leak
#include <memory>
struct N { std::shared_ptr<N> next; int v[4]; };
int main() { auto a = std::make_shared<N>(); auto b = std::make_shared<N>(); a->next = b; b->next = a; return 0; }
