package app.jobmate.notifications.push;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.Role;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.messages.ClientMessage;
import app.jobmate.notifications.messages.Coalescing;
import app.jobmate.notifications.messages.MessageJson;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.recipients.NoticeRules;
import app.jobmate.notifications.recipients.Recipients;
import app.jobmate.notifications.summaries.Subject;
import app.jobmate.notifications.summaries.Summaries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pushes a batch of events to the connections of the people they concern (DESIGN §6):
 *
 * <ol>
 *   <li>per subject, every event of the batch is applied to its stored summary in one update;</li>
 *   <li>each event's notices are worked out from the summary after the batch ({@link Recipients});</li>
 *   <li>audiences become connections, only ever of the event's tenant;</li>
 *   <li>the messages for one connection about one subject are coalesced into one;</li>
 *   <li>each is sent; a connection that has gone is forgotten.</li>
 * </ol>
 *
 * The answer names the events whose work failed, each with why: only they are delivered again.
 * Sending again is safe: summaries ignore what they already hold, and clients ignore a message
 * whose version they already show.
 */
public final class PushService {

  private final ConnectionRegistry registry;
  private final Summaries summaries;
  private final Connections connections;

  public PushService(ConnectionRegistry registry, Summaries summaries, Connections connections) {
    this.registry = registry;
    this.summaries = summaries;
    this.connections = connections;
  }

  /** Pushes {@code batch}; answers the indexes of the events that failed, and why. */
  public Map<Integer, Exception> push(List<Delivered> batch) {
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    List<Pending> pending = new ArrayList<>();
    subjects(batch).forEach((subject, indexes) -> {
      try {
        pending.addAll(notices(subject, indexes, batch));
      } catch (RuntimeException e) {
        indexes.forEach(i -> failed.putIfAbsent(i, e));
      }
    });
    for (Outgoing outgoing : outgoing(pending, failed).values()) {
      send(outgoing, failed);
    }
    return failed;
  }

  private static Map<Subject, List<Integer>> subjects(List<Delivered> batch) {
    Map<Subject, List<Integer>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      bySubject.computeIfAbsent(Subject.of(batch.get(i).envelope()), s -> new ArrayList<>()).add(i);
    }
    // events of one stream in the order they happened, whatever order they arrived in
    bySubject.values().forEach(indexes -> indexes.sort(Comparator.comparingLong(i -> batch.get(i).envelope().version())));
    return bySubject;
  }

  private List<Pending> notices(Subject subject, List<Integer> indexes, List<Delivered> batch) {
    DomainEvent first = batch.get(indexes.getFirst()).event();
    NoticeRules<?, ?> rules = Recipients.forType(first.getClass()).orElseThrow(() ->
        new IllegalArgumentException("notifications know no rules for " + first.getClass().getSimpleName()));
    return notices(rules, subject, indexes, batch);
  }

  private <E extends DomainEvent, S> List<Pending> notices(NoticeRules<E, S> rules, Subject subject,
                                                           List<Integer> indexes, List<Delivered> batch) {
    List<E> events = indexes.stream().map(i -> rules.eventType().cast(batch.get(i).event())).toList();
    S summary = summaries.update(subject, rules.empty(subject), stored -> {
      S next = stored;
      for (int n = 0; n < indexes.size(); n++) {
        next = rules.apply(next, batch.get(indexes.get(n)).envelope(), events.get(n));
      }
      return next;
    });
    List<Pending> pending = new ArrayList<>();
    for (int n = 0; n < indexes.size(); n++) {
      EventEnvelope envelope = batch.get(indexes.get(n)).envelope();
      for (Notice notice : rules.notices(envelope, events.get(n), summary)) {
        pending.add(new Pending(subject, notice, indexes.get(n)));
      }
    }
    return pending;
  }

  /** The coalesced message per connection and subject, in the order first needed. */
  private Map<Recipient, Outgoing> outgoing(List<Pending> pending, Map<Integer, Exception> failed) {
    Map<AudienceKey, Lookup> lookups = new HashMap<>();
    Map<Recipient, Outgoing> outgoing = new LinkedHashMap<>();
    for (Pending p : pending) {
      Lookup lookup = lookups.computeIfAbsent(new AudienceKey(p.subject().tenantId(), p.notice().audience()),
          this::lookUp);
      if (lookup.failure() != null) {
        failed.putIfAbsent(p.source(), lookup.failure());
        continue;
      }
      for (Connection connection : lookup.connections()) {
        // never across tenants, and never a price to someone who may not see prices, whatever a registry answers
        if (!connection.tenantId().equals(p.subject().tenantId())
            || p.notice().message().showsPrices() && !connection.hasAny(Role.OWNER, Role.ADMIN)) {
          continue;
        }
        outgoing.computeIfAbsent(new Recipient(connection.id(), p.subject()), r -> new Outgoing(r.connection()))
            .add(p.notice().message(), p.source());
      }
    }
    return outgoing;
  }

  private Lookup lookUp(AudienceKey key) {
    try {
      return new Lookup(resolve(key), null);
    } catch (RuntimeException e) {
      return new Lookup(List.of(), e);
    }
  }

  private List<Connection> resolve(AudienceKey key) {
    return switch (key.audience()) {
      case Audience.Person person -> registry.ofUser(key.tenant(), person.userId());
      case Audience.Roles roles -> {
        Map<ConnectionId, Connection> union = new LinkedHashMap<>();
        for (Role role : roles.roles()) {
          registry.withRole(key.tenant(), role).forEach(c -> union.putIfAbsent(c.id(), c));
        }
        yield List.copyOf(union.values());
      }
    };
  }

  private void send(Outgoing outgoing, Map<Integer, Exception> failed) {
    try {
      String message = MessageJson.write(Coalescing.coalesce(outgoing.messages));
      if (connections.send(outgoing.connection, message) == Connections.Delivery.GONE) {
        registry.remove(outgoing.connection);
      }
    } catch (RuntimeException e) {
      outgoing.sources.forEach(i -> failed.putIfAbsent(i, e));
    }
  }

  private record Pending(Subject subject, Notice notice, int source) {
  }

  private record AudienceKey(TenantId tenant, Audience audience) {
  }

  private record Lookup(List<Connection> connections, RuntimeException failure) {
  }

  private record Recipient(ConnectionId connection, Subject subject) {
  }

  private static final class Outgoing {
    final ConnectionId connection;
    final List<ClientMessage> messages = new ArrayList<>();
    final Set<Integer> sources = new LinkedHashSet<>();

    Outgoing(ConnectionId connection) {
      this.connection = connection;
    }

    void add(ClientMessage message, int source) {
      messages.add(message);
      sources.add(source);
    }
  }
}
