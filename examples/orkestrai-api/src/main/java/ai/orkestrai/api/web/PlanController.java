package ai.orkestrai.api.web;

import ai.orkestrai.api.model.Plan;
import ai.orkestrai.api.repository.PlanRepository;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PlanController {
    /** A plan as the API shows it: {@code {"id":1,"name":"free","monthly_token_limit":10000}}. */
    public record PlanView(long id, String name, int monthlyTokenLimit) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.getId(), plan.getName(), plan.getMonthlyTokenLimit());
        }
    }

    private final PlanRepository plans;

    public PlanController(PlanRepository plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    public List<PlanView> plans() {
        return plans.findAllByOrderByIdAsc().stream().map(PlanView::of).toList();
    }
}
