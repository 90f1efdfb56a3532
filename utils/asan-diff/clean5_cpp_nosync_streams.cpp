// EXPECT: none
// std::ios::sync_with_stdio(false) before any output, then heavy std::cout
// use, a std::ofstream with pubsetbuf over a vector's storage (alive until
// the stream is destroyed), std::ifstream::read into a vector, seekg/tellg,
// a std::ostringstream, and C stdio on a separate file in between.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  {
    std::vector<char> storage(777);
    std::ofstream out;
    out.rdbuf()->pubsetbuf(storage.data(), (std::streamsize)storage.size());
    out.open("nosync.bin", std::ios::binary);
    for (int i = 0; i < n * 100; ++i) {
      out.write(alpha.data() + i % 26, 26 - i % 26);
      out.put('\n');
    }
  } // out closed before storage is destroyed (declared after it)
  std::FILE *c = std::fopen("c.txt", "w+");
  std::vector<char> cbuf(100);
  std::setvbuf(c, cbuf.data(), _IOFBF, cbuf.size());
  std::ifstream in("nosync.bin", std::ios::binary);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0);
  std::vector<char> data((size_t)size);
  in.read(data.data(), size);
  for (char ch : data) {
    sum = sum * 5 + (unsigned char)ch;
    if (ch == '\n')
      std::fputc('.', c);
  }
  std::fflush(c);
  std::rewind(c);
  int dots = 0;
  while (std::fgetc(c) == '.')
    ++dots;
  std::fclose(c);
  std::ostringstream os;
  for (int i = 0; i < n * 50; ++i) {
    os << i << ':' << alpha[i % 26] << ' ';
    std::cout << i << (i % 10 == 9 ? '\n' : ' ');
  }
  sum += os.str().size();
  std::cout << "size " << size << " read " << in.gcount() << " dots " << dots
            << " sum " << sum << '\n';
  return 0;
}
