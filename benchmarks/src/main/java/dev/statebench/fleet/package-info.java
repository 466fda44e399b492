/**
 * The fleet lab: real app instances ({@code statebench app}, one process each) behind a real HAProxy, driven by a
 * session-level open-loop client from the simulator's scenario files, so that lb-sim's fleet predictions can be held
 * against real software.
 *
 * <p>Sub-packages, lowest first: {@code scenario} (the scenario keys the lab understands), {@code app} (the HTTP
 * service), {@code client} (the session client and its per-request log), {@code lab} (processes, HAProxy and its
 * runtime API), {@code result} (metrics in the simulator's JSON result shape). This package wires them into a run.
 */
package dev.statebench.fleet;
