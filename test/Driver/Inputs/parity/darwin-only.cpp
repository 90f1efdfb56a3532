// RUN: %clangxx_asan %s -o %t
// REQUIRES: darwin
int main() { return 0; }
