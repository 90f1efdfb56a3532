// examples/sessions.cpp - the demo program: a real use-after-free.
//
// A server keeps its sessions in a std::vector and hands out a raw pointer to
// the session being served. Opening one more session grows the vector, which
// moves every session to a new buffer and frees the old one: the pointer the
// request handler still holds now points into freed memory.
//
//   ./utils/demo.sh                      # builds memscope and runs this
//   build/bin/memscope-clang++ -fsanitize=memscope -g examples/sessions.cpp
#include <cstdio>
#include <string>
#include <vector>

struct Session {
  int Id;
  std::string User;
  long BytesServed;
};

class Server {
public:
  Session &open(const std::string &User) {
    Sessions.push_back({NextId++, User, 0});
    return Sessions.back();
  }
  void serve(Session &S, long Bytes) { S.BytesServed += Bytes; }

private:
  std::vector<Session> Sessions;
  int NextId = 1;
};

int main() {
  Server Srv;
  Session &Alice = Srv.open("alice");
  Srv.serve(Alice, 512);
  // A second client connects while alice's request is still in flight...
  Session &Bob = Srv.open("bob");
  Srv.serve(Bob, 128);
  // ...and alice's handler finishes with its now-dangling reference.
  Srv.serve(Alice, 1024); // BUG: Alice was moved when the vector grew.
  std::printf("alice served %ld bytes\n", Alice.BytesServed);
  return 0;
}
