package dev.statebench.fleet.client;

/** What a logged request was. */
public enum RequestKind {
  /** A session's first login, before its first request (the simulator has no such request). */
  LOGIN,
  /** A login after a 401: the session's state was gone. */
  RELOGIN,
  /** A user request; its latency runs from sending it to its final response, a re-login included. */
  WORK
}
