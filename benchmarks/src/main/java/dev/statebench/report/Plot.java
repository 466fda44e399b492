package dev.statebench.report;

/**
 * A plot of the report.
 *
 * @param file path relative to the run folder, e.g. {@code plots/verify-cost.svg}
 * @param title one-line title
 * @param caption two sentences: what the plot shows and how to read it
 */
record Plot(String file, String title, String caption) {}
