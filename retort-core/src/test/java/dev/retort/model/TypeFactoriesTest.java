package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.Ddl;
import dev.retort.schema.ColumnType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A model ({@link Dsl}) and a migration script ({@link Ddl}) spell column types the same way: the same
 * factory names, the same parameters, the same results. Users copy between the two.
 */
class TypeFactoriesTest {
    @Test
    void theModelDslAndTheScriptApiOfferTheSameTypeFactories() throws Exception {
        Map<String, Method> model = typeFactories(Dsl.class);
        Map<String, Method> script = typeFactories(Ddl.class);
        assertEquals(script.keySet(), model.keySet());
        for (Map.Entry<String, Method> e : script.entrySet()) {
            Object[] args = sampleArguments(e.getValue());
            assertEquals(e.getValue().invoke(null, args), model.get(e.getKey()).invoke(null, args), e.getKey());
        }
    }

    private static Map<String, Method> typeFactories(Class<?> type) {
        Map<String, Method> found = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == ColumnType.class) {
                found.put(m.getName() + Arrays.toString(m.getParameterTypes()), m);
            }
        }
        return found;
    }

    private static Object[] sampleArguments(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(p -> {
            if (p == int.class) {
                return 12;
            }
            if (p == String.class) {
                return "kind";
            }
            if (p == String[].class) {
                return new String[] {"free", "pro"};
            }
            throw new IllegalArgumentException("no sample for " + p);
        }).toArray();
    }
}
