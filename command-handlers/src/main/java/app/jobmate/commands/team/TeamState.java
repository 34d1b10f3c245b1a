package app.jobmate.commands.team;

import app.jobmate.events.Role;
import app.jobmate.events.team.ApiClientId;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.team.MobileNumber;
import app.jobmate.events.values.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A business's team: not yet recorded, or founded, with its members and those removed from it. */
public sealed interface TeamState {

  /** No team event yet: the business has not been recorded. */
  record Unrecorded() implements TeamState {}

  /**
   * The members by user id, in the order they joined, and everyone ever removed (an email address is
   * invited once: a removed member's address stays taken).
   */
  record Team(Map<UserId, Member> members, Map<UserId, Member> removed, Map<ApiClientId, ApiClient> apiClients,
              Map<UserId, TextMessages> textMessages)
      implements TeamState {

    public Team {
      members = Map.copyOf(members);
      removed = Map.copyOf(removed);
      apiClients = Map.copyOf(apiClients);
      textMessages = Map.copyOf(textMessages);
    }

    public Team(Map<UserId, Member> members, Map<UserId, Member> removed, Map<ApiClientId, ApiClient> apiClients) {
      this(members, removed, apiClients, Map.of());
    }

    public Team(Map<UserId, Member> members, Map<UserId, Member> removed) {
      this(members, removed, Map.of());
    }

    /** A member's text messages: no number and not opted in until they set them. */
    public TextMessages textMessagesOf(UserId userId) {
      return textMessages.getOrDefault(userId, TextMessages.NONE);
    }

    Team withTextMessages(UserId userId, TextMessages setting) {
      Map<UserId, TextMessages> next = new LinkedHashMap<>(textMessages);
      next.put(userId, setting);
      return new Team(members, removed, apiClients, next);
    }

    public Optional<ApiClient> apiClient(ApiClientId clientId) {
      return Optional.ofNullable(apiClients.get(clientId));
    }

    /** An API client not revoked by this name, if any. */
    public Optional<ApiClient> activeApiClientNamed(String name) {
      return apiClients.values().stream().filter(c -> !c.revoked() && c.name().equals(name)).findFirst();
    }

    Team withApiClient(ApiClient client) {
      Map<ApiClientId, ApiClient> next = new LinkedHashMap<>(apiClients);
      next.put(client.clientId(), client);
      return new Team(members, removed, next, textMessages);
    }

    public Optional<Member> member(UserId userId) {
      return Optional.ofNullable(members.get(userId));
    }

    public boolean isMember(UserId userId) {
      return members.containsKey(userId);
    }

    /** Whether this user was on the team and is no longer. */
    public boolean wasRemoved(UserId userId) {
      return removed.containsKey(userId) && !members.containsKey(userId);
    }

    /** Whoever has had this email address on the team, a member or removed. */
    public Optional<Member> everHad(EmailAddress email) {
      return java.util.stream.Stream.concat(members.values().stream(), removed.values().stream())
          .filter(m -> m.email().equals(email)).findFirst();
    }

    public long owners() {
      return members.values().stream().filter(m -> m.role() == Role.OWNER).count();
    }

    Team with(Member member) {
      Map<UserId, Member> next = new LinkedHashMap<>(members);
      next.put(member.userId(), member);
      return new Team(next, removed, apiClients, textMessages);
    }

    Team without(UserId userId) {
      Map<UserId, Member> next = new LinkedHashMap<>(members);
      Member gone = next.remove(userId);
      Map<UserId, Member> wasRemoved = new LinkedHashMap<>(removed);
      wasRemoved.put(userId, gone);
      return new Team(next, wasRemoved, apiClients, textMessages);
    }
  }

  record Member(UserId userId, EmailAddress email, String name, Role role) {

    Member withRole(Role next) {
      return new Member(userId, email, name, next);
    }
  }

  /** Where a member's text messages go ({@code mobile} absent when none) and whether they want them. */
  record TextMessages(MobileNumber mobile, boolean optIn) {

    public static final TextMessages NONE = new TextMessages(null, false);
  }

  /** A program's read-only access to the reports, by the name the owner gave it; revoked for good. */
  record ApiClient(ApiClientId clientId, String name, boolean revoked) {
  }
}
