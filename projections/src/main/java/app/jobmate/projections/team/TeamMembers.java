package app.jobmate.projections.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A business's team as the read side shows it (collection {@code team}, one document per business):
 * every member, in the order they joined, and those removed, kept with when they left, so that a
 * removed member's token is refused by its user id; and the API clients the owners created, revoked
 * ones kept with when.
 *
 * @param updatedAt the time of the team's last event
 */
public record TeamMembers(List<Member> members, List<ApiClient> apiClients, Instant updatedAt) {

  public TeamMembers {
    members = List.copyOf(members);
    apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
  }

  /** A program's read-only access to the reports; {@code revokedAt} absent while in use. */
  public record ApiClient(String clientId, String name, Instant addedAt, Instant revokedAt) {
  }

  /** The current member with this user id; a removed member is none. */
  public Optional<Member> member(String userId) {
    return members.stream().filter(m -> m.userId().equals(userId) && m.removedAt() == null).findFirst();
  }

  /** Whether this user was on the team and is no longer (listed, removed, and not a member again). */
  public boolean wasRemoved(String userId) {
    return member(userId).isEmpty() && members.stream().anyMatch(m -> m.userId().equals(userId));
  }

  /**
   * @param role      {@code owner}, {@code admin} or {@code staff}
   * @param removedAt    when they were removed; absent while they are a member
   * @param textMessages the mobile number their texts go to (E.164) and whether they want them; absent
   *                     while they have set none
   */
  public record Member(String userId, String email, String name, String role, Instant joinedAt, Instant removedAt,
                       TextMessages textMessages) {

    public Member(String userId, String email, String name, String role, Instant joinedAt, Instant removedAt) {
      this(userId, email, name, role, joinedAt, removedAt, null);
    }

    Member with(TextMessages next) {
      return new Member(userId, email, name, role, joinedAt, removedAt, next);
    }

    public boolean current() {
      return removedAt == null;
    }
  }

  /** A member's text messages: their UK mobile number in E.164 and whether they opted in. */
  public record TextMessages(String mobile, boolean optIn) {
  }
}
