package org.coproduce.photos.control;

import java.util.Optional;

/**
 * Where a photo's bytes live. {@link DatabasePhotoStore} is the one built; an S3-compatible
 * object store (for installations with many instances and many photos) would be a second
 * implementation chosen by configuration, keyed by the photo's id (not built).
 */
public interface PhotoStore {

    /** The name kept with each photo, so a photo is read from the store that holds it. */
    String name();

    void put(long photoId, byte[] jpeg);

    Optional<byte[]> get(long photoId);

    void delete(long photoId);
}
