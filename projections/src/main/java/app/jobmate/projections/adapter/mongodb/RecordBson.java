package app.jobmate.projections.adapter.mongodb;

import app.jobmate.events.values.TenantId;
import app.jobmate.projections.core.Index;
import app.jobmate.projections.core.Versioned;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Read-model documents as BSON, by their record components, with types every DocumentDB version
 * has: an {@code Instant} is a BSON date (milliseconds, so read models keep milliseconds), a
 * {@code LocalDate} an ISO string (which sorts and compares as the date does), a {@code BigDecimal}
 * its plain string (exact, and never queried), an enum its name, a record a sub-document; an absent
 * value is an absent field. Stored documents carry {@code _id}, {@code tenantId}, {@code streamId}
 * and {@code version} beside the record's fields.
 */
public final class RecordBson {

  public static final String ID = "_id";
  public static final String TENANT = "tenantId";
  static final String STREAM = "streamId";
  static final String VERSION = "version";
  /** Beside these, {@code id}: what a read side's index declaration calls {@code _id}. */
  private static final Set<String> RESERVED = Set.of(ID, TENANT, STREAM, VERSION, Index.ID);

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private RecordBson() {
  }

  static Document encode(Versioned<?> versioned) {
    Document document = new Document(ID, versioned.id())
        .append(TENANT, versioned.tenantId().value())
        .append(STREAM, versioned.streamId())
        .append(VERSION, versioned.version());
    Shape shape = shape(versioned.document().getClass());
    for (RecordComponent component : shape.components()) {
      if (RESERVED.contains(component.getName())) {
        throw new IllegalArgumentException(shape.type().getSimpleName() + "." + component.getName() + " is a reserved field");
      }
    }
    appendFields(document, versioned.document());
    return document;
  }

  public static <D extends Record> Versioned<D> decode(Document document, Class<D> type) {
    return new Versioned<>(document.getString(ID), TenantId.of(document.getString(TENANT)), document.getString(STREAM),
        ((Number) document.get(VERSION)).longValue(), readRecord(document, type));
  }

  /** A value as stored, for filters and sort keys. */
  public static Object toBson(Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case Integer i -> i;
      case Long l -> l;
      case Boolean b -> b;
      case Instant i -> date(i);
      case LocalDate d -> d.toString();
      case BigDecimal d -> d.toPlainString();
      case Enum<?> e -> e.name();
      case List<?> list -> list.stream().map(RecordBson::toBson).toList();
      case Record r -> appendFields(new Document(), r);
      default -> throw new IllegalArgumentException("read models do not store a " + value.getClass().getName());
    };
  }

  private static Document appendFields(Document document, Record value) {
    Shape shape = shape(value.getClass());
    for (RecordComponent component : shape.components()) {
      Object field;
      try {
        field = component.getAccessor().invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
      if (field != null) {
        document.append(component.getName(), toBson(field));
      }
    }
    return document;
  }

  private static Date date(Instant instant) {
    if (instant.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("read models keep instants to the millisecond, not " + instant);
    }
    return Date.from(instant);
  }

  private static <R extends Record> R readRecord(Document document, Class<R> type) {
    Shape shape = shape(type);
    Object[] arguments = new Object[shape.components().length];
    for (int i = 0; i < arguments.length; i++) {
      RecordComponent component = shape.components()[i];
      Object stored = document.get(component.getName());
      if (stored == null && component.getType().isPrimitive()) {
        throw new IllegalStateException("stored " + type.getSimpleName() + " has no " + component.getName());
      }
      arguments[i] = fromBson(stored, component.getGenericType());
    }
    try {
      return type.cast(shape.constructor().newInstance(arguments));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read a stored " + type.getSimpleName() + ": " + e.getCause(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object fromBson(Object stored, Type type) {
    if (stored == null) {
      return type instanceof ParameterizedType p && p.getRawType() == List.class ? List.of() : null;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Type element = p.getActualTypeArguments()[0];
      List<Object> values = new ArrayList<>();
      for (Object item : (List<?>) stored) {
        values.add(fromBson(item, element));
      }
      return List.copyOf(values);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return stored;
    }
    if (raw == int.class || raw == Integer.class) {
      return ((Number) stored).intValue();
    }
    if (raw == long.class || raw == Long.class) {
      return ((Number) stored).longValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return stored;
    }
    if (raw == Instant.class) {
      return ((Date) stored).toInstant();
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse((String) stored);
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal((String) stored);
    }
    if (raw.isEnum()) {
      return Enum.valueOf((Class<Enum>) raw, (String) stored);
    }
    if (raw.isRecord()) {
      return readRecord((Document) stored, (Class<Record>) raw);
    }
    throw new IllegalArgumentException("read models do not store a " + raw.getName());
  }

  private static Shape shape(Class<?> type) {
    return SHAPES.computeIfAbsent(type, t -> {
      RecordComponent[] components = t.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        parameterTypes[i] = components[i].getType();
      }
      try {
        return new Shape(t, components, t.getDeclaredConstructor(parameterTypes));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(t + " has no canonical constructor", e);
      }
    });
  }

  private record Shape(Class<?> type, RecordComponent[] components, Constructor<?> constructor) {
  }
}
