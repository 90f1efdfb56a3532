// EXPECT: none
// std::regex search/replace/iterators, std::locale and imbue, put_time/get_time, iostream manipulators, stringstream round trips.
#include <ctime>
#include <iomanip>
#include <iostream>
#include <locale>
#include <regex>
#include <sstream>
#include <string>
int main(int argc, char **argv) {
  std::string text = std::string("key1=val1; key22=v2; bad; k3=") + argv[2];
  std::regex kv(R"((\w+)=(\w*))");
  std::smatch m;
  std::string rest = text;
  long total = 0;
  while (std::regex_search(rest, m, kv)) { total += m[1].length() * 10 + m[2].length(); rest = m.suffix().str(); }
  std::string repl = std::regex_replace(text, std::regex("[0-9]+"), "#");
  int count = 0;
  for (std::sregex_iterator it(text.begin(), text.end(), kv), end; it != end; ++it) count++;
  bool full = std::regex_match(std::string("abc123"), std::regex("[a-z]+\\d+"));
  std::wregex wr(L"b+");
  bool wm = std::regex_search(std::wstring(L"abbbc"), wr);
  std::locale loc("C.UTF-8");
  std::ostringstream os;
  os.imbue(loc);
  std::tm tm{};
  tm.tm_year = 121; tm.tm_mon = 2; tm.tm_mday = 4; tm.tm_hour = 5;
  os << std::put_time(&tm, "%Y-%m-%d %H:%M") << '|' << std::setw(10) << std::left << std::setfill('*') << "ab" << '|'
     << std::scientific << std::setprecision(2) << 12345.678 << '|' << std::hex << std::showbase << 255 << '|' << std::boolalpha
     << true;
  std::istringstream is("2020-12-31 23:59 0x1f 3.5e2 word");
  is.imbue(loc);
  std::tm got{};
  is >> std::get_time(&got, "%Y-%m-%d %H:%M");
  int hx = 0; double d = 0; std::string w;
  is >> std::hex >> hx >> std::dec >> d >> w;
  std::stringstream ss;
  for (int i = 0; i < 100; i++) ss << i << ' ';
  int x, sum = 0;
  while (ss >> x) sum += x;
  std::wostringstream wos;
  wos << L"wide " << 42 << L' ' << 1.5;
  const std::ctype<char> &ct = std::use_facet<std::ctype<char>>(loc);
  std::string up = "mixed Case";
  ct.toupper(&up[0], &up[0] + up.size());
  std::cout << total << ' ' << repl << ' ' << count << ' ' << full << wm << ' ' << os.str() << ' ' << got.tm_year << ' ' << hx << ' '
            << d << ' ' << w << ' ' << sum << ' ' << wos.str().size() << ' ' << up << ' ' << argc << std::endl;
  return 0;
}
