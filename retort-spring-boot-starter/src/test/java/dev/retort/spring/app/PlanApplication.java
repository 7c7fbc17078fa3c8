package dev.retort.spring.app;

import dev.retort.Retort;
import dev.retort.spring.RetortFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small application of the seed's shape: a JPA entity over the migrated {@code plans} table, read by a
 * {@link CommandLineRunner}. Started by the tests, and from an executable jar.
 */
@SpringBootApplication
public class PlanApplication {

    /** What the runner saw at start-up. */
    public static final class Seen {
        public final List<String> lines = new ArrayList<>();
    }

    @Bean
    Seen seen() {
        return new Seen();
    }

    @Bean
    CommandLineRunner printPlans(PlanRepository plans, Seen seen, ObjectProvider<RetortFactory> retort) {
        return args -> {
            plans.findAll().forEach(p -> {
                String line = "plan " + p.getName() + " " + p.getMonthlyTokenLimit();
                seen.lines.add(line);
                System.out.println(line);
            });
            // Reads the scripts a second time, as the health indicator does: inside a jar, after the start-up closed them.
            retort.ifAvailable(f -> {
                try (Retort r = f.open()) {
                    System.out.println("retort up to date: " + r.status().upToDate());
                }
            });
        };
    }

    public static void main(String[] args) {
        SpringApplication.run(PlanApplication.class, args).close();
    }
}
