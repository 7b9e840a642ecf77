package org.coproduce.photos.boundary;

import jakarta.ws.rs.core.Response;
import org.coproduce.photos.control.Photos;
import org.coproduce.photos.entity.Photo;
import org.coproduce.problems.NotFound;

/** A photo's bytes as an answer: a JPEG, never cached by shared caches (it may be removed or unpublished later). */
final class Jpegs {

    private Jpegs() {
    }

    static Response of(Photos photos, Photo photo) {
        byte[] bytes = photos.bytes(photo).orElseThrow(() -> new NotFound("photo", String.valueOf(photo.id())));
        return Response.ok(bytes, "image/jpeg").header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"photo-" + photo.id() + ".jpg\"").build();
    }
}
