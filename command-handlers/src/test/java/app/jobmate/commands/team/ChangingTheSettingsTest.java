package app.jobmate.commands.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.jobmate.commands.core.Rejection;
import app.jobmate.commands.team.BusinessCommand.ChangeSettings;
import app.jobmate.commands.team.BusinessSettings.Details;
import app.jobmate.commands.team.BusinessSettings.HourlyCosts;
import app.jobmate.commands.team.BusinessSettings.QuoteNumbering;
import app.jobmate.commands.team.BusinessSettings.QuotingDefaults;
import app.jobmate.commands.team.BusinessSettings.Vat;
import app.jobmate.events.Actor;
import app.jobmate.events.quotes.RoundingPolicy;
import app.jobmate.events.team.BusinessEvent;
import app.jobmate.events.team.BusinessEvent.BusinessDetailsChanged;
import app.jobmate.events.team.BusinessEvent.HourlyCostsChanged;
import app.jobmate.events.team.BusinessEvent.QuoteNumberingChanged;
import app.jobmate.events.team.BusinessEvent.QuotingDefaultsChanged;
import app.jobmate.events.team.BusinessEvent.VatRegistrationChanged;
import app.jobmate.events.team.BusinessEvent.VatStaggerChanged;
import app.jobmate.events.team.VatNumber;
import app.jobmate.events.team.VatRegistration;
import app.jobmate.events.team.VatStagger;
import app.jobmate.events.values.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangingTheSettingsTest {

  private static final Actor OWNER = TeamSpec.OWNER;
  private static final Details ACME = new Details("Acme Plumbing & Heating Ltd", "Unit 4\nLeeds\nLS11 5QP");
  private static final Vat REGISTERED = new Vat(new VatRegistration(VatNumber.of("GB123456789"),
      LocalDate.of(2021, 4, 1)));

  @Test
  void every_group_set_for_the_first_time_is_one_event_in_the_order_of_the_settings() {
    BusinessSettings all = new BusinessSettings(ACME, REGISTERED, VatStagger.STAGGER_2,
        new QuotingDefaults(RoundingPolicy.PER_DOCUMENT, 45), new QuoteNumbering("ACME-", 1250),
        new HourlyCosts(Money.ofPence(2850), Money.ofPence(1200)));

    assertThat(decide(List.of(), new ChangeSettings(all, 0, OWNER))).containsExactly(
        new BusinessDetailsChanged(ACME.name(), ACME.address()),
        new VatRegistrationChanged(REGISTERED.registration()),
        new VatStaggerChanged(VatStagger.STAGGER_2),
        new QuotingDefaultsChanged(RoundingPolicy.PER_DOCUMENT, 45),
        new QuoteNumberingChanged("ACME-", 1250),
        new HourlyCostsChanged(Money.ofPence(2850), Money.ofPence(1200)));
    assertThat(stateAfter(decide(List.of(), new ChangeSettings(all, 0, OWNER)))).isEqualTo(all);
  }

  @Test
  void a_group_left_out_stays_as_it_is_and_a_group_set_to_what_it_is_records_nothing() {
    var history = List.<BusinessEvent>of(new BusinessDetailsChanged(ACME.name(), ACME.address()),
        new VatStaggerChanged(VatStagger.STAGGER_1));

    assertThat(decide(history, new ChangeSettings(BusinessSettings.NONE.with(ACME), 0, OWNER))).isEmpty();
    assertThat(decide(history, new ChangeSettings(BusinessSettings.NONE.with(VatStagger.STAGGER_3), 0, OWNER)))
        .containsExactly(new VatStaggerChanged(VatStagger.STAGGER_3));
    assertThat(stateAfter(given(history, new VatStaggerChanged(VatStagger.STAGGER_3))).details()).isEqualTo(ACME);
  }

  @Test
  void a_business_registered_for_vat_can_record_that_it_no_longer_is() {
    var history = List.<BusinessEvent>of(new VatRegistrationChanged(REGISTERED.registration()));

    assertThat(decide(history, new ChangeSettings(BusinessSettings.NONE.with(Vat.NOT_REGISTERED), 0, OWNER)))
        .containsExactly(new VatRegistrationChanged(null));
    assertThat(stateAfter(given(history, new VatRegistrationChanged(null))).vat()).isEqualTo(Vat.NOT_REGISTERED);
  }

  @Test
  void the_next_quote_number_never_goes_back_to_one_already_used() {
    var numbering = BusinessSettings.NONE.with(new QuoteNumbering("Q-", 42));

    Rejection used = catchThrowableOfType(Rejection.class,
        () -> BusinessDecider.INSTANCE.decide(new ChangeSettings(numbering, 42, OWNER), BusinessSettings.NONE));
    assertThat(used.code()).isEqualTo("settings.quote-number-used");
    assertThat(used.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
    assertThat(decide(List.of(), new ChangeSettings(numbering, 41, OWNER)))
        .containsExactly(new QuoteNumberingChanged("Q-", 42));
  }

  @Test
  void asking_for_the_number_that_comes_next_anyway_with_the_same_prefix_records_nothing() {
    var history = List.<BusinessEvent>of(new QuoteNumberingChanged("ACME-", 1250));

    // 1250 to 1260 were used since: 1261 comes next
    assertThat(decide(history, new ChangeSettings(BusinessSettings.NONE.with(new QuoteNumbering("ACME-", 1261)), 1260,
        OWNER))).isEmpty();
    assertThat(decide(history, new ChangeSettings(BusinessSettings.NONE.with(new QuoteNumbering("AP/", 1261)), 1260,
        OWNER))).containsExactly(new QuoteNumberingChanged("AP/", 1261));
  }

  @Test
  void only_an_owner_changes_the_settings() {
    for (Actor actor : List.of(TeamSpec.ADMIN, TeamSpec.STAFF)) {
      Rejection rejection = catchThrowableOfType(Rejection.class, () -> BusinessDecider.INSTANCE.decide(
          new ChangeSettings(BusinessSettings.NONE.with(ACME), 0, actor), BusinessSettings.NONE));
      assertThat(rejection.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
      assertThat(rejection.code()).isEqualTo("settings.owner-only");
    }
  }

  @Test
  void settings_that_could_not_be_recorded_cannot_be_asked_for() {
    assertThatThrownBy(() -> new QuotingDefaults(RoundingPolicy.PER_LINE, 366)).hasMessageContaining("1 to 365");
    assertThatThrownBy(() -> new QuotingDefaults(RoundingPolicy.PER_LINE, 0)).hasMessageContaining("1 to 365");
    assertThatThrownBy(() -> new QuoteNumbering("q-", 1)).hasMessageContaining("prefix");
    assertThatThrownBy(() -> new QuoteNumbering("Q-", 0)).hasMessageContaining("nextNumber");
    assertThatThrownBy(() -> new HourlyCosts(Money.ofPence(-1), Money.ZERO)).hasMessageContaining("staff");
    assertThatThrownBy(() -> new Details(" ", null)).hasMessageContaining("name");
    assertThatThrownBy(() -> VatNumber.of("123456789")).hasMessageContaining("UK VAT number");
    assertThatThrownBy(() -> new VatRegistration(VatNumber.of("GB123456789"), LocalDate.of(1973, 3, 31)))
        .hasMessageContaining("registeredFrom");
  }

  private static List<BusinessEvent> given(List<BusinessEvent> history, BusinessEvent... more) {
    List<BusinessEvent> all = new ArrayList<>(history);
    all.addAll(List.of(more));
    return all;
  }

  private static BusinessSettings stateAfter(List<BusinessEvent> history) {
    BusinessSettings state = BusinessDecider.INSTANCE.initialState();
    for (BusinessEvent event : history) {
      state = BusinessDecider.INSTANCE.evolve(state, event);
    }
    return state;
  }

  private static List<BusinessEvent> decide(List<BusinessEvent> history, BusinessCommand command) {
    List<BusinessEvent> decided = BusinessDecider.INSTANCE.decide(command, stateAfter(history));
    stateAfter(given(history, decided.toArray(BusinessEvent[]::new)));
    return decided;
  }
}
