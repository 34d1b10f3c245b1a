package app.jobmate.notifications.push;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.Role;
import app.jobmate.events.StreamId;
import app.jobmate.events.values.TenantId;
import app.jobmate.notifications.connections.Connection;
import app.jobmate.notifications.connections.ConnectionId;
import app.jobmate.notifications.connections.ConnectionRegistry;
import app.jobmate.notifications.messages.MessageJson;
import app.jobmate.notifications.recipients.Audience;
import app.jobmate.notifications.recipients.Changes;
import app.jobmate.notifications.recipients.Notice;
import app.jobmate.notifications.recipients.NoticeRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second half of pushing (docs/notifications.md, "Debounce"): a flush tells the people a subject's changes
 * concern, once per window, with the subject as the event store holds it.
 *
 * <ol>
 *   <li>read where the last flush left off (the version told, the marker's revision);</li>
 *   <li>fold the subject's whole stream from the event store: the summary as last told and now,
 *       and the events between — complete whatever order the bus delivered them in;</li>
 *   <li>work out who is told what (the {@link NoticeRules} of the subject's context): one message per person;</li>
 *   <li>find their connections, only ever of the subject's tenant, and send; a connection that has
 *       gone is forgotten; a send that fails (after the client's own retries) is scheduled as a
 *       {@link Resend} to that connection alone, so the others are not told twice;</li>
 *   <li>bring up to date what the context keeps from the stream ({@link AfterFlush}; for a task,
 *       its place in the due-date index) — even when a send failed, so that a connection that keeps
 *       failing cannot hold it back;</li>
 *   <li>settle: record what was told and clear the marker, or, if a change was marked meanwhile,
 *       schedule another flush.</li>
 * </ol>
 *
 * A flush that fails (a read, a lookup, the index, scheduling a resend) is run again (its message
 * comes back) and may send some people the same message twice; clients ignore a version they
 * already show. Nothing is settled before it was sent or its resend scheduled.
 */
public final class PushService {

  private final NotifyingContexts contexts;
  private final ConnectionRegistry registry;
  private final EventHistory history;
  private final PendingNotices pending;
  private final FlushScheduler flushes;
  private final Sender sender;
  private final EventCodec codec;

  /** @param contexts the contexts notifications follow, as the composition root lists them */
  public PushService(List<NotifyingContext> contexts, ConnectionRegistry registry, EventHistory history,
                     PendingNotices pending, FlushScheduler flushes, Connections connections, EventCodec codec) {
    this.contexts = new NotifyingContexts(contexts);
    this.registry = registry;
    this.history = history;
    this.pending = pending;
    this.flushes = flushes;
    this.sender = new Sender(connections, registry);
    this.codec = codec;
  }

  /**
   * Does each piece of work of a flush queue batch: each subject flushed once, each resend sent;
   * answers the indexes that failed, and why.
   */
  public Map<Integer, Exception> runAll(List<FlushWork> batch) {
    List<StreamId> subjects = new ArrayList<>();
    List<Integer> subjectIndexes = new ArrayList<>();
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      switch (batch.get(i)) {
        case FlushWork.Flush flush -> {
          subjects.add(flush.subject());
          subjectIndexes.add(i);
        }
        case FlushWork.Send send -> {
          try {
            resend(send.resend());
          } catch (RuntimeException e) {
            failed.put(i, e);
          }
        }
      }
    }
    flushAll(subjects).forEach((i, e) -> failed.put(subjectIndexes.get(i), e));
    return failed;
  }

  /**
   * Sends a message a flush could not deliver to its connection, to that connection alone.
   *
   * @throws RuntimeException when it fails again: the resend's message comes back, and ends in the
   *                          flush queue's dead-letter queue if the connection never takes it
   */
  public void resend(Resend resend) {
    sender.sendAll(Map.of(resend.connectionId(), resend.message()));
  }

  /** Flushes each subject of {@code batch} once (a batch may name one twice); answers the indexes that failed, and why. */
  public Map<Integer, Exception> flushAll(List<StreamId> batch) {
    Map<StreamId, List<Integer>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      bySubject.computeIfAbsent(batch.get(i), s -> new ArrayList<>()).add(i);
    }
    Map<Integer, Exception> failed = new LinkedHashMap<>();
    bySubject.forEach((subject, indexes) -> {
      try {
        flush(subject);
      } catch (RuntimeException e) {
        indexes.forEach(i -> failed.put(i, e));
      }
    });
    return failed;
  }

  /**
   * Tells what changed in {@code subject} since its people were last told.
   *
   * @throws RuntimeException when a read, a lookup, scheduling a resend, what the context keeps
   *                          after a flush or the settling failed: flush again later
   */
  public void flush(StreamId subject) {
    PendingNotices.Pending read = pending.pending(subject);
    List<Delivered> stream = history.read(subject, 1).stream().map(stored -> Delivered.read(stored, codec)).toList();
    long current = stream.isEmpty() ? 0 : stream.getLast().envelope().version();
    Optional<NotifyingContext> context = stream.isEmpty() ? Optional.empty()
        : contexts.of(stream.getFirst().event().getClass());
    RuntimeException failure = null;
    if (current > read.toldVersion()) {
      try {
        tell(subject, notices(context, subject, read.toldVersion(), stream));
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    for (AfterFlush keep : context.map(NotifyingContext::afterFlush).orElse(List.of())) {
      try {
        keep.flushed(subject, stream);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    if (!pending.settle(subject, read, Math.max(current, read.toldVersion()))) {
      flushes.schedule(subject);
    }
  }

  private static List<Notice> notices(Optional<NotifyingContext> context, StreamId subject, long told,
                                      List<Delivered> stream) {
    DomainEvent first = stream.getFirst().event();
    NoticeRules<?, ?> rules = context.orElseThrow(() ->
        new IllegalArgumentException("notifications know no rules for " + first.getClass().getSimpleName())).rules();
    return notices(rules, subject, told, stream);
  }

  private static <E extends DomainEvent, S> List<Notice> notices(NoticeRules<E, S> rules, StreamId subject, long told,
                                                                 List<Delivered> stream) {
    S before = rules.empty(subject);
    S now = before;
    List<Changes.Change<E>> since = new ArrayList<>();
    for (Delivered delivered : stream) {
      E event = rules.eventType().cast(delivered.event());
      now = rules.apply(now, delivered.envelope(), event);
      if (delivered.envelope().version() <= told) {
        before = now;
      } else {
        since.add(new Changes.Change<>(delivered.envelope(), event));
      }
    }
    return rules.notices(new Changes<>(told, before, now, since));
  }

  private void tell(StreamId subject, List<Notice> notices) {
    Map<ConnectionId, String> outgoing = new LinkedHashMap<>();
    for (Notice notice : notices) {
      String message = MessageJson.write(notice.message());
      for (Connection connection : audience(subject.tenantId(), notice.audience())) {
        // never across tenants, and never a price to someone who may not see prices, whatever a registry answers
        if (connection.tenantId().equals(subject.tenantId())
            && (!notice.message().showsPrices() || connection.hasAny(Role.OWNER, Role.ADMIN))) {
          outgoing.putIfAbsent(connection.id(), message);
        }
      }
    }
    // the others get theirs now; a connection that could not be reached gets it again on its own
    sender.trySendAll(outgoing).keySet().forEach(connection ->
        flushes.resend(new Resend(subject.tenantId(), connection, outgoing.get(connection))));
  }

  private List<Connection> audience(TenantId tenant, Audience audience) {
    return switch (audience) {
      case Audience.Person person -> registry.ofUser(tenant, person.userId());
      case Audience.Roles roles -> {
        Map<ConnectionId, Connection> union = new LinkedHashMap<>();
        for (Role role : roles.roles()) {
          registry.withRole(tenant, role).forEach(c -> union.putIfAbsent(c.id(), c));
        }
        yield List.copyOf(union.values());
      }
    };
  }
}
