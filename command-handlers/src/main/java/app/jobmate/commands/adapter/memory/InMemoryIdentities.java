package app.jobmate.commands.adapter.memory;

import app.jobmate.commands.team.Identities;
import app.jobmate.events.Role;
import app.jobmate.events.team.EmailAddress;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts in memory, for tests: what the user pool keeps, with each account's role and whether it is signed out. */
public final class InMemoryIdentities implements Identities {

  private final Map<UserId, Account> accounts = new LinkedHashMap<>();
  private final Map<UserId, Role> roles = new LinkedHashMap<>();

  /** An account that exists already (the owner who signed up, another business's user). */
  public synchronized Account add(TenantId tenant, EmailAddress email, String name, Role role) {
    Account account = new Account(UserId.of(UUID.randomUUID().toString()), tenant, email, name, true);
    accounts.put(account.userId(), account);
    roles.put(account.userId(), role);
    return account;
  }

  @Override
  public synchronized Account create(TenantId tenant, EmailAddress email, String name) {
    if (find(email).isPresent()) {
      throw new EmailTaken(email);
    }
    Account account = new Account(UserId.of(UUID.randomUUID().toString()), tenant, email, name, true);
    accounts.put(account.userId(), account);
    return account;
  }

  @Override
  public synchronized Optional<Account> find(EmailAddress email) {
    return accounts.values().stream().filter(a -> a.email().value().equalsIgnoreCase(email.value())).findFirst();
  }

  @Override
  public synchronized Optional<Account> find(UserId user) {
    return Optional.ofNullable(accounts.get(user));
  }

  @Override
  public synchronized void setRole(UserId user, Role role) {
    if (!accounts.containsKey(user)) {
      throw new IllegalArgumentException(user + " has no account");
    }
    roles.put(user, role);
  }

  @Override
  public synchronized void disable(UserId user) {
    Account account = accounts.get(user);
    if (account == null) {
      throw new IllegalArgumentException(user + " has no account");
    }
    accounts.put(user, new Account(account.userId(), account.tenant(), account.email(), account.name(), false));
  }

  public synchronized Optional<Role> roleOf(UserId user) {
    return Optional.ofNullable(roles.get(user));
  }

  public synchronized int size() {
    return accounts.size();
  }
}
