package org.coproduce.stories.control;

import java.util.List;

/**
 * Questions put to a storyteller through the follow link by other components (the change
 * register asks "did it make a difference?"); implemented by them, optional here.
 */
public interface FollowUps {

    List<Question> openFor(long storyId);

    /** answer: what they said so far, or null; answerAt: where to POST the answer. */
    record Question(String kind, long subjectId, String question, String about, List<String> answers, String answer,
            String answerAt) {
    }
}
