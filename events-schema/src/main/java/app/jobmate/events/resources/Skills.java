package app.jobmate.events.resources;

import app.jobmate.events.values.UnicodeText;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A member's skills: a small set of free tags ("gas safe", "electrics"), normalised (trimmed, spaces
 * collapsed, lower case), each 1 to {@link #MAX_LENGTH} characters, at most {@link #MAX_SKILLS}, kept
 * sorted and without repeats.
 */
public final class Skills {

  public static final int MAX_SKILLS = 20;
  public static final int MAX_LENGTH = 40;

  private Skills() {
  }

  public static String normalise(String skill) {
    if (skill == null) {
      throw new IllegalArgumentException("a skill is text");
    }
    String tag = skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a skill is 1 to " + MAX_LENGTH + " characters");
    }
    return UnicodeText.require(tag, "skills");
  }

  /** The skills normalised, sorted and without repeats. */
  public static List<String> of(List<String> skills) {
    if (skills == null) {
      return List.of();
    }
    TreeSet<String> tags = new TreeSet<>();
    for (String skill : skills) {
      tags.add(normalise(skill));
    }
    if (tags.size() > MAX_SKILLS) {
      throw new IllegalArgumentException("skills: at most " + MAX_SKILLS);
    }
    return List.copyOf(tags);
  }
}
