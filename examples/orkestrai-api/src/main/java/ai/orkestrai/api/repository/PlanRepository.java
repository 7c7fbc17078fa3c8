package ai.orkestrai.api.repository;

import ai.orkestrai.api.model.Plan;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {
    Optional<Plan> findByName(String name);

    List<Plan> findAllByOrderByIdAsc();
}
