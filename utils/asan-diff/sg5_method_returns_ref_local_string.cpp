// EXPECT: stack-use-after-return
// A member function returns const std::string& to a local string it built;
// the short string's characters were in the dead frame.
#include <cstdio>
#include <string>
class User {
public:
  explicit User(int id) : id_(id) {}
  __attribute__((noinline)) const std::string &display() const {
    std::string s = "u" + std::to_string(id_);
    return s;
  }
private:
  int id_;
};
int main(int argc, char **argv) {
  User u(argc * 37);
  const std::string &d = u.display();
  std::printf("%c\n", d.data()[1]); // BUG
  return 0;
}
