package dev.statebench.fleet.app;

import dev.statebench.fleet.scenario.Distribution;

/**
 * What one app instance is: its name (reported in the {@value AppHandler#INSTANCE_HEADER} response header), port,
 * state model, service slots and the service-time distributions of a request and of a login (nanoseconds).
 */
public record AppSettings(String name, int port, StateModel state, int workers, Distribution service,
    Distribution login, long seed) {}
