package app.jobmate.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.jobmate.events.DomainEvent;
import app.jobmate.events.EventContext;
import app.jobmate.events.EventType;
import app.jobmate.events.EventTypes;
import app.jobmate.notifications.adapter.lambda.Contexts;
import app.jobmate.notifications.adapter.memory.InMemoryDayVisits;
import app.jobmate.notifications.adapter.memory.InMemoryDueTasks;
import app.jobmate.notifications.push.NotifyingContext;
import app.jobmate.notifications.recipients.NoticeRules;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A context is wired into notifications whole or not at all. DomainEvent is not sealed, so the
 * compiler cannot say when events-schema publishes a new context or a context a new event type:
 * these tests do, and they find the contexts' code by what it implements, not by a list of names.
 */
class ContextWiringTest {

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("app.jobmate.notifications");

  private final List<NotifyingContext> listed = Contexts.notifying(new InMemoryDueTasks(), new InMemoryDayVisits());

  @Test
  void every_published_context_is_followed_by_one_notifying_context_or_declared_not_notified() {
    for (EventContext published : EventTypes.contexts()) {
      long following = listed.stream().filter(c -> c.events().equals(published)).count();
      if (Contexts.NOT_NOTIFIED.contains(published)) {
        assertThat(following).as(published.name() + " is declared not notified, yet followed").isZero();
      } else {
        assertThat(following).as(published.name() + " is neither followed (Contexts.notifying) nor declared not "
            + "notified (Contexts.NOT_NOTIFIED)").isEqualTo(1);
      }
    }
  }

  @Test
  void every_event_type_of_a_followed_context_is_declared_notified_or_not_notified_exactly_once() {
    for (NotifyingContext context : listed) {
      Set<Class<? extends DomainEvent>> types = context.events().types().stream()
          .<Class<? extends DomainEvent>>map(EventType::recordType).collect(Collectors.toSet());
      Set<Class<? extends DomainEvent>> both = new HashSet<>(context.notified());
      both.retainAll(context.notNotified());
      Set<Class<? extends DomainEvent>> declared = new HashSet<>(context.notified());
      declared.addAll(context.notNotified());

      assertThat(both).as(context.events().name() + ": declared notified and not notified").isEmpty();
      assertThat(declared).as(context.events().name() + ": every event type, notified or not, and no other")
          .containsExactlyInAnyOrderElementsOf(types);
    }
  }

  @Test
  void the_rules_of_a_followed_context_fold_every_one_of_its_event_types() {
    for (NotifyingContext context : listed) {
      for (EventType<?> type : context.events().types()) {
        assertThat(context.rules().eventType().isAssignableFrom(type.recordType()))
            .as(type.name() + " is folded by the rules of " + context.events().name()).isTrue();
      }
    }
  }

  @Test
  void every_published_event_type_has_notice_rules_unless_its_context_is_declared_not_notified() {
    for (EventContext published : EventTypes.contexts()) {
      if (Contexts.NOT_NOTIFIED.contains(published)) {
        continue;
      }
      for (EventType<?> type : published.types()) {
        assertThat(listed.stream().anyMatch(c -> c.rules().eventType().isAssignableFrom(type.recordType())))
            .as(type.name()).isTrue();
      }
    }
  }

  @Test
  void every_notifying_context_is_in_the_composition_root_s_list() {
    Set<String> inTheList = listed.stream().map(c -> c.getClass().getName()).collect(Collectors.toSet());

    assertThat(implementationsOf(NotifyingContext.class)).isNotEmpty().allSatisfy(declared ->
        assertThat(inTheList).as(declared + " is not listed in Contexts.notifying").contains(declared));
  }

  @Test
  void every_set_of_notice_rules_is_the_rules_of_a_listed_context() {
    Set<String> listedRules = listed.stream().map(c -> c.rules().getClass().getName()).collect(Collectors.toSet());

    assertThat(implementationsOf(NoticeRules.class)).isNotEmpty().allSatisfy(rules ->
        assertThat(listedRules).as(rules + " belongs to no listed context").contains(rules));
  }

  @Test
  void a_context_declares_itself_in_the_package_named_after_it() {
    for (NotifyingContext context : listed) {
      assertThat(context.getClass().getPackageName())
          .isEqualTo("app.jobmate.notifications." + context.events().name().replace("-", ""));
    }
  }

  private static List<String> implementationsOf(Class<?> type) {
    return PRODUCTION.stream()
        .filter(c -> c.isAssignableTo(type) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::getName)
        .sorted()
        .toList();
  }
}
