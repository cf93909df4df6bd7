package org.annals.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --date YYYY-MM-DD}: strict, so 2023-02-30 is an error rather than a quiet 2023-02-28. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a real date");
    }
  }
}
