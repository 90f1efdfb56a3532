// EXPECT: heap-use-after-free
// the particle pool deletes dead particles but only compacts its live list afterwards; the update pass calls a virtual method on a deleted one
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct Particle {
  float x, y, vx, vy;
  int life;
  int id;
  Particle(int id_, float x_, float y_) : x(x_), y(y_), vx(1), vy(0.5f), life(0), id(id_) {}
  virtual ~Particle() = default;
  virtual void step(float dt) {
    x += vx * dt;
    y += vy * dt;
    life--;
  }
  virtual int kind() const { return 0; }
};

struct Spark : Particle {
  float heat;
  Spark(int id_, float x_, float y_, float h) : Particle(id_, x_, y_), heat(h) {}
  void step(float dt) override {
    Particle::step(dt);
    heat *= 0.9f;
    vy -= 0.1f * dt;
  }
  int kind() const override { return 1; }
};

class Pool {
public:
  ~Pool() {
    for (Particle *p : live_)
      if (p) delete p;
  }
  Particle *spawn(int id, float x, float y, float heat, int life) {
    Particle *p = heat > 0 ? new Spark(id, x, y, heat) : new Particle(id, x, y);
    p->life = life;
    live_.push_back(p);
    spawned_++;
    return p;
  }
  // Deletes the particles whose life ran out; the slots are cleared by compact().
  int reap() {
    int n = 0;
    for (Particle *p : live_)
      if (p->life <= 0) {
        dead_.push_back(p);
        delete p;
        n++;
      }
    return n;
  }
  void compact() {
    std::vector<Particle *> keep;
    for (Particle *p : live_) {
      bool dead = false;
      for (Particle *d : dead_) dead |= (d == p);
      if (!dead) keep.push_back(p);
    }
    live_.swap(keep);
    dead_.clear();
  }
  void update(float dt, long &sum) {
    for (Particle *p : live_) {
      p->step(dt); // BUG
      sum += p->kind() + (long)(p->x * 10);
    }
  }
  size_t size() const { return live_.size(); }
  int spawned() const { return spawned_; }

private:
  std::vector<Particle *> live_;
  std::vector<Particle *> dead_;
  int spawned_ = 0;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  std::string pattern = argc > 2 ? argv[2] : "ABCDEF";
  Pool pool;
  long sum = 0;
  int reaped = 0;
  for (int frame = 0; frame < n; frame++) {
    for (int k = 0; k < 3; k++) {
      char c = pattern[(frame * 3 + k) % pattern.size()];
      pool.spawn(frame * 3 + k, (float)k, (float)frame, (c % 3) ? c * 0.01f : 0.0f, 1 + c % 4);
    }
    pool.update(0.5f, sum);
    reaped += pool.reap();
    if (frame % 2 == 1) pool.compact();   // only every other frame
  }
  std::printf("spawned=%d reaped=%d live=%zu sum=%ld\n", pool.spawned(), reaped, pool.size(),
              sum);
  return 0;
}
