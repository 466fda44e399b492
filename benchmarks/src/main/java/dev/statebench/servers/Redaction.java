package dev.statebench.servers;

import java.util.regex.Pattern;

/**
 * Removes secrets from server addresses before they reach a console, a log or a results file.
 *
 * <p>Handles the two shapes statebench sees: the user-info part of a URI ({@code redis://:secret@host:6379},
 * {@code redis://user:secret@host}) and a {@code password=} query parameter of a JDBC URL.
 */
public final class Redaction {
  /** What replaces a secret. */
  public static final String MASK = "***";

  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*):[^/@]*@");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("((?:[?&;])password=)[^&;]*", Pattern.CASE_INSENSITIVE);

  private Redaction() {}

  /** Returns {@code url} with any password replaced by {@value #MASK}; {@code null} stays {@code null}. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String withoutUserInfo = USER_INFO_PASSWORD.matcher(url).replaceAll("$1:" + MASK + "@");
    return PASSWORD_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + MASK);
  }
}
