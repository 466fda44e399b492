package dev.statebench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a markdown image that points at an SVG file of the run folder as the SVG itself, so that report.html is one
 * self-contained file; any other image becomes its alt text (the page never loads anything).
 */
final class InlineSvgImages implements NodeRenderer {
  private final Path dir;
  private final HtmlWriter html;

  InlineSvgImages(Path dir, HtmlNodeRendererContext context) {
    this.dir = dir;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Image.class);
  }

  @Override
  public void render(Node node) {
    Image image = (Image) node;
    Path file = dir.resolve(image.getDestination()).normalize();
    if (!image.getDestination().endsWith(".svg") || !file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
      html.text(altText(image));
      return;
    }
    try {
      String svg = Files.readString(file, StandardCharsets.UTF_8);
      int start = svg.indexOf("<svg");
      // attributes in a fixed order, so the same report renders to the same bytes
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("class", "plot");
      attributes.put("role", "img");
      attributes.put("aria-label", altText(image));
      html.tag("span", attributes);
      html.raw(start < 0 ? svg : svg.substring(start));
      html.tag("/span");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plot " + file, e);
    }
  }

  private static String altText(Image image) {
    StringBuilder alt = new StringBuilder();
    for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        alt.append(text.getLiteral());
      }
    }
    return alt.toString();
  }
}
