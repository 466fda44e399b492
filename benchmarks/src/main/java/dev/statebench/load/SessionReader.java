package dev.statebench.load;

import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import java.util.Optional;

/** Reads one session: the request a store target serves. Thread-safe. */
@FunctionalInterface
interface SessionReader {
  Optional<SessionData> lookup(SessionId id);
}
