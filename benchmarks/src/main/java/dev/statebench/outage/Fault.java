package dev.statebench.outage;

import dev.statebench.servers.StoreFaults;
import java.util.Locale;

/** The fault an outage experiment injects into the store, and how the store comes back. */
public enum Fault {
  /** A crash: SIGKILL of the server's processes, then a restart on the same port and data. */
  KILL {
    @Override
    void inject(StoreFaults store) {
      store.kill();
    }

    @Override
    void recover(StoreFaults store) {
      store.restart();
    }
  },
  /** A freeze: SIGSTOP (sockets stay open, nothing answers, clients time out), then SIGCONT. */
  FREEZE {
    @Override
    void inject(StoreFaults store) {
      store.freeze();
    }

    @Override
    void recover(StoreFaults store) {
      store.thaw();
    }
  };

  abstract void inject(StoreFaults store);

  abstract void recover(StoreFaults store);

  /** The command-line name: {@code kill} or {@code freeze}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code kill} or {@code freeze}. */
  public static Fault parse(String text) {
    for (Fault fault : values()) {
      if (fault.label().equalsIgnoreCase(text.trim())) {
        return fault;
      }
    }
    throw new IllegalArgumentException("unknown fault '" + text + "'; expected kill or freeze");
  }
}
