package dev.dossier.parquet;

import dev.dossier.parquet.FieldType.Field;
import dev.dossier.parquet.FieldType.Kind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps one record class to a row ({@code Object[]} in component order) and back, by reflection
 * over its components, so a layer added to the model gets a table without code here.
 *
 * <p>Components may be {@code int}, {@code long}, {@code double}, {@code boolean} (and their boxes),
 * {@code String}, enumerations (stored by name), records (stored as structs) and {@code List}s of
 * these. Row values are Integer, Long, Double, Boolean, String, {@code Object[]} (struct) and
 * {@code java.util.List}. Instances are immutable and thread-safe.
 *
 * @param <R> the record type
 */
public final class RecordCodec<R extends Record> {

  private static final ClassValue<RecordCodec<?>> CACHE = new ClassValue<>() {
    @Override
    protected RecordCodec<?> computeValue(Class<?> type) {
      return build(type.asSubclass(Record.class));
    }
  };

  private final Class<R> type;
  private final Method[] accessors;
  private final ValueCodec[] codecs;
  private final Constructor<R> constructor;
  private final FieldType.Struct struct;

  private RecordCodec(Class<R> type, Method[] accessors, ValueCodec[] codecs, Constructor<R> constructor,
      FieldType.Struct struct) {
    this.type = type;
    this.accessors = accessors;
    this.codecs = codecs;
    this.constructor = constructor;
    this.struct = struct;
  }

  /**
   * The codec of a record class.
   *
   * @throws IllegalArgumentException naming the component when the record has a component of a
   *     type a table cannot hold
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> RecordCodec<R> of(Class<R> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    return (RecordCodec<R>) CACHE.get(type);
  }

  /** The columns, one per record component, in declaration order. */
  public FieldType.Struct schema() {
    return struct;
  }

  public Class<R> type() {
    return type;
  }

  /** The record's values, one per component. */
  public Object[] toRow(R record) {
    Object[] row = new Object[accessors.length];
    for (int i = 0; i < accessors.length; i++) {
      try {
        row[i] = codecs[i].write(accessors[i].invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + accessors[i].getName(), e);
      }
    }
    return row;
  }

  /**
   * The record whose values these are.
   *
   * @throws IllegalArgumentException naming the component when a value is missing for a
   *     primitive, of the wrong type, or rejected by the record's constructor
   */
  public R fromRow(Object[] row) {
    if (row.length != accessors.length) {
      throw new IllegalArgumentException(type.getSimpleName() + " has " + accessors.length + " components, row has "
          + row.length + " values");
    }
    Object[] args = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      try {
        args[i] = codecs[i].read(row[i]);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(type.getSimpleName() + "." + accessors[i].getName() + ": " + e.getMessage(), e);
      }
    }
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable c = e.getCause();
      throw new IllegalArgumentException(type.getSimpleName() + ": " + c.getMessage(), c);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private static <R extends Record> RecordCodec<R> build(Class<R> type) {
    RecordComponent[] comps = type.getRecordComponents();
    Method[] accessors = new Method[comps.length];
    ValueCodec[] codecs = new ValueCodec[comps.length];
    Class<?>[] params = new Class<?>[comps.length];
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      accessors[i] = c.getAccessor();
      accessors[i].setAccessible(true);
      params[i] = c.getType();
      try {
        codecs[i] = codec(c.getGenericType());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + ": " + e.getMessage(), e);
      }
      fields.add(new Field(c.getName(), codecs[i].type(), !c.getType().isPrimitive()));
    }
    try {
      Constructor<R> ctor = type.getDeclaredConstructor(params);
      ctor.setAccessible(true);
      return new RecordCodec<>(type, accessors, codecs, ctor, new FieldType.Struct(fields));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
    }
  }

  private static ValueCodec codec(Type t) {
    if (t instanceof Class<?> c) {
      if (c == int.class || c == Integer.class) {
        return new ScalarCodec(Kind.INT, c.isPrimitive());
      }
      if (c == long.class || c == Long.class) {
        return new ScalarCodec(Kind.LONG, c.isPrimitive());
      }
      if (c == double.class || c == Double.class) {
        return new ScalarCodec(Kind.DOUBLE, c.isPrimitive());
      }
      if (c == boolean.class || c == Boolean.class) {
        return new ScalarCodec(Kind.BOOLEAN, c.isPrimitive());
      }
      if (c == String.class) {
        return new ScalarCodec(Kind.STRING, false);
      }
      if (c.isEnum()) {
        return new EnumCodec(c.asSubclass(Enum.class));
      }
      if (c.isRecord()) {
        return new StructCodec(of(c.asSubclass(Record.class)));
      }
    } else if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new ListCodec(codec(p.getActualTypeArguments()[0]));
    }
    throw new IllegalArgumentException("type " + t.getTypeName() + " cannot be a column (use int, long, double, "
        + "boolean, String, an enum, a record or a List of these)");
  }

  /** Converts one component between its Java value and its row value. */
  private interface ValueCodec {
    FieldType type();

    Object write(Object value);

    Object read(Object stored);
  }

  private record ScalarCodec(Kind kind, boolean primitive) implements ValueCodec {
    @Override
    public FieldType type() {
      return new FieldType.Scalar(kind);
    }

    @Override
    public Object write(Object value) {
      return value;
    }

    @Override
    public Object read(Object v) {
      if (v == null) {
        if (primitive) {
          throw new IllegalArgumentException("missing value");
        }
        return null;
      }
      return switch (kind) {
        case INT -> v instanceof Integer ? v : Math.toIntExact(number(v).longValue());
        case LONG -> v instanceof Long ? v : number(v).longValue();
        case DOUBLE -> v instanceof Double ? v : number(v).doubleValue();
        case BOOLEAN -> {
          if (v instanceof Boolean) {
            yield v;
          }
          throw new IllegalArgumentException("expected a boolean, found " + v);
        }
        case STRING -> {
          if (v instanceof String) {
            yield v;
          }
          throw new IllegalArgumentException("expected a string, found " + v);
        }
      };
    }

    private static Number number(Object v) {
      if (v instanceof Number n) {
        return n;
      }
      throw new IllegalArgumentException("expected a number, found " + v);
    }
  }

  @SuppressWarnings("rawtypes")
  private record EnumCodec(Class<? extends Enum> enumType) implements ValueCodec {
    @Override
    public FieldType type() {
      return new FieldType.Scalar(Kind.STRING);
    }

    @Override
    public Object write(Object value) {
      return value == null ? null : ((Enum<?>) value).name();
    }

    @SuppressWarnings("unchecked")
    @Override
    public Object read(Object v) {
      if (v == null) {
        return null;
      }
      try {
        return Enum.valueOf(enumType, (String) v);
      } catch (IllegalArgumentException | ClassCastException e) {
        throw new IllegalArgumentException("'" + v + "' is not a " + enumType.getSimpleName(), e);
      }
    }
  }

  private record StructCodec(RecordCodec<?> inner) implements ValueCodec {
    @Override
    public FieldType type() {
      return inner.schema();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override
    public Object write(Object value) {
      return value == null ? null : ((RecordCodec) inner).toRow((Record) value);
    }

    @Override
    public Object read(Object v) {
      if (v == null) {
        return null;
      }
      if (v instanceof Object[] row) {
        return inner.fromRow(row);
      }
      throw new IllegalArgumentException("expected a struct, found " + v);
    }
  }

  private record ListCodec(ValueCodec element) implements ValueCodec {
    @Override
    public FieldType type() {
      return new FieldType.ListOf(element.type(), true);
    }

    @Override
    public Object write(Object value) {
      if (value == null) {
        return null;
      }
      List<?> in = (List<?>) value;
      List<Object> out = new ArrayList<>(in.size());
      for (Object o : in) {
        out.add(element.write(o));
      }
      return out;
    }

    @Override
    public Object read(Object v) {
      if (v == null) {
        return null;
      }
      if (!(v instanceof List<?> in)) {
        throw new IllegalArgumentException("expected a list, found " + v);
      }
      List<Object> out = new ArrayList<>(in.size());
      for (Object o : in) {
        out.add(element.read(o));
      }
      return out;
    }
  }
}
