package ai.orkestrai.api.web;

import ai.orkestrai.api.model.Plan;
import ai.orkestrai.api.model.User;
import ai.orkestrai.api.repository.PlanRepository;
import ai.orkestrai.api.repository.UserRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class UserController {
    /** {@code POST /users} body: {@code {"email":"ana@example.com","plan":"free","phone":"+55 11 5555-0100"}}. */
    public record NewUser(String email, String plan, String phone) {
    }

    /** A user as the API shows it. */
    public record UserView(long id, String email, String plan, String phone) {
        static UserView of(User user) {
            return new UserView(user.getId(), user.getEmail(), user.getPlan().getName(), user.getPhone());
        }
    }

    private final UserRepository users;
    private final PlanRepository plans;

    public UserController(UserRepository users, PlanRepository plans) {
        this.users = users;
        this.plans = plans;
    }

    @PostMapping("/users")
    @Transactional
    public ResponseEntity<UserView> create(@RequestBody NewUser request) {
        if (request.email() == null || request.email().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "email is required");
        }
        Plan plan = plans.findByName(request.plan() == null ? "free" : request.plan())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no plan named " + request.plan()));
        if (users.existsByEmail(request.email())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, request.email() + " is already registered");
        }
        User saved = users.save(new User(request.email(), plan, request.phone()));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(saved));
    }

    @GetMapping("/users/{id}")
    @Transactional(readOnly = true)
    public UserView get(@PathVariable long id) {
        return users.findById(id).map(UserView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id));
    }
}
