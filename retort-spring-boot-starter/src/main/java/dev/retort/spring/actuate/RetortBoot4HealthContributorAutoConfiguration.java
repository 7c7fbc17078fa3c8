package dev.retort.spring.actuate;

import dev.retort.spring.RetortAutoConfiguration;
import dev.retort.spring.RetortFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/** {@link RetortHealthContributorAutoConfiguration} for Spring Boot 4. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(RetortFactory.class)
@ConditionalOnEnabledHealthIndicator("retort")
public class RetortBoot4HealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "retortHealthIndicator")
    public RetortBoot4HealthIndicator retortHealthIndicator(RetortFactory retortFactory) {
        return new RetortBoot4HealthIndicator(retortFactory);
    }
}
