package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.coproduce.background.control.NotReadyYet;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.Storytelling;
import org.coproduce.stories.entity.StoryStatus;

/**
 * Analyses a received story (outbox task {@code analyse-story}): stores the suggestions for
 * moderators and puts the suggested criticality and safeguarding flag on the story, which
 * orders the moderation queue. Running it again replaces the earlier result. Fires
 * {@link StoryAnalysed}, so that whoever counts what the analysis says can count it again.
 */
@ApplicationScoped
public class AnalyseStory implements TaskHandler {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    AnalysisEngine engine;

    @Inject
    Stories stories;

    @Inject
    StoredAnalyses analyses;

    @Inject
    Event<StoryAnalysed> analysed;

    @Override
    public String kind() {
        return Storytelling.ANALYSE;
    }

    @Override
    public void handle(long storyId) {
        var story = stories.find(storyId).orElse(null);
        if (story == null || story.status() == StoryStatus.WITHDRAWN) {
            return;
        }
        var analyser = engine.ready().orElseThrow(() -> new NotReadyYet("analysis models are still training"));
        var analysis = analyser.analyse(story.text().whole());
        analyses.save(storyId, analysis.modelVersion(), JSONB.toJson(analysis));
        stories.suggest(storyId, analysis.language().code(), analysis.criticality(), analysis.needsUrgentModeration());
        analysed.fire(new StoryAnalysed(storyId));
    }
}
