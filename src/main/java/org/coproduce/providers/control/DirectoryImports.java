package org.coproduce.providers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.coproduce.providers.control.DirectoryRow.Type;
import org.coproduce.providers.control.ImportPlan.Action;
import org.coproduce.providers.control.ImportPlan.Located;
import org.coproduce.providers.control.ImportPlan.Step;
import org.coproduce.providers.entity.DirectoryImport;
import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Organisation;
import org.coproduce.providers.entity.Service;

/**
 * The directory import: a file's lines matched to organisations and services by their external
 * identifier, previewed as a plan, and applied in the caller's transaction. Applying writes only
 * what differs, so the same file applied twice changes nothing the second time. Services of a
 * scheme the file lists services of, but missing from it, are retired, never deleted.
 */
@ApplicationScoped
public class DirectoryImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    @Inject
    Event<ServicesMoved> moved;

    /** Reads and plans the file, and keeps it for applying; an InvalidInput (nothing kept) when a line is bad. */
    public Previewed preview(String fileName, String content, Long createdBy) {
        var plan = plan(content);
        var upload = new DirectoryImport(fileName, content, createdBy, clock.instant(), plan.counts());
        em.persist(upload);
        em.flush();
        return new Previewed(upload, plan);
    }

    public record Previewed(DirectoryImport upload, ImportPlan plan) {
    }

    public Optional<DirectoryImport> find(long id) {
        return Optional.ofNullable(em.find(DirectoryImport.class, id));
    }

    /** Applies the file as the directory is now (the plan is made again); once only: again, it changes nothing. */
    public Previewed apply(DirectoryImport upload) {
        if (upload.isApplied()) {
            return new Previewed(upload, plan(upload.content()));
        }
        var plan = plan(upload.content());
        write(plan);
        upload.applied(plan.counts(), clock.instant());
        return new Previewed(upload, plan);
    }

    /** What the file would do to the directory as it is now. */
    public ImportPlan plan(String content) {
        var rows = DirectoryFile.read(content);
        Set<String> schemes = rows.stream().map(r -> r.id().scheme()).collect(Collectors.toSet());
        var organisations = existing(Organisation.class, schemes);
        var services = existing(Service.class, schemes);
        Map<ExternalId, DirectoryRow> fileOrganisations = new HashMap<>();
        rows.stream().filter(r -> r.type() == Type.ORGANISATION).forEach(r -> fileOrganisations.put(r.id(), r));
        checkParents(rows, fileOrganisations, organisations.keySet());
        var steps = new ArrayList<Step>();
        for (DirectoryRow row : rows) {
            steps.add(row.type() == Type.ORGANISATION ? organisationStep(row, (Organisation) organisations.get(row.id()))
                    : serviceStep(row, (Service) services.get(row.id())));
        }
        Set<String> serviceSchemes = rows.stream().filter(r -> r.type() == Type.SERVICE).map(r -> r.id().scheme())
                .collect(Collectors.toSet());
        Set<ExternalId> listed = rows.stream().filter(r -> r.type() == Type.SERVICE).map(DirectoryRow::id).collect(Collectors.toSet());
        var retired = services.entrySet().stream()
                .filter(e -> serviceSchemes.contains(e.getKey().scheme()) && !listed.contains(e.getKey()))
                .map(e -> (Service) e.getValue()).filter(s -> !s.retired())
                .sorted((a, b) -> a.externalId().code().compareTo(b.externalId().code())).toList();
        return new ImportPlan(steps, retired);
    }

    private Map<ExternalId, Object> existing(Class<?> entity, Set<String> schemes) {
        var found = new HashMap<ExternalId, Object>();
        em.createQuery("select e from " + entity.getSimpleName() + " e where e.idScheme in :schemes", entity)
                .setParameter("schemes", schemes).getResultList().forEach(e -> found.put(
                        e instanceof Organisation o ? o.externalId() : ((Service) e).externalId(), e));
        return found;
    }

    private static void checkParents(List<DirectoryRow> rows, Map<ExternalId, DirectoryRow> inFile, Set<ExternalId> inDirectory) {
        var violations = new ArrayList<Violation>();
        for (DirectoryRow row : rows) {
            var parent = row.parentId();
            if (parent != null && !inFile.containsKey(parent) && !inDirectory.contains(parent)) {
                violations.add(new Violation("line " + row.line() + ", parent", "no organisation of this scheme has this code"));
            } else if (row.type() == Type.ORGANISATION && circular(row, inFile)) {
                violations.add(new Violation("line " + row.line() + ", parent", "an organisation cannot be its own ancestor"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static boolean circular(DirectoryRow row, Map<ExternalId, DirectoryRow> inFile) {
        var seen = new HashSet<ExternalId>();
        for (DirectoryRow r = row; r != null && r.parentId() != null; r = inFile.get(r.parentId())) {
            if (!seen.add(r.id()) || r.parentId().equals(row.id())) {
                return true;
            }
        }
        return false;
    }

    private static Step organisationStep(DirectoryRow row, Organisation existing) {
        if (existing == null) {
            return new Step(row, Action.ADD, List.of(), null, null);
        }
        var fields = new ArrayList<String>();
        differs(fields, "name", existing.name(), row.name());
        differs(fields, "kind", existing.kind(), row.kind());
        differs(fields, "city", existing.city(), row.city());
        differs(fields, "country", existing.country(), row.country());
        differs(fields, "website", existing.website(), row.website());
        var parent = existing.parent();
        if (!Objects.equals(parent == null ? null : parent.externalId(), row.parentId())) {
            fields.add("parent");
        }
        return new Step(row, fields.isEmpty() ? Action.KEEP : Action.CHANGE, List.copyOf(fields), null, null);
    }

    private Step serviceStep(DirectoryRow row, Service existing) {
        GeoPoint point = row.point();
        Located located = point != null ? Located.COORDINATES : null;
        if (point == null && (row.place() != null || row.postcode() != null || row.city() != null)) {
            point = gazetteer.locate(row.place(), row.postcode(), row.city()).orElse(null);
            located = point == null ? Located.NOT_FOUND : Located.GAZETTEER;
        }
        point = point == null ? null : new GeoPoint(round(point.latitude()), round(point.longitude()));
        if (existing == null) {
            return new Step(row, Action.ADD, List.of(), point, located);
        }
        var fields = new ArrayList<String>();
        if (!Objects.equals(existing.organisation().externalId(), row.parentId())) {
            fields.add("parent");
        }
        differs(fields, "name", existing.name(), row.name());
        differs(fields, "category", existing.category().name(), row.category().name());
        differs(fields, "description", existing.description(), row.description());
        differs(fields, "address", existing.address(), row.address());
        differs(fields, "postcode", existing.postcode(), row.postcode());
        differs(fields, "city", existing.city(), row.city());
        differs(fields, "country", existing.country(), row.country());
        if (!Objects.equals(existing.point(), point)) {
            fields.add("point");
        }
        if (existing.retired()) {
            fields.add("retired");
        }
        return new Step(row, fields.isEmpty() ? Action.KEEP : Action.CHANGE, List.copyOf(fields), point, located);
    }

    private static void differs(List<String> fields, String field, String before, String after) {
        if (!Objects.equals(blankAsNull(before), after)) {
            fields.add(field);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** As the database keeps a position (DECIMAL(9, 6)), so that a point read back compares equal. */
    static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }

    private void write(ImportPlan plan) {
        Set<String> schemes = plan.steps().stream().map(s -> s.row().id().scheme()).collect(Collectors.toSet());
        var knownOrganisations = existing(Organisation.class, schemes);
        var knownServices = existing(Service.class, schemes);
        Map<ExternalId, Organisation> organisations = new HashMap<>();
        knownOrganisations.forEach((id, o) -> organisations.put(id, (Organisation) o));
        var movedServices = new HashSet<Long>();
        var movedOrganisations = new HashSet<Long>();
        for (Step step : plan.steps()) {
            if (step.row().type() == Type.ORGANISATION) {
                organisations.put(step.row().id(), organisation(step, organisations.get(step.row().id())));
            }
        }
        for (Step step : plan.steps()) {
            if (step.row().type() == Type.ORGANISATION && (step.action() == Action.ADD || step.fields().contains("parent"))) {
                var organisation = organisations.get(step.row().id());
                try {
                    organisation.moveUnder(step.row().parentId() == null ? null : organisations.get(step.row().parentId()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("line " + step.row().line() + ", parent", "an organisation cannot be its own ancestor");
                }
                if (step.action() == Action.CHANGE) {
                    movedOrganisations.add(organisation.id());
                }
            }
        }
        em.flush();
        for (Step step : plan.steps()) {
            if (step.row().type() == Type.SERVICE && step.action() != Action.KEEP) {
                var service = service(step, organisations.get(step.row().parentId()), (Service) knownServices.get(step.row().id()));
                if (step.action() == Action.CHANGE && step.fields().contains("parent")) {
                    movedServices.add(service.id());
                }
            }
        }
        var now = clock.instant();
        plan.retired().forEach(s -> s.retire(now));
        em.flush();
        movedServices.addAll(serviceIdsUnder(movedOrganisations));
        if (!movedServices.isEmpty()) {
            moved.fire(new ServicesMoved(movedServices));
        }
    }

    private Organisation organisation(Step step, Organisation existing) {
        var row = step.row();
        Organisation organisation = step.action() == Action.ADD ? new Organisation(row.name(), null) : existing;
        if (step.action() != Action.KEEP) {
            organisation.describe(row.name(), row.kind(), row.city(), row.country(), row.website());
        }
        if (step.action() == Action.ADD) {
            organisation.identify(row.id());
            em.persist(organisation);
        }
        return organisation;
    }

    private Service service(Step step, Organisation organisation, Service existing) {
        var row = step.row();
        Service service = existing;
        if (step.action() == Action.ADD) {
            service = new Service(organisation, row.name(), row.category());
            service.identify(row.id());
        }
        service.describe(organisation, row.name(), row.category(), row.description());
        service.locate(row.address(), row.postcode(), row.city(), row.country(), step.point());
        service.reinstate();
        if (step.action() == Action.ADD) {
            em.persist(service);
        }
        return service;
    }

    private Set<Long> serviceIdsUnder(Set<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        var all = new HashSet<>(organisationIds);
        Set<Long> frontier = organisationIds;
        while (!frontier.isEmpty()) {
            var children = new HashSet<>(em.createNamedQuery(Organisation.CHILDREN, Long.class).setParameter("ids", frontier).getResultList());
            children.removeAll(all);
            all.addAll(children);
            frontier = children;
        }
        return new HashSet<>(em.createQuery("select s.id from Service s where s.organisation.id in :o", Long.class)
                .setParameter("o", all).getResultList());
    }
}
