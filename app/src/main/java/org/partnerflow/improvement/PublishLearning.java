package org.partnerflow.improvement;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partnerflow.workflow.Actors;
import org.partnerflow.workflow.form.Answers;
import org.springframework.stereotype.Component;

/** The learning goes to the library and the project finishes. */
@Component("publishLearning")
class PublishLearning implements JavaDelegate {

    private final RunningProjects running;
    private final LearningLibrary library;
    private final Clock clock;

    PublishLearning(RunningProjects running, LearningLibrary library, Clock clock) {
        this.running = running;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution e) {
        ImprovementProject project = running.of(e);
        ShareLearningAnswers a = Answers.of(e, ShareLearningAnswers.class);
        library.save(new LearningSummary(project.getId(), a.learningTitle(), a.learningSummary(), a.whatWorked(), a.whatDidNot(),
                a.forSharingEvent(), Actors.of(e), clock.instant()));
        project.finish(clock.instant());
    }
}
