package app.jobmate.projections.testing;

import app.jobmate.events.EventEnvelope;
import app.jobmate.events.quotes.DeclineReason;
import app.jobmate.events.quotes.LineId;
import app.jobmate.events.quotes.PercentOrAmount;
import app.jobmate.events.quotes.QuoteId;
import app.jobmate.events.quotes.QuoteLine;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.VatCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded, repeatable workload: several tenants, many quotes, each living a random but valid life
 * (drafts edited, issued, viewed, accepted with optional lines, declined, expired, withdrawn,
 * revised and issued again, converted to jobs). The quotes' commits are interleaved as concurrent
 * users would make them; {@link #commits()} is the order in which they reach the event store.
 */
public final class Workload {

  private static final VatCode[] VAT = VatCode.values();
  private static final DeclineReason[] REASONS = DeclineReason.values();

  private final List<List<EventEnvelope>> commits;

  private Workload(List<List<EventEnvelope>> commits) {
    this.commits = List.copyOf(commits);
  }

  public static Workload generate(long seed, int tenants, int quotesPerTenant) {
    Random random = new Random(seed);
    Instant start = Instant.parse("2026-03-20T08:00:00Z");
    List<Life> lives = new ArrayList<>();
    Map<String, long[]> numbers = new HashMap<>();
    for (int t = 0; t < tenants; t++) {
      String tenant = "t-" + (char) ('a' + t) + "-" + seed;
      numbers.put(tenant, new long[1]);
      List<CustomerId> customers = new ArrayList<>();
      for (int c = 0; c < 5; c++) {
        customers.add(CustomerId.of(uuid(random).toString()));
      }
      for (int q = 0; q < quotesPerTenant; q++) {
        QuoteStream stream = new QuoteStream(tenant, QuoteId.of(uuid(random).toString()),
            customers.get(random.nextInt(customers.size())), start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 90))));
        lives.add(new Life(stream, numbers.get(tenant), new Random(random.nextLong())));
      }
    }
    List<List<EventEnvelope>> commits = new ArrayList<>();
    List<Life> active = new ArrayList<>(lives);
    while (!active.isEmpty()) {
      Life life = active.get(random.nextInt(active.size()));
      List<EventEnvelope> commit = life.next();
      if (commit.isEmpty()) {
        active.remove(life);
      } else {
        commits.add(commit);
      }
    }
    return new Workload(commits);
  }

  public List<List<EventEnvelope>> commits() {
    return commits;
  }

  /** Every event in the order the store took them. */
  public List<EventEnvelope> events() {
    return commits.stream().flatMap(List::stream).toList();
  }

  public long quotes() {
    return events().stream().map(e -> e.tenantId() + "#" + e.streamId()).distinct().count();
  }

  /**
   * The commits of two workloads as they reach one event store when both run at once: each keeps
   * its own order, and which goes next is drawn by {@code seed}.
   */
  public static List<List<EventEnvelope>> interleave(long seed, List<List<EventEnvelope>> a, List<List<EventEnvelope>> b) {
    Random random = new Random(seed);
    List<List<EventEnvelope>> commits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      boolean fromA = j >= b.size() || (i < a.size() && random.nextInt(a.size() + b.size()) < a.size());
      commits.add(fromA ? a.get(i++) : b.get(j++));
    }
    return commits;
  }

  private static UUID uuid(Random random) {
    long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000007000L;
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** One quote's life, a commit at a time. */
  private static final class Life {
    private final QuoteStream stream;
    private final long[] tenantNumbers;
    private final Random random;
    private String step = "draft";
    private int edits;
    private boolean revisedOnce;

    Life(QuoteStream stream, long[] tenantNumbers, Random random) {
      this.stream = stream;
      this.tenantNumbers = tenantNumbers;
      this.random = random;
      stream.policy(random.nextBoolean() ? RoundingPolicy.PER_LINE : RoundingPolicy.PER_DOCUMENT);
    }

    List<EventEnvelope> next() {
      stream.after(Duration.ofMinutes(1 + random.nextInt(60 * 48)));
      List<EventEnvelope> commit = new ArrayList<>();
      switch (step) {
        case "draft" -> {
          commit.add(stream.drafted("Job " + stream.quoteId().toString().substring(0, 8),
              random.nextInt(4) == 0 ? PercentOrAmount.percent("5") : null,
              random.nextInt(3) == 0 ? PercentOrAmount.percent("25") : null));
          int lines = 1 + random.nextInt(3);
          for (int i = 0; i < lines; i++) {
            commit.add(stream.lineAdded(newLine(false)));
          }
          edits = random.nextInt(4);
          step = "edit";
        }
        case "edit" -> {
          if (edits-- > 0) {
            commit.add(edit());
          } else {
            int roll = random.nextInt(100);
            step = roll < 12 ? "done" : "issue";
            if (roll < 12) {
              return List.of();
            }
            return next();
          }
        }
        case "issue" -> {
          if (stream.lines().stream().noneMatch(l -> !l.optional())) {
            commit.add(stream.lineAdded(newLine(false)));
          }
          if (random.nextInt(3) == 0) {
            commit.add(stream.lineAdded(newLine(true)));
          }
          commit.add(stream.issued(++tenantNumbers[0]));
          step = random.nextInt(100) < 60 ? "view" : "outcome";
        }
        case "view" -> {
          commit.add(stream.viewed());
          step = "outcome";
        }
        case "outcome" -> {
          int roll = random.nextInt(100);
          if (roll < 40) {
            Set<LineId> taken = new LinkedHashSet<>();
            stream.lines().stream().filter(QuoteLine::optional).filter(l -> random.nextBoolean())
                .forEach(l -> taken.add(l.lineId()));
            commit.add(stream.accepted(taken));
            step = random.nextInt(100) < 40 ? "convert" : "done";
          } else if (roll < 55) {
            commit.add(stream.declined(REASONS[random.nextInt(REASONS.length)], random.nextBoolean() ? "too dear" : null));
            step = "done";
          } else if (roll < 65) {
            commit.add(stream.expired());
            step = "done";
          } else if (roll < 70) {
            commit.add(stream.withdrawn("customer moved house"));
            step = "done";
          } else if (roll < 85 && !revisedOnce) {
            revisedOnce = true;
            commit.add(stream.revised());
            edits = 1 + random.nextInt(2);
            step = "edit";
          } else {
            return List.of();
          }
        }
        case "convert" -> {
          commit.add(stream.convertedToJob(JobId.of(uuid(random).toString())));
          step = "done";
        }
        default -> {
          return List.of();
        }
      }
      return commit;
    }

    private EventEnvelope edit() {
      List<QuoteLine> lines = stream.lines();
      int roll = random.nextInt(4);
      if (roll == 0 || lines.isEmpty()) {
        return stream.lineAdded(newLine(false));
      }
      QuoteLine some = lines.get(random.nextInt(lines.size()));
      if (roll == 1) {
        return stream.lineChanged(new QuoteLine(some.lineId(), some.description() + " (changed)", some.quantity(),
            some.unitPrice().plus(Money.ofPence(100)), some.vatCode(),
            random.nextBoolean() ? PercentOrAmount.percent("10") : null, some.optional()));
      }
      if (roll == 2 && lines.size() > 1) {
        return stream.lineRemoved(some.lineId());
      }
      return stream.detailsChanged("Revised job " + random.nextInt(1000), CustomerId.of(uuid(random).toString()),
          random.nextBoolean() ? PercentOrAmount.amount(500) : null, null);
    }

    private QuoteLine newLine(boolean optional) {
      String quantity = switch (random.nextInt(3)) {
        case 0 -> Integer.toString(1 + random.nextInt(10));
        case 1 -> "0." + (100 + random.nextInt(900));
        default -> (1 + random.nextInt(5)) + ".5";
      };
      return stream.line(optional ? "Optional extra" : "Work item", quantity, 100 + random.nextInt(50_000),
          VAT[random.nextInt(VAT.length)], optional);
    }
  }
}
