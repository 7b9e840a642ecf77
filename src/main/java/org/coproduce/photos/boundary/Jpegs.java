package org.coproduce.photos.boundary;

import jakarta.ws.rs.core.Response;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.problems.NotFound;

/**
 * A photo's bytes as an answer: a JPEG. Answers under the follow link and to staff are no-store
 * ({@code web/NoStore}); a public one is no-cache ({@link #publicly}), so a cache asks again every
 * time and learns at once that the photo was removed or its story (or barrier report) unpublished.
 */
public final class Jpegs {

    private Jpegs() {
    }

    public static Response of(Photos photos, Photo photo) {
        byte[] bytes = photos.bytes(photo).orElseThrow(() -> new NotFound("photo", String.valueOf(photo.id())));
        return Response.ok(bytes, "image/jpeg").header("Content-Disposition", "inline; filename=\"photo-" + photo.id() + ".jpg\"").build();
    }

    /** A photo the public may see. */
    public static Response publicly(Photos photos, Photo photo) {
        return Response.fromResponse(of(photos, photo)).header("Cache-Control", "no-cache").build();
    }
}
