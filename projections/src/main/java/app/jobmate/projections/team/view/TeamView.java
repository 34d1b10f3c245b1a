package app.jobmate.projections.team.view;

import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.DocumentId;
import app.jobmate.projections.core.ReadModels;
import app.jobmate.projections.query.NotAllowed;
import app.jobmate.projections.query.Viewer;
import app.jobmate.projections.team.TeamMembers;
import app.jobmate.projections.team.TeamProjection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The answers of {@code GET /team} (owners and admins: every member, and those removed, with their
 * status), {@code GET /me} (anyone: themselves and the business's name) and {@code GET /api-clients}
 * (owners: the programs given read-only access to the reports, revoked ones with when), from the
 * viewer's own business's team document only.
 */
public final class TeamView {

  private final ReadModels readModels;
  private final BusinessNames businessNames;

  public TeamView(ReadModels readModels, BusinessNames businessNames) {
    this.readModels = readModels;
    this.businessNames = businessNames;
  }

  /** @throws NotAllowed for staff */
  public Team team(Viewer viewer) {
    viewer.requireAny("read the team", Role.OWNER, Role.ADMIN);
    // a member's mobile number is shown to themself and to owners, not to admins
    boolean owner = viewer.roles().contains(Role.OWNER);
    return new Team(document(viewer.tenantId()).map(t -> t.members().stream()
        .map(m -> member(m, owner || m.userId().equals(viewer.userId().value()))).toList()).orElse(List.of()));
  }

  /** @throws NotAllowed for admins and staff: only owners give programs access, and see who has it */
  public ApiClients apiClients(Viewer viewer) {
    viewer.requireAny("read the API clients", Role.OWNER);
    return new ApiClients(document(viewer.tenantId()).map(t -> t.apiClients().stream()
        .map(c -> new ApiClient(c.clientId(), c.name(), c.revokedAt() == null ? "active" : "revoked", c.addedAt(), c.revokedAt()))
        .toList()).orElse(List.of()));
  }

  /** @throws NotAllowed for a caller with no role */
  public Me me(Viewer viewer) {
    viewer.requireAny("read their profile", Role.OWNER, Role.ADMIN, Role.STAFF);
    Optional<TeamMembers.Member> recorded = document(viewer.tenantId()).flatMap(t -> t.member(viewer.userId().value()));
    String role = recorded.map(TeamMembers.Member::role).orElseGet(() -> highest(viewer.roles()));
    return new Me(viewer.userId().value(), recorded.map(TeamMembers.Member::name).orElse(null),
        recorded.map(TeamMembers.Member::email).orElse(null), role,
        businessNames.nameOf(viewer.tenantId()).orElse(null),
        recorded.map(m -> textMessages(m.textMessages())).orElse(TextMessages.NONE));
  }

  private Optional<TeamMembers> document(TenantId tenant) {
    return readModels.findActive(TeamProjection.NAME, TeamMembers.class, DocumentId.of(tenant, tenant.value()))
        .map(found -> found.document());
  }

  private static Member member(TeamMembers.Member m, boolean showTextMessages) {
    return new Member(m.userId(), m.name(), m.email(), m.role(), m.current() ? "active" : "removed", m.joinedAt(),
        m.removedAt(), showTextMessages ? textMessages(m.textMessages()) : null);
  }

  private static TextMessages textMessages(TeamMembers.TextMessages recorded) {
    return recorded == null ? TextMessages.NONE : new TextMessages(recorded.mobile(), recorded.optIn());
  }

  /** The token's highest role, for a caller the team's record does not name yet. */
  private static String highest(Set<Role> roles) {
    for (Role role : List.of(Role.OWNER, Role.ADMIN, Role.STAFF)) {
      if (roles.contains(role)) {
        return role.wireName();
      }
    }
    return null;
  }

  /** {@code GET /team}: the members in the order they joined, removed ones last seen with when they left. */
  public record Team(List<Member> members) {
  }

  /**
   * @param status       {@code active} or {@code removed}
   * @param textMessages shown to the member themself and to owners only
   */
  public record Member(String userId, String name, String email, String role, String status, Instant joinedAt,
                       Instant removedAt, TextMessages textMessages) {
  }

  /** A member's text messages: their UK mobile number (E.164; absent when none) and whether they opted in. */
  public record TextMessages(String mobile, boolean optIn) {

    static final TextMessages NONE = new TextMessages(null, false);
  }

  /** {@code GET /api-clients}: in the order they were added. */
  public record ApiClients(List<ApiClient> apiClients) {
  }

  /** @param status {@code active} or {@code revoked} */
  public record ApiClient(String clientId, String name, String status, Instant addedAt, Instant revokedAt) {
  }

  /**
   * {@code GET /me}, with the caller's own text messages. Name and email are absent for a caller the team's record does not name yet (a
   * business whose team was never recorded); the role is then the token's.
   */
  public record Me(String userId, String name, String email, String role, String businessName,
                   TextMessages textMessages) {
  }
}
