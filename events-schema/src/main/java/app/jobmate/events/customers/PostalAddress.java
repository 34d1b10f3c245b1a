package app.jobmate.events.customers;

import app.jobmate.events.values.Postcode;
import app.jobmate.events.values.Require;
import java.util.List;

/** A UK address: one to four lines, the town and the postcode. Personal data: it travels sealed. */
public record PostalAddress(List<String> lines, String town, Postcode postcode) {

  public static final int MAX_LINES = 4;
  public static final int MAX_LINE = 100;
  public static final int MAX_TOWN = 60;

  public PostalAddress {
    if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
      throw new IllegalArgumentException("lines must have 1 to " + MAX_LINES + " lines");
    }
    lines = lines.stream().map(line -> Require.text(line, MAX_LINE, "lines")).toList();
    town = Require.text(town, MAX_TOWN, "town");
    Require.present(postcode, "postcode");
  }
}
