package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.jobs.JobDetails;
import app.jobmate.events.jobs.AgreedValue;
import app.jobmate.events.jobs.JobEvent;
import app.jobmate.events.jobs.NoteId;
import app.jobmate.events.values.CustomerId;
import app.jobmate.events.values.JobId;
import app.jobmate.events.values.Money;
import app.jobmate.events.values.SiteId;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.Reader;
import java.time.LocalDate;

/**
 * The JSON of job commands, read strictly: unknown fields, wrong types and values the value types
 * refuse are all reported at once, each under its field's name.
 */
final class JobRequests {

  /** £100 million: far more than a small business agrees for one job, far inside what {@link Money} holds. */
  static final long MAX_AGREED_PENCE = 10_000_000_000L;
  static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
  static final Reader<String> REASON = Reader.text(JobEvent.MAX_REASON);
  static final Reader<String> NOTE = Reader.text(JobEvent.MAX_NOTE);
  private static final Reader<Money> PENCE = Reader.integer(0, MAX_AGREED_PENCE).andThen(Money::ofPence);

  private JobRequests() {
  }

  static String[] createFields() {
    return new String[] {"jobId", "customerId", "siteId", "title", "description", "agreedValue",
        CommandRequests.EXPECTED_VERSION};
  }

  static JobId jobId(Fields f) {
    return f.required("jobId", Reader.id(JobId::of));
  }

  /** A job's details; its agreed value, if given, is its net and VAT in pence (gross is their sum). */
  static JobDetails details(Fields f) {
    CustomerId customer = f.required("customerId", Reader.id(CustomerId::of));
    SiteId site = f.optional("siteId", Reader.id(SiteId::of));
    String title = f.required("title", Reader.text(JobEvent.MAX_TITLE));
    String description = f.optional("description", Reader.text(JobEvent.MAX_DESCRIPTION));
    AgreedValue agreed = f.optionalObject("agreedValue", value -> {
      value.allowOnly("net", "vat");
      return agreedValue(value);
    });
    return f.isValid() ? new JobDetails(customer, site, title, description, agreed) : null;
  }

  /** An agreed value: its net and VAT in pence, each at most £100,000,000; gross is their sum (fields allowed by the caller). */
  static AgreedValue agreedValue(Fields value) {
    Money net = value.required("net", PENCE);
    Money vat = value.required("vat", PENCE);
    return net == null || vat == null ? null : new AgreedValue(net, vat, net.plus(vat));
  }

  /** The day a job is booked for: not before 2000, at most ten years ahead. */
  static LocalDate day(Fields f, LocalDate today) {
    return f.required("day", Reader.date(EARLIEST_DAY, today.plusYears(10)));
  }

  static NoteId noteId(Fields f) {
    return f.required("noteId", Reader.id(NoteId::of));
  }
}
