package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void anAbsentOrBlankQueryParameterIsNoFilter() {
        assertEquals(Optional.empty(), Ids.organisation(null));
        assertEquals(Optional.empty(), Ids.organisation(" "));
        assertEquals(Optional.empty(), Ids.service(""));
    }

    @Test
    void aQueryParameterIsReadAsAnIdOrRefusedNamingIt() {
        assertEquals(Optional.of(7L), Ids.organisation(" 7 "));
        assertEquals(Optional.of(12L), Ids.service("12"));
        var organisation = assertThrows(InvalidInput.class, () -> Ids.organisation("seven")).violations().getFirst();
        assertEquals("organisation", organisation.field());
        assertEquals("must be an organisation id", organisation.message());
        var service = assertThrows(InvalidInput.class, () -> Ids.service("-1")).violations().getFirst();
        assertEquals("service", service.field());
        assertEquals("must be a service id", service.message());
    }

    @Test
    void aListScopeIsWhatTheCallerSeesOrOneOrganisationTheyManage() {
        var checked = new AtomicLong();
        ManagedOrganisations access = new ManagedOrganisations() {
            @Override
            public void mayManage(long organisationId) {
                if (organisationId == 9) {
                    throw new IllegalStateException("not theirs");
                }
                checked.set(organisationId);
            }

            @Override
            public Optional<Set<Long>> visible() {
                return Optional.of(Set.of(1L, 2L));
            }
        };
        assertEquals(Optional.of(Set.of(1L, 2L)), access.scope(null));
        assertEquals(Optional.of(Set.of(1L, 2L)), access.scope(" "));
        assertEquals(Optional.of(Set.of(3L)), access.scope("3"));
        assertEquals(3L, checked.get(), "the organisation asked for is checked");
        assertThrows(IllegalStateException.class, () -> access.scope("9"));
        assertEquals("organisation", assertThrows(InvalidInput.class, () -> access.scope("x")).violations().getFirst().field());
    }
}
