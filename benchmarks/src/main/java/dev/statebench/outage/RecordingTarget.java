package dev.statebench.outage;

import dev.statebench.load.TargetClient;
import java.util.Map;

/**
 * Wraps a target to put every request's outcome on an {@link OutcomeTimeline}. A store lookup that finds no session
 * (the store came back empty) is reported by the load targets as an {@link IllegalStateException}; it is counted as a
 * lost session, not as a store failure, because the user would log in again rather than see an error page.
 */
final class RecordingTarget implements TargetClient {
  private final TargetClient target;
  private final OutcomeTimeline timeline;

  RecordingTarget(TargetClient target, OutcomeTimeline timeline) {
    this.target = target;
    this.timeline = timeline;
  }

  @Override
  public Object call(int index) throws Exception {
    try {
      Object result = target.call(index);
      long now = System.nanoTime();
      timeline.answered(now);
      if (result instanceof HybridOutageClient.RevokedAccepted) {
        timeline.revokedAccepted(now);
      }
      return result;
    } catch (IllegalStateException missing) {
      timeline.lost(System.nanoTime());
      throw missing;
    } catch (Exception e) {
      timeline.failed(System.nanoTime());
      throw e;
    }
  }

  @Override
  public Map<String, Object> description() {
    return target.description();
  }

  @Override
  public void close() {
    target.close();
  }
}
