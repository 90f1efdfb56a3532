// EXPECT: none
// A struct-of-arrays particle simulation (float): pairwise soft gravity, leapfrog steps, reflecting walls, a density histogram and energy.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GRID 16

struct particles {
  int n;
  float *x, *y, *z;
  float *vx, *vy, *vz;
  float *ax, *ay, *az;
  float *m;
};

static float *falloc(int n) {
  float *p = aligned_alloc(64, ((size_t)n * sizeof(float) + 63) & ~(size_t)63);
  memset(p, 0, (size_t)n * sizeof(float));
  return p;
}

static void particles_init(struct particles *p, int n, unsigned seed) {
  p->n = n;
  float **fields[] = { &p->x, &p->y, &p->z, &p->vx, &p->vy, &p->vz, &p->ax, &p->ay, &p->az, &p->m };
  for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) *fields[f] = falloc(n);
  for (int i = 0; i < n; i++) {
    seed = seed * 1664525u + 1013904223u;
    p->x[i] = (float)(seed >> 8) / 16777216.0f;
    seed = seed * 1664525u + 1013904223u;
    p->y[i] = (float)(seed >> 8) / 16777216.0f;
    seed = seed * 1664525u + 1013904223u;
    p->z[i] = (float)(seed >> 8) / 16777216.0f;
    p->vx[i] = 0.4f * (p->y[i] - 0.5f);
    p->vy[i] = -0.4f * (p->x[i] - 0.5f);
    p->vz[i] = 0.05f * (p->z[i] - 0.5f);
    p->m[i] = 0.5f + (float)(i % 7) * 0.25f;
  }
}

static void particles_free(struct particles *p) {
  float *fields[] = { p->x, p->y, p->z, p->vx, p->vy, p->vz, p->ax, p->ay, p->az, p->m };
  for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) free(fields[f]);
}

static void compute_accel(struct particles *p, float g, float soft2) {
  int n = p->n;
  for (int i = 0; i < n; i++) { p->ax[i] = 0; p->ay[i] = 0; p->az[i] = 0; }
  for (int i = 0; i < n; i++) {
    float xi = p->x[i], yi = p->y[i], zi = p->z[i];
    float axi = 0, ayi = 0, azi = 0;
    for (int j = 0; j < n; j++) {
      float dx = p->x[j] - xi, dy = p->y[j] - yi, dz = p->z[j] - zi;
      float r2 = dx * dx + dy * dy + dz * dz + soft2;
      float inv = 1.0f / sqrtf(r2);
      float s = g * p->m[j] * inv * inv * inv;
      axi += s * dx; ayi += s * dy; azi += s * dz;
    }
    p->ax[i] = axi; p->ay[i] = ayi; p->az[i] = azi;
  }
}

static int reflect(float *pos, float *vel) {
  if (*pos < 0.0f) { *pos = 0.0f; *vel = -*vel; return 1; }
  if (*pos > 1.0f) { *pos = 1.0f; *vel = -*vel; return 1; }
  return 0;
}

static int step(struct particles *p, float dt, float g) {
  int n = p->n, bounces = 0;
  for (int i = 0; i < n; i++) { /* half kick + drift */
    p->vx[i] += 0.5f * dt * p->ax[i];
    p->vy[i] += 0.5f * dt * p->ay[i];
    p->vz[i] += 0.5f * dt * p->az[i];
    p->x[i] += dt * p->vx[i];
    p->y[i] += dt * p->vy[i];
    p->z[i] += dt * p->vz[i];
  }
  for (int i = 0; i < n; i++)
    bounces += reflect(&p->x[i], &p->vx[i]) + reflect(&p->y[i], &p->vy[i]) + reflect(&p->z[i], &p->vz[i]);
  compute_accel(p, g, 1e-3f);
  for (int i = 0; i < n; i++) { /* half kick */
    p->vx[i] += 0.5f * dt * p->ax[i];
    p->vy[i] += 0.5f * dt * p->ay[i];
    p->vz[i] += 0.5f * dt * p->az[i];
  }
  return bounces;
}

static double kinetic(const struct particles *p) {
  double e = 0;
  for (int i = 0; i < p->n; i++)
    e += 0.5 * p->m[i] * ((double)p->vx[i] * p->vx[i] + (double)p->vy[i] * p->vy[i] + (double)p->vz[i] * p->vz[i]);
  return e;
}

/* Particles per cell of a GRID x GRID histogram over (x, y). */
static void histogram(const struct particles *p, int *cells, int *max_cell) {
  memset(cells, 0, GRID * GRID * sizeof *cells);
  for (int i = 0; i < p->n; i++) {
    int cx = (int)(p->x[i] * GRID), cy = (int)(p->y[i] * GRID);
    if (cx >= GRID) cx = GRID - 1; /* x == 1.0 on the wall */
    if (cy >= GRID) cy = GRID - 1;
    cells[cy * GRID + cx]++;
  }
  *max_cell = 0;
  for (int c = 1; c < GRID * GRID; c++)
    if (cells[c] > cells[*max_cell]) *max_cell = c;
}

static double momentum(const struct particles *p, double out[3]) {
  out[0] = out[1] = out[2] = 0;
  for (int i = 0; i < p->n; i++) {
    out[0] += p->m[i] * p->vx[i];
    out[1] += p->m[i] * p->vy[i];
    out[2] += p->m[i] * p->vz[i];
  }
  return sqrt(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]);
}

static void center_of_mass(const struct particles *p, float out[3]) {
  double sx = 0, sy = 0, sz = 0, sm = 0;
  for (int i = 0; i < p->n; i++) {
    sx += p->m[i] * p->x[i]; sy += p->m[i] * p->y[i]; sz += p->m[i] * p->z[i]; sm += p->m[i];
  }
  out[0] = (float)(sx / sm); out[1] = (float)(sy / sm); out[2] = (float)(sz / sm);
}

int main(int argc, char **argv) {
  int steps = argc > 1 ? atoi(argv[1]) * 4 : 40;
  unsigned seed = argc > 2 ? (unsigned)strlen(argv[2]) * 7919u : 1;
  struct particles p;
  particles_init(&p, 192, seed);
  compute_accel(&p, 1e-4f, 1e-3f);
  int *cells = malloc(GRID * GRID * sizeof *cells);
  double e0 = kinetic(&p);
  int bounces = 0, max_cell = 0;
  for (int s = 1; s <= steps; s++) {
    bounces += step(&p, 0.05f, 1e-4f);
    histogram(&p, cells, &max_cell);
    if (s % 10 == 0) {
      float com[3];
      center_of_mass(&p, com);
      printf("step %3d: KE %.5f bounces %4d densest cell (%2d,%2d)=%d com (%.3f %.3f %.3f)\n", s, kinetic(&p),
             bounces, max_cell % GRID, max_cell / GRID, cells[max_cell], com[0], com[1], com[2]);
    }
  }
  int occupied = 0;
  for (int c = 0; c < GRID * GRID; c++) occupied += cells[c] > 0;
  double mom[3];
  double pm = momentum(&p, mom);
  printf("KE %.5f -> %.5f, |p| %.5f, %d of %d cells occupied\n", e0, kinetic(&p), pm, occupied, GRID * GRID);
  free(cells);
  particles_free(&p);
  return 0;
}
