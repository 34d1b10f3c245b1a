package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.team.TeamDirectory;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A team directory in memory, for tests and the benchmark harness. */
public final class InMemoryTeamDirectory implements TeamDirectory {

  private final Map<TenantId, Set<UserId>> members = new ConcurrentHashMap<>();

  /** Adds {@code users} to the team of {@code tenant}. */
  public InMemoryTeamDirectory with(TenantId tenant, UserId... users) {
    members.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet()).addAll(Set.of(users));
    return this;
  }

  @Override
  public boolean isMember(TenantId tenant, UserId user) {
    return members.getOrDefault(tenant, Set.of()).contains(user);
  }
}
