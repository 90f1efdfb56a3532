// EXPECT: heap-buffer-overflow
// Creates and attaches a shared memory segment, marks it for removal (it
// lives until detached), then queries its owner with shmctl(IPC_STAT) into
// a heap block sized for struct ipc_perm -- the only member the code
// reads -- instead of the whole struct shmid_ds that IPC_STAT fills.
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/shm.h>

int main(int argc, char **argv) {
  int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
  if (id < 0) {
    perror("shmget");
    return 0;
  }
  char *mem = shmat(id, NULL, 0);
  shmctl(id, IPC_RMID, NULL); // freed by the kernel at detach or exit
  if (mem == (void *)-1)
    return 0;
  mem[0] = (char)atoi(argv[1]);
  struct shmid_ds *ds = malloc(sizeof(struct ipc_perm)); // shm_perm only
  int r = shmctl(id, IPC_STAT, ds); // BUG
  printf("%d %d %d\n", r, (int)ds->shm_perm.uid, mem[0]);
  shmdt(mem);
  free(ds);
  return 0;
}
