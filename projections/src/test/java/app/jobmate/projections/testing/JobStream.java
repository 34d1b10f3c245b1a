package app.jobmate.projections.testing;

import app.jobmate.events.Actor;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.EventType;
import app.jobmate.events.Role;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The envelopes of one job's stream as the write side would commit them: versions from 1, a minute apart. */
public final class JobStream {

  public static final Actor OWNER = new Actor(UserId.of("u-owner"), List.of(Role.OWNER));

  private final TenantId tenant;
  private final JobId jobId;
  private final List<EventEnvelope> envelopes = new ArrayList<>();
  private Instant clock;

  public JobStream(String tenant, JobId jobId, Instant start) {
    this.tenant = TenantId.of(tenant);
    this.jobId = jobId;
    this.clock = start;
  }

  public JobId jobId() {
    return jobId;
  }

  public Instant now() {
    return clock;
  }

  public List<EventEnvelope> envelopes() {
    return List.copyOf(envelopes);
  }

  public EventEnvelope append(JobEvent event) {
    EventType<?> type = EventCodec.standard().typeOf(event);
    long version = envelopes.size() + 1;
    EventEnvelope envelope = new EventEnvelope(
        UUID.nameUUIDFromBytes((tenant + "/" + jobId + "/" + version).getBytes(StandardCharsets.UTF_8)).toString(),
        type.name(), type.schemaVersion(), tenant, "job", jobId.toString(), version, clock, "cmd-" + version,
        "corr-" + jobId, null, OWNER, EventCodec.standard().encode(event));
    envelopes.add(envelope);
    clock = clock.plusSeconds(60);
    return envelope;
  }
}
