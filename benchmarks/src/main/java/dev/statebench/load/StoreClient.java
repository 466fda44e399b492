package dev.statebench.load;

import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store target: a populated store whose sessions are read by key drawn over the whole population (one
 * {@link KeyChoice.Sampler} per thread). The {@code loader} populates and clears; {@code reader} serves requests (the
 * same store, or per-thread stores on the same server).
 */
final class StoreClient implements TargetClient {
  private final SessionStore loader;
  private final SessionReader reader;
  private final Runnable onClose;
  private final TargetOptions options;
  private final ThreadLocal<KeyChoice.Sampler> samplers;
  private final StoreMemory memory;
  private double bytesPerSession = Double.NaN;

  private StoreClient(SessionStore loader, SessionReader reader, TargetOptions options, StoreMemory memory,
      Runnable onClose) {
    this.loader = loader;
    this.memory = memory;
    this.reader = reader;
    this.options = options;
    this.onClose = onClose;
    AtomicLong seeds = new AtomicLong(LoadTarget.SEED);
    this.samplers = ThreadLocal.withInitial(() -> options.keys().sampler(options.population(), seeds));
  }

  /**
   * Empties the store, fills it with the population, measures the store's bytes per session with {@code memory}, and
   * returns the target (closing everything if that fails).
   */
  static StoreClient populated(SessionStore loader, SessionReader reader, TargetOptions options, StoreMemory memory,
      Runnable onClose) {
    StoreClient client = new StoreClient(loader, reader, options, memory, onClose);
    try {
      loader.clear();
      long before = memory.needsBaseline() ? memory.bytes() : 0;
      loader.populate(LoadTarget.SEED, options.population(), i -> SampleSessions.forIndex(i, LoadTarget.PAYLOAD),
          Duration.ofHours(2));
      client.bytesPerSession = (memory.bytes() - before) / (double) options.population();
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
    return client;
  }

  @Override
  public Object call(int index) {
    SessionId id = SessionId.deterministic(LoadTarget.SEED, samplers.get().next());
    return reader.lookup(id).orElseThrow(() -> new IllegalStateException("a populated session was not found"));
  }

  @Override
  public java.util.Map<String, Object> description() {
    java.util.Map<String, Object> description = new java.util.LinkedHashMap<>();
    description.put("population", options.population());
    description.put("keys", options.keys().label());
    description.put("payload_bytes", LoadTarget.PAYLOAD);
    description.put("store_bytes_per_session", Math.round(bytesPerSession * 10) / 10.0);
    description.put("store_bytes_source", memory.source());
    return description;
  }

  @Override
  public void close() {
    try {
      loader.clear();
    } catch (RuntimeException ignoredWhenTheServerIsGone) {
      // Closing must not hide the failure that ended the run; the data is disposable.
    }
    loader.close();
    onClose.run();
  }
}
