package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new Paging(1, 20), Paging.of(null, " "));
        assertEquals(40, Paging.of("3", "20").offset());
    }

    @Test
    void namesTheParameterThatIsWrong() {
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.of("abc", null)).violations().getFirst().field());
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.of("0", null)).violations().getFirst().field());
        assertEquals("size", assertThrows(InvalidInput.class, () -> Paging.of("1", "101")).violations().getFirst().field());
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.of("2147483647", "100")).violations().getFirst().field());
    }

    @Test
    void theLastPageAllowedHasAnOffsetThatFits() {
        assertEquals(99_999_900, Paging.of(String.valueOf(Paging.MAX_PAGE), "100").offset());
    }
}
