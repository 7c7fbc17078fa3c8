package dev.retort.spring.actuate;

import dev.retort.spring.RetortAutoConfiguration;
import dev.retort.spring.RetortFactory;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code retort} health indicator on Spring Boot 3, unless {@code management.health.retort.enabled=false}. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(RetortFactory.class)
@ConditionalOnEnabledHealthIndicator("retort")
public class RetortHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "retortHealthIndicator")
    public RetortHealthIndicator retortHealthIndicator(RetortFactory retortFactory) {
        return new RetortHealthIndicator(retortFactory);
    }
}
