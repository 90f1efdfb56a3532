// EXPECT: new-delete-type-mismatch
// a message queue owns heterogeneous messages through base pointers; the base has a non-virtual destructor, so a sized delete of a larger message passes the base's size
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <string>

struct Message {
  enum Type { Ping, Text, Blob } type;
  unsigned seq;
  explicit Message(Type t, unsigned s) : type(t), seq(s) {}
  ~Message() {}
  size_t wire_size() const;
};

struct PingMessage : Message {
  explicit PingMessage(unsigned s) : Message(Ping, s) {}
};

struct TextMessage : Message {
  char text[48];
  TextMessage(unsigned s, const char *t) : Message(Text, s) {
    std::snprintf(text, sizeof text, "%s", t);
  }
};

struct BlobMessage : Message {
  unsigned char bytes[200];
  size_t len;
  BlobMessage(unsigned s, const std::string &src) : Message(Blob, s), len(0) {
    for (char c : src)
      if (len < sizeof bytes) bytes[len++] = (unsigned char)c;
  }
};

size_t Message::wire_size() const {
  switch (type) {
  case Ping: return 8;
  case Text: return 8 + std::strlen(static_cast<const TextMessage *>(this)->text);
  case Blob: return 8 + static_cast<const BlobMessage *>(this)->len;
  }
  return 0;
}

class Queue {
public:
  ~Queue() {
    while (!q_.empty()) drop_front();
  }
  void push(Message *m) { q_.push_back(m); }
  Message *front() const { return q_.empty() ? nullptr : q_.front(); }
  void drop_front() {
    Message *m = q_.front();
    q_.pop_front();
    delete m; // BUG
  }
  size_t size() const { return q_.size(); }

private:
  std::deque<Message *> q_;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 4;
  std::string payload = argc > 2 ? argv[2] : "payload";
  Queue q;
  unsigned seq = 0;
  for (int i = 0; i < n; i++) {
    if (i % 4 == 0) q.push(new PingMessage(seq++));
    else q.push(new TextMessage(seq++, payload.substr(0, (size_t)i).c_str()));
  }
  q.push(new BlobMessage(seq++, payload + payload));
  size_t wire = 0;
  int pings = 0;
  while (q.size() > 1) {
    Message *m = q.front();
    wire += m->wire_size();
    pings += m->type == Message::Ping;
    q.drop_front();
  }
  std::printf("%u messages, %d pings, %zu wire bytes, %zu left\n", seq, pings, wire, q.size());
  return 0;
}
