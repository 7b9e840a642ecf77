package org.coproduce.following.control;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.following.entity.Target;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;
import org.coproduce.stories.boundary.PublishedStoryView;
import org.coproduce.stories.control.ConversationEntry;

/**
 * An Atom feed of a target's newest {@link #SIZE} published stories, written with ROME. Each entry
 * is a story as its public page shows it: the moderated title and text, services, themes, and the
 * published responses (author's organisation, text, change); never the storyteller's data.
 */
@ApplicationScoped
public class Feeds {

    public static final String ATOM = "application/atom+xml;charset=utf-8";
    static final int SIZE = 50;

    @Inject
    Followed followed;

    @Inject
    Clock clock;

    /** The feed, or empty when the target does not exist. */
    public Optional<String> atom(Target target, String language) {
        return followed.name(target, language).map(name -> write(target, name, language));
    }

    private String write(Target target, String name, String language) {
        var locale = Templates.locale(language);
        var stories = followed.stories(target, Optional.empty(), Optional.empty(), SIZE, language);
        String self = Settings.baseUrl() + "/feeds/" + target.feedPath();
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(self);
        feed.setTitle(Templates.text(locale, "following.feed.title", name));
        feed.setAuthors(List.of(coproduce()));
        feed.setLanguage(language);
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", page(target), "text/html")));
        feed.setPublishedDate(Date.from(stories.stream().map(Feeds::updated).max(Instant::compareTo).orElse(clock.instant())));
        feed.setEntries(stories.stream().map(s -> entry(s, language)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + self + ": " + e.getMessage(), e);
        }
    }

    private static SyndEntry entry(PublishedStoryView story, String language) {
        var locale = Templates.locale(language);
        String url = Settings.baseUrl() + "/story.html?id=" + story.id();
        var entry = new SyndEntryImpl();
        entry.setUri(url);
        entry.setLink(url);
        entry.setTitle(story.title());
        entry.setPublishedDate(Date.from(story.publishedAt()));
        entry.setUpdatedDate(Date.from(updated(story)));
        var content = new SyndContentImpl();
        content.setType("text");
        content.setValue(text(story, locale));
        entry.setContents(List.of(content));
        return entry;
    }

    private static String text(PublishedStoryView story, java.util.Locale locale) {
        var parts = new StringBuilder(story.text() == null ? "" : story.text());
        String services = story.services().stream().map(s -> s.name() + " (" + s.organisationName() + ")").collect(Collectors.joining(", "));
        parts.append("\n\n").append(Templates.text(locale, "following.feed.services", services));
        if (!story.themes().isEmpty()) {
            parts.append("\n").append(Templates.text(locale, "following.feed.themes",
                    story.themes().stream().map(t -> t.label()).collect(Collectors.joining(", "))));
        }
        for (ConversationEntry response : story.responses()) {
            String who = "PROVIDER".equals(response.kind()) ? response.organisationName() : Templates.text(locale, "following.feed.storyteller");
            parts.append("\n\n").append(Templates.text(locale, "following.feed.response", who)).append("\n").append(response.text());
            if (response.change() != null) {
                parts.append("\n").append(Templates.text(locale, "following.feed.change." + response.change().kind(), response.change().description()));
            }
        }
        return parts.toString();
    }

    /** The last time anything public about the story changed: published, edited by moderators, answered. */
    static Instant updated(PublishedStoryView story) {
        return Stream.concat(Stream.of(story.publishedAt(), story.moderatorsEditedAt()),
                story.responses().stream().flatMap(r -> Stream.of(r.publishedAt(), r.editedAt())))
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(story.publishedAt());
    }

    private static String page(Target target) {
        return Settings.baseUrl() + switch (target.kind()) {
            case SERVICE -> "/service.html?id=" + target.key();
            case ORGANISATION -> "/organisation.html?id=" + target.key();
            case THEME -> "/search.html?theme=" + target.key();
            case AREA -> "/map.html";
            case CHANGE -> "/change.html?id=" + target.key();
        };
    }

    /** The feed's author (RFC 4287 4.1.1: a feed without one needs one in every entry). */
    private static SyndPerson coproduce() {
        var person = new SyndPersonImpl();
        person.setName("Coproduce");
        person.setUri(Settings.baseUrl());
        return person;
    }

    private static SyndLink link(String rel, String href, String type) {
        var link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
