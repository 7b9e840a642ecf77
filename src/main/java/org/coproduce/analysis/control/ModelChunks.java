package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.coproduce.analysis.entity.Language;

/**
 * Keeps a model's bytes gzipped in chunks of {@value #CHUNK} bytes, each small enough for one
 * statement under MariaDB's default 16 MB max_allowed_packet. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ModelChunks {

    static final int CHUNK = 4 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    /**
     * Stores the bytes of the language's model now active and drops those of the language's models it replaced (their
     * scores stay); the other language's active model keeps its bytes.
     */
    public void saveActive(long modelId, Language language, byte[] model) {
        em.createNativeQuery("delete from theme_model_chunk where model_id <> ?"
                + " and model_id in (select m.id from theme_model m where m.language = ?)")
                .setParameter(1, modelId).setParameter(2, language.code()).executeUpdate();
        byte[] packed = gzip(model);
        for (int seq = 0, from = 0; from < packed.length; seq++, from += CHUNK) {
            em.createNativeQuery("insert into theme_model_chunk (model_id, seq, bytes) values (?, ?, ?)")
                    .setParameter(1, modelId).setParameter(2, seq)
                    .setParameter(3, Arrays.copyOfRange(packed, from, Math.min(packed.length, from + CHUNK))).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public byte[] load(long modelId) {
        List<byte[]> chunks = em.createNativeQuery("select bytes from theme_model_chunk where model_id = ? order by seq")
                .setParameter(1, modelId).getResultList();
        var packed = new ByteArrayOutputStream();
        chunks.forEach(packed::writeBytes);
        return gunzip(packed.toByteArray());
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 4 + 16);
        try (var zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (var zip = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
