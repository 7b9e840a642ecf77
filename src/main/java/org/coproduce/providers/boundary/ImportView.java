package org.coproduce.providers.boundary;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.coproduce.providers.control.DirectoryImports.Previewed;
import org.coproduce.providers.control.ImportPlan;
import org.coproduce.providers.entity.ImportCounts;

/**
 * A directory import: what its preview counted, what applying it did (null before), and the lines
 * that add, change or retire something as the directory is now (unchanged lines only counted).
 */
public record ImportView(long id, String fileName, Instant createdAt, ImportCounts preview, int unchanged,
        Instant appliedAt, ImportCounts applied, List<Line> lines) {

    /** One line of the file, or a service it retires (line null); point where a service's position came from. */
    public record Line(Integer line, String action, String type, String scheme, String code, String name,
            List<String> fields, String located) {
    }

    static ImportView of(Previewed previewed) {
        var upload = previewed.upload();
        var plan = previewed.plan();
        var lines = Stream.concat(plan.steps().stream().filter(s -> s.action() != ImportPlan.Action.KEEP
                || s.located() == ImportPlan.Located.NOT_FOUND).map(ImportView::line),
                plan.retired().stream().map(s -> new Line(null, "RETIRE", "SERVICE", s.externalId().scheme(),
                        s.externalId().code(), s.name(), List.of(), null))).toList();
        return new ImportView(upload.id(), upload.fileName(), upload.createdAt(), upload.preview(), plan.unchanged(),
                upload.appliedAt(), upload.appliedCounts(), lines);
    }

    private static Line line(ImportPlan.Step step) {
        var row = step.row();
        return new Line(row.line(), step.action().name(), row.type().name(), row.id().scheme(), row.id().code(), row.name(),
                step.fields(), step.located() == null ? null : step.located().name());
    }
}
