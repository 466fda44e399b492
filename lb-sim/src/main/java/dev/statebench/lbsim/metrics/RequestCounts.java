package dev.statebench.lbsim.metrics;

/**
 * The user-level counts of one replication after the warm-up.
 *
 * @param issued requests sent to a backend or refused for want of one (logins included)
 * @param completed user requests completed (a request re-sent after a login counts once)
 * @param rejected requests refused: a full backend queue, or no live backend at all
 * @param redispatched requests whose pinned backend had left, placed afresh
 * @param unavailable requests refused because no backend was live (HAProxy's 503), included in {@code rejected}
 * @param storeFailed requests failed because they needed the session store while it was down
 * @param sessionsOpened sessions that sent their first request
 */
public record RequestCounts(long issued, long completed, long rejected, long redispatched, long unavailable,
    long storeFailed, long sessionsOpened) {}
