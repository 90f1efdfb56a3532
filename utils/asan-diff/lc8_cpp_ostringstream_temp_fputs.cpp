// EXPECT: heap-use-after-free
// c_str() of the std::string returned by ostringstream::str() is kept past the full expression; the temporary string is destroyed and its heap buffer freed.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  std::ostringstream os;
  os << "user=" << argv[2] << " id=" << std::atoi(argv[1]) << " (a long enough line to leave the small buffer)";
  const char *line = os.str().c_str();
  std::fputs(line, stdout); // BUG
  std::fputc('\n', stdout);
  return 0;
}
