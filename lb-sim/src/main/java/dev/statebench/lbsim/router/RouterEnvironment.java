package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.RandomStream;

/**
 * What a router is built with: the fleet it routes to, its own random stream (the ROUTING source, reset per
 * policy) and the seed of its hash functions (fixed per scenario, so tables are identical across replications).
 */
public record RouterEnvironment(FleetView fleet, RandomStream random, long hashSeed) {}
