package dev.statebench.fleet.lab;

/**
 * One {@code server} line of the HAProxy backend: an app instance's name and port, and whether it starts in service.
 * Servers for a later scale-out or rolling deploy are declared up front as {@code disabled} and enabled through the
 * runtime API when their instance is up (HAProxy 2.6 can also add servers at run time, but pre-declaring keeps the
 * whole configuration checked by {@code haproxy -c} before the run).
 *
 * @param name the server and instance name ({@code i0}, {@code i1}, …)
 * @param port the instance's port on 127.0.0.1
 * @param enabledAtStart whether it takes traffic from the start
 */
public record ServerSlot(String name, int port, boolean enabledAtStart) {}
