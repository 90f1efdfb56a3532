// EXPECT: heap-use-after-free
// A session object owned by a unique_ptr in the failing function is
// destroyed during unwinding; the exception carries its raw pointer, and
// the handler reads the session.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>

struct Session { int user; char token[32]; };

struct AuthError { const Session *session; int reason; };

__attribute__((noinline)) static int login(const char *tok, int user) {
  auto s = std::make_unique<Session>();
  s->user = user;
  std::snprintf(s->token, sizeof s->token, "%s", tok);
  if (s->token[user % 26] > 'E') throw AuthError{s.get(), 3};
  return s->user;
}

int main(int argc, char **argv) {
  int r = 0;
  try {
    r = login(argv[2], std::atoi(argv[1]));
  } catch (const AuthError &e) {
    r = e.session->user + e.reason; // BUG
  }
  std::printf("%d\n", r);
  return 0;
}
