package dev.retort.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import java.util.Set;
import java.util.TreeSet;

/** The types a caller compiles against when it uses a public class: supertypes and visible members' types. */
final class ApiSurface {
    private ApiSurface() {
    }

    static Set<String> typesNamedBy(JavaClass c) {
        Set<String> names = new TreeSet<>();
        c.getRawSuperclass().ifPresent(s -> names.add(s.getName()));
        c.getRawInterfaces().forEach(i -> names.add(i.getName()));
        for (JavaField f : c.getFields()) {
            if (LayeringTest.isVisible(f.getModifiers())) {
                names.add(f.getRawType().getBaseComponentType().getName());
            }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
            if (LayeringTest.isVisible(u.getModifiers()) && !u.getName().equals("<clinit>")) {
                names.add(u.getRawReturnType().getBaseComponentType().getName());
                u.getRawParameterTypes().forEach(p -> names.add(p.getBaseComponentType().getName()));
            }
        }
        names.removeIf(n -> n.indexOf('.') < 0);
        return names;
    }
}
