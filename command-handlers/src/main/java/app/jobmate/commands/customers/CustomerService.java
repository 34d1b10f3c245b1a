package app.jobmate.commands.customers;

import app.jobmate.commands.core.CommandContext;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.Commit;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.customers.CustomerCommand.AddSite;
import app.jobmate.commands.customers.CustomerCommand.ArchiveCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeCustomer;
import app.jobmate.commands.customers.CustomerCommand.ChangeSite;
import app.jobmate.commands.customers.CustomerCommand.CreateCustomer;
import app.jobmate.commands.customers.CustomerCommand.EraseCustomer;
import app.jobmate.commands.customers.CustomerCommand.MergeCustomer;
import app.jobmate.commands.customers.CustomerCommand.NewSite;
import app.jobmate.commands.customers.CustomerCommand.RecordDuplicate;
import app.jobmate.commands.customers.CustomerCommand.RemoveSite;
import app.jobmate.commands.customers.CustomerCommand.RestoreCustomer;
import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventCodec;
import app.jobmate.events.EventEnvelope;
import app.jobmate.events.StreamId;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteAdded;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteChanged;
import app.jobmate.events.customers.CustomerEvent.CustomerSiteRemoved;
import app.jobmate.events.customers.CustomerEvent.DuplicateMerged;
import app.jobmate.events.customers.CustomerEvent;
import app.jobmate.events.customers.CustomerEvents;
import app.jobmate.events.customers.CustomerKind;
import app.jobmate.events.customers.CustomerProfile;
import app.jobmate.events.customers.MarketingConsent;
import app.jobmate.events.customers.SiteDetails;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.Sealed;
import app.jobmate.events.values.SiteId;
import app.jobmate.events.values.TenantId;
import app.jobmate.events.values.UserId;
import app.jobmate.lambda.personaldata.DataKey;
import app.jobmate.lambda.personaldata.PersonalDataKeys;
import app.jobmate.lambda.personaldata.PersonalDataSeal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Runs customer commands through the command service, each on the stream of its customer. Requests
 * arrive in plain text, validated at the edge; the service seals them under the customer's key
 * before the decider sees them (docs/decisions/personal-data.md). A customer's key is made by its
 * creation, so a command that finds no key finds no customer. Erasure destroys the key, then
 * records {@code CustomerErased}: retried after a failure in between, it finishes the job.
 */
public final class CustomerService {

  /** At most this many customers are erased by one erasure (a survivor, its duplicates and theirs). */
  static final int MAX_DUPLICATES = 100;

  private final CommandService commands;
  private final EventStore store;
  private final PersonalDataKeys keys;

  public CustomerService(EventStore store, PersonalDataKeys keys) {
    this.commands = new CommandService(store);
    this.store = store;
    this.keys = keys;
  }

  public static StreamId streamOf(TenantId tenant, CustomerId customer) {
    return new StreamId(tenant, CustomerEvents.STREAM, customer.toString());
  }

  /** A new customer with its first sites (in the order given; none is fine). */
  public CommandResult create(TenantId tenant, CustomerId id, CustomerKind kind, CustomerProfile profile,
                              MarketingConsent consent, Map<SiteId, SiteDetails> sites, CommandContext context) {
    DataKey key = keyFor(tenant, id, true);
    CustomerSealer sealer = new CustomerSealer(key, tenant, id);
    List<NewSite> newSites = new ArrayList<>();
    sites.forEach((siteId, details) -> newSites.add(new NewSite(siteId, sealer.seal(details))));
    return handle(tenant, new CreateCustomer(id, kind, sealer.seal(profile), consent, newSites),
        keyed(context, key));
  }

  public CommandResult change(TenantId tenant, CustomerId id, CustomerKind kind, CustomerProfile profile,
                              MarketingConsent consent, CommandContext context) {
    DataKey key = keyFor(tenant, id, false);
    return handle(tenant, new ChangeCustomer(id, kind, new CustomerSealer(key, tenant, id).seal(profile), consent),
        keyed(context, key));
  }

  public CommandResult addSite(TenantId tenant, CustomerId id, SiteId site, SiteDetails details, CommandContext context) {
    DataKey key = keyFor(tenant, id, false);
    return handle(tenant, new AddSite(id, site, new CustomerSealer(key, tenant, id).seal(details)), keyed(context, key));
  }

  public CommandResult changeSite(TenantId tenant, CustomerId id, SiteId site, SiteDetails details,
                                  CommandContext context) {
    DataKey key = keyFor(tenant, id, false);
    return handle(tenant, new ChangeSite(id, site, new CustomerSealer(key, tenant, id).seal(details)),
        keyed(context, key));
  }

  public CommandResult removeSite(TenantId tenant, CustomerId id, SiteId site, CommandContext context) {
    return handle(tenant, new RemoveSite(id, site), context);
  }

  public CommandResult archive(TenantId tenant, CustomerId id, Instant at, CommandContext context) {
    return handle(tenant, new ArchiveCustomer(id, at), context);
  }

  public CommandResult restore(TenantId tenant, CustomerId id, Instant at, CommandContext context) {
    return handle(tenant, new RestoreCustomer(id, at), context);
  }

  /**
   * Merges {@code duplicate} into {@code survivor}; the survivor's state is read from its stream. First each site
   * of the duplicate that the survivor has not got is added to the survivor under the same site id, its address
   * and access notes opened under the duplicate's key and sealed again under the survivor's, so that work at
   * those sites is drafted for the survivor and the survivor's erasure erases them too; then the duplicate records
   * {@code CustomerMerged}, and last the survivor records {@code DuplicateMerged}, so that erasing the survivor
   * erases the duplicate too. Each later append has a command id made from the request's, so a retry after a crash
   * in between adds what is missing and merges; a merge the decider refuses adds nothing.
   */
  public CommandResult merge(TenantId tenant, CustomerId duplicate, CustomerId survivor, Instant at,
                             CommandContext context) {
    MergeCustomer command = new MergeCustomer(duplicate, survivor, stateOf(tenant, survivor), at);
    List<Commit> commits = store.read(streamOf(tenant, duplicate));
    boolean replay = commits.stream().anyMatch(c -> c.commandId().equals(context.commandId()));
    if (!replay) {
      CustomerDecider.INSTANCE.decide(command, fold(commits));
      moveSites(tenant, duplicate, survivor, commits, context);
    }
    CommandResult merged = handle(tenant, command, context);
    handle(tenant, new RecordDuplicate(survivor, duplicate, at), step(context, ":duplicate"));
    return merged;
  }

  /** A step of a request's process: its own command id, made from the request's, caused by the request. */
  private static CommandContext step(CommandContext context, String suffix) {
    return new CommandContext(context.commandId() + suffix, context.payloadHash(), context.actor(),
        context.correlationId(), context.commandId(), context.receivedAt(), null);
  }

  private void moveSites(TenantId tenant, CustomerId duplicate, CustomerId survivor, List<Commit> commits,
                         CommandContext context) {
    Set<SiteId> survivorSites = stateOf(tenant, survivor) instanceof CustomerState.Known known ? known.sites() : Set.of();
    Map<SiteId, SealedSite> moving = new LinkedHashMap<>(sitesOf(commits));
    moving.keySet().removeAll(survivorSites);
    if (moving.isEmpty()) {
      return;
    }
    DataKey from = keyFor(tenant, duplicate, false);
    DataKey to = keyFor(tenant, survivor, false);
    moving.forEach((site, sealed) -> {
      SealedSite resealed = new SealedSite(reseal(sealed.address(), from, to, tenant, duplicate, survivor),
          reseal(sealed.accessNotes(), from, to, tenant, duplicate, survivor));
      handle(tenant, new AddSite(survivor, site, resealed), keyed(step(context, ":site:" + site), to));
    });
  }

  private static Sealed reseal(Sealed value, DataKey from, DataKey to, TenantId tenant, CustomerId duplicate,
                               CustomerId survivor) {
    return value == null ? null
        : PersonalDataSeal.seal(to, tenant, survivor, PersonalDataSeal.open(from, tenant, duplicate, value));
  }

  /** The sites a customer's stream holds now, sealed as they were stored, in the order they were added. */
  private static Map<SiteId, SealedSite> sitesOf(List<Commit> commits) {
    Map<SiteId, SealedSite> sites = new LinkedHashMap<>();
    List<EventEnvelope> envelopes = new ArrayList<>();
    commits.forEach(c -> envelopes.addAll(c.events()));
    for (DomainEvent event : EventCodec.standard().decode(envelopes)) {
      if (event instanceof CustomerSiteAdded e) {
        sites.put(e.siteId(), new SealedSite(e.address(), e.accessNotes()));
      } else if (event instanceof CustomerSiteChanged e) {
        sites.put(e.siteId(), new SealedSite(e.address(), e.accessNotes()));
      } else if (event instanceof CustomerSiteRemoved e) {
        sites.remove(e.siteId());
      }
    }
    return sites;
  }

  /**
   * Erases the customer: checks that the decider allows it, erases first every duplicate that was merged into it
   * (the same person: their records are erased too, each under a command id made from the request's), destroys
   * the key, then appends {@code CustomerErased}. A replayed command (same id) answers its first result; a retry
   * after a crash in between finishes the job.
   */
  public CommandResult erase(TenantId tenant, CustomerId id, UserId by, Instant at, CommandContext context) {
    return erase(tenant, id, by, at, context, new HashSet<>());
  }

  private CommandResult erase(TenantId tenant, CustomerId id, UserId by, Instant at, CommandContext context,
                              Set<CustomerId> erasing) {
    erasing.add(id);
    EraseCustomer command = new EraseCustomer(id, by, at);
    List<Commit> commits = store.read(streamOf(tenant, id));
    boolean replay = commits.stream().anyMatch(c -> c.commandId().equals(context.commandId()));
    if (!replay) {
      CustomerDecider.INSTANCE.decide(command, fold(commits));
      for (CustomerId duplicate : duplicatesOf(commits)) {
        if (erasing.size() <= MAX_DUPLICATES && !erasing.contains(duplicate)
            && !(stateOf(tenant, duplicate) instanceof CustomerState.Erased)) {
          erase(tenant, duplicate, by, at, step(context, ":duplicate:" + duplicate), erasing);
        }
      }
      keys.destroy(tenant, id);
    }
    return handle(tenant, command, context);
  }

  /** The customers merged into this one, as its stream recorded them. */
  private static List<CustomerId> duplicatesOf(List<Commit> commits) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    commits.forEach(c -> envelopes.addAll(c.events()));
    List<CustomerId> duplicates = new ArrayList<>();
    for (DomainEvent event : EventCodec.standard().decode(envelopes)) {
      if (event instanceof DuplicateMerged merged) {
        duplicates.add(merged.duplicateId());
      }
    }
    return duplicates;
  }

  /** The customer's state as its stream tells it. */
  public CustomerState stateOf(TenantId tenant, CustomerId id) {
    return fold(store.read(streamOf(tenant, id)));
  }

  private CommandResult handle(TenantId tenant, CustomerCommand command, CommandContext context) {
    return commands.handle(streamOf(tenant, command.customerId()), command, context, CustomerDecider.INSTANCE);
  }

  /**
   * The context with its payload hash keyed by the customer's key (HMAC-SHA256): the commit keeps the
   * hash of a request that holds personal data, and once the key is destroyed nobody can confirm a
   * guess of that data against it.
   */
  private static CommandContext keyed(CommandContext context, DataKey key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.material(), "HmacSHA256"));
      String hash = HexFormat.of().formatHex(mac.doFinal(context.payloadHash().getBytes(StandardCharsets.UTF_8)));
      return new CommandContext(context.commandId(), hash, context.actor(), context.correlationId(),
          context.causationId(), context.receivedAt(), context.expectedVersion());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  private DataKey keyFor(TenantId tenant, CustomerId id, boolean creating) {
    if (creating) {
      try {
        return keys.keyFor(tenant, id);
      } catch (PersonalDataKeys.KeyDestroyed destroyed) {
        throw CustomerDecider.erased(id);
      }
    }
    return keys.existing(tenant, id).orElseThrow(() -> keys.isDestroyed(tenant, id)
        ? CustomerDecider.erased(id) : CustomerDecider.notFound(id));
  }

  private static CustomerState fold(List<Commit> commits) {
    List<EventEnvelope> envelopes = new ArrayList<>();
    commits.forEach(c -> envelopes.addAll(c.events()));
    CustomerState state = CustomerDecider.INSTANCE.initialState();
    for (DomainEvent event : EventCodec.standard().decode(envelopes)) {
      state = CustomerDecider.INSTANCE.evolve(state, (CustomerEvent) event);
    }
    return state;
  }
}
