package dev.retort.spring.app;

import java.util.ArrayList;
import java.util.List;
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
    CommandLineRunner printPlans(PlanRepository plans, Seen seen) {
        return args -> plans.findAll().forEach(p -> {
            String line = "plan " + p.getName() + " " + p.getMonthlyTokenLimit();
            seen.lines.add(line);
            System.out.println(line);
        });
    }

    public static void main(String[] args) {
        SpringApplication.run(PlanApplication.class, args).close();
    }
}
