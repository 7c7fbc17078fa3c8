package dev.retort.spring.actuate;

import dev.retort.spring.RetortAutoConfiguration;
import dev.retort.spring.RetortFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code retort} actuator endpoint, when Actuator is present and the endpoint is exposed. */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(RetortFactory.class)
@ConditionalOnAvailableEndpoint(RetortEndpoint.class)
public class RetortEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public RetortEndpoint retortEndpoint(RetortFactory retortFactory) {
        return new RetortEndpoint(retortFactory);
    }
}
