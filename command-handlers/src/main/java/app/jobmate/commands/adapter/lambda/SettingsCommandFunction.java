package app.jobmate.commands.adapter.lambda;

import app.jobmate.commands.adapter.dynamodb.DynamoDbEventStore;
import app.jobmate.commands.adapter.dynamodb.DynamoDbQuoteNumbers;
import app.jobmate.commands.core.CommandResult;
import app.jobmate.commands.core.CommandService;
import app.jobmate.commands.core.EventStore;
import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.quotes.QuoteNumberCounter;
import app.jobmate.commands.team.BusinessSettings;
import app.jobmate.commands.team.BusinessSettings.Details;
import app.jobmate.commands.team.BusinessSettings.HourlyCosts;
import app.jobmate.commands.team.BusinessSettings.QuoteNumbering;
import app.jobmate.commands.team.BusinessSettings.QuotingDefaults;
import app.jobmate.commands.team.BusinessSettings.Vat;
import app.jobmate.commands.team.SettingsService;
import app.jobmate.commands.team.TeamRecord;
import app.jobmate.events.Role;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import app.jobmate.lambda.FunctionSettings;
import app.jobmate.lambda.adapter.HttpApiFunction;
import app.jobmate.lambda.adapter.SnapStartPriming;
import app.jobmate.lambda.http.Fields;
import app.jobmate.lambda.http.HttpRequest;
import app.jobmate.lambda.http.HttpResponse;
import app.jobmate.lambda.http.JsonBody;
import app.jobmate.lambda.http.Principal;
import app.jobmate.lambda.http.Problem;
import app.jobmate.lambda.http.ProblemException;
import app.jobmate.lambda.http.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The business's settings in the HTTP API: {@code PUT /settings}, owner only. Each group of settings
 * present is set whole and the others are left as they are: {@code name} with {@code address};
 * {@code vatRegistered} with {@code vatNumber} and {@code vatRegisteredFrom} when true;
 * {@code vatQuarterStagger}; {@code rounding} with {@code quoteValidityDays}; {@code quoteNumberPrefix}
 * with {@code nextQuoteNumber}; {@code staffHourlyCost} with {@code equipmentHourlyCost}. It answers
 * with the settings stream's id (the tenant's) and its new version.
 */
public final class SettingsCommandFunction extends HttpApiFunction {

  private static final String[] FIELDS = {"name", "address", "vatRegistered", "vatNumber", "vatRegisteredFrom",
      "vatQuarterStagger", "rounding", "quoteValidityDays", "quoteNumberPrefix", "nextQuoteNumber",
      "staffHourlyCost", "equipmentHourlyCost", CommandRequests.EXPECTED_VERSION};
  private static final Reader<Long> HOURLY = Reader.integer(0, BusinessEvent.MAX_HOURLY_PENCE);

  private final SettingsService settings;
  private final Clock clock;
  /** Who was removed from the team: refused from their next request. */
  private final TeamRecord members;

  /** Wired from the function's settings: {@code EVENTS_TABLE}, {@code TENANTS_TABLE} (the quote numbers). */
  public SettingsCommandFunction() {
    this(FunctionSettings.current(), DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build());
    SnapStartPriming.beforeSnapshot("SettingsCommandFunction", this::prime);
  }

  private SettingsCommandFunction(FunctionSettings settings, DynamoDbClient dynamoDb) {
    this(new DynamoDbEventStore(dynamoDb, settings.require("EVENTS_TABLE")),
        new DynamoDbQuoteNumbers(dynamoDb, settings.require("TENANTS_TABLE")), Clock.systemUTC());
  }

  public SettingsCommandFunction(EventStore events, QuoteNumberCounter numbers, Clock clock) {
    this.settings = new SettingsService(new CommandService(events), numbers);
    this.members = new TeamRecord(events);
    this.clock = clock;
  }

  /** A staff member's change, refused before anything is read or written: strict JSON, claims and problem+json run. */
  void prime() {
    HttpRequest request = CommandRequests.priming("PUT /settings", "/settings",
        Map.of(), "{\"vatQuarterStagger\": \"mar-jun-sep-dec\"}", "[staff]");
    try {
      handle(request);
    } catch (ProblemException expected) {
      // 403 is the answer priming is after
    }
  }

  @Override
  protected HttpResponse handle(HttpRequest request) {
    if (!request.routeKey().equals("PUT /settings")) {
      throw new ProblemException(Problem.notFound(null, "no settings command at " + request.routeKey()));
    }
    Principal principal = CommandRequests.member(request, members);
    principal.requireAny("change the business's settings", Role.OWNER);
    CommandRequests.refuseUnknownQueryParameters(request);
    CommandRequests.requireJson(request);
    Fields body = Fields.of(JsonBody.parse(request.body()));
    body.allowOnly(FIELDS);
    BusinessSettings wanted = new BusinessSettings(
        group(body, "name", () -> new Details(body.required("name", Reader.text(BusinessEvent.MAX_NAME)),
            body.optional("address", Reader.text(BusinessEvent.MAX_ADDRESS))), "address"),
        vat(body),
        body.optional("vatQuarterStagger", Reader.text(20, VatStagger::fromWireName)),
        group(body, "rounding", () -> new QuotingDefaults(body.required("rounding", Reader.text(20,
            RoundingPolicy::fromWireName)), intOf(body.required("quoteValidityDays",
            Reader.integer(1, BusinessEvent.MAX_VALIDITY_DAYS)))), "quoteValidityDays"),
        group(body, "quoteNumberPrefix", () -> new QuoteNumbering(body.required("quoteNumberPrefix", Reader.text(
            BusinessEvent.MAX_PREFIX, BusinessSettingsReaders::prefix)), longOf(body.required("nextQuoteNumber",
            Reader.integer(1, BusinessEvent.MAX_QUOTE_NUMBER)))), "nextQuoteNumber"),
        group(body, "staffHourlyCost", () -> new HourlyCosts(money(body.required("staffHourlyCost", HOURLY)),
            money(body.required("equipmentHourlyCost", HOURLY))), "equipmentHourlyCost"));
    if (wanted.equals(BusinessSettings.NONE) && body.isValid()) {
      body.reject("", "names no setting to change");
    }
    Instant now = clock.instant();
    OptionalLong expected = CommandRequests.expectedVersion(request, body);
    body.throwIfInvalid();
    try {
      CommandResult result = settings.change(principal.tenantId(), wanted,
          CommandRequests.context(request, principal, now, expected));
      return CommandRequests.answer(result, 200, null);
    } catch (Rejection rejection) {
      throw CommandRequests.problemOf(rejection);
    }
  }

  /**
   * A group of settings, read when any of its fields is present (each then required as the group
   * needs it); a group whose fields are in error reads as {@code null}.
   */
  private static <T> T group(Fields body, String first, Supplier<T> read, String... others) {
    boolean named = body.has(first);
    for (String other : others) {
      named |= body.has(other);
    }
    if (!named) {
      return null;
    }
    boolean validBefore = body.isValid();
    try {
      T group = read.get();
      return validBefore && body.isValid() ? group : null;
    } catch (IllegalArgumentException | NullPointerException invalid) {
      if (body.isValid()) {
        body.reject(first, invalid.getMessage());
      }
      return null;
    }
  }

  private static Vat vat(Fields body) {
    if (!body.has("vatRegistered") && !body.has("vatNumber") && !body.has("vatRegisteredFrom")) {
      return null;
    }
    Boolean registered = body.required("vatRegistered", Reader.bool());
    if (registered == null) {
      return null;
    }
    if (!registered) {
      for (String field : new String[] {"vatNumber", "vatRegisteredFrom"}) {
        if (body.has(field)) {
          body.reject(field, "is given only when vatRegistered is true");
        }
      }
      return Vat.NOT_REGISTERED;
    }
    VatNumber number = body.required("vatNumber", Reader.text(20, VatNumber::of));
    var from = body.required("vatRegisteredFrom", Reader.date(VatRegistration.EARLIEST, VatRegistration.LATEST));
    return number == null || from == null ? null : new Vat(new VatRegistration(number, from));
  }

  private static int intOf(Long value) {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    return value.intValue();
  }

  private static long longOf(Long value) {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    return value;
  }

  private static Money money(Long pence) {
    if (pence == null) {
      throw new IllegalArgumentException("is required");
    }
    return Money.ofPence(pence);
  }

  /** The readers of the settings' own formats. */
  private static final class BusinessSettingsReaders {

    static String prefix(String prefix) {
      if (!BusinessEvent.PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("must be 1 to " + BusinessEvent.MAX_PREFIX
            + " capital letters, digits, '-' or '/', starting with a letter");
      }
      return prefix;
    }
  }
}
