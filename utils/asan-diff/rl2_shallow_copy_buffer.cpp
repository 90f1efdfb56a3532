// EXPECT: double-free
// Buffer owns a malloc'd array but has the compiler's copy constructor; a copy made to sort a snapshot frees the same array twice
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

class Buffer {
public:
  explicit Buffer(size_t cap) : data_(static_cast<int *>(std::malloc(cap * sizeof(int)))), size_(0), cap_(cap) {}
  ~Buffer() { std::free(data_); } // BUG
  // no copy constructor / assignment: the default ones copy data_

  void push(int v) {
    if (size_ == cap_) {
      cap_ = cap_ * 2 + 1;
      data_ = static_cast<int *>(std::realloc(data_, cap_ * sizeof(int)));
    }
    data_[size_++] = v;
  }
  int *begin() { return data_; }
  int *end() { return data_ + size_; }
  const int *begin() const { return data_; }
  const int *end() const { return data_ + size_; }
  size_t size() const { return size_; }
  int operator[](size_t i) const { return data_[i]; }

private:
  int *data_;
  size_t size_, cap_;
};

static double median_of(Buffer snapshot) {   // by value: the shallow copy
  std::sort(snapshot.begin(), snapshot.end());
  size_t n = snapshot.size();
  if (n == 0) return 0;
  return n % 2 ? snapshot[n / 2] : (snapshot[n / 2 - 1] + snapshot[n / 2]) / 2.0;
}

struct Series {
  const char *name;
  Buffer values;
  Series(const char *n, size_t cap) : name(n), values(cap) {}
};

static long checksum(const Buffer &b) {
  long s = 0;
  for (int v : b) s = s * 17 + v;
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFG";
  size_t tl = std::strlen(text);
  std::vector<Series *> all;
  all.push_back(new Series("letters", 4));
  all.push_back(new Series("squares", 4));
  for (int i = 0; i < n * 3; i++) {
    all[0]->values.push(text[i % tl] - 'A');
    all[1]->values.push((i * i) % (n + 7));
  }
  for (Series *s : all) {
    long before = checksum(s->values);
    double med = median_of(s->values);
    std::printf("%s: n=%zu median=%.1f sum=%ld\n", s->name, s->values.size(), med, before);
  }
  for (Series *s : all) delete s;
  return 0;
}
