// EXPECT: alloc-dealloc-mismatch
// A test double for a resolver builds its addrinfo result with new and
// hands it to code that releases results with freeaddrinfo, which frees
// the nodes with free().
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

static addrinfo *fake_resolve(int port) {
  auto *sin = static_cast<sockaddr_in *>(std::calloc(1, sizeof(sockaddr_in)));
  sin->sin_family = AF_INET;
  sin->sin_port = htons(static_cast<unsigned short>(port));
  auto *ai = new addrinfo();
  ai->ai_family = AF_INET;
  ai->ai_addr = reinterpret_cast<sockaddr *>(sin);
  ai->ai_addrlen = sizeof *sin;
  return ai;
}

int main(int argc, char **argv) {
  addrinfo *res = fake_resolve(std::atoi(argv[1]) * 8);
  std::printf("%d\n", res->ai_family);
  std::free(res->ai_addr); // glibc expects it inside the node's block
  res->ai_addr = nullptr;
  freeaddrinfo(res); // BUG
  return 0;
}
