package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Requests counted in the measured part of a run: issued by clients, completed, rejected by a full queue,
 * redispatched after their backend went away, failed (their session state was lost), logins (a session that had
 * to authenticate again), unavailable (no live backend: the load balancer answers 503) and store-failed (the
 * session store was down and the state model needs it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestCounts(
    @JsonProperty("issued") Estimate issued,
    @JsonProperty("completed") Estimate completed,
    @JsonProperty("rejected") Estimate rejected,
    @JsonProperty("redispatched") Estimate redispatched,
    @JsonProperty("failed") Estimate failed,
    @JsonProperty("login") Estimate login,
    @JsonProperty("unavailable") Estimate unavailable,
    @JsonProperty("store_failed") Estimate storeFailed) {}
