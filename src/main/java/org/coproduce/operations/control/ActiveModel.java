package org.coproduce.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.coproduce.analysis.control.ModelRetraining;
import org.coproduce.analysis.entity.Language;

/** The English theme model in use, as last read: its id (0 and "shipped" before any retraining was activated). */
@ApplicationScoped
public class ActiveModel {

    public record Model(long id, String version) {
    }

    static final Model SHIPPED = new Model(0, "shipped");

    @Inject
    ModelRetraining retraining;

    private final AtomicReference<Model> current = new AtomicReference<>(SHIPPED);

    void refresh() {
        current.set(retraining.all().stream().filter(m -> m.active() && m.language() == Language.EN).findFirst()
                .map(m -> new Model(m.id(), m.version())).orElse(SHIPPED));
    }

    Model current() {
        return current.get();
    }
}
