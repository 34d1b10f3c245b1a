package app.jobmate.localcloud.demo;

import app.jobmate.localcloud.Json;
import app.jobmate.localcloud.LocalCloud;
import app.jobmate.localcloud.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo businesses' work, entered the way a person would enter it: commands over the local HTTP
 * API with the demo users' tokens, so every document the dashboard and the queries show was built by
 * the real path (command function, event store, stream, relay, bus, queue, projector).
 *
 * <p>Runs once per data directory: a marker file records that it finished. Every id and every
 * {@code Idempotency-Key} is derived from the step's name, so a run cut short and started again
 * answers the steps already done with their first results and writes nothing twice. Dates are
 * relative to the day it runs (Europe/London), so there is always work due today.
 */
public final class DemoData {

  static final String MARKER = "demo/seeded";
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final URI api;
  private final UserDirectory users;
  private final LocalDate today;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, String> tokens = new HashMap<>();
  private int commands;

  private DemoData(URI api, UserDirectory users, LocalDate today) {
    this.api = api;
    this.users = users;
    this.today = today;
  }

  /**
   * Enters the demo data unless this data directory already has it; answers how many commands it
   * sent (0 when it had nothing to do). Fails, naming the step, if a command is refused.
   */
  public static int seedOnce(LocalCloud cloud, Path dataDirectory, Clock clock) {
    Path marker = dataDirectory.resolve(MARKER);
    if (Files.exists(marker)) {
      return 0;
    }
    DemoData demo = new DemoData(cloud.endpoints().api(), cloud.identity().users(), LocalDate.ofInstant(clock.instant(), UK));
    demo.teams();
    demo.customers();
    demo.settings();
    demo.acme();
    demo.brightside();
    demo.resources();
    demo.vanInTheDiary();
    demo.texts();
    try {
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, "demo data entered on " + demo.today + " (" + demo.commands + " commands)\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
    return demo.commands;
  }

  /**
   * Records each demo business's team (the demo users are the local directory's seed, so they have
   * accounts but no place in a team's record until its owner records them): what a task's assignee
   * is checked against. Safe to repeat: the same invitations record nothing new. Answers how many
   * commands it sent. End-to-end tests whose work goes to the demo staff call it first.
   */
  public static int recordTeams(LocalCloud cloud) {
    DemoData demo = new DemoData(cloud.endpoints().api(), cloud.identity().users(), LocalDate.now(UK));
    demo.teams();
    return demo.commands;
  }

  private static final String OLIVIA = "olivia@acme.example";
  private static final String ADAM = "adam@acme.example";
  private static final String SAM = "sam@acme.example";
  private static final String SOPHIE = "sophie@acme.example";
  private static final String BEN = "ben@brightside.example";

  /**
   * Each owner records the business's team: the owner's first invitation begins the team's record
   * with the owner, and an account of the same business found by its email is recorded as it is
   * (no new account, no invitation sent). Brightside's owner works alone: inviting himself begins
   * the record and adds nothing more.
   */
  private void teams() {
    member(OLIVIA, OLIVIA, "owner");
    member(OLIVIA, ADAM, "admin");
    member(OLIVIA, SAM, "staff");
    member(OLIVIA, SOPHIE, "staff");
    member(BEN, BEN, "owner");
  }

  private void member(String owner, String username, String role) {
    UserDirectory.User user = users.find(username)
        .orElseThrow(() -> new IllegalStateException("the demo user " + username + " is not in the user directory"));
    send(owner, "team member " + username, "POST", "/team/members", Json.MAPPER.createObjectNode()
        .put("email", user.email()).put("name", user.name()).put("role", role).toString());
  }

  /** The businesses' settings, set by their owners before any quote: the quotes follow them. */
  private void settings() {
    send(OLIVIA, "settings acme", "PUT", "/settings", """
        {"name": "Acme Plumbing & Heating Ltd", "address": "Unit 4, Riverside Trading Estate\\nLeeds\\nLS11 5QP",
         "vatRegistered": true, "vatNumber": "GB 284 1937 56", "vatRegisteredFrom": "2019-04-01",
         "vatQuarterStagger": "apr-jul-oct-jan", "rounding": "per-line", "quoteValidityDays": 30,
         "staffHourlyCost": 2400, "equipmentHourlyCost": 800}""");
    // a sole trader under the VAT threshold: its quotes carry no VAT
    send(BEN, "settings brightside", "PUT", "/settings", """
        {"name": "Brightside Electrical", "address": "22 High Street\\nOtley\\nLS21 3AB", "vatRegistered": false,
         "vatQuarterStagger": "mar-jun-sep-dec", "rounding": "per-document", "quoteValidityDays": 14,
         "staffHourlyCost": 2100, "equipmentHourlyCost": 500}""");
  }

  private void acme() {
    String patel = id("customer patel");
    String hughes = id("customer hughes");
    String bakery = id("customer old bakery cafe");
    String oconnor = id("customer oconnor");
    String greenfield = id("customer greenfield lettings");
    String lewis = id("customer lewis");

    String boiler = quote(OLIVIA, "boiler", patel, "Combi boiler replacement", """
        "deposit": {"percent": 20},
        "notes": "Like-for-like swap in the airing cupboard; old boiler removed and recycled."
        """,
        line("Worcester Bosch Greenstar 4000 30kW combi", "1", 185000, "standard"),
        line("Magnetic system filter", "1", 12000, "standard"),
        line("Powerflush (up to 10 radiators)", "1", 35000, "standard"),
        line("Labour: remove old boiler, fit and commission new", "16", 5500, "standard"),
        line("Flue extension kit", "1", 8950, "standard"));
    send(OLIVIA, "issue boiler", "POST", "/quotes/" + boiler + "/issue", "{}");
    send(OLIVIA, "view boiler", "POST", "/quotes/" + boiler + "/view", "{}");
    send(OLIVIA, "accept boiler", "POST", "/quotes/" + boiler + "/accept", "{\"optionalLinesTaken\": []}");

    String bathroom = quote(ADAM, "bathroom", hughes, "Bathroom refit", """
        "discount": {"percent": 5},
        "siteId": "%s"
        """.formatted(id("site 3 mill lane")),
        line("Strip out existing suite and tiles", "1", 45000, "standard"),
        line("Close-coupled WC and basin with pedestal", "1", 38500, "standard"),
        line("Thermostatic shower valve and riser", "1", 29500, "standard"),
        line("Wall tiling (m²)", "18.5", 6500, "standard"),
        line("Labour: first and second fix plumbing", "24", 5500, "standard"),
        optionalLine("Heated towel rail", "1", 24000, "standard"));
    send(ADAM, "issue bathroom", "POST", "/quotes/" + bathroom + "/issue", "{}");
    send(ADAM, "view bathroom", "POST", "/quotes/" + bathroom + "/view", "{}");

    String tap = quote(ADAM, "tap", bakery, "Kitchen mixer tap and waste", "",
        line("Commercial pre-rinse mixer tap", "1", 32000, "standard"),
        line("Replace waste and trap", "1", 4500, "standard"),
        line("Labour", "3", 5500, "standard"));
    send(ADAM, "issue tap", "POST", "/quotes/" + tap + "/issue", "{}");
    send(ADAM, "decline tap", "POST", "/quotes/" + tap + "/decline",
        "{\"reason\": \"price\", \"note\": \"Went with the installer their landlord uses.\"}");

    // energy-saving materials installed in a home are zero-rated in Great Britain until 31 March 2027
    String heatPump = quote(OLIVIA, "heat pump", oconnor, "Air source heat pump installation", """
        "validUntil": "%s",
        "deposit": {"amount": 100000},
        "terms": "The Boiler Upgrade Scheme grant of £7,500 is claimed by us and taken off the final invoice."
        """.formatted(today.plusDays(45)),
        line("Air source heat pump 8kW, with controls", "1", 750000, "zero"),
        line("Hot water cylinder 200 litres", "1", 145000, "zero"),
        line("Installation and commissioning", "1", 240000, "zero"),
        line("Electrical supply to outdoor unit", "1", 38000, "zero"));
    send(OLIVIA, "issue heat pump", "POST", "/quotes/" + heatPump + "/issue", "{}");

    String safety = quote(ADAM, "gas safety", greenfield, "Annual gas safety checks, 12 flats", "",
        line("Landlord gas safety check and CP12 certificate", "12", 6500, "standard"));
    send(ADAM, "issue gas safety", "POST", "/quotes/" + safety + "/issue", "{}");
    send(ADAM, "accept gas safety", "POST", "/quotes/" + safety + "/accept", "{\"optionalLinesTaken\": []}");

    String leak = quote(OLIVIA, "leak", hughes, "Emergency leak repair", "",
        line("Call-out (within 2 hours)", "1", 9500, "standard"),
        line("Labour", "1.5", 5500, "standard"));
    send(OLIVIA, "issue leak", "POST", "/quotes/" + leak + "/issue", "{}");
    send(OLIVIA, "withdraw leak", "POST", "/quotes/" + leak + "/withdraw",
        "{\"reason\": \"Fixed on the day under the call-out; no quote needed.\"}");

    quote(ADAM, "radiators", lewis, "Radiator upgrade, ground floor", "",
        line("Double panel radiator 600 × 1200", "4", 16500, "standard"),
        line("Thermostatic radiator valves (pair)", "4", 3200, "standard"),
        line("Labour", "8", 5500, "standard"));
    quote(OLIVIA, "cylinder", patel, "Unvented cylinder annual service", "",
        line("Unvented cylinder service (G3)", "1", 11000, "standard"));

    // the accepted quotes become jobs (the job's id is the quote's, derived), with their tasks on them
    String boilerJob = convert(OLIVIA, "boiler", boiler);
    send(OLIVIA, "schedule boiler job", "POST", "/jobs/" + boilerJob + "/schedule",
        "{\"day\": \"%s\"}".formatted(today.plusDays(1)));
    send(OLIVIA, "note boiler job", "POST", "/jobs/" + boilerJob + "/notes", """
        {"noteId": "%s", "text": "Mrs Patel is in all day; park on the drive."}""".formatted(id("note boiler job")));
    String safetyJob = convert(ADAM, "gas safety", safety);

    String sam = userId(SAM);
    String sophie = userId(SOPHIE);
    String service = task(OLIVIA, "service elm road", """
        "title": "Service boiler at 14 Elm Road", "dueDate": "%s", "priority": "high", "assignee": "%s",
        "description": "Tenant works from home; ring 30 minutes before arriving.",
        "checklist": [{"itemId": "%s", "text": "Flue gas analysis"}, {"itemId": "%s", "text": "Check system pressure"},
                      {"itemId": "%s", "text": "Issue the service record"}]
        """.formatted(today, sam, id("elm road item 1"), id("elm road item 2"), id("elm road item 3")));
    send(SAM, "start service elm road", "POST", "/tasks/" + service + "/start", "{}");
    send(SAM, "tick elm road 1", "POST", "/tasks/" + service + "/checklist/" + id("elm road item 1") + "/tick", "{}");
    task(ADAM, "merchant", """
        "title": "Collect boiler and filter from the merchant", "dueDate": "%s", "assignee": "%s"
        """.formatted(today, sam));
    task(ADAM, "patel filter", """
        "title": "Fit new boiler and magnetic filter for Mrs Patel", "dueDate": "%s", "priority": "high",
        "assignee": "%s", "description": "Boiler quote accepted; 20%% deposit paid.", "jobId": "%s"
        """.formatted(today.plusDays(1), sam, boilerJob));
    task(OLIVIA, "certificates", """
        "title": "Chase the gas safety certificates for Greenfield Lettings", "dueDate": "%s", "priority": "urgent",
        "assignee": "%s", "jobId": "%s"
        """.formatted(today.minusDays(2), sam, safetyJob));
    task(ADAM, "mill lane visit", """
        "title": "Measure up the bathroom at 3 Mill Lane", "dueDate": "%s", "assignee": "%s"
        """.formatted(today.plusDays(2), sophie));
    String valve = task(ADAM, "radiator valve", """
        "title": "Replace leaking radiator valve, Flat 4", "dueDate": "%s", "assignee": "%s"
        """.formatted(today, sophie));
    send(SOPHIE, "complete radiator valve", "POST", "/tasks/" + valve + "/complete", "{}");
    task(OLIVIA, "powerflush", """
        "title": "Powerflush the system for Mrs Patel", "dueDate": "%s", "priority": "normal", "assignee": "%s",
        "checklist": [{"itemId": "%s", "text": "Protect floors"}, {"itemId": "%s", "text": "Dose with cleaner"},
                      {"itemId": "%s", "text": "Flush until clear, add inhibitor"}], "jobId": "%s"
        """.formatted(today.plusDays(5), sophie, id("flush item 1"), id("flush item 2"), id("flush item 3"), boilerJob));
    task(OLIVIA, "van stock", """
        "title": "Order van stock: compression fittings and PTFE", "priority": "low"
        """);
    expenses(boilerJob);
    mileage(boilerJob);
    diary(boilerJob);
  }

  /**
   * Acme's equipment and vehicles (the van, its MOT in three weeks, and the ladder tower, both booked
   * exclusively) and its people as resources: skills, working hours and hourly costs.
   */
  private void resources() {
    send(OLIVIA, "add resource van", "POST", "/resources", """
        {"resourceId": "%s", "kind": "vehicle", "name": "Transit van", "registration": "YK19 ACM", "motDue": "%s",
         "serviceDue": "%s", "notes": "Spare key in the office safe", "busy": true}
        """.formatted(id("resource van"), today.plusDays(21), today.plusMonths(4)));
    send(OLIVIA, "add resource ladder tower", "POST", "/resources", """
        {"resourceId": "%s", "kind": "equipment", "name": "Ladder tower", "notes": "Inspected every 6 months",
         "busy": true}
        """.formatted(id("resource ladder tower")));
    String weekday = "[{\"start\": \"08:00\", \"end\": \"12:00\"}, {\"start\": \"12:30\", \"end\": \"16:30\"}]";
    String weekdays = "\"monday\": %1$s, \"tuesday\": %1$s, \"wednesday\": %1$s, \"thursday\": %1$s, \"friday\": %1$s"
        .formatted(weekday);
    staff(SAM, "[\"gas safe\", \"boilers\"]", weekdays + ", \"saturday\": [{\"start\": \"09:00\", \"end\": \"12:00\"}]",
        1_850);
    staff(SOPHIE, "[\"plumbing\", \"bathrooms\"]", weekdays, 1_650);
    staff(ADAM, "[\"estimating\"]", "\"monday\": [{\"start\": \"09:00\", \"end\": \"17:00\"}], "
        + "\"wednesday\": [{\"start\": \"09:00\", \"end\": \"17:00\"}]", 2_200);
    // availability: Sophie's week of holiday in a fortnight
    send(OLIVIA, "holiday sophie", "POST", "/resources/staff/" + userId(SOPHIE) + "/absences", """
        {"absenceId": "%s", "kind": "holiday", "firstDay": "%s", "lastDay": "%s"}""".formatted(
        id("absence sophie holiday"), today.plusDays(14), today.plusDays(18)));
  }

  /**
   * The van on two of Sam's visits (the boiler fitting, the powerflush), so that the van has a week in the diary
   * (docs/decisions/diary-equipment.md). The visits were booked before the van existed, so each is "moved" to
   * the same time and people with the van: a move carries the whole booking, resources included.
   */
  private void vanInTheDiary() {
    String van = "[\"" + id("resource van") + "\"]";
    send(OLIVIA, "van on boiler fitting", "POST", "/appointments/" + id("appointment boiler fitting") + "/move", """
        {"start": "%sT08:00", "end": "%sT16:30", "members": ["%s", "%s"], "resources": %s}"""
        .formatted(today.plusDays(1), today.plusDays(1), userId(SAM), userId(SOPHIE), van));
    send(OLIVIA, "van on powerflush", "POST", "/appointments/" + id("appointment powerflush") + "/move", """
        {"start": "%sT09:00", "end": "%sT13:00", "members": ["%s"], "resources": %s}"""
        .formatted(today.plusDays(4), today.plusDays(4), userId(SAM), van));
  }

  /**
   * Sam takes texts about today's visits (an Ofcom drama number): book him a visit today and move it while he is
   * not signed in, and the local cloud captures the text at /local/text-messages.
   */
  private void texts() {
    send(SAM, "sam takes texts", "PUT", "/team/members/" + userId(SAM) + "/text-messages", """
        {"mobile": "07700 900123", "optIn": true}""");
  }

  /** A member's profile as a resource (skills, working hours) and their hourly cost from today. */
  private void staff(String username, String skills, String hours, long pence) {
    String member = userId(username);
    send(OLIVIA, "staff profile " + username, "PUT", "/resources/staff/" + member, """
        {"skills": %s, "workingHours": {%s}}""".formatted(skills, hours));
    send(OLIVIA, "hourly cost " + username, "POST", "/resources/staff/" + member + "/hourly-cost", """
        {"hourlyCost": %d, "effectiveFrom": "%s"}""".formatted(pence, today));
  }

  /** Both businesses' customers, with their sites, before anything is quoted for them. */
  private void customers() {
    customer(OLIVIA, "patel", """
        "kind": "person", "name": "Priya Patel", "emails": ["priya.patel@example.co.uk"], "phones": ["07700 900101"],
        "marketingConsent": {"givenAt": "2025-03-14T10:30:00Z", "method": "email"}
        """, site("14 elm road", "[\"14 Elm Road\"]", "Leeds", "LS6 2AB", "Key with the neighbour at no. 16"));
    customer(ADAM, "hughes", """
        "kind": "person", "name": "Gareth Hughes", "emails": ["gareth.hughes@example.com"], "phones": ["0113 496 0302"],
        "billingAddress": {"lines": ["9 Wharf Street"], "town": "Leeds", "postcode": "LS2 7EQ"}
        """, site("3 mill lane", "[\"3 Mill Lane\", \"Chapel Allerton\"]", "Leeds", "LS7 3QQ", null));
    customer(ADAM, "old bakery cafe", """
        "kind": "company", "name": "Old Bakery Café Ltd", "tradingName": "The Old Bakery Café",
        "contacts": [{"name": "Maria Rossi", "role": "Owner", "email": "maria@oldbakery.example", "phone": "07700 900202"}],
        "notes": "Closed Mondays: do noisy work then."
        """, site("old bakery cafe", "[\"2 Market Street\"]", "Otley", "LS21 3AF", "Deliveries via the back lane"));
    customer(OLIVIA, "oconnor", """
        "kind": "person", "name": "Siobhán O'Connor", "emails": ["siobhan.oconnor@example.ie"], "phones": ["+353 85 123 4567"]
        """, site("oconnor", "[\"Rose Cottage\", \"Moor Road\"]", "Ilkley", "LS29 8AB", "Dog in the garden"));
    customer(OLIVIA, "greenfield lettings", """
        "kind": "company", "name": "Greenfield Lettings Ltd",
        "contacts": [{"name": "Dev Sharma", "role": "Property manager", "email": "dev@greenfield.example", "phone": "0113 496 0555"}],
        "emails": ["maintenance@greenfield.example"],
        "billingAddress": {"lines": ["Greenfield House", "1 Park Row"], "town": "Leeds", "postcode": "LS1 5AB"}
        """, site("greenfield block a", "[\"Block A, Canal Wharf\"]", "Leeds", "LS11 5QN", "Keys in the key safe, code from Dev"),
        site("greenfield block b", "[\"Block B, Canal Wharf\"]", "Leeds", "LS11 5QN", null));
    customer(ADAM, "lewis", """
        "kind": "person", "name": "Tom Lewis", "phones": ["07700 900303"]
        """, site("lewis", "[\"27 Victoria Avenue\"]", "Horsforth", "LS18 4AA", null));
    customer(BEN, "high street shop", """
        "kind": "company", "name": "Hughes & Daughter Hardware", "tradingName": "High Street Hardware",
        "contacts": [{"name": "Ellen Hughes", "role": "Owner", "phone": "01632 960123"}]
        """, site("22 high street", "[\"22 High Street\"]", "Skipton", "BD23 1JD", null));
    customer(BEN, "dr ahmed", """
        "kind": "person", "name": "Dr Yasmin Ahmed", "emails": ["y.ahmed@example.org"], "phones": ["07700 900404"]
        """, site("dr ahmed", "[\"4 The Grove\"]", "Harrogate", "HG1 2AA", "Park on the drive"));
  }

  private void customer(String user, String name, String fields, String... sites) {
    send(user, "create customer " + name, "POST", "/customers", "{\"customerId\": \"" + id("customer " + name)
        + "\", " + fields.strip() + ", \"sites\": [" + String.join(", ", sites) + "]}");
  }

  private static String site(String name, String lines, String town, String postcode, String accessNotes) {
    return "{\"siteId\": \"" + id("site " + name) + "\", \"address\": {\"lines\": " + lines + ", \"town\": \"" + town
        + "\", \"postcode\": \"" + postcode + "\"}" + (accessNotes == null ? "" : ", \"accessNotes\": \"" + accessNotes + "\"")
        + "}";
  }

  private void brightside() {
    String consumerUnit = quote(BEN, "consumer unit", id("customer high street shop"), "Consumer unit upgrade", "",
        line("17th edition consumer unit, 10 way with RCBOs", "1", 42000, "standard"),
        line("Labour and testing", "6", 4800, "standard"),
        line("Electrical installation certificate", "1", 6000, "standard"));
    send(BEN, "issue consumer unit", "POST", "/quotes/" + consumerUnit + "/issue", "{}");
    quote(BEN, "ev charger", id("customer dr ahmed"), "Home EV charger", "",
        line("7kW smart charger, tethered", "1", 65000, "standard"),
        line("Installation", "1", 35000, "standard"));
    task(BEN, "inspection", """
        "title": "Test and inspect, 22 High Street", "dueDate": "%s"
        """.formatted(today));
  }

  /**
   * A month of expenses: Acme's staff and managers paying suppliers and being paid back, at each step of
   * the life (approved by someone other than who logged them), and one draft of Brightside's.
   */
  private void expenses(String boilerJob) {
    String sam = userId(SAM);
    String sophie = userId(SOPHIE);
    String adam = userId(ADAM);
    expense(SAM, "copper", today.minusDays(26), "City Plumbing Supplies", "materials", "\"gross\": 8640",
        "standard", sam, boilerJob);
    send(SAM, "submit expense copper", "POST", "/expenses/" + id("expense copper") + "/submit", "{}");
    send(OLIVIA, "approve expense copper", "POST", "/expenses/" + id("expense copper") + "/approve", "{}");
    send(ADAM, "reimburse expense copper", "POST", "/expenses/" + id("expense copper") + "/reimburse", "{}");
    expense(OLIVIA, "drill", today.minusDays(19), "Screwfix", "tools", "\"net\": 14999", "standard", null, null);
    send(OLIVIA, "submit expense drill", "POST", "/expenses/" + id("expense drill") + "/submit", "{}");
    send(ADAM, "approve expense drill", "POST", "/expenses/" + id("expense drill") + "/approve", "{}");
    expense(OLIVIA, "electrician", today.minusDays(12), "Dales Electrical (CIS subcontractor)", "subcontractors",
        "\"net\": 45000", "reverse-charge", null, null);
    send(OLIVIA, "submit expense electrician", "POST", "/expenses/" + id("expense electrician") + "/submit", "{}");
    expense(SAM, "parking", today.minusDays(9), "Leeds City Council car park", "other", "\"gross\": 600",
        "outside-scope", sam, null);
    send(SAM, "submit expense parking", "POST", "/expenses/" + id("expense parking") + "/submit", "{}");
    send(OLIVIA, "refuse expense parking", "POST", "/expenses/" + id("expense parking") + "/refuse",
        "{\"reason\": \"Please claim it with the ticket\"}");
    expense(SOPHIE, "diesel", today.minusDays(4), "Shell Kirkstall", "fuel", "\"gross\": 6500", "standard", sophie,
        null);
    send(SOPHIE, "submit expense diesel", "POST", "/expenses/" + id("expense diesel") + "/submit", "{}");
    expense(ADAM, "sandwiches", today.minusDays(1), "Greggs", "subsistence", "\"gross\": 845", "zero", adam, null);
    expense(BEN, "cable", today.minusDays(6), "CEF Otley", "materials", "\"gross\": 4200", "standard", null, null);
  }

  /**
   * A month of mileage claims at HMRC's rates, none near the 10,000 miles: Sam's van trips to the boiler job
   * with Sophie aboard (paid back), Adam's drive to a supplier (submitted), Sophie's bicycle ride (a draft).
   */
  private void mileage(String boilerJob) {
    claim(SAM, "van to the boiler job", """
        "vehicle": "car-or-van", "passengers": 1, "jobId": "%s", "journeys": [
          {"date": "%s", "from": "Depot, Kirkstall Road, Leeds", "to": "14 Park Row, Harrogate", "purpose": "Boiler installation", "miles": 24},
          {"date": "%s", "from": "14 Park Row, Harrogate", "to": "Depot, Kirkstall Road, Leeds", "purpose": "Back to the depot", "miles": 24}]
        """.formatted(boilerJob, today.minusDays(20), today.minusDays(20)));
    send(SAM, "submit mileage van to the boiler job", "POST", "/expenses/" + id("mileage van to the boiler job")
        + "/submit", "{}");
    send(OLIVIA, "approve mileage van to the boiler job", "POST", "/expenses/" + id("mileage van to the boiler job")
        + "/approve", "{}");
    send(ADAM, "reimburse mileage van to the boiler job", "POST", "/expenses/"
        + id("mileage van to the boiler job") + "/reimburse", "{}");
    claim(ADAM, "supplier visit", """
        "vehicle": "car-or-van", "journeys": [
          {"date": "%s", "from": "Depot, Kirkstall Road, Leeds", "to": "Wolseley trade counter, Wakefield", "purpose": "Collect a boiler", "miles": 70},
          {"date": "%s", "from": "Wolseley trade counter, Wakefield", "to": "Depot, Kirkstall Road, Leeds", "purpose": "Back to the depot", "miles": 70}]
        """.formatted(today.minusDays(3), today.minusDays(3)));
    send(ADAM, "submit mileage supplier visit", "POST", "/expenses/" + id("mileage supplier visit") + "/submit", "{}");
    claim(SOPHIE, "bicycle to a survey", """
        "vehicle": "bicycle", "journeys": [
          {"date": "%s", "from": "Depot, Kirkstall Road, Leeds", "to": "3 Cardigan Road, Leeds", "purpose": "Survey for a radiator", "miles": 6}]
        """.formatted(today.minusDays(7)));
  }

  /**
   * A week of Acme's diary from today: Sam's visits to the boiler job (Sophie with him for the fitting),
   * Sophie's survey, the team meeting, and a dentist's appointment Sophie blocked out herself.
   */
  private void diary(String boilerJob) {
    String sam = userId(SAM);
    String sophie = userId(SOPHIE);
    String adam = userId(ADAM);
    appointment(OLIVIA, "boiler survey", "job-visit", today, "08:30", today, "12:00", "Survey for the new boiler, Mrs Patel",
        boilerJob, sam);
    // job costing: an early visit today, done by the time the day's work starts, costed at Sophie's rate from today
    appointment(OLIVIA, "boiler collection", "job-visit", today, "06:30", today, "07:45",
        "Collect the boiler and flue kit for Mrs Patel", boilerJob, sophie);
    appointment(ADAM, "mill lane measure", "job-visit", today, "14:00", today, "15:00",
        "Measure up the bathroom at 3 Mill Lane", null, sophie);
    appointment(OLIVIA, "boiler fitting", "job-visit", today.plusDays(1), "08:00", today.plusDays(1), "16:30",
        "Fit the new boiler and magnetic filter", boilerJob, sam, sophie);
    appointment(OLIVIA, "team meeting", "meeting", today.plusDays(2), "08:00", today.plusDays(2), "08:30",
        "Team meeting: the week ahead", null, sam, sophie, adam);
    appointment(SOPHIE, "dentist", "blocked", today.plusDays(3), "13:00", today.plusDays(3), "14:00", "Dentist", null,
        sophie);
    appointment(ADAM, "powerflush", "job-visit", today.plusDays(4), "09:00", today.plusDays(4), "13:00",
        "Powerflush the system for Mrs Patel", boilerJob, sam);
  }

  private void appointment(String user, String name, String kind, LocalDate startDay, String start, LocalDate endDay,
                           String end, String title, String jobId, String... members) {
    send(user, "book " + name, "POST", "/appointments", """
        {"appointmentId": "%s", "kind": "%s", "start": "%sT%s", "end": "%sT%s", "members": ["%s"], "title": "%s"%s}"""
        .formatted(id("appointment " + name), kind, startDay, start, endDay, end, String.join("\", \"", members), title,
            jobId == null ? "" : ", \"jobId\": \"" + jobId + "\""));
  }

  private void claim(String user, String name, String fields) {
    send(user, "claim mileage " + name, "POST", "/expenses/mileage", "{\"expenseId\": \"%s\", %s}"
        .formatted(id("mileage " + name), fields.strip()));
  }

  private void expense(String user, String name, LocalDate date, String supplier, String category, String amount,
                       String vatCode, String member, String jobId) {
    send(user, "log expense " + name, "POST", "/expenses", """
        {"expenseId": "%s", "date": "%s", "supplier": "%s", "category": "%s", %s, "vatCode": "%s", "paidBy": "%s"%s%s}
        """.formatted(id("expense " + name), date, supplier, category, amount, vatCode,
        member == null ? "company" : "member", member == null ? "" : ", \"member\": \"" + member + "\"",
        jobId == null ? "" : ", \"jobId\": \"" + jobId + "\""));

    receipt(user, name, supplier);
  }

  /** A 1×1 PNG, the photo of a receipt as small as it gets. */
  private static final byte[] RECEIPT_PNG = java.util.Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  /**
   * A receipt for the expense just logged, as the dashboard adds one: a grant, the file POSTed to S3 with
   * the grant's form, then attached. Every other one is a one-page PDF naming the supplier, the rest a PNG.
   */
  private void receipt(String user, String name, String supplier) {
    String expenseId = id("expense " + name);
    // the grant's key is new each time: a run started again skips a receipt the expense already shows
    // (and counts its two steps as answered); one attached just before a crash, not yet on the read
    // side, is attached again in its place
    HttpResponse<String> page = exchange(HttpRequest.newBuilder(URI.create(api + "/expenses/" + expenseId))
        .header("authorization", "Bearer " + token(user)).GET().build());
    if (page.statusCode() == 200 && Json.parse(page.body()).hasNonNull("receipt")) {
      commands += 2;
      return;
    }
    boolean pdf = Math.floorMod(name.hashCode(), 2) == 0;
    String contentType = pdf ? "application/pdf" : "image/png";
    byte[] file = pdf ? ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
        + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 120]>>endobj\n% Receipt: " + supplier.replaceAll("[^ -~]", "?")
        + "\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII) : RECEIPT_PNG;
    JsonNode grant = send(user, "grant receipt " + name, "POST", "/expenses/" + expenseId + "/receipt-upload",
        "{\"contentType\": \"" + contentType + "\"}");
    String boundary = "----demo" + id("receipt boundary " + name);
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    grant.get("fields").properties().forEach(f -> form.writeBytes(("--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue().asText() + "\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"receipt"
        + (pdf ? ".pdf" : ".png") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    form.writeBytes(file);
    form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> uploaded = exchange(HttpRequest.newBuilder(URI.create(grant.get("url").asText()))
        .header("content-type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build());
    if (uploaded.statusCode() != 204) {
      throw new IllegalStateException("demo data: S3 refused the receipt of " + name + ": " + uploaded.statusCode() + " "
          + uploaded.body());
    }
    String key = grant.get("key").asText();
    send(user, "attach receipt " + name + " " + key, "POST", "/expenses/" + expenseId + "/receipt",
        "{\"key\": \"" + key + "\"}");
  }

  private String quote(String user, String name, String customer, String title, String extra, Line... lines) {
    String quoteId = id("quote " + name);
    List<String> linesJson = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      linesJson.add(lines[i].json(id("quote " + name + " line " + (i + 1))));
    }
    String body = """
        {"quoteId": "%s", "customerId": "%s", "title": "%s", %s"lines": [%s]}
        """.formatted(quoteId, customer, title, extra.isBlank() ? "" : extra.strip() + ", ", String.join(", ", linesJson));
    send(user, "draft " + name, "POST", "/quotes", body);
    return quoteId;
  }

  /** A quote line; its id is fixed by the quote's name and the line's place. */
  private record Line(String description, String quantity, long unitPricePence, String vatCode, boolean optional) {

    String json(String lineId) {
      return Json.MAPPER.createObjectNode()
          .put("lineId", lineId)
          .put("description", description)
          .put("quantity", new java.math.BigDecimal(quantity))
          .put("unitPrice", unitPricePence)
          .put("vatCode", vatCode)
          .put("optional", optional)
          .toString();
    }
  }

  private static Line line(String description, String quantity, long unitPricePence, String vatCode) {
    return new Line(description, quantity, unitPricePence, vatCode, false);
  }

  private static Line optionalLine(String description, String quantity, long unitPricePence, String vatCode) {
    return new Line(description, quantity, unitPricePence, vatCode, true);
  }

  private String task(String user, String name, String fields) {
    String taskId = id("task " + name);
    send(user, "create task " + name, "POST", "/tasks", "{\"taskId\": \"" + taskId + "\", " + fields.strip() + "}");
    return taskId;
  }

  /** Converts the accepted quote to its job; answers the job's id. */
  private String convert(String user, String name, String quoteId) {
    return send(user, "convert " + name, "POST", "/quotes/" + quoteId + "/convert-to-job", "{}").get("streamId").asText();
  }

  private String userId(String username) {
    return users.users().stream().filter(u -> u.username().equals(username)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the demo user " + username + " is not in the user directory"))
        .sub();
  }

  private JsonNode send(String username, String step, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
        .header("authorization", "Bearer " + token(username))
        .header("content-type", "application/json")
        .header("idempotency-key", "demo-" + id("step " + step))
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("demo data: the step '" + step + "' (" + method + " " + path + ") was answered "
          + response.statusCode() + ": " + response.body());
    }
    commands++;
    return Json.parse(response.body());
  }

  private String token(String username) {
    return tokens.computeIfAbsent(username, u -> {
      HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/local/sign-in"))
          .header("content-type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.createObjectNode()
              .put("username", u).put("password", UserDirectory.DEMO_PASSWORD).toString()))
          .build();
      HttpResponse<String> response = exchange(request);
      JsonNode answer = Json.parse(response.body());
      if (response.statusCode() != 200 || !answer.hasNonNull("accessToken")) {
        throw new IllegalStateException("demo data: " + u + " cannot sign in: " + response.body());
      }
      return answer.get("accessToken").asText();
    });
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("demo data: " + request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("demo data interrupted", e);
    }
  }

  /** A UUIDv7-shaped id fixed by a name: the same name gives the same id in every run. */
  public static String id(String name) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(("jobmate demo " + name).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (hash[i] & 0xff);
      low = (low << 8) | (hash[8 + i] & 0xff);
    }
    // 2024-11-26 as the millisecond timestamp, then version 7 and the RFC 9562 variant
    long millis = 1_732_579_200_000L;
    high = (millis << 16) | 0x7000L | (high & 0x0fffL);
    low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
