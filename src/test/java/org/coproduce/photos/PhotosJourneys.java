package org.coproduce.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.junit.jupiter.api.Test;

/**
 * Photos on a story (issue 16): a phone photo with a GPS position, told, moderated and published,
 * comes back without any metadata (read by metadata-extractor) and not before publication; bad
 * uploads are refused naming the field; a moderator's removal is in the story's trail; withdrawal
 * erases the photos.
 */
public interface PhotosJourneys extends Journeys {

    int MAX_BYTES = 8 * 1024 * 1024;

    @Test
    default void aPhotoWithGpsIsPublishedWithoutAnyMetadataAndNeverBefore() {
        var storyteller = anonymous();
        var told = tell(storyteller, "Photo story");
        long id = told.getJsonNumber("id").longValue();
        String follow = "api/follow/" + told.getString("followToken");
        byte[] phone = TestPhotos.jpegWithGps(640, 480);
        assertTrue(TestPhotos.hasGps(phone), "the upload carries a position");

        var added = upload(storyteller, follow, phone, "The lift at the entrance, out of order");
        assertEquals(201, added.status(), added.body());
        long photo = added.json().getJsonNumber("id").longValue();
        assertEquals(640, added.json().getInt("width"));
        var visitor = anonymous();
        assertEquals(404, visitor.download("api/photos/" + photo).statusCode(), "not served before publication");
        assertEquals(404, visitor.get("api/stories/" + id + "/photos").status());

        var moderator = demo("moderator");
        var seen = moderator.get("api/moderation/photos?story=" + id).array();
        assertEquals(1, seen.size());
        var forModerator = moderator.download(seen.getJsonObject(0).getString("url"));
        assertEquals(200, forModerator.statusCode());
        publish(id, 1);

        var listed = visitor.get("api/stories/" + id + "/photos").array();
        assertEquals(1, listed.size());
        JsonObject shown = listed.getJsonObject(0);
        assertEquals("The lift at the entrance, out of order", shown.getString("alt"));
        var downloaded = visitor.download(shown.getString("url"));
        assertEquals(200, downloaded.statusCode());
        assertEquals("image/jpeg", downloaded.headers().firstValue("Content-Type").orElse(""));
        byte[] published = downloaded.body();
        assertEquals(List.of(), TestPhotos.metadata(published), "no metadata block at all");
        assertFalse(TestPhotos.hasGps(published));
        assertFalse(new String(published, StandardCharsets.ISO_8859_1).contains("Secret Street"), "no comment");
        assertEquals(640, TestPhotos.read(published).getWidth(), "still the photo");
        assertEquals(409, upload(storyteller, follow, TestPhotos.png(50, 50), "Another").status(), "no photo after publication");
    }

    @Test
    default void badUploadsAreRefusedNamingTheField() {
        var storyteller = anonymous();
        String follow = "api/follow/" + tell(storyteller, "Bad photos").getString("followToken");

        refused(upload(storyteller, follow, "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), "A page"), "photo");
        refused(upload(storyteller, follow, TestPhotos.png(40, 40), " "), "alt");
        byte[] tooBig = new byte[MAX_BYTES + 1];
        tooBig[0] = (byte) 0xFF;
        tooBig[1] = (byte) 0xD8;
        tooBig[2] = (byte) 0xFF;
        refused(upload(storyteller, follow, tooBig, "Too big"), "photo");
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, upload(storyteller, follow, TestPhotos.png(40 * i, 30), "Photo " + i).status());
        }
        refused(upload(storyteller, follow, TestPhotos.png(40, 40), "A fourth"), "photo");

        long first = storyteller.get(follow + "/photos").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(204, storyteller.delete(follow + "/photos/" + first).status(), "the storyteller takes one back");
        assertEquals(2, storyteller.get(follow + "/photos").array().size());
        assertEquals(404, anonymous().get("api/follow/" + "x".repeat(43) + "/photos").status());
    }

    @Test
    default void aModeratorRemovesAPublishedPhotoAndWithdrawalErasesTheOthers() {
        var storyteller = anonymous();
        var told = tell(storyteller, "Removed photos");
        long id = told.getJsonNumber("id").longValue();
        String follow = "api/follow/" + told.getString("followToken");
        long face = upload(storyteller, follow, TestPhotos.jpegWithGps(200, 100), "A face").json().getJsonNumber("id").longValue();
        long lift = upload(storyteller, follow, TestPhotos.png(100, 100), "The lift").json().getJsonNumber("id").longValue();
        publish(id, 1);
        var visitor = anonymous();
        assertEquals(200, visitor.download("api/photos/" + face).statusCode());

        var moderator = demo("moderator");
        refused(moderator.post("api/moderation/photos/" + face + "/removal", "{\"reason\":\" \"}"), "reason");
        assertEquals(204, moderator.post("api/moderation/photos/" + face + "/removal", "{\"reason\":\"A face can be recognised\"}")
                .status());
        assertEquals(404, visitor.download("api/photos/" + face).statusCode());
        var trail = moderator.get("api/moderation/stories/" + id).json().getJsonArray("audit");
        assertTrue(trail.stream().map(JsonObject.class::cast).anyMatch(d -> d.getString("action").equals("PHOTO_REMOVED")
                && d.getString("reason").equals("A face can be recognised")), trail.toString());
        assertEquals(1, visitor.get("api/stories/" + id + "/photos").array().size());

        assertEquals(204, storyteller.delete(follow).status());
        assertEquals(404, visitor.download("api/photos/" + lift).statusCode());
        assertEquals(404, moderator.download("api/moderation/photos/" + lift).statusCode(), "erased, not only hidden");
    }

    private static Reply upload(Api client, String follow, byte[] photo, String alt) {
        return client.post(follow + "/photos?alt=" + URLEncoder.encode(alt, StandardCharsets.UTF_8), "image/jpeg", photo);
    }

    private static void refused(Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(List.of(field), reply.violatedFields());
    }
}
