package dev.statebench.lbsim.engine;

/**
 * Where a session's state lives, which decides what each request costs and what a fleet event destroys.
 * <ul>
 *   <li>{@link #NONE}: no session state is modelled (pure routing questions);
 *   <li>{@link #LOCAL}: in the memory of the backend that created it; a request reaching any other backend (after a
 *       kill, a drain deadline or a hash remap) finds no session, so the user logs in again there;
 *   <li>{@link #REDIS}, {@link #SQL}: in a shared store; every request pays a lookup as a remote wait, nothing is lost;
 *   <li>{@link #JWT}: in a signed token; every request pays a verification on the backend's CPU, nothing is lost,
 *       and with an access-token lifetime the expired token is refreshed against the store (a lookup).
 * </ul>
 */
public enum StateModel {
  NONE,
  LOCAL,
  REDIS,
  SQL,
  JWT
}
