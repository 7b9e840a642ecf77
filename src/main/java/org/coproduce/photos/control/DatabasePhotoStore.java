package org.coproduce.photos.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Photos in the database (table photo_data), in the transaction of the request that adds or removes them. */
@ApplicationScoped
public class DatabasePhotoStore implements PhotoStore {

    static final String NAME = "database";

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(long photoId, byte[] jpeg) {
        em.createNativeQuery("insert into photo_data (photo_id, bytes) values (?, ?)")
                .setParameter(1, photoId).setParameter(2, jpeg).executeUpdate();
    }

    @Override
    public Optional<byte[]> get(long photoId) {
        return em.createNativeQuery("select bytes from photo_data where photo_id = ?").setParameter(1, photoId)
                .getResultStream().findFirst().map(byte[].class::cast);
    }

    @Override
    public void delete(long photoId) {
        em.createNativeQuery("delete from photo_data where photo_id = ?").setParameter(1, photoId).executeUpdate();
    }
}
