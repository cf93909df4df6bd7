package org.annals.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --every 15m}: a positive duration written {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 2h}. */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern SHAPE = Pattern.compile("(?:(\\d{1,5})h)?(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");

  @Override
  public Duration convert(String value) {
    Matcher m = SHAPE.matcher(value.strip());
    if (value.isBlank() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
      throw new TypeConversionException("'" + value + "' is not a duration like 90s, 15m or 1h30m");
    }
    Duration d =
        Duration.ofHours(part(m.group(1))).plusMinutes(part(m.group(2))).plusSeconds(part(m.group(3)));
    if (d.isZero()) {
      throw new TypeConversionException("'" + value + "' is zero: give a positive duration");
    }
    return d;
  }

  private static long part(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
