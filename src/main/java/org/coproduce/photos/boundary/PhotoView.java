package org.coproduce.photos.boundary;

import org.coproduce.photos.entity.Photo;

/** A photo as a client sees it: its description (the alt text), its size and where to get the JPEG. */
public record PhotoView(long id, String alt, int width, int height, String url) {

    public static PhotoView of(Photo photo, String urlPrefix) {
        return new PhotoView(photo.id(), photo.altText(), photo.width(), photo.height(), urlPrefix + photo.id());
    }
}
