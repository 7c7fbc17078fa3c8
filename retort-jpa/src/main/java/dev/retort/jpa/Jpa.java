package dev.retort.jpa;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotation access for both JPA namespaces: a {@code jakarta.persistence} annotation when the element has it,
 * else its {@code javax.persistence} twin (JPA 2, Spring Boot 2 applications) seen through a proxy of the jakarta
 * type. The two APIs have the same annotation, member and enum names, so every reader works on the jakarta
 * types only; the javax API need not be on Retort's classpath (it is matched by name).
 */
final class Jpa {
    private static final String JAKARTA = "jakarta.persistence.";
    private static final String JAVAX = "javax.persistence.";

    private Jpa() {
    }

    /** The annotation of jakarta type {@code type} (or its javax twin) on {@code element}, or null. */
    static <A extends Annotation> A get(AnnotatedElement element, Class<A> type) {
        A jakarta = element.getAnnotation(type);
        if (jakarta != null || !type.getName().startsWith(JAKARTA)) {
            return jakarta;
        }
        String twin = JAVAX + type.getName().substring(JAKARTA.length());
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(twin)) {
                return proxy(type, a);
            }
        }
        return null;
    }

    static boolean has(AnnotatedElement element, Class<? extends Annotation> type) {
        return get(element, type) != null;
    }

    /**
     * The repeatable annotation {@code type} on {@code element}, direct or in its container (e.g. {@code @JoinColumns}),
     * in either namespace.
     */
    static <A extends Annotation> A[] all(AnnotatedElement element, Class<A> type, Class<? extends Annotation> container) {
        A[] jakarta = element.getAnnotationsByType(type);
        if (jakarta.length > 0) {
            return jakarta;
        }
        List<A> found = new ArrayList<>();
        A single = get(element, type);
        if (single != null) {
            found.add(single);
        }
        Annotation group = container == null ? null : get(element, container);
        if (group != null) {
            for (Object o : (Object[]) member(group, "value")) {
                found.add(type.cast(o));
            }
        }
        @SuppressWarnings("unchecked")
        A[] out = (A[]) Array.newInstance(type, found.size());
        return found.toArray(out);
    }

    /** Whether {@code c} is the JPA {@code AttributeConverter} interface of either namespace. */
    static boolean isConverterInterface(Class<?> c) {
        return c.getName().equals(JAKARTA + "AttributeConverter") || c.getName().equals(JAVAX + "AttributeConverter");
    }

    /** An annotation member read by name, for annotations Retort matches by name (Hibernate's, Bean Validation's). */
    static Object member(Annotation annotation, String name) {
        try {
            Method m = annotation.annotationType().getMethod(name);
            m.setAccessible(true);
            return m.invoke(annotation);
        } catch (InvocationTargetException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot read " + annotation.annotationType().getName() + "." + name, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + annotation.annotationType().getName() + "." + name, e);
        }
    }

    /** The first annotation on {@code element} whose type's name is one of {@code names}, or null. */
    static Annotation named(AnnotatedElement element, String... names) {
        for (Annotation a : element.getAnnotations()) {
            for (String n : names) {
                if (a.annotationType().getName().equals(n)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static <A extends Annotation> A proxy(Class<A> type, Annotation javax) {
        InvocationHandler handler = (self, method, args) -> switch (method.getName()) {
            case "annotationType" -> type;
            case "toString" -> javax.toString();
            case "hashCode" -> javax.hashCode();
            case "equals" -> self == args[0];
            default -> convert(member(javax, method.getName()), method.getReturnType());
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** A javax member value as the jakarta member's type: enums by name, nested annotations by proxy, arrays of both. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object value, Class<?> target) {
        if (value == null || target.isInstance(value) && !target.isArray()) {
            return value;
        }
        if (target.isArray() && value.getClass().isArray()) {
            Class<?> element = target.getComponentType();
            int n = Array.getLength(value);
            Object out = Array.newInstance(element, n);
            for (int i = 0; i < n; i++) {
                Array.set(out, i, convert(Array.get(value, i), element));
            }
            return out;
        }
        if (target.isEnum() && value instanceof Enum<?> e) {
            return Enum.valueOf((Class) target, e.name());
        }
        if (target.isAnnotation() && value instanceof Annotation a) {
            return proxy((Class<Annotation>) target, a);
        }
        return value;
    }
}
