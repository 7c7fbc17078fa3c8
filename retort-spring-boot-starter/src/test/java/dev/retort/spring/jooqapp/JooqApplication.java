package dev.retort.spring.jooqapp;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * An application on jOOQ alone (no JPA): a bean that queries the migrated {@code plans} table through Boot's
 * {@link DSLContext} while it is being constructed, the earliest point an application can use it.
 */
@SpringBootApplication
public class JooqApplication {

    /** The plans read through jOOQ in the constructor. */
    @Component
    public static final class PlanNames {
        public final List<String> lines;

        public PlanNames(DSLContext dsl) {
            this.lines = dsl.fetch("SELECT name, monthly_token_limit FROM plans ORDER BY name")
                    .map(r -> "plan " + r.get(0) + " " + r.get(1));
        }
    }

    @Bean
    String marker() {
        return "jooq";
    }
}
