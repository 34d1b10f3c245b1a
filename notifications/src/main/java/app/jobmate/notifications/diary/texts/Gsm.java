package app.jobmate.notifications.diary.texts;

/**
 * The GSM 03.38 alphabet of a single text: 160 characters of its basic set, those of its extension
 * table counting two. Whatever is in neither (emoji, most accented letters) becomes {@code ?}, so
 * that a text is never sent as UCS-2 (70 characters) or split in two.
 */
final class Gsm {

  static final int SINGLE_TEXT = 160;
  private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENDED = "^{}\\[~]|€";

  private Gsm() {
  }

  /** {@code text} in GSM characters only. */
  static String only(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c < 0x10000 && (BASIC.indexOf(c) >= 0 || EXTENDED.indexOf(c) >= 0)
        ? (char) c : c == '\t' ? ' ' : '?'));
    return out.toString();
  }

  /** How many of a text's 160 places {@code text} takes (in GSM characters only). */
  static int length(String text) {
    int length = 0;
    for (char c : text.toCharArray()) {
      length += EXTENDED.indexOf(c) >= 0 ? 2 : 1;
    }
    return length;
  }

  /** {@code text} in GSM characters, cut to at most {@code places}, ending with {@code ...} when cut. */
  static String cut(String text, int places) {
    String gsm = only(text);
    if (length(gsm) <= places) {
      return gsm;
    }
    StringBuilder out = new StringBuilder();
    for (char c : gsm.toCharArray()) {
      if (length(out.toString()) + length(String.valueOf(c)) > places - 3) {
        break;
      }
      out.append(c);
    }
    return out.toString().stripTrailing() + "...";
  }
}
