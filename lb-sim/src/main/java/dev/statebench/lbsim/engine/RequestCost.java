package dev.statebench.lbsim.engine;

/** The cost of one request being built: CPU work at speed 1 and the remote wait before it, in nanoseconds. */
final class RequestCost {
  long work;
  long remote;

  void reset(long cpuWork, long remoteWait) {
    work = cpuWork;
    remote = remoteWait;
  }
}
