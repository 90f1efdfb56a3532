// EXPECT: none
// Queries every kind of thread-related attribute with outputs of the
// right type: affinity into a cpu_set_t, scope/inheritsched/policy/param,
// mutex protocol/prioceiling/pshared/robust, cond and barrier pshared,
// rwlock kind/pshared.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  pthread_attr_t ta;
  pthread_attr_init(&ta);
  cpu_set_t *set = malloc(sizeof *set);
  int scope, inherit, policy;
  struct sched_param sp;
  pthread_attr_getaffinity_np(&ta, sizeof *set, set);
  pthread_attr_getscope(&ta, &scope);
  pthread_attr_getinheritsched(&ta, &inherit);
  pthread_attr_getschedpolicy(&ta, &policy);
  pthread_attr_getschedparam(&ta, &sp);
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  int vals[4];
  pthread_mutexattr_getprotocol(&ma, &vals[0]);
  pthread_mutexattr_getprioceiling(&ma, &vals[1]);
  pthread_mutexattr_getpshared(&ma, &vals[2]);
  pthread_mutexattr_getrobust(&ma, &vals[3]);
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  int cshared, bshared, kind, rshared;
  pthread_condattr_getpshared(&ca, &cshared);
  pthread_barrierattr_t ba;
  pthread_barrierattr_init(&ba);
  pthread_barrierattr_getpshared(&ba, &bshared);
  pthread_rwlockattr_t ra;
  pthread_rwlockattr_init(&ra);
  pthread_rwlockattr_getkind_np(&ra, &kind);
  pthread_rwlockattr_getpshared(&ra, &rshared);
  printf("%d %d %d %d %d %d %d %d %d %d %d\n", CPU_COUNT(set) > 0, scope, inherit, policy,
         sp.sched_priority, vals[0], vals[2], cshared, bshared, kind, rshared + argc);
  free(set);
  pthread_rwlockattr_destroy(&ra);
  pthread_barrierattr_destroy(&ba);
  pthread_condattr_destroy(&ca);
  pthread_mutexattr_destroy(&ma);
  pthread_attr_destroy(&ta);
  return 0;
}
