/**
 * Photos on a story (issue 16): the storyteller adds up to {@code COPRODUCE_PHOTOS_PER_STORY} (3)
 * JPEG or PNG photos, each with a short description (its alt text), while the story awaits
 * moderation; every upload is decoded into a plain RGB raster and re-encoded as a JPEG without any
 * metadata block ({@code control.Reencoding}: no EXIF, GPS, XMP, ICC profile, comment or
 * thumbnail survives), scaled down past {@code COPRODUCE_PHOTO_MAX_EDGE}. Moderators see each photo
 * and can remove it, before or after publication (audited in the moderation trail); the public sees
 * a photo only while its story is published. Photos are erased with the story (withdrawal, and the
 * retention of rejected stories, which withdraws them). A barrier report's photos follow the same
 * limits and re-encoding and share the store and the moderators' endpoints; the barriers component
 * says when they may be added, shows them and erases them ({@code Photos#addToBarrier},
 * {@code Photos#eraseOfBarrier}).
 * <p>
 * The bytes go to a {@code control.PhotoStore}; the database store is the only one built. An
 * S3-compatible object store is a second implementation of that interface (not built).
 * Out of scope: recognising faces or number plates (the moderator's eye), photos on responses.
 * <p>
 * Owns tables: story_photo, photo_data.
 */
package org.coproduce.photos;
