package app.jobmate.notifications.diary.texts;

import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The texts sent, so that a change to a visit texts each member once whatever the redeliveries,
 * and each member's allowance, so that a busy day does not become a stream of texts. A text is
 * claimed before it is sent and recorded as sent after; a claim whose sending failed is given back,
 * and one whose sender died lapses after a lease, so that a retry may send it. Of those claiming
 * one text at once, one at most gets it.
 */
public interface TextLog {

  /** At most one text per member in this long. */
  java.time.Duration SPACING = java.time.Duration.ofMinutes(10);
  /** At most this many texts per member and London day. */
  int PER_DAY = 10;

  /** Claims the text of event {@code eventId} to {@code member}; empty when it was sent, dropped, or is claimed and the claim has not lapsed. */
  Optional<Claim> claim(TenantId tenant, String eventId, UserId member);

  /** Records that the claimed text was sent: it is never claimed again. */
  void sent(Claim claim);

  /** Records that the claimed text is not sent (the member's allowance is spent): it is never claimed again. */
  void dropped(Claim claim);

  /** Gives back a claim whose text could not be sent, so that a retry may claim it. */
  void giveBack(Claim claim);

  /**
   * Takes one text of {@code member}'s allowance at {@code at}: none in the last {@link #SPACING}
   * and fewer than {@link #PER_DAY} on the London day of {@code at}. One conditional write: of two
   * takers at once, one at most gets the last of it.
   *
   * @return whether it was taken
   */
  boolean takeAllowance(TenantId tenant, UserId member, Instant at);

  /**
   * Gives back the text taken at {@code at} of {@code member}'s allowance, whose sending failed, so
   * that the retry may take it; nothing when another was taken since.
   */
  void giveBackAllowance(TenantId tenant, UserId member, Instant at);

  /** A text claimed until {@code until}. */
  record Claim(TenantId tenant, String eventId, UserId member, Instant until) {
    public Claim {
      if (tenant == null || eventId == null || member == null || until == null) {
        throw new IllegalArgumentException("tenant, eventId, member and until are required");
      }
    }
  }
}
