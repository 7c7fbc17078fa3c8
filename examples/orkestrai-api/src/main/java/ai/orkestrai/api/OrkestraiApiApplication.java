package ai.orkestrai.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The seed's API: plans and users on PostgreSQL, the schema migrated by Retort before JPA starts. */
@SpringBootApplication
public class OrkestraiApiApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrkestraiApiApplication.class, args);
    }
}
