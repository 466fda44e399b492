package dev.statebench.cli;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifyPath;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Case-insensitive parsing of the JWT axes on the command line, with the accepted values in the error message. */
final class JwtOptionConverters {
  private JwtOptionConverters() {}

  static final class Algorithm implements ITypeConverter<JwtAlgorithm> {
    @Override
    public JwtAlgorithm convert(String value) {
      try {
        return JwtAlgorithm.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Profile implements ITypeConverter<TokenProfile> {
    @Override
    public TokenProfile convert(String value) {
      return parse(TokenProfile.class, value);
    }
  }

  static final class Path implements ITypeConverter<VerifyPath> {
    @Override
    public VerifyPath convert(String value) {
      return parse(VerifyPath.class, value);
    }
  }

  static final class Provider implements ITypeConverter<CryptoProvider> {
    @Override
    public CryptoProvider convert(String value) {
      return parse(CryptoProvider.class, value);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("unknown value '" + value + "'; expected one of "
          + Arrays.toString(Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toArray()));
    }
  }
}
