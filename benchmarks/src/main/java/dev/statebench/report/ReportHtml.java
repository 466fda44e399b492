package dev.statebench.report;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders report.md as one self-contained HTML page: commonmark with GitHub tables, the plots inline as SVG, the style
 * sheet inline; no script, no font, no external resource.
 */
final class ReportHtml {
  private static final String STYLE = """
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:1100px;
      margin:2rem auto;padding:0 1.5rem}
      h1{font-size:1.8rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
      h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
      h3{font-size:1.1rem;margin-top:1.6rem}
      table{border-collapse:collapse;margin:.8rem 0;font-size:13px;display:block;overflow-x:auto}
      th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f3f5f7}tr:nth-child(even) td{background:#fafbfc}
      code{background:#f3f5f7;padding:1px 4px;border-radius:3px;font-size:90%}
      pre{background:#f3f5f7;padding:.8rem;overflow-x:auto}pre code{padding:0}
      .plot{display:block;max-width:100%;margin:.5rem 0}.plot svg{max-width:100%;height:auto}
      """;

  private ReportHtml() {}

  static String render(String markdown, Path dir) {
    List<Extension> extensions = List.of(TablesExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
        .nodeRendererFactory(context -> new InlineSvgImages(dir, context)).build();
    String body = renderer.render(parser.parse(markdown));
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>statebench report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body
        + "</body>\n</html>\n";
  }
}
