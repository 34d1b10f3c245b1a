package app.jobmate.localcloud.function;

import app.jobmate.lambda.FunctionSettings;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * Calls a handler the way the Lambda Java runtime does: the class named by {@code Handler}
 * ({@code package.Class::method} or {@code package.Class}) is built with its public no-argument
 * constructor, and the JSON event is turned into the method's parameter type with the runtime's own
 * serializers ({@code aws-lambda-java-serialization}: the event classes' mixins, Jackson for the rest).
 * Stream handlers get the bytes unchanged.
 */
final class HandlerAdapter {

  private final Class<?> handlerClass;
  private final Method method;
  private final Shape shape;
  private final PojoSerializer<Object> input;
  private final PojoSerializer<Object> output;

  private enum Shape { STREAM, STREAM_NO_CONTEXT, POJO, POJO_NO_CONTEXT, CONTEXT_ONLY, NO_ARGS }

  HandlerAdapter(String handler) {
    String[] parts = handler.split("::", 2);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      handlerClass = Class.forName(parts[0], true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("handler class " + parts[0] + " is not on the local cloud's classpath", e);
    }
    String methodName = parts.length > 1 ? parts[1] : "handleRequest";
    // the runtime prefers the overload with the most parameters, then the one ending in Context
    method = Arrays.stream(handlerClass.getMethods())
        .filter(m -> m.getName().equals(methodName) && !m.isBridge() && !m.isSynthetic())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) || parts.length > 1)
        .max(Comparator.<Method>comparingInt(Method::getParameterCount)
            .thenComparing(m -> m.getParameterCount() > 0
                && m.getParameterTypes()[m.getParameterCount() - 1] == Context.class))
        .orElseThrow(() -> new IllegalArgumentException("handler " + handler + " has no public method " + methodName));
    Class<?>[] types = method.getParameterTypes();
    if (types.length >= 2 && types[0] == InputStream.class && types[1] == OutputStream.class) {
      shape = types.length == 3 ? Shape.STREAM : Shape.STREAM_NO_CONTEXT;
    } else if (types.length == 2) {
      shape = Shape.POJO;
    } else if (types.length == 1) {
      shape = types[0] == Context.class ? Shape.CONTEXT_ONLY : Shape.POJO_NO_CONTEXT;
    } else if (types.length == 0) {
      shape = Shape.NO_ARGS;
    } else {
      throw new IllegalArgumentException("handler " + handler + " has a signature Lambda cannot call: " + method);
    }
    input = shape == Shape.POJO || shape == Shape.POJO_NO_CONTEXT ? serializer(method.getGenericParameterTypes()[0], loader) : null;
    output = method.getReturnType() == void.class || shape == Shape.STREAM || shape == Shape.STREAM_NO_CONTEXT
        ? null : serializer(method.getGenericReturnType(), loader);
  }

  @SuppressWarnings("unchecked")
  private static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
    if (type instanceof Class<?> c && LambdaEventSerializers.isLambdaSupportedEvent(c.getName())) {
      return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(c, loader);
    }
    return JacksonFactory.getInstance().getSerializer(type);
  }

  /** Builds a handler instance that sees {@code settings} as its environment, as a cold start would. */
  Object newInstance(Map<String, String> settings) throws ReflectiveOperationException {
    if (Modifier.isStatic(method.getModifiers())) {
      return null;
    }
    try {
      return FunctionSettings.supplying(settings, () -> {
        try {
          return handlerClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          throw new ConstructionFailure(e);
        }
      });
    } catch (ConstructionFailure failure) {
      throw failure.reflective;
    }
  }

  byte[] invoke(Object instance, byte[] event, Context context) throws Throwable {
    try {
      return switch (shape) {
        case STREAM, STREAM_NO_CONTEXT -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          InputStream in = new ByteArrayInputStream(event);
          if (shape == Shape.STREAM) {
            method.invoke(instance, in, out, context);
          } else {
            method.invoke(instance, in, out);
          }
          yield out.toByteArray();
        }
        case POJO -> serialize(method.invoke(instance, input.fromJson(new ByteArrayInputStream(event)), context));
        case POJO_NO_CONTEXT -> serialize(method.invoke(instance, input.fromJson(new ByteArrayInputStream(event))));
        case CONTEXT_ONLY -> serialize(method.invoke(instance, context));
        case NO_ARGS -> serialize(method.invoke(instance));
      };
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private byte[] serialize(Object result) {
    if (output == null || result == null) {
      return "null".getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    output.toJson(result, out);
    return out.toByteArray();
  }

  private static final class ConstructionFailure extends RuntimeException {
    final ReflectiveOperationException reflective;

    ConstructionFailure(ReflectiveOperationException reflective) {
      super(reflective);
      this.reflective = reflective;
    }
  }
}
