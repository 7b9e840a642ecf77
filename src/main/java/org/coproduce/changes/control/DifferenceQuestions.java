package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.Difference;
import org.coproduce.stories.control.FollowUps;

/** "Did it make a difference?" on the follow link of each story a made change answers, once its delay has passed. */
@ApplicationScoped
public class DifferenceQuestions implements FollowUps {

    public static final String KIND = "DIFFERENCE";
    static final List<String> ANSWERS = Arrays.stream(Difference.values()).map(Enum::name).toList();

    @Inject
    ChangeRegister register;

    @Inject
    Clock clock;

    @Override
    public List<Question> openFor(long storyId) {
        var now = clock.instant();
        return register.answering(storyId).stream().filter(c -> Change.MADE.equals(c.status()))
                .flatMap(c -> c.stories().stream().filter(s -> s.storyId() == storyId && s.askable(now))
                        .map(s -> new Question(KIND, c.id(), "Did it make a difference?", c.description(), ANSWERS,
                                s.difference(), "difference")))
                .toList();
    }
}
