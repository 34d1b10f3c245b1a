package app.jobmate.events;

/**
 * An event type as published: its stable wire name, its current schema version, the context that
 * publishes it (the bus source is {@code jobmate.<context>}), the stream type it belongs to, and
 * the record that holds it.
 */
public record EventType<E extends DomainEvent>(String name, int schemaVersion, String context, String streamType,
                                                Class<E> recordType) {

  public EventType {
    if (name == null || !name.matches("[A-Z][A-Za-z]+")) {
      throw new IllegalArgumentException("an event type's name is PascalCase: " + name);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema versions start at 1");
    }
  }

  /** The EventBridge source of this type. */
  public String source() {
    return "jobmate." + context;
  }

  /** The classpath resource of this type's JSON Schema at {@code version}. */
  public String schemaResource(int version) {
    return "schemas/" + context + "/" + name + ".v" + version + ".json";
  }
}
