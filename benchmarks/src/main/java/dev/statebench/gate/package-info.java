/**
 * The interleaved regression gate: runs two builds' JMH forks alternately, in a seeded random order, against the same
 * servers on the same machine (Randomized Multiple Interleaved Trials, Abedi and Brecht, ICPE 2017,
 * <a href="https://doi.org/10.1145/3030207.3030229">doi:10.1145/3030207.3030229</a>), then judges every benchmark on
 * the paired per-round ratios.
 *
 * <p>Running: {@link dev.statebench.gate.InterleavedSchedule} (the order), {@link dev.statebench.gate.ForkLauncher}
 * (one JMH fork of one build), {@link dev.statebench.gate.InterleavedRunner} (rounds within a budget). Reading:
 * {@link dev.statebench.gate.RoundsReader}. Judging: {@link dev.statebench.gate.PairedRatioTest},
 * {@link dev.statebench.gate.MultipleComparisons}, {@link dev.statebench.gate.GateJudge}. Output:
 * {@link dev.statebench.gate.GateMarkdownWriter}, {@link dev.statebench.gate.GateJsonWriter},
 * {@link dev.statebench.gate.OtavaHistory}. Measuring the gate itself: {@link dev.statebench.gate.GateCalibration}.
 */
package dev.statebench.gate;
