package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.DrainMode;
import dev.statebench.lbsim.engine.ScheduledEvent;
import dev.statebench.lbsim.fleet.AddBackends;
import dev.statebench.lbsim.fleet.DrainBackend;
import dev.statebench.lbsim.fleet.HealBackend;
import dev.statebench.lbsim.fleet.KillBackend;
import dev.statebench.lbsim.fleet.RollingDeployStep;
import dev.statebench.lbsim.fleet.SlowBackend;
import dev.statebench.lbsim.fleet.StoreDown;
import dev.statebench.lbsim.fleet.StoreUp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the {@code events} list into the named fleet events of package {@code fleet}: fleet events at simulated times (from the start of the run, warm-up included),
 * each a mapping with {@code at} and one action:
 * <pre>
 * - {at: 120s, kill: 3}                              abrupt: in-flight requests fail, local sessions are lost
 * - {at: 120s, add: 8, slow-start: 30s}              scale-out by 8 backends (slow-start optional)
 * - {at: 120s, drain: 2, deadline: 60s, mode: haproxy}  no new sessions (mode deregister: no new requests at
 *                                                    all); killed at the deadline
 * - {at: 120s, slow: 0, speed: 0.25, for: 120s}      speed × 0.25 (for: optional, then healed)
 * - {at: 240s, heal: 0}                              back to nominal speed
 * - {at: 120s, rolling-deploy: {surge: 1, pace: 30s, deadline: 20s, slow-start: 0s, mode: haproxy}}
 * - {at: 120s, store-down: true, for: 60s}            the session store is down (for: optional, then back up)
 * - {at: 180s, store-up: true}                        the session store is back
 * </pre>
 * Backends are named by number: 0 .. count − 1 at the start, added ones numbered on from there. A rolling deploy
 * replaces the starting fleet: every {@code pace} it adds {@code surge} new backends and drains {@code surge} old
 * ones (killing what is left of each after {@code deadline}).
 */
final class EventSettings {
  private EventSettings() {}

  static List<ScheduledEvent> read(SettingsNode root, BackendSpec template, int initialCount) {
    List<ScheduledEvent> events = new ArrayList<>();
    List<JsonNode> items = root.list("events", "fleet events such as [{at: 120s, kill: 3}]");
    int maxBackends = initialCount;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = "events[" + i + "]";
      if (!item.isObject()) {
        throw root.invalid(where, "must be a mapping such as {at: 120s, kill: 3}");
      }
      SettingsNode e = new SettingsNode(item, root.pathOf(where));
      long at = e.durationNanos("at", "the event's time such as 120s");
      String kind = kind(e);
      switch (kind) {
        case "kill" -> {
          e.allowOnly("at", "kill");
          int b = backend(e, "kill", maxBackends);
          events.add(new ScheduledEvent(at, kind, new KillBackend(b)));
        }
        case "add" -> {
          e.allowOnly("at", "add", "slow-start");
          int count = (int) e.integer("add", 1, 1);
          long slowStart = e.durationNanos("slow-start", 0L);
          maxBackends += count;
          events.add(new ScheduledEvent(at, kind, new AddBackends(count, template, slowStart, "add")));
        }
        case "drain" -> {
          e.allowOnly("at", "drain", "deadline", "mode");
          int b = backend(e, "drain", maxBackends);
          long deadline = e.durationNanos("deadline", "how long pinned sessions may stay, such as 60s");
          DrainMode mode = drainMode(e);
          events.add(new ScheduledEvent(at, kind, new DrainBackend(b, deadline, mode)));
        }
        case "store-down" -> {
          e.allowOnly("at", "store-down", "for");
          requireTrue(e, "store-down");
          events.add(new ScheduledEvent(at, kind, new StoreDown()));
          if (e.has("for")) {
            long duration = e.durationNanos("for", "how long the store stays down");
            events.add(new ScheduledEvent(at + duration, "store-up", new StoreUp()));
          }
        }
        case "store-up" -> {
          e.allowOnly("at", "store-up");
          requireTrue(e, "store-up");
          events.add(new ScheduledEvent(at, kind, new StoreUp()));
        }
        case "slow" -> {
          e.allowOnly("at", "slow", "speed", "for");
          int b = backend(e, "slow", maxBackends);
          double speed = e.number("speed", "the speed factor, e.g. 0.25");
          if (!(speed > 0)) {
            throw e.invalid("speed", "must be positive");
          }
          events.add(new ScheduledEvent(at, kind, new SlowBackend(b, speed)));
          if (e.has("for")) {
            long duration = e.durationNanos("for", "how long the backend stays slow");
            events.add(new ScheduledEvent(at + duration, "heal", new HealBackend(b)));
          }
        }
        case "heal" -> {
          e.allowOnly("at", "heal");
          int b = backend(e, "heal", maxBackends);
          events.add(new ScheduledEvent(at, kind, new HealBackend(b)));
        }
        case "rolling-deploy" -> {
          e.allowOnly("at", "rolling-deploy");
          SettingsNode deploy = e.child("rolling-deploy");
          deploy.allowOnly("surge", "pace", "deadline", "slow-start", "mode");
          DrainMode mode = drainMode(deploy);
          int surge = (int) deploy.integer("surge", 1, 1);
          long pace = deploy.durationNanos("pace", "time between steps, such as 30s");
          long deadline = deploy.durationNanos("deadline", "how long a drained backend keeps its sessions");
          long slowStart = deploy.durationNanos("slow-start", 0L);
          if (pace <= 0) {
            throw deploy.invalid("pace", "must be positive");
          }
          for (int first = 0, step = 0; first < initialCount; first += surge, step++) {
            int from = first;
            int to = Math.min(initialCount, first + surge);
            maxBackends += to - from;
            events.add(new ScheduledEvent(at + step * pace, kind,
                new RollingDeployStep(from, to, template, slowStart, deadline, mode)));
          }
        }
        default -> throw e.invalid(where, "unknown event");
      }
    }
    events.sort(Comparator.comparingLong(ScheduledEvent::timeNanos));
    return List.copyOf(events);
  }

  private static String kind(SettingsNode e) {
    String found = null;
    for (String kind : List.of("kill", "add", "drain", "slow", "heal", "rolling-deploy", "store-down", "store-up")) {
      if (e.has(kind)) {
        if (found != null) {
          throw e.invalid(kind, "one action per event (also has '" + found + "')");
        }
        found = kind;
      }
    }
    if (found == null) {
      throw new InvalidInputException(e.path()
          + ": needs one action: kill, add, drain, slow, heal, rolling-deploy, store-down or store-up");
    }
    return found;
  }

  private static DrainMode drainMode(SettingsNode e) {
    String mode = e.text("mode", "haproxy", "haproxy or deregister");
    return switch (mode) {
      case "haproxy" -> DrainMode.HAPROXY;
      case "deregister" -> DrainMode.DEREGISTER;
      default -> throw e.invalid("mode", "must be haproxy or deregister, not '" + mode + "'");
    };
  }

  private static void requireTrue(SettingsNode e, String key) {
    if (!"true".equals(e.text(key, "true"))) {
      throw e.invalid(key, "must be true");
    }
  }

  private static int backend(SettingsNode e, String key, int maxBackends) {
    long b = e.integer(key, 0, 0);
    if (b >= maxBackends) {
      throw e.invalid(key, "no backend " + b + " (backends are numbered 0 to " + (maxBackends - 1)
          + " by then, added ones after the starting ones)");
    }
    return (int) b;
  }
}
