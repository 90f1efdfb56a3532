// EXPECT: none
// Static locals in function templates instantiated for types of odd
// sizes, returned by reference and indexed to their last element over
// tens of thousands of calls; static data members of class templates and
// inline variables of odd lengths.
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Odd3 { char c[3]; };
struct Odd13 { char c[13]; };
struct Odd37 { short s[18]; char tail; };

template <class T, int N> T (&pool())[N] {
  static T items[N];
  return items;
}

template <class T> struct Registry {
  static T slots[7];
  static int used;
};
template <class T> T Registry<T>::slots[7];
template <class T> int Registry<T>::used;

inline char banner[17] = "inline-variable!";
inline const int primes[11] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31};

template <class T> __attribute__((noinline)) long touch(int i) {
  T (&p)[5] = pool<T, 5>();
  std::memset(&p[i % 5], i & 0x7f, sizeof(T));
  unsigned char last = reinterpret_cast<unsigned char *>(&p[4])[sizeof(T) - 1];
  Registry<T>::slots[Registry<T>::used % 7] = p[i % 5];
  Registry<T>::used++;
  return last + reinterpret_cast<unsigned char *>(&Registry<T>::slots[6])[sizeof(T) - 1];
}

template <int N> __attribute__((noinline)) const char *counter_text(int v) {
  static char text[N];
  std::snprintf(text, N, "%0*d", N - 1, v);
  return text;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  long s = 0;
  for (int i = 0; i < n * 2000; i++) {
    s += touch<Odd3>(i) + touch<Odd13>(i) + touch<Odd37>(i) + touch<long double>(i);
    s += counter_text<3>(i % 100)[1] + counter_text<9>(i)[7] + counter_text<21>(i)[19];
    s += banner[15] + primes[10] + pool<int, 23>()[22]++;
  }
  std::printf("%ld %d\n", s, Registry<Odd37>::used);
  return 0;
}
