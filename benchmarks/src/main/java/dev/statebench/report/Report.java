package dev.statebench.report;

import dev.statebench.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a run folder: {@code report.md} (the architect's answer in one page), {@code report.html} (the same,
 * self-contained, plots inline) and the plots in {@code plots/}. Built from whatever the folder holds, so it can be
 * rebuilt at any time ({@code statebench report DIR}), also after an interrupted job.
 */
public final class Report {
  public static final String MARKDOWN_FILE = "report.md";
  public static final String HTML_FILE = "report.html";

  private Report() {}

  /** Writes the plots, report.md and report.html into {@code dir}; returns the files written. */
  public static List<Path> write(Path dir) throws IOException {
    ResultFolder folder = ResultFolder.read(dir);
    List<Plot> plots = ReportPlots.draw(folder);
    String markdown = ReportMarkdown.render(folder, plots);
    List<Path> written = new ArrayList<>();
    for (Plot plot : plots) {
      written.add(dir.resolve(plot.file()));
    }
    Path md = dir.resolve(MARKDOWN_FILE);
    AtomicFiles.writeString(md, markdown);
    written.add(md);
    Path html = dir.resolve(HTML_FILE);
    AtomicFiles.writeString(html, ReportHtml.render(markdown, dir));
    written.add(html);
    return written;
  }
}
