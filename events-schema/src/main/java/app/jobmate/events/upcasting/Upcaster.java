package app.jobmate.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one event type's payload at one schema version as the next version: the step an
 * incompatible schema change needs (events are permanent, so what was stored is read forward,
 * never rewritten). Pure: a payload in, a new payload out.
 */
public interface Upcaster {

  /** The event type it reads (its wire name). */
  String eventType();

  /** The schema version it reads; it writes {@code fromVersion() + 1}. */
  int fromVersion();

  JsonNode upcast(JsonNode payload);
}
