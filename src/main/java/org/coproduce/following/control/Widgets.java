package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduce.platform.Ids;
import org.coproduce.web.FramePolicy;

/**
 * The origins allowed to frame an organisation's widget page ({@code widget.html?organisation=ID}):
 * the answer to that page, and only to it, names them in {@code frame-ancestors}; without any, it
 * stays unframeable like every other page.
 */
@ApplicationScoped
public class Widgets implements FramePolicy {

    public static final String PAGE = "/widget.html";
    public static final int MOST = 10;
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9]([a-z0-9.-]{0,180}[a-z0-9])?(:[0-9]{1,5})?");

    @PersistenceContext
    EntityManager em;

    /** The origin as a CSP source ({@code scheme://host[:port]}, lower case, no path), or empty when it is none. */
    public static Optional<String> origin(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String origin = text.strip().toLowerCase(Locale.ROOT).replaceFirst("/$", "");
        return ORIGIN.matcher(origin).matches() ? Optional.of(origin) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<String> origins(long organisationId) {
        return em.createNativeQuery("select origin from widget_origin where organisation_id = ? order by origin")
                .setParameter(1, organisationId).getResultList();
    }

    /** Replaces the organisation's origins (already checked with {@link #origin}). */
    public void allow(long organisationId, List<String> origins) {
        em.createNativeQuery("delete from widget_origin where organisation_id = ?").setParameter(1, organisationId).executeUpdate();
        for (String origin : origins.stream().distinct().toList()) {
            em.createNativeQuery("insert into widget_origin (organisation_id, origin) values (?, ?)")
                    .setParameter(1, organisationId).setParameter(2, origin).executeUpdate();
        }
    }

    @Override
    public boolean decides(HttpServletRequest request) {
        return PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    public List<String> frameAncestors(HttpServletRequest request) {
        if (!decides(request)) {
            return List.of();
        }
        return Ids.parse(request.getParameter("organisation")).map(this::origins).orElse(List.of()).stream()
                .flatMap(o -> origin(o).stream()).toList();
    }
}
